"""Confidential messages written in English (pain clinic and pre-admission clinic)."""
import datetime

import gen_clinical as K
import gen_common as C
import gen_docs as D
import gen_tpl as T


def _pat(ctx, use_nam, **kw):
    return ctx.nam_patient() if use_nam else ctx.patient(**kw)


def he(p, cap=False):
    w = "she" if p.sex == "F" else "he"
    return w.capitalize() if cap else w


def him(p):
    return "her" if p.sex == "F" else "him"


def his(p):
    return "her" if p.sex == "F" else "his"


def pac_consult(ctx):
    anes = ctx.staff("anes")
    surg = ctx.staff("surg")
    p = _pat(ctx, ctx.chance(0.85))
    nm = ctx.show_name(p, ctx.pick(["title", "full", "last_first"]))
    if p.nam:
        nam, dob = ctx.show_nam(p)
        ident = f"DOB {dob} | RAMQ {nam} | Sex {p.sex}"
    else:
        ident = f"DOB {ctx.show_dob(p)} | MRN {ctx.mrn()}"
    ctx.add("diagnosis", "medication", "lab_result")
    surgery = ctx.pick_sexed(K.PREOP_SURG)[1]
    coms = [c[1] for c in ctx.rng.sample(K.COMORB, 3)]
    meds = ctx.rng.sample(K.PREOP_MEDS, 3)
    labs = K.lab_values(ctx.rng, "en")
    asa = ctx.pick(K.ASA)
    text = (f"{T.hello(ctx, surg)}\n\nI saw {nm} in the Pre-Admission Clinic today ahead of {his(p)} {surgery}.\n"
            f"{ident}\n\nPMHx: {'; '.join(coms)}\nMeds:\n" + "\n".join(f"  - {m[1]}: {K.HOLDS[m[0].split()[0]][1]}"
                                                                      for m in meds)
            + f"\nLabs: {', '.join(labs)}\nAirway: Mallampati {ctx.pick(['II', 'III', 'IV'])}, limited neck "
              f"extension, full dentures.\n{asa}. Plan: GA with videolaryngoscope, OSA precautions, "
              f"PACU monitored bed.\n\n{ctx.sig(anes, 'preop')}")
    rows = [["Item", "Detail"], ["Patient", nm], ["ID", ident], ["ASA", asa], ["PMHx", "; ".join(coms)],
            ["Labs", ", ".join(labs)]]
    html = C.text_to_html(f"Hi,\n\nPAC assessment summary below. Full note to follow in the chart.",
                          extra_after=C.table_html(rows) + "<p>Medication instructions:</p><ul>"
                          + "".join(f"<li>{C.esc(m[1])}: {C.esc(K.HOLDS[m[0].split()[0]][1])}</li>" for m in meds)
                          + "</ul><pre>" + C.esc(ctx.sig(anes, 'preop')) + "</pre>")
    T.mail(ctx, anes, [surg], ctx.pick(["PAC assessment", f"Pre-op assessment – {surgery}", "PAC note – OK to proceed",
                                        "Pre-admission clinic summary"]), text,
           html=html if ctx.chance(0.5) else None)
    return ctx.finish("consult", "pre-admission assessment summary to surgeon")


