"""English positives, part B: replies, forwards, results, attachments,
insurer / driving / tax forms, ICS, vCard, foreign records, discharge,
attached .eml, research enrolment, quick notes."""
import datetime

from gen_build import Mail, att_eml, workday_after
from gen_clinical import make_case, social
from gen_docs import Att, csv_text, docx, ics, pdf, vcard, xlsx, zip_bytes
from gen_pos_common import (pick, INSURERS, S, ascii_token, closing, demo_lines, dstr, file_token, greeting, hhmm,
                            id_label, ident_inline, idval, idval_safe, mkpatient, pdf_demo, sexlabel)
from gen_pos_fr_b import personal_email, quote
from gen_util import ORG_EN, age_at, signature


def reply_quoted_en(g, c, idk):
    r = g.rng
    sec = r.choice([S['girouard'], S['lafreniere'], S['moore']])
    doc = r.choice([S['benali'], S['ducharme'], S['gallagher']])
    kind = {'Benali': 'glaucoma', 'Ducharme': 'namd', 'Gallagher': 'ted'}[doc.surname]
    p = mkpatient(g, c, idk)
    cs = make_case(r, kind)
    orig_when = c.when - datetime.timedelta(hours=r.randint(1, 5), minutes=r.randint(0, 59))
    orig = ['%s,' % doc.named('en'), '',
            '%s called about %s.' % (r.choice(['The optometrist', "The patient's daughter", 'The pharmacy']),
                                     c.name(p, r.choice(['title', 'comma', 'full']))),
            ] + demo_lines(c, p, idk, name_style='skip', with_phone=r.random() < 0.5) + [
        'Reported: ' + cs.res(c), 'On file: ' + cs.dx(c),
        'Can we move up the appointment booked for %s?' % dstr(c, workday_after(c.when, 20, 60, r), 'long'), '',
        'Thanks,', sec.given]
    hdr = r.choice(['On %s at %s, %s <%s> wrote:' % (dstr(c, orig_when.date(), 'long'), orig_when.strftime('%H:%M'),
                                                     sec.full, sec.email),
                    '-----Original Message-----\nFrom: %s <%s>\nSent: %s %s\nTo: %s\nSubject: patient call' % (
                        sec.full, sec.email, dstr(c, orig_when.date(), 'long'), orig_when.strftime('%H:%M'), doc.full)])
    top = [r.choice(['Yes — put %s in my urgent slot on %s.' % ('her' if p.sex == 'F' else 'him',
                                                             dstr(c, workday_after(c.when, 1, 6, r), 'long')),
                     'Fine to move up. Dilate on arrival please.',
                     'No need to move it, but ED if pain or sudden vision loss.']), '', doc.given[0], '']
    if hdr.startswith('-----'):
        body = top + hdr.split('\n') + [''] + orig
    else:
        body = top + [hdr] + quote(orig)
    return Mail(c, 'reply', 'reply with quoted booking question', doc, [sec],
                'RE: ' + pick(r, lambda: 'Call re %s' % c.name(p, 'title_sur'), lambda: 'move up appt?', lambda: 'patient call'),
                '\n'.join(body), reply=True)


def forward_inline_en(g, c, idk):
    r = g.rng
    sec = S['girouard']
    dest = r.choice([S['menard'], S['benali']])
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['glaucoma', 'namd', 'uveitis']))
    pe = personal_email(c, p)
    orig_when = c.when - datetime.timedelta(hours=r.randint(3, 50))
    pname = c.name(p, 'full')
    inner = ['Hello,', '', 'This is %s. I ran out of my %s and the pharmacy says the prescription has expired.' % (
        pname, cs.rx(c)), 'My eye pressure was %s at the optometrist last month.' % cs.res(c, ', '),
             'Could someone call me at %s?' % c.phone(p)]
    if idk == 'nam':
        inner.append('My card number is %s, date of birth %s (%s).' % (c.nam(p), c.dob(p), p.sex))
    elif idk not in ('none', None):
        inner.append('%s: %s' % (id_label(c, idk), idval(c, p, idk)))
    inner += ['', 'Thank you,', p.given]
    fwd = ['---------- Forwarded message ---------', 'From: %s <%s>' % (pname, pe),
           'Date: %s at %s' % (dstr(c, orig_when.date(), 'long'), orig_when.strftime('%H:%M')),
           'Subject: prescription', 'To: <eyeclinic.booking@deuxrives.example>', ''] + inner
    body = [greeting(c, dest, informal=True), '', pick(r, lambda: 'Came into the booking inbox — can you renew?', lambda: 'FYI, see below. Dx on file: ' + cs.dx(c) + '.'),
            '', sec.given, ''] + fwd
    return Mail(c, 'forward', 'forwarded patient e-mail about prescription renewal', sec, [dest], 'Fwd: prescription',
                '\n'.join(body))


