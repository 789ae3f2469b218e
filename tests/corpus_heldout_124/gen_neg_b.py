"""Negative templates, part B: newsletters, conferences, committee and tumour-board notices, aggregate
statistics, blank forms, mail-merge templates, teaching cases, proficiency testing, research, accreditation."""
from datetime import datetime, timedelta

from gen_build import Att, CLIN, STAFF, day, greet, hour
from gen_common import EXT, LISTS, ORG
from gen_docs import make_docx, make_ics, make_pdf, make_xlsx


def n_newsletter(c):
    ed = STAFF['qa']
    items = c.rng.sample([
        c.t("Dr Karim Belkacem a présenté au congrès de l'AGA nos résultats sur le dépistage universel du syndrome de Lynch "
            "par IHC MMR dans le cancer colorectal (412 cas, 2021-2024).",
            "Dr. Karim Belkacem presented our results on universal Lynch syndrome screening by MMR IHC in colorectal cancer "
            "(412 cases, 2021-2024) at the AGA meeting."),
        c.t("Dre Audrey Vachon se joint au comité provincial sur le dépistage primaire du VPH; la transition du Pap vers le test VPH "
            "est prévue à l'automne.",
            "Dr. Audrey Vachon joins the provincial committee on primary HPV screening; the move from Pap to HPV testing is planned for the fall."),
        c.t("Bienvenue à Mme Laurence Beaupré, notre nouvelle conseillère qualité, et à M. Dominic Breton à la réception des spécimens.",
            "Welcome to Ms. Laurence Beaupré, our new quality advisor, and Mr. Dominic Breton at specimen reception."),
        c.t("Dre Nadia Kaddouri (hémato-pathologie) offrira une capsule sur la classification OMS 2022 des lymphomes.",
            "Dr. Nadia Kaddouri (haematopathology) will give a short talk on the WHO 2022 lymphoma classification."),
        c.t("Le délai médian des biopsies est passé de 6,1 à 4,8 jours ouvrables depuis l'ajout du quart de soir.",
            "Median biopsy turnaround dropped from 6.1 to 4.8 working days since the evening shift was added."),
        c.t("Félicitations à Julie Fortier, 25 ans de service en cytologie!", "Congratulations to Julie Fortier on 25 years in cytology!"),
        c.t("Le Dr Owen Whitcombe rappelle que les cytoponctions thyroïdiennes du mardi sont complètes jusqu'en mai.",
            "Dr. Owen Whitcombe reminds everyone that Tuesday thyroid FNA slots are full until May."),
    ], 4)
    num = c.rng.randint(14, 40)
    body = [c.t(f"L'ÉCHO DU LABO — numéro {num}", f"LAB ECHO - issue {num}")] + items + [
        c.t("Vos idées d'articles sont les bienvenues.", "Story ideas welcome."),
        c.t("Pour vous désabonner, écrivez à communications@hgpv.example.", "To unsubscribe, write to communications@hgpv.example.")]
    m = c.msg(ed, [LISTS['all']], c.t(f"L'Écho du labo – no {num}", f"Lab Echo - issue {num}"), body + c.sig(ed, True))
    m.fmt_hint = 'html'
    m.note = c.t('infolettre du département', 'department newsletter')
    return m


