# -*- coding: utf-8 -*-
"""Negative templates, part 2: IT, facilities, jobs, committees, vendors, logs, policies."""
import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import cg_data as D
import cg_ids as I
import cg_mime as M
from cg_pos1 import _inst
from cg_neg1 import _all_doctors, TALKS


def n_it_notice(c):
    kind = c.pick(['downtime', 'password', 'pacs', 'phishing'])
    txt = {
        'downtime': c.T('Le dossier patient électronique (DPE) sera indisponible le %s de 22 h à 2 h pour mise à niveau. '
                        'Utilisez les formulaires papier de contingence; la saisie rétroactive sera requise.',
                        'The electronic patient record (EPR) will be unavailable on %s from 22:00 to 02:00 for an upgrade. '
                        'Use downtime paper forms; back-entry will be required.'),
        'password': c.T('Votre mot de passe réseau expirera le %s. Changez-le via https://motdepasse.chuvdc.example. '
                        'Le service TI ne vous demandera jamais votre mot de passe par courriel.',
                        'Your network password expires on %s. Change it at https://password.chuvdc.example. IT will never '
                        'ask for your password by e-mail.'),
        'pacs': c.T('Le nouveau module d\'imagerie ophtalmique (OCT, rétinographies) sera branché au PACS le %s. '
                    'Les examens antérieurs seront migrés durant la fin de semaine.',
                    'The new ophthalmic imaging module (OCT, fundus photos) goes live in PACS on %s. Prior exams will be migrated over the weekend.'),
        'phishing': c.T('Alerte : un courriel frauduleux « Mise à jour de votre NAS » circule depuis le %s. Ne cliquez pas sur le lien '
                        'et signalez-le à securite@chuvdc.example.',
                        'Alert: a fraudulent "Update your SIN" e-mail has been circulating since %s. Do not click and report to '
                        'security@chuvdc.example.')}[kind] % c.d(c.later(1, 14))
    body = [('p', c.greeting()), ('p', txt), ('p', c.T('Billet de référence : INC%07d', 'Ticket: INC%07d') % c.rng.randint(100000, 9999999)),
            ('sig', [c.T('Centre de services TI', 'IT Service Desk'), _inst(c, 'chu'), c.T('Poste 5555', 'Ext. 5555')])]
    return dict(category='it_notice', frm=c.generic_box('chu', 'servicedesk', 'servicedesk'), to=c.generic_box('chu', 'tous', 'all'),
                subject=c.T('[TI] ', '[IT] ') + {'downtime': c.T('Interruption DPE', 'EPR downtime'), 'password': c.T('Expiration mot de passe', 'Password expiry'),
                                                  'pacs': 'PACS', 'phishing': c.T('Hameçonnage', 'Phishing')}[kind],
                blocks=body, note='IT notice')


def n_facilities(c):
    txt = c.pick([c.T('Travaux de ventilation au 3e étage (cliniques ORL et dermatologie) du %s au %s. Les salles 3.12 à 3.18 seront fermées.',
                      'HVAC work on the 3rd floor (ENT and dermatology clinics) from %s to %s. Rooms 3.12 to 3.18 will be closed.'),
                  c.T('L\'ascenseur B sera hors service du %s au %s. Prévoir de l\'aide pour la clientèle à mobilité réduite.',
                      'Elevator B will be out of service from %s to %s. Plan assistance for reduced-mobility clients.'),
                  c.T('Le stationnement P2 sera repeint du %s au %s. Les vignettes du personnel sont valides au P4.',
                      'Parking P2 will be repainted from %s to %s. Staff permits are valid in P4.')])
    d1 = c.later(2, 30)
    body = [('p', c.greeting()), ('p', txt % (c.d(d1), c.d(d1 + datetime.timedelta(days=c.rng.randint(1, 10))))),
            ('sig', [c.T('Services techniques', 'Facilities'), _inst(c, c.pick(['chu', 'hsr'])), 'Tél. 450-555-0199'])]
    return dict(category='facilities', frm=c.generic_box('chu', 'services.techniques', 'facilities'), to=c.generic_box('chu', 'cliniques', 'clinics'),
                subject=c.T('Avis de travaux', 'Works notice'), blocks=body, note='facilities notice')


