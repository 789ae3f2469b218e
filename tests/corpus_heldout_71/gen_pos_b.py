"""Positive templates, part B (forwards, identifiers, social situations, research, attachments)."""
import datetime

import gen_attach as A
from gen_clin import *
from gen_common import (ORG, SITES, age, dr, fmt_date, fmt_dob, fmt_mrn, fmt_nam, fmt_niss, fmt_nir,
                        fmt_ohip, fmt_sin, fullwidth, greet, make_sin, name, obj, poss, pron,
                        signature, staff_name, title)
from gen_mime import html_table, make_dt, text_table
from gen_pos_a import pid, qc_or_on
from gen_spec import earlier, ext_addr, forward_block, quoted, spec


# 21 -----------------------------------------------------------------------
def p_attached_eml(ctx, k):
    p = ctx.patient(ctx.choice(['ON', 'QC']), 30, 85)
    gp = ('Dr. %s' % ctx.choice(['Lorna Breckenridge', 'Samuel Achebe', 'Marie-Josée Tardif']),
          'office@%s' % ctx.choice(['eastcountiesfht.example', 'cliniquedulac.example', 'sdgmedical.example']))
    clerk = ctx.person(roles=['clerk', 'booking'])
    md = ctx.person(roles=['respirologist', 'cardiologist'])
    idl, t = pid(ctx, p)
    dx = ctx.choice(['suspected OSA (Epworth 16, witnessed apneas)', 'exertional dyspnea, ?pulmonary hypertension',
                     'palpitations and presyncope, ?SVT'])
    inner_text = '\n'.join(['Dear colleagues,', '',
                            'Please see my patient %s, %s, %s.' % (name(ctx, p, 'full'), fmt_dob(ctx, p), idl),
                            'Reason: %s.' % dx,
                            'PMH: type 2 diabetes, hypertension. Meds: metformin 1 g BID, amlodipine 10 mg.',
                            'Contact: %s' % p['phone'], '', gp[0]])
    inner = spec(ctx, 'inner', 'en', set(), '', gp, ('Central Intake', 'intake@' + ORG['dom']),
                 'Referral - %s' % name(ctx, p, 'surfirst'), inner_text, date=make_dt(ctx))
    body = '\n'.join([greet(ctx, md), '', ctx.choice(['Referral received, see attached email. OK to triage?',
                                                     'Forwarding the attached referral for triage.',
                                                     'Please triage (original message attached).']), '',
                      signature(ctx, clerk, style=ctx.choice(['short', 'full']))])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'} | t
    return spec(ctx, 'attached_eml', 'en', types, 'referral e-mail attached as message/rfc822', clerk, md,
                ctx.choice(['Fw: Referral', 'Referral for triage', 'FW: new referral']), body,
                attachments=[A.att(ctx.choice(['Referral.eml', 'Référence.eml', None]), 'message/rfc822',
                                   msg=inner)])


# 22 -----------------------------------------------------------------------
def p_mrn_only(ctx, k):
    a = ctx.person(roles=['nurse_hf', 'fellow', 'np'])
    b = ctx.person(roles=['cardiologist', 'pharmacist'])
    mrn = ctx.mrn()
    body = ctx.choice([
        'Re %s: new AF with RVR on tele overnight, rate 140s. Started apixaban 5 mg BID and metoprolol 25 mg BID. '
        'Echo pending.' % fmt_mrn(ctx, mrn),
        'Pt %s - K+ 5.8 this AM on spironolactone 25 + ramipril 5. Held spiro, repeat lytes at 16h.' % fmt_mrn(ctx, mrn),
        'For %s: BiPAP weaned overnight, ABG 7.36/58/71. COPD exacerbation improving on prednisone 40 mg.' % fmt_mrn(ctx, mrn)])
    if 'apixaban' in body:
        types = {'mrn', 'diagnosis', 'medication'}
    elif 'K+' in body:
        types = {'mrn', 'lab_result', 'medication'}
    else:
        types = {'mrn', 'lab_result', 'diagnosis', 'medication'}
    body += '\n\n' + signature(ctx, a, style=ctx.choice(['initial', 'short', 'mobile']))
    return spec(ctx, 'mrn_only', 'en', types, 'chart number with clinical details, no name', a, b,
                ctx.choice(['overnight update', 'quick FYI', 'pt update']), body)


