"""English non-confidential messages (hard negatives)."""
import datetime

import gen_attach as A
from gen_common import (EN_GIVEN_F, EN_GIVEN_M, EN_SURNAMES, EXT, ORG_DOMAIN, ORG_EN, ORG_PHONE_DEPIST,
                        ORG_PHONE_ENDO, ORG_PHONE_HEPATO, STAFF_EN, d_en, quote, signature, staff_addr, staff_name)
from gen_mime import att, html_table
from gen_neg_fr import fmt_serial, luhn_serial

EN = "en"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL = ("Digestive Health - all staff", "dhp-all@" + ORG_DOMAIN)


def _S(c, role=None):
    return c.rng.choice([s for s in STAFF_EN if role is None or role in s[3]])


def _MD(c, k=1):
    return c.rng.sample([s for s in STAFF_EN if s[0] and "pathologist" not in s[3]], k)


def outsider(rng):
    sex = rng.choice("FM")
    return "%s %s" % (rng.choice(EN_GIVEN_F if sex == "F" else EN_GIVEN_M), rng.choice(EN_SURNAMES)), sex


# --------------------------------------------------------------------------- 1. nursing rota
def rota(c):
    r = c.rng
    j = _S(c, "charge nurse")
    nurses = ["Janet", "Megan", "Bridget", "Tasha", "Luis", "Ingrid", "Paolo", "Wen"]
    start = c.later(4, 14)
    start -= datetime.timedelta(days=start.weekday())
    rows = [["Day", "Pre-procedure", "Room 1", "Room 2", "Room 3 (ERCP)", "Recovery", "Reprocessing"]]
    for i in range(5):
        day = start + datetime.timedelta(days=i)
        picks = r.sample(nurses, 5)
        rows.append([d_en(day, 4)] + picks + [r.choice(["Étienne", "Marco", "Dee"])])
    text = "Hi all,\n\nRota for the week of %s below. Swaps through me only please.\n\n%s\n\n%s" % (
        d_en(start, 0), "\n".join(" | ".join(x) for x in rows), signature(j, EN))
    html = "<p>Hi all,</p><p>Rota for the week of %s:</p>\n%s\n<p>Swaps through me only please.</p><p>%s</p>" % (
        d_en(start, 0), html_table(rows), staff_name(j))
    atts = [att("rota_%s.xlsx" % start.isoformat(), XLSX, A.xlsx([("Rota", rows)]))] if r.random() < 0.4 else []
    return dict(cat="rota", subject=r.choice(["Endoscopy rota - w/c %s" % d_en(start, 2), "Next week's rota", "Rota (updated)"]),
                frm=staff_addr(j), to=[ALL], text=text, html=html, attachments=atts, note="nursing rota")


# --------------------------------------------------------------------------- 2. leave / shift swap
def leave(c):
    r = c.rng
    m = _S(c, "manager")
    who = r.choice([s for s in STAFF_EN if not s[0]])
    d1 = c.later(15, 60)
    d2 = d1 + datetime.timedelta(days=r.choice([2, 4, 9]))
    v = r.randint(0, 2)
    if v == 0:
        text = "Hi %s,\n\nYour annual leave %s to %s is approved in Workday.\n\n%s" % (who[1], d_en(d1, 0), d_en(d2, 0), signature(m, EN))
        subj = "Leave approved"
    elif v == 1:
        text = ("Hi Janet,\n\nWould it be OK if I swap my Thursday %s day shift with Bridget's Friday? She's agreed.\n\n"
                "Thanks,\n%s" % (d_en(d1, 2), who[1]))
        subj = "Shift swap request"
    else:
        text = ("Hi team,\n\nReminder that statutory holiday requests for the %s long weekend are due by %s. "
                "Coverage for the GI bleed call list must be confirmed before approval.\n\n%s" %
                (r.choice(["Victoria Day", "Canada Day", "Labour Day", "Easter"]), d_en(d1, 0), signature(m, EN)))
        subj = "Holiday requests"
    return dict(cat="leave", subject=subj, frm=staff_addr(who if v == 1 else m),
                to=[staff_addr(who) if v == 0 else (ALL if v == 2 else staff_addr(_S(c, "charge nurse")))],
                text=text, note="staff leave or shift swap")


