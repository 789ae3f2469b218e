"""Negative templates, part 1: HR, schedules, payroll, job postings, invoices,
purchase orders, inventories, IT, facilities, occupational health, staff
birthdays and births, training.  No patient is identifiable in any of them."""
import datetime

import gen_attach as A
from gen_common import (Att, Mail, Person, orgp, STAFF, EXTERNAL, fdate, tt, luhn_serial, phone, ORG_FR, ORG_EN, CENTRE_FR,
                        CENTRE_EN, ADDR, ADDR_EN, DOM, MOIS, MONTHS)
from gen_text import hello, thanks, sign, dec, quote

S = STAFF
E = EXTERNAL
ALL = ('Liste hémato-onco', 'hemonc-tous@' + DOM)
NURSES = ('Infirmières 7e et clinique de jour', 'inf-7e@' + DOM)
DOCS = ('Médecins hémato-onco', 'md-hemonc@' + DOM)


def _staffname(c):
    g = c.choice(['Mélanie', 'Joanie', 'Kevin', 'Laurence', 'Priya', 'Marc-André', 'Sarah-Jane', 'Hugo', 'Rachel', 'Sonia', 'Jean-Philippe', 'Mei'])
    s = c.choice(['Tessier', 'Gosselin', 'Lafleur', 'Harvey', 'Bouffard', 'Dagenais', 'Raymond', 'Chen', 'Leclerc', 'Moisan', 'Ross', 'Parent'])
    return g, s


