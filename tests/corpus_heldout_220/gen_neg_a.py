"""Negative templates, part A: HR, schedules, payroll, occupational health, newsletters,
committees, conferences, job postings, invoices, purchase orders."""
import datetime
import html as H

import gen_data as D
import gen_docs as X
import gen_ids as I


def staff_person(g, lang, sex="F"):
    given, sur = g.person_name(lang, sex)
    return given, sur


def emp_no(g):
    return f"{g.rng.randint(100000, 999999)}"


# ------------------------------------------------------------------ N1 maternity leave (HR)
def n_leave(g, lang):
    m = g.new(lang, "hr_leave")
    hr = g.st("HR advisor")
    mgr = g.st("program manager")
    m.sender = (hr.display(), hr.email)
    m.to = [(mgr.display(), mgr.email)]
    gv, sv = staff_person(g, lang)
    start = (m.date + datetime.timedelta(days=g.rng.randint(10, 40))).date()
    end = start + datetime.timedelta(weeks=g.c([50, 52, 55]))
    role = g.c([("infirmière clinicienne", "clinical nurse"), ("travailleuse sociale", "social worker"), ("psychologue", "psychologist")])
    if lang == "fr":
        m.subject = g.c([f"Congé de maternité – {gv} {sv}", "Remplacement – congé parental", "Avis d'absence prolongée"])
        lines = [f"Bonjour {mgr.given},", "",
                 f"{gv} {sv} ({role[0]}, matricule {emp_no(g)}) débutera son congé de maternité le {I.fmt_date(start, 'fr', 'long')}; "
                 f"retour prévu le {I.fmt_date(end, 'fr', 'long')} (RQAP, régime de base).",
                 f"Le poste sera affiché en remplacement temporaire (titre d'emploi 2489, échelon selon expérience).",
                 "Merci de me confirmer si tu souhaites une période de chevauchement d'une semaine.", "", g.sig(hr, lang)]
    else:
        m.subject = g.c([f"Maternity leave - {gv} {sv}", "Replacement - parental leave", "Extended absence notice"])
        lines = [f"Hi {mgr.given},", "",
                 f"{gv} {sv} ({role[1]}, employee no. {emp_no(g)}) starts her maternity leave on {I.fmt_date(start, 'en', 'long')}; "
                 f"expected return {I.fmt_date(end, 'en', 'long')} (QPIP basic plan).",
                 "The position will be posted as a temporary replacement (job title 2489, step based on experience).",
                 "Let me know if you want a one-week overlap.", "", g.sig(hr, lang)]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "congé de maternité d'une employée", "staff maternity leave")
    return m


