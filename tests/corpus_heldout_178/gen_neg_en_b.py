"""English hard negatives, part B: HR, payroll, occupational health, job
postings, committees, CME, IT, facilities, research, vendor contacts, on-call
lists, policy archives, candidate interviews, staff announcements."""
import datetime

import gen_common as C
import gen_docs as D
import gen_tpl as T


def hr_en(r, c):
    emp = r.choice(["obrien", "dube", "kowalski", "murphy", "lavoie"])
    d1 = T.future(r, c.when, 5, 40)
    d2 = d1 + datetime.timedelta(days=r.randint(3, 15))
    txt = r.choice(["%s will be on leave from %s to %s. Float pool coverage has been arranged." % (C.staff_name(emp, "en"), C.short_date_en(d1), C.short_date_en(d2)),
                    "Your vacation request (%s - %s) is approved. Remaining balance: %d days." % (C.short_date_en(d1), C.short_date_en(d2), r.randint(2, 18)),
                    "%s has accepted the permanent infusion nurse position effective %s. Please join me in congratulating them!" % (C.staff_name(emp, "en"), C.long_date_en(d1)),
                    "Reminder: performance appraisals for clinic staff are due %s. Templates are on the HR portal." % C.long_date_en(d1)])
    return T.spec("hr", "staff HR notice", r.choice(["Leave approved", "Staffing update", "HR reminder"]), T.who("bergeron", "en"),
                  [T.who(emp, "en")] if "Your" in txt else [("Infusion Team", "infusion.team@" + C.ORG_DOMAIN)],
                  "Hi,\n\n%s\n\n%s" % (txt, C.signature(r, "bergeron", "en")))


def payroll_en(r, c):
    emp = r.choice(["obrien", "dube", "kowalski", "murphy", "lavoie", "charest"])
    per = r.randint(1, 26)
    body = ("Hi %s,\n\nA correction will be applied in pay period %d: %s overtime hours at 1.5x and a %s-hour evening premium. "
            "Employee number: %06d.\n\nYour T4 slip is available in the employee portal; please verify your banking details there "
            "(never by e-mail).\n\nPayroll Services, ext. 3150" % (C.STAFF_BY_KEY[emp][1], per, r.choice(["7.5", "3.75", "11.25"]),
                                                                   r.choice(["8", "16"]), r.randint(100000, 999999)))
    return T.spec("payroll", "payroll correction for an employee", "Pay correction - period %d" % per, ("Payroll Services", "payroll@" + C.ORG_DOMAIN),
                  [T.who(emp, "en")], body)


def occ_health_en(r, c):
    emp = r.choice(["obrien", "dube", "kowalski", "nguyen", "arsenault"])
    nm = C.staff_name(emp, "en")
    txt = r.choice(["Annual TB skin test for %s (staff screening) read today: negative, 0 mm." % nm,
                    "%s completed the post-exposure protocol after the needlestick on %s; baseline bloodwork for the employee is normal. "
                    "6-week follow-up at Employee Health." % (nm, C.short_date_en(T.past(r, c.when, 3, 20))),
                    "%s is cleared for a graduated return to work from %s: 3 days/week for 4 weeks, no lifting over 10 kg." % (nm, C.long_date_en(T.future(r, c.when, 3, 15))),
                    "Staff flu clinic: %s was vaccinated on %s. Unit coverage is now %d%%." % (nm, C.short_date_en(T.past(r, c.when, 1, 9)), r.randint(55, 90))])
    return T.spec("occupational_health", "employee occupational health follow-up", r.choice(["Employee Health follow-up", "Occupational health",
                  "Staff screening result"]), ("Employee Health", "employee.health@" + C.ORG_DOMAIN), [T.who("bergeron", "en"), T.who(emp, "en")],
                  "Hello,\n\n%s\n\nEmployee Health Services\n%s, tel. 450-555-0130" % (txt, C.HOSP_EN))


