"""Negative templates, part B: newsletters, committees, procurement, IT, facilities, statistics, teaching, forms."""
import datetime as dt

import gen_attach as A
import gen_common as C
import gen_tpl as T
from gen_neg_a import crew
from gen_tpl import S

VENDORS = [('MédiContraste inc.', 'factures@medicontraste.example', '450-555-0131'),
           ('Northline Imaging Supplies', 'ar@northline-imaging.example', '613-555-0177'),
           ('Gammex-Nord Ltée', 'comptes@gammexnord.example', '514-555-0162'),
           ('Boreal Medical Systems', 'service@borealmed.example', '905-555-0119')]


def n_newsletter(ctx):
    fr = ctx.fr
    comms = T.box(ctx, 'comms')
    menon, tran, ir = S('rad_peds'), S('rad_breast'), S('rad_ir')
    g, s, sx = crew(ctx, 1)[0]
    ttl = ('Mme' if sx == 'F' else 'M.') if fr else ('Ms.' if sx == 'F' else 'Mr.')
    poss = 'her' if sx == 'F' else 'his'
    if fr:
        items = ['<h2>Bienvenue au %s</h2><p>Le %s se joint à l\'équipe comme radiologiste pédiatrique. Il s\'intéresse particulièrement aux '
                 'tumeurs cérébrales de l\'enfant et à l\'épilepsie réfractaire.</p>' % (menon.titled('fr'), menon.titled('fr')),
                 '<h2>Dépistage du cancer du sein : 25 ans</h2><p>La %s rappelle que le taux de participation régional atteint %d %% '
                 'et que le taux de rappel est de %.1f %%, sous la cible provinciale.</p>' % (tran.titled('fr'), ctx.rng.randint(58, 71), ctx.rng.randint(45, 75) / 10),
                 '<h2>Bravo !</h2><p>%s %s %s, technologue, a remporté le prix de l\'affiche au congrès de l\'Ordre pour son projet sur la réduction de dose '
                 'en TDM pédiatrique.</p>' % (ttl, g, s),
                 '<h2>Nouveau : embolisation de la prostate</h2><p>Le %s offre maintenant l\'embolisation des artères prostatiques pour l\'hypertrophie '
                 'bénigne de la prostate. Références par le formulaire habituel.</p>' % ir.titled('fr')]
        title = 'L\'Écho de l\'imagerie - %s %d' % (C.MONTHS_FR[ctx.date.month - 1], ctx.date.year)
    else:
        items = ['<h2>Welcome, %s</h2><p>%s joins the team as paediatric radiologist, with a special interest in childhood brain tumours '
                 'and refractory epilepsy.</p>' % (menon.titled('en'), menon.titled('en')),
                 '<h2>Breast screening turns 25</h2><p>%s notes that regional participation reached %d%% and the recall rate is %.1f%%, '
                 'below the provincial target.</p>' % (tran.titled('en'), ctx.rng.randint(58, 71), ctx.rng.randint(45, 75) / 10),
                 '<h2>Congratulations</h2><p>%s %s %s, technologist, won the poster award at the provincial congress for %s work on '
                 'paediatric CT dose reduction.</p>' % (ttl, g, s, poss),
                 '<h2>New: prostate artery embolisation</h2><p>%s now offers prostate artery embolisation for benign prostatic hyperplasia. '
                 'Refer with the usual form.</p>' % ir.titled('en')]
        title = 'Imaging Matters - %s %d' % (C.MONTHS_EN[ctx.date.month - 1], ctx.date.year)
    ctx.rng.shuffle(items)
    html = ('<html>\n<head><meta charset="%CHARSET%"><title>' + title + '</title></head>\n<body style="font-family:Arial">\n'
            '<table width="640" align="center"><tr><td>\n<h1 style="color:#1b4f72">' + title + '</h1>\n' + '\n'.join(items) +
            '\n<hr>\n<p style="font-size:9pt">' + (C.ORG_FR if fr else C.ORG_EN) + ' - ' + C.ORG_ADDR + ' - ' + C.ORG_MAIN_PHONE +
            '<br>' + ctx.t('Pour vous désabonner, écrivez à communications@hrvc.example', 'To unsubscribe, write to communications@hrvc.example') +
            '</p>\n</td></tr></table>\n</body>\n</html>\n')
    return ctx.spec('newsletter', ctx.t('infolettre du service', 'department newsletter'), comms, [T.box(ctx, 'all_dept')], title,
                    html=html, body=ctx.pick(['html', 'alt']))


def n_committee(ctx):
    fr = ctx.fr
    chief, phys = S('chief'), S('physicist')
    d = ctx.day(5, 25)
    items_fr = ['Adoption de l\'ordre du jour et du procès-verbal', 'Dosimétrie du personnel - T%d (aucun dépassement)' % ctx.rng.randint(1, 4),
                'Incidents/accidents du trimestre : %d extravasations, %d erreurs d\'identification corrigées (données agrégées)' % (ctx.rng.randint(2, 9), ctx.rng.randint(0, 4)),
                'Niveaux de référence diagnostiques en TDM pédiatrique', 'Remplacement de l\'appareil de radiographie de la salle 3',
                'Varia : départ à la retraite de M. Robichaud']
    items_en = ['Approval of agenda and minutes', 'Staff dosimetry - Q%d (no exceedance)' % ctx.rng.randint(1, 4),
                'Quarterly incidents: %d extravasations, %d identification errors corrected (aggregate data)' % (ctx.rng.randint(2, 9), ctx.rng.randint(0, 4)),
                'Paediatric CT diagnostic reference levels', 'Replacement of the room 3 X-ray unit', 'Other: retirement of Mr. Robichaud']
    items = items_fr if fr else items_en
    text = ctx.t('%s\n\nComité de radioprotection - convocation\nDate : %s, 12 h à 13 h, salle du conseil (et Teams)\n\nOrdre du jour :\n%s\n\n'
                 'Présidence : %s. Secrétaire : Mme %s.\n\n%s\n',
                 '%s\n\nRadiation Safety Committee - notice of meeting\nDate: %s, 12:00-13:00, boardroom (and Teams)\n\nAgenda:\n%s\n\n'
                 'Chair: %s. Secretary: Ms. %s.\n\n%s\n') % (
        ctx.greet(), ctx.fdate(d, 'long'), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items)), phys.full(), S('quality').full(), ctx.sig(chief))
    atts = []
    if ctx.chance(0.5):
        atts = [A.att(ctx.t('ODJ_comite_radioprotection.docx', 'RSC_agenda.docx'), A.CT_DOCX,
                      data=A.make_docx(ctx.t('Ordre du jour', 'Agenda'), items, ctx.date, author=chief.full()))]
    return ctx.spec('committee_notice', ctx.t('convocation du comité de radioprotection', 'radiation safety committee notice'), T.disp(ctx, chief),
                    [T.box(ctx, 'rads'), T.disp(ctx, phys)], ctx.t('Convocation - Comité de radioprotection', 'Notice - Radiation Safety Committee'),
                    text=text, attachments=atts)


