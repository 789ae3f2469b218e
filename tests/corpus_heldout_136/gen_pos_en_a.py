"""English positives, part A: referrals, donors, conditioning, counts, transfusion, GVHD."""
import datetime

from gen_common import (ORG, EXT, fmt_nam, fmt_dob, fmt_ohn, fmt_sin, sex_word, name_form, title,
                        gen_mrn, gen_ohn, gen_sin, en_date, slug)
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_xlsx, make_csv, make_ics
from gen_text import (DX, REGIMEN_EN, MEDS, hla_typing, hla_str, hla_short, counts, sig, ext_sig,
                      quote, reply_attr, fwd_block, earlier, staff_addr, greet, close, md, TX, weight, roster_types)

L = "en"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _nam_line(c, p, style=None, pdf=False):
    r = c.rng
    style = style or r.choice(["lines", "inline", "paren"])
    nam = fmt_nam(r, p.nam, allow_full=not pdf)
    dob = fmt_dob(r, p.dob, L)
    sx = sex_word(p, L, r)
    if style == "lines":
        return "RAMQ: %s\nDOB: %s\nSex: %s" % (nam, dob, sx)
    if style == "inline":
        return "RAMQ %s / DOB %s / %s" % (nam, dob, sx)
    return "(DOB %s, %s, Medicare %s)" % (dob, sx, nam)


