"""Negative messages, part B: clinic administration, HR, IT, suppliers, teaching and events."""
import datetime

import gen_attach as A
from gen_common import fdate, random_employee, slug, sub_rng, STAFF, SST, NETWORK, HOSPITALS, CLINICS, EMPLOYERS
from gen_common import _luhn_complete  # serial numbers that happen to pass Luhn
from gen_text import (UNITS, UNITS_EN, greet, closing, signature, org_name, html_wrap, text_to_html, html_table, quote,
                      wrote_line, outlook_fwd)
from gen_util import *  # noqa: F401,F403


def _by_role(part, org=None):
    return [s for s in STAFF if part.lower() in s.role_en.lower() and (org is None or s.org is org)][0]


def n_job_posting(rng, lang, n):
    hr = _by_role("HR advisor")
    post = rng.choice([("Infirmière ou infirmier en santé au travail", "Occupational health nurse", "SST — Bureau de santé des employés"),
                       ("Médecin du travail (temps partiel)", "Occupational physician (part time)", "Clinique de médecine du travail Méridien"),
                       ("Conseillère ou conseiller en gestion de l'invalidité", "Disability management advisor", "Direction des ressources humaines"),
                       ("Hygiéniste du travail", "Occupational hygienist", "SST — Prévention")])
    num = "2025-%04d" % rng.randint(100, 9999)
    if lang == "fr":
        subj = "Affichage %s — %s" % (num, post[0])
        text = ("Affichage interne et externe no %s\n\nTitre : %s\nService : %s\nStatut : temps complet permanent, jour\n\n"
                "Principales responsabilités :\n- suivi des lésions professionnelles et des dossiers d'invalidité\n"
                "- programme d'immunisation et essais d'ajustement\n- gestion des accidents d'exposition au sang\n\n"
                "Exigences : membre en règle de l'ordre professionnel ; 3 ans d'expérience ; bilinguisme un atout.\n"
                "Échelle salariale selon la convention collective.\n\nPostulez avant le %s sur le portail carrières.") % (
            num, post[0], post[2], fdate(datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28)), "fr"))
    else:
        subj = "Posting %s - %s" % (num, post[1])
        text = ("Internal and external posting no. %s\n\nTitle: %s\nDepartment: %s\nStatus: full-time permanent, days\n\n"
                "Main duties:\n- follow-up of work injuries and disability files\n- immunization program and fit testing\n"
                "- management of blood exposures\n\nRequirements: licensed professional; 3 years of experience; bilingualism an asset.\n"
                "Salary per collective agreement.\n\nApply by %s on the careers portal.") % (
            num, post[1], post[2], fdate(datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28)), "en"))
    html = html_wrap(text_to_html(text), lang)
    return mk("job_posting", lang, who(hr, lang), [("Affichages", "affichages@cisss3r.example")], subj, text=text, html=html,
              html_only=rng.random() < 0.5, note="job posting")


def n_payroll(rng, lang, n):
    pay = _by_role("Payroll")
    if lang == "fr":
        subj = rng.choice(["Paie — changement de date de dépôt (congé férié)", "Relevés 1 et T4 disponibles", "Rétroactivité — convention collective"])
        body = ("%s\n\nEn raison du congé férié, le dépôt de la paie de la période 21 sera effectué le mercredi plutôt que le "
                "jeudi. Les talons de paie seront disponibles dans le portail employé dès mardi soir. Les montants de "
                "rétroactivité (2,8 %%) seront versés sur la paie suivante.\n\n%s\n%s") % (greet(rng, "fr"), closing(rng, "fr"), signature(rng, pay, "fr"))
    else:
        subj = rng.choice(["Payroll - deposit date change (holiday)", "RL-1 and T4 slips available", "Retroactive pay - collective agreement"])
        body = ("%s\n\nBecause of the statutory holiday, pay period 21 will be deposited on Wednesday instead of Thursday. Pay "
                "stubs will be in the employee portal from Tuesday evening. Retroactive amounts (2.8%%) will be paid on the "
                "following pay.\n\n%s\n%s") % (greet(rng, "en"), closing(rng, "en"), signature(rng, pay, "en"))
    return mk("payroll_notice", lang, who(pay, lang), [("Tout le personnel", "tous@cisss3r.example")], subj, text=body, note="payroll notice")


