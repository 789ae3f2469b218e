"""English positive templates, part 1."""
import datetime

from gen_clin import (AUD_DX, CHILD_DX, CI_DX, DYS_DX, DYS_FIND, DYS_MED, DYS_REC, SOCIAL, VOICE_DX,
                      VOICE_MED, aud_results, ci_results, holder_block, mrn_fmt, pdf_safe_nam, voice_results)
from gen_common import (ID_SIZES, Msg, disguise, en_date, ext, name_form, pron, slug, staff)
from gen_docs import att, docx, ics, pdf
from gen_pos_fr import _rid, _room


def _en_doc(c):
    return c.pick([staff("ent_en"), staff("ent"), staff("physiatre"), staff("neuro")])


# ---------------------------------------------------------------- 1. MBS report (PDF)
def mbs_report(c):
    r = c.r
    holder = r.random() < 0.4
    p = c.holder(["elder", "adult"]) if holder else c.patient("en", "elder")
    slp, doc = staff("slp_en"), _en_doc(c)
    dx, fnd, rec = c.pick(DYS_DX), c.pick(DYS_FIND), c.pick(DYS_REC)
    pas = r.choice([6, 7, 8])
    lines = [f"Patient: {p.surname.upper()}, {p.given}", f"DOB: {en_date(p.dob, 'iso')}   Sex: {p.sex}",
             f"MRN: {p.mrn}"]
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result"}
    ids, holders = [("mrn", p.mrn)], []
    if holder:
        lines.append(f"RAMQ: {pdf_safe_nam(c, p)}")
        types.add("ramq_nam")
        ids.append(("nam", p.nam))
        holders.append(p)
    lines += ["", "# Modified Barium Swallow Study", f"Date of study: {en_date(c.now.date())}", f"Reason for referral: {dx[1]}.",
              "# Findings", f"Thin liquids by cup: PAS {pas}. {fnd[1]}.",
              "Mildly thick liquids: PAS 1, no residue.", "Purée: adequate bolus control, trace vallecular residue.",
              "Solid (cracker): prolonged mastication, oral residue cleared with liquid wash.",
              "# Recommendations", f"Diet: {rec[1]}.", "Upright 90 degrees for meals and 30 min after. Meds whole in purée.",
              "SLP to follow 2-3x/week on unit.", "", f"{slp.given} {slp.surname}, M.Sc.S., S-LP(C)"]
    fname = c.pick([f"MBS_{p.surname}_{c.now:%Y-%m-%d}.pdf", f"MBSS report - {p.given} {p.surname}.pdf", f"mbs_{p.mrn}.pdf"])
    body = c.pick([
        f"Hi {doc.display('en')},\n\nAttached is the MBS report from this morning. Short version: silent aspiration with thin liquids, "
        f"diet changed to {rec[1]}. I've updated the care plan and spoken with the family.\n\nThanks,\n{slp.given}",
        f"Good afternoon,\n\nPlease find the modified barium swallow report attached for your patient in {_room(c)}. "
        f"Let me know if you would like to discuss.\n\n{slp.sig('en')}",
    ])
    return Msg(lang="en", category="mbs_report", note="modified barium swallow report as PDF", types=types,
               subject=c.pick(["MBS report", "MBSS results", "Swallow study report - today"]), body=body,
               frm=slp.addr(), to=[doc.addr()], atts=[att(fname, "pdf", pdf("Modified Barium Swallow Study Report", lines))],
               ids=ids, holders=holders)