def n_conference(ctx):
    fr = ctx.fr
    teach = S('teach')
    talks = [(S('rad_breast'), ctx.t('Seins denses et cancer du sein : quand ajouter l\'IRM ?', 'Dense breasts and breast cancer: when to add MRI?')),
             (S('rad_ir'), ctx.t('Embolisation des fibromes utérins : 10 ans d\'expérience', 'Uterine fibroid embolisation: 10 years on')),
             (S('rad_neuro'), ctx.t('Sclérose en plaques : nouveaux critères IRM', 'Multiple sclerosis: new MRI criteria')),
             (S('rad_chest'), ctx.t('Nodules pulmonaires et Lung-RADS 2022', 'Lung nodules and Lung-RADS 2022')),
             (S('rad_body'), ctx.t('Carcinome hépatocellulaire : LI-RADS en pratique', 'Hepatocellular carcinoma: LI-RADS in practice'))]
    ctx.rng.shuffle(talks)
    d = ctx.day(20, 60)
    prog = []
    t = dt.datetime(2000, 1, 1, 8, 30)
    for r, topic in talks[:4]:
        prog.append('%s  %s - %s' % (t.strftime('%H:%M'), r.titled(ctx.lang), topic))
        t += dt.timedelta(minutes=45)
    text = ctx.t('%s\n\nJournée scientifique annuelle du Service d\'imagerie\n%s, auditorium Jean-Lesage\n\nProgramme :\n%s\n\n'
                 'Crédits de formation : 6 h (section 1). Inscription gratuite avant le %s.\n\n%s\n',
                 '%s\n\nAnnual Medical Imaging Scientific Day\n%s, Jean-Lesage auditorium\n\nProgramme:\n%s\n\n'
                 'CME credits: 6 h (section 1). Free registration before %s.\n\n%s\n') % (
        ctx.greet(), ctx.fdate(d, 'long'), '\n'.join(prog), ctx.fdate(d - dt.timedelta(days=10), 'long'), ctx.sig(teach))
    atts = []
    if ctx.chance(0.5):
        atts = [A.att(ctx.t('programme_journee_scientifique.pdf', 'scientific_day_programme.pdf'), A.CT_PDF,
                      data=A.make_pdf('Programme', [('h', ctx.t('Journée scientifique', 'Scientific Day')), ('p', '\n'.join(prog))]))]
    return ctx.spec('conference', ctx.t('programme de la journée scientifique', 'scientific day programme'), T.disp(ctx, teach),
                    [T.box(ctx, 'all_dept')], ctx.t('Programme - Journée scientifique %d', 'Programme - Scientific Day %d') % d.year, text=text, attachments=atts)


def n_invoice(ctx):
    fr = ctx.fr
    v = ctx.pick(VENDORS)
    buyer = S('buyer')
    inv = '%d-%05d' % (ctx.date.year, ctx.rng.randint(1000, 99999))
    items = [(ctx.t('Iohexol 350 mg I/mL, 100 mL x 10', 'Iohexol 350 mgI/mL, 100 mL x 10'), 'LOT %s' % C.checksum_serial(ctx.rng, 8), ctx.rng.randint(4, 20), 312.40),
             (ctx.t('Gadobutrol 1 mmol/mL, 7,5 mL x 10', 'Gadobutrol 1 mmol/mL, 7.5 mL x 10'), 'LOT %s' % C.checksum_serial(ctx.rng, 8), ctx.rng.randint(2, 10), 689.00),
             (ctx.t('Seringues d\'injecteur 200 mL', 'Injector syringes 200 mL'), 'LOT %s' % C.checksum_serial(ctx.rng, 9), ctx.rng.randint(50, 300), 4.85),
             (ctx.t('Gel d\'échographie 5 L', 'Ultrasound gel 5 L'), 'LOT %s' % C.checksum_serial(ctx.rng, 7), ctx.rng.randint(6, 24), 18.90)]
    rows = [[ctx.t('Description', 'Description'), ctx.t('Lot', 'Lot'), ctx.t('Qté', 'Qty'), ctx.t('Prix unitaire', 'Unit price'), ctx.t('Total', 'Total')]]
    tot = 0
    for d_, lot, q, pu in items[:ctx.rng.randint(2, 4)]:
        rows.append([d_, lot, q, '%.2f' % pu, '%.2f' % (q * pu)])
        tot += q * pu
    kv = [(ctx.t('Facture no', 'Invoice no.'), inv), (ctx.t('Nom du client', 'Customer name'), C.ORG_FR + ' - ' + C.DEPT_FR),
          (ctx.t('No client', 'Customer no.'), '%06d' % ctx.rng.randint(0, 999999)), (ctx.t('Bon de commande', 'PO'), 'PO-%07d' % ctx.rng.randint(0, 9999999)),
          (ctx.t('Adresse de livraison', 'Ship to'), 'Quai de réception, ' + C.ORG_ADDR), (ctx.t('Téléphone', 'Phone'), C.ORG_MAIN_PHONE),
          (ctx.t('Date d\'échéance', 'Due date'), ctx.fdate(ctx.day(25, 35), 'iso')), ('TPS/TVQ' if fr else 'GST/QST', '%.2f' % (tot * 0.14975)),
          (ctx.t('Total', 'Total'), '%.2f $' % (tot * 1.14975))]
    pdf = A.make_pdf(ctx.t('Facture', 'Invoice'), [('h', v[0]), ('kv', kv), ('table', rows)], author=v[0])
    text = ctx.t('Bonjour,\n\nVeuillez trouver ci-jointe la facture %s. Paiement net 30 jours.\n\nService à la clientèle\n%s\n%s\n',
                 'Hello,\n\nPlease find attached invoice %s. Terms net 30.\n\nCustomer service\n%s\n%s\n') % (inv, v[0], v[2])
    return ctx.spec('invoice', ctx.t('facture de fournisseur', 'vendor invoice'), (v[0], v[1]), [T.disp(ctx, buyer)],
                    ctx.t('Facture %s', 'Invoice %s') % inv, text=text, attachments=[A.att('%s_%s.pdf' % (ctx.t('facture', 'invoice'), inv), A.CT_PDF, data=pdf)])


