"""English positive messages (confidential) - part 1."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail

TD = datetime.timedelta


def st_pair(st):
    return (st["name"], st["addr"])


def he(p):
    return "she" if p.sex == "F" else "he"


def him(p):
    return "her" if p.sex == "F" else "him"


def his(p):
    return "her" if p.sex == "F" else "his"


def nam_id(p):
    return [("ramq_nam", p.nam)]


# ---------------------------------------------------------------- E1 alert escalation
def e_alert(ctx):
    rng = ctx.rng
    p = ctx.holder("senior")
    nurse = ctx.staff("en", rng.choice([0, 14]))
    md = ctx.staff("en", rng.choice([1, 2]))
    when = ctx.date()
    sbp, dbp, hr = rng.randint(182, 204), rng.randint(96, 118), rng.randint(70, 104)
    pid = "VW-%04d" % rng.randint(100, 2999)
    nm = ctx.name_form(p, "en", ["full", "titled_full", "last_first"])
    alert_t = when - TD(hours=rng.randint(2, 7), minutes=rng.randint(0, 50))
    sym = rng.choice(["mild occipital headache since last night, no chest pain, no visual change",
                      "feels 'a bit foggy', no chest pain, no weakness or speech change",
                      "no symptoms at all, says the cuff 'always reads high in the morning'"])
    text = """Dr. %s,

Escalating the alert below. I reached %s by phone at %s: %s. %s took %s amlodipine 10 mg and HCTZ 25 mg this morning as usual. Repeat reading while I was on the line: %d/%d.

%s

Known HTN, CKD 3a. Options: extra dose now vs. same-day review at the rapid access clinic. Please advise, I told %s I'd call back before noon.

%s
[RED] Systolic BP above threshold
Patient: %s (%s)
Reading: %d/%d mmHg, HR %d - 3 consecutive readings, %s
Threshold: SBP > 180 mmHg
Programme: Hypertension - Virtual Ward
Acknowledge: https://portal.%s/alerts/%s
%s""" % (md["surname"], nm, when.strftime("%H:%M"), sym, he(p).capitalize(), his(p), sbp - rng.randint(3, 9),
           dbp - rng.randint(1, 5), ctx.identity(p, "en"), him(p),
           ctx.fwd_block("en", ("Televigie Alerts", "no-reply@" + C.VENDOR_DOM), "rpm-nurses@" + C.DOM, alert_t,
                         "[RED] Systolic BP above threshold - %s" % pid),
           p.last_first(), pid, sbp, dbp, hr, alert_t.strftime("%H:%M"), C.VENDOR_DOM, pid, ctx.sig(nurse, "en"))
    subj = rng.choice(["FW: [RED] Systolic BP above threshold - %s" % pid, "BP alert - need a call back re %s" % p.surname,
                       "Fwd: [RED] SBP alert %s" % pid])
    return Mail("en", "alert", "escalation of a high blood pressure alert to the physician", subj, st_pair(nurse),
                [st_pair(md)], text=text, date=when,
                types=["patient_name", "ramq_nam", "date_of_birth", "lab_result", "medication", "diagnosis"],
                ids=nam_id(p), nams=[p], names=[nm, p.last_first()])


# ---------------------------------------------------------------- E2 referral PDF
def e_referral(ctx):
    rng = ctx.rng
    p = ctx.holder("senior")
    md = ctx.staff("en", rng.choice([1, 2]))
    nurse = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    ef = rng.choice([20, 25, 30, 35])
    w = round(rng.uniform(58, 104), 1)
    bnp1, bnp2 = rng.randint(3800, 9800), rng.randint(1500, 3600)
    lines = [
        "## Patient",
        "Name: %s      Sex: %s" % (p.last_first(), p.sex),
        "RAMQ: %s      DOB: %s" % (C.fmt_nam(p.nam, rng.choice(["space", "plain"])), C.fmt_date(p.dob, "iso")),
        "Home address: %s" % p.address,
        "Phone (home): %s   Preferred language: %s" % (p.phone, rng.choice(["French", "English"])),
        "## Reason for referral",
        "Admitted with acute decompensated heart failure, HFrEF (LVEF %d%%), NYHA III on admission, II at discharge." % ef,
        "Comorbidities: atrial fibrillation (anticoagulated), CKD stage 3a, type 2 diabetes.",
        "Discharge (dry) weight: %.1f kg. NT-proBNP %d ng/L on admission, %d ng/L on day 5." % (w, bnp1, bnp2),
        "Creatinine %d umol/L, K %.1f mmol/L, Na %d mmol/L." % (rng.randint(105, 160), rng.uniform(4.0, 5.1), rng.randint(132, 140)),
        "## Medications at discharge",
        "furosemide 40 mg PO BID | bisoprolol 2.5 mg daily | sacubitril/valsartan 24/26 mg BID",
        "spironolactone 12.5 mg daily | dapagliflozin 10 mg daily | apixaban 5 mg BID | metformin 500 mg BID",
        "## Monitoring requested",
        "Daily weight, BP/HR, symptom questionnaire. Alert if weight +2 kg in 48 h, SBP < 90, HR < 50.",
        "Follow-up: HF clinic in 2 weeks; bloodwork (lytes, creatinine) day 7.",
        "Referring physician: Dr. %s, %s" % (md["name"], md["role"]),
    ]
    fn = rng.choice(["VW_referral_%s.pdf" % p.surname, "referral_4W_%s.pdf" % when.strftime("%Y%m%d"),
                     "Referral %s %s.pdf" % (p.surname.upper(), p.given)])
    pdf = D.build_pdf("Virtual Ward - Referral / Enrolment request", lines, header=C.HOSP_EN)
    text = """Hi %s,

