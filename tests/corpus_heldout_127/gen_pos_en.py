"""Confidential messages written in English."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_ctx import quote
from gen_mime import build

BOOK = ("Imaging Bookings", "imaging.bookings@" + C.ORG["domain"])
RECORDS = ("Imaging Records", "imaging.records@" + C.ORG["domain"])
CRIT = ("Critical Results Log", "critical.results@" + C.ORG["domain"])
KGH = C.EXTERNAL["kinsford"]
LFHT = C.EXTERNAL["lakeshore"]


def _he(p):
    return ("she", "her", "Mrs.") if p["sex"] == "F" else ("he", "his", "Mr.")


def _ontario(c, p):
    r = c.r
    town, postal = r.choice(C.TOWNS_ON)
    p["address"] = "%d %s, %s, ON %s" % (r.randrange(10, 990), r.choice(C.STREETS_EN), town, postal)
    p["phone"] = C.phone(r, "613")


def ct_booking_ohip(c):
    r = c.r
    p = c.pat(lo=1940, hi=2000)
    _ontario(c, p)
    ref = C.REFERRERS[2]
    c.t("diagnosis", "lab_result")
    exam, ind = r.choice([
        ("CT abdomen/pelvis with IV contrast", "right lower quadrant pain x 3 weeks, weight loss 6 kg, r/o Crohn's"),
        ("CT chest with contrast", "persistent LUL opacity after two courses of antibiotics, 40 pack-year smoker"),
        ("MRI liver with gadolinium", "2.4 cm indeterminate lesion segment VII on ultrasound"),
        ("CT angiogram head and neck", "two TIAs in 10 days, right carotid bruit"),
    ])
    cr = r.randrange(88, 165)
    egfr = int(5900 / cr)
    lines = ["Hello,", "",
             r.choice(["Please find below a referral for %s." % exam,
                       "We would like to book a %s for the following patient:" % exam,
                       "Referral attached in the body of this email (fax line down):"]), "",
             "Patient: %s" % c.name(p, r.choice(["full", "upper_comma", "title"])),
             "DOB: %s" % c.dob(p),
             "Ontario Health Card: %s" % c.ohip(p),
             "Clinical history: %s" % ind,
             "Creatinine %d umol/L, eGFR %d (%s)" % (cr, egfr, C.fdate(c.date.date() - dt.timedelta(days=r.randrange(2, 25)), "en", "short"))]
    if r.random() < 0.6:
        c.t("medication")
        lines.append(r.choice(["Meds: metformin 1000 mg BID, lisinopril 20 mg, ASA 81 mg.",
                               "On metformin - please advise re: holding post contrast.",
                               "Anticoagulated on apixaban 5 mg BID (AF)."]))
    lines += ["", "The patient is aware this will be billed out of province.", "",
              "Thanks,", "%s, MD\n%s\nPhone %s" % (C.dr(ref, "en"), LFHT[0], LFHT[2])]
    return dict(frm=c.ad(ref, LFHT[1]), to=[BOOK], subject=r.choice(["Referral - %s" % exam, "Out-of-province referral: %s" % exam.split(" with")[0],
                                                                     "New referral (ON patient)"]),
                text="\n".join(lines), note="out-of-province CT/MRI referral with Ontario health number")


def contrast_reaction(c):
    r = c.r
    p = c.pat(lo=1945, hi=2000)
    tech = c.who(C.TECHS)
    mgr = C.MANAGERS[0]
    rad = r.choice(C.RADIOLOGISTS)
    he, his, t = _he(p)
    nm = c.name(p, r.choice(["upper_comma", "full", "sur_comma"]))
    c.t("diagnosis", "medication", "mrn")
    sev = r.choice([
        ("diffuse hives and itchy throat about 4 minutes after Omnipaque 350 (90 mL)",
         "diphenhydramine 50 mg IV; symptoms settled within 30 minutes"),
        ("wheeze and O2 sat drop to 89% right after the injection",
         "epinephrine 0.3 mg IM x1, salbutamol 4 puffs, O2 by mask; transferred to ED for observation"),
        ("vasovagal episode with BP 82/50 and HR 48", "legs elevated, 500 mL NS bolus, ondansetron 4 mg IV for nausea"),
    ])
    text = "\n".join([
        "Hi %s," % mgr[0], "",
        "Incident this morning in CT %d, entered in the incident system as well:" % r.randrange(1, 4), "",
        "Patient: %s, MRN %s" % (nm, c.mrn(p)),
        "Exam: %s" % r.choice(["CT abdo/pelvis with contrast", "CT chest PE protocol", "CT urogram"]),
        "What happened: %s" % sev[0],
        "Treatment: %s" % sev[1],
        "Attending radiologist: %s" % C.dr(rad, "en"), "",
        r.choice(["Allergy has been added to %s chart and %s was given the wallet card." % (his, he),
                  "%s was discharged home at 11:40 with %s daughter." % (he.capitalize(), his),
                  "Pharmacy notified; premedication will be needed for any future contrast study."]),
        "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.ad(mgr)], cc=[c.ad(rad)] if r.random() < 0.5 else None,
                subject=r.choice(["Contrast reaction - CT this AM", "Incident: contrast reaction", "FYI adverse reaction to contrast"]),
                text=text, note="contrast reaction incident note")


def mri_implant(c):
    r = c.r
    p = c.pat(lo=1940, hi=2000)
    tech = c.who(C.TECHS)
    phys = C.MANAGERS[3]
    he, his, t = _he(p)
    nm = c.name(p, r.choice(["upper_comma", "caps", "full", "title_sur"]))
    c.t("diagnosis")
    dev = r.choice([
        "a deep brain stimulator (implanted 2020 for Parkinson's)",
        "an Abbott ICD (ventricular tachycardia), generator changed last spring",
        "a programmable VP shunt (Codman Hakim) for normal pressure hydrocephalus",
        "bilateral breast tissue expanders with magnetic ports after mastectomy" if p["sex"] == "F" else
        "an insulin pump and a continuous glucose monitor (type 1 diabetes)",
    ])
    body = ["Hi Julien,", "",
            "Tomorrow's %s patient has %s." % (r.choice(["MRI brain", "MRI C-spine", "MRI pelvis", "MRA"]), dev),
            r.choice(["We have the implant card but not the full conditions sheet.",
                      "Vendor rep says it's MR Conditional at 1.5T with the therapy off; need your sign-off.",
                      "Not sure the model number on the card is right - can you check the manufacturer list?"]),
            "Should I keep the booking?"]
    if r.random() < 0.5:
        c.t("medication")
        body.append(r.choice(["Also very claustrophobic - GP prescribed lorazepam 1 mg SL.",
                              "FYI %s is on dabigatran and takes gabapentin 300 TID." % he]))
    body += ["", "Thanks,", c.sig(tech, "MRI Technologist")]
    return dict(frm=c.ad(tech), to=[c.ad(phys)], subject=r.choice(["MRI safety - %s" % nm, "Implant check for %s" % nm,
                                                                    "%s - implant question (MRI tomorrow)" % nm]),
                text="\n".join(body), note="MRI implant safety query, patient named in subject")


def critical_call(c):
    r = c.r
    p = c.pat()
    rad = r.choice(C.RADIOLOGISTS)
    doc = r.choice([C.REFERRERS[5], C.REFERRERS[6], C.REFERRERS[4]])
    nm = c.name(p, r.choice(["upper_comma", "caps", "full", "sur_first"]))
    mrn = c.mrn(p)
    c.t("diagnosis")
    exam, f = r.choice([
        ("CT head non-contrast", "acute left MCA territory infarct with hyperdense MCA sign"),
        ("CTPA", "saddle pulmonary embolus with RV strain"),
        ("Chest x-ray", "malpositioned NG tube in the right main bronchus"),
        ("CT abdomen", "ruptured AAA with retroperitoneal haematoma"),
        ("US pelvis", "ectopic pregnancy with haemoperitoneum" if p["sex"] == "F" else "large volume haemoperitoneum"),
        ("MRI spine", "epidural abscess T8-T10 with cord compression"),
    ])
    t0 = c.date - dt.timedelta(minutes=r.randrange(4, 70))
    if r.random() < 0.5:
        text = "\n".join(["CRITICAL RESULT NOTIFICATION", "",
                          "Patient: %s    MRN: %s" % (nm, mrn), "Exam: %s (%s)" % (exam, t0.strftime("%Y-%m-%d %H:%M")),
                          "Finding: %s" % f, "Notified: %s by phone at %s; read-back done." % (C.dr(doc, "en"), t0.strftime("%H:%M")),
                          "", "%s, Radiologist" % C.dr(rad, "en")])
        to, cc = [CRIT], None
    else:
        text = "\n".join(["%s -" % C.dr(doc, "en"), "",
                          "As discussed by phone at %s: %s on %s (MRN %s) shows %s. Prelim in PACS, final to follow." % (
                              t0.strftime("%H:%M"), exam, nm, mrn, f), "", "%s" % C.dr(rad, "en")])
        to, cc = [c.ad(doc)], [CRIT]
    return dict(frm=c.ad(rad), to=to, cc=cc, subject=r.choice(["CRITICAL RESULT - %s" % exam, "Critical finding communicated",
                                                               "Critical: %s" % exam]),
                text=text, note="critical finding notification")


def screening_recall(c):
    r = c.r
    kind = r.choice(["lung", "breast"])
    use_nam = r.random() < 0.5
    if kind == "breast":
        p = c.pat(nam=use_nam, sex="F", lo=1940, hi=1980)
    else:
        p = c.pat(nam=use_nam, lo=1940, hi=1972)
    clerk = c.who(C.CLERKS)
    c.t("diagnosis", "patient_contact")
    he, his, t = _he(p)
    if use_nam:
        idl = c.idline(p, "block").split("\n")
    else:
        idl = ["Name: %s" % c.name(p, "full"), "Date of birth: %s" % c.dob(p)]
    if kind == "lung":
        res = r.choice(["Lung-RADS 4A: 11 mm solid nodule, right upper lobe", "Lung-RADS 3: 7 mm part-solid nodule, left lower lobe"])
        what = "a follow-up low-dose CT of the chest in 3 months"
        prog = "Lung Cancer Screening Pilot"
    else:
        res = r.choice(["BI-RADS 0: focal asymmetry, left breast upper outer quadrant",
                        "BI-RADS 0: new calcifications, right breast"])
        what = "additional mammogram views and an ultrasound"
        prog = "Regional Breast Screening Program"
    c.home(p)
    d1 = c.when(7, 30)
    letter = ["# %s - %s" % (prog, C.ORG["en"]), C.fdate(c.date.date(), "en"), ""] + idl + [
        p["address"], "", "Dear %s %s," % (t, p["surname"]), "",
        "Your recent screening exam showed a finding that needs %s (%s)." % (what, res),
        "Most recalls do not turn out to be cancer.",
        "We have booked you on %s at %s. To change this, call %s ext. 2214." % (C.fdate(d1, "en", "day"), c.hhmm(8, 15), C.ORG["phone"]),
        "", "Screening Coordinator"]
    pdf = A.make_pdf("Recall letter", letter, author=prog)
    fn = "recall_%s_%s.pdf" % (C.slug(p["surname"]).lower(), d1.strftime("%Y%m%d"))
    text = "\n".join(["Hi %s," % clerk[0], "",
                      r.choice(["Recall letter attached - please mail today, no answer at home.",
                                "Please send the attached letter by regular mail and log it.",
                                "Another recall letter for the outgoing mail, thanks."]), "", "Screening office"])
    return dict(frm=c.box("screening", "Screening Office"), to=[c.ad(clerk)], subject=r.choice(["Recall letter to mail", "Screening recall - mail out",
                                                                                              "Letter for outgoing mail"]),
                text=text, attachments=[dict(data=pdf, filename=fn, ctype="application/pdf")],
                note="screening recall letter in PDF")


def image_transfer(c):
    r = c.r
    p = c.pat()
    fc = ("Tracy", "Lindgren", "F")
    c.t("diagnosis")
    he, his, t = _he(p)
    why = r.choice(["known pancreatic cyst, comparison needed before EUS", "follow-up of treated lymphoma, restaging PET booked",
                    "trauma transfer - outside CT spine needs a second read", "ENT referral for a 3 cm parotid mass"])
    lines = ["Good afternoon,", "",
             "Could you push the following to our PACS (AE title KGH_PACS, port 104) or send a CD by courier?", "",
             "%s | DOB %s | your MRN %s" % (c.name(p, r.choice(["upper_comma", "full", "caps"])), c.dob(p), c.mrn(p)),
             "Studies: all cross-sectional imaging since %d" % r.randrange(2019, 2024),
             "Reason: %s" % why, "",
             r.choice(["Signed consent is on file with us.", "The patient's consent was faxed to your records dept this morning.",
                       "Urgent - the patient is in clinic Thursday."]), "",
             "%s %s\nFilm Library Coordinator, %s\n%s" % (fc[0], fc[1], KGH[0], KGH[2])]
    return dict(frm=c.ad(fc, KGH[1]), to=[RECORDS], subject=r.choice(["Image transfer request", "Request for outside images",
                                                                       "PACS push request - KGH"]),
                text="\n".join(lines), note="outside hospital image transfer request")


def worklist_csv(c):
    r = c.r
    use_nam = r.random() < 0.5
    tech = c.who(C.TECHS)
    d = c.when(1, 3)
    pool = [("MRI brain", "MS follow-up"), ("MRI L-spine", "cauda equina sx"), ("MRI knee R", "locking, ?meniscal tear"),
            ("MRI prostate", "PSA 11.2"), ("MRI pelvis", "endometriosis mapping"), ("MRI shoulder L", "RC tear?"),
            ("MRCP", "dilated CBD on US, ALP 310"), ("MRI breast", "BRCA1 carrier, annual")]
    r.shuffle(pool)
    c.t("patient_name", "diagnosis", "date_of_birth")
    rows = []
    tm = dt.datetime(2025, 1, 1, 7, 30)
    for i in range(r.randrange(4, 7)):
        p = c.pat(nam=use_nam, lo=1935, hi=2006)
        ok = [x for x in pool if not ((x[0] in ("MRI prostate",) and p["sex"] == "F") or
                                     (x[0] in ("MRI pelvis", "MRI breast") and p["sex"] == "M"))]
        ex = ok[0]
        pool.remove(ex)
        if any(ch.isdigit() for ch in ex[1]):
            c.t("lab_result")
        tm += dt.timedelta(minutes=r.choice([30, 45, 60]))
        if use_nam:
            c.t("ramq_nam")
            c.ids.append(("ramq_nam", p["nam"]))
            rows.append([tm.strftime("%H:%M"), p["surname"].upper(), p["given"], p["dob"].isoformat(), p["sex"],
                         C.fmt_nam(r, p["nam"], r.choice(["plain", "space"])), ex[0], ex[1]])
        else:
            c.t("mrn")
            c.ids.append(("mrn", p["mrn"]))
            rows.append([tm.strftime("%H:%M"), p["surname"].upper(), p["given"], p["dob"].isoformat(), p["mrn"], ex[0], ex[1]])
    header = (["Time", "Last", "First", "DOB", "Sex", "RAMQ", "Exam", "Notes"] if use_nam
              else ["Time", "Last", "First", "DOB", "MRN", "Exam", "Notes"])
    sep = r.choice([",", ";"])
    csv = A.make_csv(header, rows, sep)
    text = "\n".join(["Hi all,", "", r.choice(["Tomorrow's MRI list attached (magnet 2).", "Here's the list for %s." % C.fdate(d, "en", "day"),
                                               "Updated list attached - two add-ons from ED."]), "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.box("mri.team", "MRI Team")], subject="MRI list %s" % C.fdate(d, "en", "short"), text=text,
                attachments=[dict(text=csv, ctype="text/csv", filename="mri_list_%s.csv" % d.isoformat(),
                                  charset=r.choice(["utf-8", "windows-1252"]), cte=r.choice(["quoted-printable", "base64"]))],
                note="MRI worklist as CSV")


def transport_booking(c):
    r = c.r
    p = c.pat(lo=1930, hi=1965)
    if r.random() < 0.5:
        _ontario(c, p)
    nurse = c.who(C.NURSES)
    he, his, t = _he(p)
    c.t("diagnosis")
    d = c.when(2, 15)
    text = "\n".join([
        "Hello,", "", "Please arrange a return trip for the following imaging appointment:", "",
        "Client: %s" % c.name(p, r.choice(["full", "title", "upper_comma"])),
        "Pick-up address: %s" % c.home(p),
        "Phone: %s%s" % (c.cell(p), r.choice(["", " (home)", " (son's cell)"])),
        "Appointment: %s at %s, %s" % (C.fdate(d, "en", "day"), c.hhmm(8, 14), r.choice(["CT chest", "MRI brain", "Nuclear bone scan", "Ultrasound abdomen"])),
        "Needs: %s" % r.choice(["wheelchair, cannot weight-bear after hip fracture", "stretcher, end-stage COPD on home O2 3 L",
                                "walker; on dialysis Tue/Thu/Sat so mornings only", "escort required - moderate dementia"]),
        "", "Thank you,", c.sig(nurse, "Liaison Nurse")])
    return dict(frm=c.ad(nurse), to=[("Dispatch", "dispatch@" + C.EXTERNAL["transport"][1])],
                subject=r.choice(["Transport request - imaging appt", "Booking: return transport %s" % C.fdate(d, "en", "short")]),
                text=text, note="transport booking with patient address and phone")


def biopsy_prep(c):
    r = c.r
    p = c.pat(lo=1940, hi=1990)
    nurse = c.who(C.NURSES)
    rad = C.RADIOLOGISTS[4]
    he, his, t = _he(p)
    nm = c.name(p, r.choice(["initial", "upper_comma", "title_sur"]))
    c.t("medication", "lab_result", "diagnosis")
    proc = r.choice(["US-guided liver biopsy (segment VI mass)", "CT-guided lung biopsy (RLL 2.8 cm nodule)",
                     "US-guided renal biopsy (AKI, ?GN)", "Port-a-cath insertion (new colon cancer, FOLFOX start)"])
    med = r.choice(["Warfarin 5 mg - held x5 days", "Apixaban - last dose Sunday AM", "ASA 81 mg continued per IR",
                    "Clopidogrel stopped 7 days ago (cardiology OK'd)"])
    text = "\n".join([
        "Dr. Delorme,", "", "Pre-procedure check for %s %s:" % (C.fdate(c.when(1, 6), "en", "day"), proc), "",
        "%s - MRN %s" % (nm, c.mrn(p, r.choice(["plain", "hyphen", "space"]))),
        "INR %s, plt %d, Hb %d, Cr %d" % (r.choice(["1.0", "1.2", "1.5"]), r.randrange(60, 300), r.randrange(85, 145), r.randrange(60, 140)),
        med, "Allergies: %s" % r.choice(["NKDA", "penicillin (rash)", "iodinated contrast - premedicated"]), "",
        r.choice(["OK to proceed?", "Plt on the low side, your call.", "Consent signed, NPO from midnight."]), "", nurse[0], "IR nursing"])
    return dict(frm=c.ad(nurse), to=[c.ad(rad)], subject=r.choice(["Pre-procedure labs", "IR prep - %s" % proc.split(" (")[0], "Biopsy tomorrow - labs"]),
                text=text, note="interventional pre-procedure labs and anticoagulant hold")


def report_fwd(c):
    r = c.r
    p = c.pat(nam=True, lo=1930, hi=2006)
    arch = c.who(C.CLERKS)
    rad = r.choice(C.RADIOLOGISTS)
    ref = C.REFERRERS[r.choice([2, 7])]
    c.t("diagnosis")
    exam, hist, find, imp = r.choice([
        ("CT chest with contrast", "Cough, weight loss.", "4.1 cm spiculated RUL mass abutting the pleura. Enlarged right hilar and subcarinal nodes.",
         "RUL mass with nodal disease, suspicious for primary lung malignancy."),
        ("MRI brain with and without gadolinium", "New seizure.", "2.8 cm ring-enhancing lesion in the right frontal lobe with vasogenic oedema.",
         "Ring-enhancing lesion; differential includes high-grade glioma and metastasis."),
        ("US thyroid", "Palpable nodule.", "1.9 cm solid hypoechoic nodule, taller than wide, with microcalcifications.",
         "TI-RADS 5 nodule; FNA recommended."),
        ("CT abdomen/pelvis", "RLQ pain, fever.", "Dilated appendix 11 mm with periappendiceal fat stranding and a 2 cm abscess.",
         "Perforated appendicitis with small abscess."),
    ])
    report = "\n".join(["DIAGNOSTIC IMAGING REPORT - %s" % C.ORG["short"], c.idline(p),
                        "Exam: %s   Date: %s" % (exam, C.fdate(c.date.date() - dt.timedelta(days=r.randrange(1, 30)), "en", "iso")),
                        "History: %s" % hist, "Findings: %s" % find, "Impression: %s" % imp, "Reported by: %s" % C.dr(rad, "en")])
    fwd = c.fwd_block(c.ad(rad), RECORDS, c.date - dt.timedelta(hours=r.randrange(2, 50)), "Final report - %s" % exam)
    where = KGH if ref == C.REFERRERS[7] else LFHT
    text = "\n".join([r.choice(["Dr. %s," % ref[1], "Hello,"]), "", r.choice(["Report below as requested.", "Here is the final report you asked for.",
                                                                            "Forwarding the report; the fax did not go through."]),
                      "", c.sig(arch, "Imaging Records"), "", fwd, report])
    return dict(frm=c.ad(arch), to=[c.ad(ref, where[1])], subject="FW: Final report - %s" % exam, text=text,
                note="forwarded imaging report with RAMQ header")


def nai_skeletal(c):
    r = c.r
    p = c.pat(lo=2023, hi=2025)
    rad = C.RADIOLOGISTS[5]
    sw = C.SOCIAL[1]
    c.t("diagnosis", "social_information")
    nm = c.name(p, r.choice(["full", "upper_comma"]))
    text = "\n".join([
        "Daniel,", "",
        "Skeletal survey on %s (DOB %s, MRN %s) this morning shows %s." % (
            nm, c.dob(p), c.mrn(p), r.choice(["healing posterior rib fractures R5-R7 of different ages",
                                              "a classic metaphyseal lesion of the distal femur",
                                              "a skull fracture not explained by the reported fall from a couch"])),
        r.choice(["Peds has already called the Children's Aid Society; worker is coming at 2 pm.",
                  "Youth protection is involved and the child is staying with the maternal aunt for now.",
                  "Mother's partner is not to be given information - there is a no-contact order."]),
        "Follow-up survey in 2 weeks please.", "", C.dr(rad, "en")])
    return dict(frm=c.ad(rad), to=[c.ad(sw)], subject=r.choice(["Skeletal survey - confidential", "Re: child protection referral",
                                                                "Survey results"]),
                text=text, note="skeletal survey with child protection involvement")


def pregnancy(c):
    r = c.r
    p = c.pat(sex="F", lo=1985, hi=2006)
    tech = c.who(C.TECHS)
    c.t("lab_result", "diagnosis")
    text = "\n".join([
        "Hi,", "",
        "%s (%s) - serum hCG came back positive at %s IU/L so I cancelled the %s." % (
            c.name(p, r.choice(["lower", "full", "sur_comma"])), c.mrn(p, r.choice(["plain", "H", "fullwidth"])),
            r.choice(["2,310", "156", "11,400"]), r.choice(["CT abdo", "CT pelvis", "barium enema"])),
        r.choice(["She'd like a dating ultrasound instead, can we add her to Friday?",
                  "She wasn't aware. Please don't leave a message on the home voicemail.",
                  "Referring doc notified."]), "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.ad(r.choice(C.RADIOLOGISTS))], subject=r.choice(["hCG positive - exam cancelled", "CT cancelled", "pregnancy test +"]),
                text=text, note="positive pregnancy test, CT cancelled")


def disability_sin(c):
    r = c.r
    p = c.pat(lo=1962, hi=1998)
    bo = C.EXTERNAL["boreal"]
    adj = ("Gregory", "Pham", "M")
    c.t("diagnosis")
    claim = "LTD-%07d" % r.randrange(1000000, 9999999)
    nm = c.name(p, "full")
    pdf = A.make_pdf("Attending physician statement", [
        "# Boreal Insurance - Attending Physician / Imaging Statement", "Claim: %s" % claim, "",
        "Claimant: %s" % nm, "Date of birth: %s" % c.dob(p), "SIN: %s" % c.sin(p, r.choice(["space", "hyphen"])),
        "Condition claimed: %s" % r.choice(["lumbar disc herniation L4-5 with radiculopathy", "rotator cuff full-thickness tear",
                                            "post-concussion syndrome after MVC"]),
        "Information requested: all imaging reports from 2024-01-01 to date.", "",
        "Authorization signed by the claimant is enclosed."], author=bo[0])
    text = "\n".join(["Hello,", "", "Please see the attached request regarding claim %s." % claim,
                      r.choice(["Kindly send the reports by secure fax.", "A response within 15 business days would be appreciated."]),
                      "", "%s %s\nDisability Case Manager, %s\n%s" % (adj[0], adj[1], bo[0], bo[2])])
    return dict(frm=c.ad(adj, bo[1]), to=[RECORDS], subject="Claim %s - request for imaging reports" % claim, text=text,
                attachments=[dict(data=pdf, filename="APS_request_%s.pdf" % claim, ctype="application/pdf")],
                note="insurer request with SIN in attached form")


def reply_thread(c):
    r = c.r
    p = c.pat(lo=1935, hi=1970)
    rad = r.choice(C.RADIOLOGISTS)
    hosp = C.REFERRERS[r.choice([4, 6])]
    he, his, t = _he(p)
    c.t("diagnosis", "lab_result")
    full = c.name(p, r.choice(["title", "full", "upper_comma"]))
    orig = "\n".join(["Hi,", "",
                      "Can %s in 5 West bed %d get %s today? %s" % (
                          full, r.randrange(1, 30), r.choice(["the CT abdo with contrast", "the CTA chest", "the contrast MRI"]),
                          r.choice(["Known CKD 4.", "Type 2 DM, creatinine trending up.", "Post-op day 3, ileus."])),
                      "", hosp[0]])
    cr = r.randrange(175, 290)
    reply = "\n".join(["%s's creat this AM is %d (eGFR %d). %s" % (p["given"], cr, int(5900 / cr), r.choice([
        "Let's do it non-contrast.", "Please get nephrology to weigh in first.", "We'll switch to a V/Q scan."])),
        "", C.dr(rad, "en")])
    a = c.ad(hosp)
    text = reply + "\n\n" + c.reply_intro(a[0], a[1], c.date - dt.timedelta(minutes=r.randrange(20, 400))) + "\n" + quote(orig)
    return dict(frm=c.ad(rad), to=[a], subject="RE: contrast study today?", text=text, in_reply_to=c.msgid(),
                note="reply with quoted request, renal function")


def ics_invite(c):
    r = c.r
    p = c.pat(lo=1945, hi=1995)
    tech = c.who(C.TECHS)
    c.t("diagnosis", "medication")
    d = c.when(2, 20)
    start = dt.datetime(d.year, d.month, d.day, r.randrange(8, 16), r.choice([0, 30]))
    nm = c.name(p, r.choice(["upper_comma", "caps", "full"]))
    k = r.choice(["cardiac", "sedation"])
    if k == "cardiac":
        summ, desc = "Cardiac CT - %s" % nm, "Coronary CTA. Metoprolol 50 mg PO 1 h prior, target HR < 65. Nitro SL on table. Hx chest pain, FHx CAD."
    else:
        summ, desc = "MRI under GA - %s" % nm, "Severe claustrophobia + chronic pain; anaesthesia booked. Hold apixaban 48 h. Indication: lumbar stenosis."
    ics = A.make_ics(c.msgid().strip("<>"), start, 60, summ, desc, "%s, Room 2" % C.ORG["site2"],
                     C.mail_of(*tech[:2], C.ORG["domain"]), c.date.replace(tzinfo=None))
    text = "\n".join(["Hi,", "", r.choice(["Invite for the case we discussed.", "Added to the shared scanner calendar.", "Please accept so it shows in the room schedule."]),
                      "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.ad(r.choice(C.RADIOLOGISTS))], subject="Invitation: %s" % summ.split(" - ")[0], text=text,
                attachments=[dict(text=ics, ctype="text/calendar", filename="invite.ics", ct_params="; method=REQUEST",
                                  cte=r.choice(["quoted-printable", "base64", "7bit"]))],
                note="calendar invitation for a patient exam")


def ipv_disclosure(c):
    r = c.r
    p = c.pat(sex="F", lo=1975, hi=2003)
    sono = c.who([x for x in C.TECHS if x[2] == "F"])
    sw = C.SOCIAL[1]
    c.t("social_information", "diagnosis")
    nm = c.name(p, r.choice(["full", "title", "upper_comma"]))
    text = "\n".join([
        "Hi Daniel,", "",
        "During %s's %s today I noticed %s. When we were alone she told me her partner hit her last weekend and she is afraid to go home." % (
            nm, r.choice(["obstetrical ultrasound (about 20 weeks)", "abdominal ultrasound", "renal ultrasound"]),
            r.choice(["bruising on both upper arms", "fingertip bruises on the neck", "an old healing rib fracture on the scout"])),
        "She agreed to speak with social work. She is still in the department waiting room (US 3) - can someone come before 3 pm?",
        "Please do not call her home number.", "", sono[0], "Sonographer"])
    return dict(frm=c.ad(sono), to=[c.ad(sw)], subject=r.choice(["Urgent - please see patient in US", "Social work needed in ultrasound",
                                                                 "Disclosure during exam"]),
                text=text, note="sonographer reports disclosure of partner violence")


def income_support(c):
    r = c.r
    p = c.pat(lo=1955, hi=1995)
    sw = C.SOCIAL[1]
    clerk = c.who(C.CLERKS)
    he, his, t = _he(p)
    c.t("social_information", "diagnosis")
    text = "\n".join([
        "Hi %s," % clerk[0], "",
        "%s is booked for %s on %s. %s" % (
            c.name(p, r.choice(["full", "title", "upper_comma"])), r.choice(["an MRI of the pelvis", "a PET-CT", "a CT colonography"]),
            C.fdate(c.when(3, 20), "en", "day"),
            r.choice(["%s is on social assistance and can't afford the bus from Pembridge." % he.capitalize(),
                      "%s receives disability support (ODSP) and has no car." % he.capitalize(),
                      "%s lost %s job and is waiting for income support to start." % (he.capitalize(), his)])),
        "Could we issue a transport voucher and move the appointment to late morning? %s has %s." % (
            he.capitalize(), r.choice(["cervical cancer under treatment" if p["sex"] == "F" else "rectal cancer under treatment",
                                       "Crohn's disease with a recent flare", "multiple myeloma"])),
        "", c.sig(sw, "Social Worker, Oncology")])
    return dict(frm=c.ad(sw), to=[c.ad(clerk)], subject=r.choice(["Transport voucher request", "Appointment change - financial hardship"]),
                text=text, note="social worker asks for transport help for patient on income support")


def signout(c):
    r = c.r
    fel = ("Arjun", "Mehta", "M")
    rad = r.choice(C.RADIOLOGISTS)
    items = ["CTPA - r/o PE, D-dimer 3.1", "CT head - fall on warfarin, INR 3.4", "US RUQ - ?cholangitis, bili 88",
             "CXR - post line check", "CT abdo - SBO?", "MRI C-spine - new weakness, known myeloma",
             "US doppler LLE - swelling", "CT KUB - renal colic"]
    r.shuffle(items)
    c.t("patient_name", "diagnosis")
    lines = []
    with_mrn = r.random() < 0.5
    for i in range(r.randrange(4, 7)):
        p = c.pat()
        it = items[i]
        if any(x in it for x in ("D-dimer", "INR", "bili")):
            c.t("lab_result")
        if "warfarin" in it:
            c.t("medication")
        nm = C.pname(r, p, "en", r.choice(["upper_comma", "caps", "initial"]))
        loc = r.choice(["ED bed %d" % r.randrange(1, 40), "ICU %d" % r.randrange(1, 12), "6N-%d" % r.randrange(1, 30)])
        mid = (" [%s]" % c.mrn(p, r.choice(["plain", "space"]))) if with_mrn else ""
        lines.append("- %s  %s%s  %s" % (loc, nm, mid, it))
    text = "\n".join(["Sign-out %s:" % c.date.strftime("%H:%M"), ""] + lines + ["",
                      r.choice(["Top two are waiting on protocols.", "All prelims given except the last one.", "Pager 4411 overnight."]),
                      "", fel[0]])
    return dict(frm=c.ad(fel), to=[c.ad(rad)], subject=r.choice(["Sign-out", "Overnight handover", "Pending reads for tonight"]),
                text=text, note="resident sign-out list of pending studies")


def attached_eml(c):
    r = c.r
    p = c.pat(nam=True, lo=1930, hi=2006)
    mgr = C.MANAGERS[0]
    clerk = c.who(C.CLERKS)
    ref = C.REFERRERS[r.choice([2, 7])]
    where = KGH if ref == C.REFERRERS[7] else LFHT
    c.t("diagnosis")
    ind = r.choice(["suspected cauda equina - urinary retention, saddle anaesthesia", "new diagnosis of breast cancer, staging CT and bone scan",
                    "haemoptysis and a cavitating lesion on CXR, ?TB"])
    inner_text = "\n".join(["Hello,", "", "Urgent request for imaging - Quebec resident seen in our clinic:", c.idline(p),
                            "Indication: %s." % ind, "", C.dr(ref, "en"), where[0]])
    inner = build({"from": c.ad(ref, where[1]), "to": [BOOK], "subject": "Urgent imaging request",
                   "date": c.date - dt.timedelta(days=r.randrange(1, 3)), "msgid": c.msgid(where[1]), "text": inner_text,
                   "charset": "us-ascii", "cte": r.choice(["7bit", "quoted-printable"])})
    text = "\n".join(["%s," % clerk[0], "", r.choice(["See attached email - can we fit this in this week?", "Forwarding the attached request, please call the clinic back.",
                                                     "This one landed in my inbox; attached. Priority please."]), "", mgr[0]])
    return dict(frm=c.ad(mgr), to=[c.ad(clerk)], subject="FW: Urgent imaging request", text=text,
                attachments=[dict(eml=inner, filename="Urgent imaging request.eml")],
                note="urgent referral forwarded as attached message")


def zip_report(c):
    r = c.r
    p = c.pat()
    arch = c.who(C.CLERKS)
    ref = C.REFERRERS[7]
    c.t("diagnosis")
    nm = c.name(p, "full")
    dob = c.dob(p)
    mrn = c.mrn(p, "plain")
    concl = r.choice(["Acute on chronic subdural haematoma, 14 mm, 6 mm midline shift.",
                      "Grade III splenic laceration without active extravasation.",
                      "Displaced intertrochanteric fracture of the left femur."])
    rep = A.make_pdf("Imaging report", ["# Diagnostic Imaging Report", "Patient: %s" % nm, "DOB: %s" % dob, "MRN: %s" % mrn,
                                        "Impression: %s" % concl, C.dr(r.choice(C.RADIOLOGISTS), "en")])
    z = A.make_zip([("report_%s.pdf" % mrn, rep),
                    ("README.txt", b"Images to follow via PACS push. Contact imaging records for the CD.\r\n")])
    text = "\n".join(["Dr. Tanaka,", "", "Report for the transfer patient attached (zip, password sent separately by phone).",
                      "", c.sig(arch, "Imaging Records")])
    return dict(frm=c.ad(arch), to=[c.ad(ref, KGH[1])], subject=r.choice(["Transfer patient - report", "Report for your transfer"]),
                text=text, attachments=[dict(data=z, filename="transfer_%s.zip" % c.date.strftime("%Y%m%d"), ctype="application/zip")],
                note="transfer report in a ZIP attachment")


def visitor_nir(c):
    r = c.r
    p = c.pat(pool=C.FR_FOREIGN, lo=1945, hi=2000)
    clerk = c.who(C.CLERKS)
    c.t("diagnosis")
    text = "\n".join(["Hi,", "",
                      "Non-resident (France) seen in ED %s: %s." % (
                          C.fdate(c.date.date() - dt.timedelta(days=r.randrange(1, 6)), "en", "short"),
                          r.choice(["CT head showed a small traumatic SAH", "ankle x-ray: trimalleolar fracture",
                                    "CT abdo: uncomplicated diverticulitis"])),
                      "Name: %s" % c.name(p, r.choice(["upper_comma", "full"])),
                      "French social security no.: %s" % c.nir(p),
                      "DOB: %s" % c.dob(p),
                      "Travel insurer wants an itemised invoice for the technical fees.", "", c.sig(clerk, "Billing clerk")])
    return dict(frm=c.ad(clerk), to=[c.box("billing.nonresidents", "Non-resident Billing")], subject="Non-resident billing - France",
                text=text, note="billing for French visitor with NIR")


def visitor_niss(c):
    r = c.r
    p = c.pat(pool=C.BE_FOREIGN, lo=1990, hi=2005)
    nurse = c.who(C.NURSES)
    c.t("diagnosis")
    text = "\n".join(["Hello,", "",
                      "Exchange student from Belgium, imaging done here on %s (%s)." % (
                          C.fdate(c.date.date(), "en", "short"), r.choice(["MRI knee: ACL tear", "US abdomen: gallstones with cholecystitis",
                                                                           "CT sinus: orbital cellulitis"])),
                      "Belgian national number (NISS): %s - %s, born %s." % (c.niss(p), c.name(p, "full"), c.dob(p)),
                      "The student's mutual insurer has asked for the report; consent signed.", "", nurse[0]])
    return dict(frm=c.ad(nurse), to=[RECORDS], subject="Report request - Belgian student", text=text,
                note="Belgian student report request with NISS")


def sedation_peds(c):
    r = c.r
    p = c.pat(nam=True, lo=2008, hi=2021)
    nurse = c.who(C.NURSES)
    rad = C.RADIOLOGISTS[5]
    c.t("medication", "diagnosis")
    he, his, t = _he(p)
    text = "\n".join([
        "Hi Dr. Whitfield,", "",
        "Sedation plan for tomorrow's MRI brain:", c.idline(p), "",
        "Weight %.1f kg. Indication: %s." % (r.uniform(18, 55), r.choice(["new-onset seizures", "developmental delay, ?structural cause",
                                                                           "headaches with papilloedema", "follow-up of a treated medulloblastoma"])),
        "Plan: %s" % r.choice(["intranasal dexmedetomidine 2 mcg/kg, IV backup", "oral midazolam 0.5 mg/kg 20 min before",
                               "anaesthesia booked (GA) - fasting from midnight"]),
        "Parent contact (mother) reachable at %s." % c.cell(p), "", nurse[0], "Paediatric sedation nurse"])
    return dict(frm=c.ad(nurse), to=[c.ad(rad)], subject=r.choice(["Peds sedation - MRI tomorrow", "Sedation plan"]), text=text,
                note="paediatric MRI sedation plan with RAMQ number")


def docx_consult(c):
    r = c.r
    p = c.pat(nam=True, lo=1930, hi=2006)
    rad = r.choice(C.RADIOLOGISTS)
    ref = C.REFERRERS[2]
    c.t("diagnosis")
    he, his, t = _he(p)
    nm = c.name(p, "full")
    dob = c.dob(p, "iso")
    nam = c.nam(p, r.choice(["space", "plain", "hyphen"]))
    reason, reco = r.choice([
        ("second opinion on outside MRI - indeterminate adrenal nodule 2.1 cm", "adrenal protocol CT (washout)."),
        ("review of CT for suspected sarcoidosis", "EBUS biopsy of the subcarinal node."),
        ("interventional options for symptomatic fibroids" if p["sex"] == "F" else "interventional options for a varicocele",
         "embolisation consult in IR clinic."),
    ])
    c.t("patient_name")
    body = ["# Radiology consultation note", "Patient: %s" % nm, "Date of birth: %s" % dob, "Sex: %s" % p["sex"], "RAMQ: %s" % nam, "",
            "Reason: %s" % reason, "Recommendation: %s" % reco,
            "", C.dr(rad, "en")]
    doc = A.make_docx(body, author="%s %s" % rad[:2], title="Consult note")
    text = "\n".join(["Dr. Reid,", "", "Consult note attached as promised.", "", C.dr(rad, "en")])
    return dict(frm=c.ad(rad), to=[c.ad(ref, LFHT[1])], subject=r.choice(["Consult note", "Radiology consult - as discussed"]),
                text=text, attachments=[dict(data=doc, filename="consult_%s.docx" % C.slug(p["surname"]).lower(),
                                             ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                note="radiology consult note in DOCX with RAMQ number")


TEMPLATES = [
    (ct_booking_ohip, 3, "referral"), (contrast_reaction, 3, "contrast_reaction"), (mri_implant, 3, "mri_safety"),
    (critical_call, 3, "critical_result"), (screening_recall, 3, "screening_recall"), (image_transfer, 3, "image_transfer"),
    (worklist_csv, 3, "worklist"), (transport_booking, 2, "transport"), (biopsy_prep, 3, "biopsy_prep"),
    (report_fwd, 3, "report_forward"), (nai_skeletal, 2, "skeletal_survey"), (pregnancy, 2, "pregnancy_test"),
    (disability_sin, 2, "insurer_request"), (reply_thread, 3, "reply"), (ics_invite, 2, "calendar"),
    (ipv_disclosure, 2, "social_work"), (income_support, 2, "social_work"), (signout, 3, "handoff_list"),
    (attached_eml, 3, "forward_attached"), (zip_report, 2, "transfer_zip"), (visitor_nir, 2, "billing_visitor"),
    (visitor_niss, 2, "student_report"), (sedation_peds, 2, "sedation"), (docx_consult, 2, "consult_note"),
]