def n_purchase_order(ctx):
    fr = ctx.fr
    buyer, mgr = S('buyer'), S('manager')
    v = ctx.pick(VENDORS)
    po = 'PO-%07d' % ctx.rng.randint(0, 9999999)
    sn = C.checksum_serial(ctx.rng, 9)
    asset = C.checksum_serial(ctx.rng, 10)
    item = ctx.pick([ctx.t('Antenne tête 20 canaux 1,5 T', '20-channel head coil 1.5 T'), ctx.t('Sonde linéaire 18 MHz', '18 MHz linear probe'),
                     ctx.t('Tablier plombé 0,5 mm Pb (x6)', 'Lead apron 0.5 mm Pb (x6)'), ctx.t('Fantôme de contrôle qualité ACR', 'ACR QA phantom')])
    text = ctx.t('%s\n\nBon de commande %s approuvé :\n\nArticle : %s\nFournisseur : %s\nQuantité : 1\nMontant : %d,00 $ avant taxes\n'
                 'Équipement remplacé : no de série %s, no d\'actif HRVC %s (fin de vie)\nLivraison : quai de réception, à l\'attention de %s\n\n%s\n',
                 '%s\n\nPurchase order %s approved:\n\nItem: %s\nVendor: %s\nQuantity: 1\nAmount: $%d.00 before tax\n'
                 'Replaced equipment: serial no. %s, HRVC asset no. %s (end of life)\nDelivery: receiving dock, attn %s\n\n%s\n') % (
        ctx.greet(), po, item, v[0], ctx.rng.randint(900, 48000), C.group(sn, [3, 3, 3], ' ') if ctx.chance(0.5) else sn,
        C.group(asset, [4, 3, 3], '-') if ctx.chance(0.5) else asset, S('tech_chief').full(), ctx.sig(buyer))
    return ctx.spec('purchase_order', ctx.t('bon de commande approuvé', 'approved purchase order'), T.disp(ctx, buyer), [T.disp(ctx, mgr), (v[0], v[1])],
                    ctx.t('Bon de commande %s', 'Purchase order %s') % po, text=text, body=ctx.pick([None, 'alt']))


def n_inventory(ctx):
    fr = ctx.fr
    tech = S(ctx.pick(['tech_ct', 'tech_chief', 'nurse_ir']))
    rows = [[ctx.t('Produit', 'Product'), ctx.t('DIN / code', 'DIN / code'), ctx.t('Lot', 'Lot'), ctx.t('Expiration', 'Expiry'), ctx.t('Quantité', 'Qty'), ctx.t('Emplacement', 'Location')]]
    prods = ['Omnipaque 350 100 mL', 'Omnipaque 300 50 mL', 'Gadovist 7,5 mL' if fr else 'Gadovist 7.5 mL', 'Dotarem 15 mL', 'Lidocaïne 1 % 20 mL' if fr else 'Lidocaine 1% 20 mL',
             'Fentanyl 50 mcg/mL', 'Midazolam 1 mg/mL', ctx.t('Héparine 1000 U/mL', 'Heparin 1000 U/mL'), 'Optiray 320', ctx.t('Cathéter 5 Fr Cobra', '5 Fr Cobra catheter')]
    for p in prods[:ctx.rng.randint(6, 10)]:
        rows.append([p, '%08d' % ctx.rng.randint(0, 99999999), C.checksum_serial(ctx.rng, ctx.pick([7, 8, 9])),
                     '%d-%02d' % (ctx.date.year + ctx.rng.randint(0, 2), ctx.rng.randint(1, 12)), ctx.rng.randint(0, 60),
                     ctx.pick(['TDM 1', 'TDM 2', 'RI armoire B', 'IRM', 'Pharmacie satellite']) if fr else ctx.pick(['CT 1', 'CT 2', 'IR cabinet B', 'MRI', 'Satellite pharmacy'])])
    att = A.att(ctx.t('inventaire_%s.xlsx', 'inventory_%s.xlsx') % ctx.date.strftime('%Y-%m'), A.CT_XLSX, data=A.make_xlsx([('Inventaire' if fr else 'Inventory', rows)], ctx.date))
    text = ctx.t('%s\n\nInventaire mensuel des produits de contraste et médicaments de la RI. Trois lots expirent avant la fin du mois, voir en rouge.\n\n%s\n',
                 '%s\n\nMonthly inventory of contrast agents and IR drugs. Three lots expire before month end, see red.\n\n%s\n') % (ctx.greet(), ctx.sig(tech))
    return ctx.spec('inventory', ctx.t('inventaire mensuel des produits de contraste', 'monthly contrast inventory'), T.disp(ctx, tech),
                    [T.disp(ctx, S('pharm_hosp')), T.disp(ctx, S('buyer'))], ctx.t('Inventaire contraste %s', 'Contrast inventory %s') % ctx.date.strftime('%Y-%m'),
                    text=text, attachments=[att])


def n_it_outage(ctx):
    fr = ctx.fr
    it = S(ctx.pick(['it_analyst', 'pacs_admin']))
    d = ctx.day(2, 14)
    sysname = ctx.pick(['PACS', 'RIS', 'PACS/RIS', ctx.t('portail de résultats', 'results portal'), 'VNA'])
    text = ctx.t('%s\n\nInterruption planifiée : %s\nQuand : %s, de 01 h 00 à 05 h 00\nImpact : consultation des images et dictée indisponibles. '
                 'Les modalités conservent les études localement ; elles seront envoyées automatiquement au retour.\n'
                 'Procédure dégradée : fiches papier (formulaire IM-114) ; radiologiste de garde joignable au %s.\n'
                 'Billet de changement : CHG%07d\n\n%s\n',
                 '%s\n\nPlanned outage: %s\nWhen: %s, 01:00 to 05:00\nImpact: image viewing and dictation unavailable. '
                 'Modalities keep studies locally and will auto-send afterwards.\n'
                 'Downtime procedure: paper forms (IM-114); radiologist on call at %s.\n'
                 'Change ticket: CHG%07d\n\n%s\n') % (ctx.greet(), sysname, ctx.fday(d), C.ORG_MAIN_PHONE, ctx.rng.randint(0, 9999999), ctx.sig(it))
    return ctx.spec('it_outage', ctx.t('avis d\'interruption planifiée du PACS', 'planned PACS downtime notice'), T.disp(ctx, it),
                    [T.box(ctx, 'all_dept'), T.box(ctx, 'rads')], ctx.t('[Avis TI] Interruption %s - %s', '[IT notice] %s downtime - %s') % (sysname, d.isoformat()),
                    text=text, body=ctx.pick([None, 'html', 'alt']))