def n_it_notice(rng, lang, n):
    it = _by_role("IT support")
    sysname = rng.choice(["Ergo-SST", "le dossier santé des employés (DSE)", "Teams", "la messagerie", "le VPN"])
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    ticket = "INC%07d" % rng.randint(0, 9999999)
    if lang == "fr":
        subj = rng.choice(["Maintenance planifiée — %s" % sysname, "Panne résolue — %s" % ticket, "Changement de mot de passe obligatoire"])
        body = ("%s\n\nUne maintenance de %s aura lieu le %s de 18 h à 22 h. Le système sera inaccessible. Enregistrez vos "
                "documents avant 18 h. Billet de référence : %s.\n\nPour toute question : poste 4357 (HELP).\n\n%s") % (
            greet(rng, "fr"), sysname, fdate(d, "fr"), ticket, signature(rng, it, "fr"))
    else:
        subj = rng.choice(["Planned maintenance - %s" % sysname.replace("le ", "the ").replace("la messagerie", "e-mail"), "Outage resolved - %s" % ticket, "Mandatory password change"])
        body = ("%s\n\nMaintenance of %s is scheduled on %s from 6 to 10 p.m. The system will be unavailable. Save your work "
                "before 6 p.m. Reference ticket: %s.\n\nQuestions: ext. 4357 (HELP).\n\n%s") % (
            greet(rng, "en"), sysname.replace("le dossier santé des employés (DSE)", "the employee health record system").replace("la messagerie", "e-mail").replace("le VPN", "the VPN"),
            fdate(d, "en"), ticket, signature(rng, it, "en"))
    return mk("it_notice", lang, who(it, lang), [("Utilisateurs", "utilisateurs@cisss3r.example")], subj, text=body, note="IT notice")


def n_facilities(rng, lang, n):
    if lang == "fr":
        subj = rng.choice(["Fermeture du stationnement P2", "Arrêt de l'ascenseur 3 — aile B", "Coupure d'eau chaude samedi"])
        body = ("%s\n\nDes travaux de réfection auront lieu du lundi au vendredi prochain. Merci d'utiliser le stationnement "
                "P4 (navette aux 15 minutes). Les personnes à mobilité réduite peuvent contacter la sécurité au poste 5555.\n\n"
                "Services techniques\n%s") % (greet(rng, "fr"), HOSPITALS[0]["name_fr"])
    else:
        subj = rng.choice(["P2 parking closure", "Elevator 3 shutdown - wing B", "Hot water outage Saturday"])
        body = ("%s\n\nRepair work will take place Monday to Friday next week. Please use lot P4 (shuttle every 15 minutes). "
                "People with reduced mobility may call security at ext. 5555.\n\nTechnical services\n%s") % (greet(rng, "en"), HOSPITALS[0]["name_en"])
    return mk("facilities", lang, ("Services techniques", "services.techniques@cisss3r.example"),
              [("Tout le personnel", "tous@cisss3r.example")], subj, text=body, note="facilities notice")


def n_invoice_n95(rng, lang, n):
    buyer = _by_role("Buyer")
    inv = "INV-%06d" % rng.randint(0, 999999)
    lots = ["%s%d" % (rng.choice(["B", "L", "K"]), rng.randint(100000, 999999)) for _ in range(3)]
    lines = ["%s : %s" % ("Facture" if lang == "fr" else "Invoice", inv), "Client : CISSS des Trois-Rivages — Approvisionnement", "",
             "1870+ N95, boîte de 20 — qté 400 — lot %s — 14,90 $" % lots[0],
             "Trousse d'essai qualitatif FT-30 (Bitrex) — qté 12 — lot %s — 189,00 $" % lots[1],
             "Solution de sensibilité FT-31 — qté 24 — lot %s — 22,50 $" % lots[2], "",
             "Sous-total : 8 804,00 $   TPS : 440,20 $   TVQ : 878,20 $   Total : 10 122,40 $"]
    pdf = A.make_pdf("Facture — Protection Respiratoire Nordique inc.", lines)
    subj = "Facture %s — EPI" % inv if lang == "fr" else "Invoice %s - PPE" % inv
    body = ("%s\n\nVeuillez trouver notre facture pour la commande PO-%d. Merci de votre confiance.\n\nProtection Respiratoire Nordique inc.\n"
            "Comptes recevables — 450-555-0177" % (greet(rng, "fr"), rng.randint(40000, 49999))) if lang == "fr" else \
        ("%s\n\nPlease find our invoice for order PO-%d. Thank you for your business.\n\nNordic Respiratory Protection Inc.\n"
         "Accounts receivable - 450-555-0177" % (greet(rng, "en"), rng.randint(40000, 49999)))
    return mk("supplier_invoice", lang, ("Protection Respiratoire Nordique", "ar@nordic-resp.example"), [who(buyer, lang)], subj,
              text=body, atts=[att(PDF, pdf, "%s.pdf" % inv)], note="supplier invoice with lot numbers")


