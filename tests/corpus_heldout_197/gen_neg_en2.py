"""English non-confidential messages (hard negatives), part 2."""

import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Mail, earlier, ext, inner_eml, who
from gen_common import ORG, STAFF, en_day, fdate, later, signature, staff_addr, staff_name
from gen_mime import html_table, text_table
from gen_neg_en import ALLSTAFF, TEAM, sig
from gen_neg_fr import serial_luhn

L = "en"


# ------------------------------------------------------------------ 10 purchase order

def purchase(ctx, v):
    ctx.category = "purchase_order"
    ctx.note = "purchase order for clinical equipment"
    po = "PO-%07d" % ctx.rng.randint(1000000, 9999999)
    items = [["Flexible endoscope for FEES, 3.0 mm", 1, "$11,400.00"], ["Enteral feeding pump", 8, "$1,180.00"],
             ["Light source / video processor", 1, "$6,250.00"], ["Surface EMG biofeedback unit", 1, "$4,300.00"],
             ["AAC speech-generating device", 3, "$2,950.00"], ["Bariatric chair scale", 1, "$3,875.00"]]
    ctx.rng.shuffle(items)
    rows = [["Item", "Qty", "Unit price", "Serial no. / asset tag"]]
    for it in items[:3 + v % 2]:
        rows.append(it + ["S/N %s, asset %s" % (serial_luhn(ctx.rng, 10), serial_luhn(ctx.rng, 9))])
    text = ("Hi Procurement,\n\n%s is approved (cost centre 6140). Deliver to Receiving, attn. Tom "
            "Hennessey. Serial numbers below are from the vendor quote and will be confirmed on receipt.\n\n%s\n\n%s" % (
                po, text_table(rows), sig("mgr_en")))
    m = Mail(ctx, who("mgr_en", L), [("Procurement", "procurement@" + ORG["dom"])],
             ["%s approved" % po, "PO - FEES equipment", "Purchase order: feeding pumps", "Capital purchase %s" % po,
              "PO for AAC devices"][v], text, mode="plain" if v != 1 else "alt")
    if v in (2, 4):
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("PO", rows)], "Mark Holloway", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 11)),
                 "%s.xlsx" % po)
    return m


# ------------------------------------------------------------------ 11 equipment service report

def service(ctx, v):
    ctx.category = "equipment_service"
    ctx.note = "biomedical equipment service report"
    eq = ["FEES endoscope", "enteral pump fleet", "video processor", "fluoroscopy unit (room 3)", "swallow EMG unit"][v]
    rows = [["Device", "Serial", "Asset", "Result", "Next PM"]]
    for i in range(ctx.rng.randint(2, 6)):
        rows.append([eq.split(" (")[0], serial_luhn(ctx.rng, ctx.pick([9, 10, 11])), serial_luhn(ctx.rng, 6),
                     ctx.pick(["Pass", "Pass", "Pass - leak test ok", "Fail - sent for repair"]),
                     fdate(later(ctx.day, ctx.rng, 150, 365), "iso")])
    text = ("Hello,\n\nPreventive maintenance for the %s is complete. Summary:\n\n%s\n\nAny failed unit has "
            "been tagged out of service.\n\nBiomedical Engineering\next. 1760" % (eq, text_table(rows)))
    m = Mail(ctx, ("Biomedical Engineering", "biomed@" + ORG["dom"]), [who("mgr_en", L), who("slp_en2", L)],
             "PM complete - %s" % eq, text)
    if v in (1, 3):
        m.attach("application/pdf", make_pdf("Service report - %s" % eq, [("table", rows)],
                                             author="Endoscopie Médicale Laurentides"), "service_report.pdf")
    return m


# ------------------------------------------------------------------ 12 IT

