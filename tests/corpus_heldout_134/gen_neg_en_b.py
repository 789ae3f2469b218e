"""English hard negatives, part B: IT, facilities, statistics, teaching cases, blank forms, mail-merge,
job candidates, occupational health, dose-banding tables, vendor policy, education handouts, sponsor feasibility."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_neg_fr_a import sin_like_serial


def ne_it(ctx, v):
    r = ctx.rng
    it = ctx.staff('Brennan')
    subj = ['Planned downtime: ChimioNet e-prescribing', 'Phishing alert - fake "voicemail" messages',
            'New label printer in the cleanroom', 'MFA enrolment deadline'][v]
    bodies = [
        'ChimioNet will be unavailable on %s from 18:00 to 23:00 for the 5.3 upgrade. Use paper pre-printed orders '
        '(downtime procedure ONC-PH-07) and back-enter them the next morning.' % C.day_en(ctx.fut(4)),
        'Several staff received an email claiming a new voicemail with an attachment "VM_0412.htm". Do not open it. '
        'Report it with the Phish Alert button and delete.',
        'Label printer Zebra ZD421, asset %s, serial %s, is now live at workstation 2. Print queue: ONC-LBL-02.'
        % (C.luhn_lot(r, 'A', 7), C.fmt_sin(sin_like_serial(r), 'plain')),
        'Multi-factor authentication becomes mandatory for remote access on %s. Enrol via the self-service portal.'
        % C.fmt_date(ctx.fut(10), 'long', 'en'),
    ]
    text = 'Hello,\n\n%s\n\n%s' % (bodies[v], ctx.sig(it, True))
    return ctx.msg('it_notice', 'IT notice', subj, it, [('Oncology - All Staff', 'oncology-all@cisdr.example')], text,
                   force_body='html' if v == 1 else None)


def ne_facilities(ctx, v):
    r = ctx.rng
    fac = ctx.staff('Lindqvist')
    subj = ['Cleanroom HVAC maintenance Saturday', 'Elevator B out of service', 'Day unit chair replacement',
            'Water shutdown - 2nd floor'][v]
    bodies = [
        'AHU-07 serving the sterile compounding suite will be shut down Saturday 05:00-07:00. Room pressures will be '
        'out of spec; no compounding until re-certification checks are complete (~08:30).',
        'Elevator B (east) is out of service for inspection until %s. Please use elevator C for stretcher and '
        'wheelchair transfers to the day unit.' % C.fmt_date(ctx.fut(2), 'long', 'en'),
        'Six treatment recliners in bay A will be replaced on %s (PO 4410-22). Asset tags BME-%s to BME-%s retired.'
        % (C.fmt_date(ctx.fut(9), 'long', 'en'), C.luhn_lot(r, '', 6), C.luhn_lot(r, '', 6)),
        'Domestic water to the 2nd floor will be off on %s from 22:00 to 02:00 for valve replacement.'
        % C.fmt_date(ctx.fut(5), 'long', 'en'),
    ]
    text = 'Hello,\n\n%s\n\n%s' % (bodies[v], ctx.sig(fac, True))
    return ctx.msg('facilities', 'facilities notice', subj, fac,
                   [ctx.staff('Walsh'), ctx.staff('Dubois-Hart')], text)


def ne_stats(ctx, v):
    r = ctx.rng
    mgr = ctx.staff('Dubois-Hart')
    rows = [('Regimen', 'Visits', 'Mean chair time (h)', 'Dose delays', 'Dose reductions')]
    for reg in r.sample(K.REGIMENS, 7):
        rows.append((reg[0], r.randrange(20, 260), round(r.uniform(0.5, 6.5), 1), r.randrange(0, 30), r.randrange(0, 25)))
    subj = ['Q%d day unit statistics' % (1 + (ctx.day.month - 1) // 3), 'Chair utilisation report',
            'Regimen mix - last quarter', 'Data for the program review'][v]
    text = ('Hi all,\n\nAggregate figures for last quarter (no patient-level data):\n\n%s\n\nChair utilisation '
            '%d%%, no-show rate %.1f%%.\n\n%s' % ('\n'.join(' | '.join(str(c) for c in x) for x in rows),
                                               r.randrange(75, 96), r.uniform(1, 5), ctx.sig(mgr)))
    atts = []
    if v == 1:
        atts = [A.at('xlsx', 'chair_utilisation.xlsx', A.make_xlsx([('Q', rows)], ctx.date, mgr.full))]
    return ctx.msg('statistics', 'aggregate day unit statistics', subj, mgr,
                   [('Cancer Program Leadership', 'cancer-leadership@cisdr.example')], text, atts=atts,
                   force_body='alt' if v == 3 else None)


def ne_teaching(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Kim', 'Prescott']))
    cases = [
        'A 67-year-old man with stage III colon cancer on FOLFOX reports cold-induced throat tightness after C1. '
        'What counselling and rate changes would you recommend?',
        'A 54-year-old woman on paclitaxel develops flushing and hypotension 5 minutes into C2. Outline management '
        'and rechallenge options.',
        'A 72-year-old with CLL on ibrutinib is prescribed clarithromycin for pneumonia. What do you recommend?',
        'A 60-year-old receiving cisplatin has a CrCl of 48 mL/min on day 1. Treat, reduce, or substitute?',
    ]
    subj = ['Teaching case of the week', 'Journal club case', 'Resident case - answers due Thursday',
            'De-identified case for rounds'][v]
    text = ('Residents,\n\nCase (composite, de-identified):\n\n%s\n\nBring references.\n\n%s'
            % (cases[v], ctx.sig(ph, True)))
    return ctx.msg('teaching_case', 'de-identified teaching case', subj, ph,
                   [('Pharmacy Residents', 'pharm-residents@cisdr.example')], text)


def ne_blank_form(ctx, v):
    r = ctx.rng
    ph = ctx.staff('Kim')
    title = ['BSA and Carboplatin Dose Worksheet', 'Chemotherapy Consent - Template', 'Oral Chemotherapy Teaching Checklist',
             'Extravasation Documentation Form'][v]
    lines = ['Patient name: ____________________  MRN: __________', 'DOB: ____/____/______   Health card #: ______________',
             'Height: ____ cm  Weight: ____ kg  BSA (Mosteller): ____ m2', 'SCr: ____ umol/L   CrCl (C-G): ____ mL/min',
             'Carboplatin dose = AUC ____ x (CrCl + 25) = ______ mg', 'Checked by (1): ________  (2): ________']
    pdf = A.make_pdf(title + ' (blank)', lines, ctx.date, ph.full)
    return ctx.msg('blank_form', 'blank worksheet or form (PDF)', 'Updated blank form: %s' % title, ph,
                   [('Oncology Day Unit', 'odu@cisdr.example')],
                   'Hello,\n\nThe updated blank version is attached and on the intranet. Please discard old copies.\n\n%s'
                   % ctx.sig(ph, True), atts=[A.at('pdf', '%s - blank.pdf' % title, pdf)])


def ne_mailmerge(ctx, v):
    clerk = ctx.staff('Castellano')
    tpl = ('Dear <<FirstName>> <<LastName>>,\n\nThis is a reminder of your appointment at the Oncology Day Unit on '
           '<<ApptDate>> at <<ApptTime>>. Please arrive 15 minutes early with your health card and medication list.\n'
           'If you need to cancel, call 819 555-0142.\n\nOncology Day Unit')
    subj = ['Reminder letter template - review', 'SMS reminder wording', 'Mail merge fields', 'Template v3 final'][v]
    text = ('Hi,\n\nHere is the template for the automated reminders. Merge fields are filled by the scheduling '
            'system.\n\n---\n%s\n---\n\n%s' % (tpl, ctx.sig(clerk, True)))
    if v == 2:
        csv = A.make_csv([('FirstName', 'LastName', 'ApptDate', 'ApptTime'), ('<<FirstName>>', '<<LastName>>',
                                                                            '<<ApptDate>>', '<<ApptTime>>')])
        return ctx.msg('template', 'mail-merge template with placeholder data source', subj, clerk,
                       [ctx.staff('Dubois-Hart')], text, atts=[A.at('csv', 'merge_fields.csv', text=csv, cte='7bit')])
    return ctx.msg('template', 'mail-merge reminder template', subj, clerk, [ctx.staff('Dubois-Hart')], text)


def ne_candidate(ctx, v):
    r = ctx.rng
    hr = ctx.staff('Murphy')
    cand = [('Natasha', 'Vermeulen'), ('Diego', 'Arancibia'), ('Kofi', 'Mensah')][v % 3]
    dob = datetime.date(r.randrange(1985, 1999), r.randrange(1, 13), r.randrange(1, 28))
    cv = A.make_docx('Curriculum Vitae - %s %s' % cand, [
        'Date of birth: %s' % dob.isoformat(), 'Phone: %s' % C.phone(r), 'Email: %s.%s@mailbox.example' % (cand[0].lower(), cand[1].lower()),
        '## Education', 'PharmD, 2019', '## Experience', 'Hospital pharmacist, hematology-oncology, 4 years',
        '## Certifications', 'BCOP (2023)'], ctx.date, '%s %s' % cand)
    text = ('Hi Patrick,\n\nInterview scheduled with %s %s for the oncology pharmacist position on %s at 10:00. '
            'CV attached. Panel: you, Rachel Kim and Dr. Qureshi.\n\n%s'
            % (cand[0], cand[1], C.fmt_date(ctx.fut(4), 'long', 'en'), ctx.sig(hr, True)))
    return ctx.msg('hr_recruitment', 'job candidate interview with CV', 'Interview - oncology pharmacist candidate', hr,
                   [ctx.staff('Walsh')], text, atts=[A.at('docx', 'CV_%s_%s.docx' % cand, cv)])


def ne_occ(ctx, v):
    oh = ('Occupational Health & Safety', 'ohs@cisdr.example')
    subj = ['Hazardous drug surveillance questionnaire', 'Reproductive risk - reassignment process',
            'Wipe sampling results (surfaces)'][v % 3]
    bodies = [
        'All staff who handle hazardous drugs must complete the annual medical surveillance questionnaire by %s. '
        'Responses go only to Occupational Health.' % C.fmt_date(ctx.fut(12), 'long', 'en'),
        'Reminder: staff who are pregnant, breastfeeding or planning conception may request reassignment away from '
        'hazardous drug handling. Contact OHS confidentially; managers are informed only of work restrictions.',
        'Surface wipe sampling (cyclophosphamide, 5-FU, platinum) in the compounding suite: 11 of 12 sites below the '
        'limit of detection; the pass-through hatch will be re-cleaned and re-sampled.',
    ]
    text = 'Hello,\n\n%s\n\nOccupational Health & Safety, ext. 4150' % bodies[v % 3]
    return ctx.msg('occupational_health', 'staff occupational health notice', subj, oh,
                   [('Oncology - All Staff', 'oncology-all@cisdr.example')], text)


def ne_banding(ctx, v):
    ph = ctx.staff('Kim')
    drug = [('gemcitabine 1000 mg/m2', 1000), ('fluorouracil 2400 mg/m2 (46 h)', 2400),
            ('paclitaxel 80 mg/m2', 80)][v % 3]
    rows = [('BSA band (m2)', 'Banded dose (mg)', 'Variance vs exact')]
    b = 1.40
    while b < 2.3:
        mid = b + 0.05
        rows.append(('%.2f-%.2f' % (b, b + 0.09), str(round(drug[1] * mid / 10) * 10), '<= 5%'))
        b += 0.10
    text = ('Hi all,\n\nProposed dose-banding table for %s (for P&T review):\n\n%s\n\nNo patient data included.\n\n%s'
            % (drug[0], '\n'.join(' | '.join(x) for x in rows), ctx.sig(ph, True)))
    return ctx.msg('dose_banding', 'dose-banding table by BSA, no patients', 'Dose banding proposal - %s'
                   % drug[0].split()[0], ph, [('P&T Oncology Members', 'pt-onc@cisdr.example')], text,
                   force_body='alt')


def ne_vendor(ctx, v):
    mgr = ctx.staff('Walsh')
    subj = ['Reminder: vendor representative policy', 'Industry rep visit - scheduling', 'Sponsored lunch declined'][v % 3]
    bodies = [
        'Industry representatives must book through Pharmacy Administration and sign in at the front desk. No access '
        'to clinical areas, the day unit or compounding rooms.',
        'The biosimilar manufacturer\'s medical liaison (Ms. Ingrid Solberg) will present stability data on %s at 12:15 '
        'in room 2-104. Attendance optional.' % C.fmt_date(ctx.fut(6), 'long', 'en'),
        'We have declined the sponsored lunch offered for oncology nursing rounds per the conflict-of-interest policy.',
    ]
    return ctx.msg('vendor_policy', 'vendor relations notice', subj, mgr,
                   [('Oncology Pharmacy', 'oncpharm@cisdr.example')], 'Hello,\n\n%s\n\n%s' % (bodies[v % 3], ctx.sig(mgr, True)))


def ne_education(ctx, v):
    rn = ctx.staff('Ferris')
    title = ['Your elastomeric pump at home', 'Managing nausea after chemotherapy', 'Fever during chemotherapy: what to do'][v % 3]
    body = {
        0: ['The pump delivers your medication slowly over 46 hours.', 'Keep it at body level; do not get it wet.',
            'If it leaks: put on gloves, wrap it in the plastic bag and call the day unit at 819 555-0142.'],
        1: ['Take your anti-nausea pills as prescribed, even if you feel well.', 'Eat small meals; avoid strong smells.',
            'Call us if you cannot keep fluids down for 24 hours.'],
        2: ['A temperature of 38.3 C once, or 38.0 C for one hour, is an emergency.',
            'Go to the nearest emergency department and show your chemotherapy wallet card.',
            'Do not take acetaminophen before checking your temperature.'],
    }[v % 3]
    pdf = A.make_pdf(title, body + ['', 'Oncology Day Unit - patient education, version 2025'], ctx.date, rn.full)
    return ctx.msg('patient_education', 'generic patient education handout (PDF)', 'Updated handout: %s' % title, rn,
                   [('Oncology Day Unit', 'odu@cisdr.example')],
                   'Hi team,\n\nUpdated handout attached for the waiting-room rack and the welcome package.\n\n%s'
                   % ctx.sig(rn, True), atts=[A.at('pdf', 'handout_%d.pdf' % (v % 3 + 1), pdf)])


def ne_sponsor(ctx, v):
    crc = ctx.staff('Rahman')
    study = ['BOR-ONC-204', 'BOR-ONC-231', 'BOR-ONC-260'][v % 3]
    text = ('Hello,\n\nFeasibility response for %s (phase II, bispecific antibody in relapsed myeloma):\n\n'
            '- Estimated eligible patients per year at our site: 6-8 (based on aggregate clinic volume)\n'
            '- Infusion capacity: 2 chairs/week available for step-up dosing, overnight monitoring via 4 West\n'
            '- Investigational pharmacy: temperature-monitored fridge, 2 research pharmacists\n'
            '- PI: Dr. Laura Stein\n\nNo patient information is included in this response.\n\n%s'
            % (study, ctx.sig(crc)))
    return ctx.msg('research', 'sponsor feasibility response without patient data', 'Feasibility - %s' % study, crc,
                   [ctx.ext('sponsor')], text)


TEMPLATES = [ne_it, ne_facilities, ne_stats, ne_teaching, ne_blank_form, ne_mailmerge, ne_candidate, ne_occ,
             ne_banding, ne_vendor, ne_education, ne_sponsor]
