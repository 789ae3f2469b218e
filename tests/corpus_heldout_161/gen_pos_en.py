"""English positive messages, part 1 (Rivermount General Hospital social work)."""
import datetime

import gen_common as C
import gen_attach as A
from gen_render import Att
from gen_tpl import ext, pdf_att, docx_att, xlsx_att, fname_part, reply_attr, outlook_head, fwd_head

DX_OLD = [
    ('Alzheimer-type major neurocognitive disorder, moderate', 'donepezil 10 mg daily'),
    ('right hip fracture s/p ORIF on {d}', 'apixaban 2.5 mg BID x 30 days'),
    ('L MCA stroke with expressive aphasia and R-sided weakness', 'clopidogrel 75 mg daily'),
    ('severe COPD, home O2 2 L/min', 'Trelegy 1 puff daily'),
    ('CHF exacerbation, EF 25%', 'furosemide 40 mg BID'),
    ("Parkinson's disease with recurrent falls", 'Sinemet 100/25 TID'),
    ('delirium secondary to UTI, resolving; underlying mild NCD', 'quetiapine 12.5 mg qHS PRN'),
    ('metastatic lung cancer, palliative approach', 'hydromorphone 1 mg SC q4h PRN'),
    ('below-knee amputation (L), type 2 diabetes', 'insulin glargine 20 units qHS'),
]
DX_YOUNG = [
    ('alcohol use disorder, complicated withdrawal', 'thiamine 100 mg daily'),
    ('schizophrenia, acute psychotic relapse', 'paliperidone palmitate 150 mg IM monthly'),
    ('bipolar I disorder, manic episode', 'lithium 300 mg BID'),
    ('opioid use disorder, endocarditis', 'methadone 60 mg daily'),
    ('major depressive disorder with suicidal ideation', 'sertraline 100 mg daily'),
    ('end-stage renal disease on hemodialysis', 'sevelamer 800 mg TID'),
    ('lower-leg cellulitis with chronic wound', 'cephalexin 500 mg QID x 10 days'),
]
SOC_OLD = [
    'lives alone in a 3rd-floor walk-up',
    'lives with wife (86) who has early dementia herself',
    'only son lives in Vancouver, no local supports',
    'recently widowed, socially isolated, has refused services in the past',
    'daughter who provides daily care reports she is "at the end of her rope"',
    'apartment cluttered to the point of being unsafe (landlord complaint)',
    'income OAS + GIS only, rent is over 60% of income',
    'no next of kin on file, no known protection mandate',
]
NEEDS = ['bathing assistance 2x/week', 'morning help with dressing', 'medication supervision (blister pack)',
         'Meals on Wheels 5x/week', 'OT home safety visit (grab bars, bath bench)', 'nursing: dressing changes 3x/week',
         'caregiver assessment', 'respite for spouse', 'bereavement support', 'personal emergency response system']


def kv_text(lines):
    return '\n'.join('%s: %s' % kv for kv in lines)


def ident_lines(c, p, with_nam=True, with_addr=True, with_mrn=None, name_style=None):
    r = c.rec
    lines = [('Name', r.name(p, name_style or c.choice(['upper_comma', 'comma', 'full']))),
             ('DOB', c.dob(p) + ('   Sex: %s' % p.sex if p.nam and c.chance(0.6) else ''))]
    if with_nam and p.nam:
        lines.append(('Medicare (RAMQ)', r.nam(p, c.choice(['space', 'plain', 'hyphen', 'dots', 'fullwidth', 'slash']))))
    if with_mrn or (with_mrn is None and c.chance(0.5)):
        lines.append(('MRN', c.mrn(p)))
    if with_addr:
        lines.append(('Address', p.full_address('en')))
        lines.append(('Phone', c.phone(p)))
    return lines


def _mrn_in(lines):
    return any(k == 'MRN' for k, _ in lines)


# --------------------------------------------------------------------------- 1. home care referral

