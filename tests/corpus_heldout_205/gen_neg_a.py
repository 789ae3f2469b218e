"""Hard negatives (not confidential), bilingual templates - part A: vendors, devices, purchasing."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail

TD = datetime.timedelta
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def sp(st):
    return (st["name"], st["addr"])


def neg(lang, cat, note, subject, sender, to, **kw):
    return Mail(lang, cat, note, subject, sender, to, confidential=False, **kw)


def money(x, lang):
    s = "{:,.2f}".format(x)
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " $"
    return "$" + s


# ---------------------------------------------------------------- firmware notice with serials
def n_firmware(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    ver = "%d.%d.%d" % (rng.randint(3, 5), rng.randint(0, 9), rng.randint(0, 20))
    model = rng.choice(["BC-400", "BC-410", "OX-12", "SC-7"])
    serials = [C.luhn_serial(rng, rng.choice(["35", "86", "49"]), 15) for _ in range(rng.randint(4, 9))]
    rep = ctx.staff("en", 12)
    if lang == "fr":
        text = """Bonjour,

Le micrologiciel %s pour les appareils %s sera poussé automatiquement dans la nuit du %s (entre 1 h et 4 h). Les appareils doivent rester branchés à la passerelle. Correctifs : synchronisation Bluetooth après une panne de courant, affichage de la date en format AAAA-MM-JJ.

Appareils de votre parc qui n'ont pas encore reçu la version précédente (numéros de série) :
%s

Aucune action n'est requise de la part des patients. En cas d'échec, l'appareil reste sur la version actuelle et un billet est ouvert automatiquement.

L'équipe Soutien Télévigie
1-800-555-0199 | soutien@%s""" % (ver, model, C.short_day(when.date() + TD(days=4), "fr"), "\n".join("  " + s for s in serials), C.VENDOR_DOM)
        subj = "Mise à jour du micrologiciel %s - %s" % (model, ver)
    else:
        text = """Hello,

Firmware %s for %s devices will be pushed over the air on the night of %s (1:00-4:00 a.m.). Devices must stay paired to their gateway. Fixes: Bluetooth re-pairing after a power outage; date shown as YYYY-MM-DD.

Devices in your fleet still on an older build (serial numbers):
%s

No action is needed from patients. If the update fails, the device stays on the current build and a ticket is opened automatically.

