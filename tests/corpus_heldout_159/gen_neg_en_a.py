"""English negative templates, part A."""
import datetime as _dt

import gen_common as C
from gen_ctx import staff, ext
from gen_tpl import mk, sig, hello, bye, pdf_att, docx_att, xlsx_att, csv_att, ics_att, slug
from gen_neg_fr_a import MDS, ALL, OTHERS, serial

EN_OTHERS = ["Tom Fletcher", "Grace Adeyemi", "Rebecca Stroud", "Owen Gallagher", "Priscilla Mensah", "Harjit Sandhu",
             "Dr. Natalie Burgess", "Dr. Ravi Chandrasekar", "Dr. Sinead Moloney", "Dr. Marcus Feld", "Dr. Yuki Hamada"]


def w(k, title=True):
    return C.staff_name(k, title, "en")


def en_rota(c):
    rows = [["Week of", "Ward (HRSA 4th floor)", "Clinic walk-in", "Phone triage", "Backup"]]
    d = c.later(7, 14)
    d -= _dt.timedelta(days=d.weekday())
    mds = [k for k in MDS if k != "beliveau"]
    for i in range(c.rng.randint(4, 6)):
        sel = c.sample(mds, 4)
        rows.append([(d + _dt.timedelta(weeks=i)).isoformat()] + [w(k) for k in sel])
    att = csv_att(c, "rota_%s.csv" % d.strftime("%Y%m"), rows, sep=",")
    body = "\n".join([hello(c, None, "en"), "", "Draft rota for the next block attached. Swaps by Friday please; %s has final say." % w("hebert"),
                      "%s is away at the AAP meeting the second week, covered by %s." % (w(c.pick(["raman", "okafor"])), w(c.pick(["lachance", "haddad"]))),
                      "", bye(c, "en"), "", sig(c, "mercier", "en", disclaimer=False)])
    m = mk(c, staff("mercier"), [staff(k) for k in mds], "Draft rota - next block", body, atts=[att])
    return c.result(m, "oncall_schedule", "physician rota (CSV)")


def en_leave(c):
    emp = c.pick(["kowalski", "mcallister", "osei", "dasilva", "patel"])
    d1 = c.later(15, 60)
    d2 = d1 + _dt.timedelta(days=c.pick([3, 6, 13]))
    lines = [hello(c, C.STAFF[emp][2], "en"), "",
             "Your leave request (%s to %s) has been %s." % (C.fdate(d1, "long", "en"), C.fdate(d2, "long", "en"),
                                                              c.pick(["approved", "approved", "approved pending coverage"])),
             "Balance after this request: %d hours of vacation, %d hours of banked overtime." % (c.rng.randint(10, 140), c.rng.randint(0, 30)),
             "Please block your schedule in the EMR and let Carla know which appointments need to be moved.", "",
             bye(c, "en"), "", sig(c, "labrecque", "en", disclaimer=False)]
    m = mk(c, staff("labrecque"), [staff(emp)], "Leave request - %s" % c.pick(["approved", "update"]), "\n".join(lines), cc=[staff("quirion")])
    return c.result(m, "leave", "staff leave approval")


def en_payroll(c):
    lines = [hello(c, "everyone", "en"), "",
             "Tax slips (T4 and RL-1) for %d will be available in the employee portal by February 28." % (c.day.year),
             "Reminder: pay day moves to %s because of the holiday." % C.fday(c.later(10, 40), "en"),
             "Retroactive pay from the new collective agreement (%s %%) will be paid on %s." % (c.pick(["2.8", "3.5", "4.1"]), C.fdate(c.later(14, 45), "long", "en")),
             "If your SIN or address changed this year, update it in the portal (do not e-mail it).", "",
             "Rachid Benali", "Payroll", C.ORG_EN]
    m = mk(c, staff("benali"), [("All staff", "staff@lesmarelles.example")], "Payroll reminders", "\n".join(lines))
    return c.result(m, "payroll", "payroll reminders to all staff")


