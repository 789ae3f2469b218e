"""English hard negatives for the radiation-oncology department."""
import datetime as dt

import gen_data as D
import gen_docs as G
import gen_ids as I
from gen_mime import Att, Quote, Table
from gen_neg_common import EXTRA_PEOPLE, SPEAKERS, VENDORS, luhn9, luhn10, serial

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def sname(p):
    return f"{p['given']} {p['surname']}"


def _att(c, p, subj):
    a = c.attrib(sname(p), p["email"], c.past(24, 150))
    return a + subj if a.endswith(": ") else a


# 1 ------------------------------------------------------------------------------
def rota(c):
    coord = c.person(D.STAFF, 16)
    d = c.later(3, 9)
    while d.weekday() != 0:
        d += dt.timedelta(days=1)
    tros = [s for s in D.STAFF if "technologue" in s[3]]
    rows = []
    for k in range(5):
        day = d + dt.timedelta(days=k)
        a, b, e = c.rng.sample(tros, 3)
        rows.append((I.DAYS[day.weekday()], f"{a[0]} {a[1]}", f"{b[0]} {b[1]}", f"{e[0]} {e[1]}"))
    header = ["Day", "Sim / CT (7:00-15:00)", "TrueBeam 1 (7:30-15:30)", "Evening Halcyon (15:00-23:00)"]
    atts, body = [], [c.pick(["Hi everyone,", "Good afternoon,"]),
                      f"Here is the therapist rota for the week of {c.day(d)}."]
    if c.chance(0.5):
        body.append(Table(header, rows))
    else:
        atts.append(Att(f"rota_{d.isoformat()}.xlsx", XLSX, G.xlsx_doc([("Week", header, rows)])))
        body.append("Spreadsheet attached.")
    body.append(c.pick(["Swaps must go through me by Thursday.", "Reminder: SGRT training Wednesday at 12:00.",
                        "Thanks for covering the evening shifts this month!"]))
    return c.mail("staff_schedule", "therapist rota", c.who(coord),
                  [("Radiation Therapists", "rtt.group@" + D.DOMAIN)],
                  c.pick([f"Rota - week of {d.isoformat()}", "Therapist schedule", "Next week's rota"]),
                  body, attachments=atts, sig=c.sig(coord))


# 2 ------------------------------------------------------------------------------
def oncall_physics(c):
    phys = c.staff(["physicien"])
    start = c.later(5, 15)
    rows = []
    people = [s for s in D.STAFF if "physicien" in s[3]] + [s for s in D.STAFF if "dosim" in s[3]]
    for k in range(4):
        w = start + dt.timedelta(days=7 * k)
        p = people[k % len(people)]
        rows.append((w.isoformat(), f"{p[0]} {p[1]}", f"ext. {c.rng.randint(2100, 2999)}"))
    ics = G.ics_event(f"{c.rng.getrandbits(40):010x}@{D.DOMAIN}",
                      dt.datetime(start.year, start.month, start.day, 8, 0),
                      dt.datetime(start.year, start.month, start.day, 8, 30),
                      "Physics on-call handover", "Physics office, level -1",
                      "Weekly on-call handover. Bring the QA binder and pager.", phys["email"],
                      c.when.astimezone(dt.timezone.utc).replace(tzinfo=None))
    body = [c.pick(["Hi all,", "Hello,"]), "Physics/dosimetry on-call schedule for the next month:",
            Table(["Week starting", "On call", "Contact"], rows),
            "Handover invite attached. Pager 555-0190 stays with the on-call person."]
    return c.mail("oncall_schedule", "physics on-call schedule with handover invite", c.who(phys),
                  [c.box("phys"), c.box("dosi")], "Physics on-call schedule", body,
                  attachments=[Att("handover.ics", "text/calendar", ics)], sig=c.sig(phys))


