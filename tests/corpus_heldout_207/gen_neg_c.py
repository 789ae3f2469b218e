"""Negative templates, part C: invoices, purchasing, inventories, IT, facilities, calibration,
shortages, recalls, vendors, auto-replies, training, billing questions."""
import datetime as dt

from gen_common import L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, thanks, greet, luhn_serial, DOMAIN
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard
from gen_mime import html_table
from gen_neg_a import _team

VENDOR = {'name': 'Auralis Medical Canada', 'email': 'facturation@auralis-medical.example'}


def _lot(ctx):
    return '%s%02d%04d' % (ctx.pick(['L', 'LOT', 'B']), ctx.rng.randint(20, 24), ctx.rng.randint(0, 9999))


def n_invoice(ctx, lang):
    rng = ctx.rng
    ap = {'name': L(lang, 'Comptes fournisseurs', 'Accounts Payable'), 'email': 'comptes.fournisseurs@' + DOMAIN}
    inv = 'INV-%07d' % rng.randint(0, 9999999)
    po = 'BC-%d-%05d' % (ctx.today.year, rng.randint(0, 99999))
    items = []
    for _ in range(rng.randint(2, 5)):
        it = ctx.pick([('Processeur de son SP-9 (remplacement)', 'Sound processor SP-9 (replacement)', 8950.00),
                       ('Implant cochléaire CI-700, électrode péri-modiolaire', 'Cochlear implant CI-700, perimodiolar array', 24500.00),
                       ('Bobine d\'antenne', 'Headpiece coil', 410.00), ('Batterie rechargeable (paquet de 2)', 'Rechargeable battery (2-pack)', 265.00)])
        items.append([it[0 if lang == 'fr' else 1], luhn_serial(rng, 9), _lot(ctx), rng.randint(1, 3), it[2]])
    rows = [[L(lang, 'Article', 'Item'), L(lang, 'N° de série', 'Serial no.'), L(lang, 'Lot', 'Lot'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix unitaire', 'Unit price')]] + \
        [[a, b, c, str(d), '%.2f' % e] for a, b, c, d, e in items]
    total = sum(d * e for _, _, _, d, e in items)
    spec = Spec('invoice', lang, VENDOR, [ap], L(lang, 'Facture %s – bon de commande %s' % (inv, po), 'Invoice %s - PO %s' % (inv, po)), '')
    lines = [L(lang, 'Facturé à : ', 'Bill to: ') + ORG[lang]['ci'] + ', ' + ORG[lang]['addr'],
             L(lang, 'Bon de commande : ', 'PO: ') + po, L(lang, 'Date de facture : ', 'Invoice date: ') + d_iso(ctx.today),
             L(lang, 'Conditions : net 30 jours', 'Terms: net 30'),
             L(lang, 'Total avant taxes : %.2f $' % total, 'Subtotal: $%.2f' % total),
             'TPS/GST 123456789 RT0001']
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Veuillez trouver ci-jointe la facture %s.' % inv, 'Please find invoice %s attached.' % inv), '',
                           L(lang, 'Service de facturation – Auralis Médical, 1 800 555-0190', 'Billing - Auralis Medical, 1 800 555-0190')])
    spec.atts = [Att('%s.pdf' % inv, 'application/pdf', make_pdf(L(lang, 'FACTURE ', 'INVOICE ') + inv, lines, table=rows, author='Auralis'), 'pdf')]
    spec.note = L(lang, 'facture de fournisseur avec numéros de série', 'vendor invoice with serial numbers')
    return spec


def n_po(ctx, lang):
    rng = ctx.rng
    buyer = ctx.staff(lang, 'clerk', 'buyer_' + lang)
    sup = {'name': ctx.pick(['Fournitures Audiologiques Laurier', 'Audiotech Supply']), 'email': 'commandes@audiotech-supply.example'}
    po = 'BC-%d-%05d' % (ctx.today.year, rng.randint(0, 99999))
    rows = [[L(lang, 'Code', 'Code'), L(lang, 'Description', 'Description'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix', 'Price')]]
    for code, fr, en, pr in [('ZA675-60', 'Piles zinc-air 675 (60)', 'Zinc-air batteries 675 (60)', 38.5),
                             ('IE-3A-50', 'Embouts inserts ER-3A (50)', 'ER-3A insert tips (50)', 62.0),
                             ('SPC-4MM', 'Spéculums jetables 4 mm (250)', 'Disposable specula 4 mm (250)', 24.9),
                             ('TYMP-PRB', 'Embouts de sonde tympanométrique', 'Tympanometry probe tips', 71.0),
                             ('VNG-MSK', 'Masques VNG jetables (20)', 'Disposable VNG masks (20)', 145.0)]:
        if rng.random() < 0.75:
            rows.append([code, fr if lang == 'fr' else en, str(rng.randint(2, 20)), '%.2f' % pr])
    spec = Spec('purchase_order', lang, buyer, [sup], L(lang, 'Bon de commande %s' % po, 'Purchase order %s' % po), '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Voici notre commande. Livraison : quai de réception, pavillon B.', 'Our order below. Deliver to receiving dock, Building B.'), ''] +
                          ['  '.join(r) for r in rows] + ['', L(lang, 'Centre de coût : 7-4410-AUD', 'Cost centre: 7-4410-AUD'), ctx.sig(buyer, lang)])
    if ctx.chance(0.5):
        enc = ctx.pick(['utf-8', 'windows-1252'])
        a = Att(po + '.csv', 'text/csv', make_csv(rows, ';' if lang == 'fr' else ',', encoding=enc), 'csv')
        a.charset = enc
        spec.atts = [a]
    spec.note = L(lang, 'bon de commande de fournitures', 'supplies purchase order')
    return spec


def n_inventory(ctx, lang):
    rng = ctx.rng
    tech = ctx.staff(lang, 'biomed', 'biomed_' + lang)
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    k = ctx.pick(['loaner', 'consign'])
    if k == 'loaner':
        rows = [[L(lang, 'Appareil', 'Device'), L(lang, 'N° de série', 'Serial no.'), L(lang, 'Statut', 'Status'), L(lang, 'Emplacement', 'Location')]]
        for _ in range(rng.randint(6, 12)):
            rows.append([ctx.pick(['RIC 312 M', 'BTE 675 SP', 'CROS', 'FM Roger']), luhn_serial(rng, ctx.pick([9, 10])),
                         ctx.pick([L(lang, 'disponible', 'available'), L(lang, 'prêté', 'on loan'), L(lang, 'en réparation', 'in repair')]),
                         ctx.pick(['A-12', 'A-14', 'B-03'])])
        subj = L(lang, 'Inventaire des appareils de prêt', 'Loaner hearing aid inventory')
    else:
        rows = [['REF', L(lang, 'Description', 'Description'), 'LOT', L(lang, 'N° de série', 'Serial no.'), L(lang, 'Expiration', 'Expiry')]]
        for _ in range(rng.randint(4, 8)):
            rows.append(['CI-700-' + ctx.pick(['PM', 'SL']), L(lang, 'Implant (consignation)', 'Implant (consignment)'), _lot(ctx),
                         luhn_serial(rng, 9), d_iso(ctx.later(200, 700))])
        subj = L(lang, 'Stock en consignation – décompte mensuel', 'Consignment stock - monthly count')
    spec = Spec('inventory', lang, tech, [mgr], subj, '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Décompte fait ce matin, fichier à jour ci-joint.', 'Count done this morning, updated file attached.'), '', ctx.sig(tech, lang)])
    spec.atts = [Att(L(lang, 'inventaire_', 'inventory_') + d_iso(ctx.today) + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     make_xlsx([(L(lang, 'Inventaire', 'Inventory'), rows)], author=tech['name']), 'xlsx')]
    spec.note = L(lang, 'inventaire d\'équipement', 'equipment inventory')
    return spec


