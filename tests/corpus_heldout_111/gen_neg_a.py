"""Negative scenarios, part A: staff schedules, leave, occupational health, payroll, job
postings, IT, facilities, training, meetings, out-of-office, badges.  No patient is identifiable."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_clin import dept_addr, later, spec, workday_after
from gen_common import ORG, STAFF_EN, STAFF_FR, closing, greet, make_staff, short_day, signature


def _team(rng, lang, n, org, roles=('inf', 'infc')):
    out, seen = [], set()
    while len(out) < n:
        s = make_staff(rng, lang, rng.choice(roles), org)
        if s['name'] in seen:
            continue
        seen.add(s['name'])
        out.append(s)
    return out

# ----------------------------------------------------------------------------- schedules


def n_schedule(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    chef = make_staff(rng, lang, 'chef', org)
    team = _team(rng, lang, rng.randint(6, 10), org)
    start = workday_after(when, rng.randint(5, 12))
    start -= datetime.timedelta(days=start.weekday())
    shifts = ['J', 'S', 'N', '—', 'J', 'S'] if fr else ['D', 'E', 'N', 'off', 'D', 'E']
    days = [(start + datetime.timedelta(days=i)) for i in range(14)]
    rows = [['Nom' if fr else 'Name', 'Titre' if fr else 'Title'] + [d.strftime('%d/%m') for d in days]]
    for s in team:
        rows.append([s['name'], s['title']] + [rng.choice(shifts) for _ in days])
    atts = []
    kind = rng.choice(['xlsx', 'table', 'pdf'])
    if kind == 'xlsx':
        atts.append(dict(filename=f'{"Horaire" if fr else "Schedule"}_{start:%Y-%m-%d}.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([('Horaire' if fr else 'Schedule', rows)])))
        table = ''
    elif kind == 'pdf':
        atts.append(dict(filename=f'{"horaire_soins" if fr else "nursing_schedule"}_{start:%Y%m%d}.pdf', ctype='application/pdf',
                         data=make_pdf('Horaire du personnel infirmier' if fr else 'Nursing schedule', [' | '.join(r) for r in rows])))
        table = ''
    else:
        table = '\n'.join('| ' + ' | '.join(r[:9]) + ' |' for r in rows) + '\n'
    holes = rng.randint(1, 4)
    if fr:
        body = f"""{greet(rng, lang, None)}

Voici l'horaire de la période du {start:%Y-%m-%d} au {days[-1]:%Y-%m-%d} pour le service de santé de {ORG[org]['short']}.
{table}
Il reste {holes} quart(s) de nuit à combler (infirmière ou infirmier auxiliaire). Les échanges de quarts doivent être approuvés par écrit avant le {later(start, -3):%d/%m}.
{rng.choice(["Rappel : le temps supplémentaire obligatoire est le dernier recours.", "Merci de vérifier vos disponibilités pour la relâche.", "La liste de rappel est affichée au poste."])}

{closing(rng, lang)}
{signature(rng, chef, lang)}"""
        subj = rng.choice([f'Horaire {start:%d/%m} au {days[-1]:%d/%m}', 'Horaire soins infirmiers – nouvelle période', 'Horaire + quarts à combler'])
    else:
        body = f"""{greet(rng, lang, None)}

Here is the schedule for {start:%Y-%m-%d} to {days[-1]:%Y-%m-%d} for {ORG[org]['short']} Health Services.
{table}
We still have {holes} night shift(s) to fill (RN or RPN). Shift swaps must be approved in writing before {later(start, -3):%b %d}.
{rng.choice(["Reminder: mandatory overtime is the last resort.", "Please check your availability for March break.", "The call-in list is posted at the nursing station."])}