def n_po_vaccines(rng, lang, n):
    buyer = _by_role("Buyer")
    rows = [["Article" if lang == "fr" else "Item", "Description", "Qté" if lang == "fr" else "Qty", "Lot", "Exp."]]
    r2 = sub_rng("po", n)
    for item in [("VAC-101", "Vaccin influenza quadrivalent 0,5 mL"), ("VAC-207", "Engerix-B 20 µg/mL"), ("VAC-310", "Tubersol 5 UT/0,1 mL 1 mL"),
                 ("VAC-415", "Boostrix (dcaT)"), ("VAC-520", "Priorix (RRO)")]:
        rows.append([item[0], item[1], r2.randint(10, 800), "%s%05d" % (r2.choice("ABCKLM"), r2.randint(0, 99999)),
                     "2026-%02d" % r2.randint(1, 12)])
    data = A.make_xlsx([("Bon de commande" if lang == "fr" else "PO", rows)])
    po = "PO-%d" % r2.randint(40000, 49999)
    subj = "Bon de commande %s — vaccins personnel" % po if lang == "fr" else "Purchase order %s - staff vaccines" % po
    body = ("%s\n\nCi-joint le bon de commande pour les vaccins de la campagne auprès du personnel. Livraison à la pharmacie, "
            "chaîne de froid requise.\n\n%s" % (greet(rng, "fr"), signature(rng, buyer, "fr"))) if lang == "fr" else \
        ("%s\n\nAttached is the purchase order for the staff campaign vaccines. Deliver to pharmacy, cold chain required.\n\n%s" % (
            greet(rng, "en"), signature(rng, buyer, "en")))
    return mk("purchase_order", lang, who(buyer, lang), [("Distribution Vaccins Québec", "commandes@dvq-distribution.example")], subj,
              text=body, atts=[att(XLSX, data, "%s.xlsx" % po)], note="purchase order with lot numbers")


def n_drug_shortage(rng, lang, n):
    ph = _by_role("Pharmacist")
    if lang == "fr":
        subj = "Rupture d'approvisionnement — Tubersol (tuberculine PPD)"
        body = ("%s\n\nLe fabricant annonce une rupture de Tubersol jusqu'en mars. Pour le dépistage TB du personnel à "
                "l'embauche :\n- utiliser Aplisol (même lecture, 48-72 h) ;\n- ne pas mélanger les produits pour les deux "
                "étapes d'un même TCT ;\n- prioriser les nouveaux employés des unités à risque (urgence, pneumologie).\n\n"
                "Les stocks d'Aplisol sont suffisants pour environ 10 semaines.\n\n%s") % (greet(rng, "fr"), signature(rng, ph, "fr"))
    else:
        subj = "Drug shortage - Tubersol (tuberculin PPD)"
        body = ("%s\n\nThe manufacturer reports a Tubersol shortage until March. For pre-employment staff TB screening:\n"
                "- use Aplisol (same reading, 48-72 h);\n- do not mix products across both steps of the same TST;\n- prioritise "
                "new employees on high-risk units (ED, respirology).\n\nAplisol stock covers about 10 weeks.\n\n%s") % (
            greet(rng, "en"), signature(rng, ph, "en"))
    return mk("drug_shortage", lang, who(ph, lang), [("Santé au travail", "sante.travail@cisss3r.example")], subj, text=body,
              note="drug shortage notice")


def n_recall(rng, lang, n):
    buyer = _by_role("Buyer")
    r2 = sub_rng("recall", n)
    serials = [_luhn_complete("%d%07d" % (r2.randint(1, 7), r2.randint(0, 9999999))) for _ in range(4)]
    lot = "%s%06d" % (r2.choice(["SN", "LT"]), r2.randint(0, 999999))
    if lang == "fr":
        subj = "AVIS DE RAPPEL — aiguilles à ailettes sécuritaires, lot %s" % lot
        body = ("%s\n\nLe fabricant rappelle le lot %s d'aiguilles à ailettes avec dispositif de sécurité (activation "
                "incomplète du protecteur, risque de piqûre accidentelle). Numéros de série des boîtes reçues :\n%s\n\n"
                "Retirer immédiatement des unités et retourner au magasin central. Aucun incident rapporté chez nous.\n\n%s") % (
            greet(rng, "fr"), lot, "\n".join("  - %s %s %s" % (s[:3], s[3:6], s[6:]) for s in serials), signature(rng, buyer, "fr"))
    else:
        subj = "RECALL NOTICE - safety winged needles, lot %s" % lot
        body = ("%s\n\nThe manufacturer is recalling lot %s of safety winged needles (incomplete shield activation, needlestick "
                "risk). Serial numbers of the boxes we received:\n%s\n\nRemove from units immediately and return to central "
                "stores. No incidents reported here.\n\n%s") % (
            greet(rng, "en"), lot, "\n".join("  - %s %s %s" % (s[:3], s[3:6], s[6:]) for s in serials), signature(rng, buyer, "en"))
    return mk("supplier_recall", lang, who(buyer, lang), [("Chefs d'unité", "chefs@cisss3r.example")], subj, text=body,
              note="recall notice; 9-digit serials that pass Luhn")