# 23 -----------------------------------------------------------------------
def p_nam_only_fr(ctx, k):
    if k == 2:
        return p_niss_only_fr(ctx, k)
    p = ctx.nam_patient(30, 100)
    a = ctx.person(roles=['booking', 'clerk'])
    b = ctx.person(roles=['cardiologist', 'nurse_hf'])
    d = ctx.date()
    extra = ''
    types = {'ramq_nam', 'diagnosis'}
    if ctx.chance(0.5):
        extra = ' (%s)' % fmt_dob(ctx, p, 'fr')
        types.add('date_of_birth')
    body = '\n'.join(['Bonjour,', '',
                      'Pour l’usager NAM %s%s : ETO prévue le %s pour %s.' % (
                          fmt_nam(ctx, p['nam']), extra, fmt_date(ctx, d, 'fr', 'long'),
                          ctx.choice(['recherche de thrombus avant cardioversion', 'endocardite suspectée',
                                      'évaluation de la valve mitrale'])),
                      'Merci de confirmer la disponibilité de l’anesthésie.', '', signature(ctx, a, 'fr')])
    return spec(ctx, 'nam_only', 'fr', types, 'NAM with procedure and indication, no name', a, b,
                ctx.choice(['ETO à confirmer', 'Réservation ETO', 'Confirmation anesthésie']), body)


def p_niss_only_fr(ctx, k):
    p = ctx.patient('BE', 40, 85)
    a = ctx.person(roles=['booking', 'clerk'])
    b = ctx.person(roles=['cardiologist', 'manager'])
    body = '\n'.join(['Bonjour,', '',
                      'Touriste belge admis%s cette nuit à l’unité coronarienne, NISS %s.' % (
                          '' if p['sex'] == 'M' else 'e', fmt_niss(ctx, p['niss'])),
                      'Coronarographie faite : %s. Sa mutuelle demande le rapport avant d’autoriser le rapatriement.' % ctx.choice(
                          ['sténose de 90 % de l’IVA, stent actif', 'occlusion de la CD, angioplastie primaire']),
                      'Peux-tu signer le rapport aujourd’hui?', '', signature(ctx, a, 'fr')])
    return spec(ctx, 'niss_only', 'fr', {'be_niss', 'diagnosis'}, 'Belgian NISS with procedure findings, no name',
                a, b, ctx.choice(['Rapport pour la mutuelle', 'Touriste belge - USC']), body)


# 24 -----------------------------------------------------------------------
def p_sin_disability(ctx, k):
    p = ctx.patient(ctx.choice(['QC', 'ON']), 35, 63, lang='en')
    sin = make_sin(ctx.rng)
    sw = ctx.person(roles=['sw', 'clerk'])
    ins = ext_addr(ctx, 'Great Northern Life - Disability Claims', 'claims', 'greatnorthernlife.example')
    dx = ctx.choice(['anterior STEMI with LVEF 30%', 'CABG x3 on %s' % ctx.date().isoformat(),
                     'ICD implanted after VF arrest'])
    lines = ['Claimant: %s' % name(ctx, p, 'full'), fmt_dob(ctx, p), 'SIN: %s' % fmt_sin(ctx, sin),
             'Employer: %s' % ctx.choice(['CN Rail yard', 'Westmount school board', 'self-employed electrician']),
             'Diagnosis: %s' % dx,
             'Restrictions: no lifting > 10 lb, no driving commercial vehicle for 3 months.',
             'Expected return to work: %s' % fmt_date(ctx, ctx.date(datetime.date(2025, 5, 1), 120)),
             'Note: claimant has no income since %s; rent arrears, applying for emergency assistance.' % ctx.choice(
                 ['January', 'the admission', 'last month'])]
    if k % 2 == 0:
        body = 'Hello,\n\nPlease find the attending physician statement attached for your claimant.\n\n' + \
            signature(ctx, sw, dept='sw')
        atts = [A.att('APS_%s.pdf' % p['surname'].replace("'", ''), A.CT_PDF,
                      data=A.make_pdf('Attending Physician Statement - Short Term Disability', lines,
                                      compress=ctx.chance(0.5)))]
    else:
        body = 'Hello,\n\nAs requested, information for the disability claim:\n\n' + '\n'.join(lines) + \
            '\n\n' + signature(ctx, sw, dept='sw')
        atts = []
    types = {'patient_name', 'date_of_birth', 'ca_sin', 'diagnosis', 'social_information'}
    return spec(ctx, 'disability_claim', 'en', types, 'disability insurance statement with SIN and finances',
                sw, ins, ctx.choice(['Disability claim - APS', 'Claim %d' % ctx.randint(100000, 999999),
                                     'STD claim documents']), body, attachments=atts)


