"""English negative messages, part 2: IT, facilities, recalls, research, resources, policies, teaching."""
import datetime

import gen_common as C
import gen_attach as A
from gen_render import Att
from gen_tpl import pdf_att, docx_att, xlsx_att, reply_attr, outlook_head
from gen_neg_fr import luhn_serial
from gen_neg_en import mgr, team, dlist, allstaff


# --------------------------------------------------------------------------- 16. IT

def e_it(c):
    it = c.staff('Administrative Agent')
    it.role, it.dept = 'IT Service Desk Analyst', 'Information Technology'
    k = c.rng.randrange(3)
    d = c.later(2, 8)
    if k == 0:
        blocks = ['Planned downtime', 'The electronic health record and the home-care referral portal will be unavailable %s from 22:00 to 02:00 '
                  'for a version upgrade (7.4.2). Use downtime forms (blue binder at each unit) and back-enter the next day.' % c.d(d, True),
                  'Service Desk – ext. 4357', it.sig(c.rng)]
        subj = 'Planned downtime – EHR and referral portal'
    elif k == 1:
        blocks = ['Hello,', 'Multi-factor authentication becomes mandatory for webmail on %s. Enrol now from the intranet (takes 5 minutes). '
                  'Staff without a work phone can pick up a token at the Service Desk; token serials are logged against your employee ID.' % c.d(d), it.sig(c.rng)]
        subj = 'Action required – MFA enrolment'
    else:
        blocks = ['PHISHING ALERT', 'Several staff received "Your mailbox is full - validate now" from an external address. Do NOT click. Use the '
                  'Report button or delete it. If you entered your password, call ext. 4357 immediately.', it.sig(c.rng)]
        subj = 'PHISHING ALERT – fake mailbox warning'
    return c.spec('it_notice', 'IT notice', it, [allstaff()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 17. facilities

def e_facilities(c):
    fm = c.staff('Administrative Agent')
    fm.role, fm.dept = 'Facilities Coordinator', 'Technical Services'
    d = c.later(2, 10)
    txt = c.choice(['Parking lot P2 will be closed %s for line painting. Use P4; shuttle runs every 10 minutes.' % c.d(d, True),
                    'The social work offices (wing B, 2nd floor) move to C-210 on %s. Phone extensions stay the same; please box files by Friday.' % c.d(d, True),
                    'HVAC maintenance on the 5th floor %s may cause noise between 9 and 11 a.m. Family meetings can use room 4-018 instead.' % c.d(d, True)])
    blocks = ['Hello,', txt, 'Thank you for your patience.', fm.sig(c.rng)]
    return c.spec('facilities', 'facilities notice', fm, [allstaff()], c.choice(['Facilities notice', 'Heads-up: building work', 'Notice – %s' % c.short(d)]),
                  blocks, [], positive=False)


# --------------------------------------------------------------------------- 18. recall / shortage

def e_recall(c):
    q = c.staff('Administrative Agent')
    q.role, q.dept = 'Risk Management Advisor', 'Quality Directorate'
    if c.chance(0.5):
        lots = ['LOT %s' % luhn_serial(c.rng, 8) for _ in range(3)]
        blocks = ['RECALL NOTICE – Bed rail assist handles', 'The manufacturer is recalling model BRA-2 bed assist handles (sold 2022-2024) because the '
                  'mounting bracket can loosen. Affected lots: %s.' % ', '.join(lots),
                  'Action: home-care staff should check loaned equipment at the next visit and arrange exchange through the loan program. '
                  'No incidents reported at our sites.', q.sig(c.rng)]
        subj = 'RECALL – bed assist handles BRA-2'
    else:
        drug = c.choice(['quetiapine 25 mg', 'lorazepam 1 mg SL', 'methylphenidate ER 18 mg'])
        blocks = ['Drug shortage notice', 'Pharmacy reports a shortage of %s expected until the end of %s. Therapeutic alternatives were approved by '
                  'the P&T committee.' % (drug, C.MONTHS[c.day.month % 12]), 'Liaison nurses: please consider this in discharge planning.', q.sig(c.rng)]
        subj = 'Drug shortage – %s' % drug
    return c.spec('recall_shortage', 'recall or shortage notice', q, [allstaff()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 19. research

def e_research(c):
    rc = c.staff('Administrative Agent')
    rc.role, rc.dept = 'Research Coordinator', 'Deux-Rives Research Centre'
    pi = C.doctor(c.rng, 'en')
    blocks = ['Hello,', 'The study "HOME-SAFE: a social-work-led discharge bundle for older adults" (REB #2024-%03d, PI %s) opens recruitment on %s.' % (
        c.rng.randint(100, 999), pi, c.d(c.later(3, 10))),
              'Eligibility: age 70+, admitted > 5 days, discharge home planned. Exclusion: discharge to LTC.',
              'Please only hand out the brochure; do not send us names or contact details by e-mail. Interested people call 514-555-0133.',
              rc.sig(c.rng)]
    atts = []
    if c.chance(0.5):
        doc = A.make_docx('HOME-SAFE – Protocol summary', ['Design: stepped-wedge cluster trial across 6 units.', 'Primary outcome: 30-day readmission.',
                          'Secondary: caregiver strain (Zarit), days at home at 90 days.', 'Data are de-identified at source.'], author=rc.name)
        atts.append(docx_att('HOME-SAFE_protocol_summary.docx', doc))
    return c.spec('research', 'research protocol without participants', rc, [dlist()], 'Recruitment opening – HOME-SAFE study', blocks, [],
                  atts=atts, positive=False)


# --------------------------------------------------------------------------- 20. community resources

def e_resources(c):
    t = c.staff('Social Work Technician')
    res = [('Rivermount Meals on Wheels', '22 Church Street', '514-555-0121'), ('Harbour House Shelter', '310 Wellington St.', '514-555-0122'),
           ('Alzheimer Society of the Rivers', '15 Notre-Dame St., suite 200', '514-555-0123'),
           ('Riverbend Withdrawal Management Centre', '900 Lakeview Road', '514-555-0124'),
           ('Rivermount Legal Clinic', '41 Cedar Avenue', '514-555-0125'), ('Elder Abuse Help Line', '-', '1-888-555-0126'),
           ('Caregiver Drop-in (Thursdays)', 'St. Andrew\'s Church hall', '514-555-0127')]
    sel = c.rng.sample(res, 6)
    blocks = ['Hi all,', 'Updated community resource list below (new hours for the caregiver drop-in; new legal clinic number).',
              ('table', ['Organization', 'Address', 'Phone'], [list(x) for x in sel]), t.sig(c.rng)]
    atts = []
    if c.chance(0.4):
        vcf = A.make_vcf('Intake', 'Harbour House', org='Harbour House Shelter', tel_work='514-555-0122', email='intake@harbourhouse.example',
                         note='Shelter intake line, 24/7. Organisation contact.')
        atts.append(Att('HarbourHouse_intake.vcf', vcf, 'text/vcard', charset='utf-8'))
    return c.spec('community_resources', 'community resource list', t, [dlist()], 'Community resource list – update', blocks, [],
                  atts=atts, positive=False, prefer=c.choice(['html', 'alt', 'plain']))


# --------------------------------------------------------------------------- 21. team meeting

def e_team_meeting(c):
    m = mgr(c)
    ppl = team(c, 3)
    d = c.later(1, 7)
    if c.chance(0.5):
        blocks = ['Agenda – SW team meeting, %s, 1:30 p.m., room 2-112' % c.d(d, True),
                  '1. Caseload distribution (current average %d active files per SW)\n2. Documentation audit results\n3. New on-call process\n'
                  '4. %s: direct allowance program (chèque emploi-service) overview\n5. Other' % (c.rng.randint(24, 38), ppl[0].name), m.sig(c.rng)]
        subj = 'Agenda – team meeting %s' % c.short(d)
        atts = []
    else:
        minutes = A.make_docx('SW Team Meeting – Minutes', [('kv', [('Date', c.earlier(1, 5).isoformat()), ('Present', ', '.join(p.name for p in ppl) + ', ' + m.name)]),
                              'Documentation audit: 87% compliant (target 90%). Notes within 24 h of intervention.',
                              'On-call phone moves to Security.', '%s starts parental leave on %s; files to be redistributed.' % (ppl[1].name, c.d(c.later(15, 30)))],
                              author=m.name)
        blocks = ['Hi all,', 'Minutes from last week attached.', m.sig(c.rng, short=True)]
        subj = 'Team meeting minutes'
        atts = [docx_att('SW_team_minutes.docx', minutes)]
    return c.spec('team_meeting', 'team meeting agenda or minutes', m, [dlist()], subj, blocks, [], atts=atts, positive=False)


# --------------------------------------------------------------------------- 22. policy

def e_policy(c):
    m = mgr(c)
    p = c.choice([('Discharge Planning Policy (DP-04)', 'Social work must be consulted within 48 h for any patient flagged ALC-risk. The policy now includes '
                   'a checklist for caregiver assessment and a section on discharges to private seniors\' residences.'),
                  ('Elder Abuse Response Procedure', 'Clarifies the role of the quality lead, the concerted-intervention process and when police '
                   'may be contacted without consent.'),
                  ('Patients\' Valuables Procedure', 'Valuables must be inventoried by two staff and deposited at Admitting. Social work no longer holds cash.')])
    blocks = ['Hello,', 'The "%s" has been revised. Key changes:' % p[0], p[1],
              'Please read it and sign the attestation in the learning platform by %s.' % c.d(c.later(10, 20)), m.sig(c.rng)]
    return c.spec('policy_update', 'policy update', m, [dlist()], 'Policy update – %s' % p[0], blocks, [], positive=False)


# --------------------------------------------------------------------------- 23. physicians

def e_physicians(c):
    ag = c.staff('Administrative Agent')
    d = [(C.doctor(c.rng, 'en'), 'geriatric psychiatrist'), (C.doctor(c.rng, 'en'), 'geriatrician'), (C.doctor(c.rng, 'en'), 'addiction medicine physician')]
    blocks = ['Hello,', 'Medical staff updates:',
              '- %s, %s, now accepts consults for dementia with behavioural symptoms and for capacity assessments.\n'
              '- %s, %s, runs a late-life depression clinic on Tuesday afternoons.\n'
              '- %s, %s, is away %s to %s; opioid use disorder consults go to the on-call service.' % (
                  d[0][0], d[0][1], d[1][0], d[1][1], d[2][0], d[2][1], c.d(c.later(5, 10)), c.d(c.later(15, 20))),
              ag.sig(c.rng)]
    return c.spec('physician_news', 'physicians and their clinics', ag, [dlist()], 'Medical staff updates', blocks, [], positive=False)


# --------------------------------------------------------------------------- 24. training

def e_training(c):
    tr = c.staff('Administrative Agent')
    tr.role = 'Training Advisor'
    t = c.choice(['Psychosocial assessment for protection regimes', 'Domestic violence: lethality risk assessment',
                  'Advance medical directives and level-of-care discussions', 'Trauma-informed care in the ED'])
    d = c.later(10, 30)
    blocks = ['Hello,', 'Mandatory training "%s" is offered %s, 8:30-12:00 (Teams), or %s in person.' % (t, c.d(d, True), c.d(d + datetime.timedelta(days=7), True)),
              'Register in the learning platform. 3 CPD hours. Annual professional-order dues are reimbursed on receipt (form HR-22).', tr.sig(c.rng)]
    return c.spec('training', 'mandatory training notice', tr, [dlist()], 'Training – %s' % t, blocks, [], positive=False)


# --------------------------------------------------------------------------- 25. social events

def e_social(c):
    o = c.staff('Administrative Agent')
    k = c.rng.randrange(3)
    if k == 0:
        p = c.staff()
        blocks = ['Happy birthday %s!' % p.given, 'Cake in the staff lounge at 3 p.m. - %s turns 50 today (born %s, 1974 - we checked!).' % (
            p.name, C.en_date(c.day)), o.given]
        subj = 'Cake at 3!'
    elif k == 1:
        blocks = ['United Way campaign', 'Our goal this year is $48,000. Give by payroll deduction or at the chili lunch on %s ($10).' % c.d(c.later(5, 15), True),
                  'United Way funds many partners we refer to: meals on wheels, shelters, respite programs.', o.sig(c.rng)]
        subj = 'United Way 2024'
    else:
        blocks = ['Holiday party', 'When: %s, 5:30 p.m.\nWhere: The Riverside Pub, 12 Riverside Drive\nCost: $35 (3-course dinner)\nGift exchange: $20 max.' % c.d(
            datetime.date(2024, 12, 13), True), 'RSVP to %s by November 29.' % o.name, o.sig(c.rng, short=True)]
        subj = 'SW holiday party – save the date'
    return c.spec('social_event', 'staff social event', o, [dlist()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 26. students / teaching vignette

def e_students(c):
    sup = c.staff('Social Worker')
    sup.role = 'Field Placement Supervisor'
    a = c.rng.randint(70, 92)
    if c.chance(0.5):
        v = c.choice(['Mr. A, %d, widowed, admitted with pneumonia. Lives alone in a rural house, no driver\'s licence. Only son lives abroad. '
                      'Team notes weight loss and unpaid bills. He declines home care.' % a,
                      'Mrs. Y, %d, moderate dementia, has lived with her daughter for a year. The daughter works full time and shows burnout; '
                      'during the admission she says she will not take her mother back.' % a])
        blocks = ['Hi students,', 'For Thursday\'s group supervision, prepare this fictional vignette (a composite of several situations):', ('pre', v),
                  'Questions: 1) assessment hypotheses; 2) ethical issues; 3) proposed plan.', sup.sig(c.rng)]
        subj = 'Vignette for Thursday'
    else:
        blocks = ['Welcome to our fall placement students!', 'Orientation: %s, 9:00, room 2-112. Bring your ID photo for the badge. '
                  'You will shadow in the ED, geriatrics and home care. Reminder: students may not access charts until the confidentiality '
                  'agreement is signed.' % c.d(c.later(3, 8), True), sup.sig(c.rng)]
        subj = 'Placement orientation'
    return c.spec('students', 'field placement students / fictional vignette', sup, [('SW Students Fall 2024', 'sw.students@' + C.DOM)], subj, blocks, [],
                  positive=False)


# --------------------------------------------------------------------------- 27. admin: interpreters / phone system

def e_admin(c):
    ag = c.staff('Administrative Agent')
    k = c.rng.randrange(2)
    if k == 0:
        blocks = ['Hello,', 'New procedure for booking interpreters: use the online form at least 48 h ahead. For same-day needs, the phone '
                  'interpreting line is 1-888-555-0164 (account code DR-2207). Family members should not be used as interpreters for consent discussions.',
                  ag.sig(c.rng)]
        subj = 'Interpreter booking – new procedure'
    else:
        blocks = ['Hello,', 'The department fax number changes on %s: new 514-555-0178 (old 514-555-0172). Please update your signatures and tell '
                  'partners (CLSCs, community organizations, notaries).' % c.d(c.later(3, 10)), ag.sig(c.rng)]
        subj = 'New fax number'
    return c.spec('admin_notice', 'administrative notice', ag, [dlist()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 28. annual / aggregate report

def e_report(c):
    an = c.staff('Administrative Agent')
    an.role = 'Planning and Research Officer'
    rows = [[s, c.rng.randint(40, 260), c.rng.randint(5, 60), '%d days' % c.rng.randint(4, 45)] for s in
            ['West sector', 'East sector', 'Rivermount-Ouest', 'Presqu\'île']]
    blocks = ['Hello,', 'Home-care waitlist snapshot (aggregate, no patient data):', ('table', ['Sector', 'Waiting', 'Priority 1', 'Median wait'], rows),
              'Referrals rose 14% year over year, driven by discharges from acute care.', an.sig(c.rng)]
    return c.spec('aggregate_report', 'aggregate waitlist report', an, [mgr(c)], 'Home-care waitlist – snapshot', blocks, [], positive=False,
                  prefer=c.choice(['html', 'alt', 'plain']), table_style=c.choice(['pad', 'pipe', 'tab']))


# --------------------------------------------------------------------------- 29. admin thread with quoted text

def e_admin_thread(c):
    a, b = c.staff('Administrative Agent'), c.staff('Social Worker')
    when = c.earlier(1, 3)
    orig = ['Hi %s,' % a.given, 'Could you order more of the pink consent forms and the caregiver-resource brochures (French and English)? '
            'We are down to a handful on 5 West.', b.given]
    head = outlook_head(c, (b.name, b.email), [(a.name, a.email)], when, 'Supplies – forms and brochures')
    blocks = ['Hi %s,' % b.given, 'Ordered today - 500 forms and 200 brochures of each language, delivery Thursday. PO %d.' % c.rng.randint(450000, 459999),
              a.sig(c.rng, short=True), ('fwd', head[0], head[1], orig)]
    return c.spec('admin_thread', 'reply about supplies with quoted text', a, [b], 'RE: Supplies – forms and brochures', blocks, [],
                  positive=False, reply=True)


# --------------------------------------------------------------------------- 30. caregiver program announcement (public)

def e_caregiver_program(c):
    sw = c.staff('Social Worker')
    d = c.later(5, 20)
    blocks = ['Hi all,', 'Sharing the fall program from the Alzheimer Society of the Rivers - please post it in the family rooms:',
              '- Caregiver support group: Tuesdays 7 p.m., starting %s\n- "Understanding dementia" 4-week course, free\n'
              '- Day centre: spots available Wednesdays and Fridays\n- Respite at home: up to 6 h/week, sliding scale' % c.d(d),
              'Info and registration: 514-555-0123 or soutien@alzheimer-rives.example.', sw.sig(c.rng)]
    return c.spec('caregiver_program', 'public caregiver support programme', sw, [dlist()], 'Fall program – caregiver support', blocks, [],
                  positive=False)


TEMPLATES = [(e_it, 3), (e_facilities, 3), (e_recall, 3), (e_research, 3), (e_resources, 3), (e_team_meeting, 3), (e_policy, 3),
             (e_physicians, 3), (e_training, 3), (e_social, 3), (e_students, 3), (e_admin, 3), (e_report, 3), (e_admin_thread, 3),
             (e_caregiver_program, 3)]
