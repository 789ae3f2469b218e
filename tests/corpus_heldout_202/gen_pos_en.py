"""English positive templates."""
import datetime

from gen_common import CLINIC, STAFF, table_text, quote, d_en, age_at
from gen_docs import att, att_eml, make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip

STI_EN = [
    dict(dx='urogenital chlamydia', res='CT NAAT (urine): DETECTED; GC NAAT: not detected', tx='doxycycline 100 mg PO BID x 7 days', short='CT+'),
    dict(dx='pharyngeal gonorrhea', res='GC NAAT (throat): DETECTED', tx='ceftriaxone 500 mg IM x1', short='GC+ throat'),
    dict(dx='rectal gonorrhea', res='GC NAAT rectal DETECTED; culture sensitive to ceftriaxone', tx='ceftriaxone 500 mg IM x1 + doxy 100 mg BID x7d', short='GC+ rectal'),
    dict(dx='primary syphilis', res='syphilis EIA reactive, RPR 1:16, TPPA reactive', tx='Bicillin L-A 2.4 million units IM x1', short='RPR 1:16'),
    dict(dx='secondary syphilis', res='RPR 1:256, TPPA reactive', tx='benzathine penicillin G 2.4 MU IM x1', short='RPR 1:256'),
    dict(dx='early latent syphilis', res='RPR 1:4 (non-reactive Sept 2024), TPPA reactive', tx='Bicillin L-A 2.4 MU IM', short='RPR 1:4'),
    dict(dx='Mycoplasma genitalium urethritis', res='M. genitalium NAAT detected, macrolide resistance mutation detected', tx='doxycycline x7d then moxifloxacin 400 mg x7d', short='MG+'),
]
DEST_EN = [('Ghana', True), ('Uganda', True), ('Peru (Amazon basin)', True), ('Brazil', True), ('Kenya', True),
           ('Nigeria', True), ('India', False), ('Thailand', False), ('Vietnam', False), ('Tanzania', False),
           ('Colombia', True), ('Philippines', False), ('Senegal', True)]
HX_EN = [('HIV on Biktarvy, undetectable, CD4 540', 'diagnosis medication lab_result'),
         ('type 1 diabetes on insulin pump', 'diagnosis medication'),
         ('ulcerative colitis on infliximab', 'diagnosis medication'),
         ('pregnant, 18 weeks', 'diagnosis'),
         ('post-splenectomy (ITP, 2014)', 'diagnosis'),
         ('asthma, on Symbicort PRN', 'diagnosis medication'),
         ('CKD stage 3, eGFR 41', 'diagnosis lab_result')]
CLOSE_EN = ['Thanks,', 'Thanks!', 'Best,', 'Cheers,', 'Many thanks,', 'Regards,']


KIDS_EN = [('mild asthma, salbutamol PRN', 'diagnosis medication'), ('peanut allergy, carries EpiPen Jr', 'diagnosis medication'),
           ('type 1 diabetes (insulin)', 'diagnosis medication')]


def _hx(g, p):
    age = age_at(p.dob, g.date)
    if age < 16:
        h, t = g.choice(KIDS_EN)
        g.add(*t.split())
        return h
    ok = [x for x in HX_EN if 'pregnant' not in x[0] or (p.sex == 'F' and 18 <= age <= 44)]
    h, t = g.choice(ok)
    g.add(*t.split())
    return h