# 25 -----------------------------------------------------------------------
def p_social_work_fr(ctx, k):
    p = ctx.nam_patient(55, 100) if k == 0 else ctx.patient('QC', 55, 92, lang='fr')
    sw = ctx.person('sw')
    clsc = ext_addr(ctx, 'Guichet d’accès SAD - CLSC', 'sad.guichet', 'cisss-ouest.example')
    types = {'patient_name', 'social_information', 'diagnosis'}
    idline = ''
    if p.get('nam'):
        idline = 'NAM : %s\n' % fmt_nam(ctx, p['nam'])
        types.add('ramq_nam')
    if k == 2:
        idline = 'NAS (pour la demande d’aide financière de dernier recours) : %s\n' % fmt_sin(ctx, make_sin(ctx.rng))
        types.add('ca_sin')
    body = '\n'.join(['Bonjour,', '',
                      'Demande de services à domicile pour %s.' % name(ctx, p, ctx.choice(['title_full', 'surfirst', 'full']), 'fr'),
                      idline + 'Adresse : %s' % p['addr'], '',
                      'Contexte : %s, hospitalisé%s pour %s.' % (
                          'usager de %d ans' % age(p['dob']), 'e' if p['sex'] == 'F' else '',
                          ctx.choice(HF_DX_FR + RESP_DX_FR)),
                      ctx.choice(['Vit seul%s au 3e étage sans ascenseur; avis d’éviction reçu pour le 1er juillet.'
                                  % ('e' if p['sex'] == 'F' else ''),
                                  'Revenu : aide sociale seulement; difficulté à payer ses médicaments et son loyer.',
                                  '%s avec troubles cognitifs, épuisement de l’aidant%s; suspicion de négligence.'
                                  % ('Conjoint' if p['sex'] == 'F' else 'Conjointe', '' if p['sex'] == 'F' else 'e')]),
                      'Merci de prioriser le suivi infirmier (pesée quotidienne) et l’évaluation psychosociale.', '',
                      signature(ctx, sw, 'fr', dept='sw')])
    types.add('patient_contact')
    return spec(ctx, 'social_work', 'fr', types, 'social worker home-care request with housing/income situation',
                sw, clsc, ctx.choice(['Demande SAD', 'Référence CLSC - congé prochain', 'Demande de services']), body)


