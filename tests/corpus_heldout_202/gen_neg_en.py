"""English hard negatives."""
import datetime

from gen_common import CLINIC, STAFF, table_text, d_en, day_en, MONTHS, signature, quote
from gen_docs import att, att_eml, make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip
from gen_neg_fr import luhn_num, grp

S = STAFF


def n_oncall(g):
    mon = g.date - datetime.timedelta(days=g.date.weekday()) + datetime.timedelta(days=7)
    rows = [['Date', 'On call (phone)', 'Backup']]
    docs = ['Dr. Vaillancourt', 'Dr. Desjardins', 'Dr. Lindqvist', 'Dr. Okafor', 'N. Haddad, NP']
    for i in range(7):
        d = mon + datetime.timedelta(days=i)
        rows.append([day_en(d), g.choice(docs), g.choice(docs)])
    body = f"""Hi all,

On-call roster for the week of {d_en(mon, 1)}. The on-call line is {CLINIC['tel']} (option 9). The
travel clinic line ({CLINIC['travel']}) is not forwarded after hours.

{table_text(rows)}

Dr. Okafor is the contact for any yellow fever certificate questions from border services this week.

{signature(S['bedard'], 'en', 0)}"""
    atts = [att('oncall.ics', make_ics(f'oncall-{g.idx}@carrefour-clinique.example', datetime.datetime.combine(mon, datetime.time(8)),
                                       datetime.datetime.combine(mon + datetime.timedelta(days=7), datetime.time(8)),
                                       'On-call week', 'See roster', '', S['bedard'].addr()))] if g.rng.random() < 0.3 else []
    return dict(cat='schedule', note='physician on-call roster', subject=f'On-call roster - week of {d_en(mon, 4)}',
                frm=S['bedard'].addr(), to=[('Clinical team', 'team@carrefour-clinique.example')], body=body, attachments=atts)


def n_benefits(g):
    st = S[g.choice(['kowalski', 'patel', 'lindqvist', 'fitzgerald', 'mercier'])]
    k = g.rng.randint(0, 2)
    if k == 0:
        body = f"""Hi {st.given},

Open enrolment for group benefits closes on {d_en(g.days(12), 1)}. You can add dependants (spouse, children) in the
employee portal. Proof of birth is required for newborns. The travel insurance rider now covers medical evacuation.

{signature(S['proulx'], 'en', 0)}"""
        subj = 'Benefits open enrolment'
    elif k == 1:
        body = f"""Hi {st.given},

Your annual performance review is scheduled for {day_en(g.days(6))} at 2:00 pm with Lucie Comeau. Please complete the
self-assessment (section A) beforehand. Topics will include your work on the PrEP clinic redesign.

Chantal"""
        subj = 'Performance review - scheduling'
    else:
        body = f"""Hello,

Reminder: the direct deposit change form must be submitted by the 15th to apply to the next pay. Never send your
banking information or SIN by e-mail; drop the form at HR (room 204).

Payroll"""
        subj = 'Direct deposit changes'
    return dict(cat='hr', note='HR notice to staff', subject=subj, frm=S['proulx'].addr() if k < 2 else ('Payroll', 'payroll@cisss-collines.example'),
                to=[st.addr()] if k < 2 else [('All staff', 'staff@carrefour-clinique.example')], body=body)


def n_payslip(g):
    st = S[g.choice(['arsenault', 'kowalski', 'haddad', 'beaulieu'])]
    emp = luhn_num(g.rng, 9)
    body = f"""Hi {st.given},

We reviewed your pay stub for the period ending {d_en(g.days(-4), 1)}. The shift premium for the Saturday yellow
fever clinic ({g.rng.randint(4, 8)} h) was missing. A retro payment of ${g.rng.randint(60, 200)}.{g.rng.randint(10, 99)} will appear on the next deposit.

Employee no.: {grp(emp, (3, 3, 3), '-')}
Payroll Services - CISSS des Collines"""
    return dict(cat='payroll', note='payroll correction for an employee', subject='Pay stub correction',
                frm=('Payroll Services', 'payroll@cisss-collines.example'), to=[st.addr()], body=body)


