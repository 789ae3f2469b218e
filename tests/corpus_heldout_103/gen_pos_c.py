"""Positive messages, part C: pharmacy, transport, subject/file-name leaks, quoted and forwarded history."""
import datetime as dt

from gen_common import dfmt, dob_fmt, nam_fmt, name_fmt, title, wrap
from gen_text import sig, hello, bye, doc_title, quote, fwd, join
from gen_clin import (num, stone, prostate_dx, psa_series, psa_text, OAB_MEDS, OAB_MEDS_EN, LUTS_MEDS, LUTS_MEDS_EN,
                      ADT, ADT_EN, STONE_MEDS, STONE_MEDS_EN, ABX, BUGS)
from gen_pos_a import who, mail, res
from gen_clin import SexAware
import gen_attach as A
import gen_mime as M


# ------------------------------------------------------------------ 14 pharmacy question
def pharmacy_q(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.6 else W.patient(min_age=45)
    r = SexAware(W.rng, p['sex'])
    ph = W.staff('pharm', org='pharm')
    uro = W.staff('md')
    types = ['patient_name', 'medication']
    if lang == 'fr':
        a, b = r.choice([('oxybutynine 5 mg BID', 'donépézil'), ('tamsulosine 0,4 mg', 'doxazosine'), ('mirabégron 50 mg', 'métoprolol'),
                         ('solifénacine 10 mg', 'kétoconazole'), ('tadalafil 5 mg', 'nitroglycérine en vaporisateur')])
        idl = ('DDN %s' % dob_fmt(p['dob'], 'fr', r.randrange(4)))
        types.append('date_of_birth')
        if p.get('nam') and r.random() < 0.6:
            idl += ', NAM %s' % nam_fmt(p['nam'], r.randrange(9))
            types.append('ramq_nam')
        text = join(hello(W, 'fr', doc_title(uro, 'fr')),
                    'Nous avons reçu une ordonnance de %s pour %s (%s). Le dossier montre aussi du %s ; '
                    'souhaitez-vous maintenir la prescription malgré l\'interaction ? %s'
                    % (a, name_fmt(p, r.choice([3, 0, 1]), 'fr'), idl, b, r.choice(['', 'Le patient a 2 chutes rapportées ce mois-ci.', 'DFGe récent : %d mL/min.' % r.randrange(25, 60)])),
                    'Merci de répondre par courriel ou au %s.' % W.clinic_phone(), sig(W, ph, 'fr', unit='Pharmacie communautaire'))
        subj = r.choice(['Question ordonnance – interaction', 'Opinion pharmaceutique', 'Rx %s – à clarifier' % p['surname']])
    else:
        a, b = r.choice([('oxybutynin 5 mg BID', 'donepezil'), ('tamsulosin 0.4 mg', 'doxazosin'), ('tadalafil 5 mg', 'nitroglycerin spray')])
        text = join(hello(W, 'en', doc_title(uro, 'en')),
                    'We received a prescription for %s for %s (DOB %s). His/her profile also shows %s. Please confirm you want to proceed.'
                    % (a, name_fmt(p, 0, 'en'), dob_fmt(p['dob'], 'en', 1), b), sig(W, ph, 'en', unit='Community Pharmacy'))
        types.append('date_of_birth')
        subj = 'Prescription query'
    m = mail(W, ph, [uro], subj, text, lang)
    return res('pharmacy_query', lang, types, 'pharmacist interaction query on a named patient', m)


# ------------------------------------------------------------------ 15 prescription / renewal sent to pharmacy
def prescription(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.7 else W.patient('M', 50, 90)
    r = SexAware(W.rng, p['sex'])
    uro = W.staff('md')
    phbox = ('Pharmacie Lemay & Ouimet', 'ordonnances@pharmalemay.example')
    meds = [r.choice(ADT if p['sex'] == 'M' else OAB_MEDS), r.choice(LUTS_MEDS if p['sex'] == 'M' else OAB_MEDS)] if lang == 'fr' else \
           [r.choice(ADT_EN if p['sex'] == 'M' else OAB_MEDS_EN)]
    types = ['patient_name', 'medication', 'date_of_birth']
    lines = ['ORDONNANCE' if lang == 'fr' else 'PRESCRIPTION', '',
             ('Patient : %s' if lang == 'fr' else 'Patient: %s') % name_fmt(p, 4 if lang == 'fr' else 0, lang),
             ('DDN : %s' if lang == 'fr' else 'DOB: %s') % dob_fmt(p['dob'], lang, 0)]
    if p.get('nam'):
        lines.append('NAM : %s' % nam_fmt(p['nam'], r.randrange(9)))
        types.append('ramq_nam')
    lines += [''] + ['%d) %s  — %s' % (i + 1, m_, 'Qté : 3 mois, renouv. x 3' if lang == 'fr' else 'Qty 3 months, refills x3') for i, m_ in enumerate(meds)]
    lines += ['', doc_title(uro, lang) + (' — permis %d' % r.randrange(10000, 99999) if lang == 'fr' else ' — licence %d' % r.randrange(10000, 99999))]
    if r.random() < 0.5:
        text = join(hello(W, lang), 'Ordonnance ci-jointe, original suit par télécopieur.' if lang == 'fr' else 'Prescription attached.', sig(W, uro, lang))
        pdf = A.make_pdf('Ordonnance' if lang == 'fr' else 'Prescription', lines, header=uro['org'])
        atts = [{'filename': r.choice(['ordonnance.pdf', 'Rx_%s.pdf' % p['surname'], 'prescription.pdf']), 'data': pdf, 'ctype': 'application/pdf'}]
    else:
        text = join(hello(W, lang), '\n'.join(lines), sig(W, uro, lang))
        atts = []
    m = mail(W, uro, [phbox], r.choice(['Ordonnance', 'Renouvellement', 'Rx']) if lang == 'fr' else 'Rx renewal', text, lang, attachments=atts)
    return res('prescription', lang, types, 'prescription sent to pharmacy', m)


# ------------------------------------------------------------------ 16 transport request
def transport(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient(min_age=60)
    r = SexAware(W.rng, p['sex'])
    clerk = W.staff('clerk')
    box = ('Transport adapté', 'transport.beneficiaires@cisss-hautesrivieres.example')
    d = W.future_date(dt.datetime(2025, 2, 1), 3, 90)
    types = ['patient_name', 'patient_contact']
    if lang == 'fr':
        why = r.choice(['LEOC', 'cystoscopie', 'urodynamie', 'changement de tuteur urétéral', 'instillation BCG #%d' % r.randrange(1, 7)])
        lines = [hello(W, 'fr'), 'Demande de transport pour :',
                 'Nom : %s\nAdresse : %s\nTéléphone : %s\nRendez-vous : %s à %dh%02d – %s, pavillon B'
                 % (name_fmt(p, 3, 'fr'), p['address'], p['phone'], dfmt(d, 'fr', 1), r.choice([8, 9, 10, 13]), r.choice([0, 30]), why),
                 'Particularités : %s' % r.choice(['fauteuil roulant, ne peut pas se transférer seul', 'sonde à demeure, besoin d\'aide',
                                                  'oxygène 2 L', ('malentendant, appeler sa fille au %s' % W.phone()) if p['age'] > 55 else 'accompagné d\'un parent', 'aucune'])]
        if p.get('nam') and r.random() < 0.6:
            lines.insert(3, 'NAM : %s' % nam_fmt(p['nam'], r.randrange(9)))
            types.append('ramq_nam')
        lines += [bye(W, 'fr'), sig(W, clerk, 'fr')]
        subj = r.choice(['Demande de transport', 'Transport adapté – %s' % dfmt(d, 'fr', 2), 'Transport bénéficiaire'])
    else:
        why = r.choice(['ESWL', 'cystoscopy', 'urodynamics', 'stent exchange'])
        lines = [hello(W, 'en'), 'Transport request:', 'Name: %s\nAddress: %s\nPhone: %s\nAppointment: %s, %s'
                 % (name_fmt(p, 0, 'en'), p['address'], p['phone'], dfmt(d, 'en', 1), why), 'Wheelchair, indwelling catheter.', sig(W, clerk, 'en')]
        subj = 'Transport request'
    types.append('diagnosis')
    m = mail(W, clerk, [box], subj, join(*lines), lang)
    return res('transport_request', lang, types, 'patient transport request with home address', m)


# ------------------------------------------------------------------ 17 subject-only leak
def subject_only(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    a = W.staff('md')
    b = W.staff('nurse')
    k = r.choice([0, 1, 2, 3, 4] if p['sex'] == 'M' else [1, 2, 3])
    types = ['patient_name']
    if lang == 'fr':
        subj = [
            '%s – APS %s, à revoir plus tôt ?' % (name_fmt(p, 2, 'fr'), num(r.uniform(6, 30), 'fr')),
            'URGENT %s hématurie caillots ++' % name_fmt(p, 7, 'fr'),
            'RE: %s – résultat culture (Klebsiella)' % name_fmt(p, 5, 'fr'),
            '%s – calcul %d mm, LEOC %s' % (name_fmt(p, 0, 'fr'), r.randrange(5, 16), r.choice(['annulée', 'reportée', 'à devancer ?', 'faite – fragments résiduels'])),
            'Rappel : %s, incontinence post-PR, Botox vésical ?' % name_fmt(p, 3, 'fr')][k]
        body = r.choice(['Peux-tu me rappeler à ce sujet ?', 'Voir objet. Merci !', 'Je t\'appelle après la clinique.', 'À discuter demain à la réunion.', ''])
        text = join(hello(W, 'fr', b['given']), body, sig(W, a, 'fr'))
    else:
        subj = [
            '%s - PSA %s, see sooner?' % (name_fmt(p, 2, 'en'), num(r.uniform(6, 30), 'en')),
            'URGENT %s clot retention' % name_fmt(p, 7, 'en'),
            'RE: %s - urine culture grew Klebsiella' % name_fmt(p, 5, 'en'),
            '%s - %d mm stone, SWL %s' % (name_fmt(p, 0, 'en'), r.randrange(5, 16), r.choice(['cancelled', 'postponed', 'done, residual fragments'])),
            '%s post-RP incontinence - Botox?' % name_fmt(p, 3, 'en')][k]
        text = join(hello(W, 'en', b['given']), r.choice(['See subject, can you call me?', 'Thoughts?', 'Let\'s discuss at rounds.']), sig(W, a, 'en'))
    types += [['lab_result'], ['diagnosis'], ['lab_result', 'diagnosis'], ['diagnosis'], ['diagnosis', 'medication']][k]
    m = mail(W, a, [b], subj, text, lang, reply=subj.startswith('RE'))
    return res('subject_only', lang, types, 'patient and clinical detail only in Subject', m)


# ------------------------------------------------------------------ 18 file-name-only leak
def filename_only(W, lang):
    r = W.rng
    k = r.randrange(4)
    if k == 3:
        p = W.holder_where(lambda x: x['sex'] == 'M') if r.random() < 0.5 else W.patient('M', 28, 55)
    else:
        p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    a = W.staff('clerk')
    b = W.staff('md')
    types = ['patient_name']
    fname = [
        'Cystoscopie_hematurie_%s_%s_dossier_%s.pdf' % (p['surname'].upper(), p['given'][0], p['mrn']),
        'Resultat_APS_%s_%s_%s.pdf' % (p['surname'], p['given'], p['dob'].isoformat()),
        '%s %s - lithiase rénale - tomodensitométrie.pdf' % (p['surname'], p['given']),
        'Résultat spermogramme %s %s.pdf' % (p['given'], p['surname'])][k]
    types += [['mrn', 'diagnosis'], ['date_of_birth', 'lab_result'], ['diagnosis'], ['lab_result']][k]
    pdf = A.make_pdf('Document numérisé' if lang == 'fr' else 'Scanned document',
                     ['Page 1 / 1', 'Numérisé par : poste 3E-SCAN-02' if lang == 'fr' else 'Scanned at: 3E-SCAN-02'])
    text = join(hello(W, lang, b['given']), r.choice(['Voir pièce jointe.', 'Document reçu par fax ce matin, ci-joint.', 'Pour votre révision.', 'ci-joint'])
                if lang == 'fr' else r.choice(['See attached.', 'Faxed in this morning.', 'FYI']), sig(W, a, lang))
    m = mail(W, a, [b], r.choice(['Document numérisé', 'Numérisation', 'Scan', 'Pièce jointe']) if lang == 'fr' else r.choice(['Scan', 'Scanned document', 'Attachment']),
             text, lang, attachments=[{'filename': fname, 'data': pdf, 'ctype': 'application/pdf'}])
    return res('filename_only', lang, types, 'identity and clinical detail only in attachment file name', m)


# ------------------------------------------------------------------ 19 innocuous reply with confidential quoted history
def quoted_reply(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    a = W.staff('md')
    b = W.staff('nurse')
    when = W.mail_date()
    types = ['patient_name', 'diagnosis']
    if lang == 'fr':
        st = stone(W, 'fr')
        idl = ''
        if p.get('nam') and r.random() < 0.6:
            idl = ' (NAM %s)' % nam_fmt(p['nam'], r.randrange(9))
            types.append('ramq_nam')
        orig = join(hello(W, 'fr', a['given']),
                    r.choice(['%s%s a rappelé : douleur lombaire %s, nausées, T 38,4. CT d\'hier : %s. Créat %d (base %d). Je l\'envoie à l\'urgence ?',
                              '%s%s demande ' + ('si elle' if p['sex'] == 'F' else 's\'il') + ' peut devancer son rendez-vous ; fuites urinaires de plus en plus fréquentes, 5 culottes par jour, '
                              + ('elle' if p['sex'] == 'F' else 'il') + ' ne sort plus de chez ' + ('elle' if p['sex'] == 'F' else 'lui') + '. Écho rénale (%s) : %s. Créat %d / %d.']) % (name_fmt(p, r.choice([3, 0, 2]), 'fr'), idl, st['side'], st['txt'], r.randrange(110, 260), r.randrange(60, 100)),
                    b['given'])
        types += ['lab_result']
        text = join(r.choice(['Oui, envoie-le.', 'OK pour jeudi.', 'Parfait, merci.', 'Je m\'en occupe.', 'Vu.']), a['given'][0].upper(),
                    quote(W, orig, (b['full'], b['email']), when, 'fr', 'Patient à rappeler', a['full']))
        subj = r.choice(['RE: Patient à rappeler', 'RE: question', 'RE: appel'])
    else:
        st = stone(W, 'en')
        creat = r.randrange(110, 260)
        orig = join(hello(W, 'en', a['given']), r.choice([
            '%s called back: %s flank pain, vomiting, temp 38.4. CT yesterday showed %s. Creatinine %d. Send to ER?' % (name_fmt(p, 0, 'en'), st['side'], st['txt'], creat),
            '%s is asking to move up the appointment: leaking more and more, using 5 pads a day, barely leaves the house. Ultrasound: %s. Creatinine %d.' % (name_fmt(p, 3, 'en'), st['txt'], creat),
            'Left a message for %s re the CT (%s) - still has flank pain and is out of hydromorphone. Creatinine %d. Can you renew?' % (name_fmt(p, 5, 'en'), st['txt'], creat)]),
            b['given'])
        types.append('lab_result')
        if 'hydromorphone' in orig:
            types.append('medication')
        text = join(r.choice(['Yes please.', 'Agree.', 'Sounds good.', 'Done.', 'OK - book her/him Thursday.']), a['given'], quote(W, orig, (b['full'], b['email']), when, 'en', 'call back', a['full']))
        subj = 'RE: call back'
    m = mail(W, a, [b], subj, text, lang, reply=True, date=when + dt.timedelta(minutes=r.randrange(5, 300)))
    return res('quoted_reply', lang, types, 'short reply; patient details only in quoted history', m)


# ------------------------------------------------------------------ 20 inline forward of lab result
def inline_fwd(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient('M', 50, 90)
    r = SexAware(W.rng, p['sex'])
    lab = ('Laboratoire Biomédis – résultats', 'resultats@biomedis.example')
    uro = W.staff('md')
    nurse = W.staff('nurse')
    when = W.mail_date()
    ser = psa_series(W, lang, n=3, rising=r.random() < 0.5)
    types = ['patient_name', 'lab_result', 'date_of_birth']
    if p['sex'] == 'M':
        res_lines = ['APS total : %s ng/mL (N < 4,0)' % num(ser[-1][1], 'fr'), 'Testostérone : %s nmol/L' % num(r.uniform(0.3, 18), 'fr')]
    else:
        res_lines = ['Créatinine : %d µmol/L' % r.randrange(60, 200), 'DFGe : %d mL/min/1,73m²' % r.randrange(25, 90)]
    idl = 'DDN %s' % dob_fmt(p['dob'], 'fr', 0)
    if p.get('nam'):
        idl += ' – NAM %s' % nam_fmt(p['nam'], r.randrange(9))
        types.append('ramq_nam')
    orig = '\n'.join(['RÉSULTATS DE LABORATOIRE', 'Patient : %s, %s (%s)' % (p['surname'].upper(), p['given'], idl),
                      'Prélevé le : %s' % dfmt(when.date() - dt.timedelta(days=2), 'fr', 0)] + res_lines + ['Médecin demandeur : Dr ' + uro['surname']])
    if lang == 'fr':
        text = join(hello(W, 'fr', nurse['given']), r.choice(['Peux-tu appeler le patient et lui donner un RV dans 2 semaines ?', 'FYI, stable.', 'À classer au dossier.']),
                    uro['given'], fwd(W, orig, lab, when, 'fr', 'Résultats disponibles', uro['email']))
        subj = 'TR: Résultats disponibles'
    else:
        text = join(hello(W, 'en', nurse['given']), 'Can you book him in 2 weeks?', uro['given'], fwd(W, orig, lab, when, 'en', 'Results available', uro['email']))
        subj = 'Fwd: Results available'
    m = mail(W, uro, [nurse], subj, text, lang, date=when + dt.timedelta(hours=3))
    return res('inline_forward_lab', lang, types, 'lab result forwarded inline', m)


# ------------------------------------------------------------------ 21 attached .eml
def attached_eml(W, lang, stats):
    r = W.rng
    p = W.holder() if r.random() < 0.6 else W.patient()
    r = SexAware(W.rng, p['sex'])
    gp = W.staff('gp', org='gmf')
    uro = W.staff('md')
    clerk = W.staff('clerk')
    when = W.mail_date()
    types = ['patient_name', 'diagnosis']
    if lang == 'fr':
        dx = r.choice(['Hématurie macroscopique indolore depuis 3 semaines, fumeur 40 PA', 'Colique néphrétique récidivante, %s' % stone(W, 'fr')['txt'],
                       'Incontinence urinaire mixte, échec de %s' % r.choice(OAB_MEDS), 'Dysfonction érectile post-prostatectomie, tadalafil inefficace'])
        body = ['Bonjour,', 'Demande de consultation pour %s, né(e) le %s.' % (name_fmt(p, 3, 'fr'), dob_fmt(p['dob'], 'fr', 2)), 'Raison : %s.' % dx]
        types.append('date_of_birth')
        if p.get('nam'):
            body.append('NAM : %s' % nam_fmt(p['nam'], r.randrange(9)))
            types.append('ramq_nam')
        body += ['Merci,', doc_title(gp, 'fr')]
        inner_subj = 'Demande de consultation urologie'
    else:
        dx = r.choice(['Painless gross hematuria x 3 weeks, 40 pack-year smoker', 'Recurrent renal colic', 'Mixed incontinence, failed %s' % r.choice(OAB_MEDS_EN)])
        body = ['Hello,', 'Consult request for %s, DOB %s.' % (name_fmt(p, 0, 'en'), dob_fmt(p['dob'], 'en', 2)), 'Reason: %s.' % dx, doc_title(gp, 'en')]
        types.append('date_of_birth')
        inner_subj = 'Urology consult request'
    if 'tadalafil' in dx or 'échec' in dx or 'failed' in dx:
        types.append('medication')
    inner = {'from': who(gp, lang), 'to': [who(uro, lang)], 'subject': inner_subj, 'text': '\n\n'.join(body), 'lang': lang,
             'date': when, 'eol': 'lf', 'attachments': []}
    inner_bytes = M.build(inner, r, stats)
    text = join(hello(W, lang, clerk['given']), r.choice(['Peux-tu ouvrir un dossier et céduler ? Courriel original en pièce jointe.', 'À trier svp.', 'Voir le courriel joint.'])
                if lang == 'fr' else 'Please triage, original message attached.', sig(W, uro, lang))
    m = mail(W, uro, [clerk], ('TR: ' if lang == 'fr' else 'FW: ') + inner_subj, text, lang, date=when + dt.timedelta(hours=5),
             emls=[{'data': inner_bytes, 'filename': r.choice([None, inner_subj + '.eml', 'message.eml'])}])
    return res('attached_eml', lang, types, 'referral carried in an attached message/rfc822', m)


# ------------------------------------------------------------------ 22 ZIP of reports
def zip_reports(W, lang):
    r = W.rng
    uro = W.staff('md')
    sec = W.staff('clerk')
    files = []
    rows = [['nom', 'prenom', 'dossier', 'examen', 'resultat'] if lang == 'fr' else ['last', 'first', 'mrn', 'test', 'result']]
    for i in range(r.randrange(3, 7)):
        p = W.patient()
        pairs = ([('cystoscopie', 'normale'), ('cystoscopie', 'tumeur papillaire 1 cm paroi latérale droite'), ('échographie rénale', 'hydronéphrose gauche modérée'),
                  ('TDM abdo', 'calcul 7 mm caliciel inférieur gauche'), ('débitmétrie', 'Qmax 7 mL/s, RPM 320 mL'), ('cystoscopie', 'sténose urétrale bulbaire')]
                 if lang == 'fr' else
                 [('cystoscopy', 'normal'), ('cystoscopy', '1 cm papillary tumour right lateral wall'), ('renal US', 'moderate left hydronephrosis'),
                  ('CT KUB', '7 mm left lower pole stone'), ('uroflow', 'Qmax 7 mL/s, PVR 320 mL'), ('cystoscopy', 'bulbar urethral stricture')])
        ex, out = W.rng.choice(pairs)
        rows.append([p['surname'], p['given'], p['mrn'], ex, out])
        if i < 2:
            files.append(('rapports/%s_%s.pdf' % (p['surname'], p['mrn']),
                          A.make_pdf('Rapport – %s' % ex, ['Patient : %s %s' % (p['given'], p['surname']), 'Dossier : %s' % p['mrn'], 'Résultat : %s' % out])))
    files.insert(0, ('index.csv', A.make_csv(rows, ';', 'utf-8')))
    z = A.make_zip(files)
    text = join(hello(W, lang, doc_title(uro, lang)), 'Rapports de la semaine à signer, index dans le CSV.' if lang == 'fr' else 'This week\'s reports zipped.', sig(W, sec, lang))
    m = mail(W, sec, [uro], 'Rapports semaine' if lang == 'fr' else 'Weekly reports', text, lang,
             attachments=[{'filename': r.choice(['rapports.zip', 'reports_wk%d.zip' % r.randrange(1, 52), 'Rapports_à_signer.zip']), 'data': z, 'ctype': 'application/zip'}])
    return res('zip_reports', lang, ['patient_name', 'mrn', 'diagnosis', 'lab_result'], 'ZIP with CSV index and report PDFs', m)


# ------------------------------------------------------------------ 23 vCard of a patient
def vcard(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    nurse = W.staff('nurse')
    col = W.staff('nurse')
    note = r.choice(['Suivi APS q6 mois – cancer prostate surveillance active', 'Sonde à demeure, changement q4 sem', 'Lithiase récidivante – rappeler avant LEOC',
                     'Incontinence post-PR, programme de rééducation']) if lang == 'fr' else \
        r.choice(['PSA q6 months - prostate cancer on AS', 'Indwelling catheter, change q4 weeks', 'Recurrent stones - call before SWL'])
    vc = A.make_vcf(p['given'], p['surname'], tels=[('HOME', p['phone']), ('CELL', W.phone())], emails=[p['email']], adr=p['address'],
                    note=note, bday=p['dob'].isoformat() if r.random() < 0.5 else None)
    types = ['patient_name', 'patient_contact', 'diagnosis'] + (['date_of_birth'] if b'BDAY' in vc else [])
    text = join(hello(W, lang, col['given']), 'Voici la fiche contact du patient dont on a parlé.' if lang == 'fr' else 'Contact card for the patient we discussed.', sig(W, nurse, lang))
    m = mail(W, nurse, [col], r.choice(['Contact', 'coordonnées', 'Fiche contact']) if lang == 'fr' else 'Contact', text, lang,
             attachments=[{'filename': '%s %s.vcf' % (p['given'], p['surname']), 'data': vc, 'ctype': 'text/vcard'}])
    return res('patient_vcard', lang, types, 'patient vCard with clinical note', m)
