"""Negative templates, part 1: human resources, schedules, staff matters (no patient)."""
import datetime

from gen_base import ORGS, phone, fdate, luhn_serial
from gen_common import Staff, sig, greet, close, org_name, quote_block
from gen_mime import Mail, Att
from gen_files import make_xlsx, make_pdf, make_docx, make_vcf, make_ics, make_csv

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def n_schedule(r, lang, when):
    chef = Staff(r, r.choice(['sad', 'maison']), 'chef')
    fr = lang == 'fr'
    staff = [Staff(r, chef.org, r.choice(['inf_sad', 'inf_maison', 'asi'])) for _ in range(r.randint(6, 10))]
    start = when.date() + datetime.timedelta(days=(7 - when.weekday()) % 7 + 7)
    days = [start + datetime.timedelta(days=i) for i in range(14)]
    head = ['Employé' if fr else 'Employee', 'Titre' if fr else 'Title'] + [d.strftime('%d/%m') for d in days]
    rows = [head]
    for s in staff:
        rows.append([s.name(lang), 'Inf.' if fr else 'RN'] + [r.choice(['J', 'J', 'S', 'N', '-', '-', 'C', 'F']) for _ in days])
    xl = make_xlsx([('Horaire' if fr else 'Schedule', rows), ('Légende' if fr else 'Legend',
                    [['Code', 'Description'], ['J', '7 h 30 – 15 h 30'], ['S', '15 h 30 – 23 h 30'], ['N', '23 h 30 – 7 h 30'],
                     ['C', 'Congé' if fr else 'Day off'], ['F', 'Formation' if fr else 'Training']])], author=chef.name(lang, False))
    body = ('%s\n\nVoici l\'horaire des soins infirmiers pour la période du %s au %s. Les échanges de quarts doivent être approuvés '
            'par l\'ASI avant le %s. Il manque encore une personne pour la nuit du %s – merci de me faire signe si vous êtes '
            'disponible (temps supplémentaire autorisé).\n\n%s' % (greet('fr', r, None), fdate(days[0], 'fr'), fdate(days[-1], 'fr'),
                                                                  fdate(days[0] - datetime.timedelta(days=3), 'fr'), fdate(days[5], 'fr', 'day'), close('fr', r))) if fr else \
        ('%s\n\nAttached is the nursing schedule for %s to %s. Shift swaps must be approved by the assistant head nurse before %s. '
         'We are still short one person for the night of %s – let me know if you are available (overtime approved).\n\n%s' % (
             greet('en', r), fdate(days[0], 'en'), fdate(days[-1], 'en'), fdate(days[0] - datetime.timedelta(days=3), 'en'),
             fdate(days[5], 'en', 'day'), close('en', r)))
    m = Mail(lang, chef.na(), [('Équipe soins' if fr else 'Nursing team', 'equipe.soins@%s' % ORGS[chef.org]['dom'])],
             r.choice(['Horaire période %d' % r.randint(1, 13), 'Horaire des 2 prochaines semaines', 'Horaire – quart de nuit à combler']) if fr
             else r.choice(['Schedule period %d' % r.randint(1, 13), 'Two-week schedule']), body + '\n' + sig(chef, lang, r), date=when,
             atts=[Att('horaire_%s.xlsx' % days[0].strftime('%Y%m%d') if fr else 'schedule_%s.xlsx' % days[0].strftime('%Y%m%d'), XLSX, xl)])
    return m, 'nursing staff schedule (XLSX) with employee names and shifts'


