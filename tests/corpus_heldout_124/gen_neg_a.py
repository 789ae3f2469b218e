"""Negative templates, part A: staff, schedules, leave, payroll, occupational health, jobs, social events."""
from datetime import datetime, timedelta

from gen_build import Att, CLIN, STAFF, day, greet, hour
from gen_common import LISTS, fmt_date
from gen_docs import make_docx, make_ics, make_pdf, make_xlsx

PATHS = ['path1', 'path2', 'path3', 'path4', 'path5', 'path6']


def n_oncall(c):
    mgr = c.pick([STAFF['path1'], STAFF['sec2']])
    month = c.pick([(4, 'avril', 'April'), (5, 'mai', 'May'), (6, 'juin', 'June')])
    rows = []
    for wk in range(4):
        a, b = c.rng.sample(PATHS, 2)
        rows.append([c.t(f"Semaine du {1 + 7 * wk} {month[1]}", f"Week of {month[2]} {1 + 7 * wk}"), STAFF[a].display,
                     STAFF[b].display, c.pick([STAFF['res1'].display, STAFF['res2'].display, '—'])])
    hdr = [c.t('Période', 'Period'), c.t('Garde (extemporanés)', 'On call (frozens)'), c.t('Deuxième appel', 'Second call'),
           c.t('Résident', 'Resident')]
    body = [c.t("Bonjour à tous,", "Hello everyone,"),
            c.t(f"Voici l'horaire de garde de {month[1]}. Les échanges doivent être inscrits dans le registre et approuvés par la cheffe.",
                f"Here is the {month[2]} on-call schedule. Swaps must be logged and approved by the department head."),
            c.t("Rappel : l'extemporané doit être rendu en moins de 20 minutes (cible CAP).",
                "Reminder: frozen sections must be reported within 20 minutes (CAP target).")]
    atts = []
    if c.chance(0.5):
        body.append(('table', hdr, rows))
    else:
        atts = [Att(c.t(f"garde_{month[1]}_2025.xlsx", f"oncall_{month[2]}_2025.xlsx"),
                    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([(month[2], hdr, rows)]))]
    m = c.msg(mgr, [LISTS['pathos']], c.t(f"Horaire de garde – {month[1]} 2025", f"On-call schedule - {month[2]} 2025"),
              body + c.sig(mgr), cc=[LISTS['secr']], atts=atts)
    m.note = c.t('horaire de garde des pathologistes', 'pathologist on-call schedule')
    return m


def n_leave(c):
    emp = c.pick([STAFF['tech1'], STAFF['tech2'], STAFF['cyto2'], STAFF['sec1'], STAFF['cyto1']])
    mgr = STAFF['mgr']
    d1 = day(c, 'long', 60, 120)
    v = c.pick(['vac', 'sick', 'ptime'])
    if v == 'vac':
        body = [greet(c, emp, formal=False),
                c.t(f"Ta demande de vacances à partir du {d1} (2 semaines) est approuvée. Pense à l'inscrire dans Logibec.",
                    f"Your vacation request starting {d1} (2 weeks) is approved. Please enter it in the scheduling system."),
                c.t("Kevin assurera la relève au dépistage.", "Kevin will cover screening.")]
        subj = c.t("Approbation – vacances d'été", "Approved - summer vacation")
    elif v == 'sick':
        body = [c.t("Bonjour l'équipe,", "Hi team,"),
                c.t(f"{emp.given} sera en congé de maladie pour environ six semaines à compter du {d1} (chirurgie de l'épaule prévue). "
                    f"Merci de ne pas {'la' if emp.sex == 'F' else 'le'} solliciter pendant son absence.",
                    f"{emp.given} will be on sick leave for about six weeks from {d1} (shoulder surgery). "
                    "Please don't contact them about work while they're off."),
                c.t("Le remplacement sera affiché cette semaine.", "The replacement posting goes up this week.")]
        subj = c.t("Absence prolongée – réorganisation", "Extended absence - coverage")
        emp = LISTS['labo']
    else:
        body = [greet(c, mgr, formal=False),
                c.t("Je voudrais passer à 4 jours/semaine à partir de septembre (retour aux études, technologie en cytologie). "
                    "Est-ce qu'on peut en discuter à ma rencontre annuelle ?",
                    "I'd like to move to 4 days a week from September (going back to school for cytotechnology). "
                    "Could we talk about it at my annual review?"), emp.given]
        subj = c.t("Demande – temps partiel", "Request - part-time")
        emp, mgr = mgr, emp
    m = c.msg(mgr, [emp], subj, body + (c.sig(mgr, True) if v != 'ptime' else []))
    m.note = c.t("gestion d'un congé du personnel", 'staff leave management')
    return m


