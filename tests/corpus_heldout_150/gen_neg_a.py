"""Negative scenarios, part A: newsletters, statistics, blank forms, templates, invoices, purchase orders,
inventories, teaching cases.  No patient is identifiable in any of them."""

from stdnum import luhn
from stdnum.ca import bn as ca_bn

import gen_common as C
import gen_docs as D
from gen_thread import BOX

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

VENDORS = [
    dict(name='Numérix Archives inc.', dom='numerix-archives.example', city='Laval (Québec)  H7L 4R9', tel='450 555-0161'),
    dict(name='Déchiquetage Sûr-Destruction ltée', dom='surdestruction.example', city='Terrebonne (Québec)  J6Y 1V2', tel='450 555-0162'),
    dict(name='Rayonnages Montmagny inc.', dom='rayonnages-montmagny.example', city='Montmagny (Québec)  G5V 3S8', tel='418 555-0163'),
    dict(name='Étiquettes Codabar Pro', dom='codabarpro.example', city='Drummondville (Québec)  J2C 6X3', tel='819 555-0164'),
    dict(name='Iron Fjord Records Storage Ltd.', dom='ironfjord.example', city='Ottawa, ON  K1G 5Z3', tel='613 555-0165'),
]


def luhn_digits(rng, n, first=None):
    body = (str(first) if first is not None else str(rng.randrange(1, 10))) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def bn(rng):
    while True:
        b = luhn_digits(rng, 9)
        if ca_bn.is_valid(b):
            return b


def _sig(ctx, s=None, disclaimer=None):
    return ctx.sig(s or ctx.staff(), disclaimer)


# ----------------------------------------------------------------------------
def newsletter(ctx):
    r, t = ctx.rng, ctx.t
    ph1, ph2 = r.sample(C.PHYS, 2)
    st1, st2 = r.sample(C.STAFF[:11], 2)
    no = r.randrange(12, 60)
    ti = lambda s: ('Mme ' if s['sex'] == 'F' else 'M. ') if ctx.fr else ('Ms. ' if s['sex'] == 'F' else 'Mr. ')
    items = [
        t('Bienvenue à %s%s, qui se joint à l\'équipe de l\'accès à l\'information.', 'Welcome to %s%s, who joins the Release of Information team.') % (ti(st1), C.person_name(st1)),
        t('%s soulignera ses %d ans de service le mois prochain – bravo!', '%s celebrates %d years of service next month – congratulations!') % (ti(st2) + C.person_name(st2), r.choice([10, 15, 20, 25, 30])),
        t('%s (%s) présentera aux archivistes les nouveautés en documentation du %s.', '%s (%s) will present to the archivists what is new in documenting %s.')
        % (C.dr(ph1, ctx.lang), ph1['spec_fr'] if ctx.fr else ph1['spec_en'],
           r.choice([t('diabète gestationnel', 'gestational diabetes'), t('sepsis', 'sepsis'), t('délirium', 'delirium'), t('cancer du poumon', 'lung cancer')])),
        t('Rappel : la numérisation des dossiers de %s se termine en %s.', 'Reminder: scanning of the %s charts ends in %s.')
        % (r.choice([t('pédiatrie', 'paediatrics'), t('cardiologie', 'cardiology'), t('santé mentale', 'mental health')]),
           (C.MONTHS_FR if ctx.fr else C.MONTHS_EN)[r.randrange(12)]),
        t('Statistiques du trimestre : %d demandes d\'accès traitées, délai moyen de %d jours.', 'Quarter statistics: %d access requests processed, average turnaround %d days.')
        % (r.randrange(300, 900), r.randrange(8, 19)),
        t('%s nous rappelle que le vaccin contre l\'influenza est offert au personnel à la cafétéria jusqu\'au 15.', '%s reminds staff that flu shots are available in the cafeteria until the 15th.')
        % C.dr(ph2, ctx.lang),
    ]
    r.shuffle(items)
    items = items[:r.randrange(4, 7)]
    title = t('Info-Archives – numéro %d', 'Records Bulletin – issue %d') % no
    text = title + '\n\n' + '\n\n'.join('• ' + x for x in items) + '\n\n' + t('L\'équipe des communications', 'Internal Communications')
    html = '<html><body style="font-family:Arial"><h2 style="color:#1d4e89">%s</h2>%s<p style="font-size:9pt;color:#666">%s<br>%s</p></body></html>' % (
        C.html_escape(title), ''.join('<p>%s</p>' % C.html_escape(x) for x in items),
        C.html_escape(C.ORG_FR), t('Pour vous désabonner, répondez « retrait ».', 'To unsubscribe, reply "remove".'))
    atts = []
    if r.random() < 0.3:
        atts.append(dict(kind='pdf', filename=t('Info-Archives_%d.pdf', 'Records_Bulletin_%d.pdf') % no, ctype='application/pdf',
                         data=D.pdf(title, items)))
    return dict(category='newsletter', note='department newsletter with staff and physician names', frm=BOX['comms'], to=[BOX['tous_archives']],
                subject=title, text=text, html=html, body_kind=r.choice(['html', 'alt']), attachments=atts)


