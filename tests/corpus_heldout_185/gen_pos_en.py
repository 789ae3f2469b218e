"""Confidential messages in English (haematology / transfusion medicine / blood bank)."""
import datetime

import gen_attach as A
import gen_common as C
from gen_ctx import ABO_EN, ANTIBODIES, DX, MEDS, day, labs, meds_for
from gen_mime import Att, Mail, Quote, Table, Pre

L = "en"


def _hi(r, name=None):
    return r.choice(["Hi,", "Hello,", "Hi all,", "Good morning,", "Hi %s," % name if name else "Hi there,"])


def _pr(p):
    return ("she", "her") if p.sex == "F" else ("he", "his")


def consult_referral(c):
    r = c.rng
    p = c.pf.invented(min_age=35)
    hc = C.new_ohip(r)
    c.rec("ohip", hc)
    gp = c.ext("clinic_en", r.choice(["Deborah", "Alan", "Marcy"]), r.choice(["Whitfield", "Garrow", "Pennington"]))
    doc = c.staff(role="hemato")
    dx, keys = r.choice([("pancytopenia", ["hb", "plt", "anc"]), ("unexplained microcytic anaemia", ["hb", "ferritin"]),
                         ("persistent thrombocytosis", ["plthigh"]), ("lymphocytosis", ["lymph", "hb", "plt"]),
                         ("new monoclonal protein", ["mspike", "flc", "hb"])])
    _, a = labs(r, 3, ("", "", keys))
    c.t("patient_name", "date_of_birth", "ca_health_number", "lab_result", "diagnosis")
    he, his = _pr(p)
    blocks = ["Dear colleague,",
              "Referral: %s, DOB %s, OHIP %s. %s lives in %s, Ontario, but works in Val-des-Ormes and prefers to be seen at your clinic." % (
                  C.name_form(r, p, L, r.choice([0, 1, 5])), C.fmt_dob(r, p.dob, L), C.fmt_ohip(r, hc),
                  he.capitalize(), r.choice(["Glenmorrow", "Pembridge"])),
              "Reason: %s. Recent bloods: %s." % (dx, "; ".join(a)),
              r.choice(["No B symptoms. Spleen not palpable.", "Night sweats x 2 months, 4 kg weight loss.",
                        "On aspirin only. No bleeding history."]),
              "Would appreciate assessment at your earliest convenience.",
              "Dr. %s\n%s\nTel %s | Fax %s" % (gp[0], "Maplefield Family Health Team", C.clinic_phone(r, False), C.clinic_phone(r, False))]
    return c.mail("referral", "GP referral to haematology with Ontario health number", gp, [c.org_box("hemreferrals", "Haematology Referrals")],
                  r.choice(["Referral - %s" % dx, "New referral: haematology", "Re: referral"]), blocks, cc=[c.pair(doc)] if r.random() < 0.4 else None)


def transfusion_reaction_en(c):
    r = c.rng
    p = c.patient(0.85)
    tso = c.staff(role="hv", lang="en")
    doc = c.staff(role="chief", lang="en")
    kind, vit, mgmt, inv = r.choice([
        ("TACO", "T 36.9, HR 118, BP 178/96, SpO2 86%", "Transfusion stopped; furosemide 40 mg IV; oxygen 4 L.", "Chest X-ray pulmonary oedema; BNP %d." % r.randint(900, 2400)),
        ("febrile non-haemolytic reaction", "T 39.1, HR 112, BP 128/74, SpO2 97%", "Stopped; acetaminophen 650 mg PO; cultures drawn.", "DAT negative; repeat ABO confirmed; unit culture pending."),
        ("TRALI (possible)", "T 38.2, HR 124, BP 92/50, SpO2 82%", "Stopped; ICU consult; high-flow oxygen.", "Chest X-ray bilateral infiltrates; BNP %d; donor HLA antibody testing requested." % r.randint(100, 300)),
        ("delayed serologic reaction", "T 37.0, HR 84, BP 122/70, SpO2 98%", "No acute treatment required; antigen-negative units for future transfusion.", "DAT positive (IgG); new %s identified." % r.choice(ANTIBODIES)),
    ])
    din = C.fmt_din(*C.new_din(r))
    ident = c.ident(p, mrn=True)
    dx = r.choice(DX)[1]
    c.t("diagnosis", "lab_result", "medication")
    paras = ident.split("\n") + [("h", "Clinical background"), dx + "; pre-transfusion Hb %d g/L." % r.randint(55, 79),
                                 ("h", "Event"), "%s related to unit %s (%s RBC). Vitals: %s." % (kind, din, r.choice(ABO_EN), vit),
                                 ("h", "Management"), mgmt,
                                 ("h", "Investigations"), inv]
    data = A.docx_file("Transfusion Reaction Investigation", paras, author=c.who(tso))
    blocks = [_hi(r, doc["given"]), "Attached is the investigation for the %s on %s. Please review and sign off on imputability." % (
        kind, C.fmt_date(c.past(1, 5), L)), c.sig(tso)]
    fn = r.choice(["TRx_investigation_%s.docx" % p.mrn, "reaction_workup.docx", "Transfusion reaction - %s.docx" % p.surname])
    return c.mail("transfusion_reaction", "transfusion reaction investigation (DOCX) for sign-off", c.pair(tso), [c.pair(doc)],
                  r.choice(["TRx investigation for review", "Transfusion reaction - sign-off needed", "%s work-up" % kind]), blocks,
                  atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])


