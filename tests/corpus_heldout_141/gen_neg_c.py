"""Negative templates, part C: finance, supply, IT, facilities, governance (hard negatives)."""
import datetime as dt

from stdnum import luhn
from stdnum.ca import bn as ca_bn

import gen_common as C
import gen_docs as D
from gen_clin import Draft
from gen_mime import Att
from gen_pos_a import workday, clinic_box
from gen_neg_a import allstaff, XLSX, DOCX, _cycle
from gen_pos_c import orig_block

CL = C.CLINIC


def luhn_serial(rng, n):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def business_number(rng):
    while True:
        b = luhn_serial(rng, 9)
        if ca_bn.is_valid(b):
            return b


VENDORS = [("Équipements Médicaux Laurentides inc.", "eml-medical.example"), ("Medifuse inc.", "medifuse.example"),
           ("Distribution BioFroid", "biofroid.example"), ("Mobilier Clinique Nordex", "nordex-mobilier.example")]


# --------------------------------------------------------------------------
def n_invoice(ctx, lang, now):
    d = Draft(ctx, lang, "invoice", "")
    rng = d.rng
    v = rng.choice(VENDORS)
    bn = business_number(rng)
    inv = f"{now.year}-{rng.randint(1000, 9999)}"
    items = rng.choice([
        [(d.t("Entretien préventif - pompe volumétrique", "Preventive maintenance - volumetric pump"), 12, 85.0),
         (d.t("Remplacement de batterie", "Battery replacement"), 3, 142.5)],
        [(d.t("Fauteuil de perfusion inclinable, modèle PX-400", "Reclining infusion chair, model PX-400"), 2, 3890.0),
         (d.t("Livraison et installation", "Delivery and installation"), 1, 250.0)],
        [(d.t("Réfrigérateur pharmaceutique 23 pi³ - location mensuelle", "Pharmacy refrigerator 23 cu ft - monthly rental"), 1, 310.0),
         (d.t("Enregistreur de température avec alarme", "Temperature logger with alarm"), 2, 189.0)]])
    sub = sum(q * p for _, q, p in items)
    tps, tvq = sub * 0.05, sub * 0.09975
    rows = [[d.t("Description", "Description"), d.t("Qté", "Qty"), d.t("Prix", "Price"), d.t("Total", "Total")]] + \
        [[a, str(q), f"{p:.2f}", f"{q * p:.2f}"] for a, q, p in items] + \
        [["", "", d.t("Sous-total", "Subtotal"), f"{sub:.2f}"], ["", "", "TPS 5 %", f"{tps:.2f}"], ["", "", "TVQ 9,975 %", f"{tvq:.2f}"],
         ["", "", "TOTAL", f"{sub + tps + tvq:.2f}"]]
    fields = [(d.t("Facture no", "Invoice #"), inv), (d.t("Date", "Date"), now.date().isoformat()),
              (d.t("Client", "Customer"), CL[lang]), (d.t("Contact", "Contact"), "Patrick Arsenault, " + d.t("achats", "purchasing")),
              (d.t("Adresse de livraison", "Ship to"), CL["addr_fr" if lang == "fr" else "addr_en"]),
              (d.t("Bon de commande", "PO #"), f"BC-{rng.randint(20000, 29999)}"),
              (d.t("No TPS / TVQ", "GST / QST #"), f"{bn} RT0001 / {rng.randint(1000000000, 1999999999)} TQ0001"),
              (d.t("Conditions", "Terms"), d.t("net 30 jours", "net 30 days"))]
    pdf = D.make_pdf(d.t("FACTURE", "INVOICE"), "", fields=fields, table=rows, header=v[0])
    if ctx.turn("invoice_zip") % 3 == 0:
        stmt = D.make_csv([[d.t("Facture", "Invoice"), d.t("Date", "Date"), d.t("Solde", "Balance")],
                           [inv, now.date().isoformat(), f"{sub + tps + tvq:.2f}"],
                           [f"{now.year}-{rng.randint(1000, 9999)}", (now.date() - dt.timedelta(days=30)).isoformat(), "0.00"]])
        d.atts.append(Att(D.make_zip([(f"{d.t('Facture', 'Invoice')}_{inv}.pdf", pdf), (d.t("releve_compte.csv", "statement.csv"), stmt.encode("utf-8"))]),
                          "application/zip", d.t(f"factures_{inv}.zip", f"invoices_{inv}.zip")))
    else:
        d.atts.append(Att(pdf, "application/pdf", f"{d.t('Facture', 'Invoice')}_{inv}.pdf"))
    d.text = d.t(f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv}. Paiement par TEF : transit 0{rng.randint(1000, 9999)}, "
                 f"institution 815.\n\nComptes recevables\n{v[0]}\nTél. 450 555-01{rng.randint(10, 99)}",
                 f"Hello,\n\nPlease find attached invoice {inv}. EFT payment: transit 0{rng.randint(1000, 9999)}, institution 815.\n\n"
                 f"Accounts receivable\n{v[0]}\nTel. 450-555-01{rng.randint(10, 99)}")
    d.frm = (v[0], f"facturation@{v[1]}")
    d.to = [d.staff("arsenault")]
    d.cc = [d.staff("fiset")]
    d.subject = d.t(f"Facture {inv}", f"Invoice {inv}")
    d.note = d.t("facture de fournisseur", "supplier invoice")
    return d


