"""Negative (non-confidential) messages in English – part 2: statistics, teaching, forms, notices, staff."""
import datetime

from gen_org import (ADDR1, ADDR2, DOM, EMPLOYEES_EN, HOSP, PARTNERS, SPEAKERS, UNITS, emp_email,
                     partner_addr, st)
from gen_render import att_docx, att_ics, att_pdf, att_vcf, att_xlsx
from gen_tpl import Msg


def stats_en(t):
    m = Msg(t, "neg", "statistics", "aggregate pre-op and pain clinic statistics (XLSX)")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"][: t.randint(4, 9)]
    rows = [["Month", "PAC visits", "Same-day cancellations", "OSA screened positive", "Pain clinic new consults", "Fluoro procedures"]]
    for mo in months:
        rows.append([mo, t.randint(240, 380), t.randint(4, 18), t.randint(20, 60), t.randint(30, 70), t.randint(25, 60)])
    reasons = [["Cancellation reason", "n"], ["Anticoagulant not held", t.randint(3, 12)], ["Not fasting", t.randint(2, 9)],
               ["Uncontrolled hypertension", t.randint(2, 8)], ["Hyperglycaemia", t.randint(1, 7)], ["Patient no-show", t.randint(3, 15)]]
    m.atts = [att_xlsx(t.pick(["PAC_dashboard.xlsx", f"stats_{t.when.year}.xlsx"]), [("Monthly", rows), ("Reasons", reasons)], "Planning")]
    m.frm = st("castonguay").addr()
    m.to = [st("vaillancourt").addr(), st("feldstein").addr()]
    m.subject = t.pick(["Monthly dashboard – PAC and pain clinic", "Aggregate statistics for the annual report", "Volumes YTD"])
    m.body = f"""{t.hello()}

Attached are the year-to-date volumes (aggregate counts only). Same-day cancellations for anticoagulant issues are down since the new pharmacist call-back process.

{t.bye()}
{t.sign('castonguay')}"""
    return m


def mm_case_en(t):
    m = Msg(t, "neg", "teaching_case", "de-identified morbidity and mortality case summary")
    age = t.randint(55, 85)
    sex = t.pick(["woman", "man"])
    ev = t.pick([("post-operative respiratory arrest on PACU discharge", "untreated OSA, hydromorphone PCA with basal infusion"),
                 ("epidural haematoma after catheter removal", "apixaban restarted 6 h after removal"),
                 ("local anaesthetic systemic toxicity during a fascia iliaca block", "90 mL of ropivacaine 0.5% in a 52 kg patient"),
                 ("aspiration at induction", "semaglutide not held, solid gastric contents on ultrasound")])
    staff = st(t.pick(["ashworth", "okonkwo", "archambault"]))
    m.frm = staff.addr()
    m.to = [("Anaesthesia M&M", f"anesthesie-md@{DOM}")]
    m.cc = [st("mctavish").addr()]
    m.subject = t.pick(["M&M rounds – case summary", "M&M this Thursday", "Case for discussion (de-identified)"])
    m.body = f"""{t.hello()}

Case for Thursday's M&M (details changed, no identifiers):

A {age}-year-old {sex}, ASA III, had {ev[0]}. Contributing factors identified: {ev[1]}. Recovered without lasting harm.

Learning points will focus on system issues, not individuals. Please do not look up or circulate chart details.

{staff.name('en')}"""
    return m


def blank_form_en(t):
    m = Msg(t, "neg", "blank_form", "blank consent / questionnaire form (PDF) with empty identity fields")
    kind = t.pick(["Consent for Interventional Pain Procedure", "Pre-Anaesthesia Questionnaire", "Opioid Treatment Agreement (template)"])
    blocks = [("title", kind),
              ("kv", [("Patient name", "_____________________________"), ("Date of birth (YYYY-MM-DD)", "__________"),
                      ("Health card no.", "______________________"), ("MRN", "__________"), ("Procedure", "_____________________________")]),
              ("p", "I understand the risks, including bleeding, infection, nerve injury, headache and allergic reaction. "
                    "I have had the opportunity to ask questions."),
              ("p", "Patient signature: ____________________   Date: __________\nWitness: ____________________"),
              ("small", f"Form HSA-DOUL-{t.randint(100, 199)} rev. {t.when.year} – {UNITS['DOUL'][1]}")]
    m.atts = [att_pdf(t.pick(["consent_blank.pdf", "form_template.pdf", f"HSA-DOUL-form.pdf"]), blocks, kind, "Pain Clinic")]
    m.frm = st("ferland").addr()
    m.to = [st("murray").addr(), st("seguin").addr()]
    m.subject = t.pick([f"New version: {kind}", "Blank form for printing", "Updated form – please replace old copies"])
    m.body = f"""{t.hello()}

Attached is the blank {kind.lower()} (new version). Please print from this file only.

{t.bye()}
{t.sign('ferland')}"""
    return m


