"""Negative templates, part A: study administration, sponsor, REB, pseudonymised data.

No identifiable participant appears: only staff, physicians, subject codes,
aggregate figures and serial / lot / invoice numbers.
"""
import datetime

import gen_files as F
from gen_common import (AE_TERMS, LABS, SITES, STUDIES, closing, dear, dfr, den, dlang, signature, title_of)
from gen_tpl import earlier, generic, quoted, re_, spec, who
from stdnum import luhn

NON_CLIN = ('Quenneville', 'Beausoleil', 'St-Pierre', 'Girouard', 'Corriveau', 'Ruelle')


def _L(lang, pair):
    return pair[0] if lang == 'fr' else pair[1]


def neg(cat, lang, note, frm, to, subject, blocks, **kw):
    return spec(cat, lang, [], note, frm, to, subject, blocks, **kw)


def luhn_serial(g, n):
    body = str(g.randint(1, 9)) + ''.join(str(g.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------
def n_amendment(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES)
    pm = g.staff_named('Goldberg')
    site = st['site']
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    ver = '%d.0' % g.randint(3, 6)
    ch_fr = ["Critère d'inclusion 3 : HbA1c entre 7,0 % et 10,5 % (auparavant 7,5 %–10,0 %)",
             "Critère d'exclusion 8 : DFGe < 30 mL/min/1,73 m² (auparavant < 45)",
             "Ajout d'une IRM de sécurité à la semaine 14 pour la détection d'ARIA-E",
             "Fenêtre de visite élargie à ± 5 jours pour V4 à V8",
             "Nouvelle section 8.3 : gestion de l'hypoglycémie et seuils d'interruption",
             "Contraception hautement efficace jusqu'à 90 jours après la dernière dose",
             "Suppression du prélèvement PK à 6 h"]
    ch_en = ["Inclusion 3: HbA1c 7.0%-10.5% (was 7.5%-10.0%)", "Exclusion 8: eGFR < 30 mL/min/1.73m2 (was < 45)",
             "Safety MRI added at week 14 for ARIA-E detection", "Visit window widened to +/- 5 days for V4-V8",
             "New section 8.3: hypoglycaemia management and stopping rules",
             "Highly effective contraception until 90 days after last dose", "6 h PK sample removed"]
    ch = g.sample(range(len(ch_fr)), g.randint(3, 5))
    if lang == 'fr':
        body = [g.pick(['Bonjour à tous,', 'Chers collègues,', 'Bonjour,']),
                "L'amendement %s au protocole %s (version %s du %s) a été approuvé par Santé Canada. Principaux changements :"
                % (ver[0], st['code'], ver, dfr(g.past(d, 10, 40), 0)), ('list', [ch_fr[i] for i in ch]),
                "La mise en œuvre au site est conditionnelle à l'approbation de votre CÉR. Le formulaire de consentement v%s suivra." % ver,
                closing(g, lang), ('sig', signature(g, pm, lang))]
        subj = 'Amendement %s - protocole %s v%s' % (ver[0], st['code'], ver)
    else:
        body = ['Dear investigators and coordinators,', "Protocol amendment %s for %s (version %s dated %s) has been approved. Key changes:"
                % (ver[0], st['code'], ver, den(g.past(d, 10, 40), 0)), ('list', [ch_en[i] for i in ch]),
                'Site implementation requires local REB approval. The updated ICF will follow.', closing(g, lang), ('sig', signature(g, pm, lang))]
        subj = '%s - Protocol Amendment %s (v%s)' % (st['code'], ver[0], ver)
    atts = []
    if g.chance(0.5):
        atts.append({'filename': '%s_Summary_of_Changes_v%s.pdf' % (st['code'], ver), 'ctype': 'application/pdf',
                     'data': F.make_pdf('Summary of changes - %s v%s' % (st['code'], ver),
                                        [('table', ['Section', 'Change' if lang == 'en' else 'Modification'],
                                          [[str(4 + i), (ch_en if lang == 'en' else ch_fr)[i]] for i in ch])])})
    return neg('amendement_protocole', lang, 'protocol amendment summary with eligibility thresholds, no participant',
               who(g, pm, lang), [who(g, coord, lang)], subj, body, date=d, attachments=atts)


def n_reb_agenda(g, lang):
    d = g.msg_date()
    sec = g.staff_named('Corriveau')
    day = g.future(d, 5, 15)
    items = []
    for st in g.sample(STUDIES, 4):
        pi = g.staff_named(st['pi'])
        items.append('%d-%04d — %s (%s) — %s' % (g.pick([2023, 2024, 2025]), g.randint(100, 2999), st['code'], title_of(pi, 'fr'),
                                                g.pick(['modification : amendement au protocole', 'renouvellement annuel', 'rapport de déviations (3)',
                                                        'nouveau projet — évaluation complète', 'brochure de l\'investigateur v12'])))
    if lang == 'fr':
        body = ['Bonjour aux membres du CÉR,', "Voici l'ordre du jour de la séance plénière du %s (%s, salle A-1120 et Teams) :" % (dfr(day, 0), '13 h 30'),
                ('list', ['1. Adoption du procès-verbal du %s' % dfr(g.past(d, 20, 35), 0)] + ['%d. %s' % (i + 2, x) for i, x in enumerate(items)]
                 + ['%d. Varia' % (len(items) + 2)]),
                "Les documents sont déposés dans Nagano (dossier « Séance %s »). Merci de confirmer votre présence pour le quorum." % dfr(day, 1),
                closing(g, lang), ('sig', signature(g, sec, lang))]
        subj = 'Ordre du jour - séance du CÉR du %s' % dfr(day, 0)
    else:
        body = ['Dear REB members,', 'Agenda for the full board meeting on %s (1:30 pm, room A-1120 / Teams):' % den(day, 0),
                ('list', ['1. Minutes of %s' % den(g.past(d, 20, 35), 0)] + ['%d. %s' % (i + 2, x) for i, x in enumerate(items)]),
                'Please confirm attendance for quorum.', closing(g, lang), ('sig', signature(g, sec, lang))]
        subj = 'REB agenda - %s' % den(day, 0)
    return neg('cer_ordre_du_jour', lang, 'REB meeting agenda listing projects and investigators', who(g, sec, lang),
               [generic('reb', 'membres-cer', 'Membres du CÉR')], subj, body, date=d)


def n_reb_approval(g, lang):
    d = g.msg_date()
    be = g.chance(0.4)
    st = g.study('bxl') if be else g.study('mtl')
    pi = g.staff_named(st['pi'])
    sec = g.staff_named('Ruelle' if be else 'Corriveau')
    proj = ('CTIS %d-%06d-%02d-00' % (2024, g.randint(500000, 520000), g.randint(10, 99))) if be else '%d-%04d' % (g.pick([2023, 2024]), g.randint(100, 2999))
    docs_fr = ['Protocole version %d.0' % g.randint(2, 5), 'Formulaire d\'information et de consentement v%d.%d (FR et EN)' % (g.randint(3, 6), g.randint(0, 2)),
               'Brochure de l\'investigateur édition %d' % g.randint(8, 14), 'Affiche de recrutement v2', 'Journal glycémique du participant v1.1']
    docs_en = ['Protocol version %d.0' % g.randint(2, 5), 'Informed consent form v%d.%d (FR and EN)' % (g.randint(3, 6), g.randint(0, 2)),
               "Investigator's Brochure edition %d" % g.randint(8, 14), 'Recruitment poster v2', 'Participant glucose diary v1.1']
    if lang == 'fr':
        letter = ["Objet : %s — %s" % ('Avis favorable' if be else 'Approbation finale', proj),
                  "%s," % title_of(pi, 'fr'),
                  "Le comité a examiné les documents suivants et émet un avis favorable pour l'étude %s (%s) :" % (st['code'], st['dx_fr']),
                  '\n'.join('• ' + x for x in g.sample(docs_fr, 3)),
                  "Cette approbation est valide jusqu'au %s. Tout événement indésirable grave inattendu doit être rapporté selon la procédure en vigueur." % dfr(g.future(d, 300, 365), 0),
                  "Pour le comité, %s" % title_of(sec, 'fr')]
        body = [dear(g, pi, lang), "Veuillez trouver ci-joint la lettre d'approbation du projet %s." % proj, closing(g, lang, be), ('sig', signature(g, sec, lang))]
        subj = 'Lettre d\'approbation - %s' % proj
    else:
        letter = ["Re: %s - %s" % ('Favourable opinion' if be else 'Final approval', proj), 'Dear %s,' % title_of(pi, 'en'),
                  'The committee reviewed the following documents for %s (%s):' % (st['code'], st['dx_en']),
                  '\n'.join('* ' + x for x in g.sample(docs_en, 3)),
                  'This approval is valid until %s.' % den(g.future(d, 300, 365), 0), 'For the committee, %s' % title_of(sec, 'en')]
        body = [dear(g, pi, lang), 'Please find attached the approval letter for %s.' % proj, closing(g, lang), ('sig', signature(g, sec, lang))]
        subj = 'Approval letter - %s' % proj
    site = 'ceb' if be else 'reb'
    pdf = F.make_pdf(SITES[site]['name_' + lang], letter, footer=SITES[site]['addr'].replace('\n', ' - '))
    return neg('cer_approbation', lang, 'ethics approval letter PDF for a study (documents and versions)', who(g, sec, lang),
               [who(g, pi, lang)], subj, body, date=d, region='be' if be else 'qc',
               attachments=[{'filename': ('Approbation_%s.pdf' if lang == 'fr' else 'Approval_%s.pdf') % proj.replace(' ', '_'),
                             'ctype': 'application/pdf', 'data': pdf}])


def n_invoice(g, lang):
    d = g.msg_date()
    be = g.chance(0.35)
    st = g.study('bxl') if be else g.study('mtl')
    fin = g.staff_named('St-Pierre') if not be else g.staff_named('Lambrechts')
    spon = g.staff_named('Verhaegen')
    inv = ('CRC-%d-%04d' if not be else 'UEC/%d/%04d') % (d.year, g.randint(10, 999))
    rows = []
    total = 0
    for _ in range(g.randint(5, 12)):
        amt = g.pick([450, 620, 850, 1150, 275, 1900])
        total += amt
        rows.append([g.subject_code(g.pick([101, 203])), g.pick(['V1 sélection', 'V2 randomisation', 'V4', 'V6', 'Visite non planifiée', 'IRM S14'])
                     if lang == 'fr' else g.pick(['V1 Screening', 'V2 Randomisation', 'V4', 'V6', 'Unscheduled', 'MRI W14']),
                     dfr(g.past(d, 10, 90), 1), '%d,00' % amt if lang == 'fr' else '%d.00' % amt])
    if be:
        tax = [['TVA 21 %' if lang == 'fr' else 'VAT 21%', '', '', '%.2f' % (total * 0.21)]]
        idline = 'TVA BE 0%d.%03d.%03d' % (g.randint(200, 899), g.randint(0, 999), g.randint(0, 999))
    else:
        tax = [['TPS 5 %', '', '', '%.2f' % (total * 0.05)], ['TVQ 9,975 %', '', '', '%.2f' % (total * 0.09975)]]
        idline = 'TPS %09d RT0001 / TVQ %010d TQ0001' % (g.randint(100000000, 999999999), g.randint(1000000000, 9999999999))
    hdr = ['Sujet', 'Visite', 'Date', 'Montant ($)' if not be else 'Montant (EUR)'] if lang == 'fr' else ['Subject', 'Visit', 'Date', 'Amount']
    allrows = rows + [['Sous-total' if lang == 'fr' else 'Subtotal', '', '', str(total)]] + tax
    if g.chance(0.5):
        att = {'filename': 'Facture_%s.pdf' % inv.replace('/', '-'), 'ctype': 'application/pdf',
               'data': F.make_pdf(('Facture %s' if lang == 'fr' else 'Invoice %s') % inv,
                                  [('kv', [('Étude / Study', st['code']), ('Promoteur / Sponsor', SITES['spon']['name_' + lang]),
                                           ('Période' if lang == 'fr' else 'Period', '%s - %s' % (dfr(g.past(d, 90, 95), 1), dfr(d.date(), 1)))]),
                                   ('table', hdr, allrows), idline, 'Paiement net 45 jours / Net 45 days'],
                                  header=SITES['bxl' if be else 'mtl']['name_' + lang])}
    else:
        att = {'filename': 'Invoice_%s.xlsx' % inv.replace('/', '-'), 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               'data': F.make_xlsx([('Facture' if lang == 'fr' else 'Invoice', [hdr] + allrows), ('Info', [['No', inv], ['Taxes', idline]])])}
    if lang == 'fr':
        body = [dear(g, spon, lang), "Vous trouverez ci-jointe la facture %s pour les visites complétées du trimestre (%s)." % (inv, st['code']),
                "Merci d'indiquer le numéro de facture sur le virement.", closing(g, lang, be), ('sig', signature(g, fin, lang))]
        subj = 'Facture %s - %s' % (inv, st['code'])
    else:
        body = [dear(g, spon, lang), 'Please find attached invoice %s for visits completed this quarter (%s).' % (inv, st['code']),
                'Kindly quote the invoice number on the payment.', closing(g, lang), ('sig', signature(g, fin, lang))]
        subj = 'Invoice %s - %s' % (inv, st['code'])
    return neg('facture_promoteur', lang, 'sponsor invoice listing subject codes, visits and amounts', who(g, fin, lang),
               [who(g, spon, lang)], subj, body, date=d, attachments=[att], region='be' if be else 'qc')


def n_purchase_order(g, lang):
    d = g.msg_date()
    a = g.staff(g.pick(['mtl', 'lie']), exclude=('Marchand', 'Ferland', 'Laroche', 'Delcourt'))
    po = 'PO-%d' % g.randint(40000, 49999)
    items = g.sample([('Centrifugeuse réfrigérée 5430R', 'Refrigerated centrifuge 5430R', 1, 9850.0),
                      ('Tubes EDTA 4 mL (boîte de 100)', 'EDTA tubes 4 mL (box of 100)', 20, 38.5),
                      ('Cryotubes 2 mL, lot 24B0312', 'Cryovials 2 mL, lot 24B0312', 10, 112.0),
                      ('Électrocardiographe MAC 2000, S/N %s' % luhn_serial(g, 10), 'ECG recorder MAC 2000, S/N %s' % luhn_serial(g, 10), 1, 6200.0),
                      ('Glucomètres (trousse d\'étude)', 'Glucometers (study kit)', 25, 29.99),
                      ('Enregistreurs de température USB', 'USB temperature loggers', 6, 74.0)], 3)
    rows = [[x[0] if lang == 'fr' else x[1], x[2], '%.2f' % x[3], '%.2f' % (x[2] * x[3])] for x in items]
    hdr = ['Article', 'Qté', 'Prix unitaire', 'Total'] if lang == 'fr' else ['Item', 'Qty', 'Unit price', 'Total']
    vendor = g.pick([('Fisher Labo Québec', 'commandes@fisherlabo.example'), ('MedEquip Benelux', 'orders@medequip-benelux.example')])
    if lang == 'fr':
        body = ['Bonjour,', "Veuillez traiter le bon de commande %s, imputé au fonds de recherche %s :" % (po, g.pick(['R-2231', 'FRQS-0456', 'DIAB-NOVA'])),
                ('table', hdr, rows), "Livraison : %s" % SITES[a['site']]['addr'].replace('\n', ', '), closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Bon de commande %s' % po
    else:
        body = ['Hello,', 'Please process purchase order %s (grant %s):' % (po, g.pick(['R-2231', 'CIHR-0456'])), ('table', hdr, rows),
                'Ship to: %s' % SITES[a['site']]['addr'].replace('\n', ', '), closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Purchase order %s' % po
    return neg('bon_commande', lang, 'purchase order for lab equipment with lot and serial numbers', who(g, a, lang), [vendor], subj, body,
               date=d, region='be' if a['site'] == 'lie' else 'qc')


def n_ip_excursion(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'lie', 'bxl'])
    ph = g.staff_named('Chartrand' if site == 'mtl' else 'Charlier')
    pm = g.staff_named(g.pick(['Goldberg', 'Ostrowski']))
    st = g.study('mtl' if site == 'mtl' else 'bxl')
    k0 = g.randint(100000, 100900)
    logger = luhn_serial(g, 10)
    ship = 'SH-%d-%05d' % (d.year, g.randint(100, 99999))
    temp = '%d,%d' % (g.randint(8, 11), g.randint(0, 9))
    dur = g.randint(25, 180)
    if lang == 'fr':
        body = [dear(g, pm, lang), "Excursion de température à la réception de l'envoi %s (%s) :" % (ship, st['code']),
                ('list', ['Enregistreur no de série %s : maximum %s °C pendant %d minutes' % (logger, temp, dur),
                          'Trousses %d à %d (lot %s, péremption %s) mises en quarantaine à 2–8 °C' % (k0, k0 + g.randint(8, 24), 'L%s' % luhn_serial(g, 7), dfr(g.future(d, 200, 400), 1)),
                          'Rapport de l\'enregistreur téléversé dans l\'IWRS']),
                "Merci de nous confirmer si les trousses peuvent être utilisées; deux dispensations sont prévues jeudi.", closing(g, lang, site != 'mtl'),
                ('sig', signature(g, ph, lang))]
        subj = 'Excursion de température - envoi %s' % ship
    else:
        body = [dear(g, pm, lang), 'Temperature excursion on receipt of shipment %s (%s):' % (ship, st['code']),
                ('list', ['Logger S/N %s: max %s C for %d minutes' % (logger, temp.replace(',', '.'), dur),
                          'Kits %d-%d (lot %s, expiry %s) quarantined at 2-8 C' % (k0, k0 + g.randint(8, 24), 'L%s' % luhn_serial(g, 7), den(g.future(d, 200, 400), 1)),
                          'Logger report uploaded to IWRS']),
                'Please confirm usability; two dispensations are planned on Thursday.', closing(g, lang), ('sig', signature(g, ph, lang))]
        subj = 'Temperature excursion - shipment %s' % ship
    return neg('excursion_temperature', lang, 'IP shipment temperature excursion with logger serial, kit and lot numbers',
               who(g, ph, lang), [who(g, pm, lang)], subj, body, date=d, region='qc' if site == 'mtl' else 'be')


def n_pseudo_sae(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'gat', 'lie'])
    be = SITES[site]['country'] == 'be'
    st = g.study(site)
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    safety = g.staff_named('Raman')
    code = g.subject_code()
    age = g.randint(34, 82) if st['code'] != 'NEPHRO-KID' else g.randint(5, 14)
    sex_fr, sex_en = g.pick([('homme', 'male'), ('femme', 'female')])
    ae = g.pick([AE_TERMS[i] for i in (0, 10, 11, 14)]) if st['code'] == 'NEPHRO-KID' else g.pick(AE_TERMS)
    onset = g.past(d, 2, 10)
    if lang == 'fr':
        body = [dear(g, safety, lang), "Mise à jour de l'EIG du sujet %s (%s) :" % (code, st['code']),
                "%s de %d ans, hospitalisé(e) le %s pour %s. %s Le produit à l'étude a été interrompu temporairement. "
                "Relation jugée %s par l'investigateur." % (sex_fr.capitalize(), age, dfr(onset, 0), ae[0], g.pick(["Prise en charge selon les soins usuels, évolution favorable.",
                                                                                                                  "Stable, congé prévu dans 48 h.", "Transfert en réadaptation."]),
                                                                                                                  g.pick(['possible', 'peu probable', 'non reliée'])),
                "Aucune information d'identification n'est incluse; les documents sources caviardés suivront.", closing(g, lang, be), ('sig', signature(g, coord, lang))]
        subj = 'Suivi EIG - sujet %s - %s' % (code, st['code'])
    else:
        body = [dear(g, safety, lang), 'SAE follow-up for subject %s (%s):' % (code, st['code']),
                '%d-year-old %s admitted on %s with %s. %s Study drug temporarily interrupted. Investigator causality: %s.'
                % (age, sex_en, den(onset, 0), ae[1], g.pick(['Managed per standard of care, improving.', 'Stable, discharge expected in 48 h.', 'Transferred to rehab.']),
                   g.pick(['possibly related', 'unlikely related', 'not related'])),
                'Redacted source documents will follow.', closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = 'SAE follow-up - Subject %s - %s' % (code, st['code'])
    atts = []
    if g.chance(0.4):
        atts.append({'filename': 'SAE_%s_FU1_redacted.pdf' % code, 'ctype': 'application/pdf',
                     'data': F.make_pdf('SAE follow-up #1 (redacted)', [('kv', [('Subject', code), ('Age', str(age)), ('Sex', sex_en),
                                                                              ('Event', ae[1]), ('Outcome', 'Recovering')]),
                                                                       'Name: [REDACTED]   MRN: [REDACTED]'])})
    return neg('eig_pseudonymise', lang, 'pseudonymised SAE narrative (subject code, age, sex) without identity', who(g, coord, lang),
               [who(g, safety, lang)], subj, body, date=d, attachments=atts, region='be' if be else 'qc')


def n_edc_queries(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'gat'])
    st = g.study(site)
    dm = g.staff_named(g.pick(['Rochon', 'Vermeulen', 'Marchetti']))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    rows = []
    for _ in range(g.randint(4, 9)):
        lab = g.pick(LABS)
        rows.append([g.subject_code(), g.pick(['V2', 'V3', 'V5', 'V7']), g.pick(['LB', 'AE', 'CM', 'VS']),
                     g.pick(['%s signalé comme cliniquement significatif : EI à saisir?' % lab[0], 'Date de fin de l\'EI antérieure à la date de début',
                             'Médicament concomitant sans indication', 'TA systolique 210 : erreur de saisie?']) if lang == 'fr'
                     else g.pick(['%s flagged CS: please enter AE?' % lab[1], 'AE end date before start date', 'Con-med missing indication',
                                  'SBP 210: data entry error?']),
                     g.randint(3, 40)])
    hdr = ['Sujet', 'Visite', 'Formulaire', 'Requête', 'Jours ouverts'] if lang == 'fr' else ['Subject', 'Visit', 'Form', 'Query', 'Days open']
    body = [dear(g, coord, lang), ("Voici les requêtes ouvertes dans l'EDC pour %s, à fermer avant le gel de la base du %s :" % (st['code'], dfr(g.future(d, 10, 30), 0)))
            if lang == 'fr' else ('Open EDC queries for %s, to be closed before the database lock on %s:' % (st['code'], den(g.future(d, 10, 30), 0))),
            ('table', hdr, rows), closing(g, lang), ('sig', signature(g, dm, lang))]
    subj = ('Requêtes ouvertes %s' if lang == 'fr' else 'Open queries %s') % st['code']
    return neg('requetes_edc', lang, 'open EDC queries by subject code with lab values', who(g, dm, lang), [who(g, coord, lang)], subj,
               body, date=d, region='be' if site == 'bxl' else 'qc')


def n_dsmb(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES)
    pm = g.staff_named(g.pick(['Goldberg', 'Raman']))
    rows = []
    for ae in g.sample(AE_TERMS, 5):
        a, b = g.randint(0, 14), g.randint(0, 14)
        rows.append([_L(lang, ae), a, b, a + b])
    hdr = ['Terme', 'Bras A (n=%d)' % g.randint(120, 200), 'Bras B (n=%d)' % g.randint(120, 200), 'Total'] if lang == 'fr' else \
        ['Preferred term', 'Arm A (n=%d)' % g.randint(120, 200), 'Arm B (n=%d)' % g.randint(120, 200), 'Total']
    if lang == 'fr':
        body = ['Bonjour,', "Le comité indépendant de surveillance des données (DSMB) s'est réuni le %s et recommande la poursuite de l'étude %s sans modification."
                % (dfr(g.past(d, 3, 15), 0), st['code']), "Résumé des EIG (données agrégées, ouvertes) :", ('table', hdr, rows),
                'Prochaine revue prévue après %d participants randomisés.' % g.pick([300, 450, 600]), closing(g, lang), ('sig', signature(g, pm, lang))]
        subj = 'Recommandation du DSMB - %s' % st['code']
    else:
        body = ['Dear investigators,', 'The DSMB met on %s and recommends that %s continue without modification.' % (den(g.past(d, 3, 15), 0), st['code']),
                'Summary of SAEs (aggregate, open session):', ('table', hdr, rows),
                'Next review after %d randomised participants.' % g.pick([300, 450, 600]), closing(g, lang), ('sig', signature(g, pm, lang))]
        subj = '%s - DSMB recommendation letter' % st['code']
    return neg('dsmb_agrege', lang, 'DSMB recommendation with aggregate SAE counts by arm', who(g, pm, lang),
               [('Investigateurs %s' % st['code'] if lang == 'fr' else '%s investigators' % st['code'], 'investigators-%s@novalence.example' % st['code'].lower())],
               subj, body, date=d)


def n_recruit_stats(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES)
    a = g.staff_named(g.pick(['Goldberg', 'Ostrowski', 'Bissonnette', 'Lambrechts']))
    sites = ['101 Montréal', '104 Gatineau', '203 Bruxelles', '207 Liège', '311 Toronto', '402 Lyon']
    rows = []
    for s in g.sample(sites, 4):
        sc = g.randint(8, 60)
        ra = g.randint(2, sc)
        rows.append([s, sc, sc - ra, ra, '%d %%' % int(100 * ra / sc)])
    hdr = ['Site', 'Présélectionnés', 'Échecs', 'Randomisés', 'Taux'] if lang == 'fr' else ['Site', 'Screened', 'Screen fails', 'Randomised', 'Rate']
    reasons = [('HbA1c hors plage', 'HbA1c out of range', g.randint(5, 20)), ('DFGe < 30', 'eGFR < 30', g.randint(2, 10)),
               ('Retrait du consentement', 'Consent withdrawn', g.randint(1, 6)), ('ALT > 3 × LSN', 'ALT > 3 x ULN', g.randint(1, 5))]
    body = [('Bonjour,' if lang == 'fr' else 'Hi all,'),
            ("Statistiques de recrutement au %s pour %s :" % (dfr(d.date(), 0), st['code'])) if lang == 'fr' else ('Recruitment figures as of %s for %s:' % (den(d.date(), 0), st['code'])),
            ('table', hdr, rows),
            ("Principales raisons d'échec : " if lang == 'fr' else 'Top screen-fail reasons: ') + '; '.join('%s (%d)' % (_L(lang, r[:2]), r[2]) for r in reasons),
            closing(g, lang), ('sig', signature(g, a, lang))]
    atts = []
    if g.chance(0.4):
        atts.append({'filename': 'Recrutement_%s_%s.xlsx' % (st['code'], d.strftime('%Y%m%d')),
                     'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': F.make_xlsx([('Sites', [hdr] + rows)])})
    return neg('statistiques_recrutement', lang, 'aggregate recruitment figures and screen-fail reasons by site', who(g, a, lang),
               [generic('mtl', 'equipe-recherche', 'Équipe de recherche')], ('Recrutement %s - semaine %d' % (st['code'], d.isocalendar()[1]))
               if lang == 'fr' else ('%s enrolment update - week %d' % (st['code'], d.isocalendar()[1])), body, date=d, attachments=atts)


def n_monitoring_confirm(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'lie', 'gat'])
    st = g.study(site)
    cra = g.staff_named(g.pick(['Marchetti', 'Ostrowski']))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    day = g.future(d, 7, 21)
    subs = sorted(g.subject_code() for _ in range(g.randint(3, 6)))
    if lang == 'fr':
        body = [dear(g, coord, lang), "Je confirme la visite de monitorage du %s de 9 h à 16 h pour %s." % (dfr(day, 0), st['code']),
                "Sujets à revoir (vérification des données sources) : %s." % ', '.join(subs),
                ('list', ['Classeur de l\'investigateur (ISF) et registre de délégation', 'Registre de comptabilité du produit à l\'étude',
                          'Accès en lecture au dossier électronique', 'Journal des températures du réfrigérateur']),
                "Merci de réserver un local avec accès réseau.", closing(g, lang, site in ('bxl', 'lie')), ('sig', signature(g, cra, lang))]
        subj = 'Confirmation - visite de monitorage %s' % dfr(day, 2)
    else:
        body = [dear(g, coord, lang), 'This confirms the monitoring visit on %s, 9:00-16:00, for %s.' % (den(day, 0), st['code']),
                'Subjects for SDV: %s.' % ', '.join(subs),
                ('list', ['ISF and delegation log', 'IP accountability log', 'Read-only EMR access', 'Fridge temperature logs']),
                'Please book a room with network access.', closing(g, lang), ('sig', signature(g, cra, lang))]
        subj = 'Monitoring visit confirmation - %s' % den(day, 3)
    return neg('confirmation_monitorage', lang, 'monitoring visit confirmation listing subject codes only', who(g, cra, lang),
               [who(g, coord, lang)], subj, body, date=d, region='be' if site in ('bxl', 'lie') else 'qc')


def n_anon_dataset(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES[:4])
    dm = g.staff_named(g.pick(['Rochon', 'Vermeulen']))
    to = g.staff_named(g.pick(['Goldberg', 'Marchand', 'Okoye']))
    hdr = ['code', 'tranche_age', 'sexe', 'bras', 'hba1c_base', 'hba1c_s26', 'nb_ei'] if lang == 'fr' else \
        ['code', 'age_band', 'sex', 'arm', 'hba1c_bl', 'hba1c_w26', 'n_ae']
    rows = [['P%04d' % g.randint(1, 9999), g.pick(['40-49', '50-59', '60-69', '70-79']), g.pick(['F', 'M']), g.pick(['A', 'B']),
             '%.1f' % (g.randint(70, 105) / 10), '%.1f' % (g.randint(58, 95) / 10), g.randint(0, 6)] for _ in range(g.randint(20, 60))]
    csvb = F.make_csv([hdr] + rows, delim=g.pick([',', ';']))
    atts = [{'filename': 'jeu_anonymise_%s.csv' % st['code'].lower() if lang == 'fr' else 'anonymised_%s.csv' % st['code'].lower(),
             'ctype': 'text/csv', 'data': csvb, 'charset': 'utf-8'}]
    if g.chance(0.3):
        atts = [{'filename': atts[0]['filename'].replace('.csv', '.zip'), 'ctype': 'application/zip',
                 'data': F.make_zip([(atts[0]['filename'], csvb), ('dictionnaire.txt' if lang == 'fr' else 'codebook.txt',
                                     b'code: random code, no link key kept\nage_band: 10-year bands\n')])}]
    body = [dear(g, to, lang), ("Voici le jeu de données anonymisé (codes aléatoires, âges en tranches, aucune clé conservée) pour l'analyse exploratoire."
                                if lang == 'fr' else 'Here is the anonymised dataset (random codes, age bands, no key retained) for the exploratory analysis.'),
            closing(g, lang), ('sig', signature(g, dm, lang))]
    return neg('jeu_donnees_anonymise', lang, 'anonymised dataset CSV with random codes and age bands', who(g, dm, lang), [who(g, to, lang)],
               ('Jeu de données anonymisé %s' if lang == 'fr' else 'Anonymised dataset %s') % st['code'], body, date=d, attachments=atts)


def n_budget(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES)
    fin = g.staff_named(g.pick(['St-Pierre', 'Girouard']))
    spon = g.staff_named('Verhaegen')
    rows = [['Frais de démarrage' if lang == 'fr' else 'Start-up fee', '12 000'], ['V1 sélection' if lang == 'fr' else 'V1 screening', '850'],
            ['V2 randomisation' if lang == 'fr' else 'V2 randomisation', '1 150'], ['V3–V10 (par visite)' if lang == 'fr' else 'V3-V10 (per visit)', '620'],
            ['Échec de sélection' if lang == 'fr' else 'Screen failure', '300'], ['Frais pharmacie (annuel)' if lang == 'fr' else 'Pharmacy fee (annual)', '3 500'],
            ['Frais généraux' if lang == 'fr' else 'Overhead', '30 %']]
    quote_in = [dear(g, fin, lang), ("Voici notre contre-proposition budgétaire pour %s." if lang == 'fr' else 'Please see our counter-proposal for the %s budget.') % st['code'],
                ('table', ['Poste' if lang == 'fr' else 'Item', 'CAD'], rows), ('sig', signature(g, spon, lang))]
    top = [dear(g, spon, lang), g.pick(["Merci. Nous acceptons, sauf les frais d'échec de sélection que nous maintenons à 450 $.",
                                        "Nous avons besoin de 750 $ pour la V1 en raison de l'ECG et de l'IRM."]) if lang == 'fr'
           else g.pick(["Thanks. Acceptable except screen failure, which we need at $450.", "We need $750 for V1 given the ECG and MRI."]),
           closing(g, lang), ('sig', signature(g, fin, lang))]
    subj = ('Budget %s - contre-proposition' if lang == 'fr' else '%s budget - counter-proposal') % st['code']
    blocks = top + [quoted(g, lang, who(g, spon, lang), '%s %s' % (fin['given'], fin['surname']), earlier(d, g=g), subj, quote_in)]
    return neg('budget_contrat', lang, 'clinical trial budget negotiation (per-visit fees)', who(g, fin, lang), [who(g, spon, lang)],
               re_(lang, subj, g), blocks, date=d)


def n_inspection(g, lang):
    d = g.msg_date()
    be = g.chance(0.5)
    st = g.study('bxl') if be else g.study('mtl')
    qa = g.staff_named('Lambrechts' if be else 'Girouard')
    pi = g.staff_named(st['pi'])
    day = g.future(d, 15, 40)
    agency = 'AFMPS' if be else 'Santé Canada'
    if lang == 'fr':
        body = [dear(g, pi, lang), "%s nous a notifié une inspection BPC de l'étude %s du %s au %s." % (agency, st['code'], dfr(day, 0), dfr(day + datetime.timedelta(days=2), 0)),
                "À préparer :", ('list', ['Registre de délégation et CV signés', 'Certificats BPC de toute l\'équipe', 'Versions approuvées du protocole et du formulaire de consentement',
                                           'Registres de température et d\'étalonnage', 'Procédures opératoires normalisées en vigueur']),
                "Une réunion préparatoire aura lieu le %s à 10 h." % dfr(g.future(d, 3, 8), 0), closing(g, lang, be), ('sig', signature(g, qa, lang))]
        subj = 'Inspection %s - %s' % (agency, st['code'])
    else:
        agency = 'FAMHP' if be else 'Health Canada'
        body = [dear(g, pi, lang), '%s has notified us of a GCP inspection of %s on %s.' % (agency, st['code'], den(day, 0)), 'Please prepare:',
                ('list', ['Delegation log and signed CVs', 'GCP certificates', 'Approved protocol and ICF versions', 'Temperature and calibration logs']),
                'Prep meeting on %s at 10 am.' % den(g.future(d, 3, 8), 0), closing(g, lang), ('sig', signature(g, qa, lang))]
        subj = '%s inspection - %s' % (agency, st['code'])
    return neg('inspection', lang, 'regulatory inspection notice and document checklist', who(g, qa, lang), [who(g, pi, lang)], subj, body,
               date=d, region='be' if be else 'qc')


NEG_A = [
    (n_amendment, 3, 3),
    (n_reb_agenda, 4, 1),
    (n_reb_approval, 3, 2),
    (n_invoice, 3, 3),
    (n_purchase_order, 2, 2),
    (n_ip_excursion, 2, 3),
    (n_pseudo_sae, 4, 3),
    (n_edc_queries, 3, 3),
    (n_dsmb, 1, 3),
    (n_recruit_stats, 3, 2),
    (n_monitoring_confirm, 2, 3),
    (n_anon_dataset, 2, 2),
    (n_budget, 2, 2),
    (n_inspection, 1, 2),
]
