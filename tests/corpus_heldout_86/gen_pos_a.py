"""Positive templates, part A: reports, forms and records (CNESST / SAAQ /
WSIB, IME, insurers, lawyers, invoices, labs)."""
import datetime
from gen_core import (L, Mail, nam_patient, plain_patient, name_as, nam_str, file_stem, INJURIES, PSYCH,
                      MEDS, SOCIAL, LABS, MECHANISMS, JOBS, NOISE_JOBS, job, pick, clinic, agent, claim_no, who, quote)
import gen_people as P
import gen_ids as I

TD = datetime.timedelta


def letterhead(c, lang):
    return [c.name, c.street + ', ' + c.city, L(lang, 'Tél. : ', 'Tel: ') + c.phone]


def qc_clinic(rng, lang, kinds=None):
    if lang == 'fr':
        return clinic(rng, 'fr', kinds)
    return rng.choice(P.CLINICS_EN[:2])


def on_clinic(rng):
    return rng.choice([c for c in P.CLINICS_EN[2:] if c.kind != 'ime'])


def patient(ctx, nam_prob=0.85, groups=('worker',)):
    if ctx.lang == 'fr' and ctx.rng.random() < nam_prob:
        return nam_patient(ctx, groups)
    return plain_patient(ctx)


def employer(rng, lang):
    return rng.choice(P.EMPLOYERS_FR if lang == 'fr' else P.EMPLOYERS_EN)


# --------------------------------------------------------------------------- A1
def cnesst_rapport_medical(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang, ['medtravail', 'physio'])
    doc = P.staff(rng, c, 'md')
    adm = P.staff(rng, c, 'admin')
    ag = agent(rng, lang, 'cnesst')
    p = nam_patient(ctx)
    inj = rng.choice(INJURIES)
    med = pick(rng, MEDS, lang)
    claim = claim_no(rng, 'cnesst')
    emp = employer(rng, lang)
    ev = m.date - TD(days=rng.randrange(12, 150))
    wjob = job(rng, lang, p.sex)
    m.sender = rng.choice([adm, doc])
    m.to = [who(ag)]
    if rng.random() < 0.4:
        m.cc = [who(doc if m.sender is adm else adm)]
    nm = name_as(p, rng, lang, rng.choice(['title_full', 'upper_first', 'full']))
    m.subject = rng.choice([L(lang, 'Rapport médical — dossier %s' % claim, 'Medical report - CNESST file %s' % claim),
                            L(lang, 'Rapport médical final - %s' % nm, 'Final medical report - %s' % nm),
                            L(lang, 'Dossier CNESST %s / rapport du Dr %s' % (claim, doc.last), 'CNESST claim %s - report from Dr. %s' % (claim, doc.last))])
    if nm in m.subject:
        m.t('patient_name')
    body = [P.greeting(rng, lang, ag.first if rng.random() < 0.5 else None), '']
    if lang == 'fr':
        body.append(rng.choice([
            'Vous trouverez ci-joint le rapport médical du %s concernant %s, %s chez %s, pour l\'événement du %s.' % (
                P.fdate(m.date, 'fr'), nm, wjob, emp[0], P.fdate(ev, 'fr')),
            'Tel que demandé, voici le rapport médical complété par %s pour %s (dossier %s).' % (doc.formal(), nm, claim),
        ]))
        if rng.random() < 0.6:
            body.append('\nDiagnostic retenu : %s. %s demeure en arrêt de travail complet jusqu\'à la prochaine visite.' % (inj[0], p.pro('fr').capitalize()))
            m.t('diagnosis')
    else:
        body.append(rng.choice([
            'Please find attached the medical report dated %s for %s, %s at %s, regarding the event of %s.' % (
                P.fdate(m.date, 'en'), nm, wjob, emp[0], P.fdate(ev, 'en')),
            'As requested, attached is the report completed by %s for %s (claim %s).' % (doc.formal(), nm, claim),
        ]))
        if rng.random() < 0.6:
            body.append('\nDiagnosis: %s. The worker remains off work until the next visit.' % inj[1])
            m.t('diagnosis')
    m.t('patient_name')
    body += ['', P.closing(rng, lang), P.signature(rng, m.sender, lang)]
    m.text = '\n'.join(body)
    kv = [(L(lang, 'Nom', 'Last name'), p.last.upper()), (L(lang, 'Prénom', 'First name'), p.first),
          (L(lang, 'Date de naissance', 'Date of birth'), P.fdob(p.dob, lang, rng)), (L(lang, 'Sexe', 'Sex'), p.sex),
          (L(lang, 'No d\'assurance maladie', 'Health insurance no. (RAMQ)'), nam_str(p, rng, rng.choice(['plain', 'space', 'dash']))),
          (L(lang, 'No de dossier CNESST', 'CNESST file no.'), claim), (L(lang, 'Employeur', 'Employer'), emp[0]),
          (L(lang, 'Date de l\'événement', 'Date of event'), P.fdate(ev, lang, 'iso')),
          (L(lang, 'Diagnostic', 'Diagnosis'), inj[0] if lang == 'fr' else inj[1]),
          (L(lang, 'Traitements / médication', 'Treatment / medication'), L(lang, 'physiothérapie 3 x/sem.; ', 'physiotherapy 3x/week; ') + med),
          (L(lang, 'Consolidation prévue', 'Expected consolidation'), P.fdate(m.date + TD(days=rng.randrange(20, 90)), lang, 'iso')),
          (L(lang, 'Assignation temporaire', 'Temporary assignment'), rng.choice([L(lang, 'Non', 'No'), L(lang, 'Oui — travaux légers, sans port de charge', 'Yes - light duties, no lifting')])),
          (L(lang, 'Médecin', 'Physician'), doc.formal())]
    m.attach_pdf(rng.choice(['Rapport_medical_%s.pdf' % claim, 'RM_%s.pdf' % file_stem(p, rng), 'scan_%s.pdf' % m.date.strftime('%Y%m%d')]),
                 L(lang, 'Rapport médical — CNESST', 'Medical report - CNESST'), [('kv', kv)], letterhead=letterhead(c, lang))
    m.t('patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication')
    return m, 'cnesst_rapport_medical', L(lang, 'rapport médical CNESST en PDF (NAM, DDN, diagnostic)', 'CNESST medical report PDF (NAM, DOB, diagnosis)')