def n_payroll(c):
    pay = STAFF['pay']
    v = c.pick(['prime', 'releve', 'benefits'])
    if v == 'prime':
        rows = [[f"{c.rng.randint(100000, 999999)}", STAFF[k].full, c.pick(['Soir', 'Nuit', 'Fin de semaine']),
                 f"{c.rng.randint(2, 24)} h", f"{c.rng.randint(30, 400)},{c.rng.randint(10, 99)} $"]
                for k in c.rng.sample(['tech1', 'tech2', 'cyto1', 'cyto2', 'sec1'], 3)]
        body = [c.t("Bonjour,", "Hello,"),
                c.t("Correction des primes de quart non versées sur la paie du 20 mars :", "Correction of shift premiums missing from the March 20 pay:"),
                ('table', [c.t('Matricule', 'Employee no.'), c.t('Employé', 'Employee'), c.t('Prime', 'Premium'), c.t('Heures', 'Hours'),
                           c.t('Montant', 'Amount')], rows),
                c.t("Ajustement rétroactif sur la paie du 3 avril.", "Retro adjustment on the April 3 pay.")]
        to = [STAFF['mgr']]
        subj = c.t("Paie – primes de quart", "Payroll - shift premiums")
    elif v == 'releve':
        body = [c.t("Bonjour à tous,", "Hi all,"),
                c.t("Vos feuillets T4 et Relevé 1 sont disponibles dans le portail employé. Pour une réimpression, "
                    "indiquez votre matricule et votre date de naissance au service de la paie (poste 1432).",
                    "Your T4 and RL-1 slips are available in the employee portal. For a reprint, give your employee number and "
                    "date of birth to Payroll (ext. 1432)."),
                c.t("Ne transmettez jamais votre NAS par courriel.", "Never send your SIN by e-mail.")]
        to = [LISTS['all']]
        subj = c.t("Feuillets fiscaux 2024 disponibles", "2024 tax slips available")
    else:
        emp = c.pick([STAFF['tech1'], STAFF['cyto2'], STAFF['res1']])
        dob = fmt_date(datetime(1980 + c.rng.randint(0, 15), c.rng.randint(1, 12), c.rng.randint(1, 28)).date(), 'iso')
        body = [greet(c, emp),
                c.t(f"Votre adhésion à l'assurance collective est complétée (employé·e né·e le {dob}, protection familiale). "
                    "La carte de l'assureur suivra par la poste.",
                    f"Your group insurance enrolment is complete (employee DOB {dob}, family coverage). The insurer card will follow by mail."),
                c.t("Bienvenue dans l'équipe!", "Welcome aboard!")]
        to = [emp]
        subj = c.t("Assurance collective – confirmation", "Group benefits - confirmation")
    m = c.msg(pay, to, subj, body + c.sig(pay))
    m.note = c.t('avis de la paie', 'payroll notice')
    return m


