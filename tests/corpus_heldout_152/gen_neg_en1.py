"""Negative (non-confidential) messages in English, part 1: HR, payroll, on-call,
newsletters, committees, grand rounds, postings, invoices, orders, asset
inventories, IT, facilities, statistics, teaching cases."""
import datetime

import gen_attach as A
import gen_common as G
from gen_compose import Mail


def staff(c, title="", role=""):
    return G.random_staff(c.rng, title, role, role, G.DOM)


def doc(c):
    return G.random_staff(c.rng, "Dr", "Psychiatrist", "Psychiatrist", G.DOM)


def dl(name, local):
    return (name, f"{local}@{G.DOM}")


# ---------------------------------------------------------------------------
def hr_leave(c):
    hr = c.team("hr")
    emp = staff(c)
    kind = c.pick(["parental", "bereavement", "deferred", "education"])
    d0 = c.in_days(c.rng.randint(10, 40))
    txt = {
        "parental": f"Your parental leave request has been approved from {G.fmt_date(d0, 'en')} for 52 weeks. "
                    "Please send the QPIP confirmation to the HR office once you receive it. Congratulations!",
        "bereavement": "Please accept our condolences. Five days of bereavement leave have been entered in your file "
                       "as per article 26.02 of the collective agreement.",
        "deferred": f"Your deferred salary leave plan (4 years worked / 1 year off) starts on {G.fmt_date(d0, 'en')}. "
                    "Deductions of 20% will appear on your next pay stub.",
        "education": "Your request for unpaid education leave (Master's in social work, fall term) has been approved, "
                     "subject to replacement on the crisis team schedule.",
    }[kind]
    body = [("p", c.hello(emp)), ("p", txt), ("p", "Let me know if you have any questions."), c.sig(hr)]
    return Mail("hr_leave", "staff leave approval", hr, [emp], cc=[c.team("mgr")],
                subject=c.pick(["Your leave request", "Leave approved", f"Leave - {kind}"]), blocks=body)


def payroll(c):
    pay = c.team("pay")
    kind = c.pick(["t4", "retro", "bank"])
    if kind == "t4":
        body = [("p", "Hello everyone,"),
                ("p", "Your T4 and RL-1 slips for 2024 are now available in the employee portal (My Pay > Tax slips). "
                      "Paper copies will be mailed only on request."),
                ("p", "Reminder: the RL-1 box A includes retroactive payments received in 2024.")]
        to = [dl("All staff - Mental Health", "staff.mh")]
        subj = "T4 / RL-1 slips available"
    elif kind == "retro":
        rows = [["Nurse clinician", "2.8%", "2023-04-01"], ["Social worker", "2.8%", "2023-04-01"],
                ["Administrative officer", "3.1%", "2023-04-01"], ["Psychologist", "4.0%", "2023-04-01"]]
        body = [("p", "Hello,"),
                ("p", f"Retroactive pay under the new collective agreement will be paid on pay period {c.rng.randint(2, 24)}."),
                ("table", ["Job title", "Increase", "Effective"], rows)]
        to = [dl("All staff - Mental Health", "staff.mh")]
        subj = "Retroactive pay - schedule"
    else:
        emp = staff(c)
        body = [("p", c.hello(emp)),
                ("p", f"We received your direct deposit change. Employee no. {c.rng.randint(100000, 999999)}: new account ending in "
                      f"{c.rng.randint(1000, 9999)} will be used as of the next pay. SIN on file: XXX-XXX-{c.rng.randint(100, 999)} (unchanged).")]
        to = [emp]
        subj = "Direct deposit change confirmed"
    body.append(c.sig(pay))
    return Mail("payroll", "payroll notice to staff", pay, to, subj, body)


