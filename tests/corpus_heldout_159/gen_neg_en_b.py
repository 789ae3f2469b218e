"""English negative templates, part B."""
import datetime as _dt

import gen_common as C
from gen_ctx import staff, ext
from gen_mime import Mail
from gen_tpl import (mk, sig, hello, bye, pdf_att, docx_att, xlsx_att, csv_att, ics_att, vcf_att, zip_att, eml_att, slug,
                     forward_block, earlier_dt, quoted_reply)
from gen_neg_fr_a import MDS, ALL, serial
from gen_neg_en_a import EN_OTHERS, w


def en_mailmerge(c):
    tpl = "\n".join(["Dear {{parent_first_name}},", "",
                     "This is a reminder of {{child_first_name}}'s appointment with {{clinician}} on {{appt_date}} at {{appt_time}}.",
                     "Please bring {{child_first_name}}'s health insurance card and vaccination booklet.",
                     "Need to reschedule? Call %s at least 48 hours ahead." % C.ORG_TEL_INTAKE, "", "Les Marelles Paediatric Clinic"])
    body = "\n".join([hello(c, "Patrick", "en"), "", "English version of the reminder template below; same merge fields as the French one.", "", tpl, "",
                      "Carla"])
    m = mk(c, staff("dasilva"), [staff("nguyen")], "Reminder template - English", body)
    return c.result(m, "mailmerge_template", "mail-merge reminder template")


def en_shortage(c):
    drug = c.pick([("Biphentin 10 mg and 15 mg", "Concerta or Foquest at equivalent dose"), ("amoxicillin 250 mg/5 mL suspension", "400 mg/5 mL or chewables"),
                   ("Vyvanse 20 mg capsules", "chewable 20 mg tablets"), ("melatonin 1 mg/mL liquid", "3 mg tablets crushed in food")])
    lines = [hello(c, "all", "en"), "", "Shortage notice from the regional pharmacy group:", "", "Product: %s" % drug[0],
             "Expected until: %s" % c.pick(["mid-December", "end of January", "unknown"]), "Alternative: %s" % drug[1], "",
             "%s suggests no switch for stable children unless the pharmacy runs out." % w("haddad"), "", sig(c, "osei", "en", disclaimer=False)]
    m = mk(c, staff("osei"), [("Clinicians", "clinicians@lesmarelles.example")], "Shortage - %s" % drug[0].split(" ")[0], "\n".join(lines))
    return c.result(m, "drug_shortage", "drug shortage notice")


def en_recall(c):
    prod = c.pick(["ThermoKid TK-200 ear thermometer", "PetitSouffle NB-3 nebulizer", "SafeStep paediatric walker", "BabyScale BS-20 infant scale"])
    sns = [serial(c, "", 10) for _ in range(c.rng.randint(2, 4))]
    lines = ["MEDICAL DEVICE RECALL", "", "Device: %s" % prod, "Affected serial numbers: %s" % ", ".join(sns),
             "Issue: %s" % c.pick(["readings up to 1.5 C low", "battery overheating", "brake failure under load", "calibration drift over 2%"]),
             "Action: remove from service, tag and return to %s for replacement." % w("benali", False), "", sig(c, "benali", "en", disclaimer=False)]
    m = mk(c, staff("benali"), [("Clinicians", "clinicians@lesmarelles.example")], "RECALL: %s" % prod, "\n".join(lines))
    return c.result(m, "recall", "device recall with serial numbers")


def en_research(c):
    lines = ["# Study", c.pick(["Parent-mediated intervention for toddlers with suspected autism: a pragmatic trial",
                                "Screen time and language outcomes at 3 years: cohort study", "Iron supplementation and development in late preterm infants"]),
             "# Principal investigator", w("raman"), "# Eligibility", "Children aged 18-42 months followed at the clinic; exclusion: known genetic syndrome.",
             "# Sample", "%d participants" % c.rng.randint(80, 300), "# Data", "Coded at source; the key is held by the archivist; no names leave the site.",
             "# Ethics", "Approved %s (REB-%d-%03d)" % (C.fdate(c.earlier(10, 100), "long", "en"), c.day.year, c.rng.randint(1, 400))]
    att = docx_att(c, "protocol_summary.docx", "Protocol summary", lines)
    body = "\n".join([hello(c, "team", "en"), "", "Recruitment starts next month. Protocol summary attached; info session at lunch on %s." % C.fday(c.later(3, 12), "en"),
                      "", C.STAFF["raman"][2]])
    m = mk(c, staff("raman"), [("Clinicians", "clinicians@lesmarelles.example")], "Research study - protocol summary", body, atts=[att])
    return c.result(m, "research_protocol", "research protocol summary without participants")


