"""Negative templates, part C: newsletters, committees, conferences, statistics,
teaching cases, blank forms, templates, research, policies, education material."""
import datetime

from gen_common import frn, signature, NEG_PEOPLE, CLINIC_PHONES, ORG_FR, ORG_EN, ORG_ADDR_FR, ORG_ADDR_EN, EXT_DOMS
from gen_ctx import att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_zip

ALL_LIST_FR = ("Neurosciences - tous", "neurosciences@hrbl.example")
ALL_LIST_EN = ("Neurosciences - all", "neurosciences@hrbl.example")


def _all(ctx):
    return [ALL_LIST_FR if ctx.lang == "fr" else ALL_LIST_EN]


def newsletter(ctx):
    n = ctx.rng.randint(12, 40)
    sp = ctx.choice(NEG_PEOPLE[:6])
    items = ctx.L([
        f"La Dre Johanne Lussier reçoit une subvention de 250 000 $ pour étudier la fatigue dans la sclérose en plaques.",
        f"La clinique de prévention de l'AVC a reçu 1 184 références d'ICT en 2024; 87 % des patients à haut risque ont été vus en moins de 24 h.",
        f"Bienvenue à M. Tommy Lavigne, technologue en électrophysiologie, et à Mme Fiona McAllister, infirmière à la clinique d'épilepsie.",
        f"Le Dr Farid Benali présentera « Épilepsie et grossesse : ce qui a changé » le mois prochain.",
        f"Conférence invitée : {sp[0]} {sp[1]} {sp[2]} (migraine chronique et toxine botulique).",
        f"La clinique de perfusion a administré {n * 31} perfusions cette année, avec un taux de réactions de {frn(n / 10)} %.",
    ], [
        "Dr. Johanne Lussier receives a $250,000 grant to study fatigue in multiple sclerosis.",
        "The stroke prevention clinic received 1,184 TIA referrals in 2024; 87% of high-risk patients were seen within 24 h.",
        "Welcome to Mr. Tommy Lavigne, electrophysiology technologist, and Ms. Fiona McAllister, epilepsy clinic nurse.",
        "Dr. Farid Benali will present 'Epilepsy and pregnancy: what has changed' next month.",
        f"Guest lecture: {sp[0].replace('Dre', 'Dr.').replace('Mme', 'Ms.').replace('M.', 'Mr.')} {sp[1]} {sp[2]} (chronic migraine and botulinum toxin).",
        f"The infusion clinic gave {n * 31} infusions this year, with a reaction rate of {n / 10:.1f}%.",
    ])
    pick = ctx.rng.sample(items, 4)
    blocks = [ctx.L(f"NEURO-INFO — numéro {ctx.rng.randint(20, 60)}", f"NEURO-NEWS - issue {ctx.rng.randint(20, 60)}")] + pick + \
             [ctx.L("Pour vous désabonner, écrivez à communications@hrbl.example.", "To unsubscribe, write to communications@hrbl.example."),
              ("sig", f"{ctx.L('Direction des communications', 'Communications')} | {ctx.L(ORG_FR, ORG_EN)}")]
    return dict(category="newsletter", note=ctx.L("bulletin du département", "department newsletter"),
                frm=(ctx.L("Communications HRBL", "HRBL Communications"), "communications@hrbl.example"), to=_all(ctx),
                subject=ctx.L("Neuro-Info — les nouvelles du service", "Neuro-News - department news"), blocks=blocks,
                mode=ctx.choice(["html", "html", "alt"]))


