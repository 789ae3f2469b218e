"""Non-confidential messages in English (step 12)."""
import datetime

import gen_attach as A
import gen_common as G
import gen_ids as I
import gen_mime as M
from gen_neg_fr1 import staff_addr


def base(ctx, cat, c=None):
    m = G.Msg("en", cat)
    m.date = ctx.when()
    c = c or ctx.rng.choice(["be", "fr", "qc"])
    if c == "qc":
        m.tz = "-0500"
    return m, c, ctx.hosp(c)


def en_newsletter(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "newsletter")
    t, b = ctx.cycle('en_newsletter_22', [("RSV season update", "Paediatric admissions for RSV bronchiolitis rose by 41% this week across the network. Nirsevimab uptake among newborns reached 78%."),
                       ("Measles alert", "Imported measles cases have been reported in Brussels and Lille. Check MMR status of staff and patients; isolate suspected cases immediately."),
                       ("Heart failure: what's new", "SGLT2 inhibitors are now recommended across the ejection-fraction spectrum. Join our webinar on optimising the four pillars."),
                       ("Antimicrobial stewardship", "Outpatient antibiotic use remains above the EU average. A one-page guide for sore throat, otitis and cystitis is attached.")])
    ed = ctx.staff("Dr")
    m.subject = "Clinical newsletter – %s" % t
    m.text = "%s\n\n%s\n\nUpcoming: journal club on %s, 12:30, seminar room 2.\n\nEditor: Dr %s %s\nTo unsubscribe reply STOP." % (
        t.upper(), b, (m.date + datetime.timedelta(days=14)).strftime("%d %B"), ed["given"], ed["surname"])
    m.structure = rng.choice(["html", "alt"])
    m.sender = ("Medical Communications", "news@" + h["dom"])
    m.to = [("Referring physicians", "referrers@" + h["dom"])]
    m.note = "English disease newsletter"
    return m


def en_invoice(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "invoice")
    sup = rng.choice(["MedLogix Ltd", "Northern Biomedical Inc.", "EuroSutures BV"])
    num = "INV-%d-%05d" % (m.date.year, rng.randrange(99999))
    lines = ["# INVOICE %s" % num, sup, "Bill to: %s – Pharmacy" % h["name"], "PO: %d" % rng.randrange(10 ** 6, 10 ** 7), "",
             "Suture kits 3-0 (box of 36)   x 20   = 1,240.00 EUR", "Blood glucose test strips (50) x 100 = 1,890.00 EUR",
             "", "Total: 3,130.00 EUR", "VAT no.: BE " + I.make_bce(rng)]
    m.attachments.append(M.Attach("%s.pdf" % num, "application/pdf", A.pdf(lines)))
    m.text = "Dear customer,\n\nPlease find attached invoice %s. Payment terms 30 days.\n\nAccounts receivable\n%s" % (num, sup)
    m.subject = "Invoice %s" % num
    m.sender = (sup, "ar@" + G.slug(sup).replace(".", "-") + ".example")
    m.to = [("Accounts payable", "ap@" + h["dom"])]
    m.note = "English supplier invoice"
    return m


def en_recall(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "recall")
    lots = [I.checksum_lot_niss_like(rng) for _ in range(3)]
    sns = [I.luhn_serial(rng, 9), I.luhn_serial(rng, 10)]
    prod = rng.choice(["SmartPump 500 infusion pump", "GlucoCheck Pro meter", "CVC insertion kit 7Fr"])
    m.subject = "Urgent Field Safety Notice – %s" % prod
    m.text = "\n".join(["Dear Biomedical Engineering Manager,", "",
                        "We are recalling %s due to a possible software fault." % prod, "Affected lots: " + ", ".join(lots),
                        "Affected serial numbers: " + ", ".join(sns), "No patient injuries have been reported.",
                        "Please complete the acknowledgement form within 10 days.", "", "Regulatory Affairs"])
    m.sender = ("Regulatory Affairs", "fsca@device-maker.example")
    m.to = [("Biomedical engineering", "biomed@" + h["dom"])]
    m.note = "English device recall with checksum-valid lot/serial numbers"
    return m