def or_signout(ctx):
    a = ctx.staff("anes")
    b = ctx.staff("anes", exclude=(a,))
    lines = []
    n = ctx.rng.randrange(4, 8)
    for i in range(n):
        p = ctx.patient()
        style = ctx.pick(["last_first", "initial", "title_sur", "full"])
        issue = ctx.pick_sexed(K.COMORB + K.PAIN_DX)[1]
        lines.append(f"OR {ctx.rng.randrange(1, 9)} / bed {ctx.rng.randrange(1, 30)} - {ctx.show_name(p, style)} - "
                     f"{ctx.pick_sexed(K.PREOP_SURG)[1]} - {issue}")
    ctx.add("diagnosis")
    if ctx.chance(0.5):
        p = ctx.patient()
        lines.append(f"PACU - {ctx.show_name(p, 'lower')} - PCA hydromorphone, pain 9/10, consider ketamine")
        ctx.add("medication")
    text = (f"Sign-out for tonight ({C.fmt_date(ctx.today, 'day_en')}):\n\n" + "\n".join(lines)
            + f"\n\nPager is with you from 17:00. Call me if the PACU fills up.\n{a.given}")
    T.mail(ctx, a, [b], ctx.pick(["sign-out", "Sign out - anaesthesia", "handover tonight", "OR sign-out"]), text)
    ctx.msg.body_mode = ctx.pick(["plain", "plain", "alt"])
    return ctx.finish("census", "anaesthesia sign-out list")


def uds(ctx):
    nurse = ctx.staff("nurse")
    algo = ctx.staff("algo")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["initial", "initials_dot", "title_sur", "last_first"]))
    mrn = ctx.mrn()
    ctx.add("lab_result", "medication", "diagnosis")
    res = K.tox_screen(ctx.rng, "en")
    text = (f"{T.hello(ctx, algo)}\n\nRe {nm} (MRN {mrn}) - {res}. {he(p, True)} is on "
            f"{ctx.pick(K.MEDS[4:9])[1]} under the opioid agreement signed in January for chronic low back pain.\n"
            f"Do you want to see {him(p)} before the next dispense? Pharmacy is holding the renewal.\n\n"
            f"{ctx.sig(nurse, 'pain', short=True)}")
    T.mail(ctx, nurse, [algo], ctx.pick(["UDS result", "urine screen - please review", "Opioid agreement concern"]), text)
    return ctx.finish("labfollowup", "urine drug screen result for an opioid agreement patient")


def bridging(ctx):
    anes = ctx.staff("anes")
    surg = ctx.staff("surg")
    nurse = ctx.staff("nurse")
    p = ctx.patient(age=(55, 88))
    nm = ctx.show_name(p, ctx.pick(["full", "title", "last_first"]))
    mrn = ctx.mrn()
    ctx.add("medication", "lab_result", "diagnosis")
    d0 = T.appt(ctx, 10, 30).date()
    sched = [("Day -5", "last warfarin dose"), ("Day -3", "start enoxaparin 1 mg/kg SC q12h"),
             ("Day -1", "INR (target < 1.5); last enoxaparin a.m. only"), ("Day 0", f"surgery ({d0.isoformat()})"),
             ("Day +1", "resume warfarin at usual dose if haemostasis OK"), ("Day +2", "resume enoxaparin until INR > 2")]
    text = (f"{T.hello(ctx, surg)}\n\nBridging plan for {nm}, MRN {mrn} - mechanical mitral valve, INR today "
            f"{ctx.pick(['2.8', '3.1', '2.4'])}, CrCl {ctx.pick([48, 62, 75])} mL/min.\n\n"
            + C.table_text([("Day", "Action")] + sched) + f"\n\n{nurse.given} will call {him(p)} with the "
            f"schedule.\n\n{ctx.sig(anes, 'preop')}")
    T.mail(ctx, anes, [surg], ctx.pick(["Bridging plan", "Anticoagulation bridging - pre-op", "Warfarin bridging"]),
           text, cc=[nurse])
    if ctx.chance(0.4):
        T.att_xlsx(ctx, "bridging_plan.xlsx", [("Plan", [["Patient", nm], ["MRN", mrn], ["", ""]]
                                                + [list(r) for r in sched])], author=anes.full)
    return ctx.finish("consult", "anticoagulation bridging plan")


