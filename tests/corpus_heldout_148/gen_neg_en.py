"""Non-confidential (hard negative) messages, English, part 1."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_build import att_docx, att_pdf, att_text, att_xlsx
from gen_clin import S
from gen_common import (EXTERNAL, FAX_ON, MONTHS, ORG_EN, SITE_ON, STAFF, TEL_ON_ARTHRO, TEL_ON_FRACT, fmt_date,
                        fmt_day, sig, wkday)
from gen_mime import L, P, PRE, SIG, T
from gen_neg_common import asset_tag, catalog_ref, gtin14, luhn_serial, mod97_lot, serial10, staffer

ST = STAFF
EX = EXTERNAL
SURGEONS = [ST['lacasse'], ST['vachon'], ST['patel'], ST['fraser'], ST['dionne'], ST['okafor']]
SPECIALTY_EN = {'lacasse': 'hip and knee arthroplasty, revisions', 'vachon': 'pelvic and acetabular trauma',
                'patel': 'hand and wrist, scaphoid non-union', 'fraser': 'paediatric fractures, clubfoot',
                'dionne': 'ACL reconstruction, shoulder instability', 'okafor': 'arthroplasty, periprosthetic infection'}


def monday(dt):
    return dt.date() + datetime.timedelta(days=7 - dt.weekday())


# ---------------------------------------------------------------------------------------------- 1 schedule
def ne_schedule(ctx, B):
    dt = ctx.msg_date()
    mon = monday(dt)
    rows = []
    keys = list(SPECIALTY_EN)
    for i, dname in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']):
        k1, k2 = ctx.rng.sample(keys, 2)
        rows.append([f'{dname} {(mon + datetime.timedelta(days=i)).day}', STAFF[k1].dr('en'), STAFF[k2].dr('en'),
                     ctx.pick(['Rooms 1-4', 'Rooms 2-5', 'Rooms 1-3 + cast room'])])
    blocks = [P('Hi everyone,'),
              P(f'Fracture clinic schedule for the week of {fmt_date(mon, "en")}. Reminder that '
                f'{ST["patel"].dr("en")} ({SPECIALTY_EN["patel"]}) takes all scaphoids and {ST["fraser"].dr("en")} '
                f'sees the paediatric forearms on Tuesday.'),
              T(['Day', 'AM', 'PM', 'Space'], rows),
              P(ctx.pick(['Cast room opens at 07:45 all week.', 'No clinic Friday PM - department meeting.',
                          'Please submit summer vacation requests by April 1.'])),
              SIG(sig(ST['kowalski'], 'en'))]
    return S('schedule', 'en', 'weekly fracture clinic physician schedule', ST['kowalski'],
             [('Ortho - all staff', 'ortho.all@deuxrives.example')], f'Fracture clinic schedule - week of {mon.isoformat()}',
             dt, blocks, force={'mode': ctx.pick(['html', 'alt', 'plain'])})


# ---------------------------------------------------------------------------------------------- 2 on-call
def ne_oncall(ctx, B):
    dt = ctx.msg_date()
    m = (dt.month % 12) + 1
    year = dt.year + (1 if m == 1 else 0)
    rows = [[datetime.date(year, m, d).isoformat(), ctx.pick(SURGEONS).dr('en'),
             ctx.pick(['Dr. Kevin Nguyen (PGY3)', 'PGY1 off-service', 'Dr. Jordan Reid (PGY2)']),
             ctx.pick(['pager 4412', 'ext. 4410', 'on-call cell 613-555-0145'])] for d in range(1, 29, 3)]
    csv = make_csv(['date', 'staff', 'resident', 'contact'], rows)
    blocks = [P('Hello,'),
              P(f'Orthopaedic on-call for {MONTHS[m - 1]} {year} attached (CSV for switchboard import). Swaps must be '
                f'approved by the department head and sent to locating.'),
              P(f'Weekend hip fracture coverage stays with the staff on call; {ST["vachon"].dr("en")} remains the '
                f'pelvic trauma backup.'),
              SIG(sig(ST['gervais'], 'en'))]
    return S('oncall_roster', 'en', 'monthly orthopaedic on-call roster (CSV)', ST['gervais'],
             [('Locating', 'locating@deuxrives.example'), ('Ortho - physicians', 'ortho.md@deuxrives.example')],
             f'Ortho call schedule {MONTHS[m - 1]} {year}', dt, blocks,
             attachments=[att_text('text/csv', f'ortho_call_{year}{m:02d}.csv', csv, 'us-ascii',
                                   ctx.pick(['7bit', 'base64']))])


# ---------------------------------------------------------------------------------------------- 3 equipment loan inventory
def ne_inventory(ctx, B):
    dt = ctx.msg_date()
    rows = []
    for kind in ['Crutches, adult (pair)', 'Crutches, youth (pair)', 'Walker, 2-wheeled', 'Knee scooter',
                 'CPM machine', 'Cryo-cuff unit', 'Cast saw', 'Cast vacuum']:
        for i in range(ctx.rng.randint(1, 2)):
            rows.append([kind, asset_tag(ctx.rng), serial10(ctx.rng), ctx.pick(['in stock', 'loaned', 'repair', 'in stock'])])
    xl = make_xlsx([('Loan pool', ['Item', 'Asset tag', 'Serial no.', 'Status'], rows),
                    ('Supplies', ['GTIN', 'Item', 'Lot', 'On hand'],
                     [[gtin14(ctx.rng), x, f'{luhn_serial(ctx.rng, 9)}', ctx.rng.randint(0, 30)]
                      for x in ['Fibreglass tape 3"', 'Fibreglass tape 4"', 'Stockinette 3"', 'Padding 4"', 'Thumb spica, M']])],
                   dt, ST['quinn'].full)
    blocks = [P('Hi Owen,'),
              P('Quarterly count of the fracture clinic equipment loan pool and cast room supplies attached. Two CPM '
                'machines are overdue for preventive maintenance (asset tags highlighted). Fibreglass 3" is below par.'),
              PRE('\n'.join(f'{r[0]:<26} asset {r[1]}  s/n {r[2]}  {r[3]}' for r in rows[:5])),
              SIG(sig(ST['quinn'], 'en'))]
    return S('inventory', 'en', 'equipment loan pool inventory with asset tags and serial numbers', ST['quinn'],
             [ST['baxter']], 'Q count - loan pool + cast supplies', dt, blocks,
             attachments=[att_xlsx('loan_pool_count.xlsx', xl)])


# ---------------------------------------------------------------------------------------------- 4 recall notice
def ne_recall_notice(ctx, B):
    dt = ctx.msg_date()
    vendor = ctx.pick(['Kestrel Implants', 'Ortheon Medical'])
    prod = ctx.pick(['Arc PS tibial insert, 10 and 12 mm', 'Vista acetabular shell, 50-56 mm',
                     '3.5 mm locking screws, sterile-packed', 'reusable femoral cutting guide'])
    lots = [mod97_lot(ctx.rng) for _ in range(ctx.rng.randint(3, 6))]
    udis = [f'(01){gtin14(ctx.rng)}(10){l}' for l in lots]
    blocks = [P('All,'),
              P(f'{vendor} has issued a voluntary Type II recall for the {prod}. Reason: '
                f'{ctx.pick(["potential breach of sterile barrier", "polyethylene thickness out of tolerance", "incorrect size on label"])}.'),
              T(['Lot', 'UDI'], [[l, u] for l, u in zip(lots, udis)]),
              L(['Quarantine affected stock in the OR core and SPD today.',
                 'Complete the vendor acknowledgement form (quantities only).',
                 'Do NOT send any patient information to the vendor.']),
              SIG(sig(ST['ramsay'], 'en'))]
    return S('recall_notice', 'en', 'manufacturer implant recall notice with lot and UDI numbers', ST['ramsay'],
             [('OR leadership', 'or.leads@deuxrives.example'), ST['gosselin']], f'RECALL - {vendor} - {prod.split(",")[0]}',
             dt, blocks, importance=True)


# ---------------------------------------------------------------------------------------------- 5 purchase order
def ne_purchase_order(ctx, B):
    dt = ctx.msg_date()
    po = f'PO{dt.year}{ctx.rng.randint(10000, 99999)}'
    rows, total = [], 0
    for i in range(ctx.rng.randint(4, 7)):
        qty, unit = ctx.rng.randint(1, 12), ctx.rng.randint(80, 2400)
        total += qty * unit
        rows.append([catalog_ref(ctx.rng, ctx.pick(['KEST', 'ORTH'])),
                     ctx.pick(['Femoral stem Linea T3', 'Ceramic head 32 mm', 'Shell Vista 52', 'Insert Arc PS 10',
                               'Tibial tray Arc T4', 'Bone cement 40 g', 'Cancellous screw 6.5x40']),
                     str(qty), f'${unit:,}.00', f'${qty * unit:,}.00'])
    pdf = make_pdf(f'Purchase Order {po}', [
        ('Vendor', ['Kestrel Implants Canada, 90 Commerce Court, Mississauga North, ON']),
        ('Ship to', [ORG_EN + ' - Stores, Dock B', SITE_ON]),
        ('Lines', ('table', ['Ref', 'Description', 'Qty', 'Unit', 'Ext.'], rows)),
        ('Terms', [f'Subtotal ${total:,}.00 + HST', 'Net 30. Consignment: no.', f'Buyer: {ST["baxter"].full}'])])
    blocks = [P(f'Hi {EX["vendor2"].given},'),
              P(f'PO {po} attached for arthroplasty restock. Please confirm ship date and include lot numbers on the '
                f'packing slip.'),
              SIG(sig(ST['baxter'], 'en'))]
    return S('purchase_order', 'en', 'implant purchase order (PDF)', ST['baxter'], [EX['vendor2']], f'PO {po}', dt,
             blocks, attachments=[att_pdf(f'{po}.pdf', pdf)])


# ---------------------------------------------------------------------------------------------- 6 invoice
def ne_invoice(ctx, B):
    dt = ctx.msg_date()
    inv = f'INV-{ctx.rng.randint(400000, 499999)}'
    hst = f'{luhn_serial(ctx.rng, 9)} RT0001'
    amt = ctx.rng.randint(900, 36000)
    blocks = [P('Hello Accounts Payable,'),
              P(f'Please find our invoice {inv} for brace and splint supplies delivered to the fracture clinic.'),
              T(['', ''], [['Customer no.', f'TRH{ctx.rng.randint(1000, 9999)}'], ['Invoice', inv],
                           ['Invoice date', dt.date().isoformat()], ['PO', f'PO{dt.year}{ctx.rng.randint(10000, 99999)}'],
                           ['Amount', f'${amt:,}.00'], ['HST reg.', hst],
                           ['Due', (dt.date() + datetime.timedelta(days=30)).isoformat()]]),
              P('Remit by EFT. Thank you for your business.'),
              SIG(['Accounts Receivable', 'Eastern Ortho Supply Ltd.', '44 Foundry Lane, Carleton Mills, ON', 'Tel 613-555-0178'])]
    return S('invoice', 'en', 'supplier invoice with customer and tax numbers',
             ('Eastern Ortho Supply - AR', 'ar@easternortho.example'), [('Accounts Payable', 'ap@deuxrives.example')],
             f'Invoice {inv}', dt, blocks)


# ---------------------------------------------------------------------------------------------- 7 pre-op class calendar
def ne_preop_calendar(ctx, B):
    dt = ctx.msg_date()
    start = monday(dt)
    dates = [start + datetime.timedelta(days=7 * i + ctx.pick([1, 2])) for i in range(6)]
    blocks = [P('Hi team,'),
              P('Upcoming Joint Replacement pre-op education classes (Carleton Mills Site). Classes are for patients on '
                'the hip and knee wait list and one coach each.'),
              T(['Date', 'Time', 'Facilitators', 'Room'],
                [[fmt_day(d, 'en'), ctx.pick(['09:00', '13:30']), 'K. Gosselin RN / M. Walsh PT', 'Riverside'] for d in dates]),
              P('Content: getting ready for surgery, pain management, exercises, equipment, going home. Max 14 patients.'),
              SIG(sig(ST['gosselin'], 'en'))]
    return S('class_calendar', 'en', 'pre-operative class calendar', ST['gosselin'], [ST['walsh'], ST['rioux']],
             'Pre-op class calendar', dt, blocks)


# ---------------------------------------------------------------------------------------------- 8 blank forms
def ne_blank_form(ctx, B):
    dt = ctx.msg_date()
    kind = ctx.pick(['faf', 'checklist', 'consent'])
    if kind == 'faf':
        title = 'Functional Abilities Form - clinic template'
        paras = ['Patient name: ______________________   Date of birth: ____/____/______',
                 'Health card no.: __________ - ___ - ___  Version: __', 'WSIB claim no.: ______________',
                 ('h', 'Abilities'), 'Walking: [ ] full [ ] up to ___ m   Lifting floor to waist: [ ] up to ___ kg',
                 'Restrictions apply for: [ ] 1-2 d [ ] 3-7 d [ ] 8-14 d [ ] 14+ d',
                 'Health professional signature: ____________________']
        fn = 'FAF_template_BLANK.docx'
    elif kind == 'checklist':
        title = 'Pre-operative checklist - arthroplasty'
        paras = ['Name: ________________  MRN: __________  HCN: __________', '[ ] Consent signed  [ ] Site marked',
                 '[ ] CBC, lytes, INR within 30 days  [ ] ECG (age > 65)', '[ ] MRSA screen  [ ] Dental clearance',
                 '[ ] Anticoagulant held per protocol', 'RN signature: __________  Date: __________']
        fn = 'preop_checklist_v7.docx'
    else:
        title = 'Consent to treatment - closed reduction and casting (template)'
        paras = ['I, ________________________ (patient or substitute decision-maker), consent to ...',
                 'Risks explained: loss of reduction, skin problems under the cast, stiffness, compartment syndrome (rare).',
                 'Patient DOB: ___________   Chart no.: ___________', 'Physician: ________________  Witness: ________________']
        fn = 'consent_CR_cast_template.docx'
    docx = make_docx(title, paras, dt, ST['perreault'].full)
    blocks = [P('Hello,'),
              P(f'The forms committee approved the new "{title}". Please recycle old paper stock and print from the '
                f'attached master from Monday.'),
              SIG(sig(ST['perreault'], 'en'))]
    return S('blank_form', 'en', 'blank form template with empty identifier fields', ST['perreault'],
             [('Ortho - all staff', 'ortho.all@deuxrives.example')], f'New form: {title}', dt, blocks,
             attachments=[att_docx(fn, docx)])


# ---------------------------------------------------------------------------------------------- 9 mail-merge
def ne_mailmerge(ctx, B):
    dt = ctx.msg_date()
    letter = ('{{PatientFirstName}} {{PatientLastName}}\n{{Street}}\n{{City}}, ON {{PostalCode}}\n\n'
              'Health card: {{HCN}} {{VersionCode}}    MRN: {{MRN}}\n\nDear {{Salutation}} {{PatientLastName}},\n\n'
              'Your {{Procedure}} with {{Surgeon}} is scheduled for {{SurgeryDate}}. Please arrive at Admitting at '
              '{{ArrivalTime}}. Stop anti-inflammatory medication 7 days before surgery.\n\nJoint Replacement Program\n'
              + TEL_ON_ARTHRO)
    blocks = [P('Hi Nadia,'),
              P('Updated surgery-date letter template below (merge fields in double braces). I added ArrivalTime and '
                'fixed the salutation field. Can you test-merge against the training extract only?'),
              PRE(letter), P('Karine'), SIG(sig(ST['gosselin'], 'en'))]
    return S('mailmerge_template', 'en', 'mail-merge template for surgery date letters', ST['gosselin'], [ST['rioux']],
             'Surgery letter template - merge fields', dt, blocks, force={'enc': ('us-ascii', '7bit')})


# ---------------------------------------------------------------------------------------------- 10 statistics
def ne_stats(ctx, B):
    dt = ctx.msg_date()
    rows = []
    for proc in ['THA', 'TKA', 'UKA', 'Revision hip', 'Revision knee']:
        n = ctx.rng.randint(10, 260)
        rows.append([proc, str(n), str(ctx.rng.randint(0, n // 3)), f'{ctx.rng.randint(55, 93)}%', str(ctx.rng.randint(80, 400))])
    q = ctx.pick(['Q1', 'Q2', 'Q3', 'Q4'])
    hip48 = ctx.rng.randint(68, 96)
    blocks = [P('Hi all,'),
              P(f'{q} arthroplasty and hip fracture dashboard (aggregate counts only).'),
              T(['Procedure', 'Waiting', '> 6 mo', '% within target', 'Median wait (d)'], rows),
              P(f'Hip fractures to OR within 48 h: {hip48}% (target 90%). Mean LOS after THA '
                f'{ctx.pick(["1.4", "1.9", "2.3"])} days. 30-day readmissions: {ctx.rng.randint(1, 6)}.'),
              SIG(sig(ST['ramsay'], 'en'))]
    csv = make_csv(['procedure', 'waiting', 'over_6mo', 'pct_within_target', 'median_wait_days'], rows)
    atts = [att_text('text/csv', f'dashboard_{q}.csv', csv, 'us-ascii', 'base64')] if ctx.rng.random() < 0.5 else []
    return S('statistics', 'en', 'aggregate wait-time dashboard', ST['ramsay'],
             [ST['gervais'], ('Senior team', 'senior.team@deuxrives.example')], f'{q} ortho dashboard', dt, blocks,
             attachments=atts)


# ---------------------------------------------------------------------------------------------- 11 teaching
def ne_teaching(ctx, B):
    dt = ctx.msg_date()
    case = ctx.pick([
        '78-year-old woman, fall from standing, shortened and externally rotated left leg. X-ray: displaced '
        'subcapital fracture. On apixaban. Questions: timing to OR? Hemi vs THA?',
        '9-year-old boy, fall off monkey bars, pulseless but pink hand, Gartland III supracondylar fracture. '
        'Questions: urgency, pin configuration, when to explore?',
        '34-year-old man, FOOSH, snuffbox tenderness, normal initial films. Questions: immobilise? MRI vs CT?',
        '69-year-old man, 4 weeks after TKA, warm swollen knee, CRP 160. Questions: aspirate first? DAIR criteria?'])
    blocks = [P('Morning all,'),
              P(f'Case for Thursday x-ray rounds (07:00, room 2-114), de-identified, prepared by {ST["nguyen"].dr("en")}:'),
              P(case), P('Come with a plan. Coffee provided.'), SIG(sig(ST['patel'], 'en'))]
    return S('teaching_case', 'en', 'de-identified teaching case for rounds', ST['patel'],
             [('Ortho residents', 'ortho.residents@deuxrives.example')], 'Thursday rounds case', dt, blocks)


# ---------------------------------------------------------------------------------------------- 12 conference
def ne_conference(ctx, B):
    dt = ctx.msg_date()
    day = wkday(dt.date() + datetime.timedelta(days=ctx.rng.randint(20, 60)))
    talks = [('08:30', 'vachon', 'Fragility fractures of the pelvis: who needs fixation?'),
             ('09:15', 'patel', 'The missed scaphoid'), ('10:30', 'okafor', 'Periprosthetic joint infection in 2025'),
             ('11:15', 'fraser', 'Supracondylar fractures: tips and traps'),
             ('13:30', 'lacasse', 'Same-day hip replacement: two years in'), ('14:15', 'dionne', 'Return to sport after ACL')]
    rows = [[t, STAFF[k].dr('en'), title] for t, k, title in talks]
    blocks = [P('Save the date!'),
              P(f'Two Rivers Orthopaedic Day - {fmt_day(day, "en")}, {day.year}, Carleton Mills auditorium. '
                f'Accredited for 6 Section 1 credits. Nurses, PTs and ortho techs welcome.'),
              T(['Time', 'Speaker', 'Topic'], rows),
              P('Registration free for staff; lunch provided. RSVP by the 15th.'), SIG(sig(ST['gervais'], 'en'))]
    return S('conference', 'en', 'CME day programme with speakers and topics', ST['gervais'],
             [('All medical staff', 'medstaff@deuxrives.example')], 'Save the date - Orthopaedic Day', dt, blocks,
             force={'mode': ctx.pick(['html', 'alt'])})


# ---------------------------------------------------------------------------------------------- 13 leave
def ne_leave(ctx, B):
    dt = ctx.msg_date()
    emp = staffer(ctx.rng)
    a = dt.date() + datetime.timedelta(days=ctx.rng.randint(20, 80))
    b = a + datetime.timedelta(days=ctx.rng.randint(3, 14))
    reason = ctx.pick(['vacation', 'a conference (paediatric casting course)', 'bereavement leave', 'a family wedding'])
    blocks = [P(f'Hi {ST["lemieux"].given},'),
              P(f'I would like to request {fmt_date(a, "en")} to {fmt_date(b, "en")} off for {reason}. '
                f'{ctx.pick(["Declan agreed to swap my Tuesday shifts.", "My weekend is covered.", "I can pick up the following Saturday."])}'),
              P('Thanks,'), P(emp.full)]
    return S('hr_leave', 'en', 'staff leave request', emp, [ST['lemieux']], 'Leave request', dt, blocks,
             force={'enc': ('us-ascii', '7bit')} if emp.full.isascii() else None)


# ---------------------------------------------------------------------------------------------- 14 occupational health
def ne_occ_health(ctx, B):
    dt = ctx.msg_date()
    emp = staffer(ctx.rng)
    blocks = [P('Hello,'),
              P(f'Employee Health update: {emp.full} (employee #{ctx.rng.randint(10000, 99999)}, porter) will return on '
                f'modified duties from {fmt_date(dt.date() + datetime.timedelta(days=7), "en")} following a shoulder '
                f'strain sustained during a patient transfer.'),
              L(['No lifting over 10 kg for 4 weeks', '4-hour shifts for week 1', 'Duties: equipment runs, stocking']),
              P('The Form 7 has been filed with WSIB by Employee Health. Please do not keep copies on the unit.'),
              SIG(['Employee Health & Wellness', ORG_EN, 'ext. 2280'])]
    return S('occupational_health', 'en', 'staff occupational health return-to-work notice',
             ('Employee Health', 'employee.health@deuxrives.example'), [ST['lemieux']], 'Modified duties - return to work',
             dt, blocks)
