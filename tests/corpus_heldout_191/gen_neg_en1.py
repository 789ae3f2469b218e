"""Negative (non-confidential) messages in English – part 1: HR, schedules, newsletters, purchasing."""
import datetime

from gen_org import (ADDR1, ADDR2, DOM, EMPLOYEES_EN, HOSP, PARTNERS, SPEAKERS, STAFF, UNITS,
                     emp_email, partner_addr, st)
from gen_render import att_csv, att_ics, att_pdf, att_xlsx
from gen_tpl import Msg

ANES = ["vaillancourt", "benslimane", "trudel", "archambault", "ashworth", "okonkwo"]


def call_schedule(t):
    m = Msg(t, "neg", "schedule", "acute pain service call roster (CSV)")
    start = t.future(7, 20)
    start -= datetime.timedelta(days=start.weekday())
    rows = [["Week of", "APS day", "APS night", "Pain clinic", "Block room"]]
    for w in range(t.randint(4, 6)):
        a = t.c.rng.sample(ANES, 4)
        rows.append([(start + datetime.timedelta(days=7 * w)).isoformat()] + [STAFF[x].name("en") for x in a])
    m.atts = [att_csv(t.pick(["APS_roster.csv", "call_roster.csv"]), rows, ",", "utf-8")]
    m.frm = st("brisebois").addr()
    m.to = [("Anaesthesia staff", f"anesthesie-md@{DOM}")]
    m.subject = t.pick(["APS / pain clinic roster – next block", "Updated call roster", "Roster v3 (final)"])
    a, b = t.c.rng.sample(ANES, 2)
    m.body = f"""{t.hello()}

Attached is the APS and pain clinic roster for the next block. {STAFF[a].name('en')} and {STAFF[b].name('en')} swapped the week of {t.short(start)}.

Please send any changes by Friday.

{t.bye()}
{t.sign('brisebois')}"""
    return m


def leave_request(t):
    m = Msg(t, "neg", "hr_leave", "staff leave request and approval")
    who = st(t.pick(["lindgren", "murray", "aziz", "vezina", "demers"]))
    boss = st(t.pick(["okonkwo", "archambault", "vaillancourt"]))
    d1 = t.future(15, 80)
    d2 = d1 + datetime.timedelta(days=t.pick([3, 4, 10]))
    kind = t.pick(["vacation", "conference leave (regional anaesthesia congress)", "parental leave top-up days", "family leave"])
    m.frm = who.addr()
    m.to = [boss.addr()]
    m.subject = t.pick(["Leave request", f"Time off {t.short(d1)}–{t.short(d2)}", "Request: days off"])
    m.body = f"""{t.hello(boss.name('en', title=bool(boss.tfr)))}

I'd like to request {kind} from {t.day(d1)} to {t.day(d2)}. {t.pick(['Coverage is arranged with Erika.', 'I checked the roster and there is no conflict.', 'I will finish my audit before I leave.'])}

{t.bye()}
{who.given}"""
    return m


def payroll(t):
    m = Msg(t, "neg", "payroll", "payroll notice about tax slips and retro pay")
    who = st(t.pick(["lindgren", "murray", "berube", "pepin", "demers"]))
    emp = t.c.luhn_serial(7)
    m.frm = st("quintal").addr()
    m.to = [who.addr()]
    m.subject = t.pick(["Retroactive pay – collective agreement", "Your T4/RL-1 slips", "Pay stub question"])
    m.body = f"""{t.hello(who.given)}

The retroactive adjustment from the new collective agreement ({t.randint(2, 4)}.{t.randint(0, 9)}% for {t.when.year - 1}) will be paid on {t.day(t.future(5, 20))}.

Employee no.: {emp}
Gross retro amount: ${t.randint(600, 3200)}.{t.randint(10, 99)}

Your tax slips are available in the employee portal under "My documents".

{t.bye()}
{t.sign('quintal')}"""
    return m


