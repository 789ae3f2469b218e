"""Confidential messages in English."""
import datetime

from gen_common import CLINIC_EN, SITES, BE_SURNAMES, ON_SURNAMES, fmt_date
from gen_tpl import (staff_as, forward_wrap, DX_EN, LABS_EN, MEDS_EN, PED_DX_EN, SOCIAL_EN, VFSS_EN, Draft, dr, earlier, external,
                     fwd, hdate, mailbox, quote, signature, who)


def _pat(ctx, nam_p=0.5, kind="senior", min_age=55):
    if ctx.chance(nam_p):
        return ctx.nam_patient(kind)
    return ctx.patient(min_age=min_age)


def _ident(d, p):
    if p.get("has_nam"):
        return d.nam_line(p)
    parts = [d.name(p, d.r.choice(["upper_comma", "full", "title", "comma"]))]
    if d.r.random() < 0.6:
        parts.append("DOB " + d.dob(p, d.r.choice(["iso", "us", "slash"])))
    if d.r.random() < 0.6:
        parts.append(d.r.choice(["MRN ", "chart # ", "Hosp. no. "]) + d.mrn())
    return ", ".join(parts)


def _pron(p):
    return ("she", "her") if p["sex"] == "F" else ("he", "him")


def referral(ctx):
    d = Draft(ctx, "en", "referral", "family physician referral for a modified barium swallow")
    r = ctx.rng
    p = _pat(ctx, 0.6)
    md = external(ctx, "gmf", "en")
    dx = d.dx(r.choice(DX_EN))
    body = ["Hello,",
            "I would like to refer the following patient for a swallowing assessment / modified barium swallow:",
            _ident(d, p),
            "Reason: %s. Coughing with thin fluids for ~2 months, one admission for pneumonia in the fall." % dx,
            "Current meds: " + ", ".join(d.med(m) for m in r.sample(MEDS_EN, r.randint(1, 3))) + "."]
    if r.random() < 0.5:
        body.append("Recent bloodwork: %s; %s." % (d.lab(r.choice(LABS_EN)), d.lab(r.choice(LABS_EN))))
    if r.random() < 0.35:
        body.append("Best number to reach the patient (cell): " + d.home_phone())
    body += ["Thank you,", signature(ctx, md, "en")]
    return d.spec(who(md), [mailbox("slp.referrals", "SLP Referrals")],
                  r.choice(["Referral - swallowing assessment", "MBS referral", "New referral: dysphagia"]), body)


def mbs_report(ctx):
    d = Draft(ctx, "en", "mbs_report", "modified barium swallow report sent to the referring physician")
    r = ctx.rng
    p = _pat(ctx, 0.4)
    slp = staff_as(ctx, "slp", "en")
    slp["role"] = "Speech-Language Pathologist"
    md = external(ctx, "gmf", "en")
    finding, reco = r.choice(VFSS_EN)
    exam = d.date.date() - datetime.timedelta(days=r.randint(1, 5))
    blocks = []
    if p.get("has_nam"):
        blocks.append(d.nam_line(p))
    else:
        blocks.append("Patient: %s    DOB: %s" % (d.name(p, "upper_comma"), d.dob(p, "iso")))
    blocks += ["MRN: " + d.mrn(), "Study date: " + fmt_date(exam, "long", "en"),
               "Indication: " + d.dx(r.choice(DX_EN)),
               ("table", ["Bolus", "Trials", "Max PAS", "Residue"],
                [["Thin (IDDSI 0)", "cup x3", r.choice(["2", "5", "8"]), "mild"],
                 ["Mildly thick (IDDSI 2)", "cup x2", r.choice(["1", "2"]), "mild"],
                 ["Puree (IDDSI 4)", "tsp x3", "1", r.choice(["moderate", "trace"])]]),
               "Impression: " + d.lab(finding) + ".",
               "Recommendations: " + reco + ". Full supervision at meals, meds whole in puree."]
    kind = r.choice(["pdf", "docx", "pdf"])
    fn = "MBS_report_%s_%s.%s" % (p["surname"], exam.strftime("%Y-%m-%d"), kind)
    d.types.add("patient_name")
    att = {"kind": kind, "filename": fn, "title": "Modified Barium Swallow Study - Report", "blocks": blocks,
           "when": d.date, "author": slp["name"]}
    body = r.choice([["Hi %s," % dr(md, "en"), "Please find attached the MBS report for your patient.",
                      "Short version: %s; we recommend %s." % (finding.split(",")[0].lower(), reco),
                      signature(ctx, slp, "en")],
                     ["Report attached.", slp["given"]]])
    return d.spec(who(slp), [who(md)], r.choice(["MBS report", "Swallow study results", "FW: MBS report"]),
                  body, [att])


