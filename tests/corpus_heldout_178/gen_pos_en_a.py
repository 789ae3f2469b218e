"""English positives, part A: Ontario referrals, infusion census, DMARD
bloodwork, insurer prior authorization, Exceptional Access Program, special
access with patient support enrolment, joint injections, lupus and GPA
follow-up."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
import gen_tpl as T

GP_EN = [("Dr. Meredith Kyle", "mkyle"), ("Dr. Anand Bhatt", "abhatt"), ("Dr. Lorna McKee", "lmckee"),
         ("Dr. Samuel Osei", "sosei")]

SYMPT_EN = {
    "RA": ["symmetric small-joint synovitis of the hands for {m} months, 90 minutes of morning stiffness",
           "swollen wrists and MTPs for {m} months, cannot make a fist in the morning"],
    "AS": ["inflammatory back pain for {m} months waking her/him at night, partial response to naproxen"],
    "PsA": ["dactylitis of the 2nd toe and heel pain, scalp psoriasis, knee oligoarthritis for {m} months"],
    "SLE": ["photosensitive malar rash, oral ulcers, arthralgias and hair loss for {m} months",
            "pleuritic chest pain, Raynaud's and inflammatory arthritis of the hands for {m} months"],
    "LN": ["leg oedema, foamy urine and hand arthritis for {m} months"],
    "GCA": ["new temporal headache, jaw claudication and an episode of amaurosis fugax {m} weeks ago"],
    "GPA": ["crusting sinusitis, epistaxis and haemoptysis over {m} weeks"],
    "MPA": ["fatigue, 6 kg weight loss, haematuria and rising creatinine over {m} weeks"],
    "PMR": ["shoulder and hip girdle pain and stiffness, cannot dress in the morning, for {m} weeks"],
    "gout": ["recurrent podagra and a new olecranon tophus over {m} months"],
    "knee OA": ["recurrent right knee effusions with mechanical pain for {m} months"],
    "Sjögren's": ["dry eyes and mouth, parotid swelling and arthralgias for {m} months"],
    "SSc": ["severe Raynaud's, skin thickening of the fingers and reflux for {m} months"],
}


def _labs(r, dx):
    return K.labs_for_dx(r, dx, "en")


def pron(p):
    return ("her", "she") if p.sex == "F" else ("him", "he")


def referral_on(r, c):
    p = c.alloc.on()
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc", "oa", "ctd"])
    gname, gloc = r.choice(GP_EN)
    frm = (gname, gloc + "@" + C.EXT["ont"][1])
    sym = r.choice(SYMPT_EN[dx[3]]).format(m=r.randint(2, 9)).replace("her/him", pron(p)[0])
    labs = _labs(r, dx)
    c.t("diagnosis", "lab_result")
    lines = ["RE: %s, %s %s" % (c.name(p, r.choice(["upper_first", "full"])), r.choice(["DOB", "born"]), c.dob(p)),
             "OHIP: %s" % c.ohip(p)]
    if r.random() < 0.5:
        lines.append("Address: %s  Tel: %s" % (c.address(p), c.phone(p)))
    med = r.choice([K.med_for_dx(r, dx, "en"), K.med_for_dx(r, dx, "en"), "no DMARD yet"])
    if "no DMARD" not in med:
        c.t("medication")
    body = ("%s\n\nThank you for seeing this %d-year-old %s with %s. Working diagnosis: %s.\n\n%s\n\nInvestigations: %s\nCurrent meds: %s\n"
            "Urgency: %s\n\nI understand you accept out-of-province referrals from our catchment. The patient is happy to travel.\n\n%s\n%s\n%s"
            % (T.greet(r, "en", "colleague") if r.random() < 0.5 else "Dear Rheumatology Intake,",
               C.age_at(p.dob, c.when.date()), "woman" if p.sex == "F" else "man", sym, dx[1],
               "\n".join(lines), K.labs_inline(labs, "; "), med, r.choice(["semi-urgent", "routine", "urgent - please triage"]),
               gname, C.EXT["ont"][0], "Tel 613-555-01%02d / Fax 613-555-01%02d" % (r.randint(20, 49), r.randint(50, 79))))
    atts = []
    if r.random() < 0.35:
        blocks = [("title", "Referral — Rheumatology"),
                  ("kv", [("Patient", c.full_name(p)), ("Date of birth", c.dob(p)), ("Health number", c.ohip(p, "hyphen"))]),
                  ("h", "Reason for referral"), ("p", "%s: %s" % (dx[1], sym)), ("table", ["Test", "Result"], labs)]
        atts.append({"kind": "pdf", "data": D.pdf(blocks, "Referral", gname, compress=r.random() < 0.5),
                     "filename": r.choice(["referral.pdf", "Rheum referral %s.pdf" % p.surname, "eReferral_%d.pdf" % r.randint(1000, 9999)])})
        if p.surname in atts[0]["filename"]:
            c.t("patient_name")
    subj = r.choice(["Referral - rheumatology", "New referral: %s" % dx[3], "Referral for %s" % c.name(p, "title_sur"), "eReferral"])
    return T.spec("referral", "Ontario family physician referral with health card number", subj, frm,
                  [("Rheumatology Intake", "intake.rheum@" + C.ORG_DOMAIN)], body, attachments=atts, mode=r.choice(["plain", "alt"]))


def infusion_census(r, c):
    n = r.randint(4, 8)
    day = T.future(r, c.when, 1, 2)
    header = ["Chair", "Time", "Patient", "MRN", "Drug", "Dose", "Notes"]
    rows = []
    has_dx = r.random() < 0.5
    for i in range(n):
        p = c.alloc.on() if r.random() < 0.3 else c.alloc.en()
        b = K.bio_of(r, iv=True)
        d = K.dx_for_bio(r, b)
        note = r.choice(["", "first dose - obs 2h", "premed: acetaminophen/cetirizine", "check CBC first", "weight changed >10%",
                         "hold if febrile", "slow rate - reaction last time", "new IV access needed"])
        if has_dx:
            note = d[3] + ("; " + note if note else "")
        rows.append([chr(65 + i // 3) + str(i % 3 + 1), T.hhmm(r, 7, 14, fr=False),
                     c.name(p, r.choice(["upper_first", "sur_first", "initial"])), c.mrn(p, r.choice(["plain", "H", "zero"])),
                     b[0] if r.random() < 0.5 else b[1][0], b[4].split(" q")[0].split(" days")[0], note])
    c.t("medication")
    if has_dx:
        c.t("diagnosis")
    sender = T.who(r.choice(["murphy", "lavoie"]), "en")
    to = [T.who("obrien", "en"), T.who("dube", "en"), ("Biologics Prep", "biologics.pharmacy@" + C.ORG_DOMAIN)]
    subj = r.choice(["Infusion census %s" % C.short_date_en(day), "Tomorrow's chairs", "Infusion clinic list - %s" % day.isoformat(),
                     "Chair assignments %s" % C.long_date_en(day)])
    intro = "%s\n\nChair assignments for %s below (%d patients)." % (T.greet(r, "en"), C.long_date_en(day), n)
    outro = r.choice(["Pharmacy has all orders except chair B2 - pending weight.", "Please flag any missing consent forms.",
                      "Reminder: chair C1 is out of service until noon."])
    k = r.random()
    if k < 0.4:
        html = T.html_doc(T.paras_html(intro) + T.html_table(header, rows) + T.paras_html(outro))
        return T.spec("infusion_list", "infusion census table with patients and biologics", subj, sender, to,
                      intro + "\n\n" + T.text_table(header, rows) + "\n\n" + outro, html=html, mode=r.choice(["html", "alt"]))
    if k < 0.75:
        att = {"kind": "xlsx", "data": D.xlsx([("Census", header, rows)], "Infusion census", sender[0]),
               "filename": "infusion_census_%s.xlsx" % day.strftime("%Y%m%d")}
        return T.spec("infusion_list", "infusion census as spreadsheet attachment", subj, sender, to,
                      intro + " Spreadsheet attached.\n\n" + outro, attachments=[att])
    return T.spec("infusion_list", "infusion census as plain-text table", subj, sender, to,
                  intro + "\n\n" + T.text_table(header, rows) + "\n\n" + outro)


def dmard_bloodwork(r, c):
    p = c.alloc.on() if r.random() < 0.4 else c.alloc.en()
    dm = K.dmard_of(r, "cbc_lft")
    rows, kind = K.labs_dmard(r, "en", abnormal=True)
    c.t("lab_result", "medication")
    md = r.choice(C.PHYS)
    nurse = r.choice(["kowalski", "obrien", "nguyen"])
    ident = "%s (%s %s)" % (c.name(p), r.choice(["MRN", "chart"]), c.mrn(p))
    if p.ohip and r.random() < 0.5:
        ident += ", HCN " + c.ohip(p)
    prob = {"alt": "ALT is up", "neut": "neutrophils are low", "ok": "stable"}[kind]
    body = ("%s\n\nMonitoring bloods for %s on %s %s — %s:\n\n%s\n\n%s\n\n%s"
            % (T.greet(r, "en", T.doc_short(md, "en")), ident, dm[1], dm[3], prob,
               "\n".join("  %-12s %s" % x for x in rows),
               r.choice(["Hold this week's dose and repeat in 2 weeks?", "Should I tell %s to stop until you review?" % pron(p)[0],
                         "No symptoms reported. Ok to continue?"]), C.signature(r, nurse, "en")))
    subj = r.choice(["Abnormal DMARD bloods", "Bloodwork review - %s" % dm[1].split(" (")[0], "FYI %s" % prob,
                     "Labs for %s" % c.name(p, "initial")])
    if r.random() < 0.5:
        reply = r.choice(["Hold for 2 weeks, then restart at a lower dose. Repeat CBC/ALT/creat in 2 weeks.",
                          "Stop it. Book %s into Thursday's clinic and add hepatitis serologies." % pron(p)[0],
                          "Fine to continue, recheck in 4 weeks."])
        body = reply + "\n\n" + T.first(md) + "\n\n" + T.quote_block(r, "en", body, T.who(nurse, "en"), T.earlier(r, c.when), subj)
        return T.spec("dmard_monitoring", "reply about DMARD monitoring bloodwork", "RE: " + subj, T.who(md, "en"),
                      [T.who(nurse, "en")], body, mode=r.choice(["plain", "alt"]))
    return T.spec("dmard_monitoring", "DMARD monitoring bloodwork sent to physician", subj, T.who(nurse, "en"), [T.who(md, "en")], body)


def insurer_pa(r, c):
    qc = r.random() < 0.5
    p = c.alloc.qc(True) if qc else c.alloc.on()
    dx = K.dx_of(r, ["ra", "spa", "lupus"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS)
    clerk = r.choice(["murphy", "charest"])
    member = "%s-%07d" % (r.choice(["NBL", "GRP", "CTR"]), r.randint(1000000, 9999999))
    disability = r.random() < 0.55
    fields = [("Plan member", c.full_name(p)), ("Date of birth", c.dob(p)), ("Sex", p.sex), ("Certificate / ID", member)]
    if p.nam:
        fields.append(("Provincial health no. (RAMQ)", c.nam(p, r.choice(["plain", "spaced"]))))
    if disability:
        fields.append(("Social Insurance Number", c.sin(p)))
    blocks = [("title", "Attending Physician Statement" if disability else "Prior Authorization Form - Specialty Drug"),
              ("kv", fields), ("h", "Clinical information"),
              ("kv", [("Diagnosis", dx[1]), ("Requested drug", "%s (%s) %s" % (b[0], b[1][0], b[4])),
                      ("Previous therapies", r.choice(["methotrexate 25 mg SC x 6 months; leflunomide 20 mg (ALT rise)",
                                                       "two NSAIDs at full dose; sulfasalazine 2 g", "hydroxychloroquine, azathioprine"])),
                      ("Disease activity", "DAS28-CRP %.1f" % r.uniform(4.2, 6.5))])]
    c.t("lab_result")
    if disability:
        blocks += [("h", "Functional limitations"), ("p", r.choice(["Unable to perform fine motor tasks; off work since %s." % C.long_date_en(T.past(r, c.when, 20, 90)),
                                                                   "Cannot stand > 20 minutes; graduated return to work expected in 8 weeks."]))]
    att = {"kind": "pdf", "data": D.pdf(blocks, blocks[0][1], C.staff_name(clerk, "en", False), compress=r.random() < 0.5),
           "filename": r.choice(["PA_form_%s.pdf" % b[0], "%s_%s_APS.pdf" % (T.slug(p.surname), p.given[0]) if disability else
                                 "prior_auth_%s.pdf" % T.slug(p.surname).lower(), "Northbridge form.pdf"])}
    if T.slug(p.surname) in att["filename"] or T.slug(p.surname).lower() in att["filename"]:
        c.t("patient_name")
    body = ("%s\n\nPlease find attached the completed %s for your plan member %s (ID %s), signed by %s.\n\n%s\n\n%s"
            % (r.choice(["Hello,", "Good afternoon,", "To the Drug Claims team,"]),
               "attending physician statement" if disability else "prior authorization form for %s" % b[1][0],
               c.name(p, r.choice(["full", "upper_first", "title_full"])), member, C.staff_name(md, "en"),
               r.choice(["Kindly fax the decision to 450 555-0118.", "Please reply to this address with the decision.", ""]),
               C.signature(r, clerk, "en")))
    subj = r.choice(["Prior authorization - %s" % b[1][0], "Completed form - member %s" % member, "APS - %s" % c.name(p, "upper_first")
                     if disability else "Special authorization request"])
    return T.spec("insurer_request", "completed insurer form for a plan member", subj, T.who(clerk, "en"),
                  [T.ext("ins2", "drugclaims")], body, attachments=[att])


def eap(r, c):
    p = c.alloc.on()
    dx = K.dx_of(r, ["ra", "spa", "vasc", "lupus"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication", "lab_result")
    md = r.choice(C.PHYS)
    labs = _labs(r, dx)
    body = ("EXCEPTIONAL ACCESS PROGRAM REQUEST\n\nPatient: %s\nHealth number: %s\nDOB: %s\nDrug requested: %s, %s\n"
            "Diagnosis: %s\nPrevious therapy: %s\nRecent results: %s\nPrescriber: %s, CPSO-equivalent #%05d\n\n"
            "The patient is an Ontario resident followed at our clinic (cross-border catchment). Please advise if further "
            "documentation is needed.\n\n%s"
            % (c.full_name(p), c.ohip(p), c.dob(p), b[0], b[4], dx[1],
               r.choice(["methotrexate, leflunomide, adalimumab (secondary failure)", "prednisone taper failed twice; methotrexate 20 mg",
                         "hydroxychloroquine 400 mg, MMF 3 g/day x 6 months"]), K.labs_inline(labs, "; "),
               C.staff_name(md, "en"), r.randint(10000, 99999), C.signature(r, md, "en")))
    subj = r.choice(["EAP request - %s" % b[0], "Exceptional Access request", "EAP: %s for %s" % (b[0], dx[3])])
    return T.spec("drug_authorization", "Exceptional Access Program request", subj, T.who(md, "en"), [T.ext("eap", "submissions")], body,
                  mode=r.choice(["plain", "alt"]))


def psp_enrolment(r, c):
    p = c.alloc.on() if r.random() < 0.5 else c.alloc.en()
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication")
    nurse = r.choice(C.NURSES)
    body = ("%s\n\nPlease enrol the following patient in the %s program for %s (%s).\n\n"
            "Name: %s\nDOB: %s\n%sHome address: %s\nPhone (cell): %s\nPreferred language: %s\nBest time to call: %s\n"
            "Coverage: %s\n\nDiagnosis: %s. First %s planned for %s at our infusion clinic.\n\n%s"
            % (T.greet(r, "en"), C.EXT["psp_en"][0], b[0], b[1][0], c.full_name(p), c.dob(p),
               ("Health card (ON): %s\n" % c.ohip(p)) if p.ohip else "", c.address(p), c.phone(p),
               r.choice(["English", "French", "Punjabi (daughter translates)"]), r.choice(["mornings", "after 5 pm", "any time"]),
               r.choice(["no private plan - please assess for financial assistance", "private plan through spouse",
                         "provincial plan only, on disability support"]), dx[1],
               "infusion" if b[2] else "dose teaching", C.long_date_en(T.future(r, c.when, 7, 30)), C.signature(r, nurse, "en")))
    if "disability support" in body or "financial assistance" in body:
        c.t("social_information")
    subj = r.choice(["PSP enrolment - %s" % b[1][0], "New start: %s" % b[0], "Enrolment form %s" % c.name(p, "upper_first")])
    return T.spec("psp_enrolment", "patient support program enrolment with contact details", subj, T.who(nurse, "en"),
                  [T.ext("psp_en", "enrol")], body)


def injection_booking_en(r, c):
    qc = r.random() < 0.4
    p = c.alloc.qc(True) if qc else c.alloc.en()
    jd = r.choice(K.JOINT_DX)
    joint = jd[1]
    inj = r.choice(K.STEROID_INJ_EN)
    dx = r.choice(jd[3])
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS + C.RESIDENTS)
    clerk = r.choice(["murphy", "lavoie"])
    day = T.future(r, c.when, 4, 25)
    who_p = c.ident_line(p) if p.nam else "%s, MRN %s" % (c.name(p), c.mrn(p))
    req = ("%s\n\nCould you book %s for a %s injection (%s)? %s. US-guided slot if possible, any morning %s.\n%s\n\n%s"
           % (T.greet(r, "en", T.first(clerk)), who_p, joint, dx, inj, "the week of " + C.short_date_en(day),
              r.choice(["", "On apixaban - no need to hold.", "Diabetic - warn about sugars for 48 h.", "Needs an interpreter (Portuguese)."]),
              T.thanks(r, "en")))
    if r.random() < 0.5:
        start = datetime.datetime.combine(day, datetime.time(r.choice([8, 9, 10, 11]), r.choice([0, 30])))
        ev = {"uid": "inj-%d@%s" % (r.randint(100000, 999999), C.ORG_DOMAIN), "start": start, "end": start + datetime.timedelta(minutes=30),
              "summary": "%s injection - %s" % (joint.split(" (")[0], c.name(p, r.choice(["upper_first", "full"]))),
              "location": "Rheumatology procedure room 2",
              "description": "%s. %s. MRN %s" % (dx, inj, c.mrn(p, "plain")),
              "organizer": (C.staff_name(clerk, "en", False), C.staff_addr(clerk)),
              "attendees": [(C.staff_name(md, "en", False), C.staff_addr(md))]}
        body = "Booked for %s at %s - invite attached.\n\n%s" % (C.long_date_en(day), start.strftime("%H:%M"),
                                                                   T.quote_block(r, "en", req, T.who(md, "en"), T.earlier(r, c.when), "Injection booking"))
        return T.spec("injection_booking", "joint injection booked with calendar invite", "RE: Injection booking", T.who(clerk, "en"),
                      [T.who(md, "en")], body, attachments=[{"kind": "ics", "data": D.ics([ev], prodid="-//Trois-Rivages//Agenda//EN"),
                                                              "filename": r.choice(["invite.ics", "injection.ics"])}])
    return T.spec("injection_booking", "request to book a joint injection", r.choice(["Injection booking", "Please book: %s injection" % joint.split(" (")[0]]),
                  T.who(md, "en"), [T.who(clerk, "en")], req)


def lupus_followup(r, c):
    p = c.alloc.on() if r.random() < 0.5 else c.alloc.en()
    labs = K.labs_lupus(r, "en")
    c.t("diagnosis", "lab_result", "medication")
    md = r.choice(C.PHYS)
    gp = r.choice(GP_EN)
    letter = ("Dear %s,\n\nRe: %s, DOB %s, MRN %s\n\nI saw %s today in the lupus clinic for follow-up of %s. %s\n\n"
              "Labs: %s.\n\nMedications: hydroxychloroquine 200 mg BID, %s.\n\nPlan: %s\n\nYours sincerely,\n%s"
              % (gp[0], c.full_name(p), c.dob(p), c.mrn(p), pron(p)[0], r.choice(["SLE with arthritis and serositis",
                                                                                    "SLE with class III lupus nephritis (2022)",
                                                                                    "SLE with cutaneous and haematologic involvement"]),
                 r.choice(["%s is planning a pregnancy in the next year." % pron(p)[1].capitalize(),
                           "There has been a mild flare of joint pain and fatigue.", "%s feels well." % pron(p)[1].capitalize()]),
                 K.labs_inline(labs[:5], "; "), r.choice(["prednisone 5 mg daily", "azathioprine 100 mg daily", "belimumab 200 mg SC weekly",
                                                          "MMF 1 g BID"]),
                 r.choice(["Switch MMF to azathioprine ahead of conception; low-dose ASA from 12 weeks.", "Repeat urine PCR in 4 weeks.",
                           "Ophthalmology screening (OCT) due this year.", "Return in 3 months."]), C.staff_name(md, "en")))
    if r.random() < 0.5:
        att = {"kind": "docx", "data": D.docx([("title", "Lupus Clinic - Follow-up"), ("p", letter)], "Clinic letter", C.staff_name(md, "en", False)),
               "filename": r.choice(["clinic_letter.docx", "Letter %s %s.docx" % (p.surname, c.when.date().isoformat())])}
        if p.surname in att["filename"]:
            c.t("patient_name")
        return T.spec("consult_letter", "lupus clinic letter to family physician as attachment", r.choice(["Clinic letter", "Lupus clinic follow-up"]),
                      T.who(md, "en"), [(gp[0], gp[1] + "@" + C.EXT["ont"][1])], "Please see attached.\n\n" + C.signature(r, md, "en"),
                      attachments=[att])
    return T.spec("consult_letter", "lupus clinic follow-up letter to family physician", r.choice(["Follow-up letter", "Re: your patient"]),
                  T.who(md, "en"), [(gp[0], gp[1] + "@" + C.EXT["ont"][1])], letter, mode=r.choice(["plain", "alt", "html"]))


def gpa_followup(r, c):
    p = c.alloc.en() if r.random() < 0.6 else c.alloc.on()
    dx = r.choice([d for d in K.DX if d[4] == "vasc"])
    labs = K.labs_for_dx(r, dx, "en", 4)
    c.t("diagnosis", "lab_result", "medication")
    md = r.choice(C.PHYS)
    res = r.choice(C.RESIDENTS)
    if K.is_anca(dx):
        tx = r.choice(["RTX 500 mg q6mo maintenance, last dose " + C.short_date_en(T.past(r, c.when, 40, 150)), "avacopan 30 mg BID + pred 5 mg"])
        issue = r.choice(["IgG 4.9 - consider IVIG?", "new haematuria, repeat UA", "PJP prophylaxis stopped by GP - restart",
                          "persistent nasal crusting, ENT review"])
    else:
        tx = r.choice(["tocilizumab 162 mg SC weekly, pred off", "MTX 20 mg weekly, pred 7.5 mg", "pred 12.5 mg, tapering 2.5 mg q4wk"])
        issue = r.choice(["new jaw claudication on taper - back up to 20 mg?", "DEXA due, on alendronate", "steroid-induced diabetes, GP aware",
                          "shoulder stiffness recurring below 7.5 mg"])
    lines = ["%s | %s | %s" % (c.name(p, "upper_first"), c.ohip(p) if p.ohip and r.random() < 0.6 else c.mrn(p), dx[3]),
             "Labs: " + K.labs_inline(labs, "; "), "Tx: " + tx, "Issues: " + issue]
    body = ("%s\n\nQuick summary for vasculitis rounds:\n\n%s\n\n%s" % (T.greet(r, "en", T.first(md)), "\n".join(lines), T.first(res)))
    return T.spec("rounds_summary", "vasculitis rounds summary for one patient", r.choice(["Vasc rounds", "For rounds Thursday",
                  "%s follow-up" % dx[3]]), T.who(res, "en"), [T.who(md, "en")], body)


TEMPLATES = [referral_on, infusion_census, dmard_bloodwork, insurer_pa, eap, psp_enrolment, injection_booking_en,
             lupus_followup, gpa_followup]
