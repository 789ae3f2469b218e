"""Positive templates, part A (referrals, rosters, lab follow-ups, sleep and PFT lab)."""
import datetime

import gen_attach as A
from gen_clin import *
from gen_common import (ORG, SITES, age, dr, fmt_date, fmt_dob, fmt_mrn, fmt_nam, fmt_ohip,
                        greet, name, poss, pron, signature, staff_name, title, obj)
from gen_mime import html_table, make_dt, text_table
from gen_spec import earlier, ext_addr, forward_block, quoted, spec


def pid(ctx, p, lang='en'):
    """Health-insurance identifier line for a patient, and the type it carries."""
    if p.get('nam'):
        lab = ctx.choice(['NAM', 'RAMQ', 'No RAMQ', 'Carte soleil']) if lang == 'fr' else \
            ctx.choice(['RAMQ', 'RAMQ #', 'Medicare (RAMQ)', 'HIN', 'NAM'])
        return '%s: %s' % (lab, fmt_nam(ctx, p['nam'])), {'ramq_nam'}
    if p.get('ohip'):
        lab = ctx.choice(['OHIP', 'HCN', 'Health card', 'OHIP #', 'ON health no.'])
        return '%s: %s' % (lab, fmt_ohip(ctx, p)), {'ca_health_number'}
    return fmt_mrn(ctx, p['mrn'], lang), {'mrn'}


def qc_or_on(ctx, k, min_age=30, max_age=95):
    r = (k + ctx.randint(0, 2)) % 3
    if r == 0:
        return ctx.nam_patient(min_age, max_age)
    if r == 1:
        return ctx.patient('ON', min_age, min(max_age, 92))
    return ctx.patient('QC', min_age, min(max_age, 92))


# 1 ------------------------------------------------------------------------
def p_referral_hf(ctx, k):
    p = qc_or_on(ctx, k, 45, 90)
    gp = ctx.person(roles=['cardiologist', 'fellow', 'np'])
    nurse = ctx.person('nurse_hf')
    idl, t = pid(ctx, p)
    dx = ctx.choice(HF_DX_EN)
    meds = ctx.sample(HF_MEDS, 3)
    lab = ctx.choice(HF_LABS[:2])
    dob = fmt_dob(ctx, p)
    nm = name(ctx, p)
    body = '\n'.join([
        greet(ctx, nurse), '',
        'New referral to the HF clinic, please book within 2-4 weeks if possible.', '',
        'Patient: %s' % nm, dob, idl, 'Home phone: %s' % p['phone'], '',
        'Dx: %s. Admitted last month with volume overload, discharged on:' % dx,
        '\n'.join('  - ' + m for m in meds),
        'Most recent labs: %s, %s.' % (lab, ctx.choice(HF_LABS[2:])), '',
        '%s lives %s; %s would prefer morning appointments.' % (
            pron(p).capitalize(), ctx.choice(['with a daughter', 'alone', 'with spouse']), pron(p)),
        '', 'Thanks,', signature(ctx, gp, dept='cardio')])
    subj = ctx.choice(['HF clinic referral', 'Referral - heart failure clinic',
                       'New HF referral: %s' % name(ctx, p, 'surfirst')])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'patient_contact'} | t
    return spec(ctx, 'hf_referral', 'en', types, 'HF clinic referral with identifiers, meds and labs',
                gp, nurse, subj, body)


# 2 ------------------------------------------------------------------------
def p_consult_docx(ctx, k):
    p = qc_or_on(ctx, k + 1, 40, 90)
    card = ctx.person('cardiologist')
    gp_name = 'Dr. %s %s' % (ctx.choice(['Helen', 'Marc', 'Rajiv', 'Ingrid']),
                             ctx.choice(['Vogel', 'Ashdown', 'Leclerc-Bain', 'Mbeki']))
    gp = (gp_name, 'clinic%d@fmg-westisland.example' % ctx.randint(1, 9))
    dx = ctx.choice(CARD_DX_EN)
    idl, t = pid(ctx, p)
    paras = ['Re: %s  (%s)' % (name(ctx, p, 'full'), fmt_dob(ctx, p)), idl,
             'Dear %s,' % gp_name,
             'Thank you for referring this %d-year-old %s for assessment of %s.' % (
                 age(p['dob']), 'man' if p['sex'] == 'M' else 'woman', dx),
             '## Impression',
             '%s. Echo shows LVEF %d%%, %s.' % (dx, ctx.choice([35, 45, 55, 60]),
                                                  ctx.choice(['no significant valve disease', 'moderate MR',
                                                              'mild LVH'])),
             '## Plan',
             'Start %s. Holter 14 days. Follow-up in cardiology clinic in 3 months.' % ctx.choice(
                 ['apixaban 5 mg BID', 'atorvastatin 80 mg daily', 'bisoprolol 2.5 mg daily', 'ASA 81 mg daily']),
             'Sincerely,', staff_name(card)]
    fn = ctx.choice(['consult_%s.docx' % p['surname'].replace("'", ''), 'Consultation letter.docx',
                     'cardio_consult_%s.docx' % p['mrn']])
    doc = A.make_docx('Cardiology Consultation', paras, author=staff_name(card, False))
    body = '\n'.join([ctx.choice(['Good afternoon,', 'Hello,', 'Dear colleague,']), '',
                      ctx.choice(['Please find attached the consultation letter for your patient seen today.',
                                  'Consult note attached. Original to follow by fax.',
                                  'Attached is my consultation report.']),
                      '', signature(ctx, card, dept='cardio')])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'} | t
    if p['mrn'] in fn:
        types.add('mrn')
    return spec(ctx, 'consult_reply', 'en', types, 'consultation letter only in DOCX attachment',
                card, gp, ctx.choice(['Consultation', 'Consult letter', 'Your referral']), body,
                attachments=[A.att(fn, A.CT_DOCX, data=doc)])


