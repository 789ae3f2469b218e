"""Negative templates, part 2: purchasing, inventory, IT, facilities, statistics,
teaching cases, blank forms, mail-merge templates, shortages, recalls."""
import datetime
import html as H

from gen_attach import csv_text, docx, pdf, xlsx
from gen_common import (BURN_EN, BURN_FR, DEPT_EN, DEPT_FR, ORG_ADDR, ORG_EN, ORG_FR, signature,
                        staff_name)
from gen_neg1 import DOCX_CT, XLSX_CT, gtin13, luhn_serial, mod97_lot, money, other
from gen_vocab import L, MOIS_, MONTHS_, when


# --------------------------------------------------------------------------- n11
def purchase_order(ctx, m):
    r, lang = ctx.rng, m.lang
    po = "BC-%06d" % r.randrange(100000, 999999)
    rows = [L(lang, ["No article", "GTIN", "Description", "Qté", "Prix unitaire", "Centre de coût"],
              ["Item no.", "GTIN", "Description", "Qty", "Unit price", "Cost centre"])]
    cat = [("Gant compressif sur mesure – confection", "Custom compression glove - fabrication", 118.0),
           ("Lames de dermatome Zimmer 2 po", "Zimmer dermatome blades 2 in", 39.5),
           ("Mailleur de greffe 1:1,5 – cartouche", "Skin graft mesher 1:1.5 carrier", 64.0),
           ("Matrice dermique 10x12,5 cm", "Dermal matrix 10x12.5 cm", 1390.0),
           ("Orthèse thermoplastique 3,2 mm (feuille)", "Thermoplastic splint sheet 3.2 mm", 27.8),
           ("Sulfadiazine d'argent 1 % 500 g", "Silver sulfadiazine 1% 500 g", 44.2)]
    for fr_, en_, price in r.sample(cat, r.randrange(3, 6)):
        rows.append(["A-%05d" % r.randrange(10000, 99999), gtin13(r), L(lang, fr_, en_), str(r.randrange(1, 40)),
                     money(price, lang), "71%04d" % r.randrange(1000, 9999)])
    m.sender = ("Approvisionnement" if lang == "fr" else "Procurement", "approvisionnement@chubsr.example")
    m.to = [("Orthèses Compressa inc.", "commandes@compressa.example") if r.random() < 0.5 else ("NordSurg Canada", "orders@nordsurg.example")]
    m.cc = [ctx.staff_box(14, lang)]
    m.subject = L(lang, "Bon de commande %s" % po, "Purchase order %s" % po)
    fmt = r.choice(["xlsx", "csv", "body"])
    if fmt == "xlsx":
        m.attachments.append({"filename": "%s.xlsx" % po, "ctype": XLSX_CT, "data": xlsx([(po, rows)])})
        m.text = L(lang, "Bonjour,\n\nVeuillez traiter le bon de commande ci-joint. Livraison au quai 3.\n\nApprovisionnement\n%s\n",
                   "Hello,\n\nPlease process the attached purchase order. Deliver to dock 3.\n\nProcurement\n%s\n") % ORG_ADDR
    elif fmt == "csv":
        m.attachments.append({"filename": "%s.csv" % po, "ctype": "text/csv", "data": csv_text(rows)})
        m.text = L(lang, "Bon de commande en CSV pour intégration EDI.\n", "PO in CSV for EDI import.\n")
    else:
        m.text = L(lang, "Bonjour,\n\nCommande %s :\n\n", "Hello,\n\nOrder %s:\n\n") % po + "\n".join(
            "  ".join(x) for x in rows) + L(lang, "\n\nApprovisionnement\n", "\n\nProcurement\n") + ORG_ADDR + "\n"
    m.note = L(lang, "bon de commande de fournitures", "supply purchase order") + " (%s)" % fmt


