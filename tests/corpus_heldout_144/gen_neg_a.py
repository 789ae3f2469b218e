"""Negative templates, part A: structured hard negatives (schedules, invoices, inventories, forms...)."""
import datetime

from gen_common import (SITES, STAFF_OBJS, fmt_date, make_luhn_serial, phone, FR_MONTHS, EN_MONTHS)
from gen_mime import html_page, html_table, text_table, text_to_html
from gen_tpl import *  # noqa: F401,F403


def _neg(ctx, lang, cat, note_fr, note_en):
    return mk(ctx, lang, cat, note_fr if lang == 'fr' else note_en, conf=False)


def _docs(ctx, n):
    return ctx.rng.sample([s for s in STAFF_OBJS if s.doctor], n)


# --------------------------------------------------------------------------
def call_schedule(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'schedule', 'horaire de garde des médecins (XLSX)', 'physician on-call schedule (XLSX)')
    sender = ctx.staff(doctor=False, unit=('plast', 'burn', 'hand'))
    m.frm = addr_of(sender, lang)
    m.to = [('Chirurgie plastique — tous' if fr else 'Plastics - all', 'plastie.tous@' + SITES['MV']['dom'])]
    m.date = ctx.msg_date()
    start = later(rng, m.date, 3, 12).date()
    start -= datetime.timedelta(days=start.weekday())
    docs = [s for s in STAFF_OBJS if s.doctor]
    rows = [['Date', 'Jour' if fr else 'Day', 'Garde plastie' if fr else 'Plastics on call',
             'Garde brûlés' if fr else 'Burns on call', 'Main' if fr else 'Hand', 'Téléavertisseur' if fr else 'Pager']]
    for i in range(14):
        d = start + datetime.timedelta(days=i)
        a, b, c = rng.sample(docs, 3)
        rows.append([d.isoformat(), (['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'] if fr else
                                     ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])[d.weekday()],
                     a.titled(lang), b.titled(lang), c.titled(lang), '555-01%02d' % rng.randrange(100)])
    fn = ('Garde_%s.xlsx' % start.strftime('%Y-%m-%d')) if fr else ('OnCall_%s.xlsx' % start.strftime('%Y-%m-%d'))
    m.atts = [att_xlsx(fn, [('Garde' if fr else 'On call', rows)], title='Garde' if fr else 'On call', author=sender.full,
                       when=m.date)]
    if fr:
        m.subject = 'Horaire de garde — 2 semaines du %s' % dshort(start, 'fr')
        m.text = ('%s\n\nVoici l\u2019horaire de garde. Échanges à me signaler avant vendredi midi; la Dre Lemieux est '
                  'en congé de maternité à partir du %s, ses gardes ont été redistribuées.\n\n%s\n%s'
                  % (greet(rng, 'fr'), dshort(start + datetime.timedelta(days=5), 'fr'), close(rng, 'fr'),
                     sign(rng, sender, 'fr')))
    else:
        m.subject = 'On-call schedule - two weeks starting %s' % dshort(start, 'en')
        m.text = ('%s\n\nAttached is the on-call schedule. Please send swaps by Friday noon. Dr. Whitfield is away at '
                  'the burn meeting %s-%s; his calls were redistributed.\n\n%s\n%s'
                  % (greet(rng, 'en'), dshort(start + datetime.timedelta(days=2), 'en'),
                     dshort(start + datetime.timedelta(days=4), 'en'), close(rng, 'en'), sign(rng, sender, 'en')))
    return m


# --------------------------------------------------------------------------
PRODUCTS = [
    ('Mepilex Ag 10x20 cm (bte 5)', 'Mepilex Ag 10x20 cm (box of 5)', 84.50),
    ('Acticoat Flex 3 20x40 cm', 'Acticoat Flex 3 20x40 cm', 212.00),
    ('Pansement hydrofibre Ag 15x15', 'Ag hydrofiber dressing 15x15', 61.75),
    ('Agrafeuse cutanée 35W', 'Skin stapler 35W', 18.90),
    ('Lame de dermatome 4 po', 'Dermatome blade 4 in', 146.00),
    ('Filet de greffe 1,5:1 (support)', 'Skin graft carrier 1.5:1', 39.25),
    ('Attelle thermoplastique 3,2 mm (feuille)', 'Thermoplastic splint sheet 3.2 mm', 27.60),
    ('Vêtement compressif sur mesure — manchon', 'Custom pressure garment - sleeve', 188.00),
    ('Trousse TPN moyenne', 'NPWT dressing kit, medium', 97.40),
]