# 26 -----------------------------------------------------------------------
def p_dpj_fr(ctx, k):
    p = ctx.nam_patient(2, 17)
    sw = ctx.person('sw')
    dpj = ext_addr(ctx, 'Réception et traitement des signalements', 'signalement', 'dpj-montreal.example')
    dx = ctx.choice(['cardiopathie congénitale opérée (tétralogie de Fallot)',
                     'apnée du sommeil sévère, CPAP non utilisée',
                     'asthme sévère avec trois visites à l’urgence ce mois-ci'])
    body = '\n'.join(['Bonjour,', '',
                      'Suite à notre appel de ce matin, voici les informations pour le signalement :', '',
                      'Enfant : %s %s' % (p['given'], p['surname']), fmt_dob(ctx, p, 'fr'),
                      'NAM : %s' % fmt_nam(ctx, p['nam']),
                      'Suivi : %s' % dx,
                      'Motif : rendez-vous manqués à répétition (%d depuis l’automne), médication non renouvelée; '
                      'la mère rapporte de la violence conjugale à la maison.' % ctx.randint(3, 6),
                      '', 'Je demeure disponible pour la rencontre.', signature(ctx, sw, 'fr', dept='sw')])
    return spec(ctx, 'youth_protection', 'fr',
                {'patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'social_information'},
                'youth protection report about a child followed in clinic', sw, dpj,
                ctx.choice(['Signalement - suivi', 'Signalement DPJ', 'Suite à notre appel']), body)


# 27 -----------------------------------------------------------------------
def p_violence_rehab(ctx, k):
    p = ctx.patient('QC', 40, 80, sex='F', lang='en')
    kin = ctx.person('kin')
    sw = ctx.person('sw')
    body = '\n'.join([greet(ctx, sw), '',
                      'Confidential referral. %s (rehab group Tue/Thu, %s) had new bruising on both forearms today.' % (
                          name(ctx, p, ctx.choice(['full', 'title_full', 'initial'])),
                          ctx.choice(['post-CABG', 'post-PCI', 'post-NSTEMI'])),
                      'She disclosed that her partner has been hitting her and controls her money; she is afraid to go home.',
                      'She agreed to meet with you. Best number is her sister\'s: %s (do not call the home line).' % ctx.phone(),
                      '', signature(ctx, kin, dept='rehab')])
    return spec(ctx, 'violence_disclosure', 'en', {'patient_name', 'social_information', 'diagnosis', 'patient_contact'},
                'cardiac rehab patient disclosing partner violence', kin, sw,
                ctx.choice(['Urgent - SW referral', 'Confidential', 'Referral to social work']), body)


# 28 -----------------------------------------------------------------------
def p_belgian_fr(ctx, k):
    p = ctx.patient('BE', 45, 80)
    clerk = ctx.person(roles=['clerk', 'manager'])
    mut = ext_addr(ctx, 'Mutualité Saint-Hubert - Assistance voyage', 'assistance', 'mutualite-sthubert.example')
    dx = ctx.choice(['IAMEST antérieur traité par angioplastie primaire', 'FA rapide avec insuffisance cardiaque',
                     'embolie pulmonaire bilatérale'])
    body = '\n'.join(['Madame, Monsieur,', '',
                      'Nous avons admis votre affilié%s en séjour touristique au Canada :' % ('' if p['sex'] == 'M' else 'e'),
                      '%s %s, %s' % (p['surname'].upper(), p['given'], fmt_dob(ctx, p, 'fr')),
                      'NISS : %s' % fmt_niss(ctx, p['niss']),
                      'Diagnostic : %s.' % dx,
                      'Rapatriement envisageable dans %d jours, avec escorte infirmière et oxygène en vol.' % ctx.randint(5, 10),
                      'Veuillez nous transmettre la garantie de paiement.', '',
                      signature(ctx, clerk, 'fr')])
    return spec(ctx, 'travel_insurer', 'fr', {'patient_name', 'date_of_birth', 'be_niss', 'diagnosis'},
                'Belgian tourist admission, NISS sent to mutual insurer', clerk, mut,
                ctx.choice(['Demande de garantie de paiement', 'Rapatriement - affilié hospitalisé']), body)


# 29 -----------------------------------------------------------------------
def p_french_nir(ctx, k):
    p = ctx.patient('FR', 19, 75)
    md = ctx.person(roles=['respirologist', 'fellow', 'clerk'])
    cpam = ext_addr(ctx, 'Service relations internationales', 'ri', 'assurance-maladie-rhone.example')
    dx = ctx.choice(['pneumothorax spontané droit drainé', 'exacerbation sévère d’asthme',
                     'myopéricardite virale'])
    lines = ['Assuré%s : %s %s' % ('' if p['sex'] == 'M' else 'e', p['given'], p['surname']),
             'NIR : %s' % fmt_nir(ctx, p['nir']), 'Séjour : étudiant%s en échange à Montréal' % ('' if p['sex'] == 'M' else 'e'),
             'Hospitalisation du %s, %d jours - %s.' % (ctx.date().isoformat(), ctx.randint(2, 6), dx)]
    if k == 1:
        body = 'Bonjour,\n\nVeuillez trouver ci-joint la facture détaillée et le résumé de séjour pour remboursement.\n\n' + \
            signature(ctx, md, 'fr')
        atts = [A.att('résumé_séjour_%s.pdf' % p['surname'], A.CT_PDF,
                      data=A.make_pdf('Résumé de séjour', lines, compress=True))]
    else:
        body = 'Bonjour,\n\n' + '\n'.join(lines) + '\n\nMerci de nous indiquer la marche à suivre pour le remboursement.\n\n' + \
            signature(ctx, md, 'fr')
        atts = []
    return spec(ctx, 'fr_insurer', 'fr', {'patient_name', 'fr_nir', 'diagnosis'},
                'French student hospitalised, NIR sent to French insurer', md, cpam,
                'Remboursement soins à l’étranger - %s' % p['surname'], body, attachments=atts)


# 30 -----------------------------------------------------------------------
def p_research_enrolment(ctx, k):
    crc = ctx.person('crc')
    pi = ctx.person(roles=['cardiologist', 'respirologist'])
    rows = [['Study ID', 'Name', 'Phone', 'Consent date', 'Eligibility dx', 'Arm']]
    for i in range(ctx.randint(6, 10)):
        p = ctx.patient(ctx.choice(['QC', 'ON']), 40, 85)
        rows.append(['HFP-%03d' % ctx.randint(1, 300), '%s %s' % (p['given'], p['surname']), p['phone'],
                     ctx.date().isoformat(), ctx.choice(['HFpEF', 'HFpEF + AF', 'HFmrEF', 'HFpEF, obese']),
                     ctx.choice(['A', 'B'])])
    if k == 0:
        atts = [A.att('enrolment_log.xlsx', A.CT_XLSX, data=A.make_xlsx([('Log', rows)], author=staff_name(crc, False)))]
        body = 'Hi %s,\n\nEnrolment log attached (identifiable version - please don\'t forward to the sponsor).\n\n%s' % (
            pi['given'], signature(ctx, crc, dept='research'))
        html = None
    else:
        atts = []
        body = 'Hi %s,\n\nParticipants to call back for visit 2:\n\n%s\n\n%s' % (
            pi['given'], text_table(rows), signature(ctx, crc, dept='research'))
        html = '<p>Hi %s,</p><p>Participants to call back for visit 2:</p>%s<p>%s</p>' % (
            pi['given'], html_table(rows), staff_name(crc, False)) if k == 2 else None
    return spec(ctx, 'research_enrolment', 'en', {'patient_name', 'patient_contact', 'diagnosis'},
                'research enrolment log with participants\' names and phones', crc, pi,
                ctx.choice(['Enrolment log', 'HFP visit 2 call list', 'Study participants - callbacks']),
                body, attachments=atts, html=html)


# 31 -----------------------------------------------------------------------
def p_research_sae(ctx, k):
    p = ctx.patient(ctx.choice(['QC', 'ON']), 45, 85)
    crc = ctx.person('crc')
    spons = ext_addr(ctx, 'Pharmacovigilance Desk', 'safety', 'cardiotrials-cro.example')
    initials = p['given'][0] + p['surname'][0]
    lines = ['SERIOUS ADVERSE EVENT - INITIAL REPORT', 'Site 0%d, subject %s-%03d, initials %s' % (
        ctx.randint(11, 45), 'SITE', ctx.randint(1, 99), initials),
             'Date of birth: %s' % p['dob'].isoformat(), 'Hospital %s' % fmt_mrn(ctx, p['mrn']),
             'Event: %s' % ctx.choice(['major GI bleed, Hb 68 g/L, transfused 3 units', 'hospitalisation for worsening HF',
                                       'syncope with complete heart block, pacemaker implanted']),
             'Study drug: investigational factor XIa inhibitor 50 mg daily - interrupted',
             'Concomitant: ASA 81 mg, atorvastatin 40 mg', 'Outcome: recovering']
    body = '\n'.join(lines) + '\n\n' + signature(ctx, crc, dept='research')
    types = {'date_of_birth', 'mrn', 'diagnosis', 'medication'}
    if 'Hb' in body:
        types.add('lab_result')
    return spec(ctx, 'research_sae', 'en', types, 'SAE report with DOB and hospital chart number', crc, spons,
                'SAE initial report - subject %s' % initials, body)


# 32 -----------------------------------------------------------------------
def p_rehab_progress(ctx, k):
    p = qc_or_on(ctx, k, 40, 85)
    kin = ctx.person('kin')
    card = ctx.person('cardiologist')
    idl, t = pid(ctx, p)
    w0, w1 = ctx.randint(250, 400), ctx.randint(410, 560)
    paras = ['Participant: %s   %s' % (name(ctx, p, 'full'), idl),
             'Referral diagnosis: %s' % ctx.choice(['CABG x3', 'NSTEMI, PCI to LAD', 'HFrEF, LVEF 30%', 'AVR']),
             '6-minute walk: %d m at intake, %d m at week 12.' % (w0, w1),
             'Peak exercise capacity %.1f METs; resting BP %d/%d.' % (ctx.choice([4.8, 5.6, 6.9, 7.4]),
                                                                        ctx.randint(112, 150), ctx.randint(62, 90)),
             'Mood: PHQ-9 score %d; referred to psychology.' % ctx.randint(8, 16),
             'Smoking: quit date set, on varenicline.']
    if ctx.chance(0.5):
        atts = [A.att('Rehab_discharge_report.pdf', A.CT_PDF,
                      data=A.make_pdf('Cardiac Rehabilitation - Discharge Report', paras, compress=ctx.chance(0.5)))]
        body = '%s\n\nProgram completion report attached for your patient.\n\n%s' % (greet(ctx, card),
                                                                                   signature(ctx, kin, dept='rehab'))
    else:
        atts = []
        body = '%s\n\n%s\n\n%s' % (greet(ctx, card), '\n'.join(paras), signature(ctx, kin, dept='rehab'))
    return spec(ctx, 'rehab_progress', 'en', {'patient_name', 'diagnosis', 'lab_result', 'medication'} | t,
                'cardiac rehab completion report', kin, card,
                ctx.choice(['Rehab completion', 'Cardiac rehab report', 'Program discharge']), body, attachments=atts)


# 33 -----------------------------------------------------------------------
def p_ohip_referral(ctx, k):
    p = ctx.patient('ON', 25, 85, lang='en')
    gp = ('Dr. %s' % ctx.choice(['Fergus McAllister', 'Anjali Deshpande', 'Robert Lalonde-Hyde']),
          'fax2mail@%s' % ctx.choice(['cornwallfamilyhealth.example', 'embrunclinic.example']))
    intake = ('Sleep Lab Intake', 'sleeplab.intake@orri.example')
    body = '\n'.join(['Referral - Sleep Medicine', '',
                      'Patient: %s' % name(ctx, p, ctx.choice(['full', 'surfirst'])),
                      fmt_dob(ctx, p), 'Health card: %s' % fmt_ohip(ctx, p),
                      'Address: %s' % p['addr'], 'Phone: %s' % p['phone'], '',
                      'Reason: loud snoring, witnessed apneas, ESS %d/24, BMI %d. %s' % (
                          ctx.randint(11, 20), ctx.randint(31, 44),
                          ctx.choice(['Commercial truck driver.', 'Resistant hypertension on 3 agents.',
                                      'Nocturia and morning headaches.'])),
                      'Urgency: %s' % ctx.choice(['routine', 'semi-urgent (driver)']), '', gp[0]])
    return spec(ctx, 'ohip_referral', 'en',
                {'patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis'},
                'Ontario GP referral to sleep lab with health card number', gp, intake,
                ctx.choice(['Referral', 'Sleep referral', 'New referral - sleep medicine']), body)


# 34 -----------------------------------------------------------------------
def p_critical_lab(ctx, k):
    pts = [ctx.patient('QC', 40, 92) for _ in range(ctx.randint(1, 3))]
    lab = ('Core Lab - Biochemistry', 'corelab@' + ORG['dom'])
    md = ctx.person(roles=['fellow', 'cardiologist', 'np'])
    vals = ['hs-troponin T %d ng/L (previous %d)' % (ctx.randint(400, 5000), ctx.randint(20, 300)),
            'potassium 6.4 mmol/L (non-hemolysed)', 'INR 8.2', 'digoxin level 3.1 nmol/L',
            'lactate 5.6 mmol/L']
    lines = []
    for p in pts:
        lines.append('- %s, %s: %s' % (name(ctx, p, ctx.choice(['lower', 'surfirst', 'upper_sur'])),
                                       fmt_mrn(ctx, p['mrn']), ctx.choice(vals)))
    body = 'CRITICAL VALUE NOTIFICATION\n\n%s\n\nCalled to unit %s at %02d:%02d, read back confirmed.\n\n-- \nCore Laboratory, %s\nExt. 4410' % (
        '\n'.join(lines), ctx.choice(['6 West', 'CCU', '5 North', 'ER']), ctx.randint(0, 23), ctx.randint(0, 59),
        SITES[0]['name'])
    return spec(ctx, 'critical_lab', 'en', {'patient_name', 'mrn', 'lab_result'},
                'critical lab value notification', lab, md,
                ctx.choice(['CRITICAL VALUE', 'Critical result notification', 'Valeur critique / Critical value']), body)


# 35 -----------------------------------------------------------------------
def p_rt_handover(ctx, k):
    rt1, rt2 = ctx.person('rt'), ctx.person('rt')
    rows = [['Rm', 'Patient', 'Dx', 'Support', 'Last ABG']]
    for i in range(ctx.randint(3, 6)):
        p = ctx.patient(ctx.choice(['QC', 'ON']), 50, 92)
        rows.append(['%d-%s' % (ctx.randint(501, 560), ctx.choice('ABCD')),
                     name(ctx, p, ctx.choice(['surfirst', 'initial', 'lower', 'full'])),
                     ctx.choice(['AECOPD', 'OHS', 'ALS', 'CHF', 'pneumonia + COPD']),
                     ctx.choice(['BiPAP 14/6 FiO2 .30', 'BiPAP 16/8 QHS', 'HFNC 40 L 45%', 'CPAP 10']),
                     ctx.choice(['7.31/64/58', '7.38/51/72', '7.29/71/60', 'n/a'])])
    body = '%s\n\n%s\n\nNeb changes done. Bed %s family wants DNR discussion.\n\n%s' % (
        ctx.choice(['RT handover nights', 'NIV list for tonight', 'Handover - NIV patients']),
        text_table(rows), rows[1][0], rt1['given'])
    return spec(ctx, 'rt_handover', 'en', {'patient_name', 'diagnosis', 'lab_result'},
                'respiratory therapy NIV handover list', rt1, rt2,
                ctx.choice(['NIV handover', 'RT hand-off', 'BiPAP pts tonight']), body,
                body_mode=ctx.choice(['plain', 'alt']))


# 36 -----------------------------------------------------------------------
def p_prescription_fr(ctx, k):
    if k == 2:
        p = ctx.patient('FR', 25, 80)
        idl, idt = 'NIR (carte Vitale) : %s' % fmt_nir(ctx, p['nir']), 'fr_nir'
    else:
        p = ctx.nam_patient(30, 100)
        idl, idt = 'NAM : %s' % fmt_nam(ctx, p['nam']), 'ramq_nam'
    md = ctx.person(roles=['cardiologist', 'np'])
    pharm = ext_addr(ctx, 'Pharmacie Desjardins-Lemay', 'ordonnances', 'pharmalemay.example')
    meds = ctx.sample(['Warfarine 5 mg : 1 co. DIE sauf mardi 1/2 co.', 'Bisoprolol 2,5 mg DIE',
                       'Furosémide 40 mg BID', 'Apixaban 5 mg BID', 'Atorvastatine 80 mg HS',
                       'Sacubitril/valsartan 24/26 mg BID', 'Nitroglycérine 0,4 mg SL PRN'], 3)
    rx = ['ORDONNANCE', '', 'Patient : %s' % name(ctx, p, ctx.choice(['title_full', 'surfirst', 'full']), 'fr'),
          fmt_dob(ctx, p, 'fr'), idl, ''] + \
        ['%d) %s  Qté : 30 jours, renouv. x3' % (i + 1, m) for i, m in enumerate(meds)] + \
        ['', 'Prescripteur : %s, permis %d' % (staff_name(md, lang='fr'), ctx.randint(10000, 19999))]
    if ctx.chance(0.5):
        atts = [A.att('ordonnance_%s.pdf' % p['surname'], A.CT_PDF, data=A.make_pdf('Ordonnance', rx, compress=ctx.chance(0.5)))]
        body = 'Bonjour,\n\nOrdonnance ci-jointe (original conservé au dossier).\n\n' + signature(ctx, md, 'fr')
    else:
        atts = []
        body = 'Bonjour,\n\n' + '\n'.join(rx) + '\n\n' + signature(ctx, md, 'fr')
    return spec(ctx, 'prescription', 'fr', {'patient_name', 'date_of_birth', idt, 'medication'},
                'prescription sent to community pharmacy with %s' % ('NAM' if idt == 'ramq_nam' else 'NIR'), md, pharm,
                ctx.choice(['Ordonnance', 'Rx - congé', 'Nouvelle ordonnance']), body, attachments=atts)


# 37 -----------------------------------------------------------------------
def p_zip_bundle(ctx, k):
    echo = ctx.person(roles=['clerk', 'booking'])
    md = ctx.person('cardiologist')
    members = []
    rows = [['mrn', 'name', 'study', 'finding']]
    for i in range(ctx.randint(2, 4)):
        p = ctx.patient(ctx.choice(['QC', 'ON']), 40, 90)
        f = ctx.choice(['LVEF 30%, moderate MR', 'severe AS, AVA 0.7 cm2, MG 46 mmHg', 'LVEF 55%, normal',
                        'RVSP 62 mmHg, dilated RV'])
        rows.append([p['mrn'], '%s %s' % (p['given'], p['surname']), 'TTE', f])
        members.append(('TTE_%s.pdf' % p['mrn'],
                        A.make_pdf('Transthoracic Echocardiogram', ['Patient: %s %s' % (p['given'], p['surname']),
                                                                   'MRN %s' % p['mrn'], 'Findings: %s' % f],
                                   compress=ctx.chance(0.5))))
    members.append(('index.csv', A.make_csv(rows)))
    z = A.make_zip(members)
    body = '\n'.join([greet(ctx, md), '', 'Outside echos for tomorrow\'s valve clinic zipped here.', '',
                      signature(ctx, echo, style='short')])
    return spec(ctx, 'zip_bundle', 'en', {'patient_name', 'mrn', 'diagnosis', 'lab_result'},
                'ZIP with echo report PDFs and CSV index', echo, md,
                ctx.choice(['Echos for valve clinic', 'outside studies', 'TTE reports']), body,
                attachments=[A.att(ctx.choice(['echos.zip', 'valve_clinic_%s.zip' % ctx.date().strftime('%Y%m%d')]),
                                   A.CT_ZIP, data=z)])


# 38 -----------------------------------------------------------------------
def p_waitlist_patient_reply(ctx, k):
    lang = 'fr' if k == 1 else 'en'
    p = ctx.patient('QC', 50, 85, lang=lang)
    coord = ctx.person('waitlist')
    t0 = make_dt(ctx)
    pfrom = ('%s %s' % (p['given'], p['surname']), p['email'])
    if lang == 'fr':
        ptxt = ('Bonjour, je suis sur la liste d’attente pour mon %s depuis %d mois. J’ai de plus en plus de douleurs '
                'à la poitrine en marchant. Pouvez-vous me dire quand ce sera? Mon numéro : %s.\n%s' % (
                    ctx.choice(['pontage', 'remplacement de valve aortique']), ctx.randint(3, 8), p['phone'], p['given']))
        top = ('Bonjour %s,\n\nVotre dossier a été révisé par %s : votre chirurgie est prévue le %s. '
               'Si la douleur augmente au repos, présentez-vous à l’urgence.\n\n%s' % (
                   name(ctx, p, 'title', 'fr'), dr(ctx.person('surgeon'), 'fr'),
                   fmt_date(ctx, ctx.date(), 'fr', 'long'), signature(ctx, coord, 'fr', dept='csurg')))
        subj = 'RE: Liste d’attente chirurgie'
    else:
        ptxt = ('Hi, I have been waiting %d months for my %s. The chest pain is coming more often when I walk the dog. '
                'Can you tell me when it will be? You can reach me at %s.\n%s' % (
                    ctx.randint(3, 8), ctx.choice(['bypass', 'valve replacement']), p['phone'], p['given']))
        top = ('Dear %s,\n\n%s reviewed your file; your surgery is now booked for %s. Pre-op clinic will call you. '
               'If the pain happens at rest, go to the emergency department.\n\n%s' % (
                   name(ctx, p, 'title'), dr(ctx.person('surgeon')), fmt_date(ctx, ctx.date(), style='long'),
                   signature(ctx, coord, dept='csurg')))
        subj = 'RE: wait list'
    body = top + '\n\n' + quoted(ctx, lang, pfrom, earlier(t0, 30), ptxt, subj[4:])
    return spec(ctx, 'waitlist_reply', lang, {'patient_name', 'diagnosis', 'patient_contact'},
                'reply to patient about cardiac surgery date, quoting their message', coord, pfrom, subj, body,
                reply=True)


# 39 -----------------------------------------------------------------------
def p_fullwidth_nam_html(ctx, k):
    p = ctx.nam_patient(18, 100)
    clerk = ctx.person(roles=['booking', 'clerk'])
    d = ctx.date()
    style = ['fw', 'entity', 'spans'][k % 3]
    if style == 'fw':
        nam_html = fullwidth(p['nam'])
    elif style == 'entity':
        nam_html = ''.join('&#%d;' % ord(c) for c in p['nam'])
    else:
        nam_html = '<span>%s</span><span style="letter-spacing:2px"> %s </span><span>%s</span>' % (
            p['nam'][:4], p['nam'][4:8], p['nam'][8:])
    html = ('<html><body><p>Sleep Laboratory - Appointment confirmation</p>'
            '<table><tr><td>Patient</td><td>%s %s</td></tr><tr><td>RAMQ</td><td>%s</td></tr>'
            '<tr><td>Test</td><td>Overnight polysomnography (suspected sleep apnea)</td></tr>'
            '<tr><td>Date</td><td>%s, arrive 20:30</td></tr></table>'
            '<p>Bring your CPAP mask if you have one, and your list of medications.</p>'
            '<p>%s<br>Sleep Laboratory, %s</p></body></html>' % (
                title(p), p['surname'], nam_html, fmt_date(ctx, d, style='long'), staff_name(clerk, False),
                SITES[0]['name']))
    text = ('Sleep Laboratory - Appointment confirmation\nPatient: %s %s\nRAMQ: %s\n'
            'Test: overnight polysomnography (suspected sleep apnea)\nDate: %s, arrive 20:30\n' % (
                title(p), p['surname'], fmt_nam(ctx, p['nam'], 'spread'), fmt_date(ctx, d, style='long')))
    return spec(ctx, 'appointment_html', 'en', {'patient_name', 'ramq_nam', 'diagnosis'},
                'HTML appointment confirmation, NAM disguised (full-width / entities / spans)', clerk,
                ('Sleep lab bookings', 'sleeplab@' + ORG['dom']), 'Appointment confirmation - Sleep Lab', text,
                html=html, body_mode='html' if k != 1 else 'alt')


# 40 -----------------------------------------------------------------------
def p_anticoag_xlsx_fr(ctx, k):
    nurse = ctx.person('nurse_ac')
    md = ctx.person(roles=['cardiologist', 'pharmacist'])
    rows = [['NAM', 'Nom', 'Prénom', 'Indication', 'RNI', 'Dose hebdo (mg)', 'Prochain RNI']]
    for i in range(ctx.randint(5, 9)):
        p = ctx.nam_patient(25, 100)
        rows.append([p['nam'], p['surname'], p['given'], ctx.choice(AC_DX_FR),
                     ctx.choice([1.6, 2.3, 2.7, 3.6, 4.4]), ctx.choice([20, 25, 32.5, 37.5]),
                     ctx.date().isoformat()])
    xl = A.make_xlsx([('Clinique', rows)], author=staff_name(nurse, False))
    body = 'Bonjour,\n\nVoici la liste de la clinique d’anticoagulothérapie pour révision des doses.\n\n' + \
        signature(ctx, nurse, 'fr', dept='ac')
    return spec(ctx, 'anticoag_xlsx', 'fr', {'ramq_nam', 'patient_name', 'lab_result', 'medication', 'diagnosis'},
                'anticoagulation roster spreadsheet with NAMs and INRs', nurse, md,
                ctx.choice(['Liste RNI semaine', 'Clinique anticoag - révision', 'Liste patients warfarine']), body,
                attachments=[A.att(ctx.choice(['liste_anticoag.xlsx', 'Clinique anticoagulothérapie - liste.xlsx']),
                                   A.CT_XLSX, data=xl)])


TEMPLATES = [p_attached_eml, p_mrn_only, p_nam_only_fr, p_sin_disability, p_social_work_fr, p_dpj_fr,
             p_violence_rehab, p_belgian_fr, p_french_nir, p_research_enrolment, p_research_sae,
             p_rehab_progress, p_ohip_referral, p_critical_lab, p_rt_handover, p_prescription_fr,
             p_zip_bundle, p_waitlist_patient_reply, p_fullwidth_nam_html, p_anticoag_xlsx_fr]