def t_letter_fd(g):
    """Letter to an Ottawa family physician; Ontario health number."""
    p = g.pat('en', 1960, 2005)
    sti = g.choice(STI_EN)
    g.add('diagnosis', 'lab_result', 'medication')
    ohn = g.ohn(p)
    name = g.name(p, g.choice(['full', 'title_full', 'last_first_caps']))
    dob = g.dob(p)
    letter = f"""Re: {name}
DOB: {dob}   OHIP: {ohn}

Dear Dr. Fleming,

Your patient was seen at our clinic on {g.dfmt(g.days(-g.rng.randint(2, 9)))} for STBBI screening after a new partner.
Results: {sti['res']}.
Diagnosis: {sti['dx']}. Treated on site with {sti['tx']}.
HIV Ag/Ab non-reactive; hepatitis B immune; HCV antibody non-reactive.
We recommend a test of cure in 4 weeks and discussed PrEP; {g.choice(['they are interested', 'they declined for now', 'a referral to our PrEP clinic was made'])}.

Sincerely,
Thomas Lindqvist, MD"""
    k = g.rng.randint(0, 2)
    atts = []
    if k == 0:
        body = f'Dear Dr. Fleming,\n\nPlease find attached a consultation letter for a shared patient.\n\n{g.sig("lindqvist", 0)}{g.disclaimer(0.8)}'
        atts.append(att(g.choice(['consult_letter.pdf', f'Letter_{p.surname}.pdf']), make_pdf('Consultation letter', [('p', letter.replace(ohn, p.ohn))])))
    elif k == 1:
        body = f'Dear Dr. Fleming,\n\nConsultation letter attached (Word).\n\n{g.sig("lindqvist", 0)}'
        atts.append(att('consult_letter.docx', make_docx('Consultation letter', letter.split('\n'))))
    else:
        body = letter + '\n\n' + g.sig('lindqvist', 0)
    return dict(cat='consult_letter', note='consultation letter to an Ontario family physician after STI visit',
                subject=g.choice(['Consultation letter', 'Shared patient - STI clinic visit', 'Re: your patient']),
                frm=STAFF['lindqvist'].addr(), to=[STAFF['fleming'].addr()], body=body, attachments=atts)


def t_prep_en(g):
    use_nam = g.rng.random() < 0.4
    p = g.nam_pat(1960, 2006) if use_nam else g.pat('en', 1965, 2006)
    who = g.ident(p, inline=True) if use_nam else g.name(p)
    cr = g.rng.randint(70, 120)
    g.add('lab_result', 'medication')
    extra = g.choice(['', 'Syphilis: RPR 1:8, TPPA reactive (new) - booked for Bicillin.', 'HBsAb <10: starting Engerix-B series.',
                      'UA: 1+ protein, repeat ordered.'])
    if 'Bicillin' in extra:
        g.add('diagnosis')
    body = f"""Hi Dr. Desjardins,

PrEP {g.choice(['3-month', '6-month', 'annual', '1-month start'])} follow-up for {who}

Labs ({g.dfmt(g.days(-g.rng.randint(3, 10)))}):
  HIV 4th gen: non-reactive
  Creatinine {cr} umol/L, eGFR {max(60, 150 - cr)}
  GC/CT NAAT x3 sites: negative
  {extra}

Adherence: {g.choice(['no missed doses', 'misses ~2 doses/month', 'using event-driven 2-1-1'])}
Requesting renewal: {g.choice(['FTC/TDF 200/300 mg daily x 90 days', 'Truvada daily, 3 months + 1 refill', 'Descovy daily x 90 days'])}

{g.choice(CLOSE_EN)}
Priya"""
    atts = []
    if g.rng.random() < 0.3:
        start = datetime.datetime.combine(g.days(90), datetime.time(10, 30))
        atts.append(att('PrEP_followup.ics', make_ics(f'prep-{g.idx}@carrefour-clinique.example', start, start + datetime.timedelta(minutes=15),
                                                      f'PrEP follow-up - {p.full}', 'HIV test, creatinine, STI x3 sites',
                                                      'Carrefour Clinic, room 2', STAFF['patel'].addr())))
        g.name(p, 'full')
    return dict(cat='prep_followup', note='PrEP follow-up labs and renewal request',
                subject=g.choice(['PrEP renewal', 'PrEP f/u - renewal to sign', 'PrEP labs reviewed']),
                frm=STAFF['patel'].addr(), to=[STAFF['desjardins'].addr()], body=body, attachments=atts)


