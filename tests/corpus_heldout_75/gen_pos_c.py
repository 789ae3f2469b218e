"""Confidential messages, English."""
import datetime

import gen_common as G
from gen_attach import csv_bytes, docx_bytes, ics_text, pdf_bytes
from gen_ctx import DX_EN, MED_EN, SOC_EN, fr_header_block, join, quote
from gen_render import inner_eml, msg_date


def e_homecare(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.55 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["clsc-westisland.example", "clsc-ndg.example", "clsc-lachine.example"]))
    name = c.pname(p)
    c.t("diagnosis", "medication")
    lines = [f"Client: {name}"]
    if p.nam and r.random() < 0.7:
        lines.append(f"RAMQ: {c.nam(p)}")
    if r.random() < 0.6:
        lines.append(f"DOB: {c.dob(p)}")
    lines += [f"Address: {c.addr()}", f"Phone: {c.tel()}",
              f"Discharge date: {G.day_en(c.when(r.randint(1, 4)))}",
              f"Diagnosis: {c.dx()[0]}", f"Meds: {', '.join(c.med(2))}",
              "Services requested: " + ", ".join(r.sample(["nursing follow-up (wound care)", "bathing assistance 2x/week",
                                                          "OT home safety visit", "Meals on Wheels", "blister packs",
                                                          "social work follow-up"], 3))]
    if r.random() < 0.5:
        lines.append(f"Social: {c.soc(p)[0]}")
        c.t("social_information")
    intro = r.choice(["Please find below a new home care referral.", "Referral for home support services after discharge:",
                      "Urgent referral - patient going home tomorrow."])
    text = join(c.greet(d[0]), intro, "\n".join(lines), c.close(), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Home care referral", f"Referral - {p.surname}", "New SAD referral (English client)"]),
                  text, "Home care referral in English with address and diagnosis")


def e_ontario(c):
    r = c.rng
    p = c.patient(lo=1935, hi=1990)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["ottawa-civic.example", "hawkesbury-gh.example", "cornwall-community.example"]))
    ohn = G.gen_ohn(r)
    vc = r.choice(["", "AB", "XK", "MM"])
    c.t("ca_health_number", "patient_name", "diagnosis")
    hn = G.fmt_ohn(ohn, r.choice(["plain", "dash", "space"]), vc)
    v = r.randint(0, 1)
    if v == 0:
        body = (f"We have your resident {c.pname(p, 'title')} (OHIP {hn}) admitted since "
                f"{G.fmt_date(c.when(-r.randint(5, 20)), 'en')} with {r.choice(DX_EN)}. "
                f"{p.He()} is medically ready for discharge and we are requesting a repatriation bed "
                f"closer to home. {p.He()} {r.choice(['lives alone in Hawkesbury', 'was living with a son who can no longer provide care', 'was already on the LTC waitlist in Ontario'])}.")
        c.t("social_information")
    else:
        body = (f"Transfer request\nName: {p.surname}, {p.given}\nHealth card: {hn}\n"
                f"DOB: {G.fmt_date(p.dob, 'iso')}\nDx: {r.choice(DX_EN)}\nIsolation: {r.choice(['none', 'contact (VRE)', 'droplet'])}\n"
                f"Please confirm bed availability at your site.")
        c.t("date_of_birth")
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0], role="Patient Flow Coordinator"))
    return c.spec(s, [d], r.choice(["Repatriation request - Ontario resident", "Transfer request (OHIP patient)",
                                    "Bed request - out-of-province patient"]), text,
                  "Ontario resident hospitalised in Quebec, health card number shared")


def e_guardianship(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.55 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["curateur-qc.example", "legalaid-montreal.example"]))
    name = c.pname(p)
    c.t("diagnosis", "social_information")
    body = (f"Further to our call, we are requesting the opening of a protective supervision regime for {name}"
            + (f" (RAMQ {c.nam(p)})" if p.nam and r.random() < 0.6 else "") +
            f". The medical assessment concludes to permanent incapacity due to {r.choice(['advanced Alzheimer disease', 'vascular dementia', 'Korsakoff syndrome', 'anoxic brain injury'])}. "
            f"{p.He()} has no family in Quebec; a former neighbour has been withdrawing money from {p.his()} account.")
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0], role="Social Worker"))
    return c.spec(s, [d], r.choice(["Request - protective supervision", f"Public Curator referral - {p.surname}"]), text,
                  "Guardianship request to the Public Curator with diagnosis and abuse concern")