def e_homecare(c):
    p = c.patient(55, 95, p_holder=0.9)
    sw = c.staff('Social Worker')
    dx, med = c.choice(DX_OLD)
    dx = dx.replace('{d}', c.short(c.earlier(3, 9)))
    soc = c.rng.sample(SOC_OLD, 2)
    needs = c.rng.sample(NEEDS, 3)
    dc = c.later(2, 6)
    ident = ident_lines(c, p)
    types = {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'social_information'}
    if _mrn_in(ident):
        types.add('mrn')
    if c.chance(0.45):
        fn = 'HomeCare_Referral_%s.pdf' % fname_part(p, c.choice(['us', 'cap']))
        pdf = A.make_pdf('Home Care Referral – CLSC', [('kv', ident), ('h', 'Reason for referral'),
                         'Planned discharge %s. Request to open a home care file.' % c.d(dc, True),
                         ('h', 'Diagnosis'), dx, ('h', 'Psychosocial'), '; '.join(soc).capitalize() + '.',
                         ('h', 'Needs'), '\n'.join('- ' + n for n in needs)], author=sw.name,
                         header='%s – Social Work Department' % C.SITE_EN)
        blocks = ['Hi,', 'Please find attached a home care referral for a patient going home %s. The OT portion of the '
                  'OEMC will follow once completed.' % c.d(dc, True), 'Thanks,', sw.sig(c.rng)]
        return c.spec('homecare_referral', 'home care referral as PDF', sw, [ext('clsc_rw')],
                      c.choice(['Home care referral – d/c %s' % c.short(dc), 'New referral (discharge %s)' % c.short(dc)]),
                      blocks, types, atts=[pdf_att(fn, pdf)])
    types.add('medication')
    blocks = ['Hello,', 'Referral for home care services for the following patient:', kv_text(ident),
              'Diagnosis: %s\nRelevant meds: %s' % (dx, med),
              'Psychosocial: %s.' % '; '.join(soc),
              'Needs identified:\n' + '\n'.join('- ' + n for n in needs),
              'Planned discharge: %s. Please confirm receipt.' % c.d(dc, True), sw.sig(c.rng)]
    return c.spec('homecare_referral', 'home care referral in body', sw, [ext('clsc_rw')], 'Home care referral', blocks, types,
                  cc=[c.staff('Liaison Nurse')] if c.chance(0.5) else [])


# --------------------------------------------------------------------------- 2. long-term care application

def e_ltc(c):
    p = c.patient(72, 97, p_holder=0.9)
    sw = c.staff('Social Worker')
    r = c.rec
    dx = c.choice(['mixed NCD with BPSD (wandering, sundowning)', 'advanced Alzheimer disease', 'post-stroke dysphagia and incontinence'])
    kv = [('Patient', r.name(p, c.choice(['title_full', 'upper_comma']))), ('DOB', c.dob(p))]
    if p.nam:
        kv.append(('RAMQ', r.nam(p, c.choice(['space', 'plain']))))
    kv += [('Current setting', 'Acute geriatrics, ALC since %s' % c.short(c.earlier(10, 50))),
           ('ISO-SMAF profile', str(c.rng.randint(9, 13))), ('Requested', c.choice(['CHSLD', 'Intermediate resource (RI)']))]
    cg = c.choice(['husband (89)', 'daughter', 'son', 'niece'])
    blocks = ['Good afternoon,', 'Please find below the long-term care application for our ALC patient. Psychosocial assessment attached.',
              kv_text(kv), 'Diagnosis: %s.' % dx,
              'Context: the %s can no longer ensure safety at home despite maximal home care (%d h/week) and was seen in the ER last '
              'week for chest pain attributed to stress. The patient is not able to consent; the %s signed as mandatary.' % (cg, c.rng.randint(14, 28), cg),
              sw.sig(c.rng)]
    doc = A.make_docx('Psychosocial Assessment – LTC Application', [('kv', kv), ('h', 'Social history'),
                      'Retired %s. %s.' % (c.choice(['bookkeeper', 'machinist', 'nurse', 'bus driver', 'teacher']), c.choice(SOC_OLD).capitalize()),
                      ('h', 'Assessment'), 'Home is no longer safe. Diagnosis: %s.' % dx,
                      ('h', 'Recommendation'), 'Permanent placement, west sector preferred (spouse visits daily).'], author=sw.name)
    fn = 'Psychosocial_%s.docx' % fname_part(p, 'us')
    return c.spec('ltc_application', 'LTC placement application with DOCX', sw, [ext('mah')],
                  c.choice(['LTC application – %s' % p.name('rev', 'en'), 'Placement application – ALC 5 West']), blocks,
                  {'patient_name', 'date_of_birth', 'diagnosis', 'social_information'}, atts=[docx_att(fn, doc)])


# --------------------------------------------------------------------------- 3. SW progress note