def en_occ_health(c):
    d = c.later(3, 20)
    emp = c.pick(["osei", "kowalski", "mcallister", "patel", "dasilva"])
    variant = c.chance(0.5)
    if variant:
        lines = [hello(c, "all", "en"), "", "Staff flu shot clinic: %s and %s, 11:30-13:30, room 3." % (C.fday(d, "en"), C.fday(d + _dt.timedelta(days=7), "en")),
                 "Bring your employee number. Those who get vaccinated elsewhere, please send proof to occupational health.",
                 "Annual TB skin tests for new staff are on the same days.", "", sig(c, "quirion", "en", disclaimer=False)]
        subj = "Staff flu clinic"
    else:
        lines = [hello(c, "Hélène", "en"), "",
                 "%s's return-to-work note came in: back on %s, half days for two weeks, no lifting over 10 kg (post knee surgery)." % (w(emp, False), C.fdate(d, "long", "en")),
                 "The note itself is filed with occupational health only.", "Could we give %s the evaluation room on the ground floor for now?" % w(emp, False), "",
                 sig(c, "quirion", "en", disclaimer=False)]
        subj = "Return to work - %s" % C.STAFF[emp][3]
    m = mk(c, staff("quirion"), [("All staff", "staff@lesmarelles.example")] if variant else [staff("labrecque")], subj, "\n".join(lines))
    return c.result(m, "occupational_health", "staff occupational health notice")


def en_candidates(c):
    cands = c.sample([o for o in EN_OTHERS if not o.startswith("Dr")], 3)
    job = c.pick(["speech-language pathologist", "occupational therapist", "clinical nurse", "medical receptionist"])
    d = c.later(3, 14)
    lines = [hello(c, None, "en"), "", "Interviews for the %s position are on %s:" % (job, C.fday(d, "en")), ""]
    for i, cand in enumerate(cands):
        lines.append("%d:00 - %s" % (9 + i, cand))
    lines += ["", "Panel: %s, %s and me. Resumes attached; please keep them confidential and delete after the process." % (w("mercier", False), w(c.pick(["kowalski", "mcallister", "osei"]), False)),
              "", sig(c, "quirion", "en", disclaimer=False)]
    g = cands[0]
    paras = [g, "Phone: 514 555-01%02d   E-mail: %s@mailbox.example" % (c.rng.randint(0, 99), slug(g).lower()),
             "Date of birth: %s" % C.fdate(_dt.date(c.rng.randint(1984, 1999), c.rng.randint(1, 12), c.rng.randint(1, 28)), "long", "en"),
             "# Education", "M.Sc. (%d), Capital City University" % c.rng.randint(2010, 2022), "# Experience",
             "Community paediatric clinic, %d years; early intervention for autism" % c.rng.randint(2, 9), "# References", "Available on request"]
    att = pdf_att(c, "Resume_%s.pdf" % slug(g), "Resume", paras)
    m = mk(c, staff("quirion"), [staff("mercier")], "Interviews - %s" % job, "\n".join(lines), atts=[att])
    return c.result(m, "hr_candidates", "interview schedule with a candidate's resume")


def en_job_posting(c):
    job = c.pick(["Developmental Paediatrician (0.6 FTE)", "Occupational Therapist", "Speech-Language Pathologist (bilingual)", "Clinical Nurse - Immunization"])
    lines = ["JOB POSTING - %s" % job, "", C.ORG_EN, "",
             "Join our interdisciplinary team assessing and treating children with autism, ADHD, developmental delay and language disorders.",
             "Requirements: licence to practise in Quebec; paediatric experience an asset; functional French.",
             "We offer: 4-day week options, paid CPD days, group insurance, free parking.", "",
             "Apply by %s to hr@lesmarelles.example. Questions: %s, %s." % (C.fdate(c.later(14, 40), "long", "en"), w("quirion", False), C.ORG_TEL)]
    m = mk(c, staff("quirion"), [("Paediatric jobs list", "jobs@paeds-network.example")], "Job posting: %s" % job, "\n".join(lines))
    return c.result(m, "job_posting", "job posting")


