"""Positive messages, part B: vasectomy, urodynamics, continence, ward lists, discharge, pharmacy."""
import datetime as dt

from gen_common import dfmt, dob_fmt, nam_fmt, name_fmt, title, wrap
from gen_text import sig, hello, bye, doc_title, quote, fwd, join
from gen_clin import (num, stone, prostate_dx, OAB_MEDS, OAB_MEDS_EN, INCONT_DX, INCONT_DX_EN, LUTS_MEDS, LUTS_MEDS_EN,
                      ABX, ABX_EN, BUGS, ADT, STONE_MEDS)
from gen_pos_a import who, mail, res
from gen_clin import SexAware
import gen_attach as A


# ------------------------------------------------------------------ 7 patient mail about vasectomy, forwarded
def vasectomy_patient_fwd(W, lang):
    r = W.rng
    p = W.holder_where(lambda x: x['sex'] == 'M' and 1965 < x['dob'].year < 2000) if r.random() < 0.5 else W.patient('M', 28, 50)
    r = SexAware(W.rng, p['sex'])
    clerk = W.staff('clerk')
    nurse = W.staff('nurse', 'F')
    when = W.mail_date()
    d = when.date() - dt.timedelta(days=r.randrange(3, 12))
    types = ['patient_name', 'diagnosis', 'patient_contact']
    if lang == 'fr':
        pm = r.choice([
            'Bonjour, c\'est %s. J\'ai eu ma vasectomie le %s avec le Dr %s. Depuis hier j\'ai le scrotum enflé et bleu du côté gauche, '
            'ça fait mal quand je marche. Est-ce normal ? Je prends des Advil. Vous pouvez me rappeler au %s.',
            'bonjour je m\'appelle %s, vasectomie faite le %s (Dr %s). j\'ai un peu de fièvre 38,2 et ca coule un peu a l\'incision. '
            'je travaille de nuit, appelez moi le matin au %s svp merci'])
        body = pm % (p['full'] if r.random() < 0.7 else p['full'].lower(), dfmt(d, 'fr', r.choice([1, 2])), W.staff('md')['surname'], p['phone'])
        if 'Advil' in body:
            types.append('medication')
        text = join(hello(W, 'fr', nurse['given']), r.choice(['Message reçu sur la boîte de la clinique, peux-tu le rappeler ?',
                    'Voir ci-dessous, patient inquiet.', 'Pour toi – merci de le rappeler aujourd\'hui si possible.']),
                    sig(W, clerk, 'fr'),
                    fwd(W, body + '\n\n' + p['full'], (p['full'], p['email']), when, 'fr', 'question vasectomie', 'clinique.vasectomie@hsln.example'))
        subj = r.choice(['TR: question vasectomie', 'Fwd: question vasectomie', 'TR: enflure après vasectomie'])
    else:
        body = ('Hi, this is %s. I had my vasectomy on %s. Since yesterday there is swelling and bruising on the left side and it '
                'hurts to walk. Is this normal? I am taking Tylenol. You can call me at %s.' % (p['full'], dfmt(d, 'en', 1), p['phone']))
        types.append('medication')
        text = join(hello(W, 'en', nurse['given']), 'Patient message from the clinic inbox, can you call him back?', sig(W, clerk, 'en'),
                    fwd(W, body, (p['full'], p['email']), when, 'en', 'vasectomy question', 'vasectomy.clinic@hsln.example'))
        subj = 'FW: vasectomy question'
    m = mail(W, clerk, [nurse], subj, text, lang, date=when + dt.timedelta(hours=2))
    return res('vasectomy_patient_fwd', lang, types, 'patient post-vasectomy complaint forwarded with phone', m)


