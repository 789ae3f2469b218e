"""Positive templates, part A: screening, enrolment, consent, SAE."""
import datetime as dt

import gen_attach as A
import gen_data as D
from gen_common import quote
from gen_mime import Mail


def _s(c, role_words=None):
    return c.rng.choice(D.STAFF)


def prescreen_referral(c):
    p = c.patient()
    t = c.trial_for(p)
    doc = D.DOCTORS[c.rng.choice([6, 7, t["pi"]])]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    nm = c.name(p, title=c.rng.random() < 0.6, style=c.pick([0, 0, 3, 5, 6]))
    labs = c.lab(t["area"], 2)
    meds = c.meds(t["area"], 2)
    dx = c.dx(t)
    mr = c.mrn(p)
    phone = c.contact_phone(p) if c.rng.random() < 0.6 else None
    age = p.age()
    if c.lang == "fr":
        subj = c.pick([f"Candidat(e) potentiel(le) pour {t['code']}", f"Référence {t['code']} - dossier {mr}",
                       f"patient(e) pour ton étude {t['code']}?"])
        body = (f"{c.hello(coord[0])}\n\n"
                f"J'ai vu en clinique {c.pick(['hier', 'ce matin', 'jeudi'])} {nm} (dossier {mr}), {age} ans, "
                f"connu(e) pour {dx}. Derniers résultats : {labs[0]}, {labs[1]}.\n"
                f"Traitement actuel : {meds[0]} et {meds[1]}.\n\n"
                f"Je pense qu'elle/il cocherait les critères d'inclusion de {t['code']} ; je lui en ai glissé un mot "
                f"et l'intérêt est là.")
        if phone:
            body += f" Tu peux l'appeler au {phone}, de préférence en avant-midi."
        body += f"\n\n{c.bye()}\n\n{D.doc_signature(doc, 'fr')}"
    else:
        subj = c.pick([f"Possible candidate for {t['code']}", f"{t['code']} referral - chart {mr}",
                       f"patient for your {t['code']} study?"])
        body = (f"{c.hello(coord[0])}\n\n"
                f"I saw {nm} (chart {mr}) in clinic {c.pick(['yesterday', 'this morning', 'on Thursday'])}, "
                f"{age} y.o., known {dx}. Most recent: {labs[0]}, {labs[1]}.\n"
                f"Current meds: {meds[0]} and {meds[1]}.\n\n"
                f"I think they would meet the {t['code']} inclusion criteria and they seemed keen when I mentioned it.")
        if phone:
            body += f" Best number is {phone}, mornings preferred."
        body += f"\n\n{c.bye()}\n\n{D.doc_signature(doc, 'en')}"
    m = Mail(c.lang, "referral", D.doc_addr(doc), [D.staff_addr(coord)], subj, body)
    return "prescreen_referral", m, "physician refers a clinic patient for trial prescreening"


