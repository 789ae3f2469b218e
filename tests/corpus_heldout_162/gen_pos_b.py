"""Positive templates, part B: recall lists, quick notes, forwards, foreign patients,
names hidden in Subject or file names, calendar invites, vCards, ZIPs, discharge
summaries, phone messages, attached messages, letters to patients."""
import datetime as dt

import gen_pt as pt
from gen_attach import make_ics, make_png
from gen_build import html_table, text_table, to_html
from gen_clin import DXK, biologic, dx_for, mtx_labs, path_report, prebio_labs, site, treatment
from gen_common import (CLINIC, DERMS, FAMILY_EN, FAMILY_FR, NURSES, S, day_en, day_fr, fmt_date,
                        fold, signature)
from gen_pos_a import _gp, _idblock, _patient


# ---------------------------------------------------------------------------------------- 13
def recall_list(m):
    r, fr = m.rng, m.lang == "fr"
    clerk = S(r.choice(["beaulieu", "sauve"] if fr else ["whitfield", "beaulieu"]))
    derm = S(r.choice(DERMS))
    m.category = "skin_cancer_recall_list"
    m.note = "skin cancer surveillance recall list (CSV) with identifiers" if not fr else "liste de rappel pour suivi de cancer cutané (CSV) avec identifiants"
    m.t("patient_name", "diagnosis", "date_of_birth")
    hdr = (["Dossier", "Nom", "Prénom", "DDN", "Sexe", "NAM", "Diagnostic", "Dernière visite", "Rappel"] if fr else
           ["Chart", "Last name", "First name", "DOB", "Sex", "HIN", "Diagnosis", "Last visit", "Recall"])
    rows = [hdr]
    for i in range(r.randint(4, 8)):
        if r.random() < 0.5:
            p = m.C.take_holder(r, 40, 100) or m.C.new_patient(r, "fr", 45, 90)
        else:
            p = m.C.new_patient(r, "fr" if fr else r.choice(["fr", "en"]), 45, 90)
        key = dx_for(r, p.age, kinds=("tumour",))[0]
        chart = pt.mrn(m, p, "plain")
        m.fact("name", p.surname)
        m.fact("dob", p.dob)
        if p.nam:
            m.t("ramq_nam")
            m.fact("nam", p.holder)
            nam = p.nam
        else:
            nam = ""
        last = m.day - dt.timedelta(days=r.randint(150, 400))
        rows.append([chart, p.surname.upper(), p.given, p.dob.isoformat(), p.sex, nam,
                     DXK[key][3] if r.random() < 0.5 else (DXK[key][1] if fr else DXK[key][2]),
                     last.isoformat(), (last + dt.timedelta(days=365)).isoformat()])
    fname = r.choice(["rappels_suivi_cancer.csv", "export_rappels.csv", f"recall_{m.day.strftime('%Y%m')}.csv"])
    m.csv(fname, rows, delimiter=";" if fr and r.random() < 0.6 else ",")
    body = (f"Bonjour {derm.dear('fr')},\n\nVoici l'export des patients dus pour leur examen cutané complet ce trimestre. "
            f"Pouvez-vous m'indiquer ceux que vous souhaitez voir en priorité? Les autres seront convoqués selon l'ordre habituel.\n\n"
            f"{signature(clerk, 'fr', r)}" if fr else
            f"Hi {derm.dear('en')},\n\nHere is the export of patients due for total body skin exams this quarter. "
            f"Please flag the ones you want seen first; the rest will be booked in the usual order.\n\n{signature(clerk, 'en', r)}")
    return m.render(clerk, [derm], "Rappels suivi cancer cutané" if fr else "Skin cancer recall list", body)


# ---------------------------------------------------------------------------------------- 14
def quick_note(m):
    r, fr = m.rng, m.lang == "fr"
    a, b = r.sample([S(x) for x in DERMS + NURSES], 2)
    p = _patient(m, 0.0, min_age=18, max_age=85)
    key = dx_for(r, p.age, kinds=("inflam", "acne", "infect"), exclude=("hemangiome", "dress"))[0]
    m.category = "colleague_note"
    m.note = "short note between colleagues about a patient" if not fr else "courte note entre collègues au sujet d'un patient"
    m.t("diagnosis")
    nm = pt.name(m, p, r.choice(["lower", "lower_last_first", "title_last", "initials", "full"]))
    chart = pt.mrn(m, p) if r.random() < 0.6 else None
    tx = treatment(r, key, m.lang)
    m.t("medication")
    dx = DXK[key][3] if r.random() < 0.5 else (DXK[key][1] if fr else DXK[key][2])
    v = r.randrange(3)
    if fr:
        body = [f"{b.given}, {nm}{' (' + chart + ')' if chart else ''} a appelé, son {dx} ne s'améliore pas avec {tx}. Peux-tu la/le voir jeudi entre deux?",
                f"salut {b.given.lower()}\nvu {nm} ce matin{' - dossier ' + chart if chart else ''}. {dx}, j'ai commencé {tx}. revoir dans 6 sem svp\nmerci",
                f"Petit rappel : {nm}{' #' + chart if chart else ''} doit avoir sa prescription de {tx} renouvelée avant vendredi ({dx}). Je n'ai pas accès au dossier d'ici."][v]
        subj = r.choice(["", "petite question", "patient(e) de ce matin", "rappel", "à voir"])
    else:
        body = [f"{b.given}, {nm}{' (' + chart + ')' if chart else ''} called - {dx} not improving on {tx}. Can you squeeze them in Thursday?",
                f"hi {b.given.lower()}\nsaw {nm} this am{' - chart ' + chart if chart else ''}. {dx}, started {tx}. rebook 6 wks pls\nthx",
                f"Reminder: {nm}{' #' + chart if chart else ''} needs the {tx} script renewed before Friday ({dx}). I can't get into the chart from here."][v]
        subj = r.choice(["", "quick q", "pt from this morning", "reminder", "FYI"])
    body += "\n\n" + (a.given if r.random() < 0.6 else signature(a, m.lang, r, short=True))
    if r.random() < 0.3:
        body += "\n\n" + ("Envoyé de mon iPhone" if fr else "Sent from my iPhone")
    return m.render(a, [b], subj or ("(sans objet)" if fr else "(no subject)"), body, mode=r.choice(["plain", "plain", "alt"]))


