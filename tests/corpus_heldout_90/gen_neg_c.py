"""Negative templates, part C: foundation, clowns, volunteers, teaching rounds,
conferences, invoices, purchase orders, asset inventories, school/daycare
network mail, home-care logistics, ZIP of forms, forwarded newsletters,
journal club, aggregate research results."""
import datetime

from stdnum import luhn

from gen_common import (HOSP, HOSP_ADDR, HOSP_DOMAIN, EXT_ORGS, closing, dec, dept_addr, dept_name, dr,
                        fmt_date, greet, signature)
from gen_files import (att_csv, att_docx, att_eml, att_ics, att_pdf, att_xlsx, att_zip, make_csv, make_docx,
                       make_ics, make_pdf, make_xlsx, make_zip)
from gen_mime import Mail
from gen_neg_a import CLIN, neg
from gen_pos_a import dept_pair, staff_pair

ALL = ('Tout le personnel', 'tous@' + HOSP_DOMAIN)


def luhn_num(ctx, n):
    body = str(ctx.randint(10 ** (n - 2), 10 ** (n - 1) - 1))
    return body + luhn.calc_check_digit(body)


def n_fundraising(ctx, lang):
    d = ctx.msg_date()
    f = ctx.staff('found', 'coord', 'F')
    fr = lang == 'fr'
    amt = dec(ctx.randint(4, 39) / 10, lang)
    v = ctx.randint(0, 2)
    if fr:
        subj = ['Radiothon 2025 : merci!', 'Défi têtes rasées – inscrivez votre équipe', 'Vente de garage au profit de la Fondation'][v]
        body = [f"Grâce à vous, le Radiothon a permis d'amasser {amt} M$, qui serviront à l'achat d'un IRM adapté aux enfants et au programme de vie de l'enfant.",
                "Le Défi têtes rasées revient le 14 juin. Les équipes de soins peuvent s'inscrire en ligne; les dons sont remis à la recherche en oncologie pédiatrique.",
                "La vente de garage du personnel aura lieu samedi dans le stationnement P3. Tous les profits vont au fonds des familles en difficulté."][v]
        text = f"{greet(ctx, 'fr')}\n\n{body}\n\nMerci de votre générosité!\n\n{signature(ctx, f, 'fr')}"
    else:
        subj = ['2025 Radiothon: thank you!', 'Head-shaving challenge – register your team', 'Garage sale for the Foundation'][v]
        body = [f"Thanks to you, the Radiothon raised ${amt}M, which will fund a child-friendly MRI and the Child Life program.",
                "The head-shaving challenge is back on June 14. Care teams can register online; donations go to paediatric oncology research.",
                "The staff garage sale is Saturday in parking P3. All proceeds go to the fund for families in need."][v]
        text = f"{greet(ctx, 'en')}\n\n{body}\n\nThank you for your generosity!\n\n{signature(ctx, f, 'en')}"
    return neg(ctx, lang, 'foundation_fundraising', 'foundation fundraising news', ('Fondation HESA', dept_addr('found')), [ALL],
               subj, text, date=d)


