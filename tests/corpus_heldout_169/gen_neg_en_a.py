"""English negatives, part A: HR, schedules, payroll, staff news, newsletters, committees, conferences."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_build import Att, Spec, staff_addr
from gen_common import ORG_ADDR, ORG_DOMAIN, ORG_EN, d_en, d_short_en, signature, stable_hex
from gen_helpers import hello, thanks
from gen_neg_common import org_addr, staff_names

ALL = ("All Cardiology Staff", org_addr("cardiology-all"))


def clinic_coverage(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    docs = staff_names(w, "cardio", 6)
    start = w.future(now.date(), 3, 15)
    lines = []
    for i, clinic in enumerate(["Heart Function (HF) Clinic", "AF Clinic", "Device Clinic", "Valve Clinic", "Lipid & Prevention", "Adult Congenital"]):
        lines.append(f"{clinic:28s} {docs[i].title} {docs[i].full}")
    text = f"""Hi all,

Clinic coverage for the week of {d_en(start)}:

""" + "\n".join(lines) + f"""

{docs[0].title} {docs[0].surname} is away {d_short_en(start + dt.timedelta(days=2))} (conference); urgent HF issues go to the on-call cardiologist.
Please update your templates in the scheduling system.

{signature(m, 'en')}
"""
    return Spec("neg", "schedule", "en", f"Clinic coverage - week of {d_en(start, 1)}", text, staff_addr(m), [ALL],
                note="clinic coverage schedule by physician")


def tech_rota(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    techs = staff_names(w, "echo", 5)
    start = w.future(now.date(), 5, 20)
    rows = [["date", "shift", "sonographer", "room"]]
    for k in range(10):
        d = start + dt.timedelta(days=k)
        if d.weekday() >= 5:
            continue
        for shift in ["07:30-15:30", "11:30-19:30"]:
            rows.append([d.isoformat(), shift, r.choice(techs).full, r.choice(["Echo 1", "Echo 2", "Stress", "TEE suite"])])
    c = make_csv(rows)
    text = f"""Hi team,

Draft echo lab rota for the next two weeks attached (CSV, opens in Excel). Swap requests by Friday please.
Reminder: TEE suite needs one RN and one sonographer at all times.

{m.given}
"""
    return Spec("neg", "schedule", "en", "Echo lab rota (draft)", text, staff_addr(m), [("Echo Lab Staff", org_addr("echo-staff"))],
                note="sonographer rota as CSV", attachments=[Att("csv", f"echo_rota_{start.isoformat()}.csv", c)])


def leave_request(w, now):
    r = w.rng
    e = w.pick_staff(r.choice(["nurse", "echo", "device", "kin", "clerk"]))
    m = w.pick_staff("manager")
    a = w.future(now.date(), 14, 80)
    b = a + dt.timedelta(days=r.choice([3, 6, 10, 13]))
    reason = r.choice(["for my knee surgery (arthroscopy) - my doctor says 2 weeks off", "for my sister's wedding in Halifax",
                       "to move house", "for jury duty (summons attached)"])
    text = f"""Hi {m.given},

I'd like to request leave from {d_en(a)} to {d_en(b)} {reason}.
{r.choice(['I already checked with the team and coverage looks fine.', 'I can swap my weekend with a colleague.', 'Happy to discuss.'])}

Thanks,
{e.given}
"""
    return Spec("neg", "hr", "en", "Leave request", text, staff_addr(e), [staff_addr(m)],
                note="employee leave request (staff information)")


def payroll(w, now):
    r = w.rng
    p = w.pick_staff("pay")
    e = w.pick_staff(r.choice(["nurse", "echo", "clerk", "kin", "device"]))
    text = f"""Hello {e.given},

Following up on your ticket: the missing evening premium for pay period {r.randint(1, 26)} ({r.randint(3, 8)} shifts) will be paid on {d_en(w.future(now.date(), 3, 14))}.
Employee no.: {r.randint(100000, 999999)}
Adjustment: ${r.randint(90, 600)}.{r.randint(10, 99)} gross

Your T4 address can be updated in the employee portal.

{signature(p, 'en')}
"""
    return Spec("neg", "payroll", "en", "Pay adjustment - evening premium", text, staff_addr(p), [staff_addr(e)], note="payroll adjustment for an employee")


def occ_health(w, now):
    r = w.rng
    hr = w.pick_staff("hr")
    m = w.pick_staff("manager")
    e = w.pick_staff(r.choice(["nurse", "echo", "kin"]))
    kind = r.choice([
        f"{e.given} {e.surname} is cleared to return on modified duties from {d_en(w.future(now.date(), 2, 10))}: no lifting over 10 kg and no patient transfers for 4 weeks.",
        f"{e.given} {e.surname} should not be scheduled in the cath lab (radiation exposure) until further notice, as recommended by Occupational Health.",
        f"{e.given} {e.surname}'s N95 fit test has expired; please do not assign {e.given} to airborne isolation rooms until re-tested.",
    ])
    text = f"""Hi {m.given},

