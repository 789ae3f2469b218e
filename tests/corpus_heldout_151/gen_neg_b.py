"""Negative messages, part B: operations and clinical-adjacent mail without patients (invoices,
orders, inventories, IT, facilities, statistics, teaching cases, blank forms, templates,
shortages, recalls, research, guidelines, equipment, education material)."""
import datetime

from gen_common import STAFF, EXTERNAL, CLINIC_FR, CLINIC_EN, ORG_FR, ORG_EN, ADDR_FR, ADDR_EN, TEL, FAX, dfmt
from gen_mime import att
from gen_docs import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip
from gen_neg_a import luhn_digits, sin_like, gtin, bn, SPEAKERS, ALL, DOCS, dr

REG = []


def reg(n):
    def deco(fn):
        REG.append((fn, n, "none"))
        return fn
    return deco


SUPPLIER = ("Laboratoires Allergéna inc.", "facturation@allergena.example")
ITEMS = [("Extrait standardisé — fléole 100 000 BAU/mL, 10 mL", "Standardized extract — timothy 100,000 BAU/mL, 10 mL", 88.50),
         ("Extrait — herbe à poux courte 1:20 p/v, 10 mL", "Extract — short ragweed 1:20 w/v, 10 mL", 74.25),
         ("Extrait — D. pteronyssinus 10 000 AU/mL, 10 mL", "Extract — D. pteronyssinus 10,000 AU/mL, 10 mL", 96.00),
         ("Venin de guêpe (Vespula) lyophilisé 550 µg", "Vespula venom lyophilized 550 ug", 312.40),
         ("Lancettes pour prick test (boîte de 200)", "Skin prick lancets (box of 200)", 41.90),
         ("Diluant albumine-salin phénolé, 30 mL", "Human serum albumin-saline diluent, 30 mL", 18.75),
         ("Histamine 6 mg/mL (témoin positif), 5 mL", "Histamine 6 mg/mL (positive control), 5 mL", 22.10),
         ("Seringues 1 mL 27G (boîte de 100)", "1 mL 27G syringes (box of 100)", 27.30)]


def lot(c):
    return c.pick([f"{c.pick('ABCDEFGHKLMNPRSTW')}{c.rng.randint(10, 99)}{c.pick('ABCDEFGHKLMN')}{c.rng.randint(1000, 9999)}",
                   luhn_digits(c.rng, 9), f"{c.pick(['GRAM', 'RAGW', 'DPTE', 'VESP', 'HIST'])} {c.rng.randint(2401, 2512)} {c.rng.randint(1000, 9999)}"])


@reg(6)
def invoice(c):
    frm = EXTERNAL["supplier"]
    acct = STAFF["bergevin"]
    gst, qst = bn(c.rng)
    inv = f"F-{c.rng.randint(100000, 999999)}"
    client = sin_like(c.rng)
    lines_ = c.rng.sample(ITEMS, c.rng.randint(3, 5))
    rows = []
    tot = 0
    for it in lines_:
        q = c.rng.randint(1, 12)
        amt = round(q * it[2], 2)
        tot += amt
        rows.append([it[0] if c.fr() else it[1], str(q), f"{it[2]:.2f}", lot(c), f"{amt:.2f}"])
    tps, tvq = round(tot * 0.05, 2), round(tot * 0.09975, 2)
    pdf_lines = [f"Laboratoires Allergéna inc. — 2200, boul. Industriel, Val-Cormier (QC) J0K 4T4 — 450 555-0177",
                 c.L(f"TPS : {gst}   TVQ : {qst}", f"GST: {gst}   QST: {qst}"),
                 "", c.L(f"Facture : {inv}", f"Invoice: {inv}"),
                 c.L(f"No de client : {client}", f"Customer no.: {client}"),
                 c.L(f"Date : {c.dt.date().isoformat()}   Conditions : net 30", f"Date: {c.dt.date().isoformat()}   Terms: net 30"),
                 c.L("Facturer à : Hôpital Sainte-Aurélie-du-Lac, Comptes payables, ", "Bill to: Sainte-Aurélie-du-Lac Hospital, Accounts payable, ") + "1480, rue des Cormorans",
                 c.L("Livrer à : Clinique d'allergie, pavillon Brassard 3e — att. Lucie Bergevin", "Ship to: Allergy Clinic, Brassard 3rd — attn Lucie Bergevin"), ""]
    pdf_lines += [f"{r[0]} | {c.L('qté', 'qty')} {r[1]} | {r[2]} $ | lot {r[3]} | {r[4]} $" for r in rows]
    pdf_lines += ["", c.L(f"Sous-total : {tot:.2f} $   TPS : {tps:.2f} $   TVQ : {tvq:.2f} $   TOTAL : {tot + tps + tvq:.2f} $",
                          f"Subtotal: ${tot:.2f}   GST: ${tps:.2f}   QST: ${tvq:.2f}   TOTAL: ${tot + tps + tvq:.2f}")]
    text = c.L(f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv} pour votre commande. Paiement par TEF : transit 81234, "
               f"compte {c.rng.randint(1000000, 9999999)}.\n\nMerci de votre confiance,\n",
               f"Hello,\n\nPlease find attached invoice {inv} for your order. EFT payment: transit 81234, account "
               f"{c.rng.randint(1000000, 9999999)}.\n\nThank you for your business,\n") + frm.full + "\n" + (frm.role_fr if c.fr() else frm.role_en) + "\n450 555-0177\n"
    a = att("pdf", f"{inv}.pdf", make_pdf(c.L("FACTURE", "INVOICE") + f" {inv}", pdf_lines, c.dt, author="Allergena"))
    return c.finish("invoice", c.L("facture de fournisseur", "supplier invoice"), frm, [acct], c.L(f"Facture {inv}", f"Invoice {inv}"), text, atts=[a])


@reg(6)
def purchase_order(c):
    frm = STAFF["bergevin"]
    to = EXTERNAL["supplier"]
    po = f"BC-{c.dt.year}-{c.rng.randint(10000, 99999)}"
    rows = [[c.L("Code", "Code"), c.L("Description", "Description"), c.L("Qté", "Qty"), "GTIN", c.L("Centre de coûts", "Cost centre")]]
    for it in c.rng.sample(ITEMS, 4):
        rows.append([f"ALG-{c.rng.randint(1000, 9999)}", it[0] if c.fr() else it[1], c.rng.randint(2, 20), gtin(c.rng), "6120-4410"])
    text = c.L(f"Bonjour Patrick,\n\nVoici le bon de commande {po}. Livraison au quai 2 (réfrigéré), avant 14 h svp. "
               "Numéro de fournisseur : " + luhn_digits(c.rng, 9) + ".\n",
               f"Hi Patrick,\n\nHere is purchase order {po}. Deliver to dock 2 (refrigerated), before 2 pm please. "
               "Vendor number: " + luhn_digits(c.rng, 9) + ".\n") + c.sig(frm)
    a = att("xlsx", f"{po}.xlsx", make_xlsx([("PO", rows)], c.dt, creator=frm.full))
    return c.finish("purchase_order", c.L("bon de commande au fournisseur", "purchase order to supplier"), frm, [to], c.L(f"Bon de commande {po}", f"Purchase order {po}"), text, atts=[a])


