"""Negative messages, English, part B: purchase orders, inventories, IT, facilities, statistics, teaching cases,
blank forms, mail-merge templates, research protocols, staff news, vendor contacts."""
import datetime

import gen_attach as A
import gen_common as G
from gen_build import Att, Mail, reply_id
from gen_neg_fr_a import MAKERS, PRODUCTS, din, exp_date, lot, money
from gen_neg_en_a import en_staff


# --------------------------------------------------------------------------- 13. purchase order
def purchase_order(c):
    items = c.rng.sample(PRODUCTS, c.ri(3, 8))
    po = f"PO-{c.ri(70000, 79999)}"
    header = ["Item #", "DIN", "Description", "Pack", "Qty", "Unit cost"]
    rows = [[f"{c.ri(100000, 999999)}", din(c), p[1], p[2], str(c.ri(1, 24)), money(p[3], "en")] for p in items]
    body = [("p", "Hi Greg,"),
            ("p", f"Please process {po} for delivery {c.ch(['tomorrow', 'Thursday', 'next truck'])}. Ship to receiving dock 2."),
            ("lines", [f"Account: {c.ri(10000, 99999)}", f"Ship to: {G.SNCH['en']}, {G.SNCH['addr_en']}",
                       f"Buyer: Patrick Dufour, tel. 819-555-0128"])]
    atts = []
    if c.p(0.5):
        atts.append(Att("xlsx", f"{po}.xlsx", A.make_xlsx([("PO", header, rows)], c.dt.replace(tzinfo=None))))
    else:
        atts.append(Att("pdf", f"{po}.pdf", A.make_pdf(f"Purchase Order {po}", [f"Date: {c.date.isoformat()}"],
                                                      table=(header, rows), author="Procurement", font_size=8)))
    body += c.sig("sn_ph")
    return Mail("purchase_order", "purchase order to the wholesaler", f"Purchase order {po}", c.a("sn_ph", "en"),
                [c.a("rep2", "en")], body, atts=atts)


# --------------------------------------------------------------------------- 14. inventory
def inventory(c):
    items = c.rng.sample(PRODUCTS, c.ri(6, 12))
    header = ["Product", "Lot", "Expiry", "On hand", "Par", "Location"]
    rows = [[p[1], lot(c), exp_date(c), str(c.ri(0, 50)), str(c.ri(5, 25)), c.ch(["Main store", "ADC 5N", "ED", "OR"])]
            for p in items]
    k = c.ch(["atp2", "atp3", "atp6"])
    body = [("p", c.ch(["Month-end anticoagulant count attached. Four items below par.",
                        "Cycle count results for the automated cabinets.", "Inventory file for reconciliation."]))] + c.sig(k, full=False)
    return Mail("inventory", "month-end anticoagulant inventory", c.ch(["Month-end count - anticoagulants", "Cycle count results"]),
                c.a(k, "en"), [c.a("atp1", "en"), c.a("buy", "en")], body,
                atts=[Att("csv", f"inventory_{c.date.strftime('%Y%m')}.csv", A.make_csv(header, rows))])


# --------------------------------------------------------------------------- 15. IT notice
def it_notice(c):
    v = c.variant % 4
    when = c.day(c.ri(2, 10))
    if v == 0:
        txt = (f"Scheduled downtime of the pharmacy information system on {G.en_date(when, day=True)} from 00:00 to 04:00. "
               "Use downtime order forms and the read-only MAR report during the outage.")
        subj = "Scheduled downtime - pharmacy system"
    elif v == 1:
        txt = ("Phishing alert: messages claiming to be from 'Payroll Services' are asking staff to confirm their banking "
               "details. Do not click the link. Report suspicious e-mail with the Report Phish button.")
        subj = "Phishing alert"
    elif v == 2:
        sn = G.luhn_serial(c.rng, 12)
        txt = (f"Your replacement label printer (asset tag {G.luhn_serial(c.rng, 8)}, S/N {sn}) is ready for pick-up at "
               "the IT depot. Please return the old unit with its power cord.")
        subj = f"Ticket RITM{c.ri(1000000, 9999999)} - printer ready"
    else:
        txt = ("The point-of-care INR meters will be interfaced with the lab system next month. Results will flow to "
               "the chart automatically; nurses will need a 15-minute training session.")
        subj = "POC INR meter interface"
    body = [("p", "Hello,"), ("p", txt)] + c.sig("it")
    return Mail("it_notice", "IT notice", subj, c.a("it", "en"), [("Pharmacy - all", "pharmacy@deuxrives.example")], body,
                mode=c.ch(["html", "plain", "alt"]))


