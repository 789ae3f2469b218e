"""Negative templates, part A: staff, HR, education, statistics, forms, supplies, IT.
No patient is identifiable in any of these (staff and physicians only, aggregates, blanks)."""
import datetime

import gen_attach as A
from gen_clin import *
from gen_common import (DEPTS, ORG, SITES, dr, fmt_date, greet, make_luhn_serial, signature,
                        staff_name)
from gen_mime import html_table, make_dt, text_table
from gen_spec import earlier, ext_addr, quoted, spec

NEG = 'negative'


def team(ctx, n, roles=None):
    seen, out = set(), []
    while len(out) < n:
        s = ctx.person(roles=roles)
        if s['email'] not in seen:
            seen.add(s['email'])
            out.append(s)
    return out


def allstaff(ctx, dept='hf'):
    return ('%s - all staff' % DEPTS[dept][0], '%s-all@%s' % (dept, ORG['dom']))


# 1 ------------------------------------------------------------------------
def n_staff_schedule(ctx, k):
    mgr = ctx.person('manager')
    nurses = team(ctx, 6, ['nurse_hf', 'nurse_ac', 'np', 'rt', 'kin'])
    month = ctx.choice(['March', 'April', 'May', 'June'])
    rows = [['Name', 'Week 1', 'Week 2', 'Week 3', 'Week 4']]
    for s in nurses:
        rows.append([staff_name(s, False)] + [ctx.choice(['D 07-15', 'E 15-23', 'OFF', 'Clinic 08-16', 'VAC'])
                                               for _ in range(4)])
    body = '%s\n\nHere is the %s schedule for the HF clinic and rehab. Swaps must be approved by me by the 20th. ' \
           'Reminder that the heart failure education day is mandatory for new hires.\n\n%s\n\n%s' % (
               ctx.choice(['Hi all,', 'Good afternoon team,']), month, text_table(rows), signature(ctx, mgr, dept='hf'))
    atts = []
    if k % 2:
        atts = [A.att('schedule_%s.xlsx' % month.lower(), A.CT_XLSX, data=A.make_xlsx([(month, rows)]))]
    return spec(ctx, 'staff_schedule', 'en', [], 'staff schedule, staff names only', mgr, allstaff(ctx),
                '%s schedule - HF clinic / rehab' % month, body, attachments=atts)


# 2 ------------------------------------------------------------------------
def n_vacation_fr(ctx, k):
    emp = ctx.person(roles=['sleeptech', 'pfttech', 'clerk', 'rt'])
    mgr = ctx.person('manager')
    d = ctx.date(datetime.date(2025, 6, 1), 80)
    body = '\n'.join([greet(ctx, mgr, 'fr'), '',
                      'Je voudrais confirmer mes vacances du %s au %s (2 semaines). %s couvrira mes quarts '
                      'au laboratoire du sommeil.' % (fmt_date(ctx, d, 'fr', 'long'),
                                                       fmt_date(ctx, d + datetime.timedelta(days=13), 'fr', 'long'),
                                                       staff_name(ctx.person('sleeptech'), False)),
                      'Merci de m’indiquer si c’est approuvé dans Logibec.', '', signature(ctx, emp, 'fr')])
    subj = ctx.choice(['Demande de vacances', 'Vacances été 2025', 'Congé annuel - confirmation'])
    if k % 2:
        top = 'Approuvé. Bonnes vacances!\n\n%s' % signature(ctx, mgr, 'fr', style='short')
        body = top + '\n\n' + quoted(ctx, 'fr', (staff_name(emp, False), emp['email']), make_dt(ctx), body, subj)
        return spec(ctx, 'vacation', 'fr', [], 'vacation approval between staff', mgr, emp, 'RE: ' + subj, body,
                    reply=True)
    return spec(ctx, 'vacation', 'fr', [], 'staff vacation request', emp, mgr, subj, body)


# 3 ------------------------------------------------------------------------
def n_occ_health(ctx, k):
    oh = ('Occupational Health & Safety', 'ohs@' + ORG['dom'])
    mgr = ctx.person('manager')
    staff = team(ctx, 4, ['nurse_hf', 'rt', 'sleeptech', 'kin', 'pfttech'])
    what = ctx.choice([('N95 fit testing', 'fit test overdue'), ('annual TB skin test', 'TST due'),
                       ('influenza vaccination', 'no record of vaccination')])
    lines = ['- %s (%s): %s' % (staff_name(s, False), s['role'].replace('_', ' '), what[1]) for s in staff]
    body = '%s\n\nThe following employees in your department are not up to date for %s:\n\n%s\n\n' \
           'Please have them book at OHS (ext. 3300) before the end of the month. Staff who are pregnant or ' \
           'immunocompromised should contact us directly for an individual assessment.\n\nOccupational Health' % (
               greet(ctx, mgr), what[0], '\n'.join(lines))
    return spec(ctx, 'occupational_health', 'en', [], 'employee occupational-health compliance list', oh, mgr,
                'Compliance: %s' % what[0], body)


