"""Non-confidential messages in English (part 1): rosters, leave, payroll, occupational health, newsletters,
committees, conferences, job postings, candidates, vendor contacts."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att
from gen_neg_common import EXTRA_EN, SPEAKERS_EN, email_of, person

S, X = G.S, G.X
ALL_STAFF = "all.staff@" + G.DOMAIN


def roster(c):
    v = c.serial % 3
    mgr = S["ellery"]
    if v == 0:
        staff = [S["whitmore"], S["kowalczyk"], S["mccreary"], S["drolet"], S["harbec"]]
        rows = [[p.name, p.role_en] + [c.ch(["Clinic", "Clinic", "Pump clinic", "Groups", "Off", "Telehealth"]) for _ in range(5)]
                for p in staff]
        blocks = ["Hi all,", "Here's next week's rota. Fiona is covering the Wednesday carb-counting group for Annie.",
                  ("table", ["Name", "Role", "Mon", "Tue", "Wed", "Thu", "Fri"], rows), c.sig(mgr, True)]
        return c.spec("schedule", "allied health weekly rota", mgr, [(None, ALL_STAFF)], "Rota - next week", blocks,
                      conf=False, fmt=c.ch(["html", "alt", "plain"]))
    if v == 1:
        d = c.later(5, 25)
        ev = {"uid": f"staffmtg-{c.serial}@{G.DOMAIN}", "start": datetime.datetime(d.year, d.month, d.day, 12, 0),
              "end": datetime.datetime(d.year, d.month, d.day, 13, 0), "summary": "Monthly staff meeting",
              "location": "Pignon room / Teams", "organizer": (mgr.name, mgr.email),
              "description": "Agenda: summer coverage, new CGM download workflow, accreditation prep."}
        blocks = ["Hi everyone,", "Invite for this month's staff meeting attached. Lunch provided.", c.sig(mgr, True)]
        return c.spec("meeting", "staff meeting invitation", mgr, [(None, ALL_STAFF)], "Monthly staff meeting", blocks,
                      conf=False, atts=[Att("invite.ics", "ics", A.ics([ev], prodid="-//Trois-Pignons//Agenda 3.4//EN"),
                                            method="REQUEST")])
    blocks = ["Hi,", "Dr. Gallagher will be away the week of the 14th (conference). His Tuesday thyroid clinic is "
              "cancelled; Dr. Benslimane will cover urgent diabetes and thyroid calls.",
              "Linda is rebooking - no action needed from nursing.", c.sig(S["ohara"], True)]
    return c.spec("schedule", "physician absence and clinic coverage", S["ohara"], [(None, ALL_STAFF)],
                  "Dr. Gallagher away - coverage", blocks, conf=False)


def leave(c):
    v = c.serial % 3
    if v == 0:
        g, s = person(c, "en")
        blocks = [f"Hi {g},", "Your bereavement leave is approved for Thursday and Friday. Sorry for your loss - "
                  "take the time you need. Rachel will cover your pump starts.", c.sig(S["ellery"], True)]
        return c.spec("leave", "bereavement leave approved", S["ellery"], [(f"{g} {s}", email_of(g, s))],
                      "Re: leave request", blocks, conf=False, reply=True)
    if v == 1:
        who = c.ch([S["whitmore"], S["mccreary"], S["ohara"]])
        bd = c.earlier(2, 12)
        baby = ["Oliver", "Isla", "Theo", "Hazel", "Felix"][c.serial % 5]
        blocks = ["Exciting news!",
                  f"{who.given}'s {c.ch(['son', 'daughter'])} {baby} arrived on {c.day(bd, True)}, {c.r(6, 9)} lb "
                  f"{c.r(1, 15)} oz. Everyone is healthy and home.",
                  "We're collecting for a gift until Friday (envelope at reception).", c.sig(S["ellery"], True)]
        return c.spec("leave", "staff baby announcement", S["ellery"], [(None, ALL_STAFF)], "Welcome baby " + baby + "!",
                      blocks, conf=False, fmt=c.ch(["html", "alt"]))
    blocks = ["Reminder", "Vacation requests for July-August are due by April 15. Requests are approved by seniority "
              "within each team; no more than two educators off at once.", c.sig(S["ellery"], True)]
    return c.spec("leave", "summer vacation request reminder", S["ellery"], [(None, ALL_STAFF)],
                  "Summer vacation requests due", blocks, conf=False)


def payroll(c):
    v = c.serial % 3
    k = S["kaur"]
    if v == 0:
        blocks = ["Hello,", "Retroactive pay for the new collective agreement (2.5% from April 1) will be on the next "
                  "pay. Your pay stub will show it as code RETRO-25.", c.sig(k)]
        return c.spec("payroll", "retroactive pay notice", k, [(None, ALL_STAFF)], "Retro pay - next pay date", blocks,
                      conf=False)
    if v == 1:
        g, s = person(c, "en")
        blocks = [f"Hi {g},", f"I've corrected your overtime for the pump clinic evening ({c.sdate(c.earlier(3, 12))}): "
                  "3.5 h at time and a half. Employee #" + str(c.r(100000, 199999)) + ". It'll show on the next stub.",
                  c.sig(k, True)]
        return c.spec("payroll", "overtime correction for an employee", k, [(f"{g} {s}", email_of(g, s))],
                      "Overtime correction", blocks, conf=False)
    rows = [[p.name, str(c.r(100000, 199999)), datetime.date(c.r(1962, 1998), c.r(1, 12), c.r(1, 28)).isoformat(),
             c.ch(["FT", "PT 0.6", "PT 0.8"]), c.ch(["Direct deposit", "Direct deposit", "Cheque"])]
            for p in (S["whitmore"], S["kowalczyk"], S["mccreary"], S["ohara"], S["harbec"])]
    x = A.xlsx([("Staff", ["Name", "Employee #", "Date of birth (pension)", "Status", "Pay method"], rows)])
    blocks = ["Mark,", "Payroll reconciliation list for the audit attached (staff only; DOB needed for the pension "
              "plan enrolment check).", k.given]
    return c.spec("payroll", "payroll reconciliation list", k, [S["ellery"]], "Payroll reconciliation", blocks,
                  conf=False, atts=[Att("payroll_recon.xlsx", "xlsx", x)])


def occ_health(c):
    v = c.serial % 3
    hr = S["brisebois"]
    if v == 0:
        g, s = person(c, "en")
        blocks = ["Hi Mark,", f"{g} {s} has been cleared by occupational health to return on modified duties "
                  "(no lifting over 10 kg, seated work preferred) after a back strain at work. The compensation claim form "
                  "is on the employee file. Please adjust the pump clinic schedule accordingly.", c.sig(hr)]
        return c.spec("occupational_health", "employee modified duties after workplace injury", hr, [S["ellery"]],
                      "Modified duties - staff", blocks, conf=False)
    if v == 1:
        d = c.later(3, 20)
        blocks = ["All staff,", f"N95 fit testing is on {c.day(d)}, 9:00-15:00, room 204. Mandatory every 2 years. "
                  "If you have a beard, please be clean-shaven for the test.", c.sig(hr)]
        return c.spec("occupational_health", "N95 fit testing reminder", hr, [(None, ALL_STAFF)], "N95 fit testing",
                      blocks, conf=False)
    blocks = ["Hello,", "Reminder that needlestick injuries must be reported to occupational health the same day "
              "(ext. 2275). Post-exposure protocol is in the binder at each nursing station.",
              "Last quarter: 2 needlestick exposures reported at the Centre, both during insulin pen teaching.", c.sig(hr)]
    return c.spec("occupational_health", "needlestick reporting reminder with counts", hr, [(None, ALL_STAFF)],
                  "Needlestick reporting", blocks, conf=False, fmt=c.ch(["html", None]))


def newsletter(c):
    v = c.serial % 3
    sp = c.ch(SPEAKERS_EN)
    if v == 0:
        blocks = ["TROIS-PIGNONS UPDATE", "Welcome Dr. Owen Gallagher, endocrinologist, who leads our new adult type 1 "
                  "diabetes technology clinic (pumps, automated insulin delivery).",
                  "Our foot clinic saw 312 patients this year; amputation-free survival among referred ulcers was 91%.",
                  f"Grand rounds: {sp[0]} {sp[1]} {sp[2]} ({sp[3]}) on 'Preventing diabetic foot amputations'.",
                  "Thank you to Jenna Kowalczyk, RN, for coordinating 40 school staff trainings on type 1 diabetes.",
                  c.sig(S["ellery"], True)]
        return c.spec("newsletter", "centre newsletter with staff news", S["ellery"], [(None, ALL_STAFF)],
                      "Trois-Pignons Update", blocks, conf=False, fmt=c.ch(["html", "alt"]))
    if v == 1:
        pdfb = A.pdf("Living Well with Diabetes - Community Newsletter",
                     [("h", "Ask the dietitian"), "Fiona McCreary, RD, answers your questions on carbs at holiday meals.",
                      ("h", "Ask the pharmacist"), "Vincent Harbec explains why GLP-1 shortages happen.",
                      ("h", "Upcoming"), "Free eye screening days for people with diabetes - call 819-555-0140."],
                     compress=c.rng.random() < 0.5)
        blocks = ["Hello partners,", "Our community newsletter is attached - please share in your waiting rooms.",
                  c.sig(S["ellery"], True)]
        return c.spec("newsletter", "community newsletter pdf for partners", S["ellery"],
                      [("Larchmont FHT", "admin@larchmontfht.example")], "Community newsletter", blocks, conf=False,
                      atts=[Att("LivingWell_newsletter.pdf", "pdf", pdfb)])
    blocks = ["Hi,", "We're offering free type 1 diabetes training for school staff (teachers, EAs, lunch supervisors) "
              "in September: recognising lows, giving nasal glucagon, helping with pump boluses.",
              "Sessions are 90 minutes, on site at your school. Reply to book.", c.sig(S["kowalczyk"])]
    return c.spec("newsletter", "offer of diabetes training for school staff", S["kowalczyk"],
                  [("Kellerton District School Board", "healthsafety@kdsb.example")], "T1D training for school staff",
                  blocks, conf=False)


def committee(c):
    v = c.serial % 3
    if v == 0:
        d = c.later(5, 20)
        blocks = ["Hello,", f"The Patient Safety Committee meets {c.day(d)} at 08:00.",
                  ("list", ["Insulin pen labelling incident review (aggregate)", "Hypoglycaemia protocol update",
                            "Accreditation readiness", "Other business"]), c.sig(S["ellery"], True)]
        return c.spec("committee", "patient safety committee agenda", S["ellery"], [(None, ALL_STAFF)],
                      "Patient Safety Committee - agenda", blocks, conf=False)
    if v == 1:
        d = A.docx("Diabetes Technology Working Group - Minutes", [
            ("kv", [("Present", "Dr. O. Gallagher, R. Whitmore, J. Kowalczyk, V. Harbec"), ("Regrets", "Dr. P. Raghunathan")]),
            ("h", "Decisions"), "Adopt a standard CGM report template for clinic visits.",
            "Trial of cloud uploads for pump clinic from January.",
            ("h", "Actions"), "RW to draft patient consent wording for cloud sharing."])
        blocks = ["All,", "Minutes attached.", c.sig(S["whitmore"], True)]
        return c.spec("committee", "technology working group minutes", S["whitmore"], [(None, ALL_STAFF)],
                      "Minutes - Diabetes Tech WG", blocks, conf=False, atts=[Att("DTWG_minutes.docx", "docx", d)])
    blocks = ["Hi,", "The Ethics Committee is looking for one community member and one nurse. Terms are two years. "
              "Interested staff please reply by Friday.", c.sig(S["brisebois"])]
    return c.spec("committee", "call for ethics committee members", S["brisebois"], [(None, ALL_STAFF)],
                  "Committee vacancies", blocks, conf=False)


def conference(c):
    v = c.serial % 3
    sps = c.rng.sample(SPEAKERS_EN, 4)
    if v == 0:
        topics = ["Automated insulin delivery in adolescents", "Teleretinal screening: lessons from 10,000 images",
                  "Limb salvage in diabetic foot disease", "Gestational diabetes: postpartum follow-up gaps"]
        rows = [[f"{9 + i}:00", f"{s[0]} {s[1]} {s[2]}", t] for i, (s, t) in enumerate(zip(sps, topics))]
        pdfb = A.pdf("Ottawa Valley Diabetes Day - Programme", [("table", ["Time", "Speaker", "Topic"], rows),
                     "Accredited for 5 Mainpro+ credits."], compress=True)
        blocks = ["Hi all,", "Programme for Diabetes Day attached. Registration is free for Centre staff.",
                  c.sig(S["ellery"], True)]
        return c.spec("conference", "diabetes day programme", S["ellery"], [(None, ALL_STAFF)], "Diabetes Day programme",
                      blocks, conf=False, atts=[Att("DiabetesDay_programme.pdf", "pdf", pdfb)])
    if v == 1:
        s = sps[0]
        card = A.vcard([{"fn": f"{s[1]} {s[2]}", "n": (s[2], s[1]), "org": "Lakeshore University",
                         "title": s[3], "tel": [("WORK", "613-555-0163")], "email": email_of(s[1], s[2], "lakeshore-u.example")}])
        blocks = ["Hi Mark,", f"{s[0]} {s[1]} {s[2]} confirmed for grand rounds. Contact card attached for the AV team.",
                  c.sig(S["gallagher"], True)]
        return c.spec("conference", "grand rounds speaker contact card", S["gallagher"], [S["ellery"]],
                      "Grand rounds speaker", blocks, conf=False, atts=[Att("speaker.vcf", "vcf", card)])
    blocks = ["Call for posters", "The Canadian Diabetes Educators Forum invites posters on pump therapy, CGM in type 2 "
              "diabetes, diabetic foot care and school support programs. Deadline: the 30th.",
              "Keynote: Dr. Ingrid Solberg, paediatric endocrinologist."]
    return c.spec("conference", "call for posters", ("CDEF Secretariat", "posters@cdef.example"), [(None, ALL_STAFF)],
                  "Call for posters", blocks, conf=False, fmt="html")


def jobs(c):
    v = c.serial % 3
    hr = S["brisebois"]
    if v == 0:
        d = A.docx("Job Posting - Registered Dietitian (Diabetes)", [
            ("kv", [("Posting #", f"TP-{c.r(100, 999)}"), ("Status", "Permanent full-time"), ("Location", "Val-Brule")]),
            ("h", "Duties"), "Individual and group counselling for people with type 1, type 2 and gestational diabetes; "
            "carbohydrate counting; pump education support.", ("h", "Qualifications"), "Registered dietitian; CDE an asset."])
        blocks = ["Hi,", "Please share the attached posting.", c.sig(hr)]
        return c.spec("job_posting", "dietitian job posting", hr, [(None, ALL_STAFF)], "Job posting - RD",
                      blocks, conf=False, atts=[Att("RD_posting.docx", "docx", d)])
    if v == 1:
        g, s = person(c, "en")
        d = c.later(2, 8)
        blocks = ["Hi Mark,", f"Interview with {g} {s} (RN applicant, 4 years' paediatric diabetes experience) is on "
                  f"{c.day(d)} at 2:00 p.m. References: two, both positive. Her phone is {G.phone(c.rng)} if we need "
                  "to reschedule.", c.sig(hr, True)]
        return c.spec("candidate", "interview arrangements for a nurse applicant", hr, [S["ellery"], S["kowalczyk"]],
                      "Interview - RN applicant", blocks, conf=False)
    g, s = person(c, "en")
    blocks = [f"Dear {g},", "Thank you for your interest in the Booking Clerk position. We regret to inform you that "
              "we have chosen another candidate. We will keep your resume on file for six months.", c.sig(hr)]
    return c.spec("candidate", "regret letter to job applicant", hr, [(f"{g} {s}", email_of(g, s, "inbox-mail.example"))],
                  "Your application", blocks, conf=False)
