"""Negative (non-confidential) messages, part A: HR, schedules, newsletters, suppliers, IT, committees."""
import datetime

from gen_attach import csv_att, docx_att, pdf_att, xlsx_att
from gen_build import ext, generic, quote_block, who
from gen_common import ORG, STAFF, clock, fr_clock, later, ldate, signature, greet, staff
from gen_content import CANCER_VARIANTS, NBS, OTHER_GENETIC
from stdnum import luhn

SPEAKERS = [
    ("Dre", "Catherine", "Bouchard", "Université de Sherbrooke", "Cardiomyopathies héréditaires : qui tester ?",
     "Inherited cardiomyopathies: whom to test?"),
    ("Dr", "Pierre-Luc", "Simard", "CHU de Québec", "Syndrome de Lynch : immunohistochimie et au-delà",
     "Lynch syndrome: immunohistochemistry and beyond"),
    ("Dr", "Ahmed", "Benchekroun", "Hôpital Sainte-Justine-Est", "Le dépistage néonatal de l'amyotrophie spinale",
     "Newborn screening for spinal muscular atrophy"),
    ("Dre", "Ingrid", "Halvorsen", "Karolinska (invitée)", "Reclassification des VUS : leçons de 10 ans",
     "VUS reclassification: lessons from 10 years"),
    ("Dr", "Kenji", "Watanabe", "University of Toronto", "Exome rapide en soins intensifs néonatals",
     "Rapid exome sequencing in the NICU"),
    ("Dre", "Valérie", "Morin", "CIUSSS de l'Estrie", "Tyrosinémie de type 1 au Saguenay : 30 ans de suivi",
     "Tyrosinemia type 1 in Saguenay: 30 years of follow-up"),
    ("Dre", "Hélène", "Vachon-Desrosiers", "CHUSL", "Dépistage en cascade : outils pour les familles",
     "Cascade testing: tools for families"),
    ("Dr", "Samuel", "Okafor", "CHUSL", "Syndrome de Marfan et aortopathies", "Marfan syndrome and aortopathies"),
]


