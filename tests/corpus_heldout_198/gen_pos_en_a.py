"""English positives, part A."""
import datetime

import gen_attach as A
import gen_common as C
import gen_vocab as V
from gen_build import (forward_header, gmail_attrib, html_table, inner_message, outlook_header, quote,
                       text_table)

X = C.EXTERNAL
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def hi(ctx, who=None):
    g = who.given if who else None
    return ctx.pick(["Hi %s," % g if g else "Hi,", "Hello %s," % g if g else "Hello,",
                     "Good morning,", "%s -" % g if g else "Hi,"])


def bye(ctx, s):
    return ctx.pick(["Thanks,", "Thanks!", "Regards,", "Best,", "Many thanks,"]) + "\n\n" + s.signature(ctx.rng)


UNIT_CODE = {"2 North": "2N", "3 East": "3E", "4 North": "4N", "4 South": "4S", "5 West": "5W", "6 East": "6E",
             "7 West": "7W", "ICU": "ICU", "Geriatrics 3B": "3B", "Medicine 5A": "5A", "Surgery 6C": "6C",
             "Hem-Onc 8": "8"}


def bed(ctx, unit=None):
    r = ctx.rng
    code = UNIT_CODE[unit] if unit else ctx.pick(["5W", "4N", "3E", "7W", "6E", "4S", "ICU"])
    return "%s-%02d" % (code, r.randrange(1, 32))


# 1 -----------------------------------------------------------------------
def t_linelist_csv(ctx):
    r = ctx.rng
    s = ctx.staff_role("IPAC nurse")
    unit = ctx.pick(C.UNITS_EN[:7])
    rows = [["Last name", "First name", "DOB", "Bed", "Onset", "Symptoms", "Stool sent", "Norovirus PCR"]]
    for _ in range(r.randrange(4, 9)):
        p = ctx.patient()
        rows.append([p.sur(), p.giv(), p.dob_str("iso"), bed(ctx, unit), ctx.days(r.randrange(0, 6)).isoformat(),
                     ctx.pick(["V+D", "D x4", "vomiting", "D, fever 38.2", "V x2"]),
                     ctx.pick(["Y", "Y", "N"]), ctx.pick(["POS", "POS", "pending", "NEG", ""])])
    data = A.csv_text(rows)
    text = ("%s\n\nUpdated line list for the %s norovirus outbreak attached (patients only; staff list "
            "goes to Occ Health separately). Unit remains closed to admissions and transfers; please keep "
            "symptomatic patients on enhanced contact until 48h symptom-free.\n\n%s" % (
                hi(ctx), unit, bye(ctx, s)))
    return {"category": "linelist", "from": s.addr(),
            "to": [ctx.staff_role("coordinator").addr(), ctx.staff_role("nurse manager").addr()],
            "subject": "Noro outbreak %s - line list %s" % (unit, C.short_en(ctx.date.date())), "text": text,
            "attachments": [{"ctype": "text/csv", "data": data,
                             "filename": "linelist_noro_%s.csv" % ctx.date.strftime("%Y%m%d"),
                             "charset": ctx.pick(["utf-8", "us-ascii", "windows-1252"])}],
            "types": ["diagnosis", "lab_result"], "note": "norovirus outbreak line list CSV"}


# 2 -----------------------------------------------------------------------
def t_isolation_note_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, doc = ctx.staff_role("IPAC nurse"), ctx.staff_role("infectious")
    text = ("%s\n\nPt in %s, %s, MRN %s: C. diff GDH+ / toxin EIA neg / PCR+ on %s. %s. On %s for "
            "UTI, also on %s.\n\nColonization vs infection? Placed on enhanced contact in the meantime. "
            "Would you treat? Happy to discuss on rounds.\n\n%s" % (
                hi(ctx, doc), bed(ctx), p.name(ctx.pick(["upper_first", "sur_comma", "title_full"])),
                p.mrn(ctx.pick(["plain", "dash", "space", "pad"])), C.short_en(ctx.days(1)),
                ctx.pick(V.SYMPT_EN), ctx.pick(V.ABX_EN), ctx.pick(V.PPI_EN), bye(ctx, s)))
    return {"category": "consult", "from": s.addr(), "to": [doc.addr()],
            "subject": ctx.pick(["C diff PCR+/toxin- - treat?", "?CDI vs colonization", "Quick Q re: C. diff"]),
            "text": text, "types": ["lab_result", "medication", "diagnosis"],
            "note": "question about C. difficile colonization vs infection"}