# ---------------------------------------------------------------------------------------- 15
def forward_labs(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.6, min_age=20, max_age=80)
    lab = S("champagne") if r.random() < 0.5 else (("Laboratoire CHRDR", "resultats@chrdr.example"))
    nurse = S("giroux")
    derm = S(r.choice(["vachon", "lussier", "weiss"]))
    m.category = "lab_forward"
    m.note = "forwarded lab results for a patient on systemic therapy" if not fr else "résultats de laboratoire transférés pour un patient sous traitement systémique"
    m.t("lab_result", "medication", "diagnosis")
    kind = r.choice(["mtx", "prebio"])
    labs = mtx_labs(r, m.lang) if kind == "mtx" else prebio_labs(r, m.lang)
    drug = ("méthotrexate 20 mg/sem." if fr else "methotrexate 20 mg weekly") if kind == "mtx" else biologic(r, "pso", m.lang)
    idb = _idblock(m, p)
    when = m.earlier(3, 96)
    orig = ((f"Résultats reçus pour :\n{idb}\n\n" + "\n".join(labs) + f"\n\nPrélevé le {fmt_date(when.date(), 'iso')}.") if fr
            else (f"Results received for:\n{idb}\n\n" + "\n".join(labs) + f"\n\nCollected {fmt_date(when.date(), 'iso')}."))
    fsubj = "Résultats de laboratoire" if fr else "Lab results"
    fw = m.forward_block(orig, lab, when, fsubj, nurse.email)
    high = any("(H)" in x for x in labs)
    if kind == "mtx":
        top = ((f"{derm.given}, FYI pour ton patient(e) psoriasis sous {drug} : "
                + ("les ALT sont montées, on suspend la dose de cette semaine?" if high else "bilan correct, je renouvelle?")) if fr else
               (f"{derm.given}, FYI for your psoriasis patient on {drug}: "
                + ("ALT went up, hold this week's dose?" if high else "labs OK, shall I renew?")))
    else:
        top = (f"{derm.given}, bilan pré-biologique complet, on peut envoyer la demande pour {drug}." if fr else
               f"{derm.given}, screening complete, OK to send the coverage request for {drug}.")
    text = top + "\n\n" + nurse.given + "\n\n" + fw
    return m.render(nurse, [derm], ("TR: " if fr else "Fwd: ") + fsubj, text)


# ---------------------------------------------------------------------------------------- 16
def france_patient(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "france", 19, 30)
    clerk = S(r.choice(["beaulieu", "gingras"]))
    derm = S(r.choice(DERMS))
    key = r.choice(["acne", "da", "pso", "nevus", "alopecie"])
    m.category = "foreign_patient_billing"
    m.note = "French student seen in clinic, NIR for billing under the France-Quebec agreement" if not fr else "étudiant(e) français(e) vu(e) en clinique, NIR pour facturation selon l'entente France-Québec"
    m.t("diagnosis")
    nm = pt.name(m, p, r.choice(["full", "last_first", "title"]))
    n = pt.nir(m, p)
    d = pt.dob(m, p)
    if fr:
        e = "e" if p.sex == "F" else ""
        pron = "Elle" if p.sex == "F" else "Il"
        body = (f"Bonjour,\n\nNous avons vu hier {nm}, né{e} le {d}, étudiant{e} en échange à l'UQTR, pour {DXK[key][1]}. "
                f"{pron} n'a pas encore sa carte RAMQ (formulaire SE-401-Q-106 en traitement). "
                f"\n\nNIR (Sécurité sociale française) : {n}\n\nPouvez-vous me dire si on facture la RAMQ rétroactivement "
                f"ou si on lui remet une facture pour remboursement par la CPAM?\n\nMerci,\n\n{signature(clerk, 'fr', r)}")
        subj = "Facturation - étudiant(e) France, entente de sécurité sociale"
        to = [("Facturation RAMQ - agence", "facturation@agencefacturation.example")]
    else:
        body = (f"Hello,\n\nA French exchange student, {nm} (DOB {d}), was seen for {DXK[key][2]}. No RAMQ card yet "
                f"(SE-401-Q-106 in process).\n\nFrench social security number (NIR): {n}\n\nShould we bill RAMQ retroactively "
                f"or give the patient an invoice for the French insurer (CPAM)?\n\nThanks,\n\n{signature(clerk, 'en', r)}")
        subj = "Billing question - French student"
        to = [("Billing agency", "facturation@agencefacturation.example")]
    if r.random() < 0.4:
        m.t("medication")
        body = body.replace("\n\nNIR", f"\nRx remis : {treatment(r, key, 'fr')}.\n\nNIR" if fr else "\n\nNIR").replace(
            "\n\nFrench social", f"\nRx given: {treatment(r, key, 'en')}.\n\nFrench social" if not fr else "\n\nFrench social")
    return m.render(clerk, to, subj, body, cc=[derm] if r.random() < 0.3 else ())


