# Negative (non-confidential) categories: staff, admin, aggregates, vendors, IT, partners. No patient data.
from common import *  # noqa
from cats_pos import A, lang_of, spec


def N(lang, frm, to, subject, body, note, **kw):
    return spec(lang, frm, to, subject, body, [], note, **kw)


ALL_STAFF = 'tous.employes@%s' % DOM
UNITS = ['4B chirurgie', '5A chirurgie', 'bloc opératoire', 'SSPI', 'oncologie ambulatoire', 'radio-oncologie', 'imagerie']


# ---------------------------------------------------------------- staff schedule (roster that looks like a list)
def staff_schedule(C, i):
    r = C.rng
    lang = lang_of(C, .6)
    s = dict(first='Hélène', last='Marchand', title='', role='chef d\'unité' if lang == 'fr' else 'nurse manager',
             dept=r.choice(UNITS), addr='helene.marchand@%s' % DOM, name='Hélène Marchand')
    d = C.when()
    rows = []
    names = [('Beaulieu', 'Julie'), ('Thivierge', 'Marc'), ('Ndiaye', 'Awa'), ('Côté', 'Mélanie'), ('Lortie', 'Sandra'),
             ('Gosselin', 'Kevin'), ('Pouliot', 'Josiane'), ('Roberge', 'Annie'), ('Huot', 'Samuel')]
    for nm in r.sample(names, r.randrange(4, 8)):
        emp = '%06d' % r.randrange(100000, 999999)
        if lang == 'fr':
            rows.append('%s, %s  (emp. %s)  %s  %s' % (nm[0].upper(), nm[1], emp, r.choice(['J 7h-15h', 'S 15h-23h', 'N 23h-7h', 'congé']),
                                                     r.choice(['inf. chef d\'équipe', 'inf. aux.', 'PAB', 'inf. SSPI', 'orientation'])))
        else:
            rows.append('%s, %s  (emp %s)  %s  %s' % (nm[0].upper(), nm[1], emp, r.choice(['D 7-15', 'E 15-23', 'N 23-7', 'off']),
                                                    r.choice(['charge RN', 'LPN', 'PAB', 'PACU RN', 'orientation'])))
    if lang == 'fr':
        subj = 'Horaire %s - semaine du %s' % (r.choice(UNITS), dfr(C.future(d, 3, 10)))
        body = ('Bonjour l\'équipe,\n\nVoici l\'horaire modifié :\n\n' + '\n'.join(rows) +
                '\n\nÉchanges de quarts à faire approuver par l\'AIC. Merci!\n\n' + sig(s, 'fr', False))
    else:
        subj = 'Schedule %s - week of %s' % (r.choice(['5th floor surgery', 'PACU', 'OR', 'oncology clinic']), den(C.future(d, 3, 10)))
        body = ('Hi team,\n\nUpdated schedule:\n\n' + '\n'.join(rows) + '\n\nShift swaps need ANM approval. Thanks!\n\n' + sig(s, 'en', False))
    return N(lang, A(s), 'equipe.soins@%s' % DOM, subj, body, 'nursing staff schedule with employee numbers and shifts', date=d)


