"""Positive (confidential) messages in English – part 1."""
from gen_clinical import has_imaging, meds_en, LAB_NAMES, PAIN, PREOP, labs_line
from gen_common import ohip_render, sin_render
from gen_org import HOSP, PARTNERS, UNITS, partner_addr, st
from gen_render import att_docx, att_ics, att_pdf, att_xlsx
from gen_tpl import Msg


def pr(p, subj=True):
    if subj:
        return "she" if p.sex == "F" else "he"
    return "her" if p.sex == "F" else "him"


def pos(p):
    return "her" if p.sex == "F" else "his"


def pain_sc(t, keys=None):
    return t.pick([x for x in PAIN if keys is None or x["key"] in keys])


def preop_sc(t, keys=None):
    return t.pick([x for x in PREOP if keys is None or x["key"] in keys])


def referral_ontario(t):
    m = Msg(t, "pos", "referral", "referral of an Ontario resident to a pain programme closer to home")
    p = t.c.patient("en", age=(25, 80))
    hn, vc = t.c.ohip()
    hr = ohip_render(hn, vc if t.chance(0.7) else None, t.pick(["hyphen", "spaced", "plain", "dotted"]))
    m.idv("ca_health_number", hr)
    sc = pain_sc(t, ("lbp_rad", "fbss", "crps", "facet", "knee_oa", "dpn", "phn"))
    doc = st(t.pick(["ashworth", "feldstein", "benslimane"]))
    a1, a2 = t.c.address("on")
    dob = t.dob(p)
    m.frm = doc.addr()
    m.to = [("Central Intake – Pain Program", partner_addr("rvgh", "painintake"))]
    m.cc = [st("ferland").addr()] if t.chance(0.5) else []
    m.subject = t.pick(["Referral – chronic pain program", f"Referral: {p.name('upper_comma')}", "Transfer of care request (Ontario resident)"])
    m.body = f"""{t.hello()}

I would like to refer the following patient to your interdisciplinary pain program. {pr(p).capitalize()} lives in Ontario and has been travelling over an hour each way to our clinic.

Patient: {p.name('full')}
DOB: {dob}
Ontario health number: {hr}
Address: {a1}, {a2}

Diagnosis: {sc['dx'][1]}
Imaging: {sc['imaging'][1]}
Current medications: {'; '.join(meds_en(sc))}
Interventions to date: {sc['proc'][1]} x2 with ~40% relief lasting 8 weeks.

{pr(p).capitalize()} would benefit from a supervised exercise and CBT-based program. Our notes can be faxed on request ({UNITS['DOUL'][3]}).

{t.bye()}
{t.sign(doc.key)}"""
    m.ty("patient_name", "date_of_birth", "patient_contact", "diagnosis", "medication")
    if has_imaging(sc):
        m.ty("lab_result")
    m.must.append(hr)
    return m


def consult_letter_docx(t):
    m = Msg(t, "pos", "consult", "pain clinic consultation letter (DOCX) for an anglophone Quebec patient")
    p = t.c.holder(min_age=20)
    sc = pain_sc(t)
    doc = st(t.pick(["ashworth", "feldstein", "benslimane", "trudel"]))
    gp = st(t.pick(["abboud", "lanctot"]))
    d = t.past(1, 12)
    m.holder(p)
    nam = t.nam(p, t.pick(["plain", "spaced"]))
    dob = t.dob(p, t.pick(["iso", "long"]))
    blocks = [("title", "Chronic Pain Clinic – Consultation"),
              ("kv", [("Patient", p.name("upper_comma")), ("Date of birth", dob), ("Sex", p.sex),
                      ("RAMQ", nam), ("Seen on", d.isoformat()), ("Referred by", gp.name("en"))]),
              ("p", f"Dear {gp.name('en')},\n\nThank you for referring this pleasant patient for assessment of {sc['dx'][1]}."),
              ("p", f"Average pain {sc['score']}/10, worse at night. {sc['imaging'][1]}."),
              ("p", "Current medications: " + "; ".join(meds_en(sc)) + "."),
              ("p", f"Impression: {sc['dx'][1]}.\n\nPlan: {sc['proc'][1]}; follow-up in 6-8 weeks. Please continue current analgesics; no dose escalation for now."),
              ("p", f"Sincerely,\n{doc.name('en')}")]
    fn = t.pick(["Consult_letter.docx", f"Consult {p.surname} {d:%Y-%m-%d}.docx", "pain-consult.docx"])
    m.atts = [att_docx(fn, blocks, doc.plain(), "Consultation")]
    m.frm = doc.addr()
    m.to = [gp.addr()]
    m.subject = t.pick(["Consultation letter", "Pain clinic consult – your patient", f"Consult note {d:%Y-%m-%d}"])
    m.body = f"""{t.hello(gp.name('en'))}

Please find attached my consultation letter for your patient seen on {t.day(d)}. Happy to discuss by phone.

{t.bye()}
{t.sign(doc.key, 1)}"""
    m.ty("diagnosis", "medication")
    if has_imaging(sc):
        m.ty("lab_result")
    return m


