"""Negative templates, part A: staff, HR, schedules, training — staff names, no patient."""
import datetime

import gen_files as F
import gen_people as P
from gen_common import greet, closing, sig, staff_addr, doc_addr, doc_name, quote_block, email_of, spec_name, pick_spec
from gen_mime import html_table


def neg(c, lang, cat, note, frm, to, subject, text, **kw):
    d = dict(cat=cat, lang=lang, note=note, frm=frm, to=to, subject=subject, text=text, types=set(), date=kw.pop('date', None) or c.when())
    d.update(kw)
    return d


ALL_STAFF = ('Équipe secrétariat', f"secretariat@{P.CLINIC['dom']}")
ALL_STAFF_EN = ('Clerical team', f"clerical@{P.CLINIC['dom']}")


def n_staff_schedule(c, lang):
    r = c.rng
    mgr = c.manager()
    when = c.when()
    monday = when.date() + datetime.timedelta(days=(7 - when.weekday()))
    desks = ['Accueil RC', 'Accueil 3e', 'Téléphonie', 'CRDS / liste d\'attente', 'Archives'] if lang == 'fr' else \
            ['Main desk', '3rd floor desk', 'Phones', 'CRDS / wait list', 'Records']
    people = r.sample(P.STAFF, 10)
    rows = [['Poste' if lang == 'fr' else 'Desk'] + [(P.JOURS if lang == 'fr' else P.DAYS)[i] for i in range(5)]]
    for i, dsk in enumerate(desks):
        rows.append([dsk] + [f"{people[(i + j) % 10][0]} {people[(i + j) % 10][1][0]}." for j in range(5)])
    intro = (f"{greet('fr', r)}\n\nVoici l'horaire des postes pour la semaine du {P.dlong(monday, 'fr')}. Les échanges doivent être approuvés "
             f"avant jeudi midi." if lang == 'fr' else
             f"{greet('en', r)}\n\nHere is the desk schedule for the week of {P.dlong(monday, 'en')}. Shift swaps must be approved by Thursday noon.")
    att = []
    if r.random() < .5:
        att.append(dict(data=F.xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows)], creator=mgr[0]),
                        filename=f"horaire_{monday:%Y%m%d}.xlsx" if lang == 'fr' else f"schedule_{monday:%Y%m%d}.xlsx"))
        html = None
        text = intro + f"\n\n{closing(lang, r)}\n{sig(mgr, lang, r)}"
    else:
        text = intro + '\n\n' + '\n'.join(' | '.join(x) for x in rows) + f"\n\n{closing(lang, r)}\n{mgr[0]}"
        html = '<html><body>' + ''.join(f'<p>{x}</p>' for x in intro.split('\n\n')) + html_table(rows) + f'<p>{mgr[0]}</p></body></html>\n'
    subj = f"Horaire semaine du {monday:%d/%m}" if lang == 'fr' else f"Schedule week of {monday:%b %d}"
    return neg(c, lang, 'staff_schedule', 'weekly desk schedule with staff names', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, text, date=when, attachments=att, html=html)