# ---------------------------------------------------------------- HR: staff leave
def hr_leave(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    s = dict(first='Nathalie', last='Beauregard', title='', role='conseillère en gestion des ressources humaines' if lang == 'fr' else 'HR advisor',
             dept='ressources humaines' if lang == 'fr' else 'human resources', addr='rh.chirurgie@%s' % DOM, name='Nathalie Beauregard')
    who = r.choice([('Julie Beaulieu', 'F'), ('Marc Thivierge', 'M'), ('Dr Éric Lavoie', 'M'), ('Sandra Lortie', 'F')])
    if lang == 'fr' and i == 0:
        subj = 'Retour au travail - Dr Lavoie'
        body = ('Bonjour,\n\nLe Dr Éric Lavoie, opéré pour une hernie discale en septembre, reprendra ses gardes en anesthésie '
                'le %s avec horaire allégé (pas de garde de nuit pour 4 semaines). Merci d\'ajuster la liste de garde.\n\n%s' % (
                    dfr(C.future(d, 5, 20)), sig(s, 'fr')))
    elif lang == 'fr':
        subj = r.choice(['Absence - remplacement requis', 'Retour progressif au travail', 'Congé maladie - équipe bloc'])
        body = ('Bonjour,\n\n%s sera en congé maladie du %s au %s (billet médical reçu). Merci de prévoir le remplacement '
                'sur l\'horaire. Retour progressif à discuter avec la santé et sécurité au travail.\n\n%s' % (
                    who[0], dfr(d), dfr(C.future(d, 14, 40)), sig(s, 'fr')))
    else:
        subj = r.choice(['Staff absence - coverage needed', 'Gradual return to work'])
        body = ('Hello,\n\n%s will be on sick leave from %s to %s (medical note received). Please arrange coverage. '
                'Return-to-work plan with Occupational Health.\n\n%s' % (who[0].replace('Dr ', 'Dr. '), den(d), den(C.future(d, 14, 40)), sig(s, 'en')))
    return N(lang, A(s), 'chef.bloc@%s' % DOM, subj, body, 'HR notice about an employee absence (staff, not a patient)', date=d)


# ---------------------------------------------------------------- training
def training(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    s = C.staff(lang)
    t = r.choice([('RCR / BLS - recertification', 'BLS recertification'), ('Formation pompes PCA', 'PCA pump training'),
                  ('Prévention des infections : hygiène des mains', 'Infection prevention: hand hygiene'),
                  ('Simulation hémorragie post-partum... et en chirurgie', 'Massive transfusion protocol simulation'),
                  ('Nouveau module de radioprotection', 'New radiation safety module')])
    dt = C.future(d, 5, 30)
    if lang == 'fr':
        subj = 'Formation : %s' % t[0]
        body = ('Bonjour,\n\nSession de formation « %s » le %s de 13 h à 16 h, salle Laurentides (2e étage). '
                'Inscription obligatoire via l\'ENA avant le %s. Places limitées à 16 personnes.\n\n%s' % (
                    t[0], dfr(dt, True), dfr(dt - datetime.timedelta(days=3)), sig(s, 'fr', False)))
    else:
        subj = 'Training: %s' % t[1]
        body = ('Hi all,\n\n"%s" session on %s, 1-4 pm, Laurentides room (2nd floor). Register on the LMS by %s. Max 16.\n\n%s' % (
            t[1], den(dt, True), den(dt - datetime.timedelta(days=3)), sig(s, 'en', False)))
    return N(lang, A(s), ALL_STAFF, subj, body, 'staff training announcement', date=d)


# ---------------------------------------------------------------- newsletter (disease/drug info)
def newsletter(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    topics = [('Nouveautés en récupération rapide après chirurgie (ERAS)', 'What\'s new in ERAS'),
              ('Le cancer colorectal : dépistage par RSOSi', 'Colorectal cancer screening with FIT'),
              ('Gestion des anticoagulants en périopératoire', 'Perioperative anticoagulant management'),
              ('Immunothérapie : effets indésirables à surveiller', 'Immunotherapy: adverse effects to watch'),
              ('Radioprotection : doses en TDM pédiatrique', 'Radiation protection in paediatric CT')]
    t = r.choice(topics)
    html = None
    if lang == 'fr':
        subj = 'Info-Clinique no %d - %s' % (r.randrange(40, 90), t[0])
        body = ('INFO-CLINIQUE - Direction des services professionnels\n\nÀ la une : %s\n\n'
                '- Le protocole révisé s\'applique à tous les patients adultes opérés en électif.\n'
                '- Rappel : la dose d\'héparine prophylactique est ajustée selon le poids.\n'
                '- Capsule pharmaco : %s\n\nPour vous désabonner, répondez « STOP ».\n' % (t[0], r.choice(
                    ['apixaban et rachianesthésie', 'tramadol chez la personne âgée', 'dexaméthasone et nausées post-op'])))
    else:
        subj = 'Clinical Update #%d - %s' % (r.randrange(40, 90), t[1])
        body = ('CLINICAL UPDATE - Professional Services\n\nFeatured: %s\n\n'
                '- The revised pathway applies to all adult elective surgical patients.\n'
                '- Reminder: prophylactic heparin is weight-adjusted.\n- Pharmacy corner: %s\n\nTo unsubscribe reply STOP.\n' % (
                    t[1], r.choice(['apixaban and spinal anaesthesia', 'tramadol in older adults', 'dexamethasone for PONV'])))
    return N(lang, 'Info-Clinique <dsp.communications@%s>' % DOM, ALL_STAFF, subj, body, 'internal clinical newsletter',
             date=d, mode=r.choice(['html', 'alt']))


# ---------------------------------------------------------------- invoice (PDF)
def invoice(C, i):
    r = C.rng
    lang = lang_of(C, .6)
    d = C.when()
    vendor = r.choice([('Médi-Fournitures Boréal inc.', 'facturation@medi-boreal.example'),
                       ('SurgiTech Canada Ltd.', 'ar@surgitech-canada.example'),
                       ('Laboratoires Nordiques', 'comptes@labo-nordiques.example')])
    no = 'F-%d' % r.randrange(200000, 299999)
    po = 'BC-%07d' % r.randrange(10**6, 10**7)
    items = [('Trocart 12 mm (boîte de 6)', 6, 182.40), ('Agrafeuse linéaire 60 mm', 2, 611.00),
             ('Gants chirurgicaux 7,5 (50)', 10, 48.75), ('Filtre HEPA circuit anesthésie', 20, 9.80)]
    sel = r.sample(items, 3)
    lines = ['Facture / Invoice %s' % no, 'Client : CISSS de l\'Exemple - Approvisionnement', 'Bon de commande : %s' % po, '']
    tot = 0
    for it in sel:
        lines.append('%-40s x%-3d %9.2f $' % it)
        tot += it[1] * it[2]
    lines += ['', 'Sous-total : %.2f $' % tot, 'TPS 5 %% : %.2f $' % (tot * .05), 'TVQ 9,975 %% : %.2f $' % (tot * .09975),
              'No TPS 123456789RT0001', 'Paiement net 30 jours']
    pdf = make_pdf('Facture %s' % no, lines)
    if lang == 'fr':
        body = 'Bonjour,\n\nVeuillez trouver ci-jointe la facture %s relative au bon de commande %s.\n\nService à la clientèle\n%s\n' % (no, po, vendor[0])
        subj = 'Facture %s' % no
    else:
        body = 'Hello,\n\nPlease find attached invoice %s for PO %s. Payment terms net 30.\n\nAccounts receivable\n%s\n' % (no, po, vendor[0])
        subj = 'Invoice %s - PO %s' % (no, po)
    return N(lang, '%s <%s>' % (vendor[0].replace('.', ''), vendor[1]), 'comptes.payables@%s' % DOM, subj, body,
             'supplier invoice with PDF', date=d, attachments=[('bytes', 'application', 'pdf', '%s.pdf' % no, pdf)])


# ---------------------------------------------------------------- purchase order
def purchase_order(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    s = dict(first='Marco', last='Santini', title='', role='acheteur' if lang == 'fr' else 'buyer', dept='approvisionnement',
             addr='marco.santini@%s' % DOM, name='Marco Santini')
    po = 'BC-%07d' % r.randrange(10**6, 10**7)
    lines = ['%s | %s | qté %d' % ('CAT-%05d' % r.randrange(99999), r.choice(['sutures Vicryl 3-0', 'champs stériles', 'cathéters IV 20G',
                                                                           'électrodes ECG', 'lames bistouri no 15']), r.randrange(5, 200))
             for _ in range(r.randrange(2, 5))]
    body = (('Bonjour,\n\nVoici le bon de commande %s :\n\n%s\n\nLivraison au quai de réception, porte 3, avant le %s.\n\n%s' % (
        po, '\n'.join(lines), dfr(C.future(d)), sig(s, 'fr', False))) if lang == 'fr' else
            ('Hello,\n\nPurchase order %s:\n\n%s\n\nDeliver to loading dock, door 3, before %s.\n\n%s' % (po, '\n'.join(lines), den(C.future(d)),
                                                                                                       sig(s, 'en', False))))
    return N(lang, A(s), 'commandes@medi-boreal.example', ('Bon de commande %s' if lang == 'fr' else 'Purchase order %s') % po, body,
             'purchase order with catalogue numbers', date=d)


# ---------------------------------------------------------------- conference programme (speaker + topic)
def conference(C, i):
    r = C.rng
    d = C.when()
    if i < 3:  # Liège partner
        body = ('Chères et chers collègues,\n\nLe CHR Liège-Exemple a le plaisir de vous inviter à sa 12e Journée d\'oncologie digestive '
                '(le %s, Palais des Congrès de Liège).\n\nProgramme :\n09h00 Dr Anne Lambotte - Cancer du pancréas : où en est-on ?\n'
                '10h15 Dr Pierre Dethier - Chirurgie robotique du rectum\n11h30 Dre Karine Vachon (Québec) - Lymphomes : '
                'nouvelles cibles\n14h00 Table ronde - Parcours patient transfrontalier\n\nInscription : 80 EUR (gratuite pour les '
                'partenaires).\n\nLe comité scientifique\n' % dfr(C.future(d, 20, 60)))
        return N('fr', 'Secrétariat scientifique <congres@%s>' % BE_DOM, 'direction.enseignement@%s' % DOM,
                 'Programme - 12e Journée d\'oncologie digestive', body, 'partner conference programme with speakers and topics',
                 date=d, site='be')
    lang = lang_of(C)
    if lang == 'fr':
        subj = 'Programme - Journée scientifique du département de chirurgie'
        body = ('Bonjour,\n\nProgramme de la journée du %s :\n\n8 h 30  Dre Isabelle Pelchat - Chirurgie de la hernie '
                'complexe\n9 h 30  Dr Mathieu Desrosiers - Anesthésie et apnée du sommeil\n10 h 45  Dr Stéphane Rioux - '
                'Hypofractionnement dans le cancer du sein\n13 h  Conférence invitée : la prise en charge du cancer du rectum\n\n'
                'Crédits de DPC : 5 h. Inscription : bit.example/jsc2026\n' % dfr(C.future(d, 20, 60)))
    else:
        subj = 'Programme - Surgery Research Day'
        body = ('Hello,\n\nResearch Day programme (%s):\n\n8:30  Dr. David Klein - Outcomes of robotic colectomy\n'
                '9:30  Dr. Priya Raman - Regional anaesthesia for breast surgery\n10:45  Dr. Omar Haddad - SBRT for '
                'oligometastatic disease\n\n5 CME credits.\n' % den(C.future(d, 20, 60)))
    return N(lang, 'Enseignement <enseignement@%s>' % DOM, ALL_STAFF, subj, body, 'conference programme: physicians and topics', date=d,
             mode=r.choice(['html', None]))


# ---------------------------------------------------------------- committee notice
def committee(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    com = r.choice([('Comité de pharmacologie', 'Pharmacy & Therapeutics Committee'), ('Comité du bloc opératoire', 'OR Committee'),
                    ('CMDP - comité exécutif', 'CMDP executive committee'), ('Comité de prévention des infections', 'Infection Control Committee')])
    dt = C.future(d, 3, 20)
    if lang == 'fr':
        body = ('Bonjour,\n\nLa prochaine rencontre du %s aura lieu le %s à 12 h (Teams et salle 2.114).\n\nOrdre du jour :\n'
                '1. Adoption du PV\n2. Suivi des indicateurs trimestriels\n3. Révision du protocole d\'antibioprophylaxie\n4. Divers\n\n'
                'Documents sur SharePoint.\n\nSecrétariat du comité\n' % (com[0], dfr(dt, True)))
        subj = 'Convocation - %s' % com[0]
    else:
        body = ('Hello,\n\nNext %s meeting: %s at noon (Teams and room 2.114).\n\nAgenda:\n1. Minutes\n2. Quarterly indicators\n'
                '3. Antibiotic prophylaxis protocol review\n4. Other\n\nCommittee secretariat\n' % (com[1], den(dt, True)))
        subj = 'Notice of meeting - %s' % com[1]
    return N(lang, 'Secrétariat comités <comites@%s>' % DOM, 'membres.comite@%s' % DOM, subj, body, 'committee meeting notice', date=d)


# ---------------------------------------------------------------- job posting
def job_posting(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    jobs = [('Infirmière / infirmier - bloc opératoire', 'Registered nurse - operating room'),
            ('Technologue en radio-oncologie', 'Radiation therapist'), ('Inhalothérapeute - anesthésie', 'Respiratory therapist - anaesthesia'),
            ('Agent(e) administratif(ve) classe 2 - archives', 'Medical records clerk')]
    j = r.choice(jobs)
    no = 'CISSS-EX-%d-%04d' % (2026, r.randrange(10000))
    if lang == 'fr':
        body = ('AFFICHAGE INTERNE ET EXTERNE - %s\n\nPoste : %s\nStatut : temps complet permanent, jour/soir\nÉchelle salariale : '
                '29,50 $ à 46,12 $ l\'heure\nExigences : permis valide de l\'ordre professionnel, 2 ans d\'expérience un atout\n\n'
                'Postulez avant le %s sur carrieres.cisss-exemple.example.\n' % (no, j[0], dfr(C.future(d, 10, 25))))
        subj = 'Affichage %s - %s' % (no, j[0])
    else:
        body = ('JOB POSTING %s\n\nPosition: %s\nFull-time permanent, days/evenings\nSalary: $29.50-$46.12/h\n'
                'Apply by %s at careers.cisss-exemple.example.\n' % (no, j[1], den(C.future(d, 10, 25))))
        subj = 'Job posting %s - %s' % (no, j[1])
    return N(lang, 'Recrutement <recrutement@%s>' % DOM, r.choice([ALL_STAFF, 'emplois@ordre-infirmieres-exemple.example']), subj, body,
             'job posting', date=d)


# ---------------------------------------------------------------- IT outage (NAS = storage)
def it_outage(C, i):
    r = C.rng
    lang = lang_of(C, .55)
    d = C.when()
    srv = r.choice(['NAS-IMG-02', 'NAS-ADM-01', 'SRV-PACS-03', 'NAS-ONCO-01'])
    ip = '10.%d.%d.%d' % (r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250))
    tk = 'INC%07d' % r.randrange(10**7)
    if lang == 'fr':
        subj = r.choice(['Panne - NAS du département d\'imagerie', 'Interruption planifiée %s' % srv, 'Rétabli : accès au NAS'])
        body = ('Bonjour,\n\nLe NAS %s (%s) sera indisponible le %s de 22 h à 2 h pour mise à jour du micrologiciel. '
                'Les dossiers partagés \\\\%s\\Commun ne seront pas accessibles. Le PACS n\'est pas touché.\n\nBillet : %s\n\n'
                'Centre de services TI\nposte 5555\n' % (srv, ip, dfr(C.future(d, 1, 7)), srv, tk))
    else:
        subj = r.choice(['Outage - imaging NAS', 'Planned maintenance %s' % srv, 'Resolved: NAS access'])
        body = ('Hello,\n\nNAS %s (%s) will be down on %s from 10 pm to 2 am for a firmware update. Shared drives \\\\%s\\Common will '
                'be unavailable. PACS is not affected.\n\nTicket: %s\n\nIT Service Desk\next. 5555\n' % (srv, ip, den(C.future(d, 1, 7)), srv, tk))
    return N(lang, 'Centre de services TI <servicedesk@%s>' % DOM, ALL_STAFF, subj, body, 'IT maintenance notice (NAS = storage)', date=d)


# ---------------------------------------------------------------- facilities / parking
def facilities(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        subj = r.choice(['Stationnement P2 fermé - déneigement', 'Travaux - ascenseurs aile B', 'Coupure d\'eau chaude - 3e étage',
                         'Renouvellement des vignettes de stationnement'])
        body = ('Bonjour à tous,\n\n%s le %s. Merci d\'utiliser le stationnement P4 (navette aux 15 min). '
                'Les vignettes 2027 sont disponibles au comptoir de sécurité (local 0.120) sur présentation de la carte d\'employé.\n\n'
                'Services techniques et hôtellerie\n' % (subj, dfr(C.future(d, 1, 10))))
    else:
        subj = r.choice(['P2 parking closed - snow removal', 'Elevator work - wing B', 'Hot water shut-off 3rd floor'])
        body = ('Hello everyone,\n\n%s on %s. Please use lot P4 (shuttle every 15 min).\n\nFacilities & Support Services\n' % (
            subj, den(C.future(d, 1, 10))))
    return N(lang, 'Services techniques <services.techniques@%s>' % DOM, ALL_STAFF, subj, body, 'facilities / parking notice', date=d)


# ---------------------------------------------------------------- cafeteria
def cafeteria(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        subj = r.choice(['Menu de la cafétéria - semaine du %s' % dfr(d), 'Dîner-bénéfice Centraide jeudi'])
        body = ('Bon appétit!\n\nLundi : pâté chinois\nMardi : saumon, riz basmati\nMercredi : chili végé\nJeudi : poulet au beurre\n'
                'Vendredi : pizza maison\n\nSoupe du jour 2,25 $. Paiement par carte d\'employé accepté.\n\nService alimentaire\n')
    else:
        subj = r.choice(['Cafeteria menu - week of %s' % den(d), 'United Way lunch Thursday'])
        body = ('Enjoy!\n\nMon: shepherd\'s pie\nTue: salmon, basmati rice\nWed: veggie chili\nThu: butter chicken\nFri: pizza\n\n'
                'Soup of the day $2.25.\n\nFood Services\n')
    return N(lang, 'Service alimentaire <cafeteria@%s>' % DOM, ALL_STAFF, subj, body, 'cafeteria menu', date=d, mode=r.choice(['html', None]))


# ---------------------------------------------------------------- public health bulletin (aggregates)
def public_health(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    n1, n2 = r.randrange(8, 60), r.randrange(2, 15)
    if lang == 'fr':
        subj = 'Bulletin de santé publique - semaine %d' % d.isocalendar()[1]
        body = ('Direction de santé publique - Bulletin hebdomadaire\n\nInfluenza : %d cas confirmés dans la région cette semaine '
                '(hausse de 40 %%), dont %d hospitalisations. Éclosion déclarée à l\'unité 4B (6 usagers, 2 employés).\n'
                'COVID-19 : activité faible.\nRougeole : aucun cas.\n\nRappel : vaccination du personnel à la clinique '
                'd\'employés, mardis et jeudis.\n' % (n1, n2))
    else:
        subj = 'Public health bulletin - week %d' % d.isocalendar()[1]
        body = ('Public Health weekly bulletin\n\nInfluenza: %d confirmed cases in the region this week (up 40%%), %d hospitalised. '
                'Outbreak declared on unit 4B (6 patients, 2 staff).\nCOVID-19: low.\nMeasles: no cases.\n' % (n1, n2))
    return N(lang, 'Santé publique <dsp.bulletin@sante-publique-exemple.example>', ALL_STAFF, subj, body,
             'public-health bulletin with aggregate counts only', date=d)


# ---------------------------------------------------------------- teaching case (anonymised)
def teaching_case(C, i):
    r = C.rng
    d = C.when()
    if i < 3:  # from Lyon
        body = ('Chers collègues,\n\nPour le staff commun Lyon-Québec de jeudi, voici le cas anonymisé :\n\nUne femme de 58 ans, '
                'sans antécédent notable, consulte pour rectorragies. La coloscopie retrouve une tumeur du bas rectum à 5 cm de la marge. '
                'IRM : T3N1. Quelle stratégie proposez-vous (total néoadjuvant vs chimioradiothérapie longue) ?\n\nDr Laurent Morel\n'
                'Clinique de la Saône, Lyon\n')
        return N('fr', 'Dr Laurent Morel <l.morel@%s>' % FR_DOM, 'staff.oncologie@%s' % DOM, 'Cas pour le staff commun',
                 body, 'anonymised teaching case from the Lyon partner', date=d, site='fr')
    lang = lang_of(C)
    s = C.staff(lang)
    a = r.randrange(35, 85)
    if lang == 'fr':
        body = ('Bonjour aux résidents,\n\nCas clinique pour la présentation de vendredi :\n\nUn homme de %d ans se présente à '
                'l\'urgence avec douleur à la FID depuis 24 h, fièvre 38,4, GB 15,2. Écho non concluante.\n\n1. Diagnostic différentiel ?\n'
                '2. Imagerie de choix ?\n3. Prise en charge si abcès de 4 cm ?\n\nBonne préparation!\n%s' % (a, sig(s, 'fr', False)))
        subj = 'Cas clinique - club de lecture'
    else:
        body = ('Residents,\n\nCase for Friday teaching:\n\nA %d-year-old woman presents with RUQ pain after fatty meals, '
                'afebrile, ALP mildly elevated. US shows gallstones, CBD 8 mm.\n\n1. Next step?\n2. Timing of surgery?\n\n%s' % (a, sig(s, 'en', False)))
        subj = 'Teaching case - Friday rounds'
    return N(lang, A(s), 'residents.chirurgie@%s' % DOM, subj, body, 'anonymised teaching case, no identifier', date=d)


# ---------------------------------------------------------------- vendor catalogue / lot numbers
def vendor_catalogue(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    lots = ['LOT %s%06d' % (r.choice('ABKMT'), r.randrange(10**6)) for _ in range(3)]
    refs = ['REF %d-%04d' % (r.randrange(100, 999), r.randrange(10000)) for _ in range(3)]
    if lang == 'fr':
        body = ('Bonjour,\n\nSuite à votre demande, voici les disponibilités :\n\n%s\n\nPrix contractuels du groupe d\'achat '
                'en vigueur. Délai de livraison 5 jours ouvrables.\n\nVotre représentant,\nJean-Philippe Mailloux\nSurgiTech Canada\n' % (
                    '\n'.join('%s  %s  disponible' % x for x in zip(refs, lots))))
        subj = 'Disponibilité produits - agrafeuses et recharges'
    else:
        body = ('Hi,\n\nAvailability as requested:\n\n%s\n\nGPO contract pricing applies. Lead time 5 business days.\n\n'
                'Your rep,\nJean-Philippe Mailloux\nSurgiTech Canada\n' % '\n'.join('%s  %s  in stock' % x for x in zip(refs, lots)))
        subj = 'Product availability - staplers and reloads'
    return N(lang, 'Jean-Philippe Mailloux <jp.mailloux@surgitech-canada.example>', 'approvisionnement@%s' % DOM, subj, body,
             'vendor availability with catalogue and lot numbers', date=d)


# ---------------------------------------------------------------- statistics report (XLSX aggregates)
def stats_report(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    rows = [['Unité', 'Admissions', 'DMS (j)', 'Taux réadmission 30 j', 'Infections site opératoire']]
    for u in UNITS[:5]:
        rows.append([u, r.randrange(80, 400), round(r.uniform(2, 9), 1), '%.1f %%' % r.uniform(3, 12), r.randrange(0, 9)])
    if i % 2:
        csvtxt = '\r\n'.join(';'.join(str(c) for c in row) for row in rows) + '\r\n'
        att = ('text', 'csv', 'tableau_de_bord.csv', csvtxt, r.choice(['utf-8', 'windows-1252']))
    else:
        att = ('bytes', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'tableau_de_bord.xlsx', make_xlsx('Stats', rows))
    body = (('Bonjour,\n\nTableau de bord de la période %d en pièce jointe. Faits saillants : 42 patients diabétiques opérés, '
             'DMS en baisse de 0,4 j.\n\nBureau de la performance\n' % r.randrange(1, 13)) if lang == 'fr' else
            ('Hello,\n\nPeriod %d dashboard attached. Highlights: 42 diabetic patients operated, LOS down 0.4 d.\n\nPerformance Office\n' % r.randrange(1, 13)))
    return N(lang, 'Bureau de la performance <performance@%s>' % DOM, 'gestionnaires@%s' % DOM,
             'Tableau de bord - chirurgie' if lang == 'fr' else 'Dashboard - surgery', body, 'aggregate statistics spreadsheet', date=d,
             attachments=[att])


# ---------------------------------------------------------------- blank form / template (DOCX)
def blank_form(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        doc = make_docx('Demande de consultation en chirurgie générale', ['Nom de l\'usager : ____________________',
                                                                        'NAM : ____ ____ ____    Date de naissance : __/__/____',
                                                                        'No de dossier : __________', 'Raison de la consultation :',
                                                                        '__________________________________', 'Priorité : A  B  C  D  E'])
        body = 'Bonjour,\n\nVoici le nouveau gabarit vierge du formulaire de consultation (version 2026-10). Merci de détruire les anciennes versions.\n\nArchives médicales\n'
        subj = 'Nouveau formulaire de consultation - gabarit'
    else:
        doc = make_docx('General surgery consultation request', ['Patient name: ____________________', 'Health card no.: ____________',
                                                                'DOB: __/__/____', 'MRN: __________', 'Reason for referral:', '_______________'])
        body = 'Hi,\n\nAttached is the new blank consultation request template (v2026-10).\n\nHealth Records\n'
        subj = 'New consultation form template'
    return N(lang, 'Archives médicales <archives.medicales@%s>' % DOM, ALL_STAFF, subj, body, 'blank form template, no patient data', date=d,
             attachments=[('bytes', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', 'formulaire_vierge.docx', doc)])


# ---------------------------------------------------------------- OR block schedule (surgeons, no patients)
def or_block(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    surgeons = ['Dre Pelchat', 'Dr Hébert', 'Dr Tremblay', 'Dr Klein', 'Dre Gaudreau (ortho)', 'Dr Nadeau (uro)']
    lines = []
    for day in (['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']):
        lines.append('%-9s Salle 1: %-20s Salle 2: %-20s Salle 3: %s' % (day, r.choice(surgeons), r.choice(surgeons), r.choice(surgeons + ['fermée'])))
    body = (('Bonjour,\n\nRépartition des blocs opératoires pour la période 11 :\n\n%s\n\nLes salles libérées doivent être '
             'signalées 72 h à l\'avance.\n\nLouise Gravel\nPlanification du bloc\n' % '\n'.join(lines)) if lang == 'fr' else
            ('Hi,\n\nOR block allocation, period 11:\n\n%s\n\nRelease unused blocks 72h ahead.\n\nLouise Gravel\nOR scheduling\n' % '\n'.join(lines)))
    return N(lang, 'Louise Gravel <louise.gravel@%s>' % DOM, 'chirurgiens@%s' % DOM,
             'Répartition des blocs - période 11' if lang == 'fr' else 'OR block allocation - period 11', body,
             'operating-room block allocation by surgeon', date=d)


# ---------------------------------------------------------------- drug shortage
def drug_shortage(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    drug = r.choice(['succinylcholine 20 mg/mL', 'bupivacaïne 0,5 % hyperbare', 'céfazoline 2 g', 'ondansétron injectable', 'sugammadex'])
    din = '%08d' % r.randrange(2000000, 2600000)
    if lang == 'fr':
        body = ('Bonjour,\n\nRupture d\'approvisionnement : %s (DIN %s), retour prévu dans 6 à 8 semaines. Alternative au formulaire : '
                'voir l\'algorithme en pièce jointe sur l\'intranet. Merci de limiter les quantités aux chariots d\'anesthésie.\n\n'
                'Département de pharmacie\n' % (drug, din))
        subj = 'Pénurie - %s' % drug
    else:
        body = ('Hi,\n\nShortage: %s (DIN %s), expected back in 6-8 weeks. See the intranet algorithm for alternatives.\n\nPharmacy Department\n' % (drug, din))
        subj = 'Drug shortage - %s' % drug
    return N(lang, 'Pharmacie <pharmacie.info@%s>' % DOM, 'anesthesie@%s' % DOM, subj, body, 'drug shortage notice with DIN', date=d)


# ---------------------------------------------------------------- equipment recall (serials, IMEI)
def luhn_num(r, n):
    from stdnum import luhn
    b = ''.join(r.choice('0123456789') for _ in range(n - 1))
    return b + luhn.calc_check_digit(b)


def equipment_recall(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    sns = ['SN %s' % luhn_num(r, 10) for _ in range(3)]
    imei = luhn_num(r, 15)
    if lang == 'fr':
        body = ('Bonjour,\n\nAvis de rappel du fabricant (classe II) : pompes volumétriques modèle VP-500, numéros de série :\n%s\n'
                'Téléphone de garde associé à la pompe télémétrique : IMEI %s.\nRetirer du service et aviser le génie biomédical '
                '(poste 4321).\n\nGénie biomédical\n' % ('\n'.join(sns), imei))
        subj = 'Rappel d\'équipement - pompes VP-500'
    else:
        body = ('Hello,\n\nManufacturer recall (class II): VP-500 volumetric pumps, serial numbers:\n%s\nPaired telemetry phone IMEI %s.\n'
                'Remove from service and call Biomed (ext. 4321).\n\nBiomedical Engineering\n' % ('\n'.join(sns), imei))
        subj = 'Equipment recall - VP-500 pumps'
    return N(lang, 'Génie biomédical <biomed@%s>' % DOM, 'chefs.unites@%s' % DOM, subj, body,
             'equipment recall with serial numbers and an IMEI (look-alike numbers)', date=d)


# ---------------------------------------------------------------- physician named next to a disease (staff/expertise)
def physician_disease(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        body = r.choice([
            'Bonjour,\n\nPour les références en lymphome, la Dre Karine Vachon (hémato-oncologie) prend les nouveaux cas le mardi. '
            'Le Dr Stéphane Rioux est responsable du programme de cancer du sein en radio-oncologie.\n\nMerci\nCentrale de rendez-vous\n',
            'Bonjour,\n\nBienvenue au Dr Samuel Leclerc, chirurgien colorectal, spécialisé dans le cancer du rectum et les maladies '
            'inflammatoires de l\'intestin. Il débute ses cliniques le 3 novembre.\n\nDirection des services professionnels\n'])
        subj = r.choice(['Qui voit quoi - oncologie', 'Arrivée d\'un nouveau chirurgien'])
    else:
        body = r.choice([
            'Hi,\n\nFor lymphoma referrals, Dr. Karine Vachon takes new cases on Tuesdays; Dr. Omar Haddad leads the lung SBRT program.\n\nCentral booking\n',
            'Hi all,\n\nPlease welcome Dr. Samuel Leclerc, colorectal surgeon with an interest in rectal cancer and IBD. Clinics start Nov 3.\n\nProfessional Services\n'])
        subj = r.choice(['Who sees what - oncology', 'New surgeon joining'])
    return N(lang, 'DSP <dsp@%s>' % DOM, r.choice([ALL_STAFF, 'Dr. Andrew Patterson <a.patterson@lakeshore-clinic.example>']), subj, body,
             'physicians named with the diseases they treat (staff expertise)', date=d)


# ---------------------------------------------------------------- staff meeting ICS
def staff_ics(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    d = C.when()
    st = C.future(d, 2, 14)
    summ = r.choice(['Rencontre d\'équipe - bloc opératoire', 'Réunion mensuelle radio-oncologie', 'Caucus qualité imagerie']) if lang == 'fr' \
        else r.choice(['OR team huddle', 'Monthly radiation oncology meeting', 'Imaging quality huddle'])
    ics = make_ics('mtg-%d@%s' % (r.randrange(10**6), DOM), summ, st, 60, 'Salle 2.114 / Teams',
                   'Ordre du jour à venir' if lang == 'fr' else 'Agenda to follow', (s['name'], s['addr']),
                   [('Julie Beaulieu', 'julie.beaulieu@%s' % DOM), ('Louise Gravel', 'louise.gravel@%s' % DOM)])
    return N(lang, A(s), 'equipe.bloc@%s' % DOM, summ, ('Invitation : %s' % summ) if lang == 'fr' else ('Invitation: %s' % summ),
             'staff meeting calendar invitation', date=d, attachments=[('text', 'calendar', 'invite.ics', ics, 'utf-8')])


# ---------------------------------------------------------------- Belgian partner admin
def be_admin(C, i):
    r = C.rng
    d = C.when()
    st, first, last, dept = r.choice(BE_STAFF)
    v = i % 4
    if v == 0:
        subj = 'Convention de collaboration - version finale'
        body = ('Bonjour,\n\nVous trouverez ci-joint la version finale de la convention de collaboration entre le CHR Liège-Exemple '
                'et le CISSS de l\'Exemple (échanges de stagiaires et télé-staff oncologique). Merci de nous retourner un exemplaire signé.\n\n'
                'Bien à vous,\n%s %s\nRelations internationales\nCHR Liège-Exemple\n' % (first, last))
        atts = [('bytes', 'application', 'pdf', 'convention_CHR_CISSS.pdf', make_pdf('Convention de collaboration',
                 ['Entre le CHR Liège-Exemple (BCE 0212.345.678) et le CISSS de l\'Exemple', 'Article 1 - Objet', 'Article 2 - Durée : 3 ans']))]
    elif v == 1:
        subj = 'Stage d\'observation - Dre Vachon'
        body = ('Chère Docteure Vachon,\n\nNous confirmons votre stage d\'observation dans le service d\'oncologie médicale du %s au %s. '
                'Un badge vous sera remis à l\'accueil (route 412). Hôtel conseillé : à 10 minutes à pied.\n\nCordialement,\n%s %s %s\n' % (
                    dfr(C.future(d, 20, 40)), dfr(C.future(d, 45, 60)), st, first, last))
        atts = []
    elif v == 2:
        subj = 'Télé-staff oncologique - planning 2027'
        body = ('Bonjour,\n\nVoici les dates proposées pour nos télé-staffs mensuels (15h heure de Liège / 9h heure du Québec) :\n'
                '14 janvier, 11 février, 11 mars, 8 avril.\nLien Teams envoyé séparément. Les dossiers seront présentés anonymisés.\n\n'
                'Bien cordialement,\n%s %s\n' % (first, last))
        atts = []
    else:
        subj = 'Facture - formation robotique'
        body = ('Madame, Monsieur,\n\nCi-joint la facture relative à la formation en chirurgie robotique de deux chirurgiens du CISSS. '
                'Montant : 4 800,00 EUR. IBAN BE71 0961 2345 6769 - BIC GKCCBEBB. Communication structurée : +++090/9337/55493+++\n\n'
                'Service financier\nCHR Liège-Exemple\n')
        atts = []
    return N('fr', '%s %s <%s.%s@%s>' % (first, last, ascii_(first), ascii_(last), BE_DOM),
             r.choice(['relations.internationales@%s' % DOM, 'Dre Karine Vachon <karine.vachon@%s>' % DOM]), subj, body,
             'Belgian partner administrative mail', date=d, site='be', attachments=atts)


# ---------------------------------------------------------------- French partner admin
def fr_admin(C, i):  # noqa
    r = C.rng
    d = C.when()
    st, first, last, dept = r.choice(FR_STAFF)
    v = i % 4
    siret = luhn_num(r, 14)
    if v == 0:
        subj = 'Facture prestation - télé-expertise'
        body = ('Bonjour,\n\nVeuillez trouver ci-dessous notre facture n° 2026-%04d pour les prestations de télé-expertise du trimestre.\n'
                'Montant HT : 2 150,00 EUR - TVA non applicable, art. 261-4 du CGI.\nSIRET %s - APE 8610Z\n\nService comptabilité\n'
                'Clinique de la Saône, Lyon\n' % (r.randrange(10000), siret))
    elif v == 1:
        subj = 'Échange d\'internes - semestre de printemps'
        body = ('Bonjour,\n\nDeux internes de chirurgie viscérale souhaitent effectuer un stage chez vous au semestre de printemps. '
                'Pouvez-vous nous indiquer les pièces à fournir (attestation d\'assurance, diplômes, vaccinations) ?\n\n'
                'Bien cordialement,\n%s %s %s\nClinique de la Saône\n' % (st, first, last))
    elif v == 2:
        subj = 'Congrès de Lyon - appel à communications'
        body = ('Chers collègues,\n\nL\'appel à communications pour les Journées lyonnaises de chirurgie digestive est ouvert jusqu\'au 15 janvier. '
                'Thèmes : réhabilitation améliorée, chirurgie robotique, cancer du pancréas.\n\nLe comité d\'organisation\n')
    else:
        subj = 'Fermeture de la clinique - jours fériés'
        body = ('Bonjour,\n\nPour information, le secrétariat sera fermé du 24 décembre au 2 janvier. Pour toute urgence, contacter la '
                'standard au +33 4 55 55 01 23.\n\nCordialement,\n%s %s\n' % (first, last))
    return N('fr', '%s %s <%s.%s@%s>' % (first, last, ascii_(first)[0], ascii_(last), FR_DOM), 'relations.internationales@%s' % DOM,
             subj, body, 'French partner administrative mail', date=d, site='fr')


# ---------------------------------------------------------------- quality indicators
def quality(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        body = ('Bonjour,\n\nIndicateurs du trimestre :\n- Chutes : %d (vs %d)\n- Erreurs de médicaments déclarées : %d\n'
                '- Liste de vérification chirurgicale complétée : %d %%\n- Infections de site opératoire en colorectal : %.1f %%\n\n'
                'Aucune donnée nominative. Détails au comité qualité.\n\nGestion des risques\n' % (
                    r.randrange(10, 40), r.randrange(10, 40), r.randrange(20, 90), r.randrange(88, 100), r.uniform(4, 12)))
        subj = 'Indicateurs qualité - T%d' % r.randrange(1, 5)
    else:
        body = ('Hello,\n\nQuarterly indicators:\n- Falls: %d\n- Medication incidents: %d\n- Surgical checklist compliance: %d%%\n\n'
                'No identifiable data.\n\nRisk Management\n' % (r.randrange(10, 40), r.randrange(20, 90), r.randrange(88, 100)))
        subj = 'Quality indicators - Q%d' % r.randrange(1, 5)
    return N(lang, 'Gestion des risques <gestion.risques@%s>' % DOM, 'comite.qualite@%s' % DOM, subj, body, 'aggregate quality indicators', date=d)


# ---------------------------------------------------------------- ethics / research admin
def ethics_admin(C, i):
    r = C.rng
    lang = lang_of(C, .5)
    d = C.when()
    proj = 'MP-%02d-2026-%03d' % (r.randrange(10, 40), r.randrange(1, 999))
    if lang == 'fr':
        body = ('Bonjour Dre Vachon,\n\nLe CER a approuvé le projet %s « Essai de phase II de désescalade de la radiothérapie » '
                'à sa séance du %s. Le recrutement peut débuter (cible : 60 participants). Rapport annuel dû dans 12 mois.\n\n'
                'Bureau du Comité d\'éthique de la recherche\n' % (proj, dfr(d)))
        subj = 'Approbation CER - %s' % proj
    else:
        body = ('Dear Dr. Haddad,\n\nThe REB approved project %s "Phase II radiotherapy de-escalation trial" on %s. Recruitment may '
                'start (target 60 participants).\n\nResearch Ethics Board Office\n' % (proj, den(d)))
        subj = 'REB approval - %s' % proj
    return N(lang, 'Bureau CER <cer@%s>' % DOM, 'recherche@%s' % DOM, subj, body, 'ethics approval, no participant data', date=d)


# ---------------------------------------------------------------- policy update
def policy_update(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    pol = r.choice([('Politique sur l\'utilisation du courriel et la transmission de renseignements', 'E-mail and information transfer policy'),
                    ('Procédure de décompte chirurgical', 'Surgical count procedure'),
                    ('Règle de soins : prévention des chutes', 'Falls prevention care rule')])
    if lang == 'fr':
        body = ('Bonjour,\n\nLa %s a été mise à jour (version 4.0). Principaux changements : chiffrement obligatoire pour tout envoi '
                'externe de renseignements cliniques, usage du courriel sécurisé. Lecture obligatoire avant le %s.\n\n'
                'Secrétariat général\n' % (pol[0].lower(), dfr(C.future(d, 10, 30))))
        subj = 'Mise à jour : %s' % pol[0]
    else:
        body = ('Hello,\n\nThe %s has been updated (v4.0): encryption required for any external transfer of clinical information. '
                'Mandatory reading by %s.\n\nCorporate Secretariat\n' % (pol[1].lower(), den(C.future(d, 10, 30))))
        subj = 'Policy update: %s' % pol[1]
    return N(lang, 'Secrétariat général <secretariat.general@%s>' % DOM, ALL_STAFF, subj, body, 'policy update notice', date=d)


# ---------------------------------------------------------------- staff vCard
def staff_vcard(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    d = C.when()
    vc = make_vcard('%s %s' % (s['first'], s['last']), s['first'], s['last'], tel='418-555-%04d' % r.randrange(2000, 9000),
                    email=s['addr'], org='CISSS de l\'Exemple', title=s['role'])
    body = ('Bonjour,\n\nVoici mes coordonnées professionnelles, n\'hésitez pas.\n\n%s' % sig(s, 'fr', False)) if lang == 'fr' else \
        ('Hi,\n\nMy contact card is attached.\n\n%s' % sig(s, 'en', False))
    return N(lang, A(s), A(C.ext(lang)), 'Coordonnées' if lang == 'fr' else 'Contact info', body, 'staff member business vCard', date=d,
             attachments=[('text', 'vcard', '%s.vcf' % ascii_(s['last']), vc, 'utf-8')])


# ---------------------------------------------------------------- phishing / security alert
def phishing(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        body = ('ALERTE SÉCURITÉ\n\nUn courriel frauduleux intitulé « Votre boîte aux lettres est pleine » circule. Ne cliquez pas sur le lien. '
                'Si vous avez saisi votre mot de passe, changez-le immédiatement et appelez le 5555.\n\nSécurité de l\'information\n')
        subj = '[ALERTE] Hameçonnage en cours'
    else:
        body = ('SECURITY ALERT\n\nA phishing e-mail "Your mailbox is full" is circulating. Do not click. If you entered your password, '
                'change it and call ext. 5555.\n\nInformation Security\n')
        subj = '[ALERT] Phishing campaign'
    return N(lang, 'Sécurité de l\'information <securite.info@%s>' % DOM, ALL_STAFF, subj, body, 'IT security alert', date=d,
             mode=r.choice(['html', 'alt', None]))


# ---------------------------------------------------------------- look-alike numbers (employee, asset, SIN-like checksum)
def lookalike(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    s = C.staff(lang)
    emp = gen_sin(r)  # a 9-digit employee number that happens to pass the Luhn check
    asset = 'ACT-%s' % luhn_num(r, 8)
    if lang == 'fr':
        body = ('Bonjour,\n\nPour la réclamation de frais de déplacement, mon numéro d\'employé est %s et le portable prêté porte '
                'l\'étiquette d\'actif %s. Congrès de l\'ASA (anesthésie) du %s.\n\nMerci\n%s' % (
                    emp, asset, dfr(d), sig(s, 'fr', False)))
        subj = 'Remboursement frais - congrès'
    else:
        body = ('Hi,\n\nFor my travel expense claim: employee no. %s, loaner laptop asset tag %s. Conference dates %s.\n\nThanks\n%s' % (
            emp, asset, den(d), sig(s, 'en', False)))
        subj = 'Expense claim - conference'
    return N(lang, A(s), 'comptes.payables@%s' % DOM, subj, body,
             'staff expense claim with employee and asset numbers (checksum look-alikes)', date=d)


# ---------------------------------------------------------------- clinic directory
def clinic_directory(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    lines = ['Clinique de chirurgie générale : 418-555-0110', 'Préadmission / clinique préop : 418-555-0121',
             'Radio-oncologie (accueil) : 418-555-0133', 'Imagerie - prise de rendez-vous : 418-555-0144',
             'Centrale de rendez-vous oncologie : 418-555-0155', 'Télécopieur archives : 418-555-0199']
    body = (('Bonjour,\n\nVoici le bottin à jour des cliniques pour vos patients :\n\n%s\n\nMerci de remplacer les anciennes affiches.\n\n'
             'Communications\n' % '\n'.join(lines)) if lang == 'fr' else
            ('Hi,\n\nUpdated clinic phone list:\n\n%s\n\nCommunications\n' % '\n'.join(lines)))
    return N(lang, 'Communications <communications@%s>' % DOM, r.choice([ALL_STAFF, 'secretariat@gmf-riviere-du-nord.example']),
             'Bottin des cliniques' if lang == 'fr' else 'Clinic phone directory', body, 'clinic phone directory', date=d)


# ---------------------------------------------------------------- social / thanks
def social_staff(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    s = C.staff(lang)
    if lang == 'fr':
        body = r.choice(['Bonjour à tous,\n\nLe party de Noël du département aura lieu le 12 décembre à la salle Saint-Exemple. '
                         'Confirmez votre présence à Julie avant le 1er.\n\n' + s['first'] + '\n',
                         'Bonjour,\n\nUn gros merci à toute l\'équipe du bloc pour la gestion de la panne de climatisation hier. '
                         'Beignes au poste!\n\n' + s['first'] + '\n'])
        subj = r.choice(['Party de Noël', 'Merci l\'équipe!'])
    else:
        body = r.choice(['Hi all,\n\nHoliday party on Dec 12 at the Saint-Exemple hall. RSVP to Julie by the 1st.\n\n' + s['first'] + '\n',
                         'Hi,\n\nHuge thanks to the OR team for handling yesterday\'s AC failure. Donuts at the desk!\n\n' + s['first'] + '\n'])
        subj = r.choice(['Holiday party', 'Thank you team!'])
    return N(lang, A(s), 'departement.chirurgie@%s' % DOM, subj, body, 'staff social message', date=d)


# ---------------------------------------------------------------- roster of residents/rotations (looks like a sign-out list)
def resident_rotation(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    res = [('Ahmadi', 'Leila', 'R2'), ('Boudreau', 'Félix', 'R1'), ('Chan', 'Vivian', 'R3'), ('Desjardins', 'Olivier', 'R4'),
           ('Ebrahimi', 'Sara', 'R1'), ('Fortin', 'Xavier', 'R2')]
    lines = []
    for nm in r.sample(res, 5):
        lines.append('%s, %s (%s)  %s  garde: %s' % (nm[0].upper(), nm[1], nm[2], r.choice(['chir. gén.', 'SI', 'onco chir.', 'urgence', 'vacances']),
                                                 r.choice(['lun/jeu', 'mar/sam', 'mer/dim', '-'])))
    body = (('Bonjour,\n\nRotations et gardes des résidents pour le bloc 7 :\n\n%s\n\nÉchanges de garde : aviser le chef résident.\n\n'
             'Coordination de l\'enseignement\n' % '\n'.join(lines)) if lang == 'fr' else
            ('Hi,\n\nResident rotations and call for block 7:\n\n%s\n\nCall swaps: inform chief resident.\n\nEducation office\n' % '\n'.join(lines)))
    return N(lang, 'Enseignement <enseignement@%s>' % DOM, 'residents.chirurgie@%s' % DOM,
             'Rotations bloc 7' if lang == 'fr' else 'Block 7 rotations', body, 'resident rotation roster (staff, not patients)', date=d)


NEG = [
    ('staff_schedule', 8, staff_schedule), ('hr_leave', 6, hr_leave), ('training', 6, training), ('newsletter', 6, newsletter),
    ('invoice', 6, invoice), ('purchase_order', 5, purchase_order), ('conference', 7, conference), ('committee', 6, committee),
    ('job_posting', 6, job_posting), ('it_outage', 6, it_outage), ('facilities', 5, facilities), ('cafeteria', 5, cafeteria),
    ('public_health', 6, public_health), ('teaching_case', 7, teaching_case), ('vendor_catalogue', 5, vendor_catalogue),
    ('stats_report', 5, stats_report), ('blank_form', 5, blank_form), ('or_block', 5, or_block), ('drug_shortage', 5, drug_shortage),
    ('equipment_recall', 5, equipment_recall), ('physician_disease', 5, physician_disease), ('staff_ics', 4, staff_ics),
    ('be_admin', 9, be_admin), ('fr_admin', 9, fr_admin), ('quality', 5, quality), ('ethics_admin', 4, ethics_admin),
    ('policy_update', 4, policy_update), ('staff_vcard', 4, staff_vcard), ('phishing', 4, phishing), ('lookalike', 6, lookalike),
    ('clinic_directory', 3, clinic_directory), ('social_staff', 4, social_staff), ('resident_rotation', 4, resident_rotation),
]


# ---------------------------------------------------------------- reply with quoted thread (admin)
def reply_thread(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    o = C.staff(lang)
    d = C.when()
    prev = d - datetime.timedelta(hours=r.randrange(2, 40))
    if lang == 'fr':
        orig = r.choice(['Bonjour,\nEst-ce que la salle 2.114 est libre jeudi midi pour la rencontre M&M? On serait une quinzaine.\nMerci\n' + o['first'],
                         'Salut,\nLe projecteur de la salle de conférence ne fonctionne plus, quelqu\'un a ouvert un billet?\n' + o['first'],
                         'Bonjour,\nQui peut me remplacer au comité du bloc le 14? J\'ai un congrès.\n' + o['first']])
        body = ('%s\n\n%s\n\nLe %s, %s a écrit :\n%s\n' % (r.choice(['Oui c\'est réservé, 12 h à 13 h 30.', 'Billet ouvert ce matin, INC en cours.',
                                                                 'Je peux y aller, pas de souci.']), s['first'],
                                                        prev.strftime('%d/%m/%Y à %H:%M'), o['name'], quote(orig)))
        subj = 'RE: ' + r.choice(['salle jeudi', 'projecteur', 'remplacement comité'])
    else:
        orig = r.choice(['Hi,\nIs room 2.114 free Thursday noon for M&M rounds? About 15 people.\nThanks\n' + o['first'],
                         'Hi,\nThe conference room projector is dead, did anyone open a ticket?\n' + o['first']])
        body = ('%s\n\n%s\n\nOn %s, %s wrote:\n%s\n' % (r.choice(['Booked, noon to 1:30.', 'Ticket opened this morning.']), s['first'],
                                                       prev.strftime('%a, %b %d, %Y at %H:%M'), o['name'], quote(orig)))
        subj = 'RE: ' + r.choice(['room Thursday', 'projector'])
    return N(lang, A(s), A(o), subj, body, 'reply with quoted admin thread, no patient', date=d)


# ---------------------------------------------------------------- forward as attachment (vendor webinar)
def fwd_vendor_eml(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    d = C.when()
    inner = EmailMessage()
    inner['From'] = 'SurgiTech Canada <events@surgitech-canada.example>'
    inner['To'] = s['addr']
    inner['Subject'] = 'Webinaire : nouvelles agrafeuses motorisées' if lang == 'fr' else 'Webinar: new powered staplers'
    inner['Date'] = utils.format_datetime((d - datetime.timedelta(days=2)).replace(tzinfo=datetime.timezone(datetime.timedelta(hours=-4))))
    inner['Message-ID'] = '<evt.%012x@surgitech-canada.example>' % r.getrandbits(48)
    inner.set_content(('Inscrivez-vous à notre webinaire du %s, 12 h. Démonstration et période de questions.\n' % dfr(C.future(d))) if lang == 'fr'
                      else ('Join our webinar on %s at noon. Demo and Q&A.\n' % den(C.future(d))), charset='utf-8', cte='quoted-printable')
    body = ('Pour ceux que ça intéresse, voir l\'invitation ci-jointe.\n\n' + s['first']) if lang == 'fr' else \
        ('For those interested, see the attached invite.\n\n' + s['first'])
    return N(lang, A(s), 'chirurgiens@%s' % DOM, ('TR: ' if lang == 'fr' else 'Fwd: ') + inner['Subject'], body,
             'forward of a vendor webinar invitation attached as .eml', date=d, attachments=[('eml', inner)])


# ---------------------------------------------------------------- ZIP of documents (no patients)
def zip_docs(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    pdf = make_pdf('Protocole ERAS - chirurgie colorectale', ['Version 3.1', '1. Préadmission : enseignement, carbo-loading',
                                                             '2. Per-op : analgésie multimodale', '3. Post-op : mobilisation J0'])
    csv = 'unite,lits,taux_occupation\r\n4B,32,94%\r\n5A,28,88%\r\nSSPI,12,71%\r\n'.encode('utf-8')
    z = make_zip([('docs/protocole_ERAS_v3.1.pdf', pdf), ('docs/occupation_lits.csv', csv)])
    body = ('Bonjour,\n\nDocuments pour la rencontre de jeudi (zip).\n\nCoordination chirurgie\n') if lang == 'fr' else \
        ('Hi,\n\nDocuments for Thursday\'s meeting (zip).\n\nSurgery coordination\n')
    return N(lang, 'Coordination chirurgie <coord.chirurgie@%s>' % DOM, 'gestionnaires@%s' % DOM,
             'Documents rencontre' if lang == 'fr' else 'Meeting documents', body, 'ZIP of protocol and bed-occupancy aggregates',
             date=d, attachments=[('bytes', 'application', 'zip', 'documents.zip', z)])


NEG += [('reply_thread', 4, reply_thread), ('fwd_vendor_eml', 3, fwd_vendor_eml), ('zip_docs', 2, zip_docs)]
for _k, _v in {'be_admin': 10, 'fr_admin': 10, 'staff_schedule': 6, 'lookalike': 5, 'training': 5, 'newsletter': 5,
               'job_posting': 5, 'it_outage': 5, 'committee': 5, 'public_health': 5, 'invoice': 5, 'hr_leave': 5}.items():
    NEG = [(c, (_v if c == _k else n), f) for c, n, f in NEG]


# ---------------------------------------------------------------- mail-merge template (placeholders only)
def mailmerge(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        body = ('Bonjour,\n\nVoici le modèle de lettre de convocation à valider avant l\'envoi automatisé :\n\n'
                '« Madame, Monsieur «NOM_USAGER»,\nVotre rendez-vous en radio-oncologie est fixé le «DATE_RDV» à «HEURE». '
                'Présentez-vous 15 minutes à l\'avance avec votre carte d\'assurance maladie (NAM : «NAM»). »\n\n'
                'Commentaires d\'ici vendredi svp.\n\nCentrale de rendez-vous\n')
        subj = 'Modèle de lettre de convocation - à valider'
    else:
        body = ('Hi,\n\nDraft appointment letter template for review:\n\n"Dear <<PATIENT_NAME>>,\nYour imaging appointment is on <<DATE>> at '
                '<<TIME>>. Please bring your health card (<<HEALTH_CARD_NO>>)."\n\nComments by Friday.\n\nCentral booking\n')
        subj = 'Appointment letter template - review'
    return N(lang, 'Centrale de rendez-vous <centrale.rdv@%s>' % DOM, 'communications@%s' % DOM, subj, body,
             'letter template with placeholders only', date=d)


# ---------------------------------------------------------------- research recruitment ad
def recruitment_ad(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    if lang == 'fr':
        body = ('RECRUTEMENT - ÉTUDE CLINIQUE\n\nVous avez reçu un diagnostic de cancer colorectal de stade II ou III? Vous pourriez participer '
                'à une étude sur l\'activité physique pendant la chimiothérapie. Compensation pour les déplacements.\n'
                'Information : 418-555-0177, recherche.onco@cisss-exemple.example\n\nMerci d\'afficher dans vos salles d\'attente.\n')
        subj = 'Affiche de recrutement - étude ACTIV-CRC'
    else:
        body = ('STUDY RECRUITMENT\n\nDiagnosed with stage II-III colorectal cancer? You may be eligible for a study on exercise during '
                'chemotherapy. Travel costs covered.\nInfo: 418-555-0177\n\nPlease post in your waiting rooms.\n')
        subj = 'Recruitment poster - ACTIV-CRC study'
    return N(lang, 'Recherche clinique <recherche.onco@%s>' % DOM, r.choice(['cliniques.externes@%s' % DOM, 'secretariat@gmf-riviere-du-nord.example']),
             subj, body, 'research recruitment poster, no participant', date=d)


NEG += [('mailmerge', 2, mailmerge), ('recruitment_ad', 2, recruitment_ad)]
for _k, _v in {'staff_schedule': 5, 'teaching_case': 6, 'conference': 6, 'lookalike': 4}.items():
    NEG = [(c, (_v if c == _k else n), f) for c, n, f in NEG]