{closing(rng, lang)}
{signature(rng, chef, lang)}"""
        subj = rng.choice([f'Schedule {start:%b %d} - {days[-1]:%b %d}', 'Nursing schedule - new period', 'Schedule + open shifts'])
    return spec('staff_schedule', lang, [], 'staff schedule; staff names only', subj, chef, [dept_addr('Equipe soins' if fr else 'Nursing team', org)],
                body, when, attachments=atts, body_kind='html' if table and rng.random() < 0.5 else None)


def n_leave(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa'])
    emp = make_staff(rng, lang, rng.choice(['inf', 'infc', 'pharm', 'adm']), org)
    chef = make_staff(rng, lang, 'chef', org)
    d1 = workday_after(when, rng.randint(10, 40))
    d2 = later(d1, rng.randint(2, 14))
    kind = rng.choice(['vac', 'fam', 'study', 'decline'])
    if fr:
        txt = {'vac': f"Je souhaite prendre mes vacances du {d1:%Y-%m-%d} au {d2:%Y-%m-%d}. Ma collègue a accepté d'échanger ma fin de semaine de garde.",
               'fam': f"Je demande un congé pour obligations familiales le {d1:%Y-%m-%d} (rendez-vous de mon fils à l'hôpital). Je peux reprendre le quart de soir.",
               'study': f"Je demande un congé pour études les {d1:%d/%m} et {later(d1, 7):%d/%m} pour mon certificat en santé mentale.",
               'decline': f"Malheureusement, la demande de vacances pour la période du {d1:%Y-%m-%d} est refusée : trois membres de l'équipe sont déjà absents."}[kind]
        body = f"{greet(rng, lang, chef['first'] if kind != 'decline' else emp['first'])}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, emp if kind != 'decline' else chef, lang, 1)}"
        subj = {'vac': 'Demande de vacances', 'fam': 'Congé obligations familiales', 'study': 'Demande de congé études', 'decline': 'RE: Demande de vacances'}[kind]
    else:
        txt = {'vac': f"I'd like to take vacation from {d1:%Y-%m-%d} to {d2:%Y-%m-%d}. A colleague agreed to swap my on-call weekend.",
               'fam': f"I'm requesting family responsibility leave on {d1:%Y-%m-%d} (my son's hospital appointment). I can pick up an evening shift instead.",
               'study': f"Requesting study leave on {d1:%b %d} and {later(d1, 7):%b %d} for my mental health certificate.",
               'decline': f"Unfortunately your vacation request for {d1:%Y-%m-%d} is declined: three team members are already away."}[kind]
        body = f"{greet(rng, lang, chef['first'] if kind != 'decline' else emp['first'])}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, emp if kind != 'decline' else chef, lang, 1)}"
        subj = {'vac': 'Vacation request', 'fam': 'Family responsibility leave', 'study': 'Study leave request', 'decline': 'RE: Vacation request'}[kind]
    a, b = (emp, chef) if kind != 'decline' else (chef, emp)
    return spec('staff_leave', lang, [], 'staff leave request', subj, a, [b], body, when, reply=kind == 'decline')


def n_occ_health(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    emp = make_staff(rng, lang, rng.choice(['inf', 'infc', 'asc']), org)
    sst = make_staff(rng, lang, 'rh', org)
    kind = rng.choice(['needle', 'sick', 'flu', 'return', 'tb'])
    if rng.random() < 0.5:
        emp = dict(emp, name=(('Mme ' if emp['sex'] == 'F' else 'M. ') if fr else ('Ms. ' if emp['sex'] == 'F' else 'Mr. ')) + emp['last'])
    if fr:
        txt = {
            'needle': f"Suite à l'exposition accidentelle (piqûre d'aiguille) survenue le {later(when, -1):%Y-%m-%d} pendant une distribution de médicaments, {emp['name']} a été vu{'e' if emp['sex'] == 'F' else ''} à l'urgence pour le protocole post-exposition. Prophylaxie antirétrovirale débutée par précaution; sérologies de l'employé{'e' if emp['sex'] == 'F' else ''} à refaire à 6 semaines et 3 mois. Le statut de la source est inconnu. Le formulaire de déclaration CNESST est à compléter d'ici vendredi.",
            'sick': f"{emp['name']} sera absent{'e' if emp['sex'] == 'F' else ''} jusqu'au {later(when, 5):%Y-%m-%d} (gastro-entérite). Merci de ne pas l'appeler pour du remplacement. Billet médical reçu.",
            'flu': f"La vaccination antigrippale du personnel aura lieu à la salle de formation les {later(when, 2):%d/%m} et {later(when, 9):%d/%m}, de 7 h à 15 h. À ce jour, 61 % du personnel du service de santé est vacciné.",
            'return': f"Retour progressif au travail de {emp['name']} à compter du {later(when, 7):%Y-%m-%d} : 3 jours/semaine, quarts de jour seulement, pas de contention physique pendant 4 semaines (recommandation du médecin traitant, suite à sa chirurgie à l'épaule).",
            'tb': f"Rappel : le TCT annuel du personnel est dû. {emp['name']}, votre lecture est prévue le {later(when, 3):%d/%m} à 9 h au bureau de santé au travail.",
        }[kind]
        subj = {'needle': 'Exposition accidentelle – suivi employé', 'sick': 'Absence maladie', 'flu': 'Vaccination antigrippale du personnel',
                'return': 'Retour progressif – assignation temporaire', 'tb': 'TCT annuel – personnel'}[kind]
    else:
        txt = {
            'needle': f"Following the needlestick exposure on {later(when, -1):%Y-%m-%d} during a med pass, {emp['name']} was seen in the ED for the post-exposure protocol. HIV PEP started as a precaution; the employee's serologies to be repeated at 6 weeks and 3 months. Source status unknown. The WSIB/CNESST claim form is due Friday.",
            'sick': f"{emp['name']} will be off until {later(when, 5):%Y-%m-%d} (gastroenteritis). Please do not call for coverage. Doctor's note received.",
            'flu': f"Staff flu vaccination will be held in the training room on {later(when, 2):%b %d} and {later(when, 9):%b %d}, 7 am to 3 pm. So far 61% of Health Services staff are vaccinated.",
            'return': f"Graduated return to work for {emp['name']} starting {later(when, 7):%Y-%m-%d}: 3 days/week, day shifts only, no physical restraint for 4 weeks (treating physician's recommendation after shoulder surgery).",
            'tb': f"Reminder: annual staff TST is due. {emp['name']}, your reading is booked on {later(when, 3):%b %d} at 9 am at Occupational Health.",
        }[kind]
        subj = {'needle': 'Occupational exposure - employee follow-up', 'sick': 'Sick leave', 'flu': 'Staff flu vaccination',
                'return': 'Graduated return - modified duties', 'tb': 'Annual TST - staff'}[kind]
    body = f"{greet(rng, lang)}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, sst, lang)}"
    return spec('staff_occ_health', lang, [], "employee's occupational health (staff, not a patient)", subj, sst,
                [make_staff(rng, lang, 'chef', org)], body, when, cc=[emp] if kind in ('needle', 'return', 'tb') else [])


def n_payroll(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa'])
    rh = make_staff(rng, lang, 'rh', org)
    emp = make_staff(rng, lang, rng.choice(['inf', 'infc', 'adm']), org)
    per = rng.randint(1, 26)
    amt = f'{rng.randint(80, 900)},{rng.randint(10, 99)}'
    if fr:
        txt = rng.choice([
            f"La prime de milieu carcéral ({rng.choice(['4,5', '6', '7,5'])} %) n'a pas été versée sur la paie {per}. La correction de {amt} $ apparaîtra sur la prochaine paie.",
            f"Les feuilles de temps de la période {per} doivent être approuvées dans le système avant mardi midi. Heures supplémentaires : indiquer le motif (remplacement, escorte, code).",
            f"Votre numéro d'employé ({rng.randint(100000, 999999)}) a été associé au nouveau centre de coûts {rng.randint(6000, 6999)}-{rng.randint(100, 999)}. Aucune action requise.",
        ])
        subj = rng.choice([f'Paie {per} – correction', 'Feuilles de temps à approuver', 'Centre de coûts – mise à jour'])
    else:
        txt = rng.choice([
            f"The correctional environment premium ({rng.choice(['4.5', '6', '7.5'])}%) was not paid on pay period {per}. The ${amt.replace(',', '.')} correction will appear on the next cheque.",
            f"Timesheets for period {per} must be approved in the system by Tuesday noon. Overtime: enter the reason (coverage, escort, code).",
            f"Your employee number ({rng.randint(100000, 999999)}) is now linked to cost centre {rng.randint(6000, 6999)}-{rng.randint(100, 999)}. No action needed.",
        ])
        subj = rng.choice([f'Pay period {per} - correction', 'Timesheets to approve', 'Cost centre update'])
    body = f"{greet(rng, lang, emp['first'])}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, rh, lang)}"
    return spec('payroll', lang, [], 'payroll / timesheet notice', subj, rh, [emp], body, when)


def n_job_posting(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'crt'])
    rh = make_staff(rng, lang, 'rh', org)
    post = rng.choice([('Infirmière clinicienne / infirmier clinicien – milieu carcéral', 'Clinical Nurse – Correctional Setting'),
                       ('Pharmacien(ne) – programme TAO', 'Pharmacist – OAT Program'),
                       ('Travailleuse sociale / travailleur social – planification de la sortie', 'Social Worker – Release Planning'),
                       ('Infirmière auxiliaire – quart de nuit', 'Practical Nurse – Night Shift'),
                       ('Psychiatre consultant(e) (2 jours/semaine)', 'Consulting Psychiatrist (2 days/week)')])
    closing_date = later(when, rng.randint(10, 25))
    if fr:
        body = f"""AFFICHAGE INTERNE ET EXTERNE — {post[0]}
{ORG[org]['fr']} — {ORG[org].get('parent', '')}