def n_clown_visit(ctx, lang):
    d = ctx.msg_date()
    cl = ctx.staff('cl', 'coord', 'F')
    fr = lang == 'fr'
    clowns = ctx.sample(['Dr Pistache', 'Dre Fraisinette', 'Dr Boudin', 'Dre Tournesol', 'Dr Chaussette', 'Dre Pomme-Grenade'], 2)
    units = ctx.sample(['5B', '6B', '7A', 'hôpital de jour' if fr else 'day hospital', 'clinique TSA' if fr else 'autism clinic', 'hémato-oncologie' if fr else 'haem-onc'], 3)
    when = ctx.future(d, 1, 10)
    if fr:
        subj = ctx.choice(['Visite des clowns thérapeutiques', f'Les docteurs clowns passent {fmt_date(when, "fr", 2)}', 'Horaire clowns – semaine prochaine'])
        text = (f"{greet(ctx, 'fr')}\n\n{clowns[0]} et {clowns[1]} passeront par : {', '.join(units)}, le {fmt_date(when, 'fr', 2)} de 13 h à 16 h. "
                f"Merci d'indiquer sur la porte les chambres en isolement ou les enfants qui préfèrent ne pas recevoir de visite; "
                f"les clowns ne consultent aucun dossier.\n\n{signature(ctx, cl, 'fr')}")
    else:
        clowns = [c.replace('Dre ', 'Dr. ').replace('Dr ', 'Dr. ') for c in clowns]
        subj = ctx.choice(['Therapeutic clown visit', f'Clown doctors visiting {fmt_date(when, "en", 1)}', 'Clown schedule – next week'])
        text = (f"{greet(ctx, 'en')}\n\n{clowns[0]} and {clowns[1]} will drop by: {', '.join(units)}, on {fmt_date(when, 'en', 1)}, 1-4 pm. "
                f"Please mark on the door any isolation rooms or children who prefer no visit; the clowns never look at charts.\n\n{signature(ctx, cl, 'en')}")
    return neg(ctx, lang, 'clown_visit', 'therapeutic clown visit schedule', staff_pair(cl),
               [('Chefs d\'unité' if fr else 'Unit managers', f'chefs.unite@{HOSP_DOMAIN}')], subj, text, date=d)


def n_volunteer_schedule(ctx, lang):
    d = ctx.msg_date()
    vc = ctx.staff('vol', 'coord', 'F')
    fr = lang == 'fr'
    vols = [ctx.staff('vol') for _ in range(ctx.randint(6, 10))]
    days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] if fr else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
    tasks = (['Salle de jeux', 'Accueil', 'Bibliothèque roulante', 'Câlineurs néonatalogie', 'Chariot à collations'] if fr else
             ['Playroom', 'Welcome desk', 'Book cart', 'NICU cuddlers', 'Snack cart'])
    rows = [['Bénévole' if fr else 'Volunteer', 'Jour' if fr else 'Day', 'Heure' if fr else 'Time', 'Poste' if fr else 'Post', 'Cellulaire' if fr else 'Cell']]
    for v in vols:
        rows.append([v.full, ctx.choice(days), ctx.choice(['9h-12h', '13h-16h', '18h-20h']), ctx.choice(tasks), ctx.phone()])
    if ctx.chance(0.5):
        att = att_csv('horaire_benevoles.csv' if fr else 'volunteer_schedule.csv', make_csv(rows, ';' if fr else ',', 'utf-8'))
        table = ''
    else:
        att = None
        table = '\n'.join(' – '.join(r) for r in rows[1:]) + '\n\n'
    if fr:
        subj = ctx.choice(['Horaire des bénévoles – mois prochain', 'Bénévoles : remplacements recherchés'])
        text = (f"{greet(ctx, 'fr')}\n\nVoici l'horaire des bénévoles. Rappel : les bénévoles ne doivent jamais recevoir d'information sur l'état de santé des enfants.\n\n"
                f"{table}{signature(ctx, vc, 'fr')}")
    else:
        subj = ctx.choice(['Volunteer schedule – next month', 'Volunteers: replacements needed'])
        text = (f"{greet(ctx, 'en')}\n\nHere is the volunteer schedule. Reminder: volunteers must never be given information about children's health.\n\n"
                f"{table}{signature(ctx, vc, 'en')}")
    return neg(ctx, lang, 'volunteer_schedule', 'volunteer roster with volunteers\' names and cell phones', staff_pair(vc),
               [('Bénévoles' if fr else 'Volunteers', f'benevoles@{HOSP_DOMAIN}')], subj, text, atts=[att] if att else [], date=d)


