"""English positive templates, part A."""
import datetime as _dt
import html as H

import gen_common as C
from gen_clinical import SCENARIOS, BY_KEY, REFERRAL_EN, SOCIAL
from gen_ctx import staff, ext
from gen_tpl import (mk, sig, hello, bye, quoted_reply, earlier_dt, pdf_att, docx_att, xlsx_att, ics_att, slug)

MD_EN = ["raman", "okafor", "haddad", "lachance"]
MD = ["vaillancourt", "haddad", "lachance", "hebert", "raman", "okafor"]


def he(p):
    return C.sex_word(p.sex, "en", "he")


def his(p):
    return C.sex_word(p.sex, "en", "his")


def en_referral(c):
    sc = c.pick([s for s in SCENARIOS if s["ref"] in ("ot", "slp", "audio", "psy")])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_EN)
    th = {"ot": "mcallister", "slp": "kowalski", "audio": "patel", "psy": "nolet"}[sc["ref"]]
    lines = [hello(c, C.STAFF[th][2], "en"), "",
             "I'd like to refer %s for %s." % (c.name(p, c.pick(["full", "full", "init"])), REFERRAL_EN[sc["ref"]]), "",
             "Patient: %s" % c.name(p, c.pick(["SF", "sf"])),
             "DOB: %s (%s)" % (c.dob(p), C.age_str(p, c.day, "en")),
             "Chart: %s" % c.mrn(p)]
    if p.nam and c.chance(0.8):
        lines.append("RAMQ: %s" % c.nam(p))
    lines += ["", "Reason: %s." % sc["sx_en"].capitalize(),
              "Working diagnosis: %s." % sc["dx_en"]]
    c.t("diagnosis")
    if sc["test_en"] and c.chance(0.6):
        lines.append("Results so far: %s." % sc["test_en"])
        c.t("lab_result")
    if sc["med"] and c.chance(0.5):
        lines.append("Current meds: %s." % sc["med"][1])
        c.t("medication")
    lines += ["", "Parents are on board and prefer %s for appointments. %s" % (
        c.pick(["mornings", "Thursdays", "after 3 p.m."]),
        ("Mom's cell is %s." % c.phone(p)) if c.chance(0.5) else "Contact info is in the chart."), "", bye(c, "en"), "", sig(c, doc, "en")]
    m = mk(c, staff(doc), [staff(th)], c.pick(["Referral - %s" % REFERRAL_EN[sc["ref"]], "New referral: %s, %s" % (p.surname.upper(), p.given),
                                                "%s referral" % REFERRAL_EN[sc["ref"]].capitalize()]), "\n".join(lines))
    return c.result(m, "referral", "internal referral to %s" % REFERRAL_EN[sc["ref"]])


def en_school_letter(c):
    sc = c.pick([BY_KEY[k] for k in ("tdah", "tsa", "tdc", "tdl", "surdite", "absences", "tics")])
    p = c.kid(ages=(5, 12))
    doc = c.pick(MD_EN)
    dest = C.EXTERNAL["ecole_en"]
    paras = [C.fdate(c.day, "long", "en"), "", "%s, %s" % (dest[0], dest[2]), dest[3], "",
             "Re: %s (DOB %s)" % (c.name(p, "full"), c.dob(p, "long")), "",
             "To the school team,",
             "%s has been followed at our centre since %s and was diagnosed with %s." % (
                 p.given, c.pick(["2023", "last spring", "kindergarten"]), sc["dx_en"]),
             "In class you may notice %s. We recommend the following for %s Individual Education Plan:" % (sc["sx_en"], his(p)),
             "- preferential seating away from the door and windows",
             "- extra time (one third) on tests, in a quiet room",
             "- visual schedule and advance warning of transitions",
             "- movement breaks every 20-30 minutes"]
    c.t("diagnosis")
    if sc["med"] and c.chance(0.6):
        paras.append("%s takes %s at home before school; no dose is needed during the day." % (p.given, sc["med"][1]))
        c.t("medication")
    paras += ["", "This letter is shared with the written consent of %s parents." % his(p), "", "Sincerely,", "", C.signature(doc, "en")]
    att = docx_att(c, c.pick(["IEP_letter_%s_%s.docx" % (slug(p.given), slug(p.surname)), "School letter - %s.docx" % p.surname]),
                   "School recommendations", paras)
    body = "\n".join([hello(c, "Ms. Collins", "en"), "",
                      "Please find attached %s's letter regarding classroom accommodations for %s." % (
                          C.staff_name(doc, True, "en"), c.name(p, c.pick(["full", "sfn"]))),
                      "The parents signed the release on %s." % C.fdate(c.earlier(2, 14), "long", "en"), "", bye(c, "en"), "", sig(c, "dasilva", "en")])
    m = mk(c, staff("dasilva"), [(dest[0], dest[4])], "Letter for IEP meeting", body, atts=[att], cc=[staff(doc)] if c.chance(0.4) else None)
    return c.result(m, "school_letter", "letter to a school with diagnosis and accommodations")


