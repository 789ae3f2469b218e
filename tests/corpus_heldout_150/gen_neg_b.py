"""Negative scenarios, part B: staff matters (schedules, leave, payroll, occupational health, hiring, celebrations)."""
import datetime

import gen_common as C
import gen_docs as D
from gen_thread import BOX

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

CANDIDATES = [('Audrey', 'Labonté'), ('Maxime', 'Cyr'), ('Jasmine', 'Khalil'), ('Thomas', 'Verreault'), ('Olena', 'Shevchenko'),
              ('Brian', 'Okonkwo'), ('Laurie', 'Fecteau'), ('Ahmed', 'Benzaoui')]


def _mgr():
    return C.STAFF[0]


# ----------------------------------------------------------------------------
def schedule(ctx):
    r, t = ctx.rng, ctx.t
    mgr = _mgr()
    staff = [s for s in C.STAFF[1:11]]
    r.shuffle(staff)
    days = [t('Lun', 'Mon'), t('Mar', 'Tue'), t('Mer', 'Wed'), t('Jeu', 'Thu'), t('Ven', 'Fri')]
    rows = [[t('Employé(e)', 'Employee')] + days]
    for s in staff[:r.randrange(5, 9)]:
        rows.append([C.person_name(s)] + [r.choice(['7h30-15h30', '8h-16h', '12h-20h', t('congé', 'off'), t('formation', 'training'), 'TT'])
                                            for _ in days])
    start = ctx.future(3, 14)
    L = [ctx.hello(group=r.random() < 0.5), '', t('Voici l\'horaire du comptoir d\'accès et de la numérisation pour la semaine du %s. TT = télétravail.',
                            'Here is the front desk and scanning schedule for the week of %s. TT = remote.') % ctx.d(start), '',
         C.table_text(rows), '', t('Les échanges doivent être approuvés par moi.', 'Shift swaps must be approved by me.'), '', ctx.bye(), ctx.sig(mgr)]
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind='xlsx', filename=t('horaire_', 'schedule_') + start.isoformat() + '.xlsx', ctype=XLSX, data=D.xlsx([(t('Horaire', 'Schedule'), rows)])))
    return dict(category='schedule', note='weekly staff schedule', frm=C.addr_of(mgr), to=[BOX['tous_archives']],
                subject=t('Horaire semaine du ', 'Schedule week of ') + start.isoformat(), text='\n'.join(L),
                html='<html><body><p>' + C.html_escape(L[2]) + '</p>' + C.table_html(rows) + '<p>' + C.html_escape(L[6]) + '</p></body></html>',
                body_kind=r.choice(['plain', 'alt', 'html']), attachments=atts)


# ----------------------------------------------------------------------------
def leave(ctx):
    r, t = ctx.rng, ctx.t
    s = ctx.staff()
    mgr = _mgr()
    v = r.randrange(3)
    if v == 0:
        a, b = ctx.future(20, 80), None
        b = a + datetime.timedelta(days=r.choice([4, 11, 18]))
        L = [ctx.hello(mgr['given']), '', t('Je souhaiterais prendre mes vacances du %s au %s inclusivement. Chantal a accepté de couvrir le comptoir.',
                                            'I would like to take vacation from %s to %s inclusive. Chantal agreed to cover the desk.') % (ctx.d(a), ctx.d(b)),
             '', ctx.bye(), s['given']]
        subj = t('Demande de vacances', 'Vacation request')
    elif v == 1:
        baby = ctx.past(2, 20)
        L = [ctx.hello(group=r.random() < 0.5), '', t('Bonne nouvelle : %s a accouché le %s d\'une petite fille, Romane, 3,4 kg. Maman et bébé vont bien! '
                                'Son congé de maternité se poursuit jusqu\'en %s; une carte circule au local B-110.',
                                'Good news: %s gave birth on %s to a baby girl, Romane, 3.4 kg. Mom and baby are doing well! Her maternity '
                                'leave continues until %s; a card is going around in room B-110.')
             % (C.person_name(r.choice([x for x in C.STAFF if x['sex'] == 'F'][1:8])), ctx.d(baby),
                (C.MONTHS_FR if ctx.fr else C.MONTHS_EN)[(baby.month + 11) % 12] + ' ' + str(baby.year + 1)), '', ctx.bye(), ctx.sig(mgr)]
        subj = t('Bienvenue Romane!', 'Welcome baby Romane!')
    else:
        L = [ctx.hello(group=r.random() < 0.5), '', t('Je serai absent(e) pour un rendez-vous personnel jeudi après-midi (13 h à 16 h). Je reprendrai le temps mardi.',
                                'I will be away for a personal appointment Thursday afternoon (1-4 pm). I will make up the time Tuesday.'),
             '', ctx.bye(), s['given']]
        subj = t('Absence jeudi PM', 'Away Thursday PM')
    return dict(category='staff_leave', note='staff leave or announcement', frm=C.addr_of(s) if v != 1 else C.addr_of(mgr),
                to=[C.addr_of(mgr)] if v != 1 else [BOX['tous_archives']], subject=subj, text='\n'.join(L))


