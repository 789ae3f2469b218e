"""Negative templates, part A: human resources, schedules, staff occupational
health, payroll, IT, facilities, job postings, committees, meetings, training,
social events, staff cards and administrative threads."""
import datetime

import gen_files as F
import gen_people as P
from gen_core import Att, Mail
from gen_tpl import earlier, join, quote

NURSES = ['hebert', 'lemieux', 'proulx', 'singh', 'dube']
DOCS = ['bergeron', 'lavoie', 'haddad', 'obrien', 'cote']
OTHER_STAFF = [('Geneviève', 'Laflamme'), ('Maxime', 'Poulin'), ('Roxanne', 'Deschênes'), ('Frédéric', 'Blais'),
               ('Nathalie', 'Cormier'), ('Yannick', 'Arsenault'), ('Julie', 'Bissonnette'), ('Martin', 'Lussier'),
               ('Sarah', 'Villeneuve'), ('Louis', 'Gendron'), ('Amira', 'Benslimane'), ('Tom', 'Whitfield')]


def _n(key, lang='fr'):
    return P.staff_name(key, lang, with_title=False)


# ------------------------------------------------------------------ 1 vacation planning
def hr_vacation(ctx, lang):
    r = ctx.r
    rows = [['Employé(e)', 'Titre d\'emploi', 'Du', 'Au', 'Remplacement', 'Statut'] if lang == 'fr'
            else ['Employee', 'Job title', 'From', 'To', 'Replacement', 'Status']]
    for k in NURSES + ['marchand', 'charbonneau', 'vezina', 'menard']:
        d = datetime.date(2025, r.choice([6, 7, 7, 8]), r.randint(1, 20))
        rows.append([_n(k), P.STAFF[k][4] if lang == 'fr' else P.STAFF[k][5], d.isoformat(),
                     (d + datetime.timedelta(days=r.choice([7, 14, 21]))).isoformat(),
                     r.choice(['Agence', 'Liste de rappel', 'Non remplacé', _n(r.choice(NURSES))]) if lang == 'fr'
                     else r.choice(['Agency', 'On-call list', 'None']),
                     r.choice(['Approuvé', 'En attente', 'Approuvé']) if lang == 'fr' else r.choice(['Approved', 'Pending'])])
    data = F.make_xlsx([('Été 2025' if lang == 'fr' else 'Summer 2025', rows)], author='Vanessa Chartrand')
    if lang == 'fr':
        subject = r.choice(['Calendrier des vacances estivales 2025', 'Vacances d\'été – version 2', 'Planification des congés'])
        body = join(ctx.hello('fr', 'à tous'), 'Voici la planification des vacances d\'été. Les demandes reçues après le 15 mars '
                    'seront traitées selon l\'ancienneté. Merci de vérifier vos dates.', ctx.bye('fr'), ctx.sig('chartrand', 'fr'))
    else:
        subject = 'Summer 2025 vacation schedule'
        body = join(ctx.hello('en', 'all'), 'Attached is the summer vacation plan. Please check your dates by Friday.', ctx.sig('chartrand', 'en'))
    return Mail('hr_vacation', lang, ctx.staff('chartrand', lang), [ctx.staff(k, lang) for k in NURSES[:3]] + [ctx.staff('dufour', lang)],
                subject, body, atts=[Att(r.choice(['vacances_ete_2025.xlsx', 'Vacances été 2025.xlsx']), 'xlsx', data)],
                note='staff vacation schedule (HR)')