# --------------------------------------------------------------------------
def n_po(ctx, lang, now):
    d = Draft(ctx, lang, "purchase_order", "")
    rng = d.rng
    v = rng.choice(VENDORS)
    po = f"BC-{rng.randint(20000, 29999)}"
    rows = [[d.t("Code", "Code"), d.t("Article", "Item"), d.t("Qté", "Qty"), d.t("Unité", "Unit")]]
    catalog = d.t([("MF-2210", "Tubulure avec filtre 0,2 µm (infliximab)", "caisse 50"), ("MF-1180", "Tubulure primaire", "caisse 100"),
                   ("SC-24G", "Cathéter IV 24G", "boîte 50"), ("NS-250", "NaCl 0,9 % 250 mL", "caisse 30"),
                   ("GL-M", "Gants nitrile M", "boîte 100"), ("EPI-03", "Épinéphrine 1 mg/mL ampoule (chariot)", "boîte 10")],
                  [("MF-2210", "Infusion set with 0.2 micron filter (infliximab)", "case 50"), ("MF-1180", "Primary set", "case 100"),
                   ("SC-24G", "IV catheter 24G", "box 50"), ("NS-250", "0.9% NaCl 250 mL", "case 30"),
                   ("GL-M", "Nitrile gloves M", "box 100"), ("EPI-03", "Epinephrine 1 mg/mL ampoule (crash cart)", "box 10")])
    for code, item, unit in rng.sample(catalog, 4):
        rows.append([code, item, str(rng.randint(1, 12)), unit])
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_xlsx([(po, rows)]), XLSX, f"{po}.xlsx"))
        body = ""
    else:
        body = "\n" + "\n".join("  ".join(f"{c:<10}" if i != 1 else f"{c:<48}" for i, c in enumerate(r)) for r in rows) + "\n"
    d.text = d.t(f"Bonjour,\n\nVoici le bon de commande {po}.{body}\nLivraison au quai B avant 14 h svp, à l'attention de l'unité de perfusion.\n\n"
                 + C.signature("arsenault", "fr"),
                 f"Hello,\n\nPurchase order {po} below/attached.{body}\nPlease deliver to dock B before 2 pm, attention infusion unit.\n\n"
                 + C.signature("arsenault", "en"))
    d.frm = d.staff("arsenault")
    d.to = [(v[0], f"commandes@{v[1]}")]
    d.subject = d.t(f"Bon de commande {po}", f"Purchase order {po}")
    d.note = d.t("bon de commande", "purchase order")
    return d


