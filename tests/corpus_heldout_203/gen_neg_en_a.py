"""Negative messages, English: staff, schedules, training, HR, committees, newsletters."""
import datetime

from gen_common import d_en, day_en, DOM, ORG_EN, CLINIC_ADDR_EN, MONTHS
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, ics_bytes
from gen_tpl import staff, ext_person, disp, sig, quote, spec, plus, at, earlier

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL = ("4 North Staff", "staff.4north@" + DOM)


def _n(p):
    return "%s %s" % (p.given, p.surname)


def schedule(c, env):
    mgr = staff(c, "en", "chef")
    ppl = [staff(c, "en", c.pick(["inf", "infc", "asi"])) for _ in range(c.randint(6, 10))]
    start = plus(env, 7 - env.date.weekday())
    days = [start + datetime.timedelta(days=i) for i in range(7)]
    rows = [[_n(p), p.role] + [c.pick(["D", "D", "E", "N", "-", "-", "T"]) for _ in days] for p in ppl]
    hdr = ["Staff", "Role"] + [d.strftime("%a %d") for d in days]
    body = ["Hi team,", "Schedule for the week of %s. D = days, E = evenings, N = nights, T = training (Safe Management)." % d_en(start, "long"),
            "Shift swaps need charge nurse approval 48 h ahead.", sig(mgr, c, "en")]
    att = []
    if c.chance(0.5):
        att = [{"name": "4N_schedule_%s.xlsx" % d_en(start, "iso"), "ctype": XLSX, "data": xlsx_bytes([("Schedule", hdr, rows)])}]
    else:
        body.insert(2, ("table", hdr, rows))
    return spec(c, "en", "schedule", "nursing schedule", (disp(mgr, c, "en"), mgr.email), [ALL],
                c.pick(["Schedule – week of %s" % d_en(start, "short"), "4N schedule posted", "Shift schedule"]), body, env.date, attachments=att)


def safety_training(c, env):
    ed = staff(c, "en", "form", unit="Learning & Development")
    t1, t2 = staff(c, "en", "infc"), staff(c, "en", "secu")
    d1, d2 = plus(env, c.randint(8, 20)), plus(env, c.randint(21, 40))
    body = ["Hello,", "Registration is open for the next Safe Management / de-escalation sessions:",
            ("table", ["Session", "Date", "Room", "Facilitators"],
             [["Safe Management – full (2 days)", "%s & %s" % (d_en(d1, "short"), d_en(d1 + datetime.timedelta(days=1), "short")), "Champlain Room", "%s, %s" % (_n(t1), _n(t2))],
              ["Refresher (1 day)", d_en(d2, "short"), "Lavigne L-010", _n(t1)],
              ["Code White mock drill", d_en(d2 + datetime.timedelta(days=2), "short"), "4 South", "%s + Security" % _n(t2)]]),
            "Mandatory every 3 years for all mental health unit staff; paid time (pay code 071).", sig(ed, c, "en")]
    att = []
    if c.chance(0.4):
        s = at(env, (d1 - env.date.date()).days, 8, 30)
        att = [{"name": "Safe_Management.ics", "ctype": "text/calendar", "method": "REQUEST", "charset": "UTF-8",
                "data": ics_bytes("sm-%s@%s" % (d_en(d1, "iso"), DOM), s, s + datetime.timedelta(hours=7, minutes=30), "Safe Management – full course",
                                  "Mandatory training. Wear comfortable clothing.", "Champlain Room", (_n(ed), ed.email)), "cte": "base64"}]
    return spec(c, "en", "safety_training", "safety training sessions", (disp(ed, c, "en"), ed.email), [ALL],
                c.pick(["Safe Management – registration open", "Mandatory training dates", "De-escalation training"]), body, env.date, attachments=att)


