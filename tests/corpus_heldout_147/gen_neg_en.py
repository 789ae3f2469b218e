"""Non-confidential (hard negative) messages in English, part 1."""
import datetime as dt
import html as H

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_common import (ADDR_EN, CISSS, CISSS_DOM, CLINICS, DOM, ORG_EN, STAFF, fmt_date, luhn_serial,
                        signature, staff_display, staff_email)
from gen_ctx import today, Ctx, Rec, spec
from gen_neg_fr import _d

L = "en"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _all(name="Cardiology - all staff"):
    return (name, f"cardiology-all@{DOM}")


def n_oncall(ctx: Ctx):
    rng = ctx.rng
    chef = ctx.staff("chef", "cardiologist")
    mds = [s for s in STAFF if s[3]]
    start = _d(rng, 3, 25)
    start -= dt.timedelta(days=start.weekday())
    rows = [("Date", "Day", "Cardiology call", "EP/device call", "CCU attending")]
    for i in range(7):
        day = start + dt.timedelta(days=i)
        rows.append((fmt_date(day, "iso"), DAYS[day.weekday()], staff_display(ctx.pick(mds)),
                     staff_display(ctx.pick(mds)), staff_display(ctx.pick(mds))))
    txt = "\n".join(f"{r[0]:<11} {r[1]:<10} {r[2]:<26} {r[3]:<26} {r[4]}" for r in rows)
    swap = ctx.pick(["Dr Whitfield (HF/transplant) and Dr Schwartz have swapped Wednesday.",
                     "Dr Okafor covers the amyloid clinic consults on Thursday.",
                     "Remote-monitoring red alerts go to the EP/device call after 17:00."])
    text = f"Hi all,\n\nCall schedule for the week of {fmt_date(start, 'long_en')}:\n\n{txt}\n\n{swap}\n\n" + \
        signature(chef, "unit", L)
    html = ("<html><body><p>Hi all,</p><p>Call schedule for the week of " + fmt_date(start, "long_en") + ":</p>"
            "<table border='1' cellpadding='3' style='border-collapse:collapse'>" +
            "".join("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>" for r in rows) +
            f"</table><p>{H.escape(swap)}</p></body></html>\n")
    return spec("schedule", L, f"Call schedule - week of {fmt_date(start, 'long_en')}", ctx.mb(chef),
                [_all("Cardiologists")], text, Rec(L), "weekly on-call schedule", html=html)


def n_leave(ctx: Ctx):
    rng = ctx.rng
    emp = ctx.staff("infirmière", "technologue", "kinésiologue", "analyste", "secrétaire")
    boss = ctx.staff("chef", "assistante")
    a = _d(rng, 15, 80)
    b = a + dt.timedelta(days=rng.randrange(2, 12))
    why = ctx.pick(["vacation", "my brother's wedding in Halifax", "a course (IBHRE exam prep)",
                    "surgery - my doctor's note goes to occupational health directly"])
    text = (f"Hi {boss[0]},\n\nI'd like to request leave from {fmt_date(a, 'long_en')} to {fmt_date(b, 'long_en')} "
            f"for {why}. {ctx.pick(['Karine can cover my Tuesday device clinics.', 'I have 9 banked days.', 'I checked the schedule and we are fully staffed that week.'])}\n\n"
            f"Thanks,\n{emp[0]}")
    return spec("leave", L, "Leave request", ctx.mb(emp), [ctx.mb(boss)], text, Rec(L), "staff leave request")