def n_bulletin(g):
    items = [('Mpox vaccine eligibility expanded', 'Two-dose Imvamune is now offered to all gbMSM and sex workers regardless of recent exposure. Dr. Mireille Desjardins will lead the Thursday evening clinic.'),
             ('Dengue season', f'Travellers returning from the Caribbean account for {g.rng.randint(30, 60)}% of imported dengue this year (provincial aggregate).'),
             ('Staff spotlight', 'Ms. Emma Kowalski, RN, completed the ISTM Certificate in Travel Health. Congratulations Emma!'),
             ('Syphilis in pregnancy', 'Dr. Aïcha Benjelloun (public health) reminds all prescribers of the new three-time screening recommendation in pregnancy.'),
             ('Doxy-PEP webinar', 'Recording now available on the intranet. Presenter: Dr. Rami Ahmed, microbiologist.')]
    g.rng.shuffle(items)
    items = items[:g.rng.randint(3, 5)]
    text = f'TRAVEL & SEXUAL HEALTH BULLETIN - {MONTHS[g.date.month - 1]} {g.date.year}\n\n' + '\n\n'.join(f'{a}\n{b}' for a, b in items) + \
        f'\n\n{CLINIC["en"]} | {CLINIC["addr_en"]} | {CLINIC["tel"]}\nTo unsubscribe reply STOP.'
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial">\n'
            f'<table width="600"><tr><td><h1>Travel &amp; Sexual Health Bulletin</h1><p>{MONTHS[g.date.month - 1]} {g.date.year}</p></td></tr>\n'
            + '\n'.join(f'<tr><td><h3>{a}</h3><p>{b}</p></td></tr>' for a, b in items)
            + f'\n<tr><td style="font-size:11px;color:#666">{CLINIC["en"]}<br>{CLINIC["addr_en"]}<br>{CLINIC["tel"]}</td></tr></table>\n</body></html>\n')
    return dict(cat='newsletter', note='clinic bulletin with aggregate figures and staff news', subject=f'Bulletin - {MONTHS[g.date.month - 1]} {g.date.year}',
                frm=('Carrefour Communications', 'communications@carrefour-clinique.example'),
                to=[('All staff', 'staff@carrefour-clinique.example')], body=text, html=html)


def n_pt_committee(g):
    d = g.days(g.rng.randint(5, 20))
    body = f"""Pharmacy & Therapeutics Committee - notice of meeting
{day_en(d)}, 7:30-8:30 am, Boardroom B / Teams

Agenda
1. Formulary request: cabotegravir LA injectable PrEP (Dr. Desjardins)
2. Medical directive: doxycycline PEP - final wording (S. Lemieux)
3. Benzathine penicillin shortage contingency
4. Malaria chemoprophylaxis standing order - update to CATMAT 2025
5. Other business

Chair: Dr. Thomas Lindqvist"""
    atts = [att('PT_agenda.docx', make_docx('P&T Committee agenda', body.split('\n')))] if g.rng.random() < 0.4 else []
    return dict(cat='committee', note='pharmacy and therapeutics committee agenda', subject='P&T Committee - agenda',
                frm=S['lemieux'].addr(), to=[('P&T members', 'pt@carrefour-clinique.example')], body=body, attachments=atts)


def n_symposium(g):
    rows = [['Time', 'Session', 'Speaker'],
            ['09:00', 'Yellow fever vaccine in older travellers', 'Dr. Samuel Okafor'],
            ['09:45', 'Gonorrhea AMR: what clinicians need to know', 'Dr. Rami Ahmed'],
            ['10:45', 'HIV PrEP uptake among newcomers', 'Dr. Patrick O\'Brien'],
            ['11:30', 'Case panel: the febrile returned traveller', 'Dr. Lindqvist, Dr. Okafor, E. Kowalski RN'],
            ['13:30', 'Partner notification in the app era', 'Isabelle Chartrand, RN']]
    d = g.days(g.rng.randint(30, 80))
    body = f"""Dear colleagues,

Registration is open for the Northern Travel & Sexual Health Symposium, {d_en(d, 1)}, Ottawa.

{table_text(rows)}

Early-bird fee $95 until {d_en(d - datetime.timedelta(days=21), 1)}. 5.5 Mainpro+ credits.

Symposium Secretariat"""
    atts = [att('symposium_programme.pdf', make_pdf('Programme', [('h', 'Northern Travel & Sexual Health Symposium'), ('t', rows)]))] if g.rng.random() < 0.5 else []
    return dict(cat='conference', note='symposium programme with speakers and topics', subject='Symposium programme and registration',
                frm=('Symposium Secretariat', 'info@nthsymposium.example'), to=[('Clinical team', 'team@carrefour-clinique.example')],
                body=body, attachments=atts)