def en_newsletter(c):
    newp = c.pick(EN_OTHERS[:6])
    items = ["<h2>Welcome</h2><p>Please welcome %s, our new receptionist, who starts %s.</p>" % (newp, C.fday(c.later(3, 15), "en")),
             "<h2>Kudos</h2><p>%s received the regional award for her work on early autism screening in daycares. "
             "%s's sleep clinic for children with ASD and ADHD now has a 6-week wait, down from 5 months.</p>" % (w("raman"), w("haddad")),
             "<h2>Baby news</h2><p>Congratulations to %s and her partner on the birth of their son %s on %s (7 lb 4 oz)!</p>" % (
                 w(c.pick(["kowalski", "mcallister", "patel"])), c.pick(["Theo", "Miles", "Isaac", "Rowan"]), C.fdate(c.earlier(5, 25), "long", "en")),
             "<h2>By the numbers</h2><p>%d new referrals this quarter; %d%% for suspected autism. Average wait for a first visit: %d days.</p>" % (
                 c.rng.randint(150, 400), c.rng.randint(25, 45), c.rng.randint(60, 200))]
    htmlb = "<html><body style=\"font-family:Georgia,serif;max-width:640px\"><h1>Les Marelles News - %s</h1>%s<p style=\"font-size:9pt;color:#666\">%s | %s</p></body></html>" % (
        C.MONTHS[c.day.month - 1], "\n".join(items), C.ORG_EN, C.ORG_TEL)
    import re
    text = re.sub(r"<[^>]+>", "\n", htmlb)
    text = "\n".join(l for l in text.split("\n") if l.strip())
    m = mk(c, staff("labrecque"), [("All staff", "staff@lesmarelles.example")], "Les Marelles News - %s" % C.MONTHS[c.day.month - 1], text,
           html=htmlb, layout=c.pick(["html", "alt"]))
    return c.result(m, "newsletter", "staff newsletter with awards and a staff birth announcement")