def restraint_committee(c, env):
    sec = staff(c, "en", "coord")
    chair = staff(c, "en", "psy")
    d = plus(env, c.randint(5, 20))
    items = ["Approval of agenda and minutes of %s" % d_en(plus(env, -30), "short"),
             "Quarterly seclusion and restraint data by unit (%s %s)" % (chair.title, chair.surname),
             "Revised least-restraint policy (2025)", "Rapid tranquillization algorithm update - Pharmacy", "Documentation audit results", "Other business"]
    body = ["Hello,", "Notice of meeting: Least Restraint Committee, %s, 12:00-13:30, Board Room (3rd floor) and Teams." % day_en(d),
            ("pre", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))), "Chair: %s %s %s" % (chair.title, chair.given, chair.surname), sig(sec, c, "en")]
    return spec(c, "en", "restraint_committee", "committee meeting notice", (disp(sec, c, "en"), sec.email), [("Least Restraint Committee", "lrc@" + DOM)],
                "Meeting notice – Least Restraint Committee %s" % d_en(d, "iso"), body, env.date)


def newsletter(c, env):
    com = staff(c, "en", "coord", unit="Communications")
    d1, d2 = staff(c, "en", "psy"), staff(c, "en", "psy")
    emp = staff(c, "en", "inf")
    born = plus(env, -c.randint(3, 25))
    body = ["Department of Psychiatry Newsletter - %s edition" % MONTHS[env.date.month - 1],
            "Welcome to %s %s %s, who joins our Early Psychosis Program. Clinical interests: first-episode schizophrenia, cannabis-induced psychosis, family work." % (d1.title, d1.given, d1.surname),
            "Congratulations to %s %s %s on the CPA poster on clozapine in treatment-resistant schizophrenia." % (d2.title, d2.given, d2.surname),
            "Congratulations to %s (4 North) on the birth of baby %s on %s, 7 lb 6 oz!" % (_n(emp), c.pick(["Ava", "Noah", "Theo", "Isla"]), d_en(born, "long")),
            "Staff flu clinic starts %s in the cafeteria." % d_en(plus(env, 10), "long"),
            "By the numbers: 104% average occupancy on the acute unit; 37 Form 1s initiated in the ER last month.", sig(com, c, "en")]
    return spec(c, "en", "newsletter", "department newsletter", (disp(com, c, "en"), com.email), [("Department of Psychiatry", "dept.psychiatry@" + DOM)],
                c.pick(["Psychiatry Newsletter", "Department news", "Newsletter: welcome & congratulations"]), body, env.date, transport={"body": c.pick(["html", "alt"])})


def conference(c, env):
    org = staff(c, "en", "coord", unit="Continuing Medical Education")
    sp = [staff(c, "en", "psy") for _ in range(5)]
    d = plus(env, c.randint(20, 90))
    topics = ["Fitness to stand trial: common pitfalls", "NCR dispositions and the Review Board", "Acute agitation: loxapine, olanzapine or haloperidol?",
              "Clozapine and neutropenia: new monitoring guidance", "Treatment orders: what courts expect from psychiatrists", "Stimulant use and psychosis"]
    rows = [["%02d:00" % (8 + i), "%s %s %s" % (p.title, p.given, p.surname), t] for i, (p, t) in enumerate(zip(sp, c.sample(topics, 5)))]
    body = ["Dear colleagues,", "Programme for Forensic Psychiatry Day, %s (6 accredited hours):" % d_en(d, "long"), ("table", ["Time", "Speaker", "Topic"], rows),
            "Registration $75 (residents free).", sig(org, c, "en")]
    att = [{"name": "Forensic_Psychiatry_Day_programme.pdf", "ctype": "application/pdf",
            "data": pdf_bytes("Forensic Psychiatry Day", ["%s - %s - %s" % tuple(r) for r in rows] + ["Venue: Auditorium A, " + CLINIC_ADDR_EN])}] if c.chance(0.5) else []
    return spec(c, "en", "conference", "conference programme", (disp(org, c, "en"), org.email), [("Psychiatry Medical Staff", "medstaff.psych@" + DOM)],
                "Programme – Forensic Psychiatry Day", body, env.date, attachments=att)


