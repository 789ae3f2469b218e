"""Negative templates B: newsletters, conferences, committees, jobs, statistics, suppliers, insurers."""
import datetime

from gen_common import make_niss
from gen_neg_a import luhn_serial
from gen_tpl import (mk, sig, hello, bye, att, pdf_att, docx_att, xlsx_att, csv_att, re_, fw_, earlier,
                     appt, appt_str, short_date)


# ------------------------------------------------------------------ N19 newsletter (disease awareness)
def n_newsletter(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'pubhealth']))
    topic = rng.randrange(4)
    if ctx.lang == 'fr':
        title, paras = [
            ('Avril, mois de la santé buccodentaire', ['Le cancer de la bouche touche environ 1 personne sur 100 au cours de sa vie. '
                                                      'Le tabac et l\'alcool multiplient le risque. Un examen annuel permet de dépister les lésions précoces.',
                                                      'Signes à surveiller : ulcère qui ne guérit pas après 2 semaines, plaque blanche ou rouge, engourdissement.']),
            ('Diabète et gencives', ['Les personnes diabétiques ont trois fois plus de risque de parodontite. Un meilleur contrôle de la glycémie '
                                     'aide la gencive, et le traitement parodontal peut réduire l\'HbA1c d\'environ 0,4 %.']),
            ('Les bisphosphonates et vos dents', ['Si vous prenez un médicament contre l\'ostéoporose (alendronate, dénosumab), informez votre dentiste. '
                                                  'Le risque d\'ostéonécrose de la mâchoire reste faible (moins de 1 sur 1 000).']),
            ('Fluorure : vrai ou faux?', ['Le vernis fluoré réduit la carie de 30 à 40 % chez l\'enfant. La fluoration de l\'eau est sécuritaire '
                                          'aux concentrations recommandées (0,7 mg/L).'])][topic]
    else:
        title, paras = [
            ('April is oral health month', ['Oral cancer affects about 1 in 100 people over a lifetime. Tobacco and alcohol multiply the risk. '
                                            'An annual exam helps catch early lesions.',
                                            'Warning signs: an ulcer that does not heal within 2 weeks, a white or red patch, numbness.']),
            ('Diabetes and your gums', ['People with diabetes are three times more likely to develop periodontitis. Periodontal therapy can lower '
                                        'HbA1c by about 0.4%.']),
            ('Osteoporosis drugs and your teeth', ['If you take alendronate or denosumab, tell your dentist. The risk of osteonecrosis of '
                                                   'the jaw remains low (under 1 in 1,000).']),
            ('Fluoride: fact or myth?', ['Fluoride varnish reduces caries by 30-40% in children. Community water fluoridation is safe at '
                                         '0.7 mg/L.'])][topic]
    body = [('pre', title.upper())] + paras + [ctx.fr('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe reply STOP.'), sig(ctx, mgr)]
    atts = []
    if rng.random() < 0.3:
        atts.append(pdf_att(ctx.fr('infolettre.pdf', 'newsletter.pdf'), title, paras))
    return mk(ctx, 'newsletter', 'patient-education newsletter about a disease', mgr,
              [('Infolettre', 'infolettre@boreal-dentaire.example')], ctx.fr('Infolettre : ', 'Newsletter: ') + title, body,
              atts=atts, body_form=rng.choice(['html', 'alt']))


