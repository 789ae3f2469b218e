"""Non-confidential (hard negative) messages in English."""
import datetime

from gen_common import CLINIC_EN, ORG_EN, SITES, fmt_date, fmt_sin, make_ohip, make_sin
from gen_tpl import staff_as, forward_wrap, Draft, dr, earlier, external, fwd, hdate, mailbox, quote, signature, who

BABIES = ["Olivia", "Theo", "Hazel", "Jasper", "Maya", "Owen", "Nora", "Caleb"]


def _d(ctx, cat, note):
    return Draft(ctx, "en", cat, note, confidential=False)


def schedule(ctx):
    d = _d(ctx, "schedule", "weekly coverage schedule for swallow studies")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "en")
    monday = d.date.date() + datetime.timedelta(days=7 - d.date.weekday())
    rows = [[fmt_date(monday + datetime.timedelta(days=i), "us"), ctx.staff(lang="en")["name"],
             r.choice(["AM", "PM", "Full day"]), r.choice(["MBS suite", "FEES clinic", "Inpatient 7W/NSD", "Outpatient"])]
            for i in range(5)]
    body = ["Hi team,", "Coverage for next week is below. Swaps need my OK by Friday noon.",
            ("table", ["Date", "SLP", "Shift", "Assignment"], rows), signature(ctx, mgr, "en")]
    return d.spec(who(mgr), [mailbox("slp.team", "SLP Team")], "SLP coverage - week of %s" % fmt_date(monday, "us"), body)


def leave(ctx):
    d = _d(ctx, "leave", "reply approving a staff member's vacation request")
    r = ctx.rng
    mgr, emp = staff_as(ctx, "mgr", "en"), staff_as(ctx, "emp", "en")
    start = d.date.date() + datetime.timedelta(days=r.randint(20, 90))
    t0 = earlier(ctx, d.date, 24, 200)
    body = ["Hi %s," % emp["given"], "Approved. %s will cover urgent inpatient swallow consults while you're away." %
            ctx.staff(lang="en")["name"], "Enjoy!", mgr["given"],
            quote(ctx, who(emp), t0, "en", "Vacation request",
                  ["Hi, I'd like to book vacation starting %s for two weeks. Thanks!" % fmt_date(start, "long", "en"),
                   emp["given"]])]
    return d.spec(who(mgr), [who(emp)], "RE: Vacation request", body, reply_to_id=True)


def payroll(ctx):
    d = _d(ctx, "payroll", "payroll correction for an employee's evening premiums")
    r = ctx.rng
    pay, emp = staff_as(ctx, "pay", "en"), staff_as(ctx, "emp", "en")
    emp_no = make_sin(r)[:7]
    body = ["Hello %s," % emp["given"], "A correction will appear on your next pay stub:",
            ("table", ["Employee #", "Code", "Description", "Hours", "Amount"],
             [[emp_no, "EP-02", "Evening premium", "%.2f" % r.uniform(8, 40), "$%.2f" % r.uniform(30, 120)],
              [emp_no, "OT-15", "Overtime x1.5", "%.2f" % r.uniform(2, 8), "$%.2f" % r.uniform(100, 400)]]),
            signature(ctx, pay, "en", False)]
    return d.spec(who(pay), [who(emp)], "Pay correction - premiums", body)


def occ_health(ctx):
    d = _d(ctx, "occupational_health", "employee return-to-work plan from occupational health")
    r = ctx.rng
    oh, mgr, emp = staff_as(ctx, "oh", "en"), staff_as(ctx, "mgr", "en"), staff_as(ctx, "emp", "en")
    cond = r.choice(["a rotator cuff strain", "a low-back injury during a patient transfer", "occupational voice strain",
                     "a concussion (fall in the parking lot)"])
    body = ["Hi %s," % mgr["given"],
            "%s (SLP) is cleared for a graduated return starting %s following %s." % (
                emp["name"], fmt_date(d.date.date() + datetime.timedelta(days=r.randint(3, 20)), "long", "en"), cond),
            "Modified duties: 3 days/week, no MBS (lead apron), outpatient caseload only.",
            "The CNESST file remains with Occupational Health.", signature(ctx, oh, "en", True)]
    return d.spec(who(oh), [who(mgr)], "Graduated return to work", body)