def luhn_serial(r, n=9):
    body = str(r.randint(1, 7)) + "".join(str(r.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def _gc_names():
    return [staff(k)["name"] for k in ("laroche", "dufresne", "raman", "beaulieu")]


# ---------------------------------------------------------------------------- N1
def n_oncall_roster(c):
    r = c.r
    start = later(r, c.date.date(), 5, 20).replace(day=1)
    docs = ["Vachon-Desrosiers", "Okafor", "Charest", "Wright (labo)"]
    rows = [["Semaine du" if c.fr else "Week of", "Garde génétique" if c.fr else "Genetics on call",
             "Garde métabolique" if c.fr else "Metabolic on call", "Téléavertisseur" if c.fr else "Pager"]]
    for w in range(5):
        d = start + datetime.timedelta(days=7 * w)
        rows.append([d.isoformat(), docs[(w + c.v) % 2], "Charest" if w % 2 == 0 else "Okafor", f"514-555-01{50 + w}"])
    fn = r.choice(["garde_genetique.xlsx", f"Horaire de garde {start.strftime('%Y-%m')}.xlsx", "oncall.xlsx"])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nVoici l'horaire de garde du mois prochain. Les échanges doivent être approuvés par "
                f"la Dre Vachon-Desrosiers avant le 20.\n{signature(r, 'giroux', 'fr', 0)}")
        subj = "Horaire de garde – " + ldate(start, "fr").split(" ", 1)[1]
    else:
        body = (f"{greet(r, 'en')}\n\nNext month's on-call schedule is attached. Swaps must be approved by Dr "
                f"Vachon-Desrosiers before the 20th.\n{signature(r, 'giroux', 'en', 0)}")
        subj = "On-call schedule - " + ldate(start, "en").split(" ")[0]
    return c.out("oncall_roster", "physician on-call roster XLSX", who("giroux"),
                 [generic("genetique.medecins", "Médecins génétique")], subj, body,
                 attachments=[xlsx_att(fn, [("Garde" if c.fr else "On call", rows)])])


# ---------------------------------------------------------------------------- N2
def n_leave_reply(c):
    r = c.r
    k = r.choice(["laroche", "raman", "benali", "pepin", "chen"])
    s = staff(k)
    d1 = later(r, c.date.date(), 20, 90)
    d2 = d1 + datetime.timedelta(days=r.choice([4, 11, 13]))
    when = c.date - datetime.timedelta(days=2)
    if c.fr:
        orig = (f"Bonjour Éric,\n\nJe souhaiterais prendre mes vacances du {ldate(d1, 'fr')} au {ldate(d2, 'fr')}. "
                f"{r.choice(['Julien a accepté de couvrir mes divulgations urgentes.', 'Mes dossiers seront transférés à Karine.', 'Le banc de séquençage sera couvert par Nadia.'])}\n\nMerci,\n{s['given']}")
        body = (f"Approuvé, bonnes vacances !\n\nÉric\n\n" + quote_block(orig, "fr", f"{s['name']} <{s['email']}>", when, 0) + "\n")
        subj = "RE: Demande de vacances"
    else:
        orig = (f"Hi Eric,\n\nI'd like to take vacation from {ldate(d1, 'en')} to {ldate(d2, 'en')}. "
                f"{r.choice(['Julien will cover urgent disclosures.', 'My files will go to Karine.', 'Nadia will cover the sequencing bench.'])}\n\nThanks,\n{s['given']}")
        body = ("Approved - enjoy!\n\nEric\n\n" + quote_block(orig, "en", f"{s['name']} <{s['email']}>", when, 0) + "\n")
        subj = "RE: Vacation request"
    return c.out("leave_reply", "manager approves staff vacation (quoted request)", who("fontaine"), [who(k)], subj, body,
                 in_reply_to=f"<{r.randint(10**9, 10**10)}.{k}@chusl.example>")


# ---------------------------------------------------------------------------- N3
def n_staff_sick(c):
    r = c.r
    k = r.choice(["dufresne", "benali", "turcotte", "beaulieu", "pepin"])
    s = staff(k)
    ill = r.choice([("une gastro-entérite", "gastroenteritis"), ("une entorse lombaire", "a lower back strain"),
                    ("une fracture du poignet (chute à vélo)", "a fractured wrist (bike fall)"),
                    ("une COVID-19 positive au test rapide", "a positive COVID rapid test"),
                    ("une migraine sévère", "a bad migraine")])
    days = r.randint(2, 10)
    if c.fr:
        body = (f"Bonjour Éric,\n\nJe t'avise que je serai absente pour {days} jours en raison d'{ill[0]}. Mon billet médical "
                f"sera envoyé au bureau de santé et sécurité au travail. "
                f"{'Pourrais-tu demander à Marie-Ève de reprendre mes rendez-vous de mardi ?' if k in ('dufresne', 'beaulieu') else 'Désolée pour le court préavis.'}\n\n{s['given']}\n")
        if k == "beaulieu":
            body = body.replace("absente", "absent").replace("Désolée", "Désolé")
        subj = r.choice(["Absence maladie", "Absente cette semaine", "Arrêt de travail"])
    else:
        body = (f"Hi Eric,\n\nI'll be off for {days} days due to {ill[1]}. My doctor's note is going to Occupational "
                f"Health. {'Could Marie-Ève take my Tuesday appointments?' if k in ('dufresne', 'beaulieu') else 'Sorry for the short notice.'}\n\n{s['given']}\n")
        subj = r.choice(["Sick leave", "Off sick this week"])
    return c.out("staff_sick", "employee tells manager about own illness (occupational health)", who(k), [who("fontaine")],
                 subj, body, cc=[generic("sante.securite", "Santé et sécurité au travail")] if c.v % 2 else None)


# ---------------------------------------------------------------------------- N4
def n_payroll(c):
    r = c.r
    per = r.randint(1, 26)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nÀ compter de la période de paie {per}, les relevés de paie seront disponibles "
                f"uniquement dans le portail employé. Les relevés 1 et feuillets T4 2024 sont déjà en ligne. "
                f"Pour toute question : paie@{ORG['dom']} ou poste 2250.\n\nLe Service de la rémunération\n")
        subj = r.choice(["Relevés de paie électroniques", "Paie – période " + str(per), "Relevés 1 et T4 disponibles"])
    else:
        body = (f"{greet(r, 'en')}\n\nStarting pay period {per}, pay stubs will be available only in the employee portal. "
                f"2024 RL-1 and T4 slips are already online. Questions: payroll@{ORG['dom']} or ext. 2250.\n\nPayroll Services\n")
        subj = r.choice(["Electronic pay stubs", f"Payroll - period {per}"])
    return c.out("payroll", "payroll notice to all staff", generic("paie", "Service de la rémunération"),
                 [generic("tous.employes", "Tous les employés")], subj, body)


# ---------------------------------------------------------------------------- N5
def n_newsletter(c):
    r = c.r
    sp = r.choice(SPEAKERS)
    topic = r.choice([("le syndrome de Lynch", "Lynch syndrome", "Mars"), ("le cancer du sein héréditaire", "hereditary breast cancer", "Octobre"),
                      ("les maladies rares", "rare diseases", "Février"), ("l'hypercholestérolémie familiale", "familial hypercholesterolemia", "Septembre")])
    n = r.randint(180, 900)
    if c.fr:
        text = (f"Infolettre de la génétique – numéro {r.randint(20, 60)}\n\n{topic[2]} est le mois de sensibilisation "
                f"pour {topic[0]}. Saviez-vous qu'environ 1 personne sur 300 porte une variante associée ? Notre clinique a "
                f"reçu {n} nouvelles références cette année.\n\nÀ l'honneur : {sp[0]} {sp[1]} {sp[2]} ({sp[3]}) présentera "
                f"« {sp[4]} » lors de nos midis-conférences.\n\nRappel : les formulaires de référence à jour sont sur "
                f"l'intranet.\n\nPour vous désabonner, répondez « retrait ».\n")
        subj = f"Infolettre génétique – {topic[2]}"
    else:
        text = (f"Genetics Newsletter - issue {r.randint(20, 60)}\n\nThis month is awareness month for {topic[1]}. About "
                f"1 in 300 people carry an associated variant. Our clinic received {n} new referrals this year.\n\n"
                f"Spotlight: {sp[0]} {sp[1]} {sp[2]} ({sp[3]}) will present \"{sp[5]}\" at our lunch rounds.\n\n"
                f"Updated referral forms are on the intranet.\n\nTo unsubscribe, reply 'remove'.\n")
        subj = "Genetics newsletter"
    c.tp["mode"] = r.choice(["html", "alt"])
    return c.out("newsletter", "awareness newsletter with aggregate figures and speaker", generic("communications", "Communications CHUSL"),
                 [generic("liste.genetique", "Liste génétique")], subj, text)