def rounds_list(ctx):
    d = Draft(ctx, "en", "rounds_list", "dysphagia rounds list for an inpatient unit")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "en")
    unit = r.choice(["7 West Medicine", "Neuro Step-down", "Geriatric Assessment Unit", "ICU", "Rehab 2"])
    hdr = ["Bed", "Patient", "Issue", "Diet / fluids", "Plan"]
    rows = []
    for _ in range(r.randint(4, 7)):
        p = ctx.patient(min_age=55)
        rows.append([str(r.randint(701, 740)) + r.choice(["A", "B", ""]),
                     d.name(p, r.choice(["upper_comma", "sur_initial", "full", "lower"])),
                     d.dx(r.choice(["L MCA CVA", "PD", "asp. pneumonia", "dementia, refusing", "post-extubation",
                                    "ALS", "trach, PMV trials", "head & neck CA"])),
                     r.choice(["IDDSI 4 / MO2", "IDDSI 5 / thin", "NPO + NG", "IDDSI 6 / MO3", "regular"]),
                     r.choice(["MBS Thursday", "reassess lunch", "d/c planning", "family meeting", "trial upgrade"])])
    if r.random() < 0.5:
        hdr.insert(2, "MRN")
        for row in rows:
            row.insert(2, d.mrn(r.choice(["plain", "dashed"])))
    intro = "Morning all - updated dysphagia list for %s." % unit
    mode = r.choice(["inline", "xlsx", "csv"])
    atts = []
    if mode == "inline":
        body = [intro, ("table", hdr, rows), "Please flag any new admits with cough at meals.", slp["given"]]
    elif mode == "xlsx":
        body = [intro + " Spreadsheet attached.", slp["given"]]
        atts.append({"kind": "xlsx", "filename": "dysphagia_rounds_%s.xlsx" % d.date.strftime("%b%d"),
                     "sheets": [(unit[:25], hdr, rows)], "when": d.date, "author": slp["name"]})
    else:
        body = [intro, "CSV attached for the charge nurse.", slp["given"]]
        atts.append({"kind": "csv", "filename": "rounds.csv", "headers": hdr, "rows": rows, "sep": ","})
    return d.spec(who(slp), [mailbox("7west.charge", "7W Charge Nurse"), mailbox("dietitians", "Clinical Nutrition")],
                  "Dysphagia rounds - " + unit, body, atts)


def transport(ctx):
    d = Draft(ctx, "en", "transport", "transport booking for a patient going to a swallow study")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    clerk = ctx.clerk("en")
    appt = ctx.appt(d.date)
    body = ["Hi,", "Please book transportation for:", _ident(d, p),
            "Pick-up address: " + d.home_address(), "Home phone: " + d.home_phone(),
            "Appointment: %s, Radiology, %s" % (hdate(ctx, appt, "en"), SITES[1][0]),
            "Mobility: " + r.choice(["wheelchair, two-person transfer", "stretcher, on 2 L O2",
                                     "walker; needs escort (severe aphasia)"])]
    if r.random() < 0.4:
        body.append("FYI: " + d.dx(r.choice(["dense R hemiplegia", "advanced Parkinson's", "dementia - wanders"])))
    if r.random() < 0.3:
        body.append("Note: " + d.social(r.choice(SOCIAL_EN)))
    body += ["Thanks,", signature(ctx, clerk, "en", False)]
    tr = external(ctx, "transport", "en")
    return d.spec(who(clerk), [("Dispatch", "dispatch@" + tr["email"].split("@")[1])],
                  "Transport request %s" % appt.strftime("%Y-%m-%d"), body)


