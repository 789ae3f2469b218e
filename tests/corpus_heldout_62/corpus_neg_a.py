"""Negative templates, part A: staff / HR / committees / teaching / aggregates (hard negatives)."""
import datetime as dt

import corpus_common as C
import corpus_text as X
from corpus_base import NEONATAL, PRENATAL, PEDIATRIC, VACCINES, dx


def staff_list(c, n, role='nicu_rn'):
    out = []
    for _ in range(n):
        out.append(c.staff(role))
    return out


# ---------------------------------------------------------------- N: staff schedule
def n_staff_schedule(c):
    rng = c.rng
    mgr = c.staff('manager')
    nurses = staff_list(c, rng.randint(6, 10))
    start = c.later(3, 20)
    days = [start + dt.timedelta(days=i) for i in range(7)]
    shifts = [c.L('J', 'D'), c.L('S', 'E'), 'N', '-', c.L('J', 'D'), 'N']
    rows = []
    for s in nurses:
        rows.append(['%s, %s' % (s.surname.upper(), s.given)] + [c.pick(shifts) for _ in days])
    headers = [c.L('Employé(e)', 'Employee')] + [d.strftime('%d/%m') for d in days]
    text = c.L('%s\n\nVoici l\'horaire %s de l\'USIN pour la semaine du %s. Les échanges doivent être approuvés '
               'avant jeudi midi. Postes à combler : 2 nuits (lit 9-16).\n\n%s\n\n%s',
               '%s\n\nHere is the %s NICU schedule for the week of %s. Shift swaps must be approved '
               'by Thursday noon. Open shifts: 2 nights (beds 9-16).\n\n%s\n\n%s') % (
        X.greet(rng, c.lang), c.pick(['infirmier', 'des inhalothérapeutes']) if c.fr else c.pick(['nursing', 'RT']),
        c.date(start, 2), X.text_table(headers, rows), mgr.signature(c.lang))
    atts = []
    if c.chance(0.5):
        atts.append(c.att_xlsx(c.L('horaire_usin_%s.xlsx', 'nicu_schedule_%s.xlsx') % start.isoformat(),
                               [(c.L('Horaire', 'Schedule'), headers, rows)], author=mgr.full))
    env = c.env(mgr.addr(), [('USIN - équipe' if c.fr else 'NICU team', 'usin-equipe@chu-sainte-aurore.example')],
                c.L('Horaire semaine du %s', 'Schedule week of %s') % C.fmt_date(start, c.lang, 0))
    return c.finish('staff_schedule', [], 'staff schedule, surname-first staff names, shift codes', env, text,
                    attachments=atts)


# ---------------------------------------------------------------- N: staff maternity leave (HR)
def n_leave_request(c):
    rng = c.rng
    emp = X.Staff(rng, c.pick(['nicu_rn', 'midwife', 'clerk', 'school_rn']),
                  given=c.pick(['Annie', 'Caroline', 'Mélanie', 'Stéphanie', 'Karine', 'Audrey', 'Megan', 'Rachel']))
    mgr = c.staff('manager', emp.org.key if emp.org.key in ('chu', 'cme', 'hrv') else 'chu')
    start = c.later(20, 90)
    kind = rng.randint(0, 2)
    if kind == 0:
        body = c.L('%s\n\nJe t\'informe officiellement de mon congé de maternité à partir du %s. Ma date prévue d\'accouchement '
                   'est le %s. Je vais remplir le formulaire RH cette semaine.\n\n%s\n%s',
                   '%s\n\nThis is to formally let you know my maternity leave will start on %s. My due date is %s. '
                   'I will fill the HR form this week.\n\n%s\n%s') % (
            X.greet(rng, c.lang, mgr.given, formal=False), c.date(start, 2), c.date(start + dt.timedelta(days=21), 2),
            X.closing(rng, c.lang), emp.signature(c.lang))
        subj = c.L('Congé de maternité', 'Maternity leave')
    elif kind == 1:
        body = c.L('%s\n\nDemande de vacances : du %s au %s (10 jours ouvrables). Catherine a accepté de me remplacer '
                   'aux cliniques de vaccination du mardi.\n\n%s\n%s',
                   '%s\n\nVacation request: %s to %s (10 working days). Catherine agreed to cover the Tuesday '
                   'vaccination clinics.\n\n%s\n%s') % (
            X.greet(rng, c.lang, mgr.given), c.date(start, 2), c.date(start + dt.timedelta(days=13), 2),
            X.closing(rng, c.lang), emp.signature(c.lang))
        subj = c.L('Demande de vacances', 'Vacation request')
    else:
        body = c.L('%s\n\nRetour progressif après mon congé : 3 jours/semaine à partir du %s selon le plan convenu avec la '
                   'santé au travail. Merci d\'ajuster l\'horaire.\n\n%s\n%s',
                   '%s\n\nGradual return after my leave: 3 days/week starting %s as agreed with occupational health. '
                   'Please adjust the schedule.\n\n%s\n%s') % (
            X.greet(rng, c.lang, mgr.given), c.date(start, 2), X.closing(rng, c.lang), emp.signature(c.lang))
        subj = c.L('Retour progressif', 'Gradual return to work')
    env = c.env(emp.addr(), [mgr.addr()], subj, cc=[c.staff('hr', 'cisss').addr()] if c.chance(0.5) else None)
    return c.finish('staff_leave', [], 'employee leave / maternity leave notice (HR, not patient data)', env, body)