def n_leave(r, lang, when):
    emp = Staff(r, r.choice(['sad', 'maison', 'ecsp']), r.choice(['inf_sad', 'ts', 'pharm', 'admin', 'inf_maison']))
    chef = Staff(r, emp.org, 'chef')
    fr = lang == 'fr'
    d1 = when.date() + datetime.timedelta(days=r.randint(20, 80))
    d2 = d1 + datetime.timedelta(days=r.randint(3, 14))
    reason_fr = r.choice(['vacances annuelles', 'congé sans solde (voyage familial)', 'congé parental – retour progressif',
                          'rendez-vous médical personnel le matin', 'formation en soins palliatifs pédiatriques'])
    reason_en = r.choice(['annual vacation', 'unpaid leave (family trip)', 'parental leave – gradual return',
                          'personal medical appointment in the morning', 'paediatric palliative care training'])
    if fr:
        body = ('%s\n\nJe souhaiterais prendre un %s du %s au %s inclusivement. J\'ai vérifié avec %s qui peut me remplacer pour '
                'les visites du secteur Nord. Mes dossiers seront à jour avant mon départ.\n\n%s' % (
                    greet('fr', r, chef.given), reason_fr, fdate(d1, 'fr'), fdate(d2, 'fr'), Staff(r, emp.org, 'inf_sad').given, close('fr', r)))
        subj = r.choice(['Demande de congé', 'Vacances – demande', 'Absence du %s' % fdate(d1, 'fr')])
    else:
        body = ('%s\n\nI would like to request %s from %s to %s inclusive. %s agreed to cover the North sector visits. '
                'My charting will be up to date before I leave.\n\n%s' % (greet('en', r, chef.given), reason_en, fdate(d1, 'en'),
                                                                         fdate(d2, 'en'), Staff(r, emp.org, 'inf_sad').given, close('en', r)))
        subj = r.choice(['Leave request', 'Vacation request', 'Time off %s' % fdate(d1, 'en')])
    orig = body + '\n' + sig(emp, lang, r, 'name')
    if r.random() < 0.5:
        reply = r.choice(['Approuvé. Bonnes vacances!', 'C\'est accepté, je l\'inscris à l\'horaire.']) if fr else \
            r.choice(['Approved. Enjoy!', 'Approved, added to the schedule.'])
        text = reply + '\n' + sig(chef, lang, r, 'short') + '\n\n' + quote_block(orig, lang, r, (emp.name(lang), emp.email),
                                                                                 when - datetime.timedelta(hours=5), subj, chef.name(lang))
        m = Mail(lang, chef.na(), [emp.na()], 'RE: ' + subj, text, date=when)
    else:
        m = Mail(lang, emp.na(), [chef.na()], subj, orig, date=when)
    return m, 'employee leave request (and approval)'


def n_occ_health(r, lang, when):
    emp = Staff(r, r.choice(['sad', 'maison']), r.choice(['inf_sad', 'inf_maison']))
    sst = Staff(r, 'sad', 'rh')
    chef = Staff(r, emp.org, 'chef')
    fr = lang == 'fr'
    inj_fr = r.choice(['une entorse lombaire en installant un lève-personne', 'une piqûre d\'aiguille (exposition au sang, protocole suivi)',
                       'une chute sur la glace dans l\'entrée d\'un domicile', 'une tendinite à l\'épaule droite'])
    inj_en = r.choice(['a lower-back strain while installing a lift', 'a needlestick injury (blood exposure, protocol followed)',
                       'a fall on ice at a client\'s entrance', 'right shoulder tendinitis'])
    if fr:
        body = ('%s\n\nPour votre information, %s (matricule %d) a subi le %s %s. Une déclaration d\'événement (formulaire ADR) a été '
                'remplie et l\'employé%s a consulté au service de santé du personnel. Retour au travail en assignation temporaire '
                'prévu le %s.\n\nMerci de planifier le remplacement.\n\n%s' % (
                    greet('fr', r, chef.given), emp.name('fr'), r.randint(100000, 999999), fdate(when.date(), 'fr'), inj_fr,
                    'e' if emp.sex == 'F' else '', fdate((when + datetime.timedelta(days=7)).date(), 'fr'), close('fr', r)))
        subj = r.choice(['Accident de travail – déclaration', 'SST – assignation temporaire', 'Événement SST'])
    else:
        body = ('%s\n\nFor your information, %s (employee no. %d) sustained %s on %s. An incident report was filed and the '
                'employee was seen by occupational health. Return to work on modified duties expected %s.\n\nPlease plan '
                'replacement.\n\n%s' % (greet('en', r, chef.given), emp.name('en'), r.randint(100000, 999999), inj_en,
                                        fdate(when.date(), 'en'), fdate((when + datetime.timedelta(days=7)).date(), 'en'), close('en', r)))
        subj = r.choice(['Workplace injury – report', 'OHS – modified duties', 'Occupational health notice'])
    m = Mail(lang, sst.na(), [chef.na()], subj, body + '\n' + sig(sst, lang, r), date=when)
    return m, 'occupational-health notice about an employee (staff matter, no patient)'