def n_it(ctx, lang):
    rng = ctx.rng
    it = {'name': L(lang, 'Centre de services TI', 'IT Service Desk'), 'email': 'servicedesk@' + DOMAIN}
    team = [{'name': L(lang, 'Utilisateurs – Audiologie/ORL', 'Users - Audiology/ENT'), 'email': 'audiologie-tous@' + DOMAIN}]
    k = ctx.pick(['noah', 'phish', 'pwd', 'ticket'])
    spec = Spec('it_notice', lang, it, team, '', '')
    d = ctx.later(2, 12)
    if k == 'noah':
        spec.subject = L(lang, 'Interruption planifiée – base Noah et logiciel d\'audiométrie', 'Planned outage - Noah database and audiometry software')
        spec.text = L(lang, 'Bonjour,\n\nLe %s de 18 h à 22 h, la base Noah et le module VNG seront indisponibles (mise à jour 4.15). '
                            'Enregistrez vos sessions avant 17 h 45.\n\nBillet CHG%07d\nCentre de services TI – poste 5555' % (d_day(d, 'fr'), rng.randint(0, 9999999)),
                      'Hello,\n\nOn %s from 6 to 10 PM the Noah database and VNG module will be unavailable (upgrade 4.15). Save your sessions '
                      'before 5:45 PM.\n\nChange CHG%07d\nIT Service Desk - ext. 5555' % (d_day(d, 'en'), rng.randint(0, 9999999)))
    elif k == 'phish':
        spec.subject = L(lang, 'ALERTE : courriel frauduleux « Votre boîte est pleine »', 'ALERT: phishing e-mail "Your mailbox is full"')
        spec.text = L(lang, 'Un courriel frauduleux circule. Ne cliquez pas sur le lien et ne fournissez jamais votre mot de passe. '
                            'Transférez-le à securite@%s.\n\nSécurité de l\'information' % DOMAIN,
                      'A phishing e-mail is circulating. Do not click the link or share your password. Forward it to security@%s.\n\nInformation Security' % DOMAIN)
    elif k == 'pwd':
        emp = ctx.staff(lang, ctx.pick(['audio', 'clerk', 'nurse']))
        spec.to = [emp]
        spec.subject = L(lang, 'Votre mot de passe expire dans 5 jours', 'Your password expires in 5 days')
        spec.text = L(lang, 'Bonjour %s,\n\nVotre mot de passe réseau expire le %s. Changez-le via Ctrl+Alt+Suppr.\n\nCentre de services TI' % (emp['given'], d_long(d, 'fr')),
                      'Hi %s,\n\nYour network password expires on %s. Change it with Ctrl+Alt+Del.\n\nIT Service Desk' % (emp['given'], d_long(d, 'en')))
    else:
        emp = ctx.staff(lang, ctx.pick(['audio', 'ci_audio']))
        spec.to = [emp]
        spec.subject = L(lang, 'Billet INC%07d résolu – imprimante cabine 2' % rng.randint(0, 9999999), 'Ticket INC%07d resolved - booth 2 printer' % rng.randint(0, 9999999))
        spec.text = L(lang, 'Bonjour,\n\nLe pilote de l\'imprimante HP-AUD-02 a été réinstallé. Si le problème revient, répondez à ce courriel.\n\nTechnicien : %s' % ctx.staff(lang, 'it')['name'],
                      'Hello,\n\nThe driver for printer HP-AUD-02 was reinstalled. Reply to this e-mail if it happens again.\n\nTechnician: %s' % ctx.staff(lang, 'it')['name'])
    spec.note = L(lang, 'avis informatique', 'IT notice')
    return spec


