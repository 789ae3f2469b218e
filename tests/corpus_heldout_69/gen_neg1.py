# -*- coding: utf-8 -*-
"""Negative templates, part 1 (hard negatives: clinical vocabulary, staff
names, identifier-looking numbers, but no identifiable patient)."""
import datetime as dt

import gen_files as F
import gen_mime as M
from gen_ctx import Att, G, result, num

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def _matricule(r):
    return '%07d' % r.randrange(100000, 9999999)


# ------------------------------------------------------------ 1 staff schedule
def staff_schedule(c):
    r, L = c.rng, c.lang
    mgr = c.st('manager')
    nurses = [s for s in G.STAFF if s[4] in ('nurse', 'txcoord', 'dietitian')]
    start = c.later(7, 20)
    start -= dt.timedelta(days=start.weekday())
    days = [start + dt.timedelta(days=i) for i in range(5)]
    posts = [c.fr('Clinique pompe', 'Pump clinic'), c.fr('Clinique greffe', 'Transplant clinic'), c.fr('Enseignement groupe', 'Group teaching'),
             c.fr('Télésoins', 'Virtual care'), c.fr('Clinique tacro', 'Tac clinic'), c.fr('Formation', 'Training')]
    rows = [[c.fr('Employé(e)', 'Employee'), c.fr('Matricule', 'Employee #')] + [G.fmt_date(d, L, r, 0) for d in days]]
    for s in nurses:
        rows.append(['%s, %s' % (s[1], s[0]), _matricule(r)] + [r.choice(posts + [c.fr('Congé', 'Off')]) for _ in days])
    kind = r.choice(['xlsx', 'inline'])
    if kind == 'xlsx':
        atts = [Att('horaire_%s.xlsx' % start.isoformat(), XLSX, F.make_xlsx([(c.fr('Horaire', 'Schedule'), rows)], G.staff_name(mgr, L, False)))]
        text = '\n'.join([c.greet(), '', c.fr('Voici l\'horaire de la semaine du %s. Les échanges doivent être approuvés avant jeudi.',
                                              'Schedule for the week of %s attached. Swaps must be approved by Thursday.') % G.fmt_date(start, L, r, 1),
                          '', c.sig(mgr, 1)])
        m = c.msg(c.fr('Horaire semaine du %s', 'Schedule week of %s') % G.fmt_date(start, L, r, 0), text, c.who(mgr),
                  [(c.fr('Équipe CED-greffe', 'DEC-transplant team'), 'equipe.ced@%s' % G.CHU['dom'])], atts=atts)
    else:
        text = '\n'.join([c.greet(), '', c.fr('Horaire proposé :', 'Proposed schedule:'), ''] + [' | '.join(x) for x in rows] + ['', c.sig(mgr, 2)])
        m = c.msg(c.fr('Horaire proposé', 'Proposed schedule'), text, c.who(mgr),
                  [(c.fr('Équipe CED-greffe', 'DEC-transplant team'), 'equipe.ced@%s' % G.CHU['dom'])], mode=r.choice(['html', 'alt']))
    return result('staff_schedule', m, [], 'staff roster with employee numbers')


# ------------------------------------------------------------ 2 staff leave
def staff_leave(c):
    r, L = c.rng, c.lang
    n = c.st(('nurse', 'dietitian', 'txcoord', 'pharm'))
    mgr = c.st('manager')
    d1 = c.later(20, 90)
    d2 = d1 + dt.timedelta(days=r.randrange(4, 15))
    cover = c.st(('nurse', 'txcoord'), exclude=(n,))
    q = c.fr('Bonjour %s,\n\nJe souhaiterais prendre mes vacances du %s au %s. %s a accepté de couvrir la clinique pompe et les appels de suivi des greffés.\n\n%s',
             'Hi %s,\n\nI would like to take vacation from %s to %s. %s agreed to cover pump clinic and the transplant follow-up calls.\n\n%s') % \
        (mgr[0], G.fmt_date(d1, L, r, 1), G.fmt_date(d2, L, r, 1), cover[0], n[0])
    if r.random() < 0.5:
        text = c.fr('Approuvé, bonnes vacances! Pense à mettre ton message d\'absence.', 'Approved, enjoy! Please set your out-of-office.') + \
            '\n\n' + mgr[0] + '\n\n' + M.quote_block(q, L, '%s <%s>' % c.who(n, False), c.date, r)
        m = c.msg('RE: ' + c.fr('Demande de vacances', 'Vacation request'), text, c.who(mgr), [c.who(n)], irt=c.irt())
    else:
        m = c.msg(c.fr('Demande de vacances', 'Vacation request'), q, c.who(n), [c.who(mgr)])
    return result('staff_leave', m, [], 'staff vacation request')


