"""English positives, part 2: dental clearance, EI/employer forms, quoted
replies, name-only-in-subject, name-only-in-attachment, dietitian referrals,
paediatrics and youth protection, interpreter/social, record transfers,
home-care liaison with vCard."""
import datetime as dt

import gen_data as D
import gen_docs as G
from gen_ctx import slug
from gen_mime import Att, Forward, Quote, Table
from gen_pos_en1 import DOCX, SHORT_EN, XLSX, cap, short


# 11 -----------------------------------------------------------------------------
def dental_clearance(c):
    md = c.md()
    dentist = c.person(D.OTHER_MDS, 9)
    use_nam = c.chance(0.5)
    p = c.patient(site="hn", nam=use_nam)
    nm = c.pname(p, c.pick(["full", "title_full", "upper_sur"]))
    ids = f"DOB {c.dob(p, 'iso')}"
    if use_nam and p.nam:
        ids += f", sex {c.sex(p)}, RAMQ {c.nam(p)}"
    else:
        ids += f", MRN {c.mrn(p)}"
    body = [f"Dear Dr. {dentist['surname']},",
            f"I would be grateful if you could see {nm} ({ids}) for pre-radiation dental assessment. "
            f"{cap(p.pron('en'))} has {c.dx(p)} and will receive {c.rx(p)}, with the mandible and both "
            "parotids in the high-dose region.",
            c.pick(["Panorex shows a carious lower right molar that will likely need extraction; extractions "
                    "should be done at least 14 days before the start of RT.",
                    "Please assess for fluoride trays and any extractions needed; we hope to start in 3 weeks."]),
            f"{cap(p.pron('en'))} can be reached at {c.phone(p)}." if c.chance(0.6) else "Our clerk will call with dates.",
            "With thanks,"]
    return c.mail("dental_referral", "pre-radiation dental assessment referral", c.who(md),
                  [(f"Dr. {dentist['given']} {dentist['surname']}", "rousseau.dental@smilecentre-vsc.example")],
                  c.pick(["Pre-RT dental assessment", "Dental clearance before H&N radiation", f"Referral: {p.surname}"]),
                  body, sig=c.sig(md, md=True))


# 12 -----------------------------------------------------------------------------
def ei_form(c):
    md = c.md()
    sec = c.staff(["secrétaire"])
    p = c.patient(age=(25, 63))
    nm = c.pname(p, c.pick(["full", "upper_sur"]))
    d0 = c.earlier(10, 40)
    kv = [("Claimant", nm), ("Date of birth", c.dob(p, "long")),
          ("Social Insurance Number", c.sin(p, c.pick(["spaced", "hyphen", "plain", "fullwidth"]))),
          ("Diagnosis", c.dx(p)), ("Treatment", f"radiation therapy {c.rx(p)}, started {d0.isoformat()}"),
          ("Unable to work from", d0.isoformat()),
          ("Expected duration", c.pick(["12 weeks", "15 weeks", "unknown at this time"]))]
    if c.chance(0.5):
        pdf = G.pdf_doc("Medical Certificate for Employment Insurance Sickness Benefits", [("kv", kv),
                        f"Practitioner: {c.dr(md)}, {md['role']}, {D.ORG_EN}"], header="Medical certificate")
        body = [c.pick(["Hello,", "Hi,"]),
                f"Attached is the completed medical certificate for {p.given}. Please keep a copy for "
                "your records and submit it with the online application.", "Regards,"]
        atts = [Att(c.pick(["EI_medical_certificate.pdf", f"certificate_{slug(p.surname)}.pdf"]),
                    "application/pdf", pdf)]
        to = [(f"{p.given} {p.surname}", f"{slug(p.given)}.{slug(p.surname)}@mailbox-quebec.example")]
    else:
        body = [c.pick(["Good morning,", "Hello HR team,"]),
                f"Further to your request, here is the information for your employee's short-term disability "
                "file. The patient has signed the release.",
                "\n".join(f"{k}: {v}" for k, v in kv), "Regards,"]
        atts = []
        to = [("Northfield Logistics - HR", "hr.benefits@northfield-logistics.example")]
    return c.mail("benefits_form", "sickness benefit / disability certificate with SIN", c.who(sec), to,
                  c.pick(["Medical certificate", "Disability form", "Your EI medical certificate"]), body,
                  attachments=atts, sig=c.sig(sec))