def n_conference(rng, lang, n):
    com = _by_role("Communications")
    docs = [s for s in STAFF if s.doctor]
    talks_fr = ["Silicose chez les tailleurs de pierre : retour en force ?", "Asthme professionnel aux isocyanates : dépistage",
                "Troubles musculosquelettiques chez les préposés aux bénéficiaires", "Prophylaxie post-exposition VIH en 2025",
                "Santé psychologique du personnel soignant après la pandémie"]
    talks_en = ["Silicosis in stone cutters: making a comeback?", "Isocyanate occupational asthma: screening",
                "Musculoskeletal disorders in patient attendants", "HIV post-exposure prophylaxis in 2025",
                "Mental health of care staff after the pandemic"]
    lines = []
    for i, (tf, te) in enumerate(zip(talks_fr, talks_en)):
        d = docs[(i + n) % len(docs)]
        lines.append("%s — %s : %s (%s)" % (["8 h 30", "9 h 15", "10 h 30", "13 h 00", "14 h 15"][i], d.display(lang),
                                           tf if lang == "fr" else te, org_name(d.org, lang)))
    pdf = A.make_pdf("Colloque régional en santé au travail 2025" if lang == "fr" else "2025 Regional Occupational Health Conference", lines)
    subj = "Programme — Colloque régional en santé au travail" if lang == "fr" else "Programme - Regional Occupational Health Conference"
    body = ("%s\n\nLe programme est joint. Inscription gratuite pour le personnel (5 crédits de formation).\n\n%s" % (greet(rng, "fr"), signature(rng, com, "fr"))) \
        if lang == "fr" else ("%s\n\nThe programme is attached. Free registration for staff (5 CME credits).\n\n%s" % (greet(rng, "en"), signature(rng, com, "en")))
    return mk("conference_programme", lang, who(com, lang), [("Médecins et professionnels", "professionnels@cisss3r.example")], subj,
              text=body, atts=[att(PDF, pdf, "programme_colloque_2025.pdf")], note="conference programme, speakers and topics")


def n_newsletter(rng, lang, n):
    com = _by_role("Communications")
    topic = rng.choice(["heat", "lyme", "noise"])
    if lang == "fr":
        t = {"heat": ("Info-SST : prévenir le coup de chaleur", "Lors des vagues de chaleur, les travailleurs extérieurs et le personnel des "
                      "buanderies sont à risque de coup de chaleur. Symptômes : crampes, étourdissements, confusion. Buvez un verre "
                      "d'eau aux 20 minutes et prenez des pauses à l'ombre."),
             "lyme": ("Info-SST : la maladie de Lyme chez les travailleurs extérieurs", "Les cas de maladie de Lyme sont en hausse dans la "
                      "région. Portez des vêtements longs, inspectez votre peau après le travail et retirez une tique dans les 24 h. "
                      "Consultez si un érythème migrant apparaît."),
             "noise": ("Info-SST : le bruit en milieu hospitalier", "Le bruit des aires de stérilisation et des buanderies dépasse "
                       "parfois 85 dBA. Les protecteurs auditifs sont disponibles au magasin. Un dépistage auditif est offert aux "
                       "employés exposés.")}[topic]
    else:
        t = {"heat": ("OHS Info: preventing heat stroke", "During heat waves, outdoor workers and laundry staff are at risk of heat "
                      "stroke. Symptoms: cramps, dizziness, confusion. Drink a glass of water every 20 minutes and take breaks in the shade."),
             "lyme": ("OHS Info: Lyme disease in outdoor workers", "Lyme disease cases are rising in the region. Wear long clothing, "
                      "check your skin after work and remove ticks within 24 h. See a doctor if erythema migrans appears."),
             "noise": ("OHS Info: noise in the hospital", "Noise in sterilisation and laundry areas sometimes exceeds 85 dBA. Hearing "
                       "protection is available from stores. Hearing screening is offered to exposed employees.")}[topic]
    html = html_wrap("<h1>%s</h1><p>%s</p><p style='font-size:9pt'>%s</p>" % (t[0], t[1], org_name(SST, lang)), lang)
    return mk("newsletter", lang, who(com, lang), [("Tout le personnel", "tous@cisss3r.example")], t[0], html=html,
              html_only=rng.random() < 0.6, text="%s\n\n%s" % (t[0], t[1]), note="health newsletter about a disease")


