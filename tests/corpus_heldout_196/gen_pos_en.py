"""Positive (confidential) templates, English."""
import datetime

import gen_pools as P
import gen_tplkit as K
from gen_common import Doc, Table, cap


def _desk(c):
    return c.pick([("Interpreter Desk", f"interpreters@{P.DOM}"), ("IIPNS Intake", f"iipns.intake@{P.DOM}"),
                   ("Patient Navigation", f"navigation@{P.DOM}")])


def booking(c):
    clerk = c.staff("clerk")
    p = c.patient(c.pick(["nam", "plain", "on"]))
    case = c.case(p=p)
    md = K.md_for(c, case)
    when = c.later(1, 14)
    lang = K.plang(c, p)
    rows = [("Patient", c.nm(p)), ("Chart #", c.mrn(p))]
    if p.nam:
        rows += [("RAMQ", c.nam(p)), ("DOB", c.dob(p)), ("Sex", p.sex)]
    if p.ohn:
        rows += [("OHIP", c.ohn(p))]
    rows += [("Language", lang), ("Appointment", f"{c.when(when)}, {c.spec(case)} clinic ({K.md_name(c, md)})"),
             ("Purpose", c.reason(case))]
    if c.chance(0.65):
        rows.append(("Background", c.dx(case)))
    body = [c.hello(), c.pick(["Please book an interpreter for the following:", "Interpreter needed:",
                               "Could you arrange an interpreter for this visit?"]), K.kv(c, rows),
            c.pick(["In person preferred, she's hard of hearing.", "Phone interpretation is OK if no one is free.",
                    "Family will attend; we have room 2C.", "Thanks."]), c.sig(clerk)]
    return Doc("interpreter_booking", "en", c.pick([f"Interpreter request - {lang} - {when.strftime('%b %d')}",
                                                    f"{lang} interpreter {when.strftime('%m/%d')} {when.hour:02d}:{when.minute:02d}",
                                                    "Interpreter booking"]),
               c.addr(clerk), [_desk(c)], body, note="interpreter booking for a clinic visit")


def station_referral(c):
    p = c.patient(c.pick(["on", "on", "nam"]))
    comm = p.community
    nurse = K.clinic_staff(c, comm)
    nav = c.staff("nav")
    case = c.case(p=p)
    clinic = K.community_clinic(c, comm)[0]
    fields = [("Name", c.nm(p, c.pick(["caps", "last_first", "full"]))), ("DOB", c.dob(p))]
    if p.ohn:
        fields.append(("Health card", c.ohn(p)))
    else:
        fields += [("RAMQ", c.nam(p)), ("Sex", p.sex)]
    fields += [("Community", comm[0]), ("First language", K.plang(c, p)), ("Reason for referral", c.dx(case)),
               ("Specialist appt", f"{c.spec(case)} / {c.proc(case)}")]
    if c.chance(0.6):
        fields.append(("Current meds", "; ".join(c.meds(case))))
    if c.chance(0.5):
        fields.append(("Home phone", c.phone(p)))
    mode = c.pick(["body", "body", "docx"])
    body = [c.hello(), c.pick([f"Referring {c.nm(p, 'title')} to your navigation program for upcoming specialist care in Pointe-Aurore.",
                               f"New referral from {comm[0]}.", "Please see referral below."])]
    atts = []
    if mode == "body":
        body.append(K.kv(c, fields))
    else:
        fn = c.pick(["Referral_form.docx", K.fname("Referral", p.surname, p.given, ext="docx")])
        if p.surname.lower() in fn.lower():
            c.add("patient_name")
        atts.append(K.docx(fn, "Navigation Referral Form", [("table", ["Field", "Details"], fields),
                                                              "Referring nurse: " + nurse.name + ", " + clinic], author=nurse.name))
        body.append("Referral form attached.")
    if c.chance(0.4):
        body.append("FYI " + c.social() + ".")
    body += [c.bye(), nurse.name + ", RN\n" + clinic]
    return Doc("referral", "en", c.pick(["Referral - navigation", f"New referral {comm[0]}", "Patient referral"]),
               (nurse.name, nurse.email), [(nav.name, nav.email)], body, atts=atts, note="nursing station referral to navigation")