def n_payroll(r, lang, when):
    rh = Staff(r, 'sad', 'rh')
    fr = lang == 'fr'
    d = when.date() + datetime.timedelta(days=r.randint(3, 10))
    if fr:
        body = ('%s\n\nLa paie du %s sera déposée comme prévu. Rappel : les primes de soins palliatifs (prime de %s %%) et le kilométrage '
                'des visites à domicile (0,%02d $/km) doivent être saisis dans Logibec au plus tard jeudi 16 h. Les relevés '
                'de paie sont disponibles sur le portail employé (numéro d\'employé + NIP).\n\n%s' % (
                    greet('fr', r), fdate(d, 'fr'), r.choice(['6', '8', '12']), r.randint(50, 62), close('fr', r)))
        subj = r.choice(['Paie – rappel des échéances', 'Rappel : saisie du kilométrage', 'Dépôt de paie'])
    else:
        body = ('%s\n\nPay for %s will be deposited as scheduled. Reminder: palliative care premiums (%s%%) and home-visit mileage '
                '($0.%02d/km) must be entered by Thursday 4 p.m. Pay stubs are on the employee portal (employee number + PIN).\n\n%s' % (
                    greet('en', r), fdate(d, 'en'), r.choice(['6', '8', '12']), r.randint(50, 62), close('en', r)))
        subj = r.choice(['Payroll reminder', 'Mileage entry deadline', 'Pay deposit'])
    m = Mail(lang, rh.na(), [('Tout le personnel' if fr else 'All staff', 'personnel@cisss-vde.example')], subj,
             body + '\n' + sig(rh, lang, r), date=when)
    return m, 'payroll and mileage reminder to all staff'


def n_job(r, lang, when):
    rh = Staff(r, 'sad', 'rh')
    fr = lang == 'fr'
    job = r.choice([('Infirmière clinicienne ou infirmier clinicien – soins palliatifs à domicile', 'Clinical nurse – palliative home care'),
                    ('Pharmacien(ne) – soins de fin de vie', 'Pharmacist – end-of-life care'),
                    ('Travailleuse sociale / travailleur social – suivi de deuil', 'Social worker – bereavement follow-up'),
                    ('Préposé(e) aux bénéficiaires – Maison de soins palliatifs', 'Personal support worker – hospice'),
                    ('Coordonnateur(trice) des bénévoles (temps partiel)', 'Volunteer coordinator (part time)')])
    num = 'AFF-%d-%03d' % (when.year, r.randint(1, 400))
    if fr:
        body = ('AFFICHAGE INTERNE – %s\n\nPoste : %s\nStatut : temps complet permanent, 35 h/sem.\nPort d\'attache : %s\n'
                'Exigences : membre en règle de l\'ordre professionnel; expérience en soins palliatifs (un atout : formation en gestion '
                'de la douleur et des symptômes, accompagnement en AMM).\nSalaire : selon la convention collective, de %d,%02d $ à %d,%02d $/h.\n'
                'Date limite : %s\n\nPour postuler : https://emplois.cisss-vde.example/%s\n' % (
                    num, job[0], r.choice(['CLSC des Trois-Rivages', 'Maison Le Havre-des-Pins', 'HRVE']), r.randint(28, 35), r.randint(0, 99),
                    r.randint(45, 55), r.randint(0, 99), fdate((when + datetime.timedelta(days=14)).date(), 'fr'), num))
        subj = 'Affichage %s – %s' % (num, job[0][:45])
    else:
        body = ('INTERNAL POSTING – %s\n\nPosition: %s\nStatus: full-time permanent, 35 h/week.\nBase: %s\nRequirements: '
                'member in good standing of the professional order; palliative care experience (asset: pain and symptom management '
                'training, MAID support).\nSalary: per collective agreement, $%d.%02d to $%d.%02d/h.\nDeadline: %s\n\n'
                'Apply: https://emplois.cisss-vde.example/%s\n' % (num, job[1], r.choice(['Trois-Rivages CLSC', 'Havre-des-Pins residence']),
                                                                  r.randint(28, 35), r.randint(0, 99), r.randint(45, 55), r.randint(0, 99),
                                                                  fdate((when + datetime.timedelta(days=14)).date(), 'en'), num))
        subj = 'Posting %s – %s' % (num, job[1])
    m = Mail(lang, rh.na(), [('Liste de diffusion – affichages' if fr else 'Postings list', 'affichages@cisss-vde.example')], subj,
             body + sig(rh, lang, r, 'short'), date=when)
    return m, 'internal job posting for a palliative-care position'