def committee_notice(ctx):
    c = ctx.choice([("Comité de pharmacologie et thérapeutique", "Pharmacy and Therapeutics Committee",
                     ["Ajout du lacosamide IV au formulaire", "Protocole de prémédication pour l'ocrélizumab", "Pénurie de phénytoïne injectable"],
                     ["Adding IV lacosamide to formulary", "Ocrelizumab premedication protocol", "Phenytoin injection shortage"]),
                    ("Comité qualité AVC", "Stroke Quality Committee",
                     ["Délais porte-aiguille T3", "Audit des références ICT", "Indicateurs Agrément"],
                     ["Q3 door-to-needle times", "TIA referral audit", "Accreditation indicators"]),
                    ("Comité d'éthique de la recherche", "Research Ethics Board",
                     ["Renouvellement annuel NEURO-ICT", "Amendement au formulaire de consentement SEP-FATIGUE", "Varia"],
                     ["Annual renewal NEURO-TIA", "Consent form amendment MS-FATIGUE", "Other business"])])
    d = ctx.future(5, 25)
    hr = ctx.hour()[0]
    items = c[2] if ctx.lang == "fr" else c[3]
    blocks = [ctx.L(f"Convocation — {c[0]}", f"Notice of meeting - {c[1]}"),
              ctx.L(f"Date : {ctx.dday(d)}, {hr}\nLieu : salle C-4005 et visioconférence", f"Date: {ctx.dday(d)}, {hr}\nLocation: room C-4005 and video link"),
              ctx.L("Ordre du jour :", "Agenda:") + "\n" + "\n".join(f"{k + 1}. {it}" for k, it in enumerate(items)),
              ctx.L(f"Présidence : {ctx.staff('quintal')}. Secrétariat : Josiane Bérubé.", f"Chair: {ctx.staff('quintal')}. Secretary: Josiane Bérubé."),
              ("sig", signature("berube", ctx.lang, "neuro"))]
    return dict(category="committee_notice", note=ctx.L("convocation de comité", "committee meeting notice"),
                frm=ctx.saddr("berube"), to=[(ctx.L("Membres du comité", "Committee members"), "comite@hrbl.example")],
                subject=ctx.L(f"Convocation — {c[0]}", f"Meeting notice - {c[1]}"), blocks=blocks)


def conference_programme(ctx):
    d = ctx.future(20, 90)
    sps = ctx.rng.sample(NEG_PEOPLE[:6] + NEG_PEOPLE[8:10] + NEG_PEOPLE[12:14] + NEG_PEOPLE[16:], 5)
    topics = ctx.L(["Prévention secondaire après un ICT : ce que disent les essais récents", "Épilepsie pharmacorésistante : quand référer en chirurgie?",
                    "Anticorps anti-CD20 dans la SEP : sécurité à long terme", "EMG : pièges de l'étude de conduction", "Aptitude à conduire et épilepsie",
                    "Migraine chronique : anticorps anti-CGRP"],
                   ["Secondary prevention after TIA: what the recent trials say", "Drug-resistant epilepsy: when to refer for surgery?",
                    "Anti-CD20 antibodies in MS: long-term safety", "EMG: nerve conduction pitfalls", "Fitness to drive and epilepsy",
                    "Chronic migraine: anti-CGRP antibodies"])
    rows = []
    times = ["08:30", "09:15", "10:30", "11:15", "13:30"]
    for k, sp in enumerate(sps):
        t = sp[0] if ctx.lang == "fr" else {"Dre": "Dr.", "Dr": "Dr.", "Mme": "Ms.", "M.": "Mr."}[sp[0]]
        rows.append((times[k], topics[k % len(topics)], f"{t} {sp[1]} {sp[2]}"))
    lines = [ctx.L(f"Date : {ctx.dlong(d)} — Auditorium, {ORG_FR}", f"Date: {ctx.dlong(d)} - Auditorium, {ORG_EN}"),
             ctx.L("6 heures de crédits de catégorie 1 (DPC)", "6 hours of Section 1 CME credits"), ""] + [f"{a}  {b}  —  {c}" for a, b, c in rows]
    blocks = [ctx.L("Chers membres,\nVoici le programme de la Journée neurologique du Littoral. Inscription en ligne avant le 1er du mois.",
                    "Dear members,\nHere is the programme for the Littoral Neurology Day. Register online before the 1st."),
              ("table", ctx.L(["Heure", "Sujet", "Conférencier"], ["Time", "Topic", "Speaker"]), rows),
              f"{EXT_DOMS['conf'][0]}\n{ctx.L('Secrétariat', 'Secretariat')} : (418) 555-01{ctx.rng.randint(50, 69)}"]
    return dict(category="conference_programme", note=ctx.L("programme de congrès avec conférenciers", "conference programme with speakers"),
                frm=(EXT_DOMS["conf"][0], "congres@anl.example"), to=_all(ctx),
                subject=ctx.L("Programme — Journée neurologique du Littoral", "Programme - Littoral Neurology Day"), blocks=blocks,
                attachments=[att("pdf", ctx.L("programme_journee_neuro.pdf", "neuro_day_programme.pdf"),
                                 make_pdf(ctx.L("Journée neurologique du Littoral", "Littoral Neurology Day"), lines, header=EXT_DOMS["conf"][0]))]
                if ctx.rng.random() < 0.6 else [])