def en_daycare(c):
    p = c.kid(ages=(1, 5))
    doc = c.pick(MD_EN)
    dest = C.EXTERNAL["cpe_lucioles"]
    alg = c.pick(["peanuts and tree nuts", "egg", "sesame", "cow's milk protein"])
    lines = [hello(c, "Amanda", "en"), "",
             "As discussed, here is the anaphylaxis action plan for %s (DOB %s), who starts in the %s room on %s." % (
                 c.name(p, "full"), c.dob(p), c.pick(["Toddler", "Preschool", "Bumblebee"]), C.fday(c.later(3, 14), "en")), "",
             "Diagnosis: IgE-mediated food allergy to %s; anaphylaxis in %s." % (alg, c.pick(["June", "August", "March"])),
             "If hives plus any breathing, throat or vomiting symptoms: give EpiPen Jr 0.15 mg in the outer thigh and call 911.",
             "For mild hives only: cetirizine 2.5 mg by mouth, then watch closely.",
             "Two auto-injectors must stay with %s at all times, including outings." % p.given, ""]
    c.t("diagnosis", "medication")
    if c.chance(0.4):
        lines.append("%s also has mild asthma (Flovent 50 mcg 2 puffs twice a day at home)." % p.given)
    lines += ["Please call us at %s with any questions." % C.ORG_TEL, "", bye(c, "en"), "", sig(c, doc, "en")]
    atts = [pdf_att(c, "Anaphylaxis_plan_%s.pdf" % slug(p.given), "Anaphylaxis emergency plan",
                    lines[2:-4], header="Les Marelles Paediatric Clinic")] if c.chance(0.5) else None
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Allergy plan for %s" % p.given, "\n".join(lines), atts=atts)
    return c.result(m, "daycare_letter", "anaphylaxis plan sent to a daycare")


def en_parent_reply(c):
    sc = c.pick([BY_KEY[k] for k in ("sommeil_tsa", "tdah", "tdah_vyv", "constipation", "tics", "fer", "t21")])
    p = c.kid(ages=sc["ages"])
    nurse = "osei"
    doc = c.pick(MD_EN)
    dad = p.father
    ptxt = "\n".join(["Hi,", "",
                      "Quick question about %s. %s started %s last week." % (p.given, he(p).capitalize(), sc["med"][1]),
                      c.pick(["%s still takes forever to fall asleep and wakes up at 4 a.m." % he(p).capitalize(),
                              "We think it's helping but %s complains of headaches." % he(p),
                              "Can we give it on weekends too or only school days?"]),
                      "Thanks,", dad, "(%s's dad - DOB %s)" % (c.name(p, c.pick(["full", "lower"])), c.dob(p, "us"))])
    c.t("medication")
    ans = [hello(c, "Mr. " + dad.split()[1], "en"), "",
           "Thanks for your message. I checked with %s." % C.staff_name(doc, True, "en"),
           c.pick(["It's fine to give it every day, including weekends.",
                   "Headaches are common in the first two weeks; give it with breakfast and let us know if they last past next Friday.",
                   "Please try moving the dose 30 minutes earlier and keep the screen-free hour before bed."]),
           "We'll see %s on %s at %s as planned." % (p.given, C.fday(c.later(5, 30), "en"), c.slot())]
    if c.chance(0.5):
        ans.append("(Follow-up for %s.)" % sc["dx_en"])
        c.t("diagnosis")
    ans += ["", bye(c, "en"), "", sig(c, nurse, "en", disclaimer=True), "",
            quoted_reply(c, ptxt, dad, p.parent_email, C.staff_addr(nurse), earlier_dt(c, 0, 2), "question about meds", "en")]
    m = mk(c, staff(nurse), [(dad, p.parent_email)], "RE: question about meds", "\n".join(ans), reply=True)
    return c.result(m, "parent_reply", "reply to a parent about a medication")