def pharmacy_rx(ctx):
    d = Draft(ctx, "en", "pharmacy_rx", "medication formulation change sent to a community pharmacy")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    md = staff_as(ctx, "md", "en")
    ph = external(ctx, "pharmacy", "en")
    m1, m2 = r.sample(MEDS_EN, 2)
    body = ["Good afternoon,", "Following today's swallowing assessment, please update the profile for:",
            _ident(d, p),
            "The patient can no longer swallow whole tablets safely (%s)." % d.dx(r.choice(
                ["severe dysphagia post-stroke", "bulbar ALS", "radiation fibrosis", "advanced PD"])),
            ("table", ["Medication", "Change"],
             [[d.med(m1), "switch to liquid or crushable form"],
              [d.med(m2), "do NOT crush - please suggest an alternative"],
              ["Resource ThickenUp Clear", "2 scoops / 200 mL (mildly thick)"]]),
            "Signed prescription faxed.", signature(ctx, md, "en")]
    return d.spec((dr(md, "en"), md["email"]), [("Dispensary", "rx@" + ph["email"].split("@")[1])],
                  r.choice(["Prescription change - formulation", "Rx update for dysphagia"]), body)


def quick_note(ctx):
    d = Draft(ctx, "en", "quick_note", "quick note between colleagues about an inpatient")
    r = ctx.rng
    p = ctx.patient(min_age=45)
    a, b = staff_as(ctx, "slp", "en"), staff_as(ctx, "b", "en")
    bed = "%d%s" % (r.randint(701, 760), r.choice("AB"))
    nm = d.name(p, r.choice(["title_sur", "lower", "full", "initial"]))
    sym = d.dx(r.choice(["was coughing through most of lunch", "spiked a temp overnight (38.6)",
                         "had a choking episode with toast", "is pocketing food and very drowsy today",
                         "has new slurred speech this morning - team aware"]))
    text = r.choice(["Hey %s - can you pop by and see %s in %s? %s %s. I've made %s NPO for now." % (
                         b["given"], nm, bed, _pron(p)[0].capitalize(), sym, _pron(p)[1]),
                     "%s: %s (%s) %s. Should we hold the diet upgrade?" % (b["given"], nm, bed, sym),
                     "FYI %s in %s %s. Can we chat at huddle?" % (nm, bed, sym)])
    if r.random() < 0.4:
        text += " Resident started " + d.med(r.choice(MEDS_EN)) + "."
    return d.spec(who(a), [who(b)], r.choice([bed, "bed " + bed, "quick one", "re: your pt"]), [text, a["given"]],
                  mode="plain")


def reply_ent(ctx):
    d = Draft(ctx, "en", "reply_ent", "reply to an ENT with the original message quoted")
    r = ctx.rng
    p = _pat(ctx, 0.4, "adult", 30)
    ent = external(ctx, "ent", "en")
    slp = staff_as(ctx, "slp", "en")
    t0 = earlier(ctx, d.date, 20, 90)
    orig = ["Hi,", "Scoped %s this morning." % (d.name(p, "title") if not p.get("has_nam") else "the patient below")]
    if p.get("has_nam"):
        orig.append(d.nam_line(p))
    orig += ["Findings: %s; %s." % (d.dx(r.choice(["R vocal fold paralysis, paramedian", "marked arytenoid edema, likely LPR",
                                                  "pooled secretions in the pyriform sinuses"])),
                                    d.lab(r.choice(["penetration with thins", "trace aspiration with nectar", "PAS 6 with thins"]))),
             "Started %s. Could you follow for therapy?" % d.med(r.choice(["pantoprazole 40 mg BID", "Nexium 40 mg daily"])),
             dr(ent, "en")]
    subj0 = r.choice(["FEES - %s" % p["surname"], "FEES follow-up"])
    if p["surname"] in subj0:
        d.types.add("patient_name")
    reply = ["Thanks %s," % dr(ent, "en"),
             "We saw %s yesterday and started Shaker + effortful swallow. Will send a summary in 4 weeks." % d.given(p),
             slp["given"], quote(ctx, who(ent), t0, "en", subj0, orig)]
    return d.spec(who(slp), [who(ent)], "RE: " + subj0, reply, reply_to_id=True)


