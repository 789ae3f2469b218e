"""English hard negatives, part 1: rounds, shortages, recalls, conferences, postings, schedules, HR, money."""
import datetime as dt

import gen_docs as D
from gen_common import (CLINIC_EN, CLINIC_FAX, CLINIC_TEL, DOM, HOSP_ADDR, HOSP_EN, STAFF, en_date, gen_niss,
                        luhn_serial, workday_after)
from gen_text import bye, earlier, hello, reply, reply_headers, sign, who, who_plain

S = STAFF

SPEAKERS_EN = [("Dr", "Hannah", "Kessler", "Lakeshore University"), ("Dr", "Olumide", "Bankole", "Northern Heart Institute"),
               ("Dr", "Sean", "Gallagher", "Capital-North University Hospital"), ("Dr", "Mei-Ling", "Tsao", "Eastern Medical Centre"),
               ("Dr", "Arnaud", "Lévesque-Hart", "HRVB"), ("Dr", "Farah", "Qureshi", "Western Bone Institute")]
TOPICS_EN = ["Adrenal incidentalomas: who really needs surgery?", "Thyroid nodules and molecular testing", "Denosumab discontinuation and rebound fractures",
             "Primary aldosteronism: screening the hypertensive patient", "Pituitary apoplexy in the ED", "Graves' orbitopathy: new biologics",
             "Osteoporosis in men", "Hypoparathyroidism after neck surgery", "Cushing's syndrome: pitfalls in testing", "Radioiodine for low-risk thyroid cancer"]


def en_grand_rounds(m, P):
    r = m.rng
    sp = r.choice(SPEAKERS_EN)
    tp = r.choice(TOPICS_EN)
    d = workday_after(m.today, r.randint(3, 14))
    m.sender = ("Department of Medicine - Education", f"medicine.education@{DOM}")
    m.to = [("All Medicine Staff", f"medicine.all@{DOM}")]
    m.subject = r.choice([f"Medical Grand Rounds: {tp}", f"Grand Rounds {en_date(d)} - {sp[0]} {sp[2]}", "This week's Grand Rounds"])
    m.text = f"""# Medical Grand Rounds

{tp}
Speaker: {sp[0]} {sp[1]} {sp[2]}, endocrinologist, {sp[3]}
{en_date(d, True)}, 8:00 - 9:00, Amphitheatre A (also on Teams)

Learning objectives:
1. Review current evidence and guidelines.
2. Discuss a practical approach for the general internist.
3. Recognise when to refer to endocrinology.

{sp[0]} {sp[2]} has no conflicts of interest to declare. This event is accredited for 1 hour of Section 1 credit.
Breakfast served from 7:40."""
    m.prefer["structure"] = r.choice(["html", "alt", "plain"])
    m.category, m.note = "grand_rounds", "grand rounds announcement"


def en_journal_club(m, P):
    r = m.rng
    res = S[r.choice(["nakamura", "goldberg"])]
    m.sender = who(res, "en")
    m.to = [("Endocrine Division", f"endocrinology@{DOM}")]
    paper = r.choice(["Romosozumab versus alendronate in women at high fracture risk",
                      "Active surveillance of low-risk papillary microcarcinoma: 10-year outcomes",
                      "Mild autonomous cortisol secretion and cardiovascular events",
                      "Cabergoline withdrawal in prolactinoma: a meta-analysis"])
    d = workday_after(m.today, r.randint(2, 9))
    m.subject = r.choice(["Journal club next week", f"Journal Club: {paper[:40]}...", "JC - article attached"])
    m.text = f"""{hello(r, 'en')}

Journal club is on {en_date(d, True)} at noon in room B-301. I will present:

"{paper}"

Please read the methods section. Pizza provided by the division (not by industry).

{res.given}"""
    m.category, m.note = "journal_club", "journal club notice"