def oncall(c):
    coord = c.team("coord")
    day = c.in_days(c.rng.randint(1, 4))
    rows = []
    for slot in ["Fri 16:00-24:00", "Sat 08:00-16:00", "Sat 16:00-24:00", "Sun 08:00-16:00", "Sun 16:00-24:00"]:
        s = staff(c)
        rows.append([slot, s.name, c.pick(["RN", "SW", "RN", "Psychoeducator"]), f"cell {G.phone(c.rng, '819')}"])
    body = [("p", "Hi team,"),
            ("p", f"Weekend crisis team roster starting {G.fmt_date(day, 'en', True)}. Psychiatrist on call: "
                  f"{doc(c).titled('en')} (via HSA switchboard, 819-555-0100)."),
            ("table", ["Shift", "Name", "Role", "Contact"], rows),
            ("p", "Reminder: team cell phones must be charged and checked out from the coordinator's office."), ("lines", [coord.given])]
    return Mail("oncall_schedule", "crisis team weekend on-call roster", coord, [dl("EMIC team", "emic")],
                c.pick(["Weekend roster", "On-call this weekend", "EMIC weekend schedule"]), body)


def newsletter(c):
    comm = c.team("comm")
    d1, d2 = doc(c), doc(c)
    retiree = staff(c)
    baby_parent = staff(c)
    bd = c.date - datetime.timedelta(days=c.rng.randint(3, 25))
    paras = [("p", f"Mental Health Program Newsletter - {G.MONTHS[c.date.month - 1]} {c.date.year}"),
             ("p", f"Spotlight: {d1.titled('en')} and the new esketamine clinic for treatment-resistant depression have treated their "
                   f"first cohort. {d2.titled('en')}, our lead for first-episode psychosis, received a research grant on long-acting injectables."),
             ("p", f"Retirement: after 31 years, {retiree.name} is retiring from the day hospital. Farewell party Friday 3 p.m., cafeteria B."),
             ("p", f"Welcome baby! {baby_parent.name} (crisis team) welcomed a baby boy on {G.MONTHS[bd.month - 1]} {bd.day}, {bd.year}."),
             ("p", f"By the numbers: {c.rng.randint(900, 1400)} outpatient visits and {c.rng.randint(250, 420)} crisis interventions last month."),
             ("p", "Mental Health Week runs May 5-11 - volunteers needed for the information booth.")]
    c.force = {"structure": c.pick(["html", "alt"])}
    return Mail("newsletter", "program newsletter", comm, [dl("All staff - Mental Health", "staff.mh")],
                c.pick(["Mental Health Program Newsletter", "The Fleury Bulletin", "Newsletter - what's new"]), paras)


def committee(c):
    secr = staff(c, "", "Committee secretary")
    kind = c.pick(["Pharmacy & Therapeutics", "Quality & Patient Safety", "Clinical Ethics", "Medical Staff Executive"])
    agenda = {
        "Pharmacy & Therapeutics": ["Approval of minutes", "Clozapine monitoring protocol - 2025 update",
                                     "Formulary request: paliperidone 6-month injection", "Shortage: fluphenazine decanoate"],
        "Quality & Patient Safety": ["Incident reports Q3 (aggregate)", "Seclusion and restraint audit", "Falls prevention on 4B"],
        "Clinical Ethics": ["Treatment authorization and capacity", "Family involvement and confidentiality", "Case consultation process"],
        "Medical Staff Executive": [f"Appointment: {doc(c).titled('en')}, psychiatry", "Privileges renewal", "Credentialing update"],
    }[kind]
    d = c.in_days(c.rng.randint(5, 20))
    body = [("p", "Dear members,"),
            ("p", f"The next meeting of the {kind} Committee will be held on {G.fmt_date(d, 'en', True)} at {G.fmt_time(c.rng, 'en')}, "
                  "Boardroom 2.10 and Teams."),
            ("lines", ["Agenda:"] + [f"{i + 1}. {x}" for i, x in enumerate(agenda)]), c.sig(secr)]
    return Mail("committee_notice", "committee meeting notice", secr, [dl(kind + " Committee", "committee")],
                f"Meeting notice - {kind} Committee", body)