def n_staff_event(r, lang, when):
    a = Staff(r, 'maison', r.choice(['chef', 'commu', 'admin']))
    hon = Staff(r, 'maison', r.choice(['inf_maison', 'md_sad', 'benev', 'spirit']))
    fr = lang == 'fr'
    kind = r.choice(['retraite', 'bienvenue', 'reconnaissance'])
    d = (when + datetime.timedelta(days=r.randint(4, 20))).date()
    if fr:
        txt = {'retraite': 'Après %d ans auprès des patients et des familles, %s prend sa retraite! Un 5 à 7 aura lieu le %s à la salle '
                           'Les Épinettes. Contribution volontaire pour le cadeau : voir Lise à l\'accueil.' % (r.randint(15, 34), hon.name('fr'), fdate(d, 'fr', 'day')),
               'bienvenue': 'Nous souhaitons la bienvenue à %s, qui se joint à l\'équipe à titre de %s. Son intérêt particulier : la gestion '
                            'de la dyspnée réfractaire et les soins aux personnes atteintes de SLA. Passez la saluer!' % (hon.name('fr'), hon.role_txt('fr').lower()),
               'reconnaissance': 'Félicitations à %s, lauréat%s du prix Reconnaissance 2025 pour son travail sur le programme de gestion de la '
                                 'douleur et des symptômes à domicile.' % (hon.name('fr'), 'e' if hon.sex == 'F' else '')}[kind]
        subj = {'retraite': 'Départ à la retraite de %s' % hon.name('fr'), 'bienvenue': 'Bienvenue à %s' % hon.name('fr'),
                'reconnaissance': 'Prix Reconnaissance – félicitations!'}[kind]
    else:
        txt = {'retraite': 'After %d years with patients and families, %s is retiring! Join us on %s in the Spruce room. Gift '
                           'collection at reception.' % (r.randint(15, 34), hon.name('en'), fdate(d, 'en', 'day')),
               'bienvenue': 'Please welcome %s, who joins the team as %s. Special interests: refractory dyspnoea and care of people living '
                            'with ALS.' % (hon.name('en'), hon.role_txt('en').lower()),
               'reconnaissance': 'Congratulations to %s, winner of the 2025 Recognition Award for work on the home pain and symptom '
                                 'management programme.' % hon.name('en')}[kind]
        subj = {'retraite': '%s is retiring' % hon.name('en'), 'bienvenue': 'Welcome %s' % hon.name('en'),
                'reconnaissance': 'Recognition award – congratulations!'}[kind]
    atts = []
    if kind == 'bienvenue' and r.random() < 0.6:
        atts.append(Att('%s %s.vcf' % (hon.given, hon.surname), 'text/vcard', charset='utf-8',
                        text=make_vcf(hon.given, hon.surname, tel=('WORK', ORGS[hon.org]['tel'] + ' #%d' % hon.ext), email=hon.email,
                                      org=org_name(hon.org, lang), title=hon.role_txt(lang))))
    m = Mail(lang, a.na(), [('Équipe Maison' if fr else 'Residence team', 'equipe@havredespins.example')], subj,
             greet(lang, r) + '\n\n' + txt + '\n\n' + close(lang, r) + '\n' + sig(a, lang, r), date=when, atts=atts)
    return m, 'staff news (retirement, welcome, award) naming employees'


