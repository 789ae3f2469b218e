"""English hard negatives, part 2: IT, facilities, statistics, teaching, templates, staff news, research."""
import datetime as dt

import gen_docs as D
from gen_common import (CLINIC_EN, CLINIC_FAX, CLINIC_TEL, DOM, HOSP_ADDR, HOSP_EN, STAFF, en_date, gen_ohn,
                        luhn_serial, workday_after)
from gen_mime import inner_eml
from gen_text import bye, earlier, forward_block, hello, reply, reply_headers, sign, who, who_plain

S = STAFF


def en_it(m, P):
    r = m.rng
    m.sender = ("IT Service Desk", f"servicedesk@{DOM}")
    m.to = [("All staff - Pavilion B", f"tous.pavillonB@{DOM}")]
    kind = r.choice(["migration", "downtime", "mfa", "printer"])
    d = workday_after(m.today, r.randint(1, 10))
    if kind == "migration":
        m.subject = "Mailbox migration this weekend"
        body = f"Your mailbox will be migrated on {en_date(d, True)} after 18:00. Outlook will prompt you to restart on Monday. Shared mailboxes (e.g. Endo-Fax, endo.referrals) move the same night."
    elif kind == "downtime":
        m.subject = "Planned downtime - laboratory results viewer"
        body = f"The results viewer will be unavailable {en_date(d, True)} from 23:00 to 01:30 for patching. Use the downtime binders; STAT results will be phoned to units."
    elif kind == "mfa":
        m.subject = "Multi-factor authentication becomes mandatory"
        body = f"From {en_date(d)}, remote access requires the authenticator app. Enrolment sessions: cafeteria, 11:30-13:30 all week. Never approve a prompt you did not initiate."
    else:
        m.subject = "New secure print release in clinics"
        body = f"Printers in the endocrinology and bone density clinics are being replaced on {en_date(d)}. Print jobs will be held until you badge at the device (asset tags {luhn_serial(r, 10)}, {luhn_serial(r, 10)})."
    m.text = f"""{hello(r, 'en')}

{body}

Ticket reference: CHG{r.randint(1000000, 9999999)}. Help: ext. 4357.

IT Service Desk - {HOSP_EN}"""
    m.category, m.note = "it_notice", "IT service notice"


def en_facilities(m, P):
    r = m.rng
    fac = S["ostiguy"]
    m.sender = who_plain(fac)
    m.to = [("Pavilion B occupants", f"occupants.pavillonB@{DOM}")]
    d = workday_after(m.today, r.randint(2, 15))
    m.subject = r.choice(["HVAC work - nuclear medicine", "Parking lot P3 closure", "Fire alarm testing", "Water shut-off notice"])
    m.text = f"""{hello(r, 'en')}

{r.choice([f'HVAC balancing in the nuclear medicine suite is scheduled for {en_date(d)}. The radioiodine room (1-118) will be unavailable that day.',
           f'Parking lot P3 will be closed {en_date(d)} for line painting. Patients for the bone density clinic may use P1 (validation at reception).',
           f'Fire alarm testing will take place {en_date(d, True)} between 9:00 and 11:00. No evacuation is required.',
           f'Water will be shut off in wing B on {en_date(d)} from 6:00 to 9:00.'])}

{fac.full}, {fac.role_en}
Facilities, ext. 2600"""
    m.category, m.note = "facilities_notice", "facilities notice"


