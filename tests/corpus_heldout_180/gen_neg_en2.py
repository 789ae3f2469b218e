"""Non-confidential (hard negative) messages in English, part 2."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, ics, vcard, zip_of
from gen_kit import me, ext, shared, dr, quote, attribution, outlook_header
from gen_mime import Att, Mail, text_table, html_table
from gen_people import sig, staff_name, STAFF, HOSP_EN, CLINIC_EN, ADDR_CLINIC_EN, PH_CLINIC, DOM
from gen_util import fmt_date, day_label, luhn_serial, MONTHS, phone

from gen_neg_en import neg, PHYS


def e_parental(c):
    key = c.r.choice(["campbell", "kowalski", "diallo", "rioux"])
    d = c.later(10, 60)
    kind = c.r.choice([
        "%s starts maternity leave on %s (due date %s). Coverage by the float team." % (
            staff_name(key, "en"), fmt_date(d, "long", "en"), fmt_date(d + dt.timedelta(days=21), "long", "en")),
        "%s returns from parental leave on %s. (Her daughter Lily was born %s - photos in the staff room!)" % (
            staff_name(key, "en"), fmt_date(d, "long", "en"), fmt_date(c.earlier(300, 360), "iso", "en")),
        "%s will be on unpaid study leave %s to %s." % (staff_name(key, "en"), fmt_date(d, "long", "en"),
                                                        fmt_date(d + dt.timedelta(days=90), "long", "en"))])
    return neg(c, "hr", "staff leave notice", me("beaulieu", "en"), [me("labrecque", "en")], "Staffing update - %s" % STAFF[key][0],
               "Hi Annie,\n\nFYI:\n\n%s\n\n%s" % (kind, sig("beaulieu", "en")))


def e_occ_health(c):
    key = c.r.choice(["lemieux", "stewart", "ferreira", "dufour"])
    d = c.later(3, 20)
    kind = c.r.choice([
        ("Annual hearing conservation test", "As part of the hearing conservation program for staff exposed to noise "
         "(mechanical shop, boiler room), your annual screening audiogram is booked %s at %s in Occupational Health. "
         "Please avoid loud noise for 14 hours before." % (day_label(d, "en"), c.hour())),
        ("N95 fit test", "Your N95 fit test is booked %s at %s." % (day_label(d, "en"), c.hour())),
        ("Flu vaccine clinic", "Staff flu shots: %s, 7 a.m.-3 p.m., room 1.020. Bring your employee ID." % day_label(d, "en")),
        ("Return-to-work plan", "Your graduated return to work starts %s: 3 days/week for 2 weeks. Your manager has been "
         "given the schedule only." % day_label(d, "en"))])
    return neg(c, "occupational_health", "employee occupational health notice",
               ("Occupational Health", "occhealth@%s" % DOM), [me(key, "en")], kind[0],
               "Hi %s,\n\n%s\n\nOccupational Health & Safety, ext. 4480" % (STAFF[key][0], kind[1]))


def e_payroll(c):
    key = c.r.choice(["campbell", "bisson", "kowalski", "lemieux", "turcotte"])
    txt = ("Hi %s,\n\nYour timesheet for the pay period ending %s has been corrected:\n\n  Employee #: %06d\n"
           "  Overtime: %.1f h at 1.5x\n  Evening premium: %d h\n  Retro pay (step %d): $%.2f\n\n"
           "The revised stub will be in the employee portal on pay day.\n\n%s") % (
        STAFF[key][0], fmt_date(c.earlier(2, 14), "long", "en"), c.r.randint(100000, 999999), c.r.randint(2, 16) / 2,
        c.r.randint(0, 16), c.r.randint(3, 12), c.r.randint(5000, 90000) / 100, sig("vezina", "en", rich=False))
    return neg(c, "payroll", "payroll correction", me("vezina", "en"), [me(key, "en")], c.r.choice(["Timesheet correction", "Re: your pay question", "Payroll adjustment"]), txt)


def e_candidate(c):
    cand = c.r.choice([("Laura McKinnon", "audiologist"), ("Daniel Osei", "ENT clinic nurse"),
                       ("Priscilla Tran", "speech-language pathologist"), ("Grant Albrecht", "medical secretary")])
    tel = phone(c.r, "613")
    d = c.later(3, 12)
    txt = ("Hi Annie,\n\nInterview confirmed with %s (%s position) on %s at %s, room 3.05. Candidate's phone: %s. "
           "References: two supervisors from her/his clinical placements. Panel: you, %s and me.\n\n%s") % (
        cand[0], cand[1], day_label(d, "en"), c.hour(), tel, staff_name(c.r.choice(["dionne", "kowalski", "turcotte"]), "en"),
        sig("beaulieu", "en"))
    txt = txt.replace("her/his", "her" if cand[0].split()[0] in ("Laura", "Priscilla") else "his")
    return neg(c, "candidate", "job interview scheduling for candidate", me("beaulieu", "en"), [me("labrecque", "en")],
               "Interview - %s" % cand[1], txt)


def e_research(c):
    s = c.r.choice([("TINN-CBT", "Group CBT plus sound therapy for chronic tinnitus: an RCT", "adults 18-75, tinnitus > 6 months"),
                    ("CI-65+", "Cochlear implant outcomes after 65: prospective cohort", "adults 65+ eligible for CI"),
                    ("VOICE-ED", "Voice disorder prevention for teachers: pilot", "practising elementary teachers")])
    txt = ("Hello,\n\nThe REB has approved %s (\"%s\"). Eligibility: %s. Recruitment starts %s.\n"
           "PI: %s. Study coordinator: Marie-Eve Tanguay, ext. 4470.\n\nReminder: do not email identifiable "
           "participant data; use study IDs only.\n\n%s") % (s[0], s[1], s[2], fmt_date(c.later(10, 40), "long", "en"),
                                                            dr(c.r.choice(["haddad", "raman", "lacasse"]), "en"), sig("murphy", "en"))
    atts = []
    if c.idx % 2:
        atts = [Att("%s_synopsis.docx" % s[0], "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    data=docx("%s - synopsis" % s[0], [("p", s[1]), ("h", "Eligibility"), ("p", s[2]),
                                                        ("h", "Sample size"), ("p", "n = %d" % c.r.randint(40, 120))]))]
    return neg(c, "research", "research protocol approval, no participants", me("murphy", "en"), [shared("all", "en")],
               "REB approval - %s" % s[0], txt, atts=atts)


def e_birthday(c):
    keys = c.r.sample(["dionne", "rioux", "campbell", "bisson", "kowalski", "turcotte", "lemieux", "proulx", "hebert"], 4)
    rows = [["Staff member", "Birthday"]]
    for k in keys:
        yr = c.r.randint(1965, 1998)
        rows.append([staff_name(k, "en"), fmt_date(dt.date(yr, c.r.randint(1, 12), c.r.randint(1, 28)),
                                                   c.r.choice(["iso", "long"]), "en")])
    txt = ("Hi team,\n\nFrom the social committee - birthdays coming up (as entered on the sign-up sheet):\n\n%s\n\n"
           "Cake on the last Friday of the month in the staff room.\n\nCatherine") % text_table(rows)
    return neg(c, "social", "staff birthday list with staff birth dates", me("plante", "en"), [shared("all", "en")],
               "Birthdays this month", txt)


def e_minutes(c):
    txt = ("MINUTES - ENT Quality & Safety Committee\n%s\n\nPresent: %s, %s, %s, %s\n\n"
           "1. Post-tonsillectomy bleed rate (aggregate): %.1f%% over 12 months (target < 5%%).\n"
           "2. Scope reprocessing audit: 94%% compliance; scopes NF-%s and NF-%s exceeded 7-day hang time and were "
           "reprocessed.\n3. Dr. Raman presented the new voice clinic pathway for vocal fold paralysis.\n"
           "4. Next meeting: %s.\n\nRecorder: Tom Murphy") % (
        day_label(c.today, "en", True), dr("charest", "en"), dr("vachon", "en"), staff_name("kowalski", "en"),
        staff_name("labrecque", "en"), c.r.randint(20, 48) / 10, luhn_serial(c.r, 7), luhn_serial(c.r, 7),
        fmt_date(c.later(30, 60), "long", "en"))
    return neg(c, "minutes", "quality committee minutes", me("murphy", "en"),
               [me("charest", "en"), me("vachon", "en"), me("kowalski", "en")], c.r.choice(["Minutes - ENT Quality & Safety", "Q&S committee minutes (draft)",
                                                   "Draft minutes for approval"]), txt)


def e_leaflet(c):
    w = c.r.choice([("After your tonsillectomy", ["Pain is often worst on days 5 to 8.", "Drink plenty of fluids.",
                                                  "Bleeding more than a tablespoon: go to the emergency department."]),
                    ("Caring for your hearing aids", ["Clean the dome daily.", "Open the battery door at night.",
                                                     "Change wax guards monthly."]),
                    ("Living with tinnitus", ["Avoid complete silence.", "Protect your ears from loud noise.",
                                              "Ask your audiologist about sound therapy."])])
    data = pdf(w[0], [("p", l) for l in w[1]] + [("sp", 1), ("p", "%s | %s" % (HOSP_EN, PH_CLINIC))])
    return neg(c, "patient_leaflet", "generic patient education leaflet", me("plante", "en"), [me("kowalski", "en")],
               "Leaflet revised: %s" % w[0],
               "Hi Rachel,\n\nThe revised leaflet \"%s\" is attached. Could you order 500 copies?\n\nCatherine" % w[0],
               atts=[Att("%s.pdf" % w[0].replace(" ", "_"), "application/pdf", data=data)])


def e_meeting(c):
    d = c.later(5, 25)
    topic = c.r.choice(["ENT & Audiology staff meeting", "CI program team huddle", "Summer OR planning"])
    cal = ics("%s-%d-mtg@%s" % (d.strftime("%Y%m%d"), c.idx, DOM), d.strftime("%Y%m%d") + "T120000",
              d.strftime("%Y%m%d") + "T130000", topic, "Agenda: 1. Summer vacation 2. New rooms 3. Other\nLunch provided.",
              "Room 3.02", ("Annie Labrecque", me("labrecque", "en")[1]),
              [(staff_name(k, "en", title=False), me(k, "en")[1]) for k in ["charest", "raman", "campbell"]])
    return neg(c, "meeting", "staff meeting invitation", me("labrecque", "en"), [shared("all", "en")],
               "Invitation: %s" % topic, "See invite attached.\n\nAnnie",
               atts=[Att("meeting.ics", "text/calendar", text=cal, charset="utf-8", cte=c.r.choice(["7bit", "base64"]))])


def e_guidelines(c):
    rows = [["Physician", "Refer for"],
            [dr("vachon", "en"), "chronic rhinosinusitis, nasal polyps, epistaxis, septal deviation"],
            [dr("lacasse", "en"), "head and neck cancer, neck masses, thyroid and parotid tumours"],
            [dr("haddad", "en"), "chronic otitis media, cholesteatoma, paediatric ENT, cochlear implants"],
            [dr("raman", "en"), "hoarseness, vocal fold paralysis, airway stenosis, swallowing"]]
    txt = ("Dear colleagues,\n\nTo speed up triage, please address referrals as follows:\n\n%s\n\nUrgent (P1): suspected "
           "malignancy, sudden hearing loss < 14 days, airway compromise - call %s.\nFax referrals to %s.\n\n%s") % (
        text_table(rows), PH_CLINIC, "819 555-0109", sig("charest", "en"))
    return neg(c, "referral_guide", "referral guidelines listing physicians and conditions", me("charest", "en"),
               [ext("Family physicians", "gp-list@%s" % DOM)], "ENT referral guidelines", txt)


def e_vendor_quote(c):
    rep = c.r.choice([("Dominique Savoie", "Cochlea Medical Canada"), ("Patrick Lalonde", "SonicWave Hearing Systems")])
    tel = phone(c.r, "514")
    card = vcard(rep[0], "%s;%s;;;" % (rep[0].split()[1], rep[0].split()[0]), cell=tel,
                 email="%s@%s.example" % (rep[0].split()[0].lower(), rep[1].split()[0].lower()), org=rep[1],
                 title="Territory manager")
    rows = [["Item", "Model", "Serial (demo unit)", "Price"],
            ["Clinical audiometer", "AC-40", luhn_serial(c.r, 9), "$18,400"],
            ["Middle-ear analyser", "Titan", luhn_serial(c.r, 9), "$12,950"]]
    txt = ("Hello Graham,\n\nAs discussed, here is our quote (valid 60 days):\n\n%s\n\nMy contact card is attached.\n\n"
           "Best regards,\n%s\n%s") % (text_table(rows), rep[0], rep[1])
    return neg(c, "quote", "vendor quote with demo serials and rep vCard",
               ext(rep[0], "%s@%s.example" % (rep[0].split()[0].lower(), rep[1].split()[0].lower())), [me("stewart", "en")],
               "Quote - audiometry equipment", txt,
               atts=[Att("%s.vcf" % rep[0].replace(" ", ""), "text/x-vcard", text=card, charset="us-ascii", cte="7bit")])


def e_swap_reply(c):
    a_, b_ = c.r.sample(PHYS[:4], 2)
    d = c.later(10, 40)
    t1 = c.now - dt.timedelta(hours=c.r.randint(3, 20))
    orig = ("Hi,\n\nCould you cover my Thursday clinic on %s? I'm presenting at the Canadian ORL meeting. "
            "Happy to take your call on %s in exchange.\n\n%s") % (fmt_date(d, "long", "en"),
                                                                 fmt_date(d + dt.timedelta(days=10), "long", "en"), STAFF[a_][0])
    txt = "Sure, no problem. I'll tell Nadia to move the bookings.\n\n%s\n\n%s\n\n%s" % (
        STAFF[b_][0], outlook_header("en", staff_name(a_, "en"), staff_name(b_, "en"), t1.strftime("%A, %B %d, %Y %I:%M %p"),
                                     "clinic coverage"), orig)
    return neg(c, "schedule", "clinic coverage swap reply", me(b_, "en"), [me(a_, "en")], "RE: clinic coverage", txt,
               reply="<cover.%d@%s>" % (c.idx, DOM))


def e_budget(c):
    rows = [["Cost centre", "Description", "Budget", "YTD actual", "Variance"]]
    for cc, desc in [("7110-210", "ENT outpatient supplies"), ("7110-220", "Audiology consumables"),
                     ("7110-230", "Hearing aid loaner pool"), ("7110-240", "CI program devices"), ("7110-250", "Education & travel")]:
        b = c.r.randint(20, 400) * 1000
        a = int(b * c.r.uniform(0.6, 1.2))
        rows.append([cc, desc, b, a, b - a])
    data = xlsx([("Budget", rows)], author="Finance")
    return neg(c, "budget", "cost centre budget report", ("Finance", "finance@%s" % DOM), [me("labrecque", "en")],
               "P%d budget variance - ENT/Audiology" % c.r.randint(4, 11),
               "Hi Annie,\n\nPeriod variance report attached. Please comment on the CI devices line by Friday.\n\nFinance",
               atts=[Att("ENT_budget_variance.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         data=data)])
