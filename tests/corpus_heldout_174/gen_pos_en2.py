"""Positive (confidential) messages in English — part 2 (threads, attachments, other identifiers)."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_model import M
from gen_text import ext, hello, ident, il, inner_eml, lui, quote, son, thanks


def _pmail(c, p):
    return '%s.%s@%s' % (C.fold(p.given), C.fold(p.surname), c.pick(['mailbox.example', 'homenet.example']))


def fwd_patient_en(c):
    m = c.msg('forward', "patient's e-mail forwarded to the nurse educator")
    p = c.other()
    m.frm = c.who('fraser')
    m.to = [c.who(c.pick(['nguyen', 'henderson']))]
    pm = _pmail(c, p)
    when = c.earlier(c.num(2, 30))
    m.t('patient_contact', 'diagnosis')
    sym = c.pick([("I've been coughing up green phlegm since Sunday and I'm more short of breath than usual. I started "
                   "the rescue pack (prednisone and the antibiotic) last night like Grace showed me.", ['diagnosis', 'medication']),
                  ("my oximeter has been reading 85-86% at rest since this morning even with the oxygen at 2 litres. Can "
                   "I turn it up to 3?", ['lab_result', 'medication']),
                  ("the pharmacy says my Spiriva prescription has expired and I only have the blue puffer left. I'm "
                   "waking up at night coughing.", ['medication'])])
    m.t(*sym[1])
    osubj = c.pick(['question', 'help please', 'my inhalers', 'breathing worse'])
    m.subject = 'FW: ' + osubj
    m.text = '''Can you call this patient back today? Followed in COPD clinic, MRN %s.

Megan

%s

Hello,

This is %s. %s

You can reach me at %s, I'm home all day.

Thanks,
%s
''' % (m.mrn(p, c.pick(['plain', 'dash'])), c.outlook_block(when, '%s <%s>' % (m.name(p, 'full'), pm),
                                                              'copd.info@' + C.DOM, osubj),
       p.name('full'), sym[0][0].upper() + sym[0][1:], m.phone(p), m.name(p, c.pick(['given', 'full'])))
    return m


def reply_quote_en(c):
    m = c.msg('reply', 'reply quoting a colleague about a patient')
    p = c.holder((40, 95))
    a, b = c.pick([('henderson', 'whitfield'), ('nguyen', 'patel'), ('kowalski', 'whitfield'), ('obrien', 'patel')])
    m.frm = c.who(b)
    m.to = [c.who(a)]
    c.reply_headers(m)
    when = c.earlier(c.num(1, 30))
    idb = ident(c, m, p, layout='inline')
    m.t('diagnosis', 'medication', 'lab_result')
    sc = c.cycle('reply_en', 3)
    if sc == 0:
        subj = 'Exertional desats at home visit'
        orig = ("Saw %s at home today. Resting SpO2 92%% on 2 L; walking test nadir 84%% on 2 L, 90%% on 4 L. Ankle "
                "edema 2+, up 3 kg in 10 days. Admits taking furosemide only 'when %s remembers'.\nShould I bump the "
                "exertional flow and can you see %s about possible cor pulmonale?") % (idb, il(c, p), lui(c, p))
        rep = ("Yes - 4 L with exertion, keep 2 L at rest. I'll make furosemide 40 mg daily (scheduled) and order an echo "
               "and BNP. Please book %s into my clinic in 2 weeks." % lui(c, p))
    elif sc == 1:
        subj = 'Repeat spiro - step up?'
        orig = ("Repeat spiro for %s today: FEV1 1.08 L (41%%), down 170 mL since spring. Using salbutamol 6-8x/day, two "
                "exacerbations this fall needing prednisone. Still only on Anoro. Triple therapy?") % idb
        rep = ("Agree. Stop Anoro, start Trelegy 100 one puff daily, and add azithromycin 250 mg three times a week if the "
               "ECG is fine (check QTc). Refer to rehab as well.")
    else:
        subj = 'Capillary gas'
        orig = ("Capillary gas on %s in clinic: pH 7.34, pCO2 59, HCO3 31. Daytime sleepiness, morning headaches, BMI 45. "
                "Hypoventilation?") % idb
        rep = ("Likely obesity hypoventilation. Let's get a PSG with TcCO2 urgently and put %s on the BiPAP list. No "
               "sedatives meanwhile - please ask %s to stop the zopiclone." % (lui(c, p), lui(c, p)))
    m.subject = 'RE: ' + subj
    hi = 'Hi %s,' % (C.STAFF[b]['title'] + ' ' + C.STAFF[b]['last'] if C.STAFF[b]['title'] else C.STAFF[b]['first'])
    orig = '%s\n\n%s\n\n%s' % (hi, orig, C.STAFF[a]['first'])
    if c.chance(0.5):
        m.text = '%s\n\n%s\n\n%s\n\n%s\n' % (rep, c.sig(b, short=True),
                                              c.sent_line(when, '%s %s' % (C.STAFF[a]['first'], C.STAFF[a]['last']),
                                                          C.STAFF[a]['email']), quote(orig))
    else:
        m.text = '%s\n\n%s\n\n%s\n\n%s\n' % (rep, c.sig(b), c.outlook_block(
            when, '%s %s <%s>' % (C.STAFF[a]['first'], C.STAFF[a]['last'], C.STAFF[a]['email']),
            '%s %s' % (C.STAFF[b]['first'], C.STAFF[b]['last']), subj), orig)
    return m


def biologic_sa(c):
    m = c.msg('special_authorization', 'special authorization request for an asthma biologic')
    p = c.holder((18, 75))
    m.frm = c.who('whitfield')
    m.to = [('Special Authorization Unit', 'sa-requests@assurance-medic.example')]
    drug = c.pick(['dupilumab (Dupixent) 300 mg SC q2w', 'benralizumab (Fasenra) 30 mg SC q8w after 3 loading doses',
                   'mepolizumab (Nucala) 100 mg SC q4w', 'tezepelumab (Tezspire) 210 mg SC q4w'])
    m.t('medication', 'diagnosis', 'lab_result')
    idb = ident(c, m, p, layout='lines')
    m.subject = c.pick(['Special authorization request - severe asthma', 'SA request: %s' % drug.split(' ')[0]])
    m.text = '''Hello,

Please consider the following special authorization request.

%s

Drug requested: %s
Diagnosis: severe eosinophilic asthma, uncontrolled despite high-dose ICS/LABA (fluticasone/salmeterol 500/50 BID) plus tiotropium, good adherence confirmed by pharmacy records.
Blood eosinophils: %.2f x10^9/L (%s); FeNO %d ppb; total IgE %d kU/L.
Exacerbations requiring systemic corticosteroids in past 12 months: %d (one ED visit).
Maintenance OCS: prednisone %d mg daily since %s.

%s
''' % (idb, drug, c.fl(0.3, 1.4, 2), c.day(-c.num(5, 40)).isoformat(), c.num(28, 95), c.num(60, 900), c.num(2, 5),
       c.pick([5, 10, 15]), c.pick(['March', 'May', 'July']), c.sig('whitfield'))
    return m


def discharge_docx_en(c):
    m = c.msg('discharge', 'discharge summary (DOCX) after a respiratory admission')
    p = c.other(age=(50, 92))
    sk = c.pick(['patel', 'greer', 'whitfield'])
    m.frm = c.who(sk)
    m.to = [c.pick([('Dr. Heather Lindgren', 'hlindgren@riverbend-fht.example'), ('Riverbend FHT', 'referrals@riverbend-fht.example')])]
    adm, dis = c.day(-c.num(6, 14)), c.day(-c.num(1, 3))
    m.t('diagnosis', 'medication', 'lab_result')
    nm = m.name(p, c.pick(['SUR_g', 'full']))
    dob = m.dob(p, c.pick(['iso', 'abbr']))
    mrn = m.mrn(p, c.pick(['plain', 'pref']))
    dx = c.pick([('Community-acquired pneumonia, RLL, with AECOPD', 'CRP 184, WBC 15.2; sputum S. pneumoniae; treated with '
                  'ceftriaxone then amoxicillin-clavulanate. Prednisone 40 mg x 5 days.'),
                 ('Acute exacerbation of IPF', 'HRCT: new bilateral ground-glass on UIP background; high-flow O2 up to 40 L/60%; '
                  'methylprednisolone pulse. Goals of care discussed; remains on nintedanib.'),
                 ('Pulmonary embolism, bilateral segmental', 'CTPA positive; troponin negative; started apixaban 10 mg BID '
                  'x 7 days then 5 mg BID.')])
    blocks = [('table', [['Patient', nm], ['DOB', dob], ['MRN', mrn], ['Admitted', adm.isoformat()],
                         ['Discharged', dis.isoformat()], ['Service', 'Respirology, 6 West']]),
              ('h', 'Most responsible diagnosis'), ('p', dx[0]),
              ('h', 'Hospital course'), ('p', dx[1]),
              ('h', 'Discharge medications'), ('p', '; '.join(K.meds(c, 'copd', 3))),
              ('h', 'Follow-up'), ('p', 'Respirology clinic in 4-6 weeks; repeat CXR in 6 weeks; home O2 reassessment.')]
    m.attach('docx', c.pick(['Discharge_summary_%s.docx' % p.surname, 'DC summary %s.docx' % mrn, 'discharge summary.docx']),
             A.docx('Discharge Summary - Respirology', blocks))
    m.subject = c.pick(['Discharge summary', 'D/C summary for follow-up', 'Your patient was discharged'])
    m.text = '''Hello,

Your patient was discharged on %s. Discharge summary attached; please note the medication changes.

%s
''' % (C.en_date(dis), c.sig(sk))
    return m


def ontario_patient(c):
    m = c.msg('out_of_province', 'Ontario resident: results or booking with Ontario health number')
    p = c.other(age=(30, 88))
    p.addr = C.rand_addr_on(c.rng)
    hn = C.gen_ohip(c.rng)
    vc = c.pick(['AB', 'KT', 'ZM', 'PL'])
    sc = c.cycle('ontario_en', 3)
    oh = m.ohip(hn, c.pick(['dashvc', 'space', 'plain', 'dash', 'dots', 'full']), vc=vc)
    if sc == 0:
        m.frm = c.who('kowalski')
        m.to = [ext('rgh')]
        sev = c.pick(['mod', 'sev', 'rest'])
        sp = K.spiro(c, sev)
        m.t('lab_result', 'diagnosis', 'patient_contact')
        m.subject = 'PFT results - Ontario resident'
        m.text = '''Hello,

Results for the Ontario resident you referred (interprovincial billing to follow):

%s, DOB %s
Ontario Health Card: %s
Address: %s

%s
Impression: %s.

%s
''' % (m.name(p, 'SUR_g'), m.dob(p, 'iso'), oh, m.addr(p), sp['line'],
            'restrictive pattern with low DLCO, suggest HRCT' if sev == 'rest' else 'obstructive defect consistent with COPD',
            c.sig('kowalski'))
    elif sc == 1:
        m.frm = ('Health Records - Riverside General', 'records@rgh-ottawa.example')
        m.to = [('Sleep Clinic Intake', 'sleep.intake@' + C.DOM)]
        m.t('diagnosis', 'lab_result')
        m.subject = 'Transfer of records - sleep study'
        m.text = '''Good afternoon,

As requested, the sleep study report for the patient below is summarized here; the full report follows by fax.

Name: %s
Health number: %s
DOB: %s

Home sleep apnea test (%s): REI %d/h, nadir SpO2 %d%%. Impression: %s. CPAP was not started before the patient moved to Quebec.

Health Records Department
Riverside General Hospital, Ottawa
''' % (m.name(p, c.pick(['full', 'upper'])), oh, m.dob(p, c.pick(['dmy', 'abbr'])), c.day(-c.num(60, 300)).isoformat(),
            c.num(18, 55), c.num(75, 86), K.cond(c, 'osa'))
    else:
        m.frm = c.who('henderson')
        m.to = [('Assistive Devices - Home Oxygen', 'homeoxygen@adp-ontario.example')]
        gas, po2, sat = K.abg(c)
        m.t('lab_result', 'diagnosis', 'medication')
        m.subject = 'Home oxygen funding application'
        m.text = '''Hello,

Our patient lives in Ontario (%s) and is followed in our home oxygen program. Please find the qualifying data for the funding application:

Applicant: %s
Health number: %s   Version: %s
Diagnosis: %s
%s
Prescription: %s L/min continuous

%s
''' % (p.addr.split(', ')[-2], m.name(p, c.pick(['Sur_g', 'full'])), fmt_digits(hn, oh, vc), vc, K.cond(c, 'copd'), gas,
            c.pick(['1', '2', '3']), c.sig('henderson'))
    return m


def fmt_digits(hn, oh, vc):
    return oh.replace(vc, '').strip(' -') if vc in oh else oh


def belgian_tourist_en(c):
    m = c.msg('international', 'Belgian visitor treated: guarantee-of-payment request with NISS')
    p = c.other('be', age=(25, 78))
    m.frm = ('Patient Accounts', 'billing@' + C.DOM)
    m.to = [('Mutas Assistance - Medical Team', 'medical@mutas-assist.example')]
    niss = C.gen_niss(c.rng, p.dob, p.sex)
    m.t('diagnosis', 'medication')
    m.subject = 'Guarantee of payment - insured %s' % m.name(p, 'SUR_g')
    m.text = '''Dear colleagues,

Your insured was seen in our respiratory emergency service:

Name: %s
Date of birth: %s
National number (NISS): %s

Reason: %s. Treatment: nebulized salbutamol/ipratropium, prednisone 50 mg daily x 5 days, amoxicillin 1 g TID.
Length of stay: %d hours. Estimated charges: CAD %d.

Please confirm coverage so we can release the itemized invoice.

Patient Accounts
%s
''' % (m.name(p, 'full'), m.dob(p, c.pick(['dmy', 'long'])), m.niss(niss, c.pick(['std', 'plain', 'space', 'full'])),
       c.pick(['acute asthma exacerbation', 'community-acquired pneumonia', 'spontaneous pneumothorax (aspirated)']),
       c.num(6, 30), c.num(1800, 5200), C.ORG_EN)
    return m


def french_student_en(c):
    m = c.msg('international', 'French exchange student: care certificate with NIR')
    p = c.other('fra', age=(19, 29))
    sk = c.pick(['whitfield', 'okafor'])
    m.frm = c.who(sk)
    m.to = [('International Student Office', 'health.insurance@univ-deuxrives.example')]
    nir = C.gen_nir(c.rng, p.dob, p.sex)
    m.t('diagnosis', 'medication')
    m.subject = 'Care certificate for insurance reimbursement'
    what = c.pick([('allergic asthma', 'budesonide-formoterol as needed'),
                   ('exercise-induced bronchoconstriction', 'salbutamol before exercise and montelukast'),
                   ('moderate obstructive sleep apnea', 'a mandibular advancement device plus fluticasone nasal spray')])
    m.text = '''Hello,

At the student's request, this confirms that %s (born %s; French social security no. %s) has been followed at our centre since September for %s, treated with %s.

%s
''' % (m.name(p, c.pick(['full', 'upper'])), m.dob(p, c.pick(['long', 'dmy'])), m.nir(nir, c.pick(['std', 'plain', 'dash', 'full'])),
       what[0], what[1], c.sig(sk))
    return m


def subject_only_en(c):
    m = c.msg('results', 'result whose patient is named only in the Subject')
    p = c.other()
    sk = c.pick(['henderson', 'kowalski'])
    m.frm = c.who(sk)
    m.to = [c.who(c.pick(['okafor', 'whitfield']))]
    m.t('lab_result')
    nm = m.name(p, c.pick(['SUR_g', 'sur_init', 'lower_sg', 'init_sur']))
    m.subject = c.pick(['%s - overnight oximetry', 'Re: %s ambulatory oximetry', '%s walk test']) % nm
    m.text = '''%s

Overnight study on room air:
- mean SpO2 %d%%, nadir %d%%
- T90 %d%% of recording time
- ODI(3%%) %d/h, sawtooth pattern suggestive of obstructive events

I'd suggest a PSG before deciding on nocturnal O2. Your call.

%s
''' % (hello(c), c.num(88, 92), c.num(73, 83), c.num(8, 33), c.num(12, 40), c.sig(sk, short=True))
    return m


def filename_only_en(c):
    m = c.msg('results', 'attached report identified only by its file name')
    p = c.other()
    sk = c.pick(['kowalski', 'dube'])
    m.frm = c.who(sk)
    m.to = [c.who(c.pick(['whitfield', 'okafor']))]
    m.t('lab_result', 'diagnosis')
    m.name(p, 'Sur_g')
    if c.chance(0.5):
        fn = c.pick(['6MWT_%s_%s.pdf' % (p.surname, p.given), '%s %s walk test.pdf' % (p.given, p.surname)])
        lines = ['Six-minute walk test', 'Distance: %d m (%d%% predicted)' % (c.num(150, 420), c.num(35, 80)),
                 'Resting SpO2 %d%%; nadir %d%% at minute %d' % (c.num(90, 96), c.num(78, 86), c.num(2, 5)),
                 'Borg dyspnea 7/10; one rest stop', 'Conclusion: significant exertional desaturation in severe COPD;',
                 'recommend ambulatory O2 titration.']
    else:
        fn = c.pick(['PSG_%s_%s.pdf' % (p.surname.upper(), p.given), 'sleep study %s, %s.pdf' % (p.surname, p.given)])
        r = K.psg(c)
        lines = ['Diagnostic polysomnography', 'TST %d min, efficiency %d%%' % (c.num(280, 410), c.num(62, 91)),
                 'AHI %d/h (supine %d/h); ODI %d/h' % (r['ahi'], r['ahi'] + c.num(5, 20), r['ahi'] - c.num(1, 5)),
                 'Nadir SpO2 %d%%, T90 %d%%' % (r['nadir'], r['t90']), 'Conclusion: severe OSA. CPAP titration recommended.']
    m.attach('pdf', fn, A.pdf('Report', lines, header=C.ORG_EN))
    m.subject = c.pick(['Report for signature', 'Ready to sign', 'Report attached'])
    m.text = '%s\n\nReport attached for your signature.\n\n%s\n' % (hello(c), c.sig(sk, short=True))
    return m


def zip_records_en(c):
    m = c.msg('transfer', 'records release: ZIP of sleep reports and an index')
    m.frm = ('Health Records - Release of Information', 'roi@' + C.DOM)
    m.to = [('Laurentide Life - Underwriting', 'underwriting@laurentidelife.example')]
    members, rows = [], [['surname', 'given', 'dob', 'mrn', 'document', 'date']]
    for i in range(c.num(1, 2)):
        p = c.other()
        r = K.psg(c)
        d = c.day(-c.num(30, 300))
        nm = m.name(p, 'SUR_g')
        m.dob(p, 'iso')
        m.mrn(p)
        lines = ['**%s  MRN %s  DOB %s' % (nm, p.mrn, p.dob.isoformat()), 'Diagnostic PSG %s' % d.isoformat(),
                 'AHI %d/h, nadir SpO2 %d%%' % (r['ahi'], r['nadir']), 'Impression: %s' % K.cond(c, 'osa'),
                 'Plan: APAP 5-15 cm H2O']
        members.append(('PSG_%s_%s.pdf' % (p.surname, d.strftime('%Y%m%d')), A.pdf('Sleep Study Report', lines, header=C.ORG_EN)))
        rows.append([p.surname, p.given, p.dob.isoformat(), p.mrn, 'PSG report', d.isoformat()])
    members.append(('manifest.csv', A.csv_bytes(rows)))
    members.append(('README.txt', b'Released under signed authorization on file. Password sent separately.\r\n'))
    m.t('lab_result', 'diagnosis')
    m.attach('zip', 'ROI_%s.zip' % c.date.strftime('%Y%m%d'), A.zip_bytes(members))
    m.subject = 'Release of information - your request %d' % c.num(10000, 99999)
    m.text = '''Hello,

As authorized by the signed consent you provided, the requested records are attached (ZIP). The password will be sent by separate e-mail.

Health Records - Release of Information
%s
''' % C.ORG_EN
    return m


def vcard_en(c):
    m = c.msg('oxygen_setup', 'patient contact card (vCard) for a home oxygen setup')
    p = c.other(age=(55, 92))
    m.frm = c.who('henderson')
    m.to = [('Oxy-Domicile Nord - Dispatch', 'dispatch@oxydomicile.example')]
    m.t('patient_contact', 'medication', 'diagnosis', 'lab_result')
    m.name(p, 'full')
    street, city, post = C.split_addr(p.addr)
    card = A.vcf(p.given, p.surname, tel=[('HOME', p.phone)], addr=(street, city, 'QC', post),
                 note='Home O2 client - COPD. Key with neighbour (apt 2).', bday=p.dob.isoformat() if c.chance(0.5) else None)
    if 'BDAY' in card.decode('utf-8'):
        m.dob(p, 'iso')
    m.attach('vcf', '%s_%s.vcf' % (p.surname, p.given), card)
    m.subject = 'New setup this week - contact card attached'
    m.text = '''Hi,

New client for setup this week: concentrator + POC, %s L/min continuous (severe COPD, PaO2 %d on room air). Contact details in the attached card. Best reached after 1 p.m.

%s
''' % (c.pick(['1', '2', '2']), c.num(47, 55), c.sig('henderson'))
    return m


def eml_radiology_en(c):
    m = c.msg('nodule_followup', 'CT report forwarded as an attached .eml')
    p = c.holder((50, 85))
    m.frm = c.who('patel')
    m.to = [c.who('fraser')]
    inner = M('en', 'imaging', '', True)
    inner.frm = ('Diagnostic Imaging - Centre hospitalier du Littoral', 'imaging@chlittoral.example')
    inner.to = [('Dr. Priya Patel', C.STAFF['patel']['email'])]
    n = K.nodule(c)
    inner.subject = 'Final report: CT chest low dose'
    inner.t('diagnosis', 'lab_result')
    idb = ident(c, inner, p, layout='lines')
    inner.text = '''FINAL REPORT

%s
Exam: CT chest low dose without contrast (%s)

Findings: %d mm %s nodule in the %s, previously %d mm. No lymphadenopathy. Moderate centrilobular emphysema.
Impression: Lung-RADS %s. Interval growth. Recommend %s.

Dictated by: K. Watanabe, MD''' % (idb, c.day(-c.num(1, 6)).isoformat(), n['size'], n['kind'], n['lobe'],
                                   max(4, n['size'] - c.num(1, 4)), n['rads'],
                                   'PET-CT and tissue sampling' if n['rads'] == '4B' else 'follow-up CT in 3 months')
    data = inner_eml(c, m, inner, c.earlier(c.num(5, 48)))
    m.attach('eml', c.pick(['CT report.eml', 'Final report CT chest.eml', 'FW CT.eml']), data)
    m.subject = c.pick(['Please book - see attached report', 'FW: Final report: CT chest low dose'])
    m.text = '''Megan,

See the attached report - growth on the nodule. Please book the patient in nodule clinic next week and request a PET-CT.

%s
''' % c.sig('patel', short=True)
    return m


def csv_waitlist_en(c):
    m = c.msg('rehab_intake', 'pulmonary rehab waitlist (CSV) with phone numbers')
    m.frm = c.who('obrien')
    m.to = [c.who('campbell')]
    rows = [['Last', 'First', 'MRN', 'Phone', 'Diagnosis', 'Referred', 'Priority']]
    for i in range(c.num(5, 8)):
        p = c.other()
        rows.append([p.surname, p.given, p.mrn, p.phone, c.pick(['COPD', 'COPD', 'ILD', 'post-COVID', 'bronchiectasis', 'pre-lung transplant']),
                     c.day(-c.num(10, 160)).isoformat(), c.pick(['A', 'B', 'B', 'C'])])
        m.name(p, 'Sur_g')
        m.mrn(p)
    m.t('patient_contact', 'diagnosis')
    m.attach('csv', 'rehab_waitlist.csv', A.csv_bytes(rows, ',', 'utf-8'), charset='utf-8')
    m.subject = 'Rehab waitlist as of today'
    m.text = '''Alan,

Current waitlist attached as requested for the capacity meeting. Wait for priority B is now about 14 weeks.

%s
''' % c.sig('obrien', short=True)
    return m


def quick_note_en(c):
    m = c.msg('quick_note', 'terse note between colleagues about an overnight event')
    p = c.other(age=(45, 92))
    a, b = c.pick([('greer', 'patel'), ('henderson', 'whitfield'), ('greer', 'whitfield')])
    m.frm = c.who(a)
    m.to = [c.who(b)]
    m.t('lab_result', 'medication')
    nm = m.name(p, c.pick(['lower', 'lower_sg', 'given', 'init_sur']))
    if nm == p.given:
        nm += ' in %d (%s)' % (c.num(601, 628), m.name(p, 'sur_init'))
    m.subject = c.pick(['overnight', 'fyi bed %d' % c.num(601, 628), 'last night'])
    m.text = '''%s desatted to %d%% around 0300, back to 92 on 3L. vbg 7.3%d/%d. put on bipap 14/6, gave methylpred 40 iv. cxr no change.

pls reassess on rounds
%s
''' % (nm, c.num(78, 85), c.num(1, 4), c.num(52, 68), C.STAFF[a]['first'][0].lower() + C.STAFF[a]['last'][0].lower())
    return m


def education_booking_en(c):
    m = c.msg('education', 'referral to COPD or asthma education with phone number')
    p = c.other()
    sk = c.pick(['whitfield', 'patel', 'greer'])
    m.frm = c.who(sk)
    m.to = [c.who('nguyen')]
    kind = c.pick(['copd', 'asthma'])
    md = K.devices(c, kind)
    dx = K.cond(c, kind)
    m.t('diagnosis', 'medication', 'patient_contact')
    nm = m.name(p, c.pick(['full', 'SUR_g', 'title_full']))
    m.subject = c.pick(['Education referral', 'Inhaler technique + action plan please', 'Asthma/COPD teaching'])
    m.text = '''Grace,

Could you see %s (%s) for teaching? %s, still symptomatic. I suspect technique: %s uses %s without a spacer and often forgets the %s.
Please do a written action plan (rescue prednisone 40 mg x 5 days).
Phone %s - prefers mornings; %s.

%s
''' % (nm, m.mrn(p, 'plain') if c.chance(0.5) else 'DOB ' + m.dob(p, 'abbr'), dx[0].upper() + dx[1:], il(c, p),
       md[0], md[1], m.phone(p),
       c.pick(['speaks Portuguese, daughter interprets', 'hard of hearing', 'works evenings']), c.sig(sk, short=True))
    if c.chance(0.6):
        d = c.day(c.num(4, 15))
        t0 = dt.datetime(d.year, d.month, d.day, c.pick([9, 10, 11]), 0)
        m.attach('ics', 'teaching_visit.ics', A.ics('edu-%s@%s' % (c.ident, C.DOM), t0, t0 + dt.timedelta(minutes=60),
                                                    'Teaching - %s (%s)' % (p.name('full'), dx),
                                                    'Education centre, room 1.18', 'Inhaler technique + action plan',
                                                    (C.STAFF[sk]['first'] + ' ' + C.STAFF[sk]['last'], C.STAFF[sk]['email']),
                                                    [('Grace Nguyen', C.STAFF['nguyen']['email'])]))
    return m


def lowdose_ct_en(c):
    m = c.msg('imaging_request', 'low-dose CT lung cancer screening requisition')
    p = c.holder((55, 80))
    m.frm = c.who('patel')
    m.to = [('Diagnostic Imaging - Bookings', 'ct.booking@chlittoral.example')]
    m.t('diagnosis')
    idb = ident(c, m, p, layout='lines')
    m.subject = 'Requisition: LDCT lung screening'
    m.text = '''Hello,

Please book a low-dose CT chest (screening program):

%s

Eligibility: current smoker, %d pack-years; PLCOm2012 6-year risk %.1f%%.
History: mild COPD; head and neck cancer treated in 2016.
No red flags (no hemoptysis, no weight loss).

Results to the Lung Nodule Clinic, please.

%s
''' % (idb, c.num(25, 60), c.fl(1.6, 6.5, 1), c.sig('patel'))
    return m


def tb_contact(c):
    m = c.msg('public_health', 'TB contact follow-up with shelter residence')
    p = c.other(age=(22, 70))
    m.frm = c.who('patel')
    m.to = [('Public Health - TB Program', 'tb.program@santepublique-rive.example')]
    m.t('lab_result', 'social_information', 'medication', 'diagnosis')
    nm = m.name(p, c.pick(['SUR_g', 'full']))
    dob = m.dob(p, 'iso')
    m.subject = 'Contact of index case - IGRA positive'
    m.text = '''Hello,

Follow-up on the contact tracing list you sent:

%s, DOB %s - IGRA positive (%s), CXR clear, asymptomatic. Latent TB infection.
Lives at the Rue Sainte-Claire shelter since the spring; no phone, best reached through the shelter case worker.
Plan: rifampin 600 mg daily x 4 months, weekly pick-up at our clinic pharmacy. Baseline LFTs normal.

%s
''' % (nm, dob, c.day(-c.num(3, 15)).isoformat(), c.sig('patel'))
    return m


def workers_comp_en(c):
    m = c.msg('insurer_form', 'occupational asthma report to a workers compensation board with SIN')
    p = c.other(age=(25, 62))
    m.frm = c.who('whitfield')
    m.to = [('Workplace Safety Board - Claims', 'claims@wsb-claims.example')]
    sin = C.gen_sin(c.rng)
    claim = 'WSB %d %04d' % (c.num(100, 999), c.num(0, 9999))
    m.t('diagnosis', 'lab_result', 'medication')
    nm = m.name(p, c.pick(['full', 'SUR_g']))
    ss = m.sin(sin, c.pick(['space', 'dash', 'plain', 'dots', 'full']))
    job = c.pick(['bakery worker (flour dust)', 'auto body painter (isocyanates)', 'hairdresser (persulfates)', 'sawmill worker (red cedar dust)'])
    m.subject = 'Physician report - claim %s' % claim
    m.text = '''Hello,

Physician report for claim %s:

Worker: %s
SIN: %s
Occupation: %s

Findings: methacholine PC20 %.1f mg/mL at work vs %.1f mg/mL after 2 weeks off; serial peak flows show work-related variability (> 20%%). Specific inhalation challenge positive (late response).
Diagnosis: occupational asthma.
Treatment: Symbicort 200/6 maintenance and reliever; removal from exposure recommended.

%s
''' % (claim, nm, ss, job, c.fl(0.5, 2.5, 1), c.fl(6, 16, 1), c.sig('whitfield'))
    return m


PLAN = [(fwd_patient_en, 2), (reply_quote_en, 2), (biologic_sa, 2), (discharge_docx_en, 2), (ontario_patient, 3),
        (belgian_tourist_en, 1), (french_student_en, 1), (subject_only_en, 2), (filename_only_en, 2),
        (zip_records_en, 1), (vcard_en, 1), (eml_radiology_en, 2), (csv_waitlist_en, 1), (quick_note_en, 2),
        (education_booking_en, 2), (lowdose_ct_en, 2), (tb_contact, 1),
        (workers_comp_en, 1)]
