"""English hard negatives, part A: HR, schedules, payroll, newsletters, committees, events, jobs."""
import datetime

from gen_common import ORG, EXT, en_date, luhn_serial, slug
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard
from gen_text import sig, staff_addr, greet, close, md

L = "en"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _neg(cat, note, frm, to, subject, body, **kw):
    return Msg(L, cat, False, [], note, frm, to, subject, body, **kw)


def m_rota(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    staff = c.staff["nurse"] + c.staff["coord"]
    rows = [["Name", "Role", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]]
    for n in staff:
        rows.append([n.full, r.choice(["RN", "RN", "CNS", "Coordinator"])] + [r.choice(["D", "E", "N", "off", "D"]) for _ in range(7)])
    body = "\n".join(["Hi everyone,", "",
                      "Attached is the 7 North rota for the 4 weeks starting %s. Shift swaps must be approved by me or the "
                      "charge nurse; please don't swap directly in the system." % en_date((dt + datetime.timedelta(days=7)).date()),
                      "Chemo-certified RNs are flagged in column B. We are still short one night RN on weekends.", "",
                      sig(mgr, L, "Nurse Manager, 7 North")])
    return _neg("hr_schedule", "nursing rota spreadsheet", staff_addr(mgr), [("7 North staff", "7north-staff@" + ORG["dom"])],
                "7N rota - next 4 weeks", body,
                atts=[Att("7N_rota_%s.xlsx" % dt.strftime("%Y%m%d"), XLSX, make_xlsx([("Rota", rows)], author=mgr.full))], date=dt)


def m_oncall(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    h = r.choice(c.staff["hemato"])
    st = datetime.datetime(dt.year, dt.month, dt.day, 8, 0) + datetime.timedelta(days=r.randint(3, 9))
    ics = make_ics("oncall-%d@%s" % (r.randrange(10**6), ORG["dom"]), st, st + datetime.timedelta(days=7),
                   "BMT attending on call - %s" % md(h, L), "Covers inpatient BMT, GVHD consults and apheresis unit calls.",
                   "Hematology", (clerk.full, clerk.email(ORG["dom"])), [(h.full, h.email(ORG["dom"]))])
    body = "\n".join(["Hello,", "", "%s has swapped into the BMT attending week starting %s. Calendar invite attached; the paging "
                      "schedule has been updated." % (md(h, L), en_date(st.date())), "", clerk.full, "Hematology office"])
    return _neg("oncall_schedule", "on-call swap notice with calendar invite", staff_addr(clerk),
                [("Hematology attendings", "heme-attendings@" + ORG["dom"])], "On-call swap", body,
                atts=[Att("oncall.ics", "text/calendar", ics)], date=dt)


def m_payroll(c):
    r = c.rng
    dt = c.date()
    hr = c.pick("hr")
    emp = r.choice(c.staff["nurse"] + c.staff["bank"] + c.staff["pharm"])
    empid = luhn_serial(r, str(r.randint(1, 7)), 9)
    body = "\n".join(["Hi %s," % emp.given, "",
                      "Your T4 reissue request has been processed. Employee ID %s; corrected box 14 amount reflects the retroactive "
                      "critical-care premium (Apr-Jun). The new slip is in the employee portal." % empid,
                      "", "Payroll will never ask for your bank details by e-mail.", "", hr.full, "Payroll Services"])
    return _neg("payroll", "payroll notice to an employee (Luhn-valid employee ID)", staff_addr(hr), [staff_addr(emp)],
                "T4 reissue", body, date=dt)


def m_newsletter(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    h1, h2 = r.sample(c.staff["hemato"], 2)
    co = r.choice(c.staff["coord"])
    body = "\n".join(["BMT BULLETIN - %s 2024" % r.choice(["Spring", "Summer", "Fall"]), "",
                      "* Program volume: %d transplants in the last 12 months (%d allogeneic). Day-100 non-relapse mortality %d%%." % (
                          r.randint(130, 170), r.randint(60, 85), r.randint(4, 9)),
                      "* Congratulations to %s, newly appointed director of the myeloma and amyloidosis clinic." % md(h1, L),
                      "* %s presented our PTCy outcomes in haploidentical transplant at the Tandem Meetings." % md(h2, L),
                      "* %s %s celebrates 25 years with the program - thank you for coordinating over 900 donors!" % (
                          "Ms." if co.sex == "F" else "Mr.", co.full),
                      "* Mark your calendar: Survivors' Day picnic, %s." % en_date((dt + datetime.timedelta(days=40)).date()), "",
                      ORG["en_prog"], ORG["addr_en"], "Tel. " + ORG["tel_bmt"]])
    return _neg("newsletter", "program newsletter with aggregate outcomes and staff news", staff_addr(mgr),
                [("BMT program list", "bmt-list@" + ORG["dom"])], "BMT Bulletin", body, date=dt,
                hints={"struct": r.choice(["html", "alt"])})


def m_committee(c):
    r = c.rng
    dt = c.date()
    sec = c.pick("clerk")
    chair = c.pick("hemato")
    meet = (dt + datetime.timedelta(days=r.randint(7, 21))).date()
    body = "\n".join(["NOTICE OF MEETING - Cellular Therapy Quality Management Committee", "%s, 16:00-17:00, Room C-310 / Teams" % en_date(meet), "",
                      "Agenda", "1. Minutes of previous meeting", "2. Product deviations Q%d: %d (none with patient impact)" % (r.randint(1, 3), r.randint(1, 6)),
                      "3. CD34 viability trend after thaw (median %d%%)" % r.randint(72, 90), "4. FACT standards 9th edition gap analysis",
                      "5. Other business", "", "Chair: %s" % md(chair, L), "", sec.full])
    return _neg("committee_notice", "committee meeting notice with aggregate quality data", staff_addr(sec),
                [("CT QM committee", "ctqm@" + ORG["dom"])], "Notice: CT Quality Committee", body, date=dt)


def m_conference(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    sp = [c.patient("en", lang="en") for _ in range(2)]
    talks = [("Steroid-refractory acute GVHD: what after ruxolitinib?", md(r.choice(c.staff["hemato"]), L)),
             ("Measurable residual disease before transplant in AML", md(r.choice(c.staff["hemato"]), L)),
             ("Keynote: Haploidentical donors in older adults", "Dr. " + sp[0].full + " (Kingsmere University)"),
             ("Nursing care of oral mucositis", r.choice(c.staff["coord"]).full + ", RN"),
             ("Fertility preservation before conditioning", "Dr. " + sp[1].full)]
    lines = ["%s  %s - %s" % (h, t, s) for (t, s), h in zip(talks, ["08:30", "09:15", "10:30", "13:00", "14:00"])]
    pdf = make_pdf("Eastern Canada BMT Day 2024 - Programme", ["Venue: Cèdres Auditorium", ""] + lines + ["", "5.5 Section 1 credits."])
    body = "\n".join(["Dear colleagues,", "", "Registration is open for the Eastern Canada BMT Day. Programme attached.", "", *lines, "",
                      sig(mgr, L, "Education Coordinator")])
    return _neg("conference_programme", "conference programme listing speakers and topics", staff_addr(mgr),
                [("All hematology", "heme-all@" + ORG["dom"])], "BMT Day 2024 - programme", body,
                atts=[Att("BMT_Day_2024_programme.pdf", "application/pdf", pdf)], date=dt)


def m_job(c):
    r = c.rng
    dt = c.date()
    hr = c.pick("hr")
    post = r.choice(["Clinical Nurse Specialist - Cellular Therapy", "Medical Laboratory Technologist - Stem Cell Processing",
                     "Data Manager - Transplant Outcomes (CIBMTR reporting)"])
    body = "\n".join(["JOB POSTING #%d" % r.randint(24000, 24999), post, "",
                      "Full-time, permanent. Day shifts with on-call rotation.",
                      "Requirements: relevant degree; experience with haematological malignancies, apheresis or stem cell "
                      "cryopreservation an asset; bilingualism (French/English) required.",
                      "Salary: $%d,%03d - $%d,%03d per year, plus benefits." % (r.randint(68, 75), r.randint(0, 999), r.randint(95, 110), r.randint(0, 999)),
                      "", "Apply by %s through the careers portal." % en_date((dt + datetime.timedelta(days=21)).date()), "",
                      hr.full, "Talent Acquisition"])
    return _neg("job_posting", "job posting", staff_addr(hr), [("All staff", "allstaff@" + ORG["dom"])], "Posting: " + post, body, date=dt)


def m_candidates(c):
    r = c.rng
    dt = c.date()
    hr, mgr = c.pick("hr"), c.pick("mgr")
    cands = [c.patient("en", lang="en") for _ in range(r.randint(3, 4))]
    rows = [["Candidate", "Current role", "Interview", "Panel"]] + [
        [p.full, r.choice(["RN, oncology day unit", "RN, ICU", "Research nurse", "New grad RN"]),
         "%s %s" % ((dt + datetime.timedelta(days=6)).date().isoformat(), t), "%s, %s" % (mgr.surname, hr.surname)]
        for p, t in zip(cands, ["09:00", "10:00", "11:00", "13:30"])]
    body = "\n".join(["Hi %s," % mgr.given, "", "Shortlist for the transplant coordinator posting and the interview slots:", "",
                      *["  %s - %s - %s" % (x[0], x[1], x[2]) for x in rows[1:]], "", "References will be checked after the interviews.", "", hr.given])
    return _neg("hr_interviews", "interview shortlist of job candidates", staff_addr(hr), [staff_addr(mgr)], "Coordinator interviews",
                body, date=dt)


def m_occ_health(c):
    r = c.rng
    dt = c.date()
    emp = r.choice(c.staff["nurse"] + c.staff["coord"] + c.staff["bank"])
    body = "\n".join(["Dear %s," % emp.given, "",
                      r.choice(["Our records show your annual influenza vaccination is outstanding. As you work on a transplant unit, "
                                "vaccination or a masking declaration is required by December 1.",
                                "Your post-exposure follow-up after the needlestick of %s is complete: all baseline and 6-week results "
                                "were negative. No further testing is required." % en_date((dt - datetime.timedelta(days=50)).date()),
                                "Your return-to-work plan after your back injury has been approved: modified duties (no lifting > 10 kg) "
                                "for 3 weeks."]),
                      "", "Employee Health Services", "Tel. %s ext. 2250" % ORG["tel"]])
    return _neg("occupational_health", "employee health message to a staff member", ("Employee Health", "employeehealth@" + ORG["dom"]),
                [staff_addr(emp)], "Employee Health", body, date=dt)


def m_baby(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    col = r.choice(c.staff["hemato"] + c.staff["pharm"] + c.staff["hla"])
    baby = r.choice(["Oliver", "Maya", "Ella", "Lucas", "Nora"])
    born = (dt - datetime.timedelta(days=r.randint(1, 5))).date()
    body = "\n".join(["Happy news!", "", "%s and family welcomed baby %s on %s, 7 lb 4 oz. Everyone is healthy and home." % (
        col.full, baby, en_date(born)), "There is a card in the staff lounge until Friday.", "", mgr.given])
    return _neg("staff_news", "birth announcement for a colleague's baby", staff_addr(mgr), [("BMT team", "bmt-team@" + ORG["dom"])],
                "Welcome baby %s" % baby, body, date=dt)


def m_birthdays(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    ppl = r.sample([p for l in c.staff.values() for p in l], 4)
    body = "\n".join(["This month's birthdays (cake Thursday 3 pm):", ""] +
                     ["- %s (%s %d)" % (p.full, r.choice(["August", "September"]), r.randint(1, 28)) for p in ppl] + ["", mgr.given])
    return _neg("staff_news", "staff birthday list", staff_addr(mgr), [("Heme staff", "heme-all@" + ORG["dom"])], "Birthdays!", body, date=dt)


def m_leave(c):
    r = c.rng
    dt = c.date()
    emp = r.choice(c.staff["coord"] + c.staff["pharm"] + c.staff["research"])
    mgr = c.pick("mgr")
    body = "\n".join(["Hi %s," % mgr.given, "",
                      r.choice(["I'd like to request bereavement leave from %s to %s for my father's funeral in Halifax.",
                                "I'll be on sick leave from %s to %s (day surgery); my doctor's note went to Employee Health.",
                                "Requesting vacation %s to %s - coverage arranged with the other coordinators."]) % (
                          en_date((dt + datetime.timedelta(days=3)).date()), en_date((dt + datetime.timedelta(days=10)).date())),
                      "", "Thanks,", emp.given])
    return _neg("leave_request", "staff leave request", staff_addr(emp), [staff_addr(mgr)], "Leave request", body, date=dt)


def m_directory(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    areas = ["allogeneic transplant, GVHD", "myeloma and amyloidosis", "acute leukaemia", "lymphoma and CAR-T cell therapy",
             "bone marrow failure syndromes", "MDS and MPN", "thrombosis and haemostasis"]
    lines = ["%s - %s - ext. %s" % (md(h, L), a, h.ext) for h, a in zip(c.staff["hemato"], areas * 2)]
    h = r.choice(c.staff["hemato"])
    vc = make_vcard(h.given, h.surname, ORG["en_name"], "Haematologist", [("WORK", ORG["tel_bmt"]), ("FAX", ORG["fax_bmt"])],
                    h.email(ORG["dom"]), ("WORK", "3100 Cedres Blvd", "Montreal", "QC", "H2X 0A1", "Canada"))
    body = "\n".join(["Dear referring physicians,", "", "Updated list of our haematologists by area of interest:", "", *lines, "",
                      "Referrals: fax %s or call %s." % (ORG["fax_bmt"], ORG["tel_bmt"]), ORG["addr_en"], "", clerk.full])
    return _neg("directory", "physician directory by disease area", staff_addr(clerk),
                [("Referring physicians", "referrals@" + EXT["lrhc"][1])], "Haematology referral directory", body,
                atts=[Att("%s.vcf" % slug(h.full), "text/vcard", vc, charset="utf-8")] if r.random() < 0.5 else [], date=dt)


def m_swab_drive(c):
    r = c.rng
    dt = c.date()
    org = c.pick("coord")
    body = "\n".join(["Be a stem cell donor!", "",
                      "Our swab drive is on %s, 10:00-16:00, main lobby. Ages 17-35, it takes 5 minutes. Last year %d people joined the "
                      "registry at our drive and %d of them have already been matched to a patient somewhere in the world." % (
                          en_date((dt + datetime.timedelta(days=14)).date()), r.randint(90, 200), r.randint(1, 3)),
                      "", "Volunteers please sign up with %s." % org.full])
    return _neg("blood_drive", "stem cell registry swab drive announcement", staff_addr(org), [("All staff", "allstaff@" + ORG["dom"])],
                "Swab drive - be a donor", body, date=dt, hints={"struct": r.choice(["html", "alt"])})


def m_autoreply(c):
    r = c.rng
    dt = c.date()
    emp = r.choice([p for l in c.staff.values() for p in l])
    body = "\n".join(["Thank you for your message. I am away until %s with limited access to e-mail." % en_date((dt + datetime.timedelta(days=r.randint(3, 12))).date()),
                      "For urgent clinical matters about a transplant patient, page the BMT fellow at %s." % ORG["tel_bmt"],
                      "For donor search questions, contact the coordinators' line.", "", emp.full])
    return _neg("auto_reply", "out-of-office auto-reply", staff_addr(emp), [("Rideau Valley hematology", "hemeclinic@" + EXT["rvgh"][1])],
                "Automatic reply: Out of office", body, date=dt, hints={"struct": "plain"})