# ------------------------------------------------------------------ N20 conference programme (speakers + topics)
def n_conference(w, ctx):
    rng = ctx.rng
    org = w.s(rng.choice(['omfs', 'mgr']))
    speakers = rng.sample(w.staff['omfs'] + w.staff['anesth'] + w.staff['onco'] + w.staff['ortho'], 4)
    topics_fr = ['Ostéonécrose des maxillaires liée aux médicaments : mise à jour 2025', 'Lésions blanches de la muqueuse buccale : quand biopsier?',
                 'Sédation consciente chez le patient avec apnée du sommeil', 'Radiothérapie tête et cou et soins dentaires préventifs',
                 'Chirurgie orthognathique : planification virtuelle', 'Gestion des anticoagulants oraux directs en chirurgie buccale']
    topics_en = ['Medication-related osteonecrosis of the jaw: 2025 update', 'White lesions of the oral mucosa: when to biopsy?',
                 'Conscious sedation in patients with sleep apnea', 'Head and neck radiotherapy and preventive dental care',
                 'Orthognathic surgery: virtual planning', 'Managing DOACs in oral surgery']
    idx = rng.sample(range(6), 4)
    rows = [['%d h %02d' % (8 + i, 30 if i % 2 else 0) if ctx.lang == 'fr' else '%d:%02d' % (8 + i, 30 if i % 2 else 0),
             s.title(ctx.lang), (topics_fr if ctx.lang == 'fr' else topics_en)[j]] for i, (s, j) in enumerate(zip(speakers, idx))]
    body = [hello(ctx), ctx.fr('Voici le programme de la Journée régionale de chirurgie buccale et maxillo-faciale (6 heures de formation continue).',
                               'Programme of the Regional Oral & Maxillofacial Surgery Day (6 CE hours).'),
            ('table', [ctx.fr('Heure', 'Time'), ctx.fr('Conférencier', 'Speaker'), ctx.fr('Sujet', 'Topic')], rows),
            ctx.fr('Inscription : 150 $ (gratuit pour les résidents).', 'Registration: $150 (free for residents).'), sig(ctx, org)]
    atts = [pdf_att(ctx.fr('programme_journee_CBMF.pdf', 'OMFS_day_programme.pdf'), ctx.fr('Programme', 'Programme'),
                    [('table', ['', '', ''], rows)])] if rng.random() < 0.4 else []
    return mk(ctx, 'conference_programme', 'conference programme: physicians with disease topics', org,
              [('Dentistes de la région', 'dentistes-region@liste.example')], ctx.fr('Journée CBMF - programme', 'OMFS Day - programme'),
              body, atts=atts)


# ------------------------------------------------------------------ N21 committee notice / agenda
def n_committee(w, ctx):
    rng = ctx.rng
    chair = w.s(rng.choice(['omfs', 'mgr', 'nurse']))
    d = appt(ctx, 3, 20, hours=(12, 16))
    items = ctx.fr(['Adoption du procès-verbal', 'Suivi des indicateurs : taux d\'alvéolite sèche (3,1 %), infections post-op (1,4 %)',
                    'Révision du protocole de prophylaxie antibiotique', 'Audit hygiène des mains', 'Varia'],
                   ['Approval of minutes', 'Indicators: dry socket rate (3.1%), post-op infections (1.4%)',
                    'Review of antibiotic prophylaxis protocol', 'Hand hygiene audit', 'Other business'])
    body = [hello(ctx), ctx.fr('Le comité de prévention des infections se réunira le %s. Ordre du jour :' % appt_str(d, 'fr'),
                               'The infection prevention committee meets %s. Agenda:' % appt_str(d, 'en')),
            '\n'.join('%d. %s' % (i + 1, it) for i, it in enumerate(items)), sig(ctx, chair)]
    atts = [docx_att(ctx.fr('ordre_du_jour_comité_PCI.docx', 'agenda.docx'), ctx.fr('Ordre du jour', 'Agenda'), items)] if rng.random() < 0.4 else []
    return mk(ctx, 'committee_notice', 'committee meeting notice with aggregate indicators', chair,
              [('Comité PCI', 'comite-pci@hr-hautesrivieres.example')], ctx.fr('Comité PCI - convocation', 'IPC committee - notice'),
              body, atts=atts)


# ------------------------------------------------------------------ N22 job posting
def n_job(w, ctx):
    rng = ctx.rng
    hr = w.s(rng.choice(['hr', 'mgr']))
    role = rng.randrange(3)
    title = [ctx.fr('Hygiéniste dentaire (temps plein)', 'Dental hygienist (full time)'),
             ctx.fr('Assistante dentaire certifiée', 'Certified dental assistant'),
             ctx.fr('Agente administrative - chirurgie maxillo-faciale', 'Unit clerk - oral and maxillofacial surgery')][role]
    body = [('pre', title), ctx.fr('Nous recherchons une personne dynamique pour se joindre à notre équipe. Exigences : diplôme reconnu, '
                                   'membre de l\'ordre professionnel, bilinguisme un atout. Salaire selon l\'échelle : 32 $ à 45 $ / heure.',
                                   'We are looking for a motivated person to join our team. Requirements: recognised diploma, college '
                                   'membership, bilingualism an asset. Pay scale: $32-$45/hour.'),
            ctx.fr('Envoyez votre CV à %s avant le %s.' % (hr.email, short_date(appt(ctx, 10, 30), 'fr')),
                   'Send your resume to %s before %s.' % (hr.email, short_date(appt(ctx, 10, 30), 'en'))), sig(ctx, hr)]
    return mk(ctx, 'job_posting', 'job posting', hr, [('Affichage interne', 'affichage@hr-hautesrivieres.example')],
              ctx.fr('Affichage de poste : ', 'Job posting: ') + title, body, body_form=rng.choice(['html', None]))