# 13 -----------------------------------------------------------------------------
def quoted_skin_reply(c):
    md = c.md()
    nurse = c.staff(["infirmière"])
    p = c.patient(site=c.pick(["breast", "hn", "rectum"]))
    nm = c.pname(p, c.pick(["title_sur", "full", "upper_sur"]))
    t0 = c.past(1, 6)
    att = c.attrib(f"{nurse['given']} {nurse['surname']}", nurse["email"], t0)
    if att.endswith("Subject: "):
        att += "skin check"
    q = [f"Hi {md['given']},",
         f"Saw {nm} at fx {c.rng.randint(10, 25)} - {c.tox(p, 0)}. {cap(p.pron('en'))} is asking for something "
         "stronger than the Glaxal. OK to start silver sulfadiazine?",
         nurse["given"]]
    c.add("medication")
    reply = c.pick([f"Yes, go ahead with {c.med(p)} and see {p.poss('en')} skin again Friday. Thanks.",
                    f"Sure. Add {c.med(p)} and book a review with me after treatment tomorrow.",
                    "Agree. Please also swab if any discharge."])
    body = [reply, md["given"][0] + ".", Quote(att, q)]
    return c.mail("reply_skin", "reply with quoted skin-reaction question", c.who(md), [c.who(nurse)],
                  c.pick(["RE: skin check", "Re: dermatitis question", "RE: quick question"]), body,
                  in_reply_to=c.msgid())


# 14 -----------------------------------------------------------------------------
def subject_only(c):
    md = c.md()
    nurse = c.staff(["infirmière", "pivot"])
    p = c.patient()
    style = c.pick(["upper_sur", "sur_given", "lower_sur", "title_full"])
    nm = c.pname(p, style)
    subj = c.pick([f"Re: {nm}", f"{nm} - call back", f"FW: {nm}"])
    body = [c.pick(["Called back.", "Spoke with her/him this morning."]).replace(
                "her/him", "her" if p.sex == "F" else "him"),
            f"{cap(c.tox(p))}. Taking {c.med(p)}." + c.pick([" Labs tomorrow.", " No fever.", ""]),
            c.pick(["Can you see them before treatment?", "I told them to come early tomorrow.",
                    "Nothing else needed for now."])]
    return c.mail("subject_only_name", "terse note with patient named only in subject", c.who(nurse),
                  [c.who(md)], subj, body, sig=nurse["given"])


# 15 -----------------------------------------------------------------------------
def attachment_only(c):
    clerk = c.staff(["agente"])
    p = c.patient()
    start = c.later(2, 5)
    rows = []
    d = start
    unit = c.pick(D.UNITS[:4])
    for k in range(c.rng.randint(6, 10)):
        rows.append((d.isoformat(), f"{c.pick([8, 9, 10])}:{c.pick(['00', '20', '40'])}", unit,
                     c.pick(["Treatment", "Treatment", "Treatment + MD review", "Treatment + CBCT"])))
        d += dt.timedelta(days=1 if d.weekday() < 4 else 3)
    header = ["Date", "Time", "Unit", "Appointment"]
    if getattr(c, "variant", 0) == 0:
        # the name only in the file name; the workbook itself is anonymous
        c.pname(p, "sur_given")
        fn = f"{p.surname}_{p.given}_RT_{short(c, p).replace(' ', '-').replace('&', 'and')}_schedule.xlsx"
        sheets = [("Schedule", header, rows)]
    else:
        c.pname(p, "upper_sur")
        c.mrn(p, "plain")
        sheets = [("Schedule", header, rows),
                  ("Patient", ["Field", "Value"], [("Name", f"{p.surname.upper()}, {p.given}"), ("MRN", p.mrn),
                                                   ("Site", SHORT_EN[p.site]), ("Diagnosis", c.dx(p))])]
        fn = c.pick([f"{p.surname}_{p.given}_schedule.xlsx", f"treatment_schedule_{p.mrn}.xlsx",
                     "schedule_weeks_2-4.xlsx"])
    body = [c.pick(["Hi,", "Hello,"]),
            c.pick(["Updated schedule attached, as discussed on the phone.",
                    "Here is the new schedule after the machine swap. Let me know if the times don't work.",
                    "See attached."]), clerk["given"]]
    to = c.pick([[c.box("nurse")], [("Transport adapté MRC des Saules", "reservation@ta-saules.example")]])
    return c.mail("attachment_only_name", "schedule spreadsheet naming the patient only in attachment",
                  c.who(clerk), to, c.pick(["Updated schedule", "Schedule", "New times"]), body,
                  attachments=[Att(fn, XLSX, G.xlsx_doc(sheets))])


