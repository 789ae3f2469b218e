# -*- coding: utf-8 -*-
"""Negative templates, part C: supply chain, IT, facilities, vendors."""
import datetime as dt

from stdnum import ean

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import signature, text_table, quote
from gen_neg_a import greet, TEAM

SUP = "stomaplus.example"
ITEMS = [("Plaque convexe 1 pièce 28 mm", "1-piece convex flange 28 mm"), ("Sac vidangeable opaque", "Drainable pouch, opaque"),
         ("Anneau moulable 48 mm", "Mouldable ring 48 mm"), ("Mepilex Border 10x10", "Mepilex Border 10x10"),
         ("Aquacel Ag+ 5x5", "Aquacel Ag+ 5x5"), ("Sac urostomie valve", "Urostomy pouch with valve"),
         ("Culotte d'incontinence M", "Incontinence brief M"), ("Sonde hydrophile 14 Fr", "Hydrophilic catheter 14 Fr"),
         ("Pâte protectrice 60 g", "Barrier paste 60 g"), ("Bandage de compression 2 couches", "2-layer compression kit")]


def _gtin(r):
    body = "0" + "".join(r.choice("0123456789") for _ in range(12))
    return body + ean.calc_check_digit(body)


def _lot(r):
    return "%s%d%s" % (r.choice(["L", "LOT", "B"]), r.randint(24000, 25999), r.choice(["A", "B", "C", "K"]))


def n_invoice(x):
    r, L = x.r, x.L
    m = x.msg("invoice", L("facture d'un fournisseur", "supplier invoice"))
    m.frm = (L("StomaPlus - comptes clients", "StomaPlus - accounts receivable"), "facturation@" + SUP)
    m.to = [(L("Comptes fournisseurs CISSS", "CISSS accounts payable"), "comptes.payables@" + C.DOMAIN)]
    inv = "F-%07d" % r.randint(1000000, 9999999)
    acct = C.luhn_serial(r, 9)
    rows = [[L("Article", "Item"), "GTIN", L("Lot", "Lot"), L("Qté", "Qty"), L("Prix", "Price")]]
    tot = 0.0
    for it in r.sample(ITEMS, 4):
        q, p = r.randint(10, 200), round(r.uniform(1.2, 18), 2)
        tot += q * p
        rows.append([it[0 if x.lang == "fr" else 1], _gtin(r), _lot(r), q, "%.2f" % p])
    lines = [L("Facture : ", "Invoice: ") + inv, L("Compte client : ", "Customer account: ") + acct,
             L("Bon de commande : BC-%d" % r.randint(400000, 499999), "PO: BC-%d" % r.randint(400000, 499999)),
             L("Date : ", "Date: ") + C.fmt_date(x.date.date(), "iso"), ""] + \
            ["  ".join(str(c) for c in row) for row in rows] + \
            ["", L("Sous-total : %.2f $" % tot, "Subtotal: $%.2f" % tot), "TPS/GST 123456789 RT0001", "TVQ/QST 1234567890 TQ0001",
             L("Conditions : net 30 jours", "Terms: net 30 days"), "StomaPlus inc., 900 rue Industrielle, Laval (Québec) H7L 0A1, 450 555-0188"]
    m.attach(A.make_pdf(L("FACTURE", "INVOICE") + " " + inv, lines), "application/pdf", "%s.pdf" % inv)
    m.subject = L("Facture %s" % inv, "Invoice %s" % inv)
    m.text = "\n".join([greet(x, group=False), "", L("Veuillez trouver ci-joint notre facture.", "Please find our invoice attached."), "",
                        L("Service à la clientèle StomaPlus", "StomaPlus customer service"), "450 555-0188"])
    return m


