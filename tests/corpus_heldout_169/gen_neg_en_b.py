"""English negatives, part B: invoices, quotes, inventories, recalls, shortages, IT, facilities, statistics,
teaching cases, blank forms, templates, research, patient-education handouts, forwarded notices."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Att, Spec, staff_addr
from gen_common import ORG_ADDR, ORG_DOMAIN, ORG_EN, PARTNERS, ascii_slug, d_en, d_short_en, signature
from gen_helpers import hello, thanks
from gen_neg_common import asset_tag, device_serial, gst_qst, lot, luhn_serial, org_addr, staff_names

ALL = ("All Cardiology Staff", org_addr("cardiology-all"))


def invoice(w, now):
    r = w.rng
    vname, vdom = PARTNERS["vendor2"]
    ap = w.pick_staff("purch")
    gst, qst = gst_qst(r)
    inv = f"INV-{r.randint(100000, 999999)}"
    rows = [["Item", "Description", "Serial no.", "Lot", "Qty", "Unit price", "Amount"]]
    total = 0
    for i in range(r.randint(2, 6)):
        desc, price = r.choice([("ICD single chamber PRX-VR", 13900), ("Pacemaker dual chamber PRX-DR", 4650), ("Leadless pacemaker", 11800),
                                ("RV defibrillation lead 65 cm", 2100), ("Programmer head cable", 380)])
        rows.append([i + 1, desc, device_serial(r), lot(r), 1, price, price])
        total += price
    rows += [["", "", "", "", "", "Subtotal", total], ["", "", "", "", "", f"GST {gst}", round(total * 0.05, 2)],
             ["", "", "", "", "", f"QST {qst}", round(total * 0.09975, 2)]]
    x = make_xlsx([("Invoice", rows)], author=vname)
    text = f"""Dear Accounts Payable,

Please find invoice {inv} attached (consignment replenishment, PO {r.randint(400000, 499999)}). Payment terms net 30.
Remit to: {vname}, 88 Foundry Road, Carleton Mills ON, 613-555-0190.

Billing Department
{vname}
"""
    return Spec("neg", "invoice", "en", f"Invoice {inv}", text, ("Billing", f"billing@{vdom}"), [("Accounts Payable", org_addr("ap")), staff_addr(ap)],
                note="vendor invoice with device serial numbers", attachments=[Att("xlsx", f"{inv}.xlsx", x)])


def quote(w, now):
    r = w.rng
    vname, vdom = PARTNERS["vendor3"]
    m = w.pick_staff("manager")
    rep = w.patient("en", age=(28, 55))
    q = f"Q{now.year}-{r.randint(1000, 9999)}"
    lines = [f"Quote {q}   Date: {d_en(now.date(), 1)}   Valid 60 days", f"Customer: {ORG_EN} - Echocardiography Laboratory", "",
             f"1 x Cardiac ultrasound system, premium cart       $ {r.randint(180, 260)},000.00",
             f"2 x TEE probe, adult                              $ {r.randint(38, 52)},500.00",
             "1 x 3D matrix transducer                          $ 41,200.00",
             "5-year service agreement                          $ 62,000.00", "",
             f"Trade-in: existing system asset tag {asset_tag(r)}, serial {luhn_serial(r, 9)}   -$ 15,000.00"]
    pdf = make_pdf(f"Quotation {q}", lines, author=vname)
    text = f"""Hi {m.given},

As promised after the demo, here is our quote for the echo lab replacement project, including the trade-in credit on your current unit.