# ------------------------------------------------------------------ 2 on-call roster
def oncall(ctx, lang):
    r = ctx.r
    start = ctx.future(5, 20)
    start -= datetime.timedelta(days=start.weekday())
    lines = []
    for w in range(4):
        d = start + datetime.timedelta(weeks=w)
        doc = r.choice(DOCS)
        lines.append(f'{d.isoformat()} → {(d + datetime.timedelta(days=6)).isoformat()} : {P.staff_name(doc, lang)}'
                     + (f' (clinique lupus le mardi)' if doc == 'haddad' and lang == 'fr' else ''))
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), 'Horaire de garde en rhumatologie pour les 4 prochaines semaines :', '\n'.join(lines),
                    f'Le pagette de garde demeure le 819 555-0150. Les échanges de garde doivent être transmis à {_n("dufour")}.',
                    ctx.sig('dufour', 'fr'))
        subject = r.choice(['Horaire de garde – rhumatologie', 'Garde mars', 'Liste de garde mise à jour'])
    else:
        body = join(ctx.hello('en', 'all'), 'Rheumatology on-call for the next 4 weeks:', '\n'.join(lines),
                    'On-call pager: 819 555-0150. Please send swaps to Chantal.', ctx.sig('dufour', 'en'))
        subject = 'Rheumatology on-call schedule'
    return Mail('oncall_roster', lang, ctx.staff('dufour', lang), [ctx.staff(k, lang) for k in DOCS] + [(P.HOSP['name'] + ' – standard', 'standard@' + P.HOSP['domain'])],
                subject, body, note='physicians\' on-call schedule')


# ------------------------------------------------------------------ 3 staff absence
def staff_absence(ctx, lang='fr'):
    r = ctx.r
    k = r.choice(NURSES[:4])
    d = ctx.future(5, 30)
    body = join(ctx.hello('fr', 'l\'équipe'), f'{_n(k)} sera en congé {r.choice(["de maladie", "sans solde", "de maternité", "pour raisons personnelles"])} '
                f'à compter de demain, et ce jusqu\'au {P.fr_date(d)}.',
                f'Les chaises {r.randint(1, 4)} et {r.randint(5, 8)} seront couvertes par une infirmière d\'agence les lundis et mercredis. '
                'Merci de votre souplesse pour réaménager l\'horaire des perfusions.', ctx.sig('dube', 'fr'))
    return Mail('staff_absence', 'fr', ctx.staff('dube', 'fr'), [ctx.staff(x, 'fr') for x in NURSES if x != k],
                r.choice(['Absence – unité de perfusion', 'Remplacement', 'Changement à l\'horaire']), body,
                note='staff leave notice, no patient')


# ------------------------------------------------------------------ 4 employee occupational health
def occ_health(ctx, lang):
    r = ctx.r
    k = r.choice(NURSES + ['menard', 'vezina', 'marchand'])
    g = P.STAFF[k][0]
    kind = r.choice(['tst', 'flu', 'fit', 'hepb'])
    if lang == 'fr':
        txt = {'tst': f'Votre test cutané à la tuberculine (TCT) annuel du {P.fr_date(ctx.past(3, 10))} a été lu : 0 mm, négatif. '
                      'Aucun suivi requis; prochain test dans un an.',
               'flu': 'Nous n\'avons pas de trace de votre vaccination antigrippale pour la saison 2024-2025. Si vous avez été vacciné(e) '
                      'ailleurs, merci de nous transmettre la preuve.',
               'fit': 'Votre essai d\'ajustement du masque N95 est à renouveler (modèle 3M 1870+). Des plages sont disponibles le jeudi.',
               'hepb': 'Votre titrage anti-HBs est adéquat (> 10 UI/L). Aucun rappel n\'est nécessaire.'}[kind]
        body = join(f'Bonjour {g},', txt, 'Service de santé et sécurité au travail\nPoste 2290')
        subject = r.choice(['Santé au travail – suivi', 'SST – votre dossier employé', 'Rappel – santé et sécurité'])
    else:
        txt = {'tst': 'Your annual tuberculin skin test was read as 0 mm (negative). No follow-up needed.',
               'flu': 'We have no record of your 2024-2025 flu shot. If you were vaccinated elsewhere, please send proof.',
               'fit': 'Your N95 fit test is due for renewal. Slots are available on Thursdays.',
               'hepb': 'Your anti-HBs titre is adequate (> 10 IU/L). No booster needed.'}[kind]
        body = join(f'Hi {g},', txt, 'Occupational Health & Safety\next. 2290')
        subject = 'Occupational health follow-up'
    return Mail('occupational_health', lang, ('Santé et sécurité au travail' if lang == 'fr' else 'Occupational Health',
                'sst@' + P.CLINIC['domain']), [ctx.staff(k, lang)], subject, body,
                note='employee\'s own occupational-health follow-up (staff, not patient)')