# ------------------------------------------------------------------ N23 monthly statistics (XLSX)
def n_stats(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'omfs']))
    cats = ctx.fr(['Extractions de dents de sagesse', 'Biopsies', 'Fractures mandibulaires', 'Implants', 'Cellulites admises', 'MRONJ (nouveaux cas)'],
                  ['Third molar extractions', 'Biopsies', 'Mandible fractures', 'Implants', 'Cellulitis admissions', 'MRONJ (new cases)'])
    months = ['2025-%02d' % m for m in range(1, rng.randrange(5, 11))]
    rows = [[c] + [rng.randrange(0, 90) for _ in months] for c in cats]
    hdr = [ctx.fr('Catégorie', 'Category')] + months
    body = [hello(ctx), ctx.fr('Statistiques d\'activité du service, cumul annuel. Délai médian d\'attente priorité C : %d jours.' % rng.randrange(40, 200),
                               'Service activity statistics, year to date. Median wait for priority C: %d days.' % rng.randrange(40, 200)),
            bye(ctx), sig(ctx, mgr)]
    atts = [xlsx_att(ctx.fr('statistiques_%s.xlsx', 'statistics_%s.xlsx') % months[-1], [('Stats', [hdr] + rows)], mgr.full)]
    if rng.random() < 0.4:
        atts = [csv_att('stats_%s.csv' % months[-1], [hdr] + rows, rng)]
    return mk(ctx, 'statistics', 'aggregate activity statistics', mgr, w.staff['omfs'][:3],
              ctx.fr('Statistiques mensuelles', 'Monthly statistics'), body, atts=atts)


# ------------------------------------------------------------------ N24 drug shortage
def n_shortage(w, ctx):
    rng = ctx.rng
    ph = w.s('pharm')
    drug = rng.choice([('articaïne 4 % avec épinéphrine 1:100 000', 'articaine 4% with epinephrine 1:100,000'),
                       ('lidocaïne 2 % avec épinéphrine 1:100 000 (cartouches 1,8 mL)', 'lidocaine 2% with epinephrine 1:100,000 (1.8 mL cartridges)'),
                       ('amoxicilline 500 mg capsules', 'amoxicillin 500 mg capsules'),
                       ('chlorhexidine 0,12 % rince-bouche', 'chlorhexidine 0.12% oral rinse')])
    body = [hello(ctx), ctx.fr('Rupture d\'approvisionnement : %s, retour prévu dans 6 à 8 semaines. Alternatives : voir tableau.' % drug[0],
                               'Supply shortage: %s, expected back in 6-8 weeks. Alternatives: see table.' % drug[1]),
            ('table', ['DIN', ctx.fr('Produit', 'Product'), ctx.fr('Statut', 'Status')],
             [['%08d' % rng.randrange(10 ** 7, 10 ** 8), drug[0] if ctx.lang == 'fr' else drug[1], ctx.fr('rupture', 'back-order')],
              ['%08d' % rng.randrange(10 ** 7, 10 ** 8), ctx.fr('alternative disponible', 'alternative available'), ctx.fr('disponible', 'available')]]),
            sig(ctx, ph)]
    return mk(ctx, 'drug_shortage', 'drug shortage notice', ph, [('Cliniques dentaires', 'cliniques@liste.example')],
              ctx.fr('Avis de rupture : ', 'Shortage notice: ') + (drug[0] if ctx.lang == 'fr' else drug[1]), body)


