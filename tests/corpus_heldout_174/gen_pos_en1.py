"""Positive (confidential) messages in English — part 1."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import html_table, text_table
from gen_text import ext, hello, ident, il, lui, son, thanks


def _pmail(c, p):
    return '%s%s%d@%s' % (C.fold(p.given)[:1], C.fold(p.surname), c.num(1, 98),
                          c.pick(['mailbox.example', 'homenet.example', 'courriel.example']))


def sleep_referral(c):
    m = c.msg('referral', 'family physician referral to the sleep clinic')
    p = c.holder((30, 80))
    doc = c.pick([('Dr. Heather Lindgren', 'hlindgren'), ('Dr. Omar Haddad', 'ohaddad'), ('Dr. Ian Ferguson', 'iferguson')])
    m.frm = (doc[0].replace('Dr. ', ''), '%s@riverbend-fht.example' % doc[1])
    m.to = [('Sleep Clinic Intake', 'sleep.intake@' + C.DOM)]
    m.t('diagnosis', 'medication', 'lab_result')
    idb = ident(c, m, p, layout=c.pick(['lines', 'inline']))
    bmi = c.fl(29, 46, 1)
    m.subject = c.pick(['Referral - suspected OSA', 'New referral: sleep study request', 'Sleep clinic referral (urgent - commercial driver)'])
    drv = ''
    if 'driver' in m.subject:
        drv = '\nWorks as a long-haul truck driver; reports two near-misses on the highway in the past month.'
    m.text = '''Hello,

Please see the following patient for assessment of suspected obstructive sleep apnea:

%s

Loud snoring with witnessed apneas (per spouse), non-restorative sleep, morning headaches. STOP-BANG %d/8, Epworth %d/24, BMI %.1f, neck 44 cm.%s
Comorbidities: hypertension poorly controlled on %s; type 2 diabetes (A1c %.1f%% last month); atrial fibrillation on apixaban.
Overnight oximetry done at our clinic: ODI %d/h, nadir SpO2 %d%%.

Thank you for seeing %s.

%s
%s
Riverbend Family Health Team | T 819 555-01%02d | F 819 555-01%02d
''' % (idb, c.num(5, 8), c.num(11, 20), bmi, drv, c.pick(['amlodipine 10 mg + ramipril 10 mg', 'perindopril/amlodipine 8/10 mg']),
       c.fl(6.8, 9.4, 1), c.num(18, 45), c.num(74, 84), lui(c, p), thanks(c), doc[0], c.num(10, 49), c.num(50, 99))
    return m


def pft_report_en(c):
    m = c.msg('pft_report', 'PFT report attached as PDF for the referring physician')
    p = c.other()
    sk = c.pick(['kowalski', 'bergeron'])
    m.frm = c.who(sk)
    m.to = [c.pick([('Dr. Laura Beckett', 'lbeckett@riverbend-fht.example'), ('Dr. Carlos Mendoza', 'cmendoza@westend-clinic.example')])]
    sev = c.pick(['mod', 'sev', 'rest', 'mild'])
    sp = K.spiro(c, sev)
    interp = {'mod': 'Moderate obstruction without significant bronchodilator response; consistent with COPD.',
              'sev': 'Severe obstruction with hyperinflation and air trapping; reduced DLCO suggests emphysema.',
              'rest': 'Moderate restriction with reduced DLCO; recommend HRCT to evaluate for ILD.',
              'mild': 'Mild obstruction with significant bronchodilator response (+%d%%, +%d mL): consistent with asthma.'
                      % (sp['bd'] + 10, c.num(210, 420))}[sev]
    m.t('lab_result', 'diagnosis', 'medication')
    nm = m.name(p, c.pick(['SUR_g', 'upper', 'Sur_g']))
    dob = m.dob(p, c.pick(['abbr', 'iso', 'long']))
    mrn = m.mrn(p, c.pick(['plain', 'pref', 'space']))
    lines = ['**Patient: %s     MRN: %s' % (nm, mrn),
             'DOB: %s   Sex: %s   Height: %d cm   Weight: %d kg   Ethnicity correction: none (GLI global)' % (
                 dob, p.sex, c.num(150, 192), c.num(45, 125)),
             'Test date: %s   Technologist: T. Kowalski, RRT' % c.day(-c.num(1, 8)).isoformat(),
             '', '**Spirometry (pre / post salbutamol 400 mcg)', sp['line'], 'Bronchodilator response: +%d%%' % sp['bd'],
             '', '**Lung volumes (body box)', 'TLC %d%%   RV %d%%   RV/TLC %d%%' % (c.num(78, 130), c.num(90, 185), c.num(33, 60)),
             '', '**Interpretation', interp, '', 'Reported by: F. Bergeron, MD FRCPC']
    fname = c.pick(['PFT_%s_%s.pdf' % (p.surname, c.date.strftime('%Y%m%d')), 'PFT report %s.pdf' % mrn.replace(' ', ''), 'PFT_report.pdf'])
    m.attach('pdf', fname, A.pdf('Pulmonary Function Laboratory Report', lines, header=C.ORG_EN,
                                 footer='Confidential patient information - ' + C.ORG_SHORT))
    m.subject = c.pick(['PFT results', 'Pulmonary function report - %s' % p.name('init_sur'), 'Your referral: full PFTs'])
    m.text = '''%s

Attached is the full pulmonary function report for the patient you referred. Interpretation is at the bottom of the report.

%s
%s
''' % (hello(c, m.to[0][0]), thanks(c), c.sig(sk))
    return m


def cpap_rx_docx(c):
    m = c.msg('cpap_titration', 'CPAP prescription (DOCX) sent to the equipment vendor')
    p = c.holder((28, 85))
    sk = c.pick(['okafor', 'desjardins'])
    m.frm = c.who('dube')
    m.to = [('SomnoPlus Clinical Services', 'clinical@somnoplus.example')]
    m.cc = [c.who(sk)]
    r = K.psg(c)
    lo, hi = c.num(5, 8), c.num(12, 16)
    m.t('diagnosis', 'lab_result')
    nm = m.name(p, 'SUR_g')
    dob = m.dob(p, 'iso')
    nam = m.nam(p, c.pick(C.NAM_STYLES))
    blocks = [('table', [['Patient', nm], ['Date of birth', dob], ['Sex', p.sex], ['RAMQ', nam],
                         ['Diagnosis', K.cond(c, 'osa') + ' (AHI %d/h, nadir SpO2 %d%%)' % (r['ahi'], r['nadir'])]]),
              ('h', 'Prescription'),
              ('p', 'APAP %d-%d cm H2O, EPR 2, heated humidification with heated tubing (ClimateLine).' % (lo, hi)),
              ('p', 'Interface: %s. Replacement supplies as per insurer schedule.' % c.pick(
                  ['nasal pillows (AirFit P10, size S)', 'nasal cushion (N30i, medium)', 'full face (F20, medium)'])),
              ('h', 'Follow-up'), ('p', 'Download at 30 and 90 days; notify clinic if usage < 4 h/night or residual AHI > 10.'),
              ('p', 'Signed: %s %s %s' % (C.STAFF[sk]['title'], C.STAFF[sk]['first'], C.STAFF[sk]['last']))]
    m.attach('docx', c.pick(['CPAP_Rx_%s.docx' % p.surname, 'CPAP prescription.docx']), A.docx('CPAP Prescription', blocks))
    m.subject = c.pick(['CPAP Rx - new setup', 'APAP prescription attached', 'New CPAP order'])
    m.text = '''Hi team,

Please find attached a new APAP prescription. The patient has been told to expect your call this week to book the setup.

%s
%s
''' % (thanks(c), c.sig('dube'))
    return m


def psg_confirmation(c):
    m = c.msg('psg_booking', 'polysomnography booking confirmation to the patient (HTML and ICS)')
    p = c.other()
    m.frm = ('Sleep Clinic - Deux-Rives', 'sleep.booking@' + C.DOM)
    pm = _pmail(c, p)
    m.to = [(p.name('full'), pm)]
    m.t('patient_contact', 'diagnosis')
    nm = m.name(p, c.pick(['title_sur', 'title_full', 'full']))
    when = c.day(c.num(7, 35))
    m.phone(p)
    kind = c.pick([('Split-night polysomnography', 'suspected obstructive sleep apnea'),
                   ('CPAP titration study', 'titration for severe obstructive sleep apnea'),
                   ('Diagnostic polysomnography with capnography', 'suspected obesity hypoventilation')])
    m.subject = 'Appointment confirmation - %s on %s' % (kind[0], C.en_date(when, abbr=True))
    body = '''Dear %s,

This confirms your %s on %s. Please arrive at 8:30 p.m. at the Sleep Clinic, 3rd floor, room 3.14.

Reason for the study: %s.

Please bring your evening medications and comfortable sleepwear, avoid caffeine after noon, and do not nap on the day of the study. You may leave at about 6:30 a.m.

We will call you at %s the day before to confirm. To reschedule, call 819 555-0142 ext. 2300 at least 48 hours in advance.

Sleep Clinic
%s''' % (nm, kind[0].lower(), C.en_date(when, True), kind[1], p.phone, C.ORG_EN)
    m.text = body + '\n'
    m.html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>'
              '<body style="font-family:Arial,sans-serif;font-size:10.5pt"><table width="600" cellpadding="12">'
              '<tr><td style="background:#1d4e6b;color:#fff;font-size:14pt">%s</td></tr><tr><td>%s</td></tr>'
              '</table></body></html>\n') % (C.ORG_EN, '<br>\n'.join(l for l in body.split('\n')))
    m.force = {'structure': c.pick(['html', 'alt'])}
    t0 = dt.datetime(when.year, when.month, when.day, 20, 30)
    m.attach('ics', 'sleep_study.ics', A.ics('psgen-%s@csrdr.example' % c.ident, t0, t0 + dt.timedelta(hours=10),
                                             kind[0] + ' - ' + p.name('full'), 'Sleep Clinic, room 3.14',
                                             'Reason: ' + kind[1], ('Sleep Clinic', 'sleep.booking@' + C.DOM),
                                             [(p.name('full'), pm)]))
    return m


def home_o2_qual(c):
    m = c.msg('oxygen_request', 'home oxygen qualification and vendor order')
    p = c.holder((50, 100))
    sk = c.pick(['henderson', 'henderson', 'patel'])
    m.frm = c.who(sk)
    m.to = [('Oxy-Domicile Nord - Orders', 'orders@oxydomicile.example')]
    gas, po2, sat = K.abg(c, hyper=c.chance(0.3))
    m.t('diagnosis', 'lab_result', 'medication')
    idb = ident(c, m, p, layout=c.pick(['lines', 'pipe']))
    m.subject = c.pick(['Home O2 order - qualifies', 'New home oxygen client', 'O2 setup request - %s' % p.name('SUR g')])
    if p.name('SUR g') in m.subject:
        m.name(p, 'SUR g')
    m.text = '''Hello,

New home oxygen order. The patient meets provincial criteria (resting hypoxemia on two occasions, stable, non-smoker for > 6 months).

%s
Address: %s
Home phone: %s (daughter's cell %s)

Diagnosis: %s
%s, drawn %s
Rx: O2 %s L/min via nasal cannula continuous (at least 16 h/day); %s L/min with exertion. Stationary concentrator + portable (POC) for rehab.

Please call before the visit - the patient is hard of hearing.

%s
''' % (idb, m.addr(p), m.phone(p), C.rand_phone(c.rng), K.cond(c, c.pick(['copd', 'ipf'])), gas, c.day(-c.num(2, 12)).isoformat(),
       c.pick(['1', '2', '2', '3']), c.pick(['3', '4']), c.sig(sk))
    return m


def ward_census(c):
    m = c.msg('census', 'respiratory ward census for the on-call team')
    sk = c.pick(['greer', 'patel', 'whitfield'])
    m.frm = c.who(sk)
    m.to = [('Respirology On-Call', 'resp.oncall@' + C.DOM)]
    if c.chance(0.5):
        m.cc = [c.who('fraser')]
    rows = [['Bed', 'Patient', 'MRN', 'Issue', 'Overnight']]
    probs = [('AECOPD on BiPAP nights', 'ABG at 2200, wean FiO2 to SpO2 88-92', ['diagnosis', 'lab_result']),
             ('CAP RLL, on ceftriaxone/azithro', 'f/u blood cultures, Na 129 repeat AM', ['diagnosis', 'medication', 'lab_result']),
             ('ILD flare, palliative approach', 'DNR/DNI, hydromorphone PRN for dyspnea', ['diagnosis', 'medication']),
             ('L pleural effusion, chest tube', 'tube to suction, CXR in AM', ['diagnosis']),
             ('asthma exacerbation', 'salbutamol q4h, pred 50 day 3', ['diagnosis', 'medication']),
             ('PE, started on apixaban', 'watch Hb (was 102)', ['diagnosis', 'medication', 'lab_result']),
             ('hemoptysis, RUL mass', 'bronch Thursday, NPO after midnight, INR 1.1', ['diagnosis', 'lab_result'])]
    c.rng.shuffle(probs)
    for i in range(c.num(4, 6)):
        p = c.other()
        pr = probs[i]
        m.t(*pr[2])
        rows.append(['6W-%02d' % c.num(1, 28), m.name(p, c.pick(['SUR_g', 'Sur_g', 'sur_init', 'title_sur', 'init_sur'])),
                     m.mrn(p, c.pick(['plain', 'dash', 'space'])), pr[0], pr[1]])
    if c.chance(0.5):
        m.attach('xlsx', 'census_6W_%s.xlsx' % c.date.strftime('%m%d'), A.xlsx([('6 West', rows)]))
        m.text = '''Census for tonight attached. Nothing unstable.

%s
''' % c.sig(sk, short=True)
    else:
        m.table_html = html_table(rows)
        m.text = '''Handover for tonight:

[[TABLE]]

%s

Page me if needed before 2100.
%s
''' % (text_table(rows), c.sig(sk, short=True))
    m.subject = c.pick(['6W census %s' % c.date.strftime('%b %d'), 'Sign-out list', 'Handover - respirology'])
    return m


def nodule_tracker(c):
    m = c.msg('nodule_followup', 'lung nodule surveillance tracker (XLSX)')
    m.frm = c.who(c.pick(['patel', 'lemieux']))
    m.to = [c.who('fraser'), ('Nodule Clinic Navigator', 'nodule.navigator@' + C.DOM)]
    rows = [['Last name', 'First name', 'DOB', 'MRN', 'Nodule', 'Lung-RADS', 'Last CT', 'Next CT due', 'Notes']]
    for i in range(c.num(6, 10)):
        p = c.other()
        n = K.nodule(c)
        last = c.day(-c.num(20, 200))
        nxt = last + dt.timedelta(days={'3': 182, '4A': 91, '4B': 42}[n['rads']])
        rows.append([p.surname, p.given, p.dob.isoformat(), p.mrn, '%d mm %s %s' % (n['size'], n['kind'], n['lobe']), n['rads'],
                     last.isoformat(), nxt.isoformat(), c.pick(['', '', 'PET ordered', 'smoker - cessation referral',
                                                                 'prefers French', 'overdue - 2 calls']) ])
        m.name(p, 'Sur_g')
        m.dob(p, 'iso')
        m.ids.append(('mrn', p.mrn))
    m.t('mrn', 'diagnosis', 'lab_result')
    m.attach('xlsx', c.pick(['Nodule_tracker_%s.xlsx' % c.date.strftime('%Y-%m'), 'nodule surveillance list.xlsx']),
             A.xlsx([('Surveillance', rows)]))
    m.subject = c.pick(['Nodule tracker - CTs due', 'Overdue surveillance CTs', 'Updated nodule list'])
    m.text = '''Hi Megan,

Updated tracker attached. Could you book the CTs due in the next 6 weeks and flag anyone overdue? The 4B ones are the priority.

%s
''' % thanks(c)
    return m


def rehab_progress(c):
    m = c.msg('rehab_report', 'pulmonary rehabilitation discharge report to the family physician')
    p = c.other(age=(50, 88))
    sk = c.pick(['obrien', 'cote'])
    m.frm = c.who(sk)
    m.to = [('Dr. Natasha Ivanova', 'nivanova@riverbend-fht.example')]
    m.t('diagnosis', 'lab_result', 'medication')
    nm = m.name(p, c.pick(['full', 'title_full', 'SUR_g']))
    extra = m.dob(p, 'iso') if c.chance(0.5) else m.mrn(p, 'plain')
    d0, d1 = c.num(160, 320), 0
    d1 = d0 + c.num(30, 110)
    m.subject = c.pick(['Pulmonary rehab - discharge summary', 'Rehab program completed', 'PR outcome report'])
    m.text = '''Dear Dr. Ivanova,

%s (%s) completed our 8-week pulmonary rehabilitation program for %s.

6MWT: %d m -> %d m (+%d m); nadir SpO2 %d%% on %s.
CAT score: %d -> %d. mMRC: 3 -> 2.
Attendance %d/16 sessions. Inhaler technique reviewed (%s).

Recommendations: continue home exercise program 3x/week; consider Spiriva add-on if dyspnea persists; re-check oximetry at next visit.

%s
%s
''' % (nm, extra, K.cond(c, c.pick(['copd', 'ipf', 'bronchiectasis'])), d0, d1, d1 - d0, c.num(82, 90),
       c.pick(['room air', '2 L O2', '3 L O2']), c.num(18, 30), c.num(9, 20), c.num(11, 16),
       K.meds(c, 'copd', 1)[0], thanks(c), c.sig(sk))
    return m


def sw_housing(c):
    m = c.msg('social_work', 'social worker note on housing, income and home oxygen safety')
    p = c.other(age=(40, 80))
    m.frm = c.who('dunn')
    m.to = [c.who('henderson'), c.who('whitfield')]
    m.t('social_information', 'diagnosis', 'medication')
    nm = m.name(p, c.pick(['full', 'SUR_g', 'title_sur', 'lower']))
    sit = c.pick([
        "%s is now staying at the Harbour Street men's shelter after being evicted on the 1st. The shelter will not "
        "allow a concentrator in the dormitory. %s is applying for income assistance and has no fixed address." % (il(c, p, True), il(c, p, True)),
        "%s disclosed that %s partner has been physically abusive and has twice turned off the oxygen concentrator "
        "during arguments. %s agreed to a referral to the women's shelter outreach worker." % (il(c, p, True), son(c, p), il(c, p, True)),
        "Lost %s job in June; EI has ended and %s cannot afford the co-pay for %s inhalers (Trelegy, salbutamol). Rent "
        "arrears of three months; landlord has filed with the tribunal." % (son(c, p), il(c, p), son(c, p))])
    m.subject = c.pick(['Social situation - home O2 client', 'Update: housing/safety concern', 'SW note - please read before next visit'])
    m.text = '''Hi Linda, Dr. Whitfield,

Quick update on %s (home O2 program, %s):

%s

I have contacted the CLSC for an urgent home-care assessment and will look into emergency funding for medications. Please do not leave messages on the home line for now; %s prefers the cell: %s.

%s
''' % (nm, K.cond(c, 'copd'), sit, il(c, p), m.phone(p), c.sig('dunn'))
    return m


def pharmacy_rx_en(c):
    m = c.msg('pharmacy_rx', 'prescription faxed by e-mail to a community pharmacy')
    p = c.holder((18, 95))
    sk = c.pick(['whitfield', 'patel', 'greer'])
    m.frm = c.who(sk)
    m.to = [ext('pharm_en')]
    kind = c.pick(['copd', 'asthma', 'bronchiectasis'])
    md = K.meds(c, kind, 3)
    m.t('medication', 'diagnosis')
    idb = ident(c, m, p, layout=c.pick(['lines', 'inline', 'pipe']))
    m.subject = c.pick(['Rx - please fill', 'Prescription change', 'New Rx from respirology'])
    m.text = '''Hello,

Prescription for:
%s

Diagnosis: %s

Rx:
1) %s - M: 1 month, refills x11
2) %s - refills x5
3) %s
Stop previous maintenance inhaler.

Please counsel on inhaler technique and call our office at 819 555-0142 ext. %s if coverage is an issue.

%s
''' % (idb, K.cond(c, kind), md[0], md[1], md[2], C.STAFF[sk]['ext'], c.sig(sk))
    return m


def transport_en(c):
    m = c.msg('transport', 'non-urgent patient transport booking with home address')
    p = c.other(age=(55, 92))
    sk = c.pick(['fraser', 'obrien'])
    m.frm = c.who(sk)
    m.to = [('Patient Transfer Services', 'booking@medtransit.example')]
    m.t('patient_contact', 'medication', 'diagnosis')
    nm = m.name(p, c.pick(['SUR_g', 'full', 'title_full']))
    when = c.day(c.num(2, 9))
    dob = m.dob(p, 'abbr')
    m.subject = c.pick(['Transport request - %s' % C.en_date(when, abbr=True), 'Stretcher transport booking', 'Wheelchair van booking'])
    m.text = '''Hello,

Please book a wheelchair van for:

Name: %s
DOB: %s
Pick-up: %s
Phone: %s
Appointment: %s at %s, %s (PFT lab, 2nd floor); return trip approx. 2 hours later.

Notes: COPD on continuous oxygen 3 L/min - patient will bring portable tank (approx. 4 h supply). Needs assistance with stairs.

%s
%s
''' % (nm, dob, m.addr(p), m.phone(p), C.en_date(when, True), c.time(c.num(8, 14), c.pick([0, 30])), C.ORG_EN, thanks(c), c.sig(sk))
    return m


def disability_sin(c):
    m = c.msg('insurer_form', 'attending physician statement to a disability insurer with SIN')
    p = c.other(age=(28, 63))
    sk = c.pick(['okafor', 'whitfield', 'patel'])
    m.frm = c.who(sk)
    m.to = [ext('laurentide')]
    sin = C.gen_sin(c.rng)
    kind = c.pick(['osa', 'asthma', 'copd', 'sarcoid'])
    m.t('diagnosis', 'medication')
    nm = m.name(p, c.pick(['Sur_g', 'SUR_g', 'full']))
    dob = m.dob(p, c.pick(['iso', 'abbr', 'long']))
    ss = m.sin(sin, c.pick(['space', 'dash', 'plain', 'dots', 'slash']))  # PDF fonts have no full-width glyphs
    claim = 'LL-%07d' % c.num(0, 9999999)
    lines = ['**Attending Physician Statement - Short/Long Term Disability', 'Claim number: %s' % claim,
             'Claimant: %s' % nm, 'Date of birth: %s' % dob, 'Social Insurance Number: %s' % ss,
             'Primary diagnosis: %s' % K.cond(c, kind), 'Current treatment: %s' % '; '.join(K.meds(c, kind, 2)),
             'Restrictions: no work at heights or operating heavy machinery; avoid dust, fumes and cold air exposure.',
             'Prognosis: reassess in 8 weeks.',
             'Physician: %s %s %s, %s' % (C.STAFF[sk]['title'], C.STAFF[sk]['first'], C.STAFF[sk]['last'], C.STAFF[sk]['cred'])]
    fn = c.pick(['APS_%s.pdf' % claim, 'Attending physician statement.pdf', 'APS_%s_%s.pdf' % (p.surname, p.given)])
    m.attach('pdf', fn, A.pdf('Laurentide Life', lines, header='Attending Physician Statement'))
    m.subject = c.pick(['APS - claim %s' % claim, 'Completed attending physician statement'])
    m.text = '''Hello,

Please find attached the completed attending physician statement for your claimant (claim %s). Our clinic's form fee invoice will follow separately.

%s
''' % (claim, c.sig(sk))
    return m


def driver_report_en(c):
    m = c.msg('driving_report', 'driver medical review report for a patient with sleep apnea')
    p = c.holder((19, 78))
    m.frm = c.who('okafor')
    m.to = [('Driver Medical Review Office', 'medicalreview@permis-qc.example')]
    r = K.psg(c)
    hrs = c.fl(4.2, 7.6, 1)
    m.t('diagnosis', 'lab_result')
    idb = ident(c, m, p, layout='lines')
    m.subject = 'Medical report - driver with obstructive sleep apnea'
    m.text = '''To the Medical Review Officer,

Re: your request for a medical report

%s
Licence class: %s

Diagnosis: %s (AHI %d/h on diagnostic PSG). Treated with CPAP since %s.
Compliance, last 30 days: mean use %.1f h/night, %d%% of nights >= 4 h, residual AHI %d/h. Epworth now %d/24 (was %d).

In my opinion the condition is adequately treated and does not currently impair fitness to drive.

%s
''' % (idb, c.pick(['1 (tractor-trailer)', '2 (bus)', '5']), K.cond(c, 'osa'), r['ahi'], c.day(-c.num(60, 400)).isoformat(),
       hrs, c.num(75, 97), c.num(1, 5), c.num(3, 9), r['ess'], c.sig('okafor'))
    return m


def sputum_culture(c):
    m = c.msg('lab_followup', 'sputum culture result follow-up')
    p = c.other()
    sk = c.pick(['whitfield', 'patel', 'greer'])
    m.frm = c.who(sk)
    m.to = [c.who('nguyen')]
    m.t('lab_result', 'medication', 'diagnosis')
    nm = m.name(p, c.pick(['full', 'Sur_g', 'init_sur', 'title_sur']))
    mrn = m.mrn(p, c.pick(['plain', 'dash', 'pref']))
    org = c.pick([('Pseudomonas aeruginosa, heavy growth', 'sensitive to cipro', 'start ciprofloxacin 750 mg BID x 14 days'),
                  ('Haemophilus influenzae, beta-lactamase positive', '', 'start amoxicillin-clavulanate 875 mg BID x 7 days'),
                  ('Mycobacterium avium complex, smear negative, culture positive (2nd sample)', '',
                   'let them know we are holding off on azithromycin/ethambutol/rifampin until the repeat cultures and CT')])
    m.subject = c.pick(['Sputum result - action needed', 'Culture back', 'FW: micro result %s' % mrn])
    m.text = '''Grace,

Sputum from %s (MRN %s) came back: %s%s.
Known %s. Can you call to %s, and book a visit in 3-4 weeks?

%s
''' % (nm, mrn, org[0], (', ' + org[1]) if org[1] else '', K.cond(c, 'bronchiectasis'), org[2], c.sig(sk, short=True))
    return m


def no_show_en(c):
    m = c.msg('no_show', 'missed appointment follow-up with patient phone number')
    p = c.other()
    m.frm = c.who('fraser')
    to = c.pick(['nguyen', 'henderson', 'patel'])
    m.to = [c.who(to)]
    m.t('patient_contact', 'diagnosis')
    nm = m.name(p, c.pick(['full', 'SUR_g', 'lower', 'title_sur']))
    m.subject = c.pick(['No-show this morning', 'DNA - %s' % p.name('title_sur'), 'Missed appt (2nd time)'])
    if p.name('title_sur') in m.subject:
        m.name(p, 'title_sur')
    m.text = '''Hi %s,

%s did not show for the %s appointment today (%s). I called %s twice - no answer, voicemail full.
Chart says %s, last admitted in August. Do you want me to send a letter or ask CLSC to check in?

Megan
Unit clerk, ext. 2120
''' % (C.STAFF[to]['first'], nm, c.time(c.num(8, 15), c.pick([0, 30])), c.pick(['COPD clinic', 'oxygen reassessment', 'nodule clinic']),
       m.phone(p), K.cond(c, 'copd'))
    return m


def income_support_en(c):
    m = c.msg('income_support', 'medical report for an income support application with SIN')
    p = c.other(age=(35, 64))
    m.frm = c.who('dunn')
    m.to = [('Income Support Program - Medical Review', 'medical.review@income-support.example')]
    sin = C.gen_sin(c.rng)
    m.t('social_information', 'diagnosis', 'medication')
    nm = m.name(p, c.pick(['SUR_g', 'full', 'Sur_g']))
    dob = m.dob(p, c.pick(['iso', 'abbr', 'long']))
    ss = m.sin(sin, c.pick(['space', 'dash', 'plain', 'full', 'slash']))
    kind = c.pick(['ipf', 'copd', 'sarcoid'])
    m.subject = c.pick(['Disability supplement - medical report', 'Income support application - supporting letter'])
    m.text = '''Hello,

Supporting information for the disability supplement application of:

Applicant: %s
Date of birth: %s
SIN: %s

Diagnosis: %s. Current treatment: %s.
Functional impact: cannot sustain work requiring walking or lifting; requires supplemental oxygen with exertion.

Social situation: %s

Please contact me at ext. 2292 if further documentation is needed.

%s
''' % (nm, dob, ss, K.cond(c, kind), '; '.join(K.meds(c, kind, 2)),
       c.pick(["separated since the spring, sole caregiver of two teenagers; currently behind on rent and relying on a food bank.",
               "living in a rooming house after losing housing in August; no family support; EI benefits exhausted.",
               "left an abusive relationship in June and is staying with a friend; no income since then."]), c.sig('dunn'))
    return m


def mrn_only_en(c):
    m = c.msg('critical_result', 'critical value called with the chart number only')
    p = c.other()
    m.frm = ('Core Lab - Critical Values', 'critical@lrbm.example')
    m.to = [c.who(c.pick(['greer', 'patel', 'whitfield']))]
    mrn = m.mrn(p, c.pick(['space', 'dots', 'slash', 'full', 'pref']))
    res = c.pick([("Blood cultures 2/2 positive: Gram-positive cocci in chains (likely S. pneumoniae)", ['lab_result', 'diagnosis']),
                  ("ABG 06:10: pH 7.21 / PaCO2 84 / PaO2 58 on 2 L", ['lab_result']),
                  ("Theophylline level 148 umol/L (toxic range) on Uniphyl 400 mg", ['lab_result', 'medication']),
                  ("Potassium 2.6 mmol/L on continuous salbutamol and prednisone", ['lab_result', 'medication'])])
    m.t(*res[1])
    m.subject = c.pick(['CRITICAL VALUE - MRN %s' % mrn, 'Critical result - please acknowledge', 'Critical value 6 West'])
    m.text = '''Critical value - notify responsible physician

MRN: %s (6 West, bed %d)
%s
Collected %s, verified by technologist.

Phone notification to the unit attempted at %s with no answer; please acknowledge receipt.

Regional Medical Laboratory
Critical values line: 819 555-0177
''' % (mrn, c.num(601, 628), res[0], c.time(c.num(0, 7), c.num(0, 59)), c.time(c.num(7, 9), c.num(0, 59)))
    return m


PLAN = [(sleep_referral, 2), (pft_report_en, 2), (cpap_rx_docx, 2), (psg_confirmation, 2), (home_o2_qual, 2),
        (ward_census, 2), (nodule_tracker, 2), (rehab_progress, 2), (sw_housing, 2), (pharmacy_rx_en, 1),
        (transport_en, 2), (disability_sin, 2), (driver_report_en, 1), (sputum_culture, 2), (no_show_en, 1),
        (income_support_en, 1), (mrn_only_en, 2)]