def peds_feeding(ctx):
    d = Draft(ctx, "en", "peds_feeding", "pediatric feeding clinic update involving youth protection")
    r = ctx.rng
    kid = ctx.nam_patient("child") if r.random() < 0.5 else ctx.patient(min_age=1, max_age=9)
    slp = staff_as(ctx, "slp", "en")
    sw = staff_as(ctx, "sw", "en")
    body = ["Hi %s," % sw["given"], "Update from feeding clinic today for:"]
    body.append(d.nam_line(kid) if kid.get("has_nam") else "%s (DOB %s)" % (d.name(kid, "full"), d.dob(kid, "us")))
    body += ["Dx: %s. %s" % (d.dx(r.choice(PED_DX_EN)), d.lab(r.choice(
                 ["Weight 11.2 kg (<3rd percentile)", "weight dropped from 25th to 5th percentile since June",
                  "Hgb 98, ferritin 6"]))),
             "Social: %s. Foster mom attended and is consistent with the feeding plan." % d.social(r.choice(
                 ["child placed in foster care under a DYP order", "open DYP file - neglect",
                  "supervised visits only with biological mother"])),
             "Next appointment in 3 weeks. Please share with the DYP worker.",
             signature(ctx, slp, "en", True)]
    return d.spec(who(slp), [who(sw)], r.choice(["Feeding clinic update", "Update - foster placement / feeding"]), body)


def insurer_form(ctx):
    d = Draft(ctx, "en", "insurer_form", "disability claim form completed for a private insurer")
    r = ctx.rng
    p = _pat(ctx, 0.4, "adult", 25)
    slp = staff_as(ctx, "slp", "en")
    ins = external(ctx, "insurer", "en")
    sin = d.sin()
    ident = d.nam_line(p) if p.get("has_nam") else "Claimant: %s, DOB %s" % (d.name(p, "full"), d.dob(p))
    blocks = ["Part 2 - Claimant information", ident, "SIN: " + sin,
              "Policy GRP-%05d, certificate %07d" % (r.randint(10000, 99999), r.randint(0, 9999999)),
              "Part 4 - Attending practitioner's statement",
              "Diagnosis: " + d.dx(r.choice(["non-fluent aphasia after stroke", "severe dysphonia, bilateral nodules",
                                             "mild TBI with cognitive-communication deficits"])),
              "Restrictions: unable to use voice/phone for sustained periods. Reassess in 8 weeks."]
    kind = r.choice(["pdf", "docx"])
    body = ["Hello,", "Attached is the completed attending practitioner's statement. The claimant's SIN is in Part 2 "
            "as requested.", "Form fee invoice to follow.", signature(ctx, slp, "en")]
    return d.spec(who(slp), [("Claims", "claims@" + ins["email"].split("@")[1])],
                  "Claim - %s" % d.name(p, "full"), body,
                  [{"kind": kind, "filename": "APS_%s.%s" % (p["surname"], kind),
                    "title": "Attending Practitioner's Statement - Short-Term Disability", "blocks": blocks,
                    "when": d.date, "author": slp["name"]}])


def discharge(ctx):
    d = Draft(ctx, "en", "discharge", "discharge summary with swallowing recommendations")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    slp = staff_as(ctx, "slp", "en")
    dest = external(ctx, "chsld", "en") if r.random() < 0.5 else external(ctx, "gmf", "en")
    finding, reco = r.choice(VFSS_EN)
    doc = [_ident(d, p) if p.get("has_nam") else
           "Patient: %s   DOB: %s   MRN: %s" % (d.name(p, "upper_comma"), d.dob(p), d.mrn()),
           "Admitted %s, discharged %s." % (fmt_date(d.date.date() - datetime.timedelta(days=r.randint(6, 25)), "iso"),
                                            fmt_date(d.date.date(), "iso")),
           "Most responsible diagnosis: " + d.dx(r.choice(["aspiration pneumonia", "R MCA ischemic stroke",
                                                           "COPD exacerbation", "hip fracture after fall"])),
           "Swallow: " + d.lab(finding) + ". Recommend " + reco + ".",
           "Discharge meds: " + "; ".join(d.med(m) for m in r.sample(MEDS_EN, 3)) + ".",
           "Disposition: " + d.social(r.choice(["home alone with CLSC home care 3x/week",
                                                "temporary LTC placement; spouse unable to cope",
                                                "to daughter's home; caregiver strain noted"]))]
    kind = r.choice(["docx", "pdf", "inline"])
    body = ["Hello,", "Discharge summary and swallowing recommendations below/attached."]
    atts = []
    if kind == "inline":
        body += doc
    else:
        atts.append({"kind": kind, "filename": "discharge_summary_%s.%s" % (d.date.strftime("%Y%m%d"), kind),
                     "title": "Discharge Summary - Speech-Language Pathology", "blocks": doc, "when": d.date,
                     "author": slp["name"]})
    body.append(signature(ctx, slp, "en"))
    spec = d.spec(who(slp), [who(dest)], r.choice(["Discharge summary", "D/C recommendations - swallowing"]),
                  body, atts)
    if r.random() < 0.35:
        spec = forward_wrap(ctx, spec, staff_as(ctx, "coord", "en"), [staff_as(ctx, "slp", "en")],
                            "Forwarding for the outpatient follow-up - can you book the first visit?")
    return spec