def crossmatch(c):
    r = c.rng
    p = c.patient(0.5)
    tech = c.staff(role="tech", lang="en")
    doc = c.staff(role="resident", lang="en")
    ab = r.sample(ANTIBODIES, 2)
    grp = r.choice(ABO_EN)
    nm = C.name_form(r, p, L, r.choice([1, 2, 7]))
    c.t("patient_name", "mrn", "lab_result")
    rows = [["Patient", nm], ["MRN", C.fmt_mrn(r, p.mrn)], ["ABO/Rh", grp], ["Antibody screen", "POSITIVE"],
            ["Antibodies identified", ", ".join(ab)], ["Compatible units found", "%d of %d screened" % (r.randint(0, 2), r.randint(10, 30))]]
    blocks = [_hi(r),
              "Re the crossmatch request for %s from OR %d: we have a problem." % (nm, r.randint(1, 9)),
              Table(["Item", "Detail"], rows),
              r.choice(["Antigen-negative units have to come from the supplier; ETA 6 hours. Please delay elective surgery if possible.",
                        "We can issue least-incompatible units in an emergency with the attending's signature."]),
              c.sig(tech)]
    if p.nam:
        blocks.insert(3, c.ident(p, mrn=False))
    return c.mail("crossmatch", "incompatible crossmatch notification", c.pair(tech), [c.pair(doc)],
                  r.choice(["URGENT: crossmatch issue", "Crossmatch - antibodies found", "Pre-op T&S problem"]), blocks,
                  form=r.choice(["html", "alt"]))


def signout_en(c):
    r = c.rng
    doc = c.staff(role="resident", lang="en")
    nxt = c.staff(role="resident", lang="en")
    rows = []
    done = False
    for _ in range(r.randint(4, 8)):
        use_nam = not done and c.pf.nam_left() > 0 and r.random() < 0.5
        p = c.pf.nam_patient() if use_nam else c.pf.invented()
        bed = "%d%s" % (r.randint(1, 24), r.choice("ABCD"))
        dxt = r.choice(DX)
        dx = dxt[1]
        _, a = labs(r, 1, dxt)
        todo = r.choice(["f/u AM CBC", "transfuse 1u if Hb<70", "plt if <10 or bleeding", "recheck fibrinogen 22h",
                         "d/c planning", "call family re GOC", "ID consult pending", "heparin nomogram, aPTT q6h"])
        if use_nam:
            nm, dobsx, nam = c.nam_inline(p)
            rows.append([bed, nm + ", " + dobsx + ", RAMQ " + nam, dx, a[0], todo])
            done = True
        else:
            rows.append([bed, C.name_form(r, p, L, r.choice([1, 3, 4, 7, 7])), dx, a[0], todo])
    c.t("patient_name", "diagnosis", "lab_result")
    blocks = [r.choice(["Heme sign-out for tonight:", "Weekend list below.", "Sign-out - 7 West heme"]),
              Table(["Bed", "Patient", "Problem", "Last lab", "To do"], rows),
              r.choice(["Pager is 555-0177 if anything.", "Quiet so far. Good luck!", "Staff on call is aware of bed 3."]),
              c.sig(doc)]
    return c.mail("signout", "resident sign-out table", c.pair(doc), [c.pair(nxt)],
                  r.choice(["Heme sign-out", "Sign out 7W", "List for tonight"]), blocks, form=r.choice(["html", "alt", None]))