def t_contact_ph(g):
    """Public health unit asks for help reaching a contact."""
    idx = g.pat('en', 1965, 2005)
    c = g.pat('en', 1965, 2005)
    g.add('diagnosis')
    tel = g.phone(c, '613')
    addr = g.address(c, 'ON') if g.rng.random() < 0.6 else None
    dx = g.choice(['infectious syphilis', 'gonorrhea', 'HIV (new diagnosis)', 'mpox'])
    body = f"""Hello,

Eastbank Public Health is following a case of {dx} ({g.name(idx, g.choice(['initials', 'full', 'last_first']))}, reported {g.dfmt(g.days(-6))}).
One of the named contacts may be a client of your clinic:

  {g.name(c)}
  Phone: {tel}
  {('Address: ' + addr) if addr else 'Address unknown'}
  Exposure: {g.dfmt(g.days(-g.rng.randint(15, 40)))}

Could you let us know whether this person has been tested/treated at your site? Please call rather than reply by e-mail.

{g.sig('obrien', 0)}"""
    atts = []
    if g.rng.random() < 0.35:
        atts.append(att('contact.vcf', make_vcf(c.given, c.surname, tel=c.phone, adr=addr, note=f'Contact of {dx} case')))
    return dict(cat='partner_notification', note='public health request to locate an STI contact',
                subject=g.choice(['Contact follow-up request', 'Partner notification - cross-border contact', 'Request: contact tracing']),
                frm=STAFF['obrien'].addr(), to=[STAFF['chartrand'].addr()], body=body, attachments=atts)


def t_travel_en(g):
    p = g.nam_pat() if g.rng.random() < 0.4 else g.pat('en')
    dest, yf = g.choice(DEST_EN)
    hx = _hx(g, p)
    g.add('medication')
    ident = g.ident(p) if p.nam else f'{g.name(p)}, {age_at(p.dob, g.date)} y/o'
    vacc = [f'Typhim Vi lot V2B{g.rng.randint(100, 999)}', f'Twinrix #1 lot AHABB{g.rng.randint(100, 999)}']
    if yf and not any(w in hx for w in ('pregnant', 'infliximab')):
        vacc.insert(0, f'YF-VAX lot UJ8{g.rng.randint(10, 99)}AB - ICVP issued')
    text = f"""Pre-travel consult {g.dfmt(g.days(-g.rng.randint(1, 6)))}
{ident}
Trip: {dest}, {g.rng.randint(2, 10)} weeks, {g.choice(['VFR', 'volunteering at a rural clinic', 'backpacking', 'business'])}
PMHx: {hx}
Given today: {'; '.join(vacc)}
Malaria: {g.choice(['atovaquone-proguanil 250/100 daily', 'doxycycline 100 mg daily', 'none needed'])}
Standby: azithromycin 1 g for severe travellers' diarrhea
Next: Twinrix #2 in 1 month"""
    k = g.rng.randint(0, 2)
    atts = []
    if k == 0:
        body = f'Hi Emma,\n\nCould you file this in the chart and fax a copy to the GP?\n\n{text}\n\nThanks,\nSam'
    else:
        body = f'Hi Emma,\n\nSummary attached for the chart and the GP copy.\n\nSam'
        if k == 1:
            atts.append(att(g.choice(['travel_consult_summary.pdf', f'{p.surname}_travel.pdf']), make_pdf('Travel consult', [('h', 'Pre-travel consultation'), ('p', text if not p.nam else text.replace(ident, f'{p.full} DOB {p.dob} sex {p.sex} RAMQ {p.nam}'))])))
        else:
            atts.append(att('travel_consult.docx', make_docx('Pre-travel consultation', text.split('\n'))))
    return dict(cat='travel_consult', note='pre-travel consultation summary for filing',
                subject=g.choice(['Travel consult summary', 'Pre-travel visit - for chart', 'travel consult']),
                frm=STAFF['okafor'].addr(), to=[STAFF['kowalski'].addr()], body=body, attachments=atts)


