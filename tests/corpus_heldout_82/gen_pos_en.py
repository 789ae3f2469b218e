"""Confidential messages in English (step 9): expat patients, Québec and Ontario partners."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
import gen_ids as I
import gen_mime as M
from gen_pos_fr1 import doc_addr, gp
from gen_pos_fr2 import PED_DX, nam_patient

CA_SUR = ["Whitfield", "Harrington", "Archambault", "Duchesneau", "Kowalczyk", "O'Sullivan", "Lachance",
          "Beaudoin", "Rousseau-Pinard", "McAllister", "Fitzgerald", "Tessier"]
CA_GIVEN = {"M": ["Ethan", "Owen", "Nathan", "Connor", "Mathis"], "F": ["Chloe", "Hannah", "Megan", "Olivia", "Maude"]}


def en_id(rng, p, m):
    if p["country"] == "be":
        m.t("be_niss")
        return "%s: %s" % (rng.choice(["NISS", "Belgian national number", "National Register No.", "INSZ/NISS"]),
                           I.fmt_niss(rng, p["niss"]))
    m.t("fr_nir")
    return "%s: %s" % (rng.choice(["NIR", "French social security no.", "Carte Vitale no."]), I.fmt_nir(rng, p["nir"]))


def en_greet(rng, name=None):
    return rng.choice(["Dear colleague,", "Dear Dr %s," % name if name else "Dear Doctor,", "Hi %s," % (name or "there"),
                       "Hello,", "Dear all,"])


def en_sign(rng, p, role, org):
    return G.signature(rng, p, role, org, lang="en")


def en_discharge(ctx):
    rng = ctx.rng
    m = G.Msg("en", "discharge_summary")
    c = rng.choice(["be", "be", "fr"])
    h = ctx.hosp(c)
    p = ctx.patient(c)
    m.p = p
    dx = C.pick_dx(rng, p)
    m.date = ctx.when()
    d2 = m.date.date() - datetime.timedelta(days=rng.randrange(0, 3))
    d1 = d2 - datetime.timedelta(days=rng.randrange(2, 12))
    doc, g = ctx.staff("Dr"), ctx.staff("Dr")
    gdom = rng.choice(["intl-practice-brussels.example", "expat-gp.example", "eu-staff-health.example"])
    nm = I.fmt_name(rng, p, "en")
    m.t("patient_name", "diagnosis")
    lines = [en_greet(rng, g["surname"]), "",
             "Your patient %s was admitted to %s from %s to %s with %s." % (nm, h["name"], I.fmt_date_en(rng, d1), I.fmt_date_en(rng, d2), dx["en"])]
    if rng.random() < 0.6:
        lines.append("DOB: %s. %s" % (I.fmt_date_en(rng, p["dob"]), en_id(rng, p, m)))
        m.t("date_of_birth")
    lines += ["", rng.choice(["Recovery was uneventful.", "Course complicated by delirium on day 2, resolved.",
                              "%s was reviewed by the physiotherapist and is mobile with a frame." % ("He" if p["sex"] == "M" else "She")])]
    if dx["meds"]:
        lines += ["", "Discharge medication:"] + ["- " + C.en_med(x) for x in dx["meds"]]
        m.t("medication")
    if dx["labs"] and rng.random() < 0.6:
        lines += ["", "Last bloods: " + "; ".join(C.en_med("%s %s %s" % (n, v, u)) for n, v, u, r in dx["labs"])]
        m.t("lab_result")
    lines += ["", rng.choice(["Please check renal function and potassium in one week.", "Follow-up in our outpatient clinic in 6 weeks.",
                              "Kindly arrange a GP review within 10 days."]), "", "Kind regards,", "",
              en_sign(rng, doc, "Internal Medicine", h)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Discharge summary", "Discharge summary – %s" % nm, "Discharge letter (%s)" % dx["en"].split(" (")[0],
                            "Your patient – discharge"])
    m.sender = doc_addr(doc, h["dom"])
    m.to = [doc_addr(g, gdom)]
    m.note = "English discharge summary for an expatriate patient (%s)" % c
    return m


def en_referral(ctx):
    rng = ctx.rng
    m = G.Msg("en", "referral")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    p = ctx.patient(c, age_range=(25, 80))
    m.p = p
    dx = C.pick_dx(rng, p)
    m.date = ctx.when()
    g, spec = ctx.staff("Dr"), ctx.staff("Dr")
    gdom = "intl-practice-brussels.example" if c == "be" else "anglophone-clinic-strasbourg.example"
    nm = I.fmt_name(rng, p, "en", style=rng.choice(["title", "plain", "sur_comma", "initial"]))
    m.t("patient_name", "diagnosis")
    lines = [en_greet(rng, spec["surname"]), "",
             "I would be grateful if you could see %s, a %d-year-old %s working at %s, regarding %s." % (
                 nm, I.age_at(p["dob"], m.date.date()), rng.choice(["translator", "engineer", "teacher", "diplomat"]),
                 rng.choice(["an EU agency", "the European Parliament", "an international school", "a NATO office"]),
                 rng.choice(["suspected " + dx["en"], "known " + dx["en"]]))]
    if dx["meds"] and rng.random() < 0.6:
        lines.append("Current medication: " + ", ".join(C.en_med(x) for x in dx["meds"]) + ".")
        m.t("medication")
    if rng.random() < 0.5:
        lines.append(en_id(rng, p, m))
    if rng.random() < 0.4:
        lines.append("Mobile: %s, e-mail %s.%s@mail.example" % (I.phone_be(rng) if c == "be" else I.phone_fr(rng),
                                                                 G.slug(p["given"]), G.slug(p["surname"])))
        m.t("patient_contact")
    lines += ["", "Many thanks,", "", en_sign(rng, g, "General Practitioner", "International Medical Practice")]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Referral", "Referral – %s" % dx["spec"], "New referral: %s" % nm, "Please see"])
    m.sender = doc_addr(g, gdom)
    m.to = [doc_addr(spec, h["dom"])]
    m.note = "English GP referral (%s)" % c
    return m


def en_quebec(ctx):
    rng = ctx.rng
    m = G.Msg("en", "quebec_partner")
    p = nam_patient(ctx)
    m.p = p
    q = ctx.hosp("qc")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("Dr")
    m.date = ctx.when()
    m.tz = rng.choice(["-0500", "-0400"])
    age = I.age_at(p["dob"], m.date.date())
    if age < 16:
        d = rng.choice(PED_DX)
        dxen, med = d[1], d[2]
    else:
        dd = C.pick_dx(rng, p)
        dxen, med = dd["en"], (dd["meds"][0] if dd["meds"] else None)
    mrn = I.mrn_value(rng, "qc")
    m.t("patient_name", "ramq_nam", "diagnosis")
    nm = rng.choice(["%s %s" % (p["given"], p["surname"]), "%s, %s" % (p["surname"].upper(), p["given"])])
    lines = [en_greet(rng, b["surname"]), "",
             "Following our call, here are the details for %s, who will continue care at %s after returning from Europe." % (nm, h["name"] if rng.random() < 0.3 else q["name"]),
             "RAMQ: %s" % I.fmt_nam(rng, p["nam"])]
    if rng.random() < 0.7:
        lines.append("Chart/MRN: %s" % mrn)
        m.t("mrn")
    if rng.random() < 0.6:
        lines.append("DOB %s, sex %s" % (I.fmt_date_en(rng, p["dob"]), p["sex"]))
        m.t("date_of_birth")
    lines.append("Working diagnosis: %s." % dxen)
    if med and rng.random() < 0.6:
        lines.append("Started on %s." % C.en_med(med))
        m.t("medication")
    lines += ["", rng.choice(["Let me know if you need the imaging CDs.", "Reports attached in the secure share.",
                              "The family has been informed of the plan."]), "", "Best,", a["given"] + " " + a["surname"]]
    quoted = rng.random() < 0.4
    m.text = "\n".join(lines)
    if quoted:
        m.text += "\n\nOn %s, %s wrote:\n> Could you send me the details for the patient transferring to us?\n> Thanks, %s" % (
            (m.date - datetime.timedelta(days=1)).strftime("%a %d %b %Y"), b["given"] + " " + b["surname"], b["given"])
        m.in_reply_to = "<%d.transfer@%s>" % (rng.randrange(10 ** 8), h["dom"])
    m.subject = rng.choice(["Transfer of care", "RE: Patient returning to Quebec", "Handover – %s" % p["surname"],
                            "Follow-up in Montreal"])
    if rng.random() < 0.5:
        m.sender, m.to = doc_addr(a, q["dom"]), [doc_addr(b, h["dom"])]
    else:
        m.sender, m.to = doc_addr(a, h["dom"]), [doc_addr(b, q["dom"])]
        m.tz = "+0100"
    m.note = "English handover between a Québec partner and a European hospital (RAMQ NAM)"
    return m


def en_ontario(ctx):
    rng = ctx.rng
    m = G.Msg("en", "ontario_patient")
    c = rng.choice(["fr", "be"])
    h = ctx.hosp(c)
    doc = ctx.staff("Dr")
    m.date = ctx.when()
    sex = rng.choice("MF")
    sur = rng.choice(CA_SUR)
    given = rng.choice(CA_GIVEN[sex])
    dob = datetime.date(rng.randrange(1945, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
    hn = I.make_on_hn(rng)
    dx = C.pick_dx(rng, dict(sex=sex, dob=dob))
    m.t("patient_name", "ca_health_number", "diagnosis")
    lines = ["Dear Case Manager,", "",
             "We are treating %s %s, a tourist from Ottawa, admitted on %s with %s." % (given, sur, I.fmt_date_en(rng, m.date.date()), dx["en"]),
             "Ontario health card: %s" % I.fmt_on(rng, hn)]
    if rng.random() < 0.7:
        lines.append("Date of birth: %s" % I.fmt_date_en(rng, dob))
        m.t("date_of_birth")
    if rng.random() < 0.5:
        lines.append("Travel insurance policy: TI-%d" % rng.randrange(10 ** 6, 10 ** 7))
    lines += ["Estimated length of stay: %d days. Medical escort for repatriation is %s." % (rng.randrange(4, 15), rng.choice(["recommended", "not required"])),
              "", "Regards,", "", en_sign(rng, doc, "International Patients Office", h)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Hospitalised Ontario resident – repatriation", "Guarantee of payment request", "Inpatient from Canada"])
    m.sender = doc_addr(doc, h["dom"])
    m.to = [("Assistance desk", "cases@travel-assist.example")]
    if rng.random() < 0.5:
        pdfb = A.pdf(["# Medical report", "Patient: %s %s" % (sur.upper(), given), "OHIP: %s" % hn, "Diagnosis: %s" % dx["en"]])
        m.attachments.append(M.Attach("medical_report.pdf", "application/pdf", pdfb))
    m.note = "Ontario tourist hospitalised in Europe, health card number"
    return m


def en_sin(ctx):
    rng = ctx.rng
    m = G.Msg("en", "canada_social")
    q = ctx.hosp("qc")
    sw = ctx.staff("")
    m.date = ctx.when()
    m.tz = "-0500"
    sex = rng.choice("MF")
    sur, given = rng.choice(CA_SUR), rng.choice(CA_GIVEN[sex])
    sin = I.make_sin(rng)
    m.t("patient_name", "ca_sin", "social_information", "diagnosis")
    lines = ["Hello,", "",
             "I am the social worker following %s %s since their return from Lille, where they were hospitalised for %s." % (
                 given, sur, rng.choice(["a spinal cord injury", "a stroke", "severe burns"])),
             "They can no longer work and we are applying for CPP disability benefits.",
             "SIN: %s" % I.fmt_sin(rng, sin),
             rng.choice(["They currently live in a rooming house and have fallen behind on rent.",
                         "Their spouse recently left and they have no income since March."]),
             "", "Could you tell me which medical forms you need from the treating team?", "", "Thank you,",
             en_sign(rng, sw, "Social Worker", q)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["CPP-D application – supporting documents", "Disability benefits application"])
    m.sender = ("%s %s" % (sw["given"], sw["surname"]), G.email_of(sw, q["dom"]))
    m.to = [("Benefits officer", "benefits.officer@service-canada.example")]
    m.note = "Canadian social worker, disability benefits with SIN"
    return m


def en_signout(ctx):
    rng = ctx.rng
    m = G.Msg("en", "signout")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("Dr")
    m.date = ctx.when()
    probs = [("CHF exacerbation", "IV furosemide", "K 3.3 - replace"), ("CAP", "co-amoxiclav IV", "CRP trending down"),
             ("GI bleed", "PPI infusion", "Hb 7.6, 2 units given"), ("DKA", "insulin infusion", "VBG at 22:00"),
             ("post-op day 1 hip", "enoxaparin", "check Hb am"), ("delirium", "haloperidol 0.5 mg PRN", "family aware"),
             ("alcohol withdrawal", "diazepam per CIWA", "CIWA 14")]
    n = rng.randrange(3, 7)
    rows = []
    for pr in rng.sample(probs, n):
        p = ctx.patient(c)
        rows.append("Bed %d%02d | %s | %s | %s | %s" % (rng.randrange(2, 7), rng.randrange(1, 30),
                                                        I.fmt_name(rng, p, "en", style=rng.choice(["upper_first", "sur_comma", "plain"])),
                                                        pr[0], pr[1], pr[2]))
    m.t("patient_name", "diagnosis", "medication", "lab_result")
    m.text = "\n".join(["Hi %s," % b["given"], "", "Night sign-out for the exchange residents' team:", "",
                        "Bed | Patient | Problem | Meds | To do", "---|---|---|---|---"] + rows +
                       ["", "Call me if anything.", a["given"]])
    m.subject = rng.choice(["Sign-out tonight", "Handover list", "night handover"])
    m.sender = doc_addr(a, h["dom"])
    m.to = [doc_addr(b, h["dom"])]
    if rng.random() < 0.4:
        xrows = [["Bed", "Patient", "Problem", "Meds", "To do"]] + [r.split(" | ") for r in rows]
        m.attachments.append(M.Attach("signout.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      A.xlsx([("Sign-out", xrows)])))
    m.note = "English sign-out list (%s)" % c
    return m


def en_patient_mail(ctx):
    rng = ctx.rng
    m = G.Msg("en", "patient_email")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    g = ctx.staff("Dr")
    m.date = ctx.when()
    gdom = "intl-practice-brussels.example" if c == "be" else "anglophone-clinic-strasbourg.example"
    pmail = "%s.%s@mail.example" % (G.slug(p["given"]), G.slug(p["surname"]))
    sym, med = rng.choice([("a rash all over my arms", "amoxicillin"), ("terrible ankle swelling", "amlodipine"),
                           ("low mood again and I can't sleep", "sertraline"), ("black stools since yesterday", "ibuprofen")])
    m.t("patient_name", "medication", "diagnosis")
    orig = ["Dear Dr %s," % g["surname"], "",
            "Since starting the %s last week I have %s. Should I stop it?" % (med, sym),
            rng.choice(["I'm also still waiting for the results of my blood test.", "My husband says I should go to A&E."]),
            "", "Best wishes,", "%s %s" % (p["given"], p["surname"])]
    if rng.random() < 0.5:
        orig.insert(-2, "My number is %s." % (I.phone_be(rng) if c == "be" else I.phone_fr(rng)))
        m.t("patient_contact")
    nurse = ctx.staff("")
    m.text = "\n".join(["Dr %s – see below, patient asking for advice. Shall I book %s today?" % (g["surname"], "him" if p["sex"] == "M" else "her"), "", nurse["given"], "",
                        "---------- Forwarded message ---------", "From: %s %s <%s>" % (p["given"], p["surname"], pmail),
                        "Date: %s" % (m.date - datetime.timedelta(hours=3)).strftime("%a, %d %b %Y %H:%M"),
                        "Subject: side effects?", ""] + orig)
    m.subject = rng.choice(["Fwd: side effects?", "FW: patient question", "Fwd: question"])
    m.sender = ("%s %s" % (nurse["given"], nurse["surname"]), G.email_of(nurse, gdom))
    m.to = [doc_addr(g, gdom)]
    m.note = "English patient e-mail forwarded by a nurse (%s)" % c
    return m


def en_lab(ctx):
    rng = ctx.rng
    m = G.Msg("en", "lab_results")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    g = ctx.staff("Dr")
    lab = rng.choice(G.BE_LABS if c == "be" else G.FR_LABS)
    m.date = ctx.when()
    panel = rng.choice(C.LAB_PANELS_EN)
    m.t("patient_name", "lab_result")
    lines = ["Patient: %s" % I.fmt_name(rng, p, "en", style=rng.choice(["upper_first", "sur_comma"])), en_id(rng, p, m)]
    if rng.random() < 0.5:
        lines.append("DOB: %s" % p["dob"].isoformat())
        m.t("date_of_birth")
    lines += ["Collected: %s" % m.date.strftime("%Y-%m-%d 07:45"), ""] + \
             ["%-14s %-22s %-8s ref %s %s" % (n, v, u, r, "*" + f if f else "") for n, v, u, r, f in panel] + \
             ["", "Critical values phoned to the requesting physician.", "", lab + " – results service (automated message)"]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Results available", "Lab report", "Critical result notification"])
    m.sender = (lab, "results@" + G.slug(lab).replace(".", "-") + ".example")
    m.to = [doc_addr(g, "intl-practice-brussels.example")]
    m.structure = rng.choice(["plain", "html"])
    m.note = "English lab report e-mail (%s)" % c
    return m


def en_subject(ctx):
    rng = ctx.rng
    m = G.Msg("en", "subject_only")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("Dr")
    m.date = ctx.when()
    if rng.random() < 0.5:
        m.subject = "%s – CT shows pancreatic mass, pls call family" % I.fmt_name(rng, p, "en", style="title")
        m.t("patient_name", "diagnosis")
    else:
        m.subject = "Re: %s on lithium – level 1.9" % I.fmt_name(rng, p, "en", style="upper_first")
        m.t("patient_name", "medication", "lab_result")
    m.text = rng.choice(["As per subject.", "See subject, thanks", "", "FYI"])
    m.sender = doc_addr(a, h["dom"])
    m.to = [doc_addr(b, h["dom"])]
    m.structure = "plain"
    m.note = "English Subject-only leak (%s)" % c
    return m


def en_filename(ctx):
    rng = ctx.rng
    m = G.Msg("en", "filename_only")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("")
    m.date = ctx.when()
    if rng.random() < 0.5:
        fn = "%s_%s_DOB_%s_echo_report.docx" % (p["surname"].upper().replace(" ", "_"), p["given"], p["dob"].strftime("%d%m%Y"))
        m.t("patient_name", "date_of_birth")
        blob = A.docx(["Echocardiography report", "See scanned images."])
        m.attachments.append(M.Attach(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", blob))
    else:
        fn = "%s %s - HIV viral load.pdf" % (p["given"], p["surname"])
        m.t("patient_name", "diagnosis")
        m.attachments.append(M.Attach(fn, "application/pdf", A.pdf([], title="scan")))
    m.text = rng.choice(["Attached as requested.", "Here you go.", "See attachment."])
    m.subject = rng.choice(["document", "scan", "as discussed"])
    m.sender = doc_addr(a, h["dom"])
    m.to = [("%s %s" % (b["given"], b["surname"]), G.email_of(b, h["dom"]))]
    m.note = "English file-name-only leak (%s)" % c
    return m
