"""English positives, part A: Ontario referrals, dose changes, handover lists, shortages, toxicity calls,
vCards, immunotherapy toxicity, insurers, compounding, calendar."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C


def e_ontario_order(ctx, v):
    r = ctx.rng
    p = ctx.patient(origin='on')
    ext = ctx.ext('ovcp')
    ph = ctx.staff(r.choice(['Kim', 'Prescott']))
    reg = r.choice([K.REGIMENS[2], K.REGIMENS[3], K.REGIMENS[4], K.REGIMENS[5]])
    h, w, s = K.anthropo(r, p.sex)
    ctx.add('diagnosis', 'medication')
    ident = ['Patient: %s' % ctx.name(p, r.choice(['sur_first', 'full', 'title'])),
             'DOB: %s' % ctx.dob(p, r.choice(['iso', 'long', 'dmon'])),
             'OHIP: %s' % ctx.ohn(r.choice(['dash', 'space', 'plain', 'slash']), vc=r.random() < .6),
             'Dx: %s' % reg[2], 'Regimen: %s, cycle %d' % (reg[0], r.randrange(2, 6)),
             'Ht %d cm / Wt %.1f kg / BSA %.2f m2' % (h, w, s)] + ['  ' + d for d in K.dose_lines(reg, 'en', s, w, 95)]
    if v == 0:
        subj = 'Shared-care order received — please confirm doses'
        text = ('Hello,\n\nWe received the following order for your patient, who will have this cycle at our day '
                'unit (closer to home):\n\n%s\n\nCould you confirm the doses match your last cycle and send the '
                'signed pre-printed order? We cannot release the preparation without it.\n\nThanks,\n\n%s'
                % ('\n'.join(ident), ctx.sig(ph)))
        return ctx.msg('protocol_order', 'shared-care chemotherapy order confirmation with Ontario partner', subj, ph,
                       [ext], text)
    pdf = A.make_pdf('Chemotherapy Order — Shared Care', ident + ['', 'Ordering MD: Dr. Anjali Menon, OVCP'],
                     ctx.date, 'OVCP')
    fn = 'order_%s_%s.pdf' % (reg[0].replace(' ', '').replace('-', ''), ctx.name(p, 'file') if v == 2 else ctx.day.isoformat())
    subj = 'Signed order attached' if v == 1 else 'RE: Shared-care order'
    text = ('Hi Rachel,\n\nSigned order attached as requested. Labs will be drawn locally the day before.\n\n'
            'Anjali Menon, MD\nOttawa Valley Cancer Program')
    if v == 2:
        text = ('Thanks, received. Treatment booked for %s.\n\n%s\n\n%s'
                % (C.day_en(ctx.fut(2)), ctx.sig(ph, True),
                   ctx.quote(C.Person('Anjali', 'Menon', 'F', '', 'amenon', 'ovcp.example'), ctx.earlier(240), text)))
        return ctx.msg('protocol_order', 'reply with signed shared-care order PDF attached', subj, ph, [ext], text,
                       atts=[A.at('pdf', fn, pdf)], headers=ctx.hdr_reply(ctx.parent_id()))
    text = ('FYI - signed order from OVCP for %s, see attachment. Preparation can be scheduled.\n\n%s\n\n%s'
            % (C.day_en(ctx.fut(2)), ctx.sig(ph, True),
               ctx.orig_block(C.Person('Anjali', 'Menon', 'F', '', 'amenon', 'ovcp.example'), ctx.earlier(90), text,
                              to=[ph.full], subject='Signed order attached', fwd=True)))
    subj = 'Fwd: Signed order attached'
    return ctx.msg('protocol_order', 'signed shared-care order forwarded internally (PDF)', subj, ph,
                   [ctx.staff('Walsh'), ctx.staff('Okafor')], text, atts=[A.at('pdf', fn, pdf)])


def e_dose_adjust(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff(r.choice(['Kim', 'Prescott']))
    onc = ctx.staff(r.choice(['Qureshi', 'Stein']))
    h, w, s = K.anthropo(r, p.sex)
    ctx.add('medication', 'diagnosis')
    if v == 0:
        subj = 'Oxaliplatin reduction for %s' % ctx.name(p, 'init_sur')
        text = ('Dr. %s,\n\n%s (MRN %s) reports grade 2 neuropathy persisting between cycles (numbness in fingertips, '
                'dropping things). Per protocol I suggest oxaliplatin 65 mg/m2 (%d mg) from C%d, 5-FU unchanged. '
                'Alternatively stop oxali and continue 5-FU/LV alone.\n\nLet me know and I will update the order.\n\n%s'
                % (onc.surname, ctx.name(p, 'title_sur'), ctx.mrn(p, r.choice(['plain', 'dash'])), round(65 * s),
                   r.randrange(5, 10), ctx.sig(ph)))
        return ctx.msg('dose_adjustment', 'oxaliplatin reduction proposal for neuropathy', subj, ph, [onc], text)
    if v == 1:
        cbc, anc, plt = K.cbc(r, 'en', low=True)
        ctx.add('lab_result')
        subj = 'RE: ok to treat?'
        q = ('Rachel - %s is in chair 9, counts today %s. Do we treat or hold?\nMegan' %
             (ctx.name(p, 'sur_first'), cbc))
        text = ('Hold today - neutropenic. Recheck CBC in 1 week and add pegfilgrastim 6 mg day 2 for the rest of the '
                'AC cycles. Rebook in chair schedule.\n\n%s\n\n%s'
                % (onc.title_en(), ctx.quote(ctx.staff('Doyle'), ctx.earlier(35), q, 'tb')))
        return ctx.msg('dose_adjustment', 'hold decision on low counts, quoted nurse question', subj, onc,
                       [ctx.staff('Doyle'), ph], text, headers=ctx.hdr_reply(ctx.parent_id()))
    chem, cr = K.chem(r, 'en', renal=True)
    cl = K.crcl(p.age(ctx.day), w, cr, p.sex)
    ctx.add('lab_result')
    subj = 'Capecitabine renal dose - %s' % ctx.name(p, 'sur_first_nc')
    text = ('Hi,\n\nCrCl today %d mL/min (%s, wt %.1f kg). For CrCl 30-50 the monograph recommends 75%% of the '
            'starting dose: capecitabine 1000 mg/m2 -> 750 mg/m2 BID = %d mg BID (round to 1150 mg: 2 x 500 mg + '
            '1 x 150 mg).\nRectal cancer, adjuvant, cycle %d of 8.\n\nDispensing on hold until you sign.\n\n%s'
            % (cl, chem, w, round(750 * s), r.randrange(2, 8), ctx.sig(ph, True)))
    return ctx.msg('dose_adjustment', 'capecitabine renal dose adjustment', subj, ph, [onc], text)


def e_handover(ctx, v):
    r = ctx.rng
    rn = ctx.staff(r.choice(['Doyle', 'Ferris', 'Dubois-Hart']))
    issues = ['rash G1', 'PICC dressing due', 'nausea - olanzapine added', 'port not drawing back, alteplase given',
              'BP 168/95 pre-bev', 'pump disconnect Thurs', 'family meeting booked', 'neuropathy G2 - see note',
              'hypersensitivity at C2 - slow rate', 'awaiting CT result']
    dx_issues = {'rash G1', 'nausea - olanzapine added', 'neuropathy G2 - see note', 'hypersensitivity at C2 - slow rate'}
    rows = []
    for i in range(r.randrange(5, 9)):
        q = ctx.patient()
        reg = r.choice(K.REGIMENS)
        iss = r.choice(issues) if i else r.choice(sorted(dx_issues))
        rows.append(('Chair %d' % (i + 1), ctx.name(q, r.choice(['sur_first', 'init_sur', 'sur_first_nc'])),
                     '%s C%d' % (reg[0], r.randrange(1, 9)), iss))
    ctx.add('medication', 'diagnosis')
    subj = 'Day unit handover %s 16:30' % C.fmt_date(ctx.day, 'dmon')
    if v == 2:
        x = A.make_xlsx([('Handover', [('Chair', 'Patient', 'Regimen', 'Issue')] + rows)], ctx.date, rn.full)
        text = 'Evening team,\n\nHandover sheet attached. Chairs 3 and 6 still running.\n\n%s' % ctx.sig(rn, True)
        return ctx.msg('handover', 'day unit handover list (XLSX)', subj, rn, [ctx.staff('Ferris')], text,
                       atts=[A.at('xlsx', 'handover_%s.xlsx' % ctx.day.isoformat(), x)])
    body = '\n'.join('%s - %s - %s - %s' % x for x in rows) if v == 0 else \
        'Chair | Patient | Regimen | Issue\n' + '\n'.join(' | '.join(x) for x in rows)
    text = 'Hi all,\n\nEnd-of-day handover:\n\n%s\n\nOn-call oncologist tonight: Dr. Stein.\n\n%s' % (body, ctx.sig(rn, True))
    return ctx.msg('handover', 'end-of-day handover list', subj, rn, [ctx.staff('Ferris'), ctx.staff('Dubois-Hart')],
                   text, force_body='html' if v == 1 else None)


def e_shortage_alloc(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Walsh', 'Kim']))
    drug = r.choice([('carboplatin', 'cap at AUC 5, no wastage; share vials within 8 h'),
                     ('fluorouracil 5 g', 'switch pumps to 2.5 g vials'),
                     ('leucovorin', 'use levoleucovorin 200 mg/m2 where possible')])
    rows = [('Patient', 'MRN', 'Dx', 'Next dose', 'Plan')]
    for _ in range(r.randrange(3, 6)):
        q = ctx.patient()
        rows.append((ctx.name(q, r.choice(['sur_first', 'full'])), ctx.mrn(q, 'plain'),
                     r.choice(['ovarian', 'NSCLC', 'head & neck', 'endometrial', 'colorectal', 'gastric']),
                     C.fmt_date(ctx.fut(r.randrange(1, 9)), 'iso'), 'allocated' if r.random() < .7 else 'waitlist'))
    ctx.add('diagnosis', 'medication')
    subj = '%s allocation - affected patients this week' % drug[0].capitalize()
    intro = ('Team,\n\nSupplier allocation for %s is 60%% of usual until further notice. Mitigation: %s. '
             'Patients due in the next 10 days:\n\n' % (drug[0], drug[1]))
    if v == 1:
        csv = A.make_csv(rows)
        text = intro + '(see attached CSV)\n\n' + ctx.sig(ph)
        return ctx.msg('shortage', 'drug allocation list of affected patients (CSV)', subj, ph,
                       [ctx.staff('Qureshi'), ctx.staff('Stein')], text,
                       atts=[A.at('csv', 'allocation_%s.csv' % drug[0].split()[0], text=csv, charset='us-ascii', cte='7bit')])
    text = intro + '\n'.join(' | '.join(x) for x in rows) + '\n\n' + ctx.sig(ph)
    return ctx.msg('shortage', 'drug allocation list of affected patients', subj, ph,
                   [ctx.staff('Qureshi'), ctx.staff('Stein')], text, force_body='alt' if v == 2 else None)


def e_tox_call(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    rn = ctx.staff(r.choice(['Doyle', 'Ferris']))
    onc = ctx.staff(r.choice(['Qureshi', 'Stein']))
    reg = r.choice(K.REGIMENS[:8])
    ctx.add('diagnosis', 'medication')
    if v == 0:
        subj = 'Triage call - %s' % ctx.name(p, 'lower')
        text = ('Dr. %s,\n\nTriage line call 10:20. Day 8 %s. Mouth sores since Sunday, able to drink but not eat '
                'solids, pain 6/10. Temp 37.6. Grade 2 mucositis. Advised magic mouthwash and salt/soda rinses; '
                'will need a prescription sent to %s pharmacy. Best number is the cell: %s.\n\n%s'
                % (onc.surname, reg[0], 'her' if p.sex == 'F' else 'his', ctx.phone(p), ctx.sig(rn, True)))
        return ctx.msg('toxicity_followup', 'triage call for mucositis after chemotherapy', subj, rn, [onc], text)
    if v == 1:
        cbc, _, _ = K.cbc(r, 'en', low=True)
        ctx.add('lab_result')
        subj = 'FN admission - %s' % ctx.name(p, 'title_sur')
        text = ('FYI - %s (MRN %s) presented to ED overnight with febrile neutropenia, day 10 of %s. '
                'ED CBC: %s. Blood cultures drawn, pip-tazo started. Admitted to 4 West. '
                'Please cancel Thursday\'s chair.\n\n%s'
                % (ctx.name(p, 'full'), ctx.mrn(p, r.choice(['plain', 'space', 'h'])), reg[0], cbc, ctx.sig(rn, True)))
        return ctx.msg('toxicity_followup', 'febrile neutropenia admission notice', subj, rn,
                       [onc, ctx.staff('Castellano')], text)
    subj = 'Follow-up call log'
    text = ('Hi Hannah,\n\nCalls done today:\n\n1. %s - D3 post %s, nausea controlled with olanzapine, no vomiting.\n'
            '2. %s - diarrhea 4/day on irinotecan, loperamide working, call again Friday.\n'
            '3. %s - no answer, voicemail left.\n\n%s'
            % (ctx.name(p, 'sur_first'), reg[0], ctx.name(ctx.patient(), 'sur_first'),
               ctx.name(ctx.patient(), 'sur_first'), ctx.sig(rn, True)))
    return ctx.msg('toxicity_followup', 'nurse follow-up call log for several patients', subj, rn,
                   [ctx.staff('Ferris')], text)


def e_vcard(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    nav = ctx.staff(r.choice(['Ferris', 'Achebe']))
    note = r.choice(['Chemo day unit Tuesdays q2w (FOLFOX). Prefers a call, not a text.',
                     'Weekly paclitaxel, Monday mornings.',
                     'R-CHOP q21d. Daughter is the contact on weekdays.'])
    ctx.add('medication')
    street, rest = p.address.split(', ', 1)
    town = rest.split(',')[0]
    vc = A.make_vcard(p.given, p.surname, tel=ctx.phone(p), tel_type='HOME', adr=(street, town, 'QC', '', 'Canada'),
                      note=note, rev=ctx.date)
    ctx.address(p)
    ctx.name(p, 'full')
    fn = '%s %s.vcf' % (p.given, p.surname)
    if v == 0:
        subj = 'Contact card for transport booking'
        text = 'Hi,\n\nContact card attached for the ride program booking we discussed.\n\n%s' % ctx.sig(nav, True)
        to = [('Community Ride Program', 'bookings@ridesrenfrew.example')]
    elif v == 1:
        subj = 'Patient contact - %s' % ctx.name(p, 'full')
        text = 'Zoe,\n\nPlease update the contact info in the scheduling system, new address and home phone.\n\n%s' % ctx.sig(nav, True)
        to = [ctx.staff('Castellano')]
    else:
        subj = 'vcard'
        text = '(sent from mobile)\n'
        to = [ctx.staff('Doyle')]
    return ctx.msg('patient_contact', 'patient contact card (vCard) with home details', subj, nav, to, text,
                   atts=[A.at('vcf', fn, text=vc, cte=r.choice(['7bit', 'quoted-printable', 'base64']),
                              rfc2231=not fn.isascii())])


def e_irae(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    onc = ctx.staff('Qureshi')
    drug = r.choice(['pembrolizumab', 'nivolumab', 'ipilimumab + nivolumab'])
    ctx.add('diagnosis', 'medication', 'lab_result')
    tsh = round(r.uniform(0.01, 0.05), 2) if v != 1 else round(r.uniform(18, 60), 1)
    ft4 = r.randrange(38, 60) if v != 1 else r.randrange(4, 8)
    subj = 'Referral - immune-related %s' % ('thyroiditis' if v != 1 else 'hypothyroidism')
    text = ('Dear Endocrinology colleagues,\n\nPlease see %s (DOB %s, MRN %s), on %s for %s since %s.\n\n'
            'TSH %s mIU/L, free T4 %d pmol/L. %s\n\nWe would appreciate assessment within 2 weeks. '
            'Immunotherapy continues.\n\n%s'
            % (ctx.name(p, r.choice(['title', 'full'])), ctx.dob(p, r.choice(['iso', 'long'])),
               ctx.mrn(p, r.choice(['plain', 'slash'])), drug, r.choice(['metastatic melanoma', 'NSCLC', 'renal cell carcinoma']),
               C.fmt_date(ctx.day - datetime.timedelta(days=r.randrange(60, 300)), 'long', 'en'), tsh, ft4,
               'Palpitations, weight loss 3 kg; started propranolol 10 mg TID.' if v != 1 else
               'Fatigue, cold intolerance; levothyroxine 50 mcg started.', ctx.sig(onc)))
    if v == 2:
        return ctx.msg('referral', 'endocrinology referral for immunotherapy thyroid toxicity', subj, onc,
                       [('Endocrinology Clinic', 'endo.referrals@cisdr.example')], text, force_body='html')
    return ctx.msg('referral', 'endocrinology referral for immunotherapy thyroid toxicity', subj, onc,
                   [('Endocrinology Clinic', 'endo.referrals@cisdr.example')], text)


def e_insurer(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    sw = ctx.staff('Achebe')
    onc = ctx.staff(r.choice(['Qureshi', 'Stein']))
    ins = ctx.ext('insurer_en')
    ctx.add('diagnosis', 'medication')
    if v in (0, 2):
        fields = ['Claimant: %s' % ctx.name(p, 'sur_first'), 'Date of birth: %s' % ctx.dob(p, 'iso'),
                  'SIN: %s' % ctx.sin(r.choice(['space', 'dash', 'plain'] + (['wide'] if v == 2 else []))),
                  'Policy / certificate: NWL-%07d' % r.randrange(1000000, 9999999),
                  'Diagnosis: %s' % r.choice(['stage IIIB non-small cell lung cancer', 'acute myeloid leukemia in remission',
                                              'stage III rectal cancer']),
                  'Treatment: %s, started %s' % (r.choice(['carboplatin-pemetrexed then pembrolizumab', 'FOLFOX',
                                                           'azacitidine-venetoclax']),
                                                 C.fmt_date(ctx.past(40), 'long', 'en')),
                  'Expected return to work: not before %s' % C.fmt_date(ctx.fut(120), 'long', 'en')]
        if v == 0:
            pdf = A.make_pdf('Long-Term Disability Claim - Attending Physician Statement', fields, ctx.date, onc.full)
            subj = 'APS for LTD claim'
            text = 'Hello,\n\nThe Attending Physician Statement is attached.\n\n%s' % ctx.sig(onc, True)
            return ctx.msg('insurer_form', 'disability claim physician statement (PDF)', subj, onc, [ins], text,
                           atts=[A.at('pdf', 'APS_%s.pdf' % ctx.name(p, 'file'), pdf)])
        subj = 'Disability claim - information requested'
        text = ('Hello,\n\nFurther to your letter, here is the information requested for the claim:\n\n%s\n\n'
                'The patient has asked us to send this directly.\n\n%s' % ('\n'.join(fields), ctx.sig(sw)))
        return ctx.msg('insurer_form', 'disability claim details sent to insurer', subj, sw, [ins], text)
    subj = 'Special authorization - %s' % ctx.name(p, 'full')
    if p.sex == 'M':
        req = ('enzalutamide 160 mg daily, metastatic castration-sensitive prostate cancer', 'ADT',
               'PSA 48 -> 61 ug/L in 3 months')
    else:
        req = ('abemaciclib 150 mg BID with letrozole, HR-positive HER2-negative metastatic breast cancer',
               'letrozole', 'CA 15-3 rising 41 -> 78 kU/L')
    text = ('Hello,\n\nSpecial authorization request for %s. DOB %s. Prior therapy: %s since %d. %s.\n\n%s'
            % (req[0], ctx.dob(p, 'long'), req[1], ctx.day.year - 1, req[2], ctx.sig(ctx.staff('Kim'))))
    ctx.add('lab_result')
    return ctx.msg('insurer_form', 'special authorization request for an oral drug', subj, ctx.staff('Kim'), [ins], text)


def e_compound(ctx, v):
    r = ctx.rng
    tech = ctx.staff('Okafor')
    ph = ctx.staff('Kim')
    p = ctx.patient()
    drug = r.choice([('pembrolizumab 200 mg', 'NS 100 mL'), ('cyclophosphamide 1200 mg', 'NS 250 mL'),
                     ('gemcitabine 1800 mg', 'NS 250 mL'), ('daratumumab 1800 mg SC', 'syringe 15 mL')])
    ctx.add('medication')
    if v == 0:
        subj = 'Bag discarded - MRN %s' % ctx.mrn(p, r.choice(['plain', 'wide', 'dots']))
        text = ('Rachel,\n\n%s in %s for MRN above was dropped in the anteroom, outer bag split. Discarded as '
                'hazardous waste, spill kit used, no exposure. Re-compounding now, ETA 25 min. Incident report '
                'filed.\n\n%s' % (drug[0], drug[1], ctx.sig(tech, True)))
        return ctx.msg('compounding', 'compounded bag discarded and remade, chart number only', subj, tech, [ph], text)
    if v == 1:
        subj = 'Gravimetric variance out of range'
        text = ('Hi,\n\nVariance -6.8%% on %s for %s (%s). Rejected, remade at +0.9%%. Balance recalibrated '
                'after. Logging this for the monthly QA review.\n\n%s'
                % (drug[0], ctx.name(p, 'sur_init'), ctx.mrn(p, 'plain'), ctx.sig(tech, True)))
        return ctx.msg('compounding', 'gravimetric variance on a compounded dose', subj, tech, [ph], text)
    d = ctx.fut(1)
    rows = [('Time', 'Patient', 'MRN', 'Drug', 'Status')]
    for i in range(5):
        q = ctx.patient()
        rows.append(('%02d:00' % (7 + i), ctx.name(q, 'sur_first'), ctx.mrn(q), r.choice(
            ['oxaliplatin 150 mg', 'paclitaxel 140 mg', 'rituximab 700 mg', 'bortezomib 2.2 mg', 'azacitidine 130 mg']),
            r.choice(['pre-mixed', 'to compound', 'on hold - labs'])))
    text = 'Tomorrow\'s early compounding queue:\n\n%s\n\n%s' % ('\n'.join(' | '.join(x) for x in rows), ctx.sig(tech, True))
    return ctx.msg('compounding', 'next-day compounding queue with patients', 'Compounding queue %s' % d.isoformat(),
                   tech, [ph, ctx.staff('Prescott')], text, force_body='alt')


def e_calendar(ctx, v):
    r = ctx.rng
    clerk = ctx.staff('Castellano')
    p = ctx.patient()
    d = ctx.fut(r.randrange(2, 10))
    start = datetime.datetime(d.year, d.month, d.day, r.choice([8, 9, 11, 14]), 0)
    what = r.choice([('Port flush + CBC', 'heparin lock after flush', False),
                     ('Zoledronic acid infusion', 'zoledronic acid 4 mg IV, bone metastases', True),
                     ('Iron sucrose + pre-chemo labs', 'iron sucrose 300 mg, anemia on chemotherapy', True)])
    summ = '%s - %s' % (what[0], ctx.name(p, r.choice(['title', 'full', 'sur_first'])))
    ctx.add('medication')
    if what[2]:
        ctx.add('diagnosis')
    ics = A.make_ics('%s@cisdr.example' % C.stable_hex(ctx.seed, ctx.idx, 'ics'), ctx.date.replace(tzinfo=None), start,
                     start + datetime.timedelta(hours=1), summ, what[1], 'Oncology Day Unit, Room B-214',
                     (clerk.full, clerk.addr), [(ctx.staff('Doyle').full, ctx.staff('Doyle').addr)])
    text = 'Booked in the day unit calendar - see invite.\n\n%s' % ctx.sig(clerk, True)
    if v == 2:
        text = ('Hi Megan,\n\n%s called to move the appointment to %s. Updated invite attached.\n\n%s'
                % (ctx.name(p, 'given'), C.day_en(d), ctx.sig(clerk, True)))
    return ctx.msg('appointment', 'calendar invite for a care appointment', 'Updated: %s' % summ if v else summ, clerk,
                   [ctx.staff('Doyle')], text, atts=[A.at('ics', 'appointment.ics', text=ics,
                                                          ctype_params=['method=REQUEST'], cte='7bit')])


TEMPLATES = [e_ontario_order, e_dose_adjust, e_handover, e_shortage_alloc, e_tox_call, e_vcard, e_irae, e_insurer,
             e_compound, e_calendar]