# 3 ------------------------------------------------------------------------
def p_signout_ccu(ctx, k):
    fel = ctx.person('fellow')
    nxt = ctx.person(roles=['fellow', 'cardiologist'])
    pts = [ctx.patient('QC', 45, 90) for _ in range(ctx.randint(4, 6))]
    rows = [['Bed', 'Patient', 'Issue', 'To do']]
    todo = ['f/u trop at 22h', 'repeat K+ in AM', 'NPO post-midnight for cath', 'diurese, strict I/O',
            'TTE booked', 'hold heparin if aPTT > 100', 'pacer wires, check thresholds', 'consent for TEE/DCCV']
    for i, p in enumerate(pts):
        st = ctx.choice(['surfirst', 'lower', 'initial', 'full', 'upper_sur'])
        td = ctx.choice(todo) if i else ctx.choice(['hold heparin if aPTT > 100', 'K+ 5.9 - recheck after Lokelma',
                                                    'INR 3.4, hold warfarin tonight'])
        rows.append(['CCU-%d' % (i * 2 + 1 + ctx.randint(0, 1)), name(ctx, p, st), ctx.choice(CARD_DX_EN), td])
    tbl = text_table(rows)
    body = '\n'.join([ctx.choice(['Sign-out for tonight:', 'CCU handover', 'Hey, list below.']), '',
                      tbl, '', 'Family of bed %s asking for update, I told them tomorrow AM.' % rows[2][0][4:],
                      '', signature(ctx, fel, style=ctx.choice(['mobile', 'initial', 'short']))])
    html = None
    if ctx.chance(0.5):
        html = '<div>Sign-out for tonight:</div>\n' + html_table(rows) + '\n<div>%s</div>' % fel['given']
    return spec(ctx, 'ccu_signout', 'en',
                {'patient_name', 'diagnosis', 'medication', 'lab_result'},
                'CCU sign-out list, names with problems', fel, nxt,
                ctx.choice(['CCU sign out', 'signout %s' % ctx.date().strftime('%d/%m'), 'Handover - CCU']),
                body, html=html)