def appointment(ctx):
    d = Draft(ctx, "en", "appointment", "appointment booking with calendar invitation")
    r = ctx.rng
    p = _pat(ctx, 0.3, "any", 20)
    clerk, slp = ctx.clerk("en"), ctx.staff(lang="en")
    appt = ctx.appt(d.date)
    nm = d.name(p, r.choice(["full", "upper_comma", "title"]))
    exam = r.choice(["Modified barium swallow", "FEES", "Voice assessment", "TEP prosthesis change",
                     "Aphasia assessment"])
    desc = "Patient: %s. %s." % (nm, exam)
    if r.random() < 0.5:
        desc += " Reason: " + d.dx(r.choice(DX_EN)) + "."
    if r.random() < 0.4:
        desc += " Call %s if cancelled." % d.home_phone()
    if p.get("has_nam"):
        desc += " " + d.nam_line(p, nam_style="plain").replace("\n", " / ")
    ics = {"uid": "%08x-slp@trois-rivages.example" % r.getrandbits(32), "start": appt, "minutes": 45,
           "summary": "%s - %s" % (exam, nm), "location": SITES[1][0] + ", Rm B-204", "description": desc,
           "organizer": (clerk["name"], clerk["email"]), "stamp": d.date}
    body = ["Hi %s," % slp["given"], "Booked %s on %s for %s. Invite attached." % (nm, hdate(ctx, appt, "en"),
                                                                                  exam.lower()), clerk["given"]]
    return d.spec(who(clerk), [who(slp)], "Booking %s - %s" % (appt.strftime("%b %d"), exam), body,
                  [{"kind": "ics", "filename": "booking.ics", "ics": ics}])


def ontario_transfer(ctx):
    d = Draft(ctx, "en", "ontario_transfer", "repatriation of an Ontario resident with health card number")
    r = ctx.rng
    p = ctx.patient(pool=ON_SURNAMES, min_age=40)
    cm = staff_as(ctx, "cm", "en")
    dest = external(ctx, "ontario", "en")
    ohip = d.ohip()
    finding, reco = r.choice(VFSS_EN)
    body = ["Hello,",
            "We are arranging repatriation of an Ontario resident admitted here after %s." % d.dx(
                r.choice(["a left MCA stroke", "a fall with subdural hematoma", "aspiration pneumonia"])),
            ("table", ["Field", "Value"], [["Name", d.name(p, "upper_comma")], ["Ontario health card", ohip],
                                           ["DOB", d.dob(p, "iso")],
                                           ["Swallow status", d.lab(finding)], ["Diet", reco]]),
            "Current meds: " + ", ".join(d.med(m) for m in r.sample(MEDS_EN, 2)) + ".",
            "Please let us know bed availability for SLP rehab follow-up.", signature(ctx, cm, "en")]
    return d.spec(who(cm), [who(dest)], r.choice(["Repatriation request - Ontario resident", "Transfer to Ottawa rehab"]),
                  body)


def signout(ctx):
    d = Draft(ctx, "en", "signout", "weekend sign-out list for the SLP on call")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "en")
    lines = []
    for _ in range(r.randint(4, 7)):
        p = ctx.patient(min_age=45)
        lines.append("%-6s %-22s %s - %s" % (
            r.choice(["7W-", "NSD-", "ICU-", "R2-"]) + str(r.randint(1, 30)),
            d.name(p, r.choice(["sur_initial", "upper_comma", "lower"])),
            d.dx(r.choice(["L CVA", "PD", "asp PNA", "ALS", "trach/PMV", "post laryngectomy", "delirium"])),
            r.choice(["IDDSI 4/MO2, see Sat", "NPO, bedside trial Sun if alert", "watch temps",
                      "family wants update", "upgrade to thins if OK"])))
    body = ["Weekend list below:", ("pre", "\n".join(lines)), "Top two are priorities. Thanks!", slp["given"]]
    return d.spec(who(slp), [mailbox("slp.oncall", "SLP On Call")], "Weekend sign-out", body, mode="plain")