def mailmerge_en(t):
    m = Msg(t, "neg", "template", "mail-merge appointment reminder template")
    m.frm = st("ferland").addr()
    m.to = [st("lafleur").addr()]
    m.subject = t.pick(["SMS/e-mail reminder template", "Template for automated reminders", "Reminder wording – please load"])
    m.body = f"""{t.hello('Marc-André')}

Here is the approved wording for the automated reminders. Merge fields are in double braces:

---
Hello {{{{PatientFirstName}}}} {{{{PatientLastName}}}},
This is a reminder of your appointment at the Chronic Pain Clinic on {{{{AppointmentDate}}}} at {{{{AppointmentTime}}}}.
Please bring your health card ({{{{HealthCardNumber}}}}) and your list of medications.
If you take a blood thinner, call us at {UNITS['DOUL'][2]} before your procedure.
To cancel, reply STOP or call {UNITS['DOUL'][2]}.
---

Please make sure the health card field is masked in the SMS version (last 4 characters only).

{t.bye()}
Nadia"""
    return m


def shortage_en(t):
    m = Msg(t, "neg", "drug_shortage", "drug shortage notice")
    drug = t.pick([("remifentanil 1 mg vials", "use fentanyl or sufentanil infusions; reserve remifentanil for neurosurgery"),
                   ("chloroprocaine 1% (spinal)", "use short-acting bupivacaine doses or prilocaine where available"),
                   ("dexmedetomidine 200 mcg/2 mL", "reserve for awake fibreoptic intubation and ICU"),
                   ("liposomal bupivacaine", "no substitute; regular ropivacaine infiltration")])
    m.frm = st("pepin").addr()
    m.to = [("Anaesthesia staff", f"anesthesie-md@{DOM}")]
    m.subject = t.pick([f"Shortage: {drug[0]}", "Drug shortage update", "Supply alert"])
    m.body = f"""{t.hello()}

Our wholesaler has notified us of a shortage of {drug[0]}, expected to last {t.randint(3, 10)} weeks.

Interim guidance: {drug[1]}.

We have about {t.randint(5, 25)} days of stock. I will update you weekly.

{t.sign('pepin')}"""
    return m


def recall_en(t):
    m = Msg(t, "neg", "recall", "infusion pump / set recall with lot numbers")
    lots = [t.c.mod97_serial(t.pick([9, 11, 13])) for _ in range(t.randint(2, 5))]
    prod = t.pick(["PCA administration set with anti-siphon valve (ref. PCA-4410)", "elastomeric pump 270 mL (ref. EL-270)",
                   "epidural infusion set, yellow line (ref. EPI-220)"])
    m.frm = ("Alpine Infusion Systems – Field Safety", partner_addr("alpine", "fieldsafety"))
    m.to = [st("charbonneau").addr()]
    m.cc = [st("okonkwo").addr(), st("lindgren").addr()]
    m.subject = t.pick(["URGENT Field Safety Notice – product recall", f"Recall: {prod.split(' (')[0]}", "Field Safety Notice FSN-2024-07"])
    ll = "\n".join(f"  Lot {x}" for x in lots)
    m.body = f"""Dear customer,

Alpine Infusion Systems is voluntarily recalling the {prod}. A manufacturing defect may cause over-infusion at flow rates below 2 mL/h.

Affected lots:
{ll}

Action: quarantine affected stock, complete the acknowledgement form and return it to fieldsafety@alpineinfusion.example within 10 days. No serious adverse events have been reported.

Field Safety Team
Alpine Infusion Systems – 1-800-555-0199"""
    if t.chance(0.4):
        buyer = st("charbonneau")
        prev = t.earlier(3, 40)
        subj0 = m.subject
        m.frm = buyer.addr()
        m.to = [st("okonkwo").addr(), st("lindgren").addr(), st("demers").addr()]
        m.cc = []
        m.subject = t.tr(subj0)
        m.body = f"""FYI – please check your unit stock for these lots and send them back to stores (S-012). Replacement sets are on order.

{buyer.given}

{t.fwd('Alpine Infusion Systems – Field Safety', 'fieldsafety@alpineinfusion.example', prev, subj0, buyer.plain(), m.body)}"""
    return m


