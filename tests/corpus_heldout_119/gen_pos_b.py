"""Positive (confidential) builders, part B: CNESST and insurers, team notes,
spreadsheets/CSV/vCard/ZIP/EML attachments, procedure notes, out-of-province and
foreign identifiers, social situations, overdoses, pre-procedure labs."""
import datetime as _dt

import gen_common as C
import gen_mime
from gen_attach import make_csv, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_base import Types, fdate, fwd_block, html_page, html_table, id_line, p_html, quote, reply_header, text_table
from gen_mime import Att
from gen_pos_a import INTAKE, INTAKE_EN, _dx, _lang, _letterhead, _med

CNESST = ("Agente d'indemnisation – CNESST", "indemnisation.laval@cnesst.example")


def _claim(rng):
    """CNESST-style file number; never checksum-valid, so it cannot pass for a SIN."""
    from stdnum import luhn
    while True:
        n = f"{rng.randint(100, 599)}{rng.randint(100, 999)}{rng.randint(100, 999)}"
        if not luhn.is_valid(n):
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def _employer(rng):
    return rng.choice(["Entrepôts Laurentides inc.", "Transport Dalpé & Fils", "Résidence Les Jardins fleuris (CHSLD privé)",
                       "Usinage Précis Mirabel", "Épicerie Bouchette", "Construction Rive-Nord ltée"])


# ---------------------------------------------------------------------------
def cnesst_report(ctx):
    rng = ctx.rng
    lang = "fr" if rng.random() < 0.85 else "en"
    t = Types("patient_name", "diagnosis", "social_information")
    md = ctx.staff("bergeron", "lavoie", "haddad")
    p, holder = ctx.patient(0.6)
    show_nam = holder and rng.random() < 0.75
    dx = rng.choice(C.DX_WORK)
    claim = _claim(rng)
    emp = _employer(rng)
    acc = C.msg_date(rng, rng.randint(1, 3)).date().replace(year=rng.choice([2022, 2023]))
    ident = id_line(rng, p, lang, t, show_nam=show_nam, show_dob=rng.random() < 0.7)
    if rng.random() < 0.35:
        ident += (", NAS " if lang == "fr" else ", SIN ") + C.fmt_sin(C.make_sin(rng), rng.choice([0, 1, 2, 3, 4]))
        t.add("ca_sin")
    if lang == "fr":
        restr = rng.choice(["Éviter de soulever plus de 10 kg, pas de travail au-dessus des épaules.",
                            "Travail assis/debout en alternance, pas de flexion répétée du tronc.",
                            "Aucun travail pour le moment ; réévaluation dans 6 semaines."])
        lines = [rng.choice(["Madame, Monsieur,", "Bonjour,", "Bonjour Madame,"]), "",
                 f"Objet : rapport médical d'évolution – dossier CNESST {claim}", "",
                 f"Travailleur/travailleuse : {ident}", f"Employeur : {emp}", f"Date de l'événement : {C.date_fr(acc, 2)}", "",
                 f"Diagnostic : {dx[0]}.",
                 f"Évolution : douleur persistante, {rng.choice(['amélioration partielle après le bloc', 'pas d’amélioration significative', 'légère amélioration avec la physiothérapie'])}.",
                 f"Limitations fonctionnelles temporaires : {restr}",
                 rng.choice(["Le retour progressif au travail n'est pas envisageable avant la fin du programme.",
                             "Un retour progressif (2 jours/semaine) pourrait débuter le mois prochain.",
                             "Je recommande la poursuite de l'indemnité de remplacement du revenu pendant le traitement."]), ""]
        if rng.random() < 0.5:
            lines.insert(-1, f"Traitement : {_med(rng, 'fr', C.ADJ)}, physiothérapie 2 fois/semaine, suivi en psychologie.")
            t.add("medication")
        lines += [C.closing(rng, "fr"), C.sig(rng, md, "fr")]
        sub = rng.choice([f"Dossier {claim} – rapport d'évolution", f"CNESST {claim}", "Rapport médical d'évolution"])
    else:
        lines = [rng.choice(["Dear Sir or Madam,", "Hello,"]), "", f"Re: progress report - CNESST file {claim}", "",
                 f"Worker: {ident}", f"Employer: {emp}", f"Date of injury: {C.date_en(acc, 1)}", "",
                 f"Diagnosis: {dx[1]}.", "Persistent pain; partial response to the medial branch block.",
                 "Temporary restrictions: no lifting over 10 kg, no overhead work.",
                 "Graduated return to work may start next month; income replacement should continue until then.", "",
                 C.closing(rng, "en"), C.sig(rng, md, "en")]
        sub = f"CNESST file {claim} - progress report"
    atts = []
    if rng.random() < 0.35:
        pdf = make_pdf("Rapport médical", ["# RAPPORT MÉDICAL D'ÉVOLUTION", f"Dossier CNESST : {claim}"] + lines[4:12], letterhead=_letterhead("fr"))
        atts.append(Att(rng.choice(["rapport_evolution.pdf", f"CNESST_{claim.replace(' ', '')}.pdf"]), "application/pdf", pdf))
    return dict(cat="cnesst_report", lang=lang, types=t, note="CNESST progress report: worker identity, diagnosis, restrictions, benefits",
                spec=dict(frm=ctx.pair(md), to=[CNESST], cc=[ctx.pair(C.STAFF["turcotte"])] if rng.random() < 0.3 else None,
                          subject=sub, text="\n".join(lines), attachments=atts))