# 16 -----------------------------------------------------------------------------
def dietitian_referral(c):
    nurse = c.staff(["infirmière", "pivot"])
    diet = c.person(D.STAFF, 13)
    p = c.patient(site=c.pick(["hn", "esoph", "hn", "rectum"]))
    nm = c.pname(p, c.pick(["full", "title_full", "upper_sur", "initial"]))
    w0 = c.rng.randint(60, 95)
    loss = c.rng.randint(5, 11)
    body = [f"Hi {diet['given']},",
            f"Referral for {nm}, MRN {c.mrn(p)}: {c.dx(p)}, fx {c.rng.randint(8, 25)}/{c.pick([28, 33, 35])}.",
            f"Weight {w0 - loss} kg, down {loss} kg since sim ({round(100 * loss / w0)}%). {cap(c.tox(p))}. "
            f"On {c.med(p)}.",
            c.pick(["Tolerating Ensure only. MD wonders about a PEG/NG.",
                    "Lives alone and doesn't cook much anymore.",
                    "Albumin was 29 last week."]),
            "Could you see them this week? Thanks!"]
    if "Albumin" in body[3]:
        c.add("lab_result")
    if "Lives alone" in body[3]:
        c.add("social_information")
    return c.mail("dietitian_referral", "dietitian referral for weight loss during RT", c.who(nurse),
                  [c.who(diet)], c.pick(["Dietitian referral", f"Nutrition - {p.surname}", "Weight loss referral"]),
                  body, sig=c.sig(nurse))


# 17 -----------------------------------------------------------------------------
def peds_youth(c):
    ts = c.person(D.STAFF, 12)
    md = c.md()
    p = c.patient(site="peds", nam=True)
    nm = c.pname(p, c.pick(["full", "upper_sur"]))
    kind = c.pick(["dpj", "school", "fertility"])
    base = [f"{nm}, DOB {c.dob(p, 'iso')}, sex {c.sex(p)}, RAMQ {c.nam(p)}", f"Dx: {c.dx(p)}; Rx {c.rx(p)}."]
    if kind == "dpj":
        c.add("social_information")
        body = [c.pick(["Hi,", "Hello team,"]), "For the record and the treatment unit:", "\n".join(base),
                "Youth protection (DPJ) is involved; the child is in a foster family since last month. "
                "Only the foster mother and the DPJ worker may accompany the child or receive information. "
                "The biological father is NOT to be given any details.",
                "Please flag in OncoSuite."]
        to = [c.box("nurse"), c.box("rdv")]
    elif kind == "school":
        body = [c.pick(["Hello,", "Dear school nurse,"]),
                "With the parents' written consent, here is a summary so the school can plan for the next weeks:",
                "\n".join(base),
                "Daily treatment at 8:00 for 6 weeks; expect fatigue, hair loss and nausea. Tutoring at the "
                "hospital school is being arranged."]
        to = [("École primaire des Saules - infirmière", "infirmerie@ecole-saules.example")]
    else:
        body = [f"Hi Dr. {c.person(D.OTHER_MDS, 6)['surname']},",
                "Referral for fertility preservation counselling before treatment:", "\n".join(base),
                "Parents are aware and would like to discuss options. Start of RT planned in 2 weeks."]
        to = [("Fertility Preservation Clinic", "fertility@" + D.DOMAIN)]
    return c.mail("paediatric_coordination", "paediatric patient coordination with identifiers", c.who(ts),
                  to, c.pick(["Paediatric patient - important", "Confidential - child in treatment",
                              f"{p.given} - coordination"]), body, cc=[c.who(md)], sig=c.sig(ts))