# ---------------------------------------------------------------------------------------- 17
def belgian_patient(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "be", 30, 75)
    derm = S(r.choice(["vachon", "lussier", "raman", "weiss"]))
    key = r.choice(["pso", "hs", "mel", "bcc_nod", "da"])
    m.category = "consult_letter_abroad"
    m.note = "consult letter for a Belgian patient with national number" if not fr else "lettre de consultation pour un patient belge avec numéro national"
    m.t("diagnosis", "medication")
    nm = pt.name(m, p, "full")
    ns = pt.niss(m, p, pdf=True)
    d = pt.dob(m, p, pdf=True)
    tx = biologic(r, key, m.lang) if key in ("pso", "hs", "da") else treatment(r, key, m.lang)
    gp_be = ("Dr Luc Verstraete", "l.verstraete@medecins-liege.example") if r.random() < 0.5 else ("Dr An Claessens", "an.claessens@huisarts-gent.example")
    if fr:
        blocks = [("h", "Lettre de consultation"), ("p", f"Cher Confrère,"),
                  ("p", f"J'ai revu {nm}, né(e) le {d}, numéro de registre national {ns}, de passage au Québec pour un séjour professionnel de six mois."),
                  ("p", f"Diagnostic : {DXK[key][1]}."), ("p", f"Traitement : {tx}."),
                  ("p", "Je lui remets une copie de la présente pour son dossier et pour la mutualité."),
                  ("p", "Confraternellement,"), ("p", derm.titled("fr"))]
        fname = f"lettre_{p.surname}.docx" if r.random() < 0.5 else "lettre_consultation.docx"
        body = (f"Cher Confrère,\n\nComme convenu avec votre patient(e), vous trouverez ci-joint ma lettre de consultation. "
                f"N'hésitez pas à me joindre pour la suite du traitement à son retour en Belgique.\n\n{signature(derm, 'fr', r)}")
        subj = r.choice(["Lettre de consultation - votre patient(e) en séjour au Québec", f"Consultation dermatologique - {p.surname}"])
    else:
        blocks = [("h", "Consultation letter"), ("p", "Dear colleague,"),
                  ("p", f"I saw {nm}, born {d}, Belgian national number {ns}, who is in Quebec on a six-month work assignment."),
                  ("p", f"Diagnosis: {DXK[key][2]}."), ("p", f"Treatment: {tx}."),
                  ("p", "A copy is given to the patient for their health insurance fund."), ("p", "Kind regards,"), ("p", derm.titled("en"))]
        fname = f"letter_{p.surname}.docx" if r.random() < 0.5 else "consult_letter.docx"
        body = (f"Dear colleague,\n\nAs agreed with your patient, please find my consultation letter attached. "
                f"Feel free to contact me regarding follow-up once they are back in Belgium.\n\n{signature(derm, 'en', r)}")
        subj = r.choice(["Consultation letter - your patient visiting Quebec", f"Dermatology consult - {p.surname}"])
    if "- " + p.surname in subj:
        m.fact("name", p.surname)
    if r.random() < 0.6:
        m.docx(fname, "Lettre de consultation", blocks, author=derm.full)
    else:
        m.pdf(fname.replace(".docx", ".pdf"), "Consultation", blocks, org="clinic", author=derm.full)
    return m.render(derm, [gp_be], subj, body)


# ---------------------------------------------------------------------------------------- 18
def subject_only(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "fr" if fr else "en", 35, 90)
    a = S(r.choice(DERMS))
    b = S(r.choice(FAMILY_FR if fr else FAMILY_EN))
    key = dx_for(r, p.age, kinds=("tumour",))[0]
    m.category = "reply_name_in_subject"
    m.note = "reply where the patient is named only in the Subject" if not fr else "réponse où le patient n'est nommé que dans l'objet"
    m.t("diagnosis", "medication")
    nm = pt.name(m, p, r.choice(["title_last", "last_first_plain", "initials", "title"]))
    tx = treatment(r, key, m.lang)
    if fr:
        subj = f"RE: {nm}"
        body = (f"Bonjour {b.dear('fr')},\n\nLa biopsie est revenue : {DXK[key][1]}. Je propose {tx}. "
                f"Je la/le convoque d'ici 3 semaines et je vous tiens au courant.\n\n{signature(a, 'fr', r)}")
    else:
        subj = f"RE: {nm}" if r.random() < 0.5 else f"{nm} - path back"
        body = (f"Dear {b.dear('en')},\n\nBiopsy came back as {DXK[key][2]}. Plan: {tx}. "
                f"We will book within 3 weeks and keep you posted.\n\n{signature(a, 'en', r)}")
    return m.render(a, [b], subj, body, reply=subj.startswith("RE"))


