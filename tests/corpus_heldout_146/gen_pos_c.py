"""Positive templates, part C (English): VIP chart lock, misdirected mail, HL7 ORU with Ontario number,
portal account merge, wristband printer, audit after overdose, cardiology consult, HTML sign-out list,
discharge summary DOCX, disability insurer form with SIN."""
import datetime
import html as htmlmod

from gen_common import (Spec, Att, DOM, SITES, UNITS_EN, staff, addr, title, age_on, fmt_nam, fmt_date, fmt_mrn,
                        fmt_sin, fmt_ohip, make_sin, make_ohip, ticket, phone)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, outlook_block, SD_EN, CI_EN
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv
from gen_vocab import DX_EN, MED_EN, LAB_EN

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _pr(p):
    return ('she', 'her') if p.sex == 'F' else ('he', 'his')


def p_vip_chart_en(reg, rng, k):
    p = reg.patient(rng, 'en', 35, 65)
    md, agent = staff(reg), staff(reg)
    mrn = fmt_mrn(p.mrn, ['plain', 'H', 'dashed'][k])
    nm = [f"{p.given} {p.surname}", f"{p.surname.upper()}, {p.given}", f"{title(p, 'en')} {p.surname}"][k]
    he, his = _pr(p)
    text = (f"Hi,\n\nI can't open the chart of {nm} (MRN {mrn}) - Orion says \"Restricted record - VIP\" and the "
            f"break-the-glass reason list is empty. {he.capitalize()} is one of our own staff, admitted on 5 West "
            f"for {his} second cycle of FOLFOX (sigmoid adenocarcinoma, liver mets), and I'm the attending this "
            f"week.\n\nCan you either add me to the care team or fix the BTG reason list? Rounds are at 8:30.\n\n"
            f"Thanks,\n{sig(md, 'en', 'Medical Oncology', rng)}")
    subj = rng.choice(["Can't open VIP chart", "BTG reason list empty - urgent", "Orion restricted record"])
    if k == 2:
        agent_txt = (f"Dr {md['surname']},\n\nYou have been added to the care team for this encounter (ticket "
                     f"{ticket(rng)}). The empty BTG list is a known defect after Tuesday's release; a fix is "
                     f"scheduled tonight.\n\n{sig(agent, 'en', SD_EN, rng)}\n\n"
                     f"{reply_header('en', md['name'], md['email'], when(rng), 'outlook')}\n\n{quote(text)}")
        return Spec('en', 'ehr_access', 'reply about a restricted VIP chart, patient and treatment cited',
                    ['patient_name', 'mrn', 'diagnosis', 'medication'], 'RE: ' + subj, addr(agent), [addr(md)],
                    agent_txt, ids=[('mrn', mrn)], probes=[p.surname], reply=True)
    return Spec('en', 'ehr_access', 'access request for a restricted VIP chart', ['patient_name', 'mrn', 'diagnosis',
                'medication'], subj, addr(md), [('IT Service Desk', f'servicedesk@{DOM}')], text,
                ids=[('mrn', mrn)], probes=[p.surname])