# ---------------------------------------------------------------- N: occupational health compliance (HR)
def n_occupational_health(c):
    rng = c.rng
    occ = c.staff('occ', 'cisss')
    mgr = c.staff('manager')
    emps = staff_list(c, rng.randint(4, 8), c.pick(['nicu_rn', 'vax_rn', 'midwife']))
    what = c.pick([('test d\'ajustement N95', 'N95 fit test'), ('TCT (test cutané à la tuberculine) annuel', 'annual TB skin test'),
                   ('vaccin antigrippal', 'flu vaccine'), ('preuve d\'immunité rougeole', 'measles immunity proof')])
    rows = [[e.surname, e.given, 'EMP-%05d' % rng.randint(10000, 99999), c.pick([c.L('à faire', 'due'), c.L('échu', 'overdue'),
                                                                                 c.L('RV donné', 'booked')])] for e in emps]
    text = c.L('%s\n\nVoici les employés de votre unité dont le %s n\'est pas à jour :\n\n%s\n\n'
               'Merci de leur rappeler de prendre rendez-vous à la santé au travail (poste 4410).\n\n%s\n%s',
               '%s\n\nThese employees in your unit are not up to date for the %s:\n\n%s\n\n'
               'Please remind them to book with occupational health (ext. 4410).\n\n%s\n%s') % (
        X.greet(rng, c.lang, mgr.given), what[0 if c.fr else 1],
        X.text_table([c.L('Nom', 'Surname'), c.L('Prénom', 'Given'), c.L('No employé', 'Emp. no.'), c.L('Statut', 'Status')], rows),
        X.closing(rng, c.lang), occ.signature(c.lang))
    env = c.env(occ.addr(), [mgr.addr()], c.L('Conformité - %s', 'Compliance - %s') % what[0 if c.fr else 1])
    return c.finish('occupational_health', [], 'occupational health compliance list for employees (HR)', env, text)


# ---------------------------------------------------------------- N: staff sick call (HR)
def n_sick_call(c):
    rng = c.rng
    emp = c.staff(c.pick(['nicu_rn', 'rt', 'vax_rn', 'clerk']))
    mgr = c.staff('manager')
    why = c.pick([('une gastro', 'a stomach bug'), ('de la fièvre depuis hier soir', 'a fever since last night'),
                  ('une migraine', 'a migraine'), ('mon fils malade à la maison', 'my son home sick')])
    body = c.L('%s\n\nJe ne pourrai pas rentrer ce soir, j\'ai %s. J\'ai avisé la coordonnatrice de nuit. '
               'Je devrais être de retour jeudi.\n\n%s',
               '%s\n\nI won\'t be able to come in tonight, I have %s. I let the night coordinator know. '
               'Should be back Thursday.\n\n%s') % (X.greet(rng, c.lang, mgr.given, formal=False), why[0 if c.fr else 1],
                                                    emp.given)
    body = C.sloppy(rng, body, 0.03, protect=[mgr.given, emp.given])
    env = c.env((emp.full, C.personal_email(rng, emp.given, emp.surname)), [mgr.addr()],
                c.pick([c.L('Absence ce soir', 'Off sick tonight'), c.L('malade', 'sick'), c.L('absence', 'absence')]))
    return c.finish('staff_sick_call', [], 'employee calls in sick to manager (HR)', env, body)