def job_posting(c, env):
    hr = staff(c, "en", "rh", unit="Human Resources")
    no = "2025-%04d" % c.randint(100, 9999)
    body = ["INTERNAL POSTING #%s" % no, "Position: Registered Nurse - Forensic Psychiatry (Lavigne unit), full-time permanent, days/evenings rotation",
            "Rate: $31.85-$56.36/h plus forensic premium", "Requirements: BScN, current registration, Safe Management certificate (or within 3 months).",
            "Assets: experience with involuntary patients and Review Board processes.",
            "Posting period: %s to %s." % (d_en(env.date.date(), "long"), d_en(plus(env, 14), "long")), sig(hr, c, "en")]
    return spec(c, "en", "job_posting", "job posting", (disp(hr, c, "en"), hr.email), [("All Staff", "allstaff@" + DOM)],
                "Posting %s – RN Forensic Psychiatry" % no, body, env.date)


def candidate(c, env):
    hr = staff(c, "en", "rh", unit="Human Resources")
    mgr = staff(c, "en", "chef")
    cand = c.staff("en")
    d = plus(env, c.randint(3, 10))
    paras = [_n(cand), "%s - %s - %s.%s@mail.example" % (c.address("en"), c.phone_fmt("613"), cand.given.lower(), cand.surname.lower()),
             "# Experience", "2019-2025: RN, Emergency Psychiatry, Eastlake General", "2016-2019: PSW, long-term care",
             "# Education", "BScN (2019)", "Safe Management (2024), BLS (2025)"]
    att = [{"name": "Resume_%s_%s.docx" % (cand.given, cand.surname), "ctype": DOCX, "data": docx_bytes("Resume", paras)}]
    body = ["Hi %s," % mgr.given, "Resume attached for the RN posting. Proposed interview %s at 10:00 - can you confirm?" % day_en(d), "References checked.", sig(hr, c, "en")]
    return spec(c, "en", "candidate", "job candidate forwarded to manager", (disp(hr, c, "en"), hr.email), [(disp(mgr, c, "en"), mgr.email)],
                "Candidate – RN 4 North", body, env.date, attachments=att)


def leave_request(c, env):
    emp = staff(c, "en", "inf")
    mgr = staff(c, "en", "chef")
    d = plus(env, c.randint(20, 60))
    if c.chance(0.5):
        txt = ["Hi %s," % mgr.given, "Confirming my parental leave starting %s. Our son was born on %s and we're all doing well." % (d_en(d, "long"), d_en(plus(env, -c.randint(2, 10)), "long")),
               "I'll send the EI paperwork this week."]
    else:
        txt = ["Hi %s," % mgr.given, "Requesting vacation %s to %s. %s agreed to swap my two nights on the 14th." % (d_en(d, "long"), d_en(d + datetime.timedelta(days=13), "long"), _n(staff(c, "en", "inf"))),
               "Thanks!"]
    body = txt + [("sig", [_n(emp), "RN - 4 North"])]
    if c.chance(0.5):
        body = ["Approved, enjoy!", ("sig", [mgr.given]), quote(c, "en", emp, earlier(env.date, c, (2, 30)), body)]
        frm, to = mgr, emp
    else:
        frm, to = emp, mgr
    return spec(c, "en", "leave_request", "staff leave request", (disp(frm, c, "en"), frm.email), [(disp(to, c, "en"), to.email)],
                c.pick(["Parental leave", "Vacation request", "Leave request"]), body, env.date)


def occ_health(c, env):
    oh = staff(c, "en", "infc", unit="Occupational Health & Safety")
    mgr = staff(c, "en", "chef")
    emp = staff(c, "en", c.pick(["inf", "secu"]))
    body = ["Hi %s," % mgr.given, "Update on %s, injured during the Code White on %s (4 South): right wrist sprain and shoulder contusion." % (_n(emp), d_en(plus(env, -c.randint(5, 20)), "long")),
            "Modified duties approved from %s: administrative tasks, no physical interventions, 4 days/week." % d_en(plus(env, 3), "long"),
            "The WSIB/CNESST claim has been filed. Reassessment in 3 weeks.", sig(oh, c, "en")]
    return spec(c, "en", "occ_health", "occupational health follow-up for an employee", (disp(oh, c, "en"), oh.email), [(disp(mgr, c, "en"), mgr.email)],
                c.pick(["Modified duties – update", "OHS follow-up – Code White injury"]), body, env.date)