# 18 -----------------------------------------------------------------------------
def interpreter_social(c):
    ts = c.person(D.STAFF, 12)
    p = c.patient()
    nm = c.pname(p, c.pick(["full", "title_full", "upper_sur"]))
    lang = c.pick(["Arabic", "Spanish", "Tigrinya", "Dari", "Mandarin"])
    soc = c.social(p, c.pick([1, 3, 5, 6]))
    body = [c.pick(["Hello interpreting services,", "Hi,"]),
            f"Could we have a {lang} interpreter for {nm} (MRN {c.mrn(p)}) on {c.day(c.later(1, 6))} at "
            f"{c.time(c.pick([9, 10, 13, 14]), 0)}? It's the consent and planning visit for radiation "
            f"({short(c, p)}).",
            f"Background for the interpreter: {soc}. The family may ask about financial help - please refer "
            "those questions to me.",
            "In person preferred; video is OK if not possible."]
    return c.mail("interpreter_request", "interpreter booking with patient social background", c.who(ts),
                  [("Interpreting Services", "interpretes@" + D.DOMAIN)],
                  c.pick([f"Interpreter - {lang}", "Interpreter request", "Need interpreter next week"]), body,
                  sig=c.sig(ts))


# 19 -----------------------------------------------------------------------------
def records_zip_en(c):
    arch = c.staff(["agente", "secrétaire"])
    p = c.patient(nam=True)
    c.pname(p, "upper_sur")
    dob = c.dob(p, "iso")
    ident = [("Name", f"{p.surname.upper()}, {p.given}"), ("DOB", dob), ("Sex", c.sex(p)),
             ("RAMQ", c.nam(p, "plain")), ("MRN", c.mrn(p, "plain"))]
    rt = G.docx_doc("Radiation Treatment Summary", [("kv", ident), f"Diagnosis: {c.dx(p)}",
                    f"Treatment: {c.rx(p)} ({c.tech(p)})", f"Acute toxicity: {c.tox(p)}."])
    letter = G.pdf_doc("Consultation letter", [f"Re: {p.given} {p.surname}, DOB {dob}",
                                                f"Thank you for referring this patient with {c.dx(p)}. "
                                                "We recommended radiation therapy as outlined."])
    z = G.zip_pack([("RT_summary.docx", rt), ("consult_letter.pdf", letter)])
    dest = c.pick([("Health Records - Riverside Ottawa East", "records@riverside-ottawa-east.example"),
                   ("Medical Records, St. Brendan's Hospital", "hrm@stbrendans.example")])
    body = [c.pick(["Hello,", "Good afternoon,"]),
            "As per the signed authorization received, please find attached the requested records. "
            "Password will be sent separately." if c.chance(0.4) else
            "As per the signed authorization received, please find the requested records attached.",
            "Kind regards,"]
    return c.mail("records_transfer", "records transfer with zip containing summary and letter", c.who(arch),
                  [dest], c.pick(["Records request", "Requested records", f"Records - {p.mrn}"]), body,
                  attachments=[Att(c.pick(["records.zip", f"{slug(p.surname)}_records.zip"]), "application/zip", z)],
                  sig=c.sig(arch))