def en_congress(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "congress")
    topics = ["Frailty and heart failure", "Lung cancer screening", "Diabetic kidney disease", "Late-life depression",
              "Long COVID in primary care", "Anticoagulation in the elderly", "Inflammatory bowel disease biologics"]
    prog = []
    for i, t in enumerate(rng.sample(topics, 4)):
        s = ctx.staff("Dr")
        o = rng.choice(G.BE_HOSP + G.FR_HOSP + G.QC_HOSP)
        prog.append("%02d:%s  %s – Dr %s %s (%s)" % (9 + i, rng.choice(["00", "30"]), t, s["given"], s["surname"], o["city"]))
    d = (m.date + datetime.timedelta(days=rng.randrange(40, 150))).date()
    m.subject = "Franco-Québécois Primary Care Symposium – programme (%s)" % d.strftime("%d %b %Y")
    m.text = "\n".join(["Dear colleagues,", "", "The bilingual symposium takes place on %s in %s." % (d.strftime("%d %B %Y"), rng.choice(["Brussels", "Lille", "Montreal", "Strasbourg"])),
                        "", "Programme:"] + prog + ["", "CME credits available. Registration EUR 120 / CAD 175.", "", "Organising committee"])
    m.sender = ("Symposium secretariat", "symposium@fq-primarycare.example")
    m.to = [("Members", "members@fq-primarycare.example")]
    m.note = "English congress programme"
    return m


def en_teaching(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "teaching_case")
    t = ctx.staff("Dr")
    case = rng.choice(["A 68-year-old man with a 40 pack-year history presents with haemoptysis and weight loss. Chest X-ray shows a right hilar mass.",
                       "A 29-year-old woman at 32 weeks' gestation presents with headache and BP 168/110. Discuss immediate management.",
                       "A 75-year-old woman on warfarin has an INR of 7.2 and no bleeding. What would you do?"])
    m.subject = "Teaching case for Thursday's session"
    m.text = "Hi all,\n\nThis week's (fictional) case:\n\n%s\n\nPlease prepare a differential and a management plan.\n\nDr %s" % (case, t["surname"])
    m.sender = staff_addr(t, h["dom"])
    m.to = [("Residents", "residents@" + h["dom"])]
    m.note = "English anonymised teaching case"
    return m


def en_it(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "it_notice")
    t, b = ctx.cycle('en_it_109', [("Scheduled EHR downtime", "The electronic health record will be unavailable Sunday 02:00-06:00. Use downtime forms."),
                       ("Phishing alert", "Emails impersonating the payroll department are circulating. Never enter your credentials via e-mail links."),
                       ("MFA enrolment deadline", "All staff must enrol in multi-factor authentication by Friday."),
                       ("Secure messaging upgrade", "The secure messaging gateway (eHealthBox / MSSanté connector) will be upgraded tonight.")])
    m.subject = "[IT] " + t
    m.text = "Hello,\n\n%s\n\nTicket ref: CHG%07d\nService desk ext. 5555\n\nIT Services" % (b, rng.randrange(10 ** 7))
    m.sender = ("IT Services", "it-noreply@" + h["dom"])
    m.to = [("All staff", "all-staff@" + h["dom"])]
    m.note = "English IT notice"
    return m


def en_job(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "job_posting")
    post = rng.choice(["Consultant Geriatrician", "Clinical Research Nurse", "Hospital Pharmacist (procurement)", "Bilingual Medical Secretary"])
    m.subject = "Vacancy: %s" % post
    m.text = "Dear colleagues,\n\n%s is recruiting a %s (full time, permanent). French and English required.\nApply to careers@%s by %s.\n\nHuman Resources" % (
        h["name"], post, h["dom"], (m.date + datetime.timedelta(days=30)).strftime("%d %B %Y"))
    m.sender = ("Human Resources", "careers@" + h["dom"])
    m.to = [("Network", "network@" + h["dom"])]
    m.note = "English job posting"
    return m


def en_committee(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "committee")
    k = rng.choice(["Infection Prevention Committee", "Research Ethics Board", "Pharmacy & Therapeutics Committee"])
    m.subject = "%s – agenda for %s" % (k, (m.date + datetime.timedelta(days=9)).strftime("%d %b"))
    m.text = "\n".join(["Dear members,", "", "Agenda:", "1. Minutes of last meeting", "2. C. difficile rates Q3 (aggregate)",
                        "3. Protocol amendments (2)", "4. Formulary: biosimilar adalimumab", "5. AOB", "", "Secretary, %s" % k])
    m.sender = ("Committee secretary", "committees@" + h["dom"])
    m.to = [("Members", "committee-members@" + h["dom"])]
    m.note = "English committee notice"
    return m


