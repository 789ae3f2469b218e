"""English positive messages, part 2."""
import datetime

import gen_common as C
import gen_attach as A
import gen_mime as M
from gen_render import Att, Spec
from gen_tpl import ext, pdf_att, docx_att, zip_att, fname_part, reply_attr, outlook_head, fwd_head
from gen_pos_en import DX_OLD, DX_YOUNG, SOC_OLD, kv_text, ident_lines


# --------------------------------------------------------------------------- elder abuse

def e_elder_abuse(c):
    p = c.patient(70, 95, p_holder=0.15)
    sw = c.staff('Social Worker')
    r = c.rec
    he, him, his = p.pron('en')
    nephew = '%s %s' % (c.choice(['Kevin', 'Shawn', 'Derek', 'Tyler']), p.surname)
    blocks = ['Hello,',
              'I am calling on your consultation service regarding %s, %d, admitted for %s. Since the admission we have learned that '
              'a nephew, %s, moved into %s condo in the spring, holds %s bank cards and has withdrawn about $18,000. %s says %s '
              '"doesn\'t want to cause trouble" but is afraid to go home.' % (
                  r.name(p, c.choice(['title_full', 'full'])), p.age, c.choice(['a fall with dehydration', 'pneumonia', 'a hip fracture']),
                  nephew, his, his, p.title('en') + ' ' + p.surname, he),
              'Capacity appears intact for this decision. We would like advice on next steps (bank freeze, police, change of POA).',
              sw.sig(c.rng)]
    return c.spec('elder_abuse', 'consultation on suspected financial abuse', sw, [ext('elder')],
                  c.choice(['Consultation – suspected financial abuse', 'Advice needed – elder abuse']), blocks,
                  {'patient_name', 'diagnosis', 'social_information'})


# --------------------------------------------------------------------------- Ontario patient

def e_ontario(c):
    p = c.pools.invented(c.rng, 25, 90, 'en', ontario=True)
    sw = c.staff('Social Worker')
    r = c.rec
    hc = r.ohip(c.rng, c.choice(['hyphen', 'space', 'plain', 'fullwidth']), c.choice(['', 'AB', 'KT', 'XR']))
    dx, med = c.choice(DX_OLD[:6] if p.age > 60 else DX_YOUNG)
    dx = dx.replace('{d}', c.short(c.earlier(3, 9)))
    kv = [('Patient', r.name(p, c.choice(['upper_comma', 'full']))), ('DOB', c.dob(p)), ('Ontario health card', hc),
          ('Home address', p.full_address('en')), ('Phone', c.phone(p))]
    soc = c.choice(['Lives alone; receives ODSP. Landlord has been asked to install a ramp.',
                    'Lives with spouse who works nights; no other supports in Ontario.',
                    'Recently separated, staying with a friend; ODSP application pending.'])
    blocks = ['Good morning,', 'We have an Ontario resident admitted here who will be discharged home to your catchment area on %s.' % c.d(c.later(2, 6), True),
              kv_text(kv), 'Diagnosis: %s. Discharge meds include %s.' % (dx, med), 'Social: ' + soc,
              'Discharge labs: Hb %d, creatinine %d, Na %d.' % (c.rng.randint(92, 128), c.rng.randint(70, 160), c.rng.randint(131, 141)),
              'Requesting in-home nursing and PSW assessment on arrival. Discharge summary will be faxed once signed.', sw.sig(c.rng)]
    return c.spec('ontario_referral', 'referral to Ontario home care with health card', sw, [ext('ontario_hc')],
                  c.choice(['Interprovincial referral – home care', 'Referral – Ontario resident discharged %s' % c.short(c.later(2, 6))]),
                  blocks, {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'medication', 'social_information', 'lab_result'})


# --------------------------------------------------------------------------- shelter

