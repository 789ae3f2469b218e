"""Step 6a: negative builders — supply, recalls, equipment, IT, statistics, blank forms, procedures.
Clinical vocabulary, staff names and many numbers, but never an identifiable patient."""
import datetime

from gen_common import HOSP, OTHER_SITES, HEMAQ_DOM, Person, fmt_date, slug
from gen_text import spec, greet, closing, signature, ANTIBODIES, GROUPS, DIAG, PRODUCTS_FR, unit_no, hb, ext_addr
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_zip

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
HQ = ('Héma-Québec – Service à la clientèle hospitalière', 'clientele.hopitaux@%s' % HEMAQ_DOM)


def _hq_person(c):
    return c.r(['Josée Pinard, Coordonnatrice distribution', 'Marc-André Blais, Relations hospitalières',
                'Dre Sandrine Lévesque-Roy, Affaires médicales'])


# --------------------------------------------------------------------------- 1. Héma-Québec inventory notice
def hq_inventory(c, lang):
    w = c.w
    rcv = w.st(c.r(['chieftech', 'manager', 'hemato']))
    days = {g: round(1.5 + c.rng.randint(0, 60) / 10, 1) for g in ['O-', 'O+', 'A-', 'A+', 'B-', 'AB-']}
    low = min(days, key=days.get)
    if lang == 'fr':
        table = '\n'.join('  %-4s %s jours' % (g, str(v).replace('.', ',')) for g, v in days.items())
        body = [greet(c, 'fr'), '', 'Voici l\'état des réserves provinciales de produits sanguins en date du %s :' % fmt_date(c.day, 'long', 'fr'), '',
                table, '', 'La réserve de %s est sous le seuil d\'alerte. Nous demandons aux centres hospitaliers de limiter les commandes '
                'aux besoins immédiats et de privilégier la transfusion d\'un seul culot à la fois chez les patients stables.' % low,
                'Les collectes de la fin de semaine à %s et %s devraient rétablir la situation.' % (c.r(['Laval', 'Lévis', 'Sherbrooke']), c.r(['Gatineau', 'Saguenay', 'Rimouski'])),
                '', _hq_person(c), 'Héma-Québec']
        subj = c.r(['État des réserves – %s' % fmt_date(c.day, 'dmy'), 'Avis : réserve de %s basse' % low, 'Niveau des réserves provinciales'])
    else:
        table = '\n'.join('  %-4s %s days' % (g, v) for g, v in days.items())
        body = [greet(c, 'en'), '', 'Provincial blood inventory as of %s:' % fmt_date(c.day, 'long', 'en'), '', table, '',
                '%s is below the alert threshold. Hospitals are asked to order for immediate needs only and to favour single-unit transfusion in stable patients.' % low,
                '', _hq_person(c), 'Héma-Québec']
        subj = c.r(['Inventory status – %s' % fmt_date(c.day, 'iso'), 'Notice: low %s inventory' % low])
    return spec(c, lang, HQ, rcv, subj, '\n'.join(body), [], 'supplier inventory notice, aggregate figures')


# --------------------------------------------------------------------------- 2. component withdrawal (unit numbers)
def product_recall(c, lang):
    w = c.w
    rcv = w.st(c.r(['chieftech', 'cst']))
    units = [unit_no(c) for _ in range(c.rng.randint(2, 6))]
    reason = c.r([('donneur ayant déclaré un voyage en zone à risque après son don', 'post-donation information: travel to an at-risk area'),
                  ('culture bactérienne positive sur un produit apparenté', 'positive bacterial culture on a co-component'),
                  ('écart de température lors du transport', 'temperature deviation during transport')])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Retrait de produits — motif : %s.' % reason[0], 'Veuillez mettre en quarantaine les unités suivantes si elles sont encore en inventaire :', '']
        body += ['  • %s (%s)' % (u, c.r(PRODUCTS_FR[:4])) for u in units]
        body += ['', 'Si une unité a déjà été transfusée, remplissez la section B du formulaire de retour (sans renseignement nominatif) et '
                 'communiquez avec notre service de traçabilité.', '', _hq_person(c)]
        subj = c.r(['Retrait de produits no %d-%03d' % (c.day.year, c.rng.randint(1, 300)), 'AVIS DE RETRAIT – unités à mettre en quarantaine'])
    else:
        body = [greet(c, 'en'), '', 'Component withdrawal — reason: %s.' % reason[1], 'Please quarantine these units if still in inventory:', '']
        body += ['  - %s' % u for u in units]
        body += ['', 'If a unit was already transfused, complete section B of the return form (no patient identifiers) and contact our traceability service.', '', _hq_person(c)]
        subj = 'Withdrawal notice %d-%03d' % (c.day.year, c.rng.randint(1, 300))
    return spec(c, lang, HQ, rcv, subj, '\n'.join(body), [], 'component withdrawal with donation numbers, no recipient')