def aggregate_stats(ctx):
    months = ctx.L(["janv.", "févr.", "mars", "avr.", "mai", "juin"], ["Jan", "Feb", "Mar", "Apr", "May", "Jun"])
    rows = []
    for mth in months:
        rows.append((mth, ctx.rng.randint(80, 140), ctx.rng.randint(70, 95), f"{ctx.rng.randint(10, 40) / 10:.1f}",
                     ctx.rng.randint(150, 260), ctx.rng.randint(40, 90), ctx.rng.randint(90, 160)))
    header = ctx.L(["Mois", "Réf. ICT", "% P1 < 24 h", "Délai médian (j)", "EEG", "EMG", "Perfusions SEP"],
                   ["Month", "TIA referrals", "% P1 < 24 h", "Median wait (d)", "EEG", "EMG", "MS infusions"])
    blocks = [ctx.L("Bonjour,\nTableau de bord semestriel du service (données agrégées, aucune donnée nominative).",
                    "Hello,\nSix-month department dashboard (aggregate data, no identifiable information)."),
              ("table", header, rows),
              ctx.L(f"Liste d'attente EEG au 30 juin : {ctx.rng.randint(120, 300)} demandes (P3 : médiane 94 jours). "
                    f"Taux d'annulation en perfusion : {ctx.rng.randint(3, 9)} %.",
                    f"EEG waiting list at June 30: {ctx.rng.randint(120, 300)} requests (P3: median 94 days). "
                    f"Infusion cancellation rate: {ctx.rng.randint(3, 9)}%."),
              ("sig", signature("fontaine", ctx.lang, "neuro"))]
    atts = [att("xlsx", ctx.L("tableau_de_bord_neuro.xlsx", "neuro_dashboard.xlsx"), make_xlsx([("S1", header, rows)], author="M.-C. Fontaine"))] \
        if ctx.rng.random() < 0.5 else []
    return dict(category="aggregate_stats", note=ctx.L("statistiques agrégées du service", "aggregate department statistics"),
                frm=ctx.saddr("fontaine"), to=[ctx.saddr("quintal")], cc=[(ctx.L("Direction DSP", "Medical directorate"), "dsp@hrbl.example")],
                subject=ctx.L("Tableau de bord — 1er semestre", "Dashboard - first half"), blocks=blocks, attachments=atts,
                mode=ctx.choice(["html", "alt"]))


CASES = [
    ("Une femme de 34 ans consulte pour une baisse de vision de l'œil droit avec douleur aux mouvements oculaires depuis 4 jours. "
     "Il y a 2 ans, elle a eu des paresthésies du membre inférieur gauche résolues spontanément. L'IRM montre 6 lésions périventriculaires.",
     "A 34-year-old woman presents with 4 days of reduced vision in the right eye and pain on eye movement. Two years ago she had "
     "left leg paresthesia that resolved spontaneously. MRI shows 6 periventricular lesions.",
     "Quel est le diagnostic le plus probable et quels critères s'appliquent?", "What is the most likely diagnosis and which criteria apply?"),
    ("Un homme de 68 ans, hypertendu, a eu 12 minutes d'aphasie et de faiblesse du bras droit hier. Examen normal. ECG : rythme sinusal.",
     "A 68-year-old hypertensive man had 12 minutes of aphasia and right arm weakness yesterday. Normal exam. ECG: sinus rhythm.",
     "Calculez le score ABCD2 et proposez un plan d'investigation.", "Calculate the ABCD2 score and propose a work-up."),
    ("Un adolescent de 16 ans a des secousses des bras au réveil, surtout après une nuit courte, et une crise généralisée lors d'une fête.",
     "A 16-year-old has arm jerks on waking, especially after short nights, and one generalized seizure at a party.",
     "Quel syndrome épileptique? Quel traitement éviter chez une adolescente?", "Which epilepsy syndrome? Which drug should be avoided in a teenage girl?"),
    ("Une femme de 52 ans diabétique se plaint d'engourdissements des pieds en chaussettes depuis un an. Réflexes achilléens abolis.",
     "A 52-year-old diabetic woman reports stocking-distribution numbness for a year. Absent ankle jerks.",
     "Quels résultats attendez-vous à l'étude de conduction?", "What nerve conduction findings do you expect?"),
    ("Un chauffeur d'autobus de 45 ans fait une première crise tonico-clonique. IRM et EEG normaux.",
     "A 45-year-old bus driver has a first tonic-clonic seizure. Normal MRI and EEG.",
     "Quelles sont les obligations de déclaration et les recommandations de conduite?", "What are the reporting duties and driving recommendations?"),
]


