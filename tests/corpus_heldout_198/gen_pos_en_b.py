"""English positives, part B."""
import datetime

import gen_attach as A
import gen_common as C
import gen_vocab as V
from gen_build import gmail_attrib, quote, text_table
from gen_pos_en_a import DOCX, XLSX, bed, bye, hi

X = C.EXTERNAL


# 13 ----------------------------------------------------------------------
def t_subject_only_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("IPAC nurse")
    b = bed(ctx)
    subj = ctx.pick(["%s %s - toxin positive" % (p.name("title_sur"), b),
                     "%s (%s) C diff +" % (p.name("upper_first"), b),
                     "RE: %s - isolation" % p.name("full")])
    text = ("%s\n\nEnhanced contact is up and the sign is on the door. Oral vanco started this AM per "
            "Dr. Haidari. Can you let the family know: gown and gloves on entry, and soap-and-water hand "
            "washing on the way out (sanitizer doesn't kill spores).\n\n%s" % (hi(ctx), bye(ctx, s)))
    return {"category": "isolation", "from": s.addr(), "to": [ctx.staff_role("nurse manager").addr()],
            "subject": subj, "text": text, "types": ["lab_result", "medication", "diagnosis"],
            "note": "patient named only in the Subject"}


# 14 ----------------------------------------------------------------------
def t_filename_only_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("infection control practitioner")
    org = ctx.pick(["VRE", "CPE", "MRSA"])
    data = A.docx("Microbiology report - %s screen" % org,
                  ["Specimen: rectal swab", "Received: %s" % ctx.days(2).isoformat(),
                   "Result: %s DETECTED" % org, "Comment: notify IPAC; contact precautions required."],
                  author="Regional microbiology lab")
    fname = ctx.pick(["%s_%s_screen.docx" % (p.name("file"), org), "%s screen - %s.docx" % (org, p.name("sur_comma"))])
    text = "Result attached - positive. Keep on contact precautions and add to the carrier list.\n\n%s" % s.signature(r)
    return {"category": "lab_result", "from": s.addr(), "to": [ctx.staff_role("nurse manager").addr()],
            "subject": "%s screen result" % org, "text": text,
            "attachments": [{"ctype": DOCX, "data": data, "filename": fname,
                             "fname_style": ctx.pick(["auto", "2231"])}],
            "types": ["lab_result"], "note": "patient named only in attachment file name"}


# 15 ----------------------------------------------------------------------
def t_sin_insurer(ctx):
    r = ctx.rng
    p = ctx.patient(born=(1962, 1998))
    s = ctx.staff_role("social worker")
    lines = ["Claimant: %s" % p.name("upper_first"), "Date of birth: %s" % p.dob_str(ctx.pick(["iso", "en_long"])),
             "Social insurance number: %s" % p.sin(ctx.pick(["plain", "space", "dash"])),
             "Hospitalized: %s to %s" % (C.en_date(ctx.days(r.randrange(20, 40))), C.en_date(ctx.days(2))),
             "Diagnosis: fulminant C. difficile colitis requiring subtotal colectomy; ileostomy.",
             "Work status: unable to work; currently receiving EI sickness benefits; lives alone.",
             "Expected return to work: not before %s." % C.en_date(ctx.later(90))]
    pdf = A.pdf("Attending Physician Statement - Disability Claim", lines, author=s.full)
    text = ("Hello,\n\nPlease find attached the attending physician statement for your claimant, completed by "
            "Dr. Haidari. The patient has asked that all further correspondence go to the home address "
            "on file.\n\n%s" % bye(ctx, s))
    return {"category": "insurer_form", "from": s.addr(), "to": [X["insurer"]],
            "subject": "Disability claim - attending physician statement", "text": text,
            "attachments": [{"ctype": "application/pdf", "data": pdf, "filename": "APS_claim.pdf"}],
            "types": ["diagnosis", "social_information"], "note": "disability insurer form with SIN"}