def en_growth(c):
    sc = c.pick([BY_KEY["croissance"], BY_KEY["fer"], BY_KEY["obesite"], BY_KEY["plomb"]])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_EN)
    gp = ("Dr. Lauren Whitfield", "l.whitfield@gmf-troislacs.example")
    rows = []
    w0 = c.rng.uniform(10, 50)
    for i, d in enumerate(["2025-03-11", "2025-06-17", "2025-09-09", c.earlier(1, 5).isoformat()]):
        rows.append((d, "%.1f" % (w0 + i * c.rng.uniform(-0.4, 0.5)), "%.1f" % (85 + w0 * 1.8 + i), c.pick(["<3rd", "3rd", "10th", "97th", ">99th"])))
    c.t("lab_result", "diagnosis")
    intro = "Growth follow-up for %s, DOB %s, chart %s." % (c.name(p, "full"), c.dob(p), c.mrn(p))
    labl = ("Bloodwork: %s." % sc["lab"][1]) if sc["lab"] else ""
    plan = "Impression: %s. %s" % (sc["dx_en"], ("Plan: start %s." % sc["med"][1]) if sc["med"] else "Dietitian follow-up in 6 weeks.")
    if sc["med"]:
        c.t("medication")
    table = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    htmlb = ("<html><body style=\"font-family:Arial\"><p>Dear Dr. Whitfield,</p><p>%s</p>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Date</th><th>Weight (kg)</th>"
             "<th>Height (cm)</th><th>Weight percentile</th></tr>%s</table><p>%s</p><p>%s</p><p>%s</p></body></html>") % (
        H.escape(intro), table, H.escape(labl), H.escape(plan), H.escape(C.signature(doc, "en")).replace("\n", "<br>"))
    text = "Dear Dr. Whitfield,\n\n%s\n\n%s\n\n%s\n%s\n\n%s" % (
        intro, "\n".join("%s  %s kg  %s cm  %s" % r for r in rows), labl, plan, C.signature(doc, "en"))
    m = mk(c, staff(doc), [gp], "Growth follow-up", text, html=htmlb, layout=c.pick(["html", "alt"]))
    return c.result(m, "growth_followup", "growth follow-up with table sent to family physician")


def en_vaccine_reaction(c):
    p = c.kid(ages=(1, 7))
    nurse = "osei"
    vacc = c.pick([("MMRV (Priorix-Tetra)", "1"), ("DTaP-IPV-Hib (Pediacel)", "2"), ("Pneu-C-15 (Vaxneuvance)", "3"), ("Men-C-C (Menjugate)", "4")])
    lot = "%s%06d" % (c.pick(["A", "K", "T", "U"]), c.rng.randint(100000, 999999))
    d = c.earlier(2, 9)
    lines = ["Adverse event following immunization - report", "",
             "Child: %s    Sex: %s" % (c.name(p, c.pick(["SF", "full"])), p.sex),
             "DOB: %s" % c.dob(p)]
    if p.nam:
        lines.append("RAMQ: %s" % c.nam(p))
    lines += ["Vaccine: %s, lot %s, given %s, left thigh" % (vacc[0], lot, C.fdate(d, "iso")),
              "Event: %s" % c.pick(["fever 39.8 C on day 8 with generalized rash, resolved in 48 h",
                                    "febrile seizure (generalized, 2 minutes) on day 9; seen in ER, no admission",
                                    "extensive limb swelling from hip to knee, onset 24 h after vaccination",
                                    "hypotonic-hyporesponsive episode 4 h after vaccination, lasted about 20 minutes"]),
              "Outcome: recovered. Parents informed; next dose %s." % c.pick(["to be given in clinic with 30-min observation", "deferred pending public health advice"]),
              "", "Reported by %s, %s, %s" % (C.staff_name(nurse), C.staff_role(nurse, "en"), C.ORG_EN)]
    c.t("diagnosis", "medication")
    m = mk(c, staff(nurse), [("Immunization safety", "vaccino-surveillance@publichealth-ln.example")],
           "AEFI report - %s" % C.fdate(d, "iso"), "\n".join(lines), cc=[staff(c.pick(MD_EN))])
    return c.result(m, "vaccine_reaction", "report of an adverse event after vaccination")


