"""Negative templates, part A: HR, schedules, staff matters, administration."""
import datetime
import html as H

from gen_common import HOSP, CIUSSS, addr_of, UNITS_FR, UNITS_EN
from gen_files import make_pdf, make_xlsx, make_ics
from gen_ids import date_fmt, MOIS, MONTHS
from gen_mime import Att
from gen_pos_b import table_html, table_text

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def oncall_schedule(c):
    lang = c.pick(['fr', 'en'])
    chief = c.staff()
    start = c.future(7, 30)
    start = start - datetime.timedelta(days=start.weekday())
    rows = []
    for i in range(7):
        d = start + datetime.timedelta(days=i)
        o, r, a = c.staff(), c.staff(), c.staff()
        rows.append([c.day_str(d, lang), c.dr(o, lang), f'{r.given} {r.surname} (R{c.rng.randint(1, 5)})', a.full])
    hd = ['Date', 'ORL de garde', 'Résident(e)', 'Audiologiste (PEATC urgents)'] if lang == 'fr' else \
         ['Date', 'ENT on call', 'Resident', 'Audiologist (urgent ABR)']
    if lang == 'fr':
        intro = f"{c.greet('fr')}\n\nVoici l'horaire de garde ORL pour la semaine du {date_fmt(start, 'fr')}. Les échanges doivent être approuvés par le chef de service et inscrits dans le logiciel de garde.\n\n"
        outro = f"\n\nRappel : la garde de fin de semaine couvre aussi les urgences pédiatriques (corps étrangers, abcès, épistaxis).\n\n{c.closing('fr')}\n{c.signature(chief, 'fr', 'chef de service ORL', 'orl')}"
        subj = c.pick(['Horaire de garde ORL', f'Garde ORL - semaine du {start.day} {MOIS[start.month - 1]}', 'Garde - mise à jour'])
    else:
        intro = f"{c.greet('en')}\n\nENT call schedule for the week of {date_fmt(start, 'en')}. Swaps must be approved by the chief and entered in the call software.\n\n"
        outro = f"\n\nReminder: weekend call also covers pediatric emergencies (foreign bodies, abscesses, epistaxis).\n\n{c.closing('en')}\n{c.signature(chief, 'en', 'Chief, Otolaryngology', 'orl')}"
        subj = c.pick(['ENT call schedule', f'ENT on-call - week of {MONTHS[start.month - 1]} {start.day}', 'Call schedule update'])
    text = intro + table_text(hd, rows) + outro
    html = '<html><body>' + '<br>'.join(H.escape(x) for x in intro.strip().split('\n')) + '<br><br>' + table_html(hd, rows) + \
           '<br>' + '<br>'.join(H.escape(x) for x in outro.strip().split('\n')) + '</body></html>'
    return c.spec(lang, (chief.full, addr_of(chief, HOSP)), [('ORL - tous' if lang == 'fr' else 'ENT - all', f'orl-tous@{HOSP}')],
                  subj, text, note='Staff on-call schedule (physician names, no patients)', html=html,
                  force={'struct': c.pick(['html', 'alt'])})


def vacation_requests(c):
    mgr = c.staff()
    rows = [[s.full, c.pick(['audiologiste', 'technicien(ne) en audiologie', 'agent(e) administratif(ve)', 'inhalothérapeute']),
             f'{c.rng.randint(1, 9)} au {c.rng.randint(10, 28)} {c.pick(["juillet", "août"])}', c.pick(['approuvé', 'approuvé', 'en attente', 'refusé - conflit'])]
            for s in (c.staff() for _ in range(c.rng.randint(4, 8)))]
    body = f"""{c.greet('fr')}

Voici l'état des demandes de vacances estivales pour le service d'audiologie et le laboratoire du sommeil. Les demandes « en attente » seront traitées par ancienneté d'ici le {date_fmt(c.future(5, 20), 'fr')}.

""" + table_text(['Employé(e)', 'Titre d\'emploi', 'Période', 'Statut'], rows) + f"""

Je rappelle qu'un minimum de deux audiologistes doit être présent chaque semaine pour le dépistage néonatal.

{c.closing('fr')}
{c.signature(mgr, 'fr', 'chef de service', 'audio')}"""
    return c.spec('fr', (mgr.full, addr_of(mgr, HOSP)), [('Audiologie - équipe', f'audiologie@{HOSP}')],
                  c.pick(['Vacances estivales - état des demandes', 'Congés été', 'Demandes de vacances']), body,
                  note='Staff vacation requests table')