def invoice(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'invoice', 'facture fournisseur de pansements avec numéros de lot',
             'supplier invoice for dressings with lot numbers')
    buyer = staff_by('Kilbride')
    sup = 'MédiSupply Nord inc.' if fr else 'Boreal Surgical Supply Ltd.'
    sdom = EXT['supplier'] if fr else EXT['supplier2']
    m.frm = ('Comptes recevables — ' + sup if fr else 'Accounts Receivable - ' + sup, 'ar@' + sdom)
    m.to = [('Comptes fournisseurs' if fr else 'Accounts Payable', 'comptes.fournisseurs@' + SITES['SA' if fr else 'HG']['dom'])]
    m.date = ctx.msg_date()
    inv = '%s-%06d' % ('F' if fr else 'INV', rng.randrange(100000, 999999))
    rows = [['Article' if fr else 'Item', 'Lot', 'Exp.', 'Qté' if fr else 'Qty', 'Prix unit.' if fr else 'Unit price', 'Total']]
    tot = 0
    for pr in rng.sample(PRODUCTS, rng.randrange(3, 6)):
        q = rng.randrange(2, 40)
        lot = make_luhn_serial(rng, 9)
        exp = '%d-%02d' % (rng.randrange(2026, 2029), rng.randrange(1, 13))
        rows.append([pr[0] if fr else pr[1], lot, exp, q, '%.2f' % pr[2], '%.2f' % (q * pr[2])])
        tot += q * pr[2]
    tax = [('TPS 5 %', tot * 0.05), ('TVQ 9,975 %', tot * 0.09975)] if fr else [('HST 13%', tot * 0.13)]
    kv = [('No facture' if fr else 'Invoice no.', inv), ('Date', m.date.date().isoformat()),
          ('No client' if fr else 'Customer no.', '%06d' % rng.randrange(100000, 999999)),
          ('Bon de commande' if fr else 'PO', 'PO-%d' % rng.randrange(450000, 459999)),
          ('Livrer à' if fr else 'Ship to', (SITES['SA']['fr'] + ', magasin central, ' + SITES['SA']['addr']) if fr
           else (SITES['HG']['en'] + ', Stores, ' + SITES['HG']['addr'])),
          ('Attention', 'Approvisionnement — magasin central' if fr else buyer.full), ('Téléphone' if fr else 'Phone', phone(rng, SITES['SA' if fr else 'HG']['area']))]
    blocks = [('h', 'FACTURE' if fr else 'INVOICE'), ('kv', kv), ('table', rows),
              ('kv', [('Sous-total' if fr else 'Subtotal', '%.2f $' % tot)] + [(k, '%.2f $' % v) for k, v in tax] +
               [('Total', '%.2f $' % (tot + sum(v for _, v in tax)))]),
              ('small', 'Conditions : net 30 jours. TPS 812345678 RT0001' if fr else 'Terms: net 30. HST 812345678 RT0001')]
    m.atts = [att_pdf('%s.pdf' % inv, blocks, title=inv, author=sup,
                      letterhead=[sup, ('455, rue de l\u2019Industrie, Lac-Brûlé (Québec) J0W 1M3' if fr else
                                        '18 Foundry Road, Port Ainslie ON K7M 3C8'), 'Tél./Tel 819-555-0188'])]
    if fr:
        m.subject = 'Facture %s' % inv
        m.text = 'Bonjour,\n\nVeuillez trouver ci-joint la facture %s. Paiement par TEF apprécié.\n\nService à la clientèle\n%s\n' % (inv, sup)
    else:
        m.subject = 'Invoice %s from %s' % (inv, sup)
        m.text = 'Hello,\n\nPlease find invoice %s attached. EFT payment preferred.\n\nCustomer Service\n%s\n' % (inv, sup)
    return m


def purchase_order(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'purchase_order', 'bon de commande d\u2019équipement avec numéros de série',
             'equipment purchase order with serial numbers')
    buyer = staff_by('Kilbride')
    m.frm = addr_of(buyer, lang)
    m.to = [('Ventes — Boreal Surgical' if fr else 'Sales - Boreal Surgical', 'orders@' + EXT['supplier2'])]
    m.cc = [addr_of(ctx.staff(doctor=True, unit=('plast', 'burn')), lang)]
    m.date = ctx.msg_date()
    po = 'PO-%d' % rng.randrange(450000, 459999)
    items = rng.sample([('Dermatome électrique 4 po (à batterie)', 'Electric dermatome, 4 in, battery'),
                        ('Expanseur de greffe (mesher) 1,5:1 / 3:1', 'Skin graft mesher 1.5:1 / 3:1'),
                        ('Doppler de poche 8 MHz', 'Handheld Doppler 8 MHz'),
                        ('Loupes chirurgicales 3,5x', 'Surgical loupes 3.5x'),
                        ('Microscope opératoire — lampe de remplacement', 'Operating microscope replacement lamp')], 3)
    lines = []
    for it in items:
        sn = make_luhn_serial(rng, rng.choice([9, 10]))
        asset = 'ACT-%05d' % rng.randrange(10000, 99999)
        lines.append((it[0] if fr else it[1], sn, asset))
    if fr:
        m.subject = 'Bon de commande %s — équipement bloc plastie' % po
        m.text = ('Bonjour,\n\nVoici le bon de commande %s. Merci de confirmer les numéros de série avant expédition '
                  'pour l\u2019inscription à l\u2019inventaire des actifs :\n\n%s\n\nLivraison : quai de réception, %s.\n'
                  'Facturer au centre de coûts 6110-402.\n\n%s'
                  % (po, '\n'.join('- %s — No de série %s — étiquette %s' % l for l in lines), SITES['SA']['fr'],
                     buyer.signature('fr')))
    else:
        m.subject = 'PO %s - plastics OR equipment' % po
        m.text = ('Hello,\n\nPurchase order %s below. Please confirm serial numbers before shipping so Biomed can '
                  'register the assets:\n\n%s\n\nDeliver to: receiving dock, %s.\nCost centre 6110-402.\n\n%s'
                  % (po, '\n'.join('- %s - S/N %s - asset tag %s' % l for l in lines), SITES['HG']['en'],
                     buyer.signature('en')))
    return m