def n_payroll(ctx: Ctx):
    rng = ctx.rng
    emp = ctx.staff()
    pay = ("Payroll", f"payroll@{CISSS_DOM}")
    emp_no = luhn_serial(rng, 7, "5")
    v = ctx.pick([0, 1, 2])
    if v == 0:
        text = (f"Hello,\n\nMy direct deposit for pay period 22 went to my old account. I updated my banking "
                f"information on the portal on the 3rd. Employee #{emp_no}.\n\nCould you reissue?\n\n"
                f"{emp[0]} {emp[1]}\nExt. {rng.randrange(2000, 2999)}")
        return spec("payroll", L, "Direct deposit issue - PP22", ctx.mb(emp), [pay], text, Rec(L),
                    "employee payroll deposit question")
    if v == 1:
        text = ("Reminder: T4 and RL-1 slips will be available on the employee portal on February 28. "
                "Employees on a leave of absence will receive paper copies at their home address on file.\n\n"
                "Payroll Services - " + CISSS)
        return spec("payroll", L, "T4 / RL-1 availability", pay, [_all("All employees")], text, Rec(L),
                    "payroll tax slip notice")
    rows = [("Employee #", "Name", "Shift premium hrs", "On-call hrs", "Approved by")]
    for s in rng.sample(STAFF, 5):
        rows.append((luhn_serial(rng, 7, "5"), f"{s[1]}, {s[0]}", rng.randrange(0, 40), rng.randrange(0, 60),
                     staff_display(ctx.staff("chef"), False)))
    x = make_xlsx([("PP22 premiums", rows)])
    text = "Hi,\n\nApproved premiums and on-call hours for PP22 attached.\n\n" + signature(emp, "unit", L)
    return spec("payroll", L, "PP22 premiums - cardiology", ctx.mb(emp), [pay], text, Rec(L),
                "approved premium hours for staff (XLSX)",
                attachments=[{"kind": "xlsx", "filename": "PP22_premiums_cardio.xlsx", "data": x}])


def n_occhealth(ctx: Ctx):
    rng = ctx.rng
    oh = ("Occupational Health", f"occhealth@{CISSS_DOM}")
    emp = ctx.staff("infirmière", "technologue", "physiothérapeute")
    if ctx.chance(0.5):
        text = (f"Hi {emp[0]},\n\nYour N95 fit test is due before {fmt_date(_d(rng, 10, 30), 'long_en')}. Book a slot "
                "through the portal (Occupational Health > Fit testing). Your last result: 3M 1870+ size regular, pass.\n\n"
                "Occupational Health & Safety")
        return spec("occupational_health", L, "N95 fit test due", oh, [ctx.mb(emp)], text, Rec(L),
                    "staff fit-test reminder")
    boss = ctx.staff("chef")
    text = (f"Hello {boss[0]},\n\n{emp[0]} {emp[1]} is cleared to return to full duties on "
            f"{fmt_date(_d(rng, 2, 10), 'long_en')} following the needlestick follow-up (all baseline and 6-week "
            "results negative). No restrictions.\n\nOccupational Health & Safety")
    return spec("occupational_health", L, "Return to work clearance", oh, [ctx.mb(boss)], text, Rec(L),
                "employee clearance after occupational exposure")


def n_posting(ctx: Ctx):
    rng = ctx.rng
    hr = ("Talent Acquisition", f"careers@{CISSS_DOM}")
    job = ctx.pick([("Clinical Nurse - Pacemaker and ICD Clinic", "remote monitoring triage, device follow-up, "
                     "patient teaching"),
                    ("Exercise Physiologist (Kinesiologist) - Cardiac Rehabilitation", "exercise prescription, "
                     "group education, 6-minute walk testing"),
                    ("Cardiac Sonographer", "adult TTE, stress echo, strain imaging"),
                    ("Heart Failure Nurse Practitioner", "GDMT titration, diuretic management, transitions of care")])
    no = f"{rng.randrange(24, 25)}-{rng.randrange(1000, 9999)}"
    paras = [f"Posting #{no}", job[0], ORG_EN, f"Duties: {job[1]}.",
             "Requirements: licence in good standing in Quebec; bilingual (French/English) an asset.",
             f"Salary: ${rng.randrange(29, 35)}.{rng.randrange(10, 99)} - ${rng.randrange(48, 58)}.{rng.randrange(10, 99)} per hour",
             f"Apply by {fmt_date(_d(rng, 10, 30), 'long_en')}."]
    text = "\n\n".join(paras) + "\n\nEqual opportunity employer."
    att = []
    if ctx.chance(0.4):
        att = [{"kind": "docx", "filename": f"Posting_{no}.docx", "data": make_docx(job[0], paras)}]
    return spec("job_posting", L, f"Job posting #{no}: {job[0].split(' - ')[0]}", hr, [_all()], text, Rec(L),
                "job posting", attachments=att)


