"""Confidential messages, English (Ontario side of the hospital), part 1."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_build import att_docx, att_pdf, att_text, att_xlsx, fname_safe, he_she, nm
from gen_clin import (ALLERG_EN, ATCD_EN, HOME_MEDS, MECH_EN, MEDS, PROC, WORK_EN, S, dx_of, labs_en)
from gen_common import (EXTERNAL, FAX_ON, MONTHS, ORG_EN, SITE_ON, STAFF, TEL_ON_ARTHRO, TEL_ON_FRACT, fmt_date,
                        fmt_day, fmt_mrn, fmt_nam, fmt_ohn, fmt_sin, sig)
from gen_mime import FWD, L, P, PRE, Q, SIG, T

ST = STAFF
EX = EXTERNAL
SURG_ON = [STAFF['okafor'], STAFF['lacasse']]


def dob_en(ctx, p):
    d = p.dob
    return ctx.pick([d.isoformat(), f'{MONTHS[d.month - 1]} {d.day}, {d.year}', d.strftime('%Y/%m/%d'),
                     f'{d.day} {MONTHS[d.month - 1]} {d.year}',
                     d.strftime('%d/%m/%Y')])


def ohn_style(ctx):
    return ctx.pick(['plain', 'std', 'std', 'space', 'dots', 'slash', 'wide', 'odd'])


def mrn_style(ctx):
    return ctx.pick(['plain', 'plain', 'dash', 'space', 'pref', 'dots', 'wide'])


def later(dt, a, b, ctx):
    d = dt.date() + datetime.timedelta(days=ctx.rng.randint(a, b))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def clock(ctx):
    return ctx.pick(['08:00', '08:30', '09:15', '10:00', '10:40', '13:00', '13:30', '14:20', '15:10'])


def hc(p, ctx):
    return fmt_ohn(p.ohn, p.ohn_vc, ohn_style(ctx))


# ---------------------------------------------------------------------------------------------- 1 referral
def en_referral(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 50, 88)
    dx = dx_of(ctx.rng, ['arthro'])
    fp = ctx.pick([EX['fp_on'], EX['fp_on2']])
    surg = ctx.pick(SURG_ON)
    meds = ctx.rng.sample(HOME_MEDS, 3)
    pmh = ctx.rng.sample(ATCD_EN, 3)
    s_, h_ = he_she(p)
    body = (f'Name: {nm(p, "sur_first", "en")}\nDOB: {dob_en(ctx, p)}\nHCN: {hc(p, ctx)}\n'
            f'Phone: {p.phone}\nAddress: {p.address("en")}\n\n'
            f'Reason for referral: {dx[1]}. Pain {ctx.rng.randint(6, 9)}/10, night pain, walking tolerance '
            f'{ctx.pick(["one block", "under 10 minutes", "house-bound in winter"])}. Failed NSAIDs, '
            f'{ctx.pick(["two steroid injections", "one hyaluronic acid series", "6 months of physio"])}.\n'
            f'PMHx: {", ".join(pmh)}\nMeds: {"; ".join(m[1] for m in meds)}\nAllergies: {ctx.pick(ALLERG_EN)}\n'
            f'Imaging: bone-on-bone on standing films, report attached to the eReferral.')
    blocks = [P(f'Dear {surg.dr("en")},'),
              P(f'Thank you for seeing {nm(p, "title_full", "en")} for assessment of joint replacement.'),
              PRE(body),
              P(f'{s_.capitalize()} is keen on surgery and has support at home from {h_} '
                f'{ctx.pick(["daughter", "husband", "wife", "son"])}.'),
              P('Best regards,'), SIG(sig(fp, 'en'))]
    return S('referral', 'en', 'referral for joint replacement assessment from a family physician', fp, [surg],
             'Referral - orthopaedic surgery (arthroplasty)', dt, blocks,
             ['date_of_birth', 'diagnosis', 'medication', 'patient_contact'], ids=[('ca_health_number', p.ohn)],
             patients=[p], cc=[ST['kowalski']])


# ---------------------------------------------------------------------------------------------- 2 fracture clinic booking
def en_fracture_booking(ctx, B):
    dt = ctx.msg_date()
    rows, pats, ids = [], [], []
    day = later(dt, 3, 9, ctx)
    withhc = ctx.rng.random() < 0.5
    for i in range(ctx.rng.randint(3, 6)):
        p = ctx.patient('ON', 6, 90)
        dx = dx_of(ctx.rng, ['fx', 'soft', 'peds'])
        r = [nm(p, ctx.pick(['sur_first', 'sur_comma', 'full'])), fmt_mrn(p.mrn, mrn_style(ctx))]
        ids.append(('mrn', p.mrn))
        if withhc:
            r.append(hc(p, ctx))
            ids.append(('ca_health_number', p.ohn))
        r += [dx[1], ctx.pick(['backslab', 'below-elbow cast', 'air cast boot', 'sling', 'thumb spica', 'ER splint']),
              clock(ctx)]
        rows.append(r)
        pats.append(p)
    hdr = ['Patient', 'MRN'] + (['HCN'] if withhc else []) + ['Injury', 'Immobilisation', 'Time']
    sender = ctx.pick([ST['harper'], ST['nguyen']])
    blocks = [P('Hi Tanya,'),
              P(f'ED referrals from the weekend for fracture clinic on {fmt_day(day, "en")}. All have post-reduction '
                f'films on PACS. Please call them with times.'),
              T(hdr, rows),
              P(ctx.pick(['Thanks!', 'The kids can go on Dr. Fraser\'s list if there is room.',
                          'Two of these will need cast changes first.'])),
              SIG(sig(sender, 'en'))]
    return S('fracture_clinic', 'en', 'fracture clinic bookings from the emergency department', sender,
             [ST['kowalski']], f'Fracture clinic bookings - {MONTHS[day.month - 1][:3]} {day.day}', dt, blocks,
             ['diagnosis'], ids=ids, patients=pats, force={'mode': ctx.pick(['html', 'alt'])})


# ---------------------------------------------------------------------------------------------- 3 cast room log (XLSX)
def en_cast_room(ctx, B):
    dt = ctx.msg_date()
    rows, pats, ids = [], [], []
    for i in range(ctx.rng.randint(6, 10)):
        p = ctx.patient('ON', 3, 85)
        dx = dx_of(ctx.rng, ['fx', 'peds'])
        rows.append([dt.date().isoformat(), p.mrn, p.surname, p.given, dx[1],
                     ctx.pick(['cast removal', 'cast change', 'fibreglass BE cast', 'window cut', 'K-wire removal',
                               'walking boot fitted', 'splint re-moulded']),
                     ctx.pick([ST['quinn'].given, ST['bisson'].given])])
        pats.append(p)
        ids.append(('mrn', p.mrn))
    x = make_xlsx([('Cast room', ['Date', 'MRN', 'Last name', 'First name', 'Diagnosis', 'Procedure', 'Tech'], rows)],
                  dt, ST['quinn'].full)
    blocks = [P('Hi Jenna,'),
              P(ctx.pick(['Cast room log for today attached for the stats and the billing sheet.',
                          'Attached is the log from today. Patient #3 had skin breakdown under the cast, I took a '
                          'photo for the chart.'])),
              P('Declan'), SIG(sig(ST['quinn'], 'en'))]
    return S('cast_room', 'en', 'cast room daily log (XLSX)', ST['quinn'], [ST['harper']],
             f'Cast room log {dt.date().isoformat()}', dt, blocks, ['diagnosis'],
             [att_xlsx(f'castroom_log_{dt.strftime("%Y%m%d")}.xlsx', x)], ids=ids, patients=pats)


# ---------------------------------------------------------------------------------------------- 4 WSIB Form 8
def en_wsib(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 19, 64)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    job = ctx.pick(WORK_EN)
    ev = dt.date() - datetime.timedelta(days=ctx.rng.randint(3, 30))
    claim = f'{ctx.rng.randint(30000000, 39999999)}'
    ss = ctx.pick(['std', 'plain', 'dash', 'wide', 'odd', 'dots'])
    doc = ctx.pick([ST['patel'], ST['okafor'], ST['vachon']])
    sections = [('Worker', [f'Last name: {p.surname}   First name: {p.given}', f'Date of birth: {p.dob.isoformat()}',
                            f'Social Insurance Number: {fmt_sin(p.sin, ss)}',
                            f'Health card: {fmt_ohn(p.ohn, p.ohn_vc, "std")}', f'Address: {p.address("en")}',
                            f'Phone: {p.phone}', f'Occupation: {job}', f'Claim number: {claim}']),
                ('Injury', [f'Date of accident: {ev.isoformat()}', f'How it happened: {ctx.pick(MECH_EN)}.',
                            f'Diagnosis: {dx[1]}.',
                            f'Treatment: {ctx.pick(["closed reduction and cast", "ORIF booked", "boot, WBAT", "sling 3 weeks, physio"])}.',
                            f'Medication: {ctx.pick(MEDS)[1]}.']),
                ('Functional abilities', [ctx.pick(['No use of injured hand. Modified duties with one hand possible.',
                                                    'Off work until reassessment in 2 weeks.',
                                                    'Sedentary duties only, no ladders, lift < 5 kg.'])]),
                ('Health professional', [doc.dr('en'), ORG_EN, f'Billing number {ctx.rng.randint(100000, 999999)}'])]
    pdf = make_pdf('Health Professional\'s Report (Form 8)', sections,
                   header='Workplace Safety and Insurance Board (simulated form)', footer='Submitted electronically')
    blocks = [P('Hello,'),
              P(f'Please find attached the Form 8 for claim {claim}. A Functional Abilities Form will follow after '
                f'the next fracture clinic visit.'),
              SIG(sig(ST['kowalski'], 'en'))]
    fn = ctx.pick([f'Form8_{fname_safe(p.surname)}_{claim}.pdf', f'WSIB Form 8 - {claim}.pdf',
                   f'{p.surname.upper()}_{p.given}_Form8.pdf'])
    return S('wsib_form', 'en', 'WSIB Form 8 health professional report (PDF)', ST['kowalski'], [EX['wsib']],
             f'Form 8 - claim {claim}', dt, blocks,
             ['date_of_birth', 'diagnosis', 'medication', 'patient_contact'], [att_pdf(fn, pdf)],
             ids=[('ca_sin', p.sin), ('ca_health_number', p.ohn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 5 pre-op class
def en_preop_class(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 50, 85)
    code = ctx.pick(['PTG', 'PTH', 'PTH'])
    cl = later(dt, 7, 25, ctx)
    op = cl + datetime.timedelta(days=ctx.rng.randint(14, 30))
    blocks = [P(f'Dear {nm(p, ctx.pick(["title", "given"]), "en")},'),
              P(f'You are booked for your {PROC[code][1]} on {fmt_date(op, "en")}. As part of the Joint '
                f'Replacement Program, please attend the pre-operative education class on {fmt_day(cl, "en")} at '
                f'{clock(ctx)} in the Riverside Room (main floor, {SITE_ON.split(",")[0]}).'),
              L(['Bring your medication list and your walker or cane if you already have one.',
                 'A family member or coach is welcome.',
                 'Please pick up your raised toilet seat and reacher before surgery.']),
              P('If you can no longer make this date, reply to this e-mail or call the program line.'),
              SIG(sig(ST['gosselin'], 'en'))]
    return S('preop_class', 'en', 'pre-operative class booking sent to a patient', ST['gosselin'],
             [(p.full, p.email)], 'Your pre-op class - Joint Replacement Program', dt, blocks, ['diagnosis'],
             patients=[p])


# ---------------------------------------------------------------------------------------------- 6 wait list (CSV)
def en_waitlist(ctx, B):
    dt = ctx.msg_date()
    rows, pats, ids = [], [], []
    for i in range(ctx.rng.randint(6, 9)):
        p = ctx.patient('ON', 45, 90)
        code = ctx.pick(['PTG', 'PTH', 'PTG', 'PUC', 'RPTH'])
        dec = dt.date() - datetime.timedelta(days=ctx.rng.randint(20, 420))
        rows.append([p.surname, p.given, p.dob.isoformat(), p.ohn + (p.ohn_vc or ''), PROC[code][2],
                     ctx.pick(['L', 'R']), dec.isoformat(), ctx.pick(['P3', 'P4', 'P4', 'P2']),
                     ctx.pick(SURG_ON).surname, ctx.pick(['', '', 'needs anaesthesia consult', 'BMI 42',
                                                          'pt deferred to spring', 'dental clearance pending'])])
        pats.append(p)
        ids.append(('ca_health_number', p.ohn))
    csv = make_csv(['last_name', 'first_name', 'dob', 'hcn', 'procedure', 'side', 'decision_to_treat', 'priority',
                    'surgeon', 'comments'], rows)
    blocks = [P('Hi Linda,'),
              P('Export of the Carleton Mills arthroplasty wait list as of this morning (CSV, same columns as the '
                'WTIS upload). Rows past target are the ones with decision dates before last spring.'),
              P('Nadia'), SIG(sig(ST['rioux'], 'en'))]
    return S('wait_list', 'en', 'surgical wait list export (CSV)', ST['rioux'], [ST['ramsay']],
             'Arthroplasty wait list export', dt, blocks, ['date_of_birth', 'diagnosis'],
             [att_text('text/csv', f'waitlist_CM_{dt.strftime("%Y%m%d")}.csv', csv, ctx.pick(['us-ascii', 'utf-8']),
                       ctx.pick(['base64', 'quoted-printable', '7bit']))], ids=ids, patients=pats)


# ---------------------------------------------------------------------------------------------- 7 physio referral
def en_physio(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 16, 80)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    blocks = [P('Hello,'),
              P(f'Physiotherapy referral for {nm(p, "full", "en")}, DOB {dob_en(ctx, p)}, cell {p.phone}.'),
              P(f'Diagnosis: {dx[1]}. {ctx.pick(["Out of cast as of today.", "Post-ORIF, 6 weeks.", "Treated non-operatively in a boot."])} '
                f'Please start ROM and progressive strengthening; {ctx.pick(["WBAT", "no resisted wrist extension x 4 weeks", "no impact x 3 months"])}.'),
              P('Patient has private coverage through employer. Please send progress notes to the fracture clinic fax '
                f'{FAX_ON}.'),
              SIG(sig(ST['walsh'], 'en'))]
    return S('physio_referral', 'en', 'outpatient physiotherapy referral after a fracture', ST['walsh'],
             [EX['physio_on']], 'Physio referral', dt, blocks, ['date_of_birth', 'patient_contact', 'diagnosis'],
             patients=[p])


# ---------------------------------------------------------------------------------------------- 8 implant recall patient list (XLSX)
def en_recall_list(ctx, B):
    dt = ctx.msg_date()
    lot = f'{ctx.pick(["KA", "KX", "OR"])}{ctx.rng.randint(100000, 999999)}'
    rows, pats, ids = [], [], []
    for i in range(ctx.rng.randint(4, 7)):
        p = ctx.patient('ON', 50, 90)
        op = dt.date() - datetime.timedelta(days=ctx.rng.randint(90, 700))
        rows.append([p.mrn, f'{p.surname}, {p.given}', p.dob.isoformat(), op.isoformat(),
                     ctx.pick(['L', 'R']), ctx.pick(['TKA', 'THA']), lot, p.phone])
        pats.append(p)
        ids.append(('mrn', p.mrn))
    x = make_xlsx([('Affected patients', ['MRN', 'Patient', 'DOB', 'Surgery date', 'Side', 'Procedure', 'Lot',
                                          'Phone'], rows)], dt, ST['gosselin'].full)
    blocks = [P('Hi all,'),
              P(f'Attached is the list of our patients who received components from recalled lot {lot}, matched from '
                f'the OR implant log. I will start calling them this week to book clinic review with x-rays.'),
              P('Internal use only - please do not forward to the vendor rep.'), SIG(sig(ST['gosselin'], 'en'))]
    return S('implant_recall', 'en', 'patients matched to a recalled implant lot (XLSX)', ST['gosselin'],
             [ST['okafor'], ST['ramsay']], f'Recall {lot} - affected patients', dt, blocks,
             ['date_of_birth', 'diagnosis', 'patient_contact'], [att_xlsx(f'recall_{lot}_patients.xlsx', x)],
             ids=ids, patients=pats, importance=True)


# ---------------------------------------------------------------------------------------------- 9 discharge summary
def en_discharge(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 60, 95)
    dx = dx_of(ctx.rng, ['hip'])
    proc = ctx.pick(['hemiarthroplasty', 'cephalomedullary nail', 'sliding hip screw'])
    adm = dt.date() - datetime.timedelta(days=ctx.rng.randint(4, 10))
    hb, labs = labs_en(ctx.rng)
    meds = ctx.rng.sample(MEDS[:9], 3)
    paras = [('h', 'Patient'), f'{nm(p, "sur_first", "en")}   DOB {p.dob.isoformat()}   MRN {p.mrn}',
             f'Health card: {fmt_ohn(p.ohn, p.ohn_vc, "std")}',
             f'Admitted {adm.isoformat()}, discharged {dt.date().isoformat()} to '
             f'{ctx.pick(["home with home care", "rehab (Riverside Rehab)", "retirement home"])}',
             ('h', 'Diagnosis'), dx[1], ('h', 'Procedure'), f'{proc}, {(adm + datetime.timedelta(days=1)).isoformat()}',
             ('h', 'Course'),
             f'Post-op anaemia (Hgb nadir {hb - 10}), {ctx.pick(["1 unit PRBC", "IV iron", "no transfusion"])}. '
             f'{ctx.pick(["Brief delirium POD2, resolved.", "Uncomplicated.", "Urinary retention, catheter removed POD3."])}',
             ('h', 'Labs at discharge'), ', '.join(labs[:4]),
             ('h', 'Discharge medications'), '; '.join(m[1] for m in meds),
             ('h', 'Follow-up'), 'Fracture clinic 6 weeks with x-ray. Staples out POD14 by home care nursing.']
    docx = make_docx('Discharge Summary - Orthopaedics', paras, dt, ST['nguyen'].full)
    fp = ctx.pick([EX['fp_on'], EX['fp_on2']])
    blocks = [P(f'Dear {fp.dr("en")},'), P('Discharge summary for your patient attached.'), SIG(sig(ST['nguyen'], 'en'))]
    return S('discharge_summary', 'en', 'hip fracture discharge summary to family physician (DOCX)', ST['nguyen'],
             [fp], 'Discharge summary', dt, blocks, ['date_of_birth', 'diagnosis', 'medication', 'lab_result'],
             [att_docx(ctx.pick([f'DC_summary_{p.mrn}.docx', f'Discharge {p.surname}.docx']), docx)],
             ids=[('mrn', p.mrn), ('ca_health_number', p.ohn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 10 pharmacy Rx
def en_pharmacy(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 18, 85)
    dx = dx_of(ctx.rng, ['fx', 'arthro'])
    meds = ctx.rng.sample(MEDS[:10], 3)
    surg = ctx.pick(SURG_ON + [ST['patel']])
    blocks = [P('Please fill the following for pickup today:'),
              PRE(f'Patient: {nm(p, "full", "en")}\nDOB: {dob_en(ctx, p)}\nAddress: {p.address("en")}\n'
                  f'Phone: {p.phone}\n\nIndication: {dx[1]}\n' +
                  '\n'.join(f'Rx{i + 1}: {m[1]}' for i, m in enumerate(meds)) +
                  f'\n\nPrescriber: {surg.dr("en")} (CPSO {ctx.rng.randint(60000, 99999)})'),
              P(f'Hard copy faxed from {FAX_ON}. Narcotic component requires the original - patient will bring it.'),
              SIG(sig(ST['harper'], 'en'))]
    return S('prescription', 'en', 'prescription sent to a community pharmacy', ST['harper'], [EX['pharm_on']],
             'Rx for pickup', dt, blocks, ['date_of_birth', 'patient_contact', 'diagnosis', 'medication'],
             patients=[p])


# ---------------------------------------------------------------------------------------------- 11 transport
def en_transport(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 55, 95)
    dx = dx_of(ctx.rng, ['hip', 'fx', 'arthro'])
    day = later(dt, 2, 10, ctx)
    blocks = [P('Good morning,'),
              P(f'Please book a return trip for {nm(p, "title_full", "en")}:'),
              L([f'Pick-up: {p.address("en")} (phone {p.phone})', f'Date: {fmt_day(day, "en")}, appointment {clock(ctx)}',
                 f'Destination: {ORG_EN}, Fracture Clinic, Carleton Mills Site',
                 f'Reason: follow-up x-ray for {dx[1]}',
                 f'Mobility: {ctx.pick(["wheelchair, non-weight-bearing left leg", "walker, cast on right leg", "ambulatory with cane"])}']),
              P('Thank you,'), SIG(sig(ST['kowalski'], 'en'))]
    return S('transport_request', 'en', 'accessible transit booking for a fracture clinic visit', ST['kowalski'],
             [EX['transport_on']], 'Trip request', dt, blocks, ['patient_contact', 'diagnosis'], patients=[p])


# ---------------------------------------------------------------------------------------------- 12 lab follow-up
def en_labs(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 50, 85)
    hb, labs = labs_en(ctx.rng)
    code = ctx.pick(['PTG', 'PTH'])
    surg = ctx.pick(SURG_ON)
    what = ctx.pick([f'MRSA nares swab came back POSITIVE. Decolonisation started (mupirocin BID x 5 d, CHG wash). '
                     f'Vancomycin to be added to prophylaxis.',
                     f'Pre-op bloods: {", ".join(labs[:5])}. A1c is above our 8.0 cut-off - do you want to defer?',
                     f'Hgb {hb} with ferritin {ctx.rng.randint(6, 20)}. Ferric derisomaltose 1 g booked in day medicine.'])
    blocks = [P(f'Hi {surg.given},'),
              P(f'Re {nm(p, ctx.pick(["full", "sur_first", "title"]), "en")} (MRN {fmt_mrn(p.mrn, mrn_style(ctx))}), '
                f'{PROC[code][2]} booked {later(dt, 10, 30, ctx).isoformat()}:'),
              P(what), P('Karine'), SIG(sig(ST['gosselin'], 'en'))]
    return S('lab_followup', 'en', 'pre-operative result flagged to surgeon', ST['gosselin'], [surg],
             ctx.pick(['Pre-op result', 'Pre-op clinic - flag', 'FYI pre-op labs']), dt, blocks,
             ['lab_result', 'diagnosis'] + (['medication'] if ('mupirocin' in what or 'Ferric' in what) else []),
             ids=[('mrn', p.mrn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 13 quick note
def en_quicknote(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 5, 90)
    dx = dx_of(ctx.rng, ['fx', 'peds'])
    who = nm(p, ctx.pick(['lower', 'lower_sur', 'init', 'sur_init', 'title']), 'en')
    txt = ctx.pick([f'{who} back in cast room, cast soaked, redone. {dx[1]}. no skin issues. can you sign the order',
                    f'fyi {who} called re swelling + tingling fingers. told to come in now. {dx[1]}, cast applied tues',
                    f'can we squeeze {who} into friday am? {dx[1]}, repeat xr due. thx'])
    frm, to = ctx.pick([(ST['quinn'], ST['patel']), (ST['harper'], ST['quinn']), (ST['patel'], ST['kowalski'])])
    return S('quick_note', 'en', 'short note between clinic staff about a cast patient', frm, [to],
             ctx.pick(['cast', 're: friday', 'swelling', '.']), dt, [P(txt), P(frm.given)], ['diagnosis'],
             patients=[p], force={'mode': 'plain', 'enc': ('us-ascii', '7bit')})


# ---------------------------------------------------------------------------------------------- 14 forwarded thread
def en_forward(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 25, 80)
    dx = dx_of(ctx.rng, ['fx'])
    old = dt - datetime.timedelta(days=ctx.rng.randint(1, 5))
    fp = ctx.pick([EX['fp_on'], EX['fp_on2']])
    inner = [P('Hello,'),
             P(f'My patient {nm(p, "full", "en")} (HCN {hc(p, ctx)}) was told to expect a call from fracture clinic '
               f'after the ED visit for {dx[1]} and has heard nothing. Still in a backslab, '
               f'{ctx.pick(["taking Percocet nightly", "swelling worse", "now with numbness in two fingers"])}.'),
             P(fp.dr('en'))]
    blocks = [P(ctx.pick(['Tanya - can you find a slot this week? See below.', 'Please action, thanks.'])),
              P(ST['patel'].given),
              Q(f'On {fmt_date(old.date(), "en")}, {fp.dr("en")} <{fp.email}> wrote:', inner)]
    return S('forward', 'en', 'family physician complaint forwarded to booking', ST['patel'], [ST['kowalski']],
             'Fwd: fracture clinic follow-up?', dt, blocks,
             ['diagnosis'] + (['medication'] if 'Percocet' in inner[1][1] else []),
             ids=[('ca_health_number', p.ohn)], patients=[p])