def ivig_request(c):
    r = c.rng
    p = c.patient(0.8)
    doc = c.staff(role="hemato", lang="en")
    pharm = c.staff(role="pharm", lang="en")
    wt = r.randint(48, 112)
    plt = r.randint(2, 19)
    ind = r.choice(["ITP, platelets %d with wet purpura" % plt, "CIDP maintenance", "Guillain-Barre, day 2",
                    "ITP pre-splenectomy, platelets %d" % plt, "secondary hypogammaglobulinaemia post CAR-T, IgG 2.1"])
    ident = c.ident(p, mrn=True)
    c.t("diagnosis", "medication")
    if "platelets" in ind or "IgG" in ind:
        c.t("lab_result")
    lines = ident.split("\n") + ["Weight: %d kg" % wt, ("h", "Indication"), ind,
                                 ("h", "Order"), "IVIG %d g (1 g/kg) IV daily x 2, product per blood bank inventory" % wt,
                                 "Premedication: acetaminophen 650 mg, diphenhydramine 25 mg",
                                 "Prescriber: %s" % c.who(doc, True),
                                 "Approval by transfusion medicine: pending"]
    data = A.pdf("Request for Intravenous Immune Globulin (IVIG)", lines, header=C.ORG_EN["name"] + " - " + C.ORG_EN["bank"])
    blocks = [_hi(r, pharm["given"]), "IVIG request form attached for approval, %s." % r.choice(["first dose tonight if possible", "to start tomorrow AM"]),
              c.sig(doc)]
    fn = r.choice(["IVIG_request.pdf", "IVIG request %s.pdf" % p.mrn, "ivig_%s.pdf" % C.slug(p.surname).lower()])
    return c.mail("ivig_request", "IVIG request form (PDF) for approval", c.pair(doc), [c.pair(pharm)],
                  r.choice(["IVIG request", "IVIG approval needed", "IVIG - please approve"]), blocks,
                  atts=[Att(fn, "application/pdf", data=data)])


def factor_log(c):
    r = c.rng
    p = c.patient(0.4, ) if r.random() < 0.8 else c.pf.invented(sex="M", min_age=8, max_age=60)
    nurse = c.staff(role="nurse", lang="en")
    doc = c.staff(role="hemato", lang="en")
    prod = r.choice(["Advate 2000 IU", "Xyntha 1500 IU", "Eloctate 3000 IU", "BeneFIX 2000 IU", "Hemlibra 105 mg"])
    rows = []
    d0 = c.past(25, 35)
    d = d0
    for i in range(r.randint(6, 10)):
        d = d + datetime.timedelta(days=r.choice([2, 3]))
        rows.append([d.isoformat(), prod, r.choice(["prophylaxis", "prophylaxis", "bleed - L knee", "bleed - R elbow", "pre-dental"]),
                     r.choice(["", "", "mild pain", "swelling resolved"]), r.choice(["A%06d" % r.randint(0, 999999), "LOT %s" % C.luhn_serial(r, 8)])])
    csv = A.csv_text(["date", "product", "reason", "comment", "lot"], rows, sep=",")
    dx = r.choice([DX[4][1], "moderate haemophilia B", "severe haemophilia A with past inhibitor"])
    c.t("patient_name", "medication", "diagnosis")
    nm = C.name_form(r, p, L, r.choice([0, 1, 4]))
    blocks = [_hi(r, doc["given"]), "Home infusion log from %s (%s) downloaded from the app. Bleeds this period: %d." % (
        nm, dx, sum(1 for x in rows if x[2].startswith("bleed"))), c.sig(nurse)]
    if p.nam:
        blocks.insert(2, c.ident(p, mrn=False))
    fn = r.choice(["infusion_log.csv", "%s_infusions.csv" % C.slug(p.surname), "MyHemo_export.csv"])
    return c.mail("infusion_log", "haemophilia home infusion log (CSV)", c.pair(nurse), [c.pair(doc)],
                  r.choice(["Infusion log", "Home infusion diary", "Factor usage - review"]), blocks,
                  atts=[Att(fn, "text/csv", text=csv, charset=r.choice(["utf-8", "us-ascii"]))])