def ottawa(ctx):
    doc = ctx.staff("physiat")
    clerk = ctx.staff("clerk")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["full", "last_first", "title"]))
    dob = ctx.show_dob(p)
    hn = ctx.ohn()
    dx = ctx.pick_sexed(K.PAIN_DX)[1]
    ctx.add("diagnosis")
    text = (f"Good afternoon,\n\nPlease find the referral for {nm} (DOB {dob}, Ontario health card {hn}) who "
            f"lives on the Quebec side of the river now but is still covered by OHIP until the transfer goes "
            f"through. Reason: {dx}. {he(p, True)} has failed two lines of neuropathic agents.\n\nRegards,\n"
            f"{doc.full}, MD\nPhysiatry, Ottawa Riverside Hospital\n613-555-01{ctx.rng.randrange(100):02d}")
    T.mail(ctx, T.ext_addr(ctx, doc, "other_hosp"), [T.shared_box(ctx, "pain.referrals", "Pain referrals",
                                                                  "Pain clinic referrals"), clerk],
           ctx.pick(["Referral - chronic pain clinic", "New referral (out of province)", "Referral"]), text)
    if ctx.chance(0.5):
        T.att_pdf(ctx, "referral.pdf", [("h", "Referral"), ("kv", [("Name", nm), ("DOB", dob), ("Health card", hn),
                                                                  ("Reason", dx)])])
    return ctx.finish("referral", "out-of-province referral with Ontario health number")


def disability(ctx):
    algo = ctx.staff("algo")
    p = ctx.patient(age=(25, 63))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first"]))
    dob = ctx.show_dob(p)
    sin = ctx.sin()
    dx = ctx.pick_sexed(K.PAIN_DX)[1]
    ctx.add("diagnosis", "social_information")
    blocks = [("h", "Attending Physician Statement - Long-Term Disability"),
              ("kv", [("Claimant", nm), ("Date of birth", dob), ("SIN", sin), ("Diagnosis", dx),
                      ("First off work", "2024-10-15"), ("Restrictions", "no lifting > 5 kg, sit/stand alternate")]),
              "Prognosis guarded; claimant remains unable to perform own occupation. Receiving income-replacement "
              "benefits; spouse recently lost employment."]
    if ctx.chance(0.5):
        blocks.append("Current treatment: " + ctx.pick(K.MEDS)[1])
        ctx.add("medication")
    text = (f"Hello,\n\nAttached is the completed attending physician statement for your claim "
            f"{ctx.rng.randrange(10**6, 10**7)}-LTD. Please fax any follow-up questions to the clinic.\n\n"
            f"{ctx.sig(algo, 'pain')}")
    T.mail(ctx, algo, [("LTD Claims", "ltd.claims@" + ctx.pick(C.EXT_DOMAINS["ins"]))],
           ctx.pick(["APS - LTD claim", "Attending physician statement", "Completed form"]), text)
    fn = ctx.pick(["APS_form.pdf", f"APS {p.surname}.pdf", "LTD statement.docx"])
    if fn.endswith(".docx"):
        T.att_docx(ctx, fn, blocks, author=algo.full)
    else:
        T.att_pdf(ctx, fn, blocks)
    return ctx.finish("insurer_form", "long-term disability form with SIN")


def noshow_csv(ctx):
    clerk = ctx.staff("clerk")
    manager = ctx.staff("coord")
    rows = [["date", "time", "patient", "phone", "visit", "chart"]]
    for i in range(ctx.rng.randrange(4, 9)):
        p = ctx.patient()
        d = ctx.today - datetime.timedelta(days=ctx.rng.randrange(1, 20))
        rows.append([d.isoformat(), f"{ctx.pick([8, 9, 10, 13, 14])}:{ctx.pick(['00', '30'])}",
                     ctx.show_name(p, ctx.pick(["last_first", "full"])), C.phone(ctx.rng),
                     ctx.pick(["RFA follow-up", "new consult - fibromyalgia", "ketamine infusion day 1",
                               "PAC visit - hip replacement", "nerve block"]), ctx.mrn("plain")])
    ctx.add("patient_contact", "diagnosis")
    text = (f"{T.hello(ctx, manager)}\n\nNo-show list for the last three weeks attached, as requested for the "
            f"wait-list committee. Most have been called twice.\n\n{ctx.sig(clerk, 'pain', short=True)}")
    T.mail(ctx, clerk, [manager], ctx.pick(["no-show list", "No-shows (3 weeks)", "Missed appointments export"]), text)
    if ctx.chance(0.6):
        T.att_csv(ctx, "noshows.csv", rows)
    else:
        T.att_xlsx(ctx, "noshows.xlsx", [("no-shows", rows)], author=clerk.full)
    return ctx.finish("census", "no-show list with patient phone numbers")