def n_job_posting(c):
    job = c.pick([('Infirmière clinicienne / infirmier clinicien — clinique d\'allergie', 'Clinical nurse - allergy clinic'),
                  ('Orthoptiste — ophtalmologie', 'Orthoptist - ophthalmology'), ('Audiologiste — ORL', 'Audiologist - ENT'),
                  ('Hygiéniste dentaire — chirurgie buccale', 'Dental hygienist - oral surgery'),
                  ('Agent(e) administratif(ve) classe 2 — centrale de rendez-vous', 'Administrative agent - central booking')])
    body = [('p', c.T('AFFICHAGE DE POSTE no %d-%03d', 'JOB POSTING #%d-%03d') % (2024, c.rng.randint(1, 400))),
            ('p', job[0] if c.fr else job[1]),
            ('list', [c.T('Poste permanent, temps complet, jour', 'Permanent, full time, days'),
                      c.T('Échelle salariale : 27,08 $ à 47,98 $/h', 'Salary: $27.08 to $47.98/h'),
                      c.T('Expérience en clinique externe un atout (glaucome, immunothérapie, audiométrie)',
                          'Outpatient experience an asset (glaucoma, immunotherapy, audiometry)'),
                      c.T('Date limite : ', 'Deadline: ') + c.d(c.later(10, 30))]),
            ('p', c.T('Postuler : carrieres@chuvdc.example', 'Apply: careers@chuvdc.example')),
            ('sig', [c.T('Ressources humaines', 'Human Resources'), _inst(c, 'chu')])]
    return dict(category='job_posting', frm=c.generic_box('chu', 'carrieres', 'careers'), to=c.generic_box('chu', 'tous', 'all'),
                subject=c.T('Affichage : ', 'Posting: ') + (job[0] if c.fr else job[1]), blocks=body, mode=c.pick(['html', 'alt', 'plain']),
                note='job posting')


def n_committee_notice(c):
    sec = c.clerk('chu')
    items = c.rng.sample([c.T('Ajout au formulaire : dupilumab (dermatite atopique sévère)', 'Formulary addition: dupilumab (severe atopic dermatitis)'),
                          c.T('Révision : protocole d\'immunothérapie accélérée au venin', 'Review: rush venom immunotherapy protocol'),
                          c.T('Pénurie de latanoprost : substitution par bimatoprost', 'Latanoprost shortage: switch to bimatoprost'),
                          c.T('Ordonnance collective : amoxicilline prophylactique en chirurgie buccale', 'Medical directive: prophylactic amoxicillin in oral surgery'),
                          c.T('Bilan des événements indésirables — T2 (agrégé)', 'Adverse events summary - Q2 (aggregate)'),
                          c.T('Omalizumab : critères de renouvellement', 'Omalizumab: renewal criteria')], 4)
    d = c.later(5, 30)
    body = [('p', c.T('Comité de pharmacologie — réunion du %s, 12 h, salle du conseil' % c.d(d, 'long'),
                      'Pharmacy & Therapeutics Committee - meeting on %s, 12:00, boardroom' % c.d(d, 'long'))),
            ('p', c.T('Ordre du jour :', 'Agenda:')), ('list', items, '1.'),
            ('p', c.T('Documents sur SharePoint. Quorum requis.', 'Documents on SharePoint. Quorum required.')), ('sig', c.sig(sec))]
    return dict(category='committee_notice', frm=sec['addr'], to=c.generic_box('chu', 'comite.pharmaco', 'pt.committee'),
                subject=c.T('Ordre du jour - Comité de pharmacologie', 'Agenda - P&T Committee'), blocks=body, note='committee agenda')