# --------------------------------------------------------------------------- n12
def inventory(ctx, m):
    r, lang = ctx.rng, m.lang
    rows = [L(lang, ["Produit", "Lot", "Péremption", "Quantité", "Emplacement", "No série appareil"],
              ["Product", "Lot", "Expiry", "Qty", "Location", "Device serial"])]
    prods = ["Mepilex Ag", "Acticoat 7", "Aquacel Ag Extra", "Jelonet", "Xeroform", "Allevyn",
             L(lang, "Pompe VAC", "VAC pump"), L(lang, "Dermatome électrique", "Electric dermatome"),
             L(lang, "Réchauffeur de solutés", "Fluid warmer")]
    for p in r.sample(prods, r.randrange(5, 9)):
        dev = p.startswith(("Pompe", "VAC", "Derm", "Electric", "Réch", "Fluid"))
        rows.append([p, mod97_lot(r) if r.random() < 0.4 else "L%s" % r.randrange(100000, 999999),
                     datetime.date(2025, r.randrange(1, 13), 1).isoformat()[:7], str(r.randrange(0, 80)),
                     r.choice(["7N-réserve A", "7N-réserve B", "Bloc 6", "Clinique 2-140"]),
                     luhn_serial(r, r.choice([9, 10])) if dev else ""])
    m.sender = ctx.staff_box(15, lang)
    m.to = [("Magasin central" if lang == "fr" else "Central stores", "magasin@chubsr.example")]
    m.subject = L(lang, "Inventaire mensuel 7e Nord – %s", "7 North monthly inventory - %s") % ctx.now.strftime("%Y-%m")
    if r.random() < 0.5:
        m.attachments.append({"filename": L(lang, "inventaire_7N.xlsx", "inventory_7N.xlsx"), "ctype": XLSX_CT,
                              "data": xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)])})
        m.text = L(lang, "Bonjour,\n\nInventaire joint. Il nous manque des Acticoat, merci de prioriser.\n\n%s\n",
                   "Hello,\n\nInventory attached. We are short on Acticoat, please prioritise.\n\n%s\n") % signature(15, lang)
    else:
        trs = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % H.escape(c) for c in row) for row in rows)
        m.html = "<html><head><meta charset=\"{CHARSET}\"></head><body><p>%s</p><table border=1>%s</table><p>%s</p></body></html>" % (
            L(lang, "Inventaire du mois :", "This month's inventory:"), trs, staff_name(15, lang))
    m.note = L(lang, "inventaire de pansements et appareils", "dressing and device inventory")


# --------------------------------------------------------------------------- n13
def it_notice(ctx, m):
    r, lang = ctx.rng, m.lang
    kind = r.choice(["downtime", "phishing", "printer", "password", "teams"])
    d = ctx.day_after(2, 10, hour=r.choice([1, 2, 22]))
    tick = "INC%07d" % r.randrange(1000000, 9999999)
    if lang == "fr":
        txt = {"downtime": "Le dossier médical électronique sera indisponible le %s pendant environ 3 heures (mise à niveau). "
                           "Utilisez les formulaires papier de contingence; la saisie rétroactive sera requise." % when(d, lang),
               "phishing": "Un courriel frauduleux intitulé « Mise à jour de votre paie » circule. Ne cliquez pas sur le lien; "
                           "transférez-le à securite.ti@chubsr.example.",
               "printer": "L'imprimante du poste infirmier du 7e Nord (IMP-7N-02, no série %s) est remplacée; "
                          "nouvelle file d'impression : \\\\impr07\\7N-02." % luhn_serial(r, 10),
               "password": "Votre mot de passe réseau expire dans 5 jours. Changez-le via le portail libre-service.",
               "teams": "Teams sera migré vers le nouveau locataire le %s. Vos conversations seront conservées." % when(d, lang, False)}[kind]
        m.subject = "[TI] " + {"downtime": "Interruption planifiée du DME", "phishing": "Alerte hameçonnage",
                               "printer": "Remplacement d'imprimante 7N", "password": "Expiration du mot de passe",
                               "teams": "Migration Teams"}[kind] + " – " + tick
        m.text = "Bonjour,\n\n%s\n\nCentre de services TI – poste 5000\n%s\n" % (txt, tick)
    else:
        txt = {"downtime": "The electronic health record will be unavailable on %s for about 3 hours (upgrade). "
                           "Use paper downtime forms; back-entry will be required." % when(d, lang),
               "phishing": "A fraudulent e-mail titled \"Update your pay\" is circulating. Do not click the link; "
                           "forward it to securite.ti@chubsr.example.",
               "printer": "The 7 North nursing station printer (PRN-7N-02, serial %s) is being replaced; "
                          "new queue: \\\\prn07\\7N-02." % luhn_serial(r, 10),
               "password": "Your network password expires in 5 days. Change it through the self-service portal.",
               "teams": "Teams is moving to the new tenant on %s. Your chats will be kept." % when(d, lang, False)}[kind]
        m.subject = "[IT] " + {"downtime": "Planned EHR downtime", "phishing": "Phishing alert",
                               "printer": "7N printer replacement", "password": "Password expiry",
                               "teams": "Teams migration"}[kind] + " - " + tick
        m.text = "Hello,\n\n%s\n\nIT Service Desk - ext. 5000\n%s\n" % (txt, tick)
    m.sender = ctx.staff_box(19, lang)
    m.to = [("Utilisateurs 7N" if lang == "fr" else "7N users", "utilisateurs.7n@chubsr.example")]
    m.note = L(lang, "avis informatique", "IT notice") + " (%s)" % kind


