"""Negative builders, part C: suppliers, invoices, purchase orders, recalls, price lists,
marketing, vendor cards, inventories, archives (numbers everywhere, no patient)."""
import datetime as dt

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_util import xlsx, csv_att, pdf, docx, vcf_att, zip_att, table_text

VENDORS = [('Dermafill Canada inc.', 'dermafill.example'), ('MediSupply Atlantique', 'medisupply-atl.example'),
           ('Laboratoires Esthétix', 'esthetix.example'), ('WoundCare Distribution Ltd.', 'woundcare-dist.example'),
           ('Optique Laser Médical', 'olm-laser.example')]


def _neg(cat, note, **kw):
    d = dict(cat=cat, types=[], note=note)
    d.update(kw)
    return d


def _bn(c):
    """GST/HST business number: 9-digit BN that passes the same Luhn check as a SIN."""
    return C.luhn_decoy(c.rng, 9)


# ---------------------------------------------------------------------------
def supplier_invoice(c):
    buy = c.st('buy')
    v = c.pick(VENDORS[:3])
    items = c.rng.sample([('Toxine botulinique type A 100 U', 'Botulinum toxin type A 100 U', 389.0),
                          ('Acide hyaluronique 1 mL (lidocaïne)', 'Hyaluronic acid filler 1 mL (lidocaine)', 142.0),
                          ('Canules 25G x 50 mm (bte 20)', '25G x 50 mm cannulas (box of 20)', 88.0),
                          ('Crème anesthésiante EMLA 30 g', 'EMLA anaesthetic cream 30 g', 24.5),
                          ('Seringues 1 mL Luer-lock (bte 100)', '1 mL Luer-lock syringes (box of 100)', 31.0)], 3)
    inv = 'INV-%06d' % c.rng.randrange(1, 999999)
    bn = _bn(c)
    lines = [c.t('Facture no ', 'Invoice # ') + inv, c.t('Date : ', 'Date: ') + c.fd(c.today, 0),
             c.t('Client : ', 'Customer: ') + c.site_name(), c.t('No de compte : ', 'Account #: ') + 'C-%05d' % c.rng.randrange(10000, 99999), '']
    tot = 0
    for fr, en, pr in items:
        q = c.rng.randrange(1, 12)
        lot = '%s%06d' % (c.pick(['C', 'L', 'D']), c.rng.randrange(1, 999999))
        lines.append('%-45s x%-3d  %8.2f $   Lot %s  Exp. %s' % (fr if c.lang == 'fr' else en, q, q * pr, lot,
                                                                   (c.today + dt.timedelta(days=c.rng.randrange(200, 700))).strftime('%Y-%m')))
        tot += q * pr
    if c.region == 'qc':
        lines += ['', 'TPS (%s RT0001) : %.2f $' % (bn, tot * 0.05), 'TVQ (%s TQ0001) : %.2f $' % (C.luhn_decoy(c.rng, 10), tot * 0.09975),
                  'Total : %.2f $' % (tot * 1.14975)]
    else:
        lines += ['', 'HST # %s RT0001: %.2f $' % (bn, tot * 0.15), 'Total: %.2f $' % (tot * 1.15)]
    lines += ['', c.t('Paiement net 30 jours.', 'Payment terms: net 30.')]
    body = '%s\n\n%s\n\n%s' % (c.hi(buy.given), c.t('Veuillez trouver ci-joint notre facture. Merci de votre confiance.',
                                                    'Please find our invoice attached. Thank you for your business.'),
                               c.t('Service à la clientèle', 'Customer Service') + '\n' + v[0])
    return _neg('supplier_invoice', 'supplier invoice with lot numbers and GST number', frm=(v[0], 'facturation@%s' % v[1]),
                to=[c.who(buy)], subject=c.t('Facture ', 'Invoice ') + inv, text=body,
                attachments=[pdf('%s.pdf' % inv, c.t('FACTURE', 'INVOICE'), lines, c, header=[v[0]])])


