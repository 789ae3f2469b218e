"""Non-confidential (hard negative) messages written in English."""
import datetime

import gen_clin as K
import gen_common as C
from gen_mime import Att, Mail
from gen_neg_fr import luhn_serial, NURSES, MDS

S = C.staff_addr
D = C.EXT_DOMAINS
CANDIDATES = ["Kathryn Osei", "Maxime Gendron", "Priyanka Rao", "Daniel Whitfield", "Layla Haddara", "Owen McCrae"]
SPEAKERS = [("Dr.", "Rebecca Lau", "McGill (fictional)"), ("Dr.", "Samuel Ekwueme", "University of Ottawa (fictional)"),
            ("Dr.", "Hannah Forsyth", "UBC (fictional)"), ("Dr.", "Luis Ortega", "Toronto Western (fictional)"),
            ("Dr.", "Mei Tanaka", "Calgary (fictional)")]


def sig(key, r):
    return C.signature(key, "en", r)


def shift_swap(r, P, dt):
    a, b = r.sample(NURSES, 2)
    d = C.future(dt, r, 3, 20)
    blocks = [f"Hi {C.staff(b)[1]},", "", f"Would you be able to swap my day shift on {C.weekday_en(d)} {C.fmt_date(d, 'en', 'long')} "
              "for your evening the following Tuesday? I have my daughter's recital.",
              "If yes I'll send it to Isabelle for approval.", "", C.staff(a)[1]]
    return Mail("en", "schedule", "shift swap request between nurses", S(a), [S(b)], "Shift swap?", blocks,
                body_mode=r.choice(["plain", "html"]))


def birthday(r, P, dt):
    k = r.choice(NURSES + ["carrier", "nolet", "kim"])
    born = datetime.date(r.randint(1970, 1995), r.randint(1, 12), r.randint(1, 28))
    blocks = ["Hi team,", "", f"{C.staff_name(k, 'en', False)} turns {dt.year - born.year} this week "
              f"(born {C.fmt_date(born, 'en', 'long')} - yes, {'she' if k in C.STAFF_FEMALE else 'he'} said we could share!).",
              "Cake in the staff room Thursday at 14:30. Card is at the nursing station - please sign.",
              "Contributions for the gift: see Mylene.", "", "Isabelle"]
    return Mail("en", "staff_social", "staff birthday celebration", S("tanguay"), [("Infusion Centre team", f"cpb-tous@{C.DOM}")],
                "Birthday cake Thursday!", blocks, body_mode=r.choice(["html", "alt", "plain"]))


def timesheet(r, P, dt):
    k = r.choice(NURSES)
    emp = f"{r.randint(1, 9)}{r.randint(0, 999999):06d}"
    blocks = [f"Hello {C.staff(k)[1]},", "",
              f"Your timesheet for pay period {r.randint(1, 26)} (employee #{emp}) is missing approval for "
              f"{K.num(r.uniform(2, 9), 'en', 2)} h of overtime on {C.fmt_date(dt.date() - datetime.timedelta(days=r.randint(2, 9)), 'en', 'long')}.",
              "Please ask your manager to approve it in the portal before Wednesday noon or it will be paid next period.", ""] + sig("guay", r)
    return Mail("en", "payroll", "payroll timesheet reminder", S("guay"), [S(k)], "Timesheet - overtime approval missing", blocks)


