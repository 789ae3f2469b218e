"""Negatives, part B (bilingual): invoices, purchase orders, inventories,
IT, facilities, statistics, teaching cases, blank forms, templates,
recalls, shortages, research protocols, education leaflets, equipment."""
import datetime

from gen_build import Mail, att_eml, workday_after
from gen_docs import Att, csv_text, docx, pdf, xlsx, zip_bytes
from gen_neg_common import (MDS, S, VENDORS, asset_tag, mod97_lot, serial9, serial10, spaced)
from gen_pos_common import dstr
from gen_util import DEPT_EN, DEPT_FR, ORG_ADDR, ORG_EN, ORG_FR, signature

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _money(v, fr):
    s = '{:,.2f}'.format(v)
    return (s.replace(',', ' ').replace('.', ',') + ' $') if fr else '$' + s


def invoice(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    v = r.choice(VENDORS)
    inv = 'F-%d%05d' % (c.when.year % 100, r.randint(10000, 99999))
    items = r.sample([('Lentille intraoculaire SN60WF', 'IOL SN60WF', 165.0),
                      ('Visqueux OVD 0,85 mL', 'OVD viscoelastic 0.85 mL', 38.5),
                      ('Cassette phaco stérile', 'Sterile phaco cassette', 92.0),
                      ('Bandelettes de fluorescéine (boîte de 100)', 'Fluorescein strips (box of 100)', 21.75),
                      ('Seringues d\'injection 30 G (boîte de 100)', '30 G injection syringes (box of 100)', 54.0),
                      ('Spéculum à paupières jetable', 'Disposable lid speculum', 6.4)], 3)
    lines = ['# ' + ('FACTURE' if fr else 'INVOICE') + ' ' + inv, v[0], v[2], '',
             ('Facturé à : ' if fr else 'Bill to: ') + ORG_FR, ORG_ADDR,
             ('No client : ' if fr else 'Customer no.: ') + 'C-%05d' % r.randint(1000, 99999),
             ('Bon de commande : ' if fr else 'PO: ') + 'BC-%06d' % r.randint(100000, 999999), '']
    total = 0.0
    for fr_n, en_n, price in items:
        q = r.randint(2, 40)
        lot = serial10(r)
        total += q * price
        lines.append('%s — qté %d — %s — lot %s' % (fr_n, q, _money(q * price, True), spaced(lot, [4, 3, 3])) if fr else
                     '%s — qty %d — %s — lot %s' % (en_n, q, _money(q * price, False), spaced(lot, [4, 3, 3])))
    tax = total * 0.14975
    lines += ['', ('Sous-total : ' if fr else 'Subtotal: ') + _money(total, fr), ('TPS/TVQ : ' if fr else 'GST/QST: ') +
              _money(tax, fr), 'Total : ' + _money(total + tax, fr) if fr else 'Total: ' + _money(total + tax, fr),
              ('Échéance : 30 jours' if fr else 'Terms: net 30'),
              ('No TPS : %s RT0001' % serial9(r)) if fr else ('GST no.: %s RT0001' % serial9(r))]
    body = (['Bonjour,', '', 'Veuillez trouver ci-jointe la facture %s.' % inv, '', 'Service à la clientèle', v[0], v[2]]
            if fr else ['Hello,', '', 'Please find invoice %s attached.' % inv, '', 'Accounts Receivable', v[0], v[2]])
    return Mail(c, 'invoice', 'supplier invoice for surgical supplies', (v[0], v[1]), [S['harel']],
                ('Facture %s' if fr else 'Invoice %s') % inv, '\n'.join(body),
                atts=[Att('pdf', inv + '.pdf', data=pdf(lines, title=inv, when=c.when), ctype='application/pdf')])


def purchase_order(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    po = 'BC-%06d' % r.randint(100000, 999999)
    drugs = [('aflibercept 40 mg/mL, fiole', 'aflibercept 40 mg/mL vial', r.randint(40, 120)),
             ('faricimab 120 mg/mL, fiole', 'faricimab 120 mg/mL vial', r.randint(10, 60)),
             ('bévacizumab reconditionné 1,25 mg, seringue', 'repackaged bevacizumab 1.25 mg syringe', r.randint(50, 200)),
             ('povidone iodée 5 % unidose', 'povidone-iodine 5% unit dose', r.randint(200, 600))]
    rows = [['Article' if fr else 'Item', 'Qté' if fr else 'Qty', 'Code', 'Centre de coût' if fr else 'Cost centre']]
    for f, e, q in drugs:
        rows.append([f if fr else e, str(q), serial10(r), '7120-OPH'])
    body = ([('Bon de commande %s' if fr else 'Purchase order %s') % po, '',
             ('Livraison : pharmacie centrale, quai B, avant le %s' if fr else 'Deliver to: central pharmacy, dock B, by %s')
             % dstr(c, workday_after(c.when, 5, 15, r), 'long'), ''] + ['\t'.join(x) for x in rows] +
            ['', ('Approuvé par : ' if fr else 'Approved by: ') + S['harel'].full, signature(S['harel'], c.lang)])
    return Mail(c, 'purchase_order', 'purchase order for injection drugs', S['harel'], [(VENDORS[2][0], VENDORS[2][1])],
                ('Bon de commande ' if fr else 'PO ') + po, '\n'.join(body), cc=[S['pharm']],
                mode=r.choice(['alt', 'html', 'plain']))


def inventory(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    rows = [['Modèle' if fr else 'Model', 'Dioptrie' if fr else 'Power', 'No de série' if fr else 'Serial',
             'Expiration', 'Emplacement' if fr else 'Location']]
    for i in range(r.randint(10, 18)):
        p = r.choice(['+18.0', '+19.5', '+20.0', '+21.0', '+21.5', '+22.0', '+23.5'])
        exp = datetime.date(c.when.year + r.randint(1, 3), r.randint(1, 12), 1)
        rows.append([r.choice(['SN60WF', 'ZCB00', 'CNA0T0', 'MX60']), p, serial9(r), exp.isoformat(),
                     r.choice(['Bloc 3 — armoire A', 'Bloc 4 — armoire B', 'Réserve'] if fr else
                              ['OR 3 — cabinet A', 'OR 4 — cabinet B', 'Storage'])])
    body = (['Bonjour,', '', 'Inventaire de consignation des lentilles au %s (fichier joint). 3 lentilles expirent '
             'dans moins de 60 jours : à retourner au fournisseur.' % dstr(c, c.when.date(), 'long'), '',
             S['dupuis'].full, S['dupuis'].role_fr] if fr else
            ['Hi,', '', 'IOL consignment inventory as of %s attached. Three lenses expire within 60 days and should go '
             'back to the vendor.' % dstr(c, c.when.date(), 'long'), '', S['dupuis'].full, S['dupuis'].role_en])
    return Mail(c, 'inventory', 'intraocular lens consignment inventory', S['dupuis'], [S['harel'], S['lortie']],
                'Inventaire LIO' if fr else 'IOL inventory', '\n'.join(body),
                atts=[Att('xlsx', 'inventaire_LIO.xlsx' if fr else 'IOL_inventory.xlsx',
                          data=xlsx([('Stock', rows)], when=c.when), ctype=XLSX_CT)])


def it_notice(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    d = workday_after(c.when, 2, 10, r)
    tag = asset_tag(r, r.choice(['OCTS', 'OPHT', 'CVHF']))
    v = r.randrange(3)
    if v == 0:
        body = (['Bonjour,', '', 'Mise à niveau du logiciel d\'imagerie (OCT et rétinographes) le %s de 18 h à 22 h. '
                 'Les appareils suivants seront indisponibles :' % dstr(c, d, 'long'), '',
                 '- OCT salle 2 (actif %s)' % tag, '- Rétinographe salle 5 (actif %s)' % asset_tag(r, 'RETI'), '',
                 'Aucune donnée ne sera perdue. Billet de changement CHG-%06d.' % r.randint(100000, 999999), '',
                 signature(S['brennan'], 'fr', short=True), S['brennan'].phone] if fr else
                ['Hello,', '', 'Imaging software upgrade (OCT and fundus cameras) on %s, 18:00–22:00. Unavailable:' %
                 dstr(c, d, 'long'), '', '- OCT room 2 (asset %s)' % tag, '- Fundus camera room 5 (asset %s)' %
                 asset_tag(r, 'RETI'), '', 'No data will be lost. Change ticket CHG-%06d.' % r.randint(100000, 999999),
                 '', signature(S['brennan'], 'en', short=True), S['brennan'].phone])
        subj = 'Interruption planifiée — imagerie ophtalmo' if fr else 'Planned outage — ophthalmic imaging'
    elif v == 1:
        body = (['ATTENTION : hameçonnage', '', 'Des courriels frauduleux « Votre boîte aux lettres est pleine » circulent. '
                 'Ne cliquez pas sur le lien et ne fournissez jamais votre mot de passe. Transférez le message à '
                 'securite@deuxrives.example.', '', 'Sécurité de l\'information'] if fr else
                ['WARNING: phishing', '', 'Fake "Your mailbox is full" e-mails are circulating. Do not click and never '
                 'enter your password. Forward suspicious mail to securite@deuxrives.example.', '', 'Information Security'])
        subj = 'Alerte hameçonnage' if fr else 'Phishing alert'
    else:
        body = (['Bonjour %s,' % S['girouard'].given, '', 'Votre billet INC-%07d est résolu : l\'imprimante d\'étiquettes '
                 'du poste d\'accueil (série %s) a été remplacée. Le pilote est réinstallé.' % (
                     r.randint(1000000, 9999999), spaced(serial9(r), [3, 3, 3])), '', S['brennan'].full] if fr else
                ['Hi %s,' % S['girouard'].given, '', 'Ticket INC-%07d resolved: the front-desk label printer (serial %s) '
                 'was replaced and the driver reinstalled.' % (r.randint(1000000, 9999999), spaced(serial9(r), [3, 3, 3])),
                 '', S['brennan'].full])
        subj = 'Billet résolu' if fr else 'Ticket resolved'
    return Mail(c, 'it', 'IT notice', S['brennan'], [S['girouard']] if v == 2 else [('Tous — Ophtalmologie',
                                                                                    'ophtalmo-tous@deuxrives.example')],
                subj, '\n'.join(body))


def facilities(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    d = workday_after(c.when, 1, 12, r)
    what = r.choice([('L\'ascenseur B sera hors service', 'Elevator B will be out of service'),
                     ('L\'eau sera coupée au 2e étage (clinique externe)', 'Water will be shut off on floor 2 (outpatient clinic)'),
                     ('La ventilation du bloc 3 sera en entretien', 'OR 3 ventilation will be under maintenance'),
                     ('Le stationnement P2 sera fermé pour le déneigement', 'Parking lot P2 will be closed for snow removal')])
    body = (['Bonjour,', '', '%s le %s de 6 h à 14 h. Merci de prévoir l\'accueil des patients à mobilité réduite par '
             'l\'entrée principale.' % (what[0], dstr(c, d, 'long')), '', signature(S['facil'], 'fr')] if fr else
            ['Hello,', '', '%s on %s from 6:00 to 14:00. Please direct patients with reduced mobility to the main '
             'entrance.' % (what[1], dstr(c, d, 'long')), '', signature(S['facil'], 'en')])
    return Mail(c, 'facilities', 'facilities notice', S['facil'], [('Tous — Ophtalmologie', 'ophtalmo-tous@deuxrives.example')],
                ('Avis — travaux %s' if fr else 'Notice — works %s') % dstr(c, d, 'dmy'), '\n'.join(body))


def stats(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    months = ['2024-%02d' % m for m in range(9, 13)] + ['2025-%02d' % m for m in range(1, 4)]
    rows = [['Mois' if fr else 'Month', 'Aflibercept', 'Faricimab', 'Ranibizumab', 'Bévacizumab' if fr else 'Bevacizumab',
             'Total', 'Attente cataracte P90 (sem.)' if fr else 'Cataract wait P90 (wk)']]
    for m in months:
        a, b, cc, d = r.randint(180, 260), r.randint(40, 110), r.randint(20, 60), r.randint(60, 140)
        rows.append([m, a, b, cc, d, a + b + cc + d, r.randint(22, 48)])
    v = r.randrange(3)
    body = (['Bonjour,', '', 'Statistiques mensuelles de la clinique d\'injections et de la liste d\'attente en cataracte. '
             'Données agrégées, aucune donnée nominative.', ''] if fr else
            ['Hello,', '', 'Monthly injection clinic and cataract wait-list statistics. Aggregate data only.', ''])
    atts, mode = [], None
    if v == 0:
        body += ['\t'.join(str(x) for x in row) for row in rows]
        mode = r.choice(['html', 'alt'])
    elif v == 1:
        atts = [Att('csv', 'stats_injections.csv', text=csv_text(rows, ';' if fr else ','), ctype='text/csv')]
    else:
        atts = [Att('xlsx', 'tableau_de_bord.xlsx' if fr else 'dashboard.xlsx', data=xlsx([('Injections', rows)], when=c.when),
                    ctype=XLSX_CT)]
    body += ['', S['nolet'].named(c.lang), S['nolet'].role_fr if fr else S['nolet'].role_en]
    return Mail(c, 'statistics', 'aggregate clinic statistics', S['nolet'], [('Direction des services professionnels',
                                                                             'dsp@deuxrives.example')],
                'Statistiques mensuelles — ophtalmologie' if fr else 'Monthly statistics — ophthalmology',
                '\n'.join(body), atts=atts, mode=mode)


TEACH_FR = [
    ('Femme de 72 ans, baisse de vision centrale OG depuis 10 jours avec métamorphopsies. AV 6/24. OCT : liquide '
     'sous-rétinien et décollement de l\'épithélium pigmentaire. Question : quel schéma d\'anti-VEGF proposez-vous?',
     'DMLA exsudative'),
    ('Homme de 58 ans, diabétique depuis 15 ans, HbA1c 9,2 %. Hémorragies en flammèches, nodules cotonneux, '
     'néovaisseaux papillaires. Question : PPR ou anti-VEGF d\'abord?', 'rétinopathie diabétique proliférante'),
    ('Enfant de 4 ans, leucocorie OD remarquée sur une photo de famille. Question : démarche urgente?',
     'rétinoblastome à éliminer'),
    ('Femme de 34 ans, douleur à la mobilisation du globe, baisse de vision OD, DPAR. Question : bilan et traitement?',
     'névrite optique')]
TEACH_EN = [
    ('A 68-year-old man presents with sudden painless vision loss OD, cherry-red spot, VA counting fingers. '
     'Question: what is the immediate work-up?', 'central retinal artery occlusion'),
    ('A 25-year-old contact lens wearer with a painful red eye and a 2 mm paracentral infiltrate. Question: '
     'empirical therapy?', 'microbial keratitis'),
    ('A 79-year-old woman with jaw claudication and transient visual loss. ESR 92. Question: start steroids before '
     'the biopsy?', 'giant cell arteritis'),
    ('A 6-year-old with intermittent exotropia worse when tired. Question: observe, patch or operate?',
     'intermittent exotropia')]


def teaching_case(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    case, ans = r.choice(TEACH_FR if fr else TEACH_EN)
    res = r.choice([S['resident'], S['resident2']])
    body = ([('Cas clinique de la semaine — rencontre des résidents du %s' % dstr(c, workday_after(c.when, 1, 6, r), 'long')),
             '', case, '', 'Réponse et discussion jeudi. Cas anonymisé à des fins d\'enseignement.', '',
             S['nolet'].named('fr'), 'Directeur du programme'] if fr else
            ['Case of the week — residents\' teaching, %s' % dstr(c, workday_after(c.when, 1, 6, r), 'long'), '', case, '',
             'Answer and discussion on Thursday. De-identified teaching case.', '', S['nolet'].named('en'), 'Program Director'])
    if r.random() < 0.3:
        body += ['', ('Indice : %s.' if fr else 'Hint: %s.') % ans]
    return Mail(c, 'teaching_case', 'de-identified teaching case', S['nolet'], [res, S['resident2'] if res is S['resident']
                                                                               else S['resident']],
                'Cas de la semaine' if fr else 'Case of the week', '\n'.join(body), mode=r.choice([None, 'html']))


def blank_form(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    fields = (['Nom du patient : ______________________', 'Date de naissance : ____ / ____ / ______   Sexe : F [ ] M [ ]',
               'NAM : ____ ____ ____   Expiration : ____/____', 'Téléphone : (___) ___-____',
               'Motif de consultation : ___________________________', 'AV OD : ______  OG : ______   PIO : ____ / ____ mmHg',
               'Priorité : [ ] urgent (< 48 h)  [ ] semi-urgent (< 4 sem.)  [ ] électif',
               'Référent : ______________________   No de permis : __________'] if fr else
              ['Patient name: ______________________', 'Date of birth: ____ / ____ / ______   Sex: F [ ] M [ ]',
               'Health card no.: ______________  Version: ___', 'Phone: (___) ___-____',
               'Reason for referral: ___________________________', 'VA OD: ______  OS: ______   IOP: ____ / ____ mmHg',
               'Priority: [ ] urgent (< 48 h)  [ ] semi-urgent (< 4 wk)  [ ] routine',
               'Referring clinician: ______________________   Licence: __________'])
    title = 'Formulaire de demande de consultation — ophtalmologie' if fr else 'Ophthalmology referral form'
    if r.random() < 0.5:
        att = Att('docx', 'formulaire_reference_vierge.docx' if fr else 'referral_form_blank.docx',
                  data=docx([('h', title)] + [('p', f) for f in fields], when=c.when, title=title), ctype=DOCX_CT)
    else:
        att = Att('pdf', 'formulaire_référence.pdf' if fr else 'referral_form.pdf',
                  data=pdf(['# ' + title, ''] + fields, title=title, when=c.when), ctype='application/pdf')
    body = (['Bonjour,', '', 'Voici la nouvelle version du formulaire de référence à distribuer aux cliniques d\'optométrie. '
             'Merci de détruire les anciennes copies.', '', S['girouard'].full, signature(S['girouard'], 'fr')] if fr else
            ['Hello,', '', 'New version of the referral form for the optometry clinics. Please discard old copies.', '',
             signature(S['girouard'], 'en')])
    return Mail(c, 'blank_form', 'blank referral form', S['girouard'], [S['veilleux'], S['bissonnette'], S['okonkwo']]
                if fr else [S['lindqvist'], S['okonkwo']], 'Nouveau formulaire de référence' if fr else 'New referral form',
                '\n'.join(body), atts=[att])


def mail_template(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    tpl = (['Objet : Rappel de votre rendez-vous', '', 'Bonjour {{civilite}} {{nom_patient}},', '',
            'Nous vous rappelons votre rendez-vous à la clinique {{clinique}} le {{date_rdv}} à {{heure_rdv}}.',
            'Vos pupilles pourraient être dilatées : prévoyez un accompagnateur pour le retour.',
            'Apportez votre carte d\'assurance maladie ({{NAM}}) et la liste de vos médicaments.', '',
            'Pour annuler : 819 555-0142, option 2.'] if fr else
           ['Subject: Appointment reminder', '', 'Dear {{title}} {{patient_last_name}},', '',
            'This is a reminder of your appointment at the {{clinic}} clinic on {{appt_date}} at {{appt_time}}.',
            'Your pupils may be dilated: please arrange a driver.', 'Bring your health card ({{health_card_no}}) and '
            'your medication list.', '', 'To cancel: 819 555-0142, option 2.'])
    body = (['Bonjour %s,' % S['brennan'].given, '', 'Voici le gabarit de rappel à charger dans le module de publipostage. '
             'Les champs entre accolades sont remplis automatiquement.', '', '-----'] + tpl + ['-----', '',
                                                                                         S['lafreniere'].full] if fr else
            ['Hi %s,' % S['brennan'].given, '', 'Here is the reminder template for the mail-merge module. Fields in braces '
             'are filled automatically.', '', '-----'] + tpl + ['-----', '', S['lafreniere'].full])
    return Mail(c, 'template', 'mail-merge reminder template', S['lafreniere'], [S['brennan']],
                'Gabarit — rappel de rendez-vous' if fr else 'Template — appointment reminder', '\n'.join(body))


def recall(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    lots = [spaced(serial10(r), [4, 3, 3]) for _ in range(r.randint(3, 5))]
    prod = r.choice([('lentille intraoculaire hydrophobe, modèle LX-300', 'hydrophobic IOL, model LX-300'),
                     ('solution viscoélastique OVD 1,0 mL', 'OVD viscoelastic 1.0 mL'),
                     ('canule d\'irrigation 27 G', '27 G irrigation cannula')])
    body = (['AVIS DE RAPPEL VOLONTAIRE — %s' % prod[0], '', 'Le fabricant rappelle les lots suivants en raison d\'un '
             'défaut potentiel de stérilité de l\'emballage :', ''] + ['- Lot ' + l for l in lots] +
            ['', 'Mesure : retirer immédiatement du stock, mettre en quarantaine et aviser l\'approvisionnement. '
             'Aucun incident clinique n\'a été rapporté.', '', S['harel'].full, S['harel'].role_fr] if fr else
            ['VOLUNTARY RECALL NOTICE — %s' % prod[1], '', 'The manufacturer is recalling the following lots due to a '
             'potential packaging sterility defect:', ''] + ['- Lot ' + l for l in lots] +
            ['', 'Action: remove from stock, quarantine, notify Procurement. No clinical incidents reported.', '',
             S['harel'].full, S['harel'].role_en])
    return Mail(c, 'recall', 'product recall notice by lot', S['harel'], [S['dupuis'], S['nursemgr'], S['pharm']],
                ('Rappel — %s' if fr else 'Recall — %s') % (prod[0] if fr else prod[1]), '\n'.join(body),
                mode=r.choice([None, 'html']))


def shortage(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    drug = r.choice([('cyclopentolate 1 %', 'cyclopentolate 1%', 'tropicamide 1 % + phényléphrine 2,5 %',
                      'tropicamide 1% + phenylephrine 2.5%'),
                     ('bandelettes de fluorescéine', 'fluorescein strips', 'fluorescéine-benoxinate en gouttes',
                      'fluorescein-benoxinate drops'),
                     ('acétate de prednisolone 1 %', 'prednisolone acetate 1%', 'difluprednate 0,05 %',
                      'difluprednate 0.05%')])
    body = (['Avis de pénurie', '', 'Produit : %s' % drug[0], 'Durée prévue : 6 à 10 semaines',
             'Solution de rechange : %s, selon le protocole approuvé par le Comité de pharmacologie.' % drug[2], '',
             'Merci de ne pas constituer de réserves dans les cliniques.', '', S['pharm'].full, S['pharm'].role_fr] if fr else
            ['Drug shortage notice', '', 'Product: %s' % drug[1], 'Expected duration: 6–10 weeks',
             'Alternative: %s per the P&T-approved protocol.' % drug[3], '', 'Please do not stockpile in clinics.', '',
             S['pharm'].full, S['pharm'].role_en])
    return Mail(c, 'shortage', 'drug shortage notice', S['pharm'], [('Tous — Ophtalmologie', 'ophtalmo-tous@deuxrives.example')],
                ('Pénurie — %s' if fr else 'Shortage — %s') % (drug[0] if fr else drug[1]), '\n'.join(body))


def research_protocol(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    nb = 'CER-%d-%03d' % (c.when.year, r.randint(1, 400))
    body = (['Bonjour,', '', 'Le comité d\'éthique a approuvé le protocole %s : « Intervalles prolongés de faricimab dans '
             'la DMLA néovasculaire — registre prospectif ».' % nb, '',
             'Critères d\'inclusion : 50 ans et plus, DMLA néovasculaire naïve, AV entre 6/12 et 6/96.',
             'Critères d\'exclusion : chirurgie vitréorétinienne antérieure, grossesse, uvéite active.',
             'Recrutement visé : 80 participants sur 18 mois.', '',
             'Chercheuse principale : %s. Les formulaires de consentement sont sur le lecteur partagé.' % S['ducharme'].named('fr'),
             '', S['research'].full, S['research'].role_fr] if fr else
            ['Hello,', '', 'The research ethics board approved protocol %s: "Extended faricimab intervals in neovascular AMD — '
             'prospective registry".' % nb, '', 'Inclusion: age 50+, treatment-naive neovascular AMD, VA 20/40 to 20/320.',
             'Exclusion: prior vitreoretinal surgery, pregnancy, active uveitis.', 'Target: 80 participants over 18 months.',
             '', 'Principal investigator: %s. Consent forms are on the shared drive.' % S['ducharme'].named('en'), '',
             S['research'].full, S['research'].role_en])
    atts = []
    if r.random() < 0.4:
        atts = [Att('pdf', 'synopsis_%s.pdf' % nb, data=pdf(['# Synopsis ' + nb] + body[3:8], title=nb, when=c.when),
                    ctype='application/pdf')]
    return Mail(c, 'research_protocol', 'ethics approval of a research protocol', S['research'],
                [S['ducharme'], S['mehta'], S['menard']], ('Approbation éthique %s' if fr else 'REB approval %s') % nb,
                '\n'.join(body), atts=atts)


def patient_education(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    lines = (['# Après votre chirurgie de la cataracte', '',
              'Mettez vos gouttes selon l\'horaire remis par votre chirurgien.',
              'Portez la coquille protectrice la nuit pendant une semaine.', 'Évitez de frotter l\'œil, de nager et de '
              'soulever des charges lourdes pendant deux semaines.', '',
              'Consultez sans tarder en cas de douleur importante, de baisse de vision ou de rougeur croissante :',
              'Clinique d\'ophtalmologie 819 555-0142 (jour) ou urgence de l\'Hôpital Sainte-Lucie (soir et nuit).'] if fr else
             ['# After your cataract surgery', '', 'Use your drops as scheduled by your surgeon.',
              'Wear the eye shield at night for one week.', 'Avoid rubbing the eye, swimming and heavy lifting for two weeks.',
              '', 'Seek care promptly for severe pain, decreasing vision or increasing redness:',
              'Eye clinic 819 555-0142 (days) or the Sainte-Lucie Hospital emergency department (evenings and nights).'])
    body = (['Bonjour,', '', 'Voici la version révisée du dépliant post-opératoire (révision linguistique faite). '
             'Merci de l\'imprimer pour les trousses de départ.', '', S['nursemgr'].full] if fr else
            ['Hello,', '', 'Revised post-op leaflet attached for the discharge kits.', '', S['nursemgr'].full])
    return Mail(c, 'patient_education', 'generic patient education leaflet', S['nursemgr'], [S['dupuis'], S['comm']],
                'Dépliant post-op cataracte — version finale' if fr else 'Post-op cataract leaflet — final',
                '\n'.join(body), atts=[Att('pdf', 'depliant_cataracte.pdf' if fr else 'cataract_leaflet.pdf',
                                           data=pdf(lines, title='Leaflet', when=c.when), ctype='application/pdf')])


def equipment_service(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    v = r.choice(VENDORS[1:] + VENDORS[3:])
    sn = serial9(r)
    wo = 'WO-%06d' % r.randint(100000, 999999)
    dev = r.choice([('tomographe OCT', 'OCT scanner'), ('laser YAG', 'YAG laser'), ('phacoémulsificateur', 'phaco machine'),
                    ('périmètre automatisé', 'automated perimeter')])
    body = ([('Rapport de service %s' % wo), '', 'Appareil : %s' % dev[0], 'No de série : %s' % spaced(sn, [3, 3, 3]),
             'No d\'actif : %s' % asset_tag(r, 'OPHT'), 'Intervention : entretien préventif annuel, calibration, '
             'remplacement de la lampe.', 'Résultat : conforme.', 'Prochain entretien : %s' % dstr(c, datetime.date(
                 c.when.year + 1, c.when.month, 1), 'long'), '', 'Technicien : Luc Ferron', v[0], v[2]] if fr else
            ['Service report %s' % wo, '', 'Device: %s' % dev[1], 'Serial no.: %s' % spaced(sn, [3, 3, 3]),
             'Asset tag: %s' % asset_tag(r, 'OPHT'), 'Work: annual preventive maintenance, calibration, lamp replaced.',
             'Result: pass.', 'Next service: %s' % dstr(c, datetime.date(c.when.year + 1, c.when.month, 1), 'long'), '',
             'Technician: Luc Ferron', v[0], v[2]])
    return Mail(c, 'equipment_service', 'equipment service report', (v[0], v[1]), [S['poitras'], S['facil']],
                ('Rapport de service — ' if fr else 'Service report — ') + wo, '\n'.join(body))


def zip_forms(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    names = (['consentement_IVT_vierge.pdf', 'consentement_cataracte_vierge.pdf', 'questionnaire_preop.pdf'] if fr else
             ['consent_intravitreal_blank.pdf', 'consent_cataract_blank.pdf', 'preop_questionnaire.pdf'])
    members = []
    for n in names:
        members.append((n, pdf(['# ' + n.replace('_', ' ').replace('.pdf', ''), '',
                                ('Nom : ______________   Date de naissance : ________   Dossier : ________' if fr else
                                 'Name: ______________   DOB: ________   MRN: ________'),
                                ('Signature du patient : ______________' if fr else 'Patient signature: ______________')],
                               title=n, when=c.when)))
    body = (['Bonjour,', '', 'Trousse de formulaires vierges à jour (consentements et questionnaire pré-op). '
             'À imprimer au besoin.', '', S['nursemgr'].full] if fr else
            ['Hello,', '', 'Updated blank form kit (consents and pre-op questionnaire). Print as needed.', '',
             S['nursemgr'].full])
    return Mail(c, 'blank_form', 'zip of blank consent forms', S['nursemgr'], [('Tous — Ophtalmologie',
                                                                               'ophtalmo-tous@deuxrives.example')],
                'Formulaires vierges' if fr else 'Blank forms', '\n'.join(body),
                atts=[Att('zip', 'formulaires.zip' if fr else 'forms.zip', data=zip_bytes(members, c.when),
                          ctype='application/zip')])


def fwd_vendor_eml(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    v = r.choice(VENDORS)
    inner_body = (['Chers clients,', '', 'Nous lancerons le 1er du mois prochain notre nouvelle plateforme de commande '
                   'en ligne. Vos numéros de compte restent les mêmes. Une formation virtuelle est offerte le mardi à 12 h.',
                   '', 'Lot promotionnel : %s (seringues 30 G).' % mod97_lot(r), '', v[0], v[2]] if fr else
                  ['Dear customers,', '', 'Our new online ordering platform launches on the 1st of next month. Account '
                   'numbers are unchanged. A webinar runs Tuesdays at noon.', '', 'Promotional lot: %s (30 G syringes).'
                   % mod97_lot(r), '', v[0], v[2]])
    inner = Mail(c, 'inner', '', (v[0], v[1]), [S['harel']], 'Nouvelle plateforme de commande' if fr else
                 'New ordering platform', '\n'.join(inner_body), mode=r.choice(['plain', 'alt']))
    body = (['Pour info — voir message ci-joint.', '', S['harel'].given] if fr else ['FYI — see attached.', '', S['harel'].given])
    return Mail(c, 'vendor_forward', 'vendor announcement forwarded as attachment', S['harel'], [S['dupuis']],
                'TR: plateforme de commande' if fr else 'FW: ordering platform', '\n'.join(body),
                atts=[att_eml('annonce.eml' if fr else 'announcement.eml', inner, c.when - datetime.timedelta(days=1))])
