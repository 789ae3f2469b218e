"""Confidential messages in English (part 2)."""
import datetime as dt

from gen_attach import make_pdf, make_xlsx
from gen_clin import DEVICE_DX, HF_DX, PED_DX, SOCIAL_EN, alert_text, holter_text, labs, meds
from gen_common import CLINICS, DOM, ORG_EN, fold, fmt_date, signature, staff_display
from gen_ctx import today, Ctx, Rec, spec, to_patient
from gen_pos_fr import d

L = "en"


def p_eml(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult() if ctx.chance(0.5) else ctx.patient()
    agent = ctx.staff("agente", "secrétaire")
    nurse = ctx.staff("infirmière")
    mbox = to_patient(p)
    rec.names.append(mbox[0])
    rec.t("patient_name")
    idline = f"My date of birth is {rec.dob(p, 'long_en')}"
    if p.nam:
        idline += f", sex {p.sex}, and my health card is {rec.nam(p, ctx.pick(['plain', 'spaced', 'lower']))}"
    sym = ctx.pick(["my defibrillator shocked me twice while I was shovelling snow",
                    "I have gained 4 pounds since Monday and my ankles are swollen",
                    "the little box by my bed has been flashing orange for three days and my heart feels like it skips",
                    "I ran out of my Entresto and the pharmacy says the prescription expired"])
    inner_text = (f"Hello,\n\nThis is {rec.name(p, 'full')}. {idline}.\n\n{sym[0].upper() + sym[1:]}. "
                  f"What should I do? You can call me at {rec.phone(p)}.\n\nThank you\n{p.given}")
    rec.t("diagnosis" if "Entresto" not in sym else "medication")
    inner = {"cat": "patient_mail", "lang": L, "subject": "Question about my heart device"
             if "box" in sym or "defib" in sym else "Question for the nurse",
             "from": mbox, "to": [(CLINICS["device"][1], f"dispositifs@{DOM}")], "text": inner_text,
             "layout": "plain", "date": None}
    text = (f"{nurse[0]} - forwarding this patient message as received (attached). "
            "Please triage today.\n\n" + agent[0])
    return spec("forward_attached", L, "FW: Question from patient", ctx.mb(agent), [ctx.mb(nurse)], text, rec,
                "patient e-mail forwarded as an attached message",
                attachments=[{"kind": "eml", "filename": "patient_message.eml", "spec": inner}])


def p_lab_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    nurse = ctx.staff("infirmière")
    md = ctx.staff("cardiologist", "cardiologue", "interniste")
    which = ctx.pick(["inr", "dig", "iron"])
    nm = rec.name(p, ctx.pick(["lower", "initial", "title_sur"])) if ctx.chance(0.6) else "this patient"
    if which == "inr":
        body = (f"INR today {rng.randrange(36, 59) / 10} for {nm} on warfarin 5 mg daily (mech. AVR). "
                "No bleeding. Hold tonight and resume 4 mg? Recheck Friday.")
        rec.t("lab_result", "medication", "diagnosis")
    elif which == "dig":
        body = (f"dig level {rng.randrange(22, 34) / 10} nmol/L on {nm}, c/o nausea and yellow vision. "
                f"K {rng.randrange(31, 36) / 10}. Told to hold digoxin, ECG at clinic tomorrow 8:30.")
        rec.t("lab_result", "medication", "diagnosis")
    else:
        body = (f"{nm}: ferritin {rng.randrange(18, 90)} ug/L, TSAT {rng.randrange(8, 19)}%, Hb "
                f"{rng.randrange(96, 121)}. Qualifies for IV iron per HFrEF protocol - ok to book ferric "
                "derisomaltose 1000 mg in day hospital?")
        rec.t("lab_result", "diagnosis", "medication")
    text = (f"{body}\n\nchart {rec.mrn(p, ctx.pick(['plain', 'fullwidth', 'spaced']))}\n\n{nurse[0]}")
    return spec("lab_followup", L, ctx.pick(["lab result", "abnormal result - please advise", "FYI labs"]),
                ctx.mb(nurse), [ctx.mb(md)], text, rec, "terse abnormal lab result between clinicians")


def p_reply_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    a = ctx.staff("infirmière de liaison", "infirmière clinicienne")
    b = ctx.staff("cardiologist", "cardiologue")
    nm = rec.name(p, ctx.pick(["upper_comma", "full", "title"]))
    quoted = (f"Hi Dr {b[1]},\n\nHome care called about {nm} (DOB {rec.dob(p, 'dmy')}): weight up "
              f"{rng.randrange(2, 5)} kg this week, SpO2 {rng.randrange(86, 93)}% RA, crackles to mid-zones. "
              f"On furosemide 40 BID already. {', '.join(labs(rng, L)[:2])} on Tuesday.\n\n"
              "Do you want to bump the Lasix or send to ED?\n\n" + a[0])
    text = ("Double the furosemide x 3 days, add metolazone 2.5 mg x 1, labs Friday. ED if SpO2 < 88.\n\n"
            f"{b[1]}\n\n-----Original Message-----\nFrom: {a[0]} {a[1]}\nSent: "
            f"{fmt_date(today(), 'long_en')} 10:41 AM\nTo: {b[0]} {b[1]}\nSubject: HF patient - home care call\n\n"
            + quoted)
    rec.t("diagnosis", "lab_result", "medication")
    return spec("reply", L, "RE: HF patient - home care call", ctx.mb(b), [ctx.mb(a)], text, rec,
                "top-posted reply; patient details in the quoted original", in_reply_to=DOM)


def p_social_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    sw = ctx.staff("travailleuse sociale")
    team = ctx.staff_many(2, "infirmière", "cardiologue", "coordonnatrice")
    soc = ctx.pick(SOCIAL_EN)
    nm = rec.name(p, ctx.pick(["title", "comma", "initial"]))
    text = (f"Team,\n\nRe {nm} ({rec.mrn(p, ctx.pick(['prefixed', 'dashed']))}), readmitted with "
            f"{ctx.pick(HF_DX)[1]}: the patient {soc}.\n\n"
            "I have referred to the CLSC social worker and applied for the emergency medication fund. "
            "Please flag before discharge so I can complete the housing form.\n\n" + signature(sw, "unit", L))
    rec.t("social_information", "diagnosis")
    return spec("social_work", L, "Psychosocial update before discharge", ctx.mb(sw), [ctx.mb(t) for t in team],
                text, rec, "social worker update to the ward team")


def p_device_check(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    child = ctx.chance(0.4)
    p = ctx.nam_child() if child else ctx.patient()
    tech = ctx.staff("technologue en électrophysiologie")
    md = ctx.staff("électrophysiologiste", "cardiologist")
    dx = ctx.pick(PED_DX if child else DEVICE_DX)[1]
    nm = rec.name(p, ctx.pick(["initial", "upper_comma", "full"]))
    ctxt = ctx.pick(["post-MRI reprogramming", "pre-op check (hip replacement)", "routine 6-month check"])
    extra = ""
    if child:
        extra = (f"\nPeds patient - DOB {rec.dob(p, 'iso')}, sex {p.sex}, RAMQ "
                 f"{rec.nam(p, ctx.pick(['plain', 'dashed', 'fullwidth']))}. Parent present.")
    text = (f"{nm} - {ctxt}\nDx: {dx}{extra}\n\n"
            f"RA thr 0.{rng.randrange(5, 9)} V, RV thr {rng.randrange(5, 15) / 10} V @ 0.4 ms, R wave "
            f"{rng.randrange(6, 15)} mV, RV imp {rng.randrange(380, 900)} ohm, batt {rng.randrange(2, 11)} y. "
            f"AF burden {rng.randrange(0, 20)}%. {ctx.pick(['Reprogrammed DDD 60.', 'Tachy therapies back ON.', 'No changes.'])}\n\n"
            f"{tech[0]}")
    rec.t("diagnosis", "lab_result")
    return spec("device_check", L, ctx.pick(["device check done", "interrogation summary", "check complete"]),
                ctx.mb(tech), [ctx.mb(md)], text, rec, "device interrogation summary")


def p_research(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    coord = ctx.staff("coordonnatrice")
    pi = ctx.staff("cardiologue", "cardiologist")
    rows = [("Study ID", "Surname", "Given name", "Sex", "DOB", "RAMQ", "Arm", "Baseline LVEF %", "NT-proBNP")]
    for i in range(rng.randrange(3, 6)):
        p = ctx.nam_adult()
        rec.names.append(p.surname)
        rec.t("patient_name")
        rows.append((f"HF-REMOTE-{rng.randrange(100, 999)}", p.surname, p.given, p.sex, rec.dob(p, "iso"),
                     rec.nam(p), ctx.pick(["A", "B"]), ctx.pick([20, 25, 30, 35]), rng.randrange(600, 9000)))
    rec.t("lab_result", "diagnosis")
    x = make_xlsx([("Enrolment", rows)], author=f"{coord[0]} {coord[1]}")
    text = ("Hi,\n\nUpdated enrolment log for the remote-monitoring HF study attached - note it still has the "
            "identifiers tab, please do not forward to the sponsor.\n\n" + signature(coord, "ic", L))
    return spec("research_enrolment", L, "Enrolment log - HF-REMOTE", ctx.mb(coord), [ctx.mb(pi)], text, rec,
                "study enrolment log that still contains participant identifiers",
                attachments=[{"kind": "xlsx", "filename": "HF-REMOTE_enrolment_log.xlsx", "data": x}])


def p_subject_only(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    a, b = ctx.staff_many(2, "résident", "interniste", "cardiologist")
    lb = labs(rng, L)
    subj = f"Re: {rec.name(p, ctx.pick(['upper_comma', 'sur_first']))} - {lb[0]} this am"
    text = (f"Repeat {lb[0]} confirmed, not hemolysed. Held spironolactone, gave Lokelma 10 g. ECG no peaked T. "
            "Will recheck at 16:00.\n\n" + a[0])
    rec.t("lab_result", "medication")
    return spec("lab_followup", L, subj, ctx.mb(a), [ctx.mb(b)], text, rec,
                "lab follow-up where the patient is named only in the Subject", in_reply_to=DOM)


def p_filename_only(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    tech = ctx.staff("électrophysiologie")
    md = ctx.staff("cardiologist", "cardiologue")
    res = holter_text(rng, L)
    pdf = make_pdf("Ambulatory ECG - 14-day patch", ["Recording period: 14 days", "", "Findings:", res, "",
                                                     "Symptom triggers: 4, correlating with sinus tachycardia."])
    fn = f"Patch_ECG_{fold(p.surname)}_{fold(p.given)}_{today().strftime('%b%Y')}.pdf"
    rec.names.append(fold(p.surname))
    rec.t("patient_name", "diagnosis", "lab_result")
    text = "Report attached for your review and signature.\n\n" + signature(tech, "holter", L)
    return spec("ecg_report", L, "14-day patch report", ctx.mb(tech), [ctx.mb(md)], text, rec,
                "ECG patch report; patient named only in the attachment file name",
                attachments=[{"kind": "pdf", "filename": fn, "data": pdf}])


def p_anticoag(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    ph = ctx.staff("pharmacienne")
    nurse = ctx.staff("infirmière")
    rows = [("Name", "Sex", "DOB", "RAMQ", "Indication", "INR", "Weekly dose (mg)", "Next INR")]
    for _ in range(rng.randrange(3, 6)):
        p = ctx.nam_adult()
        nm = f"{p.surname.upper()}, {p.given}"
        rec.names.append(nm)
        rec.t("patient_name")
        rows.append((nm, p.sex, rec.dob(p, "dmy"), rec.nam(p, ctx.pick(["plain", "spaced"])),
                     ctx.pick(["AF + CHF", "mech. MVR", "LV thrombus", "AF post-ablation"]),
                     rng.randrange(14, 46) / 10, rng.randrange(15, 50), fmt_date(d(rng, 3, 15), "iso")))
    rec.t("lab_result", "medication", "diagnosis")
    x = make_xlsx([("INR week", rows)])
    text = ("Hi,\n\nThis week's warfarin dosing sheet for the HF clinic patients is attached. Two are out of "
            "range; I've already phoned them.\n\n" + signature(ph, "ic", L))
    return spec("anticoag_sheet", L, "Warfarin dosing sheet", ctx.mb(ph), [ctx.mb(nurse)], text, rec,
                "anticoagulation dosing spreadsheet",
                attachments=[{"kind": "xlsx", "filename": "INR_dosing_week.xlsx", "data": x}])


def p_transport_en(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    cl = ctx.staff("infirmière de liaison", "coordonnatrice")
    text = (f"Hello,\n\nPlease arrange non-urgent stretcher transport:\n\n"
            f"Patient: {rec.name(p, 'upper_comma')}\nPick-up: {rec.addr(p)}\nPhone: {rec.phone(p)}\n"
            f"Destination: {ORG_EN}, Pavillon Lacasse-Dion, device clinic (level 2)\n"
            f"Appointment: {fmt_date(d(rng, 3, 20), 'long_en')} at 10:30 - ICD generator change\n"
            f"Needs: O2 2 L/min, bariatric stretcher, {ctx.pick(['lives alone', 'wife will accompany'])}\n\n"
            "Thank you,\n" + signature(cl, "device", L))
    rec.t("diagnosis")
    return spec("transport", L, "Transport request - device clinic", ctx.mb(cl),
                [("Central Transport Dispatch", "dispatch@regional-transport.example")], text, rec,
                "stretcher transport request with home address")


def p_dictation(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    md = ctx.staff("cardiologist", "cardiologue")
    tr = ctx.staff("archiviste", "secrétaire")
    nm = rec.name(p, ctx.pick(["upper_comma", "full"]))
    mrn = rec.mrn(p, ctx.pick(["plain", "prefixed", "slashed"]))
    wrong, right = ctx.pick([("metoprolol 25 mg", "bisoprolol 2.5 mg"), ("LVEF 45%", "LVEF 25%"),
                             ("no history of VT", "history of sustained VT in 2021")])
    text = (f"Hello,\n\nPlease correct my clinic note dictated {fmt_date(d(rng, -6, -1), 'long_en')} for "
            f"{nm}, chart {mrn}:\n\n  paragraph 3: \"{wrong}\" should read \"{right}\".\n\n"
            "Also add to the problem list: chronic kidney disease stage 3b.\n\nThanks,\n" + staff_display(md))
    rec.t("diagnosis")
    if "mg" in right:
        rec.t("medication")
    if "LVEF" in right:
        rec.t("lab_result")
    return spec("dictation_fix", L, "Correction to transcribed note", ctx.mb(md), [ctx.mb(tr)], text, rec,
                "request to correct a transcribed clinic note")