# ---------------------------------------------------------------------------
def purchase_order(c):
    buy = c.st('buy')
    v = c.pick([VENDORS[1], VENDORS[3]])
    po = 'PO-%d-%04d' % (c.today.year, c.rng.randrange(1, 9999))
    rows = [[c.t('Code', 'Item'), c.t('Description', 'Description'), c.t('Qté', 'Qty'), c.t('Prix unitaire', 'Unit price')]]
    for code, fr, en, pr in c.rng.sample([('MEP-1010', 'Mepilex Border Ag 10x10 cm (bte 10)', 'Mepilex Border Ag 10x10 cm (box 10)', 118.0),
                                          ('AQU-0505', 'Aquacel Ag+ Extra 5x5 cm', 'Aquacel Ag+ Extra 5x5 cm', 64.0),
                                          ('TEG-1624', 'Tegaderm 1624W (bte 100)', 'Tegaderm 1624W (box 100)', 52.0),
                                          ('PUN-0400', 'Poinçons à biopsie 4 mm (bte 50)', '4 mm biopsy punches (box 50)', 71.0),
                                          ('SUT-5035', 'Suture nylon 5-0 P-3 (bte 12)', 'Nylon 5-0 P-3 sutures (box 12)', 96.0),
                                          ('FOR-0060', 'Pots formol 10 % 60 mL (bte 100)', '10% formalin jars 60 mL (box 100)', 83.0)], 4):
        rows.append([code, fr if c.lang == 'fr' else en, c.rng.randrange(2, 20), '%.2f' % pr])
    fmt = c.pick(['xlsx', 'inline', 'csv'])
    atts = []
    intro = c.t('Voici le bon de commande %s. Livraison au %s, quai arrière.' % (po, C.SITES[c.region]['street']),
                'Please find purchase order %s. Deliver to %s, back dock.' % (po, C.SITES[c.region]['street']))
    if fmt == 'xlsx':
        atts.append(xlsx('%s.xlsx' % po, [('PO', rows)], author=buy.full))
        body = '%s\n\n%s\n\n%s' % (c.hi(), intro, c.sig(buy))
    elif fmt == 'csv':
        atts.append(csv_att(c, '%s.csv' % po, rows))
        body = '%s\n\n%s\n\n%s' % (c.hi(), intro, c.sig(buy))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), intro, table_text(rows), c.sig(buy))
    return _neg('purchase_order', 'purchase order for wound-care and surgical supplies (%s)' % fmt, frm=c.who(buy),
                to=[(v[0], 'commandes@%s' % v[1])], subject=c.t('Bon de commande ', 'Purchase order ') + po, text=body,
                attachments=atts)


# ---------------------------------------------------------------------------
def supplier_recall(c):
    buy = c.st('buy')
    v = c.pick(VENDORS)
    kind = c.pick(['filler', 'dermatoscope', 'punch', 'laser'])
    serials = [C.luhn_decoy(c.rng, c.pick([9, 10, 11])) for _ in range(c.rng.randrange(2, 5))]
    lots = ['%s%05d' % (c.pick(['HA', 'LT', 'B']), c.rng.randrange(1, 99999)) for _ in range(3)]
    if c.lang == 'fr':
        what = {'filler': 'seringues d\'acide hyaluronique (lots %s)' % ', '.join(lots),
                'dermatoscope': 'dermatoscopes DermLite DL5 (nos de série %s)' % ', '.join(serials),
                'punch': 'poinçons à biopsie 3 mm stériles (lots %s) – défaut d\'emballage' % ', '.join(lots),
                'laser': 'pièces à main du laser vasculaire (nos de série %s)' % ', '.join(serials)}[kind]
        body = ('%s\n\nAVIS DE RAPPEL VOLONTAIRE – Classe II\n\nLe fabricant rappelle les %s. Veuillez mettre en quarantaine '
                'les unités concernées et remplir le formulaire de retour. Aucun incident chez les patients n\'a été '
                'signalé à ce jour.\n\n%s') % (c.hi(), what, v[0])
        subj = 'Rappel de produit – ' + {'filler': 'acide hyaluronique', 'dermatoscope': 'dermatoscopes', 'punch': 'poinçons',
                                          'laser': 'laser vasculaire'}[kind]
    else:
        what = {'filler': 'hyaluronic acid filler syringes (lots %s)' % ', '.join(lots),
                'dermatoscope': 'DermLite DL5 dermatoscopes (serial numbers %s)' % ', '.join(serials),
                'punch': 'sterile 3 mm biopsy punches (lots %s) - packaging defect' % ', '.join(lots),
                'laser': 'vascular laser handpieces (serial numbers %s)' % ', '.join(serials)}[kind]
        body = ('%s\n\nVOLUNTARY RECALL NOTICE - Class II\n\nThe manufacturer is recalling the %s. Please quarantine affected '
                'units and complete the return form. No patient incidents have been reported to date.\n\n%s') % (c.hi(), what, v[0])
        subj = 'Product recall - ' + {'filler': 'hyaluronic acid', 'dermatoscope': 'dermatoscopes', 'punch': 'biopsy punches',
                                      'laser': 'vascular laser'}[kind]
    return _neg('supplier_recall', 'supplier recall with lot / serial numbers (%s)' % kind, frm=(v[0], 'qualite@%s' % v[1]),
                to=[c.who(buy)], cc=[c.who(c.st('mgr'))], subject=subj, text=body, tr={'alt': c.chance(0.5)})