def e_sw_note(c):
    p = c.patient(35, 92, p_holder=0.15)
    sw, col = c.staff('Social Worker'), c.staff('Social Worker')
    r = c.rec
    d = c.earlier(0, 3)
    k = c.rng.randrange(3)
    if k == 0:
        txt = ('Met with %s and daughter at bedside. Pt oriented, wants to go home. Daughter reports apartment is hoarded and landlord '
               'served a lease termination notice for Nov 30. Income: QPP + OAS. Rent arrears ~$2,400. Plan: TAL hearing date, refer to '
               'housing committee, ask MD re capacity to manage property.' % r.name(p, 'title'))
        types = {'patient_name', 'social_information'}
    elif k == 1:
        txt = ('Call from sister: worried %s has been drinking more since %s %s died, not opening mail, missed 2 dialysis sessions. '
               'Plan: joint meeting Thursday, check paratransit eligibility for HD, referral to addiction services.' % (
                   r.name(p, c.choice(['full', 'title_full'])), p.pron('en')[2], 'husband' if p.sex == 'F' else 'wife'))
        types = {'patient_name', 'social_information', 'diagnosis'}
    else:
        txt = ('%s (rm %s) still refusing return to RPA. States she is afraid of son who manages her money (bank POA). '
               'Suspected financial abuse: weekly $300 withdrawals. Discussed with manager re: socio-judicial agreement; consent '
               'obtained for referral to victim services.' % (r.name(p, c.choice(['upper_comma', 'title_full'])), p.room))
        txt = txt.replace('States she is', 'States %s is' % p.pron('en')[0]).replace('manages her money', 'manages %s money' % p.pron('en')[2])
        types = {'patient_name', 'social_information'}
    blocks = ['Hi %s,' % col.given, "I'm off tomorrow so here is today's note for follow-up:",
              ('pre', 'SW progress note – %s\n%s' % (d.strftime('%Y-%m-%d'), txt)), c.choice(['Thanks a million!', 'Thanks!', 'Owe you one.']),
              sw.sig(c.rng, short=True)]
    return c.spec('sw_note', 'SW note copied to colleague', sw, [col],
                  c.choice(['Follow-up while I am off', 'Coverage – rm %s' % p.room, 'For tomorrow']), blocks, types, wrap=c.choice([None, 72]))


# --------------------------------------------------------------------------- 4. capacity / protection mandate

def e_capacity(c):
    p = c.patient(60, 96, p_holder=0.9)
    sw = c.staff('Social Worker')
    r = c.rec
    nm = r.name(p, c.choice(['title_full', 'full']))
    extra = ' (RAMQ %s)' % r.nam(p, c.choice(['space', 'plain', 'lower'])) if p.nam and c.chance(0.85) else ''
    dx = c.choice(['major NCD, MoCA 11/30', 'vascular dementia', 'post-hemorrhagic-stroke cognitive impairment with anosognosia'])
    blocks = ['Dear Me %s,' % c.choice(['Drouin', 'Tessier', 'Marchand']),
              'Further to our call, the psychosocial assessment for %s, born %s%s, is complete. The medical assessment by %s '
              'concludes to total and permanent incapacity (%s).' % (nm, c.dob(p), extra, C.doctor(c.rng, 'en'), dx),
              'The designated mandatary, %s, is ready to act. Please note that the second named mandatary (the son) disagrees and may '
              'contest; the family has been in conflict since the sale of the house.' % C.ext_person(c.rng, 'en'),
              'I can send the signed report once the mandatary returns the release form.', 'Best regards,', sw.sig(c.rng)]
    return c.spec('protection_mandate', 'protection mandate homologation to notary', sw, [ext('notaire')],
                  c.choice(['Homologation – psychosocial assessment complete', 'Protection mandate – %s' % p.name('rev', 'en')]),
                  blocks, {'patient_name', 'date_of_birth', 'diagnosis', 'social_information'})


# --------------------------------------------------------------------------- 5. youth protection