# ---------------------------------------------------------------------------- N6
def n_conference_programme(c):
    r = c.r
    d = later(r, c.date.date(), 15, 60)
    sps = r.sample(SPEAKERS, 5)
    lines = []
    t = 8 * 60 + 30
    for sp in sps:
        lines.append(f"{t // 60:02d}:{t % 60:02d}  {sp[0]} {sp[1]} {sp[2]} ({sp[3]}) – {sp[4] if c.fr else sp[5]}")
        t += 50
    title = "Journée scientifique de génétique médicale" if c.fr else "Medical Genetics Scientific Day"
    lines = [ldate(d, c.lang, True), "Amphithéâtre A, pavillon C", ""] + lines + ["", "Inscription gratuite / Free registration",
                                                                                 "Crédits de formation : 6 h (section 1)"]
    fn = r.choice(["programme.pdf", "Programme_journee_genetique.pdf", "program_final.pdf"])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nVoici le programme final de la journée scientifique.\n{signature(r, 'giroux', 'fr', 0)}"
        subj = "Programme – Journée scientifique"
    else:
        body = f"{greet(r, 'en')}\n\nFinal programme for the scientific day attached.\n{signature(r, 'giroux', 'en', 0)}"
        subj = "Programme - Scientific Day"
    return c.out("conference_programme", "conference programme PDF with speakers and disease topics", who("giroux"),
                 [generic("liste.genetique", "Liste génétique")], subj, body, attachments=[pdf_att(fn, lines, title=title)])


# ---------------------------------------------------------------------------- N7
def n_supplier_invoice(c):
    r = c.r
    inv = f"INV-{r.randint(100000, 999999)}"
    po = f"PO-{r.randint(4500000000, 4599999999)}"
    items = [("Kit de capture exome v3 (96 rx)", "EXC-96", 18450.00), ("Réactif de séquençage 300 cycles", "SEQ-300", 4210.50),
             ("Tubes EDTA 4 mL (1000)", "EDTA-4K", 389.00), ("Plaques PCR 96 puits (50)", "PCR-96", 212.75),
             ("Kit extraction ADN sang total", "DNA-EXT", 1899.00)]
    sel = r.sample(items, 3)
    lines = [f"Facture / Invoice : {inv}", f"Bon de commande / PO : {po}", f"Client : {ORG['lab_fr']}, {ORG['hosp_short']}", ""]
    tot = 0
    for name, cat, price in sel:
        q = r.randint(1, 6)
        lot = luhn_serial(r, 9) if r.random() < 0.6 else f"L{r.randint(100000, 999999)}"
        lines.append(f"{cat}  {name}  qté {q}  lot {lot}  {price:.2f} $  = {q * price:.2f} $")
        tot += q * price
    lines += ["", f"Sous-total : {tot:.2f} $", f"TPS (5 %) : {tot * 0.05:.2f} $", f"TVQ (9,975 %) : {tot * 0.09975:.2f} $",
              "No TPS 81234 5678 RT0001", "Paiement net 30 jours"]
    vendor = r.choice(["BioGénomix Canada inc.", "Nordic Lab Supply Ltd.", "Séquençage Laurentides inc."])
    if c.fr:
        body = f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} pour le bon de commande {po}.\n\nComptes recevables\n{vendor}\n"
        subj = f"Facture {inv}"
    else:
        body = f"Hello,\n\nPlease find attached invoice {inv} for purchase order {po}.\n\nAccounts Receivable\n{vendor}\n"
        subj = f"Invoice {inv} - {po}"
    return c.out("supplier_invoice", "reagent invoice PDF with lot numbers and PO", ("Comptes recevables", "ar@biogenomix.example"),
                 [who("morneau")], subj, body, attachments=[pdf_att(f"{inv}.pdf", lines, title=vendor)])