# ---------------------------------------------------------------- 2. Ontario referral (OHIP)
def ohip_referral(c):
    r = c.r
    p = c.patient("en", c.pick(["adult", "elder", "child"]), origin="on")
    hcn = c.ohip()
    hosp = ext("hosp_on")
    sender = c.pick([("Dr. Fiona Larkin", "fiona.larkin@" + hosp[1]), ("Dr. Ravi Menon", "ravi.menon@" + hosp[1])])
    to = staff(c.pick(["ci", "aud_en", "slp_en"]))
    st = c.pick(["space", "hyphen", "plain", "dot", "fullwidth", "slash"])
    vc = c.pick(["", " AB", "-KL", " XZ", ""])
    h = disguise(hcn, ID_SIZES["ohip"], st) + vc
    if to.key == "ci":
        dx = c.pick(CI_DX)[1]
        ask = "assessment for cochlear implant candidacy"
    elif to.key == "aud_en":
        dx = c.pick(AUD_DX)[1]
        ask = "diagnostic audiology and hearing aid assessment"
    else:
        dx = c.pick(DYS_DX)[1]
        ask = "outpatient swallowing assessment (FEES if possible)"
    body = (f"Dear colleague,\n\nI would be grateful if you could see the following patient for {ask}. "
            f"The family lives close to the provincial border and prefers your clinic.\n\n"
            f"Name: {name_form(p, c.pick(['full', 'upper_comma', 'title_full']), 'en')}\n"
            f"DOB: {en_date(p.dob, c.pick(['long', 'iso', 'abbr']))}\nOntario Health Card: {h}\n"
            f"Address: {p.address}\nPhone: {p.phone}\n\n"
            f"History: {dx}. " + c.pick(["Progressive difficulty over two years.", "Symptoms since a hospital admission in the spring.",
                                          "Parents report no response to name at home."]) +
            f"\nMedications: {c.pick(['amlodipine 5 mg, metformin 500 mg BID', 'none', 'salbutamol PRN', 'levothyroxine 75 mcg'])}\n\n"
            f"Sincerely,\n\n{sender[0]}\nDepartment of Otolaryngology, {hosp[0]}\nTel. 613-555-01{r.randint(10, 99)}")
    types = {"patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis"}
    if "none" not in body.split("Medications:")[1].split("\n")[0]:
        types.add("medication")
    return Msg(lang="en", category="referral_ontario", note="out-of-province referral with Ontario health number",
               types=types, subject=c.pick(["Referral", "New referral - out of province", "Referral for assessment"]),
               body=body, frm=sender, to=[to.addr()], ids=[("ohip", hcn)], utf8_only=st == "fullwidth")


# ---------------------------------------------------------------- 3. weekend sign-out roster
def signout(c):
    r = c.r
    a, b = staff("slp_en"), c.pick([staff("slp_dys"), staff("slp_voice")])
    rows, ids, holders = [], [], []
    med_used = False
    for k in range(r.randint(4, 7)):
        p = c.patient("en", c.pick(["elder", "adult"]))
        dx = c.pick(DYS_DX)[1]
        plan = c.pick(["check tolerance of IDDSI 5 at lunch", "NPO, reassess Sat AM", "family meeting re: comfort feeds Sun",
                       "trial thin liquids w/ chin tuck", "MBS booked Mon 10:00", "on thickened fluids, watch temp",
                       "d/c home Mon if eating well"])
        if r.random() < 0.25:
            m = c.pick(DYS_MED)[1]
            plan += f"; on {m}"
            med_used = True
        rows.append(f"{_room(c)}{c.pick('AB')}  {name_form(p, c.pick(['upper_comma', 'comma', 'initial', 'surname_first']), 'en')}  "
                    f"{p.mrn}  {dx}  -> {plan}")
        ids.append(("mrn", p.mrn))
    types = {"patient_name", "diagnosis", "mrn"}
    if med_used:
        types.add("medication")
    body = (f"Hi {b.given},\n\nThanks for covering the weekend. Here's my list, sickest first:\n\n" + "\n".join(rows) +
            f"\n\nPager 0147 if anything comes up Saturday morning, I'm around until noon.\n\n{a.given}")
    return Msg(lang="en", category="signout_list", note="weekend sign-out roster", types=types,
               subject=c.pick(["Weekend sign-out", "Sign-out for Sat/Sun", "SLP coverage list"]), body=body,
               frm=a.addr(), to=[b.addr()], fmt="plain", ids=ids)


