"""Negative messages, English, part A: shortages, recalls, P&T agenda, formulary updates, technician schedules,
leave, payroll, occupational health, newsletters, conferences, job postings, invoices."""
import datetime

import gen_attach as A
import gen_common as G
from gen_build import Att, Mail, as_forward, as_reply, reply_id
from gen_neg_fr_a import MAKERS, PRODUCTS, din, exp_date, lot, money


def en_staff(c, n):
    names = [G.S[k].name for k in ("atp1", "atp2", "atp3", "atp4", "atp5", "atp6")] + [f"{g} {s}" for g, s in G.EXTRA_STAFF_EN]
    c.rng.shuffle(names)
    return names[:n]


# --------------------------------------------------------------------------- 1. shortage notice
def shortage_notice(c):
    prod = c.ch(PRODUCTS)
    ret = c.day(c.ri(14, 80), False)
    sender = c.ch(["sn_ph", "ph6"])
    body = [("p", c.ch(["Dear prescribers,", "Hello all,", "To all nursing units and prescribers:"])),
            ("p", f"{c.ch(MAKERS)} has reported a supply disruption for {prod[1]} (pack of {prod[2]}, DIN {din(c)}). "
                  f"Estimated resolution: {G.en_date(ret)}."),
            ("list", c.rng.sample([
                "Existing patients will be contacted by the INR clinic if a change in tablet strength is needed.",
                "Please do not hoard stock on the units; pharmacy will top up every 48 hours.",
                "The P&T Committee has approved temporary substitution with an alternate strength.",
                "No action is needed for patients on DOACs.",
                "Allocation from the wholesaler is limited to 80% of last quarter's usage.",
            ], 3)),
            ("p", "Questions: Pharmacy Procurement, ext. 2240.")] + c.sig(sender, full=True)
    return Mail("shortage_notice", "drug shortage notice to prescribers", c.ch([
        f"Drug shortage: {prod[1]}", f"SHORTAGE ALERT - {prod[1].split(' tab')[0]}", "Supply disruption notice"]),
        c.a(sender, "en"), [("All prescribers", "prescribers@southnation-hc.example")], body)


# --------------------------------------------------------------------------- 2. recall notice
def recall_notice(c):
    prod = c.ch(PRODUCTS)
    lots = [(lot(c), exp_date(c)) for _ in range(c.ri(1, 4))]
    body = [("p", "Customer notice - voluntary recall"),
            ("p", f"{c.ch(MAKERS)} is recalling the lots below of {prod[1]} due to "
                  f"{c.ch(['a labelling error on the outer carton', 'out-of-specification assay results', 'possible cracked syringe barrels'])}. "
                  "This is a retail/hospital-level recall; no patient-level action is required."),
            ("table", ["Lot", "Expiry", "DIN", "Serial range"],
             [[l, e, din(c), f"{G.luhn_serial(c.rng, 8)}-{G.luhn_serial(c.rng, 8)}"] for l, e in lots]),
            ("p", "Please quarantine affected stock and return the response form within 10 business days.")] + c.sig("rep2")
    atts = []
    if c.p(0.45):
        atts.append(Att("csv", "recall_lots.csv", A.make_csv(["lot", "expiry", "qty_shipped_to_you"],
                                                             [[l, e, str(c.ri(1, 20))] for l, e in lots])))
    mail = Mail("recall_notice", "product recall with lot numbers", c.ch([f"RECALL - {prod[1]}", "Voluntary recall notice",
                                                                          "Product recall: action required"]),
                c.a("rep2", "en"), [c.a("sn_ph", "en"), ("Receiving", "receiving@southnation-hc.example")], body, atts=atts)
    if c.p(0.3):
        return as_forward(c, mail, "sn_ph", "Techs - please pull these lots from the ADCs today and let me know the counts.",
                          to=[("Pharmacy technicians", "techs@southnation-hc.example")])
    return mail


