"""English positive templates, part B."""
import datetime as _dt

import gen_common as C
from gen_clinical import SCENARIOS, BY_KEY, REFERRAL_EN, SOCIAL
from gen_ctx import staff, ext
from gen_mime import Mail
from gen_tpl import (mk, sig, hello, bye, quoted_reply, forward_block, earlier_dt, pdf_att, docx_att, csv_att,
                     zip_att, vcf_att, eml_att, slug)
from gen_pos_en_a import MD_EN, MD, he, his


def en_forward_school(c):
    sc = c.pick([BY_KEY[k] for k in ("tdah", "tsa", "anxiete", "tsaf", "mutisme", "tics")])
    p = c.kid(ages=(6, 15))
    counsellor = ("Megan Pryce", "mpryce@laurentianschools.example")
    soc = c.pick([
        "%s told the teacher there is often no food at home at the end of the month and %s has been wearing the same clothes all week." % (p.given, he(p)),
        "Mom shared that she and %s left the family home after a violent incident; they are staying at a shelter for now." % p.given,
        "The grandmother now has custody since the youth protection ruling in August; she asked us to update the school file.",
    ])
    inner = "\n".join(["Hello Dr. Raman,", "",
                       "I'm the guidance counsellor at Maple Ridge. With the mother's permission I'm writing about %s (grade %d)." % (
                           c.name(p, c.pick(["full", "sf"])), max(1, min(6, p.age_at(c.day) - 5))),
                       soc,
                       "Since October we see %s, and %s is missing a lot of school." % (sc["sx_en"], he(p)),
                       "Is %s still on %s? The school nurse wasn't sure." % (he(p), sc["med"][1] if sc["med"] else "any medication"),
                       "", "Megan Pryce", "Guidance counsellor, Maple Ridge Elementary"])
    c.t("social_information", "diagnosis")
    if sc["med"]:
        c.t("medication")
    fwd = forward_block(c, counsellor[0], counsellor[1], C.staff_addr("raman"), earlier_dt(c, 0, 3), "About one of your patients", inner, "en")
    top = "\n".join([c.pick(["Stéphane - can you call the school and the family? Looks like social needs more than meds.",
                             "Forwarding for the team meeting. Please don't reply-all to the school.",
                             "Kwame, please pull the chart before I call back."]), "", "Priya", "", fwd])
    to = staff(c.pick(["gingras", "osei"]))
    m = mk(c, staff("raman"), [to], "Fwd: About one of your patients", top)
    return c.result(m, "forward", "forwarded school counsellor message with family situation")


