"""Negative scenarios, part A: staff, HR, schedules, payroll, newsletters, committees, events."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

CLIN = ['chef', 'lachance', 'haddad', 'raman', 'beaulieu', 'oconnell', 'rioux']
RES = ['bergeron', 'sirois', 'kowalski', 'mensah']
SUPPORT = ['lacasse', 'fitzgerald', 'ferreira', 'gingras', 'turcotte', 'doyle', 'kaur', 'perreault', 'drouin']


def st(ctx, group):
    return S[ctx.rng.choice(group)]


def leave_schedule(ctx):
    """Summer leave schedule / a colleague's leave, staff only."""
    rng = ctx.rng
    mgr = S['demers']
    people = rng.sample(CLIN + SUPPORT, 6)
    rows = [ctx.L(['Employé(e)', 'Titre d\'emploi', 'Du', 'Au', 'Remplacement'],
                  ['Employee', 'Job title', 'From', 'To', 'Coverage'])]
    base = datetime.date(2025, 6, 23)
    for i, k in enumerate(people):
        s = S[k]
        d0 = base + datetime.timedelta(weeks=rng.randint(0, 8))
        rows.append([S[k].titled(ctx.lang), s.role(ctx.lang).split(',')[0], d0.isoformat(),
                     (d0 + datetime.timedelta(days=rng.choice([11, 18, 25]))).isoformat(),
                     S[rng.choice([x for x in CLIN + SUPPORT if x != k])].full])
    note = rng.choice(ctx.L(['Dre Raman sera en congé de maternité à partir du 4 août; le Dr Haddad reprend ses cas de fractures.',
                             'Rappel : les demandes de vacances d\'hiver doivent être déposées avant le 15 septembre.',
                             'Le Dr O\'Connell sera absent pour une chirurgie du genou prévue en juillet (retour progressif en septembre).'],
                            ['Dr. Raman will be on maternity leave from August 4; Dr. Haddad takes over her fracture cases.',
                             'Reminder: winter vacation requests are due by September 15.',
                             "Dr. O'Connell will be off for knee surgery in July (gradual return in September)."]))
    body = '\n'.join([T.greet(ctx), '', ctx.L('Voici le calendrier des vacances estivales approuvées pour la clinique CBMF.',
                                              'Here is the approved summer vacation schedule for the OMFS clinic.'),
                      note, '', M.text_table(rows), '', T.bye(ctx, mgr)])
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(ctx.L('vacances_ete_2025.xlsx', 'summer_leave_2025.xlsx'), XLSX,
                        A.make_xlsx([(ctx.L('Vacances', 'Leave'), rows)], author=mgr.full)))
    msg = M.build_message(ctx, addr(mgr), P.SHARED['tous'], ctx.L('Calendrier des vacances — été 2025', 'Summer 2025 leave schedule'),
                          body, attachments=atts)
    return 'hr', 'staff summer leave schedule', msg


def oncall_schedule(ctx):
    """Residents' and surgeons' on-call schedule."""
    rng = ctx.rng
    chief = st(ctx, RES)
    start = ctx.today + datetime.timedelta(days=(7 - ctx.today.weekday()))
    rows = [ctx.L(['Date', 'Résident(e) de garde', 'Patron(ne)', 'Pagette'], ['Date', 'Resident on call', 'Staff', 'Pager'])]
    for i in range(14):
        d = start + datetime.timedelta(days=i)
        rows.append([d.isoformat(), S[rng.choice(RES)].full, S[rng.choice(CLIN[:4])].titled(ctx.lang), '41%02d' % rng.randint(50, 59)])
    form = rng.choice(['xlsx', 'html', 'csv'])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Horaire de garde des deux prochaines semaines. Les échanges doivent être approuvés par Dre Vaillancourt.',
                                              'On-call schedule for the next two weeks. Swaps must be approved by Dr. Vaillancourt.'), '',
                      T.bye(ctx, chief, short=True)])
    atts, html = [], None
    if form == 'xlsx':
        atts.append(Att(ctx.L('garde_CBMF_%s.xlsx', 'OMFS_oncall_%s.xlsx') % start.isoformat(), XLSX,
                        A.make_xlsx([(ctx.L('Garde', 'On call'), rows)], author=chief.full)))
    elif form == 'csv':
        cs = rng.choice(['utf-8', 'windows-1252'])
        atts.append(Att('garde.csv' if ctx.fr else 'oncall.csv', 'text/csv', A.make_csv(rows, charset=cs, delimiter=';'), charset=cs))
    else:
        html = '<html><body><p>%s</p>%s<p>%s</p></body></html>' % (body.split('\n\n')[1], M.html_table(rows), chief.full)
        body += '\n\n' + M.text_table(rows)
    msg = M.build_message(ctx, addr(chief), P.SHARED['residents'], ctx.L('Horaire de garde', 'On-call schedule') + ' ' + start.strftime('%d/%m'),
                          body, html=html, attachments=atts, form='alt' if html else None)
    return 'schedule', 'on-call schedule for residents and staff', msg