def n_staff_condolence(r, lang, when):
    a = Staff(r, 'sad', 'chef')
    col = Staff(r, 'sad', r.choice(['inf_sad', 'ts', 'admin']))
    fr = lang == 'fr'
    rel = r.choice(['son père', 'sa mère', 'son conjoint']) if fr else r.choice(['her/his father', 'her/his mother', 'her/his partner'])
    if fr:
        body = ('%s\n\nC\'est avec tristesse que nous vous informons du décès de %s de notre collègue %s. Une carte circule au poste '
                'des infirmières jusqu\'à vendredi. %s sera absent%s pour quelques jours; merci de respecter son intimité.\n\n%s' % (
                    greet('fr', r), rel, col.name('fr'), col.given, 'e' if col.sex == 'F' else '', close('fr', r)))
        subj = 'Condoléances – %s' % col.name('fr')
    else:
        body = ('%s\n\nIt is with sadness that we share the death of %s of our colleague %s. A card is at the nursing station until '
                'Friday. %s will be away for a few days; please respect their privacy.\n\n%s' % (greet('en', r), rel, col.name('en'), col.given, close('en', r)))
        subj = 'Condolences – %s' % col.name('en')
    m = Mail(lang, a.na(), [('Équipe SAD' if fr else 'Home care team', 'equipe.sad@cisss-vde.example')], subj, body + '\n' + sig(a, lang, r, 'short'), date=when)
    return m, 'condolence note about a colleague\'s bereavement (staff, not a patient)'


def n_mileage(r, lang, when):
    emp = Staff(r, 'sad', 'inf_sad')
    rh = Staff(r, 'sad', 'rh')
    fr = lang == 'fr'
    rows = [['Date', 'Départ' if fr else 'From', 'Arrivée' if fr else 'To', 'km', 'Motif' if fr else 'Purpose']]
    tot = 0
    for i in range(r.randint(6, 12)):
        d = when.date() - datetime.timedelta(days=i + 1)
        km = r.randint(8, 74)
        tot += km
        rows.append([d.isoformat(), 'CLSC', r.choice(['Secteur Nord', 'Secteur Lacs', 'Pointe-aux-Merles', 'Rivière-Noire-Nord']), km,
                     r.choice(['visites à domicile', 'formation', 'réunion CII']) if fr else r.choice(['home visits', 'training', 'IDT meeting'])])
    rows.append(['', '', 'Total', tot, ''])
    xl = make_xlsx([('Km', rows)], author=emp.name(lang, False))
    body = ('%s\n\nCi-joint mon relevé de kilométrage pour la période. Total : %d km.\n\n%s' % (greet('fr', r, rh.given), tot, close('fr', r))) if fr else \
        ('%s\n\nAttached is my mileage log for the period. Total: %d km.\n\n%s' % (greet('en', r, rh.given), tot, close('en', r)))
    m = Mail(lang, emp.na(), [rh.na()], 'Kilométrage' if fr else 'Mileage claim', body + '\n' + sig(emp, lang, r, 'name'), date=when,
             atts=[Att('kilometrage_%s.xlsx' % when.strftime('%Y%m') if fr else 'mileage_%s.xlsx' % when.strftime('%Y%m'), XLSX, xl)])
    return m, 'staff mileage claim spreadsheet by sector, no client names'


