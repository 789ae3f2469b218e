"""Negative (non-confidential) English messages, part A."""
import datetime

from gen_common import ORG_EN, date_en, shift, pick, MONTHS_EN
from gen_ids import luhn_serial
from gen_tpl import (spec, att_pdf, att_docx, att_xlsx, att_csv, att_ics, list_addr, ext_addr)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def oncall(w, k):
    rng = w.rng
    sec = w.staff("commis")
    hems = [w.staff("hemato") for _ in range(4)]
    start = shift(w.today, 7 - w.today.weekday())
    lines = []
    for i in range(7):
        h = hems[i % 4] if k % 2 else pick(rng, hems)
        lines.append(f"{DAYS[i]} {date_en(shift(start, i), 2)}   {h.dr('en'):<18} pager 555-01{rng.randint(10, 99)}")
    focus = {h.dr('en'): pick(rng, ["hemoglobinopathies", "bleeding disorders", "thrombosis", "lymphoma", "transfusion medicine"])
             for h in hems}
    text = ("Hello all,\n\nTransfusion medicine / hematology on-call for next week:\n\n" + "\n".join(lines) +
            "\n\nFor reference, clinic areas: " + "; ".join(f"{a} ({b})" for a, b in focus.items()) +
            ".\nBlood bank night line: 819 555-0100.\n\n" + sec.signature("en", rng))
    return spec("oncall_schedule", "en", sec.addr(), [list_addr("bloodbank.all", "Blood Bank - all staff")],
                pick(rng, ["On-call schedule next week", "Hematology/TM on-call roster", "Call schedule"]),
                text=text, note="physician on-call roster")


def timesheet(w, k):
    rng = w.rng
    emp = w.staff("tm")
    mgr = w.staff("tm_chef", hospital=emp.hospital)
    v = k % 2
    if v == 0:
        text = (f"Hi {emp.given},\n\nYour vacation request for {date_en(shift(w.today, 30), 1)} to "
                f"{date_en(shift(w.today, 41), 1)} is approved. {w.staff('tm', hospital=emp.hospital).full} will cover your evenings.\n\n"
                "Please enter the leave code in the HR portal before the pay period closes on Friday.\n\n" + mgr.signature("en", rng))
        subj = "Vacation approved"
    else:
        text = (f"Hi {emp.given},\n\nYour timesheet for period {rng.randint(1, 26)} is missing the overtime for the MTP "
                f"on {date_en(shift(w.today, -5), 1)} ({rng.randint(2, 5)}.{rng.choice([0, 5])} h). Can you correct and resubmit "
                "by noon tomorrow?\n\n" + mgr.signature("en", rng, short=True))
        subj = "Timesheet - overtime missing"
    return spec("hr_leave", "en", mgr.addr(), [emp.addr()], subj, text=text, note="leave or timesheet note to employee")


def payroll(w, k):
    rng = w.rng
    rh = w.staff("rh")
    emp = w.staff("tm")
    emp_no = luhn_serial(rng, 9)
    text = (f"Dear {emp.dr('en')},\n\nThis confirms your retroactive pay adjustment following the collective agreement:\n\n"
            f"Employee no.: {emp_no}\nJob class: medical technologist, step {rng.randint(3, 12)}\n"
            f"Retro amount (gross): ${rng.randint(900, 3800)}.{rng.randint(10, 99)}\nPay date: {date_en(shift(w.today, 12), 1)}\n\n"
            "Your T4 and RL-1 slips will reflect this amount. For questions contact the payroll service centre.\n\n"
            + rh.signature("en", rng))
    return spec("payroll", "en", rh.addr(), [emp.addr()], pick(rng, ["Retroactive pay adjustment", "Your pay - retro"]),
                text=text, note="payroll retroactive adjustment letter")


def needlestick(w, k):
    rng = w.rng
    emp = w.staff("tm")
    ohn = w.staff("inf")
    text = (f"Hi {emp.given},\n\nFollowing your needlestick injury on {date_en(shift(w.today, -2), 1)}, your baseline bloodwork "
            "(HIV, hepatitis B and C) was drawn in Employee Health. Your hepatitis B immunity is documented. "
            "The source patient testing is handled separately and anonymously; you will only be told whether further "
            "follow-up is needed.\n\nFollow-up draws: 6 weeks and 3 months. Your manager knows you reported an exposure, "
            "nothing more.\n\n" + ohn.signature("en", rng).replace("Inpatient unit", "Employee Health"))
    return spec("occupational_health", "en", ohn.addr(), [emp.addr()],
                pick(rng, ["Employee Health - exposure follow-up", "Your follow-up after the needlestick"]),
                text=text, note="employee needlestick follow-up (occupational health)")


