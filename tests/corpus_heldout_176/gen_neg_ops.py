"""Negative templates, part 2: purchasing, inventory, IT, facilities, statistics, teaching, forms, notices.
Hard negatives: checksum-valid lot/serial/asset numbers, labelled fields, blank forms, de-identified cases."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, earlier, spec, html_table, text_table, wrap_html, quote, forward, inner_message

VENDORS = [("Distributions MédiRive inc.", "medirive.example"), ("Northern Harm Reduction Supply Co.", "nhrsupply.example"),
           ("Laboratoires Toxicor", "toxicor.example"), ("Fournitures Cliniques Boréal", "fcboreal.example")]


def _lot(ctx):
    r = ctx.rng
    k = r.choice(["sin", "ohip", "niss", "plain"])
    if k == "sin":
        return C.make_sin(r)
    if k == "ohip":
        return C.make_ohip(r)[0]
    if k == "niss":
        return C.make_niss(r, datetime.date(r.randint(1960, 1999), r.randint(1, 12), r.randint(1, 28)), "M")
    return "%s%d" % (r.choice(["NX", "UD", "LB"]), r.randint(100000, 999999))


ITEMS_FR = [("Naloxone vaporisateur nasal 4 mg (2 doses)", 47.50), ("Trousse naloxone injectable 0,4 mg/mL", 18.90),
            ("Godets de dépistage urinaire 12 panneaux", 9.25), ("Bandelettes de détection du fentanyl (100)", 112.00),
            ("Trousse d'inhalation sécuritaire", 2.15), ("Seringues 1 mL 28G (boîte de 100)", 21.40),
            ("Contenants pour objets pointus 1 L", 3.80), ("Tests capillaires anti-VHC (25)", 287.00)]
ITEMS_EN = [("Naloxone nasal spray 4 mg (2-pack)", 47.50), ("Injectable naloxone kit 0.4 mg/mL", 18.90),
            ("12-panel urine drug test cups", 9.25), ("Fentanyl test strips (100)", 112.00),
            ("Safer smoking kit", 2.15), ("1 mL 28G syringes (box of 100)", 21.40), ("Sharps containers 1 L", 3.80),
            ("HCV antibody fingerstick tests (25)", 287.00)]


def t_invoice(ctx):
    r = ctx.rng
    vn, vd = ctx.pick(VENDORS)
    items = r.sample(ITEMS_FR if ctx.lang == "fr" else ITEMS_EN, 4)
    inv = "F-%d" % r.randint(100000, 999999)
    lines = [("h", L(ctx, "FACTURE", "INVOICE") + " " + inv), vn, L(ctx, "Facturé à : ", "Bill to: ") + L(ctx, C.ORG_FR, C.ORG_EN),
             C.CLINIC_ADDR_FR, L(ctx, "Date : ", "Date: ") + ctx.date.isoformat(),
             L(ctx, "Bon de commande : ", "PO: ") + "BC-%d" % r.randint(40000, 49999), ""]
    total = 0
    for name, price in items:
        q = r.randint(2, 60)
        total += q * price
        lines.append("%s  | %s %s | %s %d | %.2f $" % (name, L(ctx, "lot", "lot"), _lot(ctx), L(ctx, "qté", "qty"), q, q * price))
    tps, tvq = total * 0.05, total * 0.09975
    lines += ["", "Sous-total / Subtotal: %.2f $" % total, "TPS/GST 5 %%: %.2f $  (no 81234 5678 RT0001)" % tps,
              "TVQ/QST 9,975 %%: %.2f $  (no 1204567890 TQ0001)" % tvq, "Total: %.2f $" % (total + tps + tvq),
              L(ctx, "Paiement net 30 jours.", "Payment net 30 days.")]
    body = L(ctx, "Bonjour,\n\nVeuillez trouver ci-jointe la facture %s pour la livraison du %s.\n\nService à la clientèle\n%s\n"
                  "Tél. 450-555-0191",
             "Hello,\n\nPlease find attached invoice %s for the delivery of %s.\n\nCustomer Service\n%s\nTel. 450-555-0191") % (
        inv, (ctx.date - datetime.timedelta(days=3)).isoformat(), vn)
    return spec(ctx, "invoice", L(ctx, "facture de fournisseur", "supplier invoice"), ext(vn, "facturation", vd),
                [ext(L(ctx, "Comptes fournisseurs", "Accounts payable"), "comptes-fournisseurs", "cisss-riveest.example")],
                L(ctx, "Facture %s", "Invoice %s") % inv, body, attachments=[M.Att("pdf", "%s.pdf" % inv, A.pdf(lines, title=inv))])


def t_purchase_order(ctx):
    r = ctx.rng
    buyer = ctx.staff(role="clerk|mgr")
    vn, vd = ctx.pick(VENDORS)
    po = "BC-%d" % r.randint(40000, 49999)
    rows = [[L(ctx, "Code article", "Item code"), L(ctx, "Description", "Description"), L(ctx, "Qté", "Qty"),
             L(ctx, "Prix unitaire", "Unit price"), L(ctx, "Centre de coûts", "Cost centre")]]
    for name, price in r.sample(ITEMS_FR if ctx.lang == "fr" else ITEMS_EN, 5):
        rows.append(["%s-%05d" % (r.choice(["NLX", "UDT", "HRS", "SYR"]), r.randint(0, 99999)), name, r.randint(5, 200), price,
                     "7%d-%d" % (r.randint(100, 999), r.randint(1000, 9999))])
    data = A.xlsx([("PO", [["PO", po], [L(ctx, "Fournisseur", "Vendor"), vn], [L(ctx, "Livrer à", "Ship to"), C.CLINIC_ADDR_FR],
                           []] + rows)], author=C.staff_name(buyer))
    body = L(ctx, "Bonjour,\n\nCi-joint le bon de commande %s. Livraison au quai de réception, porte 4, avant 15 h.\n\n%s",
             "Hello,\n\nPurchase order %s attached. Deliver to receiving dock, door 4, before 3 pm.\n\n%s") % (
        po, C.signature(buyer, ctx.lang))
    return spec(ctx, "purchase_order", L(ctx, "bon de commande", "purchase order"), who(buyer), [ext(vn, "commandes", vd)],
                L(ctx, "Bon de commande %s", "Purchase order %s") % po, body,
                attachments=[M.Att("xlsx", "%s.xlsx" % po, data)])


def t_inventory(ctx):
    r = ctx.rng
    s = ctx.staff()
    rows = [[L(ctx, "Article", "Item"), L(ctx, "Lot", "Lot"), L(ctx, "Péremption", "Expiry"), L(ctx, "Quantité", "Qty"),
             L(ctx, "Emplacement", "Location")]]
    for name, _ in (ITEMS_FR if ctx.lang == "fr" else ITEMS_EN)[:6]:
        rows.append([name, _lot(ctx), "%d-%02d" % (r.randint(2024, 2027), r.randint(1, 12)), r.randint(0, 340),
                     r.choice(["Pharmacie B1", "Camionnette 1", "Camionnette 2", "Réserve USE"])])
    body = L(ctx, "Bonjour,\n\nInventaire mensuel du matériel de réduction des méfaits en pièce jointe. Deux lots de "
                  "naloxone expirent dans 60 jours : à utiliser en priorité.\n\n%s",
             "Hello,\n\nMonthly harm reduction supplies inventory attached. Two naloxone lots expire within 60 days: use "
             "first.\n\n%s") % C.signature(s, ctx.lang, L(ctx, "Équipe de proximité", "Outreach Team"))
    return spec(ctx, "inventory", L(ctx, "inventaire du matériel", "supplies inventory"), who(s),
                [ext(L(ctx, "Gestionnaire", "Manager"), "gestion-dependances", C.DOM)],
                L(ctx, "Inventaire mensuel — %s", "Monthly inventory - %s") % ctx.date.strftime("%Y-%m"), body,
                attachments=[M.Att("csv", "inventaire_%s.csv" % ctx.date.strftime("%Y%m"), A.csv_text(rows, ";"))])


def t_assets(ctx):
    r = ctx.rng
    tech = ext(L(ctx, "Soutien informatique", "IT Service Desk"), "ti-soutien", "cisss-riveest.example")
    rows = [[L(ctx, "Étiquette", "Asset tag"), L(ctx, "Appareil", "Device"), L(ctx, "No de série", "Serial no."),
             L(ctx, "Local", "Room"), L(ctx, "Garantie", "Warranty")]]
    for dev in ["Latitude 5440", "OptiPlex 7010", "Zebra ZD421", "Imprimante HP M507", "Lecteur carte RAMQ", "iPad 10e gén."]:
        rows.append([C.make_ohip(r)[0], dev, C.make_sin(r), "B-%d" % r.randint(200, 260), "%d-%02d-01" % (r.randint(2025, 2028), r.randint(1, 12))])
    body = L(ctx, "Bonjour,\n\nVoici la liste des équipements à remplacer lors du déploiement du %s. Merci de libérer les "
                  "postes à 16 h.\n\nSoutien informatique — poste 5000",
             "Hello,\n\nList of equipment to be replaced during the %s rollout. Please log off workstations by 4 pm.\n\n"
             "IT Service Desk - ext. 5000") % (ctx.date + datetime.timedelta(days=8)).isoformat()
    return spec(ctx, "it_assets", L(ctx, "liste d'équipements informatiques", "IT asset list"), tech,
                [ext(L(ctx, "Chef de service", "Service manager"), "gestion-dependances", C.DOM)],
                L(ctx, "Remplacement des équipements — liste", "Equipment replacement - list"), body,
                attachments=[M.Att("xlsx", "equipements.xlsx", A.xlsx([("Actifs", rows)], author="TI"))])


def t_it_notice(ctx):
    r = ctx.rng
    d = ctx.date + datetime.timedelta(days=r.randint(2, 10))
    k = r.choice(["dme", "phish", "fax"])
    if k == "dme":
        body = L(ctx, "Interruption planifiée du dossier médical électronique (DME) le %s de 22 h à 2 h. Utiliser les "
                      "formulaires papier de relève et de prescription TAO (procédure de contingence sur l'intranet). "
                      "Les résultats de laboratoire seront envoyés par télécopieur au %s.",
                 "Planned EMR downtime on %s from 10 pm to 2 am. Use paper handover and OAT prescription forms (downtime "
                 "procedure on the intranet). Lab results will be faxed to %s.") % (d.isoformat(), C.CLINIC_FAX)
        subj = L(ctx, "Interruption planifiée du DME — %s", "Planned EMR downtime - %s") % d.isoformat()
    elif k == "phish":
        body = L(ctx, "Attention : des courriels frauduleux imitant la RAMQ circulent (« Votre carte expire, confirmez votre "
                      "NAM »). Ne cliquez pas. Transférez-les à securite@cisss-riveest.example.",
                 "Warning: phishing e-mails imitating the RAMQ are circulating (\"Your card expires, confirm your NAM\"). "
                 "Do not click. Forward them to securite@cisss-riveest.example.")
        subj = L(ctx, "Alerte hameçonnage", "Phishing alert")
    else:
        body = L(ctx, "À compter du %s, les télécopies entrantes de la clinique TAO (%s) arriveront dans la boîte "
                      "partagée tao-fax. Les pharmacies n'ont rien à changer.",
                 "Starting %s, incoming faxes for the OAT clinic (%s) will arrive in the tao-fax shared mailbox. Pharmacies "
                 "need not change anything.") % (d.isoformat(), C.CLINIC_FAX)
        subj = L(ctx, "Nouveau service de télécopie vers courriel", "New fax-to-email service")
    body = L(ctx, "Bonjour,\n\n", "Hello,\n\n") + body + "\n\n" + L(ctx, "Direction des ressources informationnelles",
                                                                   "Information Resources Directorate") + "\n"
    return spec(ctx, "it_notice", L(ctx, "avis informatique", "IT notice"),
                ext(L(ctx, "Direction des ressources informationnelles", "IT Directorate"), "dri", "cisss-riveest.example"),
                [ext(L(ctx, "Tout le personnel", "All staff"), "tous", C.DOM)], subj, body)


def t_facilities(ctx):
    r = ctx.rng
    d = ctx.date + datetime.timedelta(days=r.randint(1, 12))
    what = r.choice(L(ctx, ["l'ascenseur 2 sera hors service", "l'eau chaude sera coupée au 3e étage",
                            "les stationnements P2 seront repeints", "la ventilation de l'unité de sevrage sera entretenue"],
                      ["elevator 2 will be out of service", "hot water will be shut off on the 3rd floor",
                       "parking lot P2 will be repainted", "ventilation on the withdrawal unit will be serviced"]))
    body = L(ctx, "Bonjour,\n\nVeuillez noter que le %s, de 7 h à 15 h, %s. Les usagers de la clinique TAO pourront utiliser "
                  "l'entrée principale, %s.\n\nService des installations matérielles\n418-555-0137",
             "Hello,\n\nPlease note that on %s, 7 am to 3 pm, %s. OAT clinic clients can use the main entrance, %s.\n\n"
             "Facilities Services\n418-555-0137") % (d.isoformat(), what, L(ctx, C.CLINIC_ADDR_FR, C.CLINIC_ADDR_EN))
    return spec(ctx, "facilities", L(ctx, "avis des installations", "facilities notice"),
                ext(L(ctx, "Installations matérielles", "Facilities"), "installations", "cisss-riveest.example"),
                [ext(L(ctx, "Occupants pavillon B", "Pavilion B occupants"), "pavillon-b", C.DOM)],
                L(ctx, "Travaux — %s", "Works - %s") % d.isoformat(), body)


def t_stats(ctx):
    r = ctx.rng
    mgr = ctx.staff(role="mgr")
    months = [(ctx.date.replace(day=1) - datetime.timedelta(days=30 * i)).strftime("%Y-%m") for i in range(3, 0, -1)]
    rows = [[L(ctx, "Indicateur", "Indicator")] + months]
    for lbl in L(ctx, ["Patients actifs TAO", "Nouvelles inductions", "DAU positifs fentanyl (%)", "Rétention à 6 mois (%)",
                       "Admissions unité de sevrage", "Durée moyenne de séjour (j)", "Trousses naloxone distribuées"],
                 ["Active OAT patients", "New inductions", "UDS fentanyl-positive (%)", "6-month retention (%)",
                  "WMU admissions", "Mean length of stay (d)", "Naloxone kits distributed"]):
        base = {"Patients": 412, "Active": 412, "Nouvelles": 31, "New": 31, "DAU": 58, "UDS": 58, "Rétention": 64,
                "6-month": 64, "Admissions": 47, "WMU": 47, "Durée": 5, "Mean": 5, "Trousses": 520, "Naloxone": 520}[lbl.split()[0]]
        rows.append([lbl] + [str(max(1, base + r.randint(-base // 8 - 1, base // 8 + 1))) for _ in months])
    pre = L(ctx, "Bonjour,\n\nTableau de bord trimestriel du service (données agrégées, aucune donnée nominative) :",
            "Hello,\n\nQuarterly service dashboard (aggregate data, no identifying information):")
    post = L(ctx, "Les patients de 18-24 ans représentent 14 % des nouvelles inductions.",
             "Patients aged 18-24 account for 14% of new inductions.") + "\n" + C.signature(mgr, ctx.lang)
    return spec(ctx, "statistics", L(ctx, "statistiques agrégées", "aggregate statistics"), who(mgr),
                [ext(L(ctx, "Comité de direction", "Leadership committee"), "direction", "cisss-riveest.example")],
                L(ctx, "Tableau de bord T%d", "Dashboard Q%d") % ((ctx.date.month - 1) // 3 + 1),
                pre + "\n\n" + text_table(rows) + "\n\n" + post, html=wrap_html(ctx, pre, html_table(rows), post))


def t_teaching(ctx):
    r = ctx.rng
    md = ctx.staff(role="md")
    age = r.randint(24, 58)
    if ctx.lang == "fr":
        case = ("Cas clinique (dépersonnalisé) pour le club de lecture de jeudi :\n\nHomme de %d ans, TUO sévère "
                "(fentanyl fumé ~1 g/j), sous méthadone 80 mg depuis 6 semaines. Se plaint de palpitations. ECG : QTc 512 ms. "
                "K 3,3, Mg 0,64. Prend aussi quétiapine 100 mg HS.\n\nQuestions :\n1. Facteurs de risque d'allongement du QTc?\n"
                "2. Options : réduire la dose, rotation vers buprénorphine (micro-induction), Kadian?\n3. Surveillance ECG "
                "recommandée?\n\nArticle : Lignes directrices nationales TAO, section 7.\n\n%s" % (age, C.signature(md, "fr")))
        subj = "Club de lecture — cas de QTc long (dépersonnalisé)"
    else:
        case = ("De-identified case for Thursday's journal club:\n\n%d-year-old woman, severe OUD (smoked fentanyl ~1 g/day), "
                "on methadone 80 mg for 6 weeks. Complains of palpitations. ECG: QTc 512 ms. K 3.3, Mg 0.64. Also on "
                "quetiapine 100 mg qhs.\n\nQuestions:\n1. Risk factors for QTc prolongation?\n2. Options: reduce dose, rotate "
                "to buprenorphine (micro-induction), SROM?\n3. Recommended ECG monitoring?\n\nReading: national OAT guideline, "
                "section 7.\n\n%s" % (age, C.signature(md, "en")))
        subj = "Journal club - long QTc case (de-identified)"
    return spec(ctx, "teaching_case", L(ctx, "cas d'enseignement dépersonnalisé", "de-identified teaching case"), who(md),
                [ext(L(ctx, "Résidents et externes", "Residents and students"), "enseignement", C.DOM)], subj, case)


def t_blank_form(ctx):
    r = ctx.rng
    s = ctx.staff()
    if ctx.lang == "fr":
        paras = ["ENTENTE DE TRAITEMENT — DOSES NON SUPERVISÉES", "Nom du patient : ______________________",
                 "Date de naissance (AAAA-MM-JJ) : ____________   NAM : ____ ____ ____", "No de dossier : ____________",
                 "Je m'engage à conserver mes doses dans un coffret barré, hors de la portée des enfants.",
                 "Je comprends qu'une dose perdue ou volée ne sera pas remplacée sans l'accord du médecin.",
                 "Je consens à fournir un échantillon d'urine sur demande.",
                 "Signature du patient : ______________   Date : __________",
                 "Médecin : ______________   Pharmacie : ______________"]
        body = ("Bonjour,\n\nVoici la version révisée (v4, %s) du formulaire d'entente pour les doses non supervisées. "
                "Merci de détruire les anciennes copies.\n\n%s" % (ctx.date.strftime("%Y-%m"), C.signature(s, "fr")))
        subj = "Formulaire révisé — entente doses non supervisées"
        fn = "entente_carries_v4_VIERGE.docx"
    else:
        paras = ["CARRY DOSE AGREEMENT", "Patient name: ______________________",
                 "Date of birth (YYYY-MM-DD): ____________   Health card no.: ____________", "MRN: ____________",
                 "I agree to store my doses in a locked box, out of reach of children.",
                 "I understand a lost or stolen dose will not be replaced without physician approval.",
                 "I consent to provide a urine sample on request.",
                 "Patient signature: ______________   Date: __________", "Physician: ______________   Pharmacy: ______________"]
        body = ("Hello,\n\nHere is the revised version (v4, %s) of the carry agreement form. Please discard old copies.\n\n%s" % (
            ctx.date.strftime("%Y-%m"), C.signature(s, "en")))
        subj = "Revised form - carry agreement"
        fn = "carry_agreement_v4_BLANK.docx"
    return spec(ctx, "blank_form", L(ctx, "formulaire vierge", "blank form"), who(s),
                [ext(L(ctx, "Clinique TAO", "OAT clinic"), "tao", C.DOM)], subj, body,
                attachments=[M.Att("docx", fn, A.docx(paras, author=C.staff_name(s)))])


def t_mail_merge(ctx):
    r = ctx.rng
    s = ctx.staff()
    if ctx.lang == "fr":
        tpl = ("Objet : Rappel de rendez-vous\n\nBonjour «PRÉNOM» «NOM»,\n\nNous vous rappelons votre rendez-vous à la "
               "clinique le «DATE_RDV» à «HEURE». Apportez votre carte d'assurance maladie («NAM»).\nEn cas d'empêchement, "
               "appelez au %s.\n\nL'équipe de la clinique TAO" % C.CLINIC_TEL)
        body = ("Bonjour,\n\nVoici le gabarit de publipostage pour les rappels de rendez-vous (texto et courriel). "
                "Les champs entre « » sont remplis automatiquement par l'agenda. Commentaires d'ici vendredi?\n\n---\n%s\n---\n\n%s" % (
                    tpl, C.signature(s, "fr")))
        subj = "Gabarit de rappel de rendez-vous — à réviser"
    else:
        tpl = ("Subject: Appointment reminder\n\nHello {{first_name}} {{last_name}},\n\nThis is a reminder of your clinic "
               "appointment on {{appt_date}} at {{appt_time}}. Please bring your health card ({{health_card_no}}).\n"
               "If you cannot attend, call %s.\n\nThe OAT clinic team" % C.CLINIC_TEL)
        body = ("Hi,\n\nHere is the mail-merge template for appointment reminders (SMS and e-mail). Fields in {{ }} are filled "
                "by the scheduling system. Comments by Friday?\n\n---\n%s\n---\n\n%s" % (tpl, C.signature(s, "en")))
        subj = "Appointment reminder template - for review"
    return spec(ctx, "template", L(ctx, "gabarit de publipostage", "mail-merge template"), who(s),
                [ext(L(ctx, "Agentes administratives", "Clerical staff"), "admin-tao", C.DOM)], subj, body)


def t_shortage(ctx):
    r = ctx.rng
    ph = ctx.staff(role="pharm")
    drug = r.choice(L(ctx, ["buprénorphine-naloxone 2 mg/0,5 mg (comprimés)", "Kadian 200 mg", "naloxone injectable 0,4 mg/mL",
                            "Methadose 10 mg/mL, flacons 1 L"],
                      ["buprenorphine-naloxone 2 mg/0.5 mg tablets", "Kadian 200 mg", "injectable naloxone 0.4 mg/mL",
                       "Methadose 10 mg/mL, 1 L bottles"]))
    until = ctx.date + datetime.timedelta(days=r.randint(20, 90))
    body = L(ctx, "Bonjour,\n\nAvis de rupture d'approvisionnement : %s, retour prévu vers le %s selon le fabricant.\n"
                  "Alternatives : utiliser les autres teneurs ou formats disponibles, ou la formulation générique; "
                  "ne pas changer de produit chez un patient stable sans avis du prescripteur.\n"
                  "Les pharmacies communautaires du réseau ont été avisées.\n\n%s",
             "Hello,\n\nSupply shortage notice: %s, expected back around %s per manufacturer.\nAlternatives: use available "
             "strengths or formats, or the generic; do not switch stable patients without prescriber input.\n"
             "Network community pharmacies have been notified.\n\n%s") % (drug, until.isoformat(), C.signature(ph, ctx.lang))
    return spec(ctx, "drug_shortage", L(ctx, "avis de rupture de médicament", "drug shortage notice"), who(ph),
                [ext(L(ctx, "Prescripteurs TAO", "OAT prescribers"), "prescripteurs", C.DOM)],
                L(ctx, "Rupture de stock — %s", "Shortage - %s") % drug, body)


def t_recall(ctx):
    r = ctx.rng
    lots = [_lot(ctx) for _ in range(3)]
    body = L(ctx, "AVIS DE RAPPEL — Niveau II\n\nProduit : naloxone vaporisateur nasal 4 mg\nLots visés : %s\n"
                  "Motif : certains dispositifs pourraient ne pas délivrer la dose complète.\nAction : retirer les lots visés "
                  "des trousses et des camionnettes, les retourner au fournisseur. Les autres lots peuvent être utilisés.\n\n"
                  "Pharmacie centrale — 418-555-0139",
             "RECALL NOTICE - Type II\n\nProduct: naloxone nasal spray 4 mg\nAffected lots: %s\nReason: some devices may not "
             "deliver the full dose.\nAction: remove affected lots from kits and vans, return to supplier. Other lots may be "
             "used.\n\nCentral Pharmacy - 418-555-0139") % ", ".join(lots)
    return spec(ctx, "recall", L(ctx, "avis de rappel de lots", "lot recall notice"),
                ext(L(ctx, "Pharmacie centrale", "Central Pharmacy"), "pharmacie-centrale", "cisss-riveest.example"),
                [ext(L(ctx, "Équipes dépendances", "Addiction teams"), "dependances", C.DOM)],
                L(ctx, "RAPPEL — naloxone nasale, lots visés", "RECALL - nasal naloxone, affected lots"), body)


def t_research(ctx):
    r = ctx.rng
    pi = ctx.staff(role="md")
    if ctx.lang == "fr":
        paras = ["Protocole de recherche — résumé", "Titre : Micro-induction de buprénorphine en milieu hospitalier chez les "
                 "personnes consommant du fentanyl : étude pragmatique", "Chercheur principal : %s %s" % (pi[0], C.staff_name(pi)),
                 "Population : adultes de 18 ans et plus avec TUO modéré à sévère, admis à l'unité de sevrage.",
                 "Critères d'exclusion : grossesse, insuffisance hépatique sévère, QTc > 500 ms.",
                 "Issue principale : proportion ayant atteint 16 mg au jour 7. Taille visée : 120 participants.",
                 "Aucune donnée nominative ne sera transmise hors de l'établissement."]
        body = "Bonjour,\n\nCi-joint le résumé du protocole pour le comité d'éthique.\n\n" + C.signature(pi, "fr")
        subj = "Protocole micro-induction — soumission CÉR"
    else:
        paras = ["Research protocol - summary", "Title: In-hospital buprenorphine micro-induction in people who use fentanyl: "
                 "a pragmatic study", "Principal investigator: %s %s" % (pi[0], C.staff_name(pi)),
                 "Population: adults 18+ with moderate-to-severe OUD admitted to the withdrawal unit.",
                 "Exclusion: pregnancy, severe hepatic impairment, QTc > 500 ms.",
                 "Primary outcome: proportion reaching 16 mg by day 7. Target: 120 participants.",
                 "No identifying data will leave the institution."]
        body = "Hello,\n\nProtocol summary attached for the REB.\n\n" + C.signature(pi, "en")
        subj = "Micro-induction protocol - REB submission"
    return spec(ctx, "research_protocol", L(ctx, "résumé de protocole de recherche", "research protocol summary"), who(pi),
                [ext(L(ctx, "Comité d'éthique de la recherche", "Research Ethics Board"), "cer", "cisss-riveest.example")],
                subj, body, attachments=[M.Att("docx", L(ctx, "resume_protocole.docx", "protocol_summary.docx"),
                                              A.docx(paras, author=C.staff_name(pi)))])


def t_pharmacy_network(ctx):
    r = ctx.rng
    ph = ctx.staff(role="pharm")
    pn, pd, ptel = ctx.pick(C.PHARMACIES)
    body = L(ctx, "Bonjour,\n\nBonne nouvelle : %s se joint au réseau des pharmacies partenaires TAO à compter du %s. "
                  "Heures de service de la méthadone : 8 h à 21 h, 7 jours. Téléphone %s. Les ordonnances peuvent être "
                  "transmises par le DSQ ou par télécopieur.\nRappel : la liste à jour des pharmacies est sur l'intranet.\n\n%s",
             "Hello,\n\nGood news: %s joins the OAT partner pharmacy network as of %s. Methadone dispensing hours: 8 am to "
             "9 pm, 7 days. Phone %s. Prescriptions can be sent electronically or by fax.\nReminder: the updated pharmacy "
             "list is on the intranet.\n\n%s") % (pn, (ctx.date + datetime.timedelta(days=7)).isoformat(), ptel,
                                                  C.signature(ph, ctx.lang))
    atts = []
    if r.random() < 0.6:
        g, s = r.choice([("Isabeau", "Charron"), ("Malik", "Benali"), ("Trina", "Osgood")])
        atts.append(M.Att("vcf", "%s %s.vcf" % (g, s), A.vcard(g, s, tel=ptel, email="%s@%s" % (C.fold(g), pd), org=pn,
                                                               title=L(ctx, "Pharmacienne propriétaire", "Owner pharmacist"),
                                                               tel_type="WORK")))
    return spec(ctx, "pharmacy_network", L(ctx, "ajout d'une pharmacie partenaire", "new partner pharmacy"), who(ph),
                [ext(L(ctx, "Clinique TAO", "OAT clinic"), "tao", C.DOM)],
                L(ctx, "Nouvelle pharmacie partenaire TAO", "New OAT partner pharmacy"), body, attachments=atts)


def t_van_schedule(ctx):
    r = ctx.rng
    s = ctx.staff()
    rows = [[L(ctx, "Jour", "Day"), L(ctx, "Secteur", "Area"), L(ctx, "Équipe", "Crew")]]
    for d in L(ctx, ["lundi", "mardi", "mercredi", "jeudi", "vendredi"], ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]):
        crew = r.sample(C.STAFF_FR + C.STAFF_EN, 2)
        rows.append([d, r.choice(["Centre-ville", "Port-Roussel", "Quartier du Moulin", "Parc industriel"]),
                     " / ".join(x[1] + " " + x[2][0] + "." for x in crew)])
    pre = L(ctx, "Horaire de la camionnette de proximité, semaine prochaine. Départ 17 h 30 du stationnement P1.",
            "Outreach van schedule for next week. Leaving 5:30 pm from lot P1.")
    post = C.signature(s, ctx.lang, L(ctx, "Équipe de proximité", "Outreach Team"))
    return spec(ctx, "van_schedule", L(ctx, "horaire de la camionnette", "outreach van schedule"), who(s),
                [ext(L(ctx, "Équipe proximité", "Outreach team"), "proximite", C.DOM)],
                L(ctx, "Horaire camionnette", "Van schedule"), pre + "\n\n" + text_table(rows) + "\n\n" + post,
                html=wrap_html(ctx, pre, html_table(rows), post))


def t_minutes(ctx):
    r = ctx.rng
    s = ctx.staff()
    present = ", ".join(C.staff_name(x) for x in r.sample(C.STAFF_FR + C.STAFF_EN, 5))
    if ctx.lang == "fr":
        body = ("Compte rendu — rencontre d'équipe du %s\n\nPrésent(e)s : %s\n\n1. Liste d'attente TAO : 23 personnes, "
                "délai moyen 9 jours. Objectif : accès le jour même pour les personnes qui sortent de détention.\n"
                "2. Hausse des DAU positifs à la xylazine dans la région (données de santé publique).\n3. Discussion de cas "
                "complexes : reportée à la rencontre clinique (dossiers non discutés par courriel).\n4. Prochaine rencontre : "
                "dans 2 semaines.\n\n%s" % (ctx.date.isoformat(), present, C.signature(s, "fr")))
        subj = "Compte rendu — rencontre d'équipe"
    else:
        body = ("Minutes - team meeting %s\n\nPresent: %s\n\n1. OAT waitlist: 23 people, mean wait 9 days. Goal: same-day "
                "access for people released from custody.\n2. Regional rise in xylazine-positive UDS (public health data).\n"
                "3. Complex case review: moved to clinical rounds (no cases discussed by e-mail).\n4. Next meeting in 2 weeks.\n\n%s" % (
                    ctx.date.isoformat(), present, C.signature(s, "en")))
        subj = "Minutes - team meeting"
    return spec(ctx, "minutes", L(ctx, "compte rendu de réunion", "meeting minutes"), who(s),
                [ext(L(ctx, "Équipe", "Team"), "equipe", C.DOM)], subj, body)


def t_vendor_fwd(ctx):
    r = ctx.rng
    mgr = ctx.staff(role="mgr")
    buyer = ctx.staff(exclude=[mgr], role="clerk|mgr")
    vn, vd = ctx.pick(VENDORS)
    t = earlier(ctx, 20, 90)
    itext = L(ctx, "Bonjour,\n\nSuite à votre demande, voici notre soumission pour 5 000 godets de dépistage urinaire "
                   "12 panneaux (fentanyl, norfentanyl, buprénorphine, EDDP...) à 8,95 $ l'unité, livraison incluse. "
                   "Soumission valide 60 jours. No de soumission : %s.\n\n%s\nTél. 450-555-0192",
              "Hello,\n\nAs requested, our quote for 5,000 12-panel urine drug test cups (fentanyl, norfentanyl, "
              "buprenorphine, EDDP...) at $8.95 each, delivery included. Valid 60 days. Quote no.: %s.\n\n%s\n"
              "Tel. 450-555-0192") % (_lot(ctx), vn)
    eml = inner_message(ctx, ext("Ventes / Sales", "ventes", vd), [who(mgr)], L(ctx, "Soumission godets DAU", "Quote - UDS cups"),
                        itext, t)
    body = L(ctx, "%s,\n\nPeux-tu comparer avec le contrat actuel et préparer le bon de commande? Soumission jointe.\n\n%s",
             "%s,\n\nCan you compare with the current contract and prepare the PO? Quote attached.\n\n%s") % (buyer[1], mgr[1])
    return spec(ctx, "vendor_quote", L(ctx, "soumission de fournisseur transférée", "forwarded vendor quote"), who(mgr),
                [who(buyer)], L(ctx, "TR: Soumission godets DAU", "FW: Quote - UDS cups"), body,
                attachments=[M.Att("eml", "soumission.eml", eml)])


def t_policy_zip(ctx):
    r = ctx.rng
    s = ctx.staff()
    p1 = A.pdf([("h", L(ctx, "Politique sur les doses non supervisées (v4)", "Carry dose policy (v4)")),
                L(ctx, "1. Admissibilité : stabilité clinique de 3 mois, DAU négatifs, coffret barré.",
                  "1. Eligibility: 3 months clinical stability, negative UDS, lock box."),
                L(ctx, "2. Nombre maximal : 6 doses/semaine après 12 mois.", "2. Maximum: 6 doses/week after 12 months."),
                L(ctx, "3. Doses perdues : non remplacées sauf exception documentée.", "3. Lost doses: not replaced except documented exception.")])
    p2 = A.docx([L(ctx, "Protocole de distribution de naloxone", "Naloxone distribution protocol"),
                 L(ctx, "Toute personne à risque ou son entourage peut recevoir une trousse sans ordonnance.",
                   "Anyone at risk, or their friends and family, may receive a kit without prescription.")], author="Comité")
    z = A.zipped([("politiques/doses_non_supervisees_v4.pdf" if ctx.lang == "fr" else "policies/carry_policy_v4.pdf", p1),
                  ("politiques/protocole_naloxone.docx" if ctx.lang == "fr" else "policies/naloxone_protocol.docx", p2)])
    body = L(ctx, "Bonjour,\n\nLes politiques révisées adoptées au comité sont dans l'archive jointe. Elles entrent en vigueur "
                  "le 1er du mois prochain.\n\n%s",
             "Hello,\n\nRevised policies adopted by the committee are in the attached archive. Effective the 1st of next "
             "month.\n\n%s") % C.signature(s, ctx.lang)
    return spec(ctx, "policy", L(ctx, "politiques révisées en archive", "revised policies archive"), who(s),
                [ext(L(ctx, "Tout le personnel", "All staff"), "tous", C.DOM)],
                L(ctx, "Politiques révisées", "Revised policies"), body,
                attachments=[M.Att("zip", L(ctx, "politiques_2024.zip", "policies_2024.zip"), z)])


TEMPLATES = [t_invoice, t_purchase_order, t_inventory, t_assets, t_it_notice, t_facilities, t_stats, t_teaching,
             t_blank_form, t_mail_merge, t_shortage, t_recall, t_research, t_pharmacy_network, t_van_schedule,
             t_minutes, t_vendor_fwd, t_policy_zip]
