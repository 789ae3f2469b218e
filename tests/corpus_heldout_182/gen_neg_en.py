"""English hard negatives: committee notices, statistics, HR, invoices, IT, templates."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Builder, Transport
from gen_spec import mail, neg

SPECIALTIES = [("oncologist", "lung cancer"), ("neurologist", "ALS and motor neuron disease"),
               ("geriatrician", "dementia and delirium"), ("nephrologist", "end-stage renal disease"),
               ("psychiatrist", "bipolar disorder"), ("cardiologist", "heart failure"),
               ("respirologist", "COPD"), ("intensivist", "sepsis"),
               ("pediatric endocrinologist", "type 1 diabetes")]
REASONS = ["Care and services provided", "Interpersonal relations", "Accessibility",
           "Physical environment and resources", "Financial matters", "Patients' rights",
           "Mistreatment"]


def staff(c, role):
    return c.staff(C.EN_DOM, role)


def dr(c, role="physician"):
    p = c.staff(C.EN_DOM, role)
    p.title = "Dr."
    return p


def day(c, lo=1, hi=11):
    d = datetime.date(2025, c.rng.randrange(lo, hi + 1), c.rng.randrange(1, 29))
    return f"{C.MONTHS[d.month - 1]} {d.day}, 2025", d


# ---------------------------------------------------------------------------
def e_stats(c):
    omb = staff(c, "Patient Ombudsman")
    q = c.pick(["Q1", "Q2", "Q3"])
    rows = [["Reason", "Complaints", "Founded", "Avg days to close"]]
    for r in REASONS:
        rows.append([r, c.rng.randrange(5, 120), c.rng.randrange(1, 40), c.rng.randrange(10, 44)])
    body = (f"Hi all,\n\nAttached are the {q} complaint figures by reason for the board report. "
            f"Overall volume is up {c.rng.randrange(3, 18)}% over last year, mostly access to "
            "Emergency and parking. 94% of files were closed within the 45-day limit.\n\n"
            "These are aggregate numbers only; nothing here identifies a complainant.\n\n"
            + omb.full + C.sig_en(omb))
    att = c.pick([A.att_csv(f"complaints_{q}_2025.csv", rows, c.rng),
                  A.att_xlsx(f"complaints_{q}_2025.xlsx", [("By reason", rows)], omb.full)])
    m = mail(c, omb.addr(), [staff(c, "Director of Quality").addr(), staff(c, "Executive Assistant").addr()],
             f"{q} complaint statistics", body, [att])
    return neg(c, "quarterly_stats", "en", "aggregate quarterly complaint statistics", m)


def e_committee(c):
    sec = staff(c, "Executive Assistant")
    chair = staff(c, "Board member, committee chair")
    omb = staff(c, "Patient Ombudsman")
    cmo = dr(c, "Chief Medical Officer")
    d, dd = day(c)
    text = (f"Dear members,\n\nThe Vigilance and Quality Committee will meet on {d}, 1:30-4:00 pm, "
            "Boardroom (Pavilion A) and by Teams.\n\nAgenda\n1. Adoption of the agenda\n"
            "2. Minutes of the previous meeting\n"
            f"3. Ombudsman's quarterly report - {omb.full}\n"
            f"4. Follow-up on medical examiner recommendations - Dr. {cmo.full}\n"
            "5. Quebec Ombudsman report on long-term care\n"
            "6. Incident and accident reports - aggregate trends\n7. Other business\n\n"
            f"Documents will be posted 48 hours ahead.\n\n{sec.full}, on behalf of "
            f"{'Ms.' if chair.sex == 'F' else 'Mr.'} {chair.surname}, Chair\n")
    start = datetime.datetime(dd.year, dd.month, dd.day, 13, 30)
    atts = []
    if c.chance(0.5):
        atts = [A.att_ics("VQC_meeting.ics",
                          A.ics(f"vqc-{c.rng.randrange(10**6)}@{C.EN_DOM}", start,
                                start + datetime.timedelta(hours=2, minutes=30),
                                "Vigilance and Quality Committee", "Regular meeting. Agenda to follow.",
                                "Boardroom, Pavilion A", (sec.full, sec.email)), c.rng)]
    to = [omb.addr(), cmo.addr(), chair.addr()]
    m = mail(c, sec.addr(), to, f"Notice of meeting - Vigilance and Quality Committee, {d}", text, atts)
    return neg(c, "committee_notice", "en", "vigilance and quality committee notice", m)


def e_newsletter(c):
    mgr = staff(c, "Manager, Spiritual Care Services")
    new = staff(c, "Chaplain")
    d1 = dr(c)
    spec, topic = c.pick(SPECIALTIES)
    d, _ = day(c)
    html = ("<html><body style=\"font-family:Arial;max-width:640px\">\n"
            "<h1 style=\"color:#2d6a4f\">Pathways - Spiritual Care newsletter</h1>\n"
            f"<h3>Welcome, {new.full}</h3>\n<p>Please welcome {'Ms.' if new.sex == 'F' else 'Mr.'} "
            f"{new.surname}, who joins our palliative care team after ten years in community chaplaincy.</p>\n"
            f"<h3>Lunch and learn</h3>\n<p>On {d}, Dr. {d1.full}, {spec} with a special interest in "
            f"{topic}, will speak on <em>Hope and honesty in serious illness conversations</em>. "
            "Auditorium A, 12:05.</p>\n"
            "<h3>Interfaith memorial service</h3>\n<p>Our annual memorial service for families "
            "bereaved this year will be held in the chapel. Families receive a written invitation.</p>\n"
            f"<h3>By the numbers</h3>\n<p>{c.rng.randrange(700, 1500)} visits this quarter, "
            f"{c.rng.randrange(40, 120)} end-of-life rituals.</p>\n"
            f"<p style=\"font-size:9pt;color:#888\">{C.EN_HOSP} | {C.EN_ADDR} | {C.EN_PHONE}</p>\n"
            "</body></html>")
    text = (f"Pathways - Spiritual Care newsletter\n\nWelcome, {new.full}\nLunch and learn on {d}: "
            f"Dr. {d1.full}, {spec} ({topic}).\nInterfaith memorial service in the chapel.\n")
    m = mail(c, mgr.addr(), [("All staff", f"allstaff@{C.EN_DOM}")], "Pathways - "
             + c.pick(["Fall", "Winter", "Spring"]) + " issue", text, html=html)
    return neg(c, "newsletter", "en", "spiritual care newsletter", m, mode=c.pick(["html", "alt"]))


def e_conference(c):
    org = staff(c, "Clinical Ethicist")
    spk = [dr(c) for _ in range(3)]
    topics = ["Capacity assessment in dementia: a practical approach",
              "Advance requests for medical assistance in dying",
              "When families disagree: conflict at the end of life"]
    d, _ = day(c, 3, 11)
    paras = [f"Regional Clinical Ethics Day - {d}", "Venue: Riverside Hill Auditorium A"]
    for i, (p, t) in enumerate(zip(spk, topics)):
        paras.append(f"{9 + i}:00  {t} - Dr. {p.full}")
    paras += ["12:00  Lunch", "13:15  Panel: complaints, disclosure and apology",
              "Registration: $75 (free for students). 5 accredited hours."]
    att = c.pick([A.att_docx("Ethics_Day_programme.docx", "Programme", paras, author=org.full),
                  A.att_pdf("Ethics_Day_programme.pdf", "Programme", paras, org.full)])
    body = (f"Hello everyone,\n\nThe programme for the Regional Clinical Ethics Day on {d} is "
            f"attached. Seats are limited.\n\n{org.full}\n" + C.sig_en(org, "Clinical Ethics Service"))
    m = mail(c, org.addr(), [("Ethics list", f"ethics-list@{C.EN_DOM}")], "Programme - Clinical Ethics Day",
             body, [att])
    return neg(c, "conference_programme", "en", "clinical ethics day programme", m)


def e_job(c):
    hr = staff(c, "Talent Acquisition Advisor")
    post = c.pick([("Spiritual Care Practitioner", "master's degree in theology, divinity or "
                    "religious studies; CASC certification an asset"),
                   ("Assistant Patient Ombudsman", "bachelor's degree in law, social sciences or "
                    "health sciences; 5 years' experience"),
                   ("Clinical Ethicist", "PhD in bioethics or philosophy")])
    n = c.rng.randrange(10000, 99999)
    body = (f"JOB POSTING #{n}\n\nPosition: {post[0]}\nStatus: full-time permanent, days, 35 h/week\n"
            f"Location: {C.EN_HOSP}\nSalary: $29.82 to $52.37 per hour\n\nRequirements: {post[1]}.\n\n"
            "We are looking for someone calm and discreet who can support people at the end of life, "
            "bereaved families and patients who are unhappy with their care. Bilingualism required.\n\n"
            f"Apply by {day(c)[0]} at careers@{C.EN_DOM}, quoting the posting number.\n\n"
            + hr.full + C.sig_en(hr, "Human Resources"))
    m = mail(c, hr.addr(), [("Postings", f"postings@{C.EN_DOM}")], f"Posting #{n} - {post[0]}", body)
    return neg(c, "job_posting", "en", "job posting", m)


def e_oncall(c):
    coord = staff(c, "Spiritual Care Coordinator")
    team = [staff(c, "Chaplain") for _ in range(5)]
    rows = [["Week of", "Days 8-4", "Evenings 4-12", "Nights (on call)", "On-call pager"]]
    start = datetime.date(2025, c.rng.randrange(1, 10), 1)
    for w in range(5):
        a, b, e = c.rng.sample(team, 3)
        rows.append([(start + datetime.timedelta(days=7 * w)).isoformat(), a.full, b.full, e.full,
                     f"514-555-01{c.rng.randrange(0, 100):02d}"])
    body = (f"Hi team,\n\nOn-call schedule for {C.MONTHS[start.month - 1]} attached. Please send swaps "
            "to me by the 20th.\n\n" + coord.given + C.sig_en(coord, "Spiritual Care Services"))
    att = c.pick([A.att_xlsx(f"oncall_{start.strftime('%Y-%m')}.xlsx", [("On call", rows)], coord.full),
                  A.att_csv(f"oncall_{start.strftime('%Y-%m')}.csv", rows, c.rng)])
    m = mail(c, coord.addr(), [t.addr() for t in team], f"On-call schedule - {C.MONTHS[start.month - 1]}",
             body, [att])
    return neg(c, "oncall_schedule", "en", "chaplain on-call schedule", m)


def e_leave(c):
    emp = staff(c, "Assistant Patient Ombudsman")
    boss = staff(c, "Patient Ombudsman")
    d1, dd = day(c, 5, 8)
    d2 = dd + datetime.timedelta(days=c.rng.randrange(4, 14))
    q = (f"> Hi {boss.given},\n> I'd like to take vacation from {d1} to {C.MONTHS[d2.month - 1]} {d2.day}. "
         "My open files are up to date and the intake line will be covered.\n> Thanks,\n> " + emp.given)
    body = (f"Hi {emp.given},\n\nApproved - enjoy! Please put it in the system and set your "
            f"out-of-office.\n\n{boss.given}\n\n{q}")
    m = mail(c, boss.addr(), [emp.addr()], "RE: Vacation request", body, reply=True)
    return neg(c, "leave_request", "en", "vacation request approval with quote", m)


def e_payroll(c):
    pay = staff(c, "Payroll Technician")
    body = (f"Hello,\n\nPay for period 14 will be deposited on {day(c)[0]}. Pay stubs are in the "
            "employee portal (My file > Pay).\n\nReminders:\n- evening and night premiums for "
            "period 13 will be paid in period 15;\n- changes of address or SIN must be made in person "
            "at Payroll (bring ID);\n- T4 and RL-1 slips will be available in February.\n\n"
            + pay.full + C.sig_en(pay, "Payroll"))
    m = mail(c, pay.addr(), [("All staff", f"allstaff@{C.EN_DOM}")], "Payroll - period 14", body)
    return neg(c, "payroll", "en", "payroll notice", m)


def e_occ_health(c):
    oh = staff(c, "Occupational Health Nurse")
    body = c.pick([
        (f"Hello,\n\nThe staff flu and COVID vaccination clinic runs {day(c, 10, 11)[0]} to "
         "the end of the month in room B-012, 7:30-15:30. Bring your employee card. Staff with an "
         "egg allergy or a previous reaction should book a 15-minute slot with us first.\n"),
        (f"Hi,\n\nReminder that annual N95 fit testing for the Spiritual Care and Ombudsman teams is "
         f"scheduled for {day(c)[0]}. Staff who have had facial surgery or significant weight change "
         "since their last test must be re-fitted.\n"),
    ])
    body += "\n" + oh.full + C.sig_en(oh, "Occupational Health and Safety")
    m = mail(c, oh.addr(), [("Staff", f"staff-b@{C.EN_DOM}")],
             c.pick(["Staff vaccination clinic", "N95 fit testing"]), body)
    return neg(c, "occupational_health", "en", "staff occupational health notice", m)


def e_return_to_work(c):
    oh = staff(c, "Occupational Health Advisor")
    emp = staff(c, "Chaplain")
    mgr = staff(c, "Manager, Spiritual Care Services")
    cond = c.pick(["a knee replacement", "a low back injury", "a broken ankle", "burnout"])
    body = (f"Hi {mgr.given},\n\nGradual return-to-work plan for {emp.full} (employee #"
            f"{c.rng.randrange(100000, 999999)}), off for eight weeks after {cond}. Starting "
            f"{day(c)[0]}:\n- weeks 1-2: 3 half-days\n- weeks 3-4: 4 days\n- no lifting over 5 kg, "
            "no stairs-only units\n\nThe attending physician's form is on the OHS file.\n\n"
            + oh.full + C.sig_en(oh, "Occupational Health and Safety"))
    m = mail(c, oh.addr(), [mgr.addr()], f"Return to work - {emp.full}", body)
    return neg(c, "return_to_work", "en", "employee return-to-work plan", m)


def e_invoice(c):
    sup = c.pick([("Lakeshore Interpreting Inc.", "interpreting services (Arabic, Punjabi, ASL)"),
                  ("Candlelight Church Supply", "votive candles and altar linens"),
                  ("Northshore Print & Design", "brochures 'Your right to complain'")])
    ap = staff(c, "Accounts Payable Clerk")
    n = c.rng.randrange(10000, 99999)
    lines = [sup[0], "77 Foundry Road, Kirkland-Est QC H9H 0B2 - 514-555-0193", "",
             f"INVOICE #{n}", f"Date: {day(c)[0]}", f"Customer no.: {c.rng.randrange(1000, 9999)}",
             f"PO: PO-{c.rng.randrange(100000, 999999)}", "", f"Description: {sup[1]}",
             f"Qty: {c.rng.randrange(2, 40)}", f"Subtotal: ${c.rng.randrange(200, 3000)}.00",
             f"GST/HST Reg. No. {C.luhn_serial(c.rng, 9)} RT0001",
             f"QST Reg. No. {C.luhn_serial(c.rng, 10)} TQ0001", "Net 30 days."]
    att = A.att_pdf(f"INV-{n}.pdf", "Invoice", lines, sup[0])
    body = (f"Hi,\n\nInvoice {n} from {sup[0]} attached for approval (cost centre 7420).\n\nThanks,\n"
            + ap.full)
    m = mail(c, ap.addr(), [staff(c, "Manager").addr()], f"Invoice {n} for approval", body, [att])
    return neg(c, "invoice", "en", "supplier invoice for approval (pdf)", m)


def e_purchase_order(c):
    buyer = staff(c, "Buyer")
    items = [("Badge reader", "BR-200"), ("Recliner, family room", "RC-88"),
             ("Tablet for virtual visits", "TAB-10"), ("Flameless LED candle", "LED-4")]
    rows = [["Item", "Model", "Serial no.", "Asset tag", "Lot"]]
    for name, model in c.rng.sample(items, 3):
        rows.append([name, model, C.luhn_serial(c.rng, 10), C.luhn_serial(c.rng, 9),
                     f"L{c.rng.randrange(10000, 99999)}"])
    po = c.rng.randrange(100000, 999999)
    att = A.att_xlsx(f"PO-{po}.xlsx", [("PO", rows)], buyer.full)
    body = (f"Hello,\n\nPO-{po} is attached with the serial numbers recorded at delivery. Please "
            "confirm receipt at dock 3.\n\n" + buyer.full + C.sig_en(buyer, "Procurement"))
    m = mail(c, buyer.addr(), [staff(c, "Administrative Technician").addr()], f"PO-{po} - serial numbers",
             body, [att])
    return neg(c, "purchase_order", "en", "purchase order with serial numbers (xlsx)", m)


def e_it(c):
    it = staff(c, "IT Service Desk Analyst")
    d, _ = day(c)
    body = c.pick([
        (f"Hello,\n\nThe complaints management system will be unavailable on {d} from 6 pm to "
         "11 pm for an upgrade. Open files are not affected. You will need to re-enrol in "
         "multi-factor authentication afterwards.\n"),
        ("Hello,\n\nWe are seeing phishing e-mails pretending to come from 'Patient Ombudsman "
         "Office' asking you to open a 'complaint PDF'. Do not open it; report it with the Phish "
         "Alert button.\n"),
        (f"Hi,\n\nThe virtual-visit tablets on 4 West and the palliative unit will be updated on {d}. "
         "Please leave them plugged into the cart the night before.\n"),
    ])
    body += f"\nIT Service Desk - ext. 5555\n{it.full}\n"
    m = mail(c, it.addr(), [("Users", f"users@{C.EN_DOM}")],
             c.pick(["Planned maintenance", "Phishing alert", "Tablet update"]), body)
    return neg(c, "it_notice", "en", "IT notice", m)


def e_facilities(c):
    fm = staff(c, "Project Manager, Facilities")
    d, _ = day(c)
    body = c.pick([
        (f"Hello,\n\nRenovation of the chapel (room 1-120) starts {d} and will take about six weeks. "
         "Services will move to the multi-faith room (1-140). Expect noise 8 am-3 pm.\n"),
        (f"Hello,\n\nParking lot P2 will be closed on {d} for line painting. Staff with P2 permits "
         "may use P4.\n"),
        (f"Hi,\n\nThe heating in the Ombudsman suite (B-210 to B-218) will be shut off on {d} for "
         "valve replacement. Portable heaters are available from Facilities.\n"),
    ])
    body += "\n" + fm.full + C.sig_en(fm, "Facilities Management")
    m = mail(c, fm.addr(), [("Pavilion A", f"pavilion-a@{C.EN_DOM}")],
             c.pick(["Chapel renovation", "Parking P2 closure", "Heating shut-off"]), body)
    return neg(c, "facilities", "en", "facilities notice", m)


def e_blank_form(c):
    omb = staff(c, "Patient Ombudsman")
    lines = ["COMPLAINT FORM - patient or representative",
             "Patient's last name: ____________________   First name: ________________",
             "Date of birth (YYYY-MM-DD): ____-__-__    Sex: [ ] F  [ ] M  [ ] X",
             "Medicare number (RAMQ): ____ ____ ____     Chart no.: ____________",
             "Address: ____________________________________  Phone: (___) ___-____",
             "What is your complaint about? ____________________________________________",
             "If you are a representative, your relationship to the patient: __________",
             "Signature: ____________________   Date: ____________",
             f"Return to: {OMB_ADDR}"]
    att = A.att_pdf("complaint_form_blank.pdf", "Complaint form", lines, omb.full)
    body = ("Hello,\n\nAttached is the updated blank complaint form for the unit display racks. "
            "Patients should be encouraged to use the online form first.\n\n" + omb.full + C.sig_en(omb))
    m = mail(c, omb.addr(), [staff(c, "Nurse Manager").addr() for _ in range(3)],
             "Updated complaint form (blank)", body, [att])
    return neg(c, "blank_form", "en", "blank complaint form (pdf)", m)


OMB_ADDR = f"Patient Ombudsman Office, {C.EN_HOSP}, {C.EN_ADDR}"


def e_mail_merge(c):
    clerk = staff(c, "Administrative Assistant")
    body = ("Hi,\n\nHere's the mail-merge template for acknowledgement letters. Fields in double "
            "braces are filled from the complaints register.\n\n---\n{{Salutation}} {{FirstName}} "
            "{{LastName}}\n{{Address1}}\n{{City}} QC {{PostalCode}}\n\nRe: Acknowledgement - file "
            "{{FileNo}}\n\nDear {{Salutation}} {{LastName}},\n\nWe acknowledge receipt of your "
            "complaint dated {{DateReceived}}. We will send you our conclusions by {{DueDate}}.\n---\n\n"
            "Let me know if you want a different closing.\n\n" + clerk.full)
    m = mail(c, clerk.addr(), [staff(c, "Patient Ombudsman").addr()], "Mail-merge template - acknowledgements",
             body)
    return neg(c, "mail_merge_template", "en", "mail-merge template with placeholders", m)


def e_teaching_case(c):
    eth = staff(c, "Clinical Ethicist")
    case = c.pick([
        "Mrs. A, 84, with moderate dementia, refuses transfer to long-term care. Her daughter insists. "
        "The team wonders whether she can consent to the move.",
        "Mr. B, 52, with end-stage renal disease, asks to stop dialysis. Psychiatry finds no depression. "
        "His wife is opposed.",
        "A 15-year-old Jehovah's Witness refuses a transfusion after a car crash. His parents support him.",
    ])
    body = (f"Hi all,\n\nFor Thursday's teaching session, here is the (fictional, de-identified) case:\n\n"
            f"{case}\n\nQuestions:\n1. Which values are in tension?\n2. Who should be involved?\n"
            "3. Which options are ethically acceptable?\n\n" + eth.full + C.sig_en(eth, "Clinical Ethics Service"))
    m = mail(c, eth.addr(), [("Residents", f"residents@{C.EN_DOM}")], "Case for Thursday's session", body)
    return neg(c, "teaching_case", "en", "de-identified ethics teaching case", m)


def e_shortage(c):
    ph = staff(c, "Pharmacy Manager")
    drug = c.pick([("hydromorphone injection 10 mg/mL", "02145927"),
                   ("haloperidol injection 5 mg/mL", "00808652"),
                   ("midazolam injection 5 mg/mL", "02240285")])
    body = (f"DRUG SHORTAGE NOTICE\n\nProduct: {drug[0]} (DIN {drug[1]})\nExpected duration: "
            f"{c.rng.randrange(3, 12)} weeks\n\nAction: use the 2 mg/mL strength where possible; "
            "pharmacy will convert existing orders. No action needed on the units for now.\n\n"
            + ph.full + C.sig_en(ph, "Pharmacy Department"))
    m = mail(c, ph.addr(), [("Clinicians", f"clinicians@{C.EN_DOM}")], "Shortage - " + drug[0], body)
    return neg(c, "drug_shortage", "en", "drug shortage notice", m)


def e_recall(c):
    bme = staff(c, "Biomedical Engineering Technologist")
    lots = [f"{c.rng.randrange(1000, 9999)}-{C.luhn_serial(c.rng, 8)}" for _ in range(3)]
    body = ("Hello,\n\nThe manufacturer has issued a voluntary recall of ComfortRest-3 electric beds "
            "(height control may lock). Affected lots:\n" + "\n".join("  * " + l for l in lots)
            + "\n\nPlease check the label at the foot of each bed and open a BME ticket for affected "
            "units.\n\n" + bme.full + C.sig_en(bme, "Biomedical Engineering"))
    m = mail(c, bme.addr(), [("Nurse managers", f"nursemanagers@{C.EN_DOM}")], "Recall - ComfortRest-3 beds",
             body)
    return neg(c, "recall", "en", "equipment recall with lot numbers", m)


def e_protocol(c):
    res = staff(c, "Research Associate")
    body = ("Hello,\n\nSummary of the protocol 'Spiritual needs of palliative patients and their "
            f"families' (REB-2025-{c.rng.randrange(100, 999)}), approved by the research ethics board.\n\n"
            "Design: qualitative, semi-structured interviews\nTarget sample: 30 patients, 20 relatives\n"
            "Inclusion: 18+, able to consent, expected stay > 7 days\nConfidentiality: coded data, key "
            "held by the principal investigator\n\nRecruitment will not start before we meet the "
            "palliative team.\n\n" + res.full + "\nResearch Institute - " + C.EN_HOSP + "\n")
    m = mail(c, res.addr(), [staff(c, "Manager, Spiritual Care Services").addr()],
             "Protocol summary - spiritual needs study", body)
    return neg(c, "research_protocol", "en", "research protocol summary without participants", m)


def e_birthday(c):
    col = staff(c, "Administrative Assistant")
    who = staff(c, "Chaplain")
    bd = datetime.date(c.rng.randrange(1965, 1995), c.rng.randrange(1, 13), c.rng.randrange(1, 29))
    body = c.pick([
        (f"Hi everyone,\n\nIt's {who.given}'s birthday on Friday ({C.MONTHS[bd.month - 1]} {bd.day})! "
         "Cake in the Spiritual Care office at 2:30. Card is on my desk.\n\n" + col.given + "\n"),
        (f"Hi all,\n\nHappy news: {who.given} {who.surname} and family welcomed baby "
         f"{c.pick(['Noah', 'Maya', 'Eli', 'Zoe'])} on {day(c)[0]}, 3.4 kg. Everyone is doing well.\n\n"
         + col.given + "\n"),
    ])
    m = mail(c, col.addr(), [("Office", f"ombudsman-team@{C.EN_DOM}")], c.pick(["Cake Friday!", "Happy news"]),
             body)
    return neg(c, "staff_news", "en", "staff birthday or baby news", m)


def e_new_chaplain_vcard(c):
    mgr = staff(c, "Manager, Spiritual Care Services")
    new = staff(c, "Chaplain")
    card = A.vcard(new.given, new.surname, tel=f"{C.EN_PHONE} ext. {c.rng.randrange(2000, 2999)}",
                   org=f"{C.EN_HOSP} - Spiritual Care Services", email_addr=new.email, title="Chaplain")
    att = A.att_vcf(f"{new.given}_{new.surname}.vcf", card, c.rng)
    body = (f"Hello,\n\n{new.full} joins the team on Monday and will cover 4 West and the ICU. Contact "
            "card attached for your address book.\n\n" + mgr.full + C.sig_en(mgr, "Spiritual Care Services"))
    m = mail(c, mgr.addr(), [("Nurse managers", f"nursemanagers@{C.EN_DOM}")],
             f"New chaplain - {new.full}", body, [att])
    return neg(c, "staff_contact", "en", "new chaplain contact card (vcf)", m)


def e_policy_zip(c):
    omb = staff(c, "Patient Ombudsman")
    proc = ("Complaint examination procedure - version 2025\n\n1. Any user may complain verbally or in "
            "writing.\n2. The Ombudsman acknowledges receipt within 72 hours.\n3. Conclusions are sent "
            "within 45 days.\n4. Complaints about physicians are sent to the medical examiner.\n").encode()
    faq = A.docx("FAQ for managers", ["When should I refer someone to the Ombudsman?",
                                      "Whenever the person remains dissatisfied after your explanation.",
                                      "Can I see the complaint? Only what is needed for your account of events."])
    att = A.att_zip("complaint_procedure_2025.zip", [("procedure.txt", proc), ("FAQ_managers.docx", faq)])
    body = ("Hello managers,\n\nThe updated complaint examination procedure and a short FAQ are "
            "attached (ZIP). Please share with your assistant head nurses.\n\n" + omb.full + C.sig_en(omb))
    m = mail(c, omb.addr(), [("Managers", f"managers@{C.EN_DOM}")], "Updated complaint procedure", body, [att])
    return neg(c, "policy_update", "en", "updated complaint procedure (zip)", m)


def e_fwd_minutes(c):
    sec = staff(c, "Clinical Ethics Committee Secretary")
    mem = staff(c, "Committee member")
    d, _ = day(c)
    inner = mail(c, sec.addr(), [("Clinical Ethics Committee", f"cec@{C.EN_DOM}")],
                 "Minutes - Clinical Ethics Committee",
                 f"Hello,\n\nThe minutes of the {d} meeting are in the shared folder. Highlights: "
                 "level-of-care policy adopted, consult request form revised, annual review "
                 "(41 consultations, 12 teaching sessions).\n\n" + sec.full + "\n")
    data = Builder(c.rng, "nine%03d" % c.rng.randrange(1000)).build(
        inner, Transport(mode="plain", charset="us-ascii", cte="7bit"))
    att = A.att_eml("Minutes - Clinical Ethics Committee.eml", data)
    body = "FYI - forwarding the minutes (attached message).\n\n" + mem.given + "\n"
    m = mail(c, mem.addr(), [staff(c, "Clinical Ethicist").addr()], "FW: Minutes - Clinical Ethics Committee",
             body, [att])
    return neg(c, "forwarded_minutes", "en", "forwarded committee minutes as attached message", m)


TEMPLATES = [e_stats, e_committee, e_newsletter, e_conference, e_job, e_oncall, e_leave, e_payroll,
             e_occ_health, e_return_to_work, e_invoice, e_purchase_order, e_it, e_facilities,
             e_blank_form, e_mail_merge, e_teaching_case, e_shortage, e_recall, e_protocol,
             e_birthday, e_new_chaplain_vcard, e_policy_zip, e_fwd_minutes]