def n_po(x):
    r, L = x.r, x.L
    buyer = x.staff("F")
    m = x.msg("purchase_order", L("bon de commande au fournisseur", "purchase order to supplier"))
    m.frm = (buyer.full, C.staff_email(buyer))
    m.to = [(L("Commandes StomaPlus", "StomaPlus orders"), "commandes@" + SUP)]
    po = "BC-%d" % r.randint(400000, 499999)
    rows = [[L("Code", "Code"), L("Description", "Description"), L("Qté", "Qty"), L("Centre de coût", "Cost centre")]]
    for it in r.sample(ITEMS, r.randint(3, 6)):
        rows.append(["SP-%05d" % r.randint(10000, 99999), it[0 if x.lang == "fr" else 1], r.randint(5, 120), "7100-%03d" % r.randint(100, 999)])
    m.subject = L("Bon de commande %s" % po, "Purchase order %s" % po)
    if r.random() < 0.5:
        m.attach(A.make_csv(rows, sep=";"), "text/csv", "%s.csv" % po, text_charset="utf-8")
        m.text = "\n".join([greet(x, group=False), "", L("Commande jointe (CSV). Livraison au quai B, Hôpital Saint-Aurèle.", "Order attached (CSV). Deliver to dock B, Hôpital Saint-Aurèle."),
                            "", signature(buyer, x.lang, L("Approvisionnement", "Procurement"))])
    else:
        m.attach(A.make_xlsx([(po, rows)], author=buyer.full), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "%s.xlsx" % po)
        m.text = "\n".join([greet(x, group=False), "", L("Ci-joint notre commande.", "Our order is attached."), "", signature(buyer, x.lang, L("Approvisionnement", "Procurement"))])
    return m


def n_inventory(x):
    r, L = x.r, x.L
    tech = x.staff()
    m = x.msg("inventory", L("inventaire du matériel de la clinique", "clinic supply inventory"))
    m.frm = (tech.full, C.staff_email(tech))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    rows = [[L("Article", "Item"), L("Lot", "Lot"), L("Expiration", "Expiry"), L("Qté", "Qty"), L("N° série", "Serial")]]
    for it in r.sample(ITEMS, 6):
        rows.append([it[0 if x.lang == "fr" else 1], _lot(r), "%d-%02d" % (r.randint(2025, 2027), r.randint(1, 12)), r.randint(0, 80), C.luhn_serial(r, 10)])
    m.subject = L("Inventaire mensuel - salle de matériel B-110", "Monthly inventory - supply room B-110")
    enc = r.choice(["utf-8", "cp1252"])
    m.attach(A.make_csv(rows, sep=r.choice([",", ";"]), encoding=enc), "text/csv",
             L("inventaire.csv", "inventory.csv"), text_charset="utf-8" if enc == "utf-8" else "windows-1252")
    m.text = "\n".join([greet(x), "", L("Inventaire joint. Les articles à 0 sont commandés.", "Inventory attached. Items at 0 have been ordered."), tech.given])
    return m


def n_recall(x):
    r, L = x.r, x.L
    m = x.msg("recall", L("avis de rappel de produit", "product recall notice"))
    m.frm = (L("Gestion des risques - approvisionnement", "Risk management - supply"), "rappels@" + C.DOMAIN)
    m.to = [(L("Tout le personnel", "All staff"), "tous@" + C.DOMAIN)]
    it = r.choice(ITEMS)
    lots = [_lot(r) for _ in range(3)]
    m.subject = L("RAPPEL - %s, lots %s" % (it[0], ", ".join(lots)), "RECALL - %s, lots %s" % (it[1], ", ".join(lots)))
    m.text = "\n".join([L("Avis de rappel de classe II", "Class II recall notice"), "",
                        L("Produit : ", "Product: ") + it[0 if x.lang == "fr" else 1], "GTIN : " + _gtin(r),
                        L("Lots visés : ", "Affected lots: ") + ", ".join(lots),
                        L("Problème : adhésif défectueux pouvant causer des fuites et des irritations cutanées.",
                          "Issue: defective adhesive that may cause leaks and skin irritation."),
                        L("Action : retirer des unités et retourner au magasin central. Aucune action requise auprès des usagers déjà appareillés, "
                          "sauf en cas de fuite.", "Action: remove from units and return to central stores. No action for patients already fitted unless leaking."),
                        "", L("Gestion des risques, poste 2400", "Risk management, ext. 2400")])
    return m


