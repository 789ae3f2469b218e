"""English positives, part B: home-care referrals, forwarded pharmacy mail, labs, trials, consult notes,
quoted replies, RAMQ prescriptions, paediatric shared care, social forms, courier lists."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C


def e_homecare(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    nav = ctx.staff(r.choice(['Ferris', 'Achebe']))
    dx = r.choice(['metastatic pancreatic adenocarcinoma', 'metastatic NSCLC with brain metastases',
                   'relapsed multiple myeloma', 'metastatic gastric cancer'])
    meds = r.choice(['hydromorphone 2 mg PO q4h PRN, dexamethasone 4 mg daily, pantoprazole 40 mg',
                     'fentanyl patch 25 mcg/h q72h, senna 2 tabs HS, metoclopramide 10 mg QID',
                     'oxycodone 5 mg q4h PRN, olanzapine 2.5 mg HS, lactulose 15 mL BID'])
    soc = r.choice(['Lives alone in a second-floor apartment; son lives in Alberta.',
                    'Spouse is the main caregiver and is showing signs of burnout.',
                    'Recently lost job, on EI sickness benefits; worried about rent.'])
    ctx.add('diagnosis', 'medication', 'social_information')
    fields = ['Name: %s' % ctx.name(p, r.choice(['sur_first', 'full'])), 'DOB: %s' % ctx.dob(p, 'iso'),
              'Address: %s' % ctx.address(p), 'Phone: %s' % ctx.phone(p), 'Diagnosis: %s' % dx,
              'Current meds: %s' % meds, 'Social: %s' % soc,
              'Reason: symptom management at home, goals-of-care discussion done, chemotherapy stopped.']
    to = [ctx.ext('home_care')]
    if v == 1:
        doc = A.make_docx('Referral to Home Care / Palliative Support', fields, ctx.date, nav.full)
        subj = 'Home care referral'
        text = 'Hello,\n\nPlease find the referral attached. Happy to discuss.\n\n%s' % ctx.sig(nav)
        return ctx.msg('referral', 'home care and palliative referral (DOCX)', subj, nav, to, text,
                       atts=[A.at('docx', 'referral_%s.docx' % ctx.name(p, 'file'), doc)])
    subj = 'Referral - palliative home support'
    text = 'Hello,\n\nReferral for home support:\n\n%s\n\n%s' % ('\n'.join(fields), ctx.sig(nav))
    if v == 2:
        text = ('Hi Samuel, can you forward this to the CLSC intake? Their form was down this morning.\n\n%s\n\n%s'
                % (ctx.staff('Ferris').full, ctx.orig_block(ctx.staff('Stein'), ctx.earlier(120), '\n'.join(fields), to=[ctx.staff('Ferris').full],
                                            subject='home support', fwd=True)))
        return ctx.msg('referral', 'forwarded home support referral inline', 'Fwd: home support', ctx.staff('Ferris'),
                       [ctx.staff('Achebe')], text)
    return ctx.msg('referral', 'palliative home support referral', subj, nav, to, text)


def e_fwd_pharmacy(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Kim', 'Prescott']))
    oral = r.choice(K.ORAL)
    ext = ctx.ext('pharm_en')
    ctx.add('medication')
    if v == 0:
        p = ctx.holder()
        inner = ('Hello,\n\nWe have a refill request for %s, born %s (sex %s), health insurance %s, for %s. '
                 'The last prescription from your clinic expired. Can the oncologist renew? Patient has 4 days left.\n\n'
                 'Riverside Community Pharmacy' % (ctx.name(p, 'full'), ctx.dob(p, 'long'), p.sex,
                                                   ctx.nam(p, r.choice(['plain', 'space'])), oral[1]))
    else:
        p = ctx.patient()
        inner = ('Hi,\n\n%s dropped off a prescription for %s (%s). The insurer rejected it pending prior '
                 'authorization. Can your team send the form? Patient phone %s.\n\nRiverside Community Pharmacy'
                 % (ctx.name(p, r.choice(['title', 'full'])), oral[1], oral[5], ctx.phone(p)))
        ctx.add('diagnosis')
    eml = ctx.nested(ext, [ph], 'Refill / renewal request' if v == 0 else 'Prior authorization needed', inner,
                     ctx.earlier(200))
    subj = 'Fwd: %s' % ('Refill / renewal request' if v == 0 else 'Prior authorization needed')
    text = ('Dr. %s,\n\nSee the pharmacy\'s message attached. Can you sign a renewal today? I have the order ready '
            'in the system.\n\n%s' % (ctx.staff('Stein').surname, ctx.sig(ph, True)))
    return ctx.msg('pharmacy_rx', 'community pharmacy request forwarded as attached message', subj, ph,
                   [ctx.staff('Stein')], text, atts=[A.at('eml', 'pharmacy request.eml', eml)],
                   force_body='html' if v == 2 else None)


def e_labs(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    rn = ctx.staff(r.choice(['Doyle', 'Ferris']))
    onc = ctx.staff(r.choice(['Qureshi', 'Stein']))
    cbc, anc, plt = K.cbc(r, 'en', low=r.random() < .5)
    chem, cr = K.chem(r, 'en', hep=r.random() < .4)
    ctx.add('lab_result')
    if v == 0:
        subj = '%s - pre-chemo bloods' % ctx.name(p, r.choice(['sur_first', 'full']))
        text = ('Dr. %s,\n\nBloods from this morning:\n%s\n%s\nMg 0.58 (low), K 3.4.\n\nOK to treat? Chair booked '
                'for 11:00.\n\n%s' % (onc.surname, cbc, chem, ctx.sig(rn, True)))
        return ctx.msg('lab_followup', 'pre-chemotherapy labs, patient named only in subject', subj, rn, [onc], text)
    if v == 1:
        rows = [('Test', 'Result', 'Ref')]
        rows += [('ANC', str(anc), '2.0-7.5'), ('Platelets', str(plt), '150-400'), ('Creatinine', str(cr), '50-110'),
                 ('CEA', str(round(r.uniform(5, 90), 1)), '<5')]
        subj = 'Tumour marker trend'
        text = ('Hi,\n\nResults for MRN %s (%s), colorectal liver mets on FOLFIRI:\n\n%s\n\nCEA up from 12.1. '
                'CT booked.\n\n%s' % (ctx.mrn(p, r.choice(['plain', 'space'])), ctx.name(p, 'init_sur'),
                                      '\n'.join(' | '.join(x) for x in rows), ctx.sig(rn, True)))
        ctx.add('diagnosis', 'medication')
        return ctx.msg('lab_followup', 'tumour marker and blood count table', subj, rn, [onc], text, force_body='alt')
    subj = 'Critical value called'
    text = ('Dr. %s,\n\nLab called a critical potassium 6.4 for %s (MRN %s), drawn in the day unit before '
            'cisplatin. Repeat sent, ECG done (peaked T waves). Patient kept in chair 4, not treated.\n\n%s'
            % (onc.surname, ctx.name(p, 'sur_first'), ctx.mrn(p, 'h'), ctx.sig(rn, True)))
    ctx.add('medication', 'diagnosis')
    return ctx.msg('lab_followup', 'critical lab value notification', subj, rn, [onc], text, force_body='html')


def e_trial(ctx, v):
    r = ctx.rng
    crc = ctx.staff('Rahman')
    pi = ctx.staff('Qureshi')
    study = 'BOR-ONC-%03d' % r.randrange(100, 400)
    ctx.add('diagnosis', 'medication')
    if v == 2:
        rows = [('Screening #', 'Name', 'MRN', 'Dx', 'Eligible', 'Reason')]
        for i in range(4):
            q = ctx.patient()
            rows.append(('S-%03d' % (i + 11), ctx.name(q, 'sur_first'), ctx.mrn(q), r.choice(['NSCLC', 'mesothelioma', 'SCLC']),
                         r.choice(['Y', 'N']), r.choice(['', 'ECOG 2', 'brain mets untreated', 'prior anti-PD-1', ''])))
        x = A.make_xlsx([('Screening log', rows)], ctx.date, crc.full)
        text = 'Imran,\n\nUpdated screening log for %s attached for your review before the sponsor call.\n\n%s' % (
            study, ctx.sig(crc, True))
        return ctx.msg('clinical_trial', 'internal trial screening log with patient identities (XLSX)',
                       'Screening log %s' % study, crc, [pi], text,
                       atts=[A.at('xlsx', 'screening_log_%s.xlsx' % study, x)])
    p = ctx.patient()
    ev = r.choice(['grade 3 pneumonitis requiring admission', 'grade 4 neutropenia with sepsis',
                   'grade 3 hepatitis (ALT 8x ULN)'])
    body = ('Study %s - SAE initial report (internal)\nParticipant: %s-014\nName: %s   MRN: %s\n'
            'Event: %s\nOnset: %s\nStudy drug: investigational anti-TIGIT + pembrolizumab, last dose %s\n'
            'Action: study drug held, methylprednisolone 2 mg/kg started.'
            % (study, study, ctx.name(p, r.choice(['full', 'sur_first'])), ctx.mrn(p),
               ev, C.fmt_date(ctx.past(2), 'iso'), C.fmt_date(ctx.past(9), 'iso')))
    if v == 1:
        doc = A.make_docx('SAE Worksheet - site copy', body.split('\n'), ctx.date, crc.full)
        text = ('Imran, SAE worksheet attached for your signature, sponsor deadline is 24 h. I removed the identifiers '
                'from the sponsor version.\n\n%s' % ctx.sig(crc, True))
        return ctx.msg('clinical_trial', 'internal SAE worksheet with identifiers (DOCX)', 'SAE %s-014' % study, crc,
                       [pi], text, atts=[A.at('docx', 'SAE_%s_014_site.docx' % study, doc)])
    text = 'Hi Imran,\n\n%s\n\nPlease review before I submit the de-identified version.\n\n%s' % (body, ctx.sig(crc))
    return ctx.msg('clinical_trial', 'internal SAE report with participant identity', 'SAE - %s' % study, crc, [pi], text)


def e_consult(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff(r.choice(['Kim', 'Prescott']))
    oral = r.choice(K.ORAL)
    other = r.choice(['amiodarone', 'carbamazepine', 'St. John\'s wort', 'rifampin', 'omeprazole'])
    ctx.add('diagnosis', 'medication')
    paras = ['Patient: %s    MRN: %s    DOB: %s' % (ctx.name(p, 'sur_first'), ctx.mrn(p), ctx.dob(p, 'iso')),
             '## Reason for consult', 'Drug interaction review before starting %s for %s.' % (oral[1], oral[5]),
             '## Current medications', 'ramipril 5 mg daily, atorvastatin 20 mg, %s' % other,
             '## Assessment', '%s interacts with %s (CYP3A4); expect altered exposure.' % (other.capitalize(), oral[1]),
             '## Recommendation', 'Substitute or stop %s before day 1; repeat ECG if QT-prolonging agents remain.' % other]
    fn = 'Pharmacy consult - %s.docx' % ctx.name(p, 'full')
    if v == 0:
        doc = A.make_docx('Oncology Pharmacy Consultation', paras, ctx.date, ph.full)
        text = 'Dr. %s,\n\nConsult note attached.\n\n%s' % (ctx.staff('Stein').surname, ctx.sig(ph, True))
        return ctx.msg('consult', 'oncology pharmacy consult note (DOCX, name in file name)', 'Pharmacy consult note',
                       ph, [ctx.staff('Stein')], text, atts=[A.at('docx', fn, doc, rfc2231=True)])
    if v == 1:
        pdf = A.make_pdf('Oncology Pharmacy Consultation', [x.replace('## ', '') for x in paras], ctx.date, ph.full)
        return ctx.msg('consult', 'oncology pharmacy consult note (PDF)', 'Consult - interaction review', ph,
                       [ctx.staff('Qureshi')], 'Attached.\n\n' + ctx.sig(ph, True),
                       atts=[A.at('pdf', 'consult_%s.pdf' % ctx.day.strftime('%Y%m%d'), pdf)])
    text = '%s\n\n%s' % ('\n'.join(x.replace('## ', '').upper() if x.startswith('## ') else x for x in paras), ctx.sig(ph))
    return ctx.msg('consult', 'oncology pharmacy consult note in body', 'Interaction review - %s' % oral[1], ph,
                   [ctx.staff('Qureshi')], text)


def e_quoted(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff('Kim')
    rn = ctx.staff(r.choice(['Doyle', 'Ferris']))
    ctx.add('medication')
    q = ('Rachel,\n\n%s came in for C%d today and brought her/his pill diary: missed 5 doses of capecitabine '
         'last cycle because of hand soreness. Skin cracked on both palms (grade 2 HFS). Should we hold?\n\nThanks, %s'
         % (ctx.name(p, r.choice(['title', 'full'])), r.randrange(2, 7), rn.given)).replace(
        'her/his', 'her' if p.sex == 'F' else 'his')
    ctx.add('diagnosis')
    reply = r.choice(['Yes - hold until grade 1, then restart at 75%. Urea 10% cream BID. I will call them.',
                      'Hold this cycle. I\'ll update the order and call the community pharmacy.',
                      'Agree, hold. Please book a pharmacist visit with next cycle.'])
    subj = 'Re: %s\'s capecitabine' % ctx.name(p, 'title_sur') if v != 2 else 'Re: pill diary'
    text = '%s\n\n%s\n\n%s' % (reply, ctx.sig(ph, True), ctx.quote(rn, ctx.earlier(r.randrange(15, 90)), q))
    return ctx.msg('consult_reply', 'pharmacist reply with quoted adherence question', subj, ph, [rn], text,
                   headers=ctx.hdr_reply(ctx.parent_id()))


def e_ramq_rx(ctx, v):
    r = ctx.rng
    p = ctx.holder()
    onc = ctx.staff(r.choice(['Qureshi', 'Stein']))
    ph = ctx.staff('Kim')
    oral = r.choice(K.ORAL)
    ctx.add('medication', 'diagnosis')
    rx = ['Patient: %s' % ctx.name(p, r.choice(['full', 'sur_first', 'upper'])), 'Sex: %s' % p.sex,
          'DOB: %s' % ctx.dob(p, r.choice(['iso', 'long', 'dmon'])),
          'RAMQ: %s' % ctx.nam(p, ['wide', 'dash', 'lower'][v]), '',
          'Rx: %s - %s' % (oral[1], oral[3]), 'Indication: %s' % oral[5], 'Qty: 28 days, refills x2', '',
          'Prescriber: %s, licence %05d' % (onc.title_en(), r.randrange(10000, 99999))]
    ext = ctx.ext('pharm_en')
    if v == 1:
        pdf = A.make_pdf('Prescription - Oral Anticancer Therapy', rx, ctx.date, onc.full)
        return ctx.msg('pharmacy_rx', 'oral anticancer prescription with RAMQ number (PDF)', 'Prescription attached',
                       ph, [ext], 'Hello,\n\nPrescription attached; original to follow by fax.\n\n%s' % ctx.sig(ph),
                       atts=[A.at('pdf', 'rx_%s.pdf' % ctx.day.strftime('%Y%m%d'), pdf)])
    text = ('Hello,\n\nPlease dispense as below. Teaching done in clinic today.\n\n%s\n\n%s\n\n%s'
            % ('\n'.join(rx), ctx.sig(ph), C.CONF_EN))
    return ctx.msg('pharmacy_rx', 'oral anticancer prescription with RAMQ number', 'Rx - %s' % oral[1].split()[0],
                   ph, [ext], text)


def e_pediatric(ctx, v):
    r = ctx.rng
    p = ctx.holder(kid=True)
    hem = ctx.staff('Stein')
    ext = ctx.ext('chu_ped')
    ctx.add('diagnosis', 'medication')
    ident = 'Name: %s | Sex: %s | DOB: %s | RAMQ: %s' % (ctx.name(p, 'sur_first'), p.sex, ctx.dob(p, 'iso'),
                                                        ctx.nam(p, r.choice(['plain', 'space', 'dots'])))
    if v == 0:
        cbc, anc, plt = K.cbc(r, 'en')
        ctx.add('lab_result')
        subj = 'Shared care - ALL maintenance labs'
        text = ('Dear colleagues,\n\n%s\nB-ALL, maintenance phase (COG-style). Today: %s, ALT 64.\n'
                'Current: mercaptopurine 50 mg PO HS, methotrexate 20 mg PO weekly, TMP-SMX prophylaxis.\n'
                'ANC in target, no change made. Next vincristine/dex pulse due %s at your clinic.\n\n%s'
                % (ident, cbc, C.fmt_date(ctx.fut(8), 'long', 'en'), ctx.sig(hem)))
        return ctx.msg('shared_care', 'paediatric leukemia maintenance labs to tertiary centre', subj, hem, [ext], text)
    if v == 1:
        ctx.add('social_information')
        subj = 'Shared care - change of guardian contact'
        text = ('Hello,\n\nFor %s (B-ALL maintenance, on mercaptopurine/methotrexate): youth protection (DYP) has '
                'placed the child with a foster family since last week. All appointments and medication pickups '
                'now go through the foster parent and the DYP worker; the biological mother must not receive '
                'information about appointments.\n\n%s\n\n%s' % (ctx.name(p, 'given'), ident, ctx.sig(hem)))
        return ctx.msg('shared_care', 'youth protection placement affecting a child in treatment', subj, hem,
                       [ext, ctx.staff('Achebe')], text)
    subj = 'IT methotrexate - appointment request'
    text = ('Hi,\n\nPlease book IT methotrexate with the next LP on %s (B-ALL, maintenance) for:\n\n%s\n\n'
            'Can you confirm the slot at your procedure unit? We will do the CBC here the day before.\n\n%s'
            % (C.fmt_date(ctx.fut(6), 'long', 'en'), ident, ctx.sig(hem, True)))
    return ctx.msg('shared_care', 'paediatric intrathecal chemotherapy appointment request', subj, hem, [ext], text,
                   force_body='alt')


def e_social_form(ctx, v):
    r = ctx.rng
    sw = ctx.staff('Achebe')
    ctx.add('social_information', 'diagnosis')
    if v == 0:
        p = ctx.patient()
        fields = ['Applicant: %s' % ctx.name(p, 'full'), 'SIN: %s' % ctx.sin(r.choice(['space', 'dash', 'dots'])),
                  'Address: %s' % ctx.address(p), 'Medical condition: stage IV colorectal cancer on palliative chemotherapy',
                  'Functional limitation: unable to work for at least 12 months',
                  'Current income: social assistance, single, no dependants']
        pdf = A.make_pdf('Medical Report - Severe Employment Constraints', fields, ctx.date, sw.full)
        subj = 'Medical report for social assistance'
        text = 'Hello,\n\nCompleted medical report attached, signed by Dr. Qureshi.\n\n%s' % ctx.sig(sw)
        return ctx.msg('social_work', 'social assistance medical report with SIN (PDF)', subj, sw,
                       [('Employment & Social Solidarity - Regional Office', 'dossiers.region07@emploi-solidarite.example')],
                       text, atts=[A.at('pdf', 'medical_report_%s.pdf' % ctx.name(p, 'file'), pdf)])
    if v == 1:
        p = ctx.patient()
        subj = 'Support letter - housing application'
        text = ('To the Housing Committee,\n\n%s, residing at %s, is followed at our oncology day unit for acute '
                'myeloid leukemia and receives azacitidine-venetoclax. Frequent infections make the current '
                'unheated basement apartment unsafe. We support the priority application.\n\n%s'
                % (ctx.name(p, 'title'), ctx.address(p), ctx.sig(sw)))
        ctx.add('medication')
        return ctx.msg('social_work', 'housing support letter for a patient', subj, sw,
                       [('Municipal Housing Office', 'housing@valdescedres-housing.example')], text)
    p = ctx.patient(origin='on')
    subj = 'Travel grant application'
    text = ('Hello,\n\nTravel grant application for %s, Health Card %s, living %d km from the nearest cancer centre '
            '(%s). Treatment: %s, 12 weeks. Low income, no car; '
            'a neighbour drives.\n\n%s' % (ctx.name(p, 'sur_first'), ctx.ohn('space', vc=True), r.randrange(120, 260),
                                          ctx.address(p), 'weekly paclitaxel for breast cancer' if p.sex == 'F' else
                                          'weekly carboplatin-paclitaxel with radiation for esophageal cancer',
                                          ctx.sig(sw)))
    ctx.add('medication')
    return ctx.msg('social_work', 'travel grant application with health card number', subj, sw,
                   [('Northern Travel Assistance', 'travel.grants@nta-ontario.example')], text)


def e_courier(ctx, v):
    r = ctx.rng
    tech = ctx.staff('Okafor')
    rows = [('Patient', 'MRN', 'Address', 'Phone', 'Item', 'Cold chain')]
    for _ in range(r.randrange(3, 6)):
        q = ctx.patient()
        oral = r.choice(K.ORAL)
        rows.append((ctx.name(q, 'sur_first'), ctx.mrn(q), ctx.address(q), ctx.phone(q), oral[1].split(' (')[0],
                     r.choice(['N', 'N', 'Y'])))
    ctx.add('medication')
    subj = 'Courier run %s - oral chemo deliveries' % ctx.fut(1).isoformat()
    courier = ('Swift Medical Courier', 'dispatch@swiftmedcourier.example')
    if v == 0:
        csv = A.make_csv(rows)
        text = 'Hello,\n\nDelivery list for tomorrow attached. Signature required on all.\n\n%s' % ctx.sig(tech, True)
        return ctx.msg('courier', 'oral chemotherapy home delivery list (CSV)', subj, tech, [courier], text,
                       atts=[A.at('csv', 'deliveries.csv', text=csv, charset='utf-8', cte='quoted-printable')])
    if v == 1:
        x = A.make_xlsx([('Deliveries', rows)], ctx.date, tech.full)
        z = A.make_zip([('deliveries_%s.xlsx' % ctx.day.isoformat(), x)], ctx.date)
        text = 'Zipped list attached (password by phone).\n\n%s' % ctx.sig(tech, True)
        return ctx.msg('courier', 'zipped delivery spreadsheet', subj, tech, [courier], text,
                       atts=[A.at('zip', 'deliveries.zip', z)])
    text = 'Hi,\n\n%s\n\n%s' % ('\n'.join(' | '.join(x) for x in rows), ctx.sig(tech, True))
    return ctx.msg('courier', 'delivery list in body', subj, tech, [courier], text, force_body='html')


TEMPLATES = [e_homecare, e_fwd_pharmacy, e_labs, e_trial, e_consult, e_quoted, e_ramq_rx, e_pediatric,
             e_social_form, e_courier]