# ---------------------------------------------------------------------------
def insurer_disability(ctx):
    rng = ctx.rng
    ins = rng.choice(C.INSURERS)
    lang = ins[2]
    t = Types("ca_sin", "patient_name", "diagnosis", "social_information")
    md = ctx.staff("lavoie", "bergeron", "patel")
    p, holder = ctx.patient(0.3)
    sin = C.make_sin(rng)
    sin_s = C.fmt_sin(sin, rng.choice([0, 0, 1, 2, 3, 4]))
    claim = f"{rng.choice(['ILD', 'LTD', 'CL'])}-{rng.randint(100000, 999999)}"
    dx = _dx(rng, lang)
    adj = rng.choice(["Claims specialist", "Gestionnaire de dossiers invalidité"]) if False else None
    agent = rng.choice([("Geneviève", "Desrochers"), ("Marc", "Pilon"), ("Heather", "McIntyre"), ("Yannick", "Bouffard")])
    agent_mail = (f"{agent[0]} {agent[1]}", f"{C.strip_accents(agent[0]).lower()}.{C.strip_accents(agent[1]).lower()}@{ins[1]}")
    direction = rng.random() < 0.5  # True: insurer asks; False: clinic replies with form
    if lang == "fr":
        req = "\n".join([f"Bonjour {md.title} {md.surname},", "",
                         f"Nous gérons la demande de prestations d'invalidité de longue durée de {p.given} {p.surname} "
                         f"(NAS {sin_s}, dossier {claim}).",
                         f"Afin de poursuivre l'évaluation, merci de nous transmettre la Déclaration du médecin traitant : diagnostic ({dx} selon l'assuré"
                         f"{'e' if p.sex == 'F' else ''}), traitements en cours et limitations fonctionnelles.",
                         "Les prestations sont actuellement versées sous réserve.", "",
                         "Cordialement,", f"{agent[0]} {agent[1]}", "Gestionnaire, invalidité", ins[0], f"Tél. {C.phone(rng, '418')}"])
        sub = f"Dossier {claim} – demande de renseignements médicaux"
    else:
        req = "\n".join([f"Dear Dr. {md.surname},", "",
                         f"We are managing the long-term disability claim of {p.given} {p.surname} (SIN {sin_s}, claim {claim}).",
                         f"To continue our assessment please complete the enclosed Attending Physician Statement: diagnosis (reported as {dx}), "
                         "current treatment and functional limitations.", "Benefits are currently paid under reservation.", "",
                         "Regards,", f"{agent[0]} {agent[1]}", "Disability Case Manager", ins[0], f"Tel. {C.phone(rng, '416')}"])
        sub = f"Claim {claim} - medical information request"
    if direction:
        return dict(cat="insurer_request", lang=lang, types=t, note="disability insurer request naming the claimant with SIN and diagnosis",
                    spec=dict(frm=agent_mail, to=[ctx.pair(md)], subject=sub, text=req))
    t.add("medication", "date_of_birth")
    med = _med(rng, lang)
    form = ["# DÉCLARATION DU MÉDECIN TRAITANT" if lang == "fr" else "# ATTENDING PHYSICIAN STATEMENT", "",
            (f"Assuré(e) : {p.given} {p.surname}" if lang == "fr" else f"Claimant: {p.given} {p.surname}"),
            (f"Date de naissance : {C.date_fr(p.dob)}" if lang == "fr" else f"Date of birth: {C.date_en(p.dob)}"),
            (f"NAS : {C.fmt_sin(sin, 0)}" if lang == "fr" else f"SIN: {C.fmt_sin(sin, 0)}"), f"{'Dossier' if lang == 'fr' else 'Claim'}: {claim}", "",
            (f"Diagnostic principal : {dx}" if lang == "fr" else f"Primary diagnosis: {dx}"),
            (f"Traitement : {med}, programme interdisciplinaire" if lang == "fr" else f"Treatment: {med}, interdisciplinary programme"),
            ("Limitations : ne peut maintenir la position assise plus de 30 minutes." if lang == "fr" else "Limitations: cannot sit more than 30 minutes."),
            ("Pronostic de retour au travail : réservé, réévaluation dans 3 mois." if lang == "fr" else "Return-to-work prognosis: guarded; reassess in 3 months."),
            "", f"{md.title} {md.full}"]
    pdf = make_pdf("APS", form, letterhead=_letterhead(lang), author=md.full)
    body = ("Bonjour,\n\nVeuillez trouver ci-joint le formulaire complété.\n\n" if lang == "fr" else "Hello,\n\nCompleted form attached.\n\n")
    body += C.sig(rng, md, lang) + "\n\n" + reply_header(rng, lang, agent_mail, C.msg_date(rng)) + "\n" + quote(req)
    fname = rng.choice(["Declaration_medecin_traitant.pdf", "APS_completed.pdf", f"{claim}.pdf", f"APS_{p.surname}.pdf"])
    return dict(cat="insurer_reply", lang=lang, types=t, note="completed attending-physician statement with SIN sent back to insurer",
                spec=dict(frm=ctx.pair(md), to=[agent_mail], subject=("RE: " if lang == "fr" else "Re: ") + sub, text=body,
                          attachments=[Att(fname, "application/pdf", form and pdf)]))


# ---------------------------------------------------------------------------
def psych_note(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "diagnosis", "social_information")
    psy = C.STAFF["lemieux"]
    team = [C.STAFF[k] for k in ("lavoie", "dube", "kowalski", "bilodeau")]
    p, holder = ctx.patient(0.4)
    phq = rng.randint(15, 24)
    if lang == "fr":
        soc = rng.choice(["Séparation récente ; vit maintenant chez sa sœur, situation financière précaire.",
                          "Dévoile de la violence psychologique de la part du conjoint ; plan de sécurité discuté.",
                          "Perte d'emploi il y a 4 mois, demande d'aide sociale en cours.",
                          "Proche aidant(e) de sa mère atteinte de démence, épuisement important."])
        text = "\n".join([C.greet(rng, "fr"), "",
                          f"Résumé de mon suivi avec {p.name_variant(rng, 'fr')} ({rng.randint(4, 10)} séances) :", "",
                          f"- PHQ-9 : {phq}/27 ; trouble dépressif majeur, épisode modéré à sévère ; catastrophisation élevée (PCS {rng.randint(30, 48)}).",
                          f"- {soc}",
                          rng.choice(["- Idées suicidaires passives, sans plan ; filet de sécurité revu.", "- Pas d'idées suicidaires actuellement.",
                                      "- Consommation de cannabis en hausse pour dormir."]),
                          "- Objectifs : activation comportementale, gestion du rythme, retour graduel aux loisirs.", "",
                          "On en discute à la réunion d'équipe de jeudi.", "", C.sig(rng, psy, "fr")])
        sub = rng.choice(["Résumé suivi psychologie", "Pour la réunion interdisciplinaire", "Suivi psy – à discuter jeudi"])
    else:
        soc = rng.choice(["Recently separated; staying with her sister, finances precarious.",
                          "Discloses emotional abuse by partner; safety plan reviewed.",
                          "Lost job 4 months ago; welfare application in progress."])
        text = "\n".join([C.greet(rng, "en"), "", f"Summary of my follow-up with {p.name_variant(rng, 'en')} ({rng.randint(4, 10)} sessions):", "",
                          f"- PHQ-9 {phq}/27; major depressive disorder, moderate-severe; high catastrophizing (PCS {rng.randint(30, 48)}).",
                          f"- {soc}", "- Goals: behavioural activation, pacing, graded return to hobbies.", "",
                          "Let's discuss at Thursday's team meeting.", "", C.sig(rng, psy, "en")])
        sub = rng.choice(["Psychology summary", "For the interdisciplinary meeting"])
    return dict(cat="psych_note", lang=lang, types=t, note="psychologist summary to the team with mood and social situation",
                spec=dict(frm=ctx.pair(psy), to=[ctx.pair(s) for s in team[: rng.randint(2, 4)]], subject=sub, text=text))


