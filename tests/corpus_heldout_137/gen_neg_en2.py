"""English hard negatives, part 2: purchasing, inventory, IT, facilities, statistics, teaching, forms, notices."""
import datetime

from gen_common import (Msg, ORG_DOMAIN, SITE_ADDR, SITE_PHONE, en_date, ext, luhn_serial, staff)
from gen_docs import att, csv_bytes, docx, make_zip, pdf, vcard, xlsx
from gen_neg_en import ALL, _m


def invoice(c):
    r = c.r
    v = c.pick(["vendor_aud", "vendor_sup", "vendor_ci"])
    vn = ext(v)
    gm = staff("gm")
    inv = f"INV-{r.randint(100000, 999999)}"
    pool = {"vendor_aud": [("Disposable ear tips 4 mm (100)", 38.50), ("Size 312 batteries (60)", 27.90),
                           ("OAE probe tubes", 112.00), ("Annual audiometer calibration", 485.00)],
            "vendor_sup": [("Barium sulfate suspension 60% w/v 1.9 L", 96.40), ("Xanthan gum thickener 125 g", 14.75),
                           ("Nasendoscope sheaths (50)", 240.00), ("Tongue depressors (500)", 21.30)],
            "vendor_ci": [("Processor coil cable 8 cm", 74.00), ("Replacement antenna coil", 189.00),
                          ("Rechargeable batteries (3)", 310.00), ("Waterproof processor cover", 129.00)]}[v]
    items = r.sample(pool, 3)
    lines = [vn[0], "INVOICE", f"Invoice no.: {inv}", f"Date: {en_date(c.ago(1, 15), 'iso')}", f"Customer no.: {r.randint(10000, 99999)}",
             "Bill to: CISSS des Hautes-Rivieres - Accounts Payable", f"Ship to: {SITE_ADDR}", f"PO: PO-{r.randint(450000, 459999)}", ""]
    total = 0
    for name, price in items:
        q = r.randint(1, 10)
        lines.append(f"{q} x {name} @ ${price:.2f} - Lot {luhn_serial(r, 8)} - S/N {luhn_serial(r, 9)}")
        total += q * price
    lines += ["", f"Subtotal: ${total:.2f}", f"GST: ${total * 0.05:.2f}", f"QST: ${total * 0.09975:.2f}", f"Total: ${total * 1.14975:.2f}", "Terms: net 30"]
    body = f"Hello,\n\nPlease find attached invoice {inv} for the delivery of {en_date(c.ago(1, 10))}.\n\nAccounts Receivable\n{vn[0]}\n1-800-555-01{r.randint(10, 99)}"
    return _m(c, "invoice", "supplier invoice", f"Invoice {inv}", body, ("Accounts Receivable", "ar@" + vn[1]), [gm.addr()],
              atts=[att(f"{inv}.pdf", "pdf", pdf("Invoice", lines))])


def purchase_order(c):
    r = c.r
    gm, chief = staff("gm"), staff("chief")
    po = f"PO-{r.randint(450000, 459999)}"
    rows = [["Item", "Code", "Qty", "Unit price", "Cost centre"]] + [
        [n, f"{r.choice('ABCD')}{r.randint(1000, 9999)}", r.randint(1, 6), f"{r.randint(20, 2400)}.00", f"7{r.randint(1000, 9999)}"]
        for n in r.sample(["Sound booth door seal", "Portable tympanometer", "TDH-39 headset", "Thickener (case)", "ABR laptop",
                           "Voice analysis software licence", "Laryngeal mirrors", "Language assessment kit"], 4)]
    as_csv = r.random() < 0.5
    a = att(f"{po}.csv", "csv", csv_bytes(rows)) if as_csv else att(f"{po}.xlsx", "xlsx", xlsx([("PO", rows)], author=gm.surname))
    body = f"Hi Karine,\n\n{po} needs your approval (over $5,000). Details attached.\n\n{gm.sig('en')}"
    return _m(c, "purchase_order", "purchase order for approval", f"Approval needed - {po}", body, gm.addr(), [chief.addr()], atts=[a])


