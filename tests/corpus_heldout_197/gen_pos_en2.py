"""English confidential messages (positives), part 2."""

import datetime

from gen_attach import make_docx, make_pdf, make_zip
from gen_build import Mail, earlier, ext, fwd_block, inner_eml, who
from gen_clin import (MEDS_ORAL, DX_KID, DX_NUTR, DX_SWALLOW, FORMULAS, IDDSI, LIQ, MEDS, VFSS_FINDINGS,
                      cap, labs, weight_story)
from gen_common import (_asciify, disguise, en_day, fdate, fmt_nir, fmt_niss, gen_nir, gen_niss,
                        gen_sin, home_address, later, name_as, personal_phone, signature,
                        SIN_GROUPS)
from gen_pos_en import bed, dob_en, he, mrn_en, ohn

L = "en"


# ------------------------------------------------------------------ 8 paediatric feeding + social

def paeds(ctx, v):
    ctx.category = "paediatric_feeding"
    ctx.note = "paediatric feeding clinic update with social context"
    usenam = v in (1, 2)
    p = ctx.patient("nam_kid" if usenam else "ken")
    ctx.t("patient_name", "diagnosis", "social_information", "date_of_birth")
    s, o, pos = he(p)
    idl = "DOB %s" % dob_en(ctx, p)
    if usenam:
        idl += ", RAMQ %s, sex %s" % (ctx.nam(p), p.sex)
    wt = ctx.rng.uniform(2.5, 4.0)
    dx = ctx.pick(DX_KID[L][4:] + ["faltering growth (weight < 3rd percentile)",
                                   "paediatric feeding disorder with faltering growth"])
    social = ctx.pick([
        "Family has been in the emergency shelter on Queen St since October; mom reports no "
        "stable kitchen and relies on the food bank",
        "CAS opened a file last month (neglect concerns); child is currently with the maternal "
        "grandmother under a safety plan",
        "Parents separated, father has supervised access only; mom on social assistance and "
        "missed the last two appointments because of transport costs",
    ])
    worker = ext("cas", ctx.pick(["j.ferreira", "k.osei", "intake"]),
                 ctx.pick(["Joana Ferreira (CAS worker)", "Kwame Osei, Child Protection Worker"]))
    body = ("Hi,\n\nUpdate on %s (%s) from feeding clinic today.\n\nDx: %s. Weight %s kg gain "
            "since last visit is minimal; %s is accepting only 5-6 foods, mostly puree.\n"
            "Social: %s.\n\nPlan: high-energy formula supplement 3x/day, feeding therapy q2 weeks, "
            "dietitian to liaise with the shelter kitchen. We would appreciate being included in "
            "the next case conference.\n\nRebecca Stanton, RD / Heather Lindqvist, S-LP\n"
            "Paediatric Feeding Clinic" % (
                name_as(p, ["full", "lower", "upper_first", "given"][v], L), idl, dx,
                ("%.1f" % wt), s, social))
    dest = [worker] if v != 2 else [who("mgr_en", L)]
    m = Mail(ctx, who("rd_en2", L), dest, ["Feeding clinic update", "re: case conference",
                                           "Feeding clinic - %s" % name_as(p, "initial_after", L),
                                           "update for CAS file"][v], body,
             cc=[who("slp_en", L)], mode=["plain", "alt", "plain", "html"][v])
    return m


# ------------------------------------------------------------------ 9 refeeding alert