# 4 ------------------------------------------------------------------------
def n_payroll(ctx, k):
    lang = 'fr' if k % 2 else 'en'
    hr = ctx.person('hr')
    emp = ctx.person(roles=['rt', 'nurse_hf', 'sleeptech', 'kin'])
    empno = '%06d' % ctx.randint(100000, 999999)
    if lang == 'fr':
        body = '\n'.join([greet(ctx, emp, 'fr'), '',
                          'Suite à votre demande, une correction sera appliquée sur la paie du %s : '
                          '%d h de temps supplémentaire (taux 1,5) et la prime de soir manquante.' % (
                              fmt_date(ctx, ctx.date(), 'fr', 'long'), ctx.randint(3, 16)),
                          'Matricule : %s  -  Centre de coût %d' % (empno, ctx.randint(7100, 7999)),
                          'Le relevé corrigé sera disponible dans le portail employé.', '',
                          signature(ctx, hr, 'fr', dept='hr')])
        subj = 'Correction de paie - matricule %s' % empno
    else:
        body = '\n'.join([greet(ctx, emp), '',
                          'Your overtime for the pay period ending %s was missed. We will add %d hours at 1.5x '
                          'and the night premium on the next deposit.' % (fmt_date(ctx, ctx.date(), style='long'),
                                                                        ctx.randint(3, 16)),
                          'Employee #%s, cost centre %d.' % (empno, ctx.randint(7100, 7999)), '',
                          signature(ctx, hr, dept='hr')])
        subj = 'Payroll correction'
    return spec(ctx, 'payroll', lang, [], 'payroll correction for an employee', hr, emp, subj, body)


# 5 ------------------------------------------------------------------------
def n_newsletter(ctx, k):
    comm = ('Communications - %s' % ORG['name'], 'communications@' + ORG['dom'])
    docs = team(ctx, 3, ['cardiologist', 'respirologist', 'surgeon'])
    topics = [('February is Heart Month', '%s explains the warning signs of a heart attack and why women often '
               'present with atypical symptoms such as fatigue or jaw pain.' % dr(docs[0])),
              ('Sleep apnea: more than snoring', 'Untreated obstructive sleep apnea raises the risk of atrial '
               'fibrillation and stroke. %s from the Sleep Laboratory answers your questions.' % dr(docs[1])),
              ('New TAVI program milestone', 'Our structural heart team led by %s performed its 500th TAVI '
               'procedure this winter. Average length of stay is now 1.8 days.' % dr(docs[2])),
              ('Living with COPD', 'Pulmonary rehabilitation classes restart in April at Lakeshore. '
               'Ask your respirologist about a referral.')]
    ctx.rng.shuffle(topics)
    html = '<html><body style="font-family:Georgia,serif"><h1>Heart &amp; Lung News</h1>\n' + '\n'.join(
        '<h2>%s</h2><p>%s</p>' % (t, b) for t, b in topics[:3]) + \
        '<p style="font-size:10px">You receive this newsletter because you are a member of our network. ' \
        '<a href="https://www.stbrendans.example/unsubscribe">Unsubscribe</a></p></body></html>'
    text = 'HEART & LUNG NEWS\n\n' + '\n\n'.join('%s\n%s' % (t, b) for t, b in topics[:3])
    return spec(ctx, 'newsletter', 'en', [], 'public newsletter about heart and lung disease', comm,
                ('Staff and volunteers', 'all-staff@' + ORG['dom']),
                ctx.choice(['Heart & Lung News - %s edition' % ctx.choice(['Winter', 'Spring']), 'Our monthly newsletter']),
                text, html=html, body_mode=ctx.choice(['html', 'alt']))


