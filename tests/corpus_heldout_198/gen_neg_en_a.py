"""English hard negatives, part A."""
import datetime

import gen_attach as A
import gen_common as C
from gen_build import html_table, text_table
from gen_pos_en_a import DOCX, XLSX, bye, hi

X = C.EXTERNAL
IPAC = ("IPAC team", "ipac-team@" + C.DOM)
MGRS = ("Nurse managers", "nurse-managers@" + C.DOM)
ALL = ("All staff - Mont-Cerisier", "allstaff-mch@" + C.DOM)


def sig_full(ctx, s):
    return s.signature(ctx.rng) + "\n" + C.PCI_ADDR_EN


# e1 ----------------------------------------------------------------------
def e_cdi_rates(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    rows = [["Unit", "HA-CDI cases", "Patient-days", "Rate /10,000 pd", "Q prior"]]
    for u in C.UNITS_EN[:8]:
        c, d = r.randrange(0, 5), r.randrange(1500, 5000)
        rows.append([u, c, d, "%.1f" % (c * 10000 / d), "%.1f" % (r.randrange(0, 120) / 10)])
    intro = "Quarterly healthcare-associated CDI rates by unit (Q%d). Overall rate is below the provincial benchmark." % r.randrange(1, 5)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html"></head><body>\n<p>Hello,</p>\n<p>%s</p>\n'
            "%s\n<p>Attribution follows the provincial surveillance definitions (onset &gt;72h after admission).</p>\n"
            "<p>%s</p></body></html>\n" % (intro, html_table(rows), s.signature(r).replace("\n", "<br>\n")))
    return {"category": "statistics", "from": s.addr(), "to": [MGRS], "subject": "Q%d HA-CDI rates by unit" % r.randrange(1, 5),
            "html": html, "text": "Hello,\n\n%s\n\n%s\n\n%s" % (intro, text_table(rows), s.signature(r)),
            "form": ctx.pick(["html", "alt"]), "note": "aggregate CDI rates per unit"}


