# Negative (non-confidential) templates: staff, admin, aggregates, vendors, IT, facilities...
import datetime
from core import make_pdf, make_docx, make_xlsx, make_zip, make_ics, make_vcf, luhn_lookalike, gen_sin
from people import STAFF, SITES


def N(subject, body, frm, to, note, atts=None, lang=None):
    d = dict(subject=subject, body=body, frm=frm, to=to, types=[], note=note, atts=atts or [])
    if lang:
        d['lang'] = lang
    return d


def internal(c, name='All staff', user='allstaff'):
    return (name, '%s@%s' % (user, c.dom))


def n_staff_schedule(c):
    s = c.staff()
    names = [x[0] for x in c.rng.sample(STAFF[c.site], 5)]
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] if c.lang == 'en' else ['lun', 'mar', 'mer', 'jeu', 'ven']
    rows = '\n'.join('%s  %s  %s' % (d, n, c.rng.choice(['D 07-19', 'N 19-07', 'E 15-23', 'OFF'])) for d, n in zip(days, names))
    body = c.L("Schedule for next week below. Swaps through the charge nurse only.\n\n", "Horaire de la semaine prochaine. Échanges via l'AIC seulement.\n\n") + rows + '\n\n' + c.sig(s)
    return N(c.L('Schedule wk 48', 'Horaire sem. 48'), body, s, internal(c, c.L('Unit 5 staff', 'Personnel 3 Ouest'), 'unit-staff'), 'staff shift schedule')


def n_hr_leave(c):
    s = c.staff(kw='Human|humaines'); colleague = c.rng.choice(STAFF[c.site])[0]
    body = c.L(c.rng.choice(["Hi,\n\n%s will be off on leave for the next two weeks; please direct clinic questions to the team inbox. "
                             "Coverage sorted with locum.\n\n", "Team - %s is away until the 30th. On-call covers the inbox; urgent items to the charge nurse.\n\n"]) % colleague,
               "Bonjour,\n\n%s sera en congé deux semaines; SVP écrire à la boîte d'équipe. Remplacement assuré.\n\n" % colleague)
    return N(c.L('Staff absence - coverage', 'Absence - remplacement'), body + c.sig(s), s, internal(c), 'notice of a staff member\'s leave and coverage')


def n_training(c):
    s = c.staff(kw='Human|humaines')
    if c.rng.random() < 0.5:
        body = c.L("Casting workshop for ED nurses and residents, Dec 3 13:00-16:00, Sim Lab. Max 14 participants; sign up with your employee number.\n\n",
                   "Atelier de plâtres pour infirmières et résidents, 3 déc. 13h-16h, labo de simulation. Max 14 participants.\n\n")
        return N(c.L('Casting workshop', 'Atelier de plâtres'), body + c.sig(s), s, internal(c), 'staff workshop announcement')
    body = c.L("Reminder: mandatory WHMIS and fire safety e-learning due by Nov 30. Employee # needed at login (e.g. 204118). "
               "Contact Education if you cannot access the LMS.\n\n",
               "Rappel: formations SIMDUT et sécurité incendie obligatoires d'ici le 30 nov. Matricule requis à la connexion.\n\n")
    return N(c.L('Mandatory training reminder', 'Rappel formation obligatoire'), body + c.sig(s), s, internal(c), 'mandatory staff training reminder')


def n_newsletter(c):
    s = c.staff()
    body = c.L("ORTHO & REHAB NEWS - November\n\n* Our joint replacement program hit 1,200 cases this year\n* New ERAS pathway for hip fractures starts Dec 1\n"
               "* Falls prevention: 3 tips for patients with osteoporosis\n* Welcome to our new PT, Aaron!\n\n",
               "INFOLETTRE ORTHO-RÉADAPTATION - novembre\n\n* 1 200 arthroplasties cette année\n* Nouveau protocole RAAC fracture de hanche le 1er déc.\n"
               "* Prévention des chutes: 3 conseils\n\n")
    return N(c.L('Ortho & Rehab News - Nov', 'Infolettre ortho - novembre'), body + c.sig(s), s, internal(c), 'departmental newsletter, aggregate figures')