# ------------------------------------------------------------ 3 occupational health of an employee
def occ_health_staff(c):
    r, L = c.rng, c.lang
    mgr = c.st('manager')
    emp = c.st(('nurse', 'dietitian', 'admin', 'txcoord'))
    kind = r.randrange(3)
    if kind == 0:
        body = c.fr('Suite à l\'avis du bureau de santé au travail, %s reprend en retour progressif lundi (3 jours/semaine) avec restriction : '
                    'pas de manutention de plus de 10 kg pendant 4 semaines. Matricule %s. Merci d\'en tenir compte dans l\'horaire.',
                    'Per Occupational Health, %s returns on a graduated schedule Monday (3 days/week), no lifting over 10 kg for 4 weeks. '
                    'Employee # %s. Please plan the schedule accordingly.') % (G.staff_name(emp, L, False), _matricule(r))
        subj = c.fr('Retour progressif - employé(e)', 'Graduated return - staff')
    elif kind == 1:
        body = c.fr('Déclaration d\'accident de travail : piqûre d\'aiguille (stylo d\'insuline) de %s le %s en salle 4. '
                    'Suivi sérologique de l\'employée prévu au bureau de santé. Aucun arrêt de travail.',
                    'Workplace incident report: needlestick (insulin pen) for %s on %s in room 4. Employee serology follow-up booked with Occupational Health. No lost time.') % \
            (G.staff_name(emp, L, False), G.fmt_date(c.earlier(1, 5), L, r, 1))
        subj = c.fr('Déclaration SST', 'Workplace incident report')
    else:
        body = c.fr('Campagne de vaccination antigrippale du personnel : clinique mobile au 3e le %s de 7 h à 15 h. Apportez votre carte d\'employé. '
                    'Taux de vaccination actuel de l\'unité : %d %%.', 'Staff flu vaccination: mobile clinic on 3rd floor %s from 7 to 3. Bring your badge. '
                    'Current unit vaccination rate: %d%%.') % (G.day_text(c.later(3, 15), L), r.randrange(40, 80))
        subj = c.fr('Vaccination antigrippale - personnel', 'Staff flu shots')
    to = [c.who(emp)] if kind == 1 else [(c.fr('Personnel CED-greffe', 'DEC-transplant staff'), 'equipe.ced@%s' % G.CHU['dom'])]
    m = c.msg(subj, '\n'.join([c.greet(), '', body, '', c.sig(mgr, r.choice([0, 1]))]), c.who(mgr), to)
    return result('occ_health_staff', m, [], 'employee occupational health / HR')


# ------------------------------------------------------------ 4 supplier invoice
def supplier_invoice(c):
    r, L = c.rng, c.lang
    sup = r.choice(G.SUPPLIERS)
    po = '45%08d' % r.randrange(10 ** 8)
    inv = 'INV-%d-%05d' % (c.date.year, r.randrange(10 ** 5))
    items = [(r.choice(['Réservoirs 3 mL (boîte 10)', 'Cathéters 6 mm (boîte 10)', 'Capteurs CGM (paquet 3)', 'Bandelettes GlycoCheck x100',
                        'Émetteur de remplacement', 'Lancettes 30G x200']), r.randrange(2, 40), round(r.uniform(18, 420), 2),
              'LOT %s' % r.choice(['24B%04d', '23K%04d', 'A%06d']) % r.randrange(10 ** 4)) for _ in range(r.randrange(3, 7))]
    table = [['Article', 'Qté', 'Prix unit.', 'Lot', 'Total']] + [[a, q, '%.2f' % p, lot, '%.2f' % (q * p)] for a, q, p, lot in items]
    tot = sum(q * p for _, q, p, _ in items)
    lines = ['%s — %s' % (sup['name'], 'Facture' if L == 'fr' else 'Invoice'), '%s : %s' % ('N° facture' if L == 'fr' else 'Invoice no', inv),
             'PO : %s' % po, 'Client : %s, %s' % (G.CHU['name_fr'], G.CHU['cde_fr']), 'Total : %.2f $ (TPS/TVQ incluses)' % (tot * 1.14975)]
    pdf = F.make_pdf('Facture %s' % inv, lines, table, author=sup['name'])
    rep = ('%s %s' % sup['rep'], 'facturation@%s' % sup['dom'])
    text = '\n'.join([c.greet(), '', c.fr('Veuillez trouver ci-joint la facture %s pour le bon de commande %s. Paiement net 30 jours.',
                                          'Please find attached invoice %s for PO %s. Net 30.') % (inv, po), '', 'Comptes recevables', sup['name'], '1 800 555-01%02d' % r.randrange(100)])
    m = c.msg('%s %s / PO %s' % (c.fr('Facture', 'Invoice'), inv, po), text, rep, [('Comptes fournisseurs', 'comptes.fournisseurs@%s' % G.CHU['dom'])],
              cc=[c.who(c.st('manager'))], atts=[Att('%s.pdf' % inv, 'application/pdf', pdf)])
    return result('supplier_invoice', m, [], 'supplier invoice with PO and lot numbers')


