"""Negative templates, part C: pharmacy, insurers and supply chain: invoices,
purchase orders, shortages, recalls (serial numbers that pass a checksum),
insurer policy mail, formulary updates, liaison procedures, support-programme
notices, stock counts, fridge logs, deliveries and asset inventories."""
import datetime

from stdnum import luhn

import gen_files as F
import gen_people as P
from gen_core import Att, Mail, inner_eml
from gen_tpl import earlier, join, letterhead, quote

PRODUCTS = [('Infliximab (biosimilaire) 100 mg fiole', '02419475', 493.50), ('Tocilizumab 400 mg/20 mL', '02350106', 1420.00),
            ('Rituximab (biosimilaire) 500 mg/50 mL', '02498316', 1988.00), ('Acide zolédronique 5 mg/100 mL', '02269198', 312.40),
            ('Abatacept 250 mg fiole', '02282097', 551.25), ('Tubulure avec filtre 0,2 µm', 'TUB-0221', 6.85),
            ('Sac NaCl 0,9 % 250 mL', 'NS-250', 2.10), ('Pegloticase 8 mg/mL', '02407598', 3870.00)]


def luhn_serial(r, n=9):
    body = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def lot(r):
    return f'{r.choice("ABCDEFGHKLMNPRTX")}{r.randint(10, 99)}{r.choice("ABCDEFGHKLMNPRTX")}{r.randint(1000, 9999)}'


# ------------------------------------------------------------------ 33 invoice
def invoice(ctx, lang):
    r = ctx.r
    items = r.sample(PRODUCTS, r.randint(2, 5))
    no = f'FA-{r.randint(100000, 999999)}'
    lines = ['# ' + ('Facture' if lang == 'fr' else 'Invoice') + f' {no}', f'MédiDistribution Québec inc. – TPS 81234 5678 RT0001',
             f'{"Client" if lang == "fr" else "Customer"} : {P.CLINIC["fr"]} – compte 40-2217', f'Date : {ctx.today.isoformat()}', '']
    total = 0
    for name, code, price in items:
        q = r.randint(2, 40)
        total += q * price
        lines.append(f'{code}  {name}  lot {lot(r)}  exp. {r.randint(2025, 2027)}-{r.randint(1, 12):02d}  x{q}  {q * price:,.2f} $')
    lines += ['', f'Total avant taxes : {total:,.2f} $', 'Paiement net 30 jours.']
    if lang == 'fr':
        body = join('Bonjour,', f'Veuillez trouver ci-jointe la facture {no} pour la livraison du {P.fr_date(ctx.past(1, 10))}.',
                    'Merci de votre confiance,\nComptes clients\nMédiDistribution Québec inc.')
        subject = f'Facture {no}'
    else:
        body = join('Hello,', f'Please find attached invoice {no}.', 'Accounts Receivable\nMédiDistribution Québec inc.')
        subject = f'Invoice {no}'
    return Mail('invoice', lang, ('MédiDistribution – Comptes clients', 'comptesclients@medidistribution.example'),
                [('Comptes payables CRPR', 'comptespayables@' + P.CLINIC['domain'])], subject, body,
                atts=[Att(f'{no}.pdf', 'pdf', F.make_pdf(lines))] if r.random() < .7 else
                [Att(f'factures_{ctx.today.strftime("%Y%m")}.zip', 'zip', F.make_zip([(f'{no}.pdf', F.make_pdf(lines)),
                                                                                       ('bordereau.csv', F.csv_text([['facture', 'montant'], [no, f'{total:.2f}']]).encode())]))],
                note='supplier invoice with lot numbers and DINs')


