"""Negative scenarios, part B: invoices, orders, inventories, IT, facilities, recalls, shortages."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _money(ctx, v):
    if ctx.fr:
        return ('%0.2f' % v).replace('.', ',') + ' $'
    return '$%0.2f' % v


def lab_invoice(ctx):
    """Dental laboratory invoice: case numbers, amounts, tax numbers; no patient names."""
    rng = ctx.rng
    lab = rng.choice([X['lab_prisme'], X['lab_maxillo']])
    to = rng.choice([S['ouimet'], S['demers']])
    inv = 'F-%06d' % rng.randrange(10**6)
    items = rng.sample(ctx.L([('Gouttière chirurgicale (PMMA)', 185.0), ('Obturateur palatin provisoire', 640.0),
                              ('Gouttières de fluorure (paire)', 120.0), ('Guide chirurgical implantaire', 295.0),
                              ('Modèles d\'étude imprimés 3D', 75.0), ('Plaque de rétention', 140.0)],
                             [('Surgical splint (PMMA)', 185.0), ('Interim palatal obturator', 640.0),
                              ('Fluoride trays (pair)', 120.0), ('Implant surgical guide', 295.0),
                              ('3D printed study models', 75.0), ('Retention plate', 140.0)]), 3)
    rows = [ctx.L(['Cas labo', 'Description', 'Qté', 'Montant'], ['Lab case', 'Description', 'Qty', 'Amount'])]
    total = 0
    for d, v in items:
        q = rng.randint(1, 3)
        rows.append(['%s-%05d' % (rng.choice(['PR', 'MX']), rng.randrange(10**5)), d, q, _money(ctx, q * v)])
        total += q * v
    tps, tvq = total * 0.05, total * 0.09975
    bn = C.luhn_serial(rng, 9)
    lines = [ctx.L('Facture no ', 'Invoice no. ') + inv, ctx.L('Client : ', 'Bill to: ') + P.ORG[ctx.lang] + ' — ' + P.DEPT[ctx.lang],
             ctx.L('Bon de commande : ', 'PO: ') + 'BC-%07d' % rng.randrange(10**7), '', ('table', rows),
             ctx.L('Sous-total : ', 'Subtotal: ') + _money(ctx, total), 'TPS/GST %s RT0001 : %s' % (bn, _money(ctx, tps)),
             'TVQ/QST %010d TQ0001 : %s' % (rng.randrange(10**10), _money(ctx, tvq)),
             'Total : ' + _money(ctx, total + tps + tvq), ctx.L('Payable à 30 jours.', 'Net 30.')]
    data = A.make_pdf(ctx.L('Facture', 'Invoice'), lines, author=lab.role(ctx.lang),
                      header=[lab.role('fr'), '1880, rue de l\'Industrie, Port-Laval QC', 'Tél. 418 555-0163'])
    body = '\n'.join([T.greet(ctx, to), '', ctx.L('Veuillez trouver ci-jointe notre facture %s pour les travaux du mois.',
                                                  'Please find attached invoice %s for this month\'s work.') % inv, '',
                      P.signature(lab, ctx.lang), '418 555-0163'])
    msg = M.build_message(ctx, addr(lab), addr(to), ctx.L('Facture ', 'Invoice ') + inv, body,
                          attachments=[Att('%s.pdf' % inv, 'application/pdf', data)])
    return 'invoice', 'dental laboratory monthly invoice', msg


def purchase_order(ctx):
    """Purchase order for OMFS supplies with catalogue and lot numbers."""
    rng = ctx.rng
    buyer = S['ouimet']
    sup = ('Dentamed Distribution', 'commandes@dentamed.example')
    po = 'BC-%07d' % rng.randrange(10**7)
    cat = ctx.L([('Plaque mandibulaire 2.0, 4 trous', 'MX-20-4H'), ('Vis autotaraudeuse 2.0 x 7 mm (boîte 10)', 'MX-S207'),
                 ('Fraise chirurgicale Lindemann', 'LD-161'), ('Suture Vicryl 4-0 SH-1 (boîte 36)', 'J310H'),
                 ('Articaine 4 % 1:100 000 (50 cartouches)', 'ART-4100'), ('Fils d\'acier 24 ga', 'SW-24')],
                [('Mandible plate 2.0, 4-hole', 'MX-20-4H'), ('Self-tapping screw 2.0 x 7 mm (box of 10)', 'MX-S207'),
                 ('Lindemann surgical bur', 'LD-161'), ('Vicryl 4-0 SH-1 suture (box of 36)', 'J310H'),
                 ('Articaine 4% 1:100,000 (50 cartridges)', 'ART-4100'), ('Stainless wire 24 ga', 'SW-24')])
    rows = [ctx.L(['Article', 'No catalogue', 'Qté', 'Prix unitaire'], ['Item', 'Catalogue #', 'Qty', 'Unit price'])]
    for d, c in rng.sample(cat, 4):
        rows.append([d, c, rng.randint(2, 20), _money(ctx, rng.randint(8, 400) + 0.5)])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Voici notre bon de commande %s. Livraison : quai de réception, porte 3.',
                                              'Please find our purchase order %s. Delivery: receiving dock, door 3.') % po, '',
                      M.text_table(rows), '', ctx.L('Centre de coûts : 7430-CBMF', 'Cost centre: 7430-OMFS'), '', P.signature(buyer, ctx.lang)])
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(po + '.xlsx', XLSX, A.make_xlsx([(po, rows)], author=buyer.full)))
    msg = M.build_message(ctx, addr(buyer), sup, ctx.L('Bon de commande ', 'Purchase order ') + po, body, attachments=atts)
    return 'purchase_order', 'purchase order for surgical supplies', msg


def inventory(ctx):
    """Sedation-cart and crash-cart inventory: drug names, lots and expiry, no patients."""
    rng = ctx.rng
    nurse = S['turcotte']
    drugs = ctx.L(['Midazolam 5 mg/mL', 'Fentanyl 50 mcg/mL', 'Flumazénil 0,1 mg/mL', 'Naloxone 0,4 mg/mL',
                   'Épinéphrine 1 mg/mL', 'Atropine 0,6 mg/mL', 'Ondansétron 2 mg/mL', 'Dexaméthasone 4 mg/mL'],
                  ['Midazolam 5 mg/mL', 'Fentanyl 50 mcg/mL', 'Flumazenil 0.1 mg/mL', 'Naloxone 0.4 mg/mL',
                   'Epinephrine 1 mg/mL', 'Atropine 0.6 mg/mL', 'Ondansetron 2 mg/mL', 'Dexamethasone 4 mg/mL'])
    rows = [ctx.L(['Produit', 'Lot', 'Péremption', 'Qté', 'Vérifié'], ['Product', 'Lot', 'Expiry', 'Qty', 'Checked'])]
    for d in drugs:
        rows.append([d, '%s%s' % (rng.choice(['A', 'B', 'K', 'X']), C.luhn_serial(rng, 7)),
                     '2026-%02d' % rng.randint(1, 12), rng.randint(2, 10), 'IT'])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Inventaire mensuel du chariot de sédation et du chariot de réanimation complété. '
                                              'Deux fioles de naloxone expirent en juin : commande faite à la pharmacie.',
                                              'Monthly inventory of the sedation and crash carts completed. '
                                              'Two naloxone vials expire in June: reorder sent to pharmacy.'), '', T.bye(ctx, nurse)])
    data = A.make_xlsx([(ctx.L('Inventaire', 'Inventory'), rows)], author=nurse.full)
    msg = M.build_message(ctx, addr(nurse), [addr(S['demers']), P.SHARED['pharmacie']],
                          ctx.L('Inventaire chariot sédation — ', 'Sedation cart inventory - ') + ctx.today.strftime('%Y-%m'), body,
                          attachments=[Att(ctx.L('inventaire_sedation.xlsx', 'sedation_inventory.xlsx'), XLSX, data)])
    return 'inventory', 'sedation cart drug inventory', msg


def it_notice(ctx):
    """IT: downtime, password expiry, phishing warning, asset tags."""
    rng = ctx.rng
    it = S['desrosiers']
    kind = rng.choice(['downtime', 'phish', 'asset'])
    if kind == 'downtime':
        d = ctx.day(3, 12)
        body = ctx.L('Le logiciel de gestion clinique dentaire (DentiCare Hospitalier) sera indisponible le %s de 22 h à 2 h pour la mise à jour 8.4. '
                     'Utilisez les formulaires papier de contingence (armoire du poste). Aucune action requise de votre part.',
                     'The hospital dental practice software (DentiCare Hospital) will be down on %s from 10 pm to 2 am for the 8.4 upgrade. '
                     'Use the paper downtime forms (desk cabinet). No action required.') % ctx.dstr(d)
        subj = ctx.L('Interruption planifiée — DentiCare', 'Planned downtime - DentiCare')
        to = P.SHARED['tous']
    elif kind == 'phish':
        body = ctx.L('Des courriels frauduleux prétendant venir de « RAMQ — remboursement » circulent. Ne cliquez pas sur le lien et ne saisissez jamais '
                     'vos identifiants. Transférez le message en pièce jointe à securite.ti@chue.example.',
                     'Fraudulent e-mails claiming to be a "RAMQ refund" are circulating. Do not click the link and never enter your '
                     'credentials. Forward the message as an attachment to securite.ti@chue.example.')
        subj = ctx.L('Alerte hameçonnage', 'Phishing alert')
        to = P.SHARED['tous']
    else:
        tags = [(C.luhn_serial(rng, 9), ctx.L('Poste de travail salle 2', 'Workstation room 2')),
                (C.luhn_serial(rng, 10), ctx.L('Capteur radiographique intra-oral', 'Intraoral X-ray sensor')),
                (C.luhn_serial(rng, 15), ctx.L('Téléphone cellulaire de garde (IMEI)', 'On-call mobile phone (IMEI)'))]
        body = ctx.L('Inventaire des actifs TI de la clinique CBMF — merci de confirmer leur emplacement :\n',
                     'IT asset inventory for the OMFS clinic - please confirm locations:\n') + '\n'.join(
            '%s : %s' % (d, C.fmt_sin(t, 'spaced') if len(t) == 9 else t) for t, d in tags)
        subj = ctx.L('Inventaire des actifs TI', 'IT asset inventory')
        to = addr(S['ouimet'])
    full = '\n'.join([T.greet(ctx), '', body, '', ctx.L('Centre de services TI — poste 21000', 'IT service desk - ext. 21000'),
                      ctx.L('Billet : ', 'Ticket: ') + 'INC%07d' % rng.randrange(10**7)])
    atts = []
    if kind == 'phish' and rng.random() < 0.6:
        inner = M.build_message(ctx, ('RAMQ Remboursement', 'no-reply@ramq-remboursement.example'), P.SHARED['tous'],
                                ctx.L('Vous avez un remboursement en attente', 'You have a pending refund'),
                                ctx.L('Cliquez ici pour réclamer 248,50 $ : http://ramq-remboursement.example/login',
                                      'Click here to claim $248.50: http://ramq-remboursement.example/login'),
                                form='html', crlf=False, when=M.inner_when(ctx, 300))
        atts.append(Att(ctx.L('exemple_hameçonnage.eml', 'phishing_example.eml'), 'message/rfc822', inner))
    msg = M.build_message(ctx, ('Soutien TI' if ctx.fr else 'IT Support', P.SHARED['tech']), to, subj, full, attachments=atts)
    return 'it', 'IT notice', msg


def facilities(ctx):
    """Facilities: compressor, suction, waterline, autoclave validation."""
    rng = ctx.rng
    fac = S['lafrance']
    kind = rng.choice(['compressor', 'autoclave', 'water'])
    if kind == 'compressor':
        text = ctx.L('Le compresseur d\'air dentaire (no de série %s) sera remplacé samedi. L\'aspiration chirurgicale sera coupée de 7 h à 13 h.',
                     'The dental air compressor (serial %s) will be replaced Saturday. Surgical suction will be off 7 am-1 pm.') % C.fmt_sin(C.luhn_serial(rng, 9), 'hyphen')
    elif kind == 'autoclave':
        text = ctx.L('Test Bowie-Dick échoué ce matin sur l\'autoclave B (série %s). Ne plus l\'utiliser jusqu\'à la visite du technicien; utilisez l\'autoclave A.',
                     'Bowie-Dick test failed this morning on autoclave B (serial %s). Do not use until the technician visits; use autoclave A.') % C.luhn_serial(rng, 10)
    else:
        text = ctx.L('Les prélèvements d\'eau des unités dentaires (salles 1 à 6) sont conformes (< 500 UFC/mL). Prochain échantillonnage en septembre.',
                     'Dental unit waterline samples (rooms 1-6) are compliant (< 500 CFU/mL). Next sampling in September.')
    body = '\n'.join([T.greet(ctx), '', text, '', P.signature(fac, ctx.lang)])
    msg = M.build_message(ctx, addr(fac), [addr(S['demers']), P.SHARED['clinique']], ctx.L('Services techniques — avis', 'Facilities notice'), body)
    return 'facilities', 'facilities maintenance notice', msg


def stats(ctx):
    """Aggregate activity statistics (CSV or XLSX)."""
    rng = ctx.rng
    mgr = rng.choice([S['demers'], S['ouimet']])
    cats = ctx.L(['Bilans pré-greffe', 'Bilans pré-radiothérapie', 'Fractures faciales', 'Biopsies', 'Sédations IV',
                  'Chirurgies orthognathiques', 'Réhabilitations sous AG'],
                 ['Pre-transplant assessments', 'Pre-radiation assessments', 'Facial fractures', 'Biopsies', 'IV sedations',
                  'Orthognathic surgeries', 'GA rehabilitations'])
    rows = [[ctx.L('Catégorie', 'Category'), 'T1', 'T2', 'T3', 'T4']]
    for c in cats:
        rows.append([c] + [rng.randint(8, 140) for _ in range(4)])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Statistiques d\'activité 2024-2025 (données agrégées, aucune donnée nominative). '
                                              'Hausse de 18 % des bilans pré-radiothérapie.',
                                              'Activity statistics 2024-2025 (aggregate, no identifiable data). '
                                              'Pre-radiation assessments up 18%.'), '', T.bye(ctx, mgr)])
    if rng.random() < 0.5:
        cs = rng.choice(['utf-8', 'iso-8859-1'])
        att = Att('stats_CBMF_2024-2025.csv', 'text/csv', A.make_csv(rows, charset=cs, delimiter=rng.choice([',', ';'])), charset=cs)
    else:
        att = Att('stats_CBMF_2024-2025.xlsx', XLSX, A.make_xlsx([('Stats', rows)], author=mgr.full))
    msg = M.build_message(ctx, addr(mgr), addr(S['chef']), ctx.L('Statistiques annuelles', 'Annual statistics'), body, attachments=[att])
    return 'stats', 'aggregate activity statistics', msg


def recall_notice(ctx):
    """Manufacturer recall with lot and serial numbers."""
    rng = ctx.rng
    ph = S['champagne']
    prod = rng.choice(ctx.L(['cartouches d\'articaine 4 % 1:100 000', 'vis d\'ostéosynthèse 2.0 mm x 5 mm', 'aiguilles dentaires 27 G courtes',
                             'implants dentaires 4,1 x 10 mm'],
                            ['articaine 4% 1:100,000 cartridges', '2.0 x 5 mm osteosynthesis screws', '27 G short dental needles',
                             '4.1 x 10 mm dental implants']))
    lots = [C.luhn_serial(rng, rng.choice([9, 10, 11])) for _ in range(3)]
    body = '\n'.join([T.greet(ctx), '', ctx.L('Avis de rappel volontaire du fabricant visant les %s, lots suivants :', 'Voluntary manufacturer recall of %s, lots:') % prod]
                     + ['  - ' + (C.fmt_sin(x, 'spaced') if len(x) == 9 else x) for x in lots] +
                     ['', ctx.L('Retirez les produits visés et déposez-les à la pharmacie (local S-040). Aucun incident rapporté au CHUE.',
                                'Remove affected stock and return it to pharmacy (room S-040). No incidents reported at CHUE.'), '', T.bye(ctx, ph)])
    subj = ctx.L('RAPPEL — ', 'RECALL - ') + prod
    if rng.random() < 0.4:
        fwd = S['demers']
        top = rng.choice(ctx.L(['Pour action : vérifiez les tiroirs des salles 1 à 6 svp.', 'À lire. Nadia, peux-tu faire le tour du bloc?'],
                               ['For action: please check the drawers in rooms 1-6.', 'Please read. Nadia, can you check the OR?']))
        body = top + '\n\n' + fwd.given + '\n\n' + M.forward(ctx, ph, P.SHARED['tous'], M.inner_when(ctx, 200), subj, body)
        msg = M.build_message(ctx, addr(fwd), P.SHARED['clinique'], ctx.L('TR: ', 'Fwd: ') + subj, body)
        return 'recall', 'manufacturer recall notice forwarded to the clinic', msg
    msg = M.build_message(ctx, addr(ph), P.SHARED['tous'], subj, body, importance=True)
    return 'recall', 'manufacturer recall notice with lot numbers', msg


def shortage(ctx):
    """Drug shortage notice with alternatives."""
    rng = ctx.rng
    ph = S['champagne']
    d, alt = rng.choice(ctx.L([('chlorhexidine 0,12 % rince-bouche', 'chlorhexidine 0,2 % gel ou rince-bouche sans alcool à l\'huile essentielle'),
                               ('amoxicilline suspension 250 mg/5 mL', 'céfadroxil ou clindamycine suspension selon allergie'),
                               ('lidocaïne 2 % 1:100 000 cartouches', 'articaine 4 % ou mépivacaïne 3 %'),
                               ('acide tranexamique comprimés', 'acide tranexamique injectable utilisé en rince-bouche')],
                              [('chlorhexidine 0.12% rinse', 'chlorhexidine 0.2% gel or alcohol-free essential oil rinse'),
                               ('amoxicillin suspension 250 mg/5 mL', 'cefadroxil or clindamycin suspension depending on allergy'),
                               ('lidocaine 2% 1:100,000 cartridges', 'articaine 4% or mepivacaine 3%'),
                               ('tranexamic acid tablets', 'injectable tranexamic acid used as a mouthwash')]))
    body = '\n'.join([T.greet(ctx), '', ctx.L('Pénurie nationale : %s, retour prévu en %s.', 'National shortage: %s, expected back in %s.') % (
        d, (C.MOIS if ctx.fr else C.MONTHS)[(ctx.today.month + 1) % 12]), ctx.L('Alternative recommandée : ', 'Recommended alternative: ') + alt + '.',
        ctx.L('Les ordonnances pré-imprimées seront mises à jour.', 'Pre-printed orders will be updated.'), '', T.bye(ctx, ph)])
    subj = ctx.L('Pénurie : ', 'Shortage: ') + d
    if rng.random() < 0.4:
        fwd = S[rng.choice(['chef', 'beaulieu', 'demers'])]
        top = rng.choice(ctx.L(['FYI — ajustez vos ordonnances en conséquence.', 'Pour info, à afficher au poste.'],
                               ['FYI - please adjust your prescriptions.', 'For info, please post at the desk.']))
        body = top + '\n\n' + fwd.given + '\n\n' + M.forward(ctx, ph, P.SHARED['tous'], M.inner_when(ctx, 400), subj, body)
        msg = M.build_message(ctx, addr(fwd), P.SHARED['residents'], ctx.L('TR: ', 'Fwd: ') + subj, body)
        return 'shortage', 'drug shortage notice forwarded to residents', msg
    msg = M.build_message(ctx, addr(ph), P.SHARED['tous'], subj, body)
    return 'shortage', 'drug shortage notice', msg


def teaching_case(ctx):
    """De-identified teaching case for rounds or journal club."""
    rng = ctx.rng
    res = S[rng.choice(['bergeron', 'sirois', 'kowalski', 'mensah'])]
    age = rng.randint(34, 78)
    sx = rng.choice(ctx.L(['Homme', 'Femme'], ['Man', 'Woman']))
    case = rng.choice(ctx.L([
        'de %d ans, ancien fumeur, irradié en 2019 pour un carcinome oropharyngé, consulte pour os exposé mandibulaire postérieur gauche avec fistule cutanée.',
        'de %d ans sous dénosumab pour métastases osseuses, extraction 37 il y a 3 mois, séquestre osseux à l\'examen.',
        'de %d ans, chute à vélo, malocclusion et paresthésie V3 droite; TDM : fracture de l\'angle droit et parasymphyse gauche.',
        'de %d ans, lésion radioclaire multiloculaire de la branche montante découverte fortuitement sur panoramique.'],
        ['aged %d, ex-smoker, irradiated in 2019 for oropharyngeal carcinoma, presents with exposed left posterior mandible and skin fistula.',
         'aged %d on denosumab for bone metastases, 37 extracted 3 months ago, bony sequestrum on exam.',
         'aged %d, bicycle fall, malocclusion and right V3 paraesthesia; CT: right angle and left parasymphysis fractures.',
         'aged %d, multilocular radiolucency of the ramus found incidentally on a pano.'])) % age
    title = ctx.L('Cas clinique — tournée du jeudi', 'Teaching case - Thursday rounds')
    paras = [sx + ' ' + case, ctx.L('Questions : diagnostic différentiel? Prise en charge? Niveau d\'évidence?',
                                     'Questions: differential? Management? Level of evidence?'),
             ctx.L('Cas anonymisé : aucune donnée permettant d\'identifier le patient.', 'De-identified case: no identifying data.')]
    body = '\n'.join([T.greet(ctx), '', ctx.L('Cas pour la tournée de jeudi :', 'Case for Thursday rounds:'), '', paras[0], '', paras[1], '',
                      res.given])
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(ctx.L('cas_tournee.pdf', 'rounds_case.pdf'), 'application/pdf', A.make_pdf(title, paras, author=res.full)))
    msg = M.build_message(ctx, addr(res), P.SHARED['residents'], title, body, attachments=atts)
    return 'teaching_case', 'de-identified teaching case for rounds', msg


def blank_form(ctx):
    """Blank consultation or consent form (DOCX/PDF) with empty identity fields."""
    rng = ctx.rng
    sec = S['drouin']
    title = rng.choice(ctx.L(['Demande de consultation — Médecine dentaire', 'Consentement à la sédation intraveineuse',
                              'Questionnaire médical pré-sédation'],
                             ['Consultation request - Dentistry', 'Consent to IV sedation', 'Pre-sedation medical questionnaire']))
    fields = ctx.L(['Nom du patient : ______________________', 'Date de naissance (AAAA-MM-JJ) : ____________',
                    'NAM : ____ ____ ____', 'No de dossier : __________', 'Diagnostic / motif : ______________________',
                    'Médication actuelle : ______________________', 'Allergies : ______________________',
                    'Signature du médecin référent : ____________'],
                   ['Patient name: ______________________', 'Date of birth (YYYY-MM-DD): ____________',
                    'Health insurance no.: ____ ____ ____', 'Chart no.: __________', 'Diagnosis / reason: ______________________',
                    'Current medications: ______________________', 'Allergies: ______________________',
                    'Referring physician signature: ____________'])
    if rng.random() < 0.5:
        att = Att(ctx.L('formulaire_vierge.docx', 'blank_form.docx'), DOCX, A.make_docx(title, fields, author=sec.full))
    else:
        att = Att(ctx.L('formulaire_vierge.pdf', 'blank_form.pdf'), 'application/pdf', A.make_pdf(title, fields, author=sec.full))
    body = '\n'.join([T.greet(ctx), '', ctx.L('Voici la version à jour (2025-02) du formulaire. Merci de détruire les anciennes copies.',
                                              'Here is the updated (2025-02) version of the form. Please discard old copies.'), '',
                      P.signature(sec, ctx.lang)])
    msg = M.build_message(ctx, addr(sec), P.SHARED['tous'], ctx.L('Formulaire à jour : ', 'Updated form: ') + title, body, attachments=[att])
    return 'blank_form', 'blank clinical form', msg


def template(ctx):
    """Mail-merge appointment reminder template with placeholders."""
    rng = ctx.rng
    clerk = S['kaur']
    tpl = ctx.L('Bonjour {{civilite}} {{nom_patient}},\n\nNous vous rappelons votre rendez-vous du {{date_rdv}} à {{heure_rdv}} '
                'à la clinique de chirurgie buccale et maxillo-faciale ({{salle}}).\nSi vous recevez une sédation, un accompagnateur adulte est obligatoire.\n'
                'Apportez votre carte d\'assurance maladie (NAM : {{nam}}) et la liste de vos médicaments.\n\nPour annuler : 418 555-0100, option 2.',
                'Dear {{title}} {{patient_name}},\n\nThis is a reminder of your appointment on {{appt_date}} at {{appt_time}} '
                'at the oral and maxillofacial surgery clinic ({{room}}).\nIf you are receiving sedation, an adult escort is mandatory.\n'
                'Bring your health card ({{health_no}}) and a list of your medications.\n\nTo cancel: 418 555-0100, option 2.')
    body = '\n'.join([T.greet(ctx), '', ctx.L('Nouveau gabarit de rappel pour le publipostage (à valider par Sophie avant mise en production) :',
                                              'New reminder template for the mail merge (Sophie to approve before go-live):'), '',
                      '-----', tpl, '-----', '', T.bye(ctx, clerk)])
    msg = M.build_message(ctx, addr(clerk), addr(S['demers']), ctx.L('Gabarit rappel de rendez-vous', 'Appointment reminder template'), body)
    return 'template', 'mail-merge appointment reminder template', msg


def research(ctx):
    """Research protocol summary and recruitment criteria (no participants)."""
    rng = ctx.rng
    pi = rng.choice([S['rioux'], S['haddad'], S['chef']])
    ethics = 'MP-%02d-2025-%04d' % (rng.randint(10, 40), rng.randrange(10**4))
    body = '\n'.join([T.greet(ctx), '', ctx.L(
        'Le protocole %s a été approuvé par le comité d\'éthique. Titre : « Photobiomodulation préventive de la mucosite buccale chez les patients '
        'traités par radiochimiothérapie tête et cou : essai randomisé ».' % ethics,
        'Protocol %s has been approved by the REB. Title: "Preventive photobiomodulation for oral mucositis in head and neck '
        'chemoradiation patients: a randomised trial".' % ethics), '',
        ctx.L('Critères d\'inclusion : 18 ans et plus, carcinome épidermoïde de l\'oropharynx ou de la cavité buccale, RT ≥ 60 Gy.',
              'Inclusion: age 18+, oropharyngeal or oral cavity SCC, RT >= 60 Gy.'),
        ctx.L('Exclusion : radiothérapie antérieure tête et cou, grossesse.', 'Exclusion: prior head and neck RT, pregnancy.'),
        ctx.L('Objectif : 120 participants sur 2 ans. La coordonnatrice de recherche vous contactera pour le recrutement.',
              'Target: 120 participants over 2 years. The research coordinator will contact you about recruitment.'), '', T.bye(ctx, pi)])
    atts = []
    if rng.random() < 0.4:
        atts.append(Att(ctx.L('protocole_resume.pdf', 'protocol_summary.pdf'), 'application/pdf',
                        A.make_pdf(ctx.L('Résumé du protocole ', 'Protocol summary ') + ethics, body.split('\n')[2:6], author=pi.full)))
    msg = M.build_message(ctx, addr(pi), P.SHARED['tous'], ctx.L('Protocole approuvé — mucosite', 'Protocol approved - mucositis'), body,
                          attachments=atts)
    return 'research', 'research protocol approval and criteria', msg


def education_handout(ctx):
    """Generic post-operative instructions handout for patients."""
    rng = ctx.rng
    hyg = rng.choice([S['lacasse'], S['fitzgerald'], S['turcotte']])
    title = ctx.L('Conseils après une extraction dentaire', 'After your tooth extraction')
    points = ctx.L(['Mordez sur la compresse 30 minutes.', 'Pas de rince-bouche ni de paille pendant 24 heures.',
                    'Si vous prenez un anticoagulant (Coumadin, Eliquis), ne cessez pas sans avis médical.',
                    'Ibuprofène 400 mg aux 6 heures au besoin, sauf contre-indication.',
                    'Appelez la clinique au 418 555-0100 si le saignement persiste plus de 2 heures.'],
                   ['Bite on the gauze for 30 minutes.', 'No rinsing or straws for 24 hours.',
                    'If you take a blood thinner (warfarin, Eliquis), do not stop without medical advice.',
                    'Ibuprofen 400 mg every 6 hours as needed unless contraindicated.',
                    'Call the clinic at 418 555-0100 if bleeding lasts more than 2 hours.'])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Version révisée du feuillet remis aux patients; merci de l\'imprimer en couleur.',
                                              'Revised version of the patient handout; please print in colour.'), '', T.bye(ctx, hyg)])
    att = Att(ctx.L('feuillet_post_extraction.pdf', 'post_extraction_handout.pdf'), 'application/pdf',
              A.make_pdf(title, ['- ' + x for x in points], author=hyg.full, header=[P.ORG[ctx.lang], P.DEPT[ctx.lang]]))
    msg = M.build_message(ctx, addr(hyg), P.SHARED['clinique'], title, body, attachments=[att])
    return 'education', 'generic patient education handout', msg


def equipment_service(ctx):
    """Service report for the panoramic/CBCT unit: serial numbers, dose readings."""
    rng = ctx.rng
    tech = ('Service technique Radiodent', 'service@radiodent.example')
    serial = C.luhn_serial(rng, 10)
    rows = [ctx.L(['Paramètre', 'Mesuré', 'Tolérance'], ['Parameter', 'Measured', 'Tolerance']),
            ['kVp', '%d' % rng.randint(84, 86), '85 ± 5'], ['mA', '%0.1f' % rng.uniform(9.8, 10.2), '10 ± 1'],
            [ctx.L('Dose (mGy·cm²)', 'Dose (mGy·cm2)'), '%d' % rng.randint(95, 110), '< 150']]
    body = '\n'.join([T.greet(ctx), '', ctx.L('Rapport d\'entretien préventif de l\'appareil CBCT (no de série %s). Tous les paramètres sont conformes.',
                                              'Preventive maintenance report for the CBCT unit (serial %s). All parameters within tolerance.') % serial, '',
                      M.text_table(rows), '', ctx.L('Prochaine visite : dans 12 mois.', 'Next visit: in 12 months.'), '', 'Radiodent — 1 800 555-0148'])
    msg = M.build_message(ctx, tech, addr(S['lafrance']), ctx.L('Rapport d\'entretien CBCT ', 'CBCT service report ') + serial, body)
    return 'facilities', 'imaging equipment service report', msg


def quality_audit(ctx):
    """Aggregate audit results with a reply thread."""
    rng = ctx.rng
    a = S['demers']
    b = S['chef']
    t0 = M.inner_when(ctx, rng.randint(60 * 3, 60 * 40))
    orig = ctx.L('Audit du 1er trimestre : saignement post-extraction chez les patients anticoagulés 3/84 (3,6 %); '
                 'aucun retour à l\'urgence. Taux d\'infection après ROFI mandibulaire 2/41. Délai moyen bilan pré-greffe : 23 jours.',
                 'Q1 audit: post-extraction bleeding in anticoagulated patients 3/84 (3.6%); no ED returns. '
                 'Infection after mandibular ORIF 2/41. Mean wait for pre-transplant clearance: 23 days.')
    top = rng.choice(ctx.L(['Merci Sophie, on le présente au comité qualité. Le délai pré-greffe m\'inquiète.',
                            'Très bien. Peux-tu ajouter la comparaison avec 2024?'],
                           ['Thanks Sophie, we\'ll present it at the quality committee. The pre-transplant wait worries me.',
                            'Great. Can you add the 2024 comparison?']))
    body = top + '\n\n' + b.given + '\n\n' + M.quote(ctx, a, t0, orig)
    msg = M.build_message(ctx, addr(b), addr(a), 'RE: ' + ctx.L('Audit T1', 'Q1 audit'), body)
    return 'stats', 'aggregate audit results reply', msg


def insurer_notice(ctx):
    """Insurer bulletin: new claim forms, address change, fee guide."""
    rng = ctx.rng
    ins = rng.choice([X['boreale'], X['gnl']])
    body = '\n'.join([ctx.L('Aux fournisseurs de soins dentaires,', 'To dental care providers,'), '',
                      ctx.L('À compter du 1er juillet, les demandes de prédétermination pour chirurgie orthognathique doivent être soumises au moyen du '
                            'nouveau formulaire PD-7 (ci-joint, vierge). Le guide des tarifs 2025 est disponible sur notre portail.',
                            'Starting July 1, predetermination requests for orthognathic surgery must use the new PD-7 form '
                            '(blank, attached). The 2025 fee guide is available on our portal.'), '',
                      ctx.L('Centre des réclamations : 1 800 555-0190', 'Claims centre: 1 800 555-0190'), ins.role(ctx.lang)])
    form = A.make_pdf('PD-7', ctx.L(['Nom de l\'assuré : ____________', 'No de certificat : ____________', 'Date de naissance : ____________',
                                     'Code de procédure : ______  Honoraires : ______'],
                                    ['Member name: ____________', 'Certificate no.: ____________', 'Date of birth: ____________',
                                     'Procedure code: ______  Fee: ______']), author=ins.role(ctx.lang))
    msg = M.build_message(ctx, addr(ins), P.SHARED['clinique'], ctx.L('Nouveau formulaire de prédétermination', 'New predetermination form'),
                          body, attachments=[Att('PD-7.pdf', 'application/pdf', form)])
    return 'insurer_notice', 'insurer bulletin with a blank form', msg


def referral_criteria(ctx):
    """Referral guidelines listing conditions and priorities (a protocol, no patients)."""
    rng = ctx.rng
    chef = S['chef']
    rows = [ctx.L(['Condition', 'Priorité', 'Délai'], ['Condition', 'Priority', 'Target']),
            [ctx.L('Cellulite cervico-faciale', 'Cervicofacial cellulitis'), 'P1', ctx.L('urgence', 'ED')],
            [ctx.L('Fracture mandibulaire', 'Mandible fracture'), 'P1', '24-72 h'],
            [ctx.L('Bilan pré-radiothérapie', 'Pre-radiation clearance'), 'P2', ctx.L('7 jours', '7 days')],
            [ctx.L('Bilan pré-greffe', 'Pre-transplant clearance'), 'P3', ctx.L('28 jours', '28 days')],
            [ctx.L('Leucoplasie / lésion suspecte', 'Leukoplakia / suspicious lesion'), 'P2', ctx.L('14 jours', '14 days')],
            [ctx.L('Chirurgie orthognathique', 'Orthognathic surgery'), 'P5', ctx.L('12 mois', '12 months')]]
    body = '\n'.join([T.greet(ctx), '', ctx.L('Voici les critères de priorisation des références au service CBMF, en vigueur le 1er avril.',
                                              'Here are the OMFS referral prioritisation criteria, effective April 1.'), '', M.text_table(rows), '',
                      ctx.L('Toute référence doit inclure le NAM, la médication et l\'imagerie récente.',
                            'All referrals must include the health card number, medications and recent imaging.'), '', T.bye(ctx, chef)])
    html = None
    if rng.random() < 0.5:
        html = '<html><body><p>%s</p>%s<p>%s</p></body></html>' % (body.split('\n\n')[1], M.html_table(rows), chef.titled(ctx.lang))
    msg = M.build_message(ctx, addr(chef), [P.SHARED['tous'], addr(X['lemieux'])], ctx.L('Critères de référence CBMF', 'OMFS referral criteria'),
                          body, html=html, form=('alt' if html else None))
    return 'protocol', 'referral prioritisation criteria', msg
