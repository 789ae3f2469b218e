"""Negative messages, part B: newsletters, programmes, purchasing, IT, statistics, forms."""
import datetime

from stdnum import luhn

import gen_attach as A
from gen_common import (DOM, a_, ORG, ORG_ADDR, SCHOOLS, SCHOOLS_EN, fmt_date, fr_day, en_day,
                        signature, table_text, text_to_html, html_table)
from gen_neg_a import ALL_STAFF, ALL_STAFF_EN, committee, nspec, team


def luhn_serial(g, n=9):
    base = "".join(str(g.randint(0, 9)) for _ in range(n - 1))
    base = str(g.randint(1, 9)) + base[1:]
    return base + luhn.calc_check_digit(base)


# ------------------------------------------------------------------ N13 newsletter
def newsletter(g, lang):
    com = g.staff()
    a, b, c = g.staff(sex="F"), g.staff(sex="F"), g.staff(sex="M")
    if lang == "fr":
        subject = g.choice(["Infolettre Jeunesse-Famille — mars", "L'Écho des familles, no 42", "Infolettre JF : nouvelles de l'équipe"])
        text = ("INFOLETTRE JEUNESSE-FAMILLE\n\n"
                f"Bienvenue à Dre {a['name']}, pédiatre, qui se joint à la clinique du mardi. Elle s'intéresse "
                "particulièrement à l'asthme et aux allergies alimentaires chez l'enfant.\n\n"
                f"Félicitations à Mme {b['name']}, infirmière en santé scolaire, lauréate du prix Reconnaissance "
                "pour son projet de prévention des ITSS en 3e secondaire.\n\n"
                "Vaccination scolaire : 91 % des élèves de 4e année ont reçu leur 1re dose contre le VPH "
                "(objectif régional : 90 %).\n\n"
                f"Allaitement : M. {c['name']}, nutritionniste, anime la halte-allaitement les jeudis à 13 h 30.\n\n"
                "Rappel : la semaine de sensibilisation à la dépression post-partum a lieu du 5 au 11 mai.\n\n"
                + signature(g, com, "Communications", "fr", "Service des communications"))
    else:
        subject = g.choice(["Youth & Family newsletter - March", "Family Matters, issue 42", "Team news - youth & family"])
        text = ("YOUTH & FAMILY NEWSLETTER\n\n"
                f"Welcome to Dr. {a['name']}, pediatrician, joining the Tuesday clinic. She has a special interest "
                "in childhood asthma and food allergies.\n\n"
                f"Congratulations to Ms. {b['name']}, school health nurse, winner of the Recognition award for her "
                "STI prevention project in Secondary 3.\n\n"
                "School vaccination: 91% of grade 4 students received their first HPV dose (regional target 90%).\n\n"
                f"Breastfeeding: Mr. {c['name']}, dietitian, runs the breastfeeding drop-in on Thursdays at 1:30 pm.\n\n"
                "Reminder: postpartum depression awareness week runs May 5-11.\n\n"
                + signature(g, com, "Communications", "en", "Communications"))
    return nspec("newsletter", lang, "team newsletter" if lang == "en" else "infolettre de l'équipe",
                 (com["name"], com["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 prefer=g.choice(["html", "alt", "plain"]))


# ------------------------------------------------------------------ N14 conference programme
def conference(g, lang):
    org = g.staff()
    spk = team(g, 4)
    spk[0], spk[2] = g.staff(sex="F"), g.staff(sex="M")
    if lang == "fr":
        subject = "Programme — Colloque régional en périnatalité et petite enfance"
        lines = ["## Jeudi 15 mai 2025 — Centre des congrès de Saint-Aurèle",
                 f"8 h 45 — Dre {spk[0]['name']}, obstétricienne : Le diabète gestationnel, nouvelles cibles",
                 f"10 h 15 — {spk[1]['name']}, inf. M. Sc. : Ictère néonatal et congé précoce",
                 f"11 h 30 — Dr {spk[2]['name']}, pédopsychiatre : Anxiété chez l'enfant d'âge scolaire",
                 f"13 h 30 — Table ronde : La négligence, repérer tôt (animée par {spk[3]['name']})",
                 "15 h 00 — Ateliers : allaitement et frein de langue; vaccination en milieu scolaire",
                 "Inscription : 75 $ (membres), 120 $ (non-membres). Crédits de formation : 6 h."]
        text = ("Bonjour,\n\nVous trouverez ci-joint le programme du colloque régional. Les places sont limitées.\n\n"
                + signature(g, org, "Comité organisateur", "fr"))
        fn = "programme_colloque_2025.pdf"
        title = "Colloque régional en périnatalité et petite enfance"
    else:
        subject = "Programme - Regional perinatal and early childhood conference"
        lines = ["## Thursday, May 15, 2025 - Saint-Aurèle Convention Centre",
                 f"8:45 - Dr. {spk[0]['name']}, obstetrician: Gestational diabetes, new targets",
                 f"10:15 - {spk[1]['name']}, RN MSc: Neonatal jaundice and early discharge",
                 f"11:30 - Dr. {spk[2]['name']}, child psychiatrist: Anxiety in school-age children",
                 f"1:30 - Panel: Neglect, spotting it early (moderated by {spk[3]['name']})",
                 "3:00 - Workshops: breastfeeding and tongue-tie; school-based vaccination",
                 "Registration: $75 (members), $120 (non-members). 6 CE hours."]
        text = ("Hello,\n\nAttached is the programme for the regional conference. Seats are limited.\n\n"
                + signature(g, org, "Organizing committee", "en"))
        fn = "conference_programme_2025.pdf"
        title = "Regional perinatal and early childhood conference"
    data = A.pdf(title, lines)
    return nspec("conference", lang, "conference programme with speakers" if lang == "en" else "programme de colloque",
                 (org["name"], org["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 attachments=[{"filename": fn, "kind": "pdf", "data": data}])


# ------------------------------------------------------------------ N15 invoice
def invoice(g, lang):
    acc = g.staff()
    vend = g.choice([("Médela Location Québec", "factures@medela-location.example"),
                     ("Distributions Bébé-Santé", "comptes@bebesante.example"),
                     ("Fournitures Médicales Laurentides", "ar@fml-med.example")])
    num = f"F-{g.randint(20000, 99999)}"
    items = [("Tire-lait hospitalier (location mensuelle)", 6, 45.00), ("Ensemble de collecte", 12, 18.50),
             ("Pèse-bébé numérique", 1, 389.00), ("Thermomètre tympanique", 4, 62.00)]
    items = g.sample(items, g.randint(2, 4))
    sub = sum(q * p for _, q, p in items)
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    if lang == "fr":
        lines = [f"Facture n° {num}", f"Date : {g.date(2025, 1, 6).isoformat()}", f"Client : {ORG} — compte 40-{g.randint(1000, 9999)}",
                 f"Adresse de livraison : {ORG_ADDR}", "## Détail"] + \
                [f"{d} — qté {q} x {p:.2f} $ = {q * p:.2f} $" for d, q, p in items] + \
                [f"Sous-total : {sub:.2f} $", f"TPS : {tps:.2f} $   TVQ : {tvq:.2f} $",
                 f"Total : {sub + tps + tvq:.2f} $", "Conditions : net 30 jours"]
        subject = f"Facture {num}"
        text = (f"Bonjour,\n\nVeuillez trouver ci-joint la facture {num} pour votre commande. Paiement par dépôt direct "
                "ou chèque.\n\nService à la clientèle\n" + vend[0] + "\nTél. 1-800-555-0148")
    else:
        lines = [f"Invoice no. {num}", f"Date: {g.date(2025, 1, 6).isoformat()}", f"Bill to: {ORG} - account 40-{g.randint(1000, 9999)}",
                 f"Ship to: {ORG_ADDR}", "## Items"] + \
                [f"{d} - qty {q} x ${p:.2f} = ${q * p:.2f}" for d, q, p in items] + \
                [f"Subtotal: ${sub:.2f}", f"GST: ${tps:.2f}   QST: ${tvq:.2f}", f"Total: ${sub + tps + tvq:.2f}", "Terms: net 30"]
        subject = f"Invoice {num}"
        text = (f"Hello,\n\nPlease find attached invoice {num} for your order. Payment by direct deposit or cheque.\n\n"
                "Customer service\n" + vend[0] + "\nTel. 1-800-555-0148")
    return nspec("invoice", lang, "supplier invoice" if lang == "en" else "facture de fournisseur", vend,
                 [(acc["name"], acc["email"])], subject, text,
                 attachments=[{"filename": f"{num}.pdf", "kind": "pdf", "data": A.pdf(subject, lines)}])


# ------------------------------------------------------------------ N16 purchase order with serials
def purchase_order(g, lang):
    buyer = g.staff()
    po = f"BC-{g.randint(100000, 999999)}"
    rows = [["Article", "Modèle", "N° de série", "N° d'actif", "Qté"] if lang == "fr"
            else ["Item", "Model", "Serial no.", "Asset no.", "Qty"]]
    for it in g.sample(["Pèse-bébé Seca 354", "Otoscope Welch Allyn", "Réfrigérateur à vaccins", "Glucomètre",
                        "Bilirubinomètre transcutané JM-105", "Audiomètre de dépistage"], 4):
        s = luhn_serial(g, 9)
        sf = g.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
        rows.append([it, f"M{g.randint(100, 999)}", sf, f"{luhn_serial(g, 10)}", 1])
    if lang == "fr":
        subject = f"Bon de commande {po} - équipements jeunesse"
        intro = (f"Bonjour,\n\nVoici le bon de commande {po} approuvé. Merci d'inscrire les numéros de série et "
                 "d'actif dans le registre des équipements.")
    else:
        subject = f"Purchase order {po} - youth services equipment"
        intro = (f"Hello,\n\nHere is approved purchase order {po}. Please log the serial and asset numbers in "
                 "the equipment register.")
    sig = signature(g, buyer, "Acheteuse, approvisionnement" if lang == "fr" else "Buyer, procurement", lang)
    text = intro + "\n\n" + table_text(rows) + "\n\n" + sig
    return nspec("purchase_order", lang, "purchase order with serial and asset numbers" if lang == "en"
                 else "bon de commande avec numéros de série", (buyer["name"], buyer["email"]),
                 [("Biomédical" if lang == "fr" else "Biomedical engineering", f"biomed@{DOM}")], subject, text,
                 html=text_to_html(intro).replace("</body></html>", "") + html_table(rows) + "<pre>" + sig + "</pre></body></html>")


# ------------------------------------------------------------------ N17 vaccine inventory
def vaccine_inventory(g, lang):
    mag = g.staff()
    vacc = ["Gardasil 9", "Engerix-B", "Boostrix", "Menjugate", "Priorix-Tetra", "Infanrix hexa", "Prevnar 20"]
    rows = [["Produit", "Lot", "Expiration", "Doses", "Frigo"] if lang == "fr" else ["Product", "Lot", "Expiry", "Doses", "Fridge"]]
    for v in g.sample(vacc, 5):
        rows.append([v, f"{g.choice(['U', 'X', 'AHB', 'T0'])}{g.randint(1000, 99999)}{g.choice(['AA', 'B', ''])}",
                     f"2026-{g.randint(1, 12):02d}", g.randint(10, 240), g.choice(["F1", "F2"])])
    xl = A.xlsx([("Inventaire" if lang == "fr" else "Inventory", rows + [[], ["T° min/max F1", "2.4 / 7.1"]])])
    if lang == "fr":
        subject = "Inventaire vaccins - fin de mois"
        text = ("Bonjour,\n\nInventaire des vaccins au 31 janvier en pièce jointe. Aucun bris de chaîne de froid ce "
                "mois-ci (min. 2,4 °C, max. 7,1 °C). Commande de Gardasil 9 à prévoir pour la clinique scolaire de mars.\n\n"
                + signature(g, mag, "Magasinier, vaccins", "fr"))
    else:
        subject = "Vaccine inventory - month end"
        text = ("Hello,\n\nJanuary 31 vaccine inventory attached. No cold-chain breaks this month (min 2.4 C, max "
                "7.1 C). Gardasil 9 order needed for the March school clinic.\n\n" + signature(g, mag, "Storekeeper, vaccines", "en"))
    return nspec("inventory", lang, "vaccine inventory with lot numbers" if lang == "en" else "inventaire des vaccins avec lots",
                 (mag["name"], mag["email"]), [("Vaccination", f"vaccination@{DOM}")], subject, text,
                 attachments=[{"filename": "inventaire_vaccins.xlsx" if lang == "fr" else "vaccine_inventory.xlsx",
                               "kind": "xlsx", "data": xl}])


# ------------------------------------------------------------------ N18 IT
def it_notice(g, lang):
    it = g.staff()
    kind = g.choice(["maint", "phish", "pwd", "ticket"])
    tk = f"INC{g.randint(1000000, 9999999)}"
    if lang == "fr":
        text = {
            "maint": "Le système I-CLSC et le DSQ seront indisponibles dimanche de 6 h à 10 h pour une mise à jour. "
                     "Prévoyez vos notes papier pour les visites prévues pendant cette période.",
            "phish": "Plusieurs employés ont reçu un courriel « Votre boîte aux lettres est pleine » demandant leur mot "
                     "de passe. Ne cliquez pas sur le lien. Transférez le message à securite@cisss-rivsaules.example.",
            "pwd": "Votre mot de passe réseau expire dans 5 jours. Changez-le avec Ctrl+Alt+Suppr > Modifier le mot de passe.",
            "ticket": f"Votre demande {tk} (imprimante du 2e étage, secteur périnatalité) est résolue : bourrage et "
                      "pilote réinstallé. Répondez à ce courriel si le problème persiste.",
        }[kind]
        subject = {"maint": "Interruption planifiée I-CLSC", "phish": "ALERTE hameçonnage", "pwd": "Expiration du mot de passe",
                   "ticket": f"Billet {tk} résolu"}[kind]
        text = f"Bonjour,\n\n{text}\n\nCentre de services TI\nPoste 5555 | servicedesk@{DOM}"
    else:
        text = {
            "maint": "I-CLSC and the provincial health record viewer will be unavailable Sunday 6-10 am for an upgrade. "
                     "Plan paper notes for any visits during that window.",
            "phish": "Several staff received a \"Your mailbox is full\" e-mail asking for their password. Do not click the "
                     "link. Forward the message to securite@cisss-rivsaules.example.",
            "pwd": "Your network password expires in 5 days. Change it with Ctrl+Alt+Del > Change a password.",
            "ticket": f"Your request {tk} (2nd floor printer, perinatal area) is resolved: paper jam and driver "
                      "reinstalled. Reply to this e-mail if the problem persists.",
        }[kind]
        subject = {"maint": "Planned I-CLSC outage", "phish": "Phishing ALERT", "pwd": "Password expiry",
                   "ticket": f"Ticket {tk} resolved"}[kind]
        text = f"Hello,\n\n{text}\n\nIT Service Desk\nExt. 5555 | servicedesk@{DOM}"
    return nspec("it_notice", lang, "IT notice" if lang == "en" else "avis informatique",
                 ("Centre de services TI" if lang == "fr" else "IT Service Desk", f"servicedesk@{DOM}"),
                 [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text)


# ------------------------------------------------------------------ N19 facilities
def facilities(g, lang):
    fac = g.staff()
    kind = g.choice(["parking", "heat", "fire", "move"])
    if lang == "fr":
        text = {"parking": "Le stationnement arrière sera fermé mardi et mercredi pour le déneigement. Les véhicules "
                           "des visites à domicile peuvent utiliser le stationnement de l'église.",
                "heat": "Le chauffage du 2e étage (aile périnatalité) est en réparation. Des chaufferettes sont "
                        "disponibles; la salle d'allaitement est déplacée temporairement au local 112.",
                "fire": "Exercice d'évacuation incendie jeudi à 10 h. Les clients présents doivent être accompagnés "
                        "au point de rassemblement (stationnement avant).",
                "move": "L'équipe de santé scolaire déménage au 3e étage le 14 mars. Les boîtes seront livrées lundi."}[kind]
        subject = {"parking": "Fermeture du stationnement arrière", "heat": "Bris de chauffage - 2e étage",
                   "fire": "Exercice d'évacuation", "move": "Déménagement - santé scolaire"}[kind]
        sig = signature(g, fac, "Technicien, services techniques", "fr", "Services techniques")
    else:
        text = {"parking": "The back parking lot is closed Tuesday and Wednesday for snow removal. Home-visit vehicles "
                           "can use the church lot.",
                "heat": "Heating on the 2nd floor (perinatal wing) is being repaired. Space heaters are available; the "
                        "breastfeeding room is temporarily in room 112.",
                "fire": "Fire drill Thursday at 10 am. Clients on site must be accompanied to the assembly point (front lot).",
                "move": "The school health team moves to the 3rd floor on March 14. Boxes will be delivered Monday."}[kind]
        subject = {"parking": "Back parking lot closed", "heat": "Heating failure - 2nd floor", "fire": "Fire drill",
                   "move": "Move - school health"}[kind]
        sig = signature(g, fac, "Technician, building services", "en", "Building services")
    return nspec("facilities", lang, "building services notice" if lang == "en" else "avis des services techniques",
                 (fac["name"], fac["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject,
                 f"{'Bonjour' if lang == 'fr' else 'Hello'},\n\n{text}\n\n{sig}")


# ------------------------------------------------------------------ N20 aggregate statistics
def stats(g, lang):
    an = g.staff()
    chef = g.staff()
    schools = SCHOOLS if lang == "fr" else SCHOOLS_EN
    rows = [["École", "Élèves 4e", "VPH dose 1", "Couverture", "HB dose 1", "Couverture"] if lang == "fr"
            else ["School", "Grade 4 students", "HPV dose 1", "Coverage", "HB dose 1", "Coverage"]]
    for s in schools:
        n = g.randint(28, 96)
        a, b = g.randint(int(n * 0.8), n), g.randint(int(n * 0.75), n)
        rows.append([s, n, a, f"{100 * a / n:.1f} %", b, f"{100 * b / n:.1f} %"])
    if lang == "fr":
        subject = g.choice(["Couverture vaccinale scolaire - bilan", "Statistiques T3 - services jeunesse"])
        text = ("Bonjour,\n\nVoici les données agrégées de la campagne de vaccination en 4e année. Pour le T3 : 142 "
                "signalements reçus à la DPJ pour notre territoire (38 % négligence, 21 % mauvais traitements "
                "psychologiques), 311 visites postnatales (88 % dans les 72 h), EPDS ≥ 13 chez 11 % des mères dépistées.\n\n"
                "Aucune donnée nominative n'est incluse.\n\n" + signature(g, an, "Agente de planification, programmation et recherche", "fr"))
        fn = "couverture_vaccinale_4e.csv"
    else:
        subject = g.choice(["School vaccine coverage - summary", "Q3 statistics - youth services"])
        text = ("Hello,\n\nHere is the aggregate data from the grade 4 vaccination campaign. For Q3: 142 reports "
                "received by youth protection for our territory (38% neglect, 21% psychological ill-treatment), 311 "
                "postnatal visits (88% within 72 h), EPDS >= 13 in 11% of screened mothers.\n\n"
                "No identifying data is included.\n\n" + signature(g, an, "Planning, programming and research officer", "en"))
        fn = "grade4_vaccine_coverage.csv"
    return nspec("aggregate_stats", lang, "aggregate vaccination and service statistics" if lang == "en"
                 else "statistiques agrégées de vaccination et de services", (an["name"], an["email"]),
                 [(chef["name"], chef["email"])], subject, text,
                 attachments=[{"filename": fn, "kind": "csv", "text": A.csv_text(rows, ";" if lang == "fr" else ",")}])


# ------------------------------------------------------------------ N21 teaching case
def teaching_case(g, lang):
    pr = g.staff()
    case = g.choice(["jaundice", "neglect", "anaph"])
    if lang == "fr":
        body = {"jaundice": "Nourrisson de 4 jours, né à 37 sem., allaité exclusivement. Perte de poids de 10 %. "
                            "Ictère jusqu'aux genoux, bilirubine transcutanée 240 µmol/L.\nQuestions : 1) Quelle zone de "
                            "risque ? 2) Quelles sont vos interventions ? 3) Quand référer ?",
                "neglect": "Enfant de 6 ans, absences fréquentes, caries multiples, vêtements inadaptés à la saison. "
                           "La mère, 27 ans, vit seule avec trois enfants.\nQuestions : 1) Y a-t-il motif de "
                           "signalement ? 2) Quels facteurs de protection rechercher ?",
                "anaph": "Élève de 8 ans, allergie connue aux arachides, présente urticaire et toux après le dîner.\n"
                         "Questions : 1) Quand administrer l'épinéphrine ? 2) Quelle surveillance ?"}[case]
        subject = "Vignette clinique pour la rencontre de formation (anonymisée)"
        text = (f"Bonjour,\n\nPour la discussion de jeudi, voici un cas fictif construit à partir de plusieurs situations. "
                f"Aucun renseignement identificatoire.\n\nCAS\n{body}\n\n" + signature(g, pr, "Conseillère clinique", "fr"))
    else:
        body = {"jaundice": "4-day-old infant, born at 37 weeks, exclusively breastfed. 10% weight loss. Jaundice to the "
                            "knees, transcutaneous bilirubin 240 umol/L.\nQuestions: 1) Which risk zone? 2) What do you do? "
                            "3) When do you refer?",
                "neglect": "6-year-old, frequent absences, multiple cavities, clothing not suited to the season. Mother, "
                           "27, lives alone with three children.\nQuestions: 1) Is there grounds to report? 2) Which "
                           "protective factors would you look for?",
                "anaph": "8-year-old student with known peanut allergy develops hives and cough after lunch.\n"
                         "Questions: 1) When do you give epinephrine? 2) What monitoring?"}[case]
        subject = "Clinical vignette for training session (de-identified)"
        text = (f"Hello,\n\nFor Thursday's discussion, here is a fictional case built from several situations. "
                f"No identifying information.\n\nCASE\n{body}\n\n" + signature(g, pr, "Clinical advisor", "en"))
    return nspec("teaching_case", lang, "de-identified teaching case" if lang == "en" else "vignette clinique anonymisée",
                 (pr["name"], pr["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text)


# ------------------------------------------------------------------ N22 blank form
def blank_form(g, lang):
    ag = g.staff()
    form = g.choice(["docx", "pdf"])
    if lang == "fr":
        title = g.choice(["Consentement à la vaccination en milieu scolaire", "Demande de services — jeunesse",
                          "Autorisation d'administrer un médicament à l'école"])
        lines = ["## Identification de l'enfant", "Nom : ______________________   Prénom : ___________________",
                 "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : F [ ]  M [ ]  X [ ]",
                 "NAM : ____ ____ ____   Expiration : __/__", "École : ____________________  Groupe : ______",
                 "## Parent ou tuteur", "Nom : ______________________   Téléphone : (___) ___-____",
                 "Adresse : ________________________________________________",
                 "## Renseignements de santé", "Allergies : ____________  Médicaments : ____________",
                 "Signature : ______________________   Date : ____________"]
        subject = f"Formulaire vierge : {title}"
        text = (f"Bonjour,\n\nVoici la version 2025 du formulaire « {title} » à imprimer au besoin. L'ancienne version "
                "ne doit plus être utilisée.\n\n" + signature(g, ag, "Agente administrative", "fr"))
    else:
        title = g.choice(["School vaccination consent", "Request for services - youth", "Authorization to give medication at school"])
        lines = ["## Child", "Last name: ______________________   First name: ___________________",
                 "Date of birth (YYYY-MM-DD): ____-__-__   Sex: F [ ]  M [ ]  X [ ]",
                 "RAMQ no.: ____ ____ ____   Exp.: __/__", "School: ____________________  Class: ______",
                 "## Parent or guardian", "Name: ______________________   Phone: (___) ___-____",
                 "Address: ________________________________________________",
                 "## Health information", "Allergies: ____________  Medications: ____________",
                 "Signature: ______________________   Date: ____________"]
        subject = f"Blank form: {title}"
        text = (f"Hello,\n\nHere is the 2025 version of the \"{title}\" form to print as needed. Please stop using the "
                "old version.\n\n" + signature(g, ag, "Administrative officer", "en"))
    data = A.docx(title, lines) if form == "docx" else A.pdf(title, lines)
    fn = ("formulaire_vierge." if lang == "fr" else "blank_form.") + form
    return nspec("blank_form", lang, "blank form" if lang == "en" else "formulaire vierge", (ag["name"], ag["email"]),
                 [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 attachments=[{"filename": fn, "kind": form, "data": data}])


# ------------------------------------------------------------------ N23 mail-merge template
def mail_merge(g, lang):
    ag = g.staff()
    if lang == "fr":
        tpl = ("Bonjour «Prenom_parent» «Nom_parent»,\n\nVotre enfant «Prenom_enfant» (groupe «Groupe») recevra ses "
               "vaccins à l'école le «Date_clinique». Merci de retourner le formulaire de consentement signé avant "
               "le «Date_limite».\n\nL'infirmière scolaire, «Nom_infirmiere»\nCLSC de Saint-Aurèle — 450-555-0100")
        subject = "Modèle de lettre - publipostage vaccination 4e année"
        text = ("Bonjour,\n\nVoici le modèle de lettre pour le publipostage. Les champs entre chevrons seront remplis "
                "à partir du fichier de l'école; ne pas modifier les noms de champs.\n\n--- MODÈLE ---\n" + tpl
                + "\n--- FIN ---\n\n" + signature(g, ag, "Agente administrative", "fr"))
    else:
        tpl = ("Dear {{parent_first_name}} {{parent_last_name}},\n\nYour child {{child_first_name}} (class {{class}}) "
               "will receive vaccines at school on {{clinic_date}}. Please return the signed consent form by "
               "{{deadline}}.\n\nSchool nurse, {{nurse_name}}\nSaint-Aurèle CLSC - 450-555-0100")
        subject = "Letter template - grade 4 vaccination mail merge"
        text = ("Hello,\n\nHere is the mail-merge letter. The fields in braces are filled from the school's file; "
                "please don't rename them.\n\n--- TEMPLATE ---\n" + tpl + "\n--- END ---\n\n"
                + signature(g, ag, "Administrative officer", "en"))
    return nspec("mail_merge_template", lang, "mail-merge letter template" if lang == "en" else "modèle de publipostage",
                 (ag["name"], ag["email"]), [("Santé scolaire" if lang == "fr" else "School health", f"sante.scolaire@{DOM}")],
                 subject, text)


# ------------------------------------------------------------------ N24 drug shortage
def shortage(g, lang):
    ph = g.staff()
    drug = g.choice([("D-Vi-Sol (vitamine D 400 UI/ml)", "D-Vi-Sol (vitamin D 400 IU/ml)"),
                     ("amoxicilline suspension 250 mg/5 ml", "amoxicillin suspension 250 mg/5 ml"),
                     ("EpiPen Jr 0,15 mg", "EpiPen Jr 0.15 mg"), ("Diclectin", "Diclectin")])
    if lang == "fr":
        subject = f"Avis de pénurie : {drug[0]}"
        text = (f"Bonjour,\n\nSanté Canada signale une pénurie de {drug[0]} jusqu'à la fin avril. Alternatives "
                "disponibles en pharmacie communautaire : voir le tableau de l'APES. Aucune action requise pour les "
                "ordonnances en cours; le pharmacien fera la substitution.\n\n" + signature(g, ph, "Pharmacienne, CISSS", "fr", "Département de pharmacie"))
    else:
        subject = f"Shortage notice: {drug[1]}"
        text = (f"Hello,\n\nHealth Canada reports a shortage of {drug[1]} until the end of April. Alternatives are "
                "available at community pharmacies. No action needed for current prescriptions; the pharmacist will "
                "substitute.\n\n" + signature(g, ph, "Pharmacist, CISSS", "en", "Pharmacy department"))
    return nspec("drug_shortage", lang, "drug shortage notice" if lang == "en" else "avis de pénurie de médicament",
                 (ph["name"], ph["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text)


# ------------------------------------------------------------------ N25 recall
def recall(g, lang):
    q = g.staff()
    lots = [f"{g.randint(10, 99)}{g.choice('ABCDEFGH')}{g.randint(1000, 9999)}" for _ in range(3)]
    prod = g.choice([("préparation pour nourrissons en poudre", "powdered infant formula"),
                     ("sièges d'auto pour bébé, modèle Voyage 35", "Voyage 35 infant car seats"),
                     ("tire-lait électrique, modèle Duo", "Duo electric breast pumps")])
    if lang == "fr":
        subject = f"Rappel de produit : {prod[0]}"
        text = (f"Bonjour,\n\nRappel volontaire du fabricant visant les {prod[0]}, lots {', '.join(lots)}. Merci de "
                "vérifier vos stocks et d'informer les familles lors des visites si le produit est vu à domicile "
                "(affiche jointe au besoin). Aucune blessure rapportée au Canada.\n\n" + signature(g, q, "Conseillère qualité", "fr"))
    else:
        subject = f"Product recall: {prod[1]}"
        text = (f"Hello,\n\nVoluntary manufacturer recall of {prod[1]}, lots {', '.join(lots)}. Please check your stock "
                "and tell families during visits if you see the product at home. No injuries reported in Canada.\n\n"
                + signature(g, q, "Quality advisor", "en"))
    return nspec("recall", lang, "product recall notice with lot numbers" if lang == "en" else "avis de rappel avec lots",
                 (q["name"], q["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text)


# ------------------------------------------------------------------ N26 research protocol
def research(g, lang):
    r = g.staff()
    pi = g.staff(sex="F")
    if lang == "fr":
        subject = "Projet de recherche : soutien à l'allaitement par texto - approbation CER"
        paras = ["## Objectif", "Évaluer l'effet d'un soutien par messages texte sur la durée de l'allaitement exclusif.",
                 "## Devis", "Essai randomisé pragmatique, 240 dyades mère-enfant, recrutement à l'unité mère-enfant.",
                 "## Critères", "Inclusion : mères de 18 ans et plus, bébé à terme. Exclusion : contre-indication à l'allaitement.",
                 f"## Chercheuse principale", f"Dre {pi['name']}, Ph. D.", "## Confidentialité",
                 "Les participantes seront identifiées par un code; la clé est conservée par l'équipe de recherche."]
        text = (f"Bonjour,\n\nLe comité d'éthique a approuvé le protocole (version 3). Le résumé est joint pour information "
                "de l'équipe de périnatalité. Aucun recrutement ne se fait au CLSC.\n\n" + signature(g, r, "Coordonnatrice de recherche", "fr"))
        fn = "resume_protocole_v3.docx"
        title = "Résumé du protocole"
    else:
        subject = "Research project: text-message breastfeeding support - REB approval"
        paras = ["## Objective", "Assess whether text-message support prolongs exclusive breastfeeding.",
                 "## Design", "Pragmatic randomized trial, 240 mother-infant pairs, recruited on the mother-baby unit.",
                 "## Criteria", "Inclusion: mothers 18+, term baby. Exclusion: contraindication to breastfeeding.",
                 "## Principal investigator", f"Dr. {pi['name']}, PhD", "## Confidentiality",
                 "Participants are identified by code; the key is kept by the research team."]
        text = ("Hello,\n\nThe research ethics board approved the protocol (version 3). The summary is attached for the "
                "perinatal team's information. No recruitment takes place at the CLSC.\n\n" + signature(g, r, "Research coordinator", "en"))
        fn = "protocol_summary_v3.docx"
        title = "Protocol summary"
    return nspec("research_protocol", lang, "research protocol summary" if lang == "en" else "résumé de protocole de recherche",
                 (r["name"], r["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 attachments=[{"filename": fn, "kind": "docx", "data": A.docx(title, paras)}])


# ------------------------------------------------------------------ N27 physicians on call
def md_oncall(g, lang):
    sec = g.staff()
    mds = team(g, 4)
    sp_fr = ["pédiatrie générale", "néonatologie", "pédopsychiatrie (TDAH, anxiété)", "gynécologie-obstétrique"]
    sp_en = ["general pediatrics", "neonatology", "child psychiatry (ADHD, anxiety)", "obstetrics-gynecology"]
    rows = [["Semaine", "Médecin", "Spécialité", "Téléavertisseur"] if lang == "fr" else ["Week", "Physician", "Specialty", "Pager"]]
    for i, m in enumerate(mds):
        rows.append([f"{g.date(2025, 3, 3).isoformat()}", (m["dr_fr"] + " " if lang == "fr" else "Dr. ") + m["name"],
                     (sp_fr if lang == "fr" else sp_en)[i], f"450-555-01{g.randint(0, 99):02d}"])
    if lang == "fr":
        subject = "Garde médicale - consultants jeunesse (mars)"
        intro = "Bonjour,\n\nVoici la liste de garde des consultants pour les services jeunesse et périnatalité."
    else:
        subject = "On-call consultants - youth services (March)"
        intro = "Hello,\n\nHere is the consultant on-call list for youth and perinatal services."
    sig = signature(g, sec, "Secrétariat médical" if lang == "fr" else "Medical secretariat", lang)
    text = intro + "\n\n" + table_text(rows) + "\n\n" + sig
    return nspec("oncall_list", lang, "physician on-call list with specialties" if lang == "en"
                 else "liste de garde des médecins avec spécialités", (sec["name"], sec["email"]),
                 [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 html=text_to_html(intro).replace("</body></html>", "") + html_table(rows) + "<pre>" + sig + "</pre></body></html>")


# ------------------------------------------------------------------ N28 generic letter to parents
def parent_letter(g, lang):
    inf = g.staff()
    school = g.choice(SCHOOLS if lang == "fr" else SCHOOLS_EN)
    kind = g.choice(["lice", "vacc", "strep"])
    if lang == "fr":
        body = {"lice": "Des cas de pédiculose (poux) ont été signalés dans la classe de votre enfant. Merci de vérifier "
                        "la tête de votre enfant ce soir et, au besoin, d'appliquer un traitement offert en pharmacie.",
                "vacc": "La vaccination contre le VPH et l'hépatite B sera offerte aux élèves de 4e année le 14 octobre. "
                        "Le formulaire de consentement doit être retourné d'ici le 30 septembre.",
                "strep": "Quelques cas d'infection à streptocoque du groupe A ont été rapportés à l'école. Consultez si "
                         "votre enfant présente de la fièvre, un mal de gorge ou une éruption cutanée."}[kind]
        subject = f"Lettre aux parents - {school}"
        text = (f"Chers parents,\n\n{body}\n\nPour toute question, communiquez avec l'infirmière scolaire au 450-555-0100, "
                "poste 2214.\n\n" + signature(g, inf, "Infirmière scolaire", "fr", "Santé scolaire"))
    else:
        body = {"lice": "Cases of head lice have been reported in your child's class. Please check your child's hair tonight "
                        "and, if needed, use a treatment available at the pharmacy.",
                "vacc": "HPV and hepatitis B vaccines will be offered to grade 4 students on October 14. Please return the "
                        "consent form by September 30.",
                "strep": "A few cases of group A strep infection have been reported at the school. See a doctor if your "
                         "child has fever, sore throat or a rash."}[kind]
        subject = f"Letter to parents - {school}"
        text = (f"Dear parents,\n\n{body}\n\nQuestions? Call the school nurse at 450-555-0100 ext. 2214.\n\n"
                + signature(g, inf, "School nurse", "en", "School health"))
    return nspec("parent_letter", lang, "generic letter to all parents" if lang == "en" else "lettre générale aux parents",
                 (inf["name"], inf["email"]), [("Direction de l'école" if lang == "fr" else "School principal",
                                                f"direction@{'cssriviere' if lang == 'fr' else 'lvsb'}.example")],
                 subject, text, prefer=g.choice(["html", "plain", "alt"]))


# ------------------------------------------------------------------ N29 school clinic calendar
def clinic_calendar(g, lang):
    inf = g.staff()
    school = g.choice(SCHOOLS if lang == "fr" else SCHOOLS_EN)
    day = g.date(2025, 3, 5)
    start = datetime.datetime(day.year, day.month, day.day, 8, 30)
    summ = (f"Clinique de vaccination 4e année - {school}" if lang == "fr" else f"Grade 4 vaccination clinic - {school}")
    cal = A.ics(f"clin-{g.randint(10**5, 10**6)}@{DOM}", start, start + datetime.timedelta(hours=4), summ, school,
                "Apporter Gardasil 9 et Engerix-B, glacière, trousse d'anaphylaxie." if lang == "fr"
                else "Bring Gardasil 9 and Engerix-B, cooler, anaphylaxis kit.", (inf["name"], inf["email"]))
    text = ((f"Bonjour,\n\nRéservation de la clinique de vaccination {a_(school)}. Deux infirmières requises.\n\n")
            if lang == "fr" else (f"Hello,\n\nBooking for the vaccination clinic at {school}. Two nurses needed.\n\n")) + \
        signature(g, inf, "Infirmière scolaire" if lang == "fr" else "School nurse", lang, short=True)
    return nspec("calendar", lang, "school vaccination clinic booking" if lang == "en" else "réservation de clinique de vaccination",
                 (inf["name"], inf["email"]), [("Santé scolaire" if lang == "fr" else "School health", f"sante.scolaire@{DOM}")],
                 ("Invitation : " if lang == "fr" else "Invitation: ") + summ, text,
                 attachments=[{"filename": "clinique.ics" if lang == "fr" else "clinic.ics", "kind": "ics", "text": cal}])


# ------------------------------------------------------------------ N30 vendor contact card
def vendor_card(g, lang):
    buyer = g.staff()
    rep = {"given": g.choice(["Martin", "Chantal", "Brian", "Nadia"]), "surname": g.choice(["Lemay", "Kerr", "Gravel", "Murray"])}
    vc = A.vcard(rep["given"], rep["surname"], org="Distributions Bébé-Santé inc.", title="Représentant(e) régional(e)",
                 tel_work="1-800-555-0162", email=f"{rep['given'].lower()}.{rep['surname'].lower()}@bebesante.example")
    text = ((f"Bonjour,\n\nVoici les coordonnées de {rep['given']} {rep['surname']}, notre représentant(e) pour les "
             "tire-lait et pèse-bébés. À contacter pour les bris sous garantie.\n\n") if lang == "fr" else
            (f"Hello,\n\nHere are the contact details for {rep['given']} {rep['surname']}, our rep for breast pumps and "
             "baby scales. Contact for warranty repairs.\n\n")) + signature(g, buyer, "Approvisionnement" if lang == "fr" else "Procurement", lang)
    return nspec("vendor_contact", lang, "supplier representative contact card" if lang == "en"
                 else "fiche contact d'un représentant fournisseur", (buyer["name"], buyer["email"]),
                 [ALL_STAFF if lang == "fr" else ALL_STAFF_EN],
                 "Coordonnées du représentant" if lang == "fr" else "Supplier rep contact", text,
                 attachments=[{"filename": f"{rep['given']} {rep['surname']}.vcf", "kind": "vcf", "text": vc}])


# ------------------------------------------------------------------ N31 zip of templates
def zip_forms(g, lang):
    ag = g.staff()
    f1 = blank_form(g, lang)["attachments"][0]
    members = [(f1["filename"], f1["data"]),
               ("LISEZMOI.txt" if lang == "fr" else "README.txt",
                ("Formulaires 2025 - imprimer recto verso.\r\n" if lang == "fr" else "2025 forms - print double-sided.\r\n").encode("utf-8")),
               ("grille_suivi_vierge.csv" if lang == "fr" else "blank_tracking_grid.csv",
                A.csv_text([["Nom", "DDN", "Date visite", "Poids"] if lang == "fr" else ["Name", "DOB", "Visit date", "Weight"],
                            ["", "", "", ""]]).encode("utf-8"))]
    text = ("Bonjour,\n\nLe fichier compressé contient les formulaires vierges mis à jour.\n\n" if lang == "fr" else
            "Hello,\n\nThe zip contains the updated blank forms.\n\n") + signature(g, ag, "Agente administrative" if lang == "fr" else "Admin officer", lang)
    return nspec("blank_form", lang, "zip of blank forms" if lang == "en" else "archive de formulaires vierges",
                 (ag["name"], ag["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN],
                 "Formulaires vierges 2025" if lang == "fr" else "Blank forms 2025", text,
                 attachments=[{"filename": "formulaires_2025.zip" if lang == "fr" else "forms_2025.zip", "kind": "zip",
                               "data": A.zip_of(members)}])


# ------------------------------------------------------------------ N32 forwarded notice as .eml
def forwarded_notice(g, lang):
    me = g.staff()
    col = g.staff()
    inner = g.choice([it_notice, facilities, shortage, committee])(g, lang)
    inner["date_dt"] = datetime.datetime(2025, g.randint(1, 3), g.randint(1, 28), 9, 5)
    text = (g.choice(["Pour info.", "À lire, ça nous concerne.", "FYI pour l'équipe de soir."]) if lang == "fr" else
            g.choice(["FYI.", "Worth a read, affects us.", "FYI for the evening team."])) + f"\n\n{me['given']}"
    return nspec("forwarded_notice", lang, "notice forwarded as attached message" if lang == "en"
                 else "avis transféré en pièce jointe .eml", (me["name"], me["email"]), [(col["name"], col["email"])],
                 ("TR: " if lang == "fr" else "Fwd: ") + inner["subject"], text,
                 attachments=[{"filename": "avis.eml" if lang == "fr" else "notice.eml", "kind": "eml", "inner": inner}],
                 date_dt=inner["date_dt"] + datetime.timedelta(days=1, hours=g.randint(-2, 4)))


TEMPLATES = [
    ("newsletter", newsletter), ("conference", conference), ("invoice", invoice),
    ("purchase_order", purchase_order), ("vaccine_inventory", vaccine_inventory), ("it_notice", it_notice),
    ("facilities", facilities), ("stats", stats), ("teaching_case", teaching_case), ("blank_form", blank_form),
    ("mail_merge", mail_merge), ("shortage", shortage), ("recall", recall), ("research", research),
    ("md_oncall", md_oncall), ("parent_letter", parent_letter), ("clinic_calendar", clinic_calendar),
    ("vendor_card", vendor_card), ("zip_forms", zip_forms), ("forwarded_notice", forwarded_notice),
]