# 3 ------------------------------------------------------------------------------
def payroll_en(c):
    pay = c.person(D.STAFF, 25)
    emp = c.person(D.STAFF, c.pick([i for i in range(len(D.STAFF)) if i != 25]))
    num = "%07d" % c.rng.randrange(1000000, 9999999)
    subj, body = c.pick([
        ("Tax slips available", [f"Hi {emp['given']},", f"Your T4 and RL-1 slips for {c.today.year - 1} are now available in the employee "
         f"portal (employee no. {num}). Your SIN is masked on the online copy.",
         "If you need a paper copy, reply to this email before March 31."]),
        ("Retroactive pay", [f"Hello {emp['given']},", f"The retroactive pay following the new collective agreement will be "
         f"deposited on {c.day(c.later(5, 15))}. For employee no. {num}, the amount is "
         f"{c.rng.randint(800, 3400)}.{c.rng.randint(10, 99)} $ gross.", "Details are on your pay stub."]),
        ("Direct deposit change", [f"Hi {emp['given']},", f"We received your direct deposit change form (employee {num}). "
         "It will take effect on the next pay period. Please do not close the old account before then."])])
    return c.mail("payroll", "payroll message to an employee", c.who(pay), [c.who(emp)], subj, body, sig=c.sig(pay))


# 4 ------------------------------------------------------------------------------
def newsletter_en(c):
    comm = c.person(D.STAFF, 21)
    md = c.person(D.PHYSICIANS, c.pick([0, 1, 3, 6]))
    spec = c.pick(["head and neck cancers", "breast cancer and partial-breast irradiation",
                   "lung SBRT and oligometastatic disease", "paediatric tumours and craniospinal irradiation"])
    rtt = c.staff(["technologue"])
    body = [f"RadOnc News - {I.MONTHS[c.today.month - 1]} {c.today.year}",
            f"Congratulations to {c.dr(md)}, whose work on {spec} was accepted for an oral presentation in "
            "Vancouver this fall.",
            f"Staff spotlight: {sname(rtt)} has been a radiation therapist with us for 15 years and now leads "
            "our surface-guided radiotherapy program. Ask about the new DIBH coaching videos!",
            f"By the numbers: {c.rng.randint(900, 1400)} patients treated last year, {c.rng.randint(60, 95)}% "
            "of them within the national wait-time target.",
            c.pick(["Save the date: Foundation golf tournament, June 14.",
                    "Reminder: flu shots for staff are available at the occupational health clinic.",
                    "The staff lounge on level -1 has a new espresso machine, courtesy of the Foundation."])]
    return c.mail("newsletter", "department newsletter", c.who(comm),
                  [("All Radiation Oncology Staff", "allstaff.ro@" + D.DOMAIN)], f"RadOnc News - {I.MONTHS[c.today.month - 1]}",
                  body, prefs={"mode": c.pick(["html", "alt"])}, sig=c.sig(comm))


# 5 ------------------------------------------------------------------------------
def rounds_notice(c):
    md = c.md()
    d = c.later(3, 12)
    kind = c.pick(["mm", "qa", "journal"])
    if kind == "mm":
        body = [c.pick(["Dear colleagues,", "Hi all,"]),
                f"Morbidity & Mortality rounds will be held on {c.day(d)} at 7:30 in room 2.114 and on Teams.",
                f"Agenda: review of {c.rng.randint(2, 5)} de-identified near-miss events from the last quarter "
                "(wrong-isocentre shift caught at CBCT; bolus omitted on one fraction; plan approved with the wrong "
                "CT dataset).", "Breakfast provided. Presenters please send slides by Monday."]
    elif kind == "qa":
        body = [c.pick(["Hello,", "Dear all,"]),
                f"The Quality Assurance Committee meets on {c.day(d)} at noon.",
                "1. Minutes of last meeting\n2. Incident learning system: quarterly summary (aggregate)\n"
                "3. Peer review of contours: compliance 94%\n4. Accreditation preparation\n5. Other business",
                "Please confirm attendance."]
    else:
        body = [c.pick(["Hi residents and staff,", "Hello,"]),
                f"Journal club on {c.day(d)}: FAST-Forward 5-year results and hypofractionated nodal irradiation. "
                f"Presenter: {c.dr(md)}.", "Pizza at 12:00."]
    return c.mail("committee_notice", "rounds / committee notice", c.who(md),
                  [("Radiation Oncology - Medical Staff", "md.radioonc@" + D.DOMAIN)],
                  c.pick(["M&M rounds", "QA Committee meeting", "Journal club"]) if kind == "mm" else
                  {"qa": "QA Committee - agenda", "journal": "Journal club this week"}[kind], body, sig=c.sig(md, md=True))