# --------------------------------------------------------------------------- 3. drug / derivative shortage
def drug_shortage(c, lang):
    w = c.w
    ph = w.st('pharm')
    hem = w.st('hemato')
    prod = c.r([('concentré de fibrinogène', 'fibrinogen concentrate'), ('albumine 25 %', 'albumin 25%'),
                ('immunoglobulines IV 10 %', 'IVIG 10%'), ('Octaplex 1000 UI', 'Octaplex 1000 IU'), ('antithrombine', 'antithrombin')])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Avis de pénurie : %s. Le fournisseur prévoit un retour à la normale vers le %s.' % (prod[0], fmt_date(c.later(20, 70), 'long', 'fr')),
                'D\'ici là, les demandes devront être approuvées par l\'hématologue de garde (%s %s cette semaine). '
                'Pour les patients atteints de %s, les critères du comité s\'appliquent.' % (hem.dr, hem.surname, c.r(DIAG)[0]),
                'Inventaire actuel : %d unités. Consommation moyenne : %d/semaine.' % (c.rng.randint(4, 40), c.rng.randint(2, 15)),
                '', closing(c, 'fr'), signature(c, ph, 'fr')]
        subj = c.r(['Pénurie – %s' % prod[0], 'AVIS : rupture d\'approvisionnement', 'Pénurie de produit stable'])
    else:
        body = [greet(c, 'en'), '', 'Shortage notice: %s. Supplier expects normal supply around %s.' % (prod[1], fmt_date(c.later(20, 70), 'long', 'en')),
                'Until then, requests need approval from the on-call haematologist (Dr. %s this week). Committee criteria apply for patients with %s.' % (hem.surname, c.r(DIAG)[1]),
                'Current stock: %d units; average use %d/week.' % (c.rng.randint(4, 40), c.rng.randint(2, 15)), '', closing(c, 'en'), signature(c, ph, 'en')]
        subj = c.r(['Shortage – %s' % prod[1], 'Supply disruption notice'])
    to = [w.st('chieftech'), hem]
    return spec(c, lang, ph, to, subj, '\n'.join(body), [], 'drug/derivative shortage notice')


