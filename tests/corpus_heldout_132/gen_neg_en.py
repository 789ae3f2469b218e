"""Negative (non-confidential, hard) templates, English."""
import datetime as _dt

import gen_common as C
import gen_docs as D
import gen_mime as M
import gen_tpl as T

L = "en"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _me(c, role):
    st = c.staff(role)
    return st, c.who(st, L)


def _all():
    return [s for k in ("md", "rn", "sw", "adm", "vol", "spir", "ot") for s in C.STAFF[k]]


def _d(d):
    return C.fmt_date(d, "en_long")


# 1 ---------------------------------------------------------------------------
def staff_schedule(c):
    r = c.rng
    m = T.new("schedule", L, False, "weekend staffing schedule", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    sat = c.day((5 - c.now.weekday()) % 7 or 7)
    rows = []
    for d in (sat, sat + _dt.timedelta(days=1)):
        for shift in ("07:30-15:30", "15:30-23:30", "23:30-07:30"):
            rn = c.choice(C.STAFF["rn"])
            rows.append([d.strftime("%a %b %d"), shift, rn.full, f"cell 450-555-01{r.randint(40, 99)}"])
    hdr = ["Day", "Shift", "Nurse", "Contact"]
    m.subject = c.choice(["Weekend coverage", "Weekend schedule - final", "Who's on this weekend"])
    m.text = f"Hi all,\n\nWeekend coverage:\n\n{M.text_table(hdr, rows)}\n\nSwaps need manager approval.\n\n{C.signature(st, L, r)}\n"
    if c.chance(0.5):
        m.html = f"<p>Hi all,</p><p>Weekend coverage:</p>{M.html_table(hdr, rows)}<p>Swaps need manager approval.</p><p>{st.full}</p>"
        m.form = c.choice(["alt", "html"])
    return m


# 2 ---------------------------------------------------------------------------
def timesheet(c):
    r = c.rng
    m = T.new("payroll", L, False, "timesheet reminder with employee numbers", r)
    m.frm = ("Payroll Services", "payroll@ciusss-hrv.example")
    people = r.sample(C.STAFF["rn"] + C.STAFF["sw"], c.choice([3, 4]))
    m.to = [c.who(p, L) for p in people]
    m.subject = c.choice(["Missing timesheets - pay period 5", "Reminder: approve your on-call hours"])
    m.text = ("Hello,\n\nThe following timesheets are still missing for the period ending "
              f"{_d(c.day(-2))}:\n\n" + "\n".join(f"  - {p.full} (employee #{r.randint(100000, 999999)})" for p in people) +
              "\n\nPlease submit by Wednesday noon or the hours will be paid on the next cycle.\n\nPayroll Services\nHuman Resources Directorate\n")
    return m


# 3 ---------------------------------------------------------------------------
def flu_clinic(c):
    r = c.rng
    m = T.new("occupational_health", L, False, "staff flu vaccination clinic and employee health", r)
    m.frm = ("Employee Health Office", "employee.health@ciusss-hrv.example")
    m.to = [("All staff", "all@ciusss-hrv.example")]
    st = c.choice(C.STAFF["rn"])
    m.subject = c.choice(["Staff vaccination clinic", "Employee health: flu + COVID boosters"])
    m.text = (f"Hello,\n\nEmployee Health will hold a vaccination clinic on {_d(c.day(c.choice([3, 5, 8])))}, 10:00-15:00, room 1.20. "
              f"Bring your employee card.\n\nThank you to {st.full} for volunteering to vaccinate; staff with an egg "
              f"allergy or a history of Guillain-Barre should book a separate appointment with the occupational health "
              f"nurse.\n\nCurrent staff coverage: {r.randint(48, 71)}% (target 80%).\n\nEmployee Health Office | {C.ORG_PHONE} ext. 3150\n")
    return m


# 4 ---------------------------------------------------------------------------
def staff_injury(c):
    r = c.rng
    m = T.new("occupational_health", L, False, "workplace injury report about an employee", r)
    mgr, me = _me(c, "mgr")
    st = c.choice(C.STAFF["rn"])
    m.frm = me
    m.to = [c.who(C.STAFF["hr"][0], L)]
    m.subject = c.choice(["Staff injury - car accident during home visits", "Employee incident report"])
    m.text = (f"Hi Carole,\n\n{st.full} was rear-ended at a red light on Rte 104 yesterday while driving between visits. "
              f"{st.given} went to urgent care: whiplash, no fracture, off for 5 days per the doctor's note. "
              f"The fleet car needs body work (claim {r.randint(10000000, 99999999)}).\n\nPlease open the workers' comp file. "
              f"I've redistributed the caseload.\n\n{C.signature(mgr, L, r)}\n")
    return m


# 5 ---------------------------------------------------------------------------
def newsletter(c):
    r = c.rng
    m = T.new("newsletter", L, False, "staff newsletter naming physicians and conditions", r)
    m.frm = ("PHC News", "news@ciusss-hrv.example")
    m.to = [("All PHC staff", f"all-phc@{C.ORG_DOMAIN}")]
    md = c.choice(C.STAFF["md"])
    md2 = c.choice([x for x in C.STAFF["md"] if x is not md])
    sw = c.choice(C.STAFF["sw"])
    secs = [
        ("Kudos", f"{md.title_en} {md.full} has been named clinical lead for the regional ALS and advanced heart failure home program."),
        ("Welcome", f"Please welcome {sw.full}, {sw.role_en}, joining the Chambly team after 6 years in pediatric oncology."),
        ("Lunch & learn", f"{md2.title_en} {md2.surname} on 'Methadone for cancer pain: myths and practice', {_d(c.day(9))}, 12:00, room 2.14."),
        ("By the numbers", f"Last quarter: {r.randint(2800, 3900)} home visits, {r.randint(90, 140)} new admissions, "
         f"median time to first visit {r.randint(20, 40)} h."),
        ("Volunteers", f"Ms. {C.VOLUNTEERS[2][0]} {C.VOLUNTEERS[2][1]} and Mr. {C.VOLUNTEERS[7][0]} {C.VOLUNTEERS[7][1]} "
         f"completed the bereavement companion course."),
        ("Reminder", "Hospice Palliative Care Week is coming: purple ribbons at reception."),
    ]
    r.shuffle(secs)
    secs = secs[:c.choice([3, 4, 5])]
    m.subject = c.choice(["PHC News - this month", f"The Home Stretch - issue {r.randint(10, 60)}"])
    m.text = "\n\n".join(f"== {h} ==\n{b}" for h, b in secs) + "\n\nTo unsubscribe, reply STOP.\n"
    m.html = ("<html><body><table width='600' style='font-family:Arial'><tr><td style='background:#2b5d8a;color:#fff;padding:8px'>"
              "<b>PHC News</b></td></tr>" + "".join(f"<tr><td><h3>{h}</h3><p>{b}</p></td></tr>" for h, b in secs) +
              "</table></body></html>")
    m.form = c.choice(["html", "alt", "alt"])
    return m


# 6 ---------------------------------------------------------------------------
def webinar(c):
    r = c.rng
    m = T.new("conference", L, False, "webinar series programme with speakers and topics", r)
    m.frm = ("Palliative Education Network (fictional)", "events@pallednet.example")
    m.to = [("Subscribers", "subscribers@pallednet.example")]
    talks = [("Dr. Owen Pritchard", "Single-fraction radiotherapy for painful bone metastases"),
             ("Dr. Isabelle Cournoyer", "Terminal delirium at home: what the evidence says"),
             ("Rachel Goldman, RN", "Subcutaneous pumps: troubleshooting occlusions"),
             ("Heather Lawson, MSW", "Supporting children when a parent has cancer"),
             ("Dr. Andrew McTavish", "Dyspnea in end-stage COPD: opioids and fans"),
             ("Dr. Lina Saadi", "Prognostication in advanced GBM")]
    sel = r.sample(talks, c.choice([3, 4, 5]))
    start = c.day(c.choice([10, 14, 21]))
    lines = [f"{_d(start + _dt.timedelta(days=7 * i))} 12:00 ET - {a}: {b}" for i, (a, b) in enumerate(sel)]
    m.subject = c.choice(["Spring webinar series - register now", "Webinar programme: palliative care at home"])
    m.text = "Hello,\n\nOur spring series:\n\n" + "\n".join(lines) + "\n\nFree for members. 1 CME credit per session.\n"
    if c.chance(0.4):
        m.atts.append(T.att("webinar_series.ics", "text/calendar", text=D.ics(
            f"web{r.getrandbits(32):x}@pallednet.example", _dt.datetime(start.year, start.month, start.day, 12, 0),
            _dt.datetime(start.year, start.month, start.day, 13, 0), f"Webinar: {sel[0][1]}", "Online",
            f"Speaker: {sel[0][0]}")))
    return m


# 7 ---------------------------------------------------------------------------
def job_posting(c):
    r = c.rng
    m = T.new("job_posting", L, False, "job posting for palliative home care staff", r)
    hr, me = _me(c, "hr")
    m.frm = me
    m.to = [("Job board", "jobs@ciusss-hrv.example")]
    title = c.choice(["Clinical Nurse - Palliative Home Care", "Social Worker - Palliative Program", "Volunteer Coordinator (part-time)"])
    m.subject = f"Job posting: {title}"
    m.text = (f"POSTING #{r.randint(25000, 25999)}\n\n{title}\nLocation: Saint-Jean-sur-Richelieu and surrounding area\n"
              f"Status: permanent full-time, days, 1 weekend in 4\nRequirements: bachelor's degree, 2 years' experience, "
              f"valid driver's licence, bilingual (French/English)\nSalary: per collective agreement\n\n"
              f"Apply by {_d(c.day(21))}.\n\n{C.signature(hr, L, r)}\n")
    return m


# 8 ---------------------------------------------------------------------------
def equipment_invoice(c):
    r = c.rng
    m = T.new("invoice", L, False, "equipment rental invoice with serial and account numbers", r)
    co = c.choice([C.EQUIP_CO, C.OXY_CO])
    m.frm = (f"{co[0]} Billing", f"billing@{co[1]}")
    m.to = [("Accounts Payable", "ap@ciusss-hrv.example")]
    inv = f"INV-{r.randint(500000, 599999)}"
    rows = []
    for i in range(c.choice([3, 5])):
        sn = C.luhn_serial(r, 10)
        rows.append([c.choice(["Hospital bed HB-300", "Alternating air mattress", "O2 concentrator 5L", "Patient lift"]),
                     sn, c.choice(["monthly rental", "delivery + setup", "pickup"]), f"{c.choice([45, 89, 120, 150])}.00"])
    hdr = ["Item", "Serial no.", "Description", "Amount (CAD)"]
    total = sum(float(x[3]) for x in rows)
    m.subject = c.choice([f"Invoice {inv}", f"{co[0]} - invoice {inv} for account 0417"])
    m.text = (f"Hello,\n\nPlease find invoice {inv} for account 0417 (SPAD program), PO 45{r.randint(10000, 99999)}:\n\n"
              f"{M.text_table(hdr, rows)}\n\nSubtotal {total:.2f}, GST {total * .05:.2f}, QST {total * .09975:.2f}\n"
              f"Terms: net 30. GST/HST reg. 81234 5674 RT0001\n\n{co[0]} | {co[2]}\n")
    if c.chance(0.5):
        m.atts.append(T.att(f"{inv}.pdf", "application/pdf", D.pdf(f"{co[0]} - Invoice {inv}",
                            ["##" + " || ".join(hdr)] + [" || ".join(x) for x in rows] + ["", f"Total before tax: {total:.2f}"],
                            compress=c.chance(0.5))))
    return m


# 9 ---------------------------------------------------------------------------
def purchase_order(c):
    r = c.rng
    m = T.new("purchase_order", L, False, "purchase order for supplies", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Procurement", "procurement@ciusss-hrv.example")]
    items = [("Subcut butterfly 25G", 200), ("CADD cassette 50 mL", 40), ("Tegaderm 6x7", 300), ("Sharps container 1L", 24),
             ("Nitrile gloves M", 2000), ("Normal saline 10 mL flush", 500), ("Incontinence briefs L", 120)]
    sel = r.sample(items, c.choice([3, 4, 5]))
    rows = [[f"{r.randint(100000, 999999)}", a, q, f"{r.randint(2, 90)}.{r.randint(10, 99)}"] for a, q in sel]
    hdr = ["Item code", "Description", "Qty", "Unit price"]
    po = f"PO-{r.randint(4500000, 4599999)}"
    m.subject = c.choice([f"{po} - monthly supplies", "Supply order - Chambly team"])
    m.text = f"Hi,\n\nPlease process {po}, cost centre 6105-220:\n\n{M.text_table(hdr, rows)}\n\nDeliver to dock B.\n\n{C.signature(st, L, r)}\n"
    if c.chance(0.5):
        m.atts.append(T.att(f"{po}.csv", "text/csv", text=D.csv_text(hdr, rows), charset="us-ascii"))
    return m


# 10 --------------------------------------------------------------------------
def asset_audit(c):
    r = c.rng
    m = T.new("inventory", L, False, "asset audit spreadsheet with checksum-valid tags", r)
    st, me = _me(c, "it")
    m.frm = me
    m.to = [c.who(c.staff("mgr"), L)]
    rows = []
    for i in range(c.choice([6, 8, 9])):
        tag = C.luhn_serial(r, 9)
        rows.append([f"{tag[:3]} {tag[3:6]} {tag[6:]}", c.choice(["iPad 10th gen", "Laptop T14", "Mobile phone", "CADD-Solis", "Bladder scanner"]),
                     c.choice(C.STAFF["rn"] + C.STAFF["adm"]).full, c.choice(["OK", "missing", "to replace", "OK"])])
    hdr = ["Asset tag", "Device", "Assigned to (staff)", "Status"]
    m.atts.append(T.att(c.choice(["asset_audit.xlsx", "Asset audit Q1.xlsx"]), XLSX, D.xlsx([("Assets", hdr, rows)], author=st.full)))
    m.subject = c.choice(["Asset audit results", "Annual device audit"])
    m.text = f"Hi,\n\nAudit results attached; {sum(1 for x in rows if x[3] == 'missing')} device(s) not located.\n\n{C.signature(st, L, r)}\n"
    return m


# 11 --------------------------------------------------------------------------
def it_mail(c):
    r = c.rng
    m = T.new("it", L, False, "IT notice about systems and phishing", r)
    it, me = _me(c, "it")
    m.frm = me
    m.to = [("All staff", "all@ciusss-hrv.example")]
    kind = c.choice(["phish", "outage", "mfa", "printer"])
    body = {
        "phish": ("Phishing alert: fake 'RAMQ card renewal' e-mails", "Messages asking you to 'verify your health insurance "
                  "number and date of birth' are fraudulent. Do not click. Report to security@ciusss-hrv.example."),
        "outage": ("Planned outage - clinical documentation system", "The home care documentation system will be unavailable "
                   "Sunday 01:00-05:00. On-call staff: use the paper downtime forms in the red binder."),
        "mfa": ("MFA enrolment deadline", "All accounts must enrol in multi-factor authentication by Friday. Instructions on the intranet."),
        "printer": ("Printer replaced - 2nd floor", "The 2nd floor printer (asset 0459-2231-7) was replaced. Secure print release is now required."),
    }[kind]
    m.subject = body[0]
    m.text = f"Hello,\n\n{body[1]}\n\nService Desk | ext. 4400\nTicket REQ{r.randint(100000, 999999)}\n"
    return m


# 12 --------------------------------------------------------------------------
def facilities(c):
    r = c.rng
    m = T.new("facilities", L, False, "building and fleet notice", r)
    m.frm = ("Facilities", "facilities@ciusss-hrv.example")
    m.to = [("Staff - 1480 Seminaire", "staff-1480@ciusss-hrv.example")]
    kind = c.choice(["elevator", "fleet", "water"])
    if kind == "elevator":
        m.subject, body = "Elevator maintenance Thursday", "Elevator 2 will be out of service Thursday 8:00-12:00. Equipment carts: use the freight elevator."
    elif kind == "fleet":
        m.subject = "Fleet cars - winter tires and mileage logs"
        body = ("Winter tires come off after April 15. Please return mileage logs for cars "
                f"F{r.randint(10, 99)} KXP and F{r.randint(10, 99)} LRT by the 5th.")
    else:
        m.subject, body = "Water shut-off", "Water will be shut off Saturday morning for valve replacement. The kitchenette will be closed."
    m.text = f"Hello,\n\n{body}\n\nFacilities Management\n{C.ORG_ADDR}\n{C.ORG_PHONE} ext. 4000\n"
    return m


# 13 --------------------------------------------------------------------------
def stats(c):
    r = c.rng
    m = T.new("statistics", L, False, "aggregate quarterly program statistics", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("Board quality committee", "quality@ciusss-hrv.example")]
    rows = [[g, n, r.randint(1, max(2, n // 2)), f"{r.randint(40, 80)}%"] for g, n in
            [(x, r.randint(10, 200)) for x in ["Cancer", "COPD", "Heart failure", "ALS/neuro", "Dementia", "Renal", "Pediatric"]]]
    hdr = ["Diagnosis group", "Admissions", "Deaths", "Home deaths"]
    m.subject = c.choice(["Q4 dashboard", "Quarterly statistics - palliative home care"])
    m.text = (f"Hello,\n\nAggregate figures for last quarter (no patient-level data):\n\n{M.text_table(hdr, rows)}\n\n"
              f"ED visits in last 30 days of life: {r.randint(18, 35)}%.\n\n{C.signature(st, L, r)}\n")
    if c.chance(0.4):
        m.atts.append(T.att("dashboard.xlsx", XLSX, D.xlsx([("Q4", hdr, rows)], author=st.full)))
    return m


# 14 --------------------------------------------------------------------------
def journal_club(c):
    r = c.rng
    m = T.new("teaching", L, False, "journal club with de-identified case", r)
    md, me = _me(c, "md")
    m.frm = me
    m.to = [("Residents", "residents@mrgh.example")]
    m.subject = c.choice(["Journal club Thursday", "Teaching case - malignant bowel obstruction"])
    m.text = (f"Hi all,\n\nFor Thursday: a composite, de-identified case.\n\nA woman in her 60s with recurrent ovarian cancer "
              f"presents at home with vomiting and distension. Not a surgical candidate. Currently on hydromorphone "
              f"subcut.\n\n1. Role of octreotide vs. dexamethasone?\n2. When is a venting G-tube appropriate?\n\n"
              f"Article: 'Malignant bowel obstruction at home: a scoping review' (J Pall Home Care 2024).\n\n{C.signature(md, L, r)}\n")
    return m


# 15 --------------------------------------------------------------------------
def blank_intake(c):
    r = c.rng
    m = T.new("blank_form", L, False, "blank intake form template", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Discharge planning - MRGH", "discharge@mrgh.example")]
    fields = ["Patient name: ________________", "Date of birth (YYYY-MM-DD): __________", "Sex: [ ] F  [ ] M  [ ] X",
              "RAMQ #: ____ ____ ____   Exp: __/__", "Address: ______________________", "Phone: (___) ___-____",
              "Diagnosis: ______________", "Allergies: ______________", "Referring MD: ________  Licence #: _____"]
    if c.chance(0.5):
        m.atts.append(T.att("PHC_intake_form_blank.docx", DOCX, D.docx("Palliative Home Care - Intake Form", fields, author=st.full)))
    else:
        m.atts.append(T.att("PHC_intake_blank.pdf", "application/pdf", D.pdf("Palliative Home Care - Intake Form", fields)))
    m.subject = c.choice(["Updated intake form (blank)", "Please use the new referral form"])
    m.text = f"Hello,\n\nAttached is the blank 2025 intake form. Please stop using the 2019 version.\n\n{C.signature(st, L, r)}\n"
    return m


# 16 --------------------------------------------------------------------------
def condolence_template(c):
    r = c.rng
    m = T.new("template", L, False, "mail-merge condolence card template", r)
    sw, me = _me(c, "sw")
    m.frm = me
    m.to = [c.who(c.staff("adm"), L)]
    tpl = ("Dear {{NextOfKin_FirstName}},\n\nOn behalf of the Palliative Home Care team, please accept our deepest "
           "sympathy on the death of {{Deceased_FullName}} on {{DateOfDeath}}. It was a privilege to care for "
           "{{Deceased_Pronoun}} at home.\n\nA member of our bereavement team will call you in a few weeks.\n\n{{Worker_Name}}, {{Worker_Title}}")
    m.subject = c.choice(["Condolence card template v3", "Mail merge - sympathy card"])
    m.text = f"Hi,\n\nNew merge template for the sympathy cards:\n\n{tpl}\n\nMerge source is the bereavement sheet.\n\n{sw.given}\n"
    return m


# 17 --------------------------------------------------------------------------
def shortage(c):
    r = c.rng
    m = T.new("drug_shortage", L, False, "drug shortage notice", r)
    m.frm = ("Pharmacy Department", "pharmacy@ciusss-hrv.example")
    m.to = [("Prescribers", "prescribers@ciusss-hrv.example")]
    drug = c.choice([("Haloperidol 5 mg/mL injection", "methotrimeprazine or olanzapine ODT"),
                     ("Fentanyl 25 mcg/h patch (brand)", "generic fentanyl matrix patch"),
                     ("Scopolamine butylbromide 20 mg/mL", "glycopyrrolate 0.2 mg/mL")])
    m.subject = f"Shortage: {drug[0]}"
    m.text = (f"Please note a national shortage of {drug[0]} (DIN {r.randint(2100000, 2499999):08d}) expected until "
              f"{_d(c.day(c.choice([30, 60])))}.\nSuggested alternative: {drug[1]}.\nExisting home supplies may be used until expiry.\n\nPharmacy Department\n")
    return m


# 18 --------------------------------------------------------------------------
def recall(c):
    r = c.rng
    m = T.new("recall", L, False, "medical device recall with lot numbers", r)
    m.frm = ("Health Product Safety (fictional)", "recalls@hps-alerts.example")
    m.to = [("Biomedical engineering", "biomed@ciusss-hrv.example")]
    lots = [C.luhn_serial(r, 8) for _ in range(c.choice([2, 3]))]
    m.subject = c.choice(["Recall: infusion set lots", "Type II recall - extension sets"])
    m.text = (f"Product: Extension set with anti-siphon valve, REF 21-{r.randint(1000, 9999)}\nAffected lots: {', '.join(lots)}\n"
              f"Issue: valve may stick closed, causing under-infusion.\nAction: quarantine and return. No injuries reported.\n")
    return m


# 19 --------------------------------------------------------------------------
def study_recruit(c):
    r = c.rng
    m = T.new("research", L, False, "study recruitment notice without participants", r)
    md, me = _me(c, "md")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Study now recruiting - caregiver sleep", "REB approved: caregiver sleep study"])
    m.text = (f"Hi team,\n\nOur caregiver sleep study (REB #2025-{r.randint(100, 999)}) is approved. Eligible: adult family "
              f"caregivers of patients with PPS <= 50%. Exclusion: caregivers who are themselves under palliative care.\n"
              f"Please hand out the information leaflet; do not send me names - interested caregivers call the study line "
              f"{C.ORG_PHONE} ext. 2299.\n\n{C.signature(md, L, r)}\n")
    return m


# 20 --------------------------------------------------------------------------
def volunteer_roster(c):
    r = c.rng
    m = T.new("volunteer_admin", L, False, "volunteer roster for hospice reception shifts", r)
    co, me = _me(c, "vol")
    m.frm = me
    m.to = [("Volunteers", f"volunteers@{C.ORG_DOMAIN}")]
    vols = r.sample(C.VOLUNTEERS, 5)
    rows = [[f"{g} {s}", c.choice(["Mon AM", "Tue PM", "Wed AM", "Thu PM", "Sat AM"]), f"450-555-01{r.randint(10, 39)}"] for g, s in vols]
    m.subject = c.choice(["Volunteer roster - March", "Reception shifts at the hospice"])
    m.text = (f"Hello everyone,\n\nHere is next month's roster for the reception desk at {C.HOSPICE[0]}:\n\n"
              f"{M.text_table(['Volunteer', 'Shift', 'Phone'], rows)}\n\nIf you can't make it, call me at least 24 h ahead.\n\n"
              f"{C.signature(co, L, r)}\n")
    return m


# 21 --------------------------------------------------------------------------
def retirement(c):
    r = c.rng
    m = T.new("social_staff", L, False, "retirement party for a long-serving nurse", r)
    st, me = _me(c, "mgr")
    who = c.choice(C.STAFF["rn"])
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    m.subject = c.choice([f"Retirement party for {who.given}!", "Save the date - retirement celebration"])
    m.text = (f"Hi everyone,\n\nAfter 31 years - 18 of them in palliative home care - {who.full} is retiring! "
              f"Join us on {_d(c.day(c.choice([10, 17])))} at 16:30 at the Bistro du Canal (fictional). "
              f"{who.given} was born in 1962 in Sherbrooke and still remembers the very first CADD pump. "
              f"Contributions for the gift: see Francine.\n\n{st.given}\n")
    return m


# 22 --------------------------------------------------------------------------
def staff_birth(c):
    r = c.rng
    m = T.new("social_staff", L, False, "birth announcement of a staff member's baby", r)
    st, me = _me(c, "adm")
    col = c.choice(C.STAFF["md"] + C.STAFF["rn"])
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    b = c.day(-c.choice([1, 2, 4]))
    kid = c.choice(["Oliver", "Maya", "Lucas", "Nora"])
    m.subject = c.choice(["Baby news!", f"Congratulations {col.given}!", "A new arrival"])
    m.text = (f"Hi all,\n\nGreat news - {col.full} welcomed baby {kid} on {_d(b)} at 11:52 pm, "
              f"{r.randint(6, 8)} lb {r.randint(1, 15)} oz. Everyone is healthy and home.\n"
              f"Card and gift collection at reception until Friday.\n\n{st.given}\n")
    return m


# 23 --------------------------------------------------------------------------
def cpr_list(c):
    r = c.rng
    m = T.new("training", L, False, "staff CPR certification expiry list", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    people = r.sample(C.STAFF["rn"] + C.STAFF["md"], c.choice([4, 5, 6]))
    rows = [[p.full, p.role_en, (c.day(r.randint(-20, 60))).isoformat()] for p in people]
    m.subject = c.choice(["CPR/BLS certifications expiring", "BLS recertification"])
    hdr = ["Staff", "Role", "BLS expiry"]
    m.text = f"Hi,\n\nThe following certifications expire soon:\n\n{M.text_table(hdr, rows)}\n\nSessions every 2nd Tuesday.\n\n{C.signature(st, L, r)}\n"
    if c.chance(0.5):
        m.atts.append(T.att("bls_expiry.csv", "text/csv", text=D.csv_text(hdr, rows), charset="utf-8"))
    return m


# 24 --------------------------------------------------------------------------
def policy_update(c):
    r = c.rng
    m = T.new("protocol", L, False, "policy update on opioid disposal at home", r)
    md, me = _me(c, "md")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Policy update: opioid disposal after death", "Revised procedure - medication disposal"])
    m.text = (f"Hi all,\n\nEffective {_d(c.day(7))}, after an expected death at home:\n- count remaining opioids with a family member\n"
              f"- place them in the pharmacy return bag (do not flush)\n- document count and witness in the disposal log\n"
              f"- remove fentanyl patches and fold them adhesive-side in\n\nQuestions to the pharmacy (ext. 2290).\n\n{C.signature(md, L, r)}\n")
    return m


# 25 --------------------------------------------------------------------------
def reply_meeting(c):
    r = c.rng
    m = T.new("reply", L, False, "reply with quoted text about rounds logistics", r)
    a, me = _me(c, "rn")
    b = c.staff("mgr")
    m.frm = me
    m.to = [c.who(b, L)]
    m.subject = c.choice(["Re: Rounds moved to Wednesday?", "RE: rounds this week", "Re: accreditation week - rounds"])
    m.in_reply_to = f"<{r.getrandbits(52):x}@{C.ORG_DOMAIN}>"
    orig = (f"Hi team,\n\nBecause of the accreditation visit, can we move Thursday rounds to Wednesday 13:00? "
            f"We have 14 patients to review, including 4 new admissions and 2 expected deaths this week.\n\n{b.given}")
    m.text = (f"Works for me. I'll bring the pump inventory too.\n\n{a.given}\n\n"
              f"On {T.when_str(L, c.now - _dt.timedelta(hours=4))}, {b.full} <{b.addr()}> wrote:\n" + T.quote(orig) + "\n")
    return m


# 26 --------------------------------------------------------------------------
def mileage(c):
    r = c.rng
    m = T.new("hr_expenses", L, False, "staff mileage reimbursement summary", r)
    m.frm = ("Finance - Expense Claims", "expenses@ciusss-hrv.example")
    st = c.choice(C.STAFF["rn"])
    m.to = [c.who(st, L)]
    km = r.randint(600, 1800)
    m.subject = c.choice(["Mileage claim approved", "Expense claim - February"])
    m.text = (f"Hello {st.given},\n\nYour mileage claim for {km} km (home visits, sectors Iberville/Saint-Luc) has been approved "
              f"at $0.59/km = ${km * 0.59:.2f}. Parking receipts: ${r.randint(5, 40)}.00.\nClaim #EXP-{r.randint(100000, 999999)}, "
              f"employee #{r.randint(100000, 999999)}.\n\nFinance\n")
    return m


# 27 --------------------------------------------------------------------------
def foundation(c):
    r = c.rng
    m = T.new("fundraising", L, False, "foundation fundraising event announcement", r)
    m.frm = (f"Fondation {C.HOSPICE[0]}", f"fondation@{C.HOSPICE[1]}")
    m.to = [("Friends of the hospice", f"friends@{C.HOSPICE[1]}")]
    m.subject = c.choice(["Hike for Hospice 2025", "Join our spring gala"])
    m.text = (f"Dear friends,\n\nOur annual Hike for Hospice takes place on {_d(c.day(c.choice([40, 55])))}. Last year "
              f"{r.randint(300, 500)} walkers raised ${r.randint(80, 140)},000 for the 12 beds at {C.HOSPICE[0]}.\n"
              f"Honorary chair: Dr. Karim Haddad, family physician.\nRegister online or call {C.HOSPICE[2]}.\n\n"
              f"Charitable registration no. 8{r.randint(10000000, 99999999)} RR0001\n")
    return m


# 28 --------------------------------------------------------------------------
def audit_aggregate(c):
    r = c.rng
    m = T.new("quality", L, False, "chart documentation audit with aggregate results only", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Documentation audit results", "Chart audit - what we learned"])
    m.text = (f"Hi all,\n\nWe audited {r.randint(30, 60)} randomly selected charts (no names retained):\n"
              f"- level of intervention documented: {r.randint(70, 95)}%\n- pain reassessed after PRN: {r.randint(40, 80)}%\n"
              f"- bowel protocol with opioids: {r.randint(60, 90)}%\n- caregiver assessment done: {r.randint(30, 70)}%\n\n"
              f"Thanks for your work; we'll discuss at the next team meeting.\n\n{C.signature(st, L, r)}\n")
    return m


# 29 --------------------------------------------------------------------------
def orientation_docx(c):
    r = c.rng
    m = T.new("orientation", L, False, "new staff orientation guide in docx", r)
    st, me = _me(c, "mgr")
    new = c.choice(C.STAFF["rn"])
    m.frm = me
    m.to = [c.who(new, L)]
    paras = ["## Week 1", "Shadow visits with an experienced nurse; CADD pump training; documentation system access.",
             "## Week 2", "Supervised visits; on-call orientation (no solo call).",
             "## Contacts", f"Program office {C.ORG_PHONE}; pharmacy line {C.PHARM[0][2]}; equipment {C.EQUIP_CO[2]}."]
    m.atts.append(T.att("Orientation_guide_PHC.docx", DOCX, D.docx("Orientation guide - Palliative Home Care", paras, author=st.full)))
    m.subject = c.choice(["Your orientation schedule", "Welcome - orientation guide", "Orientation weeks 1-2"])
    m.text = f"Hi {new.given},\n\nWelcome aboard! Your orientation guide is attached.\n\n{C.signature(st, L, r)}\n"
    return m


# 30 --------------------------------------------------------------------------
def zip_policies(c):
    r = c.rng
    m = T.new("policy_pack", L, False, "zip of blank forms and policies", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    members = [("Expected_death_at_home_form_BLANK.pdf", D.pdf("Expected Death at Home - Notification (blank)",
                ["Patient name: ____________", "Address: ____________", "Physician: ____________", "Date: ____"])),
               ("contacts.csv", D.csv_text(["Service", "Phone"], [["Program office", C.ORG_PHONE], ["Pharmacy", C.PHARM[0][2]],
                                                                 ["Equipment", C.EQUIP_CO[2]]]).encode("utf-8"))]
    m.atts.append(T.att("PHC_forms_2025.zip", "application/zip", D.make_zip(members)))
    m.subject = c.choice(["Forms package 2025", "Blank forms - updated zip", "Updated forms and contacts"])
    m.text = f"Hi all,\n\nUpdated forms (blank) and contact list, zipped.\n\n{C.signature(st, L, r)}\n"
    return m


# 31 --------------------------------------------------------------------------
def forwarded_vendor(c):
    r = c.rng
    m = T.new("forward_attached", L, False, "vendor message forwarded as attached eml", r)
    st, me = _me(c, "mgr")
    inner = T.new("inner", L, False, "", r)
    inner.frm = (f"{C.PUMP_CO[0]} - Tom Wexler", f"tom.wexler@{C.PUMP_CO[1]}")
    inner.to = [c.who(st, L)]
    inner.subject = "Service contract renewal 2025-2026"
    inner.text = (f"Hello,\n\nYour service contract (no. SC-{r.randint(10000, 99999)}) covering 42 CADD-Solis pumps expires "
                  f"{_d(c.day(30))}. Renewal price is unchanged. Serial list available on request.\n\nTom Wexler\n{C.PUMP_CO[2]}\n")
    inner.date = c.now - _dt.timedelta(days=3)
    inner.msgid = f"<{r.getrandbits(64):x}@{C.PUMP_CO[1]}>"
    m.atts.append(T.att("Service contract renewal.eml", "message/rfc822", inner=inner))
    m.frm = me
    m.to = [("Procurement", "procurement@ciusss-hrv.example")]
    m.subject = "FW: service contract renewal"
    m.text = f"Hi,\n\nPlease see the vendor's message attached and start the renewal.\n\n{C.signature(st, L, r)}\n"
    return m


TEMPLATES = [
    (staff_schedule, 4), (timesheet, 3), (flu_clinic, 3), (staff_injury, 3), (newsletter, 4), (webinar, 3),
    (job_posting, 3), (equipment_invoice, 4), (purchase_order, 3), (asset_audit, 3), (it_mail, 4), (facilities, 3),
    (stats, 3), (journal_club, 3), (blank_intake, 3), (condolence_template, 3), (shortage, 3), (recall, 3),
    (study_recruit, 3), (volunteer_roster, 3), (retirement, 2), (staff_birth, 3), (cpr_list, 3), (policy_update, 3),
    (reply_meeting, 3), (mileage, 2), (foundation, 2), (audit_aggregate, 2), (orientation_docx, 2), (zip_policies, 2),
    (forwarded_vendor, 2),
]
