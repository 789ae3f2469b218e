"""Positive (confidential) messages in English, part 2: Ontario transfers, forms,
threads, calendar/contact cards, attached messages, discharge summaries."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_compose import Mail, inner_message
from gen_pos_en1 import (booking, census, clozapine, crisis_note, dayhosp, family, he, him, his,
                         involuntary, lai_missed, lai_roster, metabolic, pharmacy, referral)


# ---------------------------------------------------------------------------
def ontario(c):
    sw = c.team(c.pick(["ts1", "ts2", "coord"]))
    on = G.random_staff(c.rng, "", "Intake coordinator, Ottawa River Community Health Centre",
                        "Intake coordinator, Ottawa River Community Health Centre", G.EXT_DOMAINS["ontario"])
    p = c.patient(want_nam=False, y0=1950, y1=2004)
    p.address = (f"{c.rng.randint(12, 980)} {c.pick(['Maple Street', 'County Road 17', 'Mill Street', 'King Street West'])}, "
                 f"{c.pick(['Riverton East, ON K0B 1R0', 'Lachlan Mills, ON K0A 2X0', 'Port Ardee, ON K0C 1N0'])}")
    p.phone = G.phone(c.rng, c.pick(["613", "343"]))
    c.add("diagnosis")
    rows = [["Name", c.nm(p, c.pick(["sfirst", "full"]))], ["DOB", c.dob(p)],
            ["Ontario health card", c.ohn(p)], ["Address (ON)", c.addr(p)] if c.chance(0.5) else ["Phone", c.tel(p)],
            ["Reason", c.pick(["seen by our crisis team while visiting family in Val-des-Outardes; acute psychosis",
                               "admitted 9 days at Saint-Aurèle Hospital for a manic episode",
                               "suicide attempt (overdose) while working in Quebec; medically cleared"])]]
    if c.chance(0.5):
        c.add("medication")
        rows.append(["Discharge meds", "; ".join(m[1] for m in c.rng.sample(K.ORAL, 2))])
    body = [("p", c.hello(on)),
            ("p", "As discussed by phone, here are the details for the transfer of care back to Ontario:"),
            ("table", None, rows),
            ("p", c.pick(["The patient consented to this referral. Could you confirm an intake date?",
                          "Family will drive the patient home on Saturday. Discharge summary to follow by fax.",
                          "OHIP billing for the hospital stay has been sent to our admissions office."])),
            c.sig(sw)]
    return Mail("transfer_ontario", "transfer of care for an Ontario resident", sw, [on],
                c.pick(["Transfer of care - Ontario resident", "Referral back to ORCHC", "Out-of-province patient - follow-up"]), body)


# ---------------------------------------------------------------------------
def insurer(c):
    psy = c.team(c.pick(["psy4", "psy3"]))
    ins = ("Laurentia Life - Disability Claims", "claims@" + G.EXT_DOMAINS["insurer2"])
    p = c.patient(y0=1962, y1=1999)
    c.add("diagnosis")
    claim = f"LTD-{c.rng.randint(2024000, 2025999)}"
    kv = c.id_kv(p, mrn=False, fw_ok=False)
    kv.append(("SIN", c.sin(p, fw_ok=False)))
    dx = c.pick([K.DX[i] for i in (3, 4, 6, 9, 11, 12)])
    items = [("kv", kv + [("Claim no.", claim)]), ("h", "Attending Physician Statement - mental health"),
             ("p", f"Diagnosis: {dx[1]} ({dx[2]})."),
             ("p", "Restrictions: unable to sustain concentration > 30 min; marked fatigue; panic symptoms in crowded settings."),
             ("p", f"Treatment: {c.pick(K.ORAL)[1]}; CBT weekly since {c.pick(['October', 'January', 'March'])}."),
             ("p", "Estimated return to work: gradual return in 8-12 weeks.")]
    c.add("medication")
    kind = c.pick(["pdf", "docx"])
    fn = f"APS_{claim}.{kind}"
    c.attach(kind, fn, A.make_pdf("Attending Physician Statement", items, author=psy.name) if kind == "pdf"
             else A.make_docx("Attending Physician Statement", items, author=psy.name))
    body = [("p", "Hello,"), ("p", f"Please find attached the completed Attending Physician Statement for claim {claim}."),
            ("p", "Our clinic's fee invoice will follow separately."), c.sig(psy)]
    return Mail("insurer_form", "attending physician statement for a disability claim", psy, [ins], f"Claim {claim} - APS", body)


def income_support(c):
    sw = c.team(c.pick(["ts1", "ts2"]))
    p = c.patient(y0=1962, y1=2005)
    dest = ("Local employment centre - medical reports", "medical.reports@" + G.EXT_DOMAINS["cle"])
    c.add("diagnosis")
    c.add("social_information")
    rows = [[k, v] for k, v in c.id_kv(p, mrn=False)] + [["SIN", c.sin(p)]]
    body = [("p", "Hello,"),
            ("p", f"On behalf of our client, please find below the information requested for {his(p)} application for the "
                  f"social solidarity program (severe employment limitations)."),
            ("table", None, rows),
            ("p", f"{he(p).capitalize()} has been followed by our outpatient team since {c.rng.randint(2015, 2023)} for "
                  f"{c.pick([d[1] for d in K.DX])}. The psychiatrist's medical report was mailed on {G.fmt_date(c.date - datetime.timedelta(days=6), 'en')}."),
            ("p", "Current situation: " + K.social("en", p.age(c.date), c.rng) + "."),
            c.sig(sw)]
    return Mail("income_support_form", "social worker letter supporting an income support application", sw, [dest],
                c.pick(["Social solidarity application - supporting info", "Medical report follow-up (client)"]), body)


# ---------------------------------------------------------------------------
def reply_quoted(c):
    a = c.team(c.pick(["psy4", "psy3", "psy2"]))
    b = c.team(c.pick(["inf1", "ts1", "inf2", "clerk2"]))
    p = c.patient(want_nam=False)
    c.add("diagnosis")
    when = c.earlier(c.rng.randint(0, 2))
    qsubj = c.pick(["Quick question", "Patient call this morning", "Need your advice"])
    q = [("p", c.hello(a)),
         ("p", f"{c.nm(p, c.pick(['full', 'title', 'sfirst']))} called the intake line this morning, very distressed. "
               f"{he(p).capitalize()} reports {c.pick(K.SYMPTOMS_EN)}."),
         ("p", c.pick(["Can we move the appointment up?", "Should I send EMIC?", f"Do you want to see {him(p)} at the end of clinic today?"])),
         ("lines", [b.given])]
    if c.chance(0.5):
        c.add("lab_result")
        q.insert(2, ("p", f"FYI last labs: {c.pick(K.LABS_EN)}."))
    style = c.pick([">", "outlook"])
    body = [("p", c.pick(["Yes - put them in my 4:30 slot.", "Please send EMIC, and call me after.", "Thanks, I'll call myself at noon."])),
            ("lines", [a.given]),
            ("quote", style, c.quote_head(b.name, b.addr, when, style, a.name, qsubj), q)]
    c.reply = c.msgid("orig")
    return Mail("reply_quoted", "reply with patient details in the quoted text", a, [b],
                ("RE: " if style == "outlook" else "Re: ") + qsubj, body)


def forward(c):
    coord = c.team("coord")
    er = G.random_staff(c.rng, "Dr", "Emergency physician", "Emergency physician", G.DOM)
    p = c.patient(want_nam=False)
    when = c.earlier(1)
    c.add("diagnosis")
    orig = [("p", "Hi crisis team,"),
            ("p", f"FYI - {c.nm(p, c.pick(['full', 'upper', 'sfirst']))} ({c.mrn(p)}) was seen in the ER overnight for "
                  f"{c.pick(['intentional overdose of acetaminophen, NAC completed', 'acute intoxication and suicidal statements', 'agitation and paranoid delusions'])}."),
            ("p", f"Psych cleared for discharge this morning. Please follow up at home: {c.addr(p)}."),
            ("lines", [er.titled('en'), "Emergency department, " + G.HOSP_EN])]
    if c.chance(0.5):
        c.add("lab_result")
        orig.insert(2, ("p", f"Labs: {c.pick(K.LABS_EN)}; {c.pick(K.LABS_EN)}."))
    body = [("p", c.pick(["Please follow up today.", "For tomorrow's list.", "Can one of you call this afternoon?"])),
            ("lines", [coord.given]),
            ("quote", "fwd", c.quote_head(er.name, er.addr, when, "fwd", "emic@" + G.DOM, "ER discharge - crisis f/u"), orig)]
    return Mail("forward_er", "forwarded emergency department note for crisis follow-up", coord, [c.team("inf2"), c.team("ts1")],
                "Fwd: ER discharge - crisis f/u", body)


# ---------------------------------------------------------------------------
def ics_meeting(c):
    fam = c.team("fam")
    psy = c.team(c.pick(["psy4", "psy3"]))
    p = c.patient(want_nam=False)
    day = c.in_days(c.rng.randint(2, 9))
    start = datetime.datetime(day.year, day.month, day.day, c.pick([9, 11, 14, 15]), 30)
    c.add("diagnosis")
    summ = c.alt(lambda: f"Family meeting - {c.nm(p, c.pick(['full', 'sfirst_plain']))}",
                 lambda: f"Case conference {c.nm(p, 'initial')}")
    desc = (f"Family meeting re: {c.pick(['discharge planning after confinement', 'relapse prevention plan', 'treatment refusal and court authorization'])}. "
            f"Chart {c.mrn(p, fw_ok=False)}. Parents attending.")
    ics = A.make_ics(f"{c.rng.getrandbits(48):012x}@{G.DOM}", start, start + datetime.timedelta(minutes=60), summ,
                     "Room 2.14, Fleury Pavilion", desc, (fam.name, fam.addr), [(psy.name, psy.addr)],
                     datetime.datetime(c.dt.year, c.dt.month, c.dt.day, 15, 0, 0))
    c.attach("ics", "meeting.ics", ics)
    body = [("p", "Hi,"), ("p", "Sending the invite for the family meeting we discussed."), ("lines", [fam.given])]
    return Mail("calendar_invite", "calendar invitation for a patient family meeting", fam, [psy], "Invitation: family meeting", body)


def vcard(c):
    w = c.team("inf2")
    p = c.patient(want_nam=False)
    c.add("diagnosis")
    c.add("patient_name")
    c.meta["names"].append(p.name)
    vc = A.make_vcard(p.given, p.surname, tel_home=c.tel(p), adr=c.addr(p),
                      note="Crisis team client - bipolar I; recent manic episode; call sister first")
    c.attach("vcf", f"{p.surname}_{p.given}.vcf", vc)
    body = [("p", "Contact card for the 3 p.m. outreach, as requested."), ("lines", [w.given])]
    return Mail("contact_card", "patient contact card for outreach", w, [c.team("ts1")], "contact for 3pm", body)


# ---------------------------------------------------------------------------
def attached_eml(c):
    mgr = c.team(c.pick(["mgr", "coord"]))
    psy = c.team(c.pick(["psy4", "psy3"]))
    p = c.patient()
    c.add("diagnosis")
    src = G.random_staff(c.rng, "", "Nurse, Emergency department", "Nurse, Emergency department", G.DOM)
    inner_blocks = [("p", "Hi,"),
                    ("p", "Complaint received from the family this morning regarding the following patient:"),
                    c.id_block(p, mrn=True),
                    ("p", f"Family says {he(p)} was discharged from the ER despite {c.pick(K.SYMPTOMS_EN)} and was "
                          f"brought back 6 hours later by police."),
                    ("lines", [src.name])]
    when = c.earlier(1)
    raw = inner_message(c, src, [mgr], "Family complaint - ER discharge", inner_blocks, when)
    c.attach_eml(raw, c.pick(["Family complaint - ER discharge.eml", "complaint.eml", None]))
    body = [("p", c.hello(psy)),
            ("p", "Forwarding this as an attachment for the case review on Thursday. Please don't circulate further."),
            ("lines", [mgr.given])]
    return Mail("forward_attached", "forwarded message as attachment about a patient complaint", mgr, [psy],
                "FW: Family complaint - ER discharge", body)


# ---------------------------------------------------------------------------
def discharge(c):
    psy = c.team(c.pick(["psy4", "psy2", "res"]))
    gp = c.team("gp1") if c.chance(0.5) else G.random_staff(c.rng, "Dr", "Family physician", "Family physician", G.EXT_DOMAINS["gmf"])
    p = c.patient()
    dx = c.pick(K.DX)
    c.add("diagnosis")
    c.add("medication")
    adm = c.date - datetime.timedelta(days=c.rng.randint(10, 30))
    idkv = c.id_kv(p, mrn=True, fw_ok=False)
    dxline = f"{dx[1]} ({dx[2]}); {c.pick(['tobacco use disorder', 'hypothyroidism', 'none other'])}"
    course = (f"Admitted under confinement order after {c.pick(K.SYMPTOMS_EN)}. Improved on "
              f"{c.pick(K.ORAL)[1]}. No seclusion after day 3.")
    dmeds = [m[1] for m in c.rng.sample(K.ORAL, 3)]
    labs = None
    if c.chance(0.5):
        c.add("lab_result")
        labs = "Relevant labs: " + "; ".join(c.rng.sample(K.LABS_EN, 2)) + "."
    items = [("kv", idkv),
             ("kv", [("Admission", adm.isoformat()), ("Discharge", c.date.isoformat()), ("Unit", "4B adult psychiatry")]),
             ("h", "Diagnoses"), ("p", dxline), ("h", "Hospital course"), ("p", course)] + \
        ([("p", labs)] if labs else []) + \
        [("h", "Discharge medications"), ("kv", [("", m) for m in dmeds]),
         ("h", "Follow-up"), ("p", "Outpatient psychiatry in 2 weeks; crisis team phone call at 48 h.")]
    kind = c.pick(["pdf", "docx", "inline"])
    if kind == "inline":
        body = [("p", c.hello(gp, formal=True)), ("p", "Discharge summary for your patient:"),
                ("lines", [f"{k}: {v}" for k, v in idkv]), ("p", "Diagnoses: " + dxline), ("p", course)] + \
            ([("p", labs)] if labs else []) + \
            [("lines", ["Discharge medications:"] + ["- " + x for x in dmeds]), c.sig(psy)]
    else:
        fn = c.pick([f"discharge_{p.mrn}.{kind}", f"Discharge Summary {p.surname.upper()}.{kind}", f"DS_4B_{c.date.strftime('%Y%m%d')}.{kind}"])
        if p.surname.upper() in fn:
            c.add("patient_name")
        if p.mrn in fn:
            c.add("mrn")
        c.attach(kind, fn, A.make_pdf("Discharge summary - adult psychiatry", items, author=psy.name, compress=c.chance(0.5))
                 if kind == "pdf" else A.make_docx("Discharge summary - adult psychiatry", items, author=psy.name))
        body = [("p", c.hello(gp, formal=True)), ("p", "Please find attached the discharge summary for our mutual patient."),
                ("p", c.thanks()), c.sig(psy)]
    return Mail("discharge_summary", "inpatient psychiatry discharge summary to family physician", psy, [gp],
                c.pick(["Discharge summary", "Discharge summary - 4B", "Your patient - discharge"]), body)


# ---------------------------------------------------------------------------
def lowercase_quick(c):
    a = c.team("psy4")
    b = c.team("inf3")
    p = c.patient(want_nam=False)
    c.add("diagnosis")
    c.add("medication")
    body = [("p", f"saw {c.nm(p, 'lower')} today, still hearing voices but less distressed. bumped risperidone to 4 mg. "
                  f"can you check in with {him(p)} thurs? thx"),
            ("lines", ["a.", "", "Sent from my iPhone"])]
    return Mail("quick_note", "terse note between clinicians about a patient", a, [b], "fyi", body)


def zip_labs(c):
    lab = ("Biolab Nord - results", "results@" + G.EXT_DOMAINS["lab"])
    psy = c.team(c.pick(["psy4", "psy2"]))
    rows = []
    c.add("lab_result")
    for _ in range(c.rng.randint(4, 7)):
        p = c.patient(want_nam=False)
        test, res = c.pick([("Lithium", c.pick(["0.42 L", "1.35 H", "0.88", "1.62 H"])), ("Clozapine", c.pick(["210", "980 H", "455"])),
                            ("ANC", c.pick(["1.4 L", "3.2", "1.9 L"])), ("Valproate", c.pick(["38 L", "72", "104 H"])),
                            ("TSH", c.pick(["7.9 H", "2.1"])), ("HbA1c", c.pick(["7.4 H", "5.6"]))])
        rows.append([c.nm(p, "sfirst_plain"), c.mrn(p, fw_ok=False), test, res, c.date.isoformat()])
        if test in ("Lithium", "Clozapine", "Valproate"):
            c.add("medication")
    csvtxt = A.make_csv(["Patient", "MRN", "Test", "Result", "Date"], rows, sep=",")
    c.attach("zipmembers", f"results_{c.date.strftime('%Y%m%d')}.zip",
             [(f"results_{c.date.strftime('%Y%m%d')}.csv", csvtxt.encode("utf-8")),
              ("README.txt", b"Therapeutic drug monitoring batch - psychiatry outpatient clinic.\r\n")])
    body = [("p", "Daily batch of therapeutic drug monitoring results for your clinic (zip attached)."),
            ("lines", ["Biolab Nord", "Automated transmission"])]
    return Mail("lab_batch", "zip of drug level results for several patients", lab, [psy], "TDM results batch", body)


def initials_update(c):
    w = c.team(c.pick(["ts2", "ergo"]))
    p = c.patient(want_nam=False)
    c.add("diagnosis")
    c.add("social_information")
    nm = c.nm(p, "initial")
    body = [("p", "Team,"),
            ("p", f"Quick update on {nm}: attended 3/4 days this week, {c.pick(['still very anxious in group', 'passive suicidal thoughts resurfaced on Tuesday', 'some paranoid ideation about another participant'])}. "
                  f"{K.cap(K.social('en', p.age(c.date), c.rng))}."),
            ("p", "Will discuss at Thursday rounds."), ("lines", [w.given])]
    return Mail("day_hospital", "day hospital weekly progress note", w, [c.team("psy3"), c.team("ts2")],
                "DH weekly update", body)


# ---------------------------------------------------------------------------
def child(c):
    gp = c.team("gp1") if c.chance(0.5) else c.team("gp2")
    desk = ("Child & Adolescent Psychiatry Intake", "cap.intake@" + G.DOM)
    p = c.patient(y0=2007, y1=2019)
    age = p.age(c.date)
    c.add("diagnosis")
    reason = (c.pick(["self-harm (cutting) and suicidal ideation disclosed to school nurse",
                      "school refusal since November with daily panic attacks",
                      "restrictive eating, 6 kg weight loss, amenorrhea"]) if age >= 12 else
              c.pick(["severe tantrums with aggression toward siblings", "suspected ADHD with significant aggression at school",
                      "selective mutism and severe separation anxiety"]))
    body = [("p", "Dear colleagues,"),
            ("p", f"Referral for a {age}-year-old for child psychiatry assessment."),
            c.id_block(p, mrn=False, tel=True),
            ("p", f"Reason: {reason}."),
            ("p", c.pick(["Parents separated; shared custody. Mother is the contact.",
                          "Previous DPJ involvement (closed 2023).", "Lives with grandmother, who has legal custody."])),
            ("p", c.thanks()), c.sig(gp)]
    c.add("social_information")
    return Mail("child_referral", "family physician referral to child psychiatry", gp, [desk],
                c.pick(["Child psychiatry referral", "Referral - CAP intake"]), body)


# ---------------------------------------------------------------------------
def travel_assist(c):
    sw = c.team(c.pick(["ts1", "ts2"]))
    ins = ("AssurVoyage Europe - assistance médicale", "assistance@assurvoyage.example")
    p = c.patient(want_nam=False, y0=1975, y1=2004)
    c.add("diagnosis")
    fr_or_be = c.pick(["fr", "be"])
    rows = [["Insured", c.nm(p, c.pick(["sfirst", "full", "upper"]))], ["Date of birth", c.dob(p)]]
    if fr_or_be == "fr":
        rows.append(["French social security no. (NIR)", c.nir(p)])
    else:
        rows.append(["Belgian national number", c.niss(p)])
    rows += [["Policy", f"AVE-{c.rng.randint(100000, 999999)}"],
             ["Admission", f"{(c.date - datetime.timedelta(days=c.rng.randint(3, 12))).isoformat()}, {G.HOSP_EN}, adult psychiatry"],
             ["Reason", c.pick(["acute psychotic episode", "manic episode with psychotic features", "suicide attempt by overdose"])],
             ["Fit to fly", c.pick(["with a medical escort only", "not before reassessment on Friday", "yes, escorted by family"])]]
    body = [("p", "Hello,"),
            ("p", "Further to your call, here is the information needed to organise the repatriation of your insured:"),
            ("table", None, rows),
            ("p", "Our psychiatrist is available for a doctor-to-doctor call with your medical team tomorrow morning."), c.sig(sw)]
    return Mail("travel_insurance", "repatriation request to a travel insurer for a European patient", sw, [ins],
                c.pick(["Repatriation - psychiatric admission", "Your file - medical repatriation"]), body)


POS_EN = [
    (referral, 3), (crisis_note, 5), (involuntary, 3), (lai_roster, 3), (lai_missed, 2), (pharmacy, 3),
    (clozapine, 2), (metabolic, 2), (dayhosp, 3), (family, 3), (census, 2), (booking, 2), (ontario, 4),
    (insurer, 2), (income_support, 2), (reply_quoted, 3), (forward, 2), (ics_meeting, 2), (vcard, 1),
    (attached_eml, 2), (discharge, 3), (lowercase_quick, 1), (zip_labs, 1), (initials_update, 1), (child, 2), (travel_assist, 1),
]