# --------------------------------------------------------------------------
def n_inventory(ctx, lang, now):
    d = Draft(ctx, lang, "inventory", "")
    rng = d.rng
    prods = [("Inflectra 100 mg", "fiole"), ("Renflexis 100 mg", "fiole"), ("Truxima 500 mg/50 mL", "fiole"),
             ("Actemra 400 mg/20 mL", "fiole"), ("Actemra 200 mg/10 mL", "fiole"), ("Orencia 250 mg", "fiole"),
             ("Benlysta 400 mg", "fiole"), ("Saphnelo 300 mg/2 mL", "fiole"), ("Aclasta 5 mg/100 mL", "sac")]
    rows = [[d.t("Produit", "Product"), "Lot", d.t("Péremption", "Expiry"), d.t("Qté", "Qty"), d.t("Frigo", "Fridge")]]
    for p, u in prods:
        lot = f"{rng.choice('ABCHKMT')}{rng.randint(10, 99)}{rng.choice('ABCXYZ')}{rng.randint(100, 999)}"
        exp = (now.date() + dt.timedelta(days=rng.randint(40, 500))).strftime("%Y-%m")
        rows.append([p, lot, exp, rng.randint(0, 40), rng.choice(["F1", "F2"])])
    d.atts.append(Att(D.make_xlsx([(d.t("Inventaire", "Inventory"), rows)]), XLSX,
                      d.t(f"inventaire_frigo_{now.strftime('%Y%m%d')}.xlsx", f"fridge_inventory_{now.strftime('%Y%m%d')}.xlsx")))
    low = [r[0] for r in rows[1:] if r[3] < 6]
    d.text = d.t("Bonjour,\n\nInventaire hebdomadaire des réfrigérateurs F1/F2 ci-joint. " +
                 (f"Stock bas : {', '.join(low)}." if low else "Aucun stock bas.") +
                 " Les fioles qui expirent dans moins de 60 jours sont surlignées.\n\nMarc-André",
                 "Hello,\n\nWeekly inventory of fridges F1/F2 attached. " + (f"Low stock: {', '.join(low)}." if low else "No low stock.") +
                 " Vials expiring within 60 days are highlighted.\n\nMarc-André")
    d.frm = d.staff("dufresne")
    d.to = [d.staff("arsenault"), d.staff("haddad")]
    d.subject = d.t("Inventaire hebdo - biologiques", "Weekly inventory - biologics")
    d.note = d.t("inventaire de médicaments avec lots", "drug inventory with lot numbers")
    return d


# --------------------------------------------------------------------------
def n_assets(ctx, lang, now):
    d = Draft(ctx, lang, "asset_list", "")
    rng = d.rng
    rows = [[d.t("No d'actif", "Asset #"), d.t("Équipement", "Equipment"), d.t("No de série", "Serial #"), d.t("Dernier entretien", "Last PM"), d.t("Statut", "Status")]]
    kinds = d.t(["Pompe volumétrique Sigma 8000", "Moniteur signes vitaux VX-3", "Fauteuil PX-400", "Réfrigérateur pharma 23 pi³", "Défibrillateur DAE"],
                ["Sigma 8000 volumetric pump", "VX-3 vital signs monitor", "PX-400 chair", "Pharmacy fridge 23 cu ft", "AED defibrillator"])
    for i in range(rng.randint(8, 14)):
        serial = luhn_serial(rng, rng.choice([9, 10]))
        sf = f"{serial[:3]} {serial[3:6]} {serial[6:]}" if len(serial) == 9 and rng.random() < 0.5 else serial
        rows.append([f"CRPT-{rng.randint(1000, 9999)}", rng.choice(kinds), sf,
                     (now.date() - dt.timedelta(days=rng.randint(20, 400))).isoformat(), rng.choice(["OK", "OK", "OK", d.t("à inspecter", "due")])])
    d.frm = ("Génie biomédical HRSA" if lang == "fr" else "HRSA Biomedical Engineering", f"genie-biomed@{C.HOSP['dom']}")
    d.to = [d.staff("haddad"), d.staff("arsenault")]
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_csv(rows, ";").encode("iso-8859-1", "replace"), "text/csv", d.t("actifs_perfusion.csv", "infusion_assets.csv"),
                          charset="iso-8859-1", cte=rng.choice(["quoted-printable", "base64"])))
        tbl = ""
    else:
        tbl = "\n\n" + "\n".join(" | ".join(r) for r in rows)
    d.text = d.t(f"Bonjour,\n\nListe des équipements de l'unité de perfusion avec l'état de l'entretien préventif.{tbl}\n\n"
                 "Les pompes marquées « à inspecter » doivent être apportées à l'atelier avant la fin du mois.\n\nGénie biomédical, poste 4410",
                 f"Hello,\n\nInfusion unit equipment list with preventive maintenance status.{tbl}\n\n"
                 "Pumps marked 'due' must be brought to the shop before month end.\n\nBiomedical engineering, ext. 4410")
    d.subject = d.t("Inventaire des équipements - entretien préventif", "Equipment list - preventive maintenance")
    d.note = d.t("liste d'actifs avec numéros de série", "asset list with serial numbers")
    return d