# ------------------------------------------------------------------ N2 on-call schedule
def n_schedule(g, lang):
    m = g.new(lang, "schedule")
    coord = g.st("unit coordinator", "program manager")
    m.sender = (coord.display(), coord.email)
    m.to = [(g.L(lang, "Psychiatres – CSMP/UME", "Psychiatrists - PMHC/MBU"), f"psychiatres.perinat@{D.DOM}")]
    docs = [s for s in g.staff if s.role_en in ("psychiatrist",)]
    start = (m.date + datetime.timedelta(days=(7 - m.date.weekday()) % 7 + 7)).date()
    rows = [g.L(lang, ["Semaine du", "Garde UME", "Garde urgence", "Clinique externe", "Remarques"],
                ["Week of", "MBU on call", "ER on call", "Outpatient clinic", "Notes"])]
    for k in range(4):
        d = start + datetime.timedelta(weeks=k)
        a, b, c = g.sample(docs, 3)
        rows.append([d.isoformat(), a.name(lang), b.name(lang), c.name(lang),
                     g.c(["", "", g.L(lang, "congrès AMPQ (Dre Haddad absente)", "conference (Dr. Haddad away)"),
                          g.L(lang, "férié lundi", "Monday holiday")])])
    kind = g.c(["html", "xlsx", "text"])
    intro = g.L(lang, "Bonjour, voici l'horaire de garde du prochain mois. Les échanges doivent m'être signalés 48 h à l'avance.",
                "Hello, here is next month's on-call schedule. Please tell me about any swaps 48 hours ahead.")
    if kind == "xlsx":
        m.attachments.append({"kind": "xlsx", "filename": g.L(lang, f"Horaire_garde_{start.strftime('%Y-%m')}.xlsx", f"On-call_{start.strftime('%Y-%m')}.xlsx"),
                              "data": X.make_xlsx([(g.L(lang, "Garde", "On call"), rows)])})
        m.text = intro + "\n\n" + g.sig(coord, lang)
    else:
        m.text = intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + g.sig(coord, lang)
        if kind == "html":
            m.html = ("<html><body><p>" + H.escape(intro) + "</p><table border='1'>\n" +
                      "".join("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows) +
                      "</table><p>" + H.escape(coord.display()) + "</p></body></html>\n")
            m.mode = g.c(["html", "alt"])
    m.subject = g.L(lang, g.c(["Horaire de garde", "Horaire des psychiatres – mois prochain"]), g.c(["On-call schedule", "Psychiatrist schedule - next month"]))
    m.note = g.L(lang, "horaire de garde des psychiatres", "psychiatrist on-call schedule")
    return m


# ------------------------------------------------------------------ N3 payroll
def n_payroll(g, lang):
    m = g.new(lang, "payroll")
    m.sender = (g.L(lang, "Service de la paie", "Payroll"), f"paie@{D.DOM}")
    gv, sv = staff_person(g, lang, g.c("FM"))
    m.to = [(f"{gv} {sv}", f"{I.strip_accents(gv).lower().replace(' ', '')}.{I.strip_accents(sv).lower().replace(chr(39), '')}@{D.DOM}")]
    per = g.rng.randint(1, 26)
    amt = f"{g.rng.randint(120, 980)},{g.rng.randint(10, 99)}"
    if lang == "fr":
        m.subject = g.c([f"Paie – période {per}", "Correction de votre relevé de paie", "Rétroactivité – nouvelle échelle"])
        m.text = (f"Bonjour {gv},\n\nUn ajustement de {amt} $ (prime de soir, période {per}) sera versé au prochain dépôt. "
                  f"Matricule : {emp_no(g)}. Centre d'activité : 5930 – Santé mentale périnatale.\n"
                  "Pour toute question, écrivez-nous en indiquant votre matricule (jamais votre NAS).\n\nService de la paie\n"
                  f"{D.ORG_FR}\nTél. : 450 555-0177")
    else:
        m.subject = g.c([f"Pay - period {per}", "Correction to your pay statement", "Retroactive pay - new scale"])
        amt = amt.replace(",", ".")
        m.text = (f"Hello {gv},\n\nAn adjustment of ${amt} (evening premium, period {per}) will be paid on the next deposit. "
                  f"Employee no.: {emp_no(g)}. Cost centre: 5930 - Perinatal mental health.\n"
                  "For questions, write to us with your employee number (never your SIN).\n\nPayroll\n"
                  f"{D.ORG_EN}\nTel: 450 555-0177")
    m.note = g.L(lang, "avis de paie à une employée", "payroll notice to an employee")
    return m


# ------------------------------------------------------------------ N4 occupational health (staff)
def n_occ_health(g, lang):
    m = g.new(lang, "occupational_health")
    sst = (g.L(lang, "Santé et sécurité au travail", "Occupational Health and Safety"), f"sst@{D.DOM}")
    mgr = g.st("program manager", "unit coordinator")
    m.sender = sst
    m.to = [(mgr.display(), mgr.email)]
    gv, sv = staff_person(g, lang)
    kind = g.c(["rtw", "flu", "exposure"])
    if kind == "rtw":
        m.subject = g.L(lang, f"Retour progressif – {gv} {sv}", f"Graduated return - {gv} {sv}")
        m.text = g.L(lang, f"Bonjour,\n\n{gv} {sv} (matricule {emp_no(g)}) reprendra le travail le lundi {g.rng.randint(2, 28)} en retour progressif "
                     "(3 jours/semaine, pas de garde de nuit) à la suite de son arrêt pour une entorse lombaire. Limitations : pas de soulèvement de plus de 10 kg.\n\n"
                     "Merci d'adapter l'horaire.\n\nSST",
                     f"Hello,\n\n{gv} {sv} (employee no. {emp_no(g)}) will return on a graduated schedule on Monday the {g.rng.randint(2, 28)}th "
                     "(3 days/week, no night shifts) after her leave for a low-back sprain. Restriction: no lifting over 10 kg.\n\nPlease adjust the schedule.\n\nOHS")
    elif kind == "flu":
        m.subject = g.L(lang, "Campagne de vaccination du personnel", "Staff vaccination campaign")
        m.text = g.L(lang, "Bonjour,\n\nLa vaccination antigrippale et COVID-19 du personnel aura lieu au local C-120 les mardis et jeudis de 8 h à 15 h. "
                     f"Taux de vaccination de votre équipe l'an dernier : {g.rng.randint(41, 78)} %.\nApportez votre carte d'employé.\n\nSST",
                     "Hello,\n\nStaff flu and COVID-19 vaccination will be held in room C-120 on Tuesdays and Thursdays, 8 a.m. to 3 p.m. "
                     f"Your team's uptake last year: {g.rng.randint(41, 78)}%.\nBring your employee card.\n\nOHS")
    else:
        m.subject = g.L(lang, "Déclaration d'incident – exposition", "Incident report - exposure")
        m.text = g.L(lang, f"Bonjour,\n\nNous avons reçu la déclaration d'exposition de {gv} {sv} (piqûre d'aiguille, unité 4C). "
                     "Le suivi sérologique de l'employée est fait par notre équipe; aucune information n'est requise de votre part sauf l'horaire.\n\nSST",
                     f"Hello,\n\nWe received the exposure report from {gv} {sv} (needlestick, unit 4C). The employee's serology follow-up is handled by our team; "
                     "nothing is needed from you except the schedule.\n\nOHS")
    m.note = g.L(lang, "santé au travail d'une employée", "staff occupational health")
    return m


# ------------------------------------------------------------------ N5 newsletter
def n_newsletter(g, lang):
    m = g.new(lang, "newsletter")
    m.sender = (g.L(lang, "Communications – CISSS VDB", "Communications - CISSS VDB"), f"communications@{D.DOM}")
    m.to = [(g.L(lang, "Tout le personnel", "All staff"), f"tous@{D.DOM}")]
    gv, sv = staff_person(g, lang, "F")
    ev = g.c(["Eleanor Whitfield", "Nadia Haddad", "Olivier Lacroix"])
    num = g.rng.randint(12, 60)
    if lang == "fr":
        m.subject = g.c([f"Infolettre Périnatalité – no {num}", "L'Écho périnatal – édition du mois", "Infolettre : santé mentale périnatale"])
        paras = [f"<h2>L'Écho périnatal – no {num}</h2>",
                 f"<p><b>Bienvenue à Dre {gv} {sv}</b>, psychiatre, qui se joint à l'équipe de l'UME. Ses intérêts : la psychose post-partum, "
                 "le trouble bipolaire en grossesse et l'allaitement sous lithium.</p>",
                 f"<p>Semaine de sensibilisation à la dépression post-partum : kiosque au hall du {D.HOSP2} le {g.rng.randint(2, 28)}, "
                 f"animé par M. Félix Grenier, pair aidant, et Mme Julie Rochon, infirmière.</p>",
                 f"<p>Statistiques : {g.rng.randint(300, 520)} références reçues l'an dernier; délai moyen {g.rng.randint(9, 30)} jours.</p>",
                 f"<p>Félicitations à Dr{'e' if ev.startswith(('Eleanor', 'Nadia')) else ''} {ev}, lauréat(e) du prix Reconnaissance.</p>",
                 f"<p style='font-size:9pt'>Communications — {D.ORG_FR}, {D.CLINIC_ADDR}. Pour vous désabonner, répondez « désabonner ».</p>"]
    else:
        m.subject = g.c([f"Perinatal Newsletter - issue {num}", "The Perinatal Echo - monthly edition"])
        paras = [f"<h2>The Perinatal Echo - issue {num}</h2>",
                 f"<p><b>Welcome Dr. {gv} {sv}</b>, psychiatrist, joining the MBU team. Her interests: postpartum psychosis, "
                 "bipolar disorder in pregnancy and lithium during breastfeeding.</p>",
                 f"<p>Postpartum depression awareness week: booth in the {D.HOSP2} lobby on the {g.rng.randint(2, 28)}th, "
                 "hosted by Mr. Felix Grenier, peer supporter, and Ms. Julie Rochon, RN.</p>",
                 f"<p>By the numbers: {g.rng.randint(300, 520)} referrals last year; mean wait {g.rng.randint(9, 30)} days.</p>",
                 f"<p>Congratulations to Dr. {ev}, winner of the Recognition Award.</p>",
                 f"<p style='font-size:9pt'>Communications - {D.ORG_EN}, {D.CLINIC_ADDR}. Reply 'unsubscribe' to stop receiving this.</p>"]
    m.html = "<html><body>\n" + "\n".join(paras) + "\n</body></html>\n"
    import re
    m.text = re.sub(r"<[^>]+>", "", "\n\n".join(paras))
    m.mode = g.c(["html", "alt", "alt"])
    m.note = g.L(lang, "infolettre interne", "internal newsletter")
    return m


# ------------------------------------------------------------------ N6 committee notice
def n_committee(g, lang):
    m = g.new(lang, "committee")
    sec = g.st("administrative officer")
    m.sender = (sec.display(), sec.email)
    m.to = [(g.L(lang, "Membres du comité", "Committee members"), f"comite.pharmaco@{D.DOM}")]
    d = (m.date + datetime.timedelta(days=g.rng.randint(5, 20))).date()
    if lang == "fr":
        m.subject = g.c(["Convocation – comité de pharmacologie", "Ordre du jour – comité qualité périnatalité"])
        lines = [f"Bonjour,", "", f"Vous êtes convoqués à la réunion du {I.fmt_date(d, 'fr', 'long')}, 12 h, salle B-204 et Teams.", "",
                 "Ordre du jour :", "1. Adoption du procès-verbal",
                 "2. Protocole : lithium pendant la grossesse et l'allaitement (Dre Nadia Haddad)",
                 "3. Ordonnance collective – sertraline en post-partum (Priya Venkataraman, pharm.)",
                 "4. Rupture de quétiapine 25 mg : état de situation",
                 "5. Indicateurs : délai d'accès, taux de réadmission à 30 jours (données agrégées)", "6. Varia", "", sec.display()]
    else:
        m.subject = g.c(["Notice - Pharmacy and Therapeutics Committee", "Agenda - perinatal quality committee"])
        lines = ["Hello,", "", f"The next meeting is on {I.fmt_date(d, 'en', 'long')} at noon, room B-204 and Teams.", "", "Agenda:",
                 "1. Approval of minutes", "2. Protocol: lithium in pregnancy and breastfeeding (Dr. Nadia Haddad)",
                 "3. Medical directive - postpartum sertraline (Priya Venkataraman, pharmacist)",
                 "4. Quetiapine 25 mg shortage: update", "5. Indicators: wait times, 30-day readmission rate (aggregate)", "6. Other business", "",
                 sec.display()]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "convocation de comité", "committee notice")
    return m