def en_shortage(m, P):
    r = m.rng
    ph = S["desjardins"]
    m.sender = who_plain(ph)
    m.to = [("Endocrinology prescribers", f"endocrinology@{DOM}"), ("Emergency Dept physicians", f"urgence.md@{DOM}")]
    drug = r.choice([("hydrocortisone sodium succinate (Solu-Cortef) 100 mg vials", "00030600", "adrenal crisis and peri-operative stress dosing",
                      "methylprednisolone or dexamethasone per protocol PH-204"),
                     ("levothyroxine (Synthroid) 137 mcg", "02172100", "patients already stabilised on this strength", "combine 125 + 12 mcg tablets"),
                     ("desmopressin (DDAVP) nasal spray", "00402516", "patients unable to take oral tablets", "oral desmopressin tablets"),
                     ("teriparatide 20 mcg pens", "02254689", "patients already on treatment", "biosimilar teriparatide after pharmacy approval")])
    m.subject = r.choice([f"Drug shortage: {drug[0].split(' (')[0]}", "Shortage advisory - action required", "Supply interruption notice"])
    m.text = f"""{hello(r, 'en')}

We have been notified of a national supply interruption of {drug[0]} (DIN {drug[1]}), expected to last until {en_date(workday_after(m.today, r.randint(20, 90)))}.

Interim measures:
- Reserve remaining stock for {drug[2]}.
- Alternative: {drug[3]}.
- Community pharmacies have been informed through the regional bulletin.

Questions: pharmacy drug information, ext. 2240.

{sign(r, ph, 'en')}"""
    m.category, m.note = "drug_shortage", "drug shortage advisory"


def en_recall(m, P):
    r = m.rng
    buyer = S["lamarre"]
    m.sender = who_plain(buyer)
    m.to = [("Clinic managers", f"clinic.managers@{DOM}")]
    prod = r.choice(["25G FNA needles (38 mm)", "DXA calibration phantoms", "calcium carbonate 500 mg chewable tablets (ward stock)", "ultrasound probe covers, sterile"])
    lots = [luhn_serial(r, 10) for _ in range(3)]
    niss_like = gen_niss(r, dt.date(r.randint(1960, 1999), r.randint(1, 12), r.randint(1, 28)), r.choice("MF"))
    m.subject = r.choice([f"RECALL: {prod}", "Voluntary recall - please check your stock", "Product recall notice (Type II)"])
    m.text = f"""{hello(r, 'en')}

The manufacturer has issued a voluntary recall of {prod}.

Affected lots:
{chr(10).join(f'  {l}' for l in lots)}
  {niss_like[:2]}.{niss_like[2:4]}.{niss_like[4:6]}-{niss_like[6:9]}.{niss_like[9:]}

Quarantine affected boxes, label them RECALL and call Supply (ext. 2650) for pick-up. Return authorisation #{luhn_serial(r, 9)}.
No adverse events have been reported at HRVB.

{sign(r, buyer, 'en')}"""
    m.category, m.note = "product_recall", "supplier recall with lot numbers"


def en_conference(m, P):
    r = m.rng
    m.sender = ("Bone Health Alliance (fictional) - Events", "events@bonehealth-alliance.example")
    m.to = [("Members", "members@bonehealth-alliance.example")]
    d = workday_after(m.today, r.randint(30, 120))
    sp = r.sample(SPEAKERS_EN, 4)
    tp = r.sample(TOPICS_EN, 4)
    prog = [f"{9 + i}:00  {t}  -  {s[0]} {s[1]} {s[2]}, {s[3]}" for i, (s, t) in enumerate(zip(sp, tp))]
    m.subject = r.choice(["Programme announced: Annual Bone & Endocrine Update", "Early-bird registration closes soon", "Conference programme (PDF)"])
    m.text = f"""{hello(r, 'en')}

The Annual Bone & Endocrine Update will be held on {en_date(d, True)} in Val-Bruyere.

""" + "\n".join(prog) + """

Registration: $195 members, $260 non-members, residents free. 6 accredited hours."""
    if r.random() < 0.6:
        m.attach("pdf", "Programme_Bone_Endocrine_Update.pdf",
                 D.pdf(["# Annual Bone & Endocrine Update", en_date(d, True), ""] + prog + ["", "Lunch symposium: Closing the post-fracture care gap"],
                       compress=r.random() < 0.5), "application/pdf")
    m.prefer["structure"] = r.choice(["html", "alt"])
    m.category, m.note = "conference_programme", "conference programme with speakers"