# ------------------------------------------------------------------ 8 post-vasectomy semen analysis
def semen_analysis(W, lang):
    r = W.rng
    p = W.holder_where(lambda x: x['sex'] == 'M' and 1965 < x['dob'].year < 2002) if r.random() < 0.6 else W.patient('M', 28, 50)
    r = SexAware(W.rng, p['sex'])
    lab = W.staff('labtech', org='lab')
    nurse = W.staff('nurse')
    res_txt = r.choice(['Azoospermie – aucun spermatozoïde observé', 'Rares spermatozoïdes non mobiles (< 100 000/mL)',
                        'Spermatozoïdes mobiles présents : 1,2 M/mL – répéter dans 6 semaines'])
    types = ['patient_name', 'lab_result']
    if lang == 'fr':
        idl = ('NAM %s' % nam_fmt(p['nam'], r.randrange(9))) if p.get('nam') else ('dossier %s' % W.mrn(p))
        types.append('ramq_nam' if p.get('nam') else 'mrn')
        text = join(hello(W, 'fr'), 'Spermogramme post-vasectomie (%s semaines) – %s, %s' % (r.choice(['8', '12', '16']), name_fmt(p, 1, 'fr'), idl),
                    'Résultat : %s.' % res_txt,
                    r.choice(['Le patient peut cesser la contraception.', 'À transmettre au médecin traitant.', 'Lettre au patient à envoyer.']),
                    sig(W, lab, 'fr'))
        subj = r.choice(['Résultat spermogramme', 'Spermogramme post-vasectomie – ' + p['surname'], 'Résultat labo andrologie'])
    else:
        idl = ('RAMQ %s' % nam_fmt(p['nam'], r.randrange(9))) if p.get('nam') else ('MRN %s' % W.mrn(p))
        types.append('ramq_nam' if p.get('nam') else 'mrn')
        text = join(hello(W, 'en'), 'Post-vasectomy semen analysis for %s (%s):' % (name_fmt(p, 0, 'en'), idl),
                    r.choice(['No sperm seen (azoospermia). Cleared.', 'Rare non-motile sperm, < 100,000/mL - special clearance criteria met.',
                              'Motile sperm present 1.2 M/mL - repeat in 6 weeks, continue contraception.']), sig(W, lab, 'en'))
        subj = 'PVSA result'
    m = mail(W, lab, [nurse], subj, text, lang)
    return res('semen_analysis', lang, types, 'post-vasectomy semen analysis result', m)


