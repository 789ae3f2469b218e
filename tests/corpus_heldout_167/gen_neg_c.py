"""Negative scenarios, part C: invoices, purchase orders, inventories, IT, facilities, statistics,
equipment QA, de-identified incidents, couriers, staff meetings."""
import datetime

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
from gen_ctx import greet, sig, thanks
from gen_people import email_local
from gen_neg_a import DOCX, EXTERNAL_PEOPLE, XLSX


def _money(x, lang):
    s = "{:,.2f}".format(x)
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " $"
    return "$" + s


def n_invoice(ctx, lang):
    fr = lang == "fr"
    sup = D.PARTNERS[ctx.choice(["supplier1", "supplier2", "supplier3"])]
    sender = (("Comptes recevables - " + sup[0]) if fr else (sup[1] + " Accounts Receivable"), "facturation@" + sup[2])
    m = ctx.mail(lang, "invoice", sender, [("Comptes payables HRVB" if fr else "HRVB Accounts Payable", "comptes.payables@" + D.DOMAIN)], cc=[ctx.st("procure")])
    inv = "F%d-%05d" % (ctx.now.year % 100, ctx.rng.randrange(10000, 99999))
    client = "%06d" % ctx.rng.randrange(100000, 999999)
    items = [("Pompe volumétrique VP-300" if fr else "VP-300 volumetric pump", 2, 4850.0, I.make_luhn_serial(ctx.rng, 9)),
             ("Contrat d'entretien annuel" if fr else "Annual service contract", 1, 1290.0, ""),
             ("Dispositif de transfert en système clos (boîte de 50)" if fr else "Closed-system transfer device (box of 50)", ctx.rng.randrange(4, 20), 212.5, "")]
    rows = [["Description", "Qté" if fr else "Qty", "Prix unitaire" if fr else "Unit price", "No de série" if fr else "Serial no."]]
    total = 0
    for d, q, p, s in items:
        rows.append([d, str(q), _money(p, lang), s])
        total += q * p
    tps, tvq = total * 0.05, total * 0.09975
    if fr:
        m.subject = "Facture %s - client %s" % (inv, client)
        m.add("Bonjour,", "Veuillez trouver ci-joint la facture %s." % inv,
              M.Pre("No de client : %s\nBon de commande : BC-%d\nDate de facture : %s\nÉchéance : net 30 jours\nSous-total : %s\nTPS : %s\nTVQ : %s\nTotal : %s" % (
                  client, ctx.rng.randrange(400000, 499999), I.fmt_date(ctx.now.date(), "iso", lang), _money(total, lang), _money(tps, lang), _money(tvq, lang), _money(total + tps + tvq, lang))),
              M.Sig([sup[0], "Comptes recevables", "1-800-555-0151", "TPS 81234 5678 RT0001"]))
    else:
        m.subject = "Invoice %s - customer %s" % (inv, client)
        m.add("Hello,", "Please find attached invoice %s." % inv,
              M.Pre("Customer no.: %s\nPO: BC-%d\nInvoice date: %s\nTerms: net 30\nSubtotal: %s\nGST: %s\nQST: %s\nTotal: %s" % (
                  client, ctx.rng.randrange(400000, 499999), I.fmt_date(ctx.now.date(), "iso", lang), _money(total, lang), _money(tps, lang), _money(tvq, lang), _money(total + tps + tvq, lang))),
              M.Sig([sup[1], "Accounts Receivable", "1-800-555-0151"]))
    m.atts.append(M.Att(A.pdf(("Facture %s" if fr else "Invoice %s") % inv, ["Facturé à : HRVB, Comptes payables, " + D.CLINIC_ADDR if fr else "Bill to: HRVB Accounts Payable, " + D.CLINIC_ADDR_EN,
                                                                          ("table", rows)]), "application/pdf", "%s.pdf" % inv))
    m.note = "supplier invoice with serial numbers"
    return m