# --------------------------------------------------------------------------
def n_it(ctx, lang, now):
    d = Draft(ctx, lang, "it_notice", "")
    rng = d.rng
    scen = _cycle(ctx, "it", ["downtime", "phishing", "password", "fax", "printer"])
    day = workday(now, 2, 12, rng)
    if scen == "downtime":
        d.text = d.t(f"Bonjour,\n\nLe dossier médical électronique sera indisponible le {C.dfr(day, True)} de 22 h à 2 h pour une mise à jour. "
                     "Prévoir les formulaires papier de contingence (ordonnances de perfusion, feuilles de signes vitaux) et les "
                     "saisir au retour du système.\n\n" + C.signature("kowalski", "fr"),
                     f"Hello,\n\nThe EMR will be down on {C.den(day, True)} from 10 pm to 2 am for an upgrade. Use downtime paper forms "
                     "(infusion orders, vital-sign sheets) and back-enter once the system is up.\n\n" + C.signature("kowalski", "en"))
        d.subject = d.t("Interruption planifiée du DME", "Planned EMR downtime")
    elif scen == "phishing":
        d.text = d.t("ATTENTION : hameçonnage\n\nUn courriel intitulé « Votre boîte est pleine - validez votre compte » circule. Ne cliquez "
                     "pas sur le lien. Le service informatique ne vous demandera jamais votre mot de passe.\nTransférez tout courriel "
                     f"suspect à securite@{CL['dom']}.\n\n" + C.signature("kowalski", "fr"),
                     "WARNING: phishing\n\nAn e-mail titled 'Your mailbox is full - validate your account' is circulating. Do not click "
                     f"the link. IT will never ask for your password.\nForward suspicious e-mails to securite@{CL['dom']}.\n\n" + C.signature("kowalski", "en"))
        d.subject = d.t("[Sécurité] Tentative d'hameçonnage", "[Security] Phishing attempt")
        if rng.random() < 0.7:
            import gen_mime as M
            bait = M.build(dict(frm=("Service de messagerie", "admin@mail-verif.example"), to=[("", f"personnel@{CL['dom']}")],
                                subject=d.t("Votre boîte est pleine - validez votre compte", "Your mailbox is full - validate your account"),
                                date=now - dt.timedelta(hours=3), msgid=f"<{rng.getrandbits(48):x}@mail-verif.example>",
                                text=d.t("Votre boîte aux lettres a atteint 99 %. Cliquez ici pour valider : http://mail-verif.example/login",
                                         "Your mailbox is 99% full. Click here to validate: http://mail-verif.example/login"),
                                layout="html", lang=lang),
                           dict(charset="utf-8", cte="quoted-printable", crlf=False, mode="B", hcharset="utf-8", boundary_seed="bait"))
            d.atts.append(Att(bait, "message/rfc822", d.t("courriel_suspect.eml", "suspicious_email.eml")))
    elif scen == "password":
        d.text = d.t(f"Bonjour Julie,\n\nTon mot de passe réseau expire dans 5 jours. Utilise le portail libre-service ou appelle le poste 4400. "
                     f"Ton jeton MFA a été réassigné au nouveau téléphone (numéro de série du téléphone : {luhn_serial(rng, 15)}).\n\nDaniel",
                     f"Hi Julie,\n\nYour network password expires in 5 days. Use the self-service portal or call ext. 4400. Your MFA token was "
                     f"moved to your new phone (device IMEI: {luhn_serial(rng, 15)}).\n\nDaniel")
        d.to_override = [d.staff("marchand")]
        d.subject = d.t("Expiration du mot de passe", "Password expiry")
    elif scen == "fax":
        d.text = d.t("Bonjour,\n\nLa nouvelle passerelle de télécopie vers courriel est en service. Les télécopies reçues au "
                     f"{CL['fax']} arrivent maintenant dans la boîte partagée « Télécopies CRPT ». Ne transférez pas ces messages à "
                     "des adresses externes.\n\n" + C.signature("kowalski", "fr"),
                     f"Hello,\n\nThe new fax-to-e-mail gateway is live. Faxes received at {CL['fax']} now arrive in the shared 'CRPT Faxes' "
                     "mailbox. Do not forward them to external addresses.\n\n" + C.signature("kowalski", "en"))
        d.subject = d.t("Nouvelle passerelle de télécopie", "New fax gateway")
    else:
        d.text = d.t("Bonjour,\n\nL'imprimante de l'accueil (HP-ACC-02, n° de série CNB" + str(rng.randint(1000000, 9999999)) +
                     ") est en réparation jusqu'à jeudi. Utilisez l'imprimante du poste infirmier.\n\nDaniel",
                     "Hello,\n\nThe front desk printer (HP-ACC-02, serial CNB" + str(rng.randint(1000000, 9999999)) +
                     ") is being repaired until Thursday. Please use the nursing station printer.\n\nDaniel")
        d.subject = d.t("Imprimante accueil hors service", "Front desk printer out of service")
    d.frm = d.staff("kowalski")
    d.to = getattr(d, "to_override", None) or allstaff(d)
    d.layout = rng.choice(["plain", "alt", "html"]) if scen in ("phishing", "downtime") else None
    d.note = d.t("avis informatique", "IT notice")
    return d