def fwd_ltc(ctx):
    d = Draft(ctx, "en", "fwd_ltc", "forward of a long-term care nurse's message about a resident")
    r = ctx.rng
    p = _pat(ctx, 0.4)
    nurse = external(ctx, "chsld", "en")
    coord, slp = staff_as(ctx, "coord", "en"), staff_as(ctx, "slp", "en")
    t0 = earlier(ctx, d.date, 3, 30)
    inner = ["Hello,", "%s has had %s since Monday. %s; %s." % (
                 d.name(p, "title"), d.dx(r.choice(["coughing at meals and a fever of 38.5", "repeated choking episodes",
                                                    "a second aspiration pneumonia"])),
                 d.lab(r.choice(LABS_EN)), d.lab(r.choice(LABS_EN))),
             "Currently on %s." % d.med(r.choice(["amoxicillin-clavulanate", "ceftriaxone IM", "levofloxacin 500 mg daily"])),
             "Could someone reassess the texture as soon as possible?", nurse["name"] + ", RN"]
    if p.get("has_nam"):
        inner.insert(2, d.nam_line(p))
    body = [r.choice(["Can you prioritize this one?", "FYI - urgent-ish.", "Forwarding - was on our list last year."]),
            coord["given"], fwd(ctx, who(nurse), who(coord), t0, "en", "Reassessment request", inner)]
    return d.spec(who(coord), [who(slp)], "Fwd: Reassessment request", body)


def chart_only(ctx):
    d = Draft(ctx, "en", "chart_only", "study result sent with only the chart number")
    r = ctx.rng
    slp, md = staff_as(ctx, "slp", "en"), staff_as(ctx, "md", "en")
    mrn = d.mrn(r.choice(["spaced", "dashed", "fullwidth", "plain", "slashed"]))
    finding, reco = r.choice(VFSS_EN)
    body = ["MRN %s" % mrn, "MBS this am: %s. Rec: %s." % (d.lab(finding), reco),
            "Background: " + d.dx(r.choice(DX_EN)) + ".", "Can you update the diet order?", slp["given"]]
    return d.spec(who(slp), [who(md)], r.choice(["MRN " + mrn, "MBS result", "diet order " + mrn]), body, mode="plain")


def subject_only(ctx):
    d = Draft(ctx, "en", "subject_only", "assessment results with the patient's name only in the subject")
    r = ctx.rng
    p = ctx.patient(min_age=40)
    slp = staff_as(ctx, "slp", "en")
    md = external(ctx, "ent", "en")
    subj = r.choice(["%s - FEES today", "Swallow results: %s", "%s"]) % d.name(
        p, r.choice(["title_sur", "upper_comma", "sur_initial", "title"]))
    body = ["Hi,", "Done this morning. %s. Reduced laryngeal sensation on the right." % d.lab(r.choice(
                ["Silent aspiration of thin liquids", "Penetration with nectar, PAS 5", "Heavy residue, post-swallow aspiration"])),
            "Consistent with %s." % d.dx(r.choice(["superior laryngeal nerve paresis", "neurogenic dysphagia",
                                                   "late radiation effects"])),
            "Recommend moderately thick fluids, therapy twice a week.", signature(ctx, slp, "en")]
    return d.spec(who(slp), [who(md)], subj, body)


