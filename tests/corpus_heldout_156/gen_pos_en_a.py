"""Positive messages, English, part A: INR follow-up, DOAC renal dosing, bridging, pharmacist consults,
rosters, community prescriptions, forwarded threads, Exceptional Access Program requests."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
from gen_build import Att, Mail, as_forward, as_reply, reply_id


def ident_holder_en(c, p, compact=False):
    st = "paren" if compact else c.ch(["line", "fields", "paren"])
    if st == "line":
        return [f"{c.name(p, c.ch(['full', 'upper_first', 'sur_first']))} | RAMQ {c.nam(p)} | DOB {c.dob(p)} | "
                f"Sex {c.sex(p)}"]
    if st == "fields":
        return [f"Name: {c.name(p, c.ch(['upper_first', 'sur_first']))}", f"RAMQ: {c.nam(p)}",
                f"DOB: {c.dob(p)}", f"Sex: {c.sex(p)}"]
    return [f"{c.name(p, c.ch(['full', 'upper_first', 'lower']))} ({c.sex(p)}, DOB {c.dob(p)}, HIN {c.nam(p)})"]


def ident_on(c, p):
    """Ontario patient: name + OHIP (+ DOB)."""
    st = c.ch(["line", "fields"])
    if st == "line":
        return [f"{c.name(p, c.ch(['full', 'upper_first', 'title']))}, HCN {c.ohip(p)}, DOB {c.dob(p)}"]
    return [f"Patient: {c.name(p, c.ch(['upper_first', 'sur_first']))}", f"Health card: {c.ohip(p)}",
            f"DOB: {c.dob(p)}"]


def who_pat(c, min_age=35, max_age=92):
    """Return (person, site, ident lines) for an English-side patient."""
    r = c.rng.random()
    if r < 0.3:
        p = c.holder(min_age=min_age, max_age=max_age)
        return p, "qc", ident_holder_en(c, p)
    p = c.patient("en", min_age, max_age)
    if r < 0.65:
        return p, "on", ident_on(c, p)
    return p, "hrdr", [f"{c.name(p)} (MRN {c.mrn(p)})"]


# --------------------------------------------------------------------------- 1. INR follow-up
def inr_followup(c):
    ind = c.ch(C.INDICATIONS)
    kind = c.ch(["high", "low", "crit", "high"])
    val = C.inr(c.rng, kind, ind)
    reg = C.regimen(c.rng)
    new = C.adjust(c.rng, reg, "down" if kind != "low" else "up")
    p, site, ident = who_pat(c)
    sender = c.ch(["sn_rn", "inf3", "sn_ph"])
    dest = c.ch(["md4", "sn_md", "md1", "ph1"])
    pr = "She" if p.sex == "F" else "He"
    reason = c.opt([
        (f"{pr} was started on {c.ch(C.INTERACTING)[1]} by the walk-in clinic last week.", "medication"),
        (f"{pr} has had poor oral intake since a flu-like illness.", "diagnosis"),
        (f"{pr} admits to skipping doses while travelling." if kind == "low" else f"No missed or extra doses per {pr.lower()}.",),
        (f"Reports nosebleeds x2 this week, no other bleeding. Hb {c.ri(98, 140)}.", "lab_result", "diagnosis"),
    ])
    body = [("p", f"Hi {c.who(dest).greet('en')},"),
            ("lines", ident),
            ("p", f"INR today {c.lab(C.num(val, 'en'))} (target {ind['lo']}-{ind['hi']}, {c.dx(ind['ea'])}). "
                  f"Current dose: {c.med('warfarin')} {reg.text('en')} = {C.mg(reg.weekly, 'en')} mg/wk."),
            ("p", reason)]
    if kind == "crit":
        body.append(("p", f"Given {c.med('vitamin K 2 mg PO')} in clinic. Holding tonight's and tomorrow's dose."))
    body.append(("p", f"Plan: {new.text('en')} ({C.mg(new.weekly, 'en')} mg/wk), repeat INR "
                      f"{c.ds(c.day(c.ch([3, 5, 7])), 'long')}. Please advise if you'd prefer otherwise."))
    if c.p(0.4):
        rows = []
        for i in range(4, 0, -1):
            dd = c.date - datetime.timedelta(days=7 * i + c.ri(0, 3))
            rows.append([dd.strftime("%d-%b-%Y"), C.num(round(c.rng.uniform(ind["lo"] - .4, ind["hi"] + .4), 1), "en"),
                         C.mg(reg.weekly, "en")])
        body.append(("table", ["Date", "INR", "mg/wk"], rows))
    body += c.sig(sender)
    short = G.name_as(p, "sur_init", "en")
    subj = c.opt([(f"INR {C.num(val, 'en')} - {short}", "patient_name"), ("INR out of range - dose change",),
                  (f"Warfarin adjustment: {short}", "patient_name"), ("Today's INR",)])
    if kind == "crit":
        subj = "CRITICAL: " + subj
    mail = Mail("inr_followup", "out-of-range INR and warfarin dose change", subj, c.a(sender, "en"),
                [c.a(dest, "en")], body, importance="High" if kind == "crit" else None)
    if c.p(0.35):
        return as_reply(c, mail, c.ch(["Agree with the plan, thanks.", "OK. Please also check a CBC.",
                                       "Fine by me - keep me posted on the next INR."]))
    return mail


# --------------------------------------------------------------------------- 2. DOAC renal dosing
def doac_renal(c):
    d = c.ch(C.DOACS)
    ind = c.ch([i for i in C.INDICATIONS if i["doac"]])
    p, site, ident = who_pat(c, 65, 95)
    age = p.age(c.date)
    lab = C.lab_panel(c.rng, age, p.sex)
    sender, dest = c.ch(["ph3", "sn_ph", "ph4"]), c.ch(["md2", "md3", "sn_md"])
    body = [("p", f"Hello {c.who(dest).greet('en')},"),
            ("lines", ident),
            ("p", f"On {c.med(d['gen_en'] + ' (' + d['brand'] + ') ' + d['full'].replace('DIE', 'daily'))} for "
                  f"{c.dx(ind['en'])}."),
            ("p", c.lab(f"SCr {lab['creat']} umol/L, wt {lab['weight']} kg, age {age} -> CrCl (C-G) ~{lab['crcl']} mL/min. "
                        f"Hgb {lab['hb']}, plt {lab['plt']}.")),
            ("p", c.ch([f"Recommend reducing to {d['red_en']} per product monograph. Recheck SCr in 1 week.",
                        f"Meets dose-reduction criteria; suggest {d['red_en']}. I can enter the order if you agree.",
                        "CrCl below the labelled threshold - consider switching to apixaban 2.5 mg BID or warfarin."]))]
    atts = []
    if c.p(0.35):
        rows = [["Creatinine", str(lab["creat"]), "umol/L", "49-90"], ["eGFR", str(max(14, lab["crcl"] - 3)), "mL/min/1.73m2", ">60"],
                ["Hemoglobin", str(lab["hb"]), "g/L", "120-160"], ["Platelets", str(lab["plt"]), "x10^9/L", "150-400"]]
        pdf = A.make_pdf("Cumulative Laboratory Report", [f"Patient: {p.surname.upper()}, {p.given}",
                                                           f"Collected: {c.date.isoformat()} 06:{c.ri(10, 50)}"],
                         author="Laboratory", table=(["Test", "Result", "Units", "Ref."], rows))
        c.t("patient_name", "lab_result")
        atts.append(Att("pdf", c.ch([f"labs_{p.surname}.pdf", "Cumulative report.pdf", f"{p.surname.upper()}_{p.given}_labs.pdf"]), pdf))
    body += c.sig(sender)
    mail = Mail("doac_renal", "DOAC dose review for renal function", c.ch([
        f"{d['brand']} dose - renal function", "DOAC dose review", "Dose adjustment recommendation"]),
        c.a(sender, "en"), [c.a(dest, "en")], body, atts=atts)
    if c.p(0.3):
        return as_forward(c, mail, "ph1", "Forwarding for the anticoag clinic file - can you follow up the SCr?",
                          to=[c.a("inf3", "en")])
    return mail


# --------------------------------------------------------------------------- 3. bridging plan
def bridging_plan(c):
    proc = c.ch([x for x in C.PROCEDURES if x[3] != "low"])
    lm = c.ch(C.LMWH)
    ind = c.ch(C.INDICATIONS)
    p, site, ident = who_pat(c, 45, 88)
    weight = c.ri(55, 110)
    dose = round(lm["per_kg"] * weight) if lm["unit"] == "mg" else int(round(lm["per_kg"] * weight / 500.0) * 500)
    unit = "mg" if lm["unit"] == "mg" else "IU"
    surg = c.day(c.ri(9, 25))
    plan = [(-6, "Last warfarin dose"), (-3, f"Start {lm['short']} {dose} {unit} SC {lm['freq_en']}"),
            (-1, f"INR in AM; last {lm['short']} dose at least 24 h pre-op"),
            (0, f"{proc[1]}; resume warfarin evening if hemostasis OK"),
            (2, f"Resume {lm['short']} 48-72 h post-op"), (5, "INR; stop LMWH once INR >= 2 on two days")]
    rows = [[f"Day {d:+d}".replace("+0", "0"), (surg + datetime.timedelta(days=d)).strftime("%a %b %d"), t] for d, t in plan]
    sender = c.ch(["ph5", "sn_ph"])
    dest = c.ch(["sn_md", "md5", "md4"])
    body = [("p", "Hi all,"),
            ("p", "Periprocedural anticoagulation plan below:"),
            ("lines", ident + [f"Procedure: {c.dx(proc[1])} on {c.ds(surg, 'long')}",
                               f"Indication: {c.dx(ind['en'])}; weight {weight} kg",
                               f"Agents: {c.med('warfarin')}, {c.med(lm['en'])}"]),
            ("table", ["Day", "Date", "Action"], rows)]
    if c.p(0.35):
        body.append(("p", f"Home care to do injections - patient address {c.addr(p, 'on' if site == 'on' else 'qc')}, "
                          f"home phone {c.phone(p, 'on' if site == 'on' else 'qc')}."))
    body += c.sig(sender)
    atts = []
    if c.p(0.65):
        start = datetime.datetime.combine(surg, datetime.time(c.ch([7, 9, 12]), 30))
        ics = A.make_ics(f"{c.hexs(20)}@{c.who(sender).dom}", start, start + datetime.timedelta(hours=2),
                         f"OR booking: {p.given} {p.surname} - {proc[1]}",
                         description="Bridging per pharmacy plan. INR day -1 required.",
                         location="Main OR, 2nd floor", organizer=(c.who(sender).name, c.who(sender).addr),
                         stamp=c.dt.replace(tzinfo=None))
        atts.append(Att("ics", c.ch(["invite.ics", "OR booking.ics", f"{p.surname}_procedure.ics"]), ics))
    return Mail("bridging_plan", "periprocedural bridging plan with calendar", c.ch([
        "Bridging plan", f"Periprocedural plan - {proc[1]}", f"LMWH bridge {c.ds(surg, 'short')}"]),
        c.a(sender, "en"), [c.a(dest, "en")], body, cc=[c.a("sn_rn", "en")] if c.p(0.4) else [], atts=atts)


# --------------------------------------------------------------------------- 4. pharmacist consult (DOCX)
def pharmacist_consult(c):
    p, site, ident = who_pat(c, 50, 90)
    inter = c.ch(C.INTERACTING)
    ind = c.ch(C.INDICATIONS)
    reg = C.regimen(c.rng)
    new = C.adjust(c.rng, reg, "down" if inter[2] == "up" else "up")
    val = C.num(C.inr(c.rng, "ok", ind), "en")
    paras = ["## Patient"] + [l for l in ident] + [
        "## Reason for consult", f"{inter[1]} added to warfarin therapy ({ind['en']}). INR today {val}.",
        "## Assessment",
        f"Expected {'increase' if inter[2] == 'up' else 'decrease'} in INR within 3-7 days due to CYP2C9/3A4 interaction.",
        "## Recommendations",
        f"1. Change warfarin to {new.text('en')} ({C.mg(new.weekly, 'en')} mg/wk).",
        "2. INR twice weekly for 2 weeks, then weekly.",
        "3. Counsel on bleeding signs; avoid NSAIDs."]
    c.t("medication", "diagnosis", "lab_result")
    sender = c.ch(["ph3", "ph4", "sn_ph"])
    doc = A.make_docx("Pharmacy Consultation Note", paras, c.dt.replace(tzinfo=None), author=c.who(sender).name,
                      footer=f"{c.who(sender).name}, {c.who(sender).role_en}")
    fname = c.ch(["Pharmacy consult.docx", f"Consult_{p.surname}.docx", f"PharmConsult_{c.date.isoformat()}.docx"])
    body = [("p", c.ch(["Consult completed, note attached.", "Please find my consult note attached.",
                        "Done - see attached. Happy to discuss."]))] + c.sig(sender, full=False)
    md = c.ch(["md2", "md3", "sn_md"])
    return Mail("pharmacist_consult", "pharmacist interaction consult note attached as DOCX", c.ch([
        "RE: Pharmacy consult request", "Consult note - warfarin interaction", "Pharmacy consult"]),
        c.a(sender, "en"), [c.a(md, "en")], body, atts=[Att("docx", fname, doc)],
        reply_to_id=reply_id(c, "deuxrives.example") if c.p(0.5) else None)


# --------------------------------------------------------------------------- 5. clinic roster
def clinic_roster(c):
    n = c.ri(6, 11)
    rows = []
    for i in range(n):
        p = c.patient("en", 40, 95)
        ind = c.ch(C.INDICATIONS)
        agent = c.ch(["warfarin", "warfarin", "apixaban", "rivaroxaban", "enox bridge"])
        inr_s = C.num(C.inr(c.rng, c.ch(["ok", "high", "low"]), ind), "en") if agent.startswith(("warf", "enox")) else "-"
        rows.append([f"{c.ri(2, 6)}{c.ri(10, 40)}", G.name_as(p, c.ch(["upper_first", "sur_first", "full"]), "en"),
                     ind["ea"], agent, inr_s, c.ch(["dose ok", "hold tonight", "bridge until INR>2", "d/c home tmrw",
                                                    "check CBC", "pharm to see"])])
    c.t("patient_name", "diagnosis", "medication", "lab_result")
    header = ["Rm", "Patient", "Problem", "Anticoag", "INR", "To do"]
    sender = c.ch(["ph4", "ph3"])
    atts = []
    body = [("p", c.ch(["Sign-out for tonight - anticoagulation patients on the ward:",
                        "Weekend handover list (anticoag):", "Anticoag census for 5 North, as of 16:00:"]))]
    if c.p(0.5):
        body.append(("table", header, rows))
        mode = c.ch(["html", "alt", "plain"])
    else:
        atts.append(Att("xlsx", c.ch(["anticoag_census.xlsx", "handover.xlsx", f"signout_{c.date.isoformat()}.xlsx"]),
                        A.make_xlsx([("Census", header, rows)], c.dt.replace(tzinfo=None), author=c.who(sender).name)))
        body.append(("p", "List attached."))
        mode = None
    body += c.sig(sender, full=False)
    return Mail("clinic_roster", "ward sign-out list of anticoagulated patients", c.ch([
        "Anticoag sign-out", "Weekend handover - anticoagulation", "Census 5N anticoag"]),
        c.a(sender, "en"), [c.a("ph3", "en") if sender != "ph3" else c.a("ph4", "en")], body, atts=atts, mode=mode)


# --------------------------------------------------------------------------- 6. prescription to a community pharmacy
def rx_community(c):
    name, dom, contact, tel, _ = c.ch([x for x in G.COMMUNITY_PHARMS if x[4] == "en"])
    p = c.patient("en", 30, 90)
    md = c.ch(["sn_md", "md1"])
    d = c.ch(C.DOACS)
    if c.p(0.5):
        rx = [f"{d['gen_en'].capitalize()} ({d['brand']}) {d['full'].replace('DIE', 'daily')} x 90 days, refills x3"]
    else:
        reg = C.regimen(c.rng)
        rx = ["Warfarin 1 mg tabs #100, 5 mg tabs #100", f"Sig: {reg.text('en')}; adjust per INR clinic", "Refills x6"]
    c.t("medication")
    lines = [f"Patient: {c.name(p, c.ch(['upper_first', 'full']))}", f"DOB: {c.dob(p)}", f"OHIP: {c.ohip(p)}"]
    if c.p(0.7):
        lines += [f"Address: {c.addr(p, 'on')}", f"Phone: {c.phone(p, 'on')}"]
    lines.append(f"Dx: {c.dx(c.ch(C.INDICATIONS)['en'])}")
    body = [("p", f"Hi {contact.split()[0]},"),
            ("p", c.ch(["Prescription below for our mutual patient, discharged today.",
                        "New Rx following today's clinic visit. Original to follow by fax.",
                        "Please fill for pick-up this afternoon."])),
            ("lines", lines), ("lines", ["Rx:"] + rx)] + c.sig(md)
    atts = []
    if c.p(0.35):
        atts.append(Att("pdf", c.ch(["Rx.pdf", f"Rx_{p.surname}.pdf"]), A.make_pdf("Prescription", lines + [""] + rx,
                                                                                    author=c.who(md).name)))
    return Mail("rx_community", "prescription to a community pharmacy with health card number",
                c.ch(["Prescription", f"Rx for {p.given} {p.surname}", "New anticoagulant Rx"]),
                c.a(md, "en"), [(name, f"rx@{dom}")], body, atts=atts)


# --------------------------------------------------------------------------- 7. forwarded thread
def fwd_thread(c):
    p, site, ident = who_pat(c, 40, 90)
    ind = c.ch(C.INDICATIONS)
    orig = c.a(c.ch(["sn_rn", "clsc", "md4"]), "en")
    me = c.ch(["ph1", "ph2", "sn_ph"])
    dest = c.ch(["md1", "ph5"])
    val = C.num(C.inr(c.rng, c.ch(["high", "low", "crit"]), ind), "en")
    odt = c.earlier(3, 60)
    inner = [("p", "Hello,"), ("lines", ident),
             ("p", c.opt([
                 (f"INR {val} this morning. Recently admitted to {c.ch(['Cornwall', 'Hawkesbury'])} for pneumonia and "
                  "discharged on moxifloxacin. Please review the warfarin dose.", "lab_result", "diagnosis", "medication"),
                 (f"Family reports a fall at home yesterday; bruising on hip. INR {val}. On warfarin for {ind['ea']}. "
                  "Should we send to ED for a CT head?", "lab_result", "diagnosis", "medication"),
             ]))]
    sep, hs = c.fwd_head(orig, c.a(me, "en"), odt, "INR question")
    body = [("p", c.ch(["FYI - see below. Can you take this one?", "Forwarding, please advise.",
                        "See thread below; I'm off tomorrow."]))] + c.sig(me, full=False, disclaimer=False) + [
        ("fwd", sep, hs, inner)]
    return Mail("fwd_thread", "inline forward of a clinical question", c.ch(["Fwd: INR question", "FW: INR question"]),
                c.a(me, "en"), [c.a(dest, "en")], body)


# --------------------------------------------------------------------------- 8. Exceptional Access Program
def eap_request(c):
    p = c.patient("en", 30, 85)
    md = "sn_md"
    weight = c.ri(48, 110)
    lines = ["## Patient", f"Surname: {p.surname.upper()}   Given: {p.given}", f"Health number: {c.ohip(p, 'plain')}",
             f"Date of birth: {c.dob(p, 'iso')}   Sex: {p.sex}",
             "## Drug requested", "Dalteparin (Fragmin) 200 IU/kg SC daily x 1 month then 150 IU/kg x 5 months",
             "## Clinical information",
             f"Cancer-associated thrombosis: {c.ch(['proximal DVT', 'segmental PE', 'upper-extremity DVT with PICC'])}",
             f"Active malignancy: {c.ch(['metastatic breast cancer', 'pancreatic adenocarcinoma', 'gastric cancer on chemo'])}",
             f"Weight {weight} kg; platelets {c.ri(55, 200)}; CrCl {c.ri(25, 90)} mL/min.",
             "DOAC not appropriate: GI malignancy / drug interactions with chemotherapy.",
             "## Prescriber", f"Dr. {c.who(md).name}, {c.who(md).role_en}, CPSO #{c.ri(10000, 99999)}"]
    c.t("medication", "diagnosis", "lab_result", "patient_name")
    pdf = A.make_pdf("Exceptional Access Program - Request for Funding", lines, author="SNCH Pharmacy")
    sender = c.ch(["sn_ph", "sn_rn"])
    body = [("p", c.ch([f"Dr. {c.who(md).surname},", "Hi,"])),
            ("p", c.ch(["EAP request pre-filled for your signature; please return by Friday so we can fax it.",
                        "Attached is the EAP form for long-term dalteparin. The ministry asked for the weight and platelet count."]))]
    if c.p(0.5):
        body.append(("p", f"This is for {c.name(p, c.ch(['full', 'title']))}."))
    body += c.sig(sender)
    return Mail("eap_request", "exceptional access funding form with health number", c.ch([
        "EAP form - signature needed", "Fragmin EAP request", "Funding request to sign"]),
        c.a(sender, "en"), [c.a(md, "en")], body,
        atts=[Att("pdf", c.ch(["EAP_request.pdf", f"EAP_{p.surname}.pdf", "EAP form.pdf"]), pdf)])


TEMPLATES = [
    ("inr_followup", inr_followup, 5),
    ("doac_renal", doac_renal, 4),
    ("bridging_plan", bridging_plan, 4),
    ("pharmacist_consult", pharmacist_consult, 4),
    ("clinic_roster", clinic_roster, 4),
    ("rx_community", rx_community, 4),
    ("fwd_thread", fwd_thread, 4),
    ("eap_request", eap_request, 3),
]