def n_qa_phantom(ctx):
    """Weekly MRI/CT QA with a phantom (patient-like fields, no patient)."""
    fr = ctx.fr
    phys = S('physicist')
    snr = ctx.rng.randint(120, 190)
    rows = [[ctx.t('Paramètre', 'Parameter'), ctx.t('Mesure', 'Measured'), ctx.t('Tolérance', 'Tolerance'), ctx.t('Statut', 'Status')],
            ['SNR', str(snr), '> 110', 'OK'], [ctx.t('Uniformité (PIU)', 'Uniformity (PIU)'), '%d %%' % ctx.rng.randint(88, 97), '> 87.5 %', 'OK'],
            [ctx.t('Fréquence centrale', 'Centre frequency'), '63.86%04d MHz' % ctx.rng.randint(0, 9999), '± 1.5 ppm', 'OK'],
            [ctx.t('Exactitude géométrique', 'Geometric accuracy'), '%.1f mm' % (148 + ctx.rng.randint(0, 30) / 10), '148 ± 2 mm', 'OK'],
            ['Ghosting', '%.2f %%' % (ctx.rng.randint(5, 30) / 100), '< 2.5 %', 'OK']]
    csv = A.make_csv([[ctx.t('Nom patient', 'Patient name'), ctx.t('ID patient', 'Patient ID'), ctx.t('Date', 'Date')],
                      ['ACR^PHANTOM', 'QA-%s' % ctx.date.strftime('%Y%m%d'), ctx.date.strftime('%Y-%m-%d')]] + rows)
    text = ctx.t('%s\n\nCQ hebdomadaire de l\'IRM 1,5 T (no de série %s) avec le fantôme ACR : tous les paramètres dans les tolérances. '
                 'Détails en pièce jointe.\n\n%s\n',
                 '%s\n\nWeekly QA on the 1.5 T MRI (serial %s) with the ACR phantom: all parameters within tolerance. Details attached.\n\n%s\n') % (
        ctx.greet(), C.checksum_serial(ctx.rng, 9), ctx.sig(phys))
    return ctx.spec('qa_report', ctx.t('contrôle qualité hebdomadaire avec fantôme', 'weekly QA with phantom'), T.disp(ctx, phys),
                    [T.box(ctx, 'all_tech')], ctx.t('CQ IRM semaine %d', 'MRI QA week %d') % ctx.date.isocalendar()[1], text=text,
                    attachments=[A.att('CQ_IRM_%s.csv' % ctx.date.strftime('%Y%m%d'), 'text/csv', text=csv)])


def n_facilities(ctx):
    fr = ctx.fr
    fac = S('facilities')
    d = ctx.day(3, 20)
    work = ctx.pick([ctx.t('inspection de la conduite d\'évent (quench) de l\'IRM 2', 'inspection of the MRI 2 quench vent pipe'),
                     ctx.t('remplacement du refroidisseur (chiller) du TDM 1', 'replacement of the CT 1 chiller'),
                     ctx.t('travaux de plomberie au-dessus de la salle d\'échographie 3', 'plumbing work above ultrasound room 3'),
                     ctx.t('fermeture de l\'ascenseur B (modernisation)', 'elevator B closure (modernisation)')])
    text = ctx.t('%s\n\nDes travaux sont prévus : %s.\nDate : %s, de 6 h à 14 h.\nEntrepreneur : Réfrigération Vallée inc. (accès zone IV accompagné seulement).\n'
                 'Merci de reporter les examens de cette salle ; le service de réception sera avisé.\n\n%s\n',
                 '%s\n\nScheduled work: %s.\nDate: %s, 06:00 to 14:00.\nContractor: Valley Refrigeration Inc. (Zone IV access escorted only).\n'
                 'Please reschedule exams in that room; reception will be notified.\n\n%s\n') % (ctx.greet(), work, ctx.fday(d), ctx.sig(fac))
    return ctx.spec('facilities', ctx.t('avis de travaux des installations', 'facilities work notice'), T.disp(ctx, fac),
                    [T.disp(ctx, S('chief')), T.disp(ctx, S('tech_chief'))], ctx.t('Travaux - %s', 'Work notice - %s') % ctx.fday(d), text=text)


def n_stats(ctx):
    fr = ctx.fr
    mgr = S(ctx.pick(['manager', 'chief']))
    mods = [('IRM', 'MRI'), ('TDM', 'CT'), ('Échographie', 'Ultrasound'), ('Mammographie', 'Mammography'), ('RI', 'IR'), ('Radiographie', 'X-ray')]
    rows = [[ctx.t('Modalité', 'Modality'), ctx.t('Examens', 'Exams'), ctx.t('Attente P3 (jours, médiane)', 'P3 wait (days, median)'),
             ctx.t('% dans les délais', '% within target'), ctx.t('Annulations', 'Cancellations')]]
    for fr_, en_ in mods:
        rows.append([fr_ if fr else en_, ctx.rng.randint(300, 6000), ctx.rng.randint(5, 190), '%d %%' % ctx.rng.randint(35, 98), ctx.rng.randint(5, 140)])
    extra = ctx.t('Taux de rappel en dépistage : %.1f %% ; taux de détection : %.1f pour 1000 ; valeur prédictive positive des biopsies : %d %%.',
                  'Screening recall rate: %.1f%%; cancer detection rate: %.1f per 1000; biopsy PPV: %d%%.') % (
        ctx.rng.randint(45, 80) / 10, ctx.rng.randint(40, 65) / 10, ctx.rng.randint(22, 41))
    variant = ctx.pick(['xlsx', 'table', 'pdf'])
    atts = []
    if variant == 'xlsx':
        atts = [A.att(ctx.t('indicateurs_%s.xlsx', 'kpi_%s.xlsx') % ctx.date.strftime('%Y-%m'), A.CT_XLSX, data=A.make_xlsx([('KPI', rows)], ctx.date))]
        tbl = ctx.t('Tableau en pièce jointe.', 'Table attached.')
    elif variant == 'pdf':
        atts = [A.att(ctx.t('tableau_de_bord.pdf', 'dashboard.pdf'), A.CT_PDF, data=A.make_pdf('KPI', [('h', ctx.t('Tableau de bord', 'Dashboard')), ('table', rows), ('p', extra)]))]
        tbl = ctx.t('Tableau de bord en pièce jointe.', 'Dashboard attached.')
    else:
        tbl = '\n'.join(' | '.join(str(c) for c in r) for r in rows)
    text = ctx.t('%s\n\nIndicateurs de %s :\n\n%s\n\n%s\n\n%s\n', '%s\n\nIndicators for %s:\n\n%s\n\n%s\n\n%s\n') % (
        ctx.greet(), C.MONTHS_FR[ctx.date.month - 1] if fr else C.MONTHS_EN[ctx.date.month - 1], tbl, extra, ctx.sig(mgr))
    return ctx.spec('statistics', ctx.t('statistiques agrégées du service', 'aggregate department statistics'), T.disp(ctx, mgr),
                    [T.box(ctx, 'rads'), T.disp(ctx, S('chief'))], ctx.t('Indicateurs mensuels', 'Monthly indicators'), text=text, attachments=atts,
                    body=None if variant != 'table' else ctx.pick(['alt', 'html']))