# --------------------------------------------------------------------------- n14
def facilities(ctx, m):
    r, lang = ctx.rng, m.lang
    kind = r.choice(["hydro", "hvac", "water", "elevator"])
    d = ctx.day_after(1, 8)
    wo = "BT-%06d" % r.randrange(100000, 999999)
    asset = luhn_serial(r, 9)
    if lang == "fr":
        txt = {"hydro": "La salle d'hydrothérapie (7N-115) sera fermée le %s pour le remplacement de la civière-douche "
                        "(actif %s). Les bains seront faits au chevet." % (when(d, lang, False), asset),
               "hvac": "Travaux sur le système de ventilation à pression positive des chambres 701 à 708 le %s. "
                       "Température possiblement instable entre 9 h et 15 h." % when(d, lang, False),
               "water": "Rinçage préventif des conduites (légionelle) au 7e étage le %s. Ne pas utiliser les douches 7N entre 6 h et 8 h." % when(d, lang, False),
               "elevator": "L'ascenseur de service C (actif %s) sera hors service du %s pour inspection annuelle." % (asset, when(d, lang, False))}[kind]
        m.subject = "Avis des installations matérielles – %s" % wo
        m.text = "Bonjour,\n\n%s\n\nBon de travail : %s\nServices techniques, poste 3300\n%s\n" % (txt, wo, ORG_ADDR)
    else:
        txt = {"hydro": "The hydrotherapy room (7N-115) will be closed on %s to replace the shower trolley "
                        "(asset %s). Tubbing will be done at the bedside." % (when(d, lang, False), asset),
               "hvac": "Work on the positive-pressure ventilation for rooms 701 to 708 on %s. "
                       "Temperature may fluctuate between 9 a.m. and 3 p.m." % when(d, lang, False),
               "water": "Preventive line flushing (Legionella) on the 7th floor on %s. Do not use 7N showers between 6 and 8 a.m." % when(d, lang, False),
               "elevator": "Service elevator C (asset %s) will be out of service on %s for its annual inspection." % (asset, when(d, lang, False))}[kind]
        m.subject = "Facilities notice - %s" % wo
        m.text = "Hello,\n\n%s\n\nWork order: %s\nTechnical services, ext. 3300\n%s\n" % (txt, wo, ORG_ADDR)
    m.sender = ("Services techniques" if lang == "fr" else "Technical Services", "services.techniques@chubsr.example")
    m.to = [ctx.staff_box(15, lang), ctx.staff_box(7, lang)]
    m.note = L(lang, "avis des installations", "facilities notice") + " (%s)" % kind