# ----------------------------------------------------------------------------
def occ_health(ctx):
    r, t = ctx.rng, ctx.t
    emp = r.choice(C.STAFF[1:11])
    hr = C.staff_by('Lamarre')
    cond = r.choice([(t('entorse lombaire', 'lumbar sprain'), t('pas de charges de plus de 10 kg, pas de manipulation de boîtes', 'no lifting over 10 kg, no box handling')),
                     (t('tendinite à l\'épaule droite', 'right shoulder tendinitis'), t('numérisation limitée à 2 h par jour', 'scanning limited to 2 h per day')),
                     (t('chirurgie du genou', 'knee surgery'), t('poste assis seulement', 'seated work only'))])
    L = [ctx.hello(_mgr()['given']), '', t('Retour progressif de %s (employé n° %d) à compter du %s, à la suite d\'une %s (dossier CNESST %d). Restrictions : %s. '
                                           'Horaire : 3 jours/semaine pendant 4 semaines.',
                                           'Gradual return to work for %s (employee no. %d) starting %s following %s (WSIB/CNESST claim %d). Restrictions: %s. '
                                           'Schedule: 3 days/week for 4 weeks.')
         % (C.person_name(emp), r.randrange(100000, 999999), ctx.d(ctx.future(3, 15)), cond[0], r.randrange(10 ** 8, 10 ** 9), cond[1]),
         t('Merci de ne pas diffuser ces informations au-delà du nécessaire.', 'Please keep this information on a need-to-know basis.'), '', ctx.bye(), ctx.sig(hr)]
    return dict(category='occupational_health', note='employee return to work with restrictions (staff health)', frm=C.addr_of(hr),
                to=[C.addr_of(_mgr())], subject=t('Retour progressif – ', 'Return to work – ') + C.person_name(emp), text='\n'.join(L))