# ------------------------------------------------------------ 5 supplier recall / field safety notice
def supplier_recall(c):
    r, L = c.rng, c.lang
    sup = r.choice([s for s in G.SUPPLIERS if 'Pump' in s['product'] or 'Flow' in s['product']])
    lots = ['%s%05d' % (r.choice(['LT', 'K', 'B2']), r.randrange(10 ** 5)) for _ in range(r.randrange(3, 7))]
    sers = [G.luhn_serial(r, 10) for _ in range(r.randrange(2, 5))]
    body = [c.greet(), '',
            c.fr('AVIS DE SÉCURITÉ TERRAIN — %s', 'FIELD SAFETY NOTICE — %s') % sup['product'], '',
            c.fr('Certains lots d\'ensembles de perfusion peuvent présenter une fuite au connecteur pouvant entraîner une sous-administration d\'insuline, '
                 'une hyperglycémie et, dans de rares cas, une acidocétose diabétique.', 'Certain infusion set lots may leak at the connector, which can cause '
                 'insulin under-delivery, hyperglycaemia and, rarely, diabetic ketoacidosis.'), '',
            c.fr('Lots visés :', 'Affected lots:')] + ['- ' + x for x in lots] + \
        ['', c.fr('Pompes de démonstration à vérifier (n° de série) :', 'Demo pumps to be checked (serial numbers):')] + ['- ' + x for x in sers] + \
        ['', c.fr('Aucune action n\'est requise de la part des patients utilisant d\'autres lots. Merci de retourner le formulaire d\'accusé de réception.',
                  'No action is needed for patients using other lots. Please return the acknowledgement form.'), '',
         '%s %s' % sup['rep'], c.fr('Affaires réglementaires', 'Regulatory Affairs'), sup['name']]
    m = c.msg(c.fr('Avis de sécurité - ensembles de perfusion', 'Field Safety Notice - infusion sets'), '\n'.join(body),
              ('%s %s' % sup['rep'], 'qualite@%s' % sup['dom']), [c.who(c.st('manager')), c.who(c.st('nurse'))])
    if r.random() < 0.4:
        m['text'] = c.fr('Pour info à l\'équipe : vérifiez votre stock de démonstration.', 'FYI team: please check demo stock.') + '\n\n' + \
            M.forward_block(m['text'], L, '%s <%s>' % m['frm'], c.date, m['subject'], '%s <%s>' % m['to'][0], r)
        m['subject'] = c.fr('TR: ', 'FW: ') + m['subject']
        mgr = c.st('manager')
        m['frm'], m['to'] = c.who(mgr), [(c.fr('Équipe CED', 'DEC team'), 'equipe.ced@%s' % G.CHU['dom'])]
    return result('supplier_recall', m, [], 'field safety notice with lot and serial numbers')


# ------------------------------------------------------------ 6 loaner pump inventory
def pump_loaner_inventory(c):
    r, L = c.rng, c.lang
    nurse = c.st('nurse')
    rows = [[c.fr('Modèle', 'Model'), c.fr('N° série', 'Serial'), c.fr('Étiquette actif', 'Asset tag'), c.fr('Statut', 'Status'), c.fr('Dernière vérif.', 'Last check')]]
    for _ in range(r.randrange(6, 13)):
        sup = r.choice([s for s in G.SUPPLIERS if 'Pump' in s['product']])
        rows.append([sup['product'], G.luhn_serial(r, r.choice([9, 10])), 'CHU-%06d' % r.randrange(10 ** 6),
                     r.choice([c.fr('en prêt', 'on loan'), c.fr('disponible', 'available'), c.fr('en réparation', 'in repair'), c.fr('démo', 'demo')]),
                     G.fmt_date(c.earlier(5, 200), L, r, 0)])
    att = Att('inventaire_pompes_pret.xlsx', XLSX, F.make_xlsx([('Inventaire', rows)], G.staff_name(nurse, L, False)))
    text = '\n'.join([c.greet(), '', c.fr('Inventaire à jour des pompes de prêt et de démonstration. Deux pompes sont encore chez le fournisseur.',
                                          'Updated loaner/demo pump inventory. Two units still at the vendor.'), '', c.sig(nurse, 1)])
    m = c.msg(c.fr('Inventaire pompes de prêt', 'Loaner pump inventory'), text, c.who(nurse), [c.who(c.st('manager'))], atts=[att])
    return result('pump_loaner_inventory', m, [], 'device inventory with checksum-valid serials')