def n_shortage(x):
    r, L = x.r, x.L
    ph = x.staff("F")
    drug = r.choice([("sulfadiazine d'argent 1 % (Flamazine)", "silver sulfadiazine 1% (Flamazine)"),
                     ("lopéramide 2 mg", "loperamide 2 mg"), ("nystatine poudre", "nystatin powder"),
                     ("mirabégron 25 mg", "mirabegron 25 mg")])
    m = x.msg("drug_shortage", L("avis de pénurie de médicament", "drug shortage notice"))
    m.frm = (ph.full, C.staff_email(ph))
    m.to = [(L("Prescripteurs et infirmières", "Prescribers and nurses"), "prescripteurs@" + C.DOMAIN)]
    m.subject = L("Pénurie - %s" % drug[0], "Shortage - %s" % drug[1])
    m.text = "\n".join([greet(x), "", L("Le fournisseur annonce une rupture de %s jusqu'en mars." % drug[0],
                                        "The supplier reports %s out of stock until March." % drug[1]),
                        L("Alternatives au formulaire : consulter la pharmacie; pour les plaies, privilégier les pansements à l'argent.",
                          "Formulary alternatives: ask pharmacy; for wounds, use silver dressings."),
                        L("Ne pas faire de réserve sur les unités.", "Please do not stockpile on units."), "",
                        signature(ph, x.lang, K.role("pharm", ph, x.lang))])
    return m


def n_assets(x):
    r, L = x.r, x.L
    bio = x.staff()
    m = x.msg("asset_list", L("liste des appareils TPN et entretien", "NPWT pump asset list and maintenance"))
    m.frm = (bio.full, C.staff_email(bio))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    rows = [[L("N° actif", "Asset no."), L("N° série", "Serial no."), L("Modèle", "Model"), L("Dernier entretien", "Last service"), L("Statut", "Status")]]
    for _ in range(r.randint(5, 9)):
        rows.append(["GBM-%05d" % r.randint(10000, 99999), C.luhn_serial(r, r.choice([9, 10, 12])), r.choice(["VAC Ulta", "ActiV.A.C.", "PICO 7", "Renasys Touch"]),
                     C.fmt_date(x.date.date() - dt.timedelta(days=r.randint(10, 300)), "iso"), r.choice(L(["en service", "à réparer", "en prêt"], ["in service", "repair", "on loan"]))])
    m.subject = L("Parc d'appareils TPN - entretien préventif", "NPWT pumps - preventive maintenance")
    m.attach(A.make_xlsx([(L("Appareils", "Devices"), rows)], author=bio.full), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             L("parc_TPN.xlsx", "npwt_assets.xlsx"))
    m.text = "\n".join([greet(x), "", L("Liste à jour ci-jointe; les appareils « à réparer » doivent être apportés au génie biomédical.",
                                        "Updated list attached; units marked 'repair' must go to biomedical engineering."), "",
                        bio.full, L("Génie biomédical", "Biomedical engineering"), "450 555-0170"])
    return m


def n_it(x):
    r, L = x.r, x.L
    kind = r.choice(["downtime", "app", "phishing", "password"])
    m = x.msg("it_notice", L("avis informatique", "IT notice"))
    m.frm = (L("Soutien informatique", "IT support"), "soutien.ti@" + C.DOMAIN)
    m.to = [(L("Utilisateurs SPSC", "WOC users"), TEAM)]
    if kind == "downtime":
        d = x.date.date() + dt.timedelta(days=r.randint(2, 10))
        m.subject = L("Arrêt planifié du dossier clinique informatisé - %s" % C.fmt_date(d, "iso"), "Planned EHR downtime - %s" % C.fmt_date(d, "iso"))
        body = [L("Le DCI sera indisponible de 22 h à 2 h. Utilisez les formulaires papier AH-SPSC-04 pour vos notes d'évaluation de plaies.",
                  "The EHR will be unavailable 10 pm to 2 am. Use paper forms AH-SPSC-04 for wound assessment notes.")]
    elif kind == "app":
        m.subject = L("Nouvelle application de photos de plaies", "New wound photo app")
        body = [L("L'application PlaieCam remplace les appareils photo. Les photos sont versées directement au dossier; ne plus les envoyer par courriel.",
                  "The WoundCam app replaces cameras. Photos go straight to the chart; stop sending them by e-mail."),
                L("Formation : mardi 13 h, salle B-214. Numéro d'inventaire des tablettes : TAB-%05d à TAB-%05d." % (r.randint(10000, 10100), r.randint(10200, 10300)),
                  "Training: Tuesday 1 pm, room B-214. Tablet inventory numbers: TAB-%05d to TAB-%05d." % (r.randint(10000, 10100), r.randint(10200, 10300)))]
    elif kind == "phishing":
        m.subject = L("[ALERTE] Courriel frauduleux « Résultats de laboratoire »", "[ALERT] Phishing e-mail 'Lab results'")
        body = [L("Un courriel frauduleux circule avec l'objet « Résultats de laboratoire disponibles ». Ne cliquez pas sur le lien.",
                  "A phishing e-mail titled 'Lab results available' is circulating. Do not click the link."),
                L("Signalez-le avec le bouton « Signaler ».", "Report it with the 'Report' button.")]
    else:
        m.subject = L("Votre mot de passe expire dans 5 jours", "Your password expires in 5 days")
        body = [L("Changez votre mot de passe avant l'expiration. Billet de référence : INC%07d." % r.randint(1000000, 9999999),
                  "Change your password before it expires. Reference ticket: INC%07d." % r.randint(1000000, 9999999))]
    m.text = "\n".join([greet(x), ""] + body + ["", L("Centre de services TI - poste 4357", "IT service desk - ext. 4357")])
    return m


