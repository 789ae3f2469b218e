"""Positive messages, English: involuntary admissions, Review Board, court orders, police, legal aid."""
import datetime

from gen_common import d_en, day_en, name, AGITATION_EN, DOM
from gen_docs import pdf_bytes, docx_bytes
from gen_tpl import (F, staff, ext_person, disp, sig, quote, outlook_quote, fwd, spec, plus, at, age,
                     holder_person, reply_headers, earlier, fname_part)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _pat(c, env, kind="adult", p_holder=0.5):
    if c.chance(p_holder):
        return holder_person(env.holder(kind), "en", c), True
    return c.patient("en"), False


def _q(c, lang, who, to, when, subject, blocks):
    if c.chance(0.6):
        return quote(c, lang, who, when, blocks)
    return outlook_quote(c, lang, who, to, when, subject, blocks)


def _he(p):
    return "she" if p.sex == "F" else "he"


def _his(p):
    return "her" if p.sex == "F" else "his"


def form1_transfer(c, env):
    f = F(c, "en")
    p = c.patient("en")
    lk = ext_person(c, "en", "lakeshore", "Charge Nurse, Acute Psychiatry")
    lk.org = "Lakeshore Mental Health Centre"
    bed = staff(c, "en", "coord", unit="Patient Flow")
    exp = at(env, 2, c.randint(0, 23), c.randint(0, 59))
    body = ["Hello,",
            "As discussed with your on-call psychiatrist, we are requesting transfer of the following patient to your PICU "
            "(out-of-province resident, family in Valbrume):",
            ("table", ["Field", "Value"], [["Name", f.nm(p, "last_first")], ["DOB", f.dob(p, "iso")],
                                           ["OHIP", f.ohn()], ["MRN (Lakeshore)", f.mrn(p)],
                                           ["Status", "Form 1 (MHA s.15) signed %s, expires %s" % (d_en(env.date.date(), "short"), exp.strftime("%Y-%m-%d %H:%M"))],
                                           ["Working dx", f.dx()],
                                           ["Last PRN", "%s at %s" % (c.pick(AGITATION_EN), (env.date - datetime.timedelta(hours=3)).strftime("%H:%M"))]]),
            "Police escort can be arranged from our side. Please confirm bed availability and a receiving physician.",
            sig(lk, c, "en")]
    f.add("medication")
    f.social()  # Form 1 involuntary status
    if c.chance(0.5):
        body.insert(3, "Note: %s was arrested after threatening a landlord; no charges laid yet." % _he(p).capitalize())
    subj = c.pick(["Transfer request – Form 1 patient", "PICU transfer request (Form 1)", "Transfer: %s" % name(p, "last_first_plain")])
    return spec(c, "en", "form1_transfer", "interprovincial transfer request under Form 1", (disp(lk, c, "en"), lk.email),
                [(disp(bed, c, "en"), bed.email)], subj, body, env.date, f=f)


def orb_report(c, env):
    f = F(c, "en")
    p, h = _pat(c, env, p_holder=0.4)
    psy = staff(c, "en", "psy", unit="Lavigne forensic unit")
    orb = ext_person(c, "en", "orb", "Case Coordinator")
    hearing = plus(env, c.randint(10, 40))
    f.social()
    f.lab()
    paras = ["# Identifying information",
             (f.ident(p, sep="; ") if h else "%s, DOB %s, Health card %s" % (f.nm(p, "full"), f.dob(p, "long"), f.ohn(style="space"))),
             "Index offence: assault with a weapon (%d). Found NCR by the Superior Court; detained, hospital order with privileges." % c.randint(2015, 2023),
             "# Clinical course",
             "Diagnosis: %s. Maintained on %s with good adherence." % (f.dx(), f.med(kind=c.pick(["oral", "lai"]))),
             "Urine drug screens: %s." % c.pick(["6 of 6 negative", "one positive for cannabis in June", "negative since March"]),
             "# Risk and recommendation",
             c.pick(["We recommend a conditional discharge to supervised housing (Harbour House) with weekly clinic attendance.",
                     "We recommend continued detention with community living privileges up to 7 nights.",
                     "We support continued detention; insight remains limited and there were two incidents of aggression toward co-patients."])]
    fn = c.pick(["ORB_hospital_report_%s.docx" % fname_part(p.surname), "Hospital Report – %s %s.docx" % (p.given, p.surname)])
    att = [{"name": fn, "ctype": DOCX, "data": docx_bytes("Hospital Report to the Review Board", paras, author="Forensic Program")}]
    body = ["Dear %s," % orb.given, "Please find attached the hospital report for the annual disposition hearing scheduled %s." % d_en(hearing, "long"),
            "The treating team will attend in person.", sig(psy, c, "en")]
    subj = c.pick(["Hospital report – annual hearing %s" % d_en(hearing, "iso"), "Review Board – hospital report", "Annual hearing: report attached"])
    return spec(c, "en", "orb_report", "hospital report for the review board", (disp(psy, c, "en"), psy.email),
                [(disp(orb, c, "en"), orb.email)], subj, body, env.date, attachments=att, f=f)


