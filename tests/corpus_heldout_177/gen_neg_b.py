"""Negative templates, part B: invoices, purchasing, inventory, IT, facilities,
drug shortages, recalls, equipment service, room bookings."""
import datetime

from stdnum import luhn

from gen_common import signature, CLINIC_PHONES, ORG_FR, ORG_EN, EXT_DOMS
from gen_ctx import att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard
from gen_mime import build_message


def luhn_serial(ctx, n=9):
    body = ctx.choice("123456789") + "".join(ctx.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def money(ctx, x):
    return f"{x:.2f}".replace(".", ",") if ctx.lang == "fr" else f"{x:,.2f}"


def fmt_serial(ctx, s):
    st = ctx.choice(["plain", "spaced", "hyphen"])
    if st == "plain":
        return s
    sep = " " if st == "spaced" else "-"
    return sep.join(s[i:i + 3] for i in range(0, len(s), 3))


ITEMS = [("Électrodes cupules Ag/AgCl, paquet de 10", "Ag/AgCl cup electrodes, pack of 10", 42.50),
         ("Pâte conductrice Ten20, 228 g", "Ten20 conductive paste, 228 g", 11.95),
         ("Aiguilles concentriques EMG 37 mm, boîte de 25", "Concentric EMG needles 37 mm, box of 25", 96.00),
         ("Électrodes de surface autocollantes, boîte de 500", "Disposable surface electrodes, box of 500", 58.40),
         ("Gel abrasif NuPrep, 114 g", "NuPrep abrasive gel, 114 g", 8.75),
         ("Tubulures de perfusion avec filtre 0,2 µm", "Infusion sets with 0.2 µm filter", 6.30),
         ("Bonnets EEG taille M", "EEG caps, size M", 310.00)]


def invoice(ctx):
    vend = ctx.choice(["vendor1", "vendor3"])
    lines = ctx.rng.sample(ITEMS, ctx.rng.randint(2, 4))
    rows, total = [], 0.0
    for it in lines:
        q = ctx.rng.randint(2, 40)
        amt = q * it[2]
        total += amt
        rows.append((it[0] if ctx.lang == "fr" else it[1], q, money(ctx, it[2]), money(ctx, amt)))
    tps, tvq = total * 0.05, total * 0.09975
    inv = f"F-{ctx.rng.randint(200000, 299999)}"
    cust = luhn_serial(ctx, 9)
    pdf_lines = [ctx.L(f"Facture : {inv}", f"Invoice: {inv}"), ctx.L(f"No de client : {fmt_serial(ctx, cust)}", f"Customer no.: {fmt_serial(ctx, cust)}"),
                 ctx.L(f"Facturer à : {ORG_FR}, Service de neurologie - Comptes payables", f"Bill to: {ORG_EN}, Neurology - Accounts payable"),
                 ctx.L(f"Bon de commande : BC-{ctx.rng.randint(40000, 49999)}", f"PO: PO-{ctx.rng.randint(40000, 49999)}"), ""] + \
        [f"{r[0]}  x{r[1]}  @ {r[2]}  = {r[3]}" for r in rows] + \
        ["", f"{ctx.L('Sous-total', 'Subtotal')} : {money(ctx, total)} $", f"TPS 5 % : {money(ctx, tps)} $   TVQ 9,975 % : {money(ctx, tvq)} $",
         f"{ctx.L('Total', 'Total')} : {money(ctx, total + tps + tvq)} $", ctx.L("TPS 812345678 RT0001 / TVQ 1234567890 TQ0001", "GST 812345678 RT0001 / QST 1234567890 TQ0001"),
         ctx.L("Payable net 30 jours.", "Net 30 days.")]
    blocks = [ctx.L("Bonjour,\nVeuillez trouver ci-jointe notre facture pour la livraison au laboratoire d'EEG-EMG.",
                    "Hello,\nPlease find attached our invoice for the delivery to the EEG-EMG lab."),
              ("table", ctx.L(["Article", "Qté", "Prix", "Montant"], ["Item", "Qty", "Price", "Amount"]), rows),
              f"{EXT_DOMS[vend][0]}\n{ctx.L('Comptes clients', 'Accounts receivable')} | 1-800-555-01{ctx.rng.randint(10, 99)}"]
    return dict(category="invoice", note=ctx.L("facture de fournitures de laboratoire", "lab supplies invoice"),
                frm=(EXT_DOMS[vend][0], f"facturation@{EXT_DOMS[vend][1]}"), to=[ctx.saddr("dunn")],
                subject=ctx.L(f"Facture {inv}", f"Invoice {inv}"), blocks=blocks,
                attachments=[att("pdf", f"{inv}.pdf", make_pdf(ctx.L("FACTURE", "INVOICE"), pdf_lines, header=EXT_DOMS[vend][0]))])


def purchase_order(ctx):
    po = f"BC-{ctx.rng.randint(40000, 49999)}"
    eq = ctx.choice([("Pompe volumétrique Perfusia V5", "Perfusia V5 volumetric pump", 4210.00, "vendor2"),
                     ("Amplificateur EEG 32 canaux NT-32", "NT-32 32-channel EEG amplifier", 18950.00, "vendor1"),
                     ("Stimulateur EMG portatif NT-S2", "NT-S2 portable EMG stimulator", 7300.00, "vendor1")])
    q = ctx.rng.randint(1, 6)
    rows = [(k + 1, eq[0] if ctx.lang == "fr" else eq[1], fmt_serial(ctx, luhn_serial(ctx, ctx.choice([9, 10]))), f"{eq[2]:.2f}") for k in range(q)]
    header = ctx.L(["Ligne", "Description", "No de série", "Prix unitaire"], ["Line", "Description", "Serial no.", "Unit price"])
    blocks = [ctx.L(f"Bonjour,\nVoici le bon de commande {po} approuvé par la direction. Livraison au quai B, attention Paula Dunn.",
                    f"Hello,\nHere is approved purchase order {po}. Deliver to dock B, attn. Paula Dunn."),
              ctx.L(f"Centre de coûts : 7420-Neurologie. Total avant taxes : {q * eq[2]:.2f} $.", f"Cost centre: 7420-Neurology. Total before tax: ${q * eq[2]:.2f}."),
              ("sig", signature("dunn", ctx.lang, "neuro"))]
    a = att("xlsx", f"{po}.xlsx", make_xlsx([(po, header, rows)], author="P. Dunn")) if ctx.rng.random() < 0.5 else \
        att("pdf", f"{po}.pdf", make_pdf(ctx.L("Bon de commande", "Purchase order") + f" {po}", [" | ".join(map(str, header))] + [" | ".join(map(str, r)) for r in rows], header=ORG_FR))
    return dict(category="purchase_order", note=ctx.L("bon de commande d'équipement", "equipment purchase order"),
                frm=ctx.saddr("dunn"), to=[(EXT_DOMS[eq[3]][0], f"commandes@{EXT_DOMS[eq[3]][1]}")],
                subject=ctx.L(f"Bon de commande {po}", f"Purchase order {po}"), blocks=blocks, attachments=[a])


def inventory(ctx):
    rows = []
    for k in range(ctx.rng.randint(5, 9)):
        typ = ctx.choice([("Pompe Perfusia V5", "C-4210"), ("Amplificateur NT-32", "EEG-1"), ("Amplificateur NT-32", "EEG-2"),
                          ("Stimulateur NT-S2", "EMG-1"), ("Fauteuil de perfusion", "C-4210"), ("Caméra vidéo-EEG", "EEG-3")])
        rows.append((f"A{luhn_serial(ctx, 10)}", typ[0], fmt_serial(ctx, luhn_serial(ctx, 9)), typ[1],
                     (ctx.past(30, 400)).isoformat(), ctx.choice(["OK", "OK", "OK", ctx.L("à calibrer", "calibration due")])))
    header = ctx.L(["Actif", "Équipement", "No de série", "Local", "Dernier entretien", "État"],
                   ["Asset", "Equipment", "Serial no.", "Room", "Last service", "Status"])
    lots = [(ctx.choice(["Ten20", "NuPrep", "Électrodes cupules", "Tubulures 0,2 µm"]), f"LOT {ctx.rng.randint(20, 25)}{ctx.choice('ABCK')}{ctx.rng.randint(1000, 9999)}",
             (ctx.future(60, 700)).isoformat(), ctx.rng.randint(3, 80)) for _ in range(4)]
    sheets = [(ctx.L("Équipements", "Equipment"), header, rows),
              (ctx.L("Consommables", "Consumables"), ctx.L(["Produit", "Lot", "Péremption", "Qté"], ["Product", "Lot", "Expiry", "Qty"]), lots)]
    blocks = [ctx.L("Bonjour,\nInventaire annuel des équipements du service (génie biomédical). Merci de valider les locaux d'ici vendredi.",
                    "Hello,\nAnnual equipment inventory for the department (biomedical engineering). Please confirm the rooms by Friday."),
              ("sig", signature("dunn", ctx.lang, "neuro"))]
    if ctx.rng.random() < 0.5:
        a = att("xlsx", ctx.L("inventaire_neuro.xlsx", "neuro_inventory.xlsx"), make_xlsx(sheets, author="Génie biomédical"))
    else:
        a = att("csv", ctx.L("inventaire_neuro.csv", "neuro_inventory.csv"), make_csv(header, rows, ";", "utf-8"), charset="utf-8")
    return dict(category="inventory", note=ctx.L("inventaire d'équipements avec numéros de série", "equipment inventory with serial numbers"),
                frm=ctx.saddr("dunn"), to=[ctx.saddr("fontaine")], cc=[ctx.saddr("giguere")],
                subject=ctx.L("Inventaire annuel — équipements neurologie", "Annual inventory - neurology equipment"), blocks=blocks, attachments=[a])


def it_downtime(ctx):
    d = ctx.future(2, 20)
    ev = ctx.choice([
        ("Mise à jour du logiciel d'EEG NeuroStation 9.4", "NeuroStation 9.4 EEG software update",
         "Les stations de lecture EEG-1 à EEG-3 seront indisponibles de 18 h à 23 h. Les enregistrements en cours doivent être exportés avant 17 h 30.",
         "Reading stations EEG-1 to EEG-3 will be unavailable from 6 to 11 p.m. Export any ongoing recordings before 5:30 p.m."),
        ("Interruption planifiée du PACS", "Planned PACS outage",
         "La consultation des images (IRM, TDM, Doppler) sera impossible entre 0 h et 4 h. Procédure dégradée : appeler la radiologie au poste 4400.",
         "Image viewing (MRI, CT, duplex) will be unavailable from midnight to 4 a.m. Downtime procedure: call radiology at ext. 4400."),
        ("Alerte hameçonnage — faux courriel « mise à jour de paie »", "Phishing alert - fake 'payroll update' e-mail",
         "Ne cliquez pas sur le lien. Ne fournissez jamais votre mot de passe. Signalez le message avec le bouton « Signaler ».",
         "Do not click the link. Never give out your password. Report the message with the 'Report' button."),
        ("Migration des postes de la clinique SEP vers Windows 11", "MS clinic workstations moving to Windows 11",
         "Un technicien passera dans chaque local; prévoyez 45 minutes par poste. Les imprimantes d'étiquettes seront reconfigurées.",
         "A technician will visit each room; allow 45 minutes per workstation. Label printers will be reconfigured."),
    ])
    blocks = [ctx.L(f"Objet : {ev[0]}\nDate : {ctx.dday(d)}", f"Subject: {ev[1]}\nDate: {ctx.dday(d)}"), ev[2] if ctx.lang == "fr" else ev[3],
              ctx.L(f"Billet de référence : INC{ctx.rng.randint(1000000, 9999999)}. Centre de services : poste 5555.",
                    f"Reference ticket: INC{ctx.rng.randint(1000000, 9999999)}. Service desk: ext. 5555."),
              ("sig", signature("tanaka", ctx.lang, "neuro"))]
    subj = ctx.L(f"[TI] {ev[0]}", f"[IT] {ev[1]}")
    if ctx.rng.random() < 0.4:
        when = ctx.earlier(2, 30)
        inner, _ = build_message({"from": (ctx.L("Centre de services TI", "IT service desk"), "servicedesk@hrbl.example"),
                                  "to": [(ctx.L("Gestionnaires", "Managers"), "gestionnaires@hrbl.example")], "subject": subj,
                                  "date": when, "msgid": ctx.msgid(when), "blocks": blocks, "lang": ctx.lang},
                                 {"mode": "plain", "charset": "utf-8", "cte": "quoted-printable", "crlf": False, "boundary": f"in{ctx.idx}"})
        return dict(category="it_downtime", note=ctx.L("avis informatique transféré en pièce jointe", "IT notice forwarded as attachment"),
                    frm=ctx.saddr("fontaine"), to=[(ctx.L("Neurologie - tous", "Neurology - all"), "neuro-tous@hrbl.example")],
                    subject=ctx.L("TR: ", "Fwd: ") + subj,
                    blocks=[ctx.L("Pour information, voir l'avis ci-joint.", "For your information, see the attached notice."),
                            ("sig", signature("fontaine", ctx.lang, "neuro", short=True))],
                    attachments=[att("eml", ctx.L("avis_TI.eml", "IT_notice.eml"), inner, cte="7bit")])
    return dict(category="it_downtime", note=ctx.L("avis informatique", "IT notice"),
                frm=ctx.saddr("tanaka"), to=[(ctx.L("Neurosciences - tous", "Neurosciences - all"), "neurosciences@hrbl.example")],
                subject=subj, blocks=blocks, mode=ctx.choice(["html", "alt", "plain"]))


def facilities(ctx):
    ev = ctx.choice([
        ("Travaux de ventilation — salle de perfusion C-4210", "Ventilation work - infusion room C-4210",
         "Les fauteuils 5 et 6 seront condamnés pendant deux jours. La clinique de perfusion fonctionnera à 4 fauteuils.",
         "Chairs 5 and 6 will be out of service for two days. The infusion clinic will run with 4 chairs."),
        ("Fermeture du stationnement P3", "P3 parking closure",
         "Le personnel doit utiliser le stationnement P5. Une navette circulera aux 15 minutes de 6 h à 19 h.",
         "Staff must use parking P5. A shuttle will run every 15 minutes from 6 a.m. to 7 p.m."),
        ("Déménagement du laboratoire d'EMG au local C-4120", "EMG lab moving to room C-4120",
         "Les boîtes doivent être identifiées avant jeudi. Aucun examen le vendredi de la semaine du déménagement.",
         "Boxes must be labelled before Thursday. No tests on the Friday of moving week."),
        ("Coupure d'eau chaude — pavillon C", "Hot water shut-off - Pavilion C",
         "Entre 22 h et 5 h. Les lavabos du 4e étage seront hors service.", "Between 10 p.m. and 5 a.m. 4th-floor sinks out of service."),
    ])
    d = ctx.future(3, 25)
    blocks = [ctx.L(f"Bonjour,\n{ev[0]} — à compter du {ctx.dlong(d)}.", f"Hello,\n{ev[1]} - starting {ctx.dlong(d)}."),
              ev[2] if ctx.lang == "fr" else ev[3],
              ctx.L(f"Pour toute question : Services techniques, poste 3300 ou {CLINIC_PHONES['neuro']}.",
                    f"Questions: Technical services, ext. 3300 or {CLINIC_PHONES['neuro']}."),
              ctx.L("Services techniques et immobiliers", "Technical and building services")]
    return dict(category="facilities", note=ctx.L("avis des services techniques", "facilities notice"),
                frm=(ctx.L("Services techniques", "Technical services"), "services.techniques@hrbl.example"),
                to=[(ctx.L("Pavillon C - occupants", "Pavilion C - occupants"), "pavillon-c@hrbl.example")],
                subject=ctx.L(f"Avis — {ev[0]}", f"Notice - {ev[1]}"), blocks=blocks)


def drug_shortage(ctx):
    dr = ctx.choice([("phénytoïne injectable 50 mg/mL", "phenytoin injection 50 mg/mL", "fosphénytoïne ou lévétiracétam IV", "fosphenytoin or IV levetiracetam"),
                     ("lévétiracétam injectable 500 mg/5 mL", "levetiracetam injection 500 mg/5 mL", "acide valproïque IV ou lacosamide IV", "IV valproate or IV lacosamide"),
                     ("diphenhydramine injectable 50 mg/mL", "diphenhydramine injection 50 mg/mL", "cétirizine PO 10 mg en prémédication", "cetirizine 10 mg PO as premedication"),
                     ("baclofène 10 mg comprimés", "baclofen 10 mg tablets", "tizanidine selon le jugement clinique", "tizanidine at clinical discretion")])
    blocks = [ctx.L(f"AVIS DE PÉNURIE — {dr[0]}", f"SHORTAGE NOTICE - {dr[1]}"),
              ctx.L(f"Le fournisseur prévoit une rupture d'approvisionnement de 6 à 8 semaines. Réserve actuelle : environ 3 semaines. "
                    f"Alternatives suggérées : {dr[2]}.", f"The supplier expects a 6-8 week supply disruption. Current stock: about 3 weeks. "
                    f"Suggested alternatives: {dr[3]}."),
              ctx.L("Merci de réserver les stocks aux situations où aucune alternative n'est possible (p. ex. état de mal épileptique réfractaire).",
                    "Please reserve stock for cases with no alternative (e.g., refractory status epilepticus)."),
              ("sig", signature("dagenais", ctx.lang, "neuro"))]
    return dict(category="drug_shortage", note=ctx.L("avis de pénurie de médicament", "drug shortage notice"),
                frm=ctx.saddr("dagenais"), to=[(ctx.L("Prescripteurs neurosciences", "Neuroscience prescribers"), "prescripteurs.neuro@hrbl.example")],
                subject=ctx.L(f"Pénurie : {dr[0]}", f"Shortage: {dr[1]}"), blocks=blocks, mode=ctx.choice(["html", "alt", "plain"]))


def recall(ctx):
    prod = ctx.choice([("Tubulures de perfusion avec filtre 0,2 µm, réf. PF-220", "Infusion sets with 0.2 µm filter, ref. PF-220", "vendor2"),
                       ("Électrodes de surface autocollantes, réf. SE-500", "Disposable surface electrodes, ref. SE-500", "vendor3"),
                       ("Aiguilles concentriques EMG 37 mm, réf. CN-37", "Concentric EMG needles 37 mm, ref. CN-37", "vendor1")])
    lots = [f"{ctx.rng.randint(22, 25)}{ctx.choice('ABK')}{ctx.rng.randint(1000, 9999)}" for _ in range(ctx.rng.randint(2, 4))]
    rows = [(l, (ctx.future(100, 600)).isoformat(), fmt_serial(ctx, luhn_serial(ctx, 9))) for l in lots]
    blocks = [ctx.L(f"RAPPEL VOLONTAIRE — {prod[0]}", f"VOLUNTARY RECALL - {prod[1]}"),
              ctx.L("Le fabricant signale un défaut d'emballage pouvant compromettre la stérilité. Aucun incident n'a été rapporté.",
                    "The manufacturer reports a packaging defect that may compromise sterility. No incidents have been reported."),
              ("table", ctx.L(["Lot", "Péremption", "No d'expédition"], ["Lot", "Expiry", "Shipment no."]), rows),
              ctx.L("Retirer immédiatement les unités visées et les retourner au magasin central. Remplir le formulaire de retour.",
                    "Remove affected units immediately and return them to central stores. Complete the return form."),
              ("sig", signature("dunn", ctx.lang, "neuro"))]
    return dict(category="recall", note=ctx.L("avis de rappel de lots", "lot recall notice"),
                frm=ctx.saddr("dunn"), to=[(ctx.L("Chefs d'unité neuro", "Neuro unit heads"), "chefs.neuro@hrbl.example")],
                subject=ctx.L(f"Rappel — {prod[0].split(', réf')[0]}", f"Recall - {prod[1].split(', ref')[0]}"), blocks=blocks)


def service_report(ctx):
    sn = fmt_serial(ctx, luhn_serial(ctx, 10))
    d = ctx.past(1, 10)
    dev = ctx.choice([("Système EMG NT-S2", "NT-S2 EMG system"), ("Amplificateur EEG NT-32", "NT-32 EEG amplifier"), ("Pompe Perfusia V5", "Perfusia V5 pump")])
    lines = [ctx.L(f"Appareil : {dev[0]}", f"Device: {dev[1]}"), ctx.L(f"No de série : {sn}", f"Serial no.: {sn}"),
             ctx.L(f"Date d'intervention : {d.isoformat()}", f"Service date: {d.isoformat()}"),
             ctx.L("Travaux : entretien préventif annuel, vérification de sécurité électrique (courant de fuite 42 µA), calibration.",
                   "Work done: annual preventive maintenance, electrical safety check (leakage current 42 µA), calibration."),
             ctx.L("Aucune donnée de patient n'est conservée sur l'appareil après l'effacement de la mémoire interne.",
                   "No patient data remains on the device after the internal memory was wiped."),
             ctx.L("Prochain entretien : dans 12 mois.", "Next service: in 12 months.")]
    blocks = [ctx.L("Bonjour,\nRapport de service ci-joint pour votre dossier d'équipement.", "Hello,\nService report attached for your equipment file."),
              f"{EXT_DOMS['vendor1'][0]} — {ctx.L('Service technique', 'Field service')}\n1-800-555-0144"]
    return dict(category="service_report", note=ctx.L("rapport d'entretien d'équipement", "equipment service report"),
                frm=("NeuroTek Service", "service@neurotek.example"), to=[ctx.saddr("giguere")], cc=[ctx.saddr("dunn")],
                subject=ctx.L(f"Rapport de service — {dev[0]}", f"Service report - {dev[1]}"), blocks=blocks,
                attachments=[att("pdf", ctx.L("rapport_service.pdf", "service_report.pdf"), make_pdf(ctx.L("Rapport de service", "Service report"), lines, header="NeuroTek Médical inc."))]
                + ([att("vcf", "Rémi Beauchesne.vcf", make_vcard("Rémi", "Beauchesne", tel="(450) 555-0181", cell="(514) 555-0182",
                                                                 adr="4400 rue Industrielle;Laval;QC;H7L 4R9;Canada", org="NeuroTek Médical inc.",
                                                                 email="remi.beauchesne@neurotek.example",
                                                                 note=ctx.L("Technicien de service - EEG/EMG", "Field service technician - EEG/EMG")),
                        rfc2231=True)] if ctx.rng.random() < 0.5 else []))


def room_booking(ctx):
    d = ctx.future(3, 30)
    hr, h, m = ctx.hour()
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    mt = ctx.choice([("Réunion de service — neurologie", "Department meeting - neurology"), ("Comité qualité AVC", "Stroke quality committee"),
                     ("Rencontre fournisseur — pompes de perfusion", "Vendor meeting - infusion pumps"), ("Tournée des résidents", "Residents' rounds")])
    ics = make_ics(f"room-{ctx.idx}@hrbl.example", mt[0] if ctx.lang == "fr" else mt[1], start, start + datetime.timedelta(hours=1),
                   "Salle C-4005", ctx.L("Salle réservée. Projecteur et visioconférence disponibles.", "Room booked. Projector and video link available."),
                   organizer=(ctx.staff("berube", False), "josiane.berube@hrbl.example"))
    blocks = [ctx.L(f"La salle C-4005 est réservée pour « {mt[0]} » le {ctx.dday(d)} à {hr}.", f"Room C-4005 is booked for \"{mt[1]}\" on {ctx.dday(d)} at {hr}."),
              ctx.L("Invitation jointe. Merci de libérer la salle à l'heure.", "Invite attached. Please vacate on time."),
              ("sig", signature("berube", ctx.lang, "neuro", short=True))]
    return dict(category="room_booking", note=ctx.L("réservation de salle avec invitation", "room booking with invite"),
                frm=ctx.saddr("berube"), to=[ctx.saddr(ctx.choice(["quintal", "brassard", "fontaine", "dunn"]))],
                subject=ctx.L(f"Réservation C-4005 — {mt[0]}", f"Room C-4005 booked - {mt[1]}"), blocks=blocks,
                attachments=[att("ics", "invitation.ics" if ctx.lang == "fr" else "invite.ics", ics)])


TEMPLATES = [
    ("invoice", invoice, 7),
    ("purchase_order", purchase_order, 6),
    ("inventory", inventory, 5),
    ("it_downtime", it_downtime, 7),
    ("facilities", facilities, 5),
    ("drug_shortage", drug_shortage, 5),
    ("recall", recall, 5),
    ("service_report", service_report, 4),
    ("room_booking", room_booking, 4),
]