def implant_inventory(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'inventory', 'inventaire des implants mammaires en consignation (XLSX)',
             'consignment breast implant inventory (XLSX)')
    nurse = ctx.staff(doctor=False, unit=('plast', 'aesth'))
    m.frm = addr_of(nurse, lang)
    m.to = [addr_of(staff_by('Kilbride'), lang)]
    m.date = ctx.msg_date()
    rows = [['Référence' if fr else 'Catalogue', 'Volume (cc)', 'Profil' if fr else 'Profile', 'No de série' if fr else 'Serial',
             'Lot', 'Exp.', 'Emplacement' if fr else 'Location']]
    for _ in range(rng.randrange(8, 14)):
        vol = rng.choice([255, 280, 310, 345, 375, 410, 450, 495])
        rows.append(['SRX-%d' % vol, vol, rng.choice(['modéré', 'élevé', 'extra']) if fr else rng.choice(['moderate', 'high', 'extra']),
                     make_luhn_serial(rng, 10), 'L%s' % make_luhn_serial(rng, 8),
                     '%d-%02d-%02d' % (rng.randrange(2026, 2030), rng.randrange(1, 13), rng.randrange(1, 28)),
                     rng.choice(['Armoire B-2', 'Armoire B-3', 'Salle 7']) if fr else rng.choice(['Cabinet B-2', 'Cabinet B-3', 'OR 7'])])
    m.atts = [att_xlsx('inventaire_implants.xlsx' if fr else 'implant_inventory.xlsx',
                       [('Inventaire' if fr else 'Inventory', rows)], author=nurse.full, when=m.date)]
    if fr:
        m.subject = 'Inventaire implants — fin de mois'
        m.text = ('%s\n\nInventaire de fin de mois ci-joint. Deux implants 410 cc expirent en mars, à retourner au '
                  'fournisseur.\n\n%s' % (greet(rng, 'fr'), sign(rng, nurse, 'fr')))
    else:
        m.subject = 'Month-end implant count'
        m.text = ('%s\n\nMonth-end count attached. Two 410 cc implants expire in March and need to go back to the '
                  'vendor.\n\n%s' % (greet(rng, 'en'), sign(rng, nurse, 'en')))
    return m


def rounds_ics(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'meeting', 'invitation aux rencontres morbidité-mortalité (ICS)', 'M&M rounds invitation (ICS)')
    org = staff_by('Audet') if fr else staff_by('Whitfield')
    m.frm = addr_of(org, lang)
    m.to = [('Chirurgie plastique — tous' if fr else 'Plastics - all', 'plastie.tous@' + SITES['MV']['dom'])]
    m.date = ctx.msg_date()
    when = later(rng, m.date, 3, 20, hour=7)
    topic = rng.choice([('Nécrose de lambeau DIEP : revue de 3 cas', 'DIEP flap loss: review of 3 cases'),
                        ('Infections à Pseudomonas aux grands brûlés — T2', 'Pseudomonas infections in the burn unit - Q2'),
                        ('Ruptures de tendons fléchisseurs après réparation', 'Flexor tendon re-ruptures after repair')])
    pres = rng.choice([s for s in STAFF_OBJS if s.doctor])
    desc = (('Présentation : %s (%s)\nCas anonymisés. Déjeuner servi.\nCrédits de DPC : 1 h, section 1.' % (pres.titled('fr'), pres.role_fr))
            if fr else ('Presenter: %s (%s)\nDe-identified cases. Breakfast provided.\nCPD credits: 1 h, section 1.' % (pres.titled('en'), pres.role_en)))
    ev = {'uid': uid(rng, SITES['MV']['dom']), 'stamp': m.date, 'start': when, 'end': when + datetime.timedelta(hours=1),
          'summary': ('M&M — ' + topic[0]) if fr else ('M&M Rounds - ' + topic[1]), 'description': desc,
          'location': 'Amphithéâtre 1-200 / Teams' if fr else 'Auditorium 1-200 / Teams',
          'organizer': (org.full, org.email), 'attendees': [(s.full, s.email) for s in _docs(ctx, 4)]}
    m.atts = [att_ics('invite.ics', [ev])]
    m.subject = ('Invitation : M&M — %s' % topic[0]) if fr else ('Invitation: M&M Rounds - %s' % topic[1])
    m.text = (('Rencontre M&M du service.\n%s\n%s, %s\n\n%s' % (topic[0], dshort(when, 'fr'), hhmm(when, 'fr'), desc)) if fr
              else ('Division M&M rounds.\n%s\n%s, %s\n\n%s' % (topic[1], dshort(when, 'en'), hhmm(when, 'en'), desc)))
    return m