def anticoag_followup(c):
    r = c.rng
    p = c.patient(0.5)
    nurse = c.staff(role="anticoag", lang="en")
    doc = c.staff(role="hemato", lang="en")
    inr = r.uniform(3.6, 7.4)
    tel = C.personal_phone(r)
    nm = C.name_form(r, p, L, r.choice([0, 5, 6]))
    c.t("patient_name", "lab_result", "medication", "patient_contact")
    he, his = _pr(p)
    blocks = [_hi(r, doc["given"]),
              "%s's INR today is %.1f (target 2-3) on warfarin %s mg daily. No bleeding. %s started clarithromycin last week." % (
                  nm, inr, r.choice(["5", "7.5", "4", "6"]), he.capitalize()),
              "I suggest holding tonight's dose and reducing weekly dose by 10%, recheck in 5 days. OK with you?",
              "%s cell is %s if you want to call %s directly." % (his.capitalize(), tel, "her" if p.sex == "F" else "him"),
              c.sig(nurse)]
    if p.nam:
        blocks.insert(2, c.ident(p, mrn=False))
    return c.mail("anticoag_followup", "INR follow-up with dose change proposal", c.pair(nurse), [c.pair(doc)],
                  r.choice(["High INR - dose adjustment?", "INR %.1f" % inr, "warfarin question"]), blocks)


def bmb_booking(c):
    r = c.rng
    p = c.patient(0.6)
    clerk = c.staff(role="clerk", lang="en")
    doc = c.staff(role="hemato", lang="en")
    d = c.soon(3, 30)
    st = datetime.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30]))
    indic = r.choice(["suspected MDS", "staging DLBCL", "myeloma restaging", "unexplained pancytopenia", "post-induction AML"])
    short = C.name_form(r, p, L, r.choice([0, 1, 6]))
    c.t("patient_name", "diagnosis")
    desc = "Bone marrow aspirate and biopsy - %s. Hold anticoagulant per protocol. Flow + cytogenetics." % indic
    if p.nam:
        desc += "\n" + c.ident(p, mrn=False)
    ics = A.ics_text("bmb-%08x@chrvo.example" % r.getrandbits(32), st, st + datetime.timedelta(minutes=45),
                     "BMB - %s" % short, "Procedure room 2, Haematology Clinic", desc,
                     (c.who(clerk), clerk["addr"]), [(c.who(doc), doc["addr"])])
    blocks = [_hi(r), "Booked %s for BMB on %s at %s (%s)." % (short, C.fmt_date(d, L), st.strftime("%H:%M"), indic),
              c.sig(clerk)]
    return c.mail("procedure_booking", "bone marrow biopsy booking with calendar invite", c.pair(clerk), [c.pair(doc)],
                  r.choice(["BMB booked", "Bone marrow biopsy - booking", "Procedure booking %s" % C.fmt_date(d, L, True)]),
                  blocks, atts=[Att(r.choice(["invite.ics", "BMB.ics"]), "text/calendar", text=ics)])


def insurer_form_en(c):
    r = c.rng
    p = c.patient(0.4)
    doc = c.staff(role="hemato", lang="en")
    sin = C.new_sin(r)
    c.rec("sin", sin)
    dx = r.choice(DX)[1]
    ident = c.ident(p, mrn=False, dob=True)
    c.t("ca_sin", "diagnosis")
    lines = ["Part C - Attending Physician's Statement"] + ident.split("\n") + [
        "Social Insurance Number: " + C.fmt_sin(r, sin),
        "Diagnosis: " + dx, "Date of onset: " + C.fmt_date(c.past(30, 200), L),
        "Restrictions: " + r.choice(["no work during chemotherapy; high infection risk", "no heavy lifting; bleeding risk"]),
        "Expected return to work: " + r.choice(["unknown", "3 months", "6 months, reassess"]),
        "Physician: " + c.who(doc, True)]
    data = A.pdf("NorthStar Life - Long Term Disability Claim", lines, header="Claim form LTD-7")
    fn = r.choice(["LTD_claim_APS.pdf", "APS form - %s.pdf" % p.surname, "disability_form_signed.pdf"])
    blocks = ["Hello,", "Please find the completed Attending Physician's Statement attached.", c.sig(doc)]
    if r.random() < 0.5:
        blocks.insert(1, "Re: claim for %s." % C.name_form(r, p, L, 5))
    return c.mail("insurer_form", "disability claim physician statement with SIN", c.pair(doc),
                  [c.box("insurer_en", "claims", "NorthStar Life Claims")],
                  r.choice(["LTD claim - APS", "Attending physician statement", "Disability claim form"]), blocks,
                  atts=[Att(fn, "application/pdf", data=data)])