def en_job_posting(m, P):
    r = m.rng
    hr = S["brisson"]
    m.sender = who_plain(hr)
    m.to = [("All staff", f"tous@{DOM}")]
    post = r.choice(["Endocrinologist (full-time, thyroid and bone programme)", "DXA Technologist - 12-month replacement",
                     "Nuclear Medicine Technologist (radioiodine therapy)", "Clinic Clerk - Endocrinology, bilingual"])
    ref = f"HRVB-{m.today.year}-{r.randint(100, 999)}"
    m.subject = r.choice([f"Job posting {ref}: {post.split(' (')[0]}", "We are hiring", f"Internal posting - {post.split(' -')[0]}"])
    m.text = f"""JOB POSTING {ref}

Position: {post}
Department: {CLINIC_EN}, {HOSP_EN}
Schedule: days, Monday to Friday

The clinic follows patients with thyroid nodules and cancer, Graves' disease, adrenal and pituitary disorders and osteoporosis.
Requirements: licence in good standing; bilingualism (French/English) required.

Apply before {en_date(m.today + dt.timedelta(days=21))} through the careers portal or by e-mail to {hr.email}.
{HOSP_ADDR}  |  {CLINIC_TEL}"""
    m.category, m.note = "job_posting", "job posting"


def en_oncall_ics(m, P):
    r = m.rng
    sec = S["paradis"]
    m.sender = who_plain(sec)
    docs = [S["raman"], S["benali"], S["vachon"], S["gosselin"]]
    m.to = [who(d, "en") for d in docs]
    start = workday_after(m.today, r.randint(5, 20))
    while start.weekday() != 4:
        start += dt.timedelta(days=1)
    evs = []
    for i in range(r.randint(2, 4)):
        d = start + dt.timedelta(days=7 * i)
        doc = docs[(i + r.randint(0, 3)) % 4]
        evs.append({"uid": f"oncall-{r.randrange(16 ** 10):010x}-{i}", "stamp": m.when.astimezone(dt.timezone.utc).replace(tzinfo=None),
                    "start": D.naive(d, 17), "end": D.naive(d + dt.timedelta(days=3), 8), "summary": f"Endocrine on call - {doc.dr('en')}",
                    "location": "Pager 4471", "organizer": (sec.full, sec.email), "attendees": [(doc.full, doc.email)]})
    m.attach("ics", "endo_oncall_weekends.ics", D.ics(evs, DOM, prodid="-//HRVB//Call scheduler//EN"), "text/calendar")
    m.subject = r.choice(["Weekend call - calendar invites", "On-call schedule (ICS)", "Updated weekend coverage"])
    m.text = f"""{hello(r, 'en')}

Calendar invitations for the upcoming weekend call blocks are attached. Please let me know by Wednesday if you need to swap.

{sign(r, sec, 'en')}"""
    m.category, m.note = "staff_schedule", "physician on-call calendar"


def en_payroll(m, P):
    r = m.rng
    pay = S["bisson"]
    emp = S[r.choice(["whitaker", "sabri", "lussier", "goldberg"])]
    m.sender = who_plain(pay)
    m.to = [who_plain(emp)]
    eid = luhn_serial(r, 9)
    m.subject = r.choice(["Your pay stub - correction", "Overtime claim processed", "Statutory holiday pay adjustment"])
    m.text = f"""{hello(r, 'en', emp)}

Your overtime claim has been processed and will appear on the next pay ({en_date(workday_after(m.today, r.randint(3, 10)))}).

Employee no.: {eid[:3]}-{eid[3:6]}-{eid[6:]}
Hours: {r.randint(3, 16)}.{r.choice(['0', '25', '5', '75'])} at 1.5x
Statutory holiday premium: {r.choice(['yes', 'no'])}
Gross amount: ${r.randint(150, 1100)}.{r.randint(0, 99):02d}

For questions about your T4 or direct deposit, reply to this e-mail.

{pay.full}
Payroll, ext. 2290"""
    m.category, m.note = "payroll", "payroll message to an employee"