def t_yf_en(g):
    p = g.pat('en') if g.rng.random() < 0.6 else g.nam_pat()
    k = g.rng.randint(0, 1)
    ident = g.ident(p, inline=k == 1) if p.nam else f'{g.name(p)} (DOB {g.dob(p)})'
    g.add('medication')
    if k == 0:
        body = f"""Hi Kevin,

Phone message this morning from:
{ident}

The yellow fever certificate we issued on {g.dfmt(g.days(-g.rng.randint(200, 900)))} has the
wrong spelling of the name (passport reads "{p.surname.upper()} {p.given.upper()}"). Vaccine was YF-VAX lot UJ6{g.rng.randint(10, 99)}AA.
Can we issue a corrected ICVP before the flight to {g.choice([d for d, y in DEST_EN if y])} on {g.dfmt(g.days(9))}?

Thanks,
Julie"""
    else:
        tel = g.phone(p)
        body = f"""Kevin - walk-in request, {ident}, phone {tel}.
Wants YF vaccine for {g.choice([d for d, y in DEST_EN if y])}, departs in 6 days. Age {age_at(p.dob, g.date)}; on {g.choice(['tamoxifen', 'warfarin', 'no meds', 'prednisone 5 mg'])}.
Do we have a slot tomorrow? (Only 1 vial of YF-VAX left.)
J."""
    return dict(cat='yellow_fever', note='yellow fever certificate request for a traveller',
                subject=g.choice(['YF certificate correction', 'yellow fever - walk-in', 'ICVP reissue']),
                frm=STAFF['beaulieu'].addr(), to=[STAFF['arsenault'].addr()], body=body)


def t_malaria(g):
    """Returned traveller with fever sent to the ED."""
    p = g.pat('en', 1955, 2005)
    mrn = g.mrn(p, g.choice(['hrc', 'plain', 'split']))
    g.add('diagnosis', 'lab_result', 'medication')
    para = g.choice(['1.8', '3.5', '0.4', '6'])
    body = f"""Dr. Labelle,

Sending you {g.name(p)} (chart {mrn}), returned from {g.choice(['Ghana', 'Nigeria', 'Uganda', 'Cameroon'])} 9 days ago, no prophylaxis taken.
Fever 39.4, rigors. Rapid test positive; thick/thin smear: P. falciparum, parasitemia {para}%.
Plt 84, Cr 102, bili 31. Alert, tolerating PO.
Please assess for IV artesunate vs oral Malarone. Travel clinic will follow after discharge.

{g.sig('okafor', 0)}"""
    return dict(cat='ed_referral', note='returned traveller with falciparum malaria referred to emergency',
                subject=g.choice(['Referral to ED - falciparum malaria', 'URGENT: malaria smear positive', 'Sending a patient over']),
                frm=STAFF['okafor'].addr(), to=[STAFF['labelle'].addr()], body=body, importance=True)


def t_rx_en(g):
    use_nam = g.rng.random() < 0.5
    p = g.nam_pat() if use_nam else g.pat('en')
    ident = g.ident(p, inline=True) if use_nam else f'{g.name(p)}, DOB {g.dob(p)}'
    g.add('medication')
    rx = g.choice(['Atovaquone-proguanil 250/100 mg: 1 tab daily, start 1 day before, continue 7 days after return. M: 24',
                   'Emtricitabine/tenofovir DF 200/300 mg: 1 tab daily. M: 90, refills: 1',
                   'Doxycycline 100 mg: take 2 tabs within 72 h of condomless sex (doxy-PEP). M: 30',
                   'Valacyclovir 1 g BID x 7 days (first episode genital herpes). M: 14'])
    if 'herpes' in rx:
        g.add('diagnosis')
    addr = g.address(p, 'ON') if (not use_nam and g.rng.random() < 0.5) else None
    body = f"""Rideau Pharmacy - please fill:

Patient: {ident}
{('Address: ' + addr) if addr else ''}
Rx: {rx}

Prescriber: {STAFF['haddad'].full}, NP
{g.sig('haddad', 0)}"""
    return dict(cat='prescription', note='prescription sent to a pharmacy',
                subject=g.choice(['Prescription', 'Rx', 'New prescription - please fill']),
                frm=STAFF['haddad'].addr(), to=[STAFF['singh'].addr()], body=body)