def it(ctx, v):
    ctx.category = "it"
    desk = ("IT Service Desk", "servicedesk@" + ORG["dom"])
    if v == 0:
        ctx.note = "planned EHR downtime notice"
        d = later(ctx.day, ctx.rng)
        text = ("PLANNED DOWNTIME\n\nThe clinical information system (including the diet order module and "
                "allied health documentation) will be unavailable on %s from 23:00 to 03:00. Use downtime "
                "forms AH-212 (diet orders) and AH-310 (consult notes).\n\nIT Service Desk, ext. 1901" % en_day(d))
        return Mail(ctx, desk, [ALLSTAFF], "Planned downtime - clinical system", text, mode="html")
    if v == 1:
        ctx.note = "phishing warning with the sample attached"
        ph = inner_eml(ctx, ("Microsoft 365 Mail", "alerts@m365-mailbox-verify.example"), [("", "allstaff@" + ORG["dom"])],
                       "Your mailbox is almost full", "Your mailbox has exceeded its quota. Verify your account "
                       "within 24 hours: http://m365-mailbox-verify.example/verify\n", earlier(ctx.dt, ctx.rng, (1, 5)))
        text = ("Several staff received the attached phishing e-mail. Do not click the link. If you entered "
                "your password, change it now and call ext. 1901.\n\nInformation Security")
        m = Mail(ctx, ("Information Security", "infosec@" + ORG["dom"]), [ALLSTAFF], "Phishing alert", text)
        m.attach_eml(ph, "phishing_sample.eml")
        return m
    if v == 2:
        ctx.note = "IT ticket resolution"
        t = "RITM%07d" % ctx.rng.randint(1000000, 9999999)
        text = ("Hi Heather,\n\nRequest %s is complete: the voice analysis software was installed on "
                "workstation WS-B216-02 (service tag %s). Licence key is stored in the department "
                "vault.\n\nColin Pritchard\nIT Service Desk" % (t, serial_luhn(ctx.rng, 10)))
        return Mail(ctx, who("it_en", L), [who("slp_en", L)], "[%s] Completed - software install" % t, text)
    if v == 3:
        ctx.note = "new dictation system training dates"
        rows = [["Date", "Time", "Room"]] + [[fdate(later(ctx.day, ctx.rng, 3 + 3 * i, 4 + 3 * i), "iso"), "12:00-13:00", "A-205"] for i in range(3)]
        text = ("Hi,\n\nThe new speech-recognition dictation system goes live for allied health next month. "
                "Training sessions:\n\n%s\n\nColin" % text_table(rows))
        m = Mail(ctx, who("it_en", L), [TEAM], "Dictation system training", text, mode="alt")
        m.attach_text("text/vcard", make_vcard("Colin", "Pritchard", org=ORG["name_en"], title="IT Service Desk",
                                               phones=[("WORK", "819-555-0140 ext. 1901")], email=staff_addr("it_en")),
                      "Colin Pritchard.vcf")
        return m
    ctx.note = "mailbox migration notice"
    text = ("Your mailbox will be migrated on %s. Outlook may prompt you to restart. Shared mailboxes "
            "(swallowing@, nutrition@) move the same night.\n\nIT Service Desk" % en_day(later(ctx.day, ctx.rng)))
    return Mail(ctx, desk, [TEAM], "Mailbox migration", text)


# ------------------------------------------------------------------ 13 facilities

def facilities(ctx, v):
    ctx.category = "facilities"
    ctx.note = "facilities notice"
    d = later(ctx.day, ctx.rng)
    msgs = [("Main kitchen renovation", "The main kitchen hood replacement runs %s to %s. Texture-modified "
             "trays (IDDSI 4-5) will be produced in the satellite kitchen." % (fdate(d, "en_long"),
                                                                               fdate(d + datetime.timedelta(days=5), "en_long"))),
            ("Parking lot P2 closed", "Lot P2 is closed on %s for line painting. Use P4." % en_day(d)),
            ("Fire drill - B wing", "Fire drill (Code Red) in B wing on %s morning. Outpatient clinics continue." % en_day(d)),
            ("Water shut-off, 2nd floor B", "Hot water shut-off on %s 06:00-09:00." % en_day(d)),
            ("Swallowing clinic room B-214 painting", "Room B-214 will be painted on %s; clinic moves to B-218 for the day." % en_day(d))]
    subj, body = msgs[v]
    return Mail(ctx, who("fac_en", L), [ALLSTAFF if v < 4 else TEAM], subj, "Hello,\n\n%s\n\nThank you,\n%s" % (body, sig("fac_en")),
                mode=["plain", "html", "alt", "plain", "plain"][v])


# ------------------------------------------------------------------ 14 aggregate audit