def newsletter(ctx):
    d = _d(ctx, "newsletter", "allied health newsletter with staff news")
    r = ctx.rng
    a, b, c = staff_as(ctx, "a", "en"), staff_as(ctx, "b", "en"), staff_as(ctx, "c", "en")
    blocks = ["ALLIED HEALTH NEWS - %s %d" % (d.date.strftime("%B"), d.date.year),
              "Welcome %s, laryngologist, who joins %s. %s sees patients with voice disorders, head and neck cancer "
              "and chronic cough." % (dr(a, "en"), SITES[1][0], "She" if a["sex"] == "F" else "He"),
              "Congratulations to %s %s on 25 years with the swallowing clinic and to %s for the provincial award on "
              "aphasia-friendly communication." % ("Ms." if b["sex"] == "F" else "Mr.", b["name"], c["name"]),
              "By the numbers: 1,312 swallowing assessments last year (+7%), outpatient wait down to 44 days."]
    return d.spec(mailbox("communications", "Communications"), [mailbox("allied.health", "Allied Health Staff")],
                  "Allied Health News", blocks, mode=r.choice(["html", "alt"]))


def committee(ctx):
    d = _d(ctx, "committee", "dysphagia committee meeting notice with aggregate incident data")
    r = ctx.rng
    chair = staff_as(ctx, "chair", "en")
    m = [ctx.staff(lang="en") for _ in range(3)]
    when = ctx.appt(d.date, (7, 25))
    body = ["Hello all,", "The Interdisciplinary Dysphagia Committee meets %s in the Riverside Room (Teams link in "
            "the invite)." % hdate(ctx, when, "en"),
            "Agenda:\n1. Minutes\n2. Incident reports Q3: 4 choking events, 2 wrong-texture trays, no deaths\n"
            "3. IDDSI tray audit (%s)\n4. Post-stroke screening protocol (%s)\n5. Other business" % (m[0]["name"], dr(m[1], "en")),
            "RSVP to %s." % m[2]["name"], signature(ctx, chair, "en")]
    return d.spec(who(chair), [mailbox("dysphagia.committee", "Dysphagia Committee")], "Dysphagia Committee - notice", body)


def conference(ctx):
    d = _d(ctx, "conference", "conference programme on dysphagia and aphasia")
    r = ctx.rng
    org = external(ctx, "assoc", "en")
    sp = [ctx.staff(lang="en") for _ in range(4)]
    rows = [["8:30", "Dysphagia in Parkinson's disease: what's new", dr(sp[0], "en")],
            ["9:30", "Timing of gastrostomy in ALS", dr(sp[1], "en")],
            ["10:45", "Return to work after post-stroke aphasia", sp[2]["name"] + ", S-LP(C)"],
            ["13:15", "IDDSI hands-on: fork and syringe flow tests", sp[3]["name"]]]
    body = ["Dear members,", "The programme for the Regional Dysphagia Day is out:",
            ("table", ["Time", "Session", "Speaker"], rows), "Early-bird registration $95 until the 15th.",
            "The organizing committee"]
    return d.spec(who(org), [mailbox("slp.team", "SLP Team")], "Regional Dysphagia Day - programme", body,
                  mode=r.choice(["html", "alt", "plain"]))


def job_posting(ctx):
    d = _d(ctx, "job_posting", "job posting for a speech-language pathologist")
    r = ctx.rng
    hr = staff_as(ctx, "hr", "en")
    body = ["POSTING #%d-%03d - Speech-Language Pathologist (permanent, full time)" % (d.date.year, r.randint(1, 400)),
            "Location: %s, adult acute care (dysphagia, aphasia, voice)." % r.choice(SITES[:2])[0],
            "Requirements: master's in S-LP, OOAQ membership, functional French. MBS experience an asset.",
            "Salary: $29.79-$55.49/hour. Apply through the careers site before %s." % fmt_date(
                d.date.date() + datetime.timedelta(days=14), "long", "en"), signature(ctx, hr, "en", False)]
    return d.spec(who(hr), [mailbox("postings", "Job Postings")], "Posting - Speech-Language Pathologist", body)