def staff_noise_screening(c):
    ohn = c.staff('F')
    d = c.future(5, 25)
    slots = []
    t = 8
    for _ in range(c.rng.randint(4, 7)):
        s = c.staff()
        slots.append(f'{t}:{c.pick(["00", "20", "40"])}  {s.full} - {c.pick(["Maintenance", "Sterile processing (MDRD)", "Kitchen", "Laundry", "Central plant"])}')
        t += 1
    lang = c.pick(['en', 'fr'])
    if lang == 'en':
        body = f"""{c.greet('en')}

As part of the Hearing Conservation Program, employees exposed to noise above 85 dBA will have their annual audiometric screening on {c.day_str(d, 'en')} in the Occupational Health office (B-110).

""" + '\n'.join(slots) + f"""

Please avoid loud noise exposure for 14 hours before the test. Individual results are given to each employee in person and kept in the occupational health file.

{c.signature(ohn, 'en', 'Occupational Health Nurse', 'orl', disclaimer=True)}"""
        subj = c.pick(['Annual hearing screening - noise-exposed staff', 'Hearing Conservation Program - appointments', 'Staff audiometric testing'])
    else:
        body = f"""{c.greet('fr')}

Dans le cadre du programme de conservation de l'audition, les employés exposés à plus de 85 dBA passeront leur audiométrie annuelle le {c.day_str(d, 'fr')} au bureau de santé et sécurité au travail (B-110).

""" + '\n'.join(s.replace(':', 'h', 1) for s in slots) + f"""

Évitez toute exposition au bruit 14 heures avant le test. Les résultats individuels sont remis en personne et conservés au dossier SST.

{c.signature(ohn, 'fr', 'infirmière en santé au travail', 'orl', disclaimer=True)}"""
        subj = c.pick(['Audiométrie annuelle - employés exposés au bruit', 'Programme de conservation de l\'audition', 'Dépistage auditif des employés'])
    return c.spec(lang, (ohn.full, addr_of(ohn, CIUSSS)), [('Gestionnaires - services techniques', f'gestion.st@{CIUSSS}')],
                  subj, body, note='Occupational-health hearing screening schedule for employees (staff, not patients)')