def vcard_cb(ctx):
    nurse = ctx.staff("nurse")
    algo = ctx.staff("algo")
    p = ctx.patient()
    ctx.show_name(p, "full")
    tel = C.phone(ctx.rng)
    street, town = C.address(ctx.rng)
    ctx.add("patient_contact", "diagnosis")
    text = (f"Can you call {him(p)} back this afternoon? Numb leg since {his(p)} epidural yesterday, no weakness, "
            f"no fever. Contact card attached, {he(p)} prefers the cell.\n\n{nurse.given}")
    T.mail(ctx, nurse, [algo], ctx.pick(["callback please", "Call back - post epidural", "pt call"]), text)
    T.att_vcard(ctx, T.safe_fn(p.full) + ".vcf", given=p.given, surname=p.surname,
                tel=[("CELL", tel), ("HOME", C.phone(ctx.rng))], adr=(street, town.split(" (")[0], town[-7:]),
                note="Post-epidural numbness L leg; callback requested")
    return ctx.finish("note", "callback request with patient contact card")


def scs_ics(ctx):
    clerk = ctx.staff("clerk")
    algo = ctx.staff("algo")
    psy = ctx.staff("psy")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["full", "title", "last_first"]))
    mrn = ctx.mrn()
    ctx.add("diagnosis")
    start = T.appt(ctx)
    T.att_ics(ctx, "SCS_trial.ics", start, 120, f"SCS trial lead placement - {nm}",
              f"MRN {mrn}. Failed back surgery syndrome. Psych clearance done. Hold apixaban 72 h.",
              "Procedure room B, Hôpital Saint-Anselme", (algo.full, algo.email()),
              [(psy.full, psy.email()), (clerk.full, clerk.email())])
    ctx.add("medication")
    text = ctx.pick([f"Booked for {T.appt_str(ctx, start)}, invite attached.\n{clerk.given}",
                     f"Invite attached for the trial.\n\n{ctx.sig(clerk, 'pain', short=True)}"])
    T.mail(ctx, clerk, [algo, psy], ctx.pick(["SCS trial booked", "Invitation: SCS trial", "Booked"]), text)
    return ctx.finish("booking", "stimulator trial calendar invitation")


def quick_note(ctx):
    a = ctx.staff("nurse")
    b = ctx.staff("algo")
    p = ctx.patient()
    style = ctx.pick(["lower", "title_sur", "lower", "initial", "given_mrn"])
    if style == "given_mrn":
        nm = ctx.show_name(p, "given") + f" (chart {ctx.mrn()})"
    else:
        nm = ctx.show_name(p, style)
        if ctx.chance(0.5):
            nm = nm.lower()
    sym = ctx.pick(K.SYMPTOMS[:6])[1]
    ctx.add("diagnosis")
    med = ""
    if ctx.chance(0.5):
        med = f" on {ctx.pick(K.MEDS)[1]}"
        ctx.add("medication")
    text = ctx.pick([f"{nm} called - {sym}{med}. wants to move up {his(p)} f/u. ok to give thurs 14:30?\n{a.given}",
                     f"fyi {nm}{med}: {sym}. told {him(p)} to go to ER if worse.\n\n-{a.given[0]}",
                     f"Quick one: {nm} ({sym}){med}. Can you renew before Friday?\n\nThx\n{a.given}"])
    T.mail(ctx, a, [b], ctx.pick(["call", "pt message", "quick q", "phone msg"]), text)
    ctx.msg.body_mode = "plain"
    return ctx.finish("note", "quick phone message between colleagues")


