"""Negative (not confidential) templates, English: hard negatives."""
import datetime

import gen_pools as P
import gen_tplkit as K
from gen_common import Doc, Table, email_local


def _all(c):
    return c.pick([("IIPNS Team", f"iipns.team@{P.DOM}"), ("All interpreters", f"interpreters.list@{P.DOM}"),
                   ("Navigation staff", f"navigation.staff@{P.DOM}")])


def roster(c):
    mgr = c.staff("mgr")
    start = c.later(3, 12)
    start = start - datetime.timedelta(days=start.weekday())
    recs = K.staff_pick(c, "interp", c.rng.randint(4, 7)) + K.staff_pick(c, "nav", 2)
    rows = []
    for r in recs:
        d = start + datetime.timedelta(days=c.rng.randint(0, 6))
        rows.append([f"{r[0]} {r[1]}", P.LANG_EN.get(r[3], "navigation") if len(r) > 3 else "navigation",
                     d.strftime("%a %b %d"), c.pick(["on call 1700-0800", "days 0800-1600", "VRI remote", "boarding home rounds", "off"])])
    body = [c.hello(), f"On-call roster for the week of {start.strftime('%B %d')}.",
            Table(["Staff", "Language", "Date", "Shift"], rows),
            c.pick(["On-call phone: 418-555-0190. Please swap through the scheduler, not by text.",
                    "Reminder: stat holiday Monday - premium rates apply."]), c.sig(mgr)]
    return Doc("roster", "en", c.pick(["On-call roster", f"Roster - week of {start.strftime('%b %d')}", "Interpreter on-call schedule"]),
               c.addr(mgr), [_all(c)], body, prefer=c.pick(["html", "alt", None]), note="on-call roster for interpreters")


def overtime(c):
    adm = c.staff("admin")
    it = c.staff(c.pick(["interp", "nav"]))
    emp = c.rng.randint(100000, 199999)
    body = [c.hello(it.given),
            c.pick(["Your overtime claim for the evening callback on the 14th is missing a manager signature.",
                    "Your vacation payout has been processed and will show on the next pay stub.",
                    "We adjusted your northern travel allowance for the trip to Tasialuk."]),
            K.kv(c, [("Employee #", str(emp)), ("Pay period", str(c.rng.randint(1, 26))), ("OT hours", c.pick(["4.0", "7.5", "2.25"])),
                     ("Cost centre", f"{c.rng.randint(6000, 6999)}-{c.rng.randint(10, 99)}"), ("Travel allowance", f"${c.rng.randint(40, 260)}.00")]),
            c.sig(adm)]
    if c.chance(0.35):
        body = [c.pick(["Thanks - signed and sent back.", "Fixed, please check the next stub."]), it.given,
                c.quote(adm, c.earlier(10, 60), "Overtime claim", body)]
        return Doc("payroll", "en", "RE: Overtime claim", c.addr(it), [c.addr(adm)], body, note="reply about an employee's pay")
    return Doc("payroll", "en", c.pick(["Overtime claim", "Pay adjustment", "Timesheet - missing signature"]), c.addr(adm), [c.addr(it)], body,
               note="payroll message to an employee")


def staff_leave(c):
    it = c.staff(c.pick(["interp", "nav", "nurse"]))
    mgr = c.staff("mgr")
    back = c.later(4, 25)
    kind = c.pick(["sick", "ohs", "mat"])
    if kind == "sick":
        body = [c.hello(mgr.given), c.pick(["I won't be in this week - my doctor says it's shingles and put me on valacyclovir.",
                                            "Booked off until Friday: kidney stone, I'm on Flomax and painkillers.",
                                            "My doctor diagnosed a concussion after the fall on the ice; no screens for a week."]),
                f"Expected back {c.when(back, False)}. Note to follow.", it.given]
        subj = c.pick(["Sick leave", "Off this week", "Absence"])
        frm, to = it, mgr
    elif kind == "ohs":
        ohs = c.staff("nurse")
        body = [c.hello(it.given), "Employee health follow-up before your next community deployment:",
                K.kv(c, [("Employee", it.name), ("TB skin test", c.pick(["0 mm - negative", "14 mm - chest X-ray booked"])),
                         ("Hep B surface antibody", c.pick(["<10 IU/L - non-immune, booster needed", "210 IU/L - immune"])),
                         ("Fit test", "N95 3M 1870+, passed")]),
                "This is part of your employee file only.", c.sig(ohs)]
        subj = "Employee health - immunization follow-up"
        frm, to = ohs, it
    else:
        due = c.later(30, 90)
        body = [c.hello(mgr.given), f"As discussed, I'm submitting my maternity leave request starting {c.when(due, False)}. "
                "My due date is a few weeks after that. HR has the forms.", it.given]
        subj = "Maternity leave request"
        frm, to = it, mgr
    return Doc("staff_health", "en", subj, c.addr(frm), [c.addr(to)], body, note="staff leave or employee health")