def n_conference(c):
    org = (EXT['cpq'][0], f"secretariat@{EXT['cpq'][1]}")
    prog = [['', 'Dre Audrey Vachon', c.t("Le dépistage primaire du VPH : ce qui change pour la cytologie", "Primary HPV screening: what changes for cytology")],
            ['', 'Dr Karim Belkacem', c.t("Tumeurs neuroendocrines de l'appendice : pièges diagnostiques", "Appendiceal neuroendocrine tumours: pitfalls")],
            ['', 'Pr Agnès Castaing (Vallon-sur-Loire)', c.t("Carcinome lobulaire du sein et perte de l'E-cadhérine", "Lobular breast carcinoma and E-cadherin loss")],
            ['', 'Dr Graham Ashworth (Kingsbridge)', c.t("PD-L1 dans le cancer du poumon : harmonisation interlaboratoires", "PD-L1 in lung cancer: inter-lab harmonization")],
            ['', 'Dre Nadia Kaddouri', c.t("Lymphome diffus à grandes cellules B : au-delà de l'algorithme de Hans", "DLBCL beyond the Hans algorithm")]]
    c.rng.shuffle(prog)
    for row, tm in zip(prog, ['8 h 30', '9 h 15', '10 h 30', '11 h 15', '13 h 30'] if c.fr else ['8:30', '9:15', '10:30', '11:15', '1:30']):
        row[0] = tm
    pdf = make_pdf([('title', c.t("Journée scientifique de pathologie 2025", "2025 Pathology Scientific Day")),
                    c.t("Hôtel des Récollets, Pointe-Verchère — 6 heures de crédits de DPC (section 1)", "Récollets Hotel, Pointe-Verchère - 6 CPD credits (section 1)"),
                    ('table', [c.t('Heure', 'Time'), c.t('Conférencier', 'Speaker'), c.t('Sujet', 'Topic')], prog),
                    c.t("Inscription : 175 $ (résidents gratuits).", "Registration: $175 (residents free).")], title='Programme')
    body = [c.t("Bonjour,", "Hello,"),
            c.t("Le programme de la Journée scientifique est maintenant disponible. Les places sont limitées à 120 participants.",
                "The Scientific Day programme is now available. Seating is limited to 120 participants."),
            c.t("Au plaisir de vous y voir!", "Hope to see you there!")]
    m = c.msg(org, [LISTS['pathos'], LISTS['med']], c.t("Programme – Journée scientifique de pathologie", "Programme - Pathology Scientific Day"),
              body + [c.t("Le comité organisateur", "The organizing committee")],
              atts=[Att(c.t("Programme_journee_scientifique_2025.pdf", "Scientific_day_programme_2025.pdf"), 'application/pdf', data=pdf)])
    m.note = c.t('programme de congrès', 'conference programme')
    return m


def n_tb_notice(c):
    coord = STAFF['tbcoord']
    board = c.pick([('sein', 'breast'), ('digestif', 'GI'), ('gynéco-onco', 'gyne-onc'), ('thoracique', 'thoracic'), ('uro-onco', 'GU')])
    start = datetime(c.now.year, c.now.month, c.now.day, 7, 30) + timedelta(days=(3 - c.now.weekday()) % 7 + 7 * c.rng.randint(0, 3))
    v = c.pick(['deadline', 'ics', 'room'])
    atts = []
    if v == 'deadline':
        body = [c.t("Bonjour à tous,", "Hello all,"),
                c.t(f"À compter d'avril, les cas pour le comité {board[0]} doivent être soumis au plus tard le mardi midi "
                    "via le formulaire électronique. Les cas soumis en retard seront reportés à la semaine suivante.",
                    f"Starting in April, cases for the {board[1]} tumour board must be submitted by Tuesday noon through the "
                    "electronic form. Late submissions will be moved to the following week."),
                c.t("Les pathologistes ont besoin de 48 h pour la révision des lames.", "Pathologists need 48 hours to review the slides.")]
    elif v == 'ics':
        ics = make_ics(f"cdt-{board[1]}-{c.rng.randint(100, 999)}@hgpv.example", start, start + timedelta(hours=1),
                       c.t(f"Comité des tumeurs {board[0]}", f"{board[1]} tumour board"),
                       c.t("Réunion hebdomadaire. Lien Teams dans l'invitation. Liste de cas transmise séparément.",
                           "Weekly meeting. Teams link in invitation. Case list sent separately."),
                       "2-114 / Teams", (coord.full, coord.email), [(LISTS['tb'][0], LISTS['tb'][1])])
        body = [c.t("Invitation récurrente mise à jour (nouvelle salle).", "Updated recurring invitation (new room).")]
        atts = [Att('comite.ics' if c.fr else 'tumour_board.ics', 'text/calendar', text=ics, cte=c.pick(['7bit', 'quoted-printable']))]
    else:
        body = [c.t("Bonjour,", "Hi,"),
                c.t(f"Le comité {board[0]} de jeudi est annulé (journée scientifique). Les cas urgents peuvent être discutés "
                    "au comité multisite de vendredi 8 h.",
                    f"Thursday's {board[1]} board is cancelled (scientific day). Urgent cases can go to the multisite board Friday at 8.")]
    m = c.msg(coord, [LISTS['tb']], c.t(f"Comité des tumeurs {board[0]} – avis", f"{board[1]} tumour board - notice"),
              body + c.sig(coord), atts=atts)
    m.note = c.t('avis du comité des tumeurs sans cas', 'tumour board notice without cases')
    return m