def preop_html(t):
    m = Msg(t, "pos", "preop", "pre-anaesthesia clinic summary in an HTML table")
    p = t.c.patient("en", age=(40, 88))
    sc = preop_sc(t)
    md = st(t.pick(["ashworth", "vaillancourt", "aziz"]))
    surg = st(sc["surg"])
    d = t.future(5, 30)
    mrn = t.mrn(p, t.pick(["plain", "hyphen", "spaced"]))
    m.idv("mrn", mrn)
    rows = ["Item | Details",
            f"Patient | {p.name(t.pick(['upper_comma', 'title_full', 'full']))} ({t.mrn_label().rstrip(':')} {mrn})",
            f"Procedure | {sc['proc'][1]} – {t.day(d)} – {surg.name('en')}",
            f"Comorbidities | {sc['dx'][1]}",
            f"Medications | {'; '.join(meds_en(sc))}",
            f"Labs | {labs_line(sc['labs'], 'en')}",
            f"Airway | {sc['airway'][1]}",
            f"ASA | {sc['asa']}",
            f"Medication instructions | {sc['hold'][1]}",
            f"Plan | {sc['plan'][1]}"]
    m.frm = md.addr()
    m.to = [surg.addr()]
    m.cc = [st("demers").addr()]
    m.subject = t.pick(["PAC summary", f"Pre-op clinic – {sc['proc'][1]} on {t.short(d)}", "Anaesthesia pre-op assessment"])
    table = "\n".join(rows)
    m.body = f"""{t.hello(surg.name('en'))}

Summary from today's pre-anaesthesia clinic visit:

{table}

{t.pick(['Cleared from an anaesthesia standpoint.', 'OK to proceed provided the medication instructions are followed.', 'Please call me if the date changes.'])}

{t.bye()}
{t.sign(md.key, 1)}"""
    m.tx = {"mode": t.pick(["html", "alt", "html"])}
    m.ty("patient_name", "diagnosis", "lab_result")
    if sc["key"] != "mh":
        m.ty("medication")
    return m


