"""Step 6b: negative builders — staff, HR, occupational health, payroll, postings, committees, events."""
import datetime

from gen_common import HOSP, OTHER_SITES, HEMAQ_DOM, ROLES, fmt_date, slug
from gen_text import spec, greet, closing, signature, DIAG, ANTIBODIES, hb, ext_addr
from gen_attach import make_pdf, make_docx, make_xlsx, make_ics, make_vcard

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
ALL_TECHS = ('Technologistes banque de sang', 'tm-banque@%s' % HOSP['dom'])


# --------------------------------------------------------------------------- 13. staff schedule
def staff_schedule(c, lang):
    w = c.w
    ct = w.st('chieftech')
    techs = w.staff['tech'] + w.staff['chieftech'][:2]
    start = c.later(7, 20)
    start -= datetime.timedelta(days=start.weekday())
    days = [start + datetime.timedelta(days=i) for i in range(7)]
    hdr = ['Technologiste' if lang == 'fr' else 'Technologist'] + [d.strftime('%a %d/%m') for d in days]
    rows = [hdr]
    for t in techs:
        rows.append([t.full] + [c.r(['J', 'J', 'S', 'N', '—', '—', 'G']) for _ in days])
    if c.chance(0.5):
        att = dict(filename='horaire_%s.xlsx' % start.strftime('%Y%m%d') if lang == 'fr' else 'schedule_%s.xlsx' % start.strftime('%Y%m%d'),
                   ctype=XLSX_CT, data=make_xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows)], author=ct.full))
        table = ''
    else:
        att = None
        table = '\n'.join(' | '.join(r) for r in rows)
    if lang == 'fr':
        body = '%s\n\nVoici l\'horaire de la semaine du %s. J = jour, S = soir, N = nuit, G = garde.\n%s\n%s est en formation jeudi; %s remplace.\n\n%s' % (
            greet(c, 'fr'), fmt_date(start, 'long', 'fr'), table, techs[0].given, techs[1].given, signature(c, ct, 'fr'))
        subj = c.r(['Horaire semaine du %s' % fmt_date(start, 'dmy'), 'Horaire banque de sang', 'Horaire modifié'])
    else:
        body = '%s\n\nSchedule for the week of %s. D/E/N shifts, G = on call.\n%s\n\n%s' % (greet(c, 'en'), fmt_date(start, 'long', 'en'), table.replace(' J ', ' D '), signature(c, ct, 'en'))
        subj = c.r(['Schedule week of %s' % fmt_date(start, 'iso'), 'Blood bank schedule'])
    return spec(c, lang, ct, ALL_TECHS, subj, body, [], 'staff schedule', attachments=[att] if att else [])


