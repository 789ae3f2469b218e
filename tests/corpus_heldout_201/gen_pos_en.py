"""Positive (confidential) templates, English (part 1: clinical unit mail)."""
import datetime

import gen_attach as A
from gen_common import (DOM, DOM_CISSS, DOM_FAMILY, DX_EN, MEDS_EN, fmt_date, fmt_ohn, make_ohn,
                        name_variant, short_day)
from gen_helpers import addr, greet, group, mk, quote, intro_line, sig, thanks

L = "en"


def admission_ohn(ctx):
    p = ctx.patient(L, age=(70, 95))
    liaison = ctx.staff()
    ohn = make_ohn(ctx)
    vc = ctx.pick(["AB", "KX", "TM", "GH", ""])
    ohn_core = fmt_ohn(ctx, ohn)
    ohn_s = ohn_core + ((" " + vc) if vc and ctx.chance(0.6) else "")
    mrn = ctx.mrn(ctx.pick(["plain", "H", "year"]))
    dob = fmt_date(ctx, p.dob, L)
    nm = name_variant(ctx, p, L, ctx.pick(["title", "SUR, Giv", "full", "Sur, Giv"]))
    dx = ctx.rng.sample(DX_EN, 3)
    meds = ctx.rng.sample(MEDS_EN, 4)
    home = []
    if ctx.chance(0.5):
        home = ["Last home address: %d %s, %s ON, tel. %s" % (ctx.num(10, 990), ctx.pick(["Elm Street", "Riverside Drive", "Bank Street"]),
                                                             ctx.pick(["Cornwall", "Hawkesbury", "Alexandria"]), ctx.phone("613"))]
    hosp = ctx.pick(["Rideau Valley General Hospital", "Ottawa East Health Centre", "Seaway Valley Regional Hospital"])
    body = [greet(ctx, L),
            "Further to the interprovincial placement approval, we are transferring the following patient to your facility "
            "on %s. The family has moved back to Quebec and requested a bed close to them." % short_day(ctx.date(), L),
            "\n".join(["Patient: " + nm, "DOB: " + dob, "Ontario Health Card: " + ohn_s, "%s MRN: %s" % (hosp.split()[0], mrn),
                       "Diagnoses: " + "; ".join(dx), "Current meds: " + "; ".join(meds),
                       "Code status: " + ctx.pick(["DNR", "Full code", "DNR, no ICU transfer"])] + home),
            "Discharge summary and MAR to follow by secure fax. Please call the unit to confirm bed availability.",
            thanks(ctx, L),
            "%s, Patient Flow Coordinator\n%s\nTel. %s" % (liaison.full, hosp, ctx.phone("613"))]
    return mk(ctx, L, "admission", (liaison.full, liaison.email("rvgh.example")), [group("Admissions", "admissions")],
              ctx.pick(["Transfer to LTC – %s" % p.sur, "Interprovincial transfer", "Bed offer accepted – transfer details"]),
              body, ["patient_name", "date_of_birth", "ca_health_number", "mrn", "diagnosis", "medication"] +
              (["patient_contact"] if home else []),
              "interprovincial transfer of a patient to long-term care", expect=[p.sur, ohn_core],
              ids=[("ca_health_number", ohn)])