# ------------------------------------------------------------------ 34 purchase order
def purchase_order(ctx, lang):
    r = ctx.r
    po = f'45001{r.randint(10000, 99999)}'
    rows = [['Code', 'Description', 'Qté', 'Prix unitaire', 'Centre de coûts'] if lang == 'fr' else ['Code', 'Description', 'Qty', 'Unit price', 'Cost centre']]
    for name, code, price in r.sample(PRODUCTS, 4):
        rows.append([code, name, r.randint(1, 30), price, '7150-PERF'])
    if lang == 'fr':
        body = join(ctx.hello('fr', 'Rachel'), f'Voici le bon de commande {po}. Livraison au quai B, 3e étage, réception entre 7 h et 15 h.',
                    ctx.sig('mercier', 'fr'))
        subject = f'Bon de commande {po}'
    else:
        body = join(ctx.hello('en', 'Rachel'), f'PO {po} attached. Deliver to dock B.', ctx.sig('mercier', 'en'))
        subject = f'Purchase order {po}'
    return Mail('purchase_order', lang, ctx.staff('mercier', lang), [ctx.ext('supplier')], subject, body,
                atts=[Att(f'BC_{po}.xlsx' if lang == 'fr' else f'PO_{po}.xlsx', 'xlsx', F.make_xlsx([('BC', rows)]))], note='purchase order')


# ------------------------------------------------------------------ 35 drug shortage
def shortage(ctx, lang):
    r = ctx.r
    drug = r.choice([('méthotrexate injectable 25 mg/mL', 'methotrexate injection 25 mg/mL'), ('colchicine 0,6 mg', 'colchicine 0.6 mg'),
                     ('hydroxychloroquine 200 mg', 'hydroxychloroquine 200 mg'), ('méthylprednisolone 1 g', 'methylprednisolone 1 g')])
    d = ctx.future(20, 90)
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), f'Rupture d\'approvisionnement annoncée : {drug[0]}, retour prévu vers le {P.fr_date(d)}.',
                    'Conduite proposée : prioriser les patients en initiation; alternatives discutées avec la pharmacie de liaison (seringues '
                    'préremplies, autre fabricant). Aucune modification sans ordonnance du médecin.', ctx.sig('menard', 'fr'))
        subject = f'Rupture – {drug[0]}'
    else:
        body = join(ctx.hello('en', 'all'), f'Shortage notice: {drug[1]}, expected back around {P.en_date(d)}.',
                    'Prioritise new starts; alternatives available through the liaison pharmacy.', ctx.sig('menard', 'en'))
        subject = f'Drug shortage - {drug[1]}'
    return Mail('drug_shortage', lang, ctx.staff('menard', lang), [('Équipe clinique' if lang == 'fr' else 'Clinical team', 'clinique@' + P.CLINIC['domain'])],
                subject, body, note='drug-shortage notice')


