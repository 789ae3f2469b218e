"""English confidential messages (positives)."""
import datetime

import gen_attach as A
from gen_clin import (ANTICOAG_EN, BIOLOGICS_EN, IBD_DX_EN, INDICATIONS_EN, LIVER_DX_EN, PATHO_EN, PREPS_EN,
                      ROSTER_EN, fill)
from gen_common import (EXT, EXT_MD_EN, ORG_DOMAIN, ORG_EN, ORG_PHONE_DEPIST, ORG_PHONE_ENDO, ORG_PHONE_HEPATO,
                        ORG_PHONE_MII, STAFF_EN, d_en, md_email, quote, signature, staff_addr, staff_name,
                        strip_accents)
from gen_mime import att, html_table

EN = "en"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _S(c, role):
    return c.rng.choice([s for s in STAFF_EN if role in s[3]])


def _fname(s):
    return strip_accents(s).replace(" ", "_").replace(",", "").replace("'", "")


def _ext_md(c, key="clinic_en"):
    name = c.pick(EXT_MD_EN)
    return name, md_email(name, EXT[key][1])


# --------------------------------------------------------------------------- 1. referral with Ontario health number
def referral(c):
    r = c.rng
    p = c.patient(age_range=(40, 80))
    md, mail = _ext_md(c)
    ind, kind = r.choice(INDICATIONS_EN)
    ind = fill(r, ind)
    dob_s = d_en(p.dob, r.choice([0, 1, 2]))
    hn = c.ohip()
    fields = [("Patient", p.name(r.choice(["surname_first", "full", "upper"]), EN)), ("DOB", dob_s),
              ("Health card", hn), ("Home phone", p.phone), ("Reason for referral", ind),
              ("PMHx", r.choice(["T2DM, HTN, OSA on CPAP", "CAD s/p PCI 2019, CKD 3a", "hypothyroidism, depression"])),
              ("Meds", "%s; %s" % (r.choice(ANTICOAG_EN), r.choice(["metformin 1 g BID", "levothyroxine 100 mcg", "sertraline 50 mg"]))),
              ("Urgency", r.choice(["semi-urgent (4-8 weeks)", "routine", "urgent - suspected malignancy"]))]
    types = {"patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "medication"}
    if kind == "lab":
        types.add("lab_result")
    sig = "%s\n%s\nTel. 613-555-01%02d | Fax 613-555-01%02d" % (md, EXT["clinic_en"][0], r.randint(10, 45), r.randint(46, 90))
    mode = r.choice(["inline", "html", "pdf"])
    atts, html = [], None
    if mode == "pdf":
        atts.append(att(r.choice(["GI_referral.pdf", "Referral_%s.pdf" % _fname(p.surname), "referral form (GI).pdf"]),
                        "application/pdf", A.pdf("Gastroenterology Referral", ["%s: %s" % f for f in fields],
                                                 header=EXT["clinic_en"][0])))
        text = "Hello,\n\nPlease find attached a referral for %s. Happy to discuss.\n\nThanks,\n%s" % (
            p.name(r.choice(["title", "full"]), EN), sig)
    else:
        text = "Hi,\n\nReferral for GI assessment / endoscopy:\n\n%s\n\nThank you,\n%s" % (
            "\n".join("%s: %s" % f for f in fields), sig)
        if mode == "html":
            html = "<p>Hi,</p><p>Referral for GI assessment / endoscopy:</p>\n%s\n<p>Thank you,<br>%s</p>" % (
                html_table([["Field", "Details"]] + [list(f) for f in fields]), sig.replace("\n", "<br>\n"))
    return dict(cat="referral", subject=r.choice(["GI referral", "Referral - %s" % ind.split(" (")[0],
                                                  "New referral: colonoscopy"]),
                frm=(md, mail), to=[("GI Central Intake", "gi.intake@" + ORG_DOMAIN)], text=text, html=html,
                attachments=atts, types=types, note="family physician referral with health card number")


# --------------------------------------------------------------------------- 2. booking confirmation with ICS
def booking(c):
    r = c.rng
    p = c.patient(age_range=(45, 80))
    s = _S(c, "booking")
    when = c.later(8, 40)
    hh = r.choice([7, 8, 9, 10, 13, 14])
    prep, qty = r.choice(PREPS_EN)
    proc = r.choice(["colonoscopy", "gastroscopy (EGD)", "EGD and colonoscopy", "flexible sigmoidoscopy"])
    indication = r.choice(["surveillance after adenoma removal", "follow-up of your positive FIT",
                           "assessment of your Crohn's disease", "Barrett's esophagus surveillance"])
    if "colonoscopy" not in proc and "sigmoid" not in proc:
        indication = r.choice(["Barrett's esophagus surveillance", "investigation of your iron deficiency anemia",
                               "variceal screening (cirrhosis)", "follow-up of your gastric ulcer"])
        prep_lines = ["Nothing to eat after midnight; clear fluids until 3 hours before. Take your pantoprazole "
                      "(Pantoloc) as usual with a sip of water."]
    elif "sigmoid" in proc:
        prep_lines = ["Preparation: two Fleet enemas, one 2 hours and one 1 hour before leaving home. "
                      "You may eat a light breakfast."]
    else:
        prep_lines = ["Bowel preparation: %s (%s). Clear fluids only the day before. Take dose 1 at 5 pm the evening "
                      "before and dose 2 five hours before your appointment." % (prep, qty),
                      "Stop iron pills and fibre supplements 7 days before."]
    lines = ["Dear %s," % p.name(r.choice(["title", "title_surname", "full"]), EN), "",
             "This confirms your %s on %s at %02d:%02d (arrive 45 minutes early), Endoscopy Unit, level 2, door 2B. "
             "The procedure is for %s." % (proc, d_en(when, 4), hh, r.choice([0, 15, 30, 45]), indication), ""] + prep_lines
    types = {"patient_name", "medication", "diagnosis"}
    if r.random() < 0.5:
        lines.append("Because you take %s, our nurse will call you at %s to review when to hold it."
                     % (r.choice(ANTICOAG_EN), p.phone))
        types.add("patient_contact")
    lines += ["", "You must have an adult drive you home. If you need to cancel, call %s." % ORG_PHONE_ENDO, "",
              "%s\n%s, %s" % (staff_name(s), s[3], ORG_EN)]
    atts = []
    if r.random() < 0.6:
        start = datetime.datetime(when.year, when.month, when.day, hh, 0)
        atts.append(att(r.choice(["appointment.ics", "invite.ics", "Endoscopy %s.ics" % p.surname]), "text/calendar",
                        A.ics("appt-%s-%s@%s" % (p.mrn, when.strftime("%Y%m%d"), ORG_DOMAIN), start, 45,
                              "%s - %s" % (proc.capitalize(), p.name("full", EN)), "Endoscopy Unit 2B, " + ORG_EN,
                              "%s Indication: %s." % (prep_lines[0][:60], indication),
                              organizer=("Endoscopy Booking", "endo.booking@" + ORG_DOMAIN)), kind="text"))
    return dict(cat="booking", subject=r.choice(["Your endoscopy appointment", "Appointment confirmation - %s" % proc,
                                                 "Colonoscopy prep instructions and appointment"]),
                frm=staff_addr(s), to=[(p.name("full", EN), p.email)], text="\n".join(lines), attachments=atts,
                types=types, note="endoscopy booking confirmation to patient")


# --------------------------------------------------------------------------- 3. ERCP / EUS request for an inpatient
def ercp_request(c):
    r = c.rng
    p = c.patient(age_range=(35, 90))
    a = _S(c, "hepatologist") if r.random() < 0.3 else _S(c, "IBD clinic")
    d = _S(c, "medical director")
    proc = r.choice(["ERCP", "EUS +/- FNB", "ERCP with stent exchange"])
    text = ("Hi %s,\n\nCould we add %s (MRN %s, %d%s) %s to your list%s for %s?\n\n"
            "- Bili %d, ALP %d, lipase %d\n- CT: %s\n- On %s - last dose %s\n- Allergies: %s\n\n"
            "Bed 4W-%02d. Consent obtained, NPO after midnight.\n\n%s" %
            (d[1], p.name(r.choice(["full", "surname_first"]), EN), c.mrn(p),
             2025 - p.dob.year, p.sex, r.choice(["tomorrow", "on Thursday", "on Friday"]), "", proc,
             r.randint(40, 180), r.randint(180, 620), r.randint(60, 2800),
             r.choice(["CBD 11 mm with distal stone", "2.8 cm pancreatic head mass, double-duct sign",
                       "hilar stricture, Bismuth II"]),
             r.choice(ANTICOAG_EN), d_en(c.earlier(0, 1), 4), r.choice(["NKDA", "contrast (hives) - premedicate", "penicillin"]),
             r.randint(1, 30), a[1]))
    return dict(cat="ercp_request", subject=r.choice(["Add-on %s" % proc.split()[0], "Inpatient %s request" % proc.split()[0],
                                                      "Can you fit one more?"]),
                frm=staff_addr(a), to=[staff_addr(d)], text=text,
                types={"patient_name", "mrn", "lab_result", "diagnosis", "medication"},
                note="inpatient ERCP/EUS add-on request")


# --------------------------------------------------------------------------- 4. pathology reports zipped
def pathology_zip(c):
    r = c.rng
    pa = _S(c, "pathologist")
    gi = _S(c, r.choice(["IBD clinic", "medical director"]))
    n = r.randint(2, 3)
    members, listing = [], []
    for i in range(n):
        p = c.patient(age_range=(45, 85))
        acc = "S25-%05d" % r.randint(100, 9999)
        dx = r.choice(PATHO_EN[:5] + PATHO_EN[8:])
        rep = A.pdf("Surgical Pathology Report", ["Accession: %s" % acc, "Patient: %s" % p.name("surname_first", EN),
                                                  "MRN: %s" % p.mrn, "DOB: %s" % d_en(p.dob, 1),
                                                  "Specimen: colon polyp(s), colonoscopy", "", "## Final diagnosis", dx,
                                                  "", "Signed out by %s" % staff_name(pa)], header=ORG_EN)
        members.append(("%s_%s.pdf" % (acc, _fname(p.surname.upper())), rep))
        listing.append("%s  %s" % (acc, p.name(r.choice(["surname_first", "initials"]), EN)))
    text = ("%s,\n\nSigned reports from your %s list attached (zip, %d reports):\n\n%s\n\n%s\nDepartment of Pathology" %
            (gi[1], d_en(c.earlier(4, 12), 4), n, "\n".join(listing), staff_name(pa)))
    return dict(cat="pathology", subject=r.choice(["Path reports", "Signed pathology - endoscopy list", "Your path results"]),
                frm=staff_addr(pa), to=[staff_addr(gi)], text=text,
                attachments=[att("path_reports_%s.zip" % c.date.strftime("%Y%m%d"), "application/zip", A.zipped(members))],
                types={"patient_name", "mrn", "date_of_birth", "diagnosis"}, note="zipped pathology reports")


# --------------------------------------------------------------------------- 5. GI consult sign-out
def signout(c):
    r = c.rng
    a, b = r.sample([s for s in STAFF_EN if s[0] and "pathologist" not in s[3]], 2)
    n = r.randint(4, 6)
    lines = ["GI consult service sign-out - %s" % d_en(c.date.date(), 4), ""]
    rows = [["Bed", "Name", "Age/Sex", "Issue", "Plan / pending"]]
    for i in range(n):
        p = c.patient(age_range=(20, 92))
        issue, plan = ROSTER_EN[r.choice([0, 1, 8])] if i == 0 else r.choice(ROSTER_EN)
        row = ["%s-%02d" % (r.choice(["3B", "4W", "ICU", "ED"]), r.randint(1, 30)),
               p.name(r.choice(["surname_first", "surname_first_plain", "initials", "lower"]), EN),
               "%d%s" % (2025 - p.dob.year, p.sex), issue, fill(r, plan)]
        rows.append(row)
        lines.append("%s  %s  %s  %s. %s" % tuple(row))
    lines += ["", "Overnight: call me for any rebleed in 3B. Pager 555-0183.", "", a[1]]
    html = None
    if r.random() < 0.5:
        html = "<p>Sign-out below.</p>\n%s\n<p>%s</p>" % (html_table(rows), a[1])
    return dict(cat="signout", subject=r.choice(["GI sign-out", "Handover tonight", "consults - sign out"]),
                frm=staff_addr(a), to=[staff_addr(b)], text="\n".join(lines), html=html,
                types={"patient_name", "diagnosis", "lab_result", "medication"}, note="consult service sign-out list")


# --------------------------------------------------------------------------- 6. IBD drug levels, quoted reply
def ibd_levels(c):
    r = c.rng
    p = c.patient(age_range=(18, 65))
    n = _S(c, "IBD nurse")
    d = _S(c, "IBD clinic")
    gen, brand, dose = r.choice(BIOLOGICS_EN[:3])
    lvl = r.choice([0.9, 1.6, 2.4, 3.1])
    orig = ("Hi Dr. %s,\n\n%s's %s trough came back at %.1f ug/mL with %s antibodies; calprotectin %d. "
            "Still 5-6 BMs/day. Do you want to dose-escalate or switch?\n\nMegan" %
            (d[2], p.name(r.choice(["full", "given", "title_surname"]), EN), gen, lvl,
             r.choice(["high-titre", "no detectable"]), r.choice([450, 870, 1320])))
    reply = r.choice(["Let's switch to ustekinumab (Stelara) 390 mg IV induction then 90 mg SC q8w. Please start the PSP forms.",
                      "Escalate to 10 mg/kg q4 weeks and recheck the level before the 3rd dose.",
                      "Add azathioprine 2 mg/kg if TPMT is normal, and repeat the level in 8 weeks."])
    text = "%s\n\n%s\n\nOn %s, %s wrote:\n%s" % (reply, d[1], d_en(c.earlier(0, 2), 4), staff_name(n), quote(orig))
    return dict(cat="reply", subject="RE: %s level - %s" % (gen, p.name(r.choice(["initials", "surname_first_plain"]), EN)),
                frm=staff_addr(d), to=[staff_addr(n)], text=text,
                types={"patient_name", "lab_result", "medication"}, note="reply about biologic trough level, quoted")


# --------------------------------------------------------------------------- 7. hepatitis treatment to pharmacy
def hep_pharmacy(c):
    r = c.rng
    p = c.patient(age_range=(25, 75))
    h = _S(c, r.choice(["hepatologist", "hepatology nurse"]))
    dob_s = d_en(p.dob, r.choice([0, 2, 3]))
    hn = c.ohip()
    rx = r.choice([("chronic hepatitis C, genotype 1a, treatment-naive, F2", "Maviret (glecaprevir/pibrentasvir) 100/40 mg, 3 tabs PO daily with food x 8 weeks"),
                   ("chronic hepatitis C genotype 3, compensated cirrhosis", "Epclusa (sofosbuvir/velpatasvir) 1 tab PO daily x 12 weeks"),
                   ("chronic hepatitis B, HBV DNA 2.1 x 10^5 IU/mL", "Vemlidy (tenofovir alafenamide) 25 mg PO daily, 90 days, refills x3")])
    text = ("Hello,\n\nPlease dispense for:\n\n%s\nDOB %s | HN %s\n%s\n\nDx: %s\nRx: %s\n\nHCV RNA / HBV DNA and "
            "creatinine drawn %s: %s.\nCheck interactions - patient also takes %s.\n\nSigned,\n%s" %
            (p.name(r.choice(["upper", "full", "surname_first"]), EN), dob_s, hn, p.address, rx[0], rx[1],
             d_en(c.earlier(3, 14), 2), r.choice(["creatinine 78 umol/L", "eGFR 64", "creatinine 101 umol/L"]),
             r.choice(["rosuvastatin 20 mg", "omeprazole 20 mg", "methadone 80 mg"]), signature(h, EN, ORG_PHONE_HEPATO,
                                                                                        "Liver Clinic")))
    return dict(cat="prescription", subject=r.choice(["New Rx - antiviral", "Prescription", "Rx for specialty dispensing"]),
                frm=staff_addr(h), to=[(EXT["pharm_en"][0], "specialty@" + EXT["pharm_en"][1])], text=text,
                types={"patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication", "lab_result",
                       "patient_contact"}, note="antiviral prescription to specialty pharmacy")


# --------------------------------------------------------------------------- 8. surveillance recall spreadsheet
def recall_list(c):
    r = c.rng
    s = _S(c, "screening")
    b = _S(c, "booking")
    rows = [["Surname", "Given name", "DOB", "Health number", "Last colonoscopy", "Finding", "Due", "Phone"]]
    n = r.randint(3, 6)
    for i in range(n):
        p = c.patient(age_range=(52, 76))
        rows.append([p.surname, p.given, p.dob.isoformat(), c.ohip(style="plain"), "%d-%02d" % (r.randint(2019, 2022), r.randint(1, 12)),
                     r.choice(["3-4 tubular adenomas", "SSL 12 mm", "adenoma with HGD", "advanced adenoma", "piecemeal EMR 25 mm"]),
                     r.choice(["overdue", "Q1", "Q2"]), p.phone])
    fmt = r.choice(["xlsx", "csv"])
    if fmt == "xlsx":
        a = att("surveillance_recall_%s.xlsx" % c.date.strftime("%Y-%m"), XLSX, A.xlsx([("Recall", rows)]))
    else:
        a = att("surveillance_recall.csv", "text/csv", A.csv_text(rows), kind="text")
    text = ("Hi %s,\n\nAttached are the surveillance patients who are due or overdue. Could you send recall letters and "
            "book the ones with HGD or EMR first?\n\nThanks,\n%s" % (b[1], signature(s, EN, ORG_PHONE_DEPIST,
                                                                                     "Colorectal Screening Program")))
    return dict(cat="recall_list", subject=r.choice(["Surveillance recall list", "Overdue surveillance colonoscopies",
                                                     "Recall - %s" % c.date.strftime("%B")]),
                frm=staff_addr(s), to=[staff_addr(b)], text=text, attachments=[a],
                types={"patient_name", "date_of_birth", "ca_health_number", "diagnosis", "patient_contact"},
                note="surveillance colonoscopy recall spreadsheet")


# --------------------------------------------------------------------------- 9. patient contact card (vCard)
def vcard_contact(c):
    r = c.rng
    p = c.patient(age_range=(30, 80))
    s = _S(c, "booking")
    t = _S(c, "charge nurse")
    note = r.choice(["Lynch syndrome - annual colonoscopy. Prefers calls after 5 pm.",
                     "Hep C cured 2023, cirrhosis - EGD for varices. Interpreter (Portuguese) needed.",
                     "Crohn's on Stelara. Lives with partner; do not leave messages at work."])
    card = A.vcard(p.given, p.surname, tel=("HOME", p.phone), email=p.email, adr=p.address, note=note,
                   bday=p.dob.isoformat() if r.random() < 0.5 else None)
    text = ("%s,\n\nUpdated contact details attached for %s - the old number in the system is wrong. "
            "Please update before the reminder calls go out.\n\n%s" % (t[1], p.name(r.choice(["given", "title_surname", "full"]), EN), s[1]))
    types = {"patient_name", "patient_contact", "diagnosis"}
    if "BDAY" in card:
        types.add("date_of_birth")
    if "Stelara" in note:
        types.add("medication")
    if "Lives with" in note or "Interpreter" in note:
        types.add("social_information")
    return dict(cat="contact_card", subject=r.choice(["Updated contact info", "new phone number", "Contact update"]),
                frm=staff_addr(s), to=[staff_addr(t)], text=text,
                attachments=[att("%s %s.vcf" % (p.given, p.surname), "text/vcard", card, kind="text")],
                types=types, note="patient contact card attached")


# --------------------------------------------------------------------------- 10. disability / benefits form (SIN)
def disability(c):
    r = c.rng
    p = c.patient(age_range=(24, 62))
    dx = r.choice(IBD_DX_EN + LIVER_DX_EN[:2])
    liver = dx in LIVER_DX_EN
    d = _S(c, "hepatologist" if liver else "IBD clinic")
    s = _S(c, "manager")
    sin = c.sin()
    lines = ["## Part 1 - Plan member", "Name: %s" % p.name("full", EN), "Date of birth: %s" % d_en(p.dob, 1),
             "Social Insurance Number: %s" % sin, "Group policy: NS-%05d" % r.randint(10000, 99999), "",
             "## Part 2 - Attending physician statement", "Diagnosis: %s" % dx,
             "Symptoms: %s" % ("fatigue, ascites, hepatic encephalopathy episodes" if liver else
                              ("abdominal pain, fistula drainage" if "perianal" in dx else
                               "10-12 bloody BMs/day, urgency, fatigue")),
             "Treatment: %s" % ("diuretics, lactulose, rifaximin" if liver else
                                ("ustekinumab, seton placement" if "perianal" in dx else
                                 r.choice(["IV steroids, infliximab induction", "vedolizumab induction, budesonide"]))),
             "Restrictions: no work for 8 weeks; reassess %s" % d_en(c.later(40, 60), 1), "",
             "Physician: %s" % staff_name(d)]
    fmt = r.choice(["pdf", "docx", "inline"])
    atts = []
    if fmt == "inline":
        text = "Hello,\n\nPlease see the completed APS below.\n\n%s\n\nRegards,\n%s" % ("\n".join(l.replace("## ", "")
                                                                                                  for l in lines), signature(s, EN))
    else:
        data = A.pdf("Attending Physician Statement - Short-Term Disability", lines, header=EXT["insurer_en"][0]) \
            if fmt == "pdf" else A.docx("Attending Physician Statement - Short-Term Disability", lines)
        atts.append(att("APS_%s.%s" % (_fname(p.surname), fmt), "application/pdf" if fmt == "pdf" else DOCX, data))
        text = "Hello,\n\nThe attending physician statement for your plan member is attached.\n\nRegards,\n%s" % signature(s, EN)
    return dict(cat="insurer_form", subject=r.choice(["APS - short-term disability", "Attending physician statement",
                                                      "Claim documents"]),
                frm=staff_addr(s), to=[(EXT["insurer_en"][0], "claims@" + EXT["insurer_en"][1])], text=text,
                attachments=atts, types={"patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication"},
                note="disability claim physician statement with SIN")


# --------------------------------------------------------------------------- 11. discharge summary (Quebec anglophone, NAM)
def discharge(c):
    r = c.rng
    p = c.nam_patient(lang=EN, min_age=30)
    d = _S(c, r.choice(["hepatologist", "IBD clinic"]))
    md, mail = _ext_md(c)
    dob_s = d_en(p.dob, r.choice([0, 1, 2]))
    sex_s = "Sex: %s" % p.sex
    nam_s = c.nam(p, dob_s, sex_s)
    adm, dis = c.earlier(8, 14), c.earlier(1, 4)
    course = r.choice([
        ("Acute variceal hemorrhage, alcohol-related cirrhosis (Child-Pugh B8)",
         "Octreotide, ceftriaxone, EGD with 4 bands to grade III varices. Hb nadir 68, 3 u PRBC.",
         "carvedilol 6.25 mg BID, pantoprazole 40 mg daily x 10 days, lactulose 20 mL BID"),
        ("Severe ulcerative colitis flare (Mayo 3)", "IV methylprednisolone 60 mg, CRP 112 -> 9. Infliximab induction day 5.",
         "prednisone 40 mg taper 5 mg/week, infliximab 10 mg/kg week 2 and 6, calcium/vitamin D"),
        ("Gallstone pancreatitis with choledocholithiasis", "ERCP with sphincterotomy, stones cleared. Lipase 3100 -> 180.",
         "acetaminophen PRN; cholecystectomy booked")])
    lines = ["Patient: %s" % p.name(r.choice(["surname_first", "full", "upper"]), EN), "DOB: %s   %s" % (dob_s, sex_s),
             "RAMQ: %s" % nam_s, "Admitted: %s   Discharged: %s" % (d_en(adm, 1), d_en(dis, 1)), "",
             "Diagnosis: %s" % course[0], "Hospital course: %s" % course[1], "Discharge medications: %s" % course[2],
             "Follow-up: GI clinic in 4 weeks; labs (CBC, lytes, INR) in 1 week."]
    fmt = r.choice(["docx", "inline", "pdf"])
    atts = []
    if fmt == "inline":
        text = "Dear colleague,\n\nDischarge summary for our mutual patient:\n\n%s\n\nBest regards,\n%s" % (
            "\n".join(lines), signature(d, EN))
    else:
        data = A.docx("Discharge Summary", lines) if fmt == "docx" else A.pdf("Discharge Summary", lines, header=ORG_EN)
        atts.append(att(r.choice(["Discharge_summary.%s" % fmt, "DC summary %s.%s" % (p.surname, fmt)]),
                        DOCX if fmt == "docx" else "application/pdf", data))
        text = "Dear colleague,\n\nPlease find attached the discharge summary for %s.\n\nBest regards,\n%s" % (
            p.name("title", EN), signature(d, EN))
    return dict(cat="discharge", subject=r.choice(["Discharge summary", "D/C summary - GI", "Discharge: %s" % course[0].split(" (")[0]]),
                frm=staff_addr(d), to=[(md, mail)], text=text, attachments=atts,
                types={"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "lab_result"},
                note="discharge summary to family physician")


# --------------------------------------------------------------------------- 12. quick hallway-style note
def quick_note(c):
    r = c.rng
    a, b = r.sample([s for s in STAFF_EN if any(k in s[3] for k in ("gastro", "hepato", "nurse", "director"))], 2)
    p = c.patient()
    v = r.randint(0, 2)
    if v == 0:
        text = "%s - %s in 3B-%02d, calprotectin back at %d. Can you squeeze a flex sig in this week?\n\n%s" % (
            b[1], p.name(r.choice(["title_surname", "given", "surname_first_plain"]), EN), r.randint(1, 30),
            r.choice([980, 1240, 1900]), a[1])
        types = {"patient_name", "lab_result"}
    elif v == 1:
        p = c.patient(sex="F")
        text = "fyi %s (the lady with PBC) called, itching is worse on the ursodiol, ALP 410. wants a call back.\n%s" % (
            p.name("lower", EN), a[1])
        types = {"patient_name", "diagnosis", "medication", "lab_result"}
    else:
        text = "Hey, %s's INR is 2.9 this morning - we can't do the polypectomy today. Rebook? %s's still on warfarin.\n%s" % (
            p.name(r.choice(["full", "initials"]), EN), p.il(EN).capitalize(), a[1])
        types = {"patient_name", "lab_result", "medication"}
    return dict(cat="quick_note", subject=r.choice(["quick q", "re today", "pt", "FYI"]), frm=staff_addr(a),
                to=[staff_addr(b)], text=text, types=types, structure="plain", note="short note between colleagues")


# --------------------------------------------------------------------------- 13. forwarded patient e-mail
def patient_forward(c):
    r = c.rng
    p = c.patient()
    n = _S(c, r.choice(["IBD nurse", "hepatology nurse"]))
    d = _S(c, r.choice(["IBD clinic", "hepatologist"]))
    orig = r.choice([
        "Hello,\n\nI had my Entyvio infusion last week but I've had a fever of 38.6 and a painful lump near my "
        "bottom since Sunday. Is this the fistula again? I can't get through on the phone.\n\n%s\n%s",
        "Hi,\n\nMy legs and belly are swelling again and I gained 4 kg in a week. I'm taking the spironolactone "
        "100 and furosemide 40 like you said. Should I come in?\n\n%s\n%s",
        "Good morning,\n\nSince starting the prep instructions I realized I'm on Ozempic for my diabetes. Is that "
        "a problem for the colonoscopy on the %s?\n\n%s\n%s"])
    if "%s\n%s\n%s" in orig[-8:] or orig.count("%s") == 3:
        orig = orig % (d_en(c.later(3, 10), 0), p.name("full", EN), p.phone)
    else:
        orig = orig % (p.name("full", EN), p.phone)
    text = ("%s - see below, can you advise? I've told %s you'd call today.\n\n%s\n\n"
            "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s" %
            (d[1], p.obj(EN), n[1], p.name("full", EN), p.email, d_en(c.earlier(0, 1), 0),
             r.choice(["help", "question", "symptoms"]), staff_addr(n)[1], orig))
    return dict(cat="forward", subject=r.choice(["Fwd: help", "Fw: question", "Fwd: symptoms"]), frm=staff_addr(n),
                to=[staff_addr(d)], text=text, types={"patient_name", "diagnosis", "medication", "patient_contact"},
                note="forwarded patient e-mail about symptoms")


# --------------------------------------------------------------------------- 14. outside hospital result attached as .eml
def nested_outside(c):
    r = c.rng
    p = c.patient()
    d = _S(c, r.choice(["medical director", "IBD clinic", "hepatologist"]))
    j = _S(c, r.choice(["charge nurse", "booking"]))
    inner_text = ("Please see results for your patient, transferred to your care:\n\n"
                  "Name: %s\nLGH MRN: %s\nDOB: %s\n\n"
                  "CT abdomen/pelvis (%s): %s\n"
                  "Hb %d g/L, platelets %d, INR %.1f, ALT %d, bilirubin %d\n\n-- Health Records, %s" %
                  (p.name("surname_first", EN), c.mrn(p), d_en(p.dob, 1), d_en(c.earlier(3, 9), 2),
                   r.choice(["sigmoid wall thickening 6 cm segment, suspicious for neoplasm",
                             "liver nodular contour, 2.3 cm arterially enhancing lesion segment 7 (LI-RADS 5)",
                             "terminal ileal thickening with proximal dilatation"]),
                   r.randint(80, 130), r.randint(70, 300), r.choice([1.0, 1.2, 1.6]), r.randint(20, 160),
                   r.randint(8, 60), EXT["hosp_on"][0]))
    inner = c.build_inner(dict(frm=("LGH Health Records", "hr.release@" + EXT["hosp_on"][1]), to=[staff_addr(d)],
                               subject="Results - %s" % p.name("surname_first", EN), text=inner_text, lang=EN))
    text = "%s,\n\nForwarding the attached from Lakeshore - can you book %s into the next available slot?\n\n%s" % (
        j[1], r.choice(["a scope", "clinic", "an EGD"]), d[1])
    return dict(cat="nested_result", subject=r.choice(["Fwd: Results", "outside results", "FW: transfer results"]),
                frm=staff_addr(d), to=[staff_addr(j)], text=text,
                attachments=[att(r.choice(["Results.eml", "Fwd results %s.eml" % p.surname]), "message/rfc822", inner, kind="eml")],
                types={"patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result"},
                note="outside hospital results attached as message")


# --------------------------------------------------------------------------- 15. chart number only
def mrn_only(c):
    r = c.rng
    p = c.patient()
    a = _S(c, r.choice(["medical director", "pathologist"]))
    b = _S(c, r.choice(["booking", "IBD nurse", "charge nurse"]))
    m = c.mrn(p)
    text = r.choice(["MRN %s - path back: %s. Needs repeat colonoscopy in %d year(s); please add to the surveillance list.\n\n%s",
                     "Chart %s: %s. Please book clinic follow-up in %d month(s) to discuss.\n\n%s"])
    text = text % (m, r.choice(PATHO_EN).lower(), r.choice([1, 3]), a[1])
    return dict(cat="mrn_only", subject=r.choice(["MRN %s" % m, "surveillance add", "path f/u"]), frm=staff_addr(a),
                to=[staff_addr(b)], text=text, types={"mrn", "diagnosis"}, note="chart number with pathology result")


# --------------------------------------------------------------------------- 16. Belgian / French national number
def foreign(c):
    r = c.rng
    p = c.patient(age_range=(19, 45))
    d = _S(c, r.choice(["IBD clinic", "hepatologist"]))
    belgian = r.random() < 0.5
    if belgian:
        ident, types = "Belgian national number (NISS): %s" % c.niss(p), {"be_niss"}
        story = "is on a two-year work contract here and was followed at %s" % EXT["be"][0]
    else:
        ident, types = "French social security no. (NIR): %s" % c.nir(p), {"fr_nir"}
        story = "is an exchange student from Lyon, previously followed at %s" % EXT["fr"][0]
    dx = r.choice(["Crohn's disease on adalimumab 40 mg q2w", "chronic hepatitis B on entecavir 0.5 mg",
                   "celiac disease with persistent iron deficiency (ferritin 6)", "UC on mesalamine 4.8 g"])
    text = ("Hi %s,\n\nNew patient for you: %s (DOB %s) %s.\n%s\nDx: %s.\n%s has travel insurance only - "
            "the clinic manager is checking coverage. Prior records requested.\n\nThanks,\n%s" %
            (d[1], p.name(r.choice(["full", "surname_first"]), EN), d_en(p.dob, 0), story, ident, dx,
             p.il(EN).capitalize(), "Colin"))
    types |= {"patient_name", "date_of_birth", "diagnosis", "medication"}
    if "ferritin" in dx:
        types.add("lab_result")
    return dict(cat="transfer", subject=r.choice(["New intl patient", "Patient from abroad - intake", "Intake: visiting patient"]),
                frm=staff_addr(_S(c, "booking")), to=[staff_addr(d)], text=text, types=types,
                note="intake of visiting patient with foreign national number")


# --------------------------------------------------------------------------- 17. social situation
def social(c):
    r = c.rng
    p = c.patient(age_range=(22, 70))
    n = _S(c, r.choice(["IBD nurse", "hepatology nurse"]))
    s = _S(c, "manager")
    if p.sex == "F":
        sit = r.choice([
            "disclosed at clinic today that her partner is controlling and has hit her; she does not want him to know "
            "about her appointments. Please use the cell number only: %s",
            "is caring for her mother and has no income since her EI ended; can't afford the prep or the parking. Phone %s"])
    else:
        sit = r.choice([
            "is now living in his car after losing his job; on ODSP application. Missed two infliximab infusions. Phone: %s",
            "disclosed that his wife has been threatening him and took his bank card; he is staying with a friend. "
            "Only call the friend's number: %s"])
    text = ("Hi %s,\n\nFlagging %s (MRN %s), %s. %s\n\nCould social work see %s before the next visit on %s?\n\n%s" %
            (s[1], p.name(r.choice(["full", "surname_first"]), EN), c.mrn(p), r.choice(["Crohn's disease", "ulcerative colitis", "cirrhosis"]),
             p.name("title_surname", EN) + " " + (sit % p.phone), p.obj(EN), d_en(c.later(5, 20), 0), n[1]))
    return dict(cat="social", subject=r.choice(["Social work referral - sensitive", "Confidential: patient situation",
                                                "SW request"]),
                frm=staff_addr(n), to=[staff_addr(s)], text=text,
                types={"patient_name", "mrn", "diagnosis", "social_information", "patient_contact"},
                note="social work referral with sensitive social situation")


# --------------------------------------------------------------------------- 18. name only in attachment file name
def attachment_name(c):
    r = c.rng
    p = c.patient()
    a = _S(c, r.choice(["booking", "charge nurse"]))
    fn = r.choice(["Path_report_%s_%s.pdf" % (_fname(p.surname), p.given[0]), "%s %s - endoscopy report.pdf" % (p.given, p.surname),
                   "colonoscopy_%s.pdf" % _fname(p.surname.lower())])
    dx = r.choice(PATHO_EN)
    rep = A.pdf("Endoscopy Report", ["Findings: %s." % dx, "Recommendation: repeat in %d years." % r.choice([1, 3, 5]),
                                     "Report generated by EndoWriter 7"], header=ORG_EN)
    text = r.choice(["See attached.", "Here you go.", "Attached as requested.", "FYI"]) + "\n\n%s" % a[1]
    return dict(cat="attachment_name", subject=r.choice(["report", "as requested", "document"]), frm=staff_addr(a),
                to=[(EXT_MD_EN[2], md_email(EXT_MD_EN[2], EXT["clinic_en"][1]))], text=text,
                attachments=[att(fn, "application/pdf", rep)], types={"patient_name", "diagnosis"},
                note="report whose file name carries the patient name")


# --------------------------------------------------------------------------- 19. paediatric (NAM holder)
def paediatric(c):
    r = c.rng
    p = c.nam_patient(lang=EN, max_age=17)
    d = _S(c, r.choice(["medical director", "IBD clinic"]))
    md, mail = _ext_md(c)
    dob_s = d_en(p.dob, r.choice([0, 1]))
    sex_s = "sex %s" % p.sex
    nam_s = c.nam(p, dob_s, sex_s)
    story = r.choice([
        ("swallowed a button battery (20 mm) - removed at EGD, mucosal injury LA-B in mid-esophagus",
         "sucralfate 500 mg QID x 7 days, soft diet", "Mother reports the child is often alone at home; DYP report made."),
        ("celiac disease confirmed: anti-tTG IgA 180 U/mL, Marsh 3a on duodenal biopsies",
         "gluten-free diet, dietitian referral, iron supplement", "Family receives social assistance; food bank referral given."),
        ("Crohn's disease (L3), calprotectin 1480 ug/g", "exclusive enteral nutrition 8 weeks",
         "Lives with grandmother (legal guardian) since youth protection placement.")])
    text = ("Dear %s,\n\nRe: %s, %s, DOB %s, RAMQ %s\n\nSeen in clinic: %s. Plan: %s.\n\nSocial: %s\n\n"
            "We will see %s again in 6 weeks.\n\nKind regards,\n%s" %
            (md, p.name(r.choice(["full", "surname_first"]), EN), sex_s, dob_s, nam_s, story[0], story[1], story[2],
             "the family", signature(d, EN)))
    return dict(cat="paediatric", subject=r.choice(["Paediatric GI follow-up", "Re: your referral", "Consult note - paediatrics"]),
                frm=staff_addr(d), to=[(md, mail)], text=text,
                types={"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "social_information"} |
                ({"lab_result"} if "ug/g" in story[0] or "U/mL" in story[0] else set()),
                note="paediatric GI consult note with social context")


# --------------------------------------------------------------------------- 20. name only in subject
def subject_only(c):
    r = c.rng
    p = c.patient()
    a = _S(c, r.choice(["charge nurse", "IBD nurse"]))
    b = _S(c, r.choice(["booking", "IBD clinic"]))
    nm = p.name(r.choice(["surname_first_plain", "upper", "full", "lower"]), EN)
    v = r.randint(0, 1)
    if v == 0:
        subj = "%s - prep failure" % nm
        text = "Inadequate prep again (BBPS 3). Please rebook with 2-day PegLyte prep and the low-residue diet sheet.\n\n%s" % a[1]
        types = {"patient_name", "medication"}
    else:
        subj = "Infusion chair - %s" % nm
        text = "Moved to Thursday 10:00. Entyvio 300 mg, pre-infusion CBC drawn, Hb 104.\n\n%s" % a[1]
        types = {"patient_name", "medication", "lab_result"}
    return dict(cat="subject_only", subject=subj, frm=staff_addr(a), to=[staff_addr(b)], text=text, types=types,
                note="patient named only in subject line")


TEMPLATES = [
    (referral, 4), (booking, 4), (ercp_request, 3), (pathology_zip, 3), (signout, 3), (ibd_levels, 3),
    (hep_pharmacy, 3), (recall_list, 3), (vcard_contact, 3), (disability, 3), (discharge, 3), (quick_note, 3),
    (patient_forward, 3), (nested_outside, 3), (mrn_only, 3), (foreign, 3), (social, 3), (attachment_name, 2),
    (paediatric, 3), (subject_only, 2),
]
