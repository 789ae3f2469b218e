"""Non-confidential mail, part B: invoices, orders, inventories, IT, facilities, statistics,
teaching cases, blank forms, templates, shortages, recalls, research protocols."""
import datetime

import gen_attach as A
import gen_text as T
import gen_util as U

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def invoice(c, lang):
    r = c.rng
    v = c.ext(r.choice(["prot", "whl"]))
    buyer = U.STAFF[24]
    no = "F-%d-%05d" % (c.today.year, r.randrange(10 ** 5))
    items = r.sample([("Pied en fibre de carbone cat. 4", "Carbon-fibre foot cat. 4", 1890.00),
                      ("Manchon silicone 6 mm", "Silicone liner 6 mm", 412.50),
                      ("Genou hydraulique 4 axes", "4-bar hydraulic knee", 3275.00),
                      ("Coussin à cellules d'air 18x18", "Air-cell cushion 18x18", 689.00),
                      ("Orthèse tibiale articulée", "Articulated AFO", 540.00),
                      ("Bas de moignon (boîte de 12)", "Stump socks (box of 12)", 96.00)], 3)
    lines, tot = [], 0.0
    for fr_, en_, price in items:
        q = r.randrange(1, 4)
        serial = U.luhn_serial(r, 9)
        lot = "L%s" % U.luhn_serial(r, 7)
        lines.append("%s  | Qté %d | N/S %s | Lot %s | %.2f $" % (fr_ if lang == "fr" else en_, q,
                                                                   serial, lot, q * price))
        tot += q * price
    tps, tvq = tot * 0.05, tot * 0.09975
    if lang == "fr":
        title = "Facture %s" % no
        pl = ["Vendu à : %s, service des approvisionnements" % U.ORG_FR, U.ORG_ADDR_FR,
              "No client : C-%05d   Bon de commande : BC-%06d" % (r.randrange(10 ** 5), r.randrange(10 ** 6)),
              "Date : %s   Échéance : 30 jours" % U.fmt_date(c.today, "fr", "iso"), "## Articles"] + lines + [
              "Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $" % (tot, tps, tvq),
              "Total : %.2f $" % (tot + tps + tvq), "TPS 81234 5678 RT0001 / TVQ 1212345678 TQ0001"]
        subj = "Facture %s – %s" % (no, v[0])
        body = "Bonjour,\n\nVeuillez trouver ci-jointe notre facture %s.\n\nComptes recevables\n%s\n%s" % (
            no, v[0], U.phone(r, "450"))
    else:
        title = "Invoice %s" % no
        pl = ["Bill to: %s, Purchasing" % U.ORG_EN, U.ORG_ADDR_EN,
              "Customer no.: C-%05d   PO: BC-%06d" % (r.randrange(10 ** 5), r.randrange(10 ** 6)),
              "Date: %s   Terms: net 30" % U.fmt_date(c.today, "en", "iso"), "## Items"] + [
              x.replace("Qté", "Qty").replace("N/S", "S/N") for x in lines] + [
              "Subtotal: $%.2f   GST: $%.2f   QST: $%.2f" % (tot, tps, tvq),
              "Total: $%.2f" % (tot + tps + tvq), "GST 81234 5678 RT0001 / QST 1212345678 TQ0001"]
        subj = "Invoice %s – %s" % (no, v[0])
        body = "Hello,\n\nPlease find attached invoice %s.\n\nAccounts receivable\n%s\n%s" % (
            no, v[0], U.phone(r, "450"))
    return c.msg(lang, "invoice", "supplier invoice with serial and lot numbers", ("Comptes recevables" if lang == "fr" else "Accounts receivable", "ar@" + v[1]),
                 [c.sa(buyer, lang)], subj, body,
                 atts=[T.att("pdf", "%s.pdf" % no, A.pdf(title, pl, header=v[0]), "application/pdf")])