def n_teaching_rounds(ctx, lang):
    d = ctx.msg_date()
    t = ctx.staff('teach', 'coord', 'F')
    fr = lang == 'fr'
    sp = ctx.staff(ctx.choice(['neuro', 'endo', 'gi', 'dev']), 'md')
    topic = ctx.choice([("Hypoglycémie néonatale : nouvelles lignes directrices", "Neonatal hypoglycaemia: new guidelines"),
                        ("Syndrome de Dravet : place du fenfluramine", "Dravet syndrome: role of fenfluramine"),
                        ("Maladie de Crohn pédiatrique : traitement précoce par anti-TNF", "Paediatric Crohn's: early anti-TNF"),
                        ("Dépistage précoce du TSA en première ligne", "Early ASD screening in primary care"),
                        ("Puberté précoce : quand référer?", "Precocious puberty: when to refer?")])
    when = datetime.datetime.combine(ctx.future(d, 3, 21), datetime.time(8, 0))
    atts = []
    if ctx.chance(0.5):
        atts = [att_ics('grand_rounds.ics', make_ics(f'{ctx.randint(10**8, 10**9)}@{HOSP_DOMAIN}', when, when + datetime.timedelta(hours=1),
                                                     ('Grande tournée : ' if fr else 'Grand rounds: ') + topic[0 if fr else 1],
                                                     dr(sp, lang), 'Amphithéâtre B / Teams', organizer=(t.full, t.email),
                                                     stamp=d.astimezone(datetime.timezone.utc).replace(tzinfo=None)))]
    if fr:
        subj = f'Grande tournée de pédiatrie – {topic[0]}'
        text = (f"{greet(ctx, 'fr')}\n\nMercredi {fmt_date(when.date(), 'fr', 2)}, 8 h, amphithéâtre B : {dr(sp, 'fr')} présentera « {topic[0]} ». "
                f"Activité reconnue (1 h, section 1). Déjeuner offert.\n\n{signature(ctx, t, 'fr')}")
    else:
        subj = f'Paediatric grand rounds – {topic[1]}'
        text = (f"{greet(ctx, 'en')}\n\nWednesday {fmt_date(when.date(), 'en', 1)}, 8 am, lecture hall B: {dr(sp, 'en')} will present \"{topic[1]}\". "
                f"Accredited (1 h, section 1). Breakfast provided.\n\n{signature(ctx, t, 'en')}")
    return neg(ctx, lang, 'teaching_rounds', 'grand rounds announcement (speaker and disease topic)', staff_pair(t),
               [('Médecins et résidents' if fr else 'Physicians and residents', f'medecins@{HOSP_DOMAIN}')], subj, text, atts=atts, date=d)


def n_conference_programme(ctx, lang):
    d = ctx.msg_date()
    t = ctx.staff('teach', 'coord')
    fr = lang == 'fr'
    talks = [(f'{8 + i}:{"00" if i % 2 == 0 else "30"}', dr(ctx.staff(dep, 'md'), lang), L(ctx.choice(DXL[dep]), lang))
             for i, dep in enumerate(ctx.sample(['neuro', 'endo', 'gi', 'dev', 'neo'], 4))]
    rows = [['Heure' if fr else 'Time', 'Conférencier' if fr else 'Speaker', 'Sujet' if fr else 'Topic']] + [list(x) for x in talks]
    title = 'Journée scientifique en pédiatrie 2025' if fr else '2025 Paediatric Research Day'
    kind = ctx.choice(['pdf', 'docx'])
    if kind == 'pdf':
        att = att_pdf('programme.pdf' if fr else 'programme.pdf', make_pdf(title, [('table', rows)], header=HOSP[lang], compress=True))
    else:
        att = att_docx('Programme_journee.docx' if fr else 'Research_day_programme.docx', make_docx(title, [('table', rows)]))
    if fr:
        subj = f'Programme – {title}'
        text = f"{greet(ctx, 'fr')}\n\nVoici le programme préliminaire. Inscription gratuite pour le personnel.\n\n{signature(ctx, t, 'fr')}"
    else:
        subj = f'Programme – {title}'
        text = f"{greet(ctx, 'en')}\n\nHere is the preliminary programme. Free registration for staff.\n\n{signature(ctx, t, 'en')}"
    return neg(ctx, lang, 'conference_programme', 'conference programme: speakers and disease topics', staff_pair(t), [ALL],
               subj, text, atts=[att], date=d)


