"""Negative templates, part 2: purchasing, inventory, IT, facilities, statistics, teaching, forms, notices, research."""
import datetime

from stdnum import luhn

import gen_attach as A
import gen_common as C
from gen_ctx import Rec
from gen_mime import Attachment
from gen_neg1 import ALL_STAFF, DOCX, XLSX
from gen_pos_base import greet, header_line, quote, sign, thanks

VENDORS = [("OrthoMed Canada inc.", "factures@orthomed.example"), ("Castex Medical", "ar@castex.example"),
           ("Implantis Nord", "billing@implantis-nord.example"), ("Distribution Médicale Boréale", "comptes@dmb.example")]
PRODUCTS = [("Bande de fibre de verre 10 cm (boîte de 10)", "Fibreglass casting tape 4 in (box of 10)", 84.50),
            ("Jersey tubulaire 7,5 cm (rouleau)", "Stockinette 3 in (roll)", 22.10),
            ("Ouate synthétique 10 cm", "Synthetic cast padding 4 in", 31.75),
            ("Botte de marche pneumatique, M", "Pneumatic walking boot, M", 118.00),
            ("Vis corticale 3,5 mm x 30", "Cortical screw 3.5 mm x 30", 96.00),
            ("Plaque radius distal volaire, G", "Volar distal radius plate, L", 612.00),
            ("Lame de scie à plâtre", "Cast saw blade", 47.30),
            ("Écharpe de bras, adulte", "Arm sling, adult", 9.80)]


def luhn_num(rng, n):
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


def lot(rng):
    return "%s%02d%04d" % (rng.choice(["L", "LOT", "B"]), rng.randint(20, 24), rng.randint(0, 9999))


def money(v, lang):
    s = "%.2f" % v
    return (s.replace(".", ",") + " $") if lang == "fr" else "$" + s


def n_invoice(ctx, lang, when):
    r = ctx.rng
    v = r.choice(VENDORS)
    rec = Rec(lang, "invoice", "supplier invoice for casting and implant supplies" if lang == "en" else "facture fournisseur, matériel de plâtre et implants", False)
    rec.frm = (v[0], v[1])
    rec.to = [("Comptes fournisseurs", "comptes.fournisseurs@" + C.DOM)]
    rec.cc = [C.staff_addr("hamel")]
    inv = "F-%d%05d" % (when.year % 100, r.randint(0, 99999))
    client = luhn_num(r, 9)
    items = r.sample(PRODUCTS, r.randint(2, 4))
    rows = [["Article" if lang == "fr" else "Item", "Lot", "Qté" if lang == "fr" else "Qty", "Prix" if lang == "fr" else "Price"]]
    total = 0
    for p in items:
        q = r.randint(1, 20)
        total += q * p[2]
        rows.append([p[0] if lang == "fr" else p[1], lot(r), str(q), money(p[2], lang)])
    tps, tvq = total * 0.05, total * 0.09975
    lines = ["%s : %s" % ("No de facture" if lang == "fr" else "Invoice no.", inv),
             "%s : %s" % ("No de client" if lang == "fr" else "Customer no.", client),
             "%s : %s" % ("Date" if lang == "fr" else "Date", when.date().isoformat()),
             "%s : %s" % ("Bon de commande" if lang == "fr" else "PO", "BC-%06d" % r.randint(0, 999999)),
             "Facturer à : Hôpital Saint-Aubin, %s" % C.ADDR_CLINIC if lang == "fr" else "Bill to: Saint-Aubin Hospital, %s" % C.ADDR_CLINIC_EN,
             ""] + ["  ".join(x) for x in rows] + ["", "TPS/GST 5 %%: %s   TVQ/QST 9,975 %%: %s" % (money(tps, lang), money(tvq, lang)),
                                                   "Total : %s" % money(total + tps + tvq, lang), "Net 30 jours / Net 30 days"]
    rec.subject = ("Facture %s" if lang == "fr" else "Invoice %s") % inv
    rec.body = ("%s\n\nVeuillez trouver ci-jointe la facture %s. Paiement par virement : transit 01234, compte %s.\n\n%s\n%s\nTél. : 1-800-555-0170"
                if lang == "fr" else "%s\n\nPlease find invoice %s attached. EFT: transit 01234, account %s.\n\n%s\n%s\nTel. 1-800-555-0170") % (
        greet(ctx, lang), inv, luhn_num(r, 7), "Comptes recevables" if lang == "fr" else "Accounts receivable", v[0])
    rec.attachments.append(Attachment("%s.pdf" % inv, "application/pdf", A.make_pdf(("FACTURE " if lang == "fr" else "INVOICE ") + inv, lines)))
    return rec