def staff_vcards(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'directory', 'fiches de contact du personnel de la clinique (vCard)', 'clinic staff contact cards (vCard)')
    sender = ctx.staff(doctor=False)
    m.frm = addr_of(sender, lang)
    m.to = [addr_of(ctx.staff(exclude=(sender,)), lang)]
    m.date = ctx.msg_date()
    cards = []
    for s in rng.sample(STAFF_OBJS, rng.randrange(3, 6)):
        site = SITES[s.site]
        cards.append({'fn': s.titled(lang), 'n': (s.surname, s.given), 'org': site[lang] + ';' + s.unit_name(lang),
                      'title': s.role_fr if fr else s.role_en,
                      'tel': [('WORK', '%s-555-01%02d' % (site['area'], rng.randrange(100))), ('FAX', '%s-555-01%02d' % (site['area'], rng.randrange(100)))],
                      'email': s.email, 'rev': m.date})
    m.atts = [att_vcf('contacts_clinique.vcf' if fr else 'clinic_contacts.vcf', cards)]
    m.subject = 'Coordonnées de l\u2019équipe' if fr else 'Team contact cards'
    m.text = ((('%s\n\nComme demandé, les fiches de contact de l\u2019équipe (bureau et télécopieur seulement).\n\n%s')
               % (greet(rng, 'fr'), sign(rng, sender, 'fr'))) if fr else
              ('%s\n\nAs requested, contact cards for the team (office and fax only).\n\n%s' % (greet(rng, 'en'), sign(rng, sender, 'en'))))
    return m


def stats_csv(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'statistics', 'statistiques agrégées de l\u2019unité des grands brûlés (CSV)',
             'aggregate burn unit statistics (CSV)')
    mgr = staff_by('Ménard') if fr else staff_by('Mortimer')
    m.frm = addr_of(mgr, lang)
    m.to = [('Comité qualité' if fr else 'Quality committee', 'qualite@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    rows = [['Mois' if fr else 'Month', 'Admissions', 'SCT moyenne (%)' if fr else 'Mean TBSA (%)',
             'DMS (j)' if fr else 'Mean LOS (d)', 'Greffes' if fr else 'Grafts', 'Infections', 'Décès' if fr else 'Deaths',
             'Âge médian' if fr else 'Median age']]
    for i in range(6):
        mo = ((m.date.month - 7 + i) % 12)
        rows.append([(FR_MONTHS if fr else EN_MONTHS)[mo], rng.randrange(14, 38), '%.1f' % rng.uniform(8, 24),
                     '%.1f' % rng.uniform(9, 21), rng.randrange(10, 30), rng.randrange(0, 5), rng.randrange(0, 2),
                     rng.randrange(38, 61)])
    m.atts = [att_csv('stats_GB_semestre.csv' if fr else 'burn_stats_6mo.csv', rows, rng, delimiter=';' if fr else ',')]
    if fr:
        m.subject = 'Indicateurs GB — 6 derniers mois'
        m.text = ('%s\n\nIndicateurs agrégés pour la rencontre de jeudi. Le taux d\u2019infection de plaie à SARM est '
                  'stable (1,8 / 1000 jours-présence). Aucune donnée nominative dans le fichier.\n\n%s'
                  % (greet(rng, 'fr'), sign(rng, mgr, 'fr')))
    else:
        m.subject = 'Burn unit indicators - last 6 months'
        m.text = ('%s\n\nAggregate indicators for Thursday. MRSA wound infection rate stable at 1.8 per 1000 patient-days. '
                  'No patient-level data in the file.\n\n%s' % (greet(rng, 'en'), sign(rng, mgr, 'en')))
    return m


