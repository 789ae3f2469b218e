"""Negative (non-confidential) messages in English, part 2: blank forms, message
templates, shortages, recalls, research, training, staff health, candidates,
family programme, meetings, contact cards, policies, forwarded admin threads."""
import datetime

import gen_attach as A
import gen_common as G
from gen_compose import Mail, inner_message
from gen_neg_en1 import dl, doc, staff


def blank_form(c):
    clerk = c.team(c.pick(["clerk", "clerk2"]))
    kind = c.pick(["safety", "referral", "consent"])
    if kind == "safety":
        title = "Safety Plan (blank template)"
        items = [("kv", [("Name", "______________________"), ("Date", "__________")]),
                 ("h", "1. Warning signs"), ("p", "________________________________________"),
                 ("h", "2. Coping strategies"), ("p", "________________________________________"),
                 ("h", "3. People I can call"), ("p", "Name: ____________  Phone: ____________"),
                 ("h", "4. Professionals"), ("p", "Crisis line: 819-555-0199   Crisis team (EMIC): 819-555-0142"),
                 ("h", "5. Making the environment safe"), ("p", "________________________________________")]
    elif kind == "referral":
        title = "Outpatient Psychiatry Referral Form"
        items = [("kv", [("Patient name", ""), ("Date of birth", ""), ("RAMQ no.", ""), ("Phone", ""), ("Referring physician", "")]),
                 ("h", "Reason for referral / working diagnosis"), ("p", " "), ("h", "Current medications"), ("p", " "),
                 ("p", "Priority: [ ] A  [ ] B  [ ] C  [ ] D")]
    else:
        title = "Consent to share information with family members"
        items = [("p", "I, ________________ (name), born on ____________, RAMQ ______________, authorize the clinical team to "
                       "share the following with ________________ (relationship: ______): [ ] diagnosis [ ] treatment plan [ ] appointments"),
                 ("p", "Signature: ______________   Date: __________   Witness: ______________")]
    k = c.pick(["pdf", "docx"])
    c.attach(k, c.pick(["blank_form", "template_v2025", "form_fillable"]) + "." + k,
             A.make_pdf(title, items) if k == "pdf" else A.make_docx(title, items))
    body = [("p", "Hello,"), ("p", f"Attached is the updated {title.lower()}. Please print from this version only."), c.sig(clerk)]
    return Mail("blank_form", "blank form template", clerk, [dl("Outpatient team", "outpatient")],
                c.pick(["Updated form", "New blank template", title]), body)


def sms_template(c):
    clerk = c.team("clerk")
    tmpl = c.pick([
        "Hi {{first_name}}, this is a reminder of your appointment at the Fleury Pavilion on {{appt_date}} at {{appt_time}}. Reply C to confirm or call 819-555-0140.",
        "Hello {{first_name}} {{last_name}}, your injection is due on {{due_date}}. The depot clinic is open Mon-Fri 8:30-16:00.",
        "{{first_name}}, the day hospital group starts {{start_date}} at 9 a.m. Bring your medication list and health card.",
    ])
    body = [("p", "Hi,"),
            ("p", "Here is the new SMS reminder template for the scheduling system. Merge fields are in double braces; please check the wording."),
            ("lines", ["Template:", tmpl, "", "Character count: " + str(len(tmpl))]),
            ("p", "Nothing patient-specific here - the merge runs inside the scheduling system."), c.sig(clerk)]
    return Mail("message_template", "SMS reminder template with merge fields", clerk, [c.team("inf1"), c.team("mgr")],
                "SMS reminder template - review", body)


def shortage(c):
    ph = c.team("pharm")
    drug = c.pick([("quetiapine XR 300 mg", "quetiapine IR in divided doses"), ("paliperidone palmitate 3-month 525 mg", "monthly paliperidone palmitate"),
                   ("lorazepam 1 mg sublingual", "lorazepam 1 mg oral tablets"), ("benztropine 2 mg injection", "diphenhydramine injection")])
    body = [("p", "DRUG SHORTAGE NOTICE"),
            ("p", f"Product: {drug[0]}. Expected duration: {c.pick(['4-6 weeks', 'unknown', 'until end of quarter'])}."),
            ("p", f"Recommended alternative (P&T Committee): {drug[1]}. No action needed for prescriptions already dispensed."),
            c.sig(ph)]
    return Mail("drug_shortage", "drug shortage notice", ph, [dl("Mental Health prescribers", "prescribers.mh")],
                "Drug shortage - " + drug[0], body)