def n_po(ctx, lang):
    fr = lang == "fr"
    buyer = ctx.st("procure")
    sup = D.PARTNERS[ctx.choice(["supplier1", "supplier2", "supplier3"])]
    m = ctx.mail(lang, "purchase_order", buyer, [(sup[0] if fr else sup[1], "commandes@" + sup[2])], cc=[ctx.st("pharm")])
    po = "BC-%d" % ctx.rng.randrange(400000, 499999)
    rows = [["Article" if fr else "Item", "Code", "Qté" if fr else "Qty", "UM" if fr else "UOM"]]
    cat = [("Blouses de protection chimio, taille L", "Chemo protective gowns, size L"), ("Gants nitrile testés ASTM D6978", "ASTM D6978 nitrile gloves"),
           ("Sacs de transport médicaments dangereux", "Hazardous drug transport bags"), ("Tampons alcool 70 %", "70% alcohol swabs"),
           ("Trousses de déversement cytotoxique", "Cytotoxic spill kits"), ("Seringues Luer-lock 10 mL", "10 mL Luer-lock syringes")]
    for it in ctx.rng.sample(cat, 4):
        rows.append([it[0] if fr else it[1], "%d-%04d" % (ctx.rng.randrange(10, 99), ctx.rng.randrange(1000, 9999)), str(ctx.rng.randrange(2, 40)), ctx.choice(["CS", "BT", "UN"])])
    if fr:
        m.subject = "Bon de commande %s" % po
        m.add(greet(ctx, lang), "Voici notre bon de commande %s. Livraison au quai de réception, à l'attention de la pharmacie oncologie, local B-020." % po)
    else:
        m.subject = "Purchase order %s" % po
        m.add(greet(ctx, lang), "Please find our purchase order %s. Deliver to the receiving dock, attn: oncology pharmacy, room B-020." % po)
    if ctx.chance(0.5):
        m.add(M.Table(rows))
    else:
        m.atts.append(M.Att(A.xlsx([(po, rows)], author=buyer.full, when=ctx.now), XLSX, "%s.xlsx" % po))
    m.add(sig(ctx, buyer, lang))
    m.note = "purchase order for supplies"
    return m


def n_inventory(ctx, lang):
    fr = lang == "fr"
    atp = ctx.st("atp")
    m = ctx.mail(lang, "inventory", atp, [ctx.st("pharm")], cc=[ctx.st("procure")] if ctx.chance(0.5) else [])
    rows = [["Médicament" if fr else "Drug", "Concentration", "Lot", "Exp.", "Qté" if fr else "Qty"]]
    drugs = ["carboplatine" if fr else "carboplatin", "paclitaxel", "oxaliplatine" if fr else "oxaliplatin", "gemcitabine", "rituximab", "pembrolizumab",
             "trastuzumab", "étoposide" if fr else "etoposide", "ondansétron" if fr else "ondansetron"]
    for dname in ctx.rng.sample(drugs, 6):
        rows.append([dname, ctx.choice(["10 mg/mL", "6 mg/mL", "5 mg/mL", "100 mg/10 mL", "25 mg/mL"]),
                     ctx.choice([I.make_luhn_serial(ctx.rng, 9), I.make_mod97_lot(ctx.rng), "L%d%s" % (ctx.rng.randrange(10000, 99999), ctx.choice("ABCX"))]),
                     I.fmt_date(ctx.future(60, 500), "iso", lang), str(ctx.rng.randrange(0, 60))])
    if fr:
        m.subject = ctx.choice(["Inventaire hotte chimio - fin de mois", "Décompte inventaire oncologie %s" % I.MOIS[ctx.now.month - 1]])
        m.add(greet(ctx, lang), "Voici le décompte. Le paclitaxel est sous le seuil de commande, et un lot d'oxaliplatine expire dans moins de 90 jours.")
    else:
        m.subject = ctx.choice(["Chemo hood inventory - month end", "Oncology inventory count %s" % I.MONTHS[ctx.now.month - 1]])
        m.add(greet(ctx, lang), "Count below. Paclitaxel is under the reorder point and one oxaliplatin lot expires in under 90 days.")
    mode = ctx.rng.randrange(3)
    if mode == 0:
        m.add(M.Table(rows))
    elif mode == 1:
        m.atts.append(M.Att(A.xlsx([("Inventaire" if fr else "Inventory", rows)], author=atp.full, when=ctx.now), XLSX, "inventaire_%s.xlsx" % ctx.now.strftime("%Y-%m")))
    else:
        m.atts.append(M.Att(A.csv_text(rows, ";"), "text/csv", "inventaire_%s.csv" % ctx.now.strftime("%Y%m"), charset=ctx.choice(["windows-1252", "utf-8", "iso-8859-1"]),
                            cte=ctx.choice(["base64", "quoted-printable", "8bit"])))
    m.add(sig(ctx, atp, lang))
    m.note = "pharmacy inventory count with lots"
    return m