# --------------------------------------------------------------------------- 3. P&T agenda (ICS)
def pt_agenda(c):
    when = c.day(c.ri(6, 20))
    start = datetime.datetime.combine(when, datetime.time(c.ch([7, 12]), 30))
    items = c.rng.sample([
        "Dr. Ian McKenna - peripheral arterial disease: low-dose rivaroxaban plus ASA",
        "Dr. Antoine Mercier (Hematology) - heparin-induced thrombocytopenia order set",
        "Formulary request: edoxaban (reviewer: Rachel Kim, RPh)",
        "Andexanet/PCC reversal protocol for major bleeding on factor Xa inhibitors",
        "Medication incident summary - anticoagulants, Q2 (aggregate)",
        "Shortage update: tinzaparin, warfarin 3 mg",
        "Approval of previous minutes",
    ], 5)
    body = [("p", "Good afternoon P&T members,"),
            ("p", f"The next Pharmacy & Therapeutics Committee meeting is {G.en_date(when, day=True)}, "
                  f"{start.strftime('%H:%M')}-{(start + datetime.timedelta(hours=1)).strftime('%H:%M')}, Boardroom B / Teams."),
            ("list", items), ("p", "Pre-reading will be posted on the shared drive Friday.")] + c.sig("sn_ph")
    atts = []
    if c.p(0.7):
        atts.append(Att("ics", "PT_meeting.ics", A.make_ics(f"{c.hexs(22)}@southnation-hc.example", start,
                                                            start + datetime.timedelta(hours=1), "P&T Committee",
                                                            location="Boardroom B", stamp=c.dt.replace(tzinfo=None),
                                                            organizer=(c.who("sn_ph").name, c.who("sn_ph").addr))))
    return Mail("pt_agenda", "P&T committee meeting agenda", c.ch(["P&T Committee - agenda", f"P&T meeting {G.short_date(when, 'en')}"]),
                c.a("sn_ph", "en"), [c.a("sn_md", "en"), c.a("md1", "en"), ("P&T members", "pt-committee@southnation-hc.example")],
                body, atts=atts)


# --------------------------------------------------------------------------- 4. formulary update
def formulary_update(c):
    body = [("p", "Formulary update from the Pharmacy & Therapeutics Committee"),
            ("list", c.rng.sample([
                "ADDED: edoxaban 30 mg and 60 mg tablets - restricted to non-valvular AF and VTE per the DOAC order set.",
                "REMOVED: warfarin 3 mg tablets (use 1 mg and 2 mg combinations).",
                "CRITERIA: idarucizumab restricted to life-threatening bleeding or urgent surgery in patients on dabigatran; "
                "approval by Dr. Antoine Mercier or the on-call hematologist.",
                "NEW ORDER SET: perioperative anticoagulation (bridging) - champion Dr. Tomasz Kowalski, orthopaedics.",
                "THERAPEUTIC INTERCHANGE: dalteparin to tinzaparin during the shortage, dose 175 IU/kg.",
            ], 3)),
            ("p", "Changes take effect on the first of next month. Questions to the drug information pharmacist.")] + c.sig("chef")
    mail = Mail("formulary_update", "formulary changes memo", c.ch(["Formulary update", "P&T decisions - formulary changes"]),
                c.a("chef", "en"), [c.a("md3", "en")], body, mode=c.ch(["html", "alt", "plain"]))
    if c.p(0.35):
        return as_reply(c, mail, "Thanks - will the new order set be live in the EHR by then? Cardiology will want a heads-up.")
    mail.to = [("Medical staff", "medstaff@deuxrives.example")]
    return mail