def payroll(ctx):
    """Payroll notice: pay dates, retroactive pay, employee number format."""
    rng = ctx.rng
    pay = S['archambault']
    emp = S[rng.choice(CLIN + SUPPORT + RES)]
    kind = rng.choice(['calendar', 'retro', 'individual'])
    if kind == 'calendar':
        rows = [ctx.L(['Période', 'Début', 'Fin', 'Date de paie'], ['Period', 'Start', 'End', 'Pay date'])]
        d = datetime.date(2025, 3, 30)
        for i in range(8):
            rows.append(['%02d' % (i + 7), d.isoformat(), (d + datetime.timedelta(days=13)).isoformat(),
                         (d + datetime.timedelta(days=18)).isoformat()])
            d += datetime.timedelta(days=14)
        body = '\n'.join([T.greet(ctx), '', ctx.L('Calendrier de paie du 2e trimestre. Les feuilles de temps doivent être approuvées le lundi suivant la fin de période avant 12 h.',
                                                  'Q2 pay calendar. Timesheets must be approved by noon on the Monday after period end.'),
                          '', M.text_table(rows), '', T.bye(ctx, pay)])
        to, subj = P.SHARED['tous'], ctx.L('Calendrier de paie — T2', 'Pay calendar - Q2')
    elif kind == 'retro':
        body = '\n'.join([T.greet(ctx), '', ctx.L(
            'Suite à la signature de la convention collective, la rétroactivité salariale (2,8 %% au 1er avril 2024) sera versée sur la paie du %s. '
            'Un relevé distinct sera disponible dans Logibec Espace Employé.',
            'Following ratification of the collective agreement, retroactive pay (2.8%% from April 1, 2024) will be paid on %s. '
            'A separate statement will be available in the employee portal.') % ctx.day(7, 20).isoformat(), '', T.bye(ctx, pay)])
        to, subj = P.SHARED['tous'], ctx.L('Rétroactivité salariale', 'Retroactive pay')
    else:
        num = C.luhn_serial(rng, 9)
        body = '\n'.join([T.greet(ctx, emp), '', ctx.L(
            'Nous avons bien reçu votre formulaire de changement de dépôt direct. Le changement sera effectif à la paie du %s.\n'
            'Matricule : %s\nPour toute question : poste 20520.',
            'We received your direct deposit change form. It will take effect on the %s pay.\nEmployee no.: %s\nQuestions: ext. 20520.')
            % (ctx.day(5, 15).isoformat(), C.fmt_sin(num, 'spaced')), '', T.bye(ctx, pay)])
        to, subj = addr(emp), ctx.L('Dépôt direct — confirmation', 'Direct deposit - confirmation')
    msg = M.build_message(ctx, addr(pay), to, subj, body)
    return 'payroll', 'payroll notice to staff', msg