# 6 ------------------------------------------------------------------------------
def symposium(c):
    comm = c.person(D.STAFF, 21)
    d = c.later(25, 70)
    talks = ["Adaptive radiotherapy on the MR-linac: first 200 patients",
             "Managing radiation dermatitis: what the evidence says",
             "Stereotactic radiosurgery for 5-15 brain metastases",
             "Proton therapy referrals: who benefits?",
             "Reducing travel burden: transport and lodging programs for rural patients",
             "AI auto-contouring in daily practice"]
    sp = list(SPEAKERS)
    c.rng.shuffle(sp)
    times = ["8:30", "9:15", "10:30", "11:15", "13:30", "14:15"]
    rows = [(times[k], f"{s[0]} {s[1]}, {s[2]}", t) for k, (s, t) in enumerate(zip(sp, talks))]
    body = [c.pick(["Dear colleagues,", "Hello,"]),
            f"Registration is open for the Eastern Canada Radiation Oncology Symposium, {c.day(d)}, "
            "Val-Sainte-Claire Convention Centre.", Table(["Time", "Speaker", "Topic"], rows),
            "Early-bird fee until the end of the month. Residents attend free."]
    return c.mail("conference_programme", "symposium programme", c.who(comm),
                  [("Medical and professional staff", "professionals@" + D.DOMAIN)],
                  "Symposium programme and registration", body, sig=c.sig(comm))


# 7 ------------------------------------------------------------------------------
def job_posting_en(c):
    hr = c.person(D.STAFF, 19)
    job = c.pick(["Radiation Therapist (permanent, full time)", "Medical Physicist (2-year term)",
                  "Clinical Nurse - Radiation Oncology (part time)", "Dosimetrist (permanent)",
                  "Administrative Clerk - Radiation Oncology Booking"])
    ref = f"RO-{c.today.year}-{c.rng.randint(100, 999)}"
    body = [f"JOB POSTING {ref} - {job}",
            f"The {D.DEPT_EN} at {D.ORG_EN} is recruiting. We treat over 1,200 patients a year on five linacs "
            "and one CyberKnife.",
            "Requirements: professional licence in good standing; bilingualism (French/English) required; "
            "experience with VMAT, SBRT and SGRT an asset.",
            f"Send your CV to {hr['email']} by {c.date(c.later(10, 25), 'long')}.",
            "We are an equal opportunity employer."]
    return c.mail("job_posting", "job posting", c.who(hr), [("Job postings list", "postings@" + D.DOMAIN)],
                  f"Posting {ref}: {job}", body, sig=c.sig(hr))


# 8 ------------------------------------------------------------------------------
def invoice_en(c):
    v = c.pick([VENDORS[1], VENDORS[3]])
    inv = f"INV-{c.rng.randint(200000, 299999)}"
    po = f"PO{c.rng.randint(2400000, 2499999)}"
    sn = serial(c.rng, "H")
    items = c.pick([[("Annual service contract, TrueBeam S/N " + sn, 1, 51800.00),
                     ("Field service visit (4 h) - couch motor", 1, 1260.00)],
                    [("Personal dosimeter service, quarterly (68 wearers)", 68, 9.75),
                     ("Lost badge replacement", 2, 35.00)],
                    [("Ion chamber calibration, S/N " + serial(c.rng, "IC"), 1, 980.00),
                     ("Electrometer calibration, S/N " + serial(c.rng, "EL"), 1, 760.00)]])
    rows, tot = [], 0.0
    for d, q, pu in items:
        rows.append((d, q, f"${pu:,.2f}", f"${q * pu:,.2f}"))
        tot += q * pu
    kv = [("Invoice #", inv), ("Date", c.today.isoformat()), ("PO #", po),
          ("Bill to", f"{D.ORG_EN}, Accounts Payable"), ("GST/HST #", f"{luhn9(c.rng)} RT0001"),
          ("Remit to", f"{v[0]}, PO Box {c.rng.randint(1000, 9999)}, Mississauga ON")]
    pdf = G.pdf_doc(f"INVOICE - {v[0]}", [("kv", kv), ("table", ["Description", "Qty", "Unit", "Amount"], rows),
                                           f"Subtotal ${tot:,.2f}  GST ${tot * 0.05:,.2f}  QST ${tot * 0.09975:,.2f}",
                                           "Terms: net 30."])
    body = [c.pick(["Hello,", "Dear Accounts Payable,"]), f"Please find invoice {inv} attached (your PO {po}).",
            f"Accounts Receivable\n{v[0]}\n{v[2]}"]
    return c.mail("invoice", "vendor invoice with serial numbers", (v[0], v[1]),
                  [("Accounts Payable", "ap@" + D.DOMAIN), c.box("phys")], f"Invoice {inv} / {po}", body,
                  attachments=[Att(f"{inv}.pdf", "application/pdf", pdf)])