DXL = {
    'neuro': [("Nouveautés dans le traitement de l'épilepsie réfractaire", "Advances in refractory epilepsy")],
    'endo': [("Technologies en diabète de type 1 : boucle fermée", "Closed-loop technology in type 1 diabetes")],
    'gi': [("Maladies inflammatoires de l'intestin à début très précoce", "Very-early-onset IBD")],
    'dev': [("Trajectoires développementales des enfants autistes", "Developmental trajectories in autism")],
    'neo': [("Devenir neurodéveloppemental des grands prématurés", "Neurodevelopmental outcomes of extremely preterm infants")],
}


def L(pair, lang):
    return pair[0] if lang == 'fr' else pair[1]


def n_invoice(ctx, lang):
    d = ctx.msg_date()
    fr = lang == 'fr'
    sup = ctx.choice([('MédiSupplies Canada', 'medisupplies.example'), ('Distribution Pédiatrique QC', 'distpedqc.example'),
                      ('SensoryPlay Inc.', 'sensoryplay.example')])
    inv = f'F-{ctx.randint(100000, 999999)}'
    po = f'BC-{d.year}-{ctx.randint(10000, 99999)}'
    items = ctx.sample([('Capteurs de glucose en continu (boîte de 3)', 'CGM sensors (box of 3)', 189.0),
                        ('Bandelettes de glycémie x100', 'Glucose strips x100', 42.5),
                        ('Boutons de gastrostomie 14 Fr', 'Gastrostomy buttons 14 Fr', 215.0),
                        ('Coquilles antibruit enfant', 'Child ear defenders', 24.99),
                        ('Couvertures lestées 2 kg', 'Weighted blankets 2 kg', 89.0),
                        ('Poupées de préparation médicale', 'Medical play dolls', 37.5)], 3)
    rows = [['Article' if fr else 'Item', 'Qté' if fr else 'Qty', 'Prix' if fr else 'Price', 'Lot']]
    total = 0
    for it in items:
        q = ctx.randint(2, 40)
        total += q * it[2]
        rows.append([it[0] if fr else it[1], str(q), f'{it[2]:.2f}', luhn_num(ctx, 10)])
    blocks = [(f"Facture {inv}" if fr else f"Invoice {inv}"), (f"Bon de commande : {po}" if fr else f"PO: {po}"),
              (f"Client : {HOSP[lang]}, {HOSP_ADDR[lang]}" if fr else f"Bill to: {HOSP[lang]}, {HOSP_ADDR[lang]}"), '',
              ('table', rows), '', (f"Total avant taxes : {total:.2f} $" if fr else f"Subtotal: ${total:.2f}"),
              ("TPS 123456789 RT0001 – TVQ 1234567890 TQ0001" if fr else "GST 123456789 RT0001 – QST 1234567890 TQ0001")]
    pdf = make_pdf('FACTURE' if fr else 'INVOICE', blocks, header=sup[0], compress=ctx.chance(0.5))
    if fr:
        subj = f'Facture {inv} – {HOSP_DOMAIN}'
        text = f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv} relative au bon de commande {po}. Paiement net 30 jours.\n\nComptes recevables\n{sup[0]}"
    else:
        subj = f'Invoice {inv}'
        text = f"Hello,\n\nPlease find attached invoice {inv} for PO {po}. Payment net 30.\n\nAccounts Receivable\n{sup[0]}"
    return neg(ctx, lang, 'supplier_invoice', 'supplier invoice with PO and Luhn-valid lot numbers', ('Comptes recevables' if fr else 'Accounts Receivable', f'ar@{sup[1]}'),
               [('Comptes payables HESA', f'comptes.payables@{HOSP_DOMAIN}')], subj, text, atts=[att_pdf(f'{inv}.pdf', pdf)], date=d)


