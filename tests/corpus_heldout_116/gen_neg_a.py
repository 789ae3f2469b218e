"""Negative messages, part A: HR, schedules, staff matters, committees, job postings."""
import datetime
import gen_people as P
import gen_attach as A
from gen_common import to_html, html_table, text_table

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _team(m):
    return ('Équipe %s' % m.clinic['short'] if m.lang == 'fr' else '%s team' % m.clinic['short'],
            'equipe-%s@%s' % (m.clinic['key'], P.DOMAIN))


def n_staff_schedule(m):
    r = m.rng
    st = m.staff(['director', 'operations', 'administrative'])
    week = m.later(3, 10).date()
    week -= datetime.timedelta(days=week.weekday())
    days = [week + datetime.timedelta(days=i) for i in range(5)]
    rows = [[m.fr('Thérapeute', 'Therapist')] + [P.long_date(d, m.lang).split(' ')[0] + ' %d' % d.day for d in days]]
    staff = [s for s in P.STAFF if s[3] in ('physiotherapist', 'occupational therapist', 'kinesiologist', 'physical rehabilitation therapist')]
    for s in r.sample(staff, 6):
        rows.append(['%s %s' % s[:2]] + [r.choice(['8h-16h', '12h-20h', '7h30-15h30', m.fr('congé', 'off'), '9h-17h',
                                                     m.fr('clinique LCA', 'ACL clinic'), m.fr('bloc commotions', 'concussion block'),
                                                     m.fr('CNESST PM', 'WSIB files PM')]) for _ in days])
    txt = [m.greet(), '', m.fr('Voici l\'horaire de la semaine du %s. Les plages « clinique LCA » et « bloc commotions » restent réservées aux évaluations de groupe.',
                               'Here is the schedule for the week of %s. The "ACL clinic" and "concussion block" slots stay reserved for group assessments.')
           % m.date(week, False), m.fr('Merci de me signaler tout conflit d\'ici jeudi.', 'Let me know of any conflicts by Thursday.'), '', m.close(), m.sig(st)]
    if r.random() < 0.5:
        m.attach(r.choice(['horaire_sem_%s.xlsx' % week.strftime('%Y%m%d'), 'Horaire thérapeutes – semaine du %s.xlsx' % week.strftime('%d-%m')]), XLSX, A.xlsx_bytes([('Horaire', rows)]))
        m.body('\n'.join(txt))
    else:
        m.body('\n'.join(txt[:3]) + '\n\n' + text_table(rows) + '\n\n' + '\n'.join(txt[3:]),
               html=to_html('\n'.join(txt[:3]), r).replace('</body>', html_table(rows) + '<p>%s</p></body>' % st[0]))
    m.envelope(m.staff_addr(st), _team(m), m.fr('Horaire – semaine du %s', 'Schedule – week of %s') % m.date(week, False))
    return m.result('therapist weekly schedule')


def n_leave(m):
    r = m.rng
    st = m.staff()
    boss = P.STAFF[7] if r.random() < 0.5 else P.STAFF[16]
    a = m.later(10, 40).date()
    b = a + datetime.timedelta(days=r.randint(3, 14))
    reason = r.choice([m.fr('vacances', 'vacation'), m.fr('congé de perfectionnement (cours de thérapie manuelle niveau 3)', 'study leave (manual therapy level 3 course)'),
                       m.fr('congé parental (retour prévu en septembre)', 'parental leave (back in September)'), m.fr('déménagement', 'moving')])
    if r.random() < 0.5:
        txt = [m.greet(boss[0]), '', m.fr('Je voudrais demander un congé du %s au %s (%s). Mes patients seront répartis entre %s et %s.',
                                         'I would like to request leave from %s to %s (%s). My caseload will be split between %s and %s.')
               % ((m.date(a, False), m.date(b, False), reason) + tuple(x[0] for x in r.sample([s for s in P.STAFF[:9] if s != st], 2))), '', m.close(), st[0]]
        m.envelope(m.staff_addr(st), m.staff_addr(boss), m.fr('Demande de congé', 'Leave request'))
    else:
        txt = [m.greet(st[0]), '', m.fr('Ton congé du %s au %s est approuvé. N\'oublie pas de bloquer ton agenda dans le DME.',
                                        'Your leave from %s to %s is approved. Please block your calendar in the EMR.') % (m.date(a, False), m.date(b, False)),
               '', boss[0]]
        m.envelope(m.staff_addr(boss), m.staff_addr(st), m.fr('Congé approuvé', 'Leave approved'), reply=True)
    m.body('\n'.join(txt))
    return m.result('staff leave request / approval')