# --------------------------------------------------------------------------- 16. facilities
def facilities(c):
    v = c.variant % 4
    if v == 0:
        txt = (f"Fridge F-{c.ri(1, 9)} in the IV room alarmed overnight ({c.ri(9, 12)}.{c.ri(0, 9)} C for 18 minutes). Stock was "
               "moved to the backup fridge; the probe will be replaced tomorrow.")
        subj = "Fridge temperature alarm"
    elif v == 1:
        txt = f"HVAC maintenance in the cleanroom on {G.en_date(c.day(c.ri(3, 9)))}; sterile compounding moves to the oncology hood."
        subj = "Cleanroom HVAC work"
    elif v == 2:
        txt = "Elevator 3 will be out of service for two days; pharmacy carts should use the service elevator."
        subj = "Elevator 3 out of service"
    else:
        txt = "Parking lot B will be repaved next weekend. Staff parking moves to lot D."
        subj = "Parking lot B closure"
    body = [("p", "Hi,"), ("p", txt)] + c.sig("fac")
    return Mail("facilities", "facilities notice", subj, c.a("fac", "en"), [c.a("atp1", "en"), c.a("chef", "en")], body)


# --------------------------------------------------------------------------- 17. aggregate statistics
def stats_report(c):
    q = c.ch(["Q1", "Q2", "Q3", "Q4"])
    header = ["Indication", "Active pts", "Mean TTR %", "INR > 5 events", "Major bleeds"]
    rows = [["Atrial fibrillation", c.ri(300, 540), c.ri(62, 75), c.ri(4, 14), c.ri(0, 3)],
            ["VTE", c.ri(80, 160), c.ri(57, 70), c.ri(1, 6), c.ri(0, 2)],
            ["Mechanical valve", c.ri(30, 70), c.ri(54, 68), c.ri(1, 5), c.ri(0, 1)]]
    body = [("p", f"{q} INR clinic indicators (aggregate; no patient-level data):"), ("table", header, rows),
            ("p", f"Total visits {c.ri(2200, 3800)}; median time to call-back after a critical INR {c.ri(30, 80)} min.")] + c.sig("sn_rn")
    atts = []
    if c.p(0.5):
        atts.append(Att("xlsx", f"INR_indicators_{q}.xlsx", A.make_xlsx([("Indicators", header, rows)], c.dt.replace(tzinfo=None))))
    return Mail("stats_report", "aggregate clinic statistics", f"{q} INR clinic indicators", c.a("sn_rn", "en"),
                [("Quality Committee", "quality@southnation-hc.example")], body, atts=atts)


# --------------------------------------------------------------------------- 18. teaching case
def teaching_case(c):
    age = c.ri(58, 90)
    body = [("p", "Residents,"),
            ("p", "Case for Thursday's rounds (de-identified):"),
            ("p", f"A {age}-year-old {c.ch(['woman', 'man'])} with a mechanical mitral valve on warfarin (target 2.5-3.5) is "
                  f"scheduled for a colonoscopy with probable polypectomy. CrCl {c.ri(35, 80)} mL/min, weight {c.ri(55, 95)} kg, "
                  f"prior stroke {c.ri(3, 9)} years ago."),
            ("list", ["Is bridging indicated? With what agent and dose?", "When should the last warfarin dose be given?",
                      "When can LMWH be resumed after polypectomy?"]),
            ("p", "We'll discuss the answers with Dr. Daniel Chartrand (GI) at rounds.")] + c.sig("ph5")
    return Mail("teaching_case", "de-identified teaching case", c.ch(["Rounds case - bridging", "Teaching case for Thursday"]),
                c.a("ph5", "en"), [("Pharmacy residents", "residents@deuxrives.example")], body)