# ---------------------------------------------------------------- 4. CI letter
def ci_letter(c):
    r = c.r
    holder = r.random() < 0.4
    p = c.holder(["adult", "elder", "youth"]) if holder else c.patient("en", c.pick(["adult", "elder"]))
    ci, ent = staff("ci"), staff("ent_en")
    dx = c.pick(CI_DX)
    res = ci_results(c, "en")
    types = {"patient_name", "diagnosis", "lab_result"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "en")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
        head = block + "\n\n"
    else:
        head = f"Re: {name_form(p, 'upper_comma', 'en')}\n\n"
    body = (f"Dear {ent.display('en')},\n\n{head}"
            f"{name_form(p, 'title', 'en')} was seen today for {pron(p, 'en', 'poss')} {c.pick(['3-month', '6-month', '1-year'])} post-activation visit "
            f"(right cochlear implant; {dx[1]}).\n\n" + "\n".join("- " + x for x in res) +
            f"\n\n{pron(p, 'en', 'Subj')} reports {c.pick(['good benefit on the phone now', 'difficulty in restaurants', 'intermittent buzzing with the hearing aid on the other side'])}. "
            "New maps saved in slots 1-3. Next appointment in 3 months.\n\nKind regards,\n\n" + ci.sig("en"))
    return Msg(lang="en", category="ci_followup", note="cochlear implant follow-up letter", types=types,
               subject=c.pick(["CI follow-up", "Cochlear implant - post-activation visit", "CI mapping update"]),
               body=body, frm=ci.addr(), to=[ent.addr()], ids=ids, holders=holders)


# ---------------------------------------------------------------- 5. ABR results (toddler)
def abr_results(c):
    r = c.r
    p = c.patient("en", "child")
    aud, ped = staff("aud_en"), staff("ped")
    thr_r, thr_l = r.choice([30, 40, 60, 70, 90]), r.choice([25, 40, 55, 80, 95])
    lab, mrn = mrn_fmt(c, p.mrn, "en")
    body = (f"Hi {ped.display('en')},\n\nSedated ABR completed {en_date(c.ago(1, 5))} for {name_form(p, c.pick(['full', 'upper_comma', 'lower']), 'en')} "
            f"(DOB {en_date(p.dob, c.pick(['iso', 'long']))}, {lab} {mrn}). Chloral hydrate given by day-surgery nursing.\n\n"
            f"Click ABR thresholds: RE {thr_r} dB nHL, LE {thr_l} dB nHL\nTone-burst 500 Hz: RE {thr_r + 10} dB, LE {thr_l + 10} dB\n"
            f"DPOAEs absent bilaterally; tympanometry type A.\n\n"
            f"Impression: {'mild-moderate' if max(thr_r, thr_l) < 60 else 'severe-profound'} sensorineural hearing loss. "
            "Parents counselled; hearing aid fitting booked, referral to early intervention and genetics sent.\n\n"
            f"{aud.sig('en', long=r.random() < 0.5)}")
    return Msg(lang="en", category="abr_result", note="ABR results to paediatrician",
               types={"patient_name", "date_of_birth", "mrn", "lab_result", "diagnosis", "medication"},
               subject=c.pick(["ABR results", "Sedated ABR - results", "Hearing results for your patient"]),
               body=body, frm=aud.addr(), to=[ped.addr()], ids=[("mrn", p.mrn)])


