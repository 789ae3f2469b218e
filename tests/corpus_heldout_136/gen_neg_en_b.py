"""English hard negatives, part B: purchasing, IT, facilities, notices, statistics, teaching, forms."""
import datetime

from gen_common import ORG, EXT, en_date, luhn_serial, slug
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip
from gen_text import sig, staff_addr, greet, close, md, DX
from gen_neg_en_a import _neg, XLSX, DOCX

L = "en"


def m_invoice(c):
    r = c.rng
    dt = c.date()
    nm, dom, tel = EXT[r.choice(["supplier", "medsup"])]
    ap = c.pick("clerk")
    no = "INV-%d" % r.randint(880000, 889999)
    acct = luhn_serial(r, str(r.randint(1, 7)), 9)
    rows = [["Item", "Description", "Lot/Serial", "Qty", "Unit", "Amount"]]
    for code, desc, pfx in r.sample([("CB-50", "Cryobags 50 mL", "5"), ("DW-230", "Liquid nitrogen, 230 L dewar", "9"),
                                     ("SVC-PM", "Preventive maintenance, controlled-rate freezer", "3"),
                                     ("APH-KIT", "Apheresis collection kits", "4")], 3):
        q, u = r.randint(1, 30), r.randint(20, 900)
        rows.append([code, desc, luhn_serial(r, pfx, 10), q, "%d.00" % u, "%d.00" % (q * u)])
    pdf = make_pdf("%s - Invoice %s" % (nm, no), ["Account no.: %s" % acct, "Invoice date: %s" % en_date(dt.date()),
                                                  "Ship to: Cell Therapy Laboratory, %s" % ORG["en_name"], "Terms: Net 30", ""], table=rows)
    body = "\n".join(["Hello,", "", "Please find attached invoice %s. Remittance details are on page 1." % no, "", "Accounts Receivable", nm, tel])
    return _neg("invoice", "supplier invoice with Luhn-valid account and lot numbers", ("Accounts Receivable", "billing@" + dom),
                [staff_addr(ap)], "Invoice %s" % no, body, atts=[Att("%s.pdf" % no, "application/pdf", pdf)], date=dt)


def m_po(c):
    r = c.rng
    dt = c.date()
    buyer = c.pick("clerk")
    rows = [["Line", "Catalogue", "Description", "Qty", "Cost centre"],
            [1, "OPT-CSP-10", "Stem cell collection set", 24, "7421"],
            [2, "RC-ROTOR", "Rotor, refrigerated centrifuge (serial %s)" % luhn_serial(r, "2", 9), 1, "7421"],
            [3, "LN2-SENS", "Level sensor, LN2 freezer asset %s" % luhn_serial(r, "8", 10), 2, "7421"]]
    x = make_xlsx([("PO", rows)], author=buyer.full)
    body = "\n".join(["Hello,", "", "Purchase order PO-%d attached. Please confirm delivery date." % r.randint(450000, 459999), "",
                      buyer.full, "Procurement", ORG["en_name"]])
    return _neg("purchase_order", "purchase order spreadsheet with serial and asset numbers", staff_addr(buyer),
                [("Orders", "orders@" + EXT["medsup"][1])], "Purchase order - cell therapy lab", body,
                atts=[Att("PO_celltherapy.xlsx", XLSX, x)], date=dt)


def m_inventory(c):
    r = c.rng
    dt = c.date()
    tech = c.pick("bank")
    rows = [["Product", "ABO/Rh", "Units on hand", "Target", "Days of supply"]]
    for g in ["O-", "O+", "A-", "A+", "B+", "AB+"]:
        rows.append(["Red cells", g, r.randint(4, 80), r.choice([20, 40, 60]), round(r.uniform(1.5, 7), 1)])
    rows.append(["Apheresis platelets", "any", r.randint(3, 15), 10, round(r.uniform(0.5, 2.5), 1)])
    body = "\n".join(["Good morning,", "", "Blood bank inventory at 07:00 - O-neg below target, please limit O-neg to O-neg recipients "
                      "and emergency use today.", "", tech.full, "Transfusion Medicine", "Tel. " + ORG["tel_bank"]])
    return _neg("inventory", "blood bank stock levels (aggregate)", staff_addr(tech), [("Transfusion users", "tm-users@" + ORG["dom"])],
                "Blood inventory %s" % dt.strftime("%b %d"), body,
                atts=[Att("inventory_%s.csv" % dt.strftime("%Y%m%d"), "text/csv", make_csv(rows), charset="us-ascii")], date=dt)