def job_en(r, c):
    job, duties = r.choice([("Registered Nurse - Biologics Infusion Clinic (permanent, full time)",
                             "administer infusions per protocol, monitor for reactions, teach self-injection"),
                            ("Booking Clerk - Rheumatology (12-month term)", "book clinic and infusion appointments, manage wait lists, "
                             "scan documents, support drug authorization paperwork"),
                            ("Clinical Pharmacist - Specialty Biologics (0.6 FTE)", "verify biologic orders, manage access programs, "
                             "sit on the P&T committee"),
                            ("Rheumatologist - Vasculitis Program", "outpatient clinics, inpatient consults, shared call, resident teaching")])
    no = "%d-%04d" % (c.when.year % 100, r.randint(1000, 9999))
    body = ("JOB POSTING %s\n\n%s\n\nResponsibilities: %s; coordinate with "
            "rheumatologists, pharmacy and social work.\nRequirements: current licence; ambulatory care experience an asset; bilingualism "
            "(French/English) preferred.\nSalary: per collective agreement.\n\nApply by %s to careers@%s\nInquiries: Nathalie Bergeron, "
            "Service Manager, 450-555-0110 ext. 2101." % (no, job, duties, C.long_date_en(T.future(r, c.when, 10, 30)), C.ORG_DOMAIN))
    return T.spec("job_posting", "job posting", "Posting %s - %s" % (no, job.split(" - ")[0]), ("Careers", "careers@" + C.ORG_DOMAIN),
                  [("All Staff", "allstaff@" + C.ORG_DOMAIN)], body, mode=r.choice(["plain", "html", "alt"]))


def committee_en(r, c):
    com = r.choice(["Pharmacy & Therapeutics Committee", "Rheumatology Quality Council", "Medical Directives Committee"])
    day = T.future(r, c.when, 5, 25)
    start = datetime.datetime.combine(day, datetime.time(r.choice([7, 12, 16]), 0))
    agenda = r.sample(["Biosimilar switch: adalimumab and etanercept", "Rituximab protocol revision for AAV",
                       "Medical directive: pre-biologic screening", "Infusion reaction rates Q3 (aggregate)",
                       "Special Access Program request workflow", "Depo-Medrol shortage contingency"], 4)
    ev = {"uid": "ptc-%d@%s" % (r.randint(10000, 99999), C.ORG_DOMAIN), "start": start, "end": start + datetime.timedelta(hours=1),
          "summary": com, "location": r.choice(["Room 3-114", "Teams"]), "description": "Agenda: " + "; ".join(agenda),
          "organizer": ("Veronique Charest", C.staff_addr("charest")),
          "attendees": [(C.staff_name(k, "en", False), C.staff_addr(k)) for k in r.sample(C.PHYS, 3)]}
    body = ("Hello,\n\nThe next %s meeting is on %s.\n\nAgenda:\n%s\n\nChair: Dr. Olivier Desrosiers\n\n%s"
            % (com, C.long_date_en(day), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)), C.signature(r, "charest", "en")))
    return T.spec("committee", "committee meeting notice with calendar invite", "Meeting notice - %s" % com, T.who("charest", "en"),
                  [("Committee Members", "ptc@" + C.ORG_DOMAIN)], body,
                  attachments=[{"kind": "ics", "data": D.ics([ev], prodid="-//Trois-Rivages//Agenda//EN"), "filename": "meeting.ics"}])