def newsletter(ctx):
    """Department newsletter (HTML) with staff named next to disease words."""
    rng = ctx.rng
    comm = S['st_onge']
    items = rng.sample(ctx.L([
        ('Distinction', 'La Dre Hélène Vaillancourt a reçu le prix d\'excellence de l\'Ordre pour ses travaux sur l\'ostéonécrose des maxillaires liée aux bisphosphonates.'),
        ('Nouvelle clinique', 'La clinique de dentisterie oncologique de la Dre Camille Rioux accueille maintenant les patients en pré-radiothérapie le mardi et le jeudi.'),
        ('Bienvenue', 'Bienvenue à Megan Fitzgerald, hygiéniste dentaire, qui se joint à l\'équipe de médecine dentaire hospitalière.'),
        ('Recherche', 'Le Dr Karim Haddad publie dans le Journal of Oral and Maxillofacial Surgery une série de 212 fractures mandibulaires traitées par miniplaques.'),
        ('Formation', 'Le Dr Réjean Ménard donnera une mise à jour sur la sédation intraveineuse et l\'apnée du sommeil le 22 mai.'),
        ('Statistiques', 'En 2024, le service a réalisé 1 184 bilans dentaires pré-greffe et pré-radiothérapie, une hausse de 14 %.'),
        ('Santé et mieux-être', 'La campagne de vaccination antigrippale du personnel se termine vendredi; 81 % de l\'équipe est vaccinée.'),
    ], [
        ('Award', 'Dr. Hélène Vaillancourt received the Order\'s excellence award for her work on bisphosphonate-related osteonecrosis of the jaw.'),
        ('New clinic', 'Dr. Camille Rioux\'s oncology dental clinic now sees pre-radiation patients on Tuesdays and Thursdays.'),
        ('Welcome', 'Welcome to Megan Fitzgerald, dental hygienist, joining the hospital dentistry team.'),
        ('Research', 'Dr. Karim Haddad published a series of 212 mandible fractures treated with miniplates in the Journal of Oral and Maxillofacial Surgery.'),
        ('Education', 'Dr. Réjean Ménard will give an update on IV sedation and sleep apnoea on May 22.'),
        ('By the numbers', 'In 2024 the department completed 1,184 pre-transplant and pre-radiation dental assessments, up 14%.'),
        ('Wellness', 'The staff flu vaccination campaign ends Friday; 81% of the team is vaccinated.'),
    ]), 4)
    title = ctx.L('L\'Écho CBMF — %s 2025', 'OMFS Echo - %s 2025') % (C.MOIS if ctx.fr else C.MONTHS)[ctx.today.month - 1]
    text = title + '\n\n' + '\n\n'.join('%s\n%s' % (h, t) for h, t in items) + '\n\n' + ctx.L(
        'Pour vous désabonner, écrivez à communications@chue.example.', 'To unsubscribe, write to communications@chue.example.')
    html = ('<html><head><meta charset="%%CHARSET%%"><style>h2{color:#005a8c}</style></head><body>'
            '<table width="600" align="center"><tr><td><h1>' + title + '</h1>'
            + ''.join('<h2>%s</h2><p>%s</p>' % (h, t) for h, t in items)
            + '<p style="font-size:9pt;color:#777">' + P.ORG[ctx.lang] + ' &middot; ' + ' &middot; '.join(P.CLINIC_ADDR[ctx.lang])
            + '<br>' + ctx.L('Pour vous désabonner', 'Unsubscribe') + ': communications@chue.example</p></td></tr></table></body></html>')
    msg = M.build_message(ctx, ('Communications CHUE', P.SHARED['comm']), P.SHARED['tous'], title, text, html=html,
                          form=rng.choice(['html', 'alt']), extra=['List-Unsubscribe: <mailto:' + P.SHARED['comm'] + '>'])
    return 'newsletter', 'department newsletter', msg


