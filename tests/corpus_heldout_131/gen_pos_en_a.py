"""English positives, part A: Ontario referrals, injection lists, cataract
booking, consult letters, low vision, transport, sign-out, pharmacy."""
import datetime

from gen_build import Mail, workday_after
from gen_clinical import make_case, social
from gen_docs import Att, docx, pdf, xlsx
from gen_pos_common import (pick, LOWVISION, PHARMACIES, S, TRANSPORT, ascii_token, closing, demo_lines, dstr,
                            file_token, greeting, hhmm, id_label, ident_inline, idval, idval_safe, mkpatient,
                            pdf_demo, sexlabel)
from gen_util import ORG_EN, age_at, signature

ABBR = {'namd': 'nAMD', 'dme': 'DME', 'rvo': 'CRVO'}


def referral_ontario(g, c, idk):
    r = g.rng
    opto = S['lindqvist'] if idk == 'ohip' or r.random() < 0.5 else S['okonkwo']
    kind = r.choice(['namd', 'glaucoma', 'cataract', 'dr', 'rvo', 'hole', 'keratoconus'])
    p = mkpatient(g, c, idk)
    cs = make_case(r, kind)
    prio = {'namd': 'URGENT — within 2 weeks', 'rvo': 'urgent', 'hole': 'semi-urgent'}.get(kind, 'routine')
    dx = cs.dx(c)
    subject = pick(r, lambda: 'Referral — %s' % dx, lambda: 'Ophthalmology referral: %s' % c.name(p, r.choice(['title', 'comma'])), lambda: 'New referral (%s)' % prio.split(' ')[0].lower())
    atts = []
    if r.random() < 0.5:
        body = [greeting(c), '', 'Please find attached a referral for %s (priority: %s).' % (
            r.choice(['one of my patients', 'a patient seen this morning']), prio),
            'OCT printouts to follow by fax.', '', closing(c), '', signature(opto, 'en')]
        lines = ['# Referral to Ophthalmology'] + pdf_demo(c, p, idk, with_phone=r.random() < 0.5) + [
            '', '# Reason for referral', dx, '', '# Findings'] + cs.res_list(c) + ['', '# Current medications',
                                                                               cs.rx(c), '', 'Priority: ' + prio,
                                                                               'Referring: %s, %s' % (opto.named('en'), opto.role_en)]
        fname = r.choice(['Referral_%s.pdf' % ascii_token(p, 0), 'referral_%s.pdf' % c.when.strftime('%Y%m%d')])
        atts.append(Att('pdf', fname, data=pdf(lines, title='Referral', header=opto.role_en.capitalize() + '\n' + opto.email,
                                               when=c.when), ctype='application/pdf'))
    else:
        body = [greeting(c), '', 'I would be grateful if you could see the following patient.', '']
        body += demo_lines(c, p, idk, with_phone=r.random() < 0.5, with_addr=r.random() < 0.3)
        body += ['', 'Reason: ' + dx, 'Findings (%s): %s' % (dstr(c, c.when.date(), 'iso'), cs.res(c)),
                 'Medications: ' + cs.rx(c), 'Priority: ' + prio, '',
                 r.choice(['The patient is aware of the referral and has agreed to travel to Val-des-Pins.',
                           'Happy to discuss by phone.', 'Please copy me on your consult note.']),
                 '', closing(c), '', signature(opto, 'en')]
    return Mail(c, 'referral', 'optometrist referral to ophthalmology', opto, [S['girouard']], subject,
                '\n'.join(body), atts=atts, mode=r.choice([None, 'alt', 'html']))