def n_staff_injury(m):
    """Employee occupational health: HR matter, not a patient."""
    r = m.rng
    st = m.staff(['physio', 'kinesio', 'receptionist', 'technician'])
    hr = P.STAFF[18]
    cond = r.choice([m.fr('entorse lombaire', 'lumbar strain'), m.fr('tendinite à l\'épaule', 'shoulder tendinitis'),
                     m.fr('blessure au poignet', 'wrist injury')])
    start = m.later(3, 10).date()
    txt = [m.greet(m.fr('l\'équipe de gestion', 'managers')) if r.random() < 0.3 else m.greet(P.STAFF[7][0]), '',
           m.fr('Pour la planification : %s %s (%s) reprend le travail en retour progressif à compter du %s, à la suite de sa %s. '
                'Horaire : 3 jours/semaine, pas de transferts de patients lourds pendant 4 semaines.',
                'For planning: %s %s (%s) returns on a graded schedule from %s after a %s. '
                'Schedule: 3 days/week, no heavy patient transfers for 4 weeks.') % (st[0], st[1], st[2] if m.lang == 'fr' else st[3], m.date(start, False), cond),
           m.fr('Le formulaire d\'assignation temporaire est au dossier d\'employé(e). Merci de ne pas diffuser davantage.',
                'The temporary assignment form is in the employee file. Please do not forward further.'), '', m.close(), m.sig(hr)]
    m.envelope(m.staff_addr(hr), m.staff_addr(P.STAFF[7]), m.fr('Retour progressif – employé(e)', 'Graded return – staff member'),
               cc=m.staff_addr(P.STAFF[16]))
    m.body('\n'.join(txt))
    return m.result('HR: staff member graded return to work (employee occupational health)')


def n_payroll(m):
    r = m.rng
    acc = P.STAFF[19]
    topic = r.choice(['t4', 'cutoff', 'rates', 'deposit'])
    if topic == 't4':
        txt = [m.greet(), '', m.fr('Les feuillets T4 et Relevé 1 de 2024 seront disponibles dans le portail employé le 26 février. '
                                   'Vérifiez que votre adresse postale est à jour.', 'Your 2024 T4 and RL-1 slips will be available in the employee portal on February 26. '
                                   'Please make sure your mailing address is current.')]
        subj = m.fr('Feuillets fiscaux 2024', '2024 tax slips')
    elif topic == 'cutoff':
        d = m.later(2, 6).date()
        txt = [m.greet(), '', m.fr('Rappel : les feuilles de temps doivent être approuvées avant %s midi pour la paie du %s.',
                                   'Reminder: timesheets must be approved before noon on %s for the %s payroll.') % (P.long_date(d, m.lang), m.date(d + datetime.timedelta(days=5), False))]
        subj = m.fr('Paie – date limite', 'Payroll cut-off')
    elif topic == 'rates':
        txt = [m.greet(), '', m.fr('Les nouvelles échelles salariales (indexation de 3,2 %) entrent en vigueur à la période de paie 2025-01.',
                                   'The new salary scales (3.2% indexation) take effect with pay period 2025-01.'),
               m.fr('Physiothérapeutes : échelons 1 à 12 ; TRP : échelons 1 à 10 ; kinésiologues : échelons 1 à 8.',
                    'Physiotherapists: steps 1-12; PRTs: steps 1-10; kinesiologists: steps 1-8.')]
        subj = m.fr('Indexation 2025', '2025 salary indexation')
    else:
        txt = [m.greet(), '', m.fr('Le dépôt de paie du 15 sera effectué un jour plus tard en raison d\'un problème chez notre fournisseur. Désolé !',
                                   'The pay deposit for the 15th will arrive one day late due to a provider issue. Sorry!')]
        subj = m.fr('Retard dépôt de paie', 'Pay deposit delay')
    txt += ['', m.close(), m.sig(acc)]
    m.envelope(m.staff_addr(acc), ('Tout le personnel' if m.lang == 'fr' else 'All staff', 'personnel@' + P.DOMAIN), subj)
    m.body('\n'.join(txt))
    return m.result('payroll notice')