def payroll(c, env):
    p = staff(c, "en", "paie", unit="Payroll")
    emp = staff(c, "en", "inf")
    body = ["Hi %s," % emp.given, "The correction will be applied on the %s pay:" % d_en(plus(env, 9), "long"),
            ("table", ["Item", "Code", "Hours", "Amount"], [["Evening premium", "P12", "22.5", "$%d.%02d" % (c.randint(40, 90), c.randint(0, 99))],
                                                            ["Forensic premium", "P31", "37.5", "$%d.%02d" % (c.randint(60, 150), c.randint(0, 99))],
                                                            ["Safe Management training", "071", "7.5", "$%d.%02d" % (c.randint(200, 380), c.randint(0, 99))]]),
            "Employee #%d. Your statement will be in the employee portal." % c.randint(100000, 999999), sig(p, c, "en")]
    return spec(c, "en", "payroll", "payroll correction", (disp(p, c, "en"), p.email), [(disp(emp, c, "en"), emp.email)],
                c.pick(["Pay correction", "Your premium inquiry", "Payroll adjustment"]), body, env.date)


def oncall(c, env):
    ch = staff(c, "en", "psy")
    docs = [staff(c, "en", "psy") for _ in range(6)]
    st = plus(env, 10)
    rows = [[d_en(st + datetime.timedelta(days=i), "iso"), "%s %s" % (docs[i % 6].title, docs[i % 6].surname),
             "%s %s" % (docs[(i + 2) % 6].title, docs[(i + 2) % 6].surname), c.pick(["ER + units", "forensic (phone)"])] for i in range(10)]
    body = ["Hi all,", "Next month's call schedule below. Send changes to the department office.", ("table", ["Date", "1st call", "2nd call", "Coverage"], rows),
            "Reminder: forensic call covers court and Review Board inquiries.", sig(ch, c, "en")]
    return spec(c, "en", "oncall", "psychiatrist on-call schedule", (disp(ch, c, "en"), ch.email), [("Psychiatry Medical Staff", "medstaff.psych@" + DOM)],
                "Call schedule", body, env.date)


def legal_aid_info(c, env):
    la = ext_person(c, "en", "lao", "Coordinating Lawyer")
    law = [c.staff("en") for _ in range(4)]
    body = ["Hello,", "Duty counsel schedule for Consent and Capacity / Review Board matters at your hospital:",
            ("table", ["Day", "Duty counsel", "Phone"], [[d, "%s %s" % (l.given, l.surname), "613-555-01%02d" % c.randint(0, 99)] for d, l in zip(["Mon", "Tue", "Wed", "Thu"], law)]),
            "Requests to meet an admitted client can go directly to the duty lawyer.", sig(la, c, "en")]
    return spec(c, "en", "legal_aid_info", "legal aid duty counsel schedule", (disp(la, c, "en"), la.email), [("Charge Nurses – Psychiatry", "charge.psych@" + DOM)],
                "Duty counsel schedule", body, env.date)


def police_mou(c, env):
    co = staff(c, "en", "coord")
    pol = ext_person(c, "en", "opp", "Inspector, Community Mental Health")
    body = ["Hi all,", "Minutes from the police-hospital transition protocol meeting:",
            "- Police apprehensions brought to ER last quarter: %d (vs %d last year)." % (c.randint(80, 160), c.randint(80, 160)),
            "- Average police wait time in ER: %d minutes; target 30." % c.randint(35, 90),
            "- New discharge-notification template for cases with an active complaint (draft to follow).",
            "- Joint de-escalation training with officers planned for next month.",
            "Attendees: %s, %s, ER psychiatry team." % (_n(pol), _n(co)), sig(co, c, "en")]
    return spec(c, "en", "police_mou", "police-hospital protocol meeting minutes", (disp(co, c, "en"), co.email),
                [(disp(pol, c, "en"), pol.email), ("Emergency Psychiatry", "er.psych@" + DOM)], "Minutes – police-hospital protocol", body, env.date)


TEMPLATES = [schedule, safety_training, restraint_committee, newsletter, conference, job_posting, candidate, leave_request,
             occ_health, payroll, oncall, legal_aid_info, police_mou]