# 6 ------------------------------------------------------------------------
def n_grand_rounds(ctx, k):
    sec = ctx.person('clerk')
    sp = team(ctx, 3, ['cardiologist', 'respirologist', 'surgeon', 'fellow'])
    talks = ctx.sample(['HFpEF in 2025: SGLT2 inhibitors and beyond', 'Anticoagulation after TAVI',
                        'Central sleep apnea in heart failure: to treat or not', 'Interstitial lung disease '
                        'for the generalist', 'Cardiac amyloidosis: red flags', 'Home oxygen: who really benefits?',
                        'DOAC dosing in renal failure'], 3)
    d = ctx.date()
    prog = '\n'.join('%s  %s - "%s"' % (h, staff_name(s), t) for h, s, t in zip(['07:30', '08:00', '08:30'], sp, talks))
    body = 'Cardiorespiratory Grand Rounds - %s\nAmphitheatre B and Teams\n\n%s\n\nAccredited for 1.5 Section 1 credits. ' \
           'Breakfast provided.\n\n%s' % (fmt_date(ctx, d, style='long'), prog, signature(ctx, sec, dept='cardio'))
    atts = []
    if k % 2:
        st = datetime.datetime(d.year, d.month, d.day, 7, 30)
        atts = [A.att('grand_rounds.ics', 'text/calendar',
                      text=A.make_ics('gr-%x@%s' % (ctx.rng.getrandbits(40), ORG['dom']), st,
                                      st + datetime.timedelta(hours=1, minutes=30), 'Grand Rounds: ' + talks[0],
                                      prog, 'Amphitheatre B / Teams', (staff_name(sec, False), sec['email'])),
                      ctype_params=['method=REQUEST'])]
    return spec(ctx, 'grand_rounds', 'en', [], 'grand rounds programme: speakers and topics', sec,
                ('Medical staff', 'medstaff@' + ORG['dom']), 'Grand Rounds - %s' % talks[0], body, attachments=atts)


# 7 ------------------------------------------------------------------------
def n_conference_fr(ctx, k):
    sec = ctx.person('clerk')
    sp = team(ctx, 3, ['cardiologist', 'respirologist', 'fellow'])
    talks = ctx.sample(['Apnée du sommeil et fibrillation auriculaire', 'Réadaptation cardiaque virtuelle',
                        'MPOC : nouveautés GOLD 2025', 'Anticoagulation chez la personne âgée fragile',
                        'Insuffisance cardiaque : titration rapide'], 3)
    body = 'Bonjour à tous,\n\nProgramme de la journée scientifique du %s :\n\n%s\n\nInscription obligatoire avant le 15. ' \
           'Formation accréditée (6 h).\n\n%s' % (
               fmt_date(ctx, ctx.date(), 'fr', 'long'),
               '\n'.join('- %s : « %s »' % (staff_name(s, lang='fr'), t) for s, t in zip(sp, talks)),
               signature(ctx, sec, 'fr', dept='cardio'))
    return spec(ctx, 'conference', 'fr', [], 'scientific day programme (speakers, topics)', sec,
                ('Personnel médical', 'medical@' + ORG['dom']), 'Journée scientifique cardiorespiratoire', body)


# 8 ------------------------------------------------------------------------
def n_sleep_stats(ctx, k):
    mgr = ctx.person('manager')
    md = ctx.person('respirologist')
    total = ctx.randint(280, 420)
    sev = [ctx.randint(40, 90), ctx.randint(60, 110), ctx.randint(50, 100)]
    rows = [['Category', 'Count', '%'], ['Normal (AHI < 5)', total - sum(sev), ''], ['Mild (5-14.9)', sev[0], ''],
            ['Moderate (15-29.9)', sev[1], ''], ['Severe (>= 30)', sev[2], '']]
    for r in rows[1:]:
        r[2] = '%.0f%%' % (100.0 * r[1] / total)
    body = '%s\n\nQ%d sleep lab numbers: %d diagnostic PSGs, %d titrations, median wait %d weeks ' \
           '(target 12). Mean AHI in positive studies %.1f/h.\n\n%s\n\nNo-show rate dropped to %d%% since the SMS reminders.\n\n%s' % (
               greet(ctx, md), ctx.randint(1, 4), total, ctx.randint(60, 140), ctx.randint(9, 30),
               ctx.choice([21.4, 26.8, 31.2]), text_table(rows), ctx.randint(4, 9), signature(ctx, mgr, dept='sleep'))
    atts = [A.att('sleep_lab_Q_stats.csv', 'text/csv', text=A.make_csv(rows))] if k % 2 else []
    return spec(ctx, 'aggregate_stats', 'en', [], 'quarterly sleep lab aggregate statistics', mgr, md,
                'Sleep lab quarterly statistics', body, attachments=atts)