# ------------------------------------------------------------------ N7 conference programme (PDF/ZIP)
def n_conference(g, lang):
    m = g.new(lang, "conference")
    m.sender = (g.L(lang, "Colloque de psychiatrie périnatale", "Perinatal Psychiatry Symposium"), "inscription@colloque-perinat.example")
    m.to = [(None, f"csmp.equipe@{D.DOM}")]
    speakers = []
    for topic in g.sample(g.L(lang, ["Psychose post-partum : reconnaître les premiers signes", "ISRS et allaitement : données 2025",
                                     "Dépression paternelle", "TSPT lié à l'accouchement", "Trouble bipolaire et grossesse",
                                     "TOC périnatal et pensées intrusives"],
                              ["Postpartum psychosis: early signs", "SSRIs and breastfeeding: 2025 data", "Paternal depression",
                               "Birth-related PTSD", "Bipolar disorder and pregnancy", "Perinatal OCD and intrusive thoughts"]), 4):
        gv, sv = staff_person(g, lang, g.c("FM"))
        speakers.append((f"{g.c(['Dre', 'Dr', 'Mme', 'M.']) if lang == 'fr' else g.c(['Dr.', 'Ms.', 'Mr.'])} {gv} {sv}", topic))
    d = (m.date + datetime.timedelta(days=g.rng.randint(20, 60))).date()
    prog = [f"{8 + i}:{g.c(['00', '30'])} – {s} : {t}" for i, (s, t) in enumerate(speakers)]
    title = g.L(lang, f"Programme – Colloque de psychiatrie périnatale, {I.fmt_date(d, 'fr', 'long')}",
                f"Programme - Perinatal Psychiatry Symposium, {I.fmt_date(d, 'en', 'long')}")
    pdf = X.make_pdf(title, prog + [g.L(lang, "Lieu : Centre des congrès de Port-Clément. Accréditation : 6 h de formation.",
                                             "Venue: Port-Clément Convention Centre. Accreditation: 6 hours.")])
    if g.chance(0.4):
        poster = X.make_pdf(g.L(lang, "Affiche", "Poster"), [title, g.L(lang, "Inscription : 250 $; résidents : 75 $", "Registration: $250; residents: $75")])
        m.attachments.append({"kind": "zip", "filename": g.L(lang, "Colloque_documents.zip", "Symposium_files.zip"),
                              "data": X.make_zip([("programme.pdf", pdf), ("affiche.pdf" if lang == "fr" else "poster.pdf", poster)])})
    else:
        m.attachments.append({"kind": "pdf", "filename": g.L(lang, "Programme_colloque_périnatal.pdf", "Symposium_programme.pdf"), "data": pdf})
    m.subject = g.L(lang, g.c(["Programme du colloque", "Inscriptions ouvertes – colloque périnatal"]), g.c(["Symposium programme", "Registration open - perinatal symposium"]))
    m.text = g.L(lang, "Bonjour,\n\nLe programme est joint. Conférenciers :\n" + "\n".join(prog) + "\n\nAu plaisir de vous y voir!",
                 "Hello,\n\nThe programme is attached. Speakers:\n" + "\n".join(prog) + "\n\nHope to see you there!")
    m.note = g.L(lang, "programme de colloque", "conference programme")
    return m