# ---------------------------------------------------------------- 6. congenital CMV follow-up
def cmv_followup(c):
    r = c.r
    p = c.patient("en", "baby")
    ped, aud = staff("ped"), staff("aud_en")
    lab, mrn = mrn_fmt(c, p.mrn, "en")
    mom = c.pick(["Ashley", "Tanya", "Lauren"])
    body = (f"Jessica,\n\nFYI: urine CMV PCR on {name_form(p, 'upper_comma', 'en')} ({lab} {mrn}, born {en_date(p.dob)}) came back POSITIVE "
            f"(collected day 9, {r.randint(20, 90)},000 copies/mL). Cranial US normal, CBC/LFTs normal.\n"
            f"Started valganciclovir 16 mg/kg PO BID, plan 6 months.\n\n"
            f"Newborn screen was a refer on the left. Could you book a diagnostic ABR within 2 weeks and put {pron(p, 'en', 'obj')} on the "
            f"3-monthly monitoring schedule? Mom ({mom}) can be reached at {p.phone}.\n\nThanks,\n{ped.display('en')}")
    return Msg(lang="en", category="lab_followup", note="congenital CMV lab result and hearing follow-up",
               types={"patient_name", "date_of_birth", "mrn", "lab_result", "medication", "patient_contact", "diagnosis"},
               subject=c.pick(["cCMV positive - needs ABR", "CMV result", "Urgent: ABR booking"]), body=body,
               frm=ped.addr(), to=[aud.addr()], ids=[("mrn", p.mrn)])


# ---------------------------------------------------------------- 7. school IEP report (DOCX)
def school_iep(c):
    r = c.r
    holder = r.random() < 0.5
    p = c.holder(["child"]) if holder else c.patient("en", "child")
    slp = staff("slp_en2")
    school = ext("school_en")
    dx = c.pick(CHILD_DX)
    rows = [["Student", f"{p.given} {p.surname}"], ["Date of birth", en_date(p.dob, "iso")], ["Grade", c.pick(["K", "1", "2", "3"])]]
    types = {"patient_name", "date_of_birth", "diagnosis", "lab_result"}
    ids, holders = [], []
    if holder:
        rows += [["Sex", p.sex], ["RAMQ", pdf_safe_nam(c, p)]]
        types.add("ramq_nam")
        ids.append(("nam", p.nam))
        holders.append(p)
    blocks = [("h", "Student information"), ("table", rows), ("h", "Assessment results"),
              ("p", f"CELF-5 Core Language standard score {r.randint(61, 83)}; GFTA-3 standard score {r.randint(55, 80)}."),
              ("p", f"Clinical impression: {dx[1]}."), ("h", "IEP goals"),
              ("p", "1. Follow two-step directions with visual support in 4/5 opportunities."),
              ("p", "2. Produce /s/ blends at word level with 80% accuracy."),
              ("p", "3. Use 4-5 word sentences to retell a familiar story.")]
    if r.random() < 0.3:
        s = c.pick(SOCIAL)
        blocks.append(("p", f"Context: {s[1]}."))
        types.add("social_information")
    data = docx("Speech-Language Report for IEP", blocks, author=slp.surname)
    body = (f"Hi team,\n\nAttached is my report for {p.given}'s IEP meeting on {en_date(c.workday(4, 12), 'day')}. "
            f"Please keep it in the confidential file.\n\n{slp.sig('en')}")
    return Msg(lang="en", category="school_report", note="school SLP report for an IEP meeting", types=types,
               subject=c.pick(["IEP report", "SLP report for Thursday's IEP", "Speech-language report"]), body=body,
               frm=slp.addr(), to=[("Resource team", "resource.team@" + school[1])],
               atts=[att(c.pick([f"SLP_report_{p.surname}.docx", f"{p.given} {p.surname} - IEP SLP.docx",
                                 f"Speech-language report for IEP meeting – {p.given} {p.surname}.docx"]), "docx", data)],
               ids=ids, holders=holders)


