"""Negative templates, part C: invoices, orders, inventory, recalls, shortages, IT, facilities, equipment, blank forms, education."""
import datetime as _dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import addr_of
from gen_neg_a import NB, gtin13, luhn_serial

IOL_MODELS = ["Monobloc acrylique hydrophobe AH-60", "Torique T3 AH-60T", "Trifocale TF-200", "Monobloc 3 pièces MA-3P", "EDOF Vista-E"]


def _vendor(r):
    return r.choice(C.EXTERNAL["vendor"])


def _money(v, lang):
    s = f"{v:,.2f}"
    return (s.replace(",", " ").replace(".", ",") + " $") if lang == "fr" else "$" + s


# ---------------------------------------------------------------- invoice
def invoice(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "invoice", "supplier invoice with lot and serial numbers")
    v = _vendor(r)
    buyer = ctx.person("buyer")
    num = f"F-{r.randint(100000, 999999)}"
    rows = []
    total = 0
    for i in range(r.randint(3, 7)):
        qty = r.randint(1, 12)
        if r.random() < 0.65:
            item, price = r.choice(IOL_MODELS), r.choice([145.0, 212.75, 390.0, 465.0])
            power = f"+{r.choice([x / 2 for x in range(30, 52)])} D"
            if lang == "fr":
                power = power.replace(".", ",")
            sn = "SN " + luhn_serial(r, 10)
        else:
            item, price = r.choice([(b.L("Trousse d'injection IVT", "IVI injection kit"), 18.4), (b.L("Viscoélastique 0,85 mL", "Viscoelastic 0.85 mL"), 89.5),
                                    (b.L("Canule 27G (boîte de 10)", "27G cannula (box of 10)"), 6.25)])
            power, sn = "—", "—"
        total += qty * price
        rows.append([item, power, "LOT " + luhn_serial(r, 9), sn, gtin13(r), qty, _money(price, lang)])
    header = b.L(["Article", "Puissance", "Lot", "No série", "GTIN", "Qté", "Prix"], ["Item", "Power", "Lot", "Serial", "GTIN", "Qty", "Price"])
    lines = [b.L(f"Facture {num}", f"Invoice {num}"), b.L("Client : Centre hospitalier Val-des-Érables — bloc opératoire", "Customer: Val-des-Érables Hospital Centre - OR"),
             b.L(f"Bon de commande : PO-{r.randint(40000, 49999)}", f"Purchase order: PO-{r.randint(40000, 49999)}"),
             b.L(f"Total avant taxes : {_money(total, lang)}; TPS 5 %; TVQ 9,975 %", f"Subtotal: {_money(total, lang)}; GST 5%; QST 9.975%"), ""] + [" | ".join(str(c) for c in x) for x in rows]
    b.att({"kind": "pdf", "filename": f"{num}.pdf", "data": A.make_pdf(b.L("Facture", "Invoice"), lines, author=v[0], compress=r.random() < 0.5, mono_from=5)})
    blocks = [("p", b.L("Bonjour,", "Hello,")), ("p", b.L(f"Veuillez trouver ci-jointe la facture {num} pour la livraison du {C.fmt_day(K.future_day(r), lang, False)}. Paiement net 30 jours.",
                                                         f"Please find attached invoice {num} for the delivery of {C.fmt_day(K.future_day(r), lang, False)}. Payment net 30 days.")),
              ("sig", f"{v[0]}\n" + b.L("Comptes recevables", "Accounts receivable") + f"\n1 800 555-01{r.randint(0, 99):02d}")]
    if r.random() < 0.4:
        blocks.insert(2, ("table", header, rows))
    return b.spec(("Facturation " + v[0], "facturation@" + v[1]), [addr_of(buyer, lang)], b.L("Facture ", "Invoice ") + num, blocks)