Best regards,
{rep.full}
Account Manager, {vname}
Cell 613-555-01{r.randint(10, 99)}
"""
    return Spec("neg", "quote", "en", f"Quote {q} - echo system replacement", text, (rep.full, f"{ascii_slug(rep.given).lower()}.{ascii_slug(rep.surname).lower()}@{vdom}"),
                [staff_addr(m)], note="vendor quotation with asset and serial numbers", attachments=[Att("pdf", f"Quote_{q}.pdf", pdf)])


def asset_inventory(w, now):
    r = w.rng
    bio = w.pick_staff("facil")
    m = w.pick_staff("manager")
    rows = [["Asset tag", "Equipment", "Serial", "Location", "Next PM due"]]
    for _ in range(r.randint(8, 14)):
        rows.append([asset_tag(r), r.choice(["ECG cart", "Holter recorder", "Defibrillator", "Treadmill", "Echo machine", "Infusion pump", "Telemetry pack"]),
                     device_serial(r), r.choice(["Rehab gym", "Echo 2", "CCU", "5 North", "Device clinic"]),
                     (now.date() + dt.timedelta(days=r.randint(5, 300))).isoformat()])
    x = make_xlsx([("Assets", rows)], author=bio.full)
    text = f"""Hi {m.given},

Biomed preventive maintenance list for cardiology equipment attached. {r.choice(['Three Holter recorders are overdue.', 'All defibrillators passed last month.', 'Two ECG carts will be swapped next week.'])}

{signature(bio, 'en', short=True)}
"""
    return Spec("neg", "inventory", "en", "Biomed PM list - cardiology", text, staff_addr(bio), [staff_addr(m)],
                note="equipment inventory with asset tags and serials", attachments=[Att("xlsx", "biomed_pm_cardiology.xlsx", x)])


def recall(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    vname, _ = PARTNERS["vendor1"]
    text = f"""All,

Field safety notice from {vname} received {d_en(now.date())}: certain VLS-DR pacemakers may show premature battery depletion after 6 years.
Affected lots: {', '.join(lot(r) for _ in range(3))}
Serial numbers on our consignment shelf (quarantined): {', '.join(device_serial(r, 'VLS') for _ in range(r.randint(2, 5)))}

The device clinic will pull the list of implanted patients through the secure registry and contact the responsible physicians directly. Do not e-mail patient lists.

{signature(m, 'en')}
"""
    return Spec("neg", "recall", "en", f"Field safety notice - {vname} VLS-DR", text, staff_addr(m), [ALL], note="device recall notice with lots and serials")


def shortage(w, now):
    r = w.rng
    ph = w.pick_staff("pharm")
    drug = r.choice([("IV amiodarone 150 mg/3 mL", "use premixed bags; reserve vials for code carts"),
                     ("dobutamine premix", "pharmacy will compound; allow 2 h"),
                     ("furosemide 10 mg/mL 4 mL vials", "use 2 mL vials; check dose volumes"),
                     ("apixaban 2.5 mg (one generic supplier)", "other generic brands available; no therapeutic change needed")])
    text = f"""Drug shortage notice: {drug[0]}
Expected duration: {r.choice(['4-6 weeks', 'until end of quarter', 'unknown'])}
Action: {drug[1]}.

Questions: Pharmacy, ext. {ph.ext}.
{signature(ph, 'en')}
"""
    return Spec("neg", "drug_shortage", "en", f"Shortage - {drug[0]}", text, staff_addr(ph), [ALL], note="drug shortage notice")


def it_notice(w, now):
    r = w.rng
    it = w.pick_staff("it")
    d = w.future(now.date(), 1, 12)
    kind = r.choice([("Planned downtime - cardiology reporting system", f"The echo/cath reporting system will be down {d_short_en(d)} 23:00-03:00 for an upgrade. Use downtime paper forms; scan them into the chart afterwards."),
                     ("Phishing alert", "A fake e-mail titled 'Your patient results are ready - verify your account' is circulating. Do not click. Report with the Phish Alert button."),
                     ("MFA enrolment deadline", f"Multi-factor authentication becomes mandatory for remote access on {d_en(d)}. Enrol via the self-service portal."),
                     ("Device clinic workstation replacement", f"Device clinic PCs will be replaced {d_short_en(d)}. Save local files to your H: drive.")])
    text = f"""{kind[1]}