def en_clinic_list(c):
    doc = c.pick(MD)
    d = c.later(1, 3)
    rows = [["Time", "Patient", "DOB", "Chart", "Visit", "Notes"]]
    visits = [("ADHD follow-up", "diagnosis"), ("ASD diagnosis feedback", "diagnosis"), ("Growth check", None),
              ("New - speech delay", "diagnosis"), ("Iron recheck (Hb/ferritin)", "lab_result"), ("Sleep - melatonin review", "medication"),
              ("Seizure follow-up (on Keppra)", "medication"), ("18-month developmental", None)]
    t = 8 * 60 + 30
    for i in range(c.rng.randint(6, 10)):
        k = c.kid(ages=(1, 14), holder=False)
        v, ty = c.pick(visits)
        if ty:
            c.t(ty)
        rows.append(["%d:%02d" % (t // 60, t % 60), c.name(k, c.pick(["SF", "sf"])), c.dob(k, "iso"), c.mrn(k, "plain"), v,
                     c.pick(["", "", "interpreter (Arabic)", "dad only", "bring Conners forms", "late last time"])])
        t += c.pick([30, 30, 45, 60])
    att = xlsx_att(c, "clinic_%s_%s.xlsx" % (C.STAFF[doc][3].lower().replace(" ", ""), d.strftime("%Y%m%d")), [("Clinic", rows)])
    body = "\n".join([hello(c, C.STAFF[doc][2], "en"), "", "Attached is your clinic list for %s. Two new patients at the end of the morning." % C.fday(d, "en"),
                      "", sig(c, "dasilva", "en", disclaimer=False)])
    m = mk(c, staff("dasilva"), [staff(doc)], "Clinic list %s" % C.fdate(d, "abbr", "en"), body, atts=[att])
    return c.result(m, "clinic_list", "next day clinic list (XLSX)")


def en_ics_parent(c):
    sc = c.pick([BY_KEY[k] for k in ("absences", "tics", "duchenne", "surdite", "tsa_susp")])
    p = c.kid(ages=sc["ages"])
    d = c.later(5, 35)
    h = c.pick([8, 9, 10, 13, 14])
    start = _dt.datetime(d.year, d.month, d.day, h, 0)
    test = {"absences": "EEG (sleep-deprived)", "tics": "neurology follow-up", "duchenne": "CK and genetic testing",
            "surdite": "hearing test (ABR)", "tsa_susp": "autism assessment (ADOS-2)"}[sc["key"]]
    who = c.name(p, "full")
    c.t("diagnosis")
    att = ics_att(c, "appointment.ics", uid="rdv-%s-%s@lesmarelles.example" % (d.strftime("%Y%m%d"), p.mrn[3:]), start=start,
                  end=start + _dt.timedelta(minutes=90), summary="%s - %s" % (who, test),
                  description="Appointment for %s (%s). Please arrive 15 minutes early with the health insurance card." % (who, sc["dx_short_en"]),
                  location="Les Marelles Paediatric Clinic, 1450 boul. des Erables, suite 200", organizer=("Carla Da Silva", C.staff_addr("dasilva")),
                  stamp=_dt.datetime(c.day.year, c.day.month, c.day.day, 15, 0))
    body = "\n".join(["Dear %s," % p.mother, "", "This confirms %s's %s on %s at %d:00. A calendar invitation is attached." % (
        p.given, test, C.fday(d, "en"), h if h <= 12 else h - 12),
        c.pick(["For the sleep-deprived EEG, please keep %s awake after 2 a.m. the night before." % p.given if sc["key"] == "absences" else
                "No preparation is needed.", "Please bring the questionnaires we mailed you."]),
        "", "To cancel, call %s at least 48 hours ahead." % C.ORG_TEL_INTAKE, "", sig(c, "dasilva", "en")])
    m = mk(c, staff("dasilva"), [(p.mother, p.parent_email)], "Appointment confirmation - %s" % p.given, body, atts=[att])
    return c.result(m, "booking", "appointment confirmation to a parent with ICS")


def en_lab_ck(c):
    sc = c.pick([s for s in SCENARIOS if s["lab"]])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_EN)
    dest = C.EXTERNAL["hosp_neuro"] if sc["ref"] == "neuro" else C.EXTERNAL["genetics"]
    lines = ["Dear colleague,", "",
             "Could you see %s (%s, DOB %s) %s?" % (c.name(p, "full"), C.age_str(p, c.day, "en"), c.dob(p),
                                                   c.pick(["in the next few weeks", "urgently", "at your earliest convenience"])),
             "", "Findings: %s." % sc["sx_en"], "Labs: %s." % sc["lab"][1], "Concern: %s." % sc["dx_en"], ""]
    c.t("lab_result", "diagnosis")
    if p.nam and c.chance(0.7):
        lines.insert(3, "RAMQ %s" % c.nam(p))
    lines += ["Parents are aware of the results and the reason for referral.", "", "Thank you,", "", C.signature(doc, "en")]
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Referral - abnormal labs", "\n".join(lines))
    return c.result(m, "lab_referral", "referral to a specialist for abnormal results")