def fall(ctx):
    p = ctx.patient(L)
    rn = ctx.staff()
    mgr = ctx.staff("F")
    room = ctx.room()
    nm = name_variant(ctx, p, L)
    inj = ctx.pick(["small skin tear L forearm, steri-strips applied", "bump on the back of the head, no LOC",
                    "c/o R hip pain, leg shortened and externally rotated", "no visible injury", "bruised R cheek"])
    body = [greet(ctx, L, mgr.giv),
            "FYI – %s (rm %s) had an unwitnessed fall at %02d:%02d, found on the floor beside the bed. %s." % (
                nm, room, ctx.num(0, 23), ctx.num(0, 59), inj[0].upper() + inj[1:]),
            ("Vitals: BP %d/%d, HR %d, SpO2 %d%%, CBG %.1f. Head-injury routine started. On %s."
             % (ctx.num(100, 170), ctx.num(55, 95), ctx.num(55, 110), ctx.num(90, 99), ctx.num(45, 130) / 10,
                ctx.pick(["apixaban", "ASA 81", "no anticoagulant", "warfarin"]))).replace("On no anticoagulant", "No anticoagulant"),
            "Incident report filed in the system. Family (daughter) notified by phone.",
            sig(ctx, rn, L, "RN", short=ctx.chance(0.4))]
    types = ["patient_name", "diagnosis", "lab_result", "medication"]
    if "No anticoagulant" in body[2]:
        types.remove("medication")
    return mk(ctx, L, "fall", addr(rn), [addr(mgr)],
              ctx.pick(["Fall rm %s" % room, "Unwitnessed fall last night", "Incident – fall – %s" % p.sur]),
              body, types, "fall incident report for a resident", expect=[p.sur])


def wound(ctx):
    p = ctx.patient(L)
    nurse = ctx.staff("F")
    md = ctx.physician()
    site = ctx.pick(["sacrum", "right heel", "left ischium", "coccyx", "left lateral malleolus"])
    stage = ctx.pick(["2", "3", "4", "unstageable"])
    culture = ctx.pick(["MRSA", "Proteus mirabilis", "mixed skin flora", "Pseudomonas"])
    nm = name_variant(ctx, p, L)
    st = ("stage %s" % stage) if stage != "unstageable" else "unstageable"
    lines = ["Resident: %s   Room %s" % (p.full, ctx.room()), "Wound: %s pressure injury, %s" % (st, site),
             "Size: %.1f x %.1f x %.1f cm, tunnelling at 12 o'clock" % (ctx.num(20, 70) / 10, ctx.num(10, 40) / 10, ctx.num(2, 20) / 10),
             "Swab culture: " + culture, "Plan: Aquacel Ag, offloading boots, turn q2h, protein supplement",
             "Braden score: %d" % ctx.num(9, 14)]
    body = [greet(ctx, L, "%s %s" % (md.t_en, md.sur)),
            "Please see the attached wound assessment for %s. The %s wound has deteriorated since last week and the swab came "
            "back %s. Would you consider %s?" % (nm, site, culture, ctx.pick(["doxycycline", "a vascular consult", "cephalexin"])),
            thanks(ctx, L), sig(ctx, nurse, L, "Wound Care Nurse (NSWOC)")]
    fn = ctx.pick(["wound_assessment_%s.pdf" % p.sur.lower().replace("'", ""), "Wound assessment %s.pdf" % short_day(ctx.date(), L),
                   "NSWOC consult.pdf"])
    return mk(ctx, L, "wound", addr(nurse), [addr(md, DOM, md.t_en)],
              ctx.pick(["Wound consult", "Pressure injury update – %s" % site, "%s wound" % st.capitalize()]),
              body, ["patient_name", "diagnosis", "lab_result", "medication"], "wound care assessment",
              atts=[A.pdf(fn, "Wound Assessment – NSWOC", lines, author="Wound care")], expect=[p.sur])