# ------------------------------------------------------------ 7 research protocol amendment
def research_protocol(c):
    r, L = c.rng, c.lang
    pi = c.st('research')
    co = c.st('rescoord')
    study = r.choice(['GLYCO-TX', 'RENAL-SGLT', 'CLOSE-LOOP-QC', 'TACRO-XR'])
    reb = 'MP-%02d-%d-%04d' % (r.randrange(10, 40), c.date.year, r.randrange(10 ** 4))
    paras = [c.fr('Amendement n° %d — protocole %s (CER %s)', 'Amendment #%d — %s protocol (REB %s)') % (r.randrange(2, 6), study, reb),
             '## ' + c.fr('Modifications', 'Changes'),
             '- ' + c.fr('Critère d\'inclusion : HbA1c entre 7,0 et 10,5 % (au lieu de 7,5-10,0 %).', 'Inclusion: HbA1c 7.0-10.5% (was 7.5-10.0%).'),
             '- ' + c.fr('Exclusion : DFGe < 25 mL/min/1,73 m², rejet aigu traité dans les 3 derniers mois.', 'Exclusion: eGFR < 25, treated acute rejection in past 3 months.'),
             '- ' + c.fr('Ajout d\'une visite à 18 mois avec dosage du tacrolimus et HbA1c.', 'Added 18-month visit with tacrolimus trough and HbA1c.'),
             '- ' + c.fr('Version du formulaire de consentement : 4.0 du %s.', 'Consent form version 4.0 dated %s.') % G.fmt_date(c.earlier(5, 30), L, r, 0)]
    att = Att('%s_amendement_v4.docx' % study, DOCX, F.make_docx(paras[0], paras[1:], author=G.staff_name(pi, L, False)))
    text = '\n'.join([c.greet(), '', c.fr('Ci-joint l\'amendement à déposer au CER. Merci de relire d\'ici vendredi.',
                                          'Attached is the amendment for REB submission. Please review by Friday.'), '', c.sig(co, 1)])
    m = c.msg('%s — %s %s' % (study, c.fr('amendement', 'amendment'), reb), text, c.who(co), [c.who(pi, True)], atts=[att])
    return result('research_protocol', m, [], 'protocol amendment with eligibility criteria')


# ------------------------------------------------------------ 8 research aggregate
def research_aggregate(c):
    r, L = c.rng, c.lang
    pi = c.st('research')
    study = r.choice(['GLYCO-TX', 'RENAL-SGLT', 'CLOSE-LOOP-QC'])
    sites = ['Saint-Aurèle', 'Lac-Bellerive', 'Port Aldwin', 'Haute-Senne']
    rows = [['Site', c.fr('Sélectionnés', 'Screened'), c.fr('Randomisés', 'Randomised'), c.fr('HbA1c moy.', 'Mean A1c'), 'EIG/SAE']]
    for s in sites:
        sc = r.randrange(20, 90)
        rows.append([s, str(sc), str(r.randrange(5, sc)), num(r.uniform(7.4, 8.8), L), str(r.randrange(0, 4))])
    text = '\n'.join([c.greet(), '', c.fr('Rapport de recrutement %s au %s :', '%s enrolment report as of %s:') % (study, G.fmt_date(c.date.date(), L, r, 1)), ''] +
                     [' | '.join(x) for x in rows] + ['', c.fr('Aucun EIG relié au dispositif. Prochaine réunion du DSMB en %s.', 'No device-related SAEs. Next DSMB in %s.') %
                                                     (G.MOIS if L == 'fr' else G.MONTHS)[(c.date.month + 1) % 12], '', c.sig(pi, r.choice([0, 1]))])
    m = c.msg('%s — %s' % (study, c.fr('rapport de recrutement', 'enrolment report')), text, c.who(pi, True),
              [(c.fr('Investigateurs %s', '%s investigators') % study, '%s-inv@%s' % (study.lower(), G.CHU['dom']))], mode=r.choice([None, 'alt', 'html']))
    return result('research_aggregate', m, [], 'aggregate enrolment statistics')


# ------------------------------------------------------------ 9 grand rounds
def grand_rounds(c):
    r, L = c.rng, c.lang
    sp = c.st(('endo', 'nephro', 'research'))
    topic = r.choice([c.fr('Rejet humoral chronique : nouveautés 2024', 'Chronic antibody-mediated rejection: 2024 update'),
                      c.fr('Boucle fermée hybride chez l\'adulte avec hypoglycémies non ressenties', 'Hybrid closed loop in adults with hypoglycaemia unawareness'),
                      c.fr('Diabète post-greffe : prévenir et traiter', 'Post-transplant diabetes: prevention and treatment'),
                      c.fr('Hyperparathyroïdie tertiaire après greffe rénale', 'Tertiary hyperparathyroidism after kidney transplant'),
                      c.fr('iSGLT2 chez le greffé rénal : données récentes', 'SGLT2 inhibitors in kidney transplant recipients')])
    day = c.later(5, 30)
    start = dt.datetime(day.year, day.month, day.day, 12, 0)
    ev = {'uid': 'gr-%s@%s' % (start.strftime('%Y%m%d'), G.CHU['dom']), 'start': start, 'end': start + dt.timedelta(hours=1),
          'summary': c.fr('Grande conférence : %s', 'Grand Rounds: %s') % topic, 'location': c.fr('Amphithéâtre B-120 et Teams', 'Auditorium B-120 and Teams'),
          'description': c.fr('Conférencier(ère) : %s. Crédits de formation continue : 1 h.', 'Speaker: %s. CME: 1 credit.') % G.staff_name(sp, L),
          'organizer': ('Secrétariat enseignement', 'enseignement@%s' % G.CHU['dom'])}
    text = '\n'.join([c.greet(), '', c.fr('Vous êtes invités à la grande conférence du %s : « %s », présentée par %s, spécialiste du sujet depuis 15 ans.',
                                          'You are invited to Grand Rounds on %s: "%s", presented by %s.') % (G.day_text(day, L), topic, G.staff_name(sp, L)),
                      c.fr('Dîner servi à 11 h 45.', 'Lunch served at 11:45.'), '', c.fr('Secrétariat de l\'enseignement', 'Education office')])
    m = c.msg(c.fr('Grande conférence - %s', 'Grand Rounds - %s') % G.fmt_date(day, L, r, 0), text, ('Secrétariat enseignement', 'enseignement@%s' % G.CHU['dom']),
              [(c.fr('Département de médecine', 'Department of Medicine'), 'medecine-tous@%s' % G.CHU['dom'])], atts=[Att('conference.ics', 'text/calendar', F.make_ics([ev]))])
    return result('grand_rounds', m, [], 'grand rounds invite: speaker and clinical topic')