def candidates(ctx):
    d = _d(ctx, "candidates", "interview schedule for job candidates")
    r = ctx.rng
    hr, mgr = staff_as(ctx, "hr", "en"), staff_as(ctx, "mgr", "en")
    rows = [["%d:00" % (9 + i), ctx.staff(lang="en")["name"], r.choice(["McGill", "U of Ottawa", "Dalhousie", "Western"]),
             r.choice(["new grad", "3 yrs LTC", "5 yrs private practice", "peds feeding"])] for i in range(4)]
    body = ["Hi %s," % mgr["given"], "Interview line-up for the SLP position:",
            ("table", ["Time", "Candidate", "School", "Experience"], rows), "CVs are in the HR shared folder.",
            signature(ctx, hr, "en", False)]
    return d.spec(who(hr), [who(mgr)], "SLP interviews", body)


def invoice(ctx):
    d = _d(ctx, "invoice", "supplier invoice for dysphagia products")
    r = ctx.rng
    v = external(ctx, "vendor", "en")
    ap = staff_as(ctx, "ap", "en")
    num = "INV-%d%05d" % (d.date.year, r.randint(0, 99999))
    rows = [["THK-CLR-125", "ThickenUp Clear 125 g (case of 12)", str(r.randint(10, 60)), "118.40"],
            ["PMV-007", "Passy-Muir valve PMV 007", str(r.randint(2, 8)), "96.00"],
            ["SPN-PED", "Maroon spoons, small (pack of 10)", str(r.randint(1, 6)), "24.50"]]
    blocks = ["Invoice no.: " + num, "Customer no.: C-%06d" % r.randint(0, 999999), "PO: PO-%07d" % r.randint(0, 9999999),
              "Ship to: Central Stores, " + SITES[1][1], ("table", ["Item", "Description", "Qty", "Unit price"], rows),
              "Terms: net 30. GST 123456789 RT0001"]
    kind = r.choice(["pdf", "xlsx"])
    att = ({"kind": "pdf", "filename": num + ".pdf", "title": "INVOICE", "blocks": blocks, "when": d.date}
           if kind == "pdf" else
           {"kind": "xlsx", "filename": num + ".xlsx", "sheets": [("Invoice", ["Item", "Description", "Qty", "Unit price"], rows)],
            "when": d.date})
    return d.spec(who(v), [who(ap)], "Invoice " + num, ["Hello,", "Invoice attached.", v["name"] + "\nAccounts Receivable"],
                  [att])


def purchase_order(ctx):
    d = _d(ctx, "purchase_order", "purchase order for speaking valves and a scope repair")
    r = ctx.rng
    buyer = staff_as(ctx, "buyer", "en")
    v = external(ctx, "vendor", "en")
    sn = make_ohip(r)
    body = ["Hello,", "Please process PO-%07d:" % r.randint(0, 9999999),
            ("table", ["Item", "Qty", "Lot / serial"],
             [["PMV 2000 speaking valve", "6", "Lot " + fmt_sin(make_sin(r), "dashed")],
              ["Voice prosthesis 20 Fr 6 mm", "4", "Lot %d-%04d" % (d.date.year, r.randint(0, 9999))],
              ["Flexible scope repair (insertion tube)", "1", "S/N %s %s %s" % (sn[:4], sn[4:7], sn[7:])]]),
            "Deliver to Central Stores, dock 3. Cost centre 6042-SLP.", signature(ctx, buyer, "en", False)]
    return d.spec(who(buyer), [who(v)], "Purchase order - SLP", body)


