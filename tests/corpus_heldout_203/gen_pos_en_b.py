"""Positive messages, English: unit work, pharmacy, labs, insurer / benefit forms."""
import datetime

from gen_common import d_en, day_en, name, AGITATION_EN, DOM, MEDS
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, ics_bytes, vcard_bytes
from gen_tpl import (F, staff, ext_person, disp, sig, quote, fwd, spec, plus, at, age, holder_person, earlier, fname_part)
from gen_pos_en_a import _he, _his, DOCX

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PROBS_EN = [("Form 1", "agitated evenings, PRN %s"), ("Form 3", "refusing %s, watch"), ("voluntary", "passive SI, q15 checks"),
            ("Form 1", "EtOH withdrawal, CIWA q4h"), ("CTO", "%s injection due tomorrow"), ("NCR – detained", "escorted pass 13:00 tomorrow"),
            ("Form 3", "Li level to repeat (1.3)"), ("voluntary", "d/c Thursday, clinic f/u booked")]


def signout(c, env):
    f = F(c, "en")
    res = staff(c, "en", "res")
    rows = []
    for i in range(c.randint(4, 7)):
        p = c.patient("en")
        st, prob = c.pick(PROBS_EN)
        if "%s" in prob:
            prob = prob % f.med(dose=False, kind="prn" if "PRN" in prob else "lai" if "injection" in prob else "oral")
        if "Li level" in prob:
            f.lab()
        rows.append(["%d%s" % (c.randint(401, 428), c.pick(["", "A", "B"])),
                     f.nm(p, c.pick(["last_first", "last_first_plain", "title_last", "last_init", "lower"])), st, f.dx(), prob])
    f.social()  # legal status (Form 1/3, NCR, CTO) counts as social / legal situation
    if "medication" not in f.T:
        rows[-1][4] += "; PRN %s" % f.med(idx=c.pick([0, 2, 3, 10]), dose=False)
    if c.chance(0.5):
        rows[0][4] += c.pick(["; NFA, SW aware", "; CAS involved re: kids", "; no-contact order with partner"])
    if c.chance(0.5):
        body = ["Evening all,", "Sign-out for 4 North tonight:", ("table", ["Rm", "Patient", "Status", "Dx", "Watch for"], rows)]
    else:
        body = ["Sign-out 4N", ("pre", "\n".join("%s  %s - %s - %s. %s" % tuple(r) for r in rows))]
    body += [c.pick(["Possible admission from ER around 02:00.", "Pharmacy on call aware of PRNs.", "Quiet so far."]), sig(res, c, "en", full=False)]
    return spec(c, "en", "signout", "overnight sign-out list", (disp(res, c, "en"), res.email),
                [("Psychiatry On Call", "oncall.psychiatry@" + DOM)], c.pick(["Sign-out 4N %s" % d_en(env.date.date(), "iso"), "4 North sign out", "Night handover"]),
                body, env.date, f=f)


def code_white(c, env):
    f = F(c, "en")
    p = c.patient("en")
    rn = staff(c, "en", "inf")
    psy = staff(c, "en", "psy")
    hh = c.randint(0, 5)
    rm = c.randint(401, 428)
    style = c.pick(["title_last", "full", "given", "lower"])
    f.add("diagnosis")
    f.social()
    body = ["Dr. %s," % psy.surname,
            "FYI Code White overnight, room %d. At %02d:10 %s punched the med room door and shoved a PSW (no injury), "
            "responding to voices. Seclusion %02d:25, 4-point restraints %02d:40, released %02d:55." % (rm, hh, f.nm(p, style), hh, hh, hh + 1),
            "Given %s at %02d:30 with good effect by %02d:15. Vitals stable; CK ordered for the morning." % (_ag(c, f), hh, hh + 1),
            "Restraint monitoring form and incident report (safety event) completed."]
    if style == "given" or c.chance(0.4):
        body.append("MRN %s" % f.mrn(p))
    if c.chance(0.5):
        f.lab()
        body.append("Update 09:00: CK %d U/L, repeat tomorrow." % c.randint(900, 4800))
    body.append(("sig", ["%s %s, RN" % (rn.given, rn.surname), "Nights – %s" % rn.unit]))
    return spec(c, "en", "code_white", "code white incident and emergency medication", (disp(rn, c, "en"), rn.email),
                [(disp(psy, c, "en"), psy.email)], c.pick(["Code White overnight rm %d" % rm, "Restraint use last night", "Code White – %s" % name(p, "last_first_plain")]),
                body, env.date, f=f)