# ------------------------------------------------------------------ 5 payroll
def payroll(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        body = join('Bonjour à tous,', r.choice([
            'Les relevés 1 et feuillets T4 2024 seront disponibles dans le portail employé à compter du 25 février.',
            'En raison du congé férié, la paie sera déposée le mercredi plutôt que le jeudi.',
            'Rappel : les feuilles de temps pour les heures supplémentaires de la clinique du samedi doivent être approuvées '
            'par votre gestionnaire avant lundi midi.']),
            f'Pour toute question : paie@{P.CLINIC["domain"]} ou poste 2205.', 'Service de la paie')
        subject = r.choice(['Paie – information', 'Relevés fiscaux 2024', 'Dépôt de la paie'])
    else:
        body = join('Hello everyone,', 'T4 and RL-1 slips for 2024 will be available in the employee portal from February 25.',
                    'Questions: payroll ext. 2205.', 'Payroll Services')
        subject = 'Tax slips 2024'
    return Mail('payroll', lang, ('Service de la paie' if lang == 'fr' else 'Payroll', 'paie@' + P.CLINIC['domain']),
                [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])], subject, body,
                note='payroll notice')


# ------------------------------------------------------------------ 6 IT notices
def it_notice(ctx, lang):
    r = ctx.r
    d = ctx.future(2, 15)
    kind = r.choice(['downtime', 'phishing', 'password', 'fax', 'teams', 'printer'])
    if lang == 'fr':
        txt = {
            'downtime': f'Le dossier médical électronique (DMÉ) sera indisponible le {P.fr_date(d, True)} de 18 h à 22 h pour une mise à jour. '
                        'Utilisez les formulaires papier de contingence (armoire du poste infirmier) pour les perfusions du soir.',
            'phishing': 'Plusieurs employés ont reçu un courriel frauduleux se faisant passer pour la RAMQ et demandant de « valider vos '
                        'accès ». Ne cliquez pas sur le lien et transférez le message à securite@' + P.CLINIC['domain'] + '.',
            'password': 'Votre mot de passe réseau expire dans 5 jours. Il doit contenir au moins 14 caractères.',
            'fax': 'À compter du 1er avril, les télécopies entrantes du 819 555-0143 seront livrées dans la boîte partagée '
                   '« Télécopies CRPR ». Les télécopieurs papier seront retirés.',
            'teams': 'La migration vers la nouvelle plateforme de visioconférence aura lieu la semaine prochaine. Vos réunions récurrentes '
                     'seront recréées automatiquement.',
            'printer': 'L\'imprimante du 3e (HP-3E-02, no de série CNB8K41177) est en réparation. Utilisez celle du poste infirmier.'}[kind]
        body = join('Bonjour,', txt, 'Merci de votre collaboration,', ctx.sig('lacroix', 'fr'))
        subject = {'downtime': 'Interruption planifiée du DMÉ', 'phishing': 'ALERTE – courriel frauduleux', 'password': 'Expiration du mot de passe',
                   'fax': 'Changement – télécopies entrantes', 'teams': 'Migration visioconférence', 'printer': 'Imprimante 3e étage'}[kind]
    else:
        txt = {
            'downtime': f'The EMR will be unavailable on {P.en_date(d, True)} from 6 pm to 10 pm for an upgrade. Use paper downtime forms.',
            'phishing': 'Several staff received a fake e-mail pretending to be from an insurer asking to "confirm your credentials". '
                        'Do not click; forward it to security.',
            'password': 'Your network password expires in 5 days. Minimum 14 characters.',
            'fax': 'Incoming faxes will be delivered to the shared "CRPR Faxes" mailbox from April 1.',
            'teams': 'Video-conferencing migration next week; recurring meetings will be recreated.',
            'printer': 'The 3rd-floor printer is out for repair; please use the nursing station printer.'}[kind]
        body = join('Hello,', txt, ctx.sig('lacroix', 'en'))
        subject = {'downtime': 'Planned EMR downtime', 'phishing': 'ALERT - phishing e-mail', 'password': 'Password expiry',
                   'fax': 'Incoming fax change', 'teams': 'Video platform migration', 'printer': '3rd floor printer'}[kind]
    return Mail('it_notice', lang, ctx.staff('lacroix', lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])],
                subject, body, mode=r.choice([None, 'alt', 'html']), note='IT notice')