# --------------------------------------------------------------------------- 3. payroll / timesheet
def payroll(c):
    r = c.rng
    who = r.choice(STAFF_EN)
    text = ("Hello %s,\n\nYour timesheet for pay period %d is missing approval for %d.5 hours of on-call callback "
            "(endoscopy). Employee ID %06d. Please have your manager approve in Kronos by Tuesday noon so it is "
            "included in the %s deposit.\n\nPayroll Services\n%s" %
            (who[1], r.randint(1, 26), r.randint(2, 9), r.randint(100000, 999999), d_en(c.later(3, 10), 0), ORG_EN))
    return dict(cat="payroll", subject="Timesheet approval needed", frm=("Payroll Services", "payroll@" + ORG_DOMAIN),
                to=[staff_addr(who)], text=text, note="payroll timesheet reminder")


# --------------------------------------------------------------------------- 4. staff occupational health
def occ_health(c):
    r = c.rng
    who = r.choice(STAFF_EN)
    v = r.randint(0, 2)
    if v == 0:
        text = ("Dear %s,\n\nOur records show your hepatitis B surface antibody (anti-HBs) is %d mIU/mL, below the "
                "protective level. As endoscopy staff, please book a booster dose with Employee Health (ext. 2200). "
                "This information is kept in your employee health file only.\n\nEmployee Health Services" %
                (staff_name(who), r.choice([2, 5, 7])))
        subj = "Employee Health - hepatitis B immunity"
    elif v == 1:
        text = ("Hi %s,\n\nThanks for getting your flu shot at the %s clinic. Your record is updated; no further action "
                "needed. Lot administered: %s.\n\nEmployee Health" % (who[1], d_en(c.earlier(1, 10), 0), "FL%s" % luhn_serial(r, 7)))
        subj = "Flu vaccine recorded"
    else:
        text = ("Hi %s,\n\nYour return-to-work clearance after your leave is approved with modified duties (no lifting "
                "> 10 kg) for 2 weeks. Your manager has been informed of the restrictions only.\n\nEmployee Health" % who[1])
        subj = "Return to work clearance"
    return dict(cat="occupational_health", subject=subj, frm=("Employee Health", "employee.health@" + ORG_DOMAIN),
                to=[staff_addr(who)], text=text, note="employee occupational health notice")


# --------------------------------------------------------------------------- 5. newsletter
def newsletter(c):
    r = c.rng
    a, b = _MD(c, 2)
    new, sex = outsider(r)
    parent = r.choice([s for s in STAFF_EN if not s[0]])
    bd = c.earlier(3, 30)
    items = [("Research spotlight", "%s's group published their work on vedolizumab in elderly patients with ulcerative "
                                    "colitis; congratulations!" % staff_name(a)),
             ("Welcome", "Please welcome %s %s, our new %s in the Liver Clinic." % ("Ms." if sex == "F" else "Mr.", new,
                                                                                    r.choice(["nurse", "dietitian", "unit clerk"]))),
             ("Baby news", "%s welcomed baby %s on %s, 3.2 kg. Mom and baby are doing great!" %
              (parent[1], r.choice(["Amelia", "Theo", "Isla", "Rowan"]), d_en(bd, 0))),
             ("Screening", "FIT kit return rate rose to 64%% this quarter. %s reminds everyone that hepatitis C testing "
                           "is now offered with every liver clinic referral." % staff_name(b)),
             ("Kudos", "The endoscopy unit passed its reprocessing audit with zero findings.")]
    r.shuffle(items)
    html = "<h2>Digestive Health News</h2>\n" + "\n".join("<h3>%s</h3><p>%s</p>" % it for it in items)
    text = "DIGESTIVE HEALTH NEWS\n\n" + "\n\n".join("%s\n%s" % it for it in items)
    return dict(cat="newsletter", subject="Digestive Health News - %s" % c.date.strftime("%B %Y"),
                frm=("Communications", "communications@" + ORG_DOMAIN), to=[ALL], text=text, html=html,
                note="department newsletter")