def m_it(c):
    r = c.rng
    dt = c.date()
    it = c.pick("it")
    subj, txt = r.choice([
        ("Scheduled downtime - transplant database", "The transplant outcomes database will be offline %s 21:00-23:00 for patching. "
         "Data entry for CIBMTR forms can resume afterwards." % en_date((dt + datetime.timedelta(days=3)).date())),
        ("Phishing alert: fake 'lab results' e-mails", "Do not open attachments named 'patient_results.htm'. Report suspicious mail with the Report button."),
        ("New secure file transfer service", "Large files to external partners must use the secure file transfer portal; personal cloud storage is blocked from Monday."),
    ])
    body = "\n".join(["Hello,", "", txt, "", "IT Service Desk - ext. 5000", it.full])
    return _neg("it_notice", "IT notice", staff_addr(it), [("All users", "allusers@" + ORG["dom"])], subj, body, date=dt)


def m_facilities(c):
    r = c.rng
    dt = c.date()
    fac = c.pick("fac")
    txt = r.choice(["Air-handling unit AHU-7 serving 7 North will be serviced on %s. HEPA rooms stay under positive pressure on the backup fan; "
                    "particle counts will be repeated after the work." % en_date((dt + datetime.timedelta(days=5)).date()),
                    "Construction dust control: the corridor between B and C wings will be sealed from Monday. Immunocompromised patients "
                    "must be transported via the tunnel."])
    body = "\n".join(["Hello,", "", txt, "", fac.full, "Facilities Management", "Tel. %s ext. %s" % (ORG["tel"], fac.ext)])
    return _neg("facilities", "facilities notice about the transplant ward", staff_addr(fac), [("7N managers", "7n-mgmt@" + ORG["dom"])],
                "Facilities notice - 7 North", body, date=dt)


def m_shortage(c):
    r = c.rng
    dt = c.date()
    ph = c.pick("pharm")
    drug = r.choice([("melphalan 50 mg injection", "Use the alternate supplier's product; reconstitution volume differs (see bulletin)."),
                     ("filgrastim 300 mcg syringes", "Biosimilar substitution is automatic; mobilization protocols unchanged."),
                     ("foscarnet 6 g/250 mL", "Restricted to ganciclovir-resistant CMV; ID approval required.")])
    body = "\n".join(["DRUG SHORTAGE NOTICE", "", "Product: %s" % drug[0], "Expected duration: %d weeks" % r.randint(2, 12),
                      "Action: %s" % drug[1], "", ph.full, "Pharmacy Department, ext. %s" % ph.ext])
    return _neg("drug_shortage", "drug shortage notice", staff_addr(ph), [("Prescribers", "prescribers@" + ORG["dom"])],
                "Shortage: %s" % drug[0], body, date=dt)


def m_recall(c):
    r = c.rng
    dt = c.date()
    bio = c.pick("fac")
    serials = [luhn_serial(r, str(r.randint(1, 9)), 9) for _ in range(r.randint(2, 4))]
    body = "\n".join(["FIELD SAFETY NOTICE - infusion pump software", "",
                      "Affected serial numbers on our inventory: %s." % ", ".join(serials),
                      "Issue: occlusion alarm may be delayed at rates below 1 mL/h. Do not use affected pumps for tacrolimus or "
                      "other low-rate continuous infusions until the update is installed.", "", bio.full, "Biomedical Engineering"])
    return _neg("recall", "device field safety notice with serial numbers", staff_addr(bio), [("Nurse managers", "nursemgrs@" + ORG["dom"])],
                "Field safety notice - infusion pumps", body, date=dt)