def newsletter(c):
    mgr = c.staff("mgr")
    newc = c.pick(P.STAFF["interp"])
    md = c.pick(P.STAFF["md"])
    nav = c.pick(P.STAFF["nav"])
    bd = c.date - datetime.timedelta(days=c.rng.randint(5, 30))
    blocks = [f"IIPNS News - {P.MONTHS_EN[c.date.month - 1]} {c.date.year}",
              f"Welcome to {'Ms.' if newc[2] == 'F' else 'Mr.'} {newc[0]} {newc[1]}, who joins us as a {P.LANG_EN[newc[3]]} interpreter.",
              f"Lunch & learn: Dr. {md[0]} {md[1]} ({md[4]}) on \"" + c.pick([
                  "Type 2 diabetes in Cree communities: what works", "TB in the North: where we are", "Breaking bad news through an interpreter",
                  "Dialysis far from home"]) + f"\", {c.when(c.later(4, 18))}, Aurore room.",
              f"Congratulations to {nav[0]} {nav[1]} on the arrival of baby {c.pick(['Aiyana', 'Noah', 'Ellie', 'Kinew'])}, born {P.MONTHS_EN[bd.month - 1]} {bd.day}, {bd.year} (7 lb 8 oz)!",
              f"By the numbers: {c.rng.randint(280, 470)} interpreter requests last month; {c.rng.randint(30, 55)}% Inuktitut, {c.rng.randint(20, 35)}% Cree.",
              c.pick(["Happy retirement to our longtime Naskapi interpreter - 27 years of service!",
                      "Cultural safety training is mandatory for all staff by March 31."]),
              c.sig(mgr, full=True)]
    return Doc("newsletter", "en", c.pick([f"IIPNS News - {P.MONTHS_EN[c.date.month - 1]}", "Team newsletter", "Monthly update"]),
               c.addr(mgr), [_all(c)], blocks, prefer=c.pick(["html", "alt"]), note="internal newsletter")


def webinar(c):
    org = c.staff("mgr")
    day = c.later(15, 50)
    mds = c.sample(P.STAFF["md"], 3)
    topics = ["Gestational diabetes in Inuit women", "Remote TB treatment adherence", "Informed consent through interpreters",
              "Palliative care close to home", "Mental health and cultural safety", "Kidney failure and relocation for dialysis"]
    rows = [[f"{9 + i}:00", f"Dr. {m[0]} {m[1]}", m[4], t] for i, (m, t) in enumerate(zip(mds, c.sample(topics, 3)))]
    body = [c.hello(), f"Registration is open for the Northern Health Interpreting webinar series, {c.when(day, False)}.",
            Table(["Time", "Speaker", "Specialty", "Topic"], rows),
            "CME credits available. Community interpreters attend free.", c.sig(org)]
    atts = []
    if c.chance(0.5):
        atts.append(K.pdf("Webinar_program.pdf", "Northern Health Interpreting - Webinar Program",
                          [" | ".join(r) for r in rows] + ["Register: events@" + P.DOM], author=org.name))
    return Doc("conference", "en", c.pick(["Webinar series - program", "Registration open: interpreting webinar", "Save the date"]),
               c.addr(org), [_all(c)], body, atts=atts, note="webinar programme with speakers")


