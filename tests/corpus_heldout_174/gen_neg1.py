"""Negative (non-confidential) messages, bilingual templates — part 1:
newsletters, schedules, HR, payroll, postings, committees, conferences, invoices, POs, inventories, IT, facilities."""
import datetime as dt
import html as H

import gen_attach as A
import gen_common as C
from gen_mime import html_table, text_table
from gen_text import hello, thanks


def L(c, fr, en):
    return fr if c.lang == 'fr' else en


def org(c):
    return C.ORG_FR if c.lang == 'fr' else C.ORG_EN


def person(c, i=None):
    return C.EXTRA_PEOPLE[c.num(0, len(C.EXTRA_PEOPLE) - 1) if i is None else i]


def dr(c, key):
    s = C.STAFF[key]
    t = s['title'] or ('Dre' if key in ('lemieux', 'desjardins') else 'Dr')
    if c.lang == 'en':
        t = 'Dr.'
    elif t == 'Dr.':
        t = 'Dre' if key in ('whitfield', 'patel') else 'Dr'
    return '%s %s %s' % (t, s['first'], s['last'])


def money(c, x):
    if c.lang == 'fr':
        return ('{:,.2f}'.format(x)).replace(',', ' ').replace('.', ',') + ' $'
    return '${:,.2f}'.format(x)


# --------------------------------------------------------------------------- newsletter
NEWS_FR = [
    ("Bienvenue à la Dre Hoda Mansour", "La Dre Hoda Mansour, médecin du sommeil, se joint à l'équipe le 4 novembre. Elle "
     "s'intéresse particulièrement à l'hypoventilation et à l'apnée du sommeil chez les personnes atteintes de maladies "
     "neuromusculaires."),
    ("Le labo en chiffres", "Le laboratoire de fonction pulmonaire a réalisé 1 284 spirométries, 412 DLCO et 96 tests de "
     "provocation à la méthacholine ce trimestre (+9 %). Bravo à toute l'équipe de Karine Vachon !"),
    ("Clinique du sommeil", "Le délai moyen pour une polysomnographie est passé de 31 à 22 semaines grâce à l'ajout d'une "
     "quatrième chambre et aux polygraphies à domicile."),
    ("Départ à la retraite", "Après 33 ans parmi nous, Mme Mireille Bolduc, secrétaire médicale à la clinique MPOC, prendra sa "
     "retraite le 20 décembre. Un 5 à 7 est prévu à la cafétéria."),
    ("Vaccination du personnel", "Les cliniques de vaccination antigrippale et COVID pour le personnel auront lieu les 15, 16 "
     "et 22 octobre, de 7 h 30 à 15 h, à la salle 1.12. Apportez votre carte d'employé."),
    ("Journée mondiale de la MPOC", "Le 20 novembre, l'équipe d'enseignement tiendra un kiosque dans le hall : "
     "démonstration des dispositifs d'inhalation et dépistage du tabagisme."),
    ("Prix d'excellence", "Le Dr Olivier Côté a reçu le prix d'excellence en enseignement de la Faculté pour son travail "
     "auprès des résidents en réadaptation pulmonaire et en MPOC."),
    ("Recyclage des inhalateurs", "Les inhalateurs vides peuvent être déposés dans les bacs verts à l'entrée de la "
     "pharmacie. Plus de 3 200 dispositifs récupérés depuis janvier !"),
    ("Nouveaux appareils", "Deux nouveaux pléthysmographes sont en service depuis le 7 octobre au laboratoire (salles 2.11 et 2.12)."),
    ("Bienvenue", "Bienvenue à M. Frédéric Gagné, inhalothérapeute au programme d'oxygène à domicile, et à Mme Valérie Brisson, "
     "infirmière à la clinique de réadaptation pulmonaire."),
]
NEWS_EN = [
    ("Welcome Dr. Hoda Mansour", "Sleep physician Dr. Hoda Mansour joins us on November 4. Her clinical interests include "
     "hypoventilation and sleep-disordered breathing in neuromuscular disease."),
    ("Lab by the numbers", "The PFT lab performed 1,284 spirometries, 412 DLCOs and 96 methacholine challenges this quarter "
     "(up 9%). Congratulations to Tom Kowalski's team!"),
    ("Sleep Clinic wait times", "Average wait for in-lab polysomnography is down from 31 to 22 weeks thanks to a fourth "
     "bedroom and home sleep apnea testing."),
    ("Retirement", "After 33 years with us, Ms. Mireille Bolduc, medical secretary in the COPD clinic, retires on December 20. "
     "Join us for cake in the cafeteria."),
    ("Staff flu clinics", "Influenza and COVID vaccine clinics for staff run October 15, 16 and 22, 7:30 a.m. to 3 p.m., "
     "room 1.12. Bring your employee badge."),
    ("World COPD Day", "On November 20 the education team will host a booth in the main lobby with inhaler device demos "
     "and smoking-cessation resources."),
    ("Teaching award", "Dr. Rachel Whitfield received the Faculty teaching award for her severe asthma curriculum for "
     "respirology residents."),
    ("Inhaler recycling", "Empty inhalers can go in the green bins by the pharmacy. Over 3,200 devices collected since January!"),
    ("Welcome to new staff", "Please welcome Ms. Jessica Tran (RRT, home oxygen program) and Mr. Ryan McKenna (PFT technologist)."),
]