def conference(c):
    org = staff(c, "", "Academic coordinator, Department of Psychiatry")
    topics = ["Clozapine-induced myocarditis: lessons learned", "Long-acting injectables after a first episode",
              "Mobile crisis teams and police co-response", "Borderline personality disorder: DBT in the day hospital",
              "Lithium in the elderly", "Cannabis and psychosis: what's new", "Capacity assessment and court-ordered treatment"]
    c.rng.shuffle(topics)
    rows = []
    d = c.in_days(2)
    for t in topics[:4]:
        rows.append([G.fmt_date(d, "en"), "12:00-13:00", t, c.pick([doc(c).titled("en"), staff(c).name + ", RN, MSc"])])
        d = G.next_weekday(d, 5)
    body = [("p", "Hello all,"),
            ("p", "Here is the Grand Rounds schedule for the coming weeks. Lunch provided; Mainpro+/section 1 credits available."),
            ("table", ["Date", "Time", "Topic", "Speaker"], rows),
            ("p", "Auditorium A, Saint-Aurèle Hospital, and live on Teams."), c.sig(org)]
    if c.chance(0.4):
        c.attach("pdf", "Grand_Rounds_schedule.pdf", A.make_pdf("Psychiatry Grand Rounds", [("table", ["Date", "Time", "Topic", "Speaker"], rows)]))
    return Mail("conference_programme", "grand rounds schedule with speakers and topics", org, [dl("Psychiatry department", "psychiatry")],
                c.pick(["Grand Rounds schedule", "Upcoming Grand Rounds", "Academic half-day program"]), body)


def job_posting(c):
    hr = c.team("hr")
    job = c.pick(["Psychiatrist - Mobile Crisis Team and outpatient clinic (full-time)",
                  "Peer Support Worker - Day Hospital (part-time, 3 days/week)",
                  "Nurse Clinician - Long-acting injection clinic (permanent, day shift)",
                  "Clinical Activities Specialist - Family Liaison Program"])
    body = [("p", f"Job posting #MH-{c.rng.randint(1000, 9999)}"), ("p", job),
            ("p", "We are looking for a motivated professional to join our interdisciplinary team serving adults with severe "
                  "mental illness such as schizophrenia and bipolar disorder. Bilingualism (French/English) required."),
            ("p", f"Apply before {G.fmt_date(c.in_days(14), 'en')} through the careers portal."), c.sig(hr)]
    return Mail("job_posting", "job posting", hr, [dl("All staff", "all.staff")], "Job posting - " + job.split(" - ")[0], body)


def invoice(c):
    kind = c.pick(["interp", "locum", "taxi"])
    num = f"INV-{c.rng.randint(10000, 99999)}"
    if kind == "interp":
        frm = ("Babel Interpretation Services - billing", "billing@babel-interp.example")
        rows = [[f"INT-{c.rng.randint(100000, 999999)}", c.pick(["Arabic", "Spanish", "Dari", "Tigrinya"]), f"{c.pick([1, 1.5, 2])} h", f"{c.rng.randint(60, 140)}.00"] for _ in range(c.rng.randint(3, 6))]
        hdr = ["Session ref.", "Language", "Duration", "Amount"]
    elif kind == "locum":
        frm = (f"{doc(c).name} - locum billing", "locum.billing@locum-md.example")
        rows = [[f"{G.fmt_date(c.date - datetime.timedelta(days=k), 'en')}", "Outpatient clinic - half day", "1", "975.00"] for k in range(1, c.rng.randint(3, 6))]
        hdr = ["Date", "Service", "Qty", "Amount"]
    else:
        frm = ("Taxi Outardes - billing", "billing@" + G.EXT_DOMAINS["taxi"])
        rows = [[f"T{c.rng.randint(100000, 999999)}", c.pick(["HSA -> Fleury", "Fleury -> CLSC", "CLSC -> HSA"]), f"{c.rng.randint(12, 48)}.50", "cost centre 7420"] for _ in range(c.rng.randint(4, 8))]
        hdr = ["Trip no.", "Route", "Fare", "Billing"]
    body = [("p", "Hello,"), ("p", f"Please find invoice {num} for services rendered last month."),
            ("table", hdr, rows),
            ("lines", [f"GST no. {c.rng.randint(100000000, 999999999)} RT0001", f"QST no. {c.rng.randint(1000000000, 1999999999)} TQ0001",
                       "Payment terms: net 30"])]
    if c.chance(0.5):
        c.attach("pdf", f"{num}.pdf", A.make_pdf(f"Invoice {num}", [("table", hdr, rows)], author=frm[0]))
    return Mail("invoice", "supplier invoice", frm, [("Accounts payable", "accounts.payable@" + G.DOM)], f"Invoice {num}", body)