def _note(c, f, options):
    n = c.pick(options)
    if "ordonnance" in n or "order" in n:
        f.social()
    return n


def _ag(c, f):
    f.add("medication")
    return c.pick(AGITATION_EN)


def discharge_summary(c, env):
    f = F(c, "en")
    p = holder_person(env.holder("adult"), "en", c)
    psy = staff(c, "en", "psy")
    fp = ext_person(c, "en", "fp_en", "Family Physician")
    adm = plus(env, -c.randint(12, 40))
    meds = [f.med(idx=i, kind="oral") for i in c.sample([0, 1, 4, 7, 8, 9, 11, 12, 13], 3)]
    f.lab()
    f.social()
    lines = ["# Patient", f.ident(p, sep="   "), "MRN: %s" % f.mrn(p),
             "Admitted %s - Discharged %s" % (d_en(adm, "iso"), d_en(env.date.date(), "iso")),
             "# Most responsible diagnosis", f.dx(),
             "# History", "Brought in by ambulance on a Form 1 for %s; subsequently certified (Form 3)." % f.sx(),
             "# Course", "Gradual improvement. Two episodes of agitation requiring %s." % _ag(c, f),
             "# Investigations", "CBC normal; TSH 2.1 mIU/L; creatinine 74 umol/L; UDS positive for cannabis.",
             "# Discharge medications"] + ["- " + m for m in meds] + \
            ["# Social", "Returning home to %s mother; Ontario Works application pending." % _his(p),
             "# Follow-up", "Outpatient psychiatry in 2 weeks; community nurse home visit."]
    fn = c.pick(["Discharge_Summary_%s.pdf" % fname_part(p.surname), "DC summary %s.pdf" % name(p, "full"), "dcsum_%s.pdf" % p.mrn])
    att = [{"name": fn, "ctype": "application/pdf", "data": pdf_bytes("Discharge Summary – Psychiatry", lines, compress=c.chance(0.6))}]
    body = ["Dear Dr. %s," % fp.surname, "Your patient was discharged today. The discharge summary is attached; prescriptions were faxed to the pharmacy.",
            "Please see them within a month.", sig(psy, c, "en")]
    return spec(c, "en", "discharge_summary", "discharge summary to family physician", (disp(psy, c, "en"), psy.email),
                [(disp(fp, c, "en"), fp.email)], c.pick(["Discharge summary", "Psychiatry discharge – summary attached", "D/C summary: %s" % name(p, "last_first_plain")]),
                body, env.date, attachments=att, f=f)


def pharmacy_rx(c, env):
    f = F(c, "en")
    p = holder_person(env.holder("adult"), "en", c)
    psy = staff(c, "en", "psy")
    ph = ext_person(c, "en", "pharm_en", "Pharmacist")
    rx = [f.med(idx=c.pick([5, 6, 7, 8, 9]), kind="oral" if c.chance(0.3) else None), f.med(idx=c.pick([10, 11, 13]), kind="oral")]
    body = ["PRESCRIPTION – secure transmission", "Patient: " + f.ident(p, sep="\n"),
            "Address: %s\nPhone: %s" % (f.contact(p, "addr"), f.contact(p, "phone")),
            "Rx:\n1) %s - 1 month, refills x3\n2) %s - #30, refills x1" % tuple(rx),
            _note(c, f, ["Patient is on a community treatment order: notify the clinic if an injection is missed.",
                         "CBC required before first refill.", "Weekly blister packs please."]),
            "%s %s %s, Psychiatrist - CPSO/CMQ %05d" % (psy.title, psy.given, psy.surname, c.randint(10000, 99999)), sig(psy, c, "en", full=True)]
    return spec(c, "en", "pharmacy_rx", "prescription sent to community pharmacy", (disp(psy, c, "en"), psy.email),
                [(ph.org, ph.email)], c.pick(["Rx – %s" % name(p, "upper"), "Discharge prescription", "Prescription to fill"]), body, env.date, f=f)


