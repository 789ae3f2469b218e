"""Non-confidential English messages: procurement, payables, HR, notices (hard negatives)."""
import datetime

from gen_clin import DX, PROC
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_neg_fr import iban
from gen_spec import ORG_ADDR_EN, ORG_EN

VENDORS = [("NorthBay Medical Supply Ltd.", "northbaymed.example"), ("Keystone Surgical Inc.", "keystonesurgical.example"),
           ("Pinecrest Diagnostics", "pinecrestdx.example"), ("Aurora Renal Products", "aurorarenal.example"),
           ("Tidewater Office Solutions", "tidewateroffice.example")]
PARTS = [("Nitrile exam gloves, L (box/100)", 8.20), ("Infusion set, 20 drops/mL", 3.05), ("Syringe 3 mL Luer slip (box/100)", 14.90),
         ("Hemodialysis bloodline set", 11.75), ("Foley catheter 16 Fr", 4.40), ("Sterile drape 60x90", 2.15),
         ("Printer toner HP 89X", 219.00), ("Thermal paper rolls (case)", 64.50), ("Glucose test strips (box/50)", 21.30),
         ("Wound dressing, silicone foam 10x10", 5.60)]


def vendor_invoice(m):
    ctx, r = m.ctx, m.ctx.rng
    v, dom = r.choice(VENDORS)
    rep = ctx.staff("en")
    no = "INV-%06d" % r.randrange(10 ** 6)
    po = "PO%d%05d" % (m.date.year % 100, r.randrange(10 ** 5))
    rows = [["Item", "Lot / Serial", "Qty", "Unit", "Ext."]]
    tot = 0
    for it in r.sample(PARTS, r.randint(3, 6)):
        q = r.choice([6, 12, 24, 100])
        tot += q * it[1]
        rows.append([it[0], ctx.luhn_serial(10), q, "%.2f" % it[1], "%.2f" % (q * it[1])])
    paras = ["Invoice %s    PO %s" % (no, po), "Bill to: %s, Accounts Payable, %s" % (ORG_EN, ORG_ADDR_EN),
             "Customer account: %d    Terms: Net 45" % r.randint(100000, 999999), "Subtotal: $%.2f   GST: $%.2f   QST: $%.2f" % (tot, tot * 0.05, tot * 0.09975)]
    kind = r.choice(["pdf", "pdf", "xlsx"])
    if kind == "pdf":
        m.atts.append(dict(kind="pdf", filename="%s.pdf" % no, data=make_pdf("INVOICE - " + v, paras, [[str(c) for c in x] for x in rows], footer=v)))
    else:
        m.atts.append(dict(kind="xlsx", filename="%s.xlsx" % no, data=make_xlsx([("Invoice", [[p] for p in paras] + rows)])))
    blocks = ["Hello,", "Please find attached invoice %s for PO %s. Payment is due within 45 days." % (no, po),
              "Remit to: %s, P.O. Box %d, Station A, Toronto ON. Questions: %s." % (v, r.randint(1000, 9999), ctx.phone("416")),
              "Thank you for your business,", "%s %s\nAccounts Receivable\n%s" % (rep.given, rep.surname, v)]
    return m.spec("Invoice %s (PO %s)" % (no, po), blocks, (rep.given + " " + rep.surname, ctx.email(rep, dom)),
                  [("Accounts Payable", "ap@chrvc.example")], "vendor invoice with lot numbers")


def purchase_order(m):
    ctx, r = m.ctx, m.ctx.rng
    v, dom = r.choice(VENDORS)
    me = ctx.staff("en")
    po = "PO%d%05d" % (m.date.year % 100, r.randrange(10 ** 5))
    rows = [["Line", "Catalogue #", "Description", "Qty", "Price"]]
    for i, it in enumerate(r.sample(PARTS, r.randint(2, 5))):
        rows.append([i + 1, "%s-%05d" % (r.choice(["NB", "KS", "AR"]), r.randrange(10 ** 5)), it[0], r.choice([5, 10, 20]), "%.2f" % it[1]])
    m.atts.append(dict(kind=r.choice(["xlsx", "pdf"]), filename=po, data=None))
    a = m.atts[-1]
    if a["kind"] == "xlsx":
        a["filename"] += ".xlsx"
        a["data"] = make_xlsx([(po, rows)])
    else:
        a["filename"] += ".pdf"
        a["data"] = make_pdf("Purchase Order " + po, ["Ship to: Central Stores, %s" % ORG_ADDR_EN, "Deliver by: %s" % m.d(m.after(5, 20), "%Y-%m-%d")], [[str(c) for c in x] for x in rows])
    blocks = ["Hi,", "Please process the attached PO %s. Quote the PO number on the packing slip and invoice or the delivery will be refused at the dock." % po,
              m.sig(me, "proc")]
    return m.spec("Purchase Order %s" % po, blocks, m.addr(me), [("Orders", "orders@" + dom)], "purchase order")