@reg(6)
def inventory(c):
    frm = STAFF[c.pick(["quirion", "dufresne"])]
    rows = [[c.L("Produit", "Product"), "Lot", c.L("Expiration", "Expiry"), c.L("Quantité", "Qty"), c.L("Frigo", "Fridge")]]
    for it in ITEMS[:7]:
        exp = c.dt.date() + datetime.timedelta(days=c.rng.randint(-10, 420))
        rows.append([it[0] if c.fr() else it[1], lot(c), exp.isoformat(), str(c.rng.randint(0, 14)), c.pick(["F-3A", "F-3B"])])
    exp_soon = sum(1 for r in rows[1:] if r[2] < (c.dt.date() + datetime.timedelta(days=30)).isoformat())
    text = c.L(f"Bonjour,\n\nInventaire mensuel du frigo des extraits : {exp_soon} produit(s) expirent dans moins de 30 jours. "
               "Fichier joint. Les fioles de mélanges patients ne sont pas incluses.\n",
               f"Hello,\n\nMonthly extract fridge inventory: {exp_soon} item(s) expire within 30 days. File attached. "
               "Patient mix vials are not included.\n") + c.sig(frm)
    if c.chance(0.5):
        a = att("csv", c.L("inventaire_frigo.csv", "fridge_inventory.csv"), make_csv(rows, ";" if c.fr() else ","), charset=c.pick(["utf-8", "iso-8859-1", "windows-1252"]))
    else:
        a = att("xlsx", c.L("inventaire_frigo.xlsx", "fridge_inventory.xlsx"), make_xlsx([("Inventaire", rows)], c.dt))
    return c.finish("inventory", c.L("inventaire des extraits allergéniques", "allergen extract inventory"), frm, [STAFF["trepanier"], STAFF["bergevin"]],
                    c.L("Inventaire frigo — extraits", "Fridge inventory - extracts"), text, atts=[a])


@reg(6)
def it_notice(c):
    frm = EXTERNAL["it"]
    kind = c.pick(["downtime", "password", "phishing", "printer", "teams"])
    w = c.when(c.rng.randint(2, 12), 22)
    ticket = f"INC{c.rng.randint(1000000, 9999999)}"
    if kind == "downtime":
        subj = c.L("Interruption planifiée — dossier clinique informatisé", "Planned outage - electronic health record")
        text = c.L(f"Bonjour,\n\nLe dossier clinique informatisé et le module de rendez-vous seront indisponibles {c.wfmt(w)} pour 4 heures "
                   "(mise à niveau 8.3). Utilisez les formulaires papier de contingence; la saisie se fera au retour du service.\n",
                   f"Hello,\n\nThe EHR and scheduling module will be unavailable {c.wfmt(w)} for 4 hours (upgrade 8.3). "
                   "Use paper downtime forms; back-entry after service returns.\n")
    elif kind == "password":
        subj = c.L("Votre mot de passe expire dans 5 jours", "Your password expires in 5 days")
        text = c.L("Bonjour,\n\nVotre mot de passe réseau expire dans 5 jours. Changez-le depuis le portail libre-service. "
                   "Le Centre de services ne vous demandera JAMAIS votre mot de passe par courriel.\n",
                   "Hello,\n\nYour network password expires in 5 days. Change it from the self-service portal. The service "
                   "desk will NEVER ask for your password by e-mail.\n")
    elif kind == "phishing":
        subj = c.L("Alerte : hameçonnage « Facture RAMQ en attente »", "Alert: phishing 'Pending RAMQ invoice'")
        text = c.L("Bonjour,\n\nUn courriel frauduleux intitulé « Facture RAMQ en attente » circule. Il contient un lien vers une fausse "
                   "page de connexion. Ne cliquez pas; signalez-le avec le bouton « Signaler ». Si vous avez saisi vos "
                   f"identifiants, appelez le poste 5000 (billet {ticket}).\n",
                   "Hello,\n\nA fraudulent e-mail titled 'Pending RAMQ invoice' is circulating with a link to a fake login page. "
                   f"Do not click; use the 'Report' button. If you entered your credentials, call ext. 5000 (ticket {ticket}).\n")
    elif kind == "printer":
        subj = c.L(f"Billet {ticket} résolu — imprimante 3e étage", f"Ticket {ticket} resolved - 3rd floor printer")
        sn = luhn_digits(c.rng, 10)
        text = c.L(f"Bonjour,\n\nL'imprimante IMP-BRA-3-02 (no de série {sn}) a été remplacée. File d'impression inchangée. "
                   "Le bac 2 est réservé aux étiquettes.\n", f"Hello,\n\nPrinter IMP-BRA-3-02 (serial {sn}) was replaced. Same print "
                   "queue. Tray 2 is for labels.\n")
    else:
        subj = c.L("Migration vers Teams — clinique d'allergie", "Teams migration - allergy clinic")
        text = c.L(f"Bonjour,\n\nLa clinique migrera vers Teams {c.wfmt(w)}. Les canaux « Garde », « IgIV » et « Admin » seront créés. "
                   "Rappel : aucun renseignement nominatif dans les canaux — utilisez le DCI.\n",
                   f"Hello,\n\nThe clinic moves to Teams {c.wfmt(w)}. Channels 'On call', 'IVIG' and 'Admin' will be created. "
                   "Reminder: no patient-identifying data in channels — use the EHR.\n")
    return c.finish("it_notice", c.L("avis des technologies de l'information", "IT notice"), frm, [("Utilisateurs pavillon Brassard", "brassard-tous@hsal.example")],
                    subj, text + "\n" + c.L("Centre de services TI — poste 5000", "IT service desk — ext. 5000") + "\n")