def purchase_order(c, lang):
    r = c.rng
    buyer = U.STAFF[24]
    v = c.ext("whl")
    po = "BC-%06d" % r.randrange(10 ** 6)
    hdr = (["Article", "Description", "Qté", "Prix unitaire", "Centre de coûts"] if lang == "fr" else
           ["Item", "Description", "Qty", "Unit price", "Cost centre"])
    cat = [("FR-2210", "Fauteuil roulant manuel pliant 18 po", "Folding manual wheelchair 18 in", 1150),
           ("CU-0418", "Coussin gel/mousse 18x16", "Gel/foam cushion 18x16", 245),
           ("LV-7700", "Toile de lève-personne taille M", "Patient lift sling size M", 310),
           ("MB-1102", "Déambulateur 4 roues", "4-wheel rollator", 198),
           ("PL-0090", "Planche de transfert", "Transfer board", 64)]
    rows = [hdr]
    for code, f, e, p in r.sample(cat, 4):
        rows.append([code, f if lang == "fr" else e, r.randrange(1, 8), p,
                     r.choice(["7110-BM", "7120-AMP", "7130-AVC"])])
    data = A.xlsx([(po, rows)], when=c.cur["date"].replace(tzinfo=None))
    if lang == "fr":
        subj = "Bon de commande %s" % po
        body = "Bonjour,\n\nVoici notre bon de commande %s. Livraison au quai de réception, porte 3.%s" % (
            po, c.sig(buyer, "fr"))
    else:
        subj = "Purchase order %s" % po
        body = "Hello,\n\nPlease find PO %s attached. Deliver to the receiving dock, door 3.%s" % (
            po, c.sig(buyer, "en"))
    return c.msg(lang, "purchase_order", "purchase order for mobility equipment (XLSX)",
                 c.sa(buyer, lang), [("Ventes", "ventes@" + v[1])], subj, body,
                 atts=[T.att("xlsx", "%s.xlsx" % po, data, XLSX)])


def inventory(c, lang):
    r = c.rng
    frm = U.STAFF[27]
    hdr = (["No d'actif", "Équipement", "Local", "No de série", "Dernier entretien"] if lang == "fr"
           else ["Asset no.", "Equipment", "Room", "Serial no.", "Last service"])
    eq = [("Lève-personne sur rail", "Ceiling lift"), ("Tapis roulant avec support de poids",
                                                       "Body-weight-support treadmill"),
          ("Plate-forme de verticalisation", "Standing frame"), ("Vélo FES", "FES bike"),
          ("Table de Bobath électrique", "Electric Bobath table"), ("Bladder scanner", "Bladder scanner")]
    rows = [hdr]
    for _ in range(r.randrange(6, 11)):
        e = r.choice(eq)
        rows.append(["A-%s" % U.luhn_serial(r, 6), e[0] if lang == "fr" else e[1],
                     "%d.%02d" % (r.randrange(1, 5), r.randrange(1, 40)), U.luhn_serial(r, 9),
                     U.fmt_date(c.today - datetime.timedelta(days=r.randrange(10, 400)), lang, "iso")])
    data = A.csv_bytes(rows, delimiter=";" if lang == "fr" else ",",
                       encoding="windows-1252" if lang == "fr" and r.random() < 0.5 else "utf-8")
    cs = "windows-1252" if b"\xe9" in data or b"\xc8" in data else "utf-8"
    if lang == "fr":
        subj = "Inventaire des équipements – mise à jour"
        body = "Bonjour,\n\nInventaire annuel des équipements de réadaptation ci-joint. Merci de valider vos locaux.%s" % c.sig(frm, "fr")
        fn = "inventaire_équipements_%d.csv" % c.today.year
    else:
        subj = "Equipment inventory – update"
        body = "Hi,\n\nAnnual rehab equipment inventory attached. Please check your rooms.%s" % c.sig(frm, "en")
        fn = "equipment_inventory_%d.csv" % c.today.year
    return c.msg(lang, "inventory", "equipment inventory with checksum-valid asset and serial numbers",
                 c.sa(frm, lang), [c.sa(U.STAFF[19], lang), c.sa(U.STAFF[20], lang)], subj, body,
                 atts=[T.att("csv", fn, data, "text/csv", charset=cs)])