def rfq(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    item = r.choice(["portable ultrasound units (qty 3)", "bariatric beds (qty 6)", "dialysis chairs (qty 12)", "patient lifts, ceiling-mounted (qty 8)"])
    blocks = ["Good afternoon,", "We are requesting quotations for %s, including delivery, installation, training and 5-year service." % item,
              "Please submit by %s at 2:00 p.m. (EST). Include lead time, warranty terms and your GPO contract number if applicable." % m.d(m.after(10, 25)),
              "Technical questions go to Biomedical Engineering, not to clinical staff.", m.sig(me, "proc")]
    return m.spec("RFQ - %s" % item.split(" (")[0], blocks, m.addr(me), [(v, "sales@" + d) for v, d in r.sample(VENDORS, 3)],
                  "request for quotation")


def credit_memo(m):
    ctx, r = m.ctx, m.ctx.rng
    v, dom = r.choice(VENDORS)
    rep, ap = ctx.staff("en"), ctx.staff("en")
    cm = "CM-%05d" % r.randrange(10 ** 5)
    blocks = ["Hi %s," % ap.given, "Credit memo %s for %s has been issued against invoice INV-%06d (damaged cartons, recall of lot %s)." % (cm, m.money(ctx.amount(100, 4000)), r.randrange(10 ** 6), ctx.luhn_serial(9)),
              "Please apply it to your next payment run.", "Regards,", "%s %s | %s" % (rep.given, rep.surname, v)]
    return m.spec("Credit memo %s" % cm, blocks, (rep.given + " " + rep.surname, ctx.email(rep, dom)), [m.addr(ap)], "supplier credit memo")


def _aba(r):
    while True:
        d = [r.randrange(10) for _ in range(8)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def vendor_setup(m):
    ctx, r = m.ctx, m.ctx.rng
    me, buyer = ctx.staff("en"), ctx.staff("en")
    v = r.choice(["Lakeside Imaging Services LLC", "Great Plains Biologics Inc.", "Meridian Sterile Processing Co."])
    blocks = ["Hi %s," % buyer.given, "The new vendor file is set up:",
              "Vendor: %s\nVendor #: V%06d\nRemit: ACH, routing %s, account ending %04d\nIBAN (EUR payments): %s\nTax ID: %02d-%07d\nTerms: Net 30"
              % (v, r.randrange(10 ** 6), _aba(r), r.randrange(10 ** 4), iban(r, "DE", 22), r.randrange(100), r.randrange(10 ** 7)),
              "Banking details were verified by call-back to the number on the W-9.", m.sig(me, "ap")]
    return m.spec("New vendor setup - %s" % v, blocks, m.addr(me), [m.addr(buyer)], "new vendor banking setup")


def payment_run(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["Vendor", "Invoice", "Amount", "Method"]]
    for v, _ in r.sample(VENDORS, 4):
        rows.append([v, "INV-%06d" % r.randrange(10 ** 6), "%.2f" % ctx.amount(300, 60000), r.choice(["EFT", "Cheque", "Wire"])])
    m.atts.append(dict(kind="csv", filename="payment_run_%s.csv" % m.d(fmt="%Y%m%d"), data=make_csv(rows), charset="utf-8"))
    blocks = ["Hi,", "Payment run for %s is ready for approval (%d payments). Register attached." % (m.d(), len(rows) - 1), m.sig(me, "ap")]
    return m.spec("Payment run approval - %s" % m.d(), blocks, m.addr(me), [("Controller", "controller@chrvc.example")], "AP payment run register")


def ar_summary(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["Payer", "0-30", "31-60", "61-90", "90+", "Total"]]
    for p in ["Non-residents (international)", "Other provinces", "WSIB / CNESST", "Auto insurers", "Private rooms", "Self-pay (QC)"]:
        vals = [ctx.amount(1000, 300000) for _ in range(4)]
        rows.append([p] + ["%.0f" % x for x in vals] + ["%.0f" % sum(vals)])
    blocks = ["Hi all,", "Month-end AR summary by payer below. International balances are up 14% with the summer season; no patient-level data included.",
              ("table", rows), m.sig(me, "budget")]
    return m.spec("AR summary by payer - month end", blocks, m.addr(me), [("Finance leadership", "finance-leads@chrvc.example")],
                  "aggregate receivables summary", table_style=r.choice(["align", "pipe"]))


def payroll_calendar(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    y = m.date.year + 1
    blocks = ["Hello,", "The %d payroll calendar is now posted on the intranet. Key dates:" % y,
              "- Holiday pay cut-off: Dec %d\n- First pay date: Jan %d\n- T4 and RL-1 slips available in the employee portal by Feb 28" % (r.randint(10, 16), r.randint(8, 14)),
              "Reminder: your SIN is never requested by e-mail. Payroll will not ask for it outside the secure portal.", m.sig(me, "payroll")]
    return m.spec("%d payroll calendar" % y, blocks, m.addr(me), [("All staff", "allstaff@chrvc.example")], "payroll calendar")


def benefits(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    blocks = ["Hi everyone,", "Open enrolment for group benefits runs from %s to %s." % (m.d(m.after(1, 5)), m.d(m.after(20, 30))),
              "If you add a dependant, you will need their date of birth and proof of relationship; upload them in the portal, do not e-mail them.",
              "Drug plan changes: generic substitution becomes mandatory; biologics such as Humira or Stelara will require prior authorization under the new plan.",
              m.sig(me, "payroll", "Benefits Coordinator")]
    return m.spec("Benefits open enrolment", blocks, m.addr(me), [("All staff", "allstaff@chrvc.example")], "benefits enrolment notice")


def job_posting(m):
    ctx, r = m.ctx, m.ctx.rng
    hr = ctx.staff("en")
    job = r.choice(["Revenue Cycle Analyst", "Patient Accounts Representative (bilingual)", "Senior Buyer - Medical Devices"])
    blocks = ["JOB POSTING #%d-%03d - %s" % (m.date.year, r.randrange(1000), job),
              "Full-time, permanent, Monday to Friday. Salary range: $%d,000 - $%d,000." % (r.randint(48, 60), r.randint(66, 85)),
              "Responsibilities: reconcile international and interprovincial claims, follow up with insurers, prepare monthly AR reports.",
              "Qualifications: college diploma in accounting or business; 2 years in hospital billing; bilingual French/English.",
              "Apply through the careers portal before %s. Only candidates selected for interview will be contacted." % m.d(m.after(10, 21)),
              m.sig(hr, "payroll", "Talent Acquisition Advisor")]
    return m.spec("Job posting - %s" % job, blocks, m.addr(hr), [("All staff", "allstaff@chrvc.example")], "job posting")


def conference(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["Time", "Speaker", "Session"]]
    topics = ["Costing the dialysis patient journey", "Non-resident billing after the pandemic", "Oncology drug budgets: biosimilar switching",
              "Supply chain resilience for PPE", "Measuring cost per case in hip fracture care"]
    for i, t in enumerate(r.sample(topics, 4)):
        p = ctx.staff("en")
        rows.append(["%d:%s" % (8 + i, r.choice(["00", "30"])), "%s %s %s" % (r.choice(["Dr.", "Ms.", "Mr."]), p.given, p.surname), t])
    blocks = ["Hello,", "The Eastern Canada Healthcare Finance Forum takes place on %s. Preliminary programme:" % m.d(m.after(30, 70)),
              ("table", rows), "Early-bird registration ($395) closes %s." % m.d(m.after(7, 20)), m.sig(me, "budget")]
    return m.spec("Healthcare Finance Forum - programme", blocks, m.addr(me), [("Managers", "managers@chrvc.example")],
                  "conference programme")


def committee_minutes(m):
    ctx, r = m.ctx, m.ctx.rng
    me, dr = ctx.staff("en"), ctx.staff("en")
    blocks = ["Finance & Audit Committee - draft minutes (%s)" % m.d(m.before(2, 10)),
              "1. Q%d results: deficit of %s, driven by agency nursing and oncology drugs." % (r.randint(1, 4), m.money(ctx.amount(100000, 2000000))),
              "2. Dr. %s %s (Chief of Nephrology) presented the business case for four additional hemodialysis stations; approved in principle." % (dr.given, dr.surname),
              "3. Uninsured patient write-offs: %d accounts, %s; policy review deferred." % (r.randint(30, 200), m.money(ctx.amount(50000, 400000))),
              "Next meeting: %s." % m.d(m.after(20, 40)), m.sig(me, "budget", "Committee Secretary")]
    return m.spec("Draft minutes - Finance & Audit Committee", blocks, m.addr(me), [("Committee members", "fac@chrvc.example")], "committee minutes")


def newsletter(m):
    ctx, r = m.ctx, m.ctx.rng
    a, b, c = ctx.staff("en"), ctx.staff("en"), ctx.staff("en")
    blocks = ["FINANCE MATTERS - monthly bulletin",
              "Welcome Dr. %s %s, our new hematologist, who will run the lymphoma and leukemia clinic on Wednesdays." % (a.given, a.surname),
              "Kudos to %s %s from Procurement for saving $%d,000 on the glove contract." % (b.given, b.surname, r.randint(40, 200)),
              "Mrs. %s, our longest-serving cashier, celebrates 30 years with us this month." % c.surname,
              "Reminder: the cafeteria accepts payroll deduction again from %s." % m.d(m.after(3, 20)),
              ("sig", ["Finance Directorate", ORG_EN])]
    return m.spec("Finance Matters - %s" % m.date.strftime("%B %Y"), blocks, ("Finance Directorate", "finance@chrvc.example"),
                  [("Finance staff", "finance-staff@chrvc.example")], "finance newsletter", form=r.choice(["html", "alt"]))


def phishing(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    blocks = ["SECURITY ALERT", "We are seeing fake invoice e-mails that appear to come from our suppliers, with attachments named like 'Invoice_%d.html' or 'Remittance advice.zip'." % r.randrange(10 ** 5),
              "Do not open them. Report with the 'Report phishing' button. The IT Service Desk will never ask for your password.",
              m.sig(me, "it", "Cybersecurity Advisor")]
    return m.spec("[Security] Fake supplier invoices circulating", blocks, m.addr(me), [("All staff", "allstaff@chrvc.example")], "IT phishing warning")


def erp_upgrade(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    d = m.after(4, 20)
    blocks = ["Hello,", "The finance ERP will be upgraded on %s from 6:00 p.m. to midnight. Requisitions, receiving and AP will be unavailable." % m.d(d),
              "Change ticket CHG%07d. Servers fin-app-0%d / fin-db-0%d. Rollback plan tested on %s." % (r.randrange(10 ** 7), r.randint(1, 9), r.randint(1, 9), m.d(m.before(2, 10))),
              m.sig(me, "it")]
    return m.spec("[Maintenance] Finance ERP upgrade - %s" % m.d(d), blocks, m.addr(me), [("Finance users", "finance-users@chrvc.example")], "ERP maintenance notice")


def facilities(m):
    ctx, r = m.ctx, m.ctx.rng
    what = r.choice(["Elevator 3 in the administration wing will be out of service from %s to %s for modernization.",
                     "The loading dock will be closed for resurfacing from %s to %s; deliveries go to the east entrance.",
                     "Fire alarm testing will take place in Pavilion B between %s and %s."])
    blocks = ["Hello,", what % (m.d(m.after(2, 8)), m.d(m.after(9, 20))), "Facilities help desk: ext. 2200.", ("sig", ["Facilities Management", ORG_EN])]
    return m.spec("Facilities notice", blocks, ("Facilities Management", "facilities@chrvc.example"), [("All staff", "allstaff@chrvc.example")], "facilities notice")


def recall(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    dev = r.choice(["SyringeMax 200 syringe pumps", "CardioTrack telemetry transmitters", "FlexiBed 5 mattress pumps"])
    rows = [["Serial #", "Asset tag", "Unit"]]
    for _ in range(r.randint(3, 6)):
        rows.append([ctx.luhn_serial(10), "AT-%s" % ctx.luhn_serial(9), r.choice(["ICU", "3 West", "Dialysis", "OR", "Stores"])])
    m.atts.append(dict(kind="csv", filename="recall_affected_units.csv", data=make_csv(rows), charset="utf-8"))
    blocks = ["Hello,", "Manufacturer field safety notice (Class II) for %s. Our affected units are listed in the attached file." % dev,
              "Biomedical Engineering will swap units by %s. Do not remove a device from a patient without a replacement." % m.d(m.after(3, 15)),
              m.sig(me, "proc", "Biomedical Engineering Lead")]
    return m.spec("Recall notice - %s" % dev, blocks, m.addr(me), [("Unit managers", "unit-managers@chrvc.example")], "device recall with serial numbers")


def shortage(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    drug = r.choice([("cefazolin 1 g vials", "cefuroxime 1.5 g"), ("furosemide 10 mg/mL injection", "bumetanide"), ("lidocaine 2% with epinephrine", "lidocaine 1% with epinephrine")])
    blocks = ["Hello,", "Drug shortage update: %s are on back-order until further notice." % drug[0],
              "Pharmacy & Therapeutics has approved %s as the interim substitute. Existing orders will be converted by pharmacy." % drug[1],
              m.sig(me, "pharm", "Drug Supply Pharmacist")]
    return m.spec("Drug shortage - %s" % drug[0], blocks, m.addr(me), [("Clinical staff", "clinical@chrvc.example")], "drug shortage notice")


def teaching_case(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    d = r.sample(DX, 2)
    blocks = ["Hi team,", "For Friday's billing huddle, two practice scenarios (fictional):",
              "A) A %d-year-old visitor from the US, ED visit then %d days on the ward for %s. Which per-diem applies, and how do you bill the CT?" % (r.randint(20, 85), r.randint(1, 8), d[0][1]),
              "B) An Ontario resident, day surgery for %s, version code missing on the card. What do you ask at registration?" % r.choice(PROC)[1],
              "Answers next week.", m.sig(me, "billing", "Billing Supervisor")]
    return m.spec("Practice scenarios for Friday", blocks, m.addr(me), [("Billing team", "billing-team@chrvc.example")], "de-identified training scenarios")


def blank_form(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    paras = ["Patient name: ______________________  Date of birth (YYYY-MM-DD): __________",
             "Health card # / Policy #: ____________________   Province/Country: ________",
             "Home address: __________________________________   Phone: (___) ___-____",
             "Deposit amount: $________   Method: [ ] Cash  [ ] Card  [ ] Wire",
             "Patient / guarantor signature: ______________________   Date: ________"]
    m.atts.append(dict(kind=r.choice(["docx", "pdf"]), filename="Uninsured_deposit_form_rev%d" % r.randint(3, 9), data=None))
    a = m.atts[-1]
    if a["kind"] == "docx":
        a["filename"] += ".docx"
        a["data"] = make_docx("Deposit agreement - uninsured patients", paras)
    else:
        a["filename"] += ".pdf"
        a["data"] = make_pdf("Deposit agreement - uninsured patients", paras)
    blocks = ["Hi all,", "Updated deposit form attached (new wire instructions). Please print a fresh stack for Admitting and recycle the old ones.", m.sig(me, "billing", "Billing Supervisor")]
    return m.spec("Updated deposit form", blocks, m.addr(me), [("Admitting", "admitting@chrvc.example")], "blank deposit form")


def mail_merge(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    tpl = ["{{patient_first_name}} {{patient_last_name}}\n{{address_line_1}}\n{{city}}, {{province}} {{postal_code}}",
           "Dear {{salutation}} {{patient_last_name}},",
           "Our records show a balance of ${{balance}} for services on {{service_date}} (account {{account_no}}). "
           "If you have already paid, please disregard this notice.",
           "To set up a payment plan, call 819-555-0100, Monday to Friday."]
    blocks = ["Hi,", "Here is the final wording for the 30-day reminder. Merge fields are in double braces; please check {{service_date}} renders as Month DD, YYYY.",
              ("fwd", ["--- template: reminder_30d.docx ---"], tpl), m.sig(me, "billing")]
    return m.spec("Reminder letter template - final", blocks, m.addr(me), [m.addr(ctx.staff("en"))], "mail-merge reminder template")


def inventory(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["SKU", "Description", "Bin", "System qty", "Counted"]]
    for it in r.sample(PARTS, r.randint(5, 8)):
        q = r.randint(10, 400)
        rows.append([ctx.luhn_serial(9), it[0], "%s%02d-%d" % (r.choice("ABCD"), r.randint(1, 40), r.randint(1, 6)), q, q + r.randint(-5, 3)])
    m.atts.append(dict(kind="xlsx", filename="cycle_count_%s.xlsx" % m.d(fmt="%Y%m%d"), data=make_xlsx([("Count", rows)])))
    blocks = ["Hi,", "Cycle count results for Central Stores attached. Variances over 5% need a recount before Friday.", m.sig(me, "proc", "Inventory Coordinator")]
    return m.spec("Cycle count results", blocks, m.addr(me), [("Stores team", "stores@chrvc.example")], "inventory count")


def budget_variance(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    rows = [["Cost centre", "Budget YTD", "Actual YTD", "Var %"]]
    for cc in ["6070 Hemodialysis", "6560 Oncology clinic", "6300 Operating rooms", "7530 Procurement", "5500 Patient billing"]:
        b = ctx.amount(200000, 5000000)
        a = b * r.uniform(0.9, 1.12)
        rows.append([cc, "%.0f" % b, "%.0f" % a, "%.1f" % ((a - b) / b * 100)])
    blocks = ["Hi %s," % you.given, "Variance report attached inline. Oncology is over because of two new immunotherapy protocols; volumes, not price.",
              ("table", rows), m.sig(me, "budget")]
    return m.spec("YTD variance - clinical cost centres", blocks, m.addr(me), [m.addr(you)], "budget variance report")


def staff_baby(m):
    ctx, r = m.ctx, m.ctx.rng
    me, dad = ctx.staff("en"), ctx.staff("en", "M")
    bd = m.before(1, 5)
    blocks = ["Great news!", "%s and his partner welcomed baby %s on %s, %d, at %d:%02d a.m., 7 lb %d oz. Everyone is healthy and tired."
              % (dad.given, r.choice(["Nora", "Theo", "Maya", "Owen", "Isla"]), m.d(bd), bd.year, r.randint(1, 11), r.randrange(60), r.randint(1, 14)),
              "There's a card at reception if you want to sign it.", me.given]
    if r.random() < 0.5:
        p = ctx.staff("en")
        blocks.insert(2, "Also, happy birthday to %s %s (born %s), who says we may now know the year!" % (p.given, p.surname, p.dob.strftime("%B %d, %Y")))
    return m.spec("Baby news from %s" % dad.given, blocks, m.addr(me), [("Finance team", "finance-team@chrvc.example")], "staff baby and birthday news")


def sick_leave(m):
    ctx, r = m.ctx, m.ctx.rng
    me, emp = ctx.staff("en"), ctx.staff("en")
    blocks = ["Hi,", "%s %s is on medical leave starting %s, expected return in %d weeks per Occupational Health. Please redirect vendor calls for the %s portfolio to me in the meantime."
              % (emp.given, emp.surname, m.d(), r.randint(2, 8), r.choice(["renal", "surgical", "lab"])),
              "No need to contact %s at home." % emp.given, m.sig(me, "proc", "Procurement Manager")]
    return m.spec("Coverage while %s is away" % emp.given, blocks, m.addr(me), [("Procurement team", "procurement@chrvc.example")],
                  "staff medical leave coverage (occupational)")


def price_list(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["Service", "Rate (CAD)"]]
    for s, p in [("Inpatient day - general ward", 2150), ("Inpatient day - ICU", 6480), ("Emergency visit", 1120), ("Hemodialysis session", 985),
                 ("CT scan, per region", 890), ("MRI, per region", 1450), ("Vaginal delivery (package)", 4300)]:
        rows.append([s, "%d" % int(p * r.uniform(1.0, 1.05))])
    blocks = ["Hello,", "Non-resident rates effective April 1 are below. Please update the Admitting desk sheet and the website FAQ.", ("table", rows), m.sig(me, "billing", "Billing Manager")]
    return m.spec("Non-resident rates - April 1", blocks, m.addr(me), [("Admitting", "admitting@chrvc.example")], "non-resident price list")


def capital_request(m):
    ctx, r = m.ctx, m.ctx.rng
    me, dr = ctx.staff("en"), ctx.staff("en")
    eq = r.choice(["16-channel knee coil for MRI 2", "replacement dialysis water treatment system", "bladder scanner for 4 North"])
    blocks = ["Hi,", "Capital request CR-%d-%03d for a %s (quote %s, est. %s) has been approved by the Capital Committee." % (m.date.year, r.randrange(1000), eq, "Q%s" % ctx.luhn_serial(8), m.money(ctx.amount(15000, 400000))),
              "Requested by Dr. %s, Medical Director. The old unit (asset %s, serial %s) will be disposed of." % (dr.surname, ctx.luhn_serial(10), ctx.luhn_serial(9)),
              m.sig(me, "proc")]
    return m.spec("Capital request approved - %s" % eq, blocks, m.addr(me), [m.addr(dr)], "capital equipment approval")


def physician_directory(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["Physician", "Specialty", "Clinic", "Billing number"]]
    for spec, clin in r.sample([("Nephrology", "CKD & dialysis clinic, Tue/Thu"), ("Oncology", "Breast cancer clinic, Mon"),
                                ("Endocrinology", "Diabetes day centre, Wed"), ("Psychiatry", "Mood disorders clinic, Fri"),
                                ("Gastroenterology", "IBD clinic, Crohn's and colitis, Tue")], 4):
        p = ctx.staff("en")
        rows.append(["Dr. %s %s" % (p.given, p.surname), spec, clin, "%d-%05d" % (r.randint(1, 2), r.randrange(10 ** 5))])
    blocks = ["Hi,", "Updated physician list for billing setup (new fiscal year). Please load the billing numbers before the 1st.", ("table", rows), m.sig(me, "billing")]
    return m.spec("Physician billing numbers - updates", blocks, m.addr(me), [("Billing team", "billing-team@chrvc.example")],
                  "physician directory with specialties")


def parking(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    blocks = ["Hello,", "Staff parking rates increase on %s: $%d.%02d per pay period for lot P2. Payroll deduction changes automatically." % (m.d(m.after(10, 30)), r.randint(28, 45), r.choice([0, 25, 50])),
              "Patients and visitors keep the current rates.", m.sig(me, "ap", "Parking Services")]
    return m.spec("Staff parking rates", blocks, m.addr(me), [("All staff", "allstaff@chrvc.example")], "parking rate notice")


WRITERS = [vendor_invoice, purchase_order, rfq, credit_memo, vendor_setup, payment_run, ar_summary, payroll_calendar, benefits,
           job_posting, conference, committee_minutes, newsletter, phishing, erp_upgrade, facilities, recall, shortage, teaching_case,
           blank_form, mail_merge, inventory, budget_variance, staff_baby, sick_leave, price_list, capital_request, physician_directory, parking]
CATS = {vendor_invoice: "invoice", purchase_order: "purchase_order", rfq: "rfq", credit_memo: "credit_memo", vendor_setup: "vendor_setup",
        payment_run: "payment_run", ar_summary: "statistics", payroll_calendar: "payroll", benefits: "benefits", job_posting: "job_posting",
        conference: "conference", committee_minutes: "minutes", newsletter: "newsletter", phishing: "it_notice", erp_upgrade: "it_notice",
        facilities: "facilities", recall: "recall", shortage: "drug_shortage", teaching_case: "teaching_case", blank_form: "blank_form",
        mail_merge: "template", inventory: "inventory", budget_variance: "budget", staff_baby: "staff_news", sick_leave: "occupational_health",
        price_list: "price_list", capital_request: "capital_request", physician_directory: "physician_directory", parking: "parking"}