def n_invoice(c):
    s = c.staff(); e = ('Accounts Receivable', 'ar@medsupply-east.example')
    inv = luhn_lookalike(c.rng, 10)
    atts = [(make_pdf('INVOICE %s' % inv, ['Bill to: %s' % SITES[c.site]['name'], 'Item: 24 x cast padding 4in, lot 55K2091', 'Item: 10 x ortho shoe, size M',
                                           'Subtotal 1,284.00  HST 166.92', 'Total 1,450.92  Net 30']), 'application', 'pdf', 'INV-%s.pdf' % inv)]
    body = c.L("Please find invoice %s attached for PO %s.\n\n" % (inv, luhn_lookalike(c.rng, 9)), "Ci-joint la facture %s, BC %s.\n\n" % (inv, luhn_lookalike(c.rng, 9)))
    return N(c.L('Invoice %s' % inv, 'Facture %s' % inv), body + 'Accounts Receivable\nMedSupply East Ltd.\n', e, s, 'supplier invoice with invoice and PO numbers', atts)


def n_po(c):
    s = c.staff(); e = ('Orders', 'orders@orthoimplant-ca.example')
    po = gen_sin(c.rng)
    body = c.L("PO %s\nQty 6 cemented femoral stem size 4, cat# OS-4412\nQty 6 acetabular liner 52mm\nDeliver to OR stores, dock B.\n\n" % po,
               "BC %s\nQté 6 tige fémorale cimentée taille 4, cat. OS-4412\nLivrer au magasin du bloc.\n\n" % po)
    return N(c.L('Purchase order %s' % po, 'Bon de commande %s' % po), body + c.sig(s), s, e, 'purchase order (number happens to pass a checksum)')


def n_conference(c):
    s = c.staff()
    body = c.L("Grand Rounds programme - Thursday 08:00, Amphitheatre B\n\n08:00 Dr. Priya Raman - Periprosthetic joint infection: 2026 update\n"
               "08:30 Dr. Owen McAllister - Managing the difficult gallbladder\n09:00 Coffee\n\nCME credits available.\n\n",
               "Programme des conférences scientifiques - jeudi 8h, amphithéâtre B\n\n8h00 Dr Marc-André Lefebvre - Infections périprothétiques\n"
               "8h30 Dre Hélène Tremblay-Ward - La cholécystectomie difficile\n\nCrédits de FMC.\n\n")
    return N(c.L('Grand Rounds this week', 'Conférences scientifiques'), body + c.sig(s), s, internal(c), 'conference programme: speakers and topics')


def n_committee(c):
    s = c.staff()
    body = c.L("The Surgical Quality Committee meets %s 12:00 in Boardroom 2. Agenda: NSQIP Q3 report, SSI rates, OR turnaround. Lunch provided.\n\n" % c.day_str(),
               "Le comité qualité chirurgie se réunit le %s à midi, salle 2. Ordre du jour: rapport NSQIP T3, taux d'ISO.\n\n" % c.day_str())
    return N(c.L('Surgical Quality Committee', 'Comité qualité chirurgie'), body + c.sig(s), s, internal(c, 'SQC members', 'sqc'), 'committee meeting notice')


def n_job(c):
    s = c.staff(kw='Human|humaines')
    body = c.L("JOB POSTING #%d - Registered Physiotherapist, full-time, outpatient MSK. Competition closes Dec 12. Apply via the careers portal.\n\n" % c.rng.randint(2000, 9999),
               "AFFICHAGE #%d - Physiothérapeute, temps complet, clinique externe. Fin du concours le 12 déc.\n\n" % c.rng.randint(2000, 9999))
    return N(c.L('Internal posting - Physiotherapist', 'Affichage interne - physiothérapeute'), body + c.sig(s), s, internal(c), 'job posting')