def fw_chain(ctx):
    algo = ctx.staff("algo")
    nurse = ctx.staff("nurse")
    gp = ctx.staff("gp")
    p = _pat(ctx, ctx.chance(0.8))
    nm = ctx.show_name(p, ctx.pick(["title", "full", "last_first"]))
    idl = ""
    if p.nam:
        nam, dob = ctx.show_nam(p)
        idl = f" (RAMQ {nam}, DOB {dob})"
    dx = ctx.pick_sexed(K.PAIN_DX)[1]
    med = ctx.pick(K.MEDS)[1]
    ctx.add("diagnosis", "medication")
    orig = (f"Hello,\n\nMy patient {nm}{idl} has been waiting 11 months for your clinic for {dx}. "
            f"{he(p, True)} is now on {med} and has had two ER visits this month. Any chance of an earlier "
            f"slot?\n\nThank you,\n{gp.full}, MD")
    text = (f"{nurse.given} - can we triage this one up to P2? Thanks.\n"
            + T.forward_block(ctx, T.ext_addr(ctx, gp, "gmf"), (algo.full, algo.email()), "Wait time", orig))
    T.mail(ctx, algo, [nurse], ctx.pick(["FW: Wait time", "Fwd: Wait time", "FW: wait time - urgent?"]), text)
    return ctx.finish("forward", "forwarded GP message asking for an earlier slot")


def reply_q(ctx):
    anes = ctx.staff("anes")
    nurse = ctx.staff("nurse")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["title", "last_first", "initial", "full"]))
    mrn = ctx.mrn() if ctx.chance(0.5) else None
    com = ctx.pick(K.COMORB)[1]
    ctx.add("diagnosis")
    vals = K.lab_values(ctx.rng, "en")[:2]
    ctx.add("lab_result")
    orig = (f"Hi {anes.given},\n\n{nm}" + (f" (MRN {mrn})" if mrn else "") + f" is booked for PAC on Thursday. "
            f"History of {com}. Latest bloods: {', '.join(vals)}. Do you want an echo before the visit?\n\n"
            f"{nurse.given}")
    rep = ctx.pick(["Yes please, order the echo.", "No need, I'll see them first.", "ok - and add a ferritin."])
    text = rep + "\n" + T.quoted_block(ctx, (nurse.full, nurse.email()), (anes.full, anes.email()), "PAC Thursday", orig)
    T.reply_headers(ctx)
    T.mail(ctx, anes, [nurse], ctx.pick(["RE: PAC Thursday", "Re: PAC Thursday"]), text)
    return ctx.finish("reply", "short reply with quoted pre-op question")


def subject_only(ctx):
    anes = ctx.staff("anes")
    nurse = ctx.staff("nurse")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["title_sur", "title", "last_first", "initial"]))
    body = ctx.pick(["K 6.1 on the repeat, ECG shows peaked T waves. Sent to ER.",
                     "HbA1c came back 10.8 - surgery will need to be postponed.",
                     "Echo: severe AS, valve area 0.7 cm2. Cardiology aware.",
                     "INR 3.4 this morning despite holding warfarin x5 days."])
    ctx.add("lab_result")
    if "warfarin" in body:
        ctx.add("medication")
    T.mail(ctx, nurse, [anes], f"{nm} - {ctx.pick(['PAC', 'labs', 'urgent', 'FYI'])}", body + f"\n\n{nurse.given}")
    return ctx.finish("labfollowup", "lab result with the name only in the subject")