# ------------------------------------------------------------------ N8 job posting
def n_job(g, lang):
    m = g.new(lang, "job_posting")
    hr = g.st("HR advisor")
    m.sender = (g.L(lang, "Dotation – RH", "Staffing - HR"), f"dotation@{D.DOM}")
    m.to = [(g.L(lang, "Tout le personnel", "All staff"), f"tous@{D.DOM}")]
    job = g.c([("Travailleuse sociale ou travailleur social", "Social worker", "2551"), ("Psychologue", "Psychologist", "1546"),
               ("Infirmière clinicienne – santé mentale périnatale", "Clinical nurse - perinatal mental health", "1911"),
               ("Agente administrative classe 2", "Administrative officer class 2", "5315")])
    no = f"VDB-{m.date.year}-{g.rng.randint(1000, 9999)}"
    if lang == "fr":
        m.subject = f"Affichage {no} – {job[0]}"
        m.text = (f"Affichage interne et externe {no}\n\nTitre d'emploi : {job[0]} ({job[2]})\nPort d'attache : {D.HOSP2}, {D.CLINIC_FR}\n"
                  "Statut : temps complet permanent, jour\nExigences : membre de l'ordre professionnel, expérience en santé mentale un atout\n"
                  f"Salaire : selon l'échelle du réseau ({g.rng.randint(28, 36)},{g.rng.randint(10, 99)} $ à {g.rng.randint(45, 56)},{g.rng.randint(10, 99)} $/h)\n"
                  f"Date limite : 15 jours après publication\n\nInformation : {hr.display()}, {hr.email}, 450 555-0188")
    else:
        m.subject = f"Posting {no} - {job[1]}"
        m.text = (f"Internal and external posting {no}\n\nJob title: {job[1]} ({job[2]})\nBase: {D.HOSP2}, {D.CLINIC_EN}\n"
                  "Status: full-time permanent, days\nRequirements: member of the professional order; mental health experience an asset\n"
                  f"Salary: network scale (${g.rng.randint(28, 36)}.{g.rng.randint(10, 99)} to ${g.rng.randint(45, 56)}.{g.rng.randint(10, 99)}/h)\n"
                  f"Deadline: 15 days after publication\n\nInformation: {hr.display()}, {hr.email}, 450 555-0188")
    m.note = g.L(lang, "affichage de poste", "job posting")
    return m