def posting(c):
    hr = c.staff("admin")
    lang = c.pick(["inuktitut", "cri", "oji-cri", "naskapi"])
    num = f"IIPNS-{c.date.year}-{c.rng.randint(10, 99):03d}"
    body = [f"JOB POSTING {num}", f"{c.pick(['Medical Interpreter', 'Indigenous Patient Navigator'])} - {P.LANG_EN[lang]}",
            "Full-time, 35 h/week; evening on-call rotation; travel to communities 4-6 times a year.",
            f"Pay: ${c.rng.randint(23, 26)}.{c.rng.randint(10, 99)} - ${c.rng.randint(31, 34)}.{c.rng.randint(10, 99)}/h plus northern allowance.",
            "Fluency in " + P.LANG_EN[lang] + " and English or French required. Familiarity with medical terms (diabetes, cancer, dialysis, mental health) an asset.",
            f"Apply by {c.when(c.later(10, 25), False)} to {hr.email}.", c.sig(hr)]
    if c.chance(0.35):
        mgr = c.staff("mgr")
        body = [c.pick(["Please share with anyone who might be interested.", "Posting is live - feel free to forward to community partners."]),
                mgr.given, c.fwd(hr, "Hiring managers", c.earlier(4, 48), f"Job posting {num}", body[:-1])]
        return Doc("job_posting", "en", f"FW: Job posting {num}", c.addr(mgr), [_all(c)], body, note="forwarded job posting")
    return Doc("job_posting", "en", f"Job posting {num}", c.addr(hr), [_all(c)], body, prefer=c.pick(["html", None]), note="job posting")


def minutes(c):
    mgr = c.staff("mgr")
    members = K.staff_pick(c, "nav", 2) + K.staff_pick(c, "interp", 2)
    d = c.earlier(48, 200)
    body = [c.hello(), f"Minutes - Patient & Family Advisory Council, {d.strftime('%B %d, %Y')}",
            "Present: " + ", ".join(f"{m[0]} {m[1]}" for m in members) + f", {mgr.name} (chair); two community elders.",
            "1. Complaints: 4 received this quarter (aggregate; no identifying details discussed). Themes: wait for interpreters at ED triage, meals at boarding home.\n"
            "2. Signage in Inuktitut and Cree: proofs approved.\n3. Elder visiting program: resumes next month.\n4. Next meeting: first Tuesday of the month.",
            c.sig(mgr)]
    atts = []
    if c.chance(0.4):
        start = c.later(20, 35).replace(hour=10, minute=0)
        atts.append(K.ics(c, "PFAC.ics", start, 120, "Patient & Family Advisory Council", "Agenda to follow.", "Room 4-210 / Teams",
                          (mgr.name, mgr.email), [(f"{m[0]} {m[1]}", f"{email_local(m[0], m[1])}@{P.DOM}") for m in members]))
    if c.chance(0.35):
        prev = Doc("committee", "en", "PFAC - agenda", c.addr(mgr), [_all(c)],
                   [c.hello(), "Agenda: complaints (aggregate), signage, elder visits, varia.", c.sig(mgr, full=False)])
        atts.append(K.eml(c, prev, hours_before=24 * 9))
        body.insert(1, "The original agenda e-mail is attached for reference.")
    return Doc("committee", "en", c.pick(["PFAC minutes", "Minutes - advisory council", "Council minutes + next meeting"]),
               c.addr(mgr), [_all(c)], body, atts=atts, note="committee minutes")


def quarterly(c):
    mgr = c.staff("mgr")
    rows = [["Language", "Q1", "Q2", "Q3", "No-show %"]]
    for l in ["inuktitut", "cri", "innu", "atikamekw", "oji-cri", "naskapi"]:
        rows.append([P.LANG_EN[l]] + [c.rng.randint(8, 420) for _ in range(3)] + [round(c.rng.uniform(3, 21), 1)])
    body = [c.hello(), "Quarterly utilization report attached (aggregate counts only).",
            c.pick(["Oncology and nephrology requests are up 18% year over year.", "Average response time fell to 3.1 hours."]), c.sig(mgr)]
    atts = [c.pick([K.xlsx("IIPNS_quarterly.xlsx", [("By language", rows), ("By clinic", [["Clinic", "Requests"], ["Nephrology", 212],
                                                                                          ["Oncology", 167], ["Obstetrics", 244], ["Psychiatry", 61]])],
                            author=mgr.name),
                    K.csv("iipns_quarterly.csv", rows, sep=",")])]
    return Doc("statistics", "en", c.pick(["Quarterly report", "Utilization stats Q3", "Dashboard - interpreter services"]), c.addr(mgr),
               [("Director, Clinical Services", f"dcs@{P.DOM}")], body, atts=atts, note="aggregate utilization statistics")


