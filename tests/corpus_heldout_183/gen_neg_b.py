"""Negative messages, part B: procurement, invoices, inventories, drug shortages, recalls, IT and facilities."""
import datetime as dt

from gen_common import ORGS, fmt_date, luhn_serial, strip_accents
from gen_clin import Item, msg_date, workday_date, L, who, BOXES, signature
from gen_mime import Mail, Att, quote_reply, html_table, wrap_html
from gen_attach import make_pdf, make_xlsx, make_csv, make_vcard, make_zip, make_docx


def dn(p):
    return "%s %s" % (p["given"], p["surname"])


def money(x, lang):
    s = "{:,.2f}".format(x)
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " $"
    return "$" + s


def _spaced(s):
    return " ".join(s[i:i + 3] for i in range(0, len(s), 3))


# --------------------------------------------------------------------------------------------
def n_invoice(ctx, lang):
    d = workday_date(ctx)
    vkey = ctx.pick(["vendor", "vendor2"])
    v = ORGS[vkey]
    rep, frm = who(ctx, lang, vkey)
    inv = "F-2025-%05d" % ctx.rng.randrange(10000, 99999)
    items = []
    total = 0.0
    for _ in range(ctx.rng.randrange(2, 5)):
        sn = luhn_serial(ctx.rng, 9)
        price = ctx.rng.choice([485.0, 1260.0, 312.5, 2890.0, 96.75])
        total += price
        items.append([ctx.pick(L(lang, ["Entretien préventif ventilateur VX-800", "Remplacement cellule O2",
                                        "Étalonnage pompe volumétrique", "Kit de service annuel ECMO"],
                                   ["Preventive maintenance, VX-800 ventilator", "O2 cell replacement",
                                    "Volumetric pump calibration", "Annual ECMO service kit"])),
                      L(lang, "N/S ", "S/N ") + ctx.pick([sn, _spaced(sn), sn[:3] + "-" + sn[3:6] + "-" + sn[6:]]),
                      money(price, lang)])
    tps, tvq = total * 0.05, total * 0.09975
    kv = [(L(lang, "Facture no", "Invoice no."), inv), (L(lang, "Date", "Date"), fmt_date(d.date(), "iso")),
          (L(lang, "Client", "Customer"), ORGS["chu"][lang] + L(lang, " - Génie biomédical", " - Biomedical Engineering")),
          (L(lang, "No client", "Customer no."), "C-%06d" % ctx.rng.randrange(100000, 999999)),
          (L(lang, "Bon de commande", "PO"), "BC-%07d" % ctx.rng.randrange(10 ** 6, 10 ** 7)),
          (L(lang, "Adresse de livraison", "Ship to"), ORGS["chu"]["addr_" + lang]),
          (L(lang, "Nom du contact", "Contact name"), dn(ctx.staff(lang))),
          ("TPS / TVQ" if lang == "fr" else "GST / QST", "%s / %s" % (money(tps, lang), money(tvq, lang))),
          (L(lang, "Total", "Total"), money(total + tps + tvq, lang))]
    pdf = make_pdf([("h", v[lang]), ("p", v["addr_" + lang] + " - " + v["phone"]), ("kv", kv), ("sp",),
                    ("table", [L(lang, "Description", "Description"), L(lang, "No de série", "Serial no."),
                               L(lang, "Montant", "Amount")], items, [250, 150, 90])],
                   title=inv, author=v[lang])
    body = L(lang, "Bonjour,\n\nVeuillez trouver ci-jointe la facture %s pour les travaux effectués le %s. "
                   "Paiement net 30 jours.\n", "Hello,\n\nPlease find attached invoice %s for the work done on %s. "
                                              "Payment terms net 30.\n") % (inv, fmt_date(d.date() - dt.timedelta(days=6), "long", lang))
    body += signature(ctx, rep, vkey, "achat", lang, style=0).replace(
        L(lang, "Acheteur, approvisionnement", "Buyer, Procurement"), L(lang, "Service à la clientèle", "Customer Service"))
    subj = L(lang, "Facture %s", "Invoice %s") % inv
    m = Mail(frm, [("Comptes payables", "comptes.payables@chu-deuxrives.example")], subj, body, date=d, lang=lang,
             atts=[Att("%s.pdf" % inv, "application/pdf", data=pdf)])
    return Item(False, "invoice", lang, m, L(lang, "facture de fournisseur avec numéros de série", "vendor invoice with serial numbers"))