def social_work_en(c):
    r = c.rng
    p = c.patient(0.5)
    sw = c.staff(role="sw", lang="en")
    nurse = c.staff(role="nurse", lang="en")
    dx = r.choice([DX[3], DX[0], DX[1], DX[12]])[1]
    he, his = _pr(p)
    situ = r.choice(["lost %s apartment last month and is couch-surfing, so home iron chelation is not being kept refrigerated" % his,
                     "is on income support and cannot afford the taxi to the day clinic twice weekly",
                     "disclosed that %s partner has been controlling %s medication; safety plan discussed" % (his, his),
                     "has a youth protection worker involved for the children while %s is admitted" % he])
    nm = C.name_form(r, p, L, r.choice([0, 5, 7]))
    c.t("patient_name", "social_information", "diagnosis")
    blocks = [_hi(r, nurse["given"]), "Update on %s (%s): %s." % (nm, dx, situ),
              r.choice(["I've applied for the transport subsidy and will follow up Friday.",
                        "Please flag the chart - do not share information with the partner.",
                        "Housing worker is coming Tuesday at 10."])]
    if p.nam or r.random() < 0.4:
        blocks.append(c.ident(p))
    blocks.append(c.sig(sw))
    return c.mail("social_work", "social work update on patient's social situation", c.pair(sw), [c.pair(nurse)],
                  r.choice(["SW update", "Psychosocial follow-up", "Confidential - SW note"]), blocks)


def discharge_en(c):
    r = c.rng
    p = c.patient(0.9)
    doc = c.staff(role="hemato", lang="en")
    gp = c.ext("clinic_en", r.choice(["Paula", "Graham", "Nicole"]), r.choice(["Stroud", "Beckett", "Lamontagne"]))
    dxt = r.choice(DX)
    dx = dxt[1]
    meds = meds_for(r, dxt, 3, 1)
    _, a = labs(r, 3, dxt)
    ident = c.ident(p, mrn=True)
    c.t("diagnosis", "medication", "lab_result")
    lines = ident.split("\n") + [("h", "Diagnosis"), dx, ("h", "Hospital course"),
                                 r.choice(["Admitted for management of %s; %d-day stay, uneventful." % (dx, r.randint(3, 12)),
                                           "Admitted with symptomatic anaemia in the context of the above; transfused %d units." % r.randint(1, 3),
                                           "Admitted with fever; cultures negative; antibiotics stopped at 48 h."]),
                                 ("h", "Key results"), "; ".join(a), ("h", "Discharge medications")] + meds + [
                                 ("h", "Follow-up"), "Haematology clinic in %d weeks with CBC." % r.randint(2, 6)]
    if r.random() < 0.4:
        lines += [("h", "Social"), r.choice([
            "Lives alone in a rooming house; landlord has served an eviction notice. SW following.",
            "On social assistance; cannot afford apixaban co-pay - compassionate supply arranged.",
            "Recently left a violent relationship; staying at a women's shelter. Do not disclose location."])]
        c.t("social_information")
    data = A.pdf("Discharge Summary", lines, header=C.ORG_EN["name"])
    blocks = ["Dear Dr. %s," % gp[0].split()[-1], "Discharge summary attached for your patient.", c.sig(doc)]
    return c.mail("discharge_summary", "discharge summary PDF to family physician", c.pair(doc), [gp],
                  r.choice(["Discharge summary", "D/C summary", "Discharge - haematology"]), blocks,
                  atts=[Att(r.choice(["discharge_summary.pdf", "DC_%s.pdf" % p.mrn]), "application/pdf", data=data)])