# ------------------------------------------------------------------ 36 supplier recall with serials
def recall(ctx, lang):
    r = ctx.r
    kind = r.choice(['pump', 'lot'])
    if kind == 'pump':
        serials = [luhn_serial(r, 9) for _ in range(r.randint(3, 6))]
        ser_txt = '\n'.join(f'- VP-300 S/N {s[:3]} {s[3:6]} {s[6:]}' for s in serials)
        if lang == 'fr':
            body = join('Avis de sécurité urgent – Pompe volumétrique Perfusa VP-300', 'Un défaut du logiciel 4.2.1 peut entraîner une alarme d\'occlusion '
                        'tardive. Les appareils suivants de votre établissement sont visés :', ser_txt,
                        'Mesure : mise à jour du logiciel par notre technicien; en attendant, surveillance visuelle accrue des perfusions.',
                        'Perfusa Medical Canada – Affaires réglementaires\n1 800 555-0114')
            subject = 'AVIS DE SÉCURITÉ – Perfusa VP-300'
        else:
            body = join('Urgent Field Safety Notice - Perfusa VP-300 volumetric pump', 'A software 4.2.1 defect may delay occlusion alarms. Affected units at your site:',
                        ser_txt, 'Action: software update by our technician.', 'Perfusa Medical Canada - Regulatory Affairs')
            subject = 'FIELD SAFETY NOTICE - Perfusa VP-300'
        sender = ('Perfusa Medical – Affaires réglementaires', 'rappels@perfusa-med.example')
    else:
        lots = [lot(r) for _ in range(2)]
        if lang == 'fr':
            body = join('Bonjour,', f'Rappel volontaire de niveau II : tubulures avec filtre 0,2 µm, lots {lots[0]} et {lots[1]} (risque de fissure du '
                        'raccord). Veuillez mettre en quarantaine et retourner les unités restantes.', 'MédiDistribution Québec inc. – Qualité')
            subject = 'Rappel de produit – tubulures'
        else:
            body = join('Hello,', f'Voluntary Type II recall: 0.2 micron filter tubing, lots {lots[0]} and {lots[1]}. Quarantine remaining stock.',
                        'MédiDistribution Québec inc. - Quality')
            subject = 'Product recall - tubing'
        sender = ('MédiDistribution – Qualité', 'qualite@medidistribution.example')
    if r.random() < .5:
        inner = Mail('x', lang, sender, [ctx.staff('mercier', lang)], subject, body)
        inner.date = earlier(ctx, 20, 90)
        return Mail('supplier_recall', lang, ctx.staff('mercier', lang), [ctx.staff('dube', lang), ctx.staff('menard', lang)],
                    ('TR: ' if lang == 'fr' else 'FW: ') + subject,
                    join(ctx.hello(lang, 'Isabelle'), 'Avis reçu ce matin (en pièce jointe). Je fais le tour des pompes cet après-midi.'
                         if lang == 'fr' else 'Notice received this morning (attached); checking the pumps this afternoon.', ctx.sig('mercier', lang)),
                    atts=[Att(subject.replace(':', '') + '.eml', 'eml', inner_eml(inner, r, ctx.idx * 100 + 3))],
                    note='supplier recall forwarded as an attached message (serial / lot numbers)')
    return Mail('supplier_recall', lang, sender, [ctx.staff('mercier', lang), ctx.staff('dube', lang)], subject, body,
                note='supplier recall with serial / lot numbers (serials pass Luhn)')


# ------------------------------------------------------------------ 37 insurer policy
def insurer_policy(ctx, lang):
    r = ctx.r
    ins = r.choice(['ins_boreale', 'ins_mutuel'] if lang == 'fr' else ['ins_sunatlas'])
    d = ctx.future(30, 120)
    if lang == 'fr':
        body = join('Aux professionnels de la santé,', f'À compter du {P.fr_date(d)}, {P.EXTERNAL[ins][3].split(" –")[0]} couvrira uniquement les versions '
                    'biosimilaires de l\'infliximab, de l\'adalimumab, de l\'étanercept et du rituximab pour les nouvelles demandes. Les adhérents '
                    'actuellement sous produit d\'origine disposeront d\'une période de transition de 6 mois.',
                    'Les exceptions médicales devront être justifiées à l\'aide du formulaire RB-17.', 'Service de la gestion des médicaments')
        subject = 'Politique de transition vers les biosimilaires'
    else:
        body = join('To prescribers and pharmacists,', f'Effective {P.en_date(d)}, new requests for infliximab, adalimumab, etanercept and rituximab '
                    'will be covered for biosimilar versions only. Current members on originators have a 6-month transition period.',
                    'Drug Benefit Management')
        subject = 'Biosimilar transition policy'
    return Mail('insurer_policy', lang, (P.EXTERNAL[ins][3], 'communications@' + P.EXTERNAL[ins][4]),
                [('Pharmacie de liaison CRPR' if lang == 'fr' else 'CRPR Liaison Pharmacy', 'pharmacie@' + P.CLINIC['domain'])],
                subject, body, mode=r.choice(['html', None, 'alt']), note='insurer general policy notice')