# --------------------------------------------------------------------------- n15
def aggregate_stats(ctx, m):
    r, lang = ctx.rng, m.lang
    q = r.choice(["T1", "T2", "T3", "T4"])
    rows = [L(lang, ["Indicateur", "Valeur", "Cible"], ["Indicator", "Value", "Target"])]
    rows += [[L(lang, "Admissions grands brûlés", "Burn admissions"), str(r.randrange(40, 95)), "-"],
             [L(lang, "SCT médiane (%)", "Median TBSA (%)"), str(r.randrange(6, 20)), "-"],
             [L(lang, "Durée moyenne de séjour (jours par % SCT)", "Mean LOS (days per % TBSA)"), "%.2f" % (r.random() + 0.6), "1,0"],
             [L(lang, "Infections du site donneur", "Donor-site infections"), str(r.randrange(0, 6)), "< 5"],
             [L(lang, "Attente reconstruction mammaire > 12 mois", "Breast reconstruction waiting > 12 months"), str(r.randrange(20, 80)), "0"],
             [L(lang, "Délai moyen réparation tendon fléchisseur (jours)", "Mean time to flexor tendon repair (days)"), "%.1f" % (r.random() * 4 + 1), "≤ 3"],
             [L(lang, "Vêtements compressifs livrés < 4 semaines (%)", "Garments delivered < 4 weeks (%)"), str(r.randrange(50, 95)), "90"]]
    m.sender = ("Qualité et performance" if lang == "fr" else "Quality and Performance", "qualite@chubsr.example")
    m.to = [ctx.staff_box(14, lang), ctx.staff_box(0, lang), ctx.staff_box(15, lang)]
    m.subject = L(lang, "Tableau de bord %s – plastie et brûlés", "%s dashboard - plastics and burns") % q
    if r.random() < 0.5:
        m.attachments.append({"filename": "dashboard_%s_2024.xlsx" % q, "ctype": XLSX_CT, "data": xlsx([(q, rows)])})
        m.text = L(lang, "Bonjour,\n\nVoici les indicateurs du %s. Aucune donnée nominative.\n\nQualité et performance\n",
                   "Hello,\n\nHere are the %s indicators. No patient-level data.\n\nQuality and Performance\n") % q
    else:
        m.text = L(lang, "Indicateurs %s :\n\n", "%s indicators:\n\n") % q + "\n".join(" | ".join(x) for x in rows) + "\n"
    m.note = L(lang, "statistiques agrégées", "aggregate statistics")


# --------------------------------------------------------------------------- n16
def teaching_case(ctx, m):
    r, lang = ctx.rng, m.lang
    age = r.randrange(25, 70)
    case = r.choice(["burn", "hand", "breast"])
    if lang == "fr":
        txt = {"burn": "Homme de %d ans, brûlure par flamme de 35 %% SCT (2e degré profond et 3e degré) aux membres inférieurs et au tronc. "
                       "Poids 80 kg. Question 1 : calculez les besoins liquidiens des 24 premières heures. Question 2 : quand planifier l'excision?" % age,
               "hand": "Femme de %d ans, lacération palmaire par couteau au niveau de la zone II de l'annulaire, flexion IPD impossible. "
                       "Question : quels examens et quel plan opératoire?" % age,
               "breast": "Femme de %d ans, mastectomie G il y a 3 ans suivie de radiothérapie, IMC 31. "
                         "Question : options de reconstruction et risques?" % age}[case]
        m.subject = "Cas clinique de la semaine (anonymisé)"
        m.text = ("Bonjour à tous les résidents,\n\nCas de la semaine, à discuter vendredi à la tournée d'enseignement :\n\n%s\n\n"
                  "Les données sont fictives / anonymisées.\n\n%s\n") % (txt, staff_name(0, lang))
    else:
        txt = {"burn": "A %d-year-old man with a 35%% TBSA flame burn (deep partial and full thickness) to the legs and trunk. "
                       "Weight 80 kg. Q1: calculate first-24-hour fluid requirements. Q2: when would you plan excision?" % age,
               "hand": "A %d-year-old woman with a knife laceration to the palm at zone II of the ring finger, unable to flex the DIP. "
                       "Q: which investigations and what operative plan?" % age,
               "breast": "A %d-year-old woman, left mastectomy 3 years ago followed by radiotherapy, BMI 31. "
                         "Q: reconstruction options and risks?" % age}[case]
        m.subject = "Case of the week (de-identified)"
        m.text = ("Hi residents,\n\nCase of the week, for Friday teaching rounds:\n\n%s\n\n"
                  "Details are fictional / de-identified.\n\n%s\n") % (txt, staff_name(0, lang))
    m.sender = ctx.staff_box(0, lang)
    m.to = [("Résidents plastie" if lang == "fr" else "Plastics residents", "residents.plastie@chubsr.example")]
    m.note = L(lang, "cas d'enseignement anonymisé", "de-identified teaching case")