# --------------------------------------------------------------------------- 14. HR leave
def hr_leave(c, lang):
    w = c.w
    emp = w.st(c.r(['tech', 'nurse', 'clerk', 'cst']))
    boss = w.st(c.r(['manager', 'chieftech']))
    hr = w.st('hr')
    d1 = c.later(10, 60)
    d2 = d1 + datetime.timedelta(days=c.rng.randint(3, 20))
    scen = c.rng.randint(0, 2)
    if lang == 'fr':
        if scen == 0:
            body = [greet(c, 'fr', boss.given), '', 'Je voudrais confirmer mes vacances du %s au %s inclusivement. %s a accepté d\'échanger sa garde du %s.'
                    % (fmt_date(d1, 'long', 'fr'), fmt_date(d2, 'long', 'fr'), w.st('tech').given, fmt_date(d1, 'dmy')), '', closing(c, 'fr'), emp.given]
            snd, to, subj = emp, boss, c.r(['Demande de vacances', 'Vacances été', 'Congé'])
        elif scen == 1:
            body = [greet(c, 'fr', emp.given), '', 'Ton retour progressif est approuvé à partir du %s : 3 jours/semaine pendant 4 semaines, selon le certificat reçu par le bureau de santé.'
                    % fmt_date(d1, 'long', 'fr'), 'Tu n\'as pas à me transmettre de détails médicaux.', '', signature(c, hr, 'fr')]
            snd, to, subj = hr, emp, 'Retour progressif au travail'
        else:
            body = [greet(c, 'fr'), '', '%s sera en %s à compter du %s. Le poste sera affiché temporairement.' % (
                emp.full, 'congé de maternité' if emp.fem else 'congé parental', fmt_date(d1, 'long', 'fr')),
                    'Merci de lui souhaiter bonne chance!', '', signature(c, boss, 'fr')]
            snd, to, subj = boss, ALL_TECHS, 'Congé de maternité – remplacement' if emp.fem else 'Congé parental – remplacement'
    else:
        if scen == 0:
            body = [greet(c, 'en', boss.given), '', 'Confirming my vacation from %s to %s. %s agreed to swap the on-call on %s.'
                    % (fmt_date(d1, 'long', 'en'), fmt_date(d2, 'long', 'en'), w.st('tech').given, fmt_date(d1, 'iso')), '', closing(c, 'en'), emp.given]
            snd, to, subj = emp, boss, 'Vacation request'
        elif scen == 1:
            body = [greet(c, 'en', emp.given), '', 'Your gradual return to work is approved from %s: 3 days/week for 4 weeks, per the note received by Employee Health.'
                    % fmt_date(d1, 'long', 'en'), '', signature(c, hr, 'en')]
            snd, to, subj = hr, emp, 'Gradual return to work'
        else:
            body = [greet(c, 'en'), '', '%s starts parental leave on %s; the position will be posted.' % (emp.full, fmt_date(d1, 'long', 'en')), '', signature(c, boss, 'en')]
            snd, to, subj = boss, ALL_TECHS, 'Parental leave – replacement'
    return spec(c, lang, snd, to, subj, '\n'.join(body), [], 'staff leave / HR')


# --------------------------------------------------------------------------- 15. employee occupational health
def occ_health(c, lang):
    w = c.w
    emp = w.st(c.r(['tech', 'nurse', 'resident', 'clerk']))
    sst = ('Santé et sécurité au travail', 'sst@%s' % HOSP['dom'])
    scen = c.rng.randint(0, 2)
    if lang == 'fr':
        if scen == 0:
            body = [greet(c, 'fr', emp.given), '', 'Votre titre d\'anticorps anti-HBs est de %d UI/L. Une dose de rappel du vaccin contre l\'hépatite B est recommandée.' % c.rng.randint(2, 9),
                    'Présentez-vous à la clinique du personnel (local B-114) mardi ou jeudi entre 8h et 11h.']
            subj = 'Suivi vaccinal – hépatite B'
        elif scen == 1:
            body = [greet(c, 'fr'), '', 'Rappel : le test cutané à la tuberculine (TCT) annuel est obligatoire pour le personnel des laboratoires. '
                    'Lecture 48 à 72 h après l\'injection.', 'Horaire des cliniques en pièce jointe de l\'intranet.']
            subj = 'TCT annuel du personnel'
        else:
            body = [greet(c, 'fr', emp.given), '', 'Suite à votre exposition accidentelle (piqûre d\'aiguille) du %s, les sérologies de suivi à 6 semaines sont prévues le %s.'
                    % (fmt_date(c.earlier(5, 20), 'long', 'fr'), fmt_date(c.later(20, 40), 'long', 'fr')), 'Le formulaire CNESST a été transmis.']
            subj = 'Suivi post-exposition (employé)'
        body += ['', 'Service de santé et sécurité au travail', 'Poste 3310']
    else:
        if scen == 0:
            body = [greet(c, 'en', emp.given), '', 'Your anti-HBs titre is %d IU/L; a hepatitis B booster is recommended. Please visit Employee Health (B-114).' % c.rng.randint(2, 9)]
            subj = 'Hepatitis B vaccination follow-up'
        elif scen == 1:
            body = [greet(c, 'en'), '', 'Reminder: the annual tuberculin skin test is mandatory for lab staff. Reading at 48-72 h.']
            subj = 'Annual TST for staff'
        else:
            body = [greet(c, 'en', emp.given), '', 'Following your needlestick exposure on %s, 6-week follow-up serology is booked for %s.'
                    % (fmt_date(c.earlier(5, 20), 'long', 'en'), fmt_date(c.later(20, 40), 'long', 'en'))]
            subj = 'Post-exposure follow-up (staff)'
        body += ['', 'Employee Health & Safety', 'ext. 3310']
    to = emp if scen != 1 else [('Personnel des laboratoires', 'labo-tous@%s' % HOSP['dom'])]
    return spec(c, lang, sst, to, subj, '\n'.join(body), [], "employee's own occupational health (staff information)")