Ticket: RITM{r.randint(1000000, 9999999)}
IT Service Desk: ext. 4357 | 819-555-0199

{signature(it, 'en')}
"""
    return Spec("neg", "it", "en", kind[0], text, ("IT Service Desk", org_addr("servicedesk")), [ALL], note="IT notice")


def facilities(w, now):
    r = w.rng
    f = w.pick_staff("facil")
    d = w.future(now.date(), 1, 14)
    kind = r.choice([("Water shut-off - Pavilion B, 2nd floor", f"Water will be shut off {d_short_en(d)} 06:00-09:00. The echo lab sinks and the staff kitchen will be affected."),
                     ("Cath lab 1 HVAC work", f"HVAC balancing in Cath 1 on {d_short_en(d)}. First case delayed to 10:00."),
                     ("Parking lot P2 resurfacing", f"P2 closed {d_short_en(d)} and the following day. Staff permits valid in P4."),
                     ("Fire drill", f"Code Red drill in Pavilion B on {d_short_en(d)} around 10:00. Patients undergoing procedures will not be moved.")])
    text = f"""{kind[1]}

Facilities Help Line: ext. 2222
{signature(f, 'en', short=True)}
"""
    return Spec("neg", "facilities", "en", kind[0], text, ("Facilities", org_addr("facilities")), [ALL], note="facilities notice")


def stats(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    rows = [["Metric", "Q1", "Q2", "Q3", "Q4"]]
    for k in ["New HF clinic referrals", "Median wait to first HF visit (days)", "Patients on 4-pillar GDMT (%)", "Rehab enrolment (%)",
              "Rehab completion (%)", "Remote transmissions reviewed", "ICD shocks reported (count)", "30-day HF readmission (%)"]:
        rows.append([k] + [round(r.uniform(10, 95), 1) if "%" in k else r.randint(10, 900) for _ in range(4)])
    x = make_xlsx([("Dashboard", rows)], author=m.full)
    text = f"""Hi all,

Quarterly cardiology program dashboard attached (aggregate only). Highlights: {r.choice(['rehab completion up to 71%', 'HF wait time down to 19 days', 'GDMT uptake plateaued'])}.

{signature(m, 'en')}
"""
    return Spec("neg", "statistics", "en", "Quarterly program dashboard", text, staff_addr(m), [("Cardiology Leadership", org_addr("cardio-leads"))],
                note="aggregate program statistics", attachments=[Att("xlsx", "cardiology_dashboard.xlsx", x)])


TEACH_EN = [
    ("A {age}-year-old {sex} presents with exertional syncope. ECG: sinus rhythm, LVH with strain. Echo: severe AS, AVA 0.6 cm2, "
     "mean gradient 52 mmHg, LVEF 55%. STS score 3.1%.",
     ["Surgical AVR or TAVI?", "What additional imaging is required?", "How does the heart team document shared decision-making?"]),
    ("A 42-year-old recreational runner reports paroxysmal palpitations. Resting ECG shows a short PR and a delta wave.",
     ["Risk stratification options?", "Indications for EP study and ablation?", "Advice on return to sport?"]),
    ("A {age}-year-old {sex} with HFpEF, bilateral carpal tunnel surgery and low-voltage ECG despite increased wall thickness on echo.",
     ["Which diagnosis must be excluded?", "Role of bone scintigraphy?", "Treatment options?"]),
]


def teaching_case(w, now):
    r = w.rng
    d = w.pick_staff("cardio")
    vignette, qs = r.choice(TEACH_EN)
    vignette = vignette.format(age=r.randint(55, 84), sex=r.choice(["man", "woman"]))
    text = f"""Residents,

{r.choice(["Thursday's", "Tuesday noon", "Friday rounds"])} case (de-identified):

{vignette}

""" + "\n".join(f"{i}. {q}" for i, q in enumerate(qs, 1)) + f"""

Please do not add any identifiers (names, dates, chart numbers) to slides - images must be cropped.