# ---------------------------------------------------------------------------- N8
def n_purchase_order(c):
    r = c.r
    po = f"{r.randint(4500000000, 4599999999)}"
    rows = [["Ligne", "No catalogue", "Description", "Qté", "Prix unitaire", "No série"] if c.fr else
            ["Line", "Catalog #", "Description", "Qty", "Unit price", "Serial #"]]
    descs = ["Pipette électronique 8 canaux", "Congélateur -80 °C 700 L", "Centrifugeuse réfrigérée", "Thermocycleur 96 puits",
             "Fluorimètre", "Hotte PCR"] if c.fr else ["8-channel electronic pipette", "-80 C freezer 700 L",
                                                    "Refrigerated centrifuge", "96-well thermocycler", "Fluorometer", "PCR hood"]
    for i, d in enumerate(r.sample(descs, 4)):
        rows.append([i + 1, f"CAT-{r.randint(10000, 99999)}", d, r.randint(1, 3), f"{r.randint(800, 24000)}.00",
                     luhn_serial(r, r.choice([9, 10]))])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nBon de commande {po} approuvé (centre de coûts 7120 – diagnostic moléculaire). "
                f"Détail en pièce jointe.\n{signature(r, 'morneau', 'fr', 0)}")
        subj = f"BC {po} approuvé"
    else:
        body = (f"{greet(r, 'en')}\n\nPurchase order {po} approved (cost centre 7120 - molecular diagnostics). Line items "
                f"attached.\n{signature(r, 'morneau', 'en', 0)}")
        subj = f"PO {po} approved"
    return c.out("purchase_order", "approved PO with catalogue and serial numbers (Luhn-valid serials)", who("morneau"),
                 [generic("approvisionnement", "Approvisionnement")], subj, body,
                 attachments=[csv_att(f"BC_{po}.csv", rows, sep=";" if c.fr else ",", encoding=r.choice(["utf-8-sig", "cp1252"]))])


# ---------------------------------------------------------------------------- N9
def n_lims_downtime(c):
    r = c.r
    d = later(r, c.date.date(), 2, 14)
    sysn = r.choice(["SIL (LIMS) Génomique", "GenoTrack", "portail de résultats", "serveur d'analyse bio-informatique"])
    if c.fr:
        body = (f"AVIS DE MAINTENANCE\n\nLe système {sysn} sera indisponible le {ldate(d, 'fr', True)} de 22 h à 2 h pour "
                f"une mise à jour (version 8.4.1). Les demandes d'analyse devront être faites sur requête papier pendant "
                f"cette période. Les résultats critiques seront téléphonés au poste {r.randint(5500, 5599)}.\n\n"
                f"Direction des ressources informationnelles – Centre de services 514-555-0111\nBillet : CHG{r.randint(1000000, 9999999)}\n")
        subj = f"Maintenance planifiée – {sysn} – {d.isoformat()}"
    else:
        body = (f"MAINTENANCE NOTICE\n\n{sysn} will be unavailable on {ldate(d, 'en', True)} from 10 pm to 2 am for an "
                f"upgrade (v8.4.1). Use paper requisitions during the outage; critical results will be phoned.\n\n"
                f"IT Service Desk 514-555-0111\nChange ticket: CHG{r.randint(1000000, 9999999)}\n")
        subj = f"Planned maintenance - {sysn}"
    return c.out("lims_downtime", "IT planned maintenance notice", generic("servicedesk", "Centre de services TI"),
                 [generic("tous.labo", "Personnel de laboratoire")], subj, body)


# ---------------------------------------------------------------------------- N10
def n_freezer_alarm(c):
    r = c.r
    asset = f"CHUSL-{r.randint(10000, 99999)}"
    temp = r.choice(["-62", "-58", "-71"])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nAlarme cette nuit sur le congélateur -80 °C de la biobanque (actif {asset}, "
                f"salle D-2.130) : température maximale {temp} °C atteinte à 03:14, retour à -79 °C à 05:40 après "
                f"intervention du technicien de garde. Aucune perte de boîtes. Compresseur à remplacer, bon de travail "
                f"{r.randint(300000, 399999)} ouvert.\n{signature(r, 'desjardins', 'fr', 0)}")
        subj = r.choice(["Alarme congélateur -80 biobanque", "Incident congélateur – rapport", "Congélateur D-2.130"])
    else:
        body = (f"{greet(r, 'en')}\n\nOvernight alarm on the biobank -80 C freezer (asset {asset}, room D-2.130): max "
                f"{temp} C at 03:14, back to -79 C by 05:40 after on-call tech intervention. No boxes lost. Compressor to "
                f"replace; work order {r.randint(300000, 399999)}.\n{signature(r, 'desjardins', 'en', 0)}")
        subj = r.choice(["Biobank -80 freezer alarm", "Freezer incident report"])
    return c.out("freezer_alarm", "facilities: biobank freezer alarm with asset number", who("desjardins"),
                 [generic("genie.biomedical", "Génie biomédical"), who("lemieux")], subj, body)