def staff_health(r, P, dt):
    v = r.randint(0, 1)
    if v == 0:
        blocks = ["Hello,", "", "Annual TB screening for staff working in the infusion centre is due.",
                  "Employees who were QuantiFERON-positive in the past need a symptom questionnaire only.",
                  "Drop-in: Employee Health, room 1-040, Mon-Thu 8:00-15:00.", "", "Employee Health Service"]
        subj = "Staff TB screening - infusion centre"
    else:
        k = r.choice(NURSES)
        blocks = ["Hello Isabelle,", "", f"{C.staff_name(k, 'en', False)} has been cleared by Employee Health to return to full duties "
                  f"on {C.fmt_date(C.future(dt, r, 2, 10), 'en', 'long')} after {'her' if k in C.STAFF_FEMALE else 'his'} back injury. Modified duties end that day.",
                  "The CNESST file remains open until the final report.", "", "Employee Health Service"]
        subj = "Return to work - clearance"
    return Mail("en", "occupational_health", "employee occupational health notice", ("Employee Health", f"sante.travail@{C.DOM}"),
                [S("tanguay")], subj, blocks)


def newsletter(r, P, dt):
    md = r.choice(MDS)
    blocks = [("h", f"Rheum Rounds Digest - {C.EN_MONTHS[dt.month - 1]} {dt.year}"), "",
              f"Welcome to {C.staff_name(md, 'en')}, who joins us from Sherbrooke with a special interest in lupus nephritis and "
              "scleroderma lung disease.",
              f"{C.staff_name('okafor', 'en')} will lead the new early arthritis clinic (RA and PsA within 12 weeks of symptom onset).",
              f"By the numbers: {r.randint(1100, 1900)} infusions this quarter, median chair time {K.num(r.uniform(2.1, 3.0), 'en')} h, "
              f"{r.randint(92, 99)}% of patients switched to biosimilar infliximab.",
              "Congratulations to Ms. " + C.staff_name("bellavance", "en", False) + " on her CNA certification in rheumatology nursing.",
              "", "Rounds: Thursdays 8:00, auditorium B. Remote link in the calendar invite."]
    return Mail("en", "newsletter", "department newsletter", ("Dept. of Medicine Communications", f"communications@{C.DOM}"),
                [("Dept. of Medicine", f"medicine-all@{C.DOM}")], f"Rheum Rounds Digest - {C.EN_MONTHS[dt.month - 1]}", blocks,
                body_mode=r.choice(["html", "alt"]))


def committee(r, P, dt):
    d = dt.date() - datetime.timedelta(days=r.randint(2, 10))
    blocks = [("h", f"P&T Subcommittee on Biologics - minutes, {C.fmt_date(d, 'en', 'long')}"),
              f"Present: {C.staff_name('nolet', 'en', False)} (chair), {C.staff_name('vachon', 'en')}, {C.staff_name('zhang', 'en')}, "
              f"{C.staff_name('quirion', 'en', False)}",
              "1. Rituximab biosimilar: 214 patients transitioned, no signal of increased reactions (aggregate).",
              "2. Tocilizumab IV vs SC for GCA: SC preferred when feasible to free chair time. Approved.",
              "3. Pegloticase: restricted to rheumatology, G6PD testing mandatory before first dose.",
              f"Next meeting: {C.fmt_date(C.future(dt, r, 25, 40), 'en', 'long')}."]
    atts = [Att("docx", "PT_biologics_minutes.docx", title="P&T Subcommittee on Biologics", blocks=blocks)] if r.random() < 0.5 else []
    body = (["Hello all,", "", "Minutes attached.", ""] + sig("nolet", r)) if atts else blocks
    return Mail("en", "committee", "committee minutes on biologic policy", S("nolet"), [("P&T members", f"pt-members@{C.DOM}")],
                "P&T biologics - minutes", body, atts=atts)