# ---------------------------------------------------------------------------
def price_list(c):
    coord = c.st('cosm')
    rows = [[c.t('Intervention', 'Procedure'), c.t('À partir de', 'From')]]
    import gen_vocab as V
    for fr, en, pr in V.COSMETIC:
        rows.append([fr if c.lang == 'fr' else en, '%s $' % format(pr, ',').replace(',', ' ')])
    body = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (
        c.hi(), c.t('Voici notre grille tarifaire %d pour les interventions esthétiques (taxes en sus). Les prix finaux sont '
                    'confirmés lors de la consultation.' % c.today.year,
                    'Here is our %d price list for cosmetic procedures (taxes extra). Final prices are confirmed at consultation.'
                    % c.today.year), table_text(rows),
        c.t('Consultation : 150 $, créditée si l\'intervention est réservée.', 'Consultation: $150, credited if the procedure is booked.'),
        c.sig(coord))
    return _neg('price_list', 'public cosmetic price list', frm=c.who(coord),
                to=[(c.t('Demande d\'information', 'Information request'), 'info.demande@courriel.example')],
                subject=c.t('Tarifs – interventions esthétiques', 'Pricing - cosmetic procedures'), text=body,
                tr={'alt': True})


# ---------------------------------------------------------------------------
def promo(c):
    site = c.site_name()
    offer = c.pick([('20 % sur la toxine botulinique en avril', '20% off botulinum toxin in April'),
                    ('Consultation laser gratuite', 'Free laser consultation'),
                    ('Soirée portes ouvertes – chirurgie esthétique', 'Open house evening - cosmetic surgery')])
    html = ('<html><body style="margin:0"><div style="background:#d8c3a5;padding:30px;text-align:center">'
            '<h1 style="font-family:Georgia">%s</h1><p>%s</p><a href="https://rdv.example/promo">%s</a></div>'
            '<p style="font-size:10px">%s – %s. %s</p></body></html>') % (
        c.pv(offer), c.t('Offre valide jusqu\'au %s. Certaines conditions s\'appliquent.', 'Offer valid until %s. Conditions apply.') %
        c.fd(c.later(10, 40), 2), c.t('Réserver', 'Book now'), site, C.SITES[c.region]['phone'],
        c.t('Se désabonner', 'Unsubscribe'))
    return _neg('marketing', 'marketing promotion (HTML only)', frm=(site, 'promo@%s' % C.SITES[c.region]['domain']),
                to=[(c.t('Clients', 'Clients'), 'clients@listes.%s' % C.SITES[c.region]['domain'])], subject=c.pv(offer),
                text=None, html=html, html_only=True)


# ---------------------------------------------------------------------------
def vendor_vcard(c):
    g, s = c.pick([('Maxime', 'Trottier'), ('Lindsay', 'Greer'), ('Stéphanie', 'Vézina'), ('Paul', 'Oyelaran')])
    v = c.pick(VENDORS)
    vcf = A.make_vcf(g, s, tel=C.phone(c.rng, c.pick(['514', '506'])), email='%s.%s@%s' % (C.strip_accents(g).lower(),
                                                                                          C.strip_accents(s).lower(), v[1]),
                     org=v[0], title=c.t('Représentant(e) des ventes', 'Sales Representative'))
    body = c.t('%s\n\nVoici mes coordonnées. Je serai dans la région la semaine du %s pour présenter nos nouveaux pansements '
               'et la gamme d\'agents de comblement.\n\n%s %s\n%s',
               '%s\n\nHere is my contact card. I will be in the area the week of %s to present our new dressings and filler '
               'line.\n\n%s %s\n%s') % (c.hi(), c.fd(c.later(7, 30), 2), g, s, v[0])
    return _neg('vendor_vcard', 'sales rep vCard', frm=('%s %s' % (g, s), 'ventes@%s' % v[1]), to=[c.who(c.st('buy'))],
                subject=c.t('Mes coordonnées', 'My contact info'), text=body, attachments=[vcf_att(c, vcf, '%s %s.vcf' % (g, s))])