# ---------------------------------------------------------------- purchase order
def purchase_order(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "purchase_order", "purchase order for clinic supplies")
    buyer = ctx.person("buyer")
    v = _vendor(r)
    po = f"PO-{r.randint(40000, 49999)}"
    items = [[b.L("Aiguilles 30G x 1/2 po", "30G x 1/2 in needles"), "BX100", r.randint(5, 40)], [b.L("Spéculums à paupières stériles", "Sterile lid speculums"), "EA", r.randint(50, 400)],
             [b.L("Povidone iodée 5 % unidose", "Povidone-iodine 5% single dose"), "BX50", r.randint(5, 30)], [b.L("Bandelettes de fluorescéine", "Fluorescein strips"), "BX100", r.randint(2, 12)],
             [b.L("Lentilles de gonioscopie 4 miroirs", "4-mirror gonioscopy lens"), "EA", r.randint(1, 4)], [b.L("Papier pour périmètre", "Perimeter printer paper"), "CS", r.randint(1, 6)]]
    items = C.pick(r, items, r.randint(3, 6))
    rows = [[f"{gtin13(r)}", *x, _money(r.uniform(8, 600), lang)] for x in items]
    header = b.L(["GTIN", "Description", "Unité", "Qté", "Prix unitaire"], ["GTIN", "Description", "Unit", "Qty", "Unit price"])
    b.att({"kind": "xlsx", "filename": f"{po}.xlsx", "data": A.make_xlsx([(po, [header] + rows)], C.staff_name(buyer, lang, False))})
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L(f"Voici notre bon de commande {po}. Livraison : quai de réception, pavillon C, à l'attention de la clinique d'ophtalmologie.",
                                                 f"Here is our purchase order {po}. Deliver to receiving dock, Pavilion C, attention eye clinic.")),
              ("p", C.closing(r, lang)), ("sig", C.signature(buyer, lang, r))]
    return b.spec(addr_of(buyer, lang), [("Service à la clientèle " + v[0], "commandes@" + v[1])], b.L("Bon de commande ", "Purchase order ") + po, blocks)


# ---------------------------------------------------------------- IOL consignment inventory
def inventory(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "inventory", "lens consignment inventory")
    nurse = ctx.person(r.choice(["nurse", "buyer"]))
    header = b.L(["Modèle", "Dioptrie", "Lot", "No série", "Péremption", "Emplacement"], ["Model", "Power", "Lot", "Serial", "Expiry", "Location"])
    rows = []
    for i in range(r.randint(8, 16)):
        rows.append([r.choice(IOL_MODELS), f"+{r.choice([x / 2 for x in range(30, 52)])}", luhn_serial(r, 9), luhn_serial(r, 11),
                     f"{r.randint(2026, 2029)}-{r.randint(1, 12):02d}", r.choice(["Bloc 4 — tiroir A", "Bloc 4 — tiroir B", "Réserve C-120"])])
    mode = r.choice(["csv", "xlsx", "body"])
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Décompte de consignation des lentilles au 28 février. Manques : +21,5 et +22,0 en torique.", "Lens consignment count as of Feb 28. Short on +21.5 and +22.0 torics."))]
    if mode == "csv":
        b.att({"kind": "csv", "filename": b.L("inventaire_LIO.csv", "IOL_inventory.csv"), "text": A.make_csv([header] + rows, ";")})
    elif mode == "xlsx":
        b.att({"kind": "xlsx", "filename": b.L("inventaire_LIO.xlsx", "IOL_inventory.xlsx"), "data": A.make_xlsx([("Inventaire", [header] + rows)], C.staff_name(nurse, lang, False))})
    else:
        blocks.append(("table", header, rows))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(nurse, lang, r, "or"))]
    return b.spec(addr_of(nurse, lang), [addr_of(ctx.person("buyer", exclude=(nurse,)), lang)], b.L("Inventaire LIO — consignation", "IOL consignment inventory"), blocks)