# --------------------------------------------------------------------------- 6. committee minutes
def committee(c):
    r = c.rng
    chair, m2 = _MD(c, 2)
    d = c.later(4, 30)
    name = r.choice(["Endoscopy Quality Committee", "GI Morbidity & Mortality Rounds", "Infection Prevention - Reprocessing Subcommittee"])
    pts = r.sample(["Unit ADR 36% (target >= 25%); withdrawal time median 8.4 min",
                    "2 post-polypectomy bleeds and 0 perforations this quarter (aggregate)",
                    "Duodenoscope surveillance cultures: 0/18 positive",
                    "Sedation policy revision - propofol for ERCP",
                    "Patient experience survey: 94% satisfied",
                    "Split-dose prep adoption: 88% of bookings"], 4)
    text = ("Hello,\n\n%s - %s, 07:30, Room C-301 and Teams.\n\nAgenda:\n%s\n\nChair: %s\nMinutes: %s\n" %
            (name, d_en(d, 0), "\n".join("- " + p for p in pts), staff_name(chair), staff_name(m2)))
    atts = []
    if r.random() < 0.4:
        atts.append(att("%s_minutes.docx" % name.split()[0], DOCX, A.docx("%s - minutes" % name, pts)))
    return dict(cat="committee", subject="%s - %s" % (name, d_en(d, 2)), frm=staff_addr(chair), to=[ALL], text=text,
                attachments=atts, note="committee agenda")


# --------------------------------------------------------------------------- 7. conference programme
def conference(c):
    r = c.rng
    mds = _MD(c, 4)
    d = c.later(30, 90)
    talks = [("08:30", staff_name(mds[0]), "Advanced therapies in ulcerative colitis: sequencing after anti-TNF failure"),
             ("09:20", staff_name(mds[1]), "MASLD and MASH: who needs a liver biopsy?"),
             ("10:30", staff_name(mds[2]), "Colonoscopy quality: ADR, withdrawal time and interval cancers"),
             ("11:20", staff_name(mds[3]), "Hepatitis B reactivation on biologics"),
             ("13:30", "Panel", "De-identified cases: upper GI bleeding")]
    lines = ["GI Update %d" % d.year, "%s, %s auditorium" % (d_en(d, 0), ORG_EN), ""] + ["%s  %s - %s" % t for t in talks] + \
        ["", "Accredited for 5.5 Section 1 credits. Registration $95."]
    atts = [att("GI_Update_programme.pdf", "application/pdf", A.pdf("Programme", lines, header=ORG_EN))] if r.random() < 0.6 else []
    text = "Dear colleagues,\n\nSave the date for GI Update %d.\n\n%s\n\nRegards,\n%s" % (
        d.year, "Programme attached." if atts else "\n".join(lines), signature(_S(c, "manager"), EN))
    return dict(cat="conference", subject="GI Update %d - programme and registration" % d.year, frm=staff_addr(_S(c, "manager")),
                to=[("Regional physicians", "physicians-region@" + ORG_DOMAIN)], text=text, attachments=atts,
                note="CME conference programme")


# --------------------------------------------------------------------------- 8. job posting
def job_posting(c):
    r = c.rng
    job = r.choice(["Registered Nurse - Endoscopy (full-time)", "Medical Device Reprocessing Technician",
                    "IBD Nurse Navigator (temporary, 12 months)", "Screening Program Clerk (bilingual)"])
    text = ("POSTING #%d-%03d\n\n%s\n%s - Digestive Health Program\n\nQualifications: %s\nSalary: %s\n"
            "Apply by %s at careers.%s\n\nWe are an equal opportunity employer." %
            (c.date.year, r.randint(100, 999), job, ORG_EN, r.choice(["current CNO/OIIQ registration, 2 years endoscopy",
                                                                      "MDRT certificate", "bilingual (French/English)"]),
             r.choice(["$38.20-$54.10/h", "$26.40-$29.80/h", "per collective agreement"]), d_en(c.later(10, 21), 0), ORG_DOMAIN))
    return dict(cat="job_posting", subject="Job posting: %s" % job, frm=("Talent Acquisition", "careers@" + ORG_DOMAIN),
                to=[ALL], text=text, note="job posting")


# --------------------------------------------------------------------------- 9. candidate interviews / references
def candidates(c):
    r = c.rng
    m = _S(c, "manager")
    cands = [outsider(r)[0] for _ in range(3)]
    d = c.later(3, 12)
    text = ("Hi Janet,\n\nInterviews for the endoscopy RN posting on %s:\n\n09:00 %s (ICU, 6 yrs)\n10:00 %s (new grad, "
            "GI placement)\n11:00 %s (OR, 8 yrs; references pending)\n\nPanel: you, me and %s. Scoring guide attached.\n\n%s" %
            (d_en(d, 4), cands[0], cands[1], cands[2], staff_name(_MD(c)[0]), m[1]))
    return dict(cat="interviews", subject="RN interviews %s" % d_en(d, 2), frm=staff_addr(m), to=[staff_addr(_S(c, "charge nurse"))],
                text=text, attachments=[att("scoring_guide.pdf", "application/pdf", A.pdf("Interview scoring guide", [
                    "Clinical knowledge - 30", "Sedation monitoring - 20", "Teamwork - 20", "Communication - 20", "Fit - 10"]))],
                note="candidate interview schedule")