# e2 ----------------------------------------------------------------------
def e_outbreak_over(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    unit = ctx.pick(C.UNITS_EN[:7])
    org = ctx.pick(["norovirus", "influenza A", "COVID-19", "C. difficile", "VRE"])
    text = ("%s\n\nThe %s outbreak on %s was declared over today (%s). Final count: %d patients and %d staff. "
            "Admissions and transfers resume immediately.\n\nHuge thanks to Deborah Ellsworth and the %s team, "
            "EVS (Kevin Tran's crew did amazing work), and Occupational Health.\n\n%s" % (
                hi(ctx), org, unit, C.en_date(ctx.date.date()), r.randrange(3, 15), r.randrange(0, 8), unit,
                sig_full(ctx, s)))
    return {"category": "notice", "from": s.addr(), "to": [MGRS, IPAC], "subject": "Outbreak over - %s %s" % (unit, org),
            "text": text, "note": "end of outbreak notice, totals only"}


# e3 ----------------------------------------------------------------------
def e_hand_hygiene(ctx):
    r = ctx.rng
    s = ctx.staff_role("IPAC nurse")
    rows = [["Unit", "Opportunities", "Compliance", "Before pt contact", "After env. contact"]]
    for u in r.sample(C.UNITS_EN, 6):
        rows.append([u, r.randrange(30, 100), "%d%%" % r.randrange(60, 98), "%d%%" % r.randrange(55, 99),
                     "%d%%" % r.randrange(40, 95)])
    text = ("Hi all,\n\nHand hygiene audit results for %s (target 85%%):\n\n%s\n\nAuditors: A. Koenig, S. Okonkwo. "
            "Posters for the 4 Moments are available from IPAC.\n\n%s" % (
                C.MONTHS[ctx.date.month - 1], text_table(rows), bye(ctx, s)))
    return {"category": "audit", "from": s.addr(), "to": [MGRS], "subject": "Hand hygiene audit - %s" % C.MONTHS[ctx.date.month - 1],
            "text": text, "note": "hand hygiene audit results"}


# e4 ----------------------------------------------------------------------
def e_flu_clinic(ctx):
    r = ctx.rng
    s = ctx.staff_role("occupational")
    d = ctx.later(r.randrange(2, 8))
    text = ("Hello everyone,\n\nStaff flu and COVID-19 vaccine clinics:\n- %s, 07:00-15:00, main cafeteria\n"
            "- %s, 19:00-21:00, night-shift clinic, room 2.210\n\nBring your employee ID. If you got vaccinated at "
            "a pharmacy, send proof to Occupational Health.\n\n%s" % (
                C.en_date(d), C.en_date(d + datetime.timedelta(days=2)), sig_full(ctx, s)))
    return {"category": "staff_vaccination", "from": s.addr(), "to": [ALL], "subject": "Staff flu shot clinics",
            "text": text, "note": "staff vaccination clinic schedule"}


# e5 ----------------------------------------------------------------------
def e_occ_tb(ctx):
    r = ctx.rng
    s = ctx.staff_role("occupational")
    rows = [["Employee", "Emp #", "Exposure date", "IGRA", "Follow-up"]]
    for n in r.sample(["Koenig, Andrea", "Okonkwo, Samuel", "Tran, Kevin", "Barkley, Tanya", "Stratford, Owen"], 4):
        res = ctx.pick(["negative", "negative", "negative", "POSITIVE"])
        rows.append([n, "%06d" % r.randrange(100000, 999999), ctx.days(r.randrange(50, 70)).isoformat(), res,
                     "CXR + ID referral" if res == "POSITIVE" else "none"])
    text = ("%s\n\nEight-week post-exposure IGRA results for staff exposed in the TB contact investigation:\n\n%s\n\n"
            "The employee with a positive result has been contacted. This is employee health information - please "
            "do not forward.\n\n%s" % (hi(ctx), text_table(rows), bye(ctx, s)))
    return {"category": "occupational_health", "from": s.addr(), "to": [ctx.staff_role("coordinator").addr()],
            "subject": "Staff IGRA results - TB exposure", "text": text,
            "note": "staff TB test results (occupational health)"}


# e6 ----------------------------------------------------------------------
def e_vacation(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    rows = [["Week of", "On call (evenings/weekend)", "Vacation"]]
    d = ctx.later(4)
    names = ["Andrea K.", "Samuel O.", "Laura M.", "Andrea K."]
    for i in range(4):
        rows.append([C.short_en(d + datetime.timedelta(days=7 * i)), names[i], ctx.pick(["-", "Samuel O. (Mon-Wed)", "-"])])
    text = "Hi team,\n\nIPAC on-call and vacation plan:\n\n%s\n\nSwap requests to me by Friday.\n\n%s" % (text_table(rows), bye(ctx, s))
    return {"category": "schedule", "from": s.addr(), "to": [IPAC], "subject": "IPAC on-call schedule",
            "text": text, "note": "team on-call and vacation schedule"}


# e7 ----------------------------------------------------------------------
def e_overtime(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    rows = [["Employee", "Employee #", "Date", "OT hours", "Cost centre"]]
    for n in ["Koenig, Andrea", "Okonkwo, Samuel", "Tran, Kevin"]:
        rows.append([n, "%06d" % r.randrange(100000, 999999), ctx.days(r.randrange(2, 9)).isoformat(),
                     "%.1f" % (r.randrange(4, 20) / 2), "7110-%03d" % r.randrange(100, 999)])
    text = "Hello Payroll,\n\nOutbreak weekend overtime for pay period %d:\n\n%s\n\nApproved.\n\n%s" % (
        r.randrange(1, 27), text_table(rows), bye(ctx, s))
    return {"category": "payroll", "from": s.addr(), "to": [("Payroll", "payroll@" + C.DOM)], "subject": "OT - outbreak weekend",
            "text": text, "note": "staff overtime for payroll"}


# e8 ----------------------------------------------------------------------
def e_job(ctx):
    r = ctx.rng
    text = ("JOB POSTING #%d-%03d\n\nInfection Control Practitioner (RN) - full time, days\nSite: Mont-Cerisier Hospital\n\n"
            "Responsibilities: surveillance of healthcare-associated infections (CDI, MRSA/VRE/CPE, bloodstream "
            "infections), outbreak management, staff education, audits.\n\nRequirements: BScN, OIIQ licence, bilingual "
            "(French/English); CIC certification an asset.\n\nSalary: per collective agreement.\nClosing date: %s.\n" % (
                ctx.date.year, r.randrange(1, 500), C.en_date(ctx.later(21))))
    return {"category": "job_posting", "from": ("Talent Acquisition", "careers@" + C.DOM), "to": [ALL],
            "subject": "Posting: Infection Control Practitioner", "text": text, "note": "job posting"}


# e9 ----------------------------------------------------------------------
def e_committee(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    d = ctx.later(r.randrange(4, 14))
    text = ("Hello,\n\nAgenda - IPAC Committee, %s, 12:00, boardroom B\n\n1. Minutes of last meeting\n2. Surveillance "
            "report: CDI, MRSA bacteremia, VRE - Dr. Helen Kirkwood\n3. Outbreaks this period - Laura McInnis\n"
            "4. Antimicrobial stewardship: fluoroquinolone use and CDI - Liam Prescott\n5. EVS: UV-C pilot - Kevin Tran\n"
            "6. Other business\n\nChair: Dr. Raj Venkataraman (Infectious Diseases).\n\n%s" % (C.en_date(d), bye(ctx, s)))
    return {"category": "committee", "from": s.addr(), "to": [("IPAC Committee", "ipac-committee@" + C.DOM)],
            "subject": "IPAC Committee agenda %s" % C.short_en(d), "text": text, "note": "IPC committee agenda"}


# e10 ---------------------------------------------------------------------
def e_conference(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    d = ctx.later(r.randrange(20, 70))
    prog = [("08:30", "Welcome", "Laura McInnis, IPAC Coordinator"),
            ("08:45", "Recurrent C. difficile: bezlotoxumab, FMT and what's next", "Dr. Meera Raghunathan, gastroenterologist"),
            ("09:45", "CPE in long-term care: a regional response", "Dr. Colin Aberdeen, medical microbiologist"),
            ("11:00", "Norovirus season survival guide", "Andrea Koenig, RN, CIC"),
            ("13:00", "Panel: isolation and patient experience", "Dr. Farah Haidari and Wendy Carrington, MSW")]
    text = ("IPAC CHAPTER EDUCATION DAY - %s\nMont-Cerisier Hospital auditorium and online\n\n%s\n\nRegistration: "
            "free for staff, via the learning portal. 6 CE hours.\n\n%s" % (
                C.en_date(d), "\n".join("%s  %s - %s" % p for p in prog), sig_full(ctx, s)))
    return {"category": "conference", "from": s.addr(), "to": [ALL], "subject": "Programme: IPAC Education Day",
            "text": text, "note": "education day programme with speakers"}


# e11 ---------------------------------------------------------------------
def e_newsletter(ctx):
    r = ctx.rng
    s = ctx.staff_role("coordinator")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html"></head><body style="font-family:Arial">\n'
            "<h2>IPAC Insider - Issue %d</h2>\n<h3>Shout-out to 4 South</h3>\n<p>200 days without a hospital-acquired "
            "C. diff case! Congratulations to Ms. Deborah Ellsworth and her team, and to Mr. Kevin Tran's EVS crew.</p>\n"
            "<h3>Welcome Dr. Helen Kirkwood</h3>\n<p>Our new medical microbiologist has a special interest in CPE and "
            "recurrent C. difficile.</p>\n<h3>Myth-buster</h3>\n<p>Alcohol hand rub does <b>not</b> kill C. diff spores. "
            "Soap and water after leaving an enhanced-contact room.</p>\n<p style=\"font-size:9pt\">%s</p>\n</body></html>\n" % (
                r.randrange(10, 60), C.PCI_ADDR_EN))
    return {"category": "newsletter", "from": s.addr(), "to": [ALL], "subject": "IPAC Insider - %s" % C.MONTHS[ctx.date.month - 1],
            "html": html, "text": None, "form": "html", "note": "IPAC newsletter with titled staff names"}


# e12 ---------------------------------------------------------------------
def e_invoice(ctx):
    r = ctx.rng
    inv = "INV-%06d" % r.randrange(100000, 999999)
    lines = ["Invoice: %s" % inv, "Date: %s" % ctx.date.date().isoformat(), "Account: %d" % r.randrange(10000, 99999),
             "Bill to: %s - Biomedical Engineering" % C.ORG_EN, "", "## Items"]
    for it in ["UV-C disinfection robot preventive maintenance", "Replacement UV-C lamp set", "Travel and labour (4 h)"]:
        lines.append("%s - serial %s - $%d.00" % (it, C.luhn_number(r, 9), r.randrange(200, 4000)))
    lines += ["", "GST 5% / QST 9.975% extra", "Terms: net 30"]
    pdf = A.pdf("INVOICE - Brightwave Disinfection Inc.", lines, author="Brightwave")
    text = "Hello,\n\nPlease find invoice %s attached.\n\nAccounts Receivable\nBrightwave Disinfection Inc.\n1-888-555-0177\n" % inv
    return {"category": "invoice", "from": ("Brightwave AR", "ar@brightwave-uv.example"),
            "to": [ctx.staff_role("biomedical").addr()], "subject": "Invoice %s" % inv, "text": text,
            "attachments": [{"ctype": "application/pdf", "data": pdf, "filename": "%s.pdf" % inv}],
            "note": "equipment service invoice with serial numbers"}


# e13 ---------------------------------------------------------------------
def e_po(ctx):
    r = ctx.rng
    s = ctx.staff_role("procurement")
    rows = [["Item #", "Description", "Qty", "UOM", "Unit price", "Lot"]]
    for d in ["Sporicidal wipes (peracetic acid), 6x160", "Isolation gowns level 2, case of 100",
              "N95 respirator 1870+, box of 20", "Contact Plus precautions sign"]:
        rows.append(["%d-%05d" % (r.randrange(10, 99), r.randrange(10000, 99999)), d, r.randrange(2, 60), "case",
                     "%.2f" % (r.randrange(1000, 30000) / 100), C.luhn_number(r, 10)])
    x = A.xlsx([("PO", rows)], author=s.full)
    text = "Hello,\n\nPO %d attached. Deliver to receiving dock, Mont-Cerisier Hospital.\n\n%s" % (r.randrange(4500000, 4599999), bye(ctx, s))
    return {"category": "purchase_order", "from": s.addr(), "to": [X["cmsd"]], "subject": "Purchase order - IPAC supplies",
            "text": text, "attachments": [{"ctype": XLSX, "data": x, "filename": "PO_IPAC_supplies.xlsx"}],
            "note": "purchase order with lot numbers"}


# e14 ---------------------------------------------------------------------
def e_shortage(ctx):
    r = ctx.rng
    s = ctx.staff_role("pharmacist")
    text = ("DRUG SHORTAGE NOTICE\n\nProduct: fidaxomicin 200 mg tablets (DIN %08d)\nExpected until: %s\n\nGuidance: use "
            "oral vancomycin 125 mg QID for first recurrences; fidaxomicin reserved for second and later recurrences "
            "with ID approval. Pharmacy will contact prescribers for active orders.\n\n%s" % (
                r.randrange(10 ** 7, 10 ** 8), C.en_date(ctx.later(r.randrange(20, 60))), s.signature(r)))
    return {"category": "drug_shortage", "from": s.addr(), "to": [("Prescribers", "prescribers@" + C.DOM)],
            "subject": "Shortage: fidaxomicin", "text": text, "importance": True, "note": "drug shortage notice"}


# e15 ---------------------------------------------------------------------
def e_recall(ctx):
    r = ctx.rng
    s = ctx.staff_role("procurement")
    lots = [C.luhn_number(r, 9) for _ in range(4)]
    text = ("Hello,\n\nSupplier recall: ProShield level-2 isolation gowns, lots %s. Seam failure under fluid "
            "challenge. Please pull remaining stock from PPE carts and return to Stores; replacement stock ships "
            "%s.\n\n%s" % (", ".join(lots), C.en_date(ctx.later(2)), bye(ctx, s)))
    return {"category": "recall", "from": s.addr(), "to": [MGRS], "subject": "RECALL - isolation gowns",
            "text": text, "note": "isolation gown lot recall"}


# e16 ---------------------------------------------------------------------
def e_it(ctx):
    r = ctx.rng
    d = ctx.later(r.randrange(2, 9))
    text = ("Planned maintenance: NosoTrack surveillance system upgrade to v%d.%d on %s, 22:00-02:00.\n\nDuring the "
            "outage, automated ARO and C. difficile alerts will not be sent; the lab will phone the on-call IPAC "
            "nurse.\n\nChange ticket: CHG%07d\nService Desk ext. 5555\n" % (
                r.randrange(4, 7), r.randrange(0, 10), C.en_date(d), r.randrange(10 ** 6, 10 ** 7)))
    return {"category": "it", "from": ("IT Service Desk", "servicedesk@" + C.DOM), "to": [IPAC],
            "subject": "Planned maintenance - NosoTrack", "text": text, "note": "IT maintenance notice"}


# e17 ---------------------------------------------------------------------
def e_hvac(ctx):
    r = ctx.rng
    s = ctx.staff_role("biomedical")
    rows = [["Room", "Asset tag", "dP (Pa)", "ACH", "Pass"]]
    for _ in range(5):
        pa = -r.randrange(1, 14)
        rows.append(["%s%03d" % (ctx.pick(["A", "B"]), r.randrange(100, 700)), C.luhn_number(r, 10), pa,
                     r.randrange(9, 15), "Y" if pa <= -3 else "N"])
    text = ("%s\n\nQuarterly airborne isolation room verification:\n\n%s\n\nFailed room is out of service pending "
            "damper replacement (WO %d). Do not use for airborne precautions.\n\n%s" % (
                hi(ctx), text_table(rows), r.randrange(100000, 999999), bye(ctx, s)))
    return {"category": "facilities", "from": s.addr(), "to": [IPAC], "subject": "AIIR pressure checks",
            "text": text, "note": "airborne isolation room checks with asset tags"}