def n_training(r, lang, when):
    a = Staff(r, 'sad', r.choice(['chef', 'qualite']))
    fr = lang == 'fr'
    topic = r.choice([('Gestion de la douleur et des symptômes en fin de vie (module 3 : opioïdes et rotation)', 'End-of-life pain and symptom management (module 3: opioids and rotation)'),
                      ('Installation et surveillance des pompes SC CADD', 'CADD SC pump set-up and monitoring'),
                      ('Constat de décès à distance par l\'infirmière', 'Remote nurse pronouncement of death'),
                      ('Communication d\'un pronostic grave', 'Breaking serious news'),
                      ('Aide médicale à mourir : rôle de l\'infirmière', 'MAID: the nurse\'s role')])
    d = (when + datetime.timedelta(days=r.randint(5, 30))).date()
    start = datetime.datetime.combine(d, datetime.time(r.choice([8, 9, 13]), 30))
    t = topic[0] if fr else topic[1]
    ics = make_ics('%x@cisss-vde.example' % r.getrandbits(48), start, start + datetime.timedelta(hours=3), t,
                   'Formation obligatoire – présence comptabilisée.' if fr else 'Mandatory training – attendance recorded.',
                   'Salle Chicoutai, CLSC' if fr else 'Chicoutai room, CLSC', (a.name(lang), a.email), [])
    body = ('%s\n\nRappel : formation « %s » le %s. Inscription obligatoire sur l\'ENA avant le %s. Lunch fourni.\n\n%s' % (
        greet('fr', r), t, fdate(d, 'fr', 'day'), fdate(d - datetime.timedelta(days=3), 'fr'), close('fr', r))) if fr else \
        ('%s\n\nReminder: training "%s" on %s. Register on the LMS before %s. Lunch provided.\n\n%s' % (
            greet('en', r), t, fdate(d, 'en', 'day'), fdate(d - datetime.timedelta(days=3), 'en'), close('en', r)))
    atts = [Att('formation.ics' if fr else 'training.ics', 'text/calendar', text=ics, charset='utf-8')] if r.random() < 0.6 else []
    m = Mail(lang, a.na(), [('Infirmières SAD' if fr else 'Home care nurses', 'inf.sad@cisss-vde.example')],
             ('Formation : ' if fr else 'Training: ') + t, body + '\n' + sig(a, lang, r), date=when, atts=atts)
    return m, 'training reminder on a clinical topic, with calendar invite'


def n_vaccination(r, lang, when):
    a = Staff(r, 'sad', 'rh')
    fr = lang == 'fr'
    if fr:
        body = ('%s\n\nLa campagne de vaccination antigrippale et COVID-19 du personnel débute le %s. Cliniques sans rendez-vous : '
                'mardi et jeudi, 7 h à 9 h et 14 h à 16 h, local 1-040. Les employés qui travaillent auprès de personnes '
                'immunosupprimées (oncologie, soins palliatifs) sont fortement encouragés à se faire vacciner. Apportez votre carte '
                'd\'employé.\n\nTaux de vaccination du personnel l\'an dernier : %d %%.\n\n%s' % (
                    greet('fr', r), fdate((when + datetime.timedelta(days=5)).date(), 'fr'), r.randint(55, 80), close('fr', r)))
        subj = 'Campagne de vaccination du personnel'
    else:
        body = ('%s\n\nThe staff influenza and COVID-19 vaccination campaign starts %s. Walk-in clinics Tuesday and Thursday, 7-9 a.m. '
                'and 2-4 p.m., room 1-040. Staff caring for immunosuppressed people (oncology, palliative care) are strongly encouraged '
                'to get vaccinated. Bring your staff ID.\n\nStaff coverage last year: %d%%.\n\n%s' % (
                    greet('en', r), fdate((when + datetime.timedelta(days=5)).date(), 'en'), r.randint(55, 80), close('en', r)))
        subj = 'Staff vaccination campaign'
    m = Mail(lang, a.na(), [('Tout le personnel' if fr else 'All staff', 'personnel@cisss-vde.example')], subj, body + '\n' + sig(a, lang, r), date=when)
    return m, 'staff vaccination campaign notice'