# 20 -----------------------------------------------------------------------------
def vcard_homecare(c):
    nurse = c.staff(["pivot"])
    site, ti = c.pick([("breast", 0), ("hn", 2), ("skin", 1), ("rectum", 1)])
    p = c.patient(site=site, age=(60, 95))
    nm = c.pname(p, c.pick(["full", "title_full"]))
    vc = G.vcard(f"{p.given} {p.surname}", p.surname, p.given, tel=c.phone(p),
                 adr=(p.street, p.town, "QC", p.pc), note="Home care - radiation dermatitis dressings")
    c.addr(p)
    body = [c.pick(["Hello CLSC home care team,", "Hi,"]),
            f"Could a nurse visit {nm} at home for dressing changes over the next two weeks? "
            f"{cap(p.pron('en'))} finished radiation for {c.dx(p)} and has {c.tox(p, ti)}.",
            f"Dressings: {c.med(p)}, changed every 2 days. Contact card attached.",
            c.pick(["Lives with spouse, who can help.", "Has a cat - please be aware if allergic.", ""])]
    return c.mail("home_care_referral", "home-care nursing referral with contact card", c.who(nurse),
                  [("CLSC des Saules - Soutien à domicile", "sad@clsc-saules.example")],
                  c.pick(["Home care referral", "Dressing changes at home", "New SAD referral"]),
                  [b for b in body if b], attachments=[Att(f"{slug(p.surname)}.vcf", "text/x-vcard", vc)],
                  sig=c.sig(nurse))


# 21 -----------------------------------------------------------------------------
def visitor_insurer(c):
    clerk = c.staff(["agente"])
    md = c.md()
    origin = ["fr", "be", "fr"][getattr(c, "variant", 0) % 3]
    p = c.patient(site=c.pick(["bonemets", "brainmets", "skin"]), origin=origin, age=(45, 85))
    nm = c.pname(p, c.pick(["upper_sur", "full", "title_full"]))
    ident = (f"French social security number (NIR): {c.nir(p)}" if origin == "fr"
             else f"Belgian national number (NISS): {c.niss(p)}")
    ins = c.pick([("EuroAssist Travel Insurance - Medical Claims", "claims@euroassist-travel.example"),
                  ("Assistance Voyage Horizon - Dossiers médicaux", "medical@horizon-assist.example")])
    case = f"{c.rng.randint(10, 99)}-{c.rng.randint(100000, 999999)}"
    kv = [("Insured", nm), ("Date of birth", c.dob(p, c.pick(["iso", "long"]))), ("ID", ident),
          ("Assistance file", case), ("Diagnosis", c.dx(p)), ("Treatment", c.rx(p)),
          ("Estimated cost", f"{c.rng.randint(4, 19)} {c.rng.randint(100, 999)} CAD")]
    if c.chance(0.5):
        body = [c.pick(["Hello,", "Dear claims team,"]),
                f"Your insured, visiting family in Quebec, required urgent radiation treatment at our centre. "
                "Please confirm coverage before we continue:", "\n".join(f"{k}: {v}" for k, v in kv),
                f"{c.dr(md)} can provide a medical report on request."]
        atts = []
    else:
        pdf = G.pdf_doc("Request for guarantee of payment - non-resident patient", [("kv", kv)],
                        header=f"{D.ORG_EN} - {D.DEPT_EN}")
        body = [c.pick(["Hello,", "Good morning,"]),
                f"Please find attached our request for a guarantee of payment, file {case}.",
                "We would appreciate an answer within 48 hours as treatment has started."]
        atts = [Att(f"guarantee_request_{case}.pdf", "application/pdf", pdf)]
    return c.mail("nonresident_billing", "travel insurer guarantee request for a European visitor", c.who(clerk),
                  [ins], c.pick([f"Guarantee of payment - file {case}", "Non-resident patient - coverage",
                                 "Urgent: coverage confirmation"]), body, attachments=atts, sig=c.sig(clerk))


POS_EN2 = [(dental_clearance, 3), (ei_form, 3), (quoted_skin_reply, 3), (subject_only, 3),
           (attachment_only, 3), (dietitian_referral, 2), (peds_youth, 3), (interpreter_social, 3),
           (records_zip_en, 3), (vcard_homecare, 3), (visitor_insurer, 3)]