# ---------------------------------------------------------------------------
def inventory(c):
    buy = c.st('buy')
    rows = [[c.t('Produit', 'Product'), 'Lot', c.t('Expiration', 'Expiry'), c.t('Qté', 'Qty'), c.t('No actif / série', 'Asset / serial')]]
    for fr, en in [('Toxine botulinique 100 U', 'Botulinum toxin 100 U'), ('Acide hyaluronique 1 mL', 'HA filler 1 mL'),
                   ('Lidocaïne 1 % épi', 'Lidocaine 1% epi'), ('Triamcinolone 10 mg/mL', 'Triamcinolone 10 mg/mL'),
                   ('Azote liquide (Dewar)', 'Liquid nitrogen (Dewar)'), ('Dermatoscope', 'Dermatoscope'),
                   ('Lampe UVB-BE', 'NB-UVB cabinet')]:
        rows.append([fr if c.lang == 'fr' else en, '%s%05d' % (c.pick('ABCL'), c.rng.randrange(1, 99999)),
                     (c.today + dt.timedelta(days=c.rng.randrange(30, 600))).isoformat(), c.rng.randrange(1, 40),
                     C.luhn_decoy(c.rng, c.pick([9, 10]))])
    fmt = c.pick(['xlsx', 'csv'])
    fname = '%s_%s.%s' % (c.t('inventaire_pharmacie_clinique', 'inventory'), c.today.strftime('%Y%m'), fmt)
    att = xlsx(fname, [(c.t('Inventaire', 'Inventory'), rows)], author=buy.full) if fmt == 'xlsx' else csv_att(c, fname, rows)
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Inventaire mensuel de la pharmacie de clinique. Trois produits expirent dans moins '
                                           'de 60 jours.', 'Monthly clinic pharmacy inventory. Three items expire within 60 days.'),
                               c.sig(buy))
    return _neg('inventory', 'inventory with lots and serial numbers (%s)' % fmt, frm=c.who(buy), to=[c.who(c.st('mgr'))],
                subject=c.t('Inventaire mensuel', 'Monthly inventory'), text=body, attachments=[att])


# ---------------------------------------------------------------------------
def zip_templates(c):
    mgr = c.st(c.pick(['mgr', 'td']))
    members = []
    for fr, en in [('Consentement_biopsie', 'Biopsy_consent'), ('Consentement_photos', 'Photo_consent'),
                   ('Instructions_post-opératoires', 'Post-op_instructions')]:
        t = fr if c.lang == 'fr' else en
        members.append(('%s.docx' % t, A.make_docx(t.replace('_', ' '), [
            c.t('Nom : ____________________  Date : ________', 'Name: ____________________  Date: ________'),
            c.t('Je consens à ...', 'I consent to ...'), c.t('Signature : ____________', 'Signature: ____________')], author=mgr.full)))
    members.append(('LISEZMOI.txt' if c.lang == 'fr' else 'README.txt',
                    c.t('Gabarits vierges – version %s.\n', 'Blank templates - version %s.\n').encode('utf-8') % c.today.strftime('%Y-%m').encode()))
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Les gabarits à jour sont dans le fichier compressé.', 'Updated templates are in the zip.'),
                               c.sig(mgr))
    return _neg('template_archive', 'ZIP of blank templates', frm=c.who(mgr), to=[(c.t('Équipe', 'Team'), 'equipe@%s' % C.SITES[c.region]['domain'])],
                subject=c.t('Gabarits à jour', 'Updated templates'), text=body,
                attachments=[zip_att(c.t('gabarits_%s.zip', 'templates_%s.zip') % c.today.strftime('%Y%m'), members)])