# --------------------------------------------------------------------------- A2
def rapport_evolution(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang, ['physio'])
    pt = P.staff(rng, c, 'physio')
    agency = rng.choice(['cnesst', 'cnesst', 'saaq'])
    ag = agent(rng, lang, agency)
    p = nam_patient(ctx) if (lang == 'en' or rng.random() < 0.85) else plain_patient(ctx)
    p.mrn = I.make_mrn(rng, 'clinic')
    inj = rng.choice(INJURIES)
    claim = claim_no(rng, agency)
    nm = name_as(p, rng, lang)
    nsess = rng.randrange(6, 30)
    m.sender = pt
    m.to = [who(ag)]
    m.subject = rng.choice([L(lang, 'Rapport d\'évolution en physiothérapie – %s' % nm, 'Physiotherapy progress report - %s' % nm),
                            L(lang, 'Dossier %s - rapport d\'étape' % claim, 'File %s - progress report' % claim),
                            L(lang, 'RE: suivi physio dossier %s' % claim, 'RE: physio follow-up, claim %s' % claim)])
    gain = rng.randrange(20, 70)
    if lang == 'fr':
        txt = ('%s\n\nVeuillez trouver ci-joint le rapport d\'évolution de %s (notre dossier %s), suivi%s en physiothérapie depuis %d séances '
               'pour %s.\n\nL\'amplitude s\'est améliorée d\'environ %d %% mais la douleur demeure à %d/10 à l\'effort. Nous recommandons '
               'de poursuivre 2 séances par semaine pendant 4 semaines%s.\n\n%s\n%s' % (
                   P.greeting(rng, 'fr', ag.first), nm, p.mrn, 'e' if p.sex == 'F' else '', nsess, inj[0], gain,
                   rng.randrange(3, 8), rng.choice(['', ' et d\'amorcer un retour progressif', ', puis une réévaluation']),
                   P.closing(rng, 'fr'), P.signature(rng, pt, 'fr')))
    else:
        txt = ('%s\n\nAttached is the progress report for %s (our chart %s), treated in physiotherapy for %d sessions for %s.\n\n'
               'Range of motion has improved by roughly %d%% but pain remains %d/10 with effort. We recommend continuing twice weekly '
               'for 4 weeks%s.\n\n%s\n%s' % (P.greeting(rng, 'en', ag.first), nm, p.mrn, nsess, inj[1], gain, rng.randrange(3, 8),
                                             rng.choice(['', ' and starting a graduated return to work', ', then reassessment']),
                                             P.closing(rng, 'en'), P.signature(rng, pt, 'en')))
    m.text = txt
    m.t('patient_name', 'mrn', 'diagnosis')
    blocks = [('kv', [(L(lang, 'Client', 'Client'), p.full), (L(lang, 'No dossier clinique', 'Clinic chart'), p.mrn),
                      (L(lang, 'No réclamation', 'Claim no.'), claim)]),
              ('h', L(lang, 'Évaluation subjective', 'Subjective')),
              ('p', L(lang, 'Douleur %d/10, réveils nocturnes, difficulté à %s.' % (rng.randrange(3, 9), rng.choice(['soulever des charges', 'conduire', 'monter les escaliers'])),
                      'Pain %d/10, night waking, difficulty %s.' % (rng.randrange(3, 9), rng.choice(['lifting', 'driving', 'climbing stairs'])))),
              ('h', L(lang, 'Objectifs et plan', 'Goals and plan')),
              ('p', L(lang, 'Renforcement, mobilisation, exercices à domicile. Capacité estimée de retour au travail : %d semaines.' % rng.randrange(2, 10),
                      'Strengthening, mobilisation, home program. Estimated return to work in %d weeks.' % rng.randrange(2, 10)))]
    if p.nam and rng.random() < 0.9:
        blocks[0][1].append(('NAM' if lang == 'fr' else 'RAMQ', nam_str(p, rng)))
        m.t('ramq_nam')
    blocks[0][1].append((L(lang, 'Diagnostic médical', 'Medical diagnosis'), inj[0] if lang == 'fr' else inj[1]))
    fn = rng.choice(['Rapport_evolution_%s.docx' % p.mrn, 'rapport évolution %s.docx' % claim, 'Progress_%s.docx' % claim])
    if lang == 'en':
        fn = fn.replace('Rapport_evolution', 'Progress_report').replace('rapport évolution', 'progress report')
    m.attach_docx(fn, L(lang, 'Rapport d\'évolution — physiothérapie', 'Physiotherapy progress report'), blocks, author=pt.full)
    return m, 'rapport_evolution_physio', L(lang, 'rapport d\'évolution physio (nom, no dossier, diagnostic) DOCX', 'physio progress report (name, chart, diagnosis) DOCX')