# ------------------------------------------------------------ 10 newsletter
def newsletter(c):
    r, L = c.rng, c.lang
    mgr = c.st('manager')
    tips = [c.fr('Le calcul des glucides : lire les étiquettes nutritionnelles', 'Carb counting: reading nutrition labels'),
            c.fr('Hypoglycémie : la règle du 15-15', 'Lows: the 15-15 rule'),
            c.fr('Voyager avec sa pompe à insuline', 'Travelling with an insulin pump'),
            c.fr('Après la greffe : protéger sa peau du soleil', 'After transplant: sun protection'),
            c.fr('Potassium : quels fruits choisir?', 'Potassium: which fruits to choose?'),
            c.fr('Nouveau : groupe de soutien pour proches aidants', 'New: caregiver support group')]
    sel = r.sample(tips, 3)
    htm = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body style="font-family:Georgia,serif">',
           '<h1 style="color:#2a6">%s</h1>' % c.fr('L\'Info-CED — %s %d', 'DEC News — %s %d') % ((G.MOIS if L == 'fr' else G.MONTHS)[c.date.month - 1], c.date.year)]
    blurbs = [c.fr('Nos nutritionnistes vous proposent quelques conseils pratiques.', 'Our dietitians share a few practical tips.'),
              c.fr('Parlez-en à votre équipe lors de votre prochaine visite.', 'Ask your team at your next visit.'),
              c.fr('Une fiche à imprimer est disponible à l\'accueil du CED.', 'A printable sheet is available at the DEC front desk.'),
              c.fr('Inscription au 514 555-0157 (places limitées).', 'Register at 514 555-0157 (limited spots).')]
    for t in sel:
        htm.append('<h2>%s</h2><p>%s</p>' % (t, ' '.join(r.sample(blurbs, 2))))
    htm.append('<p style="font-size:9pt;color:#777">%s — %s — 514 555-0157</p></body></html>' % (G.CHU['cde_' + L], G.CHU['addr']))
    text = '\n\n'.join([c.fr('L\'Info-CED', 'DEC News')] + sel)
    m = c.msg(c.fr('L\'Info-CED - édition de %s', 'DEC News - %s edition') % (G.MOIS if L == 'fr' else G.MONTHS)[c.date.month - 1], text,
              ('Info-CED', 'info-ced@%s' % G.CHU['dom']), [(c.fr('Abonnés', 'Subscribers'), 'abonnes-ced@%s' % G.CHU['dom'])], html='\n'.join(htm),
              mode=r.choice(['html', 'alt']))
    return result('newsletter', m, [], 'education centre newsletter')


# ------------------------------------------------------------ 11 blank form
def blank_form(c):
    r, L = c.rng, c.lang
    nurse = c.st('nurse')
    title = r.choice([c.fr('Ordonnance — départ de pompe à insuline', 'Order set — insulin pump start'),
                      c.fr('Demande de consultation — greffe rénale', 'Consult request — kidney transplant'),
                      c.fr('Formulaire de suivi nutritionnel', 'Nutrition follow-up form')])
    paras = [c.fr('Nom du patient : ______________________', 'Patient name: ______________________'),
             c.fr('NAM : ____ ____ ____    Date de naissance : AAAA-MM-JJ', 'Health card: ____ ____ ____    DOB: YYYY-MM-DD'),
             c.fr('N° de dossier : __________', 'MRN: __________'),
             c.fr('Diagnostic : [ ] DB1  [ ] DB2  [ ] autre : ______', 'Diagnosis: [ ] T1D  [ ] T2D  [ ] other: ______'),
             c.fr('Débit de base : ____ U/h   Ratio : 1 U / ____ g   Facteur de sensibilité : ____', 'Basal: ____ U/h   Ratio: 1 U / ____ g   ISF: ____'),
             c.fr('Signature du prescripteur : ______________  Date : ________', 'Prescriber signature: ______________  Date: ________')]
    kind = r.choice(['docx', 'pdf'])
    if kind == 'docx':
        att = Att('formulaire_vierge.docx', DOCX, F.make_docx(title, paras, author=G.staff_name(nurse, L, False)))
    else:
        att = Att('formulaire_vierge.pdf', 'application/pdf', F.make_pdf(title, paras, author=G.CHU['name_fr']))
    text = '\n'.join([c.greet(), '', c.fr('Voici la nouvelle version du formulaire (version %s). Merci de détruire les anciennes copies papier.',
                                          'New version of the form attached (version %s). Please recycle old paper copies.') % G.fmt_date(c.date.date(), L, r, 0),
                      '', c.sig(nurse, 1)])
    m = c.msg(c.fr('Nouveau formulaire : %s', 'New form: %s') % title, text, c.who(nurse), [(c.fr('Équipe CED', 'DEC team'), 'equipe.ced@%s' % G.CHU['dom'])], atts=[att])
    return result('blank_form', m, [], 'blank clinical form (%s)' % kind)


