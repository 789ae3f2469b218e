"""Negative templates, part A: staff, HR, schedules, payroll, occupational health, staff news."""
import datetime as dt

from gen_common import L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, thanks, greet, DAYS_FR, DAYS_EN
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics
from gen_mime import html_table


def _team(ctx, lang, n, roles=('audio', 'ci_audio', 'orl', 'otol', 'nurse', 'physio', 'speech', 'clerk')):
    out, seen = [], set()
    while len(out) < n:
        s = ctx.staff(lang, ctx.pick(list(roles)))
        if s['name'] not in seen:
            seen.add(s['name'])
            out.append(s)
    return out


def n_schedule(ctx, lang):
    rng = ctx.rng
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    team = _team(ctx, lang, rng.randint(5, 8), ('audio', 'ci_audio', 'physio', 'speech'))
    wk = ctx.later(5, 20)
    wk = wk - dt.timedelta(days=wk.weekday())
    clinics = [L(lang, 'Vestibulaire', 'Vestibular'), L(lang, 'IC – programmation', 'CI mapping'), L(lang, 'Pédiatrie', 'Paediatrics'),
               L(lang, 'Adultes – évaluations', 'Adult assessments'), L(lang, 'ATT / tympano', 'Tubes / tympanometry'),
               L(lang, 'Congé', 'Off'), L(lang, 'Formation', 'Training'), L(lang, 'Dépistage néonatal', 'Newborn screening')]
    days = DAYS_FR[:5] if lang == 'fr' else DAYS_EN[:5]
    rows = [[L(lang, 'Professionnel(le)', 'Clinician')] + ['%s %d' % (d[:3], (wk + dt.timedelta(days=i)).day) for i, d in enumerate(days)]]
    for s in team:
        rows.append([s['name']] + [ctx.pick(clinics) for _ in days])
    spec = Spec('staff_schedule', lang, mgr, team, '', '')
    spec.subject = ctx.pick([L(lang, 'Horaire semaine du %s' % d_long(wk, 'fr'), 'Schedule - week of %s' % d_long(wk, 'en')),
                             L(lang, 'Horaire audiologie – version finale', 'Audiology rota - final version'),
                             L(lang, 'Modification d\'horaire', 'Schedule change')])
    intro = [greet(rng, lang),
             L(lang, 'Voici l\'horaire de la semaine du %s. %s remplace %s à la clinique vestibulaire mardi (formation).'
               % (d_long(wk, 'fr'), team[0]['name'], team[1]['name']),
               'Here is the rota for the week of %s. %s is covering the vestibular clinic for %s on Tuesday (training).'
               % (d_long(wk, 'en'), team[0]['name'], team[1]['name']))]
    mode = ctx.pick(['xlsx', 'html', 'text'])
    if mode == 'xlsx':
        spec.atts = [Att(L(lang, 'horaire_', 'rota_') + d_iso(wk) + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         make_xlsx([(L(lang, 'Horaire', 'Rota'), rows)], author=mgr['name']), 'xlsx')]
        spec.text = '\n'.join(intro + ['', ctx.sig(mgr, lang)])
    elif mode == 'html':
        spec.text = '\n'.join(intro + [''] + [' | '.join(r) for r in rows] + ['', ctx.sig(mgr, lang)])
        spec.html = '<p>%s</p><p>%s</p>%s<p>%s</p>' % (intro[0], intro[1], html_table(rows), ctx.sig(mgr, lang, short=True).replace('\n', '<br>'))
    else:
        spec.text = '\n'.join(intro + [''] + ['%-26s %s' % (r[0], ' / '.join(r[1:])) for r in rows[1:]] + ['', ctx.sig(mgr, lang)])
    spec.note = L(lang, 'horaire hebdomadaire du personnel', 'weekly staff schedule')
    return spec