# 3 -----------------------------------------------------------------------
REPORT_EN = [("Legionellosis", "Legionella urinary antigen POSITIVE", "community pneumonia, ICU admit", "routine"),
             ("Invasive group A streptococcal disease", "Blood cultures 2/2 S. pyogenes",
              "necrotizing fasciitis, OR x2", "droplet/contact (first 24h of antibiotics)"),
             ("Active pulmonary tuberculosis", "AFB smear 2+, MTB complex PCR detected",
              "3-month cough, 7 kg weight loss", "airborne"),
             ("Salmonellosis", "Stool culture Salmonella Enteritidis", "bloody diarrhea after a buffet",
              "contact (incontinent)")]


def t_reportable_nam(ctx):
    r = ctx.rng
    p = ctx.nam_patient()
    s = ctx.staff_role("microbiologist")
    dis, lab, clin, prec = ctx.pick(REPORT_EN)
    text = ("Hello,\n\nPlease find below a notifiable disease report for a patient admitted to %s.\n\n"
            "Name: %s\nDate of birth: %s\nSex: %s\nRAMQ: %s\nHome address: %s\nPhone: %s\n\n"
            "Disease: %s\nOnset: %s\nLab: %s\nClinical: %s\n\nPatient is on %s precautions. Hospital contact "
            "tracing is under way and the list will follow.\n\n%s" % (
                ctx.pick(C.HOSP_EN), p.name(ctx.pick(["upper_first", "full"])),
                p.dob_str(ctx.pick(["iso", "en_long", "en_short"])), p.sex_str(),
                p.nam_str(ctx.pick(["plain", "space", "dash", "fw"])), p.address(), p.phone(), dis,
                C.en_date(ctx.days(r.randrange(4, 20))), lab, clin, prec, bye(ctx, s)))
    return {"category": "report", "from": s.addr(), "to": [X["dsp"]],
            "subject": "Notifiable disease report - %s" % dis, "text": text,
            "types": ["diagnosis", "lab_result"], "note": "notifiable disease report to public health"}


# 4 -----------------------------------------------------------------------
def t_ontario_transfer(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("infection control practitioner")
    when = ctx.later(r.randrange(1, 4))
    text = ("%s\n\nWe are repatriating %s (DOB %s, OHIP %s) to Lakeview on %s. IPAC summary:\n"
            "- Recurrent C. difficile infection (2nd recurrence %s), completed %s; last loose stool %s.\n"
            "- VRE colonized (rectal screen positive %s).\n- Contact precautions required on arrival; "
            "dedicated commode.\n\nDischarge summary will go by fax. Call me with any questions.\n\n%s" % (
                hi(ctx), p.name(ctx.pick(["title_full", "upper_first"])), p.dob_str(ctx.pick(["iso", "en_long"])),
                p.ohip(ctx.pick(["plain", "space", "dash", "dot"]), vc=ctx.pick(["", "AA", "RT", "MK"])),
                C.en_date(when), C.short_en(ctx.days(r.randrange(10, 20))), ctx.pick(V.CDIFF_TX_EN),
                C.short_en(ctx.days(r.randrange(3, 8))), C.short_en(ctx.days(r.randrange(10, 60))), bye(ctx, s)))
    return {"category": "transfer", "from": s.addr(), "to": [X["ontario"]],
            "subject": "Repatriation %s - IPAC status" % C.short_en(when), "text": text,
            "types": ["diagnosis", "lab_result", "medication"], "note": "repatriation to Ontario hospital"}


# 5 -----------------------------------------------------------------------
def t_census_alt(ctx):
    r = ctx.rng
    unit = ctx.pick(C.UNITS_EN)
    s = ctx.staff_role("coordinator")
    rows = [["Bed", "Patient", "MRN", "Organism", "Precautions", "Since"]]
    for _ in range(r.randrange(5, 9)):
        p = ctx.patient()
        org, prec, lab, dx = ctx.pick(V.ORG_EN)
        rows.append([bed(ctx, unit), p.name(ctx.pick(["upper_first", "sur_comma", "sur_initial"])),
                     p.mrn(ctx.pick(["plain", "dash"])), org, prec.split(" (")[0],
                     C.short_en(ctx.days(r.randrange(1, 25)))])
    intro = "Isolation census for %s as of 07:00 today (%s). Please check signage and PPE carts." % (
        unit, C.en_date(ctx.date.date()))
    text = "Hi,\n\n%s\n\n%s\n\n%s" % (intro, text_table(rows), s.signature(r))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html"></head><body>\n<p>Hi,</p>\n'
            "<p>%s</p>\n%s\n<p>%s</p>\n</body></html>\n" % (intro, html_table(rows),
                                                        s.signature(r).replace("\n", "<br>\n")))
    return {"category": "census", "from": s.addr(), "to": [ctx.staff_role("nurse manager").addr()],
            "subject": "Isolation census %s %s" % (unit, C.short_en(ctx.date.date())),
            "text": text, "html": html, "form": "alt", "types": ["diagnosis"],
            "note": "isolation census table, text and HTML"}


