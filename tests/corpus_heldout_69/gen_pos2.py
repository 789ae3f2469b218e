# -*- coding: utf-8 -*-
"""Positive templates, part 2: foreign identifiers, suppliers, research,
subject/file-name leaks, exception drugs, SIN, ZIP, forwarded .eml."""
import random

import gen_files as F
import gen_mime as M
from gen_ctx import Att, G, result, num, hba1c, social, DIAB_DX, ESRD_DX, INSULINS, INSULINS_EN, ORAL_DM, ORAL_DM_EN, \
    IMMUNO, IMMUNO_EN, PROPHY, PROPHY_EN

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


# ------------------------------------------------------------ 11 Belgian transfer (NISS)
def be_transfer(c):
    r = c.rng
    c.lang = L = 'fr'
    p = c.other_patient('be', (30, 70))
    T = {'patient_name', 'be_niss', 'diagnosis', 'medication', 'lab_result'}
    neph = c.st('nephro', )
    sender = ('Dr Laurence Vanhove', 'l.vanhove@%s' % G.BEL['dom'])
    txd = c.earlier(200, 2200)
    lines = ['Chère Consœur, Cher Confrère,', '',
             "Nous vous adressons %s, %s, NISS %s, greffé%s rénal%s le %s (donneur décédé) sur %s." %
             (c.nm(p, r.choice([1, 0])), G.fmt_dob(p, L, r), G.fmt_niss(p.niss, r), 'e' if p.sex == 'F' else '', 'e' if p.sex == 'F' else '',
              G.fmt_date(txd, L, r, 1), r.choice(ESRD_DX['fr'])),
             "%s s'installe au Québec pour raisons familiales et souhaite poursuivre son suivi dans votre centre." % ('Elle' if p.sex == 'F' else 'Il'),
             '',
             'Traitement actuel : Advagraf %d mg/j, mycophénolate mofétil 500 mg 2x/j, méthylprednisolone 4 mg/j, %s.' %
             (r.randrange(2, 9), r.choice(PROPHY[3:])),
             'Derniers résultats (%s) : créatinine %s mg/dL, taux résiduel de tacrolimus %s µg/L, protéinurie %s g/24 h, DSA négatifs.' %
             (G.fmt_date(c.earlier(10, 40), L, r, 2), num(r.uniform(0.9, 2.1), L), num(r.uniform(4.5, 10.5), L), num(r.uniform(0.1, 0.9), L, 2)),
             ]
    T.add('date_of_birth')
    if r.random() < 0.4:
        lines.append('Coordonnées de la patiente au Québec : %s, %s.' % (G.add_contact(G.Person('x', 'y', p.dob, p.sex, 'qc'), r).address, G.phone(r))
                     if p.sex == 'F' else 'Coordonnées du patient au Québec : %s, %s.' % (G.add_contact(G.Person('x', 'y', p.dob, p.sex, 'qc'), r).address, G.phone(r)))
        T.add('patient_contact')
    lines += ['', 'Nous restons à votre disposition.', '', 'Confraternellement,', sender[0], 'Service de néphrologie et transplantation',
              G.BEL['name'], G.BEL['addr'], '+32 2 555 01 40']
    text = '\n'.join(lines)
    atts = []
    if r.random() < 0.5:
        atts.append(Att('lettre_transfert_%s.pdf' % G.strip_accents(p.surname).lower(), 'application/pdf',
                        F.make_pdf('Lettre de transfert — néphrologie', lines, author=sender[0])))
        text = '\n'.join(['Chère Consœur, Cher Confrère,', '', 'Veuillez trouver ci-joint la lettre de transfert de %s.' % c.nm(p, 3), '',
                          'Bien confraternellement,', sender[0], G.BEL['name']])
    m = c.msg('Transfert de suivi - greffe rénale - %s' % p.surname.upper(), text, sender, [c.who(neph, True)], atts=atts)
    return result('be_transfer', m, T, 'Belgian transfer letter with NISS, transplant treatment and levels')