# ------------------------------------------------------------------ 9 urodynamics report (PDF)
def urodynamics_pdf(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.7 else W.patient()
    r = SexAware(W.rng, p['sex'])
    tech = W.staff('tech', 'F')
    uro = W.staff('md')
    dx = r.choice(INCONT_DX if lang == 'fr' else INCONT_DX_EN)
    cap = r.randrange(180, 560)
    pdet = r.randrange(8, 75)
    qmax = r.randrange(4, 22)
    resid = r.randrange(0, 400)
    if lang == 'fr':
        lines = ['Patient(e) : %s, %s' % (p['surname'].upper(), p['given']), 'Date de naissance : %s   Sexe : %s' % (p['dob'].isoformat(), p['sex'])]
        if p.get('nam'):
            lines.append('NAM : %s' % nam_fmt(p['nam'], r.choice([0, 1])))
        lines += ['No dossier : %s' % p['mrn'], 'Indication : %s' % dx,
                  'Débitmétrie libre : Qmax %d mL/s, volume uriné %d mL, résidu post-mictionnel %d mL' % (qmax, r.randrange(120, 420), resid),
                  'Cystomanométrie : 1re sensation %d mL, capacité cystométrique %d mL, compliance %s' % (r.randrange(60, 180), cap, r.choice(['normale', 'diminuée'])),
                  'Contractions désinhibées du détrusor : %s' % r.choice(['oui, avec fuites à %d mL' % r.randrange(100, 300), 'non']),
                  'Étude pression-débit : Pdet@Qmax %d cmH2O, BOOI %d' % (pdet, pdet - 2 * qmax),
                  'Conclusion : %s.' % r.choice(['hyperactivité détrusorienne', 'obstruction sous-vésicale', 'incontinence urinaire d\'effort urodynamique (VLPP %d cmH2O)' % r.randrange(60, 120), 'hypocontractilité détrusorienne'])]
        title_ = 'Rapport d\'étude urodynamique'
        text = join(hello(W, 'fr', doc_title(uro, 'fr')), r.choice(['Rapport d\'urodynamie ci-joint pour signature.', 'Voici le rapport de ce matin.', 'Rapport à réviser svp.']), sig(W, tech, 'fr'))
        fname = r.choice(['UDS_%s_%s.pdf' % (p['surname'], p['dob'].strftime('%Y%m%d')), 'rapport_urodynamie.pdf', 'Urodynamie %s.pdf' % p['mrn']])
        subj = r.choice(['Rapport urodynamie', 'UDS à signer', 'Urodynamie – rapport'])
    else:
        lines = ['Patient: %s, %s' % (p['surname'].upper(), p['given']), 'DOB: %s  Sex: %s' % (p['dob'].isoformat(), p['sex'])]
        if p.get('nam'):
            lines.append('RAMQ: %s' % nam_fmt(p['nam'], 0))
        lines += ['MRN: %s' % p['mrn'], 'Indication: %s' % dx,
                  'Uroflow: Qmax %d mL/s, PVR %d mL' % (qmax, resid), 'Filling cystometry: capacity %d mL' % cap,
                  'Pressure-flow: Pdet@Qmax %d cmH2O' % pdet, 'Impression: %s.' % r.choice(['detrusor overactivity', 'bladder outlet obstruction', 'urodynamic stress incontinence'])]
        title_ = 'Urodynamic Study Report'
        text = join(hello(W, 'en', doc_title(uro, 'en')), 'UDS report attached for your signature.', sig(W, tech, 'en'))
        fname = r.choice(['UDS_%s.pdf' % p['surname'], 'urodynamics_report.pdf'])
        subj = 'UDS report to sign'
    pdf = A.make_pdf(title_, lines, header=uro['org'], footer='Laboratoire d\'urodynamie – page 1')
    types = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'lab_result'] + (['ramq_nam'] if p.get('nam') else [])
    m = mail(W, tech, [uro], subj, text, lang, attachments=[{'filename': fname, 'data': pdf, 'ctype': 'application/pdf'}])
    return res('urodynamics_pdf', lang, types, 'urodynamic study report PDF', m)


# ------------------------------------------------------------------ 10 continence referral to pelvic physio
def incontinence_physio(W, lang):
    r = W.rng
    p = W.holder_where(lambda x: x['sex'] == 'F') if r.random() < 0.5 else W.patient('F', 35, 85)
    r = SexAware(W.rng, p['sex'])
    uro = W.staff('md')
    physio = W.staff('physio', 'F', org='clsc')
    types = ['patient_name', 'diagnosis']
    if lang == 'fr':
        dx = r.choice(INCONT_DX[:3] + INCONT_DX[4:5])
        med = r.choice(OAB_MEDS)
        lines = [hello(W, 'fr', physio['given']),
                 'Pourrais-tu voir %s (%s ans) en rééducation périnéale ? Dx : %s. Journal mictionnel : %d mictions/jour, %d nycturies, '
                 '%d serviettes/jour.' % (name_fmt(p, r.choice([3, 0, 2]), 'fr'), p['age'], dx, r.randrange(8, 16), r.randrange(1, 5), r.randrange(1, 6)),
                 'Elle a essayé %s sans grand effet.' % med]
        types.append('medication')
        if r.random() < 0.5:
            soc = ['Contexte : proche aidante de son conjoint atteint d\'Alzheimer, peu de temps pour elle.',
                   'Vit seule depuis son veuvage, se déplace difficilement (marchette).']
            if p['age'] < 62:
                soc.append('Elle a perdu son emploi et n\'a plus d\'assurance collective pour les frais de physio.')
            lines.append(r.choice(soc))
            types.append('social_information')
        if r.random() < 0.5:
            lines.append('Tél. : %s' % p['phone'])
            types.append('patient_contact')
        lines += [bye(W, 'fr'), sig(W, uro, 'fr')]
        subj = r.choice(['Référence physio plancher pelvien', 'Rééducation périnéale – nouvelle cliente', 'Réf. physio pelvienne'])
    else:
        dx = r.choice(INCONT_DX_EN[:3])
        med = r.choice(OAB_MEDS_EN)
        lines = [hello(W, 'en', physio['given']),
                 'Could you see %s, %d y/o, for pelvic floor therapy? Dx: %s. Tried %s with little benefit.'
                 % (name_fmt(p, 3, 'en'), p['age'], dx, med)]
        types.append('medication')
        if r.random() < 0.5:
            lines.append('She is on income support and cannot afford private physio.')
            types.append('social_information')
        lines += [bye(W, 'en'), sig(W, uro, 'en')]
        subj = 'Pelvic floor physio referral'
    m = mail(W, uro, [physio], subj, join(*lines), lang)
    return res('incontinence_physio', lang, types, 'continence referral to pelvic physio', m)