def lab_followup(c, env):
    f = F(c, "en")
    p = c.patient("en")
    psy = staff(c, "en", "psy")
    rn = staff(c, "en", "infc")
    f.lab()
    f.add("medication")
    k = c.randint(0, 2)
    if k == 0:
        res, plan = ("lithium %s mmol/L (target 0.6-1.0), creatinine %d umol/L" % (c.pick(["1.6", "1.4", "1.8"]), c.randint(88, 140)),
                     "Hold lithium tonight, restart 600 mg BID tomorrow, repeat level in 5 days.")
    elif k == 1:
        res, plan = ("CK %d U/L after yesterday's IM doses" % c.randint(2500, 9000), "Push fluids, no IM for 48 h, use olanzapine ODT for agitation.")
    else:
        res, plan = ("ANC %s x10^9/L on clozapine" % c.pick(["1.4", "1.2", "1.7"]), "Amber: CBC twice weekly, notify the registry; continue clozapine 300 mg HS.")
    body = ["%s," % rn.given, "Result back for %s (MRN %s): %s." % (f.nm(p, c.pick(["title_last", "last_first", "full"])), f.mrn(p), res), plan,
            c.pick(["Can you let the patient know?", "Order updated in the chart.", "Let's discuss at 10:00 rounds."]), sig(psy, c, "en", full=False)]
    return spec(c, "en", "lab_followup", "lab result follow-up", (disp(psy, c, "en"), psy.email), [(disp(rn, c, "en"), rn.email)],
                c.pick(["Lab result", "High lithium level", "Result – MRN %s" % p.mrn]), body, env.date, f=f)


def clozapine_xlsx(c, env):
    f = F(c, "en")
    ph = staff(c, "en", "pharm")
    rows = []
    for i in range(c.randint(3, 6)):
        p = c.patient("en")
        f.checks.append(("mrn", p.mrn))
        rows.append([f.nm(p, c.pick(["init_last", "last_first_plain"])), d_en(p.dob, "iso"), p.mrn, d_en(plus(env, -c.randint(0, 6)), "iso"),
                     float(c.pick(["4.2", "3.1", "2.4", "1.9", "5.6"])), float(c.pick(["7.8", "6.1", "4.9", "9.2"])), c.pick(["green", "green", "amber"])])
    f.add("date_of_birth", "mrn", "lab_result", "medication")
    f.checks.append(("text", rows[0][1]))
    if c.chance(0.5):
        data = xlsx_bytes([("Clozapine monitoring", ["Patient", "DOB", "MRN", "Sample date", "ANC", "WBC", "Zone"], rows)])
        att = [{"name": "clozapine_monitoring_%s.xlsx" % d_en(env.date.date(), "iso"), "ctype": XLSX, "data": data}]
    else:
        data = csv_bytes(["Patient", "DOB", "MRN", "Sample date", "ANC", "WBC", "Zone"], rows)
        att = [{"name": "clozapine_monitoring.csv", "ctype": "text/csv", "charset": "utf-8", "data": data, "cte": c.pick(["base64", "7bit", "quoted-printable"])}]
    body = ["Hi all,", "Weekly clozapine (Clozaril) monitoring for current inpatients attached. One amber result; treating team aware.", sig(ph, c, "en")]
    return spec(c, "en", "clozapine_monitoring", "clozapine blood monitoring sheet", (disp(ph, c, "en"), ph.email),
                [("Clozapine Registry", "clozapine.registry@" + DOM)], "Clozapine monitoring – week of %s" % d_en(env.date.date(), "short"),
                body, env.date, attachments=att, f=f)