# ------------------------------------------------------------ 12 anonymised teaching case
def teaching_case(c):
    r, L = c.rng, c.lang
    md = c.st(('endo', 'nephro'))
    case = r.choice([
        c.fr('Homme de 58 ans, greffé rénal il y a 8 mois, tacrolimus résiduel 14,2 ng/mL, créatinine passée de 110 à 165 µmol/L, tremblements. '
             'Quelle est votre démarche?', 'A 58-year-old man, 8 months post kidney transplant, tac trough 14.2 ng/mL, creatinine up from 110 to 165, tremor. What next?'),
        c.fr('Femme de 24 ans, DB1 depuis 12 ans, pompe, 3 épisodes d\'ACD cette année, HbA1c 10,9 %. Discussion : facteurs psychosociaux.',
             'A 24-year-old woman with T1D for 12 years on a pump, 3 DKA episodes this year, A1c 10.9%. Discussion: psychosocial factors.'),
        c.fr('Patient de 67 ans, DLT2, DFGe 38, sous metformine et gliclazide, hypoglycémies nocturnes. Que modifier?',
             'A 67-year-old with T2D, eGFR 38, on metformin and gliclazide, nocturnal lows. What would you change?')])
    text = '\n'.join([c.greet(), '', c.fr('Cas clinique pour le club de lecture des résidents de jeudi (cas fictif / anonymisé) :',
                                          "Case for Thursday's residents' teaching session (anonymised):"), '', case, '',
                      c.fr('Lecture suggérée : lignes directrices KDIGO et Diabète Canada.', 'Suggested reading: KDIGO and Diabetes Canada guidelines.'), '', c.sig(md, 0)])
    m = c.msg(c.fr('Cas clinique - résidents', 'Teaching case - residents'), text, c.who(md, True),
              [(c.fr('Résidents médecine interne', 'IM residents'), 'residents-mi@%s' % G.CHU['dom'])])
    return result('teaching_case', m, [], 'anonymised teaching case')


# ------------------------------------------------------------ 13 committee notice
def committee_notice(c):
    r, L = c.rng, c.lang
    coord = c.st('txcoord')
    day = c.later(3, 20)
    n = r.randrange(3, 9)
    items = [c.fr('Adoption du procès-verbal du %s', 'Approval of minutes of %s') % G.fmt_date(c.earlier(20, 40), L, r, 1),
             c.fr('Présentation de %d dossiers de candidats (documents dans le dossier partagé sécurisé)', 'Review of %d candidate files (documents in secure share)') % n,
             c.fr('Statistiques de la liste d\'attente (T%d)', 'Wait-list statistics (Q%d)') % r.randrange(1, 5),
             c.fr('Révision du protocole de désensibilisation', 'Desensitisation protocol review'), c.fr('Varia', 'Other business')]
    text = '\n'.join([c.greet(), '', c.fr('Le comité de sélection en greffe rénale se réunira le %s à 7 h 30, salle C-314.',
                                          'The kidney transplant selection committee meets on %s at 7:30, room C-314.') % G.day_text(day, L), '',
                      c.fr('Ordre du jour :', 'Agenda:')] + ['%d. %s' % (i + 1, x) for i, x in enumerate(items)] + ['', c.sig(coord, 1)])
    m = c.msg(c.fr('Comité de sélection greffe - %s', 'Transplant selection committee - %s') % G.fmt_date(day, L, r, 0), text, c.who(coord),
              [(c.fr('Comité de sélection', 'Selection committee'), 'comite-greffe@%s' % G.CHU['dom'])])
    return result('committee_notice', m, [], 'committee meeting notice and agenda')