def charter_invoice(c):
    car = P.CARRIER
    num = f"INV-{c.rng.randint(40000, 49999)}"
    lines = [f"Invoice: {num}", f"Date: {c.date.strftime('%Y-%m-%d')}", f"PO: 45{c.rng.randint(10000000, 99999999)}",
             f"Bill to: {P.ORG_EN}", f"Account: {c.rng.randint(10000, 99999)}", ("h", "Charges")]
    tot = 0
    for route in c.sample(["Tasialuk - Pointe-Aurore", "Ukiivik - Pointe-Aurore", "Opiskau - Pointe-Aurore", "Kanatakuan - Pointe-Aurore"], 3):
        seats = c.rng.randint(10, 60)
        tot += seats * 412
        lines.append(f"{route}: {seats} medical seats x $412.00 = ${seats * 412:,.2f}")
    lines += [f"GST/HST #{c.rng.randint(100000000, 999999999)} RT0001", f"Total: ${tot * 1.05:,.2f}", "Terms: net 30"]
    body = [c.hello(), f"Attached is invoice {num} for medical seats flown last month (seat counts only - passenger manifests are sent separately through the secure portal).",
            c.bye(), f"Accounts Receivable\n{car[0]}\nTel: 418-555-0181"]
    att = K.pdf(f"{num}.pdf", f"{car[0]} - Invoice", lines, author=car[0], compress=c.chance(0.5))
    if c.chance(0.4):
        stmt = K.csv("statement.csv", [["Invoice", "Date", "Amount"], [num, c.date.strftime("%Y-%m-%d"), f"{tot * 1.05:.2f}"],
                                       [f"INV-{c.rng.randint(40000, 49999)}", (c.date - datetime.timedelta(days=31)).strftime("%Y-%m-%d"),
                                        f"{c.rng.randint(8000, 30000)}.00"]], sep=",")
        att = K.zipped(f"{num}_and_statement.zip", [att, stmt])
    return Doc("invoice", "en", f"Invoice {num}", (f"{car[0]} AR", f"ar@{car[1]}"), [("Accounts Payable", f"ap@{P.DOM}")], body,
               atts=[att], note="air charter invoice with seat counts")


def po(c):
    adm = c.staff("admin")
    num = f"PO-{c.rng.randint(300000, 399999)}"
    rows = [["Item", "Qty", "Unit", "Serial (first unit)"]]
    for it, q, pu in c.sample([("VRI tablet 10in w/ stand", 6, "$689.00"), ("Noise-cancelling USB headset", 24, "$84.50"),
                               ("Dual-handset phone", 10, "$149.00"), ("Video cart", 2, "$1,150.00")], 3):
        rows.append([it, q, pu, K.luhn_serial(c, 9, (3, 3, 3), c.pick([" ", "-"]))])
    body = [c.hello(), f"{num} is approved. Please confirm ship date.", Table(rows[0], rows[1:]),
            f"Ship to: {P.HOSP_EN}, receiving dock, {P.HOSP_ADDR_EN}", c.sig(adm, full=True)]
    return Doc("purchase_order", "en", f"Purchase order {num}", c.addr(adm), [("Sales", "sales@audiotech-nord.example")], body,
               note="purchase order for equipment")


def assets(c):
    it = c.staff("it")
    rows = [["Asset tag", "Device", "Serial", "Location", "Status"]]
    for i in range(c.rng.randint(6, 11)):
        rows.append([K.luhn_serial(c, 10, (4, 3, 3), "-"), c.pick(["VRI tablet", "USB headset", "Dual handset", "Video cart"]),
                     K.luhn_serial(c, 9, (3, 3, 3), c.pick([" ", ""])), c.pick(["Clinic 2B", "ED", "Maison Tasialuk", "Pavillon Kawapit", "IIPNS office"]),
                     c.pick(["OK", "OK", "repair", "missing"])])
    body = [c.hello(), "Annual asset count attached - please confirm locations by Friday.", c.sig(it)]
    att = c.pick([K.csv("asset_count.csv", rows, sep=","), K.xlsx("Asset_count.xlsx", [("Assets", rows)], author=it.name)])
    return Doc("inventory", "en", c.pick(["Asset count", "Equipment inventory - please confirm"]), c.addr(it), [_all(c)], body, atts=[att],
               note="equipment inventory with serial numbers")