# ----------------------------------------------------------------------------
def stats_report(ctx):
    r, t = ctx.rng, ctx.t
    s = ctx.staff()
    months = (C.MONTHS_FR if ctx.fr else C.MONTHS_EN)
    rows = [[t('Mois', 'Month'), t('Usagers', 'Patients'), t('Assureurs', 'Insurers'), t('Avocats', 'Lawyers'), 'Subpoenas',
             t('Coroners', 'Coroners'), t('Délai moyen (j)', 'Avg. days')]]
    for m in range(r.randrange(3, 7)):
        rows.append([months[(ctx.date.month - 6 + m) % 12], r.randrange(60, 220), r.randrange(20, 90), r.randrange(10, 50), r.randrange(2, 15),
                     r.randrange(1, 9), round(r.uniform(6, 22), 1)])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Voici les statistiques de l\'accès à l\'information pour le comité de direction. Le délai de 20 jours a été respecté '
                            'dans %d %% des cas; les demandes de coroners sont toutes traitées en moins de 10 jours.',
                            'Attached are the release-of-information statistics for the management committee. The 20-day deadline was met in '
                            '%d%% of cases; all coroner requests were handled within 10 days.') % r.randrange(81, 97), '',
         C.table_text(rows), '', ctx.bye(), _sig(ctx, s)]
    atts = [dict(kind='xlsx', filename=t('stats_acces_', 'roi_stats_') + str(ctx.date.year) + '.xlsx', ctype=XLSX,
                 data=D.xlsx([('Stats', rows)]))] if r.random() < 0.6 else []
    return dict(category='statistics', note='aggregate release-of-information statistics', frm=C.addr_of(s), to=[C.addr_of(C.STAFF[0]), BOX['dsp']],
                subject=t('Statistiques accès – ', 'ROI statistics – ') + months[(ctx.date.month - 2) % 12], text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def blank_form(ctx):
    r, t = ctx.rng, ctx.t
    s = ctx.staff()
    fields = [t('Nom de l\'usager : ______________________', 'Patient name: ______________________'),
              t('Date de naissance : ____ / ____ / ______', 'Date of birth: ____ / ____ / ______'),
              t('NAM : __ __ __ __  __ __ __ __  __ __ __ __', 'Health insurance no. (RAMQ): ____ ____ ____'),
              t('Sexe :  [ ] F   [ ] M   [ ] X', 'Sex:  [ ] F   [ ] M   [ ] X'),
              t('Adresse : __________________________________', 'Address: __________________________________'),
              t('Téléphone : (___) ___-____', 'Telephone: (___) ___-____'),
              t('Documents demandés :  [ ] Résumé de départ  [ ] Notes  [ ] Résultats  [ ] Imagerie', 'Documents:  [ ] Discharge summary  [ ] Notes  [ ] Results  [ ] Imaging'),
              t('Période visée : du ________ au ________', 'Period: from ________ to ________'),
              t('Signature de l\'usager ou du représentant : ________________', 'Signature of patient or representative: ________________')]
    title = t('Formulaire DSP-112 – Demande d\'accès au dossier de l\'usager (révision %d)', 'Form DSP-112 – Request for access to records (rev. %d)') % r.randrange(3, 9)
    kind = r.choice(['pdf', 'docx'])
    if kind == 'pdf':
        att = dict(kind='pdf', filename=t('DSP-112_vierge_révisé.pdf', 'DSP-112_blank.pdf'), ctype='application/pdf', data=D.pdf(title, fields, footer=C.ORG_FR))
    else:
        att = dict(kind='docx', filename='DSP-112_%s.docx' % t('formulaire', 'form'), ctype=DOCX,
                   data=D.docx([('h', title)] + [('p', x) for x in fields]))
    L = [ctx.hello(group=r.random() < 0.5), '', t('Voici la nouvelle version du formulaire d\'accès. Merci de détruire les anciennes copies à l\'accueil et de ne '
                            'remettre aux usagers que celle-ci. Le champ « sexe » inclut maintenant l\'option X.',
                            'Here is the new version of the access form. Please discard old copies at the front desk. The sex field now includes X.'),
         '', ctx.bye(), _sig(ctx, s)]
    return dict(category='blank_form', note='blank access request form', frm=C.addr_of(s), to=[BOX['tous_archives']],
                subject=t('Nouveau formulaire DSP-112', 'New DSP-112 form'), text='\n'.join(L), attachments=[att])


# ----------------------------------------------------------------------------
def merge_template(ctx):
    r, t = ctx.rng, ctx.t
    s = ctx.staff()
    tpl = t('''{{DATE_ENVOI}}

{{CIVILITE}} {{PRENOM_USAGER}} {{NOM_USAGER}}
{{ADRESSE_LIGNE1}}
{{VILLE}} (Québec)  {{CODE_POSTAL}}

Objet : Votre demande d'accès n° {{NO_DEMANDE}} – dossier {{NO_DOSSIER}}

{{CIVILITE}} {{NOM_USAGER}},

Nous avons bien reçu votre demande datée du {{DATE_DEMANDE}}. Conformément à la loi, une réponse vous sera
transmise dans un délai de 20 jours. Des frais de {{FRAIS}} $ pourraient s'appliquer.

Date de naissance inscrite : «DDN»   NAM : «NAM»''', '''{{SEND_DATE}}

{{TITLE}} {{FIRST_NAME}} {{LAST_NAME}}
{{ADDRESS_1}}
{{CITY}}, {{PROVINCE}}  {{POSTAL_CODE}}

Re: Your access request no. {{REQUEST_NO}} – chart {{CHART_NO}}

Dear {{TITLE}} {{LAST_NAME}},

We have received your request dated {{REQUEST_DATE}}. A response will be sent within 20 days. A fee of
{{FEE}} may apply.

Date of birth on file: «DOB»   Health number: «HCN»''')
    L = [ctx.hello(group=r.random() < 0.5), '', t('Voici le gabarit de lettre d\'accusé de réception pour le publipostage (champs entre accolades). '
                            'Merci de le tester avec le fichier d\'exemple avant lundi.',
                            'Here is the acknowledgement letter template for mail merge (fields in braces). Please test it with the sample file before Monday.'),
         '', '---', tpl, '---', '', ctx.bye(), _sig(ctx, s)]
    atts = []
    if r.random() < 0.5:
        sample = D.csv_text([['NO_DEMANDE', 'CIVILITE', 'PRENOM_USAGER', 'NOM_USAGER', 'NO_DOSSIER'],
                             ['DA-0000-0000', 'Mme', 'Prénom', 'NOM TEST', '00000000'],
                             ['DA-0000-0001', 'M.', 'Test', 'USAGER FICTIF', '99999999']])
        atts.append(dict(kind='csv', filename='exemple_publipostage.csv', ctype='text/csv', text=sample))
    return dict(category='mail_merge_template', note='mail-merge letter template with placeholders', frm=C.addr_of(s), to=[BOX['acces']],
                subject=t('Gabarit – accusé de réception', 'Template – acknowledgement letter'), text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def vendor_invoice(ctx):
    r, t = ctx.rng, ctx.t
    v = r.choice(VENDORS)
    inv = '%s-%06d' % (r.choice(['FA', 'INV', 'F']), r.randrange(10 ** 6))
    po = 'BC-%d-%05d' % (ctx.date.year, r.randrange(10 ** 5))
    acct = '%04d-%04d' % (r.randrange(10 ** 4), r.randrange(10 ** 4))
    b = bn(r)
    lines = [t('Client : ', 'Customer: ') + C.ORG_FR + ' – ' + t('Service des archives médicales', 'Health Records'),
             t('N° de compte client : ', 'Customer account no.: ') + acct, t('Bon de commande : ', 'Purchase order: ') + po,
             t('Date de facturation : ', 'Invoice date: ') + ctx.date.date().isoformat(), '',
             '## ' + t('Description', 'Description')]
    total = 0
    for _ in range(r.randrange(2, 5)):
        item, price = r.choice([(t('Numérisation de dossiers (par 1 000 pages)', 'Chart scanning (per 1,000 pages)'), 48.0),
                                (t('Déchiquetage sécurisé – bac 95 gal.', 'Secure shredding – 95 gal. bin'), 32.5),
                                (t('Entreposage externe – boîte/mois', 'Off-site storage – box/month'), 0.42),
                                (t('Récupération urgente de boîte', 'Rush box retrieval'), 27.0),
                                (t('Étiquettes code-barres (rouleau 2 000)', 'Barcode labels (roll of 2,000)'), 61.0)])
        q = r.randrange(1, 400)
        total += q * price
        lines.append('%s  x %d  @ %.2f $  = %.2f $' % (item, q, price, q * price))
        lines.append(t('   Lot : ', '   Lot: ') + luhn_digits(r, 10))
    tps, tvq = total * 0.05, total * 0.09975
    lines += ['', 'TPS/GST (%s RT0001) : %.2f $' % (b, tps), 'TVQ/QST (%s TQ0001) : %.2f $' % (luhn_digits(r, 10), tvq),
              'Total : %.2f $' % (total + tps + tvq), '', t('Payable en 30 jours. ', 'Net 30. ') + v['name'] + ', ' + v['city'] + ', ' + v['tel']]
    L = [ctx.hello(group=r.random() < 0.5), '', t('Veuillez trouver ci-joint notre facture %s (bon de commande %s).', 'Please find attached invoice %s (PO %s).') % (inv, po),
         '', ctx.bye(), t('Comptes recevables', 'Accounts receivable'), v['name'], v['tel']]
    return dict(category='invoice', note='vendor invoice with account, lot and tax numbers', frm=(v['name'], 'facturation@' + v['dom']),
                to=[BOX['appro']], cc=[C.addr_of(C.STAFF[0])], subject=t('Facture ', 'Invoice ') + inv, text='\n'.join(L),
                attachments=[dict(kind='pdf', filename=inv + '.pdf', ctype='application/pdf', data=D.pdf(t('FACTURE ', 'INVOICE ') + inv, lines))])


# ----------------------------------------------------------------------------
def purchase_order(ctx):
    r, t = ctx.rng, ctx.t
    buyer = C.staff_by('St-Onge')
    v = r.choice(VENDORS)
    po = 'BC-%d-%05d' % (ctx.date.year, r.randrange(10 ** 5))
    rows = [[t('Article', 'Item'), t('Description', 'Description'), t('Qté', 'Qty'), t('N° d\'actif', 'Asset tag'), t('N° de série', 'Serial')]]
    for _ in range(r.randrange(2, 6)):
        a = luhn_digits(r, 9)
        rows.append(['%05d' % r.randrange(10 ** 5), r.choice([t('Numériseur recto-verso 60 ppm', 'Duplex scanner 60 ppm'),
                                                             t('Rayonnage mobile 7 tablettes', 'Mobile shelving 7 shelves'),
                                                             t('Imprimante d\'étiquettes thermique', 'Thermal label printer'),
                                                             t('Chariot à dossiers', 'Chart cart')]), r.randrange(1, 6),
                     '%s %s %s' % (a[:3], a[3:6], a[6:]), 'SN' + luhn_digits(r, 12)])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Bon de commande %s émis pour %s. Merci de confirmer la date de livraison au quai B (%s).',
                            'PO %s issued to %s. Please confirm delivery date at dock B (%s).') % (po, v['name'], C.SITES[0]['addr']), '',
         C.table_text(rows), '', ctx.bye(), _sig(ctx, buyer)]
    atts = [dict(kind='xlsx', filename=po + '.xlsx', ctype=XLSX, data=D.xlsx([('BC', rows)]))] if r.random() < 0.5 else []
    return dict(category='purchase_order', note='purchase order with asset tags and serials', frm=C.addr_of(buyer), to=[(v['name'], 'ventes@' + v['dom'])],
                cc=[C.addr_of(C.STAFF[0])], subject=t('Bon de commande ', 'Purchase order ') + po, text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def box_inventory(ctx):
    r, t = ctx.rng, ctx.t
    s = ctx.staff()
    rows = [[t('Boîte', 'Box'), t('Contenu', 'Contents'), t('Années', 'Years'), t('Délai de conservation', 'Retention'), t('Destruction prévue', 'Destroy after')]]
    for _ in range(r.randrange(5, 12)):
        y = r.randrange(1995, 2012)
        y2 = y + r.randrange(1, 4)
        keep = r.choice([10, 20, 40])
        rows.append(['%d-%s-%04d' % (y, r.choice('ABCD'), r.randrange(10 ** 4)),
                     r.choice([t('Dossiers inactifs adultes A-C', 'Inactive adult charts A-C'), t('Feuilles d\'urgence', 'ER sheets'),
                               t('Dossiers obstétrique M-P', 'Obstetrics charts M-P'), t('Requêtes de laboratoire', 'Lab requisitions')]),
                     '%d-%d' % (y, y2), t('%d ans', '%d years') % keep, str(y2 + keep + 1)])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Inventaire des boîtes prêtes pour l\'entreposage externe / la destruction. Aucune boîte ne contient de dossier actif.',
                            'Inventory of boxes ready for off-site storage / destruction. No box contains an active chart.'), '', ctx.bye(), _sig(ctx, s)]
    k = r.random()
    if k < 0.5:
        att = dict(kind='xlsx', filename=t('inventaire_boîtes.xlsx', 'box_inventory.xlsx'), ctype=XLSX, data=D.xlsx([('Inventaire', rows)]))
    else:
        att = dict(kind='csv', filename=t('inventaire_boîtes_à_détruire.csv', 'box_inventory.csv'), ctype='text/csv', text=D.csv_text(rows, delim=';'))
    return dict(category='inventory', note='box inventory for storage and destruction', frm=C.addr_of(s), to=[('Iron Fjord Records Storage', 'service@ironfjord.example')],
                subject=t('Inventaire – envoi du ', 'Inventory – shipment of ') + ctx.future(3, 20).isoformat(), text='\n'.join(L), attachments=[att])