def att_name_only(ctx):
    algo = ctx.staff("algo")
    clerk = ctx.staff("clerk")
    p = ctx.patient()
    ctx.show_name(p, "full")
    dx = ctx.pick_sexed(K.PAIN_DX)[1]
    med = ctx.pick(K.MEDS)[1]
    ctx.add("diagnosis", "medication")
    fn = ctx.pick([f"{p.surname}_{p.given}_pain_consult", f"Consult letter - {p.given} {p.surname}",
                   f"{p.surname.upper()} follow-up {ctx.today.isoformat()}"])
    blocks = [("h", "Chronic Pain Clinic - Consultation letter"), f"Impression: {dx}.", f"Current: {med}.",
              "Plan: physiotherapy, graded activity, review in 3 months.", ctx.dr(algo)]
    T.mail(ctx, algo, [clerk], ctx.pick(["for scanning", "letter to file", "dictation"]),
           f"Please file and fax to the GP.\n\n{algo.given}")
    if ctx.chance(0.5):
        T.att_pdf(ctx, fn + ".pdf", blocks)
    else:
        T.att_docx(ctx, fn + ".docx", blocks, author=algo.full)
    return ctx.finish("consult", "consult letter where the name is only in the file name")


def housing(ctx):
    sw = ctx.staff("sw")
    nurse = ctx.staff("nurse")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["full", "title", "last_first"]))
    tel = C.phone(ctx.rng)
    soc = ctx.pick(K.SOCIAL)[1]
    ctx.add("social_information", "patient_contact", "diagnosis")
    text = (f"{T.hello(ctx, nurse)}\n\nUpdate on {nm}: {soc}. {he(p, True)} missed the last two ketamine "
            f"sessions because of it. Best number is now {tel} (a friend's phone). I've applied for emergency "
            f"housing and a transport voucher.\n\n{ctx.sig(sw, 'pain')}")
    T.mail(ctx, sw, [nurse], ctx.pick(["Social update", "Housing situation", "re: missed sessions"]), text)
    return ctx.finish("note", "social worker update on housing and contact")


def euro(ctx, kind=None):
    clerk = ctx.staff("clerk")
    coord = ctx.staff("coord")
    p = ctx.patient(age=(20, 75))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first"]))
    dob = ctx.show_dob(p)
    if (kind or ctx.pick(["niss", "nir"])) == "niss":
        num = ctx.niss(p)
        what = f"Belgian national number {num}"
    else:
        num = ctx.nir(p)
        what = f"French social security number (NIR) {num}"
    dx = ctx.pick_sexed(K.PREOP_SURG + K.PAIN_DX)[1]
    ctx.add("diagnosis")
    text = (f"Hi {coord.given},\n\nVisitor seen in PAC yesterday: {nm}, born {dob}, {what}, travel insurance "
            f"policy pending. Booked for {dx}. Who do I send the estimate to?\n\n{clerk.given}")
    T.mail(ctx, clerk, [coord], ctx.pick(["Foreign patient billing", "Visitor - insurance", "Billing question"]), text)
    if ctx.chance(0.4):
        T.att_csv(ctx, "visitor_billing.csv", [["name", "dob", "id", "procedure"], [nm, dob, num, dx]])
    return ctx.finish("billing", "foreign visitor billing question")


def complication(ctx):
    anes = ctx.staff("anes")
    gp = ctx.staff("gp")
    p = _pat(ctx, ctx.chance(0.8))
    nm = ctx.show_name(p, ctx.pick(["full", "title"]))
    ids = ""
    if p.nam:
        nam, dob = ctx.show_nam(p)
        ids = f"\nRAMQ: {nam}   DOB: {dob}"
    else:
        ids = f"\nMRN: {ctx.mrn()}"
    ctx.add("diagnosis")
    text = (f"{T.hello(ctx, gp)}\n\nFor your information: {nm}{ids}\n\nDeveloped a post-dural puncture headache "
            f"after {his(p)} epidural steroid injection on {C.fmt_date(ctx.today - datetime.timedelta(days=3), 'long_en')}. "
            f"Epidural blood patch done today with full relief. Discharged home; advised caffeine and fluids.\n\n"
            f"{ctx.sig(anes, 'pain')}")
    T.mail(ctx, anes, [T.ext_addr(ctx, gp, "gmf")], ctx.pick(["Post-procedure note", "Blood patch - FYI",
                                                              "Complication follow-up"]), text)
    return ctx.finish("discharge", "post-procedure complication note to family doctor")