def newsletter(c):
    issue = c.cycle('news_' + c.lang, 4)
    m = c.msg('newsletter', L(c, 'infolettre interne du centre', 'internal staff newsletter'), positive=False)
    m.frm = (L(c, 'Communications CSRDR', 'CSRDR Communications'), 'communications@' + C.DOM)
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    pool = list(NEWS_FR if c.lang == 'fr' else NEWS_EN)
    c.rng.shuffle(pool)
    items = pool[:c.num(4, 6)]
    title = L(c, "L'Écho des Deux-Rives", 'Breathe Easy Bulletin')
    no = 41 + issue
    m.subject = '%s - %s %d' % (title, L(c, 'numéro', 'issue'), no)
    m.text = '%s - %s %d\n\n' % (title, L(c, 'Numéro', 'Issue'), no) + '\n\n'.join(
        '%s\n%s' % (t.upper(), b) for t, b in items) + '\n\n' + L(
        c, 'Pour vous désabonner, écrivez à communications@%s.' % C.DOM,
        'To unsubscribe, write to communications@%s.' % C.DOM) + '\n'
    body = ''.join('<h3 style="color:#1d4e6b;margin:14px 0 4px">%s</h3><p style="margin:0">%s</p>' % (H.escape(t), H.escape(b))
                   for t, b in items)
    m.html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET">'
              '<title>%s</title></head><body style="font-family:Georgia,serif;background:#f3f6f8">'
              '<div style="max-width:640px;margin:auto;background:#fff;padding:18px">'
              '<h1 style="font-size:20pt;color:#1d4e6b">%s <small>n&deg; %d</small></h1>%s'
              '<hr><p style="font-size:8pt;color:#777">%s &middot; %s &middot; %s</p></div></body></html>\n') % (
        H.escape(title), H.escape(title), no, body, H.escape(org(c)), H.escape(L(c, C.ORG_ADDR_FR, C.ORG_ADDR_EN)), C.ORG_PHONE)
    m.force = {'structure': c.pick(['html', 'alt', 'alt'])}
    return m


# --------------------------------------------------------------------------- on-call schedule
def oncall(c):
    m = c.msg('schedule', L(c, 'horaire de garde des pneumologues', 'respirology on-call schedule'), positive=False)
    m.frm = c.who('perron')
    m.to = [(L(c, 'Pneumologues', 'Respirologists'), 'pneumologues@' + C.DOM), c.who('fraser')]
    month = (c.date.month % 12) + 1
    year = c.date.year + (1 if month == 1 else 0)
    docs = ['lemieux', 'bergeron', 'desjardins', 'cote', 'whitfield', 'patel', 'okafor']
    d = dt.date(year, month, 1)
    rows = [[L(c, 'Semaine du', 'Week of'), L(c, 'Garde hospitalière', 'Inpatient on-call'), L(c, 'Consultations', 'Consults'),
             L(c, 'Sommeil / VNI', 'Sleep / NIV')]]
    i = c.num(0, 6)
    while d.month == month:
        rows.append([d.isoformat(), dr(c, docs[i % 7]), dr(c, docs[(i + 2) % 7]), dr(c, c.pick(['desjardins', 'okafor']))])
        d += dt.timedelta(days=7)
        i += 1
    mname = C.MOIS[month - 1] if c.lang == 'fr' else C.MONTHS[month - 1]
    m.subject = L(c, 'Horaire de garde - %s %d' % (mname, year), 'On-call schedule - %s %d' % (mname, year))
    if c.chance(0.5):
        m.attach('xlsx', L(c, 'Garde_pneumo_%d-%02d.xlsx', 'Respirology_oncall_%d-%02d.xlsx') % (year, month),
                 A.xlsx([(mname[:10], rows)]))
        tbl = ''
    else:
        m.table_html = html_table(rows)
        tbl = '[[TABLE]]\n\n' + text_table(rows) + '\n\n'
    m.text = L(c, '''Bonjour à tous,

Voici l'horaire de garde de %s. Rappel : la garde de fin de semaine commence le vendredi à 17 h ; les échanges doivent m'être signalés au plus tard 48 h à l'avance.

%sLa Dre Lemieux couvre aussi la clinique des nodules le mardi ; le Dr Bergeron supervise le labo (lecture des EFR) les lundis et jeudis.

%s
''', '''Hi all,

Here is the %s on-call schedule. Reminder: weekend call starts Friday at 5 p.m.; please let me know of any swaps at least 48 hours ahead.

%sDr. Patel also covers nodule clinic on Tuesdays; Dr. Bergeron reads PFTs Mondays and Thursdays.

%s
''') % (mname, tbl, c.sig('perron'))
    return m


