"""English non-confidential messages (hard negatives), part 1."""

import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Mail, earlier, ext, who
from gen_common import ORG, STAFF, en_day, fdate, later, signature, staff_addr, staff_name
from gen_mime import html_table, text_table
from gen_neg_fr import serial_luhn

L = "en"

SPEAKERS_EN = [
    ("Dr. Rachel Goldfarb", "Northfield University Hospital"), ("Prof. Alan Whitmore", "Lakehead College of Health Sciences"),
    ("Sunita Varma, RD", "Coastal Health Partners"), ("Dr. Marcus Oyelowo", "St. Brendan's Rehabilitation Centre"),
    ("Leah Kowalski, S-LP", "Pinecrest Children's Centre"), ("Dr. Ines Carvalho", "Harbourview General"),
]
CANDIDATES_EN = ["Jordan Ellsworth", "Megan Thorne", "Ravi Subramanian", "Kaitlyn Brody", "Noah Lindstrom", "Fatima Rahal"]


def sig(key):
    return signature(key, L)


ALLSTAFF = ("All Staff", "allstaff@" + ORG["dom"])
TEAM = ("Allied Health Team", "alliedhealth@" + ORG["dom"])


# ------------------------------------------------------------------ 1 bulletin

def bulletin(ctx, v):
    ctx.category = "newsletter"
    ctx.note = "allied health bulletin"
    items = [
        ("Dysphagia Awareness Month", "June is Dysphagia Awareness Month. Heather Lindqvist and Daniel "
         "O'Shea will run a 'thickened drinks taste test' at the cafeteria and a 20-minute huddle on "
         "silent aspiration for nursing staff on 3 West."),
        ("Welcome Dr. Oduya", "Please welcome Dr. Kenneth Oduya, gastroenterologist, who joins us from "
         "Harbourview General. Dr. Oduya has a special interest in short bowel syndrome, PEG placement "
         "and home parenteral nutrition."),
        ("Malnutrition screening audit", "Our spring audit showed 94% of admissions screened with the "
         "Canadian Nutrition Screening Tool within 24 h - up from 81% last year. Thank you to the RDs "
         "and unit clerks!"),
        ("Congratulations", "Priya Raman, RD, passed her Certified Nutrition Support Clinician exam. "
         "Rebecca Stanton, RD, is now co-lead of the paediatric feeding clinic."),
        ("Reminder: crushing medications", "Before crushing any tablet for a patient on a modified diet, "
         "check the Do Not Crush list or call pharmacy (ext. 2650)."),
    ]
    ctx.rng.shuffle(items)
    chosen = items[:3 + v % 3]
    text = ("ALLIED HEALTH BULLETIN - %s\n\n" % fdate(ctx.day, "en_long") +
            "\n\n".join("%s\n%s" % (t.upper(), b) for t, b in chosen) + "\n\n" + sig("mgr_en"))
    html = ("<html><body style=\"font-family:Segoe UI,Arial\"><h2>Allied Health Bulletin</h2>%s"
            "<hr><p style=\"font-size:9pt;color:#555\">%s &middot; %s &middot; 819-555-0140</p></body></html>" % (
                "".join("<h3>%s</h3><p>%s</p>" % (t, b.replace("'", "&#39;")) for t, b in chosen), ORG["name_en"], ORG["addr_en"]))
    m = Mail(ctx, who("mgr_en", L), [TEAM], ["Allied Health Bulletin", "Bulletin - %s" % fdate(ctx.day, "en_abbr"),
                                             "This month in Allied Health", "AH Bulletin", "News from Rehab & Nutrition"][v],
             text, html=html, mode=["alt", "html", "alt", "html", "alt"][v])
    if v == 4:
        m.attach("application/pdf", make_pdf("Allied Health Bulletin", [b for _, b in chosen], author="Mark Holloway"),
                 "AH_bulletin.pdf")
    return m


# ------------------------------------------------------------------ 2 student placement schedule