def research_en(t):
    m = Msg(t, "neg", "research_protocol", "RCT protocol summary with eligibility criteria")
    n = t.randint(90, 200)
    m.frm = st("paradis").addr()
    m.to = [st(k).addr() for k in ("okonkwo", "ashworth", "gravel")]
    m.subject = t.pick(["ESP-KNEE trial – protocol v2.0", "REB approval received – ESP block study", "Study start-up meeting"])
    m.body = f"""{t.hello()}

The REB approved version 2.0 of the ESP-KNEE protocol.

Design: double-blind RCT, adductor canal + iPACK vs adductor canal alone after total knee arthroplasty
Sample size: {n} (power 90% to detect a 25% reduction in 24-h opioid consumption)
Inclusion: age 50-85, ASA I-III, primary unilateral TKA
Exclusion: chronic opioid use > 30 MME/day, BMI > 45, allergy to local anaesthetics, severe OSA

Screening logs are kept on the research drive; please do not e-mail participant names or chart numbers.

{t.sign('paradis')}"""
    return m


def occ_health_en(t):
    m = Msg(t, "neg", "occupational_health", "staff occupational health notice (employee, not patient)")
    e1 = t.pick(EMPLOYEES_EN)
    kind = t.pick([("needle-stick follow-up", f"{e1[0]} {e1[1]} from your team completed the 6-week bloodwork after the needle-stick of {t.short(t.past(40, 50))}; no further restriction."),
                   ("fitness to work", f"{e1[0]} {e1[1]} may return to full duties on {t.day(t.future(2, 10))} after a wrist fracture; no lifting over 10 kg for two more weeks."),
                   ("flu clinic", "The staff influenza vaccination clinic will be in the PACU lounge every Tuesday in November, 7:00-9:00 and 14:00-16:00.")])
    m.frm = st("hamelin").addr()
    m.to = [st(t.pick(["okonkwo", "demers", "archambault"])).addr()]
    m.subject = t.pick([f"Occupational health – {kind[0]}", "Employee health update", "OHS notice"])
    m.body = f"""{t.hello()}

{kind[1]}

Medical details remain in the employee health file and are not shared with managers.

{t.sign('hamelin')}"""
    return m