# ------------------------------------------------------------------ 7 facilities
def facilities(ctx, lang):
    r = ctx.r
    kind = r.choice(['parking', 'elevator', 'fridge', 'hvac'])
    if lang == 'fr':
        txt = {'parking': 'Le stationnement P2 sera fermé samedi pour le déneigement. Les vignettes employés sont acceptées au P3.',
               'elevator': 'L\'ascenseur B sera hors service du 3 au 7 mars. Les patients en fauteuil roulant devront utiliser l\'ascenseur A; '
                           'prévoir un délai à l\'arrivée à l\'unité de perfusion.',
               'fridge': 'Le réfrigérateur à médicaments no 2 (actif CRPR-00417) a été remplacé. Les biologiques ont été transférés au frigo no 1 '
                         'pendant l\'intervention; aucune excursion de température.',
               'hvac': 'Travaux de ventilation au 3e étage lundi soir. Odeur possible de peinture mardi matin.'}[kind]
        body = join('Bonjour,', txt, 'Service des installations matérielles\nPoste 2400')
        subject = {'parking': 'Fermeture stationnement P2', 'elevator': 'Ascenseur B hors service', 'fridge': 'Remplacement réfrigérateur no 2',
                   'hvac': 'Travaux – ventilation'}[kind]
    else:
        txt = {'parking': 'Lot P2 closed Saturday for snow removal. Staff permits accepted at P3.',
               'elevator': 'Elevator B out of service March 3-7. Wheelchair users should use elevator A.',
               'fridge': 'Medication fridge #2 (asset CRPR-00417) replaced. No temperature excursion.',
               'hvac': 'Ventilation work on 3rd floor Monday evening.'}[kind]
        body = join('Hello,', txt, 'Facilities\next. 2400')
        subject = {'parking': 'P2 lot closure', 'elevator': 'Elevator B out of service', 'fridge': 'Fridge #2 replacement',
                   'hvac': 'HVAC work'}[kind]
    return Mail('facilities', lang, ('Installations matérielles' if lang == 'fr' else 'Facilities', 'installations@' + P.CLINIC['domain']),
                [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])], subject, body, note='facilities notice')


# ------------------------------------------------------------------ 8 job posting
def job_posting(ctx, lang):
    r = ctx.r
    job = r.choice(['inf', 'pharm', 'sec', 'ts'])
    num = f'CRPR-{r.randint(2024, 2025)}-{r.randint(10, 99)}'
    if lang == 'fr':
        title = {'inf': 'Infirmière ou infirmier clinicien(ne) – unité de perfusion', 'pharm': 'Pharmacien(ne) – biothérapies et liaison',
                 'sec': 'Secrétaire médicale – clinique de rhumatologie', 'ts': 'Travailleuse ou travailleur social(e) – 3 jours/semaine'}[job]
        body = join(f'Affichage {num}', f'# {title}' if False else title,
                    'Le Centre de rhumatologie et de perfusion des Rivières recrute ! Vous travaillerez au sein d\'une équipe '
                    'interdisciplinaire qui accompagne des personnes atteintes de polyarthrite rhumatoïde, de lupus, de spondylarthrite, '
                    'd\'ostéoporose et de goutte.',
                    'Exigences : ' + {'inf': 'BAC en sciences infirmières, membre de l\'OIIQ, expérience en administration de biologiques un atout.',
                                      'pharm': 'Membre de l\'OPQ, expérience en demandes d\'autorisation préalable et médicaments d\'exception.',
                                      'sec': 'DEP en secrétariat médical, maîtrise de l\'anglais écrit.',
                                      'ts': 'Membre de l\'OTSTCFQ.'}[job],
                    f'Faire parvenir votre CV à rh@{P.CLINIC["domain"]} avant le {P.fr_date(ctx.future(10, 30))}.')
        subject = f'Affichage de poste – {title}'
    else:
        title = {'inf': 'Clinical Nurse - Infusion Unit', 'pharm': 'Pharmacist - Biologics & Liaison', 'sec': 'Medical Secretary',
                 'ts': 'Social Worker (0.6 FTE)'}[job]
        body = join(f'Posting {num}', title, 'Join our interdisciplinary team caring for people living with rheumatoid arthritis, lupus, '
                    'spondyloarthritis, osteoporosis and gout.', f'Send your CV to hr@{P.CLINIC["domain"]}.')
        subject = f'Job posting - {title}'
    return Mail('job_posting', lang, ctx.staff('chartrand', lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])],
                subject, body, mode=r.choice([None, 'alt']), note='job posting')