# --------------------------------------------------------------------------- A3
def ecf_ergo(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang, ['ergo'])
    ot = P.staff(rng, c, 'ergo')
    cons = P.external(rng, P.AGENCY['cnesst'][0], P.AGENCY['cnesst'][1], lang, L(lang, 'conseillère en réadaptation', 'Rehabilitation counsellor'))
    p = patient(ctx, 0.6)
    inj = rng.choice(INJURIES)
    wjob = job(rng, lang, p.sex)
    m.sender = ot
    m.to = [who(cons)]
    m.subject = L(lang, rng.choice(['ÉCF complétée', 'Évaluation des capacités fonctionnelles', 'Rapport ÉCF - %s' % p.last]),
                  rng.choice(['FCE completed', 'Functional capacity evaluation report', 'FCE report - %s' % p.last]))
    nm = name_as(p, rng, lang, 'title_full')
    m.text = L(lang,
               '%s\n\nL\'évaluation des capacités fonctionnelles de %s s\'est déroulée sur deux jours. Le rapport complet est joint. '
               'En résumé, les capacités actuelles ne permettent pas encore le retour à l\'emploi prélésionnel de %s.\n\n%s\n%s',
               '%s\n\nThe functional capacity evaluation for %s took place over two days. The full report is attached. '
               'In short, current abilities do not yet allow a return to the pre-injury job as %s.\n\n%s\n%s') % (
        P.greeting(rng, lang, cons.first), nm, wjob, P.closing(rng, lang), P.signature(rng, ot, lang))
    m.t('patient_name')
    rows = [[L(lang, 'Tâche', 'Task'), L(lang, 'Capacité observée', 'Observed'), L(lang, 'Exigence du poste', 'Job demand')],
            [L(lang, 'Soulever sol-taille', 'Lift floor-waist'), '%d kg' % rng.randrange(5, 15), '%d kg' % rng.randrange(18, 30)],
            [L(lang, 'Port de charge 10 m', 'Carry 10 m'), '%d kg' % rng.randrange(4, 12), '%d kg' % rng.randrange(15, 25)],
            [L(lang, 'Position debout', 'Standing'), '%d min' % rng.randrange(20, 60), L(lang, 'continue', 'constant')],
            [L(lang, 'Travail au-dessus des épaules', 'Overhead work'), L(lang, 'occasionnel', 'occasional'), L(lang, 'fréquent', 'frequent')]]
    blocks = [('kv', [(L(lang, 'Nom', 'Name'), p.full), (L(lang, 'Date de naissance', 'Date of birth'), P.fdob(p.dob, lang, rng)),
                      (L(lang, 'Emploi', 'Job'), wjob), (L(lang, 'Lésion', 'Injury'), inj[0] if lang == 'fr' else inj[1])]),
              ('h', L(lang, 'Résultats', 'Results')), ('t', rows),
              ('h', L(lang, 'Recommandations', 'Recommendations')),
              ('p', L(lang, 'Programme de développement des capacités de 6 semaines; réévaluer ensuite. Éviter les postures prolongées en flexion.',
                      'Six-week work conditioning program, then re-assess. Avoid sustained flexed postures.'))]
    m.t('date_of_birth', 'diagnosis')
    if p.nam and rng.random() < 0.8:
        blocks[0][1].insert(2, (L(lang, 'NAM', 'RAMQ no.'), nam_str(p, rng, rng.choice(['plain', 'space', 'dash', 'slash']))))
        m.t('ramq_nam')
    if rng.random() < 0.5:
        m.attach_docx(L(lang, 'ECF_%s.docx', 'FCE_%s.docx') % file_stem(p, rng), L(lang, 'Évaluation des capacités fonctionnelles', 'Functional Capacity Evaluation'), blocks, author=ot.full)
    else:
        m.attach_pdf(L(lang, 'ECF_%s.pdf', 'FCE_%s.pdf') % file_stem(p, rng), L(lang, 'Évaluation des capacités fonctionnelles', 'Functional Capacity Evaluation'), blocks, letterhead=letterhead(c, lang))
    return m, 'ecf_ergotherapie', L(lang, 'ÉCF ergothérapie (nom, DDN, lésion)', 'OT functional capacity evaluation (name, DOB, injury)')