def inventory(c):
    r = c.r
    tech = staff("tech")
    rows = [["Device", "Model", "Serial no.", "Asset tag", "Room", "Last calibration"]]
    for k in range(r.randint(6, 10)):
        rows.append([c.pick(["Audiometer", "Tympanometer", "ABR system", "Hearing aid analyser", "Nasendoscope", "Sound level meter"]),
                     f"{c.pick(['AC', 'TY', 'EP', 'HA', 'NF'])}-{r.randint(10, 99)}", luhn_serial(r, c.pick([9, 10])), f"A{r.randint(100000, 999999)}",
                     f"B-{r.randint(100, 320)}", en_date(c.ago(30, 360), "iso")])
    body = f"Hi,\n\nUpdated equipment inventory for annual calibration. Three units are due before month end.\n\n{tech.sig('en')}"
    a = att("equipment_inventory.csv", "csv", csv_bytes(rows)) if r.random() < 0.5 else att("equipment_inventory.xlsx", "xlsx", xlsx([("Inventory", rows)]))
    return _m(c, "inventory", "equipment inventory with serial numbers", "Equipment inventory - calibration due", body, tech.addr(),
              [staff("chief").addr(), staff("gm").addr()], atts=[a])


def it_notice(c):
    r = c.r
    it = staff(c.pick(["it", "it2"]))
    d = c.workday(2, 10)
    body, subj = c.pick([
        (f"Hello,\n\nThe hearing-aid fitting software update (v4.16) will be pushed on {en_date(d)} between 7 and 8 am. Please log off the night before.", "Audiology software update"),
        (f"Hello,\n\nPlanned downtime of the clinical record system on {en_date(d)} from 22:00 to 02:00. Use downtime paper forms and back-enter notes afterwards.", "Planned EHR downtime"),
        ("Hello,\n\nA phishing e-mail titled \"Your audiogram results\" is circulating. Do not click; forward it to security@" + ORG_DOMAIN + ".", "Phishing alert"),
        (f"Hello,\n\nMulti-factor authentication becomes mandatory for webmail on {en_date(d)}. Install the authenticator app on your work phone.", "MFA roll-out"),
    ])
    body += f"\n\nTicket: INC{r.randint(1000000, 9999999)}\n\n{it.sig('en')}"
    return _m(c, "it_notice", "IT support notice", subj, body, it.addr(), [("SROA staff", ALL)])


def facilities(c):
    adj = staff("adj")
    d = c.workday(2, 14)
    body, subj = c.pick([
        (f"Hello,\n\nHVAC work in Building B on {en_date(d)}. Sound booths B-210 to B-216 will be unusable due to ambient noise.", "HVAC work - sound booths"),
        (f"Hello,\n\nParking lot P2 will be closed on {en_date(d)} for snow removal. Accessible drop-off remains open at the main entrance.", "P2 parking closure"),
        (f"Hello,\n\nThe door on sound booth B-214 no longer seals. The vendor comes {en_date(d)}; free-field testing in that room is unreliable until then.", "Booth B-214 out of service"),
        (f"Hello,\n\nFire drill on the morning of {en_date(d)}. Clinics continue; walk clients to the nearest exit and alert anyone wearing hearing aids.", "Fire drill"),
    ])
    return _m(c, "facilities", "facilities notice", subj, body + "\n\n" + adj.sig("en"), adj.addr(), [("SROA staff", ALL)])


def statistics(c):
    r = c.r
    chief = staff("chief")
    v = c.pick(["nhs", "wait", "dys", "ci"])
    if v == "nhs":
        n = r.randint(1800, 2600)
        ref = r.randint(30, 60)
        body = (f"Newborn hearing screening, fiscal year: {n} infants screened, {ref} referred ({ref * 100 / n:.1f}%), "
                f"{r.randint(3, 8)} permanent hearing losses confirmed. Median age at diagnosis {r.randint(7, 12)} weeks.")
        subj = "Annual newborn hearing screening report"
    elif v == "wait":
        body = "Wait lists at month end (aggregate):\n\n" + "\n".join(
            f"{a}: {r.randint(10, 260)} clients, median wait {r.randint(30, 400)} days"
            for a in ["Paediatric SLP 0-5", "Adult audiology", "Voice clinic", "CI candidacy"])
        subj = "Dashboard - wait lists"
    elif v == "dys":
        body = (f"Last quarter: {r.randint(180, 320)} inpatient swallow consults, {r.randint(40, 90)} MBS studies, {r.randint(10, 40)} FEES. "
                f"Aspiration pneumonia rate among assessed patients {r.randint(2, 6)}.{r.randint(0, 9)}%.")
        subj = "Quarterly dysphagia statistics"
    else:
        body = (f"CI programme this year: {r.randint(20, 45)} implants ({r.randint(5, 15)} paediatric), median age at implantation "
                f"{r.randint(55, 70)} years for adults. Mean CNC word score at 12 months {r.randint(48, 66)}%.")
        subj = "CI programme annual figures"
    body = "Hello,\n\n" + body + "\n\nFigures are aggregate and contain no identifying information.\n\n" + chief.sig("en")
    return _m(c, "aggregate_statistics", "aggregate statistics", subj, body, chief.addr(), [("Multidisciplinary Services", "dsm@" + ORG_DOMAIN)])


