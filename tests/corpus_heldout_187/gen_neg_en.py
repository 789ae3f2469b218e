"""Hard negatives in English: Riverbend General Hospital ED and trauma program mail without patient data."""
import datetime as _dt

import gen_attach as A
from gen_base import Item, en_date, later, signature
from gen_common import EN_MONTHS, ORG
from gen_mime import Att, Mail
from gen_neg_fr import _FakeP

L = "en"
DOM = ORG["en_dom"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SPECIALTIES = ["trauma surgery", "neurosurgery", "vascular surgery", "orthopedics", "critical care", "interventional cardiology",
               "toxicology", "point-of-care ultrasound", "geriatric emergency medicine", "emergency psychiatry"]


def fn(ctx, sex=None):
    s = ctx.staff(L, sex)
    return s, (s.full, s.email(DOM))


def neg(ctx, cat, note):
    return Item(ctx, cat, L, False, note)


def _fin(it, m, pin=None):
    it.mail = m
    it.pin = pin or {}
    return it


def mk(ctx, frm, to, subject, when, text=None, html=None, atts=None, cc=None, headers=None):
    return Mail(frm, to, subject, when, ctx.msgid(frm[1].split("@")[1]), text=text, html=html,
                atts=atts, cc=cc, headers=headers)


def all_staff():
    return ("ED All Staff", "ed-allstaff@" + DOM)


def html_table(rows, intro="", outro=""):
    h = ["<html><body>", "<p>%s</p>" % intro if intro else "", "<table border=\"1\" cellpadding=\"3\">"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, x, tag) for x in r) + "</tr>")
    h.append("</table>")
    if outro:
        h.append("<p>%s</p>" % outro)
    h.append("</body></html>")
    return "\n".join(h)


# 1 ------------------------------------------------------------------ physician schedule
def schedule(ctx):
    it = neg(ctx, "schedule", "emergency physician shift schedule for the month")
    when = ctx.when()
    sch, frm = fn(ctx)
    docs = [ctx.staff(L) for _ in range(8)]
    rows = [["Date", "07-15", "15-23", "23-07", "Trauma backup"]]
    for d in range(1, 11):
        day = _dt.date(2025, when.month, d)
        a = ctx.sample(docs, 4)
        rows.append([day.strftime("%a %b %d"), a[0].surname, a[1].surname, a[2].surname, a[3].surname])
    x = A.xlsx([(EN_MONTHS[when.month - 1], rows)], author=sch.full)
    body = "Hi all,\n\nDraft schedule attached for %s. Swap requests by Friday please. Remember the trauma backup must be ATLS-current.\n\n%s\n" % (
        EN_MONTHS[when.month - 1], signature(ctx, sch, L, "ED Scheduler"))
    return _fin(it, mk(ctx, frm, [all_staff()], "%s ED MD schedule - draft" % EN_MONTHS[when.month - 1], when, text=body,
                       atts=[Att("ED_MD_schedule_%s.xlsx" % EN_MONTHS[when.month - 1][:3], XLSX, x)]))


# 2 ------------------------------------------------------------------ trauma on-call roster
def oncall(ctx):
    it = neg(ctx, "oncall_roster", "trauma team on-call roster with specialties")
    when = ctx.when()
    co, frm = fn(ctx)
    rows = [["Role", "Physician", "Pager"]]
    for role in ["Trauma Team Leader", "General/Trauma Surgery", "Neurosurgery", "Orthopedics", "Anesthesia", "Interventional Radiology"]:
        s = ctx.staff(L)
        rows.append([role, s.dr(L), ctx.phone(style="dash")])
    return _fin(it, mk(ctx, frm, [all_staff()], "Trauma on-call - week of %s" % when.strftime("%b %d"), when,
                       html=html_table(rows, "Trauma roster for the week of %s:" % en_date(when, False),
                                       "%s<br>Trauma Program Coordinator<br>%s" % (co.full, ORG["en_hosp"]))))


# 3 ------------------------------------------------------------------ leave
def leave(ctx):
    it = neg(ctx, "leave", "manager approving a staff member's leave")
    when = ctx.when()
    mgr, frm = fn(ctx)
    emp, to = fn(ctx)
    d = later(when, 60 * 24 * ctx.randint(20, 50))
    body = "Hi %s,\n\nYour leave from %s to %s is approved. Note that your sick note from last week should go to Occupational " \
           "Health, not to me.\n\nThanks,\n%s\n" % (emp.given, en_date(d, False), en_date(later(d, 60 * 24 * 10), False),
                                                    signature(ctx, mgr, L, "Nurse Manager, Emergency"))
    return _fin(it, mk(ctx, frm, [to], "RE: leave request", when, text=body))