def n_purchase_order(ctx, lang):
    d = ctx.msg_date()
    buyer = ctx.staff('appro', 'coord')
    fr = lang == 'fr'
    po = f'BC-{d.year}-{ctx.randint(10000, 99999)}'
    rows = [['No article' if fr else 'Item no.', 'Description', 'Qté' if fr else 'Qty', 'Centre de coûts' if fr else 'Cost centre']]
    for desc in ctx.sample(['Jouets sensoriels (vie de l\'enfant)' if fr else 'Sensory toys (Child Life)', 'Tablettes iPad 10"',
                            'Fauteuils pour parents – néonatalogie' if fr else 'Parent recliners – NICU', 'Tapis de jeu' if fr else 'Play mats',
                            'Glucomètres de démonstration' if fr else 'Demo glucometers'], 3):
        rows.append([str(ctx.randint(100000, 999999)), desc, str(ctx.randint(1, 20)), str(ctx.randint(7000, 7999))])
    xlsx = make_xlsx([('BC' if fr else 'PO', rows)])
    if fr:
        subj = f'Bon de commande {po}'
        text = f"{greet(ctx, 'fr')}\n\nVoici le bon de commande {po}. Livraison au quai de réception, porte 3.\n\n{signature(ctx, buyer, 'fr')}"
    else:
        subj = f'Purchase order {po}'
        text = f"{greet(ctx, 'en')}\n\nHere is purchase order {po}. Deliver to the receiving dock, door 3.\n\n{signature(ctx, buyer, 'en')}"
    return neg(ctx, lang, 'purchase_order', 'purchase order spreadsheet', staff_pair(buyer), [('Ventes', 'ventes@distpedqc.example')],
               subj, text, atts=[att_xlsx(f'{po}.xlsx', xlsx)], date=d)


def n_asset_inventory(ctx, lang):
    d = ctx.msg_date()
    bm = ctx.staff('biomed', 'tech')
    fr = lang == 'fr'
    rows = []
    for _ in range(ctx.randint(5, 9)):
        rows.append((ctx.choice(['Pompe volumétrique', 'Pompe à gavage', 'Saturomètre', 'Incubateur', 'Moniteur EEG portable'] if fr else
                                ['Volumetric pump', 'Feeding pump', 'Pulse oximeter', 'Incubator', 'Portable EEG monitor']),
                     luhn_num(ctx, 9), f'SN{ctx.randint(10**7, 10**8)}', ctx.choice(['5B', '6B', '7A', 'NICU', 'SAD', 'Neuro'])))
    lines = '\n'.join(f"{a} – {'actif' if fr else 'asset'} {b[:3]} {b[3:6]} {b[6:]} – {c} – {u}" for a, b, c, u in rows)
    if fr:
        subj = ctx.choice(['Inventaire des équipements – étalonnage annuel', 'Équipements à retourner au génie biomédical'])
        text = (f"{greet(ctx, 'fr')}\n\nLes équipements suivants doivent être apportés au génie biomédical pour l'entretien préventif :\n\n{lines}\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, bm, 'fr')}")
    else:
        subj = ctx.choice(['Equipment inventory – annual calibration', 'Equipment to return to Biomedical Engineering'])
        text = (f"{greet(ctx, 'en')}\n\nThe following equipment must be brought to Biomedical Engineering for preventive maintenance:\n\n{lines}\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, bm, 'en')}")
    return neg(ctx, lang, 'asset_inventory', 'equipment list with Luhn-valid 9-digit asset numbers', staff_pair(bm),
               [('Chefs d\'unité' if fr else 'Unit managers', f'chefs.unite@{HOSP_DOMAIN}')], subj, text, date=d)