def committee(ctx):
    """Committee meeting notice with agenda (infection control, quality, pharmacy)."""
    rng = ctx.rng
    chair = st(ctx, ['chef', 'demers', 'champagne'])
    d = ctx.day(5, 20)
    kind = rng.choice(['prev', 'qual', 'pharm'])
    agendas = {
        'prev': ctx.L(['Adoption du procès-verbal du 12 février', 'Retraitement des pièces à main — audit de février (Mme Gingras)',
                       'Surveillance des infections du site opératoire après ROFI : taux 2024 (3,1 %)',
                       'Qualité de l\'eau des unités dentaires — résultats des prélèvements', 'Varia'],
                      ['Approval of February 12 minutes', 'Handpiece reprocessing - February audit (Ms. Gingras)',
                       'Surgical site infection surveillance after ORIF: 2024 rate (3.1%)', 'Dental unit waterline results', 'Other business']),
        'qual': ctx.L(['Événements indésirables du trimestre (agrégés)', 'Délais d\'accès : clairance pré-greffe et pré-radiothérapie',
                       'Révision de l\'ordonnance collective — sédation minimale', 'Sondage de satisfaction des usagers'],
                      ['Quarterly adverse events (aggregated)', 'Access times: pre-transplant and pre-radiation clearance',
                       'Collective order review - minimal sedation', 'Patient satisfaction survey']),
        'pharm': ctx.L(['Formulaire : ajout de l\'articaine 4 % 1:200 000', 'Pénurie de chlorhexidine 0,12 % — solutions de rechange',
                        'Protocole antibioprophylaxie en chirurgie orthognathique', 'Gestion des stupéfiants en salle de sédation'],
                       ['Formulary: adding articaine 4% 1:200,000', 'Chlorhexidine 0.12% shortage - alternatives',
                        'Antibiotic prophylaxis protocol in orthognathic surgery', 'Narcotic management in the sedation suite']),
    }[kind]
    name = {'prev': ctx.L('Comité de prévention des infections — CBMF', 'OMFS infection prevention committee'),
            'qual': ctx.L('Comité qualité et gestion des risques', 'Quality and risk management committee'),
            'pharm': ctx.L('Sous-comité de pharmacologie — médecine dentaire', 'Pharmacy and therapeutics subcommittee - dentistry')}[kind]
    members = rng.sample([S[k].titled(ctx.lang) for k in CLIN + ['demers', 'gingras', 'champagne', 'turcotte']], 5)
    body = '\n'.join([T.greet(ctx), '', ctx.L('Vous êtes convoqué(e) à la prochaine réunion du %s :', 'You are invited to the next meeting of the %s:') % name,
                      '%s, %s, %s' % (ctx.dstr(d, True), ctx.hour(12, 12), ctx.L('salle B-3120 et Teams', 'room B-3120 and Teams')), '',
                      ctx.L('Ordre du jour', 'Agenda')] + ['%d. %s' % (i + 1, a) for i, a in enumerate(agendas)] +
                     ['', ctx.L('Membres : ', 'Members: ') + ', '.join(members), '', T.bye(ctx, chair)])
    atts = []
    if rng.random() < 0.5:
        start = datetime.datetime.combine(d, datetime.time(12))
        atts.append(Att('reunion.ics' if ctx.fr else 'meeting.ics', 'text/calendar',
                        A.make_ics('cmt-%08x@%s' % (rng.getrandbits(32), P.DOMAIN), start, start + datetime.timedelta(hours=1),
                                   name, 'B-3120 / Teams', '\n'.join(agendas), (chair.full, chair.email)), charset='utf-8'))
    msg = M.build_message(ctx, addr(chair), P.SHARED['tous'], ctx.L('Convocation — ', 'Notice - ') + name, body, attachments=atts)
    return 'committee', 'committee meeting notice and agenda', msg