def e_shelter(c):
    r = c.rng
    p = c.patient(en=True, lo=1960, hi=2004)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["oldbrewery-mission.example", "welcomehall.example", "shelter-north.example"]))
    name = c.pname(p, r.choice(["full", "title"]))
    c.t("social_information", "diagnosis")
    body = (f"We are discharging {name} ({p.age()}) tomorrow morning. {p.He()} has been homeless since "
            f"{r.choice(['the spring', 'losing an apartment in August', 'release from detention'])} and is being treated for "
            f"{r.choice(['bilateral leg cellulitis (daily dressings)', 'opioid use disorder (on buprenorphine)', 'frostbite to both feet'])}. "
            f"Could you hold a bed for {p.him()}?")
    if "buprenorphine" in body:
        c.t("medication")
    if r.random() < 0.5:
        body += f"\n{p.He()} can be reached on {p.his()} cell at {c.tel()}."
    if r.random() < 0.5:
        body += f"\n{c.mrn()}"
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Shelter bed request", "Discharge - homeless client", "Bed for tomorrow?"]),
                  text, "Homeless patient referral to a shelter")


def e_family_fwd(c):
    r = c.rng
    p = c.patient(en=True)
    fam = G.new_patient(r, en=True, lo=1955, hi=1990)
    s = c.staff()
    d = c.staff()
    c.t("patient_name", "diagnosis", "social_information")
    rel = r.choice(["my mother", "my father", "my aunt", "my grandmother"])
    msg = (f"Hello,\n\nI am writing about {rel}, {p.full}, who is on the 5th floor since the fall. "
           f"We were told {p.he()} has to leave because {p.he()} no longer needs acute care, but with "
           f"{r.choice(['the dementia', 'the Parkinson', 'the oxygen'])} we cannot take {p.him()} home. "
           f"My brother and I both work and {p.his()} apartment has been sold. Is there any financial help for a private residence?\n\n"
           f"Thank you,\n{fam.full}\n{G.phone(r)}")
    fwd = f"-----Original Message-----\nFrom: {fam.full} <{G.personal_email(r, fam)}>\nSent: {G.day_en(c.when(-1))}\nTo: Social Services <socialservices@{c.org['dom']}>\nSubject: {rel}\n\n{msg}"
    text = join(c.greet(d[0]), r.choice(["Could you follow up with this family? Came into the general inbox.",
                                         "FYI, your patient I believe."]), c.sig(s[0], short=True), fwd)
    return c.spec(s, [d], "FW: " + rel.capitalize(), text, "Family member's message forwarded internally")


def e_tcu(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.55 else c.patient()
    s = c.staff()
    d = c.staff()
    name = c.pname(p)
    c.t("diagnosis", "medication")
    lines = [f"TCU referral: {name}, room {r.randint(401, 799)}", c.mrn(),
             f"Reason: {r.choice(['deconditioning after pneumonia', 'R hip fracture post hemiarthroplasty', 'CHF exacerbation, awaiting LTC', 'post-op delirium, resolved'])}",
             f"Mobility: {r.choice(['walker with supervision', ' 1-person assist transfers', 'wheelchair'])}",
             f"Meds: {'; '.join(c.med(3))}"]
    if p.nam and r.random() < 0.5:
        lines.insert(1, f"RAMQ {c.nam(p)}")
    if r.random() < 0.4:
        lines.append(f"Labs: {', '.join(c.lab(2))}")
        c.t("lab_result")
    text = join(c.greet(d[0]), "\n".join(lines), c.close(), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["TCU referral", "Transitional care bed request", "Referral for TCU"]), text,
                  "Transitional care unit referral with chart number and meds")