# --------------------------------------------------------------------------- 16. payroll
def payroll(c, lang):
    w = c.w
    emp = w.st(c.r(['tech', 'chieftech', 'clerk']))
    pay = ('Service de la paie', 'paie@cisss-hr.example')
    empno = '%06d' % c.rng.randint(100000, 999999)
    amt = c.rng.randint(80, 900) + c.rng.randint(0, 99) / 100
    if lang == 'fr':
        body = [greet(c, 'fr', emp.given), '', 'Après vérification, les primes de garde de la période %d (matricule %s) n\'avaient pas été versées.' % (c.rng.randint(1, 26), empno),
                'Un ajustement de %s $ apparaîtra sur la paie du %s.' % (('%.2f' % amt).replace('.', ','), fmt_date(c.later(5, 15), 'long', 'fr')),
                'Pour toute question : poste 2250.', '', 'Service de la paie – CISSS de la Haute-Rivière']
        subj = c.r(['Ajustement de paie', 'Primes de garde – correction', 'Votre relevé de paie'])
    else:
        body = [greet(c, 'en', emp.given), '', 'On-call premiums for pay period %d (employee no. %s) were missing; an adjustment of $%.2f will appear on %s.'
                % (c.rng.randint(1, 26), empno, amt, fmt_date(c.later(5, 15), 'long', 'en')), '', 'Payroll Services']
        subj = 'Pay adjustment'
    return spec(c, lang, pay, emp, subj, '\n'.join(body), [], 'payroll correction with employee number')


# --------------------------------------------------------------------------- 17. job posting
def job_posting(c, lang):
    w = c.w
    hr = w.st('hr')
    pid = 'AFF-%d-%04d' % (c.day.year, c.rng.randint(1, 9999))
    job = c.r([('Technologiste médical(e) – banque de sang', 'Medical laboratory technologist – blood bank'),
               ('Conseiller(ère) en sécurité transfusionnelle', 'Transfusion safety officer'),
               ('Infirmier(ère) clinicien(ne) – clinique de gestion du sang', 'Nurse clinician – patient blood management clinic'),
               ('Agent(e) administratif(ve) classe 2 – laboratoires', 'Administrative clerk – laboratories')])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Affichage %s : %s, poste permanent temps complet, quart %s.' % (pid, job[0], c.r(['de jour', 'de soir', 'rotation'])),
                'Exigences : %s; connaissance de l\'immunohématologie et des normes CSA Z902 un atout.' % c.r(['DEC en technologie d\'analyses biomédicales, membre de l\'OPTMQ',
                                                                                                         'baccalauréat en sciences infirmières, membre de l\'OIIQ', 'DEC ou AEC en bureautique']),
                'Échelle salariale selon la convention collective. Date limite : %s.' % fmt_date(c.later(10, 25), 'long', 'fr'),
                'Postulez sur le site carrières du CISSS.', '', signature(c, hr, 'fr')]
        subj = 'Affichage de poste – %s' % job[0]
    else:
        body = [greet(c, 'en'), '', 'Posting %s: %s, permanent full-time.' % (pid, job[1]), 'Requirements: relevant diploma and licence; CSA Z902 knowledge an asset.',
                'Deadline: %s.' % fmt_date(c.later(10, 25), 'long', 'en'), '', signature(c, hr, 'en')]
        subj = 'Job posting – %s' % job[1]
    return spec(c, lang, hr, [('Tout le personnel – Laboratoires', 'labo-tous@%s' % HOSP['dom'])], subj, '\n'.join(body), [], 'job posting')