def job_posting(c):
    lang = c.pick(['fr', 'en'])
    hr = c.staff()
    job = c.pick([('Audiologiste', 'Audiologist', 'audiologie'), ('Inhalothérapeute - laboratoire du sommeil', 'Respiratory therapist - sleep lab', 'sommeil'),
                  ('Orthophoniste - clinique de la voix', 'Speech-language pathologist - voice clinic', 'voix'),
                  ('Technicienne en audiologie', 'Audiology technician', 'audiologie')])
    no = f'{c.pick(["AFF", "POST"])}-{c.now.year}-{c.rng.randint(100, 999)}'
    if lang == 'fr':
        body = f"""AFFICHAGE INTERNE/EXTERNE - {no}

Titre : {job[0]}
Statut : poste permanent temps complet (35 h/semaine), jour
Lieu : Hôpital de la Rivière-Verte, {job[2]}
Échelle salariale : {c.rng.randint(28, 34)},{c.rng.randint(10, 99)} $ à {c.rng.randint(48, 56)},{c.rng.randint(10, 99)} $ l'heure

Principales responsabilités : évaluation et intervention auprès d'une clientèle adulte et pédiatrique (surdité, acouphènes, troubles vestibulaires, apnée du sommeil ou dysphonie selon le secteur), participation aux activités d'enseignement.
Exigences : membre en règle de l'ordre professionnel; bilinguisme un atout.

Période d'affichage : du {date_fmt(c.now.date(), 'fr')} au {date_fmt(c.future(10, 20), 'fr')}.
Postulez via le portail carrières en citant le numéro {no}.

{hr.full}, conseiller{'ère' if hr.sex == 'F' else ''} en acquisition de talents"""
        subj = f'Affichage {no} - {job[0]}'
    else:
        body = f"""INTERNAL/EXTERNAL POSTING - {no}

Title: {job[1]}
Status: permanent full-time (35 h/week), days
Location: Rivière-Verte Hospital
Salary: ${c.rng.randint(28, 34)}.{c.rng.randint(10, 99)} to ${c.rng.randint(48, 56)}.{c.rng.randint(10, 99)}/hour

Duties: assessment and treatment of adult and pediatric clients (hearing loss, tinnitus, vestibular disorders, sleep apnea or dysphonia depending on the sector); teaching activities.
Requirements: member in good standing of the professional order; French required, English an asset.

Apply through the careers portal quoting {no}.

{hr.full}, Talent Acquisition"""
        subj = f'Job posting {no} - {job[1]}'
    return c.spec(lang, (hr.full, addr_of(hr, CIUSSS)), [('Tous les employés', f'tous@{CIUSSS}')], subj, body,
                  note='Job posting')


def payroll_notice(c):
    pay = c.staff()
    lang = c.pick(['fr', 'fr', 'en'])
    if lang == 'fr':
        body = f"""{c.greet('fr')}

Veuillez noter qu'en raison du congé férié, la paie du {date_fmt(c.future(5, 20), 'fr')} sera déposée un jour plus tôt.
Rappel des codes de temps pour le personnel de l'audiologie et du laboratoire du sommeil :
- 120 : heures régulières
- 145 : prime de nuit (technologues en polysomnographie)
- 160 : disponibilité / garde (audiologistes - PEATC urgents)
- 230 : heures supplémentaires autorisées

Les feuilles de temps doivent être approuvées par le gestionnaire avant mardi 16 h.

{c.closing('fr')}
{c.signature(pay, 'fr', 'technicien(ne) en administration - paie', 'orl')}"""
        subj = c.pick(['Paie - congé férié', 'Rappel codes de temps', 'Information paie'])
    else:
        body = f"""{c.greet('en')}

Because of the statutory holiday, the pay of {date_fmt(c.future(5, 20), 'en')} will be deposited one day early.
Time codes reminder for Audiology and Sleep Lab staff:
- 120: regular hours
- 145: night premium (polysomnography technologists)
- 160: on-call (audiologists - urgent ABR)
- 230: authorized overtime

Timesheets must be approved by Tuesday 4 PM.

{c.signature(pay, 'en', 'Payroll', 'orl')}"""
        subj = c.pick(['Payroll - holiday', 'Time codes reminder', 'Payroll info'])
    return c.spec(lang, (pay.full, addr_of(pay, CIUSSS)), [('Audiologie / Sommeil', f'audio-sommeil@{HOSP}')], subj, body,
                  note='Payroll notice with time codes')


def resident_rotation(c):
    pd = c.staff()
    rows = [[f'Block {b}', f'{r.given} {r.surname}', c.pick(['Otology/CI', 'Rhinology', 'Head & Neck', 'Peds ENT', 'Laryngology/Voice', 'Sleep surgery', 'Research'])]
            for b, r in ((c.rng.randint(1, 13), c.staff()) for _ in range(c.rng.randint(5, 9)))]
    body = f"""{c.greet('en')}

Below are the resident rotations for the next academic blocks. Academic half-day remains Thursday PM; the temporal bone lab is mandatory for PGY2-3.

""" + table_text(['Block', 'Resident', 'Service'], rows) + f"""

{c.closing('en')}
{c.dr(pd, 'en')}
Program Director, Otolaryngology - Head & Neck Surgery"""
    return c.spec('en', (c.dr(pd, 'en'), addr_of(pd, HOSP)), [('ENT residents', f'orl-residents@{HOSP}')],
                  c.pick(['Resident rotations', 'Block schedule', 'Rotation schedule - update']), body,
                  note='Resident rotation schedule')