def conference(ctx):
    """Continuing-education day programme with speakers and clinical topics."""
    rng = ctx.rng
    org = rng.choice([S['chef'], S['st_onge'], S['rioux']])
    d = ctx.day(20, 70)
    talks = rng.sample(ctx.L([
        ('Dre Camille Rioux', 'Bilan dentaire avant radiothérapie : qui extraire, quand?'),
        ('Dr Karim Haddad', 'Fractures de l\'angle mandibulaire : une ou deux plaques?'),
        ('Dr Samuel Aucoin (Université de l\'Estuaire)', 'Ostéoradionécrose : place de la pentoxifylline-tocophérol'),
        ('Dre Priya Raman', 'Chirurgie orthognathique et apnée obstructive du sommeil'),
        ('Dr Réjean Ménard', 'Sédation IV chez le patient ASA III : pièges et sécurité'),
        ('Dre Fatima Benali (invitée)', 'Lésions potentiellement malignes de la muqueuse buccale : quand biopsier?'),
        ('Dre Annie Beaulieu', 'Le patient greffé : prise en charge dentaire sous immunosuppression'),
    ], [
        ('Dr. Camille Rioux', 'Dental assessment before radiotherapy: who to extract, and when?'),
        ('Dr. Karim Haddad', 'Mandibular angle fractures: one plate or two?'),
        ('Dr. Samuel Aucoin (Estuary University)', 'Osteoradionecrosis: the role of pentoxifylline-tocopherol'),
        ('Dr. Priya Raman', 'Orthognathic surgery and obstructive sleep apnoea'),
        ('Dr. Réjean Ménard', 'IV sedation in ASA III patients: pitfalls and safety'),
        ('Dr. Fatima Benali (guest)', 'Oral potentially malignant disorders: when to biopsy?'),
        ('Dr. Annie Beaulieu', 'The transplant patient: dental care under immunosuppression'),
    ]), 5)
    prog = []
    h = 8
    for who, what in talks:
        prog.append('%s  %s — %s' % (C.fmt_time(h, 30, ctx.lang), what, who))
        h += 1
    title = ctx.L('Journée scientifique CBMF 2025', 'OMFS Scientific Day 2025')
    body = '\n'.join([T.greet(ctx), '', ctx.L('Le programme de notre journée scientifique du %s est maintenant disponible :',
                                              'The programme for our scientific day on %s is now available:') % ctx.dstr(d, True), ''] + prog +
                     ['', ctx.L('Inscription gratuite pour le personnel (6 heures de formation reconnues). Auditorium Jean-Talon, pavillon principal.',
                                'Free registration for staff (6 CE hours). Jean-Talon auditorium, main building.'), '', T.bye(ctx, org)])
    atts = []
    r = rng.random()
    if r < 0.4:
        atts.append(Att(ctx.L('Programme_journee_scientifique.pdf', 'Scientific_day_programme.pdf'), 'application/pdf',
                        A.make_pdf(title, [ctx.dstr(d, True), ''] + prog, author=org.full)))
    elif r < 0.7:
        members = [('programme.pdf', A.make_pdf(title, prog, author=org.full)),
                   (ctx.L('formulaire_inscription.docx', 'registration_form.docx'),
                    A.make_docx(ctx.L('Inscription', 'Registration'), [ctx.L('Nom : ________', 'Name: ________'),
                                                                      ctx.L('Service : ________', 'Department: ________')]))]
        atts.append(Att(ctx.L('journée_scientifique_2025.zip', 'scientific_day_2025.zip'), 'application/zip', A.make_zip(members)))
    msg = M.build_message(ctx, addr(org), P.SHARED['tous'], title, body, attachments=atts)
    return 'conference', 'scientific day programme with speakers', msg


def job_posting(ctx):
    """Internal job posting."""
    rng = ctx.rng
    hr = S['boivin']
    job = rng.choice(ctx.L([('Hygiéniste dentaire', 'permanent temps complet, jour', '24,90 $ à 36,35 $/h'),
                            ('Assistant(e) dentaire', 'temps partiel 4 jours/14, bloc opératoire', '22,51 $ à 27,89 $/h'),
                            ('Infirmier(ère) clinicien(ne) — sédation', 'temps complet, cliniques ambulatoires', '30,47 $ à 53,44 $/h'),
                            ('Agent(e) administratif(ve) classe 2', 'remplacement 12 mois', '23,21 $ à 25,78 $/h')],
                           [('Dental hygienist', 'permanent full-time, days', '$24.90-$36.35/h'),
                            ('Dental assistant', 'part-time 4 days/14, OR', '$22.51-$27.89/h'),
                            ('Clinical nurse - sedation', 'full-time, ambulatory clinics', '$30.47-$53.44/h'),
                            ('Administrative officer class 2', '12-month replacement', '$23.21-$25.78/h')]))
    num = 'AFF-2025-%04d' % rng.randrange(10**4)
    body = '\n'.join([ctx.L('Affichage interne ', 'Internal posting ') + num, '', ctx.L('Titre d\'emploi : ', 'Position: ') + job[0],
                      ctx.L('Statut : ', 'Status: ') + job[1], ctx.L('Service : ', 'Department: ') + P.DEPT[ctx.lang],
                      ctx.L('Salaire : ', 'Salary: ') + job[2], '',
                      ctx.L('Exigences : membre de l\'ordre professionnel concerné, RCR valide, expérience en milieu hospitalier un atout.',
                            'Requirements: member of the relevant professional order, valid CPR, hospital experience an asset.'),
                      ctx.L('Fin de l\'affichage : ', 'Closing date: ') + ctx.day(10, 20).isoformat(), '',
                      ctx.L('Postulez via le portail RH en indiquant le numéro d\'affichage.', 'Apply via the HR portal quoting the posting number.'),
                      '', P.signature(hr, ctx.lang)])
    msg = M.build_message(ctx, ('Ressources humaines' if ctx.fr else 'Human Resources', P.SHARED['rh']), P.SHARED['tous'],
                          ctx.L('Affichage : ', 'Posting: ') + job[0], body)
    return 'job_posting', 'internal job posting', msg