def n_leave(ctx, lang):
    rng = ctx.rng
    emp = ctx.staff(lang, ctx.pick(['audio', 'nurse', 'clerk', 'physio']))
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    a = ctx.later(10, 60)
    b = a + dt.timedelta(days=rng.choice([4, 11, 18]))
    k = ctx.pick(['vac', 'sick', 'approve', 'parental'])
    if k == 'vac':
        spec = Spec('leave_request', lang, emp, [mgr], L(lang, 'Demande de vacances', 'Vacation request'), '')
        spec.text = '\n'.join([greet(rng, lang, mgr['given']), '',
                               L(lang, 'J\'aimerais prendre mes vacances du %s au %s inclusivement. %s a accepté de couvrir mes '
                                       'évaluations pédiatriques du mardi.' % (d_long(a, 'fr'), d_long(b, 'fr'), ctx.staff(lang, 'audio')['name']),
                                 'I would like to take vacation from %s to %s inclusive. %s agreed to cover my Tuesday paediatric '
                                 'assessments.' % (d_long(a, 'en'), d_long(b, 'en'), ctx.staff(lang, 'audio')['name'])),
                               '', thanks(rng, lang), emp['given']])
    elif k == 'sick':
        spec = Spec('leave_request', lang, emp, [mgr], L(lang, 'Absence – chirurgie', 'Absence - surgery'), '')
        spec.text = '\n'.join([greet(rng, lang, mgr['given']), '',
                               L(lang, 'Je t\'informe que je serai en arrêt de travail à partir du %s pour une chirurgie (retour prévu '
                                       'vers le %s). Le billet médical suivra au service de santé.' % (d_long(a, 'fr'), d_long(b, 'fr')),
                                 'Letting you know I will be off from %s for surgery (expected back around %s). The medical note will go '
                                 'to Occupational Health.' % (d_long(a, 'en'), d_long(b, 'en'))),
                               '', emp['given']])
    elif k == 'approve':
        spec = Spec('leave_request', lang, mgr, [emp], L(lang, 'RE: Demande de congé – approuvée', 'RE: Leave request - approved'), '')
        spec.text = '\n'.join([greet(rng, lang, emp['given']), '',
                               L(lang, 'Ta demande de congé du %s au %s est approuvée dans Logibec. Pense à bloquer ton agenda clinique.'
                                 % (d_long(a, 'fr'), d_long(b, 'fr')),
                                 'Your leave from %s to %s is approved in the HR system. Please block your clinic template.'
                                 % (d_long(a, 'en'), d_long(b, 'en'))),
                               '', ctx.sig(mgr, lang)])
        spec.flags.append('reply')
    else:
        hr = ctx.staff(lang, 'hr', 'hr_' + lang)
        spec = Spec('leave_request', lang, hr, [emp], L(lang, 'Congé parental – documents requis', 'Parental leave - documents needed'), '')
        spec.text = '\n'.join([greet(rng, lang, emp['given']), '',
                               L(lang, 'Pour compléter ton dossier de congé parental (début prévu le %s), il nous manque le relevé '
                                       'd\'emploi signé et le formulaire RQAP. Ton numéro d\'employé : %d.' % (d_long(a, 'fr'), rng.randint(100000, 999999)),
                                 'To complete your parental leave file (starting %s) we still need the signed record of employment and '
                                 'the benefits form. Your employee number: %d.' % (d_long(a, 'en'), rng.randint(100000, 999999))),
                               '', ctx.sig(hr, lang, unit=L(lang, 'Direction des ressources humaines', 'Human Resources'))])
    spec.note = L(lang, 'demande ou approbation de congé d\'un employé', 'employee leave request or approval')
    return spec