def en_hr_review(m, P):
    r = m.rng
    hr = S["brisson"]
    boss = S["seguin"]
    m.sender = who_plain(hr)
    m.to = [who_plain(boss)]
    emps = r.sample([S["ferland"], S["paradis"], S["lussier"], S["chartrand"], S["gravel"], S["sabri"]], 4)
    rows = "\n".join(f"{e.full} | {e.role_en} | {en_date(workday_after(m.today, 5 + i * 2))} | {r.choice(['due', 'overdue', 'self-assessment received'])}" for i, e in enumerate(emps))
    m.subject = r.choice(["Annual performance reviews - schedule", "Appraisals due this quarter", "Reminder: staff evaluations"])
    m.text = f"""{hello(r, 'en', boss)}

Here is the schedule of annual appraisals for your team:

Employee | Role | Meeting | Status
{rows}

Forms are on the HR intranet. Please return signed copies within 10 days of each meeting.

{sign(r, hr, 'en')}"""
    m.prefer["structure"] = r.choice(["alt", "plain"])
    m.category, m.note = "hr_reviews", "staff performance review schedule"


def en_occ_health(m, P):
    r = m.rng
    oh = ("Occupational Health & Safety", f"ohs@{DOM}")
    m.sender = oh
    kind = r.choice(["flu", "rtw", "fit"])
    if kind == "flu":
        m.to = [("All staff", f"tous@{DOM}")]
        d = workday_after(m.today, r.randint(3, 15))
        m.subject = "Staff flu and COVID vaccination clinic"
        m.text = f"""{hello(r, 'en')}

The staff vaccination clinic opens {en_date(d, True)} in room A-112, 7:00-15:00. Bring your employee ID.
Last year {r.randint(55, 78)}% of clinic staff were vaccinated; let's beat that!

Occupational Health & Safety, ext. 2315"""
    elif kind == "rtw":
        emp = S[r.choice(["lussier", "sabri", "whitaker", "ferland"])]
        m.to = [who_plain(S["seguin"])]
        m.cc = [who_plain(emp)]
        m.subject = "Gradual return to work"
        m.text = f"""{hello(r, 'en', S['seguin'])}

{emp.full} ({emp.role_en}) is cleared for a gradual return to work starting {en_date(workday_after(m.today, 4))}: 4-hour shifts for two weeks, no lifting over 10 kg, following {r.choice(['a work-related back strain', 'knee surgery', 'a shoulder injury'])}.
Please confirm modified duties.

Occupational Health & Safety, ext. 2315"""
    else:
        emps = r.sample([S["sabri"], S["lalonde"], S["whitaker"], S["gravel"]], 3)
        m.to = [who_plain(e) for e in emps]
        m.subject = "N95 fit testing - your appointment"
        m.text = f"""{hello(r, 'en')}

Your annual N95 fit test is due. Please book a 15-minute slot on the intranet before {en_date(workday_after(m.today, 10))}.
Staff working in the radioiodine suite must also complete the contamination-control module.

Occupational Health & Safety, ext. 2315"""
    m.category, m.note = "occupational_health", "staff occupational health notice"