# --------------------------------------------------------------------------- 18. training / competency
def training(c, lang):
    w = c.w
    ct = w.st(c.r(['chieftech', 'cst']))
    pct = c.rng.randint(62, 97)
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'La formation annuelle obligatoire « Identification du patient et administration sécuritaire des produits sanguins » est en ligne sur l\'ENA.',
                'À ce jour, %d %% du personnel infirmier l\'a complétée. Date limite : %s.' % (pct, fmt_date(c.later(15, 45), 'long', 'fr')),
                'Rappel du cas vécu en 2023 : un échantillon mal étiqueté (« sang erroné dans le tube ») a été détecté grâce au deuxième prélèvement. Aucun patient n\'a été atteint.',
                'Les évaluations de compétence des technologistes (panel d\'identification d\'%s, épreuves de compatibilité) auront lieu en %s.' % (c.r(ANTIBODIES), c.r(['mars', 'octobre', 'novembre'])),
                '', signature(c, ct, 'fr')]
        subj = c.r(['Formation annuelle obligatoire – transfusion', 'Compétences 2025', 'Rappel ENA'])
    else:
        body = [greet(c, 'en'), '', 'Mandatory annual training "Patient identification and safe blood administration" is on the LMS; %d%% completion so far.' % pct,
                'Technologist competency assessments (antibody ID panel, crossmatch) are scheduled next month.', '', signature(c, ct, 'en')]
        subj = c.r(['Mandatory transfusion training', 'Competency assessments'])
    return spec(c, lang, ct, [('Chefs d\'unités', 'chefs-unites@%s' % HOSP['dom'])], subj, '\n'.join(body), [], 'training reminder with aggregate completion')


# --------------------------------------------------------------------------- 19. committee notice / minutes
def committee(c, lang):
    w = c.w
    sec = w.st(c.r(['clerk', 'cst']))
    chair = w.st('hemato')
    d = c.later(5, 25)
    n1, n2, n3 = c.rng.randint(2, 9), c.rng.randint(0, 4), c.rng.randint(0, 3)
    if lang == 'fr':
        paras = ['Date : %s, 12h00, salle 2.104 (et Teams)' % fmt_date(d, 'long', 'fr'), 'Présidence : %s %s %s' % (chair.dr, chair.given, chair.surname),
                 ('H', 'Ordre du jour'), '1. Adoption du procès-verbal', '2. Hémovigilance T%d : %d réactions fébriles, %d TACO, %d quasi-incidents d\'identification' % (c.rng.randint(1, 4), n1, n2, n3),
                 '3. Audit de pertinence des transfusions de plaquettes (résultats agrégés)', '4. Programme de gestion du sang du patient : clinique d\'anémie préopératoire',
                 '5. Pénurie d\'IgIV : critères de priorisation', '6. Varia']
        doc = make_docx('Comité de médecine transfusionnelle — convocation', paras, author=sec.full)
        body = '%s\n\nVous trouverez ci-joint la convocation de la prochaine rencontre du comité de médecine transfusionnelle.\n\n%s' % (greet(c, 'fr'), signature(c, sec, 'fr'))
        subj = c.r(['Convocation – comité de médecine transfusionnelle', 'CMT : ordre du jour', 'Rencontre du comité transfusionnel'])
        fn = c.r(['Convocation_CMT_%s.docx', 'Convocation CMT – %s.docx', 'Comité médecine transfusionnelle %s.docx']) % d.strftime('%Y-%m-%d')
    else:
        paras = ['Date: %s, noon, room 2.104 (and Teams)' % fmt_date(d, 'long', 'en'), 'Chair: Dr. %s' % chair.full, ('H', 'Agenda'),
                 '1. Minutes', '2. Hemovigilance Q%d: %d febrile reactions, %d TACO, %d ID near-misses' % (c.rng.randint(1, 4), n1, n2, n3),
                 '3. Platelet appropriateness audit (aggregate)', '4. PBM pre-op anaemia clinic', '5. IVIG shortage prioritisation']
        doc = make_docx('Transfusion Committee — Notice of meeting', paras, author=sec.full)
        body = '%s\n\nPlease find attached the agenda for the next Transfusion Committee meeting.\n\n%s' % (greet(c, 'en'), signature(c, sec, 'en'))
        subj = c.r(['Transfusion Committee – agenda', 'Notice of meeting'])
        fn = 'TC_agenda_%s.docx' % d.strftime('%Y-%m-%d')
    return spec(c, lang, sec, [('Membres du CMT', 'cmt@%s' % HOSP['dom'])], subj, body, [], 'committee agenda with aggregate counts',
                attachments=[dict(filename=fn, ctype=DOCX_CT, data=doc)])