%s
%s""" % (ver, model, C.short_day(when.date() + TD(days=4), "en"), "\n".join("  " + s for s in serials), rep["name"], rep["role"])
        subj = "Firmware update %s - %s" % (model, ver)
    return neg(lang, "vendor_notice", "vendor firmware update notice listing device serial numbers" if lang == "en" else
               "avis de mise à jour du micrologiciel avec numéros de série", subj,
               ("Télévigie Support", "support@" + C.VENDOR_DOM), [("Génie biomédical", "biomed@" + C.DOM)], text=text, date=when)


# ---------------------------------------------------------------- device inventory spreadsheet
def n_inventory(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    tech = ctx.staff(lang, 5)
    hdr = (["Étiquette", "No de série", "Modèle", "Statut", "Emplacement", "Dernier entretien"] if lang == "fr" else
           ["Asset tag", "Serial", "Model", "Status", "Location", "Last PM"])
    st = (["En stock", "Prêté", "Désinfection", "Réparation", "Perdu"] if lang == "fr" else
          ["In stock", "Loaned", "Cleaning", "Repair", "Lost"])
    rows = [hdr]
    counts = {}
    for i in range(rng.randint(18, 40)):
        s = rng.choice(st)
        counts[s] = counts.get(s, 0) + 1
        rows.append(["CHRS-%05d" % rng.randint(10000, 99999), C.luhn_serial(rng, rng.choice(["35", "49", "86"]), 15),
                     rng.choice(["BC-400", "OX-12", "SC-7", "TAB-8", "GW-3"]), s,
                     rng.choice(["B-3-112", "B-3-114", "Quai 2", "Atelier GBM"] if lang == "fr" else ["B-3-112", "B-3-114", "Dock 2", "Biomed shop"]),
                     (when.date() - TD(days=rng.randint(5, 300))).isoformat()])
    x = D.build_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)])
    summ = ", ".join("%s: %d" % (k, v) for k, v in sorted(counts.items()))
    if lang == "fr":
        text = "Bonjour,\n\nInventaire des trousses de télésurveillance au %s. Sommaire : %s.\nLes appareils « Perdu » sont à radier si non retrouvés d'ici la fin du mois.\n" % (when.strftime("%d/%m/%Y"), summ)
        subj, fn, note = "Inventaire équipement UV - %s" % when.strftime("%Y-%m"), "inventaire_UV_%s.xlsx" % when.strftime("%Y%m%d"), "inventaire des appareils (numéros de série, statuts)"
    else:
        text = "Hi all,\n\nRPM kit inventory as of %s. Summary: %s.\n\"Lost\" units will be written off at month end if not found.\n" % (when.strftime("%Y-%m-%d"), summ)
        subj, fn, note = "RPM device inventory %s" % when.strftime("%b %Y"), "RPM_inventory_%s.xlsx" % when.strftime("%Y%m%d"), "device inventory spreadsheet with serials and statuses"
    return neg(lang, "inventory", note, subj, sp(tech), [sp(ctx.staff(lang, 8 if lang == "fr" else 7))],
               text=text + ctx.sig(tech, lang), date=when, atts=[Att(fn, XLSX, x)])


# ---------------------------------------------------------------- vendor invoice PDF
def n_invoice(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    inv = "INV-%d-%05d" % (when.year, rng.randint(1000, 99999))
    po = "45%08d" % rng.randint(0, 99999999)
    items = rng.sample([("BC-400 BP cuff", "Tensiomètre BC-400", 89.0), ("SC-7 Bluetooth scale", "Balance Bluetooth SC-7", 64.5),
                        ("OX-12 pulse oximeter", "Saturomètre OX-12", 72.0), ("GW-3 cellular gateway", "Passerelle cellulaire GW-3", 118.0),
                        ("Platform licence - per patient-month", "Licence plateforme - par patient-mois", 41.0),
                        ("Glucose test strips x50", "Bandelettes glycémie x50", 21.75)], 3)
    lines = ["Invoice / Facture: %s" % inv, "Date: %s" % when.strftime("%Y-%m-%d"), "PO / Bon de commande: %s" % po,
             "Bill to: %s, Accounts Payable, 1200 des Saules Blvd, Rivière-aux-Saules QC J3Y 2K8" % C.HOSP_EN,
             "Customer account: CHRS-0042", "## Items"]
    total = 0
    for en, fr, price in items:
        q = rng.randint(5, 120)
        total += q * price
        lines.append("| %-38s | %4d x %8.2f = %10.2f |" % (fr if lang == "fr" else en, q, price, q * price))
    gst, qst = total * 0.05, total * 0.09975
    lines += ["Subtotal: %.2f   GST (123456789RT0001): %.2f   QST (1234567890TQ0001): %.2f" % (total, gst, qst),
              "TOTAL CAD: %.2f   Terms: net 30" % (total + gst + qst),
              "Remit to: %s, 400 Industrial Pkwy, Markham ON L3R 5A1, tel. 905-555-0131" % C.DEVICE_VENDOR]
    pdf = D.build_pdf("%s - Invoice" % C.DEVICE_VENDOR, lines, author=C.DEVICE_VENDOR)
    rep = ctx.staff("en", 13)
    if lang == "fr":
        text = "Bonjour,\n\nVeuillez trouver ci-jointe la facture %s relative au bon de commande %s.\n\nMerci,\nComptes recevables\n%s" % (inv, po, C.DEVICE_VENDOR)
        subj, note = "Facture %s" % inv, "facture d'un fournisseur d'appareils"
    else:
        text = "Hello,\n\nPlease find attached invoice %s for PO %s.\n\nRegards,\n%s\n%s" % (inv, po, rep["name"], rep["role"])
        subj, note = "Invoice %s - PO %s" % (inv, po), "device vendor invoice"
    return neg(lang, "invoice", note, subj, ("Accounts Receivable", "ar@" + C.DEVICE_DOM), [("Comptes fournisseurs", "cf@" + C.DOM)],
               text=text, date=when, atts=[Att("%s.pdf" % inv, "application/pdf", pdf)])


# ---------------------------------------------------------------- purchase order
def n_po(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    buyer = ctx.staff("fr", 15)
    po = "45%08d" % rng.randint(0, 99999999)
    rows = [("Bandelettes de glycémie (boîte de 50)", "Glucose strips (box of 50)", rng.randint(40, 200), 21.75),
            ("Brassards adulte grand format", "Large adult cuffs", rng.randint(10, 60), 18.40),
            ("Lingettes désinfectantes (contenant)", "Disinfectant wipes (tub)", rng.randint(20, 80), 9.95),
            ("Bacs de transport scellables", "Sealable transport totes", rng.randint(10, 40), 27.00)]
    rows = rng.sample(rows, 3)
    if lang == "fr":
        body = "\n".join("%s | %d | %s" % (r[0], r[2], money(r[3], "fr")) for r in rows)
        text = """Bonjour,

