"""Non-confidential (hard negative) messages in English."""
import datetime

import gen_attach as A
import gen_common as C
from gen_ctx import day
from gen_mime import Att, Mail, Quote, Table, Pre

L = "en"


def _hi(r):
    return r.choice(["Hi all,", "Hello everyone,", "Good morning,", "Hi team,", "Dear colleagues,"])


def blood_drive_en(c):
    r = c.rng
    st = c.staff(role="manager", lang="en")
    d = c.soon(7, 40)
    blocks = [_hi(r), "Our Lifeblood Challenge is back! The mobile donor clinic will be in the main lobby on %s from 10:00 to 18:00." % C.fmt_date(d, L),
              "Last year %d staff donated; this year the Blood Bank team (led by %s) challenges the ICU." % (r.randint(60, 140), c.who(st)),
              "Book your slot at donate.%s or call %s. Eligibility: 17+, 50 kg+, feeling well." % (C.DOMAINS_EXT["supplier"], C.clinic_phone(r, False)),
              c.sig(st)]
    return c.mail("blood_drive", "staff blood donor challenge announcement", c.pair(st), [c.org_box("allstaff", "All Staff")],
                  r.choice(["Lifeblood Challenge - donate on %s" % C.fmt_date(d, L, True), "Blood donor clinic in the lobby"]), blocks,
                  form=r.choice(["html", "alt", None]))


def platelet_appeal(c):
    r = c.rng
    md = c.staff(role="chief", lang="en")
    n = r.randint(2, 6)
    blocks = [_hi(r), "Platelet inventory is critically low: %d adult doses on hand versus a target of %d. The supplier expects to recover by %s." % (n, r.randint(12, 20), C.fmt_date(c.soon(3, 14), L)),
              "Until then, please follow the restrictive thresholds: prophylaxis at <10 x10^9/L, <20 with fever, <50 for procedures; one dose at a time with a post count.",
              "Orders outside these thresholds will be reviewed by the transfusion medicine physician on call.", c.sig(md)]
    return c.mail("inventory", "platelet shortage appeal to prescribers", c.pair(md), [c.org_box("medstaff", "Medical Staff")],
                  "Platelet shortage - restrictive thresholds in effect", blocks)


def recall_en(c):
    r = c.rng
    mgr = c.staff(role="manager", lang="en")
    prod = r.choice(["Gamunex-C 10% 20 g", "Privigen 10 g", "albumin 25% 100 mL", "fibrinogen concentrate 1 g"])
    rows = []
    for _ in range(r.randint(2, 4)):
        core, chk = C.new_din(r, "W0%03d" % r.randint(100, 999))
        rows.append(["%s%s" % (core[5:], chk), (day(r, start=(2025, 2, 1))).isoformat(), str(r.randint(0, 14))])
    blocks = [_hi(r), "The manufacturer has issued a voluntary recall of %s for possible particulate matter. Affected lots:" % prod,
              Table(["Lot", "Expiry", "Vials on hand"], rows),
              "Quarantine immediately and return via the blood bank. No adverse events have been reported.", c.sig(mgr)]
    return c.mail("recall", "plasma-product lot recall", c.pair(mgr), [c.org_box("pharmacy", "Pharmacy"), c.org_box("bloodbank", "Blood Bank")],
                  "RECALL: " + prod, blocks)


def shortage_en(c):
    r = c.rng
    ph = c.staff(role="pharm", lang="en")
    drug = r.choice(["vitamin K (phytonadione) 10 mg/mL", "protamine sulfate", "enoxaparin 300 mg/3 mL multi-dose vials", "iron sucrose"])
    blocks = [_hi(r), "Heads up: national shortage of %s. Our supply covers about %d days." % (drug, r.randint(5, 30)),
              "Alternatives and conservation strategies are in the attached bulletin; the Pharmacy & Therapeutics chair, %s, has approved the interim substitution." % C.dr(L, "Ravi", "Sundaram", "M"),
              c.sig(ph)]
    atts = []
    if r.random() < 0.5:
        atts.append(Att("shortage_bulletin.pdf", "application/pdf",
                        data=A.pdf("Drug Shortage Bulletin", ["Product: " + drug, "Expected duration: 6-8 weeks",
                                                              "Interim measures: restrict to approved indications; use alternative product where listed."])))
    return c.mail("drug_shortage", "drug shortage bulletin", c.pair(ph), [c.org_box("prescribers", "Prescribers")],
                  "Drug shortage: " + drug.split(" (")[0], blocks, atts=atts)