@reg(6)
def facilities(c):
    frm = EXTERNAL["facil"]
    kind = c.pick(["fridge", "elevator", "parking", "reno", "water"])
    if kind == "fridge":
        rows = [["Horodatage" if c.fr() else "Timestamp", "Frigo", "°C"]]
        t = c.dt.replace(hour=0, minute=0)
        for i in range(12):
            rows.append([(t + datetime.timedelta(hours=2 * i)).strftime("%Y-%m-%d %H:%M"), "F-3A", f"{c.rng.uniform(2.1, 9.4):.1f}"])
        subj = c.L("Alarme température — frigo F-3A", "Temperature alarm - fridge F-3A")
        text = c.L("Bonjour,\n\nLe frigo F-3A (extraits allergéniques) a dépassé 8 °C entre 2 h et 4 h. Le compresseur a été réparé. "
                   "Relevé joint; la pharmacie doit évaluer la stabilité des produits.\n",
                   "Hello,\n\nFridge F-3A (allergen extracts) exceeded 8 °C between 2 and 4 am. Compressor repaired. Log attached; "
                   "pharmacy must assess product stability.\n")
        atts = [att("csv", "F-3A_log.csv", make_csv(rows), charset="utf-8")]
    elif kind == "elevator":
        subj, atts = c.L("Ascenseur B hors service", "Elevator B out of service"), []
        text = c.L("Bonjour,\n\nL'ascenseur B du pavillon Brassard sera hors service du 3 au 7 pour entretien. Les patients en fauteuil "
                   "devront utiliser l'ascenseur A (hall principal).\n", "Hello,\n\nBrassard elevator B will be out of service "
                   "3rd-7th for maintenance. Wheelchair users should use elevator A (main lobby).\n")
    elif kind == "parking":
        subj, atts = c.L("Stationnement P2 — travaux", "Parking P2 - works"), []
        text = c.L("Bonjour,\n\nLe stationnement P2 sera fermé pour le marquage des lignes. Les vignettes employés sont acceptées au P4.\n",
                   "Hello,\n\nParking P2 will be closed for line painting. Staff permits accepted in P4.\n")
    elif kind == "reno":
        subj, atts = c.L("Travaux — salles d'injection 3.104 à 3.106", "Works - injection rooms 3.104-3.106"), []
        text = c.L("Bonjour,\n\nLe remplacement des plafonds des salles 3.104 à 3.106 débute lundi (2 semaines). Les injections "
                   "d'immunothérapie seront déplacées à 3.110. Bruit possible de 7 h à 15 h.\n",
                   "Hello,\n\nCeiling replacement in rooms 3.104-3.106 starts Monday (2 weeks). Immunotherapy injections move to "
                   "3.110. Noise possible 7 am - 3 pm.\n")
    else:
        subj, atts = c.L("Avis d'ébullition préventif — pavillon Brassard", "Precautionary boil-water notice - Brassard"), []
        text = c.L("Bonjour,\n\nSuite à un bris d'aqueduc, ne pas boire l'eau des robinets du pavillon Brassard jusqu'à nouvel ordre. "
                   "Des bouteilles sont disponibles au poste.\n", "Hello,\n\nAfter a water main break, do not drink tap water in "
                   "Brassard until further notice. Bottled water at the desk.\n")
    return c.finish("facilities", c.L("avis des services techniques", "facilities notice"), frm, [ALL], subj,
                    text + c.L("\nServices techniques — poste 4400\n", "\nFacilities — ext. 4400\n"), atts=atts)


@reg(6)
def aggregate_stats(c):
    frm = STAFF[c.pick(["trepanier", "laberge", "vachon"])]
    q = c.pick(["T1", "T2", "T3", "T4"])
    data = [(c.L("Nouvelles consultations", "New consults"), c.rng.randint(380, 620)),
            (c.L("Tests de provocation — médicaments", "Drug challenges"), c.rng.randint(90, 180)),
            (c.L("Tests de provocation — aliments", "Food challenges"), c.rng.randint(40, 110)),
            (c.L("Réactions pendant un TPO", "Reactions during challenges"), c.rng.randint(4, 19)),
            (c.L("Injections d'immunothérapie", "Immunotherapy injections"), c.rng.randint(1400, 2300)),
            (c.L("Réactions systémiques à l'ITSC", "SCIT systemic reactions"), c.rng.randint(0, 5)),
            (c.L("Perfusions d'IgIV", "IVIG infusions"), c.rng.randint(300, 460)),
            (c.L("Grammes d'IgIV", "IVIG grams"), c.rng.randint(9000, 15000)),
            (c.L("Délai médian P3 (jours)", "Median P3 wait (days)"), c.rng.randint(160, 420))]
    rows = [[c.L("Indicateur", "Indicator"), q]] + [[k, v] for k, v in data]
    text = c.L(f"Bonjour,\n\nTableau de bord {q} de la clinique. Aucune donnée nominative. Points saillants : {data[3][1]} réactions "
               f"sur {data[1][1] + data[2][1]} tests de provocation, aucune hospitalisation.\n",
               f"Hello,\n\n{q} clinic dashboard. No identifying data. Highlights: {data[3][1]} reactions out of "
               f"{data[1][1] + data[2][1]} challenges, no admissions.\n") + c.sig(frm)
    kind = c.pick(["xlsx", "csv", "inline", "pdf"])
    atts = []
    if kind == "xlsx":
        atts.append(att("xlsx", f"tableau_de_bord_{q}.xlsx", make_xlsx([(q, rows)], c.dt)))
    elif kind == "csv":
        atts.append(att("csv", f"indicateurs_{q}.csv", make_csv(rows), charset="us-ascii" if all(ord(ch) < 128 for r in rows for ch in str(r[0])) else "utf-8"))
    elif kind == "pdf":
        atts.append(att("pdf", f"bilan_{q}.pdf", make_pdf(c.L(f"Tableau de bord {q}", f"Dashboard {q}"), [f"{k} : {v}" for k, v in data], c.dt)))
    else:
        text += "\n" + "\n".join(f"{k}: {v}" for k, v in data) + "\n"
    return c.finish("statistics", c.L("statistiques agrégées de la clinique", "aggregate clinic statistics"), frm,
                    [("Direction des services professionnels", "dsp@hsal.example")], c.L(f"Indicateurs {q}", f"Indicators {q}"), text, atts=atts)