def med_review(ctx):
    ph = ctx.staff()
    n = ctx.num(3, 6)
    items = [("stop quetiapine 25 mg HS", "daytime drowsiness, 2 falls"),
             ("start mirtazapine 7.5 mg HS", "poor appetite, low mood"),
             ("reduce furosemide to 20 mg daily", "creatinine up to 151"),
             ("stop donepezil", "HR 46, advanced dementia"),
             ("switch lorazepam PRN to trazodone 25 mg HS", "insomnia, falls risk"),
             ("add sennosides 2 tabs HS", "constipation on hydromorphone"),
             ("reduce insulin glargine to 10 units", "AM sugars 3.2-3.8"),
             ("stop pantoprazole", "no indication, deprescribing"),
             ("stop atorvastatin", "palliative, pill burden")]
    picked = ctx.rng.sample(items, n)
    style = ctx.pick(["SUR, Giv", "Sur, Giv", "init", "full", "lower"])
    pats = [ctx.patient(L) for _ in range(n)]
    rows = [["Room", "Resident", "Change", "Reason"]] + [[ctx.room(), name_variant(ctx, p, L, style), c, r]
                                                       for p, (c, r) in zip(pats, picked)]
    body = [greet(ctx, L, "team"),
            "Quarterly medication review for %s done with %s this morning. Please update the MAR:" % (
                ctx.pick(["2 East", "3 North", "1 West"]), ctx.pick(["Dr. Campbell", "Dr. Haddad", "Dr. Nguyen"])),
            {"table": rows, "style": ctx.pick(["pad", "pipe", "tab"])},
            "Signed orders are in the binder; blister packs will be re-done for Thursday.",
            thanks(ctx, L), sig(ctx, ph, L, "Pharmacist", unit=False)]
    types = ["patient_name", "medication", "diagnosis"]
    if any(k in " ".join(r for _, r in picked) for k in ("creatinine", "HR 46", "3.2")):
        types.append("lab_result")
    atts = []
    if ctx.chance(0.3):
        atts.append(A.xlsx("med_review_Q%d.xlsx" % ctx.num(1, 4), [("Changes", rows)]))
    return mk(ctx, L, "med_review", addr(ph, "pharmacie-belair.example"), [group("Charge nurses", "charge.nurses")],
              ctx.pick(["Med review – MAR changes", "Quarterly medication review", "Deprescribing round results"]),
              body, types, "medication changes after a pharmacist review", atts=atts, expect=[p.sur for p in pats])


def signout(ctx):
    md = ctx.physician()
    n = ctx.num(3, 5)
    issues = ["on day 3/7 ceftriaxone for pneumonia, recheck sats", "INR 4.1, warfarin held, repeat INR Mon",
              "palliative, family at bedside, hydromorphone SC PRN", "new AF rate 130s, started metoprolol 12.5 BID",
              "delirium ?UTI, urine C&S pending", "K 5.9 this AM, kayexalate given, repeat lytes 1600",
              "hypoglycemia 2.9 overnight, glargine reduced"]
    pats = [ctx.patient(L) for _ in range(n)]
    chosen = ctx.rng.sample(issues, n)
    style = ctx.pick(["Sur, Giv", "title_sur", "lower", "SUR Giv", "init"])
    lines = ["%s - %s - %s" % (ctx.room(), name_variant(ctx, p, L, style), iss) for p, iss in zip(pats, chosen)]
    body = [ctx.pick(["Hi,", "Sign-out for the weekend:", "Evening,"]),
            "Weekend sign-out for the LTC – please call the unit if anything changes:", "\n".join(lines),
            "Everyone else stable.", "%s %s" % (md.t_en, md.full)]
    types = ["patient_name", "medication", "diagnosis"]
    if any(k in " ".join(chosen) for k in ("INR", "K 5.9", "2.9", "130s")):
        types.append("lab_result")
    return mk(ctx, L, "signout", addr(md, "gmf-quatrevents.example", md.t_en), [group("On-call MDs", "oncall.md")],
              ctx.pick(["Weekend sign-out LTC", "Sign out", "Handover for on-call"]), body, types,
              "physician sign-out list", expect=[p.sur for p in pats], mode=ctx.pick([None, "plain"]))