# ---------------------------------------------------------------- N: committee notice / ICS
def n_committee(c):
    rng = c.rng
    chair = c.staff(c.pick(['neonat', 'ob', 'manager']))
    start = dt.datetime.combine(c.later(5, 30), dt.time(c.pick([7, 12, 12, 16]), c.pick([0, 30])))
    com = c.pick([('Comité de périnatalité', 'Perinatal committee'), ('Revue de morbidité-mortalité néonatale', 'Neonatal M&M rounds'),
                  ('Comité de liaison DPJ-hôpital', 'Youth protection-hospital liaison committee'),
                  ('Comité de la qualité - mère-enfant', 'Mother-child quality committee')])
    agenda = c.L(['Adoption de l\'ordre du jour', 'Suivi du plan d\'action 2025', 'Indicateurs du trimestre (taux de césariennes, '
                  'transferts in utero)', 'Révision du protocole d\'hypoglycémie néonatale', 'Varia'],
                 ['Approval of agenda', '2025 action plan follow-up', 'Quarterly indicators (C-section rate, in utero transfers)',
                  'Neonatal hypoglycemia protocol review', 'Other business'])
    text = c.L('%s\n\nLa prochaine rencontre du %s aura lieu le %s à %02dh%02d, salle %s et sur Teams.\n\nOrdre du jour :\n%s\n\n'
               'Rappel : aucun nom de patient dans les documents de présentation.\n\n%s',
               '%s\n\nThe next %s meeting will be on %s at %02d:%02d, room %s and on Teams.\n\nAgenda:\n%s\n\n'
               'Reminder: no patient names in presentation material.\n\n%s') % (
        X.greet(rng, c.lang), com[0 if c.fr else 1], c.date(start.date(), 2), start.hour, start.minute,
        c.pick(['B-2140', 'A-0312', 'C-4001']), '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)),
        chair.signature(c.lang))
    atts = [c.att_ics('reunion.ics' if c.fr else 'meeting.ics', uid='com-%d@chu-sainte-aurore.example' % c.idx, start=start,
                      end=start + dt.timedelta(minutes=60), summary=com[0 if c.fr else 1],
                      description=' / '.join(agenda), location=c.L('Salle B-2140 / Teams', 'Room B-2140 / Teams'),
                      organizer=chair.addr(), attendees=[c.staff('manager').addr() for _ in range(3)])] if c.chance(0.6) else []
    env = c.env(chair.addr(), [('%s - membres' % com[0] if c.fr else '%s members' % com[1], 'comite-perinat@chu-sainte-aurore.example')],
                com[0 if c.fr else 1] + ' - ' + C.fmt_date(start.date(), c.lang, 0))
    return c.finish('committee_notice', [], 'committee meeting notice and agenda%s' % ('; ICS' if atts else ''), env, text,
                    attachments=atts)


# ---------------------------------------------------------------- N: grand rounds, speaker + topic
def n_grand_rounds(c):
    rng = c.rng
    spk = c.staff(c.pick(['neonat', 'ob', 'peds', 'peds_on']))
    comms = c.staff('edu')
    topic = c.pick([('Hypothermie thérapeutique dans l\'encéphalopathie hypoxique-ischémique : 10 ans d\'expérience',
                     'Therapeutic hypothermia in HIE: 10 years of experience'),
                    ('Le syndrome de sevrage néonatal : approche « Eat, Sleep, Console »', 'Neonatal abstinence syndrome: the Eat, Sleep, Console approach'),
                    ('Prééclampsie précoce : aspirine et dépistage au 1er trimestre', 'Early preeclampsia: aspirin and first-trimester screening'),
                    ('Diabète gestationnel : nouvelles cibles glycémiques', 'Gestational diabetes: new glycemic targets'),
                    ('Nirsévimab et VRS : bilan de la première saison', 'Nirsevimab and RSV: first-season review'),
                    ('Maltraitance chez le nourrisson : reconnaître les lésions sentinelles', 'Infant maltreatment: recognizing sentinel injuries')])
    day = c.later(3, 25)
    text = c.L('%s\n\nConférence midi du département de pédiatrie\n\n%s\n« %s »\n\n%s, 12 h à 13 h, amphithéâtre %s. '
               'Un lunch sera servi aux 60 premières personnes. Activité reconnue (1 h de formation).\n\n%s',
               '%s\n\nPediatrics department noon rounds\n\n%s\n"%s"\n\n%s, 12-1 pm, auditorium %s. '
               'Lunch for the first 60 attendees. Accredited activity (1 h).\n\n%s') % (
        X.greet(rng, c.lang), '%s, %s' % (spk.display(c.lang), spk.title_fr if c.fr else spk.title_en), topic[0 if c.fr else 1],
        c.date(day, 2), c.pick(['A', 'B', 'Jean-Lapointe']), comms.signature(c.lang))
    env = c.env(comms.addr(), [(c.L('Tous - pédiatrie', 'All pediatrics'), 'pediatrie-tous@chu-sainte-aurore.example')],
                c.L('Conférence midi : ', 'Noon rounds: ') + topic[0 if c.fr else 1][:60])
    atts = []
    if c.chance(0.4):
        atts.append(c.att_pdf(c.L('affiche_conference.pdf', 'rounds_poster.pdf'), c.L('Conférence midi', 'Noon rounds'),
                              [spk.display(c.lang), topic[0 if c.fr else 1], c.date(day, 2)]))
    return c.finish('grand_rounds', [], 'speaker named with clinical topic', env, text, attachments=atts)