# ---------------------------------------------------------------------------- N11
def n_job_gc(c):
    r = c.r
    num = f"{r.randint(2025, 2025)}-{r.randint(1000, 9999)}"
    if c.fr:
        body = (f"AFFICHAGE INTERNE/EXTERNE no {num}\n\nConseiller(ère) en génétique – oncogénétique\n"
                f"{ORG['gen_fr']}, {ORG['hosp_fr']}\nPoste permanent, temps complet (35 h/semaine)\n\n"
                f"Exigences : maîtrise en conseil génétique ; certification CCGC/ABGC ou admissibilité ; bilinguisme.\n"
                f"Responsabilités : évaluation du risque, arbres généalogiques, divulgation de résultats, dépistage en cascade.\n"
                f"Salaire : selon l'échelle du réseau (52 000 $ à 96 000 $).\n\nPostuler avant le {ldate(later(r, c.date.date(), 14, 30), 'fr')} "
                f"à recrutement@{ORG['dom']}.\n")
        subj = f"Affichage {num} – Conseiller(ère) en génétique"
    else:
        body = (f"JOB POSTING #{num}\n\nGenetic Counsellor - Cancer Genetics\n{ORG['gen_en']}, {ORG['hosp_fr']}\n"
                f"Permanent, full-time.\n\nRequirements: MSc in genetic counselling; CCGC/ABGC certified or eligible; "
                f"bilingual French/English.\nDuties: risk assessment, pedigrees, result disclosure, cascade testing.\n\n"
                f"Apply by {ldate(later(r, c.date.date(), 14, 30), 'en')} to recruitment@{ORG['dom']}.\n")
        subj = f"Job posting {num} - Genetic Counsellor"
    return c.out("job_gc", "job posting for genetic counsellor", generic("recrutement", "Recrutement CHUSL"),
                 [generic("liste.genetique", "Liste génétique")], subj, body)


# ---------------------------------------------------------------------------- N12
def n_job_tech(c):
    r = c.r
    num = f"2025-{r.randint(1000, 9999)}"
    if c.fr:
        body = (f"Le {ORG['lab_fr']} recrute : technologiste médical(e), séquençage de nouvelle génération (poste {num}).\n\n"
                f"- Préparation de librairies, séquençage, contrôle qualité\n- Participation aux essais d'aptitude\n"
                f"- Horaire de jour, rotation une fin de semaine sur quatre\n\nMembre de l'OPTMQ. Entrevues la semaine du "
                f"{ldate(later(r, c.date.date(), 14, 30), 'fr')}.\n{signature(r, 'lemieux', 'fr', 0)}")
        subj = f"Poste {num} – technologiste NGS"
    else:
        body = (f"The {ORG['lab_en']} is hiring a medical technologist, next-generation sequencing (posting {num}).\n\n"
                f"- Library prep, sequencing, QC\n- Proficiency testing\n- Day shift, one weekend in four\n\n"
                f"{signature(r, 'lemieux', 'en', 0)}")
        subj = f"Posting {num} - NGS technologist"
    return c.out("job_tech", "job posting for NGS technologist", who("lemieux"), [generic("tous.labo", "Personnel de laboratoire")],
                 subj, body)


# ---------------------------------------------------------------------------- N13
def n_tumour_board(c):
    r = c.r
    dates = [later(r, c.date.date(), 3 + 14 * i, 5 + 14 * i) for i in range(3)]
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nComité des cancers héréditaires – calendrier du trimestre :\n"
                + "\n".join(f"  - {ldate(d, 'fr', True)}, 12 h à 13 h, salle C-4.20 et Teams" for d in dates)
                + "\n\nPour soumettre un cas, remplir le formulaire de présentation (gabarit sur l'intranet) au plus tard le "
                  "lundi précédent. Ne pas inscrire d'identifiants dans le courriel ; utiliser le dossier partagé sécurisé.\n"
                + signature(r, "giroux", "fr", 0))
        subj = "Comité des cancers héréditaires – calendrier"
    else:
        body = (f"{greet(r, 'en')}\n\nHereditary Cancer Board - this quarter's dates:\n"
                + "\n".join(f"  - {ldate(d, 'en', True)}, 12-1 pm, room C-4.20 and Teams" for d in dates)
                + "\n\nSubmit cases with the presentation template by the preceding Monday. Do not put identifiers in e-mail; "
                  "use the secure shared folder.\n" + signature(r, "giroux", "en", 0))
        subj = "Hereditary Cancer Board - schedule"
    return c.out("tumour_board", "committee calendar; no patients", who("giroux"), [generic("comite.cancers.hereditaires", "Comité CH")],
                 subj, body)


# ---------------------------------------------------------------------------- N14
def n_ethics_agenda(c):
    r = c.r
    d = later(r, c.date.date(), 5, 20)
    prot = [(f"MP-{r.randint(10, 40)}-2025-{r.randint(1000, 9999)}", t) for t in r.sample([
        "Biobanque d'oncogénétique : modification du formulaire de consentement (v4)",
        "Étude de cohorte sur le dépistage en cascade du syndrome de Lynch",
        "Séquençage du génome entier en néonatalogie – étude pilote",
        "Registre de la tyrosinémie héréditaire de type 1 – renouvellement annuel",
        "Retour des résultats secondaires aux participants : sondage", ], 3)]
    blocks = [("h", f"Comité d'éthique de la recherche – ordre du jour du {ldate(d, 'fr')}" if c.fr else
               f"Research Ethics Board - agenda {ldate(d, 'en')}"), ("p", "1. Adoption du procès-verbal" if c.fr else "1. Minutes")]
    for i, (n, t) in enumerate(prot):
        blocks.append(("p", f"{i + 2}. {n} – {t}"))
    blocks.append(("p", f"{len(prot) + 2}. Varia"))
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nOrdre du jour de la prochaine séance du CER.\n{signature(r, 'rousseau', 'fr', 0)}"
        subj = f"CER – ordre du jour {d.isoformat()}"
    else:
        body = f"{greet(r, 'en')}\n\nAgenda for the next REB meeting.\n{signature(r, 'rousseau', 'en', 0)}"
        subj = f"REB agenda {d.isoformat()}"
    return c.out("ethics_agenda", "research ethics agenda DOCX with protocol numbers", who("rousseau"),
                 [generic("cer", "CER CHUSL")], subj, body, attachments=[docx_att("ordre_du_jour_CER.docx" if c.fr else "REB_agenda.docx", blocks)])