def cme_en(r, c):
    talks = r.sample([("Dr. Isabelle Vézina", "Lupus nephritis in 2025: induction and maintenance"),
                      ("Dr. Karim Haddad", "ANCA vasculitis: where does avacopan fit?"), ("Dr. Priya Raman", "Refractory gout"),
                      ("Dr. Thomas Whitfield", "Systemic sclerosis-ILD: screening and treatment"),
                      ("Dr. Anne-Marie Beaulieu", "Ultrasound for giant cell arteritis"),
                      ("Kevin O'Brien, RN", "Managing infusion reactions: a nursing protocol")], 4)
    day = T.future(r, c.when, 14, 60)
    body = ("Rheumatology Grand Rounds & CME Webinar Series\n\n%s\n\nAll sessions 12:00-13:00 on %s and following Wednesdays.\n"
            "Accredited for 1 Section 1 credit per hour. Registration: cme@%s"
            % ("\n".join("- %s: %s" % t for t in talks), C.long_date_en(day), C.ORG_DOMAIN))
    return T.spec("conference", "CME programme with speakers and topics", "Grand Rounds - upcoming speakers", ("CME Office", "cme@" + C.ORG_DOMAIN),
                  [("Medical Staff", "medstaff@" + C.ORG_DOMAIN)], body, mode=r.choice(["plain", "alt", "html"]))


def it_en(r, c):
    day = T.future(r, c.when, 2, 12)
    txt = r.choice(["The EMR will be unavailable on %s from 22:00 to 02:00 for an upgrade. Use downtime paper forms." % C.long_date_en(day),
                    "Your password expires in 5 days. IT will never ask for your password by e-mail.",
                    "The new fax-to-email service for rheumatology (fax 450-555-0118) goes live on %s." % C.long_date_en(day),
                    "Infusion clinic workstations will be upgraded to Windows 11 on %s; allow 20 minutes per station." % C.long_date_en(day)])
    tk = "INC%07d" % r.randint(1000000, 9999999)
    return T.spec("it", "IT service notice", r.choice(["[IT] Planned outage", "[IT] Notice", "Ticket %s" % tk]), ("IT Service Desk", "servicedesk@" + C.ORG_DOMAIN),
                  [("Rheumatology", "all.rheum@" + C.ORG_DOMAIN)], "Hello,\n\n%s\n\nReference: %s\nIT Service Desk, ext. 4444" % (txt, tk))


def facilities_en(r, c):
    txt = r.choice(["Air handling in the infusion suite will be shut down on %s from 07:00 to 10:00. Morning infusions move to room 2-080.",
                    "Pharmacy fridge B alarmed on %s at 03:12 (8.9 C for 14 min). Thermostat replaced; pharmacy assessed - no stock lost.",
                    "Corridor painting in rheumatology starting %s; patients should use entrance 3.",
                    "Lot P2 closed for snow removal on %s. Staff please use P4."])
    return T.spec("facilities", "facilities and maintenance notice", r.choice(["Facilities notice", "Planned maintenance", "Heads-up: works"]),
                  ("Facilities", "facilities@" + C.ORG_DOMAIN), [("Rheumatology", "all.rheum@" + C.ORG_DOMAIN)],
                  "Hello,\n\n%s\n\nThank you,\nFacilities, ext. 2500" % (txt % C.long_date_en(T.future(r, c.when, 2, 15))))


def research_en(r, c):
    proto = "RHU-%d-%03d" % (c.when.year, r.randint(1, 120))
    study = r.choice([("Observational study of infliximab biosimilar switching", "adults with RA, AS or PsA on infliximab for at least 6 months"),
                      ("ANCA vasculitis registry", "GPA or MPA per 2022 ACR/EULAR criteria, age 18+"),
                      ("Randomized trial of glucocorticoid tapering in GCA", "confirmed GCA in remission for 3+ months")])
    body = ("Protocol %s (%s) has REB approval.\n\nInclusion: %s.\nExclusion: pregnancy, active infection, other trial participation.\n"
            "Target enrolment: %d over 18 months. Principal investigator: Dr. Isabelle Vézina.\n\nPlease refer potentially eligible patients to the "
            "research coordinator (ext. 2190). Do not e-mail identifiable information.\n\nClinical Research Unit"
            % (proto, study[0], study[1], r.randint(40, 300)))
    atts = []
    if r.random() < 0.4:
        atts.append({"kind": "pdf", "data": D.pdf([("title", "Protocol synopsis %s" % proto), ("p", study[0]), ("kv", [("Inclusion", study[1]),
                                                   ("Sample size", str(r.randint(40, 300))), ("Sites", "3")])], proto, "CRU"),
                     "filename": "%s_synopsis.pdf" % proto})
    return T.spec("research", "research protocol approval without participant identities", "Protocol %s approved" % proto,
                  ("Clinical Research Unit", "research@" + C.ORG_DOMAIN), [("Rheumatology MDs", "md.rheum@" + C.ORG_DOMAIN)], body, attachments=atts)