# 4 ------------------------------------------------------------------ payroll
def payroll(ctx):
    it = neg(ctx, "payroll", "payroll correction for shift premiums")
    when = ctx.when()
    pay = ("Payroll Services", "payroll@" + DOM)
    emp, to = fn(ctx)
    body = "\n".join([
        "Hello %s," % emp.given,
        "",
        "Employee #: %d" % ctx.randint(100000, 999999),
        "Pay period ending: %s" % later(when, -60 * 24 * 9).strftime("%Y-%m-%d"),
        "Missing night premium: 4 shifts x 12 h",
        "Critical care premium (trauma bay): 2 shifts",
        "Adjustment: $%d.%02d, on the next deposit." % (ctx.randint(150, 700), ctx.randint(0, 99)),
        "",
        "Payroll Services | %s | %s" % (ORG["en_hosp"], ctx.phone(style="dash")),
    ])
    return _fin(it, mk(ctx, pay, [to], "Pay adjustment", when, text=body))


# 5 ------------------------------------------------------------------ occupational health of an employee
def occ_health(ctx):
    it = neg(ctx, "occupational_health", "occupational health follow-up for an employee after a workplace injury")
    when = ctx.when()
    oh, frm = fn(ctx)
    emp, to = fn(ctx)
    what = ctx.pick(["the back strain you reported after the patient transfer on %s",
                     "the needlestick exposure you reported on %s", "the TB skin test conversion noted on %s"])
    body = "\n".join([
        "Hi %s," % emp.given,
        "",
        "Following %s: %s" % (what % en_date(later(when, -60 * 24 * 8), False), ctx.pick([
            "modified duties (no lifting > 10 kg) for 2 weeks, then reassessment.",
            "baseline bloodwork is negative and your hepatitis B titre is protective; repeat testing at 6 weeks.",
            "chest X-ray is clear; we will discuss preventive treatment at your appointment."])),
        "This stays in your employee health file only.",
        "",
        oh.full + ", RN - Occupational Health & Safety",
        "%s ext. %d" % (ctx.phone(style="dash"), ctx.randint(2100, 7899)),
    ])
    return _fin(it, mk(ctx, frm, [to], "Occupational Health follow-up", when, text=body))


# 6 ------------------------------------------------------------------ newsletter
def newsletter(ctx):
    it = neg(ctx, "newsletter", "ED newsletter with staff news and monthly numbers")
    when = ctx.when()
    ed, frm = fn(ctx)
    a, b, c = ctx.staff(L), ctx.staff(L), ctx.staff(L)
    html = "\n".join([
        "<html><body style=\"font-family:Georgia\">",
        "<h2>The Riverbend Resus — %s issue</h2>" % EN_MONTHS[when.month - 1],
        "<p><b>Welcome</b> to %s, who joins us from a trauma fellowship with a focus on hemorrhagic shock and REBOA.</p>" % a.dr(L),
        "<p><b>Kudos</b> to %s for the grant on geriatric hip fracture pathways, and to %s (%s) for the new stroke alert "
        "checklist.</p>" % (b.dr(L), ("Ms. " if c.sex == "F" else "Mr. ") + c.full, ctx.pick(["Clinical Nurse Educator", "Charge Nurse"])),
        "<p><b>By the numbers:</b> %d visits, %d trauma activations, %d stroke codes, median door-to-needle %d min.</p>" % (
            ctx.randint(3900, 5200), ctx.randint(15, 40), ctx.randint(10, 30), ctx.randint(25, 50)),
        "<p><b>Reminder:</b> sepsis huddles are back at 0745 daily.</p>",
        "<p style=\"font-size:9pt\">Emergency Department, %s, 400 Riverbend Road, Saint-Aurèle, QC — %s</p>" % (
            ORG["en_hosp"], ctx.phone(style="paren")),
        "</body></html>"])
    return _fin(it, mk(ctx, frm, [all_staff()], "The Riverbend Resus - %s" % EN_MONTHS[when.month - 1], when, html=html))