# --------------------------------------------------------------------------- 10. vendor invoice
def invoice(c):
    r = c.rng
    vend, dom = EXT["vendor_en"]
    inv = "INV-%06d" % r.randint(100000, 999999)
    items = [(r.choice(["Argon plasma probe 2.3 mm", "Hemostatic clip 235 cm (box 10)", "Biopsy forceps 2.8 mm (box 20)",
                        "Polypectomy snare 15 mm (box 10)", "Variceal band ligator 6-shot"]), r.randint(2, 20),
              r.randint(90, 900), luhn_serial(r, 10)) for _ in range(r.randint(2, 4))]
    total = sum(q * p for _, q, p, _ in items)
    lines = ["Invoice: %s" % inv, "Invoice date: %s" % d_en(c.date.date(), 1), "Bill to: %s, Endoscopy Unit" % ORG_EN,
             "Account no.: %s" % luhn_serial(r, 9), "PO: %s" % ("PO%07d" % r.randint(1000000, 9999999)), ""] + \
        ["%s x%d @ $%d.00 (ref %s)" % (n, q, p, s) for n, q, p, s in items] + ["", "Total due: $%d.00 CAD + HST" % total, "Terms: Net 30"]
    return dict(cat="invoice", subject="Invoice %s from %s" % (inv, vend), frm=("Accounts Receivable", "ar@" + dom),
                to=[("Accounts Payable", "ap@" + ORG_DOMAIN)],
                text="Hello,\n\nPlease find invoice %s attached. Remit to %s, 14 Dockside Way, Carrow Falls ON, 613-555-0177.\n\nThank you." % (inv, vend),
                attachments=[att("%s.pdf" % inv, "application/pdf", A.pdf("INVOICE", lines, header=vend))], note="supplier invoice")


# --------------------------------------------------------------------------- 11. quote / purchase order
def purchase(c):
    r = c.rng
    m = _S(c, "manager")
    po = "PO%07d" % r.randint(1000000, 9999999)
    rows = [["Item", "Catalogue", "Qty", "Unit price"], ["Colonoscope CF-HQ190L (replacement)", "OLY-190L", 1, "$41,200"],
            ["Endoscope drying cabinet", "DRY-8", 1, "$18,950"], ["Extended warranty 3 yrs", "WAR-3", 1, "$6,400"]]
    text = "Hi,\n\nApproved PO %s for capital replacement (serial of scope being retired: %s).\n\n%s\n\n%s" % (
        po, fmt_serial(r, luhn_serial(r, 9)), "\n".join(" | ".join(str(x) for x in row) for row in rows), signature(m, EN))
    atts = [att("%s.csv" % po, "text/csv", A.csv_text(rows), kind="text")] if r.random() < 0.5 else []
    return dict(cat="purchase_order", subject="PO %s - capital equipment" % po, frm=staff_addr(m),
                to=[("Procurement", "procurement@" + ORG_DOMAIN)], text=text, attachments=atts, note="purchase order")


# --------------------------------------------------------------------------- 12. asset inventory
def assets(c):
    r = c.rng
    rows = [["Asset tag", "Device", "Serial no.", "Location", "PM due"]]
    for i in range(r.randint(6, 12)):
        rows.append(["CE-%s" % luhn_serial(r, 8), r.choice(["Video processor CV-190", "Light source CLV-190", "CO2 insufflator UCR",
                                                             "ESU VIO 3", "Scope washer OER-Pro", "Capnography monitor"]),
                     luhn_serial(r, 9), r.choice(["Room 1", "Room 2", "Room 3", "Reprocessing"]), d_en(c.later(10, 200), 1)])
    return dict(cat="inventory", subject="Biomed asset list - endoscopy", frm=("Biomedical Engineering", "biomed@" + ORG_DOMAIN),
                to=[staff_addr(_S(c, "charge nurse"))], text="Hi Janet,\n\nCurrent asset list with PM due dates attached.\n\nBiomed",
                attachments=[att("endo_assets.xlsx", XLSX, A.xlsx([("Assets", rows)]))], note="biomedical asset list with serials")


