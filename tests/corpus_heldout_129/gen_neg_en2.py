"""Non-confidential messages in English (part 2): invoices, purchase orders, inventories, IT, facilities,
aggregate statistics, teaching cases, blank forms and templates, shortages and recalls, research."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, Spec
from gen_neg_common import VENDORS, email_of, grp, luhn10, luhn9, mod97_11, person

S, X = G.S, G.X
ALL_STAFF = "all.staff@" + G.DOMAIN


def invoice(c):
    v = c.serial % 3
    ven = VENDORS[2] if v != 1 else VENDORS[1]
    no = f"INV-{c.r(100000, 999999)}"
    rows = [[f"SKU {c.r(10000, 99999)}", c.ch(["Infusion sets 6 mm (box 10)", "Reservoirs 3 mL (box 10)"]), str(c.r(2, 10)),
             f"${c.r(90, 400)}.00"],
            [f"SKU {c.r(10000, 99999)}", "Sharps containers 1.4 L", str(c.r(6, 24)), f"${c.r(30, 90)}.00"],
            [f"SKU {c.r(10000, 99999)}", "Demo CGM applicators (no sensor)", str(c.r(5, 20)), "$0.00"]]
    kv = [("Invoice #", no), ("Invoice date", c.today.isoformat()), ("Account #", f"{c.r(100000, 999999)}"),
          ("Bill to", G.ORG_EN), ("Ship to", G.ORG_ADDR_EN), ("PO #", f"PO-{c.r(7000, 7999)}"),
          ("Terms", "Net 30"), ("GST/HST #", f"{c.r(100000000, 999999999)} RT0001")]
    if v == 2:
        x = A.xlsx([("Invoice", ["Field", "Value"], kv), ("Lines", ["SKU", "Description", "Qty", "Amount"], rows)])
        blocks = ["Hello,", f"Invoice {no} attached in Excel format as requested by your accounts payable.",
                  "Accounts Receivable", ven[0]]
        return c.spec("invoice", "supplier invoice spreadsheet", ven, [("Accounts Payable", "ap@" + G.DOMAIN)],
                      f"Invoice {no}", blocks, conf=False, atts=[Att(f"{no}.xlsx", "xlsx", x)])
    pdfb = A.pdf(f"{ven[0]} - INVOICE", [("kv", kv), ("table", ["SKU", "Description", "Qty", "Amount"], rows),
                                        f"Amount due: ${c.r(300, 1500)}.{c.r(10, 99)}"], compress=c.rng.random() < 0.5)
    blocks = ["Hello,", f"Please find invoice {no} attached. Remit by EFT to the account on file.", "Accounts Receivable",
              ven[0]]
    return c.spec("invoice", "supplier invoice pdf", ven, [("Accounts Payable", "ap@" + G.DOMAIN)], f"Invoice {no}",
                  blocks, conf=False, atts=[Att(f"Invoice_{no}.pdf", "pdf", pdfb)])


def purchase(c):
    v = c.serial % 3
    buyer = S["ellery"]
    po = f"PO-{c.r(7000, 7999)}"
    if v == 0:
        rows = [["Blood glucose meter (loaner)", "10", grp(luhn9(c), [3, 3, 3], "-")],
                ["Blood glucose meter (loaner)", "", grp(luhn9(c), [3, 3, 3], "-")],
                ["Ketone meter", "2", grp(luhn9(c), [3, 3, 3], "-")]]
        blocks = ["Hi,", f"{po} below. For warranty registration, serial numbers of the units already received:",
                  ("table", ["Item", "Qty", "Serial #"], rows), c.sig(buyer)]
        return c.spec("purchase_order", "purchase order listing meter serial numbers", buyer, [VENDORS[2]], po, blocks,
                      conf=False, fmt=c.ch([None, "html"]))
    if v == 1:
        blocks = ["Hi,", f"Please process {po}: 8 x nasal glucagon 3 mg (demo/teaching), 4 x glucagon emergency kits "
                  "for the clinic crash carts. Distributor order reference " + grp(mod97_11(c), [2, 2, 2, 3, 2], ".") + ".",
                  "Deliver to Suite 300, attention Mark Ellery.", c.sig(buyer, True)]
        return c.spec("purchase_order", "glucagon order for crash carts", buyer, [VENDORS[0]], f"{po} - glucagon",
                      blocks, conf=False)
    rows = [["Exam table paper", "24"], ["Monofilaments 10 g", "50"], ["Tuning forks 128 Hz", "4"], ["Scale batteries", "12"]]
    csvt = A.csv_text(["Item", "Qty"], rows, ",")
    blocks = ["Hi,", f"Monthly clinic supplies order ({po}) attached.", c.sig(buyer, True)]
    return c.spec("purchase_order", "clinic supplies order csv", buyer, [VENDORS[2]], po, blocks, conf=False,
                  atts=[Att(f"{po}.csv", "csv", csvt, charset="us-ascii")])


def inventory(c):
    v = c.serial % 3
    if v == 0:
        rows = [[c.ch(["Omnipod 5 PDM (demo)", "t:slim X2 (demo)", "Dexcom G7 receiver"]), luhn9(c),
                 c.ch(["Room 2", "Cabinet B", "On loan - school training"]), c.ch(["OK", "OK", "battery swollen - retire"])]
                for _ in range(6)]
        x = A.xlsx([("Devices", ["Device", "Serial", "Location", "Condition"], rows)])
        blocks = ["Mark,", "Annual device inventory attached (demo pumps and receivers only).", c.sig(S["whitmore"], True)]
        return c.spec("inventory", "demo device inventory with serial numbers", S["whitmore"], [S["ellery"]],
                      "Device inventory", blocks, conf=False, atts=[Att("device_inventory.xlsx", "xlsx", x)])
    if v == 1:
        rows = [[f"LAPTOP-{c.r(100, 999)}", grp(luhn10(c), [4, 3, 3], " "), c.ch(["Education", "Reception", "Pump clinic"])]
                for _ in range(5)]
        blocks = ["Asset tags for the laptops going out for re-imaging:", ("table", ["Host", "Asset tag", "Dept"], rows),
                  c.sig(S["dionne"], True)]
        return c.spec("inventory", "laptop asset tags for re-imaging", S["dionne"], [S["ellery"]], "Laptops - asset tags",
                      blocks, conf=False, fmt=c.ch(["plain", "html"]))
    rows = [[c.ch(["Libre 3 sensor", "G7 sensor", "Pen needles 4 mm", "Lancets"]),
             f"{c.ch('KLMNP')}{c.r(100000, 999999)}", c.later(20, 300).isoformat(), str(c.r(0, 50))] for _ in range(7)]
    zb = A.zip_members([("samples.csv", A.csv_text(["Product", "Lot", "Expiry", "Qty"], rows, ",").encode()),
                        ("README.txt", b"Sample stock count - education rooms. No patient data.\r\n")])
    blocks = ["Hi,", "Quarterly sample count zipped as the shared drive is down.", c.sig(S["ohara"], True)]
    return c.spec("inventory", "zipped sample stock count", S["ohara"], [S["ellery"]], "Sample count", blocks,
                  conf=False, atts=[Att("sample_count.zip", "zip", zb)])


def it_mail(c):
    v = c.serial % 4
    it = S["dionne"]
    if v == 0 and c.serial >= 3:
        blocks = ["Hello,", "Windows passwords now expire every 180 days. You will get a prompt 14 days before; "
                  "please don't reuse old passwords. The service desk can help at ext. 2280.", c.sig(it)]
        return c.spec("it", "password expiry policy notice", it, [(None, ALL_STAFF)], "Password expiry - new policy",
                      blocks, conf=False, fmt=c.ch(["html", "alt"]))
    if v == 0:
        blocks = ["Hello,", "We're moving to multi-factor authentication for webmail next Monday. Install the "
                  "authenticator app on your work phone before then. Instructions on the intranet.", c.sig(it)]
        return c.spec("it", "multi-factor authentication rollout", it, [(None, ALL_STAFF)], "MFA rollout", blocks, conf=False)
    if v == 1:
        blocks = ["Hi,", "The pump upload kiosk in room 3 was re-imaged. If Clarity or Glooko asks you to sign in, use "
                  "the clinic account (not your own). Printer 'EDU-3' has been re-added.", c.sig(it, True)]
        return c.spec("it", "upload kiosk re-imaged", it, [(None, "nursing@" + G.DOMAIN)], "Room 3 kiosk", blocks,
                      conf=False, fmt=c.ch(["html", None]))
    if v == 2:
        inner = Spec("it", "en", False, "", ("Vendor Support", "support@diabetotech.example"), [it],
                     "Scheduled maintenance - cloud portal",
                     ["Dear customer,", "Our clinic cloud portal will be unavailable Sunday 02:00-04:00 ET for maintenance.",
                      "Diabeto-Tech Support"])
        blocks = ["FYI - see the vendor notice attached.", it.given]
        return c.spec("it", "forwarded vendor maintenance notice", it, [(None, ALL_STAFF)], "FW: Scheduled maintenance",
                      blocks, conf=False, atts=[Att("Scheduled maintenance.eml", "eml", inner=inner)])
    blocks = ["Hi all,", "Reminder: do not email spreadsheets with patient information outside the organisation. Use "
              "the secure file transfer for external partners (link on the intranet).", c.sig(it)]
    return c.spec("it", "reminder about secure file transfer", it, [(None, ALL_STAFF)], "Secure file transfer reminder",
                  blocks, conf=False)


def facilities(c):
    v = c.serial % 3
    fm = S["caouette"]
    d = c.later(2, 14)
    if v == 0:
        blocks = ["Hello,", f"Elevator 2 will be out of service on {c.day(d)} for inspection. Patients using "
                  "wheelchairs should be directed to elevator 1 near the pharmacy.", c.sig(fm)]
        subj = "Elevator 2 out of service"
    elif v == 1:
        blocks = ["Hi,", "HVAC work in the education rooms this weekend. Please clear the counters in rooms 2 and 3 "
                  "before leaving Friday.", c.sig(fm, True)]
        subj = "HVAC work - clear counters"
    else:
        blocks = ["Hello,", "New parking permits for 2025 are available at reception. Old permits expire at the end of "
                  "the month. Patient parking remains free for visits over 2 hours (validate at reception).", c.sig(fm)]
        subj = "Parking permits"
    return c.spec("facilities", "facilities notice", fm, [(None, ALL_STAFF)], subj, blocks, conf=False,
                  fmt=c.ch([None, "plain", "alt"]))


def stats(c):
    v = c.serial % 3
    if v == 0:
        rows = [[q, str(c.r(180, 320)), str(c.r(40, 90)), f"{c.u(7.3, 8.2):.1f}", f"{c.r(58, 75)}%"]
                for q in ("Q1", "Q2", "Q3", "Q4")]
        blocks = ["Hi,", "Quarterly dashboard (aggregate, no identifiers):",
                  ("table", ["Quarter", "Active T1D", "New referrals", "Mean A1c %", "Retinal screening up to date"], rows),
                  c.sig(S["ellery"], True)]
        return c.spec("statistics", "quarterly aggregate dashboard", S["ellery"], [S["prefontaine"], S["gallagher"]],
                      "Quarterly dashboard", blocks, conf=False, fmt=c.ch(["html", "alt", "plain"]))
    if v == 1:
        x = A.xlsx([("GDM", ["Month", "Referrals", "Insulin started", "Postpartum OGTT done"],
                     [[G.EN_MONTHS[m], c.r(5, 15), c.r(1, 6), c.r(1, 9)] for m in range(12)])])
        blocks = ["Hello,", "Annual GDM program numbers attached for the board report.", c.sig(S["saintonge"], True)]
        return c.spec("statistics", "annual gestational diabetes programme counts", S["saintonge"], [S["ellery"]],
                      "GDM program - annual numbers", blocks, conf=False, atts=[Att("GDM_annual.xlsx", "xlsx", x)])
    blocks = ["Hi team,", f"Survey results: {c.r(120, 200)} patient satisfaction surveys returned; 92% rated education "
              "sessions 'very helpful'; most common request: evening group classes.", c.sig(S["ellery"], True)]
    return c.spec("statistics", "patient satisfaction survey summary", S["ellery"], [(None, ALL_STAFF)],
                  "Satisfaction survey results", blocks, conf=False)


def teaching(c):
    v = c.serial % 3
    doc = c.ch([S["gallagher"], S["raghunathan"], S["benslimane"]])
    if v == 0:
        blocks = ["Residents,", "Case for Thursday's teaching (fictional):",
                  f"A {c.r(13, 16)}-year-old with type 1 diabetes presents with vomiting, glucose 28, pH 7.08, "
                  "bicarbonate 6. Weight 52 kg.",
                  ("list", ["Fluid plan for the first 4 hours?", "When do you start insulin, and at what rate?",
                            "Cerebral edema - risk factors and monitoring?"]), c.sig(doc, True)]
        return c.spec("teaching_case", "fictional paediatric DKA teaching case", doc,
                      [("Residents", "residents@" + G.HOSP_DOM)], "Teaching case - DKA", blocks, conf=False)
    if v == 1:
        d = A.docx("Insulin dosing quiz - nurses", [
            "1. A patient on glargine 30 units has fasting readings of 9-11 for a week with no lows. What is the next step?",
            "2. Calculate the mealtime dose: ICR 1:12, ISF 2.5, target 6.0, glucose 11.0, meal 60 g.",
            "3. List three causes of unexplained hypoglycaemia in an older adult."])
        blocks = ["Hi all,", "Quiz for the education day attached (answers on the shared drive).", c.sig(S["whitmore"], True)]
        return c.spec("teaching_case", "insulin dosing quiz without patients", S["whitmore"], [(None, "nursing@" + G.DOMAIN)],
                      "Quiz - insulin dosing", blocks, conf=False, atts=[Att("insulin_quiz.docx", "docx", d)])
    blocks = ["Journal club", "This month: meta-analysis of CGM in non-insulin-treated type 2 diabetes (n=2,138). "
              "Presenter: Dr. Benslimane. Friday 12:15, Pignon room.", c.sig(S["benslimane"], True)]
    return c.spec("teaching_case", "journal club notice", S["benslimane"], [(None, ALL_STAFF)], "Journal club Friday",
                  blocks, conf=False, fmt="html")


def blank_forms(c):
    v = c.serial % 3
    if v == 0:
        pdfb = A.pdf("Diabetes Medical Report - Driver Licensing (blank)", [
            ("kv", [("Name", "____________________"), ("DOB (YYYY-MM-DD)", "__________"), ("Health card #", "__________"),
                    ("Licence class", "______"), ("Address", "____________________")]),
            ("h", "Section 3 - Hypoglycaemia"), "Severe hypoglycaemia in past 12 months? [ ] No [ ] Yes, date: ______",
            ("kv", [("Physician signature", "____________"), ("Date", "______")])], compress=c.rng.random() < 0.5)
        blocks = ["Hi,", "Blank driver medical form (current version) for the clinic binders.", c.sig(S["ohara"], True)]
        return c.spec("blank_form", "blank driver medical form", S["ohara"], [(None, "clerks@" + G.DOMAIN)],
                      "Blank driver medical form", blocks, conf=False, atts=[Att("driver_medical_blank.pdf", "pdf", pdfb)])
    if v == 1:
        blocks = ["Mail merge template for recall letters:",
                  ("pre", "Dear {{first_name}} {{last_name}},\n\nOur records show your last A1c was on {{last_a1c_date}}. "
                          "Please have blood work done before your next visit on {{appt_date}}.\n\nDOB on file: {{dob}}\n"
                          "Health card: {{health_card}}\n\nTrois-Pignons Diabetes & Endocrinology Centre"),
                  "Please don't edit the placeholders.", c.sig(S["ohara"], True)]
        return c.spec("template", "recall letter mail-merge template", S["ohara"], [S["vezina"], S["lamontagne"]],
                      "Recall letter template", blocks, conf=False)
    files = [("school_plan_template.docx", A.docx("Diabetes Care Plan - School (template)",
                                                  [("kv", [("Student", "________"), ("DOB", "________"), ("Grade", "___")]),
                                                   "Low: give 15 g fast sugar..."])),
             ("consent_cloud_upload_blank.pdf", A.pdf("Consent - cloud sharing of device data (blank)",
                                                      [("kv", [("Patient name", "__________"), ("Signature", "__________")])]))]
    zb = A.zip_members(files)
    blocks = ["Hi,", "Zipped set of blank templates for the new binder.", c.sig(S["kowalczyk"], True)]
    return c.spec("template", "zip of blank templates", S["kowalczyk"], [(None, "nursing@" + G.DOMAIN)],
                  "Blank templates", blocks, conf=False, atts=[Att("templates_blank.zip", "zip", zb)])


def shortage(c):
    v = c.serial % 3
    ph = S["harbec"]
    if v == 0:
        blocks = ["Hello,", "Health Products notice: intermittent shortage of insulin lispro 200 units/mL pens until "
                  "next quarter. 100 units/mL remains available. Dose conversion is 1:1 in units.", c.sig(ph)]
        return c.spec("drug_shortage", "insulin lispro pen shortage notice", ph, [(None, ALL_STAFF)],
                      "Shortage - lispro U-200", blocks, conf=False)
    if v == 1:
        lots = [f"{c.ch('ABCDE')}{c.r(1000, 9999)}{c.ch('XYZ')}" for _ in range(3)]
        blocks = ["RECALL NOTICE", "Voluntary recall of insulin pump infusion sets, lots:", ("list", lots),
                  "Possible occlusion without alarm. Check demo stock and remove affected lots. Patients are being "
                  "contacted by the manufacturer directly.", c.sig(ph, True)]
        return c.spec("recall", "infusion set lot recall", ph, [(None, ALL_STAFF)], "Recall - infusion sets", blocks,
                      conf=False, fmt=c.ch(["html", "alt"]))
    blocks = ["Hi,", "Dulaglutide 4.5 mg back in stock at the regional wholesaler as of today.", c.sig(ph, True)]
    return c.spec("drug_shortage", "shortage resolved notice", ph, [(None, ALL_STAFF)], "Back in stock - dulaglutide",
                  blocks, conf=False)


def research(c):
    v = c.serial % 3
    if v == 0:
        pdfb = A.pdf("Study Synopsis - SCHOOL-T1D", [
            ("h", "Aim"), "Evaluate a school staff training program on glucose management in children with type 1 diabetes.",
            ("h", "Population"), "Children 5-12 years with T1D attending participating schools; school staff.",
            ("h", "Outcomes"), "Time in range during school hours; staff confidence scores."], compress=True)
        blocks = ["Hi all,", "Study synopsis attached for your information. Recruitment opens in the fall.",
                  c.sig(S["raghunathan"], True)]
        return c.spec("research", "study synopsis without participants", S["raghunathan"], [(None, ALL_STAFF)],
                      "SCHOOL-T1D study synopsis", blocks, conf=False, atts=[Att("SCHOOL-T1D_synopsis.pdf", "pdf", pdfb)])
    if v == 1:
        blocks = ["Dear investigators,", "Annual renewal for REB-2023-077 is due next month. Please submit the progress "
                  "report (enrolment numbers only) and updated consent forms.", "REB Office"]
        return c.spec("research", "research ethics board renewal reminder", ("REB Office", "reb@" + G.HOSP_DOM),
                      [S["gallagher"], S["raghunathan"]], "REB renewal due", blocks, conf=False)
    rows = [["Screened", str(c.r(60, 120))], ["Eligible", str(c.r(40, 60))], ["Randomised", str(c.r(20, 40))],
            ["Withdrawn", str(c.r(0, 5))]]
    blocks = ["Recruitment update (aggregate):", ("table", ["Stage", "n"], rows), c.sig(S["gallagher"], True)]
    return c.spec("research", "aggregate study recruitment update", S["gallagher"], [(None, ALL_STAFF)],
                  "Recruitment update", blocks, conf=False)