def n_payroll(ctx, lang):
    rng = ctx.rng
    pay = {'name': L(lang, 'Service de la paie', 'Payroll Services'), 'email': 'paie@hauteriviere.example'}
    emp = ctx.staff(lang, ctx.pick(['audio', 'nurse', 'clerk', 'ci_audio', 'speech']))
    per = rng.randint(1, 26)
    k = ctx.pick(['stub', 'ot', 'bulk', 't4'])
    spec = Spec('payroll', lang, pay, [emp], '', '')
    if k == 'stub':
        spec.subject = L(lang, 'Correction – période de paie %d' % per, 'Correction - pay period %d' % per)
        spec.text = '\n'.join([greet(rng, lang, emp['given']), '',
                               L(lang, 'Suite à votre demande, la prime de soir pour les cliniques de programmation IC du jeudi '
                                       '(6,5 h) sera versée sur la paie du %s. Matricule : %d.' % (d_long(ctx.later(5, 14), 'fr'), rng.randint(10000, 99999)),
                                 'Following your request, the evening premium for the Thursday CI mapping clinics (6.5 h) will be paid '
                                 'on %s. Employee ID: %d.' % (d_long(ctx.later(5, 14), 'en'), rng.randint(10000, 99999))),
                               '', L(lang, 'Service de la paie – poste 4410', 'Payroll Services - ext. 4410')])
    elif k == 'ot':
        mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
        spec.sender, spec.to = mgr, [pay]
        team = _team(ctx, lang, 4, ('audio', 'ci_audio', 'clerk'))
        rows = [[L(lang, 'Employé', 'Employee'), L(lang, 'Matricule', 'ID'), L(lang, 'Heures sup.', 'OT hours'), L(lang, 'Motif', 'Reason')]]
        for s in team:
            rows.append([s['name'], str(rng.randint(10000, 99999)), str(rng.choice([1.5, 2, 3.5, 4, 7.25])),
                         ctx.pick([L(lang, 'clinique du samedi', 'Saturday clinic'), L(lang, 'rattrapage liste d\'attente', 'waitlist catch-up')])])
        spec.subject = L(lang, 'Heures supplémentaires – période %d' % per, 'Overtime - period %d' % per)
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Voici les heures supplémentaires autorisées :', 'Authorised overtime below:'), ''] +
                              ['\t'.join(r) for r in rows] + ['', ctx.sig(mgr, lang)])
        if ctx.chance(0.5):
            a = Att('heures_sup_P%02d.csv' % per if lang == 'fr' else 'overtime_P%02d.csv' % per, 'text/csv',
                    make_csv(rows, ';' if lang == 'fr' else ','), 'csv')
            a.charset = 'utf-8'
            spec.atts = [a]
    elif k == 'bulk':
        spec.to = [{'name': L(lang, 'Tout le personnel – Audiologie', 'All staff - Audiology'), 'email': 'audiologie-tous@hauteriviere.example'}]
        spec.subject = L(lang, 'Rappel : relevés de paie électroniques', 'Reminder: electronic pay statements')
        spec.text = '\n'.join([greet(rng, lang),
                               L(lang, 'À compter de la période %d, les talons de paie ne seront plus imprimés. Consultez-les dans '
                                       'le portail employé. Pour toute question : 819 555-0144.' % per,
                                 'Starting pay period %d, pay stubs will no longer be printed. Please use the employee portal. '
                                 'Questions: 819 555-0144.' % per), '', L(lang, 'Service de la paie', 'Payroll Services')])
    else:
        spec.subject = L(lang, 'Vos feuillets fiscaux sont disponibles', 'Your tax slips are available')
        spec.text = '\n'.join([greet(rng, lang, emp['given']),
                               L(lang, 'Vos relevés 1 et T4 pour l\'année %d sont disponibles dans le portail. '
                                       'Nous ne transmettons jamais votre NAS par courriel.' % (ctx.today.year - 1),
                                 'Your T4 and RL-1 slips for %d are available in the portal. We never send your SIN by e-mail.'
                                 % (ctx.today.year - 1)), '', L(lang, 'Service de la paie', 'Payroll Services')])
    spec.note = L(lang, 'courriel de la paie', 'payroll e-mail')
    return spec