# ---------------------------------------------------------------------------------------- 19
def filename_only(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "fr" if fr else "en", 30, 88)
    patho = S(r.choice(["frechette", "alvarez"]))
    derm = S(r.choice(DERMS))
    key = dx_for(r, p.age, kinds=("tumour",))[0]
    spec, dxl, det = path_report(r, key, m.lang)
    m.category = "attachment_name_only"
    m.note = "pathology PDF whose file name alone identifies the patient" if not fr else "PDF de pathologie dont seul le nom de fichier identifie le patient"
    m.t("patient_name", "diagnosis", "lab_result")
    m.fact("name", p.surname)
    st = site(r, m.lang)
    acc = f"DP25-{r.randint(1000, 19999)}"
    blocks = [("h", "DERMATOPATHOLOGIE" if fr else "DERMATOPATHOLOGY"), ("kv", f"{'Spécimen' if fr else 'Accession'} {acc}"),
              ("p", f"{spec}, {st}"), ("h", "Diagnostic" if fr else "Diagnosis"), ("p", f"{dxl}; {det}.")]
    style = r.randrange(3)
    fname = [f"Patho_{p.surname.upper()}-{p.given}_{m.day.isoformat()}.pdf",
             f"{p.surname}, {p.given} - biopsie.pdf" if fr else f"{p.surname}, {p.given} - biopsy.pdf",
             f"résultat {p.given} {p.surname}.pdf" if fr else f"result {p.given} {p.surname}.pdf"][style]
    m.pdf(fname, "Pathologie", blocks, org="hosp", author=patho.full)
    body = (f"Bonjour,\n\nComme demandé, voici le rapport. {'Marges à reprendre.' if 'atteinte' in det else 'Rien d urgent.'}\n\n{patho.given}"
            if fr else f"Hi,\n\nReport as requested. {'Margins need re-excision.' if 'involved' in det else 'Nothing urgent.'}\n\n{patho.given}")
    return m.render(patho, [derm], r.choice(["Rapport", "Patho demandée", "Suite à ton appel"] if fr else ["Report", "Path you asked for", "As discussed"]), body)


# ---------------------------------------------------------------------------------------- 20
def procedure_ics(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.3, min_age=35, max_age=90)
    org = S(r.choice(["beaulieu", "sauve", "whitfield"]))
    surg = S(r.choice(["benali", "lussier", "weiss"]))
    key = r.choice(["bcc_nod", "bcc_inf", "scc", "mel_is", "mel", "nevus"])
    m.category = "procedure_invite"
    m.note = "calendar invitation for a skin surgery with patient details" if not fr else "invitation de calendrier pour une chirurgie cutanée avec détails du patient"
    m.t("diagnosis")
    nm = pt.name(m, p, r.choice(["last_first", "title", "full"]))
    chart = pt.mrn(m, p, r.choice(["plain", "hyphen", "prefixed"]))
    day = m.later_day(r.randint(3, 20))
    h = r.choice([8, 9, 10, 13, 14])
    start = dt.datetime(day.year, day.month, day.day, h, r.choice([0, 30]))
    end = start + dt.timedelta(minutes=r.choice([45, 60, 90]))
    st = site(r, m.lang)
    proc = (("Exérèse" if key != "bcc_inf" else "Mohs") + f" — {nm} — {DXK[key][3]} {st}") if fr else \
           (("Excision" if key != "bcc_inf" else "Mohs") + f" — {nm} — {DXK[key][3]} {st}")
    desc = ((f"Dossier {chart}. {DXK[key][1]} confirmé par biopsie. Salle 3. Aviser si anticoagulant.") if fr else
            (f"Chart {chart}. Biopsy-proven {DXK[key][2]}. Room 3. Flag any anticoagulant."))
    if r.random() < 0.4:
        desc += (" Patient diabétique, glycémie capillaire à l'arrivée." if fr else " Diabetic, capillary glucose on arrival.")
    if p.nam:
        desc = pt.nam(m, p, layout=r.choice(["line", "compact"])) + ". " + desc
    ics = make_ics(f"{r.randrange(16**12):012x}@{CLINIC['domain']}", start, end, proc, desc,
                   "Salle de chirurgie 3" if fr else "Procedure room 3", (org.full, org.email),
                   [(surg.full, surg.email), (S("morneau").full, S("morneau").email)], m.when)
    m.ics("invite.ics", ics)
    text = ((f"Invitation : {proc}\nQuand : {day_fr(day)} {start.strftime('%H:%M')}–{end.strftime('%H:%M')}\n\n{desc}") if fr
            else (f"Invitation: {proc}\nWhen: {day_en(day)} {start.strftime('%H:%M')}-{end.strftime('%H:%M')}\n\n{desc}"))
    if r.random() < 0.5:
        # name only in the calendar part for half of them
        text = ("Invitation : chirurgie cutanée, voir détails dans l'invitation." if fr
                else "Invitation: skin surgery, see details in the calendar item.")
    return m.render(org, [surg, S("morneau")], ("Invitation : " if fr else "Invitation: ") + proc, text)