# ---------------------------------------------------------------------------- N15
def n_drug_shortage(c):
    r = c.r
    drug = r.choice([("acide carglumique 200 mg", "carglumic acid 200 mg"), ("lévocarnitine solution orale", "levocarnitine oral solution"),
                     ("saproptérine 100 mg", "sapropterin 100 mg"), ("lévothyroxine 25 mcg", "levothyroxine 25 mcg")])
    if c.fr:
        body = (f"AVIS DE PÉNURIE – Département de pharmacie\n\nProduit : {drug[0]}\nDurée estimée : 6 à 8 semaines\n"
                f"Alternative : format équivalent importé (Santé Canada, accès spécial) ; aucune substitution thérapeutique "
                f"requise pour la majorité des patients.\nLes prescripteurs de la clinique des maladies métaboliques seront "
                f"contactés pour les cas particuliers.\n\nCentre d'information pharmaceutique, poste 3344\n")
        subj = f"Pénurie – {drug[0]}"
    else:
        body = (f"DRUG SHORTAGE NOTICE - Pharmacy Department\n\nProduct: {drug[1]}\nExpected duration: 6-8 weeks\n"
                f"Alternative: imported equivalent via Health Canada special access. Metabolic clinic prescribers will be "
                f"contacted for special cases.\n\nDrug Information Centre, ext. 3344\n")
        subj = f"Drug shortage - {drug[1]}"
    return c.out("drug_shortage", "pharmacy shortage notice", generic("pharmacie.info", "Pharmacie CHUSL"),
                 [generic("prescripteurs", "Prescripteurs")], subj, body)


# ---------------------------------------------------------------------------- N16
def n_protocol_summary(c):
    r = c.r
    n = r.randint(300, 2500)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nRésumé du protocole pour la demande de subvention :\n\n"
                f"Titre : Impact d'une lettre familiale numérique sur le taux de dépistage en cascade (LYNCH-CASCADE)\n"
                f"Population : {n} cas index porteurs d'une variante pathogène MLH1, MSH2, MSH6 ou PMS2 et leurs apparentés "
                f"au premier degré.\nCritères d'exclusion : < 18 ans, refus de contacter la famille.\n"
                f"Issue principale : proportion d'apparentés testés à 12 mois.\nAnalyse : régression logistique à effets mixtes.\n\n"
                f"Aucune donnée nominative ne sera transmise hors du CHUSL.\n{signature(r, 'rousseau', 'fr', 0)}")
        subj = "Résumé de protocole – LYNCH-CASCADE"
    else:
        body = (f"{greet(r, 'en')}\n\nProtocol synopsis for the grant:\n\nTitle: Digital family letter and cascade testing uptake "
                f"(LYNCH-CASCADE)\nPopulation: {n} probands with a pathogenic MMR variant and their first-degree relatives.\n"
                f"Exclusion: <18 years, refusal to contact family.\nPrimary outcome: proportion of relatives tested at 12 months.\n"
                f"{signature(r, 'rousseau', 'en', 0)}")
        subj = "Protocol synopsis - LYNCH-CASCADE"
    return c.out("protocol_summary", "research protocol synopsis, no participants", who("rousseau"), [who("vachon"), who("okafor")],
                 subj, body)


# ---------------------------------------------------------------------------- N17
def n_nbs_stats(c):
    r = c.r
    total = r.randint(38000, 46000)
    rows = [["Condition", "Dépistages positifs" if c.fr else "Screen positives", "Cas confirmés" if c.fr else "Confirmed",
             "VPP" if c.fr else "PPV"]]
    for cfr, cen, *_ in NBS:
        pos = r.randint(3, 60)
        conf = r.randint(0, pos)
        rows.append([cfr if c.fr else cen, pos, conf, f"{conf / pos:.0%}"])
    rows.append(["Total nouveau-nés dépistés" if c.fr else "Total newborns screened", total, "", ""])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nStatistiques annuelles du programme de dépistage néonatal (données agrégées).\n{signature(r, 'pepin', 'fr', 0)}"
        subj = "Statistiques annuelles – dépistage néonatal"
    else:
        body = f"{greet(r, 'en')}\n\nAnnual newborn screening statistics (aggregate).\n{signature(r, 'pepin', 'en', 0)}"
        subj = "Annual NBS statistics"
    return c.out("nbs_stats", "aggregate newborn screening statistics XLSX", who("pepin"), [who("charest"), who("fontaine")],
                 subj, body, attachments=[xlsx_att("stats_DN_2024.xlsx", [("2024", rows)])])