def minutes_en(c):
    r = c.rng
    sec = c.staff(role="clerk", lang="en")
    present = ", ".join(C.dr(L, g, s, x) for g, s, x in r.sample(C.staff_names(L, "hemato"), 4))
    blocks = ["Transfusion Committee - minutes (draft)",
              "Present: %s; R. Henderson (TSO); W. Chu (Pharmacy); C. Hargreaves (Lab)." % present,
              "1. RBC appropriateness audit: %d%% of orders met criteria (target 85%%). Single-unit policy uptake improving on surgery." % r.randint(70, 92),
              "2. Wastage: %d units expired last quarter, mostly platelets." % r.randint(10, 60),
              "3. Dr. Owen Baptiste presented the new massive haemorrhage protocol; approved with minor edits.",
              "4. Reported events (aggregate): %d FNHTR, %d allergic, %d TACO. No TRALI." % (r.randint(2, 10), r.randint(1, 8), r.randint(0, 4)),
              "Next meeting: " + C.fmt_date(c.soon(20, 40), L), c.sig(sec)]
    return c.mail("committee_minutes", "transfusion committee draft minutes with aggregate data", c.pair(sec),
                  [c.org_box("transfusion-committee", "Transfusion Committee")], "Draft minutes - Transfusion Committee", blocks)