def t_signout(g):
    """End-of-day sign-out roster."""
    rows = [['Room', 'Patient', 'Issue', 'To do']]
    items = [('GC+ throat, treated', 'TOC in 3 wks', 'diagnosis medication'),
             ('new HIV dx, linked to ID', 'call re CD4/VL', 'diagnosis lab_result'),
             ('PEP day 3, nausea', 'ondansetron sent', 'medication'),
             ('syphilis f/u RPR 1:8', 'repeat at 6 mo', 'lab_result diagnosis'),
             ('YF vaccine + Typhim', 'ICVP signed?', 'medication'),
             ('rabies PEP day 7', 'dose 4 on day 14', 'medication'),
             ('post-travel fever, smear neg x1', 'repeat smear 12h', 'lab_result'),
             ('sexual assault <72h', 'SW + kit done', 'social_information')]
    g.rng.shuffle(items)
    for i in range(g.rng.randint(3, 6)):
        p = g.pat('en') if g.rng.random() < 0.7 else g.pat('fr')
        issue, todo, t = items[i]
        g.add(*t.split())
        rows.append([str(g.rng.randint(1, 9)), g.name(p, g.choice(['last_first_caps', 'initial_last', 'initials', 'full'])), issue, todo])
    body = f"""Sign-out {g.day(g.date)} - covering tonight: Dr. {g.choice(['Lindqvist', 'Desjardins'])}

{table_text(rows)}

Pager if anything urgent. {g.choice(['Thanks!', 'Have a good night.', ''])}
{g.choice(['HV', 'Nadia', 'TL'])}"""
    return dict(cat='signout', note='end-of-day sign-out roster of clinic patients',
                subject=g.choice(['sign-out', 'Sign out - evening clinic', 'Handover list']),
                frm=STAFF['vaillancourt'].addr(), to=[STAFF['lindqvist'].addr(), STAFF['desjardins'].addr()], body=body)


def t_quick_en(g):
    p = g.pat('en', 1965, 2006)
    k = g.rng.randint(0, 3)
    if k == 0:
        g.add('lab_result')
        subj = 'call back'
        body = f'can you call back {g.name(p, "lower")} re: {"her" if p.sex == "F" else "his"} GC result? throat positive, needs ceftriaxone. thx'
        g.add('medication')
    elif k == 1:
        g.add('diagnosis')
        subj = f'{g.name(p, "title")} - today'
        body = f'Running 20 min late, please warn {"her" if p.sex == "F" else "him"}. New genital ulcer per the triage note - partner wants testing today too, ok to add on.'
    elif k == 2:
        g.add('lab_result', 'diagnosis')
        subj = 'VL'
        body = f'{g.name(p, "initials")}: VL 1,240 copies after 6 months on Biktarvy. Adherence talk + resistance testing? -- M'
        g.add('medication')
    else:
        g.add('medication')
        subj = f'{g.name(p, "last_first")}'
        body = f'Rabies PEP dose 3 today (RabAvert). {"She" if p.sex == "F" else "He"} asked about alcohol - told {"her" if p.sex == "F" else "him"} yes in moderation. Day 14 booked.'
    return dict(cat='quick_note', note='short note between colleagues about a patient', subject=subj,
                frm=STAFF['haddad'].addr(), to=[STAFF['beaulieu'].addr() if k == 0 else STAFF['patel'].addr()], body=body)


def t_fwd_lab_en(g):
    p = g.pat('en', 1960, 2006)
    only_mrn = g.rng.random() < 0.5
    mrn = g.mrn(p)
    g.add('lab_result')
    who = f'MRN {mrn}' if only_mrn else f'{g.name(p)} / MRN {mrn}'
    res = g.choice(['HIV-1 confirmed positive (LSPQ). VL 41,800 copies/mL. CD4 385.', 'HBsAg positive, anti-HBc total positive, IgM negative.',
                    'Treponemal EIA reactive, RPR 1:64.', 'Mpox PCR detected (lesion swab).'])
    body = f"""FYI - can you make sure this one gets called today? I'm off tomorrow.

---------- Forwarded message ---------
From: Microbiology <microbio@hrc-collines.example>
Date: {d_en(g.days(-1), 1)} at 4:51 PM
Subject: Result notification
To: Carrefour Clinic

{who}
{res}
Validated by Dr. R. Ahmed"""
    return dict(cat='forward', note='forwarded laboratory notification for follow-up',
                subject=g.choice(['Fwd: Result notification', 'FW: Result notification']),
                frm=STAFF['lindqvist'].addr(), to=[STAFF['haddad'].addr()], body=body)