# ---------------------------------------------------------------- recall
def recall(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "recall", "product recall notice with lot numbers")
    ph = ctx.person(r.choice(["pharmacist", "buyer"]))
    prod = r.choice([b.L("Viscoélastique cohésif 1,0 mL", "Cohesive viscoelastic 1.0 mL"), b.L("Lentille intraoculaire AH-60", "AH-60 intraocular lens"),
                     b.L("Canule de Rycroft 27G", "27G Rycroft cannula"), b.L("Solution saline équilibrée 500 mL", "Balanced salt solution 500 mL")])
    lots = [luhn_serial(r, 9) for _ in range(r.randint(2, 5))]
    blocks = [("p", b.L("AVIS DE RAPPEL — niveau II", "RECALL NOTICE - Type II")),
              ("p", b.L(f"Le fabricant rappelle le produit « {prod} » (risque de non-stérilité de l'emballage). Lots visés :",
                        f"The manufacturer is recalling \"{prod}\" (possible packaging sterility breach). Affected lots:")),
              ("list", lots),
              ("p", b.L("Retirer immédiatement des blocs et de la réserve, mettre en quarantaine et aviser la pharmacie. Aucun incident rapporté chez nous à ce jour.",
                        "Remove from ORs and stores immediately, quarantine, and notify pharmacy. No incidents reported here so far.")),
              ("sig", C.signature(ph, lang, r))]
    return b.spec(addr_of(ph, lang), [b.all_staff()], b.L("RAPPEL : ", "RECALL: ") + prod, blocks, extra_headers=[("Importance", "high")])


# ---------------------------------------------------------------- drug shortage
def shortage(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "drug_shortage", "drug shortage notice")
    ph = ctx.person("pharmacist")
    drug = r.choice([("cyclopentolate 1 %", "cyclopentolate 1%", "tropicamide 1 % x 2", "tropicamide 1% x 2"),
                     ("atropine 1 % collyre", "atropine 1% eye drops", "homatropine 2 %", "homatropine 2%"),
                     ("fluorescéine 10 % injectable", "fluorescein 10% injection", "report des angiographies non urgentes", "postpone non-urgent angiograms"),
                     ("acétazolamide 250 mg", "acetazolamide 250 mg", "méthazolamide (accès spécial)", "methazolamide (special access)")])
    blocks = [("p", C.greet(r, lang, group=True)),
              ("p", b.L(f"Rupture d'approvisionnement : {drug[0]}, durée prévue {r.randint(3, 12)} semaines. Alternative proposée : {drug[2]}.",
                        f"Supply shortage: {drug[1]}, expected {r.randint(3, 12)} weeks. Suggested alternative: {drug[3]}.")),
              ("p", b.L("Merci de réserver le stock restant aux patients pédiatriques et aux urgences.", "Please reserve remaining stock for paediatric patients and emergencies.")),
              ("sig", C.signature(ph, lang, r))]
    return b.spec(addr_of(ph, lang), [b.all_staff()], b.L("Pénurie — ", "Shortage - ") + (drug[0] if lang == "fr" else drug[1]), blocks)