def ics_followup(c, env):
    f = F(c, "en")
    p = c.patient("en")
    rn = staff(c, "en", "infc", unit="LAI clinic")
    d = at(env, c.randint(3, 20), c.randint(8, 15), c.pick([0, 15, 30, 45]))
    med = f.med(kind="lai")
    desc = "%s - %s injection. MRN %s. Reminder call the day before at %s. Dx: %s." % (
        f.nm(p, c.pick(["full", "last_first"])), med, f.mrn(p, "plain"), f.contact(p, "phone"), f.dx())
    ics = ics_bytes("lai-%s@%s" % (p.mrn, DOM), d, d + datetime.timedelta(minutes=30), "LAI - %s" % name(p, "last_first_plain"),
                    desc, "Outpatient clinic B-214", ("%s %s" % (rn.given, rn.surname), rn.email))
    att = [{"name": "invite.ics", "ctype": "text/calendar", "method": "REQUEST", "charset": "UTF-8", "data": ics, "cte": c.pick(["base64", "7bit", "quoted-printable"])}]
    body = ["Hi,", "Booked in the injection clinic calendar (invite attached).", sig(rn, c, "en", full=False)]
    return spec(c, "en", "ics_followup", "injection clinic appointment invitation", (disp(rn, c, "en"), rn.email),
                [("Outpatient Psychiatry", "outpatient.psych@" + DOM)], c.pick(["Invitation: LAI %s" % d_en(d.date(), "iso"), "LAI appointment"]),
                body, env.date, attachments=att, f=f)


def vcard_act(c, env):
    f = F(c, "en")
    p = c.patient("en")
    sw = staff(c, "en", "ts")
    act = staff(c, "en", "infc", unit="ACT team")
    addr = f.contact(p, "addr")
    vc = vcard_bytes(p.given, p.surname, tel=[("CELL", f.contact(p, "phone"))], adr=(addr.split(", ")[0], "Eastlake", "ON", "K7A 2B3"),
                     note="ACT referral - %s; discharge planned %s" % (f.dx(), d_en(plus(env, 3), "iso")), version=c.pick(["3.0", "4.0"]))
    f.add("patient_name")
    f.checks.append(("name", p.surname))
    att = [{"name": "%s_%s.vcf" % (p.surname, p.given), "ctype": "text/vcard", "charset": "utf-8", "data": vc, "cte": c.pick(["base64", "7bit"])}]
    body = ["Hi %s," % act.given, "As discussed, contact card for the ACT intake on discharge.",
            c.pick(["Prefers afternoon calls.", "No voicemail, text first.", "Mother is the main support."]), sig(sw, c, "en", full=False)]
    return spec(c, "en", "vcard_act", "patient contact card for ACT team", (disp(sw, c, "en"), sw.email),
                [(disp(act, c, "en"), act.email)], c.pick(["ACT referral – contact", "Contact card"]), body, env.date, attachments=att, f=f)