def n_teaching(ctx):
    fr = ctx.fr
    teach = S('teach')
    cases_fr = [('Femme de 47 ans, céphalées matinales et crise convulsive inaugurale.',
                 'IRM : lésion extra-axiale frontale droite de 3 cm avec queue durale et œdème vasogénique.', 'Méningiome (grade 1 à la pathologie).'),
                ('Homme de 68 ans, ex-fumeur, perte de poids de 8 kg.', 'TDM : masse hilaire gauche de 4 cm, adénopathies médiastinales, lésion surrénalienne.',
                 'Carcinome pulmonaire non à petites cellules, stade IV.'),
                ('Fillette de 6 ans, boiterie et fièvre.', 'Écho : épanchement de la hanche droite ; IRM : ostéomyélite métaphysaire.', 'Ostéomyélite à S. aureus.')]
    cases_en = [('47-year-old woman with morning headaches and a first seizure.', 'MRI: 3 cm right frontal extra-axial lesion with dural tail and vasogenic oedema.',
                 'Meningioma (WHO grade 1 at pathology).'),
                ('68-year-old man, ex-smoker, 8 kg weight loss.', 'CT: 4 cm left hilar mass, mediastinal nodes, adrenal lesion.', 'Stage IV non-small cell lung cancer.'),
                ('6-year-old girl with a limp and fever.', 'US: right hip effusion; MRI: metaphyseal osteomyelitis.', 'S. aureus osteomyelitis.')]
    c = ctx.pick(cases_fr if fr else cases_en)
    text = ctx.t('%s\n\nCas du mois (anonymisé, consentement à l\'enseignement obtenu) :\n\nHistoire : %s\nImagerie : %s\n\nRéponse la semaine prochaine. '
                 'Indice : pensez à la localisation avant la caractérisation.\n\n%s\n',
                 '%s\n\nCase of the month (de-identified, teaching consent obtained):\n\nHistory: %s\nImaging: %s\n\nAnswer next week. '
                 'Hint: think location before characterisation.\n\n%s\n') % (ctx.greet(), c[0], c[1], ctx.sig(teach))
    atts = []
    if ctx.chance(0.5):
        atts = [A.att(ctx.t('cas_du_mois.pdf', 'case_of_the_month.pdf'), A.CT_PDF, data=A.make_pdf(ctx.t('Cas du mois', 'Case of the month'),
                      [('h', ctx.t('Cas du mois', 'Case of the month')), ('p', c[0] + '\n' + c[1]), ('small', ctx.t('Réponse : ', 'Answer: ') + c[2])]))]
    return ctx.spec('teaching_case', ctx.t('cas d\'enseignement anonymisé', 'de-identified teaching case'), T.disp(ctx, teach),
                    [T.box(ctx, 'rads')], ctx.t('Cas du mois', 'Case of the month'), text=text, attachments=atts)


def n_blank_form(ctx):
    fr = ctx.fr
    mri = S('tech_mri')
    rows = [(ctx.t('Nom', 'Name'), '______________________'), (ctx.t('Date de naissance (AAAA-MM-JJ)', 'Date of birth (YYYY-MM-DD)'), '____-__-__'),
            ('NAM' if fr else 'RAMQ / Health card', '____ ____ ____'), (ctx.t('Poids', 'Weight'), '____ kg'),
            (ctx.t('Stimulateur cardiaque ?', 'Pacemaker?'), ctx.t('Oui / Non', 'Yes / No')), (ctx.t('Clip, implant, valve ?', 'Clip, implant, valve?'), ctx.t('Oui / Non', 'Yes / No')),
            (ctx.t('Claustrophobie ?', 'Claustrophobia?'), ctx.t('Oui / Non', 'Yes / No')), (ctx.t('Grossesse possible ?', 'Possibly pregnant?'), ctx.t('Oui / Non', 'Yes / No')),
            (ctx.t('Signature du patient', 'Patient signature'), '______________________')]
    title = ctx.t('Questionnaire de sécurité IRM (version %d.%d)', 'MRI Safety Questionnaire (v%d.%d)') % (ctx.rng.randint(3, 6), ctx.rng.randint(0, 9))
    if ctx.chance(0.5):
        att = A.att(ctx.t('questionnaire_IRM_vierge.docx', 'MRI_questionnaire_blank.docx'), A.CT_DOCX, data=A.make_docx(title, [], ctx.date, table=[list(r) for r in rows]))
    else:
        att = A.att(ctx.t('questionnaire_IRM_vierge.pdf', 'MRI_questionnaire_blank.pdf'), A.CT_PDF, data=A.make_pdf(title, [('h', title), ('kv', rows)]))
    text = ctx.t('%s\n\nNouvelle version du questionnaire de sécurité IRM (ajout de la question sur les timbres transdermiques). '
                 'Merci de détruire les anciennes copies.\n\n%s\n',
                 '%s\n\nNew version of the MRI safety questionnaire (added question on transdermal patches). Please discard old copies.\n\n%s\n') % (ctx.greet(), ctx.sig(mri))
    return ctx.spec('blank_form', ctx.t('questionnaire vierge', 'blank questionnaire'), T.disp(ctx, mri), [T.box(ctx, 'all_tech'), T.box(ctx, 'booking')],
                    title, text=text, attachments=[att])