def recall(c):
    ph = c.team("pharm")
    lots = [G.make_luhn_serial(c.rng, 10) for _ in range(c.rng.randint(2, 4))]
    prod = c.pick(["BD Vacutainer EDTA tubes 4 mL", "Safety needles 23G x 1 in", "Alcohol prep pads 70%"])
    body = [("p", "PRODUCT RECALL - Type II"),
            ("p", f"{prod}: possible sterility issue affecting the following lot numbers."),
            ("lines", ["Lots:"] + ["  " + x for x in lots]),
            ("p", "Quarantine affected stock and return it to central stores. No adverse events reported."), c.sig(ph)]
    return Mail("recall", "product recall with lot numbers", ph, [dl("Unit managers", "unit.managers")], "Product recall - " + prod, body)


def research(c):
    pi = doc(c)
    title = c.pick(["Peer support after a mobile crisis intervention: a pilot trial",
                    "Monthly vs 3-monthly paliperidone: a pragmatic comparison",
                    "Family psychoeducation and relapse in first-episode psychosis"])
    body = [("p", "Dear colleagues,"),
            ("p", f"The Research Ethics Board approved our protocol \"{title}\" (REB #{c.rng.randint(2025000, 2025999)})."),
            ("lines", ["Inclusion: adults 18-65 followed by the outpatient team or EMIC; able to consent.",
                       "Exclusion: current confinement order; pregnancy; severe cognitive impairment.",
                       f"Target sample: {c.rng.randint(80, 300)} participants over 2 years. Recruitment starts next month."]),
            ("p", "If you would like to refer potential participants, please give them the attached information sheet - do not send us names."),
            c.sig(pi)]
    c.attach("pdf", "Study_information_sheet.pdf", A.make_pdf(title, [("p", x) for x in body[2][1]], author=pi.name))
    return Mail("research_protocol", "research protocol announcement without participants", pi, [dl("Psychiatry department", "psychiatry")],
                "New study - referral information", body)


def training(c):
    org = c.team(c.pick(["coord", "mgr"]))
    course = c.pick(["Nonviolent Crisis Intervention - refresher", "Suicide risk assessment (CAMS) workshop",
                     "Naloxone training for outreach staff", "Trauma-informed care - online module"])
    dates = sorted(c.in_days(c.rng.randint(4, 25)) for _ in range(3))
    body = [("p", "Hello all,"),
            ("p", f"Registration is open for: {course}. Trainer: {staff(c).name}, clinical nurse specialist."),
            ("lines", ["Sessions:"] + [f"- {G.fmt_date(d, 'en', True)}, 8:30-12:00" for d in dates]),
            ("p", "Mandatory for crisis team staff hired since 2023."), c.sig(org)]
    return Mail("training", "staff training announcement", org, [dl("All staff - Mental Health", "staff.mh")], "Training: " + course, body)


def staff_health(c):
    ohs = staff(c, "", "Occupational health nurse")
    kind = c.pick(["fit", "tb", "rtw"])
    if kind == "fit":
        body = [("p", "Hello,"), ("p", "N95 fit testing for crisis team and 4B staff: Tuesdays 8-11 a.m., Occupational Health office (room G.04). "
                                        "Please shave beforehand.")]
        to = [dl("EMIC team", "emic")]
        subj = "N95 fit testing"
    elif kind == "tb":
        body = [("p", "Hello new employees,"), ("p", "Your two-step TB skin test is required within 30 days of hire. Book at ext. 2250. "
                                                     "Bring your vaccination record.")]
        to = [dl("New hires", "new.hires")]
        subj = "Pre-employment TB testing"
    else:
        emp = staff(c)
        body = [("p", c.hello(emp)), ("p", "Your gradual return-to-work plan is confirmed: 3 days/week for 4 weeks, no home visits. "
                                            "Your medical note has been received by Occupational Health only.")]
        to = [emp]
        subj = "Return-to-work plan"
    body.append(c.sig(ohs))
    return Mail("occupational_health", "staff occupational health message", ohs, to, subj, body)