def staff_farewell(c):
    s = c.staff()
    org = c.staff()
    yrs = c.rng.randint(22, 38)
    body = f"""{c.greet('fr')}

Après {yrs} ans au service d'audiologie, {s.full} prendra sa retraite le {date_fmt(c.future(10, 40), 'fr')}. {s.given} a mis sur pied le programme de dépistage auditif néonatal et formé des dizaines de stagiaires.

Un 5 à 7 aura lieu à la cafétéria du 2e étage. Une carte circule au secrétariat (cabine 3), et une collecte pour un cadeau est organisée (contribution suggérée : 10 $).

{c.closing('fr')}
{org.given} pour le comité social"""
    return c.spec('fr', (org.full, addr_of(org, HOSP)), [('Audiologie - équipe', f'audiologie@{HOSP}'), ('ORL - tous', f'orl-tous@{HOSP}')],
                  c.pick([f'Départ à la retraite de {s.given}', '5 à 7 - retraite', f'On souligne le départ de {s.full}']), body,
                  note='Staff retirement party announcement')


def meeting_minutes(c):
    sec = c.staff()
    chief = c.staff()
    body = f"""Compte rendu - réunion de service ORL/audiologie
Date : {date_fmt(c.past(1, 10), 'fr')}
Présences : {', '.join(c.staff().full for _ in range(c.rng.randint(5, 8)))}
Absence : {c.staff().full}

1. Listes d'attente : {c.rng.randint(300, 700)} patients en attente d'une PSG (délai médian {c.rng.randint(6, 14)} mois); {c.rng.randint(80, 220)} en attente d'évaluation audiologique.
2. Implant cochléaire : {c.rng.randint(18, 40)} chirurgies réalisées cette année, cible ministérielle {c.rng.randint(40, 50)}.
3. Équipement : l'audiomètre de la cabine 2 sera remplacé; vHIT à réparer (pièce commandée).
4. Clinique de la voix : nouvelle plage du mercredi avec l'orthophoniste à compter de janvier.
5. Varia : rappel formation RCR; fête de fin d'année.

Prochaine réunion : {date_fmt(c.future(20, 40), 'fr')}, 12 h, salle B-214.
Rédigé par {sec.full}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [(c.dr(chief, 'fr'), addr_of(chief, HOSP)), ('ORL - tous', f'orl-tous@{HOSP}')],
                  c.pick(['Compte rendu réunion de service', 'CR réunion ORL/audio', 'Procès-verbal - réunion']), body,
                  note='Service meeting minutes with aggregate wait-list figures')


def training(c):
    lang = c.pick(['en', 'fr'])
    edu = c.staff('F')
    topic = c.pick([('Hearing conservation and noise hazards', 'Conservation de l\'audition et bruit en milieu de travail'),
                    ('Basic life support recertification', 'Recertification RCR'),
                    ('Infection control: endoscope reprocessing', 'Prévention des infections : retraitement des endoscopes'),
                    ('WHMIS 2015 refresher', 'SIMDUT 2015 - rappel')])
    d = c.future(5, 30)
    if lang == 'en':
        body = f"""{c.greet('en')}

Mandatory training: {topic[0]}
When: {c.day_str(d, 'en')}, {c.hhmm(8, 14, 'en')} (1 h)
Where: Room B-214 or on Teams (link below)
https://teams.example/l/meetup-join/{c.rng.getrandbits(40):010x}

Please register in the LMS. Attendance is logged for accreditation.

{c.signature(edu, 'en', 'Clinical Educator', 'orl')}"""
        subj = f'Mandatory training - {topic[0]}'
    else:
        body = f"""{c.greet('fr')}