# ---------------------------------------------------------------------------- N18
def n_tat_stats(c):
    r = c.r
    tests = ["BRCA1/2", "Panel Lynch", "Exome trio", "CMA", "QF-PCR prénatal", "FMR1", "Panel cardio"]
    rows = [["Analyse" if c.fr else "Test", "N", "Médiane (jours)" if c.fr else "Median (days)", "P90", "Cible" if c.fr else "Target"]]
    for t in tests:
        med = r.randint(2, 60)
        rows.append([t, r.randint(20, 900), med, med + r.randint(3, 30), r.choice([3, 21, 28, 60])])
    tbl = "\n".join(f"{a:<18}{b:>6}{c_:>18}{d:>6}{e:>8}" for a, b, c_, d, e in rows)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nDélais de réponse du trimestre :\n\n{tbl}\n\nL'exome trio reste hors cible à cause du "
                f"manque de personnel en bio-informatique.\n{signature(r, 'lemieux', 'fr', 3)}")
        subj = "Délais de réponse – T" + str((c.date.month - 1) // 3 + 1)
    else:
        body = (f"{greet(r, 'en')}\n\nQuarterly turnaround times:\n\n{tbl}\n\nTrio exome still off target due to bioinformatics "
                f"staffing.\n{signature(r, 'lemieux', 'en', 3)}")
        subj = "Turnaround times - Q" + str((c.date.month - 1) // 3 + 1)
    c.tp.setdefault("mode", "plain")
    return c.out("tat_stats", "aggregate lab turnaround times", who("lemieux"), [who("fontaine")], subj, body)


# ---------------------------------------------------------------------------- N19
def n_blank_requisition(c):
    r = c.r
    lines = ["REQUÊTE – ANALYSES DE GÉNÉTIQUE MOLÉCULAIRE (formulaire F-LDM-012, version 7)", "",
             "Nom : ______________________   Prénom : ____________________",
             "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : [ ] F  [ ] M  [ ] X",
             "NAM : ____ ____ ____     No de dossier : ____________",
             "Adresse : ______________________________________________",
             "Analyse demandée : [ ] BRCA1/2  [ ] Panel Lynch  [ ] Exome  [ ] CMA  [ ] Variante familiale",
             "Renseignements cliniques : _________________________________",
             "Variante familiale connue (joindre le rapport) : ______________",
             "Médecin demandeur : ____________  No de permis : ______",
             "Signature du consentement : ____________  Date : __________"]
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nLa nouvelle version de la requête (v7) est en vigueur le 1er du mois. Merci de détruire "
                f"les anciennes copies.\n{signature(r, 'benali', 'fr', 0)}")
        subj = "Nouvelle requête F-LDM-012 v7"
    else:
        body = (f"{greet(r, 'en')}\n\nThe new requisition (v7) is in effect on the 1st. Please discard old copies.\n"
                f"{signature(r, 'benali', 'en', 0)}")
        subj = "New requisition form F-LDM-012 v7"
    return c.out("blank_requisition", "blank requisition template PDF", who("benali"), [generic("liste.genetique", "Liste génétique")],
                 subj, body, attachments=[pdf_att("F-LDM-012_v7.pdf", lines, title="Formulaire vierge / Blank form")])


# ---------------------------------------------------------------------------- N20
def n_blank_consent(c):
    r = c.r
    blocks = [("h", "Formulaire de consentement – Biobanque de génétique" if c.fr else "Consent form - Genetics Biobank"),
              ("p", "Titre du projet : Biobanque de recherche en génétique médicale (BRGM)" if c.fr else "Project: Medical Genetics Research Biobank"),
              ("p", "Nom du participant : ______________________" if c.fr else "Participant name: ______________________"),
              ("p", "Date de naissance : ____ / __ / __" if c.fr else "Date of birth: ____ / __ / __"),
              ("p", "[ ] J'accepte que mes échantillons soient conservés 25 ans." if c.fr else "[ ] I agree my samples are stored for 25 years."),
              ("p", "[ ] J'accepte d'être recontacté(e) pour des découvertes secondaires." if c.fr else "[ ] I agree to be recontacted about secondary findings."),
              ("p", "Signature : ______________   Date : __________")]
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nVoici la version 4 du formulaire de consentement approuvée par le CER, à utiliser dès "
                f"maintenant. Les versions 3 non signées doivent être retirées.\n{signature(r, 'desjardins', 'fr', 0)}")
        subj = "Consentement biobanque – version 4 approuvée"
    else:
        body = f"{greet(r, 'en')}\n\nREB-approved version 4 of the consent form, effective now.\n{signature(r, 'desjardins', 'en', 0)}"
        subj = "Biobank consent v4 approved"
    return c.out("blank_consent", "blank consent template DOCX", who("desjardins"), [who("rousseau"), generic("liste.genetique", "Liste génétique")],
                 subj, body, attachments=[docx_att("Consentement_BRGM_v4.docx" if c.fr else "Consent_MGRB_v4.docx", blocks)])