# ---------------------------------------------------------------------------
def vendor_newsletter_fwd(c):
    buy = c.st('buy')
    v = c.pick(VENDORS)
    inner = dict(frm=(v[0], 'nouvelles@%s' % v[1]), to=[(buy.full, buy.email())],
                 subject=c.t('Nouveautés : pansements à l\'argent et agents de comblement', 'New: silver dressings and fillers'),
                 text=c.t('Découvrez notre nouvelle gamme de pansements antimicrobiens et nos formations sur les complications '
                          'des agents de comblement (nécrose vasculaire, nodules). Webinaire le %s.',
                          'Discover our new antimicrobial dressing line and training on filler complications (vascular '
                          'occlusion, nodules). Webinar on %s.') % c.fd(c.later(5, 30), 2),
                 date=c.date - dt.timedelta(days=1))
    body = '%s\n\n%s\n\n%s' % (c.hi(c.st('wound').given), c.t('Ça pourrait t\'intéresser pour la formation.', 'Might be useful for training.'),
                               buy.given)
    return _neg('forwarded_vendor', 'vendor newsletter forwarded as .eml', frm=c.who(buy), to=[c.who(c.st('wound'))],
                subject=c.t('TR: ', 'Fwd: ') + inner['subject'], text=body, inner=('newsletter.eml', inner))


# ---------------------------------------------------------------------------
def equipment_loan(c):
    mgr = c.st('mgr')
    sn = C.luhn_decoy(c.rng, 10)
    body = c.t('%s\n\nLe laser CO2 fractionné (no de série %s) sera prêté au point de service de Laval du %s au %s. '
               'Le registre d\'entretien et le certificat d\'étalonnage suivent avec l\'appareil.\n\n%s',
               '%s\n\nThe fractional CO2 laser (serial %s) will be on loan to the Laval office from %s to %s. The maintenance log '
               'and calibration certificate travel with the unit.\n\n%s') % (
        c.hi(), sn, c.fd(c.later(3, 10), 2), c.fd(c.later(12, 30), 2), c.sig(mgr))
    return _neg('equipment', 'equipment loan with Luhn-valid serial', frm=c.who(mgr), to=[c.who(c.st('cosm')), c.who(c.st('buy'))],
                subject=c.t('Prêt du laser CO2', 'CO2 laser loan'), text=body)


# ---------------------------------------------------------------------------
def sterilization_log(c):
    nurse = c.st('nurse')
    rows = [[c.t('Cycle', 'Cycle'), 'Date', c.t('Charge', 'Load'), c.t('Indicateur bio.', 'Bio indicator'), c.t('Opérateur', 'Operator')]]
    for i in range(6):
        rows.append(['%05d' % c.rng.randrange(1, 99999), c.earlier(1, 30).isoformat(),
                     c.pick([c.t('plateaux biopsie', 'biopsy trays'), c.t('instruments plastie', 'plastics instruments'),
                             c.t('curettes', 'curettes')]), c.t('négatif', 'negative'), c.pick(['JM', 'KT', 'ID', 'NN'])])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Registre de stérilisation du mois pour l\'audit :', 'Sterilization log for the audit:'),
                                     table_text(rows), c.sig(nurse))
    return _neg('sterilization_log', 'sterilization log (cycles, negative bio indicators)', frm=c.who(nurse),
                to=[c.who(c.st('mgr'))], subject=c.t('Registre de stérilisation', 'Sterilization log'), text=body)


# ---------------------------------------------------------------------------
def courier_manifest(c):
    clerk = c.st('clerk')
    key = 'path' if c.region == 'qc' else 'mpath'
    n = c.rng.randrange(8, 30)
    body = c.t('%s\n\nEnvoi du %s : %d spécimens de biopsie (boîte scellée no %s), requêtes jointes dans la pochette. '
               'Bordereau de transport %s.\n\n%s',
               '%s\n\nShipment of %s: %d biopsy specimens (sealed box #%s), requisitions in the pouch. Waybill %s.\n\n%s') % (
        c.hi(), c.fd(c.today, 0), n, C.luhn_decoy(c.rng, 9), C.luhn_decoy(c.rng, 12), c.sig(clerk, short=True))
    return _neg('courier_manifest', 'specimen shipment count without patient details', frm=c.who(clerk),
                to=[(c.site_name(key), 'reception@%s' % C.SITES[key]['domain'])],
                subject=c.t('Envoi spécimens %s' % c.fd(c.today, 0), 'Specimen shipment %s' % c.fd(c.today, 0)), text=body)