def family(ctx):
    p = ctx.patient(L)
    son = ctx.patient(L, age=(45, 65), sex="M")
    son.sur = p.sur
    rn = ctx.staff("F")
    who = "my mother" if p.sex == "F" else "my father"
    pr = "she" if p.sex == "F" else "he"
    concern = ctx.pick([("%s has been much more confused since the new Ativan was started" % pr, "lorazepam"),
                        ("%s told me %s is in pain since the fall and nobody gave %s anything" % (pr, pr, "her" if p.sex == "F" else "him"), "Tylenol"),
                        ("the doctor mentioned %s kidneys are getting worse and wants to stop the metformin" % ("her" if p.sex == "F" else "his"), "metformin")])
    body = ["Hello,",
            "I'm writing about %s, %s, in room %s. During my visit on Sunday %s. Can someone call me about the %s? "
            "We were never told about this change." % (who, name_variant(ctx, p, L, ctx.pick(["full", "title", "lower"])),
                                                      ctx.room(), concern[0], concern[1]),
            "Also, is %s still on the list for the podiatrist?" % pr, "Thank you,", son.full]
    types = ["patient_name", "medication", "diagnosis"]
    return mk(ctx, L, "family", (son.full, son.email(ctx.pick(DOM_FAMILY))), [addr(rn)],
              ctx.pick(["Concern about %s" % who, "My %s" % ("mom" if p.sex == "F" else "dad"), "%s %s" % (p.giv, p.sur), "Question"]),
              body, types, "relative writing to the unit about a resident's treatment", expect=[p.sur])


def handover_csv(ctx):
    rn = ctx.staff()
    unit = ctx.pick(["2 East", "2 West", "3 North"])
    n = ctx.num(7, 12)
    probs = ["fall yesterday, neuro vitals", "abx day 4 for UTI", "BPSD, exit-seeking", "INR 3.8 held warfarin",
             "stage 3 sacral ulcer", "refusing meals", "end of life, comfort care", "C. diff, contact precautions",
             "BG 3.1 this AM", "new admission - care plan pending", "constipation day 4", "cough, T 38.2, sputum sent"]
    rows = [["Room", "Last name", "First name", "DOB", "Issues"]]
    pats = []
    for _ in range(n):
        p = ctx.patient(L)
        pats.append(p)
        rows.append([ctx.room(), p.sur.upper() if ctx.chance(0.5) else p.sur, p.giv, p.dob.isoformat(), ctx.pick(probs)])
    rows[1:] = sorted(rows[1:])
    fn = ctx.pick(["handover_%s.csv" % unit.replace(" ", ""), "census %s.csv" % short_day(ctx.date(), L), "kardex_export.csv"])
    att = A.csv_att(fn, rows, sep=ctx.pick([",", ";"]), charset=ctx.pick(["utf-8", "iso-8859-1", "windows-1252"]))
    body = [greet(ctx, L), "Attached is tonight's census/handover for %s (export from the kardex)." % unit,
            ctx.pick(["Please print for the night PABs.", "Let me know if anything is missing.", ""]),
            sig(ctx, rn, L, "Assistant Head Nurse", short=True)]
    body = [b for b in body if b]
    txt = " ".join(r[4] for r in rows[1:])
    types = ["patient_name", "date_of_birth", "diagnosis"]
    if any(k in txt for k in ("INR", "BG 3.1", "38.2")):
        types.append("lab_result")
    if any(k in txt for k in ("abx", "warfarin")):
        types.append("medication")
    return mk(ctx, L, "handover", addr(rn), [group(unit + " nurses", "nurses." + unit.replace(" ", "").lower())],
              ctx.pick(["Handover " + unit, "Census tonight", "kardex"]), body, types,
              "unit census with resident problems as CSV", atts=[att], expect=[p.sur for p in pats])