def students(ctx, v):
    ctx.category = "schedule"
    ctx.note = "student placement schedule"
    names = ["Emily Sato", "Jacob Wren", "Aisha Mbeki", "Tessa Llewellyn", "Owen Drummond", "Maya Ferreira-Cole"]
    ctx.rng.shuffle(names)
    rows = [["Student", "Program", "Preceptor", "Unit", "Dates"]]
    st = later(ctx.day, ctx.rng, 10, 40)
    for i, n in enumerate(names[:4]):
        prec = ctx.pick(["slp_en", "slp_en2", "rd_en", "rd_en2"])
        rows.append([n, "MSc S-LP" if prec.startswith("slp") else "Dietetic internship", staff_name(prec),
                     ctx.pick(["Swallowing clinic", "3 West", "ICU", "Outpatient voice", "Paeds feeding"]),
                     "%s - %s" % (fdate(st, "en_abbr"), fdate(st + datetime.timedelta(weeks=ctx.pick([6, 8, 10])), "en_abbr"))])
    text = ("Hi all,\n\nHere is the placement schedule for the upcoming block. Students need their "
            "N95 fit test, police check and orientation completed before day one.\n\n%s\n\n%s" % (
                text_table(rows) if v != 2 else "See attached.", sig("edu_en")))
    m = Mail(ctx, who("edu_en", L), [TEAM], ["Student placements - next block", "Placement schedule",
                                             "Students starting %s" % fdate(st, "en_long"), "Preceptor assignments",
                                             "Fall placements"][v], text, mode="plain" if v != 3 else "alt")
    if v == 2:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Placements", rows)], "Claire Beaudry-Hughes",
                           datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 10)), "placements.xlsx")
    if v == 4:
        m.attach_text("text/csv", make_csv(rows), "placements.csv")
    return m


# ------------------------------------------------------------------ 3 leave / baby / birthday

def leave(ctx, v):
    ctx.category = "hr_leave"
    if v == 0:
        ctx.note = "announcement of a colleague's new baby"
        bd = earlier(ctx.dt, ctx.rng, (20, 200)).date()
        text = ("Hi everyone,\n\nHappy news - Daniel O'Shea and his partner welcomed baby Theo on %s "
                "(7 lb 4 oz). Daniel is on parental leave until %s; voice clinic referrals go to Heather "
                "in the meantime.\n\nCard and collection at the front desk.\n\nMark" % (
                    fdate(bd, "en_long"), ctx.pick(["March", "April"])))
        return Mail(ctx, who("mgr_en", L), [TEAM], "Welcome baby Theo!", text, mode="alt")
    if v == 1:
        ctx.note = "staff birthday celebration notice"
        text = ("Hi team,\n\nJanet turns 50 on %s (born %s - she said we could share!). Cake in the "
                "B-wing lounge at 2:30.\n\nGrace" % (en_day(later(ctx.day, ctx.rng)),
                                                     fdate(datetime.date(1974, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)), "en_long")))
        return Mail(ctx, who("rn_en", L), [TEAM], "Cake Thursday :)", text)
    ctx.note = "leave request approval"
    key = ["", "", "rd_en", "slp_en", "clerk_en"][v]
    d1 = later(ctx.day, ctx.rng, 15, 60)
    d2 = d1 + datetime.timedelta(days=ctx.rng.randint(3, 10))
    text = ("Hi %s,\n\nYour %s request for %s to %s is approved. Please set your out-of-office and hand "
            "over your caseload to %s.\n\nMark\n\n%s" % (
                STAFF[key][0], ["", "", "vacation", "professional development", "personal leave"][v],
                fdate(d1, "en_long"), fdate(d2, "en_long"), ["", "", "Rebecca", "Daniel", "the float clerk"][v], sig("mgr_en")))
    m = Mail(ctx, who("mgr_en", L), [who(key, L)], "Leave request approved", text)
    if v == 3:
        m.attach_text("text/calendar", make_ics("leave-%s@chrvs.example" % ctx.key.replace(":", "-"), ctx.dt,
                                                datetime.datetime(d1.year, d1.month, d1.day, 8),
                                                datetime.datetime(d2.year, d2.month, d2.day, 16),
                                                "OOO - Heather Lindqvist (PD)", "Off site", "Approved PD leave",
                                                ("Mark Holloway", staff_addr("mgr_en"))), "leave.ics")
    return m