# --------------------------------------------------------------------------- 13. IT
def it_notice(c):
    r = c.rng
    d = c.later(1, 10)
    v = r.randint(0, 3)
    if v == 0:
        text = ("Hello,\n\nThe EMR will be unavailable on %s from 01:00 to 04:00 for an upgrade. Endoscopy reporting "
                "(EndoWriter) will queue reports and sync afterward. Downtime forms are in the blue binder.\n\nIT Service Desk x5555" % d_en(d, 0))
        subj = "Planned EMR downtime"
    elif v == 1:
        text = ("Hi,\n\nTicket INC%07d: the label printer in endoscopy pre-op (Zebra, s/n %s) has been replaced. Please "
                "reply if labels still print misaligned.\n\n%s\nIT Service Desk" % (r.randint(1000000, 9999999), luhn_serial(r, 9),
                                                                                      staff_name(_S(c, "IT"))))
        subj = "Ticket resolved - label printer"
    elif v == 2:
        text = ("All staff,\n\nMulti-factor authentication becomes mandatory for remote access on %s. Enrol at "
                "https://mfa.%s before then.\n\nInformation Security" % (d_en(d, 0), ORG_DOMAIN))
        subj = "MFA enrolment deadline"
    else:
        inner = c.build_inner(dict(frm=("IT Service Desk", "servicedesk@" + ORG_DOMAIN), to=[ALL], lang=EN,
                                   subject="Scheduled maintenance - PACS viewer",
                                   text="The PACS viewer will restart at 22:00 tonight. Save your work.\n\nIT Service Desk"))
        text = "FYI - forwarding the notice from the service desk (attached) since the unit distribution list missed it.\n\n%s" % staff_name(_S(c, "manager"))
        return dict(cat="it_notice", subject="Fwd: Scheduled maintenance - PACS viewer", frm=staff_addr(_S(c, "manager")), to=[ALL],
                    text=text, attachments=[att("Scheduled maintenance.eml", "message/rfc822", inner, kind="eml")],
                    note="forwarded IT maintenance notice as attachment")
    return dict(cat="it_notice", subject=subj, frm=("IT Service Desk", "servicedesk@" + ORG_DOMAIN), to=[ALL], text=text,
                note="IT notice")


# --------------------------------------------------------------------------- 14. facilities
def facilities(c):
    r = c.rng
    d = c.later(1, 14)
    text = r.choice(["Please note the elevator bank C will be out of service on %s. Endoscopy patients should use bank A.",
                     "HVAC balancing in the reprocessing room on %s 06:00-08:00. Negative pressure will be verified before use.",
                     "Fire drill (Code Red) on level 2 on %s at 10:15. Procedures in progress will continue."]) % d_en(d, 0)
    return dict(cat="facilities", subject=r.choice(["Facilities notice", "Planned maintenance - level 2", "Code Red drill"]),
                frm=("Facilities Management", "facilities@" + ORG_DOMAIN), to=[ALL],
                text="Hello,\n\n%s\n\nFacilities Management\n%s\n1200, boulevard des Récollets, Bellerive (Québec) J0X 2R0\n"
                     "Tel. 819-555-0190" % (text, ORG_EN), note="facilities notice")


# --------------------------------------------------------------------------- 15. aggregate statistics
def statistics(c):
    r = c.rng
    s = _S(c, "screening")
    q = r.randint(1, 4)
    rows = [["Indicator", "Q%d" % q, "Target"], ["FIT kits mailed", r.randint(8000, 14000), ""],
            ["FIT return rate (%)", r.randint(55, 70), ">= 60"], ["FIT positivity (%)", round(r.uniform(4, 7), 1), ""],
            ["Colonoscopy within 60 days of FIT+ (%)", r.randint(55, 85), ">= 90"],
            ["Cancers detected", r.randint(10, 30), ""], ["Advanced adenomas detected", r.randint(90, 200), ""],
            ["Mean age of participants", r.randint(60, 65), ""]]
    text = "Hi all,\n\nQuarterly screening program results (aggregate, no patient-level data):\n\n%s\n\n%s" % (
        "\n".join("%s: %s" % (x[0], x[1]) for x in rows[1:]), signature(s, EN, ORG_PHONE_DEPIST, "Colorectal Screening Program"))
    fmt = r.choice(["xlsx", "csv", "none"])
    atts = []
    if fmt == "xlsx":
        atts.append(att("screening_Q%d.xlsx" % q, XLSX, A.xlsx([("Q%d" % q, rows)])))
    elif fmt == "csv":
        atts.append(att("screening_Q%d.csv" % q, "text/csv", A.csv_text(rows), kind="text"))
    return dict(cat="statistics", subject="Screening program - Q%d results" % q, frm=staff_addr(s), to=[ALL], text=text,
                attachments=atts, note="aggregate screening statistics")


