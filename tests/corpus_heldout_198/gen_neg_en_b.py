"""English hard negatives, part B."""
import datetime

import gen_attach as A
import gen_common as C
from gen_build import inner_message, text_table
from gen_neg_en_a import ALL, IPAC, MGRS, sig_full
from gen_pos_en_a import DOCX, XLSX, bye, hi

X = C.EXTERNAL


# e18 ---------------------------------------------------------------------
def e_evs(ctx):
    r = ctx.rng
    s = ctx.staff_role("IPAC nurse")
    rm = "%s-%02d" % (ctx.pick(["5W", "4N", "3E", "7W"]), r.randrange(1, 32))
    text = ("%s\n\nPlease book a sporicidal terminal clean for %s after discharge (~11:00): privacy curtains, commode "
            "and lift sling included, then UV-C if the robot is free. Leave the Enhanced Contact sign up until the "
            "clean is signed off.\n\n%s" % (hi(ctx), rm, bye(ctx, s)))
    return {"category": "housekeeping", "from": s.addr(), "to": [ctx.staff_role("environmental").addr()],
            "subject": "Terminal clean %s" % rm, "text": text, "note": "terminal cleaning request"}


# e19 ---------------------------------------------------------------------
def e_blank_linelist(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    csvt = A.csv_text([["Last name", "First name", "MRN", "DOB", "Room", "Onset date", "Symptoms", "Specimen date",
                        "Result", "Precautions discontinued"]])
    text = ("Hello,\n\nAttached is the blank line list template (CSV) for GI outbreaks. One row per symptomatic "
            "patient; send to IPAC daily by 10:00.\n\n%s" % bye(ctx, s))
    return {"category": "template", "from": s.addr(), "to": [MGRS], "subject": "Line list template - GI outbreaks",
            "text": text, "attachments": [{"ctype": "text/csv", "data": csvt, "filename": "linelist_template.csv",
                                           "charset": "us-ascii", "cte": "7bit"}],
            "note": "blank outbreak line list template"}


# e20 ---------------------------------------------------------------------
def e_blank_form(ctx):
    r = ctx.rng
    s = ctx.staff_role("unit clerk")
    pdf = A.pdf("Isolation Precautions Discontinuation Checklist (blank)",
                ["Patient name: ______________________   MRN: ____________", "DOB: ____/____/______   Room: ______",
                 "Organism: [ ] C. difficile  [ ] MRSA  [ ] VRE  [ ] CPE  [ ] other: ______",
                 "Criteria met: [ ] 48h symptom-free  [ ] negative screens x__", "Terminal clean done: [ ] date ________",
                 "", "IPAC signature: ______________________"], author="IPAC")
    text = "Hi all,\n\nReprinted blank checklists are in the IPAC office; PDF attached for your unit binders.\n\n%s" % bye(ctx, s)
    return {"category": "blank_form", "from": s.addr(), "to": [MGRS], "subject": "Blank isolation discontinuation checklist",
            "text": text, "attachments": [{"ctype": "application/pdf", "data": pdf, "filename": "Isolation_DC_checklist_blank.pdf"}],
            "note": "blank checklist form"}


# e21 ---------------------------------------------------------------------
def e_mailmerge(ctx):
    r = ctx.rng
    s = ctx.staff_role("infection control practitioner")
    text = ("Hi,\n\nHere is the mail-merge text for the exposure letters. The merge list stays on the secure drive.\n\n"
            "-----\n{{LetterDate}}\n\n{{Title}} {{FirstName}} {{LastName}}\n{{Address1}}\n{{City}}, QC {{PostalCode}}\n\n"
            "Dear {{Title}} {{LastName}},\n\nDuring your stay from {{AdmitDate}} to {{DischargeDate}} you may have been "
            "exposed to {{Organism}}. Please call the IPAC clinic at 450-555-0100 ext. 4412 to book a screening swab.\n\n"
            "Infection Prevention and Control\n-----\n\n%s" % bye(ctx, s))
    return {"category": "template", "from": s.addr(), "to": [ctx.staff_role("unit clerk").addr()],
            "subject": "Exposure letter - merge template", "text": text, "note": "mail-merge template with placeholders"}


# e22 ---------------------------------------------------------------------
def e_teaching(ctx):
    r = ctx.rng
    s = ctx.staff_role("infectious")
    text = ("Residents,\n\nCase for Thursday's ID rounds (de-identified):\n\nA %d-year-old man from a long-term care "
            "facility, admitted with cellulitis treated with clindamycin, develops 8 watery stools/day on day 6, WBC 26, "
            "lactate 3.1 and ileus. CT shows pancolitis.\n\n1. Severity classification?\n2. Management of fulminant CDI?\n"
            "3. When to call surgery?\n4. IPAC measures on the unit?\n\n%s" % (r.randrange(70, 92), s.signature(r)))
    return {"category": "teaching", "from": s.addr(), "to": [("IM residents", "im-residents@" + C.DOM)],
            "subject": "ID rounds case - Thursday", "text": text, "note": "de-identified teaching case"}


# e23 ---------------------------------------------------------------------
def e_protocol(ctx):
    r = ctx.rng
    s = ctx.staff_role("gastroenterologist")
    d = A.docx("FMT-RECUR protocol v%d.%d" % (r.randrange(1, 4), r.randrange(0, 9)),
               ["## Objective", "Compare capsule FMT with oral vancomycin taper for second recurrence of CDI.",
                "## Design", "Open-label randomized trial, 2 sites, target n = 160.",
                "## Eligibility", "Adults with >= 2 CDI recurrences; exclusions: immunosuppression, pregnancy.",
                "## Outcomes", "Sustained clinical cure at 8 weeks.",
                "## Ethics", "REB submission; written informed consent."], author=s.full)
    text = "Hello,\n\nRevised protocol attached for REB review.\n\n%s" % bye(ctx, s)
    return {"category": "research", "from": s.addr(), "to": [("Research Ethics Board", "reb@" + C.DOM)],
            "subject": "FMT-RECUR protocol - revised", "text": text,
            "attachments": [{"ctype": DOCX, "data": d, "filename": "FMT-RECUR_protocol.docx"}],
            "note": "research protocol, no participants"}


# e24 ---------------------------------------------------------------------
def e_birthdays(ctx):
    r = ctx.rng
    s = ctx.staff_role("unit clerk")
    m = ctx.date.month
    rows = [["Name", "Birthday"]]
    for n in ["Andrea Koenig", "Kevin Tran", "Laura McInnis", "Samuel Okonkwo"]:
        rows.append([n, "%s %d" % (C.MONTHS[m - 1], r.randrange(1, 29))])
    text = ("Hi everyone,\n\nThis month's birthdays - cake in the IPAC office on the last Friday!\n\n%s\n\nAlso: Owen "
            "Stratford and his wife welcomed baby Theo on %s (3.4 kg). Congratulations!\n\n%s" % (
                text_table(rows), C.en_date(ctx.days(r.randrange(1, 6))), s.given))
    return {"category": "staff_news", "from": s.addr(), "to": [IPAC], "subject": "Birthdays + baby news",
            "text": text, "note": "staff birthdays and colleague's baby birth date"}


# e25 ---------------------------------------------------------------------
def e_ppe_inventory(ctx):
    r = ctx.rng
    s = ctx.staff_role("environmental")
    rows = [["Item", "Lot", "Expiry", "On hand", "Par"]]
    for it in ["N95 1870+", "N95 1860S", "Level 2 gown", "Face shield", "Sporicidal wipes", "Accelerated H2O2 wipes"]:
        rows.append([it, C.luhn_number(r, 10), ctx.later(r.randrange(100, 900)).isoformat(), r.randrange(10, 500), 60])
    text = "%s\n\nPPE inventory as of today:\n\n%s\n\n%s" % (hi(ctx), text_table(rows), bye(ctx, s))
    return {"category": "inventory", "from": s.addr(), "to": [IPAC], "subject": "PPE inventory", "text": text,
            "note": "PPE inventory with lot numbers"}


# e26 ---------------------------------------------------------------------
def e_oncall(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    text = ("Hello,\n\nID / IPAC physician coverage for %s:\n\n- Dr. Raj Venkataraman (Infectious Diseases) - recurrent "
            "C. diff clinic Tuesdays, TB clinic Thursdays\n- Dr. Helen Kirkwood (Microbiology) - CPE and outbreak "
            "questions, weekdays\n- Dr. Marcus Feldman (GI) - FMT referrals\n\nAfter hours: switchboard %s.\n\n%s" % (
                C.MONTHS[ctx.date.month - 1], C.CLINIC_PHONE, bye(ctx, s)))
    return {"category": "schedule", "from": s.addr(), "to": [MGRS], "subject": "ID/IPAC physician coverage",
            "text": text, "note": "physician coverage with specialties"}


# e27 ---------------------------------------------------------------------
def e_ics_debrief(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    start = datetime.datetime.combine(ctx.later(r.randrange(3, 12)), datetime.time(r.choice([10, 13, 15]), 30))
    cal = A.ics("debrief-%d@%s" % (ctx.idx, C.DOM), start, 60, "Outbreak debrief - %s" % ctx.pick(C.UNITS_EN[:7]),
                "Lessons learned: communication, PPE supply, EVS staffing, unit closure. No patient information.",
                "Boardroom B / Teams", s.addr(), [p.addr() for p in ctx.staff_list[:4]])
    return {"category": "meeting", "from": s.addr(), "to": [p.addr() for p in ctx.staff_list[:4]],
            "subject": "Invitation: Outbreak debrief", "text": "Please join the debrief.\n\n%s" % s.signature(r),
            "attachments": [{"ctype": "text/calendar", "data": cal, "filename": "invite.ics", "params": "; method=REQUEST",
                             "charset": "utf-8", "cte": ctx.pick(["7bit", "base64", "quoted-printable"])}],
            "note": "outbreak debrief meeting invite"}


# e28 ---------------------------------------------------------------------
def e_vcard_staff(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    card = A.vcard("Priyanka", "Deshmukh-Hale", org=C.ORG_EN, title="Infection Control Practitioner",
                   tel="450-555-0100 ext. 4421", tel_type="WORK", email="priyanka.deshmukh-hale@" + C.DOM)
    text = ("Hi all,\n\nPlease welcome Priyanka Deshmukh-Hale, who joins IPAC on Monday from the ICU. She will cover "
            "surgery and ICU. Contact card attached.\n\n%s" % bye(ctx, s))
    return {"category": "staff_news", "from": s.addr(), "to": [MGRS], "subject": "Welcome to our new ICP",
            "text": text, "attachments": [{"ctype": "text/vcard", "data": card, "filename": "Priyanka Deshmukh-Hale.vcf",
                                           "charset": "utf-8"}],
            "note": "new staff member vCard"}


# e29 ---------------------------------------------------------------------
def e_zip_education(ctx):
    r = ctx.rng
    s = ctx.staff_role("IPAC nurse")
    mem = [("Module%d_%s.pdf" % (i + 1, t.replace(" ", "")), A.pdf("Module %d - %s" % (i + 1, t),
           ["Learning objectives", "Self-assessment quiz at the end.", "Duration: 20 minutes."], author=s.full))
           for i, t in enumerate(["Routine Practices", "Contact Precautions", "C difficile", "Outbreak Basics"])]
    z = A.zipped(mem)
    text = "Hi,\n\nOrientation modules for new hires attached (zip).\n\n%s" % bye(ctx, s)
    return {"category": "education", "from": s.addr(), "to": [MGRS], "subject": "IPAC orientation modules",
            "text": text, "attachments": [{"ctype": "application/zip", "data": z, "filename": "IPAC_orientation.zip"}],
            "note": "education modules zipped"}


# e30 ---------------------------------------------------------------------
def e_env_sampling(ctx):
    r = ctx.rng
    s = ctx.staff_role("microbiologist")
    rows = [["Site", "Date", "C. difficile culture", "Comment"]]
    for site in ["Commode 5W dirty utility", "Bed rail 5W-12 (post-clean)", "Blood pressure cuff, shared",
                 "Nursing station keyboard", "Bathroom grab bar 5W-08 (post-clean)"]:
        res = ctx.pick(["no growth", "no growth", "POSITIVE"])
        rows.append([site, ctx.days(r.randrange(2, 7)).isoformat(), res, "re-clean + re-swab" if res == "POSITIVE" else "-"])
    text = ("%s\n\nEnvironmental C. difficile sampling results (post-outbreak audit):\n\n%s\n\n%s" % (
        hi(ctx), text_table(rows), bye(ctx, s)))
    return {"category": "environmental", "from": s.addr(), "to": [IPAC], "subject": "Environmental C. diff sampling",
            "text": text, "note": "environmental surface sampling results"}


# e31 ---------------------------------------------------------------------
def e_staff_noro(ctx):
    r = ctx.rng
    s = ctx.staff_role("occupational")
    rows = [["Employee", "Role", "Unit", "Symptom onset", "Cleared to return"]]
    for n, role in [("Tanya Barkley", "unit clerk"), ("Kevin Tran", "EVS supervisor"), ("Andrea Koenig", "IPAC RN")]:
        rows.append([n, role, ctx.pick(C.UNITS_EN[:7]), C.short_en(ctx.days(r.randrange(1, 4))),
                     C.short_en(ctx.later(r.randrange(1, 3)))])
    text = ("%s\n\nStaff off with GI symptoms during the norovirus outbreak (employee health - not for the unit "
            "board):\n\n%s\n\nStaff return 48h after last symptoms.\n\n%s" % (hi(ctx), text_table(rows), sig_full(ctx, s)))
    return {"category": "occupational_health", "from": s.addr(), "to": [ctx.staff_role("nurse manager").addr()],
            "subject": "Staff exclusions - norovirus", "text": text, "note": "staff illness exclusions (occupational health)"}


# e32 ---------------------------------------------------------------------
def e_eml_minutes(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    inner_txt = ("Hello,\n\nThe Capital Planning Committee approved the hand-hygiene sink replacement project for "
                 "4 North and 5 West (FY 2025-26). IPAC will review drawings for splash zones.\n\nFacilities Planning\n")
    inner = inner_message(ctx, ("Facilities Planning", "facilities@" + C.DOM), ("Laura McInnis", "laura.mcinnis@" + C.DOM),
                          "Sink replacement project approved", inner_txt)
    text = "FYI - see attached. Let's discuss at team huddle.\n\n%s" % s.signature(r)
    return {"category": "forward_eml", "from": s.addr(), "to": [IPAC], "subject": "FW: Sink replacement project approved",
            "text": text, "attachments": [{"ctype": "message/rfc822", "data": inner, "filename": "Sink project.eml"}],
            "note": "facilities message forwarded as attachment"}


# e33 ---------------------------------------------------------------------
def e_ltc_aggregate(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    text = ("Hello,\n\nRegional ARO transfer summary for %s (aggregate, no patient identifiers):\n\n- Transfers to "
            "long-term care with MRSA flag: %d\n- with VRE flag: %d\n- with CPE flag: %d\n- with C. difficile in the "
            "past 30 days: %d\n\nAll receiving facilities were notified through the standard transfer form.\n\n%s" % (
                C.MONTHS[ctx.date.month - 1], r.randrange(2, 12), r.randrange(0, 8), r.randrange(0, 3),
                r.randrange(1, 9), bye(ctx, s)))
    return {"category": "statistics", "from": s.addr(), "to": [X["dsp"]], "subject": "ARO transfer summary - %s" % C.MONTHS[ctx.date.month - 1],
            "text": text, "note": "aggregate transfer statistics"}