def fitness_order(c, env):
    f = F(c, "en")
    p, h = _pat(c, env, p_holder=0.35)
    clerk = ext_person(c, "en", "court_on", "Court Clerk")
    leg = "forensic.intake@" + DOM
    ret = plus(env, c.randint(5, 30))
    f.social()
    charges = c.pick(["assault (s.266) and uttering threats (s.264.1)", "criminal harassment (s.264)",
                      "mischief under $5000 (s.430) and failure to comply (s.145)", "assault peace officer (s.270)"])
    body = ["Good afternoon,",
            "Attached is an assessment order made today by Justice %s under s.672.11(a) of the Criminal Code (fitness to stand trial)." % c.staff("en").surname,
            "Accused: %s, DOB %s, currently held at the Eastlake Detention Centre." % (f.nm(p, c.pick(["upper", "full", "last_first"])), f.dob(p)),
            "Charges: %s." % charges,
            "Duty counsel reports %s and a history of %s." % (f.sx(), f.dx()),
            "The report is due back to court on %s (courtroom 204, 10:00)." % d_en(ret, "long"),
            ("sig", ["%s %s" % (clerk.given, clerk.surname), "Court Clerk, Criminal Office", "Eastlake Courthouse", "T 613-555-01%02d" % c.randint(0, 99)])]
    lines = ["# Assessment Order (s.672.11(a) CC)", "R. v. %s" % name(p, "upper"), "Date of birth: %s" % d_en(p.dob, "iso"),
             "The accused shall be assessed as an inpatient for a period not exceeding 5 days.", "Charges: %s" % charges]
    f.checks.append(("text", d_en(p.dob, "iso")))
    if h:
        lines.append("Quebec health insurance: %s (sex %s)" % (f.nam(p), p.sex))
    att = [{"name": "Assessment_Order_%s.pdf" % fname_part(p.surname), "ctype": "application/pdf", "data": pdf_bytes("Assessment Order", lines)}]
    subj = c.pick(["Assessment order – fitness – R. v. %s" % name(p, "upper"), "672.11 order – please confirm bed", "Fitness assessment order"])
    return spec(c, "en", "fitness_order", "court-ordered fitness assessment", (disp(clerk, c, "en"), clerk.email),
                [("Forensic Intake", leg)], subj, body, env.date, attachments=att, f=f)