# ---------------------------------------------------------------------------
def physio_report_docx(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "diagnosis")
    pt = ctx.staff("kowalski", "plante", "paradis")
    md = ctx.staff("bergeron", "lavoie")
    p, holder = ctx.patient(0.4)
    mrn = C.make_mrn(rng, 3)
    t.add("mrn")
    dx = _dx(rng, lang)
    odi0, odi1 = rng.randint(40, 64), rng.randint(22, 46)
    if lang == "fr":
        paras = ["# Rapport d'évolution – physiothérapie", f"Patient : {p.given} {p.surname}   Dossier : {mrn}", f"Diagnostic : {dx}", "",
                 "## Mesures", f"Oswestry : {odi0} % → {odi1} %", f"Test de marche 6 min : {rng.randint(250, 380)} m → {rng.randint(330, 480)} m",
                 "## Plan", "Poursuite du programme d'exercices gradués 2x/semaine, 6 semaines.", f"{pt.full}, {pt.role_fr}"]
        text = f"Bonjour {md.title} {md.surname},\n\nCi-joint mon rapport d'évolution.\n\n{C.sig(rng, pt, 'fr')}"
        sub = rng.choice(["Rapport d'évolution physio", "Rapport physio – fin de bloc"])
        fname = rng.choice(["rapport_physio.docx", f"Physio_{p.surname}.docx", f"evolution_{mrn}.docx"])
    else:
        paras = ["# Physiotherapy progress report", f"Patient: {p.given} {p.surname}   Chart: {mrn}", f"Diagnosis: {dx}", "",
                 "## Measures", f"Oswestry: {odi0}% -> {odi1}%", f"6-minute walk: {rng.randint(250, 380)} m -> {rng.randint(330, 480)} m",
                 "## Plan", "Continue graded exercise 2x/week for 6 weeks.", f"{pt.full}, {pt.role_en}"]
        text = f"Hi Dr. {md.surname},\n\nProgress report attached.\n\n{C.sig(rng, pt, 'en')}"
        sub = "Physio progress report"
        fname = rng.choice(["physio_report.docx", f"PT_{p.surname}.docx"])
    doc = make_docx(paras, title=sub, author=pt.full)
    return dict(cat="physio_report", lang=lang, types=t, note="physiotherapy progress report (DOCX) with chart number and diagnosis",
                spec=dict(frm=ctx.pair(pt), to=[ctx.pair(md)], subject=sub, text=text,
                          attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)]))


# ---------------------------------------------------------------------------
def roster_xlsx(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    t = Types("patient_name", "date_of_birth", "diagnosis")
    coord = ctx.staff("turcotte", "paradis", "lemieux")
    n = rng.randint(6, 11)
    with_nam = rng.random() < 0.75
    with_tel = rng.random() < 0.5
    prog = rng.choice([("Programme fibromyalgie – cohorte automne", "Fibromyalgia programme - fall cohort", "fibromyalgie", "fibromyalgia"),
                       ("École du dos – groupe B", "Back school - group B", "lombalgie chronique", "chronic low back pain")])
    hdr = ["Nom", "Prénom", "DDN"] if lang == "fr" else ["Surname", "Given name", "DOB"]
    if with_nam:
        hdr.append("NAM")
    if with_tel:
        hdr.append("Téléphone" if lang == "fr" else "Phone")
        t.add("patient_contact")
    hdr += ["Diagnostic" if lang == "fr" else "Diagnosis", "Présences (/8)" if lang == "fr" else "Attendance (/8)", "Note"]
    rows = [hdr]
    for i in range(n):
        p, holder = ctx.patient(0.8 if with_nam else 0.3)
        r = [p.surname, p.given, p.dob.isoformat()]
        if with_nam:
            if holder:
                r.append(C.fmt_nam(p.nam, rng.choice([0, 1])))
                t.add("ramq_nam")
            else:
                r.append("")
        if with_tel:
            r.append(C.phone(rng))
        r += [prog[2] if lang == "fr" else prog[3], rng.randint(2, 8),
              rng.choice(["", "", "abandon" if lang == "fr" else "dropped out", "transport difficile" if lang == "fr" else "transport issues", ""])]
        rows.append(r)
    xlsx = make_xlsx([("Cohorte" if lang == "fr" else "Cohort", rows)], author=coord.full)
    text = "\n".join([C.greet(rng, lang), "",
                      (rng.choice(["Voici la liste à jour des participants.", "Liste des inscrits en pièce jointe.", "Fichier des présences mis à jour."])
                       if lang == "fr" else rng.choice(["Updated participant list attached.", "Attendance file updated."])), "",
                      C.sig(rng, coord, lang)])
    fname = rng.choice(["participants.xlsx", "cohorte_fibro.xlsx" if lang == "fr" else "cohort.xlsx", "Présences_groupe.xlsx"])
    return dict(cat="roster_xlsx", lang=lang, types=t, note="programme roster spreadsheet with names, birth dates and identifiers",
                spec=dict(frm=ctx.pair(coord), to=[ctx.pair(C.STAFF[k]) for k in ("lemieux", "kowalski", "plante")],
                          subject=prog[0] if lang == "fr" else prog[1], text=text,
                          attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)]))