Sommaire : sous la responsabilité de la cheffe de service, la personne titulaire assure l'évaluation de l'état de santé physique et mental des personnes incarcérées, la gestion des urgences, le suivi des maladies chroniques, le dépistage des ITSS et la continuité du traitement par agonistes opioïdes.
Exigences : permis d'exercice valide; expérience en santé mentale ou en dépendances un atout; capacité à travailler en milieu sécurisé; cote de fiabilité (enquête de sécurité) obtenue avant l'entrée en fonction.
Conditions : poste permanent temps complet, 36,25 h/semaine, prime de milieu carcéral, horaire rotatif.
Date limite : {closing_date:%Y-%m-%d}. Faire parvenir votre CV à {rh['email']}.

{signature(rng, rh, lang, 0)}"""
        subj = f'Affichage de poste : {post[0]}'
    else:
        body = f"""INTERNAL AND EXTERNAL POSTING — {post[1]}
{ORG[org]['en']}

Summary: reporting to the Health Services Manager, the incumbent assesses the physical and mental health of incarcerated people, manages emergencies, follows chronic diseases, screens for STBBIs and ensures continuity of opioid agonist treatment.
Requirements: valid licence; experience in mental health or addictions an asset; ability to work in a secure environment; reliability status (security screening) before start date.
Conditions: permanent full-time, 37.5 h/week, correctional premium, rotating schedule.
Closing date: {closing_date:%Y-%m-%d}. Send your CV to {rh['email']}.