# ---------------------------------------------------------------- N: newsletter (HTML)
def n_newsletter(c):
    rng = c.rng
    comms = c.staff('comms', 'cisss')
    n_births = rng.randint(180, 320)
    items = c.L([
        ('Saison du VRS', 'Depuis octobre, %d nourrissons ont reçu le nirsévimab avant leur congé. Le taux d\'acceptation est de %d %%.'
         % (rng.randint(150, 400), rng.randint(78, 94))),
        ('Naissances', 'Le Centre mère-enfant a accueilli %d bébés ce trimestre, dont %d jumeaux.' % (n_births, rng.randint(4, 12))),
        ('Bienvenue', 'Bienvenue à nos nouvelles infirmières de l\'USIN et à la Dre %s, néonatologiste.' % c.pick(C.STAFF_SUR)),
        ('Rappel', 'La semaine mondiale de l\'allaitement aura lieu du 1er au 7 octobre. Kiosque au hall principal.'),
    ], [
        ('RSV season', 'Since October, %d infants received nirsevimab before discharge. Uptake is %d%%.'
         % (rng.randint(150, 400), rng.randint(78, 94))),
        ('Births', 'The Mother-Child Centre welcomed %d babies this quarter, including %d sets of twins.' % (n_births, rng.randint(4, 12))),
        ('Welcome', 'Welcome to our new NICU nurses and to Dr. %s, neonatologist.' % c.pick(C.STAFF_SUR)),
        ('Reminder', 'World Breastfeeding Week runs October 1-7. Booth in the main lobby.'),
    ])
    html = ['<html><head><meta charset="utf-8"><title>Info</title></head><body style="font-family:Arial">',
            '<h1 style="color:#2a6f97">%s</h1>' % X.esc(c.L('Le Petit Boréal - bulletin mère-enfant', 'The Little Boréal - mother-child newsletter')),
            '<p><i>%s</i></p>' % X.esc(c.date(c.today, 2))]
    for h, t in items:
        html.append('<h2>%s</h2>\n<p>%s</p>' % (X.esc(h), X.esc(t)))
    html.append('<hr><p style="font-size:9pt">%s</p></body></html>' % X.esc(c.L('Pour vous désabonner, répondez « STOP ».',
                                                                               'To unsubscribe, reply STOP.')))
    html = '\n'.join(html) + '\n'
    text = '\n\n'.join('%s\n%s' % (h.upper(), t) for h, t in items)
    env = c.env(comms.addr(), [(c.L('Personnel CISSS', 'CISSS staff'), 'tous@cisss-valleeverte.example')],
                c.L('Le Petit Boréal - édition ', 'The Little Boréal - issue ') + '%d' % rng.randint(12, 60))
    return c.finish('newsletter', [], 'staff newsletter with aggregate figures', env, text, html=html,
                    mode=c.pick(['html', 'alt']))


# ---------------------------------------------------------------- N: aggregate statistics (XLSX)
def n_stats(c):
    rng = c.rng
    analyst = c.staff(c.pick(['manager', 'records']))
    months = c.L(['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin'], ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])
    kind = rng.randint(0, 2)
    if kind == 0:
        headers = [c.L('Mois', 'Month'), c.L('Admissions USIN', 'NICU admissions'), '< 28 sem' if c.fr else '< 28 wk',
                   c.L('EHI refroidis', 'HIE cooled'), c.L('Transferts entrants', 'Inbound transfers'), c.L('Décès', 'Deaths')]
        rows = [[m, rng.randint(30, 55), rng.randint(1, 7), rng.randint(0, 4), rng.randint(5, 18), rng.randint(0, 2)] for m in months]
        title = c.L('Indicateurs USIN', 'NICU indicators')
    elif kind == 1:
        headers = [c.L('École', 'School'), c.L('Élèves 4e année', 'Grade 4 students'), c.L('VPH dose 1 (%)', 'HPV dose 1 (%)'),
                   c.L('HB (%)', 'HB (%)'), c.L('Refus', 'Refusals')]
        rows = [[s, rng.randint(40, 120), rng.randint(70, 97), rng.randint(75, 98), rng.randint(0, 9)] for s in
                ['École des Érables', 'École du Ruisseau', 'École Sainte-Claire', 'Lakeview Elementary', 'École des Pionniers']]
        title = c.L('Couverture vaccinale scolaire', 'School vaccine coverage')
    else:
        headers = [c.L('Trimestre', 'Quarter'), c.L('Signalements reçus', 'Reports received'), c.L('Retenus', 'Retained'),
                   c.L('dont 0-5 ans', 'of which 0-5 y'), c.L('Provenance hospitalière', 'From hospitals')]
        rows = [['T%d' % q, rng.randint(300, 520), rng.randint(90, 200), rng.randint(30, 90), rng.randint(20, 60)] for q in range(1, 5)]
        title = c.L('Signalements DPJ - statistiques régionales', 'Youth protection reports - regional statistics')
    text = c.L('%s\n\nVous trouverez ci-joint les données %s. Aucune donnée nominative.\n\n%s\n\n%s',
               '%s\n\nAttached are the %s figures. No identifiable data.\n\n%s\n\n%s') % (
        X.greet(rng, c.lang), title.lower(), X.text_table(headers, rows[:3]) + '\n...', analyst.signature(c.lang))
    att = c.att_xlsx(C.slug(title).replace('.', '_') + '.xlsx', [(title[:31], headers, rows)], author=analyst.full)
    env = c.env(analyst.addr(), [c.staff('manager').addr(), c.staff('neonat').addr()], title + ' ' + str(c.today.year))
    return c.finish('aggregate_statistics', [], 'aggregate statistics, no identifiable data; XLSX', env, text, attachments=[att])