def n_occ_health(c):
    emp = c.pick([STAFF['tech1'], STAFF['tech2'], STAFF['cyto2'], STAFF['res2']])
    sst = (c.t("Santé et sécurité au travail", "Occupational Health"), f"sante-travail@{'hgpv.example'}")
    v = c.pick(['cut', 'hepb', 'formol', 'ergo'])
    if v == 'cut':
        body = [c.t("Bonjour,", "Hello,"),
                c.t(f"Déclaration d'événement : {emp.full} s'est coupé(e) avec une lame de microtome le {day(c, None, -3, 0)} vers {hour(c)} "
                    "(tissu fixé au formol). Premiers soins faits, rapport SST-01 complété.",
                    f"Incident report: {emp.full} cut a finger on a microtome blade on {day(c, None, -3, 0)} around {hour(c)} "
                    "(formalin-fixed tissue). First aid given, form OH-01 completed."),
                c.t("Le risque infectieux est jugé négligeable (tissu fixé). Rendez-vous de suivi à la clinique des employés mardi.",
                    "Infectious risk considered negligible (fixed tissue). Follow-up at the employee clinic Tuesday.")]
        subj = c.t("Accident de travail – laboratoire de pathologie", "Workplace injury - pathology lab")
        frm, to = STAFF['mgr'], [sst]
    elif v == 'hepb':
        body = [greet(c, emp),
                c.t("Votre titre d'anticorps anti-HBs est de 6 UI/L (< 10). Une dose de rappel du vaccin contre l'hépatite B est recommandée; "
                    "présentez-vous au bureau de santé (local A-012) sans rendez-vous le mercredi.",
                    "Your anti-HBs titre is 6 IU/L (<10). A hepatitis B booster is recommended; please drop by the employee health office "
                    "(room A-012) on Wednesday, no appointment needed.")]
        subj = c.t("Suivi vaccinal – employé", "Employee immunization follow-up")
        frm, to = sst, [emp]
    elif v == 'formol':
        body = [c.t("Bonjour,", "Hello,"),
                c.t("Résultats de l'échantillonnage personnel de formaldéhyde (salle de macroscopie, 11 mars) :",
                    "Personal formaldehyde sampling results (grossing room, March 11):"),
                ('table', [c.t('Poste', 'Station'), c.t('Durée', 'Duration'), 'VEMP (ppm)', c.t('Valeur plafond', 'Ceiling')],
                 [['Macro 1', '15 min', '0,42', '3'], ['Macro 2', '15 min', '0,18', '3'], [c.t('Bac à déchets', 'Waste bin'), '8 h', '0,09', '0,75']]),
                c.t("Toutes les valeurs sont sous les normes. Prochain échantillonnage en septembre.",
                    "All values are within limits. Next sampling in September.")]
        subj = c.t("Échantillonnage formaldéhyde – résultats", "Formaldehyde sampling - results")
        frm, to = sst, [STAFF['mgr'], LISTS['labo']]
    else:
        body = [greet(c, STAFF['mgr']),
                c.t(f"Suite à l'évaluation ergonomique, {emp.given} (tendinite au poignet droit, en assignation temporaire) "
                    "ne doit pas couper au microtome plus de 2 h par quart jusqu'au 30 avril.",
                    f"Following the ergonomic assessment, {emp.given} (right wrist tendinitis, temporary assignment) "
                    "should not do microtomy more than 2 h per shift until April 30."),
                c.t("Merci d'adapter l'horaire.", "Please adjust the schedule.")]
        subj = c.t("Assignation temporaire – restrictions", "Temporary assignment - restrictions")
        frm, to = sst, [STAFF['mgr']]
    m = c.msg(frm, to, subj, body + (c.sig(frm) if not isinstance(frm, tuple) else [c.t("Équipe SST", "Occupational Health team")]))
    m.note = c.t("santé au travail d'un employé", 'employee occupational health')
    return m


def n_job(c):
    hr = STAFF['hr']
    job = c.pick([("Cytotechnologiste", "Cytotechnologist", "certification CSMLS/OPTMQ en cytologie"),
                  ("Assistant(e) en pathologie", "Pathologists' assistant", "maîtrise en assistance en pathologie"),
                  ("Technologiste médical(e) – histologie, soir", "Medical technologist - histology, evenings", "membre de l'OPTMQ"),
                  ("Agent(e) administratif(ve) classe 2 – secrétariat médical", "Administrative officer - medical secretariat", "DEP en secrétariat")])
    no = f"{c.pick(['LAB', 'PAT'])}-2025-{c.rng.randint(10, 99)}"
    body = [c.t(f"AFFICHAGE INTERNE {no}", f"INTERNAL POSTING {no}"),
            c.t(f"Titre d'emploi : {job[0]}", f"Position: {job[1]}"),
            c.t("Service : Département de pathologie et cytologie — poste permanent temps complet (35 h/sem.)",
                "Department of Pathology and Cytology - permanent full-time (35 h/week)"),
            c.t(f"Exigences : {job[2]}; connaissance d'un SIL; bilinguisme un atout.",
                "Requirements: relevant certification; LIS experience; bilingualism an asset."),
            c.t(f"Échelle salariale : {c.rng.randint(26, 31)},{c.rng.randint(10, 99)} $ à {c.rng.randint(38, 47)},{c.rng.randint(10, 99)} $ l'heure.",
                f"Salary scale: ${c.rng.randint(26, 31)}.{c.rng.randint(10, 99)} to ${c.rng.randint(38, 47)}.{c.rng.randint(10, 99)} per hour."),
            c.t(f"Période d'affichage : du {day(c, 'long', 0, 2)} au {day(c, 'long', 14, 21)}. Postulez via le portail carrière.",
                f"Posting period: {day(c, 'long', 0, 2)} to {day(c, 'long', 14, 21)}. Apply through the careers portal.")]
    m = c.msg(hr, [LISTS['all']], c.t(f"Affichage {no} – {job[0]}", f"Posting {no} - {job[1]}"), body + c.sig(hr))
    m.note = c.t("affichage de poste", 'job posting')
    return m