def n_physician_directory(c):
    docs = _all_doctors(c)
    rows = []
    interests = {'oph': c.T('glaucome, cataracte, rétine', 'glaucoma, cataract, retina'), 'ent': c.T('otologie, sinus, voix', 'otology, sinus, voice'),
                 'derm': c.T('mélanome, psoriasis, acné', 'melanoma, psoriasis, acne'), 'dent': c.T('dents de sagesse, ONM, kystes', 'third molars, MRONJ, cysts'),
                 'allg': c.T('anaphylaxie, urticaire, allergies médicamenteuses', 'anaphylaxis, urticaria, drug allergy')}
    for d in c.rng.sample(docs, 6):
        rows.append([d['formal'], interests[d['spec']], _inst(c, d['inst']), D.INST[d['inst']]['tel']])
    body = [('p', c.greeting()),
            ('p', c.T('Répertoire à jour des médecins acceptant les références des cliniques privées :',
                      'Updated directory of physicians accepting private-clinic referrals:')),
            ('table', c.T(['Médecin', 'Intérêts cliniques', 'Établissement', 'Téléphone'], ['Physician', 'Clinical interests', 'Site', 'Phone']), rows),
            ('sig', c.sig(c.manager(0)))]
    d0 = docs[0]
    vcf = M.vcf_bytes([dict(fn=d0['formal'], n=(d0['surname'], d0['given']), org=_inst(c, d0['inst']), title=d0['role'],
                            work=D.INST[d0['inst']]['tel'], email=d0['email'])])
    atts = [(vcf, 'text/vcard', 'marchand.vcf')] if c.chance(0.5) else []
    return dict(category='physician_directory', frm=c.manager(0)['addr'], to=c.generic_box(c.pick(['vis', 'orl', 'derm', 'dent', 'allg']), 'info', 'info'),
                subject=c.T('Répertoire des médecins répondants', 'Physician referral directory'), blocks=body, attachments=atts,
                note='physicians with diseases they treat')


def n_vendor_product(c):
    v = c.pick(D.VENDORS)
    rep = c.pick(['Mélissa Arsenault', 'Jordan Price', 'Yannick Dubé'])
    doc = c.staff()
    prod = c.pick([c.T('notre nouveau tonomètre sans contact, idéal pour le dépistage du glaucome', 'our new non-contact tonometer, ideal for glaucoma screening'),
                   c.T('la nouvelle génération d\'aides auditives rechargeables pour la surdité légère à sévère', 'new rechargeable hearing aids for mild to severe loss'),
                   c.T('notre scanner intra-oral pour la planification des extractions de troisièmes molaires', 'our intraoral scanner for third molar extraction planning'),
                   c.T('le dermatoscope connecté pour le suivi photographique des nævus', 'the connected dermatoscope for mole mapping')])
    body = [('p', c.greeting(doc)),
            ('p', c.T('Je me permets de vous présenter %s. Je serai de passage à votre clinique le %s avec un appareil de démonstration '
                      '(no de série démo %s).' % (prod, c.d(c.later(5, 30)), I.luhn_serial(c.rng, 9)),
                      'I would like to introduce %s. I will be at your clinic on %s with a demo unit (demo serial %s).'
                      % (prod, c.d(c.later(5, 30)), I.luhn_serial(c.rng, 9)))),
            ('sig', [rep, c.T('Représentant(e) territorial(e)', 'Territory representative'), v['name'], v['tel']])]
    return dict(category='vendor_product', frm='%s <%s@%s>' % (rep, rep.split()[0].lower().replace('é', 'e'), v['dom']), to=doc['addr'],
                subject=c.T('Démonstration - ', 'Demo - ') + v['name'], blocks=body, mode=c.pick(['html', 'alt']), note='vendor marketing')


