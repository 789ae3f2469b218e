"""Negative messages, English: vendors, IT, facilities, statistics, teaching, blank forms, research."""
import datetime

from gen_common import d_en, day_en, DOM, ORG_EN, CLINIC_ADDR_EN, MONTHS, fullwidth
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, zip_bytes
from gen_tpl import staff, ext_person, disp, sig, quote, spec, plus, at, earlier
from gen_neg_fr_b import luhn_serial, bn_number

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def invoice(c, env):
    vend = c.pick([("Eastlake Interpreting Services", "billing@eastlake-interp.example"), ("Guardian Plus Security Inc.", "ar@guardianplus.example"),
                   ("Rive-Nord Secure Transport", "billing@transport-rivenord.example")])
    ap = staff(c, "en", "achat", unit="Accounts Payable")
    no = "INV-%06d" % c.randint(1000, 999999)
    bn = bn_number(c)
    rows = [[d_en(plus(env, -c.randint(1, 30)), "iso"), c.pick(["Constant observation guard, 4 South (12 h)", "Interpreter (Punjabi) - hearing",
                                                               "Secure transport - courthouse", "Security escort"]), "$%d.00" % c.randint(180, 720)] for _ in range(c.randint(3, 6))]
    lines = ["# " + vend[0], "Invoice %s    Date %s" % (no, d_en(env.date.date(), "iso")), "Customer #%d - %s, Psychiatry" % (c.randint(1000, 99999), ORG_EN),
             "PO: PO-%d" % c.randint(400000, 499999)] + ["%s   %s   %s" % tuple(r) for r in rows] + ["GST/HST Reg. %s RT0001" % bn, "Net 30."]
    att = [{"name": "%s.pdf" % no, "ctype": "application/pdf", "data": pdf_bytes("Invoice", lines)}]
    body = ["Hello,", "Please find attached invoice %s for services in %s." % (no, MONTHS[env.date.month - 1]), "GST/HST Reg. %s RT0001." % bn,
            ("sig", ["Accounts Receivable", vend[0], "T 613-555-01%02d" % c.randint(0, 99)])]
    return spec(c, "en", "invoice", "vendor invoice", vend, [(disp(ap, c, "en"), ap.email)], "Invoice %s" % no, body, env.date, attachments=att)


def purchase_order(c, env):
    pr = staff(c, "en", "achat", unit="Procurement")
    mgr = staff(c, "en", "chef")
    po = "PO-%d" % c.randint(400000, 499999)
    items = [["4-point restraint set (M)", "CT-4P-M", luhn_serial(c, 9), 4, "$389.00"], ["Magnetic abdominal belt", "CT-ABD", luhn_serial(c, 9), 6, "$212.50"],
             ["Tear-resistant seclusion mattress", "MI-200", luhn_serial(c, 10), 2, "$645.00"], ["Personal alarm radio", "RP-7", luhn_serial(c, 10), 10, "$310.00"]]
    if c.chance(0.5):
        att = [{"name": "%s.xlsx" % po, "ctype": XLSX, "data": xlsx_bytes([("PO", ["Item", "Code", "Serial no.", "Qty", "Unit price"], items)])}]
        body = ["Hi %s," % mgr.given, "%s issued; serial numbers recorded for the asset register (see file)." % po, sig(pr, c, "en")]
    else:
        att = []
        body = ["Hi %s," % mgr.given, "%s issued; serial numbers below for the asset register." % po,
                ("table", ["Item", "Code", "Serial no.", "Qty", "Unit price"], items), sig(pr, c, "en")]
    return spec(c, "en", "purchase_order", "purchase order for safety equipment", (disp(pr, c, "en"), pr.email), [(disp(mgr, c, "en"), mgr.email)],
                "%s – safety equipment" % po, body, env.date, attachments=att)


def inventory(c, env):
    ph = staff(c, "en", "pharm")
    cn = staff(c, "en", "asi")
    rows = [["Haloperidol 5 mg/mL inj", "K%d" % c.randint(10000, 99999), "2026-0%d" % c.randint(1, 9), c.randint(4, 12)],
            ["Lorazepam 4 mg/mL inj", "L%d" % c.randint(10000, 99999), "2025-11", c.randint(4, 12)],
            ["Olanzapine 10 mg inj", "OL%d" % c.randint(1000, 9999), "2026-0%d" % c.randint(1, 9), c.randint(2, 8)],
            ["Loxapine 50 mg/mL inj", "X%d" % c.randint(10000, 99999), "2025-12", c.randint(0, 3)]]
    body = ["Hi %s," % cn.given, "Rapid tranquillization cabinet count on 4 North this morning:", ("table", ["Product", "Lot", "Exp", "Qty"], rows),
            "Loxapine below par; order placed. Please return opened vials to pharmacy.", sig(ph, c, "en")]
    return spec(c, "en", "inventory", "emergency medication cabinet count", (disp(ph, c, "en"), ph.email), [(disp(cn, c, "en"), cn.email)],
                "Cabinet count – 4N", body, env.date)