def usage_stats_en(c):
    r = c.rng
    tso = c.staff(role="hv", lang="en")
    units = ["Medicine", "Surgery", "ICU", "Oncology", "ED", "Obstetrics"]
    rows = [[u, r.randint(20, 300), r.randint(5, 80), r.randint(10, 120), "%.1f" % r.uniform(0.5, 6)] for u in units]
    data = A.xlsx_file([("Q%d" % r.randint(1, 4), ["Service", "RBC", "Platelets", "Plasma", "Wastage %"], rows)], author=c.who(tso))
    blocks = [_hi(r), "Quarterly blood product utilisation by service is attached (aggregate counts only).",
              "Highlights: ICU plasma use down %d%% since the new INR threshold." % r.randint(5, 30), c.sig(tso)]
    return c.mail("statistics", "aggregate blood utilisation by service (XLSX)", c.pair(tso), [c.org_box("managers", "Unit Managers")],
                  "Blood utilisation report", blocks,
                  atts=[Att("utilisation_by_service.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)])


def shift_schedule_en(c):
    r = c.rng
    sup = c.staff(role="manager", lang="en")
    techs = ["%s %s" % (g, s) for g, s, _ in C.staff_names(L, "tech")]
    rows = [[t] + [r.choice(["D", "E", "N", "off", "off", "V"]) for _ in range(7)] for t in techs]
    blocks = [_hi(r), "Blood bank MLT schedule for the next block below. Swaps must be approved by me in writing.",
              Table(["Tech", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], rows),
              r.choice(["V = approved vacation.", "Note: Megan is on modified duties after her wrist surgery - no evening shifts until cleared by Occupational Health."]),
              c.sig(sup)]
    return c.mail("staff_schedule", "MLT shift schedule", c.pair(sup), [c.org_box("bb-techs", "Blood Bank Techs")],
                  "BB schedule - next block", blocks, form=r.choice(["html", "alt"]))


def leave_en(c):
    r = c.rng
    mgr = c.staff(role="manager", lang="en")
    emp = c.staff(role="tech", lang="en")
    blocks = ["Hi %s," % emp["given"],
              r.choice(["Your vacation request for %s to %s is approved." % (C.fmt_date(c.soon(20, 30), L), C.fmt_date(c.soon(34, 44), L)),
                        "Occupational Health has cleared you to return from sick leave (influenza) on Monday, no restrictions.",
                        "Following your needle-stick injury report, Employee Health will see you tomorrow at 9:00 for baseline bloodwork. This is confidential to you and Employee Health."]),
              "Let me know if anything changes.", c.sig(mgr)]
    return c.mail("staff_leave", "staff leave / employee health message", c.pair(mgr), [c.pair(emp)],
                  r.choice(["Leave request", "Return to work", "Employee Health follow-up"]), blocks)


def payroll_en(c):
    r = c.rng
    pay = ("Payroll Services", "payroll@" + C.ORG_FR["domain"])
    blocks = [_hi(r), "Your %d tax slips (T4 and RL-1) are now available in the employee portal. For security, slips show only the last three digits of your SIN (XXX-XXX-%03d is an example format)." % (2023, r.randint(0, 999)),
              "Direct deposit changes submitted after the 15th take effect the following pay period.",
              "Payroll Services - ext. %d" % r.randint(4000, 4999)]
    return c.mail("payroll", "payroll notice about tax slips", pay, [c.org_box("allstaff", "All Staff")],
                  "Tax slips available", blocks)


def job_en(c):
    r = c.rng
    hr = c.staff(role="hr", lang="en")
    post = r.choice(["Charge Technologist, Transfusion Medicine", "Haematology Nurse Navigator (1.0 FTE)", "Apheresis RN (temporary, 12 months)",
                     "Transfusion Safety Officer"])
    blocks = [_hi(r), "We are recruiting: %s. Competition #%05d." % (post, r.randint(10000, 99999)),
              "Requirements: relevant licence, 3+ years' experience, bilingualism (French/English) an asset.",
              "Apply by %s through the careers portal." % C.fmt_date(c.soon(10, 30), L), c.sig(hr)]
    return c.mail("job_posting", "job posting", c.pair(hr), [c.org_box("allstaff", "All Staff")], "Job posting - " + post, blocks)


def po_en(c):
    r = c.rng
    buyer = c.staff(role="manager", lang="en")
    vend = ("Order Desk", "orders@" + C.DOMAINS_EXT["vendor_en"])
    items = [("Apheresis kit, plasma exchange", 1850.0), ("Platelet agitator service contract", 2400.0),
             ("Blood warmer disposable set", 38.5), ("Temperature data logger", 129.0), ("Cooler, validated 24 h", 310.0)]
    rows = [[n, str(q), "%.2f" % p, "%.2f" % (q * p)] for (n, p), q in zip(r.sample(items, 3), [r.randint(1, 20) for _ in range(3)])]
    po = "PO-%07d" % r.randint(0, 9999999)
    paras = ["Purchase Order " + po, "Ship to: Blood Bank, room 1-240, " + C.ORG_EN["addr"],
             "Bill to: Accounts Payable, " + C.ORG_EN["name"], "Vendor #: %05d   Terms: Net 30" % r.randint(0, 99999),
             ("table", ["Item", "Qty", "Unit price", "Extended"], rows),
             "Authorised by: %s, Laboratory Manager" % c.who(buyer)]
    data = A.docx_file("Purchase Order " + po, paras, author=c.who(buyer))
    blocks = ["Hello,", "Please process the attached purchase order and confirm delivery date.", c.sig(buyer)]
    return c.mail("purchase_order", "purchase order to supplier (DOCX)", c.pair(buyer), [vend], po, blocks,
                  atts=[Att(po + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])


def it_en(c):
    r = c.rng
    it = c.staff(role="it", lang="en")
    blocks = [_hi(r), r.choice(["We have seen phishing emails claiming to be from 'LIS Support' asking you to re-enter your password. Do not click. IT will never ask for your password by email.",
                               "The blood bank information system will be upgraded on Sunday 02:00-05:00. Use downtime forms and the manual issue log.",
                               "Windows updates will be pushed to all lab workstations tonight; please save your work and leave PCs on."]),
              "Service Desk: ext. 4357 or servicedesk@%s" % C.ORG_FR["domain"], c.sig(it)]
    return c.mail("it_notice", "IT notice", c.pair(it), [c.org_box("lab-all", "Laboratory - all")],
                  r.choice(["Phishing alert", "Planned downtime - BBIS", "Workstation updates tonight"]), blocks)


def facilities_en(c):
    r = c.rng
    fac = ("Facilities Management", "facilities@" + C.ORG_FR["domain"])
    blocks = [_hi(r), r.choice(["Generator load testing on Saturday 06:00-06:30: brief power transfer on emergency circuits. Blood bank fridges are on red outlets and will not be affected.",
                               "Elevator 4 will be out of service Tuesday for inspection; use elevator 2 for blood product transport.",
                               "The HVAC work in the 2nd floor lab corridor starts Monday; expect noise between 8:00 and 16:00."]),
              "Facilities Management | %s" % C.clinic_phone(r).replace("poste", "ext.")]
    return c.mail("facilities", "facilities notice", fac, [c.org_box("lab-all", "Laboratory - all")],
                  r.choice(["Generator test Saturday", "Elevator 4 out of service", "HVAC work - 2nd floor"]), blocks)


def teaching_en(c):
    r = c.rng
    doc = c.staff(role="hemato", lang="en")
    case = r.choice(["A 45-year-old woman presents with fatigue; Hb 82 g/L, MCV 112 fL, hypersegmented neutrophils on smear. What next?",
                     "A 29-year-old man with a 3-day history of confusion; platelets 14, schistocytes, LDH 1500. What is the urgent management?",
                     "A 72-year-old on apixaban needs urgent hip surgery; last dose 10 hours ago. How do you plan perioperative management?"])
    blocks = [_hi(r), "Smear/case of the week (de-identified, from the teaching file):", case, "Answers Friday at morning report.", c.sig(doc)]
    return c.mail("teaching_case", "de-identified teaching case", c.pair(doc), [c.org_box("residents", "Residents")],
                  "Case of the week", blocks)


def blank_form_en(c):
    r = c.rng
    tso = c.staff(role="hv", lang="en")
    if r.random() < 0.5:
        data = A.pdf("Request for IVIG - blank form (v4)", ["Patient name: ______________________", "DOB: ____/____/______   MRN: __________",
                                                            "Weight (kg): ______", "Indication (tick one): [ ] ITP  [ ] CIDP  [ ] PID  [ ] Other ____",
                                                            "Prescriber signature: ________________"])
        blocks = [_hi(r), "Version 4 of the IVIG request form is attached. Please discard older versions.", c.sig(tso)]
        atts = [Att("IVIG_request_form_v4_blank.pdf", "application/pdf", data=data)]
        subj = "New IVIG request form (blank)"
    else:
        tpl = "Dear {{FirstName}} {{LastName}},\n\nThis is a reminder of your appointment at the Haematology Clinic on {{ApptDate}} at {{ApptTime}}.\nPlease bring your health card ({{HIN}}) and a list of your medications.\n\nHaematology Clinic, %s" % C.clinic_phone(r, False)
        blocks = [_hi(r), "Draft mail-merge template for appointment reminders - please proofread:", Pre(tpl), c.sig(tso)]
        atts = []
        subj = "Reminder letter template - review"
    return c.mail("blank_form", "blank form or mail-merge template", c.pair(tso), [c.org_box("clinic-staff", "Clinic Staff")], subj, blocks, atts=atts)


def newsletter_en(c):
    r = c.rng
    com = ("Transfusion Safety News", "tsn@" + C.ORG_FR["domain"])
    blocks = ["Transfusion Safety News - %s issue" % C.MONTHS[r.randint(0, 11)],
              "Congratulations to Dr. Grace Okafor, whose work on sickle cell disease transfusion protocols won the regional quality award.",
              "Ms. Hannah Whitcombe joins us as Transfusion Safety Officer; Mr. Ian Strachan retires after 28 years in the blood bank.",
              "Did you know? %d%% of RBC orders last month were single-unit orders." % r.randint(55, 85),
              "Questions: tsn@%s | %s" % (C.ORG_FR["domain"], C.clinic_phone(r, False))]
    return c.mail("newsletter", "transfusion safety newsletter", com, [c.org_box("allstaff", "All Staff")],
                  "Transfusion Safety News", blocks, form=r.choice(["html", "alt"]))


def birthday_en(c):
    r = c.rng
    org = c.staff(role="clerk", lang="en")
    col = c.staff(role="tech", lang="en")
    y = r.randint(1964, 1994)
    d = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
    blocks = [_hi(r), "%s turns %d on %s (born %s - yes, really!). Cake in the lab lounge at 15:00." % (
        c.who(col), 2024 - y, C.fmt_date(d.replace(year=2024), L), d.isoformat()),
              "Card is circulating; see me to sign.", c.sig(org)]
    return c.mail("staff_news", "staff birthday celebration", c.pair(org), [c.org_box("lab-all", "Laboratory - all")],
                  "Birthday cake Friday!", blocks)


def grand_rounds_en(c):
    r = c.rng
    org = c.staff(role="clerk", lang="en")
    d = c.soon(5, 30)
    spk = r.choice([(C.dr(L, "Amira", "Haddad", "F"), "Gene therapy for haemophilia: five years on"),
                    (C.dr(L, "Kevin", "Lindqvist", "M"), "Cold agglutinin disease: new treatments"),
                    (C.dr(L, "Priya", "Raman", "F"), "Patient blood management in cardiac surgery")])
    st = datetime.datetime(d.year, d.month, d.day, 12, 0)
    ics = A.ics_text("rounds-%08x@chrvo.example" % r.getrandbits(32), st, st + datetime.timedelta(hours=1), "Medical Grand Rounds - " + spk[1],
                     "Auditorium A / Teams", "Speaker: %s" % spk[0], (c.who(org), org["addr"]), method="PUBLISH")
    blocks = [_hi(r), "Medical Grand Rounds, %s at noon: %s - \"%s\". Lunch provided." % (C.fmt_date(d, L), spk[0], spk[1]), c.sig(org)]
    return c.mail("conference", "grand rounds announcement with calendar file", c.pair(org), [c.org_box("medstaff", "Medical Staff")],
                  "Grand Rounds: " + spk[1], blocks, atts=[Att("grand_rounds.ics", "text/calendar", text=ics)])


def research_en(c):
    r = c.rng
    coord = c.staff(role="nurse", lang="en")
    blocks = [_hi(r), "Protocol amendment 3 for the %s study has been approved by the REB." % r.choice(["PLT-THRESH", "IRON-PREOP", "TXA-HAEM"]),
              Pre("Changes:\n- inclusion age lowered to 16\n- additional ferritin draw at day 30\n- target sample size now %d\nNo participant-identifying data is shared with the sponsor." % r.randint(200, 800)),
              "Updated consent form (blank) to follow.", c.sig(coord)]
    return c.mail("research_protocol", "research protocol amendment without participants", c.pair(coord),
                  [c.org_box("research", "Research Office")], "Protocol amendment approved", blocks)


def eqa_en(c):
    r = c.rng
    q = c.staff(role="manager", lang="en")
    rows = [["IH-%02d" % i, r.choice(["O pos", "A neg", "B pos"]), r.choice(["anti-Fya", "anti-E + anti-c", "negative", "anti-K"]), "Acceptable"] for i in range(1, 6)]
    blocks = [_hi(r), "External quality assessment survey %d-%s results are in - 5/5 acceptable for immunohaematology." % (2024, r.choice("ABC")),
              Table(["Specimen", "ABO/Rh", "Antibody ID", "Grade"], rows),
              "Specimens are proficiency-test samples, not patient material. Well done everyone!", c.sig(q)]
    return c.mail("proficiency_testing", "external quality assessment results", c.pair(q), [c.org_box("bb-techs", "Blood Bank Techs")],
                  "EQA results - immunohaematology", blocks)


def equipment_en(c):
    r = c.rng
    bio = c.staff(role="manager", lang="en")
    rows = []
    for name in ["Blood bank refrigerator", "Plasma freezer", "Platelet incubator", "Cell washer", "Gel card centrifuge", "Blood warmer"]:
        rows.append([name, C.luhn_serial(r, 9), C.luhn_serial(r, 10), (c.soon(5, 60)).isoformat()])
    csv = A.csv_text(["Equipment", "Serial", "Asset tag", "PM due"], rows, sep=",")
    blocks = [_hi(r), "Preventive maintenance due list attached. Please make equipment available on the listed dates.", c.sig(bio)]
    return c.mail("equipment_list", "equipment preventive-maintenance list with serial numbers", c.pair(bio),
                  [c.org_box("bloodbank", "Blood Bank")], "PM due - blood bank equipment", blocks,
                  atts=[Att("pm_due.csv", "text/csv", text=csv, charset="us-ascii")])


def referral_guide_en(c):
    r = c.rng
    clerk = c.staff(role="clerk", lang="en")
    rows = [[C.dr(L, "Grace", "Okafor", "F"), "sickle cell disease, thalassaemia"], [C.dr(L, "Kevin", "Lindqvist", "M"), "lymphoma, CLL"],
            [C.dr(L, "Amira", "Haddad", "F"), "haemophilia, von Willebrand disease"], [C.dr(L, "Neil", "Fraser", "M"), "myeloma, amyloidosis"],
            [C.dr(L, "Priya", "Raman", "F"), "thrombosis, anticoagulation"]]
    blocks = ["Dear referring physicians,", "Updated haematology referral guide:", Table(["Haematologist", "Clinical focus"], rows),
              "Urgent referrals (e.g., suspected acute leukaemia): page the haematologist on call at %s." % C.clinic_phone(r), c.sig(clerk)]
    return c.mail("physician_directory", "referral guide listing physicians and conditions", c.pair(clerk),
                  [c.box("clinic_en", "physicians", "Maplefield FHT Physicians")], "Haematology referral guide - update", blocks)


def reschedule_thread_en(c):
    r = c.rng
    a = c.staff(role="hemato", lang="en")
    b = c.staff(role="clerk", lang="en")
    q = ["Hi %s," % a["given"], "Could we move the haemophilia clinic team huddle from Tuesday to Thursday 8:00? Two nurses are at the ISTH meeting.", "Thanks, %s" % b["given"]]
    blocks = ["Thursday works. Please book room 3B-114 and send the invite.", c.sig(a),
              Quote("On %s, %s wrote:" % (c.qdate(), c.who(b)), q)]
    return c.mail("meeting_reschedule", "reply about rescheduling a staff huddle", c.pair(a), [c.pair(b)],
                  "RE: huddle time", blocks, in_reply_to=True)


def audit_en(c):
    r = c.rng
    tso = c.staff(role="hv", lang="en")
    pct = r.randint(62, 94)
    data = A.pdf("Audit: Bedside Transfusion Practice", ["Sample: %d transfusion episodes (random, de-identified)" % r.randint(40, 120),
                                                         "Two-person independent check documented: %d%%" % pct,
                                                         "Vitals within 15 minutes: %d%%" % r.randint(60, 95),
                                                         "Consent documented: %d%%" % r.randint(70, 99),
                                                         "Recommendations: reinforce bedside check; e-learning module."])
    blocks = [_hi(r), "Results of the bedside transfusion audit are attached (aggregate, no patient identifiers).", c.sig(tso)]
    return c.mail("audit_report", "aggregate bedside transfusion audit (PDF)", c.pair(tso), [c.org_box("nurse-managers", "Nurse Managers")],
                  "Bedside transfusion audit results", blocks, atts=[Att("bedside_audit.pdf", "application/pdf", data=data)])


def fwd_eml_en(c):
    r = c.rng
    a = c.staff(role="chief", lang="en")
    b = c.staff(role="manager", lang="en")
    inner = Mail(L, "inner", "", ("Regional Blood Supplier", "hospitalservices@" + C.DOMAINS_EXT["supplier"]), [c.pair(a)],
                 "Customer letter: change to platelet additive solution",
                 ["Dear hospital customer,", "Starting next quarter all apheresis platelets will be stored in platelet additive solution. Dosing and ABO selection guidance are unchanged.",
                  "Contact your hospital liaison, Ms. Joan Tulloch, with questions."])
    blocks = ["FYI - please update the product monograph in the SOP binder.", c.sig(a)]
    return c.mail("forwarded_notice", "forwarded supplier customer letter as attached message", c.pair(a), [c.pair(b)],
                  "Fwd: Customer letter: change to platelet additive solution", blocks,
                  atts=[Att("Customer letter.eml", "message/rfc822", msg=inner)])


TEMPLATES = [blood_drive_en, platelet_appeal, recall_en, shortage_en, minutes_en, usage_stats_en, shift_schedule_en,
             leave_en, payroll_en, job_en, po_en, it_en, facilities_en, teaching_en, blank_form_en, newsletter_en,
             birthday_en, grand_rounds_en, research_en, eqa_en, equipment_en, referral_guide_en, reschedule_thread_en,
             audit_en, fwd_eml_en]