# --------------------------------------------------------------------------- leave
def leave(c):
    m = c.msg('hr_leave', L(c, "réponse à une demande de congé d'un employé", 'reply to a staff leave request'), positive=False)
    mgr = c.pick(['beaulieu', 'campbell'])
    emp = c.pick(['vachon', 'dube', 'kowalski', 'henderson', 'bernier', 'nguyen', 'lachance', 'obrien'])
    m.frm = c.who(mgr)
    m.to = [c.who(emp)]
    d0 = c.day(c.num(10, 40))
    d1 = d0 + dt.timedelta(days=c.pick([4, 7, 11, 14]))
    kind = c.cycle('leave_' + c.lang, 3)
    if kind == 0:
        m.subject = L(c, 'RE: Demande de vacances', 'RE: Vacation request')
        body = L(c, 'Ta demande de vacances du %s au %s est approuvée. Mathieu assurera le remplacement pour les PSG du mardi.',
                 'Your vacation request from %s to %s is approved. Coverage for Tuesday PSGs is arranged.') % (
            c.dtext(d0), c.dtext(d1))
    elif kind == 1:
        m.subject = L(c, 'Congé de maladie - suivi', 'Sick leave - follow-up')
        body = L(c, "Bien reçu ton billet médical pour ton absence du %s au %s (bronchite). Repose-toi bien ; n'oublie pas "
                    "de passer au bureau de santé au retour pour la mise à jour de ton fit-test.",
                 "Got your medical note for your absence from %s to %s (bronchitis). Rest up; please stop by "
                 "Occupational Health on your return to update your fit test.") % (c.dtext(d0), c.dtext(d1))
    else:
        m.subject = L(c, 'Congé parental - dates', 'Parental leave - dates')
        body = L(c, "Ton congé parental débutera le %s. Les RH te feront parvenir les formulaires du RQAP ; ton poste sera "
                    "affiché en remplacement temporaire.",
                 "Your parental leave starts on %s. HR will send you the EI forms; your position will be posted as a "
                 "temporary replacement.") % c.dtext(d0)
    m.text = '%s\n\n%s\n\n%s\n%s\n' % (hello(c, C.STAFF[emp]['first']), body, thanks(c), c.sig(mgr, short=True))
    return m


# --------------------------------------------------------------------------- payroll
def payroll(c):
    m = c.msg('payroll', L(c, 'avis de la paie aux employés', 'payroll notice to staff'), positive=False)
    m.frm = c.who('reid')
    kind = c.cycle('pay_' + c.lang, 3)
    pay = c.day(c.num(2, 9))
    if kind == 0:
        m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
        m.subject = L(c, 'Paie - rétroactivité convention collective', 'Payroll - retroactive pay')
        m.text = L(c, '''Bonjour,

La rétroactivité salariale prévue à la convention collective 2023-2028 sera versée avec la paie du %s (période %d).
Les montants apparaîtront sous le code de gain 118 « Rétro ». Les relevés sont disponibles dans le portail employé.

Service de la paie
Poste 2060
''', '''Hello,

Retroactive pay under the 2023-2028 collective agreement will be issued with the %s pay (period %d).
Amounts will appear under earnings code 118 "Retro". Pay statements are available in the employee portal.

Payroll Office
Ext. 2060
''') % (c.dtext(pay), c.num(18, 26))
    elif kind == 1:
        m.to = [(L(c, 'Chefs de service', 'Managers'), 'gestionnaires@' + C.DOM)]
        rows = [[L(c, 'Matricule', 'Employee #'), L(c, 'Nom', 'Name'), L(c, 'Titre', 'Title'), L(c, 'Heures sup.', 'OT hours'),
                 L(c, 'Prime', 'Premium')]]
        for k in c.rng.sample(['vachon', 'dube', 'kowalski', 'henderson', 'theriault', 'lachance', 'obrien', 'fraser'], 5):
            s = C.STAFF[k]
            rows.append(['%05d' % c.num(10000, 49999), '%s, %s' % (s['last'], s['first']),
                         (s['role_fr'] if c.lang == 'fr' else s['role_en']).split(',')[0], c.dec(c.fl(0, 14, 1)),
                         c.pick(['soir', 'nuit', '-', 'fin de semaine']) if c.lang == 'fr' else c.pick(['evening', 'night', '-', 'weekend'])])
        m.table_html = html_table(rows)
        m.subject = L(c, 'Approbation des heures - période %d', 'Timesheet approval - period %d') % c.num(18, 26)
        m.text = L(c, '''Bonjour,

Merci d'approuver les heures suivantes avant jeudi midi :

[[TABLE]]

%s

Susan Reid, paie
''', '''Hello,

Please approve the following hours before Thursday noon:

[[TABLE]]

%s

Susan Reid, Payroll
''') % text_table(rows)
    else:
        emp = c.pick(['kowalski', 'vachon', 'nguyen', 'dube'])
        m.to = [c.who(emp)]
        m.subject = L(c, 'Correction de paie', 'Pay correction')
        m.text = L(c, '''Bonjour %s,

Suite à ta demande (billet PAIE-%d), la prime de soir manquante pour les quarts du %s et du %s sera ajoutée à la paie du %s. Ton matricule %05d a été corrigé dans Logibec.

Susan
''', '''Hi %s,

Following your request (ticket PAY-%d), the missing evening premium for your shifts on %s and %s will be added to the %s pay. Your employee record %05d has been corrected.

Susan
''') % (C.STAFF[emp]['first'], c.num(1000, 9999), c.dtext(c.day(-12)), c.dtext(c.day(-9)), c.dtext(pay), c.num(10000, 49999))
    return m


