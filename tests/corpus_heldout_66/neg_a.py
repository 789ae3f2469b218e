"""Negative templates, part A: staff, suppliers, IT."""
import datetime

import attach
import ids
import vocab as V
from compose import Mail

DAYS_FR = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
CLINICS_FOCUS = [('diabète', 'diabetes'), ('suivi de grossesse', 'prenatal care'), ('santé mentale', 'mental health'),
                 ('MPOC/asthme', 'COPD/asthma'), ('anticoagulothérapie (RNI)', 'anticoagulation (INR)'), ('ITSS', 'STI'),
                 ('pédiatrie', 'paediatrics'), ('soins de plaies', 'wound care')]


def _days(c):
    return DAYS_FR if c.lang == 'fr' else DAYS_EN


# ------------------------------------------------------------------ staff schedule
def staff_schedule(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Équipe médicale', 'Medical team'), 'medecins@' + c.dom)]
    if c.chance(0.5):
        m.cc = [(c.L('Réception', 'Front desk'), 'reception@' + c.dom)]
    wk = datetime.date(2024, 10, rng.randrange(1, 25))
    m.subject = c.choice([c.L('Horaire SRV semaine du %s' % c.date(wk), 'Walk-in schedule week of %s' % c.date(wk)),
                          c.L('Horaire des médecins - novembre', 'Physician schedule - November'),
                          c.L('MAJ horaire (corrigé)', 'Schedule update (corrected)')])
    rows = []
    for d in _days(c)[:rng.choice([5, 6, 7])]:
        doc = V.doctor(rng)
        foc = c.choice(CLINICS_FOCUS)
        rows.append([d, c.choice(['8h-12h', '12h-16h', '16h-20h', '8h-16h']) if lang == 'fr' else c.choice(['8-12', '12-4', '4-8', '8-4']),
                     V.dname(doc, lang), c.L('clinique ' + foc[0], foc[1] + ' clinic') if c.chance(0.5) else 'SRV' if lang == 'fr' else 'walk-in'])
    heads = c.L(['Jour', 'Plage', 'Médecin', 'Activité'], ['Day', 'Slot', 'Physician', 'Activity'])
    m.blocks = [V.greet(lang, rng, c.L('à tous', 'all')),
                c.L("Voici l'horaire. Merci de me signaler tout échange de quart avant jeudi.", 'Here is the schedule. Please let me know of any shift swaps before Thursday.')]
    if c.chance(0.5):
        m.att(c.L('horaire_%s.xlsx' % wk.isoformat(), 'schedule_%s.xlsx' % wk.isoformat()), attach.make_xlsx(c.L('Horaire', 'Schedule'), heads, rows),
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        m.blocks.append(c.L('(fichier Excel ci-joint)', '(Excel file attached)'))
    else:
        m.blocks.append(('table', heads, rows))
    if c.chance(0.4):
        st = c.staff()
        m.blocks.append(c.L('En cas d\'urgence pour l\'horaire : %s, cell. %s' % (st['full'], ids.phone(rng)),
                            'Schedule emergencies: %s, cell %s' % (st['full'], ids.phone(rng))))
    m.blocks.append(c.sig(coord))
    m.note = 'physician schedule (staff names, clinic activities)'
    return m


# ------------------------------------------------------------------ staff leave
def staff_leave(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    emp = c.me(c.choice(['nurse', 'sec', 'recep', 'sw']))
    mgr = c.me('mgr')
    d0 = datetime.date(2024, rng.randrange(10, 13), rng.randrange(1, 20))
    d1 = d0 + datetime.timedelta(days=rng.randrange(3, 15))
    variant = c.choice(['request', 'approve', 'mat'])
    if variant == 'request':
        m.frm, m.to = (emp['full'], emp['addr']), [(mgr['full'], mgr['addr'])]
        m.subject = c.L('Demande de vacances', 'Vacation request')
        m.blocks = [V.greet(lang, rng, mgr['given']), c.L('J\'aimerais prendre mes vacances du %s au %s. %s a accepté de me remplacer à l\'accueil.' %
                                                        (c.date(d0), c.date(d1), c.staff()['full']),
                                                        "I'd like to take vacation from %s to %s. %s agreed to cover the front desk." % (c.date(d0), c.date(d1), c.staff()['full'])),
                    V.bye(lang, rng), emp['given']]
    elif variant == 'approve':
        m.frm, m.to = (mgr['full'], mgr['addr']), [(emp['full'], emp['addr'])]
        m.reply = True
        m.subject = c.L('RE: Demande de vacances', 'RE: Vacation request')
        m.blocks = [c.L('Approuvé. Bonnes vacances!', 'Approved. Enjoy!'), c.sig(mgr),
                    ('quote', c.L('De : %s', 'From: %s') % emp['full'],
                     [c.L('Je souhaite prendre congé du %s au %s.' % (c.date(d0), c.date(d1)), "I'd like leave from %s to %s." % (c.date(d0), c.date(d1)))])]
    else:
        m.frm, m.to = (mgr['full'], mgr['addr']), [(c.L('Tout le personnel', 'All staff'), 'personnel@' + c.dom)]
        m.subject = c.L('Absence prolongée - remplacement', 'Extended leave - replacement')
        m.blocks = [c.L('Bonjour à tous,\n%s sera en congé (maternité) à partir du %s. %s assurera l\'intérim. Merci de rediriger les demandes.' %
                        (emp['full'], c.date(d0), c.staff()['full']),
                        'Hi all,\n%s will be on (parental) leave starting %s. %s will cover in the interim. Please redirect requests.' %
                        (emp['full'], c.date(d0), c.staff()['full'])), c.sig(mgr)]
    m.note = 'staff leave (HR, not patient information)'
    return m


# ------------------------------------------------------------------ occupational health (HR)
def staff_occ_health(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    mgr = c.me(c.choice(['mgr', 'coord']))
    m.frm = (mgr['full'], mgr['addr'])
    m.to = [(c.L('Personnel', 'Staff'), 'personnel@' + c.dom)]
    variant = c.choice(['flu', 'needle', 'ergo'])
    if variant == 'flu':
        m.subject = c.L('Vaccination antigrippale des employés', 'Staff flu vaccination')
        rows = [[c.staff()['full'], c.choice(['Fluzone HD', 'Flulaval Tetra', 'Afluria Tetra']), c.choice(c.L(['fait', 'à venir', 'refus'], ['done', 'pending', 'declined']))]
                for _ in range(rng.randrange(5, 9))]
        m.blocks = [c.L('Voici le suivi de la campagne pour le personnel (confidentiel RH).', 'Here is the staff campaign status (HR confidential).'),
                    ('table', c.L(['Employé(e)', 'Vaccin', 'Statut'], ['Employee', 'Vaccine', 'Status']), rows), c.sig(mgr)]
    elif variant == 'needle':
        m.subject = c.L('Rappel : protocole exposition au sang (employés)', 'Reminder: staff blood exposure protocol')
        m.blocks = [c.L("Suite à un incident la semaine dernière, rappel : en cas de piqûre accidentelle, laver, déclarer à votre gestionnaire "
                        "et appeler Info-Santé 811. Le formulaire de déclaration d'incident (AH-223) est sur l'intranet.",
                        'Following an incident last week, reminder: after a needle-stick, wash, report to your manager and call 811. '
                        'The incident report form is on the intranet.'), c.sig(mgr)]
    else:
        st = c.staff()
        m.subject = c.L('Évaluation ergonomique - poste réception', 'Ergonomic assessment - front desk')
        m.blocks = [c.L("L'ergothérapeute de la CNESST passera jeudi évaluer le poste de %s (douleurs à l'épaule rapportées). Chaise et support à clavier commandés."
                        % st['full'],
                        "The workplace OT will assess %s's workstation on Thursday (shoulder pain reported). Chair and keyboard tray ordered." % st['full']),
                    c.sig(mgr)]
    m.note = 'employee occupational health / HR, no patient'
    return m


# ------------------------------------------------------------------ supplier order
ITEMS = [('Gants nitrile M (bte 100)', 'Nitrile gloves M (box 100)', 8.95), ('Bandelettes glycémie', 'Glucose test strips', 32.5),
         ('Spéculums jetables', 'Disposable speculums', 41.0), ('Seringues 3 mL', '3 mL syringes', 17.2),
         ('Abaisse-langue', 'Tongue depressors', 6.4), ('Papier table d\'examen', 'Exam table paper', 28.0),
         ('Tubes EDTA lavande', 'EDTA lavender tubes', 22.75), ('Otoscope - spéculums', 'Otoscope tips', 12.9),
         ('Désinfectant Cavi-Wipes', 'Cavi-Wipes disinfectant', 14.3), ('Bâtonnets TAAN', 'NAAT swabs', 55.0)]


def supplier_order(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sup = c.choice(ids.SUPPLIERS[:4])
    mgr = c.me('mgr')
    po = '%s-%d' % (c.choice(['PO', 'BC']), rng.randrange(20000, 99999))
    variant = c.choice(['po', 'invoice', 'confirm'])
    rows = []
    tot = 0.0
    for it in rng.sample(ITEMS, rng.randrange(3, 7)):
        q = rng.randrange(1, 20)
        ref = c.choice(['%s %04d %04d' % (c.choice(['GLUC', 'NITR', 'SPEC', 'SYRG', 'EDTA', 'CAVI']), rng.randrange(1000, 9999), rng.randrange(1000, 9999)),
                        '%d-%03d-%03d' % (rng.randrange(1000, 9999), rng.randrange(100, 999), rng.randrange(100, 999)),
                        ids.luhn_serial(rng, 9)])
        rows.append([ref, it[0] if lang == 'fr' else it[1], q, '%.2f' % it[2], '%.2f' % (q * it[2])])
        tot += q * it[2]
    heads = c.L(['Réf.', 'Article', 'Qté', 'Prix', 'Total'], ['Ref.', 'Item', 'Qty', 'Price', 'Total'])
    if variant == 'po':
        m.frm, m.to = (mgr['full'], mgr['addr']), [(sup[0], 'commandes@' + sup[1])]
        m.subject = c.L('Bon de commande %s' % po, 'Purchase order %s' % po)
        m.blocks = [V.greet(lang, rng), c.L('Voici notre commande. Livraison au %s, %s.' % (c.cl[3], c.cl[4]), 'Please find our order. Deliver to %s, %s.' % (c.cl[3], c.cl[4])),
                    ('table', heads, rows), c.L('Total avant taxes : %.2f $' % tot, 'Total before tax: $%.2f' % tot), c.sig(mgr)]
    else:
        rep = ids.staff(rng)
        m.frm, m.to = (rep['full'] + ' - ' + sup[0], '%s@%s' % (rep['local'], sup[1])), [(mgr['full'], mgr['addr'])]
        inv = 'F%d' % rng.randrange(100000, 999999)
        m.subject = c.L('Facture %s (commande %s)' % (inv, po), 'Invoice %s (order %s)' % (inv, po)) if variant == 'invoice' else \
            c.L('Confirmation de commande %s' % po, 'Order confirmation %s' % po)
        m.blocks = [V.greet(lang, rng, mgr['given']), c.L('Ci-joint la facture. Paiement net 30 jours.', 'Invoice attached. Net 30.')
                    if variant == 'invoice' else c.L('Votre commande est confirmée, expédition prévue jeudi.', 'Your order is confirmed, shipping Thursday.'),
                    ('sig', [rep['full'], c.L('Représentant(e) des ventes', 'Sales representative'), sup[0], ids.phone(rng)])]
        if variant == 'invoice':
            m.att('%s.pdf' % inv, attach.make_pdf(c.L('Facture %s', 'Invoice %s') % inv,
                                                 [sup[0], c.L('Client : ', 'Customer: ') + V.clinic_name(c.cl, lang), c.L('Commande : ', 'Order: ') + po],
                                                 table=(heads, rows), footer='TPS 123456789 RT0001 / TVQ 1234567890 TQ0001'), 'application/pdf')
        else:
            m.blocks.insert(2, ('table', heads, rows))
    m.note = 'supplier order/invoice (product refs that look like identifiers)'
    return m


# ------------------------------------------------------------------ recall
def supplier_recall(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sup = c.choice(ids.SUPPLIERS[:4])
    prod = c.choice([('Lecteur de glycémie GlucoPlus II', 'GlucoPlus II glucose meter'), ('Tensiomètre automatique BP-550', 'BP-550 automatic BP monitor'),
                     ('Thermomètre tympanique ThermoEar', 'ThermoEar tympanic thermometer'), ('Lancettes SafeLance 28G', 'SafeLance 28G lancets')])
    m.frm = ('Qualité - ' + sup[0], 'qualite@' + sup[1])
    m.to = [(c.L('Gestionnaire', 'Manager'), 'admin@' + c.dom)]
    m.subject = c.L('AVIS DE RAPPEL - %s' % prod[0], 'RECALL NOTICE - %s' % prod[1])
    rows = [['LOT %s%d' % (c.choice(['A', 'B', 'K']), rng.randrange(10000, 99999)), ids.luhn_serial(rng, 9),
             '%d-%02d' % (rng.randrange(2025, 2028), rng.randrange(1, 13))] for _ in range(rng.randrange(2, 6))]
    ser = ids.luhn_serial(rng, 9)
    m.blocks = [c.L('Un défaut de calibration peut entraîner des lectures erronées. Retirez les unités suivantes :',
                    'A calibration defect may cause erroneous readings. Please remove the following units:'),
                ('table', c.L(['Lot', 'No de série', 'Expiration'], ['Lot', 'Serial no', 'Expiry']), rows),
                c.L('Exemple de numéro de série à l\'endos : %s %s %s' % (ser[:3], ser[3:6], ser[6:]),
                    'Example serial number on the back: %s %s %s' % (ser[:3], ser[3:6], ser[6:])),
                c.L('Aucun incident patient rapporté à ce jour.', 'No patient incidents reported to date.'),
                ('sig', [c.L('Service Qualité', 'Quality Dept.'), sup[0], ids.phone(rng)])]
    m.note = 'product recall with Luhn-valid serial numbers'
    return m


# ------------------------------------------------------------------ EMR / IT
def it_emr(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sup = ids.SUPPLIERS[4]
    tech = ids.staff(rng)
    m.frm = (tech['full'] + ' (' + sup[0] + ')', '%s@%s' % (tech['local'], sup[1]))
    m.to = [(c.L('Utilisateurs DMÉ', 'EMR users'), 'tous@' + c.dom)]
    d = datetime.date(2024, 10, rng.randrange(1, 28))
    variant = c.choice(['downtime', 'upgrade', 'bug'])
    if variant == 'downtime':
        m.subject = c.L('Interruption planifiée du DMÉ - %s' % c.date(d), 'Planned EMR downtime - %s' % c.date(d))
        m.blocks = [c.L("Le DMÉ sera indisponible de 22 h à 2 h pour la mise à jour 12.4. Prévoir les feuilles de triage papier pour le SRV de soirée. "
                        "Le portail patient et la prise de rendez-vous en ligne seront aussi hors service.",
                        'The EMR will be unavailable from 10 pm to 2 am for the 12.4 update. Use paper triage sheets for the evening walk-in. '
                        'The patient portal and online booking will also be down.')]
    elif variant == 'upgrade':
        m.subject = c.L('Nouveautés version 12.4', 'What\'s new in 12.4')
        m.blocks = [c.L('Principales nouveautés :', 'Highlights:'),
                    ('list', c.L(['Validation automatique du format du NAM à l\'inscription', 'Renouvellements groupés vers la pharmacie',
                                  'Nouveau gabarit de demande de consultation (CRDS)', 'Tableau de bord des résultats en attente'],
                                 ['Automatic health card (NAM) format check at registration', 'Batch prescription renewals to pharmacies',
                                  'New consultation request template (CRDS)', 'Pending results dashboard']))]
    else:
        tk = 'INC%07d' % rng.randrange(10 ** 6, 10 ** 7)
        m.subject = c.L('Billet %s - lenteur module ordonnances' % tk, 'Ticket %s - slow prescriptions module' % tk)
        m.reply = True
        m.blocks = [c.L('Le correctif a été appliqué sur les postes CLIN-01 à CLIN-14. Merci de redémarrer.', 'The fix was applied to workstations CLIN-01 to CLIN-14. Please reboot.'),
                    ('quote', c.L('Le %s, la réception a écrit :' % c.date(d), 'On %s, front desk wrote:' % c.date(d)),
                     [c.L("Le module d'ordonnances gèle quand on imprime, ça prend 2 minutes à chaque fois.", 'The prescription module freezes when printing, takes 2 min every time.')])]
    m.blocks.append(('sig', [tech['full'], V.role('it', lang), sup[0], c.L('Soutien : ', 'Support: ') + ids.phone(rng)]))
    m.note = 'EMR vendor/IT notice'
    return m


def it_security(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    it = c.me('it')
    m.frm = (it['full'], it['addr'])
    m.to = [(c.L('Tout le personnel', 'All staff'), 'personnel@' + c.dom)]
    variant = c.choice(['phish', 'mfa', 'pwd'])
    if variant == 'phish':
        m.subject = c.L('[ALERTE] Courriel frauduleux "RAMQ - remboursement"', '[ALERT] Fraudulent e-mail "RAMQ refund"')
        m.blocks = [c.L("Plusieurs d'entre vous ont reçu un courriel prétendant venir de la RAMQ demandant de « confirmer votre numéro d'assurance sociale ». "
                        "C'est de l'hameçonnage. Ne cliquez pas, signalez-le avec le bouton « Signaler ».",
                        'Several of you received an e-mail claiming to be from RAMQ asking to "confirm your social insurance number". '
                        'This is phishing. Do not click; use the Report button.'),
                    c.L('Exemple d\'objet : « Avis 2024-118-447 : remboursement en attente »', 'Sample subject: "Notice 2024-118-447: pending refund"')]
    elif variant == 'mfa':
        m.subject = c.L('Authentification multifacteur obligatoire le 1er novembre', 'MFA mandatory November 1')
        m.blocks = [c.L('Installez l\'application d\'authentification avant le 1er novembre. Guide en pièce jointe.', 'Install the authenticator app before Nov 1. Guide attached.')]
        m.att(c.L('guide_AMF.pdf', 'MFA_guide.pdf'), attach.make_pdf(c.L('Guide AMF', 'MFA guide'),
                                                                  [c.L('1. Installer l\'application', '1. Install the app'), c.L('2. Scanner le code QR', '2. Scan the QR code'),
                                                                   c.L('3. Entrer le code à 6 chiffres', '3. Enter the 6-digit code')]), 'application/pdf')
    else:
        m.subject = c.L('Expiration de mot de passe', 'Password expiry')
        m.blocks = [c.L('Votre mot de passe réseau expire dans 5 jours. Ctrl+Alt+Suppr > Changer le mot de passe. Minimum 14 caractères.',
                        'Your network password expires in 5 days. Ctrl+Alt+Del > Change password. 14 characters minimum.')]
    m.blocks.append(c.sig(it))
    m.note = 'IT security notice'
    return m


def it_assets(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    it = c.me('it')
    mgr = c.me('mgr')
    m.frm = (it['full'], it['addr'])
    m.to = [(mgr['full'], mgr['addr'])]
    m.subject = c.choice([c.L('Inventaire des postes', 'Workstation inventory'), c.L('Imprimante salle 4 - remplacement', 'Room 4 printer - replacement'),
                          c.L('Télécopieur réception HS', 'Front desk fax down')])
    rows = []
    for i in range(rng.randrange(4, 10)):
        rows.append(['CLIN-%02d' % (i + 1), c.choice(['OptiPlex 7010', 'ThinkCentre M70q', 'HP LaserJet M404', 'Brother MFC-L5900']),
                     ids.luhn_serial(rng, 10), 'AT-%05d' % rng.randrange(10000, 99999),
                     c.choice(c.L(['Bureau 1', 'Réception', 'Salle de prélèvement', 'Triage'], ['Office 1', 'Front desk', 'Blood draw room', 'Triage']))])
    heads = c.L(['Poste', 'Modèle', 'No série', 'Actif', 'Local'], ['Host', 'Model', 'Serial', 'Asset', 'Location'])
    m.blocks = [V.greet(lang, rng, mgr['given']), c.L('Voici l\'inventaire à jour pour l\'assurance.', 'Here is the updated inventory for insurance.')]
    if c.chance(0.5):
        m.att('inventaire.xlsx' if lang == 'fr' else 'inventory.xlsx', attach.make_xlsx('Inventaire' if lang == 'fr' else 'Inventory', heads, rows),
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    else:
        m.blocks.append(('table', heads, rows))
    m.blocks.append(c.sig(it))
    m.note = 'IT asset inventory with serials'
    return m