def n_po(ctx, lang):
    d = workday_date(ctx)
    buyer, frm = who(ctx, lang, "chu")
    po = "BC-%07d" % ctx.rng.randrange(10 ** 6, 10 ** 7)
    rows = []
    for desc in ctx.rng.sample(L(lang, ["Oxygénateur ECMO adulte", "Canule veineuse 25 Fr", "Canule artérielle 17 Fr",
                                        "Circuit CRRT", "Filtre hémodiafiltration", "Tubulure ventilateur chauffante"],
                                  ["Adult ECMO oxygenator", "Venous cannula 25 Fr", "Arterial cannula 17 Fr", "CRRT circuit set",
                                   "Haemodiafiltration filter", "Heated ventilator circuit"]), 4):
        lot = luhn_serial(ctx.rng, ctx.pick([8, 10]))
        rows.append([desc, str(ctx.rng.randrange(2, 24)), "LOT " + lot,
                     fmt_date(dt.date(2026, ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28)), "iso")])
    hdr = L(lang, ["Article", "Qté", "Lot", "Péremption"], ["Item", "Qty", "Lot", "Expiry"])
    text = L(lang, "Bonjour,\n\nBon de commande %s pour réapprovisionnement USI (livraison quai 3, avant 14 h) :\n\n",
             "Hello,\n\nPurchase order %s for ICU restock (deliver to dock 3 before 2 pm):\n\n") % po
    text += "\n".join(" | ".join(r) for r in [hdr] + rows)
    text += L(lang, "\n\nMerci de confirmer les lots disponibles.\n", "\n\nPlease confirm available lots.\n")
    text += signature(ctx, buyer, "chu", "achat", lang)
    html = wrap_html("<p>" + text.split("\n\n")[0].replace("\n", "<br>") + "</p><p>" + text.split("\n\n")[1] + "</p>"
                     + html_table(rows, hdr) + "<p>" + dn(buyer) + "</p>")
    to = [(ORGS["vendor2"][lang], "commandes@perfusio.example")]
    m = Mail(frm, to, L(lang, "Bon de commande %s", "Purchase order %s") % po, text, html=html, date=d, lang=lang,
             shape=ctx.pick(["alt", "html", "plain"]))
    return Item(False, "purchase_order", lang, m, L(lang, "bon de commande avec numéros de lot", "purchase order with lot numbers"))


def n_inventory(ctx, lang):
    d = workday_date(ctx)
    tech, frm = who(ctx, lang, "chu")
    rows = []
    for i in range(ctx.rng.randrange(8, 15)):
        rows.append(["ACT-" + luhn_serial(ctx.rng, 8),
                     ctx.pick(L(lang, ["Ventilateur VX-800", "Pompe volumétrique P5", "Moniteur MX-40", "Console ECMO",
                                       "Lit électrique", "Pousse-seringue S3"],
                                  ["VX-800 ventilator", "P5 volumetric pump", "MX-40 monitor", "ECMO console",
                                   "Electric bed", "S3 syringe driver"])),
                     luhn_serial(ctx.rng, 10), ctx.pick(["SI-%02d" % ctx.rng.randrange(1, 25), L(lang, "Dépôt", "Storage")]),
                     fmt_date(dt.date(2025, ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28)), "iso"),
                     ctx.pick(L(lang, ["conforme", "conforme", "à réparer"], ["pass", "pass", "needs repair"]))])
    hdr = L(lang, ["Actif", "Équipement", "No de série", "Emplacement", "Dernier EP", "État"],
            ["Asset", "Equipment", "Serial no.", "Location", "Last PM", "Status"])
    xl = make_xlsx([(L(lang, "Inventaire", "Inventory"), hdr, rows)], title="Inventaire", author=dn(tech))
    body = L(lang, "Bonjour,\n\nInventaire annuel des équipements de l'USI en pièce jointe. Trois appareils à réparer "
                   "avant l'audit d'agrément.\n", "Hi,\n\nAnnual ICU equipment inventory attached. Three devices need repair "
                                                   "before the accreditation audit.\n")
    body += signature(ctx, tech, "chu", "ti", lang).replace(L(lang, "Analyste, technologies de l'information", "IT Analyst"),
                                                           L(lang, "Technicien, génie biomédical", "Biomedical Technician"))
    m = Mail(frm, [BOXES["all_usi"]], L(lang, "Inventaire équipements USI %d", "ICU equipment inventory %d") % d.year, body,
             date=d, lang=lang, atts=[Att(L(lang, "inventaire_USI.xlsx", "ICU_inventory.xlsx"),
                                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=xl)])
    return Item(False, "equipment_inventory", lang, m, L(lang, "inventaire d'équipement", "equipment inventory"))