def t_cohort_xlsx(g):
    rows = [['Name', 'DOB', 'Last HIV test', 'Creatinine', 'Regimen', 'Next visit']]
    g.add('lab_result', 'medication')
    nam_rows = []
    for i in range(g.rng.randint(4, 8)):
        if i == 0 and g.rng.random() < 0.5:
            p = g.nam_pat(1960, 2006)
            g.name(p, 'last_first_caps')
            g.dob(p, 0)
            g.sex(p)
            g.nam(p, 'plain')
            nam_rows.append(p)
            rows.append([f'{p.surname.upper()}, {p.given} ({p.sex}) RAMQ {p.nam}', p.dob.isoformat(), 'NR', g.rng.randint(70, 115), 'FTC/TDF daily', g.dfmt(g.days(g.rng.randint(5, 80)), 0)])
            continue
        p = g.pat(g.choice(['en', 'fr']), 1965, 2006)
        rows.append([g.name(p, g.choice(['last_first_caps', 'last_first', 'full'])), p.dob.isoformat(), 'NR',
                     g.rng.randint(70, 115), g.choice(['FTC/TDF daily', 'FTC/TDF 2-1-1', 'FTC/TAF daily']), g.dfmt(g.days(g.rng.randint(5, 80)), 0)])
        g.dob(p, 0)
    kind = g.choice(['xlsx', 'xlsx', 'csv'])
    if kind == 'xlsx':
        a = att('PrEP_cohort_Q2.xlsx', make_xlsx([('Cohort', rows), ('Notes', [['Sex recorded in column A for RAMQ holders']])]))
    else:
        a = att('prep_cohort.csv', make_csv([[str(c) for c in r] for r in rows]), charset='utf-8')
    body = f"""Hi Mireille,

Updated PrEP cohort list attached (active patients due in the next quarter). Please don't forward outside the team.

{g.sig('patel', 0)}"""
    return dict(cat='census', note='PrEP cohort list with labs and next visits',
                subject='PrEP cohort list - updated', frm=STAFF['patel'].addr(), to=[STAFF['desjardins'].addr()], body=body,
                attachments=[a])


def t_claim_en(g):
    p = g.pat('en', 1955, 2003)
    sin = g.sin(p)
    g.add('diagnosis', 'medication')
    ev = g.choice(['dog bite in Bali, rabies PEP started locally (HRIG day 0, vaccine days 0 and 3); completed here days 7 and 14',
                   'dengue fever after Thailand trip, hospitalized 2 nights, NS1 positive',
                   'traveller\'s diarrhea with dehydration in Mexico, azithromycin + IV fluids'])
    rows = [['Claimant', p.full], ['Date of birth', d_en(p.dob)], ['SIN', sin], ['Policy', f'MS-{g.rng.randint(1000000, 9999999)}'],
            ['Condition / treatment', ev], ['Attending physician', 'Samuel Okafor, MD']]
    g.name(p, 'full')
    g.dob(p, 0)
    k = g.rng.randint(0, 1)
    if k == 0:
        data = make_pdf('Attending Physician Statement', [('h', 'Attending Physician Statement'), ('t', rows)])
        fn = 'APS_form.pdf'
    else:
        data = make_docx('Attending Physician Statement', ['Part B'], table=rows)
        fn = f'APS_{p.surname}.docx'
    body = f"""Dear Mr. Tanaka,

Please find attached the completed attending physician statement for your claimant {g.name(p, g.choice(['title', 'full']))}.

{g.sig('okafor', 0)}"""
    return dict(cat='insurer_form', note='attending physician statement for a travel insurance claim',
                subject=g.choice(['Claim - attending physician statement', 'Your claim file - APS completed']),
                frm=STAFF['okafor'].addr(), to=[STAFF['tanaka'].addr()], body=body, attachments=[att(fn, data)])