def n_mailmerge(ctx):
    fr = ctx.fr
    clerk = S('clerk_mammo')
    if fr:
        tpl = ('«Titre» «Prénom» «Nom»\n«Adresse1»\n«Ville» (Québec)  «CodePostal»\n\nObjet : Rendez-vous de mammographie\n\n«Titre»,\n\n'
               'Votre rendez-vous de mammographie est fixé le «DateRDV» à «HeureRDV». Présentez-vous 15 minutes à l\'avance avec votre carte '
               'd\'assurance maladie (NAM : «NAM»). N\'appliquez pas de déodorant.\n\n%s\n%s\n')
    else:
        tpl = ('{{Title}} {{FirstName}} {{LastName}}\n{{Address1}}\n{{City}}, {{Province}}  {{PostalCode}}\n\nRe: Mammography appointment\n\n'
               'Dear {{Title}} {{LastName}},\n\nYour mammogram is booked on {{ApptDate}} at {{ApptTime}}. Please arrive 15 minutes early with '
               'your health card ({{HealthCard}}). Do not wear deodorant.\n\n%s\n%s\n')
    tpl = tpl % (C.DEPT_FR if fr else C.DEPT_EN, C.ORG_MAIN_PHONE)
    data = A.make_docx(ctx.t('Gabarit - convocation mammographie', 'Template - mammography appointment'), tpl.split('\n'), ctx.date)
    text = ctx.t('%s\n\nVoici le gabarit de publipostage mis à jour pour les convocations. Les champs « » sont remplis par le RIS.\n\n%s\n',
                 '%s\n\nHere is the updated mail-merge template for appointment letters. Fields in {{ }} are filled by the RIS.\n\n%s\n') % (ctx.greet(), ctx.sig(clerk))
    return ctx.spec('template', ctx.t('gabarit de publipostage', 'mail-merge template'), T.disp(ctx, clerk), [T.box(ctx, 'breast')],
                    ctx.t('Gabarit de convocation mis à jour', 'Updated appointment template'), text=text,
                    attachments=[A.att(ctx.t('gabarit_convocation.docx', 'appointment_template.docx'), A.CT_DOCX, data=data)])


def n_shortage(ctx):
    fr = ctx.fr
    ph = S('pharm_hosp')
    text = ctx.t('%s\n\nPÉNURIE - iohexol (Omnipaque) 300 et 350 mg I/mL\nDurée prévue : %d semaines (fournisseur).\n\nMesures immédiates :\n'
                 '- Réserver le contraste iodé aux indications urgentes (AVC, EP, traumatisme, oncologie active).\n'
                 '- Remplacer par l\'échographie ou l\'IRM lorsque possible.\n- Réduire les doses selon le poids (protocole TDM-07 révisé).\n'
                 '- Aucun changement aux consignes de metformine ni aux seuils de DFGe.\n\nStock actuel : %d jours. Prochaine mise à jour vendredi.\n\n%s\n',
                 '%s\n\nSHORTAGE - iohexol (Omnipaque) 300 and 350 mgI/mL\nExpected duration: %d weeks (supplier).\n\nImmediate measures:\n'
                 '- Reserve iodinated contrast for urgent indications (stroke, PE, trauma, active oncology).\n'
                 '- Switch to ultrasound or MRI when possible.\n- Weight-based dose reduction (revised CT-07 protocol).\n'
                 '- No change to metformin instructions or eGFR thresholds.\n\nCurrent stock: %d days. Next update Friday.\n\n%s\n') % (
        ctx.greet(), ctx.rng.randint(3, 12), ctx.rng.randint(8, 30), ctx.sig(ph))
    return ctx.spec('drug_shortage', ctx.t('avis de pénurie de produit de contraste', 'contrast shortage notice'), T.disp(ctx, ph),
                    [T.box(ctx, 'rads'), T.box(ctx, 'all_tech')], ctx.t('PÉNURIE - produit de contraste iodé', 'SHORTAGE - iodinated contrast'), text=text,
                    body=ctx.pick([None, 'html']))


def n_recall(ctx):
    fr = ctx.fr
    q = S('quality')
    lots = [C.checksum_serial(ctx.rng, 9) for _ in range(ctx.rng.randint(2, 4))]
    text = ctx.t('%s\n\nAVIS DE RAPPEL (classe II) - Seringues d\'injecteur 200 mL, Boreal Medical Systems\nLots visés : %s\n'
                 'Problème : risque de fissure du piston à haute pression.\nAction : retirer et mettre en quarantaine les boîtes des lots visés, '
                 'compléter le formulaire de retour et l\'envoyer à l\'approvisionnement.\nAucun incident rapporté chez nous à ce jour.\n\n%s\n',
                 '%s\n\nRECALL NOTICE (class II) - 200 mL injector syringes, Boreal Medical Systems\nAffected lots: %s\n'
                 'Issue: plunger may crack under high pressure.\nAction: remove and quarantine boxes from affected lots, complete the return form '
                 'and send it to procurement.\nNo incident reported here to date.\n\n%s\n') % (ctx.greet(), ', '.join(lots), ctx.sig(q))
    return ctx.spec('device_recall', ctx.t('avis de rappel de matériel', 'device recall notice'), T.disp(ctx, q), [T.box(ctx, 'all_tech')],
                    ctx.t('Rappel - seringues d\'injecteur', 'Recall - injector syringes'), text=text)


def n_research(ctx):
    fr = ctx.fr
    r = S(ctx.pick(['rad_body', 'rad_neuro', 'rad_breast']))
    study = ctx.pick(['IRM-PROST-02', 'DENSE-SEIN', 'AVC-PERF-3'])
    text = ctx.t('%s\n\nLe protocole %s a été approuvé par le CÉR (projet %d-%03d).\n\nCritères d\'inclusion : adultes de 50 à 75 ans, APS entre 4 et 20 µg/L, '
                 'aucune biopsie antérieure.\nCritères d\'exclusion : DFGe < 30, stimulateur non conditionnel, claustrophobie sévère.\n'
                 'Recrutement visé : 120 participants sur 18 mois. Le protocole complet est joint.\n\n%s\n',
                 '%s\n\nProtocol %s has been approved by the REB (project %d-%03d).\n\nInclusion: adults 50-75, PSA between 4 and 20 ug/L, '
                 'no prior biopsy.\nExclusion: eGFR < 30, non-conditional pacemaker, severe claustrophobia.\n'
                 'Target accrual: 120 participants over 18 months. Full protocol attached.\n\n%s\n') % (ctx.greet(), study, ctx.date.year, ctx.rng.randint(1, 300), ctx.sig(r))
    data = A.make_docx('Protocole %s' % study, [ctx.t('1. Contexte', '1. Background'), ctx.t('2. Objectifs', '2. Objectives'),
                                                ctx.t('3. Méthodes : IRM multiparamétrique 3 T, lecture double à l\'aveugle.', '3. Methods: 3 T multiparametric MRI, blinded double reading.'),
                                                ctx.t('4. Analyse statistique : puissance 80 %, alpha 0,05.', '4. Statistics: 80% power, alpha 0.05.')], ctx.date, author=r.full())
    return ctx.spec('research_protocol', ctx.t('protocole de recherche sans participants', 'research protocol without participants'), T.disp(ctx, r),
                    [T.box(ctx, 'rads')], ctx.t('Protocole %s approuvé', 'Protocol %s approved') % study, text=text,
                    attachments=[A.att('protocole_%s.docx' % study, A.CT_DOCX, data=data)])


