"""Non-confidential messages, part A: equipment, vendors, stock, maintenance,
recalls, invoices, tenders, facilities and IT.  No identifiable patient."""
import datetime

from gen_attach import make_csv, make_pdf, make_vcard, make_xlsx
from gen_base import Msg, closing, greet, later, msg_date, person_addr, signature
from gen_clin import DEVICE_MODELS, MASKS, MASKS_EN
from gen_util import ORGS, VENDOR_REPS, dr, phone_clinic
from stdnum import luhn


def luhn_serial(rng, n):
    body = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    if body[0] in "08":
        body = "4" + body[1:]
    return body + luhn.calc_check_digit(body)


def grouped(num, groups, sep=" "):
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


# ------------------------------------------------------------------ 1
def recall_notice(ctx, rng, lang):
    m = Msg(lang, "recall_notice", "manufacturer recall/field safety notice with lot and serial numbers")
    v = ctx.vendor(rng)
    st = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    model = rng.choice(["DreamStation 2 Auto", "Trilogy Evo", "EverFlo 5 L", "SimplyGo Mini", "Astral 150"])
    lots = ["%s%d" % (rng.choice(["L", "LOT-", "B"]), rng.randint(202300, 202499)) for _ in range(rng.randint(3, 6))]
    serials = [grouped(luhn_serial(rng, 9), [3, 3, 3], rng.choice([" ", "-", ""])) for _ in range(rng.randint(3, 6))]
    if lang == "fr":
        issue = rng.choice(["dégradation possible de la mousse insonorisante", "défaillance de la batterie interne sous 20 % de charge",
                            "alarme de haute pression qui peut ne pas se déclencher", "fissure du boîtier du réservoir d'humidificateur"])
        subj = rng.choice(["Avis de sécurité - %s" % model, "RAPPEL VOLONTAIRE : %s" % model, "Avis de rappel - action requise (classe II)"])
        lines = [("h1", "Avis de sécurité sur le terrain"), "Produit : %s" % model, "Problème : %s" % issue,
                 "Lots visés : " + ", ".join(lots), "Numéros de série visés (extrait) : " + ", ".join(serials),
                 "Action : inspecter l'inventaire et mettre en quarantaine les unités visées. Aucun patient n'a été blessé à notre connaissance.",
                 "Risque clinique : hypoventilation possible chez les patients dépendants du ventilateur si l'alarme ne se déclenche pas.",
                 "Service technique : 1-800-555-0199"]
        body = ("%s\n\nVeuillez trouver ci-joint l'avis de sécurité du fabricant concernant le %s (%s). Merci de vérifier "
                "votre inventaire et de nous retourner le formulaire d'accusé de réception d'ici le %s.\n\n"
                "Les numéros de série visés sont aussi dans le tableau ci-joint.\n\n%s\n%s\n%s\n%s") % (
            greet(rng, lang), model, issue, (later(rng, date, 7, 21)).strftime("%d/%m/%Y"), closing(rng, lang),
            v["given"] + " " + v["surname"], v["company"], "Service à la clientèle : " + phone_clinic(rng, "514"))
        fn = "Avis_securite_%s.pdf" % model.replace(" ", "_")
    else:
        issue = rng.choice(["possible degradation of sound-abatement foam", "internal battery failure below 20% charge",
                            "high-pressure alarm may fail to trigger"])
        subj = rng.choice(["Field Safety Notice - %s" % model, "VOLUNTARY RECALL: %s" % model, "Urgent: device correction notice"])
        lines = [("h1", "Urgent Field Safety Notice"), "Product: %s" % model, "Issue: %s" % issue,
                 "Affected lots: " + ", ".join(lots), "Affected serial numbers (excerpt): " + ", ".join(serials),
                 "Action: inspect inventory and quarantine affected units. No patient injuries reported to date.",
                 "Clinical risk: possible hypoventilation in ventilator-dependent patients if the alarm fails.",
                 "Technical support: 1-800-555-0199"]
        body = ("%s\n\nAttached is the manufacturer's field safety notice for the %s (%s). Please check your inventory and "
                "return the acknowledgement form by %s.\n\n%s\n%s\n%s") % (
            greet(rng, lang), model, issue, later(rng, date, 7, 21).strftime("%B %d, %Y"), closing(rng, lang),
            v["given"] + " " + v["surname"], v["company"])
        fn = "FSN_%s.pdf" % model.replace(" ", "_")
    m.attach(make_pdf(lines, compress=rng.random() < 0.5), "application/pdf", fn)
    if rng.random() < 0.5:
        rows = [["modele" if lang == "fr" else "model", "lot", "serie" if lang == "fr" else "serial"]] + \
               [[model, rng.choice(lots), s] for s in serials]
        m.attach(make_csv(rows), "text/csv", "series_visees.csv" if lang == "fr" else "affected_serials.csv")
    return m.done(person_addr(v, v["domain"]), [person_addr(st, "ventdom.example")], subj, body, date=date)