def en_discharge(c):
    p = c.kid(ages=(0, 12))
    doc = c.pick(MD)
    case = c.pick([
        ("febrile seizure, simple", "Generalized tonic-clonic seizure 3 min with fever 39.4 C (otitis media).", "amoxicillin 90 mg/kg/day x 10 days", "CBC normal, glucose 5.8"),
        ("dehydration secondary to rotavirus gastroenteritis", "Moderate dehydration, IV fluids 36 h.", "ondansetron 2 mg x 1", "Na 132, bicarbonate 16, rotavirus positive"),
        ("RSV bronchiolitis", "Low-flow O2 for 3 days, weaned.", "none at discharge", "RSV PCR positive"),
        ("urinary tract infection (pyelonephritis)", "IV ceftriaxone x 48 h then oral.", "cefixime 8 mg/kg/day to complete 10 days", "urine culture E. coli > 100 000 CFU/mL"),
    ])
    adm = c.earlier(3, 10)
    lines = ["Patient: %s" % c.name(p, "SF"), "DOB: %s   Sex: %s" % (c.dob(p, "iso"), p.sex),
             "Hospital chart: %s" % c.mrn(p, hosp=True), "Admitted: %s   Discharged: %s" % (adm.isoformat(), c.earlier(0, 2).isoformat()), "",
             "# Diagnosis", case[0], "", "# Hospital course", case[1], "", "# Investigations", case[3], "",
             "# Discharge medication", case[2], "", "# Follow-up", "Family doctor in 1 week; return to ER if fever > 48 h or lethargy."]
    c.t("diagnosis", "lab_result")
    if case[2] != "none at discharge":
        c.t("medication")
    att = pdf_att(c, c.pick(["discharge_summary.pdf", "Discharge %s.pdf" % p.surname, "DS_%s.pdf" % p.hosp_mrn]),
                  "Discharge summary - Paediatrics, Hopital regional de Sainte-Aurelie", lines,
                  footer="Dictated by %s" % C.staff_name(doc, True, "en"))
    body = "\n".join(["Dear Dr. Whitfield,", "", "Please find attached the discharge summary for your patient %s." % c.name(p, c.pick(["full", "init"])),
                      "", bye(c, "en"), "", sig(c, doc, "en")])
    m = mk(c, staff(doc), [("Dr. Lauren Whitfield", "l.whitfield@gmf-troislacs.example")], "Discharge summary", body, atts=[att])
    return c.result(m, "discharge_summary", "hospital discharge summary to family doctor (PDF)")