{kind}
Medical details stay with Occupational Health; please contact us with scheduling questions only.

{signature(hr, 'en')}
Occupational Health & Safety
"""
    return Spec("neg", "occupational_health", "en", "Occupational Health - work restrictions", text, staff_addr(hr), [staff_addr(m)],
                note="employee work restrictions from occupational health")


def candidate_ref(w, now):
    r = w.rng
    hr = w.pick_staff("hr")
    m = w.pick_staff("manager")
    c = w.patient("en", age=(25, 50))
    t = w.future(now.date(), 3, 10)
    text = f"""Hi {m.given},

Three candidates shortlisted for the Device Clinic Technologist posting. Interviews on {d_short_en(t)}, room B-214:

09:00  {c.given} {c.surname} - 6 yrs EP lab, IBHRE certified
10:00  {w.patient('en', age=(25, 50)).full} - new grad, strong references
11:00  {w.patient('en', age=(25, 50)).full} - currently at Rideau Valley General

{c.given} asked that we call {c.cell} rather than the work number. Please do not share CVs outside the panel.

{signature(hr, 'en')}
"""
    return Spec("neg", "hr", "en", "Interview schedule - Device Clinic Technologist", text, staff_addr(hr), [staff_addr(m)],
                note="interview schedule for job candidates")


def job_posting(w, now):
    r = w.rng
    hr = w.pick_staff("hr")
    post = r.choice(["Registered Nurse - Heart Function Clinic (permanent full-time)", "Cardiac Sonographer (part-time, days/evenings)",
                     "Exercise Physiologist - Cardiac Rehabilitation (12-month contract)", "Clinical Research Coordinator - Arrhythmia"])
    html = f"""<html><body style="font-family:Arial">
<h2>Now hiring: {post}</h2>
<p>The {ORG_EN} is looking for a team member to join its cardiology programs (heart failure, arrhythmia, cardiac rehab).</p>
<ul><li>Bilingual (French/English) an asset</li><li>Experience with heart failure or device patients preferred</li>
<li>Salary per collective agreement</li></ul>
<p>Apply by {d_en(w.future(now.date(), 10, 25))} at <a href="https://careers.icvb.example">careers.icvb.example</a>.</p>
<p style="color:#777;font-size:9pt">{ORG_EN} - {ORG_ADDR} - 819-555-0100</p></body></html>"""
    return Spec("neg", "job_posting", "en", f"Job posting: {post.split(' - ')[0]}", "Job posting (HTML).", ("Talent Acquisition", org_addr("careers")),
                [ALL], note="job posting", html=html, force={"format": r.choice(["html", "alt"])})


def birthdays(w, now):
    r = w.rng
    s = w.pick_staff("clerk")
    people, seen = [], set()
    for p in staff_names(w, "nurse", 4) + staff_names(w, "echo", 2) + staff_names(w, "clerk", 3):
        if p.given not in seen:
            seen.add(p.given)
            people.append(p)
    mon = (now.month % 12) + 1
    from gen_common import MONTHS
    lines = "\n".join(f"  {p.given} {p.surname[0]}. - {MONTHS[mon - 1]} {r.randint(1, 28)}" for p in people[:r.randint(4, 7)])
    text = f"""Hi everyone!

{MONTHS[mon - 1]} birthdays on the cardiology floor:
{lines}

Cake in the staff lounge on the last Friday of the month at 2 pm. Contributions ($3) to {s.given}.

{s.given}
"""
    return Spec("neg", "staff_news", "en", f"{MONTHS[mon - 1]} birthdays", text, staff_addr(s), [ALL], note="staff birthday list")


def new_baby(w, now):
    r = w.rng
    s = w.pick_staff("manager")
    e = w.pick_staff(r.choice(["cardio", "nurse", "device", "echo"]))
    bd = now.date() - dt.timedelta(days=r.randint(1, 8))
    bn = r.choice(["Maya", "Theo", "Charlotte", "Eli", "Nora", "Felix"])
    text = f"""Hello all,

Happy news: {e.title + ' ' if e.title else ''}{e.given} {e.surname} and family welcomed {bn}, born {d_en(bd)}, {r.choice(['7 lb 2 oz', '6 lb 11 oz', '8 lb 0 oz'])}. Everyone is healthy and home.
{e.given} is on parental leave until {d_en(w.future(now.date(), 120, 300))}. A card is at the HF clinic front desk.

{s.given}
"""
    return Spec("neg", "staff_news", "en", f"Welcome baby {bn}!", text, staff_addr(s), [ALL], note="birth announcement for a staff member's baby")


def newsletter(w, now):
    r = w.rng
    d1, d2, d3 = staff_names(w, "cardio", 3)
    k = w.pick_staff("kin")
    html = f"""<html><body style="font-family:Segoe UI,Arial">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#8b1e2d;color:#fff;padding:10px">
