"""Hard negatives in English."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_helpers as H
from gen_neg_fr import luhn_serial, neg
from gen_pos_fr2 import inner_message


def reb_agenda(ctx):
    r = ctx.rng
    sp = neg(ctx, "reb_agenda", "research ethics board agenda with investigators and study topics")
    sp["from"] = ("Amanda Hughes", C.addr_of("Amanda", "Hughes"))
    H.add_to(sp, ("REB members", "reb-members@rive-boreale.example"))
    d = ctx.day(r.randint(4, 14))
    rows = [["REB-24-031", "Dr. Rachel Goldstein", "KRAS G12C inhibitor in NSCLC - amendment 4"],
            ["REB-24-044", "Dr. Tariq Siddiqui", "Factor XI inhibition after knee arthroplasty - continuing review"],
            ["REB-24-052", "Dr. Hannah Lindgren", "Atrial fibrillation screening in older adults - new submission"],
            ["REB-23-118", "Dr. Ian Whitaker", "Severe asthma biologics registry - closure report"],
            ["REB-24-060", "Dr. Tariq Siddiqui", "Hyperkalaemia binder in dialysis patients - new submission"]]
    r.shuffle(rows)
    sp["subject"] = r.choice([f"REB full board agenda - {C.fmt_date(d, 'en')}", "Agenda and materials: REB meeting",
                              "Reminder: REB meeting next week"])
    sp["blocks"] = ["Dear members,", f"The full board will meet on {C.fmt_date(d, 'en')} at noon (Board room A-210 / Teams).",
                    ("table", ["File", "Investigator", "Item"], rows[:r.randint(3, 5)]),
                    "Reviewer assignments are in the portal. Please declare any conflict of interest before the meeting.",
                    ("sig", C.signature({"display": "Amanda Hughes", "title": "", "role": "regulatory coordinator"}, "en", r), False)]
    return sp


def enrolment_dashboard(ctx):
    r = ctx.rng
    sp = neg(ctx, "enrolment_dashboard", "aggregate enrolment dashboard across sites")
    st = ("Owen Prescott", C.addr_of("Owen", "Prescott"))
    sp["from"] = st
    H.add_to(sp, ("CRU investigators", "cru-investigators@rive-boreale.example"))
    sites = ["Sainte-Émilie", "Haut-Bois", "Val-des-Pins"]
    rows = []
    for key in ["cardio", "pneumo", "onco", "endo", "hem"]:
        for s in sites[:r.randint(1, 3)]:
            rows.append([H.AREA[key]["proto"], s, r.randint(0, 30), r.randint(0, 8), r.randint(0, 4)])
    hdr = ["Protocol", "Site", "Randomized", "Screen fails", "SAEs"]
    sp["subject"] = r.choice(["Monthly enrolment dashboard", f"Enrolment numbers - {C.MONTHS_EN[ctx.when.month - 1]}",
                              "CRU metrics"])
    sp["blocks"] = ["Hi all,", "Monthly numbers are below. Median time from screening to randomization is "
                    f"{r.randint(9, 21)} days; {r.randint(8, 30)}% of screen fails were eGFR-related.",
                    ("table", hdr, rows), "Owen Prescott\nData manager, CRU"]
    if ctx.chance(0.5):
        sp["attachments"].append(A.att_xlsx("CRU_dashboard.xlsx", [("by site", hdr, rows)], "Owen Prescott"))
    return sp


def newsletter_en(ctx):
    r = ctx.rng
    sp = neg(ctx, "newsletter", "research unit newsletter with staff news and awards")
    sp["from"] = ("CRU News", "news.cru@rive-boreale.example")
    H.add_to(sp, ("All research staff", "all-research@rive-boreale.example"))
    items = ["Congratulations to Dr. Rachel Goldstein, named Clinician-Scientist of the Year for her work in lung cancer.",
             "Dr. Tariq Siddiqui joins the Kidney Foundation advisory panel on diabetic kidney disease.",
             "Welcome to Grace Okonkwo, RN, who joins the oncology trials team from Val-des-Pins.",
             "Ms. Nicole Baptiste completed her clinical research certification (CCRP) - well done!",
             "Our site was first in Canada to randomize in the HEM-760 knee replacement study.",
             "Reminder: fire drill in Pavilion B on Wednesday at 10:00.",
             "Dr. Hannah Lindgren will give grand rounds on heart failure with preserved ejection fraction."]
    r.shuffle(items)
    sp["subject"] = r.choice(["CRU Bulletin - " + C.MONTHS_EN[ctx.when.month - 1], "The Research Round-up", "CRU newsletter"])
    sp["blocks"] = ["The Research Round-up"] + items[:r.randint(4, 6)] + ["To unsubscribe, reply with UNSUBSCRIBE."]
    sp["force"] = {"structure": r.choice(["html", "alt"])}
    return sp


def job_posting_en(ctx):
    r = ctx.rng
    sp = neg(ctx, "job_posting", "job posting for a clinical research position")
    sp["from"] = ("Talent Acquisition", "careers@rive-boreale.example")
    H.add_to(sp, ("Research staff", "all-research@rive-boreale.example"))
    title = r.choice(["Clinical Research Coordinator - Cardiology", "Research Pharmacist (0.6 FTE)",
                      "Data Manager - Clinical Trials"])
    sp["subject"] = f"Job posting: {title}"
    sp["blocks"] = [f"Job posting: {title}", "Permanent, full time, Pavilion B. Bilingual (French/English) required.",
                    "Duties: manage phase II-III trial activities, maintain regulatory binders, coordinate monitoring visits, "
                    "report adverse events within sponsor timelines.",
                    "Requirements: degree in health sciences; GCP training; 2 years of trial experience an asset.",
                    f"Apply by {C.fmt_date(ctx.day(21), 'en')} at careers@rive-boreale.example. Questions: 819-555-0100 ext. 2210."]
    return sp


def invoice_central_lab(ctx):
    r = ctx.rng
    sp = neg(ctx, "central_lab_invoice", "central laboratory invoice with account and serial numbers")
    sp["from"] = ("Aurora Central Lab - Billing", "billing@aurora-centrallab.example")
    H.add_to(sp, ("Peter Vandermeer", C.addr_of("Peter", "Vandermeer")))
    inv = f"INV-{r.randint(5000000, 5999999)}"
    acct = luhn_serial(r, 10)
    rows = [["Kit type A (screening)", str(r.randint(5, 20)), "38.00"], ["Kit type B (PK)", str(r.randint(5, 40)), "52.50"],
            ["Dry ice shipment", str(r.randint(1, 6)), "120.00"], ["Storage, per box/month", str(r.randint(1, 12)), "15.00"]]
    sp["subject"] = f"Invoice {inv} - Site 014"
    sp["attachments"].append(A.att_pdf(f"{inv}.pdf", f"Invoice {inv}",
                                       [("kv", [("Account no.", acct), ("Site", "014 - Rive-Boreale CRU"),
                                                ("PO", f"PO-{r.randint(400000, 499999)}"), ("Terms", "Net 30")]),
                                        ("table", ["Item", "Qty", "Unit (CAD)"], rows)], ctx.chance(0.5), "Aurora Billing"))
    sp["blocks"] = ["Dear customer,", f"Please find invoice {inv} attached for account {acct}.",
                    "Remit to: Aurora Central Laboratory, 2200 Industrial Parkway, Suite 400, Mississauga ON. "
                    "Phone 905-555-0188.", "Thank you for your business."]
    return sp


def purchase_order_en(ctx):
    r = ctx.rng
    sp = neg(ctx, "purchase_order", "purchase order with checksum-valid serial numbers")
    st = ("Victor Achebe", C.addr_of("Victor", "Achebe"))
    sp["from"] = st
    H.add_to(sp, ("Procurement", "procurement@rive-boreale.example"))
    rows = [["-80C upright freezer", "ThermoPolar TP-700", luhn_serial(r, 9)],
            ["Refrigerated centrifuge", "Rotana 4R", luhn_serial(r, 10)],
            ["Plate reader", "OptiRead 96", luhn_serial(r, 9)],
            ["Temperature logger x4", "LogTag TX-2", ", ".join(luhn_serial(r, 9) for _ in range(2))]]
    r.shuffle(rows)
    rows = rows[:r.randint(2, 4)]
    sp["subject"] = r.choice(["Asset registration - serial numbers", f"PO-{r.randint(400000, 499999)} received",
                              "Serials for biobank equipment"])
    sp["blocks"] = ["Hi,", "Equipment received today for the research biobank. Serial numbers for the asset register:",
                    ("table", ["Item", "Model", "Serial no."], rows),
                    "Installation by biomedical engineering on Thursday.", "Victor Achebe\nResearch biobank, ext. 2377"]
    if ctx.chance(0.4):
        sp["attachments"].append(A.att_csv("serials.csv", ["Item", "Model", "Serial no."], rows, "us-ascii", "7bit"))
    return sp


def it_outage(ctx):
    r = ctx.rng
    sp = neg(ctx, "it_notice", "IT outage or security notice")
    sp["from"] = ("IT Service Desk", "servicedesk@rive-boreale.example")
    H.add_to(sp, ("All users", "all-users@rive-boreale.example"))
    d = ctx.day(r.randint(1, 6))
    kind = r.choice(["emr", "mfa", "fwd"])
    if kind == "emr":
        sp["subject"] = f"Planned downtime: EMR and lab interface {C.fmt_date(d, 'en')}"
        sp["blocks"] = ["Planned maintenance", f"The EMR and lab interface will be unavailable on {C.fmt_date(d, 'en')} "
                        "from 01:00 to 05:00. Downtime procedures (paper requisitions) apply.", "IT Service Desk, ext. 2300"]
    elif kind == "mfa":
        sp["subject"] = "Action required: enrol in multi-factor authentication"
        sp["blocks"] = ["Hello,", "All accounts must be enrolled in MFA by the end of the month. Instructions are on the "
                        "intranet. The Service Desk will never ask for your password.", "IT Service Desk"]
    else:
        sp["subject"] = "FW: suspicious message reported - do not open"
        inner = inner_message(ctx, ("Payroll Update", "payroll-update@secure-login.example"),
                              ("Staff", "all-users@rive-boreale.example"), "Urgent: confirm your banking details",
                              ["Dear employee,", "Your direct deposit will be suspended unless you confirm your details "
                               "within 24 hours at the link below.", "Payroll Department"], "en", ctx.when - _dt.timedelta(hours=5))
        sp["attachments"].append(A.att_eml("phishing sample.eml", inner))
        sp["blocks"] = ["Hello,", "Several staff reported the attached phishing e-mail. Do not click the link. If you "
                        "entered credentials, reset your password and call us.", "IT Security"]
    return sp


def facilities(ctx):
    r = ctx.rng
    sp = neg(ctx, "facilities_notice", "facilities notice about building works")
    sp["from"] = ("Facilities Management", "facilities@rive-boreale.example")
    H.add_to(sp, ("Pavilion B occupants", "pavb@rive-boreale.example"))
    d = ctx.day(r.randint(2, 9))
    msg = r.choice([("Elevator 3 out of service", "Elevator 3 in Pavilion B will be out of service for modernization "
                     f"from {C.fmt_date(d, 'en')} for two weeks. Participants with reduced mobility should use the "
                     "main lobby elevators."),
                    ("Parking lot P2 resurfacing", f"Lot P2 will be closed on {C.fmt_date(d, 'en')}. Research "
                     "participant parking vouchers remain valid in P4."),
                    ("Water shutdown - 3rd floor", f"Water will be shut off on the 3rd floor of Pavilion B on "
                     f"{C.fmt_date(d, 'en')} from 07:00 to 11:00.")])
    sp["subject"] = msg[0]
    sp["blocks"] = ["Hello,", msg[1], "Facilities Management\n800 boul. des Forges, Trois-Lacs QC\n819-555-0120"]
    return sp


def payroll_en(ctx):
    r = ctx.rng
    sp = neg(ctx, "payroll_notice", "payroll notice with blank form fields")
    sp["from"] = ("Payroll", "payroll@rive-boreale.example")
    H.add_to(sp, ("Research staff", "all-research@rive-boreale.example"))
    sp["subject"] = r.choice(["T4 and RL-1 slips available", "Direct deposit form - new employees", "Vacation pay reminder"])
    sp["blocks"] = ["Hello,", "New employees must return the direct deposit form to Payroll before their first pay.",
                    ("pre", "Employee name: ______________________\nEmployee no.: ________\n"
                            "SIN: ___ ___ ___\nDate of birth: ____-__-__\nBank transit/institution/account: __________"),
                    "Please hand-deliver the form; do not send your SIN by e-mail.", "Payroll, ext. 2100"]
    return sp


def staff_occ_health(ctx):
    r = ctx.rng
    sp = neg(ctx, "staff_occupational_health", "occupational-health clearance of a staff member")
    sp["from"] = ("Employee Health", "employee.health@rive-boreale.example")
    g, s = r.choice([("Jenna", "Walsh"), ("Grace", "Okonkwo"), ("Michael", "Ferreira"), ("Nicole", "Baptiste")])
    H.add_to(sp, ("Owen Prescott", C.addr_of("Owen", "Prescott")))
    kind = r.choice(["tb", "rtw", "fit"])
    if kind == "tb":
        sp["subject"] = f"TB screening - {g} {s} cleared"
        sp["blocks"] = ["Hello,", f"{g} {s} completed pre-placement TB screening (IGRA negative) and immunization review; "
                        "cleared to start patient-facing research duties.", "Employee Health"]
    elif kind == "rtw":
        sp["subject"] = f"Return to work plan - {g} {s}"
        sp["blocks"] = ["Hello,", f"{g} {s} is cleared to return on modified duties after knee surgery: no lifting over "
                        "10 kg, seated work preferred for 3 weeks.", "Please confirm you can accommodate.", "Employee Health"]
    else:
        sp["subject"] = "N95 fit testing schedule"
        sp["blocks"] = ["Hello,", f"Fit testing for the CRU is booked on {C.fmt_date(ctx.day(6), 'en')}. {g} {s} and two "
                        "others are overdue.", "Employee Health"]
    return sp


def staff_celebration(ctx):
    r = ctx.rng
    sp = neg(ctx, "staff_celebration", "staff baby or birthday announcement with dates")
    s1 = C.staff(r, "en")
    H.sender(sp, s1)
    H.add_to(sp, ("CRU team", "cru-team@rive-boreale.example"))
    if ctx.chance(0.5):
        g = r.choice(["Jenna", "Owen", "Hannah", "Amanda"])
        bb = r.choice(["Theo", "Maya", "Elliot", "Nora"])
        d = ctx.day(-r.randint(1, 5))
        sp["subject"] = f"Welcome baby {bb}!"
        sp["blocks"] = ["Hi everyone,", f"{g} had a baby! {bb} was born on {C.fmt_date(d, 'en')} at "
                        f"{r.randint(5, 9)} lb {r.randint(1, 15)} oz. Everyone is healthy and home.",
                        "Card and gift collection at the front desk until Friday.", s1["given"]]
    else:
        g = r.choice(["Peter Vandermeer", "Stephen Kerr", "Grace Okonkwo"])
        sp["subject"] = "Cake in the lounge at 3"
        sp["blocks"] = ["Hi all,", f"It's {g}'s birthday today (born {C.fmt_date(_dt.date(1974, ctx.when.month, min(ctx.when.day, 28)), 'en')}"
                        ", we have permission to share). Cake in the staff lounge at 3 pm.", s1["given"]]
    sp["force"] = {"structure": r.choice(["html", "alt", "plain"])}
    return sp


def blank_template(ctx):
    r = ctx.rng
    sp = neg(ctx, "mail_merge_template", "mail-merge consent and letter templates with placeholders")
    st = C.staff(r, "en", "regulatory")
    H.sender(sp, st)
    H.add_to(sp, ("CRU coordinators", "cru-coordinators@rive-boreale.example"))
    letter = [("kv", [("Patient", "{{participant_name}}"), ("Date of birth", "{{dob}}"), ("RAMQ no.", "{{nam}}"),
                      ("Address", "{{home_address}}")]),
              "Dear Dr. {{gp_name}},", "Your patient has agreed to take part in the study {{protocol}} ...",
              "Sincerely,\n{{pi_name}}"]
    sp["attachments"].append(A.att_docx("TEMPLATE_GP_letter_v2.docx", "Notification of participation (template)", letter,
                                        st["display"]))
    if ctx.chance(0.5):
        sp["attachments"].append(A.att_csv("merge_fields.csv", ["participant_name", "dob", "nam", "home_address", "gp_name"],
                                           [["<name>", "YYYY-MM-DD", "AAAA00000000", "<address>", "<gp>"]], "us-ascii", "7bit"))
    sp["subject"] = r.choice(["Updated GP letter template", "Mail merge template - please use v2", "Templates for the binder"])
    sp["blocks"] = ["Hi all,", "The GP notification template has been updated. Merge fields are in double braces; "
                    "only the merged letters should go in participant files.", ("sig", C.signature(st, "en", r), False)]
    return sp


def recall_en(ctx):
    r = ctx.rng
    sp = neg(ctx, "recall_notice", "device or drug recall with lot numbers")
    sp["from"] = ("Pharmacy Department", "pharmacy.notices@rive-boreale.example")
    H.add_to(sp, ("Clinical areas", "clinical-areas@rive-boreale.example"))
    prod = r.choice(["heparin 5000 units/mL vials", "IV infusion set model IV-220", "blood collection tubes 4 mL lithium heparin"])
    lots = ", ".join(f"{r.choice('LMNP')}{r.randint(100000, 999999)}" for _ in range(r.randint(2, 4)))
    sp["subject"] = f"RECALL: {prod}"
    sp["blocks"] = ["Recall notice (Type II)", f"The manufacturer is recalling {prod}, lots {lots}, due to labelling errors.",
                    "Quarantine affected stock and return to Pharmacy. No patient follow-up is required.",
                    "Pharmacy Department, ext. 2400"]
    return sp


def teaching_case_en(ctx):
    r = ctx.rng
    sp = neg(ctx, "teaching_case", "de-identified teaching case for rounds")
    key = r.choice(["onco", "hem", "pneumo"])
    pi = H.pi_of(ctx, key)
    H.sender(sp, pi)
    H.add_to(sp, ("Residents", "residents@rive-boreale.example"))
    case = {"onco": "A 64-year-old man with stage IV lung adenocarcinoma (KRAS G12C) develops ALT 5x ULN on cycle 2. "
                    "How would you manage and when would you rechallenge?",
            "hem": "A 71-year-old woman on day 3 after total knee arthroplasty has calf swelling and D-dimer 4.1. "
                   "Discuss diagnostic work-up and anticoagulation choices.",
            "pneumo": "A 58-year-old former smoker with FEV1 42% predicted has three exacerbations a year despite dual "
                      "bronchodilators. Is triple therapy justified?"}[key]
    sp["subject"] = r.choice(["Case for Thursday rounds", "Teaching case (de-identified)", "Rounds prep"])
    sp["blocks"] = ["Hi all,", "Case for this week's rounds (details changed, no identifiers):", case,
                    ("sig", C.signature(pi, "en", r), False)]
    return sp


def monitoring_schedule(ctx):
    r = ctx.rng
    sp = neg(ctx, "monitoring_visit_schedule", "monitoring visit scheduling with room booking")
    sp["from"] = H.CRO_CRA
    key = r.choice(["cardio", "onco", "endo"])
    H.add_to(sp, ("Michael Ferreira", C.addr_of("Michael", "Ferreira")))
    d = ctx.day(r.randint(7, 20))
    start = _dt.datetime.combine(d, _dt.time(9, 0))
    sp["subject"] = f"Interim monitoring visit - {H.AREA[key]['proto']} - {C.fmt_date(d, 'en')}"
    sp["blocks"] = ["Hi Michael,", f"Confirming the interim monitoring visit for {H.AREA[key]['proto']} on {C.fmt_date(d, 'en')}, "
                    "9:00-16:00. I'll need a room with EMR read-only access, the ISF and the pharmacy accountability logs.",
                    "I'll also meet the PI for 30 minutes at 14:00 if possible.", "Laura Chambers, CRA\nNorthfield CRO\n"
                    "Mobile 514-555-0163"]
    sp["attachments"].append(A.att_ics("IMV.ics", A.ics(f"{C.hexid(r, 16)}@northfield-cro.example",
                                                         f"IMV {H.AREA[key]['proto']} site 014", start,
                                                         start + _dt.timedelta(hours=7), "CRU, Pavilion B",
                                                         "Interim monitoring visit", H.CRO_CRA,
                                                         _dt.datetime(ctx.when.year, ctx.when.month, ctx.when.day, 13, 0, 0),
                                                         [("Michael Ferreira", C.addr_of("Michael", "Ferreira"))]),
                                      r.choice(["7bit", "base64"])))
    return sp


def budget_negotiation(ctx):
    r = ctx.rng
    sp = neg(ctx, "budget_negotiation", "per-visit budget negotiation with sponsor")
    sp["from"] = ("Peter Vandermeer", C.addr_of("Peter", "Vandermeer"))
    H.add_to(sp, ("Elena Ruiz", "elena.ruiz@northfield-cro.example"))
    proto = H.AREA[r.choice(["cardio", "pneumo", "hem"])]["proto"]
    rows = [["Screening", "540", "720"], ["Randomization", "980", "1250"], ["Follow-up visit", "410", "520"],
            ["Screen failure", "250", "400"], ["SAE reporting (per event)", "0", "150"]]
    sp["subject"] = f"{proto} site budget - counter-proposal"
    sp["blocks"] = ["Hi Elena,", f"Thanks for the draft budget for {proto}. Our counter-proposal is below (CAD, before overhead).",
                    ("table", ["Item", "Sponsor offer", "Site request"], rows),
                    "Overhead is 30% per institutional policy. Start-up fee of $4,500 is non-refundable.",
                    "Peter Vandermeer\nFinance officer, research\n819-555-0100 ext. 2288"]
    return sp


def susar_listing(ctx):
    r = ctx.rng
    key = r.choice(["onco", "cardio", "endo"])
    a = H.AREA[key]
    sp = neg(ctx, "susar_line_listing", "quarterly SUSAR line listing with coded subjects only")
    sp["from"] = ("Daniel Kessler", "daniel.kessler@velapharm.example")
    H.add_to(sp, H.pi_of(ctx, key))
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append([f"{r.choice(['101', '205', '318', '402', '511'])}-{r.randint(1, 90):04d}",
                     r.choice(["F", "M"]), r.choice(["50-59", "60-69", "70-79"]), r.choice(a["ae"])[1],
                     r.choice(["recovered", "recovering", "fatal", "unknown"]), r.choice(["possible", "probable"])])
    hdr = ["Subject", "Sex", "Age band", "Event", "Outcome", "Causality"]
    sp["subject"] = f"Quarterly SUSAR line listing - {a['proto']} - Q{(ctx.when.month - 1) // 3 + 1}"
    sp["blocks"] = ["Dear Investigator,", f"Please find the quarterly line listing of SUSARs for {a['proto']} (all sites). "
                    "Subjects are identified by study code only. Please file in the ISF and forward to your REB as required.",
                    "Daniel Kessler, PhD\nPharmacovigilance Scientist"]
    sp["attachments"].append(A.att_xlsx(f"{a['proto']}_SUSAR_listing.xlsx", [("listing", hdr, rows)], "VelaPharm PV"))
    return sp


def kit_inventory(ctx):
    r = ctx.rng
    sp = neg(ctx, "kit_inventory", "lab kit and study drug inventory with lot and kit numbers")
    st = C.staff(r, "en", "pharmacist")
    H.sender(sp, st)
    H.add_to(sp, ("Thomas Huang", "thomas.huang@aurora-centrallab.example"))
    rows = [[f"KIT-{r.choice('ABC')}-{r.randint(10000, 99999)}", f"LOT{r.randint(1000, 9999)}",
             ctx.day(r.randint(30, 400)).isoformat(), r.choice(["on shelf", "quarantine", "expired"])] for _ in range(8)]
    sp["subject"] = "Kit inventory and resupply request"
    sp["blocks"] = ["Hi Thomas,", "Current inventory is attached. Please resupply 10 screening kits; 3 kits expire this month.",
                    ("sig", C.signature(st, "en", r), False)]
    sp["attachments"].append(A.att_csv("kit_inventory.csv", ["kit_id", "lot", "expiry", "status"], rows,
                                       "us-ascii", r.choice(["7bit", "base64"])))
    return sp


def conference_programme(ctx):
    r = ctx.rng
    sp = neg(ctx, "conference_programme", "conference programme with speakers and disease topics")
    sp["from"] = ("Quebec Clinical Trials Forum", "forum@qctf.example")
    H.add_to(sp, ("CRU staff", "cru-team@rive-boreale.example"))
    rows = [["09:00", "Dr. Rachel Goldstein", "Targeting KRAS in lung cancer: trial design lessons"],
            ["09:45", "Dr. Ian Whitaker", "Exacerbation endpoints in COPD trials"],
            ["10:30", "Dr. Tariq Siddiqui", "Enrolling patients with CKD: eligibility pitfalls"],
            ["11:15", "Dr. Hannah Lindgren", "Decentralized visits for older adults with heart failure"],
            ["13:30", "Panel", "Consent and capacity in emergency research"]]
    sp["subject"] = "Programme - Quebec Clinical Trials Forum"
    sp["blocks"] = ["Quebec Clinical Trials Forum - programme", ("table", ["Time", "Speaker", "Topic"], rows),
                    "Venue: Centre des congrès de Trois-Lacs, 1000 rue du Fleuve. Registration: forum@qctf.example."]
    sp["force"] = {"structure": r.choice(["html", "alt"])}
    return sp


def shipping_notice(ctx):
    r = ctx.rng
    sp = neg(ctx, "shipping_notice", "courier shipping notice for samples with tracking numbers")
    sp["from"] = ("Courier notifications", "no-reply@swiftship.example")
    H.add_to(sp, ("Victor Achebe", C.addr_of("Victor", "Achebe")))
    trk = luhn_serial(r, 12)
    sp["subject"] = f"Shipment {trk} picked up"
    sp["blocks"] = ["Your shipment has been picked up.", ("pre", f"Tracking: {trk}\nService: Priority overnight, dry ice 5 kg\n"
                    f"From: Research biobank, Pavilion B\nTo: Aurora Central Laboratory, Mississauga ON\nPieces: 1\n"
                    f"Temperature logger: {luhn_serial(r, 9)}"), "Do not reply to this message."]
    return sp


def sponsor_contact(ctx):
    r = ctx.rng
    sp = neg(ctx, "sponsor_contact_card", "sponsor contact card shared with the team")
    st = C.staff(r, "en", "coordinator")
    H.sender(sp, st)
    H.add_to(sp, ("CRU coordinators", "cru-coordinators@rive-boreale.example"))
    g, s, dom, title = r.choice(C.SPONSOR_PEOPLE)
    sp["subject"] = f"New contact for {r.choice(['VelaPharm', 'Northfield'])} studies"
    sp["blocks"] = ["Hi all,", f"{g} {s} replaces our previous contact as of next month. Contact card attached.", st["given"]]
    vc = A.vcard(f"{g} {s}", f"{s};{g};;;", tel=[("WORK", "514-555-0177"), ("CELL", "514-555-0178")],
                 email=f"{g.lower()}.{s.lower()}@{dom}", org=dom.split(".")[0], title=title)
    sp["attachments"].append(A.att_vcf(f"{g} {s}.vcf", vc, r.choice(["7bit", "quoted-printable", "base64"])))
    return sp


def sop_zip(ctx):
    r = ctx.rng
    sp = neg(ctx, "sop_package", "ZIP of standard operating procedures")
    st = C.staff(r, "en", "regulatory")
    H.sender(sp, st)
    H.add_to(sp, ("CRU team", "cru-team@rive-boreale.example"))
    sops = [("SOP-CRU-004 Informed consent.docx", A.docx("SOP-CRU-004 Informed consent",
             ["Purpose: describe the consent process.", "Scope: all interventional studies.",
              "Procedure: verify the REB-approved version; allow time for questions; file original in the ISF."], st["display"])),
            ("SOP-CRU-011 SAE reporting.pdf", A.pdf("SOP-CRU-011 SAE reporting",
             ["Report SAEs to the sponsor within 24 hours of awareness.", "Use study codes only; never include names."], True)),
            ("training_log_blank.csv", "name,sop,version,date,signature\n".encode("ascii"))]
    sp["attachments"].append(A.att_zip("CRU_SOPs_2024.zip", sops))
    sp["subject"] = "Updated SOPs - please read and sign the training log"
    sp["blocks"] = ["Hi all,", "Attached are the revised SOPs effective next Monday. Sign the training log by Friday.",
                    ("sig", C.signature(st, "en", r), False)]
    return sp


TEMPLATES = [reb_agenda, enrolment_dashboard, newsletter_en, job_posting_en, invoice_central_lab, purchase_order_en,
             it_outage, facilities, payroll_en, staff_occ_health, staff_celebration, blank_template, recall_en,
             teaching_case_en, monitoring_schedule, budget_negotiation, susar_listing, kit_inventory,
             conference_programme, shipping_notice, sponsor_contact, sop_zip]