# ---------------------------------------------------------------- 8. daycare concern
def daycare_concern(c):
    r = c.r
    p = c.patient("en", "child")
    dc = ext("daycare_en")
    slp = staff("slp_en2")
    staffer = c.pick(["Brianna Holt", "Jasmine Whitaker", "Courtney Lam"])
    s = c.pick(SOCIAL)
    body = (f"Hello,\n\nI'm the lead educator in the preschool room at {dc[0]}. We're concerned about {p.given} "
            f"({p.age(c.now.date())}y) - {pron(p, 'en', 'subj')} stutters on almost every sentence now and has started avoiding talking "
            f"at circle time. {pron(p, 'en', 'Subj')} also seems to miss things when spoken to from behind.\n\n"
            f"Our director asked me to let you know the situation at home: {s[1]}. The worker's number is on file; please "
            f"do not call the father. Mom's cell is {p.phone}.\n\nCould you see {p.given} {p.surname} at the centre?\n\n"
            f"Thank you,\n{staffer}\n{dc[0]}")
    return Msg(lang="en", category="daycare_concern", note="daycare concern with home situation",
               types={"patient_name", "diagnosis", "social_information", "patient_contact"},
               subject=c.pick(["Concern about a child in our room", "Speech referral request", "Stuttering - request for help"]),
               body=body, frm=(staffer, slug(staffer.split()[0]) + "@" + dc[1]), to=[slp.addr()])


# ---------------------------------------------------------------- 9. voice clinic
def voice_en(c):
    r = c.r
    p = c.patient("en", "adult")
    slp, ent = staff("slp_voice"), staff("ent_en")
    dx, med = c.pick(VOICE_DX), c.pick(VOICE_MED)
    res = voice_results(c, "en")
    body = (f"Dr. Okafor,\n\nVoice clinic note for {name_form(p, c.pick(['title_full', 'full', 'initial']), 'en')}, "
            f"{p.age(c.now.date())}, {c.pick(['Grade 2 teacher', 'call-centre agent', 'choir director', 'auctioneer', 'fitness instructor'])}.\n\n"
            + "\n".join(res) + f"\n\nImpression: {dx[1]}. Currently on {med[1]}.\n"
            "Plan: 6 sessions of voice therapy (resonant voice, vocal hygiene), amplifier trial at work, repeat stroboscopy in 8 weeks.\n\n"
            f"{slp.given} {slp.surname}\nVoice Clinic")
    return Msg(lang="en", category="voice_clinic", note="voice clinic note to ENT",
               types={"patient_name", "diagnosis", "lab_result", "medication"},
               subject=c.pick(["Voice clinic note", "Stroboscopy / voice eval", "Voice therapy plan"]), body=body,
               frm=slp.addr(), to=[ent.addr()])


# ---------------------------------------------------------------- 10. insurance / Veterans form with SIN
def insurance_sin(c):
    r = c.r
    p = c.patient("en", c.pick(["adult", "elder"]))
    sin = c.sin()
    aud = staff("aud_en")
    ins = ext("insurer_en")
    st = c.pick(["space", "hyphen", "plain", "dot", "fullwidth_space"])
    s = disguise(sin, ID_SIZES["sin"], st)
    res = aud_results(c, "en")
    veteran = r.random() < 0.5
    body = (f"To the claims department,\n\nPlease find below the information for the hearing aid claim for "
            f"{name_form(p, c.pick(['full', 'upper_comma']), 'en')}.\n\n"
            f"Plan member: {p.given} {p.surname}\nDate of birth: {en_date(p.dob, c.pick(['long', 'iso']))}\nSIN: {s}\n"
            f"Certificate: {r.randint(100000, 999999)}\n\nAudiological findings:\n" + "\n".join(res) +
            f"\n\nDiagnosis: {c.pick(AUD_DX)[1]}.\n"
            + ("Service-related exposure (artillery, 1979-1994) documented by the member.\n" if veteran else "")
            + "Recommended: binaural receiver-in-canal hearing aids. Quote attached separately.\n\n" + aud.sig("en"))
    return Msg(lang="en", category="insurance_form", note="hearing aid insurance claim with SIN",
               types={"patient_name", "date_of_birth", "ca_sin", "lab_result", "diagnosis"},
               subject=c.pick(["Hearing aid claim", "Claim - audiological report", "Benefits claim documentation"]),
               body=body, frm=aud.addr(), to=[("Claims", "claims@" + ins[1])], ids=[("ca_sin", sin)],
               utf8_only=st.startswith("fullwidth"))