def n_vacation_request(c, lang):
    r = c.rng
    s = c.staff()
    mgr = c.manager()
    t0 = c.when()
    d0 = P.workday_after(r, t0.date(), 20, 120)
    d1 = d0 + datetime.timedelta(days=r.choice([4, 11, 14]))
    if lang == 'fr':
        orig = (f"Bonjour {mgr[0]},\n\nJe souhaite prendre mes vacances du {P.dlong(d0, 'fr')} au {P.dlong(d1, 'fr')} "
                f"({r.randint(5, 10)} jours). {r.choice(['Valérie a accepté de couvrir la téléphonie.', 'Il me reste 12 jours à ma banque.', 'Je peux faire mes heures avant.'])}\n\nMerci\n{s[0]}")
        reply = r.choice(['Accepté. Bonnes vacances!', 'C\'est approuvé dans le logiciel.', 'Ok pour moi, sauf la dernière journée — on en reparle.'])
        subj = 'RE : Demande de vacances'
    else:
        orig = (f"Hi {mgr[0]},\n\nI'd like to take vacation from {P.dlong(d0, 'en')} to {P.dlong(d1, 'en')} ({r.randint(5, 10)} days). "
                f"{r.choice(['Jennifer agreed to cover phones.', 'I have 12 days left in my bank.'])}\n\nThanks\n{s[0]}")
        reply = r.choice(['Approved. Enjoy!', "It's approved in the system.", 'OK except the last day, let us talk.'])
        subj = 'RE: Vacation request'
    text = f"{reply}\n\n{mgr[0]}\n\n" + quote_block(orig, lang, r, staff_addr(s), t0, subj[5:] if lang == 'fr' else subj[4:], staff_addr(mgr))
    return neg(c, lang, 'vacation_request', 'staff vacation request and approval', staff_addr(mgr), [staff_addr(s)], subj, text,
               date=t0 + datetime.timedelta(hours=r.randint(2, 50)))


