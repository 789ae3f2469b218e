"""Non-confidential messages, English."""
import datetime

import gen_common as G
from gen_attach import docx_bytes, ics_text, pdf_bytes, xlsx_bytes
from gen_ctx import join, quote
from gen_mime import text_table
from gen_neg_a import luhn_serial, nspec


def en_bed_meeting(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 6))]
    dt = c.when(r.randint(1, 3))
    body = (f"Patient flow huddle {G.day_en(dt)} at {r.choice(['8:15', '8:30', '1:00 pm'])} (Teams link below).\n\n"
            f"Current status: ED {r.randint(8, 30)} stretchers, occupancy {r.randint(100, 125)}%, "
            f"ALC patients {r.randint(30, 75)} ({r.randint(10, 30)} awaiting LTC).\n"
            "Each unit please bring its list of expected discharges within 48 h.")
    return nspec(c, s, to, r.choice(["Patient flow huddle", "Bed meeting tomorrow", "Surge plan - level 3"]),
                 join(c.greet(), body, c.close(), c.sig(s[0], role="Patient Flow Coordinator")), "Bed meeting notice (aggregate)")


def en_alc_stats(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(2, 4))]
    units = ["Medicine 4N", "Medicine 5W", "Geriatrics", "Surgery 3S", "Orthopedics"]
    rows = [[u, r.randint(0, 12), r.randint(0, 5), r.randint(0, 4), r.randint(6, 55)] for u in units]
    header = ["Unit", "ALC-LTC", "ALC-RI", "ALC-Home", "Avg LOS"]
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind="xlsx", filename="ALC_dashboard.xlsx", data=xlsx_bytes([("ALC", header, rows)], author="Decision Support")))
        body = "ALC dashboard attached."
    else:
        body = "ALC snapshot this week:\n\n" + text_table(header, rows)
    return nspec(c, s, to, r.choice(["ALC dashboard", "Weekly ALC numbers"]), join(c.greet(), body, c.sig(s[0])),
                 "Aggregate ALC statistics", attachments=atts)


def en_rota(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 5))]
    staff = [c.staff()[0] for _ in range(6)]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows = [[p.full] + [r.choice(["D", "D", "E", "off", "Trng"]) for _ in days] for p in staff]
    body = "Social work on-call rota:\n\n" + text_table(["Staff"] + days, rows)
    return nspec(c, s, to, "On-call rota", join(c.greet(), body, c.close(), c.sig(s[0], role="Home Care Program Manager")),
                 "Staff rota")


def en_training(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 6))]
    t = r.choice(["Gentle Persuasive Approaches in dementia care", "Capacity assessment for social workers",
                  "Elder abuse: recognising financial exploitation", "Trauma-informed care with unhoused clients",
                  "Medication reconciliation at discharge"])
    dt = c.when(r.randint(7, 25))
    start = datetime.datetime(dt.year, dt.month, dt.day, 9, 0)
    body = (f"Registration is open for \"{t}\" on {G.day_en(dt)}, 9:00-12:00, auditorium B. Presenter: "
            f"{c.staff()[0].full}, {r.choice(['Clinical Nurse Specialist', 'MSW', 'OT Reg. (Qc)', 'Pharmacist'])}. Max {r.randint(15, 30)} participants.")
    spec = nspec(c, s, to, f"Training: {t}", join(c.greet(), body, c.sig(s[0], role="Clinical Nurse Educator")), "Training notice")
    if r.random() < 0.4:
        spec["attachments"] = [dict(kind="ics", filename="training.ics", text=ics_text(
            f"{r.getrandbits(64):016x}@{c.org['dom']}", t, start, start + datetime.timedelta(hours=3), "Auditorium B",
            t, (s[0].full, s[1]), [(a[0].full, a[1]) for a in to[:2]]))]
    return spec