# --------------------------------------------------------------------------- 20. conference programme
def conference(c, lang):
    w = c.w
    org = w.st(c.r(['cst', 'hemato', 'pbm']))
    h2, h1, ob = w.st('hemato2'), w.st('hemato'), w.st('obgyn')
    talks = [('%s %s' % (h2.dr, h2.full), 'Échanges érythrocytaires dans la drépanocytose', 'Red cell exchange in sickle cell disease'),
             ('%s %s' % (h1.dr, h1.full), 'TACO : reconnaître et prévenir', 'TACO: recognition and prevention'),
             ('%s, inf.' % w.st('pbm').full, 'Clinique d\'anémie préopératoire : 2 ans de données', 'Pre-op anaemia clinic: two years of data'),
             ('%s %s' % (ob.dr, ob.full), 'Hémorragie du post-partum et fibrinogène', 'Postpartum haemorrhage and fibrinogen'),
             ('%s, T.M.' % w.st('chieftech').full, 'Anticorps anti-CD38 et interférences', 'Anti-CD38 interference in pre-transfusion testing')]
    c.rng.shuffle(talks)
    d = c.later(20, 80)
    if lang == 'fr':
        prog = ['%dh%02d  %s — %s' % (8 + i, 30 if i % 2 else 0, t[0], t[1]) for i, t in enumerate(talks[:4])]
        body = [greet(c, 'fr'), '', 'Voici le programme de la Journée régionale de médecine transfusionnelle du %s (Centre des congrès de Val-des-Brumes) :' % fmt_date(d, 'long', 'fr'), ''] + prog + \
               ['', 'Inscription gratuite pour le personnel du CISSS; 6 heures de formation reconnues.', '', signature(c, org, 'fr')]
        subj = c.r(['Programme – Journée de médecine transfusionnelle', 'Invitation : journée régionale', 'Save the date – médecine transfusionnelle'])
    else:
        prog = ['%d:%02d  %s — %s' % (8 + i, 30 if i % 2 else 0, t[0].replace('Dre ', 'Dr. ').replace('Dr ', 'Dr. ').replace('inf.', 'RN'), t[2]) for i, t in enumerate(talks[:4])]
        body = [greet(c, 'en'), '', 'Programme for the Regional Transfusion Medicine Day on %s:' % fmt_date(d, 'long', 'en'), ''] + prog + ['', 'Free registration; 6 CE hours.', '', signature(c, org, 'en')]
        subj = c.r(['Programme – Transfusion Medicine Day', 'Save the date'])
    return spec(c, lang, org, [('Liste de diffusion médecine transfusionnelle', 'mt-liste@cisss-hr.example')], subj, '\n'.join(body), [],
                'conference programme: speakers and disease topics')