def e_shelter(c):
    p = c.pools.invented(c.rng, 25, 65, 'en', sex=c.choice('MF'))
    sw = c.staff('Social Worker')
    r = c.rec
    he = p.pron('en')[0]
    dx, med = c.choice(DX_YOUNG)
    blocks = ['Hi,', 'Do you have a bed tonight? Referring %s (MRN %s), %d, no fixed address since the summer after an eviction. '
              'Usually sleeps at the bus terminal or your overflow.' % (r.name(p, c.choice(['full', 'title', 'initial'])), c.mrn(p), p.age),
              'Admitted for %s; medically cleared today with %s.' % (dx, med),
              'No ID (lost Medicare card and SIN card), no income right now; we started the replacement requests and %s agrees to use '
              'your address for mail.' % he, 'I can arrange a taxi voucher.', sw.sig(c.rng)]
    if '. ' in blocks[1].split('(MRN')[0] and p.surname not in r.names:
        r.names.append(p.surname)
    return c.spec('shelter', 'shelter referral on discharge', sw, [ext('shelter')], c.choice(['Bed tonight?', 'Shelter referral – discharge today']),
                  blocks, {'patient_name', 'mrn', 'diagnosis', 'medication', 'social_information'})


# --------------------------------------------------------------------------- addiction

def e_addiction(c):
    p = c.patient(19, 60, p_holder=0.9)
    sw = c.staff('Social Worker')
    r = c.rec
    kv = [('Name', r.name(p, c.choice(['upper_comma', 'full']))), ('DOB', c.dob(p))]
    if p.nam:
        kv.append(('RAMQ', r.nam(p, c.choice(['space', 'plain', 'dots']))))
    kv.append(('Cell', c.phone(p)))
    sub = c.choice([('opioid use disorder (fentanyl), on methadone 60 mg since admission', 'methadone'),
                    ('severe alcohol use disorder, 2 previous withdrawal seizures', 'diazepam taper'),
                    ('stimulant use disorder (crystal meth), drug-induced psychosis resolved', 'olanzapine 5 mg qHS')])
    blocks = ['Hello,', 'Referral for residential withdrawal management:', kv_text(kv),
              'Substance: %s. Current: %s.' % (sub[0], sub[1]),
              'Lost housing 2 months ago, currently couch-surfing; involved with DYP for custody of one child (visits supervised). '
              'Motivated - asking for a bed as soon as possible after discharge.', sw.sig(c.rng)]
    return c.spec('addiction_referral', 'withdrawal management referral', sw, [ext('detox')], 'Referral – withdrawal management', blocks,
                  {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'medication', 'social_information'})


# --------------------------------------------------------------------------- pharmacy

def e_pharmacy(c):
    p = c.patient(45, 92, p_holder=0.9)
    sw = c.staff(c.choice(['Liaison Nurse', 'Social Worker']))
    r = c.rec
    meds = c.rng.sample(['apixaban 5 mg BID', 'metformin 500 mg BID', 'furosemide 40 mg daily', 'levothyroxine 88 mcg daily',
                         'ramipril 5 mg daily', 'quetiapine 25 mg qHS', 'pantoprazole 40 mg daily', 'donepezil 10 mg daily',
                         'atorvastatin 20 mg qHS', 'Vitamin D 10,000 IU weekly'], 5)
    kv = [('Patient', r.name(p, c.choice(['upper_comma', 'title_full']))), ('DOB', c.dob(p)), ('Home phone', c.phone(p))]
    if p.nam and c.chance(0.75):
        kv.append(('RAMQ', r.nam(p, c.choice(['space', 'plain', 'lower']))))
    blocks = ['Hello,', 'Going home tomorrow - could you prepare weekly blister packs and arrange delivery?', kv_text(kv),
              'Discharge meds:\n' + '\n'.join('* ' + m for m in meds),
              'Patient is on last-resort financial assistance (claim booklet valid) and lives alone; home care will check morning doses.',
              sw.sig(c.rng)]
    return c.spec('pharmacy', 'blister pack request to community pharmacy', sw, [ext('pharm')], 'Blister packs – discharge tomorrow', blocks,
                  {'patient_name', 'date_of_birth', 'medication', 'patient_contact', 'social_information'})


# --------------------------------------------------------------------------- meals on wheels / transport

