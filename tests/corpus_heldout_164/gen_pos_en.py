"""English confidential messages (positives), part 1."""
import datetime as _dt

import gen_helpers as H
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics
from gen_clin import DX, CHILD_DX, dx_text, dx_meds, med_text, lab_for, SYMPTOMS_EN, SOCIAL_EN
from gen_common import (Mail, Att, DOM, DOM_CRISE, DOM_HOSP, DOM_GMF, DOM_PHARM, DOM_INS, DOM_ON, DOM_SOL,
                        CLINIC_EN, CRISIS_EN, make_sin, make_ohip, day_text, hm, age_on, fmt_date)


def A(s):
    return (s.title("en"), s.email)


def _dx(c, child=False):
    return c.pick(CHILD_DX if child else list(DX))


def referral(c):
    m = Mail("referral", "en")
    rng = c.rng
    md = c.staff("md", lang="en", dom=DOM_GMF)
    ontario = rng.random() < 0.35
    p = c.patient(nam=not ontario and rng.random() < 0.7)
    dx = _dx(c)
    meds = [med_text(k, "en", rng) for k in dx_meds(dx)[:rng.randint(1, 2)]]
    H.add(m, "diagnosis", "medication")
    if p.nam:
        i = H.nam_full(m, p, rng)
        kv = [("Patient", i["name"]), ("DOB", i["dob"]), ("Sex", i["sex"]), ("RAMQ", i["nam"])]
    else:
        kv = [("Patient", H.name(m, p, rng=rng)), ("DOB", H.dob(m, p, rng))]
        if ontario:
            kv.append(("OHIP", H.ohip(m, make_ohip(rng), rng)))
        kv.append(("Cell", H.contact(m, p)))
    reason = rng.choice(["Worsening mood despite two adequate SSRI trials; off work since August.",
                         "Needs diagnostic clarification (? bipolar II vs recurrent MDD) and med review.",
                         "Seen in the ER last month after an overdose; needs outpatient psychiatry follow-up.",
                         "Requesting a second opinion on the current antipsychotic regimen."])
    m.blocks = ["Hello,", "Please find below a referral for outpatient psychiatry.", ("kv", kv),
                f"Working diagnosis: {dx_text(dx, 'en')}.", f"Current meds: {'; '.join(meds)}.", reason,
                rng.choice(["Priority: semi-urgent (within 30 days).", "Routine priority is fine.",
                            "Urgent please, I am worried about safety."]),
                ("sig", f"{md.title('en')}\nErables Family Medicine Group\n450-555-01{rng.randint(10, 30)}")]
    m.subject = rng.choice(["Referral - outpatient psychiatry", "New referral", "Psychiatry consult request",
                            "Referral for assessment"])
    m.sender = A(md)
    m.to = [("Central Intake", f"accueil.triage@{DOM}")]
    m.note = "family physician referral to psychiatry"
    return m


def crisis_note(c):
    m = Mail("crisis_note", "en")
    rng = c.rng
    w = c.staff("crise", lang="en", dom=DOM_CRISE)
    cl = c.staff(rng.choice(["ts", "inf", "psychologue"]), lang="en")
    p = c.patient(nam=rng.random() < 0.45, lang="en")
    sym = rng.choice(SYMPTOMS_EN)
    soc = rng.choice(SOCIAL_EN)
    H.add(m, "diagnosis", "social_information")
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']} (DOB {i['dob']}, {i['sex']}, RAMQ {i['nam']})"
    else:
        who = H.name(m, p, rng=rng, lang="en")
    when = c.earlier(1, 2)
    m.blocks = [f"Hi {cl.given},",
                f"FYI we did a home visit {day_text(when, 'en')} around {hm(rng.randint(19, 23), rng.choice([10, 30, 50]), 'en')} "
                f"for {who} at {H.contact(m, p, 'address')}.",
                f"Presentation: {sym}.", f"Social: {soc}.",
                rng.choice(["Safety plan done, meds secured with the neighbour. Not certifiable at this time.",
                            "Taken to Saint-Ambroise ER by ambulance, seen by the on-call psychiatrist and discharged.",
                            "Agreed to a voluntary admission; bed found on 4 North."]),
                f"We will call back within 24 h ({H.contact(m, p)}). Could your team see them this week?",
                ("sig", c.sig(w, crisis=True, lang="en"))]
    m.subject = rng.choice(["Crisis follow-up", "Home visit last night", "Post-crisis handover", "72h follow-up"])
    m.sender = A(w)
    m.to = [A(cl)]
    m.note = "crisis team home visit summary"
    return m