Referral for a patient going home %s from 4 West, PDF attached. Kit needs to be delivered before the first weight - %s's expecting a call to set it up. Lytes on day 7 please.

Thanks,
%s""" % (nurse["given"], rng.choice(["tomorrow", "this afternoon", "on Friday"]),
         he(p), md["given"]) + ctx.sig(md, "en")
    names = [p.last_first()] + ([fn] if p.surname in fn else [])
    return Mail("en", "referral", "virtual ward enrolment referral with PDF", rng.choice(
        ["Virtual ward referral - 4W discharge", "New VW referral (HF)", "Referral for RPM - HF discharge"]),
        st_pair(md), [st_pair(nurse)], text=text, date=when, atts=[Att(fn, "application/pdf", pdf)],
        types=["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis", "lab_result", "medication"],
        ids=nam_id(p), nams=[p], names=names)


PROGRAMS = [
    ("HF", "HFrEF", lambda r: "Wt %.1f kg (%+.1f/48h)" % (r.uniform(60, 110), r.uniform(-0.8, 2.6)),
     ["furosemide 40 -> 80 mg daily", "hold spironolactone, recheck K", "continue furosemide 40 mg, daily weights"]),
    ("COPD", "COPD exacerbation", lambda r: "SpO2 %d%% RA, HR %d" % (r.randint(85, 95), r.randint(70, 112)),
     ["prednisone 40 mg day %d/5" % 3, "salbutamol q4h prn, call if SpO2 < 88", "amoxicillin-clav day 4/7"]),
    ("HTN", "Hypertension", lambda r: "BP %d/%d" % (r.randint(128, 188), r.randint(74, 108)),
     ["amlodipine 5 -> 10 mg", "add HCTZ 12.5 mg", "perindopril 4 mg, recheck lytes"]),
    ("DM", "T2DM on insulin", lambda r: "BG %.1f mmol/L fasting" % r.uniform(3.4, 17.9),
     ["glargine 18 -> 20 units HS", "reduce glargine by 2 units (hypo)", "add empagliflozin 10 mg"]),
    ("POST-OP", "post-op CABG day %d" % 9, lambda r: "T %.1f, HR %d, SpO2 %d%%" % (r.uniform(36.4, 38.3), r.randint(64, 110), r.randint(90, 98)),
     ["metoprolol 25 mg BID", "wound photo tomorrow, cephalexin day 3/7", "acetaminophen 1 g QID prn"]),
]


# ---------------------------------------------------------------- E3 census XLSX
def e_census(ctx):
    rng = ctx.rng
    clerk = ctx.staff("en", 4)
    to = [st_pair(ctx.staff("en", k)) for k in (1, 0, 14, 15)]
    when = ctx.date()
    rows = [["VW bed", "MRN", "Patient", "Program", "Dx", "Day", "Last reading", "Flag", "RN", "Plan"]]
    names = []
    n = rng.randint(5, 8)
    for i in range(n):
        p = ctx.patient("en")
        prog = rng.choice(PROGRAMS)
        nm = p.last_first() if rng.random() < 0.7 else p.full()
        names.append(nm)
        rows.append(["VW-%02d" % (i + 1), C.fmt_mrn(p.mrn, rng.choice(["plain", "prefix", "dash"])), nm, prog[0], prog[1],
                     rng.randint(1, 21), prog[2](rng), rng.choice(["", "", "AMBER", "RED"]),
                     rng.choice(["PR", "HB", "VM"]), rng.choice(prog[3])])
    x = D.build_xlsx([("Census", rows), ("Notes", [["Generated", when.strftime("%Y-%m-%d %H:%M")],
                                                   ["Source", "Televigie export + manual review"]])])
    fn = "VW_census_%s.xlsx" % when.strftime("%Y-%m-%d")
    text = "Good morning,\n\nCensus for %s attached (%d patients). %d reds overnight, all reviewed by the night RN. Bed %d is due for discharge today if weight stable.\n\nLaura\n" % (
        when.strftime("%b %d"), n, rng.randint(1, 3), rng.randint(1, n)) + ctx.sig(clerk, "en", short=True)
    return Mail("en", "census", "daily virtual ward census spreadsheet", "VW census %s" % when.strftime("%Y-%m-%d"),
                st_pair(clerk), to, text=text, date=when,
                atts=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)],
                types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"], names=names)


# ---------------------------------------------------------------- E4 sign-out in body
def e_signout(ctx):
    rng = ctx.rng
    a, b = ctx.staff("en", 15), ctx.staff("en", 1)
    if rng.random() < 0.5:
        a, b = b, a
    when = ctx.date()
    lines, names = [], []
    with_mrn = rng.random() < 0.5
    for i in range(rng.randint(4, 6)):
        p = ctx.patient("en")
        prog = rng.choice(PROGRAMS)
        nm = ctx.name_form(p, "en", ["last_first", "lower", "initial_surname", "surname_initial", "full"])
        names.append(nm)
        mrn = (" #" + C.fmt_mrn(p.mrn, rng.choice(["plain", "space", "dot"]))) if with_mrn else ""
        lines.append("VW-%02d  %s%s - %s. %s. %s." % (rng.randint(1, 24), nm, mrn, prog[1], prog[2](rng),
                                                    rng.choice(prog[3])))
    text = """%s -