def n_it(ctx, lang):
    fr = lang == "fr"
    it = ctx.st("it")
    m = ctx.mail(lang, "it_notice", it, [("Utilisateurs oncologie" if fr else "Oncology users", "onco-tous@" + D.DOMAIN)])
    kind = ctx.rng.randrange(3)
    d = ctx.future(2, 12)
    ticket = "INC%07d" % ctx.rng.randrange(1000000, 9999999)
    if fr:
        m.subject = ["Arrêt planifié OncoPrescrit - %s" % I.fmt_date(d, "dmy", lang), "Billet %s - imprimante poste B-2 résolu" % ticket, "Rappel : changement de mot de passe"][kind]
        m.add(greet(ctx, lang), ["Le logiciel de prescription OncoPrescrit sera indisponible le %s de 22h à 2h pour mise à niveau (v8.3). Utiliser les ordonnances papier de relève pendant l'arrêt." % I.fmt_date(d, "long", lang),
                                 "Le billet %s est fermé : l'imprimante d'étiquettes du poste B-2 a été remplacée (no de série %s)." % (ticket, I.make_luhn_serial(ctx.rng, 10)),
                                 "Votre mot de passe expire dans 7 jours. Ne le communiquez jamais par courriel ou par téléphone; le soutien ne vous le demandera jamais."][kind],
              M.Sig([it.full, "Soutien informatique - poste 5555", "Ouvrir un billet : soutien@%s" % D.DOMAIN]))
    else:
        m.subject = ["Planned OncoPrescrit outage - %s" % I.fmt_date(d, "iso", lang), "Ticket %s - station B-2 printer resolved" % ticket, "Reminder: password change"][kind]
        m.add(greet(ctx, lang), ["OncoPrescrit prescribing will be down on %s from 22:00 to 02:00 for the v8.3 upgrade. Use downtime paper orders." % I.fmt_date(d, "long", lang),
                                 "Ticket %s closed: the B-2 label printer was replaced (serial %s)." % (ticket, I.make_luhn_serial(ctx.rng, 10)),
                                 "Your password expires in 7 days. Never share it by e-mail or phone; support will never ask for it."][kind],
              M.Sig([it.full, "IT Service Desk - ext. 5555", "Open a ticket: soutien@%s" % D.DOMAIN]))
    m.note = "IT notice"
    return m