def n_facilities(ctx, lang):
    rng = ctx.rng
    fac = {'name': L(lang, 'Services techniques', 'Facilities'), 'email': 'services.techniques@' + DOMAIN}
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    k = ctx.pick(['booth', 'parking', 'loop'])
    spec = Spec('facilities', lang, mgr, [fac], '', '')
    if k == 'booth':
        spec.subject = L(lang, 'Bruit dans la cabine 2-108', 'Noise in booth 2-108')
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Depuis lundi, un bourdonnement (ventilation?) est audible dans la cabine 2-108; le bruit ambiant mesuré est de 38 dBA, '
                                                   'au-dessus de la norme ANSI S3.1 pour les seuils à 250 Hz. Pouvez-vous envoyer quelqu\'un?',
                                                   'Since Monday there is a hum (ventilation?) in booth 2-108; ambient noise measured at 38 dBA, above '
                                                   'ANSI S3.1 for 250 Hz thresholds. Can someone come by?'), '', ctx.sig(mgr, lang)])
    elif k == 'parking':
        spec.sender, spec.to = fac, [{'name': L(lang, 'Personnel pavillon B', 'Building B staff'), 'email': 'pavillonb@' + DOMAIN}]
        spec.subject = L(lang, 'Stationnement P3 fermé le %s' % d_long(ctx.later(2, 9), 'fr'), 'P3 parking closed on %s' % d_long(ctx.later(2, 9), 'en'))
        spec.text = L(lang, 'Le stationnement P3 sera fermé pour le marquage des lignes. Utilisez P1 ou P4.\n\nServices techniques, 819 555-0150',
                      'P3 will be closed for line painting. Please use P1 or P4.\n\nFacilities, 819 555-0150')
    else:
        spec.subject = L(lang, 'Boucle magnétique – salle d\'attente', 'Hearing loop - waiting room')
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'La boucle magnétique de la salle d\'attente ne fonctionne plus (les usagers avec position T n\'entendent plus les appels). '
                                                   'Le contrat d\'entretien est le CT-2291.', 'The waiting-room hearing loop is down (T-coil users cannot hear the calls). '
                                                   'Service contract CT-2291.'), '', ctx.sig(mgr, lang)])
    spec.note = L(lang, 'demande aux services techniques', 'facilities request')
    return spec