# 9 ------------------------------------------------------------------------------
def po_en(c):
    buyer = c.person(D.STAFF, 20)
    po = f"PO{c.rng.randint(2400000, 2499999)}"
    rows = [("Thermoplastic mask, H&N 5-point", "ea", c.rng.randint(20, 80), "$38.50"),
            ("Thermoplastic mask, brain 3-point", "ea", c.rng.randint(10, 40), "$29.00"),
            ("Vacuum cushion 70x100", "ea", c.rng.randint(4, 12), "$214.00"),
            ("Superflab bolus 0.5 cm 30x30", "ea", c.rng.randint(4, 10), "$96.00"),
            ("Gold fiducial markers, pre-loaded (box of 3)", "box", c.rng.randint(5, 20), "$310.00")]
    body = [c.pick(["Hello,", "Hi Orthoplast team,"]),
            f"Please process purchase order {po} for the Radiation Oncology mould room:",
            Table(["Item", "UoM", "Qty", "Unit price"], rows),
            f"Ship to: Receiving dock, {D.ORG_ADDR_EN}. Attn: mould room."]
    return c.mail("purchase_order", "purchase order for immobilisation supplies", c.who(buyer),
                  [(VENDORS[0][0], VENDORS[0][1])], f"Purchase order {po}", body, sig=c.sig(buyer))


# 10 -----------------------------------------------------------------------------
def inventory_csv(c):
    rtt = c.staff(["technologue"])
    items = ["Mask H&N 5pt", "Mask brain 3pt", "Bolus 0.5 cm", "Bolus 1 cm", "Knee cushion", "Foot lock",
             "Breast board wedge", "Vac cushion 70x100", "Fiducials (box)", "CBCT phantom insert"]
    rows = [(it, f"LOT{luhn9(c.rng)}", (dt.date(2025, 1, 1) + dt.timedelta(days=c.rng.randint(100, 900))).isoformat(),
             c.rng.randint(0, 50)) for it in items]
    csvt = G.csv_text(["item", "lot", "expiry", "on_hand"], rows)
    body = [c.pick(["Hi,", "Hello,"]), "Monthly mould room count attached. Low on 5-point masks and 1 cm bolus.",
            rtt["given"]]
    return c.mail("inventory", "mould room inventory csv", c.who(rtt), [c.box("approv")],
                  "Mould room inventory", body,
                  attachments=[Att(f"mould_room_{c.today.strftime('%Y-%m')}.csv", "text/csv", csvt)])


# 11 -----------------------------------------------------------------------------
def it_en(c):
    it = c.person(D.STAFF, 17)
    tkt = f"INC{c.rng.randint(1000000, 9999999)}"
    body = c.pick([
        ["PHISHING ALERT", "Several staff received an email titled 'Your parking permit has expired' asking "
         "them to log in to a fake portal. Do not click the link. If you entered your password, change it "
         f"immediately and call the service desk (ext. 4357), ticket {tkt}."],
        [f"The treatment planning system licence server will be restarted on {c.day(c.later(1, 5))} at 06:00.",
         "Planning workstations will be unavailable for about 20 minutes. Save your work before leaving the "
         f"evening before. Ticket {tkt}."],
        ["New shared printer in the dosimetry room: RO-DOSI-01 (asset tag " + serial(c.rng, "AT") + ").",
         f"Drivers are pushed automatically; restart your workstation if it does not appear. Ticket {tkt}."]])
    return c.mail("it_notice", "IT notice", c.who(it), [("Radiation Oncology Users", "users.ro@" + D.DOMAIN)],
                  c.pick(["IT notice", "Service desk notice", "Action required: IT"]), body, sig=c.sig(it))