def n_school_nurse_training(ctx, lang):
    d = ctx.msg_date()
    liaison = ctx.staff('school', 'nurse', 'F')
    fr = lang == 'fr'
    when = ctx.future(d, 7, 40)
    org, dom = EXT_ORGS['school']
    if fr:
        subj = ctx.choice(['Formation des infirmières scolaires – glucagon et épinéphrine', 'Réseau liaison scolaire – prochaine rencontre'])
        text = (f"{greet(ctx, 'fr')}\n\nLa prochaine formation du réseau aura lieu le {fmt_date(when, 'fr', 2)} : administration du glucagon nasal, "
                f"auto-injecteurs d'épinéphrine, plan d'urgence pour l'épilepsie, et gestion des pompes à insuline en classe.\n"
                f"Apportez vos questions générales; aucun cas nominatif ne sera discuté.\n\n{signature(ctx, liaison, 'fr')}")
    else:
        subj = ctx.choice(['School nurse training – glucagon and epinephrine', 'School liaison network – next meeting'])
        text = (f"{greet(ctx, 'en')}\n\nThe next network training is on {fmt_date(when, 'en', 1)}: nasal glucagon, epinephrine auto-injectors, "
                f"seizure emergency plans and insulin pumps in class.\nBring general questions; no named cases will be discussed.\n\n{signature(ctx, liaison, 'en')}")
    return neg(ctx, lang, 'school_nurse_training', 'training for school nurses (no pupil named)', staff_pair(liaison),
               [('Infirmières scolaires' if fr else 'School nurses', f'infirmieres@{dom}')], subj, text, date=d)


def n_daycare_policy(ctx, lang):
    d = ctx.msg_date()
    liaison = ctx.staff('school', 'nurse', 'F')
    fr = lang == 'fr'
    if fr:
        subj = ctx.choice(['CPE du territoire : politique sur les allergies alimentaires', 'Info aux services de garde – saison des gastros'])
        text = (f"{greet(ctx, 'fr')}\n\nÀ l'intention des directions de CPE : un modèle de politique sur les allergies sévères est disponible "
                f"(zones sans arachides, entreposage des auto-injecteurs, formation annuelle). Pour la saison des gastro-entérites, "
                f"rappel d'exclure un enfant 48 h après le dernier vomissement.\n\n{signature(ctx, liaison, 'fr')}")
    else:
        subj = ctx.choice(['Local daycares: food allergy policy', 'Info for daycares – gastro season'])
        text = (f"{greet(ctx, 'en')}\n\nFor daycare directors: a model policy on severe allergies is available (peanut-free areas, auto-injector "
                f"storage, yearly training). For gastro season, remember to exclude a child for 48 h after the last vomiting episode.\n\n{signature(ctx, liaison, 'en')}")
    return neg(ctx, lang, 'daycare_policy', 'general guidance to daycares', staff_pair(liaison),
               [('Directions CPE' if fr else 'Daycare directors', 'directions@cpe-hiboux.example')], subj, text, date=d)


def n_homecare_logistics(ctx, lang):
    d = ctx.msg_date()
    mgr = ctx.staff('home', 'mgr')
    fr = lang == 'fr'
    if fr:
        subj = ctx.choice(['Véhicules SAD – entretien', 'Remboursement du kilométrage', 'Commande de matériel de trachéostomie'])
        text = (f"{greet(ctx, 'fr')}\n\nLes véhicules {ctx.randint(10, 19)} et {ctx.randint(20, 29)} seront au garage mardi; planifiez vos tournées en conséquence. "
                f"Les relevés de kilométrage du mois sont dus vendredi (formulaire RH-22). La commande de canules de trachéostomie (tailles 3.0 à 4.5) est arrivée.\n\n"
                f"{signature(ctx, mgr, 'fr')}")
    else:
        subj = ctx.choice(['Home care vehicles – maintenance', 'Mileage reimbursement', 'Tracheostomy supply order'])
        text = (f"{greet(ctx, 'en')}\n\nVehicles {ctx.randint(10, 19)} and {ctx.randint(20, 29)} will be at the garage Tuesday; plan routes accordingly. "
                f"Monthly mileage logs are due Friday (form HR-22). The tracheostomy cannula order (sizes 3.0 to 4.5) has arrived.\n\n"
                f"{signature(ctx, mgr, 'en')}")
    return neg(ctx, lang, 'homecare_logistics', 'home-care team logistics', staff_pair(mgr), [dept_pair('home', lang)], subj, text, date=d)