def refeeding(ctx, v):
    ctx.category = "lab_followup"
    ctx.note = "refeeding syndrome lab alert"
    ctx.t("lab_result", "diagnosis", "medication")
    b = bed(ctx)
    lab = labs(ctx.rng, L, 4)
    po4 = "0.%d" % ctx.rng.randint(38, 55)
    if v == 0:
        p = ctx.patient("en")
        ctx.t("patient_name")
        subj = "Refeeding risk - %s bed %s" % (name_as(p, "initials", L), b)
        body = ("PO4 %s this am (was 0.92 on admission), %s. TF at 40 mL/h - please hold advancement, "
                "K-Phos 15 mmol IV ordered, thiamine continuing. Repeat lytes at 16:00.\n\nKaren on call "
                "knows. - P" % (po4, lab))
    elif v == 1:
        mrn, shown = mrn_en(ctx)
        subj = "critical PO4 - MRN %s" % shown
        body = ("Lab called: PO4 %s mmol/L. Other: %s. Feeds started yesterday after 10 days NPO - "
                "classic refeeding. Reduce to 10 kcal/kg, replete PO4/K/Mg, thiamine 100 mg IV.\n\n"
                "Priya" % (po4, lab))
    elif v == 2:
        p = ctx.patient("en")
        ctx.t("patient_name")
        subj = "FW: lab alert"
        ctx.features.add("inline_forward")
        body = ("FYI\n\n" + fwd_block(L, ("Lab Critical Values", "lab.critical@chrvs.example"),
                                       earlier(ctx.dt, ctx.rng, (1, 3)), [("Priya Raman", "priya.raman@chrvs.example")],
                                       "Critical value") +
                "\nPatient: %s\nLocation: %s\nPhosphate: %s mmol/L (L, critical)\nAlso: %s\n"
                "Called to: RN G. Adeyemi at %s\n" % (name_as(p, "upper_first", L), b, po4, lab,
                                                       ctx.dt.strftime("%H:%M")))
    else:
        p = ctx.patient("nam")
        ctx.t("patient_name", "date_of_birth")
        subj = "Refeeding - %s" % p.surname
        body = ("%s (RAMQ %s, DOB %s, %s) - PO4 %s and %s. %s, day 3 of NG "
                "feeds. Holding at current rate, phosphate and thiamine as per protocol. Please "
                "page me if K < 3.0.\n\nPriya" % (name_as(p, "full", L), ctx.nam(p), fdate(p.dob, "iso"),
                                                  p.sex, po4, lab, "Admitted with severe malnutrition"))
        ctx.t("diagnosis")
    m = Mail(ctx, who("rd_en", L), [who("rn_en", L), who("gi_en", L)], subj, body,
             mode=["plain", "plain", "alt", "plain"][v],
             extra_headers=["Importance: high", "X-Priority: 1"] if v in (0, 1) else None)
    return m


# ------------------------------------------------------------------ 10 disability / income insurer form

def disability(ctx, v):
    ctx.category = "insurer_form"
    ctx.note = "disability claim form completed by speech-language pathologist"
    p = ctx.patient("en")
    ctx.t("patient_name", "diagnosis", "date_of_birth", "social_information")
    sin = gen_sin(ctx.rng)
    shown = ctx.ident("ca_sin", sin, disguise(sin, ["space", "plain", "hyphen", "fullwidth"][v], SIN_GROUPS))
    dx = ctx.pick(["Broca's aphasia after left MCA stroke", "hypokinetic dysarthria (Parkinson's)",
                   "spasmodic dysphonia", "post-laryngectomy, TE voice prosthesis"])
    blocks = [
        ("kv", [("Claimant", name_as(p, "upper_first", L)), ("Date of birth", fdate(p.dob, "iso")),
                ("SIN", shown if v != 3 else disguise(sin, "space", SIN_GROUPS)),
                ("Policy / certificate", "GL-%05d / %06d" % (ctx.rng.randint(10000, 99999),
                                                            ctx.rng.randint(100000, 999999)))]),
        ("h", "Diagnosis"), dx,
        ("h", "Functional limitations"),
        "Unable to sustain telephone communication or presentations; speech intelligibility "
        "about 60% to unfamiliar listeners. Fatigue after 20 minutes of conversation.",
        ("h", "Prognosis / return to work"),
        "Not fit for pre-disability occupation (call-centre supervisor) for at least 3 months.",
        "Claimant is currently receiving long-term disability benefits; spouse reports financial strain.",
    ]
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 14, 5)
    ins = ext("northstar", "disability.claims", "Northstar Life - Disability Claims")
    body = ("Good afternoon,\n\nPlease find attached the Attending Practitioner Statement for %s "
            "(SIN %s), as requested.\n\n%s" % (name_as(p, ["title_full", "full", "upper_first", "title"][v], L),
                                               shown, signature("slp_en2", L)))
    m = Mail(ctx, who("slp_en2", L), [ins], ["Attending Practitioner Statement", "APS - claim documents",
                                             "Completed form - %s" % p.surname, "Disability form"][v],
             body, mode=["plain", "alt", "plain", "html"][v])
    if v == 2:
        m.attach("application/pdf", make_pdf("Attending Practitioner Statement - Speech-Language "
                                             "Pathology", blocks, author="Daniel O'Shea"), "APS.pdf")
    else:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx("Attending Practitioner Statement", blocks, "Daniel O'Shea", when),
                 ["APS_%s.docx" % _asciify(p.surname), "claimant statement.docx", "",
                  "APS form completed.docx"][v])
    return m