def n_posting(g):
    role = g.choice(['Travel Health Nurse (RN), permanent part-time', 'Sexual Health Nurse - PrEP program', 'Clinic Receptionist (bilingual)'])
    body = f"""JOB POSTING #{g.rng.randint(2025100, 2025900)}

Position: {role}
Location: {CLINIC['en']}, Gatineau
Duties: {g.choice(['pre-travel assessments, vaccine administration, yellow fever certificates', 'STI testing, partner notification, PrEP follow-up under medical directives', 'reception, scheduling, vaccine billing'])}
Requirements: {g.choice(['RN in good standing with the OIIQ', 'DEC in office administration'])}; French and English required.
Salary: ${g.rng.randint(28, 36)}.{g.rng.randint(10, 99)}-${g.rng.randint(45, 55)}.{g.rng.randint(10, 99)}/h

Apply by {d_en(g.days(14), 1)} to hr@cisss-collines.example."""
    return dict(cat='job_posting', note='job posting', subject=f'Job posting - {role.split(" (")[0]}', frm=S['proulx'].addr(),
                to=[('All staff', 'staff@carrefour-clinique.example')], body=body)


def n_invoice(g):
    inv = f'INV-{g.rng.randint(100000, 999999)}'
    rows = [['Description', 'Qty', 'Unit', 'Amount'],
            ['Specimen courier - daily pickup', g.rng.randint(18, 23), '24.00', ''],
            ['STAT run (after hours)', g.rng.randint(0, 4), '65.00', ''],
            ['Dry ice shipment to reference lab', g.rng.randint(1, 3), '110.00', '']]
    tot = 0
    for r in rows[1:]:
        amt = r[1] * float(r[2])
        r[3] = f'{amt:.2f}'
        tot += amt
    bn = luhn_num(g.rng, 9)
    body = f"""Hello,

Please find attached invoice {inv} for {MONTHS[(g.date.month - 2) % 12]} courier services.
Total: ${tot * 1.13:.2f} (HST incl.). Business number {bn} RT0001. Payment terms net 30.

Swift Courier Accounts Receivable
Tel. 613-555-0199"""
    kind = g.choice(['pdf', 'xlsx', 'csv'])
    data = {'pdf': lambda: make_pdf(inv, [('h', 'Invoice ' + inv), ('t', rows)]), 'xlsx': lambda: make_xlsx([('Invoice', rows)]),
            'csv': lambda: make_csv(rows)}[kind]()
    return dict(cat='invoice', note='courier invoice with business number', subject=f'Invoice {inv}',
                frm=('Swift Courier AR', 'ar@swiftcourier.example'), to=[('Accounts payable', 'ap@carrefour-clinique.example')], body=body,
                attachments=[att(f'{inv}.{kind}', data, charset='utf-8' if kind == 'csv' else None)])


def n_po(g):
    po = f'PO-{g.rng.randint(40000, 49999)}'
    serial = luhn_num(g.rng, 10)
    body = f"""Hi Marc-André,

PO {po} approved:
- 1 x medical-grade vaccine refrigerator, 15 cu ft, with data logger - $6,480.00
- 2 x replacement data logger probes - $145.00
- Installation and validation - $380.00

Old unit (serial {grp(serial, (4, 3, 3), '-')}) to be picked up for disposal.
Delivery: loading dock, {day_en(g.days(10))}.

Procurement"""
    return dict(cat='purchase_order', note='purchase order for a vaccine refrigerator', subject=f'PO {po} approved',
                frm=('Procurement', 'procurement@cisss-collines.example'), to=[S['bedard'].addr()], body=body)