def en_docx_report(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tdah", "tsaf", "tdl", "mutisme", "anxiete")])
    p = c.kid(ages=sc["ages"])
    psy = "nolet"
    doc = c.pick(MD_EN)
    paras = ["Name: %s" % c.name(p, "full"), "Date of birth: %s" % c.dob(p, "long"), "Assessment dates: %s and %s" % (
        C.fdate(c.earlier(20, 40), "iso"), C.fdate(c.earlier(5, 19), "iso")),
        "# Reason for referral", sc["sx_en"].capitalize() + ".", "# Results", sc["test_en"] or "Clinical interview and observation.",
        "# Conclusion", "The profile is consistent with %s." % sc["dx_en"], "# Recommendations",
        "Parent coaching, classroom accommodations, review in 12 months."]
    c.t("diagnosis")
    if sc["test_en"]:
        c.t("lab_result")
    att = docx_att(c, c.pick(["psych_report_final.docx", "Report %s.docx" % p.surname, "eval_%s_v3.docx" % slug(p.given).lower()]),
                   "Psychological assessment report", paras)
    m = mk(c, staff(psy), [staff(doc)], c.pick(["report", "final report", "see attached"]),
           c.pick(["See attached, final version.", "Here's the report for Thursday's feedback meeting.", "Attached. Let me know if you want changes."]) +
           "\n\nCatherine", atts=[att])
    return c.result(m, "report_attachment", "assessment report in a DOCX attachment")


def en_eml_parent(c):
    sc = c.pick([BY_KEY[k] for k in ("sommeil_tsa", "tdah_vyv", "anxiete", "obesite", "constipation", "absences")])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_EN)
    mom = p.mother
    pdt = earlier_dt(c, 1, 3)
    ptxt = "\n".join(["Dear Dr. %s," % C.STAFF[doc][3], "",
                      "I'm writing about my %s %s." % (C.sex_word(p.sex, "en", "son"), c.name(p, c.pick(["full", "lower"]))),
                      "Since starting %s %s." % (sc["med"][1], c.pick(["%s has had stomach aches every morning" % he(p),
                                                                       "we haven't seen much change", "%s seems flat and tired" % he(p)])),
                      "The pharmacy also said the %s was on backorder. What should we do?" % sc["med"][1].split(" ")[0],
                      "", "Thank you,", mom, c.phone(p)])
    c.t("medication")
    inner = Mail((mom, p.parent_email), [staff(doc)], "question about %s" % p.given, ptxt,
                 _dt.datetime(pdt.year, pdt.month, pdt.day, pdt.hour, pdt.minute, tzinfo=C.tz_for(pdt.date())))
    body = "\n".join(["Kwame,", "", "Can you handle the attached one from %s's mom? I'd keep the dose, check with the pharmacy about the shortage, "
                      "and offer an earlier follow-up for the %s." % (p.given, sc["dx_short_en"]), "", C.STAFF[doc][2]])
    c.t("diagnosis")
    m = mk(c, staff(doc), [staff("osei")], "FW: question about %s" % p.given, body,
           atts=[eml_att(c.pick(["question about %s.eml" % p.given, "parent message.eml"]), inner)])
    return c.result(m, "forward_eml", "parent e-mail forwarded as attached message")


