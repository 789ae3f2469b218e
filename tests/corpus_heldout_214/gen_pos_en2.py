"""Confidential messages in English (part 2): letters, threads, attachments carrying the identity."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_helpers as H
from gen_pos_fr2 import inner_message


def infusion_booking(ctx):
    r = ctx.rng
    sp = H.spec(ctx, "infusion_booking", "infusion chair and pharmacy booking for a named participant")
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    H.add_to(sp, ("Day Hospital bookings", "hdj.bookings@rive-boreale.example"),
             ("Stephen Kerr", C.addr_of("Stephen", "Kerr")))
    p = ctx.people.invented("en", min_age=40)
    a = H.area(ctx, "onco")
    wt = f"{r.randint(48, 102)}.{r.randint(0, 9)} kg"
    cyc = f"C{r.randint(2, 9)}D1"
    day = ctx.day(r.randint(1, 7))
    sp["types"] |= {"patient_name", "medication", "diagnosis"}
    nm = C.name_form(p, r, "en", ["title", "full", "upper_comma", "title_sur"])
    sp["subject"] = r.choice([f"Chair booking {day.isoformat()} - {p['surname']}", f"{cyc} booking - ARX-118 combo arm",
                              "Infusion chair request"])
    blocks = ["Hi,",
              f"Please book a chair for {nm} on {C.fmt_date(day, 'en')} at 08:30 ({cyc}, ARX-118 + pembrolizumab arm).",
              f"Weight today {wt}. Premeds: {a['meds'][0]}; {a['meds'][1]}. {H.pron(p, 'en').capitalize()} had "
              f"{a['ae']} last cycle, so please keep the chair near the nursing station.",
              "Stephen - pembrolizumab 200 mg flat dose, IP to be released from the research pharmacy.",
              ("sig", C.signature(coord, "en", r), False)]
    if ctx.chance(0.4):
        lab, mrn = H.mrn_text(ctx, sp)
        blocks[1] = blocks[1].replace(" on ", f" ({lab} {mrn}) on ", 1)
    sp["blocks"] = blocks
    return sp


def death_report(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "cardio", "pneumo"]))
    sp = H.spec(ctx, "fatal_sae", "death of a participant reported to the investigator")
    nurse = C.staff(r, "en", "nurse")
    H.sender(sp, nurse)
    pi = H.pi_of(ctx, a["key"])
    H.add_to(sp, pi)
    H.add_cc(sp, ("Amanda Hughes", C.addr_of("Amanda", "Hughes")))
    p = ctx.people.invented("en", min_age=55)
    died = ctx.day(-r.randint(1, 3))
    sp["types"] |= {"patient_name", "diagnosis", "medication"}
    fam = r.choice([("her husband" if p["sex"] == "F" else "his wife"), "the daughter", "the son"])
    sp["subject"] = r.choice([f"Sad news - {p['given']} {p['surname']}", "Participant death - 24h SAE clock started",
                              f"{a['proto']}: fatal SAE"])
    blocks = [f"{pi['title']} {pi['surname']},",
              f"{fam.capitalize()} of {C.name_form(p, r, 'en', ['title', 'full', 'title_sur'])} called this morning: "
              f"{H.pron(p, 'en')} passed away at home on {C.fmt_date(died, 'en')}. "
              f"{H.pron(p, 'en').capitalize()} had been increasingly short of breath since the last visit.",
              f"Background: {a['dx']}, on {a['ip']} since cycle 1; last dose {C.fmt_date(died - _dt.timedelta(days=2), 'en')}. "
              f"Also on {a['meds'][0]}.",
              "The coroner has been notified; no autopsy planned per the family. I've started the SAE form and will "
              "need your causality assessment today.",
              nurse["given"]]
    if ctx.chance(0.4):
        blocks.insert(3, "The family asked if the study team could send a card; they live at "
                         f"{C.home_address(r, 'en')}.")
        sp["types"].add("patient_contact")
    sp["blocks"] = blocks
    return sp


def family_doctor_letter(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["endo", "cardio", "hem", "pneumo"]))
    sp = H.spec(ctx, "family_physician_letter", "letter informing family physician of a patient's trial enrolment")
    pi = H.pi_of(ctx, a["key"])
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    gp = r.choice([("Dr. Miriam Castellano", "fax.clinic@maplewood-fmg.example"),
                   ("Dr. Owen Tatlock", "reception@lakeshore-medical.example")])
    H.add_to(sp, gp)
    hold = ctx.chance(0.6)
    p = ctx.people.holder(adult=True) if hold else ctx.people.invented("en", min_age=40)
    sp["types"] |= {"patient_name", "diagnosis", "medication", "date_of_birth"}
    if hold:
        kv = H.holder_ident(ctx, sp, p, allow_fw=False)
    else:
        kv = [("Patient", f"{p['given']} {p['surname']}"), ("Date of birth", C.fmt_dob(p["dob"], r, "en"))]
    adr = H.contact_addr(ctx, sp)
    kv.append(("Address", adr))
    blocks = [("kv", kv),
              f"Dear {gp[0]},",
              f"Your patient has agreed to take part in the clinical study {a['proto']} ({a['dx']}) at our centre "
              f"and was randomized on {C.fmt_date(ctx.day(-r.randint(1, 10)), 'en')}. "
              f"{H.pron(p, 'en').capitalize()} will receive {a['ip']} for 52 weeks.",
              f"Please continue {a['meds'][0]} and {a['meds'][1]}. We would be grateful if you could contact us before "
              "starting any new prescription, particularly strong CYP3A4 inhibitors.",
              f"Yours sincerely,\n{pi['title']} {pi['display']}, principal investigator"]
    fn = r.choice([f"Letter to GP - {p['surname']}.docx", f"GP_letter_{a['proto']}.pdf", f"lettre MD {p['surname']}.pdf"])
    if fn.endswith(".docx"):
        sp["attachments"].append(A.att_docx(fn, "Notification of participation in a clinical study", blocks, coord["display"]))
    else:
        sp["attachments"].append(A.att_pdf(fn, "Notification of participation in a clinical study", blocks, ctx.chance(0.5)))
    sp["subject"] = r.choice(["Letter re: your patient - clinical study participation", "Correspondence from the CRU",
                              f"Notification - {a['proto']}"])
    sp["blocks"] = [f"Dear {gp[0]},", "Please find attached a letter regarding one of your patients. A copy was also faxed.",
                    ("sig", C.signature(coord, "en", r), False)]
    return sp


def housing_forward(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["pneumo", "endo", "cardio"]))
    sp = H.spec(ctx, "social_work_thread", "forwarded social-work thread on a participant's housing and income")
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    H.add_to(sp, H.pi_of(ctx, a["key"]))
    p = ctx.people.invented("en", min_age=30)
    sw = ("Maeve Donnelly, social worker", "maeve.donnelly@rive-boreale.example")
    sits = [f"was evicted in {C.MONTHS_EN[ctx.when.month - 1]} and is couch-surfing with a friend; income is "
            "social assistance only, so the bus fare to the visits is a real barrier",
            "is looking after two grandchildren placed by youth protection and cannot come before 10 am"]
    if p["sex"] == "F":
        sits.append("has been staying at the women's shelter since leaving a violent partner; she asked that we never "
                    "leave voicemails at the old number")
    sit = r.choice(sits)
    sp["types"] |= {"patient_name", "social_information", "diagnosis"}
    inner = [f"Hi {coord['given']},",
             f"Following up on {C.name_form(p, r, 'en', ['full', 'title', 'upper_comma'])}: {H.pron(p, 'en')} {sit}.",
             f"{H.pron(p, 'en').capitalize()} really wants to stay in the {a['dx']} study. Could the unit reimburse the "
             "transit pass in advance rather than after each visit?",
             "Maeve"]
    sp["subject"] = r.choice(["FW: transport for study visits", "FW: follow-up - social work",
                              f"Fwd: {p['given']} - visits"])
    sp["blocks"] = ["See below from social work. Can we approve an advance from the participant budget? "
                    f"{H.pron(p, 'en').capitalize()} has visit 4 next week.",
                    coord["given"],
                    ("fwd", "-----Original Message-----",
                     [("From:", f"{sw[0]} <{sw[1]}>"), ("Sent:", C.fmt_date(ctx.day(-1), "en")),
                      ("To:", coord["display"]), ("Subject:", "transport for study visits")], inner)]
    return sp


def ecg_attachment_only(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "cardio", "pneumo"]))
    sp = H.spec(ctx, "ecg_report", "ECG report with QTc result; identity only in the attachment and its name")
    nurse = C.staff(r, "en", "nurse")
    H.sender(sp, nurse)
    H.add_to(sp, H.pi_of(ctx, a["key"]))
    p = ctx.people.invented("en", min_age=40)
    qtc = r.randint(482, 534)
    sp["types"] |= {"patient_name", "lab_result", "medication"}
    fn = r.choice([f"ECG_V{r.randint(2, 8)}_{H.fname_part(p['surname'])}_{p['given']}_QTc.pdf",
                   f"{p['surname']} {p['given']} ECG {ctx.when.date().isoformat()}.pdf",
                   f"ECG – {p['given']} {p['surname']}.pdf"])
    blocks = [("kv", [("Patient", f"{p['surname'].upper()}, {p['given']}"), ("Age", f"{C.age_at(p)}"),
                      ("Acquired", ctx.when.date().isoformat())]),
              f"Sinus rhythm 74 bpm. PR 168 ms, QRS 96 ms, QT 452 ms, QTc (Fridericia) {qtc} ms.",
              f"Interpretation: prolonged QTc. On {a['ip']} and {a['meds'][0]}.",
              "Reviewed by: ____________"]
    if ctx.chance(0.5):
        sp["attachments"].append(A.att_pdf(fn, "12-lead ECG", blocks, ctx.chance(0.5), "ECG cart 3"))
    else:
        sp["attachments"].append(A.att_docx(fn.replace(".pdf", ".docx"), "12-lead ECG", blocks, "ECG cart 3"))
    sp["subject"] = r.choice(["ECG for review", "ECG - please sign", "QTc - needs your eyes today"])
    sp["blocks"] = [r.choice(["Attached as discussed.", "Can you review and sign the attached? Machine read is borderline.",
                              "FYI attached, repeat planned in 30 min."]), nurse["given"]]
    return sp


def zip_imaging(ctx):
    r = ctx.rng
    a = H.area(ctx, "onco")
    sp = H.spec(ctx, "recist_package", "ZIP with imaging report and tumour measurements for a named participant")
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    H.add_to(sp, ("Independent Central Review", "icr.uploads@northfield-cro.example"))
    p = ctx.people.invented("en", min_age=45)
    lab, mrn = H.mrn_text(ctx, sp)
    code = H.subject_code(ctx)
    sp["types"] |= {"patient_name", "diagnosis", "lab_result"}
    rep = A.docx("CT chest/abdomen/pelvis with contrast",
                 [("kv", [("Patient", f"{p['surname'].upper()}, {p['given']}"), (lab, mrn),
                          ("Exam date", ctx.day(-3).isoformat())]),
                  f"Indication: {a['dx']}, restaging on clinical trial.",
                  "Findings: right upper lobe mass 3.1 x 2.4 cm (previously 4.2 x 3.0 cm). Subcarinal node 1.2 cm "
                  "(previously 1.9 cm). Two new hypodense liver lesions, largest 0.9 cm, indeterminate.",
                  "Impression: partial response of thoracic disease; indeterminate hepatic lesions."], "PACS")
    meas = A.csv_text(["lesion", "site", "baseline_mm", "current_mm"],
                      [["T1", "RUL", "42", "31"], ["T2", "subcarinal LN", "19", "12"], ["NT1", "liver", "", "9"]])
    zname = f"RECIST_{code}_{ctx.day(-3).isoformat()}.zip"
    sp["attachments"].append(A.att_zip(zname, [(f"CT_report_{H.fname_part(p['surname'])}.docx", rep),
                                               ("measurements.csv", meas.encode("utf-8"))]))
    sp["subject"] = r.choice([f"Imaging package {code} TP{r.randint(2, 6)}", "RECIST upload - site 014"])
    sp["blocks"] = ["Hello,", f"Uploading the timepoint package for subject {code} by e-mail since the portal is down. "
                              "Radiology report and our local measurements attached.",
                    ("sig", C.signature(coord, "en", r), False)]
    return sp


def patient_email_eml(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["endo", "cardio", "pneumo", "hem"]))
    sp = H.spec(ctx, "participant_email_forward", "participant's own e-mail on symptoms attached as message")
    nurse = C.staff(r, "en", "nurse")
    H.sender(sp, nurse)
    pi = H.pi_of(ctx, a["key"])
    H.add_to(sp, pi)
    p = ctx.people.invented("en", min_age=30)
    addr = C.addr_of(p["given"], p["surname"], r.choice(["mailbox.example", "courriel.example"]))
    sp["types"] |= {"patient_name", "diagnosis", "medication"}
    inner_b = [f"Hi {nurse['given']},",
               f"Sorry to bother you. Since Tuesday I've had {H.SYMPTOM[a['key']][1]} and I "
               f"didn't take the study pills yesterday or today. I'm still on my {a['meds'][0]}.",
               "Should I go to emerg or wait for my visit on Monday?", p["given"]]
    if ctx.chance(0.5):
        inner_b[-1] = f"{p['given']} {p['surname']}\n{H.contact_phone(ctx, sp)} (home)"
    when = ctx.when - _dt.timedelta(hours=r.randint(1, 20))
    inner = inner_message(ctx, (f"{p['given']} {p['surname']}", addr), (nurse["display"], nurse["addr"]),
                          r.choice(["question", "not feeling well", "study pills"]), inner_b, "en", when)
    sp["attachments"].append(A.att_eml(r.choice(["participant message.eml", "FW question.eml", f"{p['given']}.eml"]), inner))
    sp["subject"] = r.choice(["Participant e-mail - advice?", "FW: participant question", "Need your call on this one"])
    sp["blocks"] = [f"{pi['title']} {pi['surname']},", "Attached message came in overnight. I'd like to tell "
                    f"{'her' if p['sex'] == 'F' else 'him'} to come in today for bloods - OK with you?", nurse["given"]]
    return sp


def ics_visit_en(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["cardio", "endo", "pneumo"]))
    sp = H.spec(ctx, "visit_invitation", "calendar invitation naming a participant and the procedure")
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    nurse = C.staff(r, "en", "nurse")
    H.add_to(sp, nurse)
    p = ctx.people.invented("en", min_age=40)
    proc = {"cardio": "echo + 6MWT", "endo": "OGTT + DXA", "pneumo": "spirometry pre/post + CT chest"}[a["key"]]
    start = _dt.datetime.combine(ctx.day(r.randint(2, 10)), _dt.time(r.choice([7, 8, 9]), 45))
    nm = C.name_form(p, r, "en", ["full", "sur_init", "title_sur"])
    summ = f"{a['proto']} V{r.randint(2, 9)} - {nm} - {proc}"
    sp["types"] |= {"patient_name", "diagnosis"}
    desc = f"{nm}: {a['dx']}. Hold {a['meds'][0]} morning of visit. Fasting from midnight."
    sp["types"].add("medication")
    if ctx.chance(0.5):
        tel = H.contact_phone(ctx, sp)
        desc += f" Reminder call to {tel} the day before."
    ics = A.ics(f"{C.hexid(r, 20)}@{C.DOM}", summ, start, start + _dt.timedelta(hours=3), "CRU, Pavilion B room 3",
                desc, (coord["display"], coord["addr"]),
                _dt.datetime(ctx.when.year, ctx.when.month, ctx.when.day, 14, 0, 0), [(nurse["display"], nurse["addr"])])
    sp["attachments"].append(A.att_ics("invite.ics", ics, r.choice(["7bit", "quoted-printable", "base64"])))
    sp["subject"] = f"Invitation: {summ}"
    sp["blocks"] = [summ, f"When: {C.fmt_date(start.date(), 'en')} {start.strftime('%H:%M')}", desc]
    return sp


TEMPLATES = [infusion_booking, death_report, family_doctor_letter, housing_forward, ecg_attachment_only,
             zip_imaging, patient_email_eml, ics_visit_en]