def inventory(ctx):
    d = _d(ctx, "inventory", "annual equipment inventory with asset and serial numbers")
    r = ctx.rng
    tech = staff_as(ctx, "tech", "en")
    rows = [[item, fmt_sin(make_sin(r), r.choice(["spaced", "dashed", "plain"])), "SN-" + make_ohip(r),
             r.choice(["Rm B-204", "MBS suite", "Storage 2"]), r.choice(["OK", "needs service", "OK"])]
            for item in ["Flexible laryngoscope", "FEES video tower", "sEMG biofeedback unit", "Visi-Pitch",
                         "AAC demo tablet", "Fluoro chair (Hausted)", "Pulse oximeter"]]
    hdr = ["Equipment", "Asset tag", "Serial", "Location", "Status"]
    body = ["Hi,", "Annual inventory attached; please verify asset tags by month end.", signature(ctx, tech, "en", False)]
    kind = r.choice(["xlsx", "csv"])
    att = ({"kind": "xlsx", "filename": "slp_inventory.xlsx", "sheets": [("Inventory", hdr, rows)], "when": d.date}
           if kind == "xlsx" else {"kind": "csv", "filename": "slp_inventory.csv", "headers": hdr, "rows": rows, "sep": ","})
    return d.spec(who(tech), [mailbox("biomed", "Biomedical Engineering")], "SLP equipment inventory", body, [att])


def it_notice(ctx):
    d = _d(ctx, "it_notice", "IT notice about a password reset campaign")
    r = ctx.rng
    body = ["Password reset required",
            "As part of the network security plan, all accounts must change their password before %s. "
            "Use the self-service portal; the new password must be 14 characters." % fmt_date(
                d.date.date() + datetime.timedelta(days=10), "long", "en"),
            "Never send your password by e-mail. The IT service desk (ext. 4444) will never ask for it.",
            "Ticket reference: CHG%07d" % r.randint(0, 9999999)]
    return d.spec(mailbox("it.notices", "IT Service Desk"), [mailbox("all.users", "All users")],
                  "Action required: password reset", body, mode=r.choice(["html", "alt"]))


def facilities(ctx):
    d = _d(ctx, "facilities", "facilities notice about a water shut-off near the clinic")
    r = ctx.rng
    st = staff_as(ctx, "st", "en")
    when = ctx.appt(d.date, (3, 12))
    body = ["Hello,", "Water will be shut off on the 2nd floor (B wing) on %s from 6 to 10 a.m. for valve replacement." %
            hdate(ctx, when, "en").split(" at ")[0],
            "The swallowing clinic kitchenette (IDDSI prep) will be unavailable. Please prepare thickened samples "
            "the day before.", "Questions: %s, Facilities, ext. 2310." % st["name"]]
    return d.spec(who(st), [mailbox("bwing.staff", "B Wing Staff")], "Water shut-off - B wing 2nd floor", body)


def stats(ctx):
    d = _d(ctx, "stats", "quarterly aggregate activity statistics")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "en")
    hdr = ["Site", "Clinical swallow exams", "MBS", "% aspiration", "Mean wait (days)"]
    rows = [[s[0], r.randint(60, 240), r.randint(20, 90), "%d%%" % r.randint(18, 41), r.randint(12, 95)] for s in SITES]
    body = ["Hi,", "Q%d activity below; CSV attached for the dashboard." % r.randint(1, 4), ("table", hdr, rows),
            "Case mix: stroke 38%, PD 12%, dementia 17%, head & neck 14%, other 19%.", signature(ctx, mgr, "en")]
    return d.spec(who(mgr), [mailbox("quality", "Quality & Performance")], "SLP quarterly stats", body,
                  [{"kind": "csv", "filename": "slp_stats.csv", "headers": hdr, "rows": rows, "sep": ","}])


def teaching_case(ctx):
    d = _d(ctx, "teaching_case", "de-identified teaching case for students")
    r = ctx.rng
    sup = staff_as(ctx, "sup", "en")
    body = ["Hi students,", "De-identified case for Thursday:",
            "A %d-year-old woman, 3 weeks post R MCA stroke. Left neglect, mild dysarthria. MBS: delayed initiation, "
            "penetration with thins (PAS 5), no aspiration with mildly thick. On apixaban and atorvastatin." % r.randint(58, 88),
            "Questions: 1) Which compensatory strategies? 2) Reassessment plan? 3) How would you explain it to family?",
            "No identifying information is included - please don't look up the chart.", signature(ctx, sup, "en", False)]
    return d.spec(who(sup), [mailbox("slp.students", "SLP Students")], "Case for Thursday", body)