def n_teaching_case(rng, lang, n):
    doc = [s for s in STAFF if s.doctor and s.org is SST][0]
    case = rng.choice([
        ("Un homme de 47 ans, soudeur depuis 20 ans dans une usine de structures d'acier, consulte pour une toux sèche et "
         "une dyspnée d'effort. Spirométrie : syndrome obstructif réversible. Les symptômes s'améliorent pendant les vacances.\n"
         "Questions : 1) Quel est votre diagnostic différentiel ? 2) Quels examens demander ? 3) Quelles démarches CNESST ?",
         "A 47-year-old man, a welder for 20 years in a steel structure plant, presents with dry cough and exertional dyspnea. "
         "Spirometry: reversible obstruction. Symptoms improve during holidays.\nQuestions: 1) Differential diagnosis? 2) Which "
         "tests? 3) Which CNESST steps?"),
        ("Une infirmière de 29 ans se pique avec une aiguille creuse après une ponction veineuse chez un patient de statut "
         "inconnu. Questions : 1) Premiers soins ? 2) Indications de PPE ? 3) Suivi sérologique ?",
         "A 29-year-old nurse sustains a hollow-bore needlestick after venipuncture on a patient of unknown status. Questions: "
         "1) First aid? 2) PEP indications? 3) Serological follow-up?")])
    subj = "Club de lecture / cas clinique de la semaine" if lang == "fr" else "Journal club / case of the week"
    body = "%s\n\n%s\n\n%s\n%s" % (greet(rng, lang), case[0] if lang == "fr" else case[1],
                                   "Discussion mercredi midi, salle 2." if lang == "fr" else "Discussion Wednesday noon, room 2.", signature(rng, doc, lang))
    return mk("teaching_case", lang, who(doc, lang), [("Résidents", "residents-mt@cisss3r.example")], subj, text=body,
              note="anonymised teaching case")


def n_physician_directory(rng, lang, n):
    com = _by_role("Communications")
    docs = [s for s in STAFF if s.doctor]
    spec = {"Respirologist": ("asthme professionnel, silicose, pneumoconioses", "occupational asthma, silicosis, pneumoconioses"),
            "Occupational physician": ("lésions musculosquelettiques, retour au travail", "musculoskeletal injuries, return to work"),
            "Infectious diseases physician": ("PPE VIH, hépatites virales", "HIV PEP, viral hepatitis"),
            "Orthopaedic surgeon": ("épaule et main du travailleur", "worker's shoulder and hand"),
            "Emergency physician": ("traumatologie", "trauma"), "Microbiologist": ("infections nosocomiales", "healthcare-associated infections")}
    lines = []
    for d in docs:
        sp = spec.get(d.role_en, ("médecine du travail", "occupational medicine"))
        lines.append("- %s, %s : %s" % (d.display(lang), org_name(d.org, lang), sp[0] if lang == "fr" else sp[1]))
    subj = "Répertoire des médecins-ressources en santé au travail" if lang == "fr" else "Directory of occupational health resource physicians"
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), "\n".join(lines), signature(rng, com, lang))
    return mk("physician_directory", lang, who(com, lang), [("Médecins", "medecins@cisss3r.example")], subj, text=body,
              note="physicians named with the conditions they treat")


def n_nurse_schedule(rng, lang, n):
    chef = [s for s in STAFF if s.role_en == "Head, OHS service"][0]
    r2 = sub_rng("sched", n)
    nurses = []
    for k in range(6):
        g, s, f = random_employee(r2)
        nurses.append("%s %s" % (g, s))
    days = ["Lun", "Mar", "Mer", "Jeu", "Ven"] if lang == "fr" else ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows = [["Infirmière" if lang == "fr" else "Nurse"] + days]
    for nm in nurses:
        rows.append([nm] + [r2.choice(["HPH", "HNDE", "CLSC", "Congé" if lang == "fr" else "Off", "Vaccination", "AES"]) for _ in days])
    data = A.make_xlsx([("Semaine" if lang == "fr" else "Week", rows)])
    subj = "Horaire SST — semaine du %s" % fdate(datetime.date(2025, r2.randint(1, 11), r2.randint(1, 28)), "fr") if lang == "fr" \
        else "OHS schedule - week of %s" % fdate(datetime.date(2025, r2.randint(1, 11), r2.randint(1, 28)), "en")
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), "Horaire joint. Échanges à me confirmer par courriel." if lang == "fr" else
                               "Schedule attached. Confirm swaps by e-mail.", signature(rng, chef, lang))
    return mk("staff_schedule", lang, who(chef, lang), [("Équipe SST", "equipe-sst@cisss3r.example")], subj, text=body,
              atts=[att(XLSX, data, "horaire_SST.xlsx" if lang == "fr" else "OHS_schedule.xlsx")], note="staff schedule XLSX")