def results_subject_en(g, c, idk):
    r = g.rng
    tech = S['poitras']
    doc = r.choice([S['benali'], S['whitaker']])
    p = mkpatient(g, c, 'none')
    cs = make_case(r, 'glaucoma' if doc is S['benali'] else 'neuritis')
    who = c.name(p, r.choice(['upper_all', 'comma', 'sur_initial', 'lower']))
    body = [greeting(c, doc), '', "This morning's results:", ''] + ['- ' + x for x in cs.res_list(c)] + [
        '', 'Printouts in your box.', '', tech.given]
    return Mail(c, 'results', 'test results, patient named in subject only', tech, [doc],
                r.choice(['VF/OCT — %s', 'Fields %s', 'results: %s']) % who, '\n'.join(body))


def attachment_only_en(g, c, idk):
    r = g.rng
    sender = r.choice([S['poitras'], S['moore'], S['girouard']])
    doc = r.choice([S['mehta'], S['lortie'], S['ducharme']])
    atts = []
    style = r.randrange(3)
    if style == 0:
        p = mkpatient(g, c, idk)
        cs = make_case(r, 'cataract')
        lines = ['# Biometry — IOLMaster', ''] + (pdf_demo(c, p, idk) if idk not in ('none',) else []) + [
            ''] + cs.res_list(c) + ['', 'Plan: ' + cs.plan('en')]
        fn = 'biometry_%s_%s.pdf' % (ascii_token(p, 0), c.when.strftime('%Y%m%d'))
        c.name(p, 'surname')
        c.must.append(fn)
        atts.append(Att('pdf', fn, data=pdf(lines, title='Biometry', when=c.when, mono=True), ctype='application/pdf'))
        subject = 'biometry'
    elif style == 1:
        p = mkpatient(g, c, idk)
        cs = make_case(r, r.choice(['namd', 'dme']))
        rows = [['Date', 'Eye', 'VA', 'CST (µm)', 'Drug']]
        d = c.when.date() - datetime.timedelta(days=7 * 40)
        for i in range(r.randint(5, 9)):
            rows.append([d.isoformat(), cs.e('en'), r.choice(['20/40', '20/50', '20/60', '20/80']), str(r.randint(260, 480)),
                         cs.rx_list(c)[0].replace('intravitreal ', '')])
            d += datetime.timedelta(days=7 * r.choice([4, 6, 8]))
        c.add('lab_result')
        cs.dx(c)
        fn = 'injection_history_%s.xlsx' % file_token(p, 0).replace("'", '')
        c.must.append(fn)
        c.name(p, 'given')
        atts.append(Att('xlsx', fn, data=xlsx([('History', rows), ('Info', [['Diagnosis', cs._dx['en']]])], when=c.when),
                        ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
        subject = 'history you asked for'
    else:
        members = []
        for i in range(r.randint(2, 3)):
            p = mkpatient(g, c, 'mrn')
            cs = make_case(r, r.choice(['glaucoma', 'dr']))
            mrn = c.mrn(p, 'plain')
            members.append(('%s_%s_fields.pdf' % (p.surname.upper().replace("'", ''), mrn),
                            pdf(['# Visual field report', 'MRN ' + mrn, '', cs.res(c), cs.dx(c)], when=c.when)))
            c.name(p, 'surname')
            c.must.append(members[-1][0])
        atts.append(Att('zip', 'fields_batch_%s.zip' % c.when.strftime('%m%d'), data=zip_bytes(members, c.when),
                        ctype='application/zip'))
        subject = 'batch'
    body = [greeting(c, doc), '', r.choice(['Attached as requested.', 'See attached.', 'Here you go.']), '', sender.given]
    return Mail(c, 'imaging', 'clinical file, patient only in attachment', sender, [doc], subject, '\n'.join(body),
                atts=atts)


def insurer_en(g, c, idk):
    r = g.rng
    doc = r.choice([S['whitaker'], S['mehta'], S['kourouma']])
    ins = INSURERS[1]
    p = mkpatient(g, c, idk, age=r.randint(26, 61))
    cs = make_case(r, {'Whitaker': 'neuritis', 'Mehta': 'rd', 'Kourouma': 'uveitis'}[doc.surname])
    claim = 'GLM-%07d' % r.randint(1000000, 9999999)
    lines = ["# Attending Physician's Statement", 'Claim: ' + claim, '',
             'Claimant: ' + c.name(p, 'upper'), 'Date of birth: ' + c.dob(p) + '   ' + sexlabel(c, p, 0),
             'SIN: ' + c.sin(p, r.choice(['space', 'hyphen', 'plain', 'dot']))]
    if idk == 'ohip':
        lines.append('OHIP: ' + c.ohip(p, 'hyphen'))
    lines += ['', 'Diagnosis: ' + cs.dx(c), 'Objective findings: ' + cs.res(c), 'Treatment: ' + cs.rx(c),
              'Restrictions: ' + r.choice(['no driving, limited screen work', 'no heavy lifting for 4 weeks',
                                           'monocular vision, no work at heights']),
              'Estimated return to work: ' + dstr(c, workday_after(c.when, 30, 100, r), 'iso'), '',
              'Physician: %s, %s' % (doc.named('en'), doc.role_en)]
    if r.random() < 0.5:
        atts = [Att('pdf', 'APS_%s.pdf' % claim, data=pdf(lines, title='APS', header=ORG_EN, when=c.when),
                    ctype='application/pdf')]
        body = ['Hello,', '', 'Attached is the completed statement for claim %s.' % claim, '', closing(c), signature(doc, 'en')]
    else:
        atts = []
        body = ['Hello,', '', 'Re claim %s — details below as requested by your adjudicator.' % claim, ''] + \
            [l.lstrip('# ') for l in lines] + ['', signature(doc, 'en')]
    return Mail(c, 'insurer_form', 'disability claim physician statement', doc, [(ins[0], ins[1])], 'Claim ' + claim,
                '\n'.join(body), atts=atts)


def driving_form(g, c, idk):
    r = g.rng
    doc = r.choice([S['benali'], S['whitaker']])
    p = mkpatient(g, c, idk, age=r.randint(55, 86))
    cs = make_case(r, 'glaucoma' if doc is S['benali'] else 'neuritis')
    ref = 'DMR-%06d' % r.randint(100000, 999999)
    body = ['To the Driver Medical Review Office,', '',
            'Further to your request %s, please find my report on the following driver:' % ref, '']
    body += demo_lines(c, p, idk, name_style=r.choice(['upper', 'full', 'title']), with_dob=True,
                       with_addr=r.random() < 0.5)
    body += ['', 'Diagnosis: ' + cs.dx(c), 'Binocular Esterman field: %d points missed, horizontal extent %d degrees' % (
        r.randint(8, 30), r.randint(90, 125)), 'Other findings: ' + cs.res(c), '',
        'Opinion: ' + r.choice(['does not currently meet the vision standard for a Class G licence.',
                                'meets the standard; re-test in 12 months.',
                                'should not drive at night; daytime restriction recommended.']), '',
        signature(doc, 'en')]
    return Mail(c, 'driving_form', 'driver medical review vision report', doc,
                [('Driver Medical Review Office', 'medicalreview@drivers-office.example')],
                'Vision report — file %s' % ref, '\n'.join(body), mode=r.choice([None, 'html']))


def ics_en(g, c, idk):
    r = g.rng
    clerk = S['moore']
    doc = r.choice([S['mehta'], S['gallagher']])
    p = mkpatient(g, c, idk)
    cs = make_case(r, 'hole' if doc is S['mehta'] else 'ted')
    day = workday_after(c.when, 4, 30, r)
    start = datetime.datetime(day.year, day.month, day.day, r.choice([7, 8, 12]), r.choice([0, 30]))
    end = start + datetime.timedelta(minutes=90)
    who = c.name(p, r.choice(['title', 'upper', 'comma']))
    ident = idval(c, p, idk) if idk not in ('none', None) else c.mrn(p)
    desc = 'Dx: %s\nPlan: %s\nMeds: %s\n%s: %s' % (cs.dx(c), cs.plan('en'), cs.rx(c),
                                                    id_label(c, idk) if idk != 'none' else 'MRN', ident)
    if idk == 'nam':
        desc += '\nDOB %s, sex %s' % (c.dob(p, 'iso'), p.sex)
    cal = ics('%s-%d@deuxrives.example' % (start.strftime('%Y%m%dT%H%M'), r.randint(100, 999)), start, end,
              'OR — %s' % who, desc, 'OR 4', (clerk.full, clerk.email), [(doc.full, doc.email)], stamp=c.when)
    body = ['Hi,', '', 'Added to your OR block — invite attached.', '', clerk.given]
    return Mail(c, 'ics_appointment', 'calendar invitation for patient surgery', clerk, [doc], 'OR add-on %s' % dstr(c, day, 'iso'),
                '\n'.join(body), atts=[Att('ics', 'invite.ics', text=cal, ctype='text/calendar', params=[('method', 'REQUEST')])])


def vcard_en(g, c, idk):
    r = g.rng
    nurse = S['nursemgr']
    p = mkpatient(g, c, idk, age=r.randint(68, 92))
    cs = make_case(r, r.choice(['namd', 'glaucoma']))
    soc = social(c, p)
    c.name(p, 'full')
    c.phone(p)
    note = '%s. %s.' % (cs.dx(c), soc)
    if idk == 'nam':
        note += ' RAMQ %s DOB %s sex %s' % (c.nam(p, 'plain'), c.dob(p, 'iso'), p.sex)
    elif idk not in ('none', None):
        note += ' %s %s' % (id_label(c, idk), idval(c, p, idk))
    card = vcard('%s %s' % (p.given, p.surname), [p.surname, p.given, '', '', ''], tel=('CELL', p.phone), note=note)
    body = ['Hi Bisi,', '', 'Contact card attached for the patient we discussed — missed the last two injections.', '',
            nurse.given]
    return Mail(c, 'vcard', 'patient contact card to social worker', nurse, [S['akande']], 'contact card',
                '\n'.join(body), atts=[Att('vcf', 'contact.vcf', text=card, ctype='text/x-vcard')])


def foreign_en(g, c, idk):
    r = g.rng
    doc = S['kourouma']
    p = mkpatient(g, c, idk, age=r.randint(19, 45))
    cs = make_case(r, r.choice(['uveitis', 'keratoconus']))
    if idk == 'nir':
        dest = ('Service d\'ophtalmologie — CH de Vallon-sur-Loire', 'ophtalmo@ch-vallon.example')
        idl = 'French NIR: ' + c.nir(p)
        intro = 'Your patient, an exchange student, was seen here during the term; summary below for continuity.'
    else:
        dest = ('Clinique ophtalmologique du Parc', 'secretariat@parcophtalmo.example')
        idl = 'NISS: ' + c.niss(p)
        intro = 'Summary for your patient, who returns to Brussels next week.'
    body = ['Dear colleague,', '', intro, '', 'Patient: ' + c.name(p, r.choice(['upper', 'full'])),
            'Born: ' + c.dob(p, r.choice(['long', 'dmy'])), idl, '', 'Diagnosis: ' + cs.dx(c),
            'Findings: ' + cs.res(c), 'Treatment: ' + cs.rx(c), '', 'Kind regards,', '', signature(doc, 'en')]
    return Mail(c, 'record_transfer', 'clinical summary sent abroad', doc, [dest], 'Clinical summary — continuity of care',
                '\n'.join(body))


def discharge_en(g, c, idk):
    r = g.rng
    res = S['resident']
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['rd', 'hole']))
    blocks = [('h', 'Day Surgery Discharge Summary'),
              ('table', [['Patient', c.name(p, 'upper')], ['DOB', c.dob(p, 'iso')], ['Sex', p.sex],
                         [id_label(c, idk) if idk not in ('none', 'mrn') else 'MRN',
                          idval(c, p, idk) if idk != 'none' else c.mrn(p)]]),
              ('p', 'Diagnosis: ' + cs.dx(c)), ('p', 'Procedure: ' + cs.plan('en')), ('p', 'Findings: ' + cs.res(c)),
              ('p', 'Discharge medications: ' + cs.rx(c)),
              ('p', 'No flying while gas bubble present. Follow-up in 1 week.')]
    body = ['Hello,', '', 'Discharge summary attached for the family physician.', '', res.named('en')]
    return Mail(c, 'discharge', 'day-surgery discharge summary', res, [S['girouard']], 'Discharge summary',
                '\n'.join(body), atts=[Att('docx', 'discharge_%s.docx' % ascii_token(p, 2),
                                           data=docx(blocks, when=c.when, title='Discharge summary'),
                                           ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')])


def attached_eml_en(g, c, idk):
    r = g.rng
    doc = r.choice([S['gallagher'], S['benali'], S['quesnel']])
    p = mkpatient(g, c, idk, age=r.randint(4, 11) if doc is S['quesnel'] else None)
    cs = make_case(r, {'Gallagher': 'ted', 'Benali': 'glaucoma', 'Quesnel': 'amblyopia'}[doc.surname])
    sender = S['lindqvist'] if idk == 'ohip' else S['okonkwo']
    inner_body = [greeting(c, doc), '', 'Referring the following patient:', '']
    inner_body += demo_lines(c, p, idk, with_phone=r.random() < 0.5)
    inner_body += ['', 'Findings: ' + cs.res(c), 'Impression: ' + cs.dx(c), '', closing(c), signature(sender, 'en')]
    inner = Mail(c, 'inner', '', sender, [doc], 'Referral', '\n'.join(inner_body), mode=r.choice(['plain', 'alt']))
    body = ['Amélie,', '', 'Original referral attached — please book within 4 weeks.', '', doc.given]
    return Mail(c, 'forward_attachment', 'referral forwarded as attached message', doc, [S['girouard']], 'FW: Referral',
                '\n'.join(body), atts=[att_eml('Referral.eml', inner, c.when - datetime.timedelta(days=2))])


def research_enrolment(g, c, idk):
    r = g.rng
    coord = S['research']
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['dme', 'namd']))
    sid = 'SL-%03d-%02d' % (r.randint(1, 120), r.randint(1, 40))
    body = [greeting(c, S['ducharme']), '', 'New enrolment in the %s study — screening visit done today.' % r.choice(
        ['HORIZON-DME extension', 'treat-and-extend registry']), '',
        'Subject ID: ' + sid, 'Name: ' + c.name(p, r.choice(['full', 'upper'])),
        ('MRN: ' + c.mrn(p)) if idk != 'nam' else 'RAMQ: %s (DOB %s, %s)' % (c.nam(p), c.dob(p), p.sex),
        'Eligibility: ' + cs.dx(c) + '; ' + cs.res(c), 'Randomised to arm B, first dose %s.' % dstr(
            c, workday_after(c.when, 3, 10, r), 'long'), '',
        'Please keep the identification log in the locked binder only.', '', coord.full, coord.role_en]
    return Mail(c, 'research', 'study enrolment with identified participant', coord, [S['ducharme']],
                'Enrolment ' + sid, '\n'.join(body))


def quick_note_en(g, c, idk):
    r = g.rng
    a, b = r.sample([S['gallagher'], S['benali'], S['mehta'], S['whitaker'], S['lortie']], 2)
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['ted', 'hzo', 'ulcer', 'uveitis', 'rvo']))
    if idk == 'ohip':
        # health number only, no name
        ident = 'the Ontario patient with HCN %s' % c.ohip(p)
    else:
        ident = ident_inline(c, p, idk) if idk not in ('none', None) else c.name(p, r.choice(['title', 'lower']))
    txt = pick(r, lambda: 'Could you have a quick look at %s? Looks like %s to me. %s.' % (ident, cs.dx(c), cs.res(c, ', ')), lambda: '%s — started %s for %s. Agree?' % (ident, cs.rx(c), cs.dx(c)), lambda: 'Heads up: %s is coming to your clinic tomorrow, %s; %s.' % (ident, cs.dx(c), cs.res(c, ', ')))
    body = [greeting(c, b, informal=True), '', txt, '', a.given]
    return Mail(c, 'quick_note', 'quick note between colleagues about a patient', a, [b],
                r.choice(['quick q', 'curbside', 'pt tomorrow', 'FYI']), '\n'.join(body), mode='plain')