{signature(rng, rh, lang, 0)}"""
        subj = f'Job posting: {post[1]}'
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(filename=('affichage_poste.pdf' if fr else 'job_posting.pdf'), ctype='application/pdf',
                         data=make_pdf(post[0] if fr else post[1], body.split('\n'))))
    return spec('job_posting', lang, [], 'job posting', subj, rh, [('Tout le personnel' if fr else 'All staff', f'tous@{ORG[org]["domain"]}')],
                body, when, attachments=atts)

# ----------------------------------------------------------------------------- IT


def n_it_notice(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa'])
    ti = make_staff(rng, lang, 'ti', org)
    d = workday_after(when, rng.randint(1, 6))
    kind = rng.choice(['outage', 'password', 'fax', 'printer', 'phish', 'dsq', 'upgrade'])
    if fr:
        txt = {
            'outage': f"Une interruption du dossier clinique informatisé est prévue le {d:%Y-%m-%d} de 22 h à 2 h. Utiliser les formulaires papier de contingence (FADM papier, notes d'évolution) et les saisir au retour du système.",
            'password': "Votre mot de passe réseau expire dans 5 jours. Pour le changer : Ctrl+Alt+Suppr > Modifier un mot de passe. Ne jamais communiquer votre mot de passe par courriel.",
            'fax': f"Le numéro de télécopieur du service de santé change le {d:%Y-%m-%d} : nouveau numéro {ORG[org]['fax']}. Merci d'aviser vos partenaires (pharmacies, cliniques).",
            'printer': f"L'imprimante du poste infirmier (ID {rng.choice(['IMP-SS-02', 'PRN-4471', 'HP-INF-1'])}) est hors service. Un technicien passera {short_day(d, lang)}. Utiliser celle du greffe en attendant.",
            'phish': "Attention : une campagne d'hameçonnage imite la RAMQ et demande de « valider votre compte ». Ne cliquez pas; transférez le message à securite.ti@" + ORG[org]['domain'] + ".",
            'dsq': f"L'accès au Dossier santé Québec (DSQ) sera indisponible le {d:%Y-%m-%d} en avant-midi (maintenance provinciale).",
            'upgrade': f"Mise à jour de Windows et du logiciel de distribution des médicaments sur les postes du service de santé le {d:%Y-%m-%d}. Redémarrez votre poste avant de quitter.",
        }[kind]
        subj = {'outage': 'Interruption planifiée – dossier clinique', 'password': 'Expiration de votre mot de passe', 'fax': 'Nouveau numéro de télécopieur',
                'printer': 'Imprimante poste infirmier hors service', 'phish': 'ALERTE hameçonnage', 'dsq': 'DSQ indisponible',
                'upgrade': 'Mise à jour des postes'}[kind]
    else:
        txt = {
            'outage': f"A planned outage of the electronic health record is scheduled on {d:%Y-%m-%d} from 10 pm to 2 am. Use paper downtime forms (paper MAR, progress notes) and enter them once the system is back.",
            'password': "Your network password expires in 5 days. To change it: Ctrl+Alt+Del > Change a password. Never send your password by e-mail.",
            'fax': f"The Health Services fax number changes on {d:%Y-%m-%d}: new number {ORG[org]['fax']}. Please tell your partners (pharmacies, clinics).",
            'printer': f"The nursing station printer (ID {rng.choice(['IMP-SS-02', 'PRN-4471', 'HP-INF-1'])}) is down. A technician will come {short_day(d, lang)}. Use the records office printer meanwhile.",
            'phish': "Warning: a phishing campaign is impersonating the pharmacy wholesaler and asks you to 'confirm your account'. Do not click; forward it to itsecurity@" + ORG[org]['domain'] + ".",
            'dsq': f"Access to the provincial drug profile viewer will be unavailable on {d:%Y-%m-%d} in the morning (maintenance).",
            'upgrade': f"Windows and dispensing software updates on Health Services workstations on {d:%Y-%m-%d}. Please restart before leaving.",
        }[kind]
        subj = {'outage': 'Planned EHR outage', 'password': 'Your password is expiring', 'fax': 'New fax number',
                'printer': 'Nursing station printer down', 'phish': 'PHISHING ALERT', 'dsq': 'Drug profile viewer unavailable',
                'upgrade': 'Workstation updates'}[kind]
    body = f"{greet(rng, lang)}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, ti, lang)}"
    return spec('it_notice', lang, [], 'IT notice', subj, ti, [dept_addr('Service de sante' if fr else 'Health Services', org)], body, when)

# ----------------------------------------------------------------------------- facilities


def n_facilities(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, rng.choice(['chef', 'coord']), org)
    d = workday_after(when, rng.randint(0, 4))
    kind = rng.choice(['lockdown', 'water', 'pest', 'reno', 'heat', 'fire'])
    if fr:
        txt = {
            'lockdown': f"Confinement cellulaire de l'ensemble des secteurs {short_day(d, lang)} (fouille générale). Les cliniques médicales et dentaires sont annulées; la distribution des médicaments et du TAO se fera en cellule avec escorte. Les urgences sont maintenues.",
            'water': f"Coupure d'eau à l'infirmerie {short_day(d, lang)} de 8 h à 11 h (remplacement d'une valve). Des bouteilles d'eau seront disponibles au poste.",
            'pest': f"Traitement contre les punaises de lit dans l'aile D {short_day(d, lang)}. Le local de consultation D-12 sera inaccessible 24 h.",
            'reno': f"Les travaux de réaménagement de la salle de distribution des médicaments débutent le {d:%Y-%m-%d} (durée prévue : 3 semaines). La distribution se fera temporairement à la salle polyvalente.",
            'heat': "Le chauffage de l'infirmerie est défectueux; la température est de 17 °C. Des couvertures supplémentaires ont été demandées et le service des bâtiments est avisé.",
            'fire': f"Exercice d'évacuation incendie au bâtiment administratif {short_day(d, lang)} vers 10 h. Le personnel du service de santé reste au poste (procédure zone sécurisée).",
        }[kind]
        subj = {'lockdown': f'Confinement {d:%d/%m} – cliniques annulées', 'water': 'Coupure d\'eau infirmerie', 'pest': 'Extermination aile D',
                'reno': 'Travaux salle de distribution', 'heat': 'Chauffage infirmerie', 'fire': 'Exercice incendie'}[kind]
    else:
        txt = {
            'lockdown': f"Institution-wide lockdown {short_day(d, lang)} (general search). Medical and dental clinics are cancelled; medication and OAT will be given cell-side with escort. Emergencies continue as usual.",
            'water': f"Water shut-off in the health care unit {short_day(d, lang)} from 8 to 11 am (valve replacement). Bottled water will be at the nursing station.",
            'pest': f"Bed bug treatment in D unit {short_day(d, lang)}. Exam room D-12 closed for 24 h.",
            'reno': f"Renovation of the medication room starts {d:%Y-%m-%d} (about 3 weeks). Med pass will temporarily use the multipurpose room.",
            'heat': "Heating in the health care unit is faulty; temperature is 17 °C. Extra blankets requested and Facilities informed.",
            'fire': f"Fire drill in the admin building {short_day(d, lang)} around 10 am. Health Services staff remain at post (secure zone procedure).",
        }[kind]
        subj = {'lockdown': f'Lockdown {d:%b %d} - clinics cancelled', 'water': 'HCU water shut-off', 'pest': 'Pest control D unit',
                'reno': 'Medication room renovation', 'heat': 'HCU heating', 'fire': 'Fire drill'}[kind]
    body = f"{greet(rng, lang)}\n\n{txt}\n\n{closing(rng, lang)}\n{signature(rng, s, lang)}"
    return spec('facilities', lang, [], 'facilities / lockdown notice', subj, s, [dept_addr('Service de sante' if fr else 'Health Services', org)],
                body, when)

# ----------------------------------------------------------------------------- training


def n_training(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'crt'])
    s = make_staff(rng, lang, rng.choice(['coord', 'chef']), org)
    d = workday_after(when, rng.randint(5, 25)).replace(hour=rng.choice([8, 9, 13]), minute=0)
    topic = rng.choice([('RCR / DEA – recertification', 'CPR / AED recertification'),
                        ('Administration de la naloxone et gestion des surdoses', 'Naloxone administration and overdose response'),
                        ('Évaluation du risque suicidaire (grille SAD PERSONS révisée)', 'Suicide risk assessment refresher'),
                        ('Approche tenant compte des traumatismes en milieu carcéral', 'Trauma-informed care in corrections'),
                        ('Initiation du TAO : buprénorphine en microdosage', 'OAT initiation: buprenorphine micro-dosing'),
                        ('Contention et isolement : règles et documentation', 'Restraint and seclusion: rules and documentation')])
    t = topic[0] if fr else topic[1]
    if fr:
        body = f"""{greet(rng, lang)}