def n_shortage(ctx, lang):
    d = workday_date(ctx)
    ph, frm = who(ctx, lang, "chu")
    drug = ctx.pick(L(lang, [("cisatracurium 2 mg/mL (fiole 10 mL)", "rocuronium en perfusion"),
                             ("vasopressine 20 U/mL", "terlipressine selon le protocole ou norépinéphrine seule"),
                             ("propofol 1 % (fiole 100 mL)", "dexmédétomidine ou midazolam"),
                             ("héparine 25 000 U/250 mL prémélangée", "préparation en pharmacie")],
                        [("cisatracurium 2 mg/mL (10 mL vial)", "rocuronium infusion"),
                         ("vasopressin 20 units/mL", "terlipressin per protocol or norepinephrine alone"),
                         ("propofol 1% (100 mL vial)", "dexmedetomidine or midazolam"),
                         ("premixed heparin 25,000 units/250 mL", "pharmacy-compounded bags")]))
    lot = luhn_serial(ctx.rng, 8)
    if lang == "fr":
        body = ("Bonjour,\n\nAvis de pénurie : %s. Le fournisseur prévoit un retour en stock dans 6 à 8 semaines "
                "(lots %s et suivants retenus).\n\nAlternative recommandée : %s. Le comité de pharmacologie a approuvé "
                "l'ajustement des ordonnances préimprimées. Pour toute question, joindre la pharmacie de l'USI "
                "au poste 4310.\n" % (drug[0], lot, drug[1]))
        subj = "Avis de pénurie - %s" % drug[0].split(" (")[0]
    else:
        body = ("Hello,\n\nShortage notice: %s. The supplier expects stock back in 6 to 8 weeks (lots %s onward on hold).\n\n"
                "Recommended alternative: %s. Pharmacy & Therapeutics approved the order-set changes. Questions: ICU "
                "pharmacy at ext. 4310.\n" % (drug[0], lot, drug[1]))
        subj = "Shortage notice - %s" % drug[0].split(" (")[0]
    body += signature(ctx, ph, "chu", "pharm", lang)
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "drug_shortage", lang, m, L(lang, "avis de pénurie de médicament", "drug shortage notice"))