# 16 ----------------------------------------------------------------------
def t_niss_en(ctx):
    r = ctx.rng
    p = ctx.patient(born=(1999, 2006))
    s = ctx.staff_role("infectious")
    text = ("Dear colleagues,\n\nA Belgian exchange student, %s (born %s, NISS %s), was a close contact of a "
            "smear-positive pulmonary TB case on our %s ward between %s and %s. Baseline IGRA on %s was "
            "NEGATIVE; chest X-ray normal. The student returns to Belgium on %s and will need a repeat IGRA "
            "8 weeks post-exposure, around %s.\n\nLocal address during the exchange: %s.\n\n%s" % (
                p.name(ctx.pick(["full", "upper_first"])), p.dob_str(ctx.pick(["en_long", "dmy"])),
                p.niss(ctx.pick(["plain", "dot", "space"])), ctx.pick(C.UNITS_EN[:7]),
                C.short_en(ctx.days(20)), C.short_en(ctx.days(12)), C.short_en(ctx.days(2)),
                C.en_date(ctx.later(5)), C.en_date(ctx.later(44)), p.address(), bye(ctx, s)))
    return {"category": "exposure", "from": s.addr(), "to": [X["belgium"]],
            "subject": "TB contact follow-up - Belgian student", "text": text,
            "types": ["lab_result"], "note": "TB exposure follow-up for Belgian student"}


# 17 ----------------------------------------------------------------------
def t_rx_vanco(ctx):
    r = ctx.rng
    use_nam = r.random() < 0.5
    p = ctx.nam_patient() if use_nam else ctx.patient()
    s = ctx.staff_role("pharmacist")
    ident = "%s, DOB %s" % (p.name(ctx.pick(["upper_first", "full"])), p.dob_str(ctx.pick(["iso", "en_short", "ymd_dot"])))
    if use_nam:
        ident += ", sex %s, RAMQ %s" % (p.sex_str(), p.nam_str(ctx.pick(["plain", "slash", "dash"])))
    text = ("Hello,\n\nDischarge prescription for %s.\nDeliver to: %s (tel. %s)\n\n"
            "Vancomycin oral 125 mg capsules:\n  125 mg QID x 10 days, then\n  125 mg BID x 7 days, then\n"
            "  125 mg daily x 7 days, then\n  125 mg every 2-3 days x 2-8 weeks.\nIndication: recurrent "
            "C. difficile infection.\n\nIf capsules are back-ordered please compound the oral solution "
            "(25 mg/mL) and call me.\n\n%s" % (ident, p.address(), p.phone(), bye(ctx, s)))
    return {"category": "prescription", "from": s.addr(), "to": [X["pharm"]],
            "subject": "Rx - vancomycin taper - delivery", "text": text,
            "types": ["medication", "diagnosis"], "note": "vancomycin taper prescription to pharmacy"}


# 18 ----------------------------------------------------------------------
def t_shelter_scabies(ctx):
    r = ctx.rng
    p = ctx.patient(sex="F")
    s = ctx.staff_role("social worker")
    text = ("%s\n\n%s was seen in ED last night and diagnosed with crusted scabies. She is currently staying at "
            "Maison Le Phare after leaving a violent partner, so please do NOT share her whereabouts with "
            "anyone calling the unit.\n\nIPAC asks that the shelter be told that residents sharing her room "
            "need assessment and that bedding must be hot-washed. She received ivermectin 200 mcg/kg today "
            "and permethrin 5%% (repeat in 7 days).\n\nI've spoken with the shelter coordinator.\n\n%s" % (
                hi(ctx), p.name(ctx.pick(["title_full", "full", "upper_first"])), bye(ctx, s)))
    return {"category": "social", "from": s.addr(),
            "to": [ctx.staff_role("IPAC nurse").addr()], "cc": [X["shelter"]],
            "subject": "Scabies - shelter resident - confidential", "text": text,
            "types": ["diagnosis", "medication", "social_information"],
            "note": "scabies in shelter resident fleeing violence"}