Formation obligatoire : {topic[1]}
Quand : {c.day_str(d, 'fr')}, {c.hhmm(8, 14)} (1 h)
Où : salle B-214 ou sur Teams (lien ci-dessous)
https://teams.example/l/meetup-join/{c.rng.getrandbits(40):010x}

Merci de vous inscrire dans l'ENA. La présence est consignée pour l'agrément.

{c.signature(edu, 'fr', 'conseillère en soins', 'orl')}"""
        subj = f'Formation obligatoire - {topic[1]}'
    return c.spec(lang, (edu.full, addr_of(edu, CIUSSS)), [('ORL / audiologie / sommeil', f'orl-tous@{HOSP}')], subj, body,
                  note='Mandatory staff training notice')


def holiday_closure(c):
    mgr = c.staff()
    body = f"""{c.greet('fr')}

Veuillez noter les fermetures des cliniques pendant la période des Fêtes :
- Clinique ORL : fermée du 24 décembre au 2 janvier (urgences ORL : passer par l'urgence, garde 24/7)
- Audiologie : fermée du 24 au 27 décembre et du 31 décembre au 2 janvier
- Laboratoire du sommeil : aucune étude du 23 décembre au 3 janvier
- Clinique de la voix : fermée jusqu'au 6 janvier

Messages téléphoniques : 514-555-0136 (audiologie), 514-555-0137 (ORL), 514-555-0139 (sommeil).
Merci de mettre à jour vos messages d'absence.

{c.closing('fr')}
{c.signature(mgr, 'fr', 'chef de service administratif', 'orl')}"""
    return c.spec('fr', (mgr.full, addr_of(mgr, HOSP)), [('ORL - tous', f'orl-tous@{HOSP}')],
                  c.pick(['Fermetures - période des Fêtes', 'Horaire des Fêtes', 'Cliniques fermées - Fêtes']), body,
                  note='Clinic holiday closures with clinic phone numbers')


def staff_sick_coverage(c):
    mgr = c.staff()
    s, r = c.staff(), c.staff()
    lang = c.pick(['fr', 'en'])
    if lang == 'fr':
        body = f"""{c.greet('fr')}

{s.given} {s.surname} sera absent{'e' if s.sex == 'F' else ''} pour maladie jusqu'au {date_fmt(c.future(3, 15), 'fr')}. {r.full} reprend ses plages du mardi et jeudi en cabine 1. Les rendez-vous qui ne peuvent être déplacés seront rappelés par le secrétariat; aucune action de votre part.

Merci de votre souplesse,
{mgr.given}"""
        subj = c.pick([f'Absence de {s.given}', 'Réaménagement horaire', 'Remplacement cette semaine'])
    else:
        body = f"""{c.greet('en')}

{s.full} is off sick until {date_fmt(c.future(3, 15), 'en')}. {r.full} will cover the Tuesday/Thursday booth 1 clinics. Appointments that cannot be moved will be rebooked by the front desk - no action needed from you.

Thanks for your flexibility,
{mgr.given}"""
        subj = c.pick([f'{s.given} away', 'Schedule change', 'Coverage this week'])
    return c.spec(lang, (mgr.full, addr_of(mgr, HOSP)), [('Audiologie - équipe', f'audiologie@{HOSP}')], subj, body,
                  note='Staff sick leave and coverage (staff info only)')


def reply_chain_schedule(c):
    a, b = c.staff(), c.staff()
    d = c.future(5, 40)
    orig = (f"Salut {b.given},\nEst-ce que tu pourrais prendre ma garde du {c.day_str(d, 'fr')}? J'ai un congrès à Québec (otologie). "
            f"Je peux te redonner le {c.day_str(d + datetime.timedelta(days=c.rng.randint(7, 21)), 'fr')}.\nMerci!\n{a.given}")
    top = c.pick(['Pas de problème, c\'est noté. Envoie l\'échange au chef pour approbation.', 'Ok pour moi!', 'Je peux seulement le jour, pas la nuit. Ça te va?'])
    body = f"{top}\n\n{b.given}\n" + c.quoted('fr', a.full, addr_of(a, HOSP), orig, 'Échange de garde', b.full)
    return c.spec('fr', (b.full, addr_of(b, HOSP)), [(a.full, addr_of(a, HOSP))],
                  c.pick(['RE: Échange de garde', 'Re: garde', 'RE: petit service']), body,
                  note='Reply chain about a call swap between physicians')


def interview_schedule(c):
    hr = c.staff()
    rows = []
    t = 9
    for _ in range(c.rng.randint(3, 5)):
        cand = c.staff()
        rows.append(f'{t}:00 - {cand.full} ({c.pick(["Audiologist", "Sleep technologist", "Clinic clerk"])})')
        t += 1
    body = f"""{c.greet('en')}

Interviews for the open positions are set for {c.day_str(c.future(3, 15), 'en')}, room A-301:

""" + '\n'.join(rows) + f"""

CVs are in the shared HR folder. Please return the scoring grids by end of day.

{c.signature(hr, 'en', 'HR Advisor', 'orl')}"""
    return c.spec('en', (hr.full, addr_of(hr, CIUSSS)), [('Interview panel', f'panel-audio@{HOSP}')],
                  c.pick(['Interview schedule', 'Candidate interviews', 'Panel - interviews']), body,
                  note='Job-candidate interview schedule (HR)')


def parking_badges(c):
    sec = c.staff()
    body = f"""{c.greet('en')}

Security reminder: access badges for the 3rd-floor ENT/Audiology wing will be reprogrammed on {c.day_str(c.future(2, 12), 'en')} between 6 and 8 AM. Parking permits for lot P3 expire at the end of the month; renewals are done online.

Lost badges must be reported right away to security at ext. 4444.

{c.signature(sec, 'en', 'Security Services', 'orl')}"""
    return c.spec('en', (sec.full, addr_of(sec, CIUSSS)), [('All staff - 3rd floor', f'etage3@{HOSP}')],
                  c.pick(['Badge reprogramming', 'Parking and badges', 'Security reminder']), body,
                  note='Security/parking notice')


def student_orientation(c):
    coord = c.staff()
    rows = [f'- {st.full} ({c.pick(["M.Sc.A. audiologie, 2e année", "Orthophonie, stage 3", "Inhalothérapie"])}) : superviseur(e) {sup.full}'
            for st, sup in ((c.staff(), c.staff()) for _ in range(c.rng.randint(3, 5)))]
    body = f"""{c.greet('fr')}

Bienvenue aux stagiaires de la session! L'accueil aura lieu le {c.day_str(c.future(3, 20), 'fr')} à 8 h 30, salle B-214 (photo pour la carte d'identité, accès informatiques, visite des cabines).