# ----------------------------------------------------------------------------
def job_posting(ctx):
    r, t = ctx.rng, ctx.t
    hr = C.staff_by('Lamarre')
    no = 'AF-%d-%04d' % (ctx.date.year, r.randrange(10 ** 4))
    title = r.choice([t('Archiviste médical(e) – poste permanent temps complet', 'Health Information Professional – permanent full-time'),
                      t('Agent(e) administratif(ve) classe 2 – accès à l\'information', 'Administrative clerk – release of information'),
                      t('Technicien(ne) en gestion de l\'information – numérisation', 'HIM technician – scanning')])
    L = [t('AFFICHAGE ', 'POSTING ') + no, title, C.SITES[r.randrange(3)]['fr'], '',
         t('Exigences : DEC en archives médicales; membre de l\'AGISQ; connaissance de la codification CIM-10-CA.',
           'Requirements: HIM diploma; certification in good standing; ICD-10-CA coding knowledge.'),
         t('Échelle salariale : 26,15 $ à 41,90 $ / h. Affichage du %s au %s.', 'Salary: $26.15 to $41.90 / h. Posted %s to %s.') % (ctx.d(ctx.date.date()), ctx.d(ctx.future(10, 16))),
         t('Postulez par le portail carrières en citant le numéro d\'affichage.', 'Apply through the careers portal quoting the posting number.'), '', ctx.sig(hr, False)]
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind='pdf', filename=no + '.pdf', ctype='application/pdf', data=D.pdf(title, L[3:8])))
    return dict(category='job_posting', note='internal job posting', frm=C.addr_of(hr), to=[BOX['tous_archives']], subject=t('Affichage ', 'Posting ') + no + ' – ' + title,
                text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def interviews(ctx):
    r, t = ctx.rng, ctx.t
    hr = C.staff_by('Lamarre')
    day = ctx.future(4, 20)
    cands = r.sample(CANDIDATES, r.randrange(3, 5))
    rows = [[t('Heure', 'Time'), t('Candidat(e)', 'Candidate'), t('Poste actuel', 'Current job')]]
    for i, (g, s_) in enumerate(cands):
        rows.append(['%d:%02d' % (9 + i, 0), g + ' ' + s_, r.choice([t('archiviste, CISSS voisin', 'archivist, nearby CISSS'), t('finissante DEC', 'recent graduate'),
                                                                    t('agente administrative, clinique privée', 'clerk, private clinic')])])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Entrevues pour le poste d\'archiviste le %s, salle 2-204. Grille d\'évaluation jointe.',
                            'Interviews for the archivist position on %s, room 2-204. Scoring grid attached.') % ctx.d(day), '',
         C.table_text(rows), '', ctx.bye(), ctx.sig(hr)]
    start = datetime.datetime(day.year, day.month, day.day, 9, 0)
    cal = D.ics('int-%d@%s' % (r.randrange(10 ** 6), C.DOM), start, start + datetime.timedelta(hours=len(cands)),
                t('Entrevues – archiviste médical(e)', 'Interviews – HIM professional'), '; '.join(g + ' ' + s_ for g, s_ in cands), t('Salle 2-204', 'Room 2-204'),
                C.addr_of(hr), [C.addr_of(_mgr()), C.addr_of(C.STAFF[1])])
    grid = D.docx([('h', t('Grille d\'entrevue', 'Interview grid'))] + [('table', [[t('Critère', 'Criterion'), '/10']] +
                                                                                   [[x, ''] for x in [t('Connaissance CIM-10-CA', 'ICD-10-CA knowledge'), t('Confidentialité', 'Confidentiality'),
                                                                                                      t('Service à la clientèle', 'Customer service')]])])
    return dict(category='hiring', note='job interview schedule for candidates', frm=C.addr_of(hr), to=[C.addr_of(_mgr()), C.addr_of(C.STAFF[1])],
                subject=t('Entrevues – ', 'Interviews – ') + day.isoformat(), text='\n'.join(L),
                attachments=[dict(kind='ics', filename='entrevues.ics' if ctx.fr else 'interviews.ics', ctype='text/calendar', text=cal),
                             dict(kind='docx', filename=t('grille_d’entrevue_archiviste_médical.docx', 'interview_grid.docx'), ctype=DOCX, data=grid)])


# ----------------------------------------------------------------------------
def payroll(ctx):
    r, t = ctx.rng, ctx.t
    emp = r.choice(C.STAFF[1:11])
    pay = C.staff_by('Lamarre')
    per = r.randrange(1, 27)
    L = [ctx.hello(emp['given']), '', t('Correction de la période de paie %d : %d h supplémentaires à taux et demi ont été ajoutées (matricule %06d). '
                                        'L\'ajustement paraîtra sur le dépôt du %s. Votre relevé est disponible dans Logibec.',
                                        'Pay period %d correction: %d overtime hours at time and a half were added (employee ID %06d). The adjustment will '
                                        'appear on the %s deposit. Your pay stub is available in the HR portal.')
         % (per, r.randrange(2, 12), r.randrange(10 ** 6), ctx.d(ctx.future(3, 14))), '', ctx.bye(), t('Service de la paie', 'Payroll'), 'poste 2240']
    return dict(category='payroll', note='payroll correction for an employee', frm=BOX['paie'], to=[C.addr_of(emp)],
                subject=t('Paie – période ', 'Payroll – period ') + str(per), text='\n'.join(L))