def purchase_order(c):
    proc = c.team("proc")
    num = f"PO-{c.rng.randint(500000, 599999)}"
    items = [("Naloxone nasal spray kits (2 doses)", "kit"), ("Weighted blanket 7 kg - comfort room", "each"),
             ("Safety scissors, blunt tip", "box"), ("Tamper-proof pill organizer (weekly)", "each"),
             ("Anti-ligature door handle", "each"), ("Pocket mask with one-way valve", "each")]
    rows = [[f"{c.rng.randint(10, 99)}-{c.rng.randint(100, 999)}-{c.rng.randint(100, 999)}", n, str(c.rng.randint(2, 40)), u]
            for n, u in c.rng.sample(items, c.rng.randint(3, 5))]
    body = [("p", "Hello,"), ("p", f"Please process purchase order {num} (cost centre 7431, crisis team)."),
            ("table", ["Item no.", "Description", "Qty", "Unit"], rows),
            ("p", f"Approved by {c.team('mgr').name}. Deliver to Fleury Pavilion, room 1.12."), c.sig(proc)]
    if c.chance(0.5):
        c.attach("xlsx", f"{num}.xlsx", A.make_xlsx([("PO", ["Item no.", "Description", "Qty", "Unit"], rows)], author=proc.name))
    return Mail("purchase_order", "purchase order for crisis team supplies", proc, [("Vendor orders", "orders@" + G.EXT_DOMAINS["vendor"])],
                f"Purchase order {num}", body)


def inventory(c):
    it = c.team("it")
    rows = []
    for _ in range(c.rng.randint(5, 9)):
        s = staff(c)
        dev = c.pick(["iPhone 13", "Galaxy A54", "Latitude 7440", "Surface Go 3"])
        ident = G.make_luhn_serial(c.rng, 15) if dev.startswith(("iPhone", "Galaxy")) else G.make_luhn_serial(c.rng, 9)
        rows.append([s.name, dev, ("IMEI " if dev.startswith(("iPhone", "Galaxy")) else "S/N ") + ident, "AT-" + G.make_luhn_serial(c.rng, 10), c.pick(["EMIC", "Day hospital", "Outpatient"])])
    body = [("p", "Hi,"),
            ("p", "Annual mobile device inventory for the mental health program. Please confirm the device assigned to you is correct."),
            ("table", ["Assigned to", "Device", "Identifier", "Asset tag", "Team"], rows), ("lines", ["IT Service Desk", "ext. 4357"])]
    if c.chance(0.5):
        c.attach("xlsx", "device_inventory_MH.xlsx", A.make_xlsx([("Devices", ["Assigned to", "Device", "Identifier", "Asset tag", "Team"], rows)], author=it.name))
    return Mail("inventory", "staff mobile device inventory with serial numbers", it, [dl("Mental Health managers", "mh.managers")],
                "Device inventory - please confirm", body)


def it_notice(c):
    it = ("IT Service Desk", "servicedesk@" + G.DOM)
    kind = c.pick(["emr", "phones", "password", "outage", "teams"])
    txt = {
        "emr": "The outpatient scheduling module will be upgraded on Saturday night. Appointment reminders (SMS) will be paused from 10 p.m. to 6 a.m.",
        "phones": "Crisis team cell phones will receive a mandatory security update. Please plug in your phone tonight and keep it connected to Wi-Fi.",
        "password": "Your network password expires in 7 days. Change it from any hospital workstation (Ctrl+Alt+Del > Change password).",
        "outage": "Intermittent network outage at the CLSC des Trois-Ponts this morning. Fiber repair in progress; ETA 2 p.m.",
        "teams": "Teams telephony will replace desk phones at the Fleury Pavilion on March 10. Training sessions: Tuesdays at 12:15.",
    }[kind]
    body = [("p", "Hello,"), ("p", txt), ("lines", ["IT Service Desk", G.ORG_EN, "819-555-0150 / ext. 4357"])]
    return Mail("it_notice", "IT notice", it, [dl("All staff - Mental Health", "staff.mh")],
                c.pick(["IT notice", "Action required: " + kind, "Service interruption", "IT update"]), body)