# ---------------------------------------------------------------- 11. booking with ICS
def booking_en(c):
    r = c.r
    p = c.patient("en", c.pick(["elder", "adult", "child"]))
    clerk, clin = staff("clerk2"), staff(c.pick(["slp_en", "aud_en", "ci"]))
    d = c.workday(3, 21)
    start = datetime.datetime(d.year, d.month, d.day, c.pick([8, 9, 11, 13, 15]), c.pick([0, 15, 30]))
    end = start + datetime.timedelta(minutes=60)
    what = {"slp_en": "FEES swallow assessment", "aud_en": "Hearing aid fitting", "ci": "CI switch-on / activation"}[clin.key]
    reason = {"slp_en": c.pick(DYS_DX)[1], "aud_en": c.pick(AUD_DX)[1], "ci": c.pick(CI_DX)[1]}[clin.key]
    nm = name_form(p, c.pick(["full", "upper_comma", "title_full"]), "en")
    desc = f"{what}\nClient: {nm}\nCell: {p.phone}\nReason: {reason}\nInterpreter: {c.pick(['none', 'ASL', 'Arabic', 'Punjabi'])}"
    data = ics(f"{start:%Y%m%dT%H%M}-{r.getrandbits(32):08x}@cisss-hautesrivieres.example", start, end, f"{what} - {nm}",
               desc, "Building B, room B-118", clerk.addr(), [clin.addr()], stamp=c.now)
    body = (f"Hi {clin.given},\n\nBooked as requested, invite attached. Client confirmed by phone.\n\n{clerk.given}")
    return Msg(lang="en", category="booking_ics", note="appointment invitation with client details",
               types={"patient_name", "patient_contact", "diagnosis"},
               subject=c.pick([f"Booked: {what}", f"{what} {en_date(d, 'abbr')}", "Appointment booked"]), body=body,
               frm=clerk.addr(), to=[clin.addr()], atts=[att("invite.ics", "ics", data)])


# ---------------------------------------------------------------- 12. pharmacy
def pharmacy_en(c):
    r = c.r
    p = c.patient("en", c.pick(["adult", "elder", "child"]))
    ent = staff("ent_en")
    ph = ext("pharm_en")
    rx = c.pick([("ciprofloxacin/dexamethasone otic suspension, 4 drops right ear BID x 7 days", "otitis externa, right"),
                 ("prednisone 60 mg PO daily x 7 days then taper by 10 mg every 2 days", "sudden sensorineural hearing loss, left"),
                 ("amoxicillin 90 mg/kg/day divided BID x 10 days", "acute otitis media with effusion"),
                 ("pantoprazole 40 mg PO BID x 8 weeks", "laryngopharyngeal reflux")])
    body = (f"Prescription\n\nPatient: {name_form(p, c.pick(['full', 'upper_comma']), 'en')}\nDOB: {en_date(p.dob, 'iso')}\n"
            f"Phone: {p.phone}\nAddress: {p.address}\n\nIndication: {rx[1]}\nRx: {rx[0]}\nRefills: 0\n\n"
            f"{ent.display('en')}, Otolaryngology\nLicence 1-{r.randint(10000, 99999)}\n"
            "This prescription was sent from a secure clinic account; the original will not be faxed.")
    return Msg(lang="en", category="prescription_pharmacy", note="prescription e-mailed to a pharmacy",
               types={"patient_name", "date_of_birth", "patient_contact", "medication", "diagnosis"},
               subject=c.pick(["Prescription", "Rx for pickup today", "New prescription"]), body=body,
               frm=ent.addr(), to=[("Riverbend Pharmacy", "rx@" + ph[1])], fmt="plain")