def signout(c):
    m = Mail("signout_list", "en")
    rng = c.rng
    w = c.staff("inf", lang="en", dom=DOM_CRISE)
    H.add(m, "diagnosis")
    rows = []
    for k in range(rng.randint(5, 8)):
        p = c.patient(lang="en")
        rows.append([H.name(m, p, rng.choice(["sur_init", "init", "caps", "last_first"]), rng, "en"),
                     str(age_on(p.dob, c.date.date())), dx_text(_dx(c), "en", short=True),
                     rng.choice(["high risk - call AM", "home visit 2pm", "ER f/u", "pharmacy to call back",
                                 "close file", "reassess SI"]),
                     H.mrn(m, p, rng, rng.choice(["plain", "dash"])) if rng.random() < 0.5 else ""])
    hdr = ["Client", "Age", "Problem", "Plan", "Chart #"]
    if rng.random() < 0.5:
        m.attachments.append(Att(f"signout_{c.date.strftime('%Y-%m-%d')}.xlsx",
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 make_xlsx([("Sign-out", hdr, rows)], author=w.full)))
        m.blocks = ["Evening team,", "Sign-out attached. Two new files from the ER today.", ("sig", c.sig(w, True, "en"))]
    else:
        m.blocks = ["Sign-out for tonight:", ("table", hdr, rows), "Thanks, quiet day otherwise.",
                    ("sig", c.sig(w, True, "en"))]
        m.force["structure"] = rng.choice(["html", "alt"])
    m.subject = rng.choice(["Sign-out", "Crisis team sign-out " + c.date.strftime("%b %d"), "Handover list"])
    m.sender = A(w)
    m.to = [("Crisis Team", f"team@{DOM_CRISE}")]
    m.note = "crisis team sign-out list"
    return m


def pharmacy_rx(c):
    m = Mail("pharmacy_rx", "en")
    rng = c.rng
    dr = c.staff("psychiatre", lang="en")
    p = c.patient(nam=rng.random() < 0.5, lang="en")
    med = rng.choice(["clozapine", "lithium", "paliperidone", "divalproex", "quetiapine"])
    _, labe = lab_for(med, rng)
    H.add(m, "medication")
    if p.nam:
        i = H.nam_full(m, p, rng)
        kv = [("Patient", i["name"]), ("DOB", i["dob"]), ("Sex", i["sex"]), ("Health card (RAMQ)", i["nam"])]
    else:
        kv = [("Patient", H.name(m, p, rng.choice(["caps", "full", "title"]), rng)), ("DOB", H.dob(m, p, rng)),
              ("Address", H.contact(m, p, "address"))]
    kv += [("Rx", med_text(med, "en", rng)), ("Quantity", f"{rng.choice([7, 14, 28])}-day supply, {rng.randint(0, 3)} refills")]
    blocks = ["Hello,", "New prescription below; signed copy to follow by fax.", ("kv", kv)]
    if med == "clozapine" or rng.random() < 0.4:
        blocks.append(f"Latest bloodwork: {labe}. OK to dispense.")
        H.add(m, "lab_result")
    blocks.append(("sig", c.sig(dr, lang="en")))
    m.blocks = blocks
    m.subject = rng.choice(["Prescription", "Rx renewal", "Clozapine dispense authorization" if med == "clozapine" else "New Rx"])
    m.sender = A(dr)
    m.to = [("Dispensary", f"rx@{rng.choice(DOM_PHARM)}")]
    m.note = "prescription sent to a community pharmacy"
    return m


def lab_result(c):
    m = Mail("lab_result", "en")
    rng = c.rng
    inf = c.staff("inf", lang="en")
    dr = c.staff("psychiatre", lang="en")
    p = c.patient(lang="en")
    med = rng.choice(["lithium", "clozapine", "divalproex", "olanzapine", "naltrexone"])
    _, labe = lab_for(med, rng)
    H.add(m, "lab_result", "medication")
    chart = H.mrn(m, p, rng)
    who = H.name(m, p, rng.choice(["init", "sur_init", "title_sur"]), rng) if rng.random() < 0.6 else "your patient"
    m.blocks = [f"Dr. {dr.surname},",
                f"Results back for {who} (chart {chart}), on {med_text(med, 'en', rng)}:",
                ("pre", labe),
                rng.choice(["Hold tonight's dose?", "Repeat in one week?", "Asymptomatic when I called. Please advise."]),
                ("sig", c.sig(inf, lang="en"))]
    m.subject = rng.choice(["Lab results to review", f"Chart {chart} - labs", "Abnormal result", "Bloodwork back"])
    m.sender = A(inf)
    m.to = [A(dr)]
    m.note = "lab result follow-up"
    return m


