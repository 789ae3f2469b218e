"""Confidential messages in English (part 1)."""
import datetime as dt
import html as H

from gen_attach import make_csv, make_docx, make_pdf
from gen_clin import DEVICE_DX, HF_DX, PED_DX, alert_text, echo_text, holter_text, labs, meds
from gen_common import (CLINICS, DOM, ORG_EN, fold, fmt_date, luhn_serial, make_ohip, signature,
                        staff_display)
from gen_ctx import EXT_MD, today, Ctx, Rec, spec
from gen_pos_fr import VENDORS, MODELS, d

L = "en"


def p_consult(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    md = ctx.staff("cardiologue", "cardiologist")
    gp = ctx.pick(EXT_MD[4:])
    dx = ctx.pick(HF_DX)[1]
    lb = labs(rng, L)
    rx = meds(rng, L, 4)
    findings, ef = echo_text(rng, L)
    nm = rec.name(p, ctx.pick(["title", "full"]))
    text = (f"Dear {gp[0]},\n\nThank you for referring {nm} (DOB {rec.dob(p, ctx.pick(['iso', 'long_en']))}), "
            f"whom I saw in the Heart Failure Clinic on {fmt_date(d(rng, -7, -1), 'long_en')}.\n\n"
            f"Impression: {dx}, NYHA class {ctx.pick(['II', 'II-III', 'III'])}.\n\n"
            f"History: progressive exertional dyspnea over 3 months, 2-pillow orthopnea, ankle edema. "
            f"No chest pain. Ex-smoker (30 pack-years).\n\n"
            f"Investigations: {', '.join(lb[:4])}. Echo: {findings}\n\n"
            "Current medications:\n" + "\n".join(f"  - {m}" for m in rx) +
            "\n\nPlan:\n  1. Uptitrate GDMT every 2 weeks as BP and K allow.\n"
            "  2. Repeat bloodwork in 1 week.\n  3. Reassess LVEF in 3 months; ICD discussion if LVEF <= 35%.\n\n"
            f"Sincerely,\n\n{staff_display(md)}\n{CLINICS['ic'][1]}, {ORG_EN}")
    rec.t("diagnosis", "lab_result", "medication")
    return spec("consult_letter", L, f"Consult letter - {p.surname}" if ctx.chance(0.5) else "HF clinic consult letter",
                ctx.mb(md), [(gp[0], gp[1])], text, rec, "cardiology consult letter to the family physician")


def p_discharge(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    res = ctx.staff("résident")
    gp = ctx.pick(EXT_MD[4:])
    adm = d(rng, -14, -8)
    dis = adm + dt.timedelta(days=rng.randrange(3, 8))
    dx = ctx.pick(HF_DX)[1]
    rx = meds(rng, L, 5)
    lb = labs(rng, L)
    idb = rec.idblock(p, rng.randrange(4), "en", nam_style=ctx.pick(["plain", "spaced", "dashed"]),
                      dob_style=ctx.pick(["iso", "dmy", "long_en"]), mrn=True)
    lines = [ORG_EN, "Discharge Summary - Cardiology", "", *idb.split("\n"), "",
             f"Admitted: {fmt_date(adm, 'iso')}   Discharged: {fmt_date(dis, 'iso')}",
             f"Most responsible diagnosis: acute decompensated heart failure; {dx}",
             "Course: IV furosemide 80 mg BID with net negative 6.2 L; transitioned to oral diuretic day 4.",
             f"Discharge labs: {', '.join(lb)}", "", "Discharge medications:", *[f"  - {m}" for m in rx], "",
             "Follow-up: HF clinic in 7-10 days; bloodwork in 1 week; daily weights.",
             f"Dictated by {staff_display(res)} for the attending cardiologist."]
    rec.t("diagnosis", "medication", "lab_result")
    pdf = make_pdf("Discharge Summary", lines)
    text = (f"Dear {gp[0]},\n\nPlease find attached the discharge summary for your patient, discharged from "
            "4 North today. Kindly arrange the 1-week bloodwork.\n\nRegards,\n" + signature(res, "unit", L))
    return spec("discharge_summary", L, "Discharge summary - 4 North", ctx.mb(res), [(gp[0], gp[1])], text, rec,
                "discharge summary PDF sent to family physician",
                attachments=[{"kind": "pdf", "filename": f"DC_summary_{p.mrn}.pdf", "data": pdf}])


def p_remote_csv(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    nurse = ctx.staff("infirmière")
    ep = ctx.staff("électrophysiologiste", "cardiologist")
    rows = [("transmission_date", "patient", "chart", "device", "serial", "alert", "priority")]
    for _ in range(rng.randrange(5, 9)):
        p = ctx.patient()
        al, cls = alert_text(rng, L)
        rec.t("diagnosis" if cls == "diag" else "lab_result")
        rows.append((fmt_date(d(rng, -3, 0), "iso"), rec.name(p, ctx.pick(["upper_comma", "comma"])),
                     rec.mrn(p), f"{ctx.pick(VENDORS)} {ctx.pick(list(MODELS.values()))}",
                     luhn_serial(rng, 9, ctx.pick("2345")), al, ctx.pick(["RED", "YELLOW", "YELLOW"])))
    csvtxt = make_csv(rows)
    text = (f"Hi {ep[0]},\n\nWeekend remote transmissions flagged for physician review are in the attached "
            "export. The two red ones have already been called and are stable.\n\nThanks,\n" +
            signature(nurse, "device", L))
    return spec("remote_export", L, "Weekend remote transmissions for review", ctx.mb(nurse), [ctx.mb(ep)],
                text, rec, "CSV export of flagged remote-monitoring transmissions",
                attachments=[{"kind": "csv", "filename": f"remote_flags_{today().strftime('%Y%m%d')}.csv",
                              "data": csvtxt}])


def p_holter_docx(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    tech = ctx.staff("électrophysiologie")
    gp = ctx.pick(EXT_MD[4:])
    res = holter_text(rng, L)
    ind = ctx.pick(['palpitations', 'syncope', 'presyncope', 'AF burden on apixaban'])
    if "apixaban" in ind:
        rec.t("medication")
    paras = [f"Patient: {rec.name(p, 'upper_comma')}", f"Date of birth: {rec.dob(p, 'dmy')}",
             f"Chart: {rec.mrn(p, 'prefixed')}", f"Indication: {ind}",
             f"Recording: 48 h, started {fmt_date(d(rng, -12, -5), 'long_en')}", "", "Findings:", res, "",
             "Conclusion: see findings; clinical correlation recommended."]
    rec.t("diagnosis", "lab_result")
    doc = make_docx("Holter Monitor Report", paras)
    text = (f"Dear {gp[0]},\n\nThe Holter report you requested is attached.\n\nBest regards,\n" +
            signature(tech, "holter", L))
    return spec("holter_report", L, "Holter report", ctx.mb(tech), [(gp[0], gp[1])], text, rec,
                "Holter report as DOCX to referring physician",
                attachments=[{"kind": "docx", "filename": f"Holter_{p.mrn}.docx", "data": doc}])


def p_signout(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    a, b = ctx.staff_many(2, "résident", "cardiologist", "interniste")
    lines = []
    styles = ["upper_comma", "sur_first", "lower", "title_sur", "comma"]
    for i in range(rng.randrange(4, 7)):
        p = ctx.patient()
        room = f"4{rng.randrange(0, 3)}{rng.randrange(10)}"
        lb = labs(rng, L)
        prob = ctx.pick(["ADHF on IV Lasix 80 BID", "new AF w/ RVR, dilt gtt", "post CRT-D day 1, CXR ok",
                         "VT storm, amio load", "cardiogenic shock weaning dobutamine", "syncope, r/o CHB"])
        todo = ctx.pick([f"{lb[0]} - replace if < 3.8", f"f/u {lb[1]}", "tele, call if HR < 40",
                         "AM echo", "PICC in, on milrinone", "DNR/DNI confirmed w/ family"])
        lines.append(f"{room} - {rec.name(p, styles[i % len(styles)])} - {prob}. {todo}")
        if any(k in prob + todo for k in ("Lasix", "dilt", "amio", "dobutamine", "milrinone")):
            rec.t("medication")
        if any(k in todo for k in (" K ", "creat", "Na ", "Hb ", "NT-pro")) or todo.startswith(("K ", "f/u")):
            rec.t("lab_result")
    rec.t("diagnosis")
    text = ("Sign-out 4N / CCU\n\n" + "\n".join(lines) +
            f"\n\nPager 3412 overnight. Nothing pending from ED.\n{a[0]}")
    return spec("signout", L, "sign out", ctx.mb(a), [ctx.mb(b)], text, rec, "resident sign-out roster")


def p_ohip(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    ohip = make_ohip(rng)
    cl = ctx.staff("infirmière de liaison")
    dx = ctx.pick(HF_DX + DEVICE_DX)[1]
    vc = ctx.pick(["AB", "KT", "XQ", "MN"])
    text = (f"Hello,\n\nWe are arranging repatriation of {rec.name(p, ctx.pick(['title', 'upper_comma']))}, "
            f"an Ontario resident admitted to our cardiology unit while visiting family.\n\n"
            f"  DOB: {rec.dob(p, ctx.pick(['iso', 'long_en']))}\n"
            f"  Ontario health card: {rec.ohip(ohip, ctx.pick(['spaced', 'dashed', 'plain']), vc)}\n"
            f"  Our chart: {rec.mrn(p, 'prefixed')}\n\n"
            f"Diagnosis: {dx}. Currently on {', '.join(meds(rng, L, 2))}; hemodynamically stable on room air.\n\n"
            "Could you confirm a bed on your cardiology service and the accepting physician? Transfer by "
            "land ambulance is planned for Thursday morning.\n\n" + signature(cl, "unit", L))
    rec.t("diagnosis", "medication")
    return spec("transfer_request", L, "Transfer request - Ontario resident", ctx.mb(cl),
                [("Patient Flow - Ottawa Valley General", "patientflow@ottawavalleygeneral.example")], text, rec,
                "interprovincial transfer request with Ontario health number")


def p_booking(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    md = ctx.staff("cardiologist", "cardiologue")
    idb = rec.idblock(p, rng.randrange(4), "en", nam_style=ctx.pick(["plain", "lower", "slashed"]),
                      dob_style=ctx.pick(["iso", "long_en", "dmy"]), mrn=ctx.chance(0.5))
    test = ctx.pick(["TTE with strain", "stress echo", "TEE before DCCV", "48 h Holter"])
    text = (f"Echo lab,\n\nPlease book the following:\n\n{idb}\n\nTest: {test}\n"
            f"Indication: {ctx.pick(HF_DX)[1]}\nPriority: within {ctx.pick(['1 week', '2 weeks', '4 weeks'])}\n"
            f"Notes: {ctx.pick(['on apixaban, do not hold', 'hearing impaired - book with interpreter', 'wheelchair'])}\n\n"
            f"Thanks,\n{staff_display(md)}")
    rec.t("diagnosis")
    if "apixaban" in text:
        rec.t("medication")
    return spec("booking_request", L, f"Booking request - {test}", ctx.mb(md),
                [("Echo Lab Bookings", f"echo.booking@{DOM}")], text, rec, "test booking request with identifiers")


def p_pharmacy_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    md = ctx.staff("infirmière praticienne", "cardiologist")
    ph = ctx.pick([("Greenway Pharmacy", "rx@greenway-pharmacy.example"),
                   ("Maplebrook Pharmacy", "fax@maplebrook-rx.example")])
    rx = meds(rng, L, 3)
    text = (f"To: {ph[0]}\n\nRE: {rec.name(p, 'upper_comma')}   DOB {rec.dob(p, 'ymd_slash')}\n"
            f"Home phone: {rec.phone(p)}\n\n"
            "Please dispense / adjust as follows:\n" + "\n".join(f"  * {m} - M: 30 d, R: 3" for m in rx) +
            "\n\nSTOP: ramipril (switching to ARNI, 36 h washout).\nPlease blister-pack weekly.\n\n"
            f"Prescriber: {staff_display(md)}  License 2-87214\n{CLINICS['ic'][1]}, {ORG_EN}")
    rec.t("medication")
    return spec("prescription", L, "Rx for dispensing", ctx.mb(md), [ph], text, rec,
                "prescription sent to a community pharmacy", layout=ctx.pick(["plain", "html"]))


def p_insurer_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    from gen_common import make_sin
    p = ctx.patient()
    md = ctx.staff("cardiologist", "cardiologue")
    sin = make_sin(rng)
    dx = ctx.pick(HF_DX + DEVICE_DX)[1]
    lines = ["Attending Physician Statement - Long Term Disability", "",
             f"Claimant: {rec.name(p, 'full')}", f"Date of birth: {rec.dob(p, 'long_en')}",
             f"SIN: {rec.sin(sin, ctx.pick(['spaced', 'dashed', 'dotted']))}", "",
             f"Primary diagnosis: {dx}", f"Date symptoms first appeared: {fmt_date(d(rng, -300, -120), 'iso')}",
             f"Treatment: {', '.join(meds(rng, L, 3))}; cardiac rehabilitation enrolled.",
             "Functional limitations: NYHA III; no lifting > 10 kg; no shift work.",
             "Prognosis for return to work: guarded; reassess in 6 months.", "",
             f"Physician: {staff_display(md)}  - {CLINICS['ic'][1]}"]
    rec.t("diagnosis", "medication")
    pdf = make_pdf("Attending Physician Statement", lines)
    sec = ctx.staff("secrétaire")
    text = ("Hello,\n\nAttached is the completed attending physician statement for claim "
            f"#{rng.randrange(10 ** 7, 10 ** 8)}. The signed original will follow by mail.\n\nRegards,\n" +
            signature(sec, "ic", L))
    return spec("insurer_form", L, "Completed APS - LTD claim", ctx.mb(sec),
                [("Northwind Life - Disability Claims", "ltdclaims@northwindlife.example")], text, rec,
                "long-term disability statement with SIN (PDF)",
                attachments=[{"kind": "pdf", "filename": "APS_completed.pdf", "data": pdf}])


def p_rehab_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    from gen_clin import rehab_values
    p = ctx.patient()
    kin = ctx.staff("kinésiologue", "physiothérapeute")
    gp = ctx.pick(EXT_MD[4:])
    v = rehab_values(rng)
    nm = rec.name(p, ctx.pick(["title", "full", "initial"]))
    text = (f"Dear {gp[0]},\n\n{nm} (chart {rec.mrn(p, ctx.pick(['plain', 'dashed']))}) completed the 12-week "
            f"cardiac rehabilitation programme on {fmt_date(d(rng, -5, -1), 'long_en')}.\n\n"
            f"Entry vs exit: 6MWT {v['m0']} m -> {v['m']} m; peak VO2 {v['vo']} mL/kg/min; resting BP "
            f"{v['sys']}/{v['dia']}; weight {v['w']} kg. PHQ-9 {v['phq']} at exit"
            f"{' - we suggested follow-up for low mood' if v['phq'] >= 10 else ''}.\n\n"
            f"Attendance {rng.randrange(18, 36)}/36. Home exercise plan provided. Diagnosis on referral: "
            f"{ctx.pick(HF_DX)[1]}.\n\nKind regards,\n" + signature(kin, "rehab", L))
    rec.t("lab_result", "diagnosis")
    return spec("rehab_report", L, "Cardiac rehab discharge report", ctx.mb(kin), [(gp[0], gp[1])], text, rec,
                "cardiac rehab completion report to family physician")


def p_vcard(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    from gen_attach import make_vcard
    p = ctx.patient()
    agent = ctx.staff("agente", "secrétaire")
    nurse = ctx.staff("infirmière")
    al, cls = alert_text(rng, L)
    rec.t("diagnosis" if cls == "diag" else "lab_result")
    fn = f"{p.given} {p.surname}"
    rec.names.append(fn)
    rec.t("patient_name")
    vc = make_vcard(fn, p.surname, p.given, tel=rec.phone(p), adr=rec.addr(p, "en"),
                    note=f"Device clinic patient - remote alert {fmt_date(today(), 'iso')}: {al}. Call back.")
    text = (f"{nurse[0]},\n\nThe patient called back about last night's alert but you were in the lab. "
            "Contact card attached - best reached after 2 pm.\n\n" + agent[0])
    return spec("callback", L, "Call back re: remote alert", ctx.mb(agent), [ctx.mb(nurse)], text, rec,
                "callback request with the patient's contact card",
                attachments=[{"kind": "vcf", "filename": f"{fold(p.surname)}_{fold(p.given)}.vcf", "data": vc}])