def en_committee(c):
    com = c.pick(["Pharmacy and Therapeutics Committee", "Quality and Patient Safety Committee", "Infection Prevention Committee", "Research Ethics Committee"])
    d = c.later(5, 30)
    agenda = ["Approval of minutes", "Melatonin dosing protocol for children with ASD (%s)" % w("raman"),
              "Methylphenidate shortage - update (%s)" % w("haddad"), "Incident reports Q%d: %d reports, none with harm" % ((c.day.month - 1) // 3 + 1, c.rng.randint(5, 20)),
              "Hand hygiene audit: %d%% compliance" % c.rng.randint(70, 95), "New EpiPen storage policy", "Other business"]
    lines = ["Notice of meeting - %s" % com, "", "Date: %s, 12:00-13:00" % C.fday(d, "en", True), "Place: Board room / Teams", "", "Agenda:"] + \
        ["%d. %s" % (i + 1, a) for i, a in enumerate(c.sample(agenda, 4))] + ["", "Chair: %s" % w("hebert"), "", sig(c, "mercier", "en", disclaimer=False)]
    m = mk(c, staff("mercier"), [staff(k) for k in c.sample(ALL, 6)], "Meeting notice - %s" % com, "\n".join(lines))
    return c.result(m, "committee", "committee meeting notice")


def en_conference(c):
    spk = c.sample([o for o in EN_OTHERS if o.startswith("Dr")], 3)
    topics = ["Early signs of autism in the first year", "ADHD medication in preschoolers: when and how", "Iron deficiency and neurodevelopment",
              "Genetic testing for global developmental delay in 2025", "Tourette syndrome: a practical approach", "FASD in foster care populations"]
    tp = c.sample(topics, 4)
    prog = ["08:30 Registration", "09:00 %s - %s" % (spk[0], tp[0]), "10:15 %s - %s" % (w("raman"), tp[1]), "11:30 %s - %s" % (spk[1], tp[2]),
            "13:30 Panel with %s and %s: %s" % (spk[2], w("okafor"), tp[3]), "15:00 Closing remarks - %s" % w("hebert")]
    text = "\n".join(["Laurentian Developmental Paediatrics Day", C.fday(c.later(20, 70), "en", True), "", "PROGRAMME"] + prog +
                     ["", "Fee: $95 (residents free). 5.5 credits.", "Register: events@lesmarelles.example"])
    atts = [pdf_att(c, "programme.pdf", "Developmental Paediatrics Day - Programme", prog)] if c.chance(0.5) else None
    m = mk(c, staff("mercier"), [("Paediatrics network", "members@paeds-network.example")], "Programme - Developmental Paediatrics Day", text, atts=atts)
    return c.result(m, "conference", "conference programme")


def en_invoice(c):
    inv = "INV-%06d" % c.rng.randint(100000, 999999)
    items = c.sample([("ADOS-2 Module 1 protocol booklets (25)", 189.0), ("Conners 4 parent forms (25)", 142.5), ("WISC-V record forms (25)", 168.0),
                      ("Sensory kit - weighted lap pad", 89.99), ("Paediatric BP cuffs (10)", 120.0), ("Stadiometer, wall-mounted", 310.0)], 3)
    lines = ["INVOICE %s" % inv, "Date: %s" % c.day.isoformat(), "Bill to: %s, account %d" % (C.ORG_EN, c.rng.randint(10000, 99999)), "PO: PO-%05d" % c.rng.randint(1000, 99999), ""]
    tot = 0
    for it, pr in items:
        q = c.rng.randint(1, 4)
        lines.append("%-42s %d x $%.2f = $%.2f" % (it, q, pr, q * pr))
        tot += q * pr
    lines += ["", "Subtotal: $%.2f" % tot, "GST: $%.2f   QST: $%.2f" % (tot * .05, tot * .09975), "Total due: $%.2f" % (tot * 1.14975),
              "GST/HST no. %sRT0001" % serial(c, "", 9), "Terms: net 30. Remit to accounts@clinisupply.example"]
    att = pdf_att(c, "%s.pdf" % inv, "CliniSupply Canada - Invoice", lines)
    m = mk(c, ("CliniSupply Billing", "billing@clinisupply.example"), [staff("benali")], "Invoice %s" % inv, "Hello,\n\nPlease find invoice %s attached.\n\nCliniSupply Canada" % inv, atts=[att])
    return c.result(m, "invoice", "supplier invoice")


def en_po(c):
    po = "PO-%05d" % c.rng.randint(10000, 99999)
    rows = [["Item", "Qty", "Unit price", "Serial / asset tag"]]
    for it, pr in c.sample([("Vaccine fridge 49 L", 4890), ("Tympanometer", 5200), ("Infant scale", 980), ("Laptop 14-inch", 1420), ("Otoscope set", 640)], 3):
        rows.append([it, 1, "$%d.00" % pr, c.pick(["SN " + serial(c, "", 12), "Asset " + serial(c, "", 9), "IMEI " + serial(c, "35", 15)])])
    att = xlsx_att(c, "%s.xlsx" % po, [("PO", rows)])
    body = "\n".join([hello(c, None, "en"), "", "Purchase order %s attached, approved by %s." % (po, w("labrecque", False)),
                      "Deliver to %s, back entrance, 8 a.m.-3 p.m." % C.ORG_ADDR_ASCII, "", sig(c, "benali", "en", disclaimer=False)])
    m = mk(c, staff("benali"), [("Institutional sales", "sales@medequip-north.example")], "Purchase order %s" % po, body, atts=[att])
    return c.result(m, "purchase_order", "purchase order with serial numbers")


def en_inventory(c):
    rows = [["Item", "Lot", "Expiry", "On hand", "Reorder at"]]
    for it in c.sample(["EpiPen Jr 0.15 mg", "EpiPen 0.3 mg", "Salbutamol MDI", "Acetaminophen susp. 160 mg/5 mL", "Tuberculin PPD",
                        "Influvac Tetra", "Priorix-Tetra", "Lidocaine-prilocaine cream"], 5):
        rows.append([it, "%s%d" % (c.pick(["L", "K", "T"]), c.rng.randint(100000, 999999)), "2026-%02d" % c.rng.randint(1, 12), c.rng.randint(0, 30), c.rng.randint(3, 10)])
    att = xlsx_att(c, "clinic_stock_%s.xlsx" % c.day.strftime("%Y%m%d"), [("Stock", rows)])
    body = "\n".join([hello(c, "Rachid", "en"), "", "Monthly stock count attached. Need to reorder EpiPens and the flu vaccine.", "", "Kwame"])
    m = mk(c, staff("osei"), [staff("benali")], "Monthly stock count", body, atts=[att])
    return c.result(m, "inventory", "clinic medication stock count with lots")


def en_stats(c):
    lines = ["Quarterly activity report (aggregate, no identifiable data)", "",
             "New referrals: %d (autism %d, ADHD %d, language %d, other %d)" % tuple([c.rng.randint(200, 400)] + [c.rng.randint(30, 120) for _ in range(4)]),
             "Diagnostic assessments completed: %d" % c.rng.randint(40, 110),
             "Median wait for ASD assessment: %d days (target 120)" % c.rng.randint(120, 300),
             "Children on waiting list: %d" % c.rng.randint(150, 420),
             "Vaccination coverage at 24 months among clinic children: %d%%" % c.rng.randint(82, 95),
             "No-show rate: %.1f%%" % c.rng.uniform(5, 14)]
    m = mk(c, staff("mercier"), [staff("labrecque"), staff("hebert")], "Q%d activity report" % ((c.day.month - 1) // 3 + 1), "\n".join(lines),
           layout=c.pick(["plain", "html", "alt"]))
    return c.result(m, "statistics", "aggregate quarterly statistics")


def en_teaching(c):
    case = c.pick(["A 4-year-old boy is referred by his daycare for aggressive behaviour and no two-word phrases. Hearing is normal. "
                   "He lines up toys and covers his ears at loud noises. ADOS-2 comparison score is 8.",
                   "A 9-year-old girl presents with daily staring spells and falling grades. EEG shows 3 Hz generalized spike-and-wave.",
                   "An 18-month-old drinks 1.5 L of milk daily; Hb 88 g/L, ferritin 3 ug/L. Development is mildly delayed.",
                   "A 12-year-old with ADHD on lisdexamfetamine 40 mg has lost 3 kg over 4 months and sleeps after midnight."])
    text = "\n".join([hello(c, "residents", "en"), "", "Case for Thursday's teaching session (fictional, no identifying details):", "",
                      case, "", "1. What is your differential? 2. What would you do next? 3. How would you explain it to the family?", "",
                      C.STAFF["raman"][2]])
    m = mk(c, staff("raman"), [("Paediatric residents", "peds-residents@hrsa.example")], "Teaching case for Thursday", text)
    return c.result(m, "teaching_case", "fictional teaching case")


def en_blank_form(c):
    kind = c.pick(["Referral to Developmental Clinic", "Consent to Release Information", "Parent Questionnaire - Sleep"])
    paras = ["Child's name: _____________________________", "Date of birth (YYYY-MM-DD): ____-__-__", "Health insurance no.: ____ ____ ____",
             "Parent/guardian: ______________________  Phone: (___) ___-____", "Reason for referral: [ ] speech [ ] autism [ ] ADHD [ ] motor [ ] other",
             "Referring physician: ____________________  Licence no.: ______", "Signature: ______________   Date: ___________"]
    att = pdf_att(c, "%s_blank.pdf" % slug(kind), kind, paras) if c.chance(0.5) else docx_att(c, "%s.docx" % slug(kind), kind, paras)
    body = "\n".join([hello(c, None, "en"), "", "Attached is the updated blank form '%s'. Please use this version from now on and recycle old copies." % kind,
                      "", sig(c, "mercier", "en", disclaimer=False)])
    m = mk(c, staff("mercier"), [("Referring clinics", "referrers@lesmarelles.example")], "Updated form: %s" % kind, body, atts=[att])
    return c.result(m, "blank_form", "blank form")


TEMPLATES = [en_rota, en_leave, en_payroll, en_occ_health, en_candidates, en_job_posting, en_newsletter, en_committee, en_conference,
             en_invoice, en_po, en_inventory, en_stats, en_teaching, en_blank_form]