# --------------------------------------------------------------------------- job posting
def job_posting(c):
    m = c.msg('job_posting', L(c, "affichage de poste", 'job posting'), positive=False)
    m.frm = c.who('marchand')
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    job = c.pick([(L(c, 'Inhalothérapeute - programme d\'oxygénothérapie à domicile', 'Respiratory therapist - Home Oxygen Program'),
                   '27,83 $ - 47,28 $', '$27.83 - $47.28'),
                  (L(c, 'Technologue en polysomnographie (nuit)', 'Polysomnography technologist (nights)'), '26,91 $ - 44,10 $', '$26.91 - $44.10'),
                  (L(c, 'Infirmière clinicienne - enseignement MPOC/asthme', 'Clinical nurse - COPD/asthma education'), '31,12 $ - 54,87 $', '$31.12 - $54.87'),
                  (L(c, 'Agente administrative - clinique du sommeil', 'Administrative officer - sleep clinic'), '22,40 $ - 27,09 $', '$22.40 - $27.09')])
    no = '2024-%03d' % c.num(80, 190)
    m.subject = L(c, 'Affichage %s - %s', 'Posting %s - %s') % (no, job[0])
    m.text = L(c, '''AFFICHAGE INTERNE ET EXTERNE N° %s

Titre : %s
Statut : poste permanent, temps complet (35 h/semaine), jour
Échelle salariale : %s l'heure, selon l'expérience
Exigences : membre en règle de l'ordre professionnel ; expérience en MPOC, apnée du sommeil ou VNI un atout ; bilinguisme requis.
Fin de l'affichage : %s, 16 h

Faire parvenir votre CV à recrutement@%s ou au 819 555-0142, poste 2055.
%s favorise l'équité en emploi.
''', '''INTERNAL AND EXTERNAL POSTING No. %s

Title: %s
Status: permanent, full time (35 h/week), days
Salary scale: %s per hour, based on experience
Requirements: member in good standing of the professional order; experience with COPD, sleep apnea or NIV an asset; bilingualism required.
Posting closes: %s, 4 p.m.

Send your CV to recrutement@%s or call 819 555-0142 ext. 2055.
%s is an equal opportunity employer.
''') % (no, job[0], job[1] if c.lang == 'fr' else job[2], c.dtext(c.day(14)), C.DOM, org(c))
    return m


# --------------------------------------------------------------------------- committee
def committee(c):
    m = c.msg('committee', L(c, 'convocation et ordre du jour de comité', 'committee meeting notice and agenda'), positive=False)
    m.frm = c.who('perron')
    kind = c.cycle('comm_' + c.lang, 3)
    name = [L(c, 'Comité de pharmacologie', 'Pharmacy & Therapeutics Committee'),
            L(c, 'Comité qualité et sécurité des soins', 'Quality & Patient Safety Committee'),
            L(c, 'Comité de prévention des infections', 'Infection Prevention Committee')][kind]
    items = [[L(c, "Ordonnance collective : initiation de l'oxygène par l'inhalothérapeute", 'Medical directive: RT-initiated oxygen'),
              L(c, 'Ajout au formulaire : Breztri Aerosphere', 'Formulary addition: Breztri Aerosphere'),
              L(c, 'Pénurie de Pulmicort Nebuamp - solutions de rechange', 'Pulmicort Nebuamp shortage - alternatives'),
              L(c, 'Révision du protocole de sevrage tabagique (varénicline)', 'Smoking cessation protocol review (varenicline)')],
             [L(c, 'Indicateurs : chutes, erreurs de médicaments, délais PSG', 'Indicators: falls, medication errors, PSG waits'),
              L(c, 'Rapport d\'incident agrégé T3 (27 déclarations)', 'Aggregate incident report Q3 (27 reports)'),
              L(c, 'Double vérification des débits d\'O2 au congé', 'Double check of O2 flow at discharge'),
              L(c, 'Préparation de la visite d\'Agrément', 'Accreditation visit preparation')],
             [L(c, 'Nettoyage des spiromètres et filtres antibactériens', 'Spirometer cleaning and bacterial filters'),
              L(c, 'Port du N95 pour les tests induisant la toux', 'N95 use for cough-inducing tests'),
              L(c, 'Surveillance des éclosions de VRS et influenza', 'RSV and influenza outbreak surveillance'),
              L(c, 'Retraitement des masques de PPC de prêt', 'Reprocessing of loaner CPAP masks')]][kind]
    when = c.day(c.num(5, 20))
    m.to = [(name, 'comite.%d@%s' % (kind + 1, C.DOM))]
    m.subject = L(c, 'Convocation - %s - %s', 'Notice - %s - %s') % (name, c.dtext(when))
    agenda = '\n'.join('%d. %s' % (i + 3, it) for i, it in enumerate(items))
    m.text = L(c, '''Bonjour,

Vous êtes convoqués à la réunion du %s le %s, de 12 h à 13 h 30, salle 2.40 (lien Teams ci-dessous pour les personnes à distance).

Ordre du jour
1. Adoption de l'ordre du jour
2. Adoption du procès-verbal du %s
%s
%d. Varia

Présidence : %s
Secrétaire : Mme Martine Perron

%s
''', '''Hello,

You are invited to the %s meeting on %s, 12:00-1:30 p.m., room 2.40 (Teams link below for remote attendees).

Agenda
1. Approval of agenda
2. Approval of minutes of %s
%s
%d. Other business

Chair: %s
Recording secretary: Ms. Martine Perron

%s
''')
    chair = dr(c, c.pick(['bergeron', 'whitfield', 'lemieux']))
    m.text = m.text % (name, c.dtext(when, True), c.dtext(c.day(-c.num(20, 40))), agenda, len(items) + 3, chair, c.sig('perron'))
    r = c.rng.random()
    if r < 0.35:
        m.attach('docx', L(c, 'Ordre_du_jour.docx', 'Agenda.docx'), A.docx(name, [('p', c.dtext(when, True)), ('p', agenda)]))
    elif r < 0.75:
        t0 = dt.datetime(when.year, when.month, when.day, 12, 0)
        m.attach('ics', 'invitation.ics', A.ics('comite-%s@%s' % (c.ident, C.DOM), t0, t0 + dt.timedelta(minutes=90), name,
                                                 L(c, 'Salle 2.40 / Teams', 'Room 2.40 / Teams'), agenda,
                                                 ('Martine Perron', C.STAFF['perron']['email'])))
    return m