def m_stats(c):
    r = c.rng
    dt = c.date()
    dm = c.pick("research")
    rows = [["Quarter", "Allo", "Auto", "Median ANC engraftment (d)", "Grade II-IV aGVHD %", "NRM day 100 %"]]
    for q in ["Q1", "Q2", "Q3"]:
        rows.append([q, r.randint(12, 25), r.randint(14, 28), r.randint(13, 20), r.randint(18, 40), r.randint(2, 10)])
    body = "\n".join(["Hi all,", "", "Quarterly outcome numbers (aggregate; no patient-level data):", "",
                      *["%s: allo %s, auto %s, ANC engraftment %s d, aGVHD %s%%, NRM %s%%" % tuple(x) for x in rows[1:]], "",
                      "CIBMTR forms completion: %d%% on time." % r.randint(85, 99), "", dm.full, "Data Manager"])
    return _neg("aggregate_statistics", "quarterly aggregate transplant outcomes", staff_addr(dm),
                [("BMT leadership", "bmt-leads@" + ORG["dom"])], "Quarterly outcomes", body,
                atts=[Att("outcomes_2024.xlsx", XLSX, make_xlsx([("2024", rows)], author=dm.full))] if r.random() < 0.5 else [], date=dt)


def m_teaching(c):
    r = c.rng
    dt = c.date()
    hem = c.pick("hemato")
    body = "\n".join(["Residents,", "", "Case for Friday morning teaching (de-identified):", "",
                      "A %d-year-old %s with %s underwent a haploidentical transplant with PTCy. On day +%d: fever, rash, "
                      "weight gain 6%%, bilirubin 44 umol/L, painful hepatomegaly." % (
                          r.randint(30, 65), r.choice(["woman", "man"]), r.choice(DX[L])[0], r.randint(10, 21)),
                      "", "1. Differential? 2. Modified Seattle vs EBMT criteria for SOS/VOD? 3. When to start defibrotide?", "",
                      md(hem, L)])
    return _neg("teaching_case", "de-identified teaching case", staff_addr(hem), [("Heme residents", "heme-residents@" + ORG["dom"])],
                "Friday teaching case", body, date=dt)


def m_blank_form(c):
    r = c.rng
    dt = c.date()
    coord = c.pick("coord")
    lines = ["Patient name: ____________________   MRN: ____________   DOB (YYYY-MM-DD): __________",
             "Health card no.: ____________  Version: __", "",
             "# Referral details", "Diagnosis: ________________________   Disease status: □ CR1 □ CR2 □ PR □ other",
             "Prior therapy: ______________________________", "Siblings: number ___  willing to be typed □ yes □ no", "",
             "Referring physician: ____________________   Phone: ____________", "Signature: ____________   Date: ________"]
    att = Att("BMT_referral_form_blank.pdf", "application/pdf", make_pdf("BMT Referral Form", lines)) if r.random() < 0.5 else \
        Att("BMT_referral_form_blank.docx", DOCX, make_docx("BMT Referral Form", lines))
    body = "\n".join(["Hello,", "", "Attached is our current referral form (blank). Please use this version from now on.", "",
                      sig(coord, L, "Transplant Nurse Coordinator")])
    return _neg("blank_form", "blank referral form", staff_addr(coord), [("Referring centres", "referrals@" + EXT["rvgh"][1])],
                "BMT referral form - new version", body, atts=[att], date=dt)