def en_invoice(m, P):
    r = m.rng
    vend = ("Densitek Canada - Accounts Receivable", "ar@densitek.example")
    m.sender = vend
    m.to = [("HRVB Accounts Payable", f"accounts.payable@{DOM}")]
    inv = f"DTK-{r.randint(200000, 299999)}"
    serial = luhn_serial(r, 9)
    lines = ["# Densitek Canada", "4100 Industrial Parkway, Orleans Ridge, ON K1W 0B3", f"Invoice {inv}    Date: {en_date(m.today)}",
             f"Customer: {HOSP_EN} - Bone Density Programme", f"PO: BC-{r.randint(4500000, 4599999)}", "",
             f"Annual service contract, Lunar-Q densitometer, S/N {serial[:3]} {serial[3:6]} {serial[6:]}    $12,400.00",
             f"Preventive maintenance visit ({en_date(m.today - dt.timedelta(days=12))})    included",
             f"Replacement X-ray tube filter, part {luhn_serial(r, 10)}    $640.00", "",
             "Subtotal $13,040.00   GST $652.00   QST $1,300.74   TOTAL $14,992.74", "Terms: net 30. GST/HST reg. 81234 5678 RT0001"]
    m.attach("pdf", f"Invoice_{inv}.pdf", D.pdf(lines, compress=r.random() < 0.5), "application/pdf")
    m.subject = r.choice([f"Invoice {inv}", f"Densitek invoice {inv} - service contract", "Invoice attached"])
    m.text = f"""{hello(r, 'en')}

Please find invoice {inv} attached. Remittance details are on the last line.

Accounts Receivable, Densitek Canada
1-800-555-0143"""
    m.category, m.note = "invoice", "equipment service invoice"


def en_po(m, P):
    r = m.rng
    buyer = S["lamarre"]
    m.sender = who_plain(buyer)
    m.to = [("FML Medical - Orders", "orders@fml-medical.example")]
    po = f"BC-{r.randint(4500000, 4599999)}"
    items = [("Linear ultrasound probe 4-18 MHz", 1, 9800.00), ("FNA needle 25G x 38 mm (box/50)", 6, 87.50),
             ("Cytology slides, frosted (box/72)", 10, 14.20), ("Lead-lined transport container, I-131", 1, 1250.00)]
    rows = [["Item", "Qty", "Unit price", "Asset tag"]] + [[a, q, f"{p:.2f}", luhn_serial(r, 10) if p > 1000 else ""] for a, q, p in items]
    m.subject = r.choice([f"Purchase order {po}", f"PO {po} - endocrinology clinic", "Approved PO attached"])
    m.text = f"""{hello(r, 'en')}

Please process purchase order {po}:

""" + "\n".join(" | ".join(str(c) for c in row) for row in rows) + f"""

Deliver to: Receiving dock, {HOSP_EN}, {HOSP_ADDR}. Cost centre 7120-0450.

{sign(r, buyer, 'en')}"""
    if r.random() < 0.5:
        m.attach("csv", f"{po}.csv", D.csv_bytes(rows), "text/csv", charset="utf-8")
    m.category, m.note = "purchase_order", "purchase order with asset tags"


def en_inventory(m, P):
    r = m.rng
    tech = S["sabri"]
    m.sender = who_plain(tech)
    m.to = [who_plain(S["lamarre"])]
    rows = [["Item", "On hand", "Par", "Lot", "Expiry"]]
    for a in ["I-131 capsules 15 mCi", "I-131 capsules 100 mCi", "Thyrogen 0.9 mg kits", "Cosyntropin 250 mcg", "Tc-99m pertechnetate generator"]:
        rows.append([a, r.randint(0, 20), r.randint(2, 10), luhn_serial(r, 9), f"{r.randint(2025, 2027)}-{r.randint(1, 12):02d}"])
    m.attach("xlsx", f"NM_inventory_{m.today:%Y%m%d}.xlsx", D.xlsx(m.when, [("Stock", rows)]),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    m.subject = r.choice(["Weekly stock count", "Nuclear medicine inventory", "Items below par"])
    m.text = f"""{hello(r, 'en')}

Stock count attached. Thyrogen and 100 mCi capsules are below par; please reorder.

{sign(r, tech, 'en', short=True)}"""
    m.category, m.note = "inventory", "nuclear medicine inventory with lot numbers"