# ---------------------------------------------------------------- IT
def it_notice(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "it_notice", "IT notice")
    it = ctx.person("it")
    kind = r.choice(["downtime", "phishing", "migration", "password", "printer"])
    d = K.future_day(r)
    if kind == "downtime":
        t = b.L(f"Le serveur d'imagerie ophtalmique (OPHIMG-02, 10.42.{r.randint(0, 255)}.{r.randint(1, 254)}) sera indisponible le {C.fmt_day(d, lang)} de 18 h à 22 h. Les OCT pourront être acquis mais pas consultés à distance.",
                f"The ophthalmic imaging server (OPHIMG-02, 10.42.{r.randint(0, 255)}.{r.randint(1, 254)}) will be down on {C.fmt_day(d, lang)} from 6 to 10 pm. OCTs can be acquired but not viewed remotely.")
        subj = b.L("Interruption planifiée — imagerie ophtalmo", "Planned outage - ophthalmic imaging")
    elif kind == "phishing":
        t = b.L("Plusieurs employés ont reçu un faux courriel « Résultats d'examen de la vue — cliquez ici ». Ne cliquez pas; transférez-le à securite@chve.example.",
                "Several staff received a fake e-mail \"Your eye exam results - click here\". Do not click; forward it to securite@chve.example.")
        subj = b.L("Alerte hameçonnage", "Phishing alert")
    elif kind == "migration":
        t = b.L(f"Migration du logiciel de périmétrie vers la version 5.2 le {C.fmt_day(d, lang)}. Les postes C-318-PC1 et C-318-PC2 redémarreront. Numéros d'actif : {luhn_serial(r, 8)}, {luhn_serial(r, 8)}.",
                f"Perimetry software upgrade to v5.2 on {C.fmt_day(d, lang)}. Workstations C-318-PC1 and C-318-PC2 will reboot. Asset numbers: {luhn_serial(r, 8)}, {luhn_serial(r, 8)}.")
        subj = b.L("Mise à jour — logiciel de champ visuel", "Upgrade - visual field software")
    elif kind == "password":
        t = b.L("Votre mot de passe réseau expire dans 5 jours. Changez-le via le portail libre-service. Le soutien ne demandera jamais votre mot de passe.",
                "Your network password expires in 5 days. Change it through the self-service portal. Support will never ask for your password.")
        subj = b.L("Expiration du mot de passe", "Password expiry")
    else:
        t = b.L(f"L'imprimante de la clinique d'injections (file PRN-OPH-C312) est remplacée. Nouvelle adresse : 10.42.{r.randint(0, 255)}.{r.randint(1, 254)}. Billet no INC{r.randint(1000000, 9999999)}.",
                f"The injection-clinic printer (queue PRN-OPH-C312) is being replaced. New address: 10.42.{r.randint(0, 255)}.{r.randint(1, 254)}. Ticket INC{r.randint(1000000, 9999999)}.")
        subj = b.L("Remplacement d'imprimante", "Printer replacement")
    blocks = [("p", C.greet(r, lang, group=True)), ("p", t), ("p", C.closing(r, lang)), ("sig", C.signature(it, lang, r))]
    return b.spec(addr_of(it, lang), [b.all_staff()], subj, blocks)


# ---------------------------------------------------------------- facilities
def facilities(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "facilities", "facilities or building notice")
    s = ctx.person(r.choice(["manager", "clerk"]))
    d = K.future_day(r)
    t = r.choice([
        b.L(f"Entretien du système de ventilation du bloc 4 le {C.fmt_day(d, lang)} : aucune chirurgie de cataracte ce jour-là; les cas sont déplacés au bloc 2.", f"OR 4 ventilation maintenance on {C.fmt_day(d, lang)}: no cataract cases that day; cases moved to OR 2."),
        b.L("L'ascenseur 3 du pavillon C sera hors service deux semaines. Prévoir du temps pour les patients en fauteuil roulant.", "Pavilion C elevator 3 will be out of service for two weeks. Allow extra time for wheelchair users."),
        b.L("Le stationnement P2 ferme pour réfection. Les employés de l'ophtalmologie doivent utiliser P4 à compter de lundi.", "Parking lot P2 is closing for resurfacing. Eye-clinic staff should use P4 from Monday."),
        b.L("Déménagement de la salle de champs visuels de C-318 vers C-324 : les appareils seront débranchés jeudi à 16 h.", "Visual field room moves from C-318 to C-324: devices unplugged Thursday at 4 pm."),
    ])
    blocks = [("p", C.greet(r, lang, group=True)), ("p", t), ("p", b.L("Merci de votre collaboration.", "Thanks for your cooperation.")), ("sig", C.signature(s, lang, r))]
    return b.spec(addr_of(s, lang), [b.all_staff()], b.L("Avis — installations", "Notice - facilities"), blocks)