def n_stock(g):
    rows = [['Item', 'Lot', 'Expiry', 'On hand', 'Par']]
    for item, lot in [('PrEP starter pack (FTC/TDF x30)', 'TV{}A'), ('Doxycycline 100 mg x14', 'DX{}'), ('Ceftriaxone 500 mg vial', 'CF{}9'),
                      ('Bicillin L-A 2.4 MU', 'BL{}'), ('HIV rapid test', '24H{}'), ('YF-VAX', 'UJ8{}AA')]:
        rows.append([item, lot.format(g.rng.randint(1000, 9999)), d_en(g.days(g.rng.randint(30, 500)), 0), g.rng.randint(0, 80), g.rng.randint(10, 50)])
    body = f"""Hi Sophie,

Monthly stock count for the dispensary. Items below par are flagged for re-order.

{table_text(rows)}

Emma"""
    atts = [att('stock_count.csv', make_csv(rows), charset='utf-8')] if g.rng.random() < 0.5 else []
    return dict(cat='inventory', note='dispensary stock count with lot numbers', subject=f'Stock count - {MONTHS[g.date.month - 1]}',
                frm=S['kowalski'].addr(), to=[S['lemieux'].addr()], body=body, attachments=atts)


def n_assets(g):
    rows = [['Asset tag', 'Device', 'Serial', 'Assigned to']]
    for who in ['Reception desk 1', 'Room 3', 'K. Arsenault', 'Travel clinic cart', 'E. Kowalski']:
        rows.append([f'CIS-{g.rng.randint(10000, 99999)}', g.choice(['Latitude 7450', 'OptiPlex 7010', 'Zebra ZD421', 'iPad 10th gen']),
                     grp(luhn_num(g.rng, 9), (3, 3, 3)), who])
    body = f"""Hi,

Please confirm the asset list below for the annual IT inventory audit (serials must match the stickers).

{table_text(rows)}

Daniel Fitzgerald, IT - ext. 290"""
    atts = [att('asset_audit.xlsx', make_xlsx([('Assets', rows)]))] if g.rng.random() < 0.5 else []
    return dict(cat='it_inventory', note='IT asset audit list with serial numbers', subject='Annual IT asset audit',
                frm=S['fitzgerald'].addr(), to=[S['bedard'].addr()], body=body, attachments=atts)


def n_it(g):
    k = g.rng.randint(0, 2)
    body = [f"""Hello,

VPN maintenance {day_en(g.days(3))}, 10 pm - 1 am. Remote access to the EMR and the lab results viewer will be
unavailable. The clinic network is not affected.

IT Service Desk - ext. 290""",
            f"""Hi all,

Reminder: passwords expire every 90 days. If you get locked out of the EMR, call the service desk; never share
your credentials, even with a colleague covering your patients.

Daniel""",
            f"""Hello,

EMR training for new staff: {day_en(g.days(4))}, 1:00-3:00 pm, room 110. Topics: scheduling, results inbox,
immunization module, printing yellow fever certificates.

Daniel Fitzgerald"""][k]
    return dict(cat='it_notice', note='IT notice', subject=['VPN maintenance', 'Password expiry reminder', 'EMR training session'][k],
                frm=S['fitzgerald'].addr(), to=[('All staff', 'staff@carrefour-clinique.example')], body=body)


def n_facilities(g):
    k = g.rng.randint(0, 2)
    body = [f"""Hi everyone,

The elevator on the east side will be out of service {day_en(g.days(4))} for annual inspection. Clients with
reduced mobility should use the west elevator; reception will direct them.

Eric Daigle, Facilities - ext. 295""",
            """Hello,

Parking passes for the summer period are available at reception. Staff parking is lot P2 only; P1 is reserved
for clients.

Facilities""",
            f"""Hi,

HVAC balancing on the 3rd floor {day_en(g.days(6))}. Rooms 4-6 may be warm in the afternoon. The vaccine fridge
room is not affected.

Eric"""][k]
    return dict(cat='facilities', note='facilities notice', subject=['Elevator out of service', 'Summer parking passes', 'HVAC work - 3rd floor'][k],
                frm=S['daigle'].addr(), to=[('3rd floor', 'floor3@carrefour-clinique.example')], body=body)


