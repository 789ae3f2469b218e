"""Negatives, part B: newsletters, conferences, committees, policies, teaching cases, statistics."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import CLINIC_EN, CLINIC_FR, DOM, PARTNERS, fmt_day, partner_addr, staff_addr
from gen_mime import html_table, wrap_html
from gen_phelp import exam_day, setup
from gen_text import greet, sig, thanks

SPEAKERS = [('Dre Hélène Carrier', 'asthme professionnel et isocyanates',
             'occupational asthma and isocyanates'),
            ('Dr Karim Benali', 'aptitude à la conduite et diabète insulinotraité',
             'fitness to drive with insulin-treated diabetes'),
            ('Dr. Owen Fitzgerald', 'syndrome vibratoire main-bras', 'hand-arm vibration syndrome'),
            ('Dre Mireille Dufresne', 'cannabis, opioïdes et postes critiques',
             'cannabis, opioids and safety-sensitive work'),
            ('Laura Mitchell, audiologiste', 'surdité professionnelle : lire un audiogramme',
             'noise-induced hearing loss: reading the audiogram'),
            ('Dre Anne-Sophie Mercure (pneumologue invitée)', 'silicose chez les tailleurs de pierre',
             'silicosis in stone cutters'),
            ('Dr Rajiv Menon (invité)', 'apnée du sommeil chez les camionneurs',
             'sleep apnea in truck drivers')]


# ------------------------------------------------------------------ N12 newsletter
def newsletter(ctx, m, rng):
    lang = m.lang
    sp = rng.sample(SPEAKERS, 2)
    n = rng.randint(3, 40)
    if lang == 'fr':
        subj = 'Bulletin Santé-Travail - %s %d' % (['hiver', 'printemps', 'été', 'automne']
                                                    [(m.date.month % 12) // 3], m.date.year)
        inner = ('<h1>Bulletin Santé-Travail Rive-Nord</h1>\n'
                 '<h3>Nouveau : dépistage salivaire sur place</h3>\n<p>Depuis ce mois-ci, nos '
                 'techniciens peuvent effectuer les tests salivaires post-incident directement '
                 'chez l\'employeur, 7 jours sur 7.</p>\n<h3>Conférence midi</h3>\n<p>%s '
                 'présentera « %s » le %s. %s abordera ensuite « %s ».</p>\n'
                 '<h3>Surdité professionnelle : les chiffres</h3>\n<p>Chez nos clients du secteur '
                 'métallurgique, %d %% des audiogrammes annuels montrent une encoche à 4 kHz. '
                 'Mme Mitchell rappelle que la double protection est requise au-delà de 100 dBA.'
                 '</p>\n<h3>Bienvenue</h3>\n<p>Nous accueillons M. Vincent Aubé, technicien en '
                 'prélèvement, et Mme Ariane Coulombe à la facturation.</p>\n'
                 '<p style="font-size:9pt">Pour vous désabonner, répondez « retrait ». %s, %s, '
                 '%s</p>') % (sp[0][0], sp[0][1], fmt_day(exam_day(m, rng, (-20, -10)), lang),
                              sp[1][0], sp[1][1], n, CLINIC_FR,
                              '2210, rue des Forges-Neuves, Trois-Rivières-Ouest', '819 555-0142')
    else:
        subj = 'Occupational Health Update - %s %d' % (['Winter', 'Spring', 'Summer', 'Fall']
                                                        [(m.date.month % 12) // 3], m.date.year)
        inner = ('<h1>Rive-Nord Occupational Health Update</h1>\n'
                 '<h3>New: on-site oral fluid testing</h3>\n<p>Our collectors can now perform '
                 'post-incident oral fluid tests at your site, 7 days a week.</p>\n'
                 '<h3>Lunch &amp; learn</h3>\n<p>%s will present "%s" on %s, followed by %s on '
                 '"%s".</p>\n<h3>Hearing loss by the numbers</h3>\n<p>Across our manufacturing '
                 'clients, %d%% of annual audiograms show a 4 kHz notch. Ms. Mitchell reminds '
                 'everyone that dual protection is required above 100 dBA.</p>\n<h3>Welcome</h3>'
                 '\n<p>Please welcome Mr. Vincent Aube, collection technician, and Ms. Ariane '
                 'Coulombe in billing.</p>\n<p style="font-size:9pt">To unsubscribe reply '
                 '"remove". %s, %s, %s</p>') % (
            sp[0][0].replace('Dre ', 'Dr. ').replace('Dr ', 'Dr. ').replace('audiologiste',
                                                                           'audiologist')
            .replace('pneumologue invitée', 'guest respirologist').replace('invité', 'guest'),
            sp[0][2],
            fmt_day(exam_day(m, rng, (-20, -10)), lang), sp[1][0].replace('Dre ', 'Dr. ')
            .replace('Dr ', 'Dr. ').replace('audiologiste', 'audiologist')
            .replace('pneumologue invitée', 'guest respirologist').replace('invité', 'guest'),
            sp[1][2], n, CLINIC_EN, '415 Bankfield Crescent, Nepean Mills',
            '613 555-0171')
    m.html = wrap_html(inner, lang)
    setup(m, rng, ('Rive-Nord', 'bulletin@%s' % DOM), [('Clients', 'clients@%s' % DOM)],
          subject=subj)
    m.extra_headers.append(('List-Unsubscribe', '<mailto:bulletin@%s?subject=retrait>' % DOM))
    m.note = 'client newsletter naming physicians and topics'


# ------------------------------------------------------------------ N13 conference programme
def conference(ctx, m, rng):
    lang = m.lang
    sps = rng.sample(SPEAKERS, 4)
    d = exam_day(m, rng, (-60, -30))
    t = datetime.datetime(2024, 1, 1, 8, 30)
    rows = []
    for s in sps:
        rows.append(['%02d:%02d' % (t.hour, t.minute), s[0], s[1] if lang == 'fr' else s[2]])
        t += datetime.timedelta(minutes=50)
    if lang == 'fr':
        subj = 'Programme - Journée régionale de médecine du travail'
        paras = ['Journée régionale de médecine du travail', 'Date : %s - Hôtel des Forges, '
                 'salle Saint-Maurice' % fmt_day(d, lang), 'Inscription : 175 $ (repas inclus); '
                 '6 heures de formation reconnues.']
        body = ('%s\n\nVoici le programme de notre journée régionale. Les places sont limitées '
                'à 80 participants.\n\n%s\n\n%s') % (
            greet(lang, rng), '\n'.join('%s  %s - %s' % tuple(r) for r in rows),
            sig('carrier', lang, rng))
        fn = 'Programme_journée_régionale.pdf'
    else:
        subj = 'Programme - Regional Occupational Medicine Day'
        paras = ['Regional Occupational Medicine Day', 'Date: %s - Forges Hotel, Saint-Maurice '
                 'room' % fmt_day(d, lang), 'Registration: $175 (lunch included); 6 accredited '
                 'hours.']
        body = ('%s\n\nHere is the programme for our regional day. Seating is limited to 80.\n\n'
                '%s\n\n%s') % (greet(lang, rng), '\n'.join('%s  %s - %s' % tuple(r) for r in rows),
                               sig('fitz', lang, rng))
        fn = 'Programme_regional_day.pdf'
    pdf = make_pdf(paras[0], [CLINIC_FR if lang == 'fr' else CLINIC_EN],
                   [('p', paras[1]), ('p', paras[2]), ('table', [['', '', '']] + rows,
                                                      [50, 190, 260])], author='Comité')
    setup(m, rng, staff_addr('carrier' if lang == 'fr' else 'fitz'),
          [('Liste formation continue', 'fmc@%s' % DOM)], subject=subj)
    m.text = body
    m.attach(fn, 'application/pdf', pdf)
    m.note = 'conference programme with speakers and topics'


# ------------------------------------------------------------------ N14 committee notice / minutes
def committee(ctx, m, rng):
    lang = m.lang
    kind = rng.randrange(2)
    if lang == 'fr':
        if kind == 0:
            subj = 'Convocation - comité qualité et sécurité des prélèvements'
            body = ('Bonjour,\n\nLa prochaine rencontre du comité qualité aura lieu le %s à 12 h '
                    '(Teams).\n\nOrdre du jour :\n1. Adoption du procès-verbal\n2. Audit de la '
                    'chaîne de possession (Mme Deslauriers)\n3. Nouvelle norme de calibration '
                    'des audiomètres (Mme Mitchell)\n4. Taux d\'échantillons dilués - tendance\n'
                    '5. Varia\n\n%s') % (fmt_day(exam_day(m, rng, (-15, -5)), lang),
                                         sig('haddad', lang, rng))
        else:
            subj = 'Procès-verbal - comité de gestion'
            body = ('Bonjour,\n\nProcès-verbal de la réunion du comité de gestion.\n\nPrésents : '
                    'Dre Carrier, Dr Benali, M. Arsenault, Mme Vachon, Mme Duchesne\n\n'
                    '1. Le contrat avec Construction Boréal est renouvelé pour 3 ans.\n'
                    '2. Le Dr Benali prendra la responsabilité des dossiers d\'aptitude à la '
                    'conduite.\n3. Achat d\'un deuxième spiromètre approuvé (voir bon de '
                    'commande).\n4. Prochaine rencontre : %s.\n\n%s') % (
                fmt_day(exam_day(m, rng, (-30, -20)), lang), sig('haddad', lang, rng))
        setup(m, rng, staff_addr('haddad'), [('Comité', 'comite@%s' % DOM)], subject=subj)
    else:
        if kind == 0:
            subj = 'Notice of meeting - joint health and safety committee'
            body = ('Hello,\n\nThe joint health and safety committee meets on %s at noon in the '
                    'boardroom.\n\nAgenda:\n1. Approval of minutes\n2. Sharps injury prevention '
                    'review (Ms. Deslauriers)\n3. Ergonomic assessment of reception desks\n4. '
                    'Workplace inspection report\n5. Other business\n\n%s') % (
                fmt_day(exam_day(m, rng, (-15, -5)), lang), sig('raman', lang, rng))
        else:
            subj = 'Minutes - management committee'
            body = ('Hello,\n\nMinutes of the management committee.\n\nPresent: Dr. Carrier, Dr. '
                    'Fitzgerald, Mr. Arsenault, Ms. Vachon, Ms. Raman\n\n1. Rideau Valley '
                    'Logistics contract renewed for 2 years.\n2. Dr. Fitzgerald will lead the '
                    'hand-arm vibration surveillance offering.\n3. Second spirometer purchase '
                    'approved.\n4. Next meeting: %s.\n\n%s') % (
                fmt_day(exam_day(m, rng, (-30, -20)), lang), sig('raman', lang, rng))
        setup(m, rng, staff_addr('raman'), [('Committee', 'committee@%s' % DOM)], subject=subj)
    m.text = body
    m.note = 'committee notice or minutes'


# ------------------------------------------------------------------ N15 drug & alcohol policy update (to employers)
def policy_update(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['translaur', 'boreal', 'mine']) if lang == 'fr' else \
        rng.choice(['norcan', 'rideau', 'kanata'])
    if lang == 'fr':
        subj = 'Mise à jour - politique drogues et alcool (modèle)'
        paras = [('h', 'Seuils'), 'THC-COOH urinaire : 15 ng/mL (confirmation); alcool : 0,020 '
                 'g/210 L pour les postes critiques.', ('h', 'Types de tests'),
                 'Pré-embauche (postes critiques), motifs raisonnables, post-incident, retour au '
                 'travail, suivi. Les tests aléatoires doivent être justifiés par un risque '
                 'documenté.', ('h', 'Rôle du MRO'),
                 'Le médecin examinateur communique seulement le résultat vérifié (négatif, '
                 'positif, refus) - jamais la médication ou le diagnostic.']
        doc = make_docx('Politique drogues et alcool - gabarit %d' % m.date.year,
                        [p if isinstance(p, str) else p for p in paras], author='M. Dufresne')
        body = ('%s\n\nVoici le gabarit mis à jour de la politique drogues et alcool, suite aux '
                'décisions récentes sur les tests aléatoires. Les changements sont surlignés.\n\n'
                '%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), thanks(lang, rng),
                             sig('dufresne', lang, rng))
        fn = 'Gabarit_politique_D&A_%d.docx' % m.date.year
    else:
        subj = 'Update - drug and alcohol policy template'
        paras = [('h', 'Cut-offs'), 'Urine THC-COOH 15 ng/mL (confirmation); alcohol 0.020 g/210 '
                 'L for safety-sensitive positions.', ('h', 'Test types'),
                 'Pre-placement (safety-sensitive), reasonable cause, post-incident, '
                 'return-to-duty, follow-up. Random testing must be supported by documented '
                 'risk.', ('h', 'MRO role'),
                 'The MRO reports only the verified result (negative, positive, refusal) - never '
                 'medication or diagnosis.']
        doc = make_docx('Drug and alcohol policy - template %d' % m.date.year, paras,
                        author='M. Dufresne')
        body = ('%s\n\nAttached is the updated drug and alcohol policy template following recent '
                'decisions on random testing. Changes are highlighted.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), thanks(lang, rng),
            sig('dufresne', lang, rng))
        fn = 'DA_policy_template_%d.docx' % m.date.year
    setup(m, rng, staff_addr('dufresne'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'drug and alcohol policy template for employers'


# ------------------------------------------------------------------ N16 regulatory summary (drivers)
def regulatory(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        subj = rng.choice(['Rappel - normes médicales des conducteurs classe 1',
                           'Résumé : diabète et conduite commerciale'])
        body = ('Bonjour aux transporteurs,\n\nPetit résumé des normes applicables aux '
                'conducteurs de véhicules lourds :\n\n- Diabète traité à l\'insuline : permis '
                'possible si aucune hypoglycémie sévère depuis 12 mois et autosurveillance '
                'documentée.\n- Apnée du sommeil modérée à sévère : conduite permise si '
                'observance CPAP >= 70 %% des nuits.\n- Épilepsie : 5 ans sans crise, avec ou '
                'sans médication, pour les classes 1 à 4.\n- Hypertension : TA < 160/100.\n\n'
                'Ces critères ne remplacent pas l\'évaluation individuelle par le médecin.\n\n'
                '%s') % sig('benali', 'fr', rng)
        to = [partner_addr('translaur')]
        who = 'benali'
    else:
        subj = rng.choice(['Reminder - commercial driver medical standards',
                           'Summary: diabetes and commercial driving'])
        body = ('Hello carriers,\n\nA short summary of the standards for heavy vehicle drivers:\n\n'
                '- Insulin-treated diabetes: eligible if no severe hypoglycaemia in 12 months '
                'and documented self-monitoring.\n- Moderate to severe sleep apnea: driving '
                'allowed with CPAP use on >= 70%% of nights.\n- Epilepsy: 5 seizure-free years, '
                'with or without medication, for commercial classes.\n- Hypertension: BP below '
                '160/100.\n\nThese criteria do not replace an individual assessment.\n\n%s') % \
            sig('fitz', 'en', rng)
        to = [partner_addr('rideau')]
        who = 'fitz'
    setup(m, rng, staff_addr(who), to, subject=subj)
    m.text = body
    m.note = 'summary of driver medical standards'


# ------------------------------------------------------------------ N17 de-identified teaching case
def teaching_case(ctx, m, rng):
    lang = m.lang
    age = rng.randint(34, 61)
    if lang == 'fr':
        case = rng.choice([
            ('Un soudeur de %d ans consulte pour une toux et une oppression thoracique qui '
             's\'améliorent les fins de semaine. Spirométrie : VEMS/CVF 0,66 avec réversibilité. '
             'Quelle est la prochaine étape pour confirmer un asthme professionnel?' % age),
            ('Une préposée de %d ans présente un TCT à 12 mm à l\'embauche, IGRA positif, '
             'radiographie normale. Doit-elle être retirée du travail? Quel traitement '
             'proposer?' % age),
            ('Un cariste de %d ans, diabétique sous insuline, a fait une hypoglycémie au '
             'travail le mois dernier. Quels critères appliquer pour le retour à la conduite?'
             % age)])
        subj = 'Club de lecture - cas clinique du mois'
        body = ('Bonjour à tous,\n\nCas du mois pour la rencontre de jeudi (anonymisé, inspiré '
                'd\'un dossier réel - aucune donnée identifiante) :\n\n« %s »\n\nLectures '
                'suggérées dans le dossier partagé. Résidents : préparez une réponse de 5 '
                'minutes.\n\n%s') % (case, sig('carrier', lang, rng))
        who = 'carrier'
    else:
        case = rng.choice([
            ('A %d-year-old welder reports cough and chest tightness that improve on weekends. '
             'Spirometry: FEV1/FVC 0.66 with bronchodilator response. What is the next step to '
             'confirm occupational asthma?' % age),
            ('A %d-year-old personal support worker has a 12 mm TST at hire, positive IGRA, '
             'normal chest x-ray. Should she be removed from work? What treatment?' % age),
            ('A %d-year-old forklift operator with insulin-treated diabetes had a hypoglycaemic '
             'episode at work last month. What criteria apply for return to driving?' % age)])
        subj = 'Journal club - case of the month'
        body = ('Hi all,\n\nCase of the month for Thursday (de-identified, based loosely on a real '
                'file - no identifying details):\n\n"%s"\n\nSuggested readings are in the shared '
                'folder. Residents: prepare a 5-minute answer.\n\n%s') % (case,
                                                                          sig('fitz', lang, rng))
        who = 'fitz'
    setup(m, rng, staff_addr(who), [('Médecins et résidents' if lang == 'fr' else
                                     'Physicians and residents', 'enseignement@%s' % DOM)],
          subject=subj)
    m.text = body
    m.note = 'de-identified teaching case'


# ------------------------------------------------------------------ N18 aggregate statistics report to employer
def aggregate_stats(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['metstm', 'mine']) if lang == 'fr' else rng.choice(['kanata', 'norcan'])
    n = rng.randint(180, 420)
    sts = rng.randint(5, 14)
    if lang == 'fr':
        rows = [['Département', 'Testés', 'Normaux', 'Encoche précoce', 'DPS', '% DPS']]
        depts = ['Fonderie', 'Meulage', 'Entretien', 'Expédition', 'Bureaux']
    else:
        rows = [['Department', 'Tested', 'Normal', 'Early notch', 'STS', '% STS']]
        depts = ['Casting', 'Grinding', 'Maintenance', 'Shipping', 'Office']
    for d in depts:
        t = rng.randint(12, 110)
        s = rng.randint(0, max(1, t // 8))
        e = rng.randint(0, max(1, t // 6))
        rows.append([d, t, t - s - e, e, s, round(100.0 * s / t, 1)])
    data = make_xlsx([('Sommaire' if lang == 'fr' else 'Summary', rows)], author='L. Mitchell')
    if lang == 'fr':
        subj = 'Rapport annuel - surveillance audiométrique (données agrégées)'
        body = ('%s\n\nVoici le rapport annuel agrégé : %d travailleurs testés, %d %% de DPS, '
                'concentrés au meulage. Aucune donnée individuelle n\'est incluse; les résultats '
                'individuels ont été remis à chaque travailleur.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), n, sts, thanks(lang, rng),
            sig('mitchell', lang, rng))
        fn = 'rapport_annuel_audiometrie_%d.xlsx' % m.date.year
    else:
        subj = 'Annual report - hearing conservation (aggregate)'
        body = ('%s\n\nHere is the aggregate annual report: %d workers tested, %d%% with STS, '
                'concentrated in grinding. No individual data is included; each worker received '
                'their own results.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), n, sts, thanks(lang, rng),
            sig('mitchell', lang, rng))
        fn = 'hearing_conservation_annual_%d.xlsx' % m.date.year
    setup(m, rng, staff_addr('mitchell'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
    m.note = 'aggregate audiometry statistics'


# ------------------------------------------------------------------ N19 drug testing statistics
def drug_stats(ctx, m, rng):
    lang = m.lang
    tot = rng.randint(900, 2400)
    pos = round(tot * rng.uniform(0.018, 0.045))
    thc = round(pos * 0.55)
    if lang == 'fr':
        subj = 'Statistiques de dépistage - trimestre %d' % rng.randint(1, 4)
        body = ('Bonjour,\n\nStatistiques du trimestre, tous clients confondus :\n\n'
                'Tests urinaires : %d\nPositifs vérifiés : %d (%.1f %%)\n  dont cannabis : %d\n'
                '  dont amphétamines : %d\n  dont cocaïne : %d\nDilués : %d\nRefus : %d\n\n'
                'Le taux de positivité au cannabis est stable depuis la légalisation. '
                'Présentation au comité jeudi.\n\n%s') % (
            tot, pos, 100.0 * pos / tot, thc, round(pos * 0.25), pos - thc - round(pos * 0.25),
            rng.randint(10, 40), rng.randint(1, 9), sig('dufresne', lang, rng))
        body = body.replace('(%.1f %%)' % (100.0 * pos / tot), '(%s %%)' % (
            ('%.1f' % (100.0 * pos / tot)).replace('.', ',')))
    else:
        subj = 'Drug testing statistics - Q%d' % rng.randint(1, 4)
        body = ('Hello,\n\nQuarterly statistics, all clients:\n\nUrine tests: %d\nVerified '
                'positives: %d (%.1f%%)\n  cannabis: %d\n  amphetamines: %d\n  cocaine: %d\n'
                'Dilute: %d\nRefusals: %d\n\nCannabis positivity is stable. Will present at '
                'committee Thursday.\n\n%s') % (
            tot, pos, 100.0 * pos / tot, thc, round(pos * 0.25), pos - thc - round(pos * 0.25),
            rng.randint(10, 40), rng.randint(1, 9), sig('dufresne', lang, rng))
    setup(m, rng, staff_addr('dufresne'), [('Comité', 'comite@%s' % DOM)], subject=subj)
    m.text = body
    m.note = 'aggregate drug testing statistics'


# ------------------------------------------------------------------ N20 research protocol (no participants)
def research_protocol(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        subj = 'Protocole - étude travail de nuit et syndrome métabolique'
        paras = ['Titre : Travail de nuit et syndrome métabolique chez les travailleurs de '
                 'l\'entreposage', 'Chercheuse principale : Dre Hélène Carrier',
                 'Devis : cohorte prospective, 24 mois, 300 participants visés.',
                 'Critères d\'inclusion : 18-65 ans, travail de nuit >= 2 ans.',
                 'Critères d\'exclusion : diabète de type 1, grossesse.',
                 'Mesures : tour de taille, TA, glycémie à jeun, HbA1c, bilan lipidique.',
                 'Confidentialité : données codées, clé conservée par la chercheuse principale.']
        body = ('Bonjour,\n\nCi-joint la version 3 du protocole pour le comité d\'éthique. '
                'Aucun participant n\'est encore recruté.\n\n%s') % sig('carrier', lang, rng)
        fn = 'Protocole_v3.docx'
        to = [('Comité d\'éthique', 'ethique@ch-deuxrives.example')]
        who = 'carrier'
    else:
        subj = 'Protocol - night work and metabolic syndrome study'
        paras = ['Title: Night work and metabolic syndrome in warehouse workers',
                 'Principal investigator: Dr. Helene Carrier; co-investigator Dr. Owen Fitzgerald',
                 'Design: prospective cohort, 24 months, target 300 participants.',
                 'Inclusion: age 18-65, night work >= 2 years.',
                 'Exclusion: type 1 diabetes, pregnancy.',
                 'Measures: waist circumference, BP, fasting glucose, HbA1c, lipids.',
                 'Confidentiality: coded data, key held by the PI.']
        body = ('Hello,\n\nAttached is protocol version 3 for the research ethics board. No '
                'participants have been enrolled.\n\n%s') % sig('fitz', lang, rng)
        fn = 'Protocol_v3.docx'
        to = [('Research Ethics Board', 'reb@ch-deuxrives.example')]
        who = 'fitz'
    doc = make_docx(paras[0], paras[1:], author='Research')
    setup(m, rng, staff_addr(who), to, subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'research protocol without participants'


# ------------------------------------------------------------------ N21 physician directory / services
def directory(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        rows = [['Médecin', 'Champs d\'intérêt', 'Jours'],
                ['Dre Hélène Carrier', 'asthme professionnel, silicose, maladies pulmonaires',
                 'lun, mar, jeu'],
                ['Dr Karim Benali', 'conduite commerciale, diabète, apnée du sommeil', 'mar, mer, ven'],
                ['Dre Mireille Dufresne', 'MRO, troubles liés aux substances', 'lun au ven (a.m.)'],
                ['Dr. Owen Fitzgerald', 'syndrome vibratoire, lésions musculosquelettiques',
                 'Ontario, lun au jeu']]
        subj = 'Répertoire des médecins - mise à jour'
        intro = ('Bonjour,\n\nPour faciliter l\'orientation des demandes des employeurs, voici '
                 'le répertoire à jour de nos médecins et de leurs champs d\'intérêt.')
    else:
        rows = [['Physician', 'Interests', 'Days'],
                ['Dr. Helene Carrier', 'occupational asthma, silicosis, lung disease',
                 'Mon, Tue, Thu'],
                ['Dr. Karim Benali', 'commercial driving, diabetes, sleep apnea', 'Tue, Wed, Fri'],
                ['Dr. Mireille Dufresne', 'MRO, substance use disorders', 'Mon-Fri (am)'],
                ['Dr. Owen Fitzgerald', 'hand-arm vibration, musculoskeletal injuries',
                 'Ontario, Mon-Thu']]
        subj = 'Physician directory - update'
        intro = ('Hello,\n\nTo help route employer requests, here is the updated directory of our '
                 'physicians and their areas of interest.')
    m.html = wrap_html('<p>%s</p>\n%s\n<p>%s</p>' % (intro.replace('\n\n', '</p><p>'),
                                                     html_table(rows),
                                                     sig('arsenault', lang, rng).replace('\n',
                                                                                         '<br>')),
                       lang)
    if rng.random() < 0.5:
        m.text = '%s\n\n%s\n\n%s' % (intro, '\n'.join(' - '.join(r) for r in rows[1:]),
                                     sig('arsenault', lang, rng))
    setup(m, rng, staff_addr('arsenault'), [('Clients', 'clients@%s' % DOM)], subject=subj)
    m.note = 'physician directory with areas of interest'


# ------------------------------------------------------------------ N22 CME / accreditation
def cme(ctx, m, rng):
    lang = m.lang
    hrs = rng.randint(3, 14)
    if lang == 'fr':
        subj = 'Attestation de formation continue'
        body = ('Bonjour Dr Benali,\n\nVotre attestation pour le webinaire « Aptitude au '
                'travail et troubles de l\'usage de substances » (%d heures, catégorie A) est '
                'disponible dans votre portfolio. Code d\'activité : FMC-%d-%04d.\n\n'
                'Secrétariat de la formation continue') % (hrs, m.date.year, rng.randint(0, 9999))
        to = [staff_addr('benali')]
        frm = ('Formation continue', 'fmc@assoc-medtravail.example')
    else:
        subj = 'CME certificate available'
        body = ('Dear Dr. Fitzgerald,\n\nYour certificate for the webinar "Hand-arm vibration: '
                'diagnosis and fitness for work" (%d credits, Section 1) is available in your '
                'portfolio. Activity code: CME-%d-%04d.\n\nCME office') % (hrs, m.date.year,
                                                                           rng.randint(0, 9999))
        to = [staff_addr('fitz')]
        frm = ('CME office', 'cme@occmed-assoc.example')
    setup(m, rng, frm, to, subject=subj)
    m.text = body
    m.note = 'continuing education certificate notice'