# 12 -----------------------------------------------------------------------------
def facilities_en(c):
    d = c.later(2, 10)
    body = c.pick([
        [f"The main entrance revolving door will be replaced starting {c.day(d)}.",
         "Patients coming for daily radiation should use Entrance B (accessible) during the work. "
         "Signage will be installed and volunteers will be at the door from 7:00 to 17:00."],
        [f"Fire alarm testing on level -1 on {c.day(d)} between 6:00 and 7:00, before the first treatments.",
         "Bunker interlocks will be tested at the same time by Physics."],
        [f"The staff parking lot P4 will be resurfaced on {c.day(d)}.",
         "Please park in P2; your access card has been enabled for that level."]])
    return c.mail("facilities_notice", "facilities notice", c.box("install"),
                  [("All staff - Cancer Centre", "allstaff.cc@" + D.DOMAIN)],
                  c.pick(["Facilities notice", "Construction notice - Entrance", "Scheduled testing"]),
                  body + [f"Technical Services, ext. 2000 - {D.ORG_ADDR_EN}"])


# 13 -----------------------------------------------------------------------------
def wait_stats(c):
    mgr = c.person(D.STAFF, 15)
    q = c.pick(["Q1", "Q2", "Q3", "Q4"])
    cats = ["Radical", "Adjuvant", "Palliative", "Urgent (< 48 h)", "SBRT/SRS", "Brachytherapy"]
    rows = [(k, c.rng.randint(20, 260), f"{c.rng.randint(3, 25)} d", f"{c.rng.randint(70, 99)}%") for k in cats]
    header = ["Category", "Patients started", "Median wait (ready-to-treat to start)", "Within target"]
    body = [c.pick(["Hello,", "Dear leadership team,"]),
            f"Here are the {q} wait-time figures for radiation oncology. Palliative median wait improved after "
            "the second same-day sim slot was added.", Table(header, rows),
            "Source: OncoSuite activity report; counts only, no patient-level data."]
    atts = [Att(f"wait_times_{q}.xlsx", XLSX, G.xlsx_doc([(q, header, rows)]))] if c.chance(0.4) else []
    return c.mail("aggregate_stats", "aggregate wait-time statistics", c.who(mgr),
                  [("Oncology leadership", "leadership.onco@" + D.DOMAIN)], f"Wait times {q}", body,
                  attachments=atts, sig=c.sig(mgr))


# 14 -----------------------------------------------------------------------------
def teaching_case_en(c):
    md = c.md()
    case = c.pick([
        "A 58-year-old woman with a T2N1 HPV-positive oropharyngeal SCC, non-smoker. Discuss target volumes, "
        "dose to the contralateral neck, and dental prophylaxis.",
        "A 73-year-old man with a 2.3 cm peripheral RUL NSCLC, FEV1 0.8 L. Discuss SBRT dose selection and "
        "chest wall constraints.",
        "A 45-year-old woman with left breast cancer after lumpectomy, pT1N0. Discuss DIBH, partial-breast "
        "options and heart dose.",
        "A 66-year-old man with rising PSA after prostatectomy (0.3). Discuss salvage RT, pelvic nodes and ADT."])
    blocks = ["Teaching case - de-identified", case, "Questions for discussion:", "1. Contouring\n2. Dose/fractionation\n3. Toxicity"]
    atts = [Att("teaching_case.docx", DOCX, G.docx_doc("Resident teaching case", blocks))] if c.chance(0.5) else []
    body = [c.pick(["Hi residents,", "Dear all,"]),
            "For Thursday's teaching session, please review the following de-identified case:", case,
            "An anonymised CT dataset (TEACH-07) is loaded in the planning system for contouring practice."]
    return c.mail("teaching_case", "de-identified teaching case", c.who(md),
                  [("Radiation Oncology Residents", "residents.ro@" + D.DOMAIN)], "Teaching case for Thursday",
                  body, attachments=atts, sig=c.sig(md, md=True))


# 15 -----------------------------------------------------------------------------
def blank_consent(c):
    clerk = c.staff(["agente", "secrétaire"])
    kv = [("Patient name", "______________________"), ("Date of birth", "____/____/______"),
          ("Health card (RAMQ) no.", "______________"), ("MRN", "__________"),
          ("Treatment site", "______________"), ("Dose / fractions", "________"),
          ("Possible side effects discussed", "☐ skin  ☐ fatigue  ☐ other: ________"),
          ("Patient signature", "______________"), ("Physician signature", "______________")]
    doc = G.docx_doc("Consent to Radiation Therapy (template v4)", [("kv", kv)])
    body = [c.pick(["Hello all,", "Hi,"]),
            "The revised consent form template (v4, approved by the forms committee) is attached. Please "
            "replace the printed stock in the clinic rooms.", "The French version will follow next week."]
    return c.mail("blank_form", "blank consent form template", c.who(clerk), [c.box("admin"), c.box("nurse")],
                  "Updated consent form template", body,
                  attachments=[Att("Consent_RT_template_v4.docx", DOCX, doc)], sig=c.sig(clerk))