# ------------------------------------------------------------------ N9 invoice
def n_invoice(g, lang):
    m = g.new(lang, "invoice")
    sup = g.c([("Imprimerie Lac-Vert inc.", "imprimerielacvert.example"), ("MédiLoc Équipements", "mediloc.example"),
               ("Nordic Medical Supply", "nordicmedsupply.example")])
    m.sender = (sup[0], f"facturation@{sup[1]}")
    m.to = [(g.L(lang, "Comptes fournisseurs", "Accounts payable"), f"comptes.fournisseurs@{D.DOM}")]
    inv = f"F{g.rng.randint(100000, 999999)}"
    gst = I.make_luhn_serial(g.rng, 9)
    items = g.c([[("Questionnaires EPDS imprimés (paquets de 100)", "Printed EPDS questionnaires (packs of 100)", 12, 18.5),
                  ("Dépliants « Dépression post-partum »", "Postpartum depression leaflets", 2000, 0.21)],
                 [("Location tire-lait Symphony – mensuel", "Breast pump rental - monthly", 6, 65.0),
                  ("Trousse d'accessoires", "Accessory kit", 6, 22.0)],
                 [("Pèse-bébé numérique", "Digital baby scale", 2, 389.0), ("Contrat d'entretien annuel", "Annual service contract", 1, 240.0)]])
    rows = [g.L(lang, ["Description", "Qté", "Prix unitaire", "Total"], ["Description", "Qty", "Unit price", "Total"])]
    sub = 0
    for fr, en, q, pu in items:
        rows.append([g.L(lang, fr, en), str(q), f"{pu:.2f}", f"{q * pu:.2f}"])
        sub += q * pu
    tps, tvq = sub * 0.05, sub * 0.09975
    paras = [g.L(lang, f"Facture no {inv}   Date : {m.date.date().isoformat()}   Client no : {g.rng.randint(10000, 99999)}",
                 f"Invoice #{inv}   Date: {m.date.date().isoformat()}   Customer #: {g.rng.randint(10000, 99999)}"),
             g.L(lang, f"Facturer à : {D.ORG_FR}, comptes fournisseurs, {D.CLINIC_ADDR}", f"Bill to: {D.ORG_EN}, accounts payable, {D.CLINIC_ADDR}"),
             g.L(lang, f"Bon de commande : BC-{g.rng.randint(400000, 499999)}", f"PO: BC-{g.rng.randint(400000, 499999)}"),
             g.L(lang, f"Sous-total {sub:.2f} $  TPS ({gst} RT0001) {tps:.2f} $  TVQ ({g.rng.randint(1000000000, 1999999999)} TQ0001) {tvq:.2f} $  Total {sub + tps + tvq:.2f} $",
                 f"Subtotal ${sub:.2f}  GST ({gst} RT0001) ${tps:.2f}  QST ({g.rng.randint(1000000000, 1999999999)} TQ0001) ${tvq:.2f}  Total ${sub + tps + tvq:.2f}")]
    m.attachments.append({"kind": "pdf", "filename": f"{g.L(lang, 'Facture', 'Invoice')}_{inv}.pdf", "data": X.make_pdf(g.L(lang, "Facture", "Invoice"), paras, rows)})
    m.subject = g.L(lang, f"Facture {inv}", f"Invoice {inv}")
    m.text = g.L(lang, f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv}, payable à 30 jours.\n\n{sup[0]}\nTél. 819 555-01{g.rng.randint(10, 99)}",
                 f"Hello,\n\nPlease find invoice {inv} attached, net 30.\n\n{sup[0]}\nTel. 819 555-01{g.rng.randint(10, 99)}")
    m.note = g.L(lang, "facture de fournisseur", "supplier invoice")
    return m