# --------------------------------------------------------------------------
def n_facilities(ctx, lang, now):
    d = Draft(ctx, lang, "facilities", "")
    rng = d.rng
    scen = _cycle(ctx, "fac", ["fridge", "hvac", "elevator", "parking"])
    if scen == "fridge":
        rows = [["Date/heure", "F1 (°C)", "F2 (°C)", "Alarme"]] + [
            [f"{(now - dt.timedelta(hours=2 * i)).strftime('%Y-%m-%d %H:%M')}", f"{rng.uniform(3.2, 5.1):.1f}",
             f"{rng.uniform(3.0, 9.4) if i == 3 else rng.uniform(3.0, 5.0):.1f}", "OUI" if i == 3 else ""] for i in range(8)]
        d.atts.append(Att(D.make_csv(rows).encode("utf-8"), "text/csv", "journal_temperatures.csv", charset="utf-8"))
        d.text = d.t("Bonjour,\n\nAlarme de température sur le frigo F2 cette nuit (9,4 °C pendant 40 min, porte mal fermée). "
                     "Journal ci-joint. Les biologiques touchés sont en quarantaine en attendant l'avis des fabricants sur la stabilité.\n\nMarc-André",
                     "Hello,\n\nTemperature alarm on fridge F2 overnight (9.4 °C for 40 min, door not fully closed). Log attached. Affected "
                     "biologics are quarantined pending manufacturer stability advice.\n\nMarc-André")
        d.frm = d.staff("dufresne")
        d.subject = d.t("Alarme frigo F2 - excursion de température", "Fridge F2 alarm - temperature excursion")
    else:
        txt = {"hvac": (("La climatisation de l'unité de perfusion sera arrêtée mardi de 6 h à 9 h pour l'entretien. Des ventilateurs "
                         "portatifs seront installés."), ("Air conditioning in the infusion unit will be off Tuesday 6-9 am for maintenance. "
                                                          "Portable fans will be set up.")),
               "elevator": (("L'ascenseur B est hors service jusqu'à vendredi. Les patients en fauteuil roulant doivent utiliser "
                             "l'ascenseur A (entrée principale)."), ("Elevator B is out of service until Friday. Wheelchair users must use "
                                                                      "elevator A (main entrance).")),
               "parking": (("Le stationnement P2 sera repeint le samedi 14. Les vignettes du personnel restent valides au P3."),
                           ("Lot P2 will be repainted on Saturday the 14th. Staff permits remain valid in P3."))}[scen]
        d.text = d.t("Bonjour,\n\n" + txt[0] + "\n\nServices techniques\nPoste 4300", "Hello,\n\n" + txt[1] + "\n\nFacilities\nExt. 4300")
        d.frm = (d.t("Services techniques", "Facilities"), f"services-techniques@{CL['dom']}")
        d.subject = d.t({"hvac": "Arrêt de la climatisation", "elevator": "Ascenseur B hors service", "parking": "Stationnement P2"}[scen],
                        {"hvac": "A/C shutdown", "elevator": "Elevator B out of service", "parking": "Lot P2"}[scen])
    d.to = allstaff(d)
    d.note = d.t("avis des services techniques", "facilities notice")
    return d