def n_leave_request(rng, lang, n):
    g, s, f = random_employee(rng)
    chef = [x for x in STAFF if x.role_en == "Head, OHS service"][0]
    d1 = datetime.date(2025, rng.randint(5, 9), rng.randint(1, 15))
    if lang == "fr":
        q = "Bonjour,\n\nJe souhaiterais prendre mes vacances du %s au %s. Est-ce possible ?\n\n%s" % (fdate(d1, "fr"), fdate(add_days(d1, 13), "fr"), g)
        body = "%s\n\nAccordé, bonnes vacances !\n\n%s\n\n%s" % (greet(rng, "fr", g), chef.given, quote(q, wrote_line("fr", "%s %s" % (g, s), fdate(add_days(d1, -40), "fr"))))
        subj = "RE: Demande de vacances"
    else:
        q = "Hi,\n\nI'd like to take vacation from %s to %s. Is that OK?\n\n%s" % (fdate(d1, "en"), fdate(add_days(d1, 13), "en"), g)
        body = "%s\n\nApproved, enjoy!\n\n%s\n\n%s" % (greet(rng, "en", g), chef.given, quote(q, wrote_line("en", "%s %s" % (g, s), fdate(add_days(d1, -40), "en"))))
        subj = "RE: Vacation request"
    email = "%s.%s@cisss3r.example" % (slug(g)[:1], slug(s))
    return mk("leave_request", lang, who(chef, lang), [("%s %s" % (g, s), email)], subj, text=body, note="leave approval",
              reply_to_id="vac%d@cisss3r.example" % n)


def n_research_protocol(rng, lang, n):
    doc = [s for s in STAFF if s.doctor and s.org is SST][0]
    if lang == "fr":
        title = "Protocole — Lombalgies chez le personnel soignant : essai d'un programme d'exercices"
        paras = ["## Objectif", "Évaluer l'effet d'un programme d'exercices de 12 semaines sur l'incidence des lombalgies chez les préposés.",
                 "## Population", "Préposés aux bénéficiaires de 4 CHSLD (n visé = 240). Critères d'exclusion : chirurgie lombaire antérieure, grossesse.",
                 "## Mesures", "Questionnaire d'Oswestry, jours d'absence, lésions déclarées.",
                 "## Confidentialité", "Les données seront codées ; aucune donnée nominative ne quittera le service de santé au travail."]
        subj = "Protocole de recherche pour le CÉR — version 3"
    else:
        title = "Protocol - Low back pain in care staff: trial of an exercise program"
        paras = ["## Objective", "To assess the effect of a 12-week exercise program on low back pain incidence in attendants.",
                 "## Population", "Patient attendants in 4 LTC homes (target n = 240). Exclusions: previous lumbar surgery, pregnancy.",
                 "## Measures", "Oswestry questionnaire, days absent, reported injuries.",
                 "## Confidentiality", "Data will be coded; no identifying data will leave the occupational health service."]
        subj = "Research protocol for the REB - version 3"
    docx = A.make_docx(title, paras)
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), "Version 3 avec les corrections demandées." if lang == "fr" else "Version 3 with the requested changes.", signature(rng, doc, lang))
    return mk("research_protocol", lang, who(doc, lang), [("Comité d'éthique de la recherche", "cer@cisss3r.example")], subj, text=body,
              atts=[att(DOCX, docx, "protocole_v3.docx" if lang == "fr" else "protocol_v3.docx")], note="research protocol without participants")