# ---------------------------------------------------------------- N: anonymised teaching case
def n_teaching_case(c):
    rng = c.rng
    edu = c.staff(c.pick(['edu', 'neonat', 'peds']))
    d = dx(NEONATAL + PRENATAL, rng)
    ga = rng.randint(26, 40)
    lab = c.pick(d['lab'])
    med = c.pick(d['med'])
    case = c.L('Cas clinique (anonymisé) : %s, %d semaines. Présentation : %s. Résultats : %s. Traitement amorcé : %s.\n\n'
               'Questions :\n1. Quel est votre diagnostic différentiel ?\n2. Quels examens complémentaires demanderiez-vous ?\n'
               '3. Quand envisager un transfert vers un centre tertiaire ?',
               'Teaching case (de-identified): %s, %d weeks. Presentation: %s. Results: %s. Treatment started: %s.\n\n'
               'Questions:\n1. What is your differential diagnosis?\n2. Which further tests would you order?\n'
               '3. When would you consider transfer to a tertiary centre?') % (
        c.pick(c.L(['Nouveau-né', 'Patiente G2P1', 'Bébé X', 'Patient A'], ['Newborn', 'G2P1 patient', 'Baby X', 'Patient A'])),
        ga, c.L(d['fr'], d['en']), lab[0 if c.fr else 1], med[0 if c.fr else 1])
    text = c.L('%s\n\nPour la séance de simulation de jeudi, voici le cas à préparer. Les données ont été modifiées.\n\n%s\n\n%s',
               '%s\n\nFor Thursday\'s simulation session, here is the case to prepare. Details have been altered.\n\n%s\n\n%s') % (
        X.greet(rng, c.lang), case, edu.signature(c.lang))
    atts = []
    if c.chance(0.4):
        atts.append(c.att_docx(c.L('cas_simulation.docx', 'simulation_case.docx'), c.L('Cas de simulation', 'Simulation case'),
                               case.split('\n'), author=edu.full))
    env = c.env(edu.addr(), [(c.L('Résidents pédiatrie', 'Pediatric residents'), 'residents-peds@chu-sainte-aurore.example')],
                c.L('Cas pour la simulation', 'Simulation case'))
    return c.finish('teaching_case', [], 'de-identified teaching case with clinical details', env, text, attachments=atts)


