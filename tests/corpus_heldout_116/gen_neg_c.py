"""Negative messages, part C: suppliers, recalls, IT, facilities, assets, calendars, vCards, forwards."""
import datetime
import gen_people as P
import gen_ids as I
import gen_attach as A
import gen_mime
from gen_common import to_html, html_table, text_table
from gen_neg_a import XLSX, DOCX, _team

SUPPLIERS = [('Médi-Équipements Laurentides', 'ventes@medi-equip-laurentides.example'),
             ('OrthoMatériaux Canada', 'facturation@orthomateriaux.example'),
             ('Fournitures Cliniques Boucle-d\'Or', 'comptes@boucledor-fournitures.example'),
             ('RehabTech Supply', 'billing@rehabtech-supply.example')]
ITEMS = [('Bande élastique de résistance, rouleau 25 m', 'Resistance band, 25 m roll', 64.50),
         ('Électrodes TENS 5x5 cm (paquet de 40)', 'TENS electrodes 5x5 cm (40 pack)', 38.90),
         ('Gel d\'échographie 5 L', 'Ultrasound gel 5 L', 22.75),
         ('Feuilles de polypropylène 3 mm', 'Polypropylene sheets 3 mm', 112.00),
         ('Mousse EVA 6 mm, noire', 'EVA foam 6 mm, black', 47.20),
         ('Draps de table jetables (12 rouleaux)', 'Disposable table paper (12 rolls)', 54.00),
         ('Ballon d\'exercice 65 cm', 'Exercise ball 65 cm', 29.99),
         ('Attelle de poignet universelle', 'Universal wrist splint', 31.40)]


def _money(v, lang):
    s = '%.2f' % v
    return (s.replace('.', ',') + ' $') if lang == 'fr' else '$' + s


def n_invoice(m):
    r = m.rng
    sup = r.choice(SUPPLIERS)
    st = P.STAFF[19]
    inv = '%s-%d' % (r.choice(['FA', 'INV', 'F']), r.randint(10000, 99999))
    rows = [[m.fr('Article', 'Item'), m.fr('Qté', 'Qty'), m.fr('Prix', 'Price'), m.fr('Lot', 'Lot')]]
    total = 0
    for it in r.sample(ITEMS, r.randint(2, 5)):
        q = r.randint(1, 12)
        total += q * it[2]
        rows.append([it[0] if m.lang == 'fr' else it[1], q, _money(it[2], m.lang), 'L%d-%04d' % (r.randint(23, 25), r.randint(0, 9999))])
    tax = total * 0.14975
    lines = [('h', m.fr('FACTURE %s', 'INVOICE %s') % inv), m.fr('Facturé à : %s, %s', 'Bill to: %s, %s') % (P.ORG, m.clinic['street']),
             m.fr('Bon de commande : PO-%d', 'Purchase order: PO-%d') % r.randint(2400, 2599), ('t', rows),
             m.fr('Sous-total : %s   TPS/TVQ : %s   Total : %s', 'Subtotal: %s   GST/QST: %s   Total: %s') % (_money(total, m.lang), _money(tax, m.lang), _money(total + tax, m.lang)),
             m.fr('N° TPS : 7%08d RT0001', 'GST no.: 7%08d RT0001') % r.randint(0, 99999999), m.fr('Payable net 30 jours.', 'Net 30 days.')]
    m.attach('%s.pdf' % inv, 'application/pdf', A.pdf(lines, letterhead=[sup[0]], compress=r.random() < 0.5))
    txt = [m.greet(), '', m.fr('Ci-jointe la facture %s pour approbation (commande de matériel pour %s).', 'Attached is invoice %s for approval (supplies for %s).') % (inv, m.clinic['short']),
           '', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), m.staff_addr(P.STAFF[16]), m.fr('Facture %s – %s', 'Invoice %s – %s') % (inv, sup[0]))
    m.body('\n'.join(txt))
    return m.result('supplier invoice')