def legal_aid(c, env):
    f = F(c, "en")
    p = c.patient("en")
    law = ext_person(c, "en", "lao", "Staff Lawyer")
    arch = staff(c, "en", "archiv", unit="Health Records")
    hear = plus(env, c.randint(3, 12))
    f.social()
    orig = ["Hello,",
            "I represent %s on the application to the review board / capacity hearing scheduled %s." % (f.nm(p, c.pick(["full", "title_full"])), d_en(hear, "long")),
            "Attached is %s signed consent. Could you send the admission note, the Form 3 and the medication administration record?" % _his(p),
            sig(law, c, "en")]
    consent = ["# Consent to Disclose Personal Health Information", "I, %s, born %s, authorize Valbrume Regional Hospital Centre to disclose"
               " my records from the current admission to my lawyer." % (name(p, "full"), f.dob(p, "long")),
               "Signed: %s   Date: %s" % (name(p, "full"), d_en(plus(env, -2), "iso"))]
    notes = ["# Admission note (extract)", "%s, MRN %s" % (name(p, "last_first"), f.mrn(p, "plain")),
             "Brought in by police after %s. Impression: %s." % (f.sx(), f.dx()),
             "Started on %s; refused on days 2-3." % f.med(kind="oral")]
    att = [{"name": "consent_signed.pdf", "ctype": "application/pdf", "data": pdf_bytes("Consent", consent)},
           {"name": "admission_note_%s.pdf" % p.mrn, "ctype": "application/pdf", "data": pdf_bytes("Admission note", notes, compress=False)}]
    body = ["Dear %s," % law.given, "Please find the requested records attached. The Form 3 will follow once signed by the attending.",
            sig(arch, c, "en"), _q(c, "en", law, "%s %s" % (arch.given, arch.surname), earlier(env.date, c, (5, 40)), "Records request", orig)]
    return spec(c, "en", "legal_aid", "records sent to legal aid lawyer", (disp(arch, c, "en"), arch.email),
                [(disp(law, c, "en"), law.email)], "RE: Records request – " + c.pick(["client consent attached", name(p, "last_first_plain")]),
                body, env.date, attachments=att, f=f, extra_headers=reply_headers(c))


def police_liaison(c, env):
    f = F(c, "en")
    p, h = _pat(c, env, p_holder=0.4)
    pol = ext_person(c, "en", "opp", "Mental Health Liaison Officer")
    sw = staff(c, "en", "ts")
    f.social()
    orig = ["Hi,", "Following up on yesterday's apprehension at %s: %s (DOB %s) was brought to your ER under s.17. "
            "A kitchen knife was seized; %s partner is considering charges." % (f.contact(p, "addr"), f.nm(p, c.pick(["full", "upper", "last_first"])), f.dob(p), _his(p)),
            "Could we get a heads-up before discharge per our protocol? Occurrence #%s." % ("EP25-%06d" % c.randint(1000, 999999)), sig(pol, c, "en")]
    rep = ["Hi Cst. %s," % pol.surname, "%s was admitted involuntarily. Working diagnosis is %s; discharge is not anticipated for at least two weeks." %
           (_he(p).capitalize(), f.dx()), "We will notify you 48 hours ahead, as per the protocol."]
    if h:
        rep.append("For your file: " + f.ident(p, sep=", "))
    rep.append(sig(sw, c, "en"))
    body = rep + [_q(c, "en", pol, "%s %s" % (sw.given, sw.surname), earlier(env.date, c, (2, 30)), "Discharge notification request", orig)]
    return spec(c, "en", "police_liaison", "exchange with police mental health liaison", (disp(sw, c, "en"), sw.email),
                [(disp(pol, c, "en"), pol.email)], c.pick(["RE: Discharge notification request", "RE: s.17 apprehension follow-up"]),
                body, env.date, f=f, extra_headers=reply_headers(c))


def court_transport(c, env):
    f = F(c, "en")
    p = c.patient("en")
    clerk = staff(c, "en", "agad", unit="Lavigne forensic unit")
    d = plus(env, c.randint(1, 9))
    f.social()
    body = ["Hello,", "Please book secure transport for a court appearance:",
            "Patient: %s\nDOB: %s\nMRN: %s\nPick-up: Lavigne forensic unit, room L-%d, %s 08:15\nDestination: Eastlake Courthouse, courtroom %d\n"
            "Status: %s\nEscort: 2 officers (elopement risk)" % (f.nm(p, "last_first"), f.dob(p, "iso"), f.mrn(p), c.randint(101, 130), day_en(d),
                                                                  c.randint(101, 309), c.pick(["NCR – detention order", "held on a 672.11 assessment order", "remanded in custody"]))]
    if c.chance(0.5):
        f.add("medication")
        body.append("FYI %s received %s last night for agitation and may be drowsy." % (_he(p), c.pick(AGITATION_EN)))
    body.append(sig(clerk, c, "en"))
    return spec(c, "en", "court_transport", "secure transport request to court", (disp(clerk, c, "en"), clerk.email),
                [("Transport Dispatch", "dispatch@transport-rivenord.example")], c.pick(["Transport request – court %s" % d_en(d, "iso"), "Secure transport booking"]),
                body, env.date, f=f)