def teaching_case(c):
    r = c.r
    slp = staff(c.pick(["slp_en", "aud_en", "slp_voice"]))
    case = c.pick([
        f"A {r.randint(68, 84)}-year-old man, 10 days after a left MCA stroke, coughs after thin liquids. MBS: penetration (PAS 5) with thin by spoon, silent aspiration (PAS 8) by cup. What compensatory strategies would you trial?",
        f"A {r.randint(28, 45)}-year-old teacher with 6 months of hoarseness; stroboscopy shows bilateral nodules, VHI-10 = 24. Outline a therapy plan.",
        f"A {r.randint(3, 5)}-year-old who is unintelligible to strangers with multiple phonological processes; hearing normal. Choose intervention targets.",
        f"A {r.randint(60, 75)}-year-old woman with asymmetric SNHL (25 dB worse on the left at 2-4 kHz). What work-up do you recommend?",
    ])
    body = f"Hi all,\n\nFor Thursday's journal club, please prepare this de-identified case:\n\n{case}\n\nBring one reference each.\n\n{slp.given}"
    return _m(c, "teaching_case", "de-identified teaching case", "Journal club - Thursday case", body, slp.addr(), [("SROA team", ALL)])


def blank_form(c):
    r = c.r
    clerk = staff("clerk2")
    if r.random() < 0.5:
        blocks = [("h", "Client identification"),
                  ("table", [["Last name:", "__________"], ["First name:", "__________"], ["Date of birth (YYYY-MM-DD):", "____"],
                             ["Health card no.:", "__________"], ["Chart no.:", "________"], ["Phone:", "(___) ___-____"]]),
                  ("h", "Reason for referral"), ("p", "[ ] Dysphagia  [ ] Voice  [ ] Audiology  [ ] Cochlear implant  [ ] Language 0-5"),
                  ("p", "Referring clinician signature: ______________  Date: ________")]
        a = att("Referral_form_BLANK.docx", "docx", docx("Service Request - SROA", blocks))
        body = "Hello,\n\nThe revised referral form (blank template) is attached. Please recycle old paper copies.\n\n" + clerk.sig("en")
        subj = "Revised referral form"
    else:
        a = None
        body = ("Hello,\n\nHere is the appointment letter template for the mail merge:\n\n---\n<<FirstName>> <<LastName>>\n<<Address1>>\n<<City>> <<PostalCode>>\n\n"
                "Dear <<Title>> <<LastName>>,\n\nYou have an appointment on <<ApptDate>> at <<ApptTime>> with <<Clinician>> in Building B. "
                "Please bring your health insurance card and a list of your medications.\n---\n\n" + clerk.sig("en"))
        subj = "Mail-merge template - appointment letters"
    return _m(c, "blank_form", "blank form or mail-merge template", subj, body, clerk.addr(), [("Reception", "reception@" + ORG_DOMAIN)],
              atts=[a] if a else [])


def shortage(c):
    r = c.r
    prod = c.pick([("barium sulfate suspension (contrast for MBS studies)", "Use the powder for reconstitution; adjusted IDDSI recipe below."),
                   ("ciprofloxacin/dexamethasone otic drops", "Substitute ofloxacin 0.3% otic drops, same dosing."),
                   ("xanthan gum thickener, 125 g format", "The 2.5 kg format remains available from stores."),
                   ("prednisone 50 mg tablets", "Dispense 5 mg tablets and counsel on tablet count.")])
    body = (f"SHORTAGE NOTICE\n\nProduct: {prod[0]}\nExpected duration: {r.randint(3, 12)} weeks\n\n{prod[1]}\n\nNo action needed for prescriptions already dispensed.\n\nPharmacy Department")
    return _m(c, "shortage_notice", "product shortage notice", "Shortage notice - " + prod[0].split(" (")[0], body,
              ("Pharmacy Department", "pharmacy@" + ORG_DOMAIN), [("Clinical staff", ALL)])