def it_notice(c):
    it = c.staff("it")
    kind = c.pick(["upgrade", "mfa", "outage"])
    if kind == "upgrade":
        body = [c.hello(), "The InterpreLink video app will update to version 5.2 tonight. Tablets must be docked and powered on.",
                "If a tablet shows 'license expired' tomorrow, call the service desk at ext. 4357.", c.sig(it)]
        subj = "InterpreLink update tonight"
    elif kind == "mfa":
        body = [c.hello(), "Multi-factor authentication becomes mandatory for webmail on Monday. Enrol with the Authenticator app before then.", c.sig(it)]
        subj = "MFA enrolment reminder"
    else:
        body = [c.hello(), "Phone lines at the boarding homes were down from 06:10 to 07:45 due to a carrier fault. Service is restored.", c.sig(it)]
        subj = "Resolved: phone outage"
    return Doc("it", "en", subj, c.addr(it), [_all(c)], body, prefer=c.pick(["plain", "html", "alt"]), note="IT notice")


def facilities(c):
    h = K.home(c)
    body = [c.hello(), c.pick([
        f"The kitchen at {h[0]} will be closed for renovation from {c.when(c.later(3, 10), False)}; meals will be catered from the hospital cafeteria.",
        "Elevator 3 is out of service for inspection. Please use elevator 1 for wheelchairs and stretchers.",
        "The smudging room ventilation has been rebalanced; the smoke detector bypass procedure is posted at the door."]),
        "Facilities Management\next. 2900"]
    return Doc("facilities", "en", c.pick(["Facilities notice", "Service interruption", "Renovation notice"]),
               ("Facilities Management", f"facilities@{P.DOM}"), [_all(c)], body, note="facilities notice")


def teaching(c):
    case = c.case()
    mgr = c.staff("mgr")
    body = [c.hello(), "Case for Thursday's interpreter training (fictional, de-identified):",
            f"A {c.rng.randint(30, 80)}-year-old from a coastal community is admitted with {case['dx'][1]}. "
            f"The team proposes {case['proc'][1]}. Usual medication: {case['meds'][0][1]}. Recent result: {case['labs'][0][1]}.",
            "Discussion: how do you render terms with no direct equivalent? What if a relative answers for the patient?", c.sig(mgr)]
    return Doc("teaching_case", "en", c.pick(["Training case - Thursday", "De-identified case for discussion"]), c.addr(mgr),
               [("All interpreters", f"interpreters.list@{P.DOM}")], body, note="de-identified teaching case")


def merge_template(c):
    adm = c.staff(c.pick(["admin", "mgr"]))
    if c.chance(0.5):
        paras = ["Dear {{FirstName}} {{LastName}},", "Your appointment at the {{Clinic}} clinic is on {{ApptDate}} at {{ApptTime}}.",
                 "A {{Language}} interpreter will meet you at the main entrance. Your flight leaves {{Community}} on {{FlightDate}}.",
                 "Health card: {{HealthCardNo}}   Date of birth: {{DOB}}", "Questions? Call 418-555-0150."]
        att = K.docx("Appointment_letter_template.docx", "Appointment letter - template", paras, author=adm.name)
        body = [c.hello(), "Updated mail-merge template for appointment letters; fields in {{braces}} fill from the booking export.", c.sig(adm)]
    else:
        paras = ["Patient name: ______________________", "MRN: __________   Health card: __________ __",
                 "DOB (YYYY-MM-DD): ____-__-__", "Language: [ ] Inuktitut [ ] Cree [ ] Oji-Cree [ ] Other: ______",
                 "Reason for interpreter (no clinical details needed): ______________", "Requested by: ______________"]
        att = K.docx("Interpreter_request_form_v4.docx", "Interpreter Request Form (blank)", paras, author=adm.name)
        body = [c.hello(), "New blank interpreter request form (v4). Please recycle old copies.", c.sig(adm)]
    return Doc("blank_form", "en", c.pick(["Updated template", "New form v4", "Blank request form"]), c.addr(adm), [_all(c)], body, atts=[att],
               note="blank form or mail-merge template")