# 6 -----------------------------------------------------------------------
def t_reply_discontinue(ctx):
    r = ctx.rng
    p = ctx.patient(sex="F")
    s, mgr = ctx.staff_role("IPAC nurse"), ctx.staff_role("nurse manager")
    b = bed(ctx)
    when = ctx.date - datetime.timedelta(hours=r.randrange(2, 30))
    orig_subj = "Can we d/c isolation %s?" % b
    orig = ("Hi,\nBed %s (%s) has had formed stools since the weekend. We're short on private rooms -- "
            "can we take her off precautions?\n%s" % (b, p.name(ctx.pick(["title_sur", "sur_first"])), mgr.given))
    ans = ("%s\n\nFor %s (MRN %s): yes, >48h without diarrhea as of %s, so you can discontinue enhanced "
           "contact precautions AFTER the sporicidal terminal clean of the room and bathroom (I've put in the "
           "EVS request). No test of cure please -- C. diff PCR can stay positive for weeks.\n"
           "She stays on oral vanco until %s.\n\n%s" % (
               hi(ctx, mgr), p.name(ctx.pick(["sur_first", "title_full"])), p.mrn(ctx.pick(["plain", "slash"])),
               C.short_en(ctx.days(1)), C.short_en(ctx.later(r.randrange(2, 6))), bye(ctx, s)))
    if r.random() < 0.5:
        text = ans + "\n\n" + gmail_attrib("en", mgr.addr(), when) + "\n" + quote(orig)
    else:
        text = ans + "\n\n" + outlook_header("en", mgr.addr(), s.addr(), when, orig_subj) + "\n" + orig
    return {"category": "reply", "from": s.addr(), "to": [mgr.addr()], "subject": "RE: " + orig_subj,
            "text": text, "reply": True, "types": ["diagnosis", "medication"],
            "note": "reply about discontinuing isolation, quoted question"}


# 7 -----------------------------------------------------------------------
def t_discharge_docx(ctx):
    r = ctx.rng
    use_nam = r.random() < 0.5
    p = ctx.nam_patient() if use_nam else ctx.patient()
    s = ctx.staff_role("hospitalist")
    adm = ctx.days(r.randrange(8, 20))
    idl = "DOB: %s    Sex: %s    MRN: %s" % (p.dob_str("iso"), p.sex_str(), p.mrn())
    if use_nam:
        idl += "    RAMQ: %s" % p.nam_str(ctx.pick(["plain", "space"]))
    paras = ["Patient: %s" % p.name("upper_first"), idl,
             "Admitted: %s    Discharged: %s" % (C.en_date(adm), C.en_date(ctx.date.date())),
             "## Diagnoses",
             "1. Recurrent Clostridioides difficile infection (3rd episode), severe (WBC 19.8, Cr 141).",
             "2. %s" % ctx.pick(["CKD stage 3", "Type 2 diabetes", "COPD", "Atrial fibrillation on apixaban"]),
             "## Treatment",
             "Oral vancomycin 125 mg QID x 10 days, then taper/pulse over 6 weeks. Bezlotoxumab 10 mg/kg IV "
             "given %s." % C.short_en(ctx.days(3)),
             "Pantoprazole discontinued. Avoid unnecessary antibiotics.",
             "## Infection control",
             "Enhanced contact precautions during stay. GI referral placed for FMT if further recurrence.",
             "## Follow-up", "Dr. Feldman (GI) in 4 weeks; family physician in 1 week."]
    data = A.docx("Discharge Summary", paras, author=s.full)
    text = ("%s\n\nDischarge summary attached for your patient, discharged home today. Main issue was "
            "recurrent C. diff; please see taper schedule.\n\n%s" % (hi(ctx), bye(ctx, s)))
    return {"category": "discharge", "from": s.addr(), "to": [("Dr. Alan Whitmore", "a.whitmore@fmg-clairval.example")],
            "subject": "Discharge summary - %s" % ctx.pick(["recurrent CDI", "C. diff recurrence", "your patient"]),
            "text": text, "attachments": [{"ctype": DOCX, "data": data,
                                           "filename": ctx.pick(["DischargeSummary.docx",
                                                                 "DC_summary_%s.docx" % ctx.date.strftime("%Y%m%d")])}],
            "types": ["diagnosis", "medication", "lab_result"], "note": "discharge summary DOCX for recurrent CDI"}