def attached_eml(ctx):
    d = Draft(ctx, "en", "attached_eml", "physician's e-mail attached as a message file")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    md = external(ctx, "gmf", "en")
    coord, slp = staff_as(ctx, "coord", "en"), staff_as(ctx, "slp", "en")
    t0 = earlier(ctx, d.date, 5, 60)
    inner = {"lang": "en", "sender": who(md), "to": [who(coord)], "subject": "Re-assessment please",
             "blocks": ["Hi,", "Requesting a re-assessment for:", _ident(d, p),
                        "Lost %s and now %s." % (d.lab(r.choice(["5 kg", "8% of body weight", "4 kg in a month"])),
                                                 d.dx(r.choice(["coughs with fluids", "feels food sticking", "regurgitates"]))),
                        "Meds: " + d.med(r.choice(MEDS_EN)) + ".", dr(md, "en")],
             "date": t0, "attachments": []}
    body = ["%s," % slp["given"], "See the attached e-mail from the clinic - can you add to your list?", coord["given"]]
    return d.spec(who(coord), [who(slp)], "FW: Re-assessment please", body,
                  [{"kind": "eml", "filename": "Re-assessment please.eml", "message": inner}])


def zip_reports(ctx):
    d = Draft(ctx, "en", "zip_reports", "zip archive of aphasia assessment reports")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "en")
    dest = external(ctx, "ontario", "en")
    members = []
    for _ in range(r.randint(2, 4)):
        p = ctx.patient(min_age=40)
        kind = r.choice(["pdf", "docx"])
        blocks = ["Client: %s   DOB: %s" % (d.name(p, "full"), d.dob(p, "iso")),
                  "Diagnosis: " + d.dx(r.choice(["Broca's aphasia", "anomic aphasia", "global aphasia",
                                                 "primary progressive aphasia"])),
                  "WAB-R AQ: " + d.lab("%.1f" % r.uniform(22, 88)),
                  "Goals: functional naming, scripts for phone calls, supported conversation with spouse."]
        members.append({"kind": kind, "filename": "%s_%s_aphasia_assessment.%s" % (p["surname"], p["given"], kind),
                        "title": "Aphasia Assessment Summary", "blocks": blocks, "when": d.date,
                        "author": slp["name"]})
    body = ["Hello,", "As discussed, zipped reports for the clients transferring to your community program.",
            signature(ctx, slp, "en")]
    return d.spec(who(slp), [who(dest)], "Aphasia reports for transfer", body,
                  [{"kind": "zip", "filename": "aphasia_reports.zip", "members": members, "when": d.date}])


def voice_clinic(ctx):
    d = Draft(ctx, "en", "voice_clinic", "voice clinic follow-up with patient's phone number")
    r = ctx.rng
    p = ctx.patient(min_age=20, max_age=60)
    slp = staff_as(ctx, "slp", "en")
    clerk = ctx.clerk("en")
    body = ["Hi %s," % clerk["given"],
            "Could you call %s to rebook voice therapy? %s" % (
                d.name(p, r.choice(["full", "title"])),
                d.dx(r.choice(["Singer with bilateral vocal nodules - needs 6 more sessions.",
                               "Teacher with muscle tension dysphonia, off work.",
                               "Post-op polyp removal, on voice rest until the 15th."]))),
            "Cell: %s (%s prefers texts)." % (d.home_phone(), _pron(p)[0]),
            "Also confirm %s is still taking %s." % (_pron(p)[0], d.med(r.choice(["pantoprazole 40 mg BID",
                                                                                 "esomeprazole 40 mg daily"]))),
            "Thanks!\n" + slp["given"]]
    return d.spec(who(slp), [who(clerk)], "rebook voice pt", body, mode=r.choice(["plain", "html"]))


def laryngectomy(ctx):
    d = Draft(ctx, "en", "laryngectomy", "laryngectomy follow-up with social situation")
    r = ctx.rng
    p = _pat(ctx, 0.5, "senior")
    slp, sw = staff_as(ctx, "slp", "en"), staff_as(ctx, "sw", "en")
    body = ["Hi %s," % sw["given"],
            "Reaching out about %s." % (d.name(p, "title") if not p.get("has_nam") else "the patient below")]
    if p.get("has_nam"):
        body.append(d.nam_line(p))
    body += ["Total laryngectomy in %d for %s; TEP voice prosthesis changed today (leaking)." % (
                 r.choice([2022, 2023, 2024]), d.dx("laryngeal squamous cell carcinoma")),
             "Concern: %s. Can't afford HME filters and is reusing them." % d.social(r.choice(
                 ["lives alone in a rooming house, on income support", "recently separated, staying with a friend",
                  "no phone - communicates by text at the library"])),
             "Could you look into coverage through the program for ostomy/laryngectomy supplies?",
             signature(ctx, slp, "en")]
    return d.spec(who(slp), [who(sw)], "Laryngectomy patient - supplies / social", body)