def blank_form(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'form', 'formulaire vierge de consentement photo (DOCX)', 'blank photo consent form (DOCX)')
    sender = ctx.clerk(lang)
    m.frm = addr_of(sender, lang)
    m.to = [('Secrétariat plastie' if fr else 'Plastics office', 'secretariat.plastie@' + SITES['MV']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        blocks = [('h', 'Consentement à la prise et à l\u2019utilisation de photographies cliniques'),
                  ('kv', [('Nom du patient :', '______________________________'), ('Date de naissance :', '____ / ____ / ______'),
                          ('NAM :', '____ ____ ____'), ('No de dossier :', '__________'),
                          ('Adresse :', '____________________________________'), ('Téléphone :', '(____) ____-______')]),
                  ('p', 'J\u2019autorise l\u2019équipe de chirurgie plastique à prendre des photographies de la région '
                        'traitée (ex. : sein reconstruit, main, cicatrice de brûlure) aux fins suivantes :'),
                  ('bullets', ['☐ dossier médical seulement', '☐ enseignement (visage masqué)', '☐ publication scientifique']),
                  ('p', 'Signature : ______________________   Date : ___________\nTémoin : ______________________')]
        fn = 'Formulaire_consentement_photo_v2025.docx'
        m.subject = 'Nouveau formulaire de consentement photo'
        m.text = ('%s\n\nLa version révisée du formulaire (approuvée par le comité des formulaires) est jointe. '
                  'Merci de détruire les anciennes copies.\n\n%s' % (greet(rng, 'fr'), sign(rng, sender, 'fr')))
    else:
        blocks = [('h', 'Consent for Clinical Photography'),
                  ('kv', [('Patient name:', '______________________________'), ('Date of birth:', '____ / ____ / ______'),
                          ('Health card no.:', '__________ ___'), ('MRN:', '__________'),
                          ('Address:', '____________________________________'), ('Phone:', '(____) ____-______')]),
                  ('p', 'I authorize the plastic surgery team to photograph the treated area (e.g. reconstructed breast, '
                        'hand, burn scar) for:'),
                  ('bullets', ['[ ] medical record only', '[ ] teaching (face masked)', '[ ] scientific publication']),
                  ('p', 'Signature: ______________________   Date: ___________\nWitness: ______________________')]
        fn = 'Photo_consent_form_2025.docx'
        m.subject = 'Updated photo consent form'
        m.text = ('%s\n\nThe revised consent form (approved by the forms committee) is attached. Please recycle old '
                  'copies.\n\n%s' % (greet(rng, 'en'), sign(rng, sender, 'en')))
    m.atts = [att_docx(fn, blocks, title=fn[:-5], author=sender.full, when=m.date)]
    return m


def mailmerge(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'template', 'gabarit de publipostage pour rappel de rendez-vous', 'mail-merge template for appointment reminders')
    sender = ctx.clerk(lang)
    m.frm = addr_of(sender, lang)
    m.to = [addr_of(staff_by('Quesnel'), lang)]
    m.date = ctx.msg_date()
    if fr:
        tpl = ('Bonjour {{prenom}} {{nom}},\n\nNous vous rappelons votre rendez-vous à la {{clinique}} le {{date_rdv}} à '
               '{{heure_rdv}}.\nApportez votre carte d\u2019assurance maladie ({{nam_masque}}) et la liste de vos médicaments.\n'
               'Pour annuler : 819-555-0150.\n\nClinique de la main — Hôpital Sainte-Aurélie')
        m.subject = 'Gabarit rappel SMS/courriel — à valider'
        m.text = ('%s\n\nVoici le gabarit pour les rappels automatiques. Les champs entre accolades viennent de l\u2019agenda. '
                  'Peux-tu vérifier que {{nam_masque}} n\u2019affiche que les 4 derniers caractères?\n\n-----\n%s\n-----\n\n%s'
                  % (greet(rng, 'fr', 'Martin'), tpl, sign(rng, sender, 'fr')))
    else:
        tpl = ('Dear {{first_name}} {{last_name}},\n\nThis is a reminder of your appointment at {{clinic}} on {{appt_date}} '
               'at {{appt_time}}.\nPlease bring your health card ({{hcn_masked}}) and a list of your medications.\n'
               'To cancel call 613-555-0150.\n\nHand & Upper Limb Clinic - Hartwell General Hospital')
        m.subject = 'Reminder template - please review'
        m.text = ('%s\n\nHere is the template for the automated reminders. Merge fields come from the scheduling system. '
                  'Can you confirm {{hcn_masked}} only shows the last 3 digits?\n\n-----\n%s\n-----\n\n%s'
                  % (greet(rng, 'en', 'Martin'), tpl, sign(rng, sender, 'en')))
    return m


def newsletter(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'newsletter', 'infolettre du service (prix, nouvelles, naissance)', 'department newsletter (awards, news, birth)')
    comm = ('Communications Deux-Rives', 'communications@' + SITES['MV']['dom'])
    m.frm = comm
    m.to = [('Tout le personnel — chirurgie' if fr else 'All surgery staff', 'chirurgie.tous@' + SITES['MV']['dom'])]
    m.date = ctx.msg_date()
    baby = rng.choice(['Léa', 'Jules', 'Florence', 'Arthur']) if fr else rng.choice(['Ava', 'Leo', 'Maya', 'Noah'])
    bd = (m.date - datetime.timedelta(days=rng.randrange(5, 30))).date()
    if fr:
        items = [('Prix d\u2019excellence', 'La Dre Valérie Lemieux a reçu le prix Jean-Bériault pour ses travaux sur la '
                  'reconstruction mammaire par lambeau DIEP après cancer du sein. Félicitations!'),
                 ('Nouvelle clinique', 'Le Dr Karim Haddad lance une clinique des cicatrices hypertrophiques et chéloïdes '
                  'post-brûlure (laser CO2 fractionné) les mardis après-midi.'),
                 ('Bienvenue', 'Mme Marie-Ève Carrier, ergothérapeute spécialisée en rééducation de la main (tendons '
                  'fléchisseurs, Dupuytren, canal carpien), se joint à l\u2019équipe.'),
                 ('Naissance', 'Félicitations à M. Patrick Oduya, infirmier aux grands brûlés, et à sa conjointe pour la '
                  'naissance de %s, née le %s (3,4 kg)!' % (baby, fmt_date(bd, 'fr', 'long'))),
                 ('Chiffres du trimestre', '412 interventions au bloc de plastie, 96 admissions aux grands brûlés, '
                  'délai médian de 11 jours pour une première visite en clinique de la main.')]
        m.subject = 'Infolettre Chirurgie — %s %d' % (FR_MONTHS[m.date.month - 1], m.date.year)
    else:
        items = [('Award', 'Dr. Jonathan Whitfield received the Alder Prize for his work on lymphovenous bypass for '
                  'breast-cancer related lymphedema. Congratulations!'),
                 ('New clinic', 'Dr. Priya Raman and the plastics team start a joint melanoma and skin cancer '
                  'reconstruction clinic on Wednesday mornings.'),
                 ('Welcome', 'Ms. Heidi Lambrecht, physiotherapist certified in hand therapy (flexor tendon repairs, '
                  'complex regional pain syndrome), joins the Hartwell team.'),
                 ('New arrival', 'Congratulations to Rachel Dunmore, NP, on the birth of %s on %s (7 lb 3 oz)!'
                  % (baby, fmt_date(bd, 'en', 'long'))),
                 ('By the numbers', '388 plastics OR cases, 91 burn admissions, median 12 days to first hand clinic visit.')]
        m.subject = 'Surgery Newsletter - %s %d' % (EN_MONTHS[m.date.month - 1], m.date.year)
    body = ''.join('<h3 style="color:#1f4e79">%s</h3>\n<p>%s</p>\n' % (h, t) for h, t in items)
    m.html = html_page('<h2>%s</h2>\n%s<p style="font-size:9pt;color:#777">%s</p>' % (
        'Infolettre du Département de chirurgie' if fr else 'Department of Surgery Newsletter', body,
        ('Réseau de santé Deux-Rives — Communications — 819-555-0100 — Pour vous désabonner, répondez « retrait ».' if fr
         else 'Two Rivers Health Network - Communications - 613-555-0100 - To unsubscribe reply "remove".')))
    m.text = '\n\n'.join('%s\n%s' % (h.upper(), t) for h, t in items)
    m.style = rng.choice(['html', 'alt'])
    return m


def conference(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'conference', 'programme de congrès avec conférenciers et sujets (PDF)',
             'conference programme with speakers and topics (PDF)')
    m.frm = ('Secrétariat du congrès' if fr else 'Symposium secretariat', 'info@' + EXT['conf'])
    m.to = [addr_of(ctx.staff(doctor=True), lang)]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 30, 90).date()
    if fr:
        prog = [['Heure', 'Conférencier', 'Sujet'],
                ['8h30', 'Dre Sophie Marchand', 'Réparation des tendons fléchisseurs en zone II : mobilisation précoce'],
                ['9h15', 'Dr Karim Haddad', 'Substituts cutanés et greffes en filet chez le grand brûlé'],
                ['10h30', 'Dre Valérie Lemieux', 'DIEP après radiothérapie : complications et solutions'],
                ['11h15', 'Dr Owen Fitzgerald', 'Blocs axillaires échoguidés pour la chirurgie de la main'],
                ['13h30', 'Table ronde', 'Syndrome douloureux régional complexe : du diagnostic à la réadaptation']]
        title = 'Journée scientifique de chirurgie plastique de l\u2019Outaouais — %s' % fmt_date(d, 'fr', 'long')
        m.subject = 'Programme — Journée scientifique %d' % d.year
        m.text = ('Bonjour,\n\nLe programme préliminaire est joint. Inscription avant le %s (tarif résident : 75 $).\n\n'
                  'Le comité organisateur\n' % fmt_date(d - datetime.timedelta(days=21), 'fr', 'long'))
    else:
        prog = [['Time', 'Speaker', 'Topic'],
                ['08:30', 'Dr. Sophie Marchand', 'Zone II flexor tendon repair and early active motion'],
                ['09:15', 'Dr. Jonathan Whitfield', 'Lymphovenous bypass: who benefits?'],
                ['10:30', 'Dr. Priya Raman', 'Melanoma margins on the face: a dermatology view'],
                ['11:15', 'Dr. Karim Haddad', 'Dermal substitutes in major burns'],
                ['13:30', 'Panel', 'Hypertrophic burn scars: laser, pressure and silicone']]
        title = 'Two Rivers Plastic Surgery Symposium - %s' % fmt_date(d, 'en', 'long')
        m.subject = 'Programme - Plastic Surgery Symposium %d' % d.year
        m.text = ('Hello,\n\nThe preliminary programme is attached. Early registration closes %s (residents $75).\n\n'
                  'The organizing committee\n' % fmt_date(d - datetime.timedelta(days=21), 'en', 'long'))
    m.atts = [att_pdf('Programme_%d.pdf' % d.year, [('h', title), ('table', prog),
                                                     ('small', 'Activité reconnue : 6 h de DPC.' if fr else 'Accredited for 6 CPD hours.')],
                      title=title)]
    return m


def teaching_case(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'teaching', 'cas clinique anonymisé pour l\u2019enseignement', 'de-identified teaching case')
    prof = ctx.staff(doctor=True)
    m.frm = addr_of(prof, lang)
    m.to = [('Résidents chirurgie plastique' if fr else 'Plastics residents', 'residents.plastie@' + EXT['univ'])]
    m.date = ctx.msg_date()
    age = rng.randrange(24, 70)
    if fr:
        case = rng.choice([
            'Homme de %d ans, électricien, brûlure électrique haute tension main G (point d\u2019entrée) et pied D '
            '(sortie). CK 18 400 U/L à H+6, myoglobinurie. Fasciotomie de l\u2019avant-bras à H+4.' % age,
            'Femme de %d ans, mastectomie G et radiothérapie il y a 2 ans pour carcinome canalaire. IMC 31, '
            'ex-fumeuse. Souhaite une reconstruction autologue.' % age,
            'Homme de %d ans, lacération palmaire par verre, perte de flexion de l\u2019IPD du 4e doigt, '
            'hypoesthésie du bord cubital.' % age])
        m.subject = 'Cas de la semaine — préparation pour jeudi'
        m.text = ('Bonjour à tous,\n\nCas pour la discussion de jeudi (données modifiées, aucun identifiant) :\n\n%s\n\n'
                  'Questions : 1) Prise en charge initiale? 2) Options de reconstruction? 3) Complications à '
                  'surveiller?\n\nLectures : chapitre 12 du manuel.\n\n%s' % (case, sign(rng, prof, 'fr')))
    else:
        case = rng.choice([
            '%d-year-old male electrician, high-voltage injury, entry L hand, exit R foot. CK 18,400 at 6 h, '
            'myoglobinuria. Forearm fasciotomy at 4 h.' % age,
            '%d-year-old woman, L mastectomy and radiation 2 years ago for ductal carcinoma. BMI 31, former smoker. '
            'Wants autologous reconstruction.' % age,
            '%d-year-old man, palmar glass laceration, no DIP flexion of the ring finger, decreased sensation on the '
            'ulnar border.' % age])
        m.subject = 'Case of the week - for Thursday'
        m.text = ('Hi all,\n\nCase for Thursday (details altered, no identifiers):\n\n%s\n\nQuestions: 1) initial '
                  'management? 2) reconstructive options? 3) complications to watch for?\n\nReading: chapter 12.\n\n%s'
                  % (case, sign(rng, prof, 'en')))
    return m


def recall(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'recall', 'avis de rappel d\u2019un lot de dispositifs', 'device lot recall notice')
    m.frm = ('Gestion des risques — Deux-Rives' if fr else 'Risk Management - Two Rivers', 'risques@' + SITES['SA']['dom'])
    m.to = [('Gestionnaires cliniques' if fr else 'Clinical managers', 'gestionnaires@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    lots = [make_luhn_serial(rng, 9) for _ in range(rng.randrange(2, 5))]
    prod = rng.choice([('Agrafeuses cutanées 35W', 'skin staplers 35W'), ('Pansements d\u2019argent 10x10', 'silver dressings 10x10'),
                       ('Lames de dermatome 4 po', 'dermatome blades 4 in')])
    if fr:
        m.subject = 'AVIS DE RAPPEL — %s, lots visés' % prod[0]
        m.text = ('Bonjour,\n\nLe fabricant rappelle volontairement les %s des lots suivants (défaut d\u2019emballage '
                  'stérile) :\n\n%s\n\nMerci de retirer les unités, de les mettre en quarantaine et de remplir le '
                  'formulaire de retour avant vendredi. Aucun incident rapporté chez nos usagers.\n\nGestion des risques\n'
                  'poste 4410' % (prod[0].lower(), '\n'.join('  Lot %s' % l for l in lots)))
    else:
        m.subject = 'RECALL NOTICE - %s, affected lots' % prod[1]
        m.text = ('Hello,\n\nThe manufacturer is voluntarily recalling %s from the following lots (sterile packaging '
                  'defect):\n\n%s\n\nPlease pull and quarantine units and complete the return form by Friday. No '
                  'patient incidents reported.\n\nRisk Management\next. 4410' % (prod[1], '\n'.join('  Lot %s' % l for l in lots)))
    return m


def shortage(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'shortage', 'avis de pénurie de médicament', 'drug shortage notice')
    ph = staff_by('Archambault')
    m.frm = addr_of(ph, lang)
    m.to = [('Prescripteurs chirurgie' if fr else 'Surgery prescribers', 'prescripteurs@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = 'Pénurie — sulfadiazine d\u2019argent 1 % (Flamazine)'
        m.text = ('Bonjour,\n\nRupture d\u2019approvisionnement de la sulfadiazine d\u2019argent 1 %% prévue jusqu\u2019au %s. '
                  'Alternatives : pansements d\u2019argent (Mepilex Ag, Acticoat), bacitracine pour les petites surfaces. '
                  'Réserver la crème restante aux brûlures > 10 %% SCT.\n\nLe département de pharmacie\n%s'
                  % (fmt_date(later(rng, m.date, 40, 90).date(), 'fr', 'long'), ph.signature('fr')))
    else:
        m.subject = 'Shortage - cefazolin 2 g vials'
        m.text = ('Hello,\n\nCefazolin 2 g vials are on backorder until %s. Use 1 g vials x 2 for surgical prophylaxis; '
                  'for beta-lactam allergy continue clindamycin 900 mg IV. Please do not stockpile on the units.\n\n'
                  'Pharmacy Department\n%s' % (fmt_date(later(rng, m.date, 40, 90).date(), 'en', 'long'), ph.signature('en')))
    return m


def payroll(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'payroll', 'corrections de feuilles de temps du personnel (XLSX)', 'staff timesheet corrections (XLSX)')
    mgr = staff_by('Ménard') if fr else staff_by('Mortimer')
    m.frm = addr_of(mgr, lang)
    m.to = [('Service de la paie' if fr else 'Payroll', 'paie@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    rows = [['Matricule' if fr else 'Employee no.', 'Nom' if fr else 'Name', 'Date', 'Code', 'Heures' if fr else 'Hours',
             'Commentaire' if fr else 'Comment']]
    codes = ['TS (temps supp.)', 'Prime de soir', 'Prime de fin de semaine', 'Maladie', 'Férié travaillé'] if fr else \
        ['OT 1.5x', 'Evening premium', 'Weekend premium', 'Sick', 'Stat worked']
    for s in rng.sample([x for x in STAFF_OBJS if not x.doctor], rng.randrange(4, 8)):
        rows.append(['%06d' % rng.randrange(100000, 999999), s.full,
                     (m.date - datetime.timedelta(days=rng.randrange(3, 14))).date().isoformat(), rng.choice(codes),
                     rng.choice([3.75, 7.5, 4, 8, 11.25]), rng.choice(['', 'oublié au badge', 'remplacement'] if fr else ['', 'missed punch', 'replacement'])])
    m.atts = [att_xlsx('corrections_paie.xlsx' if fr else 'payroll_corrections.xlsx', [('Corrections', rows)], author=mgr.full, when=m.date)]
    if fr:
        m.subject = 'Corrections de paie — période %d' % rng.randrange(1, 27)
        m.text = '%s\n\nCorrections pour la période en cours ci-jointes.\n\n%s' % (greet(rng, 'fr'), sign(rng, mgr, 'fr'))
    else:
        m.subject = 'Payroll corrections - pay period %d' % rng.randrange(1, 27)
        m.text = '%s\n\nCorrections for this pay period attached.\n\n%s' % (greet(rng, 'en'), sign(rng, mgr, 'en'))
    return m


TEMPLATES = []
for _f, _n in [(call_schedule, 3), (invoice, 3), (purchase_order, 3), (implant_inventory, 2), (rounds_ics, 2),
               (staff_vcards, 2), (stats_csv, 2), (blank_form, 2), (mailmerge, 2), (newsletter, 3), (conference, 2),
               (teaching_case, 2), (recall, 2), (shortage, 2), (payroll, 2)]:
    TEMPLATES.append((_f, 'fr', _n))
    TEMPLATES.append((_f, 'en', _n))
