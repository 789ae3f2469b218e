"""Positive (confidential) English messages, part B."""
import datetime

from gen_common import (date_en, mrn_str, nam_str, name_as, shift, pick)
from gen_ids import make_sin, sin_fmt, make_nir, nir_fmt, make_niss, niss_fmt
from gen_attach import make_csv, make_pdf
from gen_tpl import (spec, quote, reply_header, att_pdf, att_xlsx, att_docx, att_vcf, att_zip, att_eml,
                     list_addr, ext_addr, dt)


def _he(p):
    return "she" if p["sex"] == "F" else "he"


def vcard_contact(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=20)
    tso = w.staff("cst", hospital=p["hosp"])
    clerk = w.staff("commis", hospital=p["hosp"])
    ab = pick(rng, ["anti-K", "anti-Jkb", "anti-E + anti-c", "anti-M (IgG)"])
    T = {"patient_name", "patient_contact", "date_of_birth", "lab_result", "ramq_nam"}
    note = f"Antibody card mailed {date_en(w.today, 0)}; {ab}; RAMQ {p['nam']}"
    text = (f"Hi {clerk.given},\n\nThe antibody card for this patient came back 'return to sender'. I called and "
            "got the new address - contact card attached, please update the registration system and re-mail the card.\n\n"
            + tso.signature("en", rng))
    return spec("contact_update", "en", tso.addr(), [clerk.addr()],
                pick(rng, ["Address update - antibody card returned", "Returned mail - new address"]),
                text=text, atts=[att_vcf(f"{p['given']} {p['surname']}.vcf", family=p["surname"], given=p["given"],
                                         tel=p["phone"], adr=(p["street"], p["city"], p["postal"]),
                                         bday=p["dob"], note=note)],
                types=T, note="patient contact card attached (vCard)", nams=[p])