@reg(6)
def teaching_case(c):
    frm = STAFF[c.pick(["vachon", "raman", "lafreniere", "desrochers"])]
    case = c.pick([
        ("Femme de 46 ans, urticaire et hypotension 20 minutes après une dose de céfazoline en préopératoire. Tryptase 27 µg/L à 1 h. "
         "Questions : quels tests? quelles céphalosporines sont permises?",
         "46-year-old woman, hives and hypotension 20 minutes after preoperative cefazolin. Tryptase 27 ug/L at 1 h. "
         "Questions: which tests? which cephalosporins are allowed?"),
        ("Garçon de 7 ans, pneumonies récidivantes, IgG 1,9 g/L, IgA et IgM indétectables, lymphocytes B absents. "
         "Quel diagnostic? Quelle dose d'IgIV?", "7-year-old boy, recurrent pneumonia, IgG 1.9 g/L, undetectable IgA and IgM, absent B cells. "
         "Diagnosis? IVIG dose?"),
        ("Homme de 58 ans, fièvre, éruption et éosinophilie 4 semaines après le début de l'allopurinol. ALT 410. "
         "Score RegiSCAR? Prise en charge?", "58-year-old man, fever, rash and eosinophilia 4 weeks after starting allopurinol. ALT 410. "
         "RegiSCAR score? Management?"),
        ("Adolescente de 15 ans, angioedèmes récidivants sans urticaire, C4 bas. Démarche diagnostique?",
         "15-year-old girl, recurrent angioedema without hives, low C4. Diagnostic approach?")])
    w = c.when(c.rng.randint(2, 10), 7)
    text = c.L(f"Bonjour aux résidents,\n\nCas pour le club de lecture {c.wfmt(w)} (cas fictif / dépersonnalisé) :\n\n{case[0]}\n\n"
               "Lecture : lignes directrices conjointes 2022 (chap. 4).\n",
               f"Hi residents,\n\nCase for journal club {c.wfmt(w)} (fictional / de-identified):\n\n{case[1]}\n\n"
               "Reading: 2022 joint practice parameter (ch. 4).\n") + c.sig(frm)
    atts = []
    if c.chance(0.35):
        atts.append(att("pptx" if False else "pdf", c.L("cas_clinique.pdf", "teaching_case.pdf"),
                        make_pdf(c.L("Cas clinique — club de lecture", "Teaching case — journal club"), [case[0] if c.fr() else case[1]], c.dt, author=frm.full)))
    return c.finish("teaching_case", c.L("cas clinique dépersonnalisé pour l'enseignement", "de-identified teaching case"), frm,
                    [("Résidents immunologie", "residents.immuno@hsal.example")], c.L("Club de lecture — cas", "Journal club - case"), text, atts=atts)


@reg(6)
def blank_form(c):
    frm = STAFF[c.pick(["bergevin", "quirion", "stemarie", "dufresne"])]
    kind = c.pick(["consent", "referral", "ivig"])
    if kind == "consent":
        title = c.L("Consentement — test de provocation orale", "Consent — oral challenge")
        fields = c.L(["Nom du patient : ______________________", "Date de naissance (AAAA-MM-JJ) : ____-__-__", "NAM : ____ ____ ____",
                      "No de dossier : __________", "Aliment / médicament testé : __________",
                      "Je comprends que le test peut provoquer une réaction allergique, y compris l'anaphylaxie.",
                      "Signature du patient ou du parent : ______________   Date : ________"],
                     ["Patient name: ______________________", "Date of birth (YYYY-MM-DD): ____-__-__", "Health insurance no.: ____ ____ ____",
                      "Chart no.: __________", "Food / drug tested: __________",
                      "I understand the test may cause an allergic reaction, including anaphylaxis.",
                      "Signature of patient or parent: ______________   Date: ________"])
    elif kind == "referral":
        title = c.L("Formulaire de référence — allergie à la pénicilline", "Referral form — penicillin allergy")
        fields = c.L(["Nom : ____________  Prénom : ____________", "DDN : __________  Sexe : F / M / X", "NAM : ______________",
                      "Téléphone : ______________", "Réaction (décrire) : ______________", "Délai depuis la réaction : < 1 an / 1-10 ans / > 10 ans",
                      "Médecin référent : ______________  No de permis : ______"],
                     ["Last name: ____________  First name: ____________", "DOB: __________  Sex: F / M / X", "Health card no.: ______________",
                      "Phone: ______________", "Reaction (describe): ______________", "Time since reaction: < 1 yr / 1-10 yrs / > 10 yrs",
                      "Referring MD: ______________  Licence no.: ______"])
    else:
        title = c.L("Ordonnance préimprimée — IgIV", "Pre-printed order — IVIG")
        fields = c.L(["Identification du patient (étiquette) : [                    ]", "Poids : ____ kg   Diagnostic : ______________",
                      "Produit : □ Privigen □ Gamunex-C □ Octagam □ Panzyga", "Dose : ____ g/kg = ____ g   Fréquence : q ____ sem",
                      "Prémédication : □ acétaminophène ____ mg □ cétirizine ____ mg", "Prescripteur : ______________"],
                     ["Patient identification (label): [                    ]", "Weight: ____ kg   Diagnosis: ______________",
                      "Product: [ ] Privigen [ ] Gamunex-C [ ] Octagam [ ] Panzyga", "Dose: ____ g/kg = ____ g   Frequency: q ____ wk",
                      "Premedication: [ ] acetaminophen ____ mg [ ] cetirizine ____ mg", "Prescriber: ______________"])
    text = c.L(f"Bonjour,\n\nVoici la version à jour (v{c.rng.randint(2, 6)}.{c.rng.randint(0, 9)}) du formulaire « {title} ». "
               "Merci de détruire les anciennes copies.\n", f"Hello,\n\nHere is the updated version (v{c.rng.randint(2, 6)}.{c.rng.randint(0, 9)}) "
               f"of the form '{title}'. Please discard old copies.\n") + c.sig(frm)
    if "□" in "".join(fields) or c.chance(0.5):
        a = att("docx", c.L("formulaire_vierge.docx", "blank_form.docx"), make_docx(title, fields, c.dt, author=frm.full))
    else:
        a = att("pdf", c.L("formulaire_vierge.pdf", "blank_form.pdf"), make_pdf(title, fields, c.dt, author=frm.full))
    return c.finish("blank_form", c.L("formulaire vierge", "blank form"), frm, [ALL], c.L("Formulaire à jour — ", "Updated form - ") + title, text, atts=[a])