def candidates(c):
    hr = c.team("hr")
    rows = []
    t = datetime.datetime(2025, 1, 1, 13, 0)
    for _ in range(c.rng.randint(3, 5)):
        rows.append([t.strftime("%I:%M %p").lstrip("0"), staff(c).name, c.pick(["Nurse clinician", "Peer support worker", "Psychologist"]), c.pick(["Teams", "On site"])])
        t += datetime.timedelta(minutes=45)
    body = [("p", c.hello(c.team("mgr"))),
            ("p", f"Interview schedule for {G.fmt_date(c.in_days(4), 'en', True)}. CVs are in the HR shared folder."),
            ("table", ["Time", "Candidate", "Position", "Format"], rows), c.sig(hr)]
    return Mail("hr_candidates", "job interview schedule with candidate names", hr, [c.team("mgr")], "Interview schedule", body)


def family_program(c):
    fam = c.team("fam")
    dates = sorted(c.in_days(k * 5 + 2) for k in range(4))
    topics = ["Understanding psychosis", "Bipolar disorder and depression", "Crisis: when and how to call for help",
              "Caring for the caregiver"]
    rows = [[G.fmt_date(d, "en", True), "6:30 p.m.", t, c.pick([doc(c).titled("en"), staff(c).name + ", SW"])] for d, t in zip(dates, topics)]
    body = [("p", "Hi all,"),
            ("p", "Here is the schedule for the next Family Education series. Feel free to share the flyer with families."),
            ("table", ["Date", "Time", "Topic", "Presenter"], rows), c.sig(fam)]
    if c.chance(0.5):
        c.attach("pdf", "Family_Education_flyer.pdf", A.make_pdf("Family Education Series", [("table", ["Date", "Time", "Topic", "Presenter"], rows)]))
    return Mail("family_program", "family education programme schedule", fam, [dl("Outpatient team", "outpatient")],
                "Family Education series - schedule", body)


def meeting_ics(c):
    coord = c.team("coord")
    day = c.in_days(c.rng.randint(3, 12))
    start = datetime.datetime(day.year, day.month, day.day, 10, 0)
    summ = c.pick(["EMIC / police liaison monthly meeting", "Crisis team huddle - schedule review", "Day hospital program review"])
    pol = c.team("police")
    ics = A.make_ics(f"{c.rng.getrandbits(48):012x}@{G.DOM}", start, start + datetime.timedelta(minutes=90), summ,
                     "Room 3.02, Fleury Pavilion", "Agenda: joint response protocol, call volumes (aggregate), training calendar.",
                     (coord.name, coord.addr), [(pol.name, pol.addr), (c.team("mgr").name, c.team("mgr").addr)],
                     datetime.datetime(c.dt.year, c.dt.month, c.dt.day, 13, 30, 0))
    c.attach("ics", "meeting.ics", ics)
    body = [("p", "Hi,"), ("p", f"Invitation: {summ}."), ("lines", [coord.given])]
    return Mail("meeting_invite", "meeting calendar invitation", coord, [pol, c.team("mgr")], "Invitation: " + summ, body)


def vcard_staff(c):
    mgr = c.team("mgr")
    d = doc(c)
    vc = A.make_vcard(d.given, d.surname, org=G.ORG_EN, title="Psychiatrist, Mobile Crisis Team",
                      tel_work="819-555-0143 ext. 6120", email=d.addr)
    c.attach("vcf", f"{d.surname}_{d.given}.vcf", vc)
    body = [("p", "Hello all,"), ("p", f"Please welcome {d.titled('en')}, who joins the crisis team as consulting psychiatrist. Contact card attached."),
            c.sig(mgr)]
    return Mail("staff_contact", "new psychiatrist contact card", mgr, [dl("EMIC team", "emic")], f"Welcome {d.titled('en')}", body)