# ------------------------------------------------------------ 12 French patient (NIR)
def fr_patient_nir(c):
    r = c.rng
    c.lang = L = 'fr'
    p = c.other_patient('fr', (18, 45))
    T = {'patient_name', 'fr_nir', 'diagnosis', 'medication'}
    nurse = c.st('nurse')
    fr_md = ('Dr Paul Esnault', 'paul.esnault@%s' % G.FRA['dom'])
    case = r.choice(['etud', 'sej'])
    lines = [c.greet(), '',
             "Étudiant%s en échange à Montréal jusqu'en juin, %s (%s, NIR %s) est suivi%s chez nous pour un diabète de type 1 sous pompe %s." %
             ('e' if p.sex == 'F' else '', c.nm(p, 0), G.fmt_date(p.dob, L, r, 2), G.fmt_nir(p.nir, r), 'e' if p.sex == 'F' else '',
              r.choice(['NovaPump X3', 'Orbis Patch Pump'])),
             'Insuline : %s. Dernière HbA1c %s %%.' % (r.choice(INSULINS[:3]), num(hba1c(r, 6.5, 9.0), L)),
             "Pourriez-vous prendre le relais pour le renouvellement des consommables et l'ordonnance d'insuline pendant son séjour?",
             '', 'Bien cordialement,', fr_md[0], 'Service de diabétologie, %s' % G.FRA['name']]
    T |= {'date_of_birth', 'lab_result'}
    if r.random() < 0.4:
        lines.insert(5, 'Joignable au %s ou %s.' % (G.phone(r, ['438']), p.email))
        T.add('patient_contact')
    text = '\n'.join(lines)
    frm, to, subj = fr_md, [c.who(nurse)], 'Relais de suivi - patient%s DT1 en échange' % ('e' if p.sex == 'F' else '')
    if r.random() < 0.5:
        text = c.fr('Pour info, à mettre à l\'horaire de la clinique pompe.', '') + '\n\n' + \
            M.quote_block(text, L, '%s <%s>' % fr_md, c.date, r, r.choice([0, 1]))
        frm, to, subj = c.who(nurse), [c.who(c.st('endo'), True)], 'TR: ' + subj
    m = c.msg(subj, text, frm, to)
    return result('fr_patient_nir', m, T, 'French diabetology hand-over with NIR')


