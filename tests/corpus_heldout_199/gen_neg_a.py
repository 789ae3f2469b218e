"""Negative templates, part A: staff, HR, payroll, schedules, occupational health, social life."""
import datetime as dt

import gen_attach as A
import gen_common as C
import gen_tpl as T
from gen_tpl import S

STAFF_EXTRA = [('Audrey', 'Pelchat', 'F'), ('Maxime', 'Trudel', 'M'), ('Karine', 'Dumont', 'F'), ('Olivia', 'Szabo', 'F'),
               ('Jonathan', 'Breton', 'M'), ('Catherine', 'Leduc', 'F'), ('Vincent', 'Hamel', 'M'), ('Marie-Ève', 'Carrier', 'F'),
               ('Steve', 'MacIntyre', 'M'), ('Amélie', 'Rancourt', 'F'), ('Yannick', 'Boulet', 'M'), ('Julie', 'Fréchette', 'F'),
               ('Ryan', 'Coutts', 'M'), ('Laurie', 'Bissonnette', 'F'), ('Kim', 'Hoang', 'F'), ('Simon', 'Lauzon', 'M'),
               ('Nathan', 'Esposito', 'M'), ('Mégane', 'Rivard', 'F'), ('Derek', 'Ivanov', 'M'), ('Chanel', 'Pierre-Louis', 'F')]


def crew(ctx, n):
    idx = list(range(len(STAFF_EXTRA)))
    ctx.rng.shuffle(idx)
    return [STAFF_EXTRA[i] for i in idx[:n]]


def n_schedule(ctx):
    fr = ctx.fr
    boss = S(ctx.pick(['tech_chief', 'manager']))
    people = crew(ctx, ctx.rng.randint(6, 10))
    start = ctx.day(7, 21)
    start -= dt.timedelta(days=start.weekday())
    days = [start + dt.timedelta(days=i) for i in range(7)]
    shifts = ['J 7h-15h', 'S 15h-23h', 'N 23h-7h', 'Congé', 'Garde', 'IRM 8h-16h', 'TDM 7h30-15h30'] if fr else \
        ['D 7-15', 'E 15-23', 'N 23-7', 'Off', 'On call', 'MRI 8-16', 'CT 7:30-15:30']
    head = [ctx.t('Technologue', 'Technologist')] + [d.strftime('%a %d/%m') for d in days]
    rows = [head] + [['%s %s' % (g, s)] + [ctx.pick(shifts) for _ in days] for g, s, _ in people]
    variant = ctx.pick(['xlsx', 'table', 'csv'])
    atts = []
    if variant == 'xlsx':
        atts = [A.att(ctx.t('horaire_technologues_%s.xlsx', 'tech_schedule_%s.xlsx') % start.isoformat(), A.CT_XLSX,
                      data=A.make_xlsx([(ctx.t('Semaine', 'Week'), rows)], ctx.date, author=boss.full()))]
        body_tbl = ctx.t('Horaire en pièce jointe.', 'Schedule attached.')
    elif variant == 'csv':
        atts = [A.att('horaire_%s.csv' % start.strftime('%Y%m%d'), 'text/csv', text=A.make_csv(rows, ';'))]
        body_tbl = ctx.t('Horaire en pièce jointe (CSV).', 'Schedule attached (CSV).')
    else:
        body_tbl = '\n'.join(' | '.join(r) for r in rows)
    text = ctx.t('%s\n\nVoici l\'horaire de la semaine du %s. %s\nLes échanges de quarts doivent être approuvés par moi avant le jeudi midi. '
                 '%s %s remplace %s à la garde de fin de semaine.\n\n%s\n',
                 '%s\n\nHere is the schedule for the week of %s. %s\nShift swaps need my approval by Thursday noon. '
                 '%s %s covers %s\'s weekend call.\n\n%s\n') % (
        ctx.greet(), ctx.fdate(start, 'long'), body_tbl, people[0][0], people[0][1], people[1][0], ctx.sig(boss))
    return ctx.spec('staff_schedule', ctx.t('horaire des technologues', 'technologist schedule'), T.disp(ctx, boss),
                    [T.box(ctx, 'all_tech')], ctx.t('Horaire semaine du %s', 'Schedule week of %s') % start.isoformat(),
                    text=text, attachments=atts, body=None if variant != 'table' else ctx.pick(['alt', 'html']))