def n_calibration(ctx, lang):
    rng = ctx.rng
    tech = ctx.staff(lang, 'biomed', 'biomed_' + lang)
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    rows = [[L(lang, 'Appareil', 'Device'), L(lang, 'Modèle', 'Model'), L(lang, 'N° de série', 'Serial no.'), L(lang, 'Actif', 'Asset'), L(lang, 'Résultat', 'Result')]]
    for _ in range(rng.randint(3, 6)):
        dev = ctx.pick([(L(lang, 'Audiomètre', 'Audiometer'), 'AD-629'), (L(lang, 'Tympanomètre', 'Tympanometer'), 'AT-235'),
                        ('OAE', 'OtoRead'), ('vHIT', 'EyeSeeCam'), (L(lang, 'Sonomètre', 'Sound level meter'), 'Type 2250')])
        rows.append([dev[0], dev[1], luhn_serial(rng, ctx.pick([8, 9, 10])),
                     'GBM-%05d' % rng.randint(0, 99999), ctx.pick([L(lang, 'conforme', 'pass'), L(lang, 'conforme', 'pass'), L(lang, 'ajusté', 'adjusted')])])
    d = ctx.later(5, 20)
    spec = Spec('calibration', lang, tech, [mgr], L(lang, 'Étalonnage annuel – certificats', 'Annual calibration - certificates'), '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'L\'étalonnage annuel est terminé. Certificat en pièce jointe. Prochain passage : ', 'Annual calibration done, certificate attached. Next visit: ') + d_long(d, lang),
                           ''] + ['  '.join(r) for r in rows] + ['', ctx.sig(tech, lang, unit=L(lang, 'Génie biomédical', 'Biomedical Engineering'))])
    spec.atts = [Att(L(lang, 'certificat_etalonnage.pdf', 'calibration_certificate.pdf'), 'application/pdf',
                     make_pdf(L(lang, 'Certificat d\'étalonnage', 'Calibration certificate'), ['ISO 389-1 / IEC 60645-1', d_iso(ctx.today)], table=rows, author=tech['name']), 'pdf')]
    if ctx.chance(0.4):
        st = dt.datetime(d.year, d.month, d.day, 7, 30)
        spec.atts.append(Att('maintenance.ics', 'text/calendar', make_ics(ctx.uid('cal'), st, st + dt.timedelta(hours=3),
                                                                          L(lang, 'Étalonnage – cabines 2-108 à 2-112', 'Calibration - booths 2-108 to 2-112'),
                                                                          L(lang, 'Cabines non disponibles', 'Booths unavailable'), 'Audiologie 2e', tech, [mgr]), 'ics'))
    spec.note = L(lang, 'certificats d\'étalonnage d\'équipement', 'equipment calibration certificates')
    return spec