# ---------------------------------------------------------------------------------------- 21
def support_vcard(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.5, min_age=18, max_age=80)
    nurse = S("giroux")
    key = r.choice(["pso", "hs", "da", "urt"])
    drug = biologic(r, key, m.lang)
    m.category = "support_program_enrolment"
    m.note = "patient support programme enrolment with contact card" if not fr else "inscription à un programme de soutien avec fiche contact"
    m.t("patient_name", "patient_contact", "medication", "diagnosis")
    m.fact("name", p.surname)
    ph = pt.phone(m, p)
    ad = pt.address(m, p, "fr" if fr else r.choice(["fr", "en"]))
    street, city, region, pc = p.addr_parts
    bd = None
    if r.random() < 0.6:
        bd = p.dob.isoformat()
        m.t("date_of_birth")
        m.fact("dob", p.dob)
    m.vcf(f"{p.given} {p.surname}.vcf" if r.random() < 0.6 else "contact.vcf", given=p.given, surname=p.surname,
          tel=ph, adr=(street, city, region, pc), bday=bd,
          note=(f"Patient(e) dermato - {DXK[key][1]} - début {drug.split(' (')[0]}" if fr
                else f"Derm patient - {DXK[key][2]} - starting {drug.split(' (')[0]}"))
    if p.nam:
        extra = "\n\n" + pt.nam(m, p)
    else:
        extra = ""
    if fr:
        body = (f"Bonjour,\n\nNouvelle inscription au programme de soutien : début de {drug} pour {DXK[key][1]}. "
                f"La fiche contact est jointe (cellulaire préféré, appeler après 16 h).{extra}\n\n"
                f"L'infirmière du programme peut faire la première injection à domicile.\n\n{signature(nurse, 'fr', r)}")
        subj = "Inscription programme de soutien"
    else:
        body = (f"Hello,\n\nNew support-programme enrolment: starting {drug} for {DXK[key][2]}. Contact card attached "
                f"(cell preferred, call after 4 pm).{extra}\n\nYour nurse may do the first injection at home.\n\n{signature(nurse, 'en', r)}")
        subj = "Support program enrolment"
    return m.render(nurse, [("Programme Accès+ Bio", "inscriptions@accesbio.example")], subj, body)


# ---------------------------------------------------------------------------------------- 22
def zip_photos(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "fr" if fr else "en", 20, 85)
    gp = _gp(m)
    key = dx_for(r, p.age, exclude=("hemangiome", "da_ped", "molluscum", "dress"))[0]
    st = site(r, m.lang)
    mot, q = pt.motif(r, key, m.lang, st)
    m.category = "photo_archive"
    m.note = "ZIP of lesion photos named after the patient, with a note" if not fr else "ZIP de photos de lésion nommées au nom du patient, avec une note"
    m.t("patient_name", "diagnosis")
    m.fact("name", p.surname)
    base = f"{p.surname}_{p.given}".replace(" ", "_")
    members = [(f"{base}_{i + 1}.png", make_png(r)) for i in range(r.randint(2, 4))]
    note = ((f"{p.given} {p.surname}\n" + (f"DDN {pt.dob(m, p)}\n" if r.random() < 0.5 else "") + f"Motif: {mot}\n{q}\n") if fr
            else (f"{p.given} {p.surname}\n" + (f"DOB {pt.dob(m, p)}\n" if r.random() < 0.5 else "")
                  + (f"HCN {pt.ohip(m, p)}\n" if r.random() < 0.6 else "") + f"History: {mot}\n{q}\n"))
    if any(w in mot.lower() for w in ("dovobet", "clobétasol", "clobetasol", "doxycycline", "perméthrine", "permethrin",
                                      "tactu", "cortisone", "steroid", "antihistamin", "hydrocortisone")):
        m.t("medication")
    members.append(("note.txt" if r.random() < 0.5 else "lisezmoi.txt", note))
    m.zip(r.choice(["photos.zip", f"{base}.zip", "envoi_teledermo.zip"]), members)
    body = ("Bonjour,\n\nLes photos et la note sont dans le fichier compressé (trop lourd autrement).\n\n" + signature(gp, "fr", r) if fr
            else "Hello,\n\nPhotos and my note are in the zip file (too large otherwise).\n\n" + signature(gp, "en", r))
    return m.render(gp, [("Télédermatologie" if fr else "Teledermatology", f"demandes@{CLINIC['tele_domain']}")],
                    r.choice(["Photos téléderm", "Envoi photos"] if fr else ["TD photos", "Photos for eConsult"]), body)