def n_occ_health(ctx, lang):
    rng = ctx.rng
    sst = {'name': L(lang, 'Santé et sécurité au travail', 'Occupational Health & Safety'), 'email': 'sst@hauteriviere.example'}
    emp = ctx.staff(lang, ctx.pick(['biomed', 'clerk', 'nurse', 'audio']))
    k = ctx.pick(['audio', 'flu', 'fit', 'ergo'])
    spec = Spec('occupational_health', lang, sst, [emp], '', '')
    if k == 'audio':
        spec.subject = L(lang, 'Programme de conservation de l\'ouïe – votre résultat', 'Hearing conservation program - your result')
        spec.text = '\n'.join([greet(rng, lang, emp['given']), '',
                               L(lang, 'Dans le cadre du programme de conservation de l\'ouïe des employés de la buanderie et de la '
                                       'centrale thermique, votre audiogramme annuel montre une légère baisse à 4 kHz (25 dB). '
                                       'Aucune restriction; port des bouchons obligatoire en zone > 85 dBA.',
                                 'As part of the hearing conservation program for laundry and power-plant staff, your annual '
                                 'audiogram shows a slight dip at 4 kHz (25 dB). No restrictions; earplugs required in > 85 dBA areas.'),
                               '', L(lang, 'Infirmière en santé au travail, poste 2290', 'Occupational health nurse, ext. 2290')])
    elif k == 'flu':
        spec.to = [{'name': L(lang, 'Personnel – Direction des services multidisciplinaires', 'Staff - Multidisciplinary Services'),
                    'email': 'dsm-tous@hauteriviere.example'}]
        spec.subject = L(lang, 'Vaccination antigrippale des employés', 'Staff flu vaccination clinic')
        spec.text = '\n'.join([greet(rng, lang),
                               L(lang, 'La clinique de vaccination pour les employés aura lieu le %s de 7 h 30 à 15 h, salle 1-020. '
                                       'Apportez votre carte d\'employé.' % d_day(ctx.later(3, 15), 'fr'),
                                 'The staff flu clinic runs on %s, 7:30 AM to 3 PM, room 1-020. Bring your staff ID.' % d_day(ctx.later(3, 15), 'en')),
                               '', L(lang, 'Santé et sécurité au travail', 'Occupational Health & Safety')])
    elif k == 'fit':
        spec.subject = L(lang, 'Essai d\'ajustement N95 – rendez-vous', 'N95 fit test - appointment')
        spec.text = '\n'.join([greet(rng, lang, emp['given']),
                               L(lang, 'Votre essai d\'ajustement est prévu le %s à %s. Modèle actuel : 1870+ taille régulière.'
                                 % (d_long(ctx.later(2, 10), 'fr'), hhmm(rng, 'fr')),
                                 'Your fit test is booked on %s at %s. Current model: 1870+ regular.' % (d_long(ctx.later(2, 10), 'en'), hhmm(rng, 'en'))),
                               '', L(lang, 'SST', 'OHS')])
    else:
        spec.subject = L(lang, 'Évaluation ergonomique de votre poste', 'Ergonomic assessment of your workstation')
        spec.text = '\n'.join([greet(rng, lang, emp['given']),
                               L(lang, 'Suite à votre déclaration d\'inconfort au poignet, l\'ergonome passera à la cabine 3 le %s. '
                                       'Un support à clavier sera commandé.' % d_long(ctx.later(2, 10), 'fr'),
                                 'Following your report of wrist discomfort, the ergonomist will visit booth 3 on %s. '
                                 'A keyboard tray will be ordered.' % d_long(ctx.later(2, 10), 'en')),
                               '', L(lang, 'SST', 'OHS')])
    spec.note = L(lang, 'santé au travail d\'un employé', 'employee occupational health')
    return spec