def teaching_case(ctx):
    c = ctx.choice(CASES)
    blocks = [ctx.L("Bonjour à tous,\nCas de la semaine pour la tournée des résidents (cas fictif, adapté à des fins d'enseignement) :",
                    "Hi all,\nCase of the week for residents' rounds (fictional case, adapted for teaching):"),
              c[0] if ctx.lang == "fr" else c[1], c[2] if ctx.lang == "fr" else c[3],
              ctx.L("Réponses et discussion jeudi midi, salle C-4005. Lunch offert.", "Answers and discussion Thursday noon, room C-4005. Lunch provided."),
              ("sig", signature(ctx.choice(["mehta", "lowell", "rao", "castonguay"]), ctx.lang, "neuro", short=True))]
    return dict(category="teaching_case", note=ctx.L("cas clinique d'enseignement sans identité", "de-identified teaching case"),
                frm=ctx.saddr("kerr"), to=[(ctx.L("Résidents neuro", "Neuro residents"), "residents.neuro@hrbl.example")],
                subject=ctx.L("Cas de la semaine", "Case of the week"), blocks=blocks)


def blank_form(ctx):
    f = ctx.choice(["driving", "eeg", "infusion"])
    if f == "driving":
        title = ctx.L("Rapport d'examen médical — aptitude à conduire (v3.2)", "Medical report - fitness to drive (v3.2)")
        fields = ctx.L(["Nom de la personne : ______________________", "Date de naissance : AAAA-MM-JJ", "NAM : ____ ____ ____",
                        "No de permis : ______________", "Diagnostic : ______________________", "Recommandation : [ ] apte  [ ] inapte  [ ] réévaluation"],
                       ["Name of person: ______________________", "Date of birth: YYYY-MM-DD", "Health insurance no.: ____ ____ ____",
                        "Licence no.: ______________", "Diagnosis: ______________________", "Recommendation: [ ] fit  [ ] unfit  [ ] reassess"])
    elif f == "eeg":
        title = ctx.L("Requête d'EEG / EMG", "EEG / EMG requisition")
        fields = ctx.L(["Nom du patient : ____________  Dossier : ________", "Type : [ ] EEG routine [ ] privation [ ] EMG",
                        "Indication : ______________________", "Médication : ______________________", "Priorité : P1 / P2 / P3"],
                       ["Patient name: ____________  MRN: ________", "Type: [ ] routine EEG [ ] sleep-deprived [ ] EMG",
                        "Indication: ______________________", "Medication: ______________________", "Priority: P1 / P2 / P3"])
    else:
        title = ctx.L("Ordonnance préimprimée — ocrélizumab", "Pre-printed order - ocrelizumab")
        fields = ctx.L(["Nom : ________  NAM : ________  Poids : ____ kg", "[ ] 300 mg J1 et J15   [ ] 600 mg q 6 mois",
                        "Prémédication : méthylprednisolone 100 mg IV, diphenhydramine 50 mg IV, acétaminophène 650 mg PO",
                        "Signature du prescripteur : ____________"],
                       ["Name: ________  Health no.: ________  Weight: ____ kg", "[ ] 300 mg D1 and D15   [ ] 600 mg q 6 months",
                        "Premedication: methylprednisolone 100 mg IV, diphenhydramine 50 mg IV, acetaminophen 650 mg PO",
                        "Prescriber signature: ____________"])
    kind = ctx.choice(["docx", "pdf"])
    data = make_docx(title, fields, author="Archives médicales") if kind == "docx" else make_pdf(title, fields, header=ORG_FR)
    blocks = [ctx.L("Bonjour,\nVoici la nouvelle version du formulaire (vierge). Merci de détruire les anciennes copies papier.",
                    "Hello,\nHere is the new (blank) version of the form. Please discard old paper copies."),
              ("sig", signature("berube", ctx.lang, "neuro"))]
    return dict(category="blank_form", note=ctx.L("formulaire vierge", "blank form"),
                frm=ctx.saddr("berube"), to=_all(ctx), subject=ctx.L(f"Nouveau formulaire — {title}", f"New form - {title}"),
                blocks=blocks, attachments=[att(kind, ctx.L("formulaire_vierge", "blank_form") + f".{kind}", data)]
                if ctx.rng.random() < 0.6 else
                [att("zip", ctx.L("formulaires_vierges_neurologie.zip", "neurology_blank_forms.zip"),
                     make_zip([(ctx.L("formulaire_vierge", "blank_form") + f".{kind}", data),
                               ("LISEZMOI.txt" if ctx.lang == "fr" else "README.txt",
                                ctx.L("Formulaires vierges - ne pas remplir à l'écran.\r\n", "Blank forms - do not fill in on screen.\r\n").encode("utf-8"))]))])