def n_zip_forms(ctx, lang):
    d = ctx.msg_date()
    sec = ctx.staff(ctx.choice(['dev', 'tsa', 'school']), 'sec', 'F')
    fr = lang == 'fr'
    f1 = make_pdf('Questionnaire aux parents' if fr else 'Parent questionnaire',
                  [("Nom de l'enfant : ____________   Date de naissance : ________" if fr else "Child's name: ____________   Date of birth: ________"),
                   ("Votre enfant pointe-t-il pour montrer? [ ] oui [ ] non" if fr else "Does your child point to show? [ ] yes [ ] no")],
                  header=HOSP[lang], compress=True)
    f2 = make_docx('Questionnaire à l\'éducatrice' if fr else 'Educator questionnaire',
                   [("Observations en milieu de garde (jeu, langage, interactions) :" if fr else "Daycare observations (play, language, interactions):"), '______'])
    z = make_zip([('questionnaire_parents.pdf' if fr else 'parent_questionnaire.pdf', f1),
                  ('questionnaire_educatrice.docx' if fr else 'educator_questionnaire.docx', f2),
                  ('LISEZMOI.txt' if fr else 'README.txt', ("Formulaires vierges – version 2025" if fr else "Blank forms – 2025 version").encode('utf-8'))])
    if fr:
        subj = 'Trousse de formulaires – évaluation du développement'
        text = f"{greet(ctx, 'fr')}\n\nVoici la trousse de formulaires vierges à envoyer aux familles avant la première visite.\n\n{sec.full}"
    else:
        subj = 'Forms package – developmental assessment'
        text = f"{greet(ctx, 'en')}\n\nHere is the blank forms package to send families before the first visit.\n\n{sec.full}"
    return neg(ctx, lang, 'zip_blank_forms', 'ZIP of blank questionnaires', staff_pair(sec), [('CLSC – équipe Jeunesse', 'jeunesse@cisss-vieuxmoulin.example')],
               subj, text, atts=[att_zip('formulaires.zip' if fr else 'forms.zip', z)], date=d)


def n_forwarded_newsletter(ctx, lang):
    d = ctx.msg_date()
    fr = lang == 'fr'
    a = ctx.staff(ctx.choice(CLIN), ctx.choice(['nurse', 'md', 'psy']))
    b = ctx.staff(a.dept)
    if fr:
        isub = ctx.choice(['Bulletin de la Société canadienne de pédiatrie – nouveautés', 'Infolettre de l\'Association des infirmières en pédiatrie'])
        itext = ("Dans ce numéro : nouvelles recommandations sur le temps d'écran chez les moins de 5 ans; le point sur la vaccination contre le VRS; "
                 "webinaire sur la santé mentale des adolescents atteints de maladies chroniques.\n\nPour vous désabonner, cliquez ici.")
        outer = f"{greet(ctx, 'fr', b.given)}\n\nPour info, le webinaire pourrait t'intéresser.\n\n{a.given}"
    else:
        isub = ctx.choice(['Paediatric society bulletin – what\'s new', 'Paediatric nurses association newsletter'])
        itext = ("In this issue: new screen-time recommendations for under-5s; update on RSV immunization; webinar on mental health "
                 "in teens with chronic illness.\n\nTo unsubscribe click here.")
        outer = f"{greet(ctx, 'en', b.given)}\n\nFYI, the webinar might interest you.\n\n{a.given}"
    inner = Mail(subject=isub, sender=('Newsletter', 'news@pedsociety.example'), to=[(a.full, a.email)], text=itext,
                 date=d - datetime.timedelta(days=2), lang=lang)
    return neg(ctx, lang, 'forwarded_newsletter_eml', 'professional newsletter forwarded as .eml', staff_pair(a), [staff_pair(b)],
               ('TR: ' if fr else 'FW: ') + isub, outer, atts=[att_eml('bulletin.eml' if fr else 'newsletter.eml', inner)], date=d)