Sign-out for tonight, virtual ward (%d active, only the ones to watch below):

%s

Everyone else stable, no pending results. Pager 555-0144 if platform goes down again.

%s""" % (b["given"], rng.randint(14, 31), "\n".join(lines), a["given"])
    types = ["patient_name", "diagnosis", "lab_result", "medication"] + (["mrn"] if with_mrn else [])
    return Mail("en", "signout", "evening sign-out list for the virtual ward", rng.choice(
        ["VW sign-out", "sign out tonight", "Virtual ward handover %s" % when.strftime("%d/%m")]),
        st_pair(a), [st_pair(b)], text=text, date=when, form="plain", types=types, names=names)


# ---------------------------------------------------------------- E5 device loan PDF
def e_device_loan(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    tech = ctx.staff("en", 5)
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    prog = rng.choice([("COPD remote monitoring", "pulse oximeter, tablet"), ("Heart failure virtual ward", "scale, BP cuff, tablet"),
                       ("Gestational diabetes follow-up", "glucometer gateway, tablet")])
    with_dob = rng.random() < 0.5
    lines = ["## Borrower (patient)", "Name: %s" % p.full()]
    if with_dob:
        lines.append("Date of birth: %s" % C.fmt_date(p.dob, "en_long"))
    lines += ["Address: %s" % p.address, "Telephone: %s" % p.phone,
              "Programme: %s" % prog[0],
              "## Equipment", "| Item            | Model      | Serial          | Asset tag |"]
    for item in prog[1].split(", "):
        lines.append("| %-15s | %-10s | %-15s | %-9s |" % (item, rng.choice(["BC-400", "OX-12", "TAB-8", "GW-3"]),
                                                       C.luhn_serial(rng, "35", 15), "CHRS%05d" % rng.randint(1000, 99999)))
    lines += ["## Terms", "The equipment remains the property of the hospital and must be returned at the end of follow-up.",
              "Loss or damage must be reported to the coordination centre at 450-555-0147.",
              "Signed by the patient on %s. Witness: %s" % (when.strftime("%Y-%m-%d"), rn["name"])]
    pdf = D.build_pdf("Remote monitoring equipment loan agreement", lines, header=C.HOSP_EN)
    fn = rng.choice(["loan_agreement_%s.pdf" % p.surname, "Loan agreement - %s.pdf" % p.full(), "scan_%s.pdf" % when.strftime("%Y%m%d%H%M")])
    text = "Hi %s,\n\nSigned loan agreement attached for the kit delivered today. Please add the serials to the tracker.\n\n%s\n" % (
        tech["given"], rn["given"])
    types = ["patient_name", "patient_contact", "diagnosis"] + (["date_of_birth"] if with_dob else [])
    return Mail("en", "device_loan", "signed equipment loan agreement for a patient kit", "Loan agreement - kit delivered",
                st_pair(rn), [st_pair(tech)], text=text, date=when, atts=[Att(fn, "application/pdf", pdf)],
                types=types, names=[p.full()])


# ---------------------------------------------------------------- E6 courier pickup
def e_courier(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    clerk = ctx.staff("en", 4)
    when = ctx.date()
    pick = when.date() + TD(days=rng.randint(1, 3))
    reason = rng.choice(["discharged from heart failure monitoring", "end of COPD oximetry follow-up",
                         "readmitted to hospital for heart failure, kit to be collected from the home"])
    nm = ctx.name_form(p, "en", ["titled_full", "full", "last_first"])
    text = """Hello,