# ----------------------------------------------------------------------------
def teaching_case(ctx):
    r, t = ctx.rng, ctx.t
    s = C.staff_by('Lafrenière')
    age = r.randrange(45, 90)
    cases = [
        (t('Homme de %d ans admis pour dyspnée. Créatinine 188 µmol/L à l\'admission, 96 au congé. Diagnostic au congé : insuffisance cardiaque '
           'décompensée; IRA prérénale résolue. Traitement : furosémide IV puis PO.', 'A %d-year-old man admitted for dyspnoea. Creatinine 188 µmol/L on '
           'admission, 96 at discharge. Discharge diagnosis: decompensated heart failure; resolved pre-renal AKI. Treated with IV then oral furosemide.') % age),
        (t('Femme de %d ans, chute à domicile, fracture sous-capitale du fémur droit, hémiarthroplastie J+1, délirium post-op traité par halopéridol.',
           'A %d-year-old woman fell at home: right subcapital femoral fracture, hemiarthroplasty on day 1, post-op delirium treated with haloperidol.') % age),
        (t('Patient de %d ans, MPOC connue, pneumonie lobaire droite, CRP 186, SpO2 86 %%, BiPAP 48 h.', 'A %d-year-old patient with known COPD, right lobar '
           'pneumonia, CRP 186, SpO2 86%%, BiPAP for 48 h.') % age),
    ]
    q = r.choice(cases)
    L = [t('Exercice de codification no %d (cas fictif, aucune donnée réelle) :', 'Coding exercise no. %d (fictitious case, no real data):') % r.randrange(1, 30), '',
         q, '', t('Question : quel est le diagnostic principal selon les normes canadiennes de codification? Quels codes CIM-10-CA?',
                  'Question: what is the most responsible diagnosis under Canadian coding standards? Which ICD-10-CA codes?'),
         t('Réponses à remettre avant la formation de jeudi.', 'Answers due before Thursday\'s session.'), '', _sig(ctx, s)]
    return dict(category='teaching_case', note='de-identified coding exercise', frm=C.addr_of(s), to=[BOX['tous_archives']],
                subject=t('Exercice de codification', 'Coding exercise'), text='\n'.join(L))


SCENARIOS = [
    (newsletter, 'both', 3),
    (stats_report, 'both', 3),
    (blank_form, 'both', 3),
    (merge_template, 'both', 3),
    (vendor_invoice, 'both', 3),
    (purchase_order, 'both', 3),
    (box_inventory, 'both', 3),
    (teaching_case, 'both', 3),
]
