"""Positive templates, part C: English prose (Ontario sites and anglophone Quebec patients)."""
import datetime

from gen_common import (SITES, age_on, fmt_date, make_mrn, make_sin, make_ohip, make_niss, make_nir, phone,
                        address, rand_dob, Patient, CITIES_ON)
from gen_mime import outlook_block, forward_block, quote, reply_header, html_page, text_to_html
from gen_tpl import *  # noqa: F401,F403

L = 'en'


def referral_on(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'referral', 'family physician referral for reconstruction after cancer')
    gp = rng.choice(['Dr. Susan Oakley', 'Dr. Ravi Menon', 'Dr. Claire Ashdown', 'Dr. Tomasz Wierzbicki'])
    m.frm = (gp, ext_addr(rng, 'fht', gp.split()[-1].lower()))
    surg = ctx.staff(unit='plast', doctor=True, prov='ON')
    m.to = [('Plastic Surgery Referrals', 'plastics.referrals@' + ON_DOM_)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1950, hi=1992)
    dxp = recon_for(rng, p, 'en')
    m.t('diagnosis', 'medication')
    nm = m.pname(p, rng.choice(['upper_comma', 'title', 'full']))
    dob = m.pdob(p, rng.choice(['iso', 'mon', 'long']))
    hcn = m.ohip(make_ohip(rng), rng.choice(['dash', 'space', 'plain', 'slash']), rng.choice(['', 'AB', 'MK', 'TV']))
    meds = rng.sample(MEDS_EN, 2)
    details = ('Patient: %s\nDOB: %s\nOHIP: %s\nPhone: see chart\n\nReason for referral: %s.\nRequest: assessment for %s.\n'
               'PMH: hypertension, hypothyroidism, former smoker (quit 2020).\nMeds: %s; %s.\n'
               % (nm, dob, hcn, dxp[0], dxp[1], meds[0], meds[1]))
    if rng.random() < 0.5:
        m.subject = 'Referral - plastic surgery - %s' % p.surname
        m.text = ('Dear %s,\n\nThank you for seeing this patient.\n\n%s\nShe/he has completed adjuvant treatment '
                  'and is keen to proceed. Most recent imaging showed no recurrence.\n\nKind regards,\n%s\n'
                  'Riverside Family Health Team, 300 Wharf Street, Cedar Falls ON K0K 2B0\nTel 613-555-0122 Fax 613-555-0123\n'
                  % (surg.titled('en'), details, gp)).replace('She/he', p.pron('en').capitalize())
    else:
        m.subject = 'Referral attached'
        m.text = 'Hello,\n\nPlease see the attached referral. Kindly confirm receipt.\n\n%s\n' % gp
        m.atts = [att_pdf('Referral_%s_%s.pdf' % (p.surname, p.given[0]),
                          [('h', 'REFERRAL - PLASTIC & RECONSTRUCTIVE SURGERY'),
                           ('kv', [('Consultant', surg.titled('en')), ('Urgency', rng.choice(['Routine', 'Semi-urgent']))]),
                           ('p', details), ('box', 'Referring physician: %s   CPSO# %d' % (gp, rng.randrange(50000, 99999)))],
                          title='Referral', author=gp,
                          letterhead=['Riverside Family Health Team', '300 Wharf Street, Cedar Falls ON K0K 2B0',
                                      'Tel 613-555-0122  Fax 613-555-0123'])]
    return m


ON_DOM_ = SITES['HG']['dom']