@reg(5)
def mail_merge(c):
    frm = STAFF[c.pick(["audet", "bergevin"])]
    kind = c.pick(["reminder", "sms"])
    if kind == "reminder":
        tpl = c.L("Bonjour {{PRENOM}} {{NOM}},\n\nNous vous rappelons votre rendez-vous à la clinique d'allergie le {{DATE_RV}} à "
                  "{{HEURE_RV}} ({{TYPE_RV}}). Cessez vos antihistaminiques 5 jours avant si vous avez un test cutané.\n"
                  "Pour annuler : " + TEL + ".\n", "Hello {{FIRST_NAME}} {{LAST_NAME}},\n\nThis is a reminder of your allergy clinic "
                  "appointment on {{APPT_DATE}} at {{APPT_TIME}} ({{APPT_TYPE}}). Stop antihistamines 5 days before if you have "
                  "skin testing.\nTo cancel: " + TEL + ".\n")
        text = c.L("Bonjour Lucie,\n\nVoici le gabarit de lettre de rappel corrigé pour le publipostage (champs entre accolades). "
                   "Peux-tu le charger dans le module de rendez-vous?\n\n", "Hi Lucie,\n\nHere is the corrected reminder letter template for "
                   "the mail merge (fields in braces). Can you load it in the scheduling module?\n\n") + "-----\n" + tpl + "-----\n" + c.sig(frm, short=True)
        atts = [att("docx", c.L("gabarit_rappel.docx", "reminder_template.docx"), make_docx(c.L("Gabarit — rappel", "Template — reminder"), tpl.split("\n"), c.dt))] if c.chance(0.5) else []
    else:
        tpl = c.L("HSAL Allergie : RV le <DATE> à <HEURE>. Répondez OUI pour confirmer, NON pour annuler.",
                  "HSAL Allergy: appt <DATE> at <TIME>. Reply YES to confirm, NO to cancel.")
        text = c.L(f"Bonjour,\n\nTexte proposé pour les rappels par SMS (max 160 caractères) :\n\n« {tpl} »\n\nTaux de présence depuis "
                   f"l'implantation : {c.rng.randint(88, 95)} %.\n", f"Hello,\n\nProposed SMS reminder text (160 char max):\n\n\"{tpl}\"\n\n"
                   f"Attendance since rollout: {c.rng.randint(88, 95)}%.\n") + c.sig(frm)
        atts = []
    return c.finish("template", c.L("gabarit de publipostage", "mail-merge template"), frm, [STAFF["bergevin"] if frm is not STAFF["bergevin"] else STAFF["audet"]],
                    c.L("Gabarit de rappel", "Reminder template"), text, atts=atts)


@reg(6)
def drug_shortage(c):
    frm = STAFF["dufresne"]
    kind = c.pick(["epi", "ivig", "extract", "cetirizine"])
    if kind == "epi":
        subj = c.L("Rupture — EpiPen Jr 0,15 mg", "Shortage - EpiPen Jr 0.15 mg")
        text = c.L("Bonjour,\n\nRupture d'approvisionnement de l'EpiPen Jr 0,15 mg prévue jusqu'en mars. Alternative : Allerject 0,15 mg "
                   "ou Emerade 0,15 mg selon disponibilité. Les ordonnances doivent préciser « ou équivalent ».\n",
                   "Hello,\n\nEpiPen Jr 0.15 mg supply disruption expected until March. Alternative: Allerject 0.15 mg or "
                   "Emerade 0.15 mg as available. Prescriptions should say 'or equivalent'.\n")
    elif kind == "ivig":
        subj = c.L("Approvisionnement IgIV — mesures de conservation", "IVIG supply - conservation measures")
        text = c.L("Bonjour,\n\nLa banque de sang nous avise d'un approvisionnement limité en IgIV pour 8 semaines. Priorité aux "
                   "déficits immunitaires primaires; réviser les indications neurologiques; doser selon le poids idéal pour IMC > 30.\n",
                   "Hello,\n\nThe blood bank reports limited IVIG supply for 8 weeks. Priority to primary immunodeficiencies; "
                   "review neurology indications; dose by ideal body weight for BMI > 30.\n")
    elif kind == "extract":
        subj = c.L("Discontinuation — extrait de moisissures", "Discontinuation - mould extract")
        text = c.L("Bonjour,\n\nLe fabricant cesse la production de l'extrait d'Alternaria 1:10. Les stocks actuels (lot "
                   f"{lot(c)}) permettent de terminer les traitements en cours.\n", "Hello,\n\nThe manufacturer is discontinuing "
                   f"Alternaria 1:10 extract. Current stock (lot {lot(c)}) lets us finish ongoing courses.\n")
    else:
        subj = c.L("Pénurie — cétirizine injectable", "Shortage - injectable cetirizine")
        text = c.L("Bonjour,\n\nLa cétirizine IV est en rupture. Utiliser la diphenhydramine IV 25-50 mg dans les protocoles "
                   "d'anaphylaxie et de prémédication IgIV.\n", "Hello,\n\nIV cetirizine is unavailable. Use IV diphenhydramine "
                   "25-50 mg in anaphylaxis and IVIG premedication protocols.\n")
    return c.finish("drug_shortage", c.L("avis de pénurie de médicament", "drug shortage notice"), frm, [ALL], subj, text + c.sig(frm))


@reg(5)
def recall(c):
    frm = STAFF["dufresne"]
    lots = [luhn_digits(c.rng, 9) for _ in range(3)]
    prod = c.pick([("auto-injecteurs d'épinéphrine 0,3 mg", "epinephrine 0.3 mg auto-injectors"),
                   ("lancettes de prick test", "skin prick lancets"), ("tubulures de perfusion avec filtre 0,2 µm", "0.2 um filtered infusion sets")])
    text = c.L(f"Bonjour,\n\nRappel volontaire de niveau II visant des {prod[0]}, lots :\n" + "\n".join(f"  - {l[:3]} {l[3:6]} {l[6:]}" for l in lots) +
               "\nVérifiez vos stocks et mettez en quarantaine. Les dispositifs déjà remis aux patients ne sont pas visés "
               "(l'avis public de Santé Canada suivra).\n",
               f"Hello,\n\nType II voluntary recall of {prod[1]}, lots:\n" + "\n".join(f"  - {l[:3]} {l[3:6]} {l[6:]}" for l in lots) +
               "\nCheck your stock and quarantine. Devices already dispensed to patients are not affected (Health Canada "
               "public notice to follow).\n") + c.sig(frm)
    return c.finish("recall", c.L("avis de rappel de produit", "product recall notice"), frm, [ALL, STAFF["bergevin"]],
                    c.L("RAPPEL — ", "RECALL - ") + prod[0 if c.fr() else 1], text)