def n_it_outage(c):
    s = c.staff(kw='IT|Informatique')
    if c.rng.random() < 0.5:
        body = c.L("RESOLVED: the Wi-Fi outage affecting 4th and 5th floors (11:20-12:05) is fixed. Root cause: failed switch in closet 4B. Ticket INC%07d closed.\n\nIT Service Desk\n" % c.rng.randint(0, 9999999),
                   "RÉSOLU: panne Wi-Fi aux 4e et 5e étages réglée. Cause: commutateur défectueux. Billet INC%07d fermé.\n\nCentre de services TI\n" % c.rng.randint(0, 9999999))
        return N(c.L('RESOLVED - Wi-Fi outage 4/5 floors', 'RÉSOLU - panne Wi-Fi'), body, s, internal(c), 'IT outage resolved notice')
    body = c.L("Planned downtime: PACS and the EHR will be unavailable Sunday 01:00-04:00 for upgrade. Use downtime forms; "
               "registration will assign temporary numbers.\n\nIT Service Desk x4357\n",
               "Arrêt planifié: PACS et DSE indisponibles dimanche 1h-4h. Utiliser les formulaires de relève.\n\nCentre de services TI poste 4357\n")
    return N(c.L('PLANNED OUTAGE - PACS/EHR', 'ARRÊT PLANIFIÉ - PACS/DSE'), body, s, internal(c), 'IT planned downtime')


def n_it_nas(c):
    s = c.staff(kw='IT|Informatique')
    body = c.L("The departmental NAS (\\\\nas-ortho02) is at 94% capacity. Please move old teaching videos to the archive share. "
               "Snapshot schedule unchanged.\n\n",
               "Le NAS du département (\\\\nas-ortho02) est plein à 94 %. SVP déplacer les vieilles vidéos vers l'archive.\n\n")
    return N(c.L('NAS storage almost full', 'NAS presque plein'), body + c.sig(s), s, internal(c), 'IT mail about network storage')


def n_facilities(c):
    s = c.staff()
    body = c.L("Elevator B will be out of service Tue-Wed for inspection. Patient transfers to DI please use elevator D.\n\n",
               "L'ascenseur B sera hors service mardi-mercredi. Utiliser l'ascenseur D pour l'imagerie.\n\n")
    return N(c.L('Elevator B out of service', 'Ascenseur B hors service'), body + c.sig(s), s, internal(c), 'facilities notice')


def n_parking(c):
    s = c.staff()
    body = c.L("Lot 3 will be resurfaced Nov 24-26. Staff permits valid in the P2 garage during this period. Permit # on your windshield must be visible.\n\n",
               "Le stationnement 3 sera fermé du 24 au 26 nov. Vignettes acceptées au P2.\n\n")
    return N(c.L('Parking lot 3 closure', 'Fermeture stationnement 3'), body + c.sig(s), s, internal(c), 'parking notice')


def n_cafeteria(c):
    s = c.staff()
    if c.rng.random() < 0.5 and c.lang == 'en':
        return N('Cafeteria closed Sat', "Heads up - the main cafeteria closes at 14:00 Saturday for floor cleaning. the coffee kiosk in the lobby stays open.\n\nFood Services\n", s, internal(c), 'cafeteria notice')
    body = c.L("This week in the cafeteria: Tuesday - butter chicken, Wednesday - soup & sandwich combo $7.50, Friday - fish & chips. "
               "Hours extended to 19:00.\n\n",
               "Cette semaine à la cafétéria: mardi poulet au beurre, mercredi soupe-sandwich 7,50 $, vendredi pâté chinois.\n\n")
    return N(c.L('Cafeteria specials', 'Menu de la cafétéria'), body, s, internal(c), 'cafeteria menu')


def n_public_health(c):
    s = c.staff()
    body = c.L("Public health bulletin: influenza A activity increasing in the region; 37 lab-confirmed cases last week, 4 outbreaks in LTC. "
               "Staff vaccination clinic open daily 10-14 in the lobby.\n\n",
               "Bulletin de santé publique: hausse de l'influenza A; 37 cas confirmés la semaine dernière, 4 éclosions en CHSLD. "
               "Vaccination du personnel tous les jours 10h-14h.\n\n")
    return N(c.L('Influenza update', 'Mise à jour influenza'), body + c.sig(s), s, internal(c), 'public health bulletin with aggregate counts')