def n_newsletter(ctx: Ctx):
    rng = ctx.rng
    comm = ("HRSAM Communications", f"communications@{DOM}")
    items = rng.sample([
        ("New HF/transplant cardiologist", "Dr Rachel Whitfield, who treats advanced heart failure and manages "
         "patients on the transplant list, joins us from Halifax."),
        ("Amyloidosis clinic opens", "Dr Priya Ramanathan's cardiac amyloidosis clinic now sees referrals every "
         "second Thursday."),
        ("Remote monitoring milestone", "More than 1,500 pacemaker and ICD patients are now followed remotely; "
         "in-person visits dropped 31% year over year."),
        ("Rehab team award", "Etienne Lussier and the cardiac rehab team received the provincial innovation award "
         "for their tele-rehab programme for rural patients."),
        ("Heart Month", "Free blood pressure checks for staff in the cafeteria all February."),
        ("Grand rounds", "Dr Olivier Marchand on leadless pacemakers: lessons from 100 implants."),
    ], 4)
    text = "CARDIOLOGY NEWS\n\n" + "\n\n".join(f"* {t}\n{b}" for t, b in items) + \
        f"\n\n--\n{ORG_EN}, {ADDR_EN}\nUnsubscribe: communications@{DOM}"
    html = ("<html><body style='font-family:Verdana;max-width:620px'><h1>Cardiology News</h1>" +
            "".join(f"<h3>{H.escape(t)}</h3><p>{H.escape(b)}</p>" for t, b in items) +
            f"<p style='color:#888;font-size:8pt'>{H.escape(ORG_EN)}, {H.escape(ADDR_EN)}</p></body></html>\n")
    return spec("newsletter", L, "Cardiology News - " + ctx.pick(["November", "December", "Winter edition"]), comm,
                [_all()], text, Rec(L), "department newsletter", html=html, layout=ctx.pick(["html", "alt"]))


def n_committee(ctx: Ctx):
    rng = ctx.rng
    sec = ctx.staff("secrétaire", "coordonnatrice")
    com = ctx.pick([("Pharmacy & Therapeutics", "vericiguat formulary request; IV iron protocol; amiodarone "
                     "monitoring audit"),
                    ("Cardiology Quality Council", "30-day HF readmissions (Q2 aggregate); device clinic wait "
                     "times; incident trends"),
                    ("Morbidity & Mortality Rounds", "two de-identified cases: lead perforation after "
                     "pacemaker implant; missed ATTR amyloidosis"),
                    ("Remote Monitoring Steering Committee", "weekend alert coverage; vendor contract renewal; "
                     "congestion alert thresholds")])
    day = _d(rng, 5, 25)
    start = dt.datetime.combine(day, dt.time(7, 30))
    text = (f"Dear members,\n\nThe next {com[0]} meeting is on {DAYS[day.weekday()]}, {fmt_date(day, 'long_en')}, "
            f"07:30-08:30, room B-310 / Teams.\n\nAgenda: {com[1]}.\n\nRegrets to me please.\n\n" +
            signature(sec, "unit", L))
    att = []
    if ctx.chance(0.6):
        att = [{"kind": "ics", "filename": "meeting.ics", "ctype_params": ['method="REQUEST"'],
                "data": make_ics(f"mtg-{day.isoformat()}-{rng.randrange(999)}@{DOM}", start, start + dt.timedelta(hours=1),
                                 com[0], com[1], "B-310 / Teams", staff_email(sec))}]
    return spec("committee_notice", L, f"{com[0]} - meeting notice", ctx.mb(sec), [_all("Committee members")], text,
                Rec(L), "committee meeting notice", attachments=att)


