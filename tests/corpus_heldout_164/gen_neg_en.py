"""English non-confidential messages (hard negatives), part 1."""
import datetime as _dt

from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard, make_zip
from gen_common import (Mail, Att, DOM, DOM_CRISE, DOM_VENDOR, CLINIC_EN, CRISIS_EN, ADDR_EN, day_text, hm,
                        fmt_date, luhn_serial, phone, MONTHS_EN)


def A(s):
    return (s.title("en"), s.email)


def ALL(c):
    return [("All staff - Vallon OMHC", f"personnel@{DOM}")]


def group_schedule(c):
    m = Mail("group_schedule", "en")
    rng = c.rng
    coord = c.staff("psychologue", lang="en")
    groups = [("DBT Skills", "Mon", "1:30-3:30"), ("CBT for Anxiety", "Tue", "9:30-11:00"),
              ("Bipolar Psychoeducation", "Wed", "2:00-3:30"), ("Hearing Voices", "Thu", "10:00-11:30"),
              ("Mindfulness-Based CBT", "Thu", "1:30-3:00"), ("Seeking Safety (trauma & substance use)", "Fri", "9:00-10:30")]
    rows = []
    for g, d, h in rng.sample(groups, rng.randint(4, 6)):
        f = c.staff(rng.choice(["psychologue", "ts", "ergo", "pair"]), lang="en")
        rows.append([g, d, h, rng.choice(["Maple", "Birch", "Larch", "Linden"]), f.full])
    hdr = ["Group", "Day", "Time", "Room", "Facilitator"]
    if rng.random() < 0.5:
        m.attachments.append(Att("group_schedule_winter.pdf", "application/pdf",
                                 make_pdf("Group Therapy Schedule - Winter Session", [("table", hdr, rows)], author=coord.full)))
        m.blocks = ["Hi everyone,", "Attached is the winter group schedule. Referrals through the usual form only.",
                    ("sig", c.sig(coord, lang="en"))]
    else:
        m.blocks = ["Hi everyone,", "Winter group schedule:", ("table", hdr, rows),
                    "DBT and CBT anxiety have waitlists of about 6-8 weeks.", ("sig", c.sig(coord, lang="en"))]
    m.subject = "Group therapy schedule - winter session"
    m.sender = A(coord)
    m.to = [("Clinical team", f"clinique@{DOM}")]
    m.note = "group therapy schedule"
    return m