def n_sterilization_log(c):
    tech = c._person_dict('Robert', 'Lemay', 'M', 'dent', ('technicien en stérilisation', 'sterilization technician'))
    rows = [c.T(['date', 'cycle', 'autoclave', 'charge', 'indicateur_bio', 'resultat', 'tech'], ['date', 'cycle', 'autoclave', 'load', 'bio_indicator', 'result', 'tech'])]
    for i in range(c.rng.randint(8, 16)):
        rows.append([(c.today - datetime.timedelta(days=i)).isoformat(), '%06d' % c.rng.randint(10000, 999999),
                     c.pick(['AC-01', 'AC-02', 'STATIM-3']), I.luhn_serial(c.rng, 10), 'BI-%05d' % c.rng.randint(1, 99999),
                     c.pick(['conforme', 'conforme', 'conforme', 'non conforme - recyclé']) if c.fr else c.pick(['pass', 'pass', 'pass', 'fail - reprocessed']), 'RL'])
    data = M.csv_bytes(rows, delimiter=c.pick([',', ';']))
    body = [('p', c.greeting()), ('p', c.T('Registre de stérilisation des deux dernières semaines pour l\'audit d\'agrément.',
                                           'Sterilization log for the last two weeks for the accreditation audit.')), ('sig', c.sig(tech))]
    return dict(category='sterilization_log', frm=tech['addr'], to=c.manager(0)['addr'], subject=c.T('Registre stérilisation', 'Sterilization log'),
                blocks=body, attachments=[(data, 'text/csv', 'registre_sterilisation.csv')], note='sterilizer cycle log')


def n_supply_order(c):
    nurse = c.nurse()
    buyer = c.manager(3)
    items = c.rng.sample([('Lidocaïne 2 % avec épinéphrine, carpules', 'Lidocaine 2% with epinephrine, cartridges'),
                          ('Sutures Vicryl 4-0', 'Vicryl 4-0 sutures'), ('Fluorescéine bandelettes', 'Fluorescein strips'),
                          ('Tétracaïne 0,5 % gouttes', 'Tetracaine 0.5% drops'), ('Spéculums d\'oreille jetables', 'Disposable ear specula'),
                          ('Poinçons à biopsie 4 mm', '4 mm biopsy punches'), ('Épinéphrine 1 mg/mL ampoules', 'Epinephrine 1 mg/mL ampoules'),
                          ('Extraits allergéniques - bouleau', 'Allergen extract - birch')], 5)
    rows = [[fr if c.fr else en, 'CAT-%05d' % c.rng.randint(1, 99999), str(c.rng.randint(2, 40)), 'LOT %s' % I.luhn_serial(c.rng, 8)] for fr, en in items]
    body = [('p', c.greeting(buyer)), ('p', c.T('Commande hebdomadaire de la clinique :', 'Weekly clinic order:')),
            ('table', c.T(['Article', 'Code', 'Qté', 'Dernier lot'], ['Item', 'Code', 'Qty', 'Last lot']), rows, c.pick(['pipe', 'tab', 'pad'])),
            ('sig', c.sig(nurse))]
    return dict(category='supply_order', frm=nurse['addr'], to=buyer['addr'], subject=c.T('Commande fournitures', 'Supply order'),
                blocks=body, note='supply order with lot numbers')


def n_meeting_ics(c):
    org = c.manager(c.pick([0, 2]))
    d = c.later(2, 20)
    start = datetime.datetime.combine(d, datetime.time(c.pick([7, 12, 16]), 30))
    topic = c.pick([c.T('Réunion d\'équipe - cliniques externes', 'Team meeting - outpatient clinics'),
                    c.T('Comité de gestion des listes d\'attente', 'Wait list management committee'),
                    c.T('Rencontre avec les cliniques privées partenaires', 'Meeting with partner private clinics')])
    ics = M.ics_bytes([dict(uid='mtg-%s@%s' % (c.tag, D.INST[org['inst']]['dom']), start=start, end=start + datetime.timedelta(hours=1),
                            summary=topic, description=c.T('Ordre du jour à venir. Lien Teams dans l\'invitation.', 'Agenda to follow. Teams link in invite.'),
                            location=c.T('Salle 2.104', 'Room 2.104'), organizer=org['email'])])
    body = [('p', c.greeting()), ('p', topic + ' — ' + c.d(d, 'long') + start.strftime(' %H:%M')), ('sig', c.sig(org, short=True))]
    return dict(category='meeting_ics', frm=org['addr'], to=c.generic_box(org['inst'], 'equipe', 'team'), subject=c.T('Invitation : ', 'Invitation: ') + topic,
                blocks=body, attachments=[(ics, 'text/calendar', 'invite.ics')], note='staff meeting invitation')


