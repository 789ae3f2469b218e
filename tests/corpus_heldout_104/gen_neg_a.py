"""Negative (non-confidential) messages, part A: staff, HR, newsletters,
invoices, conferences, committees, jobs, IT, facilities, statistics, forms."""
import datetime

import gen_attach as A
import gen_ids as I
import gen_text as T
from gen_ctx import Mail


def neg(lang, cat, note):
    return Mail(lang, cat, note)


def staff_name(s):
    return f"{s[0]} {s[1]}"


# ---------------------------------------------------------------------------
def nurse_schedule(c):
    lang = c.lang()
    mgr = c.staff("nurse manager", "clinical coordinator", "manager")
    inst = c.inst()
    m = neg(lang, "staff_schedule", "nursing schedule for the allergy / infusion clinics (staff only)")
    m.frm = c.addr(mgr, inst)
    m.to = [("Équipe infirmière allergie" if lang == "fr" else "Allergy nursing team", f"inf.allergie@{inst[2]}")]
    week = c.workday(7, 30)
    week -= datetime.timedelta(days=week.weekday())
    nurses = c.rng.sample([s for s in I.STAFF if ("nurse" in s[3] or "LPN" in s[3]) and s[3] != "school nurse"], 4)
    clinics_fr = ["TPO (salle 2)", "Perfusion IgIV", "ITO – augmentations", "Tests cutanés", "Clinique AOH", "Délabellisation"]
    clinics_en = ["OFC (room 2)", "IVIG infusions", "OIT up-dosing", "Skin testing", "HAE clinic", "Delabelling"]
    days = ["Lun", "Mar", "Mer", "Jeu", "Ven"] if lang == "fr" else ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows = [["Infirmière" if lang == "fr" else "Nurse"] + days]
    for n in nurses:
        rows.append([staff_name(n)] + [c.pick(clinics_fr if lang == "fr" else clinics_en + ["Off"]) for _ in days])
    if c.chance(0.5):
        x = A.make_xlsx([("Horaire" if lang == "fr" else "Schedule", rows)], author=staff_name(mgr))
        m.attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 f"horaire_{week.isoformat()}.xlsx" if lang == "fr" else f"schedule_{week.isoformat()}.xlsx")
        table = ""
    else:
        table = "\n\n" + T.text_table(rows)
    if lang == "fr":
        m.subject = c.pick([f"Horaire semaine du {T.fdate(week, 'fr', style='long')}", "Horaire clinique allergie", "Modif. horaire – TPO"])
        m.text = (f"Bonjour l'équipe,\n\nVoici l'horaire de la semaine du {T.fdate(week, 'fr', style='long')}." + table +
                  f"\n\n{c.pick(['Karine remplace Julie mardi (formation).', 'Rappel : la salle 2 est fermée vendredi PM.', 'Merci de me signaler les échanges.'])}"
                  f"\n\n{c.sig(mgr, inst, 'fr')}")
    else:
        m.subject = c.pick([f"Schedule week of {T.fdate(week, 'en', style='long')}", "Allergy clinic schedule", "Schedule change - OFC"])
        m.text = (f"Hi team,\n\nHere's the schedule for the week of {T.fdate(week, 'en', style='long')}." + table +
                  f"\n\n{c.pick(['Olivia covers Julie on Tuesday (training).', 'Reminder: room 2 closed Friday PM.', 'Let me know about swaps.'])}"
                  f"\n\n{c.sig(mgr, inst, 'en')}")
    return m