# --------------------------------------------------------------------------- 5. technician schedule
def tech_schedule(c):
    names = en_staff(c, c.ri(5, 8))
    start = c.date - datetime.timedelta(days=c.date.weekday()) + datetime.timedelta(days=7)
    days = [start + datetime.timedelta(days=i) for i in range(5)]
    header = ["Technician"] + [d.strftime("%a %d") for d in days]
    rows = [[n] + [c.ch(["D 0700", "E 1500", "OFF", "D 0800", "IV room", "Narc count", "VAC"]) for _ in days] for n in names]
    v = c.variant % 2
    body = [("p", "Hi all,"),
            ("p", c.ch(["Next week's technician schedule is below. Shift swaps need approval by Wednesday noon.",
                        "Updated rota - Kevin is covering the IV room Tuesday.",
                        "Please check your shifts; the narcotic count rotation changed."]))]
    atts = []
    if v:
        atts.append(Att("xlsx", f"tech_schedule_{start.isoformat()}.xlsx", A.make_xlsx([("Rota", header, rows)],
                                                                                      c.dt.replace(tzinfo=None))))
    else:
        body.append(("table", header, rows))
    body += c.sig("atp1", full=False)
    return Mail("tech_schedule", "pharmacy technician schedule", c.ch([f"Tech schedule w/o {start.strftime('%b %d')}",
                                                                       "Technician rota", "Schedule update"]),
                c.a("atp1", "en"), [("Pharmacy technicians", "techs@deuxrives.example")], body, atts=atts)


# --------------------------------------------------------------------------- 6. leave request
def leave_request(c):
    k = c.ch(["atp3", "atp6", "ph3", "sn_rn"])
    s = c.who(k)
    d1 = c.day(c.ri(15, 80))
    d2 = d1 + datetime.timedelta(days=c.ri(3, 12))
    q = [("p", "Hi Isabelle,"),
         ("p", f"I'd like to request vacation from {G.en_date(d1)} to {G.en_date(d2)}. "
               f"{c.ch(['Tina offered to swap the weekend.', 'I have 6 days banked.', 'It is for my sister’s wedding in Halifax.'])}"),
         ("p", "Thanks!")] + c.sig(k, full=False, disclaimer=False)
    body = [("p", c.ch(["Approved - enjoy!", "Approved. Please update the shared calendar.",
                        "Approved, pending coverage for the Saturday."]))] + c.sig("chef", full=False, disclaimer=False) + [
        ("quote", c.quote_intro((s.name, s.addr), c.earlier(4, 60)), q)]
    return Mail("leave_request", "reply approving a staff vacation request", "RE: Vacation request", c.a("chef", "en"),
                [c.a(k, "en")], body, reply_to_id=reply_id(c, s.dom))


# --------------------------------------------------------------------------- 7. payroll
def payroll_notice(c):
    v = c.variant % 2
    if v == 0:
        body = [("p", "Hello,"),
                ("p", "T4 and Relevé 1 slips are now available in the employee self-service portal. Employees who "
                      "worked in both Quebec and Ontario will receive two slips."),
                ("p", "Reminder: update your home address in the portal before February 15.")] + c.sig("hr")
        subj, to = "Tax slips available", [("All staff", "allstaff@deuxrives.example")]
    else:
        k = c.ch(["atp5", "atp2", "ph4"])
        s = c.who(k)
        body = [("p", f"Hi {s.given},"),
                ("p", f"Your statutory holiday premium for {G.en_date(c.day(-c.ri(10, 30), False))} was missing. "
                      f"The adjustment of {money(c.ri(80, 320) + 0.45, 'en')} will be paid on the next cycle."),
                ("lines", [f"Employee #: {c.ri(100000, 999999)}", f"Pay period: {c.ri(1, 26)}", "Cost centre: 6810 Pharmacy"])] + c.sig("hr")
        subj, to = "Pay adjustment", [c.a(k, "en")]
    return Mail("payroll_notice", "payroll notice to staff", subj, ("Payroll Services", "payroll@deuxrives.example"), to, body)