def waitlist(ctx):
    d = Draft(ctx, "en", "waitlist", "outpatient waitlist extract with RAMQ numbers")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "en")
    hdr = ["Name", "RAMQ", "DOB", "Sex", "Priority", "Reason", "Referred"]
    rows = []
    for _ in range(r.randint(3, 5)):
        p = ctx.nam_patient("any")
        f = d.nam_fields(p, name_style=r.choice(["comma", "upper_comma", "full"]), nam_style=r.choice(["plain", "spaced"]),
                         dob_style="iso")
        rows.append([f["name"], f["nam"], f["dob"], f["sex"], r.choice(["P2", "P3", "P4"]),
                     d.dx(r.choice(["stuttering", "DLD", "dysphonia", "aphasia", "dysphagia", "CAS"])),
                     fmt_date(d.date.date() - datetime.timedelta(days=r.randint(20, 400)), "iso")])
    body = ["Hi all,", "Waitlist extract for Thursday's prioritization meeting. Internal use only.",
            signature(ctx, mgr, "en")]
    kind = r.choice(["csv", "xlsx", "inline"])
    atts = []
    if kind == "inline":
        body.insert(2, ("table", hdr, rows))
    elif kind == "csv":
        atts.append({"kind": "csv", "filename": "slp_waitlist.csv", "headers": hdr, "rows": rows, "sep": ","})
    else:
        atts.append({"kind": "xlsx", "filename": "slp_waitlist.xlsx", "sheets": [("Waitlist", hdr, rows)],
                     "when": d.date, "author": mgr["name"]})
    return d.spec(who(mgr), [mailbox("slp.outpatient", "SLP Outpatient")], "Waitlist - prioritization", body, atts)


def belgian_visitor(ctx):
    d = Draft(ctx, "en", "belgian_visitor", "billing query for a Belgian visitor's swallowing admission")
    r = ctx.rng
    p = ctx.patient(pool=BE_SURNAMES, min_age=25, max_age=80)
    clerk = ctx.clerk("en")
    niss = d.niss(p)
    body = ["Hello,",
            "We treated %s, a Belgian visitor, on %s for %s." % (
                d.name(p, "full"), fmt_date(d.date.date() - datetime.timedelta(days=r.randint(3, 20)), "long", "en"),
                d.dx(r.choice(["food bolus impaction", "acute dysphagia after a small stroke", "aspiration pneumonia"]))),
            "National number (NISS): %s; date of birth %s." % (niss, d.dob(p, "iso")),
            "Could you confirm whether the travel insurer or the Belgian mutuality should be invoiced?",
            signature(ctx, clerk, "en")]
    ins = external(ctx, "insurer", "en")
    return d.spec(who(clerk), [who(ins)], "Billing - non-resident (Belgium)", body)


def french_student(ctx):
    d = Draft(ctx, "en", "french_student", "coverage check for a French student with a NIR")
    r = ctx.rng
    p = ctx.patient(pool=["Lemaire", "Garnier", "Chevalier", "Fabre", "Perrin", "Lebrun"], min_age=19, max_age=35)
    clerk = ctx.clerk("en")
    nir = d.nir(p)
    body = ["Hi,", "Eligibility question for a French exchange student seen in the voice clinic:",
            ("table", ["", ""], [["Name", d.name(p, "upper_comma")], ["French social security no.", nir],
                                 ["DOB", d.dob(p, "slash")],
                                 ["Reason", d.dx(r.choice(["vocal fold cyst", "severe stuttering", "functional dysphonia"]))]]),
            "Is the SE 401-Q-106 on file, or should we bill the student directly?", signature(ctx, clerk, "en")]
    return d.spec(who(clerk), [mailbox("eligibility", "Eligibility Office")], "Eligibility - France/Quebec agreement",
                  body)


TEMPLATES = [referral, mbs_report, rounds_list, transport, pharmacy_rx, quick_note, reply_ent, peds_feeding,
             insurer_form, discharge, appointment, ontario_transfer, signout, fwd_ltc, chart_only, subject_only,
             attached_eml, zip_reports, voice_clinic, laryngectomy, waitlist, belgian_visitor, french_student]