def t_social_en(g):
    k = g.idx % 3
    if k == 0:
        p = g.pat('en', 1970, 2004, sex='F')
        g.add('social_information', 'diagnosis')
        body = f"""Gabriel,

{g.name(p)} disclosed today that she is trading sex for a place to stay and has no fixed address since March.
New chlamydia + pregnancy test positive (~7 weeks). She is open to meeting you. Can you see her Thursday?

Nadia"""
        frm, to = 'haddad', 'mercier'
    elif k == 1:
        p = g.pat('en', 1970, 2004, sex='M')
        g.add('social_information', 'medication')
        body = f"""Hello Sylvain,

{g.name(p)} ({g.phone(p)}) lost housing after his partner's arrest and is staying at the shelter on
{g.choice(['rue Laurier', 'boul. Maloney'])}. He's on PrEP (Truvada) and doxy-PEP and keeps missing pick-ups.
Could your team help with storage of meds at the shelter?

{g.sig('mercier', 0)}"""
        frm, to = 'mercier', 'campeau'
    else:
        p = g.nam_pat(1960, 2004)
        g.add('social_information', 'diagnosis')
        body = f"""Dr. Vaillancourt,

Re: {g.ident(p, inline=True)}
Ontario Works / income support letter needed: patient has newly diagnosed HIV and major depression, currently
unable to work. Lives alone, behind on rent. Letter template attached in the shared drive.

{g.sig('mercier', 0)}"""
        frm, to = 'mercier', 'vaillancourt'
    return dict(cat='social_situation', note='social work exchange about a patient situation',
                subject=g.choice(['Client follow-up', 'Housing / support', 'Support letter request']),
                frm=STAFF[frm].addr(), to=[STAFF[to].addr()], body=body)


def t_reply_en(g):
    p = g.pat('en', sex='F')
    g.add('lab_result', 'diagnosis')
    orig = (f"Sam,\n\n{g.name(p)} back from Peru with 5 days of fever. Dengue NS1 positive, platelets 62. "
            "Admit or follow as outpatient with daily CBC?\n\nEmma")
    reply = g.choice(['Outpatient is fine if she can hydrate. Daily CBC x3, warning signs sheet. Call me if plt < 50.',
                      'Please send to ED - platelets dropping and she lives alone.'])
    body = f'{reply}\n\nSam\n\nOn {d_en(g.days(-1), 1)}, at 11:{g.rng.randint(10, 59)} AM, Emma Kowalski <{STAFF["kowalski"].email}> wrote:\n{quote(orig)}'
    return dict(cat='reply', note='reply quoting a colleague message about a returned traveller',
                subject='Re: returned traveller - dengue', frm=STAFF['okafor'].addr(), to=[STAFF['kowalski'].addr()], body=body,
                in_reply_to=True)


def t_vcard_en(g):
    p = g.pat('en', 1965, 2005)
    tel = g.phone(p, '613')
    g.add('diagnosis')
    name = g.name(p, 'full')
    body = f"""Isabelle,

Contact card for the partner of your syphilis case (from the index interview). Best time to call is after 6 pm.

Priya"""
    return dict(cat='partner_notification', note='partner contact card attached for notification',
                subject='partner contact', frm=STAFF['patel'].addr(), to=[STAFF['chartrand'].addr()], body=body,
                attachments=[att(f'{p.given}_{p.surname}.vcf', make_vcf(p.given, p.surname, tel=tel,
                                                                        note=f'Partner of early syphilis case - needs RPR + treatment'))])


def t_zip_en(g):
    ps = []
    for _ in range(g.rng.randint(2, 3)):
        p = g.pat('en', 1960, 2005)
        if p not in ps:
            ps.append(p)
    g.add('lab_result')
    members = []
    for p in ps:
        mrn = g.mrn(p, 'hrc')
        txt = f'{p.surname.upper()}, {p.given}\nMRN {mrn}\nHIV Ag/Ab: non-reactive\nRPR: 1:{g.choice([2, 4, 8])}\nGC/CT: not detected\n'
        g.name(p, 'last_first_caps')
        members.append((f'{p.surname}_{mrn}.pdf', make_pdf('Lab report', [('p', txt)])))
    z = make_zip(members)
    body = f"""Hi,

As requested, the lab reports for the clients transferring to the Glebe FHT PrEP program are in the attached zip.
Password to follow by phone.

{g.sig('gosselin', 0)}"""
    return dict(cat='records_transfer', note='zip of lab reports for patients transferring care',
                subject='Lab reports - transfer of care', frm=STAFF['gosselin'].addr(), to=[STAFF['fleming'].addr()],
                body=body, attachments=[att('lab_reports.zip', z)])