# ---------------------------------------------------------------------------
def leave_hr(c):
    lang = c.lang()
    emp = c.staff()
    hr = ("Sophie", "Tremblay", "conseillère en ressources humaines", "HR advisor", "F")
    mgr = c.staff("manager", "department head", "nurse manager")
    inst = c.inst()
    v = c.rng.randrange(4)
    m = neg(lang, "hr_leave", "staff leave / payroll / HR message")
    d1 = c.workday(10, 60)
    d2 = d1 + datetime.timedelta(days=c.rng.randint(3, 14))
    if v == 0:
        m.frm = c.addr(emp, inst); m.to = [c.addr(mgr, inst)]
        if lang == "fr":
            m.subject = "Demande de vacances"
            m.text = f"Bonjour {mgr[0]},\n\nJe souhaiterais prendre mes vacances du {T.fdate(d1, 'fr', style='long')} au {T.fdate(d2, 'fr', style='long')}. " \
                     f"{c.pick(['Marie-Ève a accepté de couvrir mes cliniques de TPO.', 'Je me suis entendue avec Olivia pour les perfusions.', ''])}\n\nMerci!\n{emp[0]}"
        else:
            m.subject = "Vacation request"
            m.text = f"Hi {mgr[0]},\n\nI'd like to take vacation from {T.fdate(d1, 'en', style='long')} to {T.fdate(d2, 'en', style='long')}. " \
                     f"{c.pick(['Marie-Ève agreed to cover my OFC clinics.', 'Olivia will cover the infusions.', ''])}\n\nThanks!\n{emp[0]}"
    elif v == 1:
        m.frm = c.addr(hr, inst); m.to = [("Tout le personnel" if lang == "fr" else "All staff", f"personnel@{inst[2]}")]
        if lang == "fr":
            m.subject = "Paie – changement de date de dépôt"
            m.text = ("Bonjour,\n\nEn raison du congé férié, le dépôt de la paie du " + T.fdate(d1, "fr", style="long") +
                      " sera effectué la veille. Les relevés seront disponibles sur le portail employé (matricule requis).\n\n"
                      "Service de la paie\nDirection des ressources humaines")
        else:
            m.subject = "Payroll - deposit date change"
            m.text = ("Hello,\n\nBecause of the statutory holiday, pay for " + T.fdate(d1, "en", style="long") +
                      " will be deposited one day early. Pay stubs are on the employee portal (employee number required).\n\n"
                      "Payroll Services\nHuman Resources")
    elif v == 2:
        m.frm = c.addr(mgr, inst); m.to = [c.addr(emp, inst)]; m.cc = [c.addr(hr, inst)]
        emp_no = c.rng.randint(100000, 999999)
        if lang == "fr":
            m.subject = "Heures supplémentaires – approbation"
            m.text = f"Bonjour {emp[0]},\n\nJ'approuve les 6,5 h supplémentaires du {T.fdate(d1, 'fr', style='long')} (clinique de perfusion prolongée). " \
                     f"Matricule {emp_no}, code 410.\n\n{mgr[0]}"
        else:
            m.subject = "Overtime approval"
            m.text = f"Hi {emp[0]},\n\nApproved: 6.5 h overtime on {T.fdate(d1, 'en', style='long')} (extended infusion clinic). " \
                     f"Employee #{emp_no}, code 410.\n\n{mgr[0]}"
    else:
        m.frm = c.addr(hr, inst); m.to = [c.addr(emp, inst)]
        if lang == "fr":
            m.subject = "Évaluation annuelle – rendez-vous"
            m.text = f"Bonjour {emp[0]},\n\nVotre rencontre d'appréciation de la contribution est prévue le {T.fdate(d1, 'fr', style='long')} à 10 h avec {staff_name(mgr)}. " \
                     "Merci de remplir l'auto-évaluation d'ici là.\n\nSophie Tremblay\nConseillère RH"
        else:
            m.subject = "Annual performance review"
            m.text = f"Hi {emp[0]},\n\nYour performance review is set for {T.fdate(d1, 'en', style='long')} at 10 a.m. with {staff_name(mgr)}. " \
                     "Please complete the self-assessment beforehand.\n\nSophie Tremblay\nHR Advisor"
    return m