# ---------------------------------------------------------------------------------------- 23
def discharge_summary(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.5, min_age=45, max_age=95)
    res = S(r.choice(["lacasse", "ouimet", "nakamura"]))
    derm = S(r.choice(["vachon", "weiss", "lussier"]))
    gp = _gp(m)
    key = r.choice(["dress", "pb", "pso"])
    m.category = "discharge_summary"
    m.note = "hospital discharge summary for a dermatology admission" if not fr else "résumé de départ d'une hospitalisation en dermatologie"
    m.t("diagnosis", "medication", "lab_result")
    idb = _idblock(m, p)
    chart = pt.mrn(m, p, "plain") if not p.mrn else p.mrn
    adm = m.day - dt.timedelta(days=r.randint(6, 20))
    if fr:
        course = {"dress": "Éruption morbilliforme fébrile 4 semaines après le début de l'allopurinol, éosinophiles 2,4, ALT 186. Allopurinol cessé, prednisone 1 mg/kg.",
                  "pb": "Bulles tendues diffuses, biopsie et IFD compatibles avec une pemphigoïde bulleuse. Clobétasol corps entier puis doxycycline.",
                  "pso": "Érythrodermie psoriasique après arrêt brusque de prednisone prescrite pour MPOC. Cyclosporine 4 mg/kg, bonne réponse."}[key]
        rx = {"dress": "prednisone 40 mg die, diminuer de 5 mg/sem.; allopurinol CONTRE-INDIQUÉ (allergie inscrite)",
              "pb": "clobétasol 0,05 % crème 20 g/j, doxycycline 100 mg bid",
              "pso": "cyclosporine 200 mg bid, TA et créatinine q2 sem."}[key]
        blocks = [("h", "Résumé de départ — Dermatologie"), ("p", idb), ("p", f"No dossier : {chart}"),
                  ("p", f"Admission : {adm.isoformat()}   Départ : {m.day.isoformat()}"),
                  ("h2", "Diagnostic principal"), ("p", DXK[key][1]), ("h2", "Évolution"), ("p", course),
                  ("h2", "Médicaments au départ"), ("p", rx), ("h2", "Suivi"),
                  ("p", f"Clinique de dermatologie dans 2 semaines ({derm.titled('fr')}). FSC, ALT, créatinine dans 7 jours."),
                  ("p", f"{res.titled('fr')}, pour {derm.titled('fr')}")]
        fname = r.choice(["resume_depart.docx", f"RD_{chart}.docx", f"Resume depart {p.surname}.docx"])
        body = (f"Bonjour {gp.dear('fr')},\n\nVotre patient(e) a reçu son congé aujourd'hui. Le résumé de départ est joint; "
                f"merci d'assurer le suivi des bilans.\n\n{signature(res, 'fr', r)}")
        subj = "Résumé de départ - dermatologie"
    else:
        course = {"dress": "Febrile morbilliform eruption 4 weeks after starting allopurinol, eosinophils 2.4, ALT 186. Allopurinol stopped, prednisone 1 mg/kg.",
                  "pb": "Widespread tense bullae; biopsy and DIF consistent with bullous pemphigoid. Whole-body clobetasol then doxycycline.",
                  "pso": "Erythrodermic psoriasis after abrupt stop of prednisone given for COPD. Cyclosporine 4 mg/kg, good response."}[key]
        rx = {"dress": "prednisone 40 mg daily, taper 5 mg/week; allopurinol CONTRAINDICATED (allergy recorded)",
              "pb": "clobetasol 0.05% cream 20 g/day, doxycycline 100 mg bid",
              "pso": "cyclosporine 200 mg bid, BP and creatinine q2 weeks"}[key]
        blocks = [("h", "Discharge Summary — Dermatology"), ("p", idb), ("p", f"MRN: {chart}"),
                  ("p", f"Admitted: {adm.isoformat()}   Discharged: {m.day.isoformat()}"),
                  ("h2", "Most responsible diagnosis"), ("p", DXK[key][2]), ("h2", "Hospital course"), ("p", course),
                  ("h2", "Discharge medications"), ("p", rx), ("h2", "Follow-up"),
                  ("p", f"Dermatology clinic in 2 weeks ({derm.titled('en')}). CBC, ALT, creatinine in 7 days."),
                  ("p", f"{res.titled('en')} for {derm.titled('en')}")]
        fname = r.choice(["discharge_summary.docx", f"DS_{chart}.docx", f"Discharge {p.surname}.docx"])
        body = (f"Dear {gp.dear('en')},\n\nYour patient was discharged today. Summary attached; please follow up on the bloodwork.\n\n"
                f"{signature(res, 'en', r)}")
        subj = "Discharge summary - dermatology"
    m.docx(fname, subj, blocks, author=res.full)
    return m.render(res, [gp], subj, body, cc=[derm] if r.random() < 0.5 else ())