@reg(5)
def research_protocol(c):
    frm = STAFF[c.pick(["vachon", "raman", "lafreniere"])]
    study = c.pick([("DELAB-1P", "délabellisation directe par test oral sans test cutané chez l'adulte à faible risque",
                     "direct oral challenge without skin testing in low-risk adults"),
                    ("SCIG-HOME", "satisfaction et niveaux d'IgG après passage IV→SC", "satisfaction and IgG levels after IV-to-SC switch"),
                    ("PEANUT-EARLY", "immunothérapie orale à l'arachide avant 3 ans", "peanut oral immunotherapy before age 3")])
    text = c.L(f"Bonjour,\n\nLe CER a approuvé la version 3.1 du protocole {study[0]} ({study[1]}). Critères d'inclusion : 18 ans et plus "
               "(ou selon l'étude), score PEN-FAST < 3, aucune réaction sévère. Exclusion : grossesse, SJS/NET, DRESS. "
               f"Objectif : {c.rng.randint(120, 300)} participants sur 2 ans. Le recrutement débute le mois prochain; "
               "la liste de dépistage sera gérée dans REDCap seulement.\n",
               f"Hello,\n\nThe REB approved version 3.1 of protocol {study[0]} ({study[2]}). Inclusion: 18 and over (or per study), "
               "PEN-FAST score < 3, no severe reaction. Exclusion: pregnancy, SJS/TEN, DRESS. "
               f"Target: {c.rng.randint(120, 300)} participants over 2 years. Recruitment starts next month; the screening "
               "log will be kept in REDCap only.\n") + c.sig(frm)
    atts = [att("pdf", f"{study[0]}_protocole_v3.1.pdf", make_pdf(f"{study[0]} — " + c.L("Résumé du protocole", "Protocol synopsis"),
                                                                 [study[1] if c.fr() else study[2], c.L("Devis : cohorte prospective", "Design: prospective cohort"),
                                                                  c.L("Approbation CER : 2025-118", "REB approval: 2025-118")], c.dt))] if c.chance(0.5) else []
    return c.finish("research", c.L("protocole de recherche approuvé", "approved research protocol"), frm, [ALL], c.L(f"Étude {study[0]} — approbation", f"{study[0]} study - approval"), text, atts=atts)


@reg(5)
def guideline_memo(c):
    frm = STAFF[c.pick(["vachon", "raman", "dufresne"])]
    kind = c.pick(["pen", "ivig", "referral", "anaph"])
    if kind == "pen":
        subj = c.L("Trajectoire — allergie à la pénicilline rapportée", "Pathway - reported penicillin allergy")
        text = c.L("Aux médecins des GMF,\n\nNouvelle trajectoire : un patient avec histoire à faible risque (PEN-FAST 0-2) peut être "
                   "référé directement pour test de provocation oral à l'amoxicilline, sans tests cutanés. Les histoires de SJS, "
                   "NET, DRESS ou néphrite sont exclues. Le formulaire de référence est joint.\n",
                   "To FMG physicians,\n\nNew pathway: patients with a low-risk history (PEN-FAST 0-2) can be referred directly for "
                   "an oral amoxicillin challenge without skin tests. SJS, TEN, DRESS or nephritis histories are excluded. "
                   "Referral form attached.\n")
    elif kind == "ivig":
        subj = c.L("Critères d'utilisation des IgIV — rappel", "IVIG utilization criteria - reminder")
        text = c.L("Bonjour,\n\nRappel des critères : remplacement si IgG < 4 g/L avec infections, ou déficit de réponse vaccinale "
                   "documenté. Réévaluation annuelle obligatoire. Le taux d'utilisation hors critères était de 6 % l'an dernier.\n",
                   "Hello,\n\nCriteria reminder: replacement if IgG < 4 g/L with infections, or documented impaired vaccine "
                   "response. Mandatory annual review. Off-criteria use was 6% last year.\n")
    elif kind == "referral":
        subj = c.L("Critères de référence — clinique d'allergie", "Referral criteria - allergy clinic")
        text = c.L("Bonjour,\n\nNous ne pouvons plus accepter les références pour rhinite saisonnière non compliquée ni pour "
                   "« tests d'allergie alimentaire » sans histoire de réaction. Priorité : anaphylaxie, allergie au venin, "
                   "immunodéficience, angioedème.\n", "Hello,\n\nWe can no longer accept referrals for uncomplicated seasonal "
                   "rhinitis or 'food allergy testing' without a reaction history. Priority: anaphylaxis, venom allergy, "
                   "immunodeficiency, angioedema.\n")
    else:
        subj = c.L("Ordonnance collective — anaphylaxie (mise à jour)", "Standing order - anaphylaxis (update)")
        text = c.L("Bonjour,\n\nL'ordonnance collective OC-ALL-02 est mise à jour : épinéphrine 0,01 mg/kg IM (max 0,5 mg), répéter "
                   "q 5-15 min; antihistaminique et corticostéroïde en 2e intention seulement.\n",
                   "Hello,\n\nStanding order OC-ALL-02 updated: epinephrine 0.01 mg/kg IM (max 0.5 mg), repeat q5-15 min; "
                   "antihistamine and steroid second line only.\n")
    return c.finish("guideline", c.L("note de pratique clinique", "clinical practice memo"), frm, [("Médecins GMF Lac-Aurélie", "gmf-liste@rls-lac.example")],
                    subj, text + c.sig(frm))


@reg(4)
def equipment(c):
    frm = STAFF["okafor"]
    sn = luhn_digits(c.rng, 9)
    asset = luhn_digits(c.rng, 10)
    kind = c.pick(["spiro", "pump", "feno"])
    dev = {"spiro": ("spiromètre", "spirometer", "SpiroLab-X"), "pump": ("pompe volumétrique", "infusion pump", "Volumat M7"),
           "feno": ("analyseur FeNO", "FeNO analyser", "NIOX V2")}[kind]
    text = c.L(f"Bonjour,\n\nL'étalonnage annuel du {dev[0]} {dev[2]} (no de série {sn[:3]} {sn[3:6]} {sn[6:]}, actif {asset}) est "
               f"conforme. Prochain entretien préventif : {dfmt(c.dt.date() + datetime.timedelta(days=365), 'long', 'fr')}. "
               "Certificat joint.\n", f"Hello,\n\nAnnual calibration of the {dev[1]} {dev[2]} (serial {sn[:3]} {sn[3:6]} {sn[6:]}, asset {asset}) "
               f"passed. Next preventive maintenance: {dfmt(c.dt.date() + datetime.timedelta(days=365), 'long', 'en')}. Certificate attached.\n") + c.sig(frm)
    cert = make_pdf(c.L("Certificat d'étalonnage", "Calibration certificate"),
                    [f"{dev[2]} — S/N {sn}", c.L(f"No d'actif : {asset}", f"Asset no.: {asset}"),
                     c.L("Seringue 3 L : erreur +0,8 % (tolérance ±3 %)", "3 L syringe: error +0.8% (tolerance ±3%)"),
                     c.L("Technicien : génie biomédical", "Technician: biomedical engineering")], c.dt)
    return c.finish("equipment", c.L("certificat d'étalonnage d'équipement", "equipment calibration certificate"), frm, [STAFF["trepanier"]],
                    c.L(f"Étalonnage {dev[2]}", f"Calibration {dev[2]}"), text, atts=[att("pdf", f"certificat_{sn}.pdf", cert)])