def it_notice(c, lang):
    r = c.rng
    it = U.STAFF[23]
    d = c.today + datetime.timedelta(days=r.randrange(2, 12))
    kind = r.choice(["dme", "phish", "pwd", "wifi"])
    if lang == "fr":
        txt = {
            "dme": ("Le dossier médical électronique sera interrompu %s de 0 h à 4 h pour une mise à "
                    "jour. Utilisez les formulaires papier de contingence (armoire rouge au poste)." % U.day_fr(d)),
            "phish": ("Attention : un courriel frauduleux intitulé « Votre boîte est pleine » circule. "
                      "Ne cliquez pas sur le lien et signalez-le au poste 2999."),
            "pwd": ("Votre mot de passe réseau expirera dans 7 jours. Changez-le via Ctrl-Alt-Suppr. "
                    "Minimum 14 caractères."),
            "wifi": ("Le réseau Wi-Fi invité « Berges-Visiteurs » sera remplacé %s. Les usagers et "
                     "familles recevront le nouveau code à l'accueil." % U.day_fr(d)),
        }[kind]
        subj = {"dme": "Interruption planifiée du DME", "phish": "Alerte hameçonnage",
                "pwd": "Expiration du mot de passe", "wifi": "Changement Wi-Fi invité"}[kind]
        body = "Bonjour,\n\n%s\n\nSoutien informatique – poste 2999%s" % (txt, c.sig(it, "fr"))
    else:
        txt = {
            "dme": ("The electronic health record will be down %s from midnight to 4 am for an "
                    "upgrade. Use the paper downtime forms (red cabinet at the nursing station)." % U.day_en(d)),
            "phish": ("Warning: a fraudulent e-mail titled \"Your mailbox is full\" is circulating. "
                      "Don't click the link; report it to ext. 2999."),
            "pwd": "Your network password expires in 7 days. Change it with Ctrl-Alt-Del. 14 characters minimum.",
            "wifi": ("The guest Wi-Fi \"Berges-Visitors\" will be replaced on %s. Clients and families "
                     "will get the new code at reception." % U.day_en(d)),
        }[kind]
        subj = {"dme": "Planned EHR downtime", "phish": "Phishing alert",
                "pwd": "Password expiry", "wifi": "Guest Wi-Fi change"}[kind]
        body = "Hello,\n\n%s\n\nIT Service Desk – ext. 2999%s" % (txt, c.sig(it, "en"))
    return c.msg(lang, "it", "IT notice (%s)" % kind, ("Soutien informatique" if lang == "fr" else "IT Service Desk", "ti@" + U.DOM),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)


def it_forward_eml(c, lang):
    r = c.rng
    mgr = c.st(19, 20, 21)
    inner = it_notice(c, lang)
    inner = {k: inner[k] for k in ("lang", "frm", "to", "subject", "text", "date", "msgid")}
    inner["date"] = inner["date"] - datetime.timedelta(days=2)
    inner["msgid"] = c.msgid(inner["date"], U.DOM, extra="inner")
    if lang == "fr":
        subj = "TR: %s" % inner["subject"]
        body = "Pour votre information, voir le message ci-joint. À relayer aux équipes de soir et de nuit.\n\n%s" % mgr[0]
    else:
        subj = "FW: %s" % inner["subject"]
        body = "FYI, see the attached message. Please pass it on to evening and night staff.\n\n%s" % mgr[0]
    return c.msg(lang, "it", "IT notice forwarded as an attached message", c.sa(mgr, lang),
                 [c.sa(U.STAFF[10], lang), c.sa(U.STAFF[8], lang)], subj, body,
                 atts=[T.att("eml", inner["subject"] + ".eml", msg=inner)])