def recall(c):
    r = c.r
    vn = ext(c.pick(["vendor_ci", "vendor_aud"]))
    sns = [luhn_serial(r, c.pick([9, 10])) for _ in range(r.randint(3, 5))]
    body = (f"VOLUNTARY RECALL - {vn[0]}\n\nProduct: {c.pick(['rechargeable processor batteries', 'coil magnet (strength 3)', 'desktop charger CH-2'])}\n"
            "Affected serial numbers:\n" + "\n".join("  " + s for s in sns) +
            f"\n\nRisk: possible overheating while charging. No serious incidents reported.\nAction: quarantine clinic stock and call technical service at 1-800-555-01{r.randint(10, 99)}.\n\n{vn[0]}")
    return _m(c, "recall_notice", "product recall with serial numbers", "Voluntary recall - affected serial numbers", body,
              ("Regulatory Affairs", "recalls@" + vn[1]), [staff("ci").addr(), staff("gm").addr()])


def research(c):
    r = c.r
    univ = ext("univ")
    title = c.pick(["Tele-delivered LSVT LOUD in Parkinson's disease", "Nurse-administered post-stroke dysphagia screening: a validity study",
                    "Cochlear implant benefit in adults over 80", "Bilingualism and DLD at age 4"])
    body = (f"Hello,\n\nThe REB approved \"{title}\" (REB-{r.randint(2024, 2025)}-{r.randint(100, 999)}). Inclusion: "
            f"{c.pick(['adults 50+', '4-year-olds', 'inpatients day 1-3'])}; target {r.randint(30, 120)} participants over 18 months. "
            "Clinicians may hand out the information leaflet; please do not e-mail us any identifying information.\n\n"
            f"Prof. Neil Harper\n{univ[0]}")
    return _m(c, "research_protocol", "approved research protocol without participants", "Research study - ethics approval", body,
              ("Neil Harper", "neil.harper@" + univ[1]), [staff("chief").addr()])


def vendor_card(c):
    r = c.r
    vn = ext(c.pick(["vendor_aud", "vendor_ci"]))
    rep = c.pick(["Brent Calloway", "Shauna Whitlock"])
    em = f"{rep.split()[0].lower()}.{rep.split()[1].lower()}@{vn[1]}"
    card = vcard(rep, (rep.split()[1], rep.split()[0]), tel=[("WORK", f"450-555-01{r.randint(10, 99)}"), ("CELL", f"514-555-01{r.randint(10, 99)}")],
                 email=em, org=vn[0], title="Territory Manager", adr=("WORK", "400 Industrial Blvd, Suite 12", "Port-Aubin", "QC", "J0X 2T0"))
    body = f"Hello,\n\nI'm your new territory manager at {vn[0]}. My card is attached for orders, repairs and in-service training.\n\n{rep}\n{vn[0]}"
    return _m(c, "vendor_contact", "vendor representative contact card", "New territory manager - contact details", body, (rep, em),
              [staff("gm").addr(), staff("ci").addr()], atts=[att(f"{rep}.vcf", "vcf", card)])


def zip_forms(c):
    members = [(t.replace(" ", "_") + "_blank.pdf",
                pdf(t, ["Client name: ______________________", "Date of birth: ____/____/______", "Health card no.: ____________", "",
                        "Items 1-10: [ ] Yes  [ ] No", "", "Signature: ______________"]))
               for t in ["Dysphagia screening questionnaire", "Video recording consent", "Daycare observation grid"]]
    clerk = staff("clerk2")
    body = "Hello,\n\nRevised blank templates are in the attached archive. Please print only as needed.\n\n" + clerk.sig("en")
    return _m(c, "blank_forms_zip", "archive of blank forms", "Revised blank templates", body, clerk.addr(), [("SROA team", ALL)],
              atts=[att("blank_templates.zip", "zip", make_zip(members))])


def eml_newsletter(c, render_inner):
    vn = ext("vendor_ci")
    chief = staff("chief")
    inner = Msg(lang="en", category="inner", note="", types=set(), subject="Auralis News - spring edition",
                body=("Hello,\n\nIn this issue: our new waterproof processor cover, a webinar on single-sided deafness with Dr. Erin Lindqvist, "
                      "and updated MRI safety guidance for implant recipients.\n\nAuralis Implant Systems\nUnsubscribe"),
                frm=(vn[0], "news@" + vn[1]), to=[("Subscribers", "subscribers@" + vn[1])])
    body = "FYI - the SSD webinar might interest the CI team.\n\nKarine"
    return _m(c, "forwarded_newsletter", "vendor newsletter forwarded as .eml", "Fw: Auralis News - spring edition", body, chief.addr(),
              [staff("ci").addr(), staff("aud_en").addr()], atts=[att("Auralis News.eml", "eml", render_inner(inner))])