# ------------------------------------------------------------------ 9 committee notice
def committee(ctx, lang):
    r = ctx.r
    d = ctx.future(5, 25)
    kind = r.choice(['pt', 'quality', 'cmdp'])
    if lang == 'fr':
        name = {'pt': 'Comité de pharmacologie', 'quality': 'Comité qualité et gestion des risques', 'cmdp': 'Assemblée du CMDP'}[kind]
        items = {'pt': ['Adoption de l\'ordre du jour', 'Transition vers les biosimilaires du rituximab – bilan à 6 mois',
                        'Protocole de prémédication pour le tocilizumab IV (révision)', 'Ruptures d\'approvisionnement : méthotrexate injectable',
                        'Varia'],
                 'quality': ['Suivi des déclarations d\'incidents (données agrégées T3)', 'Audit des doubles vérifications des doses',
                             'Plan d\'action – réactions aux perfusions', 'Varia'],
                 'cmdp': ['Nominations', 'Rapport du comité d\'examen des titres', 'Ordonnances collectives – acide zolédronique', 'Varia']}[kind]
        body = join('Bonjour,', f'Vous êtes convoqués à la prochaine rencontre du {name} le {P.fr_date(d, True)} à 12 h, salle 3.14 '
                    '(ou par visioconférence).', 'Ordre du jour :\n' + '\n'.join(f'{i + 1}. {x}' for i, x in enumerate(items)),
                    'Le dîner sera servi.', ctx.sig('dufour', 'fr'))
        subject = f'Convocation – {name}'
    else:
        name = {'pt': 'Pharmacy & Therapeutics Committee', 'quality': 'Quality & Risk Committee', 'cmdp': 'Medical Staff Assembly'}[kind]
        items = ['Approval of agenda', 'Rituximab biosimilar transition - 6-month review', 'Tocilizumab IV premedication protocol', 'Other business']
        body = join('Hello,', f'The next {name} meeting is on {P.en_date(d, True)} at noon, room 3.14 or online.',
                    'Agenda:\n' + '\n'.join(f'{i + 1}. {x}' for i, x in enumerate(items)), ctx.sig('dufour', 'en'))
        subject = f'Meeting notice - {name}'
    return Mail('committee_notice', lang, ctx.staff('dufour', lang), [ctx.staff(k, lang) for k in r.sample(DOCS, 3)] + [ctx.staff('menard', lang)],
                subject, body, note='committee meeting notice and agenda')


# ------------------------------------------------------------------ 10 staff meeting invite
def staff_meeting_ics(ctx, lang):
    r = ctx.r
    d = ctx.future(3, 20)
    start = datetime.datetime(d.year, d.month, d.day, r.choice([7, 12, 16]), 30)
    end = start + datetime.timedelta(hours=1)
    summary = r.choice(['Réunion d\'équipe – unité de perfusion', 'Caucus hebdomadaire', 'Rencontre interdisciplinaire']) if lang == 'fr' \
        else r.choice(['Infusion unit team meeting', 'Weekly huddle'])
    desc = ('Ordre du jour : horaire d\'été, nouvelles pompes, rappel sur la double vérification.' if lang == 'fr'
            else 'Agenda: summer schedule, new pumps, double-check reminder.')
    att = [ctx.staff(k, lang) for k in NURSES]
    ics = F.make_ics(f'meet-{ctx.idx}@{P.CLINIC["domain"]}', start, end, summary, desc, 'Salle 3.14', organizer=ctx.staff('dube', lang), attendees=att)
    body = join(ctx.hello(lang), desc, ctx.sig('dube', lang))
    return Mail('staff_meeting', lang, ctx.staff('dube', lang), att, ('Invitation : ' if lang == 'fr' else 'Invitation: ') + summary, body,
                atts=[Att('invite.ics', 'ics', ics)], note='staff meeting invitation')