# ----------------------------------------------------------------------------
def celebration(ctx):
    r, t = ctx.rng, ctx.t
    who = r.choice(C.STAFF[1:13])
    bd = datetime.date(r.randrange(1962, 1990), r.randrange(1, 13), r.randrange(1, 28))
    v = r.randrange(2)
    if v == 0:
        L = [ctx.hello(group=r.random() < 0.5), '', t('Petit secret : %s fête ses %d ans jeudi (née le %s)! Gâteau au local B-110 à 14 h 30. Contribution volontaire de 5 $.',
                                'Shh: %s turns %d on Thursday (born %s)! Cake in room B-110 at 2:30 pm. Voluntary $5 contribution.')
             % (C.person_name(who), ctx.date.year - bd.year, ctx.d(bd, 'long')), '', C.person_name(C.STAFF[4])]
        subj = t('Anniversaire – chut!', 'Birthday – shh!')
    else:
        L = [ctx.hello(group=r.random() < 0.5), '', t('Le party de fin d\'année du service aura lieu le %s au restaurant Le Héron Bleu, 220, rue du Quai. RSVP à %s au poste 3318.',
                                'The department holiday party is on %s at Le Héron Bleu restaurant, 220 rue du Quai. RSVP to %s at ext. 3318.')
             % (ctx.d(ctx.future(10, 40)), C.person_name(who)), '', t('Le comité social', 'Social committee')]
        subj = t('Party de fin d\'année', 'Holiday party')
    return dict(category='social_event', note='staff birthday or party announcement', frm=C.addr_of(C.STAFF[4]), to=[BOX['tous_archives']], subject=subj,
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def out_of_office(ctx):
    r, t = ctx.rng, ctx.t
    s = ctx.staff()
    back = ctx.future(3, 15)
    L = [t('Je suis absente du bureau jusqu\'au %s inclusivement. Pour une demande d\'accès urgente (coroner, ordonnance du tribunal), '
           'communiquez avec %s au 450 555-0110, poste 3301, ou écrivez à %s.',
           'I am out of the office until %s. For urgent requests (coroner, court order), contact %s at 450 555-0110 ext. 3301 or write to %s.')
         % (ctx.d(back), C.person_name(C.STAFF[0]), BOX['acces'][1]), '', ctx.sig(s, False)]
    sub = r.choice([t('Réponse automatique : ', 'Automatic reply: '), t('Absent(e) : ', 'Out of Office: ')]) + r.choice(
        [t('Demande de dossier', 'Records request'), t('Votre demande', 'Your request'), 'RE: ' + t('suivi', 'follow-up')])
    return dict(category='auto_reply', note='out-of-office auto reply', frm=C.addr_of(s), to=[('', 'no-reply@' + r.choice(['vlg-avocats.example', 'glml.example']))],
                subject=sub, text='\n'.join(L), extra_headers=[('Auto-Submitted', 'auto-replied')], body_kind='plain')


# ----------------------------------------------------------------------------
def training(ctx):
    r, t = ctx.rng, ctx.t
    s = C.staff_by('Charron')
    day = ctx.future(5, 30)
    topic = r.choice([t('Nouvelle loi sur les renseignements de santé : ce qui change pour l\'accès', 'New health information act: what changes for access'),
                      t('Traitement des citations à comparaître et ordonnances', 'Handling subpoenas and court orders'),
                      t('Demandes des coroners et de la police', 'Coroner and police requests')])
    start = datetime.datetime(day.year, day.month, day.day, 13, 30)
    cal = D.ics('form-%d@%s' % (r.randrange(10 ** 6), C.DOM), start, start + datetime.timedelta(hours=2), t('Formation – ', 'Training – ') + topic,
                t('Formation obligatoire pour le personnel de l\'accès. Lien Teams dans l\'invitation.', 'Mandatory for ROI staff. Teams link in the invitation.'),
                'Teams', C.addr_of(s), [BOX['tous_archives']])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Formation obligatoire : « %s », animée par %s, conseillère en protection des renseignements personnels. Durée : 2 h.',
                            'Mandatory training: "%s", given by %s, privacy advisor. Length: 2 h.') % (topic, 'Me ' + C.person_name(s)), '', ctx.bye(), ctx.sig(s)]
    return dict(category='training', note='training invitation', frm=C.addr_of(s), to=[BOX['tous_archives']], subject=t('Formation – ', 'Training – ') + topic,
                text='\n'.join(L), attachments=[dict(kind='ics', filename='formation.ics' if ctx.fr else 'training.ics', ctype='text/calendar', text=cal, method=True)])


SCENARIOS = [
    (schedule, 'both', 3),
    (leave, 'both', 3),
    (occ_health, 'both', 3),
    (job_posting, 'both', 3),
    (interviews, 'both', 3),
    (payroll, 'both', 3),
    (celebration, 'both', 3),
    (out_of_office, 'both', 3),
    (training, 'both', 3),
]