# ---------------------------------------------------------------- N: blank forms
def n_blank_form(c):
    rng = c.rng
    sender = c.staff(c.pick(['school_rn', 'sw', 'clerk', 'vax_rn']))
    kind = rng.randint(0, 2)
    if kind == 0:
        title = c.L('Autorisation d\'administrer un médicament à l\'école', 'Authorization to administer medication at school')
        fields = [c.L('Nom de l\'élève : ______________________', 'Student name: ______________________'),
                  c.L('Date de naissance : ____/____/______', 'Date of birth: ____/____/______'),
                  c.L('No d\'assurance maladie (NAM) : ____ ____ ____', 'Health insurance no.: ____ ____ ____'),
                  c.L('Médicament : ____________  Dose : ______  Heure : ______', 'Medication: ____________  Dose: ______  Time: ______'),
                  c.L('Signature du parent : ______________________', 'Parent signature: ______________________')]
    elif kind == 1:
        title = c.L('Formulaire de signalement - modèle', 'Youth protection report form - template')
        fields = [c.L('Nom de l\'enfant : [ ]', 'Child name: [ ]'), c.L('DDN : [AAAA-MM-JJ]', 'DOB: [YYYY-MM-DD]'),
                  c.L('Motif : [ ] négligence  [ ] abus physique  [ ] abus sexuel  [ ] mauvais traitements psychologiques',
                      'Reason: [ ] neglect  [ ] physical abuse  [ ] sexual abuse  [ ] psychological ill-treatment'),
                  c.L('Faits observés : ', 'Observed facts: '), c.L('Signalant : ', 'Reporter: ')]
    else:
        title = c.L('Consentement à la vaccination - 4e année', 'Grade 4 vaccination consent')
        fields = [c.L('Vaccins offerts : VPH-9, hépatite B', 'Vaccines offered: HPV-9, hepatitis B'),
                  c.L('Nom de l\'enfant : ____________________', 'Child name: ____________________'),
                  c.L('Allergies connues : ____________________', 'Known allergies: ____________________'),
                  c.L('[ ] J\'accepte   [ ] Je refuse', '[ ] I consent   [ ] I refuse'),
                  c.L('Signature : ____________________', 'Signature: ____________________')]
    fmt = c.pick(['pdf', 'docx'])
    fname = C.slug(title)[:40].replace('.', '_') + '.' + fmt
    att = c.att_pdf(fname, title, fields) if fmt == 'pdf' else c.att_docx(fname, title, fields, author=sender.full)
    if c.chance(0.45):
        import corpus_mime as M
        stem = fname.rsplit('.', 1)[0]
        files = [(stem + '.pdf', M.make_pdf(title, fields)),
                 (stem + '.docx', M.make_docx(title, fields, author=sender.full))]
        att = c.att_zip(c.L('formulaires_vierges.zip', 'blank_forms.zip'), files)
        fmt = 'zip'
    text = c.L('%s\n\nVoici le formulaire vierge à jour (version %s). Merci de détruire les anciennes copies.\n\n%s',
               '%s\n\nHere is the updated blank form (version %s). Please discard older copies.\n\n%s') % (
        X.greet(rng, c.lang), c.pick(['2025-03', '2025-09', 'v4.1']), sender.signature(c.lang))
    env = c.env(sender.addr(), [c.staff('clerk').addr()], c.L('Formulaire vierge : ', 'Blank form: ') + title[:50])
    return c.finish('blank_form', [], 'blank form attached (%s)' % fmt.upper(), env, text, attachments=[att])


# ---------------------------------------------------------------- N: purchase order / invoice
def n_invoice_po(c):
    rng = c.rng
    buyer = c.staff('buyer', 'cisss')
    vendor = c.pick(C.VENDOR_DOMAINS)
    items = c.pick([[('Tire-lait hospitalier double', 'Hospital-grade double breast pump', 6, 1890.00),
                     ('Trousse de tubulure', 'Pump kit', 200, 12.40)],
                    [('Incubateur de transport', 'Transport incubator', 1, 48250.00), ('Batterie de rechange', 'Spare battery', 2, 890.00)],
                    [('Réfrigérateur à vaccins 12 pi³', 'Vaccine refrigerator 12 cu ft', 2, 6420.00),
                     ('Enregistreur de température', 'Temperature data logger', 6, 145.00)],
                    [('Bilirubinomètre transcutané', 'Transcutaneous bilirubinometer', 2, 7950.00), ('Embouts', 'Tips', 500, 2.10)]])
    po_body = '45%07d' % rng.randint(0, 9999999)
    from stdnum import luhn
    inv_body = '7' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    inv = inv_body + luhn.calc_check_digit(inv_body)  # Luhn-valid, health-number shaped
    assert luhn.is_valid(inv)
    rows = [[i[0 if c.fr else 1], i[2], '%.2f' % i[3], '%.2f' % (i[2] * i[3])] for i in items]
    total = sum(i[2] * i[3] for i in items)
    text = c.L('%s\n\nBon de commande %s / facture %s\nFournisseur : %s\n\n%s\n\nTotal avant taxes : %.2f $\nLivraison : USIN, quai B.\n\n%s',
               '%s\n\nPO %s / invoice %s\nVendor: %s\n\n%s\n\nTotal before tax: $%.2f\nDelivery: NICU, dock B.\n\n%s') % (
        X.greet(rng, c.lang), po_body, inv, vendor, X.text_table([c.L('Article', 'Item'), c.L('Qté', 'Qty'),
                                                                  c.L('Prix', 'Price'), 'Total'], rows),
        total, buyer.signature(c.lang))
    atts = []
    if c.chance(0.5):
        atts.append(c.att_pdf('PO_%s.pdf' % po_body, c.L('Bon de commande', 'Purchase order') + ' ' + po_body,
                              ['%s %s' % (c.L('Fournisseur :', 'Vendor:'), vendor)], table=([c.L('Article', 'Item'), c.L('Qté', 'Qty'),
                                                                                             c.L('Prix', 'Price'), 'Total'], rows)))
    env = c.env(buyer.addr(), [(c.L('Comptes fournisseurs', 'Accounts'), 'ventes@' + vendor)],
                c.L('BC %s', 'PO %s') % po_body)
    return c.finish('purchase_order', [], 'purchase order / invoice with Luhn-valid invoice number', env, text, attachments=atts)