def aps_census_xlsx(t):
    m = Msg(t, "pos", "census", "acute pain service patient list (XLSX)")
    rows = [["Room", "Patient", "MRN", "Age", "Surgery", "Modality", "Pain (NRS)", "Issues"]]
    mods = ["TEA bupi 0.1% + fentanyl 2 mcg/mL @ 8 mL/h", "HM PCA 0.2 mg q8min", "ACB catheter ropi 0.2% 6 mL/h",
            "IT morphine 100 mcg", "ketamine 0.1 mg/kg/h", "ESP catheter ropi 0.2% 8 mL/h"]
    n = t.randint(5, 8)
    for i in range(n):
        p = t.c.patient(t.pick(["en", "fr"]), age=(25, 90))
        sc = preop_sc(t)
        mrn = t.mrn(p, "plain")
        m.idv("mrn", mrn)
        rows.append([f"{t.randint(3, 6)}{t.randint(10, 40)}", p.name(t.pick(["upper_comma", "comma", "surname_first"])), mrn,
                     p.age(), sc["proc"][1], t.pick(mods), t.randint(2, 9),
                     t.pick(["pruritus", "hypotension on bolus", "OSA – sats 88% asleep", "chronic opioid user", "none", "PONV", "numb both legs – check catheter"])])
        if i == 0:
            m.must.append(mrn)
    m.atts = [att_xlsx(t.pick(["APS_list.xlsx", f"APS {t.when:%Y-%m-%d}.xlsx", "acute_pain_round.xlsx"]), [("APS", rows)], st("lindgren").plain())]
    m.frm = st("lindgren").addr()
    m.to = [st("okonkwo").addr(), st(t.pick(["aziz", "vezina"])).addr()]
    m.subject = t.pick(["APS list for rounds", "Acute pain round – list", f"APS patients {t.when:%b %d}"])
    m.body = f"""{t.hello()}

Attached is this morning's APS list ({n} patients). {t.pick(['Two epidurals to pull today.', 'Room 5 catheter was leaking overnight.', 'New consult coming from 4th floor.'])}

{t.bye()}
Erika"""
    m.ty("patient_name", "mrn", "diagnosis", "medication")
    return m


def or_booking_ics(t):
    m = Msg(t, "pos", "booking", "OR booking with anaesthesia requirements and calendar invite")
    p = t.c.patient("en", age=(30, 85))
    sc = preop_sc(t, ("diff_airway", "mh", "pseudo", "latex_anx", "opioid_preop", "suboxone"))
    coord = st("demers")
    md = st(t.pick(["ashworth", "archambault"]))
    d = t.future(7, 40)
    mrn = t.mrn(p, "plain")
    m.idv("mrn", mrn)
    m.atts = [att_ics(t.pick(["OR_booking.ics", "invite.ics"]), uid=f"{t.rng.getrandbits(48):012x}@hsaurele.example",
                      start=t.at(d, 7, 45), end=t.at(d, 11, 0),
                      summary=f"OR 3 – {sc['proc'][1]} – {p.name('upper_comma')}",
                      location=f"OR 3, {HOSP}",
                      description=f"MRN {mrn}. {sc['dx'][1]}. {sc['plan'][1]}",
                      organizer=(coord.plain(), coord.email), attendees=[md.addr()])]
    m.frm = coord.addr()
    m.to = [md.addr()]
    m.subject = t.pick([f"Booked: {sc['proc'][1]} {t.short(d)}", "First case – special requirements", "OR 3 booking confirmation"])
    m.body = f"""{t.hello(md.name('en'))}

{p.name('title_full')} is booked as first case in OR 3 on {t.day(d)}. Flagged at PAC: {sc['dx'][1]}.

Requirements noted: {sc['plan'][1]}

Calendar invite attached.

{t.bye()}
{t.sign('demers', 1)}"""
    m.ty("patient_name", "mrn", "diagnosis")
    return m


def lab_reply_en(t):
    m = Msg(t, "pos", "lab_followup", "reply about abnormal pre-op bloodwork, quoted")
    p = t.c.patient("en", age=(50, 88))
    sc = preop_sc(t, ("ckd", "colect_anemia", "chole_dm", "pth_afib", "pacemaker"))
    nurse, md = st("berube"), st(t.pick(["ashworth", "aziz"]))
    d = t.future(2, 14)
    prev = t.earlier(2, 30)
    q = f"""Dr. {md.surname},

Bloodwork for {p.name('title_full')} ({sc['proc'][1]}, {t.day(d)}): {labs_line(sc['labs'], 'en')}.
Do you want anything repeated before surgery?

Josiane"""
    subj0 = t.pick([f"Bloodwork – {p.name('title_sur')}", "Pre-op labs to review", f"Labs {p.name('initial')}"])
    k = t.randint(0, 1)
    ans = [f"Repeat on the morning of surgery. {sc['hold'][1]}",
           f"Let's postpone. {sc['plan'][1]} I'll let {st(sc['surg']).name('en')} know."][k]
    m.in_reply_to = t.synth_msgid()
    m.frm = md.addr()
    m.to = [nurse.addr()]
    m.subject = t.re(subj0)
    m.body = f"""{ans}

{md.given}

{t.quote(nurse.plain(), nurse.email, prev, q, subject=subj0, to=md.plain())}"""
    m.ty("patient_name", "lab_result")
    if k == 0 or "iron" in sc["plan"][1].lower():
        m.ty("medication")
    if k == 1:
        m.ty("diagnosis")
    m.must.append(p.surname)
    return m