# ------------------------------------------------------------------ N10 purchase order
def n_po(g, lang):
    m = g.new(lang, "purchase_order")
    mgr = g.st("program manager", "unit coordinator")
    m.sender = (mgr.display(), mgr.email)
    m.to = [(g.L(lang, "Approvisionnement", "Procurement"), f"approvisionnement@{D.DOM}")]
    po = f"BC-{g.rng.randint(400000, 499999)}"
    lines = [g.L(lang, f"Demande d'achat {po} – centre d'activité 5930", f"Purchase request {po} - cost centre 5930"), ""]
    for fr, en, q in g.sample([("Fauteuils d'allaitement", "Nursing chairs", 2), ("Berceaux pour l'UME", "MBU bassinets", 4),
                               ("Tablettes pour questionnaires EPDS", "Tablets for EPDS screening", 3), ("Lampes de luminothérapie", "Light therapy lamps", 5),
                               ("Jouets lavables – salle d'attente", "Washable toys - waiting room", 20)], 3):
        lines.append(f"  - {g.L(lang, fr, en)} x{q}  ({g.L(lang, 'code produit', 'item code')} {g.rng.randint(100000, 999999)}-{g.c('ABCD')})")
    lines += ["", g.L(lang, f"Livraison : pavillon C, quai 2, attention {mgr.display()}. Budget approuvé par la direction SMD.",
                      f"Deliver to: Pavilion C, dock 2, attn {mgr.display()}. Budget approved by MHA directorate."), "", g.sig(mgr, lang)]
    m.subject = g.L(lang, f"Demande d'achat {po}", f"Purchase request {po}")
    m.text = "\n".join(lines)
    m.note = g.L(lang, "demande d'achat", "purchase request")
    return m


TEMPLATES = [n_leave, n_schedule, n_payroll, n_occ_health, n_newsletter, n_committee, n_conference, n_job, n_invoice, n_po]