def screening_log(c):
    with_nam = c.rng.random() < 0.4
    area_trial = c.trial(c.pick(["cardio", "onco", "endo", "nephro", "neuro"]))
    n = c.rng.randrange(3, 7)
    people = [c.patient_for(area_trial, need_nam=with_nam) for _ in range(n)]
    coord = c.rng.choice(D.STAFF[:3] + D.STAFF[14:])
    pi = c.pi(area_trial)
    sdx = c.dx(area_trial)
    hdr = (["Date", "Nom", "Prénom", "DDN", "No dossier"] + (["NAM", "Sexe"] if with_nam else [])
           + ["Critère clé", "Statut", "Motif"]) if c.lang == "fr" else \
        (["Date", "Surname", "Given name", "DOB", "Chart #"] + (["RAMQ", "Sex"] if with_nam else [])
         + ["Key criterion", "Status", "Reason"])
    rows = [hdr]
    for i, p in enumerate(people):
        c.types.add("patient_name")
        lab = c.lab(area_trial["area"], 1)[0]
        ok = c.rng.random() < 0.5
        status = (c.L("Éligible", "Eligible") if ok else c.L("Échec présélection", "Screen fail"))
        reason = "" if ok else c.pick([c.L("valeur hors critère", "value out of range"),
                                       c.L("refus", "declined"), c.L("comorbidité exclue", "excluded comorbidity"),
                                       c.L("transport impossible", "no transportation")])
        row = [c.past(1, 40).isoformat(), p.surname.upper(), p.given, c.dob(p, 0), c.mrn(p, 0)]
        if with_nam:
            row += [c.nam(p, 0), p.sex]
        row += [lab, status, reason]
        rows.append(row)
    month = c.L(D.FR_MONTHS[c.date.month - 1], D.EN_MONTHS[c.date.month - 1])
    fname = c.L(f"registre_preselection_{area_trial['proto']}_{c.date:%Y%m}.xlsx",
                f"screening_log_{area_trial['proto']}_{c.date:%Y%m}.xlsx")
    use_csv = c.rng.random() < 0.35
    if use_csv:
        att = A.csv(fname.replace(".xlsx", ".csv"), rows, sep=c.pick([",", ";"]))
    else:
        att = A.xlsx(fname, [(c.L("Présélection", "Screening"), rows)])
    subj = c.L(f"Registre de présélection {area_trial['code']} - {month}", f"{area_trial['code']} screening log - {month}")
    body = c.L(f"{c.hello('Dr ' + pi[1])}\n\nVoici le registre de présélection à jour pour {area_trial['code']} ({sdx}) "
               f"(version nominative, usage interne seulement - la version anonymisée part au promoteur vendredi). "
               f"{n} patients revus ce mois-ci.\n\n{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}",
               f"{c.hello('Dr ' + pi[1])}\n\nAttached is the updated {area_trial['code']} ({sdx}) screening log "
               f"(identified version, internal use only - the de-identified copy goes to the sponsor on Friday). "
               f"{n} patients reviewed this month.\n\n{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    m = Mail(c.lang, "screening", D.staff_addr(coord), [D.doc_addr(pi)], subj, body, attachments=[att])
    return "screening_log", m, "identified screening log attached"


def enrolment_pharmacy(c):
    p = c.bank.take_nam(child=c.rng.random() < 0.2)
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[8], D.STAFF[15]])
    pharm = D.STAFF[3]
    sid = c.subj_id(t)
    kit = c.rng.randrange(10000, 99999)
    wt = c.rng.randrange(48, 112) if not c.bank.is_child(p) else c.rng.randrange(18, 55)
    first = c.future(1, 5)
    meds = c.meds(t["area"], 2)
    dx = c.dx(t)
    nm = c.name(p, style=c.pick([0, 1, 8]))
    if c.lang == "fr":
        subj = f"Randomisation {t['code']} - {sid}"
        body = (f"Bonjour Olivier,\n\nNouvelle randomisation ce matin dans {t['code']} ({dx}).\n\n"
                f"Participant : {nm}\nNo participant : {sid}\nDDN : {c.dob(p)}\nSexe : {p.sex}\n"
                f"NAM : {c.nam(p)}\nPoids : {wt} kg\nTrousse attribuée par IWRS : {kit}\n"
                f"Médication concomitante : {meds[0]}; {meds[1]}\nAllergies : {c.pick(['aucune connue', 'pénicilline (urticaire)', 'sulfas'])}\n\n"
                f"Première dose prévue le {c.d(first)} à l'unité de recherche. Pouvez-vous préparer la trousse ?\n\n"
                f"{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}")
    else:
        subj = f"{t['code']} randomization - {sid}"
        body = (f"Hi Olivier,\n\nNew randomization this morning in {t['code']} ({dx}).\n\n"
                f"Participant: {nm}\nSubject no.: {sid}\nDOB: {c.dob(p)}\nSex: {p.sex}\n"
                f"RAMQ: {c.nam(p)}\nWeight: {wt} kg\nIWRS kit: {kit}\n"
                f"Concomitant meds: {meds[0]}; {meds[1]}\nAllergies: {c.pick(['NKDA', 'penicillin (hives)', 'sulfa'])}\n\n"
                f"First dose planned {c.d(first)} on the research unit. Could you prepare the kit?\n\n"
                f"{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    m = Mail(c.lang, "enrolment", D.staff_addr(coord), [D.staff_addr(pharm)], subj, body)
    return "enrolment", m, "randomisation notice to research pharmacy"


def consent_reconsent(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[0], D.STAFF[2], D.STAFF[14]])
    pi = c.pi(t)
    nm = c.name(p, style=c.pick([3, 6, 1, 4]))
    visit = c.future(2, 14)
    ver = c.pick(["4.0", "3.1", "5.0", "2.2"])
    dx = c.dx(t)
    if c.lang == "fr":
        subj = f"Reconsentement v{ver} - {nm}"
        body = (f"{c.hello()}\n\nLa nouvelle version {ver} du formulaire d'information et de consentement "
                f"({t['code']}, {dx}) a été approuvée par le CÉR. Pour la participante/le participant en objet : "
                f"{c.pick(['sa prochaine perfusion', 'sa visite de suivi', 'son prochain cycle'])} est prévue le "
                f"{c.d(visit)}. Je propose de lui faire signer la v{ver} à ce moment-là, avant l'administration du produit.\n\n"
                f"Dr {pi[1]}, serez-vous disponible pour répondre à ses questions sur le nouveau risque décrit "
                f"à la section 7 ? Elle/il m'a dit au téléphone être inquiet(e) depuis la dernière visite.\n\n"
                f"{c.bye()}\n{coord[0]}")
    else:
        subj = f"Re-consent v{ver} - {nm}"
        body = (f"{c.hello()}\n\nVersion {ver} of the {t['code']} consent form ({dx}) has been approved by the REB. "
                f"For the participant in the subject line: {c.pick(['next infusion', 'follow-up visit', 'next cycle'])} "
                f"is booked for {c.d(visit)}. I suggest we have them sign v{ver} then, before study drug.\n\n"
                f"Dr {pi[1]}, could you be available to answer questions about the new risk in section 7? "
                f"They sounded worried on the phone after the last visit.\n\n{c.bye()}\n{coord[0]}")
    m = Mail(c.lang, "consent", D.staff_addr(coord), [D.doc_addr(pi)], subj, body)
    return "consent", m, "re-consent planning, name only in subject"