def n_policy_zip(c):
    mgr = c.manager(0)
    files = []
    for fr, en in c.rng.sample([('Politique consentement photos cliniques', 'Clinical photography consent policy'),
                                ('Hygiène des mains', 'Hand hygiene'), ('Gestion des listes d\'attente', 'Wait list management'),
                                ('Transmission sécurisée des renseignements', 'Secure information transfer'),
                                ('Trousse d\'anaphylaxie - vérification', 'Anaphylaxis kit checks')], 3):
        title = fr if c.fr else en
        files.append((title.replace(' ', '_').replace("'", '') + '.pdf',
                      M.pdf_bytes(title, [c.T('Version 2024-01. Approuvée par la direction.', 'Version 2024-01. Approved by management.'),
                                          c.T('Portée : tout le personnel des cliniques externes.', 'Scope: all outpatient clinic staff.')])))
    z = M.zip_bytes(files)
    body = [('p', c.greeting()), ('p', c.T('Politiques révisées en pièce jointe. Merci d\'en prendre connaissance avant le %s.',
                                           'Revised policies attached. Please read before %s.') % c.d(c.later(10, 30))), ('sig', c.sig(mgr))]
    return dict(category='policy_zip', frm=mgr['addr'], to=c.generic_box('chu', 'cliniques', 'clinics'), subject=c.T('Politiques révisées', 'Revised policies'),
                blocks=body, attachments=[(z, 'application/zip', 'politiques_2024.zip')], note='policy documents ZIP')


def n_protocol_update(c):
    doc = c.staff('allg', 'chu')
    body = [('p', c.greeting()),
            ('p', c.T('Mise à jour du protocole d\'immunothérapie sous-cutanée :', 'Update to the subcutaneous immunotherapy protocol:')),
            ('list', [c.T('Observation post-injection : 30 minutes (inchangé)', 'Post-injection observation: 30 minutes (unchanged)'),
                      c.T('Ne pas injecter si DEP < 80 % de la valeur personnelle', 'Hold if PEF < 80% of personal best'),
                      c.T('Épinéphrine 0,01 mg/kg IM (max 0,5 mg) en cas de réaction systémique', 'Epinephrine 0.01 mg/kg IM (max 0.5 mg) for systemic reaction'),
                      c.T('Bêtabloquants : contre-indication relative, discuter avec l\'allergologue', 'Beta-blockers: relative contraindication, discuss with allergist')]),
            ('sig', c.sig(doc))]
    return dict(category='protocol_update', frm=doc['addr'], to=c.generic_box('chu', 'inf.allergie', 'allergy.nurses'),
                subject=c.T('Protocole ITSC - mise à jour', 'SCIT protocol update'), blocks=body, note='clinical protocol, no patient')


def n_journal_club(c):
    res = c._person_dict(c.pick(['Léa', 'Arjun', 'Camille']), c.pick(['Beaudoin', 'Mehta', 'Charron']), 'F', 'chu', ('résidente R3', 'PGY-3 resident'))
    art = c.pick([('Faricimab vs aflibercept dans la DMLA néovasculaire', 'Faricimab vs aflibercept in neovascular AMD'),
                  ('Dupilumab dans la polypose nasosinusienne : essai SINUS-52', 'Dupilumab in CRSwNP: SINUS-52'),
                  ('Introduction précoce des arachides : suivi LEAP', 'Early peanut introduction: LEAP follow-up'),
                  ('Antibioprophylaxie et extraction de troisièmes molaires : méta-analyse', 'Antibiotic prophylaxis in third molar surgery: meta-analysis')])
    body = [('p', c.greeting()), ('p', c.T('Club de lecture jeudi 12 h : « %s ». Pizza fournie.' % art[0], 'Journal club Thursday noon: "%s". Pizza provided.' % art[1])),
            ('p', c.T('Questions : validité externe, taille d\'effet (NNT 7?), applicabilité à notre clientèle.',
                      'Questions: external validity, effect size (NNT 7?), applicability to our population.')), ('sig', c.sig(res))]
    return dict(category='journal_club', frm=res['addr'], to=c.generic_box('chu', 'residents', 'residents'), subject=c.T('Club de lecture', 'Journal club'),
                blocks=body, note='journal club')