def e_discharge_pdf(c):
    r = c.rng
    p = c.patient(en=r.random() < 0.6)
    s = c.staff()
    d = c.ext_staff(dom="familymed-clinic.example")
    c.t("patient_name", "diagnosis", "medication", "date_of_birth", "mrn")
    lines = [f"Patient: {p.surname.upper()}, {p.given}   DOB: {G.fmt_date(p.dob, 'iso')}",
             f"MRN: {G.gen_mrn(r)}", f"Admitted: {c.when(-r.randint(6, 30)).isoformat()}   Discharged: {c.date.isoformat()}",
             "## Diagnoses", r.choice(DX_EN), r.choice(DX_EN), "## Discharge medications"] + r.sample(MED_EN, 4) + \
        ["## Disposition", r.choice(["Home with CLSC nursing", "Long-term care (CHSLD) - bed confirmed", "Private seniors' residence"]),
         "## Follow-up", "Family physician in 1-2 weeks; geriatric clinic in 6 weeks."]
    data = pdf_bytes("Discharge Summary", lines, compress=r.random() < 0.5, subtitle=c.org["hosp"])
    text = join(c.greet(d[0]), "Please find attached the discharge summary for your patient.", c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Discharge summary", "Discharge summary - for your records"]), text,
                  "Discharge summary PDF", attachments=[dict(kind="pdf", filename=r.choice([f"DC_summary_{p.surname}.pdf", "discharge_summary.pdf"]), data=data)])


def e_census_csv(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(2)]
    rows = []
    any_nam = False
    for _ in range(r.randint(6, 12)):
        p = c.nam_patient() if r.random() < 0.35 else c.patient(en=r.random() < 0.5)
        if p.nam:
            any_nam = True
        rows.append([f"{r.randint(401, 799)}", p.surname, p.given, G.gen_mrn(r, "7"), p.nam or "",
                     r.choice(["ALC - LTC", "ALC - home + CLSC", "ALC - TCU", "ALC - RI", "Palliative"]),
                     r.choice(["dementia", "COPD", "CHF", "stroke", "hip fx", "ESRD", "Parkinson"]),
                     r.randint(3, 90)])
    if any_nam:
        c.t("ramq_nam")
    c.t("patient_name", "mrn", "diagnosis", "social_information")
    data = csv_bytes(["room", "last_name", "first_name", "mrn", "ramq", "status", "dx", "alc_days"], rows,
                     enc="utf-8", bom=r.random() < 0.5, crlf=r.random() < 0.5)
    att = dict(kind="csv", filename=r.choice(["alc_census.csv", f"ALC_{c.date:%Y%m%d}.csv"]), binary=True, data=data)
    text = join(c.greet(), "ALC census attached for tomorrow's patient flow huddle.", c.sig(s[0], role="Patient Flow Coordinator"))
    return c.spec(s, to, r.choice(["ALC census", "Patient flow huddle - ALC list"]), text,
                  "ALC census CSV with patient names and charts", attachments=[att])


def e_meeting_ics(c):
    r = c.rng
    p = c.patient(en=True)
    s = c.staff()
    att = [c.staff() for _ in range(3)]
    c.t("patient_name", "social_information", "diagnosis")
    dt = c.when(r.randint(1, 5))
    start = datetime.datetime(dt.year, dt.month, dt.day, r.choice([9, 11, 14]), 0)
    summ = f"Family meeting - {p.title_en()} {p.surname} ({r.choice(['LTC placement', 'goals of care', 'capacity'])})"
    desc = (f"{p.full}, {r.choice(['advanced dementia', 'metastatic lung cancer', 'severe COPD'])}. "
            f"Son disagrees with LTC; daughter holds POA. Interpreter (Italian) booked.")
    ics = ics_text(f"{r.getrandbits(64):016x}@{c.org['dom']}", summ, start, start + datetime.timedelta(hours=1),
                   "Room 5.212", desc, (s[0].full, s[1]), [(a[0].full, a[1]) for a in att])
    text = join(c.greet(), "Please accept the invite for the family meeting.", c.sig(s[0], short=True))
    spec = c.spec(s, att, summ if r.random() < 0.5 else "Invitation: family meeting", text,
                  "Calendar invitation for a family meeting about a named patient")
    if r.random() < 0.5:
        spec["calendar"] = ics
    else:
        spec["attachments"] = [dict(kind="ics", filename="meeting.ics", text=ics)]
    return spec