# --------------------------------------------------------------------------- 19. blank form
def blank_form(c):
    lines = ["Patient name: ______________________  DOB (YYYY-MM-DD): ____-__-__",
             "Health card #: ____-___-___-__   MRN: __________",
             "Address: _________________________________  Phone: (___) ___-____",
             "Indication: [ ] AF  [ ] DVT/PE  [ ] Mechanical valve  [ ] Other: ______",
             "Target INR: ____   Anticoagulant: ______________",
             "## INR log",
             "Date | INR | Weekly dose | Next INR | Initials"]
    att = c.ch([Att("pdf", "INR_flowsheet_blank.pdf", A.make_pdf("INR Flowsheet (blank)", lines, subtitle="Form SN-INR-02 rev. 2024")),
                Att("docx", "INR flowsheet - blank.docx", A.make_docx("INR Flowsheet (blank)", lines, c.dt.replace(tzinfo=None)))])
    body = [("p", "Hi team,"),
            ("p", c.ch(["Attached is the revised blank flowsheet. Please shred the old version.",
                        "Blank intake form for new referrals, as requested."]))] + c.sig("sn_rn")
    return Mail("blank_form", "blank INR flowsheet form", c.ch(["Revised INR flowsheet (blank)", "Blank intake form"]),
                c.a("sn_rn", "en"), [("INR clinic staff", "inrstaff@southnation-hc.example")], body, atts=[att])


# --------------------------------------------------------------------------- 20. mail-merge template
def mailmerge_template(c):
    tpl = ("Dear {{first_name}} {{last_name}},\n\nThis is a reminder that your next INR test is on {{inr_date}} at "
           "{{inr_time}} ({{location}}).\nHealth card: {{hcn}}   DOB: {{dob}}\nCurrent weekly warfarin dose: {{weekly_dose}} mg\n\n"
           "If you have any bleeding, call the clinic at 613-555-0160.\n\nSNCH INR Clinic")
    body = [("p", "Hi,"),
            ("p", "Here is the reminder-letter template for the mail merge. Merge fields come from the booking export; "
                  "please test with the dummy file before the real run."),
            ("pre", tpl)] + c.sig("sn_rn", full=False)
    atts = []
    if c.p(0.5):
        atts.append(Att("csv", "dummy_merge_test.csv", A.make_csv(
            ["first_name", "last_name", "inr_date", "inr_time", "hcn", "dob", "weekly_dose"],
            [["TEST", "PATIENT", "2099-01-01", "09:00", "0000-000-000", "1900-01-01", "0"],
             ["SAMPLE", "RECORD", "2099-01-02", "10:00", "0000-000-000", "1900-01-01", "0"]])))
    return Mail("mailmerge_template", "mail-merge reminder template with placeholders", c.ch([
        "Mail merge template - INR reminders", "Reminder letter template"]), c.a("sn_rn", "en"),
        [("Clinic clerk", "clerk@southnation-hc.example")], body, atts=atts)


# --------------------------------------------------------------------------- 21. research protocol
def research_protocol(c):
    n = c.ri(150, 400)
    body = [("p", "Hello,"),
            ("p", f"The Research Ethics Board approved the study 'Pharmacist-led DOAC dose review in rural Eastern Ontario' "
                  f"(REB #{c.date.year}-{c.ri(100, 999)})."),
            ("list", [f"Target sample: {n} adults on DOACs", "Primary outcome: proportion of inappropriate doses at 6 months",
                      "Principal investigator: Rachel Kim, RPh; co-investigator Dr. Ian McKenna",
                      "Data collection via the secure REDCap project only - never by e-mail"])] + c.sig("sn_ph")
    return Mail("research_protocol", "approved research protocol without participants", c.ch([
        "REB approval - DOAC dose review study", "Study protocol approved"]), c.a("sn_ph", "en"),
        [c.a("sn_md", "en"), c.a("sn_rn", "en")], body)


