"""Negative templates, part A: administrative mail (HR, schedules, IT, facilities, purchasing).

No patient, decedent or victim is ever identifiable here; staff may be named, with their own HR matters.
"""
import datetime as dt

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx
from gen_common import (ORG, S, closing, fmt_date, greeting, signature, staff_info, staff_pair, MOIS, MONTHS)

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
STAFF_KEYS = ['pathologist', 'resident', 'lml_tech', 'toxicologist', 'lml_admin', 'manager', 'quality', 'director']


def _esc(t):
    import html
    return html.escape(t, quote=False)


def _j(*parts):
    return '\n\n'.join(p for p in parts if p)


def _month(ref, lang):
    return (MOIS if lang == 'fr' else MONTHS)[ref.month - 1]


def _group(c, lang, n=2):
    out, seen = [], set()
    for k in c.sample(STAFF_KEYS, min(len(STAFF_KEYS), n + 2)):
        s = staff_info(c, k, lang)
        if id(s['p']) not in seen:
            seen.add(id(s['p']))
            out.append(s)
    return out[:n]


# ------------------------------------------------------------------ on-call schedule
def oncall_schedule(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    mgr = staff_info(c, c.choice(['manager', 'chief_coroner', 'director']), lang)
    people = [staff_info(c, k, lang) for k in ['pathologist', 'resident', 'director', 'toxicologist']]
    start = ref.replace(day=1) + dt.timedelta(days=32)
    start = start.replace(day=1)
    rows = [['Date', 'Jour' if fr else 'Day', 'Garde' if fr else 'On call', 'Cellulaire de garde' if fr else 'On-call cell', 'Remarque' if fr else 'Note']]
    days_fr = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
    days_en = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    for i in range(14):
        dd = start + dt.timedelta(days=i)
        s = people[i % len(people)]
        note = ''
        if c.chance(0.15):
            note = c.choice(['cas pédiatriques : Dre en renfort', 'congrès', 'échange approuvé'] if fr else ['paediatric cases: backup', 'conference', 'swap approved'])
        rows.append([dd.isoformat(), (days_fr if fr else days_en)[dd.weekday()], f'{s["hon"]} {s["p"].full()}'.strip(), '450 555-0122', note])
    mode = c.choice(['xlsx', 'html', 'text'])
    intro = (f'Voici l\'horaire de garde de {_month(start, lang)} (première moitié). Les échanges doivent être approuvés par moi avant le 20.' if fr
             else f'Here is the {_month(start, lang)} on-call schedule (first half). Swaps must be approved by me before the 20th.')
    atts, htm, text = [], None, None
    if mode == 'xlsx':
        text = _j(greeting(c, lang), intro, closing(c, lang), signature(c, mgr, lang))
        atts.append(dict(name=f'{"horaire_garde" if fr else "oncall"}_{start.strftime("%Y-%m")}.xlsx', ctype=XLSX, data=make_xlsx([('Garde' if fr else 'On call', rows)])))
    elif mode == 'html':
        trs = ''.join('<tr>' + ''.join(f'<td>{v}</td>' for v in r) + '</tr>' for r in rows)
        htm = f'<p>{greeting(c, lang)}</p><p>{_esc(intro)}</p><table border="1" cellpadding="3">{trs}</table><p>{signature(c, mgr, lang, 0).replace(chr(10), "<br>")}</p>'
    else:
        text = _j(greeting(c, lang), intro, '\n'.join('  '.join(str(v) for v in r) for r in rows), signature(c, mgr, lang))
    subj = c.choice([f'Horaire de garde — {_month(start, lang)} {start.year}', 'Garde pathologie judiciaire', 'Horaire garde (v2)'] if fr else
                    [f'On-call schedule — {_month(start, lang)} {start.year}', 'Forensic pathology on-call', 'On-call roster v2'])
    return S(lang, 'oncall_schedule', [], 'staff on-call schedule', mgr, _group(c, lang, 3), subj, text, html=htm, atts=atts, date=d)


# ------------------------------------------------------------------ leave
def leave_request(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    emp, mgr = staff_pair(c, STAFF_KEYS + ['coroner_sec', 'don_coord'], ['manager', 'director', 'hr'], lang)
    a = ref + dt.timedelta(days=c.randint(10, 60))
    b = a + dt.timedelta(days=c.randint(2, 14))
    kind = c.randint(0, 3)
    if fr:
        reason = ['des vacances annuelles', 'un congé de maternité (retour prévu en septembre)', 'un congé sans solde pour études', 'un congé de maladie (billet médical transmis aux RH)'][kind]
        subj = c.choice(['Demande de congé', f'Congé du {a.day} au {b.day} {_month(b, lang)}', 'Absence à prévoir'])
        text = _j(greeting(c, lang, mgr['p'].given), f'Je souhaite prendre {reason} du {fmt_date(a, lang, "long")} au {fmt_date(b, lang, "long")}.',
                  c.choice(['Mes dossiers en cours seront transférés à ma collègue.', 'J\'ai vérifié avec l\'équipe, la couverture est assurée.', '']),
                  closing(c, lang), signature(c, emp, lang, 2))
    else:
        reason = ['annual vacation', 'maternity leave (back in September)', 'unpaid study leave', 'sick leave — medical note sent to HR'][kind]
        subj = c.choice(['Leave request', f'Time off {a.strftime("%b %d")} - {b.strftime("%b %d")}', 'Upcoming absence'])
        text = _j(greeting(c, lang, mgr['p'].given), f'I would like to request {reason} from {fmt_date(a, lang, "long")} to {fmt_date(b, lang, "long")}.',
                  c.choice(['My open files will be handed over.', 'Coverage is arranged with the team.', '']), closing(c, lang), signature(c, emp, lang, 2))
    reply = c.chance(0.4)
    if reply:
        ok = ('Approuvé. Bonne fin de semaine!' if fr else 'Approved. Have a good weekend!')
        text = _j(ok, signature(c, mgr, lang, 2), ('-----Message d\'origine-----\n' if fr else '-----Original Message-----\n') + text)
        return S(lang, 'staff_leave', [], 'staff leave request/approval', mgr, [emp], 'RE: ' + subj, text, reply=True, date=d)
    return S(lang, 'staff_leave', [], 'staff leave request', emp, [mgr], subj, text, date=d)


# ------------------------------------------------------------------ occupational health (staff)
def occ_health(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    sst = ('Santé et sécurité au travail' if fr else 'Occupational Health', f'sante.travail@{ORG["lml"]["dom"]}')
    emp = staff_info(c, c.choice(['lml_tech', 'resident', 'pathologist']), lang)
    mgr = staff_info(c, 'manager', lang)
    kind = c.randint(0, 2)
    if kind == 0:
        subj = 'Suivi post-exposition — employé(e)' if fr else 'Post-exposure follow-up — employee'
        text = (_j(greeting(c, lang, emp['p'].given),
                   f'Suite à votre piqûre accidentelle du {fmt_date(ref - dt.timedelta(days=3), lang, "long")} en salle d\'autopsie, votre prochain prélèvement (hépatites B et C, VIH) est prévu à 6 semaines, puis à 3 mois.',
                   'Votre statut vaccinal hépatite B est à jour (anti-HBs protecteur). Le formulaire de déclaration d\'événement a été transmis à votre gestionnaire.',
                   closing(c, lang), 'Infirmière en santé au travail')
                if fr else
                _j(greeting(c, lang, emp['p'].given),
                   f'Following your needlestick injury on {fmt_date(ref - dt.timedelta(days=3), lang, "long")} in the autopsy suite, your next blood draw (hepatitis B and C, HIV) is at 6 weeks, then 3 months.',
                   'Your hepatitis B immunity is documented (protective anti-HBs). The incident report has been sent to your manager.',
                   closing(c, lang), 'Occupational health nurse'))
        return S(lang, 'staff_occupational_health', [], 'employee needlestick follow-up (staff, not patient)', sst, [emp], subj, text, cc=[mgr] if c.chance(0.5) else None, date=d)
    if kind == 1:
        subj = 'Campagne de dépistage de la tuberculose — personnel de la morgue' if fr else 'TB screening campaign — morgue staff'
        text = (_j(greeting(c, lang), 'Le test cutané à la tuberculine (TCT) annuel aura lieu les 12 et 13 au local B-110. Tout le personnel exposé aux autopsies doit y participer.',
                   'Apportez votre carnet de vaccination. Les personnes ayant un antécédent de TCT positif doivent plutôt prendre rendez-vous pour une radiographie.', signature(c, mgr, lang))
                if fr else
                _j(greeting(c, lang), 'Annual tuberculin skin testing (TST) will take place on the 12th and 13th in room B-110. All staff exposed to autopsies must attend.',
                   'Bring your immunization record. Staff with a previous positive TST should book a chest X-ray instead.', signature(c, mgr, lang)))
        return S(lang, 'staff_occupational_health', [], 'staff TB screening campaign', mgr, [('Personnel LML' if fr else 'LML staff', f'personnel@{ORG["lml"]["dom"]}')], subj, text, date=d)
    subj = 'Retour progressif au travail' if fr else 'Graduated return to work'
    text = (_j(greeting(c, lang, mgr['p'].given), f'{emp["p"].full()} reprendra le travail en retour progressif à compter du {fmt_date(ref + dt.timedelta(days=7), lang, "long")} (3 jours/semaine, tâches sans manipulation de charges lourdes).',
               'Les restrictions seront réévaluées dans 4 semaines. Merci d\'adapter l\'horaire en conséquence.', signature(c, staff_info(c, 'hr', lang), lang))
            if fr else
            _j(greeting(c, lang, mgr['p'].given), f'{emp["p"].full()} will start a graduated return to work on {fmt_date(ref + dt.timedelta(days=7), lang, "long")} (3 days/week, no heavy lifting).',
               'Restrictions will be reassessed in 4 weeks. Please adjust the schedule accordingly.', signature(c, staff_info(c, 'hr', lang), lang)))
    return S(lang, 'staff_occupational_health', [], 'employee return-to-work accommodation', staff_info(c, 'hr', lang), [mgr], subj, text, date=d)


# ------------------------------------------------------------------ payroll
def payroll(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    hr = staff_info(c, c.choice(['hr', 'hr2']), lang)
    emp = staff_info(c, c.choice(STAFF_KEYS), lang)
    kind = c.randint(0, 2)
    if kind == 0:
        subj = 'Feuilles de temps — période 14' if fr else 'Timesheets — pay period 14'
        text = (_j(greeting(c, lang), 'Rappel : les feuilles de temps de la période 14 doivent être approuvées dans le système d\'ici mercredi midi. Les primes de garde et les heures supplémentaires non approuvées seront payées à la période suivante.', signature(c, hr, lang))
                if fr else _j(greeting(c, lang), 'Reminder: pay period 14 timesheets must be approved in the system by Wednesday noon. Unapproved on-call premiums and overtime will be paid next period.', signature(c, hr, lang)))
        to = [('Gestionnaires' if fr else 'Managers', f'gestionnaires@{ORG["lml"]["dom"]}')]
    elif kind == 1:
        hrs = c.randint(4, 22)
        subj = 'Heures supplémentaires — correction' if fr else 'Overtime correction'
        text = (_j(greeting(c, lang, emp['p'].given), f'Après vérification, {hrs} heures supplémentaires (autopsies de fin de semaine) n\'avaient pas été saisies pour votre matricule {c.randint(10000, 99999)}. La correction apparaîtra sur votre prochain relevé de paie.', closing(c, lang), signature(c, hr, lang))
                if fr else _j(greeting(c, lang, emp['p'].given), f'After review, {hrs} overtime hours (weekend autopsies) were missing for employee no. {c.randint(10000, 99999)}. The correction will appear on your next pay stub.', closing(c, lang), signature(c, hr, lang)))
        to = [emp]
    else:
        subj = 'Relevés fiscaux disponibles' if fr else 'Tax slips available'
        text = (_j(greeting(c, lang), 'Vos relevés T4 et Relevé 1 sont disponibles dans le portail employé. Pour toute question, écrivez à paie@lml-est.example.', signature(c, hr, lang))
                if fr else _j(greeting(c, lang), 'Your T4 and RL-1 slips are available in the employee portal. Questions: paie@lml-est.example.', signature(c, hr, lang)))
        to = [('Tout le personnel' if fr else 'All staff', f'tous@{ORG["lml"]["dom"]}')]
    return S(lang, 'payroll', [], 'payroll / timesheet notice', hr, to, subj, text, date=d)


# ------------------------------------------------------------------ job posting
def job_posting(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    hr = staff_info(c, c.choice(['hr', 'hr2']), lang)
    job = c.choice([('Technicien(ne) en pathologie judiciaire', 'Forensic pathology technician', 'DEC en techniques de laboratoire; expérience en salle d\'autopsie un atout', 'College diploma in lab technology; autopsy experience an asset'),
                    ('Pathologiste judiciaire', 'Forensic pathologist', 'certification du Collège royal en pathologie anatomique; formation complémentaire en médecine légale', 'Royal College certification in anatomical pathology; forensic fellowship'),
                    ('Infirmier(ère) coordonnateur(trice) en don d\'organes', 'Organ donation nurse coordinator', 'BAC en sciences infirmières; 3 ans en soins critiques', 'BScN; 3 years of critical care'),
                    ('Toxicologue judiciaire', 'Forensic toxicologist', 'maîtrise en chimie analytique; LC-MS/MS', 'MSc in analytical chemistry; LC-MS/MS'),
                    ('Agent(e) administratif(ve) — accès à l\'information', 'Administrative officer — access to information', 'connaissance de la Loi sur l\'accès', 'knowledge of access-to-information law')])
    ref_no = f'{c.choice(["LML", "BC", "DV"])}-{c.randint(2024, 2025)}-{c.randint(10, 99)}'
    sal = f'{c.randint(48, 95)} {c.randint(100, 999)} $' if fr else f'${c.randint(48, 95)},{c.randint(100, 999)}'
    if fr:
        subj = c.choice([f'Affichage de poste : {job[0]}', f'Offre d\'emploi {ref_no}', f'Poste à combler — {job[0]}'])
        text = _j(greeting(c, lang), f'Nous affichons un poste permanent à temps complet de {job[0].lower()} (concours {ref_no}).',
                  f'Exigences : {job[2]}.\nSalaire : à partir de {sal} selon l\'échelle.\nLieu : {ORG["lml"]["addr"]}.',
                  'Les candidatures doivent être reçues au plus tard le 30 du mois à emplois@lml-est.example. Seules les personnes retenues seront contactées.',
                  'Merci de diffuser dans vos réseaux.', signature(c, hr, lang))
    else:
        subj = c.choice([f'Job posting: {job[1]}', f'Career opportunity {ref_no}', f'Now hiring — {job[1]}'])
        text = _j(greeting(c, lang), f'We are posting a permanent full-time {job[1].lower()} position (competition {ref_no}).',
                  f'Requirements: {job[3]}.\nSalary: from {sal} per scale.\nLocation: {ORG["lml"]["addr"]}.',
                  'Applications by the 30th to emplois@lml-est.example. Only selected candidates will be contacted.', signature(c, hr, lang))
    atts = []
    if c.chance(0.4):
        atts.append(dict(name=f'affichage_{ref_no}.pdf' if fr else f'posting_{ref_no}.pdf', ctype='application/pdf',
                         data=make_pdf(job[0] if fr else job[1], [f'Concours {ref_no}' if fr else f'Competition {ref_no}', job[2] if fr else job[3], sal], header=ORG['lml'][lang])))
    return S(lang, 'job_posting', [], 'job posting', hr, [('Liste de diffusion' if fr else 'Distribution list', f'diffusion@{ORG["lml"]["dom"]}')], subj, text, atts=atts, date=d)


# ------------------------------------------------------------------ IT notice
def it_notice(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    it = staff_info(c, 'it', lang)
    kind = c.randint(0, 4)
    when = fmt_date(ref + dt.timedelta(days=c.randint(2, 9)), lang, 'long')
    msgs = [
        (('Mise à niveau du SIL — interruption planifiée', f'Le système d\'information de laboratoire (SIL) sera indisponible le {when} de 22 h à 2 h pour la mise à niveau vers la version 8.4. Les résultats de toxicologie ne pourront pas être saisis pendant cette période; utilisez les formulaires papier de relève.'),
         ('LIMS upgrade — planned downtime', f'The laboratory information system will be unavailable on {when} from 10 p.m. to 2 a.m. for the upgrade to version 8.4. Toxicology results cannot be entered during this window; use the paper downtime forms.')),
        (('Alerte hameçonnage', 'Plusieurs employés ont reçu un courriel « Résultats d\'autopsie disponibles — cliquez ici ». Il s\'agit d\'une tentative d\'hameçonnage. Ne cliquez pas sur le lien et signalez le message avec le bouton « Signaler ».'),
         ('Phishing alert', 'Several staff received an e-mail "Autopsy results available — click here". This is a phishing attempt. Do not click the link; report it with the "Report" button.')),
        (('Changement de mot de passe obligatoire', 'Votre mot de passe réseau expire dans 7 jours. Le nouveau mot de passe doit comporter au moins 14 caractères. Le soutien est joignable au poste 4357.'),
         ('Mandatory password change', 'Your network password expires in 7 days. New passwords must be at least 14 characters. Support is at ext. 4357.')),
        (('Nouveau numériseur — salle de réception des corps', 'Le numériseur de la réception a été remplacé (no de série ' + c.luhn_serial(10) + '). Les documents numérisés arrivent maintenant dans le dossier partagé \\\\lml-fs01\\reception.'),
         ('New scanner — body intake room', 'The intake scanner has been replaced (serial ' + c.luhn_serial(10) + '). Scans now go to the shared folder \\\\lml-fs01\\reception.')),
        (('VPN — nouvelle procédure', f'À compter du {when}, l\'accès à distance au dossier partagé de pathologie exigera l\'authentification à deux facteurs. Installez l\'application avant cette date.'),
         ('VPN — new procedure', f'Starting {when}, remote access to the pathology share will require two-factor authentication. Please install the app before then.')),
    ]
    subj, body = msgs[kind][0 if fr else 1]
    text = _j(greeting(c, lang), body, closing(c, lang), signature(c, it, lang))
    return S(lang, 'it_notice', [], 'IT notice', it, [('Tout le personnel' if fr else 'All staff', f'tous@{ORG["lml"]["dom"]}')], subj, text, date=d)


# ------------------------------------------------------------------ facilities
def facilities(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    fac = staff_info(c, 'facilities', lang)
    when = fmt_date(ref + dt.timedelta(days=c.randint(1, 10)), lang, 'long')
    kind = c.randint(0, 4)
    msgs = [
        (('Entretien des chambres froides', f'Le technicien de Réfrigération Polaire procédera à l\'entretien préventif des chambres froides 1 et 2 le {when}. Les corps de la chambre 2 seront déplacés temporairement dans la chambre 3; prévoir deux techniciens à 7 h.'),
         ('Cold room maintenance', f'The refrigeration contractor will service cold rooms 1 and 2 on {when}. Bodies in room 2 will be moved temporarily to room 3; two technicians needed at 7 a.m.')),
        (('Alarme de température — chambre froide 2', 'L\'alarme s\'est déclenchée cette nuit à 3 h 12 (température max. 7,8 °C pendant 22 minutes). Le compresseur a redémarré. Rapport de non-conformité NC-' + str(c.randint(100, 999)) + ' ouvert.'),
         ('Temperature alarm — cold room 2', 'The alarm went off last night at 3:12 (max 7.8 °C for 22 minutes). The compressor restarted. Non-conformance report NC-' + str(c.randint(100, 999)) + ' opened.')),
        (('Ventilation salle d\'autopsie', f'Les travaux de balancement de la ventilation (12 changements d\'air/heure) auront lieu le {when}. Aucune autopsie ne pourra être pratiquée en salle 1 ce jour-là.'),
         ('Autopsy suite ventilation', f'Ventilation balancing (12 air changes/hour) will take place on {when}. No autopsies in suite 1 that day.')),
        (('Stationnement — déneigement', 'Le stationnement P2 sera fermé demain de 6 h à 10 h pour le déneigement. Les véhicules de transport de corps utiliseront l\'entrée de service nord.'),
         ('Parking — snow removal', 'Lot P2 will be closed tomorrow 6-10 a.m. for snow removal. Body transport vehicles will use the north service entrance.')),
        (('Rénovation du local de toxicologie', f'La hotte chimique du local T-204 sera remplacée à partir du {when}. Les analyses de solvants volatils seront transférées au T-210 pendant deux semaines.'),
         ('Toxicology lab renovation', f'The fume hood in T-204 will be replaced starting {when}. Volatile analysis moves to T-210 for two weeks.')),
    ]
    subj, body = msgs[kind][0 if fr else 1]
    text = _j(greeting(c, lang), body, closing(c, lang), signature(c, fac, lang))
    return S(lang, 'facilities', [], 'facilities notice', fac, _group(c, lang, 2), subj, text, date=d)


# ------------------------------------------------------------------ training
def training(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    ed = staff_info(c, c.choice(['quality', 'educ', 'manager']), lang)
    topic = c.choice([('Biosécurité en salle d\'autopsie (prions, tuberculose, agents pathogènes émergents)', 'Autopsy suite biosafety (prions, TB, emerging pathogens)'),
                      ('Chaîne de possession des pièces à conviction', 'Chain of custody for exhibits'),
                      ('SIMDUT 2015 — manipulation du formol', 'WHMIS 2015 — formalin handling'),
                      ('Annonce d\'un décès aux familles et soutien au deuil', 'Delivering death notifications and bereavement support'),
                      ('Détermination du décès selon les critères neurologiques', 'Death determination by neurological criteria')])
    when = ref + dt.timedelta(days=c.randint(7, 30))
    text = _j(greeting(c, lang),
              (f'Une formation obligatoire « {topic[0]} » sera offerte le {fmt_date(when, lang, "long")} de 9 h à 12 h, salle de conférence A. Inscription auprès de {ed["p"].full()}.' if fr else
               f'Mandatory training "{topic[1]}" will be held on {fmt_date(when, lang, "long")}, 9 a.m.-noon, conference room A. Register with {ed["p"].full()}.'),
              c.choice(['Une attestation sera remise.', 'Le dîner est fourni.', ''] if fr else ['A certificate will be issued.', 'Lunch provided.', '']),
              signature(c, ed, lang))
    atts = []
    if c.chance(0.4):
        ics = make_ics(f'{c.rng.getrandbits(64):016x}@lml-est.example', topic[0] if fr else topic[1],
                       dt.datetime.combine(when, dt.time(9)), dt.datetime.combine(when, dt.time(12)), 'Salle A' if fr else 'Room A',
                       organizer=(ed['p'].full(), ed['addr']))
        atts.append(dict(name='formation.ics' if fr else 'training.ics', ctype='text/calendar', data=ics, method='REQUEST'))
    return S(lang, 'training', [], 'staff training notice', ed, [('Personnel' if fr else 'Staff', f'personnel@{ORG["lml"]["dom"]}')],
             ('Formation : ' if fr else 'Training: ') + (topic[0] if fr else topic[1]), text, atts=atts, date=d)


# ------------------------------------------------------------------ team meeting
def team_meeting(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    mgr = staff_info(c, 'manager', lang)
    n_tox = c.randint(40, 130)
    n_aut = c.randint(60, 140)
    if fr:
        subj = c.choice(['Ordre du jour — réunion d\'équipe', 'Compte rendu réunion d\'équipe', 'Réunion mardi'])
        text = _j(greeting(c, lang), f'Ordre du jour de la réunion de mardi :\n1. Retards en toxicologie ({n_tox} dossiers en attente de plus de 90 jours)\n2. Volume d\'autopsies du trimestre ({n_aut})\n'
                  '3. Nouvelle procédure pour les décès en contexte de chaleur extrême\n4. Vacances d\'été\n5. Divers',
                  'Merci d\'envoyer vos points additionnels d\'ici lundi.', signature(c, mgr, lang))
    else:
        subj = c.choice(['Agenda — team meeting', 'Team meeting minutes', 'Tuesday meeting'])
        text = _j(greeting(c, lang), f'Agenda for Tuesday:\n1. Toxicology backlog ({n_tox} cases pending > 90 days)\n2. Quarterly autopsy volume ({n_aut})\n'
                  '3. New procedure for heat-related deaths\n4. Summer vacation\n5. Other', 'Please send extra items by Monday.', signature(c, mgr, lang))
    return S(lang, 'team_meeting', [], 'team meeting agenda with workload counts', mgr, _group(c, lang, 3), subj, text, date=d)


# ------------------------------------------------------------------ partner vCard
def partner_vcard(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['manager', 'coroner_sec', 'lml_admin']), lang)
    who = staff_info(c, c.choice(['funeral_dir', 'detective', 'don_coord2', 'consul']), lang)
    org = ORG[who['org']]
    vcf = make_vcf(who['p'].given, who['p'].surname, org=org[lang], title=who['title'], tel=[('WORK', org['tel'])],
                   email=who['addr'], note=('Contact pour les transferts' if fr else 'Contact for transfers'))
    text = _j(greeting(c, lang), (f'Voici la fiche de {who["p"].full()}, notre nouveau contact chez {org[lang]}.' if fr else
                                  f'Here is the contact card for {who["p"].full()}, our new contact at {org[lang]}.'), signature(c, a, lang, 2))
    return S(lang, 'partner_vcard', [], 'vCard of a professional contact', a, _group(c, lang, 2),
             ('Nouveau contact — ' if fr else 'New contact — ') + org[lang], text,
             atts=[dict(name=f'{who["p"].surname}.vcf', ctype='text/vcard', data=vcf)], date=d)


# ------------------------------------------------------------------ committee ICS
def meeting_ics(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    org = staff_info(c, c.choice(['director', 'chief_coroner', 'quality', 'manager']), lang)
    title = c.choice([('Comité d\'examen des décès — séance régulière', 'Death review committee — regular meeting'),
                      ('Comité qualité du laboratoire', 'Laboratory quality committee'),
                      ('Table de concertation police–coroner', 'Police–coroner liaison meeting'),
                      ('Comité du programme de don d\'organes', 'Organ donation program committee')])
    start = dt.datetime.combine(ref + dt.timedelta(days=c.randint(5, 30)), dt.time(c.choice([9, 13, 15])))
    ics = make_ics(f'{c.rng.getrandbits(64):016x}@coroner-cs.example', title[0] if fr else title[1], start, start + dt.timedelta(hours=2),
                   'Teams / salle 3.12' if fr else 'Teams / room 3.12',
                   ('Ordre du jour à suivre. Aucun renseignement nominatif ne doit être présenté.' if fr else 'Agenda to follow. No identifying information to be presented.'),
                   organizer=(org['p'].full(), org['addr']), attendees=[(s['p'].full(), s['addr']) for s in _group(c, lang, 3)])
    text = _j((f'{title[0]}\n{fmt_date(start.date(), lang, "long")}, {start.strftime("%H:%M")}' if fr else f'{title[1]}\n{fmt_date(start.date(), lang, "long")}, {start.strftime("%H:%M")}'))
    return S(lang, 'committee_invite', [], 'committee meeting invitation (ICS)', org, _group(c, lang, 3),
             ('Invitation : ' if fr else 'Invitation: ') + (title[0] if fr else title[1]), text,
             atts=[dict(name='invite.ics', ctype='text/calendar', data=ics, method='REQUEST')], date=d)


# ------------------------------------------------------------------ invoice / PO
def invoice_po(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    vend = staff_info(c, 'vendor', lang)
    proc = staff_info(c, 'procurement', lang)
    items = c.sample([('Housses mortuaires renforcées, 36 x 90 po (bte 10)', 'Heavy-duty body bags 36 x 90 in (box of 10)', 189.50),
                      ('Formol tamponné 10 %, 20 L', '10% neutral buffered formalin, 20 L', 74.25),
                      ('Étalon de référence fentanyl-d5, 100 µg/mL', 'Fentanyl-d5 reference standard, 100 µg/mL', 412.00),
                      ('Tubes gris NaF/oxalate 10 mL (bte 100)', 'Grey-top NaF/oxalate tubes 10 mL (box 100)', 58.90),
                      ('Lames de scie oscillante', 'Oscillating saw blades', 96.00),
                      ('Colonnes SPE mixed-mode (bte 50)', 'Mixed-mode SPE columns (box 50)', 265.00),
                      ('Trousses de prélèvement ADN', 'DNA sampling kits', 142.30)], c.randint(2, 4))
    po = f'{c.choice(["BC", "PO"])}-{c.randint(2024, 2025)}-{c.randint(10000, 99999)}'
    inv = f'{c.choice(["F", "INV"])}{c.randint(100000, 999999)}'
    rows = [['Article' if fr else 'Item', 'Lot', 'Qté' if fr else 'Qty', 'Prix unitaire' if fr else 'Unit price', 'Total']]
    tot = 0
    for it in items:
        q = c.randint(1, 12)
        tot += q * it[2]
        rows.append([it[0] if fr else it[1], f'{c.choice("ABKLMX")}{c.randint(10000, 99999)}', q, f'{it[2]:.2f}', f'{q * it[2]:.2f}'])
    rows.append(['', '', '', 'TPS/TVQ' if fr else 'GST/QST', f'{tot * 0.14975:.2f}'])
    rows.append(['', '', '', 'Total', f'{tot * 1.14975:.2f}'])
    kind = c.choice(['pdf', 'xlsx', 'text'])
    atts = []
    intro = (f'Veuillez trouver ci-joint la facture {inv} relative au bon de commande {po}. Paiement net 30 jours.' if fr else
             f'Please find attached invoice {inv} for purchase order {po}. Net 30.')
    if kind == 'pdf':
        atts.append(dict(name=f'{inv}.pdf', ctype='application/pdf',
                         data=make_pdf(('FACTURE ' if fr else 'INVOICE ') + inv, [f'{"Bon de commande" if fr else "PO"}: {po}', ''] +
                                       ['   '.join(str(v) for v in r) for r in rows], header='MédiSupply Canada inc.\n55 Industrial Park Road, Mont-Vallier (Québec) J8B 7Z7')))
        text = _j(greeting(c, lang), intro, signature(c, vend, lang))
    elif kind == 'xlsx':
        atts.append(dict(name=f'{po}.xlsx', ctype=XLSX, data=make_xlsx([(po, rows)])))
        text = _j(greeting(c, lang, vend['p'].given), (f'Voici le bon de commande {po}. Merci de confirmer les délais de livraison, surtout pour l\'étalon.' if fr else
                                                        f'Here is PO {po}. Please confirm lead times, especially for the standard.'), signature(c, proc, lang))
        return S(lang, 'purchase_order', [], 'purchase order for lab/morgue supplies', proc, [vend], f'{"Bon de commande" if fr else "Purchase order"} {po}', text, atts=atts, date=d)
    else:
        text = _j(greeting(c, lang), intro, '\n'.join(' | '.join(str(v) for v in r) for r in rows), signature(c, vend, lang))
    return S(lang, 'invoice', [], 'supplier invoice with lot numbers', vend, [proc], f'{"Facture" if fr else "Invoice"} {inv} — {po}', text, atts=atts, date=d)


# ------------------------------------------------------------------ supplier recall
def supplier_recall(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    vend = staff_info(c, 'vendor', lang)
    prod = c.choice([('tubes de prélèvement gris NaF/oxalate', 'grey-top NaF/oxalate collection tubes', 'concentration de fluorure insuffisante pouvant entraîner une néoformation d\'éthanol', 'insufficient fluoride, which may allow post-collection ethanol formation'),
                     ('trousses ELISA fentanyl', 'fentanyl ELISA kits', 'faux négatifs possibles sous 1 ng/mL', 'possible false negatives below 1 ng/mL'),
                     ('housses mortuaires', 'body bags', 'fermetures éclair défectueuses', 'defective zippers')])
    lots = ', '.join(f'{c.choice("ABKLMX")}{c.randint(10000, 99999)}' for _ in range(c.randint(2, 4)))
    ser = c.luhn_serial(c.choice([9, 10, 12]))
    if fr:
        subj = c.choice([f'AVIS DE RAPPEL — {prod[0]}', 'Rappel volontaire de produit — action requise'])
        text = _j('Madame, Monsieur,', f'Nous procédons au rappel volontaire de certains lots de {prod[0]} ({prod[2]}).',
                  f'Lots visés : {lots}\nNo de référence du rappel : {ser}',
                  'Veuillez mettre les produits en quarantaine et retourner le formulaire de confirmation dans les 5 jours ouvrables, même si vous n\'avez aucun stock.',
                  signature(c, vend, lang))
    else:
        subj = c.choice([f'RECALL NOTICE — {prod[1]}', 'Voluntary product recall — action required'])
        text = _j('Dear customer,', f'We are voluntarily recalling certain lots of {prod[1]} ({prod[3]}).', f'Affected lots: {lots}\nRecall reference: {ser}',
                  'Please quarantine product and return the acknowledgement form within 5 business days, even if you have no stock.', signature(c, vend, lang))
    return S(lang, 'supplier_recall', [], 'supplier recall with lot numbers', vend, [staff_info(c, 'procurement', lang), staff_info(c, 'quality', lang)], subj, text, date=d)


# ------------------------------------------------------------------ drug shortage
def drug_shortage(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    ph = staff_info(c, 'pharm_hosp', lang)
    drug = c.choice([('naloxone injectable 0,4 mg/mL', 'naloxone injection 0.4 mg/mL', 'trousses nasales de naloxone', 'intranasal naloxone kits'),
                     ('succinylcholine', 'succinylcholine', 'rocuronium', 'rocuronium'),
                     ('héparine 10 000 U/mL', 'heparin 10,000 units/mL', 'héparine 1 000 U/mL', 'heparin 1,000 units/mL')])
    text = (_j(greeting(c, lang), f'Le fournisseur nous informe d\'une rupture d\'approvisionnement de {drug[0]} pour une durée estimée de 6 à 8 semaines.',
               f'Solution de rechange : {drug[2]}. Les commandes seront limitées aux quantités habituelles.', signature(c, ph, lang))
            if fr else
            _j(greeting(c, lang), f'Our supplier reports a shortage of {drug[1]} for an estimated 6-8 weeks.', f'Alternative: {drug[3]}. Orders will be capped at usual quantities.', signature(c, ph, lang)))
    return S(lang, 'drug_shortage', [], 'drug shortage notice', ph, [('Chefs d\'unité' if fr else 'Unit managers', f'chefs@{ORG["hsa"]["dom"]}')],
             ('Rupture d\'approvisionnement — ' if fr else 'Drug shortage — ') + (drug[0] if fr else drug[1]), text, date=d)


# ------------------------------------------------------------------ courier / shipping
def courier(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['lml_tech', 'lml_admin']), lang)
    trk = f'{c.randint(1000, 9999)} {c.randint(1000, 9999)} {c.randint(1000, 9999)}'
    n = c.randint(2, 6)
    text = (_j(greeting(c, lang), f'Envoi de {n} glacières (catégorie B, UN3373) au laboratoire de référence ce matin. Numéro de suivi : {trk}.',
               'La température doit être maintenue entre 2 et 8 °C; enregistreur de température inclus. Merci de confirmer la réception.', signature(c, a, lang))
            if fr else
            _j(greeting(c, lang), f'Shipping {n} coolers (Category B, UN3373) to the reference lab this morning. Tracking: {trk}.',
               'Keep at 2-8 °C; data logger included. Please confirm receipt.', signature(c, a, lang)))
    return S(lang, 'courier', [], 'specimen shipment logistics without identities', a,
             [('Réception — laboratoire de référence' if fr else 'Reference lab receiving', 'reception@labref.example')],
             (f'Envoi glacières — suivi {trk}' if fr else f'Cooler shipment — tracking {trk}'), text, date=d)


# ------------------------------------------------------------------ travel expenses
def travel_expense(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    emp, mgr = staff_pair(c, STAFF_KEYS, ['manager', 'director'], lang)
    amt = f'{c.randint(180, 1900)},{c.randint(10, 99)} $' if fr else f'${c.randint(180, 1900)}.{c.randint(10, 99)}'
    text = (_j(greeting(c, lang, mgr['p'].given), f'Ci-joint ma demande de remboursement ({amt}) pour le congrès de l\'Association de médecine légale : inscription, hôtel 3 nuits, kilométrage.',
               'Les reçus sont numérisés dans le PDF.', signature(c, emp, lang, 2))
            if fr else
            _j(greeting(c, lang, mgr['p'].given), f'Attached is my expense claim ({amt}) for the forensic medicine conference: registration, 3 hotel nights, mileage.',
               'Receipts are scanned in the PDF.', signature(c, emp, lang, 2)))
    pdf = make_pdf('DEMANDE DE REMBOURSEMENT' if fr else 'EXPENSE CLAIM', [f'{"Employé" if fr else "Employee"}: {emp["p"].full()}', f'Total: {amt}',
                                                                         'Inscription / Registration', 'Hôtel / Hotel', 'Kilométrage / Mileage: 412 km'])
    return S(lang, 'travel_expense', [], 'staff expense claim', emp, [mgr], ('Remboursement — congrès' if fr else 'Expense claim — conference'), text,
             atts=[dict(name='remboursement.pdf' if fr else 'expense_claim.pdf', ctype='application/pdf', data=pdf)], date=d)


# ------------------------------------------------------------------ staff emergency contact
def staff_contact_update(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    emp = staff_info(c, c.choice(STAFF_KEYS), lang)
    hr = staff_info(c, 'hr', lang)
    addr = c.address()
    text = (_j(greeting(c, lang), f'Je déménage le mois prochain. Voici ma nouvelle adresse pour le dossier d\'employé : {addr}. Mon cellulaire reste le même.',
               'Pouvez-vous aussi changer ma personne à contacter en cas d\'urgence pour ma conjointe?'.replace('ma conjointe', c.choice(['ma conjointe', 'mon conjoint'])), signature(c, emp, lang, 2))
            if fr else
            _j(greeting(c, lang), f'I\'m moving next month. New address for my employee file: {addr}. Cell number unchanged.',
               'Could you also update my emergency contact to my partner?', signature(c, emp, lang, 2)))
    return S(lang, 'staff_contact_update', [], 'employee updates own address with HR', emp, [hr],
             ('Changement d\'adresse' if fr else 'Change of address'), text, date=d)


# ------------------------------------------------------------------ budget
def budget(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    dirr = staff_info(c, 'director', lang)
    mgr = staff_info(c, 'manager', lang)
    rows = [['Poste' if fr else 'Line', 'Budget', 'Réel' if fr else 'Actual', 'Écart' if fr else 'Variance']]
    for lbl in (['Salaires', 'Heures supplémentaires', 'Fournitures de laboratoire', 'Transport des corps', 'Réactifs toxicologie', 'Entretien équipements'] if fr else
                ['Salaries', 'Overtime', 'Lab supplies', 'Body transport', 'Toxicology reagents', 'Equipment maintenance']):
        b = c.randint(40, 2400) * 1000
        r = int(b * (0.85 + c.rng.random() * 0.35))
        rows.append([lbl, b, r, r - b])
    text = _j(greeting(c, lang, mgr['p'].given), ('Voici le suivi budgétaire à la période 9. Le dépassement en heures supplémentaires est lié au volume d\'autopsies de l\'été.' if fr else
                                                   'Budget tracking at period 9 attached. The overtime overrun reflects the summer autopsy volume.'), signature(c, dirr, lang))
    return S(lang, 'budget', [], 'budget tracking spreadsheet', dirr, [mgr], ('Suivi budgétaire P9' if fr else 'Budget tracking P9'), text,
             atts=[dict(name='suivi_budget_P9.xlsx' if fr else 'budget_P9.xlsx', ctype=XLSX, data=make_xlsx([('P9', rows)]))], date=d)


# ------------------------------------------------------------------ schedule swap with quoted history
def schedule_swap(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a, b = staff_pair(c, ['pathologist', 'resident', 'lml_tech'], ['pathologist', 'director', 'lml_tech'], lang)
    day1 = fmt_date(d.date() + dt.timedelta(days=c.randint(5, 20)), lang, 'long')
    if fr:
        q = f'> Salut {a["p"].given},\n> Est-ce que tu pourrais prendre ma garde du {day1}? J\'ai un rendez-vous médical que je ne peux pas déplacer.\n> Je te redonne le 28.\n> {b["p"].given}'
        text = _j(f'Pas de problème pour moi, je prends le {day1}. Je préviens la cheffe.', a['p'].given, f'Le {fmt_date(d.date(), lang, "long")}, {b["p"].full()} a écrit :\n{q}')
        subj = f'RE: Échange de garde {day1}'
    else:
        q = f'> Hi {a["p"].given},\n> Could you take my call on {day1}? I have a medical appointment I can\'t move.\n> I\'ll give you the 28th back.\n> {b["p"].given}'
        text = _j(f'No problem, I\'ll take {day1}. I\'ll let the manager know.', a['p'].given, f'On {fmt_date(d.date(), lang, "long")}, {b["p"].full()} wrote:\n{q}')
        subj = f'RE: Call swap {day1}'
    return S(lang, 'schedule_swap', [], 'staff call swap, quoted history', a, [b], subj, text, reply=True, date=d)


# ------------------------------------------------------------------ vehicle
def vehicle(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    fac = staff_info(c, 'facilities', lang)
    plate = f'{c.choice("FGHLX")}{c.randint(10, 99)} {c.choice("ABCDEFGHJK")}{c.choice("ABCDEFGHJK")}{c.choice("ABCDEFGHJK")}'
    vin = f'1FT{c.randint(100000, 999999)}X{c.randint(1000000, 9999999)}'
    text = (_j(greeting(c, lang), f'Le fourgon de transport (plaque {plate}, NIV {vin}) sera au garage jeudi pour le changement des pneus et l\'inspection de la civière motorisée.',
               'Le véhicule de remplacement sera disponible au quai arrière.', signature(c, fac, lang))
            if fr else
            _j(greeting(c, lang), f'The transport van (plate {plate}, VIN {vin}) will be at the garage Thursday for tyres and stretcher-lift inspection.',
               'The replacement vehicle will be at the rear dock.', signature(c, fac, lang)))
    return S(lang, 'vehicle', [], 'fleet maintenance notice', fac, _group(c, lang, 2), ('Fourgon — entretien' if fr else 'Van maintenance'), text, date=d)


# ------------------------------------------------------------------ security / access
def security(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    fac = staff_info(c, 'facilities', lang)
    text = (_j(greeting(c, lang), 'Rappel : l\'accès à la morgue est réservé au personnel autorisé. Les visiteurs (enquêteurs, entreprises funéraires) doivent signer le registre et porter une carte temporaire.',
               'Des cartes non retournées seront désactivées automatiquement à 23 h.', signature(c, fac, lang))
            if fr else
            _j(greeting(c, lang), 'Reminder: morgue access is restricted to authorized staff. Visitors (investigators, funeral homes) must sign in and wear a temporary badge.',
               'Unreturned badges are deactivated automatically at 11 p.m.', signature(c, fac, lang)))
    return S(lang, 'security_notice', [], 'access control reminder', fac, [('Tout le personnel' if fr else 'All staff', f'tous@{ORG["lml"]["dom"]}')],
             ('Accès à la morgue' if fr else 'Morgue access'), text, date=d)


# ------------------------------------------------------------------ staff wellness
def staff_wellness(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    mgr = staff_info(c, c.choice(['manager', 'director', 'educ']), lang)
    text = (_j(greeting(c, lang), 'Suite aux cas difficiles des dernières semaines, une séance de débriefing post-événement sera animée par le PAE jeudi à 15 h. Aucune discussion de cas particulier; l\'objectif est de prendre soin de l\'équipe.',
               'Le Programme d\'aide aux employés est aussi joignable 24/7 au 1 800 555-0199.', signature(c, mgr, lang))
            if fr else
            _j(greeting(c, lang), 'After the difficult cases of recent weeks, the EAP will facilitate a critical incident debrief on Thursday at 3 p.m. No individual cases will be discussed; this is about looking after the team.',
               'The Employee Assistance Program is available 24/7 at 1 800 555-0199.', signature(c, mgr, lang)))
    return S(lang, 'staff_wellness', [], 'staff wellness debrief notice', mgr, [('Équipe' if fr else 'Team', f'equipe@{ORG["lml"]["dom"]}')],
             ('Débriefing d\'équipe — jeudi' if fr else 'Team debrief — Thursday'), text, date=d)


TEMPLATES = [
    (oncall_schedule, 6), (leave_request, 5), (occ_health, 4), (payroll, 4), (job_posting, 6), (it_notice, 7),
    (facilities, 6), (training, 4), (team_meeting, 4), (partner_vcard, 3), (meeting_ics, 5), (invoice_po, 7),
    (supplier_recall, 4), (drug_shortage, 3), (courier, 3), (travel_expense, 3), (staff_contact_update, 2),
    (budget, 3), (schedule_swap, 4), (vehicle, 2), (security, 2), (staff_wellness, 3),
]