# ------------------------------------------------------------------ 11 training
def training(ctx, lang):
    r = ctx.r
    d = ctx.future(7, 30)
    topic_fr = r.choice(['Reconnaître et gérer les réactions aux perfusions de biologiques', 'Simulation d\'anaphylaxie',
                         'Nouvelle pompe volumétrique Perfusa VP-300 : formation obligatoire', 'Administration du pegloticase : protocole mis à jour'])
    topic_en = r.choice(['Recognising and managing biologic infusion reactions', 'Anaphylaxis simulation', 'New Perfusa VP-300 pump: mandatory training'])
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), f'Formation : « {topic_fr} »', f'Date : {P.fr_date(d, True)}, 13 h à 15 h, salle 3.14.\n'
                    f'Formatrice : {_n("dube")}, infirmière-chef, et {P.staff_name("obrien", "fr")}.',
                    'Inscription obligatoire auprès de votre gestionnaire. Heures reconnues pour la formation continue (2 h).', ctx.sig('dube', 'fr'))
        subject = f'Formation – {topic_fr}'
    else:
        body = join(ctx.hello('en', 'all'), f'Training: "{topic_en}"', f'{P.en_date(d, True)}, 1-3 pm, room 3.14. Presenters: Isabelle Dubé '
                    f'and {P.staff_name("obrien", "en")}.', '2 hours of continuing education credit.', ctx.sig('dube', 'en'))
        subject = f'Training - {topic_en}'
    return Mail('training', lang, ctx.staff('dube', lang), [ctx.staff(k, lang) for k in NURSES], subject, body, note='staff training notice')


# ------------------------------------------------------------------ 12 social event
def social_event(ctx, lang):
    r = ctx.r
    g, s = r.choice(OTHER_STAFF)
    d = ctx.future(7, 30)
    if lang == 'fr':
        body = join('Bonjour à tous,', f'Après {r.randint(22, 35)} ans parmi nous, {g} {s} prend sa retraite! Joignez-vous à nous pour un 5 à 7 '
                    f'le {P.fr_date(d, True)} au Bistro des Forges.', f'Contribution pour le cadeau : 10 $ auprès de {_n("marchand")}.',
                    'Au plaisir!')
        subject = r.choice([f'5 à 7 – retraite de {g}', 'Party de retraite!', 'Invitation – départ à la retraite'])
    else:
        body = join('Hi everyone,', f'{g} {s} is retiring after {r.randint(22, 35)} years! Join us on {P.en_date(d, True)} at 5 pm.',
                    'Gift collection: $10 to Sophie.')
        subject = f'Retirement party - {g}'
    return Mail('social_event', lang, ctx.staff('marchand', lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])],
                subject, body, mode=r.choice(['html', 'alt', None]), note='staff social event')


# ------------------------------------------------------------------ 13 staff / supplier vCard
def staff_vcard(ctx, lang):
    r = ctx.r
    kind = r.choice(['rep', 'new'])
    if kind == 'rep':
        vcf = F.make_vcard('Rachel', 'Ducharme', org='MédiDistribution Québec inc.', title='Représentante, produits de perfusion',
                           tel='1 800 555-0111', email='rducharme@medidistribution.example', tel_type='WORK')
        body = join(ctx.hello(lang), 'Coordonnées de notre nouvelle représentante pour les tubulures et filtres.' if lang == 'fr'
                    else 'Contact card of our new rep for tubing and filters.', ctx.sig('mercier', lang))
        fname = 'Rachel Ducharme.vcf'
        to = [ctx.staff('dube', lang)]
        sender = ctx.staff('mercier', lang)
    else:
        g, s = r.choice(OTHER_STAFF)
        vcf = F.make_vcard(g, s, org=P.CLINIC['fr'], title='Infirmière auxiliaire' if lang == 'fr' else 'Nursing assistant',
                           tel='819 555-0147 poste 2317', email=f'{g.lower()[0]}{s.lower()}@{P.CLINIC["domain"]}', tel_type='WORK')
        body = join(ctx.hello(lang, 'à tous' if lang == 'fr' else 'all'), f'Bienvenue à {g} qui se joint à l\'équipe de perfusion lundi!'
                    if lang == 'fr' else f'Please welcome {g}, joining the infusion team on Monday!', ctx.sig('dube', lang))
        fname = f'{g} {s}.vcf'
        to = [ctx.staff(k, lang) for k in NURSES]
        sender = ctx.staff('dube', lang)
    return Mail('contact_card', lang, sender, to, 'Coordonnées' if lang == 'fr' else 'Contact details', body,
                atts=[Att(fname, 'vcf', vcf)], note='vCard of a staff member or supplier')