# --------------------------------------------------------------------------- 16. teaching case
def teaching(c):
    r = c.rng
    md = _MD(c)[0]
    case = r.choice([
        "A 27-year-old woman with ileocolonic Crohn's disease on infliximab presents with perianal pain and fever. "
        "CRP 64, MRI pelvis shows a trans-sphincteric fistula with a 2 cm abscess.",
        "A 66-year-old man with MASH cirrhosis (MELD 12) has a 2.4 cm arterially enhancing lesion with washout on CT.",
        "A 45-year-old with dysphagia to solids and food impaction; EGD shows rings and furrows. Biopsies: 48 eos/hpf."])
    text = ("Residents,\n\nCase for Thursday's teaching (fully de-identified):\n\n%s\n\n1. What is your next step?\n"
            "2. Which guideline applies?\n\nSee you at 07:30.\n%s" % (case, staff_name(md)))
    return dict(cat="teaching_case", subject=r.choice(["Teaching case - Thursday", "Case of the week", "Rounds case"]),
                frm=staff_addr(md), to=[("GI residents", "gi.residents@" + ORG_DOMAIN)], text=text, note="de-identified teaching case")


# --------------------------------------------------------------------------- 17. blank templates
def template(c):
    r = c.rng
    s = _S(c, r.choice(["booking", "screening"]))
    v = r.randint(0, 2)
    if v == 0:
        text = ("Hi,\n\nMail-merge template for surveillance recall letters (please use from now on):\n\n"
                "Dear {{title}} {{last_name}},\nOur records show you are due for a {{procedure}} on or after {{due_date}}.\n"
                "Health card: {{hcn}}   Date of birth: {{dob}}\nPlease call {{clinic_phone}} to book.\n\n%s" % signature(s, EN))
        atts, subj = [], "Recall letter template"
    elif v == 1:
        rows = [["Surname", "Given name", "DOB", "Health card", "Procedure", "Indication", "Phone"]]
        atts = [att("booking_import_TEMPLATE.xlsx", XLSX, A.xlsx([("Import", rows)])),
                att("booking_import_TEMPLATE.csv", "text/csv", A.csv_text(rows), kind="text")]
        text = "Hi,\n\nBlank import templates for the new booking system are attached (headers only, no data).\n\n%s" % signature(s, EN)
        subj = "Blank booking import templates"
    else:
        lines = ["Patient name: ____________________", "DOB (YYYY-MM-DD): __________   Sex: __",
                 "Health card / RAMQ: ______________", "Indication: [ ] FIT+  [ ] Surveillance  [ ] Symptoms",
                 "Anticoagulant: [ ] Yes  [ ] No", "Referring physician: ______________  Signature: ________"]
        atts = [att("GI_requisition_blank.pdf", "application/pdf", A.pdf("Endoscopy requisition (blank)", lines, header=ORG_EN))]
        text = "Hello,\n\nUpdated blank endoscopy requisition attached; please share with referring offices.\n\n%s" % signature(s, EN)
        subj = "Blank requisition - 2025 version"
    return dict(cat="template", subject=subj, frm=staff_addr(s), to=[ALL], text=text, attachments=atts,
                note="blank form or mail-merge template")