def oncall(c):
    m = Mail("oncall_roster", "en")
    rng = c.rng
    adj = c.staff("adjointe", lang="en")
    start = c.later(3, 10)
    rows = []
    for k in range(7):
        d = start + _dt.timedelta(days=k)
        rows.append([d.strftime("%a %b %d"), c.staff("psychiatre", lang="en").title("en"),
                     c.staff("crise", lang="en").full, phone(rng, "819")])
    x = make_xlsx([("On-call", ["Date", "Psychiatrist", "Crisis worker", "On-call cell"], rows)], author=adj.full)
    m.attachments.append(Att("oncall_roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    m.blocks = ["Hello,", "Next week's on-call roster is attached. Please page through switchboard after 5 p.m.",
                ("sig", c.sig(adj, lang="en"))]
    m.subject = "On-call roster - psychiatry and crisis team"
    m.sender = A(adj)
    m.to = [("ER", "er@hopital-saint-ambroise.example"), ("Crisis Team", f"team@{DOM_CRISE}")]
    m.note = "on-call roster"
    return m


def newsletter(c):
    m = Mail("newsletter", "en")
    rng = c.rng
    new = c.staff("psychiatre", lang="en")
    aw = c.staff(rng.choice(["ts", "inf", "crise"]), lang="en")
    spec = rng.choice(["early psychosis and bipolar disorder", "PTSD and trauma-focused therapy",
                       "eating disorders in young adults", "concurrent disorders and addiction medicine"])
    month = MONTHS_EN[c.date.month - 1]
    m.blocks = [f"Vallon Voices - {month} {c.date.year}",
                f"Welcome {new.title('en')}, who joins adult psychiatry with a special interest in {spec}.",
                f"Staff recognition: {aw.full} ({aw.role_text('en').lower()}) received the regional award for crisis "
                "intervention excellence.",
                f"By the numbers: {rng.randint(400, 650)} crisis line calls last month; average wait for a first "
                f"psychiatry appointment down to {rng.randint(35, 70)} days.",
                f"Lunch & learn: free screening of a documentary on schizophrenia and recovery, {day_text(c.later(5, 15), 'en')}, noon.",
                f"Birthdays: {', '.join(c.staff('ts', lang='en').given + ' (' + month[:3] + ' ' + str(rng.randint(1, 28)) + ')' for _ in range(3))}.",
                ("sig", f"Communications - {CLINIC_EN}\n{ADDR_EN}")]
    m.force["structure"] = rng.choice(["html", "alt"])
    m.subject = f"Vallon Voices - {month} newsletter"
    m.sender = ("Communications", f"communications@{DOM}")
    m.to = ALL(c)
    m.note = "staff newsletter"
    return m


def conference(c):
    m = Mail("conference_program", "en")
    rng = c.rng
    org = c.staff("chef", lang="en")
    topics = ["Clozapine for treatment-resistant schizophrenia", "Ketamine and esketamine in depression: where are we?",
              "Safety planning after a suicide attempt", "Borderline personality disorder in the ER",
              "Lithium monitoring in older adults", "Trauma-informed care for first responders"]
    rows = []
    for i, t in enumerate(rng.sample(topics, 4)):
        s = c.staff(rng.choice(["psychiatre", "psychologue", "pharm"]), lang="en")
        rows.append([f"{9 + i}:00", t, s.title("en")])
    blocks = [("table", ["Time", "Session", "Speaker"], rows), "Venue: Saint-Ambroise Hospital auditorium. 5.5 CME credits."]
    if rng.random() < 0.5:
        m.attachments.append(Att("Mental_Health_Day_program.docx",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 make_docx("Regional Mental Health Day - Program", blocks, author=org.full)))
        m.blocks = ["Hello all,", "Program attached. Registration closes two weeks before the event.", ("sig", c.sig(org, lang="en"))]
    else:
        m.blocks = ["Hello all,", f"Regional Mental Health Day - {fmt_date(c.later(20, 60), 'en', 'long')}"] + blocks + [
            ("sig", c.sig(org, lang="en"))]
    m.subject = "Regional Mental Health Day - program"
    m.sender = A(org)
    m.to = ALL(c)
    m.note = "conference programme"
    return m


def monthly_stats(c):
    m = Mail("monthly_stats", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    rows = [[g, rng.randint(5, 60), rng.randint(5, 60), rng.randint(1, 20)] for g in
            ["18-24", "25-34", "35-49", "50-64", "65+"]]
    hdr = ["Age group", "Crisis calls", "Mobile visits", "ER transfers"]
    data = make_xlsx([("By age", hdr, rows)], author=mgr.full)
    m.attachments.append(Att(f"crisis_stats_{c.date.strftime('%Y_%m')}.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data))
    m.blocks = ["Hi,", "Monthly crisis team statistics attached (aggregate counts only, cells < 5 suppressed).",
                f"Top presenting problems: suicidal ideation ({rng.randint(30, 45)}%), psychosis ({rng.randint(10, 20)}%), "
                f"substance-related ({rng.randint(10, 20)}%).", ("sig", c.sig(mgr, crisis=True, lang="en"))]
    m.subject = "Crisis team monthly statistics"
    m.sender = A(mgr)
    m.to = [("Management", f"direction@{DOM}")]
    m.note = "aggregate monthly statistics"
    return m


def teaching_case(c):
    m = Mail("teaching_case", "en")
    rng = c.rng
    dr = c.staff("psychiatre", lang="en")
    age = rng.randint(19, 70)
    case = rng.choice([
        f"A {age}-year-old man with schizoaffective disorder on paliperidone palmitate presents with akathisia and "
        "new-onset suicidal ideation. How would you approach this?",
        f"A {age}-year-old woman, postpartum week 3, with intrusive thoughts of harming the baby and no psychotic "
        "features. Differential and management?",
        f"A {age}-year-old university student with panic disorder who stopped sertraline abruptly. Discuss "
        "discontinuation symptoms."])
    m.blocks = ["Residents,", "Case for Friday teaching (fictional, no identifiers):", case,
                "Come prepared to discuss risk assessment and pharmacology.", ("sig", c.sig(dr, lang="en"))]
    m.subject = "Friday teaching - case vignette"
    m.sender = A(dr)
    m.to = [("Psychiatry residents", f"residents@{DOM}")]
    m.note = "de-identified teaching case"
    return m


def blank_form(c):
    m = Mail("blank_form", "en")
    rng = c.rng
    adj = c.staff("adjointe", lang="en")
    blocks = [("kv", [("Client name", "________________________"), ("Date of birth (YYYY-MM-DD)", "____-__-__"),
                      ("Health card no.", "________________"), ("Home phone", "(___) ___-____"),
                      ("Address", "______________________________")]),
              ("h", "Reason for referral"), "[ ] Assessment  [ ] Medication review  [ ] Group therapy  [ ] Crisis follow-up",
              ("h", "Current diagnoses / medications"), "________________________________________",
              ("kv", [("Referring clinician", "________________"), ("Signature", "__________")])]
    m.attachments.append(Att("Intake_Referral_Form_BLANK.pdf", "application/pdf",
                             make_pdf("Intake Referral Form", blocks, author=adj.full)))
    m.blocks = ["Hello,", "As requested, here is a blank copy of our intake referral form. Please fax completed forms to "
                "819-555-0160.", ("sig", c.sig(adj, lang="en"))]
    m.subject = "Blank referral form"
    m.sender = A(adj)
    m.to = [("Reception", "reception@ottawa-family-health.example")]
    m.note = "blank intake form"
    return m


def mailmerge(c):
    m = Mail("mailmerge_template", "en")
    rng = c.rng
    adj = c.staff("adjointe", lang="en")
    tpl = ("Dear {{first_name}} {{last_name}},\n\nThis is a reminder of your appointment on {{appt_date}} at "
           "{{appt_time}} with {{clinician}} at the " + CLINIC_EN + ".\n\nPlease bring your health card "
           "({{health_card_no}}) and a list of your current medications.\n\nTo cancel, call 819-555-0141 at least 24 hours ahead.")
    m.blocks = ["Hi,", "Here's the updated reminder template for the SMS/email merge. Fields are in double braces.",
                ("pre", tpl), ("sig", c.sig(adj, lang="en"))]
    m.subject = "Appointment reminder template v3"
    m.sender = A(adj)
    m.to = [A(c.staff("chef", lang="en"))]
    m.note = "mail merge template"
    return m


def invoice(c):
    m = Mail("invoice", "en")
    rng = c.rng
    dom = rng.choice(DOM_VENDOR)
    no = f"INV-{rng.randint(100000, 999999)}"
    rows = []
    for d, p in rng.sample([("Weighted blanket", 149.0), ("Fidget kit (set of 12)", 36.0), ("Whiteboard 4x6", 219.0),
                            ("DBT skills workbook", 42.5), ("Privacy screen filter 14\"", 58.0)], 3):
        q = rng.randint(1, 12)
        rows.append([d, q, f"${p:.2f}", f"${p * q:.2f}"])
    bn = luhn_serial(rng, 9)
    blocks = [("kv", [("Invoice", no), ("Account", str(rng.randint(10000, 99999))), ("Date", c.date.date().isoformat()),
                      ("GST/HST no.", f"{bn} RT0001"), ("Bill to", f"{CLINIC_EN}, {ADDR_EN}")]),
              ("table", ["Item", "Qty", "Unit", "Total"], rows), "Terms: net 30."]
    m.attachments.append(Att(f"{no}.pdf", "application/pdf", make_pdf("INVOICE", blocks)))
    m.blocks = ["Hello,", f"Please find invoice {no} attached.", ("sig", f"Accounts Receivable\n{dom}\n613-555-01{rng.randint(60, 99)}")]
    m.subject = f"Invoice {no}"
    m.sender = ("Accounts Receivable", f"ar@{dom}")
    m.to = [("Accounts Payable", f"comptes.fournisseurs@{DOM}")]
    m.note = "supplier invoice"
    return m


def purchase_order(c):
    m = Mail("purchase_order", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    po = f"PO-{rng.randint(50000, 59999)}"
    rows = []
    for d in ["Wireless panic button", "Rugged tablet (mobile team)", "Vehicle dash phone mount", "Laptop 14-inch"]:
        s = luhn_serial(rng, 9)
        rows.append([d, "-".join([s[:3], s[3:6], s[6:]]), rng.choice(["new", "replacement"])])
    m.blocks = ["Hi,", f"{po} approved. Serial numbers for the asset register:", ("table", ["Item", "Serial no.", "Type"], rows),
                "Cost centre 7421 (crisis team).", ("sig", c.sig(mgr, lang="en"))]
    m.subject = f"{po} approved - serials"
    m.sender = A(mgr)
    m.to = [("Procurement", f"approvisionnement@{DOM}")]
    m.note = "purchase order with serial numbers"
    return m


def asset_inventory(c):
    m = Mail("asset_inventory", "en")
    rng = c.rng
    ti = c.staff("ti", lang="en", dom="ti-vallon.example")
    rows = [[f"VAL-LT-{rng.randint(1000, 9999)}", luhn_serial(rng, 10), rng.choice(["Latitude 5440", "ThinkPad T14"]),
             c.staff(rng.choice(["crise", "ts", "inf"]), lang="en").full, rng.choice(["OK", "battery", "to replace"])]
            for _ in range(rng.randint(5, 8))]
    data = make_csv(["Asset tag", "Serial", "Model", "Assigned to", "Status"], rows)
    m.attachments.append(Att("mobile_team_assets.csv", "text/csv", data, text=True))
    m.blocks = ["Hi,", "Asset inventory for the mobile crisis team laptops attached. Please confirm assignments by Friday.",
                ("sig", f"{ti.full}\nIT Service Desk\next. 5000 | 819-555-0199")]
    m.subject = "Asset inventory - mobile team laptops"
    m.sender = A(ti)
    m.to = [("Crisis Team", f"team@{DOM_CRISE}")]
    m.note = "IT asset inventory"
    return m


def leave_request(c):
    m = Mail("leave_request", "en")
    rng = c.rng
    emp = c.staff(rng.choice(["ts", "psychologue", "crise", "inf"]), lang="en")
    mgr = c.staff("chef", lang="en")
    d = c.later(14, 60)
    m.blocks = [f"Hi {mgr.given},",
                f"I'd like to request vacation from {fmt_date(d, 'en', 'long')} to "
                f"{fmt_date(d + _dt.timedelta(days=rng.randint(4, 12)), 'en', 'long')}. My group (CBT for anxiety) will be "
                "covered by a colleague, and my caseload has been reviewed.",
                "Thanks,", emp.given]
    m.subject = "Vacation request"
    m.sender = A(emp)
    m.to = [A(mgr)]
    m.note = "staff vacation request"
    return m


def payroll(c):
    m = Mail("payroll", "en")
    rng = c.rng
    emp = c.staff(rng.choice(["crise", "inf"]), lang="en")
    m.blocks = [f"Hello {emp.given},",
                f"The on-call premium for pay period {rng.randint(1, 26)} was missing {rng.randint(2, 5)} shifts. A correction "
                f"of ${rng.randint(90, 450)}.{rng.randint(10, 99)} will appear on your next deposit.",
                f"Employee no. {rng.randint(100000, 999999)}. Questions: Payroll, 819-555-0177.",
                ("sig", "Payroll Services\nHuman Resources Department")]
    m.subject = "Payroll correction - on-call premium"
    m.sender = ("Payroll Services", "paie@rh-vallon.example")
    m.to = [A(emp)]
    m.note = "staff payroll correction"
    return m


def occupational_health(c):
    m = Mail("occupational_health", "en")
    rng = c.rng
    d = c.later(3, 20)
    m.blocks = ["Hello all,",
                f"N95 fit-testing for crisis team and clinic staff will take place {day_text(d, 'en')}, 9:00-3:00, Birch room.",
                "Staff returning from leave must book a return-to-work meeting with Employee Health before their first shift "
                "(no medical details are shared with managers).",
                "EAP reminder: free, confidential counselling for employees, 1-800-555-0190.",
                ("sig", "Employee Health & Safety\n819-555-0178")]
    m.subject = "Employee Health - fit testing and reminders"
    m.sender = ("Employee Health", "sante.travail@rh-vallon.example")
    m.to = ALL(c)
    m.note = "employee health notice"
    return m


def job_posting(c):
    m = Mail("job_posting", "en")
    rng = c.rng
    title = rng.choice(["Crisis Worker (evenings/weekends)", "Psychiatric Nurse - Early Psychosis Program",
                        "Social Worker - Assertive Community Treatment", "Peer Support Worker"])
    m.blocks = [f"Job posting #{rng.randint(2400, 2499)} - {title}",
                "Full-time, permanent. Bilingual (French/English) required.",
                "Experience with people living with schizophrenia, bipolar disorder, or concurrent substance use is an asset.",
                f"Salary: ${rng.randint(30, 38)}.{rng.randint(10, 99)} to ${rng.randint(46, 58)}.{rng.randint(10, 99)}/h.",
                f"Apply by {fmt_date(c.later(10, 25), 'en', 'long')} through the HR portal.",
                ("sig", "Human Resources\nrh-vallon.example")]
    m.subject = f"Job posting - {title}"
    m.sender = ("HR Postings", "affichage@rh-vallon.example")
    m.to = ALL(c)
    m.note = "job posting"
    return m


EN_NEG_A = [group_schedule, oncall, newsletter, conference, monthly_stats, teaching_case, blank_form, mailmerge,
            invoice, purchase_order, asset_inventory, leave_request, payroll, occupational_health, job_posting]