def vendor_en(r, c):
    rep = r.choice([("Jordan Ellery", "Medical Science Liaison"), ("Priyanka Soni", "Key Account Manager"), ("Marc Tessaro", "Biosimilars Specialist")])
    vc = D.vcard(fn=rep[0], n="%s;%s;;;" % (rep[0].split()[1], rep[0].split()[0]), tel=[("WORK", "1-800-555-01%02d" % r.randint(0, 99)),
                 ("CELL", "514-555-01%02d" % r.randint(0, 99))], email="%s@%s" % (rep[0].split()[0].lower(), C.EXT["pharmaco"][1]),
                 org=C.EXT["pharmaco"][0], title=rep[1], adr=("WORK", "2000 Innovation Dr.;Laval;QC;H7V 0A1;Canada"))
    md = r.choice(C.PHYS)
    body = ("Dear Dr. %s,\n\nThank you for your time at the lupus clinic lunch-and-learn. As promised, my contact card is attached. "
            "I can arrange an in-service on the new subcutaneous formulation for your infusion nurses.\n\nBest regards,\n%s\n%s, %s"
            % (C.STAFF_BY_KEY[md][2], rep[0], rep[1], C.EXT["pharmaco"][0]))
    return T.spec("vendor", "pharmaceutical representative contact card", "Follow-up from lunch-and-learn",
                  (rep[0], "%s@%s" % (rep[0].split()[0].lower(), C.EXT["pharmaco"][1])), [T.who(md, "en")], body,
                  attachments=[{"kind": "vcf", "data": vc, "filename": "%s.vcf" % rep[0].replace(" ", "_")}])


def on_call_en(r, c):
    phys = ["Dr. Isabelle Vézina (lupus, lupus nephritis)", "Dr. Karim Haddad (vasculitis, GCA)", "Dr. Anne-Marie Beaulieu (early RA, ultrasound)",
            "Dr. Olivier Desrosiers (spondyloarthritis)", "Dr. Priya Raman (gout, crystal arthritis)", "Dr. Thomas Whitfield (scleroderma)"]
    rows = [["Week %d" % (i + 1), r.choice(phys).split(" (")[0], r.choice(["Dr. Ian Stewart", "Dr. Nadia Benkirane"])] for i in range(4)]
    body = ("Rheumatology on-call for %s:\n\n%s\n\nAreas of interest for targeted consults:\n%s\n\nOn-call pager: 450-555-0199\n\n%s"
            % (C.MONTHS[c.when.month % 12], T.text_table(["Week", "Staff", "Resident"], rows), "\n".join("- " + p for p in phys),
               C.signature(r, "cote", "en")))
    return T.spec("on_call", "on-call roster of physicians with their areas of expertise", "On-call schedule", T.who("cote", "en"),
                  [("Switchboard", "switchboard@" + C.ORG_DOMAIN)], body)