def en_stats(m, P):
    r = m.rng
    mgr = S["dagenais"]
    m.sender = who_plain(mgr)
    m.to = [("Endocrine Division", f"endocrinology@{DOM}")]
    yr = m.today.year - 1
    rows = [["Measure", str(yr), str(yr - 1)],
            ["New thyroid cancer cases (registry)", r.randint(35, 60), r.randint(35, 60)],
            ["Radioiodine treatments", r.randint(120, 220), r.randint(120, 220)],
            ["FNA - Bethesda III rate", f"{r.randint(8, 16)}%", f"{r.randint(8, 16)}%"],
            ["DXA scans", r.randint(3800, 5200), r.randint(3800, 5200)],
            ["Patients with FRAX major > 20%", f"{r.randint(22, 35)}%", f"{r.randint(22, 35)}%"],
            ["Adrenal incidentaloma referrals", r.randint(80, 160), r.randint(80, 160)],
            ["Median wait, new referral (days)", r.randint(40, 110), r.randint(40, 110)]]
    m.subject = r.choice([f"Annual activity report {yr}", "Division statistics - for the annual report", "Registry numbers (aggregate)"])
    m.text = f"""{hello(r, 'en')}

Aggregate figures for the annual report (no patient-level data):

""" + "\n".join(" | ".join(str(c) for c in row) for row in rows) + f"""

Source: clinic scheduling system and the thyroid cancer registry, extracted {en_date(m.today)}.

{sign(r, mgr, 'en')}"""
    if r.random() < 0.5:
        m.attach("csv", f"activity_{yr}.csv", D.csv_bytes(rows), "text/csv", charset="utf-8")
    m.prefer["structure"] = r.choice(["alt", "html", "plain"])
    m.category, m.note = "aggregate_statistics", "annual aggregate activity report"


def en_teaching_case(m, P):
    r = m.rng
    md = S[r.choice(["raman", "benali", "gosselin"])]
    m.sender = who(md, "en")
    m.to = [("Residents - Internal Medicine", f"residents.im@{DOM}")]
    case = r.choice([
        "A 58-year-old woman presents with resistant hypertension and a potassium of 3.1 mmol/L. Aldosterone 720 pmol/L, renin suppressed. CT shows a 1.4 cm left adrenal nodule.",
        "A 29-year-old man presents with headaches, bitemporal hemianopia and fatigue. MRI shows a 26 mm sellar mass. 8 am cortisol 95 nmol/L.",
        "A 66-year-old woman on denosumab for 5 years missed her last dose by 7 months and now has three new vertebral fractures.",
        "A 41-year-old woman has a 2.2 cm TI-RADS 4 nodule; FNA is Bethesda III twice. Molecular testing is available.",
    ])
    m.subject = r.choice(["Case of the week", "Teaching case for Thursday", "Morning report case (de-identified)"])
    m.text = f"""{hello(r, 'en')}

De-identified case for Thursday's teaching session:

{case}

Questions: What is your differential? What would you order next? When would you involve surgery?
Details altered to prevent identification.

{sign(r, md, 'en', short=True)}"""
    m.category, m.note = "teaching_case", "de-identified teaching case"