# 7 ------------------------------------------------------------------ committee notice
def committee(ctx):
    it = neg(ctx, "committee_notice", "notice and agenda of the trauma quality committee")
    when = ctx.when()
    sec, frm = fn(ctx)
    chair = ctx.staff(L)
    d = later(when, 60 * 24 * ctx.randint(7, 21))
    body = "\n".join([
        "Trauma Quality Improvement Committee",
        "%s, 12:00-13:00, Room C-310 / Teams" % en_date(d),
        "Chair: %s" % chair.dr(L),
        "",
        "Agenda",
        "1. Minutes",
        "2. Registry indicators Q%d (aggregate)" % ctx.randint(1, 4),
        "3. Time to CT for GCS < 13 - trend",
        "4. Massive transfusion protocol audit (aggregate)",
        "5. Transfer delays to the level 1 centre",
        "6. Other business",
        "",
        "Case reviews are handled in closed session; no identifiable information in the package.",
        "",
        signature(ctx, sec, L, "Administrative Assistant, Trauma Program"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "Trauma QI Committee - agenda", when, text=body))


# 8 ------------------------------------------------------------------ conference programme
def conference(ctx):
    it = neg(ctx, "conference", "programme of an emergency medicine conference")
    when = ctx.when()
    org, frm = fn(ctx)
    talks = ["Whole blood in the field", "Anticoagulated head injury: who needs a CT?", "Posterior circulation stroke pitfalls",
             "The crashing asthmatic", "Pelvic binders: myths and evidence", "Opioid use disorder: starting buprenorphine in the ED",
             "Geriatric trauma triage", "Resuscitative TEE"]
    rows = [["Time", "Talk", "Speaker"]]
    h = 8
    for t in ctx.sample(talks, 6):
        s = ctx.staff(L)
        rows.append(["%02d:%s" % (h, ctx.pick(["00", "30"])), t, "%s, %s" % (s.dr(L), ctx.pick(SPECIALTIES))])
        h += 1
    doc = A.docx("Riverbend Emergency Medicine Day - Programme", [
        "%s, Riverbend Conference Centre" % en_date(later(when, 60 * 24 * 35), False), "Registration $95; residents free. 6 CME credits."],
        table=rows, author="")
    body = "Hi everyone,\n\nProgramme attached. Early-bird rate ends %s.\n\n%s\n" % (en_date(later(when, 60 * 24 * 14), False),
                                                                                  signature(ctx, org, L, "CME Coordinator"))
    return _fin(it, mk(ctx, frm, [all_staff()], "EM Day programme", when, text=body,
                       atts=[Att("EM_Day_programme.docx", DOCX, doc)]))


# 9 ------------------------------------------------------------------ job posting
def job(ctx):
    it = neg(ctx, "job_posting", "job posting for an emergency department position")
    when = ctx.when()
    hr = ("Talent Acquisition", "careers@" + DOM)
    body = "\n".join([
        "POSTING #%s-%04d" % (when.strftime("%y"), ctx.randint(1, 9999)),
        "",
        "Position: %s" % ctx.pick(["Registered Nurse - Emergency (Trauma Bay)", "Trauma Program Coordinator",
                                   "Emergency Physician - locum, 12 shifts/month", "Unit Coordinator - Emergency, nights"]),
        "Status: full-time, rotating shifts",
        "Requirements: current licence, ACLS, TNCC within 12 months; bilingualism (French/English) an asset",
        "Salary: $%d.%02d - $%d.%02d / hour" % (ctx.randint(30, 34), ctx.randint(0, 99), ctx.randint(48, 56), ctx.randint(0, 99)),
        "Closing date: %s" % en_date(later(when, 60 * 24 * 14), False),
        "",
        "Apply through the careers portal with CV and cover letter.",
    ])
    return _fin(it, mk(ctx, hr, [all_staff()], "Now hiring - Emergency", when, text=body))


# 10 ----------------------------------------------------------------- invoice with serials
def invoice(ctx):
    it = neg(ctx, "invoice", "invoice for ED equipment with serial numbers")
    when = ctx.when()
    vend = ("Northline Medical Systems - AR", "ar@northline-med.example")
    buyer, to = fn(ctx)
    rows = [["Item", "Description", "Serial", "Qty", "Amount"]]
    total = 0
    for _ in range(ctx.randint(2, 4)):
        amt = ctx.randint(900, 16000)
        total += amt
        art = ctx.pick([("US-POC-3", "POCUS cart"), ("ECG-12L", "12-lead ECG machine"), ("WARM-FL2", "Fluid warmer"),
                        ("RIF-700", "Rapid infuser")])
        rows.append([art[0], art[1], ctx.pick([ctx.sin(), ctx.ohip()]), "1", "$%d.00" % amt])
    lines = ["Invoice INV-%06d" % ctx.randint(100000, 999999), "Date: %s" % when.strftime("%Y-%m-%d"),
             "Bill to: %s, Emergency Dept, Attn: %s" % (ORG["en_hosp"], buyer.full), "PO: %d" % ctx.randint(4500000, 4599999),
             "Subtotal: $%d.00  GST: $%.2f  QST: $%.2f" % (total, total * 0.05, total * 0.09975), "Terms: Net 30"]
    pdfb = A.pdf("INVOICE", lines, table=rows, footer="Northline Medical Systems, 18 Foundry Way, Port Aldwyn, ON K9Z 2B6")
    return _fin(it, mk(ctx, vend, [to], "Invoice INV-%s" % when.strftime("%m%d"), when,
                       text="Please find attached our invoice. Remit to the address on the invoice.\n\nAccounts Receivable\n%s\n" % ctx.phone(),
                       atts=[Att("INV_%s.pdf" % when.strftime("%Y%m%d"), "application/pdf", pdfb)]))


# 11 ----------------------------------------------------------------- purchase order CSV with lots
def purchase_order(ctx):
    it = neg(ctx, "purchase_order", "purchase order for trauma bay supplies with lot numbers")
    when = ctx.when()
    buyer, frm = fn(ctx)
    to = ("Order Desk - Lakeland Surgical Supply", "orders@lakeland-surgical.example")
    rows = [["sku", "description", "lot", "qty", "unit_price"]]
    for d in ctx.sample(["Tourniquet CAT-style", "Pelvic binder", "Hemostatic gauze", "Chest seal", "Traction splint",
                         "Needle decompression kit", "Rapid infuser set"], 5):
        rows.append(["%s%04d" % (d[:2].upper(), ctx.randint(0, 9999)), d, ctx.niss(_FakeP(ctx)), ctx.randint(2, 50),
                     "%d.%02d" % (ctx.randint(8, 380), ctx.randint(0, 99))])
    csvt = A.csv_text(rows)
    return _fin(it, mk(ctx, frm, [to], "PO %d - trauma bay restock" % ctx.randint(4500000, 4599999), when,
                       text="Hello,\n\nPO attached. Please ship to Receiving Dock 2 before %s.\n\n%s\n" % (
                           en_date(later(when, 60 * 24 * 9), False), signature(ctx, buyer, L, "Buyer, Supply Chain")),
                       atts=[Att("PO_trauma_restock.csv", "text/csv", csvt, charset="us-ascii", cte="7bit")]))


# 12 ----------------------------------------------------------------- inventory XLSX
def inventory(ctx):
    it = neg(ctx, "inventory", "rapid sequence intubation kit inventory with expiry dates")
    when = ctx.when()
    rt, frm = fn(ctx)
    rows = [["Kit", "Item", "Lot", "Expiry", "Qty"]]
    for kit in ["RSI kit A", "RSI kit B"]:
        for art in ["Ketamine 500 mg", "Rocuronium 100 mg", "Succinylcholine 200 mg", "Bougie", "iGel size 4"]:
            rows.append([kit, art, "%s%d%04d" % (ctx.pick("KRSBT"), ctx.randint(23, 25), ctx.randint(0, 9999)),
                         "%d-%02d" % (ctx.randint(2025, 2027), ctx.randint(1, 12)), ctx.randint(1, 4)])
    x = A.xlsx([("RSI kits", rows)], author=rt.full)
    return _fin(it, mk(ctx, frm, [fn(ctx)[1]], "RSI kit check", when,
                       text="Monthly RSI kit check attached; two items expiring next month were swapped.\n\n%s, RRT\n" % rt.full,
                       atts=[Att("RSI_kit_check.xlsx", XLSX, x)]))


# 13 ----------------------------------------------------------------- IT
def it_notice(ctx):
    it = neg(ctx, "it_notice", "IT notice about a tracking board upgrade")
    when = ctx.when()
    sd = ("IT Service Desk", "servicedesk@" + DOM)
    d = later(when, 60 * 24 * 3)
    body = "\n".join([
        "Planned downtime: ED tracking board and e-triage",
        "When: %s, 01:00-03:30" % en_date(d),
        "What to do: use paper CTAS triage sheets and the whiteboard; lab results will print on the unit printer.",
        "Change ticket: CHG%07d" % ctx.randint(1000000, 9999999),
        "",
        "IT Service Desk - %s" % ctx.phone(style="dash"),
    ])
    return _fin(it, mk(ctx, sd, [all_staff()], "Downtime - ED tracking board %s" % d.strftime("%b %d"), when, text=body))


# 14 ----------------------------------------------------------------- facilities
def facilities(ctx):
    it = neg(ctx, "facilities", "facilities notice about helipad and ambulance bay")
    when = ctx.when()
    fm, frm = fn(ctx)
    body = "Hello,\n\nThe helipad lighting will be replaced on %s. During the work, air ambulance arrivals will land at the " \
           "secondary pad and be brought in through the ambulance bay. Expect noise in Resus 1-2 between 09:00 and 15:00.\n\n%s\n" % (
               en_date(later(when, 60 * 24 * 6), False), signature(ctx, fm, L, "Facilities Project Manager"))
    return _fin(it, mk(ctx, frm, [all_staff()], "Helipad lighting work", when, text=body))


# 15 ----------------------------------------------------------------- aggregate statistics
def stats(ctx):
    it = neg(ctx, "statistics", "aggregate quarterly trauma registry statistics")
    when = ctx.when()
    an, frm = fn(ctx)
    rows = [["Indicator", "Q%d" % ctx.randint(1, 4), "Target"],
            ["Trauma activations", str(ctx.randint(60, 140)), "-"],
            ["ISS > 15", str(ctx.randint(15, 45)), "-"],
            ["Median time to CT (min)", str(ctx.randint(18, 40)), "< 30"],
            ["Transfers to level 1", str(ctx.randint(20, 60)), "-"],
            ["Mortality (%)", "%.1f" % (ctx.randint(20, 60) / 10), "-"],
            ["Falls > 65 y (%)", str(ctx.randint(35, 55)), "-"]]
    csvt = A.csv_text(rows)
    return _fin(it, mk(ctx, frm, [all_staff()], "Trauma registry - quarterly numbers", when,
                       text="Hi all,\n\nQuarterly aggregate numbers attached (no patient-level data).\n\n%s\nDecision Support\n" % an.full,
                       atts=[Att("trauma_registry_quarter.csv", "text/csv", csvt, charset="utf-8", cte="quoted-printable")]))


# 16 ----------------------------------------------------------------- teaching case
def teaching(ctx):
    it = neg(ctx, "teaching_case", "de-identified teaching case for residents")
    when = ctx.when()
    md, frm = fn(ctx)
    case = ctx.pick([
        "A 62-year-old man with tearing chest pain radiating to the back and a 30 mmHg arm BP difference. What next?",
        "A 79-year-old woman on apixaban falls from standing, GCS 15. CT or not? How long to observe?",
        "A 19-year-old with a stab wound to the left chest, BP 80/50. First five minutes?",
        "A 45-year-old with thunderclap headache, CT negative at 5 hours. LP?"])
    body = "Residents,\n\nCase for Thursday's academic half-day (fictional, adapted from the literature):\n\n%s\n\n%s\n" % (
        case, signature(ctx, md, L, "Residency Program Director, EM"))
    return _fin(it, mk(ctx, frm, [("EM Residents", "em-residents@" + DOM)], "Thursday case", when, text=body))


# 17 ----------------------------------------------------------------- blank form PDF
def blank_form(ctx):
    it = neg(ctx, "blank_form", "blank trauma transfer checklist to print")
    when = ctx.when()
    ed, frm = fn(ctx)
    lines = ["Patient name: ______________________   DOB (YYYY-MM-DD): ____________", "RAMQ / health card: ______________   MRN: ________",
             "Mechanism of injury: ___________________________", "Primary survey: A ___ B ___ C ___ D ___ E ___",
             "Imaging sent to PACS: [ ] yes [ ] no", "Blood products given: ____________", "Accepting physician: ____________",
             "", "Form TRX-3 rev. 2025-02"]
    pdfb = A.pdf("Trauma Transfer Checklist (blank)", lines)
    return _fin(it, mk(ctx, frm, [all_staff()], "New TRX-3 checklist - blank copy", when,
                       text="Blank copy of the new transfer checklist attached. Please print and stock in Resus.\n\n%s\n" % signature(
                           ctx, ed, L, "Clinical Nurse Educator"),
                       atts=[Att("TRX-3_blank.pdf", "application/pdf", pdfb)]))


# 18 ----------------------------------------------------------------- mail-merge template
def mailmerge(ctx):
    it = neg(ctx, "template", "mail-merge template for follow-up call letters")
    when = ctx.when()
    ag, frm = fn(ctx)
    tpl = "\n".join(["{{patient_first_name}} {{patient_last_name}}", "{{address_line_1}}", "", "Dear {{patient_first_name}},",
                     "", "Following your visit on {{visit_date}}, please call {{clinic_phone}} to book your follow-up.",
                     "Chart #: {{mrn}}"])
    body = "Hi,\n\nHere is the corrected merge template for the follow-up letters (fields in braces are filled by the system):\n\n%s\n\n%s\nUnit Clerk\n" % (
        tpl, ag.full)
    return _fin(it, mk(ctx, frm, [fn(ctx)[1]], "Follow-up letter template (corrected)", when, text=body))


# 19 ----------------------------------------------------------------- drug shortage
def shortage(ctx):
    it = neg(ctx, "drug_shortage", "pharmacy drug shortage bulletin")
    when = ctx.when()
    ph, frm = fn(ctx)
    drug = ctx.pick([("IV metoprolol 5 mg/5 mL", "IV diltiazem per AF protocol"), ("Tetanus-diphtheria (Td) vaccine", "Tdap for all eligible adults"),
                     ("Ketorolac 30 mg/mL", "IV ibuprofen or oral NSAIDs"), ("Sodium bicarbonate 8.4% syringes", "50 mL vials from pharmacy")])
    body = "DRUG SHORTAGE NOTICE\n\nProduct: %s\nExpected duration: %d weeks\nAlternative: %s\n\nResus stock is protected.\n\n%s\n" % (
        drug[0], ctx.randint(2, 10), drug[1], signature(ctx, ph, L, "Clinical Pharmacist, Emergency"))
    return _fin(it, mk(ctx, frm, [all_staff()], "Shortage: %s" % drug[0], when, text=body))


# 20 ----------------------------------------------------------------- recall
def recall(ctx):
    it = neg(ctx, "recall", "device recall with affected lot numbers")
    when = ctx.when()
    bm, frm = fn(ctx)
    lots = [ctx.pick([ctx.sin(), ctx.ohip(), "RB%05d" % ctx.randint(0, 99999)]) for _ in range(ctx.randint(2, 4))]
    body = "\n".join([
        "FIELD SAFETY NOTICE - Class II recall",
        "Device: %s" % ctx.pick(["Rapid infuser disposable set", "Adult defibrillation pads", "Intraosseous needle set 25 mm"]),
        "Affected lots: %s" % ", ".join(lots),
        "Issue: %s" % ctx.pick(["possible air-detector failure", "reduced adhesive performance", "needle hub separation"]),
        "Action: quarantine and return to Biomed by Friday.",
        "",
        signature(ctx, bm, L, "Biomedical Engineering"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "RECALL - affected lots", when, text=body))


# 21 ----------------------------------------------------------------- research protocol
def research(ctx):
    it = neg(ctx, "research_protocol", "research protocol announcement with no participant data")
    when = ctx.when()
    pi, frm = fn(ctx)
    body = "\n".join([
        "Hi all,",
        "",
        "The BINDER-ED trial (early pelvic binder application by triage nurses) has REB approval (#%d-%03d)." % (when.year, ctx.randint(1, 500)),
        "Inclusion: adults with high-energy mechanism and suspected pelvic injury. Exclusion: isolated hip fracture from standing.",
        "Target: 180 participants over 2 years, 3 sites. Consent is deferred per the REB-approved process.",
        "",
        "Research coordinator %s will present at Tuesday's staff meeting." % ctx.staff(L).full,
        "",
        signature(ctx, pi, L, "Principal Investigator, Emergency Medicine"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "New trial in the ED - BINDER-ED", when, text=body))


# 22 ----------------------------------------------------------------- colleague's baby
def baby(ctx):
    it = neg(ctx, "staff_news", "announcement of a colleague's new baby")
    when = ctx.when()
    ch, frm = fn(ctx)
    par = ctx.staff(L)
    d = later(when, -60 * 24 * ctx.randint(1, 6))
    body = "Hi team,\n\nGreat news - %s (nights, trauma bay) and family welcomed baby %s on %s, 7 lb 9 oz. Everyone is doing well! " \
           "Card at the charge desk.\n\n%s\n" % (par.full, ctx.pick(["Theo", "Maeve", "Isla", "Rowan", "Hazel", "Emmett"]),
                                                 en_date(d, False), ch.given)
    return _fin(it, mk(ctx, frm, [all_staff()], "Baby news!", when, text=body))


# 23 ----------------------------------------------------------------- staff recognition / birthday
def recognition(ctx):
    it = neg(ctx, "staff_news", "staff recognition and birthdays of the month")
    when = ctx.when()
    so, frm = fn(ctx)
    lines = ["Happy birthday this month to:"]
    for _ in range(ctx.randint(3, 6)):
        s = ctx.staff(L)
        lines.append("- %s (%s), %s %d" % (s.full, ctx.pick(["RN", "PCA", "clerk", "RT", "MD"]), EN_MONTHS[when.month - 1], ctx.randint(1, 28)))
    s = ctx.staff(L)
    lines += ["", "Shout-out to %s for keeping calm during the multi-casualty night shift last week." % s.full, "", "Social Committee"]
    return _fin(it, mk(ctx, frm, [all_staff()], "Birthdays & shout-outs", when, text="\n".join(lines) + "\n"))


# 24 ----------------------------------------------------------------- candidate
def candidate(ctx):
    it = neg(ctx, "candidate", "HR forwarding a job candidate's CV")
    when = ctx.when()
    hr, frm = fn(ctx)
    mgr, to = fn(ctx)
    c = ctx.staff(L)
    dob = _dt.date(ctx.randint(1978, 2000), ctx.randint(1, 12), ctx.randint(1, 28))
    pdfb = A.pdf("Curriculum Vitae - %s" % c.full, ["Date of birth: %s" % dob.strftime("%B %d, %Y"), "Phone: %s" % ctx.phone(),
                                                     "Email: %s" % c.email("mailbox.example"), "",
                                                     "Experience: ED RN, Port Aldwyn General (%d-2025)" % ctx.randint(2010, 2019),
                                                     "Certifications: ACLS, TNCC, CTAS provider", "Education: BScN"])
    return _fin(it, mk(ctx, frm, [to], "Candidate for RN Emergency posting", when,
                       text="Hi %s,\n\nCV attached for the Emergency RN posting. Interview slot proposed %s at 10:00.\n\n%s\nTalent Acquisition\n" % (
                           mgr.given, en_date(later(when, 60 * 24 * 5), False), hr.full),
                       atts=[Att("CV_%s.pdf" % c.surname.replace("'", ""), "application/pdf", pdfb)]))


# 25 ----------------------------------------------------------------- training
def training(ctx):
    it = neg(ctx, "training", "training session registrations for trauma courses")
    when = ctx.when()
    ed, frm = fn(ctx)
    rows = [["Name", "Role", "Employee #", "Course"]]
    for _ in range(ctx.randint(5, 8)):
        s = ctx.staff(L)
        rows.append([s.full, ctx.pick(["RN", "MD", "RT", "PCA"]), str(ctx.randint(100000, 999999)),
                     ctx.pick(["TNCC", "ATLS", "ACLS recert", "Sim: massive transfusion"])])
    return _fin(it, mk(ctx, frm, [all_staff()], "Course registrations confirmed", when,
                       html=html_table(rows, "Registrations for the %s sessions:" % EN_MONTHS[when.month - 1],
                                       "%s<br>Clinical Nurse Educator" % ed.full)))


# 26 ----------------------------------------------------------------- mass casualty drill
def drill(ctx):
    it = neg(ctx, "emergency_drill", "mass casualty exercise debrief with simulated casualties")
    when = ctx.when()
    co, frm = fn(ctx)
    rows = [["Moulage #", "Scenario", "Triage tag", "Time to triage (min)"]]
    for i in range(1, ctx.randint(8, 12)):
        rows.append(["SIM-%02d" % i, ctx.pick(["open femur fracture", "20% burns", "head injury", "tension pneumothorax", "minor lacerations"]),
                     ctx.pick(["Red", "Yellow", "Green", "Black"]), str(ctx.randint(1, 18))])
    return _fin(it, mk(ctx, frm, [all_staff()], "Code Orange exercise - debrief", when,
                       html=html_table(rows, "Thanks for joining the Code Orange exercise (simulated train derailment, volunteer actors).",
                                       "%s<br>Emergency Preparedness" % co.full)))


# 27 ----------------------------------------------------------------- vendor quote
def quote(ctx):
    it = neg(ctx, "quote", "vendor quote for a video laryngoscope fleet")
    when = ctx.when()
    rep = ("Sales - Northline Medical", "sales@northline-med.example")
    buyer, to = fn(ctx)
    n = ctx.randint(4, 10)
    body = "\n".join([
        "Hi %s," % buyer.given,
        "",
        "Quote Q-%05d for %d video laryngoscopes (hyperangulated + Mac blades), charging docks and 2-year warranty:" % (ctx.randint(1, 99999), n),
        "Unit price $%d, total $%d before taxes. Demo units: serial %s and %s available next week." % (
            8400, 8400 * n, ctx.sin(), ctx.ohip()),
        "",
        "Best,",
        "Northline Medical Systems, 18 Foundry Way, Port Aldwyn, ON - %s" % ctx.phone(style="dash"),
    ])
    return _fin(it, mk(ctx, rep, [to], "Quote - video laryngoscopes", when, text=body))


# 28 ----------------------------------------------------------------- directory
def directory(ctx):
    it = neg(ctx, "directory", "referral clinic directory for ED physicians")
    when = ctx.when()
    ag, frm = fn(ctx)
    rows = [["Clinic", "For", "Lead", "Phone"]]
    for clinic, purpose in [("Rapid TIA Clinic", "TIA within 48 h"), ("Fracture Clinic", "non-operative fractures"),
                            ("Concussion Clinic", "post-concussion symptoms"), ("Thrombosis Clinic", "outpatient DVT/PE")]:
        s = ctx.staff(L)
        rows.append([clinic, purpose, s.dr(L), ctx.phone(style="paren")])
    return _fin(it, mk(ctx, frm, [all_staff()], "Updated referral directory", when,
                       html=html_table(rows, "Updated outpatient referral directory (%s):" % when.strftime("%B %Y"),
                                       "%s<br>ED Administration, %s" % (ag.full, ORG["en_hosp"]))))


# 29 ----------------------------------------------------------------- parking / badge
def badge(ctx):
    it = neg(ctx, "security", "security notice on badge access to the trauma bay")
    when = ctx.when()
    sec = ("Security Services", "security@" + DOM)
    body = "Starting %s, the trauma bay and ambulance entrance doors will require badge + PIN between 23:00 and 07:00. " \
           "Staff whose badges were issued before 2022 must get a new one at the Security office (ground floor, room G-12).\n\n" \
           "Security Services - %s\n" % (en_date(later(when, 60 * 24 * 7), False), ctx.phone(style="dash"))
    return _fin(it, mk(ctx, sec, [all_staff()], "Badge access change - trauma bay", when, text=body))


# 30 ----------------------------------------------------------------- protocol update
def policy(ctx):
    it = neg(ctx, "protocol_update", "updated ED stroke protocol announcement")
    when = ctx.when()
    lead, frm = fn(ctx)
    body = "\n".join([
        "Hi all,",
        "",
        "The ED code stroke protocol has been updated:",
        "- CT/CTA for all code strokes within 24 h of last known well;",
        "- tenecteplase 0.25 mg/kg (max 25 mg) replaces alteplase;",
        "- direct transfer for EVT when an LVO is seen, without waiting for the final report.",
        "",
        "Effective %s. Pocket cards in the staff room." % en_date(later(when, 60 * 24 * 7), False),
        "",
        signature(ctx, lead, L, "ED Stroke Lead"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "Code stroke protocol update", when, text=body))


TEMPLATES = [schedule, oncall, leave, payroll, occ_health, newsletter, committee, conference, job, invoice, purchase_order,
             inventory, it_notice, facilities, stats, teaching, blank_form, mailmerge, shortage, recall, research, baby,
             recognition, candidate, training, drill, quote, directory, badge, policy]