def n_teaching(c):
    s = c.staff(kw='Surgery|Chirurgie|Ortho')
    if c.rng.random() < 0.5:
        body = c.L("M&M Friday: case 1 - 58M, delayed dx of compartment syndrome after tibial plateau ORIF. Case 2 - 80F, bile leak post lap chole. "
                   "Slides de-identified per policy.\n\n",
                   "Revue morbidité-mortalité vendredi: cas 1 - H 58 ans, syndrome du compartiment après ORIF plateau tibial. Cas 2 - F 80 ans, fuite biliaire.\n\n")
        return N(c.L('M&M rounds Friday', 'Revue M&M vendredi'), body + c.sig(s), s, internal(c, 'Surgery', 'surgery'), 'de-identified morbidity and mortality cases')
    body = c.L("Case for Thursday's resident teaching: a 71-year-old woman presents after a fall at home with shortened, externally rotated L leg. "
               "Hx osteoporosis, on alendronate. Questions: classification? timing of surgery? anticoagulation reversal?\n\n",
               "Cas pour l'enseignement de jeudi: un homme de 62 ans se présente avec douleur FID depuis 24 h, fièvre 38,4. "
               "Questions: score d'Alvarado? imagerie? antibiothérapie?\n\n")
    return N(c.L('Teaching case - Thursday', 'Cas clinique - jeudi'), body + c.sig(s), s, internal(c, 'Residents', 'residents'), 'anonymised teaching case')


def n_vendor(c):
    s = c.staff(); e = ('Jason Pryor, Clinical Specialist', 'jpryor@orthoimplant-ca.example')
    lot = 'LOT %s' % luhn_lookalike(c.rng, 8)
    body = c.L("Hi Dr.,\n\nFollowing up on the new cementless knee system demo. Loaner trays (serial %s) can be on site for your Dec list. "
               "Voluntary field notice for %s attached to the portal - no action if not in stock.\n\nJason Pryor\nOrthoImplant Canada\n" % (luhn_lookalike(c.rng, 10), lot),
               "Bonjour Dr,\n\nSuite à la démonstration du nouveau système de genou. Plateaux de prêt (série %s) disponibles en décembre. "
               "Avis volontaire pour %s.\n\nJason Pryor\nOrthoImplant Canada\n" % (luhn_lookalike(c.rng, 10), lot))
    return N(c.L('Knee system demo / loaner trays', 'Démo système de genou'), body, e, s, 'vendor mail with lot and serial numbers')


def n_aggregate(c):
    s = c.staff()
    body = c.L("ED weekly: 1,142 visits (+6%), median LOS 5.1 h, 38 LWBS, 211 admissions, 14 hip fractures to OR within 48 h (93%).\n\n",
               "Urgence - semaine: 1 142 visites, DMS 5,1 h, 38 départs sans être vus, 211 admissions, 14 fractures de hanche opérées < 48 h.\n\n")
    return N(c.L('ED weekly indicators', 'Indicateurs hebdo urgence'), body + c.sig(s), s, internal(c, 'Leadership', 'leadership'), 'aggregate ED statistics')


def n_blank_form(c):
    s = c.staff()
    paras = [c.L('Patient name: ____________________', 'Nom de l\'usager: ____________________'), c.L('Health number: ____ ___ ___', 'NAM: ____ ____ ____'),
             c.L('Date of birth: __/__/____', 'Date de naissance: __/__/____'), c.L('Reason for referral: ____________', 'Motif: ____________'),
             c.L('Physician signature: ____________', 'Signature du médecin: ____________')]
    atts = [(make_docx(c.L('Physiotherapy Referral Form (blank)', 'Formulaire de demande en physiothérapie'), paras),
             'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', c.L('physio_referral_form.docx', 'formulaire_physio.docx'))]
    body = c.L("Updated blank referral form attached; please discard old versions.\n\n", "Nouveau formulaire vierge ci-joint.\n\n")
    return N(c.L('New referral form template', 'Nouveau gabarit de formulaire'), body + c.sig(s), s, c.ext('fht'), 'blank form template', atts)