# ------------------------------------------------------------------ 4 payroll / timesheets

def payroll(ctx, v):
    ctx.category = "payroll"
    ctx.note = "payroll and timesheet message"
    pay = who("pay_en", L)
    if v in (0, 1):
        key = ["slp_en2", "rd_en2"][v]
        emp = "%06d" % ctx.rng.randint(100000, 999999)
        text = ("Hi %s,\n\nYour timesheet for pay period ending %s is missing approval for %d hours of "
                "overtime (weekend swallow assessments). Once Mark approves it in the portal, the "
                "amount ($%d.%02d) will be paid on the next cycle.\n\nEmployee #: %s\n\nAngela Moretti\nPayroll, ext. 1540" % (
                    STAFF[key][0], fdate(earlier(ctx.dt, ctx.rng, (48, 200)).date(), "en_long"), ctx.rng.randint(3, 9),
                    ctx.rng.randint(150, 600), ctx.rng.randint(0, 99), emp))
        return Mail(ctx, pay, [who(key, L)], "Timesheet - missing OT approval", text, cc=[who("mgr_en", L)])
    if v == 2:
        text = ("Reminder: the pay calendar for %d is attached. Statutory holiday premiums are paid on "
                "the following cycle.\n\nPayroll" % (ctx.day.year + 1))
        rows = [["Pay period", "Start", "End", "Pay date"]]
        s = datetime.date(ctx.day.year + 1, 1, 5)
        for i in range(8):
            a = s + datetime.timedelta(days=14 * i)
            rows.append(["%d-%02d" % (s.year, i + 1), a.isoformat(), (a + datetime.timedelta(days=13)).isoformat(),
                         (a + datetime.timedelta(days=19)).isoformat()])
        m = Mail(ctx, pay, [ALLSTAFF], "Pay calendar %d" % (ctx.day.year + 1), text)
        m.attach_text("text/csv", make_csv(rows), "pay_calendar.csv")
        return m
    if v == 3:
        text = ("Hi Mark,\n\nBudget check for the allied health cost centre (6140): YTD salaries are at "
                "%d%% of budget, overtime at %d%%. The two vacant S-LP positions account for most of the "
                "variance.\n\nAngela" % (ctx.rng.randint(60, 75), ctx.rng.randint(110, 160)))
        return Mail(ctx, pay, [who("mgr_en", L)], "Cost centre 6140 - salary variance", text, mode="alt")
    text = ("Hi Janet,\n\nWe received your direct deposit change form. The new account will be used "
            "from the %s pay. For security we never ask for banking information by e-mail.\n\nSIN on "
            "file: ***-***-%03d (no change).\n\nPayroll" % (fdate(later(ctx.day, ctx.rng, 7, 20), "en_long"), ctx.rng.randint(100, 999)))
    return Mail(ctx, pay, [who("clerk_en", L)], "Direct deposit update", text)


# ------------------------------------------------------------------ 5 employee health