# ---------------------------------------------------------------- N: biomedical equipment serials
def n_biomed_serial(c):
    rng = c.rng
    tech = c.staff('biomed', 'chu')
    mgr = c.staff('manager', 'chu')
    rows = []
    for i in range(rng.randint(4, 8)):
        sn = C.gen_sin(rng)  # deliberately checksum-valid 9-digit serial
        rows.append([c.pick(['Giraffe OmniBed', 'Isolette 8000', 'Babyleo TN500', 'SLE6000', 'Bili-Lite Pro']),
                     'S/N %s' % sn, 'USIN-%04d' % rng.randint(1, 400), c.date(c.later(1, 60), 0)])
    headers = [c.L('Équipement', 'Device'), c.L('No de série', 'Serial no.'), c.L('Actif', 'Asset tag'), c.L('Entretien prévu', 'PM due')]
    text = c.L('%s\n\nEntretien préventif planifié pour les équipements suivants. Merci de les libérer selon le calendrier.\n\n%s\n\n%s',
               '%s\n\nPreventive maintenance is scheduled for the following devices. Please release them per the schedule.\n\n%s\n\n%s') % (
        X.greet(rng, c.lang, mgr.given), X.text_table(headers, rows), tech.signature(c.lang))
    atts = []
    if c.chance(0.4):
        atts.append(c.att_csv('entretien_preventif.csv' if c.fr else 'pm_schedule.csv', headers, rows))
    env = c.env(tech.addr(), [mgr.addr()], c.L('Entretien préventif - USIN', 'Preventive maintenance - NICU'))
    return c.finish('biomed_serials', [], 'device serial numbers (checksum-valid) and asset tags', env, text, attachments=atts)


# ---------------------------------------------------------------- N: vaccine inventory / cold chain
def n_vaccine_inventory(c):
    rng = c.rng
    nurse = c.staff('vax_rn', 'clsc')
    rows = []
    for v in c.rng.sample(VACCINES, 5):
        lot = '%s%s%08d' % (c.pick(['GSKB', 'SANP', 'MERK', 'PFZR']), '', rng.randint(10000000, 99999999))
        rows.append([v[0 if c.fr else 1], lot, c.date(c.later(60, 400), 0), rng.randint(0, 80)])
    headers = [c.L('Produit', 'Product'), c.L('Lot', 'Lot'), c.L('Expiration', 'Expiry'), c.L('Doses', 'Doses')]
    excursion = c.chance(0.5)
    intro = c.L('Bris de chaîne de froid : le réfrigérateur #2 a atteint 9,4 °C pendant 47 minutes cette nuit. '
                'Produits mis en quarantaine en attendant l\'avis de la santé publique :',
                'Cold chain excursion: fridge #2 reached 9.4 C for 47 minutes overnight. Products quarantined pending '
                'public health advice:') if excursion else c.L('Inventaire mensuel de la clinique :', 'Monthly clinic inventory:')
    text = '%s\n\n%s\n\n%s\n\n%s' % (X.greet(rng, c.lang), intro, X.text_table(headers, rows), nurse.signature(c.lang))
    atts = []
    if c.chance(0.5):
        temps = [[('%02d:00' % h), '%.1f' % (4.0 + rng.random() * (5.5 if h in (2, 3) and excursion else 2.0))] for h in range(24)]
        atts.append(c.att_csv(c.L('releve_temperatures.csv', 'temperature_log.csv'), [c.L('Heure', 'Time'), '°C'], temps))
    env = c.env(nurse.addr(), [('Vaccination - santé publique', 'vaccins@sante-publique-vv.example')],
                c.L('Bris de chaîne de froid', 'Cold chain excursion') if excursion else c.L('Inventaire vaccins', 'Vaccine inventory'))
    return c.finish('vaccine_inventory', [], 'vaccine lots (NAM-shaped lot codes), expiry, temperatures', env, text, attachments=atts)