def n_purchase_order(m):
    r = m.rng
    sup = r.choice(SUPPLIERS)
    st = m.staff(['orthotist', 'technician', 'operations', 'administrative'])
    po = 'PO-%d' % r.randint(2400, 2599)
    rows = [['SKU', m.fr('Description', 'Description'), m.fr('Qté', 'Qty')]]
    for it in r.sample(ITEMS, 3):
        rows.append(['%s-%04d' % (r.choice(['RB', 'TE', 'GL', 'PP', 'EV']), r.randint(0, 9999)), it[0] if m.lang == 'fr' else it[1], r.randint(1, 20)])
    txt = [m.greet(), '', m.fr('Veuillez traiter la commande %s, livraison à la clinique de %s (quai arrière).', 'Please process order %s, delivery to our %s clinic (rear dock).') % (po, m.clinic['short']),
           '', text_table(rows), '', m.close(), m.sig(st, 'full')]
    m.envelope(m.staff_addr(st), sup, m.fr('Commande %s', 'Order %s') % po)
    m.body('\n'.join(txt))
    return m.result('purchase order to supplier')


def n_recall(m):
    r = m.rng
    st = m.staff(['operations', 'IT', 'director'])
    dev = r.choice([('stimulateur TENS/EMS modèle NeuroPulse 300', 'NeuroPulse 300 TENS/EMS stimulator'),
                    ('appareil d\'ultrasons thérapeutiques SonoThera 2', 'SonoThera 2 therapeutic ultrasound unit'),
                    ('table de traitement électrique HiLo-X', 'HiLo-X electric treatment table')])
    serials = [I.luhn_serial(r, r.choice([9, 10])) for _ in range(r.randint(2, 4))]
    txt = [m.greet(), '', m.fr('Le fabricant émet un rappel volontaire pour le %s (risque de surchauffe de l\'alimentation). Nos appareils visés :',
                               'The manufacturer issued a voluntary recall of the %s (power supply overheating risk). Our affected units:') % dev[0 if m.lang == 'fr' else 1], '']
    txt += ['  - %s %s (%s)' % (m.fr('N° de série', 'Serial no.'), s, r.choice(['Laval salle 2', 'Sherbrooke salle 5', 'Sainte-Foy', 'Gatineau salle 1'])) for s in serials]
    txt += ['', m.fr('Lot de fabrication : %s. Retirez-les du service dès aujourd\'hui et apposez l\'étiquette « HORS SERVICE ».',
                     'Manufacturing lot: %s. Remove them from service today and tag them OUT OF SERVICE.') % ('%d-%05d' % (r.randint(2021, 2024), r.randint(0, 99999))),
            '', m.sig(st)]
    m.envelope(m.staff_addr(st), ('Tout le personnel' if m.lang == 'fr' else 'All staff', 'personnel@' + P.DOMAIN), m.fr('RAPPEL D\'APPAREIL – %s', 'DEVICE RECALL – %s') % dev[0 if m.lang == 'fr' else 1])
    m.body('\n'.join(txt))
    return m.result('device recall with serial numbers')