def goals_of_care(ctx):
    p = ctx.patient(L, age=(82, 100))
    sw = ctx.staff("F")
    md = ctx.physician()
    start = ctx.date().replace(tzinfo=None, minute=0, second=0) + datetime.timedelta(days=ctx.num(2, 9))
    dx = ctx.pick(["end-stage dementia with recurrent aspiration pneumonia", "metastatic lung cancer, new bone pain",
                   "end-stage heart failure, 3 admissions in 2 months"])
    nm = name_variant(ctx, p, L, ctx.pick(["full", "title", "Sur, Giv"]))
    body = [greet(ctx, L),
            "I've booked a family meeting to discuss goals of care for %s (%s). The daughter is POA and would like to "
            "discuss moving to level D and stopping the %s." % (nm, dx, ctx.pick(["tube feeds", "antibiotics", "statin and ASA"])),
            "Invitation attached – %s %s will attend." % (md.t_en, md.sur),
            sig(ctx, sw, L, "Social Worker")]
    att = A.ics(ctx.pick(["family_meeting.ics", "invite.ics", "GOC meeting.ics"]), "%08x@%s" % (ctx.rng.getrandbits(32), DOM),
                start, start + datetime.timedelta(minutes=45), "Family meeting – %s" % p.full, "Conference room 2B",
                "Goals of care: %s. Daughter (POA) attending; discuss level of care and comfort measures." % dx,
                (sw.full, sw.email()), datetime.datetime(2024, 10, 1, 12, 0, 0))
    return mk(ctx, L, "goals_of_care", addr(sw), [addr(md, DOM, md.t_en), group("2 East charge nurse", "charge.2east")],
              ctx.pick(["Family meeting – goals of care", "GOC meeting %s" % p.sur, "Meeting invite"]), body,
              ["patient_name", "diagnosis", "medication", "social_information"], "goals-of-care family meeting invitation",
              atts=[att], expect=[p.sur])


def dietitian(ctx):
    p = ctx.patient(L)
    rn = ctx.staff()
    rd = ctx.staff("F")
    nm = name_variant(ctx, p, L)
    wt = ctx.num(3, 8)
    body = [greet(ctx, L, rd.giv),
            "Referral for %s, rm %s: %d kg weight loss over 6 weeks (now %d kg), albumin %d, pocketing food and coughing with "
            "thin fluids. Known %s." % (nm, ctx.room(), wt, ctx.num(38, 62), ctx.num(24, 32),
                                         ctx.pick(["Parkinson's", "vascular dementia", "post-stroke dysphagia"])),
            "Could you assess texture and add a supplement? SLP referral also sent.",
            thanks(ctx, L), sig(ctx, rn, L, "RN", short=ctx.chance(0.5))]
    return mk(ctx, L, "dietary", addr(rn), [addr(rd)],
              ctx.pick(["Dietitian referral", "Weight loss – rm referral", "Referral: texture + supplement"]),
              body, ["patient_name", "diagnosis", "lab_result"], "referral to the dietitian for weight loss and dysphagia",
              expect=[p.sur])


def recreation(ctx):
    tech = ctx.staff()
    n = ctx.num(3, 5)
    notes = ["late-stage Alzheimer's, responds well to 1950s songs", "hearing aids L+R, hard of hearing",
             "post-stroke aphasia, can play hand drums", "anxious in groups – sit near the door",
             "on oxygen 2L, bring portable tank", "legally blind (macular degeneration)", "recent delirium, keep sessions short"]
    pats = [ctx.patient(L) for _ in range(n)]
    ch = ctx.rng.sample(notes, n)
    style = ctx.pick(["full", "title", "Sur, Giv", "lower"])
    rows = [["Resident", "Room", "Notes"]] + [[name_variant(ctx, p, L, style), ctx.room(), c] for p, c in zip(pats, ch)]
    body = [greet(ctx, L, "everyone"),
            "Here's the list for the new music therapy group starting %s:" % ctx.pick(["Tuesday", "next week", "Friday"]),
            {"table": rows, "style": ctx.pick(["pad", "pipe"])}, "Please have them ready in the solarium at 2 pm.",
            sig(ctx, tech, L, "Recreation Technician", unit=False)]
    return mk(ctx, L, "recreation", addr(tech), [group("Unit coordinators", "unit.coordinators")],
              ctx.pick(["Music therapy group", "Recreation list", "New group – participants"]), body,
              ["patient_name", "diagnosis"], "recreation group participants with clinical notes", expect=[p.sur for p in pats])