# ------------------------------------------------------------------ N25 supplier recall (lots / serials)
def n_recall(w, ctx):
    rng = ctx.rng
    sup = ('Qualité - ImplantNord', 'qualite@implantnord.example')
    mgr = w.s('mgr')
    lots = [luhn_serial(rng, 9), luhn_serial(rng, 10),
            make_niss(rng, datetime.date(2000 + rng.randrange(18, 25), rng.randrange(1, 13), rng.randrange(1, 28)), 'M')]
    rows = [[ctx.fr('Vis de pilier 1,6 mm', 'Abutment screw 1.6 mm'), lots[0], ctx.fr('retirer', 'remove')],
            [ctx.fr('Pilier de cicatrisation 4 mm', 'Healing abutment 4 mm'), lots[1], ctx.fr('retirer', 'remove')],
            [ctx.fr('Tournevis hexagonal', 'Hex driver'), lots[2], ctx.fr('inspecter', 'inspect')]]
    body = [hello(ctx), ctx.fr('Avis de rappel volontaire : un défaut de filetage a été détecté sur les lots suivants. Aucun incident clinique signalé.',
                               'Voluntary recall: a thread defect was found on the following lots. No clinical incidents reported.'),
            ('table', [ctx.fr('Produit', 'Product'), ctx.fr('Lot', 'Lot'), 'Action'], rows),
            ctx.fr('Retournez le formulaire de confirmation même si vous n\'avez aucun produit en stock.',
                   'Return the acknowledgement form even if you have no affected stock.'), ('sig', ['ImplantNord', sup[1], '1-877-555-0144'])]
    atts = [pdf_att('avis_rappel_%s.pdf' % lots[0], ctx.fr('Avis de rappel', 'Recall notice'), [('table', ['Produit', 'Lot', 'Action'], rows)])] \
        if rng.random() < 0.5 else []
    return mk(ctx, 'supplier_recall', 'supplier recall with checksum-valid lot numbers', sup, [mgr],
              ctx.fr('AVIS DE RAPPEL - vis de pilier', 'RECALL NOTICE - abutment screws'), body, atts=atts)


# ------------------------------------------------------------------ N26 lab invoice (case numbers only)
def n_lab_invoice(w, ctx):
    rng = ctx.rng
    tech = w.s('labtech')
    mgr = w.s('mgr')
    rows = [['%d-%04d' % (25, rng.randrange(1, 9999)), rng.choice([ctx.fr('Couronne zircone', 'Zirconia crown'), ctx.fr('Prothèse complète', 'Complete denture'),
                                                                  ctx.fr('Gouttière occlusale', 'Occlusal splint'), ctx.fr('Réparation', 'Repair')]),
             '%d,00 $' % rng.randrange(90, 1200)] for _ in range(rng.randrange(4, 10))]
    inv = 'F-%06d' % rng.randrange(10 ** 6)
    blocks = [ctx.fr('Facture %s\nClient : Clinique dentaire Boréal' % inv, 'Invoice %s\nClient: Boréal Dental Clinic' % inv),
              ('table', [ctx.fr('N° de cas', 'Case #'), ctx.fr('Travail', 'Work'), ctx.fr('Montant', 'Amount')], rows),
              ctx.fr('Payable en 30 jours. TPS 123456789 RT0001.', 'Net 30. GST 123456789 RT0001.')]
    body = [hello(ctx), ctx.fr('Facture du mois ci-jointe.', 'Monthly invoice attached.'), bye(ctx), sig(ctx, tech)]
    return mk(ctx, 'lab_invoice', 'dental lab invoice with case numbers only', tech, [mgr], ctx.fr('Facture ', 'Invoice ') + inv, body,
              atts=[pdf_att('%s.pdf' % inv, 'Prothélab', blocks)])