def n_recall(ctx, lang):
    d = workday_date(ctx)
    bio, frm = who(ctx, lang, "chu")
    sns = [luhn_serial(ctx.rng, 9) for _ in range(ctx.rng.randrange(3, 7))]
    csv = make_csv([L(lang, "No de série", "Serial number"), L(lang, "Emplacement", "Location"), L(lang, "Statut", "Status")],
                   [[s, "SI-%02d" % ctx.rng.randrange(1, 25), L(lang, "retiré", "removed")] for s in sns], sep=",")
    if lang == "fr":
        body = ("Bonjour,\n\nRappel de classe II - pompes volumétriques P5 (logiciel 3.2.1) : risque d'occlusion non "
                "détectée. Les appareils suivants ont été retirés et remplacés :\n\n%s\n\nMerci de ne pas utiliser "
                "d'appareil portant l'étiquette orange. Liste complète jointe.\n" % "\n".join("- N/S " + s for s in sns))
        subj = "Rappel - pompes volumétriques P5"
    else:
        body = ("Hello,\n\nClass II recall - P5 volumetric pumps (software 3.2.1): risk of undetected occlusion. "
                "The following units were pulled and replaced:\n\n%s\n\nDo not use any device with an orange tag. "
                "Full list attached.\n" % "\n".join("- S/N " + s for s in sns))
        subj = "Recall - P5 volumetric pumps"
    body += signature(ctx, bio, "chu", "ti", lang)
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang,
             atts=[Att(L(lang, "rappel_P5.csv", "P5_recall.csv"), "text/csv", text=csv)] if ctx.chance(0.6) else [])
    return Item(False, "device_recall", lang, m, L(lang, "rappel d'appareils médicaux", "medical device recall"))


def n_it(ctx, lang):
    d = workday_date(ctx)
    when = d.date() + dt.timedelta(days=ctx.rng.randrange(3, 12))
    kind = ctx.rng.randrange(3)
    if lang == "fr":
        body = [("Bonjour,\n\nUne interruption planifiée du système d'information clinique des soins intensifs aura "
                 "lieu le %s de 2 h à 5 h. Pendant l'arrêt, utiliser les feuilles de surveillance papier (procédure "
                 "dégradée PD-07) et saisir les données au retour du système. Les moniteurs continuent d'enregistrer.\n"),
                ("Bonjour,\n\nMise à jour de Windows sur les postes de l'USI le %s. Les postes redémarreront "
                 "automatiquement entre 22 h et 23 h. Sauvegardez vos documents.\n"),
                ("ATTENTION : une campagne d'hameçonnage imitant le portail de paie circule depuis ce matin. "
                 "Ne cliquez pas sur le lien « Vérifier votre dépôt direct ». En cas de doute, transférez le courriel "
                 "à securite.ti@chu-deuxrives.example. Prochaine formation en cybersécurité : %s.\n")][kind] % fmt_date(when, "long", "fr")
        subj = ["Interruption planifiée - SIC soins intensifs", "Mise à jour des postes USI", "Alerte hameçonnage"][kind]
    else:
        body = [("Hello,\n\nA planned outage of the ICU clinical information system will take place on %s from 02:00 to "
                 "05:00. During the outage, use paper flowsheets (downtime procedure PD-07) and back-enter data when "
                 "the system returns. Monitors keep recording.\n"),
                ("Hello,\n\nWindows updates on ICU workstations on %s. Workstations will restart automatically between "
                 "10 and 11 pm. Save your work.\n"),
                ("WARNING: a phishing campaign imitating the payroll portal has been circulating since this morning. "
                 "Do not click the \"Verify your direct deposit\" link. If in doubt, forward the e-mail to "
                 "securite.ti@chu-deuxrives.example. Next cybersecurity training: %s.\n")][kind] % fmt_date(when, "long", "en")
        subj = ["Planned outage - ICU clinical system", "ICU workstation updates", "Phishing alert"][kind]
    ticket = "INC%07d" % ctx.rng.randrange(10 ** 6, 10 ** 7)
    body += L(lang, "\nBillet de référence : %s\n\nCentre de services TI\nPoste 5000\n",
              "\nReference ticket: %s\n\nIT Service Desk\nExt. 5000\n") % ticket
    m = Mail(BOXES["ti"], [BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "it_notice", lang, m, L(lang, "avis TI", "IT notice"))


def n_facilities(ctx, lang):
    d = workday_date(ctx)
    tech, frm = who(ctx, lang, "chu")
    kind = ctx.rng.randrange(3)
    when = fmt_date(d.date() + dt.timedelta(days=ctx.rng.randrange(2, 10)), "long", lang)
    if lang == "fr":
        body = ["Bonjour,\n\nLes chambres à pression négative SI-11 et SI-12 seront hors service le %s pour le "
                "remplacement des filtres HEPA et la certification annuelle (différentiel cible -2,5 Pa). Prévoir les "
                "admissions en isolement aérien à la chambre SI-03.\n",
                "Bonjour,\n\nL'ascenseur 4 (accès direct bloc-USI) sera en entretien le %s de 8 h à 16 h. Utiliser "
                "l'ascenseur 6 avec clé pour les transports de patients intubés.\n",
                "Bonjour,\n\nTravaux de réfection du stationnement P2 à compter du %s. Le personnel de nuit peut "
                "utiliser le P4 sans frais pendant la durée des travaux.\n"][kind] % when
        subj = ["Travaux - chambres à pression négative", "Entretien ascenseur 4", "Stationnement P2 - travaux"][kind]
    else:
        body = ["Hello,\n\nNegative-pressure rooms SI-11 and SI-12 will be out of service on %s for HEPA filter "
                "replacement and annual certification (target differential -2.5 Pa). Please plan airborne isolation "
                "admissions in room SI-03.\n",
                "Hello,\n\nElevator 4 (direct OR-ICU access) will be under maintenance on %s from 8 am to 4 pm. Use "
                "keyed elevator 6 for intubated patient transports.\n",
                "Hello,\n\nResurfacing of parking P2 starts %s. Night staff may use P4 free of charge during the work.\n"][kind] % when
        subj = ["Work - negative-pressure rooms", "Elevator 4 maintenance", "Parking P2 - work"][kind]
    body += signature(ctx, tech, "chu", "ti", lang).replace(
        L(lang, "Analyste, technologies de l'information", "IT Analyst"), L(lang, "Contremaître, services techniques", "Foreman, Facilities"))
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "facilities_notice", lang, m, L(lang, "avis des services techniques", "facilities notice"))