def baby_en(t):
    m = Msg(t, "neg", "staff_news", "colleague's baby announcement with birth date")
    par = t.pick(EMPLOYEES_EN + [(st("ashworth").given, st("ashworth").surname, "M"), (st("aziz").given, st("aziz").surname, "M")])
    bb = t.pick(["Amelia", "Theo", "Hazel", "Jack", "Isla", "Leo"])
    d = t.past(1, 6)
    m.frm = st("brisebois").addr()
    m.to = [("Anaesthesia team", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick([f"Welcome baby {bb}!", "Happy news", "Baby announcement"])
    m.body = f"""{t.hello()}

Happy to share that {par[0]} {par[1]} welcomed baby {bb} on {t.day(d, True)} (born {d.isoformat()}, {t.randint(6, 9)} lb {t.randint(1, 15)} oz). Everyone is healthy and resting at home.

A card and a gift collection are at the department office until Friday.

{t.sign('brisebois', 1)}"""
    return m


def journal_club_en(t):
    m = Msg(t, "neg", "education", "journal club invitation with article topic")
    d = t.future(5, 20)
    res = st(t.pick(["aziz", "vezina"]))
    art = t.pick(["Perioperative gabapentinoids and respiratory depression in older adults: a cohort study",
                  "Dexamethasone as a perineural adjuvant: systematic review", "Opioid-free anaesthesia for bariatric surgery: RCT",
                  "Pericapsular nerve group (PENG) block for hip fracture"])
    m.frm = st("mctavish").addr()
    m.to = [("Anaesthesia residents and staff", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick(["Journal club", f"Journal club {t.short(d)}", "JC – article for next week"])
    m.body = f"""{t.hello()}

Journal club on {t.day(d)} at 17:30 (Café Boréal, second floor). {res.name('en')} will present:

"{art}"

Pizza provided. RSVP by Monday.

{t.sign('mctavish')}"""
    return m


def interview_en(t):
    m = Msg(t, "neg", "candidate", "interview schedule for job candidates (HR)")
    d = t.future(7, 20)
    cands = t.c.rng.sample([("Hannah", "Whitaker"), ("Omar", "Siddiqui"), ("Claire", "Dubuisson"), ("Ethan", "Morrow"), ("Leila", "Nasser")], 3)
    rows = ["Time | Candidate | Position | Panel"]
    for i, c in enumerate(cands):
        rows.append(f"{9 + i}:00 | {c[0]} {c[1]} | Acute Pain Service Nurse | {st('okonkwo').name('en')}, {st('whitmore').plain()}")
    m.frm = st("whitmore").addr()
    m.to = [st("okonkwo").addr(), st("lindgren").addr()]
    m.subject = t.pick(["Interview schedule – APS nurse", "Candidate interviews", f"Interviews {t.day(d)}"])
    table = "\n".join(rows)
    m.body = f"""{t.hello()}

Here is the interview schedule for {t.day(d)} (room C-210):

{table}

CVs are in the HR shared folder. Please keep candidate information confidential.

{t.sign('whitmore')}"""
    return m


def vendor_quote_en(t):
    m = Msg(t, "neg", "quote", "vendor quote for RF generator with serial and model numbers")
    q = f"Q-{t.randint(10000, 99999)}"
    serial = t.c.luhn_serial(9)
    m.frm = ("Sales – MédiÉquip Nordique", partner_addr("mediequip", "ventes"))
    m.to = [st("benslimane").addr(), st("charbonneau").addr()]
    m.subject = t.pick([f"Quote {q} – RF generator", "Your quotation request", "Demo unit and pricing"])
    m.body = f"""{t.hello()}

Following the demo in your pain clinic, here is quote {q}:

- RF-220 four-channel radiofrequency generator: $41,500.00
- Cooled RF kit (starter): $3,200.00
- Training (2 half-days, on site): included
- Trade-in credit, current unit S/N {serial[:3]}-{serial[3:6]}-{serial[6:]}: -$4,000.00

Valid 60 days. Delivery 6-8 weeks.

Sales team – MédiÉquip Nordique inc.
418-555-0129"""
    return m


def staff_vcard_en(t):
    m = Msg(t, "neg", "staff_contact", "new staff member contact card and welcome meeting")
    e1 = t.pick(EMPLOYEES_EN)
    email = emp_email(*e1)
    d = t.future(2, 10)
    m.atts = [att_vcf(f"{e1[0]} {e1[1]}.vcf", family=e1[1], given=e1[0], org=f"{HOSP} – {UNITS['DOUL'][1]}",
                      title="Clinical Nurse", tels=[("WORK", f"{UNITS['DOUL'][2]} x4533")], emails=[email])]
    if t.chance(0.5):
        m.atts.append(att_ics("welcome.ics", uid=f"welcome-{t.rng.getrandbits(32):08x}@{DOM}", start=t.at(d, 12, 0), end=t.at(d, 12, 30),
                              summary=f"Welcome coffee – {e1[0]} {e1[1]}", location="Pain clinic staff room",
                              organizer=(st("murray").plain(), st("murray").email)))
    m.frm = st("murray").addr()
    m.to = [("Chronic Pain Clinic team", f"douleur-equipe@{DOM}")]
    m.subject = t.pick([f"Welcome {e1[0]}!", "New team member", "Please welcome our new nurse"])
    m.body = f"""{t.hello()}

Please welcome {e1[0]} {e1[1]}, RN, who joins the clinic on {t.day(d)}. {e1[0]} comes from the cardiac surgery ICU and will take over the ketamine and lidocaine infusion clinic. Contact card attached.

{t.bye()}
Kathleen"""
    return m