def candidate(ctx):
    """Interview scheduling for a job candidate (HR, not a patient)."""
    rng = ctx.rng
    hr = S['boivin']
    mgr = rng.choice([S['demers'], S['chef']])
    cands = rng.sample([('Émilie', 'Beaupré'), ('Jonathan', 'Roussel'), ('Kavya', 'Iyer'), ('Marc-Antoine', 'Tessier'),
                        ('Olivia', 'Kerr'), ('Sabrina', 'Lafleur')], 3)
    rows = [ctx.L(['Candidat(e)', 'Poste', 'Entrevue', 'Téléphone'], ['Candidate', 'Position', 'Interview', 'Phone'])]
    for g, s in cands:
        rows.append(['%s %s' % (g, s), ctx.L('Hygiéniste dentaire', 'Dental hygienist'),
                     '%s %s' % (ctx.day(3, 9).isoformat(), ctx.hour(9, 15)), C.phone_styled(rng)])
    body = '\n'.join([T.greet(ctx, mgr), '', ctx.L('Voici les entrevues planifiées pour le poste d\'hygiéniste. Les CV sont dans le dossier partagé RH.',
                                                   'Here are the interviews scheduled for the hygienist position. CVs are in the HR shared folder.'),
                      '', M.text_table(rows), '', ctx.L('La candidate retenue devra fournir son attestation de vaccination à la santé au travail.',
                                                        'The successful candidate will need to provide vaccination records to occupational health.'),
                      '', T.bye(ctx, hr)])
    msg = M.build_message(ctx, addr(hr), addr(mgr), ctx.L('Entrevues — hygiéniste dentaire', 'Interviews - dental hygienist'), body)
    return 'hr', 'job candidate interview schedule', msg


def staff_health(ctx):
    """Occupational health and staff absence (staff information, not patients)."""
    rng = ctx.rng
    mgr = S['demers']
    who = S[rng.choice(SUPPORT + RES)]
    kind = rng.choice(['absence', 'needle', 'vaccine'])
    if kind == 'absence':
        text = ctx.L('%s sera en arrêt de travail pour 6 semaines (chirurgie de l\'épaule). Merci de revoir la couverture des cliniques de sédation du mardi.',
                     '%s will be off work for 6 weeks (shoulder surgery). Please review coverage for the Tuesday sedation clinics.') % who.full
    elif kind == 'needle':
        text = ctx.L('Rappel à tous après l\'exposition percutanée survenue en salle 4 la semaine dernière : déclarez immédiatement à la santé au travail (poste 20700). '
                     'Le suivi sérologique de l\'employée est en cours et se passe bien.',
                     'Reminder after last week\'s needlestick in room 4: report immediately to occupational health (ext. 20700). '
                     'The employee\'s serology follow-up is under way and going well.')
    else:
        text = ctx.L('La clinique de vaccination du personnel (influenza, COVID-19, hépatite B) sera au local A-120 jeudi de 8 h à 15 h. Apportez votre carte d\'employé.',
                     'The staff vaccination clinic (influenza, COVID-19, hepatitis B) will be in A-120 on Thursday 8 am-3 pm. Bring your staff ID.')
    body = '\n'.join([T.greet(ctx), '', text, '', T.bye(ctx, mgr)])
    msg = M.build_message(ctx, addr(mgr), P.SHARED['tous'] if kind != 'absence' else [addr(S['kaur']), addr(S['chef'])],
                          ctx.L('Santé au travail / personnel', 'Staff health') if kind != 'absence' else ctx.L('Absence — couverture', 'Absence - coverage'), body)
    return 'hr', 'staff occupational health or absence notice', msg