def n_conference(ctx: Ctx):
    rng = ctx.rng
    org = ("Laurentian Heart Symposium", "info@laurentianheart.example")
    talks = rng.sample([("Dr Nathan Schwartz", "Cardiogenic shock teams: what works"),
                        ("Dr Rachel Whitfield", "LVADs and the community cardiologist"),
                        ("Dr Olivier Marchand", "Conduction system pacing in 2025"),
                        ("Dr Priya Ramanathan", "ATTR cardiomyopathy: diagnosis without biopsy"),
                        ("Julie Rivard, PharmD", "Deprescribing in elderly HF patients"),
                        ("Francis Delorme, PT", "Frailty and cardiac rehab outcomes")], 4)
    day = _d(rng, 30, 90)
    text = (f"Laurentian Heart Symposium - {fmt_date(day, 'long_en')}\nChateau du Lac Hotel, Sainte-Ursule\n\n" +
            "\n".join(f"{8 + i}:30  {w} - {t}" for i, (w, t) in enumerate(talks)) +
            "\n\nRegistration: $250 (free for residents). 6 Section 1 credits.")
    att = []
    if ctx.chance(0.5):
        members = [(f"abstract_{i + 1}.pdf", make_pdf(t, [w, "", "Abstract to be presented at the symposium."]))
                   for i, (w, t) in enumerate(talks[:2])]
        att = [{"kind": "zip", "filename": "symposium_abstracts.zip", "data": make_zip(members)}]
    return spec("conference_programme", L, "Laurentian Heart Symposium - programme", org, [_all()], text, Rec(L),
                "conference programme with speakers and topics", attachments=att)


def n_invoice(ctx: Ctx):
    rng = ctx.rng
    vend = ctx.pick([("Veltrano Medical Canada", "ar@veltrano.example"), ("Cardionyx Canada", "billing@cardionyx.example"),
                     ("Holtek Diagnostics", "invoices@holtek-diag.example")])
    buyer = ctx.staff("acheteur")
    inv = f"INV-{rng.randrange(2024000, 2024999)}"
    rows = [("Item", "Qty", "Unit", "Serial / Lot", "Amount")]
    total = 0
    for _ in range(rng.randrange(2, 5)):
        it = ctx.pick([("ICD lead 65 cm", 2890), ("CRT-D generator", 24800), ("Holter recorder service", 145),
                       ("Remote monitor (bedside)", 310), ("Programmer software licence", 1200)])
        q = rng.randrange(1, 3)
        ser = f"SN {luhn_serial(rng, 9, ctx.pick('2345'))}" if ctx.chance(0.6) else f"LOT {rng.randrange(100000, 999999)}"
        rows.append((it[0], q, f"{it[1]:.2f}", ser, f"{q * it[1]:.2f}"))
        total += q * it[1]
    rows.append(("Total (before tax)", "", "", "", f"{total:.2f}"))
    text = (f"Invoice {inv}\nCustomer #: {rng.randrange(10000, 99999)}\nPO: PO-{rng.randrange(40000, 49999)}\n"
            f"Bill to: {ORG_EN} - Accounts Payable\nDate: {fmt_date(_d(rng, -10, 0), 'iso')}\nTerms: Net 30\n\n" +
            "\n".join(" | ".join(str(c) for c in r) for r in rows) + f"\n\nRemit to: {vend[0]}, PO Box 5501, "
            "Toronto ON  M5W 0A1")
    att = []
    if ctx.chance(0.5):
        att = [{"kind": "xlsx", "filename": f"{inv}.xlsx", "data": make_xlsx([("Invoice", rows)])}]
    return spec("invoice", L, f"Invoice {inv}", vend, [ctx.mb(buyer)], text, Rec(L),
                "device vendor invoice with serial numbers", attachments=att)