def mri_note(t):
    m = Msg(t, "pos", "imaging", "quick note on MRI result and procedure booking")
    p = t.c.patient("en")
    sc = pain_sc(t, ("lbp_rad", "fbss", "facet", "occipital", "knee_oa", "si_joint"))
    doc, sec = st(t.pick(["ashworth", "feldstein", "benslimane"])), st("ferland")
    m.frm = doc.addr()
    m.to = [sec.addr()]
    m.subject = t.pick(["imaging back", f"{p.name('sur_initial')} – imaging", "please book"])
    m.body = f"""Nadia,

{p.name(t.pick(['full', 'title_sur', 'upper_comma', 'lower']))} – imaging is back: {sc['imaging'][1]}.
Please book {pr(p, False)} for {sc['proc'][1]} in the next available fluoro slot and let {pr(p, False)} know {pr(p)} can stay on {meds_en(sc)[0].split(' (')[0]}.

Thanks
{doc.given[0]}."""
    m.ty("patient_name", "diagnosis", "medication", "lab_result")
    return m


def rx_taper_pdf(t):
    m = Msg(t, "pos", "prescription", "opioid taper schedule sent to pharmacy (PDF)")
    p = t.c.holder(min_age=25)
    doc = st(t.pick(["ashworth", "feldstein", "benslimane"]))
    drug = t.pick([("hydromorphone CR (Hydromorph Contin)", [24, 18, 15, 12, 9]), ("oxycodone CR (OxyNEO)", [40, 30, 25, 20, 15]),
                   ("morphine SR (M-Eslon)", [60, 45, 30, 30, 15])])
    m.holder(p)
    nam = t.nam(p, t.pick(["plain", "spaced"]))
    dob = t.dob(p, "iso")
    start = t.future(2, 8)
    rows = [["Weeks", "Dose (mg)", "Frequency", "Dispense"]]
    for i, dose in enumerate(drug[1]):
        rows.append([f"{2 * i + 1}-{2 * i + 2}", str(dose), "q12h", "weekly"])
    blocks = [("title", "Opioid taper schedule"),
              ("kv", [("Patient", p.name("upper_comma")), ("DOB / Sex", f"{dob} / {p.sex}"), ("RAMQ", nam),
                      ("Start date", start.isoformat()), ("Medication", drug[0])]),
              ("table", rows),
              ("p", "Reason: long-term opioid therapy with poor functional benefit; patient agrees with taper. "
                    "Naloxone kit dispensed. Do not dispense early refills."),
              ("small", f"Prescriber: {doc.name('en')}, {UNITS['DOUL'][1]}, {UNITS['DOUL'][2]}")]
    pk = t.pick(["ph_maple", "ph_moulin"])
    m.atts = [att_pdf(t.pick(["Taper_schedule.pdf", f"taper_{p.surname.lower()}.pdf", "Rx_taper_signed.pdf"]), blocks, "Taper", doc.plain())]
    m.frm = doc.addr()
    m.to = [(PARTNERS[pk][0], partner_addr(pk, "rx"))]
    m.subject = t.pick(["Opioid taper – new Rx", "Taper schedule attached", f"Rx for {p.name('full')}"])
    m.body = f"""{t.hello()}

Please find attached the taper schedule for {p.name('title_full')} (DOB {dob}), starting {t.day(start)}. Weekly dispensing please.

{t.bye()}
{t.sign(doc.key)}"""
    m.ty("medication")
    return m