# --------------------------------------------------------------------------
def n_accreditation(ctx, lang, now):
    d = Draft(ctx, lang, "accreditation", "")
    rng = d.rng
    day = workday(now, 30, 80, rng)
    rops = d.t(["Utiliser deux identifiants (nom complet et date de naissance) avant chaque perfusion",
                "Bilan comparatif des médicaments à l'admission en perfusion", "Double vérification indépendante des doses calculées au poids",
                "Hygiène des mains : audits mensuels", "Déclaration des incidents et accidents (AH-223)"],
               ["Use two identifiers (full name and date of birth) before every infusion", "Medication reconciliation at infusion intake",
                "Independent double check of weight-based doses", "Hand hygiene: monthly audits", "Incident and accident reporting"])
    d.text = d.t(f"Bonjour à tous,\n\nLa visite d'Agrément aura lieu la semaine du {C.dfr(day)}. Les visiteurs observeront l'unité de perfusion. "
                 "Pratiques organisationnelles requises à revoir :\n\n" + "\n".join(f"- {r}" for r in rops) +
                 "\n\nUne séance de préparation aura lieu mercredi midi.\n\nLouise",
                 f"Hi all,\n\nThe accreditation visit is the week of {C.den(day)}. Surveyors will observe the infusion unit. Required organizational "
                 "practices to review:\n\n" + "\n".join(f"- {r}" for r in rops) + "\n\nA prep session is Wednesday at noon.\n\nLouise")
    d.frm = d.staff("charest")
    d.to = allstaff(d)
    d.subject = d.t("Visite d'Agrément - préparation", "Accreditation visit - preparation")
    d.note = d.t("préparation à l'agrément", "accreditation preparation")
    return d


# --------------------------------------------------------------------------
def n_minutes(ctx, lang, now):
    d = Draft(ctx, lang, "meeting_minutes", "")
    rng = d.rng
    pts = d.t([("Présents :", "H. Vézina, K. Benali, P. Raman, N. Haddad, L. Charest, M.-A. Dufresne"),
               ("1. Volumes :", "hausse de 12 % des perfusions de rituximab; ouvrir 2 fauteuils le vendredi."),
               ("2. Personnel :", "poste d'infirmière affiché; Mélanie Drouin de retour à temps plein en mai."),
               ("3. Biosimilaires :", "transition au Riximyo complétée; aucun enjeu rapporté."),
               ("4. Clinique vasculite :", "Dr Benali propose un créneau supplémentaire pour les ACG nouvellement diagnostiquées."),
               ("5. Registre lupus :", "Dre Vézina présentera les données agrégées (n = 212) au congrès."),
               ("Prochaine réunion :", "dans 4 semaines.")],
              [("Present:", "H. Vézina, K. Benali, P. Raman, N. Haddad, L. Charest, M.-A. Dufresne"),
               ("1. Volumes:", "rituximab infusions up 12%; open 2 chairs on Fridays."),
               ("2. Staffing:", "nurse position posted; Mélanie Drouin back full time in May."),
               ("3. Biosimilars:", "switch to Riximyo complete; no issues reported."),
               ("4. Vasculitis clinic:", "Dr. Benali proposes an extra slot for newly diagnosed GCA."),
               ("5. Lupus registry:", "Dr. Vézina will present aggregate data (n = 212) at the congress."),
               ("Next meeting:", "in 4 weeks.")])
    title = d.t(f"Compte rendu - réunion d'équipe du {now.date().isoformat()}", f"Minutes - team meeting {now.date().isoformat()}")
    if rng.random() < 0.6:
        d.atts.append(Att(D.make_docx(title, pts), DOCX, d.t(f"CR_reunion_{now.strftime('%Y%m%d')}.docx", f"minutes_{now.strftime('%Y%m%d')}.docx")))
        d.text = d.t("Bonjour,\n\nCompte rendu de la réunion ci-joint.\n\nLouise", "Hello,\n\nMeeting minutes attached.\n\nLouise")
    else:
        d.text = title + "\n\n" + "\n".join(f"{a} {b}" for a, b in pts) + "\n\nLouise"
    d.frm = d.staff("charest")
    d.to = allstaff(d)
    d.subject = title
    d.note = d.t("compte rendu de réunion", "meeting minutes")
    return d