# ------------------------------------------------------------------ 14 administrative thread with quoted history
def admin_thread(ctx, lang):
    r = ctx.r
    a, b = r.sample(['marchand', 'charbonneau', 'beaulieu', 'dube', 'mercier'], 2)
    topic = r.choice(['room', 'supplies', 'schedule'])
    when = earlier(ctx, 2, 48)
    if lang == 'fr':
        old = {'room': 'Est-ce que la salle 3.14 est libre jeudi midi pour le dîner-conférence du fournisseur?',
               'supplies': 'Il ne reste que 2 boîtes de tubulures avec filtre 0,2 µm. Peux-tu relancer la commande?',
               'schedule': 'Peut-on ouvrir une 9e chaise le mardi à partir d\'avril? La liste d\'attente pour les perfusions est à 6 semaines.'}[topic]
        new = {'room': 'Oui, réservée de 11 h 30 à 13 h 30. Pense à aviser l\'accueil pour le traiteur.',
               'supplies': 'Commande relancée, livraison prévue mercredi (bon de commande 4500183312).',
               'schedule': 'Possible si on obtient une infirmière de plus. Je le mets à l\'ordre du jour du comité de gestion.'}[topic]
        subj = {'room': 'Salle 3.14 jeudi', 'supplies': 'Tubulures', 'schedule': '9e chaise'}[topic]
        body = join(new, P.STAFF[b][0], quote(r, 'fr', ctx.staff(a, 'fr'), when, _n(b), subj, join('Bonjour,', old, P.STAFF[a][0])))
        subject = 'RE: ' + subj
    else:
        old = {'room': 'Is room 3.14 free Thursday at noon for the vendor lunch-and-learn?',
               'supplies': 'Only 2 boxes of 0.2 micron filter tubing left. Can you chase the order?',
               'schedule': 'Could we open a 9th chair on Tuesdays from April? Infusion wait list is 6 weeks.'}[topic]
        new = {'room': 'Yes, booked 11:30-1:30.', 'supplies': 'Order chased, delivery Wednesday (PO 4500183312).',
               'schedule': 'Possible with one more nurse. Adding it to the management agenda.'}[topic]
        subj = {'room': 'Room 3.14 Thursday', 'supplies': 'Tubing', 'schedule': '9th chair'}[topic]
        body = join(new, P.STAFF[b][0], quote(r, 'en', ctx.staff(a, 'en'), when, _n(b), subj, join('Hi,', old, P.STAFF[a][0])))
        subject = 'RE: ' + subj
    return Mail('admin_thread', lang, ctx.staff(b, lang), [ctx.staff(a, lang)], subject, body, reply=True, note='administrative reply thread')


# ------------------------------------------------------------------ 15 chair assignment template (staff only)
def chair_assignment(ctx, lang='fr'):
    r = ctx.r
    d = ctx.future(3, 10)
    rows = [['Jour', 'Chaises 1-4', 'Chaises 5-8', 'Pivot / triage', 'Pause']]
    for i in range(5):
        day = d + datetime.timedelta(days=i)
        n = r.sample(NURSES, 4)
        rows.append([P.DAYS_FR[day.weekday()] + ' ' + day.isoformat(), _n(n[0]), _n(n[1]), _n(n[2]), _n(n[3])])
    body = join(ctx.hello('fr', 'l\'équipe'), 'Assignation des infirmières par bloc de chaises pour la semaine prochaine.',
                ctx.sig('dube', 'fr'))
    return Mail('staff_assignment', 'fr', ctx.staff('dube', 'fr'), [ctx.staff(k, 'fr') for k in NURSES],
                'Assignation semaine prochaine', body, atts=[Att('assignation.xlsx', 'xlsx', F.make_xlsx([('Semaine', rows)]))],
                note='nurse assignment to chair blocks (staff only)')