# ------------------------------------------------------------------ 11 forwarded family e-mail

def forward(ctx, v):
    ctx.category = "forward"
    ctx.note = "forwarded message from a family member about choking"
    ctx.features.add("inline_forward")
    p = ctx.patient("en")
    ctx.t("patient_name", "diagnosis", "patient_contact")
    s, o, pos = he(p)
    child = ctx.pick(["Sarah", "Mike", "Jenny", "Paul", "Linda", "Rob"])
    fam = ("%s %s" % (child, p.surname), "%s.%s@%s" % (child.lower(), _asciify(p.surname).lower(),
                                                       ctx.pick(["courriel-perso.example", "mailbox-home.example"])))
    tel = personal_phone(ctx.rng, area=ctx.pick(["613", "819", "343"]))
    t0 = earlier(ctx.dt, ctx.rng, (5, 50))
    rel = "Mom" if p.sex == "F" else "Dad"
    medl = ""
    if v % 2:
        ctx.t("medication")
        medl = " %s started on %s last month and it seems worse since then." % (
            s.capitalize(), ctx.pick(["donepezil", "baclofen", "Remeron", "quetiapine"]))
    fam_text = ("Hi,\n\nI'm writing about my %s, %s. %s coughs and chokes at almost every meal "
                "now, and %s had a bad episode with a piece of chicken on Sunday - we had to call 911."
                "%s\n\nCould someone from the swallowing clinic see %s sooner? Please call me at %s, "
                "or the house at %s.\n\nThanks,\n%s" % (
                    rel.lower(), p.full if v != 2 else name_as(p, "lower", L), s.capitalize(), s,
                    medl, o, tel, home_address(ctx.rng, L) if v == 3 else personal_phone(ctx.rng),
                    fam[0]))
    if v == 3:
        fam_text = fam_text.replace("or the house at", "or drop by - the address is")
    top = ["Heather - can you triage this? Family is quite anxious.\n\nJanet",
           "FYI, see below. Booked for next available but flagging.\n\nJ. Kerr",
           "Forwarding as discussed.",
           "Please advise, thanks\nJanet"][v]
    text = top + "\n\n" + fwd_block(L, fam, t0, [("Swallowing Clinic", "swallowing@chrvs.example")],
                                     "my %s" % rel.lower()) + "\n" + fam_text
    m = Mail(ctx, who("clerk_en", L), [who("slp_en", L)], ["Fwd: my %s" % rel.lower(), "FW: my %s" % rel.lower(),
                                                           "Fwd: urgent - choking", "FW: swallowing clinic"][v],
             text, mode=["plain", "alt", "plain", "html"][v])
    return m


# ------------------------------------------------------------------ 12 consult note as attached .eml