def facilities(c, lang):
    r = c.rng
    fm = U.STAFF[27]
    d = c.today + datetime.timedelta(days=r.randrange(2, 15))
    kind = r.choice(["pool", "elevator", "fire", "parking"])
    if lang == "fr":
        txt = {"pool": "Le bassin thérapeutique sera fermé du %s au vendredi suivant pour le "
                       "remplacement du système de filtration. Les séances d'hydrothérapie des "
                       "programmes AVC et BM sont annulées." % U.day_fr(d),
               "elevator": "L'ascenseur no 2 (aile B) sera hors service %s. Prévoir du temps "
                           "additionnel pour les déplacements en fauteuil." % U.day_fr(d),
               "fire": "Exercice d'évacuation incendie %s vers 10 h. Les usagers alités ne seront "
                       "pas déplacés ; le personnel applique le code vert." % U.day_fr(d),
               "parking": "Le stationnement P2 sera repeint %s. Les espaces réservés aux personnes "
                          "handicapées sont déplacés temporairement près de l'entrée principale." % U.day_fr(d)}[kind]
        subj = {"pool": "Fermeture du bassin thérapeutique", "elevator": "Ascenseur 2 hors service",
                "fire": "Exercice d'évacuation", "parking": "Travaux stationnement P2"}[kind]
        body = "Bonjour,\n\n%s\n\nMerci de votre collaboration.%s" % (txt, c.sig(fm, "fr"))
    else:
        txt = {"pool": "The therapy pool will be closed from %s to the following Friday to replace "
                       "the filtration system. Stroke and SCI program hydrotherapy sessions are "
                       "cancelled." % U.day_en(d),
               "elevator": "Elevator #2 (wing B) will be out of service on %s. Allow extra time "
                           "for wheelchair moves." % U.day_en(d),
               "fire": "Fire evacuation drill on %s around 10 am. Bed-bound clients will not be "
                       "moved; staff apply code green." % U.day_en(d),
               "parking": "Lot P2 will be repainted on %s. Accessible parking spaces move "
                          "temporarily near the main entrance." % U.day_en(d)}[kind]
        subj = {"pool": "Therapy pool closure", "elevator": "Elevator 2 out of service",
                "fire": "Evacuation drill", "parking": "Lot P2 work"}[kind]
        body = "Hello,\n\n%s\n\nThank you for your cooperation.%s" % (txt, c.sig(fm, "en"))
    return c.msg(lang, "facilities", "facilities notice (%s)" % kind, c.sa(fm, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)


def stats(c, lang):
    r = c.rng
    mgr = U.STAFF[26]
    q = (c.today.month - 1) // 3 + 1
    progs = ([("Blessés médullaires", "sci"), ("Amputés", "amp"), ("AVC", "stroke")] if lang == "fr"
             else [("Spinal cord injury", "sci"), ("Amputee", "amp"), ("Stroke", "stroke")])
    hdr = (["Programme", "Admissions", "DMS (jours)", "Gain MIF moyen", "Retour à domicile (%)",
            "IU / 1000 jours-présence"] if lang == "fr" else
           ["Program", "Admissions", "ALOS (days)", "Mean FIM gain", "Home discharge (%)",
            "UTI / 1,000 patient-days"])
    rows = [hdr]
    for nm, _ in progs:
        rows.append([nm, r.randrange(20, 90), r.randrange(25, 80), r.randrange(14, 32),
                     r.randrange(70, 96), round(r.uniform(0.5, 4.5), 1)])
    use_x = r.random() < 0.6
    tab = "\n".join(" | ".join(str(x) for x in row) for row in rows)
    if lang == "fr":
        subj = "Indicateurs de performance – T%d %d" % (q, c.today.year)
        body = ("Bonjour,\n\nVoici les indicateurs du trimestre (données agrégées, aucune donnée "
                "nominative).\n\n%s\n\n%s" % ("Voir le fichier joint." if use_x else tab, c.sig(mgr, "fr")))
    else:
        subj = "Performance indicators – Q%d %d" % (q, c.today.year)
        body = ("Hello,\n\nQuarterly indicators (aggregate data only).\n\n%s\n\n%s" % (
            "See attached file." if use_x else tab, c.sig(mgr, "en")))
    atts = []
    if use_x:
        atts.append(T.att("xlsx", "indicateurs_T%d.xlsx" % q if lang == "fr" else "indicators_Q%d.xlsx" % q,
                          A.xlsx([("T%d" % q, rows)], when=c.cur["date"].replace(tzinfo=None)), XLSX))
    return c.msg(lang, "stats", "aggregate quarterly programme indicators", c.sa(mgr, lang),
                 [("Comité de direction" if lang == "fr" else "Management committee", "codir@" + U.DOM)],
                 subj, body, atts=atts)


def teaching(c, lang):
    r = c.rng
    phys = c.st(0, 1, 2)
    case = r.choice(["sci", "amp", "stroke"])
    if lang == "fr":
        txt = {"sci": "Homme de 54 ans, lésion médullaire C6 AIS A post-chute. J45 : céphalée "
                      "pulsatile, TA 198/104, bradycardie, sudation au visage. Quelle est votre "
                      "conduite ? Quels déclencheurs rechercher ?",
               "amp": "Femme de 71 ans, amputation transtibiale droite sur MVAS, diabète mal "
                      "contrôlé. J20 : déhiscence partielle du moignon. Critères de mise en charge "
                      "et moment du moulage ?",
               "stroke": "Homme de 66 ans, AVC sylvien gauche, aphasie globale et dysphagie. "
                         "Vidéofluoroscopie : aspiration silencieuse. Options nutritionnelles et "
                         "enjeux éthiques ?"}[case]
        subj = "Cas clinique – club de lecture des résidents"
        body = ("Bonjour les résidents,\n\nCas dénominalisé pour mercredi :\n\n%s\n\nLectures "
                "suggérées sur l'intranet.%s" % (txt, c.sig(phys, "fr")))
    else:
        txt = {"sci": "54-year-old man, C6 AIS A SCI after a fall. Day 45: pounding headache, BP "
                      "198/104, bradycardia, facial sweating. What do you do? Which triggers do "
                      "you look for?",
               "amp": "71-year-old woman, right transtibial amputation for PAD, poorly controlled "
                      "diabetes. Day 20: partial wound dehiscence. Weight-bearing criteria and "
                      "timing of casting?",
               "stroke": "66-year-old man, left MCA stroke, global aphasia and dysphagia. VFSS: "
                         "silent aspiration. Nutrition options and ethical issues?"}[case]
        subj = "Teaching case – residents' journal club"
        body = ("Hi residents,\n\nDe-identified case for Wednesday:\n\n%s\n\nSuggested readings "
                "are on the intranet.%s" % (txt, c.sig(phys, "en")))
    return c.msg(lang, "teaching", "de-identified teaching case", c.sa(phys, lang),
                 [("Résidents" if lang == "fr" else "Residents", "residents@" + U.DOM)], subj, body)


def blank_form(c, lang):
    r = c.rng
    frm = U.STAFF[14]
    if lang == "fr":
        paras = ["Nom de l'usager : ______________________   Prénom : ________________",
                 "No d'assurance maladie (NAM) : ____ ____ ____   Date de naissance : AAAA-MM-JJ",
                 "Sexe : ☐ F ☐ M ☐ X", "No de dossier : __________",
                 "Programme demandé : ☐ Blessés médullaires ☐ Amputés ☐ AVC",
                 "Diagnostic principal : _____________________________________",
                 "Médication actuelle : ______________________________________",
                 "Signature du médecin référent : _______________  Date : ________"]
        title = "Demande d'admission – formulaire vierge (version 2025-03)"
        subj = "Nouveau formulaire de demande d'admission"
        body = ("Bonjour,\n\nLa nouvelle version du formulaire de demande d'admission est en vigueur. "
                "Merci de détruire les anciennes copies.%s" % c.sig(frm, "fr"))
        fn = "Formulaire_demande_admission_v2025-03.docx"
    else:
        paras = ["Patient surname: ______________________   Given name: ________________",
                 "Health insurance no.: ____ ____ ____   Date of birth: YYYY-MM-DD",
                 "Sex: ☐ F ☐ M ☐ X", "Chart no.: __________",
                 "Program requested: ☐ Spinal cord injury ☐ Amputee ☐ Stroke",
                 "Primary diagnosis: _____________________________________",
                 "Current medications: ______________________________________",
                 "Referring physician signature: _______________  Date: ________"]
        title = "Admission request – blank form (version 2025-03)"
        subj = "New admission request form"
        body = ("Hello,\n\nThe new version of the admission request form is now in effect. Please "
                "discard old copies.%s" % c.sig(frm, "en"))
        fn = "Admission_request_form_v2025-03.docx"
    data = A.docx(title, paras, when=c.cur["date"].replace(tzinfo=None))
    return c.msg(lang, "form", "blank admission form (DOCX)", c.sa(frm, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body, atts=[T.att("docx", fn, data, DOCX)])


def merge_template(c, lang):
    r = c.rng
    frm = U.STAFF[11]
    if lang == "fr":
        tpl = ("Bonjour {{Prénom}} {{Nom}},\n\nNous vous rappelons votre rendez-vous à la clinique "
               "{{Clinique}} le {{Date}} à {{Heure}}.\nApportez votre carte d'assurance maladie "
               "(NAM : {{NAM}}) et la liste de vos médicaments.\n\nPour annuler : %s" % U.clinic_phone(2200))
        subj = "Gabarit – rappel de rendez-vous (fusion)"
        body = ("Bonjour,\n\nVoici le gabarit révisé pour le publipostage des rappels. Les champs "
                "entre accolades sont remplis automatiquement.\n\n-----\n%s\n-----\n\n%s" % (tpl, frm[0]))
    else:
        tpl = ("Dear {{FirstName}} {{LastName}},\n\nThis is a reminder of your appointment at the "
               "{{Clinic}} clinic on {{Date}} at {{Time}}.\nBring your health card ({{HealthCardNo}}) "
               "and your medication list.\n\nTo cancel: %s" % U.clinic_phone())
        subj = "Template – appointment reminder (mail merge)"
        body = ("Hi,\n\nHere is the revised mail-merge template for reminders. Fields in braces are "
                "filled automatically.\n\n-----\n%s\n-----\n\n%s" % (tpl, frm[0]))
    return c.msg(lang, "template", "mail-merge reminder template with placeholders",
                 c.sa(frm, lang), [c.sa(U.STAFF[26], lang)], subj, body)


def shortage(c, lang):
    r = c.rng
    ph = U.STAFF[12]
    drug = r.choice([("baclofène intrathécal (Lioresal) 2 mg/mL", "intrathecal baclofen (Lioresal) 2 mg/mL"),
                     ("oxybutynine 5 mg comprimés", "oxybutynin 5 mg tablets"),
                     ("énoxaparine 40 mg seringues", "enoxaparin 40 mg syringes")])
    if lang == "fr":
        subj = "Avis de pénurie – %s" % drug[0]
        body = ("Bonjour,\n\nLe fournisseur annonce une rupture d'approvisionnement de %s jusqu'à "
                "nouvel ordre. Solutions de rechange approuvées par le comité de pharmacologie : voir "
                "l'intranet. Aucun changement pour les usagers déjà stabilisés sans avis du "
                "pharmacien.%s" % (drug[0], c.sig(ph, "fr")))
    else:
        subj = "Shortage notice – %s" % drug[1]
        body = ("Hello,\n\nThe supplier reports a shortage of %s until further notice. Alternatives "
                "approved by P&T are on the intranet. No changes for stabilized clients without "
                "talking to pharmacy.%s" % (drug[1], c.sig(ph, "en")))
    return c.msg(lang, "shortage", "drug shortage notice", c.sa(ph, lang),
                 [("Médecins et infirmières" if lang == "fr" else "Physicians and nurses",
                   "clinique@" + U.DOM)], subj, body)


def recall(c, lang):
    r = c.rng
    pr = U.STAFF[7]
    lots = ", ".join("L%s" % U.luhn_serial(r, 7) for _ in range(3))
    serials = ", ".join(U.luhn_serial(r, 10) for _ in range(2))
    if lang == "fr":
        subj = "Rappel volontaire – adaptateur pyramidal modèle PX-40"
        body = ("Bonjour,\n\nLe fabricant rappelle les adaptateurs pyramidaux PX-40 des lots %s "
                "(fissure possible sous charge). Numéros de série en stock chez nous : %s – mis en "
                "quarantaine à l'atelier.\n\nVérifiez les prothèses en essai au programme amputés.%s" % (
                    lots, serials, c.sig(pr, "fr")))
    else:
        subj = "Voluntary recall – pyramid adapter model PX-40"
        body = ("Hello,\n\nThe manufacturer is recalling PX-40 pyramid adapters, lots %s (possible "
                "cracking under load). Serial numbers in our stock: %s – quarantined in the "
                "workshop.\n\nPlease check trial prostheses in the amputee program.%s" % (
                    lots, serials, c.sig(pr, "en")))
    return c.msg(lang, "recall", "device recall with lot and serial numbers", c.sa(pr, lang),
                 [c.sa(U.STAFF[21], lang), c.sa(U.STAFF[24], lang)], subj, body)


def research(c, lang):
    r = c.rng
    pi = c.st(0, 1, 2)
    cer = "CER-%d-%04d" % (c.today.year, r.randrange(10 ** 4))
    if lang == "fr":
        paras = ["## Protocole EXO-BM : entraînement à la marche avec exosquelette",
                 "Approbation éthique : %s" % cer,
                 "Population : adultes 18-70 ans, lésion médullaire incomplète AIS C ou D, "
                 "6 à 24 mois post-lésion.",
                 "Critères d'exclusion : ostéoporose sévère, plaie de pression active, "
                 "dysréflexie autonome non contrôlée.",
                 "Intervention : 3 séances/semaine x 12 semaines. Mesures : 10MWT, 6MWT, WISCI II.",
                 "Taille visée : 40 participants ; recrutement via les physiatres du programme."]
        subj = "Protocole EXO-BM approuvé – recrutement"
        body = ("Bonjour,\n\nLe protocole EXO-BM est approuvé (%s). Merci de repérer les usagers "
                "admissibles et de m'en parler ; aucun nom par courriel SVP.%s" % (cer, c.sig(pi, "fr")))
    else:
        paras = ["## EXO-SCI protocol: exoskeleton gait training", "Ethics approval: %s" % cer,
                 "Population: adults 18-70, incomplete SCI AIS C or D, 6-24 months post-injury.",
                 "Exclusion: severe osteoporosis, active pressure injury, uncontrolled autonomic "
                 "dysreflexia.",
                 "Intervention: 3 sessions/week x 12 weeks. Outcomes: 10MWT, 6MWT, WISCI II.",
                 "Target sample: 40 participants; recruitment through program physiatrists."]
        subj = "EXO-SCI protocol approved – recruitment"
        body = ("Hello,\n\nThe EXO-SCI protocol is approved (%s). Please flag eligible clients to me "
                "in person; no names by e-mail please.%s" % (cer, c.sig(pi, "en")))
    data = A.docx(paras[0][3:], paras[1:], when=c.cur["date"].replace(tzinfo=None))
    return c.msg(lang, "research", "research protocol summary without participants",
                 c.sa(pi, lang), [("Équipe BM" if lang == "fr" else "SCI team", "bm@" + U.DOM)],
                 subj, body, atts=[T.att("docx", "protocole_EXO.docx" if lang == "fr" else "EXO_protocol.docx",
                                         data, DOCX)])


def maintenance(c, lang):
    r = c.rng
    bio = ("Génie biomédical" if lang == "fr" else "Biomedical engineering", "gbm@" + U.DOM)
    rows = []
    for _ in range(r.randrange(3, 6)):
        rows.append((r.choice(["Lève-personne Liko", "Pompe à baclofène – programmateur",
                               "Électrostimulateur FES", "Bladder scanner BVI"] if lang == "fr" else
                              ["Liko ceiling lift", "Baclofen pump programmer", "FES stimulator",
                               "BVI bladder scanner"]), U.luhn_serial(r, 9), r.choice(["OK", "À réparer" if lang == "fr" else "Needs repair"])))
    tab = "\n".join("%-36s S/N %s  %s" % x for x in rows)
    if lang == "fr":
        subj = "Entretien préventif – résultats"
        body = "Bonjour,\n\nRésultats de l'entretien préventif de cette semaine :\n\n%s\n\nLes appareils à réparer sont étiquetés en rouge.\n\nGénie biomédical – %s" % (tab, U.clinic_phone(2400))
    else:
        subj = "Preventive maintenance – results"
        body = "Hello,\n\nThis week's preventive maintenance results:\n\n%s\n\nEquipment needing repair is tagged red.\n\nBiomedical engineering – %s" % (tab, U.clinic_phone())
    return c.msg(lang, "maintenance", "equipment maintenance results with serial numbers", bio,
                 [c.sa(U.STAFF[27], lang)], subj, body)


def survey(c, lang):
    r = c.rng
    mgr = U.STAFF[26]
    n = r.randrange(120, 400)
    if lang == "fr":
        subj = "Sondage expérience usager – résultats"
        body = ("Bonjour,\n\nRésultats du sondage (n = %d répondants, anonymes) :\n- Satisfaction "
                "globale : %d %%\n- Programme AVC : %d %%\n- Programme amputés : %d %%\n- Programme BM : "
                "%d %%\nCommentaires fréquents : repas, délai de réponse aux cloches d'appel, "
                "stationnement.%s" % (n, r.randrange(85, 97), r.randrange(80, 98), r.randrange(80, 98),
                                      r.randrange(80, 98), c.sig(mgr, "fr")))
    else:
        subj = "Client experience survey – results"
        body = ("Hello,\n\nSurvey results (n = %d anonymous respondents):\n- Overall satisfaction: "
                "%d%%\n- Stroke program: %d%%\n- Amputee program: %d%%\n- SCI program: %d%%\n"
                "Common comments: meals, call-bell response time, parking.%s" % (
                    n, r.randrange(85, 97), r.randrange(80, 98), r.randrange(80, 98),
                    r.randrange(80, 98), c.sig(mgr, "en")))
    return c.msg(lang, "stats", "anonymous client survey results", c.sa(mgr, lang),
                 [("Comité des usagers" if lang == "fr" else "Users' committee", "comite-usagers@" + U.DOM)],
                 subj, body)


def forms_zip(c, lang):
    r = c.rng
    frm = U.STAFF[14]
    when = c.cur["date"].replace(tzinfo=None)
    if lang == "fr":
        members = [("consentement_photo_vierge.docx", A.docx("Consentement – photographie",
                                                           ["Je, soussigné(e) ____________, autorise…", "Signature : ______"], when=when)),
                   ("grille_MIF_vierge.csv", A.csv_bytes([["Item", "Score admission", "Score congé"],
                                                          ["Alimentation", "", ""], ["Toilette", "", ""],
                                                          ["Transferts lit-fauteuil", "", ""]], delimiter=";")),
                   ("guide_remplissage.pdf", A.pdf("Guide de remplissage", ["Utiliser l'encre bleue.",
                                                                            "Ne jamais inscrire le NAM complet dans l'objet d'un courriel."]))]
        subj = "Trousse de formulaires vierges 2025"
        body = "Bonjour,\n\nVoici la trousse de formulaires vierges (fichier zip).%s" % c.sig(frm, "fr")
        fn = "formulaires_vierges_2025.zip"
    else:
        members = [("photo_consent_blank.docx", A.docx("Consent – photography",
                                                     ["I, the undersigned ____________, authorize…", "Signature: ______"], when=when)),
                   ("FIM_grid_blank.csv", A.csv_bytes([["Item", "Admission score", "Discharge score"],
                                                       ["Eating", "", ""], ["Grooming", "", ""],
                                                       ["Bed-chair transfer", "", ""]])),
                   ("filling_guide.pdf", A.pdf("Filling guide", ["Use blue ink.",
                                                                 "Never put a full health card number in an e-mail subject."]))]
        subj = "Blank forms kit 2025"
        body = "Hello,\n\nHere is the blank forms kit (zip file).%s" % c.sig(frm, "en")
        fn = "blank_forms_2025.zip"
    return c.msg(lang, "form", "ZIP of blank forms and guides", c.sa(frm, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body, atts=[T.att("zip", fn, A.zip_bytes(members, when), "application/zip")])


def policy(c, lang):
    r = c.rng
    frm = U.STAFF[26]
    if lang == "fr":
        title = "Politique PO-112 – Prévention et gestion de la dysréflexie autonome"
        lines = ["## Objet", "Encadrer la reconnaissance et le traitement de la dysréflexie autonome "
                 "chez les usagers ayant une lésion médullaire T6 et plus.",
                 "## Procédure", "1. Asseoir l'usager, desserrer les vêtements.",
                 "2. Vérifier la vessie (cathétérisme) et l'intestin.",
                 "3. Si TA systolique > 150 mmHg persistante : nifédipine selon ordonnance collective OC-21.",
                 "## Entrée en vigueur", U.fmt_date(c.today, "fr", "long")]
        subj = "Politique révisée PO-112 (dysréflexie autonome)"
        body = "Bonjour,\n\nLa politique révisée est jointe et remplace la version 2019.%s" % c.sig(frm, "fr")
        fn = "PO-112_dysreflexie_2025.pdf"
    else:
        title = "Policy PO-112 – Prevention and management of autonomic dysreflexia"
        lines = ["## Purpose", "Guide recognition and treatment of autonomic dysreflexia in "
                 "clients with SCI at T6 and above.",
                 "## Procedure", "1. Sit the client up, loosen clothing.",
                 "2. Check bladder (catheterize) and bowel.",
                 "3. If systolic BP stays > 150 mmHg: nifedipine per standing order OC-21.",
                 "## Effective date", U.fmt_date(c.today, "en", "long")]
        subj = "Revised policy PO-112 (autonomic dysreflexia)"
        body = "Hello,\n\nThe revised policy is attached and replaces the 2019 version.%s" % c.sig(frm, "en")
        fn = "PO-112_dysreflexia_2025.pdf"
    return c.msg(lang, "policy", "clinical policy document (PDF)", c.sa(frm, lang),
                 [("Personnel clinique" if lang == "fr" else "Clinical staff", "clinique@" + U.DOM)],
                 subj, body, atts=[T.att("pdf", fn, A.pdf(title, lines), "application/pdf")])


def accreditation(c, lang):
    r = c.rng
    frm = U.STAFF[26]
    d = c.today + datetime.timedelta(days=r.randrange(20, 60))
    if lang == "fr":
        subj = "Visite d'agrément – %s" % U.fmt_date(d, "fr", "long")
        body = ("Bonjour,\n\nLes visiteurs d'Agrément seront sur place à compter du %s. Ils pourraient "
                "interroger le personnel sur la double identification des usagers, la prévention des "
                "chutes et la gestion des médicaments à risque élevé (ex. : anticoagulants, "
                "insuline).\n\nAide-mémoire disponible sur l'intranet.%s" % (U.day_fr(d), c.sig(frm, "fr")))
    else:
        subj = "Accreditation visit – %s" % U.fmt_date(d, "en", "long")
        body = ("Hello,\n\nAccreditation surveyors will be on site starting %s. They may ask staff "
                "about two-identifier checks, falls prevention and high-alert medications (e.g. "
                "anticoagulants, insulin).\n\nTip sheet on the intranet.%s" % (U.day_en(d), c.sig(frm, "en")))
    return c.msg(lang, "committee", "accreditation visit notice", c.sa(frm, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)
