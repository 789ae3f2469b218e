"""Negative templates, part C: invoices, purchase orders, inventories, IT, water treatment,
parking, expenses, budget, vendors, contracts, phone changes, holiday hours."""
import datetime

from gen_common import (DOM, signature, dr, staff, CLINIC_TEL, CLINIC_FAX, CLINIC_ADDR, CLINIC_ADDR_EN, TX_TEL, HAWK_TEL,
                        date_fr, date_en, day_fr, day_en, MOIS, MONTHS, luhn_serial, group, rng_for, ORG_FR, ORG_EN)
from gen_clinical import num
from gen_util import mdate, later, person, spec, L, GROUP, quote, reply_header, fwd_block
from gen_neg_a import neg, people, first, ascii_mail
import gen_attach as A
import gen_mime


def money(v, lang):
    s = '{:,.2f}'.format(v)
    if lang == 'fr':
        return s.replace(',', ' ').replace('.', ',') + ' $'
    return '$' + s


# ------------------------------------------------------------------ supplier invoice
def n_invoice(rng, lang, key):
    dt = mdate(rng)
    inv = 'F-%d-%05d' % (2025, rng.randrange(100, 99999))
    cust = 'CL-%06d' % rng.randrange(100000, 999999)
    po = 'BC-%07d' % rng.randrange(1000000, 9999999)
    items = [(L(lang, 'Dialyseur FX-Cor 80 (boîte de 24)', 'FX-Cor 80 dialyser (box of 24)'), rng.randrange(10, 40), 312.40),
             (L(lang, 'Lignes à sang AV-Set 480 (caisse de 24)', 'AV-Set 480 bloodlines (case of 24)'), rng.randrange(10, 40), 188.75),
             (L(lang, 'Solution Dianeal 2,5 % 5 L', 'Dianeal 2.5% 5 L solution'), rng.randrange(50, 300), 14.62),
             (L(lang, 'Aiguilles à fistule 15G (boîte de 50)', '15G fistula needles (box of 50)'), rng.randrange(5, 30), 96.10)]
    items = rng.sample(items, rng.randrange(2, 5))
    sub = sum(q * p for _, q, p in items)
    tps, tvq = sub * 0.05, sub * 0.09975
    gst = '%s RT0001' % luhn_serial(rng, 9)
    qst = '%010d TQ0001' % rng.randrange(10 ** 9, 10 ** 10)
    lines = [L(lang, 'Facture no : %s', 'Invoice no.: %s') % inv, L(lang, 'Date : %s', 'Date: %s') % dt.date().isoformat(),
             L(lang, 'No client : %s', 'Customer no.: %s') % cust, L(lang, 'Bon de commande : %s', 'PO: %s') % po,
             L(lang, 'Facturé à : CH des Deux-Rives — Approvisionnement, 1250 boul. des Draveurs, Gatineau QC J8T 0A5',
               'Bill to: Deux-Rives Hospital Centre - Procurement, 1250 des Draveurs Blvd., Gatineau QC J8T 0A5'), '']
    for d, q, p in items:
        lines.append('%s   x%d   %s   %s' % (d, q, money(p, lang), money(q * p, lang)))
    lines += ['', L(lang, 'Sous-total : %s', 'Subtotal: %s') % money(sub, lang),
              L(lang, 'TPS (%s) : %s', 'GST (%s): %s') % (gst, money(tps, lang)),
              L(lang, 'TVQ (%s) : %s', 'QST (%s): %s') % (qst, money(tvq, lang)),
              L(lang, 'Total : %s', 'Total: %s') % money(sub + tps + tvq, lang),
              L(lang, 'Modalités : net 30 jours. Dépôt direct : transit 00421, institution 815.',
                'Terms: net 30. Direct deposit: transit 00421, institution 815.')]
    vendor = ('Dialysa Médical ltée — comptes recevables', 'ar@dialysa.example')
    subj = L(lang, 'Facture %s — bon de commande %s', 'Invoice %s - PO %s') % (inv, po)
    body = L(lang, 'Bonjour,\n\nVeuillez trouver ci-joint la facture %s. Pour toute question, communiquez avec nous au 1-800-555-0139.\n\n'
                   'Comptes recevables\nDialysa Médical ltée',
             'Hello,\n\nPlease find attached invoice %s. For any question call 1-800-555-0139.\n\nAccounts receivable\nDialysa Medical Ltd.') % inv
    return neg(key, 'invoice', lang, L(lang, 'facture de fournisseur', 'supplier invoice'), vendor, [GROUP['achats']], subj, body, dt,
               atts=[A.att_pdf('%s.pdf' % inv, A.pdf(L(lang, 'FACTURE', 'INVOICE') + ' — Dialysa', lines, author='Dialysa Médical ltée'))])