def n_job_posting(m):
    r = m.rng
    hr = P.STAFF[18]
    role = r.choice([('Physiothérapeute', 'Physiotherapist'), ('Ergothérapeute – réadaptation au travail', 'Occupational therapist – work rehab'),
                     ('Kinésiologue', 'Kinesiologist'), ('Orthésiste', 'Orthotist'), ('Réceptionniste', 'Receptionist')])
    title = role[0] if m.lang == 'fr' else role[1]
    txt = [('OFFRE D\'EMPLOI – %s' if m.lang == 'fr' else 'JOB POSTING – %s') % title.upper(), '',
           m.fr('%s recrute pour sa clinique de %s. Poste permanent, 32 à 40 h/semaine.', '%s is hiring for its %s clinic. Permanent, 32-40 h/week.')
           % (P.ORG if m.lang == 'fr' else P.ORG_EN, m.clinic['short']),
           m.fr('Clientèle variée : blessures sportives, post-chirurgie (LCA, PTG, coiffe), dossiers CNESST et SAAQ, commotions cérébrales.',
                'Varied caseload: sports injuries, post-surgical (ACL, TKA, rotator cuff), work-injury and auto insurance files, concussions.'),
           m.fr('Exigences : membre en règle de l\'ordre professionnel ; bilinguisme un atout.', 'Requirements: licensed with the regulatory college; bilingual an asset.'),
           m.fr('Salaire : 42 $ à 58 $/h selon l\'expérience, 5 jours de formation payés.', 'Salary: $42-58/h depending on experience, 5 paid training days.'),
           '', m.fr('Envoyez votre CV à carrieres@%s avant le %s.', 'Send your CV to careers@%s before %s.') % (P.DOMAIN, m.date(m.later(14, 30).date(), False)),
           '', m.sig(hr, 'full')]
    to = r.choice([('Babillard emplois', 'emplois@association-physio-fictive.example'), ('Tout le personnel', 'personnel@' + P.DOMAIN)])
    m.envelope(m.staff_addr(hr), to, ('Affichage : %s' if m.lang == 'fr' else 'Posting: %s') % title)
    m.body('\n'.join(txt))
    if r.random() < 0.4:
        m.attach(('affichage_%s.pdf' % P.strip_accents_login(role[0].split()[0])), 'application/pdf', A.pdf(txt[:8], letterhead=[P.ORG, m.clinic['street'], m.clinic['city']]))
    return m.result('job posting')