def n_purchase_order(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "purchase_order", "purchase order for cast room equipment" if lang == "en" else "bon de commande, équipement de salle de plâtre", False)
    rec.frm = C.staff_addr("hamel")
    v = r.choice(VENDORS)
    rec.to = [v]
    po = "BC-%06d" % r.randint(0, 999999)
    eq = r.choice([("Scie à plâtre oscillante", "Oscillating cast saw"), ("Aspirateur à poussière de plâtre", "Cast dust vacuum"),
                   ("Table de plâtre réglable", "Adjustable casting table")])
    asset = luhn_num(r, 9)
    serial = luhn_num(r, 10)
    if lang == "fr":
        rec.subject = "Bon de commande %s — %s" % (po, eq[0])
        rec.body = "%s\n\nBon de commande : %s\nArticle : %s, modèle CS-%d\nQuantité : %d\nNo d'actif à attribuer : %s\nNo de série de l'appareil remplacé : %s\nCentre de coûts : 6041-ORTHO\nLivraison : quai de réception, %s\n\n%s" % (
            greet(ctx, lang), po, eq[0], r.randint(100, 900), r.randint(1, 3), C.fmt_digits(r, asset, (3, 3, 3), "space"),
            serial, C.ADDR_CLINIC, sign(ctx, "hamel", lang))
    else:
        rec.subject = "Purchase order %s - %s" % (po, eq[1])
        rec.body = "%s\n\nPO: %s\nItem: %s, model CS-%d\nQty: %d\nAsset tag to assign: %s\nSerial of unit being replaced: %s\nCost centre: 6041-ORTHO\nDeliver to: receiving dock, %s\n\n%s" % (
            greet(ctx, lang), po, eq[1], r.randint(100, 900), r.randint(1, 3), C.fmt_digits(r, asset, (3, 3, 3), "dash"),
            serial, C.ADDR_CLINIC_EN, sign(ctx, "hamel", lang))
    return rec


def n_inventory(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "inventory", "implant and casting supply inventory" if lang == "en" else "inventaire des implants et du matériel de plâtre", False)
    who_ = r.choice(["hamel", "labelle", "auclair"])
    rec.frm = C.staff_addr(who_)
    rec.to = [C.staff_addr("whitfield")]
    head = ["Article" if lang == "fr" else "Item", "Lot", "No de série" if lang == "fr" else "Serial", "Expiration", "Qté" if lang == "fr" else "Qty"]
    rows = [head]
    for p in r.sample(PRODUCTS, 6):
        rows.append([p[0] if lang == "fr" else p[1], lot(r), luhn_num(r, r.choice([9, 10, 11])),
                     (when.date() + datetime.timedelta(days=r.randint(60, 900))).isoformat(), r.randint(0, 40)])
    if r.random() < 0.5:
        rec.attachments.append(Attachment("inventaire_%s.xlsx" % when.date().isoformat(), XLSX, A.make_xlsx([("Inventaire", rows)])))
        tail = ""
    else:
        rec.attachments.append(Attachment("inventory_%s.csv" % when.date().isoformat(), "text/csv; charset=utf-8", A.make_csv(rows, sep=",")))
        tail = ""
    rec.subject = ("Inventaire mensuel — salle de plâtre et arsenal" if lang == "fr" else "Monthly inventory - cast room and implant stock") + tail
    rec.body = ("%s\n\nInventaire du %s en pièce jointe. Deux lots de vis 3,5 mm expirent avant mars : à retourner au fournisseur.\n\n%s"
                if lang == "fr" else "%s\n\nInventory for %s attached. Two lots of 3.5 mm screws expire before March: return to vendor.\n\n%s") % (
        greet(ctx, lang), C.fmt_date(when.date(), lang), sign(ctx, who_, lang))
    return rec


