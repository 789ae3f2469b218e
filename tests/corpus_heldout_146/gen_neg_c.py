"""Negative templates, part C (English): change notice with forwarded vendor e-mail, resident access list,
printer toner and serials, interface field mapping, aggregate audit statistics, newsletter, conference
programme, job posting, licence invoice, purchase order, workstation inventory."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS_EN, staff, addr, luhn_serial, ticket, phone, ORG_FR)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, SD_EN, CI_EN
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics
from gen_mime import inner_eml, msg_date

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def n_change_en(reg, rng, k):
    cab, vend = staff(reg), staff(reg, dom='interfaces-vendor.example')
    chg = f"CHG{rng.randrange(100000, 999999):07d}"
    text = (f"Change {chg} - Interface engine upgrade 11.4 -> 12.1\n\nWindow: Saturday 02:00-05:00\nImpact: ADT, "
            f"ORU, SIU and MDM feeds queued (not lost) during the window; Orion and LabSphere stay up.\n"
            f"Rollback: snapshot restore, 40 min.\nTesting: 312 regression messages replayed in TEST, 0 "
            f"differences.\nApproved by CAB on {rng.randrange(2, 28)} May.\n\n{sig(cab, 'en', CI_EN, rng)}")
    atts = []
    if k % 2 == 0:
        inner = inner_eml((vend['name'], vend['email']), (cab['name'], cab['email']),
                          "Release notes 12.1 - HL7 changes", msg_date(rng), f"rn{k}{chg}@interfaces-vendor.example",
                          "Hi,\n\nKey changes in 12.1: MSH-12 now validated against 2.5.1; empty PID-3 repetitions "
                          "trimmed; TLS 1.3 default on MLLP/S.\n\nRegards,\nProduct Support")
        atts.append(Att("Release notes 12.1.eml", 'message/rfc822', inner, 'eml'))
    return Spec('en', 'change_notice', 'change advisory for an interface engine upgrade', [],
                f"[CAB] {chg} interface engine upgrade", addr(cab), [('Clinical Informatics', f'informatique.clinique@{DOM}')],
                text, atts=atts)


def n_resident_access_en(reg, rng, k):
    coord, agent = staff(reg), staff(reg)
    rows = [("Resident", "Licence no.", "PGY", "Service", "Start", "End")]
    for _ in range(5):
        r = staff(reg)
        rows.append((r['name'], str(rng.randrange(1000000, 9999999)), f"PGY-{rng.randrange(1, 5)}",
                     rng.choice(["Oncology", "Psychiatry", "Infectious Diseases", "Nephrology", "Cardiology"]),
                     "2024-07-01", "2024-07-28"))
    text = (f"Hi,\n\nAttached is the July rotation list. Please create Orion accounts with the resident profile for "
            f"the services listed and expire them on the end date.\n\n{sig(coord, 'en', 'Postgraduate Medical Education', rng)}")
    return Spec('en', 'staff_access', 'resident rotation list for EHR account creation', [],
                "July residents - Orion accounts", addr(coord), [addr(agent)], text,
                atts=[Att("residents_july.xlsx", XLSX, make_xlsx([("July", rows)]), 'xlsx')])


def n_printer_en(reg, rng, k):
    tech, mgr = staff(reg), staff(reg)
    lines = []
    for u in rng.sample(UNITS_EN, 4):
        lines.append(f"{u}: {rng.choice(['LaserJet M610', 'ZD621 label', 'ZT411 wristband'])}  S/N "
                     f"{luhn_serial(rng, str(rng.randrange(1, 8)), 9)}  asset HSH-{rng.randrange(10000, 99999)}  - "
                     f"{rng.choice(['toner low', 'fuser replaced', 'jam sensor', 'cleaned platen roller'])}")
    text = (f"Hi {mgr['given']},\n\nWeekly printer round done. Summary:\n\n" + '\n'.join(lines) +
            f"\n\nOrdered 6 black toner cartridges (PO pending). No outstanding tickets.\n\n"
            f"{sig(tech, 'en', 'Field Support Technician', rng)}")
    return Spec('en', 'printer_round', 'weekly ward printer round with serial numbers', [], "Printer round - week "
                + str(rng.randrange(10, 40)), addr(tech), [addr(mgr)], text)


def n_mapping_en(reg, rng, k):
    an, b = staff(reg), staff(reg)
    table = [("HL7 field", "Description", "Orion field", "Rule"),
             ("PID-3", "Patient identifier list", "MRN / RAMQ", "MR first, JHN second"),
             ("PID-5", "Patient name", "Legal name", "Family^Given, upper case"),
             ("PID-7", "Date of birth", "DOB", "YYYYMMDD"), ("PID-8", "Administrative sex", "Sex", "F/M/X/U"),
             ("PID-11", "Patient address", "Home address", "Canadian postal code validated"),
             ("PID-13", "Home phone", "Phone", "NANP format")]
    text = (f"Hi {b['given']},\n\nHere is the draft PID mapping for the new ADT feed to the regional "
            f"teleconsultation platform. No sample data yet - we'll use the TEST environment for the "
            f"validation messages.\n\n{an['given']}")
    return Spec('en', 'interface_spec', 'HL7 PID field mapping without patient data', [],
                "Draft PID mapping - teleconsult ADT", addr(an), [addr(b)], text,
                atts=[Att("PID_mapping_v0.3.docx", DOCX, make_docx("PID mapping", ["Draft v0.3 – for review"], table), 'docx')])


def n_audit_stats_en(reg, rng, k):
    priv = staff(reg)
    n = rng.randrange(1800, 4000)
    text = (f"Quarterly proactive audit summary (Q{k + 1})\n\nCharts sampled: {n}\nAccesses reviewed: "
            f"{n * 14}\nFlagged for review: {rng.randrange(40, 120)}\nConfirmed inappropriate access: "
            f"{rng.randrange(3, 15)} (employee self-lookups: {rng.randrange(1, 6)}; family members: "
            f"{rng.randrange(1, 5)})\nDisciplinary measures: {rng.randrange(1, 4)}\n\nMost common justification "
            f"missing: break-the-glass in Psychiatry and Emergency.\n\n{sig(priv, 'en', 'Privacy Office', rng)}")
    return Spec('en', 'audit_statistics', 'aggregate quarterly access-audit statistics', [],
                f"Proactive audit - Q{k + 1} summary", addr(priv), [('Management Committee', f'codir@{DOM}')], text)


def n_newsletter_en(reg, rng, k):
    a, b, c, ed = staff(reg), staff(reg), staff(reg, sex='F'), staff(reg)
    text = (f"CLINICAL INFORMATICS BULLETIN - Issue {rng.randrange(10, 60)}\n\nMeet our physician champions\n"
            f"Dr. {a['name']}, nephrologist, led the redesign of the dialysis flowsheet for patients with "
            f"end-stage renal disease.\nDr. {b['name']}, our diabetes lead, built the new insulin order set.\n"
            f"Ms. {c['name']}, nurse educator, trained 340 nurses on barcode medication administration.\n\n"
            f"Tip of the month: use the \"Secure message\" button instead of e-mail for anything clinical.\n\n"
            f"{ed['name']}, editor")
    return Spec('en', 'newsletter', 'clinical informatics bulletin with physician champions', [],
                "Clinical Informatics Bulletin", addr(ed), [('All clinical staff', f'clinical.staff@{DOM}')], text)


def n_conference_en(reg, rng, k):
    sp = [staff(reg, sex=s) for s in 'FMFM']
    org = staff(reg)
    prog = ["## Health Informatics Day – programme", "08:30 Registration",
            f"09:00 Dr. {sp[0]['name']} – Predicting sepsis in the ED", f"10:00 Dr. {sp[1]['name']} – "
            "Heart failure remote monitoring: year one", f"11:00 Ms. {sp[2]['name']} – Interoperability with FHIR R4",
            f"13:30 Mr. {sp[3]['name']} – Lessons from a ransomware tabletop exercise", "15:30 Closing remarks"]
    text = (f"Hello,\n\nThe programme for Health Informatics Day is attached. Registration closes Friday.\n\n"
            f"{sig(org, 'en', 'Organizing Committee', rng)}")
    return Spec('en', 'conference', 'health informatics day programme', [], "Health Informatics Day - programme",
                addr(org), [('All staff', f'all.staff@{DOM}')], text,
                atts=[Att("HI_Day_programme.pdf", 'application/pdf', make_pdf("Programme", prog), 'pdf')])


def n_job_en(reg, rng, k):
    rh = staff(reg)
    text = (f"JOB POSTING #{rng.randrange(2024000, 2024999)} - HL7 Interface Analyst\n\n{ORG_FR}\nPermanent, "
            f"full time, hybrid (Saint-Héron)\n\nYou will build and support ADT, ORU, ORM and MDM interfaces "
            f"between Orion, LabSphère and regional partners, troubleshoot NAKs and queue backlogs, and take part "
            f"in the on-call rotation (1 week in 5).\n\nRequirements: 3+ years with HL7 v2; SQL; French and "
            f"English.\nSalary: $32.50-$58.57/h.\n\nApply at careers@{DOM} by June {rng.randrange(2, 28)}.\n\n{rh['name']}, Talent Acquisition")
    return Spec('en', 'job_posting', 'HL7 interface analyst job posting', [], "Posting - HL7 Interface Analyst",
                addr(rh), [('All staff', f'all.staff@{DOM}')], text)


def n_invoice_en(reg, rng, k):
    vend = staff(reg, dom='orion-software.example')
    no = f"INV-{rng.randrange(100000, 999999)}"
    lines = ["## INVOICE", "Orion Clinical Software Ltd., 200 Bay Road, Suite 14, 613-555-0166",
             f"Invoice No.: {no}", f"Customer No.: C{rng.randrange(10000, 99999)}", f"PO No.: {rng.randrange(4500000, 4599999)}",
             "Bill to: Information Resources Directorate, CIUSSS RAH",
             "Annual maintenance – Orion EHR, 2 400 concurrent users: $184,000.00",
             "Patient portal module – annual subscription: $42,500.00", "GST/QST: see tax summary", "Terms: Net 45"]
    text = (f"Dear customer,\n\nPlease find attached invoice {no}. For billing questions call 613-555-0166.\n\n"
            f"{vend['name']}\nAccounts Receivable")
    return Spec('en', 'invoice', 'software maintenance invoice', [], f"Invoice {no}", addr(vend),
                [('Accounts Payable', f'comptes.fournisseurs@{DOM}')], text,
                atts=[Att(f"{no}.pdf", 'application/pdf', make_pdf("Invoice", lines), 'pdf')])


def n_po_en(reg, rng, k):
    buyer = staff(reg)
    vend = staff(reg, dom='zed-supply.example')
    text = (f"Hello {vend['given']},\n\nPlease ship PO {rng.randrange(4500000, 4599999)}:\n\n- 12 x wristband printer "
            f"ZD510-HC, unit price $1,085.00\n- 40 x wristband cartridge adult, lot preference any\n- 8 x "
            f"extended warranty 3 yr\n\nDeliver to Central Stores, Hôpital de Saint-Héron, dock 3, before June "
            f"{rng.randrange(2, 28)}. Include serial numbers on the packing slip for asset tagging.\n\n"
            f"{sig(buyer, 'en', 'Procurement', rng)}")
    return Spec('en', 'purchase_order', 'purchase order for wristband printers', [], "PO - wristband printers",
                addr(buyer), [addr(vend)], text)


def n_inventory_en(reg, rng, k):
    tech, mgr = staff(reg), staff(reg)
    rows = [("Asset", "Type", "Serial", "MAC", "Unit", "Status")]
    for i in range(8):
        mac = ':'.join(f"{rng.randrange(256):02X}" for _ in range(6))
        rows.append((f"HSH-{rng.randrange(10000, 99999)}", rng.choice(["WOW cart", "Barcode scanner", "Label printer"]),
                     luhn_serial(rng, str(rng.randrange(1, 8)), rng.choice([9, 10])), mac, rng.choice(UNITS_EN),
                     rng.choice(["In service", "Repair", "Spare"])))
    text = (f"Hi {mgr['given']},\n\nUpdated inventory of clinical workstations on wheels and peripherals "
            f"attached. Two carts are at the depot for battery replacement.\n\n{sig(tech, 'en', 'Asset Management', rng)}")
    fmt = k % 2
    att = (Att("inventory_wow.xlsx", XLSX, make_xlsx([("Inventory", rows)]), 'xlsx') if fmt == 0 else
           Att("inventory_wow.csv", 'text/csv', make_csv(rows).encode('utf-8'), 'csv'))
    return Spec('en', 'inventory', 'inventory of workstations on wheels and peripherals', [],
                "WOW inventory update", addr(tech), [addr(mgr)], text, atts=[att])


TEMPLATES = [n_change_en, n_resident_access_en, n_printer_en, n_mapping_en, n_audit_stats_en, n_newsletter_en,
             n_conference_en, n_job_en, n_invoice_en, n_po_en, n_inventory_en]