def n_facilities(x):
    r, L = x.r, x.L
    m = x.msg("facilities", L("avis des installations matérielles", "facilities notice"))
    m.frm = (L("Services techniques", "Facilities"), "installations@" + C.DOMAIN)
    m.to = [(L("Occupants - aile B", "Occupants - wing B"), "aile.b@" + C.DOMAIN)]
    kind = r.choice(["move", "elevator", "water", "parking"])
    d = x.date.date() + dt.timedelta(days=r.randint(3, 21))
    body = {
        "move": L("La clinique SPSC déménage du local B-110 au local C-205 le %s. Les usagers seront dirigés par l'accueil." % C.fmt_date(d, "fr_long"),
                  "The WOC clinic moves from B-110 to C-205 on %s. Patients will be redirected by reception." % C.fmt_date(d, "en_long")),
        "elevator": L("L'ascenseur 3 sera hors service le %s. Prévoir du temps pour les usagers en fauteuil roulant." % C.fmt_date(d, "fr_long"),
                      "Elevator 3 will be out of service on %s. Allow extra time for wheelchair users." % C.fmt_date(d, "en_long")),
        "water": L("Coupure d'eau chaude dans l'aile B le %s de 6 h à 10 h." % C.fmt_date(d, "fr_long"),
                   "Hot water shut-off in wing B on %s from 6 to 10 am." % C.fmt_date(d, "en_long")),
        "parking": L("Le stationnement P2 sera fermé pour le déneigement le %s. Utilisez P4." % C.fmt_date(d, "fr_long"),
                     "Parking P2 will be closed for snow removal on %s. Use P4." % C.fmt_date(d, "en_long")),
    }[kind]
    m.subject = L("Avis - aile B", "Notice - wing B")
    m.text = "\n".join([greet(x), "", body, "", L("Services techniques, %s" % C.SITES[0][1], "Facilities, %s" % C.SITES[0][1]), "450 555-0175"])
    return m


def n_vendor_card(x):
    r, L = x.r, x.L
    rep = x.staff()
    mgr = x.staff("F")
    m = x.msg("vendor_contact", L("fiche vCard d'un représentant", "sales representative vCard"))
    m.frm = (rep.full, C.staff_email(rep, SUP))
    m.to = [(mgr.full, C.staff_email(mgr))]
    vc = A.make_vcard(rep.full, rep.given, rep.surname, tel=("WORK", "450 555-01%02d" % r.randint(80, 87)),
                      email=C.staff_email(rep, SUP), org="StomaPlus inc.", title=L("Représentant, soins de stomie", "Ostomy care representative"))
    m.attach(vc, "text/vcard", "%s.vcf" % C.fold(rep.surname), text_charset="utf-8")
    m.subject = L("Suivi de notre rencontre - échantillons", "Follow-up on our meeting - samples")
    m.text = "\n".join([greet(x, mgr), "", L("Merci pour la rencontre. Les échantillons de plaques convexes arriveront jeudi. Mes coordonnées sont jointes.",
                                             "Thanks for meeting. Convex flange samples arrive Thursday. My contact card is attached."), "",
                        rep.full, "StomaPlus inc.", "450 555-0188"])
    return m