def recall(c):
    ph = c.staff("pharm")
    prod = c.pick(["FreeStyle-type glucose test strips", "Sharps containers 1.4 L", "Peak flow meters (adult)", "Insulin pen needles 4 mm"])
    lots = [K.lot(c) for _ in range(3)]
    body = [c.hello(), f"Manufacturer recall: {prod}, lots {', '.join(lots)}.",
            "Check stock at both boarding homes and the community kits; quarantine affected lots and call pharmacy for replacement.",
            f"Reference: recall #{K.luhn_serial(c, 9, (3, 3, 3), '-')}.", c.sig(ph, full=True)]
    return Doc("recall", "en", f"Recall notice - {prod}", c.addr(ph), [_all(c)], body, importance=c.chance(0.5), note="product recall notice")


def study(c):
    md = c.staff("md")
    num = f"REB-{c.date.year}-{c.rng.randint(200, 299)}"
    body = [c.hello(), f"Protocol {num}, \"Navigator support and missed specialist appointments among Indigenous patients\", has ethics approval.",
            "Inclusion: adults referred from participating nursing stations; exclusion: urgent transfers. Target n = 300.",
            "No participant identities will be shared with IIPNS staff; consent is handled by the research nurse.", c.sig(md, full=True)]
    return Doc("research", "en", c.pick(["Study approved", f"{num} - protocol summary"]), c.addr(md), [_all(c)], body,
               note="research protocol without participants")


def candidate(c):
    hr = c.staff("admin")
    mgr = c.staff("mgr")
    given = c.pick(["Tessa", "Jordan", "Martha", "Caleb", "Winnie"])
    sur = c.pick(["Oovaut", "Blackned", "Hollis", "Cheechoo", "Dumont"])
    dob = datetime.date(c.rng.randint(1976, 2002), c.rng.randint(1, 12), c.rng.randint(1, 28))
    lines = [f"{given} {sur}", f"{c.rng.randint(10, 900)} Spruce Street, Pointe-Aurore, QC G0G 9Z{c.rng.randint(1, 9)}",
             f"Cell: 418-555-01{c.rng.randint(10, 99)}", f"Date of birth: {dob.isoformat()}", ("h", "Experience"),
             "2020-2024 Community health representative, band office", "2017-2020 Receptionist, nursing station",
             ("h", "Languages"), "Oji-Cree (first language), English, basic French"]
    att = K.pdf(K.fname("Resume", given, sur, ext="pdf"), "Resume", lines, author=f"{given} {sur}")
    body = [c.hello(mgr.given), f"Application from {given} {sur} for the interpreter posting - available for interview next week.", c.sig(hr)]
    return Doc("candidate", "en", f"Application - interpreter posting - {given} {sur}", c.addr(hr), [c.addr(mgr)], body, atts=[att],
               note="job application forwarded to hiring manager")


def training_list(c):
    mgr = c.staff("mgr")
    rows = []
    for role in ("interp", "nav", "nurse", "clerk"):
        for r in K.staff_pick(c, role, 2):
            rows.append([f"{r[0]} {r[1]}", {"interp": "Interpreter", "nav": "Navigator", "nurse": "Nursing", "clerk": "Admin"}[role],
                         c.pick(["completed", "registered", "not started"])])
    body = [c.hello(), "Cultural safety training - status by staff member (due March 31):", Table(["Name", "Team", "Status"], rows),
            "Please register for one of the remaining sessions.", c.sig(mgr)]
    return Doc("training", "en", c.pick(["Cultural safety training - status", "Training compliance"]), c.addr(mgr), [_all(c)], body,
               note="staff training compliance list")


def agency_contact(c):
    mgr = c.staff("mgr")
    body = [c.hello(), f"Contact card for our new account manager at {P.AGENCY[0]} attached - use her for after-hours Oji-Cree and Naskapi coverage.",
            c.sig(mgr)]
    att = K.vcf("Account_manager.vcf", given="Joanne", surname="Keesick", org=P.AGENCY[0], title="Account manager",
                tel=[("WORK", "418-555-0177"), ("CELL", "418-555-0178")], email=f"jkeesick@{P.AGENCY[1]}",
                adr="1450 rue Principale, Pointe-Aurore, QC G0G 9Z3", note="After-hours line 1-800-555-0149")
    return Doc("contact_card", "en", c.pick(["Agency contact", "New account manager - contact card"]), c.addr(mgr), [_all(c)], body,
               atts=[att], note="vendor contact card")


TEMPLATES = [agency_contact, roster, overtime, staff_leave, newsletter, webinar, posting, minutes, quarterly, charter_invoice, po, assets,
             it_notice, facilities, teaching, merge_template, recall, study, candidate, training_list]