def n_protocol_update(ctx):
    fr = ctx.fr
    r = S(ctx.pick(['rad_body', 'chief', 'rad_chest']))
    text = ctx.t('%s\n\nMise à jour du protocole d\'injection de contraste iodé (TDM-07, rév. %d) :\n\n'
                 '- DFGe ≥ 30 : aucune précaution particulière.\n- DFGe < 30 ou IRA : discuter avec le radiologiste ; hydratation IV 1 mL/kg/h.\n'
                 '- Metformine : cesser 48 h seulement si DFGe < 30.\n- Antécédent de réaction modérée : prednisone 50 mg 13 h, 7 h et 1 h avant + diphénhydramine 50 mg.\n'
                 '- Grossesse : β-hCG chez les femmes de 12 à 50 ans si doute.\n\nEntrée en vigueur le %s.\n\n%s\n',
                 '%s\n\nUpdate to the iodinated contrast protocol (CT-07, rev. %d):\n\n'
                 '- eGFR >= 30: no special precaution.\n- eGFR < 30 or AKI: discuss with the radiologist; IV hydration 1 mL/kg/h.\n'
                 '- Metformin: hold 48 h only if eGFR < 30.\n- Prior moderate reaction: prednisone 50 mg at 13, 7 and 1 h before + diphenhydramine 50 mg.\n'
                 '- Pregnancy: beta-hCG for women aged 12-50 if in doubt.\n\nEffective %s.\n\n%s\n') % (ctx.greet(), ctx.rng.randint(3, 9), ctx.fdate(ctx.day(5, 30), 'long'), ctx.sig(r))
    return ctx.spec('protocol_update', ctx.t('mise à jour d\'un protocole clinique', 'clinical protocol update'), T.disp(ctx, r),
                    [T.box(ctx, 'all_tech'), T.box(ctx, 'rads')], ctx.t('Protocole TDM-07 révisé', 'CT-07 protocol revised'), text=text,
                    body=ctx.pick([None, 'alt', 'html']))


def n_service_report(ctx):
    fr = ctx.fr
    v = ctx.pick(VENDORS)
    sn = C.checksum_serial(ctx.rng, 9)
    rows = [(ctx.t('Client', 'Customer'), C.ORG_FR), (ctx.t('Équipement', 'System'), ctx.pick(['TDM Aurion 128', 'IRM Magnova 1.5T', 'Echo VistaPro 9'])),
            (ctx.t('No de série', 'Serial no.'), C.group(sn, [3, 3, 3], ' ')), (ctx.t('No d\'actif', 'Asset no.'), C.checksum_serial(ctx.rng, 10)),
            (ctx.t('Appel no', 'Call no.'), 'SR-%08d' % ctx.rng.randint(0, 99999999)),
            (ctx.t('Problème', 'Problem'), ctx.pick(['Erreur E-4417 tube overheat', 'Artefact en anneau / ring artefact', 'Helium level 71 % - cold head'])),
            (ctx.t('Action', 'Action'), ctx.t('Calibration détecteur, remplacement ventilateur. Tests OK.', 'Detector calibration, fan replaced. Tests passed.')),
            (ctx.t('Technicien', 'Engineer'), ctx.pick(['R. Kowal', 'J.-F. Martineau', 'A. Dhillon']))]
    pdf = A.make_pdf(ctx.t('Rapport de service', 'Service report'), [('h', v[0]), ('kv', rows)], author=v[0])
    text = ctx.t('Bonjour,\n\nRapport de service ci-joint pour l\'intervention d\'hier. L\'appareil a été remis en service à 16 h 40.\n\n%s - Service technique\n%s\n',
                 'Hello,\n\nService report attached for yesterday\'s visit. System returned to clinical use at 16:40.\n\n%s - Field service\n%s\n') % (v[0], v[2])
    return ctx.spec('service_report', ctx.t('rapport de service d\'équipement', 'equipment service report'), (v[0], v[1]),
                    [T.disp(ctx, S('tech_chief')), T.disp(ctx, S('physicist'))], ctx.t('Rapport de service %s', 'Service report %s') % rows[4][1],
                    text=text, attachments=[A.att('%s.pdf' % rows[4][1], A.CT_PDF, data=pdf)])


def n_vendor_vcard(ctx):
    fr = ctx.fr
    v = ctx.pick(VENDORS)
    g, s = ctx.pick([('Marco', 'Bellini'), ('Sophie', 'Archambault'), ('Tyler', 'Graham')])
    vc = A.make_vcard('%s %s' % (g, s), [s, g, '', '', ''], tel=v[2], tel_type='WORK', adr=['1200 Industrial Park Rd', 'Mississauga', 'ON', 'L5T 0A1', 'Canada'],
                      email='%s.%s@%s' % (g.lower(), s.lower(), v[1].split('@')[1]), org=v[0], title=ctx.t('Représentant(e) clinique', 'Clinical specialist'))
    text = ctx.t('Bonjour,\n\nMa fiche contact pour le suivi de la formation sur l\'injecteur. N\'hésitez pas à m\'appeler.\n\n%s %s\n%s\n',
                 'Hi,\n\nMy contact card for the injector training follow-up. Feel free to call.\n\n%s %s\n%s\n') % (g, s, v[0])
    return ctx.spec('vendor_contact', ctx.t('fiche contact d\'un représentant', 'vendor representative contact card'), ('%s %s' % (g, s), '%s.%s@%s' % (g.lower(), s.lower(), v[1].split('@')[1])),
                    [T.disp(ctx, S('tech_chief'))], ctx.t('Coordonnées - formation injecteur', 'Contact - injector training'), text=text,
                    attachments=[A.att('%s %s.vcf' % (g, s), 'text/vcard', text=vc)])