def injection_list_en(g, c, idk):
    r = g.rng
    nurse = S['menard']
    day = workday_after(c.when, 1, 3, r)
    idk = 'mrn' if idk == 'none' else idk
    n = r.randint(4, 7)
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 13, 0)
    for i in range(n):
        k = idk if i < 2 else 'mrn'
        p = mkpatient(g, c, k)
        cs = make_case(r, r.choice(['namd', 'dme', 'rvo']))
        cs.dx(c)
        drug = cs.rx_list(c)[0].replace('intravitreal ', '')
        ident = idval(c, p, k, 'plain' if k == 'nam' else None)
        dob = c.dob(p, 'iso') if k == 'nam' or r.random() < 0.4 else ''
        rows.append([t.strftime('%H:%M'), c.name(p, r.choice(['upper', 'comma'])), ident, dob,
                     p.sex if dob else '', cs.e('en'), drug, ABBR[cs.kind]])
        t += datetime.timedelta(minutes=r.choice([10, 15, 20]))
    header = ['Time', 'Patient', 'ID', 'DOB', 'Sex', 'Eye', 'Drug', 'Dx']
    subject = r.choice(['PM injection list %s' % dstr(c, day, 'iso'), 'IVT clinic — %s' % dstr(c, day, 'long'),
                        'Tomorrow\'s injections'])
    body = ['Hi all,', '', 'Injection list for %s afternoon below. Pharmacy has the vial count.' % dstr(c, day, 'long'), '']
    atts = []
    mode = None
    if r.random() < 0.5:
        body += ['\t'.join(header)] + ['\t'.join(x) for x in rows]
        mode = r.choice(['html', 'alt'])
    else:
        body += ['See attached spreadsheet.']
        atts.append(Att('xlsx', 'injections_%s.xlsx' % day.strftime('%Y%m%d'),
                        data=xlsx([('PM list', [header] + rows)], when=c.when, author=nurse.full),
                        ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
    body += ['', 'Sonia Ménard, RN', nurse.role_en]
    return Mail(c, 'injection_list', 'intravitreal injection clinic list', nurse, [S['mehta'], S['ducharme']],
                subject, '\n'.join(body), atts=atts, mode=mode)


def cataract_booking_en(g, c, idk):
    r = g.rng
    surgeon = r.choice([S['lortie'], S['rousseau']])
    p = mkpatient(g, c, idk, age=r.randint(60, 89))
    cs = make_case(r, 'cataract')
    day = workday_after(c.when, 20, 80, r)
    subject = pick(r, lambda: 'Booking — phaco %s' % cs.e('en'), lambda: 'OR booking %s' % dstr(c, day, 'iso'), lambda: 'Cataract booking: %s' % c.name(p, 'sur_initial'))
    body = [greeting(c, S['moore'], informal=True), '', 'Please book the following on my %s list:' % dstr(c, day, 'long'), '']
    body += demo_lines(c, p, idk, with_phone=r.random() < 0.5)
    body += ['Procedure: ' + cs.plan('en'), 'Dx: ' + cs.dx(c), 'Biometry: ' + cs.res(c), 'Flags: ' + cs.rx(c), '']
    atts = []
    if r.random() < 0.5:
        blocks = [('h', 'OR Booking Form — Ophthalmology'),
                  ('table', [['Field', 'Value'], ['Patient', c.name(p, 'upper')], ['DOB', c.dob(p, 'iso')],
                             ['Sex', p.sex], [id_label(c, idk) if idk != 'none' else 'MRN',
                                              idval(c, p, idk) if idk != 'none' else c.mrn(p)],
                             ['Procedure', cs.plan('en')], ['Requested date', dstr(c, day, 'iso')]]),
                  ('p', 'Surgeon: ' + surgeon.named('en'))]
        atts.append(Att('docx', 'OR_booking_%s.docx' % ascii_token(p, 2),
                        data=docx(blocks, when=c.when, title='OR booking', author=surgeon.full),
                        ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
        body.append('Booking form attached.')
    body += [r.choice(['Second eye to follow 4 weeks later.', 'Needs an interpreter (Portuguese).',
                       'Pre-op nurse to check anticoagulation.']), '', closing(c), surgeon.named('en')]
    return Mail(c, 'cataract_booking', 'cataract surgery booking request', surgeon, [S['moore']], subject,
                '\n'.join(body), atts=atts)


def consult_letter_en(g, c, idk):
    r = g.rng
    doc = r.choice([S['ducharme'], S['benali'], S['mehta'], S['whitaker'], S['gallagher']])
    kind = {'Ducharme': 'namd', 'Benali': 'glaucoma', 'Mehta': 'rd', 'Whitaker': 'neuritis', 'Gallagher': 'ted'}[doc.surname]
    dest = r.choice([S['lindqvist'], S['okonkwo'], ('Dr. Meredith Crane, family physician',
                                                     'mcrane@valleyfamilyhealth.example')])
    p = mkpatient(g, c, idk)
    cs = make_case(r, kind)
    seen = workday_after(c.when, -12, -1, r)
    subject = pick(r, lambda: 'Consultation note — %s' % c.name(p, 'comma'), lambda: 'Re: your referral', lambda: 'Clinic letter %s' % dstr(c, seen, 'iso'))
    body = ['Dear colleague,' if isinstance(dest, tuple) else greeting(c, dest), '',
            'Thank you for referring %s, whom I saw on %s.' % (c.name(p, 'title'), dstr(c, seen, 'long')), '']
    body += demo_lines(c, p, idk, name_style='skip')
    body += ['', 'Impression: ' + cs.dx(c), 'Examination: ' + cs.res(c), 'Treatment: ' + cs.rx(c),
             'Plan: ' + cs.plan('en'), '',
             r.choice(['I will see the patient again in six weeks.', 'I have explained the warning symptoms.',
                       'We will send the operative note after surgery.']),
             '', 'Yours sincerely,', '', signature(doc, 'en')]
    atts = []
    mode = None
    if r.random() < 0.35:
        atts.append(Att('pdf', 'consult_%s.pdf' % c.when.strftime('%Y%m%d'), ctype='application/pdf',
                        data=pdf(['# Consultation note'] + pdf_demo(c, p, idk) + ['', 'Impression: ' + cs._dx['en'],
                                                                                 'Plan: ' + cs.plan('en')],
                                 title='Consult', header=ORG_EN, when=c.when)))
    return Mail(c, 'consult_letter', 'consultation letter to referring clinician', doc, [dest], subject,
                '\n'.join(body), atts=atts, mode=mode, reply=subject.startswith('Re'))


def low_vision_en(g, c, idk):
    r = g.rng
    doc = r.choice([S['ducharme'], S['whitaker'], S['benali']])
    kind = r.choice(['rp', 'stargardt', 'namd', 'glaucoma'])
    p = mkpatient(g, c, idk, age=r.randint(18, 35) if kind == 'stargardt' else None)
    cs = make_case(r, kind, eye='B' if kind in ('rp', 'stargardt') else None)
    dest = LOWVISION[1]
    soc = social(c, p)
    subject = pick(r, lambda: 'Low vision referral', lambda: 'Referral for vision rehabilitation — %s' % c.name(p, 'upper'), lambda: 'VLR intake request')
    body = [greeting(c), '', 'I am referring the following patient for vision rehabilitation services '
                            '(magnification, orientation and mobility, daily living skills).', '']
    body += demo_lines(c, p, idk, with_addr=True, with_phone=r.random() < 0.7)
    body += ['', 'Diagnosis: ' + cs.dx(c), 'Vision: ' + cs.res(c), 'Social: ' + soc,
             'Goals: ' + r.choice(['reading mail and managing medications', 'safe travel, white cane training',
                                   'workplace accommodation (screen reader)', 'school reading support']), '',
             closing(c), '', signature(doc, 'en')]
    return Mail(c, 'low_vision', 'low-vision rehabilitation referral', doc, [dest], subject, '\n'.join(body),
                cc=[S['akande']] if r.random() < 0.5 else None)


def transport_en(g, c, idk):
    r = g.rng
    clerk = S['lafreniere']
    p = mkpatient(g, c, idk, age=r.randint(72, 95))
    day = workday_after(c.when, 3, 15, r)
    h, m = r.choice([(9, 0), (10, 30), (13, 15), (14, 0)])
    dest = TRANSPORT[2]
    soc = social(c, p, r.choice([0, 2, 5]))
    body = ['Hello,', '', 'Could you arrange a return trip for:', '', 'Name: ' + c.name(p, r.choice(['title', 'full'])),
            'Pick-up: ' + c.address(p), 'Phone: ' + c.phone(p)]
    if idk == 'nam':
        body.append('DOB %s, sex %s, RAMQ %s' % (c.dob(p), p.sex, c.nam(p)))
    elif idk not in ('none', None):
        body.append('%s: %s' % (id_label(c, idk), idval(c, p, idk)))
    body += ['Appointment: %s at %s, retina clinic, %s' % (dstr(c, day, 'long'), hhmm(h, m, 'en'), ORG_EN),
             'Notes: ' + soc + '; eyes will be dilated on return.', '', 'Expected time on site: about 2 hours.', '',
             closing(c), signature(clerk, 'en')]
    return Mail(c, 'transport', 'volunteer driver request for eye appointment', clerk, [(dest[0], dest[1])],
                r.choice(['Driver request %s' % dstr(c, day, 'iso'), 'Ride needed — eye clinic']), '\n'.join(body))


def signout_en(g, c, idk):
    r = g.rng
    res = S['resident2']
    c.when = c.when.replace(hour=r.choice([18, 21, 23]), minute=r.randrange(60))
    kinds = r.sample(['rd', 'ulcer', 'gca', 'uveitis', 'hzo', 'neuritis'], r.randint(3, 5))
    lines = []
    for i, k in enumerate(kinds):
        p = mkpatient(g, c, idk if i == 0 else 'mrn')
        cs = make_case(r, k)
        loc = r.choice(['ED bed %d' % r.randint(1, 30), 'Ward 6N-%d' % r.randint(601, 640), 'ED fast track'])
        who = c.name(p, r.choice(['sur_initial', 'upper_all', 'lower', 'comma']))
        age = age_at(p.dob, c.when.date())
        if i == 0 and idk == 'nam':
            ident = 'RAMQ %s, DOB %s, %s' % (c.nam(p), c.dob(p), p.sex)
        elif i == 0 and idk == 'ohip':
            ident = 'OHIP ' + c.ohip(p)
        else:
            ident = 'MRN ' + c.mrn(p, 'plain')
        lines.append('- %s: %s %d%s (%s) — %s; %s. TODO: %s' % (loc, who, age, p.sex, ident, cs.dx(c),
                                                              cs.res(c, ', '), cs.plan('en')))
    body = ['Hey Youssef,', '', 'Sign-out for tonight:', ''] + lines + ['', r.choice([
        'Nothing else pending in the ED.', 'Dr. Mehta is on for retina.', 'Page me if anything changes.']), '', 'Claire']
    return Mail(c, 'signout', 'on-call sign-out list', res, [S['resident']], r.choice(['signout', 'Eye call handover',
                                                                                      'sign-out %s' % dstr(c, c.when.date(), 'iso')]),
                '\n'.join(body), mode='plain')


def pharmacy_en(g, c, idk):
    r = g.rng
    doc = r.choice([S['lortie'], S['benali']])
    ph = PHARMACIES[2]
    p = mkpatient(g, c, idk)
    if doc is S['benali']:
        cs = make_case(r, 'glaucoma')
        meds = cs.rx_list(c)
        dxl = cs.dx(c)
    else:
        c.add('medication', 'diagnosis')
        eye = r.choice(['OD', 'OS'])
        meds = ['moxifloxacin 0.5%% (Vigamox) 1 gtt QID %s x 7 days' % eye,
                'prednisolone acetate 1%% (Pred Forte) 1 gtt QID %s, taper weekly' % eye,
                'ketorolac 0.5%% (Acular) 1 gtt TID %s x 4 weeks' % eye]
        dxl = 'post cataract surgery %s' % eye
    body = ['Hello,', '', 'Please fill the following prescription:', '']
    body += demo_lines(c, p, idk, with_addr=r.random() < 0.5)
    body += ['Indication: ' + dxl, ''] + ['%d. %s' % (i + 1, m) for i, m in enumerate(meds)] + [
        '', 'Refills: ' + r.choice(['0', '3', '5']), '', doc.named('en') + ', licence 1-%d' % r.randint(10000, 99999),
        signature(doc, 'en', short=True)]
    return Mail(c, 'prescription', 'prescription sent to community pharmacy', doc, [(ph[0], ph[1])],
                pick(r, lambda: 'Rx — %s' % c.name(p, 'upper'), lambda: 'Prescription', lambda: 'New Rx'), '\n'.join(body))