<b>HEARTBEAT</b> - {ORG_EN} staff newsletter - {d_en(now.date())}</td></tr>
<tr><td style="padding:10px">
<h3>Spotlight</h3>
<p>{d1.title} {d1.full}, who leads our amyloidosis and heart failure program, published the clinic's 5-year outcomes in a cardiology journal this month.</p>
<p>{d2.title} {d2.surname}'s arrhythmia team performed its 500th pulsed-field AF ablation.</p>
<p>{d3.title} {d3.surname} joins us from Rideau Valley General as our new cardio-oncology lead.</p>
<h3>By the numbers (Q{r.randint(1, 4)})</h3>
<p>{r.randint(2000, 3000)} echos &middot; {r.randint(300, 480)} caths &middot; {r.randint(120, 220)} device implants &middot; {r.randint(80, 160)} rehab graduates</p>
<h3>Kudos</h3><p>Thanks to {k.given} {k.surname} for launching the virtual rehab classes.</p>
</td></tr><tr><td style="font-size:8pt;color:#666;padding:10px">{ORG_ADDR} &middot; 819-555-0100 &middot; Unsubscribe</td></tr></table>
</body></html>"""
    return Spec("neg", "newsletter", "en", f"HEARTBEAT newsletter - {d_en(now.date(), 3)}", "HEARTBEAT newsletter", ("Communications", org_addr("communications")),
                [ALL], note="staff newsletter", html=html, force={"format": "html"})


def committee(w, now):
    r = w.rng
    c = w.pick_staff("manager")
    d = w.future(now.date(), 5, 25)
    items = r.sample(["Review of 30-day HF readmission data (aggregate)", "Radial-first policy update", "Sedation for TEE - nursing competencies",
                      "Device clinic remote monitoring staffing", "Hand hygiene audit results", "Morbidity & mortality process (de-identified)",
                      "New SGLT2 inhibitor order set"], 4)
    text = f"""Hello,

The Cardiology Quality & Patient Safety Committee meets on {d_short_en(d)}, 07:30-08:30, Room A-110 / Teams.

Agenda:
""" + "\n".join(f"  {i}. {it}" for i, it in enumerate(items, 1)) + f"""

Chair: {w.pick_staff('cardio').title} {w.pick_staff('cardio').full}
Minutes from last meeting are on the shared drive.

{signature(c, 'en')}
"""
    ics = make_ics(f"{stable_hex('qps', d)}@{ORG_DOMAIN}", dt.datetime(d.year, d.month, d.day, 7, 30), dt.datetime(d.year, d.month, d.day, 8, 30),
                   "Cardiology QPS Committee", "Agenda on the shared drive.", "A-110 / Teams", (c.full, c.email))
    return Spec("neg", "committee", "en", "Cardiology QPS Committee - agenda", text, staff_addr(c), [("QPS Committee", org_addr("qps-cardio"))],
                note="committee notice with calendar invite", attachments=[Att("ics", "QPS_meeting.ics", ics)] if r.random() < 0.6 else [])


def conference(w, now):
    r = w.rng
    c = w.pick_staff("comm")
    docs = staff_names(w, "cardio", 5)
    d = w.future(now.date(), 20, 70)
    topics = ["HFpEF in 2025: beyond diuretics", "Leadless pacing - who benefits?", "Lipoprotein(a): screen everyone?",
              "Remote monitoring alert fatigue", "Women and SCAD", "TAVI durability", "Cardiac rehab for frail older adults"]
    r.shuffle(topics)
    lines = [f"{d_en(d)} - Auditorium A", ""]
    for i, doc in enumerate(docs):
        lines += [f"{8 + i}:00  {topics[i]}", f"       {doc.title} {doc.full}"]
    lines += ["", "Accredited for 5 Section 1 credits.", "Registration: " + org_addr("cme")]
    pdf = make_pdf("Cardiology Update Day - Program", lines, author="CME office")
    text = f"""Dear colleagues,

Save the date: Cardiology Update Day on {d_en(d)}. Program attached.
Speakers include {', '.join(f'{x.title} {x.surname}' for x in docs[:3])} and more.

{signature(c, 'en')}
"""
    return Spec("neg", "conference", "en", "Cardiology Update Day - program", text, staff_addr(c), [ALL], note="conference programme",
                attachments=[Att("pdf", "Cardiology_Update_Day_program.pdf", pdf)])


def abstract_call(w, now):
    r = w.rng
    rc = w.pick_staff("research")
    text = f"""Hi all,

Reminder: abstracts for the Research Day are due {d_en(w.future(now.date(), 10, 30))}.
Categories: heart failure, electrophysiology, imaging, interventional, rehabilitation, nursing.
Case reports are welcome but must be fully de-identified (no names, dates of birth, chart numbers, or images with identifiers).
Template: 300 words, structured (Background, Methods, Results, Conclusion).

{signature(rc, 'en')}
"""
    return Spec("neg", "research", "en", "Research Day - call for abstracts", text, staff_addr(rc), [ALL], note="call for abstracts")


TEMPLATES = [clinic_coverage, tech_rota, leave_request, payroll, occ_health, candidate_ref, job_posting, birthdays, new_baby,
             newsletter, committee, conference, abstract_call]