def eml_consult(ctx, v):
    ctx.category = "attached_message"
    ctx.note = "consult note forwarded as attached message"
    ontario = v in (0, 1)
    p = ctx.patient("en" if ontario else "nam")
    ctx.t("patient_name", "diagnosis", "medication", "date_of_birth")
    if ontario:
        idl = "HCN %s" % ohn(ctx)
        src = ext("glenmore", ctx.pick(["dr.mcneil.office", "ent.clinic"]), "Glenmore ENT Clinic")
    else:
        idl = "RAMQ %s (%s)" % (ctx.nam(p), p.sex)
        src = who("ent_en", L, title=True)
    t0 = earlier(ctx.dt, ctx.rng, (20, 200))
    inner = ("Consult note - Otolaryngology\n\nRe: %s, DOB %s, %s\n\nSeen for dysphagia and "
             "hoarseness. Flexible laryngoscopy: %s. %s.\nMeds: %s.\n\nImpression: %s.\n"
             "Plan: FEES with SLP, dietitian review (%s), follow-up 6 weeks.\n" % (
                 name_as(p, "upper_first", L), fdate(p.dob, "iso"), idl,
                 ctx.pick(["pooling of secretions in the pyriforms, left vocal fold immobile",
                           "normal mobility, moderate vallecular residue", "post-cricoid edema"]),
                 cap(weight_story(ctx.rng, L)), ", ".join(ctx.rng.sample(MEDS_ORAL[L], 2)),
                 ctx.pick(DX_SWALLOW[L]), "weight loss"))
    eml = inner_eml(ctx, src, [("Dr. Ahmed Karimi", "ahmed.karimi@chrvs.example")],
                    "Consult note %s" % p.surname, inner, t0)
    body = ["Daniel,\n\nSee attached consult from ENT - they want a FEES. Can you book?\n\nDr. K.",
            "Hi Heather,\n\nForwarding the ENT consult (attached). Patient needs FEES + dietitian.\n\nJanet",
            "Attached. Thanks.",
            "Hi - the attached consult note belongs to your FEES list for next week.\n\nJanet"][v]
    m = Mail(ctx, who("ent_en", L, title=True) if v == 0 else who("clerk_en", L),
             [who("slp_en2", L) if v != 1 else who("slp_en", L)],
             ["Fwd: ENT consult", "FW: Consult note", "consult", "FEES list - consult attached"][v],
             body, mode="plain" if v != 1 else "alt")
    m.attach_eml(eml, ["Consult note.eml", None, "consult_%s.eml" % _asciify(p.surname).lower(), None][v])
    return m


# ------------------------------------------------------------------ 13 visiting patients (France / Belgium)

def intl(ctx, v):
    ctx.category = "international"
    ctx.note = "billing request for a visiting patient insured abroad"
    fr = v in (0, 2)
    p = ctx.patient("fx" if fr else "be")
    ctx.t("patient_name", "diagnosis", "date_of_birth")
    if fr:
        n = gen_nir(ctx.rng, p)
        shown = ctx.ident("fr_nir", n, fmt_nir(n, ctx.pick(["official", "plain", "hyphen"])))
        lab = "French social security no. (NIR)"
    else:
        n = gen_niss(ctx.rng, p)
        shown = ctx.ident("be_niss", n, fmt_niss(n, ctx.pick(["official", "plain", "dot"])))
        lab = "Belgian national number (NISS)"
    dx = ctx.pick(["aspiration pneumonia", "acute stroke with dysphagia", "food bolus impaction",
                   "post-extubation dysphagia"])
    body = ("Hi,\n\nWe have a visiting patient on 3 West who is insured abroad. Details for the "
            "international billing file:\n\nName: %s\nDOB: %s\n%s: %s\nAdmitted: %s with %s; "
            "SLP and dietitian following (%s).\nTravel insurer: %s\n\nCould you confirm what "
            "documents you need before discharge?\n\nThanks,\nMark" % (
                name_as(p, ["upper_first", "full", "surname_first", "title_full"][v], L),
                fdate(p.dob, "en_long"), lab, shown, fdate(earlier(ctx.dt, ctx.rng, (30, 200)).date(), "en_long"),
                dx, ctx.pick(IDDSI[L][2:]), ctx.pick(["private travel insurance plan (policy in chart)",
                                                      "travel assistance company, case opened"])))
    m = Mail(ctx, who("mgr_en", L), [("Patient Accounts", "patient.accounts@chrvs.example")],
             ["International patient - billing", "Out-of-country patient %s" % p.surname.upper(),
              "billing info needed", "Visiting patient (Belgium)" if not fr else "Visiting patient (France)"][v],
             body, mode=["plain", "alt", "plain", "plain"][v])
    return m


# ------------------------------------------------------------------ 14 school-based SLP report