# ---------------------------------------------------------------------------
def waitlist_csv(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    t = Types("mrn", "patient_name", "date_of_birth", "diagnosis")
    a = ctx.staff("turcotte", "giroux", "beaulieu")
    b = ctx.staff("demers", "lavoie")
    with_nam = rng.random() < 0.4
    hdr = ["no_dossier", "nom", "prenom", "ddn", "date_reference", "motif", "priorite"] if lang == "fr" else \
        ["mrn", "last_name", "first_name", "dob", "referral_date", "reason", "priority"]
    if with_nam:
        hdr.insert(4, "nam")
    rows = [hdr]
    for i in range(rng.randint(8, 16)):
        p, holder = ctx.patient(0.7 if with_nam else 0.2)
        r = [C.make_mrn(rng, 1), p.surname, p.given, p.dob.isoformat()]
        if with_nam:
            r.append(p.nam if holder else "")
            if holder:
                t.add("ramq_nam")
        r += [f"2024-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}", _dx(rng, lang), rng.choice(["P1", "P2", "P2", "P3", "P3"])]
        rows.append(r)
    csv = make_csv(rows, sep=";" if lang == "fr" else ",", crlf=rng.random() < 0.6)
    text = "\n".join([C.greet(rng, lang, b.given), "",
                      (rng.choice(["Extraction de la liste d'attente demandée (format CSV).", "Voici l'export du DME pour la révision des priorités."])
                       if lang == "fr" else rng.choice(["Waitlist export attached (CSV).", "EMR export for the priority review."])), "",
                      C.sig(rng, a, lang, short=True)])
    fname = rng.choice(["liste_attente.csv", "export_DME.csv", "waitlist.csv", "attente_P1-P3.csv"])
    return dict(cat="waitlist_csv", lang=lang, types=t, note="EMR waitlist export (CSV) with chart numbers, names, DOB, reasons",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=rng.choice(["Liste d'attente", "Export", "Waitlist export"]), text=text,
                          attachments=[Att(fname, "text/csv", csv)]))


# ---------------------------------------------------------------------------
def vcard_patient(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    t = Types("patient_name", "patient_contact")
    a = ctx.staff("dube", "bilodeau", "giroux")
    b = ctx.staff("lemieux", "vachon", "dube", "patel")
    p, holder = ctx.patient(0.3)
    street, city = C.address(rng)
    if lang == "fr":
        note = rng.choice([f"Suivi téléphonique hebdo – sevrage {_med(rng, 'fr', C.MEDS[:4])}",
                           "Programme fibromyalgie – préfère être appelée en soirée",
                           "Patient(e) CNESST – entorse lombaire, appeler avant 9 h"])
    else:
        note = rng.choice([f"Weekly phone follow-up - taper of {_med(rng, 'en', C.MEDS[:4])}",
                           "Fibromyalgia programme - prefers evening calls"])
    t.add("medication" if ("sevrage" in note or "taper" in note) else "diagnosis")
    vcf = make_vcf(p.given, p.surname, cell=C.phone(rng), email=C.personal_email(rng, p), adr=(street, city), note=note,
                   bday=p.dob if rng.random() < 0.5 else None)
    if "BDAY" in vcf:
        t.add("date_of_birth")
    text = "\n".join([C.greet(rng, lang, b.given), "",
                      (rng.choice(["Coordonnées à jour en pièce jointe.", "Voici la fiche contact pour le suivi téléphonique."]) if lang == "fr"
                       else rng.choice(["Updated contact card attached.", "Contact card for the phone follow-ups."])), "",
                      C.sig(rng, a, lang, short=True)])
    return dict(cat="vcard", lang=lang, types=t, note="patient contact card (vCard) with care note",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=rng.choice(["Fiche contact", "Contact", "Coordonnées"]), text=text,
                          attachments=[Att(f"{p.given} {p.surname}.vcf", "text/vcard", vcf)]))


# ---------------------------------------------------------------------------
def _proc_note_lines(rng, p, lang, md, mrn, t, show_nam):
    proc, dxt = C.proc_dx(rng)
    dx = dxt[0] if lang == "fr" else dxt[1]
    day = C.msg_date(rng).date()
    t.add("patient_name", "diagnosis", "medication", "mrn")
    if show_nam:
        t.add("ramq_nam")
    if lang == "fr":
        L = ["# NOTE D'INTERVENTION", f"Patient : {p.surname.upper()}, {p.given}    Dossier : {mrn}"]
        if show_nam:
            L.append(f"NAM : {C.fmt_nam(p.nam, C.nam_style(rng))}")
        L += [f"Date : {C.date_fr(day, 2)}", f"Intervention : {proc[0]}", f"Indication : {dx}",
              "Médication : lidocaïne 1 % 3 mL, bupivacaïne 0,25 % 2 mL, dexaméthasone 10 mg" if proc[2] not in ("LIDO", "KET") else
              ("Médication : lidocaïne 5 mg/kg IV sur 60 min" if proc[2] == "LIDO" else "Médication : kétamine 0,5 mg/kg/h IV, midazolam 1 mg"),
              f"Douleur pré : {rng.randint(6, 9)}/10 ; post : {rng.randint(0, 4)}/10",
              rng.choice(["Aucune complication.", "Réaction vasovagale transitoire, résolue.", "Paresthésies transitoires L5."]),
              f"Suivi : journal de douleur 7 jours, revoir dans 6 semaines. {md.title} {md.full}"]
    else:
        L = ["# PROCEDURE NOTE", f"Patient: {p.surname.upper()}, {p.given}    MRN: {mrn}"]
        if show_nam:
            L.append(f"RAMQ: {C.fmt_nam(p.nam, C.nam_style(rng))}")
        L += [f"Date: {C.date_en(day, 1)}", f"Procedure: {proc[1]}", f"Indication: {dx}",
              "Medication: lidocaine 1% 3 mL, bupivacaine 0.25% 2 mL, dexamethasone 10 mg" if proc[2] not in ("LIDO", "KET") else
              ("Medication: lidocaine 5 mg/kg IV over 60 min" if proc[2] == "LIDO" else "Medication: ketamine 0.5 mg/kg/h IV, midazolam 1 mg"),
              f"Pain pre: {rng.randint(6, 9)}/10; post: {rng.randint(0, 4)}/10", "No complications.",
              f"Follow-up: 7-day pain diary, review in 6 weeks. Dr. {md.full}"]
    return L