@reg(5)
def patient_education(c):
    frm = STAFF[c.pick(["quirion", "stemarie", "lafreniere"])]
    topic = c.pick([("Comment utiliser votre auto-injecteur d'épinéphrine", "How to use your epinephrine auto-injector",
                     ["Retirez le capuchon bleu.", "Appuyez fermement l'embout orange sur la cuisse jusqu'au déclic.", "Tenez 3 secondes.", "Appelez le 911."],
                     ["Remove the blue safety cap.", "Push the orange tip firmly into the thigh until it clicks.", "Hold 3 seconds.", "Call 911."]),
                    ("Votre test de provocation orale : à quoi s'attendre", "Your oral food challenge: what to expect",
                     ["Prévoyez la journée.", "Cessez les antihistaminiques 5 jours avant.", "Apportez l'aliment.", "Une infirmière surveille en tout temps."],
                     ["Plan for the whole day.", "Stop antihistamines 5 days before.", "Bring the food.", "A nurse monitors you at all times."]),
                    ("Vivre avec un déficit immunitaire", "Living with an immune deficiency",
                     ["Lavez-vous les mains souvent.", "Vaccins inactivés : oui. Vaccins vivants : demandez-nous.", "Tenez un journal des infections."],
                     ["Wash your hands often.", "Inactivated vaccines: yes. Live vaccines: ask us first.", "Keep an infection diary."])])
    lines = topic[2] if c.fr() else topic[3]
    text = c.L(f"Bonjour,\n\nVoici la version finale du dépliant « {topic[0]} » pour impression (500 copies). Révisé par le comité des "
               "usagers.\n", f"Hello,\n\nFinal version of the leaflet '{topic[1]}' for printing (500 copies). Reviewed by the users' "
               "committee.\n") + c.sig(frm)
    a = att("pdf", c.L("depliant.pdf", "leaflet.pdf"), make_pdf(topic[0] if c.fr() else topic[1], lines + ["", f"{CLINIC_FR if c.fr() else CLINIC_EN} — {TEL}"], c.dt))
    return c.finish("patient_leaflet", c.L("dépliant d'information générique", "generic patient leaflet"), frm, [("Imprimerie HSAL", "imprimerie@hsal.example")],
                    c.L("Dépliant à imprimer", "Leaflet for printing"), text, atts=[a])


@reg(4)
def referral_directory(c):
    frm = STAFF["bergevin"]
    rows = [[c.L("Médecin", "Physician"), c.L("Champs d'intérêt", "Areas of interest"), c.L("Jours de clinique", "Clinic days")],
            [STAFF["vachon"].titled(c.lang), c.L("allergie médicamenteuse, anaphylaxie périopératoire, mastocytose", "drug allergy, perioperative anaphylaxis, mastocytosis"), c.L("lun., mer.", "Mon, Wed")],
            [STAFF["benali"].titled(c.lang), c.L("urticaire chronique, angioedème, immunothérapie au venin", "chronic urticaria, angioedema, venom immunotherapy"), c.L("mar., jeu.", "Tue, Thu")],
            [STAFF["raman"].titled(c.lang), c.L("déficits immunitaires primaires, IgIV/IgSC, AOH", "primary immunodeficiency, IVIG/SCIG, HAE"), c.L("mar., ven.", "Tue, Fri")],
            [STAFF["lafreniere"].titled(c.lang), c.L("allergie alimentaire pédiatrique, TPO, eczéma", "paediatric food allergy, OFC, eczema"), c.L("mer., ven.", "Wed, Fri")]]
    text = c.L("Bonjour,\n\nPour orienter vos références, voici les champs d'intérêt de nos allergologues :\n\n",
               "Hello,\n\nTo help direct your referrals, here are our allergists' areas of interest:\n\n") + "\n".join(" — ".join(r) for r in rows[1:]) + "\n" + c.sig(frm)
    html = None
    if c.chance(0.5):
        html = ("<html><body><p>" + c.L("Bonjour,</p><p>Champs d'intérêt de nos allergologues :", "Hello,</p><p>Our allergists' areas of interest:")
                + "</p><table border='1' cellpadding='3'>" + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>\n" for r in rows)
                + f"</table><p>{frm.full}<br>{CLINIC_FR if c.fr() else CLINIC_EN}<br>{TEL}</p></body></html>\n")
    return c.finish("directory", c.L("répertoire des médecins et champs d'intérêt", "physician directory with areas of interest"), frm,
                    [("Médecins GMF Lac-Aurélie", "gmf-liste@rls-lac.example")], c.L("Nos allergologues — champs d'intérêt", "Our allergists - areas of interest"), text, html=html)


@reg(4)
def accreditation(c):
    frm = STAFF["trepanier"]
    rates = [(c.L("Hygiène des mains — clinique", "Hand hygiene - clinic"), c.rng.randint(78, 96)),
             (c.L("Double identification avant injection", "Two-identifier check before injection"), c.rng.randint(90, 100)),
             (c.L("Épinéphrine vérifiée dans chaque salle", "Epinephrine checked in every room"), c.rng.randint(85, 100)),
             (c.L("Feuilles de surveillance TPO complètes", "Complete OFC monitoring sheets"), c.rng.randint(70, 95))]
    text = c.L("Bonjour,\n\nRésultats des audits en vue de la visite d'agrément (données agrégées, 40 observations par indicateur) :\n\n",
               "Hello,\n\nAudit results ahead of the accreditation visit (aggregate data, 40 observations per indicator):\n\n") + \
        "\n".join(f"- {k} : {v} %" if c.fr() else f"- {k}: {v}%" for k, v in rates) + "\n" + c.sig(frm)
    return c.finish("quality", c.L("résultats d'audit agrégés", "aggregate audit results"), frm, [ALL], c.L("Agrément — résultats d'audit", "Accreditation - audit results"), text)


@reg(3)
def incident_aggregate(c):
    frm = ("Gestion des risques", "gestion.risques@hsal.example")
    n = c.rng.randint(3, 9)
    text = c.L(f"Bonjour,\n\nRapport trimestriel des événements indésirables de la clinique : {n} déclarations (AH-223), dont "
               f"{c.rng.randint(1, 3)} réactions systémiques à l'immunothérapie (aucune hospitalisation), 1 erreur d'étiquetage de fiole "
               "interceptée et 2 chutes sans conséquence. Aucune donnée nominative dans ce rapport.\n",
               f"Hello,\n\nQuarterly adverse event report for the clinic: {n} reports (AH-223), including {c.rng.randint(1, 3)} "
               "systemic immunotherapy reactions (no admissions), 1 intercepted vial labelling error and 2 falls without harm. "
               "No identifying data in this report.\n") + c.L("\nGestion des risques — poste 4700\n", "\nRisk management — ext. 4700\n")
    return c.finish("quality", c.L("rapport agrégé d'événements indésirables", "aggregate adverse event report"), frm, [STAFF["trepanier"], STAFF["vachon"]],
                    c.L("Rapport trimestriel — événements indésirables", "Quarterly report - adverse events"), text)