def quick_note_given(c):
    r = c.rng
    p = c.pf.invented()
    nurse = c.staff(role="nurse", lang="en")
    doc = c.staff(role="hemato", lang="en")
    _, a = labs(r, 1, ("", "", ["plt"]))
    _, b = labs(r, 1, ("", "", ["hb", "anc"]))
    room = "%d%s" % (r.randint(701, 730), r.choice(["", "B"]))
    c.t("patient_name", "lab_result")
    blocks = [r.choice(["Can you swing by %s before clinic? %s is bleeding from the gums again, %s." % (room, p.given, a[0]),
                        "%s in %s asked again about going home for the weekend; latest %s. Your call." % (p.given, room, b[0])]),
              r.choice(["thx", "Thanks!", "- %s" % nurse["given"]])]
    if r.random() < 0.5:
        blocks.insert(1, "(MRN %s)" % C.fmt_mrn(r, p.mrn))
        c.t("mrn")
    return c.mail("quick_note", "quick ward note naming patient by given name and room", c.pair(nurse), [c.pair(doc)],
                  r.choice(["%s" % room, "quick q", "bed %s" % room]), blocks, form="plain")


def inline_forward(c):
    r = c.rng
    p = c.patient(0.6)
    a1 = c.staff(role="clerk", lang="en")
    a2 = c.staff(role="hemato", lang="en")
    a3 = c.staff(role="nurse", lang="en")
    dxt = r.choice(DX)
    dx = dxt[1]
    _, a = labs(r, 2, dxt)
    nm = C.name_form(r, p, L, r.choice([0, 1, 5]))
    c.t("patient_name", "diagnosis", "lab_result")
    fwd = ["From: %s <%s>" % (c.who(a2, True), a2["addr"]), "Sent: %s" % c.qdate(),
           "To: %s" % c.who(a1), "Subject: follow-up",
           "", "Please book %s (%s) in 2 weeks; %s. Needs CBC and retic the day before." % (nm, dx, ", ".join(a))]
    ident_line = c.ident(p) if (p.nam or r.random() < 0.5) else None
    inner = ["\n".join(fwd)] + ([ident_line] if ident_line else [])
    blocks = ["FYI - can you find a slot? Clinic is full that week.",
              Quote("---------- Forwarded message ---------", inner, forward=True)]
    return c.mail("forwarded_thread", "inline-forwarded booking request", c.pair(a1), [c.pair(a3)],
                  "Fwd: follow-up", blocks)


def myeloma_followup(c):
    r = c.rng
    p = c.patient(0.7)
    doc = c.staff(role="hemato", lang="en")
    gp = c.ext("clinic_en", r.choice(["Hugh", "Sandra"]), r.choice(["Tillman", "Oduya"]))
    m = r.randint(4, 35)
    c.t("patient_name", "diagnosis", "lab_result", "medication")
    nm = C.name_form(r, p, L, r.choice([0, 5, 7]))
    blocks = ["Dear Dr. %s," % gp[0].split()[-1],
              "I saw %s in clinic today for IgG kappa myeloma on lenalidomide maintenance 10 mg daily." % nm,
              Table(["Test", "Current", "3 mo ago"], [["M-protein (g/L)", str(m), str(m + r.randint(-3, 6))],
                                                     ["sFLC kappa (mg/L)", str(r.randint(20, 300)), str(r.randint(20, 300))],
                                                     ["Creatinine (umol/L)", str(r.randint(60, 180)), str(r.randint(60, 180))],
                                                     ["Hb (g/L)", str(r.randint(95, 135)), str(r.randint(95, 135))]]),
              r.choice(["Stable disease. Continue current therapy.", "Biochemical progression; we will discuss switching to daratumumab-based therapy."]),
              c.sig(doc)]
    if p.nam:
        blocks.insert(1, c.ident(p, mrn=False))
    return c.mail("clinic_letter", "myeloma clinic letter with results table", c.pair(doc), [gp],
                  r.choice(["Clinic note", "Myeloma follow-up", "Consult note - haematology"]), blocks)


def attachment_name_only(c):
    r = c.rng
    p = c.pf.invented()
    doc = c.staff(role="hemato", lang="en")
    pharm = c.staff(role="pharm", lang="en")
    dates = sorted(c.past(5, 300) for _ in range(6))
    vals = sorted(r.randint(800, 4200) for _ in range(6))
    rows = [[d.isoformat(), str(v), str(r.randint(60, 95))] for d, v in zip(dates, vals)]
    c.t("patient_name", "lab_result", "medication", "diagnosis")
    data = A.pdf("Ferritin trend", [("table", ["Date", "Ferritin (ug/L)", "Tsat (%)"], rows),
                                    "Transfusion-dependent thalassaemia; on deferasirox since last year."])
    fn = r.choice(["%s_%s_ferritin_trend.pdf" % (p.surname, p.given), "ferritin %s %s.pdf" % (p.given[0], p.surname),
                   "%s-chelation.pdf" % p.surname.upper()])
    blocks = [_hi(r, pharm["given"]), "See attached trend. Ferritin still climbing despite deferasirox 21 mg/kg; I'd like to go up to 28 mg/kg. Any interaction concerns with the new meds?",
              c.sig(doc)]
    return c.mail("chelation_question", "chelation dose question, patient named only in attachment file name", c.pair(doc), [c.pair(pharm)],
                  r.choice(["chelation dose", "deferasirox increase?", "ferritin trend"]), blocks,
                  atts=[Att(fn, "application/pdf", data=data)])