# --------------------------------------------------------------------------- n17
def blank_form(ctx, m):
    r, lang = ctx.rng, m.lang
    kind = r.choice(["referral", "garment", "consent"])
    if lang == "fr":
        title = {"referral": "Demande de consultation – Clinique de la main", "garment": "Ordonnance de vêtement compressif",
                 "consent": "Consentement à la photographie clinique"}[kind]
        fields = ["Nom du patient : ______________________", "Prénom : ______________________",
                  "Date de naissance (AAAA-MM-JJ) : ____-__-__", "NAM : ____ ____ ____", "No de dossier : ___________",
                  "Téléphone : (___) ___-____", "Diagnostic / motif : ______________________________",
                  "Médecin référent : __________________  Signature : __________"]
    else:
        title = {"referral": "Hand Clinic Referral Form", "garment": "Pressure Garment Order Form",
                 "consent": "Consent to Clinical Photography"}[kind]
        fields = ["Patient surname: ______________________", "Given name: ______________________",
                  "Date of birth (YYYY-MM-DD): ____-__-__", "Health card no.: ____ ____ ____", "MRN: ___________",
                  "Phone: (___) ___-____", "Diagnosis / reason: ______________________________",
                  "Referring physician: __________________  Signature: __________"]
    fmt = r.choice(["pdf", "docx"])
    data = pdf(title, fields) if fmt == "pdf" else docx(title, fields)
    m.attachments.append({"filename": "formulaire_%s_vierge.%s" % ({"referral": "référence", "garment": "vêtement", "consent": "consentement"}[kind], fmt) if lang == "fr" else "%s_blank.%s" % (kind, fmt),
                          "ctype": "application/pdf" if fmt == "pdf" else DOCX_CT, "data": data})
    m.sender = ctx.staff_box(10, lang)
    m.to = [("GMF des Hérons", "secretariat@gmf-herons.example")]
    m.subject = L(lang, "Formulaire à jour : %s" % title, "Updated form: %s" % title)
    m.text = L(lang, "Bonjour,\n\nVoici la nouvelle version du formulaire (vierge). Merci de détruire les anciennes copies.\n\n%s\n",
               "Hello,\n\nHere is the new version of the form (blank). Please discard old copies.\n\n%s\n") % signature(10, lang)
    m.note = L(lang, "formulaire vierge", "blank form") + " (%s)" % fmt


# --------------------------------------------------------------------------- n18
def mail_merge(ctx, m):
    r, lang = ctx.rng, m.lang
    style = r.choice([("{{", "}}"), ("«", "»"), ("<<", ">>"), ("[", "]")])
    a, b = style
    if lang == "fr":
        tpl = ("Bonjour %sTITRE%s %sNOM_PATIENT%s,\n\nVotre rendez-vous de %sTYPE_RV%s est prévu le %sDATE_RV%s à %sHEURE%s "
               "(dossier %sNO_DOSSIER%s, NAM %sNAM%s).\nMerci d'apporter la liste de vos médicaments.\n\nClinique de chirurgie plastique\n418-555-0100")
        m.subject = "Gabarit – lettre de convocation (publipostage)"
        m.text = ("Bonjour Maude,\n\nVoici le gabarit révisé pour le publipostage des convocations. Les champs entre %s %s sont "
                  "remplis automatiquement par l'agenda.\n\n-----\n%s\n-----\n\n%s\n") % (
            a, b, tpl % tuple([a, b] * 7), signature(14, lang))
    else:
        tpl = ("Dear %sTITLE%s %sPATIENT_NAME%s,\n\nYour %sAPPT_TYPE%s appointment is on %sAPPT_DATE%s at %sTIME%s "
               "(chart %sMRN%s, health card %sHCN%s).\nPlease bring a list of your medications.\n\nPlastic Surgery Clinic\n418-555-0100")
        m.subject = "Template - appointment letter (mail merge)"
        m.text = ("Hi Maude,\n\nHere is the revised mail-merge template for appointment letters. Fields in %s %s are "
                  "filled in by the scheduling system.\n\n-----\n%s\n-----\n\n%s\n") % (
            a, b, tpl % tuple([a, b] * 7), signature(14, lang))
    m.sender = ctx.staff_box(14, lang)
    m.to = [ctx.staff_box(10, lang)]
    m.note = L(lang, "gabarit de publipostage", "mail-merge template")