def e_referral_on(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    hem = c.pick("hemato")
    refmd = c.patient("en", lang="en")
    key = r.choice(["lrhc", "rvgh"])
    nm, dom, tel = EXT[key]
    ohn, vc = gen_ohn(r)
    k = r.randrange(len(DX[L]))
    dx, dxs = DX[L][k]
    meds = r.sample(MEDS[L], 3)
    body = "\n".join([
        "Dear %s," % md(hem, L), "",
        "Thank you for seeing %s in consultation for allogeneic transplant." % name_form(r, p, L, r.choice(["title", "full"])),
        "",
        "DOB: %s" % fmt_dob(r, p.dob, L),
        "OHIP: %s" % fmt_ohn(r, ohn, vc),
        "Diagnosis: %s" % dx,
        "Treatment to date: %s" % TX[L][k],
        "Current medications: %s" % "; ".join(meds),
        "Siblings: two, both willing to be typed.",
        "", "Bone marrow report and cytogenetics to follow by fax.", "",
        close(L, r), "",
        ext_sig("Dr. " + refmd.full, L, "Hematology", key)])
    return Msg(L, "referral", True,
               ["patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication"],
               "out-of-province transplant referral with Ontario health card",
               ("Dr. " + refmd.full, refmd.email(dom)), [staff_addr(hem)],
               "Referral for allo-SCT assessment", body, ids=[("ca_health_number", ohn)], date=dt)


def e_donor_search(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    coord = c.pick("coord")
    hem = c.pick("hemato")
    mrn_s, mrn = gen_mrn(r)
    t = hla_typing(r)
    n = r.randint(0, 5)
    body = "\n".join([
        "Hi %s," % hem.given, "",
        "Search update for %s (MRN %s), %s:" % (name_form(r, p, L, r.choice(["upper_comma", "sur_first"])), mrn_s, r.choice(DX[L])[1]),
        "", "Patient typing: " + hla_short(t), "",
        "- %d potential 10/10 unrelated donors (2 in North America, rest EU)" % n if n else
        "- no 10/10 unrelated donors; best is 9/10 (DQB1 mismatch)",
        "- 4 cord units >= 5/8 with adequate TNC",
        "- haplo option: son, 34 y, CMV-, no DSA detected",
        "", "Requesting CT samples on the top 2 unrelated donors today unless you object.", "",
        coord.given])
    return Msg(L, "donor_search", True, ["patient_name", "mrn", "lab_result", "diagnosis"],
               "unrelated donor search update to the transplant physician",
               staff_addr(coord), [staff_addr(hem)], "Donor search update", body, ids=[("mrn", mrn)], date=dt)


def e_donor_workup(c):
    r = c.rng
    d = c.patient("en", lang="en")
    rec = c.patient("en", lang="en")
    rec.surname = d.surname
    dt = c.date()
    coord = c.pick("coord")
    when = (dt + datetime.timedelta(days=r.randint(4, 12))).date()
    body = "\n".join([
        "Hello,", "",
        "Booking the donor work-up for %s (DOB %s), sibling donor for %s." % (
            name_form(r, d, L, "full"), fmt_dob(r, d.dob, L), name_form(r, rec, L, "given" if False else "initial")),
        "",
        "Clearance results so far:",
        "  HBsAg neg, anti-HBc neg, HCV Ab neg, HIV 1/2 neg, HTLV neg, syphilis neg",
        "  CMV IgG %s, EBV IgG pos" % r.choice(["pos", "neg"]),
        "  CBC normal (Hb %d, plt %d), ECG normal" % (r.randint(128, 160), r.randint(170, 320)),
        "  Mild hypertension on amlodipine 5 mg - cleared by Dr. Ashworth-Pell",
        "",
        "Filgrastim teaching and first dose on %s; apheresis planned day 5." % en_date(when),
        "", sig(coord, L, "Transplant Nurse Coordinator")])
    return Msg(L, "donor_workup", True,
               ["patient_name", "date_of_birth", "lab_result", "medication", "diagnosis"],
               "related donor work-up results and booking",
               staff_addr(coord), [("Apheresis Unit", "apheresis@" + ORG["dom"])], "Related donor work-up",
               body, date=dt)


def e_conditioning(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    hem, ph = c.pick("hemato"), c.pick("pharm")
    mrn_s, mrn = gen_mrn(r)
    reg = r.choice(REGIMEN_EN)
    wt = weight(r, p, dt.date())
    crcl = r.randint(55, 120)
    body = "\n".join([
        "%s," % ph.given, "",
        "%s  MRN %s  wt %d kg (ABW), CrCl %d mL/min" % (name_form(r, p, L, r.choice(["caps", "upper_comma"])), mrn_s, wt, crcl),
        "Regimen: %s" % reg,
        "  fludarabine 30 mg/m2 x 4 (reduce 20% if CrCl < 70)" if "Flu" in reg else "  per protocol",
        "  melphalan 140 mg/m2 day -2" if "Mel" in reg else "  busulfan PK after dose 1" if "Bu" in reg
        else "  cyclophosphamide per protocol, mesna hydration",
        "GVHD ppx: %s" % r.choice(["PTCy 50 mg/kg D+3/D+4 + tac/MMF", "tac + mini-MTX", "ATG + CsA"]),
        "Seizure ppx levetiracetam 500 mg BID" if "Bu" in reg else "Cryotherapy for mucositis with melphalan" if "Mel" in reg
        else "TBI fractions confirmed with radiation oncology",
        "", "Orders are signed in the system; please verify before 14:00.", hem.given])
    return Msg(L, "conditioning", True, ["patient_name", "mrn", "medication", "lab_result"],
               "conditioning regimen note to oncology pharmacy",
               staff_addr(hem), [staff_addr(ph)], "Conditioning orders - %s" % reg.split(" ")[0], body.replace("\n\n\n", "\n\n"),
               ids=[("mrn", mrn)], date=dt)


def e_engraftment_xlsx(c):
    r = c.rng
    dt = c.date()
    coord = c.pick("coord")
    rows = [["Room", "Patient", "MRN", "Dx", "Day", "ANC", "Plt", "Hb", "Engrafted"]]
    ids = []
    n = r.randint(6, 9)
    rooms = r.sample(range(1, 25), n)
    for i in range(n):
        p = c.patient("qc", lang="en")
        mrn_s, mrn = gen_mrn(r, "plain")
        ids.append(("mrn", mrn))
        day = r.randint(4, 35)
        anc, plt, hb = counts(r, day)
        rows.append(["7N-%02d" % rooms[i], "%s, %s" % (p.surname, p.given), mrn_s, r.choice(DX[L])[1],
                     day, anc, plt, hb, "yes" if anc >= 0.5 and day > 12 else "no"])
    x = make_xlsx([("Week %d" % dt.isocalendar()[1], rows)], author=coord.full)
    body = "\n".join(["Hi all,", "", "Attached is this week's engraftment tracker. Two new neutrophil engraftments since Monday.",
                      "Please update the plt column for 7N-04 and 7N-11 after today's counts.", "", coord.given])
    return Msg(L, "engraftment_counts", True, ["patient_name", "mrn", "diagnosis", "lab_result"],
               "weekly engraftment tracker spreadsheet",
               staff_addr(coord), [("BMT team", "bmt-team@" + ORG["dom"])], "Engraftment tracker wk %d" % dt.isocalendar()[1],
               body, atts=[Att("Engraftment_tracker_wk%d.xlsx" % dt.isocalendar()[1], XLSX, x)], ids=ids, date=dt)


def e_transfusion(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    hem, bank = c.pick("hemato"), c.pick("bank")
    mrn_s, mrn = gen_mrn(r)
    cci = [r.randint(800, 4000) for _ in range(3)]
    body = "\n".join([
        "Hello Blood Bank,", "",
        "%s, MRN %s, is platelet refractory: 1-hour CCIs %s on three consecutive ABO-compatible pools." % (
            name_form(r, p, L, r.choice(["full", "title", "upper_comma"])), mrn_s, ", ".join(map(str, cci))),
        "Class I PRA %d%%; antibodies against A2, B44, B57 (MFI > 5000)." % r.randint(60, 96),
        "Patient typing: A*01:01, A*24:02; B*08:01, B*35:01.",
        "",
        "Please source HLA-matched or antigen-negative apheresis platelets, irradiated, for %s AM. "
        "Current plt %d, oozing from CVC site." % (en_date((dt + datetime.timedelta(days=1)).date()), r.randint(3, 9)),
        "", sig(hem, L, "Haematologist, BMT")])
    return Msg(L, "transfusion_request", True, ["patient_name", "mrn", "lab_result", "diagnosis"],
               "request for HLA-matched platelets for a refractory patient",
               staff_addr(hem), [("Blood Bank", "bloodbank@" + ORG["dom"])], "HLA-matched platelets needed",
               body, cc=[staff_addr(bank)], ids=[("mrn", mrn)], date=dt)


def e_gvhd_clinic(c):
    r = c.rng
    use_ohn = r.random() < 0.5
    p = c.patient("en", lang="en")
    dt = c.date()
    hem = c.pick("hemato")
    refmd = c.patient("en", lang="en")
    key = r.choice(["lrhc", "rvgh"])
    nm, dom, tel = EXT[key]
    lines = ["Dear Dr. %s," % refmd.surname, "",
             "I saw %s in the GVHD clinic today, day +%d after a matched unrelated donor transplant." % (
                 name_form(r, p, L, r.choice(["title", "full", "title_sur"])), r.randint(40, 160))]
    types = ["patient_name", "diagnosis", "medication", "lab_result"]
    ids = []
    if use_ohn:
        ohn, vc = gen_ohn(r)
        lines.append("(OHIP %s)" % fmt_ohn(r, ohn, vc))
        types.append("ca_health_number")
        ids.append(("ca_health_number", ohn))
    lines += ["",
              "Findings: lower GI GVHD, stage %d (%d mL/day), skin stage 1. Overall grade %s." % (
                  r.randint(1, 3), r.choice([600, 900, 1200, 1600]), r.choice(["II", "III"])),
              "Tacrolimus trough %.1f ng/mL; creatinine %d; ALT %d." % (r.uniform(5, 14), r.randint(60, 130), r.randint(15, 80)),
              "",
              "Plan: methylprednisolone 2 mg/kg/day, then ruxolitinib 10 mg BID if no response by day 5; "
              "continue posaconazole prophylaxis; budesonide 9 mg daily.",
              "", "I will see him/her again next week.", "", sig(hem, L, "Haematologist, BMT")]
    return Msg(L, "gvhd_followup", True, types, "GVHD clinic letter to the referring haematologist",
               staff_addr(hem), [("Dr. " + refmd.full, refmd.email(dom))], "GVHD clinic follow-up", "\n".join(lines),
               ids=ids, date=dt)


def e_signout_html(c):
    r = c.rng
    dt = c.date()
    a, b = c.pick("hemato"), c.pick("hemato")
    rows = []
    n = r.randint(4, 7)
    rooms = r.sample(range(1, 25), n)
    issues = r.sample(["D+%d FN, on mero, BCx pending" % r.randint(3, 12), "mucositis gr 3 - hydromorphone PCA",
                       "skin GVHD gr II, pred 1 mg/kg", "CMV reactivation, VL 2,900 - start valgan",
                       "SOS suspected, bili 41, defibrotide started", "tac level 17 - hold AM dose",
                       "BK cystitis, CBI running", "D-%d conditioning, Bu PK at 14:00" % r.randint(1, 5)], n)
    for i in range(n):
        p = c.patient("qc", lang="en")
        rows.append(("7N-%02d" % rooms[i], name_form(r, p, L, r.choice(["upper_comma", "sur_first", "initial", "full"])),
                     issues[i], r.choice(["Full code", "Full code", "DNR", "Full code"])))
    rows.sort()
    text = "\n".join(["Handover %s" % en_date(dt.date()), ""] + ["%s | %s | %s | %s" % x for x in rows] +
                     ["", "Pager: " + ORG["tel_bmt"], a.given])
    html = ("<html><head><meta charset=\"%CS%\"></head><body><p><b>Handover " + en_date(dt.date()) + "</b></p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Room</th><th>Patient</th><th>Issues</th><th>Code</th></tr>"
            + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % x for x in rows)
            + "</table><p>Pager: " + ORG["tel_bmt"] + "</p><p>" + a.given + "</p></body></html>\n")
    return Msg(L, "signout", True, roster_types(text),
               "overnight handover table for the transplant ward",
               staff_addr(a), [staff_addr(b)], "BMT handover", text, html=html, date=dt,
               hints={"struct": r.choice(["html", "alt"])})


def e_booking_bmbx(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    clerk = c.pick("clerk")
    mrn_s, mrn = gen_mrn(r)
    day = (dt + datetime.timedelta(days=r.randint(3, 14))).date()
    start = datetime.datetime(day.year, day.month, day.day, r.choice([8, 9, 13]), r.choice([0, 30]))
    summ = "BMBx day +%d - %s" % (r.choice([28, 100]), name_form(r, p, L, r.choice(["upper_comma", "full"])))
    ics = make_ics("bmbx-%d@%s" % (r.randrange(10**6), ORG["dom"]), start, start + datetime.timedelta(minutes=45), summ,
                   "Restaging marrow (%s). MRN %s. Chimerism + MRD flow + NGS panel on aspirate." % (r.choice(DX[L])[1], mrn_s),
                   "Procedure room 3, Day Hospital", (clerk.full, clerk.email(ORG["dom"])))
    body = "\n".join(["Hi,", "", "Booked as requested - invite attached. Please remind the patient to hold the "
                      "morning dose of apixaban.", "", clerk.full, "BMT clinic booking"])
    return Msg(L, "booking", True, ["patient_name", "mrn", "diagnosis", "medication"],
               "bone marrow biopsy booking with calendar invitation",
               staff_addr(clerk), [staff_addr(c.pick("coord"))], "Booked: marrow %s" % day.strftime("%b %d"), body,
               atts=[Att("invite.ics", "text/calendar", ics)], ids=[("mrn", mrn)], date=dt)


def e_transport(c):
    r = c.rng
    use_nam = r.random() < 0.5
    p = c.holder() if use_nam else c.patient("en", lang="en")
    dt = c.date()
    sw = c.pick("sw")
    appt = (dt + datetime.timedelta(days=r.randint(2, 9))).date()
    addr = c.address_qc() if use_nam else c.address_on()
    lines = ["Hello,", "",
             "Please arrange transport for %s from home to our BMT day hospital:" % name_form(r, p, L, r.choice(["title", "full"])),
             "  Address: %s" % addr, "  Phone: %s" % c.phone("613" if not use_nam else "514")]
    types = ["patient_name", "patient_contact", "diagnosis", "social_information"]
    holders = []
    if use_nam:
        lines.append("  " + _nam_line(c, p, "inline"))
        types += ["ramq_nam", "date_of_birth"]
        holders = [p]
    lines += ["  Appointment: %s, 08:30 (day +%d review, IV magnesium, blood work)" % (en_date(appt), r.randint(20, 90)),
              "",
              "Immunocompromised after stem cell transplant - mask, no shared rides. Lives alone and no longer drives; "
              "income is ODSP only, so the travel grant should cover it.",
              "", sig(sw, L, "Social Worker, BMT")]
    return Msg(L, "transport_request", True, types, "transport request for a post-transplant patient",
               staff_addr(sw), [("Patient transport", "bookings@" + EXT["trans"][1])], "Transport request %s" % appt.isoformat(),
               "\n".join(lines), holders=holders, date=dt)


def e_rx_pharmacy(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    ph = c.pick("pharm")
    nm, dom, tel = EXT["pharm2"]
    ohn, vc = gen_ohn(r)
    meds = r.sample(MEDS[L], r.randint(4, 6))
    body = "\n".join([
        "Hello %s team," % nm, "",
        "%s (DOB %s, OHIP %s) is being discharged and will fill at your store." % (
            name_form(r, p, L, r.choice(["full", "upper_comma"])), fmt_dob(r, p.dob, L), fmt_ohn(r, ohn, vc)),
        "", *["- " + m for m in meds], "",
        "Tacrolimus: please dispense the same brand only (no substitution). Posaconazole is covered under EAP; approval attached to the fax.",
        "", sig(ph, L, "Clinical Pharmacist, BMT")])
    return Msg(L, "prescription", True, ["patient_name", "date_of_birth", "ca_health_number", "medication"],
               "discharge prescription to a community pharmacy",
               staff_addr(ph), [("Dispensary", "rx@" + dom)], "Discharge Rx", body, ids=[("ca_health_number", ohn)], date=dt)


def e_disability_sin(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    clerk = c.pick("clerk")
    sin = gen_sin(r)
    dx, dxs = r.choice(DX[L])
    lines = ["Attending Physician Statement - Long Term Disability", "",
             "Claimant: %s" % name_form(r, p, L, "upper_comma"),
             "Date of birth: %s" % fmt_dob(r, p.dob, L),
             "SIN: %s" % fmt_sin(r, sin, allow_full=False),
             "Employer: Kingsmere Logistics Ltd.", "",
             "# Diagnosis", dx,
             "# Treatment", "Allogeneic stem cell transplant %s; ongoing immunosuppression." % en_date(dt.date() - datetime.timedelta(days=90)),
             "# Restrictions", "No work. Earliest reassessment in 6 months.", "",
             "Physician: Dr. %s" % c.pick("hemato").full]
    pdf = make_pdf("Attending Physician Statement", lines, author=clerk.full)
    body = "\n".join(["Hello,", "", "Please find the completed APS for your claimant attached. Claim number in the file name.",
                      "", clerk.full, "Medical secretary, BMT program", "Tel. " + ORG["tel_bmt"]])
    return Msg(L, "insurer_form", True, ["patient_name", "date_of_birth", "ca_sin", "diagnosis"],
               "long-term disability physician statement (PDF)",
               staff_addr(clerk), [("LTD Claims", "ltdclaims@" + EXT["ins"][1])], "APS - claim LTD-%06d" % r.randrange(10**6),
               body, atts=[Att("APS_LTD_%s.pdf" % p.surname, "application/pdf", pdf)], ids=[("ca_sin", sin)], date=dt)


def e_caregiver_sin(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    sw = c.pick("sw")
    sin = gen_sin(r)
    body = "\n".join([
        "Hi,", "",
        "Following up on the compassionate care / sickness benefit application for %s. Service Canada needs "
        "the medical certificate re-sent with the SIN on page 1: %s." % (name_form(r, p, L, r.choice(["full", "title"])), fmt_sin(r, sin)),
        "",
        "Context for the file: allogeneic transplant for %s; off work since %s; spouse has taken unpaid leave "
        "as 24/7 caregiver and the family is two months behind on rent. Referral to the food bank made today." % (
            r.choice(DX[L])[1], en_date(dt.date() - datetime.timedelta(days=r.randint(60, 150)))),
        "", sig(sw, L, "Social Worker, BMT")])
    return Msg(L, "income_support", True, ["patient_name", "ca_sin", "diagnosis", "social_information"],
               "income support follow-up with social insurance number",
               staff_addr(sw), [staff_addr(c.pick("clerk"))], "EI sickness - certificate resend", body,
               ids=[("ca_sin", sin)], date=dt)


def e_social_work(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    sw, hem = c.pick("sw"), c.pick("hemato")
    body = "\n".join([
        "Hi %s," % hem.given, "",
        "Re %s - caregiver plan is not in place yet. %s" % (name_form(r, p, L, r.choice(["title_sur", "full", "lower"])), r.choice([
            "Her partner was charged last month (domestic assault) and is under a no-contact order; her mother can only come weekends.",
            "He is couch-surfing since the eviction in June; no fixed address. Two friends offered to alternate as caregivers but neither can do nights.",
            "Both parents work shifts and the 15-year-old cannot be the designated caregiver. Family is on Ontario Works."])),
        "", "I would not confirm the admission date until we have a signed caregiver agreement. Meeting Thursday at 10?",
        "", sw.given])
    return Msg(L, "social_work", True, ["patient_name", "social_information"],
               "social worker note on caregiver and living situation",
               staff_addr(sw), [staff_addr(hem)], "Caregiver plan", body, date=dt, hints={"struct": "plain"})