def n_roster(c):
    s = c.staff(kw='Surg|Chirurg|Ortho|Unit')
    names = c.rng.sample(STAFF[c.site], 5)
    rows = '\n'.join('%s  %s - %s  %s' % (c.rng.choice(['5-12', '5-14', '5-03', 'OR4', 'Clinic B']), n[0].split()[-1], n[0].split()[0][0],
                                           c.rng.choice(['on call', 'post-call', 'clinic AM', 'OR', 'vacation'])) for n in names)
    body = c.L("Tomorrow's coverage:\n\n", "Couverture de demain:\n\n") + rows + c.L("\n\nPagers as usual.\n\n", "\n\nPagettes comme d'habitude.\n\n") + c.sig(s)
    return N(c.L('coverage tmrw', 'couverture demain'), body, s, internal(c, 'Surgery service', 'surg'), 'staff coverage roster (looks like a list, staff only)')


def n_physician_disease(c):
    s = c.staff()
    body = c.L("Please welcome Dr. Naomi Adeyemi, who joins us as lead of the osteoporosis and fracture liaison clinic. "
               "Dr. Adeyemi has a special interest in Paget's disease and diabetic foot.\n\n",
               "Bienvenue à la Dre Naomi Adeyemi, responsable de la clinique d'ostéoporose. Intérêt particulier pour la maladie de Paget.\n\n")
    return N(c.L('Welcome Dr. Adeyemi', 'Bienvenue Dre Adeyemi'), body + c.sig(s), s, internal(c), 'new physician named next to diseases she treats')