# ---------------------------------------------------------------- HR / leave
def hr_leave(c):
    fr = c.lang == 'fr'
    frm = S['lacombe']
    g, s = _staffname(c)
    scen = c.choice(['mat', 'retire', 'new', 'leave', 'candidates'])
    m = Mail('hr_notice', c.lang, tt(c.lang, 'annonce RH pour le personnel', 'staff HR announcement'), frm, [NURSES if fr else ALL], '')
    d1 = c.ddays(c.randint(7, 40))
    if scen == 'mat':
        m.subject = tt(c.lang, 'Départ en congé de maternité — %s' % g, 'Maternity leave - %s' % g)
        body = tt(c.lang, '%s %s, infirmière à la clinique de jour depuis 9 ans, partira en congé de maternité le %s. Son remplacement sera assuré par Mme Joëlle Bisaillon (poste temporaire affiché cette semaine). Petit goûter vendredi à 15 h à la salle 7.112!' % (g, s, fdate(d1, 'fr', 1)),
                  '%s %s, day hospital nurse for 9 years, starts maternity leave on %s. Ms. Joelle Bisaillon will cover (temporary post going up this week). Small send-off Friday 3 pm in room 7.112!' % (g, s, fdate(d1, 'en', 1)))
    elif scen == 'retire':
        m.subject = tt(c.lang, 'Retraite de %s %s' % (g, s), 'Retirement - %s %s' % (g, s))
        body = tt(c.lang, 'Après 31 ans au service de nos patients et de leurs familles, %s %s prendra sa retraite le %s. %s a fondé le programme de retour à l\'école et accompagné des centaines de familles. Une carte circule au poste des infirmières.' % (g, s, fdate(d1, 'fr', 1), g),
                  'After 31 years caring for our patients and families, %s %s retires on %s. %s founded the school re-entry program and supported hundreds of families. A card is going around at the nursing station.' % (g, s, fdate(d1, 'en', 1), g))
    elif scen == 'new':
        m.subject = tt(c.lang, 'Bienvenue à nos nouvelles recrues', 'Welcome to our new staff')
        body = tt(c.lang, 'Veuillez accueillir %s %s (infirmière clinicienne, 7e), M. Thierry Lavallée (préposé, clinique de jour) et Dre Inès Bouraoui, fellow en neuro-oncologie, qui s\'intéressera particulièrement aux gliomes de bas grade. Orientation du %s au %s.' % (g, s, fdate(d1, 'fr', 1), fdate(d1 + datetime.timedelta(days=4), 'fr', 1)),
                  'Please welcome %s %s (clinical nurse, 7th floor), Mr. Thierry Lavallee (PAB, day hospital) and Dr Ines Bouraoui, neuro-oncology fellow with a special interest in low-grade glioma. Orientation %s to %s.' % (g, s, fdate(d1, 'en', 1), fdate(d1 + datetime.timedelta(days=4), 'en', 1)))
    elif scen == 'candidates':
        g2, s2 = _staffname(c)
        m.to = [S['sauve'] if fr else S['albright'], S['belhadj']]
        m.subject = tt(c.lang, 'Entrevues — poste de spécialiste en milieu de vie (AFF-%d-118)' % c.today.year, 'Interviews - child life specialist posting (AFF-%d-118)' % c.today.year)
        body = tt(c.lang, 'Voici l\'horaire des entrevues du %s (salle 7.112) :\n\n9 h 00 — %s %s (CCLS, 4 ans d\'expérience en oncologie pédiatrique)\n10 h 15 — %s %s (finissante, stage en hémato-onco)\n\nGrille d\'évaluation et CV en pièce jointe sur le partage RH. Merci de garder les candidatures confidentielles.' % (fdate(d1, 'fr', 1), g, s, g2, s2),
                  'Interview schedule for %s (room 7.112):\n\n9:00 - %s %s (CCLS, 4 years in paediatric oncology)\n10:15 - %s %s (new graduate, heme-onc internship)\n\nScoring grid and CVs are on the HR share. Please keep applications confidential.' % (fdate(d1, 'en', 1), g, s, g2, s2))
    else:
        m.subject = tt(c.lang, 'Rappel : demandes de vacances d\'été', 'Reminder: summer vacation requests')
        body = tt(c.lang, 'Les demandes de vacances pour la période estivale doivent être déposées au plus tard le %s. Priorité selon l\'ancienneté. Maximum 3 infirmières absentes par semaine au 7e et 2 à la clinique de jour.' % fdate(d1, 'fr', 1),
                  'Summer vacation requests are due by %s. Seniority applies. Maximum 3 nurses off per week on 7th floor and 2 in the day hospital.' % fdate(d1, 'en', 1))
    m.text = '\n\n'.join([hello(c, group=True), body, sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- schedules
def schedule(c):
    fr = c.lang == 'fr'
    frm = c.choice([S['lacombe'], S['belhadj'], S['berube']])
    m = Mail('schedule', c.lang, tt(c.lang, 'horaire de garde / horaire du personnel', 'on-call or staff schedule'), frm, [DOCS if c.chance(0.5) else NURSES], '')
    start = c.today + datetime.timedelta(days=(7 - c.today.weekday()))
    docs = ['Dre Roussel', 'Dr Belhadj', 'Dr Fitzgerald', 'Dre Lam', 'Dr Vaillancourt', 'Dre Kessler']
    roles = tt(c.lang, ['Service (7e)', 'Consultations', 'Garde de nuit', 'Clinique drépanocytose', 'Greffe'],
               ['Ward (7th)', 'Consults', 'Night call', 'Sickle cell clinic', 'Transplant'])
    rows = [[tt(c.lang, 'Semaine du', 'Week of')] + roles]
    for w in range(c.randint(4, 6)):
        d = start + datetime.timedelta(days=7 * w)
        r = docs[:]
        c.rng.shuffle(r)
        rows.append([fdate(d, c.lang, 0)] + r[:len(roles)])
    if c.chance(0.5):
        m.atts.append(Att(tt(c.lang, 'horaire_garde_%s.xlsx', 'call_schedule_%s.xlsx') % start.strftime('%Y-%m'),
                          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', A.xlsx([('Garde' if fr else 'Call', rows)], frm.name, c.date), 'xlsx'))
        tbl = tt(c.lang, 'Horaire en pièce jointe.', 'Schedule attached.')
    else:
        tbl = '\n'.join(' | '.join(r) for r in rows)
    m.subject = tt(c.lang, c.choice(['Horaire de garde — %s' % MOIS[start.month - 1], 'Horaire médical hémato-onco (révisé)', 'Garde : échanges à confirmer']),
                   c.choice(['Call schedule - %s' % MONTHS[start.month - 1], 'Heme-onc staff schedule (revised)', 'Call swaps to confirm']))
    extra = tt(c.lang, 'Dre Lam assure la clinique d\'hémoglobinopathies tous les mardis; Dr Vaillancourt reprend les tumeurs cérébrales à partir du 1er. Échanges de garde à me confirmer par courriel d\'ici vendredi.',
               'Dr Lam covers the haemoglobinopathy clinic every Tuesday; Dr Vaillancourt takes back brain tumours from the 1st. Please confirm call swaps by email by Friday.')
    m.text = '\n\n'.join([hello(c, group=True), extra, tbl, sign(c, frm, True)])
    if c.chance(0.45):
        asker = c.choice([S['kessler'], S['lam'], S['fitz'], S['vaill']])
        q = tt(c.lang, 'Quelqu\'un pourrait-il prendre ma garde de nuit du %s? Événement familial. Je reprends un week-end en échange.' % fdate(start + datetime.timedelta(days=8), 'fr', 1),
               'Could someone take my night call on %s? Family event. Happy to trade a weekend.' % fdate(start + datetime.timedelta(days=8), 'en', 1))
        m.text += '\n\n' + quote(c, asker, c.date - datetime.timedelta(hours=20), q, subject=m.subject)
        m.subject = 'RE: ' + m.subject
    return m


# ---------------------------------------------------------------- payroll
def payroll(c):
    fr = c.lang == 'fr'
    frm = S['provost']
    g, s = _staffname(c)
    to = [Person('emp', 'Mme', g, s, '', '', '%s.%s' % (g.lower().replace('-', '').replace('é', 'e'), s.lower()), 0)]
    m = Mail('payroll', c.lang, tt(c.lang, 'correction de paie d\'un employé', 'employee payroll correction'), frm, to, '')
    emp = '%06d' % c.randint(100000, 399999)
    per = c.randint(3, 22)
    scen = c.choice(['prime', 'retro', 't4'])
    if scen == 'prime':
        m.subject = tt(c.lang, 'Correction de paie — période %d' % per, 'Pay correction - period %d' % per)
        body = tt(c.lang, 'Numéro d\'employé : %s\n\nLa prime de soins critiques (oncologie) n\'a pas été appliquée sur vos 3 quarts de nuit de la période %d. Un ajustement de %s $ brut apparaîtra sur la paie du %s.' % (emp, per, dec(c.randint(9000, 24000) / 100, 'fr', 2), fdate(c.ddays(c.randint(5, 12)), 'fr', 1)),
                  'Employee no.: %s\n\nThe critical care premium (oncology) was not applied to your 3 night shifts in period %d. A gross adjustment of $%.2f will appear on the %s pay.' % (emp, per, c.randint(9000, 24000) / 100, fdate(c.ddays(c.randint(5, 12)), 'en', 1)))
    elif scen == 'retro':
        m.subject = tt(c.lang, 'Rétroactivité — convention collective', 'Retroactive pay - collective agreement')
        body = tt(c.lang, 'Matricule %s — La rétroactivité salariale (%s) sera versée en un seul paiement le %s. Taux horaire ajusté : %s $.' % (emp, '2023-2025', fdate(c.ddays(14), 'fr', 1), dec(c.randint(3400, 5200) / 100, 'fr', 2)),
                  'Employee %s - Retroactive pay (2023-2025) will be paid as a lump sum on %s. Adjusted hourly rate: $%.2f.' % (emp, fdate(c.ddays(14), 'en', 1), c.randint(3400, 5200) / 100))
    else:
        m.subject = tt(c.lang, 'Vos relevés fiscaux sont disponibles', 'Your tax slips are available')
        body = tt(c.lang, 'Les feuillets T4 et Relevé 1 sont disponibles dans le portail employé (matricule %s). Pour toute erreur d\'adresse, mettez à jour votre dossier avant le 28 février.' % emp,
                  'Your T4 and RL-1 slips are in the employee portal (employee %s). If your address is wrong, update your file before February 28.' % emp)
    m.text = '\n\n'.join([hello(c, g), body, sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- job posting
def job_posting(c):
    fr = c.lang == 'fr'
    frm = S['demers']
    m = Mail('job_posting', c.lang, tt(c.lang, 'affichage de poste', 'job posting'), frm, [ALL], '')
    job = c.choice(['cls', 'teacher', 'nurse', 'pharm'])
    no = 'AFF-%d-%03d' % (c.today.year, c.randint(10, 400))
    d = fdate(c.ddays(c.randint(10, 25)), c.lang, 1)
    if job == 'cls':
        title = tt(c.lang, 'Spécialiste en milieu de vie de l\'enfant (child life) — temps complet', 'Certified Child Life Specialist - full time')
        desc = tt(c.lang, 'Préparation psychologique aux procédures, jeu thérapeutique, soutien à la fratrie et accompagnement en fin de vie au sein de l\'équipe d\'hémato-oncologie. Exigences : baccalauréat, certification CCLS, bilinguisme.',
                  'Procedural preparation, therapeutic play, sibling support and end-of-life support with the haematology-oncology team. Requirements: bachelor\'s degree, CCLS certification, bilingual.')
    elif job == 'teacher':
        title = tt(c.lang, 'Enseignant(e) — liaison scolaire, école hospitalière', 'Teacher - school liaison, hospital school')
        desc = tt(c.lang, 'Enseignement au chevet et en classe hospitalière (primaire et secondaire), liens avec les écoles d\'origine, plans de retour en classe. Brevet d\'enseignement requis.',
                  'Bedside and classroom teaching (elementary and secondary), liaison with home schools, school re-entry plans. Teaching licence required.')
    elif job == 'nurse':
        title = tt(c.lang, 'Infirmier(ère) clinicien(ne) — hémato-oncologie, nuit', 'Clinical nurse - haematology-oncology, nights')
        desc = tt(c.lang, 'Administration de chimiothérapie, soins des cathéters centraux, gestion de la neutropénie fébrile. Formation en oncologie offerte.',
                  'Chemotherapy administration, central line care, febrile neutropenia management. Oncology training provided.')
    else:
        title = tt(c.lang, 'Pharmacien(ne) — oncologie pédiatrique', 'Pharmacist - paediatric oncology')
        desc = tt(c.lang, 'Validation des ordonnances de chimiothérapie, participation au comité de pharmacologie, enseignement aux familles.',
                  'Chemotherapy order verification, P&T committee, family teaching.')
    m.subject = tt(c.lang, 'Affichage %s : %s' % (no, title), 'Posting %s: %s' % (no, title))
    m.text = '\n\n'.join([tt(c.lang, 'Bonjour à tous,', 'Hello everyone,'), title, desc,
                          tt(c.lang, 'Échelle salariale selon la convention. Postuler via le portail carrières avant le %s (référence %s).' % (d, no),
                             'Salary per collective agreement. Apply through the careers portal by %s (reference %s).' % (d, no)),
                          sign(c, frm, False)])
    if c.chance(0.4):
        m.atts.append(Att(tt(c.lang, 'affichage_%s.pdf', 'posting_%s.pdf') % no, 'application/pdf',
                          A.pdf(title, [desc, ('kv', [(tt(c.lang, 'Numéro :', 'Number:'), no), (tt(c.lang, 'Date limite :', 'Deadline:'), d),
                                                      (tt(c.lang, 'Contact :', 'Contact:'), '%s, %s' % (frm.name, phone(frm.ext)))])],
                                author=frm.name, compress=c.chance(0.5)), 'pdf'))
    return m


# ---------------------------------------------------------------- invoice
def invoice(c):
    fr = c.lang == 'fr'
    scen = c.choice(['camp', 'transport', 'toys'])
    bn = luhn_serial(c.rng, 9)
    inv = 'F-%d-%04d' % (c.today.year, c.randint(1, 9999))
    if scen == 'camp':
        frm = E['mckenna'] if not fr else orgp('campfac', 'Camp Feux-Follets — facturation', '', '', 'facturation', 0, 'fr', 'campfeuxfollets.example')
        to = [E['theriault']]
        items = [(tt(c.lang, 'Séjour d\'été — 42 campeurs x 6 nuits', 'Summer session - 42 campers x 6 nights'), 42 * 6 * 95.0),
                 (tt(c.lang, 'Transport autocar aller-retour', 'Coach transport, return'), 1850.0),
                 (tt(c.lang, 'Infirmerie — heures supplémentaires', 'Infirmary - extra hours'), 640.0)]
    elif scen == 'transport':
        frm = orgp('taxi', 'Taxi Boréal — facturation', '', '', 'factures', 0, c.lang, 'taxiboreal.example')
        to = [S['cardinal'] if fr else S['okonkwo']]
        items = [(tt(c.lang, 'Courses médicales — mars (%d courses)' % c.randint(20, 60), 'Medical rides - March (%d rides)' % c.randint(20, 60)), c.randint(1800, 5200) * 1.0)]
    else:
        frm = orgp('toys', 'Jeux Éducatifs Plus', '', '', 'ventes', 0, c.lang, 'jeuxeducplus.example')
        to = [S['sauve'] if fr else S['albright']]
        items = [(tt(c.lang, 'Poupées médicales (x6)', 'Medical play dolls (x6)'), 6 * 48.0), (tt(c.lang, 'Trousses d\'art-thérapie', 'Art therapy kits'), 12 * 22.5),
                 (tt(c.lang, 'Tablettes protégées (x3)', 'Rugged tablets (x3)'), 3 * 329.0)]
    sub = sum(x for _, x in items)
    gst, qst = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    m = Mail('invoice', c.lang, tt(c.lang, 'facture fournisseur', 'supplier invoice'), frm, to, '')
    rows = [[tt(c.lang, 'Description', 'Description'), tt(c.lang, 'Montant', 'Amount')]] + [[d, '%.2f' % x] for d, x in items] + \
        [[tt(c.lang, 'Sous-total', 'Subtotal'), '%.2f' % sub], ['TPS/GST', '%.2f' % gst], ['TVQ/QST', '%.2f' % qst], ['Total', '%.2f' % (sub + gst + qst)]]
    kv = [(tt(c.lang, 'Facture no :', 'Invoice no.:'), inv), (tt(c.lang, 'Date :', 'Date:'), fdate(c.today, c.lang, 0)),
          (tt(c.lang, 'No TPS :', 'GST no.:'), '%s RT0001' % bn), (tt(c.lang, 'Client :', 'Customer:'), tt(c.lang, 'Fondation Les Lucioles' if scen == 'camp' else ORG_FR, 'Les Lucioles Foundation' if scen == 'camp' else ORG_EN)),
          (tt(c.lang, 'Modalités :', 'Terms:'), tt(c.lang, 'net 30 jours', 'net 30 days'))]
    m.atts.append(Att('%s.pdf' % inv, 'application/pdf', A.pdf(tt(c.lang, 'FACTURE', 'INVOICE'), [('kv', kv), ('table', rows)], author=frm.name,
                                                               compress=c.chance(0.5)), 'pdf'))
    m.subject = tt(c.lang, 'Facture %s' % inv, 'Invoice %s' % inv)
    m.text = '\n\n'.join([hello(c), tt(c.lang, 'Vous trouverez ci-joint notre facture %s au montant de %s $. Paiement par dépôt direct apprécié.' % (inv, format(sub + gst + qst, ',.2f').replace(',', ' ').replace('.', ',')),
                                        'Please find attached invoice %s for $%s. Direct deposit appreciated.' % (inv, format(sub + gst + qst, ',.2f'))), thanks(c) + '\n' + frm.name])
    return m


# ---------------------------------------------------------------- purchase order
def purchase_order(c):
    fr = c.lang == 'fr'
    frm = orgp('appro', tt(c.lang, 'Approvisionnement', 'Procurement'), 'Service de l\'approvisionnement', 'Procurement', 'approvisionnement', 50, c.lang)
    vendor = orgp('v', 'MediSource — commandes', '', '', 'commandes', 0, c.lang, 'medisource.example')
    m = Mail('purchase_order', c.lang, tt(c.lang, 'bon de commande', 'purchase order'), frm, [vendor], '')
    po = '45%08d' % c.randint(0, 99999999)
    items = c.rng.sample([
        (tt(c.lang, 'Aiguille de Huber 20G x 19 mm, avec tubulure', 'Huber needle 20G x 19 mm, with extension'), 'HN-2019'),
        (tt(c.lang, 'Pansement transparent CHG 8,5 x 11,5 cm', 'CHG transparent dressing 8.5 x 11.5 cm'), 'TD-8511'),
        (tt(c.lang, 'Bouchon désinfectant à l\'alcool (luer)', 'Alcohol disinfecting cap (luer)'), 'DC-100'),
        (tt(c.lang, 'Seringue préremplie NaCl 0,9 % 10 mL', 'Prefilled NS 0.9% syringe 10 mL'), 'PF-10NS'),
        (tt(c.lang, 'Gants de chimiothérapie nitrile, taille M', 'Chemo-rated nitrile gloves, size M'), 'CG-M'),
        (tt(c.lang, 'Sac de transport cytotoxiques', 'Cytotoxic transport bag'), 'CTB-2'),
        (tt(c.lang, 'Trousse de déversement cytotoxique', 'Cytotoxic spill kit'), 'SPK-1')], 4)
    rows = [[tt(c.lang, 'Code', 'Code'), tt(c.lang, 'Description', 'Description'), tt(c.lang, 'Qté', 'Qty'), tt(c.lang, 'Prix unitaire', 'Unit price')]]
    for d, code in items:
        rows.append([code, d, str(c.randint(2, 40) * 10), '%.2f' % (c.randint(15, 900) / 100)])
    if c.chance(0.5):
        m.atts.append(Att('PO_%s.xlsx' % po, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', A.xlsx([('PO', rows)], 'Approvisionnement', c.date), 'xlsx'))
        lst = tt(c.lang, 'Détail en pièce jointe.', 'Line items attached.')
    else:
        lst = '\n'.join('%s  %s  x%s  @ %s' % tuple(r) for r in rows[1:])
    m.subject = tt(c.lang, 'Bon de commande %s' % po, 'Purchase order %s' % po)
    m.text = '\n\n'.join([hello(c), tt(c.lang, 'Veuillez traiter le bon de commande %s. Livraison : quai de réception, %s. Centre de coût 7410 (hémato-oncologie).' % (po, ADDR),
                                        'Please process PO %s. Deliver to receiving dock, %s. Cost centre 7410 (haematology-oncology).' % (po, ADDR_EN)), lst,
                          tt(c.lang, 'Approvisionnement\n%s\nTél. %s' % (ORG_FR, phone(50)), 'Procurement\n%s\nTel. %s' % (ORG_EN, phone(50)))])
    return m


# ---------------------------------------------------------------- inventory (serials pass Luhn)
def inventory(c):
    fr = c.lang == 'fr'
    scen = c.choice(['pumps', 'bloodbank', 'playroom'])
    frm = c.choice([S['doyle'], S['huard']]) if scen == 'pumps' else (S['duchesne'] if scen == 'bloodbank' else S['sauve'])
    m = Mail('inventory', c.lang, tt(c.lang, 'inventaire d\'équipement ou de stock', 'equipment or stock inventory'), frm, [S['lacombe']], '')
    if scen == 'pumps':
        rows = [[tt(c.lang, 'Actif', 'Asset'), tt(c.lang, 'No de série', 'Serial no.'), tt(c.lang, 'Modèle', 'Model'), tt(c.lang, 'Emplacement', 'Location'), tt(c.lang, 'Entretien', 'Service due')]]
        for i in range(c.randint(6, 12)):
            rows.append(['BIO-%05d' % c.randint(10000, 99999), luhn_serial(c.rng, c.choice([9, 10])), c.choice(['Volumed µVP7000', 'Alaris 8100', 'CADD-Solis']),
                         c.choice(['7e — 7%02d' % c.randint(1, 24), 'Clinique de jour' if fr else 'Day hospital', 'Dépôt' if fr else 'Storage']),
                         fdate(c.ddays(c.randint(10, 200)), c.lang, 0)])
        m.subject = tt(c.lang, 'Inventaire des pompes volumétriques — 7e', 'Infusion pump inventory - 7th floor')
        intro = tt(c.lang, 'Voici l\'inventaire des pompes après le décompte de ce matin. Trois pompes sont dues pour l\'entretien préventif; le génie biomédical passera jeudi.',
                   'Here is the pump inventory after this morning\'s count. Three pumps are due for preventive maintenance; biomed is coming Thursday.')
    elif scen == 'bloodbank':
        rows = [[tt(c.lang, 'Groupe', 'Group'), tt(c.lang, 'CGR irradiés', 'Irradiated PRBC'), tt(c.lang, 'Plaquettes', 'Platelets'), tt(c.lang, 'Plasma', 'Plasma')]]
        for grp in ['O-', 'O+', 'A-', 'A+', 'B+', 'AB+']:
            rows.append([grp, str(c.randint(0, 14)), str(c.randint(0, 6)), str(c.randint(2, 20))])
        m.subject = tt(c.lang, 'Inventaire banque de sang — %s' % fdate(c.today, 'fr', 2), 'Blood bank stock - %s' % fdate(c.today, 'en', 2))
        intro = tt(c.lang, 'Inventaire de ce matin. Les O négatifs irradiés sont bas : merci de ne commander que les transfusions nécessaires jusqu\'à la livraison de jeudi. Lot de plaquettes %s reçu.' % luhn_serial(c.rng, 10),
                   'This morning\'s stock. Irradiated O-neg is low: please order only what is needed until Thursday\'s delivery. Platelet lot %s received.' % luhn_serial(c.rng, 10))
    else:
        rows = [[tt(c.lang, 'Article', 'Item'), tt(c.lang, 'Qté', 'Qty'), tt(c.lang, 'État', 'Condition')]]
        for it in tt(c.lang, ['Console de jeu', 'Casques VR', 'Jeux de société', 'Trousses de bricolage', 'Livres 6-12 ans', 'Poupées médicales'],
                     ['Game console', 'VR headsets', 'Board games', 'Craft kits', 'Books ages 6-12', 'Medical play dolls']):
            rows.append([it, str(c.randint(1, 30)), c.choice(tt(c.lang, ['bon', 'à remplacer', 'neuf'], ['good', 'replace', 'new']))])
        m.subject = tt(c.lang, 'Inventaire salle de jeux', 'Playroom inventory')
        intro = tt(c.lang, 'Inventaire de la salle de jeux avant la commande de la Fondation. Les casques VR (série %s) sont à faire désinfecter.' % luhn_serial(c.rng, 9),
                   'Playroom inventory before the Foundation order. The VR headsets (serial %s) need disinfection.' % luhn_serial(c.rng, 9))
    if c.chance(0.5):
        m.atts.append(Att(tt(c.lang, 'inventaire.csv', 'inventory.csv'), 'text/csv', A.csv_text(rows, ';' if fr else ','), 'csv',
                          charset=c.choice(['utf-8', 'windows-1252', 'iso-8859-1']), cte=c.choice(['quoted-printable', 'base64', '8bit'])))
        m.text = '\n\n'.join([hello(c), intro, sign(c, frm, True)])
    else:
        m.text = '\n\n'.join([hello(c), intro, '\n'.join('\t'.join(r) for r in rows), sign(c, frm, True)])
    return m


# ---------------------------------------------------------------- IT notices
def it_notice(c):
    fr = c.lang == 'fr'
    frm = orgp('it', tt(c.lang, 'Centre de services TI', 'IT Service Desk'), 'Centre de services TI', 'IT Service Desk', 'servicedesk', 55, c.lang)
    m = Mail('it_notice', c.lang, tt(c.lang, 'avis informatique', 'IT notice'), frm, [ALL], '')
    scen = c.choice(['downtime', 'phishing', 'printer', 'mfa'])
    d = c.workday(2, 12)
    if scen == 'downtime':
        m.subject = tt(c.lang, '[Avis TI] Arrêt planifié du dossier clinique informatisé — %s' % fdate(d, 'fr', 3), '[IT] Planned EHR downtime - %s' % fdate(d, 'en', 3))
        body = tt(c.lang, 'Le DCI sera indisponible de 1 h à 4 h 30 pour une mise à niveau. Utilisez les formulaires papier de contingence (ordonnances de chimiothérapie : version papier pré-imprimée au poste). Les résultats de laboratoire seront imprimés sur l\'imprimante du 7e.',
                  'The EHR will be unavailable from 1:00 to 4:30 for an upgrade. Use downtime paper forms (chemotherapy orders: pre-printed forms at the nursing station). Lab results will print to the 7th floor printer.')
    elif scen == 'phishing':
        m.subject = tt(c.lang, 'Alerte : courriels frauduleux « Mise à jour de paie »', 'Alert: fraudulent "payroll update" e-mails')
        body = tt(c.lang, 'Plusieurs employés ont reçu un courriel imitant le service de la paie et demandant de confirmer leurs informations bancaires. Ne cliquez pas sur le lien. Signalez le message avec le bouton « Signaler l\'hameçonnage ».',
                  'Several employees received an e-mail impersonating payroll and asking to confirm banking details. Do not click the link. Use the "Report phishing" button.')
    elif scen == 'printer':
        m.subject = tt(c.lang, 'Remplacement des imprimantes — clinique de jour', 'Printer replacement - day hospital')
        body = tt(c.lang, 'Les imprimantes d\'étiquettes (bracelets et tubes) de la clinique de jour seront remplacées le %s. Nouveau nom réseau : PRT-CJ-07B. Numéro de série de l\'appareil : %s.' % (fdate(d, 'fr', 1), luhn_serial(c.rng, 10)),
                  'Label printers (wristbands and tubes) in the day hospital will be replaced on %s. New queue name: PRT-CJ-07B. Device serial: %s.' % (fdate(d, 'en', 1), luhn_serial(c.rng, 10)))
    else:
        m.subject = tt(c.lang, 'Authentification multifacteur obligatoire', 'Multi-factor authentication now required')
        body = tt(c.lang, 'À compter du %s, l\'accès au courriel hors réseau exigera l\'authentification multifacteur. Installez l\'application d\'authentification et inscrivez-vous avant cette date.' % fdate(d, 'fr', 1),
                  'From %s, off-network e-mail access will require MFA. Install the authenticator app and enrol before then.' % fdate(d, 'en', 1))
    m.text = '\n\n'.join([body, tt(c.lang, 'Centre de services TI — poste 5555 — servicedesk@%s' % DOM, 'IT Service Desk - ext. 5555 - servicedesk@%s' % DOM)])
    m.hint = {'layout': c.choice(['html', 'alt', 'plain'])}
    return m


# ---------------------------------------------------------------- facilities
def facilities(c):
    fr = c.lang == 'fr'
    frm = S['huard']
    m = Mail('facilities', c.lang, tt(c.lang, 'avis des services techniques', 'facilities notice'), frm, [ALL], '')
    scen = c.choice(['hepa', 'water', 'reno', 'elevator'])
    d = c.workday(2, 15)
    if scen == 'hepa':
        m.subject = tt(c.lang, 'Remplacement des filtres HEPA — chambres à pression positive 7e', 'HEPA filter replacement - 7th floor positive-pressure rooms')
        body = tt(c.lang, 'Les filtres HEPA des chambres 701 à 708 seront remplacés le %s. Chaque chambre sera hors service 2 heures; la coordination avec l\'assistante-infirmière-chef est faite pour relocaliser les patients greffés. Test de pression différentielle après les travaux.' % fdate(d, 'fr', 1),
                  'HEPA filters in rooms 701-708 will be replaced on %s. Each room will be out of service for 2 hours; coordinated with the charge nurse to move transplant patients. Pressure differential testing after the work.' % fdate(d, 'en', 1))
    elif scen == 'water':
        m.subject = tt(c.lang, 'Analyse Legionella — résultats conformes', 'Legionella testing - results compliant')
        body = tt(c.lang, 'Les prélèvements d\'eau du %s (7e et clinique de jour) sont tous conformes (< 1 UFC/mL). Les filtres terminaux des douches demeurent en place pour les unités d\'immunosupprimés.' % fdate(c.ddays(-10), 'fr', 1),
                  'Water samples from %s (7th floor and day hospital) are all compliant (< 1 CFU/mL). Point-of-use shower filters remain in place on immunocompromised units.' % fdate(c.ddays(-10), 'en', 1))
    elif scen == 'reno':
        m.subject = tt(c.lang, 'Travaux — nouvelle salle de jeux et classe hospitalière', 'Construction - new playroom and hospital classroom')
        body = tt(c.lang, 'Les travaux de la nouvelle salle de jeux (financée par la Fondation Les Lucioles) débuteront le %s. Mesures de prévention de l\'aspergillose : cloisons étanches, pression négative du chantier, aucun patient neutropénique dans le corridor B.' % fdate(d, 'fr', 1),
                  'Work on the new playroom (funded by Les Lucioles Foundation) starts %s. Aspergillus precautions: sealed hoarding, negative pressure on the site, no neutropenic patients in corridor B.' % fdate(d, 'en', 1))
    else:
        m.subject = tt(c.lang, 'Ascenseur C hors service', 'Elevator C out of service')
        body = tt(c.lang, 'L\'ascenseur C sera hors service du %s au %s. Pour le transport des patients vers la radio-oncologie, utiliser l\'ascenseur B (clé disponible à la sécurité, poste 2211).' % (fdate(d, 'fr', 1), fdate(d + datetime.timedelta(days=3), 'fr', 1)),
                  'Elevator C will be out of service from %s to %s. For patient transport to radiation oncology use elevator B (key at security, ext. 2211).' % (fdate(d, 'en', 1), fdate(d + datetime.timedelta(days=3), 'en', 1)))
    m.text = '\n\n'.join([hello(c, group=True), body, sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- employee occupational health
def occ_health(c):
    fr = c.lang == 'fr'
    g, s = _staffname(c)
    emp = Person('emp', 'Mme', g, s, 'Infirmière, 7e', 'Nurse, 7th floor', '%s.%s' % (g.lower().replace('-', '').replace('é', 'e'), s.lower()), 0)
    sst = orgp('sst', tt(c.lang, 'Bureau de santé du personnel', 'Employee Health Office'), 'Bureau de santé du personnel', 'Employee health office', 'sante.personnel', 51, c.lang)
    scen = c.choice(['spill', 'needle', 'flu', 'pregnancy'])
    m = Mail('occ_health', c.lang, tt(c.lang, 'santé au travail d\'une employée', 'employee occupational health'), sst, [emp], '')
    m.cc = [S['lacombe']] if scen in ('spill', 'pregnancy') else []
    if scen == 'spill':
        m.subject = tt(c.lang, 'Suivi — déclaration d\'incident (exposition cytotoxique)', 'Follow-up - incident report (cytotoxic exposure)')
        body = tt(c.lang, 'Suite à votre déclaration du %s (éclaboussure de cyclophosphamide sur l\'avant-bras lors d\'un changement de sac), nous confirmons que le protocole a été suivi : lavage 15 min, examen au bureau de santé, aucune lésion. Aucun suivi supplémentaire requis. Formulaire de la CNESST complété.' % fdate(c.ddays(-2), 'fr', 1),
                  'Following your report of %s (cyclophosphamide splash on the forearm during a bag change), we confirm the protocol was followed: 15-minute wash, assessment at employee health, no skin lesion. No further follow-up needed. Workers\' compensation form completed.' % fdate(c.ddays(-2), 'en', 1))
    elif scen == 'needle':
        m.subject = tt(c.lang, 'Résultats — suivi post-exposition', 'Results - post-exposure follow-up')
        body = tt(c.lang, 'Vos sérologies de suivi à 6 semaines après la piqûre d\'aiguille de Huber sont négatives (VIH, VHC); vous êtes immunisée contre l\'hépatite B (anti-HBs 120). Dernier contrôle à 3 mois.',
                  'Your 6-week follow-up serologies after the Huber needle-stick are negative (HIV, HCV); you are immune to hepatitis B (anti-HBs 120). Final check at 3 months.')
    elif scen == 'flu':
        m.subject = tt(c.lang, 'Vaccination antigrippale — rappel', 'Flu vaccination - reminder')
        body = tt(c.lang, 'Notre registre n\'indique pas de vaccination antigrippale pour vous cette saison. Sur les unités d\'oncologie, la vaccination ou le port du masque en tout temps est exigé. Clinique sans rendez-vous mardi et jeudi, 7 h 30 à 9 h.',
                  'Our records show no flu shot for you this season. On oncology units, vaccination or continuous masking is required. Walk-in clinic Tuesday and Thursday, 7:30-9:00.')
    else:
        m.subject = tt(c.lang, 'Retrait préventif — travailleuse enceinte', 'Preventive reassignment - pregnant worker')
        body = tt(c.lang, 'Tel que recommandé par votre médecin, vous serez réaffectée à des tâches sans manipulation de médicaments dangereux (cytotoxiques) à compter du %s. Votre chef de service vous confirmera l\'horaire.' % fdate(c.ddays(3), 'fr', 1),
                  'As recommended by your physician, you will be reassigned to duties without hazardous drug (cytotoxic) handling from %s. Your manager will confirm the schedule.' % fdate(c.ddays(3), 'en', 1))
    m.text = '\n\n'.join([hello(c, g), body, tt(c.lang, 'Bureau de santé du personnel\n%s, poste 2051' % phone(51), 'Employee Health Office\n%s ext. 2051' % phone(51))])
    return m


# ---------------------------------------------------------------- staff birthdays / baby announcements
def staff_birthday(c):
    fr = c.lang == 'fr'
    frm = c.choice([S['beaudry'], S['kaur'], S['lacombe']])
    m = Mail('staff_social', c.lang, tt(c.lang, 'anniversaires et naissance dans l\'équipe', 'staff birthdays and baby news'), frm, [ALL], '')
    scen = c.choice(['bday', 'baby'])
    if scen == 'bday':
        rows = []
        for _ in range(c.randint(3, 6)):
            g, s = _staffname(c)
            d = c.ddays(c.randint(0, 27))
            yr = c.randint(1968, 1999)
            rows.append('%s %s — %s' % (g, s, fdate(datetime.date(yr, d.month, min(d.day, 28)), c.lang, 1)))
        m.subject = tt(c.lang, 'Anniversaires du mois 🎂', 'Birthdays this month 🎂')
        body = tt(c.lang, 'Les anniversaires de l\'équipe ce mois-ci (dates de naissance fournies par les intéressés pour le tableau) :\n\n%s\n\nGâteau à la salle du personnel jeudi à 14 h 30!' % '\n'.join(rows),
                  'Team birthdays this month (birth dates shared by everyone for the board):\n\n%s\n\nCake in the staff lounge Thursday 2:30!' % '\n'.join(rows))
    else:
        g, s = _staffname(c)
        baby = c.choice(['Arthur', 'Lou', 'Éli', 'Margot', 'Noé', 'Livia'])
        d = c.ddays(-c.randint(1, 6))
        m.subject = tt(c.lang, 'Bienvenue bébé %s!' % baby, 'Welcome baby %s!' % baby)
        body = tt(c.lang, 'Grande nouvelle : notre collègue %s %s est maman! Bébé %s est né%s le %s à 3 h 12, 3,4 kg. Maman et bébé se portent à merveille. Une collecte pour un cadeau est organisée au poste.' % (g, s, baby, '', fdate(d, 'fr', 1)),
                  'Big news: our colleague %s %s had her baby! Baby %s was born on %s at 3:12 am, 7 lb 8 oz. Mom and baby are doing great. Collection for a gift at the nursing station.' % (g, s, baby, fdate(d, 'en', 1)))
    m.text = '\n\n'.join([hello(c, group=True), body, frm.given])
    m.hint = {'layout': c.choice(['html', 'alt'])}
    return m


# ---------------------------------------------------------------- training
def training(c):
    fr = c.lang == 'fr'
    frm = c.choice([S['doyle'], S['lacombe'], S['ferland']])
    m = Mail('training', c.lang, tt(c.lang, 'formation du personnel', 'staff training'), frm, [NURSES], '')
    d = c.workday(7, 30)
    scen = c.choice(['chemo', 'cvad', 'fn'])
    if scen == 'chemo':
        m.subject = tt(c.lang, 'Certification en administration de chimiothérapie — session de %s' % MOIS[d.month - 1], 'Chemotherapy administration certification - %s session' % MONTHS[d.month - 1])
        body = tt(c.lang, 'Formation de 2 jours (théorie + simulation) les %s et %s, salle 2.310. Contenu : manipulation sécuritaire des médicaments dangereux, double vérification, gestion de l\'extravasation (dexrazoxane, hyaluronidase), réactions d\'hypersensibilité à l\'asparaginase. Formatrices : Nadia Ferland, pharmacienne, et Kathleen Doyle, CSN.' % (fdate(d, 'fr', 1), fdate(d + datetime.timedelta(days=1), 'fr', 1)),
                  'Two-day course (theory + simulation) on %s and %s, room 2.310. Content: safe handling of hazardous drugs, independent double check, extravasation management (dexrazoxane, hyaluronidase), asparaginase hypersensitivity. Instructors: Nadia Ferland, pharmacist, and Kathleen Doyle, CNS.' % (fdate(d, 'en', 1), fdate(d + datetime.timedelta(days=1), 'en', 1)))
    elif scen == 'cvad':
        m.subject = tt(c.lang, 'Nouvelle formation en ligne — soins des cathéters centraux', 'New e-learning - central line care')
        body = tt(c.lang, 'Le module « Prévention des bactériémies sur cathéter central » est obligatoire pour tout le personnel infirmier d\'ici le %s (45 min). Il couvre la désinfection des connecteurs, le changement des pansements CHG et le verrou à l\'éthanol.' % fdate(d, 'fr', 1),
                  'The "CLABSI prevention" module is mandatory for all nursing staff by %s (45 min). It covers hub disinfection, CHG dressing changes and ethanol locks.' % fdate(d, 'en', 1))
    else:
        m.subject = tt(c.lang, 'Simulation : neutropénie fébrile à l\'urgence', 'Simulation: febrile neutropenia in the ED')
        body = tt(c.lang, 'Simulation interprofessionnelle le %s à 13 h (urgence, salle de réa 2). Objectif : antibiotique en moins de 60 minutes. Scénario fictif, mannequin pédiatrique. Inscription auprès de Kathleen.' % fdate(d, 'fr', 1),
                  'Interprofessional simulation on %s at 1 pm (ED resus 2). Goal: antibiotics within 60 minutes. Fictional scenario, paediatric manikin. Sign up with Kathleen.' % fdate(d, 'en', 1))
    m.text = '\n\n'.join([hello(c, group=True), body, sign(c, frm, False)])
    if c.chance(0.4):
        start = A.ts(d, 13)
        m.atts.append(Att('formation.ics' if fr else 'training.ics', 'text/calendar',
                          A.ics('train-%d@%s' % (c.idx, DOM), start, start + datetime.timedelta(hours=3), m.subject, tt(c.lang, 'Salle 2.310', 'Room 2.310'),
                                body[:180], (frm.name, frm.addr), stamp=c.date.replace(tzinfo=None)), 'ics', charset='utf-8',
                          cte=c.choice(['quoted-printable', 'base64'])))
    return m


TEMPLATES = [
    (hr_leave, 7), (schedule, 7), (payroll, 6), (job_posting, 7), (invoice, 7), (purchase_order, 6), (inventory, 7),
    (it_notice, 7), (facilities, 6), (occ_health, 7), (staff_birthday, 6), (training, 6),
]