def medical_travel(c):
    nav = c.staff("nav")
    p = c.patient(c.pick(["on", "nam", "plain"]))
    case = c.case(p=p)
    out = c.later(2, 10)
    back = out + datetime.timedelta(days=c.rng.randint(2, 10))
    h = K.home(c)
    fields = [("Client", c.nm(p, c.pick(["caps", "full"]))), ("DOB", c.dob(p))]
    if p.ohn:
        fields.append(("Health #", c.ohn(p)))
    if p.nam:
        fields += [("RAMQ", c.nam(p)), ("Sex", p.sex)]
    fields += [("Outbound", f"{p.community[0]} to Pointe-Aurore, {c.when(out, False)}"),
               ("Return", c.when(back, False)),
               ("Escort", c.pick(["approved (spouse)", "approved (daughter)", "not required"])),
               ("Accommodation", h[0]),
               ("Medical reason", c.opt(lambda: f"{c.spec(case)} - {c.dx(case, True)}",
                                        lambda: f"{c.proc(case)} for {c.dx(case)}"))]
    body = [c.hello(), c.pick(["Travel request for approval:", "Please book the following medical travel:",
                               "Medical travel - details below."]), K.kv(c, fields)]
    atts = []
    if c.chance(0.45):
        atts.append(K.vcf(c.pick(["contact.vcf", K.fname(p.given, p.surname, ext="vcf")]), given=p.given, surname=p.surname,
                          tel=[("CELL", c.phone(p))], adr=c.address(p), note="Client - medical travel"))
        body.append(f"Client contact card attached ({c.il(p).lower()} changed {c.his(p)} cell number).")
        if p.surname.lower() in atts[0].filename.lower():
            c.add("patient_name")
    elif c.chance(0.4):
        body.append(f"Client cell: {c.phone(p)}")
    body += [c.bye(), c.sig(nav)]
    return Doc("medical_travel", "en", c.pick(["Medical travel request", f"Travel {out.strftime('%b %d')} - approval needed",
                                               "Patient travel booking"]),
               c.addr(nav), [("Medical Travel Office", f"medtravel@{P.DOM}")],
               body, cc=[(h[0], f"frontdesk@{h[1]}")] if c.chance(0.4) else [], atts=atts, note="medical travel request")


def signout(c):
    nav = c.staff("nav")
    nav2 = c.other_staff("nav", nav)
    n = c.rng.randint(4, 8)
    lines = []
    for i in range(n):
        p = c.patient()
        case = c.case(p=p)
        room = c.rng.randint(201, 248)
        nm = c.nm(p, c.pick(["caps", "last_first", "init", "lower"]))
        lines.append(c.opt(
            lambda: f"{room} {nm} ({p.community[0]}) - {c.dx(case, True)}; {K.plang(c, p)} interp booked {c.pick(['0800', '0930', '1300'])}",
            lambda: f"{room} - {nm} - {c.dx(case, True)} - {c.pick(['d/c tomorrow, flight 1140', 'awaiting consult', 'family arriving Thurs', 'needs escort approval'])}",
            lambda: f"rm {room}: {nm}, {c.dx(case, True)}, {'; '.join(c.labs(case, 1))}",
        ))
    body = [c.hello(nav2.given), c.pick(["Sign-out for tonight:", "Handover list:", "Here's where things are at:"]),
            "\n".join(lines), c.pick(["Call me if anything comes up.", "Boarding home van leaves at 7:15.", "Thanks for covering."]),
            nav.given]
    return Doc("signout", "en", c.pick(["Sign-out", f"Handover {c.date.strftime('%b %d')}", "Tonight's list"]),
               c.addr(nav), [c.addr(nav2)], body, prefer=c.pick(["plain", None]), note="navigator end-of-day sign-out list")