def en_pharmacy(c):
    sc = c.pick([s for s in SCENARIOS if s["med"] and s["key"] != "pc"])
    p = c.kid(ages=sc["ages"], holder=True)
    doc = c.pick(MD_EN)
    ph = C.EXTERNAL[c.pick(["pharma", "pharma2"])]
    lines = ["Prescription", "", "Patient: %s" % c.name(p, c.pick(["full", "SF"])), "DOB: %s" % c.dob(p)]
    if p.nam:
        lines.append("Health insurance no.: %s" % c.nam(p))
    lines += ["Rx: %s" % sc["med"][1], "Mitte: %s, refills: %s" % (c.pick(["30 days", "3 months"]), c.pick(["0", "2", "3"])),
              "Dx: %s" % sc["dx_short_en"], "", C.staff_name(doc, True, "en") + ", " + C.ORG_EN, "Tel %s / Fax %s" % (C.ORG_TEL, C.ORG_FAX)]
    c.t("medication", "diagnosis")
    m = mk(c, staff(doc), [(ph[3], ph[4])], c.pick(["Rx", "Prescription - please fill", "Renewal"]), "\n".join(lines), layout=c.pick(["plain", "html"]))
    return c.result(m, "prescription", "prescription sent to a community pharmacy")


def en_income_support(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tsaf", "rgd", "pc", "anxiete")])
    p = c.kid(ages=(17, 24), holder=True)
    doc = c.pick(MD_EN)
    sw = "gingras"
    paras = ["# Applicant", "Name: %s" % c.name(p, "SF"), "Date of birth: %s" % c.dob(p, "iso"),
             "Social insurance number: %s" % c.sin()]
    if p.nam:
        paras.append("Health insurance number: %s" % c.nam(p, "space"))
    paras += ["Address: %s" % c.address(p), "", "# Medical report", "Diagnosis: %s" % sc["dx_en"],
              "Functional limitations: %s; cannot hold competitive employment at present." % sc["sx_en"],
              "Expected duration: permanent.", "", "# Social situation",
              "Lives with %s; no income besides the family allowance, which ended at 18. Applying for the social solidarity program." % c.pick(["mother", "grandmother", "a foster family until June"])]
    c.t("diagnosis", "social_information")
    att = docx_att(c, "medical_report_%s.docx" % slug(p.surname).lower(), "Medical report - income support application", paras)
    body = "\n".join([hello(c, None, "en"), "", "Please find attached the completed medical report for %s's application, signed by %s." % (
        p.given, C.staff_name(doc, True, "en")), "The applicant consents to this transmission (form on file).", "", sig(c, sw, "en", disclaimer=True)])
    m = mk(c, staff(sw), [("Income support - medical assessment", "evaluation.medicale@solidarite-sociale.example")],
           "Medical report - income support application", body, atts=[att])
    return c.result(m, "income_support_form", "medical report for an income support application with SIN")


def en_ontario(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tdah", "rgd", "surdite", "t21", "absences")])
    p = c.kid(ages=sc["ages"], holder=False)
    doc = c.pick(MD_EN)
    dest = C.EXTERNAL["ottawa"]
    lines = ["Dear Dr. Langford,", "",
             "The family of %s (DOB %s) moved from Ottawa to our area in %s and asked that care continue here." % (
                 c.name(p, "full"), c.dob(p), c.pick(["July", "August", "the spring"])),
             "Former Ontario health card: %s" % c.ohn(),
             "Your chart number, according to the parents: %s" % c.mrn(p, hosp=True),
             "", "We understand %s was followed in your clinic for %s." % (he(p), sc["dx_en"])]
    c.t("diagnosis")
    if sc["med"]:
        lines.append("Parents report %s." % sc["med"][1])
        c.t("medication")
    lines += ["Could you send your consultation notes, test results and the last growth chart? Signed consent attached.", "",
              "With thanks,", "", C.signature(doc, "en")]
    atts = None
    if c.chance(0.5):
        atts = [pdf_att(c, "consent_release.pdf", "Authorization to release health information",
                        ["Child: %s" % p.full(), "Date of birth: %s" % p.dob.isoformat(), "Released to: %s" % C.ORG_EN,
                         "Signed by: %s (mother)" % p.mother, "Date: %s" % c.day.isoformat()])]
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Transfer of care - %s" % p.surname, "\n".join(lines), atts=atts)
    return c.result(m, "transfer_ontario", "transfer of care from Ontario with health card number")


def en_signout(c):
    a, b = c.sample(MD, 2)
    probs = [("bronchiolitis, HFNC 1 L/kg, weaning", ("diagnosis",)),
             ("DKA resolved, on SC insulin, diabetes teaching tomorrow", ("diagnosis", "medication")),
             ("febrile neutropenia? CBC pending 22:00", ("diagnosis", "lab_result")),
             ("NAT work-up, skeletal survey done, DPJ involved, no visits from father", ("diagnosis", "social_information")),
             ("asthma, salbutamol q4h, dex given x2", ("diagnosis", "medication")),
             ("osteomyelitis L tibia, cefazolin, CRP 84 -> 41", ("diagnosis", "medication", "lab_result")),
             ("anorexia nervosa, refeeding, phosphate 0.68 this am", ("diagnosis", "lab_result")),
             ("croup, observed post-dex, d/c in AM", ("diagnosis", "medication"))]
    rows = []
    for i in range(c.rng.randint(5, 8)):
        k = c.kid(ages=(0, 16), holder=False)
        pr, ty = c.pick(probs)
        c.t(*ty)
        rows.append("Rm %d  %s, %s  %s" % (c.rng.randint(401, 420), c.name(k, c.pick(["SFN", "SF", "full"])),
                                           C.age_str(k, c.day, "en").replace(" years", "y").replace(" months", "mo"), pr))
    text = "\n".join(["Handover for tonight (4th floor peds):", ""] + rows + ["", "Pager on me until 8. Thanks!", C.STAFF[a][2]])
    m = mk(c, staff(a), [staff(b)], c.pick(["handover", "Sign-out 4th", "tonight's list"]), text, layout="plain")
    return c.result(m, "signout", "ward handover list")


def en_quick_note(c):
    sc = c.pick(SCENARIOS)
    p = c.kid(ages=sc["ages"])
    a, b = c.sample(MD_EN + ["vaillancourt"], 2)
    nm = c.name(p, c.pick(["full", "lower", "init"]))
    res = sc["test_en"] or (sc["lab"][1] if sc["lab"] else "")
    opts = ["Could you squeeze in %s today? Mom called, %s. I'm stuck in the NICU." % (nm, sc["sx_en"]),
            "Re %s: agree with %s, let's refer. Can you do the letter?" % (nm, sc["dx_short_en"])]
    if res:
        opts.append("FYI %s's results came back - %s. Looks like %s. Will you tell the family or shall I?" % (nm, res, sc["dx_short_en"]))
    txt = c.pick(opts)
    c.t("diagnosis")
    if "came back" in txt:
        c.t("lab_result")
    m = mk(c, staff(a), [staff(b)], c.pick(["quick one", "today?", "FYI", "pt question"]), txt + "\n\n" + C.STAFF[a][2][0],
           layout=c.pick(["plain", "html"]))
    return c.result(m, "quick_note", "quick note between physicians about a patient")


TEMPLATES = [en_referral, en_school_letter, en_daycare, en_parent_reply, en_growth, en_vaccine_reaction, en_clinic_list,
             en_ics_parent, en_lab_ck, en_discharge, en_pharmacy, en_income_support, en_ontario, en_signout, en_quick_note]