def emp_health(ctx, v):
    ctx.category = "occupational_health"
    eh = ("Employee Health Services", "employee.health@" + ORG["dom"])
    if v == 0:
        ctx.note = "staff member's modified duties (employee health)"
        text = ("Hi Mark,\n\nRebecca Stanton (RD) has been cleared to return on modified duties after her "
                "knee surgery: no patient transfers, seated clinics preferred, 6-hour shifts for two weeks. "
                "Physician's note is on her employee health file only.\n\nEmployee Health Services")
        return Mail(ctx, eh, [who("mgr_en", L)], "Return to work - modified duties", text)
    if v == 1:
        ctx.note = "staff flu clinic notice"
        text = ("Staff flu and COVID-19 clinics run %s to %s in room A-110, 07:30-15:30. Bring your "
                "badge. Staff with an egg allergy or a prior reaction should see the employee health "
                "nurse first.\n\nEmployee Health" % (fdate(later(ctx.day, ctx.rng), "en_long"),
                                                     fdate(later(ctx.day, ctx.rng, 25, 40), "en_long")))
        return Mail(ctx, eh, [ALLSTAFF], "Staff flu clinics", text, mode="html")
    if v == 2:
        ctx.note = "staff N95 fit-test roster"
        rows = [["Staff", "Role", "Last fit test", "Due"]]
        for k in ["slp_en", "slp_en2", "rd_en", "rd_en2", "clerk_en", "rn_en"]:
            d = earlier(ctx.dt, ctx.rng, (4000, 9000)).date()
            rows.append([staff_name(k), STAFF[k][3], d.isoformat(), (d + datetime.timedelta(days=730)).isoformat()])
        text = "Hi,\n\nFit-test status for your team below. FEES clinicians are priority.\n\n%s\n\nIPAC" % text_table(rows)
        return Mail(ctx, ("IPAC", "ipac@" + ORG["dom"]), [who("mgr_en", L)], "N95 fit testing - your team", text)
    if v == 3:
        ctx.note = "staff incident report (employee health)"
        text = ("Mark,\n\nFYI Grace Adeyemi reported a minor back strain while repositioning a chair in "
                "the swallowing clinic. First aid only, no lost time. Please sign the supervisor section "
                "of the attached form.\n\nOccupational Health & Safety")
        m = Mail(ctx, ("OHS", "ohs@" + ORG["dom"]), [who("mgr_en", L)], "Staff incident report - supervisor signature", text)
        m.attach("application/pdf", make_pdf("Employee Incident Report", [
            ("kv", [("Employee", "Grace Adeyemi"), ("Employee #", "%06d" % ctx.rng.randint(100000, 999999)),
                    ("Department", "Nursing - 3 West"), ("Injury", "Low back strain, first aid")]),
            "Lost time: No. Modified duties: No."], author="OHS"), "incident_report_staff.pdf")
        return m
    ctx.note = "employee assistance program reminder"
    text = ("A reminder that the Employee and Family Assistance Program offers confidential counselling, "
            "financial and legal advice 24/7 at 1-800-555-0123. Wellness week sessions on burnout and "
            "sleep are posted on the intranet.\n\nHuman Resources")
    return Mail(ctx, ("Human Resources", "hr@" + ORG["dom"]), [ALLSTAFF], "EFAP - wellness week", text, mode="alt")


# ------------------------------------------------------------------ 6 committee