def newsletter_en(t):
    m = Msg(t, "neg", "newsletter", "pain centre newsletter with physician profiles")
    sp = t.c.rng.sample(SPEAKERS, 2)
    e1 = t.pick(EMPLOYEES_EN)
    doc = st(t.pick(["feldstein", "ashworth", "okonkwo"]))
    m.frm = ("Pain Centre News", f"communications@{DOM}")
    m.to = [("All Staff – Anaesthesia & Pain", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick(["Pain Centre News – spring edition", "Pain Centre News", f"Newsletter {t.when:%B %Y}"])
    m.body = f"""PAIN CENTRE NEWS

Meet our new physician
{sp[0][1]} {sp[0][2]} {sp[0][3]} joins the Chronic Pain Clinic after a fellowship at {sp[0][4]}. {sp[0][3]}'s clinical interests include trigeminal neuralgia, cluster headache and spinal cord stimulation.

Program update
{doc.name('en')} reports that our CRPS rapid-access pathway has cut the wait for a first stellate ganglion block from 14 to 5 weeks.

Staff recognition
Congratulations to {'Ms.' if e1[2] == 'F' else 'Mr.'} {e1[0]} {e1[1]}, RN, winner of this year's Nursing Excellence Award for {'her' if e1[2] == 'F' else 'his'} work on the ketamine infusion protocol.

By the numbers
{t.randint(2100, 2900)} clinic visits, {t.randint(400, 600)} fluoroscopy procedures, {t.randint(60, 95)} new patients on the opioid stewardship program.

Upcoming
Grand rounds: {sp[1][1]} {sp[1][3]} on "Sickle cell pain in adults: what anaesthesiologists should know".

Contact: {emp_email(*e1)}"""
    m.tx = {"mode": t.pick(["html", "alt"])}
    return m


def committee_en(t):
    m = Msg(t, "neg", "committee_notice", "perioperative quality committee meeting notice with ICS")
    d = t.future(7, 30)
    chair = st(t.pick(["archambault", "ashworth"]))
    members = [st(k) for k in ("pepin", "demers", "okonkwo", "menon", "lindgren")]
    items = t.c.rng.sample(["Same-day cancellation review (aggregate, Q2)", "Difficult airway cart audit",
                            "PONV prophylaxis bundle compliance", "Malignant hyperthermia drill results",
                            "Opioid prescribing at discharge – audit", "Pre-op anaemia clinic pilot"], 3)
    ag = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
    m.atts = [att_ics("meeting.ics", uid=f"pqc-{t.rng.getrandbits(40):010x}@{DOM}", start=t.at(d, 7, 30), end=t.at(d, 8, 30),
                      summary="Perioperative Quality Committee", location="Boardroom C-301 / Teams",
                      description="Agenda: " + "; ".join(items), organizer=(st("castonguay").plain(), st("castonguay").email),
                      attendees=[x.addr() for x in members])]
    m.frm = st("castonguay").addr()
    m.to = [x.addr() for x in members]
    m.cc = [chair.addr()]
    m.subject = t.pick(["Perioperative Quality Committee – notice", f"PQC meeting {t.short(d)}", "Meeting notice and agenda"])
    m.body = f"""{t.hello()}

The Perioperative Quality Committee, chaired by {chair.name('en')}, will meet on {t.day(d)} at 7:30.

Agenda:
{ag}

Minutes from the last meeting are on the shared drive.

{t.sign('castonguay')}"""
    return m


def grand_rounds(t):
    m = Msg(t, "neg", "conference", "anaesthesia grand rounds programme (PDF)")
    sp = t.c.rng.sample(SPEAKERS, 4)
    topics = t.c.rng.sample(["Perioperative management of GLP-1 agonists", "Buprenorphine in the surgical patient",
                             "Chronic post-surgical pain: who is at risk?", "Regional anaesthesia and anticoagulants – 2024 update",
                             "Obstructive sleep apnoea and opioids", "Ketamine for depression and pain"], 4)
    rows = [["Date", "Speaker", "Topic"]]
    d = t.future(7, 14)
    for i in range(4):
        rows.append([(d + datetime.timedelta(days=7 * i)).isoformat(), f"{sp[i][1]} {sp[i][2]} {sp[i][3]}, {sp[i][4]}", topics[i]])
    m.atts = [att_pdf(t.pick(["Grand_Rounds_schedule.pdf", "rounds.pdf"]), [("title", "Anaesthesia Grand Rounds"), ("table", rows),
                                                                           ("p", "Wednesdays 7:00-8:00, Auditorium A and online. Accredited group learning.")], "Grand Rounds", "Medical Education")]
    m.frm = st("mctavish").addr()
    m.to = [("Anaesthesia department", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick(["Grand Rounds – upcoming sessions", "Anaesthesia Grand Rounds schedule", "Rounds this month"])
    m.body = f"""{t.hello()}

Upcoming grand rounds are attached. First up: {sp[0][1]} {sp[0][2]} {sp[0][3]} on "{topics[0]}".

{t.sign('mctavish')}"""
    return m


def job_posting_en(t):
    m = Msg(t, "neg", "job_posting", "locum anaesthesiologist / pain physician job posting")
    role = t.pick(["Locum Anaesthesiologist (6 months)", "Chronic Pain Physician – 0.6 FTE"])
    m.frm = ("Physician Recruitment", "recrutement.medical@cisss-hr.example")
    m.to = [(PARTNERS["cpsoc"][0] + " – job board", partner_addr("cpsoc", "jobs"))]
    m.subject = f"Job posting: {role} – {HOSP}"
    m.body = f"""POSITION: {role}
LOCATION: {HOSP}, Saint-Aurèle, Quebec

We are a 280-bed regional hospital with 8 operating rooms, a pre-anaesthesia clinic seeing {t.randint(3000, 4500)} patients a year and an interdisciplinary chronic pain clinic (CRPS, neuropathic pain, cancer pain, interventional procedures).

Requirements: FRCPC in Anesthesiology (or eligible), Quebec medical licence or eligibility; pain medicine subspecialty an asset. Working knowledge of French required.

We offer: competitive remuneration, relocation support, protected academic time.

Apply by {t.day(t.future(20, 45), True)}: recrutement.medical@cisss-hr.example
Questions: {st('archambault').name('en')}, Head of Anaesthesia, {UNITS['ANES'][2]}"""
    return m


def invoice_en(t):
    m = Msg(t, "neg", "invoice", "ultrasound service invoice with checksum-valid serials (PDF)")
    inv = f"INV-{t.randint(40000, 49999)}"
    s1, s2 = t.c.luhn_serial(10), t.c.luhn_serial(9)
    rows = [["Item", "Serial", "Qty", "Amount"],
            ["Preventive maintenance – SonoLite P7", f"{s1[:4]} {s1[4:7]} {s1[7:]}", "1", "$1,250.00"],
            ["Transducer replacement L12-4", f"{s2[:3]} {s2[3:6]} {s2[6:]}", "1", "$4,980.00"],
            ["Travel / labour (3 h)", "", "3", "$540.00"]]
    blocks = [("title", f"INVOICE {inv}"),
              ("kv", [("Bill to", f"{HOSP}, Biomedical Engineering"), ("Ship to", f"{ADDR1}, {ADDR2}"),
                      ("Customer account", f"HSA-{t.randint(1000, 9999)}"), ("PO", f"BC-{t.randint(400000, 499999)}"),
                      ("Invoice date", t.when.date().isoformat()), ("Due", t.future(25, 35).isoformat())]),
              ("table", rows), ("p", "Subtotal $6,770.00   GST $338.50   QST $675.31   TOTAL $7,783.81"),
              ("small", "Sonaris Imaging Systems – 12 Foundry Lane, Kellerton ON – 613-555-0112")]
    m.atts = [att_pdf(f"{inv}.pdf", blocks, "Invoice", "Sonaris")]
    m.frm = ("Accounts Receivable – Sonaris", partner_addr("sonaris", "ar"))
    m.to = [st("charbonneau").addr()]
    m.subject = t.pick([f"Invoice {inv}", f"{inv} – service visit", "Invoice for ultrasound maintenance"])
    m.body = f"""{t.hello()}

Please find attached invoice {inv} for the service visit at your pain clinic on {t.short(t.past(2, 10))} (units S/N {s1} and {s2}).

Payment terms: net 30.

Sonaris Imaging Systems – Accounts Receivable
613-555-0112"""
    return m


def po_en(t):
    m = Msg(t, "neg", "purchase_order", "purchase order for nerve block and RF supplies")
    po = f"PO-{t.randint(500000, 599999)}"
    cat = [("Insulated nerve block needle 22G 50 mm", "box/25"), ("RF cannula 20G 100 mm, 10 mm active tip", "box/10"),
           ("Grounding pad, adult", "case/50"), ("Elastomeric pump 400 mL, 5 mL/h", "case/12"),
           ("Echogenic catheter-over-needle set 19G", "box/10"), ("Lidocaine 2% 5 mL ampoules", "box/25")]
    lines = ["Line | Item | Qty | Unit price"]
    for i, (desc, u) in enumerate(t.c.rng.sample(cat, t.randint(3, 5))):
        lines.append(f"{i + 1} | {desc} ({u}) | {t.randint(1, 10)} | ${t.randint(40, 900)}.00")
    m.frm = st("charbonneau").addr()
    m.to = [("Orders – Alpine Infusion Systems", partner_addr("alpine", "orders"))]
    m.subject = t.pick([f"Purchase order {po}", f"{po} – pain clinic supplies", "New PO – please confirm"])
    table = "\n".join(lines)
    m.body = f"""{t.hello()}

Please process purchase order {po}:

{table}

Deliver to: Receiving dock, {ADDR1}, {ADDR2} – attn. Pain Clinic.
Please confirm lead time and include lot numbers and expiry dates on the packing slip.

{t.bye()}
{t.sign('charbonneau')}"""
    return m


def asset_inventory_en(t):
    m = Msg(t, "neg", "inventory", "anaesthesia equipment asset list (XLSX) with checksum-valid serials")
    rows = [["Asset tag", "Description", "Serial no.", "Location", "Warranty until"]]
    for i in range(t.randint(8, 12)):
        s = t.c.luhn_serial(t.pick([9, 10]))
        rows.append([f"HSA-{t.randint(10000, 99999)}", t.pick(["Ultrasound SonoLite P7", "Nerve stimulator NS-2", "RF generator RF-220",
                                                             "Video laryngoscope VL-3", "Infusion pump Alaris 8100", "BIS monitor"]),
                     s, t.pick(["Block room", "OR 3", "OR 5", "Pain clinic room 2", "PACU"]), t.future(100, 900).isoformat()])
    m.atts = [att_xlsx(t.pick(["asset_list_anaesthesia.xlsx", "equipment_inventory.xlsx"]), [("Assets", rows)], "Biomedical Engineering")]
    m.frm = ("Biomedical Engineering", f"gbm@{DOM}")
    m.to = [st("demers").addr(), st("archambault").addr()]
    m.subject = t.pick(["Annual equipment inventory – anaesthesia", "Asset list to verify", "Equipment audit"])
    m.body = f"""{t.hello()}

Please verify the attached asset list for your areas and flag anything missing by {t.day(t.future(5, 15))}.

Biomedical Engineering – ext. 2450"""
    return m


def it_en(t):
    m = Msg(t, "neg", "it_notice", "IT security warning about phishing")
    m.frm = st("lafleur").addr()
    m.to = [("All users", f"tous@{DOM}")]
    m.subject = t.pick(["Phishing alert – fake 'lab results' e-mails", "Security notice: do not open", "IT: suspicious messages circulating"])
    m.body = f"""{t.hello()}

We are seeing phishing e-mails with the subject "Your patient lab results are ready" and a link to a fake login page. They do not come from our lab system.

- Do not click the link or enter your password.
- Report the message with the "Report phishing" button.
- If you entered your credentials, call the service desk right away (ext. 2200).

Reminder: never send patient information to personal e-mail accounts.

{t.sign('lafleur', 1)}"""
    return m


def facilities_en(t):
    m = Msg(t, "neg", "facilities", "facilities notice: elevator / parking / power test")
    kind = t.pick([("Elevator B out of service", "Elevator B (patient elevator near the pain clinic) will be out of service for modernisation. Use elevator C; porters have been informed."),
                   ("Generator test", "The monthly emergency generator test will cause a 10-second power transfer. OR and PACU equipment on red outlets is unaffected."),
                   ("Parking lot P2 closure", "Lot P2 will be closed for resurfacing. Staff with P2 permits may park in P4; shuttle every 15 minutes.")])
    d = t.future(3, 20)
    m.frm = st("dumais").addr()
    m.to = [("All staff", f"tous@{DOM}")]
    m.subject = f"{kind[0]} – {t.day(d)}"
    m.body = f"""{t.hello()}

{kind[1]}

Date: {t.day(d, True)}

{t.bye()}
{t.sign('dumais')}"""
    return m