def mail_merge_template(ctx):
    st = ctx.choice(["guillemets", "braces"])
    P = (lambda k: f"«{k}»") if st == "guillemets" else (lambda k: "{{" + k + "}}")
    if ctx.lang == "fr":
        body = (f"Bonjour {P('Prénom')} {P('Nom')},\n\nVotre rendez-vous au {P('Laboratoire')} est prévu le {P('Date')} à {P('Heure')}.\n"
                f"Numéro de dossier : {P('Dossier')}\nVeuillez apporter votre carte d'assurance maladie ({P('NAM')}).\n\n"
                f"Pour annuler : {CLINIC_PHONES['eeg']}.")
        intro = "Voici le gabarit de lettre de convocation à intégrer dans le publipostage. Les champs entre délimiteurs seront remplis automatiquement."
    else:
        body = (f"Dear {P('FirstName')} {P('LastName')},\n\nYour appointment at the {P('Lab')} is on {P('Date')} at {P('Time')}.\n"
                f"Chart number: {P('MRN')}\nPlease bring your health card ({P('HealthNo')}).\n\nTo cancel: {CLINIC_PHONES['eeg']}.")
        intro = "Here is the appointment letter template for the mail merge. Fields between delimiters are filled automatically."
    blocks = [intro, ("quote", ctx.L("Gabarit :", "Template:"), [body]), ("sig", signature("giguere", ctx.lang, "eeg", short=True))]
    atts = [att("docx", ctx.L("gabarit_convocation.docx", "appointment_template.docx"),
                make_docx(ctx.L("Gabarit de convocation", "Appointment template"), body.split("\n")))] if ctx.rng.random() < 0.5 else []
    return dict(category="mail_merge_template", note=ctx.L("gabarit de publipostage", "mail-merge template"),
                frm=ctx.saddr("giguere"), to=[ctx.saddr("tanaka")], subject=ctx.L("Gabarit publipostage EEG", "EEG mail-merge template"),
                blocks=blocks, attachments=atts)


def research_protocol(ctx):
    s = ctx.choice([("NEURO-ICT", "NEURO-TIA", "Essai randomisé de ticagrélor + AAS vs clopidogrel + AAS après ICT à haut risque",
                     "Randomized trial of ticagrelor + ASA vs clopidogrel + ASA after high-risk TIA", "40 ans et plus, ABCD2 de 4 ou plus, moins de 24 h", "age 40+, ABCD2 4+, < 24 h"),
                    ("SEP-FATIGUE", "MS-FATIGUE", "Étude observationnelle de la fatigue sous anti-CD20", "Observational study of fatigue on anti-CD20 therapy",
                     "SEP-RR, 18-60 ans, EDSS 6 ou moins", "RRMS, age 18-60, EDSS 6 or less"),
                    ("EPI-DRIVE", "EPI-DRIVE", "Conduite automobile après une première crise : cohorte prospective",
                     "Driving after a first seizure: prospective cohort", "première crise non provoquée, 18 ans et plus", "first unprovoked seizure, age 18+")])
    lines = [ctx.L(f"Acronyme : {s[0]}", f"Acronym: {s[1]}"), ctx.L(f"Titre : {s[2]}", f"Title: {s[3]}"),
             ctx.L(f"Critères d'inclusion : {s[4]}", f"Inclusion criteria: {s[5]}"),
             ctx.L("Taille d'échantillon : 420 participants (puissance 80 %, alpha 0,05)", "Sample size: 420 participants (80% power, alpha 0.05)"),
             ctx.L("Critère principal : récidive à 90 jours", "Primary outcome: recurrence at 90 days"),
             ctx.L(f"Chercheuse principale : {ctx.staff('brassard')}", f"Principal investigator: {ctx.staff('brassard')}")]
    blocks = [ctx.L("Bonjour,\nVous trouverez le synopsis du protocole soumis au CÉR. Aucun participant n'est encore recruté.",
                    "Hello,\nAttached is the protocol synopsis submitted to the REB. No participants have been enrolled yet."),
              ("sig", signature("brassard", ctx.lang, "avc"))]
    return dict(category="research_protocol", note=ctx.L("synopsis de protocole de recherche", "research protocol synopsis"),
                frm=ctx.saddr("brassard"), to=[(ctx.L("Comité d'éthique de la recherche", "Research Ethics Board"), "cer@hrbl.example")],
                subject=ctx.L(f"Protocole {s[0]} — synopsis", f"{s[1]} protocol - synopsis"), blocks=blocks,
                attachments=[att("pdf", "synopsis.pdf", make_pdf("Synopsis", lines, header=ORG_FR)) if ctx.rng.random() < 0.5
                             else att("docx", "synopsis.docx", make_docx("Synopsis", lines))])