def p_misdirected_mail_en(reg, rng, k):
    p = reg.patient(rng, 'en', 40, 85)
    priv, clerk = staff(reg), staff(reg)
    dx, med = rng.choice(DX_EN), rng.choice(MED_EN)
    he, his = _pr(p)
    letter = ["## Discharge letter", f"Re: {p.given} {p.surname}", f"{p.address}, {p.town} QC {p.postal}",
              f"Diagnosis: {dx}", f"Discharge medications: {med}", "Follow-up: family physician in 2 weeks."]
    text = (f"Hello,\n\nReporting a privacy incident (ticket {ticket(rng)}).\n\nA discharge letter for "
            f"{p.given} {p.surname} was mailed to the wrong address. After the chart merge last month the ADT kept the "
            f"old address of the other record. The person who received it called us; the letter describes "
            f"{his} {dx} and the discharge medications ({med}).\n\nCorrect address on file now: {p.address}, "
            f"{p.town} QC {p.postal}, home phone {p.phone}.\n\nWe need the merge logic checked - I suspect "
            f"other merged charts kept the wrong address too.\n\n{sig(clerk, 'en', 'Health Records', rng)}")
    atts = []
    if k == 2:
        atts.append(Att("returned_letter_scan.pdf", 'application/pdf', make_pdf("Returned letter", letter), 'pdf'))
    return Spec('en', 'misdirected_mail', 'privacy incident: discharge letter mailed to the wrong address',
                ['patient_name', 'patient_contact', 'diagnosis', 'medication'],
                rng.choice(["Privacy incident - letter sent to wrong address", "Misdirected mail after chart merge"]),
                addr(clerk), [('Privacy Office', f'privacy@{DOM}')], text, cc=[addr(priv)], atts=atts,
                probes=[p.surname])


def p_hl7_ohip_en(reg, rng, k):
    p = reg.patient(rng, 'en', 30, 80, origin='on')
    an, vendor = staff(reg), staff(reg)
    hcn = make_ohip(rng)
    vc = rng.choice(['AB', 'KT', 'RX', ''])
    hcn_s = fmt_ohip(hcn, ['plain', 'dashed', 'spaced'][k], vc)
    panel = rng.sample([("K", "Potassium", "6.2", "mmol/L", "HH"), ("CREA", "Creatinine", "312", "umol/L", "H"),
                        ("HGB", "Hemoglobin", "78", "g/L", "L"), ("INR", "INR", "4.1", "", "H"),
                        ("TNTHS", "Troponin T hs", "842", "ng/L", "HH"), ("NA", "Sodium", "121", "mmol/L", "L"),
                        ("LACT", "Lactate", "5.1", "mmol/L", "H")], 3)
    labs = [f"{n} {v} {u}".strip() for _, n, v, u, _ in panel]
    obx = '\n'.join(f"OBX|{i + 1}|NM|{c}^{n}^L||{v}|{u}|||{f}|||F" for i, (c, n, v, u, f) in enumerate(panel))
    msg = (f"MSH|^~\\&|LABSPHERE|HSH|OTTAWA_EHR|OGH|20240419141202||ORU^R01|LS{p.mrn}|P|2.5.1\n"
           f"PID|1||{p.mrn}^^^HSH^MR~{hcn}{vc}^^^ON^JHN||{p.surname.upper()}^{p.given.upper()}||"
           f"{p.dob.strftime('%Y%m%d')}|{p.sex}\nOBR|1||LS{p.mrn}|CHEM^Chemistry panel\n{obx}\n")
    text = (f"Hi {vendor['given']},\n\nThe outbound ORU feed to the Ottawa hospital is failing validation on "
            f"PID-3: they reject the Ontario health card number when the version code is appended "
            f"({hcn_s}). Sample message below, patient transferred to them yesterday:\n\n{msg}\n"
            f"Patient: {p.surname}, {p.given}, DOB {fmt_date(p.dob, 'en', 'long')}.\nLabs: {'; '.join(labs)}.\n\n"
            f"Can you split the version code into PID-3.4 or drop it?\n\n{an['name']}\n{CI_EN}")
    return Spec('en', 'hl7_error', 'outbound ORU rejected, Ontario health number in PID',
                ['patient_name', 'ca_health_number', 'date_of_birth', 'lab_result', 'mrn'],
                "ORU to Ottawa rejected - PID-3 version code", addr(an),
                [(vendor['name'], vendor['email'].replace(DOM, 'interfaces-vendor.example'))], text,
                ids=[('ca_health_number', hcn_s), ('mrn', p.mrn)], probes=[p.surname.upper()])