# ------------------------------------------------------------------ N27 purchase order
def n_purchase_order(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    sup = ('Commandes DentaPlus', 'commandes@dentaplus.example')
    items = [(ctx.fr('Gants nitrile M (boîte 200)', 'Nitrile gloves M (box 200)'), 20, '14,95'), (ctx.fr('Sutures 4-0 résorbables', 'Resorbable 4-0 sutures'), 6, '89,00'),
             ('Articaïne 4 % (50)' if ctx.lang == 'fr' else 'Articaine 4% (50)', 10, '62,50'), (ctx.fr('Implants 4,1 x 10 mm', 'Implants 4.1 x 10 mm'), 4, '310,00'),
             (ctx.fr('Membrane de collagène', 'Collagen membrane'), 3, '145,00')]
    rows = [[ 'SKU-%s' % luhn_serial(rng, 8), n, q, p] for n, q, p in rng.sample(items, rng.randrange(3, 6))]
    po = 'BC-%05d' % rng.randrange(10 ** 5)
    body = [hello(ctx), ctx.fr('Bon de commande %s :' % po, 'Purchase order %s:' % po),
            ('table', ['SKU', ctx.fr('Article', 'Item'), ctx.fr('Qté', 'Qty'), ctx.fr('Prix', 'Price')], rows),
            ctx.fr('Livraison au 2150, boul. des Laurentides, bureau 200.', 'Deliver to 2150 boul. des Laurentides, suite 200.'), sig(ctx, mgr)]
    atts = [xlsx_att('%s.xlsx' % po, [('PO', [['SKU', 'Article', 'Qte', 'Prix']] + rows)], mgr.full)] if rng.random() < 0.5 else []
    return mk(ctx, 'purchase_order', 'supplies purchase order', mgr, [sup], ctx.fr('Bon de commande ', 'PO ') + po, body, atts=atts)


# ------------------------------------------------------------------ N28 insurer general notice / fee guide
def n_insurer_notice(w, ctx):
    rng = ctx.rng
    ins = w.s(rng.choice(['insurer', 'insurer2']))
    body = [hello(ctx), ctx.fr('À compter du 1er juillet, les demandes de prédétermination de plus de 500 $ devront être soumises par '
                               'le portail électronique et inclure les radiographies. Le guide des tarifs 2025 est joint.',
                               'From July 1, predeterminations over $500 must be submitted through the e-portal with radiographs. '
                               'The 2025 fee guide is attached.'),
            ('table', ['Code', ctx.fr('Acte', 'Procedure'), '2024', '2025'],
             [['71101', ctx.fr('Extraction simple', 'Simple extraction'), '170,00', '178,50'],
              ['72221', ctx.fr('Extraction dent incluse (tissus mous)', 'Impacted tooth, soft tissue'), '290,00', '304,50'],
              ['79601', ctx.fr('Implant endo-osseux', 'Endosseous implant'), '2 300,00', '2 415,00']]),
            sig(ctx, ins)]
    atts = [pdf_att('guide_tarifs_2025.pdf', ctx.fr('Guide des tarifs 2025', '2025 fee guide'),
                    [ctx.fr('Tarifs de référence', 'Reference fees')])] if rng.random() < 0.5 else []
    return mk(ctx, 'insurer_notice', 'insurer general notice and fee guide', ins, [('Fournisseurs', 'fournisseurs@liste.example')],
              ctx.fr('Avis aux fournisseurs de soins dentaires', 'Notice to dental providers'), body, atts=atts)


# ------------------------------------------------------------------ N29 continuing-education course
def n_ce_course(w, ctx):
    rng = ctx.rng
    org = w.s(rng.choice(['anesth', 'omfs']))
    d = appt(ctx, 10, 40)
    body = [hello(ctx), ctx.fr('Formation sur la sédation consciente et la gestion des urgences médicales au cabinet (RCR, hypoglycémie, '
                               'réaction anaphylactique, crise d\'asthme). %s, 8 h à 16 h.' % appt_str(d, 'fr').split(' à ')[0],
                               'Course on conscious sedation and medical emergencies in the office (CPR, hypoglycaemia, anaphylaxis, asthma attack). '
                               '%s, 8 am to 4 pm.' % appt_str(d, 'en').split(' at ')[0]),
            ctx.fr('Formateur : %s. Places limitées à 20.' % org.title('fr'), 'Instructor: %s. Limited to 20 seats.' % org.title('en')), sig(ctx, org)]
    return mk(ctx, 'ce_course', 'continuing education announcement', org, w.staff['dentist'][:3],
              ctx.fr('Formation continue - sédation et urgences', 'CE course - sedation & emergencies'), body)


# ------------------------------------------------------------------ N30 supplier price list (XLSX)
def n_price_list(w, ctx):
    rng = ctx.rng
    sup = ('Ventes DentaPlus', 'ventes@dentaplus.example')
    mgr = w.s('mgr')
    rows = [['Code', 'Description', 'Format', 'Prix 2025']] + [[luhn_serial(rng, 10), d, f, '%.2f' % rng.uniform(5, 400)] for d, f in [
        ('Anesthésique articaïne 4 %', '50 cart.'), ('Fil de suture 3-0 soie', '12'), ('Matériau d\'empreinte polyvinylsiloxane', '2x50 mL'),
        ('Fraise chirurgicale', '5'), ('Gaze hémostatique', '10'), ('Vernis fluoré 5 %', '50 doses')]]
    body = [hello(ctx), ctx.fr('Notre liste de prix 2025 ci-jointe.', 'Our 2025 price list is attached.'), bye(ctx), ('sig', ['DentaPlus', sup[1]])]
    return mk(ctx, 'price_list', 'supplier price list with product codes', sup, [mgr], ctx.fr('Liste de prix 2025', '2025 price list'), body,
              atts=[xlsx_att('liste_prix_2025.xlsx', [('Prix', rows)], 'DentaPlus')])