def facilities(c):
    fac = c.team("fac")
    txt = c.pick(["Fire drill at the Fleury Pavilion on Wednesday at 10:30. Day hospital groups will evacuate to the parking lot P2.",
                  "The heating system on the 3rd floor will be serviced Thursday; rooms 3.01 to 3.12 may be cold in the morning.",
                  "Room 2.14 (family meeting room) is closed for painting until the 20th. Use room 1.08 instead.",
                  "Snow removal tonight in lots P1 and P3. Crisis team vehicles must be moved to the garage before 11 p.m."])
    body = [("p", "Hello,"), ("p", txt), c.sig(fac)]
    return Mail("facilities", "facilities notice", fac, [dl("Fleury Pavilion occupants", "fleury")],
                c.pick(["Facilities notice", "Building notice", "Reminder - facilities"]), body)


def stats_en(c):
    q = c.team("qual")
    rows = [[m, str(c.rng.randint(80, 150)), str(c.rng.randint(20, 60)), f"{c.rng.randint(7, 16)}%", f"{c.rng.randint(18, 70)} d"]
            for m in c.pick([["Jan", "Feb", "Mar"], ["Jul", "Aug", "Sep"], ["Oct", "Nov", "Dec"]])]
    hdr = ["Month", "Referrals received", "First appointments", "30-day readmission", "Median wait"]
    body = [("p", "Hello,"),
            ("p", "Quarterly performance indicators for outpatient psychiatry (aggregate data, no identifiers)."),
            ("table", hdr, rows),
            ("p", f"Depot clinic adherence (on-time injections): {c.rng.randint(78, 93)}%. Crisis team ER diversion rate: {c.rng.randint(55, 80)}%."),
            c.sig(q)]
    k = c.pick(["xlsx", "csv", None, "zip"])
    if k == "zip":
        c.attach("zipmembers", "MH_indicators_quarter.zip",
                 [("MH_indicators.xlsx", A.make_xlsx([("Indicators", hdr, rows)], author=q.name)),
                  ("mh_indicators.csv", A.make_csv(hdr, rows, sep=",").encode("utf-8"))])
    elif k == "xlsx":
        c.attach("xlsx", "MH_indicators.xlsx", A.make_xlsx([("Indicators", hdr, rows)], author=q.name))
    elif k == "csv":
        c.attach("csv", "mh_indicators.csv", A.make_csv(hdr, rows, sep=","))
    return Mail("aggregate_stats", "aggregate performance indicators", q, [c.team("mgr")],
                c.pick(["Quarterly indicators", "Dashboard - outpatient psychiatry", "KPIs Q3"]), body)


def teaching(c):
    res = c.team("res")
    age = c.rng.randint(22, 67)
    body = [("p", "Hi everyone,"),
            ("p", "Case for Thursday's teaching session (de-identified; details altered):"),
            ("p", f"A {age}-year-old {c.pick(['woman', 'man'])} with a 10-year history of bipolar I disorder on lithium presents with "
                  "confusion, coarse tremor and diarrhea after starting a thiazide diuretic. Lithium level 2.1 mmol/L."),
            ("lines", ["Discussion points:", "- Drug interactions with lithium", "- When to consider hemodialysis",
                       "- Restarting lithium vs switching"]),
            ("lines", [res.titled("en"), "PGY-3 Psychiatry"])]
    return Mail("teaching_case", "de-identified teaching case", res, [dl("Psychiatry residents", "residents")],
                "Teaching case - Thursday", body)


NEG_EN1 = [
    (hr_leave, 4), (payroll, 3), (oncall, 4), (newsletter, 4), (committee, 4), (conference, 5), (job_posting, 3),
    (invoice, 4), (purchase_order, 3), (inventory, 4), (it_notice, 4), (facilities, 3), (stats_en, 4), (teaching, 3),
]
