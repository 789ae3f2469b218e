"""English hard negatives, part 1: HR, schedules, payroll, newsletters, committees, conferences, jobs, social."""
import datetime

from gen_common import (Msg, ORG_DOMAIN, SITE_ADDR, SITE_PHONE, en_date, ext, staff)
from gen_docs import att, ics, pdf, xlsx

ALL = "all.sroa@" + ORG_DOMAIN
EXTRA_STAFF_EN = ["Laura Whitman", "Greg Kirkland", "Amanda Okonkwo", "Sean Abernathy", "Erin Lindqvist", "Carlos Sandoval",
                  "Tara Moreno", "Neil Harper", "Dana Ashworth", "Mike Pellerin"]


def _m(c, cat, note, subj, body, frm, to, **kw):
    return Msg(lang="en", category=cat, note=note, types=set(), subject=subj, body=body, frm=frm, to=to, **kw)


def leave(c):
    r = c.r
    chief = staff("chief")
    who = r.sample(EXTRA_STAFF_EN, 4)
    d0 = c.workday(10, 40)
    lines = [f"{w}: {en_date(d0 + datetime.timedelta(days=6 * k), 'abbr')} to {en_date(d0 + datetime.timedelta(days=6 * k + r.randint(3, 12)), 'abbr')}"
             for k, w in enumerate(who)]
    body = (f"Hi everyone,\n\n{c.pick(['Approved leave for the coming weeks is below.', 'Here is the updated leave calendar.', 'Reminder of planned absences.'])}\n\n"
            + "\n".join(lines) + "\n\nDysphagia on-call will rotate; the coverage grid follows separately. Please send any swaps to me and to payroll.\n\n"
            + chief.sig("en"))
    return _m(c, "hr_leave", "staff leave calendar", c.pick(["Approved leave", "Vacation calendar", "Planned absences"]), body,
              chief.addr(), [("SROA team", ALL)])


def schedule(c):
    r = c.r
    chief = staff("chief")
    names = [s.given + " " + s.surname for s in (staff("slp_en"), staff("slp_en2"), staff("aud_en"), staff("slp_voice"), staff("tech"))]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows = [["Clinician"] + days] + [[n] + [c.pick(["Clinic", "Wards", "Schools", "ABR", "Admin", "WFH", "Training"]) for _ in days] for n in names]
    d = c.workday(5, 20)
    body = (f"Hello,\n\nAttached is the on-call and clinic rotation for the week of {en_date(d)}. Ward blocks cover inpatient swallow "
            f"consults; ABR blocks are in B-214.\n\nKarine")
    return _m(c, "staff_schedule", "weekly staff rotation as XLSX", f"Rotation - week of {en_date(d, 'abbr')}", body, chief.addr(),
              [("SROA team", ALL)], atts=[att(f"rotation_{d:%Y%m%d}.xlsx", "xlsx", xlsx([("Week", rows)], author=chief.surname))])


def payroll(c):
    hr = staff("hr")
    d = c.workday(3, 12)
    body, subj = c.pick([
        (f"Hi all,\n\nOvertime and on-call premiums for pay period 18 must be entered by noon on {en_date(d)}. Late timesheets will be paid next period.\n\n", "Payroll cut-off"),
        (f"Hello,\n\nStarting with the {en_date(d)} pay, statements will only be available through the employee portal. You'll be asked for your employee number and date of birth at first login.\n\n", "Pay statements"),
        (f"Hello,\n\nA calculation error affected the evening premium for about ten audiology employees. The correction will be paid on {en_date(d)}; no action needed.\n\n", "Payroll correction"),
    ])
    body += hr.sig("en")
    return _m(c, "payroll", "payroll notice to employees", subj, body,
              hr.addr(), [("SROA staff", ALL)])


