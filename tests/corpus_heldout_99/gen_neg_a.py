"""Negative templates A: staff / HR, schedules, IT, facilities, equipment, sterilisation."""
import datetime

from stdnum import luhn

from gen_files import ics_bytes, vcf_bytes
from gen_tpl import (mk, sig, hello, bye, att, pdf_att, docx_att, xlsx_att, csv_att, re_, fw_, earlier,
                     quoted, appt, appt_str, short_date, tz_for)
from gen_common import JOURS, DAYS


def luhn_serial(rng, n=9, first='123456789'):
    body = rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def _staff_list(w, keys, k):
    pool = []
    for key in keys:
        pool += w.staff[key]
    return ctx_sample(w.rng, pool, k)


def ctx_sample(rng, pool, k):
    k = min(k, len(pool))
    return rng.sample(pool, k)


# ------------------------------------------------------------------ N1 hygienist schedule (XLSX)
def n_hyg_schedule(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    staff = w.staff['hyg'] + w.staff['assist']
    start = ctx.date.date() + datetime.timedelta(days=(7 - ctx.date.weekday()) % 7 + 7)
    hdr = [ctx.fr('Employé', 'Employee')] + [(JOURS if ctx.lang == 'fr' else DAYS)[i][:3] + ' ' +
                                             (start + datetime.timedelta(days=i)).strftime('%d/%m') for i in range(5)]
    rows = []
    for s in staff:
        rows.append([s.full] + [rng.choice(['8h-16h', '10h-18h', '12h-20h', ctx.fr('congé', 'off'), ctx.fr('formation', 'training'),
                                            '8h-12h']) for _ in range(5)])
    body = [hello(ctx), ctx.fr('Voici l\'horaire des hygiénistes et assistantes pour la semaine du %s. Les échanges de quarts doivent être approuvés.' % short_date(start, 'fr'),
                               'Here is the hygienist / assistant schedule for the week of %s. Shift swaps need approval.' % short_date(start, 'en')),
            bye(ctx), sig(ctx, mgr)]
    atts = [xlsx_att(ctx.fr('horaire_semaine_%s.xlsx', 'schedule_week_%s.xlsx') % start.strftime('%Y%m%d'), [('Horaire', [hdr] + rows)], mgr.full)]
    if rng.random() < 0.3:
        body.insert(2, ('table', hdr, rows))
        atts = []
    return mk(ctx, 'staff_schedule', 'staff weekly schedule', mgr, staff[:3], ctx.fr('Horaire - semaine du %s', 'Schedule - week of %s') % short_date(start, ctx.lang),
              body, atts=atts)


# ------------------------------------------------------------------ N2 staff leave / sick leave
def n_staff_leave(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    s = w.s(rng.choice(['hyg', 'assist', 'recep']))
    dent = w.s('dentist')
    reason = ctx.fr(rng.choice(['en congé de maladie jusqu\'au %s', 'en arrêt de travail (chirurgie au genou) jusqu\'au %s',
                                'en congé de maternité à partir du %s', 'absente pour raisons familiales jusqu\'au %s']),
                    rng.choice(['on sick leave until %s', 'off work (knee surgery) until %s', 'on maternity leave starting %s',
                                'away for family reasons until %s']))
    d = appt(ctx, 5, 40)
    body = [hello(ctx), ctx.fr('Je vous informe que %s sera %s. ' % (s.full, reason % short_date(d, 'fr')),
                               'Just letting you know that %s will be %s. ' % (s.full, reason % short_date(d, 'en'))) +
            ctx.fr('Ses rendez-vous seront redistribués; merci de votre collaboration pour couvrir les plages.',
                   '%s appointments will be redistributed; thanks for helping cover the slots.' % ('Her' if s.sex == 'F' else 'His')),
            ctx.fr('Merci de ne pas %s contacter pendant son absence pour des questions de travail.' % ('la' if s.sex == 'F' else 'le'),
                   'Please do not contact %s about work matters during the leave.' % ('her' if s.sex == 'F' else 'him')), bye(ctx), sig(ctx, mgr)]
    return mk(ctx, 'staff_leave', 'employee leave notice (HR)', mgr, [dent] + w.staff['recep'][:1],
              ctx.fr('Absence - %s', 'Absence - %s') % s.given, body)


# ------------------------------------------------------------------ N3 occupational health (employee needle-stick)
def n_occ_health(w, ctx):
    rng = ctx.rng
    hr = w.s('hr')
    s = w.s(rng.choice(['hyg', 'assist', 'nurse']))
    mgr = w.s('mgr')
    body = [hello(ctx, s.given),
            ctx.fr('Suite à votre déclaration d\'exposition accidentelle (piqûre avec une aiguille de seringue dentaire) du %s, '
                   'votre suivi en santé et sécurité au travail est ouvert. Votre rendez-vous au bureau de santé des employés est le %s.'
                   % (earlier(ctx, 48, 200).strftime('%Y-%m-%d'), appt_str(appt(ctx, 2, 10), 'fr')),
                   'Following your report of an accidental exposure (needle-stick with a dental syringe) on %s, your occupational '
                   'health follow-up is open. Your employee health appointment is %s.'
                   % (earlier(ctx, 48, 200).strftime('%Y-%m-%d'), appt_str(appt(ctx, 2, 10), 'en'))),
            ctx.fr('Le formulaire d\'événement (AH-223) est à remplir avec votre gestionnaire. Aucune information sur la personne source '
                   'ne doit être transmise par courriel.',
                   'The incident form must be completed with your manager. No information about the source person should be sent by e-mail.'),
            bye(ctx), sig(ctx, hr)]
    return mk(ctx, 'occupational_health', 'employee needle-stick follow-up (occupational health)', hr, [s], ctx.fr(
        'Suivi SST - exposition accidentelle', 'Occupational health follow-up - exposure'), body, cc=[mgr])


# ------------------------------------------------------------------ N4 payroll
def n_payroll(w, ctx):
    rng = ctx.rng
    hr = w.s('hr')
    body = [hello(ctx, 'à tous' if ctx.lang == 'fr' else 'all'),
            ctx.fr('Les relevés de paie de la période %d sont disponibles dans le portail employé. Rappel : le changement de '
                   'dépôt direct doit être fait avant jeudi midi. Les feuillets T4/Relevé 1 seront disponibles en février.' % rng.randrange(1, 26),
                   'Pay statements for period %d are available in the employee portal. Reminder: direct deposit changes must be made '
                   'before Thursday noon. T4 / RL-1 slips will be available in February.' % rng.randrange(1, 26)),
            ctx.fr('Pour toute question : poste 4412.', 'Questions: ext. 4412.'), sig(ctx, hr)]
    return mk(ctx, 'payroll', 'payroll notice', hr, [('Personnel CBMF', 'personnel-cbmf@hr-hautesrivieres.example')],
              ctx.fr('Paie - période en cours', 'Payroll - current period'), body)


# ------------------------------------------------------------------ N5 on-call roster
def n_oncall(w, ctx):
    rng = ctx.rng
    sec = w.s('omfs_sec')
    people = w.staff['omfs'] + w.staff['resident']
    start = ctx.date.date().replace(day=1) + datetime.timedelta(days=32)
    start = start.replace(day=1)
    rows = []
    for i in range(14):
        d = start + datetime.timedelta(days=i)
        rows.append([d.strftime('%Y-%m-%d'), rng.choice(w.staff['resident']).title(ctx.lang), rng.choice(w.staff['omfs']).title(ctx.lang)])
    body = [hello(ctx), ctx.fr('Garde CBMF pour les deux premières semaines du mois. Les échanges passent par moi.',
                               'OMFS call for the first two weeks of the month. Swaps go through me.'),
            ('table', [ctx.fr('Date', 'Date'), ctx.fr('Résident', 'Resident'), ctx.fr('Patron', 'Staff')], rows), sig(ctx, sec)]
    return mk(ctx, 'oncall_roster', 'staff on-call roster', sec, people[:4], ctx.fr('Horaire de garde', 'Call schedule'), body,
              body_form=rng.choice(['html', 'alt', 'plain']))


# ------------------------------------------------------------------ N6 IT notice (downtime, imaging software)
def n_it_notice(w, ctx):
    rng = ctx.rng
    it = w.s('it')
    d = appt(ctx, 2, 12, hours=(18, 19, 20, 21))
    sw = rng.choice(['logiciel d\'imagerie (pano / CBCT)', 'dossier dentaire électronique', 'serveur PACS dentaire'])
    sw_en = {'logiciel d\'imagerie (pano / CBCT)': 'imaging software (pano / CBCT)', 'dossier dentaire électronique': 'dental EHR',
             'serveur PACS dentaire': 'dental PACS server'}[sw]
    body = [hello(ctx), ctx.fr('Une mise à jour du %s aura lieu le %s. Interruption prévue de 2 heures.' % (sw, appt_str(d, 'fr')),
                               'An update of the %s is scheduled for %s. Expect 2 hours of downtime.' % (sw_en, appt_str(d, 'en'))),
            ctx.fr('Pendant la panne, utilisez les formulaires papier (procédure de relève, onglet 4 du cartable rouge). Aucune image '
                   'ne sera perdue. Billet de service : INC%07d.' % rng.randrange(10 ** 7),
                   'During the outage please use the paper downtime forms (red binder, tab 4). No images will be lost. Ticket: INC%07d.'
                   % rng.randrange(10 ** 7)), sig(ctx, it)]
    return mk(ctx, 'it_notice', 'IT downtime notice', it, [('CBMF - tous', 'cbmf-tous@hr-hautesrivieres.example')],
              ctx.fr('[Informatique] Interruption planifiée', '[IT] Planned outage'), body)


# ------------------------------------------------------------------ N7 phishing warning
def n_phishing(w, ctx):
    rng = ctx.rng
    it = w.s('it')
    body = [hello(ctx), ctx.fr('Plusieurs employés ont reçu un faux courriel « Résultats de laboratoire du patient — action requise » '
                               'contenant un lien vers un faux portail. Ne cliquez pas et ne fournissez jamais votre mot de passe.',
                               'Several staff received a fake e-mail "Patient lab results - action required" linking to a fake portal. '
                               'Do not click and never enter your password.'),
            ctx.fr('Signalez les courriels suspects avec le bouton « Signaler » dans Outlook.', 'Report suspicious mail with the Report button in Outlook.'),
            sig(ctx, it)]
    return mk(ctx, 'it_phishing', 'phishing awareness notice mentioning patient results generically', it,
              [('Tous les usagers', 'tous@hr-hautesrivieres.example')], ctx.fr('ALERTE hameçonnage', 'Phishing ALERT'), body,
              body_form=rng.choice(['html', None]))


# ------------------------------------------------------------------ N8 facilities / waterlines
def n_waterlines(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    rows = [[ctx.fr('Fauteuil %d', 'Chair %d') % i, '%d UFC/mL' % rng.choice([12, 40, 85, 150, 320, 610]),
             ctx.fr('conforme', 'pass') if rng.random() < 0.8 else ctx.fr('à traiter', 'shock treatment')] for i in range(1, 8)]
    body = [hello(ctx), ctx.fr('Résultats de l\'analyse trimestrielle de l\'eau des unités dentaires (norme < 500 UFC/mL) :',
                               'Quarterly dental unit waterline results (target < 500 CFU/mL):'),
            ('table', [ctx.fr('Unité', 'Unit'), ctx.fr('Résultat', 'Result'), ctx.fr('Statut', 'Status')], rows),
            ctx.fr('Les unités non conformes seront traitées vendredi après la fermeture.', 'Failing units will be shock-treated Friday after closing.'),
            sig(ctx, mgr)]
    return mk(ctx, 'waterline_results', 'dental unit waterline test results (not patients)', mgr,
              w.staff['dentist'][:2] + w.staff['hyg'][:2], ctx.fr('Qualité de l\'eau - résultats', 'Waterline testing - results'), body)


# ------------------------------------------------------------------ N9 sterilisation spore test
def n_spore(w, ctx):
    rng = ctx.rng
    a = w.s('assist')
    mgr = w.s('mgr')
    serial = luhn_serial(rng, 9)
    body = [hello(ctx), ctx.fr('Test biologique hebdomadaire de l\'autoclave (n° de série %s) : résultat négatif, conforme. '
                               'Témoin positif : croissance observée. Registre signé.' % ' '.join([serial[:3], serial[3:6], serial[6:]]),
                               'Weekly biological indicator for autoclave serial %s: negative (pass). Control: growth observed. Log signed.'
                               % ' '.join([serial[:3], serial[3:6], serial[6:]])),
            ctx.fr('Lot d\'indicateurs : %s, exp. 2026-03.' % luhn_serial(rng, 10), 'Indicator lot: %s, exp. 2026-03.' % luhn_serial(rng, 10)),
            sig(ctx, a)]
    return mk(ctx, 'sterilisation_log', 'autoclave spore test with checksum-valid serial', a, [mgr],
              ctx.fr('Test de spores - semaine %d', 'Spore test - week %d') % ctx.date.isocalendar()[1], body)


# ------------------------------------------------------------------ N10 equipment service report (PDF)
def n_equipment(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    tech = ('Service technique Dentaltek', 'service@dentaltek.example')
    serial = luhn_serial(rng, 10)
    asset = 'ACT-%s' % luhn_serial(rng, 9)
    blocks = [('h', ctx.fr('Rapport d\'intervention', 'Service report')),
              ctx.fr('Appareil : CBCT modèle X-900\nN° de série : %s\nN° d\'actif : %s' % (serial, asset),
                     'Device: CBCT model X-900\nSerial: %s\nAsset: %s' % (serial, asset)),
              ctx.fr('Calibration du capteur, test de dose (CTDI) conforme, remplacement du filtre. Temps : 2,5 h.',
                     'Sensor calibration, dose test (CTDI) within limits, filter replaced. Labour: 2.5 h.')]
    body = [hello(ctx), ctx.fr('Rapport de service en pièce jointe.', 'Service report attached.'), bye(ctx),
            ('sig', ['Service technique', tech[1], '1-800-555-0199'])]
    return mk(ctx, 'equipment_service', 'equipment service report with serial and asset numbers', tech, [mgr],
              ctx.fr('Rapport de service - CBCT', 'Service report - CBCT'), body,
              atts=[pdf_att('rapport_service_%s.pdf' % serial, 'Dentaltek', blocks)])


# ------------------------------------------------------------------ N11 staff meeting invitation (ICS)
def n_staff_meeting(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'omfs']))
    d = appt(ctx, 3, 15, hours=(12, 17))
    topic = ctx.fr(rng.choice(['Protocole de gestion des anticoagulants', 'Nouveau formulaire de consentement', 'Audit des dossiers',
                               'Prévention des infections']),
                   rng.choice(['Anticoagulant management protocol', 'New consent form', 'Chart audit', 'Infection prevention']))
    att_list = [(s.title(ctx.lang), s.email) for s in w.staff['dentist'][:3] + w.staff['hyg'][:2]]
    ics = ics_bytes('meet-%d@boreal-dentaire.example' % rng.randrange(10 ** 6), d, d + datetime.timedelta(hours=1),
                    ctx.fr('Réunion d\'équipe : ', 'Team meeting: ') + topic, ctx.fr('Dîner fourni. Ordre du jour à venir.',
                                                                                       'Lunch provided. Agenda to follow.'),
                    ctx.fr('Salle de réunion 2', 'Meeting room 2'), (mgr.full, mgr.email), att_list)
    body = [ctx.fr('Réunion d\'équipe : %s' % topic, 'Team meeting: %s' % topic), appt_str(d, ctx.lang), sig(ctx, mgr)]
    if rng.random() < 0.5:
        return mk(ctx, 'staff_meeting_ics', 'staff meeting invitation', mgr, [('Équipe', 'equipe@boreal-dentaire.example')],
                  ctx.fr('Invitation : ', 'Invitation: ') + topic, body, calendar=ics, body_form='alt')
    return mk(ctx, 'staff_meeting_ics', 'staff meeting invitation (.ics)', mgr, [('Équipe', 'equipe@boreal-dentaire.example')],
              ctx.fr('Invitation : ', 'Invitation: ') + topic, body, atts=[att('reunion.ics', 'text/calendar', ics)])


# ------------------------------------------------------------------ N12 vCard of a colleague / supplier
def n_vcard(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    s = w.s(rng.choice(['ortho', 'omfs', 'labtech', 'pharm']))
    org = w.org(s.org)
    vcf = vcf_bytes(s.given, s.surname, tel=[('WORK', org.phone), ('FAX', org.fax)], email=s.email, org=org.name(ctx.lang),
                    title=s.role(ctx.lang))
    body = [hello(ctx), ctx.fr('Voici les coordonnées de %s (%s) pour vos références.' % (s.title('fr'), s.role('fr')),
                               'Contact card for %s (%s) for your referrals.' % (s.title('en'), s.role('en'))), bye(ctx), sig(ctx, mgr)]
    return mk(ctx, 'colleague_vcard', 'vCard of a professional colleague', mgr, w.staff['dentist'][:2],
              ctx.fr('Coordonnées - %s', 'Contact - %s') % s.title(ctx.lang), body,
              atts=[att('%s.vcf' % s.surname, 'text/vcard', vcf)])


# ------------------------------------------------------------------ N13 staff thread with quoted history
def n_staff_thread(w, ctx):
    rng = ctx.rng
    a, b = rng.sample(w.staff['dentist'] + w.staff['hyg'] + w.staff['assist'], 2)
    topic = ctx.fr(rng.choice(['Dîner-conférence jeudi', 'Commande de gants', 'Stationnement', 'Party de Noël']),
                   rng.choice(['Lunch & learn Thursday', 'Glove order', 'Parking', 'Holiday party']))
    old = [ctx.fr('Qui vient jeudi? Le représentant apporte des sandwichs et parle des nouveaux implants courts.',
                  'Who is coming Thursday? The rep brings sandwiches and will talk about short implants.'), a.given]
    body = [rng.choice([ctx.fr('Moi! Mettez-moi sur la liste.', 'Count me in.'), ctx.fr('Je ne pourrai pas, j\'ai des patients jusqu\'à 18 h.',
                                                                                  'Can\'t make it, I have patients until 6.')]),
            sig(ctx, b), quoted(ctx, a, b, earlier(ctx, 1, 30), topic, old)]
    return mk(ctx, 'staff_thread', 'staff reply thread', b, [a], re_(ctx, topic), body, body_form=rng.choice([None, 'plain']))


# ------------------------------------------------------------------ N14 radiation dosimetry (staff)
def n_dosimetry(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    rows = [[s.full, s.role(ctx.lang), '%.2f mSv' % rng.uniform(0.0, 0.15)] for s in w.staff['dentist'] + w.staff['hyg'] + w.staff['assist']]
    body = [hello(ctx), ctx.fr('Résultats trimestriels des dosimètres du personnel; toutes les valeurs sont sous le seuil de déclaration.',
                               'Quarterly staff dosimeter results; all values are below the reporting threshold.'),
            ('table', [ctx.fr('Employé', 'Employee'), ctx.fr('Fonction', 'Role'), 'Dose'], rows), sig(ctx, mgr)]
    return mk(ctx, 'staff_dosimetry', 'staff radiation dosimetry results (occupational)', mgr,
              [('Équipe', 'equipe@boreal-dentaire.example')], ctx.fr('Dosimétrie - trimestre', 'Dosimetry - quarter'), body)


# ------------------------------------------------------------------ N15 staff flu vaccination clinic
def n_vaccination(w, ctx):
    rng = ctx.rng
    hr = w.s('hr')
    d = appt(ctx, 2, 20)
    body = [hello(ctx), ctx.fr('La clinique de vaccination antigrippale pour les employés aura lieu le %s au local B-112. Apportez votre carte d\'employé.'
                               % appt_str(d, 'fr'), 'The staff flu vaccination clinic will be held %s in room B-112. Bring your employee ID.'
                               % appt_str(d, 'en')),
            ctx.fr('Taux de vaccination du personnel l\'an dernier : 64 %.', 'Staff vaccination rate last year: 64%.'), sig(ctx, hr)]
    return mk(ctx, 'staff_vaccination', 'staff flu vaccination clinic', hr, [('Tous', 'tous@hr-hautesrivieres.example')],
              ctx.fr('Vaccination antigrippale - employés', 'Staff flu shots'), body)


# ------------------------------------------------------------------ N16 clinic closure / holiday hours
def n_closure(w, ctx):
    rng = ctx.rng
    rec = w.s(rng.choice(['recep', 'mgr']))
    org = w.org('clinic')
    body = [ctx.fr('Veuillez noter que la clinique sera fermée du 24 décembre au 2 janvier. En cas d\'urgence dentaire, composez le %s '
                   'pour les instructions ou présentez-vous à l\'urgence de l\'Hôpital régional.' % org.phone,
                   'Please note the clinic will be closed from December 24 to January 2. For dental emergencies call %s for instructions '
                   'or go to the Regional Hospital emergency department.' % org.phone), sig(ctx, rec)]
    return mk(ctx, 'closure_notice', 'holiday closure notice', rec, [('Clientèle', 'infolettre@boreal-dentaire.example')],
              ctx.fr('Horaire des Fêtes', 'Holiday hours'), body, body_form=rng.choice(['html', 'alt']))


# ------------------------------------------------------------------ N17 student rotation schedule
def n_students(w, ctx):
    rng = ctx.rng
    sec = w.s('omfs_sec')
    from gen_common import FR_GIVEN_F, FR_GIVEN_M, STAFF_SURNAMES
    hs = {h.surname for h in w.holders}
    sn = [s for s in STAFF_SURNAMES if s not in hs]
    rows = [['%s %s' % (rng.choice(FR_GIVEN_F + FR_GIVEN_M), rng.choice(sn)), ctx.fr('4e année', '4th year'),
             rng.choice(['Bloc', 'Clinique externe', 'Urgence']), ('%s' + ctx.fr(' au ', ' to ') + '%s') % ('2025-%02d-01' % m, '2025-%02d-28' % m)]
            for m in range(rng.randrange(1, 6), 12, 2)]
    body = [hello(ctx), ctx.fr('Stages des étudiants en médecine dentaire pour la session :', 'Dental student rotations this term:'),
            ('table', [ctx.fr('Étudiant', 'Student'), ctx.fr('Niveau', 'Level'), 'Site', 'Dates'], rows), sig(ctx, sec)]
    return mk(ctx, 'student_rotations', 'dental student rotation schedule', sec, w.staff['omfs'][:2],
              ctx.fr('Stages étudiants', 'Student rotations'), body)


# ------------------------------------------------------------------ N18 forwarded IT notice as .eml
def n_eml_it(w, ctx):
    rng = ctx.rng
    it = w.s('it')
    mgr = w.s('mgr')
    dt = earlier(ctx, 24, 100)
    inner = dict(frm=it.addr(ctx.lang), to=[('Tous', 'tous@hr-hautesrivieres.example')], cc=[], lang=ctx.lang,
                 subject=ctx.fr('Changement de mot de passe obligatoire', 'Mandatory password change'),
                 date=dt, msgid='<%d@hr-hautesrivieres.example>' % rng.randrange(10 ** 9),
                 blocks=[ctx.fr('Tous les comptes devront changer leur mot de passe d\'ici le 30. Minimum 14 caractères.',
                                'All accounts must change their password by the 30th. Minimum 14 characters.'), sig(ctx, it)],
                 attachments=[])
    body = [ctx.fr('Pour info, à appliquer aussi aux postes de la clinique.', 'FYI, applies to the clinic workstations too.'), sig(ctx, mgr)]
    return mk(ctx, 'eml_forward_it', 'IT notice forwarded as message/rfc822', mgr, w.staff['recep'][:2],
              fw_(ctx, inner['subject']), body, atts=[dict(eml=inner, filename=rng.choice([None, 'avis.eml']))])