def en_stats(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "statistics")
    rows = [["Indicator", "Q1", "Q2", "Q3"]] + [[n] + [rng.randrange(lo, hi) for _ in range(3)] for n, lo, hi in
                                                 [("ED visits (thousands)", 8, 20), ("Admissions – heart failure", 90, 400),
                                                  ("Admissions – COPD", 60, 300), ("Hip fractures operated <48h (%)", 70, 96)]]
    m.attachments.append(M.Attach("quarterly_dashboard.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.xlsx([("Dashboard", rows)])))
    m.subject = "Quarterly activity dashboard"
    m.text = "Dear heads of department,\n\nAttached the aggregate dashboard. No patient-level data included.\n\nPerformance Office"
    m.sender = ("Performance Office", "performance@" + h["dom"])
    m.to = [("Heads of department", "heads@" + h["dom"])]
    m.note = "English aggregate statistics"
    return m


def en_research(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "research_protocol")
    pi = ctx.staff("Dr")
    acr = rng.choice(["TRANSATLANTIC-HF", "FRAIL-QC-EU", "COPD-HOME", "SEPSIS-EARLY"])
    m.subject = "%s study – site initiation visit" % acr
    m.text = "\n".join(["Dear investigators,", "", "The %s protocol (v3.1) has been approved by the ethics committees in Brussels, Lille and Montreal." % acr,
                        "Inclusion: adults hospitalised with %s. Target: 450 participants." % rng.choice(["heart failure", "COPD exacerbation", "sepsis"]),
                        "Please do not e-mail participant identifiers; use the eCRF study IDs only (format SITE-0001).", "",
                        G.signature(rng, pi, "Principal Investigator", h, lang="en")])
    m.attachments.append(M.Attach("%s_protocol_synopsis.pdf" % acr, "application/pdf",
                                  A.pdf(["# %s – synopsis" % acr, "Primary endpoint: 90-day readmission", "Sample size: 450", "Sites: 6"])))
    m.sender = staff_addr(pi, h["dom"])
    m.to = [("Site investigators", "investigators@" + h["dom"])]
    m.note = "English research protocol, no participants"
    return m


def en_partnership(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "partnership")
    q = ctx.hosp("qc")
    e = ctx.hosp(rng.choice(["be", "fr"]))
    a, b = ctx.staff("Dr"), ctx.staff("Dr")
    m.subject = rng.choice(["Resident exchange 2025", "Telehealth collaboration – next steps", "Visit of the Quebec delegation"])
    m.text = "\n".join(["Dear %s," % b["given"], "",
                        "Thank you for hosting our team last month. We would like to send two family-medicine residents from %s to %s next spring." % (q["name"], e["name"]),
                        "Could we schedule a call on %s at 9:00 Montreal time (15:00 CET)?" % (m.date + datetime.timedelta(days=8)).strftime("%d %B"),
                        "", "Best regards,", G.signature(rng, a, "Director, Global Health Office", q, lang="en")])
    m.sender = staff_addr(a, q["dom"])
    m.to = [staff_addr(b, e["dom"])]
    m.tz = "-0500"
    m.note = "English partnership logistics Québec–Europe"
    return m


def en_roster_staff(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "staff_roster")
    rows = [["Date", "Day team", "Night team", "Consultant on call"]]
    d0 = (m.date + datetime.timedelta(days=7)).date()
    for i in range(7):
        rows.append([(d0 + datetime.timedelta(days=i)).isoformat(), "Dr " + ctx.staff()["surname"], "Dr " + ctx.staff()["surname"], "Dr " + ctx.staff()["surname"]])
    m.text = "Hi all,\n\nNext week's rota below.\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\nSwaps via the rota coordinator only.\n\nRota office"
    m.subject = "Medical rota – week %d" % d0.isocalendar()[1]
    m.sender = ("Rota office", "rota@" + h["dom"])
    m.to = [("Junior doctors", "juniors@" + h["dom"])]
    m.note = "English staff rota"
    return m


def en_blank_template(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "blank_template")
    paras = ["Patient name: ____________________", "Date of birth: ___/___/______", "Health number (RAMQ / NISS / NIR): ______________",
             "Reason for referral:", "Current medications:", "Allergies:", "Referring physician signature:"]
    m.attachments.append(M.Attach("referral_form_blank.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  A.docx(paras, title="Referral form")))
    m.subject = "Updated referral form (blank)"
    m.text = "Hello,\n\nPlease use the attached blank referral form from next Monday.\n\nQuality Office"
    m.sender = ("Quality Office", "quality@" + h["dom"])
    m.to = [("Clinics", "clinics@" + h["dom"])]
    m.note = "English blank form"
    return m


def en_shortage(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "drug_shortage")
    drug = rng.choice(["salbutamol nebules 2.5 mg", "amoxicillin oral suspension", "semaglutide 1 mg pens", "heparin 5,000 IU/mL vials"])
    m.subject = "Drug shortage: %s" % drug
    m.text = "Dear prescribers,\n\nSupply of %s is interrupted for an estimated 6 weeks. Alternatives and a conservation strategy are on the pharmacy intranet page.\n\nPharmacy Department" % drug
    m.sender = ("Pharmacy", "pharmacy@" + h["dom"])
    m.to = [("Prescribers", "prescribers@" + h["dom"])]
    m.note = "English drug shortage notice"
    return m