# ------------------------------------------------------------------ 38 formulary update
def formulary(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), 'Mise à jour de la Liste des médicaments (RAMQ) en vigueur ce mois-ci, points pertinents pour nous :',
                    '- Ajout d\'un biosimilaire du tocilizumab IV (indication PR, mêmes critères que le produit d\'origine).\n'
                    '- Modification du code d\'indication pour le romosozumab : fracture de fragilité récente exigée.\n'
                    '- Le fébuxostat devient un médicament d\'exception (intolérance ou contre-indication à l\'allopurinol).',
                    'Les formulaires à jour sont sur l\'intranet.', ctx.sig('vezina', 'fr'))
        subject = r.choice(['Mise à jour de la liste des médicaments', 'Liste RAMQ – changements', 'Médicaments d\'exception : nouveautés'])
    else:
        body = join(ctx.hello('en', 'all'), 'Formulary update this month: tocilizumab IV biosimilar listed; romosozumab criteria changed; febuxostat now exception status.',
                    ctx.sig('vezina', 'en'))
        subject = 'Formulary update'
    return Mail('formulary_update', lang, ctx.staff('vezina', lang), [('Équipe clinique' if lang == 'fr' else 'Clinical team', 'clinique@' + P.CLINIC['domain'])],
                subject, body, note='formulary update, general')


