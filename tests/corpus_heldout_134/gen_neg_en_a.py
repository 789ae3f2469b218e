"""English hard negatives, part A: shortages, recalls, rosters, leave, timesheets, newsletters, P&T minutes,
conferences, job postings, invoices, purchase orders, spill-kit inventories."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_neg_fr_a import business_number, sin_like_serial

EXTRA_EN = [('Helen', 'Marchbank', 'F'), ('Victor', 'Osei', 'M'), ('Priscilla', 'Naidoo', 'F'),
            ('Graham', 'Whitcombe', 'M'), ('Leah', 'Rosenthal', 'F'), ('Ravi', 'Subramanian', 'M'),
            ('Ingrid', 'Solberg', 'F'), ('Marcus', 'Delacroix-Webb', 'M')]


def ne_shortage(ctx, v):
    r = ctx.rng
    ph = ctx.staff('Walsh')
    d = r.choice(K.SHORT_DRUGS)
    lots = [C.luhn_lot(r, '', 9) for _ in range(3)]
    subj = ['Drug shortage notice: %s' % d[1], 'Shortage update - %s' % d[1].split()[0],
            'Conservation measures: %s' % d[1].split()[0], 'FW: Supplier allocation notice'][v]
    text = ('All,\n\nOur wholesaler reports a supply interruption for %s (DIN %s). Expected recovery: %s.\n\n'
            'On hand: lots %s, %s and %s, roughly %d days of usual use.\n\nEffective immediately:\n'
            '- dose rounding to nearest vial within 5%% (policy ONC-PH-12);\n'
            '- vial sharing in the BSC within 8 hours of puncture;\n'
            '- no new starts on non-urgent regimens containing this agent without pharmacist review.\n\n'
            'Prescribers will be contacted individually if any patient-specific change is needed.\n\n%s'
            % (d[1], d[2], C.fmt_date(ctx.fut(r.randrange(15, 45)), 'long', 'en'), lots[0], lots[1], lots[2],
               r.randrange(8, 30), ctx.sig(ph)))
    return ctx.msg('shortage_notice', 'drug shortage notice with lot numbers', subj, ph,
                   [('Oncology - All Staff', 'oncology-all@cisdr.example')], text,
                   force_body=['alt', 'plain', 'html', None][v])


def ne_recall(ctx, v):
    r = ctx.rng
    mgr = ctx.staff('Walsh')
    prod, issue = r.choice([
        ('Volumetric infusion pump, model VP-8100', 'possible free-flow if the door latch is not fully engaged'),
        ('Ambulatory pump cassette, 100 mL', 'cassette may under-infuse by up to 12% after 24 h'),
        ('Closed-system transfer device, vial adaptor 13 mm', 'membrane may detach during reconstitution'),
        ('Chemotherapy gown, size L', 'seam permeation test failure on one production run')])
    serials = [C.fmt_sin(sin_like_serial(r), r.choice(['plain', 'dash'])) for _ in range(3)]
    subj = ['Recall notice - %s' % prod, 'Field safety notice (action required)', 'Recall - please check your units',
            'Recall closed - thank you'][v]
    text = ('Hello,\n\nThe manufacturer has issued a Type II recall for: %s.\nAffected serial/lot numbers:\n%s\n\n'
            'Issue: %s.\nAction: tag and remove affected '
            'units, bring them to Biomedical Engineering (room C-010). Asset tags start with BME-.\n\n%s'
            % (prod, '\n'.join('  - %s (asset BME-%s)' % (s, C.luhn_lot(r, '', 6)) for s in serials), issue,
               ctx.sig(mgr)))
    return ctx.msg('recall', 'device recall with checksum-valid serial numbers', subj, mgr,
                   [('Oncology - All Staff', 'oncology-all@cisdr.example')], text)


def ne_roster(ctx, v):
    r = ctx.rng
    mgr = ctx.staff(r.choice(['Walsh', 'Dubois-Hart']))
    names = ['Rachel Kim', 'Owen Prescott', 'David Okafor', 'Megan Doyle', 'Hannah Ferris', 'Lucas Bergstrom',
             'Tanya Ivanova', 'Jordan Pike']
    start = ctx.fut(5)
    rows = [('Date', 'Pharmacist on call', 'Tech lead', 'Charge RN')]
    for i in range(7):
        d = start + datetime.timedelta(days=i)
        rows.append((d.isoformat(), r.choice(names[:2]), r.choice(['David Okafor', 'Tanya Ivanova']),
                     r.choice(['Megan Doyle', 'Hannah Ferris', 'Jordan Pike'])))
    subj = ['On-call roster - next week', 'Updated call schedule', 'Weekend coverage', 'Roster swap approved'][v]
    if v == 1:
        x = A.make_xlsx([('On call', rows)], ctx.date, mgr.full)
        return ctx.msg('staff_schedule', 'on-call roster (XLSX)', subj, mgr,
                       [('Oncology Pharmacy', 'oncpharm@cisdr.example')],
                       'Hi all,\n\nUpdated roster attached.\n\n%s' % ctx.sig(mgr, True),
                       atts=[A.at('xlsx', 'oncall_%s.xlsx' % start.isoformat(), x)])
    text = 'Hi all,\n\n%s\n\nPager 555-0188 for the on-call pharmacist.\n\n%s' % (
        '\n'.join(' | '.join(x) for x in rows), ctx.sig(mgr, True))
    return ctx.msg('staff_schedule', 'on-call roster', subj, mgr, [('Oncology Pharmacy', 'oncpharm@cisdr.example')],
                   text)


def ne_leave(ctx, v):
    r = ctx.rng
    mgr = ctx.staff('Dubois-Hart')
    emp = r.choice(['Megan Doyle', 'Jordan Pike', 'Hannah Ferris', 'Tanya Ivanova'])
    d1 = ctx.fut(r.randrange(20, 70))
    subj = ['Vacation request approved', 'Re: leave request', 'Bereavement leave', 'Summer vacation planner'][v]
    bodies = [
        'Your vacation from %s to %s is approved and entered in the scheduling system.' % (
            C.fmt_date(d1, 'long', 'en'), C.fmt_date(d1 + datetime.timedelta(days=11), 'long', 'en')),
        'I can approve the Friday but not the Monday - we are short two RNs that day. Can you swap with Jordan?',
        'I am so sorry for your loss. Bereavement leave (3 days) is approved starting tomorrow; take care of yourself.',
        'Please add your summer vacation requests to the shared planner by the end of the month. Max two RNs off per week.',
    ]
    text = 'Hi %s,\n\n%s\n\n%s' % (emp.split()[0], bodies[v], ctx.sig(mgr, True))
    return ctx.msg('hr_leave', 'staff leave message', subj, mgr,
                   [(emp, emp.split()[0][0].lower() + emp.split()[1].lower() + '@cisdr.example')], text)


def ne_timesheet(ctx, v):
    r = ctx.rng
    pay = ('Payroll Services', 'payroll@cisdr.example')
    emp = r.choice([('Owen', 'Prescott'), ('Tanya', 'Ivanova'), ('Jordan', 'Pike')])
    subj = ['Timesheet correction', 'Overtime not approved', 'T4 reissue', 'Direct deposit change confirmed'][v]
    text = ('Hello %s,\n\nEmployee ID %06d. %s\n\nPayroll Services, ext. 4020'
            % (emp[0], r.randrange(100000, 999999),
               ['We corrected your timesheet for the pay period ending %s (2 evening premiums added).'
                % C.fmt_date(ctx.past(4), 'long', 'en'),
                'The 3.5 overtime hours on %s were not approved by your manager; please follow up with her.'
                % C.fmt_date(ctx.past(6), 'long', 'en'),
                'Your corrected T4 slip is available in the employee portal.',
                'Your new banking information will be used from the next pay date.'][v]))
    return ctx.msg('payroll', 'payroll message to an employee', subj, pay,
                   [('%s %s' % emp, (emp[0][0] + emp[1]).lower() + '@cisdr.example')], text)


def ne_newsletter(ctx, v):
    r = ctx.rng
    ed = ('Oncology Program Bulletin', 'oncology.bulletin@cisdr.example')
    ex = EXTRA_EN[v % len(EXTRA_EN)]
    items = [
        ('New faces', '%s %s %s joins our hematology group from Halifax; %s research focuses on chronic lymphocytic '
                      'leukemia and BTK inhibitor resistance.' % ('Dr.', ex[0], ex[1], 'her' if ex[2] == 'F' else 'his')),
        ('Clinic update', 'Dr. Imran Qureshi\'s lung cancer clinic moves to Tuesday mornings; Dr. Laura Stein '
                          'now leads the myeloma and lymphoma day clinic.'),
        ('By the numbers', 'Last quarter: %d chair visits, %d compounded doses, median chair wait %d minutes.'
         % (r.randrange(2500, 3300), r.randrange(3800, 5000), r.randrange(12, 40))),
        ('Kudos', 'Thanks to David Okafor and the sterile compounding team for zero USP <800> findings at the audit.'),
        ('Save the date', 'Oncology nursing rounds: "Managing immune-related colitis" - %s, noon.'
         % C.fmt_date(ctx.fut(8), 'long', 'en')),
    ]
    r.shuffle(items)
    text = 'ONCOLOGY PROGRAM BULLETIN - %s %d\n\n%s\n\nTo unsubscribe reply "remove".' % (
        C.MONTHS[ctx.day.month - 1], ctx.day.year, '\n\n'.join('%s\n%s' % (t.upper(), b) for t, b in items))
    htm = ('<html><body style="font-family:Segoe UI,Arial"><table width="600" style="margin:auto"><tr><td>'
           '<h1 style="color:#004b6e">Oncology Program Bulletin</h1><p><i>%s %d</i></p>%s'
           '<hr><p style="font-size:8pt">To unsubscribe reply "remove".</p></td></tr></table></body></html>'
           % (C.MONTHS[ctx.day.month - 1], ctx.day.year, ''.join('<h3>%s</h3><p>%s</p>' % x for x in items)))
    return ctx.msg('newsletter', 'program newsletter naming physicians and their disease areas',
                   'Oncology Program Bulletin - %s' % C.MONTHS[ctx.day.month - 1], ed,
                   [('Oncology - All Staff', 'oncology-all@cisdr.example')], text, html=htm,
                   force_body=['html', 'alt', 'html', 'alt'][v])


def ne_pt(ctx, v):
    r = ctx.rng
    sec = ctx.staff('Walsh')
    items = ['Biosimilar rituximab: automatic substitution approved for all new starts',
             'Dose banding for gemcitabine and fluorouracil - pilot results',
             'Pembrolizumab extended interval (400 mg q6w) added as default',
             'Carboplatin shortage - conservation measures continue',
             'Oral chemotherapy: pharmacist teaching documented before first dispense']
    text = ('P&T Oncology Subcommittee - %s\n\nAttendees: Dr. I. Qureshi (chair), Dr. L. Stein, R. Kim, P. Walsh, '
            'R. Dubois-Hart\n\n%s\n\nNext meeting: %s.\n\n%s'
            % (['Draft minutes', 'Agenda', 'Final minutes', 'Action items'][v],
               '\n'.join('%d. %s - %s' % (i + 1, it, r.choice(['approved', 'deferred', 'for information', 'approved']))
                         for i, it in enumerate(items)), C.fmt_date(ctx.fut(20), 'long', 'en'), ctx.sig(sec, True)))
    atts = []
    if v == 2:
        atts = [A.at('pdf', 'PT_onc_minutes.pdf', A.make_pdf('P&T Oncology Subcommittee - Minutes',
                                                             text.split('\n'), ctx.date, sec.full))]
    return ctx.msg('committee', 'P&T oncology subcommittee minutes/agenda', 'P&T Oncology - %s' % [
        'draft minutes', 'agenda', 'minutes', 'action items'][v], sec,
        [('P&T Oncology Members', 'pt-onc@cisdr.example')], text, atts=atts)


def ne_conference(ctx, v):
    r = ctx.rng
    org = ('Regional Oncology Pharmacy Symposium', 'symposium@ropsymposium.example')
    sp = EXTRA_EN[:]
    r.shuffle(sp)
    topics = ['CAR-T cytokine release syndrome: the pharmacist\'s role', 'Antibody-drug conjugates in breast cancer',
              'Oral chemotherapy adherence programs', 'Hazardous drug surveillance: wipe sampling results',
              'Dosing in obesity and renal impairment', 'Biosimilars: two years on']
    lines = ['%02d:%02d  Dr. %s %s - %s' % (9 + i, 0 if i % 2 == 0 else 45, s[0], s[1], t) for i, (s, t) in enumerate(zip(sp, topics))]
    subj = ['Programme: Regional Oncology Pharmacy Symposium', 'Early-bird registration closes Friday',
            'Speaker line-up announced', 'Final programme and venue'][v]
    text = ('Dear colleagues,\n\nThe symposium takes place on %s at the Riverside Conference Centre.\n\n%s\n\n'
            '6.5 CE hours. Registration: https://ropsymposium.example\n\nOrganizing Committee'
            % (C.fmt_date(ctx.fut(r.randrange(20, 60)), 'long', 'en'), '\n'.join(lines)))
    return ctx.msg('conference', 'pharmacy symposium programme with speakers', subj, org,
                   [('Oncology Pharmacy', 'oncpharm@cisdr.example')], text, force_body='alt' if v % 2 else None)


def ne_job(ctx, v):
    r = ctx.rng
    hr = ('Talent Acquisition', 'careers@cisdr.example')
    post = [('Oncology Pharmacist (Permanent, Full-time)', 'PharmD or BPharm; oncology residency or BCOP preferred'),
            ('Pharmacy Technician - Sterile Compounding', 'Registered pharmacy technician; USP <797>/<800> experience'),
            ('Registered Nurse - Oncology Day Unit', 'CON(C) certification an asset; chemotherapy course required'),
            ('Clinical Trials Coordinator - Oncology', 'Degree in life sciences; GCP certification')][v]
    text = ('Posting #%d-%03d\n\nPosition: %s\nLocation: %s, %s\nQualifications: %s\nBilingualism (French/English) '
            'required.\n\nApply by %s through the careers portal.' % (ctx.day.year, r.randrange(1, 500), post[0],
                                                                     C.UNIT_EN, C.ORG_EN, post[1],
                                                                     C.fmt_date(ctx.fut(14), 'long', 'en')))
    return ctx.msg('job_posting', 'job posting', 'Job posting: %s' % post[0], hr,
                   [('All Staff', 'allstaff@cisdr.example')], text, force_body='html' if v == 3 else None)


def ne_invoice(ctx, v):
    r = ctx.rng
    ven = r.choice([('Swift Medical Courier', 'billing@swiftmedcourier.example'),
                    ('Cleanroom Certification Services Inc.', 'ar@cleanroomcert.example')])
    no = 'INV-%06d' % r.randrange(100000, 999999)
    gst = business_number(r)
    amt = round(r.uniform(300, 6000), 2)
    fields = ['Invoice: %s' % no, 'Date: %s' % ctx.day.isoformat(), 'Account #: CISDR-%05d' % r.randrange(10000, 99999),
              'PO #: PO-%07d' % r.randrange(1000000, 9999999), 'Bill to: Accounts Payable, %s' % C.ORG_EN,
              'Description: %s' % ('courier runs (oral chemotherapy), 22 trips' if 'Courier' in ven[0]
                                   else 'semi-annual certification, 2 BSCs + ISO 7 buffer room'),
              'Amount: $%.2f' % amt, 'GST/HST #: %sRT0001' % gst, 'Terms: Net 30']
    pdf = A.make_pdf('%s - Invoice' % ven[0], fields, ctx.date, ven[0])
    subj = ['Invoice %s' % no, 'Your invoice from %s' % ven[0], 'Statement of account', 'Past due: %s' % no][v]
    return ctx.msg('invoice', 'vendor invoice (PDF)', subj, ven, [('Accounts Payable', 'ap@cisdr.example')],
                   'Please find attached invoice %s.\n\nThank you for your business.\n%s' % (no, ven[0]),
                   atts=[A.at('pdf', '%s.pdf' % no, pdf)])


def ne_po(ctx, v):
    r = ctx.rng
    buyer = ('Purchasing', 'purchasing@cisdr.example')
    rows = [('Item', 'Catalogue #', 'Qty', 'Unit price')]
    for it in r.sample(['Chemo-rated nitrile gloves (M)', 'CSTD spike adaptors', 'Elastomeric pumps 2 mL/h',
                        'Yellow cytotoxic waste bins 20 L', 'Low-lint wipes', 'Sterile 70% IPA'], 4):
        rows.append((it, C.luhn_lot(r, '', 8), r.randrange(2, 40), round(r.uniform(5, 250), 2)))
    no = 'PO-%07d' % r.randrange(1000000, 9999999)
    csv = A.make_csv(rows)
    text = 'Hello,\n\nPlease process %s (attached). Deliver to Pharmacy receiving, dock 3.\n\nPurchasing' % no
    return ctx.msg('purchase_order', 'purchase order (CSV)', 'Purchase order %s' % no, buyer,
                   [('Boreal Medical Supplies', 'orders@fmboreal.example')], text,
                   atts=[A.at('csv', '%s.csv' % no, text=csv, charset='us-ascii', cte=r.choice(['7bit', 'base64']))])


def ne_spill(ctx, v):
    r = ctx.rng
    tech = ctx.staff('Okafor')
    rows = [('Location', 'Spill kit lot', 'Expiry', 'Checked', 'OK')]
    for loc in ['Day unit bay A', 'Day unit bay B', 'Cleanroom anteroom', 'Pharmacy receiving', '4 West med room']:
        rows.append((loc, C.luhn_lot(r, 'SK', 8), (ctx.day + datetime.timedelta(days=r.randrange(60, 700))).isoformat(),
                     ctx.past(1).isoformat(), r.choice(['Y', 'Y', 'Y', 'N - replaced'])))
    x = A.make_xlsx([('Spill kits', rows)], ctx.date, tech.full)
    return ctx.msg('inventory', 'spill kit inventory check (XLSX)', 'Monthly spill kit check', tech,
                   [ctx.staff('Walsh')], 'Monthly check done, one kit replaced (seal broken).\n\n%s' % ctx.sig(tech, True),
                   atts=[A.at('xlsx', 'spill_kits_%s.xlsx' % ctx.day.strftime('%Y%m'), x)])


TEMPLATES = [ne_shortage, ne_recall, ne_roster, ne_leave, ne_timesheet, ne_newsletter, ne_pt, ne_conference,
             ne_job, ne_invoice, ne_po, ne_spill]