# ---------------------------------------------------------------------------
def occ_health(c):
    lang = c.lang()
    inst = c.inst()
    emp = c.staff("nurse", "LPN", "clerk", "dietitian", "technologist")
    sst = ("Santé et sécurité au travail" if lang == "fr" else "Occupational Health", f"sst@{inst[2]}")
    mgr = c.staff("nurse manager", "manager")
    v = c.rng.randrange(4)
    m = neg(lang, "occupational_health", "employee occupational-health message (staff, not patient)")
    if v == 0:
        m.frm = c.addr(mgr, inst); m.to = [("Approvisionnement" if lang == "fr" else "Supplies", f"appro@{inst[2]}")]
        m.cc = [sst]
        if lang == "fr":
            m.subject = "Gants sans latex – poste infirmier 4e"
            m.text = f"Bonjour,\n\nSuite à l'évaluation de la SST, {staff_name(emp)} (employée) doit travailler dans un environnement sans latex. " \
                     "Pouvez-vous remplacer tous les gants du poste 4e par des gants nitrile et retirer les garrots en latex?\n\nMerci\n" + mgr[0]
        else:
            m.subject = "Latex-free gloves - 4th floor station"
            m.text = f"Hello,\n\nFollowing the occupational health assessment, our employee {staff_name(emp)} needs a latex-free work area. " \
                     "Could you swap all gloves at the 4th floor station for nitrile and remove latex tourniquets?\n\nThanks\n" + mgr[0]
    elif v == 1:
        m.frm = sst; m.to = [("Tout le personnel" if lang == "fr" else "All staff", f"personnel@{inst[2]}")]
        if lang == "fr":
            m.subject = "Campagne de vaccination antigrippale du personnel"
            m.text = ("Bonjour,\n\nLa clinique de vaccination pour les employés aura lieu du 14 au 25 octobre, salle B-210, de 7 h 30 à 16 h. "
                      "Les personnes ayant une allergie grave aux œufs peuvent être vaccinées sans précaution particulière selon le PIQ. "
                      "Apportez votre carte d'employé.\n\nSanté et sécurité au travail")
        else:
            m.subject = "Staff flu vaccination campaign"
            m.text = ("Hello,\n\nThe staff flu clinic runs October 14-25 in room B-210, 7:30 to 4:00. Egg allergy is not a "
                      "contraindication per NACI. Bring your staff ID.\n\nOccupational Health")
    elif v == 2:
        m.frm = sst; m.to = [c.addr(emp, inst)]
        if lang == "fr":
            m.subject = "Rappel – test d'ajustement N95"
            m.text = f"Bonjour {emp[0]},\n\nVotre test d'ajustement N95 est échu. Présentez-vous au local SST mardi ou jeudi entre 8 h et 11 h.\n\nSST"
        else:
            m.subject = "Reminder - N95 fit test"
            m.text = f"Hi {emp[0]},\n\nYour N95 fit test has expired. Please drop by Occupational Health Tue or Thu 8-11.\n\nOH"
    else:
        m.frm = c.addr(emp, inst); m.to = [c.addr(mgr, inst)]
        if lang == "fr":
            m.subject = "Absence demain"
            m.text = f"Bonjour {mgr[0]},\n\nJe serai absente demain (rendez-vous médical personnel). Karine peut prendre mes appels.\n\n{emp[0]}"
        else:
            m.subject = "Off tomorrow"
            m.text = f"Hi {mgr[0]},\n\nI'll be off tomorrow for a personal medical appointment. Karine can take my calls.\n\n{emp[0]}"
    return m


# ---------------------------------------------------------------------------
def newsletter(c):
    lang = c.lang()
    inst = c.inst()
    m = neg(lang, "newsletter", "clinic newsletter about food allergy (no patients)")
    m.frm = ("Communications", f"communications@{inst[2]}")
    m.to = [("Liste de diffusion" if lang == "fr" else "Mailing list", f"infolettre@{inst[2]}")]
    doc = c.staff("allergist", "paediatric allergist", "immunologist")
    pct = c.rng.randint(6, 9)
    if lang == "fr":
        m.subject = c.pick(["Infolettre – Mois de la sensibilisation aux allergies", "L'Écho de l'immunologie – numéro de mai", "Infolettre clinique"])
        text = (f"Mai est le Mois de la sensibilisation aux allergies.\n\nSaviez-vous qu'environ {pct} % des enfants canadiens ont une "
                "allergie alimentaire? L'arachide, les noix, le lait et les œufs sont les plus fréquents.\n\n"
                f"Notre programme d'immunothérapie orale, dirigé par {'Dre' if doc[4] == 'F' else 'Dr'} {doc[1]}, a accueilli plus de 300 familles depuis 2019.\n\n"
                "Rappels pour les écoles : l'épinéphrine est le traitement de première ligne de l'anaphylaxie; les antihistaminiques ne "
                "la remplacent pas.\n\nPour vous désabonner, répondez « STOP ».")
    else:
        m.subject = c.pick(["Newsletter - Allergy Awareness Month", "Immunology Echo - May issue", "Clinic newsletter"])
        text = (f"May is Allergy Awareness Month.\n\nAbout {pct}% of Canadian children have a food allergy; peanut, tree nuts, milk and egg "
                "are the most common.\n\n"
                f"Our oral immunotherapy program, led by Dr. {doc[1]}, has welcomed more than 300 families since 2019.\n\n"
                "School reminder: epinephrine is first-line treatment for anaphylaxis; antihistamines do not replace it.\n\n"
                "To unsubscribe reply STOP.")
    m.text = text
    m.html = T.to_html(text, c.rng).replace("<body", "<body bgcolor=\"#f4f7fb\"", 1)
    m.form = c.pick(["alt", "alt", "html"])
    return m