# ------------------------------------------------------------------ purchase order
def n_po(rng, lang, key):
    dt = mdate(rng)
    po = 'BC-%07d' % rng.randrange(1000000, 9999999)
    head = L(lang, ['Code article', 'Description', 'Qté', 'Unité', 'Lot préféré', 'Prix unitaire'],
             ['Item code', 'Description', 'Qty', 'Unit', 'Preferred lot', 'Unit price'])
    rows = [head]
    cat = [('Cassette DPA HomeChoice', 'APD cassette HomeChoice', 'CS'), ('Extraneal 2 L', 'Extraneal 2 L', 'UN'),
           ('Cathéter HD tunnelisé 19 cm', 'Tunneled HD catheter 19 cm', 'UN'), ('Héparine 1 000 U/mL 10 mL', 'Heparin 1,000 U/mL 10 mL', 'FIO'),
           ('Pansements transparents 10x12', 'Transparent dressings 10x12', 'BTE'), ('Alteplase 2 mg (Cathflo)', 'Alteplase 2 mg (Cathflo)', 'FIO')]
    for fr, en, u in rng.sample(cat, rng.randrange(3, 6)):
        rows.append(['%d-%04d' % (rng.randrange(100, 999), rng.randrange(0, 9999)), L(lang, fr, en), rng.randrange(2, 60), u,
                     'LOT %s' % luhn_serial(rng, 10), round(rng.uniform(3, 420), 2)])
    if rng.random() < 0.5:
        att = A.att_xlsx('%s.xlsx' % po, A.xlsx([(po, rows)], when=dt))
    else:
        att = A.att_text('%s.csv' % po, 'text/csv', A.csv_text([[str(c) for c in r] for r in rows], sep=';' if lang == 'fr' else ','),
                         charset=rng.choice(['windows-1252', 'utf-8']))
    subj = L(lang, 'Bon de commande %s — fournitures dialyse', 'Purchase order %s - dialysis supplies') % po
    body = L(lang, 'Bonjour,\n\nCi-joint le bon de commande %s. Livraison au quai B, pavillon C, avant le %s. Merci de confirmer les '
                   'délais pour les articles en rupture.\n\n%s',
             'Hello,\n\nAttached is purchase order %s. Deliver to dock B, Pavilion C, before %s. Please confirm lead times for '
             'back-ordered items.\n\n%s') % (po, L(lang, date_fr(later(dt, rng, 5, 15).date()), date_en(later(dt, rng, 5, 15).date())),
                                          'Approvisionnement / Procurement\n' + CLINIC_ADDR)
    return neg(key, 'purchase_order', lang, L(lang, 'bon de commande', 'purchase order'), GROUP['achats'],
               [('Dialysa — commandes', 'commandes@dialysa.example')], subj, body, dt, atts=[att])


