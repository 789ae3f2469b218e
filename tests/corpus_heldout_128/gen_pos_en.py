"""English positive templates (part 1)."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_clin as K
import gen_common as C


def sex_txt(p):
    return "sex on RAMQ file: %s" % p.sex


def d_en(c, d):
    return C.fmt_date(d, c.choice(["long", "iso", "short"]), "en")


def t_followup_ontario(c):
    r = B.Rec(c, "en")
    p = c.patient(origin="on")
    masc = c.chance(0.6)
    c.fit_gender(p, masc)
    reg = K.masc_regimen(c, "en") if masc else K.fem_regimen(c, "en")
    labs = K.masc_labs(c, "en") if masc else K.fem_labs(c, "en")
    r.t("medication", "lab_result", "diagnosis")
    nm = r.name(p, c.choice(["full", "last_first", "title", "caps_first"]))
    hcn = r.ohip()
    dob = r.dob(p)
    body = ("Hi Dr. Okonkwo,\n\nThanks for sending %s our way. Quick update after the %s visit:\n\n"
            "Name: %s\nOntario HCN: %s\nDOB: %s\n"
            "Dx: %s\nCurrent: %s\nLabs: %s\n\nPlan: %s. Will repeat bloodwork in 3 months; "
            "%s asked that results be copied to you since %s is back in Ottawa in the summer.\n\nBest,\n%s"
            % (p.name("given", "en"), d_en(c, c.now.date() - dt.timedelta(days=c.randint(1, 6))), nm, hcn, dob,
               c.choice(K.GENDER_DX)[1], "; ".join(reg), ", ".join(labs), K.dose_change(c, "en", masc),
               p.pron_en(), p.pron_en(), B.sig(c, "whitfield", "en")))
    r.names.append(p.given)
    return B.make("hormone_followup", "en", "hormone therapy update to an out-of-province physician",
                  B.addr("whitfield"), [B.addr("okonkwo")],
                  c.choice(["Update re: shared patient", "HRT follow-up", "Follow-up – our mutual patient"]),
                  body, rec=r)


def t_testosterone_hct(c):
    r = B.Rec(c, "en")
    p = c.nam_holder()
    r.t("medication", "lab_result", "diagnosis")
    hct = c.choice(["0.54", "0.55", "0.56", "0.57"])
    c.fit_gender(p, True)
    nm = r.name(p)
    nam = r.nam(p)
    dob = r.dob(p)
    body = ("Elliot,\n\nWould appreciate your input on %s (RAMQ %s, DOB %s, %s). On testosterone cypionate "
            "%s mg SC weekly since %d. Hct has crept up: 0.51 -> 0.53 -> %s despite dose reduction. "
            "Non-smoker, BMI %d, no OSA symptoms reported. Ferritin 41.\n\n"
            "Secondary erythrocytosis on testosterone — would you consider switching to transdermal or is "
            "phlebotomy reasonable? Happy to send the full chart.\n\nThanks,\nHelene\n%s"
            % (nm, nam, dob, sex_txt(p), c.choice(["60", "80", "100"]), c.randint(2016, 2023), hct,
               c.randint(21, 33), B.sig(c, "vachon", "en")))
    return B.make("consult_request", "en", "endocrinology consult request about erythrocytosis on testosterone",
                  B.addr("vachon"), [B.addr("marchetti")],
                  c.choice(["Consult request – erythrocytosis on T", "curbside: Hct on testosterone",
                            "Question re high hematocrit"]), body, rec=r)


def t_top_surgery_referral(c):
    r = B.Rec(c, "en")
    p = c.nam_holder()
    surg = c.choice(K.SURGERIES)
    c.fit_gender(p, surg[2] == "masc")
    r.t("diagnosis", "medication", "patient_contact")
    mh = c.choice(K.MH_DX)[1]
    reg = K.masc_regimen(c, "en") if surg[2] == "masc" else K.fem_regimen(c, "en")
    r.names.append(p.name("full", "en"))
    r.t("patient_name")
    r.nam(p, "space")
    r.dob(p, "long")
    r.address(p)
    r.phone(p)
    blocks = [("h", "Patient"),
              ("table", [["Name", p.name("full", "en")], ["RAMQ", C.fmt_nam(p.nam, "space")],
                         ["Date of birth", C.fmt_date(p.dob, "long", "en")], ["Sex (RAMQ)", p.sex],
                         ["Pronouns", p.pron_en()], ["Address", p.address], ["Phone", p.phone]]),
              ("h", "Reason for referral"),
              "Assessment for %s. Diagnosis: %s, well documented and persistent." % (surg[1], c.choice(K.GENDER_DX)[1]),
              ("h", "History"), "%s. %s. No known drug allergies." % (mh, c.choice(["Asthma (mild)", "Hypothyroidism on levothyroxine 75 mcg", "No other history"])),
              ("h", "Medications"), "\n".join(reg),
              "Referring: Jordan Whitfield, NP"]
    att = A.att_docx(c.choice(["Referral_%s_%s.docx" % (surg[1].split()[0], C.fold(p.surname)),
                               "%s %s - surgical referral.docx" % (p.surname, p.given)]),
                     "Referral – gender-affirming surgery", blocks)
    body = ("Hello,\n\nPlease find attached a new referral for %s. The mental health assessment letter is on its way "
            "from Dr. Raman.\n\nKind regards,\n%s" % (surg[1], B.sig(c, "whitfield", "en")))
    return B.make("surgery_referral", "en", "surgical referral form attached as DOCX", B.addr("whitfield"),
                  [B.addr("belvedere")], "New referral – " + surg[1], body, rec=r, attachments=[att])


def t_mh_letter(c):
    r = B.Rec(c, "en")
    p = c.patient()
    surg = c.choice(K.SURGERIES)
    c.fit_gender(p, surg[2] == "masc")
    mh, med = c.choice(K.MH_DX), c.choice(K.MH_MEDS)
    r.t("diagnosis", "medication")
    nm = p.full()
    r.names.append(nm)
    r.t("patient_name")
    dob = r.dob(p, "long")
    soc = None
    if c.chance(0.5):
        soc = c.choice(K.SOCIAL)[1]
        r.t("social_information")
    letter = ["%s" % C.fmt_date(c.now.date(), "long", "en"), "Re: %s, DOB %s" % (nm, dob),
              "To the surgical team,",
              "I have seen %s for %d sessions since %s to assess readiness for %s." % (
                  p.name("title_sur", "en"), c.randint(3, 8), C.MONTHS_EN[c.randint(0, 11)] + " 2024", surg[1]),
              "%s meets criteria for %s. Comorbid %s is well managed with %s." % (
                  p.pron_en().capitalize(), c.choice(K.GENDER_DX)[1], mh[1], med[1])]
    if soc:
        letter.append("Psychosocial: %s; social work is involved." % soc)
    letter += ["%s has capacity to consent and realistic expectations. I support this request." % p.pron_en().capitalize(),
               "Dr. Priya Raman, Psychologist"]
    att = A.att_pdf(c.choice(["MH_letter_%s.pdf" % C.fold(p.surname), "support letter - %s.pdf" % nm,
                              "Letter_%s.pdf" % c.now.strftime("%Y%m%d")]), "Letter of support", letter,
                    author="Priya Raman")
    body = "Hi,\n\nAttached is the letter of support. Let me know if the surgeon needs anything else.\n\nPriya"
    return B.make("mh_letter", "en", "mental health letter of support attached", B.addr("raman"),
                  [B.addr("desjardins")], c.choice(["Letter of support", "MH letter", "Readiness letter"]),
                  body, rec=r, attachments=[att])


def t_disability_claim(c):
    r = B.Rec(c, "en")
    p = c.patient()
    r.t("diagnosis", "medication")
    nm = r.name(p, "full")
    sin = r.sin()
    dob = r.dob(p)
    surg = c.choice(K.SURGERIES)
    rec_wk = c.randint(4, 10)
    rows = [["Field", "Value"], ["Claimant", nm], ["Date of birth", dob], ["SIN", sin],
            ["Procedure", surg[1]], ["Surgery date", C.fmt_date(c.future(c.now.date(), 10, 40), "iso")],
            ["Expected time off work", "%d weeks" % rec_wk],
            ["Restrictions", "no lifting > 5 kg, no driving while on opioids"],
            ["Medication", c.choice(["hydromorphone PRN, acetaminophen", "oxycodone PRN x 5 days, enoxaparin x 14 days"])]]
    att = A.att_xlsx("APS_%s.xlsx" % C.fold(p.surname).replace(" ", ""), [("Attending Physician Statement", rows)])
    body = ("Dear Ms. Sanderson,\n\nPlease find attached the Attending Physician Statement for the short-term "
            "disability claim of %s. Diagnosis: %s; planned %s.\n\nRegards,\n%s"
            % (nm, c.choice(K.GENDER_DX)[1], surg[1], B.sig(c, "belhadj", "en")))
    return B.make("insurer_form", "en", "disability insurer statement with SIN", B.addr("belhadj"),
                  [B.addr("sanderson")], "STD claim – Attending Physician Statement", body, rec=r, attachments=[att])


def t_sti_result_callback(c):
    r = B.Rec(c, "en")
    p = c.patient()
    sti = c.choice(K.STI)
    r.t("lab_result", "diagnosis", "medication")
    nm = r.name(p, c.choice(["lower", "initial", "full", "title"]))
    mrn = r.mrn(p, c.choice(["plain", "spaced", "dash", "fullwidth"]), prefix=c.choice(["MRN ", "chart #", ""]))
    body = ("Sam,\n\n%s (%s) — %s\nThat's %s. Suggest %s.\n%s\n\nCan you sign off? I'll book them for tomorrow.\n\nJ."
            % (nm, mrn, sti[1], sti[3], sti[5],
               c.choice(["Partner(s) not yet notified.", "Already told by phone, very anxious.",
                         "No answer at the number on file; left neutral voicemail."])))
    return B.make("sti_result", "en", "positive STI result needing treatment sign-off", B.addr("whitfield"),
                  [B.addr("okafor")], c.choice(["positive result – needs tx", "result to action", "FW: lab result"]),
                  body, rec=r, importance="High" if c.chance(0.3) else None)


def t_prep_start(c):
    r = B.Rec(c, "en")
    p = c.nam_holder()
    r.t("medication", "lab_result")
    as_pdf = c.chance(0.5)
    nm = r.name(p, c.choice(["full", "caps_first", "last_first"]))
    nam = r.nam(p, c.choice(["plain", "space", "dot", "dash"]) if as_pdf else None)
    dob = r.dob(p)
    drug = c.choice(["Truvada (emtricitabine/tenofovir DF 200/300 mg)", "emtricitabine/tenofovir DF 200/300 mg (generic)",
                     "Descovy (emtricitabine/tenofovir alafenamide 200/25 mg)"])
    baseline = "HIV Ag/Ab non-reactive, creatinine %d umol/L, eGFR %s, HBsAg neg, anti-HBs %d IU/L" % (
        c.randint(60, 105), c.choice([">90", "84", ">90", "97"]), c.randint(2, 400))
    rx = ["PRESCRIPTION", "Patient: %s" % nm, "RAMQ: %s   DOB: %s   %s" % (nam, dob, sex_txt(p)),
          "Rx: %s — 1 tab PO daily. Qty 30, refills x2" % drug,
          "Baseline: %s" % baseline, "Prescriber: Samuel Okafor, MD (lic. 1-14-233)"]
    if as_pdf:
        att = A.att_pdf("Rx_PrEP_%s.pdf" % c.now.strftime("%Y%m%d"), "Prescription", rx, author="Samuel Okafor")
        body = "Hello,\n\nPrEP prescription attached for pick-up today.\n\nThank you,\n%s" % B.sig(c, "okafor", "en")
        atts = [att]
    else:
        body = "Hello,\n\n" + "\n".join(rx) + "\n\nThank you,\n" + B.sig(c, "okafor", "en")
        atts = []
    return B.make("prescription", "en", "PrEP prescription sent to a pharmacy", B.addr("okafor"),
                  [B.addr(c.choice(["tran", "lindqvist"]))], c.choice(["Rx – PrEP start", "PrEP prescription",
                                                                       "New Rx"]), body, rec=r, attachments=atts)


def t_partner_notification(c):
    r = B.Rec(c, "en")
    p = c.patient()
    sti = c.choice(K.STI[:5])
    r.t("diagnosis", "lab_result", "patient_contact")
    nm = r.name(p, c.choice(["full", "last_first", "caps_first"]))
    contacts = []
    for _ in range(c.randint(1, 3)):
        q = c.patient(min_age=19, max_age=60)
        style = c.choice(["full", "given"])
        qn = q.name(style, "en")
        r.names.append(qn)
        contacts.append("- %s, %s (%s)" % (qn, q.phone, c.choice(["regular partner", "one-time contact, met via app",
                                                                   "ex-partner, last contact ~6 wks ago"])))
    body = ("Hi Rosalie,\n\nCase: %s, DOB %s — %s (%s).\nTreated today.\n\nNamed contacts the client consents for "
            "public health to reach:\n%s\n\nClient asks not to be named to contacts.\n\nThanks,\nMaude"
            % (nm, r.dob(p), sti[3], sti[1], "\n".join(contacts)))
    return B.make("partner_notification", "en", "partner notification list sent to public health",
                  B.addr("lacasse"), [B.addr("gendreau")], c.choice(["Partner notification", "contacts for follow-up",
                                                                     "PN – new case"]), body, rec=r)


def t_signout(c):
    r = B.Rec(c, "en")
    rows = [["Pt", "Issue", "Plan"]]
    for _ in range(c.randint(4, 7)):
        p = c.patient()
        nm = p.name(c.choice(["caps_first", "last_first", "initial"]), "en")
        r.names.append(nm)
        iss, plan = c.choice([
            ("POD 4 chest masc., drain output 40 mL/d", "call Mon re drain removal"),
            ("new HIV reactive screen", "confirmatory result pending, call pt when back"),
            ("K 5.6 on spironolactone", "hold spiro, repeat lytes Mon"),
            ("passive SI, safety plan in place", "Dr. Raman check-in Sat"),
            ("syphilis, 2nd Bicillin dose due", "confirm Tues appt"),
            ("lost meds at shelter", "redo estradiol Rx"),
        ])
        if "K 5.6" in iss:
            r.t("lab_result", "medication")
        elif "shelter" in iss:
            r.t("social_information", "medication")
        else:
            r.t("diagnosis")
        rows.append([nm, iss, plan])
    r.t("patient_name")
    text = "Weekend sign-out:\n\n" + B.table_text(rows) + "\n\nOn-call cell 514-555-0199.\nSam"
    html = B.paras_html("Weekend sign-out:") + B.table_html(rows) + B.paras_html("On-call cell 514-555-0199.\nSam")
    return B.make("signout", "en", "weekend sign-out list with active issues", B.addr("okafor"),
                  [B.addr("whitfield"), B.addr("vachon")], "Sign-out – weekend", text, rec=r, html=html)


def t_reply_quoted(c):
    r = B.Rec(c, "en")
    p = c.nam_holder()
    r.t("diagnosis", "medication")
    nm = r.name(p, c.choice(["full", "last_first", "lower"]))
    nam = r.nam(p)
    dob = r.dob(p)
    before = c.now - dt.timedelta(hours=c.randint(2, 48))
    orig = ("Hi Priya,\n\nCould you see %s (RAMQ %s, DOB %s, %s) sooner than March? %s mentioned worsening "
            "low mood since losing %s job, PHQ-9 today 17. On %s. No active SI.\n\nThanks,\nJordan"
            % (nm, nam, dob, sex_txt(p), p.pron_en().capitalize(), p.poss_en(), c.choice(K.MH_MEDS)[1]))
    r.t("lab_result", "social_information")
    top = c.choice(["I can take them Thursday at 2.", "Yes — I've moved someone, booking for Monday.",
                    "Sure. Please tell them to call the front desk."])
    body = top + "\n\nP.\n\n" + B.reply_header("en", "Jordan Whitfield", before) + "\n" + B.quote(orig)
    return B.make("reply", "en", "brief reply over a quoted request for a mental health appointment",
                  B.addr("raman"), [B.addr("whitfield")], "Re: earlier appt?", body, rec=r,
                  in_reply_to="<%s.%d@%s>" % (before.strftime("%Y%m%d%H%M"), c.randint(1000, 9999), C.ORG_DOMAIN))


def t_ics_booking(c):
    r = B.Rec(c, "en")
    p = c.patient()
    start = dt.datetime.combine(c.future(c.now.date(), 2, 25), dt.time(c.choice([9, 11, 13, 16]), c.choice([0, 15, 30])))
    reason = c.choice(["Bicillin dose #2 (syphilis)", "T injection teaching", "PrEP 3-month + STI screen",
                       "results review – new HIV diagnosis", "post-op check, chest"])
    r.t("diagnosis" if any(w in reason for w in ("syphilis", "HIV", "post-op")) else "medication")
    nm = r.name(p, c.choice(["full", "last_first"]))
    desc = "Patient: %s\nReason: %s" % (nm, reason)
    if c.chance(0.5):
        desc += "\nCell: %s" % r.phone(p)
    ics = A.att_ics("invite.ics", uid="appt-%d@%s" % (c.randint(100000, 999999), C.ORG_DOMAIN),
                    start=start, end=start + dt.timedelta(minutes=20), summary="%s – %s" % (nm, reason),
                    location="Room %d" % c.randint(1, 6), description=desc,
                    organizer=("Front desk", "accueil@" + C.ORG_DOMAIN),
                    attendees=[("Jordan Whitfield", B.addr("whitfield")[1])])
    body = "Appointment booked, see invite.\n\nFront desk"
    return B.make("booking", "en", "calendar invitation for a care appointment", ("Front desk", "accueil@" + C.ORG_DOMAIN),
                  [B.addr("whitfield")], "Appointment: " + C.fmt_date(start.date(), "short", "en"), body, rec=r,
                  attachments=[ics])


POS_EN_A = [t_followup_ontario, t_testosterone_hct, t_top_surgery_referral, t_mh_letter, t_disability_claim,
            t_sti_result_callback, t_prep_start, t_partner_notification, t_signout, t_reply_quoted, t_ics_booking]