def n_shortage(ctx, lang):
    rng = ctx.rng
    ph = ctx.staff(lang, 'pharm', 'pharm_' + lang)
    team = _team(ctx, lang, 3, ('orl', 'otol', 'nurse', 'resident'))
    drug = ctx.pick([('ciprofloxacine/dexaméthasone (Ciprodex) gouttes otiques', 'ciprofloxacin/dexamethasone (Ciprodex) ear drops',
                      'ofloxacine 0,3 % gouttes otiques', 'ofloxacin 0.3% ear drops'),
                     ('bétahistine 24 mg', 'betahistine 24 mg', 'bétahistine 16 mg (1,5 co)', 'betahistine 16 mg (1.5 tab)'),
                     ('dexaméthasone 10 mg/mL (injection intratympanique)', 'dexamethasone 10 mg/mL (intratympanic use)',
                      'méthylprednisolone 40 mg/mL', 'methylprednisolone 40 mg/mL')])
    spec = Spec('drug_shortage', lang, ph, team, L(lang, 'Rupture d\'approvisionnement : ', 'Drug shortage: ') + drug[0 if lang == 'fr' else 1], '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Le fournisseur annonce une rupture de %s jusqu\'au %s. Alternative suggérée : %s. '
                                               'Aucune action requise pour les ordonnances en cours.' % (drug[0], d_long(ctx.later(30, 90), 'fr'), drug[2]),
                                               'The supplier reports a shortage of %s until %s. Suggested alternative: %s. No action needed for active orders.'
                                               % (drug[1], d_long(ctx.later(30, 90), 'en'), drug[3])), '', ctx.sig(ph, lang, unit=L(lang, 'Département de pharmacie', 'Pharmacy Department'))])
    spec.note = L(lang, 'avis de pénurie de médicament', 'drug shortage notice')
    return spec


def n_recall(ctx, lang):
    rng = ctx.rng
    q = {'name': L(lang, 'Gestion des risques – matériovigilance', 'Risk Management - device vigilance'), 'email': 'materiovigilance@' + DOMAIN}
    team = _team(ctx, lang, 3, ('ci_audio', 'otol', 'biomed'))
    lots = [_lot(ctx) for _ in range(rng.randint(2, 4))]
    sns = [luhn_serial(rng, 9) for _ in range(rng.randint(1, 3))]
    spec = Spec('recall', lang, q, team, L(lang, 'Avis de sécurité – aimants de bobine (lots touchés)', 'Field safety notice - headpiece magnets (affected lots)'), '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Le fabricant émet un avis de sécurité volontaire pour les aimants de bobine des lots suivants : ',
                                               'The manufacturer issued a voluntary field safety notice for headpiece magnets from lots: ') + ', '.join(lots) + '.',
                           L(lang, 'Processeurs de démonstration concernés (N/S) : ', 'Affected demo processors (S/N): ') + ', '.join(sns) + '.',
                           L(lang, 'Merci de vérifier le stock et de mettre en quarantaine les unités visées. Aucun rappel d\'implant.',
                             'Please check stock and quarantine affected units. No implant recall.'), '', L(lang, 'Matériovigilance, poste 2077', 'Device vigilance, ext. 2077')])
    spec.note = L(lang, 'avis de rappel par numéros de lot', 'device recall by lot numbers')
    return spec