def insurer_gml(t):
    m = Msg(t, "pos", "insurer_form", "attending physician statement to a life insurer (PDF) with SIN")
    p = t.c.patient("en", age=(25, 62))
    sin = t.c.sin()
    sr = sin_render(sin, t.pick(["spaced", "hyphen", "plain", "fullwidth"]))
    m.idv("ca_sin", sr)
    sc = pain_sc(t, ("lbp_rad", "crps", "fibro", "migraine", "fbss"))
    doc = st(t.pick(["feldstein", "ashworth"]))
    claim = f"LTD-{t.randint(1000000, 9999999)}"
    dob = t.dob(p, "iso")
    blocks = [("title", "Attending Physician Statement – Long Term Disability"),
              ("kv", [("Claimant", p.name("full")), ("Date of birth", dob), ("SIN", sin_render(sin, "spaced")),
                      ("Claim number", claim)]),
              ("p", f"Primary diagnosis: {sc['dx'][1]}."),
              ("p", "Treatment: " + "; ".join(meds_en(sc)) + f". Planned: {sc['proc'][1]}."),
              ("p", "Restrictions: no lifting > 5 kg, no prolonged sitting > 30 min. Unable to perform own occupation at this time."),
              ("p", "Prognosis: guarded; reassess in 3 months.")]
    m.atts = [att_pdf(t.pick(["APS_completed.pdf", f"{claim}.pdf", "AttendingPhysicianStatement.pdf"]), blocks, "APS", doc.plain())]
    m.frm = st("ferland").addr()
    m.to = [("Disability Claims", partner_addr("gml", "disability.claims"))]
    m.subject = t.pick([f"Claim {claim} – APS", "Completed Attending Physician Statement", f"{claim}"])
    m.body = f"""{t.hello()}

Attached is the completed Attending Physician Statement for claim {claim} ({p.name('full')}, SIN {sr}).

{t.bye()}
{t.sign('ferland')}"""
    m.ty("patient_name", "date_of_birth", "diagnosis", "medication")
    m.must.append(claim)
    return m


def callback_en(t):
    m = Msg(t, "pos", "quick_note", "call-back note with patient cell and symptom")
    p = t.c.patient("en")
    ph = t.c.phone_fmt(t.pick(["613", "819", "514"]))
    frm, to = t.pick([(st("ferland"), st("murray")), (st("lindgren"), st("okonkwo")), (st("murray"), st("ashworth"))])
    sym = t.pick([("severe headache when upright since Tuesday's epidural – ?PDPH", "post-dural puncture headache"),
                  ("still numb below the knee 36 h after the block", "prolonged block"),
                  ("very drowsy since the methadone went up to 10 mg", "opioid sedation"),
                  ("redness and discharge at the catheter site, temp 38.6", "catheter site infection"),
                  ("out of gabapentin, pain 10/10 and not sleeping", "ran out of gabapentin")])
    m.frm = frm.addr()
    m.to = [to.addr()]
    m.subject = t.pick(["call back pls", f"Phone msg – {p.name('title_sur')}", "Patient call", "urgent-ish"])
    m.body = f"""{to.given} – {p.name(t.pick(['full', 'lower', 'title_full', 'upper_comma']))} called: {sym[0]}.
Cell {ph}, {t.pick(['available after 2', 'ok to leave a message', 'prefers text'])}.
{frm.given}"""
    m.note = "call-back note: " + sym[1]
    m.ty("patient_name", "patient_contact", "diagnosis")
    if any(w in sym[0] for w in ("methadone", "gabapentin")):
        m.ty("medication")
    m.must.append(ph)
    return m