# --------------------------------------------------------------------------- 21. hemovigilance newsletter
def newsletter(c, lang):
    w = c.w
    cst = w.st('cst')
    q = c.rng.randint(1, 4)
    n_tx = c.rng.randint(1800, 3200)
    nr = c.rng.randint(6, 25)
    if lang == 'fr':
        text = ['INFO-HÉMOVIGILANCE — Bulletin no %d, trimestre %d' % (c.rng.randint(20, 60), q), '',
                'Ce trimestre : %d produits transfusés, %d réactions déclarées (%s pour 1000).' % (n_tx, nr, str(round(nr * 1000 / n_tx, 1)).replace('.', ',')),
                'Répartition : fébriles non hémolytiques %d, allergiques %d, TACO %d, autres %d.' % (nr // 2, nr // 4, nr // 6, nr - nr // 2 - nr // 4 - nr // 6),
                '', 'LE SAVIEZ-VOUS? La surcharge volémique (TACO) touche surtout les patients âgés avec insuffisance cardiaque ou rénale. '
                'Transfusez un culot à la fois et réévaluez.', '',
                'CAS CLINIQUE ANONYMISÉ : un homme dans la soixantaine, admis pour pneumonie, a présenté une dyspnée 2 h après son deuxième culot... '
                'BNP élevé, réponse rapide au furosémide. Diagnostic : TACO.', '', 'Pour déclarer un événement : poste 4455.', '', cst.full]
        subj = c.r(['Info-Hémovigilance – T%d' % q, 'Bulletin d\'hémovigilance', 'Votre bulletin trimestriel'])
    else:
        text = ['HEMOVIGILANCE NEWS — Issue %d, Q%d' % (c.rng.randint(20, 60), q), '', 'This quarter: %d components transfused, %d reactions reported.' % (n_tx, nr),
                'Febrile %d, allergic %d, TACO %d.' % (nr // 2, nr // 4, nr // 6), '', 'DID YOU KNOW? TACO mostly affects elderly patients with heart or kidney failure. Transfuse one unit at a time.',
                '', 'Anonymised case: a man in his sixties admitted for pneumonia developed dyspnoea 2 h after his second unit; BNP high; responded to furosemide.', '', cst.full]
        subj = c.r(['Hemovigilance News Q%d' % q, 'Quarterly hemovigilance bulletin'])
    return spec(c, lang, cst, [('Tout le personnel clinique', 'clinique-tous@%s' % HOSP['dom'])], subj, '\n'.join(text), [],
                'newsletter with aggregate stats and an anonymised vignette')


# --------------------------------------------------------------------------- 22. physician directory / on-call list
def physician_directory(c, lang):
    w = c.w
    sec = w.st('clerk')
    docs = [(w.staff['hemato'][0], 'hémoglobinopathies et drépanocytose', 'haemoglobinopathies and sickle cell disease'),
            (w.staff['hemato'][1], 'hémophilie et troubles de la coagulation', 'haemophilia and bleeding disorders'),
            (w.staff['hemato2'][0], 'leucémies aiguës et greffe', 'acute leukaemia and transplant'),
            (w.staff['hemato2'][1], 'myélome multiple et lymphomes', 'myeloma and lymphoma'),
            (w.staff['hemato'][2], 'thrombocytopénie immune, PTT', 'ITP and TTP')]
    if lang == 'fr':
        lines = ['- %s %s : %s — poste %d' % (d.dr, d.full, f, c.rng.randint(4000, 4999)) for d, f, _ in docs]
        body = [greet(c, 'fr'), '', 'Mise à jour du bottin des hématologues et de leurs champs de pratique :', ''] + lines + \
               ['', 'Garde de fin de semaine : %s (téléavertisseur 555-0177).' % (lambda d: d.dr + ' ' + d.full)(c.r(docs)[0]), '', signature(c, sec, 'fr')]
        subj = c.r(['Bottin des hématologues', 'Liste de garde – hématologie', 'Qui appeler en hématologie'])
    else:
        lines = ['- Dr. %s: %s — ext. %d' % (d.full, e, c.rng.randint(4000, 4999)) for d, _, e in docs]
        body = [greet(c, 'en'), '', 'Updated haematology directory:', ''] + lines + ['', 'Weekend on-call: Dr. %s (pager 555-0177).' % c.r(docs)[0].full, '', signature(c, sec, 'en')]
        subj = c.r(['Haematology directory', 'Who to call – haematology'])
    return spec(c, lang, sec, [('Urgence et unités de soins', 'unites-soins@%s' % HOSP['dom'])], subj, '\n'.join(body), [],
                'physicians listed with the diseases they treat')


# --------------------------------------------------------------------------- 23. social committee / staff blood drive
def social(c, lang):
    w = c.w
    snd = w.st(c.r(['clerk', 'tech', 'nurse']))
    scen = c.rng.randint(0, 2)
    d = c.later(5, 30)
    ret = w.st('tech')
    if lang == 'fr':
        if scen == 0:
            body = [greet(c, 'fr'), '', 'Collecte de sang Héma-Québec pour les employés le %s à la cafétéria, de 10h à 19h.' % fmt_date(d, 'long', 'fr'),
                    'L\'an dernier, %d employés ont donné. Objectif cette année : %d donneurs!' % (c.rng.randint(30, 70), c.rng.randint(75, 110)), 'Prenez rendez-vous au 1 800 555-0199.']
            subj = 'Collecte de sang des employés'
        elif scen == 1:
            body = [greet(c, 'fr'), '', 'Party de retraite de %s, après %d ans à la banque de sang! %s, au %s.' % (ret.full, c.rng.randint(20, 38), fmt_date(d, 'long', 'fr'), c.r(['Bistro du Lac', 'Resto Le Moulin'])),
                    'Contribution pour le cadeau : 10 $ à remettre à %s.' % snd.given]
            subj = 'Retraite de %s' % ret.given
        else:
            body = [greet(c, 'fr'), '', 'Dîner de Noël du laboratoire le %s. Échange de cadeaux de 20 $. Inscrivez-vous sur la feuille au babillard.' % fmt_date(d, 'long', 'fr')]
            subj = 'Dîner des Fêtes – labo'
        body += ['', signature(c, snd, 'fr', 'short')]
    else:
        if scen == 0:
            body = [greet(c, 'en'), '', 'Staff blood drive on %s in the cafeteria, 10 am to 7 pm. Goal: %d donors!' % (fmt_date(d, 'long', 'en'), c.rng.randint(75, 110))]
            subj = 'Staff blood drive'
        elif scen == 1:
            body = [greet(c, 'en'), '', 'Retirement party for %s after %d years in the blood bank! %s.' % (ret.full, c.rng.randint(20, 38), fmt_date(d, 'long', 'en'))]
            subj = 'Retirement – %s' % ret.given
        else:
            body = [greet(c, 'en'), '', 'Lab holiday lunch on %s. $20 gift exchange.' % fmt_date(d, 'long', 'en')]
            subj = 'Holiday lunch'
        body += ['', signature(c, snd, 'en', 'short')]
    return spec(c, lang, snd, [('Laboratoires – tous', 'labo-tous@%s' % HOSP['dom'])], subj, '\n'.join(body), [], 'social committee / staff event')


# --------------------------------------------------------------------------- 24. meeting invitation (ICS)
def meeting_ics(c, lang):
    w = c.w
    org = w.st(c.r(['cst', 'manager', 'pbm', 'chieftech']))
    att = [w.st('hemato'), w.st('chieftech'), w.st('pharm')]
    d = c.later(3, 30)
    start = datetime.datetime(d.year, d.month, d.day, c.r([8, 12, 13, 15]), 0)
    end = start + datetime.timedelta(hours=1)
    topic = c.r([('Revue des événements indésirables transfusionnels (anonymisés)', 'Transfusion adverse event review (de-identified)'),
                 ('Comité GSP – indicateurs', 'PBM committee – indicators'), ('Préparation visite Agrément Canada', 'Accreditation visit prep'),
                 ('Formation : nouvel automate IH-500', 'Training: new IH-500 analyser')])
    summ = topic[0] if lang == 'fr' else topic[1]
    ics = make_ics('mtg-%d-%d@hsbl' % (c.idx, c.rng.randint(0, 99999)), start, end, summ, 'Salle 2.104 / Teams',
                   'Ordre du jour à suivre.' if lang == 'fr' else 'Agenda to follow.', organizer=(org.full, org.email),
                   attendees=[(a.full, a.email) for a in att])
    subj = ('Invitation : %s' if lang == 'fr' else 'Invitation: %s') % summ
    body = '%s\n\n%s\n\n%s' % (greet(c, lang), 'Merci de confirmer votre présence.' if lang == 'fr' else 'Please confirm attendance.', signature(c, org, lang, 'short'))
    return spec(c, lang, org, att, subj, body, [], 'meeting invitation ICS',
                attachments=[dict(filename='invite.ics', ctype='text/calendar', text=ics, charset='utf-8', cte=c.r(['quoted-printable', 'base64']),
                                  disp=c.r(['attachment', 'inline']))])


BUILDERS = [
    ('staff_schedule', staff_schedule, 5, 0.6),
    ('hr_leave', hr_leave, 5, 0.6),
    ('occupational_health', occ_health, 5, 0.6),
    ('payroll', payroll, 5, 0.6),
    ('job_posting', job_posting, 5, 0.6),
    ('training', training, 5, 0.6),
    ('committee_notice', committee, 5, 0.6),
    ('conference_programme', conference, 5, 0.5),
    ('newsletter', newsletter, 5, 0.6),
    ('physician_directory', physician_directory, 5, 0.6),
    ('social_committee', social, 5, 0.6),
    ('meeting_ics', meeting_ics, 5, 0.5),
]