def n_logs_zip(ctx):
    fr = ctx.fr
    pacs = S('pacs_admin')
    lines = []
    t = dt.datetime(ctx.date.year, ctx.date.month, ctx.date.day, 2, 0, 0)
    for i in range(ctx.rng.randint(12, 25)):
        t += dt.timedelta(seconds=ctx.rng.randint(1, 900))
        lines.append('%s INFO  DICOM C-STORE AE=%s status=%s bytes=%d' % (t.strftime('%Y-%m-%d %H:%M:%S'), ctx.pick(['CT1_HRVC', 'MR1_HRVC', 'US3_HRVC']),
                                                                           ctx.pick(['0x0000', '0x0000', '0xA700']), ctx.rng.randint(100000, 90000000)))
    zipb = A.make_zip([('store_scp.log', ('\n'.join(lines) + '\n').encode('ascii')),
                       ('config/ae_titles.txt', b'CT1_HRVC 10.12.4.21 104\nMR1_HRVC 10.12.4.22 104\nUS3_HRVC 10.12.4.40 11112\n')], ctx.date)
    text = ctx.t('%s\n\nLogs du service de stockage DICOM pour l\'incident de cette nuit (erreurs 0xA700 : disque plein sur le cache). '
                 'Aucune donnée patient dans les journaux, seulement les AE titles.\n\n%s\n',
                 '%s\n\nDICOM store logs for last night\'s incident (0xA700 errors: cache disk full). No patient data in the logs, only AE titles.\n\n%s\n') % (
        ctx.greet(), ctx.sig(pacs))
    return ctx.spec('it_logs', ctx.t('journaux techniques DICOM', 'DICOM technical logs'), T.disp(ctx, pacs), [('Boreal PACS Support', 'support@borealmed.example')],
                    ctx.t('Incident cache PACS - logs', 'PACS cache incident - logs'), text=text,
                    attachments=[A.att('logs_%s.zip' % ctx.date.strftime('%Y%m%d'), A.CT_ZIP, data=zipb)])


def n_forward_eml(ctx):
    fr = ctx.fr
    chief = S(ctx.pick(['chief', 'manager']))
    it = S('it_analyst')
    inner_text = ctx.t('Bonjour,\n\nÀ compter du %s, l\'authentification à deux facteurs sera obligatoire pour l\'accès à distance au PACS '
                       'et au système de dictée. Inscrivez votre téléphone sur le portail TI avant cette date.\n\n%s\n',
                       'Hello,\n\nStarting %s, two-factor authentication will be mandatory for remote access to PACS and dictation. '
                       'Register your phone on the IT portal before then.\n\n%s\n') % (ctx.fdate(ctx.day(10, 30), 'long'), ctx.sig(it))
    inner = dict(category='inner', lang=ctx.lang, frm=T.disp(ctx, it), to=[T.box(ctx, 'all_dept')], cc=[],
                 subject=ctx.t('Authentification à deux facteurs - accès à distance', 'Two-factor authentication - remote access'),
                 text=inner_text, html=None, attachments=[], body=None, headers=[], date=T.earlier(ctx, 1000, 5000), rng=ctx.rng)
    text = ctx.t('%s\n\nPour ceux qui lisent à la maison : voir le message ci-joint, c\'est obligatoire.\n\n%s\n',
                 '%s\n\nFor those reading from home: see the attached message, this is mandatory.\n\n%s\n') % (ctx.greet(), chief.given)
    return ctx.spec('forwarded_notice', ctx.t('avis TI transféré en pièce jointe', 'IT notice forwarded as attachment'), T.disp(ctx, chief),
                    [T.box(ctx, 'rads')], ctx.t('TR: Authentification à deux facteurs', 'FW: Two-factor authentication'), text=text,
                    attachments=[dict(kind='eml', filename=ctx.t('Authentification à deux facteurs.eml', '2FA notice.eml'), spec=inner)])


def n_meeting_ics(ctx):
    fr = ctx.fr
    chief = S('chief')
    d = ctx.day(3, 20)
    start = dt.datetime(d.year, d.month, d.day, 12, 0)
    ics = A.make_ics('reunion-%06x@%s' % (ctx.rng.getrandbits(24), T.D), start, start + dt.timedelta(hours=1),
                     ctx.t('Réunion de service - imagerie', 'Department meeting - imaging'), ctx.t('Salle 2.114 et Teams', 'Room 2.114 and Teams'),
                     ctx.t('1. Budget\n2. Nouvelle salle de TDM\n3. Sondage sur la mobilisation du personnel', '1. Budget\n2. New CT room\n3. Staff engagement survey'),
                     (chief.full(), chief.addr), [(S('manager').full(), S('manager').addr), (S('tech_chief').full(), S('tech_chief').addr)], stamp=ctx.date)
    text = ctx.t('Réunion de service mensuelle. Dîner fourni.\n', 'Monthly department meeting. Lunch provided.\n')
    return ctx.spec('meeting_invite', ctx.t('invitation à une réunion de service', 'department meeting invitation'), T.disp(ctx, chief),
                    [T.box(ctx, 'all_dept')], ctx.t('Réunion de service', 'Department meeting'), text=text,
                    attachments=[A.att('invite.ics', 'text/calendar; method=REQUEST', text=ics)])


def n_party(ctx):
    fr = ctx.fr
    org = S(ctx.pick(['clerk_book', 'tech_us', 'nurse_ir2']))
    text = ctx.t('%s\n\nLe party des Fêtes du service aura lieu le vendredi %s à la Brasserie du Quai, 45, rue du Port, Val-des-Cèdres '
                 '(réservation au 819-555-0188). Conjoints bienvenus, 35 $ par personne. Échange de cadeaux : 20 $ max.\n'
                 'Covoiturage : écrivez-moi.\n\n%s\n',
                 '%s\n\nThe department holiday party is on Friday %s at Brasserie du Quai, 45 rue du Port, Val-des-Cèdres '
                 '(reservations 819-555-0188). Partners welcome, $35 each. Gift exchange: $20 max.\nCarpool: write to me.\n\n%s\n') % (
        ctx.greet(), ctx.fdate(ctx.day(10, 40), 'long'), org.given)
    return ctx.spec('social_event', ctx.t('invitation au party des Fêtes', 'holiday party invitation'), T.disp(ctx, org), [T.box(ctx, 'all_dept')],
                    ctx.t('Party des Fêtes 🎉', 'Holiday party 🎉'), text=text, body=ctx.pick(['html', 'alt', None]))
