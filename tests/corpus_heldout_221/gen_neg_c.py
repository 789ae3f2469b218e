# -*- coding: utf-8 -*-
"""Negative templates, part C: invoices, purchase orders, inventories, devices, IT, facilities,
blank forms, mail-merge templates, clinic notices, education material."""
import datetime

from gen_common import CLSC, COMMUNITY_PHARMACIES, DOMAIN, SITES, fmt_date
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_neg_b import luhn_number
from gen_pos_a import L
from gen_text import closing, future_day, greet, neg_spec, signature, site_info

VENDORS = [("Distributions MédiNord inc. (fictif)", "medinord.example"), ("BioCoag Canada (fictif)", "biocoag.example"),
           ("Fournitures Hospitalières Boréales", "fhboreales.example")]


# ---------------------------------------------------------------------- 23
def neg_invoice(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    v = rng.choice(VENDORS)
    inv = "%07d" % rng.randrange(1000000, 9999999)
    po = "BC-%d-%05d" % (dt.year, rng.randrange(0, 99999))
    client = "%06d" % rng.randrange(100000, 999999)
    items = [[L(lang, "Article", "Item"), L(lang, "Description", "Description"), L(lang, "Qté", "Qty"), L(lang, "Prix unitaire", "Unit price"), L(lang, "Total", "Total")]]
    tot = 0
    for code, d_fr, d_en, price in rng.sample([("44-1021", "Bandelettes RNI INRapid-X, boîte de 48", "INRapid-X INR strips, box of 48", 189.0),
                                               ("44-1030", "Lancettes de sécurité 21G, boîte de 200", "Safety lancets 21G, box of 200", 38.5),
                                               ("44-2001", "Lecteur RNI INRapid-X (remplacement)", "INRapid-X INR meter (replacement)", 1240.0),
                                               ("31-0777", "Contenants à aiguilles 1 L", "Sharps containers 1 L", 4.2),
                                               ("12-5520", "Piluliers hebdomadaires (paquet de 25)", "Weekly pill organisers (pack of 25)", 61.0)], 3):
        q = rng.randrange(1, 20)
        tot += q * price
        items.append([code, L(lang, d_fr, d_en), str(q), "%.2f" % price, "%.2f" % (q * price)])
    lines = [L(lang, "Facture no : ", "Invoice no.: ") + inv, L(lang, "No client : ", "Customer no.: ") + client,
             L(lang, "Bon de commande : ", "PO: ") + po, L(lang, "Date : ", "Date: ") + dt.date().isoformat(),
             L(lang, "Facturer à : Comptes fournisseurs, CISSS du Val-des-Tilleuls, 2200, boulevard des Tilleuls, Val-des-Tilleuls (Québec) J0T 4R2",
               "Bill to: Accounts payable, Val-des-Tilleuls Health Network, 2200 boulevard des Tilleuls, Val-des-Tilleuls (Québec) J0T 4R2"),
             L(lang, "Livrer à : Pharmacie - Clinique d'anticoagulation, local B-210", "Ship to: Pharmacy - Anticoagulation clinic, room B-210"),
             "TPS 123456789 RT0001   TVQ 1234567890 TQ0001",
             L(lang, "Total avant taxes : %.2f $", "Subtotal: $%.2f") % tot, L(lang, "Modalités : net 30 jours", "Terms: net 30 days")]
    pdf = make_pdf(L(lang, "FACTURE", "INVOICE"), lines, header=[v[0], "1-800-555-0188"], table=items, compress=rng.random() < 0.5, author=v[0])
    text = L(lang, "Bonjour,\n\nVeuillez trouver ci-jointe la facture %s relative au bon de commande %s.\n\nService à la clientèle\n%s\n1-800-555-0188",
             "Hello,\n\nPlease find attached invoice %s for purchase order %s.\n\nCustomer Service\n%s\n1-800-555-0188") % (inv, po, v[0])
    return neg_spec(ctx, lang, (v[0], "facturation@" + v[1]), [(L(lang, "Comptes fournisseurs", "Accounts payable"), "comptes.fournisseurs@" + DOMAIN)],
                    L(lang, "Facture %s", "Invoice %s") % inv, text, dt, "invoice", "supplier invoice for INR test supplies",
                    attachments=[{"kind": "pdf", "filename": "FACT_%s.pdf" % inv, "data": pdf}])


# ---------------------------------------------------------------------- 24
def neg_purchase_order(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    tech = ctx.pick_staff("tech")
    v = rng.choice(VENDORS)
    po = "BC-%d-%05d" % (dt.year, rng.randrange(0, 99999))
    rows = [[L(lang, "Code", "Code"), L(lang, "Description", "Description"), L(lang, "Qté", "Qty"), L(lang, "Centre de coût", "Cost centre"), L(lang, "No d'actif", "Asset no.")]]
    for _ in range(rng.randrange(3, 7)):
        rows.append(["%02d-%04d" % (rng.randrange(10, 99), rng.randrange(0, 9999)),
                     rng.choice([L(lang, "Bandelettes RNI", "INR strips"), L(lang, "Seringues 1 mL", "1 mL syringes"),
                                 L(lang, "Réfrigérateur à vaccins 140 L", "Vaccine fridge 140 L"), L(lang, "Balance pèse-personne", "Patient scale"),
                                 L(lang, "Étiquettes code-barres", "Barcode labels")]), rng.randrange(1, 40),
                     "7%05d" % rng.randrange(0, 99999), luhn_number(rng, 10) if rng.random() < 0.5 else ""])
    x = make_xlsx([(L(lang, "Commande", "Order"), rows)], author=tech.full)
    text = L(lang, "%s\n\nBon de commande %s pour approbation (montant sous le seuil de 5 000 $). Les numéros d'actif sont "
                   "inscrits pour les équipements.\n\n%s", "%s\n\nPurchase order %s for approval (below the $5,000 threshold). "
                   "Asset numbers are listed for equipment.\n\n%s") % (greet(lang, rng), po, signature(tech, lang, rng))
    return neg_spec(ctx, lang, tech.addr(), [(L(lang, "Approvisionnement", "Procurement"), "approvisionnement@" + DOMAIN)],
                    L(lang, "Bon de commande %s", "Purchase order %s") % po, text, dt, "purchase_order",
                    "purchase order with asset numbers", attachments=[{"kind": "xlsx", "filename": "%s.xlsx" % po, "data": x}])


# ---------------------------------------------------------------------- 25
def neg_inventory(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    tech = ctx.pick_staff("tech")
    rows = [[L(lang, "Produit", "Product"), "DIN", L(lang, "Lot", "Lot"), L(lang, "Expiration", "Expiry"), L(lang, "Qté", "Qty"), L(lang, "Emplacement", "Location")]]
    prods = ["Warfarine 1 mg", "Warfarine 5 mg", "Apixaban 5 mg", "Rivaroxaban 20 mg", "Énoxaparine 40 mg", "Daltéparine 5000 UI",
             "Vitamine K 10 mg/mL", "Idarucizumab 2,5 g/50 mL", "Complexe prothrombique 500 UI"]
    for pname in rng.sample(prods, rng.randrange(5, 9)):
        rows.append([pname if lang == "fr" else pname.replace("Warfarine", "Warfarin").replace("Énoxaparine", "Enoxaparin").replace("Daltéparine", "Dalteparin").replace("Vitamine", "Vitamin").replace("Complexe prothrombique", "Prothrombin complex").replace(",", "."),
                     "%08d" % rng.randrange(2200000, 2600000), luhn_number(rng, 8) if rng.random() < 0.5 else "%s%05d" % (rng.choice("ABKTX"), rng.randrange(0, 99999)),
                     "%d-%02d" % (rng.choice([2025, 2026]), rng.randrange(1, 13)), rng.randrange(0, 400),
                     rng.choice(["Pyxis B-2", "Réserve A", "Frigo 3", "Chariot urgence"])])
    kind = rng.choice(["csv", "xlsx"])
    if kind == "csv":
        att = {"kind": "csv", "filename": "inventaire_%s.csv" % dt.strftime("%Y%m%d"), "data": make_csv(rows, encoding="cp1252", delimiter=";"), "charset": "windows-1252"}
    else:
        att = {"kind": "xlsx", "filename": "inventaire_%s.xlsx" % dt.strftime("%Y%m%d"), "data": make_xlsx([("Inventaire", rows)], author=tech.full)}
    text = L(lang, "%s\n\nInventaire mensuel des anticoagulants et antidotes. Deux lots expirent dans moins de 60 jours, "
                   "je les ai mis en avant.\n\n%s", "%s\n\nMonthly inventory of anticoagulants and reversal agents. Two lots expire "
                   "within 60 days; I moved them to the front.\n\n%s") % (greet(lang, rng), tech.given)
    return neg_spec(ctx, lang, tech.addr(), [ctx.pick_staff("pharm").addr()], L(lang, "Inventaire anticoagulants", "Anticoagulant inventory"),
                    text, dt, "inventory", "monthly drug inventory with lot numbers", attachments=[att])


# ---------------------------------------------------------------------- 26
def neg_it(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ticket = "INC%07d" % rng.randrange(0, 9999999)
    kind = rng.randrange(4)
    day = future_day(dt, rng, 2, 10)
    if lang == "fr":
        opts = [("Interruption planifiée - logiciel de suivi RNI",
                 "Le logiciel de gestion de l'anticoagulation (AnticoagPro, fictif) sera indisponible le %s de 18 h à 22 h pour la mise à niveau "
                 "vers la version 8.2. Imprimez la liste des RNI du lendemain avant 17 h." % fmt_date(day, lang, "day")),
                ("Votre mot de passe expire dans 5 jours",
                 "Votre mot de passe réseau expire dans 5 jours. Changez-le via Ctrl+Alt+Suppr ou le portail libre-service. "
                 "Les TI ne vous demanderont jamais votre mot de passe par courriel."),
                ("ALERTE hameçonnage",
                 "Un courriel frauduleux intitulé « Résultats de laboratoire en attente » circule. Ne cliquez pas sur le lien. "
                 "Signalez-le avec le bouton « Signaler » d'Outlook. Billet %s." % ticket),
                ("Billet %s - imprimante clinique B-214" % ticket,
                 "Votre demande concernant l'imprimante d'étiquettes de la clinique d'anticoagulation a été résolue : remplacement "
                 "de la tête d'impression (no de série %s). Fermez le billet si tout fonctionne." % luhn_number(rng, 9))]
    else:
        opts = [("Planned outage - INR tracking software",
                 "The anticoagulation management software (AnticoagPro, fictional) will be unavailable on %s from 6 to 10 pm for the "
                 "upgrade to version 8.2. Print the next day's INR list before 5 pm." % fmt_date(day, lang, "day")),
                ("Your password expires in 5 days",
                 "Your network password expires in 5 days. Change it with Ctrl+Alt+Del or the self-service portal. "
                 "IT will never ask for your password by e-mail."),
                ("PHISHING ALERT",
                 "A fraudulent e-mail titled 'Pending lab results' is circulating. Do not click the link. Report it with the "
                 "Outlook 'Report' button. Ticket %s." % ticket),
                ("Ticket %s - clinic printer B-214" % ticket,
                 "Your request about the anticoagulation clinic label printer is resolved: print head replaced (serial no. %s). "
                 "Please close the ticket if everything works." % luhn_number(rng, 9))]
    subj, body = opts[kind]
    text = "%s\n\n%s\n\n%s\n%s" % (greet(lang, rng), body, L(lang, "Centre de services TI", "IT Service Desk"), L(lang, "Poste 5555", "Ext. 5555"))
    return neg_spec(ctx, lang, (L(lang, "Centre de services TI", "IT Service Desk"), "ti.services@" + DOMAIN),
                    [(L(lang, "Utilisateurs", "Users"), "utilisateurs@" + DOMAIN)], subj, text, dt, "it_notice", "IT notice",
                    form=rng.choice(["plain", "html", "alt"]))


# ---------------------------------------------------------------------- 27
def neg_facilities(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    site = rng.choice(SITES)
    day = future_day(dt, rng, 2, 12)
    kind = rng.randrange(3)
    if lang == "fr":
        opts = [("Travaux de ventilation - aile B", "Des travaux de ventilation auront lieu dans l'aile B (clinique d'anticoagulation, "
                 "prélèvements) le %s. La salle d'attente sera déplacée au local A-102." % fmt_date(day, lang, "day")),
                ("Exercice d'évacuation", "Un exercice d'évacuation incendie (code rouge) aura lieu le %s en avant-midi au %s, %s."
                 % (fmt_date(day, lang, "day"), site[1], site[3])),
                ("Stationnement P3 fermé", "Le stationnement P3 sera fermé pour déneigement le %s. Les usagers de la clinique "
                 "pourront utiliser le P1 sans frais ce jour-là." % fmt_date(day, lang, "day"))]
    else:
        opts = [("Ventilation work - wing B", "Ventilation work will take place in wing B (anticoagulation clinic, blood collection) "
                 "on %s. The waiting room will move to room A-102." % fmt_date(day, lang, "day")),
                ("Evacuation drill", "A fire evacuation drill (code red) will take place on the morning of %s at %s, %s."
                 % (fmt_date(day, lang, "day"), site[2], site[3])),
                ("Parking P3 closed", "Parking P3 will be closed for snow removal on %s. Clinic visitors may use P1 free of charge that day."
                 % fmt_date(day, lang, "day"))]
    subj, body = opts[kind]
    text = "%s\n\n%s\n\n%s\n%s\n%s" % (greet(lang, rng), body, L(lang, "Services techniques", "Technical Services"), site[3], site[4])
    return neg_spec(ctx, lang, (L(lang, "Services techniques", "Technical Services"), "services.techniques@" + DOMAIN),
                    [(L(lang, "Tout le personnel", "All staff"), "tous@" + DOMAIN)], subj, text, dt, "facilities_notice", "facilities notice")


# ---------------------------------------------------------------------- 28
def neg_blank_form(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    fields = [L(lang, "Nom de l'usager : ______________________", "Patient name: ______________________"),
              L(lang, "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : F [ ]  M [ ]", "Date of birth (YYYY-MM-DD): ____-__-__   Sex: F [ ]  M [ ]"),
              L(lang, "NAM : ____ ____ ____   No de dossier : __________", "RAMQ no.: ____ ____ ____   Chart no.: __________"),
              L(lang, "Téléphone : (___) ___-____", "Phone: (___) ___-____"),
              L(lang, "Indication : [ ] FA  [ ] TVP/EP  [ ] Valve mécanique  [ ] Autre : ________",
                "Indication: [ ] AF  [ ] DVT/PE  [ ] Mechanical valve  [ ] Other: ________"),
              L(lang, "Anticoagulant : ______________  Cible RNI : ______", "Anticoagulant: ______________  INR target: ______"),
              L(lang, "Créatinine : ______ µmol/L   Poids : ______ kg", "Creatinine: ______ umol/L   Weight: ______ kg"),
              L(lang, "Médecin référent : ______________  Signature : ______________", "Referring physician: ______________  Signature: ______________")]
    title = L(lang, "Demande de consultation - Clinique d'anticoagulation (formulaire vierge)", "Consultation request - Anticoagulation Clinic (blank form)")
    kind = rng.choice(["pdf", "docx"])
    if kind == "pdf":
        data = make_pdf(title, fields, footer="AH-RF-12 (rév. 2025)", compress=rng.random() < 0.5, author=ph.full)
    else:
        data = make_docx(title, fields, author=ph.full)
    text = L(lang, "%s\n\nVoici la nouvelle version du formulaire de demande de consultation à distribuer aux GMF. L'ancienne "
                   "version (2023) n'est plus acceptée à partir du %s.\n\n%s", "%s\n\nHere is the new version of the referral form "
                   "to send to family medicine clinics. The old (2023) version is no longer accepted after %s.\n\n%s") % (
        greet(lang, rng), fmt_date(future_day(dt, rng, 10, 30), lang, "long"), signature(ph, lang, rng))
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Secrétariats GMF", "Clinic secretaries"), "secretariats.gmf@" + DOMAIN)],
                    L(lang, "Nouveau formulaire de demande - anticoagulation", "New referral form - anticoagulation"), text, dt,
                    "blank_form", "blank referral form with empty identity fields",
                    attachments=[{"kind": kind, "filename": L(lang, "AH-RF-12 Demande de consultation – clinique d'anticoagulation (vierge).%s",
                                                              "AH-RF-12_blank.%s") % kind, "data": data}])


# ---------------------------------------------------------------------- 29
def neg_mail_merge(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    clerk = ctx.pick_staff("clerk")
    if lang == "fr":
        tpl = ("«TITRE» «PRENOM» «NOM»\n«ADRESSE»\n«VILLE» (Québec) «CODE_POSTAL»\n\nNo de dossier : «NO_DOSSIER»\n\n"
               "«TITRE» «NOM»,\n\nVotre prochain prélèvement pour le RNI est prévu le «DATE_RNI» à «HEURE» au centre de prélèvement de «SITE». "
               "Continuez de prendre votre «ANTICOAGULANT» selon le calendrier remis. En cas de saignement inhabituel, composez le 819-555-0135.\n\n"
               "La clinique d'anticoagulation")
        text = ("%s\n\nVoici le gabarit de la lettre de rappel RNI pour le publipostage. Les champs entre chevrons se remplissent "
                "depuis l'extraction du logiciel; ne rien modifier dans les noms de champs.\n\n---\n%s\n---\n\n%s"
                % (greet(lang, rng), tpl, signature(clerk, lang, rng)))
        subj = "Gabarit publipostage - rappel RNI"
    else:
        tpl = ("{{TITLE}} {{FIRST_NAME}} {{LAST_NAME}}\n{{ADDRESS}}\n{{CITY}} (Québec) {{POSTAL_CODE}}\n\nChart no.: {{CHART_NO}}\n\n"
               "Dear {{TITLE}} {{LAST_NAME}},\n\nYour next INR blood test is scheduled on {{INR_DATE}} at {{TIME}} at the {{SITE}} "
               "blood collection centre. Keep taking your {{ANTICOAGULANT}} as per your calendar. For unusual bleeding, call 819-555-0135.\n\n"
               "The Anticoagulation Clinic")
        text = ("%s\n\nHere is the INR reminder letter template for the mail merge. Fields in braces are filled from the software "
                "export; do not change field names.\n\n---\n%s\n---\n\n%s" % (greet(lang, rng), tpl, signature(clerk, lang, rng)))
        subj = "Mail-merge template - INR reminder"
    atts = []
    if rng.random() < 0.5:
        atts.append({"kind": "docx", "filename": L(lang, "gabarit_rappel_RNI.docx", "INR_reminder_template.docx"),
                     "data": make_docx(L(lang, "Rappel RNI", "INR reminder"), tpl.split("\n"), author=clerk.full)})
    return neg_spec(ctx, lang, clerk.addr(), [ctx.pick_staff("clerk", exclude=(clerk,)).addr()], subj, text, dt,
                    "mail_merge_template", "mail-merge reminder template with placeholders", attachments=atts)


# ---------------------------------------------------------------------- 30
def neg_device(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    tech = ("Génie biomédical", "genie.biomedical@" + DOMAIN)
    rows = [[L(lang, "Appareil", "Device"), L(lang, "No de série", "Serial no."), L(lang, "No d'actif", "Asset no."),
             L(lang, "Dernier entretien", "Last service"), L(lang, "Résultat CQ", "QC result")]]
    for _ in range(rng.randrange(3, 7)):
        rows.append([rng.choice(["INRapid-X", "Réfrigérateur Thermo-140", "Balance SECA fictive", "Tensiomètre AutoBP"]),
                     luhn_number(rng, rng.choice([9, 10])), "A%06d" % rng.randrange(0, 999999),
                     (dt.date() - datetime.timedelta(days=rng.randrange(5, 200))).isoformat(),
                     rng.choice([L(lang, "conforme", "pass"), L(lang, "conforme", "pass"), L(lang, "à recalibrer", "recalibrate")])])
    text = (L(lang, "%s\n\nListe des appareils de la clinique d'anticoagulation dus pour l'entretien préventif. Merci de les laisser "
                    "au local B-210 jeudi.\n\n", "%s\n\nList of anticoagulation clinic devices due for preventive maintenance. Please leave "
                    "them in room B-210 on Thursday.\n\n") % greet(lang, rng)
            + "\n".join(" ; ".join(str(c) for c in r) for r in rows) + "\n\n" + L(lang, "Génie biomédical, poste 4120", "Biomedical Engineering, ext. 4120"))
    return neg_spec(ctx, lang, tech, [(L(lang, "Clinique d'anticoagulation", "Anticoagulation Clinic"), "clinique.anticoagulation@" + DOMAIN)],
                    L(lang, "Entretien préventif - appareils", "Preventive maintenance - devices"), text, dt, "device_maintenance",
                    "device list with checksum-valid serial numbers")


# ---------------------------------------------------------------------- 31
def neg_clinic_notice(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    mgr = ctx.pick_staff("mgr")
    day = future_day(dt, rng, 7, 30)
    vcf = make_vcard(L(lang, "Clinique d'anticoagulation", "Anticoagulation Clinic"), "", org="CISSS du Val-des-Tilleuls",
                     tel_work="819-555-0135", email="clinique.anticoagulation@" + DOMAIN)
    if lang == "fr":
        text = ("Bonjour chers partenaires,\n\nÀ compter du %s, la ligne directe de la clinique d'anticoagulation devient le 819-555-0135 "
                "(télécopieur : 819-555-0136). Heures d'ouverture : lundi au vendredi, 8 h à 16 h. Les RNI critiques en dehors des heures "
                "sont traités par le pharmacien de garde via la téléphoniste (819-555-0100).\n\nMerci de mettre à jour vos dossiers.\n\n%s"
                % (fmt_date(day, lang, "long"), signature(mgr, lang, rng)))
        subj = "Nouveau numéro - clinique d'anticoagulation"
    else:
        text = ("Dear partners,\n\nAs of %s, the anticoagulation clinic direct line becomes 819-555-0135 (fax: 819-555-0136). Hours: "
                "Monday to Friday, 8 am to 4 pm. Critical INRs after hours are handled by the on-call pharmacist through the operator "
                "(819-555-0100).\n\nPlease update your records.\n\n%s" % (fmt_date(day, lang, "long"), signature(mgr, lang, rng)))
        subj = "New number - anticoagulation clinic"
    to = [(p[0], "info@" + p[1]) for p in rng.sample(COMMUNITY_PHARMACIES, 3)]
    return neg_spec(ctx, lang, mgr.addr(), to, subj, text, dt, "clinic_notice", "clinic phone number change with clinic vCard",
                    attachments=[{"kind": "vcf", "filename": "clinique_anticoagulation.vcf", "data": vcf, "charset": "utf-8"}])


# ---------------------------------------------------------------------- 32
def neg_education(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    lines = [L(lang, "Pourquoi je prends de la warfarine?", "Why do I take warfarin?"),
             L(lang, "La warfarine éclaircit le sang pour prévenir les caillots (AVC, embolie pulmonaire).",
               "Warfarin thins the blood to prevent clots (stroke, pulmonary embolism)."),
             L(lang, "Aliments riches en vitamine K : gardez une consommation stable (épinards, brocoli, chou frisé).",
               "Vitamin K-rich foods: keep your intake steady (spinach, broccoli, kale)."),
             L(lang, "Signes de saignement : selles noires, urine rouge, saignement de nez > 10 minutes. Appelez la clinique.",
               "Signs of bleeding: black stools, red urine, nosebleed > 10 minutes. Call the clinic."),
             L(lang, "Avisez votre pharmacien de tout nouveau médicament, produit naturel ou antibiotique.",
               "Tell your pharmacist about any new medication, natural product or antibiotic."),
             L(lang, "Clinique d'anticoagulation : 819-555-0135", "Anticoagulation clinic: 819-555-0135")]
    pdf = make_pdf(L(lang, "Vivre avec la warfarine - guide de l'usager", "Living with warfarin - patient guide"), lines,
                   compress=rng.random() < 0.5, author=ph.full)
    text = L(lang, "%s\n\nVoici la version révisée du dépliant pour l'impression (500 copies, recto verso, 3 volets).\n\n%s",
             "%s\n\nHere is the revised leaflet for printing (500 copies, double-sided, tri-fold).\n\n%s") % (greet(lang, rng), signature(ph, lang, rng))
    z = None
    atts = [{"kind": "pdf", "filename": L(lang, "Dépliant « Vivre avec la warfarine » 2025.pdf", "warfarin_leaflet_2025.pdf"), "data": pdf}]
    if rng.random() < 0.4:
        z = make_zip([(atts[0]["filename"], pdf), ("LISEZMOI.txt" if lang == "fr" else "README.txt",
                                                   L(lang, "Format lettre, marges 5 mm, CMJN.", "Letter size, 5 mm bleed, CMYK.").encode("utf-8"))])
        atts = [{"kind": "zip", "filename": L(lang, "depliant_impression.zip", "leaflet_print.zip"), "data": z}]
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Imprimerie", "Print shop"), "imprimerie@" + DOMAIN)],
                    L(lang, "Dépliant warfarine - impression", "Warfarin leaflet - printing"), text, dt, "education_material",
                    "patient education leaflet without any patient", attachments=atts)


# ---------------------------------------------------------------------- 33
def neg_vendor_meeting(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    day = future_day(dt, rng, 3, 20)
    start = datetime.datetime(day.year, day.month, day.day, 12, 0)
    ics = make_ics("%08x@agenda.%s" % (rng.getrandbits(32), DOMAIN), start, start + datetime.timedelta(hours=1),
                   L(lang, "Dîner-conférence : nouveautés en renversement des AOD", "Lunch talk: updates on DOAC reversal"),
                   L(lang, "Salle Champlain, Hôpital Saint-Aurèle", "Champlain room, Saint-Aurèle Hospital"),
                   L(lang, "Présentation non commanditée par Dre Laura Whitcombe, néphrologue. Aucun échantillon accepté.",
                     "Non-sponsored presentation by Dr. Laura Whitcombe, nephrologist. No samples accepted."),
                   (ph.full, ph.email))
    text = L(lang, "Invitation au dîner-conférence du %s.", "Invitation to the lunch talk on %s.") % fmt_date(day, lang, "long")
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Pharmaciens", "Pharmacists"), "pharmaciens@" + DOMAIN)],
                    L(lang, "Invitation : dîner-conférence AOD", "Invitation: DOAC lunch talk"), text, dt, "meeting_invite",
                    "calendar invitation for an educational talk",
                    attachments=[{"kind": "ics", "filename": "invitation.ics", "data": ics, "charset": "utf-8"}])


# ---------------------------------------------------------------------- 34
def neg_expense(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    emp = ctx.pick_staff(rng.choice(["pharm", "nurse"]))
    mgr = ctx.pick_staff("mgr")
    km = rng.randrange(40, 260)
    rows = [[L(lang, "Date", "Date"), L(lang, "Trajet", "Trip"), "km", L(lang, "Montant", "Amount")]]
    for _ in range(rng.randrange(2, 5)):
        d = dt.date() - datetime.timedelta(days=rng.randrange(2, 25))
        k = rng.randrange(20, 90)
        rows.append([d.isoformat(), rng.choice(["HSA -> HPG", "HPG -> CHLM", "HSA -> CLSC"]), str(k), "%.2f" % (k * 0.58)])
    csvb = make_csv(rows, encoding="utf-8")
    text = L(lang, "%s\n\nCi-joint ma réclamation de kilométrage pour les cliniques satellites du mois (%d km). Reçus de stationnement "
                   "déposés dans ton casier.\n\n%s", "%s\n\nAttached is my mileage claim for this month's satellite clinics (%d km). "
                   "Parking receipts are in your mailbox.\n\n%s") % (greet(lang, rng, mgr.given), km, emp.full)
    return neg_spec(ctx, lang, emp.addr(), [mgr.addr()], L(lang, "Réclamation de kilométrage", "Mileage claim"), text, dt,
                    "expense_claim", "staff mileage claim",
                    attachments=[{"kind": "csv", "filename": "kilometrage_%s.csv" % dt.strftime("%Y%m"), "data": csvb, "charset": "utf-8"}])


TEMPLATES = [neg_invoice, neg_purchase_order, neg_inventory, neg_it, neg_facilities, neg_blank_form, neg_mail_merge,
             neg_device, neg_clinic_notice, neg_education, neg_vendor_meeting, neg_expense]