# ------------------------------------------------------------ 13 supplier warranty / replacement
def supplier_warranty(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(8, 85)
    sup = r.choice([s for s in G.SUPPLIERS if 'Pump' in s['product']])
    T = {'patient_name', 'diagnosis'}
    nurse = c.st('nurse')
    ser = G.luhn_serial(r, 10)
    issue = r.choice([c.fr('alarmes d\'occlusion répétées', 'repeated occlusion alarms'), c.fr('écran fissuré', 'cracked screen'),
                      c.fr('bouton inactif', 'unresponsive button'), c.fr('pile qui se vide en 2 jours', 'battery draining in 2 days')])
    lines = [c.greet((sup['rep'][0], sup['rep'][1], '', '', '', '', '')), '',
             c.fr('Demande de remplacement sous garantie :', 'Warranty replacement request:'),
             c.fr('- Patient(e) : %s', '- Patient: %s') % c.nm(p, r.choice([0, 1, 2])),
             c.fr('- Appareil : %s, n° de série %s', '- Device: %s, serial %s') % (sup['product'], ser),
             c.fr('- Problème : %s depuis le %s', '- Issue: %s since %s') % (issue, G.fmt_date(c.earlier(1, 8), L, r, 1)),
             c.fr('- DB type 1, sous %s; retour temporaire aux stylos en attendant.', '- T1D on %s; back on pens meanwhile.') % r.choice(INSULINS[:3] if L == 'fr' else INSULINS_EN[:3])]
    T.add('medication')
    if r.random() < 0.7:
        lines.append(c.fr('- Livraison à domicile : %s (tél. %s)', '- Ship to home: %s (tel. %s)') % (p.address, p.phone))
        T.add('patient_contact')
    if r.random() < 0.4:
        lines.append('- ' + G.fmt_dob(p, L, r))
        T.add('date_of_birth')
    lines += ['', c.thanks(), c.sig(nurse, r.choice([0, 1]))]
    text = '\n'.join(lines)
    subj = c.fr('Remplacement pompe %s', 'Pump replacement %s') % ser
    frm, to = c.who(nurse), [('%s %s' % sup['rep'], '%s.%s@%s' % (G.strip_accents(sup['rep'][0]).lower(), G.strip_accents(sup['rep'][1]).lower(), sup['dom']))]
    if r.random() < 0.4:
        rep_ans = c.fr('Bonjour, c\'est noté. RMA %s, expédition demain par messagerie.', 'Hi, noted. RMA %s, shipping tomorrow by courier.') % ('RMA-%06d' % r.randrange(10 ** 6))
        text = rep_ans + '\n\n%s %s\n%s\n\n' % (sup['rep'][0], sup['rep'][1], sup['name']) + M.quote_block(text, L, '%s <%s>' % frm, c.date, r)
        frm, to = to[0], [frm]
        subj = 'RE: ' + subj
    m = c.msg(subj, text, frm, to)
    return result('supplier_warranty', m, T, 'pump warranty request naming the patient (supplier mail)')


# ------------------------------------------------------------ 14 research screening / enrolment
def research_enrol(c):
    r, L = c.rng, c.lang
    coord = c.st('rescoord') if L == 'fr' else c.st(('rescoord', 'research'))
    pi = c.st('research', exclude=(coord,))
    study = r.choice(['GLYCO-TX', 'RENAL-SGLT', 'CLOSE-LOOP-QC', 'TACRO-XR'])
    T = {'patient_name', 'mrn', 'lab_result', 'diagnosis'}
    pts = []
    while len(pts) < r.randrange(2, 6):
        p = c.qc_patient(18, 75)
        if p not in pts:
            pts.append(p)
    rows = [[c.fr('Participant', 'Participant'), c.fr('Dossier', 'MRN'), 'Dx', 'HbA1c', 'DFGe/eGFR', c.fr('Éligible', 'Eligible'), c.fr('Commentaire', 'Comment')]]
    for p in pts:
        el = r.choice([c.fr('oui', 'yes'), c.fr('non', 'no')])
        com = r.choice([c.fr('consentement signé', 'consent signed'), c.fr('refus', 'declined'),
                        c.fr('exclu : grossesse en cours', 'excluded: pregnant') if p.sex == 'F' else c.fr('exclu : rejet aigu récent', 'excluded: recent rejection'),
                        c.fr('à rappeler', 'call back')])
        dx = r.choice(['DB2', 'DB1', c.fr('greffé rénal + DPG', 'kidney tx + PTDM'), 'DLT2'] if L == 'fr' else ['T2D', 'T1D', 'kidney tx + PTDM'])
        rows.append([c.nm(p, r.choice([0, 4, 5])), p.mrn, dx, num(hba1c(r), L), str(r.randrange(25, 90)), el, com])
    if r.random() < 0.5:
        att = Att('screening_log_%s.xlsx' % study, XLSX, F.make_xlsx([('Screening', rows)], G.staff_name(coord, L, False)))
        text = '\n'.join([c.greet(pi), '', c.fr('Registre de sélection %s à jour (%d patients vus en clinique cette semaine).',
                                                'Updated %s screening log (%d clinic patients this week).') % (study, len(pts)), '', c.sig(coord, 1)])
        m = c.msg('%s screening log' % study, text, c.who(coord), [c.who(pi, True)], atts=[att])
    else:
        tbl = '\n'.join(' | '.join(x) for x in rows)
        text = '\n'.join([c.greet(pi), '', c.fr('Pré-sélection %s :', '%s pre-screening:') % study, '', tbl, '', c.thanks(), c.sig(coord, 2)])
        m = c.msg('%s - %s' % (study, c.fr('pré-sélection', 'pre-screening')), text, c.who(coord), [c.who(pi, True)], mode=r.choice(['html', 'alt', None]))
    return result('research_enrol', m, T, 'research screening log with patient names, MRNs and labs')


# ------------------------------------------------------------ 15 subject-only leak
def subject_only(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(20, 85)
    T = {'patient_name', 'diagnosis'}
    a, b = c.st(('nephro', 'endo')), c.st(('txcoord', 'nurse'))
    dx = r.choice([c.fr('rejet aigu?', 'acute rejection?'), c.fr('BK virémie', 'BK viremia'), c.fr('ACD', 'DKA'),
                   c.fr('hypo sévère', 'severe hypo'), c.fr('CMV positif', 'CMV positive')])
    subj = r.choice(['%s %s - %s' % (p.surname.upper(), p.given, dx), '%s - %s' % (c.nm(p, 3), dx), 'RE: %s %s %s' % (p.given, p.surname, dx)])
    body = r.choice([c.fr('Vu. On l\'admet demain matin, je m\'occupe des papiers.', 'Seen. Admitting tomorrow morning, I will do the paperwork.'),
                     c.fr('Peux-tu m\'appeler quand tu as deux minutes?', 'Call me when you have a minute?'),
                     c.fr('Ok pour moi.', 'OK with me.')])
    m = c.msg(subj, body + '\n\n' + c.sig(a, 2), c.who(a), [c.who(b)], irt=c.irt() if subj.startswith('RE') else None)
    return result('subject_only', m, T, 'identity and diagnosis only in the Subject line')


# ------------------------------------------------------------ 16 file-name-only leak
def filename_only(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(20, 85)
    T = {'patient_name', 'diagnosis'}
    a, b = c.st(('txcoord', 'admin', 'nurse')), c.st(('nephro', 'endo'))
    dx = r.choice(['biopsie_greffon_rejet', 'rejet_humoral', 'acidocetose', 'nephropathie_IgA', 'graft_biopsy_rejection',
                   'Graves_thyroidectomy', 'DKA_admission'])
    fn = '%s_%s_%s.pdf' % (G.strip_accents(p.surname), G.strip_accents(p.given), dx)
    if r.random() < 0.3:
        fn = fn.replace('_', ' ')
    pdf = F.make_pdf(c.fr('Document numérisé', 'Scanned document'), [c.fr('[image numérisée — 3 pages]', '[scanned image — 3 pages]')])
    body = r.choice([c.fr('Voici le document demandé.', 'Here is the document you asked for.'), c.fr('Ci-joint.', 'Attached.'),
                     c.fr('Reçu par fax ce matin, je te le transmets.', 'Came in by fax this morning, forwarding.')])
    m = c.msg(c.fr('Document', 'Document') if r.random() < 0.5 else c.fr('Fax reçu', 'Fax received'), body + '\n\n' + c.sig(a, 2),
              c.who(a), [c.who(b)], atts=[Att(fn, 'application/pdf', pdf)])
    return result('filename_only', m, T, 'identity and diagnosis only in the attachment file name')


# ------------------------------------------------------------ 17 exception drug request (NAM)
def med_exception(c):
    r = c.rng
    c.lang = L = 'fr' if r.random() < 0.8 else c.lang
    p = c.qc_patient(18, 85)
    T = {'patient_name', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'}
    sec = c.st(('admin', 'pharm'))
    md = c.st('endo')
    drug = r.choice(['sémaglutide (Ozempic)', 'capteurs GlucoSense Flow 2', 'dégludec (Tresiba)', 'empagliflozine (Jardiance)', 'tériparatide (Forteo)'])
    if L == 'en':
        drug = drug.replace('sémaglutide', 'semaglutide').replace('capteurs', 'sensors').replace('dégludec', 'degludec').replace('empagliflozine', 'empagliflozin').replace('tériparatide', 'teriparatide')
    a1c = num(hba1c(r, 7.2, 10.5), L)
    lines = [c.fr('Demande d\'autorisation — médicament d\'exception', 'Exception drug authorization request'),
             '%s : %s' % (c.fr('Nom', 'Name'), '%s, %s' % (p.surname, p.given)),
             'NAM : %s' % G.fmt_nam(p.nam, r),
             c.fr('Date de naissance : %s', 'Date of birth: %s') % G.fmt_date(p.dob, L, r, r.choice([0, 2])),
             c.fr('Médicament demandé : %s', 'Drug requested: %s') % drug,
             c.fr('Indication : %s; HbA1c %s %% malgré metformine 1000 mg BID x 6 mois.', 'Indication: %s; A1c %s%% despite metformin 1000 mg BID x 6 mo.') %
             (r.choice(DIAB_DX[L]) if 'Forteo' not in drug else c.fr('ostéoporose sévère, T-score -3,4', 'severe osteoporosis, T-score -3.4'), a1c),
             c.fr('Prescripteur : %s', 'Prescriber: %s') % G.staff_name(md, L)]
    T.add('date_of_birth')
    pharmacy = ('Pharmacie Beaulac-Dion', 'ordonnances@pharmabeaulac.example')
    if r.random() < 0.5:
        att = Att('formulaire_exception_%s.pdf' % G.strip_accents(p.surname).lower(), 'application/pdf',
                  F.make_pdf(lines[0], lines[1:], author=G.staff_name(sec, L, False)))
        text = '\n'.join([c.greet(), '', c.fr('Vous trouverez ci-joint le formulaire complété et signé par %s pour %s.',
                                              'Attached is the form completed and signed by %s for %s.') % (G.staff_name(md, L), c.nm(p, 3)),
                          '', c.thanks(), c.sig(sec, 1)])
        m = c.msg(c.fr('Formulaire médicament d\'exception', 'Exception drug form'), text, c.who(sec), [pharmacy], atts=[att])
    else:
        text = '\n'.join([c.greet(), ''] + lines + ['', c.thanks(), c.sig(sec, 1)])
        m = c.msg(c.fr('Méd. d\'exception - %s', 'Exception drug - %s') % p.surname, c.maybe_typo(text), c.who(sec), [pharmacy])
    return result('med_exception', m, T, 'exception drug request with NAM to community pharmacy')


# ------------------------------------------------------------ 18 disability tax credit (SIN)
def sin_tax_credit(c):
    r, L = c.rng, c.lang
    child = r.random() < 0.5
    p = c.qc_patient(4, 17) if child else c.qc_patient(18, 70)
    T = {'patient_name', 'ca_sin', 'diagnosis', 'medication'}
    sec = c.st(('admin', 'nurse'))
    parent = G.random_person(r, 'qc', (30, 50))
    sin_owner = parent if child else p
    sin = G.gen_sin(r)
    lines = [c.greet(), '',
             c.fr('Concerne : crédit d\'impôt pour personnes handicapées (T2201) — %s', 'Re: Disability Tax Credit (T2201) — %s') % c.nm(p, 0)]
    if child:
        lines.append(c.fr('Parent demandeur : %s, NAS %s', 'Claiming parent: %s, SIN %s') % (parent.full(), G.fmt_sin(sin, r)))
        T.add('date_of_birth')
        lines.append(G.fmt_dob(p, L, r))
    else:
        lines.append(c.fr('NAS : %s', 'SIN: %s') % G.fmt_sin(sin, r))
    lines += [c.fr('Le formulaire a été complété par l\'endocrinologue : diabète de type 1 nécessitant une insulinothérapie intensive '
                   '(%s par pompe, > 14 h/semaine de soins).', 'The form was completed by the endocrinologist: type 1 diabetes requiring '
                   'intensive insulin therapy (%s via pump, > 14 h/week of care).') % r.choice(INSULINS[:3] if L == 'fr' else INSULINS_EN[:3]),
              c.fr('Vous pouvez venir le chercher à l\'accueil ou nous pouvons le poster.', 'You can pick it up at reception or we can mail it.'),
              '', c.thanks(), c.sig(sec, 1)]
    to = (parent.full(), G.add_contact(parent, r).email) if child else (p.full(), p.email)
    if r.random() < 0.5:
        to = ('Cabinet comptable Therrien', 'dossiers@therrien-cpa.example')
    m = c.msg(c.fr('Formulaire T2201 complété', 'T2201 form completed'), '\n'.join(lines), c.who(sec), [to])
    if 'therrien' not in to[1]:
        T.add('patient_contact')
    return result('sin_tax_credit', m, T, 'disability tax credit follow-up with SIN and diabetes details')


# ------------------------------------------------------------ 19 ZIP of reports
def zip_reports(c):
    r, L = c.rng, c.lang
    pts = []
    while len(pts) < r.randrange(2, 5):
        p = c.qc_patient(14, 85)
        if p not in pts:
            pts.append(p)
    T = {'patient_name', 'lab_result', 'diagnosis', 'date_of_birth'}
    nurse = c.st('nurse')
    md = c.st('endo')
    entries = []
    for p in pts:
        lines = [c.fr('Patient : %s %s', 'Patient: %s %s') % (p.given, p.surname), G.fmt_dob(p, L, r),
                 c.fr('DB type 1 — résumé capteur 14 jours', 'T1D — 14-day sensor summary'),
                 'TIR %d %% / TBR %d %% / GMI %s %%' % (r.randrange(35, 80), r.randrange(1, 9), num(r.uniform(6.5, 9.5), L))]
        if r.random() < 0.5:
            lines.append(G.fmt_mrn(p.mrn, r, L))
            T.add('mrn')
        name = '%s_%s' % (G.strip_accents(p.surname).upper(), c.date.strftime('%Y%m%d'))
        if r.random() < 0.5:
            entries.append((name + '.pdf', F.make_pdf('CGM', lines)))
        else:
            entries.append((name + '.csv', F.make_csv([['champ', 'valeur'] if L == 'fr' else ['field', 'value']] + [[str(i), l] for i, l in enumerate(lines)])))
    z = F.make_zip(entries)
    text = '\n'.join([c.greet(md), '', c.fr('Rapports des patients de la clinique pompe de %s dans le zip.', 'Reports for %s pump clinic in the zip.') %
                      G.day_text(c.later(1, 6), L), '', c.sig(nurse, 2)])
    m = c.msg(c.fr('Rapports clinique pompe', 'Pump clinic reports'), text, c.who(nurse), [c.who(md, True)],
              atts=[Att('rapports_%s.zip' % c.date.strftime('%Y%m%d'), 'application/zip', z)])
    return result('zip_reports', m, T, 'ZIP archive of per-patient CGM reports')


# ------------------------------------------------------------ 20 forwarded patient mail as .eml
def fwd_patient_eml(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(18, 80)
    T = {'patient_name', 'patient_contact'}
    clinic = (c.fr('Clinique de greffe rénale', 'Kidney Transplant Clinic'), 'greffe.renale@%s' % G.CHU['dom']) if r.random() < 0.5 else \
        (c.fr('Centre d\'enseignement du diabète', 'Diabetes Education Centre'), 'ced@%s' % G.CHU['dom'])
    tx = 'greffe' in clinic[1]
    if tx:
        q = c.fr("Bonjour, c'est %s. Depuis que mon Envarsus est passé à %d mg j'ai des tremblements et mal à la tête. "
                 "Ma prise de sang de lundi disait tacro %s. Est-ce normal? Je suis greffé%s depuis %d.",
                 "Hello, this is %s. Since my Envarsus went up to %d mg I have tremors and headaches. "
                 "Monday's blood test said tac %s. Is this normal? I had my transplant in %d%s.") % \
            (p.full(), r.randrange(3, 10), num(r.uniform(9, 15), L), 'e' if p.sex == 'F' else '', r.randrange(2012, 2024)) if L == 'fr' else \
            ("Hello, this is %s. Since my Envarsus went up to %d mg I have tremors and headaches. "
             "Monday's blood test said tac %s. Is this normal? I had my transplant in %d.") % (p.full(), r.randrange(3, 10), num(r.uniform(9, 15), L), r.randrange(2012, 2024))
        T |= {'medication', 'lab_result', 'diagnosis'}
        to_staff = c.st(('pharm', 'txcoord'))
    else:
        q = c.fr("Bonjour, ici %s. Je suis diabétique type 1 et je pars en croisière 2 semaines. Combien de cartouches d'insuline et de "
                 "capteurs dois-je apporter? Mon A1C était %s. Aussi, est-ce que je peux manger au buffet sans calculer?",
                 "Hi, it's %s. I'm type 1 and going on a 2-week cruise. How many insulin cartridges and sensors should I bring? "
                 "My A1C was %s. Also can I eat at the buffet without counting?") % (p.full(), num(hba1c(r), L))
        T |= {'diagnosis', 'lab_result', 'medication'}
        to_staff = c.st(('dietitian', 'nurse'))
    if r.random() < 0.4:
        q += c.fr(' Vous pouvez me rejoindre au %s.', ' You can reach me at %s.') % p.phone
    q = c.maybe_typo(q, 0.7)
    inner = dict(frm=(p.full(), p.email), to=[clinic], cc=[], subject=c.fr('Question', 'Question') if r.random() < 0.5 else c.fr('aide svp', 'help please'),
                 date=c.date, lang=L, text=q + '\n\n' + p.given, html=None, atts=[], mode='plain', in_reply_to=None, extra_headers=[])
    adm = c.st('admin')
    raw = M.render(inner, random.Random('%s-inner-%s' % (c.seed, p.nam + c.date.isoformat())))
    outer = '\n'.join([c.greet(to_staff), '', c.fr('Message reçu dans la boîte de la clinique, peux-tu répondre? Je le joins.',
                                                   'Message came into the clinic inbox, can you answer? Attaching it.'), '', c.sig(adm, 2)])
    fn = r.choice(['Question.eml', 'message_patient.eml', 'FW patient.eml'])
    m = c.msg(c.fr('TR: message d\'un patient', 'FW: patient message'), outer, c.who(adm), [c.who(to_staff)],
              atts=[Att(fn, 'message/rfc822', raw, eml=True)])
    return result('fwd_patient_eml', m, T, 'patient e-mail forwarded as attached .eml')


POS2 = [(be_transfer, 3), (fr_patient_nir, 3), (supplier_warranty, 4), (research_enrol, 5), (subject_only, 3), (filename_only, 3),
        (med_exception, 5), (sin_tax_credit, 3), (zip_reports, 3), (fwd_patient_eml, 4)]
