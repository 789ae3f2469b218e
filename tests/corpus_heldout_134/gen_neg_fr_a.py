"""French hard negatives, part A: shortages, recalls, schedules, leave, payroll, newsletters, committees,
conferences, job postings, invoices, purchase orders, inventories."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from stdnum import luhn
from stdnum.ca import bn as ca_bn

EXTRA_FR = [('Amélie', 'Brisebois', 'F'), ('Karim', 'Haddad', 'M'), ('Marc-Antoine', 'Giguère', 'M'),
            ('Lina', 'Sabbagh', 'F'), ('Olivier', 'Nantel', 'M'), ('Claire', 'Tessier', 'F'),
            ('Benoît', 'Lalonde', 'M'), ('Émilie', 'Rancourt', 'F'), ('Yasmine', 'Belkacem', 'F'),
            ('Philippe', 'Gendron', 'M')]


def business_number(rng):
    while True:
        body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_bn.is_valid(n):
            return n


def sin_like_serial(rng):
    """A nine-digit serial that happens to pass the SIN checksum (hard negative)."""
    return C.gen_sin(rng)


def nf_shortage(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Bastien', 'Vachon']))
    d = r.choice(K.SHORT_DRUGS)
    lots = [C.luhn_lot(r, '', 9) for _ in range(2)]
    alt = r.choice(['format de 150 mg/15 mL (disponible)', 'produit d’un second fabricant, même DIN générique',
                    'importation temporaire autorisée par Santé Canada (étiquetage anglais seulement)'])
    subj = ['Avis de pénurie — %s' % d[0], 'MISE À JOUR : rupture %s' % d[0].split()[0],
            'Pénurie de %s : mesures de conservation' % d[0].split()[0], 'Info pénurie (grossiste)'][v]
    text = ('Bonjour à tous,\n\nLe grossiste MédiDistrib nous informe d’une rupture d’approvisionnement pour :\n\n'
            '  Produit : %s\n  DIN : %s\n  Lots encore en stock chez nous : %s (exp. %s), %s (exp. %s)\n'
            '  Retour prévu : semaine du %s\n\nMesures en vigueur dès maintenant :\n'
            '  - arrondir les doses au flacon le plus proche (± 5 %%) selon la politique PHA-ONC-12 ;\n'
            '  - partage de flacons sous hotte dans les 8 h suivant la perforation ;\n'
            '  - alternative : %s.\n\nAucun changement de protocole n’est requis pour l’instant. Les '
            'prescripteurs seront avisés individuellement si la situation se prolonge.\n\n%s'
            % (d[0], d[2], lots[0], C.fmt_date(ctx.day + datetime.timedelta(days=r.randrange(200, 500)), 'iso'),
               lots[1], C.fmt_date(ctx.day + datetime.timedelta(days=r.randrange(200, 500)), 'iso'),
               C.fmt_date(ctx.fut(r.randrange(10, 40)), 'long'), alt, ctx.sig(ph)))
    to = [('Liste — Oncologie médicale', 'onco-md@cisdr.example'), ('Centre de jour', 'centre-jour-onco@cisdr.example')]
    return ctx.msg('shortage_notice', 'drug shortage notice with lot numbers', subj, ph, to, text,
                   force_body=['plain', 'html', 'alt', None][v])


def nf_recall(ctx, v):
    r = ctx.rng
    boss = ctx.staff('Bastien')
    prod = r.choice([('Pompe élastomère 2 mL/h (46 h)', 'LOT'), ('Tubulure avec filtre 0,2 µm', 'LOT'),
                     ('Pompe volumétrique série 8100', 'N° de série'), ('Dispositif de transfert en circuit fermé', 'LOT')])
    if prod[1] == 'N° de série':
        nums = [C.fmt_sin(sin_like_serial(r), 'space') for _ in range(3)]
    else:
        nums = [C.luhn_lot(r, r.choice(['K', 'E', 'P']), 8) for _ in range(3)]
    subj = 'RAPPEL — %s' % prod[0] if v != 2 else 'Rappel volontaire du fabricant (classe II)'
    text = ('Bonjour,\n\nAvis de rappel reçu ce matin (classe II) :\n\nProduit : %s\n%s visés :\n%s\n\n'
            'Motif : risque de débit supérieur à la valeur nominale (jusqu’à +15 %%).\n'
            'Action : retirer immédiatement les unités des aires de soins et les déposer à la pharmacie, '
            'local B-118. Aucun incident déclaré chez nous à ce jour.\n\nMerci de confirmer par retour de '
            'courriel la vérification de vos unités.\n\n%s'
            % (prod[0], prod[1], '\n'.join('  • %s' % n for n in nums), ctx.sig(boss)))
    atts = []
    if v == 3:
        atts = [A.at('pdf', 'avis_rappel_fabricant.pdf', A.make_pdf('Avis de rappel — %s' % prod[0], [
            'Numéros visés :'] + nums + ['', 'Contact fabricant : 1 800 555-0199'], ctx.date, 'Fabricant'))]
    return ctx.msg('recall', 'device recall notice with serial or lot numbers', subj, boss,
                   [('Tous — Oncologie', 'oncologie-tous@cisdr.example')], text, atts=atts)


def nf_schedule(ctx, v):
    r = ctx.rng
    chef = ctx.staff(r.choice(['Lamarre', 'Bastien']))
    names = ['Sophie Lamarre', 'Josiane Fleury', 'Kevin Dumont', 'Nancy Ouimet', 'Rachid Benali', 'Audrey Plante',
             'Mathieu Cyr', 'Isabelle Vachon', 'François Champagne']
    mon = ctx.day - datetime.timedelta(days=ctx.day.weekday()) + datetime.timedelta(days=7)
    rows = [['Employé', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']]
    for n in names[:r.randrange(6, 9)]:
        rows.append([n] + [r.choice(['7h-15h', '8h-16h', '10h-18h', 'congé', 'salle blanche 7h-15h', 'formation'])
                           for _ in range(5)])
    subj = 'Horaire pharmacie oncologique — semaine du %s' % C.fmt_date(mon, 'dmy')
    if v in (1, 3):
        x = A.make_xlsx([('Horaire', rows)], ctx.date, chef.full)
        text = ('Bonjour,\n\nHoraire de la semaine prochaine en pièce jointe. Josiane remplace Kevin en salle blanche '
                'mercredi. Rappel : les échanges de quarts doivent être approuvés par moi.\n\n%s' % ctx.sig(chef, True))
        return ctx.msg('staff_schedule', 'pharmacy staff weekly schedule (XLSX)', subj, chef,
                       [('Équipe pharmacie onco', 'pharm-onco@cisdr.example')], text,
                       atts=[A.at('xlsx', 'horaire_%s.xlsx' % mon.isoformat(), x)])
    text = 'Bonjour,\n\n%s\n\nBonne semaine,\n%s' % ('\n'.join(' | '.join(x) for x in rows), ctx.sig(chef, True))
    return ctx.msg('staff_schedule', 'pharmacy staff weekly schedule', subj, chef,
                   [('Équipe pharmacie onco', 'pharm-onco@cisdr.example')], text)


def nf_leave(ctx, v):
    r = ctx.rng
    hd = ctx.staff('Desjardins')
    emp = r.choice(['Annie Provost', 'Caroline Demers', 'Karine Dufresne', 'Nancy Ouimet'])
    d1 = ctx.fut(r.randrange(15, 60))
    d2 = d1 + datetime.timedelta(days=r.choice([4, 11, 18]))
    subj = ['Demande de vacances approuvée', 'RE: congé férié mobile', 'Vacances d’été — calendrier',
            'Congé sans solde — réponse'][v]
    if v == 2:
        rows = [['Employé(e)', 'Du', 'Au', 'Statut']]
        for n in ['Annie Provost', 'Caroline Demers', 'Karine Dufresne', 'Audrey Plante', 'Rachid Benali']:
            a = ctx.fut(r.randrange(30, 90))
            rows.append([n, a.isoformat(), (a + datetime.timedelta(days=r.choice([7, 14]))).isoformat(),
                         r.choice(['approuvé', 'en attente', 'approuvé'])])
        text = ('Bonjour l’équipe,\n\nVoici le calendrier des vacances d’été à ce jour :\n\n%s\n\n'
                'Maximum deux infirmières absentes en même temps au centre de jour.\n\n%s'
                % ('\n'.join(' | '.join(x) for x in rows), ctx.sig(hd)))
    else:
        text = ('Bonjour %s,\n\nTa demande de %s du %s au %s est %s. Elle a été saisie dans Logibec.\n\n'
                'Merci de t’assurer que tes suivis téléphoniques sont redistribués avant ton départ.\n\n%s'
                % (emp.split()[0], ['vacances', 'congé mobile', '', 'congé sans solde'][v] or 'congé', C.fmt_date(d1, 'long'),
                   C.fmt_date(d2, 'long'), r.choice(['approuvée', 'acceptée']), ctx.sig(hd, True)))
    return ctx.msg('hr_leave', 'staff leave approval or vacation calendar', subj, hd,
                   [(emp, C.strip_accents(emp[0] + emp.split()[1]).lower() + '@cisdr.example')], text)


def nf_payroll(ctx, v):
    r = ctx.rng
    rh = ('Service de la paie', 'paie@cisdr.example')
    emp = r.choice([('Josiane', 'Fleury'), ('Kevin', 'Dumont'), ('Audrey', 'Plante'), ('François', 'Champagne')])
    mat = '%06d' % r.randrange(100000, 999999)
    subj = ['Correction de paie — prime de soir', 'Relevé de paie — période %d' % r.randrange(1, 26),
            'Remboursement de formation', 'Rappel : feuilles de temps'][v]
    if v == 3:
        text = ('Bonjour,\n\nRappel : les feuilles de temps de la période se terminant le %s doivent être approuvées '
                'dans Logibec avant lundi 10 h. Les heures supplémentaires non approuvées seront payées à la '
                'période suivante.\n\nService de la paie\nPoste 4020' % C.fmt_date(ctx.fut(3), 'long'))
        return ctx.msg('payroll', 'timesheet approval reminder', subj, rh,
                       [('Gestionnaires — Oncologie', 'gest-onco@cisdr.example')], text)
    text = ('Bonjour %s %s (matricule %s),\n\nSuite à votre demande, un ajustement de %s $ a été appliqué : %s. '
            'Il apparaîtra sur le dépôt du %s. Code de paie 0415, centre d’activités 6720-ONC.\n\n'
            'Service de la paie\nPoste 4020'
            % (emp[0], emp[1], mat, K.fmt_num(round(r.uniform(40, 900), 2), 'fr'),
               ['prime de soir non versée (3 quarts)', 'écart d’échelon salarial', 'formation hors établissement'][v % 3],
               C.fmt_date(ctx.fut(6), 'long')))
    return ctx.msg('payroll', 'payroll correction for an employee', subj, rh,
                   [('%s %s' % emp, C.strip_accents(emp[0][0] + emp[1]).lower() + '@cisdr.example')], text)


def nf_newsletter(ctx, v):
    r = ctx.rng
    ed = ('Info-Onco — Direction des services professionnels', 'info-onco@cisdr.example')
    ex = EXTRA_FR[v * 2 % len(EXTRA_FR)]
    ex2 = EXTRA_FR[(v * 2 + 1) % len(EXTRA_FR)]
    items = [
        ('Bienvenue', '%s %s %s se joint à l’équipe d’hémato-oncologie. %s s’intéresse particulièrement au myélome '
                      'multiple et aux lymphomes indolents, et reprendra la clinique de thérapies orales du jeudi.'
         % ('Dre' if ex[2] == 'F' else 'Dr', ex[0], ex[1], 'Elle' if ex[2] == 'F' else 'Il')),
        ('Chiffres du trimestre', '%d visites au centre de jour (+%d %%), %d préparations stériles, taux d’occupation '
                                  'des fauteuils de %d %%.' % (r.randrange(2600, 3400), r.randrange(2, 9),
                                                              r.randrange(3800, 5200), r.randrange(78, 96))),
        ('Reconnaissance', 'Félicitations à Mme %s %s, ATP, qui a reçu le prix Engagement pour la mise en place du '
                           'double contrôle gravimétrique.' % ex2[:2]),
        ('Formation', 'Dre Nadia Koulibaly présentera « Toxicités de l’immunothérapie : colite, hépatite, '
                      'endocrinopathies » le %s à midi, salle Laurentienne.' % C.fmt_date(ctx.fut(9), 'long')),
        ('Rappel', 'Le dépliant « Votre traitement de chimiothérapie à domicile » a été mis à jour (pompe élastomère).'),
    ]
    r.shuffle(items)
    htm = ('<html><body style="font-family:Arial"><h2 style="color:#1d5f8a">Info-Onco — %s %d</h2>%s'
           '<p style="font-size:9pt;color:#777">Pour vous désabonner, répondez « retrait ».</p></body></html>'
           % (C.MOIS[ctx.day.month - 1], ctx.day.year,
              ''.join('<h3>%s</h3><p>%s</p>' % (t, b) for t, b in items)))
    text = 'Info-Onco — %s %d\n\n%s\n\nPour vous désabonner, répondez « retrait ».' % (
        C.MOIS[ctx.day.month - 1], ctx.day.year, '\n\n'.join('%s\n%s' % (t.upper(), b) for t, b in items))
    return ctx.msg('newsletter', 'department newsletter with staff news and aggregate figures',
                   'Info-Onco — bulletin de %s' % C.MOIS[ctx.day.month - 1], ed,
                   [('Personnel — Oncologie', 'oncologie-tous@cisdr.example')], text, html=htm,
                   force_body=['alt', 'html', 'alt', 'html'][v])


def nf_committee(ctx, v):
    r = ctx.rng
    sec = ctx.staff('Bastien')
    d = ctx.fut(r.randrange(5, 15))
    points = ['Adoption du procès-verbal', 'Ajout au formulaire : trastuzumab biosimilaire (substitution automatique)',
              'Révision du protocole FOLFIRINOX modifié (mFOLFIRINOX, sans bolus)',
              'Pénuries : suivi carboplatine et leucovorin', 'Ordonnances pré-imprimées : migration vers ChimioNet',
              'Bilan des déclarations AH-223 du trimestre (données agrégées)', 'Varia']
    r.shuffle(points[1:-1])
    subj = ['Comité de pharmacologie — ordre du jour', 'Convocation : sous-comité d’oncologie',
            'CP — documents pour la rencontre du %s' % C.fmt_date(d, 'dmy'), 'Procès-verbal à approuver'][v]
    text = ('Bonjour,\n\nVous êtes convoqués à la rencontre du sous-comité d’oncologie du comité de pharmacologie, '
            '%s de 12 h à 13 h 30, salle 2-104 et Teams.\n\nOrdre du jour :\n%s\n\nPrésidence : Dr Julien Arsenault. '
            'Secrétaire : Éric Bastien.\n\n%s' % (C.day_fr(d), '\n'.join('%d. %s' % (i + 1, p) for i, p in enumerate(points)),
                                                ctx.sig(sec, True)))
    atts = []
    if v in (2, 3):
        doc = A.make_docx('Sous-comité d’oncologie — %s' % ('ordre du jour' if v == 2 else 'procès-verbal'),
                          points + ['Présents : Dr J. Arsenault, Dre N. Koulibaly, I. Vachon, É. Bastien, H. Desjardins'],
                          ctx.date, sec.full)
        atts = [A.at('docx', 'SCO_%s.docx' % d.isoformat(), doc)]
    return ctx.msg('committee', 'pharmacy and therapeutics subcommittee notice', subj, sec,
                   [('Membres — Sous-comité oncologie', 'sco-membres@cisdr.example')], text, atts=atts)


def nf_conference(ctx, v):
    r = ctx.rng
    org = ('Secrétariat — Journée scientifique', 'journee.onco@cisdr.example')
    d = ctx.fut(r.randrange(20, 60))
    sp = EXTRA_FR[:]
    r.shuffle(sp)
    talks = ['Mise à jour sur le cancer du sein HER2-faible', 'Immunothérapie et hépatites : algorithmes',
             'Pharmacogénomique DPYD : un an d’expérience régionale', 'Préparation stérile : nouvelles normes',
             'Lymphome diffus : place des CAR-T en 2025', 'Myélome multiple en rechute : séquences']
    prog = ['%s — %s %s %s, %s' % ('%02d h %02d' % (8 + i, 30 if i % 2 else 0), 'Dre' if s[2] == 'F' else 'Dr', s[0], s[1], t)
            for i, (s, t) in enumerate(zip(sp, talks))]
    subj = ['Programme — Journée scientifique en oncologie', 'Inscription ouverte : journée scientifique',
            'Dernier rappel — journée du %s' % C.fmt_date(d, 'dmy'), 'Programme final (PDF)'][v]
    text = ('Bonjour,\n\nLa 12e Journée scientifique régionale en oncologie aura lieu le %s à l’auditorium de '
            'l’Hôpital Saint-Aurèle.\n\n%s\n\nInscription gratuite pour le personnel ; 6 heures de formation '
            'reconnues (OPQ, OIIQ).\n\nLe comité organisateur' % (C.fmt_date(d, 'long'), '\n'.join(prog)))
    atts = []
    if v == 3:
        atts = [A.at('pdf', 'programme_journee_onco.pdf', A.make_pdf('12e Journée scientifique en oncologie', prog,
                                                                     ctx.date, 'Comité organisateur'))]
    return ctx.msg('conference', 'regional oncology conference programme with speakers', subj, org,
                   [('Tout le personnel', 'tous@cisdr.example')], text, atts=atts, force_body='html' if v == 1 else None)


def nf_job(ctx, v):
    r = ctx.rng
    rh = ('Dotation — Ressources humaines', 'dotation@cisdr.example')
    post = [('Pharmacien(ne) — oncologie', 'Pharm. D. ; résidence en pharmacothérapie avancée un atout'),
            ('Assistant(e) technique en pharmacie — salle blanche', 'DEP ATP ; formation USP <800> un atout'),
            ('Infirmier(ère) clinicien(ne) — centre de jour d’oncologie', 'BAC en sciences infirmières ; CSIO(C) un atout'),
            ('Agent(e) administratif(ve) classe 2 — centre de jour', 'DEP secrétariat ; maîtrise de Logibec')][v]
    text = ('AFFICHAGE INTERNE/EXTERNE n° %s-%03d\n\nTitre : %s\nStatut : temps complet permanent, jour\n'
            'Port d’attache : %s\nExigences : %s\nÉchelle salariale : selon la convention collective\n\n'
            'Faites parvenir votre CV avant le %s.\n\nLe CISDR souscrit à un programme d’accès à l’égalité en emploi.'
            % (ctx.day.year, r.randrange(1, 400), post[0], C.HOSP, post[1], C.fmt_date(ctx.fut(10), 'long')))
    return ctx.msg('job_posting', 'job posting', 'Affichage : %s' % post[0], rh,
                   [('Liste — Affichages', 'affichages@cisdr.example')], text)


def nf_invoice(ctx, v):
    r = ctx.rng
    ws = ctx.ext('wholesaler')
    no = 'FA-%d-%06d' % (ctx.day.year, r.randrange(100000, 999999))
    lines = []
    total = 0
    for d in r.sample(K.SHORT_DRUGS, 3):
        q = r.randrange(2, 30)
        pu = round(r.uniform(8, 420), 2)
        total += q * pu
        lines.append('%-34s DIN %s  qté %3d  PU %8.2f $  lot %s' % (d[0], d[2], q, pu, C.luhn_lot(r, '', 8)))
    tps, tvq = business_number(r), business_number(r)
    fields = ['Facture n° : %s' % no, 'Date : %s' % ctx.day.isoformat(), 'No client : 4471-%04d' % r.randrange(1000, 9999),
              'Bon de commande : BC-%07d' % r.randrange(1000000, 9999999),
              'Livré à : Pharmacie, %s, %s' % (C.HOSP, C.ORG_ADDR), ''] + lines + [
        '', 'Sous-total : %.2f $' % total, 'TPS (%sRT0001) : exonéré' % tps, 'TVQ (%sTQ0001) : exonéré' % tvq,
        'Conditions : net 30 jours']
    pdf = A.make_pdf('MédiDistrib Québec — Facture', fields, ctx.date, 'MédiDistrib')
    subj = ['Facture %s' % no, 'Votre facture MédiDistrib', 'Facture en souffrance — rappel', 'Copie de facture'][v]
    text = ('Bonjour,\n\nVeuillez trouver ci-joint la facture %s. Pour toute question : comptes-clients, '
            '1 800 555-0162.\n\nMédiDistrib Québec' % no)
    return ctx.msg('invoice', 'wholesaler invoice with lot numbers (PDF)', subj, ws,
                   [('Comptes payables', 'comptes.payables@cisdr.example')], text,
                   atts=[A.at('pdf', '%s.pdf' % no, pdf)])


def nf_po(ctx, v):
    r = ctx.rng
    buyer = ('Approvisionnement — Pharmacie', 'appro.pharmacie@cisdr.example')
    items = [('Gants nitrile chimio ASTM D6978, M', 'boîte 100', 40), ('Blouses imperméables à poignets', 'caisse 50', 12),
             ('CSTD — adaptateur de flacon 20 mm', 'boîte 50', 30), ('Trousse de déversement cytotoxique', 'unité', 6),
             ('Tapis absorbants hotte', 'paquet 100', 10), ('Sacs jaunes cytotoxiques 30 L', 'caisse 200', 4)]
    rows = [['Article', 'Code', 'Format', 'Qté', 'Prix unitaire']]
    for it in r.sample(items, 4):
        rows.append([it[0], C.luhn_lot(r, '', 7), it[1], it[2], round(r.uniform(12, 180), 2)])
    no = 'BC-%07d' % r.randrange(1000000, 9999999)
    x = A.make_xlsx([('Bon de commande', rows)], ctx.date, 'Approvisionnement')
    subj = 'Bon de commande %s' % no
    text = ('Bonjour,\n\nVeuillez traiter le bon de commande %s ci-joint. Livraison au quai de la pharmacie, '
            'porte 3. Contact réception : 819 555-0147.\n\nApprovisionnement' % no)
    return ctx.msg('purchase_order', 'purchase order for hazardous drug handling supplies (XLSX)', subj, buyer,
                   [('Fournitures Médicales Boréal', 'commandes@fmboreal.example')], text,
                   atts=[A.at('xlsx', '%s.xlsx' % no, x)])


def nf_inventory(ctx, v):
    r = ctx.rng
    tech = ctx.staff('Fleury')
    rows = [['Produit', 'DIN', 'Lot', 'Exp.', 'Qté', 'Emplacement']]
    for d in K.SHORT_DRUGS:
        rows.append([d[0], d[2], C.luhn_lot(r, '', 8), (ctx.day + datetime.timedelta(days=r.randrange(40, 600))).isoformat(),
                     r.randrange(0, 40), r.choice(['Frigo A', 'Frigo B', 'Tablette 3', 'Armoire cytotoxiques'])])
    subj = 'Inventaire mensuel antinéoplasiques — %s' % C.MOIS[ctx.day.month - 1]
    text = ('Bonjour,\n\nInventaire complété ce matin. Trois produits expirent dans moins de 60 jours (en jaune). '
            'Écart de -2 fioles sur la vincristine, vérifié avec le registre : bris documenté.\n\n%s' % ctx.sig(tech, True))
    if v % 2:
        return ctx.msg('inventory', 'monthly antineoplastic inventory (XLSX)', subj, tech, [ctx.staff('Bastien')], text,
                       atts=[A.at('xlsx', 'inventaire_%s.xlsx' % ctx.day.strftime('%Y-%m'),
                                  A.make_xlsx([('Inventaire', rows)], ctx.date, tech.full))])
    return ctx.msg('inventory', 'monthly antineoplastic inventory (CSV)', subj, tech, [ctx.staff('Bastien')], text,
                   atts=[A.at('csv', 'inventaire.csv', text=A.make_csv(rows, ';'), charset='windows-1252', cte='base64')])


TEMPLATES = [nf_shortage, nf_recall, nf_schedule, nf_leave, nf_payroll, nf_newsletter, nf_committee,
             nf_conference, nf_job, nf_invoice, nf_po, nf_inventory]