def n_committee(c):
    sec = c.pick([STAFF['qa'], STAFF['sec2']])
    comm = c.pick([("comité de la qualité des laboratoires", "laboratory quality committee"),
                   ("comité de gestion des risques", "risk management committee"),
                   ("comité de biosécurité", "biosafety committee")])
    items = [c.t("Adoption du procès-verbal du 13 février", "Approval of February 13 minutes"),
             c.t("Indicateurs T4 : délais, spécimens refusés, rapports modifiés", "Q4 indicators: turnaround, rejected specimens, amended reports"),
             c.t("Révision de la politique LAB-PRE-004 (identification des spécimens)", "Review of policy LAB-PRE-004 (specimen identification)"),
             c.t("Audit de la chaîne du froid — coursiers", "Cold-chain audit - couriers"),
             c.t("Divers", "Other business")]
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Voici l'ordre du jour de la prochaine réunion du {comm[0]}, le {day(c, 'long', 7, 30)} à 12 h (salle A-3.20, dîner fourni).",
                f"Agenda for the next {comm[1]} meeting, {day(c, 'long', 7, 30)} at noon (room A-3.20, lunch provided).")] + \
        [f"{i + 1}. {x}" for i, x in enumerate(items)] + \
        [c.t("Présidence : Dre Hélène Marchand-Roussel. Merci de confirmer votre présence.",
             "Chair: Dr. Hélène Marchand-Roussel. Please confirm attendance.")]
    atts = []
    if c.chance(0.4):
        atts = [Att(c.t('ordre_du_jour.docx', 'agenda.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    data=make_docx([('title', comm[0] if c.fr else comm[1])] + [f"{i + 1}. {x}" for i, x in enumerate(items)]))]
    m = c.msg(sec, [LISTS['pathos'], STAFF['mgr'], STAFF['dirmed']], c.t(f"Ordre du jour – {comm[0]}", f"Agenda - {comm[1]}"),
              body + c.sig(sec), atts=atts)
    m.note = c.t('avis de réunion de comité', 'committee meeting notice')
    return m


def n_qa_stats(c):
    qa = STAFF['qa']
    month = c.pick([('janvier', 'January'), ('février', 'February'), ('mars', 'March')])
    rows = [[c.t('Biopsies', 'Biopsies'), str(c.rng.randint(800, 1100)), f"{c.rng.randint(38, 52) / 10:.1f}", f"{c.rng.randint(88, 97)} %"],
            [c.t('Pièces opératoires', 'Resections'), str(c.rng.randint(300, 450)), f"{c.rng.randint(60, 85) / 10:.1f}", f"{c.rng.randint(75, 92)} %"],
            [c.t('Cytologie gynéco', 'Gyn cytology'), str(c.rng.randint(2500, 3600)), f"{c.rng.randint(70, 140) / 10:.1f}", f"{c.rng.randint(70, 95)} %"],
            [c.t('Cytologie non gynéco', 'Non-gyn cytology'), str(c.rng.randint(200, 330)), f"{c.rng.randint(20, 40) / 10:.1f}", f"{c.rng.randint(85, 99)} %"]]
    hdr = [c.t('Type', 'Type'), c.t('Volume', 'Volume'), c.t('Délai médian (j)', 'Median TAT (d)'), c.t('% dans la cible', '% within target')]
    ind = [[c.t('Concordance extemporané/permanent', 'Frozen/permanent concordance'), f"{c.rng.randint(970, 995) / 10:.1f} %"],
           [c.t('Rapports modifiés', 'Amended reports'), f"{c.rng.randint(2, 9) / 10:.1f} %"],
           [c.t('Spécimens refusés', 'Rejected specimens'), str(c.rng.randint(12, 40))],
           [c.t('Taux ASC/SIL', 'ASC/SIL ratio'), f"{c.rng.randint(14, 26) / 10:.1f}"]]
    body = [c.t("Bonjour,", "Hello,"), c.t(f"Tableau de bord qualité de {month[0]} :", f"Quality dashboard for {month[1]}:")]
    atts = []
    if c.chance(0.5):
        body += [('table', hdr, rows), ('table', None, ind)]
    else:
        body.append(c.t("Chiffrier joint (2 onglets).", "Spreadsheet attached (2 tabs)."))
        atts = [Att(f"indicateurs_{month[1].lower()}_2025.xlsx", 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                    data=make_xlsx([(c.t('Délais', 'TAT'), hdr, rows), (c.t('Indicateurs', 'Indicators'), None, ind)]))]
    body.append(c.t("Aucune donnée nominative dans ce rapport.", "No patient-level data in this report."))
    m = c.msg(qa, [LISTS['pathos'], STAFF['mgr']], c.t(f"Indicateurs qualité – {month[0]}", f"Quality indicators - {month[1]}"),
              body + c.sig(qa), atts=atts)
    m.note = c.t('indicateurs qualité agrégés', 'aggregate quality indicators')
    return m


def n_reject_policy(c):
    sender = c.pick([STAFF['mgr'], STAFF['tech2'], STAFF['qa']])
    units = [c.t('CLSC des Trois-Ruisseaux', 'Trois-Ruisseaux CLSC'), c.t('GMF du Vieux-Moulin', 'Vieux-Moulin FMG'),
             c.t('Bloc opératoire', 'Operating room'), c.t('Clinique de dermatologie', 'Dermatology clinic'), c.t('Endoscopie', 'Endoscopy')]
    rows = [[u, str(c.rng.randint(0, 11))] for u in units]
    body = [c.t("Bonjour à tous,", "Hello all,"),
            c.t("Rappel : tout contenant doit porter DEUX identifiants (nom complet et NAM ou numéro de dossier) identiques à ceux de la requête. "
                "Les contenants non identifiés sont refusés sans exception.",
                "Reminder: every container must carry TWO identifiers (full name and health card or chart number) matching the requisition. "
                "Unlabelled containers are rejected without exception."),
            c.t("Spécimens refusés en mars, par provenance :", "Specimens rejected in March, by source:"),
            ('table', [c.t('Provenance', 'Source'), c.t('Refusés', 'Rejected')], rows),
            c.t("La formation en ligne « Identification sécuritaire » est obligatoire pour le personnel des cliniques.",
                "The online 'Safe identification' module is mandatory for clinic staff.")]
    m = c.msg(sender, [LISTS['med'], LISTS['recep']], c.t("Rappel – identification des spécimens", "Reminder - specimen labelling"),
              body + c.sig(sender))
    m.note = c.t('rappel de politique et statistiques de refus', 'policy reminder with rejection statistics')
    return m


def n_blank_form(c):
    sender = c.pick([STAFF['qa'], STAFF['sec1'], STAFF['mgr']])
    kv = [(c.t('Nom du patient', 'Patient name'), '______________________'), ('NAM / ' + c.t('No dossier', 'MRN'), '__________'),
          (c.t('Date de naissance', 'Date of birth'), 'AAAA-MM-JJ' if c.fr else 'YYYY-MM-DD'), (c.t('Sexe', 'Sex'), '[ ] F   [ ] M   [ ] X'),
          (c.t('Site anatomique', 'Anatomic site'), '______________'), (c.t('Renseignements cliniques', 'Clinical information'), ''),
          (c.t('Médecin demandeur', 'Requesting physician'), '______________'), (c.t('Heure de fixation', 'Time into formalin'), '__ h __')]
    kind = c.pick(['pdf', 'docx'])
    title = c.t("Requête de pathologie chirurgicale (formulaire LAB-F-112, rév. 2025-03)", "Surgical pathology requisition (form LAB-F-112, rev. 2025-03)")
    blocks = [('title', title), ('kv', kv), ('small', c.t("Imprimer recto seulement. Toute requête incomplète entraîne un délai.",
                                                          "Print single-sided. Incomplete requisitions will be delayed."))]
    if kind == 'pdf':
        att = Att("LAB-F-112_requete_vierge.pdf" if c.fr else "LAB-F-112_blank_requisition.pdf", 'application/pdf', data=make_pdf(blocks, title=title))
    else:
        att = Att("LAB-F-112.docx", 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=make_docx(blocks, title=title))
    body = [c.t("Bonjour,", "Hello,"),
            c.t("Voici la nouvelle version de la requête de pathologie. Elle remplace toutes les versions antérieures à compter du 1er avril. "
                "Le champ « heure de fixation » est maintenant obligatoire (sein).",
                "Here is the new pathology requisition. It replaces all earlier versions from April 1. The 'time into formalin' field "
                "is now mandatory (breast)."),
            c.t("Merci de détruire vos anciens stocks.", "Please discard old stock.")]
    m = c.msg(sender, [LISTS['med'], LISTS['secr']], c.t("Nouvelle requête de pathologie (LAB-F-112)", "New pathology requisition (LAB-F-112)"),
              body + c.sig(sender), atts=[att])
    m.note = c.t('formulaire vierge', 'blank form')
    return m


def n_template(c):
    sender = c.pick([STAFF['it'], STAFF['sec1'], STAFF['cyto1']])
    tpl = c.t(
        "Objet : Résultat de votre test de dépistage\n\n{{CIVILITE}} {{PRENOM}} {{NOM}}\n{{ADRESSE_L1}}\n{{VILLE}} {{CODE_POSTAL}}\n\n"
        "Le résultat de votre test Pap du {{DATE_PRELEVEMENT}} est {{RESULTAT}}. {{SI_ANORMAL: Votre médecin, {{MEDECIN}}, "
        "communiquera avec vous pour le suivi.}}\n\nNAM : {{NAM}}    Dossier : {{NO_DOSSIER}}\n\nService de cytologie, HGPV",
        "Subject: Your screening test result\n\n{{TITLE}} {{FIRST_NAME}} {{LAST_NAME}}\n{{ADDRESS_1}}\n{{CITY}} {{POSTAL_CODE}}\n\n"
        "The result of your Pap test of {{COLLECTION_DATE}} is {{RESULT}}. {{IF_ABNORMAL: Your provider, {{PROVIDER}}, will contact "
        "you about follow-up.}}\n\nHealth card: {{NAM}}    Chart: {{CHART_NO}}\n\nCytology service, PVGH")
    body = [c.t("Salut,", "Hi,"),
            c.t("Voici le gabarit de publipostage révisé pour les lettres de résultats de Pap (v3). Les champs entre accolades sont "
                "remplis par l'extraction du SIL; merci de valider le libellé avant la mise en production.",
                "Here's the revised mail-merge template for Pap result letters (v3). Fields in braces are filled by the LIS extract; "
                "please check the wording before we go live."),
            ('pre', tpl)]
    atts = []
    if c.chance(0.5):
        atts = [Att('gabarit_lettre_pap_v3.docx' if c.fr else 'pap_letter_template_v3.docx',
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=make_docx(tpl.split('\n\n')))]
    m = c.msg(sender, [STAFF['path3'], STAFF['cyto1']], c.t("Gabarit lettre de résultat – v3", "Result letter template - v3"),
              body + c.sig(sender, True), atts=atts)
    m.note = c.t('gabarit de publipostage', 'mail-merge template')
    return m


TEACH = [
    ("Femme de 54 ans, masse ovarienne droite de 11 cm, CA-125 à 620. Coupe : tumeur solide et kystique, nécrose. "
     "Quel est votre diagnostic et quelles colorations demanderiez-vous ?",
     "54-year-old woman, 11 cm right ovarian mass, CA-125 620. Cut surface solid and cystic with necrosis. "
     "What is your diagnosis and which stains would you order?", "Carcinome séreux de haut grade (p53 aberrant, WT1+)", "High-grade serous carcinoma (aberrant p53, WT1+)"),
    ("Homme de 67 ans, masse rénale de 4 cm découverte fortuitement. Cellules claires, réseau vasculaire délicat.",
     "67-year-old man, incidental 4 cm renal mass. Clear cells, delicate vascular network.", "Carcinome rénal à cellules claires", "Clear cell renal cell carcinoma"),
    ("Adolescent de 16 ans, adénopathie médiastinale, cellules de Reed-Sternberg sur fond inflammatoire.",
     "16-year-old with mediastinal adenopathy, Reed-Sternberg cells on inflammatory background.", "Lymphome de Hodgkin classique, scléronodulaire", "Classic Hodgkin lymphoma, nodular sclerosis"),
    ("Femme de 38 ans, Pap : cellules glandulaires atypiques. Biopsie : glandes endocervicales avec stratification et mitoses apicales.",
     "38-year-old woman, Pap AGC. Biopsy: endocervical glands with stratification and apical mitoses.", "Adénocarcinome endocervical in situ (AIS)", "Endocervical adenocarcinoma in situ (AIS)"),
]


def n_teaching(c):
    t = c.pick(TEACH)
    sender = c.pick([STAFF['path1'], STAFF['path3'], STAFF['res1']])
    n = c.rng.randint(3, 40)
    body = [c.t("Bonjour à tous,", "Hi everyone,"),
            c.t(f"Cas non connu no {n} pour la session de jeudi (dossier anonymisé, lames numériques sur le serveur d'enseignement) :",
                f"Unknown case #{n} for Thursday's session (de-identified, digital slides on the teaching server):"),
            c.t(t[0], t[1]),
            c.t("Réponse la semaine prochaine — ne regardez pas le dossier d'enseignement avant!",
                "Answer next week - no peeking at the teaching file!")]
    if c.chance(0.4):
        body.append(c.t(f"Réponse du cas précédent : {t[2]}.", f"Last week's answer: {t[3]}."))
    m = c.msg(sender, [LISTS['pathos'], STAFF['res2']], c.t(f"Cas non connu no {n}", f"Unknown case #{n}"), body + c.sig(sender, True))
    m.note = c.t("cas d'enseignement anonymisé", 'de-identified teaching case')
    return m


def n_eqa(c):
    sender = (EXT['oqlm'][0], f"resultats@{EXT['oqlm'][1]}")
    survey = f"{c.pick(['CYTO', 'HISTO', 'IHC'])}-2025-{c.rng.randint(1, 3)}"
    rows = [[f"{survey}-{i:02d}", c.pick([c.t('Concordant', 'Concordant'), c.t('Concordant', 'Concordant'), c.t('Discordance mineure', 'Minor discrepancy')]),
             f"{c.rng.randint(82, 100)} %"] for i in range(1, 6)]
    body = [c.t("Madame, Monsieur,", "Dear Laboratory Director,"),
            c.t(f"Les résultats du programme d'évaluation externe {survey} pour le laboratoire 0417 sont disponibles :",
                f"Results of external quality assessment survey {survey} for laboratory 0417 are available:"),
            ('table', [c.t('Échantillon', 'Sample'), c.t('Évaluation', 'Grade'), c.t('Accord des participants', 'Participant agreement')], rows),
            c.t("Aucune mesure corrective n'est requise. Le certificat de participation est joint.",
                "No corrective action is required. The participation certificate is attached.")]
    pdf = make_pdf([('title', c.t('Certificat de participation', 'Certificate of participation')),
                    c.t(f"Laboratoire 0417 — {ORG['fr']} — programme {survey}", f"Laboratory 0417 - {ORG['en']} - survey {survey}")], title=survey)
    m = c.msg(sender, [STAFF['path1'], STAFF['qa']], c.t(f"Résultats – programme {survey}", f"Results - survey {survey}"),
              body + [c.t("Programme d'assurance qualité externe", "External quality assessment programme")],
              atts=[Att(f"certificat_{survey}.pdf", 'application/pdf', data=pdf)])
    m.note = c.t("résultats d'évaluation externe de la qualité", 'external quality assessment results')
    return m


def n_registry_stats(c):
    sender = c.pick([CLIN['regagent'], STAFF['reg']])
    sites = [(c.t('Sein', 'Breast'), 212), (c.t('Côlon-rectum', 'Colorectum'), 148), (c.t('Poumon', 'Lung'), 171), (c.t('Prostate', 'Prostate'), 133),
             (c.t('Mélanome', 'Melanoma'), 58), (c.t('Lymphomes', 'Lymphomas'), 61), (c.t('Col utérin', 'Cervix'), 17)]
    rows = [[s, str(n + c.rng.randint(-12, 12)), f"{c.rng.randint(880, 990) / 10:.1f} %"] for s, n in sites]
    body = [c.t("Bonjour,", "Hello,"),
            c.t("Sommaire 2024 des déclarations reçues de l'HGPV (cas incidents, tous âges) :",
                "2024 summary of notifications received from PVGH (incident cases, all ages):"),
            ('table', [c.t('Siège', 'Site'), c.t('Cas', 'Cases'), c.t('Complétude', 'Completeness')], rows),
            c.t("Les cellules de moins de 5 cas sont supprimées dans la version publique.", "Cells under 5 cases are suppressed in the public version.")]
    m = c.msg(sender, [STAFF['reg'], STAFF['path1']] if sender is not STAFF['reg'] else [STAFF['path1'], STAFF['qa']],
              c.t("Sommaire annuel des déclarations 2024", "2024 annual notification summary"), body + c.sig(sender))
    m.note = c.t('statistiques agrégées du registre', 'aggregate registry statistics')
    return m


def n_research(c):
    pi = c.pick([STAFF['path2'], STAFF['path3'], CLIN['onco2']])
    study = c.pick([("TILs-SEIN", "Lymphocytes infiltrant la tumeur comme facteur prédictif dans le cancer du sein triple négatif"),
                    ("PAP-VPH-25", "Performance du triage par double marquage p16/Ki-67 chez les femmes VPH positives"),
                    ("MMR-NUM", "Lecture assistée par IA des colorations MMR sur lames numériques")])
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Le comité d'éthique a approuvé l'amendement 2 du projet {study[0]} ({study[1]}). Changements : "
                "ajout de 150 blocs archivés (2018-2020), prolongation jusqu'en 2026.",
                f"The REB approved amendment 2 of study {study[0]} ({study[1]}). Changes: 150 additional archived blocks (2018-2020), "
                "extension to 2026."),
            c.t("Les blocs seront codés par l'archiviste; l'équipe de recherche ne reçoit aucune donnée nominative (clé conservée aux archives).",
                "Blocks will be coded by the records technician; the research team receives no identifying data (key kept in Health Records)."),
            c.t("Protocole v4.1 joint.", "Protocol v4.1 attached.")]
    pdf = make_pdf([('title', f"{study[0]} — Protocole v4.1"), study[1],
                    ('h', c.t('Critères d\'inclusion', 'Inclusion criteria')), c.t("Cas diagnostiqués 2018-2024, bloc disponible.", "Cases diagnosed 2018-2024 with block available.")],
                   title=study[0])
    m = c.msg(pi, [STAFF['mgr'], STAFF['reg'], STAFF['tech1']], c.t(f"Projet {study[0]} – amendement approuvé", f"Study {study[0]} - amendment approved"),
              body + c.sig(pi), atts=[Att(f"{study[0]}_protocole_v4.1.pdf", 'application/pdf', data=pdf)])
    m.note = c.t('protocole de recherche sans participants', 'research protocol without participants')
    return m


def n_accreditation(c):
    qa = STAFF['qa']
    body = [c.t("Bonjour à tous,", "Hello everyone,"),
            c.t(f"La visite d'Agrément (normes ISO 15189) aura lieu du {day(c, 'long', 60, 61)} au {day(c, 'long', 63, 64)}. "
                "Liste de vérification :", f"The accreditation visit (ISO 15189) is scheduled {day(c, 'long', 60, 61)} to {day(c, 'long', 63, 64)}. Checklist:"),
            c.t("1. Registres de température des frigos et du bain de flottaison à jour\n2. Fiches signalétiques (SIMDUT) dans chaque salle\n"
                "3. Compétences annuelles signées (cytologie : lecture de 100 lames de contrôle)\n4. Procédures maîtres révisées dans les 2 ans",
                "1. Fridge and water-bath temperature logs up to date\n2. Safety data sheets (WHMIS) in every room\n"
                "3. Annual competencies signed (cytology: 100 control slides)\n4. Master procedures reviewed within 2 years"),
            c.t("Merci de compléter d'ici la fin du mois.", "Please complete by month end.")]
    m = c.msg(qa, [LISTS['labo'], LISTS['pathos']], c.t("Préparation – visite d'agrément", "Prep - accreditation visit"), body + c.sig(qa))
    m.note = c.t("préparation à l'agrément", 'accreditation preparation')
    return m