# ---------------------------------------------------------------------------- N21
def n_teaching_case(c):
    r = c.r
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    age = r.randint(32, 58)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nCas pour la séance d'enseignement des résidents de jeudi (dénominalisé) :\n\n"
                f"Une femme de {age} ans consulte après un cancer du sein. Sa mère a eu un cancer de l'ovaire ; une tante "
                f"paternelle, un cancer du côlon. Le panel révèle {gene} {var}.\n\nQuestions : 1) Quel est le syndrome ? "
                f"2) Quelle surveillance recommander ? 3) Comment organiser le dépistage en cascade ? 4) Quels enjeux "
                f"d'assurance aborder ?\n\nMerci de ne pas chercher à identifier la patiente.\n{signature(r, 'vachon', 'fr', 0)}")
        subj = "Cas clinique – enseignement résidents"
    else:
        body = (f"{greet(r, 'en')}\n\nDe-identified case for Thursday's resident teaching:\n\nA {age}-year-old woman presents "
                f"after breast cancer. Her mother had ovarian cancer; a paternal aunt had colon cancer. Panel shows {gene} {var}.\n\n"
                f"Questions: 1) Syndrome? 2) Surveillance? 3) Cascade plan? 4) Insurance issues?\n{signature(r, 'okafor', 'en', 0)}")
        subj = "Teaching case - residents"
    return c.out("teaching_case", "de-identified teaching case", who("vachon" if c.fr else "okafor"), [generic("residents.genetique", "Résidents")],
                 subj, body)


# ---------------------------------------------------------------------------- N22
def n_supplier_recall(c):
    r = c.r
    lots = [luhn_serial(r, 10) if i % 2 == 0 else f"{r.randint(20000000, 29999999)}" for i in range(r.randint(2, 4))]
    prod = r.choice(["Kit de préparation de librairies TruPrep 96", "Cartouche de séquençage MidFlow 300", "Tubes de prélèvement ADN acellulaire"])
    if c.fr:
        body = (f"AVIS DE RAPPEL VOLONTAIRE – CLASSE II\n\nProduit : {prod}\nLots touchés : {', '.join(lots)}\n\n"
                f"Problème : rendement réduit possible au contrôle qualité ; aucun impact sur les résultats déjà validés si "
                f"les contrôles étaient conformes.\nAction : mettre les lots en quarantaine et retourner le formulaire de "
                f"confirmation sous 10 jours.\n\nAffaires réglementaires, BioGénomix Canada inc. – 1-800-555-0199\n")
        subj = f"Rappel volontaire – {prod}"
    else:
        body = (f"VOLUNTARY RECALL NOTICE - CLASS II\n\nProduct: {prod}\nAffected lots: {', '.join(lots)}\n\nIssue: possible "
                f"reduced yield at QC. Action: quarantine lots, return confirmation form within 10 days.\n\n"
                f"Regulatory Affairs, BioGenomix Canada Inc. - 1-800-555-0199\n")
        subj = f"Voluntary recall - {prod}"
    return c.out("supplier_recall", "supplier recall with lot numbers", ("Regulatory Affairs", "recall@biogenomix.example"),
                 [who("lemieux"), who("benali")], subj, body)


# ---------------------------------------------------------------------------- N23
def n_referral_guidelines(c):
    r = c.r
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nPour orienter les nouvelles références :\n\n"
                f"- Dre Vachon-Desrosiers : oncogénétique (BRCA, Lynch, Li-Fraumeni), lundi et mercredi\n"
                f"- Dr Okafor : syndrome de Marfan, Ehlers-Danlos, cardiomyopathies héréditaires, mardi\n"
                f"- Dre Charest : maladies métaboliques (PKU, tyrosinémie, troubles du cycle de l'urée), jeudi\n"
                f"- Julien Beaulieu : conseil prénatal (DPNI anormal, anomalies échographiques)\n"
                f"- Dre El Amrani (MFM) : grossesses à risque, suivi conjoint\n\n"
                f"Délai cible : urgence prénatale 48 h ; oncogénétique 3 mois.\n{signature(r, 'fontaine', 'fr', 0)}")
        subj = "Orientation des références – qui voit quoi"
    else:
        body = (f"{greet(r, 'en')}\n\nReferral triage guide:\n\n- Dr Vachon-Desrosiers: cancer genetics (BRCA, Lynch, Li-Fraumeni)\n"
                f"- Dr Okafor: Marfan, Ehlers-Danlos, inherited cardiomyopathies\n- Dr Charest: metabolic (PKU, tyrosinemia, "
                f"urea cycle disorders)\n- Julien Beaulieu: prenatal counselling (abnormal NIPT)\n\nTargets: prenatal 48 h; "
                f"cancer genetics 3 months.\n{signature(r, 'fontaine', 'en', 0)}")
        subj = "Referral triage - who sees what"
    return c.out("referral_guidelines", "physicians named with diseases they treat", who("fontaine"), [who("turcotte"), who("giroux")],
                 subj, body)


BUILDERS_NA = [n_oncall_roster, n_leave_reply, n_staff_sick, n_payroll, n_newsletter, n_conference_programme,
               n_supplier_invoice, n_purchase_order, n_lims_downtime, n_freezer_alarm, n_job_gc, n_job_tech,
               n_tumour_board, n_ethics_agenda, n_drug_shortage, n_protocol_summary, n_nbs_stats, n_tat_stats,
               n_blank_requisition, n_blank_consent, n_teaching_case, n_supplier_recall, n_referral_guidelines]