Une formation « {t} » est offerte le {d:%Y-%m-%d} de {d:%H} h à {d.hour + 3} h, salle de formation du bâtiment administratif.
Formatrice/formateur : {make_staff(rng, lang, 'coord', org)['name']}. Places limitées à 12; inscription auprès de votre chef de service.
{rng.choice(["Formation obligatoire pour le personnel infirmier.", "Les heures sont reconnues pour la formation continue (3 h).", "Apportez votre carte de certification."])}

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = f'Formation : {t}'
    else:
        body = f"""{greet(rng, lang)}

A "{t}" session will be held on {d:%Y-%m-%d} from {d:%H}:00 to {d.hour + 3}:00 in the admin building training room.
Trainer: {make_staff(rng, lang, 'coord', org)['name']}. 12 seats; register with your manager.
{rng.choice(["Mandatory for nursing staff.", "Counts for 3 hours of continuing education.", "Bring your certification card."])}

{closing(rng, lang)}
{signature(rng, s, lang)}"""
        subj = f'Training: {t}'
    kw = {}
    atts = []
    if rng.random() < 0.35:
        ics = make_ics(f'formation-{d:%Y%m%d}@{ORG[org]["domain"]}', d, d + datetime.timedelta(hours=3), t,
                       'Salle de formation' if fr else 'Training room', 'Formation du personnel' if fr else 'Staff training',
                       organizer=(s['name'], s['email']))
        atts.append(dict(filename='formation.ics' if fr else 'training.ics', ctype='text/calendar; method=REQUEST', data=ics))
    return spec('training', lang, [], 'staff training announcement', subj, s, [dept_addr('Service de sante' if fr else 'Health Services', org)],
                body, when, attachments=atts, **kw)