# --------------------------------------------------------------------------- 22. baby announcement / birthday
def baby_announcement(c):
    v = c.variant % 3
    if v != 1:
        s = c.who(c.ch(["sn_rn", "atp6", "ph3"]))
        bd = c.day(-c.ri(1, 7), False)
        baby = c.ch(["Olivia", "Ethan", "Charlotte", "Noah", "Maya"])
        body = [("p", "Hi everyone!"),
                ("p", f"{s.given} welcomed baby {baby} on {G.en_date(bd)} ({bd.isoformat()}) at {c.ri(1, 11)}:{c.ri(10, 59)}, "
                      f"{c.ri(6, 9)} lb {c.ri(1, 15)} oz. Mom and baby are doing great."),
                ("p", "A card is at the front desk if you'd like to sign.")] + c.sig("adm1", full=False)
        subj = f"Welcome baby {baby}!"
    else:
        s = c.who(c.ch(["atp1", "sn_ph", "buy"]))
        bd = datetime.date(c.date.year - c.ri(30, 60), c.date.month, min(28, c.date.day + 3))
        body = [("p", "Shh..."),
                ("p", f"{s.name} turns {c.date.year - bd.year} on {G.en_date(bd.replace(year=c.date.year))} (born "
                      f"{bd.isoformat()}). Cake in the break room at 14:30."),
                ("p", "$5 voluntary contribution for the gift - see Caroline.")] + c.sig("adm1", full=False)
        subj = "Surprise birthday - don't tell!"
    return Mail("baby_announcement", "staff social news with a birth date", subj, c.a("adm1", "en"),
                [("Pharmacy - all", "pharmacy@deuxrives.example")], body)


# --------------------------------------------------------------------------- 23. vendor contact (vCard)
def vendor_contact(c):
    rep = c.who("rep2")
    vc = A.make_vcard(rep.given, rep.surname, org=G.WHOLESALER2["name"], title="Account Manager - Hospital Accounts",
                      tel=G.WHOLESALER2["phone"], cell=f"613-555-01{c.ri(10, 99)}", email=rep.addr,
                      note="Order desk hours 7:00-17:00")
    body = [("p", "Hello,"),
            ("p", c.ch(["I'm your new account manager as of this month. My contact card is attached; the order desk "
                        "number is unchanged.",
                        "Following our call, attached are my contact details and the Q3 contract price list.",
                        "Please update your vendor file with my contact card."]))] + c.sig("rep2")
    atts = [Att("vcf", f"{rep.given} {rep.surname}.vcf", vc)]
    if c.p(0.5):
        rows = [[din(c), p[1], p[2], money(p[3] * 0.97, "en")] for p in c.rng.sample(PRODUCTS, 6)]
        atts.append(Att("xlsx", "contract_prices.xlsx", A.make_xlsx([("Prices", ["DIN", "Product", "Pack", "Contract"], rows)],
                                                                   c.dt.replace(tzinfo=None))))
    return Mail("vendor_contact", "wholesaler account manager contact card", c.ch([
        "New account manager", "Contact details and price list"]), c.a("rep2", "en"), [c.a("buy", "en"), c.a("sn_ph", "en")],
        body, atts=atts)


TEMPLATES = [
    ("purchase_order", purchase_order, 4),
    ("inventory", inventory, 4),
    ("it_notice", it_notice, 4),
    ("facilities", facilities, 4),
    ("stats_report", stats_report, 4),
    ("teaching_case", teaching_case, 4),
    ("blank_form", blank_form, 4),
    ("mailmerge_template", mailmerge_template, 4),
    ("research_protocol", research_protocol, 4),
    ("baby_announcement", baby_announcement, 3),
    ("vendor_contact", vendor_contact, 4),
]