# --------------------------------------------------------------------------- 4. invoice / purchase order
def invoice_po(c, lang):
    w = c.w
    buyer = w.st('buyer')
    mgr = w.st('manager')
    vendor = c.r([('Immuno-Diagnostics Nord inc.', 'immunodiag-nord.example'), ('Réactifs Laurentiens ltée', 'reactifs-laurentiens.example'),
                  ('BioSang Distribution', 'biosang.example')])
    items = [('Cartes gel ABO/Rh (boîte de 288)', 412.50), ('Panel de cellules 11 (3 x 3 mL)', 289.00), ('Anti-IgG (10 mL)', 96.75),
             ('Solution LISS (1 L)', 54.10), ('Cellules de dépistage I-II-III', 188.40), ('Sérum anti-K (2 mL)', 143.00),
             ('Embouts de pipette 1000 µL', 37.80), ('Étiquettes code-barres ISBT', 71.25)]
    rows = [['Article', 'No catalogue', 'Qté', 'Prix unitaire', 'Total'] if lang == 'fr' else ['Item', 'Catalogue no.', 'Qty', 'Unit price', 'Total']]
    tot = 0
    for it, pr in c.rng.sample(items, c.rng.randint(3, 6)):
        q = c.rng.randint(1, 12)
        rows.append([it, 'RL-%05d' % c.rng.randint(10000, 99999), q, pr, round(q * pr, 2)])
        tot += q * pr
    rows.append(['', '', '', 'TPS/TVQ', round(tot * 0.14975, 2)])
    rows.append(['', '', '', 'TOTAL', round(tot * 1.14975, 2)])
    po = '45%08d' % c.rng.randint(0, 99999999)
    inv = 'F-%d-%05d' % (c.day.year, c.rng.randint(1, 99999))
    if c.chance(0.5):
        data = make_xlsx([('Facture' if lang == 'fr' else 'Invoice', rows)], author=vendor[0])
        att = dict(filename='%s.xlsx' % inv, ctype=XLSX_CT, data=data)
    else:
        lines = ['Bon de commande : %s    Facture : %s' % (po, inv), 'Client : %s, %s' % (HOSP['name_fr'], HOSP['addr']), '']
        lines += [('T', [str(x) for x in r], [50, 290, 380, 420, 500]) for r in rows]
        data = make_pdf('FACTURE / INVOICE', lines, author=vendor[0], compress=c.chance(0.5))
        att = dict(filename='Facture_%s.pdf' % inv, ctype='application/pdf', data=data)
    if lang == 'fr':
        body = '%s\n\nCi-joint la facture %s pour le bon de commande %s (banque de sang). Paiement net 30 jours.\n\n%s\nComptes recevables, %s\n514 555-01%02d' % (
            greet(c, 'fr'), inv, po, c.r(['Nathalie Grondin', 'Luc Beaupré']), vendor[0], c.rng.randint(0, 99))
        subj = c.r(['Facture %s' % inv, 'Votre commande %s' % po, 'Facturation – %s' % vendor[0]])
    else:
        body = '%s\n\nAttached is invoice %s for PO %s (blood bank reagents). Net 30.\n\n%s\nAccounts receivable, %s' % (
            greet(c, 'en'), inv, po, c.r(['Nathalie Grondin', 'Luc Beaupre']), vendor[0])
        subj = c.r(['Invoice %s' % inv, 'PO %s' % po])
    return spec(c, lang, ('Comptes recevables', 'ar@%s' % vendor[1]), [buyer, mgr], subj, body, [], 'reagent invoice / purchase order',
                attachments=[att])


# --------------------------------------------------------------------------- 5. reagent recall from supplier
def supplier_recall(c, lang):
    w = c.w
    rcv = w.st('chieftech')
    reag = c.r(['réactif anti-D (IgM) monoclonal', 'cellules de panel 0.8 %', 'cartes gel LISS/Coombs', 'réactif anti-Fya', 'solution d\'élution acide'])
    reag_en = {'réactif anti-D (IgM) monoclonal': 'monoclonal anti-D (IgM) reagent', 'cellules de panel 0.8 %': '0.8% panel cells',
               'cartes gel LISS/Coombs': 'LISS/Coombs gel cards', 'réactif anti-Fya': 'anti-Fya reagent', 'solution d\'élution acide': 'acid elution kit'}[reag]
    lot = '%s%d' % (c.r(['L', 'LOT', '']), c.rng.randint(100000, 999999))
    exp = c.later(60, 400)
    if lang == 'fr':
        body = [greet(c, 'fr', formal=True), '', 'AVIS DE RAPPEL VOLONTAIRE — %s, lot %s (exp. %s).' % (reag, lot, fmt_date(exp, 'iso')),
                'Des résultats faussement négatifs ont été rapportés avec des échantillons faiblement réactifs (D faible, %s).' % c.r(ANTIBODIES),
                'Action requise : cesser l\'utilisation, vérifier vos inventaires, retourner l\'accusé de réception d\'ici 5 jours ouvrables.',
                'Aucune action n\'est requise pour les résultats rapportés si votre contrôle de qualité quotidien était conforme.',
                '', 'Affaires réglementaires', 'Immuno-Diagnostics Nord inc.', '1 800 555-0142']
        subj = c.r(['RAPPEL – %s lot %s' % (reag, lot), 'Avis de sécurité terrain : %s' % reag])
    else:
        body = [greet(c, 'en'), '', 'VOLUNTARY RECALL — %s, lot %s (exp. %s).' % (reag_en, lot, fmt_date(exp, 'iso')),
                'False-negative results have been reported with weakly reactive samples.', 'Please stop use, check inventory and return the acknowledgement form within 5 business days.',
                '', 'Regulatory Affairs', 'Immuno-Diagnostics Nord Inc.', '1 800 555-0142']
        subj = 'Field safety notice – %s lot %s' % (reag_en, lot)
    return spec(c, lang, ('Affaires réglementaires', 'rappels@immunodiag-nord.example'), rcv, subj, '\n'.join(body), [],
                'reagent recall with lot numbers')