def discharge_doc(c):
    nurse = c.staff("nurse")
    p = c.patient(c.pick(["on", "nam", "plain"]))
    case = c.case(p=p)
    clin, dom = K.community_clinic(c, p.community)
    adm = c.date - datetime.timedelta(days=c.rng.randint(2, 14))
    anon = not p.nam and c.chance(0.35)   # name only in the attachment's file name
    paras = [("h", "Patient")] + ([] if anon else [f"Name: {c.nm(p, c.pick(['caps', 'full']))}"]) + [f"DOB: {c.dob(p)}", f"Chart: {c.mrn(p)}"]
    if p.ohn:
        paras.append(f"Health card: {c.ohn(p)}")
    if p.nam:
        paras += [f"RAMQ: {c.nam(p)}", c.sex(p)]
    paras += [f"Admitted {adm.strftime('%Y-%m-%d')}, discharged {c.date.strftime('%Y-%m-%d')}",
              ("h", "Diagnosis"), c.dx(case), ("h", "Hospital course"),
              f"{cap(c.proc(case))} done. Teaching completed with {K.plang(c, p)} interpreter present.",
              ("h", "Discharge medications")] + c.meds(case)
    if c.chance(0.6):
        paras += [("h", "Results")] + c.labs(case)
    paras += [("h", "Follow-up"), f"{cap(c.spec(case))} follow-up in 4-6 weeks; bloodwork at nursing station in 1 week."]
    kind = c.pick(["docx", "pdf"])
    fn = c.pick([K.fname("Discharge", p.surname, ext=kind), K.fname("DC_summary", p.mrn, ext=kind), f"Discharge summary.{kind}"])
    if anon:
        fn = c.pick([K.fname(p.surname, p.given, "discharge", ext=kind), K.fname("DC", p.surname.upper(), p.given[0], ext=kind)])
    if p.surname.lower() in fn.lower():
        c.add("patient_name")
    if kind == "docx":
        att = K.docx(fn, "Discharge Summary", paras, author=nurse.name)
    else:
        att = K.pdf(fn, "Discharge Summary - " + P.HOSP_EN, [x if isinstance(x, tuple) else x.translate({0xFF10 + i: 48 + i for i in range(10)}) for x in paras],
                    author=nurse.name, compress=c.chance(0.6))
    body = [c.hello(), c.pick(["Discharge summary attached. Patient flies home tomorrow on the morning flight.",
                               "Please find the discharge summary for your patient attached.",
                               "Attached - discharge paperwork. Meds were reviewed with the interpreter."]), c.sig(nurse, conf=True)]
    return Doc("discharge", "en", c.pick(["Discharge summary", "D/C summary - returning home", "Discharge paperwork"]),
               c.addr(nurse), [(clin, f"nursing@{dom}")], body, atts=[att], note="discharge summary to community clinic")


def session_note(c):
    it = c.staff("interp")
    mgr = c.staff("mgr")
    p = c.patient()
    case = c.case(p=p)
    md = K.md_for(c, case)
    who = c.nm(p, c.pick(["full", "title", "init"]))
    body = [c.hello(mgr.given),
            c.pick([f"Session note - {who}, {c.spec(case)} clinic this morning.",
                    f"Quick note about yesterday's session with {who} ({p.community[0]})."]),
            f"{K.md_name(c, md)} explained the diagnosis of {c.dx(case)} and the plan for {c.proc(case)}. "
            + c.pick([f"{c.il(p)} understood but wants to talk with family before consenting.",
                      f"{c.il(p)} asked many questions about how long the stay in the south would be.",
                      "There is no direct word for some of the terms; I used descriptions and checked back.",
                      f"{c.il(p)} asked about being home in time for the spring goose hunt."])]
    if c.chance(0.45):
        body.append(c.pick(["Also mentioned: ", "Disclosed during the visit: "]) + c.social() + ". I let the social worker know.")
    if c.chance(0.45):
        body.append("Meds reviewed: " + ", ".join(c.meds(case, 2)) + ".")
    body += ["Length: " + c.pick(["45 min", "1h15", "30 min", "1h40"]) + ".", c.sig(it)]
    return Doc("interpreter_note", "en", c.pick(["Session note", "Interpreting session - notes", f"Session {c.date.strftime('%m/%d')}"]),
               c.addr(it), [c.addr(mgr)], body, note="interpreter's session note")