def newsletter(c):
    r = c.r
    num = r.randint(12, 48)
    items = r.sample([
        ("Voice clinic expands", "Ms. Amélie Vachon, S-LP, now offers LSVT LOUD for people living with Parkinson's disease. Referrals go through central intake."),
        ("CI for older adults", "Dr. Nadia Haddad will present outcomes of our cochlear implant programme in patients over 75 - severe presbycusis, cognition and quality of life."),
        ("Welcome", "Please welcome Jessica Campbell, audiologist, joining the newborn hearing and ABR team."),
        ("Hearing week", "Free hearing screening for staff in the cafeteria on Thursday. Bring your earplugs."),
        ("Meet Dr. Okafor", "Our new consulting ENT runs the chronic otitis and tinnitus clinic on Wednesdays."),
        ("Did you know?", "Roughly 1 in 10 children has a developmental language disorder. Our school SLPs saw 412 students last year."),
        ("IDDSI roll-out complete", "All units now use IDDSI levels for food and drink. Thanks to Julie Beaulieu and Food Services."),
    ], 4)
    html = (f"<div style=\"max-width:640px;font-family:Arial\"><h2 style=\"background:#2a6f4e;color:#fff;padding:10px\">SROA Update - Issue {num}</h2>\n"
            + "\n".join(f"<h3>{t}</h3>\n<p>{b}</p>" for t, b in items)
            + f"\n<p style=\"font-size:9pt;color:#777\">{SITE_ADDR} | {SITE_PHONE}<br>To unsubscribe reply REMOVE.</p></div>")
    text = f"SROA Update - Issue {num}\n\n" + "\n\n".join(f"{t}\n{b}" for t, b in items) + f"\n\n{SITE_ADDR} | {SITE_PHONE}"
    return _m(c, "newsletter", "internal service newsletter", f"SROA Update - Issue {num}", text,
              ("SROA Communications", "communications@" + ORG_DOMAIN), [("SROA team", ALL)], html=html, fmt=c.pick(["html", "alt"]))


def committee(c):
    r = c.r
    adj = staff("adj")
    name, agenda = c.pick([
        ("Interdisciplinary Dysphagia Committee", ["Minutes", "IDDSI tray audit", "Aspiration pneumonia rates (aggregate, Q2)", "Other business"]),
        ("Infection Prevention - Outpatient Clinics", ["Nasendoscope reprocessing", "Earmold lot recall", "Hand hygiene audit", "Other business"]),
        ("Cochlear Implant Programme Committee", ["Replacement processor budget", "Activation wait times",
                                                  "Dr. Levesque: post-meningitis cochlear ossification", "Other business"]),
        ("Quality & Patient Safety Committee", ["Incident reports this quarter (aggregate)", "Client identification at the sound booths",
                                                "EHR downtime contingency plan", "Other business"])])
    d = c.workday(5, 25)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    body = (f"Hello,\n\nThe next {name} meeting is {en_date(d, 'day')}, 12:00-13:00, room B-301 and Teams.\n\nAgenda:\n"
            + "\n".join(f"{k + 1}. {a}" for k, a in enumerate(agenda)) + "\n\nPlease RSVP.\n\n" + adj.sig("en"))
    atts = []
    if r.random() < 0.5:
        atts.append(att("meeting.ics", "ics", ics(f"cttee-{d:%Y%m%d}-en@{ORG_DOMAIN}", start, start + datetime.timedelta(hours=1), name,
                                                  "Agenda: " + "; ".join(agenda), "B-301 / Teams", adj.addr(),
                                                  [staff("chief").addr(), staff("slp_en").addr()], stamp=c.now)))
    return _m(c, "committee_notice", "committee meeting notice", f"Meeting notice - {name}", body, adj.addr(),
              [("Committee members", "committee@" + ORG_DOMAIN)], atts=atts)


def conference(c):
    r = c.r
    assoc = ext("assoc")
    d = c.days(40, 120)
    talks = r.sample(["Dr. Nadia Haddad - Cochlear implants beyond 80: who benefits?",
                      "Rachel O'Neill, S-LP - Post-stroke dysphagia screening by nurses",
                      "Dr. Samuel Turcotte - Bulbar ALS and feeding decisions",
                      "Dr. Kevin Okafor - Sudden hearing loss: oral vs intratympanic steroids",
                      "Megan Fitzgerald - DLD in bilingual classrooms",
                      "Panel - Living with the barium shortage",
                      "Jessica Campbell - Congenital CMV and late-onset hearing loss"], 5)
    lines = [f"Annual Conference - {assoc[0]}", f"{en_date(d)} - Port-Aubin Convention Centre", "", "# Programme"] + \
            [f"{9 + k}:00 - {t}" for k, t in enumerate(talks)] + ["", "Registration: $275 members / $350 non-members. 6 CEUs."]
    body = (f"Dear members,\n\nThe preliminary programme is attached. Early-bird registration closes {en_date(d - datetime.timedelta(days=30))}.\n\n"
            f"Scientific Committee\n{assoc[0]}")
    return _m(c, "conference_programme", "conference programme with speakers", "Annual conference - preliminary programme", body,
              ("Scientific Committee", "conference@" + assoc[1]), [("Members", "members@" + assoc[1])],
              atts=[att("conference_programme.pdf", "pdf", pdf("Preliminary Programme", lines))])