""" + '\n'.join(rows) + f"""

Rappel : les stagiaires ne doivent jamais transmettre d'information clinique par courriel personnel.

{c.signature(coord, 'fr', "coordonnatrice de l'enseignement", 'audio')}"""
    return c.spec('fr', (coord.full, addr_of(coord, HOSP)), [('Superviseurs de stage', f'superviseurs@{HOSP}')],
                  c.pick(['Accueil des stagiaires', 'Stagiaires - session d\'hiver', 'Orientation stagiaires']), body,
                  note='Student orientation and supervisor assignments')


TEMPLATES = [
    ('oncall_schedule', oncall_schedule, 3),
    ('vacation', vacation_requests, 3),
    ('staff_hearing_screening', staff_noise_screening, 3),
    ('job_posting', job_posting, 3),
    ('payroll', payroll_notice, 3),
    ('resident_rotation', resident_rotation, 3),
    ('retirement', staff_farewell, 3),
    ('meeting_minutes', meeting_minutes, 3),
    ('training', training, 3),
    ('holiday_closure', holiday_closure, 3),
    ('staff_sick', staff_sick_coverage, 3),
    ('reply_call_swap', reply_chain_schedule, 3),
    ('interviews', interview_schedule, 3),
    ('security', parking_badges, 3),
    ('students', student_orientation, 3),
]
