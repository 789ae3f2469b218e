"""Non-confidential (hard negative) messages written in English."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_mime import table_html

ALL = ("Medical Imaging - All Staff", "imaging.allstaff@" + C.ORG["domain"])
TECHS_L = ("MRT Group", "mrt.group@" + C.ORG["domain"])
RADS_L = ("Radiologists", "radiologists@" + C.ORG["domain"])


def _html(title, inner):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n' % (title, inner))


def tech_schedule(c):
    r = c.r
    lead = c.who([t for t in C.TECHS if t[1] in ("Ashworth", "Harrington", "Stanfield")])
    start = c.when(5, 20)
    start -= dt.timedelta(days=start.weekday())
    header = ["Date", "MRI 1 days", "MRI 1 evenings", "MRI 2 days", "On call"]
    rows = []
    for i in range(7):
        picks = r.sample(C.TECHS, 4)
        rows.append([C.fdate(start + dt.timedelta(days=i), "en", "short")] + ["%s %s" % (p[0], p[1][0] + ".") for p in picks])
    swap = r.sample(C.TECHS, 2)
    note = r.choice(["%s and %s have swapped Saturday shifts (approved)." % (swap[0][0], swap[1][0]),
                     "%s is off on medical leave until further notice - coverage shown in bold on the sheet." % swap[0][0],
                     "Reminder: stat holiday Monday - on-call rate applies."])
    text = "\n".join(["Hi team,", "", "MRI rotation for the week of %s is attached." % C.fdate(start, "en"), note, "", "%s\nCharge MRI Technologist" % lead[0]])
    spec = dict(frm=c.ad(lead), to=[TECHS_L], subject="MRI rotation - week of %s" % C.fdate(start, "en", "short"), text=text,
                note="MRI technologist rotation")
    if r.random() < 0.5:
        spec["attachments"] = [dict(text=A.make_csv(header, rows), ctype="text/csv", filename="mri_rotation_%s.csv" % start.isoformat(),
                                    charset="us-ascii", cte="7bit")]
    else:
        spec["html"] = _html("Rotation", "<p>Hi team,</p>%s<p>%s</p>" % (table_html(header, rows), note))
    return spec


def oncall(c):
    r = c.r
    sec = C.MANAGERS[2]
    topics = {"neuroradiology": "stroke, aneurysm and brain tumour consults", "abdominal imaging": "pancreatic and liver cancer staging",
              "musculoskeletal imaging": "sports injuries and bone tumours", "breast imaging": "breast cancer diagnostics and biopsies",
              "interventional radiology": "GI bleeds, drains and line placements", "paediatric imaging": "congenital anomalies and child protection consults",
              "thoracic imaging": "lung cancer screening and interstitial lung disease", "cardiac imaging": "coronary CT and cardiomyopathy MRI"}
    start = c.when(7, 30)
    lines = []
    for i, rd in enumerate(r.sample(C.RADIOLOGISTS, 5)):
        lines.append("%s: %s (%s - %s)" % (C.fdate(start + dt.timedelta(days=i), "en", "day"), C.dr(rd, "en"), rd[4], topics[rd[4]]))
    text = "\n".join(["Good morning,", "", "Radiologist call schedule:", ""] + lines + ["",
                      r.choice(["Code stroke: page neuro directly via switchboard.", "Please send changes to me by the 20th.",
                                "IR call is separate - see the IR roster."]), "", c.sig(sec, "Executive Assistant")])
    return dict(frm=c.ad(sec), to=[RADS_L, ("ED Charge", "ed.charge@" + C.ORG["domain"])], subject="Radiologist call schedule",
                text=text, note="radiologist call schedule with subspecialty topics")


def shortage(c):
    r = c.r
    ph = ("Owen", "Gallagher", "M")
    drug = r.choice(["Omnipaque 350 (iohexol) 100 mL", "Gadavist (gadobutrol) 7.5 mL", "Technetium-99m generators",
                     "glucagon 1 mg kits"])
    text = "\n".join(["DRUG SHORTAGE NOTICE", "",
                      "Product: %s" % drug, "Expected duration: %d-%d weeks" % (4, r.randrange(6, 12)),
                      "Conservation measures effective immediately:",
                      "- prioritise emergency indications (stroke, PE, trauma, active bleeding);",
                      "- use weight-based dosing, max 80 mL iodinated contrast where protocol allows;",
                      "- consider non-contrast or ultrasound alternatives for routine follow-up;",
                      "- glucagon may be replaced with hyoscine butylbromide (Buscopan) 20 mg IV unless contraindicated.", "",
                      "Pharmacy will update stock levels every Monday.", "",
                      "%s %s, PharmD\nClinical Pharmacist, %s\n%s ext. 2410" % (ph[0], ph[1], C.ORG["en"], C.ORG["phone"])])
    return dict(frm=c.ad(ph), to=[ALL, RADS_L], subject="Shortage: %s" % drug, text=text, note="drug shortage notice")


def recall_fsn(c):
    r = c.r
    bme = ("Priya", "Nair", "F")
    dev = r.choice(["CT power injector InjectaFlow Duo", "MRI head/neck coil 20ch", "ultrasound transducer L15-4", "mobile C-arm OrbiView 9"])
    serials = [C.luhn_number(r, 9) for _ in range(r.randrange(1, 4))]
    lots = [C.mod97_number(r, 11) for _ in range(r.randrange(1, 3))]
    text = "\n".join(["Hello,", "", "We received an Urgent Field Safety Notice for the %s." % dev,
                      "Affected serial numbers at our sites: %s." % ", ".join(serials),
                      "Related consumable lots: %s." % ", ".join(lots),
                      "Issue: %s" % r.choice(["software may display an incorrect pressure limit after a power cycle.",
                                              "cable strain relief may crack, exposing conductors.",
                                              "coil element failure can produce a signal void artifact."]),
                      "Action: vendor engineer will install the correction on %s; units remain in service with the workaround in the notice." % C.fdate(c.when(3, 20), "en"),
                      "", "%s %s\nBiomedical Engineering\n%s ext. 2800" % (bme[0], bme[1], C.ORG["phone"])])
    return dict(frm=c.ad(bme), to=[c.ad(C.MANAGERS[1])], cc=[TECHS_L], subject="Field Safety Notice - %s" % dev, text=text,
                note="field safety notice with serial and lot numbers")


def newsletter(c):
    r = c.r
    ed = C.MANAGERS[2]
    t1, t2 = r.sample(C.TECHS, 2)
    rad = r.choice(C.RADIOLOGISTS)
    baby = r.choice(["Olivia", "Noah", "Ava", "Liam Junior"])
    bd = c.date.date() - dt.timedelta(days=r.randrange(3, 30))
    items = [
        ("Welcome", "Please welcome Ms. %s %s, who joins the ultrasound team from Kinsford General." % C.NURSES[2][:2]),
        ("Congratulations", "%s %s and family welcomed baby %s on %s (7 lb 2 oz)." % (t1[0], t1[1], baby, C.fdate(bd, "en"))),
        ("Research corner", "%s received a grant to study %s." % (C.dr(rad, "en"), r.choice([
            "AI triage of intracranial haemorrhage on CT", "abbreviated MRI for breast cancer screening", "low-dose CT for kidney stones",
            "ultrasound elastography in fatty liver disease"]))),
        ("Retirement", "After 31 years, Mr. Wilfrid Nolin, our PACS administrator, retires on %s. Cake at 2 pm in the lounge!" % C.fdate(c.when(5, 25), "en", "short")),
        ("Birthdays", "Happy birthday to %s (the %dth) and Dr. %s!" % (t2[0], r.randrange(4, 28), C.RADIOLOGISTS[r.randrange(8)][1])),
        ("Milestone", "Our breast screening clinic performed its 10,000th exam this year - recall rate 7.9%."),
    ]
    r.shuffle(items)
    items = items[:4]
    text = "Imaging Matters - %s %d\n\n" % (C.MONTHS_EN[c.date.month - 1], c.date.year) + "\n\n".join("%s\n%s" % x for x in items)
    inner = "<h1>Imaging Matters</h1>" + "".join("<h3>%s</h3><p>%s</p>" % x for x in items) + \
        "<hr><small>%s, %s<br>%s | %s</small>" % (C.ORG["dept_en"], C.ORG["en"], C.ORG["addr_en"], C.ORG["phone"])
    return dict(frm=c.ad(ed), to=[ALL], subject="Imaging Matters - %s edition" % C.MONTHS_EN[c.date.month - 1], text=text,
                html=_html("Imaging Matters", inner), body=r.choice(["alt", "html"]), note="staff newsletter")


def job_posting(c):
    r = c.r
    hr = ("Talent Acquisition", "careers@" + C.ORG["domain"])
    job = r.choice(["Diagnostic Medical Sonographer (full-time)", "MRI Technologist - evenings", "Imaging Booking Clerk (bilingual)",
                    "Radiologist - breast imaging (locum)"])
    text = "\n".join(["NOW HIRING: %s" % job, "",
                      "Location: %s" % r.choice([C.ORG["en"], C.ORG["site2"]]),
                      "Requirements: registration with the provincial order; bilingualism (French/English) is an asset.",
                      "Salary: as per collective agreement.",
                      "Apply by %s via the careers portal (posting #IMG-%03d)." % (C.fdate(c.when(10, 30), "en"), r.randrange(1, 200)), "",
                      "%s is an equal opportunity employer." % C.ORG["en"]])
    return dict(frm=hr, to=[ALL], subject="Job posting - %s" % job, text=text, note="job posting")


def invoice(c):
    r = c.r
    v = C.EXTERNAL["imagix"]
    inv = C.luhn_number(r, 10)
    sn = C.luhn_number(r, 9)
    items = [("Preventive maintenance - MRI 1.5T", 1, 12850.0), ("Helium top-up (liters)", r.randrange(100, 400), 18.5),
             ("Coil repair", 1, 2240.0), ("Field engineer travel", 2, 195.0)]
    items = r.sample(items, r.randrange(2, 5))
    sub = sum(q * p for _, q, p in items)
    pdf = A.make_pdf("Invoice %s" % inv, ["# %s - INVOICE" % v[0], "Invoice no.: %s" % inv, "Invoice date: %s" % C.fdate(c.date.date(), "en", "iso"),
                                          "Bill to: %s, Accounts Payable" % C.ORG["en"], "Address: %s" % C.ORG["addr_en"],
                                          "Customer contact: %s %s, %s" % (C.MANAGERS[1][0], C.MANAGERS[1][1], C.ORG["phone"]),
                                          "Equipment S/N: %s" % sn, ""] + ["%-40s %4d  %10.2f" % (d, q, q * p) for d, q, p in items] +
                     ["", "Subtotal: %.2f" % sub, "GST/QST: %.2f" % (sub * 0.14975), "Total due: %.2f CAD" % (sub * 1.14975), "Terms: Net 30"],
                     author=v[0])
    text = "\n".join(["Hello,", "", "Please find attached invoice %s for service performed on S/N %s." % (inv, sn), "", "Regards,", "Accounts Receivable\n%s\n%s" % (v[0], v[2])])
    return dict(frm=("Accounts Receivable", "ar@" + v[1]), to=[("Accounts Payable", "ap@" + C.ORG["domain"])], subject="Invoice %s" % inv,
                text=text, attachments=[dict(data=pdf, filename="INV_%s.pdf" % inv, ctype="application/pdf")], note="service invoice")


def purchase_order(c):
    r = c.r
    buyer = ("Tamara", "Eklund", "F")
    po = "PO-%s" % C.luhn_number(r, 8)
    rows = [[d, q, "%.2f" % p] for d, q, p in r.sample([
        ("Gadoterate meglumine 0.5 mmol/mL 20 mL", r.randrange(20, 60), 41.3), ("Iohexol 300 mgI/mL 100 mL", r.randrange(40, 150), 17.9),
        ("Lead apron 0.35 mm Pb, size M", 2, 455.0), ("Ultrasound gel 250 mL", 48, 3.2), ("Biopsy needle 18G x 16 cm", 30, 61.0)], 4)]
    text = "\n".join(["Hi,", "", "Attached is %s for the imaging department. Please confirm the delivery date." % po,
                      "Ship to: Receiving Dock 4, %s" % C.ORG["addr_en"], "", "%s %s\nBuyer, Procurement\n%s ext. 2350" % (buyer[0], buyer[1], C.ORG["phone"])])
    return dict(frm=c.ad(buyer), to=[("Orders", "orders@" + C.EXTERNAL["nordpharma"][1])], subject=po, text=text,
                attachments=[dict(text=A.make_csv(["Item", "Qty", "Unit price"], rows), ctype="text/csv", filename="%s.csv" % po)],
                note="purchase order")


def wait_stats(c):
    r = c.r
    mgr = C.MANAGERS[0]
    rows = [[m, r.randrange(40, 400), r.randrange(2, 180), "%d%%" % r.randrange(40, 99)] for m in ["CT", "MRI", "Ultrasound", "Mammography", "Nuclear medicine"]]
    text = "\n".join(["Hello,", "", "Monthly wait-list snapshot (aggregate, no patient-level data):", ""] +
                     ["%s: %d waiting, median wait %d days, %s within target" % tuple(x) for x in rows] + ["",
                      "MRI backlog is down 12% since the evening shift started.", "", c.sig(mgr, "Imaging Services Manager")])
    spec = dict(frm=c.ad(mgr), to=[("Senior Leadership", "leadership@" + C.ORG["domain"])], subject="Imaging wait-list snapshot - %s" % C.MONTHS_EN[c.date.month - 1],
                text=text, note="aggregate wait-list statistics")
    if r.random() < 0.5:
        x = A.make_xlsx([("Wait list", ["Modality", "Waiting", "Median wait (d)", "Within target"], rows)], author="%s %s" % mgr[:2])
        spec["attachments"] = [dict(data=x, filename="waitlist_snapshot.xlsx", ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    return spec


def committee(c):
    r = c.r
    sec = C.MANAGERS[2]
    d = c.when(5, 25)
    name, agenda = r.choice([
        ("Radiation Safety Committee", ["Minutes of last meeting", "Staff dosimetry summary Q%d (aggregate)" % r.randrange(1, 5),
                                        "Paediatric CT dose reference levels", "Fluoroscopy room 2 shielding survey"]),
        ("Imaging Quality Council", ["Critical result turnaround", "Patient identification audit (aggregate)", "Incident trends", "Peer review participation"]),
        ("Contrast Safety Working Group", ["Premedication protocol review", "Metformin guidance update", "Extravasation management"]),
    ])
    text = "\n".join(["NOTICE OF MEETING - %s" % name, "", "When: %s, 12:00-13:00" % C.fdate(d, "en", "day"), "Where: Room B-214 / Teams", "", "Agenda:"] +
                     ["%d. %s" % (i + 1, a) for i, a in enumerate(agenda)] + ["",
                      "Regrets to %s. Chair: %s." % (sec[0], C.dr(r.choice(C.RADIOLOGISTS), "en")), "", c.sig(sec, "Committee Secretary")])
    att = A.make_ics(c.msgid().strip("<>"), dt.datetime(d.year, d.month, d.day, 12, 0), 60, name, "Agenda: " + "; ".join(agenda),
                     "Room B-214", C.mail_of(*sec[:2], C.ORG["domain"]), c.date.replace(tzinfo=None))
    spec = dict(frm=c.ad(sec), to=[RADS_L], subject="Meeting notice: %s" % name, text=text, note="committee meeting notice")
    if r.random() < 0.5:
        spec["attachments"] = [dict(text=att, ctype="text/calendar", filename="meeting.ics", ct_params="; method=REQUEST")]
    return spec


def blank_form(c):
    r = c.r
    nurse = c.who(C.NURSES)
    title = r.choice(["MRI Safety Screening Form", "Contrast Screening Questionnaire", "Outside Image Release Authorization"])
    fields = ["Patient name: ______________________________", "Date of birth (YYYY-MM-DD): ____________   Sex: [ ] F  [ ] M  [ ] X",
              "Health card no.: __________________   MRN: ______________", "Home phone: ______________"]
    if title.startswith("MRI"):
        qs = ["Pacemaker / defibrillator? [ ] Yes [ ] No", "Metal fragments in eyes? [ ] Yes [ ] No", "Pregnant or breastfeeding? [ ] Yes [ ] No"]
    elif title.startswith("Contrast"):
        qs = ["Previous reaction to contrast? [ ] Yes [ ] No", "Kidney disease / dialysis? [ ] Yes [ ] No", "Taking metformin? [ ] Yes [ ] No",
              "Most recent creatinine: ______ umol/L  eGFR: ______"]
    else:
        qs = ["Release to (facility): __________________", "Studies / dates: __________________", "Signature: ______________  Date: ________"]
    paras = ["# " + title, "Form IMG-%03d rev. %s" % (r.randrange(1, 99), C.fdate(c.date.date(), "en", "iso"))] + fields + [""] + qs
    if r.random() < 0.5:
        att = dict(data=A.make_pdf(title, paras, author=C.ORG["dept_en"]), filename="%s_blank.pdf" % C.slug(title), ctype="application/pdf")
    else:
        att = dict(data=A.make_docx(paras, author="%s %s" % nurse[:2], title=title), filename="%s.docx" % C.slug(title),
                   ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    text = "\n".join(["Hi all,", "", "Updated blank %s attached - please replace the copies at reception." % title, "", c.sig(nurse, "Clinical Nurse Educator")])
    return dict(frm=c.ad(nurse), to=[("Imaging Reception", "imaging.reception@" + C.ORG["domain"])], subject="Updated form: %s" % title,
                text=text, attachments=[att], note="blank form")


def mail_merge(c):
    r = c.r
    tpl = "\n".join(["{{first_name}} {{last_name}}", "{{street}}", "{{city}}, {{province}} {{postal_code}}", "",
                     "Dear {{title}} {{last_name}},",
                     "This is a reminder that you are due for your {{exam_type}} screening. Your appointment is on {{appt_date}} at {{appt_time}}.",
                     "Please bring your health card ({{health_card_no}}) and arrive 15 minutes early.",
                     "Questions? Call %s." % C.ORG["phone"]])
    text = "\n".join(["Hi %s," % C.CLERKS[4][0], "", "Here's the revised reminder template for the screening mail-out. Merge fields are in double braces.", "",
                      tpl, "", "Please run a test merge with the dummy file before Friday.", "", C.MANAGERS[2][0]])
    return dict(frm=c.ad(C.MANAGERS[2]), to=[c.ad(C.CLERKS[4])], subject=r.choice(["Screening reminder template", "Mail merge - revised letter"]),
                text=text, note="mail-merge reminder template")


def teaching_case(c):
    r = c.r
    rad = r.choice(C.RADIOLOGISTS)
    case = r.choice([
        ("58-year-old man, sudden tearing chest pain radiating to the back.", "CTA: intimal flap from the aortic root to the iliacs.", "Stanford A dissection."),
        ("29-year-old woman, right iliac fossa pain, negative hCG.", "US: 9 mm non-compressible tubular structure with hyperaemia.", "Acute appendicitis."),
        ("71-year-old woman, fall, unable to weight-bear.", "Radiograph occult; MRI: linear T1 hypointense line in the femoral neck.", "Occult femoral neck fracture."),
        ("4-month-old, projectile vomiting.", "US: pyloric muscle 4.5 mm thick, channel 19 mm.", "Hypertrophic pyloric stenosis."),
    ])
    text = "\n".join(["CASE OF THE WEEK (de-identified)", "", "History: %s" % case[0], "Imaging: %s" % case[1], "",
                      "Answer at Thursday rounds. Spoiler below.", "", "." * 20, "Diagnosis: %s" % case[2], "",
                      "Images are in the anonymised PACS teaching folder.", C.dr(rad, "en")])
    return dict(frm=c.ad(rad), to=[("Radiology Residents", "residents@" + C.ORG["domain"])], subject="Case of the week", text=text,
                note="de-identified teaching case")


def occ_health(c):
    r = c.r
    oh = ("Nadine", "Fairweather", "F")
    emp = r.choice(C.TECHS + C.NURSES)
    body, subj = r.choice([
        ("Your annual respirator fit test is due. Booking link on the intranet; bring your current N95 model.", "Fit test due"),
        ("Your Q%d dosimeter reading was %.2f mSv (whole body), below the investigation level." % (r.randrange(1, 5), r.uniform(0.05, 0.4)), "Dosimetry report"),
        ("Your return-to-work plan after the shoulder injury starts Monday: modified duties, no patient transfers for 3 weeks.", "Return-to-work plan"),
        ("Our records show your hepatitis B titre is protective. No further doses required.", "Immunization record"),
    ])
    text = "\n".join(["Hi %s," % emp[0], "", body, "", "Confidential - Employee Health", "",
                      "%s %s, RN\nOccupational Health & Safety\n%s ext. 2600" % (oh[0], oh[1], C.ORG["phone"])])
    return dict(frm=c.ad(oh), to=[c.ad(emp)], subject=subj, text=text, note="employee occupational health message")


def it_notice(c):
    r = c.r
    it = ("IT Service Desk", "servicedesk@" + C.ORG["domain"])
    d = c.when(2, 14)
    body, subj = r.choice([
        (["PACS will be unavailable on %s from 23:00 to 03:00 for a storage upgrade." % C.fdate(d, "en", "day"),
          "Modalities will queue studies locally and send them when the system is back."], "Planned PACS downtime"),
        (["Multi-factor authentication becomes mandatory for remote reading workstations on %s." % C.fdate(d, "en"),
          "Enrol your phone at the Service Desk kiosk."], "MFA for home reading stations"),
        (["We are aware of slow image loading in the ED viewer. Vendor ticket INC%07d is open." % r.randrange(1000000, 9999999)], "Known issue: slow viewer"),
        (["Reminder: never send patient information to personal email accounts. Use the secure transfer portal for outside images."], "Reminder: secure email"),
    ])
    text = "\n".join(["Hello,", ""] + body + ["", "IT Service Desk | ext. 5555", C.ORG["en"]])
    return dict(frm=it, to=[ALL], subject=subj, text=text, note="IT notice")


def facilities(c):
    r = c.r
    fac = ("Ray", "Dunmore", "M")
    d = c.when(2, 20)
    body = r.choice([
        "Water will be shut off in the B wing on %s from 06:00 to 09:00; the ultrasound department washrooms will be closed." % C.fdate(d, "en", "day"),
        "The MRI 2 chiller will be serviced on %s. The magnet stays at field; no scanning 07:00-11:00." % C.fdate(d, "en", "day"),
        "Lot P3 repaving starts %s. Staff please use P1 or the shuttle from the arena." % C.fdate(d, "en"),
    ])
    text = "\n".join(["Hello,", "", body, "", "Thank you for your patience.", "%s %s\nFacilities Management\n%s ext. 2900" % (fac[0], fac[1], C.ORG["phone"])])
    return dict(frm=c.ad(fac), to=[ALL], subject=r.choice(["Facilities notice", "Service interruption", "Parking update"]), text=text, note="facilities notice")


def conference(c):
    r = c.r
    org = ("Meredith", "Coyle", "F")
    d = c.when(30, 120)
    talks = [(C.dr(C.RADIOLOGISTS[3], "en"), "Dense breasts and supplemental screening"),
             (C.dr(C.RADIOLOGISTS[0], "en"), "Imaging of acute stroke in 2025"),
             (C.dr(C.RADIOLOGISTS[1], "en"), "Pancreatic cysts: when to worry"),
             (C.dr(C.RADIOLOGISTS[5], "en"), "Non-accidental injury: what the skeletal survey shows"),
             ("Mr. %s %s, Medical Physicist" % C.MANAGERS[3][:2], "Dose optimisation in CT"),
             (C.dr(C.RADIOLOGISTS[7], "en"), "Cardiac MRI in myocarditis")]
    talks = r.sample(talks, r.randrange(4, 7))
    text = "\n".join(["Eastern Townships Imaging Symposium - %s" % C.fdate(d, "en"), "", "Programme:"] +
                      ["%s  %s - %s" % ("%d:%02d" % (8 + i, 30 if i % 2 else 0), s, t) for i, (s, t) in enumerate(talks)] +
                     ["", "Registration: $150 (free for residents and technologists). 6 CME credits.", "", "%s %s\nSymposium Coordinator" % org[:2]])
    spec = dict(frm=c.ad(org, "imaging-symposium.example"), to=[ALL], subject="Programme: Eastern Townships Imaging Symposium",
                text=text, note="conference programme with speakers and topics")
    if r.random() < 0.4:
        spec["html"] = _html("Symposium", "<h2>Eastern Townships Imaging Symposium</h2>" + table_html(["Speaker", "Topic"], talks))
        spec["body"] = "html"
    return spec


def payroll(c):
    r = c.r
    pay = ("Payroll Services", "payroll@" + C.ORG["domain"])
    body = r.choice([
        ["Shift premiums for pay period %d will appear on the %s deposit." % (r.randrange(1, 27), C.fdate(c.when(3, 14), "en")),
         "Overtime must be approved in the scheduling system by Thursday noon."],
        ["T4 and RL-1 slips are now available in the employee portal.", "Check that your mailing address is up to date."],
        ["Retroactive pay (2.3%) will be paid in two instalments; see your pay stub for the breakdown."],
    ])
    text = "\n".join(["Hello,", ""] + body + ["", "Payroll Services | ext. 2700"])
    return dict(frm=pay, to=[ALL], subject=r.choice(["Payroll update", "Pay period notice", "Tax slips available"]), text=text, note="payroll notice")


def training(c):
    r = c.r
    ed = c.who(C.NURSES)
    d = c.when(5, 30)
    topic, content = r.choice([
        ("Contrast reaction drill", ["Recognise urticaria, bronchospasm and anaphylaxis.", "Adult epinephrine 0.3 mg IM (1 mg/mL); paediatric 0.01 mg/kg.",
                                     "Diphenhydramine 25-50 mg IV for hives; salbutamol for bronchospasm."]),
        ("MRI Level 2 safety refresher", ["Zone IV access rules", "Quench procedure", "Projectile incidents - lessons learned"]),
        ("Mammography positioning workshop", ["CC and MLO positioning", "Implant-displaced views", "Image quality criteria"]),
    ])
    text = "\n".join(["Hi everyone,", "", "%s - %s, 13:00-15:00, Room B-214." % (topic, C.fdate(d, "en", "day")), "Content:"] + ["- " + x for x in content] +
                     ["", "Please register with %s." % ed[0], "", c.sig(ed, "Clinical Nurse Educator")])
    return dict(frm=c.ad(ed), to=[TECHS_L], subject="Training: %s" % topic, text=text, note="staff training announcement")


def policy(c):
    r = c.r
    q = C.MANAGERS[0]
    text = "\n".join([
        "POLICY IMG-%03d: Communication of Critical and Significant Unexpected Results (revised)" % r.randrange(10, 99), "",
        "1. Critical findings (e.g. pneumothorax, intracranial haemorrhage, aortic dissection, PE) must be phoned to the ordering provider within 60 minutes.",
        "2. Document: patient identifiers, finding, person notified, time, and read-back in the critical results log.",
        "3. If the provider cannot be reached in 30 minutes, escalate to the department chief or ED physician.",
        "4. Significant unexpected findings (e.g. new mass) must be communicated within 3 business days.", "",
        "Example log entry: [Patient name] / [MRN] / [finding] / [called to] / [time] / [read-back Y/N]", "",
        "Effective %s. Questions to %s %s." % (C.fdate(c.when(10, 30), "en"), q[0], q[1])])
    return dict(frm=c.ad(q), to=[RADS_L, TECHS_L], subject="Revised policy: critical results communication", text=text,
                note="critical results policy")


def qa(c):
    r = c.r
    phys = C.MANAGERS[3]
    unit = r.choice(["CT 1", "CT 2", "MRI 1.5T", "Mammography room 5"])
    rows = [("CT number water", "%.1f HU" % r.uniform(-2, 2), "0 +/- 4 HU"), ("Noise", "%.1f HU" % r.uniform(4, 7), "< 7 HU"),
            ("Uniformity", "%.1f HU" % r.uniform(0.5, 3.5), "< 5 HU"), ("CTDIvol head", "%.1f mGy" % r.uniform(40, 60), "< 75 mGy")]
    text = "\n".join(["Hello,", "", "Annual QC results for %s (S/N %s):" % (unit, C.luhn_number(r, 10)), ""] + ["%s: %s (limit %s)" % x for x in rows] +
                     ["", r.choice(["All within tolerance.", "Noise slightly above last year; will recheck after tube conditioning."]), "", c.sig(phys, "Medical Physicist")])
    return dict(frm=c.ad(phys), to=[c.ad(C.MANAGERS[0])], subject="QC report - %s" % unit, text=text, note="quality control report")


def service_report(c):
    r = c.r
    v = C.EXTERNAL["imagix"]
    fe = ("Marco", "DeLuca", "M")
    sn = C.luhn_number(r, 9)
    wo = C.luhn_number(r, 10)
    pdf = A.make_pdf("Service report", ["# %s - Field Service Report" % v[0], "Work order: %s" % wo, "System: %s" % r.choice(["CT Aurion 128", "MRI Magna 1.5T", "US Sonix 900"]),
                                        "Serial no.: %s" % sn, "Site: %s, %s" % (C.ORG["en"], C.ORG["addr_en"]),
                                        "Problem: %s" % r.choice(["tube arc errors", "gradient coil overheating", "probe element dropout"]),
                                        "Action: component replaced, calibration performed, system returned to service.",
                                        "Engineer: %s %s" % fe[:2]], author=v[0])
    text = "\n".join(["Hi Richard,", "", "Service report for work order %s attached. System back in clinical use at %s." % (wo, c.hhmm(8, 18)), "",
                      "%s %s\nField Service Engineer, %s\n%s" % (fe[0], fe[1], v[0], v[2])])
    return dict(frm=c.ad(fe, v[1]), to=[c.ad(C.MANAGERS[1])], subject="Service report WO %s" % wo, text=text,
                attachments=[dict(data=pdf, filename="FSR_%s.pdf" % wo, ctype="application/pdf")], note="vendor service report")


def leave(c):
    r = c.r
    emp = r.choice(C.TECHS + C.CLERKS)
    mgr = C.MANAGERS[0]
    d = c.when(20, 100)
    text = "\n".join(["Hi %s," % emp[0], "", r.choice([
        "Your vacation request for %s to %s is approved." % (C.fdate(d, "en", "short"), C.fdate(d + dt.timedelta(days=9), "en", "short")),
        "I can't approve the week of %s - we're already short two technologists. Could you pick another week?" % C.fdate(d, "en", "short"),
        "Your education leave for the symposium is approved; submit receipts within 30 days."]), "", mgr[0]])
    return dict(frm=c.ad(mgr), to=[c.ad(emp)], subject=r.choice(["RE: Vacation request", "Leave request", "Education leave"]), text=text, note="leave request answer")


def candidate(c):
    r = c.r
    hr = ("Talent Acquisition", "careers@" + C.ORG["domain"])
    cand = r.choice([("Kayla", "Brennan"), ("Dev", "Raman"), ("Sophie", "Albright")])
    d = c.when(3, 12)
    cv = A.make_pdf("Resume", ["# %s %s" % cand, "%d Birch Road, Sherbrooke QC" % r.randrange(10, 300), "Cell: %s" % C.phone(r, "819"),
                               "Education: BSc Medical Radiation Sciences (2021)", "Experience: CT/MRI technologist, 2021-2025",
                               "Certifications: BLS, MRI Level 2"], author="%s %s" % cand)
    text = "\n".join(["Hi Francine,", "", "Interview with %s %s confirmed for %s at %s (MRI technologist posting). Resume attached." % (
        cand[0], cand[1], C.fdate(d, "en", "day"), c.hhmm(9, 15)), "Panel: you, Richard, Megan.", "", "Talent Acquisition"])
    return dict(frm=hr, to=[c.ad(C.MANAGERS[0])], subject="Interview scheduled - MRI technologist", text=text,
                attachments=[dict(data=cv, filename="Resume_%s_%s.pdf" % (cand[1], cand[0]), ctype="application/pdf")],
                note="job candidate interview with resume")


def research(c):
    r = c.r
    rad = r.choice(C.RADIOLOGISTS)
    text = "\n".join(["Hello all,", "",
                      "The REB has approved our study \"%s\" (REB #%d-%03d)." % (r.choice([
                          "Abbreviated MRI versus tomosynthesis in women with dense breasts", "Ultra-low-dose CT for suspected renal colic",
                          "Deep-learning reconstruction for paediatric CT"]), c.date.year, r.randrange(1, 400)),
                      "Inclusion: adults 40-74 referred for the study indication. Exclusion: pregnancy, eGFR < 30, prior enrolment.",
                      "Target: 300 participants over 2 years. Only coded data leave the site; the key stays with the research office.",
                      "Technologists will get a 20-minute briefing on the acquisition protocol.", "", C.dr(rad, "en"), "Principal Investigator"])
    return dict(frm=c.ad(rad), to=[ALL], subject="New study approved - recruitment starting", text=text, note="research protocol announcement")


def referral_guidelines(c):
    r = c.r
    rad = r.choice(C.RADIOLOGISTS)
    text = "\n".join(["Dear colleagues,", "", "Updated imaging referral guidance for primary care:",
                      "- Low back pain without red flags: no imaging before 6 weeks.",
                      "- Suspected DVT: Wells score first; duplex ultrasound if likely or D-dimer positive.",
                      "- Headache: CT only with red flags (thunderclap, new deficit, age > 50 with new pattern).",
                      "- Breast lump in women under 30: ultrasound first.", "",
                      "The full guide is on the %s website. Questions: %s ext. 2250." % (C.ORG["short"], C.ORG["phone"]), "",
                      C.dr(rad, "en"), "Chief, Department of Medical Imaging"])
    return dict(frm=c.ad(rad), to=[("Primary care physicians", "primarycare-list@" + C.EXTERNAL["lakeshore"][1])], subject="Imaging referral guidance - update",
                text=text, note="referral guidelines for physicians")


TEMPLATES = [
    (tech_schedule, 4, "schedule"), (oncall, 4, "oncall_list"), (shortage, 3, "drug_shortage"), (recall_fsn, 4, "recall_notice"),
    (newsletter, 4, "newsletter"), (job_posting, 3, "job_posting"), (invoice, 4, "invoice"), (purchase_order, 3, "purchase_order"),
    (wait_stats, 4, "statistics"), (committee, 4, "committee"), (blank_form, 4, "blank_form"), (mail_merge, 3, "mail_merge"),
    (teaching_case, 4, "teaching_case"), (occ_health, 4, "occupational_health"), (it_notice, 4, "it_notice"), (facilities, 3, "facilities"),
    (conference, 4, "conference"), (payroll, 3, "payroll"), (training, 3, "training"), (policy, 3, "policy"), (qa, 3, "quality_control"),
    (service_report, 4, "service_report"), (leave, 3, "leave"), (candidate, 3, "candidate"), (research, 3, "research"),
    (referral_guidelines, 2, "guidelines"),
]