def cme(r, P, dt):
    d = C.future(dt, r, 30, 90)
    sp = r.sample(SPEAKERS, 3)
    topics = r.sample(["JAK inhibitors: safety update", "Treat-to-target in PsA", "Interstitial lung disease in RA",
                       "Vaccination of patients on biologics", "Managing infusion reactions", "GCA beyond steroids"], 3)
    rows = [[f"{13 + i}:00", f"{s[0]} {s[1]}, {s[2]}", t] for i, (s, t) in enumerate(zip(sp, topics))]
    blocks = ["Dear colleagues,", "", f"Registration is open for the Eastern Rheumatology Update, {C.fmt_date(d, 'en', 'long')}.",
              ("table", ["Time", "Speaker", "Topic"], rows), "", "Accredited for 3 Section 1 credits. Lunch provided.",
              "", "CPD Office"]
    atts = [Att("pdf", "ERU_programme.pdf", title="Eastern Rheumatology Update - programme", blocks=[("table", ["Time", "Speaker", "Topic"], rows)])] \
        if r.random() < 0.5 else []
    if r.random() < 0.5:
        st = datetime.datetime.combine(d, datetime.time(13, 0))
        atts.append(Att("ics", "ERU.ics", uid=f"eru-{d.isoformat()}@{C.DOM}", start=st, end=st + datetime.timedelta(hours=3),
                        summary="Eastern Rheumatology Update", location="Auditorium B, Hôpital Saint-Aurèle",
                        description="; ".join(f"{x[1]}: {x[2]}" for x in rows), organizer=("CPD Office", f"cpd@{C.DOM}")))
    return Mail("en", "conference", "CME programme announcement", ("CPD Office", f"cpd@{C.DOM}"),
                [("Physicians", f"physicians@{C.DOM}")], "Eastern Rheumatology Update - programme", blocks, atts=atts,
                body_mode=r.choice(["html", "alt", "plain"]))


def job_posting(r, P, dt):
    role, req = r.choice([("Registered Nurse, Biologic Infusion Centre", "OIIQ licence, IV certification"),
                          ("Nurse Clinician, Rheumatology Nurse Navigator", "OIIQ licence, BSc Nursing, 3 years experience"),
                          ("Unit Clerk, Rheumatology Clinic", "DEP in medical secretarial studies, scheduling software"),
                          ("Pharmacy Technician, Biologics Preparation", "DEP in pharmacy technical assistance, aseptic technique")])
    blocks = [("h", f"Job posting - {role}"), r.choice(["Full-time, days, Monday to Friday.", "Part-time (0.6), days.",
                                                        "Temporary full-time (12 months), days."]),
              f"Requirements: {req}, bilingual (French/English).",
              "Assets: experience with monoclonal antibodies, chemotherapy certification.",
              f"Salary: per collective agreement, ${r.randint(29, 33)}.{r.randint(10, 99)} to ${r.randint(50, 55)}.{r.randint(10, 99)}/h.",
              f"Apply by {C.fmt_date(C.future(dt, r, 10, 20), 'en', 'long')} via the careers portal."]
    return Mail("en", "job_posting", "nursing job posting", ("Talent Acquisition", f"careers@{C.DOM}"),
                [("All staff", f"tous@{C.DOM}")], f"Now hiring: {role.split(',')[0]}", blocks, body_mode=r.choice(["html", "plain"]))


def candidates(r, P, dt):
    d = C.future(dt, r, 3, 10)
    cands = r.sample(CANDIDATES, 3)
    rows = [[f"{9 + i}:00", c, r.choice(["RN, 6 yrs oncology", "RN, new grad", "RN, 10 yrs ICU", "LPN upgrading"])]
            for i, c in enumerate(cands)]
    blocks = ["Hi Isabelle,", "", f"Interviews for the infusion RN position are confirmed for {C.fmt_date(d, 'en', 'long')}, room 2-114.",
              ("table", ["Time", "Candidate", "Background"], rows), "",
              f"CVs attached. {cands[0]} can be reached at 514 555-01{r.randint(10, 99)} if we run late.", ""] + sig("soucy", r)
    atts = [Att("pdf", f"CV_{c.split()[1]}.pdf", title=f"Curriculum vitae - {c}",
                blocks=["Education: BSc Nursing", "Experience: see cover letter", "References available"]) for c in cands[:2]]
    return Mail("en", "hr_candidates", "job candidate interview schedule", S("soucy"), [S("tanguay")], "Interviews - infusion RN",
                blocks, atts=atts)