def n_metrics(g):
    active = g.rng.randint(400, 560)
    rows = [['Indicator', 'Q1', 'Q2'], ['Active PrEP clients', active - g.rng.randint(10, 40), active],
            ['New starts', g.rng.randint(30, 60), g.rng.randint(30, 60)], ['Retention at 6 mo (%)', g.rng.randint(70, 85), g.rng.randint(70, 85)],
            ['HIV seroconversions', 0, g.rng.randint(0, 1)], ['Bacterial STI positivity (%)', f'{g.rng.uniform(8, 14):.1f}', f'{g.rng.uniform(8, 14):.1f}']]
    body = f"""Hi Lucie,

PrEP program metrics for the quarter (aggregate only, no client-level data):

{table_text(rows)}

Wait list: {g.rng.randint(10, 40)} people. Median time to first visit: {g.rng.randint(8, 30)} days.

Priya"""
    atts = [att('PrEP_metrics_Q2.xlsx', make_xlsx([('Metrics', rows)]))] if g.rng.random() < 0.5 else []
    return dict(cat='statistics', note='aggregate PrEP program metrics', subject='PrEP program metrics - quarterly',
                frm=S['patel'].addr(), to=[S['comeau'].addr()], body=body, attachments=atts)


def n_surveillance(g):
    wk = g.date.isocalendar()[1]
    rows = [['Disease', f'Week {wk}', 'YTD', 'YTD last year'],
            ['Chlamydia', g.rng.randint(30, 60), g.rng.randint(400, 700), g.rng.randint(400, 700)],
            ['Gonorrhea', g.rng.randint(8, 20), g.rng.randint(120, 250), g.rng.randint(120, 250)],
            ['Infectious syphilis', g.rng.randint(1, 6), g.rng.randint(20, 60), g.rng.randint(20, 60)],
            ['HIV', g.rng.randint(0, 2), g.rng.randint(3, 12), g.rng.randint(3, 12)],
            ['Malaria (imported)', g.rng.randint(0, 2), g.rng.randint(2, 10), g.rng.randint(2, 10)]]
    body = f"""Weekly STBBI and travel-related surveillance summary - week {wk}
Counts of reported cases, region of residence. Cells < 5 are not suppressed in this internal version; do not redistribute.

{table_text(rows)}

{signature(S['obrien'], 'en', 0)}"""
    return dict(cat='surveillance', note='weekly aggregate surveillance counts from public health', subject=f'Weekly surveillance summary - week {wk}',
                frm=S['obrien'].addr(), to=[('Partner clinics', 'partners@eastbank-ph.example')], body=body)


def n_teaching(g):
    case = g.choice([
        'A 29-year-old woman presents 3 weeks after returning from Uganda with fever, headache and a black eschar on the ankle. '
        'She took doxycycline as malaria prophylaxis but stopped early. Questions: differential? empiric treatment?',
        'A 45-year-old man on PrEP has an RPR of 1:4 with a reactive treponemal test; RPR was non-reactive 3 months ago. '
        'He is asymptomatic. Questions: staging? treatment? partner management window?',
        'A 71-year-old traveller asks for yellow fever vaccine for a cruise stopping in Brazil. No prior YF vaccine. '
        'Questions: risk-benefit in older adults? alternatives?'])
    body = f"""Hi team,

Teaching case for {day_en(g.days(2))} rounds (fictional composite, no real patient):

{case}

Please come prepared to discuss. Dr. {g.choice(['Lindqvist', 'Okafor', 'Desjardins'])} will facilitate.

Lucie"""
    return dict(cat='teaching_case', note='fictional teaching case for rounds', subject='Rounds - teaching case',
                frm=S['comeau'].addr(), to=[('Clinical team', 'team@carrefour-clinique.example')], body=body)