# ------------------------------------------------------------------ equipment inventory
def n_inventory(rng, lang, key):
    dt = mdate(rng)
    head = L(lang, ['No d\'actif', 'Équipement', 'No de série', 'Emplacement', 'Dernier entretien', 'Statut'],
             ['Asset no.', 'Equipment', 'Serial no.', 'Location', 'Last PM', 'Status'])
    rows = [head]
    eq = L(lang, ['Générateur d\'hémodialyse 5008S', 'Cycleur DPA', 'Osmoseur portatif', 'Pèse-personne fauteuil', 'Échographe portatif (ponctions)'],
           ['5008S hemodialysis machine', 'APD cycler', 'Portable RO unit', 'Chair scale', 'Portable ultrasound (cannulation)'])
    for i in range(rng.randrange(6, 12)):
        ser = luhn_serial(rng, 9)
        rows.append(['DR-%06d' % rng.randrange(100000, 999999), rng.choice(eq), group(ser, (3, 3, 3), ' '),
                     L(lang, 'HD poste %d', 'HD chair %d') % rng.randrange(1, 19),
                     (dt - datetime.timedelta(days=rng.randrange(10, 300))).date().isoformat(),
                     rng.choice(L(lang, ['en service', 'en réparation', 'à réformer'], ['in service', 'in repair', 'to retire']))])
    subj = L(lang, 'Inventaire annuel — équipements de dialyse', 'Annual inventory - dialysis equipment')
    body = L(lang, 'Bonjour,\n\nVoici l\'inventaire à valider avant le %s. Les numéros de série ont été relus sur les plaques; merci de '
                   'signaler tout écart au génie biomédical (poste 3310).\n\n%s',
             'Hello,\n\nHere is the inventory to validate before %s. Serial numbers were read from the plates; please report any '
             'discrepancy to biomedical engineering (ext. 3310).\n\n%s') % (
        L(lang, date_fr(later(dt, rng, 7, 20).date()), date_en(later(dt, rng, 7, 20).date())), 'Génie biomédical / Biomedical engineering')
    if rng.random() < 0.5:
        atts = [A.att_xlsx(L(lang, 'inventaire_dialyse_2025.xlsx', 'dialysis_inventory_2025.xlsx'), A.xlsx([('2025', rows)], when=dt))]
    else:
        z = A.zipped([(L(lang, 'inventaire.csv', 'inventory.csv'), A.csv_text(rows).encode('utf-8')),
                      ('photos/LISEZMOI.txt', b'Photos des plaques disponibles sur demande.\n')])
        atts = [A.att_zip(L(lang, 'inventaire_dialyse.zip', 'dialysis_inventory.zip'), z)]
    return neg(key, 'inventory', lang, L(lang, 'inventaire d\'équipement avec numéros de série', 'equipment inventory with serial numbers'),
               ('Génie biomédical', 'genie.biomedical@' + DOM), [person('houle'), person('ducharme')], subj, body, dt, atts=atts)


# ------------------------------------------------------------------ IT mail
def n_it(rng, lang, key):
    dt = mdate(rng)
    w = later(dt, rng, 3, 12, hour=22)
    kind = rng.choice(['downtime', 'phishing', 'password'])
    if lang == 'fr':
        subj = {'downtime': 'Arrêt planifié du DPE — %s 22h à 2h' % day_fr(w.date()),
                'phishing': 'ALERTE hameçonnage — faux courriel « Résultats de laboratoire »',
                'password': 'Expiration de votre mot de passe dans 5 jours'}[kind]
        body = {'downtime': 'Le dossier patient électronique sera indisponible le %s de 22h à 2h (mise à niveau). Utilisez les '
                            'formulaires papier de contingence (armoire rouge du poste). Les résultats critiques seront téléphonés.'
                            % day_fr(w.date()),
                'phishing': 'Un courriel frauduleux intitulé « Résultats de laboratoire à consulter » circule. Ne cliquez pas sur le '
                            'lien et ne saisissez pas vos identifiants. Signalez-le avec le bouton « Signaler ».',
                'password': 'Votre mot de passe réseau expire bientôt. Changez-le avec Ctrl+Alt+Suppr ou sur motdepasse.%s.' % DOM}[kind]
        body = 'Bonjour,\n\n%s\n\nCentre de services TI — poste 5555 (24/7)\n819-555-0155' % body
    else:
        subj = {'downtime': 'Planned EMR downtime - %s 10 pm to 2 am' % day_en(w.date()),
                'phishing': 'PHISHING ALERT - fake "Lab results" e-mail',
                'password': 'Your password expires in 5 days'}[kind]
        body = {'downtime': 'The electronic patient record will be unavailable on %s from 10 pm to 2 am (upgrade). Use the paper '
                            'downtime forms (red cabinet at the nursing station). Critical results will be phoned.' % day_en(w.date()),
                'phishing': 'A fraudulent e-mail titled "Lab results to review" is circulating. Do not click the link or enter your '
                            'credentials. Report it with the "Report" button.',
                'password': 'Your network password expires soon. Change it with Ctrl+Alt+Del or at password.%s.' % DOM}[kind]
        body = 'Hello,\n\n%s\n\nIT Service Desk - ext. 5555 (24/7)\n819-555-0155' % body
    atts = []
    if kind == 'phishing' and rng.random() < 0.7:
        inner = {'key': key + '-phish', 'from': ('Laboratoire Résultats', 'no-reply@lab-resultats-portail.example'),
                 'to': [('Personnel', 'personnel@' + DOM)], 'subject': L(lang, 'Résultats de laboratoire à consulter', 'Lab results to review'),
                 'body': L(lang, 'Vos résultats sont disponibles. Connectez-vous ici : http://lab-resultats-portail.example/login\n',
                           'Your results are available. Log in here: http://lab-resultats-portail.example/login\n'),
                 'date': dt - datetime.timedelta(hours=3), 'mailer': None}
        atts = [A.att_eml(L(lang, 'exemple_hameconnage.eml', 'phishing_sample.eml'), gen_mime.nested(inner, rng_for(key + '/phish')))]
    return neg(key, 'it_notice', lang, L(lang, 'avis informatique', 'IT notice'), GROUP['ti'], [GROUP['all']], subj, body, dt, atts=atts)