# --------------------------------------------------------------------------- conference
def conference(c):
    m = c.msg('conference', L(c, 'programme de journée scientifique', 'scientific day programme'), positive=False)
    m.frm = (L(c, 'Formation continue CSRDR', 'CSRDR Continuing Education'), 'formation@' + C.DOM)
    m.to = [(L(c, 'Médecins et professionnels', 'Physicians and professionals'), 'cliniciens@' + C.DOM)]
    # speaker index in C.SPEAKERS matched with a topic in their field
    pairs = [(0, "L'apnée obstructive du sommeil chez l'enfant", 'Obstructive sleep apnea in children'),
             (3, 'Nodules pulmonaires : Fleischner ou Lung-RADS ?', 'Lung nodules: Fleischner or Lung-RADS?'),
             (6, "Biologiques dans l'asthme sévère : qui, quand, lequel ?", 'Biologics in severe asthma: who, when, which?'),
             (1, 'Fibrose pulmonaire progressive : au-delà de la FPI', 'Progressive pulmonary fibrosis beyond IPF'),
             (5, 'Oxygénothérapie à domicile : mythes et données probantes', 'Home oxygen: myths and evidence'),
             (4, 'Chirurgie de réduction de volume et valves endobronchiques', 'Lung volume reduction: surgery and valves'),
             (2, 'Hypoventilation et VNI à domicile', 'Hypoventilation and home NIV'),
             (7, 'Soins palliatifs en MPOC avancée', 'Palliative care in advanced COPD')]
    c.rng.shuffle(pairs)
    when = c.day(c.num(15, 45))
    times = ['8 h 30', '9 h 15', '10 h 30', '11 h 15', '13 h 30', '14 h 15'] if c.lang == 'fr' else \
        ['8:30', '9:15', '10:30', '11:15', '1:30', '2:15']
    lines = []
    for i in range(5):
        t, g, s, rf, re_ = C.SPEAKERS[pairs[i][0]]
        if c.lang == 'en':
            t = 'Dr.'
        lines.append('%s  %s - %s %s %s (%s)' % (times[i], pairs[i][1] if c.lang == 'fr' else pairs[i][2], t, g, s,
                                                 rf if c.lang == 'fr' else re_))
    prog = '\n'.join(lines)
    m.subject = L(c, 'Journée scientifique en pneumologie - %s', 'Respirology Update Day - %s') % c.dtext(when)
    m.text = L(c, '''Bonjour,

Voici le programme de la journée scientifique du %s (auditorium A, aussi en webdiffusion).

%s

Activité reconnue : 5,5 heures de développement professionnel (section 1). Inscription : 60 $ (gratuit pour les résidents et le personnel).
Inscription avant le %s : formation@%s ou 819 555-0142, poste 2080.
''', '''Hello,

Here is the programme for the Respirology Update Day on %s (Auditorium A, also webcast).

%s

Accredited for 5.5 hours (Section 1). Registration: $60 (free for residents and staff).
Register by %s: formation@%s or 819 555-0142 ext. 2080.
''') % (c.dtext(when, True), prog, c.dtext(c.day(8)), C.DOM)
    r = c.rng.random()
    prog_pdf = A.pdf(L(c, 'Journée scientifique en pneumologie', 'Respirology Update Day'), [c.dtext(when, True), ''] + lines,
                     header=org(c))
    if r < 0.35:
        m.attach('pdf', L(c, 'Programme_journée_scientifique.pdf', 'Update_Day_programme.pdf'), prog_pdf)
    elif r < 0.7:
        t0 = dt.datetime(when.year, when.month, when.day, 8, 30)
        cal = A.ics('js-%s@%s' % (c.ident, C.DOM), t0, t0 + dt.timedelta(hours=7),
                    L(c, 'Journée scientifique en pneumologie', 'Respirology Update Day'), 'Auditorium A', prog,
                    ('Formation continue', 'formation@' + C.DOM), method='PUBLISH')
        m.attach('zip', L(c, 'Journee_scientifique.zip', 'Update_Day.zip'),
                 A.zip_bytes([(L(c, 'programme.pdf', 'programme.pdf'), prog_pdf), ('agenda.ics', cal),
                              (L(c, 'lisezmoi.txt', 'readme.txt'), L(c, 'Diapositives disponibles après l\'événement.\r\n',
                                                                    'Slides available after the event.\r\n').encode('utf-8'))]))
    return m