def shortage(c, env):
    ph = staff(c, "en", "pharm", unit="Pharmacy Department")
    body = ["DRUG SHORTAGE NOTICE", "Product: olanzapine 10 mg injection (DIN %08d)" % c.randint(2000000, 2499999),
            "Expected until %s." % d_en(plus(env, c.randint(30, 90)), "long"),
            "Alternatives for acute agitation: loxapine 25 mg IM, or haloperidol 5 mg IM + lorazepam 2 mg IM.",
            "Pharmacy will convert existing PRN orders; no prescriber action needed.", sig(ph, c, "en")]
    return spec(c, "en", "shortage", "drug shortage notice", (disp(ph, c, "en"), ph.email), [("Psychiatry Prescribers", "prescribers.psych@" + DOM)],
                "Shortage – olanzapine IM", body, env.date, transport={"body": c.pick(["html", "alt", "plain"])})


def recall(c, env):
    rm = staff(c, "en", "coord", unit="Risk Management")
    lots = [luhn_serial(c, 10) for _ in range(3)]
    body = ["Hello,", "Manufacturer recall: SX-20 restraint belts, magnetic buckle may disengage.", "Affected lots: %s." % ", ".join(lots),
            "Health Canada recall #RA-%d." % c.randint(60000, 79999), "Please check your units and remove affected belts by Friday.", sig(rm, c, "en")]
    return spec(c, "en", "recall", "device recall notice", (disp(rm, c, "en"), rm.email), [("Unit Managers", "unitmanagers@" + DOM)],
                "RECALL – SX-20 restraint belts", body, env.date)


def it_notice(c, env):
    t = staff(c, "en", "ti", unit="Information Technology")
    d = plus(env, c.randint(2, 10))
    v = c.randint(0, 2)
    if v == 0:
        body = ["Hello,", "Planned EHR downtime %s 01:00-04:00. Use the paper downtime forms (MAR, progress notes) in each unit's contingency binder." % day_en(d),
                "Change ticket CHG%07d." % c.randint(100000, 9999999), sig(t, c, "en")]
        subj = "Planned EHR downtime – %s" % d_en(d, "iso")
    elif v == 1:
        body = ["Hello,", "Ticket INC%07d resolved: the 4 North printer (S/N %s) was replaced." % (c.randint(100000, 9999999), luhn_serial(c, 9)), sig(t, c, "en")]
        subj = "Ticket resolved – 4N printer"
    else:
        body = ["Hello,", "Your password expires in 5 days. Never share your password by e-mail or phone; the Service Desk will never ask for it.", sig(t, c, "en")]
        subj = "Password expiry notice"
    return spec(c, "en", "it_notice", "IT notice", (disp(t, c, "en"), t.email), [("Psychiatry Users", "users.psych@" + DOM)], subj, body, env.date,
                transport={"body": c.pick(["html", "alt", "plain"])})


def facilities(c, env):
    fa = staff(c, "en", "inst", unit="Facilities")
    d = plus(env, c.randint(1, 8))
    body = ["Hello,", c.pick(["Seclusion room 4S-02 door replacement %s 08:00-15:00; use 4S-03." % day_en(d),
                            "Fire alarm test in the Lavigne building %s at 10:00. Locked doors remain locked." % day_en(d),
                            "Staff duress alarm repair on Unit 3C %s; carry portable radios." % day_en(d)]),
            "Please inform your teams. Questions: ext. 4321.", sig(fa, c, "en")]
    return spec(c, "en", "facilities", "facilities notice", (disp(fa, c, "en"), fa.email), [("Charge Nurses – Psychiatry", "charge.psych@" + DOM)],
                c.pick(["Work notice – seclusion room", "Fire alarm test", "Planned work"]), body, env.date)


def stats(c, env):
    an = staff(c, "en", "coord", unit="Quality & Performance")
    rows = [[m, c.randint(20, 45), c.randint(8, 25), c.randint(10, 30), c.randint(3, 12), "%d.%d" % (c.randint(12, 25), c.randint(0, 9))] for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]]
    hdr = ["Month", "Form 1", "Form 3", "Code White", "Restraint events", "ALOS (days)"]
    body = ["Hello,", "Semi-annual mental health indicators (aggregate data only, no patient-level information).",
            "Highlights: Code Whites up 12% on 4 South; restraint use down 18%; ALOS stable."]
    att = []
    if c.chance(0.5):
        att = [{"name": "MH_indicators_H1.xlsx", "ctype": XLSX, "data": xlsx_bytes([("H1", hdr, rows)])}]
    else:
        body.append(("table", hdr, rows))
    body.append(sig(an, c, "en"))
    return spec(c, "en", "stats", "aggregate indicators", (disp(an, c, "en"), an.email), [("Mental Health Leadership", "mh.leadership@" + DOM)],
                "H1 mental health indicators", body, env.date, attachments=att)