# --------------------------------------------------------------------------- A4
def expertise_ime(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = rng.choice([x for x in (P.CLINICS_FR if lang == 'fr' else P.CLINICS_EN) if x.kind == 'ime'])
    doc = P.staff(rng, c, 'md')
    adm = P.staff(rng, c, 'admin')
    if rng.random() < 0.5:
        req = P.external(rng, *rng.choice(P.LAWFIRMS_FR if lang == 'fr' else P.LAWFIRMS_EN), lang=lang, title=L(lang, 'avocate', 'Counsel'))
    else:
        req = P.external(rng, *rng.choice(P.EMPLOYERS_FR if lang == 'fr' else P.EMPLOYERS_EN), lang=lang, title=L(lang, 'conseillère SST', 'Disability Case Manager'))
    p = patient(ctx, 0.7) if lang == 'fr' else plain_patient(ctx)
    inj = rng.choice(INJURIES)
    med = pick(rng, MEDS, lang)
    m.sender = adm
    m.to = [who(req)]
    m.cc = [who(doc)] if rng.random() < 0.5 else []
    m.subject = rng.choice([L(lang, 'Expertise médicale - %s' % p.full, 'IME report - %s' % p.full),
                            L(lang, 'Rapport d\'expertise (votre référence %d)' % rng.randrange(1000, 9999), 'Independent medical examination report (your ref. %d)' % rng.randrange(1000, 9999))])
    if p.full in m.subject:
        m.t('patient_name')
    m.text = L(lang, '%s\n\nVeuillez trouver ci-joint le rapport d\'expertise de %s concernant votre dossier. La facture suivra sous pli séparé.\n\n%s\n%s',
               '%s\n\nPlease find attached %s\'s IME report for your file. Our invoice will follow separately.\n\n%s\n%s') % (
        P.greeting(rng, lang), doc.formal(), P.closing(rng, lang), P.signature(rng, adm, lang))
    hist = L(lang, 'Le %s, %s s\'est blessé%s %s. Consultation le jour même; diagnostic initial de %s. Médication actuelle : %s.',
             'On %s, %s was injured%s %s. Seen the same day; initial diagnosis of %s. Current medication: %s.') % (
        P.fdate(m.date - TD(days=rng.randrange(60, 400)), lang), name_as(p, rng, lang, 'title_last'),
        ('e' if p.sex == 'F' else '') if lang == 'fr' else '', pick(rng, MECHANISMS, lang), inj[0] if lang == 'fr' else inj[1], med)
    kv = [(L(lang, 'Personne évaluée', 'Examinee'), p.full), (L(lang, 'Date de naissance', 'Date of birth'), P.fdob(p.dob, lang, rng)),
          (L(lang, 'Date de l\'examen', 'Examination date'), P.fdate(m.date - TD(days=rng.randrange(3, 20)), lang))]
    m.t('patient_name', 'date_of_birth', 'diagnosis', 'medication')
    if p.nam and rng.random() < 0.6:
        kv.append(('NAM', nam_str(p, rng, rng.choice(['plain', 'space']))))
        m.t('ramq_nam')
    concl = L(lang, [('1. Diagnostic', inj[0]), ('2. Date de consolidation', P.fdate(m.date + TD(days=30), 'fr')),
                     ('3. Soins', 'aucun soin supplémentaire requis après la consolidation'),
                     ('4. Atteinte permanente', '%d %%' % rng.randrange(0, 6)), ('5. Limitations fonctionnelles', 'éviter de soulever plus de 15 kg')],
                 [('1. Diagnosis', inj[1]), ('2. Maximum medical improvement', P.fdate(m.date + TD(days=30), 'en')),
                  ('3. Further treatment', 'none required after MMI'), ('4. Permanent impairment', '%d%%' % rng.randrange(0, 6)),
                  ('5. Restrictions', 'avoid lifting more than 15 kg')])
    m.attach_pdf(L(lang, 'Expertise_%s_%s.pdf', 'IME_%s_%s.pdf') % (P.strip_accents(p.last), m.date.strftime('%Y%m%d')),
                 L(lang, 'Rapport d\'expertise médicale', 'Independent Medical Examination'),
                 [('kv', kv), ('h', L(lang, 'Historique', 'History')), ('p', hist), ('h', L(lang, 'Conclusions', 'Opinion')), ('kv', concl)],
                 letterhead=letterhead(c, lang), author=doc.full)
    return m, 'expertise_medicale', L(lang, 'rapport d\'expertise médicale indépendante PDF', 'independent medical examination report PDF')


# --------------------------------------------------------------------------- A5
def saaq_physio(ctx):
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = clinic(rng, 'fr', ['physio'])
    pt = P.staff(rng, c, 'physio')
    ag = agent(rng, 'fr', 'saaq')
    p = patient(ctx, 0.8, ('worker', 'senior', 'child'))
    inj = rng.choice([x for x in INJURIES if x[2] in ('cou', 'dos', 'tete', 'epaule')])
    claim = claim_no(rng, 'saaq')
    e = 'e' if p.sex == 'F' else ''
    how = rng.choice(['lors d\'une collision arrière (véhicule immobilisé)', 'comme piéton%s, heurté%s par un véhicule' % (e, e),
                      'comme passag%s lors d\'une collision' % ('ère' if p.sex == 'F' else 'er')])
    nm = name_as(p, rng, 'fr')
    m.sender = pt
    m.to = [who(ag)]
    m.subject = rng.choice(['SAAQ %s — demande de prolongation de traitements' % claim, 'Accident du %s - %s' % (
        P.fdate(m.date - TD(days=rng.randrange(30, 200)), 'fr', 'num'), nm), 'Réclamation %s' % claim])
    if nm in m.subject:
        m.t('patient_name')
    addr_change = rng.random() < 0.4
    lines = [P.greeting(rng, 'fr', ag.first), '',
             'Je vous écris concernant %s (réclamation %s), victime d\'un accident d\'automobile %s.' % (nm, claim, how),
             'Le diagnostic est une %s. Malgré %d traitements, les symptômes persistent (céphalées, raideur, fatigue).' % (inj[0], rng.randrange(8, 25)),
             'Je demande l\'autorisation de 12 traitements supplémentaires.']
    m.t('patient_name', 'diagnosis')
    if addr_change:
        p.address = P.home_address(rng, 'fr')
        lines.append('\nÀ noter : %s a déménagé, nouvelle adresse : %s.' % (p.pro('fr').capitalize(), p.address))
        m.t('patient_contact')
    lines += ['', P.closing(rng, 'fr'), P.signature(rng, pt, 'fr')]
    m.text = '\n'.join(lines)
    if rng.random() < 0.6:
        if p.nam:
            m.t('ramq_nam')
        m.attach_pdf('Demande_prolongation_%s.pdf' % claim, 'Demande d\'autorisation de traitements — SAAQ',
                     [('kv', [('Victime', p.full)] + ([('NAM', nam_str(p, rng, 'space'))] if p.nam else []) + [('No de réclamation', claim), ('Diagnostic', inj[0]),
                              ('Traitements reçus', str(rng.randrange(8, 25))), ('Traitements demandés', '12')])], letterhead=letterhead(c, 'fr'))
    return m, 'saaq_physio', 'demande de prolongation de traitements SAAQ (nom, diagnostic)'


# --------------------------------------------------------------------------- A6
def assureur_consentement(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang) if lang == 'fr' else rng.choice(P.CLINICS_EN)
    s = P.staff(rng, c, rng.choice(['admin', 'physio', 'md']))
    ins = P.external(rng, *rng.choice(P.INSURERS_FR if lang == 'fr' else P.INSURERS_EN), lang=lang,
                     title=L(lang, 'analyste en invalidité', 'Disability Claims Specialist'))
    p = patient(ctx, 0.5) if lang == 'fr' else plain_patient(ctx)
    psych = rng.random() < 0.4
    dx = pick(rng, PSYCH, lang) if psych else pick(rng, INJURIES, lang)
    med = pick(rng, MEDS, lang)
    pol = '%s-%06d' % (rng.choice(['GR', 'LTD', 'ILD']), rng.randrange(0, 999999))
    m.sender = s
    m.to = [who(ins)]
    nm = name_as(p, rng, lang)
    m.subject = rng.choice([L(lang, 'Demande de renseignements - police %s' % pol, 'Information request - policy %s' % pol),
                            L(lang, 'Votre demande du %s — %s' % (P.fdate(m.date - TD(days=6), 'fr', 'num'), nm), 'Your request of %s - %s' % (P.fdate(m.date - TD(days=6), 'en', 'num'), nm))])
    if nm in m.subject:
        m.t('patient_name')
    sin_shown = rng.random() < 0.6
    lines = [P.greeting(rng, lang, ins.first), '',
             L(lang, 'Suite à votre demande et à l\'autorisation signée par %s (jointe), voici les renseignements demandés.' % nm,
               'Further to your request and the authorization signed by %s (attached), here is the requested information.' % nm),
             L(lang, 'Diagnostic : %s. Médication : %s. Suivi aux deux semaines.' % (dx, med), 'Diagnosis: %s. Medication: %s. Seen every two weeks.' % (dx, med))]
    m.t('patient_name', 'diagnosis', 'medication')
    if sin_shown:
        sin = I.make_sin(rng)
        lines.append(L(lang, 'NAS inscrit au formulaire : %s' % I.fmt_sin(sin, rng.choice(['space', 'dash', 'plain'])),
                       'SIN on the claim form: %s' % I.fmt_sin(sin, rng.choice(['space', 'dash', 'plain']))))
        m.t('ca_sin')
    lines += ['', P.closing(rng, lang), P.signature(rng, s, lang)]
    m.text = '\n'.join(lines)
    m.attach_pdf(L(lang, 'Autorisation_signee.pdf', 'Signed_authorization.pdf'), L(lang, 'Autorisation de communiquer des renseignements', 'Authorization to release information'),
                 [('p', L(lang, 'Je, soussigné(e), %s, né(e) le %s, autorise %s à transmettre à %s les renseignements relatifs à mon invalidité.' % (
                     p.full, P.fdate(p.dob, 'fr'), c.name, ins.org.name),
                     'I, %s, born %s, authorize %s to release to %s information related to my disability claim.' % (
                     p.full, P.fdate(p.dob, 'en'), c.name, ins.org.name))), ('p', L(lang, 'Signature : ____________   Date : %s', 'Signature: ____________   Date: %s') % P.fdate(m.date - TD(days=9), lang, 'iso'))])
    m.t('date_of_birth')
    return m, 'assureur_consentement', L(lang, 'réponse à un assureur avec consentement (diagnostic, médication)', 'reply to insurer with consent (diagnosis, medication)')


# --------------------------------------------------------------------------- A7
def avocat_dossier(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang) if lang == 'fr' else rng.choice(P.CLINICS_EN)
    arch = P.staff(rng, c, 'admin')
    law = P.external(rng, *rng.choice(P.LAWFIRMS_FR if lang == 'fr' else P.LAWFIRMS_EN), lang=lang, title=L(lang, 'avocat', 'Associate'))
    p = patient(ctx, 0.6, ('worker', 'senior')) if lang == 'fr' else plain_patient(ctx)
    p.mrn = I.make_mrn(rng, rng.choice(['clinic', 'hosp']))
    inj = rng.choice(INJURIES)
    nm = name_as(p, rng, lang, rng.choice(['title_full', 'full', 'upper_first']))
    m.sender = arch
    m.to = [who(law)]
    ref = '%d-%03d' % (rng.randrange(2023, 2026), rng.randrange(1, 999))
    m.subject = rng.choice([L(lang, 'Votre dossier %s - copie du dossier clinique' % ref, 'Your file %s - copy of clinical records' % ref),
                            L(lang, 'Demande d\'accès — %s' % nm, 'Records request - %s' % nm)])
    if nm in m.subject:
        m.t('patient_name')
    fee = rng.choice(['35,00', '48,50', '62,00'])
    m.text = L(lang, '%s\n\nEn réponse à votre demande, accompagnée de l\'autorisation de votre client%s %s, vous trouverez ci-joint une copie complète '
               'du dossier (notes de traitement, rapports et correspondance avec les payeurs), dossier no %s.\n\nDes frais de reproduction de %s $ s\'appliquent.\n\n%s\n%s',
               '%s\n\nIn response to your request and the authorization signed by your client%s %s, attached is a complete copy of the chart '
               '(treatment notes, reports and correspondence), chart no. %s.\n\nA copying fee of $%s applies.\n\n%s\n%s') % (
        P.greeting(rng, lang, law.title and ('Maître' if lang == 'fr' else None)), 'e' if (p.sex == 'F' and lang == 'fr') else '', nm, p.mrn,
        fee if lang == 'fr' else fee.replace(',', '.'), P.closing(rng, lang), P.signature(rng, arch, lang))
    m.t('patient_name', 'mrn')
    has_nam = p.nam and rng.random() < 0.7
    if has_nam:
        m.t('ramq_nam')
    notes = []
    for k in range(rng.randrange(3, 7)):
        d = m.date - TD(days=7 * (k + 1))
        notes.append([P.fdate(d, lang, 'iso'), L(lang, 'Tx #%d : %s, douleur %d/10, exercices progressés.' % (10 - k, inj[0], rng.randrange(2, 8)),
                                                 'Tx #%d: %s, pain %d/10, exercises progressed.' % (10 - k, inj[1], rng.randrange(2, 8)))])
    notes.insert(0, ['Date', L(lang, 'Note', 'Note')])
    pdf1 = __import__('gen_files').make_pdf(L(lang, 'Notes de traitement', 'Treatment notes'),
                                            [('kv', [(L(lang, 'Patient', 'Patient'), p.full), ('Dossier / Chart', p.mrn)] + ([('NAM', nam_str(p, rng, 'plain'))] if p.nam and has_nam else []) + [
                                                     (L(lang, 'Date de naissance', 'DOB'), P.fdate(p.dob, lang, 'iso'))]), ('t', notes)])
    pdf2 = __import__('gen_files').make_pdf(L(lang, 'Rapport initial', 'Initial assessment'),
                                            [('p', L(lang, 'Motif : %s survenue %s.' % (inj[0], pick(rng, MECHANISMS, 'fr')),
                                                     'Reason: %s sustained %s.' % (inj[1], pick(rng, MECHANISMS, 'en'))))], compress=True)
    m.attach_zip('%s_%s.zip' % (L(lang, 'dossier', 'records'), p.mrn.replace(' ', '')),
                 [('01_notes_traitement.pdf' if lang == 'fr' else '01_treatment_notes.pdf', pdf1),
                  ('02_rapport_initial.pdf' if lang == 'fr' else '02_initial_assessment.pdf', pdf2)])
    m.t('diagnosis', 'date_of_birth')
    return m, 'avocat_copie_dossier', L(lang, 'copie de dossier à un avocat (ZIP de PDF)', 'records copy to lawyer (ZIP of PDFs)')


# --------------------------------------------------------------------------- A8
def assignation_temporaire(ctx):
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = clinic(rng, 'fr', ['medtravail', 'physio'])
    s = P.staff(rng, c, rng.choice(['md', 'admin']))
    emp = employer(rng, 'fr')
    hr = P.external(rng, emp[0], emp[1], 'fr', 'conseillère en santé et sécurité')
    p = patient(ctx, 0.8)
    inj = rng.choice(INJURIES)
    nm = name_as(p, rng, 'fr', rng.choice(['title_full', 'full', 'last_first']))
    m.sender = s
    m.to = [who(hr)]
    m.subject = rng.choice(['Assignation temporaire - %s' % nm, 'Formulaire d\'assignation temporaire complété', 'AT signée'])
    if nm in m.subject:
        m.t('patient_name')
    m.text = '\n'.join([P.greeting(rng, 'fr', hr.first), '',
                        'Le médecin a complété le formulaire d\'assignation temporaire pour %s. Les tâches proposées sont acceptées avec les restrictions indiquées '
                        '(pas de mouvements répétés du membre atteint, pas de port de charge de plus de %d kg), en lien avec la lésion diagnostiquée : %s.' % (
                            nm, rng.randrange(5, 12), inj[0]),
                        '', 'Prochaine visite médicale : %s.' % P.fdate(m.date + TD(days=rng.randrange(10, 30)), 'fr', 'day'),
                        '', P.closing(rng, 'fr'), P.signature(rng, s, 'fr')])
    m.t('patient_name', 'diagnosis')
    if rng.random() < 0.6:
        m.attach_pdf('Assignation_temporaire_%s.pdf' % file_stem(p, rng), 'Assignation temporaire d\'un travail',
                     [('kv', [('Travailleur', p.full), ('Employeur', emp[0]), ('Lésion', inj[0]),
                              ('Travail proposé', 'classement, accueil, inventaire léger'), ('Avis du médecin', 'Le travail est favorable à la réadaptation')])])
    return m, 'assignation_temporaire', 'formulaire d\'assignation temporaire à l\'employeur (nom, lésion)'


# --------------------------------------------------------------------------- A9
def facture_traitements(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang, ['physio', 'ergo']) if (lang == 'fr' or rng.random() < 0.5) else on_clinic(rng)
    bill = P.staff(rng, c, 'admin')
    payer_is_agency = rng.random() < 0.5
    if payer_is_agency:
        agency = 'cnesst' if c in P.CLINICS_FR or c in P.CLINICS_EN[:2] else 'wsib'
        rec = agent(rng, lang, agency)
    else:
        agency = None
        rec = P.external(rng, *rng.choice(P.INSURERS_FR if lang == 'fr' else P.INSURERS_EN), lang=lang, title=L(lang, 'Service des réclamations', 'Claims'))
    p = patient(ctx, 0.8) if lang == 'fr' else plain_patient(ctx)
    inj = rng.choice(INJURIES)
    inv = 'F%d-%05d' % (m.date.year, rng.randrange(1, 99999))
    m.sender = bill
    m.to = [who(rec)]
    m.subject = L(lang, 'Facture %s' % inv, 'Invoice %s' % inv) + rng.choice(['', ' - %s' % p.full])
    if p.full in m.subject:
        m.t('patient_name')
    rate = rng.choice([48.9, 55.0, 62.5, 85.0])
    nses = rng.randrange(3, 10)
    rows = [[L(lang, 'Date', 'Date'), L(lang, 'Service', 'Service'), L(lang, 'Montant', 'Amount')]]
    for k in range(nses):
        rows.append([P.fdate(m.date - TD(days=3 * k + 2), lang, 'iso'), L(lang, 'Traitement de physiothérapie', 'Physiotherapy treatment'), '%.2f' % rate])
    rows.append(['', 'Total', '%.2f' % (rate * nses)])
    kv = [(L(lang, 'Client', 'Client'), p.full), (L(lang, 'No de réclamation', 'Claim no.'), claim_no(rng, agency or 'ivac')),
          (L(lang, 'Diagnostic', 'Diagnosis'), inj[0] if lang == 'fr' else inj[1])]
    m.t('patient_name', 'diagnosis')
    if p.nam and rng.random() < 0.7:
        kv.append(('NAM', nam_str(p, rng)))
        m.t('ramq_nam')
    m.text = L(lang, '%s\n\nCi-joint notre facture %s pour les traitements de %s.\nPaiement par dépôt direct apprécié.\n\n%s\n%s',
               '%s\n\nAttached is invoice %s for treatments provided to %s.\nDirect deposit is appreciated.\n\n%s\n%s') % (
        P.greeting(rng, lang), inv, name_as(p, rng, lang, 'full'), P.closing(rng, lang), P.signature(rng, bill, lang))
    m.attach_pdf('%s.pdf' % inv, L(lang, 'Facture %s', 'Invoice %s') % inv, [('kv', kv), ('t', rows)], letterhead=letterhead(c, lang))
    return m, 'facture_traitements_patient', L(lang, 'facture de traitements nominative (nom, diagnostic)', 'treatment invoice naming the patient and diagnosis')


# --------------------------------------------------------------------------- A10
def resultat_labo(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = rng.choice([x for x in (P.CLINICS_FR + P.CLINICS_EN) if x.kind == 'medtravail' and x.lang == lang])
    doc = P.staff(rng, c, 'md')
    lab = rng.choice(LABS)
    p = patient(ctx, 0.85) if lang == 'fr' else plain_patient(ctx)
    if rng.random() < 0.5:
        rec = agent(rng, lang, 'cnesst' if lang == 'fr' else 'wsib')
    else:
        rec = P.staff(rng, c, 'md')
    nm = name_as(p, rng, lang)
    m.sender = doc
    m.to = [who(rec)]
    res = lab[0] if lang == 'fr' else lab[1]
    m.subject = rng.choice([L(lang, 'Résultats - %s' % nm, 'Results - %s' % nm), L(lang, 'Surveillance médicale: résultat anormal', 'Medical surveillance: abnormal result'),
                            L(lang, 'résultats labo', 'lab results')])
    if nm in m.subject:
        m.t('patient_name')
    m.text = L(lang, '%s\n\nPour %s (DDN %s) : %s.\n%s\n\n%s\n%s', '%s\n\nFor %s (DOB %s): %s.\n%s\n\n%s\n%s') % (
        P.greeting(rng, lang, rec.first), nm, P.fdob(p.dob, lang, rng), res,
        L(lang, rng.choice(['Je recommande un retrait préventif du poste et un contrôle dans 4 semaines.', 'À corréler avec l\'examen clinique; je le revois mardi.']),
          rng.choice(['I recommend temporary removal from exposure and a repeat test in 4 weeks.', 'To be correlated clinically; follow-up next Tuesday.'])),
        P.closing(rng, lang), P.signature(rng, doc, lang))
    m.t('patient_name', 'date_of_birth', 'lab_result')
    if lang == 'en' and not p.nam and rng.random() < 0.7:
        num, vc = I.make_ohip(rng)
        m.text = m.text.replace('(DOB', '(health no. %s, DOB' % I.fmt_ohip(num, vc, rng.choice(['dash', 'space'])), 1)
        m.t('ca_health_number')
    if p.nam and rng.random() < 0.75:
        m.text = m.text.replace(L(lang, '(DDN', '(DOB'), '(NAM %s, %s' % (nam_str(p, rng), L(lang, 'DDN', 'DOB')), 1)
        m.t('ramq_nam')
    return m, 'resultat_surveillance', L(lang, 'résultat de surveillance médicale (nom, DDN, résultat)', 'medical surveillance result (name, DOB, result)')


# --------------------------------------------------------------------------- A11
def audiometrie(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = rng.choice([x for x in (P.CLINICS_FR + P.CLINICS_EN) if x.kind == 'medtravail' and x.lang == lang])
    aud = P.staff(rng, c, 'admin')
    aud.title = L(lang, 'audiologiste', 'Audiologist')
    rec = agent(rng, lang, 'cnesst' if lang == 'fr' else 'wsib')
    p = patient(ctx, 0.9, ('worker', 'senior')) if lang == 'fr' else plain_patient(ctx)
    m.sender = aud
    m.to = [who(rec)]
    m.subject = L(lang, 'Réclamation surdité professionnelle — audiogramme', 'Occupational hearing loss claim - audiogram')
    freqs = ['500', '1000', '2000', '3000', '4000', '6000']
    od = [rng.randrange(10, 25), rng.randrange(10, 30), rng.randrange(20, 40), rng.randrange(35, 55), rng.randrange(45, 70), rng.randrange(40, 65)]
    og = [x + rng.randrange(-5, 10) for x in od]
    rows = [['Hz'] + freqs, [L(lang, 'OD (dB)', 'Right (dB)')] + [str(x) for x in od], [L(lang, 'OG (dB)', 'Left (dB)')] + [str(x) for x in og]]
    m.text = L(lang, '%s\n\nVoici l\'audiogramme de %s, %s pendant %d ans, réalisé le %s. Atteinte neurosensorielle bilatérale compatible avec un '
               'traumatisme sonore.\n\n%s\n\n%s\n%s',
               '%s\n\nHere is the audiogram for %s, %s for %d years, performed on %s. Bilateral sensorineural loss consistent with '
               'noise-induced hearing loss.\n\n%s\n\n%s\n%s') % (
        P.greeting(rng, lang), name_as(p, rng, lang), (L(lang, 'retraité%s, ancien%s ' % (('e', 'ne') if p.sex == 'F' else ('', '')), 'retired, formerly ') if p.group == 'senior' else '') + job(rng, lang, p.sex, NOISE_JOBS), rng.randrange(8, 30), P.fdate(m.date - TD(days=2), lang),
        __import__('gen_mime').text_table(rows), P.closing(rng, lang), P.signature(rng, aud, lang))
    m.t('patient_name', 'lab_result', 'diagnosis')
    if p.nam:
        m.attach_pdf('audiogramme_%s.pdf' % p.nam[:4] if lang == 'fr' else 'audiogram.pdf', L(lang, 'Audiogramme', 'Audiogram'),
                     [('kv', [(L(lang, 'Nom', 'Name'), p.full), ('NAM', nam_str(p, rng, 'space')), (L(lang, 'Naissance', 'Born'), P.fdate(p.dob, lang, 'iso'))]), ('t', rows)])
        m.t('ramq_nam', 'date_of_birth')
    return m, 'audiogramme_surdite', L(lang, 'audiogramme de surdité professionnelle', 'occupational hearing-loss audiogram')


# --------------------------------------------------------------------------- A12
def plan_retour_travail(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang, ['ergo']) if (lang == 'fr' or rng.random() < 0.4) else on_clinic(rng)
    ot = P.staff(rng, c, 'ergo')
    emp = employer(rng, lang)
    hr = P.external(rng, emp[0], emp[1], lang, L(lang, 'Ressources humaines', 'Human Resources'))
    p = patient(ctx, 0.6) if lang == 'fr' else plain_patient(ctx)
    psych = rng.random() < 0.5
    dx = pick(rng, PSYCH if psych else INJURIES, lang)
    med = pick(rng, MEDS, lang)
    nm = name_as(p, rng, lang)
    m.sender = ot
    m.to = [who(hr)]
    m.cc = [who(agent(rng, lang, 'cnesst' if c.lang == 'fr' or c in P.CLINICS_EN[:2] else 'wsib'))] if rng.random() < 0.5 else []
    m.subject = rng.choice([L(lang, 'Plan de retour progressif au travail', 'Graduated return-to-work plan'),
                            L(lang, 'RPT %s - semaine 1 à 6' % p.last, 'RTW plan %s - weeks 1 to 6' % p.last)])
    rows = [[L(lang, 'Semaine', 'Week'), L(lang, 'Heures/jour', 'Hours/day'), L(lang, 'Jours/sem.', 'Days/week'), L(lang, 'Tâches', 'Duties')]]
    for w in range(1, 7):
        rows.append([str(w), str(min(8, 2 + w)), str(min(5, 2 + w // 2)), L(lang, 'tâches allégées' if w < 4 else 'tâches régulières adaptées', 'modified duties' if w < 4 else 'regular duties, adapted')])
    extra = L(lang, 'Note : %s prend actuellement %s, ce qui peut causer de la somnolence; éviter la conduite de chariot élévateur.' % (p.pro('fr'), med),
              'Note: %s currently takes %s, which may cause drowsiness; no forklift driving.' % (p.pro('en'), med))
    m.text = L(lang, '%s\n\nTel que discuté, voici le plan de retour progressif de %s, en arrêt depuis %d semaines pour %s.\n\n%s\n\n%s\n\n%s\n%s',
               '%s\n\nAs discussed, here is the graduated return-to-work plan for %s, off work for %d weeks with %s.\n\n%s\n\n%s\n\n%s\n%s') % (
        P.greeting(rng, lang, hr.first), nm, rng.randrange(4, 30), dx, __import__('gen_mime').text_table(rows), extra,
        P.closing(rng, lang), P.signature(rng, ot, lang))
    m.t('patient_name', 'diagnosis', 'medication')
    if rng.random() < 0.4:
        m.html = __import__('gen_mime').text_to_html(m.text.split('\n\n')[0] + '\n\n' + m.text.split('\n\n')[1], 'plain').replace(
            '</body>', __import__('gen_mime').html_table(rows) + '<p>' + extra + '</p><pre>' + P.signature(rng, ot, lang) + '</pre></body>')
        m.structure = rng.choice(['html', 'alt'])
    return m, 'plan_retour_travail', L(lang, 'plan de retour progressif (nom, diagnostic, médication)', 'return-to-work plan (name, diagnosis, medication)')