def n_facilities(ctx, lang):
    fr = lang == "fr"
    fac = ctx.st("facilities")
    m = ctx.mail(lang, "facilities", fac, [ctx.st("manager"), ctx.st("pharm")])
    kind = ctx.rng.randrange(3)
    d = ctx.future(2, 10)
    if fr:
        m.subject = ["Salle blanche - pression différentielle", "Travaux ascenseur 3 - pavillon Lamarre", "Coupure d'eau chaude le %s" % I.fmt_date(d, "dmy", lang)][kind]
        m.add(greet(ctx, lang), ["L'alarme de pression négative de la salle de préparation des médicaments dangereux s'est déclenchée à 6h10. Le filtre HEPA de l'unité CTA-%d sera remplacé %s. La pharmacie doit suspendre les préparations pendant 2 heures." % (ctx.rng.randrange(1, 9), I.day_name(d, lang)),
                                 "L'ascenseur 3 sera hors service du %s au %s. Les patients en fauteuil roulant pour la radio-oncologie devront utiliser l'ascenseur 1 (accompagnement par les bénévoles)." % (I.fmt_date(d, "long", lang), I.fmt_date(d + datetime.timedelta(days=4), "long", lang)),
                                 "Une coupure d'eau chaude est prévue le %s entre 13h et 15h dans l'aile B (centre de jour inclus)." % I.fmt_date(d, "long", lang)][kind],
              sig(ctx, fac, lang))
    else:
        m.subject = ["Clean room - differential pressure", "Elevator 3 work - Lamarre Pavilion", "Hot water shutdown on %s" % I.fmt_date(d, "iso", lang)][kind]
        m.add(greet(ctx, lang), ["The negative-pressure alarm in the hazardous drug prep room went off at 06:10. The HEPA filter on AHU-%d will be replaced %s. Pharmacy must pause compounding for 2 hours." % (ctx.rng.randrange(1, 9), I.day_name(d, lang)),
                                 "Elevator 3 will be out of service from %s to %s. Wheelchair users coming to radiation oncology should use elevator 1 (volunteers will escort)." % (I.fmt_date(d, "long", lang), I.fmt_date(d + datetime.timedelta(days=4), "long", lang)),
                                 "Hot water will be shut off on %s from 13:00 to 15:00 in wing B (including the day centre)." % I.fmt_date(d, "long", lang)][kind],
              sig(ctx, fac, lang))
    m.note = "facilities notice"
    return m