{d.title} {d.full}
Program Director, Cardiology Residency
"""
    return Spec("neg", "teaching", "en", r.choice(["Case for teaching", "Teaching case - residents", "Case conference"]), text, staff_addr(d),
                [("Cardiology Residents", org_addr("residents"))], note="de-identified teaching case")


def blank_req(w, now):
    r = w.rng
    c = w.pick_staff("clerk")
    paras = ["Patient name: ________________________   DOB (YYYY-MM-DD): ____________",
             "Health card no.: ____________________   Version: ____   MRN: ____________",
             "Address: _____________________________________   Phone: ______________",
             "## Test requested", "[ ] TTE   [ ] TEE   [ ] Stress echo   [ ] Holter 24/48 h   [ ] ECG",
             "## Clinical indication", "______________________________________________",
             "## Referring physician", "Name: ______________   Billing no.: ________   Signature: ____________"]
    docx = make_docx("Cardiac Diagnostics Requisition", paras, author="ICVB")
    text = f"""Hello,

Attached is the updated cardiac diagnostics requisition (rev. {now.year}-{r.randint(1, 9):02d}). Please discard older versions; incomplete forms will be returned.

{signature(c, 'en')}
"""
    return Spec("neg", "blank_form", "en", "Updated requisition form - cardiac diagnostics", text, staff_addr(c), [("Referring clinics", "frontdesk@carletonfht.example")],
                note="blank requisition form", attachments=[Att("docx", "Cardiac_Diagnostics_Requisition.docx", docx)])


def merge_template(w, now):
    r = w.rng
    c = w.pick_staff("clerk")
    text = f"""Hi,

Here is the reminder letter template for the device clinic mail merge. Fields in {{{{ }}}} are filled from the scheduling export.

----
{{{{title}}}} {{{{first_name}}}} {{{{last_name}}}}
{{{{street}}}}
{{{{city}}}}, {{{{province}}}} {{{{postal_code}}}}

Dear {{{{title}}}} {{{{last_name}}}},

This is a reminder of your pacemaker/defibrillator check on {{{{appt_date}}}} at {{{{appt_time}}}}, Device Clinic, Pavilion B.
Please bring your device ID card and your list of medications. To reschedule, call 819-555-0125.
----

{signature(c, 'en')}
"""
    return Spec("neg", "template", "en", "Mail merge template - device clinic reminder", text, staff_addr(c), [("Device Clinic", org_addr("deviceclinic"))],
                note="mail-merge template with placeholders")


def research(w, now):
    r = w.rng
    rc = w.pick_staff("research")
    pi = w.pick_staff("cardio")
    text = f"""Hello,

The {r.choice(['REMOTE-HF', 'AF-SCREEN', 'REHAB@HOME'])} study (protocol v{r.randint(2, 4)}.1, REB approved) opens to enrolment next week.
PI: {pi.title} {pi.full}
Inclusion: adults with HFrEF (LVEF <= 40%) and an implanted CRT-D or ICD with remote monitoring.
Exclusion: LVAD, listed for transplant, life expectancy < 1 year.
Target: {r.randint(150, 300)} participants across 3 sites.

Please refer potentially eligible patients using the pre-screening form (no identifiers); the study team will contact the treating physician.

{signature(rc, 'en')}
"""
    return Spec("neg", "research", "en", "Study opening - remote HF monitoring", text, staff_addr(rc), [ALL], note="research protocol announcement")


def handout_zip(w, now):
    r = w.rng
    n = w.pick_staff("nurse")
    docs = []
    for title, lines in [("Living with heart failure", ["Weigh yourself every morning.", "Call the clinic if you gain 2 kg in 3 days.", "Limit salt to 2 g a day."]),
                         ("After your angiogram", ["Keep the wrist dressing dry for 24 h.", "No lifting over 5 kg for 48 h."]),
                         ("Your new pacemaker", ["Keep cell phones 15 cm from the device.", "Carry your device ID card."])]:
        docs.append((title.replace(" ", "_") + ".pdf", make_pdf(title, lines, author="Patient education")))
    z = make_zip(docs)
    text = f"""Hi all,