Veuillez traiter le bon de commande %s :

Article | Quantité | Prix unitaire
%s

Centre de coûts : 7320-UV (Unité virtuelle de soins)
Livraison : Quai de réception 2, %s
Date requise : %s

Merci de confirmer la date de livraison.
""" % (po, body, C.HOSP, C.fmt_date(when.date() + TD(days=14), "fr_long"))
        subj, note = "Bon de commande %s" % po, "bon de commande de fournitures"
    else:
        buyer = ctx.staff("en", 7)
        body = "\n".join("%s | %d | %s" % (r[1], r[2], money(r[3], "en")) for r in rows)
        text = """Hello,

Please process purchase order %s:

Item | Qty | Unit price
%s

Cost centre: 7320-VW (Virtual Ward)
Ship to: Receiving dock 2, %s
Required by: %s

Please confirm the ship date.
""" % (po, body, C.HOSP_EN, C.fmt_date(when.date() + TD(days=14), "en_long"))
        subj, note = "PO %s - supplies" % po, "purchase order for monitoring supplies"
    return neg(lang, "purchase_order", note, subj, sp(buyer), [("Orders", "orders@" + C.DEVICE_DOM)],
               text=text + ctx.sig(buyer, lang), date=when)


# ---------------------------------------------------------------- device recall
def n_recall(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    lots = ["L%s-%03d" % (when.strftime("%y%m"), rng.randint(100, 999)) for _ in range(rng.randint(2, 5))]
    udi = C.luhn_serial(rng, "0", 14)
    tech = ctx.staff(lang, 5)
    if lang == "fr":
        text = """AVIS DE RAPPEL - Saturomètre OX-12 (Santé Canada, catégorie II)

Lots visés : %s
IUD-DI : %s

Le fabricant signale que certaines unités peuvent surestimer la SpO2 de 2 à 4 points en cas de faible perfusion. Mesures demandées :
1. Vérifier l'inventaire et mettre en quarantaine les unités des lots visés.
2. Pour les unités actuellement prêtées, le Génie biomédical organisera l'échange; aucune donnée de patient n'est requise dans les réponses à cet avis.
3. Retourner le formulaire de confirmation au fabricant d'ici le %s.

""" % (", ".join(lots), udi, C.fmt_date(when.date() + TD(days=10), "fr_long"))
        subj, note = "RAPPEL - Saturomètre OX-12, lots %s" % lots[0], "avis de rappel d'appareil avec numéros de lot"
    else:
        text = """RECALL NOTICE - OX-12 pulse oximeter (Health Canada Type II)