# --------------------------------------------------------------------------- 6. fridge / freezer alarm
def fridge_alarm(c, lang):
    w = c.w
    tech = w.st('tech')
    rcv = [w.st('chieftech'), w.st('manager')]
    eq = c.r(['BS-R2', 'BS-R3', 'BS-F1 (congélateur plasma)', 'BS-PLQ (agitateur plaquettes)'])
    serial = w.luhn_serial(9)
    rows = [['horodatage', 'sonde', 'temp_C'] if lang == 'fr' else ['timestamp', 'probe', 'temp_C']]
    t0 = datetime.datetime(c.day.year, c.day.month, c.day.day, 1, 0)
    for i in range(24):
        rows.append([(t0 + datetime.timedelta(minutes=15 * i)).strftime('%Y-%m-%d %H:%M'), 'S1',
                     ('%.1f' % (4.0 + (3.5 if 8 <= i <= 13 else 0) + c.rng.randint(-3, 3) / 10))])
    csv = make_csv(rows, ',')
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Alarme de température cette nuit sur l\'enceinte %s (no de série %s) : 7,6 °C pendant %d minutes.' % (eq, serial, c.rng.randint(40, 110)),
                'Les %d culots ont été transférés dans BS-R1 à 03h15. Évaluation de la conformité en cours, aucun produit libéré entre-temps.' % c.rng.randint(20, 80),
                'Le technicien de Génie biomédical passe ce matin (bon de travail GBM-%06d).' % c.rng.randint(0, 999999), '', signature(c, tech, 'fr')]
        subj = c.r(['Alarme température %s' % eq.split()[0], 'Écart de température – réfrigérateur banque de sang'])
        fn = 'journal_%s.csv' % eq.split()[0]
    else:
        body = [greet(c, 'en'), '', 'Temperature alarm overnight on %s (serial %s): 7.6 C for %d minutes.' % (eq, serial, c.rng.randint(40, 110)),
                'Units moved to BS-R1 at 03:15; quarantine pending assessment. Biomed work order BME-%06d.' % c.rng.randint(0, 999999), '', signature(c, tech, 'en')]
        subj = 'Temperature excursion – %s' % eq.split()[0]
        fn = 'log_%s.csv' % eq.split()[0]
    return spec(c, lang, tech, rcv, subj, '\n'.join(body), [], 'fridge temperature alarm with equipment serial and log',
                attachments=[dict(filename=fn, ctype='text/csv', text=csv, charset='us-ascii', cte='7bit')])


# --------------------------------------------------------------------------- 7. specimen shipping logistics
def specimen_shipping(c, lang):
    w = c.w
    clerk = w.st(c.r(['clerk', 'tech']))
    dest = ('Réception des échantillons – LRI', 'reception.lri@%s' % HEMAQ_DOM)
    n = c.rng.randint(1, 6)
    trk = '%d' % c.rng.randint(10 ** 11, 10 ** 12 - 1)
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Envoi de ce jour : %d boîte(s) isotherme(s), %d spécimens, emballage UN3373 catégorie B.' % (max(1, n // 3), n),
                'Numéro de suivi Purolator : %s. Arrivée prévue demain avant 10h30.' % trk, 'Les requêtes sont dans la pochette du dessus (copie papier seulement).',
                '', closing(c, 'fr'), signature(c, clerk, 'fr')]
        subj = c.r(['Envoi de spécimens – %s' % fmt_date(c.day, 'dmy'), 'Expédition LRI', 'Colis en route'])
    else:
        body = [greet(c, 'en'), '', 'Shipped today: %d specimens in insulated box, UN3373 Category B.' % n, 'Tracking: %s, expected tomorrow before 10:30.' % trk,
                'Requisitions are in the top pouch (paper only).', '', closing(c, 'en'), signature(c, clerk, 'en')]
        subj = 'Specimen shipment %s' % fmt_date(c.day, 'iso')
    return spec(c, lang, clerk, dest, subj, '\n'.join(body), [], 'specimen shipment logistics, tracking number only')