def n_it_notice(m):
    r = m.rng
    it = P.STAFF[17]
    kind = r.choice(['maint', 'phish', 'pwd', 'vpn', 'emr_field', 'printer'])
    d = m.later(1, 8)
    body = {'maint': m.fr('Le DME sera inaccessible %s de 21 h à 23 h pour une mise à jour (version 8.4). Imprimez vos horaires du lendemain avant de partir.',
                          'The EMR will be down %s from 9 to 11 pm for an update (version 8.4). Print tomorrow\'s schedules before leaving.') % P.long_date(d.date(), m.lang),
            'phish': m.fr('Hameçonnage : un faux courriel « Dossier patient partagé – cliquez ici » circule. Ne cliquez pas, signalez-le avec le bouton « Signaler ».',
                          'Phishing: a fake e-mail "Shared patient file – click here" is circulating. Do not click; use the Report button.'),
            'pwd': m.fr('Les mots de passe expireront le %s. Minimum 14 caractères ; l\'authentification multifacteur devient obligatoire.',
                        'Passwords will expire on %s. Minimum 14 characters; multi-factor authentication becomes mandatory.') % m.date(d.date(), False),
            'vpn': m.fr('Nouveau client VPN à installer d\'ici vendredi ; guide joint. Serveur : vpn.%s, port 443.', 'New VPN client to install by Friday; guide attached. Server: vpn.%s, port 443.') % P.DOMAIN,
            'emr_field': m.fr('À partir de lundi, le champ NAM sera masqué par défaut dans les listes du DME ; seuls les 4 derniers caractères seront affichés. Le numéro de dossier reste visible.',
                              'From Monday, the health-card field will be masked by default in EMR lists; only the last 4 characters will show. The chart number stays visible.'),
            'printer': m.fr('L\'imprimante de la réception (HP-LAV-02, n° d\'actif 40027) est remplacée demain matin. Utilisez celle du corridor.',
                            'The front-desk printer (HP-LAV-02, asset 40027) is being replaced tomorrow morning. Use the hallway one.')}[kind]
    txt = [m.greet(), '', body, '', m.fr('Soutien TI – poste 300', 'IT support – ext. 300'), m.sig(it, 'short')]
    m.envelope(m.staff_addr(it), ('Tout le personnel' if m.lang == 'fr' else 'All staff', 'personnel@' + P.DOMAIN),
               {'maint': m.fr('Maintenance DME', 'EMR maintenance'), 'phish': m.fr('ALERTE hameçonnage', 'Phishing ALERT'),
                'pwd': m.fr('Expiration des mots de passe', 'Password expiry'), 'vpn': m.fr('Nouveau VPN', 'New VPN'),
                'emr_field': m.fr('Changement d\'affichage NAM dans le DME', 'EMR health-card display change'), 'printer': m.fr('Imprimante réception', 'Front-desk printer')}[kind])
    m.body('\n'.join(txt))
    if kind == 'vpn':
        m.attach('guide_vpn.pdf', 'application/pdf', A.pdf([('h', 'VPN'), m.fr('1. Télécharger le client. 2. Entrer votre code d\'employé. 3. Approuver la notification MFA.',
                                                                             '1. Download the client. 2. Enter your employee ID. 3. Approve the MFA prompt.')]))
    return m.result('IT notice')


def n_facilities(m):
    r = m.rng
    st = P.STAFF[16]
    msg = r.choice([m.fr('Déneigement du stationnement demain à 6 h : merci de déplacer vos voitures dans la rangée C.', 'Parking lot snow removal tomorrow at 6 am: please move cars to row C.'),
                    m.fr('Exercice d\'évacuation incendie jeudi à 10 h 30. Les thérapeutes accompagnent leurs clients vers la sortie est.', 'Fire drill Thursday at 10:30. Therapists escort their clients to the east exit.'),
                    m.fr('Le chauffage du gymnase sera coupé mercredi de 8 h à 12 h (remplacement de la valve).', 'Gym heating off Wednesday 8-12 (valve replacement).'),
                    m.fr('Nettoyage des tapis du corridor samedi ; la clinique ouvre à 9 h au lieu de 8 h.', 'Hallway carpet cleaning Saturday; clinic opens at 9 instead of 8.')])
    txt = [m.greet(), '', msg, '', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), _team(m), m.fr('Avis – bâtiment', 'Building notice'))
    m.body('\n'.join(txt))
    return m.result('facilities notice')


def n_asset_inventory(m):
    r = m.rng
    st = m.staff(['IT', 'operations'])
    rows = [[m.fr('Actif', 'Asset'), m.fr('Description', 'Description'), m.fr('N° de série', 'Serial no.'), m.fr('Clinique', 'Clinic'), m.fr('Prochain entretien', 'Next service')]]
    for i in range(r.randint(6, 10)):
        rows.append(['A-%05d' % r.randint(10000, 99999), r.choice(['TENS NeuroPulse 300', 'SonoThera 2', 'Table HiLo-X', 'Vélo stationnaire', 'Laser classe 3B', 'Tapis roulant T-700', 'Dynamomètre Jamar']),
                     I.luhn_serial(r, r.choice([9, 10, 11])), r.choice(['Laval', 'Sherbrooke', 'Sainte-Foy', 'Gatineau']), m.later(10, 200).date().isoformat()])
    m.attach('inventaire_equipements_%s.xlsx' % m.when.strftime('%Y'), XLSX, A.xlsx_bytes([('Actifs', rows)]))
    txt = [m.greet(), '', m.fr('Inventaire annuel des équipements à jour (étalonnage électrique inclus).', 'Annual equipment inventory updated (electrical calibration included).'), '', m.sig(st)]
    m.envelope(m.staff_addr(st), m.staff_addr(P.STAFF[16]), m.fr('Inventaire des équipements', 'Equipment inventory'))
    m.body('\n'.join(txt))
    return m.result('equipment inventory with serial numbers')