def n_template(g):
    k = g.rng.randint(0, 2)
    atts = []
    if k == 0:
        body = """Hi Julie,

Here is the mail-merge text for the yellow fever booster reminder campaign (for the letter module):

Dear <<FirstName>> <<LastName>>,
Our records show you were vaccinated against yellow fever on <<VaccDate>>. Most travellers do not need a booster.
If you are travelling to <<Country>>, please call 819-555-0143 to review your certificate.

Please keep the merge fields exactly as written.
Kevin"""
        subj = 'Mail-merge text - YF reminder'
    elif k == 1:
        doc = make_docx('Consent to vaccination (blank)', ['Client name: ______________________', 'Date of birth (YYYY-MM-DD): __________',
                                                            'Health card no.: ____________________', 'Vaccine(s): ____________  Lot: ________',
                                                            'I have read the information sheet and consent to vaccination.',
                                                            'Signature: ______________________  Date: __________'])
        atts.append(att('consent_form_BLANK.docx', doc))
        body = 'Hi,\n\nAttached is the updated blank consent form for the travel clinic. Please replace the old stock at reception.\n\nEmma'
        subj = 'Updated consent form (blank)'
    else:
        pdf = make_pdf('Partner notification card', [('h', 'Partner notification card'), ('p', 'Someone you had sex with has been diagnosed with: ☐ chlamydia ☐ gonorrhea ☐ syphilis ☐ other: ______\nPlease get tested. Bring this card.\nClinic: 819-555-0140 ext. 214')])
        atts.append(att('partner_card_template.pdf', pdf))
        body = 'Hi Isabelle,\n\nPrinter proof of the blank partner notification card attached. OK to print 500?\n\nMarc-André'
        subj = 'Proof - partner notification card'
    return dict(cat='blank_form', note='blank form or mail-merge template', subject=subj,
                frm=[S['arsenault'], S['kowalski'], S['bedard']][k].addr(), to=[[S['beaulieu'], S['beaulieu'], S['chartrand']][k].addr()],
                body=body, attachments=atts)


def n_shortage(g):
    prod = g.choice([('azithromycin 250 mg tablets', 'use doxycycline for chlamydia; reserve azithromycin for pregnancy'),
                     ('Typhim Vi', 'Vivotif oral vaccine where appropriate'),
                     ('Engerix-B adult', 'Recombivax HB 10 mcg, same schedule'),
                     ('benzathine penicillin G (Bicillin L-A)', 'doxycycline 100 mg BID x 14 days for early syphilis in non-pregnant adults')])
    body = f"""DRUG SHORTAGE NOTICE

Product: {prod[0]}
Expected duration: {g.rng.randint(4, 16)} weeks
Recommended alternative: {prod[1]}.

Remaining stock is reserved for priority indications. Questions: Sophie Lemieux, pharmacist, ext. 240."""
    return dict(cat='drug_shortage', note='drug shortage notice', subject=f'Shortage: {prod[0]}', frm=S['lemieux'].addr(),
                to=[('Prescribers', 'prescribers@carrefour-clinique.example')], body=body)


def n_recall(g):
    lot = f'{g.choice(["AHAVB", "X0", "JEV24"])}{g.rng.randint(100, 999)}'
    body = f"""PRODUCT RECALL NOTICE

Product: vaccine carrier coolers, model TC-12 (serials {luhn_num(g.rng, 9)} to {luhn_num(g.rng, 9)})
Reason: lid gasket may fail, temperature excursion risk during outreach clinics.
Action: stop using affected coolers; vaccines shipped in them after {d_en(g.days(-20), 1)} should be assessed
(e.g. lot {lot}). Complete the return form.

Manufacturer Quality Assurance"""
    return dict(cat='recall', note='equipment recall notice', subject='Recall - vaccine carrier coolers TC-12',
                frm=('Quality Assurance', 'qa@coldchainco.example'), to=[S['kowalski'].addr(), S['arsenault'].addr()], body=body)


def n_occ(g):
    st = S[g.choice(['kowalski', 'patel', 'fitzgerald', 'mercier'])]
    k = g.rng.randint(0, 2)
    body = [f"""Hi {st.given},

Your N95 fit test is due. Book a slot with Occupational Health before {d_en(g.days(20), 1)}. Staff working in the
sexual health and travel clinics need a current fit test for mpox and measles precautions.

Occupational Health""",
            f"""Hi {st.given},

We received your immunization record for onboarding. Your hepatitis B series is complete and your MMR is up to
date. You are cleared to start on {d_en(g.days(5), 1)}.

Occupational Health""",
            """Hello all,

Staff flu and COVID-19 vaccine clinic: Tuesdays and Thursdays in October, room 110, 11:30-13:30.
Bring your employee ID.

Occupational Health"""][k]
    return dict(cat='occupational_health', note='employee occupational health message',
                subject=['N95 fit test due', 'Onboarding immunization clearance', 'Staff vaccine clinic'][k],
                frm=('Occupational Health', 'ohs@cisss-collines.example'), to=[st.addr()] if k < 2 else [('All staff', 'staff@carrefour-clinique.example')],
                body=body)