def qc_anglo_nam(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'transfer', 'inter-site transfer of a Quebec patient, RAMQ number in body')
    a = ctx.staff(unit=('hand', 'burn'), doctor=True)
    b = ctx.staff(unit=('hand', 'therapy', 'plast'), prov='ON', exclude=(a,))
    m.frm = addr_of(a, L)
    m.to = [addr_of(b, L)]
    m.date = ctx.msg_date()
    p = ctx.nam_patient(adult=True)
    nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space', 'dash', 'wide', 'lower', 'slash']),
                                 rng.choice(['full', 'title', 'upper_comma', 'comma']), rng.choice(['iso', 'long', 'mon']),
                                 sex_fmt=rng.choice(['Sex: %s', 'sex %s', '(%s)']))
    dx = rng.choice(HAND_EN + [fill(x, rng) for x in BURN_EN])
    m.t('diagnosis')
    v = rng.randrange(3)
    if v == 0:
        m.subject = 'Transfer of care - hand therapy closer to home'
        m.text = ('%s\n\n%s %s, DOB %s, RAMQ %s, now lives on the Ontario side and would like to continue therapy at '
                  'Hartwell. Dx: %s. Surgery %s here at Sainte-Aurélie. Needs dynamic splint and scar management. '
                  'RAMQ should cover out-of-province outpatient therapy with the usual paperwork.\n\n%s'
                  % (greet(rng, 'en', b.given), name, sex, dob, nam, dx, dshort(earlier(rng, m.date, 10, 30), 'en'),
                     sign(rng, a, 'en')))
    elif v == 1:
        m.subject = 'Bed request - burns'
        m.text = ('%s\n\nRequesting a burn bed for %s (%s, DOB %s, RAMQ %s). %s. Intubated in ER at Millbridge, '
                  'ETA 2 h by Ornge. Weight 82 kg, Parkland running.\n\n%s' % (greet(rng, 'en', b.given), name, sex, dob,
                                                                            nam, dx, sign(rng, a, 'en')))
    else:
        m.subject = 'RAMQ patient - billing question'
        m.text = ('%s\n\nQuick one: our Quebec patient %s (DOB %s; %s; RAMQ %s) had surgery here for %s. '
                  'Registration entered the card without the expiry - can you fix before the claim goes out?\n\n%s'
                  % (greet(rng, 'en', b.given), name, dob, sex, nam, dx, sign(rng, a, 'en')))
    return m