def en_hr(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    v = r.randint(0, 2)
    subj, body = [
        ("Vacation request", f"I'd like to request vacation from {G.fmt_date(c.when(30), 'en')} to {G.fmt_date(c.when(41), 'en')}. "
         f"{c.staff()[0].given} will cover my caseload."),
        ("Sick leave", f"I'm off sick until {G.day_en(c.when(3))} ({r.choice(['flu', 'migraine', 'back strain'])}). Note sent to Occupational Health."),
        ("T4 correction", f"Please correct the T4 for employee #{r.randint(100000, 999999)}: on-call premiums missing for pay period {r.randint(1, 26)}."),
    ][v]
    return nspec(c, s, [d], subj, join(c.greet(d[0]), body, c.sig(s[0], short=True)), "Staff HR message")


def en_job(c):
    r = c.rng
    s = c.staff()
    t = r.choice(["Social Worker - Transitional Care Unit", "Discharge Planner (bilingual)", "Case Manager - Home Care",
                  "Outreach Worker - Homelessness Team"])
    body = (f"Job posting #{r.randint(1000, 9999)}: {t}\nStatus: {r.choice(['permanent full-time', 'temporary 12 months'])}\n"
            f"Requirements: {r.choice(['BSW and OTSTCFQ membership', 'DEC in social work techniques', 'nursing licence (OIIQ)'])}; bilingualism required.\n"
            f"Apply before {G.fmt_date(c.when(14), 'en')}.")
    return nspec(c, s, [(None, f"all-staff@{c.org['dom']}")], f"Job posting: {t}", join(body, c.sig(s[0], role="Talent Acquisition")),
                 "Job posting")


def en_newsletter(c):
    r = c.rng
    s = c.staff()
    items = r.sample(["World Alzheimer's Day: free information sessions for families at all CLSCs.",
                      "Caregiver Week: the caregiver support line is open evenings.",
                      "New: 20 transitional care beds opened on the 6th floor.",
                      "Falls prevention month - did you know that one senior in three falls each year?",
                      "Our homelessness outreach team received a provincial award."], 3)
    text = "CARE TRANSITIONS NEWSLETTER\n\n" + "\n\n".join(items) + "\n\nUnsubscribe: communications@" + c.org["dom"]
    html = "<html><body><h1>Care Transitions Newsletter</h1>" + "".join(f"<p>{i}</p>" for i in items) + "</body></html>"
    return nspec(c, s, [(None, f"all-staff@{c.org['dom']}")], "Care Transitions Newsletter", text, "Newsletter",
                 html=html, body_mode=r.choice(["html", "alt"]))


def en_invoice(c):
    r = c.rng
    s = c.ext_staff(dom=r.choice(["medequip-supply.example", "mobility-solutions.example"]), en=True)
    d = c.staff()
    po = f"PO-{r.randint(100000, 999999)}"
    lines = [f"{item} x{r.randint(1, 5)} - S/N {luhn_serial(r)}" for item in r.sample(["Hospital bed", "Bariatric wheelchair",
                                                                                        "Ceiling lift", "Pressure mattress", "Rollator"], 3)]
    body = f"Invoice #{r.randint(10000, 99999)} for {po}\n\n" + "\n".join(lines) + f"\n\nTotal: {r.randint(2000, 30000):,}.00 $ + taxes. Net 30."
    atts = [dict(kind="pdf", filename=f"Invoice_{po}.pdf", data=pdf_bytes("INVOICE", body.split("\n")))] if r.random() < 0.5 else []
    return nspec(c, s, [d], f"Invoice {po}", join(c.greet(d[0]), body, s[0].full), "Supplier invoice", attachments=atts)


def en_conference(c):
    r = c.rng
    s = c.staff()
    spk = [c.staff()[0] for _ in range(3)]
    tops = r.sample(["Delirium in the ED", "Hoarding disorder and housing", "Heart failure at home", "Dementia-friendly hospitals",
                     "Guardianship reform in Quebec", "Harm reduction for older adults"], 3)
    prog = "\n".join(f"{t} - Dr. {p.full}" for t, p in zip(tops, spk))
    body = f"Annual Geriatric Social Care Symposium - {G.fmt_date(c.when(50), 'en')}\n\nProgramme:\n{prog}\n\nRegistration: 95 $."
    return nspec(c, s, [(None, f"clinicians@{c.org['dom']}")], "Symposium programme", join(c.greet(), body, c.sig(s[0])),
                 "Conference programme")


def en_it(c):
    r = c.rng
    s = c.staff()
    subj, body = r.choice([
        ("Scheduled downtime - EHR", "The EHR will be unavailable Saturday 22:00-02:00. Use downtime forms."),
        ("Phishing alert", "Emails pretending to come from RAMQ asking you to 'verify your health card' are fraudulent. Do not click."),
        ("New printers - 5th floor", f"New printers installed; asset tags {luhn_serial(r)} and {luhn_serial(r)}.")])
    return nspec(c, s, [(None, f"all-staff@{c.org['dom']}")], subj, join(body, "IT Service Desk"), "IT notice")


def en_blank_form(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(2)]
    title = r.choice(["Home Care Referral Form", "LTC Application - Consent", "Caregiver Needs Assessment"])
    fields = ["Client name: ____________", "RAMQ number: ____ ____ ____", "Date of birth (YYYY-MM-DD): __________",
              "Address: ____________________", "Primary diagnosis: __________", "Referring clinician: __________"]
    kind = r.choice(["pdf", "docx"])
    data = pdf_bytes(title, fields) if kind == "pdf" else docx_bytes(title, fields)
    return nspec(c, s, to, f"Blank form: {title}", join(c.greet(), "Updated blank form attached - please use this version.", c.sig(s[0])),
                 "Blank form", attachments=[dict(kind=kind, filename=title.replace(" ", "_").replace("-", "") + "." + kind, data=data)])


def en_teaching(c):
    r = c.rng
    s = c.staff()
    case = r.choice(["Mrs. X, 86, lives alone, moderate dementia, recurrent falls, refuses home care. Daughter abroad.",
                     "A 58-year-old man, unhoused, admitted with frostbite; discharge in 48 h with nowhere to go."])
    return nspec(c, s, [(None, f"students@{c.org['dom']}")], "Case for Thursday's seminar (fictional)",
                 join(c.greet(), f"Fictional case for discussion:\n\n{case}\n\nWhat would your discharge plan be?", c.sig(s[0])),
                 "Anonymised teaching case")


def en_shortage(c):
    r = c.rng
    s = c.staff()
    drug = r.choice(["quetiapine 25 mg tablets", "furosemide 20 mg tablets", "memantine 10 mg"])
    return nspec(c, s, [(None, f"nursing@{c.org['dom']}")], f"Drug shortage: {drug}",
                 join(f"Shortage of {drug} expected for {r.randint(3, 10)} weeks. Pharmacy will substitute; please inform community pharmacies at discharge.",
                      c.sig(s[0], role="Pharmacist")), "Drug shortage notice")


def en_recall(c):
    r = c.rng
    s = c.ext_staff(dom="medequip-supply.example", en=True)
    d = c.staff()
    lots = ", ".join(luhn_serial(r, 10) for _ in range(3))
    return nspec(c, s, [d], "Product recall - alternating pressure mattress",
                 join(c.greet(d[0]), f"Voluntary recall of model APM-200. Affected lots: {lots}. Please quarantine affected units.", s[0].full),
                 "Supplier recall")


def en_research(c):
    r = c.rng
    s = c.staff()
    body = ("The REB approved the TRANSIT study (post-discharge phone follow-up). Inclusion: age 65+, discharged home. "
            f"Target enrolment {r.randint(100, 250)}. Clinicians only hand out the leaflet; the research team handles consent.")
    return nspec(c, s, [(None, f"clinicians@{c.org['dom']}")], "New study - TRANSIT", join(c.greet(), body, c.sig(s[0])),
                 "Research protocol notice")


def en_resources(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    orgs = r.sample(["Alzheimer Society (support groups)", "Meals on Wheels West", "Welcome Hall shelter", "Elder Abuse Helpline",
                     "Caregiver support line", "Tenant rights committee"], 4)
    lines = [f"- {o}: {G.phone(r)}" for o in orgs]
    return nspec(c, s, [d], "Community resources list", join(c.greet(d[0]), "Updated list for families:", "\n".join(lines), c.sig(s[0])),
                 "Community resource list")


def en_hypothetical(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    q = r.choice(["If a patient under tutorship refuses LTC, who has the final say - the tutor or the court? Asking for our policy review.",
                  "Does anyone know whether the Public Curator needs to co-sign home care consent forms? General question."])
    return nspec(c, s, [d], "Quick question", join(c.greet(d[0]), q, c.sig(s[0], short=True)), "Hypothetical question")


NEG_C = [
    ("bed_meeting", en_bed_meeting, 3),
    ("alc_stats", en_alc_stats, 3),
    ("rota", en_rota, 3),
    ("training", en_training, 3),
    ("hr", en_hr, 3),
    ("job_posting", en_job, 3),
    ("newsletter", en_newsletter, 3),
    ("invoice", en_invoice, 3),
    ("conference", en_conference, 3),
    ("it_notice", en_it, 3),
    ("blank_form", en_blank_form, 3),
    ("teaching_case", en_teaching, 2),
    ("drug_shortage", en_shortage, 2),
    ("recall", en_recall, 2),
    ("research", en_research, 2),
    ("resources", en_resources, 2),
    ("hypothetical", en_hypothetical, 2),
]