def odsp_form(c, env):
    f = F(c, "en")
    p = c.patient("en")
    sw = staff(c, "en", "ts")
    od = ext_person(c, "en", "odsp", "Caseworker")
    f.social()
    lines = ["# Health Status and Activities of Daily Living Report", "Applicant: %s" % f.nm(p, "last_first"), "Date of birth: %s" % f.dob(p, "iso"),
             "SIN: %s" % f.sin(), "Address: %s" % f.contact(p, "addr"), "Diagnosis: %s" % f.dx(),
             "Current treatment: %s" % f.med(kind=c.pick(["oral", "lai"])), "Functional limitations: unable to sustain employment since %d; %d admissions in 2 years." % (c.randint(2018, 2024), c.randint(2, 5))]
    att = [{"name": c.pick(["HSR_%s.pdf" % fname_part(p.surname), "health_status_report.pdf"]), "ctype": "application/pdf", "data": pdf_bytes("Health Status Report", lines)}]
    body = ["Hello %s," % od.given, "Completed Health Status Report for %s's disability support application is attached." % f.nm(p, c.pick(["full", "title_full"])),
            "%s remains in hospital until the end of the month; please hold correspondence at our address." % _he(p).capitalize(), sig(sw, c, "en")]
    return spec(c, "en", "odsp_form", "disability support application form", (disp(sw, c, "en"), sw.email), [(disp(od, c, "en"), od.email)],
                c.pick(["Health Status Report – application", "Disability support – medical report"]), body, env.date, attachments=att, f=f)


def insurer_aps(c, env):
    f = F(c, "en")
    p = c.patient("en", 25, 60)
    hr = staff(c, "en", "archiv", unit="Health Records")
    ins = ext_person(c, "en", "insurer_en", "Disability Case Manager")
    adm = plus(env, -c.randint(20, 60))
    f.social()  # disability income claim
    paras = ["# Attending Physician Statement", "Claimant: %s" % f.nm(p, "full"), "Date of birth: %s" % f.dob(p, "long"), "SIN: %s" % f.sin(),
             "Hospitalized %s to %s (inpatient psychiatry)" % (d_en(adm, "iso"), d_en(plus(env, -2), "iso")), "Diagnosis: %s" % f.dx(),
             "Treatment: %s; %s" % (f.med(kind="oral"), f.med(kind="oral")), "Return to work: not expected for 8-12 weeks."]
    att = [{"name": "APS_%s.docx" % fname_part(p.surname), "ctype": DOCX, "data": docx_bytes("Attending Physician Statement", paras)}]
    body = ["Hello,", "With the claimant's signed authorization on file, please find the Attending Physician Statement attached.",
            "An invoice for the $40 form fee will follow.", sig(hr, c, "en")]
    return spec(c, "en", "insurer_aps", "attending physician statement to insurer", (disp(hr, c, "en"), hr.email), [(disp(ins, c, "en"), ins.email)],
                c.pick(["Attending Physician Statement", "Your claim request of %s" % d_en(plus(env, -9), "iso")]), body, env.date, attachments=att, f=f)


def exchange_student(c, env):
    f = F(c, "en")
    p = c.patient("en", 19, 28)
    psy = staff(c, "en", "psy")
    intl = ("International Student Office", "intl.office@univ-valbrume.example")
    if c.chance(0.5):
        idtxt = "Belgian national number %s" % f.niss(p)
        home = "Brussels"
    else:
        idtxt = "French social security number %s" % f.nir(p)
        home = "Lyon"
    body = ["Hello,", "With the student's consent, I confirm that %s (DOB %s, %s) was admitted to our inpatient psychiatry unit on %s." %
            (f.nm(p, c.pick(["full", "title_full", "last_first"])), f.dob(p), idtxt, d_en(plus(env, -5), "long")),
            "Diagnosis: %s. Treatment started: %s. Expected length of stay 2-3 weeks." % (f.dx(), f.med(kind="oral")),
            "Parents are flying in from %s on Thursday; the travel insurer has been notified." % home, sig(psy, c, "en")]
    return spec(c, "en", "exchange_student", "confirmation of admission for an exchange student", (disp(psy, c, "en"), psy.email), [intl],
                c.pick(["Admission confirmation – exchange student", "Student hospitalization – confirmation"]), body, env.date, f=f)


TEMPLATES = [signout, code_white, discharge_summary, pharmacy_rx, lab_followup, clozapine_xlsx, ics_followup, vcard_act,
             odsp_form, insurer_aps, exchange_student]