def n_it(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "it_notice", "IT notice" if lang == "en" else "avis informatique", False)
    rec.frm = ("Centre de services TI", "servicedesk@" + C.DOM) if r.random() < 0.6 else C.staff_addr("lemay")
    rec.to = [ALL_STAFF]
    d = ctx.future(when, 1, 14)
    ticket = "INC%07d" % r.randint(0, 9999999)
    k = r.choice(["emr", "pacs", "pwd", "printer", "teams"])
    fr = {"emr": ("Interruption planifiée du DMÉ", "Le dossier médical électronique sera indisponible le %s de 23 h à 3 h. Utilisez les formulaires papier de contingence (armoire du poste)."),
          "pacs": ("Mise à niveau du PACS", "Le PACS sera mis à niveau le %s. Les images récentes resteront accessibles en lecture seule pendant 2 heures."),
          "pwd": ("Expiration de votre mot de passe", "Votre mot de passe réseau expirera le %s. Ne communiquez jamais votre mot de passe par courriel."),
          "printer": ("Imprimante salle de plâtre — billet %s" % ticket, "L'imprimante d'étiquettes de la salle de plâtre (actif %s) sera remplacée le %%s." % C.fmt_digits(r, luhn_num(r, 9), (3, 3, 3), "space")),
          "teams": ("Migration vers Teams", "Les listes de distribution de l'orthopédie migreront vers Teams le %s. Aucune action requise.")}[k]
    en = {"emr": ("Planned EMR downtime", "The electronic medical record will be unavailable on %s from 23:00 to 03:00. Use paper downtime forms (cabinet at the desk)."),
          "pacs": ("PACS upgrade", "PACS will be upgraded on %s. Recent images stay available read-only for 2 hours."),
          "pwd": ("Your password is expiring", "Your network password expires on %s. Never send your password by email."),
          "printer": ("Cast room printer - ticket %s" % ticket, "The cast room label printer (asset %s) will be replaced on %%s." % C.fmt_digits(r, luhn_num(r, 9), (3, 3, 3), "dash")),
          "teams": ("Move to Teams", "Orthopaedics distribution lists move to Teams on %s. No action needed.")}[k]
    t = fr if lang == "fr" else en
    rec.subject = t[0]
    rec.body = "%s\n\n%s\n\n%s\n%s" % (greet(ctx, lang), t[1] % C.fmt_date(d, lang, True),
                                     "Centre de services TI — poste 4444" if lang == "fr" else "IT Service Desk - ext. 4444", ticket)
    rec.structure = r.choice(["plain", "html", "alt"])
    return rec


def n_facilities(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "facilities", "facilities notice" if lang == "en" else "avis des installations matérielles", False)
    rec.frm = C.staff_addr("fontaine")
    rec.to = [ALL_STAFF]
    d = ctx.future(when, 1, 10)
    k = r.choice(["elev", "vent", "park", "water"])
    fr = {"elev": ("Ascenseur B hors service", "L'ascenseur B (no d'équipement %s) sera hors service le %s. Les patients en civière pour la clinique de fractures passeront par l'ascenseur C."),
          "vent": ("Ventilation salle de plâtre", "Entretien du système d'extraction de poussière de la salle de plâtre (unité %s) le %s, de 6 h à 8 h."),
          "park": ("Stationnement P2 fermé", "Le stationnement P2 (barrière %s) sera fermé pour le déneigement le %s. Utilisez P3."),
          "water": ("Coupure d'eau — aile B", "Coupure d'eau chaude dans l'aile B (vanne %s) le %s entre 13 h et 15 h.")}[k]
    en = {"elev": ("Elevator B out of service", "Elevator B (equipment no. %s) will be out of service on %s. Stretcher patients for fracture clinic use elevator C."),
          "vent": ("Cast room ventilation", "Maintenance on the cast room dust extraction unit (%s) on %s, 6:00-8:00."),
          "park": ("P2 parking closed", "P2 parking (gate %s) closes for snow removal on %s. Use P3."),
          "water": ("Water shutdown - wing B", "Hot water shutdown in wing B (valve %s) on %s between 13:00 and 15:00.")}[k]
    t = fr if lang == "fr" else en
    rec.subject = t[0]
    rec.body = "%s\n\n%s\n\n%s" % (greet(ctx, lang), t[1] % (luhn_num(r, r.choice([9, 10])), C.fmt_date(d, lang, True)), sign(ctx, "fontaine", lang))
    return rec


