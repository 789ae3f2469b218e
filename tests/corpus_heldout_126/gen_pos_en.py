"""Confidential messages in English (part 1)."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_mime import Att, table_html
from gen_people import FULL_STYLES, nm, sex_word
from gen_tpl import new_doc, shared, who

L = "en"


def dob_s(R, d, fw=True):
    return G.fmt_date(d, R.choice(["iso", "long", "iso", "dmy", "ymd/", "long"] + (["fw"] if fw else [])), L)


def nam_s(R, nam, fw=True):
    return G.fmt_nam(nam, R.choice(["plain", "space", "dash", "dot", "slash", "lower", "odd"] + (["fw"] if fw else [])))


def mrn_s(R, m, fw=True):
    return G.fmt_mrn(m, R.choice(["plain", "prefix", "hash", "space", "dot"] + (["fw"] if fw else [])))


def ohn_s(R, p, fw=True):
    return G.fmt_ohn(p.ohn, p.ohn_vc, R.choice(["plain", "dash", "space", "dot"] + (["fw"] if fw else [])))


def id_block(R, p, fw=True, style=None):
    name = nm(p, R.choice(FULL_STYLES), L)
    dob = dob_s(R, p.dob, fw)
    nam = nam_s(R, p.nam, fw)
    style = style if style is not None else R.randrange(4)
    if style == 0:
        return f"Name: {name}\nDOB: {dob}\nSex: {p.sex}\nRAMQ: {nam}"
    if style == 1:
        return f"{name} (DOB {dob}, {p.sex}, RAMQ {nam})"
    if style == 2:
        return f"{name} | {sex_word(p, L, 1)} | born {dob} | health insurance no. {nam}"
    return f"Patient: {name} - Date of birth: {dob} - Sex: {sex_word(p, L, R.randrange(2))} - Quebec HIN: {nam}"


def sig(R, key, short=False):
    return G.signature(key, L, R, short)


def hello(R, name=None):
    if name:
        return R.choice([f"Hi {name},", f"Hello {name},", f"Dear {name},", f"{name},"])
    return R.choice(["Hello,", "Hi,", "Good morning,", "Hi all,"])


def thanks(R):
    return R.choice(["Thanks!", "Thank you.", "Many thanks,", "Best regards,", "Thanks"])


PRON = {"F": ("she", "her", "her"), "M": ("he", "him", "his")}


# ---------------------------------------------------------------- 1. Ontario referral with health number

def t_referral_on(ctx):
    R = ctx.rng
    p = ctx.patient("on", 30, 80, lang="en")
    prof = R.choice([K.PROFILES[7], K.PROFILES[8], K.PROFILES[1], K.PROFILES[3], K.PROFILES[2]])
    dx = R.choice(K.ORAL_DX)
    md = R.choice(["okafor", "kaplan"])
    he, him, his = PRON[p.sex]
    text = (f"{hello(R)}\n\nI would appreciate your assessment of {nm(p, R.choice(['title', 'full', 'upper_comma']), L)}, "
            f"DOB {dob_s(R, p.dob)}, Ontario health card {ohn_s(R, p)}.\n\n"
            f"Reason for referral: {dx[1]}. {his.capitalize()} history includes {prof['cond'][1]}.\n"
            f"Current medications: {prof['med'][1]}.\n"
            + (f"Recent labs: {prof['lab'][1]}.\n" if prof["lab"] else "") +
            f"{prof['plan'][1].capitalize()}.\n\n"
            f"{he.capitalize()} lives in {p.city} and can travel to Val-des-Chutes. "
            f"{R.choice(['Out-of-province billing applies.', 'Please let my office know the date.', 'I have attached nothing else; chart notes available on request.'])}\n\n"
            f"{sig(R, md)}\n")
    types = {"patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication"}
    if prof["lab"]:
        types.add("lab_result")
    return new_doc(ctx, L, "referral", "referral from an Ontario family physician", True, types,
                   who(md, L), [shared("rdv")], R.choice(["Referral - hospital dentistry", f"Referral: {p.surname}",
                                                          "New referral (medically complex)", "Dental clearance request"]),
                   text, ids=[("ohn", p.ohn)])


# ---------------------------------------------------------------- 2. inpatient consult sign-out list

def t_signout(ctx):
    R = ctx.rng
    rows = [["Bed", "Patient", "MRN", "Age/Sex", "Issue", "Plan"]]
    ids = []
    for i in range(R.randint(4, 7)):
        p = ctx.patient("qc", 35, 92, lang="en")
        prof = R.choice(K.PROFILES)
        dx = R.choice(K.ORAL_DX)
        rows.append([f"{R.choice(['3A', '4B', '5C', 'ICU', '2W'])}-{R.randrange(1, 30):02d}",
                     nm(p, R.choice(["upper_comma", "comma", "initial", "upper_sur"]), L), p.mrn,
                     f"{p.age()}{p.sex}", f"{dx[1]}; {prof['cond'][1]}",
                     R.choice(["extract at bedside Mon", "clearance letter done", f"on {prof['med'][1].split(',')[0]} - check with team",
                               "reassess Tue", "needs OR list"])])
        ids.append(("mrn", p.mrn))
    who_from = R.choice(["desjardins", "levesque", "fraser"])
    intro = f"{hello(R)}\n\nWeekend handover for the hospital dentistry consult service:"
    outro = f"\n\nPager is with {R.choice(['Karine', 'Olivier', 'Ian'])} from Friday 17:00.\n\n{sig(R, who_from, short=True)}\n"
    txt = intro + "\n\n" + "\n".join("  ".join(r) for r in rows) + outro
    html = "<p>" + intro.replace("\n\n", "</p><p>") + "</p>\n" + table_html(rows) + "<p>" + outro.strip().replace("\n", "<br>\n") + "</p>"
    types = {"patient_name", "mrn", "diagnosis"}
    if any(r[5].startswith("on ") for r in rows[1:]):
        types.add("medication")
    return new_doc(ctx, L, "signout", "consult service sign-out list", True, types,
                   who(who_from, L), [who(k, L) for k in ("desjardins", "levesque", "fraser") if k != who_from],
                   R.choice(["Weekend sign-out - dental consults", "Handover list", "Consult list for the weekend"]), txt,
                   html=html if R.random() < 0.6 else None, ids=ids)


# ---------------------------------------------------------------- 3. insurer pre-authorisation (SIN of plan member)

def t_preauth_sin(ctx):
    R = ctx.rng
    kid = R.random() < 0.5
    p = ctx.patient("qc", 8, 17, lang="en") if kid else ctx.patient("qc", 18, 60, lang="en")
    member = p
    if kid:
        member = ctx.patient("qc", 35, 55, lang="en")
        member.surname = p.surname
    sin = ctx.sin_for(member)
    dx = R.choice(K.ORAL_DX[:3] + [K.ORAL_DX[9], K.ORAL_DX[6]])
    cert = f"NL-{R.randrange(1000000, 9999999)}"
    sin_t = G.fmt_sin(sin, R.choice(["space", "dash", "plain", "fw", "slash"]))
    lines = [f"Plan member: {nm(member, 'upper_comma', L)}  SIN: {G.fmt_sin(sin, 'dash')}",
             f"Patient: {nm(p, 'upper_comma', L)}  DOB: {G.fmt_date(p.dob, 'iso', L)}  Relationship: {'dependent child' if kid else 'self'}",
             f"Policy/certificate: {cert}", "", f"Diagnosis: {dx[1]}", "Proposed treatment:",
             "  71211  Surgical extraction, impacted tooth   $412.00", "  92215  IV sedation, first 30 min   $265.00",
             "", "Provider: Dr. Ian Fraser, OMFS"]
    if R.random() < 0.5:
        blob = A.make_pdf("Pre-authorization request - dental", lines, compress=R.random() < 0.5)
        att = Att(R.choice([f"Preauth_{p.surname}.pdf", "preauthorization.pdf"]), "application/pdf", blob)
    else:
        blob = A.make_docx("Pre-authorization request - dental", lines, author="Stephanie Paradis")
        att = Att(R.choice([f"Preauth {p.given} {p.surname}.docx", "predetermination_form.docx"]),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", blob)
    text = (f"{hello(R)}\n\nPlease find attached a pre-authorization request for {nm(p, R.choice(['full', 'title', 'upper_comma']), L)} "
            f"(certificate {cert}; plan member SIN {sin_t}). Diagnosis: {dx[1]}.\n"
            f"Surgery is planned under IV sedation at {G.HOSP_EN}.\n\n{thanks(R)}\n\n{sig(R, 'paradis')}\n")
    return new_doc(ctx, L, "preauth", "pre-authorization request to a private insurer", True,
                   {"patient_name", "date_of_birth", "ca_sin", "diagnosis"},
                   who("paradis", L), [shared("northshore"), who("mcneil", L)],
                   R.choice([f"Pre-authorization - {cert}", "Predetermination request", f"Pre-auth {p.surname}"]),
                   text, atts=[att], ids=[("sin", sin)])


# ---------------------------------------------------------------- 4. lab follow-up (platelets / CBC)

def t_lab(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 20, 85, lang="en")
    cond = R.choice([("ITP", "dexamethasone 40 mg daily x 4 days"), ("acute myeloid leukaemia in induction", "cytarabine/daunorubicin"),
                     ("chronic liver disease", "propranolol 20 mg BID"), ("post-kidney transplant", "tacrolimus 3 mg BID")])
    plt = R.choice([38, 44, 52, 61, 95])
    text = (f"{R.choice(['Olivier,', 'Hi Olivier,', 'Karine -'])}\n\n"
            f"CBC for {nm(p, R.choice(['title_sur', 'title', 'initial', 'full', 'lower']), L)} ({mrn_s(R, p.mrn)}) just came back: "
            f"platelets {plt} x10^9/L, Hb {R.randint(88, 131)} g/L, WBC {R.randint(2, 12)}.{R.randint(0, 9)}. "
            f"Known {cond[0]}, on {cond[1]}.\n"
            + ("Haematology wants platelets > 50 before the extractions, so I've asked for a transfusion on the morning of."
               if plt < 50 else "Fine to go ahead with local measures (Surgicel, sutures, TXA rinse).") +
            f"\n\n{R.choice(['Can you update the OR booking?', 'I will call the patient.', 'FYI.'])}\n\n{sig(R, 'levesque', short=True)}\n")
    return new_doc(ctx, L, "lab_followup", "blood count follow-up before extractions", True,
                   {"patient_name", "mrn", "lab_result", "diagnosis", "medication"},
                   who("levesque", L), [who("desjardins", L)], R.choice(["CBC back", f"Platelets - {p.surname}", "labs before extractions", "RE: OR Thursday"]),
                   text, ids=[("mrn", p.mrn)])


# ---------------------------------------------------------------- 5. discharge summary (odontogenic infection)

def t_discharge(ctx):
    R = ctx.rng
    use_h = R.random() < 0.45
    p = ctx.holder(18, 80) if use_h else ctx.patient("qc", 18, 80, lang="en")
    rx = R.sample(K.POSTOP_RX[:4] + K.POSTOP_RX[7:], 2)
    wbc = R.choice(["18.4", "21.2", "15.9"])
    lines = [f"Patient: {nm(p, 'upper_comma', L)}", f"MRN: {p.mrn}", f"DOB: {G.fmt_date(p.dob, 'iso', L)}"]
    if use_h:
        lines += [f"Sex: {p.sex}", f"RAMQ: {G.fmt_nam(p.nam, 'plain')}"]
    lines += ["", ("b", "Diagnosis"), "Right submandibular and pterygomandibular space infection from 47/48",
              "", ("b", "Course"), f"Admitted with trismus and WBC {wbc}; I&D under GA with extraction of 47, 48; IV clindamycin.",
              "Airway stable, no ICU stay. WBC 9.8 at discharge.", "", ("b", "Discharge medications")] + [r[1] for r in rx] + \
        ["", "Follow-up in the OMFS clinic in 7 days. Return to ED if fever or difficulty swallowing."]
    md = R.choice(["okafor", "bissonnette"])
    if R.random() < 0.5:
        att = Att(R.choice([f"Discharge_summary_{p.mrn}.pdf", f"Discharge {p.surname}.pdf"]), "application/pdf",
                  A.make_pdf("Discharge summary - Oral and Maxillofacial Surgery", lines, compress=R.random() < 0.5, header=G.HOSP_EN))
        text = (f"{hello(R)}\n\nPlease find the discharge summary for your patient {nm(p, R.choice(['title', 'full']), L)} attached.\n\n"
                f"{sig(R, 'fraser')}\n")
        html = None
    else:
        att = None
        text = "\n".join(x if isinstance(x, str) else x[1].upper() for x in lines)
        text = f"{hello(R, 'Dr. ' + G.staff(md)['surname'])}\n\nDischarge summary below.\n\n{text}\n\n{sig(R, 'fraser')}\n"
        html = None
    types = {"patient_name", "mrn", "date_of_birth", "diagnosis", "medication", "lab_result"}
    if use_h:
        types.add("ramq_nam")
    return new_doc(ctx, L, "discharge", "discharge summary after a deep space infection", True, types,
                   who("fraser", L), [who(md, L)],
                   R.choice(["Discharge summary", f"Discharge - {p.surname}", "OMFS discharge"]), text,
                   atts=[att] if att else [], html=html, ids=[("mrn", p.mrn)], holders=[p] if use_h else [])


# ---------------------------------------------------------------- 6. prescription to pharmacy

def t_rx(ctx):
    R = ctx.rng
    use_h = R.random() < 0.5
    p = ctx.holder(18, 90) if use_h else ctx.patient("qc", 18, 90, lang="en")
    rx = R.sample(K.POSTOP_RX, R.randint(2, 3))
    dx = R.choice(K.ORAL_DX + K.DENTURE_DX[:1] + K.DENTURE_DX[4:5])
    presc = R.choice(["fraser", "bergeron", "levesque"])
    head = id_block(R, p) if use_h else f"Patient: {nm(p, R.choice(FULL_STYLES), L)}\nDOB: {dob_s(R, p.dob)}"
    text = (f"{hello(R)}\n\nPrescription for {dx[1]}:\n\n{head}\nAddress: {p.street}, {p.city} {p.postal}\nPhone: {p.phone}\n\n"
            + "\n".join(f"Rx: {r[1]}" for r in rx) +
            f"\n\nNo refills. Signed original to follow by fax ({G.FAX}).\n\n{sig(R, presc)}\n")
    types = {"patient_name", "date_of_birth", "medication", "patient_contact", "diagnosis"}
    if use_h:
        types.add("ramq_nam")
    return new_doc(ctx, L, "prescription", "prescription sent to a community pharmacy", True, types,
                   who(presc, L), [("Riverside Pharmacy", "rx@riversidepharmacy.example")],
                   R.choice(["Prescription", f"Rx for {p.surname}", "Post-op prescription", "New Rx"]), text,
                   holders=[p] if use_h else [])


# ---------------------------------------------------------------- 7. school programme: list of children (CSV)

def t_school_csv(ctx):
    R = ctx.rng
    school = R.choice(["Laurentian Elementary", "Riverview Elementary", "Hillcrest Primary"])
    rows = [["student", "dob", "grade", "finding", "urgency", "parent_phone"]]
    holders = []
    for i in range(R.randint(4, 7)):
        if i == 0 and R.random() < 0.6:
            p = ctx.holder(5, 15)
            holders.append(p)
            rows[0] = ["student", "dob", "sex", "ramq", "grade", "finding", "urgency", "parent_phone"]
        else:
            p = ctx.patient("qc", 5, 12, lang="en")
        dx = R.choice(K.CHILD_DX)
        base = [nm(p, R.choice(["upper_comma", "full", "comma"]), L), G.fmt_date(p.dob, "iso", L)]
        if len(rows[0]) == 8:
            base += [p.sex, p.nam if p.nam else ""]
        rows.append(base + [str(R.randint(1, 6)), dx[1], R.choice(["1 - urgent", "2 - soon", "2 - soon", "3 - routine"]), p.phone])
    csvb = A.make_csv(rows, delimiter=R.choice([",", ";"]), crlf=R.random() < 0.5, bom=R.random() < 0.3)
    text = (f"{hello(R, 'Nancy')}\n\nAttached are the students from {school} who need to be booked after this week's screening "
            f"and fluoride varnish clinic. Urgency 1 first please.\n\n{sig(R, 'campbell')}\n")
    types = {"patient_name", "date_of_birth", "diagnosis", "patient_contact"}
    if holders:
        types.add("ramq_nam")
    return new_doc(ctx, L, "school_followup", "school screening follow-up list in CSV", True, types,
                   who("campbell", L), [shared("rdv")], R.choice([f"{school} - students to book", "School screening follow-ups",
                                                                  "Kids to book (urgent first)"]), text,
                   atts=[Att(R.choice([f"{school.replace(' ', '_')}_followup.csv", "students_to_book.csv"]),
                             'text/csv; charset="utf-8"', csvb)], holders=holders)


# ---------------------------------------------------------------- 8. long-term care denture problem

def t_ltc(ctx):
    R = ctx.rng
    use_h = R.random() < 0.4
    p = ctx.holder(70, 100) if use_h else ctx.patient("qc", 72, 99, lang="en")
    dx = R.choice(K.DENTURE_DX)
    cond = R.choice(K.ELDER_COND)
    he, him, his = PRON[p.sex]
    ident = id_block(R, p) if use_h else nm(p, R.choice(["title", "title_sur", "full", "upper_comma"]), L)
    text = (f"{hello(R, 'Patrick')}\n\nCould you see {ident if not use_h else 'this resident'} at your next visit to Les Pins?"
            + (f"\n\n{ident}\n" if use_h else " ") +
            f"{R.choice(['Room', 'Rm'])} {R.randrange(100, 340)}. {dx[1].capitalize()}; {he} has {cond[1]} and has lost "
            f"{R.randint(2, 6)} kg in a month because {he} won't wear the denture. "
            f"{R.choice(['Family is asking for a new set.', 'The physician started nystatin on Monday.', 'Daughter will be present.'])}\n\n"
            f"{sig(R, 'gallant')}\n")
    types = {"patient_name", "diagnosis"}
    if "nystatin" in text:
        types.add("medication")
    if use_h:
        types |= {"ramq_nam", "date_of_birth"}
    return new_doc(ctx, L, "denture", "long-term care request about a resident's denture", True, types,
                   who("gallant", L), [who("labelle", L)], R.choice(["Denture - resident", "Les Pins - denture issue",
                                                                     "Resident to see next visit"]), text,
                   holders=[p] if use_h else [])


# ---------------------------------------------------------------- 9. transport booking

def t_transport(ctx):
    R = ctx.rng
    p = ctx.holder(65, 100)
    cond = R.choice(K.ELDER_COND) if R.random() < 0.5 else None
    day = G.next_weekday(datetime.date(2025, 2, 10), R, 1, 110)
    text = (f"{hello(R)}\n\nPlease book a return trip:\n\n{id_block(R, p)}\n"
            f"From: {R.choice(['CHSLD Les Pins, 45 rue des Pins', 'home - ' + p.street + ', ' + p.city])}\n"
            f"To: {G.HOSP_EN}, dental clinic (2nd floor)\n"
            f"Date: {G.day_en(day)}, arrival by {R.choice(['8:30', '9:45', '13:00'])}\n"
            f"Needs: {R.choice(['wheelchair', 'stretcher', 'walker'])}{'; ' + cond[1] if cond else ''}\n\n{thanks(R)}\n\n{sig(R, 'proulx')}\n")
    types = {"patient_name", "date_of_birth", "ramq_nam"} | ({"diagnosis"} if cond else set())
    if "home - " in text:
        types.add("patient_contact")
    return new_doc(ctx, L, "transport", "adapted transport booking for an older patient", True, types,
                   who("proulx", L), [shared("transport")], R.choice(["Transport booking", "Paratransit request",
                                                                      f"Transport {day.isoformat()}"]),
                   text, holders=[p], date=G.before(day, R, 2, 10))


# ---------------------------------------------------------------- 10. quick note between colleagues

def t_quick(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 25, 80, lang="en")
    he, him, his = PRON[p.sex]
    v = R.randrange(4)
    if v == 3:
        body = (f"Can you call {nm(p, R.choice(['title', 'full', 'title_sur']), L)} to confirm tomorrow's "
                f"{R.choice(['8:30', '10:00', '14:15'])} appointment? New cell number: {p.phone}.")
        types = {"patient_name", "patient_contact"}
    elif v == 0:
        body = (f"{nm(p, 'title_sur', L)} in bay 3 is still oozing from the 36 socket after 40 min of pressure. "
                f"{he.capitalize()} is on {R.choice(['apixaban', 'clopidogrel', 'warfarin'])}. Can you come and have a look?")
        types = {"patient_name", "diagnosis", "medication"}
    elif v == 1:
        body = (f"{p.given} called again about the swelling after the 48 extraction - sounds like dry socket. "
                f"Home number is {p.phone}. {he.capitalize()} finished the amoxicillin yesterday.")
        types = {"patient_name", "diagnosis", "patient_contact", "medication"}
    else:
        body = (f"FYI {nm(p, 'initial', L)} ({G.fmt_mrn(p.mrn, R.choice(['plain', 'hash']))}) cancelled the GA slot - "
                f"{his} {R.choice(['chemo', 'dialysis schedule', 'cardiac work-up'])} got moved. {he.capitalize()} still has the abscess on 26, "
                f"I gave a new Rx for amoxicillin.")
        types = {"patient_name", "mrn", "diagnosis", "medication"}
    frm = R.choice(["perreault", "turcotte", "campbell"])
    text = body + f"\n\n{G.signature(frm, L, R, short=True)}\n"
    return new_doc(ctx, L, "note", "quick note between colleagues about a patient", True, types,
                   who(frm, L), [who(R.choice(["fraser", "levesque", "bergeron"]), L)],
                   R.choice(["quick q", "bay 3", "call back", "FYI", "patient called", "cancellation"]), text,
                   ids=[("mrn", p.mrn)] if v == 2 else [], prefer={"body": R.choice(["plain", "html", "alt"])})