def e_meals_transport(c):
    p = c.patient(65, 95, p_holder=0.1)
    sw = c.staff(c.choice(['Social Work Technician', 'Administrative Agent']))
    r = c.rec
    if c.chance(0.5):
        blocks = ['Hello,', 'New Meals on Wheels client starting %s:' % c.d(c.later(2, 7), True),
                  kv_text([('Name', r.name(p, c.choice(['title_full', 'upper_comma']))), ('Delivery address', p.full_address('en')),
                           ('Phone', c.phone(p)), ('Diet', c.choice(['diabetic', 'minced/moist (post-stroke dysphagia)', 'low sodium (CHF)'])),
                           ('Days', 'Mon/Wed/Fri')]),
                  'Lives alone and can no longer cook safely. Client receives GIS - reduced rate would be appreciated.', sw.sig(c.rng)]
        return c.spec('meals_on_wheels', 'Meals on Wheels registration', sw, [ext('mow')], 'New client – Meals on Wheels', blocks,
                      {'patient_name', 'patient_contact', 'diagnosis', 'social_information'})
    when = c.later(1, 5)
    blocks = ['Hi,', 'Booking request for discharge transport:',
              kv_text([('Patient', r.name(p, c.choice(['upper_comma', 'title_full']))), ('Room', p.room + p.bed),
                       ('Pick-up', '%s, %s' % (c.d(when, True), c.hour())), ('Destination', p.full_address('en')),
                       ('Mode', c.choice(['stretcher, O2 2 L', 'wheelchair', 'walker, needs help on stairs'])),
                       ('Notes', c.choice(['bariatric (128 kg)', 'MRSA - contact precautions', 'cognitive impairment; daughter meeting at home']))]),
              'Please confirm by reply.', sw.sig(c.rng)]
    return c.spec('transport', 'discharge transport booking', sw, [ext('transport')], 'Transport booking %s' % c.short(when), blocks,
                  {'patient_name', 'patient_contact', 'diagnosis', 'social_information'})


# --------------------------------------------------------------------------- equipment loan

def e_equipment(c):
    p = c.patient(55, 95, p_holder=0.1)
    sw = c.staff(c.choice(['Occupational Therapist', 'Social Worker']))
    r = c.rec
    items = c.rng.sample(['electric hospital bed', 'pressure mattress', 'Hoyer lift + 2 slings', 'commode chair', '4-wheel walker',
                          'bath transfer bench', 'wheelchair 18"'], 3)
    blocks = ['Hello,', 'Please deliver the following to %s\'s home before %s:' % (r.name(p, c.choice(['title_full', 'full'])), c.d(c.later(2, 5), True)),
              '\n'.join('- ' + i for i in items),
              'Address: %s\nContact: %s (patient) or the %s' % (p.full_address('en'), c.phone(p), c.choice(['daughter', 'neighbour', 'son'])),
              'Context: %s; patient is on income support so the subsidized program applies.' % c.choice(
                  ['new paraplegia after spinal cord compression', 'ALS, rapidly progressing', 'bilateral amputee']),
              sw.sig(c.rng)]
    return c.spec('equipment_loan', 'equipment loan delivery request', sw, [ext('equip')], 'Equipment loan request', blocks,
                  {'patient_name', 'patient_contact', 'diagnosis', 'social_information'})


# --------------------------------------------------------------------------- quoted replies (Outlook style)

def e_quoted(c):
    p = c.patient(50, 95, p_holder=0.15)
    a, b = c.staff('Social Worker'), c.staff('Liaison Nurse')
    b.site = c.choice(C.CLSCS[2:])
    r = c.rec
    when = c.earlier(1, 3)
    dx, _ = c.choice(DX_OLD)
    dx = dx.replace('{d}', c.short(c.earlier(5, 12)))
    orig = ['Hi %s,' % b.given,
            'Any update on the home care file for %s? Discharge is planned for %s and the %s is anxious (%s).' % (
                r.name(p, c.choice(['title_full', 'full', 'upper_comma'])), c.d(c.later(1, 4), True),
                c.choice(['daughter', 'husband', 'son']), dx),
            'Also, the patient gave us a new number: %s.' % c.phone(p), a.sig(c.rng, short=True)]
    head = outlook_head(c, (a.name, a.email), [(b.name, b.email)], when, 'Home care file – %s' % p.name('rev', 'en'))
    r.names.append(p.name('rev', 'en'))
    reply = ['Hi %s,' % a.given, 'File is open, first nursing visit booked for the day after discharge. The PSW hours (7/week) are approved. '
             'I flagged the caregiver stress - our SW will call the family.', b.sig(c.rng, short=True)]
    blocks = reply + [('fwd', head[0], head[1], orig)]
    return c.spec('quoted_reply', 'reply quoting home care follow-up', b, [a], 'RE: Home care file – %s' % p.name('rev', 'en'), blocks,
                  {'patient_name', 'diagnosis', 'social_information', 'patient_contact'}, reply=True)