# ------------------------------------------------------------------ 11 sign-out / handover list
def signout(W, lang):
    r = W.rng
    res_ = W.staff('res')
    nxt = W.staff('res')
    when = W.mail_date()
    n = r.randrange(4, 9)
    rows = []
    types = ['patient_name', 'diagnosis']
    use_nam = r.random() < 0.3
    for i in range(n):
        p = W.holder() if (use_nam or r.random() < 0.3) else W.patient()
        room = '%d%02d-%s' % (r.choice([6, 7]), r.randrange(1, 40), r.choice('AB'))
        rr = SexAware(W.rng, p['sex'])
        if lang == 'fr':
            prob = rr.choice(['J1 RTUP, irrigation continue, Hb %d' % r.randrange(88, 130),
                             'J2 néphrectomie partielle G, créat %d' % r.randrange(70, 180),
                             'pyélonéphrite obstructive, tuteur JJ hier, %s' % r.choice(ABX).split(' x ')[0],
                             'rétention, sonde 18 Fr, essai sans sonde demain',
                             'colique néphrétique %s, hydromorphone PRN' % stone(W, 'fr')['txt'].split(' (')[0],
                             'J1 cystectomie radicale + Bricker, lactate %s' % num(r.uniform(1, 4), 'fr'),
                             'hématurie caillotante, lavage vésical, Hb %d' % r.randrange(75, 110)])
            todo = r.choice(['relancer FSC à 22 h', 'si T > 38,5 : hémocultures', 'rien à faire', 'suivre diurèse', 'K+ 5,8 à recontrôler'])
        else:
            prob = rr.choice(['POD1 TURP, CBI running, Hb %d' % r.randrange(88, 130), 'POD2 partial nephrectomy, Cr %d' % r.randrange(70, 180),
                             'obstructed pyelo, JJ stent placed, on %s' % r.choice(ABX_EN).split(' x ')[0],
                             'urinary retention, 18 Fr foley, TWOC tomorrow', 'clot retention, CBI, Hb %d' % r.randrange(75, 110)])
            todo = r.choice(['repeat CBC at 22:00', 'blood cultures if febrile', 'nothing pending', 'watch UO', 'K 5.8 recheck'])
        nm = name_fmt(p, r.choice([1, 5, 7, 6]), lang)
        extra = (' ' + nam_fmt(p['nam'], r.randrange(9))) if (use_nam and p.get('nam')) else ''
        rows.append('%s | %s%s | %s | %s' % (room, nm, extra, prob, todo))
    if use_nam:
        types.append('ramq_nam')
    if lang == 'fr':
        text = join(hello(W, 'fr', nxt['given']), 'Liste de passation – garde uro du %s :' % dfmt(when.date(), 'fr', 3),
                    'Ch. | Patient | Problème | À faire\n' + '\n'.join(rows),
                    r.choice(['Bonne garde !', 'Appelle-moi si besoin.', 'Urgence : un consult en attente (colique) à l\'urgence.']), sig(W, res_, 'fr'))
        subj = r.choice(['Passation garde uro', 'Liste signout', 'Handover uro %s' % dfmt(when.date(), 'fr', 2)])
    else:
        text = join(hello(W, 'en', nxt['given']), 'Urology sign-out:', 'Room | Patient | Issue | To do\n' + '\n'.join(rows),
                    'Good luck tonight.', sig(W, res_, 'en'))
        subj = r.choice(['Uro sign-out', 'Handover list', 'signout'])
    low = text.lower()
    if any(k in low for k in ('hb ', 'créat ', 'cr ', 'lactate', 'k+ ', 'k 5')):
        types.append('lab_result')
    if any(k in low for k in ('hydromorphone', 'nitrofuran', 'ciproflox', 'céfixime', 'cefixime', 'tmp-smx', 'fosfomycin', 'amoxicilline')):
        types.append('medication')
    m = mail(W, res_, [nxt], subj, text, lang, body_mode=r.choice(['plain', 'alt', 'html']), date=when)
    return res('signout', lang, types, 'resident handover list with rooms and problems', m)