# ------------------------------------------------------------------ 39 liaison procedure for community pharmacies
def liaison_procedure(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        body = join('Chers collègues pharmaciens communautaires,', 'Afin d\'accélérer le traitement de vos questions sur les biothérapies :',
                    f'1. Utilisez la boîte pharmacie@{P.CLINIC["domain"]} ou le télécopieur {P.CLINIC["fax"]}.\n'
                    '2. Indiquez le nom du patient, sa date de naissance et le nom du rhumatologue traitant UNIQUEMENT par télécopieur ou messagerie sécurisée.\n'
                    '3. Délai de réponse : 1 jour ouvrable (urgent : 819 555-0149).',
                    'Merci de votre collaboration,', ctx.sig('vezina', 'fr'))
        subject = 'Pharmacie de liaison – procédure pour les pharmacies communautaires'
    else:
        body = join('Dear community pharmacists,', f'Please send biologic-related questions to pharmacy@{P.CLINIC["domain"]} or fax {P.CLINIC["fax"]}. '
                    'Send patient identifiers only by fax or secure messaging. Response within 1 business day.', ctx.sig('vezina', 'en'))
        subject = 'Liaison pharmacy - procedure for community pharmacies'
    return Mail('liaison_procedure', lang, ctx.staff('vezina', lang), [ctx.ext('ph_allard'), ctx.ext('ph_doucet')], subject, body,
                mode=r.choice([None, 'alt']), note='procedure note to community pharmacies')


# ------------------------------------------------------------------ 40 PSP general notice
def psp_notice(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        body = join('Bonjour à l\'équipe du CRPR,', 'BioConnect Soutien change de plateforme le mois prochain. Les formulaires d\'inscription devront '
                    'être transmis via le portail sécurisé; les courriels contenant des renseignements personnels ne seront plus acceptés.',
                    'Une séance d\'information (30 min) est offerte mardi à 12 h.', 'Audrey Fiset\nCoordonnatrice, BioConnect Soutien\n1 855 555-0108')
        subject = 'Changement de plateforme – BioConnect Soutien'
    else:
        body = join('Hello CRPR team,', 'BioConnect Support moves to a new portal next month; enrolment forms must be sent through the secure portal.',
                    'Audrey Fiset\nBioConnect Support')
        subject = 'Portal change - BioConnect Support'
    return Mail('psp_notice', lang, ctx.ext('psp_bioconnect'), [ctx.staff('vezina', lang), ctx.staff('singh', lang)], subject, body,
                note='patient-support programme general notice')


# ------------------------------------------------------------------ 41 fridge stock count
def stock_count(ctx, lang='fr'):
    r = ctx.r
    rows = [['Produit', 'DIN / code', 'Lot', 'Expiration', 'Qté', 'Frigo']]
    for name, code, price in r.sample(PRODUCTS, 5):
        rows.append([name, code, lot(r), f'{r.randint(2025, 2027)}-{r.randint(1, 12):02d}', r.randint(0, 24), r.choice(['1', '2'])])
    body = join(ctx.hello('fr', 'Stéphane'), 'Inventaire des frigos de l\'unité fait ce matin. Deux produits expirent d\'ici 60 jours, voir surligné.',
                ctx.sig('menard', 'fr'))
    return Mail('stock_count', 'fr', ctx.staff('menard', 'fr'), [ctx.staff('mercier', 'fr')], 'Inventaire frigos', body,
                atts=[Att('inventaire_frigos.xlsx', 'xlsx', F.make_xlsx([('Inventaire', rows)]))], note='stock count with lots and expiry')


# ------------------------------------------------------------------ 42 fridge temperature log
def fridge_log(ctx, lang):
    r = ctx.r
    asset = luhn_serial(r, 10)
    if lang == 'fr':
        body = join(ctx.hello('fr', 'Marc-André'), f'Excursion de température au frigo no 1 (actif {asset}) la nuit dernière : max 9,4 °C pendant 47 minutes '
                    '(enregistreur TL-22). Le fabricant confirme la stabilité de l\'infliximab et du tocilizumab pour cette durée.',
                    'Produits conservés, aucune perte. Rapport de l\'enregistreur en pièce jointe.', ctx.sig('dube', 'fr'))
        subject = 'Excursion de température – frigo 1'
        rows = [['horodatage', 'temp_c']] + [[f'{ctx.past(1, 1).isoformat()} 0{h}:00', round(r.uniform(3.5, 9.4), 1)] for h in range(0, 8)]
    else:
        body = join(ctx.hello('en', 'Marc-André'), f'Temperature excursion in fridge #1 (asset {asset}) overnight: max 9.4 °C for 47 min. '
                    'Manufacturer confirms stability; no loss.', ctx.sig('dube', 'en'))
        subject = 'Temperature excursion - fridge 1'
        rows = [['timestamp', 'temp_c']] + [[f'{ctx.past(1, 1).isoformat()} 0{h}:00', round(r.uniform(3.5, 9.4), 1)] for h in range(0, 8)]
    return Mail('fridge_log', lang, ctx.staff('dube', lang), [ctx.staff('menard', lang)], subject, body,
                atts=[Att('TL-22_export.csv', 'csv', F.csv_text(rows))], note='fridge temperature excursion, asset number passes Luhn')


# ------------------------------------------------------------------ 43 contract pricing
def contract(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        body = join(ctx.hello('fr', 'Chantal'), 'Le nouveau contrat d\'achat regroupé pour les biosimilaires entre en vigueur le 1er avril : économie '
                    f'estimée de {r.randint(180, 420)} k$ par année pour l\'unité. Les prix unitaires sont confidentiels (entente commerciale) '
                    '– ne pas diffuser à l\'externe.', ctx.sig('mercier', 'fr'))
        subject = 'Contrat d\'achat regroupé – biosimilaires'
    else:
        body = join(ctx.hello('en', 'Chantal'), f'New group purchasing contract for biosimilars starts April 1: estimated savings ${r.randint(180, 420)}k/year. '
                    'Unit prices are commercially confidential.', ctx.sig('mercier', 'en'))
        subject = 'Group purchasing contract - biosimilars'
    return Mail('contract', lang, ctx.staff('mercier', lang), [ctx.staff('dufour', lang)], subject, body, note='commercial contract, no patient')


# ------------------------------------------------------------------ 44 delivery notice
def delivery(ctx, lang):
    r = ctx.r
    track = ''.join(str(r.randint(0, 9)) for _ in range(15))
    if lang == 'fr':
        body = join('Bonjour,', f'Votre colis (2 boîtes réfrigérées) sera livré le {P.fr_date(ctx.future(1, 3), True)} entre 8 h et 12 h.',
                    f'Numéro de suivi : {track[:4]} {track[4:8]} {track[8:12]} {track[12:]}', 'Signature requise à la livraison.', 'Courrier Express Mauricie')
        subject = f'Avis de livraison {track[:6]}'
    else:
        body = join('Hello,', f'Your shipment (2 refrigerated boxes) arrives on {P.en_date(ctx.future(1, 3), True)}.', f'Tracking: {track}', 'Mauricie Express Courier')
        subject = 'Delivery notice'
    return Mail('delivery_notice', lang, ('Courrier Express Mauricie', 'avis@courrier-express.example'), [ctx.staff('mercier', lang)], subject, body,
                mode=r.choice(['html', None]), note='courier delivery notice with tracking number')


# ------------------------------------------------------------------ 45 lab kit order
def kit_order(ctx, lang):
    if lang == 'fr':
        body = join(ctx.hello('fr'), 'Commande de trousses de prélèvement pour le QuantiFERON (tubes 4 x 1 mL) : 3 boîtes de 50. '
                    'Les tubes doivent être incubés dans les 16 h suivant le prélèvement.', ctx.sig('hebert', 'fr'))
        subject = 'Commande – trousses QuantiFERON'
    else:
        body = join(ctx.hello('en'), 'Please order 3 boxes of 50 QuantiFERON collection kits.', ctx.sig('hebert', 'en'))
        subject = 'Order - QuantiFERON kits'
    return Mail('kit_order', lang, ctx.staff('hebert', lang), [('Laboratoire HRR', 'labo@' + P.HOSP['domain'])], subject, body, note='lab supply order')


# ------------------------------------------------------------------ 46 biosimilar project update
def biosimilar_update(ctx, lang):
    r = ctx.r
    n = r.randint(120, 260)
    s = int(n * r.uniform(.7, .9))
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), f'Bilan du projet de transition : {s} patients sur {n} ont fait la transition vers un biosimilaire; '
                    f'{r.randint(2, 9)} sont revenus au produit d\'origine (effet nocebo ou perte de réponse). Aucune réaction grave rapportée.',
                    'Merci à toute l\'équipe de perfusion et à la pharmacie de liaison!', ctx.sig('vezina', 'fr'))
        subject = 'Transition biosimilaires – bilan'
    else:
        body = join(ctx.hello('en', 'all'), f'Transition project: {s} of {n} patients switched; {r.randint(2, 9)} switched back. No serious reactions.',
                    ctx.sig('vezina', 'en'))
        subject = 'Biosimilar transition - update'
    return Mail('biosimilar_update', lang, ctx.staff('vezina', lang), [('Équipe clinique' if lang == 'fr' else 'Clinical team', 'clinique@' + P.CLINIC['domain'])],
                subject, body, note='aggregate project update')


# ------------------------------------------------------------------ 47 PA statistics
def pa_stats(ctx, lang='fr'):
    r = ctx.r
    rows = [['Assureur', 'Demandes', 'Approuvées', 'Refusées', 'Délai médian (j)']]
    for ins in ['RAMQ', 'Assurances Boréale', 'Mutuel Laurentien', 'Sun Atlas', 'Autres']:
        a = r.randint(5, 90)
        rows.append([ins, a, a - r.randint(0, a // 4), r.randint(0, a // 4), r.randint(3, 21)])
    body = join(ctx.hello('fr', 'Chantal'), 'Statistiques des autorisations préalables pour le trimestre (tableau ci-joint).', ctx.sig('vezina', 'fr'))
    return Mail('pa_statistics', 'fr', ctx.staff('vezina', 'fr'), [ctx.staff('dufour', 'fr')], 'Statistiques AP – trimestre', body,
                atts=[Att('stats_AP.csv', 'csv', F.csv_text(rows, ';'))], note='aggregate prior-authorisation statistics')


# ------------------------------------------------------------------ 48 insurer portal notice
def insurer_portal(ctx, lang):
    r = ctx.r
    if lang == 'en':
        body = join('Dear provider,', 'Our new prescriber portal is live. Special authorization forms can now be submitted online, with decisions '
                    'typically within 3 business days. Your provider ID remains unchanged.', 'Sun Atlas Benefits - Provider Relations')
        subject = 'New prescriber portal'
        sender = ('Sun Atlas Benefits', 'providers@sunatlas.example')
    else:
        body = join('Madame, Monsieur,', 'Notre nouveau portail des prescripteurs est en ligne. Les demandes d\'autorisation préalable peuvent y être '
                    'déposées; décision habituelle en 3 jours ouvrables.', 'Assurances Boréale – Relations avec les fournisseurs')
        subject = 'Nouveau portail des prescripteurs'
        sender = ('Assurances Boréale', 'fournisseurs@boreale-assurances.example')
    return Mail('insurer_portal', lang, sender, [('Pharmacie de liaison CRPR', 'pharmacie@' + P.CLINIC['domain'])], subject, body,
                mode=r.choice(['html', 'alt']), note='insurer portal notice')


# ------------------------------------------------------------------ 49 manufacturer medical information answer
def med_info(ctx, lang):
    r = ctx.r
    if lang == 'en':
        body = join(f'Dear {P.staff_name("menard", "en", False)},', 'Thank you for your enquiry. Diluted infliximab solution in 0.9% sodium chloride is '
                    'physically and chemically stable for up to 24 hours at 2-8 °C followed by 6 hours at room temperature. Infusion should '
                    'use an in-line 1.2 micron or smaller low-protein-binding filter.', 'Medical Information\nref. MI-2025-0' + str(r.randint(1000, 9999)))
        subject = 'Medical information response'
    else:
        body = join(f'Bonjour {P.staff_name("menard", "fr", False)},', 'Suite à votre demande : la solution diluée d\'infliximab dans le NaCl 0,9 % '
                    'est stable 24 h entre 2 et 8 °C, puis 6 h à température ambiante. Utiliser un filtre en ligne ≤ 1,2 µm à faible liaison protéique.',
                    'Information médicale\nréf. IM-2025-0' + str(r.randint(1000, 9999)))
        subject = 'Réponse – information médicale'
    return Mail('med_information', lang, ('Information médicale' if lang == 'fr' else 'Medical Information', 'medinfo@pharma-bio.example'),
                [ctx.staff('menard', lang)], subject, body, note='manufacturer answer on drug stability, no patient')


# ------------------------------------------------------------------ 50 asset inventory
def asset_inventory(ctx, lang):
    r = ctx.r
    rows = [['Actif', 'Appareil', 'No de série', 'Emplacement', 'Dernier entretien'] if lang == 'fr' else ['Asset', 'Device', 'Serial', 'Location', 'Last PM']]
    for i in range(r.randint(6, 10)):
        rows.append([f'CRPR-{r.randint(100, 999):05d}', r.choice(['Pompe VP-300', 'Tensiomètre', 'Balance', 'Frigo médicaments']),
                     luhn_serial(r, 9), f'Chaise {r.randint(1, 8)}', ctx.past(10, 200).isoformat()])
    body = join(ctx.hello(lang), 'Inventaire des équipements biomédicaux de l\'unité de perfusion.' if lang == 'fr'
                else 'Biomedical equipment inventory for the infusion unit.', ctx.sig('mercier', lang))
    return Mail('asset_inventory', lang, ctx.staff('mercier', lang), [ctx.staff('dube', lang)],
                'Inventaire biomédical' if lang == 'fr' else 'Biomed inventory', body,
                atts=[Att('inventaire_biomed.xlsx' if lang == 'fr' else 'biomed_inventory.xlsx', 'xlsx', F.make_xlsx([('Actifs', rows)]))],
                note='equipment inventory with serial numbers that pass Luhn')