# --------------------------------------------------------------------------- 8. occupational health
def occ_health(c):
    v = c.variant % 3
    if v == 0:
        body = [("p", "Staff flu and COVID-19 vaccine clinics for pharmacy staff: Tuesdays and Thursdays in October, "
                      "07:00-15:00, Employee Health office (room G-12). Bring your badge."),
                ("p", "Staff with an egg allergy or a history of Guillain-Barré syndrome should book with the Employee "
                      "Health nurse first.")] + c.sig("hr")
        subj, to = "Staff vaccination clinics", [("Pharmacy - all staff", "pharmacy@deuxrives.example")]
    elif v == 1:
        s = c.who(c.ch(["atp3", "atp6", "ph3"]))
        body = [("p", "Hi Isabelle,"),
                ("p", f"Employee Health has cleared {s.name} to return on modified duties from "
                      f"{G.en_date(c.day(c.ri(3, 12)))}: no lifting over 10 kg and no IV-room shifts for four weeks "
                      "following wrist surgery. Please confirm you can accommodate."),
                ("p", "Thank you.")] + c.sig("hr")
        subj, to = "Return to work - modified duties", [c.a("chef", "en")]
    else:
        body = [("p", "Reminder: annual N95 fit testing for IV-room technicians."),
                ("table", ["Employee", "Last fit test", "Model"], [[n, f"{c.ri(2021, 2023)}-{c.ri(1, 12):02d}",
                                                                  c.ch(["1860", "1870+", "Halyard"])] for n in en_staff(c, 4)]),
                ("p", "Book through the Employee Health portal.")] + c.sig("hr")
        subj, to = "N95 fit testing due", [c.a("atp1", "en")]
    return Mail("occ_health", "occupational health notice about staff", subj, c.a("hr", "en"), to, body)


# --------------------------------------------------------------------------- 9. newsletter
def newsletter(c):
    n = c.ri(500, 1100)
    body = [("p", f"INR Clinic Newsletter - {G.MONTHS_EN[c.date.month - 1]} {c.date.year}"),
            ("p", c.ch(["Welcome to Dr. Ian McKenna, vascular surgeon, who will run a monthly peripheral arterial disease "
                        "clinic alongside the INR clinic.",
                        "Congratulations to Rachel Kim, RPh, on completing her thrombosis certificate.",
                        "Kelly Campbell, RN, presented our point-of-care INR project at the provincial nursing conference."])),
            ("p", f"By the numbers: {n} active patients, {c.ri(55, 65)}% on warfarin. Time in therapeutic range: "
                  f"{c.ri(63, 75)}% (provincial benchmark 65%)."),
            ("p", "Tip of the month: antibiotics remain the top cause of INR > 5 in our clinic - ask every patient about "
                  "new prescriptions."),
            ("p", "Holiday hours: the clinic is closed on Civic Holiday Monday; INRs will be moved to Tuesday.")] + c.sig("sn_rn", full=True)
    return Mail("newsletter", "INR clinic newsletter", f"INR Clinic Newsletter - {G.MONTHS_EN[c.date.month - 1]}",
                ("SNCH INR Clinic", "inrclinic@southnation-hc.example"), [("All clinical staff", "clinical@southnation-hc.example")],
                body, mode=c.ch(["html", "alt", "alt"]))


# --------------------------------------------------------------------------- 10. conference programme
def conference(c):
    when = c.day(c.ri(25, 90))
    prog = [("08:30", "Registration"), ("09:00", "Dr. Antoine Mercier - Cancer-associated thrombosis in 2025"),
            ("10:00", "Rachel Kim, RPh - DOAC dosing at the extremes of body weight"),
            ("11:00", "Dr. Samuel Mensah - Left atrial appendage occlusion: who benefits?"),
            ("13:00", "Dr. Ian McKenna - Anticoagulation after peripheral revascularization"),
            ("14:30", "Workshop - Perioperative management (case-based, de-identified)")]
    pdf = A.make_pdf(f"Eastern Ontario Thrombosis Day - {G.en_date(when)}", [f"{t}  {s}" for t, s in prog] +
                     ["", "Venue: Cornwall Civic Complex. Fee: $75 (residents free). 5.5 accredited hours."],
                     author="Scientific Committee")
    body = [("p", "Hello colleagues,"),
            ("p", f"Registration is open for Thrombosis Day on {G.en_date(when, day=True)}. Programme attached."),
            ("table", ["Time", "Session"], [list(x) for x in prog[1:4]])] + c.sig("sn_ph")
    mail = Mail("conference", "thrombosis conference programme", c.ch(["Thrombosis Day - programme", "Save the date: Thrombosis Day"]),
                c.a("sn_ph", "en"), [("Pharmacists list", "pharmacists@southnation-hc.example")], body,
                atts=[Att("pdf", "Thrombosis_Day_programme.pdf", pdf)])
    if c.p(0.3):
        return as_forward(c, mail, "md1", "Kelly - worth sending two nurses? Registration closes soon.", to=[c.a("sn_rn", "en")])
    return mail