def school(ctx, v):
    ctx.category = "school_report"
    ctx.note = "school speech-language progress report for a pupil"
    p = ctx.patient("ken")
    ctx.t("patient_name", "diagnosis", "date_of_birth")
    s, o, pos = he(p)
    dx = ctx.pick(DX_KID[L][:4] + [DX_KID[L][6]])
    blocks = [
        ("kv", [("Student", p.full), ("DOB", fdate(p.dob, "iso")), ("Grade", ctx.pick(["JK", "SK", "1", "2"])),
                ("School", "Maplecrest Public School")]),
        ("h", "Communication profile"), cap(dx) + ".",
        "Goals: expand utterance length to 5+ words, use of past tense -ed, fluency shaping "
        "strategies in class. %s attended 14/16 sessions this term." % s.capitalize(),
        ("h", "Recommendations"), "Continue IEP accommodations; extra time for oral presentations.",
    ]
    if v == 3:
        ctx.t("patient_contact")
        blocks[0][1].append(("Home address", home_address(ctx.rng, L)))
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 15, 20)
    board = ext("school_en", ctx.pick(["spec.ed", "student.services"]), "Student Services")
    body = ("Hello,\n\nAttached is the term progress report for %s, for the IEP review.\n\n%s" % (
        name_as(p, ["full", "given", "full", "upper_first"][v], L), signature("slp_en", L)))
    m = Mail(ctx, who("slp_en", L), [board], ["Progress report - %s" % p.given, "IEP review - SLP report",
                                              "term report", "SLP report for IEP"][v], body,
             mode=["plain", "alt", "html", "plain"][v])
    if v in (0, 3):
        m.attach("application/pdf", make_pdf("Speech-Language Progress Report", blocks,
                                             author="Heather Lindqvist"),
                 "SLP_progress_%s_%s.pdf" % (_asciify(p.surname), _asciify(p.given)))
    elif v == 1:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx("Speech-Language Progress Report", blocks, "Heather Lindqvist", when),
                 "progress report.docx")
    else:
        z = make_zip([("report/%s_%s_SLP.pdf" % (_asciify(p.surname), p.given),
                       make_pdf("Speech-Language Progress Report", blocks, author="Heather Lindqvist"))], when)
        m.attach("application/zip", z, "SLP_reports_term1.zip")
    return m


# ------------------------------------------------------------------ 15 discharge summary

def discharge(ctx, v):
    ctx.category = "discharge"
    ctx.note = "discharge summary with dysphagia diet"
    p = ctx.patient("nam")
    ctx.t("patient_name", "diagnosis", "medication", "date_of_birth")
    nam = ctx.nam(p, style=ctx.pick(["plain", "space", "hyphen"]))
    dx = ctx.pick(DX_SWALLOW[L])
    meds = ctx.rng.sample(MEDS_ORAL[L], 3)
    diet = "%s, %s" % (ctx.pick(IDDSI[L][2:]), ctx.pick(LIQ[L][1:3]))
    lines = [
        "DISCHARGE SUMMARY - Clinical Nutrition / Speech-Language Pathology",
        "",
        "Patient: %s    RAMQ: %s    DOB: %s    Sex: %s" % (name_as(p, "upper_first", L), nam,
                                                          fdate(p.dob, "iso"), p.sex),
        "Admission: %s   Discharge: %s" % (fdate(earlier(ctx.dt, ctx.rng, (200, 500)).date(), "iso"),
                                           fdate(ctx.day, "iso")),
        "",
        "Diagnosis: %s" % dx,
        "Swallowing: %s. Diet on discharge: %s." % (ctx.pick(VFSS_FINDINGS[L]), diet),
        "Nutrition: %s. Oral supplement 237 mL BID." % weight_story(ctx.rng, L),
        "Medications: %s" % "; ".join(meds),
        "Follow-up: outpatient SLP in 4 weeks, dietitian phone follow-up in 2 weeks.",
    ]
    if v == 1:
        ctx.t("patient_contact")
        lines.insert(4, "Home: %s, tel. %s" % (home_address(ctx.rng, L, qc=True),
                                               personal_phone(ctx.rng, area="819")))
    if v == 3:
        ctx.t("lab_result")
        lines.insert(-1, "Labs at discharge: %s" % labs(ctx.rng, L, 3))
    text = "\n".join(lines) + "\n\n" + signature("slp_en", L)
    dest = [ext("homecare", "intake", "Riverside Home Care - Intake")] if v % 2 else [who("gp_en", L, title=True)]
    m = Mail(ctx, who("slp_en", L), dest, ["Discharge summary", "D/C summary - home care referral",
                                           "Discharge - %s" % p.surname, "discharge summary (SLP/RD)"][v],
             text, mode=["html", "alt", "plain", "html"][v])
    return m


TEMPLATES = [paeds, refeeding, disability, forward, eml_consult, intl, school, discharge]