def lab_callback(c):
    md = c.staff(c.pick(["md", "nurse"]))
    nav = c.staff("nav")
    p = c.patient(c.pick(["plain", "on"]))
    case = c.case(["ckd", "dm", "tb", "hf", "hcv", "colo", "preg", "stroke"], p=p)
    labs = c.labs(case)
    body = [c.opt(lambda: f"{nav.given} - can you reach {c.nm(p, c.pick(['full', 'lower', 'caps']))} in {p.community[0]}? {'; '.join(labs)}.",
                  lambda: f"Abnormal result for {c.nm(p, 'init')}: {', '.join(labs)}. Needs a call today."),
            c.opt(lambda: f"Start {c.meds(case, 1)[0]} tonight, pharmacy has the script.",
                  lambda: f"Hold {c.meds(case, 1)[0]} until I call back.",
                  lambda: "Needs to come back down for a recheck this week - can you set up the flight?")]
    if c.chance(0.6):
        body.append(f"{'Her' if p.sex == 'F' else 'His'} cell is {c.phone(p)}.")
    if p.ohn and c.chance(0.7):
        body.append(f"OHIP {c.ohn(p)}")
    elif c.chance(0.4):
        body.append(f"MRN {c.mrn(p)}")
    body += ["Thx", c.sig(md, full=c.chance(0.3))]
    return Doc("lab_callback", "en", c.pick(["Result to pass on", "URGENT lab", "pls call pt", "Abnormal lab - callback"]),
               c.addr(md), [c.addr(nav)], body, importance=c.chance(0.4), note="abnormal lab result callback request")


def pharmacy_rx(c):
    p = c.patient(c.pick(["nam", "on", "plain"]))
    case = c.case(p=p)
    md = K.md_for(c, case)
    h = K.home(c)
    ph = P.PHARMACY
    ident = [f"Patient: {c.nm(p, c.pick(['caps', 'full', 'title']))}", f"DOB: {c.dob(p)}"]
    if p.nam:
        ident += [f"RAMQ: {c.nam(p)}", c.sex(p)]
    if p.ohn:
        ident.append(f"Ontario HN: {c.ohn(p)}")
    rx = c.meds(case)
    body = [c.hello(), c.pick(["Prescription below:", "New Rx please:", "Please fill:"]), "\n".join(ident), K.bullets(c, rx),
            c.pick([f"Deliver to {h[0]} ({h[2]}), room {c.rng.randint(101, 128)}.",
                    "Patient will pick up at 3 pm with the interpreter.",
                    "Blister pack please, and pictogram labels - patient does not read English."]),
            c.sig(md, full=True)]
    return Doc("prescription", "en", c.pick(["Rx", "Prescription", "New prescription"]), c.addr(md),
               [(ph[0], f"rx@{ph[1]}")], body, note="prescription sent to pharmacy")