def procedure_note(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types()
    md = ctx.staff("lavoie", "haddad", "bergeron")
    doc = C.famdoc(rng)
    p, holder = ctx.patient(0.6)
    mrn = C.make_mrn(rng, rng.choice([0, 2, 4]))
    L = _proc_note_lines(rng, p, lang, md, mrn, t, holder and rng.random() < 0.75)
    as_pdf = rng.random() < 0.5
    atts = []
    if as_pdf:
        pdf = make_pdf("Note", L, letterhead=_letterhead(lang), author=md.full)
        atts.append(Att(rng.choice(["note_intervention.pdf", "procedure_note.pdf", f"{mrn}.pdf"]), "application/pdf", pdf))
        body = ("Bonjour,\n\nPour votre information, note d'intervention ci-jointe.\n\n" if lang == "fr" else "Hello,\n\nFor your records, procedure note attached.\n\n")
    else:
        body = ("Bonjour,\n\nPour votre information :\n\n" if lang == "fr" else "Hello,\n\nFor your information:\n\n") + "\n".join(x.lstrip("# ") for x in L) + "\n\n"
    body += C.sig(rng, md, lang)
    return dict(cat="procedure_note", lang=lang, types=t, note="procedure note copied to family physician",
                spec=dict(frm=ctx.pair(md), to=[(f"{doc['title']} {doc['full']}", doc["email"])], subject=rng.choice(
                    ["Note d'intervention", "Copie conforme – intervention", "Procedure note", "cc: intervention"]), text=body, attachments=atts))


# ---------------------------------------------------------------------------
def zip_bundle(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types()
    md = ctx.staff("lavoie", "haddad")
    sec = ctx.staff("giroux", "beaulieu")
    members = []
    for i in range(rng.randint(2, 4)):
        p, holder = ctx.patient(0.5)
        mrn = C.make_mrn(rng, 1)
        L = _proc_note_lines(rng, p, lang, md, mrn, t, holder and rng.random() < 0.5)
        members.append((f"note_{i + 1:02d}_{mrn}.pdf", make_pdf("Note", L, letterhead=_letterhead(lang), author=md.full)))
    if rng.random() < 0.4:
        members.append(("index.txt", "\n".join(m[0] for m in members).encode("utf-8")))
    z = make_zip(members)
    text = "\n".join([C.greet(rng, lang), "",
                      (rng.choice(["Les notes d'intervention de la semaine, en fichier compressé.", "Archive des notes pour l'archiviste."])
                       if lang == "fr" else "This week's procedure notes, zipped."), "", C.sig(rng, sec, lang, short=True)])
    return dict(cat="zip_bundle", lang=lang, types=t, note="ZIP archive of several procedure notes",
                spec=dict(frm=ctx.pair(sec), to=[("Archives médicales", f"archives@{C.HOSPITAL_DOMAIN}")],
                          subject=rng.choice(["Notes de la semaine", "Archives", "Weekly notes"]), text=text,
                          attachments=[Att(rng.choice(["notes_semaine.zip", "notes.zip", "intervention_notes.zip"]), "application/zip", z)]))


# ---------------------------------------------------------------------------
def eml_forward(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types()
    inner = ctx.build_inner_referral(t, lang)  # bytes of an inner message (provided by generate.py)
    a = ctx.staff("giroux", "turcotte", "lavoie")
    b = ctx.staff("bergeron", "patel", "haddad", "turcotte")
    text = "\n".join([C.greet(rng, lang, b.given), "",
                      (rng.choice(["Je te transfère la demande ci-jointe, à trier.", "Voir le courriel original en pièce jointe.", "Pour triage svp."])
                       if lang == "fr" else rng.choice(["Forwarding the original message for triage.", "See attached e-mail."])), "",
                      C.sig(rng, a, lang, short=True)])
    named = rng.random() < 0.6
    return dict(cat="eml_forward", lang=lang, types=t, note="original referral forwarded as an attached message (message/rfc822)",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=("TR: " if lang == "fr" else "Fwd: ") + rng.choice(["Demande de consultation", "Referral", "Consultation"]),
                          text=text, attachments=[Att("demande.eml" if named else None, "message/rfc822", inner,
                                                      disposition="attachment" if named else "inline")]))


# ---------------------------------------------------------------------------
def ontario_patient(ctx):
    rng = ctx.rng
    lang = "en"
    t = Types("ca_health_number", "patient_name", "diagnosis", "medication")
    p, _ = C.invent_patient(rng), False
    ohip = C.make_ohip(rng)
    doc = rng.choice([("Dr.", "Sandra", "Whitfield", "Riverside Family Health Team, Ottawa", "riversidefht.example"),
                      ("Dr.", "Ahmed", "Qureshi", "Bytown Pain & Wellness, Ottawa", "bytownpain.example")])
    dx = _dx(rng, "en")
    med = _med(rng, "en")
    show_dob = rng.random() < 0.7
    lines = [C.greet(rng, "en"), "",
             f"My patient {p.given} {p.surname} is relocating to Laval next month and will need ongoing pain follow-up in Quebec.",
             f"Ontario health number: {C.fmt_ohip(ohip, rng, rng.randint(0, 2))}" + (f", DOB {C.date_en(p.dob, rng.randint(0, 2))}" if show_dob else ""),
             f"Diagnosis: {dx}.", f"Current regimen: {med}; {_med(rng, 'en', C.ADJ)}.",
             rng.choice(["Stable on this dose for 18 months, UDS consistent.", "Had two RFAs here with ~60% relief for 8 months each."]),
             "She has not yet received her RAMQ card." if p.sex == "F" else "He has not yet received his RAMQ card.", "",
             "Happy to send records on request.", "", "Best regards,", f"{doc[0]} {doc[1]} {doc[2]}", doc[3], f"Tel {C.phone(rng, '613')}"]
    if show_dob:
        t.add("date_of_birth")
    return dict(cat="ontario_transfer", lang=lang, types=t, note="Ontario physician transferring care with Ontario health number",
                spec=dict(frm=(f"{doc[0]} {doc[1]} {doc[2]}", f"{doc[1][0].lower()}{doc[2].lower()}@{doc[4]}"), to=[INTAKE_EN],
                          subject=rng.choice(["Transfer of care", "Patient relocating to Quebec", "Referral - transfer of care"]), text="\n".join(lines)))


def belgian_patient(ctx):
    rng = ctx.rng
    lang = "fr"
    t = Types("be_niss", "patient_name", "diagnosis")
    p = C.invent_patient(rng)
    niss = C.make_niss(rng, p.dob, p.sex)
    dx = _dx(rng, "fr")
    L = ["# Centre multidisciplinaire de la douleur – Clinique Saint-Remacle, Liège", "",
         f"Concerne : {p.title_fr()} {p.given} {p.surname}", f"Numéro de registre national (NISS) : {C.fmt_niss(niss, rng.randint(0, 3))}", "",
         "Chère Consœur, Cher Confrère,", "",
         f"{'Notre patiente' if p.sex == 'F' else 'Notre patient'} s'installe au Québec pour raisons familiales. {'Elle' if p.sex == 'F' else 'Il'} "
         f"est suivi{'e' if p.sex == 'F' else ''} chez nous depuis {rng.randint(2, 6)} ans pour {dx}.",
         f"Traitement : {_med(rng, 'fr', C.ADJ)}, " + rng.choice(["neurostimulation médullaire implantée en 2022 (paramètres joints).",
                                                                "radiofréquence pulsée du ganglion spinal L5, répétée annuellement.",
                                                                "perfusions de lidocaïne trimestrielles."]),
         "", "Nous restons à votre disposition.", "", "Dr Wouter Vandamme, algologue"]
    t.add("medication")
    pdf_mode = rng.random() < 0.5
    frm = ("Dr Wouter Vandamme", "w.vandamme@saint-remacle.example")
    if pdf_mode:
        pdf = make_pdf("Lettre de transfert", L, author="W. Vandamme")
        text = "Chère Consœur, Cher Confrère,\n\nVeuillez trouver ci-joint notre lettre de transfert.\n\nBien confraternellement,\nDr W. Vandamme\nClinique Saint-Remacle – Liège\n+32 4 555 01 23"
        return dict(cat="belgian_transfer", lang=lang, types=t, note="Belgian pain centre transfer letter (PDF) with NISS",
                    spec=dict(frm=frm, to=[INTAKE], subject="Transfert de suivi – patient(e) s'installant au Québec", text=text,
                              attachments=[Att(rng.choice(["lettre_transfert.pdf", "courrier_medical.pdf"]), "application/pdf", pdf)]))
    return dict(cat="belgian_transfer", lang=lang, types=t, note="Belgian pain centre transfer letter with NISS in body",
                spec=dict(frm=frm, to=[INTAKE], subject="Transfert de suivi", text="\n".join(x.lstrip("# ") for x in L)))


def french_patient(ctx):
    rng = ctx.rng
    lang = "fr"
    t = Types("fr_nir", "patient_name", "diagnosis")
    p = C.invent_patient(rng, 19, 31)
    nir = C.make_nir(rng, p.dob, p.sex)
    dx = C.DX[rng.choice([1, 2, 5, 9, 10, 11, 13])][0]
    med = _med(rng, "fr", C.MEDS[5:] + C.ADJ[:3])
    t.add("medication")
    L = ["Centre d'évaluation et de traitement de la douleur (CETD) – Hôpital Sainte-Blandine, Lyon", "",
         f"{p.title_fr()} {p.surname.upper()} {p.given}", f"N° de sécurité sociale : {C.fmt_nir(nir, rng.randint(0, 2))}",
         f"Né{'e' if p.sex == 'F' else ''} le {C.date_fr(p.dob, 1)}", "",
         f"Suivi{'e' if p.sex == 'F' else ''} au CETD pour {dx}.",
         f"Traitement de fond : {med} ; {_med(rng, 'fr', C.ADJ)}.",
         rng.choice(["Programme de réhabilitation en hôpital de jour réalisé en 2023.", "Séances d'hypnose et TENS, bénéfice partiel."]),
         f"{'Elle' if p.sex == 'F' else 'Il'} part s'installer à Montréal (études) et souhaite un relais de prise en charge.", "",
         "Confraternellement,", "Dr Hélène Marchetti, médecin algologue"]
    t.add("date_of_birth")
    return dict(cat="french_transfer", lang=lang, types=t, note="French CETD letter with NIR transferring care",
                spec=dict(frm=("Dr Hélène Marchetti", "h.marchetti@ste-blandine.example"), to=[INTAKE],
                          subject=rng.choice(["Relais de prise en charge", "Courrier – relais CETD Lyon"]), text="\n".join(L)))


# ---------------------------------------------------------------------------
def social_case(ctx):
    rng = ctx.rng
    kind = rng.randint(0, 4)
    sw = C.STAFF["bilodeau"]
    t = Types("patient_name", "social_information")
    if kind == 0:  # youth protection, paediatric CRPS
        lang = "fr"
        p, holder = ctx.patient(0.7, adult=False)
        age = C.age_on(p.dob, _dt.date(2024, 6, 1))
        t.add("diagnosis")
        lines = ["Bonjour Mme Tardif,", "",
                 f"Suite à notre échange téléphonique, voici les informations concernant {p.given} {p.surname} ({age} ans), suivi{'e' if p.sex == 'F' else ''} "
                 "à notre clinique pour un SDRC du pied droit.",
                 "Les rendez-vous de physiothérapie ont été manqués à 5 reprises depuis septembre et la médication n'est pas renouvelée.",
                 "L'équipe est préoccupée par une négligence possible ; nous comprenons qu'un signalement a été retenu par la DPJ.",
                 "Nous souhaitons connaître la personne à contacter pour planifier les soins (famille d'accueil ?).", ""]
        if holder and rng.random() < 0.6:
            lines.insert(3, f"NAM : {C.fmt_nam(p.nam, C.nam_style(rng))}")
            t.add("ramq_nam")
        lines += [C.closing(rng, "fr"), C.sig(rng, sw, "fr")]
        to = [("Josianne Tardif, intervenante DPJ", "j.tardif@dpj-laval.example")]
        sub = "Suivi – enfant connu de vos services"
    elif kind == 1:  # domestic violence
        lang = _lang(rng, 0.6)
        p, holder = ctx.patient(0.4)
        t.add("diagnosis")
        if lang == "fr":
            lines = [f"Bonjour {C.STAFF['lemieux'].given},", "",
                     f"Lors de sa visite d'hier, {p.name_variant(rng, 'fr')} m'a confié subir de la violence conjugale (physique et financière).",
                     f"Les ecchymoses observées ne sont pas liées à sa fibromyalgie comme on le pensait.",
                     "Je l'ai orientée vers la maison d'hébergement et lui ai parlé de l'IVAC ; elle ne veut pas que le conjoint soit appelé.",
                     "Merci de ne laisser aucun message sur la boîte vocale du domicile.", "", C.sig(rng, sw, "fr")]
            sub = "Confidentiel – situation de violence"
        else:
            lines = [f"Hi {C.STAFF['lemieux'].given},", "",
                     f"At yesterday's visit {p.name_variant(rng, 'en')} disclosed intimate partner violence (physical and financial).",
                     "The bruising is not related to fibromyalgia as we assumed.",
                     "Referred to the shelter and told about crime-victim compensation (IVAC). Please do NOT leave messages at home.", "",
                     C.sig(rng, sw, "en")]
            sub = "Confidential - safety concern"
        to = [ctx.pair(C.STAFF["lemieux"])]
    elif kind == 2:  # income support form
        lang = "fr"
        p, holder = ctx.patient(0.6)
        t.add("diagnosis", "date_of_birth")
        ident = id_line(rng, p, "fr", t, show_nam=holder and rng.random() < 0.7, show_dob=True)
        lines = [C.greet(rng, "fr"), "", "Rapport médical – demande d'allocation pour contraintes sévères à l'emploi (aide sociale).", "",
                 f"Prestataire : {ident}", f"Diagnostic : {_dx(rng, 'fr')} ; trouble anxieux généralisé.",
                 "Contraintes : incapacité de maintenir une activité plus de 2 heures ; durée prévue : plus de 12 mois.",
                 "Le prestataire vit seul, sans revenu depuis la fin des prestations d'assurance-emploi.", "",
                 C.closing(rng, "fr"), C.sig(rng, C.STAFF[rng.choice(["patel", "lavoie"])], "fr")]
        to = [("Agent – Solidarité sociale", "agent.sc@solidarite-sociale.example")]
        sub = "Rapport médical – contraintes sévères"
    elif kind == 3:  # housing
        lang = _lang(rng, 0.7)
        p, holder = ctx.patient(0.5)
        street, city = C.address(rng)
        t.add("diagnosis", "patient_contact")
        if lang == "fr":
            lines = ["À l'attention de l'Office municipal d'habitation,", "",
                     f"Je confirme que {p.title_fr()} {p.given} {p.surname}, domicilié{'e' if p.sex == 'F' else ''} au {street}, {city}, est suivi{'e' if p.sex == 'F' else ''} "
                     f"à notre clinique pour {_dx(rng, 'fr')}.",
                     "Son logement actuel (3e étage sans ascenseur) est inadapté ; nous appuyons sa demande de logement social prioritaire au rez-de-chaussée.", "",
                     C.closing(rng, "fr"), C.sig(rng, sw, "fr")]
            sub = "Lettre d'appui – demande de logement"
        else:
            lines = ["To the Municipal Housing Office,", "",
                     f"This confirms that {p.title_en()} {p.given} {p.surname}, of {street}, {city}, is followed at our clinic for {_dx(rng, 'en')}.",
                     "The current third-floor walk-up is unsuitable; we support the priority application for ground-floor social housing.", "",
                     C.closing(rng, "en"), C.sig(rng, sw, "en")]
            sub = "Support letter - housing application"
        to = [("OMH – demandes", "demandes@omh-laval.example")]
    else:  # financial hardship / medication coverage
        lang = _lang(rng, 0.6)
        p, holder = ctx.patient(0.5)
        t.add("medication")
        if lang == "fr":
            lines = [f"Bonjour {C.STAFF['vachon'].given},", "",
                     f"{p.name_variant(rng, 'fr')} n'a plus les moyens de payer sa {_med(rng, 'fr', C.ADJ[:3])} depuis la perte de son assurance collective "
                     "et dort dans sa voiture depuis deux semaines.",
                     "Peux-tu vérifier le programme d'aide du fabricant ou une alternative couverte par la RAMQ ?", "", C.sig(rng, sw, "fr")]
            sub = "Couverture médicament – situation précaire"
        else:
            lines = [f"Hi {C.STAFF['vachon'].given},", "",
                     f"{p.name_variant(rng, 'en')} can no longer afford {_med(rng, 'en', C.ADJ[:3])} after losing group insurance and has been sleeping in the car for two weeks.",
                     "Could you look into the manufacturer's assistance programme or a RAMQ-covered alternative?", "", C.sig(rng, sw, "en")]
            sub = "Drug coverage - precarious situation"
        to = [ctx.pair(C.STAFF["vachon"])]
    return dict(cat="social_situation", lang=lang, types=t, note="social worker mail revealing a patient's social situation",
                spec=dict(frm=ctx.pair(sw), to=to, subject=sub, text="\n".join(lines)))


# ---------------------------------------------------------------------------
def overdose_alert(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.5)
    t = Types("patient_name", "medication", "diagnosis", "mrn")
    p, holder = ctx.patient(0.5)
    mrn = C.make_mrn(rng, 0)
    ed = ("Dr Kevin Lachapelle, urgentologue" if lang == "fr" else "Dr. Kevin Lachapelle, Emergency", f"k.lachapelle@{C.HOSPITAL_DOMAIN}")
    md = ctx.staff("lavoie", "patel")
    ident = id_line(rng, p, lang, t, show_nam=holder and rng.random() < 0.5, show_dob=rng.random() < 0.6, mrn=mrn)
    if lang == "fr":
        text = "\n".join([f"Bonjour {md.title} {md.surname},", "",
                          f"Pour information : {ident} a été amené{'e' if p.sex == 'F' else ''} à l'urgence cette nuit pour une surdose d'opioïdes "
                          f"(Hydromorph Contin + alcool). Naloxone 0,4 mg IV x 2 avec bonne réponse.",
                          "Congé prévu ce matin avec trousse de naloxone. Votre patient(e) dit suivre une entente de diminution avec vous.",
                          "Pourriez-vous le/la revoir rapidement ?", "", ed[0], C.HOSPITAL_FR])
        sub = "Surdose – votre patient(e)"
    else:
        text = "\n".join([f"Dr. {md.surname},", "",
                          f"FYI: {ident} was brought to our ED overnight with an opioid overdose (oxycodone + benzodiazepines). "
                          "Naloxone 0.4 mg IV x2 with good response.", "Discharged this morning with a naloxone kit. Says they are on a taper agreement with you.",
                          "Could you see them soon?", "", ed[0], "Mille-Îles Regional Hospital"])
        sub = "Overdose - your patient"
    return dict(cat="overdose_alert", lang=lang, types=t, note="ED notice of an opioid overdose of a clinic patient",
                spec=dict(frm=(ed[0].split(",")[0], ed[1]), to=[ctx.pair(md)], subject=sub, text=text))


def preproc_lab(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "lab_result", "medication")
    nurse = ctx.staff("lachance", "dube")
    md = ctx.staff("haddad", "lavoie")
    p, holder = ctx.patient(0.4)
    ac = rng.choice(C.ANTICOAG)
    lab = rng.choice(C.LABS_MISC[:2] + [("INR 2,4 ce matin", "INR 2.4 this morning")])
    proc = rng.choice(C.PROCS[:4])  # spinal procedures needing anticoagulant review
    mrn = C.make_mrn(rng, 1) if rng.random() < 0.5 else None
    ident = id_line(rng, p, lang, t, show_nam=holder and rng.random() < 0.5, show_dob=False, mrn=mrn)
    if lang == "fr":
        text = "\n".join([f"{md.title} {md.surname},", "", f"Pour {ident}, prévu{'e' if p.sex == 'F' else ''} demain ({proc[0]}) :",
                          f"- {lab[0]}", f"- sous {ac[0]}, dernière dose il y a {rng.randint(1, 6)} jours selon le patient",
                          "On maintient ou on reporte ?", "", nurse.given])
        sub = rng.choice(["Bilan pré-intervention", "INR / anticoagulant – cas de demain"])
    else:
        text = "\n".join([f"Dr. {md.surname},", "", f"Re {ident}, booked tomorrow ({proc[1]}):", f"- {lab[1]}",
                          f"- on {ac[1]}, last dose {rng.randint(1, 6)} days ago per patient", "Proceed or postpone?", "", nurse.given])
        sub = rng.choice(["Pre-procedure labs", "INR / anticoagulant - tomorrow's case"])
    return dict(cat="preproc_lab", lang=lang, types=t, note="pre-procedure lab and anticoagulant question about a named patient",
                spec=dict(frm=ctx.pair(nurse), to=[ctx.pair(md)], subject=sub, text=text))


def lowercase_roster(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "diagnosis")
    a = ctx.staff("haddad", "lachance", "chen")
    b = ctx.staff("lavoie", "turcotte", "lachance")
    items = []
    for i in range(rng.randint(3, 6)):
        p, holder = ctx.patient(0.4)
        nm = rng.choice([f"{p.surname.lower()} {p.given[0].lower()}.", f"{p.given.lower()} {p.surname.lower()}", f"{p.surname.lower()}"
                         if False else f"{p.given[0].lower()}. {p.surname.lower()}"])
        proc, dxt = C.proc_dx(rng)
        what = (dxt[0] if lang == "fr" else dxt[1]).split(" (")[0].lower()
        items.append(f"{nm} - {proc[2].lower()} ({what})")
    intro = rng.choice(["liste pour jeudi:", "pour demain matin", "ajouts à la liste"]) if lang == "fr" else rng.choice(["list for thursday:", "add-ons for tmrw"])
    text = intro + "\n" + "\n".join(items) + "\n\n" + rng.choice(["merci", "thx", "-o", "envoyé de mon iPhone" if lang == "fr" else "sent from my phone"])
    return dict(cat="lowercase_list", lang=lang, types=t, note="terse lower-case list of patients with procedures and conditions",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=rng.choice(["liste", "jeudi", "ajouts", "demain"] if lang == "fr" else ["list", "tmrw", "add-ons"]), text=text, mode="plain"))


BUILDERS_B = {
    "cnesst_report": (cnesst_report, 5),
    "insurer_disability": (insurer_disability, 5),
    "psych_note": (psych_note, 3),
    "physio_report_docx": (physio_report_docx, 3),
    "roster_xlsx": (roster_xlsx, 4),
    "waitlist_csv": (waitlist_csv, 4),
    "vcard_patient": (vcard_patient, 3),
    "zip_bundle": (zip_bundle, 3),
    "eml_forward": (eml_forward, 4),
    "procedure_note": (procedure_note, 4),
    "ontario_patient": (ontario_patient, 3),
    "belgian_patient": (belgian_patient, 3),
    "french_patient": (french_patient, 3),
    "social_case": (social_case, 5),
    "overdose_alert": (overdose_alert, 2),
    "preproc_lab": (preproc_lab, 3),
    "lowercase_roster": (lowercase_roster, 2),
}
