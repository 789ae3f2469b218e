"""Confidential messages in English (part 2): pharmacy, insurers and income support, bookings and home
visits, social work, forwarded patient mail, discharge summaries, name only in Subject or file name."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, Spec
from gen_pos_en import BASALS, BOLUS, GLP, ORALS, a1c, ident, patient_email

S, X = G.S, G.X


# ------------------------------------------------------------------ E10 pharmacy
def pharmacy(c):
    v = c.serial % 3
    doc = c.ch([S["gallagher"], S["saintonge"], S["benslimane"]])
    ph = X["riverside"]
    c.t("medication")
    rx = c.ch([[c.ch(GLP), "Pen needles 4 mm x 100", "Refills x 5"],
               [f"{c.ch(BASALS)} pens, {c.r(10, 40)} u SC qHS, titrate per protocol", f"{c.ch(BOLUS)} per sliding scale",
                "Test strips x 200, lancets x 200"],
               ["Dexcom G7 sensors, 3 per month x 12 months", "Glucagon (Baqsimi) 3 mg nasal x 2"],
               [c.ch(ORALS), "STOP gliclazide"]])
    if v == 0:
        p = c.new_patient(25, 85, lang="en")
        blocks = ["Good morning,", "New prescription below - original faxed.",
                  ("kv", ident(c, p, hn="ohip", labels=c.r(0, 2)) + [("Address", c.addr(p))]),
                  ("list", rx), c.sig(doc)]
        return c.spec("prescription", "prescription emailed to pharmacy", doc, [ph],
                      c.ch(["Rx", "Prescription", "New Rx - please fill"]), blocks, fmt=c.ch([None, "html"]))
    if v == 1:
        p = c.nam_patient(20, 90)
        pdfb = A.pdf("Prescription", [("kv", ident(c, p, hn="ramq", labels=1)), ("h", "Rx"), "\n".join(rx),
                                       ("kv", [("Prescriber", doc.titled("en")), ("Date", c.today.isoformat())])],
                     compress=c.rng.random() < 0.5)
        blocks = ["Hi Ava,", "Signed Rx attached. Patient will pick up this afternoon.", c.sig(S["ohara"], True)]
        return c.spec("prescription", "signed prescription pdf to pharmacist", S["ohara"], [ph], "Rx attached", blocks,
                      atts=[Att(c.ch(["Rx.pdf", f"Rx_{p.surname.upper()}.pdf", "prescription_signed.pdf"]), "pdf", pdfb)])
    p = c.new_patient(30, 85, lang="en")
    c.t("diagnosis")
    blocks = ["Hi Ava - yes, hold the gliclazide. She had two lows last week.", doc.given,
              ("quote", [f"On {c.day(c.earlier(0, 2))}, {ph.name} <{ph.email}> wrote:"],
               [f"Re {c.nm(p, c.ch(['upper_comma', 'title', 'lower']))}, DOB {c.dob(p)}: new Rx for {rx[0]}. "
                "Profile shows gliclazide MR 60 mg still active - discontinue?"])]
    return c.spec("prescription", "physician answers pharmacist about a drug interaction", doc, [ph],
                  "RE: Rx clarification", blocks, reply=True)


# ------------------------------------------------------------------ E11 insurer / income support
def insurer(c):
    v = c.serial % 3
    doc = c.ch([S["gallagher"], S["benslimane"]])
    ins = ("Northgate Life - Group Benefits", "claims@northgatelife.example")
    p = c.new_patient(25, 63, lang="en")
    c.t("diagnosis")
    if v == 0:
        c.t("lab_result")
        blocks = ["Dear Claims Adjudicator,",
                  f"Re: {c.nm(p, c.ch(['full', 'upper_comma']))}, plan member ID {c.r(10000000, 99999999)}, DOB {c.dob(p)}",
                  f"I am requesting coverage of an insulin pump (t:slim X2). Type 1 diabetes since age {c.r(3, 25)}, "
                  f"A1c {a1c(c, 7, 9.5)} on MDI with recurrent nocturnal hypoglycaemia documented on CGM.",
                  "Sincerely,", c.sig(doc)]
        return c.spec("insurer", "pump coverage letter to insurer", doc, [ins],
                      c.ch(["Pump coverage request", "Letter of medical necessity"]), blocks)
    c.t("social_information")
    if v == 1:
        kv = [("Claimant", c.full(p)), ("Date of birth", c.dob(p)), ("SIN", c.sin(p)),
              ("Diagnosis", c.ch(["Type 2 diabetes with painful peripheral neuropathy", "Diabetic foot ulcer, non-weight-bearing",
                                  "T1D with recurrent severe hypoglycaemia"])),
              ("Off work since", c.earlier(20, 150).isoformat()), ("Expected return", c.ch(["graduated, 6-8 weeks", "unknown"]))]
        x = A.xlsx([("APS", ["Field", "Value"], kv)]) if c.rng.random() < 0.5 else None
        blocks = ["Hello,", "Attending Physician Statement for the short-term disability claim below.",
                  ("kv", kv[:2] + [("Claim #", f"STD-{c.r(100000, 999999)}")]), c.sig(S["ohara"])]
        if x:
            att = Att("APS_completed.xlsx", "xlsx", x)
        else:
            att = Att(c.ch(["APS.docx", f"APS_{p.surname}.docx"]), "docx",
                      A.docx("Attending Physician Statement", [("kv", kv)]))
        return c.spec("insurer", "disability attending physician statement with SIN", S["ohara"], [ins],
                      c.ch(["APS - STD claim", "Attending Physician Statement"]), blocks, atts=[att])
    c.t("medication")
    blocks = ["Hello,",
              f"Supporting letter for {c.nm(p, 'title')} (SIN {c.sin(p)}) - application for provincial income "
              "support, special diet and medical supplies allowance.",
              f"{'He' if p.sex == 'M' else 'She'} has insulin-treated diabetes ({c.ch(BASALS)}, {c.ch(BOLUS)}), "
              "requires 4-6 glucose checks daily and cannot currently work due to visual loss from retinopathy. "
              f"Currently staying with a relative at {c.addr(p)} after losing housing.",
              c.sig(S["drolet"])]
    return c.spec("insurer", "income support letter with SIN and housing situation", S["drolet"],
                  [("Income Support Program - Kellerton office", "intake@incomesupport-kellerton.example")],
                  "Supporting letter - medical supplies allowance", blocks)


# ------------------------------------------------------------------ E12 booking, home visit, vCard
def booking(c):
    v = c.serial % 3
    clerk = c.ch([S["ohara"], S["vezina"]])
    d = c.later(3, 25)
    h, m = c.ch([(8, 30), (9, 15), (10, 0), (11, 0), (13, 30), (15, 0)])
    if v == 0:
        p = c.new_patient(25, 85, lang="en")
        c.t("diagnosis")
        what = c.ch(["insulin start teaching", "diabetic foot clinic", "thyroid follow-up", "CGM sensor start",
                     "pre-pregnancy diabetes counselling"])
        blocks = [f"Dear {c.nm(p, c.ch(['title', 'title_sur', 'given']))},",
                  f"This confirms your appointment for {what} on {c.day(d)} at {c.hm(h, m)}.",
                  "Please bring your meter, your insulin pens and an up-to-date medication list.", c.sig(clerk)]
        ev = {"uid": f"appt-{c.serial}@{G.DOMAIN}", "start": datetime.datetime(d.year, d.month, d.day, h, m),
              "end": datetime.datetime(d.year, d.month, d.day, h + 1, m), "summary": f"{what} - Trois-Pignons",
              "location": G.ORG_ADDR_EN}
        return c.spec("appointment", "appointment confirmation emailed to patient", clerk,
                      [(G.name_as(p, "full"), patient_email(c, p))],
                      c.ch(["Your appointment", "Appointment confirmation", "Reminder: upcoming appointment"]), blocks,
                      atts=[Att("appointment.ics", "ics", A.ics([ev], method="PUBLISH",
                                                                prodid="-//Trois-Pignons//Agenda 3.4//EN"),
                                method="PUBLISH")] if c.rng.random() < 0.6 else ())
    if v == 1:
        p = c.nam_patient(70, 99)
        c.t("diagnosis", "medication")
        card = A.vcard([{"fn": G.name_as(p, "full"), "n": (p.surname, p.given),
                         "tel": [("HOME", p.phone)], "adr": [("HOME", p.address, "", "", "")],
                         "bday": p.dob.isoformat(),
                         "note": f"Sex: {p.sex}. RAMQ {p.nam}. Home visit - insulin pen teaching, poor vision."}])
        c.full(p), c.dob(p, "iso"), c.nam(p, "plain"), c.tel(p)
        blocks = ["Hi Maude,", f"Could the home care nurse visit this week? Contact card attached. "
                  f"{c.ch(['Newly started on', 'Struggling with'])} {c.ch(BASALS)} pens, lives alone, "
                  "macular degeneration plus diabetic retinopathy.", c.sig(S["whitmore"])]
        return c.spec("home_visit", "home care visit request with patient contact card", S["whitmore"], [X["rheault"]],
                      "Home visit request", blocks,
                      atts=[Att(c.ch(["contact.vcf", f"{p.surname}.vcf"]), "vcf", card)])
    rows = []
    for i in range(c.r(5, 7)):
        p = c.new_patient(18, 85, lang="en")
        rows.append([c.hm(9 + i // 2, 30 * (i % 2)), c.nm(p, c.ch(["upper_comma", "comma", "full"])), c.mrn(p, "plain"),
                     c.ch(["T2DM f/u", "insulin start", "pump download", "GDM 30 wks", "Graves f/u", "hypo review",
                           "new T1D - teaching"])])
    c.t("diagnosis", "medication")
    blocks = [f"Dr. {S['gallagher'].surname}'s clinic list for {c.day(d)}:", ("table", ["Time", "Patient", "MRN", "Reason"], rows),
              clerk.given]
    return c.spec("appointment", "physician clinic list for a day", clerk, [S["gallagher"], S["whitmore"]],
                  c.ch(["Clinic list", f"Clinic {c.day(d)}"]), blocks, fmt=c.ch(["html", "plain", "alt"]))


# ------------------------------------------------------------------ E13 social work
def social_en(c):
    v = c.serial % 3
    sw = S["drolet"]
    c.t("social_information", "diagnosis")
    if v == 0:
        p = c.new_patient(18, 35, lang="en")
        blocks = [f"Hi Maude,",
                  f"Referral for {c.nm(p, c.ch(['full', 'title']))} ({c.dob(p)}). T1D, {c.r(2, 4)} admissions for DKA this year. "
                  f"Couch-surfing since March, no fixed address, not on any drug plan - stretching insulin. SIN {c.sin(p)} "
                  "is on the drug plan application we started together. "
                  f"Reachable by text only: {c.tel(p)}.",
                  "Could your team help with housing and the drug plan application?", c.sig(sw)]
        return c.spec("social", "social work referral for homeless patient with diabetes", sw, [X["rheault"]],
                      c.ch(["Referral - housing", "Urgent SW referral"]), blocks)
    if v == 1:
        p = c.nam_patient(6, 16)
        blocks = ["Dr. Raghunathan,",
                  f"Update on {c.nm(p, 'given')}: Family and Children's Services opened a file after the last DKA "
                  "admission (missed insulin, no adult supervision). Worker assigned, home visit next week.",
                  ("kv", ident(c, p, hn="ramq", labels=c.r(0, 2))),
                  "Please copy me on any clinic no-shows.", sw.given]
        return c.spec("social", "child protection update after ketoacidosis admission", sw, [S["raghunathan"]],
                      c.ch(["Confidential - FCS involvement", "Child protection update"]), blocks)
    p = c.new_patient(60, 90, lang="en")
    c.t("lab_result")
    blocks = [f"{S['whitmore'].given},",
              f"{c.nm(p, c.ch(['title_sur', 'title']))} (MRN {c.mrn(p)}) told me the A1c jumped to {a1c(c, 9, 12)} because "
              "she's skipping meals - pension doesn't cover groceries after rent. I've applied for the food bank "
              "and meals-on-wheels. She also mentioned her son takes her bank card; I'm following up on possible "
              "financial abuse.",
              sw.given]
    return c.spec("social", "social worker note on food insecurity and elder abuse", sw, [S["whitmore"]],
                  "FYI - social situation", blocks, fmt="plain")


# ------------------------------------------------------------------ E14 forwarded / attached patient mail
def fwd_en(c):
    v = c.serial % 3
    nurse = c.ch([S["whitmore"], S["kowalczyk"]])
    doc = c.ch([S["gallagher"], S["benslimane"]])
    p = c.new_patient(25, 80, lang="en")
    pm = patient_email(c, p)
    c.names.append(p)
    c.t("patient_name", "lab_result", "medication")
    body = ["Hi,", c.ch([f"Since starting {c.ch(GLP)} I've been nauseous every day and my sugars are still 12-14. "
                         "Should I keep going?",
                         f"I woke up at 2.{c.r(4, 9)} last night and had to have my husband help me. I'm on {c.ch(BASALS)} "
                         f"{c.r(20, 50)} units. Scared to take it tonight.",
                         f"My A1c came back {c.u(8.5, 11.5):.1f}. Also my feet burn at night, is that the diabetes?"]),
            f"My number is {c.tel(p)}.", f"{p.given} {p.surname}"]
    if v == 0:
        blocks = [f"{doc.given}, FYI - can you advise? I'll call back after.", nurse.given,
                  ("fwd", ["---------- Forwarded message ---------", f"From: {p.given} {p.surname} <{pm}>",
                           f"Date: {c.day(c.today, True)}", "Subject: question", f"To: <{nurse.email}>"], body)]
        return c.spec("forward", "nurse forwards patient question inline", nurse, [doc], "Fwd: question", blocks)
    if v == 1:
        inner = Spec("forward", "en", True, "", (f"{p.given} {p.surname}", pm), [nurse], "question about my insulin", body)
        blocks = ["Please see attached from a patient - I'm off Friday, can you follow up?", nurse.given]
        return c.spec("forward", "patient email attached as message", nurse, [S["whitmore"] if nurse is not S["whitmore"] else S["kowalczyk"]],
                      "patient message - follow up pls", blocks,
                      atts=[Att(c.ch(["question about my insulin.eml", "patient_message.eml"]), "eml", inner=inner)])
    blocks = [f"Hi {p.given},", c.ch(["Please reduce tonight's dose by 4 units and call us tomorrow morning.",
                                      "Thanks for letting us know - I've booked you with Dr. Gallagher on Tuesday."]),
              nurse.name, ("quote", [f"On {c.day(c.earlier(1, 2))}, {p.given} {p.surname} <{pm}> wrote:"], body)]
    return c.spec("forward", "nurse reply to patient quoting symptoms", nurse, [(f"{p.given} {p.surname}", pm)],
                  "Re: question", blocks, reply=True)


# ------------------------------------------------------------------ E15 discharge summary
def discharge(c):
    v = c.serial % 2
    doc = c.ch([S["gallagher"], S["benslimane"], S["raghunathan"]])
    hosp = ("VBRH Health Records", "dischargesummaries@" + G.HOSP_DOM)
    c.t("diagnosis", "lab_result", "medication")
    adm = c.earlier(4, 10)
    dis = adm + datetime.timedelta(days=c.r(2, 5))
    p = c.nam_patient(16, 70) if v == 0 else c.new_patient(16, 70, lang="en")
    kv = ident(c, p, hn="ramq" if v == 0 else "ohip", labels=c.r(0, 2)) + [("MRN", c.mrn(p)),
          ("Admitted", adm.isoformat()), ("Discharged", dis.isoformat())]
    text = [("h", "Diagnosis"), c.ch(["Diabetic ketoacidosis (new-onset type 1 diabetes)",
                                      "DKA precipitated by missed insulin and gastroenteritis",
                                      "Hyperosmolar hyperglycaemic state"]),
            ("h", "Admission labs"),
            f"pH {c.u(6.95, 7.25):.2f}, HCO3 {c.r(4, 14)}, anion gap {c.r(18, 32)}, glucose {c.u(22, 48):.1f}, "
            f"beta-hydroxybutyrate {c.u(3.5, 8):.1f}, K {c.u(3.2, 5.9):.1f}",
            ("h", "Discharge medications"), f"{c.ch(BASALS)} {c.r(10, 30)} u qHS; {c.ch(BOLUS)} 1 u:{c.r(8, 15)} g with meals",
            ("h", "Follow-up"), "Diabetes education centre within 1 week."]
    if v == 0 or c.rng.random() < 0.5:
        pdfb = A.pdf("Discharge Summary", [("kv", kv)] + text, compress=c.rng.random() < 0.6)
        blocks = ["Discharge summary attached for follow-up at your centre.", "VBRH Health Records"]
        return c.spec("discharge", "hospital discharge summary after ketoacidosis", hosp, [doc, S["whitmore"]],
                      c.ch(["Discharge Summary", "Discharge summary - follow-up requested"]), blocks,
                      atts=[Att(c.ch(["DischargeSummary.pdf", f"DS_{p.mrn}.pdf"]), "pdf", pdfb)])
    blocks = ["DISCHARGE SUMMARY", ("kv", kv)] + [b[1] if isinstance(b, tuple) else b for b in text]
    return c.spec("discharge", "inline discharge summary after ketoacidosis", hosp, [doc], "Discharge Summary", blocks,
                  fmt=c.ch(["plain", "html"]))


# ------------------------------------------------------------------ E16 name only in Subject / file name
def discreet(c):
    v = c.serial % 2
    doc = c.ch([S["gallagher"], S["benslimane"]])
    p = c.new_patient(30, 85, lang="en")
    if v == 0:
        c.t("lab_result")
        subj = c.ch([f"{c.nm(p, 'upper_comma')} - K 6.1, Cr {c.r(180, 320)} - please call",
                     f"Re: {c.nm(p, 'title')} A1c {a1c(c, 9.5, 13)}"])
        blocks = [c.ch(["Seen. Will call him today.", "Thanks - moved her appt up to Monday.", "Ok, repeat in 1 week."]), doc.given]
        return c.spec("subject_only", "short reply with patient and result in subject", doc, [S["whitmore"]], subj, blocks,
                      fmt="plain", reply=True)
    c.t("patient_name", "diagnosis")
    c.names.append(p)
    d = A.docx("Consultation - Endocrinology",
               [c.ch(["Reason: Graves' disease, relapse after methimazole withdrawal. Discussed radioactive iodine.",
                      "Reason: adrenal incidentaloma 2.8 cm; 1 mg dexamethasone suppression test ordered.",
                      "Reason: type 2 diabetes with stage 3b CKD; switched to empagliflozin + semaglutide."]),
                "Follow-up in 3 months."])
    fn = c.ch([f"Consult_{p.surname}_{p.given}.docx", f"{p.surname.upper()} {p.given} - endo consult.docx"])
    blocks = ["Hello,", "Consult letter attached.", c.sig(doc)]
    return c.spec("attachment_name", "consult letter where the name is only in the file name", doc, [X["pinkerton"]],
                  "Consult letter", blocks, atts=[Att(fn, "docx", d)])


# ------------------------------------------------------------------ E17 chart / health card number only
def chart_only(c):
    v = c.serial % 2
    p = c.new_patient(20, 80, lang="en")
    c.t("lab_result")
    if v == 0:
        lab = ("VBRH Core Lab", "corelab@" + G.HOSP_DOM)
        blocks = ["CRITICAL RESULT NOTIFICATION",
                  ("kv", [("MRN", c.mrn(p)), ("Collected", f"{c.today.isoformat()} {c.r(7, 11):02d}:{c.r(0, 59):02d}"),
                          ("Glucose", f"{c.u(1.4, 2.2):.1f} mmol/L (L, critical)"), ("Ordering", S["gallagher"].titled("en"))]),
                  "Phoned to clinic RN. Please acknowledge."]
        return c.spec("lab_result", "critical low glucose by MRN only", lab, [S["gallagher"], S["whitmore"]],
                      "CRITICAL RESULT", blocks, fmt=c.ch(["plain", "html"]))
    c.t("diagnosis")
    blocks = ["Hi,", f"Health card {c.ohip(p)} - 75 g OGTT at 30 weeks: fasting {c.u(5.3, 6.0):.1f}, 1 h {c.u(10.6, 12):.1f}, "
              f"2 h {c.u(9, 10.5):.1f}. Meets GDM criteria. Please book first GDM clinic visit this week.",
              c.sig(X["osei"], True)]
    return c.spec("lab_result", "OGTT result identified by health card number only", X["osei"], [S["ohara"]],
                  "OGTT result - please book", blocks)