def policy(c):
    q = c.team("qual")
    title = c.pick(["Seclusion and Restraint Policy (rev. 2025)", "Policy on transmitting clinical information by e-mail",
                    "Procedure: crisis team home visits - safety"])
    items = [("h", "Purpose"), ("p", "To set out the principles and steps that staff must follow."),
             ("h", "Scope"), ("p", "All staff of the mental health and addiction program."),
             ("h", "Key points"), ("p", "Least restrictive measure; documentation; debriefing; annual audit (aggregate results only).")]
    pdfname = title.split(" (")[0].replace(" ", "_").replace(":", "") + ".pdf"
    if c.chance(0.5):
        att = A.make_docx("Attestation of reading", [("p", "I have read and understood the policy."),
                                                      ("kv", [("Employee name", "________________"), ("Employee no.", "________"), ("Signature", "________________")])])
        c.attach("zipmembers", "policy_package.zip", [(pdfname, A.make_pdf(title, items)), ("attestation_blank.docx", att)])
    else:
        c.attach("pdf", pdfname, A.make_pdf(title, items))
    body = [("p", "Hello,"), ("p", f"The updated \"{title}\" is attached and takes effect on the 1st. Please read and sign the attestation."), c.sig(q)]
    return Mail("policy", "policy update", q, [dl("All staff - Mental Health", "staff.mh")], "Policy update: " + title, body)


def fwd_admin(c):
    a = c.team(c.pick(["mgr", "coord"]))
    b = staff(c, "", "Room booking office")
    when = c.earlier(1)
    orig = [("p", "Hello,"),
            ("p", f"Your booking of the auditorium for {G.fmt_date(c.in_days(8), 'en', True)} (12:00-13:00, Grand Rounds) is confirmed. "
                  "AV technician requested."), ("lines", [b.name, "Room booking office"])]
    body = [("p", "FYI - confirmed for Grand Rounds."), ("lines", [a.given]),
            ("quote", "fwd", c.quote_head(b.name, b.addr, when, "fwd", a.addr, "Booking confirmation"), orig)]
    return Mail("forward_admin", "forwarded room booking confirmation", a, [c.team("res")], "Fwd: Booking confirmation", body)


def attached_eml_admin(c):
    a = c.team("mgr")
    secr = staff(c, "", "Committee secretary")
    inner = [("p", "Dear members,"),
             ("p", "The Quality & Patient Safety Committee meeting is moved to next Thursday, same time. The aggregate incident report for Q3 is in the shared folder."),
             ("lines", [secr.name])]
    raw = inner_message(c, secr, [a], "Meeting moved - QPS Committee", inner, c.earlier(2))
    c.attach_eml(raw, c.pick(["Meeting moved - QPS Committee.eml", None]))
    body = [("p", "Hi all,"), ("p", "Forwarding the notice below as an attachment - please update your calendars."), ("lines", [a.given])]
    return Mail("forward_attached", "forwarded committee notice attached as a message", a, [c.team("coord"), c.team("qual")],
                "FW: Meeting moved - QPS Committee", body)


def reply_admin(c):
    a = staff(c, "", "Nurse clinician")
    b = c.team(c.pick(["mgr", "coord", "hr"]))
    when = c.earlier(c.rng.randint(0, 2))
    qsubj = c.pick(["Vacation request - August", "Overtime last weekend", "Question about the training day"])
    q = [("p", c.hello(b)),
         ("p", c.pick(["Could I take August 4 to 15 off? I checked with the team and coverage seems OK.",
                       "I worked 6 extra hours on Saturday covering the crisis line. How should I enter them in the time sheet?",
                       "Is the CPI refresher on the 14th mandatory for part-time staff?"])),
         ("lines", [a.given])]
    style = c.pick([">", "outlook"])
    body = [("p", c.pick(["Approved - please enter it in the scheduling system.", "Enter them as code 0402 (overtime 1.5x), I will approve.",
                          "Yes, it is mandatory for everyone on the crisis team roster."])),
            ("lines", [b.given]),
            ("quote", style, c.quote_head(a.name, a.addr, when, style, b.name, qsubj), q)]
    c.reply = c.msgid("orig")
    return Mail("hr_reply", "reply to a staff administrative question", b, [a], ("RE: " if style == "outlook" else "Re: ") + qsubj, body)


NEG_EN2 = [
    (blank_form, 3), (sms_template, 3), (shortage, 3), (recall, 2), (research, 3), (training, 3), (staff_health, 3),
    (candidates, 2), (family_program, 3), (meeting_ics, 3), (vcard_staff, 2), (policy, 2), (fwd_admin, 2),
    (attached_eml_admin, 2), (reply_admin, 2),
]