def job(c):
    r = c.r
    hr = staff("hr")
    j = c.pick([("Speech-Language Pathologist - Dysphagia", "clinical and instrumental swallowing assessment (MBS, FEES)"),
                ("Audiologist - Cochlear Implant Programme", "mapping, follow-up and candidacy assessment"),
                ("School-based Speech-Language Pathologist (English sector)", "assessment and intervention in elementary schools"),
                ("Clerk - Central Intake", "scheduling, wait-list management and reception")])
    body = (f"POSTING #{r.randint(2024100, 2024999)}\n\nPosition: {j[0]}\nStatus: {c.pick(['full-time permanent', 'part-time 0.7 FTE', '12-month replacement'])}\n"
            f"Location: {SITE_ADDR}\n\nDuties: {j[1]}.\nRequirements: licensed with the professional order; French required for patient care.\n"
            f"Salary: per provincial scale (${r.randint(29, 33)}.{r.randint(10, 99)} to ${r.randint(45, 54)}.{r.randint(10, 99)}/h).\n\n"
            f"Apply by {en_date(c.days(14, 30))} to {hr.email}.\n\n{hr.sig('en')}")
    return _m(c, "job_posting", "job posting", f"Job posting - {j[0]}", body, hr.addr(), [("SROA staff", ALL)])


def baby_news(c):
    r = c.r
    chief = staff("chief")
    who = c.pick(EXTRA_STAFF_EN)
    baby = c.pick(["Theo", "Maeve", "Jonah", "Clara", "Silas"])
    d = c.ago(1, 10)
    if r.random() < 0.6:
        body = (f"Hi team,\n\nGreat news - {who} and family welcomed baby {baby} on {en_date(d)} at 4:51 am, {r.randint(6, 9)} lb {r.randint(0, 15)} oz. "
                "Everyone is healthy and happy.\n\nThere's a card at reception if you'd like to sign.\n\nKarine")
        subj = f"Welcome baby {baby}!"
    else:
        b = [f"{w} - {c.pick(['March', 'April', 'May'])} {r.randint(1, 28)}" for w in r.sample(EXTRA_STAFF_EN, 3)]
        body = "Hello,\n\nQuarterly birthday cake Thursday at 3 pm in the staff room (nut-free):\n\n" + "\n".join(b) + "\n\nSocial committee"
        subj = "Quarterly birthdays"
    return _m(c, "staff_social", "staff social news", subj, body, chief.addr(), [("SROA team", ALL)])


def occ_health(c):
    hr = staff("hr")
    v = c.pick(["flu", "noise", "rtw"])
    if v == "flu":
        body = (f"Hello,\n\nStaff flu clinics: {en_date(c.workday(5, 10), 'day')} and {en_date(c.workday(11, 16), 'day')}, room A-012, 8:00-16:00. "
                "Bring your badge.\n\nOccupational Health & Safety")
        subj = "Staff flu vaccination clinics"
    elif v == "noise":
        body = ("Hello,\n\nMaintenance and food-services staff exposed to noise are due for their annual screening audiogram. Slots are "
                "posted on the intranet; individual results go to the worker only.\n\nOccupational Health & Safety")
        subj = "Annual hearing screening - noise-exposed staff"
    else:
        body = (f"Hi Karine,\n\n{c.pick(EXTRA_STAFF_EN)} will start a graduated return to work on {en_date(c.workday(3, 12))}: 3 days/week for 4 weeks, "
                "no patient transfers. Please adjust the schedule.\n\n" + hr.sig("en"))
        subj = "Graduated return to work"
    return _m(c, "occupational_health", "staff occupational health notice", subj, body, hr.addr(),
              [staff("chief").addr()] if v == "rtw" else [("SROA staff", ALL)])


def placements(c):
    r = c.r
    univ = ext("univ")
    names = r.sample(["Hannah Cole", "Priyanka Das", "Emily Tran", "Zoe Bancroft", "Lily Marchetti", "Jordan Reyes"], 3)
    sups = [staff("slp_en"), staff("slp_en2"), staff("aud_en")]
    body = ("Hello,\n\nWinter placements:\n\n" + "\n".join(f"- {n} ({c.pick(['MSc1', 'MSc2'])}) with {s.given} {s.surname}, starting {en_date(c.days(20, 40))}, 8 weeks"
                                                      for n, s in zip(names, sups))
            + "\n\nStudents must complete privacy training and provide immunization records before day one.\n\nClinical Placement Office\n" + univ[0])
    return _m(c, "student_placement", "student placement assignments", "Winter clinical placements", body,
              ("Clinical Placement Office", "placements@" + univ[1]), [staff("chief").addr()])