def antibody_xlsx(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    hem = w.staff("hemato")
    pats = [w.patient() for _ in range(rng.randint(4, 7))]
    rows = [["MRN", "Patient", "DOB", "ABO/Rh", "Antibodies", "DAT", "Comment"]]
    for pt in pats:
        rows.append([pt["mrn"], name_as(pt, "upper_first"), date_en(pt["dob"], 0), pt["abo"],
                     pick(rng, ["anti-Jka", "anti-K", "anti-E", "anti-Fya, anti-Jkb", "anti-D (RhIG, passive)", "none"]),
                     pick(rng, ["neg", "IgG 1+", "IgG 2+ C3d w+"]),
                     pick(rng, ["DHTR suspected", "pre-op", "pregnant 24 wk", "sickle cell", "MDS", ""])])
    T = {"patient_name", "mrn", "date_of_birth", "lab_result"}
    if any(r[6] in ("DHTR suspected", "sickle cell", "MDS") for r in rows[1:]):
        T.add("diagnosis")
    text = (f"Dr. {hem.surname},\n\nAttached are this week's antibody identifications that need a sign-off "
            "before the cards are mailed. Two DHTR workups are still open.\n\n" + tm.signature("en", rng))
    return spec("antibody_report", "en", tm.addr(), [hem.addr()],
                pick(rng, ["Antibody IDs for sign-off", "Weekly antibody ID list"]),
                text=text, atts=[att_xlsx(pick(rng, ["antibody_IDs_week.xlsx", f"AbID_{w.today:%Y-%m-%d}.xlsx"]),
                                          [("AbID", rows)], author=tm.full)],
                types=T, note="weekly antibody identification list, XLSX")


def disability_form(w, k):
    rng = w.rng
    p = w.patient(age_lo=35, age_hi=63)
    sin = make_sin(rng)
    hem = w.staff("hemato")
    T = {"patient_name", "ca_sin", "date_of_birth", "diagnosis", "lab_result", "medication"}
    dx = pick(rng, ["myelodysplastic syndrome (MDS-EB1)", "aplastic anemia", "primary myelofibrosis"])
    paras = ["## Part A - Claimant",
             f"Name: {p['given']} {p['surname']}", f"Date of birth: {date_en(p['dob'], 1)}",
             f"Social insurance number: {sin_fmt(sin, pick(rng, ['hyphen', 'space', 'plain']))}",
             f"Policy/certificate: GRP-{rng.randint(10000, 99999)}",
             "## Part B - Attending physician statement",
             f"Diagnosis: {dx}.", f"Transfusion-dependent: {rng.randint(2, 4)} RBC units every {rng.randint(2, 3)} weeks; "
             f"Hb nadir {rng.randint(60, 72)} g/L.",
             f"Treatment: {pick(rng, ['azacitidine', 'cyclosporine + eltrombopag', 'ruxolitinib'])}; iron chelation.",
             "Restrictions: unable to perform any work requiring sustained physical effort; fatigue, dyspnea on exertion.",
             f"Expected duration: more than 12 months.  Signed: {hem.dr('en')}"]
    ins = ext_addr("Claims - Northshore Life", "disability.claims", "northshore-life.example")
    text = ("Hello,\n\nPlease find attached the completed attending physician statement for the long-term "
            f"disability claim of {name_as(p, pick(rng, ['title_full_en', 'full']))}. The claimant signed the consent on file.\n\n"
            + hem.signature("en", rng))
    return spec("insurer_form", "en", hem.addr(), [ins],
                pick(rng, ["LTD claim - attending physician statement", "Completed APS form"]),
                text=text, atts=[att_docx(f"APS_{p['surname']}_{p['given']}.docx", "Attending Physician Statement",
                                          paras, author=hem.full)],
                types=T, note="long-term disability form with SIN, DOCX", ids=[("ca_sin", sin)])


def lowercase_note(w, k):
    rng = w.rng
    p = w.patient(age_lo=40, age_hi=95)
    a = w.staff("tm")
    b = w.staff("tm", hospital=a.hospital)
    T = {"patient_name", "lab_result"}
    v = k % 3
    if v == 0:
        text = (f"fyi {name_as(p, 'lower')} is back in ER, hb {rng.randint(55, 68)}, same anti-fya as before. "
                "i set aside 2 fya-neg units from the frozen... no wait, liquid inventory, tag #3 and #5.\n\n" + a.given.lower())
    elif v == 1:
        text = (f"{b.given.lower()} can u redo the crossmatch on {p['surname'].lower()} (bed {rng.randint(1, 30)}, icu)? "
                f"sample was clotted. plt {rng.randint(12, 40)}, inr {rng.randint(15, 30) / 10}, they want 2 plasma too.\n")
    else:
        text = (f"{name_as(p, 'initial').lower()} - dat 2+ igg, eluate pan-reactive. probably autoantibody. "
                "told the ward to hold transfusion unless hemodynamically unstable.\n")
        T.add("diagnosis")
    return spec("quick_note", "en", a.addr(2), [b.addr(2)],
                pick(rng, ["quick one", "xm redo", "fyi", "re: er patient"]), text=text, types=T,
                note="lowercase quick note between technologists")


def attached_eml(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=25)
    a = w.staff("md", hospital=p["hosp"])
    b = w.staff("cst", hospital=p["hosp"])
    mgr = w.staff("gest")
    when = dt(shift(w.today, -rng.randint(1, 5)), rng.randint(8, 17), rng.randint(0, 59))
    T = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result"}
    inner_text = (f"Hello,\n\nI am concerned about a possible wrong-blood-in-tube event. "
                  f"{name_as(p, 'upper_first')} (RAMQ {nam_str(p, 'space')}, DOB {date_en(p['dob'], 0)}, {p['sex']}) "
                  f"typed as {p['abo']} yesterday but historical group on file is "
                  f"{pick(rng, ['A+', 'B+', 'O-']) if p['abo'] not in ('A+', 'B+', 'O-') else 'AB+'}. "
                  f"{_he(p).capitalize()} is admitted for {pick(rng, ['a hip fracture', 'pneumonia', 'an upper GI bleed'])}. "
                  "Nothing was transfused. The nurse who drew the sample has been informed.\n\n" + a.full)
    inner = spec("x", "en", a.addr(), [b.addr()], "Possible WBIT - group discrepancy", text=inner_text)
    text = (f"{mgr.given},\n\nForwarding as attachment for the incident file (near miss, no harm). "
            "I've opened the incident report; details in the original message.\n\n" + b.signature("en", rng))
    return spec("incident_forward", "en", b.addr(), [mgr.addr()],
                pick(rng, ["Fw: Possible WBIT - group discrepancy", "Near miss - original message attached"]),
                text=text, atts=[att_eml("Possible WBIT - group discrepancy.eml", inner, "en", when,
                                         cte=pick(rng, ["quoted-printable", "7bit", "base64"]))],
                types=T, note="near-miss report, details only in attached message", nams=[p])


def zip_audit(w, k):
    rng = w.rng
    tso = w.staff("cst")
    aud = ext_addr("Hemovigilance audit", "audit.hemovigilance", "sante-regionale.example")
    pats = [w.patient() for _ in range(rng.randint(5, 8))]
    rows = [["chart", "recipient", "unit_DIN", "component", "transfused_on", "ward", "final_disposition"]]
    for pt in pats:
        rows.append([pt["mrn"], f"{pt['surname']}, {pt['given']}", f"C{rng.randint(1000, 9999)}25{rng.randint(100000, 999999)}",
                     pick(rng, ["RBC", "PLT", "FP"]), date_en(shift(w.today, -rng.randint(20, 80)), 0),
                     pick(rng, ["4B", "ICU", "OR", "ED", "5A"]), pick(rng, ["transfused", "transfused", "partially transfused"])])
    T = {"patient_name", "mrn"}
    summary = make_pdf("Traceability audit - summary",
                       [f"Units sampled: {len(pats)}", "Units fully traced: " + str(len(pats) - 1),
                        "One tag missing a co-signature (see CSV line 3).", f"Prepared by {tso.full}"], author=tso.full)
    z = att_zip(f"traceability_audit_{w.today:%Y%m}.zip",
                [("traceability_sample.csv", make_csv(rows)), ("summary.pdf", summary)])
    text = ("Hello,\n\nAs requested for the annual traceability audit, the sampled records are in the attached ZIP "
            "(CSV + summary). Please delete the file once the audit is closed.\n\n" + tso.signature("en", rng))
    return spec("traceability_audit", "en", tso.addr(), [aud], pick(rng, ["Traceability audit sample", "Audit - sampled units"]),
                text=text, atts=[z], types=T, note="traceability audit sample with recipients, ZIP")


def eu_patient(w, k):
    rng = w.rng
    p = w.patient(age_lo=20, age_hi=75)
    md = w.staff("md", hospital=p["hosp"])
    tm = w.staff("tm_chef", hospital=p["hosp"])
    T = {"patient_name", "date_of_birth", "diagnosis", "lab_result"}
    if k != 1:
        num = make_nir(rng, p["dob"], p["sex"])
        T.add("fr_nir")
        idline = f"French social security number (NIR): {nir_fmt(num, pick(rng, ['std', 'plain', 'space']))}"
        ids = [("fr_nir", num)]
        where = "Lyon"
    else:
        num = make_niss(rng, p["dob"], p["sex"])
        T.add("be_niss")
        idline = f"Belgian national number: {niss_fmt(num, pick(rng, ['std', 'plain']))}"
        ids = [("be_niss", num)]
        where = "Ghent"
    text = (f"Hi {tm.given},\n\nVisiting patient from Europe admitted overnight: {name_as(p, pick(rng, ['upper_first', 'full']))}, "
            f"DOB {date_en(p['dob'], pick(rng, [0, 1, 4]))}.\n{idline}\n\n"
            f"Known {pick(rng, ['anti-D alloimmunization from a previous pregnancy', 'hemophilia A carrier', 'sickle cell disease'])}, "
            f"followed in {where}. Current Hb {rng.randint(68, 90)} g/L. The home transfusion centre faxed the antibody history; "
            "can you reconcile it before we crossmatch?\n\n" + md.signature("en", rng))
    return spec("foreign_patient", "en", md.addr(), [tm.addr()],
                pick(rng, ["European patient - transfusion history", "Visitor admitted - antibody history to reconcile"]),
                text=text, types=T, note="visiting European patient transfusion history", ids=ids)


def reversal_reply(w, k):
    rng = w.rng
    p = w.patient(age_lo=55, age_hi=95) if k else w.nam_patient(age_min=55)
    er = w.staff("md", hospital=p["hosp"])
    hem = w.staff("hemato")
    inr = rng.randint(28, 80) / 10
    T = {"patient_name", "lab_result", "medication", "diagnosis"}
    ident = f"MRN {mrn_str(p, 'plain')}"
    T.add("mrn")
    if p["nam"]:
        ident += f", RAMQ {nam_str(p, 'plain')}, DOB {date_en(p['dob'], 0)}"
        T |= {"ramq_nam", "date_of_birth"}
    orig = (f"{name_as(p, pick(rng, ['title_full_en', 'upper_first']))}, {ident}, on warfarin for AF, INR {inr}, "
            f"{pick(rng, ['subdural hematoma on CT', 'melena with Hb 71', 'fall with intracranial bleed'])}, weight {rng.randint(55, 95)} kg. "
            "Octaplex dose? Do we also give plasma?\n\n" + er.full)
    when = dt(w.today, rng.randint(0, 23), rng.randint(0, 59))
    text = (f"{er.given},\n\nNo plasma. Give Octaplex {pick(rng, ['2000', '3000', '1500'])} IU IV now plus vitamin K 10 mg IV, "
            "repeat INR 15 min after the infusion. Blood bank has been called and will release it on your verbal.\n\n"
            f"{hem.dr('en')}\n\n{reply_header('en', when, er, rng.randint(0, 1))}\n{quote(orig)}\n")
    return spec("consult_reply", "en", hem.addr(), [er.addr()], "RE: " + pick(rng, ["urgent reversal", "warfarin reversal - ED"]),
                text=text, types=T, note="anticoagulant reversal advice with quoted question",
                nams=[p] if p["nam"] else [], reply=f"<{rng.randint(10**8, 10**9)}.rev@mail.trois-rivages.example>")


def bloodless(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=30)
    nurse = w.staff("inf_pbm", hospital=p["hosp"])
    surg = w.staff("md", hospital=p["hosp"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "medication", "lab_result", "diagnosis"}
    text = (f"Dr. {surg.surname},\n\nYour patient {name_as(p, pick(rng, ['full', 'sur_first']))} "
            f"(DOB {date_en(p['dob'], 3)}, {p['sex']}, RAMQ {nam_str(p, pick(rng, ['plain', 'hyphen', 'wide']))}) "
            "declines all blood components, including albumin, per the advance directive signed today; "
            "cell salvage is acceptable.\n\n"
            f"Plan before the {pick(rng, ['hysterectomy', 'hip replacement', 'nephrectomy'])}: epoetin alfa (Eprex) 40,000 U SC weekly x3, "
            f"iron sucrose 300 mg IV x3, folic acid. Baseline Hb {rng.randint(101, 124)} g/L, ferritin {rng.randint(15, 60)}. "
            "Target Hb > 130 before surgery.\n\n" + nurse.signature("en", rng))
    return spec("bloodless_plan", "en", nurse.addr(), [surg.addr()],
                pick(rng, ["Bloodless surgery plan", "PBM plan - declines blood"]), text=text, types=T,
                note="patient blood management plan for patient declining blood", nams=[p])


def outpatient_schedule(w, k):
    rng = w.rng
    nurse = w.staff("inf", hospital=rng.choice(w.hospitals))
    tm = w.staff("tm_chef", hospital=nurse.hospital)
    rows = [["Time", "Patient", "Chart", "Order", "Notes"]]
    hours = sorted(rng.sample(range(8, 16), rng.randint(4, 6)))
    for h in hours:
        pt = w.patient()
        rows.append([f"{h:02d}:00", f"{pt['surname']}, {pt['given']}", pt["mrn"],
                     pick(rng, ["2 RBC irradiated", "1 RBC", "IVIG 40 g", "2 RBC phenotyped", "PLT 1 dose"]),
                     pick(rng, ["MDS", "thalassemia", "post-chemo", "CLL", "sickle cell - exchange", ""])])
    T = {"patient_name", "mrn"}
    if any(r[3].startswith("IVIG") for r in rows[1:]):
        T.add("medication")
    if any(r[4] in ("MDS", "thalassemia", "CLL", "sickle cell - exchange") for r in rows[1:]):
        T.add("diagnosis")
    text = (f"Hi {tm.given},\n\nTomorrow's day-hospital transfusion list is attached so you can prepare the crossmatches "
            "tonight. Sample tubes are already down.\n\n" + nurse.signature("en", rng))
    return spec("outpatient_schedule", "en", nurse.addr(), [tm.addr()],
                pick(rng, ["Tomorrow's transfusion list", "Day hospital - crossmatch list"]),
                text=text, atts=[att_xlsx(f"day_hospital_{shift(w.today, 1):%Y%m%d}.xlsx", [("List", rows)],
                                          author=nurse.full)],
                types=T, note="day hospital transfusion list, XLSX")