# ------------------------------------------------------------------ 2
def maintenance_schedule(ctx, rng, lang):
    m = Msg(lang, "maintenance_schedule", "preventive maintenance schedule for devices (asset numbers)")
    tech = {"given": "Sébastien", "surname": "Doyon", "sex": "M", "role": "technicien biomédical" if lang == "fr" else "biomedical technician"}
    st = ctx.staff(rng, lang, "admin")
    date = msg_date(rng)
    rows = [["Actif", "Modèle", "No série", "Dernier entretien", "Prochain", "Statut"] if lang == "fr"
            else ["Asset", "Model", "Serial", "Last PM", "Next PM", "Status"]]
    for _ in range(rng.randint(8, 16)):
        last = date.date() - datetime.timedelta(days=rng.randint(30, 360))
        rows.append(["GBM-%05d" % rng.randint(10000, 99999), rng.choice(DEVICE_MODELS),
                     luhn_serial(rng, 10), last.isoformat(), (last + datetime.timedelta(days=365)).isoformat(),
                     rng.choice(["OK", "OK", "À faire", "En réparation", "Retiré"] if lang == "fr" else ["OK", "OK", "Due", "In repair", "Retired"])])
    if lang == "fr":
        subj = rng.choice(["Calendrier d'entretien préventif - ventilateurs et concentrateurs", "EP trimestriel - inventaire inhalothérapie",
                           "Entretien préventif à planifier"])
        body = ("%s\n\nVoici la liste des appareils dont l'entretien préventif arrive à échéance. Merci de rapporter les "
                "ventilateurs de prêt (Astral, Trilogy) à l'atelier biomédical avant le %s; les concentrateurs seront "
                "faits sur place.\n\nLes unités « Retiré » peuvent être envoyées au recyclage.\n\n%s\n%s") % (
            greet(rng, lang), later(rng, date, 5, 15).strftime("%d/%m"), closing(rng, lang), signature(rng, tech, lang))
        fn = "EP_inhalo_%s.xlsx" % date.strftime("%Y_T%m")
    else:
        subj = rng.choice(["Preventive maintenance schedule - ventilators and concentrators", "Quarterly PM list"])
        body = ("%s\n\nHere is the list of devices due for preventive maintenance. Please bring loaner ventilators to the "
                "biomed shop before %s.\n\n%s\n%s") % (greet(rng, lang), later(rng, date, 5, 15).strftime("%b %d"),
                                                      closing(rng, lang), signature(rng, tech, lang))
        fn = "PM_schedule_%s.xlsx" % date.strftime("%Y_%m")
    m.attach(make_xlsx([("EP" if lang == "fr" else "PM", rows)], "Biomed"),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)
    return m.done(person_addr(tech, "cisss-bt.example"), [person_addr(st, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 3
def vendor_contract(ctx, rng, lang):
    m = Msg(lang, "vendor_contract", "vendor contract renewal, pricing and service levels")
    v = ctx.vendor(rng)
    boss = {"given": "Isabelle", "surname": "Fréchette", "sex": "F", "role": "chef de service" if lang == "fr" else "department head"}
    date = msg_date(rng)
    if lang == "fr":
        subj = rng.choice(["Renouvellement contrat oxygénothérapie 2025-2028", "Entente de service - CPAP/BiPAP",
                           "Contrat de location : proposition tarifaire"])
        body = ("%s\n\nSuite à notre rencontre, voici les principaux points de la proposition de %s :\n\n"
                "- Location mensuelle concentrateur 5 L : %d,00 $ (vs %d,00 $ actuellement)\n"
                "- Bouteille M6 remplie : %d,50 $ / livraison\n- Délai d'installation : 24 h ouvrables (urgence : 4 h)\n"
                "- Service de garde 24/7 pour les patients ventilés\n- Pénalité de 5 %% si le délai n'est pas respecté plus de 3 fois par trimestre\n\n"
                "Le contentieux doit réviser la clause de confidentialité et de protection des renseignements (art. 12). "
                "Je propose une signature d'ici le %s.\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), v["company"], rng.randint(48, 62), rng.randint(55, 70), rng.randint(9, 15),
            later(rng, date, 20, 50).strftime("%d/%m/%Y"), closing(rng, lang), signature(rng, boss, lang, "cisss"))
    else:
        subj = rng.choice(["Home oxygen contract renewal 2025-2028", "Service agreement - CPAP/BiPAP"])
        body = ("%s\n\nFollowing our meeting, key points of the %s proposal:\n\n- Monthly 5 L concentrator rental: $%d.00\n"
                "- Filled M6 cylinder: $%d.50 per delivery\n- Setup within 24 business hours (urgent: 4 h)\n"
                "- 24/7 on-call for ventilated patients\n- 5%% penalty if turnaround is missed more than 3 times per quarter\n\n"
                "Legal still needs to review the privacy clause (s. 12).\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), v["company"], rng.randint(48, 62), rng.randint(9, 15), closing(rng, lang),
            signature(rng, boss, lang, "cisss"))
    return m.done(person_addr(boss, "cisss-bt.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 4
def invoice_po(ctx, rng, lang):
    m = Msg(lang, "invoice", "vendor invoice / purchase order for supplies")
    v = ctx.vendor(rng)
    st = ctx.staff(rng, lang, "admin")
    date = msg_date(rng)
    items_fr = [("Masque nasal N30i - M", 38.5), ("Coussinets narinaires P10", 42.0), ("Circuit chauffé ClimateLine", 61.25),
                ("Filtre antibactérien", 3.1), ("Lunette nasale adulte 2 m", 1.85), ("Bouteille M6 - remplissage", 12.5),
                ("Humidificateur HumidAir", 89.0), ("Chambre d'espacement adulte", 14.75), ("Embout buccal EFR (bte 100)", 55.0)]
    items_en = [("N30i nasal mask - M", 38.5), ("P10 nasal pillows", 42.0), ("ClimateLine heated tubing", 61.25),
                ("Bacterial filter", 3.1), ("Adult nasal cannula 7 ft", 1.85), ("M6 cylinder refill", 12.5),
                ("Adult spacer", 14.75), ("PFT mouthpieces (box of 100)", 55.0)]
    items = rng.sample(items_fr if lang == "fr" else items_en, rng.randint(3, 6))
    rows = []
    total = 0.0
    for name, price in items:
        q = rng.randint(2, 60)
        rows.append((name, q, price, q * price))
        total += q * price
    num = "F-%d" % rng.randint(100000, 999999) if lang == "fr" else "INV-%d" % rng.randint(100000, 999999)
    po = "BC-%d" % rng.randint(4500000000, 4599999999)
    if lang == "fr":
        lines = [("h1", "%s - Facture %s" % (v["company"], num)), "Bon de commande : %s" % po,
                 "Client : %s, service d'inhalothérapie" % ORGS["cisss"][0], "No fournisseur : %d" % rng.randint(10000, 99999)]
        lines += ["%-40s qté %3d  x %8.2f $ = %9.2f $" % r for r in rows]
        lines += ["Sous-total : %.2f $" % total, "TPS (5 %%) : %.2f $" % (total * 0.05), "TVQ (9,975 %%) : %.2f $" % (total * 0.09975),
                  "Total : %.2f $" % (total * 1.14975), "Paiement net 30 jours. TPS 123456789 RT0001"]
        subj = rng.choice(["Facture %s" % num, "Votre facture %s - %s" % (num, v["company"]), "Facture et bon de livraison"])
        body = "%s\n\nVeuillez trouver ci-joint la facture %s pour le bon de commande %s.\n\n%s\n%s, %s\nComptes recevables" % (
            greet(rng, lang), num, po, closing(rng, lang), v["given"] + " " + v["surname"], v["company"])
    else:
        lines = [("h1", "%s - Invoice %s" % (v["company"], num)), "PO: %s" % po, "Bill to: %s, Respiratory Therapy" % ORGS["cisss"][0]]
        lines += ["%-40s qty %3d  x %8.2f = %9.2f" % r for r in rows]
        lines += ["Subtotal: $%.2f" % total, "GST: $%.2f" % (total * 0.05), "QST: $%.2f" % (total * 0.09975),
                  "Total: $%.2f" % (total * 1.14975), "Net 30."]
        subj = rng.choice(["Invoice %s" % num, "Your invoice %s from %s" % (num, v["company"])])
        body = "%s\n\nPlease find attached invoice %s for PO %s.\n\n%s\n%s, %s\nAccounts receivable" % (
            greet(rng, lang), num, po, closing(rng, lang), v["given"] + " " + v["surname"], v["company"])
    m.attach(make_pdf(lines, compress=rng.random() < 0.5), "application/pdf", "%s.pdf" % num)
    return m.done(("Facturation " + v["company"] if lang == "fr" else v["company"] + " Billing", "facturation@" + v["domain"]),
                  [person_addr(st, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 5
def vendor_stock(ctx, rng, lang):
    m = Msg(lang, "vendor_stock", "vendor stock levels, back-orders and returned units (no patients)")
    v = ctx.vendor(rng)
    st = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    masks = MASKS if lang == "fr" else MASKS_EN
    kind = rng.randrange(3)
    if lang == "fr":
        if kind == 0:
            subj = rng.choice(["Rupture de stock - masques", "Backorder masques faciaux taille M", "Inventaire consignation"])
            body = ("%s\n\nPetit suivi sur l'inventaire en consignation à la clinique :\n\n%s\n\nLe %s taille M est en rupture "
                    "chez le fabricant jusqu'à la semaine %d. On peut substituer par le taille L ou le %s.\n\n%s\n%s") % (
                greet(rng, lang, st["given"]), "\n".join("- %s : %d en stock (min. %d)" % (mk, rng.randint(0, 14), rng.randint(4, 10)) for mk in rng.sample(masks, 4)),
                rng.choice(masks), rng.randint(20, 48), rng.choice(masks), closing(rng, lang), signature(rng, v, lang, "cisss", short=False).replace(ORGS["cisss"][0], v["company"]))
        elif kind == 1:
            serials = [luhn_serial(rng, 9) for _ in range(rng.randint(3, 6))]
            subj = rng.choice(["Retour d'appareils - RMA %d" % rng.randint(10000, 99999), "Appareils retournés à l'entrepôt"])
            body = ("%s\n\nNous avons reçu à l'entrepôt les appareils suivants, retournés par vos techniciens :\n\n%s\n\n"
                    "Ils seront désinfectés et remis en inventaire de location après vérification. Le crédit apparaîtra sur "
                    "la prochaine facture.\n\n%s\n%s") % (
                greet(rng, lang, st["given"]),
                "\n".join("- %s, no de série %s, état : %s" % (rng.choice(DEVICE_MODELS), s, rng.choice(["bon", "boîtier fissuré", "heures : %d" % rng.randint(800, 21000)])) for s in serials),
                closing(rng, lang), v["given"] + " " + v["surname"] + "\n" + v["company"])
        else:
            subj = rng.choice(["Livraison bouteilles O2 - horaire", "Tournée de livraison semaine prochaine"])
            body = ("%s\n\nÀ cause des travaux sur l'autoroute, la tournée de livraison des bouteilles (secteur nord) sera "
                    "déplacée au jeudi. Les commandes reçues avant mercredi 15 h seront livrées jeudi. Stock actuel : "
                    "%d bouteilles M6, %d bouteilles E, %d concentrateurs 5 L et %d portatifs en location disponibles.\n\n%s\n%s") % (
                greet(rng, lang), rng.randint(40, 220), rng.randint(10, 80), rng.randint(5, 30), rng.randint(0, 9),
                closing(rng, lang), v["given"] + " " + v["surname"] + ", " + v["company"])
    else:
        if kind == 0:
            subj = rng.choice(["Backorder - full-face masks", "Consignment stock update"])
            body = ("%s\n\nQuick update on consignment stock at the clinic:\n\n%s\n\nThe %s size M is on manufacturer backorder "
                    "until week %d.\n\n%s\n%s, %s") % (
                greet(rng, lang, st["given"]), "\n".join("- %s: %d on hand (min %d)" % (mk, rng.randint(0, 14), rng.randint(4, 10)) for mk in rng.sample(masks, 4)),
                rng.choice(masks), rng.randint(20, 48), closing(rng, lang), v["given"] + " " + v["surname"], v["company"])
        elif kind == 1:
            serials = [luhn_serial(rng, 9) for _ in range(rng.randint(3, 6))]
            subj = "Returned units - RMA %d" % rng.randint(10000, 99999)
            body = ("%s\n\nWe received the following returned units at the warehouse:\n\n%s\n\nCredit will appear on the next "
                    "invoice.\n\n%s\n%s, %s") % (
                greet(rng, lang, st["given"]), "\n".join("- %s, S/N %s" % (rng.choice(DEVICE_MODELS), s) for s in serials),
                closing(rng, lang), v["given"] + " " + v["surname"], v["company"])
        else:
            subj = "Cylinder delivery schedule"
            body = ("%s\n\nDue to highway work, the north-sector cylinder route moves to Thursday. Current stock: %d M6, %d E "
                    "cylinders, %d 5 L concentrators.\n\n%s\n%s") % (
                greet(rng, lang), rng.randint(40, 220), rng.randint(10, 80), rng.randint(5, 30), closing(rng, lang),
                v["given"] + " " + v["surname"])
    return m.done(person_addr(v, v["domain"]), [person_addr(st, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 6
def equipment_loan(ctx, rng, lang):
    m = Msg(lang, "equipment_loan", "inter-site loan of a spirometer/ventilator (asset numbers)")
    a = ctx.staff(rng, lang, "rt")
    b = ctx.staff(rng, lang)
    date = msg_date(rng)
    dev = rng.choice(["spiromètre portatif EasyOne", "ventilateur Astral 150", "oxymètre de nuit WristOx", "appareil PSG de niveau 3"]
                     if lang == "fr" else ["EasyOne portable spirometer", "Astral 150 ventilator", "WristOx overnight oximeter", "level 3 PSG recorder"])
    asset = "GBM-%05d" % rng.randint(10000, 99999)
    if lang == "fr":
        subj = rng.choice(["Prêt d'équipement entre sites", "Peux-tu nous prêter un %s?" % dev.split(" ")[0]])
        body = ("%s\n\nLe nôtre est en réparation. Serait-il possible d'emprunter votre %s (actif %s) du %s au %s? "
                "Je m'occupe du transport par la navette interne et du formulaire de prêt au biomédical. La calibration "
                "a été faite le mois dernier selon l'étiquette.\n\n%s\n%s") % (
            greet(rng, lang, b["given"]), dev, asset, later(rng, date, 1, 5).strftime("%d/%m"),
            later(rng, date, 8, 20).strftime("%d/%m"), closing(rng, lang), signature(rng, a, lang))
    else:
        subj = rng.choice(["Equipment loan between sites", "Could we borrow your %s?" % dev.split(" ")[0]])
        body = ("%s\n\nOurs is out for repair. Could we borrow your %s (asset %s) from %s to %s? I'll arrange the shuttle "
                "and the biomed loan form.\n\n%s\n%s") % (
            greet(rng, lang, b["given"]), dev, asset, later(rng, date, 1, 5).strftime("%b %d"),
            later(rng, date, 8, 20).strftime("%b %d"), closing(rng, lang), signature(rng, a, lang))
    return m.done(person_addr(a, "hsa.example"), [person_addr(b, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 7
def tender(ctx, rng, lang):
    m = Msg(lang, "tender", "call for tenders for CPAP/APAP devices (technical specs)")
    buyer = {"given": "Patrick", "surname": "Hamel", "sex": "M", "role": "approvisionnement" if lang == "fr" else "procurement"}
    date = msg_date(rng)
    if lang == "fr":
        subj = rng.choice(["Appel d'offres AO-2025-%03d - appareils APAP" % rng.randint(1, 300), "Addenda no 2 - appel d'offres CPAP"])
        body = ("%s\n\nVoici l'addenda à l'appel d'offres pour la fourniture de %d appareils APAP et accessoires sur 3 ans.\n\n"
                "Exigences techniques :\n- plage de pression 4-20 cmH2O, mode auto et fixe\n- téléchargement à distance (cellulaire) "
                "avec hébergement des données au Canada\n- humidificateur chauffant intégré\n- compatibilité avec masques de "
                "3 fabricants\n\nDate limite de dépôt des soumissions : %s, 14 h. Questions par écrit seulement.\n\n%s\n%s") % (
            greet(rng, lang), rng.choice([250, 400, 600]), later(rng, date, 20, 45).strftime("%d/%m/%Y"), closing(rng, lang),
            signature(rng, buyer, lang, "cisss"))
    else:
        subj = "RFP 2025-%03d - APAP devices, addendum" % rng.randint(1, 300)
        body = ("%s\n\nAddendum to the RFP for %d APAP devices over 3 years:\n- 4-20 cmH2O, auto and fixed modes\n"
                "- remote (cellular) download with Canadian data residency\n- integrated heated humidifier\n\n"
                "Submissions due %s, 2 pm. Written questions only.\n\n%s\n%s") % (
            greet(rng, lang), rng.choice([250, 400, 600]), later(rng, date, 20, 45).strftime("%B %d, %Y"), closing(rng, lang),
            signature(rng, buyer, lang, "cisss"))
    to = [(rep[3], "soumissions@" + rep[4]) for rep in rng.sample(VENDOR_REPS, 3)]
    return m.done(person_addr(buyer, "cisss-bt.example"), to, subj, body, date=date)


# ------------------------------------------------------------------ 8
def vendor_vcard(ctx, rng, lang):
    m = Msg(lang, "vendor_vcard", "vendor representative's business card (vCard)")
    v = ctx.vendor(rng)
    st = ctx.staff(rng, lang)
    date = msg_date(rng)
    vc = make_vcard(v["given"], v["surname"], org=v["company"],
                    tel=[("WORK", phone_clinic(rng, "514")), ("CELL", phone_clinic(rng, "438"))],
                    email="%s.%s@%s" % (v["given"].lower(), v["surname"].lower(), v["domain"]),
                    adr=("2250, boul. Industriel, local 4", "Laval", "QC", "H7S 1P4"),
                    title_txt="Représentant(e) clinique - ventilation" if lang == "fr" else "Clinical specialist - ventilation",
                    adr_type="WORK")
    if lang == "fr":
        subj = rng.choice(["Nouvelle représentante pour votre territoire", "Mes coordonnées", "Changement de représentant"])
        body = ("%s\n\nJe prends la relève sur votre territoire pour les produits de ventilation et d'oxygénothérapie. "
                "Mes coordonnées sont jointes. N'hésitez pas à m'appeler pour une formation sur le nouveau circuit "
                "ou une démo du portail de télésuivi.\n\n%s\n%s\n%s") % (greet(rng, lang), closing(rng, lang),
                                                                      v["given"] + " " + v["surname"], v["company"])
    else:
        subj = rng.choice(["Your new territory representative", "My contact details"])
        body = ("%s\n\nI'm taking over your territory for ventilation and oxygen products. My card is attached; happy to "
                "run an in-service on the new circuit.\n\n%s\n%s\n%s") % (greet(rng, lang), closing(rng, lang),
                                                                        v["given"] + " " + v["surname"], v["company"])
    m.attach(vc, "text/vcard", "%s %s.vcf" % (v["given"], v["surname"]))
    return m.done(person_addr(v, v["domain"]), [person_addr(st, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 9
def facilities(ctx, rng, lang):
    m = Msg(lang, "facilities", "facilities notice: medical gas shutdown, HVAC, parking, fire drill")
    date = msg_date(rng)
    when = later(rng, date, 2, 14)
    kind = rng.randrange(4)
    if lang == "fr":
        subj, txt = [
            ("AVIS - Interruption de l'oxygène mural, aile B, 3e étage",
             "Une interruption de l'alimentation en oxygène et en air médical aura lieu le %s de 22 h à 2 h pour le "
             "remplacement d'une vanne de zone. Les inhalothérapeutes installeront des bouteilles de relève au chevet des "
             "patients sous O2. Le laboratoire de fonction pulmonaire ne sera pas affecté."),
            ("Travaux de ventilation - laboratoire du sommeil",
             "Des travaux sur le système de ventilation (CVAC) auront lieu le %s. Les chambres 1 à 4 du laboratoire du sommeil "
             "seront fermées; les PSG prévues cette nuit-là sont déplacées par la clinique."),
            ("Stationnement P2 fermé", "Le stationnement P2 sera fermé le %s pour le marquage. Les employés peuvent utiliser le P4."),
            ("Exercice d'évacuation - code vert", "Un exercice d'évacuation aura lieu le %s à 10 h dans le pavillon de réadaptation. "
             "Les cylindres d'O2 des salles d'exercice doivent être fermés et rangés."),
        ][kind]
        body = "Bonjour,\n\n%s\n\nMerci de votre collaboration.\n\nService des installations matérielles\n%s\nPoste %d" % (
            txt % when.strftime("%d/%m/%Y"), ORGS["hsa"][0], rng.randint(2000, 7999))
        frm = ("Installations matérielles", "installations@hsa.example")
    else:
        subj, txt = [
            ("NOTICE - Piped oxygen shutdown, B wing 3rd floor",
             "Medical oxygen and air will be shut off on %s from 10 pm to 2 am to replace a zone valve. RTs will place backup "
             "cylinders at the bedside of patients on O2."),
            ("HVAC work - sleep lab", "HVAC work on %s: sleep lab rooms 1-4 closed that night."),
            ("P2 parking closed", "P2 parking closed on %s for line painting. Staff may use P4."),
            ("Fire drill - code green", "Evacuation drill on %s at 10 am in the rehab pavilion. Close and store O2 cylinders."),
        ][kind]
        body = "Hello,\n\n%s\n\nThank you.\n\nFacilities Management\n%s" % (txt % when.strftime("%B %d, %Y"), ORGS["hsa"][0])
        frm = ("Facilities Management", "facilities@hsa.example")
    return m.done(frm, [("Tout le personnel" if lang == "fr" else "All staff", "tous@hsa.example")], subj, body, date=date)


# ------------------------------------------------------------------ 10
def it_notice(ctx, rng, lang):
    m = Msg(lang, "it_notice", "IT notice: EMR downtime, telemonitoring portal, phishing")
    date = msg_date(rng)
    when = later(rng, date, 1, 10)
    kind = rng.randrange(4)
    if lang == "fr":
        subj, txt = [
            ("Arrêt planifié du DCI - %s" % when.strftime("%d/%m"),
             "Le dossier clinique informatisé sera indisponible le %s de 23 h à 3 h (mise à niveau). Utilisez les formulaires "
             "papier de relève; les résultats d'EFR et de gaz seront imprimés au laboratoire."),
            ("Migration du portail de télésuivi CPAP",
             "Le portail de téléchargement des appareils CPAP migre vers une nouvelle plateforme le %s. Vous recevrez un lien "
             "d'activation; votre mot de passe actuel ne sera plus valide. Ne partagez jamais vos identifiants."),
            ("ALERTE hameçonnage - faux courriel « Résultats de laboratoire »",
             "Un courriel frauduleux intitulé « Résultats de laboratoire disponibles » circule depuis le %s. Ne cliquez pas sur le "
             "lien. Signalez-le avec le bouton « Signaler » d'Outlook."),
            ("Mise à jour Windows - postes du laboratoire du sommeil",
             "Les postes d'acquisition PSG seront mis à jour le %s en après-midi. Redémarrez avant de quitter."),
        ][kind]
        body = "Bonjour,\n\n%s\n\nCentre de services TI\nBillet : INC%07d\nTél. : %s" % (
            txt % when.strftime("%d/%m/%Y"), rng.randint(1000000, 9999999), phone_clinic(rng, "450"))
        frm = ("Centre de services TI", "servicedesk@cisss-bt.example")
    else:
        subj, txt = [
            ("Planned EMR downtime - %s" % when.strftime("%b %d"),
             "The EMR will be unavailable on %s from 11 pm to 3 am. Use downtime paper forms."),
            ("CPAP telemonitoring portal migration", "The CPAP download portal moves to a new platform on %s. You will "
             "receive an activation link."),
            ("PHISHING ALERT - fake 'Lab results' e-mail", "A fraudulent e-mail titled 'Lab results available' has been "
             "circulating since %s. Do not click."),
            ("Windows updates - sleep lab workstations", "PSG acquisition workstations will be updated on %s."),
        ][kind]
        body = "Hello,\n\n%s\n\nIT Service Desk\nTicket: INC%07d" % (txt % when.strftime("%B %d, %Y"), rng.randint(1000000, 9999999))
        frm = ("IT Service Desk", "servicedesk@cisss-bt.example")
    return m.done(frm, [("Personnel inhalothérapie" if lang == "fr" else "RT staff", "inhalo-liste@cisss-bt.example")],
                  subj, body, date=date)


TEMPLATES = [
    (recall_notice, 4, 3), (maintenance_schedule, 4, 2), (vendor_contract, 3, 2), (invoice_po, 4, 4),
    (vendor_stock, 6, 4), (equipment_loan, 3, 1), (tender, 2, 1), (vendor_vcard, 2, 1),
    (facilities, 4, 2), (it_notice, 5, 2),
]