def policy_update(ctx):
    p = ctx.choice([
        ("Déclaration des conditions médicales au Bureau des permis", "Reporting medical conditions to the licensing bureau",
         "À compter du 1er du mois, les rapports d'aptitude à conduire doivent être transmis via le formulaire v3.2 seulement. "
         "Rappel : après une première crise non provoquée, la conduite est interdite pour au moins 6 mois (classe 5).",
         "From the 1st of the month, fitness-to-drive reports must use form v3.2 only. Reminder: after a first unprovoked seizure, "
         "driving is not permitted for at least 6 months (class 5)."),
        ("Ordonnances collectives — clinique de perfusion", "Collective orders - infusion clinic",
         "L'ordonnance collective OC-NEU-07 (gestion des réactions liées à la perfusion) est révisée : ajout de la cétirizine PO.",
         "Collective order OC-NEU-07 (infusion reaction management) is revised: oral cetirizine added."),
        ("Utilisation du courriel pour les communications cliniques", "Use of e-mail for clinical communications",
         "Les renseignements de santé ne doivent être transmis que par la messagerie interne chiffrée. Ne jamais inclure de NAM dans l'objet.",
         "Health information may only be sent through the encrypted internal mail. Never put a health number in the subject line."),
    ])
    blocks = [ctx.L(f"Mise à jour de politique : {p[0]}", f"Policy update: {p[1]}"), p[2] if ctx.lang == "fr" else p[3],
              ctx.L("Le texte intégral est disponible dans l'intranet, section Politiques et procédures.", "Full text on the intranet, Policies and procedures."),
              ("sig", signature("quintal", ctx.lang, "neuro"))]
    return dict(category="policy_update", note=ctx.L("mise à jour de politique", "policy update"),
                frm=ctx.saddr("quintal"), to=_all(ctx), subject=ctx.L(f"Politique — {p[0]}", f"Policy - {p[1]}"), blocks=blocks)


def patient_education(ctx):
    t = ctx.choice([("Vivre avec l'épilepsie", "Living with epilepsy",
                     ["Prenez vos médicaments à heure fixe.", "Évitez le manque de sommeil et l'alcool en excès.", "Ne vous baignez jamais seul(e).",
                      "Informez-vous sur les règles de conduite automobile."],
                     ["Take your medication at the same time each day.", "Avoid sleep deprivation and heavy drinking.", "Never swim alone.",
                      "Ask about driving rules."]),
                    ("Votre perfusion pour la SEP", "Your MS infusion",
                     ["Prévoyez 4 à 6 heures à la clinique.", "Mangez avant votre rendez-vous.", "Signalez toute fièvre ou infection.",
                      "Apportez la liste de vos médicaments."],
                     ["Plan 4-6 hours at the clinic.", "Eat before your appointment.", "Report any fever or infection.", "Bring your medication list."]),
                    ("Après un ICT : reconnaître les signes de l'AVC", "After a TIA: know the signs of stroke",
                     ["VITE : Visage, Incapacité, Trouble de la parole, Extrême urgence.", "Prenez votre AAS tous les jours.",
                      "Contrôlez votre pression artérielle.", "Cessez de fumer : nous pouvons vous aider."],
                     ["FAST: Face, Arms, Speech, Time.", "Take your ASA every day.", "Keep your blood pressure in check.", "Quit smoking: we can help."])])
    pts = t[2] if ctx.lang == "fr" else t[3]
    blocks = [ctx.L(f"Bonjour,\nVoici la version révisée du dépliant « {t[0]} » pour approbation avant impression.",
                    f"Hello,\nHere is the revised leaflet \"{t[1]}\" for approval before printing.")] + [("table", [ctx.L("Conseil", "Tip")], [(x,) for x in pts])] + \
             [("sig", signature("kerr", ctx.lang, "neuro"))]
    return dict(category="patient_education", note=ctx.L("dépliant d'éducation générique", "generic patient education leaflet"),
                frm=ctx.saddr("kerr"), to=[ctx.saddr("quintal")], subject=ctx.L(f"Dépliant — {t[0]}", f"Leaflet - {t[1]}"), blocks=blocks,
                attachments=[att("pdf", ctx.L("depliant.pdf", "leaflet.pdf"), make_pdf(t[0] if ctx.lang == "fr" else t[1], pts, header=ORG_FR))])