def n_webinar(x):
    r, L = x.r, x.L
    sp = x.staff("F")
    m = x.msg("webinar", L("invitation à un webinaire de fournisseur", "vendor webinar invitation"))
    m.frm = ("StomaPlus Academy", "academy@" + SUP)
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    st = dt.datetime.combine(x.date.date() + dt.timedelta(days=r.randint(7, 30)), dt.time(12, 0))
    topic = L("Complications cutanées péristomiales : cas et solutions", "Peristomal skin complications: cases and solutions")
    m.attach(A.make_ics("web-%d@%s" % (r.randint(1000, 9999), SUP), st, st + dt.timedelta(hours=1), topic,
                        L("Conférencière : %s, ISPSC(C). Aucun cas identifiable ne sera présenté." % sp.full,
                          "Speaker: %s, NSWOC. No identifiable cases will be shown." % sp.full),
                        "https://academy.stomaplus.example/webinar", ("StomaPlus Academy", "academy@" + SUP)),
             "text/calendar; method=REQUEST", "webinar.ics", text_charset="utf-8")
    m.subject = L("Webinaire : ", "Webinar: ") + topic
    m.text = "\n".join([greet(x), "", L("Vous êtes invités à notre webinaire gratuit. Attestation de 1 h remise.", "You are invited to our free webinar. 1-hour certificate provided."),
                        "", "StomaPlus Academy"])
    return m


def n_budget_thread(x):
    r, L = x.r, x.L
    a, b = x.staff("F"), x.staff()
    m = x.msg("budget_thread", L("fil de discussion sur le budget des fournitures", "thread about supplies budget"))
    m.frm = (a.full, C.staff_email(a))
    m.to = [(b.full, C.staff_email(b))]
    osub = L("Budget fournitures stomie 2025-2026", "Ostomy supplies budget 2025-2026")
    orig = L("Les dépenses en plaques convexes ont augmenté de %d %% (hausse des iléostomies post-colectomie). Peux-tu préparer une projection?" % r.randint(8, 30),
             "Convex flange spending is up %d%% (more ileostomies after colectomy). Can you prepare a projection?" % r.randint(8, 30))
    m.subject = "RE: " + osub
    m.text = "\n".join([L("Projection jointe : +%d k$ si la tendance se maintient." % r.randint(12, 60), "Projection attached: +$%dk if the trend continues." % r.randint(12, 60)),
                        a.given, "", quote(orig, b.full, C.staff_email(b), x.date - dt.timedelta(days=1), x.lang, r.choice(["gmail", "outlook"]), osub)])
    rows = [[L("Mois", "Month"), L("Dépense ($)", "Spend ($)")]] + [[C.MONTHS[k][:3], r.randint(9000, 16000)] for k in range(12)]
    m.attach(A.make_xlsx([("2025", rows)]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "projection_budget.xlsx")
    return m


def n_training_ics(x):
    r, L = x.r, x.L
    cns = x.staff("F")
    m = x.msg("training_invite", L("invitation de formation pour le personnel", "staff training invitation"))
    m.frm = (cns.full, C.staff_email(cns))
    att = [x.staff() for _ in range(3)]
    m.to = [(p.full, C.staff_email(p)) for p in att]
    st = dt.datetime.combine(x.date.date() + dt.timedelta(days=r.randint(5, 25)), dt.time(13, 30))
    topic = r.choice(L(["Formation TPN - niveau 1", "Atelier compression multicouche", "Atelier appareillage convexe"],
                       ["NPWT training - level 1", "Multilayer compression workshop", "Convex pouching workshop"]))
    m.attach(A.make_ics("form-%d@%s" % (r.randint(1000, 9999), C.DOMAIN), st, st + dt.timedelta(hours=2), topic,
                        L("Pratique sur mannequin. Apportez votre carte d'employé.", "Hands-on with manikins. Bring your staff ID."),
                        C.SITES[0][0] + ", B-214", (cns.full, C.staff_email(cns)), [(p.full, C.staff_email(p)) for p in att]),
             "text/calendar; method=REQUEST", "invite.ics", text_charset="utf-8")
    m.subject = L("Invitation : ", "Invitation: ") + topic
    m.text = "\n".join([greet(x), "", L("Vous êtes inscrits à la formation. Merci de confirmer.", "You are registered for the training. Please confirm."), "",
                        signature(cns, x.lang, K.role("cns", cns, x.lang))])
    return m


NEG_C = [n_invoice, n_po, n_inventory, n_recall, n_shortage, n_assets, n_it, n_facilities, n_vendor_card,
         n_webinar, n_budget_thread, n_training_ics]
