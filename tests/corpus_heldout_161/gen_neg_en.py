"""English negative messages, part 1: HR, schedules, payroll, newsletters, committees, finance."""
import datetime

import gen_common as C
import gen_attach as A
from gen_render import Att
from gen_tpl import pdf_att, docx_att, xlsx_att, reply_attr, outlook_head
from gen_neg_fr import luhn_serial, bn


def mgr(c):
    return c.staff('Manager, Social Work Services')


def team(c, n):
    return [c.staff(c.choice(['Social Worker', 'Social Worker', 'Social Work Technician', 'Liaison Nurse'])) for _ in range(n)]


def dlist():
    return ('SW Department – RGH', 'sw.dept.rgh@' + C.DOM)


def allstaff():
    return ('All Staff – Rivermount', 'allstaff.rgh@' + C.DOM)


# --------------------------------------------------------------------------- 1. on-call roster

def e_oncall(c):
    m = mgr(c)
    ppl = team(c, 5)
    hol = c.choice([('Remembrance Day', datetime.date(2024, 11, 11)), ('Christmas', datetime.date(2024, 12, 25)),
                    ("New Year's Day", datetime.date(2025, 1, 1))])
    rows = [[(hol[1] + datetime.timedelta(days=i)).strftime('%a %b %d'), ppl[i % 5].name, ppl[(i + 1) % 5].name, 'pager 555-01%02d' % (40 + i)]
            for i in range(-1, 3)]
    blocks = ['Hi team,', 'Here is the on-call coverage around %s. Swaps must be approved by me and entered in the scheduling system by Thursday noon.' % hol[0],
              ('table', ['Date', 'On call', 'Backup', 'Pager'], rows), 'The on-call phone is picked up at Security (B-014).', m.sig(c.rng)]
    return c.spec('oncall_roster', 'SW on-call roster', m, [dlist()], 'On-call coverage – %s' % hol[0], blocks, [], positive=False,
                  prefer=c.choice(['html', 'alt', None]), table_style=c.choice(['pad', 'pipe']))


# --------------------------------------------------------------------------- 2. leave