CANDS = [('Rosalind', 'Okonkwo-Baptiste'), ('Jérémie', 'Castonguay'), ('Mélina', 'Ashkar'), ('Tobias', 'Lindgren'),
         ('Ophélie', 'Marceau'), ('Devin', 'Rutherford')]


def n_interview(c):
    hr = STAFF['hr']
    cand = c.pick(CANDS)
    start = datetime(c.now.year, c.now.month, c.now.day, 9, 0) + timedelta(days=c.rng.randint(5, 20), hours=c.rng.randint(0, 6))
    while start.weekday() >= 5:
        start += timedelta(days=1)
    ics = make_ics(f"entrevue-{c.rng.randint(1000, 9999)}@hgpv.example", start, start + timedelta(minutes=45),
                   c.t(f"Entrevue – {cand[0]} {cand[1]} (cytotechnologiste)", f"Interview - {cand[0]} {cand[1]} (cytotechnologist)"),
                   c.t("Comité : Dre Vachon, J. Fortier, P. Lussier. Grille d'évaluation en pièce jointe du courriel.",
                       "Panel: Dr. Vachon, J. Fortier, P. Lussier. Scoring grid attached to the e-mail."),
                   "C-2.305", (hr.full, hr.email), [(STAFF['path3'].full, STAFF['path3'].email), (STAFF['cyto1'].full, STAFF['cyto1'].email)])
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Voici l'entrevue pour la candidature externe de {cand[0]} {cand[1]} (8 ans d'expérience en cytologie gynécologique, "
                "formation ThinPrep Imager). Son CV est dans le dossier partagé.",
                f"Interview for {cand[0]} {cand[1]}, external applicant (8 years in gynaecologic cytology, ThinPrep Imager trained). "
                "CV is in the shared folder."),
            c.t("Références à vérifier après l'entrevue.", "References to be checked after the interview.")]
    m = c.msg(hr, [STAFF['path3'], STAFF['cyto1']], c.t("Entrevue – poste de cytotechnologiste", "Interview - cytotechnologist position"),
              body + c.sig(hr), atts=[Att('entrevue.ics' if c.fr else 'interview.ics', 'text/calendar', text=ics, cte='7bit')])
    m.note = c.t("convocation d'entrevue de candidat", 'candidate interview invitation')
    return m


def n_birthday(c):
    sender = c.pick([STAFF['sec2'], STAFF['cyto1'], STAFF['tech1']])
    v = c.pick(['baby', 'bday', 'baby'])
    if v == 'baby':
        who = c.pick([STAFF['path5'], STAFF['res1'], STAFF['tech1'], STAFF['cyto2']])
        kid, ks = c.pick([('Léa', 'F'), ('Noah', 'M'), ('Florence', 'F'), ('Arthur', 'M'), ('Maya', 'F'), ('Théo', 'M')])
        d = fmt_date(c.now - timedelta(days=c.rng.randint(2, 9)), c.pick(['long', 'iso']), c.lang)
        body = [c.t("Bonne nouvelle!", "Great news!"),
                c.t(f"{who.given} est {'devenue maman' if who.sex == 'F' else 'devenu papa'} : {kid} est né{'e' if ks == 'F' else ''} le {d} à 4 h 12, {str(c.rng.randint(29, 41) / 10).replace('.', ',')} kg. "
                    "Tout le monde se porte bien.",
                    f"{who.given} is a parent! {kid} was born on {d} at 4:12 a.m., {c.rng.randint(29, 41) / 10:.1f} kg. "
                    "Everyone is doing well."),
                c.t("Une carte circule à la réception pour les félicitations (et une cagnotte pour un cadeau).",
                    "A card is going around at reception (plus a collection for a gift).")]
        subj = c.t(f"Bienvenue à {kid}!", f"Welcome baby {kid}!")
    else:
        rows = [[STAFF[k].full, fmt_date(datetime(2025, c.rng.randint(4, 6), c.rng.randint(1, 28)).date(), 'long', c.lang)]
                for k in c.rng.sample(['tech1', 'tech2', 'cyto1', 'cyto2', 'sec1', 'mgr', 'path2'], 3)]
        body = [c.t("Les anniversaires du trimestre — gâteau le dernier vendredi du mois à 14 h 30 au salon du personnel :",
                    "This quarter's birthdays - cake on the last Friday of the month at 2:30 in the staff lounge:"),
                ('table', None, rows)]
        subj = c.t("Anniversaires du trimestre", "Quarterly birthdays")
    m = c.msg(sender, [LISTS['labo']], subj, body + c.sig(sender, True))
    m.note = c.t('annonce sociale au personnel', 'staff social announcement')
    return m