Affected lots: %s
UDI-DI: %s

The manufacturer reports that some units may overestimate SpO2 by 2-4 points under low perfusion. Required actions:
1. Check inventory and quarantine units from the affected lots.
2. For units currently on loan, Biomedical Engineering will arrange swaps; do not include patient information in replies to this notice.
3. Return the acknowledgement form to the manufacturer by %s.

""" % (", ".join(lots), udi, C.fmt_date(when.date() + TD(days=10), "en_long"))
        subj, note = "RECALL - OX-12 oximeter lots %s" % lots[0], "device recall notice with lot numbers"
    return neg(lang, "recall", note, subj, sp(tech), [("UV - tous", "uv-tous@" + C.DOM)], text=text + ctx.sig(tech, lang),
               date=when, headers=["Importance: high"])


# ---------------------------------------------------------------- drug shortage
def n_shortage(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    ph = ctx.staff(lang, 7 if lang == "fr" else 6)
    drug = rng.choice([("furosémide injectable 10 mg/mL", "furosemide injection 10 mg/mL", "02%06d" % rng.randint(0, 999999)),
                       ("salbutamol aérosol 100 mcg", "salbutamol inhaler 100 mcg", "02%06d" % rng.randint(0, 999999)),
                       ("insuline glargine stylo 3 mL", "insulin glargine 3 mL pen", "02%06d" % rng.randint(0, 999999))])
    if lang == "fr":
        text = """Bonjour à tous,

Rupture d'approvisionnement : %s (DIN %s), retour prévu vers le %s.

Conduite : utiliser le format de remplacement disponible au département de pharmacie; aucun changement n'est requis pour les ordonnances déjà en cours en communauté. Les pharmaciens de l'UV réviseront les nouvelles ordonnances au besoin.

Questions : poste 3360.
""" % (drug[0], drug[2], C.fmt_date(when.date() + TD(days=rng.randint(20, 60)), "fr_long"))
        subj, note = "Pénurie - %s" % drug[0], "avis de pénurie de médicament"
    else:
        text = """Hello all,

Supply disruption: %s (DIN %s), expected back around %s.

Guidance: use the alternate format stocked in pharmacy; no change is needed for community prescriptions already in progress. The virtual ward pharmacist will review new orders as needed.

Questions: ext. 3360.
""" % (drug[1], drug[2], C.fmt_date(when.date() + TD(days=rng.randint(20, 60)), "en_long"))
        subj, note = "Drug shortage - %s" % drug[1], "drug shortage notice"
    return neg(lang, "drug_shortage", note, subj, sp(ph), [("Prescripteurs UV", "uv-prescripteurs@" + C.DOM)],
               text=text + ctx.sig(ph, lang), date=when)


# ---------------------------------------------------------------- courier monthly invoice
def n_courier_invoice(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    rows = [["Date", "Tracking", "Service", "Zone", "Amount"]]
    tot = 0
    for i in range(rng.randint(10, 25)):
        amt = rng.choice([18.5, 22.0, 31.75, 44.0])
        tot += amt
        rows.append([(when.date() - TD(days=rng.randint(1, 30))).isoformat(), "CX%s" % C.luhn_serial(rng, "7", 12),
                     rng.choice(["Pickup", "Delivery"]), rng.choice(["1", "2", "3"]), "%.2f" % amt])
    rows.append(["", "", "", "Total", "%.2f" % tot])
    csv = D.build_csv(rows)
    if lang == "fr":
        text = "Bonjour,\n\nRelevé mensuel du compte 44-1875 (%d envois). Paiement à 30 jours.\n\nColis Express Laurentides\nFacturation - 450-555-0171\n" % (len(rows) - 2)
        subj, note = "Relevé mensuel - compte 44-1875", "relevé mensuel d'un messager (numéros de suivi)"
    else:
        text = "Hello,\n\nMonthly statement for account 44-1875 (%d shipments). Payment due in 30 days.\n\nColis Express Laurentides\nBilling - 450-555-0171\n" % (len(rows) - 2)
        subj, note = "Monthly statement - account 44-1875", "courier monthly statement with tracking numbers"
    return neg(lang, "invoice", note, subj, ("Facturation", "facturation@" + C.COURIER_DOM), [("Comptes fournisseurs", "cf@" + C.DOM)],
               text=text, date=when, atts=[Att("statement_%s.csv" % when.strftime("%Y%m"), "text/csv", csv, charset="us-ascii")])


# ---------------------------------------------------------------- vendor contract / pricing
def n_contract(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    rep = ctx.staff("en", 13)
    mgr = ctx.staff(lang, 8 if lang == "fr" else 7)
    price = rng.choice([38.0, 41.0, 44.5])
    if lang == "fr":
        text = """Bonjour M. Lachance,