def p_portal_merge_en(reg, rng, k):
    a, b = reg.patient(rng, 'en', 25, 80), reg.patient(rng, 'en', 25, 80)
    agent, lead = staff(reg), staff(reg)
    lab = rng.choice(["HIV viral load undetectable", "hCG positive", "PSA 14.2", "HbA1c 10.1%"])
    dob = fmt_date(a.dob, 'en', ['long', 'iso', 'mon'][k])
    text = (f"Hi {lead['given']},\n\nEscalating a portal call (ticket {ticket(rng, 'REQ')}). {a.given} {a.surname} "
            f"(DOB {dob}, MRN {a.mrn}) logged into the portal this morning and saw a result that is not "
            f"{'hers' if a.sex == 'F' else 'his'}: \"{lab}\" under the name {b.given} {b.surname} (MRN {b.mrn}).\n\n"
            f"The two accounts were linked by the duplicate-resolution job on Sunday - same last name initial, same "
            f"postal code. I've disabled both accounts. Privacy needs to be told; can you pull the job log?\n\n"
            f"{sig(agent, 'en', 'Patient Portal Support', rng)}")
    return Spec('en', 'portal_support', 'portal account wrongly linked, another patient’s result seen',
                ['patient_name', 'date_of_birth', 'mrn', 'lab_result'], "Portal: patient saw another patient's result",
                addr(agent), [addr(lead)], text, ids=[('mrn', a.mrn)], probes=[a.surname, b.surname])


def p_wristband_en(reg, rng, k):
    p = reg.holder(rng)
    nurse, tech = staff(reg), staff(reg)
    unit = rng.choice(UNITS_EN[:5])
    dob = fmt_date(p.dob, 'en', ['mon', 'iso', 'dmy'][k])
    nam = fmt_nam(p.nam, ['plain', 'spaced', 'full'][k])
    allergy = rng.choice(["PENICILLIN", "SULFA", "CODEINE", "IODINE CONTRAST"])
    band = (f"{p.surname.upper()}, {p.given.upper()}  {p.sex}\nMRN {p.mrn}  DOB {dob}\nRAMQ {nam}\n"
            f"ALLERGY: {allergy}")
    text = (f"Hi,\n\nThe wristband printer on {unit} is cutting off the last line of every band. This is what "
            f"it should print (from the preview):\n\n{band}\n\nWhat comes out stops after the RAMQ line, so the "
            f"allergy alert is missing. We're hand-writing red allergy bands for now. Printer asset tag "
            f"HSH-{rng.randrange(10000, 99999)}.\n\n{nurse['given']}\n{unit} nursing station, ext. {rng.randrange(21000, 29999)}")
    return Spec('en', 'wristband_printer', 'wristband printer truncating the allergy line, sample band quoted',
                ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'medication'],
                f"{unit} wristband printer cuts off allergy line", addr(nurse), [('IT Service Desk', f'servicedesk@{DOM}')],
                text, cc=[addr(tech)], holders=[(p, dob)], ids=[('ramq_nam', nam), ('mrn', p.mrn)], probes=[p.surname.upper()])


def p_audit_overdose_en(reg, rng, k):
    p = reg.patient(rng, 'en', 18, 45)
    priv, sec = staff(reg), staff(reg)
    mrn = fmt_mrn(p.mrn, ['plain', 'slashed', 'full'][k])
    nm = [f"{p.given} {p.surname}", f"{p.surname}, {p.given}", f"{p.given[0]}. {p.surname}"][k]
    he, his = _pr(p)
    text = (f"Hi {sec['given']},\n\nPlease run a full access audit on MRN {mrn} ({nm}) from admission on "
            f"April 2 to today. {he.capitalize()} was brought in after a fentanyl overdose outside the shelter on "
            f"Rue du Quai and the story is now in the local paper with details that look like they came from the "
            f"chart (that {he} has been homeless since January and lost {his} welfare cheque).\n\nI need every "
            f"user who opened the chart, with role and department, by Thursday. Please keep this off the "
            f"general queue.\n\n{sig(priv, 'en', 'Privacy Officer', rng)}")
    return Spec('en', 'audit_log', 'access audit request after a media leak, overdose and homelessness',
                ['patient_name', 'mrn', 'diagnosis', 'social_information'], "Confidential - access audit request",
                addr(priv), [addr(sec)], text, ids=[('mrn', mrn)], probes=[p.surname])


