"""Negative messages, part B: procurement, inventories, IT, facilities, aggregate statistics."""

from stdnum import luhn

import gen_common as G
import gen_docs as D
from gen_ctx import who
from gen_mime import Att, Mail, render
from gen_neg_a import nm
from gen_pos_a import hello
from gen_pos_b import XLSX


def luhn_serial(c, n=9):
    base = str(c.num(1, 9)) + "".join(str(c.num(0, 9)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


def lot(c):
    return "%s%d%02d%s" % (c.pick(["L", "LOT", "B"]), c.num(23, 25), c.num(1, 12), "".join(c.pick("0123456789ABCDEFGHJK") for _ in range(4)))


PRODUCTS_FR = [("Masque narinaire AirFit P30i (M)", 89.00), ("Masque facial F20 (L)", 142.50), ("Tubulure chauffée ClimateLine", 61.25),
               ("Filtre antibactérien/viral spirométrie (boîte 50)", 118.00), ("Embout buccal jetable (boîte 100)", 24.90),
               ("Lunette nasale adulte 2,1 m (boîte 50)", 38.75), ("Réservoir humidificateur H4i", 49.00),
               ("Cylindre O2 portatif M6 - location mensuelle", 18.50), ("Oxymètre de pouls nocturne WristOx", 615.00)]
PRODUCTS_EN = [("AirFit P30i nasal pillow mask (M)", 89.00), ("F20 full-face mask (L)", 142.50), ("ClimateLine heated tubing", 61.25),
               ("Spirometry bacterial/viral filter (box of 50)", 118.00), ("Disposable mouthpiece (box of 100)", 24.90),
               ("Adult nasal cannula 7 ft (box of 50)", 38.75), ("H4i humidifier chamber", 49.00),
               ("M6 portable O2 cylinder - monthly rental", 18.50), ("WristOx overnight pulse oximeter", 615.00)]


def invoice(c, lang):
    vend = c.ext("fourn")
    ap = c.staff("achats")
    d = c.when()
    inv = "F-%d-%05d" % (d.year, c.num(1, 99999))
    items = c.rng.sample(PRODUCTS_FR if lang == "fr" else PRODUCTS_EN, c.num(2, 4))
    lines, total = [], 0.0
    for name, price in items:
        q = c.num(1, 20)
        total += q * price
        sn = " - N/S %s" % luhn_serial(c) if price > 300 else ""
        lines.append("%-52s %3d x %8.2f = %9.2f%s" % (name, q, price, q * price, sn))
    tps, tvq = total * 0.05, total * 0.09975
    if lang == "fr":
        body_lines = ["Facture no : %s" % inv, "Date : %s" % d.date().isoformat(), "Client : %s - Approvisionnement (no client 40%d)" % (G.HOSP_FR, c.num(1000, 9999)),
                      "Bon de commande : BC-%d" % c.num(200000, 299999), ""] + lines + \
                     ["", "Sous-total : %.2f $" % total, "TPS (5 %%) : %.2f $" % tps, "TVQ (9,975 %%) : %.2f $" % tvq,
                      "Total : %.2f $" % (total + tps + tvq), "Modalités : net 30 jours",
                      "No TPS 8%08d RT0001 - No TVQ 12%08d TQ0001" % (c.num(0, 99999999), c.num(0, 99999999))]
        subj = "Facture %s" % inv
        body = "\n".join([hello(c, lang), "", "Veuillez trouver ci-jointe notre facture %s." % inv, "", vend["full"],
                          "Comptes recevables", vend["org"], "Tél. : %s" % vend["phone"]])
        title = "FACTURE"
    else:
        body_lines = ["Invoice no.: %s" % inv, "Date: %s" % d.date().isoformat(), "Customer: %s - Procurement (account 40%d)" % (G.HOSP_EN, c.num(1000, 9999)),
                      "PO: PO-%d" % c.num(200000, 299999), ""] + lines + \
                     ["", "Subtotal: $%.2f" % total, "GST (5%%): $%.2f" % tps, "QST (9.975%%): $%.2f" % tvq,
                      "Total: $%.2f" % (total + tps + tvq), "Terms: net 30", "GST no. 8%08d RT0001" % c.num(0, 99999999)]
        subj = "Invoice %s" % inv
        body = "\n".join([hello(c, lang), "", "Please find attached invoice %s." % inv, "", vend["full"], "Accounts receivable",
                          vend["org"], "Tel.: %s" % vend["phone"]])
        title = "INVOICE"
    return nm(c, lang, "invoice", "supplier invoice PDF with serial numbers", who(vend), [who(ap)], subj, d, text=body,
              atts=[Att("%s.pdf" % inv, "application/pdf", D.pdf_bytes(title, body_lines, author=vend["org"]))])


def purchase_order(c, lang):
    buyer = c.staff("achats")
    vend = c.ext("fourn")
    d = c.when()
    po = "BC-%d" % c.num(200000, 299999)
    items = c.rng.sample(PRODUCTS_FR if lang == "fr" else PRODUCTS_EN, 3)
    rows = [(po, i + 1, n, c.num(2, 40), "%.2f" % p, c.pick(["6110", "6120", "6135"])) for i, (n, p) in enumerate(items)]
    hdr = ["BC", "Ligne", "Article", "Qté", "Prix unitaire", "Centre d'activité"] if lang == "fr" else \
        ["PO", "Line", "Item", "Qty", "Unit price", "Cost centre"]
    if lang == "fr":
        body = "\n".join([hello(c, lang, vend["given"]), "", "Voici notre bon de commande %s. Livraison au quai 3, attention LFP." % po,
                          "Merci de confirmer la date de livraison et les numéros de lot.", "", G.staff_sig(buyer, lang)])
        subj = "Bon de commande %s" % po
    else:
        body = "\n".join([hello(c, lang, vend["given"]), "", "Here is purchase order %s. Deliver to dock 3, attn PFT lab." % po,
                          "Please confirm delivery date and lot numbers.", "", G.staff_sig(buyer, lang)])
        subj = "Purchase order %s" % po
    return nm(c, lang, "purchase_order", "purchase order spreadsheet", who(buyer), [who(vend)], subj, d, text=body,
              atts=[Att("%s.xlsx" % po, XLSX, D.xlsx_bytes(po, hdr, rows, author=buyer["full"]))])


def inventory(c, lang):
    tech = c.staff("pod")
    mgr = c.staff("pod")
    d = c.when()
    rows = []
    for _ in range(c.num(8, 14)):
        rows.append((c.pick(["Concentrateur EverFlo 5 L", "Concentrateur portatif SimplyGo", "Oxymètre Nonin 3150", "PPC AirSense 11 (prêt)",
                             "BiPAP A40 (prêt)"]) if lang == "fr" else
                     c.pick(["EverFlo 5 L concentrator", "SimplyGo portable concentrator", "Nonin 3150 oximeter", "AirSense 11 CPAP (loaner)",
                             "BiPAP A40 (loaner)"]),
                     luhn_serial(c, c.pick([9, 10])), "CHSA-%06d" % c.num(100000, 199999),
                     c.pick(["Entrepôt B", "En prêt", "Réparation", "LFP"]) if lang == "fr" else c.pick(["Warehouse B", "On loan", "Repair", "PFT lab"]),
                     c.later(d.date(), -400, -10).isoformat()))
    hdr = ["Appareil", "No de série", "Actif", "Emplacement", "Dernier entretien"] if lang == "fr" else \
        ["Device", "Serial no.", "Asset tag", "Location", "Last service"]
    if lang == "fr":
        body = "\n".join([hello(c, lang, mgr["given"]), "", "Inventaire trimestriel des appareils du programme O2 et du parc de prêt.",
                          "Deux concentrateurs sont à retourner au fabricant (heures > 30 000).", "", G.staff_sig(tech, lang)])
        subj = "Inventaire appareils - T%d" % ((d.month - 1) // 3 + 1)
    else:
        body = "\n".join([hello(c, lang, mgr["given"]), "", "Quarterly inventory of O2 program and loaner devices.",
                          "Two concentrators need to go back to the manufacturer (> 30,000 h).", "", G.staff_sig(tech, lang)])
        subj = "Device inventory - Q%d" % ((d.month - 1) // 3 + 1)
    if c.chance(0.5):
        att = Att("inventaire.xlsx" if lang == "fr" else "inventory.xlsx", XLSX, D.xlsx_bytes("Inventaire", hdr, rows, author=tech["full"]))
    else:
        att = Att("inventaire.csv" if lang == "fr" else "inventory.csv", "text/csv", D.csv_text(hdr, rows, c.pick([";", ","])))
    return nm(c, lang, "inventory", "equipment inventory with serial and asset numbers", who(tech), [who(mgr)], subj, d, text=body,
              atts=[att])


def it_downtime(c, lang):
    it = c.staff("ti")
    d = c.when()
    day = c.later(d.date(), 2, 12)
    sysn = c.pick(["SentrySuite (LFP)", "Sommeil-Pro 7", "AirView", "Dossier clinique informatisé", "Centrale de télécopie"])
    if lang == "fr":
        body = "\n".join(["AVIS D'INTERRUPTION DE SERVICE", "",
                          "Système : %s" % sysn, "Date : %s, de 22 h 00 à 2 h 00" % G.fmt_date(day, lang),
                          "Raison : mise à niveau du serveur et correctifs de sécurité.",
                          "Procédure dégradée : utiliser les formulaires papier (armoire du poste central) et saisir après le retour.",
                          "Centre de services TI : poste 4357 ou %s-555-0188." % G.AREA, "", "Technologies de l'information"])
        subj = "Interruption planifiée - %s" % sysn
    else:
        body = "\n".join(["SERVICE INTERRUPTION NOTICE", "", "System: %s" % sysn,
                          "Date: %s, 10:00 pm to 2:00 am" % G.fmt_date(day, lang),
                          "Reason: server upgrade and security patches.",
                          "Downtime procedure: use paper forms (central desk cabinet) and enter data afterwards.",
                          "IT service desk: ext. 4357 or %s-555-0188." % G.AREA, "", "Information Technology"])
        subj = "Planned downtime - %s" % sysn
    return nm(c, lang, "it", "IT planned downtime notice", who(it), [("Tous / All staff", "tous@%s" % G.DOMAIN)], subj, d, text=body,
              body_form=c.pick(["html", "alt", "plain"]))


def it_phishing(c, lang):
    sec = c.staff("ti")
    d = c.when()
    if lang == "fr":
        body = "\n".join(["Attention : hameçonnage en cours", "",
                          "Des courriels prétendant venir de « RAMQ - Mise à jour de dossier » circulent et demandent vos identifiants.",
                          "Ne cliquez pas. La RAMQ ne demande jamais votre mot de passe. Transférez le message à securite@%s puis supprimez-le." % G.DOMAIN,
                          "Rappel : le changement de mot de passe trimestriel est dû le %s." % G.fmt_date(c.later(d.date(), 5, 20), lang),
                          "", G.staff_sig(sec, lang)])
        subj = "[SÉCURITÉ] Campagne d'hameçonnage"
    else:
        body = "\n".join(["Warning: phishing in progress", "",
                          "E-mails claiming to be from \"Health Insurance - Record update\" are asking for your credentials.",
                          "Do not click. Forward the message to securite@%s and delete it." % G.DOMAIN,
                          "Reminder: quarterly password change due %s." % G.fmt_date(c.later(d.date(), 5, 20), lang), "",
                          G.staff_sig(sec, lang)])
        subj = "[SECURITY] Phishing campaign"
    return nm(c, lang, "it", "phishing warning", who(sec), [("Tous / All staff", "tous@%s" % G.DOMAIN)], subj, d, text=body)


def facilities(c, lang):
    fac = c.staff("adm")
    d = c.when()
    day = c.later(d.date(), 2, 15)
    what_fr = c.pick(["Travaux de ventilation au 2e étage (LFP) : cabines pléthysmographiques hors service",
                      "Entretien de l'ascenseur C : accès au laboratoire du sommeil par l'ascenseur B",
                      "Fermeture du stationnement P2 pour asphaltage", "Coupure d'eau chaude dans l'aile B de 6 h à 10 h",
                      "Remplacement de la centrale d'oxygène médical - tests de pression"])
    what_en = c.pick(["HVAC work on 2nd floor (PFT lab): body boxes out of service",
                      "Elevator C maintenance: use elevator B to reach the sleep lab",
                      "Parking lot P2 closed for paving", "Hot water shut-off in wing B from 6 to 10 am",
                      "Medical oxygen manifold replacement - pressure testing"])
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "%s le %s." % (what_fr, G.fmt_date(day, lang)),
                          "Nous nous excusons des inconvénients.", "", "Services techniques", G.HOSP_FR, G.HOSP_ADDR,
                          "Tél. : %s-555-0100" % G.AREA])
        subj = "Avis - services techniques"
    else:
        body = "\n".join([hello(c, lang), "", "%s on %s." % (what_en, G.fmt_date(day, lang)), "Sorry for the inconvenience.", "",
                          "Facilities", G.HOSP_EN, G.HOSP_ADDR, "Tel.: %s-555-0100" % G.AREA])
        subj = "Notice - facilities"
    return nm(c, lang, "facilities", "facilities work notice", who(fac), [("Tous / All staff", "tous@%s" % G.DOMAIN)], subj, d,
              text=body)


def monthly_stats(c, lang):
    an = c.staff("adm")
    mgr = c.staff("lfp")
    d = c.when()
    months = ["2024-%02d" % m for m in range(1, 13)] if d.year == 2025 else ["2023-%02d" % m for m in range(7, 13)] + ["2024-%02d" % m for m in range(1, 7)]
    rows = [(m, c.num(280, 420), c.num(30, 60), c.num(40, 75), c.num(110, 190), "%.1f" % c.dec(4.5, 9.5)) for m in months]
    hdr = ["Mois", "Spirométries", "TFR complètes", "PSG", "Suivis PPC", "Attente PSG (mois)"] if lang == "fr" else \
        ["Month", "Spirometries", "Full PFTs", "PSGs", "CPAP follow-ups", "PSG wait (months)"]
    if lang == "fr":
        body = "\n".join([hello(c, lang, mgr["given"]), "", "Statistiques d'activité des 12 derniers mois (données agrégées, aucun "
                          "renseignement nominatif).", "Hausse de %d %% des PSG vs l'an dernier." % c.num(4, 18), "", G.staff_sig(an, lang)])
        subj = "Statistiques d'activité - services respiratoires"
    else:
        body = "\n".join([hello(c, lang, mgr["given"]), "", "Activity statistics for the last 12 months (aggregate data only).",
                          "PSG volume up %d%% vs last year." % c.num(4, 18), "", G.staff_sig(an, lang)])
        subj = "Activity statistics - respiratory services"
    if c.chance(0.5):
        att = Att("stats.csv", "text/csv", D.csv_text(hdr, rows))
    else:
        att = Att("statistiques.xlsx" if lang == "fr" else "statistics.xlsx", XLSX, D.xlsx_bytes("Stats", hdr, rows, author=an["full"]))
    return nm(c, lang, "statistics", "aggregate monthly activity statistics", who(an), [who(mgr)], subj, d, text=body, atts=[att])


def quality_audit(c, lang):
    q = c.staff("adm")
    d = c.when()
    if lang == "fr":
        rows = [("Suivi PPC à 30 jours réalisé", "%d %%" % c.num(62, 91)), ("Observance PPC ≥ 4 h (70 % des nuits)", "%d %%" % c.num(55, 78)),
                ("Requalification O2 annuelle à temps", "%d %%" % c.num(70, 96)), ("Hygiène des mains - LFP", "%d %%" % c.num(78, 97)),
                ("Plans d'action MPOC remis", "%d %%" % c.num(40, 88))]
        body = "\n".join(["Audit qualité - services respiratoires, %s" % G.fmt_date(d.date(), lang), ""] +
                         ["%-44s %s" % r for r in rows] + ["", "Données agrégées sur %d dossiers audités." % c.num(80, 240), "",
                                                            G.staff_sig(q, lang)])
        subj = "Résultats audit qualité"
    else:
        rows = [("CPAP follow-up at 30 days done", "%d%%" % c.num(62, 91)), ("CPAP adherence >= 4 h (70% of nights)", "%d%%" % c.num(55, 78)),
                ("Annual O2 requalification on time", "%d%%" % c.num(70, 96)), ("Hand hygiene - PFT lab", "%d%%" % c.num(78, 97)),
                ("COPD action plans given", "%d%%" % c.num(40, 88))]
        body = "\n".join(["Quality audit - respiratory services, %s" % G.fmt_date(d.date(), lang), ""] +
                         ["%-44s %s" % r for r in rows] + ["", "Aggregate data from %d audited charts." % c.num(80, 240), "",
                                                            G.staff_sig(q, lang)])
        subj = "Quality audit results"
    return nm(c, lang, "statistics", "aggregate quality audit results", who(q), [c.unit_box("inh", lang), c.unit_box("som", lang)],
              subj, d, text=body)


def biomed_maintenance(c, lang):
    bio = c.staff("adm")
    tech = c.staff("lfp")
    d = c.when()
    sn = luhn_serial(c, 9)
    if lang == "fr":
        body = "\n".join([hello(c, lang, tech["given"]), "",
                          "Calibration annuelle du pléthysmographe (N/S %s, actif CHSA-%06d) prévue le %s." % (
                              G.disguise(sn, c.pick(["spaced", "plain", "hyphen"])), c.num(100000, 199999), G.fmt_date(c.later(d.date(), 3, 20), lang)),
                          "La seringue de 3 L (N/S %s) doit aussi être recertifiée. Prévoir 3 h sans examens." % luhn_serial(c, 10),
                          "", "Génie biomédical", "Poste 4410"])
        subj = "Calibration pléthysmographe"
    else:
        body = "\n".join([hello(c, lang, tech["given"]), "",
                          "Annual calibration of the body box (S/N %s, asset CHSA-%06d) scheduled for %s." % (
                              G.disguise(sn, c.pick(["spaced", "plain", "hyphen"])), c.num(100000, 199999), G.fmt_date(c.later(d.date(), 3, 20), lang)),
                          "The 3 L syringe (S/N %s) also needs recertification. Block 3 h with no testing." % luhn_serial(c, 10),
                          "", "Biomedical Engineering", "Ext. 4410"])
        subj = "Body box calibration"
    return nm(c, lang, "biomed", "equipment calibration with checksum-valid serials", who(bio), [who(tech)], subj, d, text=body)


def contract_renewal(c, lang):
    buyer = c.staff("achats")
    d = c.when()
    vend = c.ext("oxy")
    if lang == "fr":
        body = "\n".join([hello(c, lang, vend["given"]), "",
                          "Dans le cadre du renouvellement du contrat d'oxygénothérapie à domicile (appel d'offres AO-%d-%03d) :" % (d.year, c.num(1, 99)),
                          "- concentrateur fixe : %.2f $/mois" % c.dec(38, 55, 2), "- concentrateur portatif : %.2f $/mois" % c.dec(70, 110, 2),
                          "- cylindre M6 : %.2f $/remplissage" % c.dec(9, 16, 2), "- visite de service d'urgence : %.2f $" % c.dec(60, 95, 2),
                          "Volume estimé : %d patients actifs." % c.num(380, 620), "Merci de confirmer avant la fin du mois.", "",
                          G.staff_sig(buyer, lang)])
        subj = "Renouvellement contrat O2 domicile"
    else:
        body = "\n".join([hello(c, lang, vend["given"]), "",
                          "For the home oxygen contract renewal (tender AO-%d-%03d):" % (d.year, c.num(1, 99)),
                          "- stationary concentrator: $%.2f/month" % c.dec(38, 55, 2), "- portable concentrator: $%.2f/month" % c.dec(70, 110, 2),
                          "- M6 cylinder: $%.2f/fill" % c.dec(9, 16, 2), "- emergency service call: $%.2f" % c.dec(60, 95, 2),
                          "Estimated volume: %d active patients." % c.num(380, 620), "Please confirm before month end.", "",
                          G.staff_sig(buyer, lang)])
        subj = "Home O2 contract renewal"
    return nm(c, lang, "procurement", "supplier contract pricing", who(buyer), [who(vend)], subj, d, text=body)


def forwarded_admin(c, lang):
    a, b_ = c.staff("inh"), c.staff("inh")
    hr = c.staff("rh")
    d0 = c.when()
    d = c.when(c.later(d0.date(), 0, 3))
    if lang == "fr":
        inner = "\n".join(["---------- Message transféré ----------", "De : %s <%s>" % (hr["full"], hr["email"]),
                           "Date : %s" % G.fmt_date(d0.date(), lang), "Objet : Vignettes de stationnement 2025", "",
                           "Les nouvelles vignettes seront distribuées au kiosque du hall principal du %s au %s." % (
                               G.fmt_date(c.later(d0.date(), 5, 8), lang), G.fmt_date(c.later(d0.date(), 9, 14), lang)),
                           "Apportez votre carte d'employé. Tarif : %.2f $ par période de paie." % c.dec(9, 18, 2)])
        body = "%s, au cas où tu ne l'aurais pas vu passer.\n\n%s\n\n%s" % (b_["given"], a["given"], inner)
        subj = "TR: Vignettes de stationnement 2025"
    else:
        inner = "\n".join(["---------- Forwarded message ----------", "From: %s <%s>" % (hr["full"], hr["email"]),
                           "Date: %s" % G.fmt_date(d0.date(), lang), "Subject: 2025 parking permits", "",
                           "New permits will be handed out at the main lobby kiosk from %s to %s." % (
                               G.fmt_date(c.later(d0.date(), 5, 8), lang), G.fmt_date(c.later(d0.date(), 9, 14), lang)),
                           "Bring your employee card. Rate: $%.2f per pay period." % c.dec(9, 18, 2)])
        body = "%s, in case you missed it.\n\n%s\n\n%s" % (b_["given"], a["given"], inner)
        subj = "Fwd: 2025 parking permits"
    return nm(c, lang, "forward", "forwarded parking notice", who(a), [who(b_)], subj, d, text=body)


def attached_eml_admin(c, lang):
    buyer = c.staff("achats")
    mgr = c.staff("som")
    vend = c.ext("cpap")
    d0 = c.when()
    d = c.when(c.later(d0.date(), 1, 3))
    if lang == "fr":
        itext = "\n".join(["Bonjour,", "", "Confirmation de livraison de la commande BC-%d :" % c.num(200000, 299999),
                           "%d appareils AirSense 11 (lot %s), livraison prévue le %s au quai 3." % (c.num(4, 20), lot(c), G.fmt_date(c.later(d0.date(), 5, 12), lang)),
                           "", vend["full"], vend["org"], vend["phone"]])
        isub, subj = "Confirmation de livraison", "TR: confirmation fournisseur"
        body = "Pour ton information, voir le message joint.\n\n" + G.staff_sig(buyer, lang)
    else:
        itext = "\n".join(["Hello,", "", "Delivery confirmation for PO BC-%d:" % c.num(200000, 299999),
                           "%d AirSense 11 units (lot %s), delivery on %s at dock 3." % (c.num(4, 20), lot(c), G.fmt_date(c.later(d0.date(), 5, 12), lang)),
                           "", vend["full"], vend["org"], vend["phone"]])
        isub, subj = "Delivery confirmation", "FW: supplier confirmation"
        body = "FYI, see attached message.\n\n" + G.staff_sig(buyer, lang)
    inner = Mail("inner", lang, "", who(vend), [who(buyer)], isub, d0, text=itext, body_form="plain")
    raw = render(inner, c.rng, 950 + c.num(0, 40), top=False)
    return nm(c, lang, "forward", "attached supplier delivery confirmation", who(buyer), [who(mgr)], subj, d, text=body,
              atts=[Att("confirmation.eml", "message/rfc822", raw)])


def budget(c, lang):
    fin = c.staff("adm")
    mgr = c.staff("inh")
    d = c.when()
    rows = [("Salaires" if lang == "fr" else "Salaries", c.num(2100000, 2900000)),
            ("Fournitures médicales" if lang == "fr" else "Medical supplies", c.num(180000, 340000)),
            ("Oxygène à domicile" if lang == "fr" else "Home oxygen", c.num(900000, 1400000)),
            ("Entretien équipement" if lang == "fr" else "Equipment maintenance", c.num(40000, 90000)),
            ("Formation" if lang == "fr" else "Training", c.num(8000, 25000))]
    hdr = ["Poste budgétaire", "Budget %d-%d ($)" % (d.year, d.year + 1)] if lang == "fr" else ["Budget line", "Budget %d-%d ($)" % (d.year, d.year + 1)]
    txt = "\n".join("%-28s %12d" % r for r in rows)
    if lang == "fr":
        body = "\n".join([hello(c, lang, mgr["given"]), "", "Voici la proposition budgétaire du centre d'activité 6110 :", "", txt, "",
                          "À commenter avant le comité de direction.", "", G.staff_sig(fin, lang)])
        subj = "Budget %d-%d - inhalothérapie" % (d.year, d.year + 1)
    else:
        body = "\n".join([hello(c, lang, mgr["given"]), "", "Here is the proposed budget for cost centre 6110:", "", txt, "",
                          "Comments before the management committee please.", "", G.staff_sig(fin, lang)])
        subj = "Budget %d-%d - respiratory therapy" % (d.year, d.year + 1)
    atts = [Att("budget.xlsx", XLSX, D.xlsx_bytes("Budget", hdr, rows, author=fin["full"]))] if c.chance(0.4) else []
    return nm(c, lang, "budget", "department budget", who(fin), [who(mgr)], subj, d, text=body, atts=atts)


TEMPLATES = [invoice, purchase_order, inventory, it_downtime, it_phishing, facilities, monthly_stats, quality_audit,
             biomed_maintenance, contract_renewal, forwarded_admin, attached_eml_admin, budget]