def family_services(c):
    sw = c.staff("sw")
    nav = c.staff("nav")
    p = c.patient(sex="F", age=c.rng.randint(18, 36))
    case = c.case(["preg", "mh", "dm"], p=p)
    older = c.earlier(18, 50)
    original = [c.hello(sw.given),
                f"{c.nm(p, c.pick(['full', 'title']))} from {p.community[0]} came down yesterday ({c.dx(case)}). "
                + c.pick(["She's worried about her kids back home.", "She says she doesn't want to go back to the house.",
                          "She has no money for meals."]),
                "Could you see her?", nav.given]
    reply = [c.pick(["Saw her this morning with the interpreter.", "Met with her today.", "Thanks for the referral."]),
             cap(c.social(c.pick([1, 3, 0, 2, 4, 6]))) + ".",
             *([f"Income support application went in yesterday (SIN {c.sin(_with_sin(c, p))})."] if c.chance(0.4) else []),
             c.pick(["I've connected with the community worker.", "Follow-up booked Thursday with the interpreter.",
                     "Will update after team rounds."]),
             c.quote(nav, older, "New arrival", original), c.sig(sw)]
    return Doc("social", "en", c.pick(["RE: New arrival", "Re: psychosocial follow-up", f"RE: {p.given} {p.surname}"]),
               c.addr(sw), [c.addr(nav)], reply, note="psychosocial follow-up between social work and navigation")


def _with_sin(c, p):
    from gen_common import gen_sin
    p.sin = p.sin or gen_sin(c.rng)
    return p


def insurer_form(c):
    kind = c.pick(["sin", "sin", "on_sin", "be", "fr"])
    nav = c.staff(c.pick(["nav", "sw"]))
    p = c.patient("on" if kind == "on_sin" else kind)
    case = c.case(p=p)
    if kind == "on_sin":
        from gen_common import gen_sin
        p.sin = gen_sin(c.rng)
    if kind in ("sin", "on_sin"):
        org = c.pick([P.INSURER, P.SOCIAL_OFFICE_EN])
        title = "Attending Physician Statement" if org == P.INSURER else "Medical Report - Employment Supports"
        ids = [("SIN", c.sin(p))] + ([("Health card", c.ohn(p))] if p.ohn else [])
    elif kind == "be":
        org = P.BE_MUT
        title = "Statement of care - member"
        ids = [("Belgian national number", c.niss(p))]
    else:
        org = P.FR_CAISSE
        title = "Claim for care received abroad"
        ids = [("NIR (French social security no.)", c.nir(p))]
    pairs = [("Name", c.nm(p, c.pick(["caps", "full"]))), ("Date of birth", c.dob(p))] + ids + [
        ("Diagnosis", c.dx(case)), ("Off work", f"{c.short_date(c.earlier(24, 300))} to {c.short_date(c.later(20, 60))}")]
    if c.chance(0.45):
        pairs.append(("Address", c.address(p)))
    mode = c.pick(["body", "pdf", "docx", "xlsx"])
    body = [c.hello(), c.pick(["Completed form as requested.", f"Please find the {title.lower()} for our client.",
                               "Here is the information you asked for."])]
    atts = []
    if mode == "body":
        body.append(K.kv(c, pairs))
    else:
        fn = c.pick([K.fname(title.split(" - ")[0].replace(" ", "_"), ext=mode), K.fname(p.surname, "form", ext=mode)])
        if p.surname.lower() in fn.lower():
            c.add("patient_name")
        clean = [(k, v.translate({0xFF10 + i: 48 + i for i in range(10)})) for k, v in pairs]
        if mode == "pdf":
            atts.append(K.pdf(fn, title, [f"{k}: {v}" for k, v in clean], author=nav.name, compress=c.chance(0.5)))
        elif mode == "docx":
            atts.append(K.docx(fn, title, [("table", ["Field", "Value"], clean)], author=nav.name))
        else:
            atts.append(K.xlsx(fn, [("Form", [["Field", "Value"]] + [list(x) for x in clean])], author=nav.name))
    body += [c.bye(), c.sig(nav, full=True)]
    return Doc("insurer_form", "en", c.pick([title, "Completed form", "Your request - client file"]), c.addr(nav),
               [(org[0], f"claims@{org[1]}")], body, atts=atts, note="form sent to an insurer or benefits office")