# --------------------------------------------------------------------------- 8. IT notice
def it_notice(c, lang):
    w = c.w
    it = w.st('it')
    to = [('Utilisateurs SIL', 'sil-utilisateurs@%s' % HOSP['dom'])]
    d = c.later(2, 20)
    scen = c.rng.randint(0, 2)
    if lang == 'fr':
        if scen == 0:
            body = [greet(c, 'fr'), '', 'Une interruption planifiée du système d\'information de laboratoire (module banque de sang) aura lieu le %s de 01h00 à 04h30.' % fmt_date(d, 'long', 'fr'),
                    'Pendant l\'arrêt, utilisez les procédures dégradées (PON-BS-090) et les étiquettes manuelles pré-imprimées.', 'Version cible : 9.4.2 (correctif interface HL7 ORM/ORU).']
            subj = 'Interruption planifiée – SIL banque de sang'
        elif scen == 1:
            body = [greet(c, 'fr'), '', 'Tests d\'interface ce jeudi : des messages seront envoyés avec le dossier fictif 9999999 « ZZTEST, BANQUESANG ». '
                    'Ne pas tenir compte des résultats de ce dossier (groupe et RAI de test).', 'Aucune donnée réelle ne transite pendant le test.']
            subj = 'Tests d\'interface HL7 – dossier fictif'
        else:
            body = [greet(c, 'fr'), '', 'Rappel : hameçonnage en cours. Un faux courriel « Résultats de laboratoire disponibles » circule avec un lien vers un site frauduleux.',
                    'Ne cliquez pas; transférez-le à securite@%s.' % HOSP['dom']]
            subj = 'ALERTE hameçonnage'
        body += ['', 'Centre de services TI — poste 5000', signature(c, it, 'fr', 'short')]
    else:
        if scen == 0:
            body = [greet(c, 'en'), '', 'Planned LIS downtime (blood bank module) on %s from 01:00 to 04:30.' % fmt_date(d, 'long', 'en'),
                    'Use downtime procedures (SOP BB-090) and pre-printed labels.']
            subj = 'Planned downtime – blood bank LIS'
        elif scen == 1:
            body = [greet(c, 'en'), '', 'Interface testing Thursday using dummy chart 9999999 "ZZTEST, BLOODBANK". Ignore any results on that chart.']
            subj = 'HL7 interface testing – dummy record'
        else:
            body = [greet(c, 'en'), '', 'Phishing alert: a fake "Your lab results are ready" e-mail is circulating. Do not click; forward to security.']
            subj = 'Phishing alert'
        body += ['', 'IT Service Desk — ext. 5000', signature(c, it, 'en', 'short')]
    return spec(c, lang, it, to, subj, '\n'.join(body), [], 'IT notice (downtime / dummy test record / phishing)')


# --------------------------------------------------------------------------- 9. equipment maintenance
def equipment(c, lang):
    w = c.w
    tech = w.st('chieftech')
    svc = ('Service technique', 'service@%s' % c.r(['immunodiag-nord.example', 'biosang.example']))
    serial = w.luhn_serial(9)
    asset = w.luhn_serial(10)
    sin_like = '%s %s %s' % (serial[:3], serial[3:6], serial[6:])
    eq, eq_en = c.r([('automate d\'immunohématologie IH-500', 'IH-500 immunohaematology analyser'), ('centrifugeuse de cartes gel', 'gel card centrifuge'),
                     ('décongélateur de plasma', 'plasma thawer'), ('irradiateur de sang', 'blood irradiator')])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Merci de planifier l\'entretien préventif annuel de notre %s.' % eq,
                'No de série : %s — Inventaire (actif) : %s — Contrat de service no %d.' % (sin_like, asset, c.rng.randint(100000, 999999)),
                'Disponibilités : %s ou %s, en après-midi. L\'appareil de relève sera validé la veille.' % (fmt_date(c.later(5, 15), 'long', 'fr'), fmt_date(c.later(16, 30), 'long', 'fr')),
                '', closing(c, 'fr'), signature(c, tech, 'fr')]
        subj = c.r(['Entretien préventif – %s' % eq, 'Demande de service', 'PM annuel'])
    else:
        body = [greet(c, 'en'), '', 'Please schedule annual preventive maintenance of our %s.' % eq_en,
                'Serial no.: %s — Asset tag: %s — Service contract %d.' % (sin_like, asset, c.rng.randint(100000, 999999)),
                'Available %s or %s, afternoons.' % (fmt_date(c.later(5, 15), 'long', 'en'), fmt_date(c.later(16, 30), 'long', 'en')), '', closing(c, 'en'), signature(c, tech, 'en')]
        subj = c.r(['Preventive maintenance request', 'Service request – %s' % eq_en])
    return spec(c, lang, tech, svc, subj, '\n'.join(body), [], 'equipment maintenance, checksum-valid serial/asset numbers')