def n_references(g):
    cand = g.choice([('Rebecca', 'Stone'), ('Alain', 'Gervais'), ('Priyanka', 'Mehta'), ('Owen', 'Blake')])
    body = f"""Hi Lucie,

References for {cand[0]} {cand[1]} (Travel Health Nurse candidate) are complete - both positive. They can start
{d_en(g.days(30), 1)}. Salary step 6 proposed. Offer letter draft attached.

{signature(S['proulx'], 'en', 0)}"""
    doc = make_docx('Offer of employment (draft)', [f'Dear {cand[0]} {cand[1]},', 'We are pleased to offer you the position of Travel Health Nurse...'])
    return dict(cat='hr_candidate', note='job candidate reference check and offer', subject='Candidate references - Travel Health Nurse',
                frm=S['proulx'].addr(), to=[S['comeau'].addr()], body=body, attachments=[att('offer_draft.docx', doc)])


def n_birthdays(g):
    rows = [['Staff', 'Birthday']]
    for st in g.rng.sample([S[k] for k in ['beaulieu', 'arsenault', 'patel', 'kowalski', 'lemieux', 'daigle', 'gosselin']], 4):
        rows.append([st.full, f'{MONTHS[g.date.month - 1]} {g.rng.randint(1, 28)}'])
    k = g.rng.randint(0, 1)
    if k == 0:
        body = f"""Hi everyone,

{MONTHS[g.date.month - 1]} birthdays! Cake in the staff room on Friday at 3 pm.

{table_text(rows)}

Julie"""
        subj = f'{MONTHS[g.date.month - 1]} birthdays'
    else:
        st = S[g.choice(['lindqvist', 'fitzgerald', 'mercier'])]
        body = f"""Hi team,

Happy news: {st.given} and his partner welcomed baby {g.choice(['Oliver', 'Maya', 'Theo'])} on {d_en(g.days(-2), 1)}, 7 lb 4 oz.
Everyone is healthy and resting. A card is at reception.

Lucie"""
        subj = 'Baby news!'
    return dict(cat='staff_news', note='staff birthdays or colleague baby announcement', subject=subj,
                frm=S['beaulieu'].addr() if k == 0 else S['comeau'].addr(), to=[('Team', 'team@carrefour-clinique.example')], body=body)


def n_protocol(g):
    rows = [['variable', 'type', 'description'], ['study_id', 'string', 'random code, no link to chart'], ['age_group', 'category', '18-24/25-34/35+'],
            ['prep_months', 'integer', 'months on PrEP'], ['sti_12m', 'integer', 'bacterial STIs in past 12 months'], ['doxy_doses', 'integer', 'doses used per month']]
    body = f"""Hi all,

Protocol amendment 3 for the Doxy-PEP acceptability study was approved by the REB. Changes: adds a 12-month
follow-up questionnaire; sample size unchanged (n=150). The de-identified data dictionary is attached.

Mireille Desjardins, MD - Principal investigator"""
    return dict(cat='research_protocol', note='research protocol amendment and data dictionary', subject='REB approval - protocol amendment 3',
                frm=S['desjardins'].addr(), to=[('Study team', 'research@carrefour-clinique.example')], body=body,
                attachments=[att('data_dictionary.csv', make_csv(rows), charset='utf-8')])