def n_training(m):
    r = m.rng
    st = P.STAFF[7]
    topic = r.choice([(m.fr('Rééducation vestibulaire post-commotion', 'Vestibular rehab after concussion'), 'Dre Ingrid Fontaine, physiatre'),
                      (m.fr('Critères de retour au sport après reconstruction du LCA', 'Return-to-sport criteria after ACL reconstruction'), 'Dr Alain Rousseau'),
                      (m.fr('Gestion de la douleur persistante et des dossiers CNESST', 'Persistent pain and work-injury files'), 'Nadia Benali, pht'),
                      (m.fr('Orthèses plantaires : fasciite plantaire et pied diabétique', 'Foot orthoses: plantar fasciitis and the diabetic foot'), 'Pascal Robitaille, orthésiste')])
    d = m.later(7, 30)
    txt = [m.greet(), '', m.fr('Formation interne : « %s », présentée par %s, le %s de 12 h à 13 h (salle de conférence, Laval + Teams).',
                               'In-house training: "%s", presented by %s, on %s from 12 to 1 pm (boardroom, Laval + Teams).') % (topic[0], topic[1], P.long_date(d.date(), m.lang)),
           m.fr('Cette activité donne 1 heure de formation continue reconnue. Dîner fourni.', 'This counts for 1 hour of continuing education. Lunch provided.'), '',
           m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Cliniciens' if m.lang == 'fr' else 'Clinicians', 'cliniciens@' + P.DOMAIN), m.fr('Formation : %s', 'Training: %s') % topic[0])
    m.body('\n'.join(txt))
    return m.result('in-house continuing education notice')


def n_committee(m):
    r = m.rng
    st = r.choice([P.STAFF[16], P.STAFF[7], P.STAFF[18]])
    kind = r.choice([(m.fr('Comité qualité et sécurité des usagers', 'Quality and patient safety committee'),
                      [m.fr('Suivi des déclarations d\'incidents du trimestre (4 chutes, 0 brûlure)', 'Quarterly incident reports (4 falls, 0 burns)'),
                       m.fr('Audit de tenue de dossiers : résultats agrégés', 'Chart audit: aggregate results'),
                       m.fr('Révision de la procédure de désinfection des tables', 'Table disinfection procedure review')]),
                     (m.fr('Comité de santé et sécurité du travail', 'Occupational health and safety committee'),
                      [m.fr('Inspection des postes de travail à la réception', 'Front desk workstation inspection'),
                       m.fr('Formation PDSB pour les nouveaux employés', 'Safe patient handling training for new hires'),
                       m.fr('Registre des premiers soins', 'First-aid log')]),
                     (m.fr('Comité de prévention des infections', 'Infection prevention committee'),
                      [m.fr('Campagne de vaccination influenza/COVID du personnel', 'Staff flu/COVID vaccination campaign'),
                       m.fr('Nettoyage des bassins d\'hydrothérapie', 'Hydrotherapy tank cleaning'),
                       m.fr('Port du masque en période de pointe respiratoire', 'Masking during respiratory season')])])
    d = m.later(5, 20)
    agenda = ['%d. %s' % (i + 1, a) for i, a in enumerate(kind[1])]
    txt = [m.greet(), '', m.fr('Convocation – %s, %s à %s, salle Boréale.', 'Notice – %s, %s at %s, Boreal room.') % (kind[0], P.long_date(d.date(), m.lang), d.strftime('%H:%M')),
           '', m.fr('Ordre du jour :', 'Agenda:')] + agenda + ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Membres du comité' if m.lang == 'fr' else 'Committee members', 'comite@' + P.DOMAIN), m.fr('Convocation : ', 'Meeting notice: ') + kind[0])
    m.body('\n'.join(txt))
    if r.random() < 0.4:
        m.attach(m.fr('Ordre du jour – %s.docx' % kind[0], 'Agenda – %s.docx' % kind[0]), DOCX, A.docx_bytes(agenda, title=kind[0]))
    return m.result('committee meeting notice')


def n_onboarding(m):
    r = m.rng
    newbie = r.choice([('Laurence', 'Desrochers', 'physiothérapeute', 'physiotherapist'), ('Tariq', 'Mansour', 'kinésiologue', 'kinesiologist'),
                       ('Élodie', 'Brisebois', 'ergothérapeute', 'occupational therapist')])
    st = P.STAFF[7]
    txt = [m.greet(), '', m.fr('Souhaitons la bienvenue à %s %s, %s, qui se joint à l\'équipe de %s lundi. %s a travaillé 5 ans en orthopédie et s\'intéresse particulièrement aux commotions et aux blessures de course.',
                               'Please welcome %s %s, %s, who joins the %s team on Monday. %s spent 5 years in orthopaedics and has a special interest in concussions and running injuries.')
           % (newbie[0], newbie[1], newbie[2] if m.lang == 'fr' else newbie[3], m.clinic['short'], newbie[0]),
           m.fr('Son accès au DME et au VPN est en cours de création.', 'EMR and VPN access are being set up.'), '', m.close(), st[0]]
    m.envelope(m.staff_addr(st), _team(m), m.fr('Bienvenue à %s', 'Welcome %s') % newbie[0])
    m.body('\n'.join(txt))
    return m.result('new employee welcome')


def n_team_social(m):
    r = m.rng
    st = m.staff()
    ev = r.choice([(m.fr('Party des fêtes', 'Holiday party'), m.fr('le vendredi 13 décembre à 18 h au Bistro du Quai', 'Friday, December 13 at 6 pm at Bistro du Quai')),
                   (m.fr('Dîner-partage', 'Potluck lunch'), m.fr('jeudi midi dans la salle du personnel', 'Thursday noon in the staff room')),
                   (m.fr('Bonne fête à Kevin !', 'Happy birthday Kevin!'), m.fr('gâteau à 15 h à la cuisine', 'cake at 3 pm in the kitchen')),
                   (m.fr('Course 5 km de l\'équipe', 'Team 5K run'), m.fr('dimanche matin, départ du parc des Prairies', 'Sunday morning from the park'))])
    txt = [m.greet(), '', '%s : %s.' % ev, r.choice([m.fr('Inscrivez-vous dans le fichier partagé.', 'Sign up in the shared sheet.'),
                                                   m.fr('Apportez vos souliers ! 🏃', 'Bring your sneakers! 🏃'), '']), '', st[0]]
    m.envelope(m.staff_addr(st), _team(m), ev[0])
    m.body('\n'.join(txt))
    return m.result('team social event')