# ------------------------------------------------------------ 14 job posting
def job_posting(c):
    r, L = c.rng, c.lang
    hr = ('Ressources humaines', 'recrutement@%s' % G.CHU['dom'])
    job = r.choice([c.fr('Infirmière clinicienne — éducatrice en diabète (CDE)', 'Clinical Nurse — Certified Diabetes Educator'),
                    c.fr('Nutritionniste — clinique de greffe rénale', 'Dietitian — kidney transplant clinic'),
                    c.fr('Coordonnatrice de recherche clinique — endocrinologie', 'Clinical research coordinator — endocrinology')])
    text = '\n'.join([c.fr('AFFICHAGE DE POSTE n° %d-%04d', 'JOB POSTING #%d-%04d') % (c.date.year, r.randrange(10 ** 4)), '', job, '',
                      c.fr('Poste permanent temps complet, jour. Échelle salariale : %d $ à %d $ / heure.', 'Permanent full-time, days. Pay scale: $%d to $%d / hour.') % (r.randrange(30, 36), r.randrange(50, 58)),
                      c.fr('Exigences : membre en règle de l\'ordre professionnel; expérience en insulinothérapie intensive, pompes et capteurs; bilinguisme un atout.',
                           'Requirements: licensed; experience with intensive insulin therapy, pumps and CGM; bilingualism an asset.'),
                      c.fr('Date limite : %s', 'Deadline: %s') % G.fmt_date(c.later(10, 30), L, r, 1), '', hr[0]])
    m = c.msg(c.fr('Affichage : %s', 'Posting: %s') % job, text, hr, [(c.fr('Tout le personnel', 'All staff'), 'tous@%s' % G.CHU['dom'])])
    return result('job_posting', m, [], 'job posting')


# ------------------------------------------------------------ 15 room booking / facilities
def room_booking(c):
    r, L = c.rng, c.lang
    nurse = c.st(('nurse', 'dietitian'))
    day = c.later(5, 40)
    room = r.choice(['B-214', 'C-010', 'A-3.12', 'salle Laurentide'])
    body = c.fr('Je voudrais réserver la salle %s le %s de 13 h à 16 h pour le groupe « Vivre avec une greffe » (12 participants prévus, '
                'projecteur et tableau blanc). Il faudrait aussi 12 chaises supplémentaires et des collations sans sucre ajouté.',
                'I would like to book room %s on %s 1-4 pm for the "Living with a transplant" group (12 participants expected, projector and whiteboard). '
                'We also need 12 extra chairs and no-added-sugar snacks.') % (room, G.day_text(day, L))
    text = '\n'.join([c.greet(), '', body, '', c.thanks(), c.sig(nurse, 1)])
    m = c.msg(c.fr('Réservation de salle %s', 'Room booking %s') % room, text, c.who(nurse), [('Réservation de salles', 'salles@%s' % G.CHU['dom'])])
    if r.random() < 0.5:
        m['text'] = c.fr('Réservation confirmée, n° %s. Le service alimentaire vous contactera.', 'Booking confirmed, ref %s. Food services will contact you.') % \
            ('R%07d' % r.randrange(10 ** 7)) + '\n\n' + M.quote_block(text, L, '%s <%s>' % c.who(nurse, False), c.date, r)
        m['frm'], m['to'] = ('Réservation de salles', 'salles@%s' % G.CHU['dom']), [c.who(nurse)]
        m['subject'] = 'RE: ' + m['subject']
    return result('room_booking', m, [], 'room booking for a group class')


# ------------------------------------------------------------ 16 IT notice
def it_notice(c):
    r, L = c.rng, c.lang
    it = ('Service desk TI' if L == 'fr' else 'IT Service Desk', 'servicedesk@%s' % G.CHU['dom'])
    kind = r.randrange(3)
    if kind == 0:
        body = c.fr('Interruption planifiée du dossier clinique informatisé le %s de 0 h à 4 h. Les résultats de laboratoire (incluant taux de tacrolimus et HbA1c) '
                    'seront disponibles sur papier à l\'unité. Billet de changement CHG%07d.',
                    'Planned EHR downtime on %s 00:00-04:00. Lab results (including tacrolimus troughs and A1c) will print on the unit. Change ticket CHG%07d.') % (G.day_text(c.later(2, 14), L), r.randrange(10 ** 7))
        subj = c.fr('Interruption planifiée du DCI', 'Planned EHR downtime')
    elif kind == 1:
        body = c.fr('Le portail infonuagique des lecteurs de glycémie et capteurs sera mis à jour (v%d.%d). Les cliniciens devront se reconnecter avec l\'authentification multifacteur. '
                    'Aucune donnée ne sera perdue.', 'The cloud portal for meters and CGM will be upgraded (v%d.%d). Clinicians must sign in again with MFA. No data will be lost.') % (r.randrange(3, 9), r.randrange(10))
        subj = c.fr('Mise à jour portail CGM', 'CGM portal upgrade')
    else:
        body = c.fr('Votre billet INC%07d (imprimante de la salle 4, clinique pompe) a été résolu. Numéro de série de l\'appareil : %s.',
                    'Your ticket INC%07d (room 4 printer, pump clinic) has been resolved. Device serial: %s.') % (r.randrange(10 ** 7), G.luhn_serial(r, 10))
        subj = c.fr('Billet résolu', 'Ticket resolved')
    m = c.msg(subj, '\n'.join([c.greet(), '', body, '', it[0], 'poste 0190']), it, [(c.fr('Utilisateurs', 'Users'), 'utilisateurs-endo@%s' % G.CHU['dom'])])
    return result('it_notice', m, [], 'IT notice')


