"""Negatives, part C: invoices, orders, inventory, recalls, IT, facilities, forms, templates."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_common import (ADDR_FR, ADDR_ON, CLINIC_EN, CLINIC_FR, DOM, PARTNERS, PHONE_QC, FAX_QC,
                        PHONE_ON, fmt_day, luhn_serial, mod97_serial, partner_addr, staff_addr)
from gen_mime import html_table, wrap_html
from gen_phelp import exam_day, setup
from gen_text import greet, sig, thanks

SERVICES_FR = [('Examen pré-embauche complet', 145.00), ('Audiogramme de dépistage', 38.00),
               ('Spirométrie', 52.00), ('Test urinaire 5 drogues (chaîne de possession)', 64.00),
               ('Alcootest (ÉAB)', 35.00), ('Examen conducteur classe 1', 160.00),
               ('Rapport médical CNESST', 42.50), ('Déplacement clinique mobile', 275.00)]
SERVICES_EN = [('Pre-placement medical, full', 145.00), ('Screening audiogram', 38.00),
               ('Spirometry', 52.00), ('5-panel urine drug test (chain of custody)', 64.00),
               ('Breath alcohol test', 35.00), ('Commercial driver medical', 160.00),
               ('Medical report to WSIB', 42.50), ('Mobile clinic travel fee', 275.00)]


def money(x, lang):
    s = '{:,.2f}'.format(x)
    if lang == 'fr':
        return s.replace(',', ' ').replace('.', ',') + ' $'
    return '$' + s


# ------------------------------------------------------------------ N23 invoice to employer
def invoice(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['translaur', 'metstm', 'boreal', 'mine', 'ville']) if lang == 'fr' else \
        rng.choice(['norcan', 'rideau', 'kanata'])
    items = rng.sample(SERVICES_FR if lang == 'fr' else SERVICES_EN, rng.randint(3, 5))
    rows = []
    sub = 0.0
    for name, price in items:
        q = rng.randint(1, 24)
        rows.append([name, q, money(price, lang), money(q * price, lang)])
        sub += q * price
    inv = 'F%d-%05d' % (m.date.year, rng.randint(100, 99999))
    client_no = luhn_serial(rng, 9)
    if lang == 'fr':
        tps, tvq = sub * 0.05, sub * 0.09975
        kv = [('Facture no :', inv), ('Client :', PARTNERS[emp][0]),
              ('No client :', client_no), ('Date :', m.date.date().isoformat()),
              ('Conditions :', 'net 30 jours'), ('No TPS :', '71234 5678 RT0001'),
              ('No TVQ :', '1219876543 TQ0001')]
        tail = [['', '', 'Sous-total', money(sub, lang)], ['', '', 'TPS 5 %', money(tps, lang)],
                ['', '', 'TVQ 9,975 %', money(tvq, lang)],
                ['', '', 'Total', money(sub + tps + tvq, lang)]]
        hdr = ['Service', 'Qté', 'Prix unitaire', 'Montant']
        title = 'FACTURE'
        subj = rng.choice(['Facture %s' % inv, 'Votre facture %s - %s' % (inv, CLINIC_FR)])
        body = ('%s\n\nVeuillez trouver ci-jointe la facture %s pour les services du mois. Le '
                'détail par travailleur est disponible sur demande dans le portail sécurisé '
                'seulement.\n\nPaiement par virement : transit 01234, institution 815, compte '
                '%s.\n\n%s\n%s') % (greet(lang, rng), inv, luhn_serial(rng, 7), thanks(lang, rng),
                                    sig('duchesne', lang, rng))
    else:
        hst = sub * 0.13
        kv = [('Invoice #:', inv), ('Client:', PARTNERS[emp][0]), ('Client #:', client_no),
              ('Date:', m.date.date().isoformat()), ('Terms:', 'net 30'),
              ('HST #:', '81234 5670 RT0001')]
        tail = [['', '', 'Subtotal', money(sub, lang)], ['', '', 'HST 13%', money(hst, lang)],
                ['', '', 'Total', money(sub + hst, lang)]]
        hdr = ['Service', 'Qty', 'Unit price', 'Amount']
        title = 'INVOICE'
        subj = rng.choice(['Invoice %s' % inv, 'Your invoice %s from %s' % (inv, CLINIC_EN)])
        body = ('%s\n\nPlease find attached invoice %s for this month\'s services. Per-worker '
                'detail is available on request through the secure portal only.\n\nEFT: transit '
                '01234, institution 815, account %s.\n\n%s\n%s') % (
            greet(lang, rng), inv, luhn_serial(rng, 7), thanks(lang, rng),
            sig('duchesne', lang, rng))
    pdf = make_pdf(title, [CLINIC_FR if lang == 'fr' else CLINIC_EN] +
                   (ADDR_FR if lang == 'fr' else ADDR_ON).split('\n'),
                   [('kv', kv), ('table', [hdr] + rows + tail, [250, 40, 90, 90])],
                   footer=PHONE_QC if lang == 'fr' else PHONE_ON, author='Facturation')
    setup(m, rng, staff_addr('duchesne'), [('Comptes payables' if lang == 'fr' else
                                            'Accounts payable',
                                            'ap@%s' % PARTNERS[emp][1])], subject=subj)
    m.text = body
    m.attach('%s.pdf' % inv, 'application/pdf', pdf)
    m.note = 'invoice to an employer client'


# ------------------------------------------------------------------ N24 purchase order
def purchase_order(ctx, m, rng):
    lang = m.lang
    po = 'PO-%d-%04d' % (m.date.year, rng.randint(1, 9999))
    items_fr = [('Filtres antibactériens pour spiromètre (boîte de 50)', 89.00),
                ('Embouts jetables pour alcootest (200)', 146.00),
                ('Trousses de prélèvement urinaire avec scellés (25)', 212.50),
                ('Embouts d\'écouteurs insérés 13 mm (50 paires)', 74.00),
                ('Papier thermique pour audiomètre (10 rouleaux)', 31.00)]
    items_en = [('Spirometer bacterial/viral filters (box of 50)', 89.00),
                ('Breathalyzer mouthpieces (200)', 146.00),
                ('Urine collection kits with seals (25)', 212.50),
                ('Insert earphone tips 13 mm (50 pairs)', 74.00),
                ('Audiometer thermal paper (10 rolls)', 31.00)]
    items = rng.sample(items_fr if lang == 'fr' else items_en, 3)
    rows = [['Article' if lang == 'fr' else 'Item', 'No pièce' if lang == 'fr' else 'Part #',
             'Qté' if lang == 'fr' else 'Qty', 'Prix' if lang == 'fr' else 'Price']]
    for name, price in items:
        rows.append([name, 'MS-%s' % luhn_serial(rng, 8), rng.randint(2, 12),
                     money(price, lang)])
    if lang == 'fr':
        subj = 'Bon de commande %s' % po
        body = ('Bonjour,\n\nVoici notre bon de commande %s. Livraison à l\'adresse ci-dessous, '
                'à l\'attention de Kevin O\'Brien (réception des marchandises).\n\n%s\n\n%s\n\n'
                'Merci de confirmer le délai de livraison.\n\n%s') % (
            po, '\n'.join('%s | %s | %s | %s' % tuple(r) for r in rows), ADDR_FR,
            sig('obrien', lang, rng))
    else:
        subj = 'Purchase order %s' % po
        body = ('Hello,\n\nPlease process purchase order %s. Ship to the address below, attention '
                'Kevin O\'Brien (receiving).\n\n%s\n\n%s\n\nPlease confirm lead time.\n\n%s') % (
            po, '\n'.join('%s | %s | %s | %s' % tuple(r) for r in rows), ADDR_ON,
            sig('obrien', lang, rng))
    setup(m, rng, staff_addr('obrien'), [partner_addr('medsupply')], subject=subj)
    m.text = body
    m.note = 'purchase order for clinic supplies'


# ------------------------------------------------------------------ N25 inventory with lot numbers
def inventory(ctx, m, rng):
    lang = m.lang
    rows = [['Produit' if lang == 'fr' else 'Product', 'Lot', 'Expiration' if lang == 'fr'
             else 'Expiry', 'Qté' if lang == 'fr' else 'Qty', 'No série / actif' if lang == 'fr'
             else 'Serial / asset']]
    prods = ['Tubersol 5 TU/0,1 mL', 'Engerix-B 20 mcg', 'Twinrix adulte', 'Adacel',
             'Trousse urine 5 panels', 'Embouts alcootest', 'Spiromètre EasyOne',
             'Audiomètre AD629', 'Alcootest Intoxilyzer 800']
    for p in prods:
        is_dev = p.startswith(('Spiro', 'Audio', 'Alcootest'))
        rows.append([p, '' if is_dev else '%s%s' % (rng.choice(['C', 'U', 'L', 'T']),
                                                      luhn_serial(rng, 6)),
                     '' if is_dev else '%d-%02d' % (m.date.year + rng.randint(0, 2),
                                                    rng.randint(1, 12)),
                     rng.randint(1, 60), luhn_serial(rng, 9) if is_dev else ''])
    data = make_xlsx([('Inventaire' if lang == 'fr' else 'Inventory', rows)], author='K. O\'Brien')
    if lang == 'fr':
        subj = 'Inventaire mensuel - vaccins et fournitures'
        body = ('Bonjour,\n\nInventaire du mois en pièce jointe. À commander : Tubersol (il reste '
                'moins de 2 semaines) et embouts d\'alcootest. Le réfrigérateur à vaccins a été '
                'entre 3,8 et 5,1 °C tout le mois.\n\n%s') % sig('obrien', lang, rng)
        fn = 'inventaire_%s.xlsx' % m.date.strftime('%Y-%m')
    else:
        subj = 'Monthly inventory - vaccines and supplies'
        body = ('Hi,\n\nMonthly inventory attached. To reorder: Tubersol (under 2 weeks left) and '
                'breathalyzer mouthpieces. Vaccine fridge stayed between 3.8 and 5.1 C all '
                'month.\n\n%s') % sig('obrien', lang, rng)
        fn = 'inventory_%s.xlsx' % m.date.strftime('%Y-%m')
    setup(m, rng, staff_addr('obrien'), [staff_addr('haddad' if lang == 'fr' else 'raman')],
          subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
    m.note = 'supply inventory with lot and serial numbers'


# ------------------------------------------------------------------ N26 recall notice
def recall(ctx, m, rng):
    lang = m.lang
    lots = [luhn_serial(rng, 10) for _ in range(3)]
    prod = rng.choice([('godets de prélèvement urinaire avec bandelette de température',
                        'urine collection cups with temperature strip',
                        'défaut d\'étanchéité du couvercle pouvant compromettre l\'intégrité de '
                        'l\'échantillon', 'lid seal defect that may compromise specimen '
                        'integrity'),
                       ('embouts pour éthylomètre', 'breathalyzer mouthpieces',
                        'clapet anti-retour parfois absent', 'one-way valve missing in some units'),
                       ('filtres de spiromètre', 'spirometer filters',
                        'résistance au débit supérieure à la norme',
                        'flow resistance above specification')])
    if lang == 'fr':
        subj = 'AVIS DE RAPPEL - %s' % prod[0]
        body = ('Avis de rappel volontaire\n\nProduit : %s\nLots visés : %s\n\nMotif : ' +
                prod[2] + '. Aucun incident rapporté chez les usagers.\n\nAction requise : retirer les lots '
                'visés, compléter le formulaire de retour et le transmettre avant le %s. Un '
                'crédit sera émis.\n\nService à la clientèle MediSource - 1 800 555-0199') % (
            prod[0], ', '.join(lots), fmt_day(exam_day(m, rng, (-20, -10)), lang, False))
    else:
        subj = 'RECALL NOTICE - %s' % prod[1]
        body = ('Voluntary recall notice\n\nProduct: %s\nAffected lots: %s\n\nReason: ' +
                prod[3] + '. No user incidents reported.\n\n'
                'Action: quarantine affected lots, complete the return form and send it by %s. '
                'Credit will be issued.\n\nMediSource customer service - 1 800 555-0199') % (
            prod[1], ', '.join(lots), fmt_day(exam_day(m, rng, (-20, -10)), lang, False))
    setup(m, rng, ('MediSource Canada', 'recalls@medisource.example'),
          [staff_addr('obrien')], subject=subj)
    m.text = body
    m.note = 'supplier recall notice with lot numbers'


# ------------------------------------------------------------------ N27 drug / vaccine shortage
def shortage(ctx, m, rng):
    lang = m.lang
    drug = rng.choice([('Tubersol (tuberculine PPD)', 'Tubersol (PPD tuberculin)'),
                       ('Engerix-B', 'Engerix-B'), ('Twinrix', 'Twinrix')])
    if lang == 'fr':
        subj = 'Pénurie - %s' % drug[0]
        body = ('Bonjour à tous,\n\nLe fournisseur annonce une rupture de %s jusqu\'à la fin du '
                'mois prochain. D\'ici là :\n- prioriser les tests TB pour les employeurs de la '
                'santé (CHSLD, résidences);\n- proposer l\'IGRA (prise de sang) comme '
                'alternative;\n- ne pas ouvrir de nouvelle fiole le vendredi.\n\nMerci,\n%s') % (
            drug[0], sig('lemay', lang, rng, short=True))
    else:
        subj = 'Shortage - %s' % drug[1]
        body = ('Hi all,\n\nThe supplier reports %s on back-order until the end of next month. '
                'Until then:\n- prioritize TB testing for healthcare employers;\n- offer IGRA '
                '(blood test) as the alternative;\n- do not open a new vial on Fridays.\n\n'
                'Thanks,\n%s') % (drug[1], sig('raman', lang, rng, short=True))
    setup(m, rng, staff_addr('lemay' if lang == 'fr' else 'raman'),
          [('Équipe clinique' if lang == 'fr' else 'Clinical team', 'clinique@%s' % DOM)],
          subject=subj)
    m.text = body
    m.note = 'vaccine or test product shortage notice'


# ------------------------------------------------------------------ N28 IT notices
def it_notice(ctx, m, rng):
    lang = m.lang
    kind = rng.randrange(3)
    d = exam_day(m, rng, (-7, -2))
    if lang == 'fr':
        subj = ['Interruption du DMÉ - %s' % fmt_day(d, lang, False),
                'ATTENTION : courriels d\'hameçonnage', 'Nouveau système téléphonique'][kind]
        body = ['Bonjour,\n\nLe dossier médical électronique sera inaccessible le %s de 18 h à '
                '22 h (mise à jour). Imprimez la liste du lendemain avant 17 h. Le portail '
                'employeurs restera accessible.\n\n%s',
                'Bonjour,\n\nPlusieurs employés ont reçu un faux courriel « Votre boîte est '
                'pleine » demandant de saisir leur mot de passe. Ne cliquez pas. Transférez-le à '
                'securite@%s puis supprimez-le. Personne des TI ne vous demandera votre mot de '
                'passe.\n\n%%s' % DOM,
                'Bonjour,\n\nLe nouveau système téléphonique sera activé le %s. Numéro principal '
                'inchangé (819 555-0142); les postes passent à 4 chiffres (2xx devient 42xx). '
                'Formation de 15 minutes à 12 h 15.\n\n%s'][kind]
        body = body % ((fmt_day(d, lang), sig('lalonde', lang, rng)) if kind != 1 else
                       (sig('lalonde', lang, rng),))
    else:
        subj = ['EMR downtime - %s' % fmt_day(d, lang, False), 'WARNING: phishing e-mails',
                'New phone system'][kind]
        body = ['Hello,\n\nThe EMR will be unavailable on %s from 6 to 10 pm for an upgrade. '
                'Print the next day\'s list before 5 pm. The employer portal stays up.\n\n%s',
                'Hello,\n\nSeveral staff received a fake "Your mailbox is full" e-mail asking '
                'for their password. Do not click. Forward it to security@%s and delete it. IT '
                'will never ask for your password.\n\n%%s' % DOM,
                'Hello,\n\nThe new phone system goes live on %s. Main number unchanged (613 '
                '555-0171); extensions become 4 digits. 15-minute training at 12:15.\n\n%s'][kind]
        body = body % ((fmt_day(d, lang), sig('lalonde', lang, rng)) if kind != 1 else
                       (sig('lalonde', lang, rng),))
    setup(m, rng, staff_addr('lalonde'), [('Tout le personnel' if lang == 'fr' else 'All staff',
                                           'all-staff@%s' % DOM)], subject=subj)
    m.text = body
    m.note = 'IT notice'


# ------------------------------------------------------------------ N29 facilities
def facilities(ctx, m, rng):
    lang = m.lang
    kind = rng.randrange(3)
    d = exam_day(m, rng, (-6, -1))
    if lang == 'fr':
        subj = ['Test d\'alarme incendie', 'Travaux - stationnement', 'Cabine audiométrique '
                'hors service'][kind]
        body = ['Bonjour,\n\nTest de l\'alarme incendie le %s à 10 h. Prévenir les travailleurs '
                'en salle d\'attente; les tests audiométriques de 9 h 45 à 10 h 30 sont '
                'déplacés.\n\n%s',
                'Bonjour,\n\nLe stationnement arrière sera fermé le %s pour le marquage. Merci '
                'de laisser les places avant aux travailleurs et aux employeurs.\n\n%s',
                'Bonjour,\n\nLa cabine audiométrique no 2 est hors service depuis %s (ventilation '
                'bruyante, 38 dBA mesurés). Technicien prévu demain. Utiliser la cabine 1 '
                'seulement.\n\n%s'][kind] % (fmt_day(d, lang), sig('obrien', lang, rng))
    else:
        subj = ['Fire alarm test', 'Parking lot work', 'Sound booth out of service'][kind]
        body = ['Hello,\n\nFire alarm test on %s at 10 am. Let people in the waiting room know; '
                'hearing tests from 9:45 to 10:30 are moved.\n\n%s',
                'Hello,\n\nThe back parking lot is closed on %s for line painting. Please leave '
                'the front spots for workers and employers.\n\n%s',
                'Hello,\n\nSound booth 2 has been out of service since %s (noisy ventilation, '
                '38 dBA measured). Technician booked tomorrow. Use booth 1 only.\n\n%s'][kind] % (
            fmt_day(d, lang), sig('obrien', lang, rng))
    setup(m, rng, staff_addr('obrien'), [('Personnel' if lang == 'fr' else 'Staff',
                                          'all-staff@%s' % DOM)], subject=subj)
    m.text = body
    m.note = 'facilities notice'


# ------------------------------------------------------------------ N30 calibration certificate
def calibration(ctx, m, rng):
    lang = m.lang
    devs = [('Audiometer', 'AD629', luhn_serial(rng, 9)), ('Audiometer', 'AD226', luhn_serial(rng, 9)),
            ('Spirometer', 'EasyOne Air', luhn_serial(rng, 10)),
            ('Breath alcohol', 'Intoxilyzer 800', luhn_serial(rng, 9))]
    rows = [['Device', 'Model', 'Serial', 'Result', 'Next due']]
    for d in devs:
        rows.append([d[0], d[1], d[2], 'PASS', '%d-%02d-%02d' % (m.date.year + 1, m.date.month,
                                                                 min(m.date.day, 28))])
    pdf = make_pdf('Certificate of calibration', ['AudioCal Services', 'ISO/IEC 17025'],
                   [('table', rows, [90, 90, 110, 60, 90]),
                    ('p', 'Technician: R. Delorme. Reference standards traceable to NRC.')],
                   author='AudioCal')
    if lang == 'fr':
        subj = 'Certificats de calibration %d' % m.date.year
        body = ('Bonjour,\n\nVous trouverez ci-joint les certificats de calibration annuelle de '
                'vos appareils (audiomètres, spiromètre, éthylomètre). Tous conformes.\n\n'
                'Service technique AudioCal - 1 800 555-0177')
    else:
        subj = 'Calibration certificates %d' % m.date.year
        body = ('Hello,\n\nAttached are the annual calibration certificates for your devices '
                '(audiometers, spirometer, breath alcohol). All passed.\n\nAudioCal Service '
                'Desk - 1 800 555-0177')
    setup(m, rng, partner_addr('calib'), [staff_addr('mitchell')], cc=[staff_addr('obrien')],
          subject=subj)
    m.text = body
    m.attach('calibration_%d.pdf' % m.date.year, 'application/pdf', pdf)
    m.note = 'equipment calibration certificates with serial numbers'


# ------------------------------------------------------------------ N31 blank form
def blank_form(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        paras = ['Questionnaire médical pré-embauche - CONFIDENTIEL une fois rempli',
                 'Nom : ______________________   Prénom : __________________',
                 'Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : ☐ F ☐ M ☐ X',
                 'NAM (assurance maladie) : ____ ____ ____',
                 'Adresse : ____________________________   Téléphone : ___ ___-____',
                 ('h', 'Antécédents'),
                 '☐ Asthme   ☐ Diabète   ☐ Épilepsie   ☐ Hypertension   ☐ Perte auditive',
                 '☐ Maux de dos   ☐ Chirurgie récente   ☐ Autre : ______________',
                 'Médicaments actuels : ________________________________',
                 'Signature du candidat : ____________   Date : ________']
        doc = make_docx('Questionnaire pré-embauche', paras, author='Clinique')
        subj = 'Formulaire vierge - questionnaire pré-embauche'
        body = ('%s\n\nComme demandé, voici le questionnaire pré-embauche vierge à remettre aux '
                'candidats. Ils doivent le remplir et l\'apporter sous enveloppe scellée - '
                'l\'employeur ne doit pas le lire.\n\n%s\n%s') % (
            greet(lang, rng, 'Stéphanie'), thanks(lang, rng), sig('arsenault', lang, rng))
        fn = 'questionnaire_preembauche_VIERGE.docx'
        to = [partner_addr('boreal')]
        who = 'arsenault'
    else:
        paras = ['Pre-placement health questionnaire - CONFIDENTIAL once completed',
                 'Last name: ______________________   First name: __________________',
                 'Date of birth (YYYY-MM-DD): ____-__-__   Sex: ☐ F ☐ M ☐ X',
                 'Health card #: ____-___-___-__',
                 'Address: ____________________________   Phone: (___) ___-____',
                 ('h', 'History'),
                 '☐ Asthma   ☐ Diabetes   ☐ Epilepsy   ☐ High blood pressure   ☐ Hearing loss',
                 '☐ Back pain   ☐ Recent surgery   ☐ Other: ______________',
                 'Current medications: ________________________________',
                 'Candidate signature: ____________   Date: ________']
        doc = make_docx('Pre-placement questionnaire', paras, author='Clinic')
        subj = 'Blank form - pre-placement questionnaire'
        body = ('%s\n\nAs requested, here is the blank pre-placement questionnaire for your '
                'candidates. They should bring it completed in a sealed envelope - the employer '
                'must not read it.\n\n%s\n%s') % (greet(lang, rng, 'Derek'), thanks(lang, rng),
                                                 sig('raman', lang, rng))
        fn = 'preplacement_questionnaire_BLANK.docx'
        to = [partner_addr('norcan')]
        who = 'raman'
    setup(m, rng, staff_addr(who), to, subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'blank pre-employment questionnaire'


# ------------------------------------------------------------------ N32 mail-merge template
def merge_template(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        subj = 'Gabarit - lettre de résultat audiométrique'
        tpl = ('Bonjour {{prenom_travailleur}} {{nom_travailleur}},\n\nVotre audiogramme du '
               '{{date_test}} montre : {{resultat}}.\nDate de naissance au dossier : {{ddn}}\n'
               'NAM : {{nam}}\n\nSi un contrôle est requis, nous communiquerons avec vous au '
               '{{telephone}}.\n\n{{signature_audiologiste}}')
        body = ('Nadia,\n\nVoici le gabarit corrigé pour le publipostage des lettres de '
                'résultats. Les champs entre accolades sont remplis par le DMÉ; ne pas modifier '
                'les noms de champs.\n\n----- GABARIT -----\n%s\n----- FIN -----\n\n%s') % (
            tpl, sig('mitchell', lang, rng, short=True))
        to = [staff_addr('haddad')]
    else:
        subj = 'Template - hearing test result letter'
        tpl = ('Dear {{worker_first_name}} {{worker_last_name}},\n\nYour hearing test on '
               '{{test_date}} shows: {{result}}.\nDate of birth on file: {{dob}}\nHealth card: '
               '{{health_card}}\n\nIf a retest is needed we will call you at {{phone}}.\n\n'
               '{{audiologist_signature}}')
        body = ('Priya,\n\nHere is the corrected mail-merge template for result letters. Fields '
                'in braces are filled by the EMR; please don\'t rename them.\n\n----- TEMPLATE '
                '-----\n%s\n----- END -----\n\n%s') % (tpl, sig('mitchell', lang, rng, short=True))
        to = [staff_addr('raman')]
    setup(m, rng, staff_addr('mitchell'), to, subject=subj)
    m.text = body
    m.note = 'mail-merge letter template with placeholders'


# ------------------------------------------------------------------ N33 employer availability (no names)
def availability(ctx, m, rng):
    lang = m.lang
    d = exam_day(m, rng, (-9, -3))
    slots = sorted(rng.sample(['8:00', '8:30', '9:00', '9:30', '10:00', '10:30', '13:00',
                               '13:30', '14:00', '14:30'], rng.randint(4, 7)),
                   key=lambda s: int(s.split(':')[0]) * 60 + int(s.split(':')[1]))
    if lang == 'fr':
        emp = rng.choice(['boreal', 'translaur', 'mine'])
        subj = 'Disponibilités - examens pré-embauche'
        body = ('%s\n\nPour votre vague d\'embauche, nous avons %d plages le %s : %s.\n\nMerci de '
                'réserver par le portail employeur; les candidats doivent apporter une pièce '
                'd\'identité avec photo et être à jeun depuis 8 h pour la glycémie.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), len(slots), fmt_day(d, lang),
            ', '.join(s.replace(':', ' h ') for s in slots), thanks(lang, rng),
            sig('arsenault', lang, rng))
        who = 'arsenault'
    else:
        emp = rng.choice(['norcan', 'rideau'])
        subj = 'Availability - pre-placement medicals'
        body = ('%s\n\nFor your hiring drive we have %d slots on %s: %s.\n\nPlease book through '
                'the employer portal; candidates need photo ID and should fast for 8 hours.\n\n'
                '%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), len(slots),
                             fmt_day(d, lang), ', '.join(slots), thanks(lang, rng),
                             sig('raman', lang, rng))
        who = 'raman'
    setup(m, rng, staff_addr(who), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'appointment availability for an employer, no workers named'


# ------------------------------------------------------------------ N34 service agreement
def service_agreement(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['ville', 'bouleaux', 'mine']) if lang == 'fr' else rng.choice(['kanata',
                                                                                    'rideau'])
    if lang == 'fr':
        paras = ['Entente de services en santé au travail', 'Entre : %s et %s' % (
            CLINIC_FR, PARTNERS[emp][0]), ('h', 'Services'),
            'Examens pré-embauche, surveillance audiométrique et respiratoire, dépistage '
            'drogues et alcool, gestion médicale des dossiers de lésions professionnelles.',
            ('h', 'Confidentialité'), 'L\'employeur reçoit uniquement les conclusions '
            'd\'aptitude et les limitations fonctionnelles, jamais les diagnostics.',
            ('h', 'Tarifs'), 'Selon l\'annexe A, indexés au 1er janvier.',
            'Signataire pour la clinique : Sylvain Arsenault, coordonnateur']
        doc = make_docx('Entente de services', paras, author='S. Arsenault')
        subj = 'Entente de services %d-%d - pour signature' % (m.date.year, m.date.year + 2)
        body = ('%s\n\nVoici l\'entente de services renouvelée pour signature. Les seuls '
                'changements sont l\'ajout des tests salivaires et l\'indexation de 3 %%.\n\n'
                '%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), thanks(lang, rng),
                             sig('arsenault', lang, rng))
        fn = 'Entente_services_%s.docx' % PARTNERS[emp][0].split()[0]
    else:
        paras = ['Occupational health services agreement', 'Between: %s and %s' % (
            CLINIC_EN, PARTNERS[emp][0]), ('h', 'Services'),
            'Pre-placement medicals, hearing and respiratory surveillance, drug and alcohol '
            'testing, medical management of compensation claims.', ('h', 'Confidentiality'),
            'The employer receives only fitness outcomes and functional limitations, never '
            'diagnoses.', ('h', 'Fees'), 'Per Schedule A, indexed every January 1.',
            'Signing for the clinic: Priya Raman, clinic coordinator']
        doc = make_docx('Services agreement', paras, author='P. Raman')
        subj = 'Services agreement %d-%d - for signature' % (m.date.year, m.date.year + 2)
        body = ('%s\n\nAttached is the renewed services agreement for signature. Only changes: '
                'oral fluid testing added and 3%% indexation.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), thanks(lang, rng),
            sig('raman', lang, rng))
        fn = 'Services_agreement_%s.docx' % PARTNERS[emp][0].split()[0]
    setup(m, rng, staff_addr('arsenault' if lang == 'fr' else 'raman'), [partner_addr(emp)],
          subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'services agreement for signature'


# ------------------------------------------------------------------ N35 courier / specimen pickup schedule
def courier(ctx, m, rng):
    lang = m.lang
    trk = [luhn_serial(rng, 12) for _ in range(rng.randint(2, 4))]
    if lang == 'fr':
        subj = 'Ramassage des échantillons - horaire et bordereaux'
        body = ('Bonjour,\n\nÀ partir de lundi, le messager de Toxi-Nord passera à 11 h 30 et 16 h '
                '(au lieu de 15 h). Bordereaux de la semaine dernière (boîtes scellées, sans '
                'nom) :\n%s\n\nLes formulaires de chaîne de possession restent dans la boîte, '
                'copie 3 au classeur.\n\n%s') % ('\n'.join('- %s' % t for t in trk),
                                                  sig('deslauriers', lang, rng))
    else:
        subj = 'Specimen pickup - schedule and waybills'
        body = ('Hello,\n\nStarting Monday the Toxi-Nord courier comes at 11:30 and 4 pm (instead '
                'of 3). Last week\'s waybills (sealed boxes, no names):\n%s\n\nChain-of-custody '
                'forms stay in the box, copy 3 in the binder.\n\n%s') % (
            '\n'.join('- %s' % t for t in trk), sig('raman', lang, rng))
    setup(m, rng, staff_addr('deslauriers' if lang == 'fr' else 'raman'),
          [('Réception' if lang == 'fr' else 'Front desk', 'reception@%s' % DOM)], subject=subj)
    m.text = body
    m.note = 'specimen courier schedule with waybill numbers'


# ------------------------------------------------------------------ N36 vendor demo / promo
def vendor_promo(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        subj = 'Démonstration - nouvel audiomètre automatisé'
        inner = ('<p>Bonjour Mme Mitchell,</p>\n<p>Suite à notre échange au congrès, je vous '
                 'propose une démonstration de l\'audiomètre automatisé AudioCal Pro (jusqu\'à 4 '
                 'travailleurs simultanément, idéal pour les campagnes en usine).</p>\n<p>Prix '
                 'promotionnel : 12 900 $ avec calibration la première année. Numéro de devis : '
                 'Q-%s.</p>\n<p>Marc Lessieur<br>Représentant, AudioCal Services<br>1 800 '
                 '555-0177</p>') % luhn_serial(rng, 8)
    else:
        subj = 'Demo - new automated audiometer'
        inner = ('<p>Hello Ms. Mitchell,</p>\n<p>Following our chat at the conference, I would '
                 'like to offer a demo of the AudioCal Pro automated audiometer (up to 4 workers at '
                 'once, ideal for plant campaigns).</p>\n<p>Promo price: $12,900 including '
                 'first-year calibration. Quote #: Q-%s.</p>\n<p>Mark Lessieur<br>Account '
                 'representative, AudioCal Services<br>1 800 555-0177</p>') % luhn_serial(rng, 8)
    m.html = wrap_html(inner, lang)
    setup(m, rng, ('Marc Lessieur', 'mlessieur@audiocal.example'), [staff_addr('mitchell')],
          subject=subj)
    m.note = 'vendor demo offer'


# ------------------------------------------------------------------ N37 billing codes / fee schedule
def fee_schedule(ctx, m, rng):
    lang = m.lang
    rows = [['Code', 'Service', 'Tarif %d' % m.date.year if lang == 'fr' else
             'Fee %d' % m.date.year]]
    for (name, price), code in zip(SERVICES_FR if lang == 'fr' else SERVICES_EN,
                                   range(101, 109)):
        rows.append(['ST%d' % code, name, money(price * 1.03, lang)])
    csv = make_csv(rows, sep=';' if lang == 'fr' else ',')
    if lang == 'fr':
        subj = 'Grille tarifaire %d' % m.date.year
        body = ('Bonjour,\n\nVoici la grille tarifaire indexée (+3 %%) en vigueur le 1er janvier. '
                'Merci de mettre à jour les codes dans le logiciel de facturation.\n\n%s') % sig(
            'duchesne', lang, rng)
        fn = 'grille_tarifaire_%d.csv' % m.date.year
    else:
        subj = 'Fee schedule %d' % m.date.year
        body = ('Hello,\n\nHere is the indexed fee schedule (+3%%) effective January 1. Please '
                'update the codes in the billing software.\n\n%s') % sig('duchesne', lang, rng)
        fn = 'fee_schedule_%d.csv' % m.date.year
    setup(m, rng, staff_addr('duchesne'), [staff_addr('haddad' if lang == 'fr' else 'raman')],
          subject=subj)
    m.text = body
    m.attach(fn, 'text/csv', csv)
    m.note = 'fee schedule with service codes'


# ------------------------------------------------------------------ N38 mobile clinic logistics (ICS, no workers)
def mobile_clinic_ics(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['metstm', 'mine', 'boreal']) if lang == 'fr' else rng.choice(['kanata',
                                                                                   'norcan'])
    d = exam_day(m, rng, (-20, -8))
    start = datetime.datetime(d.year, d.month, d.day, 6, 45)
    end = datetime.datetime(d.year, d.month, d.day, 15, 30)
    if lang == 'fr':
        summ = 'Clinique mobile - audiométrie %s' % PARTNERS[emp][0]
        desc = ('Unité mobile no 2 (plaque FXK 2231). Équipe : L. Mitchell, I. Deslauriers. '
                'Prévoir rallonge 30 A et accès au quai 4. Environ 40 travailleurs.')
        subj = 'Invitation : %s' % summ
        body = 'Invitation pour la journée de clinique mobile.\n\n%s' % sig('haddad', lang, rng,
                                                                             short=True)
    else:
        summ = 'Mobile clinic - hearing tests %s' % PARTNERS[emp][0]
        desc = ('Mobile unit 2 (plate BKRT 447). Team: L. Mitchell, I. Deslauriers. Need 30 A '
                'extension and dock 4 access. About 40 workers.')
        subj = 'Invitation: %s' % summ
        body = 'Calendar invite for the mobile clinic day.\n\n%s' % sig('raman', lang, rng,
                                                                        short=True)
    ics = make_ics('%s@%s' % (m.key.replace('/', '-'), DOM), start, end, summ, PARTNERS[emp][0],
                   desc, staff_addr('haddad' if lang == 'fr' else 'raman'),
                   [staff_addr('mitchell'), staff_addr('deslauriers')])
    setup(m, rng, staff_addr('haddad' if lang == 'fr' else 'raman'),
          [staff_addr('mitchell'), staff_addr('deslauriers')], subject=subj)
    m.text = body
    m.attach('invite.ics', 'text/calendar; method=REQUEST', ics, charset='utf-8')
    m.note = 'calendar invite for a mobile clinic day'


# ------------------------------------------------------------------ N39 archive of blank forms (ZIP)
def forms_zip(ctx, m, rng):
    lang = m.lang
    if lang == 'fr':
        names = [('Consentement_depistage_VIERGE.docx', 'Consentement au dépistage',
                  ['Je soussigné(e) ______________ consens au prélèvement...',
                   'Date : ________  Signature : ________']),
                 ('Assignation_temporaire_VIERGE.docx', 'Assignation temporaire',
                  ['Nom du travailleur : ____________', 'Tâches proposées : ____________',
                   'Le médecin est d\'avis que : ☐ oui ☐ non'])]
        subj = 'Formulaires vierges (archive)'
        body = ('%s\n\nComme demandé, l\'archive contient nos formulaires vierges les plus '
                'utilisés. Vous pouvez les imprimer au besoin.\n\n%s\n%s') % (
            greet(lang, rng), thanks(lang, rng), sig('arsenault', lang, rng))
        fn = 'formulaires_vierges.zip'
        emp = rng.choice(['ville', 'boreal', 'translaur'])
    else:
        names = [('Consent_testing_BLANK.docx', 'Consent to testing',
                  ['I, ______________, consent to the collection...',
                   'Date: ________  Signature: ________']),
                 ('Modified_work_offer_BLANK.docx', 'Modified work offer',
                  ['Worker name: ____________', 'Proposed duties: ____________',
                   'Physician agrees: ☐ yes ☐ no'])]
        subj = 'Blank forms (zip)'
        body = ('%s\n\nAs requested, the zip has our most-used blank forms. Print as needed.\n\n'
                '%s\n%s') % (greet(lang, rng), thanks(lang, rng), sig('raman', lang, rng))
        fn = 'blank_forms.zip'
        emp = rng.choice(['norcan', 'kanata'])
    members = [(fnm, make_docx(title, paras, author='Clinique')) for fnm, title, paras in names]
    setup(m, rng, staff_addr('arsenault' if lang == 'fr' else 'raman'), [partner_addr(emp)],
          subject=subj)
    m.text = body
    m.attach(fn, 'application/zip', make_zip(members))
    m.note = 'zip of blank forms'


# ------------------------------------------------------------------ N40 forwarded vendor notice as .eml
def fwd_notice_eml(ctx, m, rng):
    from gen_mime import Mail, build_bytes
    from gen_common import msg_date
    lang = m.lang
    inner = Mail(m.key + '/inner', lang, 'inner', '')
    d = msg_date(rng)
    m.date = d + datetime.timedelta(days=1, hours=3)
    inner.frm = ('Toxi-Nord', 'info@toxinord.example')
    inner.to = [staff_addr('dufresne')]
    inner.date = d
    if lang == 'fr':
        inner.subject = 'Changement des seuils de confirmation - oxycodone'
        inner.text = ('Madame, Monsieur,\n\nÀ compter du 1er du mois prochain, le seuil de '
                      'confirmation de l\'oxycodone passera de 100 à 50 ng/mL, conformément aux '
                      'lignes directrices révisées. Aucun changement pour les autres analytes.\n\n'
                      'Laboratoire Toxi-Nord\n')
        body = ('Pour info à toute l\'équipe de prélèvement : changement de seuil (message '
                'joint).\n\n%s') % sig('dufresne', lang, rng, short=True)
        subj = 'TR: ' + inner.subject
    else:
        inner.subject = 'Confirmation cut-off change - oxycodone'
        inner.text = ('Dear client,\n\nEffective the 1st of next month, the oxycodone '
                      'confirmation cut-off will change from 100 to 50 ng/mL in line with the '
                      'revised guidelines. No change for other analytes.\n\nToxi-Nord '
                      'Laboratory\n')
        body = ('FYI for the collection team: cut-off change (message attached).\n\n%s') % sig(
            'dufresne', lang, rng, short=True)
        subj = 'Fwd: ' + inner.subject
    inner.form = 'plain'
    raw = build_bytes(inner, rng, eol='\n')
    setup(m, rng, staff_addr('dufresne'), [('Prélèvements' if lang == 'fr' else 'Collections',
                                            'prelevements@%s' % DOM)], subject=subj)
    m.text = body
    m.attach('notice.eml', 'message/rfc822', raw)
    m.note = 'forwarded laboratory notice attached as a message'