# ------------------------------------------------------------------ water treatment
def n_water(rng, lang, key):
    dt = mdate(rng)
    vals = (rng.randrange(2, 40), num(rng.uniform(0.01, 0.09), lang, 2), num(rng.uniform(0.02, 0.08), lang, 2), rng.randrange(1, 9))
    if lang == 'fr':
        subj = 'Traitement d\'eau HD — résultats mensuels conformes'
        body = ('Bonjour,\n\nRésultats de l\'eau de dialyse (boucle principale, points P1 à P6) :\n'
                '- Bactéries hétérotrophes : %d UFC/mL (limite d\'action 50)\n- Endotoxines : %s UE/mL (limite 0,25)\n'
                '- Chloramines post-charbon : %s mg/L (< 0,1)\n- Conductivité osmoseur : %d µS/cm\n\n'
                'Désinfection thermique de la boucle prévue dimanche 6h; aucune séance avant 10h.\n\n%s'
                % (vals[0], vals[1], vals[2], vals[3], 'Génie biomédical — traitement d\'eau'))
    else:
        subj = 'HD water treatment - monthly results compliant'
        body = ('Hello,\n\nDialysis water results (main loop, points P1-P6):\n- Heterotrophic bacteria: %d CFU/mL (action level 50)\n'
                '- Endotoxin: %s EU/mL (limit 0.25)\n- Chloramine post-carbon: %s mg/L (< 0.1)\n- RO conductivity: %d uS/cm\n\n'
                'Thermal disinfection of the loop on Sunday 6 am; no runs before 10 am.\n\n%s'
                % (vals[0], vals[1], vals[2], vals[3], 'Biomedical engineering - water treatment'))
    return neg(key, 'water_quality', lang, L(lang, 'résultats du traitement d\'eau', 'water treatment results'),
               ('Génie biomédical', 'genie.biomedical@' + DOM), [GROUP['hd'], person('houle')], subj, body, dt)


# ------------------------------------------------------------------ parking / badges
def n_parking(rng, lang, key):
    dt = mdate(rng)
    if lang == 'fr':
        subj = rng.choice(['Renouvellement des vignettes de stationnement', 'Cartes d\'accès — pavillon C'])
        body = ('Bonjour,\n\nLes vignettes de stationnement des employés expirent le 31. Renouvellement en ligne avec votre numéro '
                'd\'employé (6 chiffres) et votre numéro de plaque. Tarif : 42,50 $ / paie. Le stationnement P3 sera fermé pour '
                'asphaltage du %s au %s; les patients de dialyse conservent la zone réservée au P1.\n\nSécurité et stationnement — poste 2000'
                % (date_fr(later(dt, rng, 5, 10).date()), date_fr(later(dt, rng, 11, 15).date())))
    else:
        subj = rng.choice(['Parking permit renewal', 'Access cards - Pavilion C'])
        body = ('Hello,\n\nStaff parking permits expire on the 31st. Renew online with your employee number (6 digits) and licence '
                'plate. Rate: $42.50 per pay. Lot P3 will be closed for paving from %s to %s; dialysis patients keep the reserved '
                'zone in P1.\n\nSecurity and Parking - ext. 2000'
                % (date_en(later(dt, rng, 5, 10).date()), date_en(later(dt, rng, 11, 15).date())))
    return neg(key, 'parking', lang, L(lang, 'avis de stationnement', 'parking notice'),
               ('Sécurité et stationnement', 'stationnement@' + DOM), [GROUP['all']], subj, body, dt)