def m_template(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    tpl = "\n".join(["Dear <<Title>> <<LastName>>,", "",
                     "This is a reminder of your appointment at the BMT clinic on <<ApptDate>> at <<ApptTime>>.",
                     "Please bring your medication list and arrive 30 minutes early for blood work.",
                     "If you have a fever of 38.0 C or more before then, call %s right away." % ORG["tel_bmt"], "",
                     "BMT Clinic, %s" % ORG["en_name"]])
    body = "\n".join(["Hi,", "", "Here's the reminder letter template for the mail merge (fields in double angle brackets):", "",
                      tpl, "", clerk.given])
    return _neg("mail_merge_template", "mail-merge reminder letter template", staff_addr(clerk), [("Clinic clerks", "bmt-clerks@" + ORG["dom"])],
                "Reminder letter template", body, date=dt)


def m_protocol(c):
    r = c.rng
    dt = c.date()
    rc = c.pick("research")
    paras = ["# Synopsis", "Randomized phase III trial of abatacept added to standard GVHD prophylaxis in 7/8 unrelated donor transplants.",
             "# Population", "Adults 18-75 with AML, ALL or MDS in remission.", "# Sample size", "220 participants across 12 sites.",
             "# Primary endpoint", "Severe aGVHD-free survival at day 180."]
    body = "\n".join(["Hello,", "", "Protocol synopsis for the feasibility review attached. We have not screened anyone yet.", "",
                      sig(rc, L, "Clinical Research Coordinator")])
    return _neg("research_protocol", "research protocol synopsis without participants", staff_addr(rc),
                [("Research office", "research@" + ORG["dom"])], "Feasibility - abatacept trial", body,
                atts=[Att("Protocol_synopsis_ABA3.docx", DOCX, make_docx("ABA-3 synopsis", paras, author=rc.full))], date=dt)


def m_minutes(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    att = r.sample(c.staff["hemato"] + c.staff["coord"] + c.staff["mgr"], 5)
    paras = ["Attendees: " + ", ".join(p.full for p in att), "# Items",
             "1. CLABSI rate %.1f per 1,000 line-days (target < 1.5)." % r.uniform(0.8, 2.4),
             "2. Hand hygiene audit %d%%." % r.randint(80, 95),
             "3. Median time from search request to transplant: %d days." % r.randint(75, 120),
             "4. FACT inspection mock audit scheduled."]
    body = "\n".join(["Hi all,", "", "Minutes of the BMT quality meeting attached.", "", mgr.full])
    return _neg("committee_minutes", "quality meeting minutes with aggregate indicators", staff_addr(mgr),
                [("BMT quality", "bmt-quality@" + ORG["dom"])], "Minutes - BMT quality meeting", body,
                atts=[Att("Minutes_BMT_quality_%s.docx" % dt.strftime("%Y%m"), DOCX, make_docx("BMT quality meeting", paras, author=mgr.full))], date=dt)


def m_calibration(c):
    r = c.rng
    dt = c.date()
    fac = c.pick("fac")
    serial = luhn_serial(r, str(r.randint(1, 7)), 9)
    pdf = make_pdf("Certificate of Calibration", ["Instrument: Blood product irradiator, model IRR-X2", "Serial no.: %s" % serial,
                                                  "Dose mapping: central 25.4 Gy, minimum 16.2 Gy - PASS",
                                                  "Date: %s" % en_date(dt.date()), "Engineer: %s" % fac.full])
    body = "\n".join(["Hi,", "", "Annual dose mapping certificate attached for the irradiator (S/N %s)." % serial, "", fac.full, "Biomedical Engineering"])
    return _neg("calibration", "irradiator calibration certificate with serial number", staff_addr(fac),
                [("Blood bank", "bloodbank@" + ORG["dom"])], "Irradiator dose mapping certificate", body,
                atts=[Att("Irradiator_cert_%s.pdf" % serial, "application/pdf", pdf)], date=dt)


def m_formulary(c):
    r = c.rng
    dt = c.date()
    ph = c.pick("pharm")
    body = "\n".join(["Pharmacy & Therapeutics Committee - summary of decisions", "",
                      "- Letermovir: added for CMV prophylaxis in CMV-seropositive allogeneic recipients to day +100.",
                      "- Ruxolitinib: criteria for steroid-refractory acute and chronic GVHD approved.",
                      "- Defibrotide: restricted to BMT attendings for severe SOS/VOD.", "", ph.full, "P&T Secretary"])
    return _neg("pharmacy_committee", "P&T committee decisions", staff_addr(ph), [("Medical staff", "medstaff@" + ORG["dom"])],
                "P&T decisions", body, date=dt)


def m_education(c):
    r = c.rng
    dt = c.date()
    coord = c.pick("coord")
    pdf = make_pdf("Going home after your transplant", ["# Call us right away if", "- temperature 38.0 C or higher",
                                                          "- new rash, diarrhea or yellow eyes", "- bleeding or bruising",
                                                          "# Your medicines", "Take tacrolimus at the same times every day. No grapefruit.",
                                                          "BMT line: %s (24 h)" % ORG["tel_bmt"]])
    body = "\n".join(["Hi team,", "", "Revised discharge teaching booklet attached - please use from today.", "", coord.full])
    return _neg("patient_education", "generic patient education booklet", staff_addr(coord), [("BMT team", "bmt-team@" + ORG["dom"])],
                "Revised discharge booklet", body, atts=[Att("Going_home_booklet.pdf", "application/pdf", pdf)], date=dt)


def m_tumor_board(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    meet = (dt + datetime.timedelta(days=r.randint(2, 7))).date()
    st = datetime.datetime(meet.year, meet.month, meet.day, 7, 30)
    cases = ["%d. %s, %d, %s - donor choice" % (i + 1, r.choice(["M", "F"]), r.randint(22, 70), r.choice(DX[L])[1]) for i in range(3)]
    ics = make_ics("tb-%d@%s" % (r.randrange(10**6), ORG["dom"]), st, st + datetime.timedelta(hours=1), "BMT selection conference",
                   "De-identified cases:\n" + "\n".join(cases), "Room A-1120", (clerk.full, clerk.email(ORG["dom"])))
    body = "\n".join(["Hello,", "", "BMT selection conference invite attached. Cases (de-identified):", *cases, "", clerk.full])
    return _neg("committee_notice", "selection conference invite with de-identified cases", staff_addr(clerk),
                [("BMT conference", "bmt-conf@" + ORG["dom"])], "BMT selection conference", body,
                atts=[Att("conference.ics", "text/calendar", ics)], date=dt)


def m_zip(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    z = make_zip([("SOP-CT-021_cryopreservation.pdf", make_pdf("SOP-CT-021 Cryopreservation", ["Controlled-rate freezing, 10% DMSO."])),
                  ("SOP-CT-022_labelling.docx", make_docx("SOP-CT-022 Labelling", ["ISBT 128 labels."])),
                  ("index.csv", make_csv([["doc", "version"], ["SOP-CT-021", "7"], ["SOP-CT-022", "4"]]).encode("ascii"))])
    body = "\n".join(["Hi,", "", "Zipped SOP package for the FACT inspector's pre-read.", "", mgr.full])
    return _neg("policy_bundle", "ZIP of standard operating procedures", staff_addr(mgr), [("FACT liaison", "fact@" + ORG["dom"])],
                "SOP package for FACT", body, atts=[Att("SOP_package_FACT.zip", "application/zip", z)], date=dt)


def m_fwd_it(c):
    r = c.rng
    dt = c.date()
    it, mgr = c.pick("it"), c.pick("mgr")
    inner = Msg(L, "", False, [], "", staff_addr(it), [("Managers", "managers@" + ORG["dom"])], "Printer replacement - 7 North",
                "Hello,\n\nThe three printers on 7 North will be replaced on %s. Queue names stay the same.\n\n%s\nIT Service Desk" % (
                    en_date((dt + datetime.timedelta(days=6)).date()), it.full), date=dt - datetime.timedelta(days=1))
    body = "FYI below.\n\n" + mgr.given
    return _neg("it_notice", "IT notice forwarded as an attached message", staff_addr(mgr), [("7N staff", "7north-staff@" + ORG["dom"])],
                "Fwd: Printer replacement - 7 North", body, atts=[Att("Printer replacement.eml", "message/rfc822", msg=inner)], date=dt)


def m_parking(c):
    r = c.rng
    dt = c.date()
    fac = c.pick("fac")
    body = "\n".join(["Hello,", "", "Parking lot P3 will be resurfaced from %s to %s. Staff permits are valid in P5 during the work. "
                      "Patient drop-off for the BMT day hospital remains at door 7." % (
                          en_date((dt + datetime.timedelta(days=7)).date()), en_date((dt + datetime.timedelta(days=11)).date())),
                      "", fac.full, "Parking & Security"])
    return _neg("facilities", "parking notice", staff_addr(fac), [("All staff", "allstaff@" + ORG["dom"])], "P3 closure", body, date=dt)