def invite(c):
    nav = c.staff("nav")
    it = c.staff("interp")
    p = c.patient()
    case = c.case(p=p)
    start = c.later(1, 12)
    summ = c.pick([f"{K.plang(c, p)} interp - {c.nm(p, 'caps')} - {c.proc(case)}", f"{c.nm(p, 'full')}: {c.proc(case)} w/ interpreter"])
    desc = c.opt(lambda: f"Client from {p.community[0]}. {cap(c.dx(case))}. Meet at main entrance.",
                 lambda: f"Chart {c.mrn(p, fw_ok=False)}. Purpose: {c.reason(case)}.")
    att = K.ics(c, c.pick(["invite.ics", "appointment.ics"]), start, c.pick([30, 60, 90]), summ, desc,
                f"{P.HOSP_EN}, {c.spec(case)} clinic", (nav.name, nav.email), [(it.name, it.email)])
    body = [c.hello(it.given), c.pick(["Invite for the interpreting session, details inside.", "Adding you to this one - please accept.",
                                       "See calendar invite."]), nav.given]
    return Doc("calendar", "en", c.pick([f"Invitation: interpreting {start.strftime('%b %d')}", "Calendar invite - interpreter",
                                         "Appt w/ interpreter"]), c.addr(nav), [c.addr(it)], body, atts=[att],
               prefer=c.pick(["plain", "alt"]), note="calendar invitation for an interpreter")


def reply_thread(c):
    mgr = c.staff("mgr")
    it = c.staff("interp")
    p = c.patient(c.pick(["plain", "on", "nam"]))
    case = c.case(p=p)
    nurse = K.clinic_staff(c, p.community)
    when = c.later(1, 6)
    inner = [c.hello(), f"{c.nm(p)} is coming down {c.when(when, False)} for {c.proc(case)} ({c.dx(case, True)}). "
                        f"{c.il(p)} speaks {K.plang(c, p)} only.",
             c.pick(["Can you book an interpreter for the whole day?", "Family asks for a female interpreter please.",
                     "Last time there was confusion about the prep instructions - please go over them carefully."])]
    if p.ohn:
        inner.append(f"HCN {c.ohn(p)}, DOB {c.dob(p)}")
    if p.nam:
        inner.append(f"RAMQ {c.nam(p)}, DOB {c.dob(p)}, {c.sex(p)}")
    inner.append(nurse.name + "\n" + K.community_clinic(c, p.community)[0])
    if c.chance(0.5):
        top = [c.pick([f"{it.given}, can you take this one?", "For next week's schedule.", "FYI - please schedule."]), mgr.given,
               c.fwd(nurse, "IIPNS", c.earlier(3, 30), "Interpreter request", inner)]
        subj, to = "FW: Interpreter request", [c.addr(it)]
    else:
        top = [c.pick(["Got it, we'll take care of it.", "Noted - interpreter confirmed."]), mgr.given,
               c.quote(nurse, c.earlier(3, 30), "Interpreter request", inner)]
        subj, to = "RE: Interpreter request", [(nurse.name, nurse.email)]
    return Doc("thread", "en", subj, c.addr(mgr), to, top, note="forwarded or replied thread with patient request")


def subject_line(c):
    it = c.staff(c.pick(["interp", "nav"]))
    nurse = c.staff("nurse")
    p = c.patient()
    case = c.case(["colo", "cat", "hip", "lung", "ckd", "preg", "tb"], p=p)
    subj = c.pick([f"{c.nm(p, 'title')} - {c.proc(case)} tomorrow", f"RE: {p.surname.upper()}, {p.given} prep",
                   f"{c.nm(p, 'lower')} / {c.proc(case)}"])
    c.add("patient_name")
    body = [c.pick(["Interpreter confirmed for 0730.", "Done - prep was explained last night with the interpreter.", f"I'll meet {'her' if p.sex == 'F' else 'him'} at arrival."]),
            c.opt(lambda: f"{c.il(p)} took {c.meds(case, 1)[0]} as instructed.", lambda: f"Reminder: {c.meds(case, 1)[0]}.",
                  lambda: f"Latest: {c.labs(case, 1)[0]}."),
            c.pick(["Thanks", "Night", "ttyl"]) + "\n" + it.given]
    return Doc("subject_only", "en", subj, c.addr(it), [c.addr(nurse)], body, note="patient name only in the subject line")