# ------------------------------------------------------------------ 12 ward census CSV
def ward_csv(W, lang):
    r = W.rng
    clerk = W.staff('clerk', 'F')
    mgr = W.staff('mgr')
    rows = [['Chambre', 'Lit', 'Nom', 'Prénom', 'Dossier', 'DDN', 'Diagnostic', 'Médecin traitant'] if lang == 'fr'
            else ['Room', 'Bed', 'Last', 'First', 'MRN', 'DOB', 'Diagnosis', 'Attending']]
    for i in range(r.randrange(8, 18)):
        p = W.patient()
        rr = SexAware(W.rng, p['sex'])
        dx = rr.choice(['RTUP', 'Néphrectomie rad.', 'Pyélonéphrite', 'Urosepsis', 'Cystectomie', 'Colique néphrétique', 'Rétention urinaire',
                       'Prostatectomie rad.', 'Urétéroscopie + laser']) if lang == 'fr' else \
            rr.choice(['TURP', 'Radical nephrectomy', 'Pyelonephritis', 'Urosepsis', 'Cystectomy', 'Renal colic', 'Urinary retention'])
        md = W.staff('md')
        rows.append([str(700 + i), r.choice('AB'), p['surname'], p['given'], p['mrn'], p['dob'].isoformat(), dx, 'Dr ' + md['surname']])
    enc = r.choice(['utf-8', 'cp1252'])
    data = A.make_csv(rows, delimiter=r.choice([',', ';']), encoding=enc, bom=(enc == 'utf-8' and r.random() < 0.5))
    fname = r.choice(['recensement_7e_urologie.csv', 'census_7W.csv', 'liste_patients_%s.csv' % r.choice(['lundi', 'jeudi']), 'export_ADT_%d.csv' % r.randrange(1000, 9999)])
    text = join(hello(W, 'fr' if lang == 'fr' else 'en'),
                r.choice(['Recensement de l\'unité ci-joint.', 'Voici l\'export du jour pour la rencontre de gestion des lits.'])
                if lang == 'fr' else 'Census export attached for bed meeting.', sig(W, clerk, lang))
    m = mail(W, clerk, [mgr], r.choice(['Recensement unité', 'census', 'Liste des patients hospitalisés']), text, lang,
             attachments=[{'filename': fname, 'data': data, 'ctype': 'text/csv; charset=%s' % ('windows-1252' if enc == 'cp1252' else 'utf-8')}])
    return res('ward_census_csv', lang, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'], 'ward census CSV export', m)


# ------------------------------------------------------------------ 13 discharge summary (DOCX)
def discharge_docx(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.6 else W.patient()
    r = SexAware(W.rng, p['sex'])
    uro = W.staff('md')
    gp = W.staff('gp', org='gmf')
    adm = dt.date(2025, r.randrange(1, 6), r.randrange(1, 25))
    dis = adm + dt.timedelta(days=r.randrange(1, 6))
    if lang == 'fr':
        proc = r.choice(['Urétéroscopie souple gauche + lithotritie laser, mise en place de tuteur JJ',
                         'Résection transurétrale de la prostate (RTUP) bipolaire',
                         'Prostatectomie radicale robot-assistée + curage ganglionnaire', 'Néphrolithotomie percutanée droite',
                         'Résection transurétrale de tumeur vésicale (RTUV)'])
        meds = [r.choice(['acétaminophène 1 g QID PRN', 'hydromorphone 1 mg q4h PRN x 3 jours']), r.choice(LUTS_MEDS), r.choice(ABX)]
        paras = ['Nom : %s, %s' % (p['surname'].upper(), p['given']), 'DDN : %s' % dob_fmt(p['dob'], 'fr', 0)]
        if p.get('nam'):
            paras.append('NAM : %s' % nam_fmt(p['nam'], 1))
        paras += ['Dossier : %s' % p['mrn'], 'Admission : %s – Congé : %s' % (adm.isoformat(), dis.isoformat()),
                  '## Intervention', proc,
                  '## Évolution', r.choice(['Évolution post-opératoire simple. Fièvre à J1 traitée.', 'Hématurie légère résolue, retrait de sonde à J2.',
                                           'Rétention après retrait de sonde, réinsertion et congé avec sonde.']),
                  '## Médication au congé'] + meds + ['## Suivi', 'Retrait du tuteur dans %d semaines. Revoir en clinique avec créatinine.' % r.randrange(1, 6)]
        fname = r.choice(['Résumé de départ %s.docx' % p['surname'], 'resume_conge_%s.docx' % p['mrn'], 'Sommaire_hospitalisation.docx'])
        text = join(hello(W, 'fr', doc_title(gp, 'fr')), 'Veuillez trouver ci-joint le résumé de départ de votre patient(e).', bye(W, 'fr'), sig(W, uro, 'fr'))
        subj = r.choice(['Résumé de départ', 'Sommaire d\'hospitalisation – urologie', 'Congé urologie'])
        t = 'Résumé de départ – Urologie'
    else:
        proc, fu = r.choice([('Left flexible ureteroscopy + laser lithotripsy, JJ stent', 'Stent removal in 2 weeks, CT KUB in 3 months.'),
                             ('Bipolar TURP', 'Uroflow and PVR in 6 weeks.'), ('Robotic radical prostatectomy', 'Catheter out day 7; PSA in 6 weeks.'),
                             ('TURBT', 'Pathology pending; cystoscopy in 3 months.')])
        meds = [r.choice(['acetaminophen 1 g QID PRN', 'hydromorphone 1 mg q4h PRN']), r.choice(LUTS_MEDS_EN), r.choice(ABX_EN)]
        paras = ['Name: %s, %s' % (p['surname'].upper(), p['given']), 'DOB: %s' % dob_fmt(p['dob'], 'en', 0)]
        if p.get('nam'):
            paras.append('RAMQ: %s' % nam_fmt(p['nam'], 1))
        paras += ['MRN: %s' % p['mrn'], 'Admitted %s, discharged %s' % (adm.isoformat(), dis.isoformat()), '## Procedure', proc,
                  '## Course', r.choice(['Uncomplicated.', 'Low-grade fever on day 1, resolved.', 'Mild hematuria, cleared before discharge.']),
                  '## Discharge medications'] + meds + ['## Follow-up', fu]
        fname = r.choice(['Discharge summary %s.docx' % p['surname'], 'discharge_%s.docx' % p['mrn']])
        text = join(hello(W, 'en', doc_title(gp, 'en')), 'Discharge summary attached.', sig(W, uro, 'en'))
        subj = 'Discharge summary - urology'
        t = 'Discharge Summary - Urology'
    data = A.make_docx(t, paras, author=uro['full'])
    types = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'] + (['ramq_nam'] if p.get('nam') else [])
    m = mail(W, uro, [gp], subj, text, lang, attachments=[{'filename': fname, 'data': data,
             'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}])
    return res('discharge_docx', lang, types, 'discharge summary DOCX', m)