# --------------------------------------------------------------------------- 11. job posting
def job_posting(c):
    job = c.ch([("Clinical Pharmacist - Anticoagulation", "Full-time, days", "$56.10-$68.40/h"),
                ("Registered Pharmacy Technician", "Part-time, evenings/weekends", "$27.80-$33.15/h"),
                ("INR Clinic Registered Nurse", "Temporary full-time (12 months)", "$41.29-$54.05/h")])
    no = f"SN-{c.date.year}-{c.ri(100, 999)}"
    body = [("p", f"Internal posting {no}"),
            ("lines", [f"Position: {job[0]}", f"Status: {job[1]}", f"Salary: {job[2]}",
                       f"Closing date: {G.en_date(c.day(c.ri(10, 21)))}"]),
            ("p", "French-English bilingualism is required to serve the Prescott-Russell population. Experience with "
                  "warfarin dosing nomograms is an asset."),
            ("p", "Apply through the careers portal quoting the posting number.")] + c.sig("hr")
    return Mail("job_posting", "internal job posting", f"Posting {no}: {job[0]}", ("Human Resources", "hr@southnation-hc.example"),
                [("All staff", "allstaff@southnation-hc.example")], body)


# --------------------------------------------------------------------------- 12. invoice
def invoice(c):
    items = c.rng.sample(PRODUCTS, c.ri(3, 6))
    rows, total = [], 0.0
    for p in items:
        q = c.ri(1, 10)
        rows.append([din(c), p[1][:34], p[2], str(q), money(p[3], "en"), money(p[3] * q, "en")])
        total += p[3] * q
    inv = f"INV-{c.ri(300000, 899999)}"
    acct = f"{c.ri(10000, 99999)}"
    pdf = A.make_pdf(f"{G.WHOLESALER2['name']} - Invoice {inv}", [
        f"Account: {acct}    Invoice: {inv}    Date: {c.date.isoformat()}",
        f"Ship to: Pharmacy, {G.SNCH['en']}, {G.SNCH['addr_en']}",
        f"PO: PO-{c.ri(70000, 79999)}    Terms: Net 30    Subtotal: {money(total, 'en')}    HST: {money(total * 0.13, 'en')}"],
        author=G.WHOLESALER2["name"], table=(["DIN", "Description", "Pack", "Qty", "Unit", "Ext."], rows), font_size=9)
    body = [("p", "Hello,"),
            ("p", f"Please find invoice {inv} attached for account {acct}. Total due: {money(total * 1.13, 'en')}."),
            ("p", f"Remit to {G.WHOLESALER2['name']}, {G.WHOLESALER2['addr']}.")] + c.sig("rep2")
    return Mail("invoice", "wholesaler invoice", f"Invoice {inv}", c.a("rep2", "en"),
                [("Accounts Payable", "ap@southnation-hc.example")], body, atts=[Att("pdf", f"{inv}.pdf", pdf)])


TEMPLATES = [
    ("shortage_notice", shortage_notice, 4),
    ("recall_notice", recall_notice, 4),
    ("pt_agenda", pt_agenda, 4),
    ("formulary_update", formulary_update, 4),
    ("tech_schedule", tech_schedule, 4),
    ("leave_request", leave_request, 4),
    ("payroll_notice", payroll_notice, 4),
    ("occ_health", occ_health, 3),
    ("newsletter", newsletter, 4),
    ("conference", conference, 4),
    ("job_posting", job_posting, 4),
    ("invoice", invoice, 4),
]