def tax_credit(g, c, idk):
    r = g.rng
    doc = r.choice([S['ducharme'], S['whitaker']])
    p = mkpatient(g, c, idk, age=r.randint(30, 85))
    cs = make_case(r, r.choice(['rp', 'stargardt', 'namd']), eye='B')
    lines = ['# Disability Tax Credit Certificate — Part B (Vision)', '',
             'Patient: ' + c.name(p, 'upper'), 'Date of birth: ' + c.dob(p, 'iso') + '   ' + sexlabel(c, p, 0),
             'SIN: ' + c.sin(p, r.choice(['space', 'plain', 'hyphen'])), '',
             'Diagnosis: ' + cs.dx(c), 'Visual acuity / field: ' + cs.res(c),
             'Year impairment began: %d' % r.randint(2008, 2022), 'Certified by: ' + doc.named('en')]
    body = ['Hello,', '', 'The completed vision section of the certificate is attached; the patient asked that it be sent '
                          'to the accountant directly.', '', signature(doc, 'en')]
    return Mail(c, 'tax_form', 'disability tax credit vision certificate', doc,
                [('Kim & Forsythe Accounting', 'office@kimforsythe.example')], 'Certificate — vision section',
                '\n'.join(body), atts=[Att('pdf', 'DTC_vision_%s.pdf' % c.when.strftime('%Y%m%d'),
                                           data=pdf(lines, title='DTC', header=ORG_EN, when=c.when),
                                           ctype='application/pdf')])