def pass_request(c, env):
    f = F(c, "en")
    p, h = _pat(c, env, p_holder=0.35)
    psy = staff(c, "en", "psy")
    rn = staff(c, "en", "inf")
    d = plus(env, c.randint(1, 5))
    f.add("medication")
    f.lab()
    who = f.nm(p, c.pick(["given", "title_last", "full", "lower"]))
    body = ["Hi %s," % rn.given,
            "Day pass approved for %s on %s, 10:00-18:00, to %s sister's place at %s." % (who, day_en(d), _his(p), f.contact(p, "addr")),
            "Conditions: no alcohol or drugs, back by 18:00, lithium 900 mg before leaving (yesterday's level %s mmol/L)." % c.pick(["0.8", "0.7", "0.9"]),
            "If more than an hour late, call the sister first, then police as per AWOL policy."]
    if who == p.given:
        body.append("(MRN %s)" % f.mrn(p))
    if h:
        body.append("Pass form details: " + f.ident(p, sep=", "))
    body.append(sig(psy, c, "en", full=False))
    return spec(c, "en", "pass_request", "day pass authorization", (disp(psy, c, "en"), psy.email),
                [(disp(rn, c, "en"), rn.email)], c.pick(["Day pass %s" % d_en(d, "short"), "Pass for Saturday", "Pass – %s" % name(p, "last_init")]),
                body, env.date, f=f)


def youth_protection(c, env):
    f = F(c, "en")
    kid = holder_person(env.holder("child"), "en", c)
    par = c.patient("en", 24, 46)
    sw = staff(c, "en", "ts")
    yp = ("Youth Protection – Intake", "intake@youthprotection-west.example")
    f.social()
    body = ["Hello,", "Following my call to the intake line this morning, here is the written report.",
            "Parent currently admitted to our psychiatric unit: %s, %s." % (f.nm(par, c.pick(["full", "last_first"])), f.dx()),
            "Child:\n" + f.ident(kid, sep="\n"),
            "Home address: %s" % f.contact(kid, "addr"),
            c.pick(["The child is staying with a neighbour who cannot keep them past tonight; the other parent cannot be reached.",
                    "During the crisis the child was left alone for two days; the school reported repeated absences.",
                    "The maternal grandmother can take the child temporarily but is asking for support."]),
            sig(sw, c, "en")]
    return spec(c, "en", "youth_protection", "report to youth protection about a patient's child", (disp(sw, c, "en"), sw.email),
                [yp], c.pick(["Written report following intake call", "Report – child of admitted parent"]), body, env.date, f=f)


def awol_notice(c, env):
    f = F(c, "en")
    p, h = _pat(c, env, p_holder=0.5)
    cn = staff(c, "en", "asi")
    pol = ext_person(c, "en", "opp", "Mental Health Liaison Officer")
    f.social()
    hh = c.randint(9, 20)
    rows = [["Name", f.nm(p, "last_first")], ["DOB", f.dob(p, "iso")],
            ["Legal status", c.pick(["Form 3 (involuntary), expires %s" % d_en(plus(env, 12), "iso"), "NCR – detention order", "Form 1"])],
            ["Last seen", "%02d:%02d, 1-hour grounds pass, did not return" % (hh, c.randint(0, 59))],
            ["Description", c.pick(["6'0\", slim, black jacket, red cap", "5'5\", blue-dyed hair, grey backpack", "beard, Leafs hoodie, jeans"])],
            ["Possible locations", f.contact(p, "addr")],
            ["Risk", "%s; missed 17:00 dose of %s" % (f.dx(), f.med(dose=False, kind="oral"))]]
    if h:
        rows.insert(2, ["RAMQ", f.nam(p)])
        rows.insert(3, ["Sex", p.sex])
    body = ["Hello,", "AWOL notification for an involuntary patient. Please advise if located.", ("table", ["", ""], rows), sig(cn, c, "en")]
    return spec(c, "en", "awol_notice", "AWOL notification to police", (disp(cn, c, "en"), cn.email),
                [(disp(pol, c, "en"), pol.email)], c.pick(["AWOL – involuntary patient", "AWOL notification %02d:00" % hh, "AWOL: %s" % name(p, "upper")]),
                body, env.date, f=f)


TEMPLATES = [form1_transfer, orb_report, fitness_order, legal_aid, police_liaison, court_transport, pass_request,
             youth_protection, awol_notice]