# 9 ------------------------------------------------------------------------
def n_waitlist_stats(ctx, k):
    coord = ctx.person('waitlist')
    dirn = ctx.person('manager')
    rows = [['Priority', 'Patients waiting', 'Median days', '90th pct days', '% within target']]
    for pr, tgt in [('Urgent', 14), ('Semi-urgent', 42), ('Elective', 90)]:
        rows.append([pr, ctx.randint(3, 60), ctx.randint(tgt // 2, tgt + 30), ctx.randint(tgt, tgt * 2),
                     '%d%%' % ctx.randint(55, 98)])
    xl = A.make_xlsx([('Summary', rows), ('By procedure', [['Procedure', 'Waiting'], ['CABG', ctx.randint(20, 70)],
                                                           ['AVR', ctx.randint(10, 40)], ['MV repair', ctx.randint(3, 15)],
                                                           ['TAVI', ctx.randint(10, 50)]])])
    body = '%s\n\nMonthly cardiac surgery access report attached (aggregate only, per ministry template). ' \
           'Elective CABG is the group drifting past target; 2 OR days were lost to the perfusion staffing gap.\n\n%s' % (
               greet(ctx, dirn), signature(ctx, coord, dept='csurg'))
    return spec(ctx, 'waitlist_stats', 'en', [], 'aggregate cardiac surgery wait-time report', coord, dirn,
                'Cardiac surgery access report - %s' % ctx.choice(['January', 'February', 'March']), body,
                attachments=[A.att('access_report.xlsx', A.CT_XLSX, data=xl)])


# 10 -----------------------------------------------------------------------
def n_blank_o2_form_fr(ctx, k):
    clerk = ctx.person(roles=['clerk', 'rt'])
    lines = ['Programme d’oxygénothérapie à domicile - FORMULAIRE DE DEMANDE', '',
             'Nom : ______________________   Prénom : ____________________',
             'NAM : ____ ____ ____      Date de naissance : AAAA / MM / JJ',
             'Adresse : ________________________________________________',
             'Diagnostic principal : ____________________',
             'Gaz artériels (air ambiant) : pH ____ PaO2 ____ PaCO2 ____',
             'Débit prescrit : ____ L/min   Heures/jour : ____',
             'Signature du médecin : ____________________  No permis : ______']
    pdf = A.make_pdf('Demande oxygène à domicile (vierge)', lines, compress=ctx.chance(0.5))
    body = 'Bonjour,\n\nVoici la version à jour du formulaire vierge de demande d’oxygène (rév. %d). ' \
           'Merci de détruire les anciennes copies; les demandes incomplètes (sans gaz artériels) seront retournées.\n\n%s' % (
               2025 - ctx.randint(0, 1), signature(ctx, clerk, 'fr', dept='rt'))
    return spec(ctx, 'blank_form', 'fr', [], 'blank home-oxygen request form', clerk,
                ('Pneumologie - secrétariat', 'pneumo-secretariat@' + ORG['dom']),
                'Nouveau formulaire O2 (vierge)', body,
                attachments=[A.att('formulaire_O2_vierge.pdf', A.CT_PDF, data=pdf)])


# 11 -----------------------------------------------------------------------
def n_blank_referral_docx(ctx, k):
    mgr = ctx.person('manager')
    paras = ['Please complete all fields. Incomplete referrals will be returned.',
             'Patient name: _______________________',
             'Date of birth (YYYY-MM-DD): ______________',
             'OHIP / RAMQ number: ______________   Version code: ____',
             'Reason for referral:  [ ] HFrEF  [ ] HFpEF  [ ] new murmur  [ ] syncope  [ ] other ________',
             'Current medications (attach list): ________________',
             'Most recent NT-proBNP / creatinine / potassium: __________',
             'Referring physician: ______________  Billing no.: ______',
             'Fax completed form to 613-555-0144.']
    doc = A.make_docx('Heart Failure Clinic - Referral Form', paras)
    body = '%s\n\nAttached is the revised referral template for the Heart Failure Clinic. Please share with the ' \
           'family health teams in your area.\n\n%s' % (ctx.choice(['Hello,', 'Dear colleagues,']),
                                                        signature(ctx, mgr, dept='hf'))
    return spec(ctx, 'blank_template', 'en', [], 'blank referral template (DOCX)', mgr,
                ('Regional primary care leads', 'primarycare-leads@sdg-oht.example'),
                'Updated HF clinic referral form', body,
                attachments=[A.att(ctx.choice(['HF_referral_form_2025.docx', 'Référence IC - formulaire.docx']),
                                   A.CT_DOCX, data=doc)])


# 12 -----------------------------------------------------------------------
def n_teaching_case(ctx, k):
    fel = ctx.person(roles=['fellow', 'cardiologist', 'respirologist'])
    case = ctx.choice([
        'A %d-year-old man with ischemic cardiomyopathy (LVEF 25%%) presents with 4 kg weight gain, orthopnea '
        'and NT-proBNP of 6,800 ng/L. He takes bisoprolol 5 mg, ramipril 5 mg and furosemide 40 mg. Creatinine '
        'rose from 110 to 165 umol/L after diuresis.\n\nQuestions: 1) What would you change? 2) When would you '
        'start sacubitril/valsartan? 3) Is an SGLT2 inhibitor safe here?' % ctx.randint(60, 80),
        'A %d-year-old woman with COPD (FEV1 34%% predicted) has a resting SpO2 of 87%% and PaO2 of 54 mmHg on two '
        'occasions 3 weeks apart while stable.\n\nQuestions: 1) Does she qualify for long-term oxygen? '
        '2) How many hours per day? 3) What about nocturnal desaturation only?' % ctx.randint(55, 80),
        'A %d-year-old on warfarin for a mechanical mitral valve has an INR of 6.2 and no bleeding.\n\n'
        'Questions: 1) Vitamin K or not? 2) Dose and route? 3) When to recheck?' % ctx.randint(45, 75)])
    body = '%s\n\nCase for Thursday\'s teaching session (fictional / de-identified):\n\n%s\n\nCome prepared; ' \
           'we will go through the guideline together.\n\n%s' % (
               ctx.choice(['Hi residents,', 'Hello all,', 'Team,']), case, signature(ctx, fel, dept='cardio'))
    return spec(ctx, 'teaching_case', 'en', [], 'anonymised teaching case for residents', fel,
                ('Residents - internal medicine', 'im-residents@' + ORG['dom']),
                ctx.choice(['Teaching case for Thursday', 'Case-based learning', 'Academic half-day case']), body)


# 13 -----------------------------------------------------------------------
def n_teaching_case_fr(ctx, k):
    md = ctx.person(roles=['respirologist', 'cardiologist'])
    case = ctx.choice([
        'Un homme de %d ans, MPOC GOLD 3, se présente avec une dyspnée accrue depuis 3 jours et des expectorations '
        'purulentes. pH 7,32, PaCO2 62 mmHg. Quelle est votre prise en charge? Quand amorcer la VNI?' % ctx.randint(60, 82),
        'Une femme de %d ans en FA permanente (CHA2DS2-VASc 5) sous apixaban doit subir une colonoscopie avec '
        'polypectomie. Quand cesser et reprendre l’anticoagulant?' % ctx.randint(65, 85),
        'Un patient fictif de %d ans présente un IAH de 48/h et refuse la CPAP. Quelles options proposer?' % ctx.randint(40, 65)])
    body = 'Bonjour,\n\nVoici le cas clinique (anonymisé) pour la séance d’enseignement de mercredi :\n\n%s\n\n' \
           'Réponses discutées en groupe.\n\n%s' % (case, signature(ctx, md, 'fr', dept='resp'))
    return spec(ctx, 'teaching_case', 'fr', [], 'anonymised French teaching case', md,
                ('Résidents', 'residents@' + ORG['dom']), 'Cas clinique - enseignement', body)


# 14 -----------------------------------------------------------------------
def n_invoice_o2(ctx, k):
    vendor = ext_addr(ctx, 'AirNorth Home Oxygen - Billing', 'billing', 'airnorth.example')
    acct = ctx.person(roles=['manager', 'clerk'])
    inv = 'INV-%d' % ctx.randint(200000, 299999)
    po = 'PO %d' % ctx.randint(4500000000, 4599999999)
    items = []
    for i in range(ctx.randint(3, 6)):
        items.append([ctx.choice(['Oxygen concentrator 5 L', 'Portable concentrator', 'CPAP unit (loaner)',
                                  'Pulse oximeter', 'Humidifier chamber']),
                      make_luhn_serial(ctx.rng, ctx.choice([9, 10])), ctx.randint(1, 4),
                      '%.2f' % ctx.choice([89.5, 420.0, 1250.0, 38.75])])
    rows = [['Item', 'Serial no.', 'Qty', 'Unit price']] + items
    pdf = A.make_pdf('INVOICE %s' % inv, ['Bill to: %s, Respiratory Therapy' % SITES[ctx.randint(0, 3)]['name'],
                                          'Customer PO: %s' % po, ''] + ['  '.join(map(str, r)) for r in rows] +
                     ['', 'Terms: net 30. GST/HST included where applicable.'], compress=ctx.chance(0.5))
    body = 'Hello,\n\nPlease find invoice %s for equipment delivered to the RT department (%s). Serial numbers are ' \
           'listed for your asset register.\n\nAccounts Receivable\nAirNorth Home Oxygen\n1-800-555-0166' % (inv, po)
    return spec(ctx, 'invoice', 'en', [], 'supplier invoice with device serial numbers (Luhn-valid)', vendor, acct,
                'Invoice %s' % inv, body, attachments=[A.att('%s.pdf' % inv, A.CT_PDF, data=pdf)])


# 15 -----------------------------------------------------------------------
def n_po_cpap_fr(ctx, k):
    buyer = ctx.person(roles=['manager', 'clerk'])
    vendor = ext_addr(ctx, 'Distributions Respir-Aide', 'commandes', 'respiraide.example')
    rows = [['Article', 'No catalogue', 'Lot', 'Qté']]
    for i in range(ctx.randint(3, 6)):
        rows.append([ctx.choice(['Masque nasal taille M', 'Masque facial complet L', 'Tubulure chauffante',
                                 'Filtres jetables (boîte de 50)', 'Embout buccal spiromètre']),
                     'RA-%04d' % ctx.randint(1000, 9999), 'L%s' % make_luhn_serial(ctx.rng, 8),
                     ctx.randint(5, 60)])
    body = 'Bonjour,\n\nBon de commande no %d ci-dessous pour le laboratoire du sommeil et le labo de fonction ' \
           'pulmonaire :\n\n%s\n\nLivraison au quai de réception, %s.\n\n%s' % (
               ctx.randint(4500000, 4599999), text_table(rows), SITES[0]['name'], signature(ctx, buyer, 'fr'))
    return spec(ctx, 'purchase_order', 'fr', [], 'purchase order for CPAP/PFT supplies with lot numbers', buyer,
                vendor, 'Bon de commande - fournitures', body)


# 16 -----------------------------------------------------------------------
def n_device_recall(ctx, k):
    vendor = ext_addr(ctx, 'SomnoTech Field Safety', 'fieldsafety', 'somnotech.example')
    bme = ('Biomedical Engineering', 'biomed@' + ORG['dom'])
    serials = [make_luhn_serial(ctx.rng, ctx.choice([9, 10])) for _ in range(ctx.randint(4, 8))]
    body = '\n'.join(['URGENT FIELD SAFETY NOTICE - %s' % ctx.choice(['SomnoTech AirPro 11 CPAP', 'VentiCare ST30 BiPAP']),
                      '', 'Dear Biomedical Engineering team,', '',
                      'We have identified a potential degradation of the sound-abatement foam in devices manufactured '
                      'between 2019 and 2022. Particles may enter the air path.',
                      'Our records show the following serial numbers were shipped to your facility:', '',
                      '\n'.join('  SN %s' % s for s in serials), '',
                      'Action: quarantine loaner pool units; home users will be contacted by the vendor. '
                      'Do not return devices before receiving an RMA number.', '',
                      'SomnoTech Canada - Regulatory Affairs', '1-888-555-0190'])
    return spec(ctx, 'device_recall', 'en', [], 'device field-safety notice with serial numbers', vendor, bme,
                'URGENT: Field Safety Notice FSN-%d' % ctx.randint(2024001, 2025999), body)


# 17 -----------------------------------------------------------------------
def n_drug_shortage(ctx, k):
    lang = 'fr' if k % 2 else 'en'
    ph = ctx.person('pharmacist')
    drug = ctx.choice([('furosemide 10 mg/mL injection', 'bumetanide IV (1 mg = 40 mg furosemide)'),
                       ('apixaban 2.5 mg tablets', 'apixaban 5 mg tablets split is NOT recommended; use rivaroxaban 15 mg if appropriate'),
                       ('salbutamol MDI 100 mcg', 'terbutaline Turbuhaler or salbutamol nebules'),
                       ('digoxin 0.0625 mg', 'digoxin 0.125 mg on alternate days')])
    if lang == 'fr':
        body = 'Bonjour,\n\nAvis de rupture d’approvisionnement : %s, durée prévue %d semaines.\nSolution de rechange : %s.\n' \
               'Les ordonnances préimprimées seront mises à jour. Aucune action requise pour les patients stables.\n\n%s' % (
                   drug[0], ctx.randint(3, 12), drug[1], signature(ctx, ph, 'fr', dept='pharm'))
        subj = 'Rupture d’approvisionnement - %s' % drug[0].split(' ')[0]
    else:
        body = 'Hello all,\n\nDrug shortage notice: %s is on back-order for approx. %d weeks.\nAlternative: %s.\n' \
               'Pre-printed order sets will be updated. Please reserve remaining stock for the CCU.\n\n%s' % (
                   drug[0], ctx.randint(3, 12), drug[1], signature(ctx, ph, dept='pharm'))
        subj = 'Drug shortage: %s' % drug[0]
    return spec(ctx, 'drug_shortage', lang, [], 'drug shortage notice', ph,
                ('Prescribers - cardiology & respirology', 'prescribers-cr@' + ORG['dom']), subj, body)


# 18 -----------------------------------------------------------------------
def n_it_notice(ctx, k):
    it = ctx.person('it')
    what = ctx.choice([('MUSE ECG server upgrade', 'ECGs will queue on the carts and upload automatically afterwards.'),
                       ('EHR planned downtime', 'Use the downtime forms in the red binder; the read-only BCA workstation '
                        'on each unit has the last census.'),
                       ('Sleep lab scoring software migration', 'Studies scored after Friday must be saved to the new '
                        'share \\\\fs02\\sleep\\scoring.'),
                       ('Password expiry', 'Passwords now expire every 90 days. Use the self-service portal.')])
    d = ctx.date()
    body = 'IT SERVICE NOTICE\n\n%s\nWhen: %s, 23:00 to 03:00\nImpact: %s\n\nService desk: ext. 5555 or servicedesk@%s\n\n%s' % (
        what[0], fmt_date(ctx, d, style='long'), what[1], ORG['dom'], signature(ctx, it, dept='it', style='short'))
    return spec(ctx, 'it_notice', 'en', [], 'IT service notice', it, ('All users', 'all-users@' + ORG['dom']),
                'IT notice: %s' % what[0], body, body_mode=ctx.choice(['plain', 'html', 'alt']))


# 19 -----------------------------------------------------------------------
def n_facilities_fr(ctx, k):
    fac = ('Services techniques', 'services.techniques@' + ORG['dom'])
    what = ctx.choice(['Fermeture du stationnement P2 pour réfection de l’asphalte',
                       'Arrêt de la climatisation au 3e étage (labo de fonction pulmonaire)',
                       'Coupure d’eau chaude, pavillon B',
                       'Test de la génératrice d’urgence'])
    body = 'Bonjour,\n\n%s le %s de 6 h à 14 h. Nous nous excusons des inconvénients. Les cabines de pléthysmographie ' \
           'pourraient être plus chaudes; prévoir des ventilateurs.\n\nServices techniques - poste 2100' % (
               what, fmt_date(ctx, ctx.date(), 'fr', 'long'))
    return spec(ctx, 'facilities', 'fr', [], 'facilities notice', fac, ('Tout le personnel', 'tous@' + ORG['dom']),
                'Avis : %s' % what.split(' (')[0], body)


# 20 -----------------------------------------------------------------------
def n_job_posting(ctx, k):
    hr = ctx.person('hr')
    job = ctx.choice([('Clinical Research Coordinator - Heart Failure Trials', 'coordinate multicentre HF trials, '
                       'screen and consent participants, manage eCRFs and regulatory binders'),
                      ('Registered Respiratory Therapist - Sleep Laboratory (night shift)', 'perform attended '
                       'polysomnography and CPAP titrations; RPSGT an asset'),
                      ('Perfusionist - Cardiac Surgery', 'operate cardiopulmonary bypass and ECMO circuits; on-call 1:4'),
                      ('Nurse Clinician - Anticoagulation Clinic', 'manage warfarin and DOAC follow-up by telephone, '
                       'educate patients, coordinate bridging')])
    body = 'JOB POSTING #%d\n\n%s\n%s\n\nResponsibilities: %s.\nRequirements: bilingual (French/English), valid licence ' \
           'with the relevant order/college.\nSalary: as per collective agreement.\n\nApply by %s on the careers site.\n\n%s' % (
               ctx.randint(25000, 25999), job[0], ctx.choice(SITES)['name'], job[1],
               fmt_date(ctx, ctx.date(), style='long'), signature(ctx, hr, dept='hr'))
    return spec(ctx, 'job_posting', 'en', [], 'job posting', hr, ('Internal postings', 'postings@' + ORG['dom']),
                'Job posting: %s' % job[0], body, body_mode=ctx.choice(['plain', 'alt']))


# 21 -----------------------------------------------------------------------
def n_committee_notice(ctx, k):
    chair = ctx.person(roles=['pharmacist', 'cardiologist'])
    items = ctx.sample(['DOAC reversal protocol (andexanet vs PCC) - vote', 'Heparin nomogram revision',
                        'Formulary request: finerenone for HFrEF/CKD', 'Inhaler step-down policy',
                        'Biosimilar transition update', 'Medication reconciliation audit results (aggregate)'], 4)
    body = 'Pharmacy & Therapeutics Committee\nAgenda - %s, 12:00, Boardroom 2\n\n%s\n\nMinutes of the last meeting ' \
           'attached in SharePoint. Quorum: 6 voting members.\n\n%s' % (
               fmt_date(ctx, ctx.date(), style='long'),
               '\n'.join('%d. %s' % (i + 1, it) for i, it in enumerate(items)), signature(ctx, chair))
    return spec(ctx, 'committee_notice', 'en', [], 'P&T committee agenda', chair,
                ('P&T committee', 'pt-committee@' + ORG['dom']), 'P&T agenda', body)


# 22 -----------------------------------------------------------------------
def n_research_protocol(ctx, k):
    crc = ctx.person('crc')
    pi = ctx.person(roles=['cardiologist', 'respirologist'])
    study = ctx.choice(['HF-PROTECT', 'SLEEP-AF', 'O2-HOME', 'REHAB-VIRTUAL'])
    body = '\n'.join([greet(ctx, pi), '',
                      'Summary of protocol amendment 3 for %s (REB approved %s):' % (study, fmt_date(ctx, ctx.date())),
                      '- Inclusion: age >= 50, LVEF >= 50%, NT-proBNP >= 300 ng/L, NYHA II-III',
                      '- Exclusion: eGFR < 25, prior heart transplant, pregnancy',
                      '- Visit 3 window widened to +/- 10 days',
                      '- New sub-study: home spirometry (optional consent)', '',
                      'Enrolment: %d of %d target, %d screen failures (mostly eGFR).' % (
                          ctx.randint(10, 40), ctx.choice([60, 80, 120]), ctx.randint(5, 20)),
                      'Updated consent forms (EN/FR) are in the regulatory binder.', '',
                      signature(ctx, crc, dept='research')])
    atts = []
    if k % 2:
        atts = [A.att('%s_protocol_v3_summary.pdf' % study, A.CT_PDF,
                      data=A.make_pdf('%s - Protocol amendment 3 summary' % study, body.split('\n')[2:9]))]
    return spec(ctx, 'research_protocol', 'en', [], 'research protocol amendment without participant identities',
                crc, pi, '%s - amendment 3' % study, body, attachments=atts)


# 23 -----------------------------------------------------------------------
def n_physician_coverage(ctx, k):
    sec = ctx.person('clerk')
    docs = team(ctx, 4, ['cardiologist', 'respirologist'])
    specs = ['heart failure and cardiac amyloidosis', 'pulmonary hypertension', 'sleep apnea and NIV',
             'atrial fibrillation and anticoagulation', 'interstitial lung disease', 'adult congenital heart disease']
    ctx.rng.shuffle(specs)
    lines = ['- %s (%s): %s' % (staff_name(d), d['role'], s) for d, s in zip(docs, specs)]
    body = '%s\n\nCoverage for the week of %s:\n\n%s\n\nUrgent referrals for decompensated HF go to the HF nurse line ' \
           '(%s). Please do not send referrals to personal email.\n\n%s' % (
               ctx.choice(['Hello all,', 'Good morning,']), fmt_date(ctx, ctx.date(), style='long'), '\n'.join(lines),
               docs[0]['phone'], signature(ctx, sec, dept='cardio'))
    return spec(ctx, 'physician_coverage', 'en', [], 'on-call coverage: physicians with the diseases they treat', sec,
                ('ED and wards', 'ed-wards@' + ORG['dom']), 'Cardiorespiratory coverage', body)


TEMPLATES = [n_staff_schedule, n_vacation_fr, n_occ_health, n_payroll, n_newsletter, n_grand_rounds,
             n_conference_fr, n_sleep_stats, n_waitlist_stats, n_blank_o2_form_fr, n_blank_referral_docx,
             n_teaching_case, n_teaching_case_fr, n_invoice_o2, n_po_cpap_fr, n_device_recall, n_drug_shortage,
             n_it_notice, n_facilities_fr, n_job_posting, n_committee_notice, n_research_protocol,
             n_physician_coverage]