def consent_scan(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice(D.STAFF[:3] + [D.STAFF[8]])
    reg = D.STAFF[12]
    c.types.add("patient_name")
    c.dx(t)
    tag = t["code"].replace("É", "E").replace("Ô", "O")
    fn = c.pick([f"FIC_signé_{p.surname}_{p.given}_{tag}.pdf", f"consent_{p.surname.upper()}-{p.given}_{tag}.pdf",
                 f"{p.surname} {p.given[0]} - FIC {tag}.pdf"])
    sign = c.past(0, 3)
    lines = [c.L("FORMULAIRE D'INFORMATION ET DE CONSENTEMENT - PAGE DE SIGNATURE",
                 "INFORMATION AND CONSENT FORM - SIGNATURE PAGE"),
             f"{c.L('Titre', 'Title')}: {t['code']} - {t['dx_fr'] if c.lang == 'fr' else t['dx_en']}",
             f"{c.L('Protocole', 'Protocol')}: {t['proto']}   CÉR/REB: {t['cer']}",
             "",
             f"{c.L('Nom du participant', 'Participant name')}: {p.given} {p.surname}",
             f"{c.L('Signature', 'Signature')}: ______________________   Date: {sign.isoformat()}",
             f"{c.L('Personne qui a obtenu le consentement', 'Person obtaining consent')}: {coord[0]} {coord[1]}"]
    att = A.pdf(fn, c.L("Consentement", "Consent"), lines)
    body = c.L(f"{c.hello(reg[0])}\n\nPage de signature numérisée ci-jointe pour le classement au cartable "
               f"réglementaire {t['code']}. L'original est dans le classeur barré du local R-214.\n\n{c.bye()}\n{coord[0]}",
               f"{c.hello(reg[0])}\n\nScanned signature page attached for the {t['code']} regulatory binder. "
               f"Original is in the locked cabinet, room R-214.\n\n{c.bye()}\n{coord[0]}")
    subj = c.L(f"FIC signé - {t['code']}", f"Signed ICF - {t['code']}")
    m = Mail(c.lang, "consent", D.staff_addr(coord), [D.staff_addr(reg)], subj, body, attachments=[att])
    return "consent_scan", m, "scanned signature page, name in file name and PDF"


def sae_internal(c):
    p = c.patient()
    t = c.trial_for(p)
    nurse = c.rng.choice([D.STAFF[0], D.STAFF[8], D.STAFF[14]])
    pi = c.pi(t)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    ev = c.sae(t["area"])
    labs = c.lab(t["area"], 2)
    med = c.meds(t["area"], 1)[0]
    mr = c.mrn(p)
    nm = c.name(p, style=c.pick([0, 1, 5, 8]), title=True)
    when = c.past(0, 2)
    include_nam = p.nam and c.rng.random() < 0.35
    idline = ""
    if include_nam:
        idline = c.L(f"NAM {c.nam(p)}, né(e) le {c.dob(p)}, sexe {p.sex}\n", f"RAMQ {c.nam(p)}, born {c.dob(p)}, sex {p.sex}\n")
    if c.lang == "fr":
        subj = c.pick([f"EIG - {t['code']} - participant hospitalisé", f"URGENT EIG {t['code']}", f"EIG à déclarer - {t['code']}"])
        body = (f"{c.hello('Dr ' + pi[1])}\n\n{nm} (dossier {mr}) a été admis(e) {c.pick(['cette nuit', 'hier soir', 'ce matin'])} "
                f"via l'urgence pour {ev}.\n{idline}"
                f"Bilan à l'arrivée : {labs[0]}; {labs[1]}.\nLe produit à l'étude est suspendu; {med} poursuivi.\n\n"
                f"Début de l'événement : {c.d(when)}. Il faut déclarer au promoteur dans les 24 h - {coord[0]}, "
                f"peux-tu ouvrir le formulaire dans le portail ?\n\n{c.bye()}\n{nurse[0]} {nurse[1]}, inf.")
    else:
        subj = c.pick([f"SAE - {t['code']} - participant admitted", f"URGENT SAE {t['code']}", f"SAE to report - {t['code']}"])
        body = (f"{c.hello('Dr ' + pi[1])}\n\n{nm} (MRN {mr}) was admitted {c.pick(['overnight', 'last evening', 'this morning'])} "
                f"through the ED with {ev}.\n{idline}"
                f"Labs on arrival: {labs[0]}; {labs[1]}.\nStudy drug on hold; {med} continued.\n\n"
                f"Onset: {c.d(when)}. Sponsor needs it within 24 h - {coord[0]}, can you start the form in the portal?\n\n"
                f"{c.bye()}\n{nurse[0]} {nurse[1]}, RN")
    m = Mail(c.lang, "sae", D.staff_addr(nurse), [D.doc_addr(pi), D.staff_addr(coord)], subj, body,
             extra_headers=[("Importance", "high")])
    return "sae_internal", m, "internal serious adverse event alert"


def sae_form_pdf(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    pv = D.EXTERNAL[2] if t["sponsor"] == 1 else D.EXTERNAL[c.pick([0, 4])]
    sid = c.subj_id(t)
    ev = c.sae(t["area"])
    labs = c.lab(t["area"], 3)
    meds = c.meds(t["area"], 2)
    adm = c.past(2, 9)
    c.types.add("patient_name")
    lines = [c.L("RÉSUMÉ DE CONGÉ", "DISCHARGE SUMMARY"), D.ORG["name_fr"],
             f"{c.L('Patient', 'Patient')}: {p.surname.upper()}, {p.given}    {c.L('Dossier', 'Chart')}: {c.mrn(p, 1)}",
             f"{c.L('Date de naissance', 'Date of birth')}: {c.dob(p, 0)}    {c.L('Sexe', 'Sex')}: {p.sex}"
             + (f"    NAM: {c.nam(p, 0)}" if p.nam and c.rng.random() < 0.5 else ""),
             f"{c.L('Admission', 'Admitted')}: {adm.isoformat()}   {c.L('Congé', 'Discharged')}: {c.past(0, 2).isoformat()}",
             "", f"{c.L('Diagnostic principal', 'Principal diagnosis')}: {ev}",
             f"{c.L('Antécédents', 'History')}: {c.dx(t)}",
             f"{c.L('Laboratoires', 'Labs')}: " + "; ".join(labs),
             f"{c.L('Médication au congé', 'Discharge medications')}: " + "; ".join(meds),
             f"{c.L('Suivi', 'Follow-up')}: {c.L('clinique de recherche dans 1 semaine', 'research clinic in 1 week')}"]
    att = A.pdf(c.L(f"resume_conge_{sid}.pdf", f"discharge_summary_{sid}.pdf"), c.L("Résumé de congé", "Discharge summary"), lines)
    body = c.L(f"Bonjour,\n\nEn suivi du rapport initial d'EIG pour le participant {sid} ({t['proto']}), vous trouverez "
               f"ci-joint le résumé de congé comme document source demandé.\n\nLe formulaire de suivi no 1 a été "
               f"saisi dans le portail ce matin.\n\n{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}",
               f"Hello,\n\nFurther to the initial SAE report for subject {sid} ({t['proto']}), please find attached the "
               f"discharge summary as the requested source document.\n\nFollow-up #1 was entered in the portal this "
               f"morning.\n\n{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    subj = c.L(f"EIG {sid} - suivi no 1 - document source", f"SAE {sid} - follow-up #1 - source document")
    m = Mail(c.lang, "sae", D.staff_addr(coord), [D.ext_addr(pv)], subj, body, attachments=[att])
    return "sae_source_doc", m, "unredacted discharge summary sent as SAE source document"


def monitor_query_reply(c):
    p = c.patient()
    t = c.trial_for(p)
    mon = D.EXTERNAL[c.pick([0, 3, 4])]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    sid = c.subj_id(t)
    labs = c.lab(t["area"], 2)
    visit = c.pick(["V4", "V6", "S12", "C3J1", "W24"])
    qid = c.rng.randrange(1000, 9999)
    mr = c.mrn(p)
    q_fr = (f"Bonjour,\n\nRequête {qid} - participant {sid}, visite {visit} : la valeur saisie dans le CRFé "
            f"ne correspond pas au rapport de laboratoire local vu lors de la VSD. Pouvez-vous vérifier et corriger "
            f"ou justifier ?\n\nMerci,\n{mon[0]}")
    q_en = (f"Hello,\n\nQuery {qid} - subject {sid}, visit {visit}: the value entered in the eCRF does not match the "
            f"local lab report reviewed during SDV. Please check and correct or justify.\n\nThanks,\n{mon[0]}")
    nm_part = ""
    if c.rng.random() < 0.6:
        nm_part = c.L(f" ({c.name(p, style=c.pick([3, 6]), title=True)})", f" ({c.name(p, style=c.pick([3, 6]), title=True)})")
    if c.lang == "fr":
        subj = f"RE: Requête {qid} - {sid} - {visit}"
        body = (f"Bonjour {mon[0]},\n\nJ'ai revérifié au dossier {mr}{nm_part} : le rapport du labo du CHUSV indique "
                f"{labs[0]} et {labs[1]}. L'erreur venait d'une transcription d'un prélèvement répété le même jour. "
                f"Corrigé dans le CRFé, note au dossier source ajoutée.\n\n{coord[0]}\n\n"
                + quote(q_fr, mon[0] + " " + mon[1], c.d(c.past(1, 5), 2), "fr"))
    else:
        subj = f"RE: Query {qid} - {sid} - {visit}"
        body = (f"Hi {mon[0]},\n\nI re-checked chart {mr}{nm_part}: the CHUSV lab report shows {labs[0]} and "
                f"{labs[1]}. The discrepancy came from a repeat draw on the same day. Corrected in the eCRF and a note "
                f"to file was added.\n\n{coord[0]}\n\n" + quote(q_en, mon[0] + " " + mon[1], c.d(c.past(1, 5), 2), "en"))
    m = Mail(c.lang, "monitor", D.staff_addr(coord), [D.ext_addr(mon)], subj, body,
             in_reply_to=f"<q{qid}.{c.idx}@{mon[4]}>")
    return "monitor_query", m, "reply to monitor query citing chart number and lab values"


TEMPLATES = [prescreen_referral, screening_log, enrolment_pharmacy, consent_reconsent, consent_scan,
             sae_internal, sae_form_pdf, monitor_query_reply]