# 8 -----------------------------------------------------------------------
def t_exposure_letter_pdf(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, cl = ctx.staff_role("infection control practitioner"), ctx.staff_role("unit clerk")
    appt = datetime.datetime.combine(ctx.later(r.randrange(3, 10)), datetime.time(r.choice([8, 9, 10, 13]), 30))
    street, city, pc = p.address_parts()
    lines = [C.en_date(ctx.date.date()), "", p.name("title_full"), street, "%s, QC %s" % (city, pc), "",
             "Re: possible exposure to MRSA during your hospital stay", "",
             "Dear %s," % p.name("title_sur"),
             "During your stay on %s you shared a room with a patient who was later found to" % ctx.pick(C.UNITS_EN[:7]),
             "carry MRSA. Your own screening swab taken on %s was POSITIVE (nose)." % C.short_en(ctx.days(5)),
             "This means you carry the bacteria; it is not an infection. We have booked a follow-up",
             "appointment at the IPAC clinic on %s at %s." % (C.en_date(appt.date()), appt.strftime("%I:%M %p")),
             "", "Sincerely,", s.full, s.role]
    data = A.pdf("Letter - MRSA screening result", lines, author=s.full)
    text = ("%s\n\nCould you mail the attached letter today and add the appointment to the clinic "
            "schedule?\n\n%s" % (hi(ctx, cl), bye(ctx, s)))
    return {"category": "letter", "from": s.addr(), "to": [cl.addr()],
            "subject": "Letter to mail - MRSA exposure follow-up", "text": text,
            "attachments": [{"ctype": "application/pdf", "data": data,
                             "filename": ctx.pick(["MRSA_letter.pdf", "letter_%s.pdf" % p.name("file")])}],
            "types": ["lab_result", "diagnosis"], "note": "MRSA screening result letter PDF"}


# 9 -----------------------------------------------------------------------
def t_ics_fmt(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("gastroenterologist")
    start = datetime.datetime.combine(ctx.later(r.randrange(4, 15)), datetime.time(r.choice([8, 9, 11]), 0))
    summary = "FMT (colonoscopic) - %s - MRN %s" % (p.name(ctx.pick(["upper_first", "sur_comma"])), p.mrn())
    desc = ("Recurrent C. difficile x3. Stop oral vancomycin 48h before. Bowel prep PEG 4L evening before. "
            "Enhanced contact precautions in endoscopy; last case of the day.")
    cal = A.ics("fmt-%d@%s" % (ctx.idx, C.DOM), start, 60, summary, desc, "Endoscopy suite, Mont-Cerisier Hospital",
                s.addr(), [ctx.staff_role("IPAC nurse").addr()])
    text = ("Booking the FMT as discussed, see invite. IPAC: please confirm the room turnover plan for "
            "endoscopy.\n\n%s" % s.signature(r))
    return {"category": "booking", "from": s.addr(), "to": [ctx.staff_role("IPAC nurse").addr()],
            "subject": "FMT booking %s" % C.short_en(start.date()), "text": text,
            "attachments": [{"ctype": "text/calendar", "data": cal, "filename": "FMT.ics",
                             "params": "; method=REQUEST", "charset": "utf-8", "cte": ctx.pick(["7bit", "base64"])}],
            "types": ["diagnosis", "medication"], "note": "FMT procedure booking as calendar invite"}


# 10 ----------------------------------------------------------------------
def t_vcard_tb(ctx):
    r = ctx.rng
    idx, c = ctx.patient(), ctx.patient()
    s = ctx.staff_role("infection control practitioner")
    street, city, pc = c.address_parts()
    card = A.vcard(c.giv(), c.sur(), tel=c.phone(), adr=(street, city, pc),
                   note="TB contact - shared room %s" % bed(ctx))
    text = ("%s\n\nContact card attached for the roommate of %s (smear-positive pulmonary TB, airborne since %s). "
            "The roommate went home before the diagnosis; please call to book a baseline TST and CXR, and "
            "repeat TST at 8 weeks. Don't leave details on voicemail.\n\n%s" % (
                hi(ctx), idx.name(ctx.pick(["title_full", "full"])), C.short_en(ctx.days(r.randrange(2, 8))),
                bye(ctx, s)))
    return {"category": "contact_tracing", "from": s.addr(), "to": [ctx.staff_role("occupational").addr()],
            "subject": "TB contact to call", "text": text,
            "attachments": [{"ctype": "text/x-vcard", "data": card, "filename": "contact.vcf", "charset": "utf-8"}],
            "types": ["diagnosis", "lab_result"], "note": "TB exposed roommate vCard"}


# 11 ----------------------------------------------------------------------
def t_zip_cpe(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    rows = [["Unit", "Bed", "Patient", "MRN", "Swab date", "CPE result"]]
    for _ in range(r.randrange(5, 10)):
        p = ctx.patient()
        u = ctx.pick(C.UNITS_EN[:7])
        rows.append([u, bed(ctx, u), p.name("upper_first"), p.mrn(),
                     ctx.days(2).isoformat(), ctx.pick(["Not detected", "Not detected", "Not detected",
                                                        "DETECTED (OXA-48)"])])
    x = A.xlsx([("CPE point prevalence", rows)], author=s.full)
    memo = A.pdf("CPE point-prevalence survey - method", ["Rectal swabs on all inpatients, wards 2-7.",
                                                          "Results attached in the spreadsheet."], author=s.full)
    z = A.zipped([("CPE_PPS_results.xlsx", x), ("method.pdf", memo)])
    text = ("%s\n\nResults of this week's CPE point-prevalence survey are in the attached zip. New positives "
            "are flagged in red in the chart; please place them on enhanced contact.\n\n%s" % (hi(ctx), bye(ctx, s)))
    return {"category": "screening", "from": s.addr(), "to": [ctx.staff_role("nurse manager").addr()],
            "subject": "CPE point prevalence results wk %s" % ctx.date.strftime("%V"), "text": text,
            "attachments": [{"ctype": "application/zip", "data": z, "filename": "CPE_PPS.zip"}],
            "types": ["lab_result"], "note": "CPE screening results in zipped spreadsheet"}


# 12 ----------------------------------------------------------------------
def t_eml_attached_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("microbiologist")
    inner_txt = ("CRITICAL RESULT\n\nPatient: %s\nMRN: %s\nLocation: %s\nSpecimen: blood culture x2, drawn %s\n"
                 "Result: Staphylococcus aureus, METHICILLIN RESISTANT (MRSA), 2/2 bottles\nCalled to RN at %s.\n" % (
                     p.name(ctx.pick(["upper_first", "sur_comma"])), p.mrn(ctx.pick(["plain", "fw", "dot"])),
                     bed(ctx), C.short_en(ctx.days(1)), ctx.date.strftime("%H:%M")))
    inner = inner_message(ctx, X["labo"], ("IPAC", "ipac@" + C.DOM), "CRITICAL: MRSA bacteremia", inner_txt)
    text = ("%s\n\nSee attached from the lab. New MRSA bacteremia - contact precautions, and let's review "
            "line care on that unit. ID consult requested; vancomycin started.\n\n%s" % (hi(ctx), bye(ctx, s)))
    return {"category": "forward_eml", "from": s.addr(), "to": [ctx.staff_role("coordinator").addr()],
            "subject": "FW: CRITICAL: MRSA bacteremia", "text": text,
            "attachments": [{"ctype": "message/rfc822", "data": inner, "filename": "CRITICAL MRSA bacteremia.eml"}],
            "types": ["lab_result", "diagnosis", "medication"], "note": "critical result forwarded as attached message"}