def n_vendor_vcard(ctx, lang):
    d = workday_date(ctx)
    rep, frm = who(ctx, lang, "vendor")
    chief = ctx.staff(lang)
    vcf = make_vcard(rep["given"], rep["surname"], org=ORGS["vendor"][lang],
                     title=L(lang, "Représentant(e) clinique, soins critiques", "Clinical Specialist, Critical Care"),
                     tel_work=ORGS["vendor"]["phone"], tel_cell=ctx.phone("514"), email=frm[1],
                     adr=("WORK", "4400 rue Garand", "Laval", "QC", "H7L 9Z3", "Canada"))
    body = L(lang, "Bonjour Dr %s,\n\nMerci pour l'accueil de jeudi. Comme convenu, nous pouvons prêter deux ventilateurs "
                   "VX-900 pour un essai de 30 jours à l'USI. Vous trouverez mes coordonnées ci-jointes.\n",
             "Dear Dr. %s,\n\nThank you for Thursday. As agreed, we can loan two VX-900 ventilators for a 30-day ICU "
             "trial. My contact card is attached.\n") % chief["surname"]
    body += signature(ctx, rep, "vendor", "achat", lang, style=1).replace(
        L(lang, "Acheteur, approvisionnement", "Buyer, Procurement"), L(lang, "Représentant clinique", "Clinical Specialist"))
    m = Mail(frm, [(dn(chief), "%s.%s@chu-deuxrives.example" % (strip_accents(chief["given"][0]).lower(),
                                                                strip_accents(chief["surname"]).lower()))],
             L(lang, "Essai VX-900 - suivi", "VX-900 trial - follow-up"), body, date=d, lang=lang,
             atts=[Att("%s %s.vcf" % (rep["given"], rep["surname"]), "text/vcard", text=vcf)])
    return Item(False, "vendor_contact", lang, m, L(lang, "suivi de représentant avec vCard", "vendor follow-up with vCard"))


SCENARIOS = {
    "invoice": n_invoice, "purchase_order": n_po, "equipment_inventory": n_inventory, "drug_shortage": n_shortage,
    "device_recall": n_recall, "it_notice": n_it, "facilities_notice": n_facilities, "vendor_contact": n_vendor_vcard,
}