def clinic_directory(ctx):
    rows = [(ctx.L("Clinique de prévention de l'AVC", "Stroke prevention clinic"), CLINIC_PHONES["avc"], "C-4100", "Dre Amélie Brassard"),
            (ctx.L("Clinique d'épilepsie", "Epilepsy clinic"), CLINIC_PHONES["epi"], "C-4150", "Dr Farid Benali"),
            (ctx.L("Laboratoire d'EEG", "EEG lab"), CLINIC_PHONES["eeg"], "C-4130", "Dre Sunita Rao"),
            (ctx.L("Laboratoire d'EMG", "EMG lab"), CLINIC_PHONES["emg"], "C-4120", "Dr Kenneth Ashworth"),
            (ctx.L("Clinique de perfusion SEP", "MS infusion clinic"), CLINIC_PHONES["sep"], "C-4210", "Dre Johanne Lussier"),
            (ctx.L("Télécopieur central", "Central fax"), CLINIC_PHONES["fax"], "C-4001", "")]
    blocks = [ctx.L("Bonjour,\nAnnuaire à jour des cliniques de neurologie. Merci de l'afficher près des postes de travail.",
                    "Hello,\nUpdated neurology clinic directory. Please post it near the workstations."),
              ("table", ctx.L(["Clinique", "Téléphone", "Local", "Responsable"], ["Clinic", "Phone", "Room", "Lead"]), rows),
              ctx.L(f"Adresse postale : {ORG_ADDR_FR}", f"Mailing address: {ORG_ADDR_EN}"),
              ("sig", signature("berube", ctx.lang, "neuro"))]
    return dict(category="clinic_directory", note=ctx.L("annuaire téléphonique des cliniques", "clinic phone directory"),
                frm=ctx.saddr("berube"), to=_all(ctx), subject=ctx.L("Annuaire des cliniques — mise à jour", "Clinic directory - update"),
                blocks=blocks, mode=ctx.choice(["html", "alt", "plain"]))


def meeting_minutes(ctx):
    d = ctx.past(2, 10)
    att_list = ", ".join(ctx.staff(k) for k in ctx.rng.sample(["quintal", "brassard", "benali", "lussier", "rao", "ashworth", "fontaine"], 5))
    paras = [ctx.L(f"Date : {d.isoformat()}", f"Date: {d.isoformat()}"), ctx.L(f"Présents : {att_list}", f"Present: {att_list}"),
             "## " + ctx.L("1. Accès à la clinique d'ICT", "1. TIA clinic access"),
             ctx.L("Délai médian de 2,1 jours; 14 % des références P1 vues après 24 h. Ajout d'une plage le mercredi.",
                   "Median wait 2.1 days; 14% of P1 referrals seen after 24 h. Adding a Wednesday slot."),
             "## " + ctx.L("2. Liste d'attente EEG", "2. EEG waiting list"),
             ctx.L("212 demandes en attente. Embauche d'un technologue approuvée.", "212 pending requests. Hiring of one technologist approved."),
             "## " + ctx.L("3. Clinique de perfusion", "3. Infusion clinic"),
             ctx.L("Passage à 6 fauteuils en septembre. Aucune réaction grave ce trimestre.", "Moving to 6 chairs in September. No serious reactions this quarter.")]
    blocks = [ctx.L("Bonjour,\nProcès-verbal de la réunion de service ci-joint pour approbation.", "Hello,\nMinutes of the department meeting attached for approval."),
              ("sig", signature("berube", ctx.lang, "neuro"))]
    return dict(category="meeting_minutes", note=ctx.L("procès-verbal de réunion", "meeting minutes"),
                frm=ctx.saddr("berube"), to=_all(ctx), subject=ctx.L("Procès-verbal — réunion de service", "Minutes - department meeting"),
                blocks=blocks, attachments=[att("docx", ctx.L(f"Procès-verbal — réunion du Service de neurologie du {d.isoformat()}.docx",
                                                              f"Minutes — Neurology department meeting {d.isoformat()} (approved draft).docx"),
                                                make_docx(ctx.L("Procès-verbal", "Minutes"), paras, author="J. Bérubé"), rfc2231=True)])