def p_consult_en(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) >= 35)
    card, gp = staff(reg), staff(reg)
    nam = fmt_nam(p.nam, ['spaced', 'plain', 'dashed'][k])
    dob = fmt_date(p.dob, 'en', ['long', 'iso', 'mon'][k])
    lines = ["## Cardiology consultation", f"Patient: {p.given} {p.surname}   Sex: {p.sex}   DOB: {dob}",
             f"RAMQ: {nam}", "Reason: exertional dyspnea, new LBBB",
             "Echo: LVEF 30%, moderate MR. NT-proBNP 2840 ng/L, creatinine 128 umol/L.",
             "Impression: HFrEF, likely ischemic. Plan: coronary angiography.",
             "Started: sacubitril-valsartan 24/26 mg BID, bisoprolol 2.5 mg daily, dapagliflozin 10 mg daily.",
             f"Dr {card['name']}, Cardiology"]
    text = (f"Dear Dr {gp['surname']},\n\nOur e-fax gateway is down until tomorrow, so I am sending the consult "
            f"note for your patient by secure e-mail (attached).\n\nBest regards,\n{sig(card, 'en', 'Cardiology', rng)}")
    fn = [f"consult_{p.surname.lower()}.pdf", "consult_note.pdf", f"Consult-{p.surname.upper()}-{p.given}.pdf"][k]
    return Spec('en', 'consult', 'cardiology consult note e-mailed to a family physician',
                ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'lab_result', 'medication'],
                "Cardiology consult note", addr(card),
                [(f"Dr {gp['name']}", gp['email'].replace(DOM, 'gmf-herons.example'))], text,
                atts=[Att(fn, 'application/pdf', make_pdf("Consultation", lines), 'pdf')], holders=[(p, dob)],
                ids=[('ramq_nam', nam)], probes=[p.surname])


def p_signout_en(reg, rng, k):
    pats = [reg.patient(rng, 'en', 30, 95) for _ in range(4)]
    res, nxt = staff(reg), staff(reg)
    rows = []
    for i, p in enumerate(pats):
        rows.append((f"{512 + i}", f"{p.surname}, {p.given}" if k != 1 else f"{p.given[0]}. {p.surname}",
                     rng.choice(DX_EN), rng.choice(LAB_EN), rng.choice(MED_EN)))
    head = ("Rm", "Patient", "Problem", "Labs", "To do / meds")
    text = ("Night sign-out 5W (the sign-out tool in Orion is frozen again, so e-mail it is):\n\n" +
            '\n'.join(' | '.join(r) for r in [head] + rows) + f"\n\nPage me if anything.\n{res['given']}")
    th = ''.join(f"<th style='border:1px solid #999;padding:3px'>{htmlmod.escape(h)}</th>" for h in head)
    trs = ''.join('<tr>' + ''.join(f"<td style='border:1px solid #999;padding:3px'>{htmlmod.escape(c)}</td>"
                                   for c in r) + '</tr>\n' for r in rows)
    html = ("<html><body style='font-family:Arial;font-size:10pt'><p>Night sign-out 5W (the sign-out tool in Orion "
            "is frozen again, so e-mail it is):</p>\n<table style='border-collapse:collapse'><tr>" + th + "</tr>\n" +
            trs + f"</table><p>Page me if anything.<br>{htmlmod.escape(res['given'])}</p></body></html>\n")
    return Spec('en', 'signout', 'night sign-out table sent because the sign-out tool froze',
                ['patient_name', 'diagnosis', 'lab_result', 'medication'],
                rng.choice(["5W sign-out", "sign out tonight", "Night handover 5 West"]), addr(res), [addr(nxt)],
                text, html=html, prefer_html=True, probes=[pats[0].surname])


