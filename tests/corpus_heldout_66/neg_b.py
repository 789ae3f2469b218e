"""Negative templates, part B: notices, newsletters, aggregates, blank forms, teaching."""
import datetime

import attach
import ids
import vocab as V
from compose import Mail


def portal_announcement(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    m.frm = (V.clinic_name(c.cl, lang), 'communications@' + c.dom)
    m.to = [(c.L('Patients inscrits', 'Registered patients'), 'patients-liste@' + c.dom)]
    m.force_body = c.choice(['html', 'alt'])
    m.subject = c.choice([c.L('Nouveau : renouvellements en ligne dans le portail', 'New: online renewals in the portal'),
                          c.L('Prenez rendez-vous en ligne', 'Book your appointment online')])
    m.blocks = [c.L('Chère patientèle,', 'Dear patients,'),
                c.L("Vous pouvez maintenant demander le renouvellement de vos médicaments directement dans le portail patient. "
                    "Ayez votre carte d'assurance maladie en main (NAM de 12 caractères, ex. ABCD 1234 5678) lors de la connexion.",
                    'You can now request prescription renewals directly in the patient portal. Have your health card handy '
                    '(12-character number, e.g. ABCD 1234 5678) when you log in.'),
                ('list', c.L(['Délai de traitement : 72 h ouvrables', 'Les narcotiques et benzodiazépines exigent un rendez-vous',
                              'En cas d\'urgence, composez le 911'],
                             ['Processing time: 72 business hours', 'Narcotics and benzodiazepines require an appointment', 'In an emergency call 911'])),
                ('sig', [V.clinic_name(c.cl, lang), c.cl[3] + ', ' + c.cl[4], c.cl[5]])]
    m.note = 'mass patient announcement (no individual)'
    return m


def clinic_closure(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    m.frm = (V.clinic_name(c.cl, lang), 'info@' + c.dom)
    m.to = [(c.L('Partenaires', 'Partners'), 'partenaires@' + c.dom)]
    hol = c.choice([('Action de grâces', 'Thanksgiving', datetime.date(2024, 10, 14)), ('Noël', 'Christmas', datetime.date(2024, 12, 25)),
                    ('Jour du Souvenir (horaire réduit)', 'Remembrance Day (reduced hours)', datetime.date(2024, 11, 11))])
    m.subject = c.L('Horaire des fêtes - %s' % hol[0], 'Holiday hours - %s' % hol[1])
    rows = [[c.date(hol[2] + datetime.timedelta(days=i)), c.choice(['Fermé', '9h-13h', '8h-20h']) if lang == 'fr' else c.choice(['Closed', '9-1', '8-8'])] for i in range(-1, 3)]
    m.blocks = [V.greet(lang, rng), c.L('Veuillez noter l\'horaire du sans rendez-vous :', 'Please note the walk-in hours:'),
                ('table', ['Date', c.L('Heures', 'Hours')], rows),
                c.L('Info-Santé : 811. Urgences : 911.', 'Health line: 811. Emergencies: 911.'),
                ('sig', [V.clinic_name(c.cl, lang), c.cl[5]])]
    m.note = 'holiday hours notice'
    return m


GUIDES = [
    ('Hypertension Canada 2024 : cible < 130/80 chez le diabétique; privilégier IECA/ARA + inhibiteur calcique en association fixe.',
     'Hypertension Canada 2024: target < 130/80 in diabetes; favour ACEi/ARB + CCB single-pill combination.'),
    ('Diabète Canada : ajouter un iSGLT2 (empagliflozine, dapagliflozine) si IRC ou insuffisance cardiaque, peu importe l\'HbA1c.',
     'Diabetes Canada: add an SGLT2i (empagliflozin, dapagliflozin) with CKD or heart failure regardless of HbA1c.'),
    ('Dyslipidémie : viser LDL < 1,8 mmol/L en prévention secondaire; ézétimibe si cible non atteinte sous statine.',
     'Dyslipidemia: LDL < 1.8 mmol/L in secondary prevention; ezetimibe if target not reached on statin.'),
    ('ITSS : le dépistage de la syphilis est recommandé chez toutes les personnes enceintes au 1er trimestre et à 28 semaines.',
     'STI: syphilis screening for all pregnant people in the first trimester and at 28 weeks.'),
    ('Anticoagulation : DOAC préférés à la warfarine dans la FA non valvulaire; ajuster selon la ClCr.',
     'Anticoagulation: DOACs preferred over warfarin in non-valvular AF; adjust to CrCl.'),
    ('Santé mentale : PHQ-9 ≥ 10 suggère une dépression modérée; réévaluer 4 à 6 semaines après le début d\'un ISRS.',
     'Mental health: PHQ-9 ≥ 10 suggests moderate depression; reassess 4-6 weeks after starting an SSRI.'),
    ('Otite moyenne aiguë : amoxicilline 75-90 mg/kg/j; observation possible chez l\'enfant de plus de 6 mois sans critère de gravité.',
     'Acute otitis media: amoxicillin 75-90 mg/kg/day; watchful waiting possible over 6 months of age without severity criteria.'),
]


def newsletter(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    ph = c.me('pharm')
    m.frm = (ph['full'], ph['addr'])
    m.to = [(c.L('Médecins et IPS', 'Physicians and NPs'), 'cliniciens@' + c.dom)]
    n = rng.randrange(20, 60)
    m.subject = c.L('Bulletin pharmaco-clinique no %d' % n, 'Clinical pharmacy bulletin #%d' % n)
    items = [g[0] if lang == 'fr' else g[1] for g in rng.sample(GUIDES, 3)]
    m.blocks = [c.L('Bonjour à tous, voici les points du mois :', 'Hi all, this month\'s highlights:'), ('list', items),
                c.L('Questions? Je suis au GMF mardi et jeudi.', 'Questions? I am at the clinic Tuesday and Thursday.'), c.sig(ph)]
    if c.chance(0.4):
        m.att(c.L('bulletin_%d.pdf' % n, 'bulletin_%d.pdf' % n), attach.make_pdf(c.L('Bulletin pharmaco-clinique', 'Clinical pharmacy bulletin'), items), 'application/pdf')
    if c.chance(0.3):
        m.force_body = 'html'
    m.note = 'clinical newsletter (drug and disease words, no patient)'
    return m


def stats_report(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    mgr = c.me('mgr')
    m.frm = (mgr['full'], mgr['addr'])
    m.to = [(c.L('Comité de direction GMF', 'FMG leadership'), 'direction@' + c.dom)]
    q = c.choice(['T2', 'T3', 'Q2', 'Q3'])
    m.subject = c.L('Indicateurs %s - inscription et SRV' % q, 'Q indicators %s - rostering and walk-in' % q)
    rows = []
    for k in rng.sample(list(V.CONDITIONS), 6):
        rows.append([V.dx(k, lang, rng), rng.randrange(40, 900), '%.1f %%' % (rng.random() * 12)])
    heads = c.L(['Condition', 'Patients inscrits', '% de la clientèle'], ['Condition', 'Rostered patients', '% of roster'])
    m.blocks = [V.greet(lang, rng), c.L('Quelques chiffres du trimestre :', 'Some numbers for the quarter:'),
                ('list', [c.L('Visites SRV : %d (taux de non-présentation %.1f %%)' % (rng.randrange(2000, 6000), rng.random() * 9),
                              'Walk-in visits: %d (no-show rate %.1f%%)' % (rng.randrange(2000, 6000), rng.random() * 9)),
                          c.L('Patients inscrits : %d' % rng.randrange(9000, 16000), 'Rostered patients: %d' % rng.randrange(9000, 16000)),
                          c.L('Délai moyen 3e rendez-vous : %d jours' % rng.randrange(3, 30), 'Average 3rd next available: %d days' % rng.randrange(3, 30))])]
    if c.chance(0.5):
        fmt = c.choice(['xlsx', 'csv'])
        if fmt == 'xlsx':
            m.att('indicateurs_%s.xlsx' % q, attach.make_xlsx('Stats', heads, rows), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        else:
            m.att('indicateurs_%s.csv' % q, attach.make_csv(heads, rows, sep=';'), 'text/csv', charset='utf-8')
    else:
        m.blocks.append(('table', heads, rows))
    m.blocks.append(c.sig(mgr))
    m.note = 'aggregate statistics by condition'
    return m


def blank_form(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sec = c.me('sec')
    m.frm = (sec['full'], sec['addr'])
    m.to = [(c.L('Équipe', 'Team'), 'equipe@' + c.dom)]
    kind = c.choice([('Billet médical', 'Medical note'), ('Demande de renouvellement', 'Renewal request'),
                     ('Autorisation de communication de renseignements', 'Authorization to release information'),
                     ('Formulaire d\'inscription GMF', 'FMG registration form')])
    fields = c.L(['Nom du patient : ______________________', 'NAM : ____ ____ ____', 'Date de naissance : AAAA-MM-JJ',
                  'Téléphone : (___) ___-____', 'Diagnostic / motif : ______________________', 'Signature du médecin : ____________'],
                 ['Patient name: ______________________', 'Health card (NAM): ____ ____ ____', 'Date of birth: YYYY-MM-DD',
                  'Phone: (___) ___-____', 'Diagnosis / reason: ______________________', "Physician's signature: ____________"])
    m.subject = c.L('Nouveau gabarit : %s' % kind[0], 'New template: %s' % kind[1])
    m.blocks = [V.greet(lang, rng), c.L('Voici la version révisée du formulaire (v%d). Merci de détruire les anciennes copies.' % rng.randrange(2, 6),
                                        'Here is the revised form (v%d). Please discard old copies.' % rng.randrange(2, 6)), c.sig(sec)]
    fmt = c.choice(['pdf', 'docx', 'body'])
    if fmt == 'pdf':
        m.att(c.L('gabarit_vierge.pdf', 'blank_template.pdf'), attach.make_pdf(kind[0] if lang == 'fr' else kind[1], fields), 'application/pdf')
    elif fmt == 'docx':
        m.att(c.L('formulaire.docx', 'form.docx'), attach.make_docx(kind[0] if lang == 'fr' else kind[1], fields),
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    else:
        m.blocks.insert(2, ('pre', '\n'.join(fields)))
    m.note = 'blank form template'
    return m


CASES = [
    ('dm2', 'Homme de 58 ans, %s depuis 6 ans, HbA1c 8,9 %% sous metformine 1000 mg BID. IMC 33. Quelle deuxième ligne?',
     'Man, 58, %s for 6 years, HbA1c 8.9%% on metformin 1000 mg BID. BMI 33. Which second-line agent?'),
    ('afib', 'Femme de 81 ans, %s, RNI 4,2 sous warfarine, chute récente sans fracture. On bascule vers un AOD?',
     'Woman, 81, %s, INR 4.2 on warfarin, recent fall without fracture. Switch to a DOAC?'),
    ('dep', 'Jeune adulte de 24 ans, %s, PHQ-9 à 17, échec de la sertraline 100 mg. Options?',
     'Young adult, 24, %s, PHQ-9 of 17, failed sertraline 100 mg. Options?'),
    ('ckd', 'Patient de 72 ans, %s, DFGe 38, potassium 5,6 sous ramipril. Que faire?',
     'Patient aged 72, %s, eGFR 38, potassium 5.6 on ramipril. What now?'),
    ('aom', 'Enfant de 3 ans, %s bilatérale, fièvre 39,2, allergie à la pénicilline (urticaire).',
     'Child, 3, bilateral %s, fever 39.2, penicillin allergy (hives).'),
]


def teaching_case(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    res = ids.staff(rng)
    res['addr'] = '%s@%s' % (res['local'], c.dom)
    m.frm = (V.dname(c.doc, lang), c.doc_addr())
    m.to = [(c.L('Résident(e)s GMF-U', 'FMG-U residents'), 'residents@' + c.dom)]
    case = c.choice(CASES)
    dxs = V.dx(case[0], lang, rng)
    m.subject = c.L('Club de lecture / cas de la semaine', 'Journal club / case of the week')
    m.blocks = [V.greet(lang, rng, c.L('à tous', 'all')),
                c.L('Cas anonymisé pour jeudi midi :', 'Anonymised case for Thursday noon:'),
                (case[1] if lang == 'fr' else case[2]) % dxs,
                c.L('Lecture : lignes directrices 2024 (lien sur l\'intranet). Présentation par %s.' % res['full'],
                    'Reading: 2024 guidelines (link on the intranet). Presented by %s.' % res['full']),
                c.sig(c.doc, doc=True)]
    if c.chance(0.3):
        m.att(c.L('cas_anonymise.docx', 'anonymised_case.docx'),
              attach.make_docx(c.L('Cas clinique', 'Clinical case'), [(case[1] if lang == 'fr' else case[2]) % dxs,
                                                                      c.L('Questions : 1) Diagnostic différentiel 2) Traitement', 'Questions: 1) Differential 2) Management')]),
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    m.note = 'anonymised teaching case'
    return m


def speaker_event(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sp = V.doctor(rng)
    coord = c.me('coord')
    topic = c.choice([('Prise en charge de la MPOC en première ligne', 'COPD management in primary care'),
                      ('Déprescription chez la personne âgée', 'Deprescribing in older adults'),
                      ('Nouveautés en diabète : les GLP-1', 'What\'s new in diabetes: GLP-1 agonists'),
                      ('Dépistage du cancer colorectal', 'Colorectal cancer screening'),
                      ('TDAH chez l\'adulte', 'Adult ADHD')])
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Cliniciens', 'Clinicians'), 'cliniciens@' + c.dom)]
    d = datetime.date(2024, 11, rng.randrange(1, 28))
    m.subject = c.L('Formation continue : %s' % topic[0], 'CME: %s' % topic[1])
    m.blocks = [c.L('Le %s, 12 h 00, salle de conférence : %s (%s, %s).' % (c.date(d), topic[0], V.dname(sp, lang), c.choice(['interniste', 'pneumologue', 'endocrinologue', 'psychiatre'])),
                    'On %s, 12:00, conference room: %s (%s, %s).' % (c.date(d), topic[1], V.dname(sp, lang), c.choice(['internist', 'respirologist', 'endocrinologist', 'psychiatrist']))),
                c.L('1 heure de crédits de catégorie 1. Dîner offert par %s.' % c.choice(ids.SUPPLIERS)[0], '1 hour of Section 1 credits. Lunch by %s.' % c.choice(ids.SUPPLIERS)[0]),
                c.sig(coord)]
    if c.chance(0.4):
        start = datetime.datetime(d.year, d.month, d.day, 12, 0)
        m.att('formation.ics', attach.make_ics('%d@%s' % (rng.randrange(10 ** 6, 10 ** 7), c.dom), start, 60, topic[0] if lang == 'fr' else topic[1],
                                               V.dname(sp, lang), c.L('Salle de conférence', 'Conference room'), (coord['full'], coord['addr'])),
              'text/calendar')
    m.note = 'CME event with speaker and topic'
    return m


def committee(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Comité qualité', 'Quality committee'), 'qualite@' + c.dom)]
    m.subject = c.L('Ordre du jour - comité qualité et sécurité', 'Agenda - quality and safety committee')
    m.blocks = [V.greet(lang, rng), c.L('Ordre du jour de la rencontre de mardi :', 'Agenda for Tuesday:'),
                ('list', c.L(['Adoption du procès-verbal', 'Bilan des incidents/accidents (AH-223) - données agrégées',
                              'Taux de rappel des résultats critiques : %d %%' % rng.randrange(85, 100), 'Audit de l\'hygiène des mains', 'Varia'],
                             ['Approval of minutes', 'Incident report summary (aggregated)', 'Critical result call-back rate: %d%%' % rng.randrange(85, 100),
                              'Hand hygiene audit', 'Other business'])),
                c.sig(coord)]
    m.note = 'committee agenda'
    return m


def job_posting(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    mgr = c.me('mgr')
    m.frm = (mgr['full'], mgr['addr'])
    m.to = [(c.L('Liste de diffusion emplois', 'Jobs mailing list'), 'emplois@' + c.choice(['santeemplois.example', 'carrieres-sante.example']))]
    job = c.choice([('Infirmière clinicienne - suivi des maladies chroniques', 'Clinical nurse - chronic disease follow-up'),
                    ('Agent(e) administratif(ve) - accueil SRV', 'Administrative agent - walk-in reception'),
                    ('Travailleur(se) social(e) - 3 jours/sem', 'Social worker - 3 days/week'),
                    ('IPS de première ligne', 'Primary care NP')])
    m.subject = c.L('Offre d\'emploi : %s' % job[0], 'Job posting: %s' % job[1])
    m.blocks = [c.L('Le %s recrute : %s.' % (V.clinic_name(c.cl, lang), job[0]), '%s is hiring: %s.' % (V.clinic_name(c.cl, lang), job[1])),
                ('list', c.L(['Poste permanent, 35 h/sem', 'Expérience en diabète, MPOC et santé mentale un atout', 'Salaire selon l\'échelle du MSSS'],
                             ['Permanent, 35 h/week', 'Experience with diabetes, COPD and mental health an asset', 'Salary per provincial scale'])),
                c.L('CV à %s avant le 15 novembre.' % mgr['addr'], 'Send resume to %s by November 15.' % mgr['addr']), c.sig(mgr)]
    m.note = 'job posting'
    return m


def physician_directory(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Médecins', 'Physicians'), 'medecins@' + c.dom)]
    m.subject = c.L('Corridors de services - spécialistes qui acceptent les références', 'Referral pathways - specialists accepting referrals')
    rows = []
    for _ in range(rng.randrange(4, 8)):
        d = V.doctor(rng)
        k = rng.sample(list(V.CONDITIONS), 2)
        rows.append([V.dname(d, lang), c.choice(ids.HOSPITALS)[0], ', '.join(V.dx(x, lang, rng) for x in k), c.choice(['2-4 sem', '3 mois', '6 sem']) if lang == 'fr' else c.choice(['2-4 wks', '3 months', '6 wks'])])
    m.blocks = [c.L('Liste à jour des corridors (spécialistes et conditions traitées) :', 'Updated pathways (specialists and conditions treated):'),
                ('table', c.L(['Spécialiste', 'Établissement', 'Conditions', 'Délai'], ['Specialist', 'Site', 'Conditions', 'Wait']), rows), c.sig(coord)]
    m.note = 'physicians named with diseases they treat'
    return m


def lab_service(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    lab = c.choice(ids.LABS)
    m.frm = ('Service à la clientèle - ' + lab[0], 'clients@' + lab[1])
    m.to = [(c.L('Centre de prélèvement', 'Collection centre'), 'prelevements@' + c.dom)]
    variant = c.choice(['courier', 'range', 'req'])
    if variant == 'courier':
        m.subject = c.L('Nouvel horaire de la navette', 'New courier schedule')
        m.blocks = [c.L('À compter du 4 novembre, la navette passera à 11 h 15 et 15 h 45. Les tubes de glycémie doivent être centrifugés avant le ramassage.',
                        'Starting November 4, the courier will come at 11:15 and 3:45. Glucose tubes must be centrifuged before pickup.')]
    elif variant == 'range':
        m.subject = c.L('Changement des valeurs de référence', 'Reference range change')
        m.blocks = [c.L('Nouvelles valeurs de référence à partir du 1er novembre :', 'New reference ranges from November 1:'),
                    ('table', c.L(['Analyse', 'Ancienne', 'Nouvelle'], ['Test', 'Old', 'New']),
                     [['TSH', c.L('0,35-5,00 mUI/L', '0.35-5.00 mIU/L'), c.L('0,40-4,50 mUI/L', '0.40-4.50 mIU/L')],
                      [c.L('Ferritine', 'Ferritin'), '15-200 µg/L', '30-300 µg/L'],
                      [c.L('Créatinine (F)', 'Creatinine (F)'), '45-90 µmol/L', '50-95 µmol/L']])]
    else:
        m.subject = c.L('Nouvelle requête de laboratoire (version 2024-10)', 'New lab requisition (2024-10 version)')
        m.blocks = [c.L('La requête révisée ajoute le dépistage ITSS combiné et le RAC urinaire. Les anciennes requêtes seront refusées après le 30 novembre.',
                        'The revised requisition adds combined STI screening and urine ACR. Old requisitions will be rejected after November 30.')]
    m.blocks.append(('sig', [lab[0], c.L('Service à la clientèle', 'Customer service'), ids.phone(rng)]))
    m.note = 'lab service notice'
    return m


def pharmacy_liaison(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    ph = c.choice(ids.PHARMACIES)
    phm = ids.staff(rng)
    m.frm = (phm['full'] + ', pharm.', '%s@%s' % (phm['local'], ph[1]))
    m.to = [(c.L('Prescripteurs du secteur', 'Local prescribers'), 'medecins@' + c.dom)]
    drug = c.choice([('amoxicilline suspension 250 mg/5 mL', 'amoxicillin suspension 250 mg/5 mL', 'céfprozil ou amoxicilline en comprimés', 'cefprozil or amoxicillin tablets'),
                     ('Ozempic 1 mg', 'Ozempic 1 mg', 'Ozempic 0,5 mg x 2 ou Trulicity', 'Ozempic 0.5 mg x 2 or Trulicity'),
                     ('méthylphénidate 36 mg (générique)', 'methylphenidate 36 mg (generic)', 'Concerta de marque', 'brand Concerta'),
                     ('salbutamol inhalateur', 'salbutamol inhaler', 'Airomir', 'Airomir')])
    m.subject = c.L('Rupture d\'approvisionnement : %s' % drug[0], 'Drug shortage: %s' % drug[1])
    m.blocks = [V.greet(lang, rng), c.L('Rupture prévue jusqu\'en décembre pour %s. Alternative suggérée : %s. Inutile de refaire les ordonnances, '
                                        'nous ferons la substitution selon l\'entente.' % (drug[0], drug[2]),
                                        'Shortage expected until December for %s. Suggested alternative: %s. No need to rewrite prescriptions, '
                                        'we will substitute per the agreement.' % (drug[1], drug[3])),
                ('sig', [phm['full'], ph[0], ph[2]])]
    m.note = 'drug shortage notice (drug names, no patient)'
    return m


def cold_chain(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    nurse = c.me('nurse')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [('Distribution Vaccinord', 'logistique@vaccinord.example')]
    m.subject = c.L('Bris de chaîne de froid - frigo 2', 'Cold chain break - fridge 2')
    rows = [[('%02d:00' % h), '%.1f °C' % (2 + rng.random() * (9 if h in (2, 3) else 5))] for h in range(0, 7)]
    lots = [[c.choice(['Fluzone HD', 'Shingrix', 'Pneu-C-20', 'Gardasil 9']), 'Lot %s%d' % (c.choice(['U', 'KT', 'AB']), rng.randrange(1000, 9999)), rng.randrange(5, 60)] for _ in range(3)]
    m.blocks = [c.L('Le frigo 2 a atteint 9,8 °C cette nuit pendant environ 2 h (panne de courant). Voici le relevé :', 'Fridge 2 reached 9.8 °C overnight for about 2 h (power outage). Log:'),
                ('table', c.L(['Heure', 'Temp.'], ['Time', 'Temp.']), rows), c.L('Lots en quarantaine :', 'Lots quarantined:'),
                ('table', c.L(['Produit', 'Lot', 'Doses'], ['Product', 'Lot', 'Doses']), lots), c.sig(nurse)]
    m.note = 'vaccine fridge log with lot numbers'
    return m


def facilities(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    mgr = c.me('mgr')
    m.frm = (mgr['full'], mgr['addr'])
    m.to = [(c.L('Tout le personnel', 'All staff'), 'personnel@' + c.dom)]
    v = c.choice([('Travaux de ventilation samedi', 'HVAC work Saturday', 'Le système de ventilation sera arrêté samedi de 7 h à 15 h. Salles 3 à 6 inaccessibles.',
                   'HVAC will be off Saturday 7 am to 3 pm. Rooms 3-6 unavailable.'),
                  ('Stationnement - déneigement', 'Parking - snow removal', 'Merci de libérer la rangée B les mardis matin pour le déneigement.',
                   'Please keep row B clear Tuesday mornings for snow removal.'),
                  ('Alarme incendie - exercice', 'Fire drill', 'Exercice d\'évacuation jeudi à 10 h. Les patients de la salle d\'attente seront dirigés vers le point de rassemblement.',
                   'Fire drill Thursday at 10 am. Waiting room patients will be guided to the assembly point.')])
    m.subject = v[0] if lang == 'fr' else v[1]
    m.blocks = [v[2] if lang == 'fr' else v[3], c.sig(mgr)]
    m.note = 'facilities notice'
    return m