def invoice(r, P, dt):
    inv = f"INV-{r.randint(20000, 89999)}"
    serials = [luhn_serial(r, 10) for _ in range(r.randint(2, 4))]
    rows = [["Infusion chair recline motor replacement", f"S/N {s[:4]}-{s[4:7]}-{s[7:]}", "$412.00"] for s in serials]
    body = [f"Invoice {inv}", f"Customer account: {r.randint(100000, 999999)}", ("table", ["Item", "Serial", "Amount"], rows),
            f"GST/HST No. {luhn_serial(r, 9)} RT0001", "Terms: net 30"]
    blocks = ["Hello,", "", f"Please find invoice {inv} attached for the service visit of "
              f"{C.fmt_date(dt.date() - datetime.timedelta(days=r.randint(3, 12)), 'en', 'long')}.", "",
              "Accounts Receivable", "MedInfusion Supply Co.", "Tel. 450 555-0188"]
    return Mail("en", "invoice", "vendor invoice with equipment serial numbers", ("MedInfusion AR", f"ar@{D['vendor1']}"),
                [S("robitaille")], f"Invoice {inv}", blocks, atts=[Att("pdf", f"{inv}.pdf", title=f"INVOICE {inv}", blocks=body)])


def purchase_quote(r, P, dt):
    q = f"Q-{r.randint(1000, 9999)}"
    rows = [["Volumetric infusion pump", str(r.randint(4, 12)), "$3,250.00"], ["Pole clamp", str(r.randint(4, 12)), "$85.00"],
            ["Extended warranty 3 yrs", "1", "$1,900.00"]]
    blocks = ["Hi Vincent,", "", f"As discussed, quote {q} below. Pricing valid 60 days.", ("table", ["Item", "Qty", "Unit price"], rows),
              "", "Lead time 4-6 weeks.", "", "Marco Bellini", "Account Manager, Alto Pumps", "450 555-0166"]
    atts = []
    if r.random() < 0.6:
        atts.append(Att("vcf", "Marco Bellini.vcf", given="Marco", surname="Bellini", tel="450 555-0166",
                        email=f"mbellini@{D['vendor2']}", org="Alto Pumps", note="Account Manager - Eastern Quebec"))
    return Mail("en", "purchase_order", "equipment price quote", ("Marco Bellini", f"mbellini@{D['vendor2']}"), [S("robitaille")],
                f"Quote {q} - infusion pumps", blocks, atts=atts, body_mode=r.choice(["plain", "alt"]))


def recall(r, P, dt):
    serials = [luhn_serial(r, 9) for _ in range(r.randint(3, 6))]
    rows = [[s, r.choice(["CPB", "Oncology day unit", "Biomedical stock"]), r.choice(["in service", "in storage"])] for s in serials]
    blocks = ["URGENT FIELD SAFETY NOTICE", "", "Model AV-300 volumetric pumps: possible free-flow when the door latch is worn.",
              "Affected units at our sites:", ("table", ["Serial number", "Location", "Status"], rows), "",
              "Remove from service and tag for biomedical engineering. Replacement units are available.", ""] + sig("robitaille", r)
    return Mail("en", "recall", "device field safety notice with serial numbers", S("robitaille"),
                [("Unit managers", f"unit-managers@{C.DOM}")], "URGENT: pump field safety notice", blocks)