# 4 ------------------------------------------------------------------------
def p_hf_clinic_daylist(ctx, k):
    clerk = ctx.person('clerk')
    team = [ctx.person('nurse_hf'), ctx.person('cardiologist')]
    d = ctx.date()
    rows = [['Time', 'Patient', 'MRN', 'Reason']]
    for i in range(ctx.randint(5, 8)):
        p = ctx.patient(ctx.choice(['QC', 'QC', 'ON']), 40, 92)
        rows.append(['%02d:%s' % (8 + i // 2, '00' if i % 2 == 0 else '30'),
                     name(ctx, p, ctx.choice(['surfirst', 'full', 'surfirst_plain'])), p['mrn'],
                     ctx.choice(['post-discharge 7d', 'titration sacubitril/valsartan', 'IV iron',
                                 'NYHA III, wt gain 3 kg', 'new referral - HFrEF', 'diuretic adjustment',
                                 'pre-ICD assessment'])])
    html = ('<p>Good morning team,</p><p>Here is the HF clinic list for %s. Two add-ons at the end.</p>\n%s\n'
            '<p>%s<br>%s</p>' % (fmt_date(ctx, d), html_table(rows), staff_name(clerk),
                                 'Heart Failure Clinic, ' + clerk['site']['name']))
    text = 'Good morning team,\n\nHF clinic list for %s:\n\n%s\n\n%s' % (
        fmt_date(ctx, d), text_table(rows), staff_name(clerk))
    types = {'patient_name', 'mrn', 'diagnosis'}
    if any(r[3] in ('titration sacubitril/valsartan', 'IV iron', 'diuretic adjustment') for r in rows[1:]):
        types.add('medication')
    return spec(ctx, 'hf_clinic_list', 'en', types,
                'HF clinic day list (HTML table) with names and MRNs', clerk, team,
                'HF clinic list - %s' % d.strftime('%a %b %d'), text, html=html,
                body_mode=ctx.choice(['html', 'alt']))


# 5 ------------------------------------------------------------------------
def p_inr_followup(ctx, k):
    lang = 'fr' if k == 1 else 'en'
    p = ctx.patient('QC', 40, 90, lang=lang)
    nurse = ctx.person('nurse_ac')
    inr = ctx.choice(['4.6', '5.2', '1.4', '3.9', '6.1'])
    dose = ctx.choice(['5 mg', '7.5 mg', '2.5 mg', '3 mg'])
    nm = name(ctx, p, ctx.choice(['initial', 'title', 'full', 'lower']), lang)
    gp = (ctx.choice(['Dr. Anita Sorensen', 'Dr. Paul Ferron', 'Dre Élise Brault']),
          'md%d@clinique-medicale.example' % ctx.randint(10, 99))
    if lang == 'fr':
        dx = ctx.choice(AC_DX_FR)
        body = '\n'.join(['Bonjour,', '',
                          'Pour votre information : RNI de %s à %s ce matin (cible 2,0-3,0; %s).' % (
                              nm, inr.replace('.', ','), dx),
                          'Warfarine ajustée : omettre la dose de ce soir puis reprendre %s die sauf lundi.' % dose,
                          'Prochain RNI dans 5 jours au CLSC.', '',
                          'Merci,', signature(ctx, nurse, 'fr', dept='ac')])
        subj = ctx.choice(['RNI %s' % p['surname'], 'Suivi anticoagulothérapie', 'RNI élevé - ajustement'])
    else:
        dx = ctx.choice(AC_DX_EN)
        body = '\n'.join([ctx.choice(['Hi,', 'Hello Dr.,', 'FYI -']), '',
                          'INR for %s was %s today (target 2.0-3.0, indication: %s).' % (nm, inr, dx),
                          'I have told %s to hold tonight\'s warfarin and continue %s daily thereafter.' % (
                              obj(p), dose),
                          'Repeat INR Monday at the clinic.', '',
                          signature(ctx, nurse, dept='ac')])
        subj = ctx.choice(['INR result', 'INR %s - %s' % (inr, p['surname']), 'Anticoag clinic update'])
    return spec(ctx, 'inr_followup', lang, {'patient_name', 'lab_result', 'medication', 'diagnosis'},
                'anticoagulation clinic INR follow-up to GP', nurse, gp, subj, body)


# 6 ------------------------------------------------------------------------
def p_inr_csv(ctx, k):
    nurse = ctx.person('nurse_ac')
    pharm = ctx.person('pharmacist')
    rows = [['mrn', 'patient', 'indication', 'inr', 'date', 'weekly_dose_mg', 'next_test']]
    for i in range(ctx.randint(8, 14)):
        p = ctx.patient('QC', 35, 92)
        d = ctx.date()
        rows.append([p['mrn'], '%s %s' % (p['surname'].upper(), p['given']), ctx.choice(AC_DX_EN),
                     ctx.choice(['1.7', '2.4', '2.8', '3.4', '4.1', '1.9', '2.2']), d.isoformat(),
                     str(ctx.choice([17.5, 25, 30, 35, 42.5])), (d + datetime.timedelta(days=14)).isoformat()])
    csv = A.make_csv(rows, sep=ctx.choice([',', ';']))
    fn = ctx.choice(['inr_export_week%02d.csv' % ctx.randint(1, 52), 'ACC_INR_results.csv', 'export.csv'])
    attachments = [A.att(fn, 'text/csv', text=csv)]
    if k == 2:
        attachments = [A.att(fn.replace('.csv', '.zip'), A.CT_ZIP, data=A.make_zip([(fn, csv)]))]
    body = '\n'.join([greet(ctx, pharm), '',
                      ctx.choice(['Export from the anticoag database attached for the dose review.',
                                  'Here is this week\'s INR extract, out-of-range ones highlighted in my notes.',
                                  'As requested - CSV export.']), '',
                      signature(ctx, nurse, dept='ac')])
    return spec(ctx, 'inr_csv_export', 'en',
                {'mrn', 'patient_name', 'lab_result', 'diagnosis', 'medication'},
                'CSV (or zipped CSV) export of INR results', nurse, pharm,
                ctx.choice(['INR export', 'weekly INR list', 'ACC extract']), body, attachments=attachments)


# 7 ------------------------------------------------------------------------
def p_psg_report_pdf(ctx, k):
    p = qc_or_on(ctx, k, 25, 85)
    tech = ctx.person('sleeptech')
    md = ctx.person('respirologist')
    ahi = ctx.choice([18.4, 32.0, 41.7, 56.2, 67.9])
    idl, t = pid(ctx, p)
    lines = ['Patient: %s' % name(ctx, p, 'surfirst'), fmt_dob(ctx, p), idl,
             'Study: Level 1 diagnostic polysomnography, %s' % fmt_date(ctx, ctx.date(), style='iso'), '',
             '## Results',
             'Total sleep time 352 min, sleep efficiency 78%.',
             'AHI %.1f/h (supine %.1f/h), RDI %.1f/h, ODI %.1f/h.' % (ahi, ahi * 1.4, ahi + 4, ahi * 0.8),
             'Nadir SpO2 %d%%, T90 %d min.' % (ctx.randint(72, 86), ctx.randint(5, 60)),
             'Periodic limb movement index 8/h.', '',
             '## Interpretation',
             '%s. Recommend CPAP titration / APAP 5-15 cmH2O.' % (
                 'Severe obstructive sleep apnea' if ahi > 30 else 'Moderate obstructive sleep apnea'),
             'Driving counselling provided.', '', 'Interpreting physician: %s' % staff_name(md)]
    pdf = A.make_pdf('Polysomnography Report', lines, author=staff_name(tech, False),
                     compress=ctx.chance(0.5), header=ORG['name'] + ' - Sleep Laboratory')
    fn = ctx.choice(['PSG_report.pdf', 'PSG_%s.pdf' % p['mrn'], 'rapport_PSG.pdf'])
    body = '\n'.join([greet(ctx, md), '', ctx.choice(['Scored study attached for signature.',
                                                     'PSG report ready for your review and signature.',
                                                     'Report attached, please sign in the portal too.']),
                      '', signature(ctx, tech, dept='sleep')])
    types = {'patient_name', 'date_of_birth', 'lab_result', 'diagnosis'} | t
    return spec(ctx, 'psg_report', 'en', types, 'sleep study report in PDF attachment', tech, md,
                ctx.choice(['PSG for signature', 'Sleep study report', 'PSG scored']), body,
                attachments=[A.att(fn, A.CT_PDF, data=pdf)])


# 8 ------------------------------------------------------------------------
def p_cpap_supplier(ctx, k):
    lang = 'fr' if k == 2 else 'en'
    p = ctx.patient('QC', 30, 85, lang=lang)
    rt = ctx.person(roles=['rt', 'sleeptech'])
    vendor = ext_addr(ctx, 'BreatheWell Home Respiratory', 'orders', 'breathewell.example')
    ahi = ctx.choice(['38', '52', '29', '61'])
    if lang == 'fr':
        body = '\n'.join(['Bonjour,', '', 'Nouvelle prescription d’APAP pour :', '',
                          '%s' % name(ctx, p, 'title_full', 'fr'), 'Adresse : %s' % p['addr'],
                          'Tél. : %s' % p['phone'], '',
                          'Diagnostic : apnée obstructive du sommeil sévère (IAH %s/h).' % ahi,
                          'Réglages : APAP 6-16 cmH2O, humidificateur, masque nasal taille M.',
                          'Merci de communiquer avec %s pour l’installation.' % ('lui' if p['sex'] == 'M' else 'elle'),
                          '', signature(ctx, rt, 'fr', dept='sleep')])
        subj = 'Prescription APAP - %s' % p['surname']
    else:
        body = '\n'.join(['Hello,', '', 'New CPAP order:', '',
                          'Name: %s' % name(ctx, p, 'full'), 'Address: %s' % p['addr'],
                          'Cell: %s' % p['phone'], 'Dx: severe OSA, AHI %s/h' % ahi,
                          'Settings: CPAP 11 cmH2O, heated humidity, full face mask (medium).', '',
                          'Patient is expecting your call this week.', '',
                          signature(ctx, rt, dept='sleep')])
        subj = ctx.choice(['CPAP order', 'New set-up request', 'CPAP Rx - %s' % name(ctx, p, 'initial')])
    return spec(ctx, 'cpap_order', lang, {'patient_name', 'patient_contact', 'diagnosis', 'lab_result'},
                'CPAP prescription sent to home supplier with address', rt, vendor, subj, body)


# 9 ------------------------------------------------------------------------
def p_home_oxygen_fr(ctx, k):
    p = ctx.nam_patient(45, 100)
    md = ctx.person('respirologist')
    supplier = ext_addr(ctx, 'OxyDom Québec - Service à la clientèle', 'demandes', 'oxydom.example')
    pao2 = ctx.randint(48, 55)
    lines = ['Demande d’oxygénothérapie à domicile', '',
             'Nom : %s, %s' % (p['surname'].upper(), p['given']),
             'NAM : %s' % fmt_nam(ctx, p['nam']), fmt_dob(ctx, p, 'fr'),
             'Adresse : %s' % p['addr'], 'Téléphone : %s' % p['phone'], '',
             'Diagnostic : %s' % ctx.choice(RESP_DX_FR),
             'Gaz artériels à l’air ambiant : pH 7,41  PaO2 %d mmHg  PaCO2 %d mmHg' % (pao2, ctx.randint(38, 52)),
             'Débit prescrit : %s L/min par lunette nasale, 24 h/24' % ctx.choice(['1', '2', '2,5', '3']),
             'Concentrateur + bonbonnes portatives.']
    mode = ctx.choice(['inline', 'pdf', 'docx'])
    atts = []
    if mode == 'inline':
        body = 'Bonjour,\n\nVoici une nouvelle demande :\n\n' + '\n'.join(lines) + '\n\nMerci,\n' + \
            signature(ctx, md, 'fr', dept='resp')
    else:
        body = 'Bonjour,\n\nCi-joint la demande d’oxygène à domicile signée par %s.\n\n%s' % (
            dr(md, 'fr'), signature(ctx, ctx.person('clerk'), 'fr', dept='resp'))
        if mode == 'pdf':
            atts = [A.att('Demande_O2_%s.pdf' % p['surname'], A.CT_PDF,
                          data=A.make_pdf('Demande d\'oxygène à domicile', lines[2:], compress=ctx.chance(0.5)))]
        else:
            atts = [A.att('demande_oxygène.docx', A.CT_DOCX,
                          data=A.make_docx('Demande d’oxygénothérapie', lines[2:]))]
    return spec(ctx, 'home_oxygen', 'fr',
                {'patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'diagnosis', 'lab_result'},
                'home oxygen application to supplier with NAM and ABG', md, supplier,
                ctx.choice(['Demande O2 domicile', 'Nouvelle demande d’oxygène', 'Oxygène - nouveau client']),
                body, attachments=atts)


# 10 -----------------------------------------------------------------------
def p_pft_results(ctx, k):
    p = qc_or_on(ctx, k + 2, 30, 88)
    tech = ctx.person('pfttech')
    md = ctx.person('respirologist')
    fev1 = ctx.choice(['1.12', '0.98', '1.85', '2.41'])
    pct = ctx.choice(['42', '38', '61', '77'])
    nm = name(ctx, p, ctx.choice(['full', 'surfirst', 'lower', 'title']))
    body = '\n'.join([greet(ctx, md), '',
                      'Results for %s (tested this morning, %s):' % (nm, fmt_mrn(ctx, p['mrn'])),
                      '  FEV1 %s L (%s%% pred), FVC %s L, FEV1/FVC %s' % (
                          fev1, pct, ctx.choice(['2.40', '2.95', '3.10']), ctx.choice(['0.47', '0.52', '0.63'])),
                      '  Post-BD: +%d mL (%d%%)' % (ctx.randint(40, 420), ctx.randint(2, 18)),
                      '  DLCO %d%% pred, TLC %d%% pred' % (ctx.randint(35, 90), ctx.randint(70, 120)),
                      '', 'Pattern consistent with %s. Full report in the chart.' % ctx.choice(
                          ['severe obstruction', 'moderate obstruction with gas-trapping', 'restriction',
                           'mixed defect']),
                      '', signature(ctx, tech, dept='pft')])
    return spec(ctx, 'pft_results', 'en', {'patient_name', 'mrn', 'lab_result', 'diagnosis'},
                'PFT results for a named patient', tech, md,
                ctx.choice(['PFT results', 'PFTs %s' % p['surname'], 'spiro/DLCO done']), body)


# 11 -----------------------------------------------------------------------
def p_cs_waitlist_xlsx(ctx, k):
    coord = ctx.person('waitlist')
    surg = ctx.person('surgeon')
    rows = [['Priority', 'Patient', 'DOB', 'MRN', 'Health no.', 'Procedure', 'Referred', 'Days waiting']]
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis'}
    for i in range(ctx.randint(7, 12)):
        p = ctx.nam_patient(50, 92) if i % 3 == 0 else ctx.patient('ON', 50, 90)
        hn = p.get('nam') or (p['ohip'] + (' ' + p['ohip_vc'] if p['ohip_vc'] else ''))
        types.add('ramq_nam' if p.get('nam') else 'ca_health_number')
        d = ctx.date()
        rows.append([ctx.choice(['Urgent', 'Semi-urgent', 'Elective', 'Elective']),
                     '%s, %s' % (p['surname'], p['given']), p['dob'].isoformat(), p['mrn'], hn,
                     ctx.choice(CS_PROC_EN), d.isoformat(), ctx.randint(3, 180)])
    xl = A.make_xlsx([('Wait list', rows), ('Notes', [['Updated by', staff_name(coord, False)],
                                                     ['OR block', 'Tue/Thu']])],
                     author=staff_name(coord, False))
    body = '\n'.join([greet(ctx, surg), '', ctx.choice(['Updated wait list attached ahead of Friday\'s OR planning.',
                                                       'Here is the current cardiac surgery wait list.']),
                      '%d patients are now past target.' % ctx.randint(2, 6), '',
                      signature(ctx, coord, dept='csurg')])
    fn = ctx.choice(['CS_waitlist.xlsx', 'Liste attente chirurgie cardiaque.xlsx', 'waitlist_%s.xlsx' % ctx.date().strftime('%Y%m%d')])
    return spec(ctx, 'cs_waitlist', 'en', types, 'cardiac surgery wait list spreadsheet', coord, surg,
                ctx.choice(['Wait list update', 'CS wait list', 'OR planning - wait list']), body,
                attachments=[A.att(fn, A.CT_XLSX, data=xl)])


# 12 -----------------------------------------------------------------------
def p_transport_fr(ctx, k):
    p = ctx.patient('QC', 50, 95, lang='fr')
    clerk = ctx.person(roles=['clerk', 'booking'])
    trans = ext_addr(ctx, 'Centrale transport ambulancier', 'transport', 'ambulances-ouest.example')
    d = ctx.date()
    body = '\n'.join(['Bonjour,', '',
                      'Demande de transport pour %s, %s.' % (name(ctx, p, ctx.choice(['title_full', 'surfirst']), 'fr'),
                                                            fmt_dob(ctx, p, 'fr')),
                      'Départ : domicile, %s' % p['addr'], 'Tél. : %s' % p['phone'],
                      'Destination : %s, %s, le %s à %s' % (
                          ctx.choice(['hémodynamie', 'laboratoire d’écho', 'clinique d’IC']),
                          SITES[0]['name'], fmt_date(ctx, d, 'fr', 'long'), ctx.choice(['7 h 30', '9 h', '13 h'])),
                      'Motif : %s.' % ctx.choice(['coronarographie élective', 'ETO avant cardioversion',
                                                  'suivi insuffisance cardiaque']),
                      'Particularités : %s.' % ctx.choice(['oxygène 2 L/min', 'fauteuil roulant, ne marche pas',
                                                          'civière, MPOC sévère']),
                      '', 'Merci!', signature(ctx, clerk, 'fr')])
    return spec(ctx, 'transport_request', 'fr', {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'},
                'ambulance transport request with home address', clerk, trans,
                ctx.choice(['Demande de transport', 'Transport - %s' % fmt_date(ctx, d, 'fr', 'iso')]), body)


# 13 -----------------------------------------------------------------------
def p_discharge_summary(ctx, k):
    p = qc_or_on(ctx, k, 40, 90)
    fel = ctx.person('fellow')
    gp = ('Dr. %s' % ctx.choice(['Naveen Rao', 'Claire Dumont', 'Yusuf Demir']),
          'referrals@%s' % ctx.choice(['chc-lasalle.example', 'fht-cornwall.example', 'gmf-dorval.example']))
    idl, t = pid(ctx, p)
    adm, dis = ctx.date(), None
    dis = adm + datetime.timedelta(days=ctx.randint(2, 9))
    dx = ctx.choice(['inferior STEMI', 'anterior STEMI', 'NSTEMI'])
    paras = ['Patient: %s   %s   %s   %s' % (name(ctx, p, 'surfirst'), fmt_dob(ctx, p), idl, fmt_mrn(ctx, p['mrn'])),
             'Admitted %s, discharged %s.' % (adm.isoformat(), dis.isoformat()),
             '## Diagnosis', '%s; PCI with DES to %s. Peak hs-troponin %d ng/L.' % (
                 dx, ctx.choice(['RCA', 'LAD', 'LCx']), ctx.randint(2000, 40000)),
             '## Discharge medications',
             'ASA 81 mg daily; ticagrelor 90 mg BID x 12 months; atorvastatin 80 mg; ramipril 2.5 mg BID; '
             'metoprolol 25 mg BID.',
             '## Follow-up', 'Cardiac rehab referral sent. Cardiology clinic 6 weeks.']
    if ctx.chance(0.5):
        fn = 'Discharge_summary_%s.docx' % p['surname'].replace("'", '')
        atts = [A.att(fn, A.CT_DOCX, data=A.make_docx('Discharge Summary - Cardiology', paras,
                                                      author=staff_name(fel, False)))]
        body = 'Dear colleague,\n\nDischarge summary attached.\n\n' + signature(ctx, fel, dept='cardio')
    else:
        atts = []
        body = 'Dear colleague,\n\nDISCHARGE SUMMARY\n\n' + '\n'.join(x.replace('## ', '') for x in paras) + \
            '\n\n' + signature(ctx, fel, dept='cardio')
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication', 'lab_result'} | t
    return spec(ctx, 'discharge_summary', 'en', types, 'STEMI discharge summary', fel, gp,
                ctx.choice(['Discharge summary', 'D/C summary', 'Summary - cardiology admission']), body,
                attachments=atts)


# 14 -----------------------------------------------------------------------
def p_pharmacy_question_fr(ctx, k):
    p = ctx.patient('QC', 60, 95, lang='fr')
    ph = ctx.person('pharmacist')
    md = ctx.person(roles=['cardiologist', 'fellow'])
    cr = ctx.randint(115, 190)
    wt = ctx.randint(48, 64)
    body = '\n'.join([greet(ctx, md, 'fr'), '',
                      'Question pour %s (%s), ch. %d :' % (name(ctx, p, ctx.choice(['title', 'surfirst', 'title_full']), 'fr'),
                                                      fmt_mrn(ctx, p['mrn'], 'fr'), ctx.randint(401, 460)),
                      '%s reçoit apixaban 5 mg BID pour FA. Âge %d ans, poids %d kg, créatinine %d µmol/L.' % (
                          pron(p, 'fr').capitalize(), age(p['dob']), wt, cr),
                      'Deux critères sur trois sont présents : je suggère de réduire à 2,5 mg BID.',
                      'Aussi, interaction avec le diltiazem récemment ajouté. Êtes-vous d’accord?', '',
                      signature(ctx, ph, 'fr', dept='pharm')])
    return spec(ctx, 'pharmacy_question', 'fr', {'patient_name', 'mrn', 'medication', 'lab_result', 'diagnosis'},
                'pharmacist question about apixaban dose for named inpatient', ph, md,
                ctx.choice(['Question - dose apixaban', 'apixaban ch. %d' % ctx.randint(401, 460),
                            'Ajustement DOAC']), body)


# 15 -----------------------------------------------------------------------
def p_patient_mail_fwd(ctx, k):
    p = ctx.patient(ctx.choice(['QC', 'ON']), 45, 88, lang='en')
    clerk = ctx.person('clerk')
    nurse = ctx.person('nurse_hf')
    when = make_dt(ctx)
    psubj = ctx.choice(['question about my water pill', 'Swelling', 'Appointment next week'])
    ptxt = '\n'.join(['Hello,', '',
                      'This is %s, I am a patient of %s at the heart failure clinic.' % (
                          ('%s %s' % (p['given'], p['surname'])), dr(ctx.person('cardiologist'))),
                      'Since Sunday my ankles are more swollen and I gained %d lbs. I\'m also more short of breath '
                      'climbing stairs and sleeping on 3 pillows.' % ctx.randint(3, 7),
                      'Should I take an extra furosemide? My number is %s.' % p['phone'], '',
                      'Thank you', p['given']])
    fwd = forward_block(ctx, 'en', ('%s %s' % (p['given'], p['surname']), p['email']),
                        'hfclinic@' + ORG['dom'], when, psubj, ptxt)
    body = '\n'.join([greet(ctx, nurse), '', ctx.choice(['Can you call this patient back today?',
                                                        'Patient email below, forwarding as per protocol.',
                                                        'FYI, came into the general inbox.']),
                      '', signature(ctx, clerk, style='short', dept='hf'), '', fwd])
    return spec(ctx, 'patient_mail_forward', 'en',
                {'patient_name', 'diagnosis', 'medication', 'patient_contact'},
                'patient e-mail about HF symptoms forwarded inline', clerk, nurse, 'Fw: ' + psubj, body)


# 16 -----------------------------------------------------------------------
def p_subject_only(ctx, k):
    lang = 'fr' if k == 0 else 'en'
    p = ctx.patient('QC', 40, 90, lang=lang)
    a, b = ctx.person(roles=['fellow', 'nurse_hf', 'np']), ctx.person(roles=['cardiologist', 'fellow'])
    if lang == 'fr':
        subj = ctx.choice(['%s - K+ 6,2 ce matin, on cesse la spironolactone?' % name(ctx, p, 'title_full', 'fr'),
                           'RE: %s %s (FA rapide) - ETO demain' % (p['surname'].upper(), p['given'])])
        body = 'Voir objet. Peux-tu me rappeler au poste %s?\n\n%s' % (a['ext'], a['given'])
        types = {'patient_name', 'lab_result', 'medication'} if 'K+' in subj else {'patient_name', 'diagnosis'}
    else:
        subj = ctx.choice(['%s - K 6.1 this am, hold spironolactone?' % name(ctx, p, ctx.choice(['full', 'lower'])),
                           'RE: %s - troponin 2140, needs cath today?' % name(ctx, p, 'surfirst'),
                           'FW: %s INR 7.8 bleeding gums' % name(ctx, p, 'initial')])
        body = ctx.choice(['See subject. Call me when you can.', 'as above - thoughts?',
                           'Please advise, thx']) + '\n\n' + a['given']
        if 'K 6.1' in subj:
            types = {'patient_name', 'lab_result', 'medication'}
        elif 'troponin' in subj:
            types = {'patient_name', 'lab_result'}
        else:
            types = {'patient_name', 'lab_result', 'diagnosis'}
    return spec(ctx, 'subject_only', lang, types, 'patient details only in the Subject line', a, b, subj, body,
                reply=subj.startswith('RE'))


# 17 -----------------------------------------------------------------------
def p_filename_only(ctx, k):
    p = ctx.patient(ctx.choice(['QC', 'ON']), 30, 90)
    tech = ctx.person(roles=['pfttech', 'sleeptech', 'clerk'])
    md = ctx.person(roles=['cardiologist', 'respirologist'])
    what = ctx.choice([('Holter_48h', 'AFib', {'diagnosis'}),
                       ('Echo', 'severe_AS', {'diagnosis'}),
                       ('PSG', 'AHI54_severe_OSA', {'diagnosis', 'lab_result'}),
                       ('PFT', 'COPD_FEV1_38pct', {'diagnosis', 'lab_result'})])
    d = ctx.date()
    fn = ctx.choice(['%s_%s_%s_%s_%s.pdf' % (what[0], p['surname'].upper().replace("'", ''), p['given'],
                                             d.isoformat(), what[1]),
                     '%s %s - %s %s.pdf' % (p['surname'], p['given'], what[0], what[1].replace('_', ' '))])
    pdf = A.make_pdf(fn, [], scanned=True)
    body = ctx.choice(['Attached as discussed.', 'Scan attached.', 'Here you go.', 'Report attached - original in chart.'])
    body += '\n\n' + signature(ctx, tech, style=ctx.choice(['short', 'initial', 'full']))
    return spec(ctx, 'filename_only', 'en', {'patient_name'} | what[2],
                'leak only in attachment file name (scanned PDF without text)', tech, md,
                ctx.choice(['scan', 'report', 'FYI', 'Document']), body,
                attachments=[A.att(fn, A.CT_PDF, data=pdf)])


# 18 -----------------------------------------------------------------------
def p_quoted_history(ctx, k):
    p = ctx.patient('QC', 20, 85)
    a = ctx.person(roles=['booking', 'clerk'])
    b = ctx.person(roles=['cardiologist', 'fellow'])
    t1 = make_dt(ctx)
    orig = '\n'.join([greet(ctx, a), '',
                      'Could you book an urgent echo and 14-day Holter for %s (%s)?' % (
                          name(ctx, p, ctx.choice(['full', 'surfirst', 'initial'])), fmt_mrn(ctx, p['mrn'])),
                      '%s had %s syncopal episodes this month, one while driving. Told %s not to drive.' % (
                          pron(p).capitalize(), ctx.choice(['two', 'three']), obj(p)),
                      'Please also call %s at %s to confirm.' % (obj(p), p['phone']), '', b['given']])
    subj = ctx.choice(['urgent echo + holter', 'Booking request', 'Syncope work-up booking'])
    top = ctx.choice(['Done - booked for Thursday 10:30 and Holter hookup after.', 'Booked, thanks.',
                      'All set, confirmation letter sent.'])
    body = top + '\n\n' + signature(ctx, a, style=ctx.choice(['short', 'initial'])) + '\n\n' + \
        quoted(ctx, 'en', (staff_name(b), b['email']), earlier(t1, 3), orig, subj)
    return spec(ctx, 'quoted_reply', 'en', {'patient_name', 'mrn', 'diagnosis', 'patient_contact'},
                'short reply; patient details only in quoted history', a, b, 'RE: ' + subj, body, reply=True)


# 19 -----------------------------------------------------------------------
def p_ics_invite(ctx, k):
    p = ctx.patient(ctx.choice(['QC', 'ON']), 40, 90)
    org = ctx.person(roles=['booking', 'clerk'])
    atts_people = [ctx.person('cardiologist'), ctx.person('fellow')]
    d = ctx.date()
    start = datetime.datetime(d.year, d.month, d.day, ctx.choice([8, 10, 13]), 0)
    proc = ctx.choice(['TEE + DCCV', 'Right heart cath', 'Cardioversion', 'CRT-D implant', 'Pacemaker implant'])
    dx = ctx.choice(['persistent AF', 'pulmonary hypertension work-up', 'LBBB, LVEF 28%', 'complete heart block'])
    summ = '%s - %s' % (proc, name(ctx, p, ctx.choice(['surfirst', 'full', 'upper_sur'])))
    desc = '%s. Patient %s. Indication: %s. NPO from midnight; %s.' % (
        proc, fmt_mrn(ctx, p['mrn']), dx, ctx.choice(['on apixaban - hold 48h', 'on warfarin, INR day before',
                                                         'not anticoagulated']))
    ics = A.make_ics('%x@%s' % (ctx.rng.getrandbits(64), ORG['dom']), start,
                     start + datetime.timedelta(hours=2), summ, desc,
                     location='%s - Procedure room %d' % (SITES[0]['name'], ctx.randint(1, 4)),
                     organizer=(staff_name(org, False), org['email']),
                     attendees=[(staff_name(x, False), x['email']) for x in atts_people])
    body = ctx.choice(['Please accept - procedure booking.', 'Booking sent from the cath lab calendar.',
                       'Invitation for the procedure below.'])
    types = {'patient_name', 'mrn', 'diagnosis'}
    if 'not anticoagulated' not in desc:
        types.add('medication')
    return spec(ctx, 'ics_invite', 'en', types,
                'calendar invitation with patient in SUMMARY/DESCRIPTION', org, atts_people, summ, body,
                attachments=[A.att('invite.ics', 'text/calendar', text=ics, ctype_params=['method=REQUEST'],
                                   cte=ctx.choice(['base64', '7bit', 'quoted-printable']), charset='utf-8')])


# 20 -----------------------------------------------------------------------
def p_vcard_patient(ctx, k):
    lang = 'fr' if k == 1 else 'en'
    p = ctx.patient('QC', 50, 95, lang=lang)
    rt = ctx.person('rt')
    sup = ext_addr(ctx, 'AirNorth Home Oxygen', 'intake', 'airnorth.example')
    street, rest = p['addr'].split(', ', 1) if p['addr'].count(',') == 1 else (p['addr'].rsplit(', ', 1)[0], p['addr'].rsplit(', ', 1)[1])
    note = ('MPOC sévère, O2 2 L/min 24h; vit %s, fumeur actif - risque incendie' % (
        'seul' if p['sex'] == 'M' else 'seule') if lang == 'fr'
            else 'COPD GOLD 4 - home O2 2 L/min continuous; lives alone, hard of hearing')
    vcf = A.make_vcf(p['given'], p['surname'], tels=[('HOME', p['phone'])], emails=[('HOME', p['email'])],
                     adr=('HOME', street, rest.split(' QC')[0], 'QC', rest.split('QC ')[-1], 'Canada'),
                     note=note, bday=p['dob'].isoformat() if ctx.chance(0.5) else None)
    types = {'patient_name', 'patient_contact', 'diagnosis', 'social_information'}
    if 'BDAY' in vcf:
        types.add('date_of_birth')
    fn = '%s %s.vcf' % (p['given'], p['surname'])
    if lang == 'fr':
        body = 'Bonjour,\n\nFiche contact du nouveau client ci-jointe (installation prévue vendredi).\n\n' + \
            signature(ctx, rt, 'fr', dept='rt')
        subj = 'Nouveau client O2'
    else:
        body = 'Hi,\n\nContact card attached for the new home O2 set-up we discussed.\n\n' + signature(ctx, rt, dept='rt')
        subj = ctx.choice(['New O2 client', 'Contact for set-up'])
    return spec(ctx, 'vcard_patient', lang, types, 'patient vCard with home contact and diagnosis note', rt,
                sup, subj, body, attachments=[A.att(fn, 'text/vcard', text=vcf, charset='utf-8')])


TEMPLATES = [p_referral_hf, p_consult_docx, p_signout_ccu, p_hf_clinic_daylist, p_inr_followup,
             p_inr_csv, p_psg_report_pdf, p_cpap_supplier, p_home_oxygen_fr, p_pft_results,
             p_cs_waitlist_xlsx, p_transport_fr, p_discharge_summary, p_pharmacy_question_fr,
             p_patient_mail_fwd, p_subject_only, p_filename_only, p_quoted_history, p_ics_invite,
             p_vcard_patient]