def n_leave(ctx):
    fr = ctx.fr
    g, s, sx = crew(ctx, 1)[0]
    boss = S(ctx.pick(['tech_chief', 'manager', 'chief']))
    d1 = ctx.day(20, 90)
    d2 = d1 + dt.timedelta(days=ctx.rng.randint(4, 14))
    reason = ctx.pick([ctx.t('vacances annuelles', 'annual vacation'), ctx.t('congé de paternité', 'paternity leave'),
                       ctx.t('congé sans solde - déménagement', 'unpaid leave - moving'), ctx.t('formation ACR en IRM mammaire', 'ACR breast MRI course')])
    box = '%s.%s@%s' % (C.fold(g).replace(' ', ''), C.fold(s).replace(' ', ''), T.D)
    req = ctx.t('%s\n\nJe demande un congé du %s au %s (%s). Mes quarts de garde sont échangés avec %s.\n\n%s %s\nTechnologue en imagerie, poste %d',
                '%s\n\nI would like to request leave from %s to %s (%s). My call shifts are swapped with %s.\n\n%s %s\nImaging technologist, ext. %d') % (
        ctx.greet(boss), ctx.fdate(d1, 'long'), ctx.fdate(d2, 'long'), reason, ' '.join(crew(ctx, 1)[0][:2]), g, s, 4000 + ctx.rng.randint(100, 899))
    if ctx.chance(0.5):
        when0 = T.earlier(ctx, 200, 3000)

        class P:
            pass
        pp = P()
        pp.full = lambda: '%s %s' % (g, s)
        pp.addr = box
        ans = ctx.t('Approuvé. Bonnes vacances !\n\n%s', 'Approved. Enjoy!\n\n%s') % boss.given
        text = ans + '\n\n' + ctx.quote(req, pp, when0, to=boss.full(), subject=ctx.t('Demande de congé', 'Leave request'))
        return ctx.spec('leave_request', ctx.t('approbation de congé d\'un employé', 'staff leave approval'), T.disp(ctx, boss),
                        [('%s %s' % (g, s), box)], T.reply_subject(ctx, ctx.t('Demande de congé', 'Leave request')), text=text,
                        headers=T.thread_headers(ctx, when0))
    return ctx.spec('leave_request', ctx.t('demande de congé d\'un employé', 'staff leave request'), ('%s %s' % (g, s), box),
                    [T.disp(ctx, boss)], ctx.t('Demande de congé %s', 'Leave request %s') % d1.strftime('%Y-%m-%d'), text=req)


def n_payroll(ctx):
    fr = ctx.fr
    pay = S('payroll')
    people = crew(ctx, ctx.rng.randint(3, 6))
    rows = [[ctx.t('Employé', 'Employee'), ctx.t('Matricule', 'Employee no.'), ctx.t('Période', 'Period'), ctx.t('Heures sup.', 'OT hours'),
             ctx.t('Prime de garde', 'On-call premium'), ctx.t('Montant', 'Amount')]]
    for g, s, _ in people:
        rows.append(['%s, %s' % (s, g), '%06d' % ctx.rng.randint(100000, 999999), '2025-%02d' % ctx.rng.randint(1, 12),
                     '%.2f' % (ctx.rng.randint(2, 40) / 2), '%d x 35,00 $' % ctx.rng.randint(0, 6), '%d,%02d $' % (ctx.rng.randint(80, 1900), ctx.rng.randint(0, 99))])
    text = ctx.t('%s\n\nCorrection des heures supplémentaires et des primes de garde de la dernière période. '
                 'Les ajustements paraîtront sur la paie du %s. Pour toute question sur votre relevé, répondre à ce courriel.\n\n%s\n\n%s\n',
                 '%s\n\nCorrections to overtime and on-call premiums for the last period. Adjustments will appear on the %s pay. '
                 'Reply to this e-mail with any question about your statement.\n\n%s\n\n%s\n') % (
        ctx.greet(), ctx.fdate(ctx.day(5, 14), 'long'), '\n'.join(' | '.join(r) for r in rows), ctx.sig(pay))
    return ctx.spec('payroll', ctx.t('correction de paie des employés', 'staff payroll corrections'), T.disp(ctx, pay),
                    [T.disp(ctx, S('tech_chief'))], ctx.t('Paie - corrections HS et primes', 'Payroll - OT and premium corrections'), text=text,
                    body=ctx.pick([None, 'html']))


