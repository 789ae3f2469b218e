"""English positives, part A: referrals (Ontario and Quebec), echo lab, cath lab, sign-out, device clinic."""
import datetime as dt

from gen_attach import make_pdf, make_xlsx
from gen_build import Att, Spec, staff_addr
from gen_clin import PROC_EN, labs_inline, meds_block, med_str, picture
from gen_common import (ORG_DOMAIN, ORG_EN, ascii_slug, d_en, fmt_nam, fmt_ohip, gen_ohip, name_as, signature)
from gen_helpers import (appt_time, dob_str, g, he, hello, his, hhmm, id_block, inline_ident, partner, sender, thanks)


def ontario_referral(w, now):
    r = w.rng
    p = w.patient("en", nam=False, ontario=True)
    pic = picture(r, r.choice(["hf", "af", "valve", "icd"]))
    doc = w.patient("en", age=(35, 62))
    ohip = gen_ohip(r)
    vc = r.choice(["AB", "KT", "XM", "HP", "GR"])
    oh = fmt_ohip(ohip, vc, r.choice(["hyphen", "space", "plain", "nocode", "dot"]))
    nm = name_as(p, r.choice(["caps", "sf_caps", "full", "title"]), "en")
    clinic = {"hf": "Heart Function Clinic", "af": "Arrhythmia Clinic", "valve": "Structural Heart Program",
              "icd": "Device Clinic"}[pic["kind"]]
    text = f"""Dear colleagues,

Re: {nm}
DOB: {dob_str(p, 'en', r)}
OHIP: {oh}
Address: {p.addr_one('en')}
Phone: {p.phone}

I would be grateful if you could see this {p.age()}-year-old {g(p, 'man', 'woman')} at your {clinic}. {he(p).capitalize()} lives on the Quebec side of the river half the year and prefers to be followed at your institute.

Working diagnosis: {pic['dx_en']}.
Current medications:
{meds_block(pic, 'en', r, bullet='  * ')}
Recent bloodwork: {labs_inline(pic, 'en')}.

{r.choice(['The most recent echo report is attached to our eReferral.', 'Holter from last spring showed frequent PVCs.', 'No prior cardiology follow-up.'])}
{r.choice(['Please note ' + he(p) + ' is hard of hearing; the daughter usually books appointments.', 'Interpreter not required.', ''])}

Kind regards,

Dr. {doc.full}, MD CCFP
Carleton Mills Family Health Team
Tel. 613-555-0147 | Fax 613-555-0148
"""
    types = {"patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "medication", "lab_result"}
    return Spec("pos", "referral", "en", r.choice([f"Referral - {clinic}", "New consult request", "Cardiology referral (out of province)"]),
                text, (f"Dr. {doc.full}", f"{ascii_slug(doc.given).lower()}.{ascii_slug(doc.surname).lower()}@carletonfht.example"),
                [("Central Intake", f"intake@{ORG_DOMAIN}")], types, "out-of-province referral with Ontario health number",
                ids=[("ca_health_number", ohip)], names=[nm])


def quebec_referral(w, now):
    r = w.rng
    p = w.patient("en", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["hf", "cad", "af"]))
    doc = w.patient("en", age=(35, 62))
    block, types, nm = id_block(w, p, "en", nam=True, mrn=r.random() < 0.5)
    text = f"""Hello,

Please find below a referral to the heart failure clinic.

{block}

Reason: {pic['dx_en']}. {r.choice(['Two admissions in the last 6 months.', 'Progressive exertional dyspnea, now NYHA III.', 'Recent ED visit for fluid overload.'])}
Meds: {', '.join(med_str(m, 'en', r.randrange(4)) for m in pic['meds'])}
Labs: {labs_inline(pic, 'en')}

{r.choice(['Thank you for seeing ' + g(p, 'him', 'her') + '.', 'Happy to discuss.', 'Thanks very much.'])}
Dr. {doc.full}
Lakeshore Community Hospital, Internal Medicine
514-555-0172
"""
    types |= {"diagnosis", "medication", "lab_result"}
    return Spec("pos", "referral", "en", r.choice(["HF clinic referral", "Referral", "Consult request - heart failure"]),
                text, (f"Dr. {doc.full}", f"{ascii_slug(doc.surname).lower()}@lakeshorech.example"),
                [("HF Clinic", f"hfclinic@{ORG_DOMAIN}")], types, "referral from a partner hospital with RAMQ number",
                nams=[p] if p.nam else [], names=[nm])