def teaching_case(c, env):
    psy = staff(c, "en", "psy")
    a = c.randint(22, 45)
    body = ["Residents,", "De-identified case for Thursday's seminar:",
            "A %d-year-old woman, no prior charges, brought in by police after assaulting a stranger on the bus. Six months of command hallucinations, "
            "daily cannabis. Diagnosis: schizophrenia. Given haloperidol 5 mg + lorazepam 2 mg IM in the ER. CK 2,300 the next day. "
            "Questions: fitness to stand trial vs NCR - what do you look for at interview?" % a,
            "Readings: Criminal Code s.16 and s.672.11; AAPL guideline.", sig(psy, c, "en", full=False)]
    return spec(c, "en", "teaching_case", "de-identified teaching case", (disp(psy, c, "en"), psy.email), [("Psychiatry Residents", "residents.psych@" + DOM)],
                "Thursday seminar – case to prepare", body, env.date)


def blank_form(c, env):
    cl = staff(c, "en", "agad")
    paras = ["# Pass Authorization", "Patient name: ______________________", "MRN: ____________   DOB: ____/____/______", "Health card no.: ______________",
             "Legal status: [ ] voluntary  [ ] Form 3/4  [ ] NCR (Review Board)", "Pass type: [ ] grounds  [ ] escorted  [ ] unescorted   Duration: ______",
             "Conditions: ____________________________________", "Psychiatrist signature: ______________________  Date: ____________"]
    att = [{"name": "Pass_Authorization_blank.docx", "ctype": DOCX, "data": docx_bytes("Pass Authorization", paras)}]
    if c.chance(0.4):
        att = [{"name": "forms_2025.zip", "ctype": "application/zip",
                "data": zip_bytes([("Pass_Authorization_blank.docx", att[0]["data"]), ("README.txt", b"Blank forms, version 2025-03. Print double-sided.\n")])}]
    body = ["Hi all,", "New version of the pass authorization form (2025-03). Please recycle old copies.", sig(cl, c, "en")]
    return spec(c, "en", "blank_form", "blank form", (disp(cl, c, "en"), cl.email), [ALL_], "New form – pass authorization", body, env.date, attachments=att)


ALL_ = ("4 North Staff", "staff.4north@" + DOM)


def mailmerge(c, env):
    cl = staff(c, "en", "agad", unit="outpatient clinic")
    tmpl = ["Subject: Appointment reminder", "Dear {{first_name}} {{last_name}},",
            "This is a reminder of your appointment at the Outpatient Psychiatry Clinic on {{appt_date}} at {{appt_time}} with {{clinician}}.",
            "Chart number: {{mrn}}", "To cancel, call 819-555-0100 at least 24 hours ahead.", "", "Outpatient Psychiatry - " + CLINIC_ADDR_EN]
    body = ["Hi,", "Mail-merge template for appointment reminders (merge with the scheduling extract):", ("pre", "\n".join(tmpl)),
            "Do not edit the {{ }} fields.", sig(cl, c, "en")]
    return spec(c, "en", "mailmerge", "mail-merge template", (disp(cl, c, "en"), cl.email), [("Outpatient Psychiatry", "outpatient.psych@" + DOM)],
                "Template – appointment reminders", body, env.date)


def research(c, env):
    pi = staff(c, "en", "psy")
    body = ["Dear colleagues,", "The REB approved study PSY-2025-%03d: \"Long-acting injectable antipsychotics after court-ordered treatment: 12-month adherence\"." % c.randint(1, 200),
            "Inclusion: 18-65, schizophrenia or schizoaffective disorder, active treatment order. Exclusion: pregnancy, NCR.",
            "Target: 120 participants over 2 years. No participants enrolled yet; the coordinator will contact you.", sig(pi, c, "en")]
    return spec(c, "en", "research", "research protocol announcement", (disp(pi, c, "en"), pi.email), [("Psychiatry Medical Staff", "medstaff.psych@" + DOM)],
                "Study approved – LAIs after treatment orders", body, env.date)


def orb_calendar(c, env):
    orb = ext_person(c, "en", "orb", "Scheduling Officer")
    st = plus(env, c.randint(10, 20))
    rows = [[d_en(st + datetime.timedelta(days=7 * i), "iso"), c.pick(["Room 1.08", "Video", "Lavigne L-010"]), c.randint(3, 9)] for i in range(6)]
    body = ["Hello,", "Review Board hearing days at the Lavigne site next quarter:", ("table", ["Date", "Location", "No. of hearings"], rows),
            "Named dockets will be sent through the secure portal 10 days before each date.", sig(orb, c, "en")]
    return spec(c, "en", "orb_calendar", "hearing day calendar", (disp(orb, c, "en"), orb.email), [("Forensic Program", "forensic.intake@" + DOM)],
                "Hearing calendar – next quarter", body, env.date)


TEMPLATES = [invoice, purchase_order, inventory, shortage, recall, it_notice, facilities, stats, teaching_case, blank_form,
             mailmerge, research, orb_calendar]
