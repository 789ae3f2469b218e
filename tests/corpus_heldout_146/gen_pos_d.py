"""Positive templates, part D (English): imaging follow-up routing, terse INR note, social work discharge
barrier, forwarded patient e-mail (message/rfc822), MRI booking CSV, Ontario transfer ICS, lower-case
result re-push, youth protection, duplicate chart merge, pathology printed in the lobby."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS_EN, staff, addr, title, age_on, fmt_nam, fmt_date, fmt_mrn,
                        fmt_sin, fmt_ohip, make_sin, make_ohip, make_mrn, ticket, phone)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, outlook_block, SD_EN, CI_EN
from gen_attach import make_pdf, make_xlsx, make_csv, make_ics
from gen_mime import inner_eml, msg_date
from gen_vocab import DX_EN, MED_EN, LAB_EN

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def p_imaging_en(reg, rng, k):
    p = reg.patient(rng, 'en', 40, 85)
    rad, ci, md = staff(reg), staff(reg), staff(reg)
    mrn = fmt_mrn(p.mrn, ['plain', 'H', 'spaced'][k])
    find = rng.choice(["2.1 cm left adrenal nodule", "8 mm spiculated RUL nodule", "4.6 cm infrarenal AAA",
                       "3 cm hypodense liver lesion"])
    nm = [f"Mr./Ms. {p.surname}".replace('Mr./Ms.', title(p, 'en')), f"{p.surname}, {p.given}", f"{p.given} {p.surname}"][k]
    text = (f"Hi,\n\nThe CT abdomen for {nm} (MRN {mrn}) done in the ED on the 14th shows an incidental {find} "
            f"needing follow-up, but the report was routed to Dr {md['surname']}, who left in December - so nobody "
            f"acted on it for three weeks. The result-routing rule still points to the old provider number.\n\n"
            f"Can Clinical Informatics fix the routing table? I've phoned the current family doctor myself.\n\n"
            f"{sig(rad, 'en', 'Diagnostic Imaging', rng)}")
    return Spec('en', 'imaging_followup', 'incidental imaging finding routed to a departed physician',
                ['patient_name', 'mrn', 'diagnosis'], "Result routing to inactive provider - incidental finding",
                addr(rad), [addr(ci)], text, ids=[('mrn', mrn)], probes=[p.surname])


def p_inr_quick_en(reg, rng, k):
    p = reg.patient(rng, 'en', 55, 90)
    a, b = staff(reg), staff(reg)
    subj = [f"RE: {p.surname.lower()} - INR", f"INR {p.surname} {p.given[0]}.", f"re: {p.surname.lower()} inr again"][k]
    val = rng.choice(["3.9", "4.4", "1.3", "5.2"])
    text = (f"{val} today on the POC meter. holding warfarin tonight, recheck Thurs.\n\nalso the meter upload "
            f"didn't cross into Orion again so it's not charted - can you ping IT?\n\n{a['given']}")
    if k != 1:
        prev = f"what was {'her' if p.sex == 'F' else 'his'} INR this am?\n\n{b['given']}"
        text += f"\n\n{reply_header('en', b['name'], b['email'], when(rng))}\n{quote(prev)}"
    return Spec('en', 'lab_followup', 'terse INR note, patient named only in the subject',
                ['patient_name', 'lab_result', 'medication'], subj, addr(a), [addr(b)], text,
                reply=(k != 1), probes=[p.surname.lower()])


def p_social_en(reg, rng, k):
    p = reg.patient(rng, 'en', 30, 70)
    sw, ci = staff(reg), staff(reg)
    sin = make_sin(rng)
    sin_s = fmt_sin(sin, ['spaced', 'plain', 'dashed'][k])
    he, his = ('she', 'her') if p.sex == 'F' else ('he', 'his')
    types = ['patient_name', 'social_information', 'patient_contact']
    ids = []
    text = (f"Hi,\n\nThe social-work assessment form in Orion won't let me save the \"Income\" section (spinning "
            f"wheel, then \"session expired\"). The content, so it isn't lost:\n\n"
            f"{p.given} {p.surname} - currently staying with a cousin at {p.address}, {p.town} (cell {p.phone}). "
            f"Evicted in February, on last-resort financial assistance, application for social housing in "
            f"progress. Ex-partner has a no-contact order; do not disclose location.\n")
    if k != 2:
        text += f"SIN for the housing application: {sin_s}.\n"
        types.append('ca_sin')
        ids.append(('ca_sin', sin_s))
    text += f"\nThanks - {sw['name']}, MSW, {rng.choice(UNITS_EN[:4])}"
    return Spec('en', 'social_work', 'social work assessment pasted in a support request', types,
                "Orion SW assessment won't save", addr(sw), [addr(ci)], text, ids=ids, probes=[p.surname])


def p_fwd_eml_en(reg, rng, k):
    p = reg.holder(rng, lambda h: 18 <= age_on(h.dob) <= 60)
    agent, nurse = staff(reg), staff(reg)
    nam = fmt_nam(p.nam, ['plain', 'spaced', 'lower'][k])
    dob = fmt_date(p.dob, 'en', ['iso', 'long', 'dmy'][k])
    pmail = f"{p.given.lower()}.{p.surname.lower()}{rng.randrange(10, 99)}@courriel-perso.example"
    inner_text = (f"Hello,\n\nI can't see my PrEP prescription renewal (Truvada / emtricitabine-tenofovir) in the "
                  f"portal and my pharmacy says nothing was sent. My info:\n{p.given} {p.surname}, DOB {dob}, "
                  f"sex {p.sex}, RAMQ {nam}.\nMy last HIV test was negative in March.\n\nThank you")
    inner = inner_eml((f"{p.given} {p.surname}", pmail), ('Portail Mon Héron', f'portail@{DOM}'),
                      "Prescription renewal not showing", msg_date(rng), f"{p.nam.lower()}{k}.orig@courriel-perso.example",
                      inner_text)
    text = (f"Hi {nurse['given']},\n\nForwarding a portal message as an attachment - this one is clinical, not "
            f"technical. The renewal request form didn't route to your clinic's basket because the patient is "
            f"attached to a physician who changed clinics.\n\n{sig(agent, 'en', 'Patient Portal Support', rng)}")
    return Spec('en', 'portal_support', 'forwarded patient portal e-mail about a prescription renewal',
                ['patient_name', 'date_of_birth', 'ramq_nam', 'medication', 'lab_result'],
                "FW: Prescription renewal not showing", addr(agent), [addr(nurse)], text,
                atts=[Att("Prescription renewal not showing.eml", 'message/rfc822', inner, 'eml')],
                holders=[(p, dob)], ids=[('ramq_nam', nam)], probes=[p.surname])


def p_mri_csv_en(reg, rng, k):
    pats = [reg.patient(rng, 'en', 20, 85) for _ in range(4)]
    clerk, ci = staff(reg), staff(reg)
    ind = ["r/o MS - new optic neuritis", "lumbar radiculopathy, failed conservative tx", "staging rectal ca",
           "seizure, first episode", "knee - suspected meniscal tear", "follow-up glioma"]
    rows = [("last_name", "first_name", "mrn", "dob", "indication", "priority")]
    for p in pats:
        rows.append((p.surname, p.given, p.mrn, p.dob.isoformat(), rng.choice(ind), rng.choice(["P2", "P3", "P4"])))
    text = (f"Hi,\n\nThe MRI booking worklist didn't populate from the order interface this morning. Attached "
            f"is the CSV export of the requisitions received since 06:00 so booking can continue manually. "
            f"Please look at the feed when you can.\n\n{sig(clerk, 'en', 'MRI Booking', rng)}")
    return Spec('en', 'booking', 'MRI booking worklist exported to CSV during an interface failure',
                ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'], "MRI worklist empty - manual list attached",
                addr(clerk), [addr(ci)], text,
                atts=[Att(f"mri_requisitions_{k + 1}.csv", 'text/csv', make_csv(rows).encode('utf-8'), 'csv')],
                ids=[('mrn', pats[0].mrn)], probes=[pats[0].surname])


def p_transfer_ics_en(reg, rng, k):
    p = reg.patient(rng, 'en', 40, 85, origin='on')
    coord = staff(reg)
    hcn = make_ohip(rng)
    hcn_s = fmt_ohip(hcn, ['dashed', 'plain', 'spaced'][k], rng.choice(['', 'QW']))
    dx = rng.choice(["NSTEMI, for PCI", "subarachnoid hemorrhage, for neurosurgery", "STEMI post-thrombolysis"])
    start = datetime.datetime(2024, 6, 10 + k, 9, 0)
    desc = (f"Patient: {p.surname.upper()}, {p.given}\nDOB: {p.dob.isoformat()}\nOntario HCN: {hcn_s}\n"
            f"Dx: {dx}\nReceiving: Cardiology/Neuro, Ottawa Riverside General\nAmbulance booked 08:15")
    ics = make_ics(f"xfer-{p.mrn}-{k}@{DOM}", start, start + datetime.timedelta(hours=2),
                   f"Interfacility transfer - {p.surname.upper()}", desc, "Ottawa Riverside General - 2nd floor", (coord['name'], coord['email']))
    text = (f"Hello,\n\nTransfer confirmed for tomorrow - calendar hold attached with the details the receiving "
            f"team asked for. Note the Ontario health card number; our ADT can't store it so it is only in the "
            f"invitation.\n\n{sig(coord, 'en', 'Bed Flow Coordinator', rng)}")
    return Spec('en', 'transfer_booking', 'interfacility transfer invitation with Ontario health number',
                ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'], "Transfer to Ottawa - confirmed",
                addr(coord), [('Transfer Centre', 'transfers@ottawa-riverside.example')], text,
                atts=[Att("transfer.ics", 'text/calendar', ics.encode('utf-8'), 'ics')],
                ids=[('ca_health_number', hcn_s)], probes=[p.surname.upper()])


def p_repush_lower_en(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) >= 18)
    a, b = staff(reg), staff(reg)
    dob = p.dob.isoformat()
    nam = fmt_nam(p.nam, ['lower', 'plain', 'spaced'][k]).lower()
    res = rng.choice(["tsh 0.02, free t4 41", "ferritin 4, hgb 92", "a1c 8.9", "ldl 4.8"])
    text = (f"hey can you re-push the results for {p.given.lower()} {p.surname.lower()} to the gmf? nam {nam}, "
            f"dob {dob}, {p.sex.lower()}. {res} - the clinic says they only got the cbc.\n\nthx\n{a['given'].lower()}")
    return Spec('en', 'result_repush', 'lower-case request to resend lab results', ['patient_name', 'ramq_nam',
                'date_of_birth', 'lab_result'], "re-push results pls", addr(a), [addr(b)], text, holders=[(p, dob)],
                ids=[('ramq_nam', nam)], probes=[p.surname.lower()])


def p_youth_en(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) <= 14)
    md, liaison = staff(reg), staff(reg)
    dob = fmt_date(p.dob, 'en', ['iso', 'long', 'dmy'][k])
    nam = fmt_nam(p.nam, ['spaced', 'dotted', 'plain'][k])
    text = (f"Hello,\n\nFollowing my call to the youth protection intake line at 03:40, here is the written "
            f"summary they requested. The DYP e-form link in Orion returns a 404, hence the e-mail.\n\n"
            f"Child: {p.given} {p.surname}, DOB {dob}, sex {p.sex}, RAMQ {nam}\n"
            f"Presentation: brought by a neighbour, found alone at home for ~2 days; dehydrated, head lice, "
            f"healed burn on the left forearm not explained.\nParent: not reachable; known to police for domestic "
            f"violence.\nAdmitted to Paediatrics for observation.\n\n{sig(md, 'en', 'Emergency Physician', rng)}")
    return Spec('en', 'youth_protection', 'written youth protection report after an ED visit',
                ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'social_information'],
                "Youth protection report - written follow-up", addr(md),
                [('DYP intake', 'reception.signalements@dpj-rah.example')], text, cc=[addr(liaison)],
                holders=[(p, dob)], ids=[('ramq_nam', nam)], probes=[p.surname])


def p_chart_merge_en(reg, rng, k):
    p = reg.patient(rng, 'en', 50, 90)
    hr, ci = staff(reg), staff(reg)
    mrn2 = make_mrn(rng)
    m1 = fmt_mrn(p.mrn, ['full', 'plain', 'dashed'][k])
    m2 = fmt_mrn(mrn2, ['full', 'spaced', 'plain'][k])
    dob = fmt_date(p.dob, 'en', ['mon', 'iso', 'long'][k])
    text = (f"Hi,\n\nDuplicate charts, please merge:\n\n  {p.surname.upper()}, {p.given} - DOB {dob}\n"
            f"  MRN {m1} (created 2019)\n  MRN {m2} (created by ED registration last night)\n\nBoth charts have "
            f"an active warfarin 5 mg order and pharmacy almost dispensed twice. The merge tool gives "
            f"\"A40 rejected: target has open encounter\". Can you do it from the back end?\n\n"
            f"{sig(hr, 'en', 'Health Records - Data Quality', rng)}")
    return Spec('en', 'chart_merge', 'duplicate charts to merge, active anticoagulant on both',
                ['patient_name', 'mrn', 'date_of_birth', 'medication'], "Duplicate chart merge - A40 rejected",
                addr(hr), [addr(ci)], text, ids=[('mrn', m1), ('mrn', m2)], probes=[p.surname.upper()])


def p_lobby_print_en(reg, rng, k):
    p = reg.patient(rng, 'en', 30, 85)
    mgr, tech = staff(reg), staff(reg)
    res = rng.choice(["malignant melanoma, Breslow 2.4 mm", "high-grade serous carcinoma", "benign nevus - no further tx",
                      "invasive ductal carcinoma, ER+/PR+/HER2-"])
    text = (f"Hi,\n\nA volunteer found a pathology report on the public printer in the main lobby this morning: "
            f"{p.surname}, {p.given}, MRN {p.mrn} - {res}. It was sent from the dermatology clinic "
            f"workstation, which apparently defaults to LOBBY-PRN-01 since the print server change.\n\nI've "
            f"secured the page. Please fix the default printer mapping and let Privacy know.\n\n"
            f"{sig(mgr, 'en', 'Manager, Ambulatory Clinics', rng)}")
    atts = []
    if k == 2:
        rows = [("Time", "Workstation", "Printer", "Document", "Pages")]
        rows.append(("08:12", "DERM-WS04", "LOBBY-PRN-01", f"Pathology report - {p.surname.upper()}, {p.given}", "2"))
        rows.append(("08:15", "DERM-WS04", "LOBBY-PRN-01", "Clinic schedule", "1"))
        atts.append(Att("print_log_lobby.xlsx", XLSX, make_xlsx([("Log", rows)]), 'xlsx'))
    return Spec('en', 'print_incident', 'pathology report printed to a public lobby printer',
                ['patient_name', 'mrn', 'lab_result', 'diagnosis'], "Pathology report printed in lobby",
                addr(mgr), [('IT Service Desk', f'servicedesk@{DOM}')], text, cc=[addr(tech)], atts=atts,
                ids=[('mrn', p.mrn)], probes=[p.surname])


TEMPLATES = [p_imaging_en, p_inr_quick_en, p_social_en, p_fwd_eml_en, p_mri_csv_en, p_transfer_ics_en,
             p_repush_lower_en, p_youth_en, p_chart_merge_en, p_lobby_print_en]