# ---------------------------------------------------------------- equipment service
def equipment(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "equipment_service", "equipment service visit with asset and serial numbers")
    v = r.choice(C.EXTERNAL["vendor"])
    tech = ctx.person(r.choice(["tech", "manager"]))
    dev = r.choice([b.L("laser YAG", "YAG laser"), b.L("laser SLT", "SLT laser"), b.L("OCT salle C-312", "OCT room C-312"), b.L("biomètre optique", "optical biometer"), b.L("microscope opératoire bloc 4", "OR 4 operating microscope")])
    sn = luhn_serial(r, 9)
    asset = luhn_serial(r, 10)
    d = K.future_day(r)
    rows = [[b.L("Appareil", "Device"), dev], [b.L("No de série", "Serial no."), f"{sn[:3]} {sn[3:6]} {sn[6:]}"], [b.L("No d'actif CHVE", "CHVE asset no."), f"{asset[:4]}-{asset[4:7]}-{asset[7:]}"],
            [b.L("Visite", "Visit"), C.fmt_day(d, lang)], [b.L("Travaux", "Work"), b.L("entretien préventif annuel, calibration", "annual preventive maintenance, calibration")]]
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Confirmation de la visite de service :", "Service visit confirmation:")), ("table", None, rows),
              ("p", b.L("Merci de libérer la salle de 8 h à 11 h.", "Please keep the room free 8-11 am.")), ("sig", f"{v[0]}\nService technique\n1 800 555-01{r.randint(0, 99):02d}")]
    return b.spec(("Service " + v[0], "service@" + v[1]), [addr_of(tech, lang)], b.L("Visite de service — ", "Service visit - ") + dev, blocks)


# ---------------------------------------------------------------- blank forms and mail-merge templates
def blank_form(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "blank_form", "blank form or mail-merge template")
    s = ctx.person(r.choice(["clerk", "manager", "nurse"]))
    kind = r.choice(["referral", "merge", "consent", "reminder"])
    if kind == "referral":
        lines = [b.L("Nom du patient : ______________________", "Patient name: ______________________"), b.L("Date de naissance : ____ / ____ / ______", "Date of birth: ____ / ____ / ______"),
                 b.L("NAM : ____________   No de dossier : ________", "RAMQ/Health card: ____________   MRN: ________"), b.L("Téléphone : (___) ___-____", "Phone: (___) ___-____"),
                 b.L("Motif : [ ] glaucome  [ ] cataracte  [ ] rétine  [ ] autre", "Reason: [ ] glaucoma  [ ] cataract  [ ] retina  [ ] other"), b.L("AV : OD ____ OG ____   PIO : OD ____ OG ____", "VA: OD ____ OS ____   IOP: OD ____ OS ____"),
                 b.L("Signature de l'optométriste : ______________", "Optometrist signature: ______________")]
        title = b.L("Formulaire de référence en ophtalmologie (vierge)", "Ophthalmology referral form (blank)")
        fn = b.L("formulaire_reference_vierge", "referral_form_blank")
    elif kind == "merge":
        lines = [b.L("«Prénom» «Nom»", "{{first_name}} {{last_name}}"), b.L("«Adresse»", "{{address}}"),
                 b.L("Madame, Monsieur, votre rendez-vous à la clinique de rétine pour votre injection («Médicament») est prévu le «Date_RV» à «Heure».",
                     "Dear {{title}} {{last_name}}, your retina clinic appointment for your injection ({{drug}}) is on {{appt_date}} at {{appt_time}}."),
                 b.L("Veuillez apporter votre carte d'assurance maladie (NAM : «NAM»).", "Please bring your health card ({{health_number}})."),
                 b.L("Pour annuler : 450 555-0114.", "To cancel: 450 555-0114.")]
        title = b.L("Gabarit — lettre de convocation (fusion)", "Template - appointment letter (mail merge)")
        fn = b.L("gabarit_convocation", "appointment_letter_template")
    elif kind == "consent":
        lines = [b.L("Consentement à l'injection intravitréenne", "Consent to intravitreal injection"), b.L("Je, soussigné(e) ____________________, consens à recevoir une injection de ____________ dans l'œil ____.",
                                                                                                        "I, ____________________, consent to an injection of ____________ in the ____ eye."),
                 b.L("Risques expliqués : endophtalmie (1/2000), décollement de rétine, hausse de pression.", "Risks explained: endophthalmitis (1/2000), retinal detachment, pressure rise."),
                 b.L("Signature : __________  Date : __________", "Signature: __________  Date: __________")]
        title = b.L("Formulaire de consentement — IVT (vierge)", "IVI consent form (blank)")
        fn = b.L("consentement_IVT", "IVI_consent")
    else:
        lines = [b.L("Bonjour [NOM DU PATIENT],", "Hello [PATIENT NAME],"), b.L("Rappel : champ visuel et OCT le [DATE] à [HEURE], local C-318. Prévoir 90 minutes; pupilles dilatées, ne pas conduire.",
                                                                              "Reminder: visual field and OCT on [DATE] at [TIME], room C-318. Allow 90 minutes; pupils dilated, do not drive.")]
        title = b.L("Modèle de rappel de rendez-vous", "Appointment reminder template")
        fn = b.L("modele_rappel", "reminder_template")
    mode = r.choice(["docx", "pdf", "body"])
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L(f"Voici la version à jour : {title}. Merci de détruire les anciennes copies.", f"Here is the updated version: {title}. Please discard old copies."))]
    if mode == "docx":
        b.att({"kind": "docx", "filename": fn + ".docx", "data": A.make_docx(title, lines, author=C.staff_name(s, lang, False))})
    elif mode == "pdf":
        b.att({"kind": "pdf", "filename": fn + ".pdf", "data": A.make_pdf(title, lines, author=C.staff_name(s, lang, False), compress=r.random() < 0.5)})
    else:
        blocks.append(("pre", "\n".join(lines)))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(s, lang, r))]
    return b.spec(addr_of(s, lang), [b.all_staff()], title, blocks)


