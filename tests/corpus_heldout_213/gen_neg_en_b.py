"""Negative (non-confidential) English messages, part B."""
import datetime

from gen_common import ORG_EN, date_en, shift, pick, MONTHS_EN, ascii_fold
from gen_ids import luhn_serial, isbt_din
from gen_attach import make_pdf, make_docx, make_csv
from gen_tpl import (spec, att_pdf, att_docx, att_xlsx, att_csv, att_zip, att_vcf, att_eml, att_ics,
                     list_addr, ext_addr, dt)


def proficiency(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    mgr = w.staff("gest")
    survey = f"EQA-IH-{w.today.year}-{rng.randint(1, 3)}"
    rows = [["Specimen", "ABO/Rh", "Antibody screen", "Antibody ID", "DAT", "Graded"]]
    for i in range(1, 6):
        rows.append([f"{survey}-{i:02d}", pick(rng, ["A pos", "O neg", "B pos", "AB pos", "O pos"]),
                     pick(rng, ["pos", "neg"]), pick(rng, ["anti-E", "anti-K", "anti-Fya", "none", "anti-D + anti-C"]),
                     pick(rng, ["neg", "pos IgG"]), "acceptable"])
    text = (f"Hi {mgr.given},\n\nResults for external quality assessment survey {survey} are back: 5/5 acceptable. "
            "These are manufactured survey samples, not patient specimens. Summary attached for the quality binder.\n\n"
            + tm.signature("en", rng))
    return spec("proficiency_testing", "en", tm.addr(), [mgr.addr()], f"EQA results {survey}", text=text,
                atts=[att_csv(f"{survey}.csv", rows, cte=pick(rng, ["quoted-printable", "8bit", "base64"]))],
                note="external quality assessment survey results")


def it_notice(w, k):
    rng = w.rng
    ti = w.staff("ti")
    v = k % 3
    if v == 0:
        d = shift(w.today, rng.randint(3, 9))
        text = (f"Hello,\n\nThe laboratory information system will be upgraded on {date_en(d, 1)} from 01:00 to 05:00. "
                "Blood bank will run downtime procedures (paper requisitions, manual labels, paper issue log).\n\n"
                "Updated downtime SOPs are attached as a ZIP.\n\n" + ti.signature("en", rng))
        sop1 = make_pdf("BB-SOP-031 Downtime issue of blood", ["## Purpose", "Issue blood components during LIS downtime.",
                                                               "## Procedure", "Use form BB-F-12; double check with a second technologist."])
        sop2 = make_docx("BB-SOP-032 Recovery after downtime", ["Back-enter all issues within 4 hours of recovery."])
        atts = [att_zip("downtime_SOPs.zip", [("BB-SOP-031.pdf", sop1), ("BB-SOP-032.docx", sop2)])]
        subj = "LIS upgrade - downtime procedures"
    elif v == 1:
        text = ("Hello,\n\nYour network password expires in 5 days. Change it from any hospital workstation with "
                "Ctrl+Alt+Del > Change a password. IT will never ask for your password by e-mail.\n\n"
                f"Service desk: {ti.hospital['area']}-555-01{rng.randint(10, 99)}\n\n" + ti.signature("en", rng))
        atts = []
        subj = "Password expiry reminder"
    else:
        text = (f"Hello,\n\nThe new barcode scanners for the blood bank benches have arrived. Asset tags and serials:\n\n" +
                "\n".join(f"  Bench {i}: asset {luhn_serial(rng, 9)}  serial {luhn_serial(rng, 12)}" for i in range(1, 4)) +
                "\n\nInstallation Thursday afternoon; interface validation will use the LIS test patient only.\n\n" + ti.signature("en", rng))
        atts = []
        subj = "Barcode scanner installation"
    return spec("it_notice", "en", ti.addr(), [list_addr("lab.all", "Laboratory - all")], subj, text=text, atts=atts,
                note="IT notice to laboratory")


def facilities(w, k):
    rng = w.rng
    fac = w.staff("inst")
    tm = w.staff("tm_chef", hospital=fac.hospital)
    rows = [["Probe", "Location", "Min (C)", "Max (C)", "Mean (C)", "Serial"]]
    for i in range(1, 7):
        rows.append([f"P{i}", pick(rng, ["top shelf", "middle shelf", "bottom shelf", "door"]), f"{rng.randint(18, 25) / 10}",
                     f"{rng.randint(45, 58) / 10}", f"{rng.randint(34, 44) / 10}", luhn_serial(rng, 10)])
    text = (f"Hi {tm.given},\n\nTemperature mapping of blood refrigerator BR-{rng.randint(1, 6)} (asset {luhn_serial(rng, 9)}) "
            "is complete: all probes stayed within 1-6 C over 24 h. Data attached; the unit can go back into service.\n\n"
            "Reminder: the east elevator is out of service Monday for inspection; use the service elevator for courier runs.\n\n"
            + fac.signature("en", rng))
    return spec("facilities", "en", fac.addr(), [tm.addr()], pick(rng, ["Fridge temperature mapping complete", "BR mapping results"]),
                text=text, atts=[att_xlsx("temperature_mapping.xlsx", [("Mapping", rows)], author=fac.full)],
                note="refrigerator temperature mapping with serials")


def aggregate_stats(w, k):
    rng = w.rng
    gest = w.staff("gest")
    rows = [["Month", "Hospital", "RBC issued", "RBC transfused", "Wastage %", "Reactions", "O-neg to non-O-neg %"]]
    for m in range(3):
        for h in w.hospitals:
            issued = rng.randint(200, 1500)
            rows.append([MONTHS_EN[(w.today.month - 3 + m) % 12], h["code"], issued, issued - rng.randint(5, issued // 8),
                         f"{rng.randint(5, 40) / 10}", rng.randint(0, 12), f"{rng.randint(10, 45)}"])
    text = ("Hello,\n\nQuarterly utilization indicators are attached (aggregate counts only, no patient-level data). "
            f"Overall RBC wastage was {rng.randint(10, 30) / 10}% against a 3% target.\n\n" + gest.signature("en", rng))
    return spec("statistics", "en", gest.addr(), [list_addr("tc.members", "Transfusion Committee")],
                "Quarterly blood utilization indicators", text=text,
                atts=[att_csv("utilization_quarter.csv", rows, cte=pick(rng, ["8bit", "quoted-printable"]))],
                note="aggregate blood utilization statistics")


def teaching_case(w, k):
    rng = w.rng
    hem = w.staff("hemato")
    a = rng.randint(20, 85)
    case = pick(rng, [
        f"A {a}-year-old woman with sickle cell disease presents 7 days after a transfusion with pain, dark urine and an Hb "
        "lower than before transfusion. The DAT is weakly positive and no new alloantibody is found. What is going on, and "
        "should you transfuse again?",
        f"A {a}-year-old man on warfarin (INR 6.2) has a subdural hematoma. Outline reversal and the role of plasma.",
        f"A {a}-year-old patient has a positive antibody screen; the panel shows anti-E and an unidentified reactivity. "
        "What further tests would you order?"])
    text = (f"Residents,\n\nCase for Thursday (de-identified; details changed):\n\n{case}\n\n"
            "Send me your answer by Wednesday. See the Canadian transfusion guide, chapter on hemolytic reactions.\n\n"
            + hem.signature("en", rng))
    return spec("teaching_case", "en", hem.addr(), [list_addr("residents.im", "Internal medicine residents")],
                pick(rng, ["Case of the week", "Teaching case - blood bank"]), text=text, note="de-identified teaching case")


def merge_template(w, k):
    rng = w.rng
    nurse = w.staff("inf_pbm")
    if k % 2 == 0:
        tpl = ("Dear {{Title}} {{LastName}},\n\nThis is a reminder of your appointment at the {{Clinic}} on {{ApptDate}} at "
               "{{ApptTime}} for {{Procedure}}.\nPlease bring your health insurance card and your list of medications.\n\n"
               "To reschedule, call {{ClinicPhone}}.\n")
        text = ("Hi team,\n\nHere is the new reminder template for the PBM clinic (mail merge from the scheduling "
                "system). Field names must stay exactly as they are.\n\n-----\n" + tpl + "-----\n\n" + nurse.signature("en", rng))
        atts = []
        subj = "New appointment reminder template"
    else:
        paras = ["Patient name: ____________________", "RAMQ no.: ____ ____ ____   Date of birth: ____-__-__",
                 "Referring physician: ____________________", "## Reason for referral",
                 "[ ] Pre-op anemia   [ ] Iron deficiency   [ ] Declines blood   [ ] Other: ________",
                 "## Recent labs (attach)", "Hb ____ g/L   Ferritin ____   TSAT ____ %"]
        atts = [att_docx("PBM_referral_form_blank.docx", "Patient Blood Management - Referral Form", paras, author=nurse.full)]
        text = ("Hello,\n\nThe blank referral form for the PBM clinic has been updated (v3). Please use it from Monday; "
                "incomplete forms will be returned.\n\n" + nurse.signature("en", rng))
        subj = "Updated PBM referral form (blank)"
    return spec("blank_form", "en", nurse.addr(), [list_addr("clinics.admin", "Clinic administration")], subj, text=text,
                atts=atts, note="mail-merge template or blank referral form")


def recall(w, k):
    rng = w.rng
    ph = w.staff("pharm")
    prod = pick(rng, ["IVIG 10% 200 mL", "Rh immune globulin 1500 IU", "Albumin 25% 100 mL", "Prothrombin complex concentrate 1000 IU"])
    lots = [f"{pick(rng, ['A', 'B', 'L'])}{luhn_serial(rng, 7)}" for _ in range(rng.randint(1, 3))]
    text = (f"Hello,\n\nThe manufacturer has issued a voluntary recall (Type III) of {prod}, lots: {', '.join(lots)}.\n"
            "Reason: labelling error on the outer carton. No patient safety concern identified.\n\n"
            "Please quarantine any stock on your unit and call pharmacy for pick-up.\n\n" + ph.signature("en", rng))
    return spec("recall", "en", ph.addr(), [list_addr("nursing.managers", "Nurse managers")], f"Recall notice - {prod}",
                text=text, note="product lot recall notice")


def research(w, k):
    rng = w.rng
    pi = w.staff("hemato")
    coord = w.staff("inf_pbm")
    text = (f"Hello,\n\nThe REB approved the protocol 'RESTRICT-PLT: restrictive vs liberal platelet thresholds before central line "
            f"insertion' (REB-{w.today.year}-{rng.randint(100, 999)}).\n\nPI: {pi.dr('en')}\nTarget sample: {rng.randint(150, 400)} adults\n"
            "Inclusion: platelets 10-50 x 10^9/L, non-tunnelled CVC planned.\n\nProtocol and blank consent form attached. "
            "Recruitment starts next month; no participants enrolled yet.\n\n" + coord.signature("en", rng))
    pdf = att_pdf("RESTRICT-PLT_protocol_v1.pdf", "RESTRICT-PLT Protocol v1.0",
                  ["## Design", "Pragmatic randomized non-inferiority trial.", "## Primary outcome", "Grade 2+ bleeding within 48 h."],
                  author=pi.full)
    return spec("research_protocol", "en", coord.addr(), [list_addr("icu.physicians", "ICU physicians")],
                "REB approval - RESTRICT-PLT", text=text, atts=[pdf], note="research protocol approval, no participants")


def birthdays(w, k):
    rng = w.rng
    mgr = w.staff("tm_chef")
    staff = [w.staff("tm", hospital=mgr.hospital) for _ in range(rng.randint(3, 5))]
    if k % 2 == 0:
        rows = [["Name", "Birthday", "Years of service"]]
        for s in staff:
            by = rng.randint(1965, 2000)
            rows.append([s.full, date_en(datetime.date(by, rng.randint(1, 12), rng.randint(1, 28)), 1), rng.randint(1, 30)])
        text = ("Hi social committee,\n\nHere is the staff birthday / service list you asked for (staff agreed to share). "
                "Cake budget approved for the first Friday of each month.\n\n" + mgr.given)
        atts = [att_csv("staff_birthdays.csv", rows)]
        subj = "Staff birthdays list"
    else:
        col = staff[0]
        text = (f"Hi all,\n\nCongratulations to {col.full}, whose baby {pick(rng, ['Olivia', 'Leo', 'Maya', 'Theo'])} was born on "
                f"{date_en(shift(w.today, -rng.randint(1, 5)), 1)} ({rng.randint(28, 42) / 10:.1f} kg). Mother and baby are doing great! "
                "A card is at the front desk.\n\n" + mgr.given)
        atts = []
        subj = "Baby news!"
    return spec("staff_news", "en", mgr.addr(), [list_addr("bb.team", "Blood bank team")], subj, text=text, atts=atts,
                note="staff social news with staff dates")


def vendor_contact(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    mgr = w.staff("gest")
    rep_g, rep_s = pick(rng, [("Dana", "Whitfield"), ("Louis-Philippe", "Carrière"), ("Sandra", "Okonkwo"), ("Nick", "Ferraro")])
    if k % 2 == 0:
        text = (f"Hi {mgr.given},\n\nAttached is the contact card of our new account rep for the gel analyzers; she/he replaces "
                "the previous rep as of this month. Service contract renewal is due in June.\n\n" + tm.signature("en", rng))
        atts = [att_vcf(f"{rep_g} {rep_s}.vcf", family=rep_s, given=rep_g, tel=f"514-555-01{rng.randint(10, 99)}",
                        org="ImmunoLab Distribution", email=ascii_fold(f"{rep_g}.{rep_s}").lower() + "@immunolab-dist.example",
                        note="Account representative - blood bank analyzers")]
        subj = "New vendor rep contact"
    else:
        cst = w.staff("cst")
        d = shift(w.today, rng.randint(5, 15))
        inner_txt = (f"Hello,\n\nReminder: hemovigilance working group on {date_en(d, 1)} at 10:00, room B-214. "
                     "Agenda: reaction reporting turnaround, bedside check audit, traceability tags.\n\n" + cst.full)
        inner = spec("x", "en", cst.addr(), [tm.addr()], "Hemovigilance working group", text=inner_txt)
        text = (f"{mgr.given} - can you attend in my place? Original invite attached.\n\n{tm.given}")
        atts = [att_eml("Hemovigilance working group.eml", inner, "en", dt(shift(w.today, -1), 9, 12))]
        subj = "Fw: Hemovigilance working group"
    return spec("vendor_or_meeting", "en", tm.addr(), [mgr.addr()], subj, text=text, atts=atts,
                note="vendor contact card or forwarded meeting notice")