Tel que discuté, voici notre proposition de renouvellement pour la période 2025-2027 :
- Licence plateforme : %s par patient-mois (volume 150-300 patients)
- Trousses : location incluse, remplacement des piles aux 12 mois
- Soutien 24/7 en français et en anglais
- Hébergement des données au Canada, rapport SOC 2 type II disponible sur demande

L'offre est valide jusqu'au %s. Je peux présenter au comité de direction à votre convenance.

Derek Huang
Directeur de comptes, %s | 905-555-0133
""" % (money(price, "fr"), C.fmt_date(when.date() + TD(days=45), "fr_long"), C.DEVICE_VENDOR)
        subj, note = "Proposition de renouvellement 2025-2027", "proposition de renouvellement de contrat d'un fournisseur"
    else:
        text = """Hi %s,

As discussed, our renewal proposal for 2025-2027:
- Platform licence: %s per patient-month (150-300 patient tier)
- Kits: rental included, battery replacement every 12 months
- 24/7 bilingual support
- Canadian data residency; SOC 2 Type II report on request

Offer valid until %s. Happy to present to your leadership team.

%s
%s | 905-555-0133
""" % (mgr["given"], money(price, "en"), C.fmt_date(when.date() + TD(days=45), "en_long"), rep["name"], rep["role"])
        subj, note = "Renewal proposal 2025-2027", "vendor contract renewal proposal"
    return neg(lang, "vendor_contract", note, subj, sp(rep), [sp(mgr)], text=text, date=when)


# ---------------------------------------------------------------- tablet MDM / IMEI list
def n_mdm(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    it = ctx.staff(lang, 13 if lang == "fr" else 3)
    rows = [["Asset", "IMEI", "Model", "MDM group", "OS"]]
    for i in range(rng.randint(8, 20)):
        rows.append(["TAB-%04d" % rng.randint(1, 9999), C.luhn_serial(rng, "35", 15), "TAB-8 LTE", "RPM-Patients-Kiosk",
                     rng.choice(["14.2", "14.3"])])
    csv = D.build_csv(rows)
    if lang == "fr":
        text = """Bonjour,

Les tablettes ci-jointes (%d) ont été inscrites dans le groupe MDM « RPM-Patients-Kiosk ». Mode kiosque : seule l'application Télévigie est accessible; la caméra est activée pour les téléconsultations.

Les appareils doivent être redémarrés une fois branchés au wifi de l'atelier pour recevoir le profil. Les anciennes tablettes TAB-6 seront retirées du MDM le %s.
""" % (len(rows) - 1, C.fmt_date(when.date() + TD(days=21), "fr_long"))
        subj, note = "Inscription MDM - tablettes TAB-8", "inscription de tablettes au MDM (IMEI)"
    else:
        text = """Hi,

