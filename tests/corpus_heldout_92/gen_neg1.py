"""Negative templates, part 1: shortage and recall notices, invoices / purchase orders,
staff schedules, staff leave and occupational health, job postings."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_data as D
import gen_mime as M
from gen_base import join


def _org(c):
    return c.pharmacy() if c.chance(0.5) else c.hospital()


def _lot(c):
    return '%s%05d%s' % (c.choice(['AB', 'K', 'LT', 'R', 'HX', '']), c.rng.randrange(100000), c.choice(['', 'A', 'B', 'C']))


def _luhn_serial(c, n=10, fmt=None):
    s = C.luhn_complete(c.rng, str(c.rng.randrange(1, 10)), n)
    if fmt == 'sin':
        return '%s %s %s' % (s[:3], s[3:6], s[6:])
    if fmt == 'ohip':
        return '%s-%s-%s' % (s[:4], s[4:7], s[7:])
    return s


# ------------------------------------------------------------------ shortage notice
def shortage_notice(c):
    c.set_region()
    sup = c.choice(D.SUPPLIERS)
    org = _org(c)
    me = c.pharmacist(hosp='mrn_len' in org)
    ds = c.rng.sample(D.DRUGS, c.rng.randrange(2, 6))
    rows = []
    for d in ds:
        rows.append('- %s %s (DIN %s) : %s' % (d[1] if c.fr else d[0], D.strength(d, c.lang, c.rng), D.din(c.rng),
                                               c.L(c.choice(['rupture jusqu\'au %s', 'approvisionnement limité jusqu\'au %s',
                                                             'allocation 50 %% jusqu\'au %s']),
                                                   c.choice(['back-order until %s', 'limited supply until %s',
                                                             '50%% allocation until %s'])) %
                                               C.fmt_date(c.days(c.rng.randrange(20, 120)), c.lang, 0)))
    alt = c.L("Alternatives suggérées : voir le tableau de substitution thérapeutique de l'établissement. "
              "Les prescripteurs de patients atteints de diabète ou de FA pourraient être sollicités pour des "
              "changements de teneur.",
              "Suggested alternatives: see the therapeutic substitution table. Prescribers of patients with "
              "diabetes or AF may be contacted for strength changes.")
    kind = c.choice(['internal', 'supplier', 'fwd'])
    intro = c.L('Avis de rupture d\'approvisionnement — mise à jour du %s' % C.fmt_date(c.today, 'fr', 0),
                'Drug shortage update - %s' % C.fmt_date(c.today, 'en', 0))
    body = join(intro, '\n'.join(rows), alt)
    atts = []
    subj = c.L('Ruptures d\'approvisionnement – semaine %d', 'Drug shortages - week %d') % c.today.isocalendar()[1]
    if kind == 'supplier':
        text = join(c.greet(), body, c.L('Service à la clientèle', 'Customer Service') + '\n' + sup['name'] +
                    '\n' + C.phone(c.rng, '800'), c.disclaimer() if c.chance(0.5) else '')
        return c.spec('shortage_notice', subj, text, (sup['name'], 'avis@' + sup['domain']),
                      [(org['name'], c.generic_addr('achats' if c.fr else 'purchasing', org['domain']))],
                      note='supplier shortage notice')
    if kind == 'fwd':
        inner = M.build_message({'lang': c.lang, 'from_': (sup['name'], 'avis@' + sup['domain']),
                                 'to': [(org['name'], c.generic_addr('achats', org['domain']))], 'subject': subj,
                                 'text': join(c.greet(), body, sup['name']), 'date': c.earlier(5, 60),
                                 'msgid': '<%08x@%s>' % (c.rng.getrandbits(32), sup['domain']), 'attachments': [],
                                 'headers': [], 'mode': 'plain'}, c.rng, 'n%d' % c.idx)
        atts.append({'kind': 'rfc822', 'data': inner, 'filename': None})
        text = join(c.greet(), c.L('Pour information — avis du fournisseur ci-joint. Aucune action requise de '
                                   'la part des prescripteurs pour l\'instant.',
                                   'FYI - supplier notice attached. No action needed from prescribers for now.'),
                    me['full'])
        subj = c.L('TR: ', 'FW: ') + subj
    else:
        text = join(c.greet(), body, c.close(), c.signature(me, org))
    dept = c.L('Département de pharmacie', 'Pharmacy Department')
    return c.spec('shortage_notice', subj, text, (me['full'], c.addr_of(me, org['domain'])),
                  [(c.L('Tous les prescripteurs', 'All prescribers'), c.generic_addr('prescripteurs', org['domain'])),
                   (dept, c.generic_addr('pharmacie', org['domain']))], attachments=atts,
                  note='drug shortage notice (%s)' % kind)


# ------------------------------------------------------------------ recall notice
def recall_notice(c):
    c.set_region()
    sup = c.choice(D.SUPPLIERS)
    org = _org(c)
    d = c.choice(D.DRUGS)
    lots = [_lot(c) for _ in range(c.rng.randrange(1, 5))]
    level = c.choice(['II', 'III'])
    reason = c.L(c.choice(['présence d\'une impureté nitrosamine au-delà de la limite acceptable',
                           'étiquetage erroné de la teneur sur la boîte', 'résultats de dissolution hors spécification',
                           'particules visibles dans certaines fioles']),
                 c.choice(['nitrosamine impurity above the acceptable intake', 'wrong strength printed on the carton',
                           'out-of-specification dissolution results', 'visible particles in some vials']))
    body = c.L(
        "RAPPEL VOLONTAIRE – type %s (niveau détaillant)\n\nProduit : %s %s, DIN %s\nLots : %s\nDate "
        "d'expiration : %s\nMotif : %s.\n\nVeuillez retirer les unités de ces lots de votre inventaire et les "
        "retourner avec le formulaire ci-joint. Aucun risque pour la santé n'a été signalé à ce jour."
        % (level, d[1], D.strength(d, 'fr', c.rng), D.din(c.rng), ', '.join(lots), C.fmt_date(c.days(400), 'fr', 1), reason),
        "VOLUNTARY RECALL - Type %s (retail level)\n\nProduct: %s %s, DIN %s\nLots: %s\nExpiry: %s\nReason: %s."
        "\n\nPlease quarantine affected stock and return it with the attached form. No adverse health events "
        "have been reported to date." % (level, d[0], D.strength(d, 'en', c.rng), D.din(c.rng), ', '.join(lots),
                                          C.fmt_date(c.days(400), 'en', 1), reason))
    atts = []
    if c.chance(0.6):
        table = [[c.L('Lot', 'Lot'), c.L('Qté en stock', 'Qty on hand'), c.L('Qté retournée', 'Qty returned')]] + \
                [[l, '', ''] for l in lots]
        atts.append({'filename': c.L('formulaire_retour_%s.pdf', 'return_form_%s.pdf') % lots[0], 'ctype': 'application/pdf',
                     'data': A.make_pdf(c.L('Formulaire de retour – rappel', 'Recall return form'),
                                        [sup['name'], c.L('Pharmacie : ________________', 'Pharmacy: ________________'),
                                         c.L('Numéro de compte : ', 'Account no.: ') + _luhn_serial(c, 9, 'sin')],
                                        compress=c.chance(0.5), table=table)})
    text = join(c.greet(), body, c.L('Affaires réglementaires', 'Regulatory Affairs') + '\n' + sup['name'])
    subj = c.L('Avis de rappel – %s – lot(s) %s', 'Recall notice - %s - lot(s) %s') % (d[1] if c.fr else d[0], ', '.join(lots))
    if c.chance(0.35):
        inner = M.build_message({'lang': c.lang, 'from_': (sup['name'], 'rappels@' + sup['domain']),
                                 'to': [(org['name'], c.generic_addr('pharmacie', org['domain']))], 'subject': subj,
                                 'text': text, 'date': c.earlier(3, 30), 'attachments': atts, 'headers': [],
                                 'msgid': '<%08x@%s>' % (c.rng.getrandbits(32), sup['domain']), 'mode': None},
                                c.rng, 'r%d' % c.idx)
        me = c.pharmacist('mrn_len' in org)
        text = join(c.greet(), c.L('Vérifiez l\'inventaire SVP (avis ci-joint). Merci.', 'Please check stock (notice attached). Thanks.'),
                    me['full'])
        return c.spec('recall_notice', c.L('TR: ', 'FW: ') + subj, text, (me['full'], c.addr_of(me, org['domain'])),
                      [(c.L('Techniciens', 'Technicians'), c.generic_addr('techniciens', org['domain']))],
                      attachments=[{'kind': 'rfc822', 'data': inner, 'filename': 'avis_rappel.eml' if c.fr else 'recall.eml'}],
                      note='manufacturer recall forwarded as attached message')
    return c.spec('recall_notice', subj, text, (sup['name'], 'rappels@' + sup['domain']),
                  [(org['name'], c.generic_addr('pharmacie', org['domain']))], attachments=atts,
                  note='manufacturer recall with lot numbers')


# ------------------------------------------------------------------ invoices and purchase orders
def invoice(c):
    c.set_region()
    kind = c.choice(['compounding', 'blister_service', 'supplier', 'po'])
    ph = c.pharmacy()
    h = c.hospital()
    buyer_name = c.choice([c.L('CHSLD des Quatre-Vents', 'Maple Grove Long-Term Care'),
                           c.L('Résidence Les Jardins du Lac', 'Riverside Retirement Residence'), h['name']])
    num = 'F%d-%05d' % (c.today.year, c.rng.randrange(100000))
    rows = [[c.L('Description', 'Description'), c.L('Qté', 'Qty'), c.L('Prix unitaire', 'Unit price'), c.L('Montant', 'Amount')]]
    total = 0.0
    if kind == 'compounding':
        items = [(c.L('Préparation stérile – seringues morphine 1 mg/mL (lot interne)', 'Sterile prep - morphine 1 mg/mL syringes (batch)'), 48),
                 (c.L('Suspension oméprazole 2 mg/mL – 100 mL', 'Omeprazole 2 mg/mL suspension - 100 mL'), 12),
                 (c.L('Frais de livraison', 'Delivery'), 4)]
    elif kind == 'blister_service':
        items = [(c.L('Préparation de piluliers hebdomadaires – %d résidents', 'Weekly blister packaging - %d residents') % c.rng.randrange(20, 90), 4),
                 (c.L('Révision trimestrielle de la médication (forfait)', 'Quarterly medication review (flat fee)'), 1),
                 (c.L('Chariot de médicaments – location', 'Med cart rental'), 1)]
    else:
        items = [('%s %s x%d (DIN %s)' % (d[1] if c.fr else d[0], D.strength(d, c.lang, c.rng), c.choice([100, 500]), D.din(c.rng)),
                  c.rng.randrange(1, 20)) for d in c.rng.sample(D.DRUGS, c.rng.randrange(3, 7))]
    for desc, q in items:
        pu = c.rng.randrange(500, 25000) / 100
        rows.append([desc, str(q), '%.2f' % pu, '%.2f' % (pu * q)])
        total += pu * q
    tps = total * 0.05
    tvq = total * 0.09975 if c.region == 'QC' else 0
    hst = total * 0.13 if c.region == 'ON' else 0
    taxes = [c.L('Sous-total : %.2f $', 'Subtotal: $%.2f') % total]
    if c.region == 'QC':
        taxes += ['TPS (%s RT0001) : %.2f $' % (_luhn_serial(c, 9), tps), 'TVQ (%s TQ0001) : %.2f $' % (_luhn_serial(c, 10), tvq)]
        grand = total + tps + tvq
    else:
        taxes += ['HST (%s RT0001): $%.2f' % (_luhn_serial(c, 9), hst)]
        grand = total + hst
    taxes.append(c.L('TOTAL : %.2f $', 'TOTAL: $%.2f') % grand)
    if kind in ('supplier', 'po'):
        sup = c.choice(D.SUPPLIERS)
        seller, seller_dom, buyer, buyer_dom = sup['name'], sup['domain'], ph['name'], ph['domain']
    else:
        seller, seller_dom, buyer, buyer_dom = ph['name'], ph['domain'], buyer_name, 'compta-' + h['domain']
    title = c.L('Bon de commande' if kind == 'po' else 'Facture', 'Purchase order' if kind == 'po' else 'Invoice') + ' ' + num
    lines = [seller, c.L('Facturé à : ', 'Bill to: ') + buyer, c.L('Date : ', 'Date: ') + c.today.isoformat(),
             c.L('Conditions : net 30 jours', 'Terms: net 30')]
    fmt = c.choice(['pdf', 'pdf', 'xlsx'])
    if fmt == 'pdf':
        att = {'filename': '%s.pdf' % num, 'ctype': 'application/pdf',
               'data': A.make_pdf(title, lines, compress=c.chance(0.5), table=rows + [[''] * 3 + [t] for t in taxes])}
    else:
        att = {'filename': '%s.xlsx' % num, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               'data': A.make_xlsx([(c.L('Facture', 'Invoice'), [[x] for x in lines] + [[]] + rows + [[t] for t in taxes])])}
    acct = c.staff()
    text = join(c.greet(), c.L('Veuillez trouver ci-joint %s %s, payable d\'ici le %s.' % (
        c.L('le bon de commande' if kind == 'po' else 'la facture', ''), num, C.fmt_date(c.days(30), 'fr', 0)),
        'Please find attached %s %s, due %s.' % ('purchase order' if kind == 'po' else 'invoice', num,
                                                 C.fmt_date(c.days(30), 'en', 0))),
        c.L('Pour toute question : comptes recevables, poste 2210.', 'Questions: accounts receivable, ext. 2210.'),
        c.close(), acct['full'] + '\n' + c.L('Comptabilité', 'Accounting') + '\n' + seller)
    subj = c.choice([title, c.L('%s – %s', '%s - %s') % (title, buyer), c.L('Facturation mensuelle', 'Monthly billing')])
    return c.spec('invoice', subj, text, (acct['full'], c.addr_of(acct, seller_dom)),
                  [(c.L('Comptes payables', 'Accounts payable'), c.generic_addr('ap', buyer_dom))], attachments=[att],
                  note='pharmacy invoice / purchase order (%s)' % kind)


# ------------------------------------------------------------------ staff schedule
def hr_schedule(c):
    c.set_region()
    org = _org(c)
    hosp = 'mrn_len' in org
    chief = c.pharmacist(hosp)
    staffers = [c.staff() for _ in range(c.rng.randrange(6, 12))]
    start = c.today - _dt.timedelta(days=c.today.weekday()) + _dt.timedelta(days=7)
    days = [start + _dt.timedelta(days=i) for i in range(7)]
    hdr = [c.L('Employé', 'Employee'), c.L('No employé', 'Emp. no.')] + [C.fmt_day(d, c.lang)[:3] + ' ' + str(d.day) for d in days]
    rows = [hdr]
    shifts = ['J', 'S', 'N', '-', 'J', 'J', '-'] if c.fr else ['D', 'E', 'N', 'off', 'D', 'D', 'off']
    for s in staffers:
        rows.append([s['full'], '%06d' % c.rng.randrange(10 ** 6)] + [c.choice(shifts) for _ in days])
    kind = c.choice(['xlsx', 'csv', 'inline', 'html'])
    intro = c.L("Voici l'horaire de la semaine du %s. Rappel : les échanges de quart doivent être approuvés par "
                "le chef de service. Garde de fin de semaine : %s (pager 555-0142)." % (C.fmt_date(start, 'fr', 0), staffers[0]['full']),
                "Schedule for the week of %s below. Reminder: shift swaps need manager approval. Weekend on-call: "
                "%s (pager 555-0142)." % (C.fmt_date(start, 'en', 0), staffers[0]['full']))
    atts, html, mode = [], None, None
    if kind == 'xlsx':
        atts.append({'filename': c.L('horaire_pharmacie_%s.xlsx', 'pharmacy_schedule_%s.xlsx') % start.isoformat(),
                     'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': A.make_xlsx([(c.L('Horaire', 'Schedule'), rows)], author=chief['full'])})
        text = join(c.greet(), intro, c.close(), chief['full'] + '\n' + chief['title'])
    elif kind == 'csv':
        atts.append({'filename': 'horaire.csv' if c.fr else 'schedule.csv', 'ctype': 'text/csv', 'text': A.make_csv(rows)})
        text = join(c.greet(), intro, chief['full'])
    elif kind == 'html':
        import html as H
        trs = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % H.escape(x) for x in r) for r in rows)
        html = '<html><body><p>%s</p><table border="1">%s</table><p>%s</p></body></html>' % (H.escape(intro), trs, H.escape(chief['full']))
        text = join(intro, '\n'.join('\t'.join(r) for r in rows), chief['full'])
        mode = 'alt'
    else:
        text = join(c.greet(), intro, '\n'.join('  '.join(r) for r in rows), chief['full'])
        mode = 'plain'
    subj = c.L('Horaire pharmacie – semaine du %s', 'Pharmacy schedule - week of %s') % C.fmt_date(start, c.lang, 1)
    return c.spec('hr_schedule', subj, text, (chief['full'], c.addr_of(chief, org['domain'])),
                  [(c.L('Équipe pharmacie', 'Pharmacy team'), c.generic_addr('equipe-pharmacie', org['domain']))],
                  attachments=atts, html=html, mode=mode, note='staff schedule')


# ------------------------------------------------------------------ staff leave / occupational health
def staff_health(c):
    c.set_region()
    org = _org(c)
    mgr = c.pharmacist('mrn_len' in org)
    emp = c.staff()
    hr = c.staff()
    f = emp['sex'] == 'F'
    kind = c.choice(['injury', 'flu', 'return', 'fit'])
    if kind == 'injury':
        body = c.L("%s (%s) est en arrêt de travail depuis le %s à la suite d'une entorse lombaire survenue en "
                   "soulevant une caisse de solutés. Retour progressif prévu le %s, tâches légères (pas de "
                   "manipulation de charges > 10 kg). Le formulaire de la CNESST a été transmis à la santé et "
                   "sécurité au travail." % (emp['full'], c.g(emp, 'ATP', 'ATP'), C.fmt_date(c.days(-9), 'fr', 0),
                                              C.fmt_date(c.days(12), 'fr', 0)),
                   "%s (pharmacy technician) has been off work since %s after a lumbar strain lifting a case of IV "
                   "fluids. Graduated return planned for %s, light duties (no lifting > 10 kg). The WSIB Form 7 "
                   "was sent to Occupational Health." % (emp['full'], C.fmt_date(c.days(-9), 'en', 0),
                                                         C.fmt_date(c.days(12), 'en', 0)))
        subj = c.L('Absence – %s', 'Absence - %s') % emp['full']
    elif kind == 'flu':
        body = c.L("Clinique de vaccination antigrippale pour le personnel : les %s et %s, salle 2B, de 7 h à 16 h. "
                   "Taux de vaccination actuel du département : %d %%. Les employés ayant une allergie aux œufs "
                   "ou un antécédent de Guillain-Barré doivent consulter la santé au travail."
                   % (C.fmt_day(c.days(5), 'fr'), C.fmt_day(c.days(6), 'fr'), c.rng.randrange(40, 80)),
                   "Staff flu shot clinic: %s and %s, room 2B, 7 am - 4 pm. Current department coverage: %d%%. "
                   "Staff with egg allergy or a history of Guillain-Barré should see Occupational Health first."
                   % (C.fmt_day(c.days(5), 'en'), C.fmt_day(c.days(6), 'en'), c.rng.randrange(40, 80)))
        subj = c.L('Vaccination antigrippale du personnel', 'Staff influenza immunization')
    elif kind == 'return':
        body = c.L("Bonne nouvelle : %s revient de son congé parental le %s. %s reprendra ses quarts en "
                   "oncologie. Merci à %s d'avoir assuré le remplacement."
                   % (emp['full'], C.fmt_date(c.days(14), 'fr', 0), 'Elle' if f else 'Il', mgr['full']),
                   "Good news: %s is back from parental leave on %s and will resume oncology shifts. Thanks to %s "
                   "for covering." % (emp['full'], C.fmt_date(c.days(14), 'en', 0), mgr['full']))
        subj = c.L('Retour de congé', 'Return from leave')
    else:
        body = c.L("Les tests d'ajustement des masques N95 (fit test) pour l'équipe de préparation stérile auront lieu "
                   "le %s. %s : votre test est échu depuis mars. Les résultats sont conservés au dossier "
                   "d'employé (santé au travail)." % (C.fmt_date(c.days(8), 'fr', 0), emp['full']),
                   "N95 fit testing for the sterile compounding team is on %s. %s: your test expired in March. "
                   "Results are kept in your employee health file." % (C.fmt_date(c.days(8), 'en', 0), emp['full']))
        subj = c.L('Fit test N95', 'N95 fit testing')
    text = join(c.greet(), body, c.close(), c.signature(mgr, org))
    return c.spec('staff_health', subj, text, (mgr['full'], c.addr_of(mgr, org['domain'])),
                  [(hr['full'], c.addr_of(hr, org['domain']))], cc=[(emp['full'], c.addr_of(emp, org['domain']))]
                  if kind == 'injury' and c.chance(0.5) else None, note='staff leave / occupational health (%s)' % kind)


# ------------------------------------------------------------------ job posting
def job_posting(c):
    c.set_region()
    org = _org(c)
    hosp = 'mrn_len' in org
    hr = c.staff()
    role = c.choice([c.L('Pharmacien(ne) – soins intensifs', 'Pharmacist - Critical Care'),
                     c.L('Assistant(e) technique en pharmacie (ATP)', 'Registered Pharmacy Technician'),
                     c.L('Pharmacien(ne) salarié(e) – temps partiel', 'Part-time Staff Pharmacist'),
                     c.L('Technicien(ne) en préparation stérile', 'Sterile Compounding Technician')])
    body = c.L(
        "AFFICHAGE DE POSTE – %s\n\n%s recherche un(e) %s. Responsabilités : validation d'ordonnances, BCM, suivi "
        "des patients sous anticoagulothérapie, participation à la garde. Exigences : membre en règle de l'OPQ "
        "ou de l'OTIMROEPMQ selon le cas; expérience en oncologie ou en maladies infectieuses un atout.\n\n"
        "Salaire selon l'échelle en vigueur. Faites parvenir votre CV à %s avant le %s. No d'affichage : %s."
        % (role, org['name'], role.lower(), c.generic_addr('carrieres', org['domain']), C.fmt_date(c.days(21), 'fr', 0),
           _luhn_serial(c, 9)),
        "JOB POSTING - %s\n\n%s is hiring a %s. Duties: order verification, BPMH/med rec, anticoagulation follow-up, "
        "on-call rotation. Requirements: registration in good standing with the OCP/OPQ; oncology or infectious "
        "diseases experience an asset.\n\nSalary per collective agreement. Send your CV to %s by %s. Posting "
        "no.: %s." % (role, org['name'], role, c.generic_addr('careers', org['domain']), C.fmt_date(c.days(21), 'en', 0),
                      _luhn_serial(c, 9)))
    mode = c.choice(['html', 'alt', 'plain'])
    atts = []
    if c.chance(0.4):
        atts.append({'filename': c.L('affichage_poste_%s.docx', 'posting_%s.docx') % c.today.strftime('%Y%m%d'),
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(role, body.split('\n\n'), author=hr['full'])})
    if c.chance(0.35):
        atts.append({'filename': '%s %s.vcf' % (hr['given'], hr['surname']), 'ctype': 'text/vcard',
                     'text': A.make_vcard(hr['given'], hr['surname'], org=org['name'],
                                          title=c.L('Conseillère en recrutement', 'Recruitment advisor'),
                                          tel_work=C.phone(c.rng, org.get('area')), email=c.addr_of(hr, org['domain']))})
    text = join(c.greet(), body, hr['full'] + '\n' + c.L('Ressources humaines', 'Human Resources'))
    subj = c.L('Affichage : %s', 'Job posting: %s') % role
    return c.spec('job_posting', subj, text, (hr['full'], c.addr_of(hr, org['domain'])),
                  [(c.L('Tout le personnel', 'All staff'), c.generic_addr('tous', org['domain']))], mode=mode,
                  attachments=atts, note='job posting')


PLAN = [(shortage_notice, 14), (recall_notice, 12), (invoice, 14), (hr_schedule, 12), (staff_health, 8),
        (job_posting, 8)]