# ----------------------------------------------------------------------------- meetings


def n_meeting(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    chef = make_staff(rng, lang, 'chef', org)
    d = workday_after(when, rng.randint(2, 10)).replace(hour=13, minute=30)
    items_fr = ['Suivi des indicateurs (délai de première évaluation à l\'admission)', 'Nouveau protocole de distribution du TAO',
                'Bilan des codes bleus du trimestre (données agrégées)', 'Retour sur l\'audit des armoires à narcotiques',
                'Planification des vacances d\'été', 'Varia']
    items_en = ['Indicator follow-up (time to first intake assessment)', 'New OAT dispensing protocol',
                'Quarterly code blue review (aggregate data)', 'Narcotic cabinet audit feedback', 'Summer vacation planning', 'Other business']
    items = rng.sample(items_fr if fr else items_en, 4)
    minutes = rng.random() < 0.4
    if fr:
        head = 'Compte rendu' if minutes else 'Ordre du jour'
        body = f"""{greet(rng, lang)}

{head} — rencontre d'équipe du service de santé, {d:%Y-%m-%d} à 13 h 30, salle {rng.choice(['A-104', 'B-210', 'de conférence'])}.

{chr(10).join(f'{i + 1}. {it}' + (' — ' + rng.choice(['adopté', 'reporté', 'suivi par la cheffe', 'à discuter au comité']) if minutes else '') for i, it in enumerate(items))}

{'Présences : ' + ', '.join(m['name'] for m in _team(rng, lang, 5, org)) if minutes else 'Merci de confirmer votre présence.'}

{signature(rng, chef, lang)}"""
        subj = f'{head} – rencontre d\'équipe {d:%d/%m}'
    else:
        head = 'Minutes' if minutes else 'Agenda'
        body = f"""{greet(rng, lang)}

{head} — Health Services team meeting, {d:%Y-%m-%d} at 1:30 pm, room {rng.choice(['A-104', 'B-210', 'boardroom'])}.

{chr(10).join(f'{i + 1}. {it}' + (' — ' + rng.choice(['approved', 'deferred', 'manager to follow up', 'to committee']) if minutes else '') for i, it in enumerate(items))}

{'Present: ' + ', '.join(m['name'] for m in _team(rng, lang, 5, org)) if minutes else 'Please confirm attendance.'}

{signature(rng, chef, lang)}"""
        subj = f'{head} - team meeting {d:%b %d}'
    atts = []
    if minutes and rng.random() < 0.5:
        atts.append(dict(filename=('compte_rendu.docx' if fr else 'minutes.docx'),
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=make_docx(head, [l for l in body.split('\n') if l.strip()][1:-1])))
    return spec('meeting', lang, [], 'team meeting agenda / minutes', subj, chef, [dept_addr('Equipe soins' if fr else 'Nursing team', org)],
                body, when, attachments=atts)


def n_out_of_office(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc', 'hrsa', 'relais'])
    s = make_staff(rng, lang, rng.choice(['md', 'infc', 'pharm', 'ts']), org)
    back = workday_after(when, rng.randint(3, 12))
    alt = make_staff(rng, lang, 'coord', org)
    if fr:
        body = f"Bonjour,\n\nJe suis absent{'e' if s['sex'] == 'F' else ''} du bureau jusqu'au {back:%Y-%m-%d} inclusivement. Pour toute urgence clinique, veuillez communiquer avec {alt['name']} ({alt['email']}) ou le poste infirmier au {ORG[org]['phone']}.\n\nI am out of the office until {back:%Y-%m-%d}.\n\n{s['dname']}"
        subj = f'Réponse automatique : {rng.choice(["Demande de consultation", "Liste TAO", "Horaire", "RE: suivi"])}'
    else:
        body = f"Hello,\n\nI am away until {back:%Y-%m-%d}. For urgent clinical matters please contact {alt['name']} ({alt['email']}) or the nursing station at {ORG[org]['phone']}.\n\nJe suis absent(e) jusqu'au {back:%Y-%m-%d}.\n\n{s['dname']}"
        subj = f'Automatic reply: {rng.choice(["Consult request", "OAT list", "Schedule", "RE: follow-up"])}'
    return spec('out_of_office', lang, [], 'automatic out-of-office reply', subj, s, [make_staff(rng, lang, 'inf', rng.choice(['edpe', 'mtc']))],
                body, when, body_kind='plain')


def n_badges(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    s = make_staff(rng, lang, 'adm', org)
    names = [m['name'] for m in _team(rng, lang, rng.randint(3, 6), org, roles=('inf', 'infc', 'md', 'pharm'))]
    d = later(when, rng.randint(10, 30))
    if fr:
        body = f"""{greet(rng, lang)}

Les enquêtes de sécurité (cote de fiabilité) des personnes suivantes expirent avant le {d:%Y-%m-%d} :
{chr(10).join('- ' + n for n in names)}

Merci de remplir le formulaire de renouvellement et de le remettre à l'agente de sécurité. Sans cote valide, l'accès aux secteurs sera refusé au poste de contrôle.
Rappel : les cartes d'accès et les clés de l'infirmerie doivent être signées au registre à chaque quart.

{signature(rng, s, lang)}"""
        subj = 'Renouvellement des cotes de sécurité – personnel santé'
    else:
        body = f"""{greet(rng, lang)}

Security screenings (reliability status) for the following staff expire before {d:%Y-%m-%d}:
{chr(10).join('- ' + n for n in names)}

Please complete the renewal form and hand it to the security officer. Without valid status, access to units will be denied at the control post.
Reminder: access cards and HCU keys must be signed out in the log every shift.

{signature(rng, s, lang)}"""
        subj = 'Security screening renewals - Health Services staff'
    return spec('badges', lang, [], 'staff security screening renewals', subj, s, [make_staff(rng, lang, 'chef', org)], body, when)