def n_journal_club(ctx, lang):
    d = ctx.msg_date()
    r = ctx.staff('teach', 'res')
    fr = lang == 'fr'
    arts = ctx.sample(["Early intensive behavioural intervention in autism: a meta-analysis (2024)",
                       "Fenfluramine in Dravet syndrome: long-term outcomes (2023)",
                       "Hybrid closed-loop systems in children under 7 with type 1 diabetes (2024)",
                       "Exclusive enteral nutrition vs steroids in paediatric Crohn's disease (2022)",
                       "Bayley-4 outcomes at 2 years in infants born < 29 weeks (2025)"], 2)
    if fr:
        subj = 'Club de lecture – articles de ce mois'
        text = f"{greet(ctx, 'fr')}\n\nPour le club de lecture de jeudi midi :\n- {arts[0]}\n- {arts[1]}\n\nPizza fournie!\n{r.given}"
    else:
        subj = 'Journal club – this month\'s papers'
        text = f"{greet(ctx, 'en')}\n\nFor Thursday's noon journal club:\n- {arts[0]}\n- {arts[1]}\n\nPizza provided!\n{r.given}"
    return neg(ctx, lang, 'journal_club', 'journal club article list', staff_pair(r), [('Résidents pédiatrie', f'residents.pediatrie@{HOSP_DOMAIN}')],
               subj, text, date=d)


def n_research_results(ctx, lang):
    d = ctx.msg_date()
    pi = ctx.staff('res', 'md')
    fr = lang == 'fr'
    n = ctx.randint(80, 300)
    if fr:
        subj = 'Résultats de l\'étude – merci aux familles participantes'
        text = (f"Chères familles,\n\nL'étude sur le sommeil des enfants ayant un TDAH est terminée. {n} enfants y ont participé. "
                f"En moyenne, le temps d'endormissement a diminué de 22 minutes avec la routine proposée. Les résultats individuels ne sont pas communiqués par courriel.\n\n"
                f"{dr(pi, 'fr')}\n{dept_name('res', 'fr')}")
    else:
        subj = 'Study results – thank you to participating families'
        text = (f"Dear families,\n\nThe sleep study in children with ADHD is complete. {n} children took part. "
                f"On average, sleep onset latency fell by 22 minutes with the proposed routine. Individual results are not sent by e-mail.\n\n"
                f"{dr(pi, 'en')}\n{dept_name('res', 'en')}")
    return neg(ctx, lang, 'research_results_aggregate', 'aggregate study results mailed to families (Bcc)', staff_pair(pi),
               [('Familles participantes' if fr else 'Participating families', f'ne-pas-repondre@{HOSP_DOMAIN}')], subj, text, date=d)


TEMPLATES = [
    (n_fundraising, 6), (n_clown_visit, 6), (n_volunteer_schedule, 5), (n_teaching_rounds, 5), (n_conference_programme, 4),
    (n_invoice, 6), (n_purchase_order, 3), (n_asset_inventory, 4), (n_school_nurse_training, 3), (n_daycare_policy, 3),
    (n_homecare_logistics, 3), (n_zip_forms, 3), (n_forwarded_newsletter, 3), (n_journal_club, 3), (n_research_results, 2),
]