def n_marketing(m):
    r = m.rng
    st = m.staff(['director', 'operations'])
    txt = [m.greet(), '', r.choice([m.fr('Proposition de publication Facebook : « Saviez-vous que 80 % des entorses de cheville guérissent mieux avec un programme d\'équilibre ? Prenez rendez-vous ! »',
                                          'Draft Facebook post: "Did you know 80% of ankle sprains heal better with a balance programme? Book now!"'),
                                     m.fr('Nous avons reçu 14 nouveaux avis Google ce mois-ci (moyenne 4,8/5). Bravo à toute l\'équipe !', 'We received 14 new Google reviews this month (4.8/5 average). Well done everyone!'),
                                     m.fr('Le kiosque au salon du coureur : dépistage gratuit de la foulée, 2 kinésiologues requis samedi.', 'Runners\' expo booth: free gait screening, 2 kinesiologists needed Saturday.')]),
           '', m.close(), st[0]]
    m.envelope(m.staff_addr(st), _team(m), m.fr('Marketing', 'Marketing'))
    m.body('\n'.join(txt))
    return m.result('marketing note, no patient')


def n_vendor_ics(m):
    r = m.rng
    st = m.staff(['director', 'operations', 'IT', 'orthotist'])
    start = m.later(3, 20)
    end = start + datetime.timedelta(hours=1)
    summary = r.choice([m.fr('Démo scanner 3D pour orthèses', '3D foot scanner demo'), m.fr('Rencontre fournisseur DME', 'EMR vendor meeting'),
                        m.fr('Réunion d\'équipe – indicateurs', 'Team meeting – indicators'), m.fr('Entretien annuel – tables électriques', 'Annual service – electric tables')])
    ics = A.ics_bytes('%08x@%s' % (r.getrandbits(32), P.DOMAIN), start, end, summary,
                      m.fr('Ordre du jour : démonstration, tarifs, questions. Aucun renseignement patient ne sera partagé.', 'Agenda: demo, pricing, questions. No patient information will be shared.'),
                      m.clinic['name'], m.staff_addr(st), [m.staff_addr(x) for x in r.sample(P.STAFF, 2)])
    m.envelope(m.staff_addr(st), [m.staff_addr(x) for x in r.sample(P.STAFF, 2)], m.fr('Invitation : %s', 'Invitation: %s') % summary)
    m.body('%s\n%s %s\n' % (summary, P.long_date(start.date(), m.lang), start.strftime('%H:%M')))
    m.attach('invite.ics', 'text/calendar', ics, text_charset='utf-8', cte=r.choice(['7bit', 'base64']))
    return m.result('calendar invitation for staff meeting')


def n_staff_vcard(m):
    r = m.rng
    st = m.staff()
    who = r.choice([P.STAFF[r.randint(0, 16)], None])
    if who is None:
        ph = r.choice(P.PHYSICIANS)
        first, last = ph[0].split(' ', 1)[1].split(' ', 1)
        card = A.vcf_bytes(first, last, org=ph[3], title=ph[1] if m.lang == 'fr' else ph[2], tel_work=P.phone(r), email=P.phys_email(ph))
        label = ph[0]
    else:
        card = A.vcf_bytes(who[0], who[1], org=P.ORG, title=who[2], tel_work=m.clinic['phone'], email=P.staff_email(who))
        label = '%s %s' % who[:2]
    m.envelope(m.staff_addr(st), m.staff_addr(m.staff()), m.fr('Coordonnées – %s', 'Contact – %s') % label)
    m.body(m.fr('Voici la carte de visite demandée.\n\n', 'Here is the contact card you asked for.\n\n') + st[0])
    m.attach('%s.vcf' % label.replace(' ', '_'), 'text/vcard', card, text_charset='utf-8', cte=r.choice(['7bit', 'quoted-printable']))
    return m.result('staff or physician vCard')