def newsletter(w, k):
    rng = w.rng
    ed = w.staff("inf_pbm")
    hem = w.staff("hemato")
    anest = w.staff("anesth")
    rate = rng.randint(40, 70)
    html = (f"<html><body style=\"font-family:Arial\"><h1>PBM Pulse</h1><p><i>{ORG_EN} Patient Blood Management Program</i></p>"
            f"<h2>Pre-op anemia clinic: year one</h2><p>The clinic saw {rng.randint(300, 700)} referrals. Among those treated with "
            f"IV iron, the transfusion rate after joint replacement fell from {rate}% to {rate - rng.randint(10, 30)}%.</p>"
            f"<h2>Meet the team</h2><p>{hem.dr('en')}, who runs the iron deficiency and bleeding-disorder clinics, and "
            f"{anest.dr('en')}, our cell-salvage champion, will present at Grand Rounds on {date_en(shift(w.today, 10), 1)}.</p>"
            "<h2>Single-unit policy</h2><p>'Why give two when one will do?' - please order one RBC unit at a time in stable, "
            "non-bleeding patients and reassess.</p>"
            f"<p>Questions: {ed.full}, ext. {ed.ext}</p></body></html>")
    return spec("newsletter", "en", ed.addr(), [list_addr("all.physicians", "All physicians")],
                f"PBM Pulse - {MONTHS_EN[w.today.month - 1]} issue", html=html, note="PBM program newsletter")


def minutes(w, k):
    rng = w.rng
    sec = w.staff("commis")
    mem = [w.staff(r) for r in ("hemato", "anesth", "cst", "pharm", "obst")]
    d = shift(w.today, -rng.randint(3, 10))
    paras = [f"Date: {date_en(d, 1)}   Chair: {mem[0].dr('en')}",
             "Present: " + ", ".join(m.dr('en') for m in mem),
             "## 1. Hemovigilance report",
             f"{mem[2].full} presented Q{rng.randint(1, 4)}: {rng.randint(10, 40)} reactions (aggregate), no fatalities. "
             "Two wrong-blood-in-tube near misses; root cause: unlabeled tubes at bedside.",
             "## 2. IVIG stewardship", f"{mem[3].dr('en')}: usage down {rng.randint(3, 15)}% after the new request form.",
             "## 3. Obstetric hemorrhage", f"{mem[4].dr('en')} proposed fibrinogen concentrate in the PPH protocol. Approved.",
             "## Next meeting", date_en(shift(d, 90), 1)]
    text = ("Hello,\n\nDraft minutes of the Transfusion Committee are attached for comments by Friday.\n\n" + sec.signature("en", rng))
    return spec("committee_minutes", "en", sec.addr(), [m.addr() for m in mem],
                "Transfusion Committee - draft minutes", text=text,
                atts=[att_docx(f"TC_minutes_{d:%Y-%m-%d}.docx", "Transfusion Committee - Minutes (draft)", paras, author=sec.full)],
                note="transfusion committee draft minutes")


def conference(w, k):
    rng = w.rng
    org = w.staff("cst")
    d = shift(w.today, rng.randint(20, 80))
    spk = [w.staff(r) for r in ("hemato", "hemato", "anesth", "md")]
    talks = [f"{spk[0].dr('en')} - Warm autoimmune hemolytic anemia: what the blood bank needs from you",
             f"{spk[1].dr('en')} - Sickle cell disease and hyperhemolysis",
             f"{spk[2].dr('en')} - Viscoelastic testing in cardiac surgery",
             f"{spk[3].dr('en')} - Iron deficiency in heart failure"]
    text = (f"Hello,\n\nSave the date: Regional Transfusion Medicine Update, {date_en(d, 1)}, 08:30-15:30, "
            f"{org.hospital['en']} auditorium (and online).\n\nProgramme:\n" + "\n".join(f"- {t}" for t in talks) +
            "\n\nRegistration is free; 5 Section 1 credits. Lunch provided.\n\n" + org.signature("en", rng))
    atts = []
    if k % 2 == 1:
        atts.append(att_pdf("TM_update_programme.pdf", "Regional Transfusion Medicine Update - Programme",
                            [f"Date: {date_en(d, 1)}", "## Morning"] + talks[:2] + ["## Afternoon"] + talks[2:], author=org.full))
    return spec("conference", "en", org.addr(), [list_addr("medstaff", "Medical staff")],
                pick(rng, ["Save the date - Transfusion Medicine Update", "Programme: TM Update"]), text=text, atts=atts,
                note="regional conference programme")


