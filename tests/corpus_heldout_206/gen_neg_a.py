"""Negatives, part A: staff, HR, schedules, payroll, training, job postings, candidates."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import (ADDR_FR, CLINIC_EN, CLINIC_FR, DOM, MOIS, MONTHS, PHONE_QC, PHONE_ON,
                        STAFF, fmt_day, luhn_serial, staff_addr)
from gen_mime import html_table, wrap_html
from gen_phelp import exam_day, setup
from gen_text import greet, quote, sig, thanks

EXTRA_STAFF = ['Rosalie Dumont', 'Marc-Olivier Trudel', 'Jacinthe Gendron', 'Philippe Lapierre',
               'Sandrine Ouimet', 'Kim Tran', 'Alexis Morneau', 'Ève Brassard', 'Hugo Leclerc',
               'Nora Bensaïd', 'Rachel Goldberg', 'Ian MacKinnon', 'Mónica Ruiz',
               'Stéphanie Huot', 'Karine Bastien', 'Vincent Aubé', 'Ariane Coulombe']


def staff_names(rng, k):
    pool = [STAFF[x][0].replace('Dre ', '').replace('Dr. ', '').replace('Dr ', '')
            for x in ('lemay', 'beaulieu', 'mitchell', 'wong', 'deslauriers', 'haddad')]
    pool += EXTRA_STAFF
    return rng.sample(pool, k)


ALL = ('all-staff@%s' % DOM)


# ------------------------------------------------------------------ N1 nurses' schedule
def staff_schedule(ctx, m, rng):
    lang = m.lang
    names = staff_names(rng, rng.randint(5, 7))
    d0 = exam_day(m, rng, (-14, -7))
    d0 = d0 - datetime.timedelta(days=d0.weekday())
    days = [d0 + datetime.timedelta(days=i) for i in range(5)]
    shifts = ['7h30-15h30', '8h-16h', '10h-18h', 'Congé', 'Clinique mobile'] if lang == 'fr' \
        else ['7:30-3:30', '8-4', '10-6', 'Off', 'Mobile clinic']
    hdr = [('Employé' if lang == 'fr' else 'Staff')] + [fmt_day(d, lang, False) for d in days]
    rows = [hdr] + [[n] + [rng.choice(shifts) for _ in days] for n in names]
    if lang == 'fr':
        intro = ('%s\n\nVoici l\'horaire de la semaine du %s. Rappel : la clinique mobile est chez '
                 'Métallurgie Saint-Maurice mardi et mercredi (audiogrammes), départ 6h45.' %
                 (greet(lang, rng, None), fmt_day(d0, lang, False)))
        subj = rng.choice(['Horaire semaine du %s' % fmt_day(d0, lang, False),
                           'Horaire infirmières / techniciens'])
    else:
        intro = ("%s\n\nHere is the schedule for the week of %s. Reminder: the mobile unit is at "
                 "Kanata Precision Castings Tuesday and Wednesday (hearing tests), leaving 6:45." %
                 (greet(lang, rng, None), fmt_day(d0, lang, False)))
        subj = rng.choice(['Schedule - week of %s' % fmt_day(d0, lang, False), 'Staff schedule'])
    who = 'haddad' if lang == 'fr' else 'raman'
    if rng.random() < 0.5:
        m.html = wrap_html('<p>%s</p>\n%s\n<p>%s</p>' % (intro.replace('\n\n', '</p><p>'),
                                                         html_table(rows), thanks(lang, rng)),
                           lang)
        m.form = rng.choice(['html', 'alt'])
    else:
        data = make_xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows)], author=who)
        m.text = '%s\n\n%s\n%s' % (intro, thanks(lang, rng), sig(who, lang, rng))
        m.attach('horaire_%s.xlsx' % d0.isoformat() if lang == 'fr' else
                 'schedule_%s.xlsx' % d0.isoformat(),
                 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
    setup(m, rng, staff_addr(who), [('Équipe clinique' if lang == 'fr' else 'Clinical team',
                                     'clinique@%s' % DOM)], subject=subj)
    m.note = 'weekly staff schedule'


# ------------------------------------------------------------------ N2 leave request / approval
def leave_request(ctx, m, rng):
    lang = m.lang
    who = rng.choice(['mitchell', 'beaulieu', 'lemay', 'wong'])
    d = exam_day(m, rng, (-40, -15))
    n = rng.randint(3, 10)
    reason = rng.choice([('vacances', 'vacation'), ('chirurgie (genou)', 'surgery (knee)'),
                         ('congé de paternité', 'parental leave'),
                         ('rendez-vous médical de mon fils', 'my son\'s medical appointment')])
    if lang == 'fr':
        orig = ('Bonjour Chantal,\n\nJe voudrais demander un congé du %s pour %d jours ouvrables '
                '(%s). Mes rendez-vous de cette période peuvent être déplacés ou couverts par '
                'l\'équipe.\n\nMerci,\n%s' % (fmt_day(d, lang, False), n, reason[0],
                                               STAFF[who][0]))
        body = ('Bonjour,\n\nC\'est approuvé. J\'ai ajusté la banque de congés dans le système de '
                'paie (solde restant : %d h). Nadia va déplacer les rendez-vous.\n\n%s\n\n%s') % (
            rng.randint(8, 90), sig('vachon', lang, rng, short=True),
            quote(orig, lang, m.date - datetime.timedelta(days=2), STAFF[who][0],
                  staff_addr(who)[1], rng))
        subj = 'RE: Demande de congé'
    else:
        orig = ('Hi Chantal,\n\nI would like to request leave starting %s for %d working days '
                '(%s). My appointments that week can be moved or covered.\n\nThanks,\n%s' %
                (fmt_day(d, lang, False), n, reason[1], STAFF[who][0]))
        body = ('Hi,\n\nApproved. I have updated your leave bank in payroll (remaining balance: '
                '%d h). Nadia will move the bookings.\n\n%s\n\n%s') % (
            rng.randint(8, 90), sig('vachon', lang, rng, short=True),
            quote(orig, lang, m.date - datetime.timedelta(days=2), STAFF[who][0],
                  staff_addr(who)[1], rng))
        subj = 'RE: Leave request'
    setup(m, rng, staff_addr('vachon'), [staff_addr(who)], cc=[staff_addr('haddad')], subject=subj)
    m.text = body
    m.note = 'staff leave approval'


# ------------------------------------------------------------------ N3 payroll notice
def payroll(ctx, m, rng):
    lang = m.lang
    yr = m.date.year
    if lang == 'fr':
        subj = rng.choice(['Paie - changement de date de dépôt', 'Relevés 1 et T4 disponibles',
                           'Rappel : feuilles de temps'])
        body = ('Bonjour à tous,\n\nEn raison du congé férié, le dépôt de la paie de la période '
                '%d se fera le jeudi plutôt que le vendredi. Les feuilles de temps doivent être '
                'approuvées avant mardi midi.\n\nLes relevés 1 et T4 de %d sont disponibles dans '
                'le portail employé (Mon dossier > Documents fiscaux). Si votre NAS ou votre '
                'adresse a changé, remplissez le formulaire de mise à jour (pièce jointe).\n\n'
                '%s') % (rng.randint(2, 25), yr - 1, sig('vachon', lang, rng))
        form = make_docx('Mise à jour des renseignements - employé',
                         ['Nom de l\'employé : ______________________',
                          'Numéro d\'employé : __________', 'NAS : ___ ___ ___',
                          'Nouvelle adresse : ______________________________',
                          'Date d\'effet : ____ / ____ / ______', 'Signature : ____________'],
                         author='C. Vachon')
        fn = 'Formulaire_mise_à_jour_employé.docx'
    else:
        subj = rng.choice(['Payroll - deposit date change', 'T4 slips available',
                           'Reminder: timesheets due'])
        body = ('Hello everyone,\n\nBecause of the statutory holiday, pay period %d will be '
                'deposited on Thursday instead of Friday. Timesheets must be approved by Tuesday '
                'noon.\n\n%d T4 slips are in the employee portal (My file > Tax documents). If '
                'your SIN or address changed, fill in the attached update form.\n\n%s') % (
            rng.randint(2, 25), yr - 1, sig('vachon', lang, rng))
        form = make_docx('Employee information update',
                         ['Employee name: ______________________', 'Employee #: __________',
                          'SIN: ___ ___ ___', 'New address: ______________________________',
                          'Effective date: ____ / ____ / ______', 'Signature: ____________'],
                         author='C. Vachon')
        fn = 'Employee_update_form.docx'
    setup(m, rng, staff_addr('vachon'), [('Tout le personnel' if lang == 'fr' else 'All staff',
                                          ALL)], subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', form)
    m.note = 'payroll notice with blank employee update form'


# ------------------------------------------------------------------ N4 staff occupational health (own staff)
def staff_flu_fit(ctx, m, rng):
    lang = m.lang
    names = staff_names(rng, rng.randint(6, 9))
    t = datetime.datetime(2024, 1, 1, 8, 30)
    rows = []
    for n in names:
        rows.append([t.strftime('%H:%M'), n, rng.choice(['3M 1870+', '3M 8210', 'Halyard N95 S',
                                                         'Halyard N95 M'])])
        t += datetime.timedelta(minutes=15)
    if lang == 'fr':
        subj = rng.choice(['Essais d\'ajustement N95 et vaccination du personnel',
                           'Personnel : fit-test annuel'])
        body = ('%s\n\nLes essais d\'ajustement N95 annuels du personnel auront lieu %s dans la '
                'salle de formation. Voici l\'horaire par employé :\n\n%s\n\nLa vaccination '
                'antigrippale du personnel sera offerte le même jour (facultative). Ceux qui ont '
                'des restrictions médicales n\'ont qu\'à en parler à la santé du personnel, pas '
                'de détails par courriel SVP.\n\n%s') % (
            greet(lang, rng), fmt_day(exam_day(m, rng, (-12, -5)), lang),
            '\n'.join('%s  %-22s %s' % tuple(r) for r in rows), sig('deslauriers', lang, rng))
    else:
        subj = rng.choice(['Staff N95 fit testing and flu shots', 'Annual fit test - staff'])
        body = ('%s\n\nAnnual N95 fit testing for clinic staff will take place on %s in the '
                'training room. Times by employee:\n\n%s\n\nStaff flu shots are offered the same '
                'day (optional). If you have a medical restriction please speak to staff health '
                'in person - no details by e-mail please.\n\n%s') % (
            greet(lang, rng), fmt_day(exam_day(m, rng, (-12, -5)), lang),
            '\n'.join('%s  %-22s %s' % tuple(r) for r in rows), sig('deslauriers', lang, rng))
    setup(m, rng, staff_addr('deslauriers'), [('Personnel' if lang == 'fr' else 'Staff', ALL)],
          subject=subj)
    m.text = body
    m.note = 'staff fit-test and flu shot schedule'


# ------------------------------------------------------------------ N5 staff member back from leave
def staff_return(ctx, m, rng):
    lang = m.lang
    who = rng.choice(['wong', 'beaulieu', 'deslauriers', 'mitchell'])
    nm = STAFF[who][0]
    first = nm.split()[0]
    if lang == 'fr':
        subj = 'Retour de %s lundi' % first
        body = ('Bonjour l\'équipe,\n\n%s revient lundi après son congé de maladie. Pour les deux '
                'premières semaines, horaire allégé (8 h à 13 h) et pas de clinique mobile, tel '
                'qu\'entendu avec la santé du personnel. Merci de bien l\'accueillir et de ne pas '
                'poser de questions sur sa santé.\n\nLes rendez-vous de l\'après-midi restent couverts par '
                '%s.\n\n%s') % (nm, rng.choice(staff_names(rng, 3)), sig('vachon', lang, rng))
    else:
        subj = '%s back on Monday' % first
        body = ('Hi team,\n\n%s is back Monday after sick leave. For the first two weeks: reduced '
                'hours (8 to 1) and no mobile clinic, as arranged with staff health. Please '
                'welcome them back and don\'t ask about their health.\n\nAfternoon bookings stay '
                'covered by %s.\n\n%s') % (nm, rng.choice(staff_names(rng, 3)),
                                           sig('vachon', lang, rng))
    setup(m, rng, staff_addr('vachon'), [('Équipe' if lang == 'fr' else 'Team', ALL)], subject=subj)
    m.text = body
    m.note = 'staff member returning from leave with modified hours'


# ------------------------------------------------------------------ N6 baby announcement / staff birthdays
def baby_birthdays(ctx, m, rng):
    lang = m.lang
    if rng.random() < 0.5:
        parent = rng.choice(['beaulieu', 'lemay', 'mitchell', 'lalonde'])
        baby = rng.choice(['Léa', 'Éloïse', 'Noah', 'Théo', 'Rose', 'Arthur'])
        bd = exam_day(m, rng, (2, 8))
        w = rng.choice(['3,2', '3,6', '3,9', '2,9'])
        if lang == 'fr':
            subj = 'Bienvenue à bébé %s!' % baby
            body = ('Bonjour tout le monde,\n\nPetite nouvelle qui fait du bien : %s est '
                    'l\'heureux parent de %s, né(e) le %s à 4 h 12, %s kg. Maman et bébé vont '
                    'bien! Une carte circule à la réception jusqu\'à vendredi.\n\n%s') % (
                STAFF[parent][0], baby, bd.strftime('%d/%m/%Y'), w, sig('haddad', lang, rng,
                                                                          short=True))
        else:
            subj = 'Welcome baby %s!' % baby
            body = ('Hi everyone,\n\nGood news: %s is the proud parent of %s, born %s at 4:12 am, '
                    '%s kg. Mom and baby are doing well! A card is at reception until Friday.\n\n'
                    '%s') % (STAFF[parent][0], baby, bd.isoformat(), w.replace(',', '.'),
                             sig('haddad', lang, rng, short=True))
        m.note = 'staff baby announcement with birth date'
    else:
        names = staff_names(rng, 4)
        mo = m.date.month
        lines = ['%s - %d %s' % (n, rng.randint(1, 28), MOIS[mo - 1] if lang == 'fr'
                                 else MONTHS[mo - 1]) for n in names]
        if lang == 'fr':
            subj = 'Anniversaires du mois'
            body = ('Bonjour,\n\nLes fêtés du mois de %s :\n\n%s\n\nGâteau jeudi 15 h à la salle '
                    'de pause!\n\n%s') % (MOIS[mo - 1], '\n'.join(lines),
                                          sig('haddad', lang, rng, short=True))
        else:
            subj = 'Birthdays this month'
            body = ('Hi all,\n\n%s birthdays:\n\n%s\n\nCake Thursday 3 pm in the lunch room!\n\n'
                    '%s') % (MONTHS[mo - 1], '\n'.join(lines), sig('haddad', lang, rng, short=True))
        m.note = 'staff birthdays of the month'
    setup(m, rng, staff_addr('haddad'), [('Personnel' if lang == 'fr' else 'Staff', ALL)],
          subject=subj)
    m.text = body


# ------------------------------------------------------------------ N7 job posting
def job_posting(ctx, m, rng):
    lang = m.lang
    job = rng.choice([('Infirmière ou infirmier en santé du travail', 'Occupational health nurse'),
                      ('Audiologiste (temps partiel)', 'Audiologist (part time)'),
                      ('Technicien(ne) en prélèvement - dépistage de drogues',
                       'Collection technician - drug testing'),
                      ('Agente administrative - dossiers CNESST',
                       'Administrative agent - compensation files')])
    ref = 'RN-%d-%02d' % (m.date.year, rng.randint(1, 40))
    if lang == 'fr':
        subj = 'Affichage interne : %s (%s)' % (job[0], ref)
        inner = ('<h2>%s</h2>\n<p><b>Référence :</b> %s<br><b>Lieu :</b> Trois-Rivières-Ouest et '
                 'clinique mobile<br><b>Statut :</b> permanent</p>\n<p>Sous la responsabilité de '
                 'la Dre Hélène Carrier, vous réaliserez des examens pré-embauche, des suivis de '
                 'surveillance (audiométrie, spirométrie) et le suivi des dossiers de lésions '
                 'professionnelles.</p>\n<ul><li>Permis valide de l\'OIIQ ou de l\'ordre '
                 'concerné</li><li>Expérience en santé au travail, un atout</li><li>Bilinguisme '
                 'requis (bureau de l\'Ontario)</li></ul>\n<p>Faire parvenir votre CV à '
                 'rh@%s avant le %s.</p>') % (job[0], ref, DOM,
                                               fmt_day(exam_day(m, rng, (-20, -14)), lang, False))
    else:
        subj = 'Job posting: %s (%s)' % (job[1], ref)
        inner = ('<h2>%s</h2>\n<p><b>Reference:</b> %s<br><b>Location:</b> Nepean Mills office '
                 'and mobile clinic<br><b>Status:</b> permanent</p>\n<p>Reporting to Dr. Owen '
                 'Fitzgerald, you will perform pre-placement medicals, surveillance testing '
                 '(hearing, spirometry) and follow compensation files.</p>\n<ul><li>Current '
                 'registration with the relevant college</li><li>Occupational health experience an '
                 'asset</li><li>Bilingual (English/French) required</li></ul>\n<p>Send your '
                 'resume to hr@%s by %s.</p>') % (job[1], ref, DOM,
                                                  fmt_day(exam_day(m, rng, (-20, -14)), lang, False))
    m.html = wrap_html(inner + '\n<p>%s</p>' % sig('vachon', lang, rng).replace('\n', '<br>\n'),
                       lang)
    setup(m, rng, staff_addr('vachon'), [('Tout le personnel' if lang == 'fr' else 'All staff',
                                          ALL)], subject=subj)
    m.note = 'internal job posting'


# ------------------------------------------------------------------ N8 candidate interviews
def candidates(ctx, m, rng):
    lang = m.lang
    cands = rng.sample(['Mathilde Proulx', 'Jordan Ellis', 'Nadine Kassab', 'Olivier Demers',
                        'Sarah-Maude Pilon', 'Kwame Boateng', 'Laurence Vézina', 'Tom Richter'], 3)
    t = [9, 10, 11]
    rows = [[n, '%dh00' % h if lang == 'fr' else '%d:00' % h,
             '%s 555-01%02d' % (rng.choice(['819', '450', '613']), rng.randint(0, 99))]
            for n, h in zip(cands, t)]
    if lang == 'fr':
        subj = 'Entrevues - poste infirmière santé du travail'
        body = ('Bonjour Hélène,\n\nVoici les entrevues de %s (salle de conférence) :\n\n%s\n\n'
                'Les CV sont dans le dossier partagé RH > Recrutement. Mathilde a 6 ans en '
                'urgence et une formation en santé au travail; les références seront vérifiées '
                'après l\'entrevue.\n\n%s') % (
            fmt_day(exam_day(m, rng, (-6, -2)), lang),
            '\n'.join('%s - %s - tél. %s' % tuple(r) for r in rows), sig('vachon', lang, rng))
    else:
        subj = 'Interviews - occupational health nurse'
        body = ('Hi Owen,\n\nInterviews on %s (boardroom):\n\n%s\n\nResumes are in the shared '
                'HR > Recruiting folder. References will be checked after interviews.\n\n'
                '%s') % (fmt_day(exam_day(m, rng, (-6, -2)), lang),
                         '\n'.join('%s - %s - tel. %s' % tuple(r) for r in rows),
                         sig('vachon', lang, rng))
    setup(m, rng, staff_addr('vachon'), [staff_addr('carrier' if lang == 'fr' else 'fitz')],
          subject=subj)
    m.text = body
    m.note = 'job candidate interview schedule'


# ------------------------------------------------------------------ N9 staff training (CPR, WHMIS)
def staff_training(ctx, m, rng):
    lang = m.lang
    names = staff_names(rng, rng.randint(5, 8))
    course = rng.choice([('RCR/DEA - recertification', 'CPR/AED recertification'),
                         ('SIMDUT 2015', 'WHMIS 2015'),
                         ('Chaîne de possession - prélèvements urinaires',
                          'Chain of custody - urine collection'),
                         ('Calibration de l\'audiomètre et contrôle biologique',
                          'Audiometer calibration and biological check')])
    d = exam_day(m, rng, (-25, -10))
    att = make_csv([['Nom' if lang == 'fr' else 'Name', 'Statut' if lang == 'fr' else 'Status',
                     'Échéance' if lang == 'fr' else 'Expiry']] +
                   [[n, rng.choice(['Inscrit', 'À renouveler', 'Complété'] if lang == 'fr'
                                   else ['Registered', 'Due', 'Completed']),
                     '%d-%02d-%02d' % (m.date.year + 1, rng.randint(1, 12), rng.randint(1, 28))]
                    for n in names], sep=';' if lang == 'fr' else ',')
    if lang == 'fr':
        subj = 'Formation %s - %s' % (course[0], fmt_day(d, lang, False))
        body = ('%s\n\nLa formation « %s » aura lieu le %s de 13 h à 16 h. La liste des '
                'inscriptions et des échéances est jointe. Merci de confirmer votre présence.\n\n'
                '%s') % (greet(lang, rng), course[0], fmt_day(d, lang), sig('vachon', lang, rng))
        fn = 'inscriptions_formation.csv'
    else:
        subj = 'Training: %s - %s' % (course[1], fmt_day(d, lang, False))
        body = ('%s\n\n"%s" training is on %s from 1 to 4 pm. The registration and expiry list '
                'is attached. Please confirm attendance.\n\n%s') % (
            greet(lang, rng), course[1], fmt_day(d, lang), sig('vachon', lang, rng))
        fn = 'training_registrations.csv'
    setup(m, rng, staff_addr('vachon'), [('Personnel' if lang == 'fr' else 'Staff', ALL)],
          subject=subj)
    m.text = body
    m.attach(fn, 'text/csv', att)
    m.note = 'staff training registration list'


# ------------------------------------------------------------------ N10 on-call / coverage roster (physicians)
def oncall_roster(ctx, m, rng):
    lang = m.lang
    docs = ['Dre Hélène Carrier', 'Dr Karim Benali', 'Dr. Owen Fitzgerald', 'Dre Mireille Dufresne']
    d0 = exam_day(m, rng, (-30, -20))
    rows = [['Semaine' if lang == 'fr' else 'Week', 'MRO', 'CNESST/WSIB', 'Cellulaire' if lang ==
             'fr' else 'Cell']]
    for i in range(4):
        d = d0 + datetime.timedelta(days=7 * i)
        rows.append([d.isoformat(), rng.choice(docs), rng.choice(docs),
                     '819 555-01%02d' % rng.randint(50, 99)])
    if lang == 'fr':
        subj = 'Garde MRO et dossiers CNESST - mois prochain'
        body = ('Bonjour,\n\nVoici la garde pour les résultats MRO et les appels des employeurs '
                '(dossiers CNESST/WSIB) le mois prochain :\n\n%s\n\nLe cellulaire de garde est '
                'celui de la clinique, pas vos numéros personnels.\n\n%s') % (
            '\n'.join(' | '.join(r) for r in rows), sig('haddad', lang, rng))
    else:
        subj = 'MRO and claims on-call - next month'
        body = ('Hello,\n\nOn-call for MRO results and employer calls (claims) next month:\n\n%s'
                '\n\nThe on-call cell is the clinic phone, not your personal number.\n\n%s') % (
            '\n'.join(' | '.join(r) for r in rows), sig('raman', lang, rng))
    setup(m, rng, staff_addr('haddad' if lang == 'fr' else 'raman'),
          [('Médecins' if lang == 'fr' else 'Physicians', 'md@%s' % DOM)], subject=subj)
    m.text = body
    m.note = 'physician on-call roster'


# ------------------------------------------------------------------ N11 out-of-office auto-reply
def out_of_office(ctx, m, rng):
    lang = m.lang
    who = rng.choice(['mitchell', 'arsenault', 'lemay', 'raman', 'beaulieu'])
    back = exam_day(m, rng, (-10, -3))
    orig_subj = rng.choice(['Résultats audiogrammes', 'Facture mars', 'Suivi dossier',
                            'Hearing test dates', 'Invoice question', 'Mobile clinic'])
    if lang == 'fr':
        subj = 'Réponse automatique : %s' % orig_subj
        body = ('Bonjour,\n\nJe suis absente du bureau jusqu\'au %s inclusivement, avec accès '
                'limité à mes courriels. Pour les rendez-vous, communiquez avec la réception au '
                '%s. Pour les résultats urgents (MRO), écrivez à mro@%s.\n\n%s') % (
            fmt_day(back, lang), PHONE_QC, DOM, sig(who, lang, None, disclaimer=False))
    else:
        subj = 'Automatic reply: %s' % orig_subj
        body = ('Hello,\n\nI am out of the office until %s with limited access to e-mail. For '
                'bookings please call reception at %s. For urgent MRO matters write to '
                'mro@%s.\n\n%s') % (fmt_day(back, lang), PHONE_ON, DOM,
                                    sig(who, lang, None, disclaimer=False))
    setup(m, rng, staff_addr(who), [('Derek Hughes', 'dhughes@norcan-warehousing.example')
                                    if lang == 'en' else
                                    ('Julie Marchand', 'jmarchand@transports-laurentides.example')],
          subject=subj)
    m.extra_headers.append(('Auto-Submitted', 'auto-replied'))
    m.text = body
    m.note = 'out-of-office auto-reply'