# 16 -----------------------------------------------------------------------------
def mail_merge_en(c):
    clerk = c.staff(["agente", "secrétaire"])
    tmpl = ("Dear {{patient_title}} {{patient_last_name}},\n\nThis is a reminder of your {{appointment_type}} "
            "on {{appointment_date}} at {{appointment_time}} at the Marguerite-Aubin Cancer Centre, Entrance B.\n"
            "Please bring your health card ({{health_card_no}}) and your medication list.\n\n"
            "To reschedule, call 450-555-0100 ext. 2300.")
    body = [c.pick(["Hi team,", "Hello,"]),
            "Here is the SMS/email reminder template for the new booking module. Placeholders in double braces "
            "are filled from OncoSuite:", tmpl, "Let me know if you see any wording issue before go-live."]
    return c.mail("mail_merge_template", "appointment reminder template with placeholders", c.who(clerk),
                  [c.box("rdv")], "Reminder template - review", body, sig=c.sig(clerk))


# 17 -----------------------------------------------------------------------------
def shortage_en(c):
    ph = c.person(D.STAFF, 14)
    drug = c.pick([("ondansetron 8 mg injection", "granisetron 1 mg IV"),
                   ("viscous lidocaine 2%", "compounded lidocaine suspension from pharmacy"),
                   ("silver sulfadiazine 1% cream", "silver-containing foam dressings per the skin algorithm"),
                   ("sucralfate 1 g tablets", "sucralfate suspension 1 g/10 mL")])
    body = [f"DRUG SHORTAGE NOTICE - {drug[0]}",
            f"Our wholesaler reports a national shortage expected to last 6-8 weeks. Suggested alternative: {drug[1]}.",
            "Prescribers: please use the alternative for new orders. Existing supplies are reserved for patients "
            "already on treatment.", f"{sname(ph)}, Oncology Pharmacy, ext. 2240"]
    return c.mail("drug_shortage", "drug shortage notice", c.who(ph),
                  [("Radiation Oncology Prescribers", "prescribers.ro@" + D.DOMAIN)], f"Shortage: {drug[0]}", body)


# 18 -----------------------------------------------------------------------------
def recall_en(c):
    q = c.person(D.STAFF, 24)
    prod = c.pick(["carbon-fibre couch top insert", "indexed knee-and-foot immobiliser", "SRS mask frame",
                   "surface-guidance camera mount"])
    lots = [luhn9(c.rng) for _ in range(3)]
    body = [f"FIELD SAFETY NOTICE - {prod}",
            f"The manufacturer has issued a recall for lots/serials {', '.join(lots)} due to a possible "
            "indexing pin failure.",
            "Check your stock, tag affected items 'DO NOT USE', and contact Biomedical Engineering "
            f"(ext. 2480). Asset tags affected in our inventory: {serial(c.rng, 'BME')}, {serial(c.rng, 'BME')}.",
            "No patient harm has been reported."]
    return c.mail("product_recall", "device recall with checksum-valid lot numbers", c.who(q),
                  [("Radiation Therapists", "rtt.group@" + D.DOMAIN), c.box("phys")], f"Recall: {prod}", body,
                  sig=c.sig(q))


# 19 -----------------------------------------------------------------------------
def protocol_en(c):
    md = c.md()
    body = [c.pick(["Dear colleagues,", "Hi all,"]),
            "The REB has approved protocol RO-2025-07: a phase II study of 5-fraction whole-breast irradiation "
            "with simultaneous boost after lumpectomy.",
            "Eligibility: age 50 or older, pT1-2 N0, ER-positive, margins >= 2 mm. Exclusion: prior chest "
            "irradiation, connective tissue disease, pregnancy.",
            "Treatment: 26 Gy / 5 fx to the breast with 30 Gy SIB to the cavity. Primary endpoint: physician-"
            "rated breast induration at 2 years. Target accrual 80.",
            f"PI: {c.dr(md)}. Research coordinator: ext. 2290. Screening logs are kept in the research office, "
            "not by email."]
    return c.mail("research_protocol", "research protocol without participant identities", c.who(md),
                  [("Radiation Oncologists", "md.radioonc@" + D.DOMAIN)], "New trial open: RO-2025-07", body,
                  sig=c.sig(md, md=True))