def n_employee_absence(c, lang):
    r = c.rng
    s = c.staff()
    mgr = c.manager()
    when = c.when()
    why_fr = r.choice(["d'une chirurgie au genou", "d'un congé de maladie (certificat reçu par la santé au travail)",
                       "d'un retour progressif après une commotion", "de son rendez-vous de suivi pour son propre diabète",
                       "d'une entorse lombaire (déclaration CNESST faite)"])
    why_en = r.choice(['knee surgery', 'sick leave (certificate received by occupational health)', 'a graduated return after a concussion',
                       'a follow-up appointment for their own diabetes', 'a lower back strain (WSIB/CNESST claim filed)'])
    wk = r.randint(1, 8)
    if lang == 'fr':
        body = (f"{greet('fr', r, 'à toutes et à tous')}\n\n{s[0]} {s[1]} sera absent(e) environ {wk} semaine(s) en raison {why_fr}. "
                f"Ses dossiers CRDS sont redistribués ainsi : A à L — {c.staff(exclude=(s,))[0]}, M à Z — {c.staff(exclude=(s,))[0]}.\n"
                f"Merci de ne pas communiquer avec cette personne pendant son congé.\n\n{closing('fr', r)}\n{sig(mgr, 'fr', r)}")
        subj = r.choice([f"Absence de {s[0]}", 'Remplacement — secrétariat', 'Réorganisation temporaire'])
    else:
        body = (f"{greet('en', r)}\n\n{s[0]} {s[1]} will be off for about {wk} week(s) due to {why_en}. The CRDS files are reassigned: "
                f"A to L - {c.staff(exclude=(s,))[0]}, M to Z - {c.staff(exclude=(s,))[0]}.\nPlease do not contact them while on leave.\n\n"
                f"{closing('en', r)}\n{sig(mgr, 'en', r)}")
        subj = r.choice([f"{s[0]}'s absence", 'Coverage - clerical team'])
    return neg(c, lang, 'employee_absence', "employee's own leave / occupational health (staff, not patient)", staff_addr(mgr),
               [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_staff_vaccination(c, lang):
    r = c.rng
    when = c.when()
    nurse = ('Sandrine', 'Aubry', 'infirmière, santé au travail', 'occupational health nurse')
    d = P.workday_after(r, when.date(), 5, 20)
    st = datetime.datetime(d.year, d.month, d.day, 11, 30)
    icsb = F.ics(f"{r.getrandbits(60):x}@{P.CLINIC['dom']}", st, st + datetime.timedelta(hours=3),
                 'Clinique de vaccination du personnel (influenza / COVID-19)' if lang == 'fr' else 'Staff vaccination clinic (flu / COVID-19)',
                 'Sans rendez-vous. Apportez votre carte d\'employé.' if lang == 'fr' else 'Walk-in. Bring your employee badge.', 'Salle Boréale (2e)',
                 (f"{nurse[0]} {nurse[1]}", email_of(nurse[0], nurse[1], P.CLINIC['dom'])), [ALL_STAFF])
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nLa campagne de vaccination du personnel contre l'influenza et la COVID-19 aura lieu le {P.dlong(d, 'fr', True)} "
                f"de 11 h 30 à 14 h 30. L'an dernier, 64 % du personnel a été vacciné; notre objectif est 80 %.\n"
                f"Les employés ayant une allergie aux œufs doivent en aviser la santé au travail.\n\n{nurse[0]} {nurse[1]}\n{nurse[2]}")
        subj = 'Vaccination du personnel — invitation'
    else:
        body = (f"{greet('en', r)}\n\nThe staff flu and COVID-19 vaccination clinic is on {P.dlong(d, 'en', True)} from 11:30 to 2:30. "
                f"Last year 64% of staff got vaccinated; our target is 80%.\nEmployees with an egg allergy should let occupational health know.\n\n"
                f"{nurse[0]} {nurse[1]}\n{nurse[3]}")
        subj = 'Staff vaccination clinic - invitation'
    return neg(c, lang, 'staff_vaccination', 'staff vaccination clinic invitation (ICS)', (f"{nurse[0]} {nurse[1]}", email_of(nurse[0], nurse[1], P.CLINIC['dom'])),
               [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when, attachments=[dict(data=icsb, filename='vaccination.ics')])


def n_payroll(c, lang):
    r = c.rng
    when = c.when()
    pay = ('Service de la paie', f"paie@{P.CLINIC['dom']}")
    s = c.staff()
    emp_no = f"E{r.randint(10000, 99999)}"
    hours = r.choice(['7,5', '3,25', '11', '4'])
    if r.random() < .5:
        if lang == 'fr':
            body = (f"{greet('fr', r, s[0])}\n\nTa feuille de temps de la période {r.randint(1, 26)} (employé {emp_no}) indique {hours} h supplémentaires "
                    f"non approuvées. Peux-tu la faire signer par ta gestionnaire avant mercredi 16 h pour qu'elles soient payées le {P.dlong(P.workday_after(r, when.date(), 5, 10), 'fr')}?\n\n"
                    f"Merci,\nLouise Tardif, technicienne en paie")
            subj = 'Feuille de temps à corriger'
        else:
            body = (f"{greet('en', r, s[0])}\n\nYour timesheet for pay period {r.randint(1, 26)} (employee {emp_no}) shows {hours.replace(',', '.')} overtime "
                    f"hours not approved. Please have your manager sign it by Wednesday 4 PM so it's paid on the next pay date.\n\nThanks,\nLouise Tardif, payroll technician")
            subj = 'Timesheet correction needed'
        to = [staff_addr(s)]
    else:
        if lang == 'fr':
            body = (f"{greet('fr', r, 'à tous')}\n\nRappel : les relevés 1 et feuillets T4 {when.year - 1} sont disponibles dans le portail employé. "
                    f"La rétroactivité de l'augmentation de 2,5 % sera versée sur la paie du {P.dlong(P.workday_after(r, when.date(), 10, 30), 'fr')}.\n"
                    f"Pour toute question : poste 4410.\n\nService de la paie")
            subj = 'Relevés fiscaux et rétroactivité'
        else:
            body = (f"{greet('en', r)}\n\nReminder: {when.year - 1} T4 and RL-1 slips are available in the employee portal. The 2.5% retroactive pay "
                    f"will be on the next pay.\nQuestions: ext. 4410.\n\nPayroll")
            subj = 'Tax slips and retro pay'
        to = [('Tout le personnel', f"tous@{P.CLINIC['dom']}")]
    return neg(c, lang, 'payroll', 'payroll / timesheet notice with employee number', pay, to, subj, body, date=when)


def n_job_posting(c, lang):
    r = c.rng
    when = c.when()
    hr = ('Ressources humaines', f"rh@{P.CLINIC['dom']}")
    post = r.choice([('Secrétaire médicale — clinique de gastro-entérologie', 'Medical secretary - gastroenterology clinic'),
                     ('Agent(e) administratif(ve) — CRDS', 'Administrative clerk - CRDS'),
                     ('Réceptionniste bilingue — temps partiel', 'Bilingual receptionist - part time')])
    end = P.workday_after(r, when.date(), 10, 25)
    if lang == 'fr':
        body = (f"AFFICHAGE INTERNE #{when.year}-{r.randint(100, 399)}\n\nPoste : {post[0]}\nStatut : {r.choice(['temps complet', 'temps partiel, 3 jours', 'remplacement 12 mois'])}\n"
                f"Salaire : {r.randint(23, 28)},{r.randint(10, 99)} $ à {r.randint(29, 33)},{r.randint(10, 99)} $ l'heure\n\nExigences :\n- DEP en secrétariat médical ou équivalent\n"
                f"- Maîtrise du français et de l'anglais\n- Connaissance de la terminologie médicale (oncologie, cardiologie, endoscopie)\n- Expérience avec un dossier médical électronique\n\n"
                f"Date limite : {P.dlong(end, 'fr')}. Faire parvenir votre CV à rh@{P.CLINIC['dom']}.")
        subj = f"Affichage — {post[0]}"
    else:
        body = (f"INTERNAL POSTING #{when.year}-{r.randint(100, 399)}\n\nPosition: {post[1]}\nStatus: {r.choice(['full time', 'part time, 3 days', '12-month replacement'])}\n"
                f"Pay: ${r.randint(23, 28)}.{r.randint(10, 99)} to ${r.randint(29, 33)}.{r.randint(10, 99)}/hour\n\nRequirements:\n- Medical office assistant diploma or equivalent\n"
                f"- Fluent French and English\n- Knowledge of medical terminology (oncology, cardiology, endoscopy)\n- EMR experience\n\n"
                f"Deadline: {P.dlong(end, 'en')}. Send your resume to rh@{P.CLINIC['dom']}.")
        subj = f"Job posting - {post[1]}"
    return neg(c, lang, 'job_posting', 'job posting with medical terminology', hr, [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)


def n_training(c, lang):
    r = c.rng
    when = c.when()
    it = ('Formation DME', f"formation@{P.CLINIC['dom']}")
    dates = sorted(P.workday_after(r, when.date(), 3, 30) for _ in range(3))
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nLe nouveau module de prise de rendez-vous (version 8.2) sera déployé le {P.dlong(dates[-1], 'fr')}. "
                f"Formations obligatoires (1 h 30, salle informatique) :\n" + '\n'.join(f"- {P.dlong(d, 'fr', True)} à 13 h" for d in dates) +
                f"\n\nPour les exercices, utilisez uniquement le dossier fictif no 999999 (« ESSAI, Formation », né le 1900-01-01). "
                f"Ne pratiquez jamais dans un vrai dossier.\n\nL'équipe DME")
        subj = 'Formation — nouveau module de rendez-vous'
    else:
        body = (f"{greet('en', r)}\n\nThe new booking module (version 8.2) goes live on {P.dlong(dates[-1], 'en')}. Mandatory training (1.5 h, computer room):\n"
                + '\n'.join(f"- {P.dlong(d, 'en', True)} at 1 PM" for d in dates) +
                "\n\nFor exercises use only the dummy chart #999999 (\"TEST, Training\", born 1900-01-01). Never practise in a real chart.\n\nEMR team")
        subj = 'Training - new booking module'
    return neg(c, lang, 'training_notice', 'EMR training notice with dummy test chart', it, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_staff_meeting_ics(c, lang):
    r = c.rng
    mgr = c.manager()
    when = c.when()
    d = P.workday_after(r, when.date(), 2, 15)
    st = datetime.datetime(d.year, d.month, d.day, r.choice([8, 12, 15]), 0)
    topics_fr = ['Retour sur les délais CRDS', 'Nouveau gabarit de lettre de convocation', 'Télécopie vers courriel : bilan', 'Horaire des Fêtes']
    topics_en = ['CRDS turnaround review', 'New appointment letter template', 'Fax-to-email review', 'Holiday schedule']
    tps = r.sample(topics_fr if lang == 'fr' else topics_en, 3)
    icsb = F.ics(f"{r.getrandbits(60):x}@{P.CLINIC['dom']}", st, st + datetime.timedelta(hours=1),
                 'Réunion d\'équipe — secrétariat' if lang == 'fr' else 'Team meeting - clerical staff', '\n'.join(tps),
                 'Teams / salle 210', (f"{mgr[0]} {mgr[1]}", email_of(mgr[0], mgr[1], P.CLINIC['dom'])), [staff_addr(x) for x in r.sample(P.STAFF, 5)])
    body = ((f"{greet('fr', r)}\n\nOrdre du jour :\n" + '\n'.join(f"{i + 1}. {t}" for i, t in enumerate(tps)) + f"\n\n{mgr[0]}") if lang == 'fr'
            else (f"{greet('en', r)}\n\nAgenda:\n" + '\n'.join(f"{i + 1}. {t}" for i, t in enumerate(tps)) + f"\n\n{mgr[0]}"))
    subj = ('Invitation : Réunion d\'équipe' if lang == 'fr' else 'Invitation: Team meeting') + f" {d:%Y-%m-%d}"
    return neg(c, lang, 'staff_meeting_ics', 'team meeting invitation (ICS)', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body,
               date=when, attachments=[dict(data=icsb, filename='reunion.ics' if lang == 'fr' else 'meeting.ics')])


def n_contact_vcard(c, lang):
    r = c.rng
    s = c.staff()
    when = c.when()
    ext = r.choice([('Marie-Claude', 'Provencher', 'Agente de liaison', P.CRDS['short'], P.CRDS['dom'], P.CRDS['phone']),
                    ('Gordon', 'Bell', 'Interpreter services coordinator', P.INTERP[0], P.INTERP[1], P.INTERP[2]),
                    ('Amina', 'Diallo', 'Coordonnatrice des transports', 'Transport adapté Deux-Rives', 'ta-deuxrives.example', '450-555-0193')])
    vc = F.vcard(f"{ext[0]} {ext[1]}", f"{ext[1]};{ext[0]};;;", tel=[('WORK', ext[5]), ('FAX', P.phone(r))],
                 email=email_of(ext[0], ext[1], ext[4]), org=ext[3], title=ext[2])
    body = ((f"{greet('fr', r)}\n\nNouvelle personne-ressource pour nos demandes, fiche jointe. Elle remplace Pierre-Luc depuis lundi.\n\n{s[0]}") if lang == 'fr'
            else (f"{greet('en', r)}\n\nNew contact person for our requests, card attached. Replaces Pierre-Luc as of Monday.\n\n{s[0]}"))
    subj = 'Nouvelle personne-ressource' if lang == 'fr' else 'New contact person'
    return neg(c, lang, 'contact_vcard', 'vCard of an external professional contact', staff_addr(s), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, body, date=when, attachments=[dict(data=vc, filename=f"{ext[0]}_{ext[1]}.vcf".replace('-', ''))])


def n_staff_birthday(c, lang):
    r = c.rng
    s = c.staff()
    org = c.staff(exclude=(s,))
    when = c.when()
    if lang == 'fr':
        who = r.choice(['tout le monde', "l'équipe"])
        body = (f"Psst {who},\n\nC'est la fête de {s[0]} vendredi! Gâteau à la salle de pause à 14 h 30. "
                f"Contribution volontaire pour la carte (5 $) auprès de {org[0]}. Ne lui dites rien 🙂\n\n{org[0]}")
        subj = f"Fête de {s[0]} — chut!"
    else:
        body = (f"Hi team,\n\nIt's {s[0]}'s birthday on Friday! Cake in the break room at 2:30. Card collection ($5, optional) with {org[0]}. "
                f"Keep it a secret 🙂\n\n{org[0]}")
        subj = f"{s[0]}'s birthday - shh!"
    return neg(c, lang, 'staff_social', 'staff birthday invitation', staff_addr(org), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)