def referral_criteria(ctx):
    blocks = [ctx.L("Aux médecins de famille et urgentologues du territoire,", "To family physicians and emergency physicians in the region,"),
              ctx.L("Rappel des critères de référence à la clinique de prévention de l'AVC :", "Reminder of referral criteria for the stroke prevention clinic:"),
              ("table", ctx.L(["Priorité", "Critères", "Délai"], ["Priority", "Criteria", "Target"]),
               ctx.L([("P1", "Déficit moteur ou du langage < 48 h, ABCD2 ≥ 4", "< 24 h"), ("P2", "Symptômes sensitifs isolés, amaurose", "< 7 jours"),
                      ("P3", "Événement > 2 semaines", "< 30 jours")],
                     [("P1", "Motor or speech deficit < 48 h, ABCD2 4+", "< 24 h"), ("P2", "Isolated sensory symptoms, amaurosis", "< 7 days"),
                      ("P3", "Event > 2 weeks ago", "< 30 days")])),
              ctx.L(f"Formulaire de référence par télécopieur au {CLINIC_PHONES['fax']}. Ligne médecin-médecin : {CLINIC_PHONES['avc']}.",
                    f"Fax the referral form to {CLINIC_PHONES['fax']}. Physician line: {CLINIC_PHONES['avc']}."),
              ("sig", signature("brassard", ctx.lang, "avc"))]
    return dict(category="referral_criteria", note=ctx.L("critères de référence de la clinique ICT", "TIA clinic referral criteria"),
                frm=ctx.saddr("brassard"), to=[(ctx.L("Médecins du territoire", "Regional physicians"), "medecins.territoire@gmfpah.example")],
                subject=ctx.L("Clinique ICT — critères de référence", "TIA clinic - referral criteria"), blocks=blocks,
                mode=ctx.choice(["html", "alt"]))


def journal_club(ctx):
    pres = ctx.choice(["castonguay", "mehta", "lowell"])
    art = ctx.choice([("Double antiplaquettaire de courte durée après un AVC mineur : méta-analyse de 5 essais", "Short-course dual antiplatelet therapy after minor stroke: meta-analysis of 5 trials"),
                      ("Cénobamate dans l'épilepsie focale réfractaire : données en vie réelle", "Cenobamate in refractory focal epilepsy: real-world data"),
                      ("Espacement des doses de natalizumab et risque de LEMP", "Extended-interval natalizumab dosing and PML risk")])
    d = ctx.future(3, 15)
    blocks = [ctx.L(f"Club de lecture — {ctx.dday(d)}, 12 h, salle C-4005", f"Journal club - {ctx.dday(d)}, noon, room C-4005"),
              ctx.L(f"Présentateur : {ctx.staff(pres)}\nArticle : « {art[0]} »", f"Presenter: {ctx.staff(pres)}\nArticle: \"{art[1]}\""),
              ctx.L("Lecture préalable suggérée. Pizza offerte par le service.", "Please read ahead. Pizza provided by the department."),
              ("sig", signature("kerr", ctx.lang, "neuro", short=True))]
    return dict(category="journal_club", note=ctx.L("avis de club de lecture", "journal club notice"),
                frm=ctx.saddr("kerr"), to=[(ctx.L("Neurologie - médecins et résidents", "Neurology - physicians and residents"), "neuro-md@hrbl.example")],
                subject=ctx.L("Club de lecture", "Journal club"), blocks=blocks)


def compliment_note(ctx):
    team = ctx.choice([("clinique de perfusion SEP", "MS infusion clinic"), ("laboratoire d'EEG", "EEG lab"), ("clinique de prévention de l'AVC", "stroke prevention clinic")])
    blocks = [ctx.L(f"Bonjour à toute l'équipe de la {team[0]},", f"Hello to the whole {team[1]} team,"),
              ctx.L("Le commissariat aux plaintes et à la qualité nous transmet ce mois-ci trois témoignages de reconnaissance "
                    "(anonymisés) soulignant l'accueil chaleureux et la clarté des explications.",
                    "The quality and complaints office forwarded three (anonymized) thank-you notes this month praising the warm "
                    "welcome and clear explanations."),
              ctx.L("Bravo et merci pour votre travail!", "Well done and thank you!"),
              ("sig", signature("fontaine", ctx.lang, "neuro"))]
    return dict(category="compliment_note", note=ctx.L("remerciements anonymisés à l'équipe", "anonymized thanks to the team"),
                frm=ctx.saddr("fontaine"), to=_all(ctx), subject=ctx.L("Bons coups du mois", "Kudos of the month"), blocks=blocks,
                mode=ctx.choice(["html", "alt", "plain"]))


TEMPLATES = [
    ("newsletter", newsletter, 7),
    ("committee_notice", committee_notice, 5),
    ("conference_programme", conference_programme, 7),
    ("aggregate_stats", aggregate_stats, 7),
    ("teaching_case", teaching_case, 7),
    ("blank_form", blank_form, 5),
    ("mail_merge_template", mail_merge_template, 5),
    ("research_protocol", research_protocol, 5),
    ("policy_update", policy_update, 5),
    ("patient_education", patient_education, 4),
    ("clinic_directory", clinic_directory, 4),
    ("meeting_minutes", meeting_minutes, 5),
    ("referral_criteria", referral_criteria, 5),
    ("journal_club", journal_club, 4),
    ("compliment_note", compliment_note, 4),
]
