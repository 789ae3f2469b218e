"""Negative messages, part B: invoices, orders, inventory, IT, facilities, statistics, teaching, forms,
templates, research, shortages, recalls, policy, education, quality."""
import datetime as dt

from stdnum import luhn

import gen_attach as A
from gen_common import ORG, HOSP, LAB, PHARM, AGENCY, staff, fdate, fday
from gen_text import mk, who, signature, short_sig, quote, reply_header, earlier, forward_block
from gen_mime import build_message

VENDORS = [("Cryo-Nord Services", "cryonord.example"), ("BioMédia Scientifique", "biomedia-sci.example"),
           ("Laurentide Medical Supply", "laurentide-med.example"), ("Azote Express", "azote-express.example")]


def luhn_serial(r, n=9):
    body = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 2))
    s = body + luhn.calc_check_digit(body)
    return s


def sp9(s):
    return f"{s[0:3]} {s[3:6]} {s[6:9]}"


def money(x, fr):
    s = f"{x:,.2f}"
    return (s.replace(",", " ").replace(".", ",") + " $") if fr else ("$" + s)


# --------------------------------------------------------------------------- invoice
def invoice(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    vname, vdom = VENDORS[ctx.idx % len(VENDORS)]
    no = f"{ctx.today.year}-{r.randint(1000, 9999)}"
    ser = luhn_serial(r)
    items = [("Entretien préventif réservoir d'azote liquide" if fr else "Preventive maintenance, LN2 dewar", 1, 485.0),
             ("Remplissage LN2 (180 L)" if fr else "LN2 refill (180 L)", 2, 212.5),
             ("Frais de déplacement" if fr else "Travel fee", 1, 95.0)]
    sub = sum(q * p for _, q, p in items)
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    lines = [f"{'Facture' if fr else 'Invoice'} no {no}", f"{'Client' if fr else 'Customer'} : {ORG['name_fr']}",
             f"{'Bon de commande' if fr else 'PO'} : PO-{r.randint(80000, 89999)}",
             f"{'No de série de l appareil' if fr else 'Equipment serial no.'} : {sp9(ser)}", ""]
    lines += [f"{d} x{q} : {money(q * p, fr)}" for d, q, p in items]
    lines += ["", f"{'Sous-total' if fr else 'Subtotal'} : {money(sub, fr)}", f"TPS/GST : {money(tps, fr)}",
              f"TVQ/QST : {money(tvq, fr)}", f"Total : {money(sub + tps + tvq, fr)}",
              f"{'Date d échéance' if fr else 'Due date'} : {fdate(ctx.days(30), lang, 1)}"]
    if fr:
        subj = f"Facture {no} – {vname}"
        text = f"Bonjour,\n\nVeuillez trouver ci-joint notre facture {no}. Paiement net 30 jours.\n\nComptes recevables\n{vname}\n450-555-0161"
    else:
        subj = f"Invoice {no} - {vname}"
        text = f"Hello,\n\nPlease find attached invoice {no}. Payment terms net 30.\n\nAccounts receivable\n{vname}\n450-555-0161"
    return mk(ctx, "invoice", lang, subj, ("Comptes recevables" if fr else "Accounts receivable", f"ar@{vdom}"),
              [who("fin", 0)], text, [], "supplier invoice with equipment serial number",
              attachments=[{"kind": "pdf", "filename": f"{'Facture' if fr else 'Invoice'}_{no}.pdf",
                            "data": A.pdf("FACTURE" if fr else "INVOICE", lines, vname)}], msgid_domain=vdom)


# --------------------------------------------------------------------------- purchase order
def purchase_order(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    po = f"PO-{r.randint(80000, 89999)}"
    rows = [["Article" if fr else "Item", "Code", "Qté" if fr else "Qty", "Prix unit." if fr else "Unit price"]]
    catalog = [("Pipettes ICSI 35°", "ICSI-35-20"), ("Milieu de culture séquentiel 30 mL", "SEQ-30"),
               ("Aiguilles de ponction 17G double lumière", "OPU-17DL"), ("Paillettes de vitrification", "VIT-ST-100"),
               ("Gonal-f 900 UI (stock clinique)", "DIN 02270404"), ("Spéculums jetables M", "SPEC-M-50"),
               ("Brosses cytologiques", "CYTO-BR-100"), ("Huile minérale 100 mL", "OIL-100")]
    for name, code in r.sample(catalog, 4):
        rows.append([name if fr else name.replace("Milieu de culture séquentiel", "Sequential culture medium")
                     .replace("Aiguilles de ponction 17G double lumière", "17G double-lumen OPU needles")
                     .replace("Paillettes de vitrification", "Vitrification straws").replace("Spéculums jetables", "Disposable speculums")
                     .replace("Brosses cytologiques", "Cytology brushes").replace("Huile minérale", "Mineral oil")
                     .replace("stock clinique", "clinic stock"), code, str(r.randint(1, 40)), f"{r.randint(8, 450)}.{r.randint(0, 99):02d}"])
    vname, vdom = VENDORS[(ctx.idx + 1) % len(VENDORS)]
    if fr:
        subj = f"Bon de commande {po}"
        text = (f"Bonjour,\n\nVoici le bon de commande {po}. Livraison au {ORG['addr']}, quai de réception, avant le "
                f"{fdate(ctx.days(10), 'fr')}.\n\n" + signature("fin", "fr"))
    else:
        subj = f"Purchase order {po}"
        text = (f"Hello,\n\nPlease find purchase order {po}. Deliver to {ORG['addr_ascii']}, loading dock, by "
                f"{fdate(ctx.days(10), 'en')}.\n\n" + signature("fin", "en"))
    kind = r.choice(["xlsx", "csv", "body"])
    atts = []
    if kind == "xlsx":
        atts = [{"kind": "xlsx", "filename": f"{po}.xlsx", "data": A.xlsx([(po, rows)])}]
    elif kind == "csv":
        enc = r.choice(["utf-8", "iso-8859-1"])
        atts = [{"kind": "csv", "filename": f"{po}.csv", "charset": enc, "data": A.csv_bytes(rows, enc, ";")}]
    else:
        text = text.replace("\n\n" + signature("fin", lang), "\n\n" + "\n".join(" | ".join(x) for x in rows) + "\n\n" + signature("fin", lang))
    return mk(ctx, "purchase_order", lang, subj, who("fin", 0), [("Commandes" if fr else "Orders", f"orders@{vdom}")], text, [],
              "purchase order for clinic supplies", attachments=atts)


# --------------------------------------------------------------------------- inventory
def inventory(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    v = ctx.idx % 2
    if v == 0:
        rows = [["Réservoir" if fr else "Dewar", "No série" if fr else "Serial", "Niveau LN2 (cm)" if fr else "LN2 level (cm)",
                 "Canisters", "Alarme testée" if fr else "Alarm tested"]]
        for i in range(1, 7):
            rows.append([f"R{i}", sp9(luhn_serial(r)), str(r.randint(28, 46)), str(r.choice([6, 10])), "oui" if fr else "yes"])
        subj = "Inventaire des réservoirs – hebdomadaire" if fr else "Weekly dewar inventory"
        note = "weekly liquid nitrogen dewar inventory"
    else:
        rows = [["Produit" if fr else "Product", "Lot", "Péremption" if fr else "Expiry", "Qté" if fr else "Qty"]]
        for name in ["G-1 PLUS", "G-2 PLUS", "G-MOPS", "Vit Kit-Freeze", "Vit Kit-Thaw", "SpermGrad"]:
            rows.append([name, f"{r.randint(100000, 999999)}", (ctx.today + dt.timedelta(days=r.randint(20, 200))).isoformat(),
                         str(r.randint(1, 12))])
        subj = "Inventaire milieux – lots et péremptions" if fr else "Media inventory - lots and expiry"
        note = "culture media lot inventory"
    text = (("Bonjour,\n\nInventaire à jour en pièce jointe. Rien d'anormal à signaler.\n\n" + short_sig("embryo3", "fr")) if fr else
            ("Hi,\n\nUpdated inventory attached. Nothing abnormal.\n\n" + short_sig("embryo2", "en")))
    fmt = ["xlsx", "csv", "zip"][ctx.idx % 3]
    base = ("inventaire" if fr else "inventory") + f"_{ctx.today.isoformat()}"
    fn = f"{base}.{fmt}"
    if fmt == "xlsx":
        data = A.xlsx([("Inv", rows)])
    elif fmt == "csv":
        data = A.csv_bytes(rows, "utf-8", ";" if fr else ",")
    else:
        data = A.zip_members([(base + ".csv", A.csv_bytes(rows, "utf-8", ";" if fr else ",")),
                              (base + ".xlsx", A.xlsx([("Inv", rows)]))])
    return mk(ctx, "inventory", lang, subj, who("embryo3" if fr else "embryo2", 0), [who("labdir", 2)], text, [], note,
              attachments=[{"kind": fmt, "filename": fn, "data": data}])


# --------------------------------------------------------------------------- IT
IT_FR = [("Interruption du DME dimanche 2 h – 6 h",
          "Le dossier médical électronique sera indisponible dimanche de 2 h à 6 h pour la mise à niveau 11.4. "
          "Utilisez les formulaires papier de contingence (tiroir de l'accueil) et saisissez les données lundi."),
         ("ALERTE hameçonnage – faux courriel « Facture RAMQ »",
          "Un faux courriel intitulé « Facture RAMQ en attente » circule. Ne cliquez pas sur le lien. Signalez-le avec le "
          "bouton « Signaler » d'Outlook. Aucun compte compromis à ce jour."),
         ("Nouveau télécopieur-courriel pour l'embryologie",
          "Les télécopies adressées au laboratoire arrivent maintenant dans la boîte embryo-fax. Les anciennes "
          "imprimantes-télécopieurs seront retirées vendredi."),
         ("Expiration des mots de passe",
          "Les mots de passe expirent tous les 90 jours. Le vôtre expire dans 5 jours ; changez-le via Ctrl-Alt-Suppr. "
          "Minimum 14 caractères."),
         ("Imprimante de la salle de colposcopie",
          "L'imprimante de la salle 4 est remplacée (HP, actif no 4512803117). Les étiquettes de pots de biopsie "
          "s'impriment maintenant sur la Zebra du poste infirmier.")]
IT_EN = [("EMR downtime Sunday 2-6 am",
          "The EMR will be unavailable Sunday from 2 to 6 am for the 11.4 upgrade. Use the paper downtime forms "
          "(front desk drawer) and back-enter on Monday."),
         ("Phishing ALERT - fake 'RAMQ invoice' e-mail",
          "A fake e-mail titled 'RAMQ invoice pending' is circulating. Do not click the link. Report it with the Outlook "
          "'Report' button. No accounts compromised so far."),
         ("New fax-to-email for embryology",
          "Faxes addressed to the lab now arrive in the embryo-fax mailbox. The old fax printers will be removed Friday."),
         ("Password expiry",
          "Passwords expire every 90 days. Yours expires in 5 days; change it with Ctrl-Alt-Del. Minimum 14 characters."),
         ("Colposcopy room printer",
          "The room 4 printer is being replaced (HP, asset no. 4512803117). Biopsy jar labels now print on the Zebra at "
          "the nursing station.")]


def it_mail(ctx, lang):
    fr = lang == "fr"
    subj, body = (IT_FR if fr else IT_EN)[ctx.idx % 5]
    text = ("Bonjour,\n\n" if fr else "Hello,\n\n") + body + "\n\n" + signature("it", lang)
    return mk(ctx, "it_mail", lang, subj, who("it", 0), [("Tous", f"tous@{ORG['domain']}")], text, [], "IT notice to staff")


# --------------------------------------------------------------------------- facilities
FAC_FR = [("Travaux de ventilation – laboratoire d'embryologie",
           "Le remplacement des filtres HEPA et charbon du laboratoire aura lieu samedi. Aucun produit contenant des COV "
           "(peinture, nettoyants parfumés) ne doit entrer dans le labo la semaine suivante."),
          ("Coupure de courant planifiée",
           "Hydro coupera l'alimentation dimanche de 6 h à 8 h. Les génératrices prendront le relais ; les réservoirs et "
           "incubateurs sont sur circuit d'urgence. Test du système d'alarme à 8 h 15."),
          ("Stationnement – nouvelles vignettes", "Les vignettes 2025 sont disponibles à l'accueil. Le stationnement P2 "
           "sera fermé pour le déneigement mardi matin."),
          ("Ascenseur B hors service", "L'ascenseur B est hors service jusqu'à jeudi. Les patientes à mobilité réduite "
           "doivent être dirigées vers l'ascenseur A (entrée rue des Outardes).")]
FAC_EN = [("Ventilation work - embryology lab", "HEPA and carbon filters in the lab will be replaced Saturday. No VOC-"
           "containing products (paint, scented cleaners) in the lab the following week."),
          ("Planned power outage", "Power will be cut Sunday from 6 to 8 am. Generators will take over; tanks and incubators "
           "are on the emergency circuit. Alarm test at 8:15."),
          ("Parking - new permits", "2025 permits are at the front desk. Lot P2 closes for snow removal Tuesday morning."),
          ("Elevator B out of service", "Elevator B is out of service until Thursday. Please direct patients with reduced "
           "mobility to elevator A (rue des Outardes entrance).")]


def facilities(ctx, lang):
    fr = lang == "fr"
    subj, body = (FAC_FR if fr else FAC_EN)[ctx.idx % 4]
    text = ("Bonjour,\n\n" if fr else "Hello,\n\n") + body + "\n\n" + ("Services techniques\nposte 299" if fr else "Facilities\next. 299")
    return mk(ctx, "facilities", lang, subj, ("Services techniques" if fr else "Facilities", f"batiment@{ORG['domain']}"),
              [("Tous", f"tous@{ORG['domain']}")], text, [], "facilities notice")


# --------------------------------------------------------------------------- aggregate statistics
def aggregate_stats(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    v = ctx.idx % 4
    if v in (0, 1):
        hdr = (["Groupe d'âge", "Cycles", "Transferts", "Grossesses cliniques", "Taux (%)"] if fr else
               ["Age group", "Cycles", "Transfers", "Clinical pregnancies", "Rate (%)"])
        rows = [hdr]
        for g, base in [("< 35", 0.5), ("35-37", 0.42), ("38-40", 0.3), ("41-42", 0.18), ("> 42", 0.07)]:
            c = r.randint(40, 260)
            t = int(c * r.uniform(0.7, 0.9))
            p = int(t * base)
            rows.append([g, c, t, p, round(100 * p / t, 1)])
        subj = "Statistiques FIV – trimestre" if fr else "IVF statistics - quarter"
        note = "aggregate IVF outcome statistics by age group"
    else:
        hdr = (["Mois", "Références colpo", "Délai médian (j)", "RAD", "Absences"] if fr else
               ["Month", "Colpo referrals", "Median wait (d)", "LEEP", "No-shows"])
        rows = [hdr]
        for m in range(1, 7):
            rows.append([f"{ctx.today.year}-{m:02d}", r.randint(120, 260), r.randint(21, 70), r.randint(15, 45), r.randint(5, 30)])
        subj = "Tableau de bord colposcopie" if fr else "Colposcopy dashboard"
        note = "aggregate colposcopy wait-time dashboard"
    fmt = ["xlsx", "body", "csv", "pdf"][v]
    intro = ("Bonjour,\n\nVoici les données agrégées demandées (aucune donnée nominative).\n\n" if fr else
             "Hi,\n\nHere are the aggregate figures you asked for (no identifiable data).\n\n")
    atts = []
    if fmt == "body":
        text = intro + "\n".join(" | ".join(map(str, x)) for x in rows) + "\n\n" + signature("qa", lang)
    else:
        text = intro + signature("qa", lang)
        fn = ("stats" if fr else "stats") + f"_{ctx.today.strftime('%Y%m')}.{fmt}"
        if fmt == "xlsx":
            data = A.xlsx([("Stats", rows)])
        elif fmt == "csv":
            data = A.csv_bytes(rows, "utf-8", ";" if fr else ",")
        else:
            data = A.pdf(subj, [" | ".join(map(str, x)) for x in rows])
        atts.append({"kind": fmt, "filename": fn, "data": data})
    return mk(ctx, "aggregate_stats", lang, subj, who("qa", 0), [who("mgr", 0), who("labdir", 2)], text, [], note,
              attachments=atts)


# --------------------------------------------------------------------------- teaching case (de-identified)
CASES_FR = ["Femme de 36 ans, G2P0 (2 fausses couches précoces), cycles réguliers. AMH 4,1 pmol/L, CFA 7. "
            "Conjoint : spermogramme normal. Questions : 1) bilan de FC à répétition ? 2) FIV d'emblée ?",
            "Femme de 29 ans, oligoménorrhée, hirsutisme, IMC 33. LH/FSH 2,4, testostérone 2,9 nmol/L. "
            "Questions : critères de Rotterdam ? Létrozole vs metformine ?",
            "Femme de 52 ans, bouffées de chaleur sévères, antécédent familial de cancer du sein (mère, 61 ans). "
            "Options non hormonales ? Place de la THM ?"]
CASES_EN = ["36-year-old woman, G2P0 (two early losses), regular cycles. AMH 4.1 pmol/L, AFC 7. Partner's semen "
            "analysis normal. Questions: 1) RPL work-up? 2) straight to IVF?",
            "29-year-old woman, oligomenorrhea, hirsutism, BMI 33. LH/FSH 2.4, testosterone 2.9 nmol/L. Questions: "
            "Rotterdam criteria? Letrozole vs metformin?",
            "52-year-old woman, severe hot flushes, family history of breast cancer (mother, 61). Non-hormonal options? "
            "Role of MHT?"]


def teaching_case(ctx, lang):
    fr = lang == "fr"
    c = (CASES_FR if fr else CASES_EN)[ctx.idx % 3]
    if fr:
        subj = "Cas pour la réunion de résidents (anonymisé)"
        text = ("Bonjour à tous,\n\nCas pour jeudi (données dépersonnalisées, ne pas chercher au dossier) :\n\n" + c
                + "\n\nPréparez 5 minutes chacun.\n\n" + signature("rei3", "fr"))
    else:
        subj = "Case for resident rounds (de-identified)"
        text = ("Hi all,\n\nCase for Thursday (de-identified, please don't look it up):\n\n" + c
                + "\n\nPrepare 5 minutes each.\n\n" + signature("rei3", "en"))
    return mk(ctx, "teaching_case", lang, subj, who("rei3", 0), [("Résidents", f"residents@{ORG['domain']}")], text, [],
              "de-identified teaching case")


# --------------------------------------------------------------------------- blank form
def blank_form(ctx, lang):
    fr = lang == "fr"
    v = ctx.idx % 2
    if fr:
        paras = ["Nom de la patiente : ______________________   Prénom : __________________",
                 "NAM : ____ ____ ____     Date de naissance : ____/____/______   Sexe : F ☐ M ☐",
                 "Adresse : ________________________________________  Tél. : (___) ___-____",
                 ("Je consens à la congélation de mes embryons et à leur conservation pour une durée de 5 ans."
                  if v == 0 else "Motif de la référence : ☐ infertilité ☐ cytologie anormale ☐ ménopause ☐ autre : ____"),
                 "Signature : ______________________   Date : ______________"]
        subj = "Formulaire vierge – consentement congélation" if v == 0 else "Formulaire de référence (vierge)"
        text = ("Bonjour,\n\nVoici la version à jour du formulaire vierge, à imprimer pour l'accueil.\n\n" + signature("qa", "fr"))
        fn = "consentement_vierge.docx" if v == 0 else "formulaire_reference.docx"
        title = "Consentement – cryoconservation d'embryons" if v == 0 else "Demande de consultation"
    else:
        paras = ["Patient name: ______________________   First name: __________________",
                 "Health card no.: ____ ____ ____   Date of birth: ____/____/______   Sex: F [ ] M [ ]",
                 "Address: ________________________________________  Phone: (___) ___-____",
                 ("I consent to the freezing and storage of my embryos for 5 years." if v == 0 else
                  "Reason for referral: [ ] infertility [ ] abnormal cytology [ ] menopause [ ] other: ____"),
                 "Signature: ______________________   Date: ______________"]
        subj = "Blank form - embryo freezing consent" if v == 0 else "Referral form (blank)"
        text = "Hello,\n\nHere is the updated blank form, to print for the front desk.\n\n" + signature("qa", "en")
        fn = "consent_blank.docx" if v == 0 else "referral_form.docx"
        title = "Consent - embryo cryopreservation" if v == 0 else "Consultation request"
    return mk(ctx, "blank_form", lang, subj, who("qa", 0), [("Accueil", f"accueil@{ORG['domain']}")], text, [], "blank form",
              attachments=[{"kind": "docx", "filename": fn, "data": A.docx(title, paras)}])


# --------------------------------------------------------------------------- mail-merge template
def mailmerge(ctx, lang):
    fr = lang == "fr"
    v = ctx.idx % 3
    if fr:
        tpl = ["Bonjour «Prénom» «Nom»,\n\nVotre rendez-vous en colposcopie est prévu le «Date» à «Heure» avec «Médecin».\n"
               "Veuillez apporter votre carte d'assurance maladie (NAM : «NAM»).\nPour annuler : 819-555-0147.",
               "Chère {{prenom}},\n\nVotre cycle débutera au jour 1 de vos prochaines règles. Appelez-nous ce jour-là "
               "(819-555-0142) pour fixer le monitoring. Date de naissance au dossier : {{ddn}}.",
               "Madame <NOM_PATIENTE>,\n\nNous n'avons pas pu vous joindre au <TEL_PATIENTE> concernant votre résultat. "
               "Merci de nous rappeler."][v]
        subj = "Modèle de lettre à valider (publipostage)"
        text = ("Bonjour,\n\nVoici le gabarit pour le publipostage. Les champs entre guillemets/accolades seront remplis "
                "automatiquement par le DME. Commentaires avant vendredi ?\n\n---- GABARIT ----\n" + tpl + "\n---- FIN ----\n\n"
                + signature("clerk1", "fr"))
    else:
        tpl = ["Dear <<FirstName>> <<LastName>>,\n\nYour colposcopy appointment is on <<Date>> at <<Time>> with <<Physician>>.\n"
               "Please bring your health card (number: <<HealthCard>>).\nTo cancel: 819-555-0147.",
               "Dear {{first_name}},\n\nYour cycle starts on day 1 of your next period. Call us that day (819-555-0142) to "
               "book monitoring. Date of birth on file: {{dob}}.",
               "Dear [PATIENT_NAME],\n\nWe could not reach you at [PATIENT_PHONE] about your result. Please call us back."][v]
        subj = "Mail-merge template for review"
        text = ("Hi,\n\nHere is the mail-merge template. Fields in brackets will be filled by the EMR. Comments by Friday?\n\n"
                "---- TEMPLATE ----\n" + tpl + "\n---- END ----\n\n" + signature("clerk2", "en"))
    return mk(ctx, "mailmerge", lang, subj, who("clerk1" if fr else "clerk2", 0), [who("mgr", 0)], text, [],
              "mail-merge letter template with placeholders")


# --------------------------------------------------------------------------- research protocol
def research_protocol(ctx, lang):
    fr = lang == "fr"
    v = ctx.idx % 2
    if fr:
        subj = "Protocole CFGO-2024-03 – version approuvée" if v == 0 else "Recrutement – étude sur le soutien lutéal"
        text = ("Bonjour,\n\nLe CER a approuvé la version 3.1 du protocole « Létrozole vs clomifène pour l'induction de "
                "l'ovulation chez les femmes atteintes du SOPK ». Critères d'inclusion : 18-40 ans, SOPK (Rotterdam), IMC < 40. "
                "Exclusion : diabète non contrôlé, hyperprolactinémie. Objectif : 220 participantes. "
                "Aucune participante n'est encore inscrite ; le recrutement débute le mois prochain.\n\n" + signature("rei1", "fr"))
    else:
        subj = "Protocol CFGO-2024-03 - approved version" if v == 0 else "Recruitment - luteal support study"
        text = ("Hello,\n\nThe REB approved version 3.1 of 'Letrozole vs clomiphene for ovulation induction in women "
                "with PCOS'. Inclusion: age 18-40, PCOS (Rotterdam), BMI < 40. Exclusion: uncontrolled diabetes, "
                "hyperprolactinemia. Target: 220 participants. No one is enrolled yet; recruitment starts next month.\n\n"
                + signature("rei2", "en"))
    atts = []
    if v == 0:
        atts.append({"kind": "pdf", "filename": "protocole_v3.1.pdf" if fr else "protocol_v3.1.pdf",
                     "data": A.pdf("CFGO-2024-03 v3.1", ["Design: randomized, open label", "Arms: letrozole 2.5-7.5 mg; clomiphene 50-150 mg",
                                                         "Primary outcome: live birth", "Sample size: 220", "Sites: 1"])})
    return mk(ctx, "research_protocol", lang, subj, who("rei1" if fr else "rei2", 0), [("Équipe de recherche", f"recherche@{ORG['domain']}")],
              text, [], "research protocol summary without participants", attachments=atts)


# --------------------------------------------------------------------------- drug shortage
SHORT = [("Cetrotide 0,25 mg", "Orgalutran 0,25 mg", "02248292"), ("Menopur 75 UI", "Gonal-f + hCG faible dose", "02283301"),
         ("Prometrium 100 mg", "Progestérone en gel (Crinone 8 %)", "02166704"), ("Estrace 2 mg", "Estradiol générique 2 mg", "02148595")]


def drug_shortage(ctx, lang):
    fr = lang == "fr"
    drug, alt, din = SHORT[ctx.idx % 4]
    if not fr:
        drug, alt = drug.replace(",", "."), alt.replace("faible dose", "low dose").replace("en gel", "gel").replace(" %", "%")
    if fr:
        subj = f"Avis de pénurie – {drug}"
        text = (f"Bonjour,\n\nLe fabricant annonce une rupture d'approvisionnement de {drug} (DIN {din}) pour 6 à 8 semaines. "
                f"Solution de rechange : {alt}. Les protocoles en cours ne sont pas touchés ; pour les nouveaux cycles, "
                "prescrire l'alternative. La pharmacie Jolibois réserve ses stocks aux cycles déjà commencés.\n\n" + signature("pharm", "fr"))
    else:
        subj = f"Shortage notice - {drug}"
        text = (f"Hello,\n\nThe manufacturer reports a supply disruption of {drug} (DIN {din}) for 6 to 8 weeks. "
                f"Alternative: {alt}. Ongoing protocols are not affected; for new cycles, prescribe the alternative.\n\n"
                + signature("pharm", "en"))
    return mk(ctx, "drug_shortage", lang, subj, who("pharm", 0), [("Médecins et infirmières", f"clinique@{ORG['domain']}")],
              text, [], "drug shortage notice")


# --------------------------------------------------------------------------- recall (with attached vendor e-mail)
def recall(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    lot = f"{r.randint(100000, 999999)}"
    ser = luhn_serial(r, 10)
    vname, vdom = VENDORS[1]
    if fr:
        inner = (f"AVIS DE RAPPEL VOLONTAIRE\n\nProduit : milieu de culture G-2 PLUS 30 mL\nLot : {lot}\n"
                 f"Motif : osmolalité hors spécification (300 mOsm/kg vs 255-275)\nAction : cesser l'utilisation, retourner le stock.\n"
                 f"Incubateur de référence testé : no de série {ser}\n\n{vname}")
        top = "Pour info – on a 3 flacons de ce lot, mis en quarantaine ce matin. Aucun utilisé cette semaine.\n\nMylène"
        subj = f"TR: Rappel lot {lot} – G-2 PLUS"
    else:
        inner = (f"VOLUNTARY RECALL NOTICE\n\nProduct: G-2 PLUS culture medium 30 mL\nLot: {lot}\n"
                 f"Reason: osmolality out of spec (300 mOsm/kg vs 255-275)\nAction: stop use, return stock.\n"
                 f"Reference incubator tested: serial {ser}\n\n{vname}")
        top = "FYI - we have 3 bottles of this lot, quarantined this morning. None used this week.\n\nKevin"
        subj = f"FW: Recall lot {lot} - G-2 PLUS"
    t0 = earlier(ctx, 4)
    frm = who("embryo1" if fr else "embryo2", 0)
    if ctx.idx % 2 == 0:
        inner_spec = {"lang": lang, "subject": f"Rappel / Recall lot {lot}", "from": (vname, f"qualite@{vdom}"),
                      "to": [("Clients", f"clients@{vdom}")], "text": inner, "date": t0, "msgid": f"<recall{lot}@{vdom}>"}
        eml = build_message(inner_spec, {"charset": "utf-8", "cte": "quoted-printable", "style": "plain", "eol": "lf", "bnd": "r"})
        return mk(ctx, "recall", lang, subj, frm, [who("labdir", 2)], top, [], "forwarded product recall notice",
                  attachments=[{"kind": "eml", "filename": "rappel.eml" if fr else "recall.eml", "data": eml}])
    text = top + "\n\n" + forward_block(t0, f"{vname} <qualite@{vdom}>", f"clients@{vdom}", f"Rappel / Recall lot {lot}", inner, lang)
    return mk(ctx, "recall", lang, subj, frm, [who("labdir", 2)], text, [], "forwarded product recall notice")


# --------------------------------------------------------------------------- funding policy
def funding_policy(ctx, lang):
    fr = lang == "fr"
    if fr:
        subj = "Programme public de PMA – changements au 1er avril"
        text = ("Bonjour à tous,\n\nRésumé des changements annoncés :\n"
                "• Un cycle de FIV couvert pour les personnes de 18 à 40 ans (jusqu'à 41 ans si le cycle est entamé).\n"
                "• Transfert d'un seul embryon obligatoire sous 37 ans.\n"
                "• Crédit d'impôt remboursable pour les frais non couverts.\n"
                "• Le formulaire d'attestation vierge a été mis à jour (version 2025-01).\n\n"
                "Au dernier trimestre, 312 demandes ont été traitées et 94 % acceptées.\n\n" + signature("clerk3", "fr"))
    else:
        subj = "Public ART program - changes effective April 1"
        text = ("Hi all,\n\nSummary of the announced changes:\n"
                "• One IVF cycle covered for people aged 18 to 40 (up to 41 if the cycle has started).\n"
                "• Single embryo transfer mandatory under 37.\n• Refundable tax credit for uncovered costs.\n"
                "• The blank eligibility form was updated (version 2025-01).\n\n"
                "Last quarter we processed 312 applications, 94% accepted.\n\n" + signature("clerk3", "en"))
    return mk(ctx, "funding_policy", lang, subj, who("clerk3", 0), [("Tous", f"tous@{ORG['domain']}")], text, [],
              "public funding policy update with aggregate numbers")


# --------------------------------------------------------------------------- patient education (generic)
EDU_FR = [("Fiche : préparation à la colposcopie", "Évitez les relations sexuelles, les tampons et les crèmes vaginales 24 h avant. "
           "L'examen dure 15 minutes. Une biopsie peut causer de légers saignements pendant 2-3 jours. Prenez 400 mg d'ibuprofène 1 h avant si vous le souhaitez."),
          ("Fiche : après la ponction ovocytaire", "Repos le jour même. Ballonnements légers normaux. Consultez si douleur intense, "
           "prise de poids > 1 kg/jour, essoufflement ou fièvre."),
          ("Fiche : hormonothérapie de la ménopause", "L'œstrogène soulage les bouffées de chaleur. Si vous avez un utérus, un progestatif "
           "est nécessaire. Discutez des risques avec votre médecin.")]
EDU_EN = [("Handout: preparing for colposcopy", "Avoid intercourse, tampons and vaginal creams for 24 h before. The exam takes 15 "
           "minutes. A biopsy may cause light spotting for 2-3 days. You may take ibuprofen 400 mg 1 h before."),
          ("Handout: after egg retrieval", "Rest the same day. Mild bloating is normal. Call if severe pain, weight gain > 1 kg/day, "
           "shortness of breath or fever."),
          ("Handout: menopausal hormone therapy", "Estrogen relieves hot flushes. If you have a uterus, a progestogen is needed. "
           "Discuss risks with your doctor.")]


def patient_education(ctx, lang):
    fr = lang == "fr"
    title, body = (EDU_FR if fr else EDU_EN)[ctx.idx % 3]
    text = ((f"Bonjour,\n\nVoici la fiche révisée par le comité, prête pour l'impression :\n\n{title}\n\n{body}\n\n" if fr else
             f"Hi,\n\nHere is the handout revised by the committee, ready to print:\n\n{title}\n\n{body}\n\n") + signature("nurse3", lang))
    return mk(ctx, "patient_education", lang, title, who("nurse3", 0), [("Accueil", f"accueil@{ORG['domain']}")], text, [],
              "generic patient education handout")


# --------------------------------------------------------------------------- supplier quote
def supplier_quote(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    ser = [luhn_serial(r) for _ in range(2)]
    if fr:
        subj = "Soumission – incubateur time-lapse"
        text = ("Bonjour Dr Massé,\n\nTel que discuté, voici notre soumission :\n"
                "• Incubateur time-lapse 15 chambres – 148 500,00 $\n• Installation et validation – 6 200,00 $\n"
                "• Contrat de service 3 ans – 21 000,00 $\n"
                f"Reprise de vos deux incubateurs benchtop (nos de série {sp9(ser[0])} et {sp9(ser[1])}) : crédit de 8 000,00 $.\n"
                "Soumission valide 60 jours.\n\nMartin Caissie\nDirecteur des ventes, BioMédia Scientifique\n450-555-0162")
    else:
        subj = "Quote - time-lapse incubator"
        text = ("Hello Dr. Massé,\n\nAs discussed, here is our quote:\n• 15-chamber time-lapse incubator - $148,500.00\n"
                "• Installation and validation - $6,200.00\n• 3-year service contract - $21,000.00\n"
                f"Trade-in of your two benchtop incubators (serials {sp9(ser[0])} and {sp9(ser[1])}): $8,000.00 credit.\n"
                "Quote valid 60 days.\n\nMartin Caissie\nSales Director, BioMedia Scientific\n450-555-0162")
    return mk(ctx, "supplier_quote", lang, subj, ("Martin Caissie", "mcaissie@biomedia-sci.example"), [who("labdir", 2)], text, [],
              "supplier quote with equipment serial numbers", msgid_domain="biomedia-sci.example")


# --------------------------------------------------------------------------- meeting minutes
def meeting_minutes(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    n1, n2 = r.randint(80, 140), r.randint(30, 70)
    if fr:
        subj = "Compte rendu – réunion des opérations cliniques"
        paras = [f"Présents : Luc Beauchemin, Dre Vézina, Dr Okonkwo, Nathalie Corriveau, Mylène Trudel, Émilie-Rose Cantin",
                 f"1. Volume : {n1} ponctions ce mois-ci ; liste d'attente en colposcopie à {n2} jours (cible 30).",
                 "2. Ajout d'une plage de colposcopie le mercredi (Dre Brassard).",
                 "3. Taux d'annulation de cycles pour mauvaise réponse : 8 %, stable.",
                 "4. Rappel : aucune information nominative dans les courriels non chiffrés.",
                 "Prochaine réunion : dans un mois."]
    else:
        subj = "Minutes - clinical operations meeting"
        paras = ["Present: Luc Beauchemin, Dr. Vézina, Dr. Okonkwo, Jenny Lam, Kevin Ashworth, Émilie-Rose Cantin",
                 f"1. Volume: {n1} retrievals this month; colposcopy wait at {n2} days (target 30).",
                 "2. Adding a Wednesday colposcopy block (Dr. Brassard).",
                 "3. Cycle cancellation for poor response: 8%, stable.",
                 "4. Reminder: no identifiable patient information in unencrypted e-mail.",
                 "Next meeting: in one month."]
    attach = ctx.idx % 2 == 0
    text = (("Bonjour,\n\n" if fr else "Hi,\n\n") + (("Compte rendu en pièce jointe.\n\n" if fr else "Minutes attached.\n\n") if attach
            else "\n".join(paras) + "\n\n") + signature("mgr", lang))
    atts = [{"kind": "docx", "filename": "CR_operations.docx" if fr else "minutes_operations.docx",
             "data": A.docx(subj, paras)}] if attach else []
    return mk(ctx, "meeting_minutes", lang, subj, who("mgr", 0), [("Comité de gestion", f"gestion@{ORG['domain']}")], text, [],
              "operations meeting minutes", attachments=atts)


# --------------------------------------------------------------------------- external quality assessment
def eqa_quality(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    rows = [["Échantillon" if fr else "Sample", "Paramètre" if fr else "Parameter", "Résultat" if fr else "Reported",
             "Cible" if fr else "Target", "Score z"]]
    for i in range(1, 4):
        tgt = round(r.uniform(10, 60), 1)
        rep = round(tgt + r.uniform(-3, 3), 1)
        rows.append([f"EQA-SA-{ctx.today.year}-{i}", "Concentration (M/mL)", rep, tgt, round((rep - tgt) / 3.1, 2)])
    rows.append([f"EQA-SA-{ctx.today.year}-4", "Morphologie (%)" if fr else "Morphology (%)", 4, 5, -0.5])
    if fr:
        subj = "Contrôle externe de la qualité – andrologie, résultats"
        text = ("Bonjour,\n\nRésultats du programme de contrôle externe (échantillons d'épreuve, aucun patient) :\n\n"
                + "\n".join(" | ".join(map(str, x)) for x in rows) + "\n\nTous les scores z sont acceptables.\n\n" + signature("qa", "fr"))
    else:
        subj = "External quality assessment - andrology results"
        text = ("Hello,\n\nResults from the external QA programme (proficiency samples, no patients):\n\n"
                + "\n".join(" | ".join(map(str, x)) for x in rows) + "\n\nAll z-scores acceptable.\n\n" + signature("qa", "en"))
    return mk(ctx, "eqa_quality", lang, subj, who("qa", 0), [who("labdir", 2), who("andro", 2)], text, [],
              "external quality assessment results on proficiency samples")


# --------------------------------------------------------------------------- lab QC
def lab_qc(ctx, lang):
    r = ctx.rng
    fr = lang == "fr"
    rows = [["Incubateur" if fr else "Incubator", "Temp (°C)", "CO2 (%)", "O2 (%)", "pH"]]
    for i in range(1, 5):
        rows.append([f"INC-{i}", round(r.uniform(36.9, 37.2), 1), round(r.uniform(5.8, 6.3), 1), round(r.uniform(4.8, 5.2), 1),
                     round(r.uniform(7.25, 7.32), 2)])
    txt = "\n".join(" | ".join(map(str, x)) for x in rows)
    if fr:
        subj = "Contrôle qualité quotidien – incubateurs"
        text = f"Bonjour,\n\nRelevés de ce matin :\n\n{txt}\n\nINC-3 recalibré hier, valeurs dans les limites.\n\n" + short_sig("embryo3", "fr")
    else:
        subj = "Daily QC - incubators"
        text = f"Hi,\n\nThis morning's readings:\n\n{txt}\n\nINC-3 recalibrated yesterday, values within limits.\n\n" + short_sig("embryo2", "en")
    return mk(ctx, "lab_qc", lang, subj, who("embryo3" if fr else "embryo2", 0), [who("labdir", 2)], text, [],
              "embryology incubator quality-control readings")