def blank_form(ctx):
    d = _d(ctx, "blank_form", "blank referral form template")
    r = ctx.rng
    sec = staff_as(ctx, "sec", "en")
    blocks = ["Patient name: ______________________   DOB (YYYY-MM-DD): __________",
              "RAMQ / health card no.: ____ ____ ____   MRN: __________",
              "Phone: (___) ___-____",
              "Reason for referral: [ ] Dysphagia  [ ] Aphasia  [ ] Voice  [ ] Fluency  [ ] Other",
              "Current medications: __________________________________",
              "Referring physician: ____________________  Licence no.: ________"]
    kind = r.choice(["pdf", "docx"])
    body = ["Hello,", "Attached is the updated SLP referral form (rev. %d). Older versions will be returned." % d.date.year,
            signature(ctx, sec, "en", False)]
    return d.spec(who(sec), [mailbox("partner.clinics", "Partner Clinics")], "Updated SLP referral form", body,
                  [{"kind": kind, "filename": "SLP_referral_form.%s" % kind, "title": "Speech-Language Pathology Referral",
                    "blocks": blocks, "when": d.date}])


def mail_merge(ctx):
    d = _d(ctx, "mail_merge", "mail-merge appointment letter template")
    sec = staff_as(ctx, "sec", "en")
    tpl = ("{{title}} {{first_name}} {{last_name}}\n{{street}}\n{{city}}, QC {{postal_code}}\n\n"
           "Dear {{title}} {{last_name}},\nYour {{exam_type}} is scheduled on {{appt_date}} at {{appt_time}}. "
           "Please bring your health card and a list of your medications.\nTo cancel, call 450-555-0110 ext. 2231.")
    body = ["Hi,", "Here is the corrected merge template for appointment letters. Fields in {{ }} are filled from the "
            "scheduling system.", ("pre", tpl), sec["given"]]
    return d.spec(who(sec), [mailbox("slp.admin", "SLP Admin")], "Appointment letter template", body, mode="plain")


def shortage(ctx):
    d = _d(ctx, "shortage", "drug shortage notice from pharmacy")
    r = ctx.rng
    ph = staff_as(ctx, "ph", "en")
    body = ["SHORTAGE NOTICE - Pharmacy Department",
            "Glycopyrrolate 1 mg tablets are on national back-order until %s." % fmt_date(
                d.date.date() + datetime.timedelta(days=r.randint(20, 60)), "long", "en"),
            "Alternative for sialorrhea: glycopyrrolate oral solution or atropine 1% drops SL - pharmacy will "
            "convert existing orders. Prescribers need not rewrite.", signature(ctx, ph, "en", False)]
    spec = d.spec(who(ph), [mailbox("prescribers", "Prescribers")], "Shortage: glycopyrrolate 1 mg tablets", body)
    if r.random() < 0.5:
        spec = forward_wrap(ctx, spec, staff_as(ctx, "mgr", "en"), [staff_as(ctx, "slp", "en")],
                            "Heads up for the ALS clinic patients on glyco - pharmacy is converting.")
    return spec


def recall(ctx):
    d = _d(ctx, "recall", "product recall notice with lot numbers")
    r = ctx.rng
    qa = staff_as(ctx, "qa", "en")
    lots = [make_ohip(r) for _ in range(3)]
    body = ["VOLUNTARY RECALL", "The manufacturer is recalling pre-thickened water, mildly thick (IDDSI 2), 118 mL, lots:",
            ("table", ["Lot", "Best before", "Units received"],
             [[l, fmt_date(d.date.date() + datetime.timedelta(days=r.randint(60, 300)), "iso"), str(r.randint(24, 240))]
              for l in lots]),
            "Remove from units and return to Central Stores. No incidents reported here.", signature(ctx, qa, "en", False)]
    spec = d.spec(who(qa), [mailbox("unit.managers", "Unit Managers")], "Recall - pre-thickened water IDDSI 2", body)
    if r.random() < 0.6:
        spec = forward_wrap(ctx, spec, staff_as(ctx, "mgr", "en"), [mailbox("slp.team", "SLP Team")],
                            "FYI - please check the clinic fridge and the 7W pantry.")
    return spec


