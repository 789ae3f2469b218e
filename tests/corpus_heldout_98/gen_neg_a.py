"""Negative builders, part A: staff, HR, schedules, IT, facilities (no identifiable patient)."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_util import xlsx, ics_att, pdf, docx, table_text


def _neg(cat, note, **kw):
    d = dict(cat=cat, types=[], note=note)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
def staff_schedule(c):
    mgr = c.st('mgr')
    nurses = [C.staff(s) for s in (['Marchand', 'Trudel', 'Dufresne'] if c.region == 'qc' else ['Novak'])] + \
        [C.staff(s) for s in (['Fontaine', 'Beaulieu', 'Gervais'] if c.region == 'qc' else ['Harrington', 'Brennan'])]
    docs = [C.staff(s) for s in (['Lavallée', 'Provencher', 'Beauchemin', 'Vaillancourt', 'Sirois'] if c.region == 'qc'
                                 else ['Whitfield', 'Kaur', 'Okonkwo'])]
    wk = c.later(7, 21)
    wk -= dt.timedelta(days=wk.weekday())
    days = [wk + dt.timedelta(days=i) for i in range(5)]
    acts = c.t(['Clinique psoriasis/biologiques', 'Télédermatologie (triage)', 'Chirurgie mineure', 'Clinique mélanome',
                'Photothérapie', 'Bloc – Hôpital', 'Esthétique (injectables)', 'Congé'],
               ['Psoriasis/biologics clinic', 'Teledermatology triage', 'Minor surgery', 'Melanoma clinic', 'Phototherapy',
                'OR - hospital', 'Cosmetic injectables', 'Off'])
    rows = [[c.t('Nom', 'Name')] + [c.day(d) for d in days]]
    for s in docs + nurses:
        rows.append([s.dname(c.lang)] + [c.pick(acts) for _ in days])
    as_xlsx = c.chance(0.5)
    subj = c.t('Horaire de la semaine du %s' % c.fd(wk, 2), 'Schedule for the week of %s' % c.fd(wk, 2))
    intro = c.t('Voici l\'horaire de la clinique. Les changements par rapport à la version précédente sont en gras. '
                'Les demandes d\'échange doivent passer par moi avant jeudi midi.',
                'Here is the clinic schedule. Changes from the previous version are in bold. Shift swaps must go '
                'through me before Thursday noon.')
    atts = []
    if as_xlsx:
        atts.append(xlsx(c.pick(['Horaire_%s.xlsx', 'Horaire_équipe_%s.xlsx']) % wk.strftime('%Y-%m-%d') if c.lang == 'fr' else 'Schedule_%s.xlsx' % wk.strftime('%Y-%m-%d'),
                         [(c.t('Horaire', 'Schedule'), rows)], author=mgr.full))
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hig('Bonjour à tous', 'Hi all'), intro, c.bye(), c.sig(mgr))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (c.hi(), intro, table_text(rows), c.bye(), c.sig(mgr))
    return _neg('staff_schedule', 'weekly staff schedule (physicians and clinics, no patients)', frm=c.who(mgr),
                to=[(c.t('Équipe clinique', 'Clinic team'), 'equipe@%s' % C.SITES[c.region]['domain'])], subject=subj,
                text=body, attachments=atts, tr={'alt': not as_xlsx and c.chance(0.5)})


# ---------------------------------------------------------------------------
def oncall_roster(c):
    mgr = c.st('mgr')
    surgs = ['Vaillancourt', 'Sirois', 'Okonkwo'] if c.chance(0.5) else ['Lavallée', 'Provencher', 'Beauchemin', 'Whitfield', 'Kaur']
    start = c.later(10, 30)
    start -= dt.timedelta(days=start.weekday())
    rows = [[c.t('Semaine du', 'Week of'), c.t('Garde', 'On call'), c.t('Relève', 'Backup'), c.t('Cellulaire de garde', 'On-call cell')]]
    for i in range(6):
        a, b = c.rng.sample(surgs, 2)
        rows.append([(start + dt.timedelta(weeks=i)).isoformat(), C.staff(a).dname(c.lang), C.staff(b).dname(c.lang),
                     C.SITES[c.region]['phone'].replace('-01', '-01')])
    ics = None
    atts = []
    if c.chance(0.4):
        s = dt.datetime(start.year, start.month, start.day, 8, 0)
        ics = A.make_ics('garde-%s@%s' % (start.strftime('%Y%m%d'), C.SITES[c.region]['domain']),
                         c.t('Garde plastie/dermato', 'On call - plastics/derm'), s, s + dt.timedelta(days=7),
                         c.t('Horaire de garde – voir la liste jointe.', 'On-call schedule - see the attached list.'),
                         organizer=(mgr.full, mgr.email()))
        atts.append(ics_att(c, ics, 'garde.ics' if c.lang == 'fr' else 'oncall.ics'))
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Liste de garde pour les six prochaines semaines :', 'On-call list for the next six weeks:'),
                                     table_text(rows), c.sig(mgr))
    return _neg('oncall_roster', 'physician on-call roster', frm=c.who(mgr),
                to=[(c.t('Médecins', 'Physicians'), 'medecins@%s' % C.SITES[c.region]['domain'])],
                subject=c.t('Liste de garde', 'On-call roster') + ' ' + c.fd(start, 0), text=body, attachments=atts)


# ---------------------------------------------------------------------------
def hr_leave(c):
    hr = c.st('hr')
    emp = c.st(c.pick(['nurse', 'clerk', 'cosm']))
    d1 = c.later(14, 60)
    kind = c.pick(['vac', 'parental', 'sick', 'unpaid'])
    d2 = d1 + dt.timedelta(days={'vac': c.pick([4, 7, 11, 14]), 'parental': c.pick([350, 364, 371]),
                                 'sick': c.pick([3, 5, 10]), 'unpaid': c.pick([21, 30, 45])}[kind])
    if c.lang == 'fr':
        txt = {'vac': 'Votre demande de vacances du %s au %s est approuvée. Votre banque sera ajustée sur la paie du %s.',
               'parental': 'Nous avons bien reçu votre avis de congé parental débutant le %s; le retour prévu est le %s. '
                           'Le formulaire RQAP vous sera remis par la paie vers le %s.',
               'sick': 'Nous avons reçu votre billet médical couvrant l\'absence du %s au %s. Aucun diagnostic n\'est requis; '
                       'la paie sera ajustée le %s.',
               'unpaid': 'Votre demande de congé sans solde du %s au %s a été acceptée par la direction. Prime d\'assurance '
                         'collective à payer avant le %s.'}[kind]
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(emp.given), txt % (c.fd(d1, 2), c.fd(d2, 2), c.fd(d1 - dt.timedelta(days=7), 2)),
                                         c.bye(), c.sig(hr))
        subj = c.pick(['Votre demande de congé', 'Confirmation – congé', 'RH : suivi de votre demande'])
    else:
        txt = {'vac': 'Your vacation request from %s to %s is approved. Your bank will be adjusted on the %s pay.',
               'parental': 'We received your parental leave notice starting %s; expected return is %s. Payroll will issue '
                           'your ROE around %s.',
               'sick': 'We received your medical note covering %s to %s. No diagnosis is required; pay will be adjusted %s.',
               'unpaid': 'Your unpaid leave from %s to %s was approved. Group insurance premiums are due by %s.'}[kind]
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(emp.given), txt % (c.fd(d1, 2), c.fd(d2, 2), c.fd(d1 - dt.timedelta(days=7), 2)),
                                         c.bye(), c.sig(hr))
        subj = c.pick(['Your leave request', 'Leave confirmation', 'HR: follow-up on your request'])
    return _neg('hr_leave', 'HR leave confirmation to an employee', frm=c.who(hr), to=[c.who(emp)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def occupational_health(c):
    hr = c.st('hr')
    emp = c.st(c.pick(['nurse', 'wound', 'res']))
    kind = c.pick(['needle', 'flu', 'fit', 'return'])
    if c.lang == 'fr':
        txt = {'needle': ('Suite à la déclaration d\'exposition au sang du %s (piqûre avec une aiguille souillée en salle de '
                          'chirurgie mineure), le service de santé au travail vous attend pour les prélèvements de contrôle '
                          '(VIH, VHB, VHC) à 6 semaines. La source a été testée négative. Ce suivi relève de la CNESST.'),
               'flu': 'La clinique de vaccination antigrippale pour le personnel aura lieu le %s de 11 h à 14 h en salle B. '
                      'Apportez votre carte d\'employé.',
               'fit': 'Votre essai d\'ajustement du masque N95 est prévu le %s. Modèle actuel : 3M 1870+ (taille M).',
               'return': 'Suite à votre chirurgie, la médecine du travail autorise un retour progressif à compter du %s '
                         '(3 jours/semaine, pas de port de charges > 10 kg pour 4 semaines).'}[kind]
        subj = c.pick(['Santé et sécurité au travail – suivi', 'Santé au travail : rendez-vous', 'SST – confidentiel employé'])
    else:
        txt = {'needle': ('Following your blood exposure report of %s (needlestick in the minor-procedures room), Occupational '
                          'Health will see you for the 6-week follow-up bloodwork (HIV, HBV, HCV). The source tested negative. '
                          'This is handled under WorkSafeNB.'),
               'flu': 'The staff flu vaccine clinic will be held %s from 11 to 2 in room B. Bring your staff ID.',
               'fit': 'Your N95 fit test is booked for %s. Current model: 3M 1870+ (size M).',
               'return': 'Following your surgery, Occupational Health approves a graduated return starting %s (3 days/week, no '
                         'lifting > 10 kg for 4 weeks).'}[kind]
        subj = c.pick(['Occupational health follow-up', 'Employee health: appointment', 'OHS - staff confidential'])
    d = c.earlier(5, 30) if kind == 'needle' else c.later(3, 20)
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(emp.given), txt % c.fd(d, 2), c.bye(), c.sig(hr))
    return _neg('occupational_health', 'employee occupational health (%s)' % kind, frm=c.who(hr), to=[c.who(emp)],
                subject=subj, text=body)


# ---------------------------------------------------------------------------
def payroll(c):
    hr = c.st('hr')
    kind = c.pick(['t4', 'rate', 'expense'])
    if c.lang == 'fr':
        txt = {'t4': 'Les relevés 1 et feuillets T4 seront disponibles dans le portail employé à partir du %s. Vérifiez que '
                     'votre adresse postale est à jour dans votre profil.',
               'rate': 'Suite à la nouvelle convention, l\'indexation de 3,5 %% sera appliquée rétroactivement sur la paie du %s.',
               'expense': 'Rappel : les comptes de dépenses (kilométrage, congrès) doivent être soumis avant le %s avec les '
                          'reçus originaux. Taux 2024 : 0,70 $/km.'}[kind]
        subj = c.pick(['Paie – information', 'Relevés fiscaux', 'Rappel : comptes de dépenses'])
    else:
        txt = {'t4': 'T4 slips will be available on the employee portal starting %s. Please check that your mailing address '
                     'is current in your profile.',
               'rate': 'Under the new agreement, the 3.5%% increase will be applied retroactively on the %s pay.',
               'expense': 'Reminder: expense claims (mileage, conferences) must be submitted by %s with original receipts. '
                          '2024 rate: $0.70/km.'}[kind]
        subj = c.pick(['Payroll information', 'Tax slips', 'Reminder: expense claims'])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hig('Bonjour à tous', 'Hello everyone'), txt % c.fd(c.later(5, 40), 2), c.bye(), c.sig(hr))
    return _neg('payroll', 'payroll notice to all staff', frm=c.who(hr),
                to=[(c.t('Tout le personnel', 'All staff'), 'personnel@%s' % C.SITES[c.region]['domain'])], subject=subj,
                text=body, tr={'alt': c.chance(0.5)})


# ---------------------------------------------------------------------------
def it_notice(c):
    it = c.st('it')
    kind = c.pick(['maint', 'phish', 'pwd', 'app', 'fax'])
    d = c.later(1, 14)
    if c.lang == 'fr':
        txt = {'maint': 'La plateforme de télédermatologie sera indisponible le %s de 22 h à 2 h (mise à jour du serveur '
                        'd\'images). Les photos téléversées pendant cette période devront être renvoyées.',
               'phish': 'Plusieurs employés ont reçu un faux courriel « RAMQ – mise à jour de votre dossier » demandant de '
                        'cliquer sur un lien. Ne cliquez pas; transférez-le à securite@boreale-dermato.example. Rappel : '
                        'nous ne demandons jamais votre mot de passe. (Avis du %s)',
               'pwd': 'Votre mot de passe du DMÉ expirera le %s. Utilisez au moins 14 caractères. Le soutien est joignable au poste 2210.',
               'app': 'La nouvelle version de l\'application DermCapture (photos cliniques sur tablette) sera déployée le %s. '
                      'Les photos ne sont plus conservées dans la pellicule de l\'appareil.',
               'fax': 'Le télécopieur de la réception sera remplacé par la télécopie électronique le %s. Les numéros ne changent pas.'}[kind]
        subj = c.pick(['Avis TI', 'Informatique : ' + {'maint': 'maintenance planifiée', 'phish': 'hameçonnage', 'pwd': 'mot de passe',
                                                       'app': 'mise à jour DermCapture', 'fax': 'télécopie électronique'}[kind]])
    else:
        txt = {'maint': 'The teledermatology platform will be unavailable on %s from 10 p.m. to 2 a.m. (image server upgrade). '
                        'Photos uploaded during that window will need to be resent.',
               'phish': 'Several staff received a fake "Medicare - update your file" e-mail asking them to click a link. Do not '
                        'click; forward it to security@atlanticskin.example. We never ask for your password. (Notice of %s)',
               'pwd': 'Your EMR password will expire on %s. Use at least 14 characters. Help desk: ext. 2210.',
               'app': 'The new DermCapture app (clinical photos on tablets) will be deployed %s. Photos are no longer kept in '
                      'the device camera roll.',
               'fax': 'The front-desk fax will be replaced by e-fax on %s. Numbers stay the same.'}[kind]
        subj = c.pick(['IT notice', 'IT: ' + {'maint': 'planned maintenance', 'phish': 'phishing alert', 'pwd': 'password expiry',
                                              'app': 'DermCapture update', 'fax': 'e-fax'}[kind]])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hig('Bonjour à tous', 'Hi all'), txt % c.fd(d, 2), c.bye(), c.sig(it))
    return _neg('it_notice', 'IT notice (%s)' % kind, frm=c.who(it),
                to=[(c.t('Tout le personnel', 'All staff'), 'personnel@%s' % C.SITES[c.region]['domain'])], subject=subj,
                text=body, tr={'html_only': c.chance(0.3)})


# ---------------------------------------------------------------------------
def facilities(c):
    mgr = c.st('mgr')
    kind = c.pick(['autoclave', 'hvac', 'parking', 'reno', 'snow'])
    asset = C.luhn_decoy(c.rng, 10)
    d = c.later(2, 20)
    if c.lang == 'fr':
        txt = {'autoclave': 'Le technicien de Stéri-Tech viendra faire l\'entretien préventif de l\'autoclave (no d\'actif %s) '
                            'le %s. Prévoir les plateaux de chirurgie mineure en double la veille.',
               'hvac': 'Entretien du système de ventilation de la salle de procédures (actif %s) le %s entre 7 h et 9 h.',
               'parking': 'Le stationnement arrière sera fermé le %s pour le lignage. Vignette employé no %s à afficher.',
               'reno': 'Les rénovations de la salle d\'attente débutent le %s. Le bon de travail est le %s.',
               'snow': 'Avis de tempête : si la clinique ferme le %s, un message sera laissé sur la ligne principale. '
                       'Code d\'alerte %s.'}[kind]
        subj = c.pick(['Avis – installations', 'Entretien planifié', 'Info bâtiment'])
    else:
        txt = {'autoclave': 'The Steri-Tech technician will service the autoclave (asset #%s) on %s. Please prepare double '
                            'minor-surgery trays the day before.',
               'hvac': 'HVAC maintenance in the procedure room (asset %s) on %s between 7 and 9 a.m.',
               'parking': 'The back lot will be closed on %s for line painting. Staff permit #%s must be displayed.',
               'reno': 'Waiting-room renovations start %s. Work order number is %s.',
               'snow': 'Storm notice: if the clinic closes on %s, a message will be left on the main line. Alert code %s.'}[kind]
        subj = c.pick(['Facilities notice', 'Planned maintenance', 'Building info'])
    if kind in ('autoclave', 'hvac'):
        t = txt % (asset, c.fd(d, 2))
    else:
        t = txt % (c.fd(d, 2), asset)
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), t, c.bye(), c.sig(mgr))
    return _neg('facilities', 'facilities notice with asset number (%s)' % kind, frm=c.who(mgr),
                to=[(c.t('Équipe', 'Team'), 'equipe@%s' % C.SITES[c.region]['domain'])], subject=subj, text=body)


# ---------------------------------------------------------------------------
def staff_meeting_ics(c):
    mgr = c.st('mgr')
    d = c.later(3, 25)
    s = dt.datetime(d.year, d.month, d.day, 12, 0)
    topic = c.pick([('Réunion d\'équipe – indicateurs du trimestre', 'Team meeting - quarterly indicators'),
                    ('Comité qualité – tenue de dossiers', 'Quality committee - charting'),
                    ('Formation : prise de photos cliniques', 'Training: clinical photography'),
                    ('Dîner-causerie : nouveautés en psoriasis', 'Lunch & learn: what\'s new in psoriasis')])
    atts = [(C.staff(n).full, C.staff(n).email()) for n in c.rng.sample(['Marchand', 'Trudel', 'Fontaine', 'Lavallée', 'Provencher',
                                                                          'Dufresne', 'Beaulieu'], 4)]
    ics = A.make_ics('mtg-%s-%d@%s' % (s.strftime('%Y%m%d'), c.rng.randrange(1000), C.SITES[c.region]['domain']), c.pv(topic), s,
                     s + dt.timedelta(hours=1), c.t('Lunch fourni. Ordre du jour à venir.', 'Lunch provided. Agenda to follow.'),
                     location=c.t('Salle de conférence', 'Boardroom'), organizer=(mgr.full, mgr.email()), attendees=atts)
    body = c.t('Vous êtes invités à : ', 'You are invited to: ') + c.pv(topic) + '\n\n' + c.sig(mgr, short=True)
    return _neg('staff_meeting_ics', 'staff meeting invitation (ICS)', frm=c.who(mgr), to=atts,
                subject=c.t('Invitation : ', 'Invitation: ') + c.pv(topic), text=body,
                attachments=[ics_att(c, ics, inline=c.chance(0.5))])


# ---------------------------------------------------------------------------
def job_posting(c):
    hr = c.st('hr')
    job = c.pick([('Infirmière clinicienne ou infirmier clinicien – dermatologie et biologiques',
                   'Clinical Nurse - Dermatology and Biologics'),
                  ('Secrétaire médicale – chirurgie plastique', 'Medical Secretary - Plastic Surgery'),
                  ('Technicienne en photothérapie', 'Phototherapy Technician'),
                  ('Infirmière en soins de plaies (temps partiel)', 'Wound Care Nurse (part-time)'),
                  ('Coordonnatrice de la télédermatologie', 'Teledermatology Coordinator')])
    sal = c.rng.randrange(26, 48)
    if c.lang == 'fr':
        body = ('%s\n\n%s – %s\n\nNous recherchons une personne dynamique pour se joindre à notre équipe. '
                'Responsabilités : accueil des patients, enseignement des injections de biologiques, gestion des '
                'photos de télédermatologie, suivi des résultats de biopsie avec les médecins.\n\n'
                'Exigences : permis d\'exercice valide, bilinguisme un atout, 2 ans d\'expérience.\n'
                'Salaire : %d $ à %d $/h selon l\'expérience. Assurances collectives, REER.\n\n'
                'Envoyez votre CV à emplois@%s avant le %s.\n\n%s') % (
            c.hi(), job[0], c.site_name(), sal, sal + 9, C.SITES[c.region]['domain'], c.fd(c.later(10, 30), 2), c.sig(hr))
        subj = 'Offre d\'emploi : ' + job[0]
    else:
        body = ('%s\n\n%s - %s\n\nWe are looking for an energetic team member. Duties: greeting patients, teaching '
                'biologic self-injection, managing teledermatology photos, following up biopsy results with physicians.\n\n'
                'Requirements: valid licence, bilingualism an asset, 2 years of experience.\nPay: $%d-%d/h depending on '
                'experience. Group benefits, RRSP.\n\nSend your CV to jobs@%s by %s.\n\n%s') % (
            c.hi(), job[1], c.site_name(), sal, sal + 9, C.SITES[c.region]['domain'], c.fd(c.later(10, 30), 2), c.sig(hr))
        subj = 'Job posting: ' + job[1]
    return _neg('job_posting', 'job posting', frm=c.who(hr), to=[(c.t('Affichage', 'Postings'), 'affichage@emplois-sante.example')],
                subject=subj, text=body, tr={'alt': True} if c.chance(0.5) else {'html_only': True})


# ---------------------------------------------------------------------------
def resident_rotation(c):
    res = c.st('res')
    mgr = c.st('mgr')
    start = c.later(15, 45)
    body = c.t(
        '%s\n\nDr(e) %s fera son stage à la clinique du %s au %s. Horaire : lundi et mercredi clinique générale avec %s, '
        'jeudi chirurgie avec %s, vendredi télédermatologie. Merci de lui créer un accès au DMÉ et à DermCapture.\n\n%s\n\n%s',
        '%s\n\nDr. %s will rotate through the clinic from %s to %s. Schedule: Monday and Wednesday general clinic with %s, '
        'Thursday surgery with %s, Friday teledermatology. Please set up EMR and DermCapture access.\n\n%s\n\n%s') % (
        c.hi(), res.full, c.fd(start, 2), c.fd(start + dt.timedelta(days=27), 2), c.st('derm').dname(c.lang),
        c.st('plastic').dname(c.lang), c.bye(), c.sig(mgr))
    return _neg('resident_rotation', 'resident rotation notice', frm=c.who(mgr), to=[c.who(c.st('it')), c.who(c.st('clerk'))],
                subject=c.t('Stage – %s' % res.full, 'Rotation - %s' % res.full), text=body)


# ---------------------------------------------------------------------------
def storm_closure(c):
    mgr = c.st('mgr')
    d = c.later(0, 2)
    body = c.t(
        '%s\n\nEn raison de la tempête, la clinique sera fermée %s. Les patients seront rappelés par la réception pour '
        'reporter leurs rendez-vous (environ %d rendez-vous). Les injections de biologiques prévues seront déplacées en '
        'priorité. Les médecins de garde restent joignables au %s.\n\n%s',
        '%s\n\nDue to the storm, the clinic will be closed %s. Reception will call patients to rebook (about %d '
        'appointments). Scheduled biologic injections will be rebooked first. On-call physicians remain reachable at %s.\n\n%s') % (
        c.hig('Bonjour à tous', 'Hi everyone'), c.day(d), c.rng.randrange(40, 120), C.SITES[c.region]['phone'], c.sig(mgr))
    return _neg('closure_notice', 'storm closure notice with appointment counts', frm=c.who(mgr),
                to=[(c.t('Tout le personnel', 'All staff'), 'personnel@%s' % C.SITES[c.region]['domain'])],
                subject=c.t('Fermeture de la clinique – %s' % c.day(d), 'Clinic closure - %s' % c.day(d)), text=body)


# ---------------------------------------------------------------------------
def staff_birthday(c):
    mgr = c.st('mgr')
    emp = c.st(c.pick(['nurse', 'clerk', 'cosm', 'td']))
    body = c.t('%s\n\nC\'est l\'anniversaire de %s vendredi! Gâteau à la salle du personnel à 15 h. Contribution volontaire '
               'pour le cadeau dans l\'enveloppe à la réception.\n\n%s',
               '%s\n\nIt\'s %s\'s birthday on Friday! Cake in the staff room at 3 p.m. Voluntary contribution for the gift in '
               'the envelope at the front desk.\n\n%s') % (c.hig('Bonjour à tous', 'Hi all'), emp.full, mgr.given)
    others = [(s.full, s.email()) for s in C.STAFF if s.site == c.region and s is not emp][:6]
    return _neg('social_staff', 'staff birthday message', frm=c.who(mgr), to=others or [c.who(c.st('clerk'))],
                subject=c.t('Chut! Anniversaire de %s' % emp.given, 'Shh! %s\'s birthday' % emp.given), text=body,
                tr={'html_only': c.chance(0.5)})