def reply_quoted(c):
    m = Mail("reply_thread", "en")
    rng = c.rng
    a = c.staff("psychiatre", lang="en")
    b = c.staff(rng.choice(["ts", "psychologue", "inf"]), lang="en")
    p = c.patient(lang="en")
    dx = _dx(c)
    soc = rng.choice(SOCIAL_EN)
    H.add(m, "diagnosis", "social_information")
    nm = H.name(m, p, rng.choice(["full", "title", "caps"]), rng, "en")
    d0 = c.earlier(1, 3)
    quoted = [f"Hi {a.given},", f"Quick update on {nm}: {soc}. Mood is lower, still engaged in therapy for "
              f"{dx_text(dx, 'en', short=rng.random() < 0.5)}.",
              "Would you be able to see them sooner than the March slot?", b.given]
    m.blocks = [rng.choice(["Yes, I can see them Thursday at 10. Please book.", "Thanks. Let's move up the appointment.",
                            "Agree, please add to next week's list."]),
                a.given,
                ("quote", f"On {day_text(d0, 'en')}, {d0.year}, {b.full} <{b.email}> wrote:", quoted)]
    m.subject = "Re: update"
    m.headers.append(("In-Reply-To", f"<{d0.strftime('%Y%m%d')}.{rng.randint(1000, 9999)}@{DOM}>"))
    m.sender = A(a)
    m.to = [A(b)]
    m.note = "reply with quoted clinical update"
    return m


def subject_only(c):
    m = Mail("subject_name", "en")
    rng = c.rng
    dr = c.staff("psychiatre", lang="en")
    inf = c.staff("inf", lang="en")
    p = c.patient(lang="en")
    med = rng.choice(["lithium", "clozapine", "divalproex", "olanzapine"])
    _, labe = lab_for(med, rng)
    H.add(m, "medication", "lab_result")
    nm = H.name(m, p, rng.choice(["caps", "title_sur", "sur_init", "last_first"]), rng, "en")
    m.subject = rng.choice([f"{nm} - dose change", f"RE: {nm}", f"{nm} labs", f"{nm}"])
    m.blocks = ["Saw the results:", labe + ".", f"New dose: {med_text(med, 'en', rng)}. Recheck in a week please.",
                dr.given]
    m.sender = A(dr)
    m.to = [A(inf)]
    m.note = "dose change with name only in subject"
    return m


def filename_only(c):
    m = Mail("attachment_name", "en")
    rng = c.rng
    psy = c.staff("psychologue", lang="en")
    p = c.patient(lang="en")
    dx = _dx(c)
    H.add(m, "patient_name", "diagnosis")
    m.evidence.append(p.surname)
    blocks = [("h", "Reason for referral"), "Assessment requested by the treating psychiatrist.",
              ("h", "Results"), "PHQ-9 21, GAD-7 15, PCL-5 38; WAIS-IV not administered.",
              ("h", "Formulation"), f"Presentation is consistent with {dx_text(dx, 'en')}.",
              ("h", "Recommendations"), "Weekly CBT x 16 sessions; reassess safety at each visit."]
    H.add(m, "lab_result")
    fn = rng.choice([f"Psych_assessment_{p.surname}_{p.given[0]}.docx", f"{p.surname.upper()} {p.given} - assessment.docx"])
    m.attachments.append(Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             make_docx("Psychological assessment", blocks, author=psy.full)))
    m.blocks = ["Hi,", "Final report attached, please file.", psy.given]
    m.subject = rng.choice(["Report for filing", "Assessment report", "Final report"])
    m.sender = A(psy)
    m.to = [("Health Records", f"archives@{DOM}")]
    m.note = "assessment report with name only in file name"
    return m


