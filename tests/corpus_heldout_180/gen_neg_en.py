"""Non-confidential (hard negative) messages in English, part 1."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, ics, vcard
from gen_kit import me, ext, shared, dr, quote, attribution
from gen_mime import Att, Mail, html_table, text_table
from gen_people import (sig, staff_name, STAFF, HOSP_EN, CLINIC_EN, ADDR_CLINIC_EN, PH_CLINIC, PH_AUDIO, FAX_CLINIC,
                        PH_BLOC, DOM)
from gen_util import fmt_date, day_label, luhn_serial, MONTHS

PHYS = ["vachon", "lacasse", "haddad", "raman", "charest"]


def neg(c, cat, note, frm, to, subject, text, **kw):
    return Mail("en", cat, note, [], frm, to, subject, text, confidential=False, **kw)


def e_oncall(c):
    start = c.today + dt.timedelta(days=(7 - c.today.weekday()) % 7)
    rows = [["Date", "ENT staff on call", "Resident", "Backup"]]
    for i in range(7):
        d = start + dt.timedelta(days=i)
        rows.append([fmt_date(d, "short", "en"), dr(PHYS[(i + c.idx) % 4], "en"), dr(["okafor", "marchand"][(i + c.idx) % 2], "en"),
                     dr(PHYS[(i + c.idx + 1) % 4], "en")])
    txt = "ENT call schedule, week of %s\n\n%s\n\nSwitchboard: page via ext. 0. Swaps must be approved by Dr. Charest.\n\n%s" % (
        fmt_date(start, "long", "en"), text_table(rows), sig("labrecque", "en"))
    html = ("<html><body><p>ENT call schedule, week of %s</p>\n%s\n<p>Swaps must be approved by Dr. Charest.</p>"
            "<p>%s<br>%s</p></body></html>\n") % (fmt_date(start, "long", "en"), html_table(rows), staff_name("labrecque", "en"),
                                                CLINIC_EN)
    return neg(c, "schedule", "weekly ENT call schedule", me("labrecque", "en"), [shared("all", "en")],
               "ENT call schedule - week of %s" % fmt_date(start, "short", "en"), txt, html=html, modes=["html", "alt"])


def e_newsletter(c):
    items = [
        ("Welcome Dr. Raman", "Dr. Priya Raman joins us as our laryngologist. She treats voice disorders, vocal fold "
         "paralysis, laryngeal papillomatosis and subglottic stenosis, and runs the Tuesday Voice Clinic."),
        ("Research award", "Dr. Stéphane Lacasse received the Ferron Prize for his work on HPV-associated "
         "oropharyngeal cancer and treatment de-escalation."),
        ("Baby news", "Congratulations to Heather Campbell, audiologist, and her husband on the birth of their son "
         "Owen on %s %d, 7 lb 2 oz!" % (c.r.choice(MONTHS[:5]), c.r.randint(1, 28))),
        ("Cochlear implant milestone", "The regional CI program completed its 100th implant this winter. Thanks to "
         "Dr. Amir Haddad, Maude Rioux and the whole team."),
        ("May is Better Hearing and Speech Month", "Free staff hearing screening in the main lobby on May 7; "
         "custom earplugs at cost."),
        ("Head and neck cancer awareness", "Chantal Proulx, our nurse navigator, will present the warning signs "
         "(non-healing mouth ulcer, hoarseness > 3 weeks, neck lump) at the April lunch-and-learn."),
        ("Retirement", "After 31 years, medical secretary Mrs. Huguette Bérubé is retiring. Join us on Friday at 4 pm."),
    ]
    pick = c.r.sample(items, 4)
    txt = "ENT & AUDIOLOGY NEWS - Issue %d\n\n" % (40 + c.idx) + "\n\n".join("* %s\n%s" % p for p in pick) + \
          "\n\nSubmit items to %s." % me("plante", "en")[1]
    html = ['<html><body style="font-family:Verdana,sans-serif;max-width:620px">',
            '<h2>ENT &amp; Audiology News</h2><p><i>Issue %d</i></p>' % (40 + c.idx)]
    for t, b in pick:
        html.append("<h3>%s</h3>\n<p>%s</p>" % (t, b))
    html.append('<p style="font-size:8pt">%s | %s | %s</p></body></html>' % (CLINIC_EN, ADDR_CLINIC_EN, PH_CLINIC))
    return neg(c, "newsletter", "department newsletter", me("plante", "en"), [shared("all", "en")],
               "ENT & Audiology News - Issue %d" % (40 + c.idx), txt, html="\n".join(html) + "\n", modes=["html", "alt"])


def e_grand_rounds(c):
    d = c.later(5, 30)
    talk = c.r.choice([("Dr. Helen Ashby", "Recurrent respiratory papillomatosis: adjuvant bevacizumab"),
                       ("Dr. Amir Haddad", "Paediatric cholesteatoma: second look or MRI?"),
                       ("Dr. Isabelle Vachon", "Biologics for CRSwNP: who, when and for how long"),
                       ("Dr. Rohan Mehta", "Sudden sensorineural hearing loss: intratympanic steroids revisited"),
                       ("Dr. Priya Raman", "The professional voice user: evaluation and care")])
    txt = ("ENT GRAND ROUNDS\n\n%s\n%s\n\n%s, 7:30-8:30 a.m., Room 2.104 and Teams\n"
           "Accredited group learning, 1 credit.\n\nAll welcome.\n\n%s") % (
        talk[1], talk[0], day_label(d, "en", True), sig("plante", "en"))
    return neg(c, "rounds", "grand rounds announcement", me("plante", "en"), [shared("all", "en")],
               "Grand Rounds: %s" % talk[1], txt)


def e_conference(c):
    d = c.later(40, 150)
    talks = [("08:30", "Dr. Amir Haddad", "Chronic otitis media in children"),
             ("09:15", "Maude Rioux, MSc(A) Aud", "Expanding CI candidacy in adults"),
             ("10:30", "Dr. Isabelle Vachon", "Nasal polyps and type 2 inflammation"),
             ("11:15", "Dr. Priya Raman", "Teachers' voices: prevention"),
             ("13:30", "Dr. Stéphane Lacasse", "HPV+ oropharyngeal cancer: de-escalation trials"),
             ("14:15", "Rosalie Turcotte, SLP", "Voice restoration after laryngectomy"),
             ("15:00", "Dr. Helen Ashby (guest)", "Dizziness in primary care")]
    sel = sorted(c.r.sample(talks, 5))
    blocks = [("p", "%s - Lacroix Pavilion Auditorium - registration $60" % day_label(d, "en", True)),
              ("t", [["Time", "Speaker", "Topic"]] + [list(t) for t in sel]),
              ("p", "5.5 accredited hours. Info: %s" % PH_CLINIC)]
    data = pdf("Eastern Regional ENT & Audiology Update", blocks)
    txt = "Hello,\n\nAttached is the programme for the regional update on %s.\n\n%s" % (fmt_date(d, "long", "en"),
                                                                                     sig("plante", "en"))
    return neg(c, "conference", "conference programme", me("plante", "en"), [ext("Medical staff", "medstaff@%s" % DOM)],
               "Programme - Regional ENT & Audiology Update", txt,
               atts=[Att("ENT_update_programme.pdf", "application/pdf", data=data)])


def e_job(c):
    job = c.r.choice([("Clinical Audiologist", "Cochlear Implant Program"), ("ENT Clinic Nurse (RN)", "Outpatient ENT"),
                      ("Speech-Language Pathologist", "Voice and Dysphagia"), ("Medical Secretary", "ENT Office")])
    txt = ("JOB POSTING - %s, %s\n\n%s is hiring. Full-time permanent, days, 35 h/week.\n"
           "Requirements: relevant degree and licence; bilingualism (French/English) an asset.\n"
           "Salary per collective agreement ($%d-$%d/h).\n\nApply by %s to careers@%s quoting ENT-%d.\n\n"
           "We thank all applicants; only those selected for an interview will be contacted.") % (
        job[0], job[1], HOSP_EN, c.r.randint(24, 32), c.r.randint(38, 52), fmt_date(c.later(14, 30), "long", "en"), DOM,
        c.r.randint(1000, 9999))
    return neg(c, "job_posting", "job posting", ("Careers", "careers@%s" % DOM), [shared("all", "en")],
               "Now hiring: %s" % job[0], txt)


def e_invoice(c):
    vend = c.r.choice([("SonicWave Hearing Systems", "billing@sonicwave-hearing.example"),
                       ("Cochlea Medical Canada", "ar@cochlea-medical.example")])
    rows = [["Item", "Serial / Lot", "Qty", "Unit", "Amount"]]
    total = 0
    for it in c.r.sample([("RIC 312 hearing aid, tier 2", 980.0), ("Custom earmould", 90.0),
                          ("Sound processor replacement (warranty)", 0.0), ("Remote microphone", 420.0),
                          ("Rechargeable charger", 160.0), ("Wax guards (pack)", 8.0)], 4):
        q = c.r.randint(1, 10)
        sn = luhn_serial(c.r, 9)
        rows.append([it[0], "%s-%s-%s" % (sn[:3], sn[3:6], sn[6:]) if c.r.random() < 0.4 else sn, q,
                     "$%.2f" % it[1], "$%.2f" % (q * it[1])])
        total += q * it[1]
    head = [["Invoice #", "INV-%07d" % c.r.randint(1, 9999999)], ["Invoice date", fmt_date(c.today, "iso", "en")],
            ["Customer #", "%07d" % c.r.randint(10000, 999999)], ["Ship to", ADDR_CLINIC_EN],
            ["Account contact", staff_name("ferreira", "en")], ["Terms", "Net 30"]]
    if c.idx % 2:
        data = xlsx([("Invoice", head + [[""]] + rows + [["", "", "", "Total", "$%.2f" % (total * 1.14975)]])])
        att = Att("Invoice_%s.xlsx" % head[0][1], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)
    else:
        data = pdf("INVOICE - %s" % vend[0], [("t", head), ("sp", 1), ("t", rows), ("p", "Total incl. taxes: $%.2f" % (total * 1.14975))])
        att = Att("Invoice_%s.pdf" % head[0][1], "application/pdf", data=data)
    return neg(c, "invoice", "supplier invoice with serial numbers", ext(vend[0], vend[1]),
               [ext("Accounts Payable", "ap@%s" % DOM)], "Invoice %s" % head[0][1],
               "Please find our invoice attached.\n\nAccounts Receivable\n%s" % vend[0], atts=[att])


def e_po(c):
    rows = [["Line", "Catalogue #", "Description", "Qty", "Cost centre"]]
    for i, d in enumerate(c.r.sample(["Tympanostomy tubes, Armstrong beveled 1.14 mm", "Merocel nasal packing 8 cm",
                                      "Shiley cuffed trach tube size 6", "Silicone nasal splints", "Disposable ear specula 4 mm",
                                      "Voice prosthesis 22.5 Fr", "Foam earplugs (box of 200)"], 4)):
        rows.append([i + 1, "CAT-%s" % luhn_serial(c.r, 8), d, c.r.randint(2, 50), "7110-%d" % c.r.randint(100, 999)])
    po = "PO%s%04d" % (c.today.strftime("%y%m"), c.r.randint(1, 9999))
    txt = "Hi Hugo,\n\nPlease process %s for the ENT clinic:\n\n%s\n\nDeliver to Lacroix Pavilion, 3rd floor.\n\nRachel" % (
        po, text_table(rows))
    return neg(c, "purchase_order", "purchase order", me("kowalski", "en"), [me("ferreira", "en")], "PO %s" % po, txt)


def e_assets(c):
    rows = [["asset_tag", "device", "make", "serial", "room", "last_calibration"]]
    for e in c.r.sample([("Clinical audiometer", "Interacoustics"), ("Tympanometer", "GSI"), ("OAE screener", "Otodynamics"),
                         ("Stroboscopy tower", "Xion"), ("Flexible scope 3.7 mm", "Olympus"), ("Rotary chair", "Micromedical"),
                         ("Real-ear analyser", "Audioscan"), ("Sound booth", "IAC")], 6):
        rows.append([luhn_serial(c.r, 10), e[0], e[1], luhn_serial(c.r, 9), c.r.choice(["3.10", "3.12", "3.14"]),
                     fmt_date(c.earlier(20, 300), "iso", "en")])
    txt = ("Hi Graham,\n\nAsset list for the annual biomedical audit attached. Booth 2 calibration is due next month.\n\n%s") % (
        sig("labrecque", "en", rich=False))
    return neg(c, "inventory", "equipment asset list", me("labrecque", "en"), [me("stewart", "en")], "Biomed audit - ENT assets",
               txt, atts=[Att("ent_assets.csv", "text/csv", text=csv_text(rows), charset="us-ascii",
                              cte=c.r.choice(["7bit", "base64"]))])


def e_recall(c):
    prod = c.r.choice([("CX-7 sound processor rechargeable battery", "possible overheating during charging"),
                       ("Model VT-114 ventilation tubes", "sterile barrier may be compromised"),
                       ("Tympanometer probe tips 10 mm", "cracks may affect readings")])
    lots = [luhn_serial(c.r, 9) for _ in range(3)]
    txt = ("URGENT FIELD SAFETY NOTICE\n\nProduct: %s\nIssue: %s\nAffected lot/serial numbers:\n%s\n\n"
           "Action: quarantine stock, check devices in use, return the acknowledgement form by %s. No adverse events "
           "reported in Canada.\n\n%s") % (prod[0], prod[1], "\n".join("  " + l for l in lots),
                                         fmt_date(c.later(7, 21), "long", "en"), sig("stewart", "en"))
    return neg(c, "recall", "device recall with lot numbers", me("stewart", "en"), [shared("all", "en")],
               "Field safety notice - %s" % prod[0], txt)


def e_shortage(c):
    drug = c.r.choice([("ciprofloxacin/dexamethasone otic (Ciprodex)", "ofloxacin 0.3% otic"),
                       ("mometasone nasal spray", "fluticasone propionate 50 mcg"),
                       ("budesonide 0.5 mg/2 mL respules", "compounded mometasone irrigation"),
                       ("oxymetazoline 0.05% nasal spray", "xylometazoline 0.1%")])
    txt = ("Hello all,\n\nPharmacy advises a supply interruption of %s expected until %s. Suggested alternative: %s. "
           "Post-op order sets will be updated.\n\n%s") % (drug[0], fmt_date(c.later(30, 90), "long", "en"), drug[1],
                                                          sig("nolin", "en"))
    return neg(c, "drug_shortage", "drug shortage notice", me("nolin", "en"), [shared("all", "en")],
               "Drug shortage: %s" % drug[0], txt)


def e_it(c):
    kind = c.r.choice([("Noah audiology software maintenance", "Noah and fitting modules unavailable 6-10 p.m."),
                       ("Phishing alert", "A fake 'mailbox upgrade' email is circulating. Do not click; forward to "
                                          "security@%s." % DOM),
                       ("EHR downtime", "Planned EHR downtime 11 p.m.-2 a.m. Use paper downtime forms (red binder)."),
                       ("Password expiry", "Network passwords now expire every 90 days. Use the self-service portal.")])
    d = c.later(2, 10)
    txt = "Hello,\n\n%s\n\nDate: %s\nTicket: INC%07d\n\n%s" % (kind[1], day_label(d, "en", True), c.r.randint(1, 9999999),
                                                             sig("dufour", "en"))
    return neg(c, "it", "IT notice", me("dufour", "en"), [shared("all", "en")], "IT notice: %s" % kind[0], txt)


def e_facilities(c):
    kind = c.r.choice([("Sound booth maintenance", "Booths 1 and 2 acoustic seals will be replaced; testing moves to booth 3."),
                       ("HVAC shutdown, 3rd floor Lacroix", "Ventilation off 7-11 a.m."),
                       ("Parking lot P2 closed", "Use P4; shuttle every 15 minutes."),
                       ("Elevator B out of service", "Patients in wheelchairs should use elevator A; signage posted.")])
    d = c.later(3, 20)
    txt = "Hello,\n\n%s\n\nDate: %s\nContact: Facilities, ext. 4410\n\nThank you." % (kind[1], day_label(d, "en", True))
    return neg(c, "facilities", "facilities notice", ("Facilities", "facilities@%s" % DOM), [shared("all", "en")],
               kind[0], txt)


def e_stats(c):
    rows = [["Procedure", "Waiting", "> 6 months", "> 12 months", "Median wait (wk)"]]
    for proc in ["Tonsillectomy (paed)", "Tonsillectomy (adult)", "FESS", "Septoplasty", "Myringotomy + tubes",
                 "Thyroidectomy", "Cochlear implant"]:
        n = c.r.randint(8, 140)
        rows.append([proc, n, c.r.randint(0, n // 2), c.r.randint(0, n // 5), c.r.randint(6, 48)])
    txt = "Quarterly ENT surgical access (aggregate data)\n\n%s\n\nAudiology visits this quarter: %d. No-show rate %.1f%%.\n\n%s" % (
        text_table(rows), c.r.randint(1800, 2600), c.r.randint(40, 110) / 10, sig("murphy", "en"))
    html = "<html><body><p>Quarterly ENT surgical access (aggregate data)</p>\n%s\n<p>%s</p></body></html>\n" % (
        html_table(rows), staff_name("murphy", "en"))
    return neg(c, "statistics", "aggregate wait time statistics", me("murphy", "en"), [me("charest", "en")],
               "Q%d ENT access report" % c.r.randint(1, 4), txt, html=html, modes=["alt", "html"])


def e_teaching(c):
    who = c.r.choice(PHYS[:4])
    case = c.r.choice([
        "A 62-year-old man, current smoker, presents with 3 months of hoarseness and right otalgia. Flexible "
        "laryngoscopy shows an exophytic lesion of the right true vocal fold with reduced mobility.",
        "A 34-year-old woman reports progressive left hearing loss since pregnancy. Otoscopy normal; acoustic "
        "reflexes absent on the left.",
        "A 4-year-old boy snores nightly with witnessed apnoeas and grade 3 tonsils.",
        "A 71-year-old woman has brief spinning episodes when lying down on her right side."])
    txt = ("Residents,\n\nCase for Thursday's teaching session (fictional / de-identified - no patient identifiers):\n\n"
           "%s\n\n1. Differential diagnosis?\n2. Work-up?\n3. Management options?\n\n%s") % (
        case, staff_name(who, "en"))
    return neg(c, "teaching_case", "de-identified teaching case", me(who, "en"),
               [me("okafor", "en"), me("marchand", "en")],
               c.r.choice(["Teaching case for Thursday", "Case for academic half-day", "Journal club case (de-identified)"]), txt)


def e_blank_consent(c):
    blocks = [("p", "Patient name: ______________________________   Date of birth: ____/____/______"),
              ("p", "Health card no.: __________________   Chart no.: __________"),
              ("p", "I consent to: ☐ Tonsillectomy ☐ Adenoidectomy ☐ Myringotomy and tubes ☐ Other: ________"),
              ("p", "Risks explained: bleeding (2-5%), pain, infection, anaesthesia risks."),
              ("p", "Signature of patient / substitute: ______________________  Date: __________"),
              ("p", "Physician: ______________________")]
    as_docx = c.idx % 2 == 0
    data = docx("Consent to ENT surgery", blocks) if as_docx else pdf("Consent to ENT surgery", blocks)
    att = Att("ENT_consent_blank.%s" % ("docx" if as_docx else "pdf"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document" if as_docx else "application/pdf",
              data=data)
    txt = ("Hi all,\n\nThe revised blank consent form for ENT surgery is attached; please discard old stock.\n\n%s") % sig(
        "labrecque", "en")
    return neg(c, "blank_form", "blank consent form", me("labrecque", "en"), [shared("all", "en")],
               "Revised ENT consent form (blank)", txt, atts=[att])


def e_mailmerge(c):
    tpl = c.r.choice([
        "Dear {FirstName} {LastName},\n\nThis is a reminder of your hearing test on {ApptDate} at {ApptTime}, %s.\n"
        "Please bring your health card and current hearing aids. To cancel call %s.\n" % (ADDR_CLINIC_EN, PH_AUDIO),
        "Dear {PatientName},\n\nYour surgery ({Procedure}) is scheduled for {SurgeryDate}. Do not eat after midnight.\n"
        "Health card: {HealthCardNo}   Chart: {MRN}\n\nOR Booking %s\n" % PH_BLOC])
    txt = "Nadia,\n\nRevised merge template below - fields in braces are filled by the scheduler. Please test with a dummy record.\n\n" \
          "---- TEMPLATE ----\n%s---- END ----\n\nAnnie" % tpl
    return neg(c, "template", "mail-merge template with placeholders", me("labrecque", "en"), [me("bisson", "en")],
               "Reminder letter template - revision", txt)