# 20 -----------------------------------------------------------------------------
def badge_dose(c):
    rso = c.staff(["physicien"])
    s = c.person(D.STAFF, c.pick([3, 4, 5, 22, 23]))
    val = c.rng.randint(110, 190) / 100
    body = [f"Hi {s['given']},",
            f"Your dosimeter (badge TLD-{c.rng.randint(10000, 99999)}) reading for last quarter was {val:.2f} mSv, "
            "above our internal investigation level of 1 mSv. This is well below the regulatory limit.",
            "It is most likely related to the brachytherapy source exchange you assisted with. Could you fill in "
            "the short investigation form so we can close the file?",
            "This is routine, nothing to worry about."]
    return c.mail("staff_dosimetry", "staff badge dose investigation", c.who(rso), [c.who(s)],
                  "Dosimeter reading - investigation form", body, sig=c.sig(rso))


# 21 -----------------------------------------------------------------------------
def occ_health_en(c):
    oh = ("Occupational Health & Safety", "ohs@" + D.DOMAIN)
    d = c.later(3, 14)
    if c.chance(0.5):
        body = ["Staff flu and COVID-19 vaccination clinic",
                f"Radiation Oncology staff can drop in on {c.day(d)} from 11:00 to 14:00 in the staff lounge "
                "(level -1). Bring your employee card. Vaccination status is confidential and kept by OHS."]
        subj = "Staff vaccination clinic"
        to = [("All Radiation Oncology Staff", "allstaff.ro@" + D.DOMAIN)]
    else:
        emp = c.staff(["technologue", "infirmière", "agente"])
        mgr = c.person(D.STAFF, 15)
        body = [f"Hello {mgr['given']},",
                f"{sname(emp)} is cleared to return to work on {c.day(d)} with modified duties for 3 weeks: no "
                "patient transfers and no lifting over 10 kg, following a back strain at work.",
                "Please let us know if these restrictions cannot be accommodated."]
        subj = "Return to work - modified duties"
        to = [c.who(mgr)]
    return c.mail("occupational_health", "staff occupational health notice", oh, to, subj, body)


# 22 -----------------------------------------------------------------------------
def baby_en(c):
    col = c.staff()
    name, sx = c.pick([("Olivia", "F"), ("Theo", "M"), ("Maya", "F"), ("Ethan", "M")])
    bd = c.earlier(2, 12)
    parent = "mom" if col["sex"] == "F" else "dad"
    body = [c.pick(["Exciting news!", "Hi everyone,"]),
            f"{sname(col)} became a proud {parent}: {name} was born on {c.date(bd, 'long')}, "
            f"{c.rng.randint(6, 9)} lb {c.rng.randint(0, 15)} oz. Everyone is doing great.",
            "A card is going around at the front desk, and we are collecting for a gift until Friday."]
    return c.mail("staff_announcement", "colleague's baby announcement", c.who(c.staff()),
                  [("All Radiation Oncology Staff", "allstaff.ro@" + D.DOMAIN)], f"Welcome baby {name}!", body)


# 23 -----------------------------------------------------------------------------
def interviews_en(c):
    hr = c.person(D.STAFF, 19)
    d = c.later(4, 12)
    rows = [(f"{9 + k}:00", f"{g} {s}", c.pick(["Dosimetrist", "Radiation therapist"]),
             c.pick(["internal", "external", "new graduate"]))
            for k, (g, s, _x) in enumerate(c.rng.sample(EXTRA_PEOPLE, c.rng.randint(3, 5)))]
    body = [c.pick(["Hello panel members,", "Hi,"]),
            f"Interview schedule for {c.day(d)}, room 2.114:", Table(["Time", "Candidate", "Position", "Type"], rows),
            "CVs and the scoring grid are in the HR shared folder. Please keep candidate information confidential."]
    return c.mail("interview_schedule", "job candidate interview schedule", c.who(hr),
                  [c.who(c.person(D.STAFF, 16)), c.who(c.staff(["physicien"]))], "Interview schedule", body,
                  sig=c.sig(hr))