# ---------------------------------------------------------------- generic patient education
def education(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "patient_education", "generic patient-education handout")
    n = ctx.person(r.choice(["nurse", "ophtalmo"]))
    topic = r.choice([(b.L("Après votre chirurgie de cataracte", "After your cataract surgery"),
                       [b.L("Mettez vos gouttes (antibiotique et anti-inflammatoire) selon l'horaire remis.", "Use your antibiotic and anti-inflammatory drops as scheduled."),
                        b.L("Portez la coquille la nuit pendant une semaine.", "Wear the shield at night for one week."),
                        b.L("Consultez d'urgence si douleur, baisse de vision ou rougeur importante.", "Seek urgent care for pain, vision loss or marked redness.")]),
                      (b.L("Le jour de votre injection dans l'œil", "On the day of your eye injection"),
                       [b.L("Venez accompagné(e); prévoyez 2 heures.", "Bring someone with you; allow 2 hours."), b.L("Continuez vos médicaments habituels, y compris les anticoagulants.", "Keep taking your usual medications, including blood thinners."),
                        b.L("Une légère irritation est normale le lendemain.", "Mild irritation the next day is normal.")])])
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Version révisée du feuillet d'information, approuvée par le comité :", "Revised patient leaflet, approved by the committee:")),
              ("p", topic[0]), ("list", topic[1]), ("sig", C.signature(n, lang, r))]
    if r.random() < 0.5:
        b.att({"kind": "pdf", "filename": b.L("feuillet_information.pdf", "patient_leaflet.pdf"), "data": A.make_pdf(topic[0], topic[1], compress=r.random() < 0.5)})
    return b.spec(addr_of(n, lang), [b.all_staff()], b.L("Feuillet : ", "Leaflet: ") + topic[0], blocks, form=r.choice(["html", "alt", "plain"]))