# --------------------------------------------------------------------------- 10. monthly statistics
def stats_monthly(c, lang):
    w = c.w
    mgr = w.st(c.r(['manager', 'cst']))
    to = [w.st('hemato'), w.st('pbm')]
    units = ['4B', '5A', 'USI', 'Urgence', 'Bloc', 'HDJ', 'Obstétrique']
    rows = [['Unité', 'CG transfusés', 'Plaquettes', 'Plasma', 'Hb pré moy. (g/L)', 'Produits périmés'] if lang == 'fr'
            else ['Unit', 'RBC', 'Platelets', 'Plasma', 'Mean pre-Hb (g/L)', 'Expired']]
    for u in units:
        rows.append([u, c.rng.randint(5, 160), c.rng.randint(0, 40), c.rng.randint(0, 60), c.rng.randint(68, 82), c.rng.randint(0, 6)])
    data = make_xlsx([('Mensuel' if lang == 'fr' else 'Monthly', rows)], author=mgr.full)
    month = c.earlier(20, 40)
    if lang == 'fr':
        body = '%s\n\nVoici les statistiques d\'utilisation des produits sanguins pour %s %d. Le taux de péremption des culots est de %s %%.\n' \
               'Hb prétransfusionnelle moyenne sous la cible de 80 g/L pour toutes les unités sauf l\'Urgence.\n\n%s' % (
                   greet(c, 'fr'), ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][month.month - 1],
                   month.year, str(round(c.rng.randint(5, 40) / 10, 1)).replace('.', ','), signature(c, mgr, 'fr'))
        subj = c.r(['Statistiques mensuelles banque de sang', 'Utilisation des produits – %s' % month.strftime('%Y-%m')])
        fn = 'stats_%s.xlsx' % month.strftime('%Y%m')
    else:
        body = '%s\n\nBlood component usage for %s attached. RBC wastage %.1f%%.\n\n%s' % (greet(c, 'en'), month.strftime('%B %Y'), c.rng.randint(5, 40) / 10, signature(c, mgr, 'en'))
        subj = 'Monthly blood bank statistics %s' % month.strftime('%Y-%m')
        fn = 'usage_%s.xlsx' % month.strftime('%Y%m')
    return spec(c, lang, mgr, to, subj, body, [], 'aggregate monthly usage statistics XLSX',
                attachments=[dict(filename=fn, ctype=XLSX_CT, data=data)])


# --------------------------------------------------------------------------- 11. blank forms
def blank_form(c, lang):
    w = c.w
    snd = w.st(c.r(['cst', 'chieftech', 'clerk']))
    to = [('Infirmières-chefs', 'chefs-unites@%s' % HOSP['dom'])]
    if lang == 'fr':
        fields = ['Nom du patient : ______________________   Prénom : ________________', 'NAM : ____ ____ ____    Date de naissance : ____/____/______',
                  'No de dossier : __________    Unité / chambre : ______', ('H', 'Produit demandé'),
                  '[ ] Culot globulaire   [ ] Plaquettes   [ ] Plasma   [ ] Cryoprécipités   Nombre : ____',
                  'Indication : ________________________________________', 'Hb : ______ g/L    Plaquettes : ______ x10^9/L    INR : ______',
                  ('H', 'Prélèvement'), 'Prélevé par : ____________  Date/heure : ____________  Identité vérifiée au chevet [ ]',
                  'Signature du médecin : ____________________  Permis : ________']
        title_ = 'Demande de produits sanguins labiles (formulaire vierge, version %d.%d)' % (c.rng.randint(3, 7), c.rng.randint(0, 9))
        subj = c.r(['Nouveau formulaire de demande de produits sanguins', 'Formulaire vierge – version à jour', 'Gabarit de requête'])
        body = '%s\n\nVeuillez remplacer les anciens formulaires par la version jointe dès lundi. Les versions antérieures seront refusées à la banque de sang.\n\n%s' % (
            greet(c, 'fr'), signature(c, snd, 'fr'))
        fn = c.r(['Formulaire_demande_PSL_vierge.pdf', 'demande_produits_sanguins_v%d.pdf' % c.rng.randint(3, 9),
                   'Formulaire vierge – demande de produits sanguins.pdf'])
    else:
        fields = ['Patient surname: ______________  Given name: ______________', 'Health card no.: ______________  Date of birth: __/__/____',
                  'MRN: __________  Ward/room: ______', ('H', 'Component requested'), '[ ] Red cells  [ ] Platelets  [ ] Plasma  [ ] Cryo   Qty: __',
                  'Indication: ______________________', 'Hb: ____ g/L  Plt: ____  INR: ____', 'Ordering physician: ______________ Licence: ______']
        title_ = 'Blood Component Request (blank form)'
        subj = c.r(['Updated blood request form', 'Blank form – new version'])
        body = '%s\n\nPlease use the attached version from Monday; older versions will be refused.\n\n%s' % (greet(c, 'en'), signature(c, snd, 'en'))
        fn = 'Blood_request_form_blank.pdf'
    if c.chance(0.6):
        att = dict(filename=fn, ctype='application/pdf', data=make_pdf(title_, fields, author=snd.full, compress=c.chance(0.5)))
    else:
        paras = [f if isinstance(f, tuple) else f for f in fields]
        att = dict(filename=fn.replace('.pdf', '.docx'), ctype=DOCX_CT, data=make_docx(title_, paras, author=snd.full))
    return spec(c, lang, snd, to, subj, body, [], 'blank request form with empty identity fields', attachments=[att])