def research(ctx):
    d = _d(ctx, "research", "research protocol approval without participant identities")
    r = ctx.rng
    pi = staff_as(ctx, "pi", "en")
    body = ["Hi all,", "REB approval received for 'Expiratory muscle strength training in Parkinson's disease: a "
            "feasibility study' (#%d-%04d)." % (d.date.year, r.randint(1, 9999)),
            "Inclusion: PD H&Y 2-3, PAS >= 3 on baseline MBS. Exclusion: DBS, tracheostomy.",
            "Target: 30 participants over 12 months. Screening log template attached (blank).", signature(ctx, pi, "en")]
    return d.spec(who(pi), [mailbox("slp.team", "SLP Team")], "EMST study approved", body,
                  [{"kind": "xlsx", "filename": "screening_log_template.xlsx",
                    "sheets": [("Screening", ["Study ID", "Date screened", "Eligible (Y/N)", "Reason if not"], [])],
                    "when": d.date}])


def baby(ctx):
    d = _d(ctx, "baby", "baby announcement for a colleague")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "en")
    mom = ctx.staff(sex="F", lang="en")
    bd = d.date.date() - datetime.timedelta(days=r.randint(1, 6))
    body = ["Hi everyone!", "%s welcomed baby %s on %s, %d lb %d oz. Mom and baby are doing great!" % (
                mom["name"], r.choice(BABIES), fmt_date(bd, "long", "en"), r.randint(6, 9), r.randint(0, 15)),
            "Card is at the SLP office until Friday.", mgr["given"]]
    return d.spec(who(mgr), [mailbox("slp.team", "SLP Team")], "Welcome baby!", body, mode=r.choice(["html", "alt"]))


def birthdays(ctx):
    d = _d(ctx, "birthdays", "staff birthday list for the social committee")
    r = ctx.rng
    soc = staff_as(ctx, "soc", "en")
    rows = [[ctx.staff(lang="en")["name"], fmt_date(datetime.date(r.randint(1968, 1999), m, r.randint(1, 28)), "iso")]
            for m in sorted(r.sample(range(1, 13), 5))]
    body = ["Hi social committee,", "Birthdays for the cake calendar (from the sign-up sheet, staff who opted in):",
            ("table", ["Staff", "Birthday"], rows), soc["given"]]
    return d.spec(who(soc), [mailbox("social.committee", "Social Committee")], "Staff birthdays", body)


def training_invite(ctx):
    d = _d(ctx, "training_invite", "calendar invitation to an in-service")
    r = ctx.rng
    cc = staff_as(ctx, "cc", "en")
    start = ctx.appt(d.date, (7, 30))
    ics = {"uid": "%08x-inservice@trois-rivages.example" % r.getrandbits(32), "start": start, "minutes": 60,
           "summary": "In-service: tracheostomy and speaking valves", "location": "Riverside Room, " + SITES[1][0],
           "description": "Presented by %s (S-LP) and %s (RT). Open to nursing and allied health." % (
               cc["name"], ctx.staff(lang="en")["name"]), "organizer": (cc["name"], cc["email"]), "stamp": d.date}
    body = ["Hi all,", "Please join us on %s." % hdate(ctx, start, "en"), signature(ctx, cc, "en", False)]
    return d.spec(who(cc), [mailbox("icu.staff", "ICU Staff")], "In-service: trach & speaking valves", body,
                  [{"kind": "ics", "filename": "inservice.ics", "ics": ics}])


def vcard_colleague(ctx):
    d = _d(ctx, "vcard_colleague", "new colleague's business card")
    r = ctx.rng
    new = ctx.staff(lang="en")
    sname, saddr, sphone = r.choice(SITES)
    vc = {"given": new["given"], "surname": new["surname"], "tel": ("WORK,VOICE", sphone),
          "adr": ("WORK", saddr.split(", ")[0] + " " + saddr.split(", ")[1], saddr.split(", ")[2].split(" (")[0], saddr[-7:]),
          "email": new["email"], "org": ORG_EN, "title": "Speech-Language Pathologist"}
    body = ["Hello,", "I'm joining the team at %s on Monday - my contact card is attached." % sname, new["name"]]
    return d.spec(who(new), [mailbox("slp.team", "SLP Team")], "New SLP - contact info", body,
                  [{"kind": "vcf", "filename": "%s.vcf" % new["name"], "vcf": vc}])