def n_services_offer(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    emp, dom = rng.choice(EMPLOYERS)
    g, s, f = random_employee(rng)
    lines = ["Examen pré-emploi complet : 185 $", "Audiogramme de dépistage : 45 $", "Spirométrie : 60 $",
             "Dépistage drogues (urine, 5 panneaux, MRO inclus) : 95 $", "Vaccin hépatite B (par dose) : 40 $",
             "Essai d'ajustement quantitatif : 55 $", "Gestion des lésions professionnelles : tarif horaire 120 $"] if lang == "fr" else \
        ["Full pre-employment exam: $185", "Screening audiogram: $45", "Spirometry: $60", "Drug screen (urine, 5-panel, MRO incl.): $95",
         "Hepatitis B vaccine (per dose): $40", "Quantitative fit test: $55", "Work injury case management: $120/hour"]
    pdf = A.make_pdf(("Offre de services 2026 — " if lang == "fr" else "2026 Service offer - ") + org_name(clinic, lang), lines)
    subj = "Offre de services en santé au travail — %s" % emp if lang == "fr" else "Occupational health service offer - %s" % emp
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang, g), "Suite à notre rencontre, voici notre grille tarifaire 2026." if lang == "fr"
                               else "Following our meeting, here is our 2026 price list.", signature(rng, doc, lang))
    return mk("services_offer", lang, who(doc, lang), [("%s %s" % (g, s), contact_email(g, s, dom))], subj, text=body,
              atts=[att(PDF, pdf, "offre_services_2026.pdf" if lang == "fr" else "service_offer_2026.pdf")], note="clinic price list for a company")


def n_client_aggregate(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    emp, dom = rng.choice(EMPLOYERS)
    g, s, f = random_employee(rng)
    r2 = sub_rng("agg", n)
    tot = r2.randint(30, 160)
    nih = r2.randint(2, tot // 5)
    rows = [["Indicateur" if lang == "fr" else "Indicator", "n", "%"],
            ["Travailleurs testés" if lang == "fr" else "Workers tested", tot, "100"],
            ["Audiogramme normal" if lang == "fr" else "Normal audiogram", tot - nih - 3, "%.0f" % ((tot - nih - 3) * 100 / tot)],
            ["Encoche 4 kHz" if lang == "fr" else "4 kHz notch", nih, "%.0f" % (nih * 100 / tot)],
            ["Référés en ORL" if lang == "fr" else "Referred to ENT", 3, "%.0f" % (300 / tot)]]
    html = html_wrap("<p>%s</p><p>%s</p>%s<p>%s</p>" % (greet(rng, lang, g),
                                                       "Résultats agrégés du dépistage auditif (aucune donnée nominative) :" if lang == "fr"
                                                       else "Aggregate hearing screening results (no individual data):",
                                                       html_table(rows), signature(rng, doc, lang).replace("\n", "<br>")), lang)
    subj = "Bilan agrégé — dépistage auditif %s" % emp if lang == "fr" else "Aggregate report - hearing screening %s" % emp
    return mk("client_aggregate_report", lang, who(doc, lang), [("%s %s" % (g, s), contact_email(g, s, dom))], subj, html=html,
              html_only=True, note="aggregate audiometry results for a client company")


def n_clinic_invoice_company(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    emp, dom = rng.choice(EMPLOYERS)
    inv = "MT-%05d" % rng.randint(0, 99999)
    k = rng.randint(4, 20)
    rows = [["Service", "Qté" if lang == "fr" else "Qty", "Prix" if lang == "fr" else "Price", "Total"],
            ["Examen pré-emploi" if lang == "fr" else "Pre-employment exam", k, 185, 185 * k],
            ["Audiogramme" if lang == "fr" else "Audiogram", k, 45, 45 * k]]
    data = A.make_xlsx([("Facture" if lang == "fr" else "Invoice", rows)])
    sec = clinic_admin(others, doc)
    subj = "Facture %s — examens pré-emploi" % inv if lang == "fr" else "Invoice %s - pre-employment exams" % inv
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), "Facture jointe pour les examens du mois. Paiement net 30 jours." if lang == "fr"
                               else "Invoice attached for this month's exams. Net 30.", signature(rng, sec, lang))
    return mk("clinic_invoice_company", lang, who(sec, lang), [("Comptes payables", "ap@" + dom)], subj, text=body,
              atts=[att(XLSX, data, "%s.xlsx" % inv)], note="clinic invoice to a company, counts only")


def n_vcard_staff(rng, lang, n):
    nurse = _by_role("nurse", SST)
    g, s, f = random_employee(rng)
    email = "%s.%s@cisss3r.example" % (slug(g)[:1], slug(s))
    vcf = A.make_vcf(g, s, org="CISSS des Trois-Rivages;Santé et sécurité au travail",
                     title=("Infirmière en santé au travail" if f else "Infirmier en santé au travail") if lang == "fr" else "Occupational health nurse",
                     tel_work="819-555-0130 poste %d" % rng.randint(2100, 2399), email=email)
    subj = ("Nouvelle collègue au bureau de santé" if f else "Nouveau collègue au bureau de santé") if lang == "fr" else "New colleague at employee health"
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), ("Bienvenue à %s %s qui se joint à l'équipe ! Sa carte est jointe." % (g, s)) if lang == "fr"
                               else ("Welcome to %s %s who joins the team! Contact card attached." % (g, s)), signature(rng, nurse, lang))
    return mk("vcard_staff", lang, who(nurse, lang), [("Équipe SST", "equipe-sst@cisss3r.example")], subj, text=body,
              atts=[att(VCF, vcf, "%s %s.vcf" % (g, s), fn_style="2231")], note="staff vCard with work phone")