# --------------------------------------------------------------------------- 12. SOP update
def sop_update(c, lang):
    w = c.w
    snd = w.st(c.r(['chieftech', 'cst']))
    to = [('Technologistes banque de sang', 'tm-banque@%s' % HOSP['dom'])]
    num = 'PON-BS-%03d' % c.rng.randint(1, 140)
    topic = c.r([('Sélection de produits pour les patients avec anticorps cliniquement significatifs', 'Component selection for patients with clinically significant antibodies'),
                 ('Vérification de l\'identité du patient avant transfusion', 'Pre-transfusion patient identification'),
                 ('Investigation d\'une réaction transfusionnelle aiguë', 'Investigation of acute transfusion reactions'),
                 ('Libération d\'urgence de culots O négatif non croisés', 'Emergency release of uncrossmatched O negative red cells'),
                 ('Gestion de l\'inventaire des IgIV', 'IVIG inventory management')])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'La procédure %s « %s » (version %d) entre en vigueur le %s.' % (num, topic[0], c.rng.randint(2, 9), fmt_date(c.later(7, 21), 'long', 'fr')),
                'Principaux changements :', '- deux identifiants distincts (nom complet et date de naissance ou NAM) obligatoires sur l\'échantillon;',
                '- un second prélèvement est exigé pour tout nouveau patient sans historique de groupe;',
                '- les patients avec %s reçoivent des produits antigène-négatifs même si l\'anticorps n\'est plus détectable.' % c.r(ANTIBODIES),
                'Merci de signer la feuille de lecture d\'ici deux semaines.', '', signature(c, snd, 'fr')]
        subj = c.r(['Mise à jour %s' % num, 'Nouvelle version de procédure – %s' % num, 'PON à lire et signer'])
    else:
        body = [greet(c, 'en'), '', 'SOP %s "%s" (version %d) is effective %s.' % (num, topic[1], c.rng.randint(2, 9), fmt_date(c.later(7, 21), 'long', 'en')),
                'Key changes: two independent identifiers on every sample; second sample for new patients without a historical group; antigen-negative units for patients with a historical antibody.',
                'Please sign the read-and-understood sheet within two weeks.', '', signature(c, snd, 'en')]
        subj = c.r(['SOP update %s' % num, 'Read & sign: %s' % num])
    return spec(c, lang, snd, to, subj, '\n'.join(body), [], 'procedure update (generic, no patient)')


BUILDERS = [
    ('hq_inventory', hq_inventory, 5, 0.7),
    ('product_recall', product_recall, 5, 0.7),
    ('drug_shortage', drug_shortage, 5, 0.6),
    ('invoice_po', invoice_po, 5, 0.6),
    ('supplier_recall', supplier_recall, 5, 0.5),
    ('fridge_alarm', fridge_alarm, 5, 0.6),
    ('specimen_shipping', specimen_shipping, 5, 0.6),
    ('it_notice', it_notice, 5, 0.6),
    ('equipment_maintenance', equipment, 5, 0.5),
    ('stats_monthly', stats_monthly, 5, 0.6),
    ('blank_form', blank_form, 5, 0.6),
    ('sop_update', sop_update, 5, 0.6),
]