# ------------------------------------------------------------ 17 dietitian team minutes
def diet_team_minutes(c):
    r, L = c.rng, c.lang
    d = c.st('dietitian')
    present = ', '.join(G.staff_name(s, L, False) for s in G.STAFF if s[4] == 'dietitian')
    paras = [c.fr('Présents : %s', 'Present: %s') % present,
             '## ' + c.fr('Points discutés', 'Items'),
             '- ' + c.fr('Nouveau dépliant « Potassium et greffe » : révision terminée, impression 500 copies.', 'New "Potassium and transplant" handout: review done, print 500.'),
             '- ' + c.fr('Délais : %d patients en attente d\'une première rencontre au CED (moyenne %d jours).', 'Wait list: %d patients awaiting first DEC visit (mean %d days).') % (r.randrange(15, 60), r.randrange(10, 45)),
             '- ' + c.fr('Menu de la cafétéria : affichage des glucides à partir de %s.', 'Cafeteria menu: carb labels starting %s.') % (G.MOIS if L == 'fr' else G.MONTHS)[c.date.month % 12],
             '- ' + c.fr('Formation sur les pompes Orbis pour les nutritionnistes le %s.', 'Orbis pump training for dietitians on %s.') % G.fmt_date(c.later(5, 30), L, r, 1)]
    kind = r.choice(['docx', 'inline'])
    if kind == 'docx':
        atts = [Att('PV_nutrition_%s.docx' % c.date.strftime('%Y%m%d'), DOCX, F.make_docx(c.fr('Procès-verbal — équipe de nutrition', 'Minutes — nutrition team'), paras, author=G.staff_name(d, L, False)))]
        text = '\n'.join([c.greet(), '', c.fr('PV de la réunion ci-joint.', 'Minutes attached.'), '', c.sig(d, 2)])
    else:
        atts = []
        text = '\n'.join([c.greet(), ''] + [p.replace('## ', '') for p in paras] + ['', c.sig(d, 2)])
    m = c.msg(c.fr('PV réunion nutrition', 'Nutrition team minutes'), text, c.who(d), [(c.fr('Nutrition clinique', 'Clinical nutrition'), 'nutrition@%s' % G.CHU['dom'])], atts=atts)
    return result('diet_team_minutes', m, [], 'team meeting minutes')


# ------------------------------------------------------------ 18 quality dashboard
def quality_dashboard(c):
    r, L = c.rng, c.lang
    mgr = c.st('manager')
    rows = [[c.fr('Indicateur', 'Indicator'), 'T1', 'T2', 'T3', c.fr('Cible', 'Target')],
            [c.fr('% greffés avec tacro dans la cible', '% recipients with tac in range')] + ['%d %%' % r.randrange(60, 85) for _ in range(3)] + ['80 %'],
            [c.fr('HbA1c médiane, clinique pompe', 'Median A1c, pump clinic')] + ['%s %%' % num(r.uniform(7.0, 8.2), L) for _ in range(3)] + ['< 7,5 %' if L == 'fr' else '< 7.5%'],
            [c.fr('TIR médian (CGM)', 'Median TIR (CGM)')] + ['%d %%' % r.randrange(52, 70) for _ in range(3)] + ['> 70 %'],
            [c.fr('Réadmissions à 30 jours post-greffe', '30-day readmissions post-tx')] + ['%d' % r.randrange(1, 9) for _ in range(3)] + ['< 5'],
            [c.fr('Délai 1re visite CED (jours)', 'Days to first DEC visit')] + ['%d' % r.randrange(12, 50) for _ in range(3)] + ['30']]
    att = Att('tableau_de_bord_qualite.xlsx', XLSX, F.make_xlsx([('Indicateurs', rows)], G.staff_name(mgr, L, False)))
    text = '\n'.join([c.greet(), '', c.fr('Tableau de bord qualité du trimestre. Données agrégées, aucun renseignement nominatif.',
                                          'Quarterly quality dashboard. Aggregate data only.'), '', c.sig(mgr, 1)])
    m = c.msg(c.fr('Tableau de bord qualité', 'Quality dashboard'), text, c.who(mgr), [(c.fr('Direction médicale', 'Medical leadership'), 'dsp@%s' % G.CHU['dom'])], atts=[att])
    return result('quality_dashboard', m, [], 'aggregate quality indicators')


NEG1 = [(staff_schedule, 5), (staff_leave, 5), (occ_health_staff, 5), (supplier_invoice, 5), (supplier_recall, 5), (pump_loaner_inventory, 5),
        (research_protocol, 5), (research_aggregate, 5), (grand_rounds, 5), (newsletter, 5), (blank_form, 5), (teaching_case, 5),
        (committee_notice, 5), (job_posting, 5), (room_booking, 5), (it_notice, 5), (diet_team_minutes, 5), (quality_dashboard, 5)]
