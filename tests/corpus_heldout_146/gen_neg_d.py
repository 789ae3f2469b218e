"""Negative templates, part D (English): on-call rota, staff return to work, drug shortage, device recall,
de-identified M&M case, privacy committee minutes, facilities, blank misdirected-fax form, research
protocol, phishing alert with vendor vCard, interview schedule with candidate CVs (ZIP)."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS_EN, staff, addr, luhn_serial, ticket, phone, ORG_FR)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, SD_EN, CI_EN
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip, make_vcf
from gen_mime import inner_eml, msg_date

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def n_oncall_en(reg, rng, k):
    team = [staff(reg) for _ in range(3)]
    lead = staff(reg)
    start = datetime.datetime(2024, 7, 1 + 7 * k, 8, 0)
    ics = make_ics(f"oncall-en-{k}@{DOM}", start, start + datetime.timedelta(days=7),
                   f"Interface on-call: {team[0]['name']}", f"Backup: {team[1]['name']}. Escalation: {lead['name']}.",
                   "Remote", (lead['name'], lead['email']))
    text = (f"Team,\n\nOn-call for the week of {start.strftime('%B %d')}: {team[0]['name']} (primary), "
            f"{team[1]['name']} (backup). {team[2]['given']} is off for surgery recovery until the 15th, so "
            f"swap requests go through me.\n\nCalendar invite attached.\n\n{lead['given']}")
    return Spec('en', 'schedule', 'interface team on-call rota with calendar invite', [],
                "On-call rota", addr(lead), [addr(t) for t in team], text,
                atts=[Att("oncall.ics", 'text/calendar', ics.encode('utf-8'), 'ics')])


def n_rtw_en(reg, rng, k):
    emp, mgr, hr = staff(reg), staff(reg), staff(reg)
    what = rng.choice(["knee arthroscopy", "carpal tunnel release", "gallbladder surgery", "a broken wrist"])
    text = (f"Hi {mgr['given']},\n\nMy surgeon cleared me to come back after my {what}: gradual return, 4 hours a day "
            f"for two weeks starting Monday, no lifting over 10 kg (so no carrying printers or carts). Occupational "
            f"health has the note. Could you let the desk know I'll take phone queue only?\n\nThanks,\n{emp['given']}")
    return Spec('en', 'staff_return', 'employee return-to-work note to a manager', [], "Return to work Monday",
                addr(emp), [addr(mgr)], text, cc=[addr(hr)])


def n_shortage_en(reg, rng, k):
    ph = staff(reg)
    drug = [("Cefazolin 2 g vials", "cefazolin 1 g x 2 vials"), ("Furosemide 10 mg/mL ampoules", "furosemide PO where possible"),
            ("Dexamethasone 4 mg/mL", "methylprednisolone equivalents per table"), ("Normal saline 100 mL minibags", "50 mL minibags")][k]
    text = (f"DRUG SHORTAGE NOTICE\n\nProduct: {drug[0]}\nExpected duration: 4-6 weeks\nAlternative: {drug[1]}. "
            f"The order sets in Orion have been updated.\n\nContact: Dr. {ph['name']}, Pharmacy Department, "
            f"{phone(rng)}.\n\n{disclaimer('en', rng)}")
    return Spec('en', 'drug_shortage', 'drug shortage notice', [], f"Shortage - {drug[0]}", addr(ph),
                [('All prescribers', f'prescribers@{DOM}')], text)


def n_recall_en(reg, rng, k):
    bio = staff(reg)
    sns = [luhn_serial(rng, str(rng.randrange(1, 8)), 9) for _ in range(3)]
    text = (f"URGENT FIELD SAFETY NOTICE\n\nManufacturer: Medistream - large-volume infusion pump, software 3.8\n"
            f"Issue: occlusion alarm may be delayed at rates below 5 mL/h.\nAffected serial numbers in our fleet: "
            f"{', '.join(sns)}\nLot of replacement batteries: {rng.choice(['QRBX', 'LMTA'])}{rng.randrange(10 ** 7, 10 ** 8)}\n\n"
            f"Biomedical engineering will update these pumps this week. Tag them \"Do not use below 5 mL/h\" "
            f"until then.\n\n{sig(bio, 'en', 'Biomedical Engineering', rng)}")
    return Spec('en', 'recall', 'infusion pump field safety notice with serial numbers', [],
                "Field safety notice - infusion pumps", addr(bio), [('Unit managers', f'unit.managers@{DOM}')], text)


def n_mm_case_en(reg, rng, k):
    qi = staff(reg)
    age = rng.randrange(60, 85)
    text = (f"Morbidity & Mortality - Clinical Informatics session, {rng.randrange(2, 28)} May\n\nCase (de-identified): "
            f"A {age}-year-old man on a medical ward received a blood draw intended for his room-mate after "
            f"label printing was redirected to the neighbouring printer queue. Both patients had the same "
            f"surname initial. The error was caught at the lab by a group & screen mismatch. No harm.\n\n"
            f"Contributing factors: shared printer mapping, no positive patient ID scan at the bedside, night "
            f"staffing.\nActions: printer mapping by workstation location; bedside scan mandatory from June.\n\n"
            f"{sig(qi, 'en', 'Quality & Patient Safety', rng)}")
    return Spec('en', 'teaching_case', 'de-identified M&M case about a label printing error', [],
                "M&M - wrong-printer label case (de-identified)", addr(qi), [('Clinical Informatics', f'informatique.clinique@{DOM}')], text)


def n_minutes_en(reg, rng, k):
    mem = [staff(reg) for _ in range(4)]
    sec = staff(reg)
    text = (f"Privacy & Information Security Committee - minutes\n\nPresent: " + ', '.join(m['name'] for m in mem) +
            f"\n\n1. Misdirected faxes: {rng.randrange(8, 25)} this quarter (down 30%). Fax-to-e-mail pilot "
            f"approved for 3 clinics.\n2. Audit: {rng.randrange(3, 12)} confirmed snooping cases, all employees "
            f"met with HR.\n3. Patient portal: MFA mandatory from September.\n4. Next meeting: "
            f"{rng.choice(['June 12', 'Sept 18', 'Nov 20'])}.\n\n{sec['name']}, secretary")
    atts = []
    if k % 2 == 1:
        inner = inner_eml((mem[0]['name'], mem[0]['email']), (sec['name'], sec['email']),
                          "Correction to item 2", msg_date(rng), f"corr{k}.minutes@{DOM}",
                          "Please note item 2 should read 'employees met with HR and Labour Relations'.")
        atts.append(Att("Correction to item 2.eml", 'message/rfc822', inner, 'eml'))
    return Spec('en', 'committee', 'privacy and security committee minutes', [], "Minutes - Privacy & Security Committee",
                addr(sec), [addr(m) for m in mem], text, atts=atts)


def n_facilities_en(reg, rng, k):
    st = staff(reg)
    what = ["Elevator C out of service", "Parking lot P1 repaving", "Water shut-off, Pavilion B",
            "Fire alarm testing"][k]
    text = (f"Facilities notice: {what} on {rng.choice(['Tuesday', 'Wednesday', 'Saturday'])} from 07:00 to "
            f"15:00.\nPlease plan patient transport and deliveries accordingly. Questions: Facilities dispatch "
            f"819-555-01{rng.randrange(10, 99)}, 200 rue des Hérons, Saint-Héron.\n\n{sig(st, 'en', 'Facilities', rng)}")
    return Spec('en', 'facilities', 'facilities notice', [], f"Notice - {what}", addr(st),
                [('All staff', f'all.staff@{DOM}')], text)


def n_blank_form_en(reg, rng, k):
    st = staff(reg)
    form = ["## Misdirected Fax / E-mail Report", "Date and time sent: __________________",
            "Patient name: ______________________   MRN: ___________", "Date of birth: ____/____/______",
            "Health card no.: ______________", "Intended recipient: ____________________",
            "Actual recipient: ____________________", "Recipient confirmed destruction?  Y / N",
            "Reported by (employee): __________________  Ext.: ______"]
    text = (f"Hi all,\n\nThe updated blank report form is attached (v2024-03). Please replace the copies in "
            f"your unit binders.\n\n{sig(st, 'en', 'Privacy Office', rng)}")
    return Spec('en', 'blank_form', 'blank misdirected fax report form', [], "Updated form - misdirected fax/e-mail report",
                addr(st), [('Unit clerks', f'unit.clerks@{DOM}')], text,
                atts=[Att("Misdirected_report_form_v2024-03.pdf", 'application/pdf', make_pdf("Report form", form), 'pdf')])


def n_research_en(reg, rng, k):
    pi, coord = staff(reg), staff(reg)
    text = (f"Hello,\n\nThe Research Ethics Board approved protocol RAH-2024-{rng.randrange(100, 999)}: \"Effect of "
            f"portal result release timing on patient-reported anxiety\".\n\nPrincipal investigator: Dr. {pi['name']}\n"
            f"Design: stepped-wedge, 6 clinics\nInclusion: adults with a new oncology, HIV or hepatitis C test result "
            f"released in the portal\nExclusion: cognitive impairment; no portal account\nTarget: 420 participants\n\n"
            f"No participant data will be e-mailed; extraction is via the research data warehouse only.\n\n"
            f"{sig(coord, 'en', 'Research Coordinator', rng)}")
    return Spec('en', 'research', 'research protocol approval without participant data', [],
                "REB approval - portal release timing study", addr(coord), [('Clinical Informatics', f'informatique.clinique@{DOM}')],
                text)


def n_phishing_en(reg, rng, k):
    sec = staff(reg)
    vend = staff(reg, dom='orion-software.example')
    vcf = make_vcf(vend['sur'], vend['given'], tel="613-555-0171", adr=("200 Bay Road Suite 14", "Ottawa", "K1P 0A1"),
                   email=vend['email'], org="Orion Clinical Software Ltd.", title="Customer Success Manager", region="ON")
    text = (f"SECURITY ALERT\n\nSeveral staff received an e-mail \"Orion password expires today\" asking them to log "
            f"in on a look-alike site. Do not click. Our vendor never asks for passwords by e-mail.\n\nIf you "
            f"entered your password, call the Service Desk now: {phone(rng)}.\n\nThe only legitimate vendor contact "
            f"is attached as a vCard.\n\n{sig(sec, 'en', 'Information Security', rng)}")
    return Spec('en', 'security_alert', 'phishing alert with legitimate vendor contact card', [],
                "SECURITY ALERT - fake Orion password e-mail", addr(sec), [('All staff', f'all.staff@{DOM}')], text,
                atts=[Att(f"{vend['given']}_{vend['sur']}.vcf", 'text/vcard', vcf.encode('utf-8'), 'vcf')])


def n_candidates_en(reg, rng, k):
    hr, mgr = staff(reg), staff(reg)
    cands = [staff(reg, dom='courriel-perso.example') for _ in range(3)]
    sched = '\n'.join(f"{t} - {c['name']} ({phone(rng, '514')})" for t, c in zip(["09:00", "10:30", "13:30"], cands))
    cvs = [(f"CV_{c['sur']}_{c['given']}.txt", f"{c['name']}\n{c['email']}\nExperience: HL7 analyst, 4 years.\n"
            f"Education: B.Sc. Computer Science.\n") for c in cands]
    text = (f"Hi {mgr['given']},\n\nInterview schedule for the HL7 Interface Analyst position, Thursday, room 3.07:\n\n"
            f"{sched}\n\nCVs are in the attached archive. Please return the scoring grids to me by Friday.\n\n"
            f"{sig(hr, 'en', 'Talent Acquisition', rng)}")
    return Spec('en', 'recruitment', 'interview schedule with candidate CVs', [], "Interviews Thursday - HL7 analyst",
                addr(hr), [addr(mgr)], text, atts=[Att("candidates_CV.zip", 'application/zip', make_zip(cvs), 'zip')])


TEMPLATES = [n_oncall_en, n_rtw_en, n_shortage_en, n_recall_en, n_mm_case_en, n_minutes_en, n_facilities_en,
             n_blank_form_en, n_research_en, n_phishing_en, n_candidates_en]