def e_subject_only(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.55 else c.patient(en=True)
    s = c.staff()
    d = c.staff()
    c.t("patient_name")
    v = r.randint(0, 2)
    if v == 0:
        subj = f"{p.surname}, {p.given} - refused LTC bed, capacity assessment needed"
        c.t("social_information")
    elif v == 1:
        subj = f"RE: {p.title_en()} {p.surname} - {r.choice(['CHF', 'COPD', 'dementia'])} - ALC day {r.randint(20, 80)}"
        c.t("diagnosis")
    else:
        subj = f"FW: {p.full} (DOB {G.fmt_date(p.dob, 'iso')}) - eviction notice"
        c.t("date_of_birth", "social_information")
    text = join(c.greet(d[0]), r.choice(["See below.", "Can we discuss at huddle?", "Call me when you can.", "FYI"]),
                c.sig(s[0], short=True))
    return c.spec(s, [d], subj, text, "Subject-only disclosure")


def e_income_sin(c):
    r = c.rng
    p = c.patient(en=True, lo=1950, hi=1998)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["servicecanada-oas.example", "mtess-bureau.example"]))
    sin = G.gen_sin(r)
    c.t("ca_sin", "patient_name", "social_information")
    body = (f"Re: {p.full}, SIN {G.fmt_sin(sin, r.choice(['space', 'dash', 'plain']))}\n\n"
            f"{p.He()} has been hospitalised since {G.fmt_date(c.when(-40), 'en')} and is unable to manage {p.his()} affairs. "
            f"Please redirect {p.his()} {r.choice(['Old Age Security and GIS payments', 'social assistance cheque', 'CPP disability benefit'])} "
            f"to the trust account while the protection mandate is homologated.")
    if r.random() < 0.5:
        body += f"\nDate of birth: {c.dob(p)}"
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0], role="Social Worker"))
    return c.spec(s, [d], r.choice(["Benefit redirection request", "OAS/GIS - hospitalised client"]), text,
                  "Income-support request with SIN")


def e_pharmacy(c):
    r = c.rng
    p = c.patient(en=True)
    s = c.staff()
    d = c.ext_staff(dom="pharmacy-westend.example")
    name = c.pname(p)
    meds = c.med(r.randint(3, 4))
    c.t("medication")
    text = join(c.greet(d[0]), f"{name} is being discharged {G.day_en(c.when(1))}. Updated med list:",
                "\n".join("- " + m for m in meds),
                r.choice(["Please prepare blister packs and deliver.", "Stop the old lorazepam order.",
                          f"{p.He()} will now live at {r.choice(G.RPA)}; please update the delivery address."]),
                c.sig(s[0], role="Liaison Nurse"))
    if "live at" in text:
        c.t("social_information")
    return c.spec(s, [d], r.choice(["Discharge med list", f"Blister packs - {p.surname}"]), text,
                  "Discharge medication list to community pharmacy")


def e_reply_quoted(c):
    r = c.rng
    p = c.patient(en=True)
    s = c.staff()
    d = c.staff()
    name = c.pname(p)
    c.t("diagnosis", "social_information")
    orig = (f"Hi {s[0].given},\n\nQuick update on {name}: {r.choice(DX_EN)}, family now agrees with LTC "
            f"but wants {r.choice(G.CHSLD)} only. {r.choice(SOC_EN).capitalize()}.\n\n{d[0].given}")
    reply = r.choice(["Thanks, noted.", "Great, I'll update the MAH.", "OK - will bring it to bed meeting."])
    if r.random() < 0.5:
        body = join(reply, c.sig(s[0], short=True), "-----Original Message-----\n" + fr_header_block(d, s, c.when(-1), "Update", "en") + "\n\n" + orig)
    else:
        body = join(reply, c.sig(s[0], short=True), f"On {G.day_en(c.when(-1))}, {d[0].full} <{d[1]}> wrote:\n" + quote(orig))
    return c.spec(s, [d], "RE: Update", body, "Short reply; disclosure only in quoted text", reply=True)


def e_eml_attached(c):
    r = c.rng
    p = c.patient(en=True)
    s = c.staff()
    d = c.staff()
    o = c.ext_staff(en=True)
    c.t("patient_name", "diagnosis", "social_information")
    inner_text = (f"Hello {s[0].given},\n\nOur home is unable to admit {p.full}: the level of care for "
                  f"{r.choice(['behavioural symptoms of dementia', 'tracheostomy care', 'bariatric needs'])} exceeds what we can offer. "
                  f"We also note the ongoing dispute between the children over the POA.\n\n{o[0].full}\nAdmissions")
    inner = dict(lang="en", subject=f"Application {p.surname} - declined", text=inner_text, attachments=[],
                 date=msg_date(r, c.when(-2)), to=[(s[0].full, s[1])], cc=[], types=[], **{"from": (o[0].full, o[1])})
    data = inner_eml(inner, r)
    text = join(c.greet(d[0]), "Forwarding the attached reply from the residence.", c.sig(s[0], short=True))
    return c.spec(s, [d], "FW: Application declined", text, "Attached .eml naming the patient",
                  attachments=[dict(kind="eml", data=data, filename=r.choice([None, "declined.eml"]))])