def committee(ctx, v):
    ctx.category = "committee"
    ctx.note = "committee meeting notice and agenda"
    d = later(ctx.day, ctx.rng, 5, 21)
    hh = ctx.pick([8, 12, 14])
    name = ["Dysphagia Working Group", "Nutrition & Food Services Committee", "P&T - Enteral Formulary Subcommittee",
            "Allied Health Practice Council", "Stroke Program Steering Committee"][v]
    agenda = ["Approval of minutes", "Bedside swallow screen for stroke - revised tool (Heather Lindqvist)",
              "Enteral formulary: peptide formula substitution (Dr. Oduya, Priya Raman)",
              "Aspiration pneumonia rates Q%d - aggregate data (Mark Holloway)" % ((ctx.day.month - 1) // 3 + 1),
              "IDDSI audit of tray line (Food Services)", "Other business"]
    text = ("Dear members,\n\nThe next meeting of the %s is on %s at %02d:00, Boardroom A-300 / Teams.\n\n"
            "Agenda\n%s\n\nRegrets to Janet Kerr.\n\n%s" % (name, en_day(d), hh,
                                                           "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)),
                                                           sig("clerk_en")))
    m = Mail(ctx, who("clerk_en", L), [who("gi_en", L, True), who("phys_en", L, True), who("ent_en", L, True),
                                        who("slp_en", L), who("rd_en", L), who("mgr_en", L)],
             "Meeting notice - %s" % name, text, mode=["plain", "alt", "plain", "html", "alt"][v])
    if v in (0, 2, 4):
        start = datetime.datetime(d.year, d.month, d.day, hh)
        m.attach_text("text/calendar", make_ics("cmte-%s@chrvs.example" % ctx.key.replace(":", "-"), ctx.dt, start,
                                                start + datetime.timedelta(hours=1), name, "Boardroom A-300 / Teams",
                                                "Agenda in e-mail.", ("Janet Kerr", staff_addr("clerk_en"))),
                      "meeting.ics")
    return m


# ------------------------------------------------------------------ 7 conference / webinar

def conference(ctx, v):
    ctx.category = "conference"
    ctx.note = "conference or webinar programme"
    topics = ["Silent aspiration: who are we missing?", "Refeeding syndrome in the era of ASPEN 2020 criteria",
              "FEES in the ICU: practical tips", "Texture-modified diets that people actually eat",
              "Aphasia-friendly communication in acute care", "Home enteral nutrition: reducing readmissions"]
    ctx.rng.shuffle(topics)
    sp = SPEAKERS_EN[:]
    ctx.rng.shuffle(sp)
    d = later(ctx.day, ctx.rng, 20, 90)
    rows = [["Time", "Session", "Speaker"]]
    for i in range(4):
        rows.append(["%02d:%02d" % (9 + i, ctx.pick([0, 30])), topics[i], "%s, %s" % sp[i]])
    text = ("Canadian Dysphagia and Nutrition Forum - %s\n%s, virtual and in person (Glenmore Convention "
            "Centre)\n\n%s\n\nEarly-bird registration $195 until %s. CEUs available.\n" % (
                ["Annual Meeting", "Spring Webinar Series", "Regional Day", "Annual Meeting", "Webinar"][v],
                fdate(d, "en_long"), text_table(rows), fdate(later(ctx.day, ctx.rng, 5, 15), "en_long")))
    m = Mail(ctx, ext("conf_en", "events", "CDNF Events"), [("Members", "members@cdnf.example")],
             ["CDNF Annual Meeting - programme", "Webinar: %s" % topics[0], "Save the date - CDNF regional day",
              "Programme now available", "Last call: webinar registration"][v], text,
             mode=["alt", "html", "plain", "alt", "plain"][v])
    if v in (0, 3):
        m.attach("application/pdf", make_pdf("CDNF - Programme", [("table", rows)], author="CDNF"), "CDNF_programme.pdf")
    if v == 2:
        ctx.features.add("inline_forward")
        m.frm = who("mgr_en", L)
        m.to = [TEAM]
        m.text = ("Anyone interested? We can fund two registrations.\n\nMark\n\n---------- Forwarded message ---------\n" + text)
        m.subject = "Fwd: " + m.subject
    return m


# ------------------------------------------------------------------ 8 job posting / interviews

def job(ctx, v):
    ctx.category = "job_posting"
    if v in (0, 1, 2):
        ctx.note = "job posting"
        post = ["Speech-Language Pathologist (Adult Acute)", "Registered Dietitian - ICU", "Diet Technician (0.6 FTE)"][v]
        num = "JP-%d-%03d" % (ctx.day.year, ctx.rng.randint(100, 400))
        text = ("Posting %s\n\nPosition: %s, permanent full-time\nLocation: %s\nSalary: $%d.%02d - $%d.%02d/h\n\n"
                "Duties include clinical swallowing assessments, MBS/FEES, nutrition support, and "
                "interprofessional collaboration. Bilingualism (French/English) required.\n\nApply by %s to "
                "careers@%s.\n" % (num, post, ORG["name_en"], ctx.rng.randint(30, 34), ctx.rng.randint(0, 99),
                                   ctx.rng.randint(50, 54), ctx.rng.randint(0, 99),
                                   fdate(later(ctx.day, ctx.rng, 10, 25), "en_long"), ORG["dom"]))
        return Mail(ctx, ("Careers", "careers@" + ORG["dom"]), [ALLSTAFF], "Internal/external posting %s" % num, text,
                    mode=["plain", "alt", "html"][v])
    ctx.note = "candidate interview schedule and CV (HR)"
    c = CANDIDATES_EN[:]
    ctx.rng.shuffle(c)
    rows = [["Time", "Candidate", "Panel"]] + [["%02d:00" % (9 + i), c[i], "M. Holloway, H. Lindqvist"] for i in range(3)]
    d = later(ctx.day, ctx.rng)
    text = ("Hi Mark,\n\nInterviews for the S-LP posting are confirmed for %s in B-220.\n\n%s\n\n"
            "Attached is the CV for the 9:00 candidate (received late).\n\nHR" % (en_day(d), text_table(rows)))
    m = Mail(ctx, ("Human Resources", "hr@" + ORG["dom"]), [who("mgr_en", L), who("slp_en", L)],
             "Interviews - S-LP posting", text)
    m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             make_docx("Curriculum vitae - %s" % c[0], [
                 ("kv", [("Address", "%d Larkspur Way, Glenmore, ON K0X 1A0" % ctx.rng.randint(10, 99)),
                         ("Phone", "613-555-01%02d" % ctx.rng.randint(0, 99))]),
                 ("h", "Education"), "MSc Speech-Language Pathology, Northfield University (%d)" % (ctx.day.year - 2),
                 ("h", "Experience"), "S-LP, Harbourview General - adult acute care, FEES-trained, stroke unit.",
             ], c[0], datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 8)),
             "CV_%s.docx" % c[0].replace(" ", "_"))
    return m