def echo_request(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    pic = picture(r, r.choice(["af", "valve", "hf"]))
    s, sa = sender(w, "cardio")
    tech = w.pick_staff("echo")
    nm = name_as(p, r.choice(["title", "sf_caps", "full", "initial"]), "en")
    exam = {"af": "TEE prior to cardioversion", "valve": "TTE with aortic valve assessment",
            "hf": "limited TTE for LVEF"}[pic["kind"]]
    text = f"""{hello('en', r, tech.given)}

Could you squeeze {nm} (MRN {p.mrn}) into the {r.choice(['Thursday', 'Friday morning', 'next available'])} slot for a {exam}?
Indication: {pic['dx_en']}.
{r.choice([he(p).capitalize() + ' is an inpatient on 5 North, bed ' + str(r.randint(1, 30)) + '.', 'Outpatient, can come on short notice.', 'Needs a wheelchair.'])}

{thanks('en', r)}
{signature(s, 'en', short=True)}
"""
    return Spec("pos", "echo_request", "en", r.choice(["Echo add-on", "TEE request", "Can we add one to the list?"]), text, sa,
                [staff_addr(tech)], {"patient_name", "mrn", "diagnosis"}, "echo lab add-on request", names=[nm])


def echo_report(w, now):
    r = w.rng
    p = w.patient("en", nam=r.random() < 0.5, age=(18, 95))
    pic = picture(r, r.choice(["hf", "valve"]))
    s, sa = sender(w, "echo")
    doc = w.pick_staff("cardio")
    ex = now.date() - dt.timedelta(days=r.randint(0, 2))
    ef = pic["ef"] if pic["kind"] == "hf" else r.choice([55, 60, 45])
    lines = [f"Name: {p.surname.upper()}, {p.given}     Sex: {p.sex}     DOB: {d_en(p.dob, 1)}",
             f"MRN: {p.mrn}" + (f"     RAMQ: {fmt_nam(p.nam, 'space')}" if p.nam else "") + f"     Study date: {d_en(ex, 1)}",
             "", "## Indication", pic["dx_en"], "", "## Findings",
             f"LV: EDD {r.randint(50, 70)} mm, LVEF {ef}% (biplane), GLS -{r.randint(8, 19)}%",
             f"RV: TAPSE {r.randint(12, 24)} mm, RVSP {r.randint(28, 60)} mmHg",
             f"Aortic valve: peak velocity {r.choice(['2.1', '4.3', '4.8', '1.6'])} m/s",
             f"Mitral: {r.choice(['moderate functional MR', 'trace MR', 'severe MR, flail P2'])}",
             "", "## Conclusion", f"LVEF {ef}%. " + r.choice(["Unchanged from prior.", "Worse than prior study.", "Improved on GDMT."]),
             "", f"Reading physician: {doc.title} {doc.full}"]
    pdf = make_pdf("Transthoracic Echocardiogram Report", lines, header=[ORG_EN + " - Echocardiography Laboratory"],
                   author="ICVB echo")
    fn = r.choice([f"TTE_{ascii_slug(p.surname)}_{ex.isoformat()}.pdf", "TTE report.pdf", f"echo_{ex.strftime('%Y%m%d')}_final.pdf"])
    text = f"""{hello('en', r, doc.given)}

Final report attached{r.choice(['.', ' - EF is down from last year.', ', signed by the reader.'])}

{s.given}
Echo lab, ext. {s.ext}
"""
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result"} | ({"ramq_nam"} if p.nam else set())
    return Spec("pos", "echo_report", "en", r.choice(["TTE report", "Echo - final report", "Echo result"]), text, sa,
                [staff_addr(doc)], types, "echo report PDF", attachments=[Att("pdf", fn, pdf)], nams=[p] if p.nam else [],
                names=[f"{p.surname.upper()}, {p.given}"])


def cath_list(w, now):
    r = w.rng
    s, sa = sender(w, "clerk")
    day = w.future(now.date(), 1, 6)
    rows = [["Time", "Lab", "Patient", "MRN", "Age", "Procedure", "Indication", "Hold", "Notes"]]
    first = None
    for i in range(r.randint(5, 8)):
        p = w.patient("en", nam=False)
        pic = picture(r, r.choice(["cad", "cad", "valve", "brady", "af"]))
        rows.append([f"{7 + i:02d}:{r.choice(['00', '30'])}", r.choice(["Cath 1", "Cath 2", "EP"]), f"{p.given} {p.surname}",
                     p.mrn, p.age(), {"cad": "Cor angio +/- PCI", "valve": "Pre-TAVI angio", "brady": "DDD pacemaker",
                                      "af": "PVI ablation"}[pic["kind"]], pic["dx_en"],
                     r.choice(["Hold apixaban 48h", "Hold metformin", "Continue ASA", "INR AM of", ""]),
                     r.choice(["Contrast allergy - premedicate", "eGFR 34, hydrate", "", "Interpreter (Punjabi)", "Transfer from LCH"])])
        first = first or f"{p.given} {p.surname}"
    x = make_xlsx([("Cath schedule", rows)], author=s.full)
    text = f"""All,

Attached is the cath/EP lab schedule for {d_en(day)}. {r.choice(['Two add-ons from the ED this morning.', 'Please confirm holds with your patients.', 'Lab 2 opens late (maintenance).'])}

{signature(s, 'en', short=True)}
"""
    return Spec("pos", "cath_booking", "en", f"Cath lab schedule {d_en(day, 1)}", text, sa,
                [("Cath Lab", f"cathlab@{ORG_DOMAIN}"), staff_addr(w.pick_staff("cardio"))],
                {"patient_name", "mrn", "diagnosis", "medication"}, "cath lab schedule XLSX",
                attachments=[Att("xlsx", f"cath_schedule_{day.isoformat()}.xlsx", x)], names=[first])


def signout(w, now):
    r = w.rng
    s, sa = sender(w, "cardio")
    to = w.pick_staff("cardio")
    style = r.choice(["sf_caps", "initial", "title_sur", "lower"])
    lines, names = [], []
    for _ in range(r.randint(4, 8)):
        p = w.patient("en", nam=False)
        pic = picture(r)
        nm = name_as(p, style, "en")
        names.append(nm)
        bed = f"CCU-{r.randint(1, 12)}" if r.random() < 0.4 else f"5N-{r.randint(501, 530)}"
        todo = r.choice(["AM lytes", "f/u trop at 06:00", "NPO for cath", "diurese to even", "restart DOAC if Hb stable",
                         "family mtg 10am", "d/c home if ambulating", "telemetry, watch for VT", "K > 4, Mg > 1"])
        lines.append(f"{bed:8s} {nm:24s} {p.age()}{p.sex}  {pic['dx_en']}; {todo}")
    text = f"""{hello('en', r, to.given)}

Sign-out for {r.choice(['tonight', 'the weekend', 'Saturday'])}:

""" + "\n".join(lines) + f"""

{r.choice(['Nothing brewing. Call me if bed 7 drops the pressure again.', 'Quiet so far.', 'Pager is on.'])}
{s.given}
"""
    return Spec("pos", "census", "en", r.choice(["Sign-out", "CCU signout", "Weekend handover list"]), text, sa,
                [staff_addr(to)], {"patient_name", "diagnosis"} | ({"medication"} if "DOAC" in text else set()),
                "on-call sign-out list with beds", names=names[:2])


def device_remote(w, now):
    r = w.rng
    p = w.patient("en", nam=r.random() < 0.35)
    s, sa = sender(w, "device")
    doc = w.pick_staff("cardio")
    if p.nam:
        ident, types, nm = inline_ident(w, p, "en")
    else:
        nm = name_as(p, r.choice(["full", "title", "sf_caps"]), "en")
        ident, types = f"{nm} (MRN {p.mrn})", {"patient_name", "mrn"}
    ev = r.choice([f"AT/AF episode lasting {r.randint(6, 40)} h, burden {r.randint(5, 30)}%",
                   "RV lead noise with 3 inappropriate detections", "battery at ERI",
                   f"{r.randint(1, 3)} ATP therapies for VT at {r.randint(170, 220)} bpm, successful",
                   "thoracic impedance trending down x 12 days (fluid index high)"])
    text = f"""{hello('en', r, doc.given)}

Remote transmission flagged this morning for {ident}.
Device: {r.choice(['dual-chamber PPM', 'single-chamber ICD', 'CRT-D', 'ILR'])}
Event: {ev}
{r.choice(['Not on anticoagulation per our records.', 'On Eliquis 5 mg BID.', ''])}
{r.choice(['Spoke with ' + g(p, 'him', 'her') + ', feels fine.', 'Left a voicemail at ' + p.phone + '.', 'Next in-clinic check is in 2 months.'])}

How would you like to proceed?
{signature(s, 'en', short=True)}
"""
    types |= {"diagnosis"}
    if "Eliquis" in text:
        types.add("medication")
    if "voicemail" in text:
        types.add("patient_contact")
    return Spec("pos", "device_followup", "en", r.choice(["Remote alert", "Transmission review", "Device alert - please review"]),
                text, sa, [staff_addr(doc)], types, "remote monitoring alert", nams=[p] if p.nam else [], names=[nm])


def icd_note(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    s, sa = sender(w, "nurse")
    to = w.pick_staff("cardio")
    nm = r.choice([p.surname.lower(), f"{p.given.lower()} {p.surname.lower()}", f"{p.given[0].lower()}. {p.surname.lower()}"])
    text = f"""{to.given.lower()} - {nm} called, {r.choice(['shocked x1 last night walking the dog', '2 shocks at 3am', 'felt a shock at work'])}.
feels ok now, no syncope. on {r.choice(['sotalol 80 bid', 'amio 200', 'metoprolol 50 bid, missed doses'])}. last K {r.choice(['3.4', '3.7'])}.
told {g(p, 'him', 'her')} ED if another. can we bring {g(p, 'him', 'her')} in for interrogation tmrw 0800?
- {s.given[0].lower()}
"""
    return Spec("pos", "quick_note", "en", r.choice(["icd shock", "pt call", "shock last night"]), text, sa, [staff_addr(to)],
                {"patient_name", "diagnosis", "medication", "lab_result"}, "quick note about an ICD shock", names=[nm],
                force={"format": "plain"})


def name_in_subject(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    s, sa = sender(w, "clerk")
    to = w.pick_staff("nurse")
    nm = name_as(p, r.choice(["full", "title", "sf_caps"]), "en")
    why = r.choice(["Admitted to Lakeshore overnight with chest pain, cancelling.", "Family says " + he(p) + " is in hospital with pneumonia and decompensated HF.",
                    "Moved to palliative care, please remove from the rehab list.", "Started chemo this week, oncology asked to postpone."])
    proc = r.choice(["stress echo", "rehab intake", "HF clinic visit", "Holter hookup"])
    text = f"""{hello('en', r)}

{why}
The {proc} slot on {d_short_en(w.future(now.date(), 1, 9))} can be released.

{thanks('en', r)}
{s.given}
"""
    subj = r.choice([f"{nm} - cancel {proc}", f"Cancellation: {nm}", f"FW: {nm} {proc}"])
    return Spec("pos", "booking", "en", subj, text, sa, [staff_addr(to)], {"patient_name", "diagnosis"},
                "cancellation with the name only in the subject", names=[nm])


def d_short_en(d):
    from gen_common import d_short_en as f
    return f(d)


def filename_only(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    s, sa = sender(w, "kin")
    doc = w.pick_staff("cardio")
    t0 = now.date() - dt.timedelta(days=r.randint(1, 6))
    lines = [f"Test date: {d_en(t0, 1)}   Protocol: {r.choice(['Bruce', 'modified Bruce', 'ramp'])}",
             f"Exercise time: {r.randint(3, 11)} min {r.randint(0, 59)} s   METs: {r.randint(3, 10)}.{r.randint(0, 9)}",
             f"Peak HR: {r.randint(98, 162)} bpm ({r.randint(62, 96)}% predicted)   Peak BP: {r.randint(138, 210)}/{r.randint(60, 95)}",
             f"ECG: {r.choice(['2 mm horizontal ST depression V4-V6 at stage 2', 'no ischemic changes', 'frequent PVCs, one triplet'])}",
             f"Symptoms: {r.choice(['typical angina at 5 min', 'leg fatigue', 'dyspnea'])}"]
    pdf = make_pdf("Exercise Stress Test", lines, author="ICVB rehab")
    fn = r.choice([f"GXT_{ascii_slug(p.surname)}_{ascii_slug(p.given)}.pdf", f"{p.surname}, {p.given} - stress test.pdf",
                   f"stress_test_{ascii_slug(p.surname).lower()}.pdf"])
    text = f"""{hello('en', r, doc.given)}

Baseline GXT for the new rehab intake attached. {lines[3].split(': ', 1)[1].capitalize()}. Okay to start the exercise program?

{s.given}
"""
    nm = ascii_slug(p.surname) if "stress_test" in fn or "GXT" in fn else f"{p.surname}, {p.given}"
    return Spec("pos", "test_result", "en", r.choice(["GXT for review", "Stress test - rehab intake", "Please review"]), text, sa,
                [staff_addr(doc)], {"patient_name", "lab_result", "diagnosis"},
                "stress test with the name only in the file name", attachments=[Att("pdf", fn, pdf)], names=[nm])


TEMPLATES = [ontario_referral, ontario_referral, ontario_referral, quebec_referral, quebec_referral, quebec_referral,
             echo_request, echo_request, echo_report, echo_report, cath_list, cath_list, signout, signout,
             device_remote, device_remote, icd_note, icd_note, name_in_subject, name_in_subject, filename_only,
             filename_only]