def it_notice(r, P, dt):
    v = r.randint(0, 2)
    if v == 0:
        blocks = ["Hello,", "", "Your network password expires in 5 days. Change it from any hospital workstation (Ctrl+Alt+Del).",
                  "IT will never ask for your password by e-mail.", ""]
        subj = "Password expiry reminder"
    if v == 0 and r.random() < 0.6:
        inner = Mail("en", "x", "x", ("RAMQ Services", "noreply@ramq-verification.example"), [("Staff", f"cpb-tous@{C.DOM}")],
                     "Action required: verify your account", ["Dear user,", "", "Your mailbox will be suspended in 24 hours.",
                                                               "Click here to keep your access: http://verify-account.example/login", "",
                                                               "Support Team"], date=dt - datetime.timedelta(hours=5))
        blocks = ["Hello,", "", "The message attached was reported by several staff members. It is a phishing attempt: delete it,",
                  "do not click the link, and never enter your hospital credentials outside the intranet.", ""]
        return Mail("en", "it", "IT phishing warning with the reported message attached", S("bolduc"),
                    [("Infusion Centre", f"cpb-tous@{C.DOM}")], "Phishing alert - do not click", blocks + sig("bolduc", r),
                    atts=[Att("eml", "reported_phishing.eml", mail=inner)])
    elif v == 1:
        d = C.future(dt, r, 2, 8)
        blocks = ["Hello,", "", f"The infusion scheduling system will be down on {C.fmt_date(d, 'en', 'long')} from 21:00 to 23:00 "
                  "for a version upgrade. Print tomorrow's chair list before 20:30.", ""]
        subj = "Planned downtime - scheduling"
    else:
        blocks = ["Hello,", "", f"Ticket #{r.randint(300000, 399999)}: the label printer at the infusion desk was replaced. "
                  f"Asset tag {luhn_serial(r, 10)}. Please reinstall from Software Center if labels print blank.", ""]
        subj = "Label printer replaced"
    return Mail("en", "it", "IT notice", S("bolduc"), [("Infusion Centre", f"cpb-tous@{C.DOM}")], subj, blocks + sig("bolduc", r))


def facilities(r, P, dt):
    d = C.future(dt, r, 2, 15)
    what = r.choice(["fire alarm testing will take place between 9:00 and 11:00", "the main entrance revolving door will be closed",
                     "HVAC filters will be replaced in the infusion area; expect noise", "parking lot P1 will be repaved",
                     "the domestic water supply to wing B will be interrupted from 6:00 to 8:00",
                     "the infusion centre medication fridge 2 will be serviced (contents moved to pharmacy)",
                     "elevator C will be out of service for inspection"])
    blocks = [r.choice(["Hello,", "Good morning,", "To all staff,"]), "", f"On {C.fmt_date(d, 'en', 'long')}, {what}.",
              r.choice(["Thank you for your patience.", "Please plan patient transfers accordingly.",
                        "Signage will be posted. Questions: ext. 2450."]), "",
              "Facilities Management", "ext. 2450"]
    return Mail("en", "facilities", "facilities notice", ("Facilities", f"facilities@{C.DOM}"), [("All staff", f"tous@{C.DOM}")],
                "Facilities notice", blocks)


def kpi(r, P, dt):
    rows = [[m, r.randint(300, 650), f"{r.randint(80, 97)}%", K.num(r.uniform(0.3, 1.8), "en"), r.randint(4, 16)]
            for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]]
    hdr = ["Month", "Infusions", "Chair occupancy", "Reaction rate (%)", "Median wait (days)"]
    blocks = ["Hi,", "", "Infusion centre KPIs for the first half of the year (aggregate, no patient-level data).", ""]
    k = r.randint(0, 2)
    atts = []
    if k == 0:
        atts = [Att("xlsx", "CPB_KPI_H1.xlsx", sheets=[("KPI", hdr, rows)])]
    elif k == 1:
        atts = [Att("csv", "cpb_kpi_h1.csv", header=hdr, rows=rows)]
    else:
        blocks.append(("table", hdr, rows))
    blocks += ["", "Jonathan"]
    return Mail("en", "statistics", "aggregate infusion centre KPIs", S("quirion"), [("Medical directors", f"directors@{C.DOM}")],
                "Infusion centre KPIs - H1", blocks, atts=atts)


