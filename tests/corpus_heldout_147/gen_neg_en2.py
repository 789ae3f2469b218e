"""Non-confidential (hard negative) messages in English, part 2."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx
from gen_common import (ADDR_EN, CISSS, CISSS_DOM, CLINICS, DOM, ORG_EN, STAFF, fmt_date, luhn_serial,
                        signature, staff_display, staff_email)
from gen_ctx import today, Ctx, Rec, spec
from gen_neg_en import DAYS, _all
from gen_neg_fr import _d

L = "en"


def n_po(ctx: Ctx):
    rng = ctx.rng
    buyer = ctx.staff("acheteur")
    po = f"PO-{rng.randrange(40000, 49999)}"
    items = rng.sample([("Treadmill belt replacement kit", 420.0), ("Resistance bands, assorted (x20)", 64.0),
                        ("Pulse oximeters, finger (x10)", 289.0), ("Holter SD cards 8 GB (x25)", 137.5),
                        ("Ultrasound gel 5 L (x4)", 109.6), ("Defibrillator pads, adult (x10)", 395.0)], 3)
    text = (f"Please process {po} for the cardiac rehabilitation and Holter labs:\n\n" +
            "\n".join(f"  {n:<40} ${p:>8.2f}" for n, p in items) +
            f"\n\nShip to: Receiving dock, {ORG_EN}, {ADDR_EN}\nCost centre 6174\n\n"
            f"{staff_display(buyer, False)}\nProcurement, {CISSS}\nTel. 450-555-0192")
    return spec("purchase_order", L, f"{po} - rehab / Holter supplies", ctx.mb(buyer),
                [("Northline Medical Supply", "orders@northline-medical.example")], text, Rec(L), "purchase order")


def n_inventory(ctx: Ctx):
    rng = ctx.rng
    tech = ctx.staff("technologue", "technicien")
    boss = ctx.staff("chef")
    rows = [("Asset tag", "Device", "Serial", "Location", "Last PM", "Status")]
    for _ in range(rng.randrange(8, 13)):
        rows.append((f"BM-{rng.randrange(10000, 99999)}", ctx.pick(["Holter recorder HoltoRec 3", "Programmer CP-9",
                     "Treadmill CardioTrek 700", "Defibrillator LifeGuard 5", "Event monitor EvenTrak"]),
                     luhn_serial(rng, 9, ctx.pick("345678")), ctx.pick(["Holter lab", "Device clinic", "Rehab gym", "4 North"]),
                     fmt_date(_d(rng, -330, -5), "iso"), ctx.pick(["In service", "In service", "Out for repair"])))
    text = ("Biomed PM list for cardiology attached. Serials verified against the CMMS; three units are overdue.\n\n" +
            signature(tech, "holter", L))
    kind = ctx.pick(["csv", "xlsx"])
    data = make_csv(rows) if kind == "csv" else make_xlsx([("PM", rows)])
    return spec("inventory", L, "Biomed PM list - cardiology equipment", ctx.mb(tech), [ctx.mb(boss)], text, Rec(L),
                "equipment maintenance inventory with serial numbers",
                attachments=[{"kind": kind, "filename": f"biomed_pm_cardiology.{kind}", "data": data}])


def n_it(ctx: Ctx):
    rng = ctx.rng
    it = ("IT Service Desk", f"servicedesk@{CISSS_DOM}")
    v = ctx.pick([0, 1, 2, 3])
    if v == 0:
        text = ("The VigiCoeur remote monitoring portal now requires multi-factor authentication. On your next "
                "login you will be asked to register the authenticator app. Shared clinic accounts will be "
                "disabled on December 1.\n\nIT Service Desk - ext. 5000")
        return spec("it_notice", L, "MFA required for remote monitoring portal", it, [_all()], text, Rec(L),
                    "IT notice about portal MFA")
    if v == 1:
        emp = ctx.staff()
        text = (f"Hello {emp[0]},\n\nTicket INC{rng.randrange(1000000, 9999999)} (echo workstation ECHO-WS-03 not "
                "printing) has been resolved: the print driver was reinstalled. Reply within 5 days to reopen.\n\n"
                "IT Service Desk")
        return spec("it_notice", L, "Resolved: echo workstation printing", it, [ctx.mb(emp)], text, Rec(L),
                    "IT ticket resolved")
    if v == 2:
        fwd = ctx.staff("assistante", "chef")
        inner = {"cat": "it_original", "lang": L, "subject": "Scheduled outage: clinical systems",
                 "from": it, "to": [_all("All staff")], "layout": "plain", "date": None,
                 "text": (f"The clinical information system will be unavailable on {fmt_date(_d(rng, 3, 12), 'long_en')} "
                          "from 01:00 to 04:00 for database maintenance. Downtime procedures and paper forms are in "
                          "the red binder at each nursing station.\n\nIT Service Desk")}
        text = ("FYI for the night shift - see the attached notice. Please make sure the downtime binders on 4N "
                "are stocked.\n\n" + fwd[0])
        return spec("it_notice", L, "FW: Scheduled outage: clinical systems", ctx.mb(fwd), [_all("4 North nursing")],
                    text, Rec(L), "forwarded IT outage notice as attached message",
                    attachments=[{"kind": "eml", "filename": "outage_notice.eml", "spec": inner}])
    text = ("Security reminder: do not send patient information to personal e-mail accounts, and use the "
            "secure file transfer service for anything containing health data. Report suspicious e-mails with "
            "the Report Phish button.\n\nInformation Security Office")
    return spec("it_notice", L, "Security reminder - e-mail and health data", ("Information Security Office",
                f"infosec@{CISSS_DOM}"), [_all()], text, Rec(L), "information security reminder")


def n_facilities(ctx: Ctx):
    rng = ctx.rng
    fac = ("Facilities Management", f"facilities@{DOM}")
    v = ctx.pick([("Elevator B out of service", "Elevator B (Pavillon Lacasse-Dion) will be out of service from {a} "
                   "to {b} for modernization. Please use elevators A and C; stretcher transfers to the EP lab should "
                   "use the service elevator."),
                  ("Water shut-off, level 2", "Domestic water will be shut off on level 2 on {a} from 05:00 to 08:00. "
                   "The device clinic will open at 08:30 that day."),
                  ("Fire drill", "A fire drill (Code Red) will take place on {a} at 10:00 in the cardiac rehab gym and "
                   "the Holter lab. Please follow your department's evacuation plan.")])
    a = _d(rng, 3, 15)
    b = a + dt.timedelta(days=rng.randrange(3, 20))
    text = v[1].format(a=fmt_date(a, "long_en"), b=fmt_date(b, "long_en")) + "\n\nFacilities Management - ext. 4410"
    return spec("facilities", L, v[0], fac, [_all("All staff")], text, Rec(L), "facilities notice")


def n_stats(ctx: Ctx):
    rng = ctx.rng
    an = ctx.staff("analyste")
    boss = ctx.staff("chef")
    q = ctx.pick(["Q2", "Q3"])
    rows = [("Metric", "HF clinic", "Device clinic", "Cardiac rehab")]
    rows += [("New referrals", rng.randrange(80, 160), rng.randrange(60, 120), rng.randrange(90, 180)),
             ("Visits", rng.randrange(500, 900), rng.randrange(700, 1300), rng.randrange(1500, 2600)),
             ("Median wait (days)", rng.randrange(20, 60), rng.randrange(10, 40), rng.randrange(25, 70)),
             ("30-day readmission %", round(rng.uniform(12, 22), 1), "-", "-"),
             ("Programme completion %", "-", "-", round(rng.uniform(55, 80), 1))]
    text = (f"{q} dashboard (aggregate only, cells < 5 suppressed):\n\n" +
            "\n".join(" | ".join(str(c) for c in r) for r in rows) +
            "\n\nMost common referral diagnoses: HFrEF 48%, HFpEF 27%, cardiomyopathy NOS 14%.\n\n" +
            signature(an, "ic", L))
    att = [{"kind": "csv", "filename": f"cardiology_dashboard_{q}.csv", "data": make_csv(rows)}] if ctx.chance(0.5) else []
    return spec("statistics", L, f"{q} cardiology dashboard", ctx.mb(an), [ctx.mb(boss)], text, Rec(L),
                "aggregate clinic statistics", attachments=att)


def n_teaching(ctx: Ctx):
    rng = ctx.rng
    fel = ctx.staff("résident", "cardiologist")
    age = rng.randrange(40, 88)
    case = ctx.pick([
        f"A {age}-year-old man with a dual-chamber pacemaker presents with palpitations. The device shows a "
        "regular tachycardia at the upper tracking rate. What is the mechanism and how do you terminate it?",
        f"A {age}-year-old woman with HFrEF (LVEF 25%) on full GDMT has K 5.8 and creatinine up 30%. Which drug "
        "do you adjust first and why?",
        f"ECG of the week: a {age}-year-old with syncope; PR 320 ms, RBBB and left anterior fascicular block. "
        "Next step?",
    ])
    text = (f"Case of the week (fictional, for teaching):\n\n{case}\n\nAnswers at Friday noon rounds.\n\n{fel[0]}")
    return spec("teaching_case", L, "Case of the week", ctx.mb(fel), [_all("Residents and fellows")], text, Rec(L),
                "de-identified teaching case")


def n_blankform(ctx: Ctx):
    agent = ctx.staff("agente", "secrétaire")
    title = ctx.pick(["Pacemaker/ICD Clinic Referral Form", "Cardiac Rehabilitation Referral",
                      "Heart Failure Clinic Intake Questionnaire"])
    fields = ["Patient surname: ____________  Given name: ____________", "Date of birth (YYYY-MM-DD): __________",
              "RAMQ / health card #: ______________", "Home address: __________________________",
              "Phone: (___) ___-____", "Reason for referral: ___________________",
              "Device manufacturer / model: __________", "Current medications (attach list): ______",
              "Referring physician: ____________  Licence #: ______"]
    data = make_pdf(title, fields) if ctx.chance(0.5) else None
    kind = "pdf" if data else "docx"
    if not data:
        data = make_docx(title, fields)
    text = ("Hello,\n\nAs requested, here is the blank referral form. Please fax completed forms to "
            f"{CLINICS['device'][2][:-2]}52 or use the secure portal.\n\n" + signature(agent, "device", L))
    return spec("blank_form", L, f"Blank form - {title}", ctx.mb(agent),
                [("Riverbend Medical Clinic", "office@riverbend-medical.example")], text, Rec(L), "blank referral form",
                attachments=[{"kind": kind, "filename": f"{title.replace(' ', '_').replace('/', '-')}.{kind}", "data": data}])


def n_template(ctx: Ctx):
    coord = ctx.staff("coordonnatrice")
    tpl = ("Dear {{title}} {{last_name}},\n\nWelcome to the Cardiac Rehabilitation Programme. Your first session "
           "is on {{session_date}} at {{session_time}}.\nPlease bring your medication list and your health card "
           "({{health_card_no}}).\n\nCardiac Rehabilitation - 450-555-0147")
    text = ("Kevin, here is the merge template for the rehab invitations. Fields come from the scheduling "
            "extract; please test it with the dummy record before the real run.\n\n=== TEMPLATE ===\n" + tpl +
            "\n=== END ===\n\n" + coord[0])
    return spec("mailmerge_template", L, "Merge template - rehab invitations", ctx.mb(coord),
                [ctx.mb([s for s in STAFF if s[1] == "Ng"][0])], text, Rec(L), "mail-merge invitation template")


def n_shortage(ctx: Ctx):
    rng = ctx.rng
    ph = ctx.staff("pharmacienne")
    drug = ctx.pick([("metolazone 2.5 mg tablets", "use chlorthalidone 12.5-25 mg as an alternative thiazide"),
                     ("IV amiodarone 150 mg/3 mL", "reserve for VT/VF; use oral loading when possible"),
                     ("milrinone 1 mg/mL", "stock consolidated in CCU; consult pharmacy before starting")])
    text = (f"DRUG SHORTAGE NOTICE\n\nProduct: {drug[0]}\nExpected duration: {rng.randrange(4, 16)} weeks\n"
            f"Recommendation: {drug[1]}.\n\n" + signature(ph, "unit", L))
    return spec("drug_shortage", L, f"Drug shortage - {drug[0]}", ctx.mb(ph), [_all()], text, Rec(L),
                "drug shortage notice")


def n_recall(ctx: Ctx):
    rng = ctx.rng
    bm = ("Medical Device Safety", f"devicesafety@{CISSS_DOM}")
    lo = luhn_serial(rng, 9, "4")
    model = ctx.pick(["Cardionyx Vireo X4 CRT-D", "Veltrano Helix-ICD lead 6947B", "Stimtek Pulsa DR MRI"])
    text = (f"Field safety notice - {model}\n\nAffected serial numbers begin at {lo} (range list from the "
            "manufacturer attached to the internal tracking system). Issue: premature battery depletion in "
            "0.2% of units; an ERI alert will precede depletion by at least 3 months.\n\n"
            "Action: enable battery alerts on the remote platform; no prophylactic replacement.\n\n"
            "Medical Device Safety Office")
    return spec("recall", L, f"Field safety notice - {model}", bm, [("Device Clinic", f"deviceclinic@{DOM}")], text,
                Rec(L), "manufacturer field safety notice with serial range")


def n_research(ctx: Ctx):
    rng = ctx.rng
    coord = ctx.staff("coordonnatrice")
    pi = ctx.staff("cardiologue", "cardiologist")
    study = ctx.pick([("REHAB-FRAIL", "home-based vs centre-based cardiac rehab in frail older adults", 180),
                      ("IRON-HF-QC", "IV iron timing after HF hospitalization", 320),
                      ("LEADLESS-REG", "registry of leadless pacemaker outcomes", 500)])
    text = (f"Hi all,\n\nThe REB approved {study[0]} ({study[1]}). Target enrolment {study[2]}; screening starts "
            f"{fmt_date(_d(rng, 20, 60), 'long_en')}.\n\nInclusion: age >= 18, {ctx.pick(['LVEF <= 40%', 'implanted within 30 days', 'HF admission in past 6 months'])}.\n"
            f"PI: {staff_display(pi)}. Protocol v2.1 and consent form v1.3 are on the shared drive.\n\n" +
            signature(coord, "ic", L))
    return spec("research_protocol", L, f"REB approval - {study[0]}", ctx.mb(coord), [_all("Research team")], text,
                Rec(L), "research approval, no participants")


def n_baby(ctx: Ctx):
    rng = ctx.rng
    emp = ctx.staff()
    bday = _d(rng, -8, -1)
    baby = ctx.pick(["Olivia", "Theo", "Maya", "Liam-Alexandre"])
    text = (f"Please join us in congratulating {emp[0]} {emp[1]} on the arrival of {baby}, born "
            f"{fmt_date(bday, 'long_en')} at {rng.randrange(29, 42) / 10} kg! Everyone is healthy and happy.\n\n"
            "A card is at the 4 North desk.")
    return spec("staff_announcement", L, "Baby news!", ctx.mb(ctx.staff("assistante", "secrétaire")), [_all()], text,
                Rec(L), "staff baby announcement with birth date")


def n_rehab_schedule(ctx: Ctx):
    rng = ctx.rng
    kin = ctx.staff("kinésiologue", "physiothérapeute", "nutritionniste")
    topics = rng.sample(["Understanding your heart", "Heart-healthy eating", "Medications and side effects",
                         "Stress and sleep", "Returning to work", "Exercise at home in winter"], 4)
    text = ("Winter cohort education sessions (Tuesdays 10:30, room 1.402):\n\n" +
            "\n".join(f"  Week {i + 1}: {t}" for i, t in enumerate(topics)) +
            "\n\nExercise groups: Mon/Wed/Fri 09:00 and Tue/Thu 13:00, max 14 participants.\n\n" +
            signature(kin, "rehab", L))
    return spec("rehab_schedule", L, "Winter cohort - education schedule", ctx.mb(kin),
                [("Rehab team", f"rehab@{DOM}")], text, Rec(L), "rehab education schedule")


def n_vendor(ctx: Ctx):
    rng = ctx.rng
    rep = ctx.pick([("Brendan Kerr", "Veltrano"), ("Sasha Ivanova", "Holtek")])
    tech = ctx.staff("technologue", "infirmière")
    vc = make_vcard(rep[0], rep[0].split(" ")[1], rep[0].split(" ")[0], tel="1-800-555-0196",
                    email=f"{rep[0].split(' ')[0].lower()}@{rep[1].lower()}.example", org=f"{rep[1]} Canada")
    text = (f"Hi,\n\nI'll be in clinic on {fmt_date(_d(rng, 3, 20), 'long_en')} to install the new programmer software "
            f"and run a 30-minute in-service. My contact card is attached.\n\nBest,\n{rep[0]}\n{rep[1]} Canada, "
            "Clinical Specialist\nMobile 514-555-0193")
    return spec("vendor_visit", L, f"{rep[1]} programmer update visit", (rep[0], f"field@{rep[1].lower()}.example"),
                [ctx.mb(tech)], text, Rec(L), "vendor visit with contact card",
                attachments=[{"kind": "vcf", "filename": f"{rep[0].replace(' ', '_')}.vcf", "data": vc}])


def n_policy(ctx: Ctx):
    author = ctx.staff("pharmacienne", "chef", "infirmière praticienne")
    pol = ctx.pick([("Diuretic titration medical directive (rev. 2024)", "Nurses may increase furosemide by 40 mg/day "
                     "for weight gain > 2 kg in 3 days if creatinine < 200 umol/L and K 3.5-5.0; labs in 5-7 days."),
                    ("Remote alert response standard", "Red alerts: patient contact within 24 h and EP on call "
                     "notified; yellow alerts: review within 72 business hours."),
                    ("Device reprogramming for MRI", "Confirm MR-conditional system; program asynchronous or "
                     "off mode per dependency; restore settings and document after the scan.")])
    text = (f"Hello,\n\nThe revised \"{pol[0]}\" is now in effect.\n\nSummary: {pol[1]}\n\n"
            "The full document is on the intranet under Cardiology > Policies.\n\n" + signature(author, "ic", L))
    return spec("policy_update", L, f"Revised: {pol[0]}", ctx.mb(author), [_all()], text, Rec(L),
                "policy update without patient data")


def n_training(ctx: Ctx):
    rng = ctx.rng
    coord = ctx.staff("coordonnatrice", "assistante")
    people = rng.sample([s for s in STAFF if not s[3]], 5)
    course = ctx.pick(["ACLS recertification", "Device EGM interpretation - level 2", "Code blue simulation"])
    rows = [("Name", "Role", "Session")] + [(f"{p[0]} {p[1]}", p[4], ctx.pick(["AM", "PM"])) for p in people]
    text = (f"Registered for {course} on {fmt_date(_d(rng, 7, 30), 'long_en')}:\n\n" +
            "\n".join(f"  {a} ({b}) - {c}" for a, b, c in rows[1:]) + "\n\n" + signature(coord, "unit", L))
    att = [{"kind": "xlsx", "filename": "training_roster.xlsx", "data": make_xlsx([("Roster", rows)])}] if ctx.chance(0.4) else []
    return spec("training", L, f"{course} - roster", ctx.mb(coord), [_all()], text, Rec(L),
                "staff training roster", attachments=att)


def n_minutes(ctx: Ctx):
    rng = ctx.rng
    sec = ctx.staff("secrétaire", "coordonnatrice")
    att_ = rng.sample(STAFF, 6)
    paras = ["Attendees: " + ", ".join(f"{p[0]} {p[1]}" for p in att_),
             f"1. HF clinic volume: {rng.randrange(180, 240)} visits last month.",
             f"2. Device clinic: {rng.randrange(1400, 1550)} remote patients; second nurse position posted.",
             "3. Rehab: waitlist 6 weeks; tele-rehab pilot extended.",
             "4. Holiday coverage: sign-up sheet at the front desk.",
             "Action items: Sophie to circulate updated referral form; Yannick to fix the fax-to-mail queue."]
    doc = make_docx("Cardiology team meeting - minutes", paras)
    text = "Minutes from Tuesday's team meeting are attached.\n\n" + signature(sec, "unit", L)
    return spec("minutes", L, "Team meeting minutes", ctx.mb(sec), [_all()], text, Rec(L),
                "team meeting minutes", attachments=[{"kind": "docx", "filename": "team_minutes.docx", "data": doc}])


def n_candidates(ctx: Ctx):
    rng = ctx.rng
    hr = ("Talent Acquisition", f"careers@{CISSS_DOM}")
    boss = ctx.staff("chef")
    cands = rng.sample(["Jordan Price", "Aisha Bello", "Caroline Dufresne", "Mehdi Karimi", "Hannah Leitch"], 3)
    text = (f"Hi {boss[0]},\n\nShortlist for the cardiac sonographer posting:\n\n" +
            "\n".join(f"  - {c}: {rng.randrange(2, 14)} years, {ctx.pick(['RDCS', 'CRCS', 'RDCS (pending)'])}, "
                      f"{ctx.pick(['strain imaging', 'stress echo', 'pediatric echo', 'TEE assist'])}"
                      for c in cands) +
            "\n\nInterviews proposed next Thursday. References will be checked after the interviews.\n\nTalent Acquisition")
    return spec("hr_candidates", L, "Shortlist - cardiac sonographer", hr, [ctx.mb(boss)], text, Rec(L),
                "job candidate shortlist")


def n_education(ctx: Ctx):
    nurse = ctx.staff("infirmière clinicienne", "nutritionniste")
    lines = ["Living with your ICD", "", "Carry your device ID card at all times.",
             "Keep cell phones 15 cm away from the device.",
             "If you receive one shock and feel well, call the device clinic the same day: 450-555-0151.",
             "If you receive two or more shocks in 24 hours, or feel unwell, call 911.",
             "Do not drive for the period your cardiologist advises."]
    pdf = make_pdf("Living with your ICD", lines)
    text = ("Hi team,\n\nThe updated ICD patient handout is attached (approved by the patient documents committee). "
            "Please recycle the old version.\n\n" + signature(nurse, "device", L))
    return spec("patient_education", L, "Updated handout - Living with your ICD", ctx.mb(nurse), [_all()], text,
                Rec(L), "generic patient education handout",
                attachments=[{"kind": "pdf", "filename": "Living_with_your_ICD.pdf", "data": pdf}])


def n_reply_nonpatient(ctx: Ctx):
    rng = ctx.rng
    a, b = ctx.staff_many(2, "cardiologue", "cardiologist", "chef", "coordonnatrice")
    orig = (f"Hi {b[0]},\n\nCould we meet this week to finalize the heart failure clinic budget request and the "
            "second remote-monitoring nurse position? I'm free Wednesday after 14:00 or Thursday morning.\n\n" + a[0])
    text = (f"Thursday 9:00 works - my office, 2.044.\n\n{b[0]}\n\nOn {fmt_date(today(), 'long_en')}, {a[0]} {a[1]} "
            "wrote:\n" + "\n".join("> " + l if l else ">" for l in orig.split("\n")))
    return spec("reply", L, "Re: budget request - HF clinic", ctx.mb(b), [ctx.mb(a)], text, Rec(L),
                "meeting scheduling reply with quoted text", in_reply_to=DOM)


def n_staff_contact(ctx: Ctx):
    rng = ctx.rng
    sec = ctx.staff("secrétaire", "agente")
    people = rng.sample(STAFF, 8)
    rows = [("Name", "Role", "Extension", "Pager")] + [(f"{p[0]} {p[1]}", p[4], str(rng.randrange(2000, 2999)),
                                                       str(rng.randrange(3000, 3999))) for p in people]
    text = ("Updated cardiology contact list:\n\n" + "\n".join(f"  {a:<24} {b:<36} x{c}  pager {d}"
                                                          for a, b, c, d in rows[1:]) +
            f"\n\nMain lines: HF clinic {CLINICS['ic'][2]}, device clinic {CLINICS['device'][2]}, rehab "
            f"{CLINICS['rehab'][2]}.\n\n" + signature(sec, "unit", L))
    return spec("staff_directory", L, "Updated contact list - cardiology", ctx.mb(sec), [_all()], text, Rec(L),
                "staff phone extensions list")