# ---------------------------------------------------------------- N: IT / facilities
def n_it_facilities(c):
    rng = c.rng
    it = c.staff(c.pick(['it', 'it', 'biomed']), None)
    kind = rng.randint(0, 3)
    ticket = 'INC%07d' % rng.randint(0, 9999999)
    if kind == 0:
        subj = c.L('Arrêt planifié du DPE - dimanche 02 h', 'Planned EHR downtime - Sunday 2 am')
        body = c.L('Le dossier patient électronique sera indisponible dimanche de 2 h à 5 h. Utilisez les formulaires papier '
                   'de relève (USIN, salle d\'accouchement). Billet %s.', 'The EHR will be unavailable Sunday 2-5 am. Use paper '
                   'downtime forms (NICU, birthing unit). Ticket %s.') % ticket
    elif kind == 1:
        subj = c.L('Imprimante USIN hors service', 'NICU printer down')
        body = c.L('L\'imprimante d\'étiquettes de lait maternel (IP 10.42.%d.%d) est hors service. Un technicien passera avant 14 h. '
                   'Billet %s.', 'The breast-milk label printer (IP 10.42.%d.%d) is down. A technician will come before 2 pm. '
                   'Ticket %s.') % (rng.randint(1, 254), rng.randint(1, 254), ticket)
    elif kind == 2:
        subj = c.L('Travaux - ascenseurs bloc mère-enfant', 'Works - mother-child wing elevators')
        body = c.L('L\'ascenseur no 3 sera fermé du %s au %s. Les transferts en incubateur doivent utiliser l\'ascenseur de service 5.',
                   'Elevator 3 will be closed from %s to %s. Incubator transfers must use service elevator 5.') % (
            c.date(c.later(2, 5), 2), c.date(c.later(6, 12), 2))
    else:
        subj = c.L('Réinitialisation de mot de passe', 'Password reset')
        body = c.L('Votre mot de passe expire dans 5 jours. Utilisez le portail libre-service. Ne communiquez jamais votre mot de passe. '
                   'Billet %s.', 'Your password expires in 5 days. Use the self-service portal. Never share your password. Ticket %s.') % ticket
    text = '%s\n\n%s\n\n%s' % (X.greet(rng, c.lang), body, it.signature(c.lang))
    env = c.env(it.addr(), [(c.L('Personnel mère-enfant', 'Mother-child staff'), 'mere-enfant@chu-sainte-aurore.example')], subj)
    return c.finish('it_facilities', [], 'IT / facilities notice with ticket numbers', env, text)


# ---------------------------------------------------------------- N: job posting
def n_job_posting(c):
    rng = c.rng
    hr = c.staff('hr', 'cisss')
    job = c.pick([('Infirmière clinicienne - USIN (nuit)', 'Clinical nurse - NICU (nights)'),
                  ('Sage-femme - maison de naissance', 'Midwife - birthing centre'),
                  ('Infirmière scolaire - secteur Val-des-Pins', 'School nurse - Val-des-Pins sector'),
                  ('Travailleuse sociale - périnatalité', 'Social worker - perinatal'),
                  ('Inhalothérapeute - transport néonatal', 'Respiratory therapist - neonatal transport')])
    no = '%d-%04d' % (c.today.year, rng.randint(1, 2999))
    text = c.L('Affichage %s\n\nTitre : %s\nStatut : temps complet permanent\nÉchelle salariale : %d,%02d $ à %d,%02d $/h\n'
               'Exigences : permis d\'exercice valide, PRN/NRP à jour, bilinguisme un atout.\n'
               'Date limite : %s\n\nPostulez via le portail carrières en mentionnant le numéro d\'affichage.',
               'Posting %s\n\nTitle: %s\nStatus: full-time permanent\nPay scale: $%d.%02d to $%d.%02d/h\n'
               'Requirements: valid licence, current NRP, bilingualism an asset.\nDeadline: %s\n\n'
               'Apply via the careers portal quoting the posting number.') % (
        no, job[0 if c.fr else 1], rng.randint(28, 34), rng.randint(0, 99), rng.randint(48, 56), rng.randint(0, 99),
        c.date(c.later(10, 30), 2))
    text += '\n\n' + hr.signature(c.lang)
    env = c.env(hr.addr(), [(c.L('Tous les employés', 'All staff'), 'tous@cisss-valleeverte.example')], c.L('Affichage de poste ', 'Job posting ') + no)
    return c.finish('job_posting', [], 'job posting', env, text, mode=c.pick(['plain', 'alt', 'html']))


TEMPLATES_NA = [
    (n_staff_schedule, 0.6, 5),
    (n_leave_request, 0.6, 5),
    (n_occupational_health, 0.6, 5),
    (n_sick_call, 0.6, 4),
    (n_committee, 0.6, 5),
    (n_grand_rounds, 0.5, 5),
    (n_newsletter, 0.6, 5),
    (n_stats, 0.5, 5),
    (n_teaching_case, 0.5, 5),
    (n_blank_form, 0.6, 5),
    (n_invoice_po, 0.5, 5),
    (n_biomed_serial, 0.5, 5),
    (n_vaccine_inventory, 0.6, 5),
    (n_it_facilities, 0.6, 5),
    (n_job_posting, 0.6, 5),
]