# ---------------------------------------------------------------------------------------- 24
def phone_message(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.0, min_age=18, max_age=90)
    clerk = S(r.choice(["gingras", "beaulieu", "whitfield"]))
    to = S(r.choice(NURSES + ["vachon", "weiss"]))
    m.category = "phone_message"
    m.note = "transcribed phone message from a patient asking about results or side effects" if not fr else "message téléphonique transcrit d'un patient au sujet de résultats ou d'effets secondaires"
    nm = pt.name(m, p, r.choice(["title", "full", "last_first", "lower"]))
    ph = pt.phone(m, p)
    v = r.randrange(4)
    if v == 0:
        m.t("medication")
        txt = (("Nausées importantes depuis qu'elle prend son méthotrexate, demande si elle peut sauter la dose de samedi.") if fr
               else "Bad nausea since starting methotrexate, asks whether she can skip Saturday's dose.")
    elif v == 1:
        m.t("diagnosis")
        txt = (("Attend son résultat de biopsie (grain de beauté dos), très anxieux(se), veut être rappelé(e) aujourd'hui.") if fr
               else "Waiting for the biopsy result on the mole on the back, very anxious, wants a call back today.")
    elif v == 2:
        m.t("medication", "diagnosis")
        txt = (("Réaction au site d'injection du Cosentyx (rougeur 8 cm, chaleur). Pas de fièvre. Psoriasis par ailleurs beaucoup mieux.") if fr
               else "Injection-site reaction after Cosentyx (8 cm redness, warm). No fever. Psoriasis otherwise much better.")
    else:
        m.t("diagnosis", "social_information")
        txt = (("Annule la photothérapie de la semaine : a perdu son logement, hébergé chez sa sœur à Nicolet, n'a plus de transport.") if fr
               else "Cancelling this week's phototherapy: lost housing, staying at sister's in Nicolet, no transport.")
    if fr:
        body = (f"Message pour {to.given} :\n\n{nm} a appelé à {m.when.strftime('%H h %M')}.\nRappeler au {ph}"
                f"{' (cellulaire, laisser un message)' if r.random() < 0.5 else ''}.\n\n{txt}\n\n{clerk.given}")
        subj = r.choice(["Message téléphonique", "Appel patient - à rappeler", f"À rappeler : {nm}"])
    else:
        body = (f"Message for {to.given}:\n\n{nm} called at {m.when.strftime('%H:%M')}.\nCall back at {ph}"
                f"{' (cell, OK to leave a message)' if r.random() < 0.5 else ''}.\n\n{txt}\n\n{clerk.given}")
        subj = r.choice(["Phone message", "Patient call - please call back", f"Call back: {nm}"])
    return m.render(clerk, [to], subj, body, mode=r.choice(["plain", "alt", "html"]))


# ---------------------------------------------------------------------------------------- 25
def oncology_rash(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.5, min_age=35, max_age=85)
    onc = S(r.choice(["mireault", "mehta"]))
    derm = S(r.choice(["vachon", "weiss", "lussier"]))
    m.category = "oncology_coordination"
    m.note = "oncologist asks dermatology about immunotherapy rash in melanoma patient" if not fr else "oncologue demande avis dermato pour éruption sous immunothérapie chez patient avec mélanome"
    m.t("diagnosis", "medication")
    idb = _idblock(m, p)
    stage = r.choice(["IIB", "IIC", "IIIA", "IIIB"])
    g = r.choice([2, 2, 3])
    if fr:
        body = (f"Bonjour {derm.given},\n\nPourrais-tu voir rapidement :\n{idb}\n\nMélanome stade {stage} (réséqué 2024), "
                f"pembrolizumab adjuvant depuis 5 cycles. Éruption maculopapuleuse prurigineuse grade {g} au tronc depuis 10 jours, "
                f"pas d'atteinte muqueuse. TSH {r.choice(['2,1', '0,04 (bas)', '5,8'])}.\n\nOn maintient le cycle 6 la semaine prochaine si tu es d'accord.\n\n{signature(onc, 'fr', r)}")
        subj = r.choice(["Avis dermato rapide - éruption sous immunothérapie", "Rash sous pembro", "Consultation semi-urgente"])
    else:
        body = (f"Hi {derm.given},\n\nCould you see this patient soon:\n{idb}\n\nStage {stage} melanoma (resected 2024), "
                f"adjuvant pembrolizumab, 5 cycles so far. Itchy maculopapular rash grade {g} on the trunk for 10 days, no mucosal "
                f"involvement. TSH {r.choice(['2.1', '0.04 (low)', '5.8'])}.\n\nWe'd like to proceed with cycle 6 next week if you agree.\n\n{signature(onc, 'en', r)}")
        subj = r.choice(["Quick derm opinion - immunotherapy rash", "Rash on pembro", "Semi-urgent consult"])
    m.t("lab_result")
    if r.random() < 0.4:
        photo = ("eruption_tronc.png" if fr else "trunk_rash.png", make_png(r))
        return m.render(onc, [derm], subj, body, mode="alt", related_png=photo)
    return m.render(onc, [derm], subj, body)