# --------------------------------------------------------------------------- invoice
def invoice(c):
    m = c.msg('invoice', L(c, "facture d'un fournisseur d'équipement", 'supplier invoice'), positive=False)
    vend = c.pick([('SomnoPlus inc.', 'facturation@somnoplus.example', 'TPS 80214 3379 RT0001 / TVQ 1221845307 TQ0001'),
                   ('Oxy-Domicile Nord', 'comptes@oxydomicile.example', 'TPS 71350 2262 RT0001 / TVQ 1209946621 TQ0001'),
                   ('MedSpiro Canada', 'ar@medspiro.example', 'GST/HST 88913 6604 RT0001')])
    m.frm = (vend[0], vend[1])
    m.to = [(L(c, 'Comptes fournisseurs', 'Accounts payable'), 'comptes.payables@' + C.DOM)]
    no = 'F%d-%05d' % (c.date.year, c.num(0, 99999))
    items = c.rng.sample([
        (L(c, 'Masque narinaire AirFit N20, M', 'AirFit N20 nasal mask, M'), 'LOT 2406-%03d' % c.num(100, 999), c.num(5, 30), 89.50),
        (L(c, 'Filtre antibactérien/viral pour spiromètre', 'Bacterial/viral spirometry filter'), 'LOT %s' % C.luhn_serial(c.rng, 8), c.num(100, 500), 1.85),
        (L(c, 'Tubulure chauffante ClimateLine', 'ClimateLine heated tubing'), 'LOT 24K%04d' % c.num(0, 9999), c.num(5, 20), 54.00),
        (L(c, 'Location concentrateur 5 L - compte clinique (mois)', 'Concentrator rental 5 L - clinic account (month)'),
         'S/N %s' % C.luhn_serial(c.rng), c.num(1, 4), 145.00),
        (L(c, 'Embouts buccaux jetables (boîte de 100)', 'Disposable mouthpieces (box of 100)'), 'LOT %s' % C.luhn_serial(c.rng, 10), c.num(2, 12), 38.75),
        (L(c, 'Capteurs SpO2 jetables adultes', 'Adult disposable SpO2 sensors'), 'LOT 2407%04d' % c.num(0, 9999), c.num(24, 96), 6.20)], 3)
    rows = [[L(c, 'Article', 'Item'), 'Lot / S/N', L(c, 'Qté', 'Qty'), L(c, 'Prix unit.', 'Unit price'), 'Total']]
    sub = 0
    for name, lot, q, pr in items:
        rows.append([name, lot, q, money(c, pr), money(c, q * pr)])
        sub += q * pr
    gst, qst = sub * 0.05, sub * 0.09975
    lines = ['%s: %s' % (L(c, 'Facture n°', 'Invoice no.'), no), '%s: %s' % (L(c, 'Client', 'Customer'), L(c, '%s (compte 100%03d)', '%s (account 100%03d)') % (C.ORG_SHORT, c.num(100, 999))),
             '%s: %s' % ('Date', c.date.date().isoformat()), L(c, 'Livré à : quai de réception, 2250 boul. des Érables', 'Ship to: receiving dock, 2250 boul. des Érables'), '']
    lines += ['  |  '.join(str(x) for x in r) for r in rows]
    lines += ['', '%s: %s' % (L(c, 'Sous-total', 'Subtotal'), money(c, sub)), 'TPS/GST 5 %%: %s' % money(c, gst),
              'TVQ/QST 9,975 %%: %s' % money(c, qst), 'TOTAL: %s' % money(c, sub + gst + qst), '', vend[2],
              L(c, 'Conditions : net 30 jours', 'Terms: net 30 days')]
    m.attach('pdf', '%s.pdf' % no, A.pdf('%s - %s' % (vend[0], L(c, 'Facture', 'Invoice')), lines, header=vend[0]))
    m.subject = L(c, 'Facture %s', 'Invoice %s') % no
    m.text = L(c, '''Bonjour,

Veuillez trouver ci-joint la facture %s au montant de %s, payable d'ici 30 jours. Référence de votre bon de commande : BC-%d-%05d.

Service à la clientèle %s
1 800 555-0163
''', '''Hello,

Please find attached invoice %s for %s, due in 30 days. Your PO reference: PO-%d-%05d.

%s customer service
1 800 555-0163
''') % (no, money(c, sub + gst + qst), c.date.year, c.num(0, 99999), vend[0])
    return m


# --------------------------------------------------------------------------- purchase order
def purchase_order(c):
    m = c.msg('purchase_order', L(c, "bon de commande à un fournisseur", 'purchase order to a vendor'), positive=False)
    m.frm = c.who('chabot')
    m.to = [c.pick([('MedSpiro Canada - Orders', 'orders@medspiro.example'), ('SomnoPlus - Commandes', 'commandes@somnoplus.example')])]
    po = L(c, 'BC-%d-%05d', 'PO-%d-%05d') % (c.date.year, c.num(0, 99999))
    rows = [[L(c, 'N° catalogue', 'Catalog #'), L(c, 'Description', 'Description'), L(c, 'Qté', 'Qty'), L(c, 'Prix', 'Price')]]
    cat = [('SP-3000', L(c, 'Seringue d\'étalonnage 3 L', '3 L calibration syringe'), 1, 1290.00),
           ('FLT-220', L(c, 'Filtres antibactériens (caisse de 200)', 'Bacterial filters (case of 200)'), c.num(2, 6), 310.00),
           ('NC-05', L(c, 'Pinces nasales (sac de 100)', 'Nose clips (bag of 100)'), c.num(1, 4), 42.00),
           ('OX-POC', L(c, 'Concentrateur portatif de démonstration', 'Demo portable concentrator'), 1, 2450.00),
           ('MSK-F20', L(c, 'Masques faciaux de démonstration (assortiment)', 'Full-face demo masks (assorted)'), c.num(3, 8), 95.00)]
    for x in c.rng.sample(cat, 3):
        rows.append([x[0], x[1], x[2], money(c, x[3])])
    m.table_html = html_table(rows)
    serial = C.luhn_serial(c.rng)
    m.subject = L(c, 'Bon de commande %s', 'Purchase order %s') % po
    m.text = L(c, '''Bonjour,

Voici notre bon de commande %s :

[[TABLE]]

%s

Livraison : quai de réception, %s (du lundi au vendredi, 7 h à 15 h).
Pour la seringue d'étalonnage, merci d'inclure le certificat de calibration ; l'ancienne (S/N %s) sera retournée pour entretien.

%s
''', '''Hello,

Here is our purchase order %s:

[[TABLE]]

%s

Ship to: receiving dock, %s (Mon-Fri, 7 a.m. to 3 p.m.).
Please include the calibration certificate with the syringe; our old unit (S/N %s) will be returned for service.

%s
''') % (po, text_table(rows), L(c, C.ORG_ADDR_FR, C.ORG_ADDR_EN), serial, c.sig('chabot'))
    return m