def n_billing_codes(c):
    mgr = c.manager(0)
    rows = [['%05d' % c.rng.randint(1000, 9999), fr if c.fr else en, '%.2f' % (c.rng.randint(2000, 40000) / 100)] for fr, en in
            c.rng.sample([('Injection intravitréenne', 'Intravitreal injection'), ('Tympanométrie', 'Tympanometry'),
                          ('Biopsie cutanée', 'Skin biopsy'), ('Extraction dent incluse', 'Impacted tooth extraction'),
                          ('Tests cutanés (série)', 'Skin prick tests (panel)'), ('Laryngoscopie flexible', 'Flexible laryngoscopy')], 4)]
    body = [('p', c.greeting()), ('p', c.T('Modifications des codes de facturation RAMQ en vigueur le 1er avril :',
                                           'RAMQ billing code changes effective April 1:')),
            ('table', c.T(['Code', 'Acte', 'Tarif ($)'], ['Code', 'Service', 'Fee ($)']), rows), ('sig', c.sig(mgr))]
    return dict(category='billing_codes', frm=mgr['addr'], to=c.generic_box('chu', 'medecins.cliniques', 'clinic.physicians'),
                subject=c.T('Codes de facturation - avril', 'Billing codes - April'), blocks=body, note='billing codes, no patient')


def n_quality_indicators(c):
    mgr = c.manager(0)
    head = c.T(['Indicateur', 'T1', 'T2', 'T3', 'Cible'], ['Indicator', 'Q1', 'Q2', 'Q3', 'Target'])
    rows = [[c.T('Taux d\'absence (%)', 'No-show rate (%)'), 8.1, 7.4, 6.9, 6.0],
            [c.T('Délai médian 1re consultation (j)', 'Median wait 1st visit (d)'), 96, 88, 91, 60],
            [c.T('Endophtalmies post-IVT (n)', 'Post-IVT endophthalmitis (n)'), 0, 1, 0, 0],
            [c.T('Réactions systémiques ITSC (n)', 'SCIT systemic reactions (n)'), 2, 1, 3, 0],
            [c.T('Infections post-extraction (%)', 'Post-extraction infections (%)'), 1.2, 0.9, 1.1, 1.0]]
    x = M.xlsx_bytes([(c.T('Indicateurs', 'Indicators'), [head] + rows)])
    body = [('p', c.greeting()), ('p', c.T('Indicateurs qualité trimestriels ci-joints pour le comité.', 'Quarterly quality indicators attached for the committee.')),
            ('sig', c.sig(mgr))]
    return dict(category='quality_indicators', frm=mgr['addr'], to=c.generic_box('chu', 'comite.qualite', 'quality.committee'),
                subject=c.T('Indicateurs qualité', 'Quality indicators'), blocks=body,
                attachments=[(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'indicateurs_T3.xlsx')], note='aggregate indicators')


def n_survey_results(c):
    mgr = c.manager(c.pick([0, 2]))
    comments = c.rng.sample([c.T('« Attente trop longue à la salle d\'attente de l\'ophtalmo »', '"Waited too long in the eye clinic"'),
                             c.T('« Personnel très gentil à la clinique d\'allergie »', '"Very kind staff at the allergy clinic"'),
                             c.T('« Difficile de joindre la centrale de rendez-vous »', '"Hard to reach central booking"'),
                             c.T('« Le stationnement est trop cher »', '"Parking is too expensive"'),
                             c.T('« Explications claires sur ma chirurgie »', '"Clear explanations about my surgery"')], 3)
    body = [('p', c.greeting()),
            ('p', c.T('Sondage de satisfaction (n = %d répondants, anonyme) : satisfaction globale %d %%.', 'Satisfaction survey (n = %d respondents, anonymous): overall satisfaction %d%%.')
             % (c.rng.randint(180, 900), c.rng.randint(78, 94))),
            ('list', comments), ('sig', c.sig(mgr))]
    return dict(category='survey_results', frm=mgr['addr'], to=c.generic_box(mgr['inst'], 'equipe', 'team'),
                subject=c.T('Résultats du sondage', 'Survey results'), blocks=body, note='anonymous survey aggregates')