def celebration(ctx):
    """Birthday or baby announcement for a colleague (birth dates of staff / a baby)."""
    rng = ctx.rng
    sender = rng.choice([S['gingras'], S['ferreira'], S['perreault'], S['drouin']])
    kind = rng.choice(['baby', 'birthday', 'retire'])
    if kind == 'baby':
        col = S[rng.choice(RES + ['lachance', 'oconnell'])]
        baby = rng.choice(['Zoé', 'Léon', 'Maya', 'Elliot', 'Rose'])
        d = ctx.past(2, 8)
        text = ctx.L('Grande nouvelle : %s est papa/maman! La petite %s est née le %s à 4 h 12, 3,4 kg. Maman et bébé se portent bien. '
                     'Une carte circule au poste de la clinique.' % (col.titled('fr'), baby, C.fmt_date(d, 'long', 'fr')),
                     'Great news: %s is a new parent! Baby %s was born on %s at 4:12 am, 3.4 kg. Everyone is doing well. '
                     'A card is going around at the clinic desk.' % (col.titled('en'), baby, C.fmt_date(d, 'long', 'en')))
        subj = ctx.L('Bienvenue bébé %s!', 'Welcome baby %s!') % baby
    elif kind == 'birthday':
        col = S[rng.choice(SUPPORT + CLIN)]
        d = datetime.date(rng.randint(1968, 1995), ctx.today.month, min(28, ctx.today.day + 2))
        text = ctx.L('Vendredi, on fête l\'anniversaire de %s (né(e) le %s)! Gâteau à 15 h dans la salle du personnel.',
                     'Friday we celebrate %s\'s birthday (born %s)! Cake at 3 pm in the staff room.') % (
            col.full, C.fmt_date(d, 'long', ctx.lang))
        subj = ctx.L('Gâteau vendredi!', 'Cake on Friday!')
    else:
        col = S['gingras']
        text = ctx.L('Après 31 ans au bloc de chirurgie buccale, Chantal Gingras prend sa retraite le 27 juin. 5 à 7 au Bistro du Quai.',
                     'After 31 years in the oral surgery OR, Chantal Gingras retires on June 27. Farewell get-together at Bistro du Quai.')
        subj = ctx.L('Retraite de Chantal', 'Chantal\'s retirement')
    body = '\n'.join([T.greet(ctx), '', text, '', sender.given])
    msg = M.build_message(ctx, addr(sender), P.SHARED['tous'], subj, body, form=rng.choice(['html', 'alt', 'plain']))
    return 'social_staff', 'staff celebration announcement', msg