def en_zip_records(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tdah", "tdl", "rgd", "surdite")])
    p = c.kid(ages=(3, 14))
    from gen_docs import make_pdf, make_docx
    hdr = ["Patient: %s" % c.name(p, "SF"), "DOB: %s" % c.dob(p, "iso"), "Chart: %s" % c.mrn(p, "plain")]
    rep = make_pdf("Developmental assessment summary", hdr + ["", "# Diagnosis", sc["dx_en"], "", "# Findings", sc["sx_en"],
                                                               sc["test_en"] or ""])
    note = make_docx("Speech-language progress note", hdr + ["Goals met: 2 of 4. Continue weekly sessions."])
    c.t("diagnosis")
    if sc["test_en"]:
        c.t("lab_result")
    stem = "%s_%s" % (slug(p.surname), slug(p.given))
    att = zip_att(c, c.pick(["records_%s.zip" % stem, "records_release.zip"]),
                  [("%s_assessment.pdf" % stem, rep), ("%s_SLP_note.docx" % stem, note),
                   ("README.txt", ("Records released with parental consent, %s.\n" % c.day.isoformat()).encode())])
    dest = c.pick([("Student Services", "studentservices@laurentianschools.example"), ("Records Office", "records@ovchc.example")])
    body = "\n".join([hello(c, None, "en"), "", "As requested, the records for %s are attached (password sent separately)." % c.name(p, c.pick(["full", "sfn"])),
                      "", bye(c, "en"), "", sig(c, "dasilva", "en", disclaimer=True)])
    m = mk(c, staff("dasilva"), [dest], "Records release", body, atts=[att])
    return c.result(m, "records_zip", "records release as a ZIP archive")


def en_vcard_foster(c):
    p = c.kid(ages=(1, 12))
    sw = "gingras"
    fam = "%s %s" % (c.pick(["Nicole", "Brenda", "Lise", "Martine"]), c.pick(["Galarneau", "Whitmore", "Ouimet", "Pagé"]))
    g, s = fam.split()
    addr = "%d %s, %s QC" % (c.rng.randint(10, 999), c.pick(["rue des Saules", "chemin Lakeview", "rue Tassé"]), c.pick(C.CITIES))
    phone = "819 555-01%02d" % c.rng.randint(0, 99)
    card = vcf_att(c, "foster_family.vcf", fn=fam, n="%s;%s;;;" % (s, g), tel=phone, adr=";;%s;;;;" % addr,
                   note="Foster parent of %s since %s" % (p.full(), C.fdate(c.earlier(10, 60), "iso")), tel_type="HOME")
    c.name(p, "full")
    c.t("social_information", "patient_contact")
    c.facts["contact"].append(addr)
    body = "\n".join([hello(c, None, "en"), "",
                      "%s has been placed in a foster home by youth protection. Please send all appointment notices to the foster mother "
                      "(contact card attached) and NOT to the biological parents' address." % c.name(p, c.pick(["full", "SF"])),
                      "Next appointment: %s, %s follow-up." % (C.fdate(c.later(), "long", "en"), c.pick(["developmental", "growth", "ADHD"])),
                      "", sig(c, sw, "en")])
    if "ADHD" in body:
        c.t("diagnosis")
    m = mk(c, staff(sw), [staff("dasilva"), staff("rioux")], "Change of contact - placement", body, atts=[card])
    return c.result(m, "contact_update", "foster placement and new contact card (vCard)")


def en_transition(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tdah_vyv", "anxiete", "tics", "absences", "obesite", "t21")])
    p = c.kid(ages=(17, 24), holder=True)
    doc = c.pick(MD_EN)
    lines = ["Dear colleague,", "", "I am transferring the care of %s, now %d, to adult services." % (c.name(p, "full"), p.age_at(c.day)),
             "DOB %s, sex %s." % (c.dob(p), p.sex)]
    if p.nam:
        lines.append("RAMQ %s" % c.nam(p))
    lines.append("Diagnosis: %s." % sc["dx_en"])
    c.t("diagnosis")
    if sc["med"]:
        lines.append("Medication: %s." % sc["med"][1])
        c.t("medication")
    if sc["lab"]:
        lines.append("Most recent labs: %s." % sc["lab"][1])
        c.t("lab_result")
    lines += ["", "I would be grateful if you could see them within the next 3 months. A full summary will follow.", "", "Sincerely,", "", C.signature(doc, "en")]
    m = mk(c, staff(doc), [("Adult Psychiatry Intake", "intake.psych@hrsa.example") if sc["key"] in ("anxiete", "tsa") else
                           ("Dr. Lauren Whitfield", "l.whitfield@gmf-troislacs.example")], "Transition to adult care", "\n".join(lines))
    return c.result(m, "transition", "transition letter to adult services")


def en_genetics(c):
    parent = c.adult_holder((28, 50))
    child = c.kid(ages=(2, 10), holder=False)
    gen = C.EXTERNAL["genetics"]
    doc = c.pick(MD_EN)
    lines = ["Dear Dr. Achterberg,", "",
             "Thank you for seeing %s for developmental delay. As you suggested, the %s was tested:" % (c.name(child, "full"), "mother" if parent.sex == "F" else "father"),
             "", "Parent: %s, DOB %s, sex %s" % (c.name(parent, c.pick(["full", "SF"])), c.dob(parent), parent.sex),
             "RAMQ: %s" % c.nam(parent),
             "Result: %s" % c.pick(["FMR1 premutation carrier, 78 CGG repeats", "carrier of the same 15q11.2 deletion (inherited)",
                                     "no pathogenic variant found for the familial panel"]), "",
             "Could you arrange counselling for the parents regarding recurrence risk?", "", "Best regards,", "", C.signature(doc, "en")]
    c.t("lab_result", "diagnosis")
    m = mk(c, staff(doc), [(gen[0], gen[4])], "Parental testing result", "\n".join(lines))
    return c.result(m, "genetics", "parental genetic test result for counselling")


def en_noshow(c):
    p = c.kid(ages=(1, 15))
    doc = c.pick(MD_EN)
    lines = [hello(c, C.STAFF[doc][2], "en"), "",
             "%s didn't show up for %s appointment this morning (%s). Third missed visit since June." % (
                 c.name(p, c.pick(["full", "SF", "init"])), his(p), c.pick(["ADHD review", "growth check", "SLP", "vaccines"])),
             "I left messages at %s; the number for dad goes to a full voicemail." % c.phone(p),
             "Do you want social work involved or should we send the discharge letter?", "", "Carla"]
    if c.chance(0.5):
        lines.insert(4, "Address on file: %s" % c.address(p))
    m = mk(c, staff("dasilva"), [staff(doc)], c.pick(["no-show", "Missed appointment again", "3rd no-show"]), "\n".join(lines))
    return c.result(m, "no_show", "missed appointment with family contact details")


def en_census_csv(c):
    rows = [["surname", "given_name", "dob", "sex", "ramq", "reason", "referred"]]
    n = c.rng.randint(3, 5)
    seen = set()
    for i in range(12):
        if len(rows) > n:
            break
        k = c.kid(ages=(2, 24), holder=True)
        if not k.nam or k.nam in seen:
            continue
        seen.add(k.nam)
        sc = c.pick(SCENARIOS)
        c.name(k, "sf")
        rows.append([k.surname, k.given, c.dob(k, "iso"), k.sex, c.nam(k, "plain"), sc["dx_short_en"], C.fdate(c.earlier(20, 200), "iso")])
        c.t("diagnosis")
    att = csv_att(c, "asd_queue_export.csv", rows, sep=",")
    body = "\n".join([hello(c, "Chantal", "en"), "", "Export from the intake database for the assessment queue, as requested for the audit.",
                      "Only the ones referred before the summer are in there.", "", sig(c, "dasilva", "en", disclaimer=False)])
    m = mk(c, staff("dasilva"), [staff("mercier")], "queue export", body, atts=[att])
    return c.result(m, "queue_export", "assessment queue export with health numbers (CSV)")


def en_interpreter(c):
    sc = c.pick([BY_KEY[k] for k in ("tdl", "rgd", "tsa", "surdite", "croissance")])
    p = c.kid(ages=sc["ages"], holder=False)
    lang_ = c.pick(["Dari", "Tigrinya", "Spanish", "Punjabi", "Arabic", "Ukrainian"])
    d = c.later(4, 20)
    lines = [hello(c, None, "en"), "", "We need a %s interpreter for:" % lang_, "",
             "Date/time: %s, %s (90 min)" % (C.fdate(d, "long", "en"), c.slot()),
             "Child: %s, %s" % (c.name(p, "full"), C.age_str(p, c.day, "en")),
             "Purpose: feedback of assessment results (%s)" % sc["dx_short_en"],
             "Context: %s" % c.pick([SOCIAL[4][1], "Mother is illiterate in her own language; please allow time for sight translation.",
                                     "Recently arrived family, refugee claimant status pending."]), "",
             "Thank you,", "", sig(c, "dasilva", "en", disclaimer=False)]
    c.t("diagnosis", "social_information")
    m = mk(c, staff("dasilva"), [ext("interp")], "Interpreter request - %s" % lang_, "\n".join(lines))
    return c.result(m, "interpreter", "interpreter request for a results meeting")


def en_filename_only(c):
    sc = c.pick([BY_KEY[k] for k in ("tdl", "tdc", "tsa", "mutisme", "surdite")])
    p = c.kid(ages=sc["ages"], holder=False)
    th = {"tdl": "kowalski", "tdc": "mcallister", "tsa": "kowalski", "mutisme": "kowalski", "surdite": "patel"}[sc["key"]]
    c.name(p, "surname")
    fname = c.pick(["%s_%s_progress.pdf" % (slug(p.surname), slug(p.given)), "%s %s - progress report.pdf" % (p.given, p.surname)])
    lines = ["# Progress summary", "Sessions attended: %d of %d." % (c.rng.randint(8, 12), 12), "Diagnosis: %s." % sc["dx_en"],
             "Current level: %s." % sc["sx_en"], "# Plan", "Continue weekly therapy; home programme sent."]
    c.t("diagnosis")
    att = pdf_att(c, fname, "Therapy progress report", lines)
    body = c.pick(["Progress report attached for the team meeting.", "Here you go.", "Attached - the parents have a copy."]) + "\n\n" + C.STAFF[th][2]
    m = mk(c, staff(th), [staff(c.pick(MD_EN))], "progress report", body, atts=[att])
    return c.result(m, "report_attachment", "therapy report, name only in the file name")


def en_mrn_only(c):
    doc = c.pick(MD_EN)
    labs = [("ferritin 5 ug/L, Hb 96", "iron deficiency"), ("TSH 9.4, fT4 10", "hypothyroid"), ("lead 0.48 umol/L", "lead exposure"),
            ("anti-tTG 86 U/mL", "probable coeliac"), ("CK 9 800 U/L", "?DMD"), ("HbA1c 6.3%", "prediabetes"),
            ("vit D 22 nmol/L", "vitamin D deficiency"), ("ALT 96, AST 71", "fatty liver?")]
    rows = []
    for i in range(c.rng.randint(4, 7)):
        k = c.kid(ages=(1, 15), holder=False)
        lab, dx = c.pick(labs)
        rows.append("%s   %s   -> %s" % (c.mrn(k, c.pick(["plain", "nopre", "space"])), lab, dx))
    c.t("lab_result", "diagnosis")
    text = "\n".join(["Kwame,", "", "Abnormal results from this week, please book follow-ups:", ""] + rows + ["", "Thanks", C.STAFF[doc][2]])
    m = mk(c, staff(doc), [staff("osei")], "abnormal labs this week", text, layout="plain")
    return c.result(m, "lab_list", "list of abnormal results by chart number")


def en_insurer(c):
    sc = c.pick([BY_KEY[k] for k in ("tdl", "tdc", "tsa", "mutisme")])
    p = c.kid(ages=sc["ages"])
    th = c.pick(["kowalski", "mcallister"])
    ins = C.EXTERNAL["insurer"]
    pol = "GRP-%05d / cert. %08d" % (c.rng.randint(10000, 99999), c.rng.randint(10000000, 99999999))
    lines = ["To the claims department,", "",
             "Re: %s, DOB %s, dependent on policy %s (member: %s)" % (c.name(p, "full"), c.dob(p), pol, p.father), "",
             "This is to confirm that %s receives %s at our clinic for %s: %d sessions between %s and %s, at $%d per session." % (
                 p.given, C.staff_role(th, "en"), sc["dx_en"], c.rng.randint(6, 16), C.fdate(c.earlier(60, 120), "iso"),
                 C.fdate(c.earlier(1, 10), "iso"), c.pick([110, 120, 125])),
             "Receipts are attached. Treatment is expected to continue until June.", "", "Regards,", "", C.signature(th, "en")]
    c.t("diagnosis")
    from gen_docs import make_pdf
    att = pdf_att(c, "receipts.pdf", "Receipts", ["Client: %s" % p.full(), "Service: %s" % C.staff_role(th, "en"),
                                                  "Total paid: $%d.00" % c.rng.randint(700, 1900)])
    m = mk(c, staff(th), [(ins[3], ins[4])], "Claim support - %s" % p.surname, "\n".join(lines), atts=[att])
    return c.result(m, "insurer_letter", "letter to a private insurer with diagnosis and receipts")


def en_audiology(c):
    p = c.kid(ages=(1, 8))
    res = c.pick([("bilateral mild-to-moderate sensorineural hearing loss (40-55 dB HL)", "hearing aids fitting planned"),
                  ("bilateral otitis media with effusion, type B tympanograms, 30 dB conductive loss", "ENT referral for tubes"),
                  ("normal hearing bilaterally, type A tympanograms", "hearing is not a factor in the speech delay")])
    lines = [hello(c, "Anna", "en"), "", "Audiology results for %s (%s), tested %s:" % (
        c.name(p, c.pick(["full", "SF"])), c.dob(p), C.fdate(c.earlier(1, 7), "long", "en")), "",
             "- %s" % res[0], "- %s" % res[1], "", "Full report to follow in the chart.", "", "Meera"]
    c.t("lab_result", "diagnosis")
    m = mk(c, staff("patel"), [staff("kowalski")], "Hearing results", "\n".join(lines))
    return c.result(m, "audiology", "audiology results to the speech therapist")


def en_er_followup(c):
    p = c.kid(ages=(0, 10))
    hp = C.EXTERNAL["hosp_ped"]
    doc = c.pick(MD)
    ev = c.pick([("febrile seizure (simple, 3 minutes), temperature 39.6", "acetaminophen 15 mg/kg q4h PRN", "diagnosis"),
                 ("ingestion of 5 tablets of his grandmother's amlodipine, observed 24 h", "none", "diagnosis"),
                 ("fall from a bunk bed, skull X-ray negative, discharged", "ibuprofen PRN", "diagnosis")])
    inner = "\n".join(["Hello,", "", "Your patient %s (our chart %s) was seen in our ER last night: %s." % (
        c.name(p, c.pick(["full", "SF"])), c.mrn(p, hosp=True), ev[0].replace("his", his(p))),
        "Discharge treatment: %s." % ev[1], "Please ensure follow-up in clinic within 1 week.", "", hp[0], hp[3]])
    c.t("diagnosis")
    if ev[1] != "none":
        c.t("medication")
    fwd = forward_block(c, hp[0], hp[4], C.staff_addr(doc), earlier_dt(c, 0, 1), "ER visit - your patient", inner, "en")
    body = "\n".join(["Carla, please book a follow-up next week.", "", C.STAFF[doc][2], "", fwd])
    m = mk(c, staff(doc), [staff("dasilva")], "Fwd: ER visit - your patient", body)
    return c.result(m, "forward", "forwarded emergency visit notice")


TEMPLATES = [en_forward_school, en_docx_report, en_eml_parent, en_zip_records, en_vcard_foster, en_transition, en_genetics,
             en_noshow, en_census_csv, en_interpreter, en_filename_only, en_mrn_only, en_insurer, en_audiology, en_er_followup]


def en_europe(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "absences", "rgd", "duchenne", "tdl", "tics")])
    p = c.kid(ages=sc["ages"], holder=False)
    doc = c.pick(MD_EN)
    be = c.chance(0.5)
    lines = ["Dear colleague,", "",
             "Thank you for the records regarding %s, DOB %s, whose family moved to Quebec from %s this summer." % (
                 c.name(p, "full"), c.dob(p), "Belgium" if be else "France")]
    if be:
        lines.append("Belgian national number (NISS): %s" % c.niss(p))
    else:
        lines.append("French social security number (NIR): %s" % c.nir(p))
    lines += ["We saw %s on %s and agree with the diagnosis of %s." % (C.sex_word(p.sex, "en", "him"), C.fdate(c.earlier(3, 20), "long", "en"), sc["dx_en"])]
    c.t("diagnosis")
    if sc["lab"]:
        lines.append("Our repeat tests: %s." % sc["lab"][1])
        c.t("lab_result")
    if sc["med"]:
        lines.append("We are continuing %s." % sc["med"][1])
        c.t("medication")
    lines += ["Could you send the MRI images through your secure file transfer?", "", "Kind regards,", "", C.signature(doc, "en")]
    dest = C.EXTERNAL["liege"] if be else C.EXTERNAL["france"]
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Your former patient - %s %s" % (p.given, p.surname), "\n".join(lines))
    return c.result(m, "records_europe", "exchange with a European hospital, national identifier")


TEMPLATES = TEMPLATES + [en_europe]