def e_youth(c):
    ch = c.child()
    sw = c.staff('Social Worker')
    r = c.rec
    no = 'S-2024-%05d' % c.rng.randint(10000, 99999)
    kv = [('Child', r.name(ch, c.choice(['upper_comma', 'full']))), ('DOB', c.dob(ch))]
    if ch.nam:
        kv.append(('RAMQ', r.nam(ch, c.choice(['space', 'plain', 'fullwidth']))))
    kv += [('MRN', c.mrn(ch)), ('Mother', '%s %s' % (c.choice(['Amanda', 'Crystal', 'Tiffany', 'Jessica']), c.choice(C.PAT_SUR_EN))),
           ('Last known address', ch.full_address('en'))]
    reason = c.choice([('multiple bruises of different ages on back and thighs; unexplained clavicle fracture', 'L clavicle fracture'),
                       ("brought to ER after ingesting mother's pills; mother intoxicated on arrival", 'accidental benzodiazepine ingestion'),
                       ('failure to thrive (<3rd percentile), poor hygiene, missed appointments', 'failure to thrive')])
    blocks = ['Hello,', 'As requested, this is the written confirmation of the report I made by phone this morning (ref. %s).' % no,
              kv_text(kv), 'Grounds: %s.' % reason[0],
              'Medical findings: %s. The child remains admitted to pediatrics pending DYP assessment. Mother was informed and left '
              'the hospital upset; security notified.' % reason[1], sw.sig(c.rng)]
    return c.spec('youth_protection', 'written confirmation of DYP report', sw, [ext('dpj')],
                  'Written confirmation – report %s' % no, blocks,
                  {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information', 'patient_contact'}, importance='high')


# --------------------------------------------------------------------------- 6. family meeting

def e_family_meeting(c):
    p = c.patient(60, 95, p_holder=0.15)
    sw = c.staff('Social Worker')
    md = C.doctor(c.rng, 'en')
    r = c.rec
    when = c.later(1, 6)
    start = datetime.datetime(when.year, when.month, when.day, c.choice([10, 13, 14, 15]), 30)
    nstyle = c.choice(['title', 'title_full', 'upper_comma'])
    if c.chance(0.5):
        nm = r.name(p, nstyle)
        summary = 'Family meeting – %s (rm %s)' % (nm, p.room)
        desc = c.choice(['Goals: discharge destination (patient refuses placement vs caregiver burnout), level of care, status of mandate.',
                         'Goals: disclose prognosis (metastatic pancreatic cancer), discuss goals of care and palliative options; interpreter (Italian) booked.',
                         'Goals: post-stroke discharge plan, son\'s ability to host, home care and paratransit applications.'])
        ics = A.make_ics(c.uid('fm'), datetime.datetime(2024, 10, 1, 12, 0), start, start + datetime.timedelta(hours=1),
                         summary, desc, 'Family room, 5 West, %s' % C.SITE_EN, (sw.name, sw.email),
                         [(md, 'physician.%d@%s' % (c.rng.randint(100, 999), C.DOM))])
        blocks = ['Hi all,', 'Invite for the family meeting below. Spouse and both children will attend (one by Teams).', sw.sig(c.rng, short=True)]
        types = {'patient_name', 'social_information'} | ({'diagnosis'} if ('cancer' in desc or 'stroke' in desc) else set())
        return c.spec('family_meeting', 'family meeting invitation ICS', sw, [c.staff('Liaison Nurse'), c.staff('Occupational Therapist')],
                      summary, blocks, types,
                      atts=[Att('meeting.ics', ics, 'text/calendar; method=REQUEST', charset='utf-8', cte=c.choice(['base64', '7bit', 'quoted-printable']))])
    # minutes as DOCX
    minutes = A.make_docx('Family Meeting – Summary', [('kv', [('Patient', p.name('full', 'en')), ('Room', p.room),
                          ('Date', when.isoformat()), ('Present', 'spouse, son, daughter (Teams), %s, SW, OT' % md)]),
                          ('h', 'Discussion'), 'Team explained that %s needs 24 h supervision (%s). Family divided: son wants placement, '
                          'spouse wants %s home. Spouse reports sleeping 3-4 h/night.' % (p.given, c.choice(['moderate NCD', 'post-stroke neglect', 'falls x4 this month']), p.pron('en')[1]),
                          ('h', 'Plan'), 'Trial of max home care + day centre 2x/week; reassess in 4 weeks; caregiver support group referral.'],
                          author=sw.name)
    r.names.append(p.name('full', 'en'))
    blocks = ['Hi,', 'Attached are the minutes from this morning\'s family meeting for the chart. Please let me know of any corrections.',
              sw.sig(c.rng, short=True)]
    return c.spec('family_meeting', 'family meeting minutes in DOCX', sw, [(md, 'physician.%d@%s' % (c.rng.randint(100, 999), C.DOM))],
                  'Family meeting minutes – rm %s' % p.room, blocks, {'patient_name', 'diagnosis', 'social_information'},
                  atts=[docx_att('FM_minutes_%s_%s.docx' % (p.room, when.strftime('%Y%m%d')), minutes)])


# --------------------------------------------------------------------------- 7. ALC census / weekend sign-out

def e_census(c):
    sw = c.staff(c.choice(['ALC Flow Coordinator', 'Social Worker']))
    r = c.rec
    rows = []
    for _ in range(c.rng.randint(5, 8)):
        p = c.patient(60, 97, p_holder=0.1)
        rows.append([p.room + p.bed, r.name(p, c.choice(['upper_comma', 'rev', 'initial'])), c.mrn(p, 'plain'),
                     c.choice(['NCD', 'hip fx', 'CVA', 'COPD', 'CHF', 'falls', 'delirium', 'ETOH w/d']),
                     c.choice(['await CHSLD bed', 'curatorship pending', 'family refuses RI', 'eviction', 'no NOK', 'homologation pending',
                               'caregiver burnout', 'needs OEMC', 'shelter on d/c'])])
    header = ['Rm', 'Patient', 'MRN', 'Dx', 'Issue']
    types = {'patient_name', 'mrn', 'diagnosis', 'social_information'}
    k = c.rng.randrange(3)
    if k == 0:
        data, cs = A.make_csv(header, rows, sep=',', charset='utf-8', bom=c.chance(0.5))
        blocks = ['Weekend SW sign-out attached (5W/6E). Urgent items flagged in the Issue column.', sw.sig(c.rng, short=True)]
        return c.spec('alc_census', 'weekend sign-out as CSV', sw, [c.staff('Social Worker')], 'Weekend sign-out', blocks, types,
                      atts=[Att('signout_%s.csv' % c.day.strftime('%Y%m%d'), data, 'text/csv', charset=cs)])
    if k == 1:
        x = A.make_xlsx([('ALC', header + ['Days ALC'], [row + [c.rng.randint(3, 120)] for row in rows])], author=sw.name)
        blocks = ['Good morning,', 'Updated ALC list for tomorrow\'s flow huddle. Please update your rows by 4 p.m.', sw.sig(c.rng)]
        return c.spec('alc_census', 'ALC list as XLSX', sw, [c.staff(), c.staff()], 'ALC list %s' % c.day.isoformat(), blocks, types,
                      atts=[xlsx_att('ALC_list_%s.xlsx' % c.day.strftime('%Y-%m-%d'), x)])
    blocks = ['Weekend coverage – SW issues to watch:', ('table', header, rows), 'Pager 555-0142 if anything urgent.', sw.given]
    return c.spec('alc_census', 'weekend sign-out as table', sw, [c.staff('Social Worker')], 'SW weekend coverage', blocks, types,
                  prefer=c.choice(['html', 'alt', 'plain']), table_style=c.choice(['pipe', 'tab', 'pad', 'dash']))


# --------------------------------------------------------------------------- 8. housing

def e_housing(c):
    p = c.patient(30, 85, p_holder=0.2)
    sw = c.staff('Social Worker')
    r = c.rec
    k = c.rng.randrange(2)
    if k == 0:
        blocks = ['Hello,', 'I am the hospital social worker for %s, who is currently admitted at %s. %s has a hearing at the Tribunal '
                  'administratif du logement on %s regarding non-payment of rent (3 months, $3,150) and cannot attend (%s).' % (
                      r.name(p, 'title_full'), C.SITE_EN, p.title('en') + ' ' + p.surname, c.d(c.later(3, 12)),
                      c.choice(['on IV antibiotics', 'recovering from surgery', 'psychiatric admission'])),
                  'Could your clinic help request a postponement? The arrears started when the patient lost income after the '
                  'diagnosis. The home address is %s and the patient can be reached at %s.' % (p.full_address('en'), c.phone(p)),
                  sw.sig(c.rng)]
        return c.spec('housing', 'TAL hearing postponement request to legal clinic', sw, [ext('legal')],
                      'Postponement request – TAL hearing', blocks, {'patient_name', 'social_information', 'patient_contact'})
    letter = ['RE: Low-rental housing application – %s' % r.name(p, 'title_full'),
              'To whom it may concern,',
              '%s is my client at %s and suffers from %s. The current apartment at %s has no elevator and mould documented by '
              'the city inspector.' % (p.title('en') + ' ' + p.surname, C.SITE_EN,
                                        c.choice(['severe COPD requiring continuous oxygen', 'multiple sclerosis (wheelchair user)', 'heart failure']),
                                        p.full_address('en')),
              'Income is limited to %s; rent represents more than half of it. I support a priority application on health grounds.' % c.choice(
                  ['social assistance', 'OAS and GIS', 'a QPP disability pension']),
              'Yours truly,', sw.name + ', ' + sw.role]
    doc = A.make_docx('Housing support letter', letter, author=sw.name)
    blocks = ['Hello,', 'As discussed, support letter attached. The eligibility form was completed with the client yesterday.', sw.sig(c.rng)]
    return c.spec('housing', 'housing support letter DOCX', sw, [ext('omh')], 'Support letter – HLM application', blocks,
                  {'patient_name', 'diagnosis', 'social_information', 'patient_contact'},
                  atts=[docx_att('Support_letter_%s.docx' % fname_part(p, c.choice(['us', 'cap', 'dash'])), doc)])


# --------------------------------------------------------------------------- 9. income (OAS / GIS / QPP)

def e_income(c):
    p = c.patient(40, 90, p_holder=0.9)
    sw = c.staff(c.choice(['Social Worker', 'Social Work Technician']))
    r = c.rec
    sin = r.sin(c.rng, c.choice(['space', 'hyphen', 'plain', 'fullwidth']))
    prog = c.choice(['Guaranteed Income Supplement', 'QPP disability pension', 'Old Age Security (late application)'])
    kv = [('Applicant', r.name(p, c.choice(['upper_comma', 'full']))), ('DOB', c.dob(p)), ('SIN', sin)]
    if p.nam and c.chance(0.7):
        kv.append(('Medicare', r.nam(p, c.choice(['space', 'plain']))))
    kv.append(('Mailing address', p.full_address('en')))
    tech = c.staff('Social Work Technician')
    blocks = ['Hi %s,' % tech.given,
              'Could you help me complete the %s application for the patient below? The patient never applied and has been living on '
              'savings that are now gone; the landlord has issued a final notice.' % prog,
              kv_text(kv),
              'Diagnosis relevant to the application: %s.' % c.choice(['vascular NCD', 'COPD GOLD 4', 'metastatic prostate cancer']),
              'Patient signed the consent to release information (scanned to the chart).', sw.sig(c.rng)]
    return c.spec('income_support', 'income support application with SIN', sw, [tech],
                  c.choice(['%s application – help needed' % prog.split(' (')[0], 'Benefit application']), blocks,
                  {'patient_name', 'date_of_birth', 'diagnosis', 'social_information', 'patient_contact'})


# --------------------------------------------------------------------------- 10. caregiver respite

def e_respite(c):
    p = c.patient(65, 95, p_holder=0.15)
    sw = c.staff('Social Worker')
    r = c.rec
    rel = c.choice(['wife', 'daughter', 'husband', 'son'])
    fem = rel in ('wife', 'daughter')
    cg = '%s %s' % (c.choice(['Linda', 'Maureen', 'Joan', 'Susan']) if fem else c.choice(['Frank', 'Gordon', 'Stanley']),
                    p.surname if rel in ('daughter', 'son') else c.choice(C.PAT_SUR_EN))
    blocks = ['Hello,',
              'I would like to refer %s, %s of our patient %s (%d, %s), to your day centre and caregiver support group.' % (
                  cg, rel, r.name(p, c.choice(['full', 'title_full'])), p.age,
                  c.choice(["Alzheimer's disease", "Parkinson's with hallucinations", 'frontotemporal dementia'])),
              '%s shows clear signs of burnout: insomnia, tearfulness, says "I can\'t do this anymore". Zarit score %d/88. %s consented to '
              'this referral.' % (cg.split()[0], c.rng.randint(52, 74), 'She' if fem else 'He'),
              'They live at %s. Best time to call is mornings at %s.' % (p.full_address('en'), c.phone(p)), 'Thank you,', sw.sig(c.rng)]
    return c.spec('caregiver_respite', 'caregiver burnout respite referral', sw, [ext('alz')],
                  c.choice(['Referral – caregiver burnout', 'Respite / day centre referral']), blocks,
                  {'patient_name', 'diagnosis', 'social_information', 'patient_contact'})


TEMPLATES = [(e_homecare, 3), (e_ltc, 3), (e_sw_note, 3), (e_capacity, 3), (e_youth, 2), (e_family_meeting, 3),
             (e_census, 3), (e_housing, 3), (e_income, 3), (e_respite, 3)]