def job_posting(w, k):
    rng = w.rng
    rh = w.staff("rh")
    h = rng.choice(w.hospitals)
    job = pick(rng, ["Medical Technologist - Blood Bank (evenings)", "Transfusion Safety Officer (permanent)",
                     "Patient Blood Management Nurse Coordinator"])
    text = (f"JOB POSTING #{w.today.year}-{rng.randint(100, 999)}\n\n{job}\n{h['en']}, {h['street']}, {h['city']}\n\n"
            "Requirements: relevant degree or diploma, licence to practise in Quebec, bilingual (French/English). "
            "Experience in immunohematology or hemovigilance is an asset.\n"
            f"Salary: ${rng.randint(30, 36)}.{rng.randint(10, 99)}-${rng.randint(48, 56)}.{rng.randint(10, 99)}/h plus premiums.\n\n"
            f"Apply by {date_en(shift(w.today, 21), 1)} to {rh.email} or call {h['area']}-555-01{rng.randint(10, 99)}.\n\n"
            + rh.signature("en", rng))
    return spec("job_posting", "en", rh.addr(), [list_addr("postings", "Job postings")], "Posting: " + job, text=text,
                note="job posting")


def invoice(w, k):
    rng = w.rng
    buyer = w.staff("achat")
    vend = pick(rng, [("Boreal Biologics Ltd.", "borealbio.example"), ("Northern Apheresis Supply", "nas-supply.example"),
                      ("ColdChain Couriers", "coldchain.example")])
    inv = f"INV-{rng.randint(10000, 99999)}"
    rows = [["Item", "Description", "Qty", "Unit price", "Lot / serial"]]
    for desc in rng.sample(["Apheresis kit", "Platelet agitator service", "Validated shipper 24h", "Temperature logger",
                            "Antibody panel 16-cell", "Courier STAT run"], 3):
        rows.append([luhn_serial(rng, 7), desc, rng.randint(1, 12), f"{rng.randint(40, 900)}.00", luhn_serial(rng, 10)])
    text = (f"Dear customer,\n\nPlease find invoice {inv} attached (account {rng.randint(100000, 999999)}, "
            f"PO {rng.randint(4000000, 4999999)}). Payment terms: net 30.\n\nAccounts Receivable\n{vend[0]}\n"
            f"Tel. 514-555-01{rng.randint(10, 99)}\n")
    att = att_pdf(f"{inv}.pdf", f"INVOICE {inv}", [f"Bill to: {ORG_EN} - Accounts Payable", f"Date: {date_en(w.today, 0)}"] +
                  ["   ".join(str(c) for c in r) for r in rows], author=vend[0]) if k % 2 == 0 else \
        att_csv(f"{inv}.csv", rows)
    return spec("invoice", "en", ("Accounts Receivable", f"ar@{vend[1]}"), [buyer.addr()], f"Invoice {inv}", text=text,
                atts=[att], note="vendor invoice")


def purchase_order(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    buyer = w.staff("achat")
    rows = [["Cat. no.", "Description", "Qty", "UoM"]]
    for d in rng.sample(["Gel cards ABO/Rh", "Reverse cells A1/B", "Coombs control cells", "EDTA tubes 6 mL",
                         "ISBT 128 label stock", "Plasma thaw bags", "Blood warmer sets"], 4):
        rows.append([luhn_serial(rng, 8), d, rng.randint(1, 30), pick(rng, ["box", "case", "each"])])
    table = "\n".join("  ".join(str(c) for c in r) for r in rows)
    text = (f"Hi {buyer.given},\n\nMonthly order for the {tm.hospital['en']} blood bank:\n\n{table}\n\n"
            f"Cost centre 6{rng.randint(1000, 9999)}. Ship to: Blood Bank, {tm.hospital['street']}.\n\n" + tm.signature("en", rng))
    return spec("purchase_order", "en", tm.addr(), [buyer.addr()], "Blood bank monthly order", text=text,
                note="purchase order with catalogue numbers")