# 24 -----------------------------------------------------------------------------
def linac_qa_en(c):
    phys = c.staff(["physicien"])
    unit = c.pick(D.UNITS[:5])
    sn = serial(c.rng, "SN")
    rows = [("Output 6 MV", f"{c.rng.uniform(-1.2, 1.2):+.1f}%", "±2%", "Pass"),
            ("Output 10 FFF", f"{c.rng.uniform(-1.2, 1.2):+.1f}%", "±2%", "Pass"),
            ("MLC picket fence", f"{c.rng.uniform(0.1, 0.4):.2f} mm", "0.5 mm", "Pass"),
            ("Imaging isocentre", f"{c.rng.uniform(0.2, 0.8):.1f} mm", "1 mm", "Pass"),
            ("Couch 6DoF", f"{c.rng.uniform(0.1, 0.5):.1f} mm", "1 mm", "Pass")]
    pdf = G.pdf_doc(f"Monthly QA - {unit} (S/N {sn})", [("table", ["Test", "Result", "Tolerance", "Status"], rows),
                                                         "Reviewed and approved for clinical use."])
    body = [c.pick(["Hi,", "Hello all,"]), f"Monthly QA for {unit} (S/N {sn}) is complete; all tests pass. "
            "Report attached for the QA binder.", phys["given"]]
    return c.mail("physics_qa_report", "monthly linac QA report", c.who(phys), [c.box("phys")],
                  f"Monthly QA {unit}", body,
                  attachments=[Att(f"QA_{unit.split()[0]}_{c.today.strftime('%Y%m')}.pdf", "application/pdf", pdf)])


# 25 -----------------------------------------------------------------------------
def webinar_en(c):
    vendor = ("RadioMed Systems Canada - Education", "education@radiomedsys.example")
    d = c.later(5, 20)
    start = dt.datetime(d.year, d.month, d.day, 12, 0)
    ics = G.ics_event(f"{c.rng.getrandbits(40):010x}@radiomedsys.example", start, start + dt.timedelta(hours=1),
                      "Webinar: What's new in planning v17", "Online",
                      "Live demo of the new auto-planning module. CE credits available.",
                      vendor[1], c.when.astimezone(dt.timezone.utc).replace(tzinfo=None))
    body = ["You're invited!", f"Join our product specialists on {c.day(d)} at noon ET for a 1-hour webinar on "
            "the latest treatment planning release. Registration link in the calendar invite.",
            "RadioMed Systems Canada, 1 877 555-0161"]
    return c.mail("vendor_webinar", "vendor webinar invitation with calendar file", vendor,
                  [c.box("dosi"), c.box("phys")], "Webinar invitation: planning v17", body,
                  attachments=[Att("webinar.ics", "text/calendar", ics)])


# 26 -----------------------------------------------------------------------------
def ooo_en(c):
    p = c.md() if c.chance(0.4) else c.staff()
    d = c.later(3, 14)
    body = [f"I am out of the office until {c.day(d)} with limited access to email.",
            f"For urgent clinical matters please call the radiation oncologist on call through switchboard at "
            f"{D.MAIN_PHONE}. For bookings: ext. 2300.",
            f"{D.DEPT_EN}, {D.CENTRE_EN}\n{D.ORG_ADDR_EN}"]
    return c.mail("out_of_office", "automatic out-of-office reply", c.who(p),
                  [(c.pick(["Lakeview Pharmacy", "Road to Recovery Volunteer Drivers"]), "info@partner-vsc.example")],
                  "Automatic reply: " + c.pick(["Ride schedule", "Question", "Meeting next week"]), body)


NEG_EN = [(rota, 4), (oncall_physics, 3), (payroll_en, 4), (newsletter_en, 4), (rounds_notice, 4),
          (symposium, 3), (job_posting_en, 4), (invoice_en, 4), (po_en, 3), (inventory_csv, 3), (it_en, 4),
          (facilities_en, 4), (wait_stats, 4), (teaching_case_en, 4), (blank_consent, 3), (mail_merge_en, 3),
          (shortage_en, 4), (recall_en, 3), (protocol_en, 3), (badge_dose, 3), (occ_health_en, 4), (baby_en, 3),
          (interviews_en, 3), (linac_qa_en, 3), (webinar_en, 3), (ooo_en, 3)]