def n_stats(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "statistics", "aggregate activity statistics" if lang == "en" else "statistiques d'activité agrégées", False)
    rec.frm = C.staff_addr("whitfield")
    rec.to = [C.staff_addr("trudel"), ALL_STAFF]
    months = [C.MOIS[i] if lang == "fr" else C.MONTHS[i] for i in range(6, 10)]
    rows = [["Indicateur" if lang == "fr" else "Indicator"] + months]
    ind = [("Visites clinique de fractures", "Fracture clinic visits", 900, 1300), ("Plâtres posés", "Casts applied", 300, 520),
           ("Fractures de hanche opérées", "Hip fractures operated", 20, 45), ("% opérées < 48 h", "% operated < 48 h", 62, 91),
           ("Demandes CNESST traitées", "CNESST forms processed", 40, 95), ("Durée moyenne de séjour (j)", "Average LOS (days)", 4, 9)]
    for f, e, lo, hi in ind:
        rows.append([f if lang == "fr" else e] + [r.randint(lo, hi) for _ in months])
    if r.random() < 0.5:
        rec.attachments.append(Attachment("tableau_de_bord_ortho.xlsx" if lang == "fr" else "ortho_dashboard.xlsx", XLSX, A.make_xlsx([("T3", rows)])))
        tbl = ""
    else:
        tbl = "\n\n" + "\n".join("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
        rec.structure = r.choice(["html", "alt"])
    rec.subject = r.choice(["Tableau de bord orthopédie — T2", "Statistiques clinique de fractures", "Indicateurs hanche < 48 h"]) if lang == "fr" else \
        r.choice(["Orthopaedics dashboard - Q2", "Fracture clinic statistics", "Hip fracture < 48 h indicators"])
    rec.body = ("%s\n\nVoici les indicateurs agrégés des quatre derniers mois (aucune donnée nominative).%s\n\nLa cible ministérielle de 85 %% pour la hanche < 48 h est atteinte deux mois sur quatre.\n\n%s"
                if lang == "fr" else "%s\n\nAggregate indicators for the last four months (no patient-level data).%s\n\nThe 85%% hip < 48 h target was met two months out of four.\n\n%s") % (
        greet(ctx, lang), tbl, sign(ctx, "whitfield", lang))
    return rec


def n_teaching_case(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "teaching_case", "de-identified teaching case for residents" if lang == "en" else "cas clinique dépersonnalisé pour les résidents", False)
    who_ = r.choice(["vezina", "iyer", "rao", "murphy"])
    rec.frm = C.staff_addr(who_)
    rec.to = [("Résidents orthopédie", "residents.ortho@" + C.DOM)]
    age = r.randint(8, 88)
    k = r.choice(sorted(C.SCEN))
    s = C.SCEN[k]
    if lang == "fr":
        rec.subject = r.choice(["Cas de la semaine", "Club de lecture + cas clinique", "Quiz radiologique du jeudi"])
        rec.body = "%s\n\nCas de la semaine (dépersonnalisé) :\n\n%s de %d ans, %s. Imagerie : %s. Antécédents : %s.\n\nQuestions :\n1. Classification ?\n2. Indications de %s ?\n3. Prophylaxie thromboembolique : quelle durée ?\n\nRéponses jeudi à la tournée.\n\n%s" % (
            greet(ctx, lang), r.choice(["Femme", "Homme"]), age, r.choice(["chute de sa hauteur", "accident de vélo", "chute sur la glace", "douleur progressive depuis 2 ans"]),
            s[0], r.choice(["diabète, tabagisme", "HTA", "aucun", "ostéoporose connue"]), s[2], sign(ctx, who_, lang, True))
    else:
        rec.subject = r.choice(["Case of the week", "Journal club + case", "Thursday x-ray quiz"])
        rec.body = "%s\n\nCase of the week (de-identified):\n\nA %d-year-old %s, %s. Imaging: %s. PMH: %s.\n\nQuestions:\n1. Classification?\n2. Indications for %s?\n3. VTE prophylaxis: how long?\n\nAnswers Thursday at rounds.\n\n%s" % (
            greet(ctx, lang), age, r.choice(["woman", "man"]), r.choice(["fall from standing", "bicycle accident", "slip on ice", "progressive pain over 2 years"]),
            s[1], r.choice(["diabetes, smoker", "hypertension", "none", "known osteoporosis"]), s[3], sign(ctx, who_, lang, True))
    if r.random() < 0.4:
        rec.attachments.append(Attachment("cas_clinique.pdf" if lang == "fr" else "teaching_case.pdf", "application/pdf",
                                          A.make_pdf("Cas clinique" if lang == "fr" else "Teaching case", rec.body.split("\n")[2:8])))
    return rec


def n_blank_form(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "blank_form", "blank form / mail-merge template" if lang == "en" else "formulaire vierge / gabarit de publipostage", False)
    who_ = r.choice(["pare", "whitfield", "gravel"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    kind = r.choice(["merge", "referral", "cnesst"])
    if kind == "merge":
        if lang == "fr":
            rec.subject = "Gabarit — rappel de rendez-vous clinique de fractures"
            rec.body = "%s\n\nVoici le nouveau gabarit de publipostage pour les rappels (à utiliser tel quel) :\n\n-----\nBonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la clinique de fractures le «Date_RV» à «Heure_RV».\nApportez votre carte d'assurance maladie («NAM») et la liste de vos médicaments.\nPour annuler : 450-555-0142.\n-----\n\n%s" % (
                greet(ctx, lang), sign(ctx, who_, lang))
        else:
            rec.subject = "Template - fracture clinic appointment reminder"
            rec.body = "%s\n\nHere is the new mail-merge template for reminders (use as is):\n\n-----\nDear {{first_name}} {{last_name}},\n\nThis is a reminder of your fracture clinic appointment on {{appt_date}} at {{appt_time}}.\nPlease bring your health card ({{health_card_no}}) and a list of your medications.\nTo cancel: 450-555-0142.\n-----\n\n%s" % (
                greet(ctx, lang), sign(ctx, who_, lang))
        return rec
    if kind == "referral":
        title = "Demande de consultation en physiothérapie" if lang == "fr" else "Physiotherapy referral form"
        fields = ["Nom du patient : ______________________", "NAM : ____________  DDN : __/__/____", "Diagnostic : ______________________",
                  "Précautions : ______________________", "Signature du médecin : ____________  Permis : _______"] if lang == "fr" else \
                 ["Patient name: ______________________", "Health card: ____________  DOB: __/__/____", "Diagnosis: ______________________",
                  "Precautions: ______________________", "Physician signature: ____________  Licence: _______"]
    else:
        title = "Attestation médicale CNESST — modèle vierge" if lang == "fr" else "CNESST medical certificate - blank"
        fields = ["Nom du travailleur : __________", "NAS : ___ ___ ___", "Date de l'événement : ____", "Diagnostic : ______", "Date prévisible de consolidation : ____"] if lang == "fr" else \
                 ["Worker name: __________", "SIN: ___ ___ ___", "Date of injury: ____", "Diagnosis: ______", "Expected consolidation date: ____"]
    kind2 = r.choice(["pdf", "docx"])
    if kind2 == "pdf":
        rec.attachments.append(Attachment(("formulaire_vierge.pdf" if lang == "fr" else "blank_form.pdf"), "application/pdf", A.make_pdf(title, fields)))
    else:
        rec.attachments.append(Attachment(("formulaire_vierge.docx" if lang == "fr" else "blank_form.docx"), DOCX, A.make_docx(title, fields)))
    rec.subject = ("Nouveau formulaire : %s" if lang == "fr" else "New form: %s") % title
    rec.body = ("%s\n\nLa nouvelle version du formulaire est jointe. Merci de détruire les anciennes copies papier.\n\n%s" if lang == "fr"
                else "%s\n\nThe new version of the form is attached. Please discard old paper copies.\n\n%s") % (greet(ctx, lang), sign(ctx, who_, lang))
    return rec


def n_drug_shortage(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "drug_shortage", "drug shortage notice" if lang == "en" else "avis de pénurie de médicament", False)
    rec.frm = C.staff_addr("brault")
    rec.to = [ALL_STAFF]
    d = r.choice([("céfazoline 2 g fiole", "cefazolin 2 g vial", "clindamycine 900 mg IV ou céfuroxime", "clindamycin 900 mg IV or cefuroxime"),
                  ("énoxaparine 40 mg seringue", "enoxaparin 40 mg syringe", "daltéparine 5000 U", "dalteparin 5000 U"),
                  ("hydromorphone 2 mg co", "hydromorphone 2 mg tab", "hydromorphone 1 mg co", "hydromorphone 1 mg tab")])
    if lang == "fr":
        rec.subject = "Pénurie : %s" % d[0]
        rec.body = "%s\n\nLe fournisseur nous informe d'une rupture d'approvisionnement de %s (DIN %s) jusqu'à la mi-%s.\nAlternative recommandée : %s. Les ordonnances pré-imprimées d'orthopédie seront modifiées.\n\n%s" % (
            greet(ctx, lang), d[0], "%08d" % r.randint(0, 99999999), C.MOIS[(when.month) % 12], d[2], sign(ctx, "brault", lang))
    else:
        rec.subject = "Shortage: %s" % d[1]
        rec.body = "%s\n\nThe supplier reports a shortage of %s (DIN %s) until mid-%s.\nRecommended alternative: %s. Orthopaedic pre-printed orders will be updated.\n\n%s" % (
            greet(ctx, lang), d[1], "%08d" % r.randint(0, 99999999), C.MONTHS[(when.month) % 12], d[3], sign(ctx, "brault", lang))
    return rec


def n_recall(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "recall", "implant/device recall notice" if lang == "en" else "avis de rappel d'implant ou de dispositif", False)
    rec.frm = (r.choice(VENDORS)[0], "qualite@implantis-nord.example")
    rec.to = [C.staff_addr("auclair"), C.staff_addr("hamel")]
    lots = [lot(r) for _ in range(r.randint(2, 4))]
    serials = [luhn_num(r, 10) for _ in range(2)]
    if lang == "fr":
        rec.subject = "AVIS DE RAPPEL — clou céphalomédullaire, lots visés"
        rec.body = "%s\n\nRappel volontaire de classe II : risque de bris de la vis de verrouillage.\nLots visés : %s\nNos de série : %s\n\nMettre les produits en quarantaine et retourner le formulaire de réponse.\n\nAffaires réglementaires\nTél. : 1-800-555-0177" % (
            greet(ctx, lang), ", ".join(lots), ", ".join(serials))
    else:
        rec.subject = "RECALL NOTICE - cephalomedullary nail, affected lots"
        rec.body = "%s\n\nVoluntary Class II recall: risk of locking screw breakage.\nAffected lots: %s\nSerial numbers: %s\n\nQuarantine the product and return the response form.\n\nRegulatory Affairs\nTel. 1-800-555-0177" % (
            greet(ctx, lang), ", ".join(lots), ", ".join(serials))
    return rec


def n_research(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "research", "research protocol / ethics notice without participants" if lang == "en" else "protocole de recherche / avis d'éthique sans participants", False)
    who_ = r.choice(["iyer", "murphy", "rao"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    t = r.choice([("Acide tranexamique topique et saignement après PTG : essai randomisé", "Topical tranexamic acid and blood loss after TKA: an RCT",
                   "50 ans et plus, PTG primaire", "50 and over, primary TKA"),
                  ("Plâtre versus attelle amovible pour les fractures en motte de beurre chez l'enfant", "Cast vs removable splint for paediatric buckle fractures",
                   "enfants de 4 à 12 ans, consentement parental", "children aged 4-12, parental consent"),
                  ("Retour au travail après fracture du scaphoïde chez les travailleurs indemnisés", "Return to work after scaphoid fracture in compensated workers",
                   "18 à 65 ans, réclamation CNESST acceptée", "aged 18-65, accepted CNESST claim")])
    num = "CER-%d-%03d" % (when.year, r.randint(1, 400))
    if lang == "fr":
        rec.subject = "Approbation éthique %s" % num
        rec.body = "%s\n\nLe comité d'éthique de la recherche a approuvé le protocole « %s » (%s).\nCritères d'inclusion : %s ; critères d'exclusion : allergie connue, grossesse.\nObjectif de recrutement : 120 participants sur 18 mois. Le formulaire de consentement vierge est joint.\n\n%s" % (
            greet(ctx, lang), t[0], num, t[2], sign(ctx, who_, lang))
    else:
        rec.subject = "Ethics approval %s" % num
        rec.body = "%s\n\nThe research ethics board approved the protocol \"%s\" (%s).\nInclusion: %s; exclusion: known allergy, pregnancy.\nRecruitment target: 120 participants over 18 months. Blank consent form attached.\n\n%s" % (
            greet(ctx, lang), t[1], num, t[3], sign(ctx, who_, lang))
    rec.attachments.append(Attachment("consentement_vierge.docx" if lang == "fr" else "consent_form_blank.docx", DOCX,
                                      A.make_docx(t[0] if lang == "fr" else t[1], ["Nom du participant : __________" if lang == "fr" else "Participant name: __________",
                                                                                   "Signature : __________", "Date : __________"])))
    return rec


def n_policy(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "policy", "procedure update" if lang == "en" else "mise à jour de procédure", False)
    who_ = r.choice(["gravel", "whitfield", "trudel"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    t = r.choice([("Surveillance neurovasculaire après pose de plâtre", "Neurovascular checks after cast application",
                   "Aux 1 h x 4, puis aux 4 h. Aviser le résident si douleur disproportionnée, paresthésies ou pâleur.",
                   "q1h x 4 then q4h. Call the resident for pain out of proportion, paresthesia or pallor."),
                  ("Thromboprophylaxie après arthroplastie", "VTE prophylaxis after arthroplasty",
                   "Énoxaparine 40 mg SC die x 28 jours ou apixaban 2,5 mg BID x 35 jours selon l'ordonnance collective.",
                   "Enoxaparin 40 mg SC daily x 28 days or apixaban 2.5 mg BID x 35 days per the collective order."),
                  ("Retrait des broches en clinique", "Pin removal in clinic",
                   "Analgésie : acétaminophène 15 mg/kg 30 min avant. Pansement sec 48 h.",
                   "Analgesia: acetaminophen 15 mg/kg 30 min before. Dry dressing 48 h.")])
    rec.subject = ("Procédure mise à jour : %s" if lang == "fr" else "Updated procedure: %s") % (t[0] if lang == "fr" else t[1])
    rec.body = "%s\n\n%s\n\n%s\n\n%s" % (greet(ctx, lang), t[0] if lang == "fr" else t[1], t[2] if lang == "fr" else t[3], sign(ctx, who_, lang))
    if r.random() < 0.4:
        rec.attachments.append(Attachment("procedure.pdf", "application/pdf", A.make_pdf(t[0] if lang == "fr" else t[1], [t[2] if lang == "fr" else t[3]])))
    return rec


def n_beds(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "bed_census_aggregate", "aggregate bed occupancy report" if lang == "en" else "rapport agrégé d'occupation des lits", False)
    rec.frm = ("Gestion des lits", "gestion.lits@" + C.DOM)
    rec.to = [C.staff_addr("whitfield"), C.staff_addr("berube")]
    occ, tot = r.randint(24, 32), 32
    if lang == "fr":
        rec.subject = "Occupation 6e Ortho — %s" % C.fmt_date(when.date(), "fr")
        rec.body = "Occupation : %d/%d lits\nCongés prévus aujourd'hui : %d\nNiveaux de soins alternatifs (NSA) : %d\nEn attente à l'urgence pour l'ortho : %d\nChirurgies électives reportées cette semaine : %d\n\nGestion des lits — poste 2000" % (
            occ, tot, r.randint(1, 6), r.randint(2, 9), r.randint(0, 5), r.randint(0, 4))
    else:
        rec.subject = "6 Ortho occupancy - %s" % C.fmt_date(when.date(), "en")
        rec.body = "Occupancy: %d/%d beds\nPlanned discharges today: %d\nALC patients: %d\nWaiting in ED for ortho: %d\nElective cases postponed this week: %d\n\nBed management - ext. 2000" % (
            occ, tot, r.randint(1, 6), r.randint(2, 9), r.randint(0, 5), r.randint(0, 4))
    return rec


def n_forward_admin(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "forward_admin", "forwarded administrative thread" if lang == "en" else "fil administratif transféré", False)
    a, b = r.sample(["whitfield", "auclair", "pare", "lalonde", "trudel"], 2)
    rec.frm = C.staff_addr(a)
    rec.to = [C.staff_addr(b)]
    prev = when.replace(hour=max(7, when.hour - 4))
    if lang == "fr":
        subj = r.choice(["Réservation salle 2.114 pour la tournée", "Bloc du Dr Iyer — échange avec la Dre Vézina", "Commande de dîners pour la journée de formation"])
        inner = "%s\n\nEst-ce possible de %s ? Merci.\n\n%s" % (greet(ctx, lang), r.choice(["réserver la salle jeudi matin", "confirmer l'échange de blocs du 14", "prévoir 18 repas"]), C.STAFF[b][0])
        rec.subject = r.choice(["TR: ", "RE: "]) + subj
        rec.body = "%s\n\n%s\n\n-----Message d'origine-----\n%s\n\n%s" % (r.choice(["Confirmé.", "Je m'en occupe.", "Voir plus bas, peux-tu répondre ?"]), C.STAFF[a][0],
                                                                    header_line(lang, C.staff_name(b, False), C.staff_addr(b)[1], prev, subj, C.staff_name(a, False)), inner)
    else:
        subj = r.choice(["Room 2.114 booking for rounds", "Dr. Iyer's block - swap with Dr. Vézina", "Lunch order for training day"])
        inner = "%s\n\nCould we %s? Thanks.\n\n%s" % (greet(ctx, lang), r.choice(["book the room Thursday morning", "confirm the block swap on the 14th", "order 18 lunches"]), C.STAFF[b][0])
        rec.subject = r.choice(["FW: ", "RE: "]) + subj
        rec.body = "%s\n\n%s\n\n%s" % (r.choice(["Confirmed.", "I'll take care of it.", "See below, can you answer?"]), C.STAFF[a][0], quote(inner))
    return rec


def n_education(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "patient_education", "generic patient education leaflet" if lang == "en" else "dépliant générique d'enseignement aux patients", False)
    who_ = r.choice(["gravel", "castonguay", "demers"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    t = r.choice([("Soins du plâtre à domicile", "Cast care at home", ["Gardez le plâtre au sec.", "Surélevez le membre 48 h.", "Consultez si douleur intense, engourdissement ou odeur."],
                   ["Keep the cast dry.", "Elevate the limb for 48 h.", "Seek care for severe pain, numbness or odour."]),
                  ("Utilisation des béquilles", "Using crutches", ["Montez avec la jambe saine, descendez avec la jambe opérée.", "Retirez les tapis."],
                   ["Up with the good leg, down with the operated leg.", "Remove loose rugs."])])
    title = t[0] if lang == "fr" else t[1]
    lines = t[2] if lang == "fr" else t[3]
    rec.attachments.append(Attachment(("depliant_%s.pdf" if lang == "fr" else "leaflet_%s.pdf") % r.randint(1, 9), "application/pdf", A.make_pdf(title, lines + ["", C.ORG_FR if lang == "fr" else C.ORG_EN, "450-555-0142"])))
    rec.subject = ("Dépliant révisé : %s" if lang == "fr" else "Revised leaflet: %s") % title
    rec.body = ("%s\n\nLe dépliant révisé est joint ; merci de le remettre à chaque patient qui quitte la salle de plâtre.\n\n%s" if lang == "fr"
                else "%s\n\nThe revised leaflet is attached; please hand it to every patient leaving the cast room.\n\n%s") % (greet(ctx, lang), sign(ctx, who_, lang))
    return rec


def n_supply_zip(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "catalogue_zip", "zipped supplier catalogue and price list" if lang == "en" else "catalogue et liste de prix du fournisseur (ZIP)", False)
    v = r.choice(VENDORS)
    rec.frm = v
    rec.to = [C.staff_addr("hamel")]
    prices = [["Code", "Description", "Prix" if lang == "fr" else "Price"]] + [["P-%04d" % r.randint(0, 9999), p[0] if lang == "fr" else p[1], "%.2f" % p[2]] for p in PRODUCTS]
    z = A.make_zip([("liste_prix_%d.csv" % when.year, A.make_csv(prices)),
                    ("catalogue.pdf", A.make_pdf("Catalogue %s" % v[0], [p[0] if lang == "fr" else p[1] for p in PRODUCTS])),
                    ("conditions.docx", A.make_docx("Conditions de vente" if lang == "fr" else "Terms of sale", ["Net 30.", "Livraison FAB Montréal." if lang == "fr" else "FOB Montreal."]))])
    rec.attachments.append(Attachment("%s_%d.zip" % (v[0].split()[0], when.year), "application/zip", z))
    rec.subject = ("Liste de prix %d" if lang == "fr" else "%d price list") % (when.year + 1)
    rec.body = ("%s\n\nCi-joint notre catalogue et la liste de prix en vigueur au 1er janvier.\n\n%s\n%s" if lang == "fr"
                else "%s\n\nAttached are our catalogue and the price list effective January 1.\n\n%s\n%s") % (greet(ctx, lang), v[0], "1-800-555-0171")
    return rec