def n_eml_forward_admin(rng, lang, n):
    chef = [s for s in STAFF if s.role_en == "Head, OHS service"][0]
    drh = _by_role("HR director")
    d = datetime.datetime(2025, rng.randint(1, 10), rng.randint(1, 28), 9, 5)
    itext = ("Bonjour à tous,\n\nLe budget 2025-2026 du service SST est adopté : ajout de 1,6 ETC infirmière, achat de "
             "4 appareils Portacount et renouvellement du contrat de la clinique externe pour les examens pré-emploi.\n\n%s" % drh.full) \
        if lang == "fr" else ("Hello all,\n\nThe 2025-2026 OHS budget is approved: 1.6 FTE nurse added, 4 Portacount units purchased "
                             "and the outside clinic contract for pre-employment exams renewed.\n\n%s" % drh.full)
    isubj = "Budget SST 2025-2026 adopté" if lang == "fr" else "OHS budget 2025-2026 approved"
    inner = inner_eml((drh.full, drh.email), [(chef.full, chef.email)], isubj, itext, d, "bud%d@cisss3r.example" % n)
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), "Pour info, voir le message joint." if lang == "fr" else "FYI, see attached message.", chef.given)
    return mk("eml_forward_admin", lang, who(chef, lang), [("Équipe SST", "equipe-sst@cisss3r.example")],
              ("TR: " if lang == "fr" else "FW: ") + isubj, text=body, atts=[att_eml(inner, "budget.eml", as_octet=rng.random() < 0.3)],
              note="administrative message forwarded as attachment")


def n_fit_thread(rng, lang, n):
    rt = _by_role("Respiratory")
    mgr = [x for x in STAFF if "unit manager" in x.role_en.lower() or "Nurse manager" in x.role_en][rng.randint(0, 1)]
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 25))
    if lang == "fr":
        q1 = "Est-ce qu'on peut faire une clinique d'essais d'ajustement directement sur l'unité ? J'ai 22 employés à faire avant l'hiver.\n\n%s" % mgr.given
        q2 = "Oui, on peut s'installer dans la salle de réunion le %s de 7 h à 15 h. Il me faut une prise électrique et une table.\n\n%s" % (fdate(d, "fr"), rt.given)
        body = "Parfait, la salle est réservée. Je fais circuler l'horaire.\n\n%s\n\n%s" % (
            mgr.given, quote(q2 + "\n\n" + quote(q1, wrote_line("fr", mgr.full, fdate(add_days(d, -20), "fr"))), wrote_line("fr", rt.full, fdate(add_days(d, -18), "fr"))))
        subj = "RE: RE: Clinique d'essais d'ajustement sur l'unité"
    else:
        q1 = "Could we run a fit-test clinic directly on the unit? I have 22 staff to do before winter.\n\n%s" % mgr.given
        q2 = "Yes, we can set up in the meeting room on %s from 7 to 3. I need a power outlet and a table.\n\n%s" % (fdate(d, "en"), rt.given)
        body = "Perfect, room booked. I'll circulate the schedule.\n\n%s\n\n%s" % (
            mgr.given, quote(q2 + "\n\n" + quote(q1, wrote_line("en", mgr.full, fdate(add_days(d, -20), "en"))), wrote_line("en", rt.full, fdate(add_days(d, -18), "en"))))
        subj = "RE: RE: Fit-test clinic on the unit"
    return mk("fit_test_thread", lang, who(mgr, lang), [who(rt, lang)], subj, text=body, note="scheduling thread with quoted history",
              reply_to_id="fit%d@cisss3r.example" % n)


NEG_B = [n_job_posting, n_payroll, n_it_notice, n_facilities, n_invoice_n95, n_po_vaccines, n_drug_shortage, n_recall,
         n_conference, n_newsletter, n_teaching_case, n_physician_directory, n_nurse_schedule, n_leave_request,
         n_research_protocol, n_services_offer, n_client_aggregate, n_clinic_invoice_company, n_vcard_staff,
         n_eml_forward_admin, n_fit_thread]