def audit(ctx, v):
    ctx.category = "statistics"
    ctx.note = "aggregate audit statistics"
    units = ["3 West", "4 North", "5 East", "ICU", "2 South"]
    rows = [["Unit", "Admissions", "Screened <24h (%)", "Malnourished (%)", "RD seen <72h (%)", "Aspiration pneumonia (n)"]]
    for u in units:
        rows.append([u, ctx.rng.randint(80, 260), ctx.rng.randint(78, 99), ctx.rng.randint(18, 45),
                     ctx.rng.randint(60, 97), ctx.rng.randint(0, 7)])
    text = ("Hi all,\n\nResults of the %s malnutrition / dysphagia audit (aggregate, no patient-level "
            "data):\n\n%s\n\nWe will present at Practice Council.\n\nPriya" % (
                ["Q3", "Q4", "annual", "spring", "fall"][v], text_table([[str(c) for c in r] for r in rows]) if v != 1 else "See attached."))
    m = Mail(ctx, who("rd_en", L), [TEAM, who("mgr_en", L)], ["Audit results", "Malnutrition audit - results",
                                                               "Dysphagia audit summary", "Audit - aggregate data",
                                                               "Nutrition audit"][v], text,
             mode=["plain", "plain", "html", "alt", "plain"][v])
    if v == 1:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Audit", rows)], "Priya Raman", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 9)),
                 "audit_results.xlsx")
    if v == 4:
        m.attach_text("text/csv", make_csv(rows), "audit.csv")
    return m


# ------------------------------------------------------------------ 15 teaching case

def teaching(ctx, v):
    ctx.category = "teaching_case"
    ctx.note = "de-identified teaching case"
    cases = ["A 68-year-old man, 5 days after a right MCA stroke, coughs on thin liquids. MBS shows PAS 7 on "
             "thin, PAS 2 on mildly thick. What would you recommend?",
             "A 79-year-old woman with advanced dementia, BMI 17.2, eating 25% of meals. Discuss GLIM "
             "criteria and goals of care.",
             "A 3-year-old boy with about 20 words and good comprehension. Which assessment tools and "
             "which parent-training approach?",
             "A 55-year-old teacher with 6 months of hoarseness; stroboscopy shows bilateral nodules. "
             "Outline a voice therapy plan.",
             "A 30-year-old woman admitted with anorexia nervosa, PO4 0.58 on day 2 of feeds. How would "
             "you adjust the regimen?"]
    text = ("Hi everyone,\n\nCase for journal club on %s (de-identified):\n\n\"%s\"\n\nReadings are on the "
            "shared drive.\n\n%s" % (en_day(later(ctx.day, ctx.rng)), cases[v], sig(["slp_en", "rd_en", "slp_en", "slp_en2", "rd_en2"][v])))
    m = Mail(ctx, who(["slp_en", "rd_en", "slp_en", "slp_en2", "rd_en2"][v], L), [("Students & staff", "ah.education@" + ORG["dom"])],
             ["Journal club case", "Case for Thursday", "Teaching case", "Case discussion", "Journal club"][v], text,
             mode=["plain", "alt", "plain", "html", "plain"][v])
    if v == 2:
        m.attach("application/pdf", make_pdf("Teaching case (de-identified)", [cases[v], "Discussion questions: 1. 2. 3."],
                                             author="Heather Lindqvist"), "case.pdf")
    return m


# ------------------------------------------------------------------ 16 blank forms / mail-merge

def blank(ctx, v):
    ctx.category = "blank_form"
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 13)
    kv = [("Patient name", "______________________"), ("Health card no.", "____ ____ ____"),
          ("Date of birth (YYYY-MM-DD)", ""), ("MRN", ""), ("Reason for referral", ""),
          ("Current diet / liquids (IDDSI)", ""), ("Medications", ""), ("Referring clinician", "")]
    if v in (0, 1, 2):
        ctx.note = "blank referral form"
        text = ("Hi all,\n\nThe updated %s referral form (rev. %d) is attached. Please discard older "
                "versions.\n\n%s" % (["SLP", "dietitian", "swallowing clinic"][v], ctx.rng.randint(3, 9), sig("mgr_en")))
        m = Mail(ctx, who("mgr_en", L), [("Unit managers", "unitmanagers@" + ORG["dom"])], "Updated referral form", text)
        if v == 0:
            m.attach("application/pdf", make_pdf("SLP Referral Form", [("kv", kv)], author="Mark Holloway"), "SLP_referral_form.pdf")
        elif v == 1:
            m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     make_docx("Dietitian Referral Form", [("kv", kv)], "Mark Holloway", when), "RD_referral_form.docx")
        else:
            m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     make_xlsx([("Referral", [[k, x] for k, x in kv])], "Mark Holloway", when), "swallow_clinic_referral.xlsx")
        return m
    ctx.note = "mail-merge letter template"
    tpl = ("Dear <<FirstName>> <<LastName>>,\n\nThis confirms your appointment at the Swallowing Clinic on "
           "<<ApptDate>> at <<ApptTime>>. Please bring your medication list and health card (<<HealthCardNo>>).\n\n"
           "<<ClinicianName>>")
    text = ("Janet,\n\nHere is the corrected merge template for appointment letters. Fields in << >> "
            "come from the scheduling export.\n\n=== TEMPLATE ===\n%s\n================\n\nMark" % tpl)
    m = Mail(ctx, who("mgr_en", L), [who("clerk_en", L)], "Appointment letter template", text)
    if v == 4:
        m.attach("application/zip", make_zip([("templates/appt_letter.txt", tpl.encode("utf-8")),
                                              ("templates/merge_fields.csv", b"FirstName,LastName,ApptDate,ApptTime,HealthCardNo,ClinicianName\r\n")],
                                             when), "letter_templates.zip")
    return m