def n_staff_news(ctx, lang):
    rng = ctx.rng
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    col = ctx.staff(lang, ctx.pick(['audio', 'ci_audio', 'nurse', 'otol']))
    k = ctx.pick(['baby', 'retire', 'bday', 'welcome'])
    spec = Spec('staff_news', lang, mgr, [{'name': L(lang, 'Équipe audiologie et ORL', 'Audiology & ENT team'),
                                           'email': 'equipe-orl@hauteriviere.example'}], '', '')
    if k == 'baby':
        born = ctx.earlier(1, 6)
        baby = ctx.pick(['Juliette', 'Léon', 'Margot', 'Arthur', 'Clara']) if lang == 'fr' else ctx.pick(['Isla', 'Theo', 'Hazel', 'Miles'])
        spec.subject = L(lang, 'Bienvenue bébé %s!' % baby, 'Welcome baby %s!' % baby)
        spec.text = '\n'.join([greet(rng, lang),
                               L(lang, 'Bonne nouvelle : notre collègue %s a accueilli %s, né%s le %s à 3,4 kg. Maman et bébé vont bien! '
                                       'Une carte circule au poste des infirmières.' % (col['name'], baby, '' if baby in ('Léon', 'Arthur') else 'e', d_long(born, 'fr')),
                                 'Great news: our colleague %s welcomed %s, born %s, 7 lb 8 oz. Everyone is doing well! '
                                 'A card is going around at the nursing station.' % (col['name'], baby, d_long(born, 'en'))),
                               '', mgr['given']])
    elif k == 'retire':
        spec.subject = L(lang, 'Départ à la retraite – %s' % col['title'], 'Retirement - %s' % col['title'])
        spec.text = '\n'.join([greet(rng, lang),
                               L(lang, 'Après 31 ans au service d\'ORL, %s prend sa retraite. Pionnier%s de la chirurgie du cholestéatome '
                                       'et de l\'implant cochléaire dans la région, %s a formé des dizaines de résidents. 5 à 7 le %s à la cafétéria.'
                                 % (col['title'], 'ère' if col['sex'] == 'F' else '', 'elle' if col['sex'] == 'F' else 'il', d_long(ctx.later(5, 20), 'fr')),
                                 'After 31 years in ENT, %s is retiring. A pioneer of cholesteatoma and cochlear implant surgery in the '
                                 'region, %s trained dozens of residents. Farewell gathering on %s in the cafeteria.'
                                 % (col['title'], 'she' if col['sex'] == 'F' else 'he', d_long(ctx.later(5, 20), 'en'))),
                               '', ctx.sig(mgr, lang)])
    elif k == 'bday':
        spec.subject = L(lang, 'Gâteau pour les anniversaires du mois', "This month's birthdays - cake!")
        names = _team(ctx, lang, 3)
        spec.text = '\n'.join([greet(rng, lang),
                               L(lang, 'On souligne vendredi les anniversaires de %s (le %d), %s et %s. Gâteau à 14 h 30 à la salle du personnel.'
                                 % (names[0]['name'], rng.randint(1, 28), names[1]['name'], names[2]['name']),
                                 "Friday we celebrate the birthdays of %s (on the %dth), %s and %s. Cake at 2:30 in the staff room."
                                 % (names[0]['name'], rng.randint(4, 20), names[1]['name'], names[2]['name'])), '', mgr['given']])
    else:
        spec.subject = L(lang, 'Bienvenue à %s' % col['name'], 'Please welcome %s' % col['name'])
        spec.text = '\n'.join([greet(rng, lang),
                               L(lang, '%s se joint à l\'équipe (%s). %s s\'intéresse particulièrement aux troubles vestibulaires '
                                       'pédiatriques et à la surdité unilatérale.' % (col['name'], col['role_label'], 'Elle' if col['sex'] == 'F' else 'Il'),
                                 '%s joins the team (%s). %s has a special interest in paediatric vestibular disorders and single-sided deafness.'
                                 % (col['name'], col['role_label'], 'She' if col['sex'] == 'F' else 'He')),
                               '', ctx.sig(mgr, lang)])
    spec.note = L(lang, 'nouvelle concernant le personnel', 'staff news')
    return spec