# ---------------------------------------------------------------------------
def invoice_po(c):
    lang = c.lang()
    inst = c.inst()
    buyer = c.staff("buyer", "manager", "clinical coordinator")
    vendor = c.pick([("Allergènes Nordiques inc.", "facturation@allergenes-nordiques.example"),
                     ("MedSupply Canada", "ar@medsupply-ca.example"), ("Distribution Pharma-Lab", "comptes@pharmalab-dist.example")])
    m = neg(lang, "invoice_po", "supplier invoice / purchase order with lot and catalogue numbers")
    m.frm = vendor if c.chance(0.5) else c.addr(buyer, inst)
    m.to = [c.addr(buyer, inst)] if m.frm == vendor else [vendor]
    po = f"PO-{c.rng.randint(2024000, 2025999)}"
    inv = f"{c.rng.randint(100000, 999999)}"
    items = [("Extrait d'allergène arachide 1:20 p/v, 5 mL", "Peanut allergen extract 1:20 w/v, 5 mL", 48.5),
             ("Lancettes pour tests cutanés (boîte de 200)", "Skin prick lancets (box of 200)", 62.0),
             ("Témoin histamine 6 mg/mL", "Histamine positive control 6 mg/mL", 31.25),
             ("Dispositifs de formation EpiPen (sans aiguille)", "EpiPen trainer devices (needle-free)", 12.0),
             ("Tubulures pour perfusion IgIV avec filtre 0,2 µm", "IVIG infusion sets with 0.2 µm filter", 9.8),
             ("Poudre d'arachide dégraissée, 1 kg (usage ITO)", "Defatted peanut flour, 1 kg (OIT use)", 84.0)]
    chosen = c.rng.sample(items, c.rng.randint(2, 4))
    rows = [["Article" if lang == "fr" else "Item", "Lot", "Qté" if lang == "fr" else "Qty", "Prix" if lang == "fr" else "Price"]]
    total = 0
    for it in chosen:
        q = c.rng.randint(2, 30)
        lot = c.pick([f"L{c.rng.randint(10000, 99999)}", I.gen_luhn_serial(c.rng, 9), f"{c.rng.randint(1, 9)}{c.pick('ABCDEFG')}{c.rng.randint(100, 999)}",
                      "".join(c.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + f"{c.rng.randint(20, 25)}{c.rng.randint(1, 12):02d}{c.rng.randint(1, 28):02d}{c.rng.randint(10, 99)}"])
        rows.append([it[0] if lang == "fr" else it[1], lot, q, f"{it[2] * q:.2f}"])
        total += it[2] * q
    lines = [f"{'Facture' if lang == 'fr' else 'Invoice'} {inv}", f"{'Bon de commande' if lang == 'fr' else 'Purchase order'} {po}",
             f"{'Client' if lang == 'fr' else 'Customer'}: {inst[0] if lang == 'fr' else inst[1]} – {'Clinique d’allergie' if lang == 'fr' else 'Allergy clinic'}",
             f"{'Total avant taxes' if lang == 'fr' else 'Subtotal'}: {total:.2f} $", f"TPS/GST 5 %: {total * 0.05:.2f} $",
             f"TVQ/QST 9,975 %: {total * 0.09975:.2f} $"]
    pdf = A.make_pdf("FACTURE" if lang == "fr" else "INVOICE", lines, author=vendor[0], table=rows, footer="Net 30 jours / Net 30 days")
    m.attach(pdf, "application/pdf", f"{'Facture' if lang == 'fr' else 'Invoice'}_{inv}.pdf")
    if lang == "fr":
        m.subject = c.pick([f"Facture {inv} – {po}", f"Bon de commande {po}", "Facture en attente de paiement"])
        m.text = f"Bonjour,\n\nCi-joint la facture {inv} relative au bon de commande {po}. Paiement net 30 jours.\n\nMerci de votre confiance."
    else:
        m.subject = c.pick([f"Invoice {inv} - {po}", f"Purchase order {po}", "Invoice pending payment"])
        m.text = f"Hello,\n\nAttached is invoice {inv} for purchase order {po}. Terms net 30.\n\nThank you for your business."
    return m


# ---------------------------------------------------------------------------
def conference(c):
    lang = c.lang()
    inst = c.inst()
    org = c.staff("allergist", "immunologist", "department head", "research coordinator")
    speakers = c.rng.sample([s for s in I.STAFF if any(k in s[3] for k in ("allergist", "immunologist", "fellow", "dietitian", "pharmacist"))], 4)
    topics_fr = ["L'immunothérapie orale chez l'enfant d'âge préscolaire", "Délabellisation de l'allergie à la pénicilline en soins primaires",
                 "Biologiques dans l'urticaire chronique spontanée", "Angio-œdème héréditaire : nouvelles prophylaxies",
                 "IgIV ou IgSC? Choisir avec le patient", "Le syndrome alpha-gal au Québec", "Nutrition et allergies multiples"]
    topics_en = ["Oral immunotherapy in preschoolers", "Penicillin allergy delabelling in primary care",
                 "Biologics for chronic spontaneous urticaria", "Hereditary angioedema: new prophylaxis options",
                 "IVIG or SCIG? Shared decision-making", "Alpha-gal syndrome in Quebec", "Nutrition in multiple food allergy"]
    topics = c.rng.sample(topics_fr if lang == "fr" else topics_en, 4)
    d = c.workday(20, 90)
    rows = [["Heure" if lang == "fr" else "Time", "Conférencier" if lang == "fr" else "Speaker", "Sujet" if lang == "fr" else "Topic"]]
    for i, (s, t) in enumerate(zip(speakers, topics)):
        title = ("Dre " if s[4] == "F" else "Dr ") if any(k in s[3] for k in ("allergist", "immunologist", "fellow")) else ""
        rows.append([f"{8 + i}:30", f"{title}{s[0]} {s[1]}", t])
    m = neg(lang, "conference", "conference programme with speakers and topics")
    m.frm = c.addr(org, inst)
    m.to = [("Membres" if lang == "fr" else "Members", f"membres@assoc-allergie-qc.example")]
    name = "Journée québécoise d'allergie et d'immunologie" if lang == "fr" else "Quebec Allergy & Immunology Day"
    lines = [f"{name} – {T.fdate(d, lang, style='long')}", inst[0] if lang == "fr" else inst[1], ""]
    if c.chance(0.5):
        pdf = A.make_pdf("Programme" if lang == "fr" else "Programme", lines, author=org[1], table=rows)
        m.attach(pdf, "application/pdf", "programme.pdf" if lang == "fr" else "program.pdf")
        body = ""
    else:
        body = "\n\n" + T.text_table(rows)
    if lang == "fr":
        m.subject = f"Programme – {name}"
        m.text = f"Bonjour,\n\nVoici le programme de la {name} du {T.fdate(d, 'fr', style='long')}. Inscription : 75 $ (résidents gratuits). " \
                 f"Crédits de formation : 6 h de section 1.{body}\n\n{c.sig(org, inst, 'fr')}"
    else:
        m.subject = f"Programme - {name}"
        m.text = f"Hi all,\n\nHere is the programme for the {name} on {T.fdate(d, 'en', style='long')}. Registration $75 (residents free). " \
                 f"6 Section 1 credits.{body}\n\n{c.sig(org, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def committee(c):
    lang = c.lang()
    inst = c.inst()
    chair = c.staff("pharmacist", "department head", "allergist")
    d = c.workday(5, 40)
    m = neg(lang, "committee", "pharmacy & therapeutics / committee notice")
    m.frm = c.addr(chair, inst)
    m.to = [("Comité de pharmacologie" if lang == "fr" else "P&T Committee", f"cp@{inst[2]}")]
    if lang == "fr":
        agenda = ["1. Adoption de l'ordre du jour", "2. Ajout au formulaire : lanadelumab (AOH)",
                  "3. Protocole de désensibilisation à l'aspirine – révision", "4. Ordonnance collective – épinéphrine en milieu scolaire",
                  "5. Pénurie d'IgIV : critères de priorisation", "6. Varia"]
        m.subject = c.pick(["Convocation – Comité de pharmacologie", "Ordre du jour – CP du " + d.isoformat()])
        m.text = f"Bonjour,\n\nLa prochaine réunion aura lieu le {T.fdate(d, 'fr', style='long')} à 12 h, salle du conseil (Teams disponible).\n\n" + \
                 "\n".join(agenda) + f"\n\n{c.sig(chair, inst, 'fr')}"
    else:
        agenda = ["1. Approval of agenda", "2. Formulary addition: lanadelumab (HAE)", "3. Aspirin desensitisation protocol - revision",
                  "4. Medical directive - school epinephrine", "5. IVIG shortage: prioritisation criteria", "6. Other business"]
        m.subject = c.pick(["Notice of meeting - P&T Committee", "Agenda - P&T " + d.isoformat()])
        m.text = f"Hello,\n\nNext meeting: {T.fdate(d, 'en', style='long')} at noon, boardroom (Teams link available).\n\n" + \
                 "\n".join(agenda) + f"\n\n{c.sig(chair, inst, 'en')}"
    if c.chance(0.5):
        st = datetime.datetime(d.year, d.month, d.day, 12, 0)
        ics = A.make_ics(f"cp-{c.rng.getrandbits(40):010x}@{inst[2]}", m.subject, st, st + datetime.timedelta(hours=1),
                         "Salle du conseil / Teams", "\n".join(agenda), (staff_name(chair), c.email_of(chair, inst)))
        m.attach(ics, "text/calendar; method=REQUEST", "reunion.ics" if lang == "fr" else "meeting.ics")
    return m


# ---------------------------------------------------------------------------
def job_posting(c):
    lang = c.lang()
    inst = c.inst()
    hr = ("Sophie", "Tremblay", "conseillère en ressources humaines", "HR advisor", "F")
    m = neg(lang, "job_posting", "job posting for the allergy clinic")
    m.frm = ("Recrutement" if lang == "fr" else "Recruitment", f"emplois@{inst[2]}")
    m.to = [("Tout le personnel" if lang == "fr" else "All staff", f"personnel@{inst[2]}")]
    no = f"{c.pick(['AFF', 'POS'])}-{c.rng.randint(2024, 2025)}-{c.rng.randint(100, 999)}"
    if lang == "fr":
        role = c.pick(["Infirmière clinicienne – clinique d'allergie alimentaire", "Pharmacien(ne) – immunoglobulines",
                       "Agent(e) administratif(ve) classe 2 – immunologie"])
        m.subject = f"Affichage {no} : {role}"
        m.text = (f"Affichage interne {no}\n\nTitre : {role}\nStatut : temps complet, jour\nÉchelle salariale : 31,12 $ à 52,84 $ / h\n\n"
                  "Responsabilités : tests de provocation orale, enseignement de l'auto-injecteur, suivi des patients en immunothérapie.\n"
                  "Exigences : BAC en sciences infirmières, RCR à jour, expérience en pédiatrie un atout.\n\n"
                  f"Date limite : {T.fdate(c.workday(10, 30), 'fr', style='long')}.\nRessources humaines")
    else:
        role = c.pick(["Clinical Nurse - Food Allergy Clinic", "Pharmacist - Immunoglobulin Program", "Unit Clerk - Immunology"])
        m.subject = f"Posting {no}: {role}"
        m.text = (f"Internal posting {no}\n\nTitle: {role}\nStatus: full-time, days\nSalary: $31.12 to $52.84 / h\n\n"
                  "Duties: oral food challenges, auto-injector teaching, follow-up of immunotherapy patients.\n"
                  "Requirements: BScN, current CPR, paediatric experience an asset.\n\n"
                  f"Closing date: {T.fdate(c.workday(10, 30), 'en', style='long')}.\nHuman Resources")
    if c.chance(0.4):
        m.html = T.to_html(m.text, c.rng)
        m.form = "alt"
    return m


# ---------------------------------------------------------------------------
def it_notice(c):
    lang = c.lang()
    inst = c.inst()
    it = ("Kevin", "O'Brien", "analyste TI", "IT analyst", "M")
    v = c.rng.randrange(4)
    m = neg(lang, "it_notice", "IT notice (downtime, phishing, MRN format change example)")
    m.frm = ("Centre de services TI" if lang == "fr" else "IT Service Desk", f"servicedesk@{inst[2]}")
    m.to = [("Tout le personnel" if lang == "fr" else "All staff", f"personnel@{inst[2]}")]
    d = c.workday(2, 20)
    if v == 0:
        m.subject = ("Arrêt planifié du DSE – " if lang == "fr" else "Planned EMR downtime - ") + d.isoformat()
        m.text = (f"Le dossier santé électronique sera indisponible le {T.fdate(d, 'fr', style='long')} de 1 h à 4 h. Utilisez les formulaires papier "
                  "de contingence (ordonnances, MAR). Les résultats de laboratoire seront imprimés dans les unités.\n\nCentre de services TI, poste 4357"
                  if lang == "fr" else
                  f"The EMR will be unavailable on {T.fdate(d, 'en', style='long')} from 1:00 to 4:00 a.m. Use paper downtime forms (orders, MAR). "
                  "Lab results will print on the units.\n\nIT Service Desk, ext. 4357")
    elif v == 1:
        m.subject = "Alerte hameçonnage" if lang == "fr" else "Phishing alert"
        m.text = ("Un courriel frauduleux intitulé « Mise à jour de votre dossier patient » circule. Ne cliquez pas sur le lien et ne fournissez "
                  "jamais vos identifiants. Signalez-le avec le bouton « Signaler ».\n\nSécurité de l'information"
                  if lang == "fr" else
                  "A fraudulent e-mail titled 'Update your patient record' is circulating. Do not click the link and never enter your "
                  "credentials. Use the Report button.\n\nInformation Security")
    elif v == 2:
        ex = c.mrn("plain7")
        m.subject = "Nouveau format des numéros de dossier" if lang == "fr" else "New chart number format"
        m.text = (f"À compter du {T.fdate(d, 'fr', style='long')}, les numéros de dossier passeront de 7 à 8 chiffres : un zéro sera ajouté au début "
                  f"(exemple fictif : {ex} devient 0{ex}). Les étiquettes existantes restent valides.\n\nArchives médicales et TI"
                  if lang == "fr" else
                  f"Starting {T.fdate(d, 'en', style='long')}, chart numbers move from 7 to 8 digits with a leading zero "
                  f"(dummy example: {ex} becomes 0{ex}). Existing labels remain valid.\n\nHealth Records and IT")
    else:
        m.frm = c.addr(it, inst); m.to = [c.addr(c.staff("nurse manager", "clinical coordinator"), inst)]
        asset = I.gen_luhn_serial(c.rng, 9)
        m.subject = ("Billet INC" if lang == "fr" else "Ticket INC") + str(c.rng.randint(1000000, 9999999))
        m.text = (f"Bonjour,\n\nL'imprimante d'étiquettes du poste de perfusion (actif {asset}) a été remplacée. Le pilote est installé sur les postes "
                  f"ALLERG-01 à ALLERG-06.\n\n{it[0]}\nTI, poste 4357"
                  if lang == "fr" else
                  f"Hi,\n\nThe label printer at the infusion desk (asset {asset}) has been replaced. Driver installed on ALLERG-01 to ALLERG-06.\n\n"
                  f"{it[0]}\nIT, ext. 4357")
    return m


# ---------------------------------------------------------------------------
def facilities(c):
    lang = c.lang()
    inst = c.inst()
    v = c.rng.randrange(4)
    m = neg(lang, "facilities", "facilities / building notice")
    m.frm = ("Services techniques" if lang == "fr" else "Facilities", f"batiment@{inst[2]}")
    m.to = [("Clinique d'allergie" if lang == "fr" else "Allergy clinic", f"allergie@{inst[2]}")]
    d = c.workday(1, 15)
    if v == 0:
        m.subject = "Ventilation – salle de perfusion" if lang == "fr" else "HVAC work - infusion room"
        m.text = (f"Des travaux de ventilation auront lieu le {T.fdate(d, 'fr', style='long')} dans la salle de perfusion (B-314). Les fauteuils 5 à 8 seront inaccessibles de 7 h à midi."
                  if lang == "fr" else f"HVAC work on {T.fdate(d, 'en', style='long')} in the infusion room (B-314). Chairs 5-8 unavailable 7 a.m. to noon.")
    elif v == 1:
        temps = [round(c.rng.uniform(2.4, 7.6), 1) for _ in range(7)]
        m.subject = "Relevé de température – réfrigérateur des extraits" if lang == "fr" else "Temperature log - allergen extract fridge"
        m.text = (("Relevé hebdomadaire (°C) : " if lang == "fr" else "Weekly readings (°C): ") + ", ".join(str(t) for t in temps) +
                  ("\nAucune excursion hors 2–8 °C. Réfrigérateur no de série " if lang == "fr" else "\nNo excursion outside 2-8 °C. Fridge serial ")
                  + I.gen_luhn_serial(c.rng, 10))
        m.form = "plain"
    elif v == 2:
        m.subject = "Ascenseur 3 hors service" if lang == "fr" else "Elevator 3 out of service"
        m.text = ("L'ascenseur 3 sera hors service toute la semaine. Les patients en fauteuil roulant pour la clinique d'allergie doivent utiliser l'ascenseur 1."
                  if lang == "fr" else "Elevator 3 is out of service all week. Wheelchair users coming to the allergy clinic should use elevator 1.")
    else:
        m.subject = "Stationnement P2 – travaux" if lang == "fr" else "P2 parking - construction"
        m.text = ("Le stationnement P2 sera fermé du lundi au mercredi. Vignettes employés acceptées au P4."
                  if lang == "fr" else "P2 parking closed Monday to Wednesday. Staff permits accepted in P4.")
    m.text += "\n\n" + ("Services techniques, poste 2222" if lang == "fr" else "Facilities, ext. 2222")
    return m


# ---------------------------------------------------------------------------
def statistics(c):
    lang = c.lang()
    inst = c.inst()
    an = c.staff("clinical coordinator", "manager", "research coordinator")
    m = neg(lang, "statistics", "aggregate monthly statistics of the allergy program")
    m.frm = c.addr(an, inst)
    m.to = [c.addr(c.staff("department head"), inst)]
    months = ["2024-09", "2024-10", "2024-11", "2024-12", "2025-01"]
    hdr = (["Mois", "TPO réalisés", "TPO positifs", "Patients ITO actifs", "Doses d'épinéphrine", "Perfusions IgIV", "Délabellisations"]
           if lang == "fr" else ["Month", "OFCs done", "OFCs positive", "Active OIT patients", "Epinephrine doses", "IVIG infusions", "Delabellings"])
    rows = [hdr]
    for mo in months:
        ofc = c.rng.randint(30, 70)
        rows.append([mo, ofc, c.rng.randint(3, ofc // 4), c.rng.randint(180, 260), c.rng.randint(1, 9), c.rng.randint(140, 220), c.rng.randint(10, 45)])
    kind = c.pick(["xlsx", "csv", "inline"])
    if kind == "xlsx":
        m.attach(A.make_xlsx([("Stats", rows)], author=staff_name(an)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "statistiques_allergie.xlsx" if lang == "fr" else "allergy_stats.xlsx")
        tab = ""
    elif kind == "csv":
        m.attach(A.make_csv(rows, delimiter=";" if lang == "fr" else ","), "text/csv", "stats.csv")
        tab = ""
    else:
        tab = "\n\n" + T.text_table(rows)
    if lang == "fr":
        m.subject = c.pick(["Statistiques mensuelles – clinique d'allergie", "Indicateurs T3", "Tableau de bord"])
        m.text = f"Bonjour,\n\nVoici les statistiques agrégées (aucune donnée nominative).{tab}\n\nListe d'attente : {c.rng.randint(250, 600)} demandes, délai médian {c.rng.randint(5, 14)} mois.\n\n{c.sig(an, inst, 'fr')}"
    else:
        m.subject = c.pick(["Monthly statistics - allergy clinic", "Q3 indicators", "Dashboard"])
        m.text = f"Hi,\n\nAggregate numbers below/attached (no identifiable data).{tab}\n\nWait list: {c.rng.randint(250, 600)} referrals, median wait {c.rng.randint(5, 14)} months.\n\n{c.sig(an, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def blank_form(c):
    lang = c.lang()
    inst = c.inst()
    sender = c.staff("clinical nurse", "unit clerk", "clinical coordinator")
    m = neg(lang, "blank_form", "blank form / template with empty identifier fields")
    m.frm = c.addr(sender, inst)
    m.to = [c.pick([("Secrétariat école" if lang == "fr" else "School office", "secretariat@ecole-trois-sources.example"),
                    c.addr(c.staff(), inst)])]
    v = c.rng.randrange(3)
    if lang == "fr":
        title = ["Plan d'urgence – anaphylaxie (vierge)", "Demande de consultation en allergie", "Consentement – immunothérapie orale"][v]
        lines = ["Nom de l'élève / du patient : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
                 "NAM : ____ ____ ____", "No de dossier : __________", "Allergène(s) : ______________________",
                 "Auto-injecteur prescrit :  [ ] 0,15 mg   [ ] 0,3 mg", "Signature du parent : ____________   Date : ______"]
        fn = ["plan_anaphylaxie_vierge.pdf", "formulaire_reference_allergie.pdf", "consentement_ITO.pdf"][v]
        m.subject = c.pick(["Formulaire vierge", "Gabarit à jour", "Nouveau formulaire – version 2025"])
        m.text = f"Bonjour,\n\nVoici la version à jour du formulaire « {title} » à utiliser dès maintenant. Merci de détruire les anciennes versions.\n\n{sender[0]}"
    else:
        title = ["Anaphylaxis emergency plan (blank)", "Allergy consultation request", "Consent - oral immunotherapy"][v]
        lines = ["Student / patient name: ______________________", "Date of birth (YYYY-MM-DD): ____________",
                 "Health card no.: ____ ____ ____", "MRN: __________", "Allergen(s): ______________________",
                 "Auto-injector: [ ] 0.15 mg  [ ] 0.3 mg", "Parent signature: ____________  Date: ______"]
        fn = ["anaphylaxis_plan_blank.pdf", "allergy_referral_form.pdf", "OIT_consent.pdf"][v]
        m.subject = c.pick(["Blank form", "Updated template", "New form - 2025 version"])
        m.text = f"Hi,\n\nHere is the current version of the '{title}' form. Please discard older versions.\n\n{sender[0]}"
    if c.chance(0.35):
        d = A.make_docx(title, lines, author=staff_name(sender))
        m.attach(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn.replace(".pdf", ".docx"))
    else:
        m.attach(A.make_pdf(title, lines, author=staff_name(sender)), "application/pdf", fn)
    return m