def t_eml_en(g):
    p = g.pat('en', 1960, 2005)
    g.add('diagnosis', 'medication')
    inner = dict(frm=STAFF['kowalski'].addr(), to=[STAFF['okafor'].addr()], subject='Question about a traveller',
                 date=datetime.datetime.combine(g.days(-3), datetime.time(8, 5), tzinfo=datetime.timezone(datetime.timedelta(hours=-4))),
                 msgid=f'<{g.rng.randint(10**9, 10**10)}.q@carrefour-clinique.example>',
                 body=f"""Sam,

{g.name(p)} leaves for Kenya on the 14th. On fingolimod for MS. Is YF-VAX OK or should we do an exemption?
Also needs Malarone - any interaction?

Emma""", lang='en')
    body = 'See the attached question from Emma - can you answer her today? I am out of office.\n\nSam'
    return dict(cat='forward_attached', note='colleague question about a traveller attached as a message',
                subject='Fw: Question about a traveller', frm=STAFF['okafor'].addr(), to=[STAFF['lindqvist'].addr()],
                body=body, attachments=[att_eml('Question about a traveller.eml', inner)])


def t_ics_en(g):
    p = g.pat('en', 1960, 2005)
    g.add('diagnosis', 'lab_result')
    start = datetime.datetime.combine(g.days(g.rng.randint(2, 10)), datetime.time(g.choice([9, 11, 14]), 0))
    summ = f'{g.name(p, g.choice(["initial_last", "full", "last_first"]))} - new HIV dx, review VL/genotype'
    ics = make_ics(f'hiv-{g.idx}@carrefour-clinique.example', start, start + datetime.timedelta(minutes=45), summ,
                   'CD4 290, VL 120 000. Linkage to ID clinic.', 'Room 5', STAFF['vaillancourt'].addr())
    body = f'Invitation: {summ}\n{g.day(start.date())} {start:%H:%M}\n\nPlease book the interpreter (Arabic).'
    return dict(cat='booking', note='calendar invite for a new HIV diagnosis follow-up',
                subject=f'Invitation: {summ}', frm=STAFF['vaillancourt'].addr(), to=[STAFF['beaulieu'].addr()], body=body,
                attachments=[att('invite.ics', ics)])


def t_nir_en(g):
    p = g.pat('france')
    g.add('medication', 'diagnosis')
    body = f"""Hi Sophie,

{g.name(p)} (DOB {g.dob(p)}), French exchange student, no RAMQ. Started on Biktarvy for HIV PEP yesterday.
Her French insurer (CPAM) needs the NIR on the receipt: {g.nir(p)}. Could you issue an itemized receipt?

Nadia"""
    return dict(cat='pep_billing', note='post-exposure prophylaxis receipt for a visiting student',
                subject='Receipt for French insurer', frm=STAFF['haddad'].addr(), to=[STAFF['lemieux'].addr()], body=body)


def t_niss_en(g):
    p = g.pat('be')
    g.add('medication', 'diagnosis')
    body = f"""Dear colleague,

Patient {g.name(p)}, Belgian national number {g.niss(p)}, is transferring back to Leuven.
Summary: early latent syphilis treated with Bicillin L-A 2.4 MU on {g.dfmt(g.days(-30))}; RPR 1:32 at diagnosis.
Hepatitis A/B vaccination series (Twinrix) incomplete - 2 of 3 doses.

{g.sig('vaillancourt', 0)}"""
    return dict(cat='transfer_summary', note='care summary for a patient returning to Belgium',
                subject='Transfer summary', frm=STAFF['vaillancourt'].addr(), to=[('Centrum Seksuele Gezondheid', 'intake@csg-leuven.example')],
                body=body)


PLAN_EN = [(t_letter_fd, 4), (t_prep_en, 4), (t_contact_ph, 4), (t_travel_en, 4), (t_yf_en, 4), (t_malaria, 3),
           (t_rx_en, 4), (t_signout, 4), (t_quick_en, 4), (t_fwd_lab_en, 3), (t_cohort_xlsx, 3), (t_claim_en, 3),
           (t_social_en, 3), (t_reply_en, 3), (t_vcard_en, 2), (t_zip_en, 2), (t_eml_en, 2), (t_ics_en, 2),
           (t_nir_en, 1), (t_niss_en, 1)]
assert sum(n for _, n in PLAN_EN) == 60, sum(n for _, n in PLAN_EN)