def prenatal_screen(c):
    r = c.rng
    p = c.patient(0.6, ) if r.random() < 0.5 else c.pf.invented(sex="F", min_age=19, max_age=42)
    tech = c.staff(role="tech", lang="en")
    ob = c.ext("clinic_en", r.choice(["Joanne", "Lydia"]), r.choice(["Corbett", "Ashworth"]))
    res = r.choice(["HbA2 5.4% - consistent with beta-thalassaemia trait", "HbS 38% - sickle cell trait",
                    "HbH inclusions seen - alpha-thalassaemia (--/-a) likely", "HbE 26% - HbE trait"])
    ident = c.ident(p, mrn=True)
    c.t("lab_result", "diagnosis")
    blocks = ["Dear Dr. %s," % ob[0].split()[-1], "Haemoglobinopathy screen result:", Pre(ident + "\n" + res + "\nMCV %d fL, MCH %d pg" % (r.randint(58, 72), r.randint(18, 24))),
              "Partner testing is recommended; genetic counselling referral can be made through our clinic.", c.sig(tech)]
    return c.mail("lab_result", "haemoglobinopathy screening result", c.pair(tech), [ob],
                  r.choice(["Hemoglobinopathy screen", "Hb electrophoresis result", "Screening result - partner testing advised"]), blocks)


def ontario_transfer(c):
    r = c.rng
    p = c.pf.invented(min_age=20)
    hc = C.new_ohip(r)
    c.rec("ohip", hc)
    doc = c.staff(role="hemato", lang="en")
    ont = c.ext("ontario", r.choice(["Simon", "Alicia"]), r.choice(["Kerrigan", "Mathers"]))
    dxt = r.choice(DX)
    dx = dxt[1]
    _, a = labs(r, 2, dxt)
    c.t("patient_name", "ca_health_number", "diagnosis", "lab_result")
    rows = [["Name", C.name_form(r, p, L, r.choice([1, 2, 7]))], ["Health card", C.fmt_ohip(r, hc)], ["Diagnosis", dx],
            ["Latest labs", "; ".join(a)], ["Transfusion needs", r.choice(["irradiated RBC", "HLA-matched platelets", "none"])]]
    if r.random() < 0.5:
        rows.insert(1, ["DOB", C.fmt_dob(r, p.dob, L)])
        c.t("date_of_birth")
    blocks = ["Hi %s," % ont[0].split()[0], "Transfer details for tomorrow's bed:", Table(["Field", "Value"], rows),
              "Patient is stable for transfer by ambulance; family will meet at your ED.", c.sig(doc)]
    return c.mail("transfer_letter", "inter-provincial transfer table with Ontario health number", c.pair(doc), [ont],
                  r.choice(["Transfer tomorrow", "Bed request - haematology transfer", "Transfer details"]), blocks)


def visitor_billing(c):
    r = c.rng
    p = c.pf.invented(min_age=25)
    kind = r.choice(["nir", "niss"])
    clerk = c.staff(role="clerk", lang="en")
    ins = c.box("insurer_en", "travelclaims", "NorthStar Travel Assistance")
    if kind == "nir":
        num = C.new_nir(r, p.dob, p.sex)
        c.rec("nir", num)
        idl = "French social security no. " + C.fmt_nir(r, num)
        c.t("fr_nir")
    else:
        num = C.new_niss(r, p.dob, p.sex)
        c.rec("niss", num)
        idl = "Belgian national number " + C.fmt_niss(r, num)
        c.t("be_niss")
    dx = r.choice([DX[7], DX[8], DX[6], DX[2]])[1]
    c.t("patient_name", "date_of_birth", "diagnosis")
    rows = [["Emergency visit + admission (3 days)", "4,860.00"], ["Red cell units x %d" % r.randint(1, 3), "1,290.00"],
            ["CT pulmonary angiogram", "740.00"]]
    blocks = ["Hello,", "Claim for a non-resident patient treated on %s:" % C.fmt_date(c.past(3, 20), L),
              Pre("%s\nDOB %s\n%s\nDiagnosis: %s" % (C.name_form(r, p, L, 1), C.fmt_dob(r, p.dob, L), idl, dx)),
              Table(["Service", "CAD"], rows), "Please confirm coverage under policy TA-%06d." % r.randint(0, 999999), c.sig(clerk)]
    return c.mail("travel_claim", "travel-insurance claim for a non-resident patient", c.pair(clerk), [ins],
                  r.choice(["Non-resident claim", "Travel insurance claim", "Claim - emergency admission"]), blocks)