# --------------------------------------------------------------------------
def n_vendor_thread(ctx, lang, now):
    d = Draft(ctx, lang, "supplier_thread", "")
    rng = d.rng
    v = ("Distribution BioFroid", "biofroid.example")
    asked = now - dt.timedelta(hours=rng.randint(20, 70))
    q = d.t("Bonjour,\n\nNotre commande BC-2" + str(rng.randint(1000, 9999)) + " (Renflexis 100 mg x 40 fioles) n'est pas arrivée. "
            "Pouvez-vous nous donner une date? Nous avons 9 perfusions prévues jeudi.\n\nPatrick",
            "Hello,\n\nOur order BC-2" + str(rng.randint(1000, 9999)) + " (Renflexis 100 mg x 40 vials) has not arrived. Can you give us a date? "
            "We have 9 infusions booked Thursday.\n\nPatrick")
    a = d.t("Bonjour Patrick,\n\nLa livraison est confirmée pour demain avant 10 h (transport réfrigéré, 2 glacières, bordereau "
            f"{rng.randint(100000000, 999999999)}). Désolés du délai : retard chez le fabricant au centre de distribution.\n\nService à la clientèle\n{v[0]}",
            "Hi Patrick,\n\nDelivery is confirmed for tomorrow before 10 am (cold chain, 2 coolers, waybill "
            f"{rng.randint(100000000, 999999999)}). Sorry for the delay: manufacturer backlog at the distribution centre.\n\nCustomer service\n{v[0]}")
    subj = d.t("Commande en retard - Renflexis", "Late order - Renflexis")
    d.text = a + "\n\n" + orig_block(lang, f"Patrick Arsenault <{C.staff_addr('arsenault')}>", f"commandes@{v[1]}", asked, subj) + q
    if ctx.turn("vendor_eml") % 2 == 1:
        import gen_mime as M
        waybill = M.build(dict(frm=("BioFroid - Expédition", f"expedition@{v[1]}"), to=[("", f"service@{v[1]}")],
                               subject=d.t("Avis d'expédition", "Shipping notice"), date=now - dt.timedelta(hours=2),
                               msgid=f"<ship{rng.getrandbits(40):x}@{v[1]}>",
                               text=d.t("Expédition confirmée : 40 fioles Renflexis 100 mg, chaîne du froid 2-8 °C, 2 glacières.",
                                        "Shipment confirmed: 40 vials Renflexis 100 mg, cold chain 2-8 °C, 2 coolers."), layout="plain", lang=lang),
                          dict(charset="iso-8859-1", cte="8bit", crlf=False, mode="Q", hcharset="iso-8859-1", boundary_seed="ship"))
        d.atts.append(Att(waybill, "message/rfc822", d.t("Avis d'expédition.eml", "Shipping notice.eml")))
    d.frm = (v[0], f"service@{v[1]}")
    d.to = [d.staff("arsenault")]
    d.cc = [d.staff("dufresne")]
    d.subject = "RE: " + subj
    d.extra = [("In-Reply-To", f"<po{rng.randint(10**6, 10**7)}@{CL['dom']}>")]
    d.note = d.t("échange avec un fournisseur", "supplier e-mail thread")
    return d