The %d tablets in the attached list are enrolled in MDM group "RPM-Patients-Kiosk". Kiosk mode: only the Televigie app is available; camera enabled for video visits.

Reboot each unit once on the shop Wi-Fi to pull the profile. Old TAB-6 units will be removed from MDM on %s.
""" % (len(rows) - 1, C.fmt_date(when.date() + TD(days=21), "en_long"))
        subj, note = "MDM enrolment - TAB-8 tablets", "tablet MDM enrolment list with IMEIs"
    return neg(lang, "it", note, subj, sp(it), [sp(ctx.staff(lang, 5))], text=text + ctx.sig(it, lang), date=when,
               atts=[Att("MDM_enrolment_%s.csv" % when.strftime("%Y%m%d"), "text/csv", csv, charset="us-ascii")])


# ---------------------------------------------------------------- device cleaning procedure
def n_cleaning(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    pci = ctx.staff(lang, 17 if lang == "fr" else 5)
    if lang == "fr":
        paras = ["## Portée", "Tous les appareils de télésurveillance retournés (tensiomètres, balances, saturomètres, tablettes, passerelles).",
                 "## Étapes", "1. Réception au quai 2 dans un bac scellé; ne pas ouvrir dans le corridor.",
                 "2. Port de gants; retirer les piles.", "3. Nettoyer puis désinfecter avec lingettes au peroxyde d'hydrogène accéléré 0,5 %, temps de contact 1 minute.",
                 "4. Brassards en tissu : lavage selon IFU ou remplacement si souillés.",
                 "5. Réinitialisation d'usine de la tablette; vérifier la suppression du compte dans le MDM.",
                 "6. Étiqueter « Propre - date - initiales » et ranger en B-3-114.",
                 "## Cas particuliers", "Retour d'un patient sous précautions additionnelles (C. difficile, SARM) : lingettes sporicides, temps de contact 5 minutes."]
        title, subj, note = "Procédure - Nettoyage et désinfection des équipements retournés", "Procédure de désinfection des trousses (v2)", "procédure de nettoyage des appareils retournés"
        text = "Bonjour,\n\nVoici la version 2 de la procédure, approuvée par le comité PCI le %s. Merci de l'afficher à l'atelier.\n" % C.fmt_date(when.date() - TD(days=6), "fr_long")
    else:
        paras = ["## Scope", "All returned monitoring devices (BP cuffs, scales, oximeters, tablets, gateways).",
                 "## Steps", "1. Receive at dock 2 in a sealed tote; do not open in the corridor.", "2. Gloves on; remove batteries.",
                 "3. Clean then disinfect with 0.5% accelerated hydrogen peroxide wipes, 1 minute contact time.",
                 "4. Fabric cuffs: launder per IFU or replace if soiled.", "5. Factory-reset tablets; confirm account removal in MDM.",
                 "6. Label 'Clean - date - initials' and store in B-3-114.",
                 "## Special cases", "Kits returned from homes under additional precautions (C. difficile, MRSA): sporicidal wipes, 5 minute contact time."]
        title, subj, note = "Procedure - Cleaning and disinfection of returned equipment", "Device cleaning procedure v2", "cleaning procedure for returned devices"
        text = "Hi all,\n\nVersion 2 of the procedure, approved by the IPAC committee on %s. Please post it in the shop.\n" % C.fmt_date(when.date() - TD(days=6), "en_long")
    docx = D.build_docx(title, paras)
    return neg(lang, "procedure", note, subj, sp(pci), [("GBM", "biomed@" + C.DOM)], text=text + ctx.sig(pci, lang), date=when,
               atts=[Att(("Procédure_désinfection_v2.docx" if lang == "fr" else "Cleaning_procedure_v2.docx"), DOCX, docx)])


TEMPLATES_A = ["n_firmware", "n_inventory", "n_invoice", "n_po", "n_recall", "n_shortage", "n_courier_invoice",
               "n_contract", "n_mdm", "n_cleaning"]