def n_advisory(g):
    body = g.choice(["""Hi all,

Heads-up: chikungunya outbreak reported in the Indian Ocean islands. Discuss the new chikungunya vaccine with
travellers 12+ going to affected areas; not for those 65+ pending review.

Sam Okafor""", """Team,

CATMAT has released updated malaria recommendations. Atovaquone-proguanil remains first line for short trips.
Summary sheet is in the shared drive.

Sam""", """Hello,

Polio: the certificate requirement for long-stay travellers leaving some countries is still in place. Document
the IPV booster on the ICVP.

Dr. Okafor"""])
    return dict(cat='travel_advisory', note='travel health advisory for clinicians', subject=g.choice(['Travel health update', 'Advisory for travel clinic']),
                frm=S['okafor'].addr(), to=[('Travel team', 'travel@carrefour-clinique.example')], body=body)


def n_designation(g):
    body = f"""Hello,

Our yellow fever vaccination centre designation expires on {d_en(g.days(60), 1)}. The renewal package includes:
- centre name and civic address ({CLINIC['addr_en']})
- responsible physician: Dr. Samuel Okafor (licence no. {g.rng.randint(10000, 99999)})
- official stamp impression and the serial range of blank ICVP booklets on hand ({luhn_num(g.rng, 9)}-{luhn_num(g.rng, 9)})

Kevin, can you pull the last 12 months of aggregate doses administered?

Marc-André"""
    return dict(cat='admin', note='yellow fever centre designation renewal paperwork', subject='YF centre designation renewal',
                frm=S['bedard'].addr(), to=[S['arsenault'].addr(), S['okafor'].addr()], body=body)


def n_fwd_it(g):
    inner = dict(frm=('IT Service Desk', 'servicedesk@cisss-collines.example'), to=[('All users', 'users@cisss-collines.example')],
                 subject='Scheduled outage - lab results interface',
                 date=datetime.datetime(g.date.year, g.date.month, g.date.day, 7, 45, tzinfo=datetime.timezone(datetime.timedelta(hours=-4))),
                 msgid=f'<{g.rng.randint(10**8, 10**9)}@cisss-collines.example>',
                 body='The interface between the hospital laboratory and community clinics will be down Saturday 02:00-06:00. '
                      'Results will queue and be delivered after the outage.\n\nIT Service Desk', lang='en')
    body = 'FYI - results will be delayed Saturday morning. Nothing to do on our end.\n\nDaniel'
    return dict(cat='it_notice', note='forwarded IT outage notice attached as message', subject='Fw: Scheduled outage - lab results interface',
                frm=S['fitzgerald'].addr(), to=[('Clinical team', 'team@carrefour-clinique.example')], body=body,
                attachments=[att_eml('outage_notice.eml', inner)])


def n_reply_en(g):
    a, b = S['lindqvist'], S['bedard']
    orig = (f"Hi Marc-André,\n\nI attended the Northern Travel & Sexual Health Symposium on {d_en(g.days(-12), 1)}. "
            f"Registration was ${g.rng.randint(90, 160)}.00 and parking ${g.rng.randint(12, 30)}.00. Receipts attached to the expense claim. "
            "Which cost centre should I use?\n\nThomas")
    reply = g.choice(['Use the continuing education cost centre (CE-204). Approved on my side.',
                      'Approved. Please use CE-204 and send the originals to Accounts payable.'])
    body = f'{reply}\n\nMarc-André\n\nOn {d_en(g.days(-1), 1)}, at 9:{g.rng.randint(10, 59)} AM, {a.full} <{a.email}> wrote:\n{quote(orig)}'
    return dict(cat='reply', note='reply about a staff conference expense claim', subject='Re: expense claim - symposium',
                frm=b.addr(), to=[a.addr()], body=body, in_reply_to=True)


PLAN_NEN = [(n_reply_en, 2), (n_oncall, 4), (n_benefits, 4), (n_payslip, 4), (n_bulletin, 4), (n_pt_committee, 4), (n_symposium, 4),
            (n_posting, 3), (n_invoice, 4), (n_po, 3), (n_stock, 4), (n_assets, 4), (n_it, 4), (n_facilities, 3),
            (n_metrics, 4), (n_surveillance, 4), (n_teaching, 4), (n_template, 4), (n_shortage, 3), (n_recall, 2),
            (n_occ, 4), (n_references, 2), (n_birthdays, 3), (n_protocol, 2), (n_advisory, 3), (n_designation, 2), (n_fwd_it, 2)]
assert sum(n for _, n in PLAN_NEN) == 90, sum(n for _, n in PLAN_NEN)