# 19 ----------------------------------------------------------------------
def t_lower_signout(ctx):
    r = ctx.rng
    s = ctx.staff_role("IPAC nurse")
    lines = []
    for _ in range(r.randrange(3, 6)):
        p = ctx.patient()
        org, prec, lab, dx = ctx.pick(V.ORG_EN)
        lines.append("%s (bed %d) - %s, %s" % (p.name(ctx.pick(["lower", "lower_sur_first"])), r.randrange(1, 30),
                                               dx.lower(), prec.split(" (")[0]))
    text = ("ipac sign-out for tonight:\n\n%s\n\npending: 2 stool samples on 4n, results after 2200\ncall micro if "
            "anything comes back cpe\n-%s\n" % ("\n".join(lines), s.given[0].lower()))
    return {"category": "signout", "from": s.addr(), "to": [("IPAC on call", "ipac-oncall@" + C.DOM)],
            "subject": "sign-out", "text": text, "form": "plain", "charset": "us-ascii",
            "types": ["diagnosis"], "note": "terse lower-case evening sign-out"}


# 20 ----------------------------------------------------------------------
def t_initials_roster(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    unit = ctx.pick(C.UNITS_EN[:7])
    lines = []
    for _ in range(r.randrange(3, 6)):
        p = ctx.patient()
        lines.append("  * %s, %s - %s; %s" % (
            p.name("initial_sur"), bed(ctx, unit), ctx.pick(["SARS-CoV-2 NAAT pos", "influenza A pos", "RSV pos"]),
            ctx.pick(["Paxlovid day 2", "oseltamivir started", "no antivirals (>5d sx)", "dexamethasone + O2 2L"])))
    text = ("Outbreak management team - %s respiratory outbreak - notes %s\n\nPatient cases:\n%s\n\nStaff cases: 4 "
            "(Occ Health following)\nActions: cohort on east side, N95 for AGMPs, no new admissions until %s.\n\n%s" % (
                unit, C.short_en(ctx.date.date()), "\n".join(lines), C.short_en(ctx.later(5)), s.signature(r)))
    return {"category": "minutes", "from": s.addr(), "to": [("Outbreak team", "omt@" + C.DOM)],
            "subject": "OMT notes %s %s" % (unit, C.short_en(ctx.date.date())), "text": text,
            "types": ["lab_result", "medication", "diagnosis"], "note": "outbreak team notes with initials and beds"}


# 21 ----------------------------------------------------------------------
def t_xlsx_census(ctx):
    r = ctx.rng
    s = ctx.staff_role("IPAC nurse")
    rows = [["Patient (LAST, First)", "MRN", "Bed", "Flag", "Date flagged", "Notes"]]
    for _ in range(r.randrange(6, 11)):
        p = ctx.patient()
        flag = ctx.pick(["MRSA", "VRE", "CPE", "C. diff", "ESBL"])
        note = ctx.pick({"MRSA": ["", "decolonization done", "readmission"], "VRE": ["", "screen q weekly"],
                         "CPE": ["", "screen q weekly", "readmission"], "C. diff": ["", "on oral vanco", "recurrence x2"],
                         "ESBL": ["", "readmission"]}[flag])
        rows.append([p.name("upper_first"), p.mrn(ctx.pick(["plain", "pad"])), bed(ctx), flag,
                     ctx.days(r.randrange(1, 200)).isoformat(), note])
    x = A.xlsx([("Flags", rows)], author=s.full)
    text = ("Hi,\n\nAttached is the current list of patients flagged for ARO/C. diff in the admission system, "
            "for the chart audit on Thursday.\n\n%s" % s.signature(r))
    return {"category": "audit", "from": s.addr(), "to": [ctx.staff_role("coordinator").addr()],
            "subject": "ARO flag list for audit", "text": text,
            "attachments": [{"ctype": XLSX, "data": x, "filename": "ARO_flags_%s.xlsx" % ctx.date.strftime("%b%d")}],
            "types": ["diagnosis"], "note": "antibiotic-resistant organism flag list spreadsheet"}


# 22 ----------------------------------------------------------------------
def t_given_only_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, mgr = ctx.staff_role("IPAC nurse"), ctx.staff_role("nurse manager")
    b = bed(ctx)
    when = ctx.date - datetime.timedelta(hours=r.randrange(1, 8))
    pro = "her" if p.sex == "F" else "his"
    orig = "Any update on %s? Family asking whether %s can go to the solarium." % (b, "she" if p.sex == "F" else "he")
    text = ("%s in %s: second CPE swab negative too, but %s stool from yesterday is C. diff PCR positive, so "
            "precautions stay on. Vanco PO started. Walks in the hallway are OK with a gown after hand "
            "hygiene.\n\n%s\n\n%s\n%s\n" % (p.giv(), b, pro, s.given, gmail_attrib("en", mgr.addr(), when), quote(orig)))
    return {"category": "reply", "from": s.addr(), "to": [mgr.addr()], "subject": "Re: %s" % b,
            "text": text, "reply": True, "types": ["lab_result", "medication", "diagnosis"],
            "note": "reply naming patient by first name and bed"}


# 23 ----------------------------------------------------------------------
def t_covid_docx(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    unit = ctx.pick(C.UNITS_EN[:7])
    rows = [["Name", "DOB", "Room", "Onset", "Test", "Vaccinated", "Outcome"]]
    for _ in range(r.randrange(4, 8)):
        p = ctx.patient()
        rows.append([p.name(ctx.pick(["full", "sur_comma"])), p.dob_str(ctx.pick(["iso", "en_short"])),
                     bed(ctx, unit), C.short_en(ctx.days(r.randrange(1, 10))), ctx.pick(["NAAT +", "RAT +", "NAAT +"]),
                     ctx.pick(["yes (fall 2024)", "no", "unknown"]), ctx.pick(["recovered", "ongoing", "transferred ICU"])])
    data = A.docx("COVID-19 outbreak - line list", ["Unit: %s" % unit,
                                                    "Declared: %s" % C.en_date(ctx.days(10))], table=rows, author=s.full)
    text = ("Hello,\n\nAs requested, the patient line list for the COVID-19 outbreak is attached for the public "
            "health weekly report.\n\n%s" % bye(ctx, s))
    return {"category": "linelist", "from": s.addr(), "to": [X["dsp"]],
            "subject": "COVID-19 outbreak - line list (patients)", "text": text,
            "attachments": [{"ctype": DOCX, "data": data, "filename": "COVID_linelist.docx"}],
            "types": ["lab_result", "diagnosis"], "note": "COVID-19 outbreak line list DOCX"}


# 24 ----------------------------------------------------------------------
def t_stewardship_mrn_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("pharmacist")
    text = ("Dr. Haidari,\n\nMRN %s (%s): CDI confirmed yesterday (PCR+, %s). Still on %s and %s.\n"
            "ASP suggestions: (1) stop the %s if the UTI course is complete; (2) stop the PPI; (3) %s.\n\n%s" % (
                p.mrn(ctx.pick(["plain", "space", "pad", "fw"])), bed(ctx), ctx.pick(V.LABS_EN), ctx.pick(V.ABX_EN),
                ctx.pick(V.PPI_EN), ctx.pick(["ciprofloxacin", "ceftriaxone"]), ctx.pick(V.CDIFF_TX_EN[:3]),
                s.signature(r)))
    return {"category": "stewardship", "from": s.addr(), "to": [ctx.staff_role("hospitalist").addr()],
            "subject": "ASP review - CDI", "text": text, "types": ["diagnosis", "medication", "lab_result"],
            "note": "stewardship advice identified by chart number only"}


# 25 ----------------------------------------------------------------------
def t_nir_en(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("hospitalist")
    text = ("To the medical team,\n\nRe: %s, born %s, French social security no. %s\n\nThis French visitor was "
            "admitted on %s with C. difficile colitis (toxin positive, %s) and is fit to fly home on %s. "
            "She/he completed %s. Contact precautions are recommended on arrival; no further isolation needed "
            "on the flight with a private toilet.\n\nPlease forward to the assistance company.\n\n%s" % (
                p.name(ctx.pick(["title_full", "upper_first"])), p.dob_str(ctx.pick(["en_long", "dmy"])),
                p.nir(ctx.pick(["plain", "space", "fw"])), C.en_date(ctx.days(r.randrange(8, 15))),
                ctx.pick(V.LABS_EN), C.en_date(ctx.later(r.randrange(2, 6))), ctx.pick(V.CDIFF_TX_EN[:3]), bye(ctx, s)))
    text = text.replace("She/he", "She" if p.sex == "F" else "He")
    return {"category": "repatriation", "from": s.addr(), "to": [X["france"]],
            "subject": "Fit-to-fly - French visitor", "text": text,
            "types": ["diagnosis", "lab_result", "medication"], "note": "fit-to-fly note for French visitor"}