def fwd_suboxone(t):
    m = Msg(t, "pos", "forward", "forwarded thread on perioperative buprenorphine plan")
    p = t.c.patient("en", age=(25, 60))
    surg = st("gravel")
    md = st(t.pick(["okonkwo", "ashworth"]))
    ph = st("pepin")
    d = t.future(10, 30)
    prev = t.earlier(10, 50)
    orig = f"""Hi,

{p.name('title_full')} ({t.mrn_label().rstrip(':')} {t.mrn(p)}) is scheduled for an L5-S1 microdiscectomy on {t.day(d)}. {pr(p).capitalize()} is on Suboxone 16/4 mg daily (OUD, in remission 3 years) from a community prescriber.
Do we need to stop it before surgery?

Thanks, {surg.name('en')}'s office"""
    m.idv("mrn", p.mrn)
    subj0 = "Suboxone before surgery?"
    m.frm = md.addr()
    m.to = [ph.addr()]
    m.cc = [surg.addr()]
    m.subject = t.tr(subj0)
    m.body = f"""Guillaume – FYI, see below. Plan: continue buprenorphine, split 8 mg BID from 3 days before, ESP block + ketamine intra-op, APS to follow. Can you make sure the inpatient supply is available on the ward?

{md.given}

{t.fwd(surg.name('en') + ' office', surg.email, prev, subj0, md.plain(), orig)}"""
    m.ty("patient_name", "mrn", "diagnosis", "medication")
    return m


def reply_glp1(t):
    m = Msg(t, "pos", "reply", "reply on semaglutide hold and aspiration risk, quoted")
    p = t.c.patient("en", age=(35, 75))
    sc = preop_sc(t, ("glp1",))
    nurse, md = st("berube"), st(t.pick(["ashworth", "vaillancourt", "aziz"]))
    d = t.future(2, 10)
    prev = t.earlier(1, 20)
    q = f"""Hi Dr. {md.surname},

{p.name('full')} ({sc['proc'][1]} {t.day(d)}) just told me {pr(p)} took {pos(p)} Ozempic yesterday – nobody told {pr(p, False)} to hold it. BMI 44, type 2 diabetes. Still go ahead?

Josiane"""
    subj0 = f"Ozempic – {p.name('sur_initial')}"
    m.in_reply_to = t.synth_msgid()
    m.frm = md.addr()
    m.to = [nurse.addr()]
    m.subject = t.re(subj0)
    m.body = f"""Hi Josiane,

We'll proceed but treat as full stomach: clear fluids only for 24 h before, gastric ultrasound at induction and RSI if it shows solid contents. Please call {pr(p, False)} today to explain.

{md.name('en')}

{t.quote(nurse.plain(), nurse.email, prev, q, subject=subj0, to=md.plain())}"""
    m.ty("patient_name", "diagnosis", "medication")
    return m


def catheter_discharge(t):
    m = Msg(t, "pos", "discharge", "home nerve catheter discharge note with patient phone")
    p = t.c.patient("en", age=(30, 80))
    ph = t.c.phone_fmt()
    md, nurse = st("okonkwo"), st("lindgren")
    proc, cath = t.pick([("right total knee arthroplasty for end-stage osteoarthritis", "adductor canal"),
                         ("left shoulder arthroplasty for rotator cuff arthropathy", "interscalene"),
                         ("right ankle ORIF for a trimalleolar fracture", "popliteal sciatic"),
                         ("left total hip arthroplasty for avascular necrosis", "fascia iliaca")])
    m.frm = nurse.addr()
    m.to = [md.addr()]
    m.cc = [st("murray").addr()] if t.chance(0.4) else []
    m.subject = t.pick(["Home catheter – discharged today", "Ambulatory catheter f/u", f"Discharge: {cath} catheter"])
    m.body = f"""{t.hello(md.name('en'))}

{p.name(t.pick(['title_full', 'upper_comma', 'full']))} went home today after {proc} with {'an' if cath[0] in 'aeiou' else 'a'} {cath} catheter (ropivacaine 0.2% at 5 mL/h, elastomeric pump, 270 mL).
Oral: acetaminophen 1 g QID, celecoxib 200 mg BID, hydromorphone 1-2 mg q4h PRN.

I will call {pr(p, False)} tomorrow and Thursday at {ph}. Catheter removal at home on day 3 – {pr(p)} was shown how.

{nurse.given}"""
    m.ty("patient_name", "patient_contact", "medication", "diagnosis")
    m.must.append(ph)
    return m