def rx_pharmacy(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'prescription', 'prescription faxed by e-mail to community pharmacy')
    doc = ctx.staff(doctor=True, unit=('hand', 'plast', 'burn'))
    m.frm = addr_of(doc, L)
    m.to = [('Carrick Pharmacy', ext_addr(rng, 'pharm_on', 'rx'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en')
    nm = m.pname(p, rng.choice(['upper_comma', 'full']))
    dob = m.pdob(p, rng.choice(['iso', 'mon']))
    hcn = m.ohip(make_ohip(rng), rng.choice(['dash', 'plain']), rng.choice(['', 'AK']))
    adr = m.contact(address(rng, 'ON'))
    meds = rng.sample(MEDS_EN, rng.randrange(2, 4))
    m.t('medication', 'diagnosis')
    dx = rng.choice(HAND_EN)
    rx = '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(meds))
    body = ('Rx\n\nName: %s\nDOB: %s   HCN: %s\nAddress: %s\nDx: %s\n\n%s\n\nRepeats: 0\n%s  CPSO %d\n'
            % (nm, dob, hcn, adr, dx, rx, doc.titled('en'), rng.randrange(50000, 99999)))
    if rng.random() < 0.5:
        m.subject = 'Rx for %s' % p.surname
        m.text = 'Hello,\n\nPrescription below for pickup today.\n\n%s\n%s' % (body, sign(rng, doc, 'en'))
    else:
        m.subject = 'Prescription'
        m.text = 'Please see attached prescription. Original kept on chart.\n\n%s' % sign(rng, doc, 'en')
        m.atts = [att_pdf('Rx_%s.pdf' % m.date.strftime('%Y-%m-%d'), [('p', body)], title='Prescription', author=doc.full,
                          letterhead=letterhead(doc.site, doc.unit, 'en'))]
    return m


def wound_culture(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'lab_result', 'wound culture result passed to physician')
    nurse = ctx.staff(unit='burn', kind='nurse')
    doc = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(nurse, L)
    m.to = [addr_of(doc, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en')
    mrn = m.mrn(make_mrn(rng, 'HG'), rng.choice(['plain', 'space', 'wide']))
    nm = m.pname(p, rng.choice(['title_sur', 'upper', 'initial']))
    m.t('lab_result', 'diagnosis', 'medication')
    m.subject = rng.choice(['Positive culture - %s' % mrn, 'culture back rm %d' % rng.randrange(401, 420)])
    m.text = ('%s\n\nMicro called re %s (%s): %s. Swab from the back graft on %s. Currently on cefazolin 2 g IV q8h, '
              'Tmax 38.7 overnight, WBC 16.2.\n\nDo you want to switch to pip-tazo? I can let pharmacy know.\n\n%s'
              % (greet(rng, 'en', doc.given), nm, mrn, rng.choice(CULTURE_EN), dshort(earlier(rng, m.date, 2, 4), 'en'),
                 sign(rng, nurse, 'en')))
    return m


def wsib(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'workers_comp', 'WSIB health professional report for a hand injury')
    doc = rng.choice([staff_by('Dunmore'), staff_by('Marchand')])
    m.frm = addr_of(doc, L)
    m.to = [('WSIB Health Professional Reports', ext_addr(rng, 'wsib', 'hpreports'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1962, hi=2004)
    claim = '%d' % rng.randrange(10000000, 39999999)
    nm = m.pname(p, 'upper_comma')
    dob = m.pdob(p, 'iso')
    sin = m.sin(make_sin(rng), rng.choice(['space', 'plain', 'dash']))
    dx = rng.choice(HAND_EN)
    m.t('diagnosis', 'medication')
    blocks = [('h', 'HEALTH PROFESSIONAL\u2019S REPORT (Form 8)'),
              ('kv', [('Worker', nm), ('Date of birth', dob), ('SIN', sin), ('Claim number', claim),
                      ('Employer', rng.choice(['Gainsford Millwork Ltd.', 'Tamarack Poultry Inc.', 'Port Ainslie Marine']))]),
              ('p', 'Diagnosis: %s.\nTreatment: %s; splint; hand therapy twice weekly.\nFunctional abilities: '
                    'one-handed duties only, no lifting > 2 kg with affected hand, no vibration tools.' % (dx, rng.choice(MEDS_EN))),
              ('box', 'Health professional: %s' % doc.titled('en'))]
    m.atts = [att_pdf('Form8_claim%s.pdf' % claim, blocks, title='Form 8', author=doc.full,
                      letterhead=letterhead(doc.site, 'hand', 'en'))]
    m.subject = 'Form 8 - claim %s' % claim
    m.text = 'Hello,\n\nPlease find the completed Form 8 for claim %s attached.\n\n%s' % (claim, sign(rng, doc, 'en'))
    return m


def cnesst_en(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'cnesst', 'English letter to CNESST for a worker with a burn injury')
    doc = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(doc, L)
    m.to = [('CNESST - Outaouais', ext_addr(rng, 'cnesst', 'dr.outaouais'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1965, hi=2002, sex='M')
    nm = m.pname(p, 'full')
    dob = m.pdob(p, 'long')
    sin = m.sin(make_sin(rng), 'space')
    m.t('diagnosis')
    m.subject = 'Follow-up medical report - %s' % p.surname
    m.text = ('To the CNESST agent,\n\nRe: %s, born %s, SIN %s, claim %d.\n\nMr. %s sustained a %s at work (molten '
              'aluminium splash) and was grafted on %s. He still has hypertrophic scarring of the dorsum of the hand and '
              'cannot tolerate gloves. I recommend pressure garments and 8 more weeks off work before a gradual return.\n\n'
              'Sincerely,\n%s' % (nm, dob, sin, rng.randrange(100000000, 999999999), p.surname,
                                  'deep partial-thickness burn to the L hand and forearm',
                                  dshort(earlier(rng, m.date, 20, 60), 'en'), sign(rng, doc, 'en')))
    return m


def quick_note(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'note', 'quick note between colleagues about an inpatient')
    a = ctx.staff(kind=('nurse', 'res'), unit=('burn', 'plast'))
    b = ctx.staff(doctor=True, unit=('burn', 'plast'), exclude=(a,))
    m.frm = addr_of(a, L)
    m.to = [addr_of(b, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en')
    nm = m.pname(p, rng.choice(['lower', 'lower_rev', 'title_sur', 'initial']))
    m.t('diagnosis')
    v = rng.randrange(4)
    if v == 0:
        m.subject = 'rm %d' % rng.randrange(401, 420)
        m.text = ('can you swing by and see %s tomorrow am? back graft lifting at the lower edge, smells, '
                  'I think pseudomonas. thx\n%s' % (nm, a.given))
    elif v == 1:
        m.subject = 'flap'
        m.text = ('Hi - %s\u2019s flap looks paler since 2200, doppler signal present but weaker. Paged the resident, '
                  'on the way. Will update.\n%s' % (nm, a.given))
    elif v == 2:
        m.subject = 'pain ++'
        m.text = ('%s refused the dressing change this morning, pain 9/10 despite hydromorphone 2 mg. Can we adjust '
                  'analgesia before tomorrow\u2019s change? Maybe ketamine for procedures?\n%s' % (nm, a.given))
        m.t('medication')
    else:
        m.subject = 'd/c today?'
        m.text = ('Can %s go home today? Hand wound clean, OT made the splint. %s daughter can pick %s up at 3.\n\n%s'
                  % (nm, p.poss('en').capitalize(), p.obj(), a.given))
    m.style = rng.choice(['plain', 'plain', 'html'])
    return m


def reply_therapy(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'reply', 'reply with quoted text about splinting and hand therapy')
    pt = staff_by('Lambrecht')
    surg = ctx.staff(unit='hand', doctor=True)
    m.date = ctx.msg_date()
    orig_dt = earlier(rng, m.date, 1, 3)
    p = ctx.new_patient('en')
    nm = m.pname(p, rng.choice(['title', 'full', 'upper_comma']))
    mrn = m.mrn(make_mrn(rng, 'HG'))
    dx = rng.choice(HAND_EN)
    m.t('diagnosis')
    orig = ('Hi Heidi,\n\nCould you see %s (%s) this week for a splint? Dx: %s, repaired %s. Early active motion '
            'protocol, no passive extension.\n\nThanks\n%s' % (nm, mrn, dx, dshort(earlier(rng, orig_dt, 3, 8), 'en'), surg.given))
    ans = rng.choice(['Booked Thursday 10:00. Will send my note after.',
                      'Saw %s yesterday. Dorsal blocking splint made, lots of edema, limited ROM. Says %s cannot come twice '
                      'a week because of transport costs - I will loop in social work.' % (p.obj(), p.pron('en'))])
    if 'social work' in ans:
        m.t('social_information')
    if rng.random() < 0.5:
        body = '%s\n\n%s\n\n%s\n%s' % (ans, pt.given, reply_header('en', surg.titled('en'), surg.email, orig_dt), quote(orig))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (ans, sign(rng, pt, 'en'), '-----Original Message-----\n' +
                                         outlook_block('en', '%s <%s>' % (surg.titled('en'), surg.email),
                                                       '%s <%s>' % (pt.full, pt.email), orig_dt, 'Splint - ' + p.surname), orig)
    m.subject = 'RE: Splint - %s' % p.surname
    m.text = body
    m.in_reply_to = '<%s@%s>' % (orig_dt.strftime('%Y%m%d%H%M%S'), ON_DOM_)
    m.frm = addr_of(pt, L)
    m.to = [addr_of(surg, L)]
    return m


def aesth_enquiry(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'aesthetic', 'forwarded patient enquiry about an aesthetic procedure')
    clerk = ctx.clerk('en', unit='plast')
    doc = ctx.staff(unit='plast', doctor=True)
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1962, hi=2001)
    pmail = ext_addr(rng, 'personal', '%s%s%d' % (p.given.lower(), p.surname.lower().replace("'", '').replace(' ', ''), p.dob.year % 100))
    tel = m.contact(phone(rng, rng.choice(['613', '343'])))
    nm = m.pname(p, 'full')
    req = rng.choice([('a tummy tuck', 'I lost 61 kg after gastric bypass in 2021 and the loose skin keeps getting infected '
                       'under the fold. My GP prescribed antifungal cream twice but it keeps coming back.'),
                      ('eyelid surgery', 'My upper lids droop so much I have to lift them to read; my optometrist '
                       'said it is affecting my visual field.'),
                      ('scar revision', 'I have a raised keloid on my chest from a cyst removal, it itches and my '
                       'dermatologist already tried steroid injections.')])
    m.t('diagnosis')
    if 'cream' in req[1] or 'steroid' in req[1]:
        m.t('medication')
    dob = m.pdob(p, rng.choice(['long', 'iso']))
    orig = ('Hello,\n\nI would like to book a consultation for %s. %s Is this covered by OHIP in my case? '
            'My date of birth is %s. Best number is %s (cell), after 4 pm.\n\nThank you,\n%s' % (req[0], req[1], dob, tel, nm))
    fwd = forward_block('en', '%s <%s>' % (nm, pmail), 'Aesthetic Clinic <aesthetic@%s>' % ON_DOM_,
                        earlier(rng, m.date, 1, 6), 'Consultation request', orig)
    m.subject = 'Fwd: Consultation request'
    m.text = ('%s\n\nPrivate list or functional referral? I will call back once you decide.\n\n%s\n\n%s'
              % (greet(rng, 'en', doc.given), clerk.given, fwd))
    m.frm = addr_of(clerk, L)
    m.to = [addr_of(doc, L)]
    return m


def cas_report(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'youth_protection', 'report to children\u2019s aid society about a scalded child')
    sw = staff_by('Adeyemi')
    m.frm = addr_of(sw, L)
    m.to = [('Intake - Hartwell CAS', ext_addr(rng, 'cas', 'intake'))]
    m.date = ctx.msg_date()
    child = ctx.new_patient('en', lo=2018, hi=2023)
    nm = m.pname(child, rng.choice(['upper_comma', 'full']))
    dob = m.pdob(child, rng.choice(['iso', 'long']))
    mrn = m.mrn(make_mrn(rng, 'HG'))
    hcn = m.ohip(make_ohip(rng), rng.choice(['dash', 'wide']), 'JW') if rng.random() < 0.5 else None
    adr = m.contact(address(rng, 'ON'))
    m.t('diagnosis', 'social_information')
    m.subject = 'Written follow-up to phone report - child in hospital'
    m.text = ('Hello,\n\nFurther to my call this morning (ref %d), here is the written information.\n\n'
              'Child: %s, DOB %s, MRN %s%s\nHome address: %s\nCaregiver: father, %s %s\n\n'
              'Concern: immersion scald to both feet and buttocks, ~8%% TBSA, sharp lines of demarcation and sparing of '
              'the flexural creases. History given (bath too hot, child turned the tap) does not match the pattern '
              'per the burn team. Presented 2 days after the injury. Two siblings at home (ages 3 and 6).\n\n'
              'Child remains admitted for at least 10 days; visits supervised pending your assessment.\n\n%s'
              % (rng.randrange(10000, 99999), nm, dob, mrn, (', HCN %s' % hcn) if hcn else '', adr,
                 rng.choice(['Derek', 'Wayne', 'Trevor']), child.surname, sign(rng, sw, 'en')))
    return m


def ipv_vcard(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'social_work', 'shelter coordination for a burn patient, safe contact in vCard')
    sw = staff_by('Adeyemi')
    m.frm = addr_of(sw, L)
    m.to = [('Harbour House intake', ext_addr(rng, 'personal', 'intake.harbourhouse'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', sex='F', lo=1978, hi=2002)
    nm = m.pname(p, 'full')
    tel = m.contact(phone(rng, '343'))
    m.t('diagnosis', 'social_information')
    card = {'fn': nm, 'n': (p.surname, p.given), 'tel': [('CELL', tel)],
            'note': 'Safe phone only - do not call home number.', 'rev': m.date}
    m.atts = [att_vcf('contact.vcf', [card])]
    m.subject = 'Referral - discharge Thursday'
    m.text = ('Hi,\n\nAs discussed, %s will be discharged from the burn unit on Thursday. Grafted chemical burn to '
              'face and neck, daily wound care through home care. She will not return to the shared home (assault '
              'disclosed, police report filed). Safe contact details in the attached card.\n\nI will call tomorrow '
              'with the arrival time.\n\n%s' % (p.given, sign(rng, sw, 'en')))
    return m


def ow_coverage(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'coverage', 'letter supporting dressing coverage for an income-support recipient')
    nurse = ctx.staff(unit=('burn', 'hand'), doctor=False)
    m.frm = addr_of(nurse, L)
    m.to = [('Ontario Works caseworker', ext_addr(rng, 'ow', 'caseworker.%d' % rng.randrange(10, 99)))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1960, hi=2000)
    nm = m.pname(p, rng.choice(['full', 'upper_comma']))
    dob = m.pdob(p, rng.choice(['iso', 'long']))
    case = '%d-%04d' % (rng.randrange(100, 999), rng.randrange(10000))
    m.t('social_information', 'medication', 'diagnosis')
    letter = [('h', 'To whom it may concern'),
              ('p', 'Re: %s, DOB %s, OW member ID %s\n\nThe above patient is followed by our burn clinic for a grafted '
                    'deep partial-thickness burn of the R forearm with a slow-healing donor site. Silver foam dressings '
                    '(Mepilex Ag) and silver sulfadiazine cream are medically necessary for at least 6 weeks. The patient '
                    'receives Ontario Works and cannot cover these costs. We request Mandatory Special Necessities '
                    'coverage.' % (nm, dob, case)),
              ('box', '%s, %s' % (nurse.full, nurse.role_en))]
    m.atts = [att_pdf('support_letter_%s.pdf' % p.surname.lower().replace("'", ''), letter, title='Support letter',
                      author=nurse.full, letterhead=letterhead(nurse.site, nurse.unit, 'en'))]
    m.subject = 'Letter for medical supplies - member %s' % case
    m.text = 'Hello,\n\nAs requested, please find the supporting letter attached.\n\n%s' % sign(rng, nurse, 'en')
    return m


def belgian_en(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'travel_insurance', 'medical report to Belgian insurer for an injured traveller')
    doc = ctx.staff(unit='hand', doctor=True)
    m.frm = addr_of(doc, L)
    m.to = [('Ardennes Mutual - Assistance', ext_addr(rng, 'mutual', 'assistance.en'))]
    m.date = ctx.msg_date()
    p = Patient(rng.choice(['Janssens', 'Peeters', 'Maes']), rng.choice(['Jonas', 'Pieter']), 'M',
                rand_dob(rng, 1958, 1998), prov='BE')
    nm = m.pname(p, 'upper')
    dob = m.pdob(p, 'dots')
    niss = m.niss(make_niss(rng, p.dob, p.sex), rng.choice(['std', 'plain']))
    m.t('diagnosis')
    m.subject = 'Medical report - %s' % p.surname.upper()
    m.text = ('Dear colleague,\n\nYour member %s (born %s, national number %s) was seen in our hand clinic after a '
              'canoe accident: %s. Operated on %s; follow-up in our clinic in 10 days, then fit to fly with a splint.\n\n'
              'Itemized invoice will follow from our billing office.\n\n%s'
              % (nm, dob, niss, rng.choice(HAND_EN), dshort(earlier(rng, m.date, 2, 6), 'en'), sign(rng, doc, 'en')))
    return m


def french_en(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'travel_insurance', 'fit-to-fly note for a French visitor with a burn')
    doc = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(doc, L)
    m.to = [('Hexagone Assistance - medical desk', ext_addr(rng, 'cpam', 'medicaldesk'))]
    m.date = ctx.msg_date()
    p = Patient(rng.choice(['Moreau', 'Laurent', 'Fontaine']), rng.choice(['Inès', 'Manon', 'Clémence']), 'F',
                rand_dob(rng, 1970, 2002), prov='FR')
    nm = m.pname(p, 'upper_comma')
    dob = m.pdob(p, 'dmy')
    nir = m.nir(make_nir(rng, p.dob, p.sex), rng.choice(['std', 'plain']))
    m.t('diagnosis', 'medication')
    m.subject = 'Fit to fly - your insured %s' % p.surname.upper()
    m.text = ('Hello,\n\nPatient: %s\nDate of birth: %s\nSocial security no.: %s\n\nAdmitted with %s after a campfire '
              'accident. Grafted on %s, graft take 95%%. Discharge medications: %s; %s. Fit to fly on a commercial '
              'flight in 5 days with dressings; aisle seat; carry dressing kit in cabin.\n\n%s'
              % (nm, dob, nir, fill(rng.choice(BURN_EN), rng), dshort(earlier(rng, m.date, 6, 12), 'en'),
                 rng.choice(MEDS_EN), rng.choice(MEDS_EN), sign(rng, doc, 'en')))
    return m


def path_result(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'pathology', 'pathology result forwarded to surgeon')
    sec = ctx.clerk('en', unit='plast')
    surg = ctx.staff(unit='plast', doctor=True)
    m.frm = addr_of(sec, L)
    m.to = [addr_of(surg, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1940, hi=1990)
    mrn = m.mrn(make_mrn(rng, 'HG'), rng.choice(['plain', 'space', 'wide']))
    nm = m.pname(p, rng.choice(['title', 'upper_comma']))
    res = rng.choice(['superficial spreading melanoma, Breslow 1.4 mm, no ulceration, margins clear (>= 1 cm); SLNB 0/2',
                      'nodular melanoma, Breslow 3.5 mm, ulcerated; SLNB 1/3 positive (0.6 mm deposit)',
                      'well-differentiated SCC, deep margin involved'])
    m.t('lab_result', 'diagnosis')
    m.subject = 'Path back - %s' % mrn
    m.text = ('%s\n\nPath is back on %s (%s):\n\n"%s"\n\nShall I book %s in for results next week or would you '
              'rather call first?\n\n%s' % (greet(rng, 'en', surg.given), nm, mrn, res, p.obj(), sign(rng, sec, 'en')))
    return m


def subject_only(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'note', 'graft update, patient named only in the subject')
    a = ctx.staff(unit='burn', kind='nurse')
    b = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(a, L)
    m.to = [addr_of(b, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en')
    nm = m.pname(p, rng.choice(['upper', 'full', 'sur_initial']))
    m.t('diagnosis')
    m.subject = 'RE: %s - graft day %d' % (nm, rng.randrange(4, 8))
    m.enc_subject = rng.random() < 0.5
    m.text = ('Dressing done this am. ~95% take, small area of loss at the elbow (2 cm). Thigh donor dry. Keep the '
              'VAC on 3 more days as you wanted?\n\n' + a.given)
    return m


def insurer_ltd(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'insurer', 'attending physician statement for a disability insurer')
    sec = ctx.clerk('en', unit=('plast', 'hand'))
    doc = ctx.staff(unit=('plast', 'hand'), doctor=True)
    m.frm = addr_of(sec, L)
    m.to = [('Northgate Life - Disability Claims', ext_addr(rng, 'ins_on', 'disability.claims'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1965, hi=1998)
    nm = m.pname(p, 'upper_comma')
    dob = m.pdob(p, 'iso')
    cert = 'NGL-%d' % rng.randrange(1000000, 9999999)
    kv = [('Claimant', nm), ('Date of birth', dob), ('Certificate no.', cert)]
    if rng.random() < 0.7:
        kv.append(('SIN', m.sin(make_sin(rng), rng.choice(['space', 'dash', 'wide']))))
    dxp = recon_for(rng, p, 'en') if rng.random() < 0.5 else (rng.choice(HAND_EN), 'surgery')
    m.t('diagnosis')
    blocks = [('h', 'ATTENDING PHYSICIAN STATEMENT'), ('kv', kv),
              ('p', 'Diagnosis: %s.\nTreatment: %s on %s.\nRestrictions: no lifting or repetitive use of the affected '
                    'side.\nOff work from %s, expected review %s.' % (dxp[0], dxp[1], dshort(earlier(rng, m.date, 10, 30), 'en'),
                                                                  dshort(earlier(rng, m.date, 10, 30), 'en'),
                                                                  dshort(later(rng, m.date, 30, 60), 'en'))),
              ('box', 'Physician: %s' % doc.titled('en'))]
    m.atts = [att_pdf('APS_%s.pdf' % cert, blocks, title='APS', author=doc.full,
                      letterhead=letterhead(doc.site, doc.unit, 'en'))]
    m.subject = 'APS - certificate %s' % cert
    m.text = ('Hello,\n\nFurther to your request, the completed Attending Physician Statement is attached. A $40 fee '
              'will be billed to the claimant.\n\n%s\n%s' % (close(rng, 'en'), sign(rng, sec, 'en')))
    return m


def missed_call(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'phone_message', 'telephone message from a patient for the physician')
    sec = ctx.clerk('en')
    doc = ctx.staff(doctor=True, unit=('plast', 'hand', 'burn'))
    m.frm = addr_of(sec, L)
    m.to = [addr_of(doc, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en')
    nm = m.pname(p, rng.choice(['title', 'title_sur', 'full']))
    tel = m.contact(phone(rng, rng.choice(['613', '343'])))
    m.t('diagnosis')
    sym = rng.choice(['redness and warmth at the thigh donor site, temp 38.4 last night',
                      'hand wound draining for 2 days, smells, finger swollen',
                      'reconstructed breast hard and red since the weekend',
                      'thumb still numb since the carpal tunnel release'])
    m.subject = rng.choice(['Message - %s' % p.surname, 'Patient call back', 'Please call back'])
    m.text = ('%s\n\n%s called at %s: %s. Wants to know if %s should go to the ER.\nCall back at %s (cell).\n\n%s'
              % (greet(rng, 'en'), nm, hhmm(m.date, 'en'), sym, p.pron('en'), tel, sec.given))
    m.style = rng.choice(['plain', 'html'])
    return m


def therapy_pdf(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'therapy_note', 'hand therapy progress note (PDF)')
    pt = staff_by('Lambrecht')
    surg = ctx.staff(unit='hand', doctor=True)
    m.frm = addr_of(pt, L)
    m.to = [addr_of(surg, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1955, hi=2004)
    nm = m.pname(p, 'upper_comma')
    mrn = m.mrn(make_mrn(rng, 'HG'))
    dx = rng.choice(HAND_EN)
    m.t('diagnosis')
    rows = [['Measure', 'Week 4', 'Week 8'], ['Active MCP flexion', '40 deg', '75 deg'], ['PIP', '35 deg', '70 deg'],
            ['Grip (kg)', '9', '19'], ['Key pinch (kg)', '3', '6']]
    blocks = [('h', 'Hand Therapy Progress Note'), ('kv', [('Client:', nm), ('MRN:', mrn), ('Diagnosis:', dx)]),
              ('table', rows), ('p', 'Good progress. Adherent scar, massage taught. Discuss graduated return to work at next visit.')]
    m.atts = [att_pdf('HT_progress_%s.pdf' % mrn, blocks, title='Progress note', author=pt.full,
                      letterhead=letterhead('HG', 'therapy', 'en'))]
    m.subject = 'Therapy progress note'
    m.text = '%s\n\nWeek 8 note attached for Tuesday\u2019s visit.\n\n%s' % (greet(rng, 'en', surg.given), sign(rng, pt, 'en'))
    return m


def transport_on(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'transport', 'non-urgent transport booking for a dressing appointment')
    clerk = ctx.clerk('en', unit=('hand', 'plast'))
    m.frm = addr_of(clerk, L)
    m.to = [('Patient transport desk', 'transport@' + ON_DOM_)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1934, hi=1965)
    when = later(rng, m.date, 2, 9)
    nm = m.pname(p, rng.choice(['upper_comma', 'title', 'full']))
    adr = m.contact(address(rng, 'ON'))
    tel = m.contact(phone(rng, '613'))
    m.t('diagnosis')
    m.subject = 'Transport request %s' % dshort(when, 'en')
    m.text = ('%s\n\nPlease book return transport:\n\nName: %s\nPickup address: %s\nPhone: %s\nMobility: %s\n\n'
              'Appointment: %s at %s, burn outpatient clinic (entrance B)\nReason: dressing change - %s\n\n%s\n%s'
              % (greet(rng, 'en'), nm, adr, tel, rng.choice(['wheelchair', 'walker', 'ambulatory with cane']),
                 fmt_date(when.date(), 'en', 'long'), hhmm(when, 'en'),
                 rng.choice(['grafted L lower leg burn', 'diabetic foot burn', 'donor site wound on the thigh']),
                 close(rng, 'en'), sign(rng, clerk, 'en')))
    return m


def postop_patient(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'aesthetic', 'post-operative instructions e-mailed to an aesthetic patient')
    nurse = ctx.staff(unit=('aesth', 'plast'), kind='nurse')
    m.frm = addr_of(nurse, L)
    m.date = ctx.msg_date()
    p = ctx.new_patient('en', lo=1968, hi=2000, sex='F')
    nm = m.pname(p, 'given')
    m.must.append(p.surname)
    m.to = [('%s %s' % (p.given, p.surname), ext_addr(rng, 'personal', '%s.%s' % (p.given.lower(), p.surname.lower().replace("'", '').replace(' ', ''))))]
    m.t('medication', 'diagnosis')
    m.subject = 'Your instructions after surgery'
    m.text = ('Hi %s,\n\nFollowing your abdominoplasty and flank liposuction yesterday, a reminder:\n\n'
              '- keep the binder on day and night for 6 weeks\n- drains: empty and record twice a day\n'
              '- cefadroxil 500 mg twice a day until finished; Tylenol #3 for pain, no ibuprofen for 1 week\n'
              '- enoxaparin injection once a day x 7 days\n\nYour follow-up is booked %s. Call us if fever above 38.5.\n\n%s'
              % (nm, fmt_date(later(rng, m.date, 6, 9).date(), 'en', 'long'), sign(rng, nurse, 'en')))
    return m


TEMPLATES = [
    (referral_on, 'en', 3), (qc_anglo_nam, 'en', 3), (rx_pharmacy, 'en', 2), (wound_culture, 'en', 2), (wsib, 'en', 2),
    (cnesst_en, 'en', 1), (quick_note, 'en', 3), (reply_therapy, 'en', 2), (aesth_enquiry, 'en', 2),
    (cas_report, 'en', 2), (ipv_vcard, 'en', 1), (ow_coverage, 'en', 2), (belgian_en, 'en', 1), (french_en, 'en', 1),
    (path_result, 'en', 2), (subject_only, 'en', 2), (insurer_ltd, 'en', 2), (missed_call, 'en', 2),
    (therapy_pdf, 'en', 2), (transport_on, 'en', 2), (postop_patient, 'en', 1),
]