def n_assets(c):
    s = c.staff()
    rows = [['Asset tag', 'Device', 'Serial', 'Location']]
    for i in range(6):
        rows.append(['A-%05d' % c.rng.randint(0, 99999), c.rng.choice(['Infusion pump', 'Portable X-ray', 'CPM machine', 'Bladder scanner']),
                     luhn_lookalike(c.rng, c.rng.choice([9, 10, 15])), c.rng.choice(['5W', 'ED', 'DI', 'OR'])])
    atts = [(make_xlsx('Assets', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'biomed_inventory.xlsx')]
    body = c.L("Biomed inventory for the audit attached. Please confirm locations.\n\n", "Inventaire génie biomédical ci-joint.\n\n")
    return N(c.L('Biomed asset inventory', 'Inventaire génie biomédical'), body + c.sig(s), s, internal(c, 'Biomed', 'biomed'), 'equipment inventory with serials', atts)


def n_ohip_update(c):
    s = c.staff('ON', kw='Billing')
    body = ("Hi all,\n\nSchedule of Benefits changes effective Dec 1: fee code R441 value updated, new E-code for ERAS counselling. "
            "Reminder to validate version codes at registration (HCV). Updated cheat sheet on the intranet.\n\n" + c.sig(s))
    return N('OHIP fee code changes Dec 1', body, s, internal(c, 'Billing', 'billing'), 'billing rule update, no patient', lang='en')


def n_ethics(c):
    s = c.staff(); e = c.ext('research')
    body = c.L("The REB approved protocol 2026-117 (post-op mobilisation after hip fracture) on Nov 9. Recruitment target 240 participants across 3 sites.\n\n",
               "Le CÉR a approuvé le protocole 2026-117 le 9 nov. Objectif de recrutement: 240 participants, 3 sites.\n\n")
    return N(c.L('REB approval 2026-117', 'Approbation CÉR 2026-117'), body + c.sig(s), s, e, 'research ethics approval, aggregate target only')


def n_foundation(c):
    s = c.staff()
    body = c.L("The Foundation's Holiday Radiothon raised $412,000 for the new CT scanner. Thank you to all staff volunteers!\n\n",
               "Le radiothon de la Fondation a amassé 412 000 $ pour le nouveau scanneur. Merci aux bénévoles!\n\n")
    return N(c.L('Radiothon results', 'Résultats du radiothon'), body + c.sig(s), s, internal(c), 'foundation fundraising results')


def n_phone_list(c):
    s = c.staff(); st = SITES[c.site]
    pre = st['phone'][:8]
    body = c.L("Updated clinic numbers:\nFracture clinic %s0151\nPre-op clinic %s0152\nPhysio outpt %s0153\nDI booking %s0154\nFax %s0199\n\n" % ((pre,) * 5),
               "Numéros à jour:\nClinique de fracture %s0151\nClinique préop %s0152\nPhysio externe %s0153\nRDV imagerie %s0154\n\n" % ((pre,) * 4))
    return N(c.L('Clinic phone list', 'Liste téléphonique'), body + c.sig(s), s, c.ext('fht'), 'clinic phone directory')


def n_drug_shortage(c):
    s = c.staff(kw='Pharm')
    body = c.L("Pharmacy alert: national shortage of cefazolin 2 g vials. Use 1 g x2 for surgical prophylaxis until further notice. DIN unchanged.\n\n",
               "Alerte pharmacie: pénurie de céfazoline 2 g. Utiliser 2 x 1 g en prophylaxie chirurgicale.\n\n")
    return N(c.L('Drug shortage - cefazolin', 'Pénurie - céfazoline'), body + c.sig(s), s, internal(c), 'drug shortage notice')


def n_policy(c):
    s = c.staff()
    body = c.L("Policy ADM-042 (Sending personal health information by e-mail) has been revised. Key change: use the secure portal for any external transmission.\n\n",
               "La politique ADM-042 (transmission de renseignements de santé par courriel) a été révisée. Utiliser le portail sécurisé.\n\n")
    return N(c.L('Revised policy ADM-042', 'Politique ADM-042 révisée'), body + c.sig(s), s, internal(c), 'policy update')


def n_meeting_ics(c):
    s = c.staff(kw='Physio')
    start = datetime.datetime(2026, 11, c.rng.randint(16, 30), 12, 0)
    atts = [(make_ics('mtg%d@%s' % (c.rng.randint(10**5, 10**6), c.dom), c.L('Physio team meeting', 'Réunion équipe physio'), start, 60, 'Rehab gym',
                      c.L('Agenda: caseload targets, new equipment, holiday coverage.', 'Ordre du jour: volumes, équipement, vacances.'), s[3] + '@' + c.dom),
             'text', 'calendar', 'meeting.ics')]
    return N(c.L('Invitation: team meeting', 'Invitation: réunion d\'équipe'), c.L('Please accept.\n\n', 'SVP accepter.\n\n') + c.sig(s), s, internal(c, 'Rehab', 'rehab'), 'staff meeting invitation', atts)


def n_vendor_vcard(c):
    s = c.staff(); e = ('Mélanie Roux', 'mroux@bracesplus.example')
    atts = [(make_vcf('Mélanie Roux', 'Roux', 'Mélanie', '1-800-555-0188', '', 'Territory manager - braces and orthoses', 'mroux@bracesplus.example'),
             'text', 'vcard', 'melanie_roux.vcf')]
    body = c.L("Nice meeting you at the rehab expo. My card is attached.\n\nMélanie\n", "Au plaisir de vous revoir. Ma carte ci-jointe.\n\nMélanie\n")
    return N(c.L('Following up', 'Suivi'), body, e, s, 'vendor representative business card', atts)


def n_class_schedule(c):
    s = c.staff(kw='Physio')
    body = c.L("Pre-hab classes for joint replacement candidates: Tuesdays 10:00 and Thursdays 14:00, rehab gym. 12 spots per class, referral required.\n\n",
               "Classes de préadaptation avant arthroplastie: mardi 10h et jeudi 14h. 12 places par groupe.\n\n")
    return N(c.L('Pre-hab class schedule', 'Horaire des classes de préadaptation'), body + c.sig(s), s, c.ext('fht'), 'group class schedule, no individuals')


def n_or_util(c):
    s = c.staff()
    rows = [['Room', 'Booked h', 'Used h', 'Util %', 'Cases']]
    for r in range(1, 7):
        b = c.rng.randint(30, 45); u = c.rng.randint(24, b)
        rows.append(['OR%d' % r, b, u, round(100 * u / b, 1), c.rng.randint(12, 30)])
    atts = [(make_xlsx('Util', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'or_utilization.xlsx')]
    return N(c.L('OR utilization - October', 'Utilisation des salles - octobre'), c.L('Numbers attached.\n\n', 'Chiffres ci-joints.\n\n') + c.sig(s), s,
             internal(c, 'Perioperative', 'periop'), 'OR utilisation statistics spreadsheet', atts)


def n_accreditation(c):
    s = c.staff()
    body = c.L("Accreditation surveyors on site Dec 8-11. Expect tracer questions on two patient identifiers, med rec and falls. Review the ROP booklet.\n\n",
               "Visite d'Agrément Canada du 8 au 11 déc. Révisez les POR: double identification, bilan comparatif, chutes.\n\n")
    return N(c.L('Accreditation visit prep', 'Préparation Agrément'), body + c.sig(s), s, internal(c), 'accreditation preparation notice')


def n_vacancy_swap(c):
    s = c.staff(); colleague = c.rng.choice(STAFF[c.site])
    body = c.L("Hi, can anyone swap my Dec 24 night for Dec 31 day? Message me. - %s\n" % s[0].split()[0],
               "Salut, quelqu'un peut échanger ma nuit du 24 déc. contre le jour du 31? - %s\n" % s[0].split()[0])
    return N(c.L('shift swap?', 'échange de quart?'), body, s, internal(c, 'Unit staff', 'unit-staff'), 'staff shift swap request')


def n_it_password(c):
    s = c.staff(kw='IT|Informatique')
    body = c.L("Your network password expires in 5 days. Change it at https://password.%s/ . IT will never ask for your password by e-mail.\n\n" % c.dom,
               "Votre mot de passe réseau expire dans 5 jours. Changez-le au https://motdepasse.%s/ .\n\n" % c.dom)
    return N(c.L('Password expiry notice', 'Expiration du mot de passe'), body, s, internal(c, c.L('Staff', 'Personnel'), 'staff'), 'IT password expiry notice')


NEG = [n_staff_schedule, n_hr_leave, n_training, n_newsletter, n_invoice, n_po, n_conference, n_committee, n_job, n_it_outage, n_it_nas,
       n_facilities, n_parking, n_cafeteria, n_public_health, n_teaching, n_vendor, n_aggregate, n_blank_form, n_roster, n_physician_disease,
       n_assets, n_ohip_update, n_ethics, n_foundation, n_phone_list, n_drug_shortage, n_policy, n_meeting_ics, n_vendor_vcard,
       n_class_schedule, n_or_util, n_accreditation, n_vacancy_swap, n_it_password]


n_ohip_update.ontario_only = True


# ---- extra variants / categories (stage 2)
def n_staff_injury(c):
    s = c.staff(kw='Human|humaines'); colleague = c.rng.choice(STAFF[c.site])[0]
    body = c.L(c.rng.choice([
        "Hi,\n\nFollowing %s's back strain on the unit last week, Occupational Health has cleared a graduated return: modified duties, no lifting > 10 kg for 3 weeks. "
        "Please adjust the assignment accordingly.\n\n" % colleague,
        "Manager FYI: %s is off work with a fractured wrist (non-work related) until further notice. LTD forms go through HR, not the unit.\n\n" % colleague]),
        "Bonjour,\n\nSuite à l'entorse lombaire de %s au travail, la santé au travail autorise un retour progressif: travaux légers 3 semaines.\n\n" % colleague)
    return N(c.L('Return to work plan - staff', 'Retour au travail - employé'), body + c.sig(s), s, internal(c, c.L('Unit manager', 'Gestionnaire'), 'manager'),
             'occupational health note about an employee (staff, not patient)')


def n_survey(c):
    s = c.staff()
    body = c.L("Patient experience survey Q3 (n=412): 91% would recommend; lowest score on discharge information (68%). "
               "Verbatim comments are de-identified on the quality SharePoint.\n\n",
               "Sondage expérience patient T3 (n=412): 91 % recommanderaient; note la plus faible: information au congé (68 %).\n\n")
    return N(c.L('Patient experience results Q3', 'Résultats sondage expérience patient'), body + c.sig(s), s, internal(c, 'Managers', 'managers'),
             'aggregate patient survey results')


def n_wait_times(c):
    s = c.staff(kw='Ortho|Surgery|Chirurgie')
    body = c.L("Current wait list: 312 hips/knees waiting, median 27 weeks from decision to surgery; 41 beyond target. "
               "Two extra Saturday lists approved for December.\n\n",
               "Liste d'attente: 312 arthroplasties en attente, médiane 27 semaines; 41 hors délai. Deux samedis supplémentaires en décembre.\n\n")
    return N(c.L('Arthroplasty wait list update', 'Liste d\'attente arthroplastie'), body + c.sig(s), s, c.ext('ortho'), 'aggregate surgical wait list figures')


NEG += [n_staff_injury, n_survey, n_wait_times]


def n_committee_zip(c):
    s = c.staff()
    mins = make_pdf(c.L('Minutes - Rehab Program Council', 'Procès-verbal - conseil du programme'), [c.L('Present: 9 members. Quorum reached.', 'Présents: 9 membres.'),
                    c.L('1. Budget variance Q2: -1.8%', '1. Écart budgétaire T2: -1,8 %'), c.L('2. New gait trainer purchase approved', '2. Achat approuvé'),
                    c.L('3. Next meeting January 14', '3. Prochaine réunion 14 janvier')])
    agenda = make_docx(c.L('Agenda', 'Ordre du jour'), [c.L('Call to order', 'Ouverture'), c.L('Approval of minutes', 'Adoption du PV'), c.L('Volumes report', 'Rapport des volumes')])
    atts = [(make_zip([('minutes.pdf', mins), ('agenda.docx', agenda)]), 'application', 'zip', 'council_package.zip')]
    return N(c.L('Council package', 'Documents du conseil'), c.L('Package for next meeting attached.\n\n', 'Documents de la prochaine réunion.\n\n') + c.sig(s), s,
             internal(c, 'Program council', 'council'), 'committee minutes and agenda (zip)', atts)


def n_stats_csv(c):
    s = c.staff(kw='Imaging|Imagerie|Physio|Flow')
    lines = ['month,modality,exams,median_wait_days'] + ['2026-%02d,%s,%d,%d' % (m, mod, c.rng.randint(300, 2200), c.rng.randint(3, 80))
                                                          for m in (8, 9, 10) for mod in ('CT', 'MRI', 'US')]
    atts = [(('\n'.join(lines) + '\n').encode('utf-8'), 'text', 'csv', 'di_volumes.csv')]
    return N(c.L('DI volumes Q3', 'Volumes imagerie T3'), c.L('Volumes attached for the Ministry report.\n\n', 'Volumes ci-joints pour le rapport au Ministère.\n\n') + c.sig(s), s,
             internal(c, 'Decision Support', 'decisionsupport'), 'aggregate imaging volumes CSV', atts)


NEG += [n_committee_zip, n_stats_csv]


def n_bed_board(c):
    s = c.staff(kw='Flow|Unit|Admission')
    rows = '\n'.join('%s  %s' % (b, c.rng.choice(c.L(['clean - ready', 'dirty - EVS called', 'blocked (maintenance)', 'pending d/c 11:00', 'occupied'],
                                                    ['propre - prêt', 'à nettoyer', 'bloqué (entretien)', 'congé prévu 11h', 'occupé']))) for b in ['5-03', '5-08', '5-12A', '5-12B', '5-14', '5-21'])
    body = c.L("Bed board 07:30 - surgical unit\n\n", "Tableau des lits 7h30 - chirurgie\n\n") + rows + c.L("\n\nED holding 6 admits, 2 for surgery.\n\n", "\n\n6 admissions en attente à l'urgence.\n\n") + c.sig(s)
    return N(c.L('bed status 0730', 'état des lits 7h30'), body, s, internal(c, 'Bed management', 'bedmgmt'), 'bed board with room statuses, no patients')


def n_training_env(c):
    s = c.staff(kw='IT|Informatique')
    test_hn = c.rng.choice(['9876 543 210', '1111 111 111'])
    body = c.L("For Thursday's EHR training use the TRAIN environment only. Test patients: ZZTEST, Alpha / ZZTEST, Bravo (test health card %s). "
               "Never look up real charts during training.\n\n" % test_hn,
               "Pour la formation DSE de jeudi, utiliser l'environnement FORMATION seulement. Usagers fictifs: ZZTEST, Alpha / ZZTEST, Bravo. "
               "Ne jamais consulter de vrais dossiers.\n\n")
    return N(c.L('EHR training - test patients', 'Formation DSE - usagers fictifs'), body + c.sig(s), s, internal(c, 'Trainees', 'trainees'),
             'IT training note with obviously fictitious test records')


NEG += [n_bed_board, n_training_env]