# ------------------------------------------------------------------ staff expense claim
def n_expense(rng, lang, key):
    dt = mdate(rng)
    who = rng.choice(['despres', 'lafreniere', 'charette', 'mcallister'])
    s = staff(who)
    emp = '%06d' % rng.randrange(100000, 999999)
    km, hotel, reg = rng.randrange(180, 900), rng.uniform(300, 700), rng.choice([350.0, 495.0, 620.0])
    if lang == 'fr':
        subj = 'Remboursement de frais — congrès'
        body = ('Bonjour,\n\nVoici ma demande de remboursement pour le congrès de néphrologie (Québec) :\n'
                '- Inscription : %s\n- Hébergement (2 nuits) : %s\n- Kilométrage : %d km x 0,54 $\n\n'
                'No d\'employé : %s. Reçus numérisés en pièce jointe. Centre de coûts 7140-NEPH.\n\nMerci,\n%s'
                % (money(reg, 'fr'), money(hotel, 'fr'), km, emp, s['name']))
    else:
        subj = 'Expense claim - conference'
        body = ('Hello,\n\nHere is my expense claim for the nephrology meeting (Quebec City):\n- Registration: %s\n'
                '- Hotel (2 nights): %s\n- Mileage: %d km x $0.54\n\nEmployee no.: %s. Scanned receipts attached. Cost centre 7140-NEPH.\n\n'
                'Thanks,\n%s' % (money(reg, 'en'), money(hotel, 'en'), km, emp, s['name']))
    rows = [[L(lang, 'Poste', 'Item'), L(lang, 'Montant', 'Amount')], [L(lang, 'Inscription', 'Registration'), reg],
            [L(lang, 'Hébergement', 'Hotel'), round(hotel, 2)], [L(lang, 'Kilométrage', 'Mileage'), round(km * 0.54, 2)]]
    return neg(key, 'expense', lang, L(lang, 'demande de remboursement de frais d\'une employée', 'staff expense claim'),
               (s['name'], s['addr']), [person('ducharme'), ('Comptes payables', 'comptes.payables@' + DOM)], subj, body, dt,
               atts=[A.att_xlsx(L(lang, 'frais_congres.xlsx', 'conference_expenses.xlsx'), A.xlsx([('Frais', rows)], when=dt))])


# ------------------------------------------------------------------ budget
def n_budget(rng, lang, key):
    dt = mdate(rng)
    lines = [(L(lang, 'Médicaments (immunosuppresseurs)', 'Drugs (immunosuppressants)'), rng.randrange(1800, 2600) * 1000),
             (L(lang, 'Fournitures de dialyse', 'Dialysis supplies'), rng.randrange(2100, 3400) * 1000),
             (L(lang, 'Salaires — soins infirmiers', 'Salaries - nursing'), rng.randrange(5200, 6900) * 1000),
             (L(lang, 'Transport des patients', 'Patient transport'), rng.randrange(300, 700) * 1000)]
    rows = [[L(lang, 'Poste budgétaire', 'Budget line'), L(lang, 'Budget', 'Budget'), L(lang, 'Réel projeté', 'Projected actual'), L(lang, 'Écart', 'Variance')]]
    for d, b in lines:
        r = int(b * rng.uniform(0.93, 1.09))
        rows.append([d, b, r, r - b])
    x = A.xlsx([('P%d' % rng.randrange(4, 12), rows)], when=dt)
    if lang == 'fr':
        subj = 'Suivi budgétaire — période %d' % rng.randrange(4, 12)
        body = ('Bonjour,\n\nLe dépassement projeté provient surtout des fournitures de DP (hausse du nombre de patients à domicile) '
                'et du transport. Rencontre avec la direction financière mardi. Tableau en pièce jointe.\n\n%s' % signature('ducharme', 'fr'))
    else:
        subj = 'Budget follow-up - period %d' % rng.randrange(4, 12)
        body = ('Hello,\n\nThe projected overrun mostly comes from PD supplies (more home patients) and transport. Meeting with '
                'finance on Tuesday. Table attached.\n\n%s' % signature('ducharme', 'en'))
    if rng.random() < 0.5:
        atts = [A.att_zip(L(lang, 'suivi_budgetaire.zip', 'budget_followup.zip'),
                          A.zipped([('budget.xlsx', x), ('notes.pdf', A.pdf(subj, [body.split('\n\n')[1]]))]))]
    else:
        atts = [A.att_xlsx('budget.xlsx', x)]
    return neg(key, 'budget', lang, L(lang, 'suivi budgétaire', 'budget follow-up'), person('ducharme'),
               [('Direction des finances', 'finances@' + DOM)], subj, body, dt, atts=atts)