# --------------------------------------------------------------------------- insurer form (SIN)

def e_insurance(c):
    p = c.patient(22, 62, p_holder=0.9)
    sw = c.staff('Social Worker')
    r = c.rec
    sin = r.sin(c.rng, 'space')
    dx, med = c.choice(DX_YOUNG)
    kv = [('Claimant', p.name('full', 'en')), ('Date of birth', c.dob(p)), ('SIN', sin), ('Employer', c.choice(['Rivermount Foods Inc.', 'Laval Transit', 'Coop Agricole des Rives'])),
          ('Diagnosis', dx), ('Treatment', med), ('Last day worked', c.earlier(30, 90).isoformat())]
    r.names.append(p.name('full', 'en'))
    if p.nam and c.chance(0.7):
        kv.insert(3, ('Provincial health number', r.nam(p, 'space')))
    pdf = A.make_pdf('Long-Term Disability Claim – Attending Social Worker Statement', [('kv', kv),
                     ('h', 'Psychosocial factors'), 'Single parent of two, mortgage arrears, spouse left in August. Needs support returning to work.'],
                     author=sw.name)
    blocks = ['Hello,', 'Please find attached the social worker statement requested for the claim (policy %s).' % c.rng.randint(100000, 999999),
              'The attending physician statement will be sent by the clinic.', sw.sig(c.rng)]
    return c.spec('insurance_form', 'LTD claim statement PDF with SIN', sw, [ext('insurer')], 'Claim – social worker statement', blocks,
                  {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'social_information'},
                  atts=[pdf_att('LTD_statement_%s.pdf' % fname_part(p, 'cap'), pdf)])


# --------------------------------------------------------------------------- foreign coverage (NIR / NISS)