# --------------------------------------------------------------------------- 18. drug shortage
def shortage(c):
    r = c.rng
    ph = _S(c, "pharmacist")
    drug = r.choice([("PegLyte 4 L", "Pico-Salax or BiPeglyte"), ("pantoprazole IV 40 mg", "esomeprazole IV"),
                     ("octreotide 100 mcg/mL", "octreotide 500 mcg/mL multi-dose vials"), ("budesonide MMX 9 mg", "budesonide 3 mg capsules x3")])
    text = ("All,\n\nShortage notice: %s is on national backorder (est. 6 weeks). Suggested alternative: %s. "
            "Order sets have been updated.\n\n%s" % (drug[0], drug[1], signature(ph, EN, ORG_PHONE_HEPATO, "Pharmacy")))
    return dict(cat="drug_shortage", subject="Drug shortage: %s" % drug[0], frm=staff_addr(ph), to=[ALL], text=text,
                note="drug shortage notice")


# --------------------------------------------------------------------------- 19. device recall
def recall(c):
    r = c.rng
    lots = ["%s%s" % (r.choice(["B", "C", "D"]), luhn_serial(r, 8)) for _ in range(r.randint(2, 4))]
    text = ("Attention endoscopy and OR:\n\nThe manufacturer has issued a field safety notice for single-use "
            "hemostatic clips (model HX-235), lots %s. Deployment failure reported. Quarantine affected stock and "
            "return via the vendor portal. No patient impact reported at our site.\n\nRisk Management" % ", ".join(lots))
    return dict(cat="recall", subject="Field safety notice - hemostatic clips", frm=("Risk Management", "risk@" + ORG_DOMAIN),
                to=[ALL], text=text, note="device recall with lot numbers")


# --------------------------------------------------------------------------- 20. research protocol
def research(c):
    r = c.rng
    md = _MD(c)[0]
    text = ("Hi team,\n\nREB approval received for protocol DHP-%03d, \"Intestinal ultrasound versus colonoscopy for "
            "monitoring ulcerative colitis\". Target enrolment 80; inclusion: adults with UC on advanced therapy; "
            "exclusion: colectomy, pregnancy. No patient contact until the site initiation visit on %s.\n\n%s" %
            (r.randint(100, 999), d_en(c.later(10, 30), 0), signature(md, EN)))
    return dict(cat="research", subject="REB approval - intestinal ultrasound study", frm=staff_addr(md),
                to=[("GI research", "gi.research@" + ORG_DOMAIN)], text=text, note="research protocol approval")


# --------------------------------------------------------------------------- 21. on-call schedule
def oncall(c):
    r = c.rng
    mds = [s for s in STAFF_EN if s[0] and "pathologist" not in s[3]]
    start = c.later(3, 20)
    rows = [["Date", "GI on call", "Hepatology backup", "ERCP"]]
    for i in range(7):
        day = start + datetime.timedelta(days=i)
        rows.append([d_en(day, 4), staff_name(r.choice(mds)), "Dr. Radcliffe", staff_name(r.choice(mds))])
    text = "Switchboard,\n\nGI on-call for next week:\n\n%s\n\nEndoscopy unit: %s\n\n%s" % (
        "\n".join(" / ".join(x) for x in rows), ORG_PHONE_ENDO, signature(_S(c, "booking"), EN))
    return dict(cat="oncall", subject="GI on-call schedule", frm=staff_addr(_S(c, "booking")),
                to=[("Switchboard", "switchboard@" + ORG_DOMAIN)], text=text,
                html="<p>GI on-call:</p>\n%s" % html_table(rows) if r.random() < 0.5 else None, note="physician on-call schedule")


# --------------------------------------------------------------------------- 22. staff birthdays (staff birth dates)
def birthdays(c):
    r = c.rng
    people = r.sample(STAFF_EN, 4)
    month = c.later(10, 30).month
    lines = []
    for p in people:
        bd = datetime.date(r.randint(1965, 1998), month, r.randint(1, 28))
        lines.append("%s - %s" % (staff_name(p), d_en(bd, r.choice([0, 1]))))
    text = ("Hi social committee,\n\nBirthdays coming up next month (from the staff list, for the cake calendar):\n\n%s\n\n"
            "Potluck on the last Friday. Gluten-free options please - we have a few celiacs on the team!\n\nCheers,\nColin" %
            "\n".join(lines))
    return dict(cat="social_committee", subject="Birthdays next month", frm=staff_addr(_S(c, "booking")),
                to=[("Social committee", "social.committee@" + ORG_DOMAIN)], text=text, note="staff birthday list")