def policy_zip(r, c):
    docs = [("Biosimilar_transition_policy_v3.pdf", [("title", "Biosimilar Transition Policy"), ("p", "All new starts of infliximab, "
             "adalimumab, etanercept and rituximab will use the formulary biosimilar unless a documented exception applies."),
             ("kv", [("Effective", T.future(r, c.when, 10, 40).isoformat()), ("Owner", "Pharmacy & Therapeutics")])]),
            ("Infusion_reaction_protocol.pdf", [("title", "Infusion Reaction Management"), ("p", "Grade 1: slow rate by 50%. Grade 2: stop, "
             "give diphenhydramine 25-50 mg IV and acetaminophen 650 mg PO, resume at half rate after resolution. Grade 3-4: stop, "
             "epinephrine 0.5 mg IM, call code.")])]
    members = [(n, D.pdf(b, b[0][1], "P&T", compress=r.random() < 0.5)) for n, b in docs]
    members.append(("README.txt", b"Approved policies - rheumatology infusion clinic. Replace binder copies.\r\n"))
    ph = r.choice(C.PHARMS)
    return T.spec("policy", "archive of clinical policies", "Updated infusion policies", T.who(ph, "en"),
                  [("Infusion Team", "infusion.team@" + C.ORG_DOMAIN)], "Hi all,\n\nThe approved policy updates are in the attached ZIP.\n\n"
                  + C.signature(r, ph, "en"), attachments=[{"kind": "zip", "data": D.zip_bytes(members), "filename": "policies_%s.zip" % c.when.strftime("%Y%m")}])


def candidates_en(r, c):
    cands = r.sample(["Aisha Rahimi", "Connor Blake", "Émilie Provost", "Daniel Okoro", "Hannah Weiss", "Luis Ortega"], 3)
    day = T.future(r, c.when, 3, 15)
    rows = [[T.hhmm(r, 9, 15, fr=False), n, r.choice(["RN, 6 yrs oncology day unit", "RN, new grad", "RPN bridging", "RN, ICU 3 yrs"])] for n in cands]
    body = ("Hi panel,\n\nInterviews for the infusion RN posting on %s, room 2-140:\n\n%s\n\nCVs are in the shared HR folder. "
            "Please return scoring grids to HR.\n\n%s" % (C.long_date_en(day), T.text_table(["Time", "Candidate", "Background"], rows),
                                                            C.signature(r, "lefebvre", "en")))
    return T.spec("hr", "job candidate interview schedule", "Interview schedule - infusion RN", T.who("lefebvre", "en"),
                  [T.who("bergeron", "en"), T.who("obrien", "en")], body)


def announcement_en(r, c):
    kind = r.choice(["baby", "birthday", "retire"])
    if kind == "baby":
        d = T.past(r, c.when, 2, 10)
        baby, kid = r.choice([("Olivia", "daughter"), ("Noah", "son"), ("Maya", "daughter"), ("Elliot", "son")])
        txt = ("Linda Murphy welcomed her %s %s on %s at 7 lb 2 oz - mom and baby are doing great! Card at the front desk."
               % (kid, baby, C.fmt_date(d, r.choice(["en_long", "iso"]))))
        subj = "Welcome baby %s!" % baby
    elif kind == "birthday":
        d = datetime.date(r.randint(1968, 1992), c.when.month, r.randint(1, 28))
        txt = "Cake in the staff room Friday at 2 for Sandra Kowalski's birthday (born %s - we won't say the year out loud)." % C.fmt_date(d, "en_long")
        subj = "Birthday cake Friday"
    else:
        txt = "After 28 years, Dr. Thomas Whitfield is retiring from the scleroderma clinic on %s. Farewell reception at 5 pm." % C.long_date_en(T.future(r, c.when, 10, 40))
        subj = "Retirement celebration"
    return T.spec("announcement", "staff social announcement with a date", subj, T.who(r.choice(["charest", "bergeron"]), "en"),
                  [("Rheumatology Team", "all.rheum@" + C.ORG_DOMAIN)], "Hi everyone,\n\n%s\n\nCheers!" % txt)


TEMPLATES = [hr_en, payroll_en, occ_health_en, job_en, committee_en, cme_en, it_en, facilities_en, research_en, vendor_en, on_call_en,
             policy_zip, candidates_en, announcement_en]