def p_discharge_docx_en(reg, rng, k):
    p = reg.patient(rng, 'en', 30, 90)
    hosp, gp = staff(reg), staff(reg)
    dx, med = rng.choice(DX_EN), rng.sample(MED_EN, 2)
    doc = make_docx("Discharge Summary", [
        f"Patient: {p.surname.upper()}, {p.given}", f"MRN: {p.mrn}", f"DOB: {fmt_date(p.dob, 'en', 'iso')}",
        "Admitted: 2024-03-02   Discharged: 2024-03-09", f"Most responsible diagnosis: {dx}",
        "## Discharge medications"] + med + ["## Follow-up", "Repeat bloodwork in 1 week; clinic visit in 4 weeks."],
        author=hosp['name'])
    fn = [f"Discharge_Summary_{p.surname.upper()}_{p.given}.docx", f"DS_{p.mrn}.docx",
          f"discharge {p.surname.lower()}.docx"][k]
    text = (f"Dr {gp['surname']},\n\nPlease find attached the discharge summary. The automatic transmission to "
            f"clinics outside the network failed this week (interface ticket {ticket(rng)}), so we are sending "
            f"summaries manually.\n\n{sig(hosp, 'en', 'Hospitalist Service', rng)}\n\n{disclaimer('en', rng)}")
    return Spec('en', 'discharge_summary', 'discharge summary sent manually as DOCX',
                ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication'], "Discharge summary",
                addr(hosp), [(f"Dr {gp['name']}", gp['email'].replace(DOM, 'clinique-lacbrule.example'))], text,
                atts=[Att(fn, DOCX, doc, 'docx')], ids=[('mrn', p.mrn)], probes=[p.surname.upper()])


def p_disability_form_en(reg, rng, k):
    p = reg.patient(rng, 'en', 25, 63)
    md, clerk = staff(reg), staff(reg)
    sin = make_sin(rng)
    sin_s = fmt_sin(sin, ['dashed', 'spaced', 'dotted'][k])
    dob = fmt_date(p.dob, 'en', ['iso', 'long', 'dmy'][k])
    dx = rng.choice(["major depressive disorder, moderate", "lumbar disc herniation L5-S1 with radiculopathy",
                     "post-concussion syndrome"])
    med = rng.choice(["sertraline 100 mg daily", "pregabalin 75 mg BID", "amitriptyline 10 mg qHS"])
    lines = ["## Attending Physician Statement – Long-Term Disability", f"Claimant: {p.given} {p.surname}",
             f"SIN: {sin_s}", f"Date of birth: {dob}", f"Diagnosis: {dx}", f"Current treatment: {med}",
             "Restrictions: no return to work for 8 weeks; reassess.", f"Physician: Dr {md['name']}"]
    text = (f"Hi,\n\nNorthstar Life's upload portal rejects our PDF (\"file could not be verified\"). Could IT "
            f"check whether our scanner settings changed? I attached the form so you can test the upload.\n\n"
            f"{sig(clerk, 'en', 'Medical Secretary, Outpatient Clinics', rng)}")
    return Spec('en', 'insurer_form', 'disability insurer statement attached to an IT request',
                ['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis', 'medication'],
                "Insurer portal rejects PDF", addr(clerk), [('IT Service Desk', f'servicedesk@{DOM}')], text,
                atts=[Att(f"APS_{p.surname}.pdf", 'application/pdf', make_pdf("APS", lines), 'pdf')],
                ids=[('ca_sin', sin_s)], probes=[p.surname])


TEMPLATES = [p_vip_chart_en, p_misdirected_mail_en, p_hl7_ohip_en, p_portal_merge_en, p_wristband_en,
             p_audit_overdose_en, p_consult_en, p_signout_en, p_discharge_docx_en, p_disability_form_en]
