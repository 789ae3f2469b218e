"""English positive templates: patient ombudsman, spiritual care, clinical ethics."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Builder, Transport
from gen_spec import DX_EN, FAITH_EN, MED_EN, SOC_EN, UNITS_EN, Rec, mail

DX_PED = ["RSV bronchiolitis", "perforated appendicitis", "supracondylar elbow fracture",
          "new-onset type 1 diabetes with DKA", "febrile seizure", "lobar pneumonia",
          "mild traumatic brain injury"]
PERSO = ["mailbox.example", "homemail.example", "inbox.example"]
OMB = "Patient Ombudsman Office"


def staff(c, role):
    return c.staff(C.EN_DOM, role)


def he(p, f="she", m="he"):
    return f if p.sex == "F" else m


def dx_for(R, p):
    if C.age_on(p.dob) < 18:
        return R.dx(DX_PED)
    return R.dx()


def rel(p):
    a = C.age_on(p.dob)
    if a < 18:
        return ("my daughter" if p.sex == "F" else "my son"), "parent"
    if a >= 60:
        return ("my mother" if p.sex == "F" else "my father"), "daughter"
    return ("my wife" if p.sex == "F" else "my husband"), "spouse"


def edate(c, lo=1, hi=10):
    d = datetime.date(2025, c.rng.randrange(lo, hi + 1), c.rng.randrange(1, 29))
    return f"{C.MONTHS[d.month - 1]} {d.day}"


def edates(c, n, lo=1, hi=10):
    ds = sorted(datetime.date(2025, c.rng.randrange(lo, hi + 1), c.rng.randrange(1, 29))
                for _ in range(n))
    return [f"{C.MONTHS[d.month - 1]} {d.day}" for d in ds]


def file_no(c):
    return f"PO-25-{c.rng.randrange(100, 999)}"


# ---------------------------------------------------------------------------
def e_complaint_web(c):
    R = Rec(c, "en")
    p = c.nam_patient()
    unit = c.pick(UNITS_EN[:5])
    omb = staff(c, "Patient Ombudsman (Assistant Commissioner)")
    mgr = staff(c, f"Nurse Manager, {unit}")
    poss, lien = rel(p)
    dx = dx_for(R, p)
    num = c.rng.randrange(10000, 99999)
    facts = c.pick([
        f"{poss.capitalize()} was admitted on {edate(c)} with {dx}. Nobody helps {he(p, 'her', 'him')} eat, "
        "trays go back untouched, and the call bell is always out of reach. Last night we waited "
        "45 minutes for someone to come.",
        f"We were told about the diagnosis ({dx}) in the hallway in front of other families. "
        "No one came back to explain the next steps.",
        f"{poss.capitalize()} waited 21 hours on a stretcher in Emergency. The {dx} was only "
        "diagnosed the next morning.",
    ])
    form = (f"Online complaint form - submission #{num}\n\n"
            f"Patient name: {R.name(p, c.pick(['full', 'surname_first']))}\n"
            f"Date of birth: {R.dob(p)}\n"
            f"Sex: {p.sex}\n"
            f"Medicare number (RAMQ): {R.nam(p)}\n"
            f"Complainant's relationship: {lien}\n"
            f"Site / unit: {C.EN_HOSP} / {unit}\n\n"
            f"What happened:\n{facts}\n\n"
            "What outcome are you looking for?\nAn explanation and an apology.\n")
    body = (f"Hi {mgr.given},\n\nForwarding a complaint that came in through the web form. Could you "
            f"send me your account of events by {edate(c, 3, 11)}? We have 45 days to close it.\n\n"
            f"Thanks,\n{omb.given}\n{C.sig_en(omb)}\n"
            "---------- Forwarded message ---------\n"
            f"From: Complaints web form <no-reply@{C.EN_DOM}>\n"
            f"Subject: New complaint #{num}\n\n" + form)
    m = mail(c, omb.addr(), [mgr.addr()], f"Fwd: New complaint #{num} - {unit}", body)
    return R.spec("complaint", "web-form complaint forwarded to nurse manager", m)


def e_ack_letter(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 25, 90)
    omb = staff(c, "Patient Ombudsman")
    clerk = staff(c, "Administrative Assistant")
    n = file_no(c)
    dx = R.dx()
    sal = "Ms." if p.sex == "F" else "Mr."
    lines = [f"{edate(c)}, 2025", "", R.name(p, "title"), R.address(p), "",
             f"Re: Acknowledgement of your complaint - file {n}", "",
             f"Dear {sal} {p.surname},",
             "We acknowledge receipt of your complaint about the care you received on the "
             f"surgical unit, where you were treated for {dx}.",
             "Under the Act respecting health services and social services we will send you our "
             "conclusions within 45 days.", "", "Sincerely,", omb.full, omb.role]
    fn = c.pick([f"ack_{n}.pdf", f"Ack_letter_{p.surname}.pdf", "acknowledgement.pdf"])
    att = A.att_pdf(fn, "Acknowledgement of complaint", lines, omb.full)
    body = (f"Hi {omb.given},\n\nAcknowledgement letter for file {n} is attached for your "
            "signature. I'll mail it tomorrow unless you want changes.\n\n"
            f"{clerk.given}\n" + C.sig_en(clerk))
    m = mail(c, clerk.addr(), [omb.addr()], f"Letter to sign - file {n}", body, [att])
    return R.spec("ack_letter", "acknowledgement letter for signature (pdf)", m)


def e_chaplain_referral(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 50, 98) if c.chance(0.6) else c.nam_patient()
    rn = staff(c, "RN, Palliative Care Unit")
    ch = staff(c, "Chaplain")
    faith = c.pick(FAITH_EN)
    bed = f"{c.rng.randrange(601, 640)}-{c.pick('AB')}"
    dx = R.dx(DX_EN[3:6] + DX_EN[10:12] + DX_EN[18:])
    ask = c.pick(["would like to receive the sacrament of the sick",
                  "asked for someone to pray with",
                  "would like to see an imam before the procedure",
                  "asked about communion on Sunday",
                  "is very anxious about dying and would like someone to talk to"])
    extra = ""
    if c.chance(0.4):
        extra = f" Comfort meds: {R.med(MED_EN[0:1] + MED_EN[8:11])}."
    if c.chance(0.3):
        extra += f" MRN {R.mrn(p)}."
    name = R.name(p, c.pick(["title", "full", "surname_first"]))
    text = (f"Hello Spiritual Care,\n\nReferral for {name}, bed {bed}, age {C.age_on(p.dob)}, {dx}. "
            f"Faith: {faith}. {he(p).capitalize()} {ask}. Prognosis is days.{extra}\n\n"
            "Family is usually at the bedside in the evening. Could someone come by today?\n\n"
            f"Thanks,\n{rn.full}, RN\n")
    html = ("<html><body style=\"font-family:Segoe UI,Arial\">"
            "<p>Hello Spiritual Care,</p>\n<table border=\"1\" cellpadding=\"4\">\n"
            f"<tr><th>Patient</th><td>{name}</td></tr>\n<tr><th>Bed</th><td>{bed}</td></tr>\n"
            f"<tr><th>Age</th><td>{C.age_on(p.dob)}</td></tr>\n<tr><th>Diagnosis</th><td>{dx}</td></tr>\n"
            f"<tr><th>Faith</th><td>{faith}</td></tr>\n<tr><th>Request</th><td>{ask}</td></tr>\n</table>\n"
            f"<p>Prognosis is days.{extra}</p>\n<p>Family is usually at the bedside in the evening. "
            f"Could someone come by today?</p>\n<p>Thanks,<br>\n{rn.full}, RN</p>\n</body></html>")
    m = mail(c, rn.addr(), [("Spiritual Care", f"spiritualcare@{C.EN_DOM}")],
             c.pick(["Chaplain referral", f"Spiritual care visit - bed {bed}", "Request for chaplain today"]),
             text, html=html, cc=[ch.addr()])
    return R.spec("chaplain_request", "chaplain referral from palliative nurse", m,
                  mode=c.pick(["alt", "html"]))


def e_spiritual_census(c):
    R = Rec(c, "en")
    coord = staff(c, "Spiritual Care Coordinator")
    rows = [["Room", "Patient", "Age", "Reason for admission", "Faith", "Notes"]]
    for _ in range(c.rng.randrange(4, 8)):
        p = c.other_patient("en")
        rows.append([f"{c.rng.randrange(301, 699)}", R.name(p, c.pick(["surname_first", "full"])),
                     str(C.age_on(p.dob)), R.dx(), c.pick(FAITH_EN),
                     c.pick(["new", "end of life", "declined Monday", "family requests visit",
                             "wants rosary", "follow-up"])])
    week = edate(c)
    att = A.att_csv(f"visit_list_{week.replace(' ', '')}.csv", rows, c.rng)
    body = (f"Hi team,\n\nAttached is this week's visit list (week of {week}), exported from the "
            "census. New referrals are flagged 'new'.\n\nHave a good week,\n"
            f"{coord.given}\n" + C.sig_en(coord, "Spiritual Care Services"))
    team = [staff(c, "Chaplain").addr() for _ in range(3)]
    m = mail(c, coord.addr(), team, f"Visit list - week of {week}", body, [att])
    return R.spec("spiritual_census", "weekly spiritual care visit list (csv)", m)


def e_incident_followup(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 40, 95) if c.chance(0.5) else c.nam_patient()
    rm = staff(c, "Risk Manager")
    omb = staff(c, "Patient Ombudsman")
    med = R.med()
    rows = [["Field", "Value"],
            ["Report #", f"IR-{c.rng.randrange(100000, 999999)}"],
            ["Patient", R.name(p, "surname_first")],
            ["MRN", R.mrn(p)]]
    if p.nam:
        rows += [["RAMQ", R.nam(p)], ["DOB", R.dob(p, "iso")], ["Sex", p.sex]]
    rows += [["Event type", "Medication error"],
             ["Description", f"{med} given at 22:00 instead of 10:00; patient drowsy, q15min obs"],
             ["Harm level", "E1"], ["Disclosure to family", "Yes, by attending"]]
    att = A.att_xlsx(c.pick(["incident_report.xlsx", f"IR_{p.mrn}.xlsx"]), [("Incident", rows)], rm.full)
    if p.mrn in att.filename:
        R.add("mrn")
    body = (f"Hi {omb.given},\n\nAs requested, here is the incident report linked to last week's "
            "complaint. The unit is doing a quick review; I'll send the action plan.\n\n"
            f"{rm.given}\n" + C.sig_en(rm, "Quality and Risk Management"))
    m = mail(c, rm.addr(), [omb.addr()], "Incident report for complaint file", body, [att])
    return R.spec("incident_followup", "incident report (xlsx) for complaint file", m)


def e_ethics_consult(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 55, 95) if c.chance(0.5) else c.nam_patient()
    md = staff(c, "Attending physician, Internal Medicine")
    eth = staff(c, "Clinical Ethicist")
    dx = R.dx(DX_EN[5:8] + DX_EN[10:12] + DX_EN[19:])
    soc = R.social(SOC_EN[0:1] + SOC_EN[5:])
    q = c.pick(["Capacity to refuse tube feeding", "Level of care - family disagreement",
                "Patient request to stop dialysis", "Refusal of blood transfusion"])
    paras = [f"Patient: {R.name(p, c.pick(['full', 'surname_first']))}", f"MRN: {R.mrn(p)}"]
    if p.nam:
        paras.append(f"RAMQ: {R.nam(p)}   DOB: {R.dob(p, 'long')}   {R.sex(p, 'label')}")
    else:
        paras.append(f"Age: {C.age_on(p.dob)}")
    paras += [f"Primary diagnosis: {dx}", f"Social context: {soc}", f"Ethics question: {q}",
              "Involved: treating team, eldest daughter (substitute decision-maker), son out of province.",
              "Urgency: meeting within 72 hours."]
    att = A.att_docx("Ethics_consult_request.docx", "Clinical ethics consultation request", paras,
                     author=md.full)
    body = (f"Hi {eth.given},\n\nPlease find attached an ethics consult request. Things are getting "
            "tense with the family and I would value your input before Friday's meeting.\n\n"
            f"Thanks,\nDr. {md.full}\n")
    m = mail(c, md.addr(), [eth.addr()], "Ethics consult request", body, [att])
    return R.spec("ethics_consult", "ethics consultation request (docx)", m)


def e_ethics_summary(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 60, 95)
    eth = staff(c, "Clinical Ethicist")
    md = staff(c, "Attending physician")
    dx = R.dx(DX_EN[5:8] + DX_EN[12:13])
    name = R.name(p, c.pick(["title", "full", "initial"]))
    text = (f"Dr. {md.surname},\n\nSummary of yesterday's ethics consultation regarding {name}:\n\n"
            f"- Clinical picture: {dx}; fluctuating capacity, currently unable to weigh options.\n"
            f"- Social: {R.social(SOC_EN[0:1] + SOC_EN[5:6])}.\n"
            f"- Prior wishes: told {he(p, 'her', 'his')} GP in 2022 she 'never wanted to be kept alive on machines'.\n"
            "- Recommendation: level of care C (no CPR, no ICU), continue comfort-focused care, "
            "revisit in one week or sooner if capacity improves.\n\n"
            "Please document the level of care form and let me know if the family wants a "
            f"second meeting.\n\n{eth.full}\n" + C.sig_en(eth, "Clinical Ethics Service"))
    m = mail(c, eth.addr(), [md.addr()], "Ethics consult - summary and recommendations", text)
    return R.spec("ethics_summary", "ethics consultation summary to attending", m)


def e_complaint_reply(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 50, 95)
    omb = staff(c, "Assistant Patient Ombudsman")
    mgr = staff(c, "Nurse Manager, 4 West")
    n = file_no(c)
    name = R.name(p, c.pick(["title", "title_surname", "surname_first"]))
    med = R.med(MED_EN[2:3] + MED_EN[5:6])
    lab = R.lab(["INR 4.8", "INR 5.6", "Hgb 68 g/L", "Hgb 74"])
    q = (f"Hi,\nOn file {n}, the family of {name} says the blood thinner was continued despite "
         f"repeated nosebleeds. Can you send me the unit's account?\nThanks\n{omb.given}")
    body = (f"Hi {omb.given},\n\nHere's what I pieced together with the team:\n"
            f"- {med} continued through day 3\n- day 3 bloodwork: {lab}; resident paged at 14:10\n"
            "- evening dose still given (order not discontinued in the profile)\n"
            "- epistaxis controlled, no transfusion\n\n"
            "We've reminded staff to check the profile before each administration. Happy to "
            f"attend the family meeting.\n\n{mgr.given}\n\n"
            f"On {edate(c)}, 2025, {omb.full} wrote:\n" + "\n".join("> " + l for l in q.split("\n")))
    m = mail(c, mgr.addr(), [omb.addr()], f"RE: File {n} - unit's account", body, reply=True)
    return R.spec("complaint_reply", "manager reply with events and labs, quoted request", m)


def e_ontario_patient(c):
    R = Rec(c, "en")
    p = c.other_patient("en")
    bill = staff(c, "Billing Officer, Out-of-Province Patients")
    omb = staff(c, "Patient Ombudsman")
    dx = R.dx(["NSTEMI", "right hip fracture", "community-acquired pneumonia",
               "renal colic with a 7 mm stone", "acute cholangitis"])
    body = (f"Hi {omb.given},\n\nRe the billing complaint from the Ontario visitor: RAMQ won't cover "
            "it, so we billed OHIP through the reciprocal agreement. The claim was rejected "
            "because the version code was missing. Details:\n\n"
            f"  Name: {R.name(p, 'upper_surname')}\n  DOB: {R.dob(p)}\n"
            f"  Ontario health card: {R.ohip(p)}\n  Admission: {edate(c)}, {dx}\n"
            f"  Home phone on file: {R.phone(p)}\n\n"
            "I'll resubmit once the patient confirms the card. I'd suggest closing the complaint "
            f"as resolved once that's done.\n\n{bill.full}\n" + C.sig_en(bill, "Finance"))
    m = mail(c, bill.addr(), [omb.addr()], "Billing complaint - Ontario patient", body)
    return R.spec("out_of_province", "billing complaint for Ontario patient with health card", m)


def e_sin_form(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 25, 70)
    sw = staff(c, "Social Worker, Emergency")
    omb = staff(c, "Assistant Patient Ombudsman")
    soc = R.social(["currently homeless, staying at a shelter",
                    "on social assistance, two months behind on rent"])
    body = (f"Hello,\n\nFollowing {R.name(p, 'title')}'s complaint about belongings lost in Emergency "
            "(wallet with ID cards), I helped the patient re-apply for last-resort financial "
            "assistance. For your file:\n\n"
            f"* situation: {soc}\n* SIN: {R.sin(p)}\n* DOB: {R.dob(p)}\n"
            f"* followed by addiction services, {R.dx(['alcohol use disorder', 'opioid use disorder on methadone'])}\n\n"
            "The wallet hasn't turned up. I think the complaint is founded.\n\n"
            f"{sw.full}, MSW\n")
    m = mail(c, sw.addr(), [omb.addr()], "Lost belongings complaint - SW follow-up", body)
    return R.spec("income_support", "social worker follow-up with SIN for assistance", m)


def e_family_meeting_ics(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 30, 95)
    omb = staff(c, "Assistant Patient Ombudsman")
    chief = staff(c, "Chief of Medicine")
    n = file_no(c)
    dx = R.dx()
    start = datetime.datetime(2025, c.rng.randrange(2, 11), c.rng.randrange(1, 28), 10, 30)
    desc = (f"Family meeting re complaint {n} - {R.name(p, 'title')}, MRN {R.mrn(p)}.\n"
            f"Topics: how the diagnosis ({dx}) was announced, wait times, communication.\n")
    data = A.ics(f"{n}-{c.rng.randrange(10**6)}@{C.EN_DOM}", start, start + datetime.timedelta(hours=1),
                 f"Family meeting - complaint {n}", desc, "Conference room B-214",
                 (omb.full, omb.email), [(chief.full, chief.email)])
    att = A.att_ics("meeting.ics", data, c.rng)
    body = "Hi,\n\nPlease see the invitation for the family meeting.\n\n" + omb.full + C.sig_en(omb)
    m = mail(c, omb.addr(), [chief.addr()], f"Invitation: Family meeting - complaint {n}", body, [att])
    return R.spec("family_meeting", "calendar invite for family meeting (ics)", m)


def e_vcard_callback(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 40, 90)
    clerk = staff(c, "Intake Officer")
    omb = staff(c, "Patient Ombudsman")
    dx = R.dx(["colostomy after colon cancer surgery", "below-knee amputation",
               "new tracheostomy", "stage 3 sacral pressure injury"])
    tel = R.phone(p)
    card = A.vcard(p.given, p.surname, tel=tel, adr=R.address(p),
                   note=f"Complainant (patient). Prefers calls after 3 pm.")
    att = A.att_vcf(f"{p.surname}_{p.given}.vcf", data=card, rng=c.rng)
    R.name(p)
    body = (f"{omb.given},\n\nPhone complaint this morning. {he(p).capitalize()} says home care "
            f"never came after discharge for the {dx}, and the dressing supplies ran out. "
            f"Wants a call back today. Contact card attached.\n\n{clerk.given}\n")
    m = mail(c, clerk.addr(), [omb.addr()], "Call-back request - discharge complaint", body, [att])
    return R.spec("callback_vcard", "call-back request with patient contact card", m)


def e_bereavement(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 60, 98) if c.chance(0.5) else c.nam_patient()
    ch = staff(c, "Chaplain")
    team = [staff(c, "RN") for _ in range(2)]
    name = R.name(p, c.pick(["title", "full", "initial"]))
    dx = R.dx()
    extra = ""
    if p.nam and c.chance(0.6):
        extra = (f"\n(For the death register: {C.fmt_name(c.rng, p, 'en', 'surname_first')}, "
                 f"RAMQ {R.nam(p)}, DOB {R.dob(p)}, "
                 f"{R.sex(p, 'label')}.)\n")
    body = (f"Dear team,\n\n{name} died peacefully around 3 a.m. with family present. The "
            f"{dx} had progressed quickly this week. I led a short farewell ritual at the bedside "
            f"at the family's request.\n{extra}\nThe family would like a bereavement follow-up "
            "in a few weeks; I'll arrange it. Thank you for your kindness with them.\n\n"
            f"{ch.given}\n" + C.sig_en(ch, "Spiritual Care Services"))
    m = mail(c, ch.addr(), [t.addr() for t in team], c.pick(["Death overnight - follow-up", "Bereavement follow-up"]),
             body)
    return R.spec("bereavement", "chaplain note after a death", m)


def e_records_request(c):
    R = Rec(c, "en")
    p = c.nam_patient()
    hr = staff(c, "Health Records Technician")
    omb = staff(c, "Patient Ombudsman")
    dx = dx_for(R, p)
    d1, d2 = edates(c, 2)
    body = (f"Hello,\n\nFor the complaint file, could you send us copies of the progress notes and "
            "the medication administration record for this stay:\n\n"
            f"  {R.name(p, 'surname_first')}\n  DOB: {R.dob(p)}  {R.sex(p, 'label')}\n"
            f"  RAMQ: {R.nam(p)}\n  Address on file: {R.address(p)}\n"
            f"  Admitted {d1} to {d2} ({dx})\n\n"
            "The signed authorization from the legal representative is in the complaint file.\n\n"
            f"Thank you,\n{omb.full}" + C.sig_en(omb))
    m = mail(c, omb.addr(), [hr.addr()], "Records request - complaint file", body)
    return R.spec("records_request", "records request for complaint file", m)


def e_quick_note(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 50, 95)
    a, b = staff(c, "Assistant Patient Ombudsman"), staff(c, "Assistant Patient Ombudsman")
    R.name(p, "lower")
    sur = p.surname.lower()
    med = R.med(["the lasix", "the 40 of lasix", "the seroquel", "the coumadin", "the puffers"])
    body = c.pick([
        f"re {sur} rm {c.rng.randrange(300, 499)} - daughter called again, says {he(p)} didn't get {med} last night. "
        "can you check w/ the charge nurse before your 2pm? thx\n",
        f"quick update: {p.given.lower()} {sur} still admitted, {med} adjusted this am per the unit. "
        "family reassured, i'll close the file friday.\n",
    ])
    m = mail(c, a.addr(), [b.addr()], c.pick([sur, "quick one", "re: family call"]), body)
    return R.spec("quick_note", "terse note between ombudsman staff", m, mode="plain")


def e_subject_only(c):
    R = Rec(c, "en")
    p = c.nam_patient() if c.chance(0.5) else c.other_patient("en", 50, 95)
    omb = staff(c, "Assistant Patient Ombudsman")
    mgr = staff(c, "Nurse Manager, 3 East")
    dx = R.dx(["left hip fracture", "stage 3 sacral pressure injury", "surgical site infection",
               "aspiration pneumonia"])
    subj = f"Complaint - {R.name(p, c.pick(['surname_first', 'upper_surname', 'full']))}"
    body = (f"Hi {mgr.given},\n\nThe patient developed a {dx} during the stay and the family is "
            "alleging neglect with repositioning. Could you send me the Braden scores and the care "
            f"plan?\n\nThanks\n{omb.given}\n")
    m = mail(c, omb.addr(), [mgr.addr()], subj, body)
    return R.spec("subject_only", "name only in subject, clinical detail in body", m)


def e_filename_only(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 60, 95)
    clerk = staff(c, "Administrative Assistant")
    omb = staff(c, "Patient Ombudsman")
    n = file_no(c)
    R.add("patient_name")
    R.names.append(p)
    med = R.med(["metoprolol 50 mg (double dose)", "rapid-acting insulin 10 units instead of 1",
                 "hydromorphone 2 mg instead of 0.5 mg"])
    paras = ["Written complaint received by mail (scanned)", f"File: {n}",
             f"Subject: medication error - {med}",
             f"The complainant reports that {he(p, 'her mother', 'her father')} was moved to ICU after the error."]
    fn = c.pick([f"Complaint_{p.surname}_{p.given[0]}.docx", f"{p.surname.upper()}-{p.given}-complaint.docx"])
    att = A.att_docx(fn, "Written complaint", paras, author=clerk.full)
    body = (f"Hi,\n\nPaper complaint scanned and attached; it's about a medication error ({med}). "
            f"Logged as {n}.\n\n{clerk.given}\n")
    m = mail(c, clerk.addr(), [omb.addr()], f"New written complaint - {n}", body, [att])
    return R.spec("filename_only", "scanned complaint, patient named only in file name", m)


def e_zip_bundle(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 40, 95)
    omb = staff(c, "Patient Ombudsman")
    n = file_no(c)
    dx = R.dx()
    med = R.med()
    d1, d2, d3 = edates(c, 3)
    timeline = (f"Timeline - file {n}\n"
                f"Patient: {R.name(p, 'surname_first')}   MRN {R.mrn(p)}\n"
                f"{d1}: admitted with {dx}\n{d2}: {med} started\n"
                f"{d3}: verbal complaint by spouse, meeting with unit\n").encode("utf-8")
    concl = A.docx(f"Conclusions - file {n}", [f"Patient: {p.full}", "Reason: care and services",
                                              f"Clinical context: {dx}", "Conclusion: partly founded."])
    att = A.att_zip(f"file_{n}.zip", [(f"{n}/timeline.txt", timeline), (f"{n}/conclusions.docx", concl)])
    body = ("Dear Sir or Madam,\n\nFurther to your request as part of the second-level review, "
            f"please find attached the documents for file {n} (ZIP archive).\n\nSincerely,\n"
            + omb.full + C.sig_en(omb))
    m = mail(c, omb.addr(), [("Quebec Ombudsman - investigations", "investigations@ombudsman.example")],
             f"File {n} - requested documents", body, [att])
    return R.spec("complaint_bundle", "complaint file zip sent to external ombudsman", m)


def e_inline_forward(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 30, 90) if c.chance(0.5) else c.nam_patient()
    cn = staff(c, "Charge Nurse, Emergency")
    omb = staff(c, "Assistant Patient Ombudsman")
    boss = staff(c, "Patient Ombudsman")
    ident = (f"RAMQ {R.nam(p)}, DOB {R.dob(p)}, {R.sex(p, 'label')}" if p.nam else f"MRN {R.mrn(p)}")
    dx = dx_for(R, p)
    fwd = (f"---------- Forwarded message ---------\nFrom: {cn.full} <{cn.email}>\n"
           f"Date: {edate(c)}, 2025\nSubject: ED patient Saturday night\nTo: {omb.full} <{omb.email}>\n\n"
           f"Hi,\nAs discussed, details on {R.name(p, c.pick(['title', 'surname_first']))} ({ident}):\n"
           f"Arrived 18:40, triage level 3, {dx}. Not reassessed until 02:15. Analgesia "
           f"{R.med(['hydromorphone 1 mg SC', 'morphine 2.5 mg SC', 'acetaminophen 650 mg PO', 'ketorolac 15 mg IV'])} at 03:00. "
           f"The son was very upset and filmed staff.\n{cn.given}\n")
    body = f"{boss.given},\n\nSee below for Saturday's complaint. Let's discuss at huddle.\n\n{omb.given}\n\n" + fwd
    m = mail(c, omb.addr(), [boss.addr()], "Fwd: ED patient Saturday night", body)
    return R.spec("inline_forward", "inline forward of ER charge nurse account", m)


def e_eml_attached(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 65, 95)
    ch = staff(c, "Chaplain")
    sw = staff(c, "Social Worker")
    omb = staff(c, "Patient Ombudsman")
    dx = R.dx(["decompensated heart failure", "a right hip fracture", "COPD exacerbation",
               "early Alzheimer's dementia", "metastatic lung cancer"])
    inner_body = (f"Hi {sw.given},\n\n{R.name(p, 'full')} (MRN {R.mrn(p)}) told me during my visit that "
                  f"{he(p)} feels pressured by {he(p, 'her', 'his')} son to sign over the house. "
                  f"{he(p).capitalize()} is being treated for {dx} and seems frightened. "
                  f"{R.social(['I am worried this is financial abuse by a relative', 'This sounds like financial abuse to me'])}. Could you follow up?\n\n"
                  f"{ch.given}\n")
    im = mail(c, ch.addr(), [sw.addr()], "Concern after pastoral visit", inner_body)
    data = Builder(c.rng, "inner%03d" % c.rng.randrange(1000)).build(
        im, Transport(mode="plain", charset="us-ascii", cte="7bit"))
    att = A.att_eml("Concern after pastoral visit.eml", data)
    body = (f"{omb.given},\n\nForwarding the chaplain's message as an attachment. This may need to "
            "go through the mistreatment process rather than as a complaint.\n\n"
            f"{sw.full}, MSW\n")
    m = mail(c, sw.addr(), [omb.addr()], "FW: Concern after pastoral visit", body, [att])
    return R.spec("forwarded_eml", "forward with attached chaplain message", m)


def e_violence(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 20, 60)
    while p.sex != "F":
        p = c.other_patient("en", 20, 60)
    ch = staff(c, "Chaplain")
    sw = staff(c, "Social Worker, Women's Health")
    soc = R.social(["disclosed intimate partner violence and plans to go to a women's shelter on discharge",
                    "disclosed ongoing violence from her partner"])
    body = (f"Hi {sw.given},\n\nDuring my visit today {R.name(p, c.pick(['full', 'title']))} "
            f"(room {c.rng.randrange(300, 399)}) {soc}. She was admitted for "
            f"{R.dx(['a fractured left wrist', 'facial fractures', 'a miscarriage at 11 weeks'])}. "
            "She asked that her partner not be told she is here. The only safe way to reach her "
            f"is her own cell, {R.phone(p)} (please don't leave messages).\n\n"
            f"{ch.given}\n" + C.sig_en(ch, "Spiritual Care Services"))
    m = mail(c, ch.addr(), [sw.addr()], c.pick(["Confidential - disclosure during visit", "Please see today"]), body)
    return R.spec("violence_disclosure", "chaplain relays violence disclosure to social work", m)


TEMPLATES = [e_complaint_web, e_ack_letter, e_chaplain_referral, e_spiritual_census,
             e_incident_followup, e_ethics_consult, e_ethics_summary, e_complaint_reply,
             e_ontario_patient, e_sin_form, e_family_meeting_ics, e_vcard_callback, e_bereavement,
             e_records_request, e_quick_note, e_subject_only, e_filename_only, e_zip_bundle,
             e_inline_forward, e_eml_attached, e_violence]