def packet(c):
    nurse = c.staff("nurse")
    p = c.patient(c.pick(["on", "nam", "plain"]))
    case = c.case(p=p)
    lines = [f"Name: {c.nm(p, 'caps')}", f"DOB: {c.dob(p, 'iso')}", f"MRN: {c.mrn(p, fw_ok=False)}"]
    if p.ohn:
        lines.append(f"Health card: {c.ohn(p, fw_ok=False)}")
    if p.nam:
        lines.append(f"RAMQ: {c.nam(p, fw_ok=False)}  {c.sex(p)}")
    lines += [("h", "Reason for transfer"), c.dx(case), ("h", "Current treatment")] + ["- " + m for m in c.meds(case)]
    ref = K.pdf("transfer_request.pdf", "Inter-facility Transfer Request", lines, author=nurse.name, compress=c.chance(0.6))
    labs = c.labs(case)
    labcsv = K.csv("labs.csv", [["Date", "Test", "Result"]] + [[c.date.strftime("%Y-%m-%d"), x.split(" ")[0], x] for x in labs], sep=",")
    body = [c.hello(), c.pick(["Transfer packet attached.", "Documents for tomorrow's transfer attached.", "Here's what you asked for."]), c.sig(nurse)]
    if c.chance(0.55):
        fn = c.pick(["transfer_packet.zip", K.fname("transfer", p.surname, ext="zip")])
        if p.surname.lower() in fn.lower():
            c.add("patient_name")
        atts = [K.zipped(fn, [ref, labcsv])]
    else:
        inner = Doc("thread", "en", "Transfer request", c.addr(nurse), [("Transfer Office", f"transfers@{P.DOM}")],
                    [c.hello(), "Transfer request attached.", c.sig(nurse, full=False)], atts=[ref, labcsv])
        atts = [K.eml(c, inner)]
        body[1] = "Forwarding the original e-mail with the documents as an attachment."
    return Doc("transfer", "en", c.pick(["Transfer documents", "Transfer packet", "FW: Transfer request"]), c.addr(nurse),
               [c.pick([(P.ON_HOSP[0], f"transfers@{P.ON_HOSP[1]}"), ("Transfer Office", f"transfers@{P.DOM}")])],
               body, atts=atts, note="transfer documents as attachment")


def ward_needs(c):
    sender = c.staff(c.pick(["nurse", "clerk"]))
    n = c.rng.randint(2, 4)
    rows = []
    for i in range(n):
        p = c.patient()
        case = c.case(p=p)
        rows.append([f"{c.rng.randint(301, 348)}", c.mrn(p), c.dx(case, True), K.plang(c, p),
                     c.pick(["0800", "1000", "1330", "family mtg 1500"])])
    c.names.clear()
    body = [c.hello(), c.pick(["Interpreter needs for tomorrow:", "Please add to the list for 4 West:", "Requests from the unit:"]),
            Table(["Bed", "MRN", "Issue", "Language", "Time"], rows), c.bye() + "\n" + sender.given]
    return Doc("mrn_only", "en", c.pick(["Interpreter needs - 4 West", "Interp requests", "Tomorrow's interpreter list"]),
               c.addr(sender), [_desk(c)], body, prefer=c.pick(["html", "alt", "plain"]), note="unit requests identified by chart number only")


TEMPLATES = [booking, station_referral, medical_travel, signout, discharge_doc, session_note, lab_callback, pharmacy_rx,
             family_services, insurer_form, invite, reply_thread, subject_line, packet, ward_needs]