def n_stats(ctx, lang):
    fr = lang == "fr"
    mgr = ctx.st(ctx.choice(["manager", "quality"]))
    m = ctx.mail(lang, "aggregate_stats", mgr, [ctx.st("hemonc"), ("Comité de direction oncologie" if fr else "Oncology leadership", "onco-direction@" + D.DOMAIN)])
    months = [(ctx.now.month - k - 1) % 12 + 1 for k in range(3)][::-1]
    rows = [["Indicateur" if fr else "Indicator"] + [(I.MOIS if fr else I.MONTHS)[mo - 1] for mo in months]]
    labels = (["Traitements administrés", "Taux d'occupation des fauteuils (%)", "Appels ligne symptômes", "Visites à l'urgence < 30 j post-chimio",
               "Nouveaux patients vus < 28 j (%)", "Extravasations (n)"] if fr else
              ["Treatments given", "Chair occupancy (%)", "Symptom line calls", "ED visits < 30 d post-chemo", "New patients seen < 28 d (%)", "Extravasations (n)"])
    ranges = [(900, 1500), (70, 98), (150, 320), (20, 60), (80, 97), (0, 4)]
    for lab, (lo, hi) in zip(labels, ranges):
        rows.append([lab] + [str(ctx.rng.randrange(lo, hi)) for _ in months])
    if fr:
        m.subject = "Tableau de bord trimestriel - centre de jour d'oncologie"
        m.add(greet(ctx, lang), "Voici les indicateurs du trimestre (données agrégées, aucune donnée nominative). Hausse des appels à la ligne symptômes liée à l'immunothérapie.")
    else:
        m.subject = "Quarterly dashboard - oncology day centre"
        m.add(greet(ctx, lang), "Quarterly indicators below (aggregate data, nothing nominative). Symptom line calls up, driven by immunotherapy.")
    if ctx.chance(0.5):
        m.add(M.Table(rows))
        m.hints["body"] = ctx.choice(["html", "alt"])
    else:
        m.atts.append(M.Att(A.xlsx([("Indicateurs" if fr else "Indicators", rows)], author=mgr.full, when=ctx.now), XLSX, "tableau_de_bord_T%d.xlsx" % ((ctx.now.month - 1) // 3 + 1)))
    m.add(sig(ctx, mgr, lang))
    m.note = "aggregate quarterly statistics"
    return m


def n_linac_qa(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["dosi", "rtt", "radonc"]))
    m = ctx.mail(lang, "equipment_qa", sender, [("Radio-oncologie - tous" if fr else "Radiation oncology - all", "radonc-tous@" + D.DOMAIN)])
    sn = I.make_luhn_serial(ctx.rng, 10)
    d = ctx.future(3, 14)
    if fr:
        m.subject = "Entretien préventif accélérateur LINAC-%d (S/N %s)" % (ctx.rng.randrange(1, 4), sn)
        m.add(greet(ctx, lang), "L'accélérateur sera fermé le %s pour l'entretien préventif du fabricant et le contrôle de qualité annuel (TG-142). Les traitements de la journée sont déplacés vers les deux autres appareils; les agentes ont déjà replanifié l'horaire." % I.fmt_date(d, "long", lang),
              "Numéro de contrat de service : %s." % I.make_mod97_lot(ctx.rng), sig(ctx, sender, lang))
    else:
        m.subject = "Preventive maintenance LINAC-%d (S/N %s)" % (ctx.rng.randrange(1, 4), sn)
        m.add(greet(ctx, lang), "The linac will be down on %s for vendor PM and annual QA (TG-142). That day's treatments move to the other two machines; the clerks have already rebooked." % I.fmt_date(d, "long", lang),
              "Service contract no.: %s." % I.make_mod97_lot(ctx.rng), sig(ctx, sender, lang))
    m.note = "linac maintenance notice with serial number"
    return m


def n_incident_deid(ctx, lang):
    fr = lang == "fr"
    q = ctx.st("quality")
    m = ctx.mail(lang, "deidentified_incident", q, [ctx.st("manager"), ctx.st("pharm"), ("Équipe centre de jour" if fr else "Day centre team", "cdj-equipe@" + D.DOMAIN)])
    kind = ctx.rng.randrange(2)
    if fr:
        m.subject = ctx.choice(["Capsule sécurité - leçons apprises", "Retour sur un événement indésirable (dénominalisé)"])
        m.add(greet(ctx, lang), ["Le mois dernier, une perfusion de paclitaxel a été débutée sans la prémédication complète. Le patient a présenté une réaction légère, résolue rapidement. Aucune conséquence durable.",
                                 "Un sac de 5-FU a été programmé avec un débit erroné sur une pompe ambulatoire; l'erreur a été détectée à la double vérification. Aucun patient n'a été atteint."][kind],
              "Mesures : rappel de la double vérification indépendante, ajout d'une case à cocher à l'ordonnance pré-imprimée. Ce résumé ne contient aucune donnée permettant d'identifier la personne concernée.",
              sig(ctx, q, lang))
    else:
        m.subject = ctx.choice(["Safety huddle - lessons learned", "Adverse event review (de-identified)"])
        m.add(greet(ctx, lang), ["Last month a paclitaxel infusion was started without the full premedication. The patient had a mild reaction that resolved quickly. No lasting harm.",
                                 "A 5-FU bag was programmed at the wrong rate on an ambulatory pump; the error was caught at the double check. No patient was reached."][kind],
              "Actions: reminder of independent double checks, a checkbox added to the pre-printed order. This summary contains nothing that identifies the person involved.", sig(ctx, q, lang))
    m.note = "de-identified safety incident summary"
    return m


def n_courier(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["clerk", "atp"]))
    m = ctx.mail(lang, "courier", sender, [("Messagerie Express Trois-Lacs" if fr else "Trois-Lacs Express Courier", "cueillette@messagerie3l.example")])
    tracks = [I.make_luhn_serial(ctx.rng, 12) for _ in range(ctx.rng.randrange(1, 4))]
    if fr:
        m.subject = "Cueillette - %d boîte(s) pour le laboratoire régional" % len(tracks)
        m.add(greet(ctx, lang), "Cueillette demandée aujourd'hui avant 15h au quai B : %d boîte(s) UN3373, spécimens réfrigérés. Bordereaux : %s." % (len(tracks), ", ".join(tracks)),
              "Adresse de livraison : %s, 400 rue de la Santé, Val-Brûlé." % D.PARTNERS["lab"][0], sig(ctx, sender, lang))
    else:
        m.subject = "Pickup - %d box(es) for the regional lab" % len(tracks)
        m.add(greet(ctx, lang), "Pickup requested today before 3 pm at dock B: %d box(es) UN3373, refrigerated specimens. Waybills: %s." % (len(tracks), ", ".join(tracks)),
              "Deliver to: %s, 400 Santé Street, Val-Brûlé." % D.PARTNERS["lab"][1], sig(ctx, sender, lang))
    m.note = "courier pickup request with tracking numbers"
    return m


def n_meeting(ctx, lang):
    fr = lang == "fr"
    mgr = ctx.st(ctx.choice(["manager", "hemonc", "ipo"]))
    attendees = ctx.rng.sample(ctx.staff["ipo"] + ctx.staff["nurse"] + ctx.staff["sw"], 4)
    d = ctx.future(2, 12)
    start = datetime.datetime(d.year, d.month, d.day, ctx.rng.randrange(8, 15), 0)
    m = ctx.mail(lang, "staff_meeting", mgr, attendees)
    if fr:
        summ = ctx.choice(["Rencontre d'équipe IPO", "Caucus interdisciplinaire - trajectoire poumon", "Planification des Fêtes"])
        m.subject = "Invitation : %s" % summ
        m.add(greet(ctx, lang), "Je vous propose une rencontre le %s à %dh (45 min). Ordre du jour : charge de cas, couverture de la ligne symptômes, projet de clinique d'accès rapide." % (
            I.fmt_date(d, "long", lang), start.hour), sig(ctx, mgr, lang, short=True))
    else:
        summ = ctx.choice(["IPO team meeting", "Interdisciplinary huddle - lung pathway", "Holiday planning"])
        m.subject = "Invitation: %s" % summ
        m.add(greet(ctx, lang), "Proposing a meeting on %s at %d:00 (45 min). Agenda: caseloads, symptom line coverage, rapid-access clinic project." % (
            I.fmt_date(d, "long", lang), start.hour), sig(ctx, mgr, lang, short=True))
    cal = A.ics("mtg-%s-%d@%s" % (d.strftime("%Y%m%d"), ctx.serial, D.DOMAIN), summ, start, start + datetime.timedelta(minutes=45),
                "Salle C-3 / Teams", "Rencontre d'équipe" if fr else "Team meeting", (mgr.full, mgr.email), [(a.full, a.email) for a in attendees],
                stamp=ctx.now.replace(tzinfo=None))
    if ctx.chance(0.5):
        m.calendar = cal
        m.hints["body"] = "alt"
    else:
        m.atts.append(M.Att(cal, "text/calendar", "invitation.ics", charset="utf-8", cte=ctx.choice(["base64", "8bit"])))
    m.note = "staff meeting invitation"
    return m


def n_vendor(ctx, lang):
    fr = lang == "fr"
    sup = D.PARTNERS["supplier3"]
    g, s, sx = ctx.choice(EXTERNAL_PEOPLE)
    rep = ("%s %s" % (g, s), "%s@%s" % (email_local(g, s), sup[2]))
    m = ctx.mail(lang, "vendor_info", rep, [ctx.st("pharm"), ctx.st("hemonc")])
    phone = "514-555-01%02d" % ctx.rng.randrange(30, 99)
    if fr:
        m.subject = ctx.choice(["Biosimilaire du bevacizumab - disponibilité", "Nouvelle présentation pegfilgrastim - seringue préremplie"])
        m.add(greet(ctx, lang), "Je me permets de vous informer que notre biosimilaire est maintenant inscrit à la liste des médicaments - établissements. Je serai au congrès de novembre et disponible pour une présentation au comité de pharmacologie.",
              "Au plaisir,", M.Sig([rep[0], "Représentante, oncologie" if sx == "F" else "Représentant, oncologie", sup[0], "Cell. : %s" % phone]))
    else:
        m.subject = ctx.choice(["Bevacizumab biosimilar - availability", "New pegfilgrastim presentation - prefilled syringe"])
        m.add(greet(ctx, lang), "Our biosimilar is now on the provincial hospital formulary list. I'll be at the November symposium and happy to present to your P&T committee.",
              "Best regards,", M.Sig([rep[0], "Oncology Account Manager", sup[1], "Cell: %s" % phone]))
    m.note = "pharmaceutical sales representative e-mail"
    return m


SCENARIOS = [n_invoice, n_po, n_inventory, n_it, n_facilities, n_stats, n_linac_qa, n_incident_deid, n_courier, n_meeting, n_vendor]