def n_rfc822_fwd(m):
    r = m.rng
    st = m.staff(['director', 'operations', 'coordinator'])
    sup = r.choice(SUPPLIERS + [('Ordre professionnel (fictif)', 'communications@ordre-physio-fictif.example')])
    inner_txt = r.choice([m.fr('Chers partenaires,\n\nNos bureaux seront fermés du 24 décembre au 2 janvier. Les commandes reçues après le 20 seront expédiées le 3 janvier.\n\nMerci de votre confiance.',
                                'Dear partners,\n\nOur offices will be closed from December 24 to January 2. Orders received after the 20th will ship on January 3.\n\nThank you.'),
                          m.fr('Rappel aux membres : la déclaration annuelle de formation continue doit être complétée avant le 31 mars. 30 heures sur la période de référence.',
                               'Reminder to members: the annual continuing education declaration is due by March 31. 30 hours per reference period.')])
    inner = dict(from_=sup, to=[('Physio Boréalis', 'info@' + P.DOMAIN)], subject=m.fr('Avis important', 'Important notice'),
                 date=(m.when - datetime.timedelta(days=2)), msgid='<%08x@%s>' % (r.getrandbits(32), sup[1].split('@')[1]),
                 text=inner_txt, charset='utf-8', cte='quoted-printable', linesep='\n')
    m.attach('Avis important.eml' if m.lang == 'fr' else 'Important notice.eml', 'message/rfc822', gen_mime.build(inner, r))
    m.envelope(m.staff_addr(st), _team(m), m.fr('TR: Avis important', 'FW: Important notice'))
    m.body(m.fr('Pour info.\n\n', 'FYI.\n\n') + st[0])
    return m.result('forwarded supplier / college notice as attachment')


def n_zip_reports(m):
    r = m.rng
    st = P.STAFF[16]
    files = []
    for cl in ['laval', 'sherbrooke', 'stefoy', 'gatineau']:
        rows = [['mois', 'nouveaux_dossiers', 'visites', 'annulations', 'taux_occupation']]
        for mo in range(1, 4):
            rows.append(['2024-%02d' % (9 + mo), r.randint(40, 160), r.randint(600, 1900), r.randint(20, 140), '%.1f' % r.uniform(70, 96)])
        files.append(('rapports/%s_T4.csv' % cl, A.csv_bytes(rows, sep=',')))
    m.attach('rapports_T4_2024.zip', 'application/zip', A.zip_bytes(files))
    m.envelope(m.staff_addr(st), ('Conseil d\'administration', 'ca@' + P.DOMAIN), m.fr('Rapports trimestriels T4', 'Q4 quarterly reports'))
    m.body('\n'.join([m.greet(), '', m.fr('Les rapports d\'achalandage par clinique (données agrégées) sont dans le ZIP.', 'Per-clinic volume reports (aggregate) are in the ZIP.'), '', m.sig(st)]))
    return m.result('zip of aggregate reports')


def n_reply_thread(m):
    r = m.rng
    st = m.staff()
    st2 = m.staff()
    q = m.fr('Est-ce que je peux réserver la salle de groupe mardi de 17 h à 19 h pour le cours de prévention des chutes ? On attend 10 participants.',
             'Can I book the group room Tuesday 5-7 pm for the falls prevention class? We expect 10 participants.')
    quoted = m.quote(q + '\n\n' + st2[0], '%s <%s>' % m.staff_addr(st2), m.when - datetime.timedelta(hours=r.randint(2, 30)),
                     subject=m.fr('Salle de groupe', 'Group room'), to='%s %s' % st[:2])
    m.envelope(m.staff_addr(st), m.staff_addr(st2), m.fr('Salle de groupe', 'Group room'), reply=True)
    m.body('\n'.join([r.choice([m.fr('Oui, c\'est réservé.', 'Yes, booked.'), m.fr('La salle est prise, mais le gymnase est libre.', 'Room is taken, but the gym is free.')]),
                      '', st[0], '', quoted]))
    return m.result('reply thread about room booking')