def appointment_ics(c):
    m = Mail("appointment", "en")
    rng = c.rng
    adj = c.staff("adjointe", lang="en")
    dr = c.staff(rng.choice(["psychiatre", "psychologue"]), lang="en")
    p = c.patient(nam=rng.random() < 0.6, lang="en")
    dx = _dx(c)
    H.add(m, "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng, style="caps")
        summ = f"Initial assessment - {i['name']}"
        desc = f"{i['name']}, DOB {i['dob']}, {i['sex']}, RAMQ {i['nam']}\nReason: {dx_text(dx, 'en')}"
    else:
        nm = H.name(m, p, rng.choice(["caps", "last_first"]), rng)
        summ = f"Follow-up - {nm}"
        desc = f"{nm} (cell {H.contact(m, p)})\nReason: {dx_text(dx, 'en')}, post-discharge follow-up"
    day = c.later(3, 21)
    st = _dt.datetime.combine(day, _dt.time(rng.choice([9, 10, 11, 13, 14]), rng.choice([0, 30])))
    ics = make_ics(f"appt-{c.date.strftime('%Y%m%d%H%M%S')}@{DOM}", st, st + _dt.timedelta(minutes=50), summ, desc,
                   f"Office {rng.randint(201, 230)}, {CLINIC_EN}", (adj.full, adj.email), [(dr.full, dr.email)])
    m.attachments.append(Att("appointment.ics", "text/calendar; method=REQUEST; charset=\"utf-8\"", ics, text=True))
    m.blocks = [f"Hi {dr.given},", f"Booked for {day_text(day, 'en')}. Chart pulled.", ("sig", c.sig(adj, lang="en"))]
    m.subject = rng.choice(["Appointment booked", "Invitation: " + summ, "New booking"])
    m.sender = A(adj)
    m.to = [A(dr)]
    m.note = "calendar invitation for a patient appointment"
    return m


def insurer_disability(c):
    m = Mail("disability_form", "en")
    rng = c.rng
    dr = c.staff("psychiatre", lang="en")
    p = c.patient(lang="en")
    dx = rng.choice(["mdd", "ptsd", "gad", "bp2"])
    H.add(m, "diagnosis", "medication")
    cl = f"CLM-{rng.randint(100000, 999999)}"
    kv = [("Claimant", H.name(m, p, rng.choice(["caps", "full"]), rng)), ("Date of birth", H.dob(m, p, rng)),
          ("SIN", H.sin(m, make_sin(rng), rng)), ("Claim", cl)]
    blocks = [("kv", kv), ("h", "Attending Physician Statement"), f"Diagnosis: {dx_text(dx, 'en')}.",
              f"Treatment: {med_text(dx_meds(dx)[0], 'en', rng)}, weekly psychotherapy.",
              "Restrictions: unable to perform own occupation; re-evaluate in 8 weeks."]
    if rng.random() < 0.5:
        att = Att(f"APS_{cl}.pdf", "application/pdf", make_pdf("Boreal Insurance - Attending Physician Statement", blocks,
                                                                 author=dr.full))
    else:
        att = Att(f"APS_{p.surname}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx("Boreal Insurance - Attending Physician Statement", blocks, author=dr.full))
    m.attachments.append(att)
    m.blocks = ["Good afternoon,", "Completed statement attached for the above claim.", ("sig", c.sig(dr, lang="en"))]
    m.subject = f"Claim {cl} - APS completed"
    m.sender = A(dr)
    m.to = [("Claims Department", f"claims@{DOM_INS}")]
    m.note = "disability claim statement to an insurer"
    return m


def ohip_transfer(c):
    m = Mail("ontario_transfer", "en")
    rng = c.rng
    dr = c.staff("psychiatre", lang="en", dom=DOM_ON)
    ts = c.staff("ts", lang="en")
    p = c.patient(lang="en")
    dx = _dx(c)
    H.add(m, "diagnosis", "medication")
    m.blocks = ["Hello,",
                f"We are discharging {H.name(m, p, rng.choice(['full', 'title', 'caps']), rng)} "
                f"(DOB {H.dob(m, p, rng)}, OHIP {H.ohip(m, make_ohip(rng), rng)}), who is moving to Vallon to live with family.",
                f"Diagnosis: {dx_text(dx, 'en')}. Discharge meds: {med_text(dx_meds(dx)[0], 'en', rng)}.",
                "Could your clinic take over follow-up? Our discharge summary is available on request with consent.",
                ("sig", f"{dr.title('en')}\nRiverside Mental Health Program\nHawkesbury, ON\n613-555-01{rng.randint(60, 79)}")]
    m.subject = rng.choice(["Transfer of care - moving to Quebec", "Interprovincial transfer of care"])
    m.sender = A(dr)
    m.to = [A(ts)]
    m.note = "transfer of care from an Ontario program"
    return m


def housing_referral(c):
    m = Mail("housing_referral", "en")
    rng = c.rng
    ts = c.staff("ts", lang="en")
    p = c.patient(lang="en", nam=rng.random() < 0.45)
    dx = rng.choice(["scz", "sza", "bp1", "aud", "mdd"])
    H.add(m, "social_information", "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']} ({i['sex']}, born {i['dob']}, RAMQ {i['nam']})"
    else:
        who = f"{H.name(m, p, rng.choice(['full', 'title', 'caps']), rng)}, born {H.dob(m, p, rng)}"
    m.blocks = ["Hello,",
                f"I'd like to refer {who} for supported housing.",
                f"Currently {rng.choice(SOCIAL_EN[:3])}. Followed at our clinic for {dx_text(dx, 'en')}, stable for 6 months.",
                f"Income: social assistance (basic benefit). Can be reached at {H.contact(m, p)}.",
                "Application form attached to follow by mail.", ("sig", c.sig(ts, lang="en"))]
    m.subject = rng.choice(["Supported housing referral", "Housing application", "Referral - supervised apartment"])
    m.sender = A(ts)
    m.to = [("Housing intake", "intake@logement-solidaire.example")]
    m.note = "supported housing referral"
    return m


EN_POS_A = [referral, crisis_note, signout, pharmacy_rx, lab_result, reply_quoted, subject_only, filename_only,
            appointment_ics, insurer_disability, ohip_transfer, housing_referral]