def eml_att(ctx):
    nurse = ctx.staff("nurse")
    algo = ctx.staff("algo")
    p = _pat(ctx, ctx.chance(0.7))
    nm = ctx.show_name(p, ctx.pick(["full", "title"]))
    idl = ""
    if p.nam:
        nam, dob = ctx.show_nam(p)
        idl = f" (RAMQ {nam}, DOB {dob})"
    ctx.add("diagnosis", "medication")
    rel = ctx.pick(['mother', 'sister', 'wife'] if p.sex == "F" else ['father', 'brother', 'husband'])
    inner = (f"Hello,\n\nI am writing about my {rel}, {nm}{idl}. "
             f"Since the new {ctx.pick(K.MEDS[:5])[1]} {he(p)} has been confused and fell twice. We don't know if "
             f"we should stop it. Please call us.\n\nThank you")
    nested = T.nested_msg(ctx, ("", f"family.{ctx.rng.randrange(100, 999)}@mailbox.example"),
                          [("Pain clinic", f"pain.clinic@{C.DOMAIN}")], "Question about medication", inner)
    T.att_eml(ctx, ctx.pick(["Question about medication.eml", "family email.eml"]), nested)
    T.mail(ctx, nurse, [algo], "FW: Question about medication",
           f"Family email below (attached). Could you review the meds?\n\n{nurse.given}")
    return ctx.finish("forward", "family e-mail attached as .eml")


def dictation_zip(ctx):
    algo = ctx.staff("algo")
    clerk = ctx.staff("clerk")
    members = []
    for i in range(ctx.rng.randrange(2, 4)):
        p = ctx.patient()
        ctx.show_name(p, "full")
        mrn = ctx.mrn("plain")
        dx = ctx.pick_sexed(K.PAIN_DX)[1]
        txt = (f"DICTATION\nPatient: {p.name('last_first')}\nMRN: {mrn}\n\nImpression: {dx}.\n"
               f"Plan: {ctx.pick(K.PAIN_PROC)[1]}; continue {ctx.pick(K.MEDS)[1]}.\n")
        members.append((f"dict_{mrn}.txt", txt.encode("utf-8")))
    ctx.add("diagnosis", "medication")
    if ctx.chance(0.5):
        members.append(("summary.pdf", D.pdf_bytes([("h", "Batch summary"), f"{len(members)} dictations"])))
    T.att_zip(ctx, "dictations.zip", members)
    T.mail(ctx, algo, [clerk], ctx.pick(["dictations", "Today's dictations", "typing"]),
           f"{T.hello(ctx, clerk)}\n\nToday's dictations zipped. Thanks!\n{algo.given}")
    return ctx.finish("consult", "zipped dictations")