# --------------------------------------------------------------------------- n19
def drug_shortage(ctx, m):
    r, lang = ctx.rng, m.lang
    drug = r.choice([("sulfadiazine d'argent 1 % (Flamazine)", "silver sulfadiazine 1% (Flamazine)",
                      "mupirocine ou pansements à l'argent", "mupirocin or silver dressings"),
                     ("kétamine 50 mg/mL", "ketamine 50 mg/mL", "kétamine 10 mg/mL (dilution)", "ketamine 10 mg/mL (dilute)"),
                     ("céfazoline 1 g", "cefazolin 1 g", "céfazoline 2 g fractionnée", "cefazolin 2 g vials"),
                     ("hydromorphone 2 mg/mL", "hydromorphone 2 mg/mL", "morphine 10 mg/mL", "morphine 10 mg/mL")])
    din = "%08d" % r.randrange(2000000, 2999999)
    if lang == "fr":
        m.subject = "Avis de rupture d'approvisionnement – %s" % drug[0]
        m.text = ("Bonjour,\n\nLe fournisseur annonce une rupture de %s (DIN %s) jusqu'au %s.\n"
                  "Alternative recommandée : %s. Les ordonnances en cours seront ajustées par la pharmacie.\n"
                  "Merci de ne pas constituer de réserves dans les unités.\n\n%s\n") % (
            drug[0], din, ctx.day_after(20, 60).strftime("%d/%m/%Y"), drug[2], signature(12, lang))
    else:
        m.subject = "Drug shortage notice - %s" % drug[1]
        m.text = ("Hello,\n\nThe supplier reports a shortage of %s (DIN %s) until %s.\n"
                  "Recommended alternative: %s. Active orders will be adjusted by pharmacy.\n"
                  "Please do not stockpile on the units.\n\n%s\n") % (
            drug[1], din, ctx.day_after(20, 60).strftime("%Y-%m-%d"), drug[3], signature(12, lang))
    m.sender = ctx.staff_box(12, lang)
    m.to = [("Prescripteurs" if lang == "fr" else "Prescribers", "prescripteurs@chubsr.example")]
    m.note = L(lang, "avis de pénurie de médicament", "drug shortage notice")


# --------------------------------------------------------------------------- n20
def device_recall(ctx, m):
    r, lang = ctx.rng, m.lang
    dev = r.choice([("lames de dermatome", "dermatome blades"), ("cartouches de mailleur", "mesher carriers"),
                    ("réservoirs de pompe VAC", "VAC pump canisters"), ("matelas à air fluidisé", "air-fluidised mattresses")])
    lots = [mod97_lot(r) if r.random() < 0.5 else luhn_serial(r, 9) for _ in range(r.randrange(2, 5))]
    gt = gtin13(r)
    if lang == "fr":
        m.subject = "RAPPEL – %s, lots visés" % dev[0]
        m.text = ("Avis de rappel volontaire du fabricant concernant des %s (GTIN %s).\n\nLots visés :\n%s\n\n"
                  "Retirez les unités touchées et retournez-les au magasin central. Aucun incident rapporté chez nous.\n\n"
                  "Gestion des risques – %s\n") % (dev[0], gt, "\n".join("- " + x for x in lots), ORG_FR)
    else:
        m.subject = "RECALL - %s, affected lots" % dev[1]
        m.text = ("Voluntary manufacturer recall of %s (GTIN %s).\n\nAffected lots:\n%s\n\n"
                  "Remove affected units and return them to central stores. No incidents reported here.\n\n"
                  "Risk Management - %s\n") % (dev[1], gt, "\n".join("- " + x for x in lots), ORG_EN)
    m.sender = ("Gestion des risques" if lang == "fr" else "Risk Management", "gestion.risques@chubsr.example")
    m.to = [ctx.staff_box(15, lang), ("Bloc opératoire", "bloc@chubsr.example")]
    m.note = L(lang, "rappel de dispositif médical", "medical device recall")