def n_student_rotation(c):
    coord = c._person_dict('Sandrine', 'Proulx', 'F', 'chu', ('coordonnatrice de l\'enseignement', 'education coordinator'))
    names = ['BEAUDOIN Léa', 'MEHTA Arjun', 'CHARRON Camille', 'NGUYEN Tuan', 'OKAFOR Chidi', 'LAPIERRE Félix']
    rows = [[n, D.SPECIALTY[c.pick(sorted(D.SPECIALTY))]['fr' if c.fr else 'en'], c.d(c.later(1, 10), 'iso'), c.d(c.later(20, 40), 'iso')]
            for n in c.rng.sample(names, 4)]
    body = [('p', c.greeting()), ('p', c.T('Stages des résidents en cliniques externes (période 9) :', 'Resident rotations in outpatient clinics (block 9):')),
            ('table', c.T(['Résident(e)', 'Service', 'Début', 'Fin'], ['Resident', 'Service', 'Start', 'End']), rows, c.pick(['pad', 'pipe'])),
            ('sig', c.sig(coord))]
    return dict(category='student_rotation', frm=coord['addr'], to=c.generic_box('chu', 'cliniques', 'clinics'), subject=c.T('Stages période 9', 'Block 9 rotations'),
                blocks=body, note='resident rotation roster')


def n_conference_registration(c):
    who = c.staff()
    conf = c.pick([('Congrès québécois d\'ophtalmologie 2024', 'cqo2024.example'), ('Canadian ENT Update', 'entupdate.example'),
                   ('Journées dermatologiques de Montréal', 'jdm2024.example'), ('Forum en allergie pédiatrique', 'forum-allergie.example')])
    reg = 'REG-%s' % I.luhn_serial(c.rng, 9)
    body = [('p', c.T('Bonjour %s,' % who['formal'], 'Dear %s,' % who['formal'])),
            ('p', c.T('Votre inscription au %s est confirmée. Numéro d\'inscription : %s. Restriction alimentaire notée : végétarien.' % (conf[0], reg),
                      'Your registration for %s is confirmed. Registration number: %s. Dietary restriction noted: vegetarian.' % (conf[0], reg))),
            ('p', c.T('Hôtel : tarif de groupe jusqu\'au %s, code CQO24.', 'Hotel: group rate until %s, code CQO24.') % c.d(c.later(10, 30))),
            ('sig', [conf[0], 'inscription@' + conf[1], '1-888-555-0175'])]
    return dict(category='conference_registration', frm='%s <inscription@%s>' % (conf[0], conf[1]), to=who['addr'],
                subject=c.T('Confirmation d\'inscription ', 'Registration confirmation ') + reg, blocks=body, mode=c.pick(['html', 'alt']),
                note='staff conference registration')


def n_call_for_abstracts(c):
    body = [('p', c.T('APPEL DE RÉSUMÉS', 'CALL FOR ABSTRACTS')),
            ('p', c.T('Soumettez vos travaux (recherche clinique, cas cliniques anonymisés, amélioration de la qualité) en ophtalmologie, ORL, '
                      'dermatologie, chirurgie buccale et allergie avant le %s. 250 mots maximum.',
                      'Submit your work (clinical research, de-identified case reports, QI) in ophthalmology, ENT, dermatology, oral '
                      'surgery and allergy before %s. 250 words max.') % c.d(c.later(20, 60), 'long')),
            ('p', c.T('Rappel : aucune photo permettant d\'identifier un patient sans consentement écrit.', 'Reminder: no identifiable patient photos without written consent.')),
            ('sig', [c.T('Comité scientifique', 'Scientific committee'), 'abstracts@journees.chuvdc.example'])]
    return dict(category='call_for_abstracts', frm='Journées CHUVDC <journees@chuvdc.example>', to=c.generic_box('chu', 'tous', 'all'),
                subject=c.T('Appel de résumés 2024', 'Call for abstracts 2024'), blocks=body, mode=c.pick(['html', 'alt', 'plain']), note='call for abstracts')