def en_blank_consent(m, P):
    r = m.rng
    nurse = S["gravel"]
    m.sender = who_plain(nurse)
    m.to = [("Endocrine Division", f"endocrinology@{DOM}")]
    kind = r.choice(["FNA", "RAI"])
    if kind == "FNA":
        paras = ["Consent for ultrasound-guided fine needle aspiration of the thyroid", "",
                 "Patient name: ________________________________", "Date of birth: ____/____/______    Chart no.: ______________",
                 "I understand the procedure, its risks (bleeding, infection, non-diagnostic result) and alternatives.",
                 "Anticoagulants stopped?  [ ] yes  [ ] no  [ ] not applicable", "Signature of patient: ____________________  Date: __________",
                 "Physician: ____________________  Witness: ____________________"]
        fn = "FNA_consent_template_v3.docx"
    else:
        paras = ["Radioactive iodine (I-131) treatment - patient agreement", "", "Name: ______________________  RAMQ no.: ____ ____ ____",
                 "Pregnancy test result (if applicable): __________", "I agree to follow the radiation safety instructions provided.",
                 "Signature: ____________________  Date: __________"]
        fn = "RAI_agreement_template.docx"
    m.attach("docx", fn, D.docx(m.when, None, paras), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.subject = r.choice([f"Updated {kind} consent form (template)", "New consent template - please use from Monday", "Form revision for approval"])
    m.text = f"""{hello(r, 'en')}

Attached is the revised blank {kind} form approved by the forms committee. Please discard old paper stock.

{sign(r, nurse, 'en')}"""
    m.category, m.note = "blank_form", "blank consent form template"


def en_mailmerge(m, P):
    r = m.rng
    clerk = S["ferland"]
    m.sender = who_plain(clerk)
    m.to = [who_plain(S["chartrand"])]
    tpl = f"""Dear {{FirstName}} {{LastName}},

This is a reminder that your {{ProcedureName}} is scheduled on {{ApptDate}} at {{ApptTime}} at the {CLINIC_EN}, {HOSP_EN}.
Please bring your health card ({{HealthCardNo}}) and a list of your medications. If you take denosumab (Prolia), let us know the date of your last injection.

To cancel, call {CLINIC_TEL} option 2 at least 48 hours in advance.

{CLINIC_EN}"""
    m.subject = r.choice(["Reminder letter template - review", "Mail merge: DXA reminder text", "Draft SMS/letter template"])
    m.text = f"""{hello(r, 'en', S['chartrand'], informal=True)}

Could you check the wording of the new reminder template before IT loads it into the scheduler?

---
{tpl}
---

{clerk.given}"""
    m.category, m.note = "mail_merge_template", "reminder letter mail-merge template"


def en_baby(m, P):
    r = m.rng
    col = S[r.choice(["whitaker", "sabri", "nakamura", "lussier"])]
    m.sender = who_plain(S["seguin"])
    m.to = [("Endocrine & Nuclear Medicine teams", f"endocrinology@{DOM}")]
    baby = r.choice(["Olivia", "Noah", "Maya", "Theo", "Ava", "Elliot"])
    bd = m.today - dt.timedelta(days=r.randint(1, 6))
    m.subject = r.choice([f"Welcome baby {baby}!", "Happy news", "Congratulations to the proud parents"])
    m.text = f"""{hello(r, 'en')}

Please join me in congratulating {col.full} and family on the birth of {baby}, born {en_date(bd)} at {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}, {r.randint(6, 9)} lb {r.randint(0, 15)} oz.
Everyone is healthy and getting some sleep (sort of).

A card is at the front desk until Friday.

{S['seguin'].given}"""
    m.category, m.note = "staff_news", "staff baby announcement"


def en_research(m, P):
    r = m.rng
    md = S[r.choice(["raman", "gosselin", "benali"])]
    m.sender = who(md, "en")
    m.to = [("Research Ethics Board", f"reb@{DOM}")]
    title = r.choice(["Zoledronic acid after denosumab discontinuation: a randomised pilot",
                      "Active surveillance of low-risk thyroid microcarcinoma: patient-reported outcomes",
                      "Saline suppression versus captopril challenge for primary aldosteronism"])
    m.subject = r.choice(["REB submission - new protocol", f"Protocol submission: {title[:35]}...", "Amendment 2 - protocol"])
    paras = [f"Title: {title}", "Design: prospective, single centre.", "Sample size: 120 participants.",
             "Inclusion: adults 50-85 followed in the bone or thyroid programme.", "Exclusion: eGFR < 30, active malignancy, pregnancy.",
             "Data: coded study IDs only; the linking log stays in the locked research office.",
             f"Funding: HRVB Foundation grant {luhn_serial(r, 9)}."]
    m.attach("docx", "Protocol_v1.3.docx", D.docx(m.when, "Research protocol", paras),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.text = f"""{hello(r, 'en')}

Please find the protocol for "{title}" attached for full-board review. No participants have been approached.

{sign(r, md, 'en')}"""
    m.category, m.note = "research_protocol", "research protocol submission"


def en_radiation_training(m, P):
    r = m.rng
    phys = S["whitaker"]
    m.sender = who_plain(phys)
    m.to = [("Nuclear medicine and endocrine nursing", f"mednuc.personnel@{DOM}")]
    d = workday_after(m.today, r.randint(5, 20))
    m.subject = r.choice(["Mandatory radiation safety refresher", "Radioiodine spill drill", "Annual NSRD training"])
    m.text = f"""{hello(r, 'en')}

The annual radiation safety refresher for staff handling I-131 will be held {en_date(d, True)} at 14:00 in B-204.
Topics: spill response in room 1-118, waste decay storage, dosimeter ring use, and release criteria after therapy.

Quarterly staff doses were all below investigation levels (highest whole-body {r.uniform(0.2, 0.8):.2f} mSv).

{sign(r, phys, 'en')}"""
    m.category, m.note = "radiation_safety_training", "staff radiation safety training notice"


def en_vendor_webinar(m, P):
    r = m.rng
    m.sender = ("Densitek Academy", "academy@densitek.example")
    m.to = [who_plain(S["lussier"]), who(S["gosselin"], "en")]
    d = workday_after(m.today, r.randint(7, 30))
    m.subject = r.choice(["Webinar: TBS in daily practice", "Free webinar - vertebral fracture assessment", "You're invited: DXA quality control"])
    m.text = f"""{hello(r, 'en')}

Join Dr Farah Qureshi (Western Bone Institute) for a 45-minute webinar on {en_date(d, True)} at 12:00 ET:
"Vertebral fracture assessment: reading tips and pitfalls".

Register with code VFA-{luhn_serial(r, 6)}. A certificate of attendance will be issued.

Densitek Academy | 1-800-555-0143 | Unsubscribe"""
    m.prefer["structure"] = r.choice(["html", "alt"])
    m.category, m.note = "vendor_webinar", "vendor webinar invitation"


def en_quality_minutes(m, P):
    r = m.rng
    mgr = S["dagenais"]
    m.sender = who_plain(mgr)
    m.to = [("Outpatient Quality Committee", f"quality.outpatient@{DOM}")]
    m.subject = r.choice(["Minutes - Outpatient Quality Committee", "Quality committee minutes (draft)", "QC minutes for approval"])
    m.text = f"""{hello(r, 'en')}

Draft minutes from this month's meeting:

1. Incident reports: {r.randint(4, 12)} in the quarter (3 wrong-requisition, 2 delayed results, 1 fall in the waiting room). No sentinel events.
2. Missed denosumab doses: {r.randint(2, 9)}% of the cohort >4 weeks late; automated reminders to start in the fall.
3. Patient identification audit at reception: {r.randint(88, 99)}% compliance with two identifiers.
4. Hand hygiene: {r.randint(85, 97)}%.
5. Next meeting: {en_date(workday_after(m.today, 28))}.

Chair: Dr Karim Benali. Recorder: {mgr.full}.

{sign(r, mgr, 'en', short=True)}"""
    m.category, m.note = "meeting_minutes", "quality committee minutes with aggregate data"


def en_foundation_newsletter(m, P):
    r = m.rng
    m.sender = ("Bone Health Alliance (fictional)", "news@bonehealth-alliance.example")
    m.to = [("Subscribers", "subscribers@bonehealth-alliance.example")]
    m.subject = r.choice(["Bone Health News - spring issue", "Your Bone Health newsletter", "Bone Health News: falls prevention month"])
    m.text = f"""# Bone Health News

# Falls prevention month
One in three women and one in five men over 50 will have an osteoporotic fracture. Our new balance-class finder lists {r.randint(40, 90)} programs across Quebec.

# Research corner
Dr Hannah Kessler's team reports that a nurse-led fracture liaison service doubled treatment rates after hip fracture.

# Volunteer of the year
Mrs. Doreen Falcone has led our Val-Bruyere walking group every Tuesday for twelve years. Thank you, Doreen!

# Ask the expert
A reader asks: "Should bisphosphonates be stopped after five years?" Our expert explains drug holidays - always discuss with your own physician.

Donate: bonehealth-alliance.example/donate | 1-888-555-0162
You receive this newsletter because you subscribed. Unsubscribe at any time."""
    m.prefer["structure"] = r.choice(["html", "alt"])
    m.category, m.note = "newsletter", "external foundation newsletter"


def en_asset_list(m, P):
    r = m.rng
    bio = ("Biomedical Engineering", f"biomed@{DOM}")
    m.sender = bio
    m.to = [who_plain(S["seguin"])]
    rows = [["Asset tag", "Device", "Serial", "Location", "Next PM"]]
    devs = ["DXA densitometer Lunar-Q", "Ultrasound, linear probe", "Dose calibrator", "Thyroid uptake probe", "Gamma camera", "Lead-lined safe"]
    for dv in devs:
        ohn_like, _ = gen_ohn(r)
        rows.append([luhn_serial(r, 9), dv, ohn_like if r.random() < 0.5 else luhn_serial(r, 12), r.choice(["B-110", "B-112", "1-118", "1-120"]),
                     (m.today + dt.timedelta(days=r.randint(10, 300))).isoformat()])
    m.attach("csv", "endo_nm_assets.csv", D.csv_bytes(rows), "text/csv", charset="utf-8")
    m.subject = r.choice(["Equipment inventory - preventive maintenance", "Asset list for your department", "PM schedule and asset tags"])
    m.text = f"""{hello(r, 'en')}

Attached is the asset list for endocrinology and nuclear medicine with the next preventive maintenance dates. Please confirm locations.

Biomedical Engineering, ext. 2680"""
    m.category, m.note = "asset_inventory", "equipment asset list with serial numbers"


def en_locum(m, P):
    r = m.rng
    sec = S["paradis"]
    m.sender = who_plain(sec)
    m.to = [("Endocrine Division", f"endocrinology@{DOM}")]
    reply_headers(m)
    d = workday_after(m.today, r.randint(10, 30))
    old = f"""Hi Annie,
I will be away {en_date(d)} to {en_date(d + dt.timedelta(days=11))}. Dr Yannick Desbiens has agreed to cover my thyroid nodule and Graves' clinics; the adrenal clinic can be cancelled.
Priya"""
    m.subject = r.choice(["RE: coverage while I'm away", "RE: locum", "RE: vacation coverage"])
    m.text = reply(r, "en", f"""{hello(r, 'en')}

FYI - locum coverage confirmed. Dr Desbiens will need a temporary EMR account and parking pass; I have asked IT and security.
Clinic templates will stay as is.

{sign(r, sec, 'en', short=True)}""", who(S['raman'], 'en'), earlier(m, r.randint(20, 60)), old,
                   old_subject=m.subject[4:], old_to=who_plain(sec))
    m.category, m.note = "locum_coverage", "locum coverage arrangement thread"


def en_forwarded_notice(m, P):
    r = m.rng
    mgr = S["seguin"]
    inner_text = f"""Dear colleagues,

The Ministry has released the updated wait-time targets for specialist consultations. Endocrinology priority B referrals must be seen within 10 days, priority C within 28 days.
Aggregate compliance for the region last quarter: {r.randint(40, 75)}%.

Regional Access Office
CISSS des Monts"""
    inner = inner_eml(m, ("Regional Access Office", "acces@cisss-monts.example"), [("Clinic managers", "gestionnaires@cisss-monts.example")],
                      "Updated wait-time targets", inner_text, earlier(m, r.randint(24, 120)))
    m.sender = who_plain(mgr)
    m.to = [("Endocrine Division", f"endocrinology@{DOM}")]
    m.attach("eml", "Updated wait-time targets.eml", inner, "message/rfc822")
    m.subject = r.choice(["FW: Updated wait-time targets", "Fwd: targets from the region", "For info: new targets"])
    m.text = f"""{hello(r, 'en')}

For your information - see attached. We will discuss at the next division meeting.

{mgr.given}"""
    m.category, m.note = "forwarded_notice", "forwarded regional notice as attachment"