@reg(3)
def vendor_contact(c):
    rep = EXTERNAL["supplier"]
    text = c.L("Bonjour Madame Bergevin,\n\nJe suis votre nouveau représentant pour l'Est du Québec. Vous trouverez ma carte ci-jointe et la "
               "liste de prix 2026 (hausse moyenne de 3,5 %). Le venin de guêpe demeure contingenté.\n\nAu plaisir,\n",
               "Hello Ms. Bergevin,\n\nI am your new representative for Eastern Quebec. My card and the 2026 price list are attached "
               "(average increase 3.5%). Wasp venom remains allocated.\n\nBest regards,\n") + rep.full + "\n" + (rep.role_fr if c.fr() else rep.role_en) + "\n450 555-0178\n"
    v = make_vcf(rep.given, rep.surname, tels=[("WORK", "450 555-0178"), ("CELL", "450 555-0179")], email=rep.email,
                 org="Laboratoires Allergéna inc.", title=rep.role_fr)
    rows = [["Code", c.L("Produit", "Product"), c.L("Prix 2026", "2026 price")]] + [[f"ALG-{c.rng.randint(1000, 9999)}", it[0] if c.fr() else it[1], f"{it[2] * 1.035:.2f}"] for it in ITEMS]
    return c.finish("vendor", c.L("présentation d'un représentant et liste de prix", "sales rep introduction and price list"), rep, [STAFF["bergevin"]],
                    c.L("Nouveau représentant — Allergéna", "New representative - Allergena"), text,
                    atts=[att("vcf", "Patrick_Lemay.vcf", v, charset="utf-8"), att("xlsx", "prix_2026.xlsx", make_xlsx([("Prix", rows)], c.dt))])


@reg(3)
def budget(c):
    frm = STAFF["trepanier"]
    rows = [[c.L("Poste", "Item"), c.L("Budget", "Budget"), c.L("Réel", "Actual")],
            [c.L("Immunoglobulines (g)", "Immunoglobulin (g)"), 52000, c.rng.randint(47000, 56000)],
            [c.L("Extraits allergéniques ($)", "Allergen extracts ($)"), 84000, c.rng.randint(70000, 95000)],
            [c.L("Heures infirmières", "Nursing hours"), 14600, c.rng.randint(13800, 15500)],
            [c.L("Fournitures médicales ($)", "Medical supplies ($)"), 23000, c.rng.randint(19000, 26000)]]
    text = c.L("Bonjour,\n\nSuivi budgétaire à la période 9 : écart principal sur les heures infirmières (remplacements de congés). "
               "Tableau joint pour le comité de direction.\n", "Hello,\n\nBudget follow-up at period 9: main variance on nursing hours "
               "(leave replacements). Table attached for the management committee.\n") + c.sig(frm)
    a = att("xlsx", "suivi_budgetaire_P9.xlsx", make_xlsx([("P9", rows)], c.dt))
    zipped = c.chance(0.5)
    if zipped:
        a = att("zip", "documents_CD.zip", make_zip([("suivi_budgetaire_P9.xlsx", a["data"]), ("notes.txt", c.L("Écart heures infirmières : remplacements.", "Nursing hours variance: replacements.").encode("utf-8"))], c.dt))
    return c.finish("budget", c.L("suivi budgétaire", "budget follow-up"), frm, [("Comité de direction", "cd@hsal.example")],
                    c.L("Suivi budgétaire P9", "Budget follow-up P9"), text, atts=[a])


@reg(4)
def fwd_eml_neg(c):
    from gen_pos_b import inner_eml
    who = STAFF[c.pick(["vachon", "benali", "raman", "lafreniere"])]
    to = STAFF["bergevin"]
    org = ("Secrétariat du congrès SQAIC", "inscriptions@congres-allergie.example")
    conf_no = f"CQ-{c.rng.randint(10000, 99999)}"
    itext = c.L(f"Bonjour {who.titled('fr')},\n\nVotre inscription au congrès annuel (3 jours) est confirmée. No de confirmation : {conf_no}.\n"
                "Montant payé : 875,00 $ (TPS/TVQ incluses). Hôtel du Vieux-Port, bloc de chambres jusqu'au 15.\n\nLe comité organisateur\n",
                f"Dear {who.titled('en')},\n\nYour registration for the annual meeting (3 days) is confirmed. Confirmation no.: {conf_no}.\n"
                "Amount paid: $875.00 (taxes included). Hotel du Vieux-Port, room block until the 15th.\n\nThe organizing committee\n")
    inner = inner_eml(c, org, [who], c.L("Confirmation d'inscription", "Registration confirmation"), itext, c.dt - datetime.timedelta(days=3))
    text = c.L(f"Lucie,\n\nPour le remboursement de mes frais de congrès, voici la confirmation (ci-jointe). Merci!\n",
               f"Lucie,\n\nFor my conference expense claim, here is the confirmation (attached). Thanks!\n") + c.sig(who, short=True)
    return c.finish("expense_claim", c.L("réclamation de frais de congrès", "conference expense claim"), who, [to],
                    c.L("TR: Confirmation d'inscription", "FW: Registration confirmation"), text,
                    atts=[att("eml", c.L("confirmation_inscription.eml", "registration_confirmation.eml"), inner)])


@reg(4)
def reply_neg(c):
    from gen_pos_b import quote
    a = STAFF[c.pick(["benali", "vachon", "raman"])]
    b = STAFF[c.pick(["lafreniere", "desrochers"])] if a is not STAFF["lafreniere"] else STAFF["benali"]
    d = c.when(c.rng.randint(7, 30)).date()
    asked = c.dt - datetime.timedelta(hours=c.rng.randint(2, 48))
    orig = c.L([f"Salut {b.given},", "", f"Pourrais-tu prendre ma garde d'immunologie du {dfmt(d, 'long', 'fr')}? Je suis au congrès "
                "à Québec. Je te redonne celle du 28 en échange.", "", a.given],
               [f"Hi {b.given},", "", f"Could you take my immunology call on {dfmt(d, 'long', 'en')}? I'll be at the meeting in "
                "Quebec City. I'll take your 28th in exchange.", "", a.given])
    top = c.L("Pas de problème, c'est noté. J'avise Lucie pour l'horaire.", "No problem, noted. I'll let Lucie know for the schedule.")
    text = top + "\n" + c.sig(b, short=True) + "\n" + "\n".join(quote(c, a, asked, orig)) + "\n"
    return c.finish("schedule", c.L("échange de garde entre médecins", "on-call swap between physicians"), b, [a],
                    c.L("RE: échange de garde", "RE: call swap"), text, cc=[STAFF["bergevin"]], in_reply_to=f"<swap.{c.idx}.{asked:%Y%m%d%H%M}@hsal.example>")