def n_vendor(ctx, lang):
    rng = ctx.rng
    rep_given, rep_sur = ctx.pick([('Olivier', 'Marchetti'), ('Sandra', 'Koenig'), ('Yannick', 'Bastien'), ('Chelsea', 'Moreau')])
    rep = {'name': '%s %s' % (rep_given, rep_sur), 'email': '%s.%s@auralis-medical.example' % (rep_given.lower(), rep_sur.lower())}
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    spec = Spec('vendor_contact', lang, rep, [mgr], L(lang, 'Nouvelle représentante / nouveau représentant territorial', 'Your new territory manager'), '')
    spec.text = '\n'.join([greet(rng, lang, mgr['given']), L(lang, 'Je remplace mon collègue pour la région. Mes coordonnées sont dans la carte ci-jointe. '
                                                              'Je peux présenter le nouveau processeur lors de votre prochaine réunion d\'équipe.',
                                                              'I am taking over the territory; my contact card is attached. Happy to demo the new processor at your next team meeting.'),
                           '', rep['name'], 'Auralis Medical Canada', '1 800 555-0190'])
    vc = make_vcard(rep['name'], rep_given, rep_sur, org='Auralis Medical Canada', title=L(lang, 'Représentant(e) territorial(e)', 'Territory Manager'),
                    tel=[('WORK', '1 800 555-0190'), ('CELL', '514 555-0177')], email=rep['email'])
    a = Att('%s.vcf' % rep['name'].replace(' ', '_'), 'text/vcard', vc, 'vcf')
    a.charset = 'utf-8'
    spec.atts = [a]
    spec.note = L(lang, 'carte de visite d\'un fournisseur', 'vendor contact card')
    return spec


def n_ooo(ctx, lang):
    rng = ctx.rng
    emp = ctx.staff(lang, ctx.pick(['audio', 'ci_audio', 'otol', 'sw']))
    back = ctx.later(3, 15)
    other = ctx.staff(lang, 'audio')
    spec = Spec('auto_reply', lang, emp, [ctx.staff(lang, ctx.pick(['nurse', 'clerk']))],
                L(lang, 'Réponse automatique : ', 'Automatic reply: ') + ctx.pick([L(lang, 'Question horaire', 'Schedule question'), L(lang, 'Réunion', 'Meeting')]), '')
    spec.text = L(lang, ('Je suis absente' if emp['sex'] == 'F' else 'Je suis absent') + ' jusqu\'au %s. Pour une urgence clinique, veuillez contacter %s au poste %s ou la clinique au 819 555-0132.'
                  % (d_long(back, 'fr'), other['name'], other['ext']),
                  'I am out of the office until %s. For clinical matters please contact %s at ext. %s or the clinic at 819 555-0132.'
                  % (d_long(back, 'en'), other['name'], other['ext']))
    spec.note = L(lang, 'réponse automatique d\'absence', 'out-of-office auto-reply')
    return spec


def n_training(ctx, lang):
    rng = ctx.rng
    ed = ctx.staff(lang, 'manager', 'edu_' + lang)
    team = _team(ctx, lang, 4)
    d = ctx.later(5, 40)
    topic = ctx.pick([('Webinaire : programmation des implants chez le jeune enfant', 'Webinar: programming implants in young children'),
                      ('Formation obligatoire : prévention des chutes', 'Mandatory training: fall prevention'),
                      ('Atelier : manœuvres de repositionnement (VPPB)', 'Workshop: repositioning manoeuvres (BPPV)')])
    spec = Spec('training', lang, ed, team, L(lang, 'Inscription – ', 'Registration - ') + topic[0 if lang == 'fr' else 1], '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Date : %s, %s. Inscription dans l\'ENA avant le %s.' % (d_day(d, 'fr'), hhmm(rng, 'fr'), d_long(d - dt.timedelta(days=3), 'fr')),
                                               'Date: %s, %s. Register in the LMS by %s.' % (d_day(d, 'en'), hhmm(rng, 'en'), d_long(d - dt.timedelta(days=3), 'en'))),
                           L(lang, 'Animation : %s' % ctx.staff(lang, 'physio')['name'], 'Presenter: %s' % ctx.staff(lang, 'physio')['name']),
                           '', ctx.sig(ed, lang, unit=L(lang, 'Développement des compétences', 'Staff Development'))])
    if ctx.chance(0.5):
        st = dt.datetime(d.year, d.month, d.day, 12, 0)
        spec.atts = [Att('formation.ics' if lang == 'fr' else 'training.ics', 'text/calendar',
                         make_ics(ctx.uid('trn'), st, st + dt.timedelta(hours=1), topic[0 if lang == 'fr' else 1], 'Teams', 'Teams', ed, team), 'ics')]
    spec.note = L(lang, 'invitation à une formation', 'training invitation')
    return spec