def teaching(r, P, dt):
    md = r.choice(MDS)
    age = r.randint(24, 80)
    blocks = [("h", "Fellows' case conference (de-identified)"),
              f"A {age}-year-old man on {K.drug_name(r, 'infliximab', 'en', 0)} for {K.dx_name('as', 'en')} presents with "
              "fever and a new cough three weeks after his last infusion.",
              "CXR: right upper lobe cavitation. " + K.labs(r, "en", ["qft"], abnormal={"qft"})[0] + ".",
              "Discussion points: latent TB screening failures, timing of restarting anti-TNF, role of IGRA conversion.",
              "", "All identifying details have been removed or altered.", "", C.staff_name(md, "en")]
    return Mail("en", "teaching_case", "de-identified case for fellows", S(md), [("Rheum fellows", f"rheum-fellows@{C.DOM}")],
                "Case conference - Thursday", blocks)


def template(r, P, dt):
    v = r.randint(0, 1)
    if v == 0:
        tpl = ["Dear {{title}} {{last_name}},", "", "This is a reminder of your infusion appointment on {{date}} at {{time}}.",
               "Please bring your health insurance card and a list of your medications.", "", "Infusion Centre - " + C.CLINIC_TEL]
        blocks = ["Hi Sylvain,", "", "Here's the English version of the reminder template for the mail merge.", "", ("quote", tpl), "",
                  "Mylene"]
        return Mail("en", "template", "mail-merge reminder template", S("carrier"), [S("asselin")], "Reminder template (EN)", blocks)
    form = [("table", None, [["Patient name", ""], ["Date of birth (YYYY-MM-DD)", ""], ["Health insurance no.", ""],
                             ["Diagnosis", ""], ["Biologic requested", ""], ["Prior therapies", ""], ["Referring MD / licence", ""]]),
            "", "Fax completed form to " + C.CLINIC_FAX]
    kind = r.choice(["docx", "pdf"])
    blocks = ["Hello,", "", "Attached is the blank referral form for the biologic infusion centre, as requested.",
              "Please do not send referrals by unencrypted e-mail.", ""] + sig("carrier", r)
    return Mail("en", "blank_form", "blank referral form", S("carrier"), [("Dr. Erik Lindqvist", f"erik.lindqvist@{D['gmf']}")],
                "Blank referral form - infusion centre", blocks,
                atts=[Att(kind, "Referral_form_blank." + kind, title="Referral - Biologic Infusion Centre", blocks=form)])


def protocol(r, P, dt):
    code = f"HCHN-RHEUM-{r.randint(100, 999)}"
    blocks = ["Hello,", "", f"Study {code} has received REB approval.",
              r.choice(["Title: Home versus centre-based infusion of tocilizumab - a feasibility study.",
                        "Title: Ultrasound-guided tapering of biologics in RA in sustained remission.",
                        "Title: Patient-reported fatigue during rituximab maintenance in ANCA vasculitis."]),
              "Eligibility: adults with an established diagnosis on stable therapy for 6 months; exclusion: pregnancy, active infection.",
              f"PI: {C.staff_name(r.choice(MDS), 'en')}. Target enrolment: {r.randint(40, 200)}. No participants enrolled yet.",
              "Screening logs will be kept in the research office only.", ""] + sig("delisle", r)
    return Mail("en", "research", "research study approval without participant data", S("delisle"),
                [("Rheumatology", f"rhumato-equipe@{C.DOM}")], f"REB approval - {code}", blocks)


TEMPLATES = [
    (shift_swap, 5), (birthday, 5), (timesheet, 5), (staff_health, 5), (newsletter, 5), (committee, 5), (cme, 5),
    (job_posting, 5), (candidates, 5), (invoice, 5), (purchase_quote, 5), (recall, 5), (it_notice, 5), (facilities, 5),
    (kpi, 5), (teaching, 5), (template, 5), (protocol, 5),
]