def n_dosimetry(ctx):
    """Staff radiation dosimetry report and a technologist's pregnancy declaration (occupational health)."""
    fr = ctx.fr
    phys = S('physicist')
    people = crew(ctx, ctx.rng.randint(5, 9))
    rows = [[ctx.t('Travailleur', 'Worker'), ctx.t('Date de naissance', 'Date of birth'), ctx.t('No dosimètre', 'Badge no.'), 'Hp(10) mSv', 'Hp(0,07) mSv' if fr else 'Hp(0.07) mSv']]
    dstyle = ctx.pick(['iso', 'dmy_slash'])
    for g, s, _ in people:
        dob = dt.date(ctx.rng.randint(1976, 2001), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        rows.append(['%s %s' % (g, s), C.fmt_date(dob, dstyle, ctx.lang), 'DS-%s' % C.checksum_serial(ctx.rng, 8),
                     '%.2f' % (ctx.rng.randint(0, 40) / 100), '%.2f' % (ctx.rng.randint(0, 90) / 100)])
    women = [x for x in people if x[2] == 'F'] or [x for x in STAFF_EXTRA if x[2] == 'F']
    preg = women[ctx.rng.randrange(len(women))]
    text = ctx.t('%s\n\nRapport trimestriel de dosimétrie en pièce jointe. Aucun dépassement du seuil d\'enquête.\n'
                 '%s %s a déclaré une grossesse : un dosimètre abdominal mensuel lui est attribué et elle est retirée de la RI jusqu\'à nouvel ordre '
                 '(santé et sécurité au travail, dossier employé).\n\n%s\n',
                 '%s\n\nQuarterly dosimetry report attached. No result above the investigation level.\n'
                 '%s %s has declared a pregnancy: she gets a monthly abdominal badge and is off IR duties until further notice '
                 '(occupational health, staff file).\n\n%s\n') % (ctx.greet(), preg[0], preg[1], ctx.sig(phys))
    att = A.att(ctx.t('dosimetrie_T%d.xlsx', 'dosimetry_Q%d.xlsx') % ctx.rng.randint(1, 4), A.CT_XLSX, data=A.make_xlsx([('Dosimetrie', rows)], ctx.date))
    return ctx.spec('dosimetry', ctx.t('rapport de dosimétrie du personnel', 'staff dosimetry report'), T.disp(ctx, phys),
                    [T.disp(ctx, S('chief')), T.disp(ctx, S('tech_chief'))], ctx.t('Dosimétrie - rapport trimestriel', 'Dosimetry - quarterly report'),
                    text=text, attachments=[att])


def n_baby(ctx):
    fr = ctx.fr
    g, s, _ = [x for x in crew(ctx, 8) if x[2] == 'F'][0]
    sender = S(ctx.pick(['clerk_book', 'tech_mammo', 'tech_us']))
    bd = ctx.past_day(1, 6)
    baby = ctx.pick(['Léonie', 'Arthur', 'Maëlle', 'Théo', 'Rose', 'Eli'])
    text = ctx.t('%s\n\nGrande nouvelle : %s %s a accouché le %s à 3 h 12 d\'une petite %s, 3,4 kg (7 lb 8 oz) ! '
                 'Maman et bébé se portent bien et sont de retour à la maison.\nUne carte circule au poste de l\'écho, et une collecte pour un cadeau '
                 'est ouverte jusqu\'à vendredi.\n\n%s\n',
                 '%s\n\nBig news: %s %s gave birth on %s at 3:12 am to little %s, 3.4 kg (7 lb 8 oz)! '
                 'Mom and baby are doing well and are home.\nA card is going around at the ultrasound desk, and a gift collection is open until Friday.\n\n%s\n') % (
        ctx.greet(), g, s, ctx.fdate(bd, ctx.pick(['long', 'iso'])), baby, sender.given)
    return ctx.spec('staff_news', ctx.t('annonce de naissance d\'un bébé d\'une collègue', 'colleague\'s baby announcement'), T.disp(ctx, sender),
                    [T.box(ctx, 'all_dept')], ctx.t('Bienvenue bébé %s !', 'Welcome baby %s!') % baby, text=text, body=ctx.pick(['html', 'alt', None]))


def n_birthday(ctx):
    fr = ctx.fr
    people = crew(ctx, ctx.rng.randint(3, 5))
    sender = S(ctx.pick(['clerk_book', 'clerk_mammo']))
    month = ctx.date.month
    lines = []
    for g, s, _ in people:
        d = dt.date(ctx.rng.randint(1965, 1999), month, ctx.rng.randint(1, 28))
        lines.append('- %s %s : %s' % (g, s, C.fmt_date(d, 'long', ctx.lang)) if fr else '- %s %s: %s' % (g, s, C.fmt_date(d, 'long', ctx.lang)))
    text = ctx.t('%s\n\nLes anniversaires du mois au service (gâteau jeudi 14 h, salle de repos du 2e) :\n\n%s\n\n'
                 'Si vous ne voulez pas que votre date paraisse l\'an prochain, écrivez-moi.\n\n%s\n',
                 '%s\n\nThis month\'s birthdays in the department (cake Thursday 2 pm, 2nd floor lounge):\n\n%s\n\n'
                 'Let me know if you prefer your date not to be listed next year.\n\n%s\n') % (ctx.greet(), '\n'.join(lines), sender.given)
    return ctx.spec('staff_social', ctx.t('anniversaires du personnel', 'staff birthdays'), T.disp(ctx, sender), [T.box(ctx, 'all_dept')],
                    ctx.t('Anniversaires du mois 🎂', 'Birthdays this month 🎂'), text=text)


def n_candidates(ctx):
    fr = ctx.fr
    hr, boss = S('hr'), S(ctx.pick(['chief', 'manager']))
    cands = crew(ctx, ctx.rng.randint(3, 5))
    d = ctx.day(3, 12)
    rows = [[ctx.t('Heure', 'Time'), ctx.t('Candidat(e)', 'Candidate'), ctx.t('Poste', 'Position'), ctx.t('Notes', 'Notes')]]
    for i, (g, s, _) in enumerate(cands):
        rows.append(['%02d:%02d' % (9 + i, 0), '%s %s' % (g, s), ctx.t('Technologue IRM (poste 0.8)', 'MRI technologist (0.8 FTE)'),
                     ctx.pick([ctx.t('diplômé 2024, stage en neuro', '2024 grad, neuro placement'), ctx.t('7 ans d\'expérience, Ontario', '7 years, Ontario'),
                               ctx.t('référence à valider', 'reference pending'), ctx.t('permis OTIMROEPMQ en traitement', 'licence in process')])])
    text = ctx.t('%s\n\nHoraire des entrevues du %s (salle 2.114) :\n\n%s\n\nMerci de ne pas transférer ; les CV sont dans le dossier partagé RH.\n\n%s\n',
                 '%s\n\nInterview schedule for %s (room 2.114):\n\n%s\n\nPlease do not forward; CVs are in the HR shared folder.\n\n%s\n') % (
        ctx.greet(boss), ctx.fdate(d, 'long'), '\n'.join(' | '.join(r) for r in rows), ctx.sig(hr))
    return ctx.spec('job_candidates', ctx.t('horaire d\'entrevues de candidats', 'candidate interview schedule'), T.disp(ctx, hr), [T.disp(ctx, boss)],
                    ctx.t('Entrevues - technologue IRM', 'Interviews - MRI technologist'), text=text, body=ctx.pick([None, 'alt']))


def n_job_posting(ctx):
    fr = ctx.fr
    hr = S('hr')
    post = ctx.pick([ctx.t('Technologue en radiologie d\'intervention', 'Interventional radiology technologist'),
                     ctx.t('Technologue en échographie (temps partiel)', 'Sonographer (part-time)'),
                     ctx.t('Agent(e) administratif(ve) classe 2 - rendez-vous', 'Booking clerk, class 2'),
                     ctx.t('Radiologiste - imagerie du sein', 'Radiologist - breast imaging')])
    text = ctx.t('AFFICHAGE INTERNE %s-%03d\n\nPoste : %s\nService : %s\nStatut : temps complet permanent, 35 h/semaine\n'
                 'Exigences : membre de l\'ordre professionnel ; RCR à jour ; expérience en oncologie un atout.\n'
                 'Salaire : selon la convention collective (échelon 1 à 12)\n'
                 'Date limite : %s\n\nPostulez sur l\'intranet, onglet Carrières. Pour information : %s, %s, poste %d.\n',
                 'INTERNAL POSTING %s-%03d\n\nPosition: %s\nDepartment: %s\nStatus: full-time permanent, 35 h/week\n'
                 'Requirements: registered with the professional college; current CPR; oncology experience an asset.\n'
                 'Salary: per collective agreement (steps 1-12)\n'
                 'Deadline: %s\n\nApply on the intranet, Careers tab. Information: %s, %s, ext. %d.\n') % (
        ctx.date.year, ctx.rng.randint(1, 400), post, C.DEPT_FR if fr else C.DEPT_EN, ctx.fdate(ctx.day(10, 25), 'long'), hr.full(),
        hr.role_fr if fr else hr.role_en, hr.ext)
    atts = []
    if ctx.chance(0.4):
        atts = [A.att(ctx.t('affichage.pdf', 'posting.pdf'), A.CT_PDF, data=A.make_pdf('Affichage', [('h', post), ('p', text)]))]
    return ctx.spec('job_posting', ctx.t('affichage de poste', 'job posting'), T.box(ctx, 'rh'), [T.box(ctx, 'all_dept')],
                    ctx.t('Affichage : %s', 'Posting: %s') % post, text=text, attachments=atts)


def n_training(ctx):
    fr = ctx.fr
    phys = S(ctx.pick(['physicist', 'tech_chief']))
    people = crew(ctx, ctx.rng.randint(4, 7))
    d = ctx.day(5, 30)
    text = ctx.t('%s\n\nFormation annuelle obligatoire sur la sécurité en IRM (zone IV, projectiles, quench, brûlures RF) :\n'
                 '%s, 7 h 30 et 15 h 30, salle de conférence B. Durée : 45 minutes + quiz.\n\n'
                 'Toujours en retard pour 2025 :\n%s\n\n'
                 'Rappel : aucun accès à la zone IV sans formation valide, y compris pour le personnel d\'entretien.\n\n%s\n',
                 '%s\n\nMandatory annual MRI safety training (Zone IV, projectiles, quench, RF burns):\n'
                 '%s, 7:30 and 15:30, conference room B. 45 minutes + quiz.\n\n'
                 'Still overdue for 2025:\n%s\n\n'
                 'Reminder: no Zone IV access without valid training, housekeeping included.\n\n%s\n') % (
        ctx.greet(), ctx.fday(d), '\n'.join('- %s %s' % (g, s) for g, s, _ in people), ctx.sig(phys))
    atts = []
    if ctx.chance(0.4):
        ics = A.make_ics('form-%06x@%s' % (ctx.rng.getrandbits(24), T.D), dt.datetime(d.year, d.month, d.day, 7, 30),
                         dt.datetime(d.year, d.month, d.day, 8, 15), ctx.t('Formation sécurité IRM', 'MRI safety training'),
                         ctx.t('Salle de conférence B', 'Conference room B'), ctx.t('Formation annuelle obligatoire', 'Mandatory annual training'),
                         (phys.full(), phys.addr), stamp=ctx.date)
        atts = [A.att('formation_IRM.ics', 'text/calendar; method=REQUEST', text=ics)]
    return ctx.spec('training', ctx.t('formation obligatoire en sécurité IRM', 'mandatory MRI safety training'), T.disp(ctx, phys),
                    [T.box(ctx, 'all_tech')], ctx.t('Formation sécurité IRM - retardataires', 'MRI safety training - overdue staff'), text=text, attachments=atts)


def n_oncall(ctx):
    """Radiologist on-call roster: physicians named with the diseases they cover."""
    fr = ctx.fr
    chief = S('chief')
    rads = [S(k) for k in ['rad_neuro', 'rad_body', 'rad_breast', 'rad_ir', 'rad_msk', 'rad_chest', 'rad_peds']]
    ctx.rng.shuffle(rads)
    start = ctx.day(7, 20)
    lines = []
    for i, r in enumerate(rads[:5]):
        d = start + dt.timedelta(days=i)
        lines.append('%s : %s (%s)' % (ctx.fday(d), r.titled(ctx.lang), r.role_fr if fr else r.role_en) if fr else
                     '%s: %s (%s)' % (ctx.fday(d), r.titled(ctx.lang), r.role_en))
    text = ctx.t('%s\n\nGarde de radiologie, semaine du %s :\n\n%s\n\nRappels :\n- AVC aigu et thrombectomie : appeler %s directement.\n'
                 '- Biopsies mammaires urgentes (suspicion de cancer du sein) : %s.\n- Appendicite et occlusion : radiologiste de garde.\n\n%s\n',
                 '%s\n\nRadiology on-call, week of %s:\n\n%s\n\nReminders:\n- Acute stroke and thrombectomy: call %s directly.\n'
                 '- Urgent breast biopsies (suspected breast cancer): %s.\n- Appendicitis and bowel obstruction: radiologist on call.\n\n%s\n') % (
        ctx.greet(), ctx.fdate(start, 'long'), '\n'.join(lines), S('rad_neuro').titled(ctx.lang), S('rad_breast').titled(ctx.lang), ctx.sig(chief))
    return ctx.spec('oncall_roster', ctx.t('horaire de garde des radiologistes', 'radiologist on-call roster'), T.disp(ctx, chief),
                    [T.box(ctx, 'urgence'), T.box(ctx, 'rads')], ctx.t('Garde radiologie - semaine du %s', 'Radiology on-call - week of %s') % start.isoformat(),
                    text=text, body=ctx.pick([None, 'alt', 'html']))


def n_staff_occ_health(ctx):
    """An employee's own occupational-health follow-up (needle-stick) - staff information."""
    fr = ctx.fr
    g, s, sx = crew(ctx, 1)[0]
    nurse = ('Santé et sécurité au travail' if fr else 'Occupational Health', 'sst@' + T.D)
    box = '%s.%s@%s' % (C.fold(g).replace(' ', ''), C.fold(s).replace(' ', ''), T.D)
    text = ctx.t('Bonjour %s,\n\nSuite à votre déclaration d\'exposition (piqûre d\'aiguille en salle de RI le %s), vos prélèvements de base sont normaux. '
                 'Prochain prélèvement dans 6 semaines au bureau de santé au travail. Votre formulaire de réclamation employé a été transmis.\n\n'
                 'Santé et sécurité au travail\nPoste 4700\n',
                 'Hi %s,\n\nFollowing your exposure report (needle-stick in the IR suite on %s), your baseline bloodwork is normal. '
                 'Next draw in 6 weeks at the occupational health office. Your employee claim form has been submitted.\n\n'
                 'Occupational Health\nExt. 4700\n') % (g, ctx.fdate(ctx.past_day(3, 10), 'long'))
    return ctx.spec('occupational_health', ctx.t('suivi de santé au travail d\'une employée', 'employee occupational health follow-up'), nurse,
                    [('%s %s' % (g, s), box)], ctx.t('Suivi exposition - confidentiel employé', 'Exposure follow-up - employee confidential'), text=text)


def n_staff_thread(ctx):
    """Reply thread about covering a shift, with quoted text and clinic signatures."""
    fr = ctx.fr
    a, b = S(ctx.pick(['tech_mri', 'tech_ct', 'tech_us'])), S('tech_chief')
    g, s, sx = crew(ctx, 1)[0]
    when0 = T.earlier(ctx, 30, 600)
    q = ctx.t('%s\n\nQuelqu\'un peut-il couvrir l\'IRM samedi 8 h-16 h ? %s %s est malade (grippe) et sera absent' + ('e' if sx == 'F' else '') + ' jusqu\'à lundi.\n\n%s',
              '%s\n\nCan anyone cover MRI Saturday 8-16? %s %s is off sick (flu) until Monday.\n\n%s') % (ctx.greet(), g, s, ctx.sig(b))
    ans = ctx.t('Je peux le faire si je finis à 15 h pour la garderie.\n\n%s', 'I can take it if I can leave at 3 for daycare.\n\n%s') % a.given
    return ctx.spec('shift_cover', ctx.t('échange de quart entre technologues', 'shift coverage thread'), T.disp(ctx, a), [T.disp(ctx, b)],
                    T.reply_subject(ctx, ctx.t('Remplacement IRM samedi', 'MRI cover Saturday')), text=ans + '\n\n' + ctx.quote(q, b, when0, to=T.box(ctx, 'all_tech')[0], subject=ctx.t('Remplacement IRM samedi', 'MRI cover Saturday')),
                    headers=T.thread_headers(ctx, when0))