# ------------------------------------------------------------------ 9 invoice

def invoice(ctx, v):
    ctx.category = "invoice"
    ctx.note = "supplier invoice for dysphagia products"
    inv = "INV-%06d" % ctx.rng.randint(100000, 999999)
    items = [("Xanthan gum thickener 125 g canister", 11.20), ("Pre-thickened juice IDDSI 3, 118 mL (24)", 31.50),
             ("IDDSI flow test syringes (100)", 48.00), ("Pureed moulded entrée, case of 12", 54.75),
             ("Nosey cups (10)", 22.00), ("Barium sulfate paste 454 g", 39.90)]
    ctx.rng.shuffle(items)
    rows = [["SKU", "Description", "Lot", "Qty", "Unit", "Amount"]]
    tot = 0
    for n, p in items[:4]:
        q = ctx.rng.randint(2, 40)
        rows.append(["DS-%05d" % ctx.rng.randint(10000, 99999), n, serial_luhn(ctx.rng, 9), q, "%.2f" % p, "%.2f" % (q * p)])
        tot += q * p
    kv = [("Invoice #", inv), ("Account #", "CHRVS-%04d" % ctx.rng.randint(1000, 9999)), ("Date", fdate(ctx.day, "en_long")),
          ("Bill to", "Accounts Payable, " + ORG["name_en"]), ("Ship to", "Receiving dock, " + ORG["addr_en"]),
          ("Customer contact", "Rebecca Stanton, RD (ext. 4418)")]
    text = ("Hello,\n\nPlease find invoice %s attached. Total due: $%.2f (taxes included). Terms net 30.\n\n"
            "Dysphagia Solutions Canada - Accounts Receivable\n1-888-555-0147" % (inv, tot * 1.14975))
    m = Mail(ctx, ext("supplier2", "ar", "Dysphagia Solutions - AR"), [("Accounts Payable", "ap@" + ORG["dom"])],
             "Invoice %s" % inv, text, cc=[who("rd_en2", L)] if v in (1, 3) else None,
             mode="plain" if v != 2 else "alt")
    if v == 4:
        m.attach_text("text/csv", make_csv([[k, x] for k, x in kv] + [[]] + rows), "%s.csv" % inv)
    else:
        m.attach("application/pdf", make_pdf("INVOICE", [("kv", kv), ("table", rows),
                                                         "Total incl. GST/QST: $%.2f" % (tot * 1.14975)],
                                             author="Dysphagia Solutions Canada"), "%s.pdf" % inv)
    return m


TEMPLATES = [bulletin, students, leave, payroll, emp_health, committee, conference, job, invoice]