# ------------------------------------------------------------------ vendor lunch-and-learn
def n_vendor(rng, lang, key):
    dt = mdate(rng)
    ev = later(dt, rng, 7, 21, hour=12).replace(minute=0)
    rep = ('Mélanie Drouin-Kerr', 'mdrouinkerr@nephrotech.example')
    if lang == 'fr':
        subj = 'Dîner-conférence — nouveau cycleur DPA avec télésurveillance'
        body = ('Bonjour,\n\nNephroTech vous invite à un dîner-conférence le %s à 12h (salle C-310) : démonstration du cycleur '
                'avec télésurveillance et résultats d\'un projet pilote en Montérégie (données agrégées). Conférencière : '
                '%s. Repas offert par le commanditaire, conforme à la politique sur les relations avec l\'industrie.\n\n%s\n%s\nNephroTech Canada — 1-888-555-0120'
                % (day_fr(ev.date()), dr('raman', 'fr'), rep[0], 'Représentante, soins rénaux'))
    else:
        subj = 'Lunch and learn - new APD cycler with remote monitoring'
        body = ('Hello,\n\nNephroTech invites you to a lunch and learn on %s at noon (room C-310): demo of the remote-monitoring '
                'cycler and results of a pilot project (aggregate data). Speaker: %s. Lunch sponsored, compliant with the industry '
                'relations policy.\n\n%s\n%s\nNephroTech Canada - 1-888-555-0120' % (day_en(ev.date()), dr('raman', 'en'), rep[0], 'Renal care representative'))
    ics = A.ics('%s@nephrotech.example' % key, ev, ev + datetime.timedelta(hours=1),
                L(lang, 'Dîner-conférence NephroTech', 'NephroTech lunch and learn'), 'C-310', organizer=rep, stamp=dt)
    return neg(key, 'vendor', lang, L(lang, 'invitation d\'un fournisseur', 'vendor invitation'), rep,
               [GROUP['pd'], GROUP['md']], subj, body, dt, atts=[A.att_text('invitation.ics', 'text/calendar', ics, params='; method=REQUEST')])


# ------------------------------------------------------------------ transport contract (reply thread)
def n_contract(rng, lang, key):
    dt = mdate(rng)
    prev = dt - datetime.timedelta(days=rng.randrange(1, 4), hours=rng.randrange(1, 6))
    rate = rng.uniform(38, 55)
    if lang == 'fr':
        orig = ('Bonjour M. Ducharme,\n\nVoici notre proposition de renouvellement pour 2026-2028 : tarif de base %s par trajet '
                '(zone urbaine), supplément de %s pour fauteuil roulant, indexation annuelle 2,5 %%. Délai de prise en charge garanti : 20 min.\n\n'
                'Sylvain Pagé\nDirecteur, Transport adapté Collines-Outaouais' % (money(rate, 'fr'), money(rate * 0.3, 'fr')))
        rep = ('Bonjour M. Pagé,\n\nMerci. Nous souhaitons ajouter une pénalité si l\'attente au retour dépasse 45 minutes, '
               'principal irritant du dernier sondage. Pouvons-nous en discuter jeudi?\n\n%s' % signature('ducharme', 'fr'))
        subj = 'RE: Renouvellement du contrat de transport adapté'
    else:
        orig = ('Hello Mr. Ducharme,\n\nOur renewal proposal for 2026-2028: base rate %s per trip (urban), %s wheelchair supplement, '
                '2.5%% annual indexation. Guaranteed pick-up window: 20 min.\n\nSylvain Pagé\nDirector, Collines-Outaouais Transport'
                % (money(rate, 'en'), money(rate * 0.3, 'en')))
        rep = ('Hello Mr. Pagé,\n\nThank you. We would like to add a penalty when the return wait exceeds 45 minutes, the main '
               'complaint in our last survey. Could we discuss Thursday?\n\n%s' % signature('ducharme', 'en'))
        subj = 'RE: Transport contract renewal'
    other = ('Sylvain Pagé', 'spage@tacollines.example')
    body = rep + '\n\n' + reply_header(lang, prev, '%s <%s>' % other) + '\n' + quote(orig)
    return neg(key, 'contract', lang, L(lang, 'négociation de contrat de transport', 'transport contract negotiation'),
               person('ducharme'), [other], subj, body, dt, in_reply_to='<%s@tacollines.example>' % key.upper())