Updated patient education handouts (plain-language review done) are in the attached zip. Please replace the printed stock in the clinics.

{signature(n, 'en')}
"""
    return Spec("neg", "education", "en", "Updated patient handouts", text, staff_addr(n), [ALL], note="generic patient education handouts in ZIP",
                attachments=[Att("zip", "patient_handouts_2025.zip", z)])


def fw_it_notice(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    it = w.pick_staff("it")
    inner = Spec("neg", "notice", "en", "Secure e-mail - how to send to external partners", f"""Hello,

Starting {d_en(w.future(now.date(), 5, 20))}, messages containing patient information must be sent with [SECURE] in the subject line to be encrypted automatically.
This applies to pharmacies, insurers, family physicians and other hospitals.

{signature(it, 'en')}""", staff_addr(it), [ALL])
    inner.date = now - dt.timedelta(days=r.randint(1, 5))
    text = f"""FYI - please read the attached notice from IT, this affects how we send referrals and discharge summaries.

{m.given}
"""
    return Spec("neg", "forward", "en", "FW: Secure e-mail - how to send to external partners", text, staff_addr(m), [ALL],
                note="IT notice forwarded as attached .eml", attachments=[Att("eml", "Secure_email_notice.eml", inner)])


def vendor_contact(w, now):
    r = w.rng
    vname, vdom = PARTNERS["vendor1"]
    rep = w.patient("en", age=(28, 55))
    m = w.pick_staff("manager")
    vcf = make_vcard(rep.given, rep.surname, cell=f"613-555-01{r.randint(10, 99)}", email=f"{ascii_slug(rep.given).lower()}.{ascii_slug(rep.surname).lower()}@{vdom}",
                     org=vname, title="Clinical Specialist, Cardiac Rhythm Management")
    text = f"""Hi {m.given},

I'm your new clinical specialist for device implants and follow-up support. My contact card is attached; I'll cover Tuesday and Thursday implant days starting {d_en(w.future(now.date(), 3, 14))}.

{rep.full}
{vname}
"""
    return Spec("neg", "vendor", "en", "New clinical specialist - contact card", text, (rep.full, f"{ascii_slug(rep.given).lower()}.{ascii_slug(rep.surname).lower()}@{vdom}"),
                [staff_addr(m)], note="vendor representative contact card", attachments=[Att("vcf", f"{ascii_slug(rep.surname)}.vcf", vcf)])


def meeting_minutes(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    att = staff_names(w, "nurse", 3) + staff_names(w, "cardio", 2)
    paras = [f"Date: {d_en(now.date() - dt.timedelta(days=r.randint(1, 6)))}", "Present: " + ", ".join(p.full for p in att),
             "## 1. Staffing", f"Two RN vacancies in the HF clinic; posting closes {d_en(w.future(now.date(), 5, 20), 1)}.",
             "## 2. Budget", f"Device consignment spend at {r.randint(88, 104)}% of forecast.",
             "## 3. Quality", "Readmission rate (aggregate) unchanged; teach-back audit to continue.",
             "## 4. Other", "Holiday coverage grid to be finalized by the manager."]
    docx = make_docx("Cardiology Program Team Meeting - Minutes", paras, author=m.full)
    text = f"""Hi all,

Minutes from this week's team meeting attached. Please send corrections by Friday.

{m.given}
"""
    return Spec("neg", "minutes", "en", "Team meeting minutes", text, staff_addr(m), [ALL], note="team meeting minutes",
                attachments=[Att("docx", "Team_meeting_minutes.docx", docx)])


TEMPLATES = [invoice, quote, asset_inventory, recall, shortage, it_notice, facilities, stats, teaching_case, blank_req,
             merge_template, research, handout_zip, fw_it_notice, vendor_contact, meeting_minutes]
