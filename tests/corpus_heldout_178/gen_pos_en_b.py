"""English positives, part B: phone messages, prescriptions, TB screening
threads, clinic notes, social work, vCards, ZIP archives, forwarded patient
e-mail, Quebec anglophone patients with RAMQ numbers."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
import gen_mime as M
import gen_tpl as T
from gen_pos_en_a import GP_EN, pron


def phone_message(r, c):
    p = c.alloc.en() if r.random() < 0.5 else c.alloc.on()
    clerk = r.choice(["murphy", "lavoie"])
    nurse = r.choice(C.NURSES)
    issue = r.choice([("ran out of prednisone 10 mg, pharmacy needs a new script", "prednisone"),
                      ("hands and feet swollen again since stopping methotrexate for dental surgery", "methotrexate"),
                      ("rash after the last rituximab infusion, wants to know if the next one is still on", "rituximab"),
                      ("injection site reaction with Hadlima, red patch 6 cm", "Hadlima")])
    c.t("medication")
    if r.random() < 0.5:
        dx = r.choice(["RA", "PsA", "lupus", "GCA"])
        extra = " (%s pt of %s)" % (dx, C.staff_name(r.choice(C.PHYS), "en"))
        c.t("diagnosis")
    else:
        extra = ""
    nm = c.name(p, r.choice(["title_full", "full", "upper_first", "lower"]))
    body = ("PHONE MESSAGE\n\nFor: %s\nFrom: %s%s\nCall back: %s %s\nTaken: %s %s\n\nMessage: %s.\n\n%s"
            % (C.staff_name(nurse, "en"), nm, extra, c.phone(p), r.choice(["(home)", "(cell)", "- leave a message OK", ""]),
               C.short_date_en(c.when.date()), c.when.strftime("%H:%M"), issue[0].capitalize(), T.first(clerk)))
    if r.random() < 0.3:
        body += "\nAlso changed address: %s" % c.address(p)
    subj = r.choice(["Phone message", "Call back please", "Msg - %s" % issue[1], "Patient called re %s" % issue[1]])
    return T.spec("phone_message", "phone message from a patient with call-back number", subj, T.who(clerk, "en"), [T.who(nurse, "en")],
                  body, mode=r.choice(["plain", "plain", "html"]))


def pharmacy_rx(r, c):
    p = c.alloc.on() if r.random() < 0.5 else c.alloc.en()
    md = r.choice(C.PHYS)
    dm = K.dmard_of(r)
    items = ["%s %s" % (dm[1], dm[3])]
    if "methotrexate" in dm[1]:
        items.append("folic acid 5 mg once weekly (not on MTX day)")
    items.append(r.choice(["prednisone 5 mg daily x 4 weeks then stop", "pantoprazole 40 mg daily", "vitamin D 1000 IU daily",
                           "colchicine 0.6 mg daily"]))
    c.t("medication")
    rx = ["PRESCRIPTION", "", "Patient: %s" % c.full_name(p), "DOB: %s" % c.dob(p)]
    if p.ohip and r.random() < 0.6:
        rx.append("OHIP: %s" % c.ohip(p))
    if r.random() < 0.5:
        rx.append("Address: %s" % c.address(p))
    if r.random() < 0.5:
        rx.append("Dx: %s" % r.choice(["RA", "PsA", "SLE", "gout", "polymyalgia rheumatica"]))
        c.t("diagnosis")
    rx += ["", "Rx:"] + ["  %d. %s" % (i + 1, x) for i, x in enumerate(items)] + \
          ["", "Refills: %s" % r.choice(["3", "5", "none"]), "Prescriber: %s, rheumatology" % C.staff_name(md, "en")]
    body = "\n".join(rx) + "\n\n" + C.signature(r, md, "en")
    return T.spec("prescription", "prescription e-mailed to a pharmacy", r.choice(["Rx", "Prescription - %s" % p.surname, "New prescription"]),
                  T.who(md, "en"), [("Dispensary", "rx@" + C.EXT["pharm2"][1])], body)


def tb_screen(r, c):
    p = c.alloc.qc(True) if r.random() < 0.6 else c.alloc.en()
    b = K.bio_of(r)
    labs = K.labs_screen(r, "en")
    c.t("lab_result", "medication")
    md = r.choice(C.PHYS)
    nurse = r.choice(C.NURSES)
    ident = c.ident_line(p) if p.nam else "%s (MRN %s)" % (c.name(p), c.mrn(p))
    first = ("%s\n\nPre-biologic screening is back for %s, planned start %s:\n\n%s\n\nOk to proceed?\n\n%s"
             % (T.greet(r, "en", T.first(md)), ident, K.bio_name(r, b), "\n".join("- %s: %s" % x for x in labs), T.first(nurse)))
    qft_pos = "positive" in labs[0][1]
    ans = ("QFT positive - refer to TB clinic for LTBI treatment (4 months rifampin). We can start the biologic after 1 month if CXR stays clear."
           if qft_pos else r.choice(["Yes, go ahead. Book first dose.", "Anti-HBc reactive - add HBV DNA and start entecavir prophylaxis first."
                                     if "reactive" == labs[2][1] else "All good, proceed. Vaccines: Shingrix x2 before if possible."]))
    subj = "Pre-biologic screening"
    body = ans + "\n\n" + T.first(md) + "\n\n" + T.quote_block(r, "en", first, T.who(nurse, "en"), T.earlier(r, c.when), subj,
                                                               to=C.staff_name(md, "en"))
    if qft_pos or "entecavir" in ans:
        c.t("diagnosis")
    return T.spec("screening_thread", "reply thread on pre-biologic TB and hepatitis screening", "RE: " + subj, T.who(md, "en"),
                  [T.who(nurse, "en")], body, mode=r.choice(["plain", "alt"]))


def clinic_note(r, c):
    p = c.alloc.qc(True) if r.random() < 0.6 else c.alloc.on()
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication", "lab_result")
    md = r.choice(C.PHYS)
    ids = [("Name", c.full_name(p)), ("DOB", c.dob(p)), ("Sex", p.sex), ("MRN", c.mrn(p, "plain"))]
    if p.nam:
        ids.append(("RAMQ", c.nam(p)))
    if p.ohip:
        ids.append(("OHIP", c.ohip(p)))
    labs = K.labs_for_dx(r, dx, "en", 4)
    blocks = [("title", "Rheumatology Consultation Note"), ("kv", ids),
              ("h", "Impression"), ("p", dx[1]),
              ("h", "History"), ("p", r.choice(["Two years of symptoms, progressive despite methotrexate.",
                                                "Flare after tapering prednisone below 10 mg.",
                                                "Referred after hospital admission; now improving."])),
              ("h", "Investigations"), ("table", ["Test", "Result"], labs),
              ("h", "Plan"), ("p", "Start %s %s. Continue %s. Follow-up in %d weeks." % (b[0], b[4], r.choice(["methotrexate 20 mg weekly",
                                                                                                            "hydroxychloroquine 200 mg BID", "prednisone 10 mg"]), r.choice([6, 8, 12])))]
    fn = r.choice(["consult_note.docx", "Consult %s %s.docx" % (p.surname, p.given), "%s_consult.docx" % T.slug(p.surname).upper()])
    if p.surname in fn or T.slug(p.surname).upper() in fn:
        c.t("patient_name")
    att = {"kind": "docx", "data": D.docx(blocks, "Consultation note", C.staff_name(md, "en", False)), "filename": fn}
    to = r.choice([[("Medical Records", "records@" + C.ORG_DOMAIN)], [T.who(r.choice(C.CLERKS), "en")]])
    body = "%s\n\n%s\n\n%s" % (T.greet(r, "en"), r.choice(["Consult note attached for filing.", "Final version of today's consult - please send to the GP.",
                                                            "Attached: dictation, corrected."]), C.signature(r, md, "en"))
    return T.spec("consult_note", "consultation note as Word attachment", r.choice(["Consult note", "Dictation for filing", "Note"]),
                  T.who(md, "en"), to, body, attachments=[att])


SOCIAL_EN = [
    "disclosed today that her/his partner is controlling her/his medications and appointments; safety plan discussed",
    "lost her/his job in the fall and has no drug coverage; currently on Ontario Works",
    "is couch-surfing after an eviction and has no fridge to store the Humira pens",
    "has a Children's Aid worker involved with the family; misses appointments when childcare falls through",
    "receives ODSP and cannot afford the deductible for the new plan year",
]


def social_work_en(r, c):
    p = c.alloc.en() if r.random() < 0.6 else c.alloc.on()
    b = K.bio_of(r)
    c.t("social_information", "medication")
    sw = r.choice(C.SOCIAL)
    nurse = r.choice(C.NURSES)
    sit = r.choice(SOCIAL_EN).replace("her/his", "her" if p.sex == "F" else "his")
    ident = "%s (MRN %s)" % (c.name(p, r.choice(["full", "title_full", "upper_first"])), c.mrn(p))
    body = ("%s\n\nCould you see %s? %s %s. %s is on %s and the next dose is due %s.\n\n%s\n\n%s"
            % (T.greet(r, "en", T.first(sw)), ident, pron(p)[1].capitalize(), sit, pron(p)[1].capitalize(), K.bio_name(r, b),
               C.long_date_en(T.future(r, c.when, 3, 20)),
               r.choice(["Please do not call the home number - use the cell on file only.", "Interpreter not needed.",
                         "Happy to discuss at huddle."]), C.signature(r, nurse, "en")))
    if "use the cell on file only." in body and r.random() < 0.5:
        body = body.replace("use the cell on file only.", "use %s only." % c.phone(p))
    if "Ontario Works" in sit or "ODSP" in sit:
        body = body.replace(" and the next dose is due", " (SIN for the benefits form: %s) and the next dose is due" % c.sin(p), 1)
    subj = r.choice(["SW referral", "Referral to social work - urgent", "Social work consult", "Support needed - %s" % c.name(p, "initial")])
    return T.spec("social_work", "nurse referral to social work about patient's social situation", subj, T.who(nurse, "en"),
                  [T.who(sw, "en")], body, extra_headers=[("X-Priority", "1")] if r.random() < 0.4 else [])


def vcard_patient(r, c):
    p = c.alloc.en() if r.random() < 0.5 else c.alloc.on()
    b = K.bio_of(r, iv=True)
    c.t("medication", "patient_contact", "patient_name")
    c.rec("patient_name", p.surname)
    c.rec("patient_contact", p.phone)
    nurse = r.choice(C.NURSES)
    adr_parts = p.address.split(", ")
    vc = D.vcard(fn="%s %s" % (p.given, p.surname), n="%s;%s;;;" % (p.surname, p.given), tel=[("CELL", p.phone)],
                 adr=("HOME", ";".join([adr_parts[0], adr_parts[1], adr_parts[2].split("  ")[0], adr_parts[2].split("  ")[-1], "Canada"])),
                 note="Infusion patient - %s; prefers text reminders" % b[0], bday=p.dob.isoformat() if r.random() < 0.5 else None)
    if "BDAY" in vc.decode("utf-8"):
        c.t("date_of_birth")
        c.rec("date_of_birth", p.dob.isoformat())
    day = T.future(r, c.when, 2, 14)
    body = ("%s\n\nContact card attached for the new %s start on %s. %s asked that reminders go to the cell rather than the landline.\n\n%s"
            % (T.greet(r, "en"), b[0], C.long_date_en(day), pron(p)[1].capitalize(), C.signature(r, nurse, "en")))
    return T.spec("contact_card", "patient contact card attached for infusion reminders", r.choice(["Contact info - new start",
                  "vCard for reminder list", "Contact for %s start" % b[1][0]]), T.who(nurse, "en"),
                  [T.who(r.choice(["murphy", "lavoie"]), "en")], body,
                  attachments=[{"kind": "vcf", "data": vc, "filename": "%s_%s.vcf" % (T.slug(p.given), T.slug(p.surname))}])


def zip_labs(r, c):
    p = c.alloc.on() if r.random() < 0.5 else c.alloc.en()
    dx = K.dx_of(r, ["lupus", "vasc", "ra"])
    c.t("lab_result", "diagnosis", "patient_name")
    md = r.choice(C.PHYS)
    members = []
    for i in range(r.randint(2, 3)):
        d = T.past(r, c.when, 30 * i + 3, 30 * i + 25)
        labs = K.labs_for_dx(r, dx, "en", 6)
        blocks = [("title", "Laboratory Report"), ("kv", [("Patient", c.full_name(p)), ("DOB", c.dob(p)), ("MRN", c.mrn(p, "plain")),
                                                          ("Collected", d.isoformat()), ("Clinical info", dx[1])]),
                  ("table", ["Test", "Result"], labs)]
        members.append(("labs_%s.pdf" % d.strftime("%Y%m%d"), D.pdf(blocks, "Lab report", "BioLab", compress=r.random() < 0.5)))
    if r.random() < 0.4:
        members.append(("summary.csv", D.csv_bytes(["date", "test", "result"], [[m[0][5:13], "see PDF", ""] for m in members])))
    zname = r.choice(["labs_%s.zip" % T.slug(p.surname).lower(), "lab_history.zip", "results.zip"])
    body = ("%s\n\nAs requested, the last %d lab reports for %s are in the attached archive (password-free per our secure-domain policy).\n\n%s"
            % (T.greet(r, "en"), len([m for m in members if m[0].endswith(".pdf")]), c.name(p, r.choice(["full", "title_sur", "upper_first"])),
               C.signature(r, md, "en")))
    return T.spec("lab_archive", "archive of lab reports for transfer of care", r.choice(["Lab history", "Results for transfer",
                  "Labs as requested"]), T.who(md, "en"), [("Dr. Lorna McKee", "lmckee@" + C.EXT["ont"][1])], body,
                  attachments=[{"kind": "zip", "data": D.zip_bytes(members), "filename": zname}])


def fwd_patient_email(r, c):
    p = c.alloc.qc(True) if r.random() < 0.6 else c.alloc.en()
    b = K.bio_of(r)
    c.t("medication", "patient_name")
    c.rec("patient_name", p.surname)
    nurse = r.choice(C.NURSES)
    md = r.choice(C.PHYS)
    paddr = "%s.%s%d@%s" % (C.ascii_fold(p.given).lower(), C.ascii_fold(p.surname).lower().replace("'", ""), r.randint(1, 99),
                            r.choice(["courriel.example", "mailbox.example", "webpost.example"]))
    symptoms = ["I've had a fever since Sunday and a cough, should I still come for my infusion Thursday?",
                "My knees are swollen again and I can't get down the stairs. The prednisone is finished.",
                "The pharmacy says my insurance refused the %s. What do I do?" % b[1][0]]
    if p.sex == "F" and C.age_at(p.dob, c.when.date()) < 45:
        symptoms.append("I found out I'm pregnant, 6 weeks. I'm still taking my methotrexate every Monday, is that a problem?")
    symptom = r.choice(symptoms)
    if "pregnant" in symptom:
        c.t("diagnosis")
    sig = "%s %s" % (p.given, p.surname)
    if p.nam:
        sig += "\n%s: %s\nDOB %s (%s)" % (r.choice(["RAMQ", "Medicare card"]), c.nam(p), c.dob(p), p.sex)
    elif r.random() < 0.5:
        sig += "\n" + c.phone(p)
    inner_text = "Hello,\n\n%s\n\nI'm on %s.\n\nThank you,\n%s" % (symptom, K.bio_name(r, b), sig)
    inner = {"key": "inner-" + paddr, "lang": "en", "frm": (p.given + " " + p.surname, paddr),
             "to": [("Rheumatology Nurse Line", "nurseline.rheum@" + C.ORG_DOMAIN)],
             "subject": r.choice(["Question about my treatment", "infusion thursday", "Help please"]),
             "date": T.earlier(r, c.when, 2, 30), "text": inner_text, "mode": r.choice(["plain", "alt"])}
    data = M.build(inner, r, nested=True)
    body = ("%s\n\nForwarding the message below from the nurse line inbox - can you advise? I've asked %s to hold the dose for now.\n\n%s"
            % (T.greet(r, "en", T.first(md)), pron(p)[0], C.signature(r, nurse, "en")))
    return T.spec("forwarded_patient_mail", "patient e-mail forwarded to physician as attached message",
                  "FW: " + inner["subject"], T.who(nurse, "en"), [T.who(md, "en")], body,
                  attachments=[{"kind": "eml", "data": data, "filename": r.choice(["message.eml", inner["subject"] + ".eml", ""])}])


def qc_anglo(r, c):
    p = c.alloc.qc(True)
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc", "oa"])
    c.t("diagnosis")
    clsc = r.choice([("Dr. Fiona Gallant", "fgallant"), ("Dr. Marco Ianni", "mianni")])
    meds = K.med_for_dx(r, dx, "en")
    c.t("medication")
    body = ("Dear colleague,\n\nRe: %s\n\nI would appreciate your assessment of this patient from Hollis Bay with %s. %s "
            "Current medication: %s.\n\n%s\n\nKind regards,\n%s\nHollis Bay Community Clinic (CLSC)\nTel 819-555-01%02d"
            % (c.ident_line(p), dx[1], r.choice(["Symptoms for about 6 months, worse in the mornings.", "Recent ER visit for a flare.",
                                                 "Labs attached from our lab."]), meds,
               r.choice(["The patient prefers English.", "Please send the appointment by mail; no e-mail address.", ""]),
               clsc[0], r.randint(10, 99)))
    atts = []
    if r.random() < 0.4:
        labs = K.labs_for_dx(r, dx, "en", 4)
        c.t("lab_result")
        atts.append({"kind": "csv", "data": D.csv_bytes(["Test", "Result", "Date"], [[a, b, c.when.date().isoformat()] for a, b in labs]),
                     "filename": "labs.csv"})
    return T.spec("referral", "English referral of a Quebec patient with RAMQ number", r.choice(["Referral", "Rheumatology referral",
                  "Request for consultation - %s" % dx[3]]), (clsc[0], clsc[1] + "@clsc-hollisbay.example"),
                  [("Rheumatology Intake", "intake.rheum@" + C.ORG_DOMAIN)], body, attachments=atts, mode=r.choice(["plain", "alt"]))


def visitor_claim(r, c):
    p = c.alloc.foreign()
    be = p.origin == "be"
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS + C.RESIDENTS)
    clerk = r.choice(["murphy", "charest"])
    ev = r.choice([("acute gout flare of the left knee", "knee aspiration (monosodium urate crystals) and triamcinolone 40 mg intra-articular injection"),
                   ("reactive arthritis of the right ankle after a gastroenteritis", "naproxen 500 mg BID and ultrasound-guided ankle injection"),
                   ("flare of known rheumatoid arthritis while travelling", "prednisone 20 mg taper; methotrexate supply bridged for 4 weeks")])
    ins, ins_dom = r.choice([("Assistance Voyage Europ'Aide", "europaide-assist.example"),
                             ("Mutualité Saint-Lambert - service assistance", "mutualite-stlambert.example"),
                             ("TravelSure Europe", "travelsure-eu.example")])
    idline = ("Belgian national number (NISS): " + c.niss(p)) if be else ("French social security number (NIR): " + c.nir(p))
    when = T.past(r, c.when, 2, 12)
    report = ("MEDICAL REPORT FOR TRAVEL INSURER\n\nPatient: %s\nDate of birth: %s\n%s\nPolicy / file no.: %s-%06d\n"
              "Date of visit: %s\n\nDiagnosis: %s.\nTreatment provided: %s.\nFit to fly: %s.\n\nAttending: %s"
              % (c.full_name(p), c.dob(p), idline, r.choice(["EA", "ML", "TS"]), r.randint(100000, 999999), C.long_date_en(when),
                 ev[0], ev[1], r.choice(["yes", "yes, with aisle seat", "after 72 h"]), C.staff_name(md, "en")))
    if r.random() < 0.5:
        att = {"kind": "pdf", "data": D.pdf([("title", "Medical report - travel insurance"), ("p", report)], "Medical report",
                                            C.staff_name(md, "en", False), compress=r.random() < 0.5),
               "filename": r.choice(["medical_report.pdf", "report_%s.pdf" % T.slug(p.surname)])}
        body = ("Hello,\n\nPlease find attached the medical report and our invoice reference for your insured, %s, seen at our "
                "rheumatology clinic on %s.\n\n%s" % (c.name(p, r.choice(["full", "upper_first", "title_full"])), C.long_date_en(when),
                                                      C.signature(r, clerk, "en")))
        atts = [att]
    else:
        body = report + "\n\n" + C.signature(r, clerk, "en")
        atts = []
    return T.spec("insurer_request", "medical report for a European visitor's travel insurer", r.choice(["Medical report - insured visitor",
                  "Claim documentation", "Report for your file"]), T.who(clerk, "en"),
                  [(ins, "claims@" + ins_dom)],
                  body, attachments=atts)


TEMPLATES = [visitor_claim, phone_message, pharmacy_rx, tb_screen, clinic_note, social_work_en, vcard_patient, zip_labs, fwd_patient_email, qc_anglo]