Please schedule a pickup on %s (AM if possible):

Contact: %s
Address: %s
Phone: %s
Items: 1 tote - BP cuff, Bluetooth scale, tablet + charger
Reason: %s

%s He's/She's usually home but please call 30 min ahead, hearing is poor - let it ring.
Deliver to: Biomedical Engineering, receiving dock 2, %s.

Account 44-1875. Thanks!""" % (C.short_day(pick, "en"), nm, p.address, p.phone, reason,
                              rng.choice(["Family will have the box by the door.", "Buzzer code is on the door.", ""]),
                              C.HOSP_EN) + ctx.sig(clerk, "en")
    text = text.replace("He's/She's", "She's" if p.sex == "F" else "He's")
    return Mail("en", "transport", "courier pickup request for a monitoring kit at a patient's home",
                rng.choice(["Pickup request - RPM kit", "Courier pickup %s" % pick.strftime("%m/%d"), "Kit return pickup"]),
                st_pair(clerk), [("Dispatch", "dispatch@" + C.COURIER_DOM)], text=text, date=when,
                types=["patient_name", "patient_contact", "diagnosis"], names=[nm])


# ---------------------------------------------------------------- E7 telehealth ICS
def e_telehealth(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    np_ = ctx.staff("en", 15)
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    start = datetime.datetime.combine(when.date() + TD(days=rng.randint(1, 6)), datetime.time(rng.choice([9, 10, 13, 14]), rng.choice([0, 30])))
    topic = rng.choice([("glucose review, T2DM on basal insulin", "fasting BG 9-13 mmol/L all week, one hypo 3.6 on Tue"),
                        ("BP titration, resistant hypertension", "7-day average 152/91 on 3 agents"),
                        ("weight/fluid review, HFpEF", "weight up 1.9 kg since Monday, ankles swollen")])
    summary = "Telehealth - %s - %s" % (p.last_first(), topic[0])
    desc = ("Video visit (Televigie). Patient phone if video fails: %s\nReadings: %s\nPrepared by %s"
            % (p.phone, topic[1], rn["name"]))
    ics = D.build_ics("tv-%08x@%s" % (rng.getrandbits(32), C.DOM), start, start + TD(minutes=30), summary, desc,
                      "Virtual - Televigie room 3", st_pair(rn), [st_pair(np_)], when.astimezone(datetime.timezone.utc))
    text = "Booked with %s as discussed - invite attached. Readings summary is in the description.\n\n%s\n" % (
        np_["given"], rn["given"])
    return Mail("en", "telehealth", "telehealth visit invitation with readings", "Invitation: " + summary,
                st_pair(rn), [st_pair(np_)], text=text, date=when,
                atts=[Att("invite.ics", "text/calendar", ics, charset="utf-8", params=["method=REQUEST"])],
                types=["patient_name", "patient_contact", "diagnosis", "lab_result"], names=[p.last_first()])


# ---------------------------------------------------------------- E8 glucose CSV, name only in file name
def e_glucose_csv(ctx):
    rng = ctx.rng
    p = ctx.patient("en", 30, 80)
    rn = ctx.staff("en", rng.choice([0, 14]))
    md = ctx.staff("en", rng.choice([15, 1]))
    when = ctx.date()
    rows = [["timestamp", "glucose_mmol_L", "context", "insulin_units", "insulin_type"]]
    d0 = when.date() - TD(days=7)
    for d in range(7):
        day = d0 + TD(days=d)
        for hh, ctxw in ((7, "fasting"), (12, "pre-lunch"), (17, "pre-supper"), (22, "bedtime")):
            ins = ("%d" % rng.randint(14, 24), "glargine") if hh == 22 else ("%d" % rng.randint(3, 8), "aspart") if hh != 7 else ("", "")
            rows.append(["%s %02d:%02d" % (day.isoformat(), hh, rng.randint(0, 59)), "%.1f" % rng.uniform(3.5, 16.8),
                         ctxw, ins[0], ins[1]])
    csv = D.build_csv(rows)
    fn = rng.choice(["glucose_export_%s_%s.csv" % (p.surname.upper(), p.given), "%s %s - glucose 7d.csv" % (p.given, p.surname)])
    text = "%s,\n\nExport for your review before %s's visit. Two lows under 4 after supper, otherwise flat.\n\n%s\n" % (
        md["given"], rng.choice(["Thursday", "tomorrow", "Monday"]), rn["given"])
    return Mail("en", "lab_followup", "glucose export attached, patient named only in the file name",
                rng.choice(["glucose export", "7-day BG export", "BG log for review"]), st_pair(rn), [st_pair(md)],
                text=text, date=when, atts=[Att(fn, "text/csv", csv, charset=rng.choice(["utf-8", "us-ascii"]))],
                types=["patient_name", "lab_result", "medication"], names=[p.surname])