def e_filename_only(c):
    r = c.rng
    p = c.patient(en=True)
    s = c.staff()
    d = c.staff()
    c.t("patient_name")
    v = r.randint(0, 1)
    if v == 0:
        fname = f"{p.surname}_{p.given}_capacity_assessment_dementia.pdf"
        c.t("diagnosis")
    else:
        fname = f"{p.given} {p.surname} - homeless - shelter referral.pdf"
        c.t("social_information")
    data = pdf_bytes("Scanned document", ["Scanned from MFP-3F", "3 pages"], compress=True)
    text = join(c.greet(d[0]), r.choice(["Here's the scan.", "Attached as requested.", "Scanned copy attached."]),
                c.sig(s[0], short=True))
    return c.spec(s, [d], r.choice(["Scan", "Document", "Scanned copy"]), text,
                  "Only the attachment file name discloses", attachments=[dict(kind="pdf", filename=fname, data=data)])


def e_docx_note(c):
    r = c.rng
    p = c.patient(en=True)
    s = c.staff()
    d = c.ext_staff()
    c.t("patient_name", "social_information", "diagnosis", "date_of_birth")
    paras = ["## Identification", f"Name: {p.full}", f"Date of birth: {G.fmt_date(p.dob, 'en')}",
             "## Reason for referral", f"Discharge planning; admitted for {r.choice(DX_EN)}.",
             "## Social history", f"{r.choice(SOC_EN).capitalize()}. {r.choice(SOC_EN).capitalize()}.",
             "## Recommendation", r.choice(["LTC placement", "Return home with intensive home care", "Public Curator referral"])]
    data = docx_bytes("Psychosocial assessment", paras, author=s[0].full)
    text = join(c.greet(d[0]), "Attached is my psychosocial assessment.", c.close(), c.sig(s[0]))
    return c.spec(s, [d], "Psychosocial assessment", text, "Psychosocial assessment DOCX",
                  attachments=[dict(kind="docx", filename="psychosocial_assessment.docx", data=data)])


def e_id_only(c):
    r = c.rng
    s = c.staff()
    d = c.staff() if r.random() < 0.5 else c.ext_staff(dom=r.choice(["ottawa-civic.example", "familymed-clinic.example"]))
    v = r.randint(0, 1)
    if v == 0:
        mrn = c.mrn()
        c.t("lab_result")
        body = (f"{mrn}: {r.choice(['VRE positive', 'MRSA positive (nares)', 'COVID PCR positive'])} on yesterday's swab. "
                f"The receiving facility is postponing the transfer; please update the family.")
        subj = r.choice(["Transfer postponed", "Screening result - transfer on hold"])
    else:
        ohn = G.gen_ohn(r)
        c.t("ca_health_number", "diagnosis")
        body = (f"Re health card {G.fmt_ohn(ohn, r.choice(['dash', 'space', 'plain']))}: admitted overnight with "
                f"{r.choice(DX_EN)}. Please fax the latest medication list and advance directives.")
        subj = r.choice(["Records request", "Out-of-province admission - records"])
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "Identified by chart or health-card number only")


POS_C = [
    ("id_only", e_id_only, 2),
    ("home_care_referral", e_homecare, 2),
    ("ontario_transfer", e_ontario, 3),
    ("guardianship", e_guardianship, 2),
    ("shelter_referral", e_shelter, 2),
    ("family_forward", e_family_fwd, 1),
    ("tcu_referral", e_tcu, 2),
    ("discharge_summary_pdf", e_discharge_pdf, 2),
    ("alc_census_csv", e_census_csv, 2),
    ("family_meeting_ics", e_meeting_ics, 2),
    ("subject_only", e_subject_only, 2),
    ("income_support_sin", e_income_sin, 2),
    ("pharmacy", e_pharmacy, 2),
    ("reply_quoted", e_reply_quoted, 1),
    ("eml_attached", e_eml_attached, 2),
    ("filename_only", e_filename_only, 2),
    ("psychosocial_docx", e_docx_note, 1),
]