def zip_reports(c):
    r = c.rng
    p = c.patient(0.7)
    tech = c.staff(role="tech", lang="en")
    doc = c.staff(role="hemato", lang="en")
    ident = c.ident(p, mrn=True)
    c.t("lab_result", "diagnosis")
    flow = A.pdf("Flow Cytometry Report", ident.split("\n") + [
        "Specimen: peripheral blood", "CD19+ CD5+ CD23+ population, 78% of lymphocytes, kappa restricted",
        "Interpretation: consistent with chronic lymphocytic leukaemia"], header=C.ORG_EN["name"] + " - Haematopathology")
    cbc = A.csv_text(["test", "value", "unit", "flag"],
                     [["WBC", str(r.randint(18, 90)), "x10^9/L", "H"], ["Lymph", str(r.randint(14, 80)), "x10^9/L", "H"],
                      ["Hb", str(r.randint(95, 140)), "g/L", ""], ["Plt", str(r.randint(90, 260)), "x10^9/L", ""]], sep=",")
    data = A.zip_file([("flow_report.pdf", flow), ("cbc_%s.csv" % p.mrn, cbc.encode("ascii"))])
    blocks = [_hi(r, doc["given"]), "Zipped reports for your 2 pm new patient, as requested.", c.sig(tech)]
    return c.mail("lab_reports", "zipped flow cytometry and CBC reports", c.pair(tech), [c.pair(doc)],
                  r.choice(["Reports for 2 pm", "Flow + CBC", "New patient reports"]), blocks,
                  atts=[Att(r.choice(["reports.zip", "new_pt_reports.zip"]), "application/zip", data=data)])


def careplan(c):
    r = c.rng
    p = c.patient(0.6)
    nurse = c.staff(role="nurse", lang="en")
    ed = c.org_box("ed-charge", "ED Charge Nurse")
    tel = C.personal_phone(r)
    ident = c.ident(p, mrn=True)
    c.t("diagnosis", "medication", "patient_contact")
    paras = ident.split("\n") + ["Home phone: " + tel, ("h", "Diagnosis"), "Sickle cell disease (HbSS), frequent vaso-occlusive crises",
                                 ("h", "Pain plan"), "Hydromorphone 2 mg IV q2h PRN within 60 minutes of triage; ketorolac 15 mg IV",
                                 "Baseline Hb %d g/L; transfuse only if < 60 or symptomatic" % r.randint(68, 88),
                                 ("h", "Contacts"), "Haematology on call via locating"]
    c.t("lab_result")
    data = A.docx_file("Individualized Emergency Care Plan", paras, author=c.who(nurse))
    blocks = [_hi(r), "Updated ED care plan attached; please replace the old copy in the binder.", c.sig(nurse)]
    fn = r.choice(["ED_care_plan.docx", "Care plan - %s.docx" % p.surname, "careplan_%s.docx" % p.mrn])
    return c.mail("care_plan", "emergency care plan (DOCX) for a sickle cell patient", c.pair(nurse), [ed],
                  r.choice(["Updated ED care plan", "Care plan - sickle cell", "VOC plan update"]), blocks,
                  atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])


TEMPLATES = [consult_referral, transfusion_reaction_en, crossmatch, signout_en, ivig_request, factor_log,
             anticoag_followup, bmb_booking, insurer_form_en, social_work_en, discharge_en, quick_note_given,
             inline_forward, myeloma_followup, attachment_name_only, prenatal_screen, ontario_transfer,
             visitor_billing, zip_reports, careplan]