# ---------------------------------------------------------------------------------------- 26
def patient_mail_eml(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.4, min_age=18, max_age=80)
    clerk = S(r.choice(["beaulieu", "gingras", "whitfield"]))
    nurse = S(r.choice(["giroux", "dufresne", "ferland"]))
    m.category = "forwarded_patient_email"
    m.note = "patient e-mail forwarded to the nurse as an attached message" if not fr else "courriel d'un patient transféré à l'infirmière en pièce jointe"
    key = r.choice(["pso", "hs", "da", "acne", "rosacee"])
    m.t("patient_name", "diagnosis")
    m.fact("name", p.surname)
    pmail = f"{p.given[0].lower()}{p.surname.lower().replace(' ', '').replace(chr(39), '')}{r.randint(10, 99)}@courriel.example"
    pmail = fold(pmail)
    tx = biologic(r, key, m.lang) if key in ("pso", "hs", "da") else treatment(r, key, m.lang)
    m.t("medication")
    if fr:
        who = f"{p.given} {p.surname}" if not p.nam else pt.nam(m, p, layout="compact", name_form="full")
        inner = (f"Bonjour,\n\nC'est {who}"
                 + (f", née le {pt.dob(m, p)}" if (r.random() < 0.5 and not p.nam) else "") +
                 f". Mon {DXK[key][1].split(' (')[0]} est revenu en force depuis que j'ai arrêté {tx.split(' (')[0]} "
                 f"(la pharmacie dit que l'assurance refuse de payer). Est-ce que je peux avoir un rendez-vous plus tôt que juin?\n\n"
                 f"Merci beaucoup\n{p.given}")
        subj_in = "rendez-vous svp"
        top = f"Bonjour {nurse.given},\n\nCourriel reçu à la boîte générale, je te le transfère.\n\n{clerk.given}"
        subj = "TR: rendez-vous svp"
    else:
        who = f"{p.given} {p.surname}" if not p.nam else pt.nam(m, p, layout="compact", name_form="full")
        inner = (f"Hello,\n\nThis is {who}" + (f", DOB {pt.dob(m, p)}" if (r.random() < 0.5 and not p.nam) else "") +
                 f". My {DXK[key][2].split(' (')[0]} has flared badly since I stopped {tx.split(' (')[0]} "
                 f"(pharmacy says my insurance won't pay). Can I get an appointment before June?\n\nThank you\n{p.given}")
        subj_in = "appointment please"
        top = f"Hi {nurse.given},\n\nThis came into the general inbox, forwarding it to you.\n\n{clerk.given}"
        subj = "FW: appointment please"
    if r.random() < 0.35:
        inner += "\n" + ("Mon cell : " if fr else "My cell: ") + pt.phone(m, p)
    m.eml("rendez-vous svp.eml" if fr else "appointment please.eml", (f"{p.given} {p.surname}", pmail),
          [("Clinique" if fr else "Clinic", f"info@{CLINIC['domain']}")], subj_in, inner, m.earlier(5, 60))
    return m.render(clerk, [nurse], subj, top)


# ---------------------------------------------------------------------------------------- 27
def missed_followup_letter(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "fr" if fr else "en", 40, 85)
    derm = S(r.choice(DERMS))
    clerk = S(r.choice(["sauve", "whitfield"]))
    m.category = "missed_followup_letter"
    m.note = "letter to a patient who missed melanoma surveillance, sent to records" if not fr else "lettre à un patient absent à son suivi de mélanome, envoyée aux archives"
    m.t("diagnosis")
    nm = pt.name(m, p, "title")
    ad = pt.address(m, p)
    chart = pt.mrn(m, p)
    if fr:
        blocks = [("p", nm), ("p", ad), ("space", ""), ("p", f"Objet : suivi de dermatologie — dossier {chart}"),
                  ("p", f"{'Madame' if p.sex == 'F' else 'Monsieur'},"),
                  ("p", "Vous ne vous êtes pas présenté(e) à vos deux derniers rendez-vous de surveillance suite au traitement de votre mélanome. "
                        "Un examen cutané complet tous les 6 mois est fortement recommandé. Veuillez communiquer avec nous au 819-555-0100."),
                  ("p", derm.titled("fr"))]
        body = (f"Bonjour,\n\nLettre de relance envoyée par la poste aujourd'hui, copie à numériser au dossier {chart}.\n\n{signature(clerk, 'fr', r)}")
        subj = "Lettre de relance - à numériser"
        fname = f"relance_{chart}.pdf"
    else:
        blocks = [("p", nm), ("p", ad), ("space", ""), ("p", f"Re: dermatology follow-up — chart {chart}"),
                  ("p", f"Dear {nm},"),
                  ("p", "You missed your last two surveillance visits following treatment of your melanoma. A full skin exam every "
                        "6 months is strongly recommended. Please call us at 819-555-0100 to rebook."), ("p", derm.titled("en"))]
        body = f"Hi,\n\nReminder letter mailed today; copy for scanning into chart {chart}.\n\n{signature(clerk, 'en', r)}"
        subj = "Missed follow-up letter - please scan"
        fname = f"letter_{chart}.pdf"
    if any(ord(c) > 0xFF00 for c in chart):
        m.docx(fname.replace(".pdf", ".docx"), subj, [(("p", b[1]) if b[0] != "space" else ("p", "")) for b in blocks], author=clerk.full)
    else:
        m.pdf(fname, subj, blocks, org="clinic", author=clerk.full)
    return m.render(clerk, [("Archives médicales" if fr else "Health records", f"archives@{CLINIC['domain']}")], subj, body)


TEMPLATES = [recall_list, quick_note, forward_labs, france_patient, belgian_patient, subject_only,
             filename_only, procedure_ics, support_vcard, zip_photos, discharge_summary, phone_message,
             oncology_rash, patient_mail_eml, missed_followup_letter]