def vendor_eml(ctx):
    d = _d(ctx, "vendor_forward", "forwarded vendor message attached as a message file")
    v = external(ctx, "vendor", "en")
    mgr, slp = staff_as(ctx, "mgr", "en"), staff_as(ctx, "slp", "en")
    inner = {"lang": "en", "sender": who(v), "to": [who(mgr)], "subject": "Demo: sEMG biofeedback for swallowing therapy",
             "blocks": ["Hello,", "We'd love to demo our new sEMG biofeedback system for swallowing exercises. "
                        "Loaner units are available for 30 days.", v["name"] + "\nLaryngo-Tech"],
             "date": earlier(ctx, d.date, 24, 120), "attachments": []}
    body = ["%s - worth a look for the outpatient program?" % slp["given"], mgr["given"]]
    return d.spec(who(mgr), [who(slp)], "FW: Demo offer", body,
                  [{"kind": "eml", "filename": "Demo offer.eml", "message": inner}])


def forms_zip(ctx):
    d = _d(ctx, "forms_zip", "zip of blank handouts and forms")
    sec = staff_as(ctx, "sec", "en")
    members = [
        {"kind": "pdf", "filename": "Safe_swallowing_tips.pdf", "title": "Safe Swallowing Tips",
         "blocks": ["Sit upright at 90 degrees for all meals.", "Take small bites and sips; swallow twice.",
                    "Stay upright for 30 minutes after eating."], "when": d.date},
        {"kind": "docx", "filename": "Mealtime_observation_form.docx", "title": "Mealtime Observation Form",
         "blocks": [("table", ["Food", "Texture", "Cough (Y/N)", "Notes"], [["", "", "", ""]])], "when": d.date},
        {"kind": "txt", "filename": "README.txt", "text": "Blank forms - print double-sided. Rev. %d.\n" % d.date.year},
    ]
    body = ["Hi,", "Updated handout kit for the units (zip).", signature(ctx, sec, "en", False)]
    return d.spec(who(sec), [mailbox("unit.managers", "Unit Managers")], "Dysphagia handout kit", body,
                  [{"kind": "zip", "filename": "dysphagia_kit.zip", "members": members, "when": d.date}])


def meeting_reply(ctx):
    d = _d(ctx, "meeting_reply", "reply about moving a team meeting")
    a, b = staff_as(ctx, "a", "en"), staff_as(ctx, "b", "en")
    t0 = earlier(ctx, d.date, 2, 30)
    body = ["Works for me - I'll book room 3.10 and bring the Q3 numbers.", a["given"],
            quote(ctx, who(b), t0, "en", "Team meeting",
                  ["Can we move Tuesday's team meeting to Wednesday at noon? I'm at the aphasia workshop all day "
                   "Tuesday.", b["given"]])]
    return d.spec(who(a), [who(b)], "RE: Team meeting", body, reply_to_id=True)


def student_placement(ctx):
    d = _d(ctx, "student_placement", "clinical placement schedule for SLP students")
    r = ctx.rng
    coord = staff_as(ctx, "coord", "en")
    rows = [[ctx.staff(lang="en")["name"], r.choice(["McGill", "U of Ottawa", "Université de Montréal"]),
             ctx.staff(lang="en")["name"], r.choice(["Adult acute", "Voice clinic", "Rehab 2", "Peds feeding"])]
            for _ in range(4)]
    body = ["Hello preceptors,", "Winter placements are confirmed:",
            ("table", ["Student", "University", "Preceptor", "Setting"], rows),
            "Students need ID badges and EMR training before day one.", signature(ctx, coord, "en")]
    return d.spec(who(coord), [mailbox("slp.preceptors", "SLP Preceptors")], "Winter clinical placements", body)


TEMPLATES = [schedule, leave, payroll, occ_health, newsletter, committee, conference, job_posting, candidates,
             invoice, purchase_order, inventory, it_notice, facilities, stats, teaching_case, blank_form, mail_merge,
             shortage, recall, research, baby, birthdays, training_invite, vcard_colleague, vendor_eml, forms_zip,
             meeting_reply, student_placement]
