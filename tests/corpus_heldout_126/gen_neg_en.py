"""Non-confidential (hard negative) messages in English, part 1."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, table_html
from gen_neg_fr import NOTE_STAFF, d_after, gtin, lot, luhn_serial
from gen_tpl import new_doc, shared, who

L = "en"


def sig(R, key, short=False):
    return G.signature(key, L, R, short)


def hello(R, name=None):
    if name:
        return R.choice([f"Hi {name},", f"Hello {name},", f"{name},", f"Dear {name},"])
    return R.choice(["Hello all,", "Hi everyone,", "Good morning,", "Hello,"])


def neg(ctx, cat, note, frm, to, subj, text, **kw):
    if getattr(ctx, "cur", None) is not None and "date" not in kw:
        kw["date"] = ctx.cur
    ctx.cur = None
    return new_doc(ctx, L, cat, note, False, [], frm, to, subj, text, **kw)


def w(key):
    return who(key, L)


# ---------------------------------------------------------------- 1. leave

def n_leave(ctx):
    R = ctx.rng
    k = R.choice(NOTE_STAFF)
    s = G.staff(k, L)
    d1 = d_after(ctx)
    d2 = d1 + datetime.timedelta(days=R.choice([3, 10, 17]))
    v = R.randrange(3)
    if v == 0:
        text = (f"{hello(R, 'Sebastien')}\n\nI'd like to request vacation from {G.fmt_date(d1, 'long', L)} to {G.fmt_date(d2, 'long', L)}. "
                f"{R.choice(['Rachel can cover my Tuesday school visits.', 'I have enough days banked.', 'Let me know if it clashes with the OR list.'])}\n\n"
                f"Thanks,\n{s['given']}\n")
        return neg(ctx, "hr_leave", "vacation request from an employee", w(k), [w("rioux")], "Vacation request", text)
    if v == 1:
        text = (f"{hello(R, s['given'])}\n\nYour leave from {d1.isoformat()} to {d2.isoformat()} is approved and entered in the scheduling system.\n\n"
                f"{sig(R, 'rioux')}\n")
        return neg(ctx, "hr_leave", "leave approval", w("rioux"), [w(k)], "RE: Leave request", text)
    text = (f"{hello(R)}\n\n{s['title']} {s['name']} will be on parental leave starting {G.fmt_date(d1, 'long', L)}. "
            "Please direct her files to the front desk in the meantime. Congratulations!\n\n" + sig(R, "rioux"))
    return neg(ctx, "hr_leave", "announcement of a staff member's parental leave", w("rioux"), [shared("tous")], "Parental leave", text)


# ---------------------------------------------------------------- 2. on-call schedule

def n_oncall(ctx):
    R = ctx.rng
    month = R.choice([3, 4, 5, 6, 7])
    rows = [["Week of", "OMFS on call", "Hospital dentistry", "Notes"]]
    d = datetime.date(2025, month, 1)
    while d.weekday() != 0:
        d += datetime.timedelta(days=1)
    for i in range(4):
        rows.append([d.isoformat(), R.choice(["Dr. Fraser", "Dr. Vachon", "Dr. Bergeron"]), R.choice(["Dr. Levesque", "Dr. Desjardins"]),
                     R.choice(["", "", "swap Thu", "stat holiday Mon", "conference Fri"])])
        d += datetime.timedelta(days=7)
    ctx.cur = G.before(datetime.date(2025, month, 1), R, 5, 20)
    intro = f"{hello(R)}\n\nOn-call schedule for {G.MONTHS[month - 1]} below. Swaps through me please."
    html = "<p>" + intro.replace("\n\n", "</p><p>") + "</p>" + table_html(rows) + f"<p>{G.staff('rioux', L)['name']}</p>"
    return neg(ctx, "schedule", "on-call schedule for dentists and surgeons", w("rioux"), [shared("tous")],
               f"On-call {G.MONTHS[month - 1]} 2025", intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + f"\n\n{sig(R, 'rioux')}\n",
               html=html if R.random() < 0.7 else None)


# ---------------------------------------------------------------- 3. payroll

def n_payroll(ctx):
    R = ctx.rng
    k = R.choice(NOTE_STAFF)
    s = G.staff(k, L)
    emp = R.randrange(100000, 999999)
    v = R.randrange(3)
    if v == 0:
        text = (f"{hello(R, s['given'])}\n\nYour T4 slip for 2024 is available in the employee portal. Employee no. {emp}. "
                "If your mailing address has changed, update it in the portal before March 1.\n\n" + sig(R, "marchand"))
        return neg(ctx, "payroll", "tax slip availability notice", w("marchand"), [w(k)], "2024 T4 slip available", text)
    if v == 1:
        text = (f"{hello(R)}\n\nPay period {R.randint(3, 20)} closes on {G.fmt_date(d_after(ctx), 'long', L)} at noon. "
                "Managers must approve timesheets by then; overtime without approval will be paid next period.\n\n" + sig(R, "marchand"))
        return neg(ctx, "payroll", "payroll deadline reminder", shared("paie"), [shared("tous")], "Timesheet deadline", text)
    text = (f"{hello(R, 'Linda')}\n\nMy direct deposit didn't include the evening shift premium for the week of "
            f"{G.fmt_date(d_after(ctx), 'long', L)} (employee {emp}). Could you check?\n\nThanks,\n{s['name']}\n")
    return neg(ctx, "payroll", "employee payroll question", w(k), [w("marchand")], "Missing shift premium", text)


# ---------------------------------------------------------------- 4. newsletter

def n_newsletter(ctx):
    R = ctx.rng
    bd = datetime.date(2025, R.randint(1, 5), R.randint(1, 28))
    items = [
        ("Welcome", "Please welcome Dr. Ian Fraser, oral and maxillofacial surgeon, whose clinical interests include "
                    "jaw reconstruction after osteoradionecrosis and management of odontogenic cysts."),
        ("New arrival", f"Congratulations to Rachel Campbell on the birth of her son Oliver on {G.fmt_date(bd, 'long', L)}, 7 lb 8 oz!"),
        ("Award", "Ms. Chantal Dufour received the regional public health award for the fluoride varnish programme."),
        ("Research", "Dr. Helene Vachon's team published a review of medication-related osteonecrosis of the jaw in patients on denosumab."),
        ("Reminder", "Hand hygiene audit results are posted in the staff room: 87% compliance this quarter."),
        ("Birthday", f"Happy birthday to our receptionist Nancy Proulx (born {G.MONTHS[bd.month - 1]} {bd.day}, 1988) - cake at 3 pm!"),
    ]
    chosen = R.sample(items, 4)
    num = R.randint(10, 60)
    text = f"The Dental Bulletin - Issue {num}\n\n" + "\n\n".join(f"{t.upper()}\n{b}" for t, b in chosen) + \
        f"\n\n--\nCommunications, {G.ORG_EN}\nTo unsubscribe reply 'remove'.\n"
    html = (f"<h2>The Dental Bulletin &ndash; Issue {num}</h2>\n" + "\n".join(f"<h3>{t}</h3><p>{b}</p>" for t, b in chosen) +
            f"<hr><p><small>Communications, {G.ORG_EN}</small></p>")
    return neg(ctx, "newsletter", "internal newsletter", shared("comm"), [shared("tous")], f"The Dental Bulletin #{num}", text,
               html=html, prefer={"body": R.choice(["html", "alt"])})


# ---------------------------------------------------------------- 5. committee notice

def n_committee(ctx):
    R = ctx.rng
    com = R.choice([("Infection Prevention and Control Committee", "Dr. Vachon"), ("Pharmacy and Therapeutics Committee", "Ms. Patel"),
                    ("Quality and Patient Safety Committee", "Mr. Rioux"), ("Medical Staff Credentials Committee", "Dr. Haddad")])
    pts = R.sample(["Approval of minutes", "Surgical site infection rate, oral surgery: 1.8% (Q3)",
                    "Antibiotic prophylaxis for prosthetic joints - proposed guideline (Dr. Levesque)",
                    "Formulary request: articaine 4% 1:200,000", "Incident reports: 5 (no harm)",
                    "MRONJ registry - aggregate data 2024 (14 cases)", "Other business"], 5)
    pts = sorted(pts, key=lambda x: (x == "Other business", x != "Approval of minutes"))
    d = d_after(ctx)
    text = (f"{hello(R)}\n\nThe next meeting of the {com[0]}, chaired by {com[1]}, will be held on {G.day_en(d)} at "
            f"{R.choice(['12:00', '7:30', '16:00'])} in room {R.choice(['B-214', 'A-101'])} and on Teams.\n\nAgenda:\n" +
            "\n".join(f"{i + 1}. {p}" for i, p in enumerate(pts)) + "\n\nPlease confirm attendance.\n\n--\nMedical Staff Office\n")
    return neg(ctx, "committee", "committee meeting notice with agenda", shared("cmdp"), [shared("tous")], f"Notice of meeting - {com[0]}", text)


# ---------------------------------------------------------------- 6. conference programme

def n_conference(ctx):
    R = ctx.rng
    talks = [("8:45", "Dr. Melanie Dionne", "Osteoradionecrosis: who is at risk?"),
             ("9:30", "Dr. Nicolas Villeneuve", "DOACs and dental extractions: 2025 update"),
             ("10:30", "Dr. Samuel Okafor", "What the family physician needs from the dentist"),
             ("11:15", "Dr. Farid Haddad", "Sedation for patients with obstructive sleep apnoea"),
             ("13:30", "Ms. Rachel Campbell", "Fluoride varnish in daycares: lessons learned"),
             ("14:15", "Dr. Karine Levesque", "Dental care after kidney transplant")]
    sel = sorted(R.sample(talks, 4), key=lambda t: int(t[0].split(":")[0]))
    lines = [f"{t}  {s}: {ti}" for t, s, ti in sel]
    d = d_after(ctx, 20, 80)
    text = (f"{hello(R)}\n\nRegistration is open for the Hospital Dentistry Day on {G.fmt_date(d, 'long', L)}:\n\n" + "\n".join(lines) +
            "\n\n6 CE credits. Free for staff; $75 for community dentists.\n\n" + sig(R, "lemieux"))
    atts = []
    if R.random() < 0.5:
        atts = [Att("HospitalDentistryDay_programme.pdf", "application/pdf",
                    A.make_pdf("Hospital Dentistry Day 2025 - Programme", lines, compress=R.random() < 0.5))]
    return neg(ctx, "conference", "conference programme", w("lemieux"), [shared("tous"), ("Regional dental society", "info@regdental.example")],
               R.choice(["Hospital Dentistry Day - programme", "Registration open: Hospital Dentistry Day", "Save the date + programme"]), text, atts=atts)


# ---------------------------------------------------------------- 7. job posting

def n_job(ctx):
    R = ctx.rng
    job = R.choice([("Dental Hygienist", "school dental programme"), ("Certified Dental Assistant", "operating room"),
                    ("General Dentist", "hospital dentistry, medically complex patients"), ("Denturist", "long-term care clinic")])
    num = f"EXT-2025-{R.randrange(100, 999)}"
    text = (f"JOB POSTING {num}\n\nPosition: {job[0]}\nUnit: {job[1]}\nStatus: {R.choice(['full-time permanent', 'part-time', '12-month replacement'])}\n"
            "Requirements: licence in good standing; bilingualism (French/English) required.\nSalary: as per collective agreement.\n"
            f"Closing date: {G.fmt_date(d_after(ctx), 'long', L)}\n\nApply to rh@{G.DOMAIN} quoting the posting number.\n")
    return neg(ctx, "job_posting", "job posting", shared("rh"), [shared("tous")], f"Job posting {num} - {job[0]}", text)


# ---------------------------------------------------------------- 8. invoice

def n_invoice(ctx):
    R = ctx.rng
    num = f"INV-{R.randrange(200000, 299999)}"
    items = R.sample([("Surgical handpiece repair", 640.0), ("Implant motor service", 385.0), ("Suction pump filter kit", 92.5),
                      ("Ultrasonic scaler tips (6)", 210.0), ("Sterilisation pouches, case of 1000", 88.0)], 3)
    tot = sum(p for _, p in items)
    lines = [f"Invoice: {num}", f"Date: {d_after(ctx).isoformat()}", "Bill to: Haute-Riviere Hospital, Dental Department",
             "Account no.: HRH-0042", f"Ship to: {G.ADDR_EN}", f"PO: PO-{R.randrange(40000, 49999)}", ""] + \
        [f"{d}  ${p:.2f}" for d, p in items] + ["", f"Subtotal ${tot:.2f}", f"GST ${tot * .05:.2f}", f"QST ${tot * .09975:.2f}",
                                                  "Terms: net 30"]
    pdf = A.make_pdf("NordMed Surgical Services - INVOICE", lines, compress=R.random() < 0.5)
    text = f"{hello(R)}\n\nPlease find invoice {num} attached.\n\nAccounts receivable\nNordMed Surgical Services\n1-877-555-0166\n"
    return neg(ctx, "invoice", "supplier invoice", ("NordMed Accounts Receivable", "ar@nordmed.example"), [shared("appro")],
               f"Invoice {num}", text, atts=[Att(f"{num}.pdf", "application/pdf", pdf)])


# ---------------------------------------------------------------- 9. purchase order

def n_po(ctx):
    R = ctx.rng
    po = f"PO-{R.randrange(40000, 49999)}"
    rows = [["Item", "Description", "GTIN", "Lot", "Qty"]]
    for d in R.sample(["Articaine 4% 1:100,000", "Chromic gut 3-0", "Bone wax", "Fluoride varnish 5%", "Disposable bite blocks",
                       "Alginate 500 g", "Denture base resin"], 4):
        rows.append([str(R.randrange(10000, 99999)), d, gtin(R), lot(R), R.randint(1, 30)])
    text = (f"{hello(R, 'Isabelle')}\n\nPurchase order {po}:\n\n" + "\n".join("  ".join(str(c) for c in r) for r in rows) +
            f"\n\nExpected delivery {G.fmt_date(d_after(ctx), 'long', L)}.\n\n{sig(R, 'nolet')}\n")
    atts = []
    if R.random() < 0.5:
        atts = [Att(f"{po}.csv", 'text/csv; charset="us-ascii"', A.make_csv(rows, encoding="ascii"))]
    return neg(ctx, "purchase_order", "purchase order for supplies", w("nolet"), [w("charbonneau")], f"Purchase order {po}", text, atts=atts)


# ---------------------------------------------------------------- 10. asset list with checksum-valid serials

def n_assets(ctx):
    R = ctx.rng
    rows = [["Asset tag", "Equipment", "Serial no.", "Room", "Warranty end"]]
    for eq in R.sample(["Dental chair A-dec 500", "Statim 5000 autoclave", "Panoramic unit", "Air compressor", "Curing light",
                        "Implant motor", "Surgical suction", "Ultrasonic scaler"], 5):
        s = luhn_serial(R)
        rows.append([f"HRH-{R.randrange(10000, 99999)}", eq, R.choice([s, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"]),
                     f"B-{R.randrange(100, 299)}", f"{R.randint(2025, 2029)}-{R.randint(1, 12):02d}-01"])
    blob = A.make_xlsx([("Assets", rows)], author="Marc-Andre Veilleux")
    text = f"{hello(R, 'Isabelle')}\n\nUpdated asset list for the dental clinic is attached for the annual audit.\n\n{sig(R, 'veilleux')}\n"
    return neg(ctx, "inventory", "equipment asset list with serial numbers", w("veilleux"), [w("charbonneau")], R.choice(["Dental clinic asset list", "Asset audit - dental", "RE: asset list for audit", "Updated equipment list"]),
               text, atts=[Att("dental_assets_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob)])


# ---------------------------------------------------------------- 11. IT

def n_it(ctx):
    R = ctx.rng
    v = R.randrange(4)
    d = d_after(ctx)
    if v == 0:
        text = (f"{hello(R)}\n\nThe imaging server will be patched on {G.day_en(d)} from 22:00 to 23:30. X-ray capture will be unavailable. "
                f"Ticket CHG{R.randrange(100000, 999999)}.\n\n--\nIT Service Desk, ext. 5555\n")
        subj = "Planned outage - dental imaging"
    elif v == 1:
        text = (f"{hello(R, 'Kevin')}\n\nThe label printer at the front desk (HRH-PRN-{R.randrange(100, 999)}) is printing blank labels since this "
                f"morning. Serial {luhn_serial(R, 10)}.\n\n{sig(R, 'proulx', short=True)}\n")
        return neg(ctx, "it", "IT problem report", w("proulx"), [w("walsh"), shared("it")], "Label printer", text)
    elif v == 2:
        text = (f"{hello(R)}\n\nPhishing alert: messages titled 'Your mailbox is full' are circulating. Do not click the link. "
                "Report suspicious messages with the Report button.\n\n--\nIT Security\n")
        subj = "Phishing alert"
    else:
        text = (f"{hello(R)}\n\nMulti-factor authentication becomes mandatory for remote access on {G.fmt_date(d, 'long', L)}. "
                "Install the authenticator app and enrol at the service desk portal.\n\n--\nIT Service Desk\n")
        subj = "MFA mandatory for remote access"
    return neg(ctx, "it", "IT notice", shared("it"), [shared("tous")], subj, text)


# ---------------------------------------------------------------- 12. facilities

def n_facilities(ctx):
    R = ctx.rng
    v = R.randrange(3)
    d = d_after(ctx)
    if v == 0:
        text = (f"{hello(R)}\n\nThe dental clinic's HVAC filters will be replaced on {G.day_en(d)} 6:00-8:00. "
                "Please keep operatory doors closed.\n\n" + sig(R, "veilleux"))
        subj = "HVAC maintenance"
    elif v == 1:
        text = (f"{hello(R, 'Isabelle')}\n\nWaterline test results for the dental units ({d.isoformat()}): all units < 500 CFU/mL "
                f"(range 20-180). Shock treatment not required. Test kit lot {lot(R)}.\n\n{sig(R, 'perreault', short=True)}\n")
        return neg(ctx, "facilities", "dental unit waterline test results", w("perreault"), [w("charbonneau")], "Waterline testing", text)
    else:
        text = (f"{hello(R)}\n\nParking lot P3 will be closed on {G.fmt_date(d, 'long', L)} for line painting. "
                "Staff can use P5; shuttle every 10 minutes.\n\n" + sig(R, "veilleux"))
        subj = "P3 parking closure"
    return neg(ctx, "facilities", "facilities notice", w("veilleux"), [shared("tous")], subj, text)


# ---------------------------------------------------------------- 13. aggregate statistics

def n_stats(ctx):
    R = ctx.rng
    if R.random() < 0.5:
        rows = [["Month", "New consults", "GA cases", "Extractions", "MRONJ follow-ups", "No-shows (%)"]]
        for m in range(1, R.randint(4, 7)):
            rows.append([G.MONTHS[m - 1], R.randint(60, 140), R.randint(15, 40), R.randint(120, 300), R.randint(3, 12), round(R.uniform(3, 11), 1)])
        blob = A.make_xlsx([("2025", rows)], author="Sebastien Rioux")
        text = f"{hello(R)}\n\nMonthly activity report attached (aggregate counts only).\n\n{sig(R, 'rioux')}\n"
        return neg(ctx, "stats", "monthly aggregate activity report", w("rioux"), [w("vachon")], "Monthly activity report", text,
                   atts=[Att("activity_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob)])
    n = R.randint(900, 1500)
    text = (f"{hello(R)}\n\nSchool programme summary 2024-25: {n} children screened in 28 schools; {round(R.uniform(14, 24), 1)}% had active "
            f"caries, {R.randint(20, 60)} urgent referrals, {R.randint(600, 1200)} sealants placed. Early childhood caries in daycares: "
            f"{round(R.uniform(8, 15), 1)}% of 3-4 year olds.\n\n{sig(R, 'bernier')}\n")
    return neg(ctx, "stats", "aggregate school programme statistics", w("bernier"), [w("lemieux"), shared("dsp")], "School programme summary", text)