# --------------------------------------------------------------------------- 23. meeting invitation
def meeting(c):
    r = c.rng
    org = _S(c, "manager")
    d = c.later(3, 20)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    topic = r.choice(["Digestive Health staff meeting", "Endoscopy huddle - new scheduling system", "Liver clinic planning"])
    cal = A.ics("mtg-%s@%s" % (d.isoformat(), ORG_DOMAIN), start, 45, topic, "Room C-301 / Teams",
                "Agenda: budget, summer coverage, EMR upgrade.", organizer=(staff_name(org), staff_addr(org)[1]))
    return dict(cat="meeting", subject="Invitation: %s" % topic, frm=staff_addr(org), to=[ALL],
                text="Hi all,\n\n%s on %s at noon. Lunch provided.\n\n%s" % (topic, d_en(d, 0), org[1]),
                attachments=[att("invite.ics", "text/calendar", cal, kind="text")], note="staff meeting invitation")


# --------------------------------------------------------------------------- 24. vendor rep contact card
def vendor_card(c):
    r = c.rng
    rep, sex = outsider(r)
    g, s = rep.split(" ", 1)
    card = A.vcard(g, s, org=EXT["vendor_en"][0], title="Clinical Specialist, GI",
                   tel=("WORK", "613-555-01%02d" % r.randint(0, 99)), email="%s.%s@%s" % (g.lower(), s.lower().replace("'", ""), EXT["vendor_en"][1]))
    return dict(cat="vendor_contact", subject="Our new NorthBay rep", frm=staff_addr(_S(c, "charge nurse")), to=[ALL],
                text="Hi all,\n\nContact card for our new clinical specialist attached - call %s for in-servicing on the new snares.\n\nJanet" %
                     ("her" if sex == "F" else "him"),
                attachments=[att("%s.vcf" % rep.replace("'", ""), "text/vcard", card, kind="text")], note="vendor contact card")


# --------------------------------------------------------------------------- 25. scheduling thread
def thread(c):
    r = c.rng
    a, b = _MD(c, 2)
    j = _S(c, "charge nurse")
    d = c.later(5, 20)
    orig = "Janet - I'm at DDW on %s. Can %s take my Thursday list? It's mostly screening colonoscopies.\n\n%s" % (
        d_en(d, 0), staff_name(b), a[1])
    text = "%s, are you able to cover? 10 cases, room 2, 08:00-12:00.\n\nJanet\n\nOn %s, %s wrote:\n%s" % (
        b[1], d_en(c.earlier(0, 2), 0), staff_name(a), quote(orig))
    return dict(cat="thread", subject="Fwd: Thursday list coverage", frm=staff_addr(j), to=[staff_addr(b)], cc=[staff_addr(a)],
                text=text, note="thread about list coverage")


# --------------------------------------------------------------------------- 26. zipped policies
def policies_zip(c):
    r = c.rng
    m = _S(c, "manager")
    members = [("Policy_Sedation_2025.docx", A.docx("Procedural sedation policy", ["Scope: all endoscopy procedures.",
                                                                                    "Monitoring: capnography required for deep sedation."])),
               ("Policy_Reprocessing_2025.pdf", A.pdf("Endoscope reprocessing policy", ["High-level disinfection within 60 min of use.",
                                                                                          "Drying cabinet storage max 7 days."])),
               ("Checklist_timeout.pdf", A.pdf("Procedure time-out checklist", ["[ ] Patient identity confirmed (2 identifiers)",
                                                                                 "[ ] Consent signed", "[ ] Anticoagulation reviewed"]))]
    return dict(cat="policies", subject="Updated unit policies (zip)", frm=staff_addr(m), to=[ALL],
                text="Hi all,\n\nUpdated policies are in the attached zip. Please read and sign off in the LMS by month end.\n\n%s" % signature(m, EN),
                attachments=[att("endoscopy_policies_2025.zip", "application/zip", A.zipped(members))], note="zipped unit policies")


TEMPLATES = [
    (rota, 4), (leave, 4), (payroll, 3), (occ_health, 4), (newsletter, 4), (committee, 4), (conference, 4),
    (job_posting, 4), (candidates, 3), (invoice, 4), (purchase, 3), (assets, 3), (it_notice, 4), (facilities, 3),
    (statistics, 5), (teaching, 4), (template, 4), (shortage, 3), (recall, 3), (research, 3), (oncall, 4),
    (birthdays, 3), (meeting, 3), (vendor_card, 2), (thread, 3), (policies_zip, 2),
]
