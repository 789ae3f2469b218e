"""Non-confidential messages, English, part 2."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_vcard, make_zip
from gen_build import att_docx, att_eml, att_pdf, att_text, att_zip
from gen_clin import S
from gen_common import EXTERNAL, MONTHS, ORG_EN, SITE_ON, STAFF, TEL_ON_ARTHRO, TEL_ON_FRACT, fmt_date, fmt_day, sig, wkday
from gen_mime import FWD, L, P, PRE, Q, SIG, T
from gen_neg_common import asset_tag, luhn_serial, serial10, staffer
from gen_neg_en import (SURGEONS, ne_blank_form, ne_conference, ne_inventory, ne_invoice, ne_leave, ne_mailmerge,
                        ne_occ_health, ne_oncall, ne_preop_calendar, ne_purchase_order, ne_recall_notice, ne_schedule,
                        ne_stats, ne_teaching)

ST = STAFF
EX = EXTERNAL


def ne_payroll(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick(['t4', 'retro', 'eft'])
    if v == 't4':
        subj, txt = 'T4 slips available', ('Your T4 slips are now available in the employee self-service portal. For '
                                           'security, only the last three digits of your SIN are shown on screen. Payroll '
                                           'will never ask you for your SIN or banking details by e-mail.')
    elif v == 'retro':
        subj, txt = 'Retroactive pay - collective agreement', (
            'Retroactive pay under the new collective agreement will be issued on the '
            f'{fmt_date(dt.date() + datetime.timedelta(days=12), "en")} pay date, covering the period from April 1. '
            'Questions: payroll ext. 2210.')
    else:
        subj, txt = 'Direct deposit changes - deadline', ('Banking changes must be submitted 10 business days before '
                                                          'a pay date with a void cheque or bank form.')
    blocks = [P('Hello,'), P(txt), SIG(['Payroll Services', ORG_EN, 'ext. 2210'])]
    return S('payroll', 'en', 'payroll notice to staff', ('Payroll Services', 'payroll@deuxrives.example'),
             [('Ortho - all staff', 'ortho.all@deuxrives.example')], subj, dt, blocks)


def ne_job(ctx, B):
    dt = ctx.msg_date()
    job = ctx.pick([('Orthopaedic Technologist - Cast Room', 'Certified orthopaedic technologist; paediatric casting an asset',
                     '$31.20-$38.75/h'),
                    ('Registered Physiotherapist - Joint Replacement Program', 'Registered with the College; bilingual '
                     '(English/French) required', '$42.10-$55.30/h'),
                    ('RN Nurse Navigator - Orthopaedics', 'BScN, 3 years surgical experience', '$40.22-$58.15/h'),
                    ('Booking Clerk - Fracture Clinic', 'Medical office diploma; scheduling systems', '$24.80-$27.90/h')])
    no = f'TRH-{dt.year}-{ctx.rng.randint(100, 999)}'
    blocks = [P(f'INTERNAL/EXTERNAL POSTING {no}'),
              P(f'Position: {job[0]}\nStatus: {ctx.pick(["permanent full-time", "part-time 0.6 FTE", "12-month temporary"])}\n'
                f'Site: {ctx.pick(["Carleton Mills", "Pontbriand"])}\nQualifications: {job[1]}\nRate: {job[2]}'),
              P(f'Apply by {fmt_date(dt.date() + datetime.timedelta(days=14), "en")} to careers@deuxrives.example, '
                f'quoting the posting number.'),
              P('Two Rivers Hospital is an equal opportunity employer.'), SIG(['Human Resources', ORG_EN])]
    return S('job_posting', 'en', 'job posting for orthopaedics', ('Human Resources', 'careers@deuxrives.example'),
             [('All staff', 'allstaff@deuxrives.example')], f'Posting {no} - {job[0]}', dt, blocks,
             force={'mode': ctx.pick(['html', 'alt', 'plain'])})


def ne_candidate(ctx, B):
    dt = ctx.msg_date()
    c = staffer(ctx.rng)
    blocks = [P(f'Hi {ST["ramsay"].given},'),
              P(f'Reference check completed for {c.full}, candidate for the cast room technologist posting. Both '
                f'references (previous manager at a community hospital and the program coordinator) were very positive: '
                f'reliable, excellent with paediatric patients, strong casting skills. No concerns raised.'),
              P('Recommend we proceed with the offer at step 3.'), SIG(sig(ST['desrosiers'], 'en'))]
    return S('job_candidate', 'en', 'reference check summary for a job candidate', ST['desrosiers'], [ST['ramsay']],
             'Reference check - cast room technologist', dt, blocks)


def ne_it(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick(['pacs', 'phish', 'ereferral'])
    day = dt.date() + datetime.timedelta(days=ctx.rng.randint(2, 10))
    if v == 'pacs':
        subj = f'Planned PACS downtime - {fmt_day(day, "en")}'
        txt = (f'PACS will be upgraded on {fmt_day(day, "en")} 22:00-02:00. Fracture clinic and ED images will be '
               f'read-only on the downtime workstation (room 1-204). Change ticket CHG{luhn_serial(ctx.rng, 7)}.')
    elif v == 'phish':
        subj = 'ALERT - phishing e-mail "Update your payroll profile"'
        txt = ('Several staff received an e-mail asking them to confirm their SIN and banking details via a link. This '
               'is phishing. Do not click; delete it. Report suspicious messages with the Report button.')
    else:
        subj = 'eReferral go-live for orthopaedics'
        txt = (f'Orthopaedic eReferrals go live on {fmt_date(day, "en")}. Referring clinics will submit through the '
               f'regional portal; faxed referrals will be accepted for 60 days. Training sessions for clerks on Teams '
               f'Tuesday and Thursday at 13:00. The training environment contains test data only.')
    blocks = [P('Hello,'), P(txt), SIG(['IT Service Desk', ORG_EN, 'ext. 3333'])]
    return S('it_notice', 'en', 'IT notice', ('IT Service Desk', 'servicedesk@deuxrives.example'),
             [('All staff', 'allstaff@deuxrives.example')], subj, dt, blocks, force={'enc': ('us-ascii', '7bit')})


def ne_facilities(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick(['trap', 'elevator', 'power'])
    if v == 'trap':
        subj, txt = 'Cast room plaster trap service', ('The plaster trap under the cast room sink will be serviced '
                                                       f'Tuesday 07:00-08:00. Work order {luhn_serial(ctx.rng, 8)}.')
    elif v == 'elevator':
        subj, txt = 'Elevator B out of service', ('Elevator B (fracture clinic side) is out of service for inspection '
                                                  'Wed-Thu. Please direct wheelchair patients to elevator A.')
    else:
        subj, txt = 'Generator test Sunday', ('Monthly generator load test Sunday 06:00. Brief flicker expected. Cast '
                                              f'saws on the red outlets are unaffected (panel asset {asset_tag(ctx.rng)}).')
    blocks = [P('Hello,'), P(txt), SIG(['Facilities Management', ORG_EN, 'ext. 2100'])]
    return S('facilities', 'en', 'facilities notice', ('Facilities', 'facilities@deuxrives.example'),
             [ST['quinn'], ST['harper'], ST['kowalski']], subj, dt, blocks)


def ne_committee(ctx, B):
    dt = ctx.msg_date()
    day = wkday(dt.date() + datetime.timedelta(days=ctx.rng.randint(6, 20)))
    com = ctx.pick(['Joint Replacement Program Committee', 'Orthopaedic M&M Rounds', 'Surgical Site Infection Working Group'])
    agenda = ['Approval of agenda and minutes', f'Wait-time update - Ms. {ST["ramsay"].full}',
              f'SSI rates, THA/TKA - Dr. {ST["okafor"].surname}', 'Hip fracture pathway: 48 h target', 'Other business']
    if 'M&M' in com:
        agenda[2] = 'Two cases (de-identified; slides shown in the room only)'
    blocks = [P('Good afternoon,'),
              P(f'Notice of meeting: {com}, {fmt_day(day, "en")} at {ctx.pick(["07:00", "12:00", "16:30"])}, Board Room '
                f'(3rd floor) and Teams.'),
              L(agenda), P(f'{ST["gervais"].dr("en")}, Chair'), SIG(['Medical Affairs Office', ORG_EN])]
    ics = make_ics(f'committee-{day.isoformat()}@deuxrives.example', datetime.datetime(day.year, day.month, day.day, 12, 0),
                   60, com, 'Agenda in the covering e-mail.', 'Board Room, 3rd floor',
                   ('Medical Affairs', 'medaffairs@deuxrives.example'), [(s.full, s.email) for s in SURGEONS[:5]], stamp=dt)
    atts = [att_text('text/calendar', 'invite.ics', ics, 'utf-8', 'base64', params=[('method', 'REQUEST')])] \
        if ctx.rng.random() < 0.6 else []
    return S('committee_notice', 'en', 'committee meeting notice with agenda',
             ('Medical Affairs', 'medaffairs@deuxrives.example'), [('Ortho - physicians', 'ortho.md@deuxrives.example')],
             f'Meeting notice - {com}', dt, blocks, attachments=atts)


def ne_shortage(ctx, B):
    dt = ctx.msg_date()
    drug = ctx.pick([('cefazolin 2 g vials', 'cefazolin 1 g x 2, or cefuroxime 1.5 g if allergic'),
                     ('tranexamic acid 1 g/10 mL', 'restrict to arthroplasty and hip fracture cases'),
                     ('enoxaparin 40 mg prefilled syringes', 'dalteparin 5000 units SC daily'),
                     ('hyperbaric bupivacaine 0.75%', 'isobaric bupivacaine per anaesthesia')])
    blocks = [P('Hello,'),
              P(f'Shortage: {drug[0]}. Expected duration {ctx.pick(["4-6 weeks", "unknown", "to end of month"])}. '
                f'P&T-approved alternative: {drug[1]}.'),
              P('Orthopaedic pre-printed orders will be updated temporarily. Do not move ward stock without notifying '
                'pharmacy.'), SIG(sig(ST['huot'], 'en'))]
    return S('drug_shortage', 'en', 'drug shortage notice', ST['huot'],
             [('Ortho - physicians', 'ortho.md@deuxrives.example'), ('OR leadership', 'or.leads@deuxrives.example')],
             f'Drug shortage - {drug[0]}', dt, blocks, importance=True)


def ne_research(ctx, B):
    dt = ctx.msg_date()
    title = ctx.pick(['EARLY-HIP: same-day vs POD1 mobilisation after THA',
                      'SHORT-CAST: short vs long arm cast for paediatric distal radius fractures',
                      'TOP-TXA: topical tranexamic acid in hip fracture surgery'])
    docx = make_docx(f'Protocol summary - {title}', [
        ('h', 'Design'), 'Pragmatic randomised controlled trial, 1:1 allocation, concealed.',
        ('h', 'Eligibility'), 'Adults 18+, elective surgery, able to consent. Exclusions: dementia, therapeutic anticoagulation.',
        ('h', 'Sample size'), '120 participants (80% power, alpha 0.05).',
        ('h', 'Privacy'), 'Participants identified by study ID only; linkage log held by the research office.'], dt,
        ST['okafor'].full)
    blocks = [P('Dear REB coordinator,'),
              P(f'Please find attached the protocol summary v2.1 for "{title}". No participants have been enrolled. '
                f'PI: {ST["okafor"].dr("en")}.'),
              SIG(['Research Office', ORG_EN])]
    return S('research_protocol', 'en', 'research protocol summary without participants', ST['okafor'],
             [('Research Ethics Board', 'reb@deuxrives.example')], 'REB submission - protocol v2.1', dt, blocks,
             attachments=[att_docx('protocol_summary_v2.1.docx', docx)])


def ne_newsletter(ctx, B):
    dt = ctx.msg_date()
    baby = ctx.rng.random() < 0.6
    emp = staffer(ctx.rng)
    bd = dt.date() - datetime.timedelta(days=ctx.rng.randint(3, 20))
    items = [P(f'{ST["okafor"].dr("en")} and {ST["lacasse"].dr("en")} passed 1,000 same-day hip replacements this '
               f'month - congratulations to the whole Joint Replacement team!'),
             P(f'Welcome to {emp.full}, our newest {ctx.pick(["orthopaedic technologist", "physiotherapist", "booking clerk"])}.'),
             P(f'{ST["dionne"].dr("en")}, who specialises in ACL injuries and shoulder instability, will speak at the '
               f'national sports medicine meeting in June.')]
    if baby:
        items.append(P(f'Baby news: {ST["harper"].given} from the fracture clinic welcomed baby '
                       f'{ctx.pick(["Theo", "Nora", "Eli"])}, born {fmt_date(bd, "en")}, weighing '
                       f'{ctx.pick(["7 lb 2 oz", "8 lb 0 oz", "6 lb 11 oz"])}. Mom and baby are doing great!'))
    items.append(P('By the numbers this quarter: 2,940 fracture clinic visits, 1,610 cast room procedures.'))
    blocks = [P(f'ORTHO NEWS - {MONTHS[dt.month - 1]} {dt.year}')] + items + \
             [SIG(['Orthopaedics newsletter', ORG_EN, 'Reply "unsubscribe" to stop receiving this newsletter.'])]
    return S('newsletter', 'en', 'department newsletter with staff news' + (' and a baby announcement' if baby else ''),
             ('Ortho News', 'ortho.news@deuxrives.example'), [('Ortho - all staff', 'ortho.all@deuxrives.example')],
             f'Ortho News - {MONTHS[dt.month - 1]}', dt, blocks, force={'mode': ctx.pick(['html', 'alt'])})


def ne_vendor(ctx, B):
    dt = ctx.msg_date()
    v = EX['vendor2']
    vc = make_vcard(v.given, v.surname, org='Kestrel Implants Canada', title='Territory Manager, Eastern Ontario',
                    tel=v.phone, tel_type='WORK', adr=('90 Commerce Court', 'Mississauga North', 'ON', 'L4W 0A0', 'Canada'),
                    email=v.email, note='OR support for arthroplasty cases, Tuesdays and Thursdays')
    blocks = [P('Hi all,'),
              P(f'Our new Kestrel territory manager is {v.full}; contact card attached. He will be in the OR on '
                f'arthroplasty days.'), SIG(sig(ST['baxter'], 'en'))]
    return S('vendor_contact', 'en', 'vendor representative contact card', ST['baxter'],
             [('OR leadership', 'or.leads@deuxrives.example')], 'New vendor contact', dt, blocks,
             attachments=[att_text('text/x-vcard', f'{v.given}_{v.surname}.vcf', vc, 'us-ascii', '7bit')])


def ne_forward_notice(ctx, B):
    dt = ctx.msg_date()
    if ctx.rng.random() < 0.5:
        old = dt - datetime.timedelta(days=2)
        inner = B.inner_message(('Nursing Practice', 'nursing.practice@deuxrives.example'),
                                [('All staff', 'allstaff@deuxrives.example')], 'Revised falls prevention policy', old,
                                [P('Hello,'), P('The revised Falls Prevention policy (NP-114) takes effect on the 1st. '
                                                'A 20-minute e-learning module is mandatory.'), P('Nursing Practice')],
                                'us-ascii', '7bit')
        atts = [att_eml('Revised falls prevention policy.eml', inner)]
        txt, subj = 'FYI - applies to fracture clinic too.', 'FW: Revised falls prevention policy'
    else:
        pol = [('CR-201_cast_application.txt', 'Procedure: cast application and neurovascular checks at 15 min.'),
               ('CR-202_cast_saw_safety.txt', 'Procedure: safe use of the oscillating saw; hearing protection.'),
               ('CR-203_patient_teaching.txt', 'Give the "Caring for your cast" handout to every patient.')]
        atts = [att_zip('cast_room_procedures.zip', make_zip([(a, b.encode('utf-8')) for a, b in pol], dt))]
        txt, subj = 'Revised cast room procedures attached (zip). Please review and sign the log.', 'Cast room procedures - revised'
    blocks = [P('Hi team,'), P(txt), SIG(sig(ST['lemieux'], 'en'))]
    return S('policy_notice', 'en', 'forwarded policy notice or zipped procedures', ST['lemieux'],
             [ST['quinn'], ST['harper']], subj, dt, blocks, attachments=atts)


def ne_education(ctx, B):
    dt = ctx.msg_date()
    topic = ctx.pick([('Caring for your cast', ['Keep it dry.', 'Elevate for 48 hours.',
                                                'Come back if fingers or toes turn blue, cold or numb.',
                                                'Never push anything inside the cast.']),
                      ('After your knee replacement', ['Do your exercises 3 times a day.', 'Ice 20 minutes after exercise.',
                                                       'Take your blood thinner as prescribed.',
                                                       'Call for fever, redness or drainage.'])])
    pdf = make_pdf(topic[0], [(None, topic[1]), ('Questions?', [f'Fracture Clinic: {TEL_ON_FRACT}',
                                                              f'Joint Replacement Program: {TEL_ON_ARTHRO}'])],
                   footer=ORG_EN + ' - patient education PE-' + str(ctx.rng.randint(100, 999)))
    blocks = [P('Hello,'),
              P(f'The "{topic[0]}" handout has been updated by the patient education committee. Print-ready PDF attached.'),
              SIG(sig(ST['gosselin'], 'en'))]
    return S('patient_education', 'en', 'generic patient education handout', ST['gosselin'], [ST['harper'], ST['quinn']],
             f'Updated handout - {topic[0]}', dt, blocks, attachments=[att_pdf(f'{topic[0].replace(" ", "_")}.pdf', pdf)])


def ne_wsib_info(ctx, B):
    dt = ctx.msg_date()
    blocks = [P('Hello physicians and clinic staff,'),
              P(f'Reminder on WSIB reporting: the Form 8 must be submitted within 3 business days of the first visit; '
                f'the Functional Abilities Form is paid separately. The updated fee schedule takes effect '
                f'{fmt_date(dt.date() + datetime.timedelta(days=20), "en")}. Program codes for fracture clinic visits '
                f'are unchanged.'),
              L(['Form 8: submit electronically from the clinic workstation', 'FAF: give a copy to the worker',
                 'Do not e-mail completed forms to employers - use the secure portal']),
              P('Aggregate volume last quarter: 412 Form 8 reports, 96% submitted on time.'),
              SIG(sig(ST['kowalski'], 'en'))]
    return S('billing_info', 'en', 'WSIB reporting and fee schedule reminder (no worker data)', ST['kowalski'],
             [('Ortho - physicians', 'ortho.md@deuxrives.example')], 'WSIB reporting reminder + fee schedule', dt, blocks)


TEMPLATES = [
    (ne_schedule, 3), (ne_oncall, 3), (ne_inventory, 4), (ne_recall_notice, 4), (ne_purchase_order, 3),
    (ne_invoice, 3), (ne_preop_calendar, 3), (ne_blank_form, 4), (ne_mailmerge, 3), (ne_stats, 4), (ne_teaching, 4),
    (ne_conference, 3), (ne_leave, 4), (ne_occ_health, 3), (ne_payroll, 3), (ne_job, 4), (ne_candidate, 3),
    (ne_it, 3), (ne_facilities, 3), (ne_committee, 4), (ne_shortage, 3), (ne_research, 3), (ne_newsletter, 4),
    (ne_vendor, 3), (ne_forward_notice, 3), (ne_education, 3), (ne_wsib_info, 3),
]