def n_candidate(ctx, lang):
    rng = ctx.rng
    hr = ctx.staff(lang, 'hr', 'hr_' + lang)
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    cand = ctx.staff(lang, ctx.pick(['audio', 'speech']))
    spec = Spec('job_candidate', lang, hr, [mgr], '', '')
    d = ctx.later(3, 14)
    spec.subject = L(lang, 'Entrevue – poste d\'audiologiste (candidat%s %s)' % ('e' if cand['sex'] == 'F' else '', cand['surname']),
                     'Interview - audiologist position (%s)' % cand['surname'])
    spec.text = '\n'.join([greet(rng, lang, mgr['given']), '',
                           L(lang, 'L\'entrevue avec %s est confirmée le %s à %s. CV et relevés de notes en pièce jointe. '
                                   'Maîtrise en audiologie (2023), stage en implant cochléaire.' % (cand['name'], d_long(d, 'fr'), hhmm(rng, 'fr')),
                             'The interview with %s is confirmed for %s at %s. CV and transcript attached. MSc Audiology (2023), '
                             'CI placement.' % (cand['name'], d_long(d, 'en'), hhmm(rng, 'en'))),
                           '', ctx.sig(hr, lang, unit=L(lang, 'Direction des ressources humaines', 'Human Resources'))])
    cv = make_docx('Curriculum vitae – %s' % cand['name'],
                   [L(lang, 'Formation : M. Sc. (A) Audiologie, Université de la Capitale, 2023',
                      'Education: MSc Audiology, Capital University, 2023'),
                    L(lang, 'Stages : implant cochléaire adulte; vestibulaire; dépistage néonatal',
                      'Placements: adult cochlear implants; vestibular; newborn screening'),
                    L(lang, 'Langues : français, anglais, LSQ (base)', 'Languages: English, French, ASL (basic)'),
                    L(lang, 'Téléphone : 514 555-0168', 'Phone: 514 555-0168')], author=cand['name'])
    spec.atts = [Att('CV_%s.docx' % cand['surname'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', cv, 'docx')]
    spec.note = L(lang, 'candidature à un poste', 'job candidate interview')
    return spec


def n_job_posting(ctx, lang):
    rng = ctx.rng
    hr = ctx.staff(lang, 'hr', 'hr_' + lang)
    spec = Spec('job_posting', lang, hr, [{'name': L(lang, 'Liste de diffusion – affichages', 'Job postings list'),
                                          'email': 'affichages@hauteriviere.example'}], '', '')
    job = ctx.pick([('Audiologiste – Programme d\'implant cochléaire (poste permanent, temps complet)', 'Audiologist - Cochlear Implant Program (permanent, full time)'),
                    ('Infirmière clinicienne – clinique d\'ORL', 'Clinical nurse - ENT clinic'),
                    ('Orthophoniste – réadaptation auditive pédiatrique', 'Speech-language pathologist - paediatric auditory rehab'),
                    ('Agente administrative classe 2 – audiologie', 'Administrative clerk - audiology')])
    no = 'AF-%d-%03d' % (ctx.today.year, rng.randint(1, 400))
    lines = [L(lang, 'Affichage ', 'Posting ') + no, job[0 if lang == 'fr' else 1], '',
             L(lang, 'Description : évaluation et programmation des implants cochléaires chez l\'enfant et l\'adulte, '
                     'participation au comité de candidature, suivi des usagers atteints de surdité sévère à profonde.',
               'Duties: assessment and programming of cochlear implants in children and adults, candidacy committee, '
               'follow-up of clients with severe-to-profound hearing loss.'),
             L(lang, 'Exigences : membre de l\'OOAQ, maîtrise en audiologie.', 'Requirements: registered audiologist, MSc Audiology.'),
             L(lang, 'Salaire : 31,08 $ à 55,94 $ / h selon l\'expérience.', 'Salary: $31.08 to $55.94 / h depending on experience.'),
             L(lang, 'Date limite : ', 'Closing date: ') + d_long(ctx.later(10, 25), lang),
             L(lang, 'Renseignements : 819 555-0126', 'Information: 819 555-0126')]
    spec.subject = L(lang, 'Affichage interne %s – %s' % (no, job[0].split(' –')[0]), 'Internal posting %s - %s' % (no, job[1].split(' -')[0]))
    spec.text = '\n'.join(lines + ['', ctx.sig(hr, lang, unit=L(lang, 'Dotation', 'Recruitment'))])
    if ctx.chance(0.4):
        spec.atts = [Att(L(lang, 'affichage_', 'posting_') + no + '.pdf', 'application/pdf', make_pdf(job[0 if lang == 'fr' else 1], lines, author=hr['name']), 'pdf')]
    spec.note = L(lang, 'affichage de poste', 'job posting')
    return spec


def n_students(ctx, lang):
    rng = ctx.rng
    coord = ctx.staff(lang, 'audio', 'stage_coord_' + lang)
    team = _team(ctx, lang, 3, ('audio', 'ci_audio'))
    spec = Spec('student_placement', lang, coord, team, '', '')
    studs = _team(ctx, lang, 2, ('speech', 'audio'))
    start = ctx.later(10, 40)
    spec.subject = L(lang, 'Stagiaires en audiologie – session d\'hiver', 'Audiology students - winter placement')
    rows = [[L(lang, 'Stagiaire', 'Student'), L(lang, 'Superviseur(e)', 'Supervisor'), L(lang, 'Secteur', 'Area'), L(lang, 'Début', 'Start')]]
    for s, sup in zip(studs, team):
        rows.append([s['name'], sup['name'], ctx.pick([L(lang, 'Vestibulaire', 'Vestibular'), L(lang, 'Implant cochléaire', 'Cochlear implant'), L(lang, 'Pédiatrie', 'Paediatrics')]), d_iso(start)])
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Voici le jumelage des stagiaires :', 'Student pairings:'), ''] +
                          [' – '.join(r) for r in rows[1:]] +
                          ['', L(lang, 'Merci de prévoir un poste de travail et un accès au dossier clinique (demande faite aux TI).',
                                 'Please plan a workstation; EHR access has been requested from IT.'), '', ctx.sig(coord, lang)])
    spec.html = '<p>%s</p>%s<p>%s</p>' % (L(lang, 'Voici le jumelage des stagiaires :', 'Student pairings:'), html_table(rows), coord['name'])
    spec.note = L(lang, 'jumelage de stagiaires', 'student placement pairings')
    return spec


def n_oncall(ctx, lang):
    rng = ctx.rng
    sec = ctx.staff(lang, 'clerk', 'ent_clerk_' + lang)
    docs = _team(ctx, lang, 4, ('orl', 'otol'))
    m = ctx.today.month % 12 + 1
    from gen_common import MONTHS_FR, MONTHS_EN
    spec = Spec('oncall', lang, sec, [{'name': L(lang, 'Urgence – coordination', 'ER coordination'), 'email': 'urgence.coord@hauteriviere.example'}], '', '')
    rows = [[L(lang, 'Semaine', 'Week'), L(lang, 'ORL de garde', 'ENT on call'), L(lang, 'Téléavertisseur', 'Pager')]]
    for i in range(4):
        rows.append([str(i + 1), docs[i]['title'], '819 555-01%02d' % rng.randint(10, 99)])
    spec.subject = L(lang, 'Garde ORL – %s' % MONTHS_FR[m - 1], 'ENT on-call - %s' % MONTHS_EN[m - 1])
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Calendrier de garde ORL du mois prochain :', "Next month's ENT on-call:"), ''] +
                          ['  '.join(r) for r in rows] +
                          ['', L(lang, 'Pour les épistaxis postérieures et les corps étrangers de l\'oreille chez l\'enfant, contacter directement l\'ORL de garde.',
                                 'For posterior epistaxis and paediatric ear foreign bodies, page the ENT on call directly.'),
                           '', ctx.sig(sec, lang)])
    spec.note = L(lang, 'calendrier de garde des médecins', 'physician on-call calendar')
    return spec