# --------------------------------------------------------------------------- equipment inventory
def inventory(c):
    m = c.msg('inventory', L(c, "inventaire d'équipement avec numéros de série", 'equipment inventory with serial numbers'),
              positive=False)
    m.frm = c.who(c.pick(['theriault', 'henderson', 'chabot']))
    m.to = [c.who('campbell'), c.who('beaulieu')]
    rows = [[L(c, 'Étiquette', 'Asset tag'), L(c, 'Modèle', 'Model'), L(c, 'N° de série', 'Serial no.'), L(c, 'Emplacement', 'Location'),
             L(c, 'Statut', 'Status'), L(c, 'Dernier entretien', 'Last service')]]
    models = ['ResMed AirSense 11 AutoSet', 'Philips DreamStation 2', 'Inogen One G5 (POC)', 'Invacare Platinum 5 L',
              'Nellcor PM10N', 'Vyaire Vyntus SPIRO']
    for i in range(c.num(8, 14)):
        rows.append(['CSR-%05d' % c.num(10000, 99999), c.pick(models), C.luhn_serial(c.rng, c.pick([9, 9, 10, 11])),
                     c.pick([L(c, 'Prêt - clinique sommeil', 'Loaner - sleep clinic'), L(c, 'Entrepôt B-014', 'Storage B-014'),
                             L(c, 'Labo FP salle 2.11', 'PFT lab room 2.11'), L(c, 'Réadaptation', 'Rehab gym')]),
                     c.pick([L(c, 'En service', 'In service'), L(c, 'En réparation', 'Under repair'), L(c, 'Disponible', 'Available')]),
                     c.day(-c.num(10, 300)).isoformat()])
    m.attach('xlsx', L(c, 'Inventaire_equipement_%s.xlsx', 'Equipment_inventory_%s.xlsx') % c.date.strftime('%Y%m'),
             A.xlsx([(L(c, 'Inventaire', 'Inventory'), rows)]))
    m.subject = L(c, "Inventaire annuel de l'équipement - résultats", 'Annual equipment inventory - results')
    m.text = L(c, '''Bonjour,

Ci-joint l'inventaire complété. %d appareils de prêt sont en réparation ; deux concentrateurs n'ont pas été retrouvés (étiquettes à vérifier avec le fournisseur).

%s
''', '''Hello,

Completed inventory attached. %d loaner units are under repair; two concentrators could not be located (tags to be checked with the vendor).

%s
''') % (c.num(2, 5), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


# --------------------------------------------------------------------------- IT
def it_notice(c):
    kind = c.cycle('it_' + c.lang, 4)
    m = c.msg('it_notice', L(c, 'avis du service informatique', 'IT service notice'), positive=False)
    m.frm = c.who(c.pick(['dufour', 'chen']))
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    tk = 'INC%07d' % c.num(0, 9999999)
    when = c.day(c.num(1, 10))
    if kind == 0:
        m.subject = L(c, 'Interruption planifiée - logiciel de polysomnographie', 'Planned downtime - polysomnography software')
        m.text = L(c, '''Bonjour,

Le serveur du logiciel de polysomnographie sera mis à jour le %s de 6 h à 10 h. Les études de la nuit précédente devront être sauvegardées localement avant 5 h 45. Aucune lecture à distance ne sera possible pendant l'intervention.

Référence : %s
Centre de services TI, poste 2099
''', '''Hello,

The polysomnography software server will be upgraded on %s from 6 to 10 a.m. Overnight studies must be saved locally before 5:45 a.m. Remote scoring will be unavailable during the work.

Reference: %s
IT Service Desk, ext. 2099
''') % (c.dtext(when, True), tk)
    elif kind == 1:
        m.subject = L(c, 'Attention : courriels d\'hameçonnage', 'Warning: phishing e-mails')
        m.text = L(c, '''Bonjour,

Plusieurs employés ont reçu un courriel « Votre boîte aux lettres est pleine - validez votre compte » provenant d'une adresse externe. Ne cliquez pas sur le lien. Si vous avez saisi votre mot de passe, changez-le immédiatement et appelez le poste 2099.

Rappel : le service TI ne vous demandera jamais votre mot de passe par courriel.
''', '''Hello,

Several staff received an e-mail "Your mailbox is full - validate your account" from an external address. Do not click the link. If you entered your password, change it now and call ext. 2099.

Reminder: IT will never ask for your password by e-mail.
''')
        if c.chance(0.6):
            from gen_model import M
            from gen_text import inner_eml
            inner = M(c.lang, 'phish', '', False)
            inner.frm = ('Service de messagerie' if c.lang == 'fr' else 'Mail Service', 'no-reply@mailbox-validate.example')
            inner.to = [('', 'tous@' + C.DOM)]
            inner.subject = L(c, 'Votre boîte aux lettres est pleine', 'Your mailbox is full')
            inner.text = L(c, 'Votre boîte aux lettres a atteint 99 %% de sa capacité. Validez votre compte ici : '
                              'http://mailbox-validate.example/csrdr\n\nÉquipe de messagerie\n',
                           'Your mailbox has reached 99%% of its quota. Validate your account here: '
                           'http://mailbox-validate.example/csrdr\n\nMail Team\n').replace('%%', '%')
            m.attach('eml', L(c, 'exemple_hameconnage.eml', 'phishing_sample.eml'), inner_eml(c, m, inner, c.earlier(20)))
            m.text += L(c, '\nUn exemple du courriel frauduleux est joint (ne cliquez sur aucun lien).\n',
                        '\nA sample of the fraudulent e-mail is attached (do not click any link).\n')
    elif kind == 2:
        m.subject = L(c, 'Nouveau poste de travail - labo de fonction pulmonaire', 'New workstation - PFT lab')
        m.to = [c.who('vachon'), c.who('kowalski')]
        m.text = L(c, '''Bonjour,

Le nouveau poste du labo (nom réseau LFP-WS-%02d, S/N %s) sera installé %s. Le pilote du pléthysmographe sera réinstallé et testé avec Karine. Prévoir 45 minutes sans accès au logiciel.

Billet : %s
''', '''Hello,

The new PFT lab workstation (hostname LFP-WS-%02d, S/N %s) will be installed %s. The body box driver will be reinstalled and tested with Tom. Expect 45 minutes without access to the software.

Ticket: %s
''') % (c.num(1, 12), C.luhn_serial(c.rng, 10), c.dtext(when, True), tk)
    else:
        m.subject = L(c, 'Expiration des mots de passe - %s', 'Password expiry - %s') % c.dtext(when)
        m.text = L(c, '''Bonjour,

Les mots de passe du domaine CSRDR expirent tous les 90 jours. Pour changer le vôtre : Ctrl+Alt+Suppr > Modifier un mot de passe. Minimum 14 caractères. L'authentification multifacteur sera obligatoire pour le courriel Web à partir du %s.

Service TI
''', '''Hello,

CSRDR domain passwords expire every 90 days. To change yours: Ctrl+Alt+Del > Change a password. Minimum 14 characters. Multi-factor authentication becomes mandatory for webmail on %s.

IT Services
''') % c.dtext(when)
    return m


# --------------------------------------------------------------------------- facilities
def facilities(c):
    kind = c.cycle('fac_' + c.lang, 3)
    m = c.msg('facilities', L(c, 'avis du service des installations', 'facilities notice'), positive=False)
    m.frm = c.who(c.pick(['guay', 'hughes']))
    m.to = [(L(c, 'Tout le personnel', 'All staff'), 'tous@' + C.DOM)]
    when = c.day(c.num(2, 12))
    if kind == 0:
        m.subject = L(c, "Interruption de l'oxygène médical - aile B, 6e étage", 'Medical oxygen shutdown - wing B, 6th floor')
        m.text = L(c, '''Bonjour,

Pour le remplacement de la valve de zone VZ-6B-02, l'alimentation en oxygène médical des chambres 601 à 616 sera interrompue le %s de 9 h à 11 h.
Des bonbonnes de type E seront disponibles à chaque chambre ; l'inhalothérapeute de garde fera la tournée des patients sous O2 à 8 h 45.
Les prises murales d'air médical et de vide ne sont pas touchées.

%s
''', '''Hello,

To replace zone valve ZV-6B-02, medical oxygen supply to rooms 601-616 will be shut off on %s from 9 to 11 a.m.
E-cylinders will be placed in each room; the on-call RT will round on all patients on O2 at 8:45 a.m.
Medical air and vacuum outlets are not affected.

%s
''') % (c.dtext(when, True), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    elif kind == 1:
        m.subject = L(c, 'Travaux de ventilation - laboratoire de fonction pulmonaire', 'HVAC work - PFT laboratory')
        m.text = L(c, '''Bonjour,

Des travaux sur l'unité de ventilation UV-3 auront lieu du %s au %s. Le laboratoire (salles 2.08 à 2.14) fonctionnera à capacité réduite ; les tests de provocation à la méthacholine sont suspendus pendant cette période.

%s
''', '''Hello,

Work on air handling unit AHU-3 will take place from %s to %s. The PFT lab (rooms 2.08-2.14) will run at reduced capacity; methacholine challenges are suspended during this period.

%s
''') % (c.dtext(when), c.dtext(when + dt.timedelta(days=4)), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    else:
        m.subject = L(c, 'Stationnement P2 fermé', 'P2 parking closed')
        m.text = L(c, '''Bonjour,

Le stationnement P2 sera fermé le %s pour le marquage des cases. Les détenteurs de vignette P2 peuvent utiliser le P4 (entrée rue des Érables). Les places réservées aux usagers de la réadaptation pulmonaire demeurent accessibles devant l'entrée principale.

%s
''', '''Hello,

P2 parking will be closed on %s for line painting. P2 permit holders may use P4 (entrance on rue des Érables). Reserved spots for pulmonary rehab users remain available at the main entrance.

%s
''') % (c.dtext(when, True), c.sig(m.frm[1].split('.')[1].split('@')[0]))
    return m


PLAN_FR = [(newsletter, 4), (oncall, 4), (leave, 3), (payroll, 3), (job_posting, 3), (committee, 3), (conference, 3),
           (invoice, 4), (purchase_order, 3), (inventory, 3), (it_notice, 4), (facilities, 3)]
PLAN_EN = [(newsletter, 4), (oncall, 3), (leave, 3), (payroll, 3), (job_posting, 3), (committee, 3), (conference, 4),
           (invoice, 4), (purchase_order, 3), (inventory, 3), (it_notice, 4), (facilities, 3)]