def methadone_rx(ctx):
    algo = ctx.staff("algo")
    ph = ctx.staff("pharm")
    p = _pat(ctx, ctx.chance(0.8))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first"]))
    if p.nam:
        nam, dob = ctx.show_nam(p)
        ident = f"RAMQ {nam}, DOB {dob}"
    else:
        ident = f"DOB {ctx.show_dob(p)}"
    ctx.add("medication", "diagnosis")
    street, town = C.address(ctx.rng)
    addr = ""
    if ctx.chance(0.4):
        addr = f"\nAddress: {street}, {town}"
        ctx.add("patient_contact")
    text = (f"Hello {ph.given},\n\nNew prescription for {nm} ({ident}){addr}\n\nMethadone for analgesia 5 mg PO TID "
            f"x 7 days, then 7.5 mg TID. Dispense weekly, no carries for the first month.\nIndication: cancer-related "
            f"neuropathic pain, intolerant to hydromorphone.\nQTc on ECG today: 452 ms.\n\n{ctx.sig(algo, 'pain')}")
    ctx.add("lab_result")
    T.mail(ctx, algo, [(f"{ph.full} (pharmacy)", "rx@" + ctx.pick(C.EXT_DOMAINS["pharm"]))],
           ctx.pick(["New Rx - methadone (pain)", "Prescription", "Rx"]), text)
    return ctx.finish("rx", "methadone prescription to pharmacy")


def euro_niss(ctx):
    return euro(ctx, "niss")


def euro_nir(ctx):
    return euro(ctx, "nir")


def mrn_only(ctx):
    nurse = ctx.staff("nurse")
    anes = ctx.staff("anes")
    mrn = ctx.mrn(ctx.pick(["plain", "space", "dot", "slash", "pref"]))
    ctx.add("diagnosis", "medication")
    text = (f"Chart {mrn} - PAC today: {ctx.pick(K.COMORB)[1]}, still taking {ctx.pick(K.PREOP_MEDS[:4])[1]} "
            f"(last dose this morning). Surgery tomorrow - do we cancel?\n\n{nurse.given}")
    T.mail(ctx, nurse, [anes], ctx.pick([f"MRN {mrn}", "PAC question - tomorrow's case", "cancel?"]), text)
    return ctx.finish("note", "pre-op question identified by chart number only")


def peds_preop(ctx):
    anes = ctx.staff("anes")
    nurse = ctx.staff("nurse")
    use_nam = ctx.chance(0.8)
    p = ctx.nam_patient(age=(4, 17)) if use_nam else ctx.patient(age=(4, 17))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first"]))
    if use_nam:
        nam, dob = ctx.show_nam(p)
        ident = f"RAMQ {nam}, DOB {dob}"
    else:
        ident = f"DOB {ctx.show_dob(p)}, MRN {ctx.mrn()}"
    proc = ctx.pick(["adenotonsillectomy", "strabismus repair", "dental rehabilitation under GA",
                     "laparoscopic appendectomy (interval)"])
    ctx.add("diagnosis", "medication")
    text = (f"{T.hello(ctx, anes)}\n\nPaediatric PAC phone screen for {nm} ({ident}), booked for {proc}.\n"
            f"- severe OSA on the sleep study (AHI 14), loud snoring, enlarged tonsils\n"
            f"- asthma, uses salbutamol 2 puffs PRN and fluticasone 125 mcg BID; URTI 2 weeks ago\n"
            f"- {ctx.pick(['parent reports a cousin with malignant hyperthermia', 'no family history of anaesthetic problems', 'previous emergence delirium'])}\n\n"
            f"Suggest overnight monitored bed. OK?\n\n{ctx.sig(nurse, 'preop', short=True)}")
    T.mail(ctx, nurse, [anes], ctx.pick(["Peds PAC screen", "Paediatric pre-op - OSA", "peds case - overnight bed?"]),
           text)
    return ctx.finish("consult", "paediatric pre-op screening with sleep apnoea")


TEMPLATES = [
    (pac_consult, 5), (or_signout, 3), (uds, 3), (bridging, 3), (ottawa, 3), (disability, 3), (noshow_csv, 3),
    (vcard_cb, 2), (scs_ics, 3), (quick_note, 3), (fw_chain, 3), (reply_q, 2), (subject_only, 2),
    (att_name_only, 2), (housing, 3), (euro_niss, 2), (euro_nir, 2), (complication, 3), (eml_att, 2), (dictation_zip, 1),
    (methadone_rx, 3), (mrn_only, 2), (peds_preop, 2),
]