def n_billing(ctx, lang):
    rng = ctx.rng
    md = ctx.staff(lang, 'orl')
    agent = ctx.staff(lang, 'clerk', 'billing_' + lang)
    spec = Spec('billing_question', lang, md, [agent], L(lang, 'Question facturation – épreuves vestibulaires', 'Billing question - vestibular tests'), '')
    spec.text = '\n'.join([greet(rng, lang, agent['given']),
                           L(lang, 'Quel code doit-on utiliser pour la VNG complète avec épreuves caloriques bithermiques quand elle est faite le même jour '
                                   'qu\'une consultation? Et la manœuvre d\'Epley est-elle facturable séparément?',
                             'Which code should we use for a full VNG with bithermal calorics done the same day as a consult? '
                             'And is the Epley manoeuvre billable separately?'), '', thanks(rng, lang), md['given']])
    if ctx.chance(0.5):
        q = L(lang, 'On peut en discuter jeudi, je vérifie avec la RAMQ d\'ici là.', "Let's discuss Thursday, I'll check the schedule of benefits.")
        spec.sender, spec.to = agent, [md]
        from gen_common import quote
        spec.text = q + '\n\n' + agent['given'] + '\n\n' + quote(spec.text, lang, md, ctx.earlier_dt(), 'gmail')
        spec.subject = 'Re: ' + spec.subject
        spec.flags.append('reply')
    spec.note = L(lang, 'question de facturation sans patient', 'billing question without a patient')
    return spec


def n_audit(ctx, lang):
    """De-identified case audit: ages and problems, no identifier at all."""
    rng = ctx.rng
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    q = ctx.staff(lang, 'nurse', 'quality_' + lang)
    probs = [('SNB', 'SSNHL'), ('VPPB', 'BPPV'), ('schwannome vestibulaire', 'vestibular schwannoma'),
             ('otite moyenne chronique', 'chronic otitis media'), ('candidature IC', 'CI candidacy'),
             ('Ménière', "Ménière's"), ('dépistage néonatal référé', 'newborn screen refer')]
    rows = [[L(lang, 'Cas', 'Case'), L(lang, 'Sexe', 'Sex'), L(lang, 'Âge', 'Age'), L(lang, 'Motif', 'Reason'),
             L(lang, 'Priorité', 'Priority'), L(lang, 'Délai (jours)', 'Wait (days)'), L(lang, 'Cible respectée', 'Target met')]]
    for i in range(rng.randint(8, 14)):
        pr = ctx.pick(probs)
        wait = rng.randint(2, 160)
        rows.append([str(i + 1), ctx.pick('FM'), str(rng.randint(0, 90)), pr[0 if lang == 'fr' else 1],
                     ctx.pick(['A', 'B', 'C', 'D']), str(wait), L(lang, 'oui', 'yes') if wait < 60 else L(lang, 'non', 'no')])
    spec = Spec('quality_audit', lang, q, [mgr], L(lang, 'Audit des délais – échantillon anonymisé', 'Wait-time audit - de-identified sample'), '')
    spec.text = '\n'.join([greet(rng, lang, mgr['given']),
                           L(lang, 'Voici l\'échantillon anonymisé (aucun nom ni numéro de dossier) tiré pour l\'audit trimestriel des délais.',
                             'Here is the de-identified sample (no names or chart numbers) drawn for the quarterly wait-time audit.'), ''] +
                          ['  '.join(r) for r in rows] + ['', ctx.sig(q, lang, unit=L(lang, 'Qualité et performance', 'Quality & Performance'))])
    if ctx.chance(0.5):
        spec.atts = [Att(L(lang, 'audit_delais_anonymise.xlsx', 'wait_audit_deidentified.xlsx'),
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         make_xlsx([('Audit', rows)], author=q['name']), 'xlsx')]
    spec.note = L(lang, 'audit anonymisé des délais', 'de-identified wait-time audit')
    return spec