def n_retirement(c):
    who = c.pick([STAFF['sec2'], STAFF['tech1'], STAFF['path6']])
    org = STAFF['sec1']
    yrs = c.rng.randint(24, 36)
    body = [c.t("Chers collègues,", "Dear colleagues,"),
            c.t(f"Après {yrs} ans au laboratoire, {who.display} prend sa retraite le {day(c, 'long', 20, 60)}. "
                "Un 5 à 7 est organisé au bistro Le Récollet (réservation au nom du laboratoire).",
                f"After {yrs} years in the lab, {who.display} retires on {day(c, 'long', 20, 60)}. "
                "A 5-to-7 is planned at Le Récollet bistro (booked under the lab's name)."),
            c.t("Contribution suggérée : 20 $ (cadeau + livre de souvenirs). Envoyez vos photos d'époque à Sonia!",
                "Suggested contribution: $20 (gift + memory book). Send your vintage photos to Sonia!")]
    m = c.msg(org, [LISTS['all']], c.t(f"Départ à la retraite – {who.full}", f"Retirement - {who.full}"), body + c.sig(org, True))
    m.note = c.t('fête de départ à la retraite', 'retirement party')
    return m


def n_training(c):
    coord = c.pick([STAFF['path1'], STAFF['mgr']])
    v = c.pick(['residents', 'grossing'])
    if v == 'residents':
        rows = [[c.t(f"Bloc {i + 1}", f"Block {i + 1}"), c.pick(['Dr Y. Amrani', 'Dre C. Nantel', 'Dr L. Ferland (externe)', 'Dre J. Pham (R1)']),
                 c.pick([c.t('Gynécopathologie', 'Gyn path'), 'Cytologie' if c.fr else 'Cytology', c.t('Digestif', 'GI'),
                         c.t('Hémato-patho', 'Haematopath'), c.t('Autopsie', 'Autopsy')]),
                 c.pick([STAFF[k].display for k in PATHS])] for i in range(4)]
        body = [c.t("Bonjour,", "Hello,"), c.t("Répartition des rotations des résidents (juillet à octobre) :",
                                              "Resident rotation assignments (July to October):"),
                ('table', [c.t('Bloc', 'Block'), c.t('Résident', 'Resident'), c.t('Rotation', 'Rotation'), c.t('Superviseur', 'Supervisor')], rows)]
        subj = c.t("Rotations des résidents – été-automne", "Resident rotations - summer/fall")
    else:
        body = [c.t("Bonjour à tous,", "Hi all,"),
                c.t("Formation obligatoire sur la nouvelle station de macroscopie ventilée (fournisseur sur place) : "
                    f"{day(c, 'long', 10, 25)}, deux séances (9 h et 13 h 30), salle C-2.118.",
                    "Mandatory training on the new ventilated grossing station (vendor on site): "
                    f"{day(c, 'long', 10, 25)}, two sessions (9:00 and 1:30), room C-2.118."),
                c.t("Inscription auprès de Stéphane. Les heures sont rémunérées.", "Sign up with Stéphane. Hours are paid.")]
        subj = c.t("Formation – station de macroscopie", "Training - grossing station")
    m = c.msg(coord, [LISTS['labo']], subj, body + c.sig(coord))
    m.note = c.t('formation et rotations', 'training and rotations')
    return m