def en_webinar(c):
    d = c.later(7, 40)
    start = _dt.datetime(d.year, d.month, d.day, 12, 0)
    topic = c.pick(["Webinar: Sleep in neurodevelopmental disorders", "Lunch & learn: Writing IEP letters that work", "Webinar: Vaccine hesitancy conversations"])
    att = ics_att(c, "webinar.ics", uid="web-%s@lesmarelles.example" % d.strftime("%Y%m%d"), start=start, end=start + _dt.timedelta(hours=1),
                  summary=topic, description="Speaker: %s. Teams link to follow." % c.pick([e for e in EN_OTHERS if e.startswith("Dr")]),
                  location="Microsoft Teams", organizer=("Chantal Mercier", C.staff_addr("mercier")), stamp=_dt.datetime(c.day.year, c.day.month, c.day.day, 9, 0))
    m = mk(c, staff("mercier"), [("Clinicians", "clinicians@lesmarelles.example")], topic, "%s\n\n%s, noon to 1 p.m. Invitation attached.\n\nChantal" % (
        hello(c, None, "en"), C.fday(d, "en")), atts=[att])
    return c.result(m, "training", "webinar invitation (ICS)")


def en_directory(c):
    rows = [(w("raman"), "autism in toddlers, language disorders"), (w("okafor"), "epilepsy, tics and Tourette syndrome"),
            (w("haddad"), "ADHD, sleep problems"), (w("vaillancourt"), "global developmental delay, genetics"),
            (w("lachance"), "general paediatrics, growth, anaemia"), (w("beliveau"), "anxiety, mood disorders, FASD")]
    htmlb = "<html><body><p>Dear colleagues,</p><p>Our physicians and their clinical interests:</p><table border=\"1\" cellpadding=\"3\">%s</table><p>Referrals by fax %s.</p></body></html>" % (
        "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in rows), C.ORG_FAX)
    text = "Dear colleagues,\n\nOur physicians and their clinical interests:\n\n" + "\n".join("- %s: %s" % r for r in rows) + "\n\nReferrals by fax %s." % C.ORG_FAX
    m = mk(c, staff("mercier"), [("Family medicine group", "reception@gmf-troislacs.example")], "Who to refer to at Les Marelles", text, html=htmlb,
           layout=c.pick(["html", "alt"]))
    return c.result(m, "physician_directory", "physician directory with clinical interests")


def en_it(c):
    kind = c.pick([("Password expiry", "Your network password expires in 5 days. Change it with Ctrl+Alt+Del > Change password. Minimum 14 characters."),
                   ("New printer in room 3", "The new printer (asset tag %s, IP 10.20.3.41) is installed in room 3. Secure print: badge required." % serial(c, "", 9)),
                   ("VPN client update", "Please install the VPN client update before %s; remote access with the old version will stop working." % C.fday(c.later(3, 10), "en")),
                   ("EMR slowness", "We are aware of slowness in the EMR since this morning. The vendor is working on it (ticket INC-%07d)." % c.rng.randint(1000000, 9999999))])
    m = mk(c, staff("nguyen"), [("All staff", "staff@lesmarelles.example")], kind[0], "%s\n\n%s\n\nPatrick Nguyen\nIT support, ext. 2299" % (hello(c, None, "en"), kind[1]))
    return c.result(m, "it_notice", "IT notice")


def en_facilities(c):
    d = c.later(2, 12)
    kind = c.pick(["The parking lot will be repaved on %s; please use the church lot on rue Principale.",
                   "Fire alarm testing on %s between 7 and 9 a.m. No evacuation needed.",
                   "Water will be shut off on the 2nd floor on %s from noon to 2 p.m. for plumbing work.",
                   "New badge readers will be installed on %s; pick up your new badge at reception."])
    m = mk(c, staff("labrecque"), [("All staff", "staff@lesmarelles.example")], c.pick(["Building notice", "Facilities update"]),
           "%s\n\n%s\n\nThank you,\n%s" % (hello(c, None, "en"), kind % C.fday(d, "en"), w("labrecque", False)))
    return c.result(m, "facilities", "building notice")


def en_parents_bulletin(c):
    lines = ["Dear families,", "", "Our clinic will be closed from December 24 to January 2. During the closure, call Info-Santé 811 or go to the emergency department if needed.",
             "Prescription renewals: please ask before %s to avoid running out over the holidays, especially ADHD medications (there is a shortage of some strengths)." % C.fdate(c.later(10, 30), "long", "en"),
             "Flu shots are still available for children 6 months and up on Saturdays.", "",
             "This message is sent to all registered families. Please do not reply.", "", "Les Marelles Paediatric Clinic"]
    m = mk(c, ("Les Marelles Clinic", "no-reply@lesmarelles.example"), [("Families", "families@lesmarelles.example")], "Holiday closure and prescriptions",
           "\n".join(lines), layout=c.pick(["html", "alt"]))
    return c.result(m, "parent_bulletin", "general bulletin to all families")


def en_expense(c):
    emp = c.pick(["kowalski", "mcallister", "osei", "patel"])
    rows = [["Date", "Description", "Amount"]]
    for i in range(c.rng.randint(2, 5)):
        rows.append([C.fdate(c.earlier(3, 40), "iso"), c.pick(["Mileage to Maple Ridge school (38 km)", "Parking HRSA", "Conference registration", "Training manual"]),
                     "$%d.%02d" % (c.rng.randint(8, 300), c.rng.randint(0, 99))])
    att = csv_att(c, "expenses_%s.csv" % C.STAFF[emp][3].lower(), rows, sep=",")
    m = mk(c, staff(emp), [staff("benali")], "Expense claim", "Hi Rachid,\n\nMy expense claim for last month is attached, approved by Chantal.\n\n%s" % C.STAFF[emp][2], atts=[att])
    return c.result(m, "expense_claim", "staff expense claim")


def en_minutes(c):
    pts = ["Autism assessment waitlist at %d; proposal for Saturday assessment clinics." % c.rng.randint(90, 180),
           "Report turnaround target: 15 working days.", "New intake triage by the nurse starting next month.",
           "Students arriving in January: %s (OT) and %s (SLP)." % (c.pick(EN_OTHERS[:6]), c.pick(EN_OTHERS[:6])),
           "Parent questionnaires moving to electronic forms in the spring."]
    text = "\n".join(["Minutes - interdisciplinary team meeting, %s" % C.fdate(c.earlier(1, 6), "long", "en"), "",
                      "Present: %s" % ", ".join(w(k, False) for k in c.sample(ALL, 6)), ""] + ["- " + p for p in c.sample(pts, 3)] +
                     ["", "No individual cases discussed.", "", "Chantal"])
    m = mk(c, staff("mercier"), [("Clinicians", "clinicians@lesmarelles.example")], "Team meeting minutes", text)
    return c.result(m, "meeting_minutes", "team meeting minutes without cases")


def en_reference(c):
    former = c.pick(EN_OTHERS[:6])
    text = "\n".join(["Dear hiring committee,", "",
                      "I am pleased to recommend %s, who worked with us as a %s from %d to %d." % (former, c.pick(["receptionist", "clinical nurse", "research assistant"]),
                                                                                       c.rng.randint(2016, 2020), c.rng.randint(2021, 2025)),
                      "%s was reliable, kind with families and very organized; our no-show rate dropped after %s redesigned the reminder system." % (former.split()[0], former.split()[0]),
                      "Feel free to call me at %s." % C.ORG_TEL, "", "Sincerely,", "", C.signature("labrecque", "en")])
    m = mk(c, staff("labrecque"), [("HR - Northshore Health", "hr@northshore-health.example")], "Reference - %s" % former, text)
    return c.result(m, "hr_reference", "reference letter for a former employee")


def en_students(c):
    rows = [["Student", "Program", "Supervisor", "Start", "End"]]
    for i in range(c.rng.randint(3, 5)):
        rows.append([c.pick(EN_OTHERS[:6]), c.pick(["OT M.Sc.", "SLP M.Sc.", "Nursing B.Sc.", "Paediatrics PGY-2"]),
                     w(c.pick(["kowalski", "mcallister", "osei", "raman"])), C.fdate(c.later(20, 60), "iso"), C.fdate(c.later(70, 120), "iso")])
    att = xlsx_att(c, "students_winter.xlsx", [("Students", rows)])
    m = mk(c, staff("mercier"), [("Clinicians", "clinicians@lesmarelles.example")], "Winter student placements", "Hi all,\n\nWinter placements attached. Please plan desk space.\n\nChantal", atts=[att])
    return c.result(m, "student_schedule", "student placement schedule")


def en_vendor_quote(c):
    lines = ["Quote Q-%06d" % c.rng.randint(100000, 999999), "", "Prepared for: %s" % C.ORG_EN, "",
             "1 x Portable audiometer AM-5, demo unit, serial %s - $4,950" % serial(c, "", 11),
             "1 x Tympanometer TY-2, serial %s - $3,880" % serial(c, "", 11),
             "Calibration certificate included; 2-year warranty.", "Valid 30 days.", "", "Regards,", "Dana Whitcombe", "Northern Audiology Supply", "819 555-0188"]
    m = mk(c, ("Dana Whitcombe", "dana@northern-audiology.example"), [staff("patel"), staff("benali")], "Quote for audiology equipment", "\n".join(lines))
    return c.result(m, "vendor_quote", "vendor quote with serial numbers")


def en_emergency_contact(c):
    emp = c.pick(["kowalski", "mcallister", "osei", "dasilva", "patel"])
    text = "\n".join([hello(c, "Geneviève", "en"), "", "Please update my emergency contact in my HR file:",
                      "Name: %s (spouse)" % c.pick(["Daniel Okoro", "Mark Ellison", "Sophie Tran", "Luis Barrera"]),
                      "Cell: 514 555-01%02d" % c.rng.randint(0, 99), "", "Thanks,", C.STAFF[emp][2]])
    reply = "\n".join(["Done - updated in the HR system today.", "", "Geneviève", "", quoted_reply(c, text, C.staff_name(emp), C.staff_addr(emp),
                                                                                                   C.staff_addr("quirion"), earlier_dt(c, 0, 1), "Emergency contact", "en")])
    m = mk(c, staff("quirion"), [staff(emp)], "RE: Emergency contact", reply, reply=True)
    return c.result(m, "hr_update", "staff emergency contact update")


def en_accreditation(c):
    d = c.later(20, 60)
    lines = [hello(c, "all", "en"), "", "The accreditation surveyors visit on %s and %s." % (C.fday(d, "en"), C.fday(d + _dt.timedelta(days=1), "en")),
             "They will look at: two patient identifiers before every procedure, medication reconciliation, hand hygiene, and infection control in the play area.",
             "They may ask you where the incident reporting form is and how we handle a privacy breach.",
             "Mock tracer sessions with %s on Tuesdays at noon." % w("mercier", False), "", sig(c, "labrecque", "en", disclaimer=False)]
    m = mk(c, staff("labrecque"), [("All staff", "staff@lesmarelles.example")], "Accreditation visit - what to expect", "\n".join(lines))
    return c.result(m, "accreditation", "accreditation visit preparation")


def en_forwarded_vendor_eml(c):
    inner = Mail(("Nadine Pellerin-Roux", "npr@ergo-design.example"), [staff("mcallister")], "Sensory room proposal",
                 "Hello Fiona,\n\nAs discussed, our proposal for the sensory room: swing frame, bubble tube, dimmable lights, crash mat.\nTotal $12,400 installed.\n\nNadine",
                 _dt.datetime(c.day.year, c.day.month, max(1, c.day.day - 2), 10, 12, tzinfo=C.tz_for(c.day)))
    m = mk(c, staff("mcallister"), [staff("labrecque")], "FW: Sensory room proposal", "Hélène,\n\nForwarding the vendor's proposal for the sensory room (attached). Could we discuss at budget time?\n\nFiona",
           atts=[eml_att("Sensory room proposal.eml", inner)])
    return c.result(m, "forward_eml", "forwarded vendor proposal as attached message")


TEMPLATES = [en_mailmerge, en_shortage, en_recall, en_research, en_webinar, en_directory, en_it, en_facilities, en_parents_bulletin,
             en_expense, en_minutes, en_reference, en_students, en_vendor_quote, en_emergency_contact, en_accreditation, en_forwarded_vendor_eml]