def n_oncall_roster(r, lang, when):
    chef = Staff(r, 'sad', 'chef')
    fr = lang == 'fr'
    mds = [Staff(r, 'sad', 'md_sad') for _ in range(4)]
    start = when.date() + datetime.timedelta(days=(4 - when.weekday()) % 7)
    lines = []
    for i in range(4):
        d = start + datetime.timedelta(days=7 * i)
        lines.append('%s – %s : %s (cell. %s)' % (fdate(d, lang, 'iso'), fdate(d + datetime.timedelta(days=3), lang, 'iso'),
                                                  mds[i].name(lang), phone(r)))
    if fr:
        body = ('%s\n\nVoici le calendrier de garde médicale en soins palliatifs à domicile pour le prochain mois :\n\n%s\n\n'
                'La garde couvre les appels des infirmières pour la gestion de la douleur, les détresses respiratoires et les constats de '
                'décès. Pharmacie de garde : %s.\n\n%s' % (greet('fr', r), '\n'.join(lines), ORGS['pharma']['tel'], close('fr', r)))
        subj = 'Calendrier de garde médicale'
    else:
        body = ('%s\n\nHere is the home palliative on-call calendar for next month:\n\n%s\n\nOn-call covers nurse calls for pain, '
                'respiratory distress and death pronouncements. On-call pharmacy: %s.\n\n%s' % (greet('en', r), '\n'.join(lines),
                                                                                                 ORGS['pharma']['tel'], close('en', r)))
        subj = 'Physician on-call calendar'
    m = Mail(lang, chef.na(), [x.na() for x in mds], subj, body + '\n' + sig(chef, lang, r), date=when)
    return m, 'physician on-call roster with staff mobile numbers'


def n_reply_meeting(r, lang, when):
    a = Staff(r, r.choice(['sad', 'maison']), r.choice(['inf_sad', 'ts', 'asi']))
    b = Staff(r, a.org, 'chef')
    fr = lang == 'fr'
    earlier = when - datetime.timedelta(hours=r.randint(2, 40))
    if fr:
        orig = ('Bonjour à tous,\n\nLa réunion d\'équipe interdisciplinaire est déplacée au %s à 13 h 30 (salle 2-210 ou Teams). '
                'Ordre du jour : révision du protocole de soins de bouche, retour sur le sondage des familles, statistiques du trimestre.\n\n%s'
                % (fdate((when + datetime.timedelta(days=2)).date(), 'fr', 'day'), b.given))
        reply = r.choice(['Je serai en visite jusqu\'à 13 h 45, je me joins par Teams.', 'Parfait, merci.', 'Absente (formation), désolée!'])
        subj = 'RE: Réunion d\'équipe déplacée'
    else:
        orig = ('Hi all,\n\nThe IDT meeting moves to %s at 1:30 p.m. (room 2-210 or Teams). Agenda: mouth care protocol review, family '
                'survey results, quarterly statistics.\n\n%s' % (fdate((when + datetime.timedelta(days=2)).date(), 'en', 'day'), b.given))
        reply = r.choice(['I am on visits until 1:45, will join by Teams.', 'Great, thanks.', 'Away (training), sorry!'])
        subj = 'RE: Team meeting moved'
    text = reply + '\n' + sig(a, lang, r, r.choice(['name', 'mobile', 'short'])) + '\n\n' + quote_block(
        orig, lang, r, (b.name(lang), b.email), earlier, subj[4:], 'Équipe' if fr else 'Team')
    m = Mail(lang, a.na(), [b.na()], subj, text, date=when, in_reply_to='%x@%s' % (r.getrandbits(40), ORGS[b.org]['dom']))
    return m, 'reply about a team meeting with quoted agenda'


TEMPLATES = [n_schedule, n_leave, n_occ_health, n_payroll, n_job, n_staff_event, n_staff_condolence, n_mileage,
             n_training, n_vaccination, n_oncall_roster, n_reply_meeting]