def e_leave(c):
    m = mgr(c)
    ppl = team(c, 3)
    k = c.rng.randrange(3)
    if k == 0:
        blocks = ['Hi %s,' % ppl[0].given, 'Your vacation request for %s to %s is approved. %s will cover your active files - please leave a written handover.' % (
            c.d(c.later(20, 30)), c.d(c.later(35, 45)), ppl[1].name), 'Enjoy!', m.sig(c.rng, short=True)]
        subj, to = 'Vacation approved', [ppl[0]]
    elif k == 1:
        blocks = ['Hello all,', '%s will be on bereavement leave until %s. Please redirect urgent calls to %s.' % (ppl[0].name, c.d(c.later(3, 6), True), ppl[1].name),
                  'A card is circulating at the front desk if you would like to sign it.', m.sig(c.rng)]
        subj, to = 'Absence – %s' % ppl[0].name, [dlist()]
    else:
        blocks = ['Reminder: Holiday leave requests', 'Requests for Dec 23 – Jan 3 must be submitted by %s. Because of the ALC volume we can approve a '
                  'maximum of 3 social workers off per week; ties will be decided by draw.' % c.d(c.later(5, 10), True), m.sig(c.rng)]
        subj, to = 'Holiday leave requests – deadline', [dlist()]
    return c.spec('leave', 'staff leave management', m, to, subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 3. payroll

def e_payroll(c):
    hr = c.staff('HR Advisor')
    e = c.staff('Social Worker')
    emp = '%06d' % c.rng.randint(100000, 999999)
    k = c.rng.randrange(2)
    if k == 0:
        blocks = ['Hello %s,' % e.given, 'Following your request we reviewed pay period %d. The evening premium for %s (4.5 h) had not been '
                  'entered. The adjustment of $%s will appear on the %s pay.' % (c.rng.randint(18, 24), c.d(c.earlier(8, 20)),
                                                                               c.choice(['41.58', '87.20', '123.75']), c.d(c.later(5, 12))),
                  'Employee ID: %s' % emp, 'Payroll Services', hr.sig(c.rng)]
        subj, to = 'Pay adjustment – employee %s' % emp, [e]
    else:
        blocks = ['Hello,', 'Reminder: T4 and RL-1 slips will be available in the employee portal by the end of February. If you changed your '
                  'mailing address this year, update it in the portal before December 15.',
                  'Direct-deposit changes received after the 10th will take effect on the following pay.', 'Payroll Services', hr.sig(c.rng)]
        subj, to = 'Payroll reminders – year end', [allstaff()]
    return c.spec('payroll', 'payroll notice', hr, to, subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 4. occupational health (staff)

def e_occ_health(c):
    oh = c.staff('HR Advisor')
    oh.role, oh.dept = 'Occupational Health Nurse', 'Employee Health Services'
    m = mgr(c)
    e = c.staff('Social Worker')
    if c.chance(0.5):
        blocks = ['Hi %s,' % m.given, '%s has been cleared for a graduated return to work starting %s after %s. Schedule: 3 days/week for 4 weeks, '
                  'no on-call and no home visits.' % (e.name, c.d(c.later(4, 12), True), c.choice(['a low-back strain (fall in parking lot P2)',
                                                                                                    'a concussion from a car accident', 'wrist surgery'])),
                  'The medical note is kept in the occupational health file only.', oh.sig(c.rng)]
        subj = 'Graduated return to work – %s' % e.name
    else:
        blocks = ['Staff flu and COVID-19 vaccination clinics', 'Walk-in clinics for employees: %s and %s, 7:30-15:30, room A-103. '
                  'Bring your employee card. Staff who were vaccinated elsewhere can upload proof in the portal.' % (
                      c.d(c.later(2, 6), True), c.d(c.later(8, 12), True)), oh.sig(c.rng)]
        subj = 'Staff vaccination clinics'
    return c.spec('occupational_health', 'employee occupational health notice', oh, [m] if 'return' in subj else [allstaff()], subj, blocks, [],
                  positive=False)


# --------------------------------------------------------------------------- 5. recruitment

def e_recruit(c):
    hr = c.staff('HR Advisor')
    m = mgr(c)
    cands = ['%s %s' % (c.choice(['Olivia', 'Jordan', 'Meera', 'Caleb', 'Nadia', 'Liam-Patrick']), c.choice(C.STAFF_SUR_EN)) for _ in range(3)]
    rows = [[cands[i], '%d:00' % (9 + i * 2), c.choice(['MSW 2023, hospital placement', 'BSW, 4 yrs CLSC home care', 'MSW, bilingual, oncology'])] for i in range(3)]
    blocks = ['Hi %s,' % m.given, 'Interview schedule for the social worker posting (maternity replacement), %s, room 2-112:' % c.d(c.later(3, 10), True),
              ('table', ['Candidate', 'Time', 'Profile'], rows),
              'References for the first candidate were checked (2/2 positive). The candidate asked to be called at %s if we run late.' % C.phone(c.rng, '514'),
              hr.sig(c.rng)]
    atts = []
    if c.chance(0.4):
        pdf = A.make_pdf('Resume – %s' % cands[0], [('kv', [('Email', C.email_of(cands[0], 'mail.example')), ('Phone', C.phone(c.rng, '514'))]),
                         ('h', 'Education'), 'MSW, 2023', ('h', 'Experience'), 'Hospital social work placement (geriatrics); youth shelter counsellor'],
                         author=cands[0])
        atts.append(pdf_att('Resume_%s.pdf' % cands[0].replace(' ', '_'), pdf))
    return c.spec('recruitment', 'candidate interview schedule', hr, [m], 'Interviews – SW posting 2024-SW-121', blocks, [], atts=atts, positive=False)


# --------------------------------------------------------------------------- 6. job posting

def e_posting(c):
    hr = c.staff('HR Advisor')
    no = '2024-SW-%03d' % c.rng.randint(100, 199)
    t = c.choice(['Social Worker – Emergency Department', 'Social Worker – Geriatrics / ALC', 'Social Work Technician – Home Care'])
    blocks = ['INTERNAL POSTING %s' % no, 'Position: %s' % t, 'Status: permanent full-time (35 h/week), days. Work site: %s.' % C.SITE_EN,
              'Requirements: BSW; member of the professional order; bilingual (French/English). Asset: experience with protection mandates '
              'and caregiver support.', 'Salary: $27.09 to $48.68/hour.', 'Apply through the careers portal by %s.' % c.d(c.later(10, 14)),
              'Human Resources – %s' % C.ORG]
    return c.spec('job_posting', 'job posting', hr, [allstaff()], 'Internal posting %s – %s' % (no, t), blocks, [], positive=False,
                  prefer=c.choice(['html', 'plain', 'alt']))


# --------------------------------------------------------------------------- 7. newsletter

def e_newsletter(c):
    m = mgr(c)
    newb, ret, mom = c.staff('Social Worker'), c.staff('Social Worker'), c.staff('Liaison Nurse')
    doc = C.doctor(c.rng, 'en')
    bd = c.earlier(4, 20)
    items = [('Welcome', 'Please welcome %s, who joins 5 West from CLSC Rivermount-Ouest home care.' % newb.name),
             ('Congratulations', '%s and family welcomed baby %s on %s, %d (7 lb 4 oz). Everyone is doing well!' % (
                 mom.name, c.choice(['Noah', 'Ava', 'Theo', 'Maya']), C.en_date(bd), bd.year)),
             ('Lunch & learn', '%s (geriatric psychiatry) will speak on "Capacity, consent and dementia" on %s at noon. The talk will also cover '
                               'delirium and depression in older adults.' % (doc, c.d(c.later(5, 15), True))),
             ('Retirement', 'After 29 years, %s retires on %s. Farewell gathering in the cafeteria, 3 p.m.' % (ret.name, c.d(c.later(10, 30)))),
             ('By the numbers', 'Q2: 1,311 interventions, 298 new referrals, average ALC census 44, median time to first contact 1.9 days.')]
    c.rng.shuffle(items)
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body style="font-family:Georgia,serif">',
            '<h2 style="color:#1d4e89">Social Work Matters &ndash; %s %d</h2>' % (C.MONTHS[c.day.month - 1], c.day.year)]
    for t, txt in items[:4]:
        html.append('<h3>%s</h3><p>%s</p>' % (t, txt.replace('&', '&amp;')))
    html.append('<p style="font-size:9pt;color:#777">%s &middot; %s</p></body></html>' % (C.SITE_EN, C.SITE_EN_ADDR))
    return c.spec('newsletter', 'department newsletter', m, [dlist()], 'Social Work Matters – %s' % C.MONTHS[c.day.month - 1], [], [],
                  html='\n'.join(html), positive=False, prefer=c.choice(['html', 'alt']))


# --------------------------------------------------------------------------- 8. committee notices

def e_committee(c):
    sec = c.staff('Administrative Agent')
    k = c.rng.randrange(3)
    d = c.later(5, 20)
    if k == 0:
        mem = ['%s %s %s' % (c.choice(['Mrs.', 'Mr.', 'Ms.']), c.choice(['Evelyn', 'Harold', 'Agnes', 'Walter']), c.choice(C.STAFF_SUR_EN)) for _ in range(3)]
        blocks = ['Notice of meeting', 'The Users\' Committee annual general meeting will be held %s at 7 p.m. in the cafeteria. Agenda: chair\'s report (%s), '
                  'financial statements, presentation on residents\' rights in long-term care, elections.' % (c.d(d, True), mem[0]),
                  'Outgoing members: %s.' % ', '.join(mem[1:]), sec.sig(c.rng)]
        subj = "Users' Committee – AGM"
    elif k == 1:
        blocks = ['ALC Committee – agenda', '%s, 8:00-9:00, Teams.\n1. ALC census trend (aggregate)\n2. Long-term care bed openings in the west sector\n'
                  '3. Homologation delays – update from legal services\n4. Winter surge plan' % c.d(d, True), sec.sig(c.rng)]
        subj = 'ALC Committee – agenda %s' % c.short(d)
    else:
        blocks = ['Accreditation visit – reminder', 'Accreditation surveyors will be on site %s. Social work may be asked about: '
                  'two-identifier verification, consent to disclose, elder-abuse reporting pathway, and discharge planning documentation.' % c.d(d, True),
                  'Tracer interviews are with staff, not patients. Quick-reference cards are at each nursing station.', sec.sig(c.rng)]
        subj = 'Accreditation – what to expect'
    return c.spec('committee_notice', 'committee / accreditation notice', sec, [dlist()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 9. ethics consult (de-identified)

def e_ethics(c):
    sec = c.staff('Administrative Agent')
    a = c.rng.randint(76, 93)
    case = c.choice(['A %d-year-old woman with moderate dementia refuses the placement recommended by the team; her son insists she be "made" to go. '
                     'She is found capable of consenting to care but not of managing property.' % a,
                     'A %d-year-old man hospitalized for a fall wants to return to a home the team judges unsafe. He has no family. '
                     'What level of risk is acceptable?' % a,
                     'An older couple (%d and %d): the caregiver spouse shows severe burnout and home-care staff report verbal abuse. '
                     'Both refuse separation.' % (a, a - 2)])
    blocks = ['Hello,', 'The Clinical Ethics Committee meets %s, 12:00-13:30 (Teams). The following case was submitted, de-identified per our rules:' % c.d(c.later(5, 14), True),
              ('pre', 'Case: %s\nQuestion: how far should autonomy be respected when risk is high?' % case), sec.sig(c.rng)]
    return c.spec('ethics_case', 'ethics committee de-identified case', sec, [('Clinical Ethics Committee', 'ethics@' + C.DOM)],
                  'CEC – agenda and case', blocks, [], positive=False)


# --------------------------------------------------------------------------- 10. aggregate statistics

def e_stats(c):
    co = c.staff('ALC Flow Coordinator')
    units = ['4 East', '5 West', '6 East', 'Geriatrics', 'Orthopedics', 'Medicine 7']
    rows = [[u, c.rng.randint(2, 12), c.rng.randint(6, 70), c.rng.randint(0, 6), c.rng.randint(0, 4)] for u in units]
    header = ['Unit', 'ALC patients', 'Mean ALC days', 'Awaiting LTC', 'Awaiting RI']
    blocks = ['Hi all,', 'ALC dashboard as of %s: %d ALC patients (target 30). Main causes: awaiting LTC (44%%), protection regimes (11%%), '
              'refusal of orientation (8%%). Detail by unit attached.' % (c.d(c.day), sum(r[1] for r in rows)), co.sig(c.rng)]
    if c.chance(0.5):
        x = A.make_xlsx([('Dashboard', header, rows), ('Trend', ['Week', 'ALC'], [[w, c.rng.randint(30, 55)] for w in range(30, 42)])], author=co.name)
        att = xlsx_att('ALC_dashboard_W%d.xlsx' % c.day.isocalendar()[1], x)
    else:
        data, cs = A.make_csv(header, rows, sep=',', charset='us-ascii')
        att = Att('alc_dashboard.csv', data, 'text/csv', charset=cs)
    return c.spec('aggregate_stats', 'aggregate ALC dashboard', co, [('Senior Management – SAPA', 'sapa.mgmt@' + C.DOM)],
                  'ALC dashboard – week %d' % c.day.isocalendar()[1], blocks, [], atts=[att], positive=False)


# --------------------------------------------------------------------------- 11. conference

def e_conference(c):
    org = c.staff('Administrative Agent')
    sp = [(C.doctor(c.rng, 'en'), 'Recognizing elder abuse in people living with dementia'),
          ('Ms. %s %s, MSW' % (c.choice(C.STAFF_GIV_EN), c.choice(C.STAFF_SUR_EN)), 'Caregiver burnout: screening tools that work'),
          ('Mr. %s %s, notary' % (c.choice(['Adam', 'Graham', 'Philip']), c.choice(C.STAFF_SUR_EN)), 'Protection mandates after the 2022 reform'),
          (C.doctor(c.rng, 'en'), 'Homelessness and mental illness in the emergency department'),
          ('Ms. %s %s, Public Curator' % (c.choice(C.STAFF_GIV_EN), c.choice(C.STAFF_SUR_EN)), 'Working with the Public Curator')]
    c.rng.shuffle(sp)
    d = c.later(20, 45)
    rows = [['%d:%s' % (8 + i, '30' if i % 2 else '00'), s, t] for i, (s, t) in enumerate(sp[:4])]
    pdf = A.make_pdf('Regional Social Work Symposium – Programme', [('kv', [('Date', '%s, %d' % (c.d(d, True), d.year)), ('Venue', 'Rivermount Convention Centre')]),
                     ('table', ['Time', 'Speaker', 'Topic'], rows), 'Registration: $95 members / $140 non-members. 6 CPD hours.'], author=org.name)
    blocks = ['Hello,', 'The symposium programme is attached. Seats are limited to 180; registration fees can be reimbursed from the training budget.', org.sig(c.rng)]
    return c.spec('conference', 'symposium programme', org, [dlist()], 'Regional Social Work Symposium – programme', blocks, [],
                  atts=[pdf_att('Symposium_programme_%d.pdf' % d.year, pdf)], positive=False)


# --------------------------------------------------------------------------- 12. blank form

def e_blank_form(c):
    ag = c.staff('Administrative Agent')
    which = c.choice(['Home Care Referral', 'Consent to Disclose Information', 'Paratransit Application – Health Professional Section'])
    fields = [('Patient name', '_______________________'), ('Date of birth (YYYY-MM-DD)', '____-__-__'), ('Medicare number', '____ ____ ____'),
              ('MRN', '__________'), ('Address', '_______________________'), ('Phone', '(___) ___-____'), ('Diagnosis', '_______________'),
              ('Social worker signature', '______________')]
    doc = A.make_docx('%s (blank form, rev. 2024-09)' % which, [('kv', fields), 'Fax completed form to intake: 514-555-0177.'], author=ag.name)
    blocks = ['Hello,', 'The "%s" form has been revised (rev. 2024-09). Please discard old paper copies and use the attached version or the intranet copy.' % which,
              ag.sig(c.rng)]
    return c.spec('blank_form', 'revised blank form', ag, [dlist()], 'Revised form – %s' % which, blocks, [],
                  atts=[docx_att('%s_blank_rev2024-09.docx' % which.split(' –')[0].replace(' ', '_'), doc)], positive=False)


# --------------------------------------------------------------------------- 13. mail-merge template

def e_mailmerge(c):
    ag = c.staff('Administrative Agent')
    tpl = ('Dear {FirstName} {LastName},\n\nThis is a reminder of your appointment with {Worker} on {ApptDate} at {ApptTime}, {Location}. '
           'If you need to cancel, please call 514-555-0160 at least 24 hours ahead.\n\nFile number: {FileNo}\n\nSocial Work Department – %s' % C.SITE_EN)
    blocks = ['Hi all,', 'Here is the appointment-reminder template for mail merge. Field names must match the column headers in the exported '
              'agenda. Do NOT save merged letters to the shared drive.', ('pre', tpl), ag.sig(c.rng)]
    return c.spec('mailmerge_template', 'mail-merge template', ag, [dlist()], 'Template – appointment reminder letter', blocks, [], positive=False)


# --------------------------------------------------------------------------- 14. invoice

def e_invoice(c):
    ap = c.staff('Administrative Agent')
    vendor = c.choice([('Rivermount Meals on Wheels', 'meals delivered', 6.75), ('Bridge Interpreting Services', 'interpreting hours', 62.00),
                       ('Westside Taxi Co-op', 'taxi vouchers redeemed', 18.40)])
    qty = c.rng.randint(90, 420)
    sub = qty * vendor[2]
    no = 'INV-%05d' % c.rng.randint(10000, 99999)
    kv = [('Invoice #', no), ('Date', c.day.isoformat()), ('Bill to', '%s – Social Work (account %d)' % (C.SITE_EN, c.rng.randint(10000, 99999))),
          ('Description', '%d %s, %s' % (qty, vendor[1], C.MONTHS[(c.day.month - 2) % 12])), ('Unit price', '$%.2f' % vendor[2]),
          ('Subtotal', '$%.2f' % sub), ('GST %s RT0001' % bn(c.rng), '$%.2f' % (sub * 0.05)), ('QST %s TQ0001' % luhn_serial(c.rng, 10), '$%.2f' % (sub * 0.09975)),
          ('Total', '$%.2f' % (sub * 1.14975))]
    pdf = A.make_pdf('INVOICE – %s' % vendor[0], [('kv', kv), 'Net 30. Thank you for your business.'], author=vendor[0])
    blocks = ['Hello,', 'Please find attached invoice %s (PO %d).' % (no, c.rng.randint(450000, 459999)), 'Accounts\n%s\n514-555-01%02d' % (vendor[0], c.rng.randrange(100))]
    return c.spec('invoice', 'vendor invoice', ap, [('Accounts Payable', 'ap@' + C.DOM)], 'Invoice %s' % no, blocks, [],
                  atts=[pdf_att('%s.pdf' % no, pdf)], positive=False)


# --------------------------------------------------------------------------- 15. purchase order

def e_po(c):
    pa = c.staff('Administrative Agent')
    items = c.rng.sample([('Manual wheelchair 18"', 'MWC-18'), ('Mobile patient lift 450 lb', 'MPL-450'), ('Rollator walker', 'RW-4'),
                          ('Alternating-pressure mattress', 'APM-3'), ('Bedside commode', 'BC-200'), ('Tub transfer bench', 'TTB-1')], 3)
    rows = [[n, code, c.rng.randint(1, 6), 'SN %s' % luhn_serial(c.rng, 9), luhn_serial(c.rng, 10)] for n, code in items]
    blocks = ['Hello,', 'PO %d for the home-care equipment loan program. Serial and asset numbers are recorded in the asset system.' % c.rng.randint(450000, 459999),
              ('table', ['Item', 'Code', 'Qty', 'Serial', 'Asset tag'], rows), 'Deliver to central stores, dock 3. Contact 514-555-0190.', pa.sig(c.rng)]
    atts = []
    if c.chance(0.4):
        x = A.make_xlsx([('PO', ['Item', 'Code', 'Qty', 'Serial', 'Asset tag'], rows)], author=pa.name)
        atts.append(xlsx_att('PO_equipment_loan.xlsx', x))
    return c.spec('purchase_order', 'equipment purchase order', pa, [('Rivard Medical Supply', 'orders@rivard-medical.example')], 'PO – loan program equipment',
                  blocks, [], atts=atts, positive=False, table_style=c.choice(['pad', 'tab']))


TEMPLATES = [(e_oncall, 3), (e_leave, 3), (e_payroll, 3), (e_occ_health, 3), (e_recruit, 3), (e_posting, 3), (e_newsletter, 3),
             (e_committee, 3), (e_ethics, 3), (e_stats, 3), (e_conference, 3), (e_blank_form, 3), (e_mailmerge, 3),
             (e_invoice, 3), (e_po, 3)]