def minutes(ctx):
    """Department meeting minutes as DOCX."""
    rng = ctx.rng
    sec = S['ouimet']
    d = ctx.past(2, 10)
    present = [S[k].titled(ctx.lang) for k in rng.sample(CLIN + ['demers', 'turcotte', 'lacasse'], 7)]
    paras = [ctx.L('Date : ', 'Date: ') + d.isoformat(), ctx.L('Présents : ', 'Present: ') + ', '.join(present),
             ('h', ctx.L('1. Accès', '1. Access')),
             ctx.L('Le délai médian pour un bilan dentaire pré-radiothérapie est de 9 jours (cible 7). La Dre Rioux propose une plage réservée le lundi.',
                   'Median wait for pre-radiation dental assessment is 9 days (target 7). Dr. Rioux proposes a reserved Monday slot.'),
             ('h', ctx.L('2. Bloc opératoire', '2. Operating room')),
             ctx.L('Deux salles perdues en avril (pénurie d\'inhalothérapeutes). Les chirurgies orthognathiques seront priorisées.',
                   'Two OR days lost in April (RT shortage). Orthognathic cases will be prioritised.'),
             ('h', ctx.L('3. Divers', '3. Other')),
             ctx.L('Nouveau fauteuil en salle 2 livré le 14. Aucun renseignement patient n\'est consigné dans ce compte rendu.',
                   'New chair in room 2 delivered on the 14th. No patient information is recorded in these minutes.')]
    data = A.make_docx(ctx.L('Compte rendu — réunion de service', 'Minutes - department meeting'), paras, author=sec.full)
    body = '\n'.join([T.greet(ctx), '', ctx.L('Ci-joint le compte rendu de la réunion du %s.', 'Attached are the minutes of the %s meeting.') % d.isoformat(),
                      '', T.bye(ctx, sec)])
    msg = M.build_message(ctx, addr(sec), P.SHARED['tous'], ctx.L('Compte rendu réunion de service', 'Department meeting minutes'), body,
                          attachments=[Att(ctx.L('CR_reunion_%s.docx', 'minutes_%s.docx') % d.isoformat(), DOCX, data)])
    return 'committee', 'department meeting minutes', msg


def staff_contact(ctx):
    """New staff member's contact card (vCard) and clinic phone list."""
    rng = ctx.rng
    s = S[rng.choice(CLIN + RES + ['turcotte', 'grenier', 'morrison'])]
    sender = S['perreault']
    card = A.make_vcard(s.full, [s.surname, s.given], tel=[('WORK', '%s x%s' % (P.CLINIC_PHONE, s.ext)), ('FAX', P.CLINIC_FAX)],
                        adr=('WORK', P.CLINIC_ADDR['fr'][1], 'Port-Laval QC G5Z 0A1'), org=P.ORG['fr'], email=s.email,
                        title=s.role(ctx.lang))
    body = '\n'.join([T.greet(ctx), '', ctx.L('Coordonnées de %s pour vos carnets d\'adresses. Pour les urgences : téléphoniste au 418 555-0111.',
                                              'Contact details for %s for your address books. Emergencies: switchboard 418 555-0111.') % s.titled(ctx.lang),
                      '', P.signature(sender, ctx.lang)])
    msg = M.build_message(ctx, addr(sender), P.SHARED['tous'], ctx.L('Coordonnées — ', 'Contact - ') + s.full, body,
                          attachments=[Att(P.ascii_local(s.full).replace('.', '') + '.vcf', 'text/vcard', card, charset='utf-8')])
    return 'directory', 'staff contact card', msg


def training(ctx):
    """Mandatory training reminder with a reply thread (staff only)."""
    rng = ctx.rng
    nurse = S['turcotte']
    mgr = S['demers']
    t0 = M.inner_when(ctx, rng.randint(60 * 3, 60 * 48))
    orig = ctx.L('Rappel : la recertification SIR/ACLS est obligatoire pour tout le personnel de la salle de sédation avant le 30 juin. '
                 'Séances : 14 mai et 4 juin, 8 h à 16 h, centre de simulation.',
                 'Reminder: ACLS recertification is mandatory for all sedation-suite staff before June 30. '
                 'Sessions: May 14 and June 4, 8 am-4 pm, simulation centre.')
    top = rng.choice(ctx.L(['Je m\'inscris au 4 juin. Est-ce que Kevin et Nadia peuvent aller le 14 mai?', 'Inscrite au 14 mai, merci!'],
                           ['I\'ll register for June 4. Can Kevin and Nadia go on May 14?', 'Signed up for May 14, thanks!']))
    body = top + '\n\n' + nurse.given + '\n\n' + M.quote(ctx, mgr, t0, orig)
    msg = M.build_message(ctx, addr(nurse), addr(mgr), 'RE: ' + ctx.L('Recertification ACLS', 'ACLS recertification'), body)
    return 'hr', 'training reminder reply thread', msg