# ------------------------------------------------------------------ phone number change + staff vCard
def n_phone_change(rng, lang, key):
    dt = mdate(rng)
    s = staff(rng.choice(['charette', 'orourke', 'lafreniere']))
    card = A.vcard(s['name'], s['name'].split()[-1], s['name'].split()[0], tel=TX_TEL if 'charette' in s['addr'] else CLINIC_TEL,
                   email=s['addr'], org=L(lang, ORG_FR, ORG_EN), title=L(lang, s['tfr'], s['ten']))
    card = card.replace('TEL;TYPE=HOME,VOICE', 'TEL;TYPE=WORK,VOICE')
    if lang == 'fr':
        subj = 'Nouveaux numéros — clinique de greffe et prédialyse'
        body = ('Bonjour,\n\nÀ compter du %s, les lignes directes changent :\n- Coordination de greffe : %s\n- Clinique prédialyse : %s\n'
                '- Télécopieur : %s\n- Clinique satellite Hawkesbury : %s\n\nMerci de mettre à jour vos carnets d\'adresses. '
                'La carte de visite de %s est jointe.\n\n%s'
                % (date_fr(later(dt, rng, 5, 15).date()), TX_TEL, CLINIC_TEL, CLINIC_FAX, HAWK_TEL, s['name'], signature('carriere', 'fr')))
    else:
        subj = 'New phone numbers - transplant and pre-dialysis clinics'
        body = ('Hello,\n\nAs of %s, direct lines change:\n- Transplant coordination: %s\n- Pre-dialysis clinic: %s\n- Fax: %s\n'
                '- Hawkesbury satellite clinic: %s\n\nPlease update your address books. %s\'s contact card is attached.\n\n%s'
                % (date_en(later(dt, rng, 5, 15).date()), TX_TEL, CLINIC_TEL, CLINIC_FAX, HAWK_TEL, s['name'], signature('carriere', 'en')))
    fn = s['name'].replace(' ', '_') + '.vcf'
    return neg(key, 'contact_change', lang, L(lang, 'changement de numéros de la clinique', 'clinic phone number change'),
               person('carriere'), [('Médecins référents', 'medecins-referents@liste.' + DOM), GROUP['all']], subj, body, dt,
               atts=[A.att_text(fn, 'text/vcard', card)])


# ------------------------------------------------------------------ holiday hours
def n_holidays(rng, lang, key):
    dt = mdate(rng, rng.choice([6, 11, 12]))
    if lang == 'fr':
        subj = 'Horaire des fêtes — cliniques de néphrologie'
        body = ('Bonjour,\n\nHoraire pendant la période des fêtes :\n- Clinique MRC et prédialyse : fermée du 24 décembre au 2 janvier\n'
                '- Clinique de greffe : ouverte les 29 et 30 décembre (prélèvements seulement)\n'
                '- Hémodialyse : horaire régulier; les séances du 25 et du 1er sont devancées au 24 et au 31\n'
                '- Néphrologue de garde joignable par la téléphoniste : 819-555-0100\n\nJoyeuses fêtes!\n\n%s' % signature('ducharme', 'fr'))
    else:
        subj = 'Holiday hours - nephrology clinics'
        body = ('Hello,\n\nHoliday schedule:\n- CKD and pre-dialysis clinic: closed December 24 to January 2\n'
                '- Transplant clinic: open December 29 and 30 (blood draws only)\n'
                '- Hemodialysis: regular schedule; sessions on the 25th and the 1st move to the 24th and the 31st\n'
                '- Nephrologist on call via switchboard: 819-555-0100\n\nHappy holidays!\n\n%s' % signature('ducharme', 'en'))
    return neg(key, 'holiday_hours', lang, L(lang, 'horaire des fêtes', 'holiday hours'), person('ducharme'),
               [GROUP['all'], ('Médecins référents', 'medecins-referents@liste.' + DOM)], subj, body, dt)


TEMPLATES = [
    (n_invoice, 5), (n_po, 5), (n_inventory, 5), (n_it, 5), (n_water, 5), (n_parking, 5), (n_expense, 5), (n_budget, 5),
    (n_vendor, 5), (n_contract, 5), (n_phone_change, 5), (n_holidays, 5),
]