# --------------------------------------------------------------------------
def n_courier(ctx, lang, now):
    d = Draft(ctx, lang, "courier", "")
    rng = d.rng
    wb = luhn_serial(rng, 12)
    d.text = d.t(f"Bonjour,\n\nCueillette demandée pour aujourd'hui 15 h 30 : {rng.randint(2, 5)} boîtes de spécimens (UN3373, catégorie B) "
                 f"vers le laboratoire HRSA. Bordereau {wb[:4]} {wb[4:8]} {wb[8:]}. Les glacières doivent être rapportées vides.\n\n"
                 "Accueil CRPT", f"Hello,\n\nPickup requested today 3:30 pm: {rng.randint(2, 5)} specimen boxes (UN3373, category B) to the HRSA lab. "
                 f"Waybill {wb[:4]} {wb[4:8]} {wb[8:]}. Please return the coolers empty.\n\nCRPT front desk")
    d.frm = d.staff("petit")
    d.to = [("Courrier Express Trembles", "cueillette@courrier-trembles.example")]
    d.subject = d.t("Cueillette spécimens 15 h 30", "Specimen pickup 3:30 pm")
    d.note = d.t("demande de messagerie sans identité", "courier request, no identities")
    return d


# --------------------------------------------------------------------------
def n_privacy(ctx, lang, now):
    d = Draft(ctx, lang, "privacy_reminder", "")
    rng = d.rng
    d.text = d.t("Bonjour à tous,\n\nRappel de la responsable de la protection des renseignements personnels :\n\n"
                 "- Ne jamais inscrire le nom d'un patient ou son NAM dans l'objet d'un courriel.\n"
                 "- Utiliser la messagerie sécurisée pour toute communication externe contenant des renseignements cliniques.\n"
                 "- Les listes de perfusion imprimées vont au déchiquetage, pas au recyclage.\n"
                 "- Un incident de confidentialité se déclare dans les 24 h.\n\nMerci de votre vigilance!\n\nLouise Charest",
                 "Hi all,\n\nA reminder from the privacy officer:\n\n- Never put a patient's name or health card number in an e-mail subject.\n"
                 "- Use secure messaging for any external communication containing clinical information.\n"
                 "- Printed infusion lists go to shredding, not recycling.\n- Privacy incidents must be reported within 24 h.\n\n"
                 "Thanks for your vigilance!\n\nLouise Charest")
    d.frm = d.staff("charest")
    d.to = allstaff(d)
    d.subject = d.t("Rappel - confidentialité des courriels", "Reminder - e-mail privacy")
    d.layout = rng.choice(["plain", "html", "alt"])
    d.note = d.t("rappel de confidentialité", "privacy reminder")
    return d


# --------------------------------------------------------------------------
def n_insurer_generic(ctx, lang, now):
    d = Draft(ctx, lang, "insurer_reply", "")
    rng = d.rng
    ins = rng.choice(C.INSURERS)
    ref = f"T-{rng.randint(100000, 999999)}"
    d.text = d.t(f"Bonjour,\n\nNous avons reçu une télécopie incomplète (référence {ref}). Pour traiter une demande d'autorisation, "
                 "nous avons besoin : du nom de l'adhérent, de sa date de naissance, du numéro de groupe et de certificat, ainsi que du "
                 "formulaire signé par le médecin. Merci de ne pas envoyer ces renseignements par courriel non sécurisé; utilisez le "
                 f"portail ou le télécopieur 1 800 555-0189.\n\nService aux professionnels\n{ins[0]}",
                 f"Hello,\n\nWe received an incomplete fax (reference {ref}). To process an authorization we need the plan member's name, "
                 "date of birth, group and certificate numbers, and the form signed by the physician. Please do not send this "
                 f"information by unsecured e-mail; use the portal or fax 1 800 555-0189.\n\nProvider services\n{ins[0]}")
    d.frm = (ins[0], f"professionnels@{ins[1]}")
    d.to = [d.staff("marchand")]
    d.subject = d.t(f"Télécopie incomplète - réf. {ref}", f"Incomplete fax - ref. {ref}")
    d.note = d.t("réponse d'assureur sans renseignement nominatif", "insurer reply without personal data")
    return d


TEMPLATES = [
    (n_invoice, 5), (n_po, 5), (n_inventory, 5), (n_assets, 4), (n_it, 7), (n_facilities, 5), (n_accreditation, 2),
    (n_minutes, 4), (n_vendor_thread, 4), (n_courier, 2), (n_privacy, 2), (n_insurer_generic, 3),
]