# ------------------------------------------------------------------ 17 recall / shortage

def recall(ctx, v):
    ctx.category = "recall_shortage"
    if v < 3:
        ctx.note = "product recall notice"
        prod = ["Xanthan gum thickener 125 g", "Peptide formula 1.2 kcal/mL 1000 mL", "ENFit extension sets"][v]
        lots = [serial_luhn(ctx.rng, 10) for _ in range(3)]
        text = ("PRODUCT RECALL\n\nProduct: %s\nLots: %s\nReason: %s\n\nRemove affected lots from units and "
                "return to Materials Management.\n\nPharmacy / Materials Management" % (
                    prod, ", ".join(lots), ["inconsistent viscosity after mixing", "possible microbial contamination",
                                            "connector may crack under pressure"][v]))
        return Mail(ctx, who("pharm", L), [("Unit managers", "unitmanagers@" + ORG["dom"]), who("rd_en", L)],
                    "RECALL - %s" % prod, text, mode=["plain", "alt", "html"][v], lang="en")
    ctx.note = "drug shortage notice"
    drug = ["metoclopramide 10 mg/2 mL injection", "domperidone 10 mg tablets"][v - 3]
    text = ("Drug shortage: %s, expected 8-12 weeks. Suggested alternatives by indication are in the attached "
            "table. No automatic substitution without an order.\n\nPharmacy" % drug)
    m = Mail(ctx, who("pharm", L), [("Prescribers", "prescribers@" + ORG["dom"])], "Shortage - " + drug, text, lang="en")
    m.attach("application/pdf", make_pdf("Drug shortage notice", [drug, ("table", [["Indication", "Alternative"],
                                                                                    ["Gastroparesis", "discuss with pharmacy"],
                                                                                    ["Nausea", "ondansetron"]])],
                                         author="Pharmacy"), "shortage_notice.pdf")
    return m


# ------------------------------------------------------------------ 18 research

def research(ctx, v):
    ctx.category = "research"
    ctx.note = "research protocol or ethics notice without participant data"
    titles = ["Expiratory muscle strength training for dysphagia in Parkinson's disease",
              "Early dietitian assessment and length of stay after hip fracture",
              "FEES versus MBS for post-extubation dysphagia: a pragmatic trial",
              "Tele-rehabilitation for chronic aphasia",
              "Thickened liquids and hydration in long-term care"]
    num = "REB-%d-%03d" % (ctx.day.year, ctx.rng.randint(10, 300))
    text = ("Dear investigators,\n\nThe Research Ethics Board approved %s \"%s\" (delegated review). "
            "Inclusion: adults with a confirmed diagnosis, able to consent. Target sample: %d. PI: Prof. Alan "
            "Whitmore; site investigators: Heather Lindqvist, S-LP and Priya Raman, RD.\n\nNo recruitment "
            "before the site authorization letter.\n\nResearch Office" % (num, titles[v], ctx.rng.randint(40, 150)))
    m = Mail(ctx, ("Research Office", "research@" + ORG["dom"]), [who("slp_en", L), who("rd_en", L)],
             "REB approval %s" % num, text, mode=["plain", "alt", "plain", "html", "plain"][v])
    if v in (2, 4):
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx("Protocol summary " + num, [("h", titles[v]), "Design: randomized controlled trial.",
                                                      "Sample size: 80% power, alpha 0.05."], "Research Office",
                           datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 10)), "protocol_summary.docx")
    return m


TEMPLATES = [purchase, service, it, facilities, audit, teaching, blank, recall, research]