def e_foreign(c, kind):
    p = c.pools.invented(c.rng, 19, 27, 'fr') if kind == 'nir' else c.pools.invented(c.rng, 45, 80, 'fr')
    sw = c.staff('Social Worker')
    r = c.rec
    if kind == 'nir':
        ident = ('French social security no.', r.nir(c.rng, p, c.choice(['space', 'plain', 'dots'])))
        ctx = 'French exchange student (McGill-affiliated program); the student insurance was not activated'
    else:
        ident = ('Belgian national number (NISS)', r.niss(c.rng, p, c.choice(['official', 'hyphen', 'plain'])))
        ctx = 'Belgian citizen visiting family; travel insurance excludes the pre-existing condition'
    kv = [('Patient', r.name(p, c.choice(['upper_comma', 'full']))), ('DOB', c.dob(p)), ident, ('MRN', c.mrn(p))]
    blocks = ['Hello,', 'For billing: uninsured patient on %s.' % c.choice(['4 East', 'ICU', '6 West']), kv_text(kv),
              'Situation: %s. Admitted %s for %s.' % (ctx, c.short(c.earlier(2, 12)),
                                                     c.choice(['appendicitis with perforation', 'ankle fracture (ORIF)', 'first psychotic episode', 'diabetic ketoacidosis'])),
              'The family cannot pay the deposit; I discussed a payment arrangement and gave them the contact for the consulate.', sw.sig(c.rng)]
    return c.spec('foreign_coverage', 'uninsured foreign patient (%s)' % kind.upper(), sw, [ext('facturation')],
                  'Uninsured patient – billing info', blocks, {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information'})


def e_foreign_nir(c):
    return e_foreign(c, 'nir')


def e_foreign_niss(c):
    return e_foreign(c, 'niss')


# --------------------------------------------------------------------------- vCard

def e_vcard(c):
    p = c.patient(60, 95, p_holder=0.2)
    sw = c.staff('Liaison Nurse')
    c.rec.names.append(p.name('full', 'en'))
    vcf = A.make_vcf(p.given, p.surname, tel_home=p.phone, cell=C.phone(c.rng),
                     adr=(p.address, p.city, 'QC', p.postal, 'Canada'),
                     note='Home care client. Stage 3 sacral pressure injury, dressing q2days. Lives alone; key in lockbox (code with nurse).')
    blocks = ['Contact card for your first visit tomorrow. Discharged today 2 p.m.', sw.sig(c.rng, short=True)]
    return c.spec('vcard', 'patient contact card vCard', sw, [c.staff('Liaison Nurse')], 'Contact – first visit', blocks,
                  {'patient_name', 'patient_contact', 'diagnosis', 'social_information'},
                  atts=[Att('%s.vcf' % fname_part(p, 'cap'), vcf, 'text/x-vcard', charset='utf-8')])


# --------------------------------------------------------------------------- ZIP

def e_zip(c):
    p = c.patient(55, 95, p_holder=0.9)
    sw = c.staff('Social Worker')
    r = c.rec
    ident = ident_lines(c, p, with_addr=True, with_mrn=True, name_style='full')
    pdf = A.make_pdf('Psychosocial Assessment – Public Curator Request', [('kv', ident),
                     'Incapacity: major NCD. No family able to act. Unpaid property taxes, cheques bouncing.',
                     'Recommendation: tutorship to the Public Curator.'], author=sw.name)
    doc = A.make_docx('Checklist', ['Psychosocial assessment – done', 'Medical assessment – sent by MD',
                                    'Notice to relatives – brother in Gaspé notified by mail'], author=sw.name)
    z = A.make_zip([('psychosocial_assessment.pdf', pdf), ('checklist.docx', doc)])
    blocks = ['Hello,', 'Documents for the protective supervision request are in the attached archive.', 'Regards,', sw.sig(c.rng)]
    return c.spec('zip_documents', 'ZIP with curator request documents', sw, [ext('curateur')],
                  'Request for protective supervision – documents', blocks,
                  {'patient_name', 'date_of_birth', 'mrn', 'patient_contact', 'diagnosis', 'social_information'},
                  atts=[zip_att(c.choice(['curator_request_%s.zip' % fname_part(p, 'dash'), 'documents.zip']), z)])


# --------------------------------------------------------------------------- forwarded family e-mail (.eml)

def e_eml_fwd(c):
    p = c.patient(70, 95, p_holder=0.15)
    sw, col = c.staff('Social Worker'), c.staff('Social Worker')
    r = c.rec
    he, him, his = p.pron('en')
    rel = 'mother' if p.sex == 'F' else 'father'
    kid = '%s %s' % (c.choice(['Heather', 'Karen', 'Brian', 'Neil']), p.surname)
    inner_blocks = ['Dear %s,' % sw.name,
                    'I am writing about my %s, %s, who has been on your unit since the fall. I really do not think %s can go home alone: '
                    '%s forgets to eat, left the stove on last week and is mixing up %s heart pills.' % (
                        rel, r.name(p, c.choice(['full', 'title_full'])), he, he, his),
                    'I am on sick leave myself for burnout and cannot take %s in. My brother will not get involved. Is a residence possible?' % him,
                    'Thank you,', kid]
    inner = Spec('x', 'en', '', (kid, C.email_of(kid, 'mail.example')), [(sw.name, sw.email)], 'My %s - going home?' % rel, inner_blocks)
    _, dstr = C.stamp(c.rng, c.earlier(1, 4))
    raw = M.build(inner, {'charset': 'us-ascii', 'cte': '7bit', 'hcte': '7bit', 'eol': 'lf', 'client': 'apple', 'body': 'plain',
                          'names': 'q-utf-8', 'subj': 'raw', 'fname': 'plain', 'acte': 'base64'},
                  '<%s>' % c.uid('family', 'mail.example'), dstr)
    blocks = ['Hi %s,' % col.given, 'Forwarding the e-mail from the family ahead of Monday\'s meeting. Burned-out caregiver + patient refusing.',
              sw.sig(c.rng, short=True)]
    return c.spec('family_email', 'family e-mail attached as .eml', sw, [col], 'FW: e-mail from family', blocks,
                  {'patient_name', 'diagnosis', 'social_information'}, atts=[Att('Family email.eml', raw, 'message/rfc822')])


# --------------------------------------------------------------------------- name only in Subject

def e_subject_only(c):
    p = c.patient(60, 95, p_holder=0.2)
    sw, col = c.staff('Social Worker'), c.staff('Liaison Nurse')
    r = c.rec
    subj = c.choice(['RE: %s', '%s - update']) % r.name(p, c.choice(['upper_comma', 'rev']))
    he = p.pron('en')[0]
    blocks = ['Update: %s is going home %s after all. Daughter won\'t host and the RPA wants a deposit the family can\'t afford.' % (he, c.d(c.later(1, 4), True)),
              'PSW mornings 7 days, INR to repeat Monday (%s yesterday), and I re-sent the direct allowance request.' % c.choice(['3.6', '1.5', '4.0']),
              'Talk after rounds.', sw.given]
    return c.spec('brief_update', 'short update, name only in subject', sw, [col], subj, blocks,
                  {'patient_name', 'social_information', 'lab_result'}, reply=subj.startswith('RE'))


# --------------------------------------------------------------------------- name only in the attachment file name

def e_filename_only(c):
    p = c.patient(50, 95, p_holder=0.1)
    sw = c.staff('Social Worker')
    r = c.rec
    r.names.append(C.ascii_fold(p.surname).replace("'", ''))
    pdf = A.make_pdf('Psychosocial summary', ['Referral reason: discharge planning, ALC.',
                     'Diagnosis: %s.' % c.choice(['moderate NCD', 'post-stroke hemiparesis', 'COPD with home O2']),
                     'Social: %s.' % c.choice(SOC_OLD), 'Preference: intermediate resource close to the family.'], author=sw.name)
    fn = '%s_psychosocial_summary.pdf' % fname_part(p, c.choice(['us', 'cap']))
    blocks = ['Hi,', 'Attached is the summary you asked for. %s is agreeable to an RI; the family is on board.' % p.pron('en')[0].capitalize(),
              sw.sig(c.rng, short=True)]
    return c.spec('filename_only', 'psychosocial summary, name only in file name', sw, [c.staff('ALC Flow Coordinator')],
                  'Summary as requested', blocks, {'patient_name', 'diagnosis', 'social_information'},
                  atts=[pdf_att(fn, pdf, style=c.choice([None, 'bare', '2231']))])


TEMPLATES = [(e_elder_abuse, 2), (e_ontario, 3), (e_shelter, 2), (e_addiction, 2), (e_pharmacy, 2), (e_meals_transport, 2),
             (e_equipment, 2), (e_quoted, 2), (e_insurance, 2), (e_foreign_nir, 1), (e_foreign_niss, 1), (e_vcard, 1),
             (e_zip, 2), (e_eml_fwd, 2), (e_subject_only, 1), (e_filename_only, 2)]


# --------------------------------------------------------------------------- MRN only

def e_mrn_only(c):
    p = c.pools.invented(c.rng, 50, 95, 'en')
    n = c.staff('Liaison Nurse')
    col = c.staff('Administrative Agent')
    k = c.choice(['6.1', '6.4', '5.9'])
    blocks = ['Hi %s,' % col.given,
              'MRN %s (%s bed %s): discharge on hold - K %s this morning (hyperkalemia), repeat at 14:00, nephrology aware. '
              'Please cancel the stretcher booked for %s and let the CLSC know the first home visit moves.' % (
                  c.mrn(p), c.choice(['5W', '4E', '6E']), p.room + p.bed, k, c.d(c.later(1, 2), True)),
              'Thanks!', n.sig(c.rng, short=True)]
    return c.spec('discharge_hold', 'discharge on hold, identified by MRN only', n, [col], 'D/C on hold - cancel transport', blocks,
                  {'mrn', 'lab_result', 'diagnosis'})


# --------------------------------------------------------------------------- given name only, clear context

def e_given_only(c):
    p = c.pools.invented(c.rng, 65, 95, 'en')
    n = c.staff('Liaison Nurse')
    sw = c.staff('Social Worker')
    c.rec.names.append(p.given)
    blocks = ['%s in %s - INR %s today so the move to the RPA is pushed to %s; warfarin held tonight, recheck tomorrow a.m.' % (
        p.given, p.room + p.bed, c.choice(['4.2', '4.6', '5.1']), c.d(c.later(2, 4), True)),
              'Can you let the residence know? Thx', n.given]
    return c.spec('brief_update', 'brief note, given name and room only', n, [sw], 'rm %s - move delayed' % p.room, blocks,
                  {'patient_name', 'lab_result', 'medication'}, prefer='plain')


TEMPLATES = TEMPLATES + [(e_mrn_only, 1), (e_given_only, 1)]
