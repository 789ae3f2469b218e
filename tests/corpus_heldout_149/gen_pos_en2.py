"""English positives, part 2: forwards, summaries, spreadsheets, social work, foreign ids, attachments."""
import datetime as dt

import gen_docs as D
from gen_clinic import case, num
from gen_common import (CLINIC_EN, CLINIC_TEL, DOM, HOSP_EN, STAFF, en_date, ext_person, gen_niss, gen_nir, gen_sin,
                        strip_accents, workday_after)
from gen_mime import inner_eml
from gen_text import bye, earlier, forward_block, hello, reply, reply_headers, sign, who, who_plain

S = STAFF


def _her(p):
    return "her" if p.sex == "F" else "him"


def _hers(p):
    return "her" if p.sex == "F" else "his"


def _she(p):
    return "she" if p.sex == "F" else "he"


def en_forward_thread(m, P):
    r = m.rng
    p = P.patient(m, age=(30, 80), lang="en")
    dom = r.choice(["pheo", "aldo", "adrenal_inc"])
    c = case(r, dom, "en")
    md = S[r.choice(["benali", "raman"])]
    surg = ("Dr Fiona McBride, General Surgery", f"fiona.mcbride@{DOM}")
    rad = ("Dr Olivier Thibodeau", f"olivier.thibodeau@{DOM}")
    nm = m.name(p, r.choice(["full", "upper_first", "title"]))
    mrn = m.mrn(p) if r.random() < 0.6 else None
    inner = f"""Hi,
CT for {nm}{f' (MRN {mrn})' if mrn else ''} done this morning: {c.dx}. Unenhanced attenuation {r.randint(18, 42)} HU.
{c.labline('; ')}
I think this needs endocrine input before any biopsy.
Olivier"""
    m.sender = who(md, "en")
    m.to = [surg]
    m.subject = r.choice(["FW: adrenal CT", "Fwd: CT result - please see", "FW: imaging - your opinion?"])
    m.text = f"""Fiona,

See below. {r.choice(['I have started ' + c.meds[0] + '.' if c.meds else 'Workup is under way.', 'Could you see this patient in clinic next week?', 'Would you present at tumour board Thursday?'])}

{md.given}

{forward_block('en', rad, earlier(m, r.randint(2, 20)), who(md, 'en'), 'adrenal CT', inner)}"""
    m.t("diagnosis", "lab_result")
    if c.meds and "started" in m.text:
        m.t("medication")
    m.category, m.note = "forwarded_thread", "forwarded radiology discussion about adrenal lesion"


def en_discharge_docx(m, P):
    r = m.rng
    p = P.holder(m, min_age=20, max_age=85)
    dom = r.choice(["nfpa", "acro", "pheo", "thycancer"])
    c = case(r, dom, "en")
    res = S[r.choice(["nakamura", "goldberg"])]
    m.sender = who(res, "en")
    m.to = [("Health Records", f"health.records@{DOM}")]
    adm = m.today - dt.timedelta(days=r.randint(3, 10))
    proc = {"nfpa": "endoscopic transsphenoidal resection", "acro": "endoscopic transsphenoidal resection",
            "pheo": "laparoscopic left adrenalectomy", "thycancer": "total thyroidectomy with central neck dissection"}[dom]
    nm = m.name(p, "upper_first")
    paras = [f"Patient: {nm}", f"DOB: {m.dob(p, 0)}    Sex: {m.sex(p, 'bare')}", f"RAMQ: {m.nam(p, 'space')}",
             f"Admitted {en_date(adm)}; discharged {en_date(m.today)}.", "# Diagnosis", c.dx, "# Procedure", f"{proc.capitalize()} on {en_date(adm + dt.timedelta(days=1))}.",
             "# Course", r.choice(["Transient DI on day 2 treated with one dose of DDAVP; sodium normal at discharge.",
                                   "Post-operative hypotension managed with fluids; no pressors required.",
                                   "Uneventful; drain removed on day 1."]),
             "# Discharge labs", c.labline("; "), "# Discharge medications", "; ".join(c.meds) or "acetaminophen 1 g q6h prn",
             "# Follow-up", f"Endocrinology clinic in 4-6 weeks; {c.plan}."]
    doc = D.docx(m.when, "Discharge Summary", paras, author=res.full)
    m.attach("docx", r.choice([f"Discharge_{p.surname}.docx", "discharge_summary_final.docx", f"DS {p.surname} {p.given}.docx"]), doc,
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.subject = r.choice(["Discharge summary for filing", "DS - 5 North", "Discharge summary (signed)"])
    m.text = f"""{hello(r, 'en')}

Signed discharge summary attached. Please copy to the family physician on file.

{sign(r, res, 'en')}"""
    m.t("diagnosis", "medication", "lab_result")
    m.category, m.note = "discharge_summary", "discharge summary in Word attachment"


def en_waitlist_xlsx(m, P):
    r = m.rng
    mgr = S["dagenais"]
    m.sender = who_plain(mgr)
    m.to = [who(S["pepin"], "en"), who(S["raman"], "en")]
    rows = [["MRN", "Patient", "Age", "Diagnosis", "Last MRI", "Next step"]]
    for _ in range(r.randint(5, 8)):
        p = P.patient(m, age=(22, 84), lang="en")
        c = case(r, r.choice(["prolactinoma", "acro", "nfpa", "nfpa"]), "en")
        rows.append([m.mrn(p, "plain"), m.name(p, r.choice(["upper_first", "sur_comma"])), p.age(m.today), c.dx,
                     (m.today - dt.timedelta(days=r.randint(30, 400))).isoformat(), c.plan])
    data = D.xlsx(m.when, [("Pituitary clinic", rows)])
    m.attach("xlsx", r.choice(["pituitary_waitlist.xlsx", f"Pituitary clinic {m.today:%B %Y}.xlsx", "neuroendo_list.xlsx"]), data,
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    m.subject = r.choice(["Combined pituitary clinic - list", "Pituitary list for next session", "Neuro-endo clinic waitlist"])
    m.text = f"""{hello(r, 'en')}

Attached is the list for the combined pituitary clinic. Please flag anyone who should be bumped up; we have {r.randint(6, 10)} slots.

{sign(r, mgr, 'en')}"""
    m.t("diagnosis")
    m.category, m.note = "waitlist", "pituitary clinic spreadsheet with MRNs and names"


def en_social_worker(m, P):
    r = m.rng
    p = P.patient(m, age=(28, 80), lang="en")
    c = case(r, r.choice(["osteo", "addison", "thycancer", "graves"]), "en")
    sw = S["beaudry"]
    md = S[r.choice(["gosselin", "raman", "vachon"])]
    m.sender = who_plain(sw)
    m.to = [who(md, "en")]
    nm = m.name(p, r.choice(["title", "full", "title_sur"]))
    sit = r.choice([
        f"is facing eviction at the end of the month and has been sleeping on a friend's couch",
        f"lost {_hers(p)} job in March and is now on social assistance; {_she(p)} cannot cover the drug plan deductible",
        f"disclosed intimate partner violence during our meeting; a safety plan is in place and {_she(p)} is on the list for the shelter",
        f"is the sole caregiver for a grandchild placed by youth protection and keeps missing appointments",
    ])
    m.subject = r.choice(["Psychosocial follow-up", "SW note", "Barriers to treatment", "Re: your SW referral"])
    m.text = f"""{hello(r, 'en', md)}

Following your referral: {nm} {sit}.
Medically I understand {_she(p)} needs {c.medline(', ')} for {c.dx}.
{r.choice(['I have applied to the hospital foundation emergency fund for 3 months of medication.', 'The manufacturer patient support program may cover it; I started the paperwork.', 'I suggest we group the infusion and the clinic visit on the same day.'])}

{sign(r, sw, 'en')}"""
    m.t("social_information", "medication", "diagnosis")
    m.category, m.note = "social_work", "social worker note on patient's circumstances"


def en_belgian(m, P):
    r = m.rng
    p = P.patient(m, age=(30, 80), lang="en")
    p.given, p.surname = r.choice([("Lotte", "Verhaegen"), ("Koen", "Janssens"), ("Elise", "Dubois-Maes"), ("Wim", "Goossens"),
                                   ("Marieke", "Smets"), ("Bart", "Vermeulen")])
    p.sex = "M" if p.given in ("Koen", "Wim", "Bart") else "F"
    niss = gen_niss(r, p.dob, p.sex)
    c = case(r, r.choice(["addison", "pheo", "graves"]), "en")
    md = S[r.choice(["raman", "nakamura"])]
    m.sender = who(md, "en")
    m.to = [("Travel Assist Europe - medical desk", "medical@travelassist-eu.example")]
    nm = m.name(p, r.choice(["full", "upper_first"]))
    m.subject = r.choice(["Medical report - insured traveller", "Your case file - hospital report", "Travel insurance: medical summary"])
    m.text = f"""{hello(r, 'en')}

As requested for your insured, {nm} (Belgian national number {m.niss(niss)}, born {m.dob(p)}), seen in our emergency department and endocrine service:

Diagnosis: {c.dx}
Results: {c.labline('; ')}
Treatment: {c.medline('; ')}
Fit to fly: {r.choice(['yes, from ' + en_date(workday_after(m.today, 3)), 'not before review on ' + en_date(workday_after(m.today, 5)), 'yes, with medical escort'])}

{sign(r, md, 'en')}"""
    m.t("diagnosis", "lab_result", "medication")
    m.category, m.note = "travel_insurance_report", "medical report for Belgian traveller's insurer"


def en_french_nir(m, P):
    r = m.rng
    p = P.patient(m, age=(20, 45), lang="en")
    p.given, p.surname = r.choice([("Chloé", "Vasseur"), ("Mathis", "Lemaire"), ("Clara", "Fontaine"), ("Louis-Arthur", "Baudin"),
                                   ("Jade", "Carpentier"), ("Nolan", "Brunet")])
    p.sex = "M" if p.given in ("Mathis", "Louis-Arthur", "Nolan") else "F"
    nir = gen_nir(r, p.dob, p.sex)
    dom = r.choice(["thycancer", "graves", "hypo"])
    c = case(r, dom, "en")
    care = {"thycancer": r.choice(["I-131 ablation and whole-body scan", "consultation, neck ultrasound and thyroglobulin"]),
            "graves": r.choice(["consultation and radioactive iodine therapy", "consultation and laboratory tests"]),
            "hypo": "consultation and laboratory tests"}[dom]
    nurse = S["gravel"]
    m.sender = who_plain(nurse)
    m.to = [("CPAM - relations internationales (FR)", "international@cpam-exemple.example")]
    nm = m.name(p, "upper_first")
    lines = ["# Statement of care - reimbursement request", f"Patient: {nm}", f"Date of birth: {m.dob(p)}",
             f"French social security number (NIR): {m.nir(nir, r.choice(['space', 'plain']))}", "",
             f"Condition treated: {c.dx}", f"Care provided: {care}",
             f"Medication: {c.medline('; ')}", "", f"{CLINIC_EN}, {HOSP_EN}"]
    m.attach("pdf", "statement_of_care.pdf", D.pdf(lines, compress=r.random() < 0.5), "application/pdf")
    m.subject = r.choice(["Statement of care for reimbursement", "Reimbursement documents", "Care statement - French insured"])
    m.text = f"""{hello(r, 'en')}

Please find attached the statement of care requested by your insured for reimbursement under the France-Quebec agreement.

{sign(r, nurse, 'en')}"""
    m.t("diagnosis", "medication")
    m.category, m.note = "reimbursement_statement", "statement of care with French NIR"


def en_subject_only(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 85), lang="en")
    dom = r.choice(["hypo", "graves", "hpt", "prolactinoma", "osteo"])
    c = case(r, dom, "en")
    md = S[r.choice(["raman", "benali", "vachon"])]
    gp, _ = ext_person(r, "gmf")
    m.sender = who(md, "en")
    m.to = [who(gp, "en")]
    nm = m.name(p, r.choice(["upper_first", "full", "sur_first"]))
    m.subject = r.choice([f"re: {nm}", f"{nm} - results", f"RE: {p.surname}, {p.given} f/u"])
    m.text = f"""{hello(r, 'en', gp, informal=True)}

Quick update on your patient: {c.labline(', ')}.
{('I started ' + c.meds[0] + '.') if c.meds else 'No treatment for now.'} {c.plan[0].upper() + c.plan[1:]}.

{md.given}"""
    m.t("lab_result", "diagnosis")
    if c.meds:
        m.t("medication")
    m.category, m.note = "results_update", "results update; patient named only in Subject"


def en_vcard(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 85), lang="en")
    clerk = S["ferland"]
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = who_plain(clerk)
    m.to = [who_plain(nurse)]
    card = {"given": p.given, "surname": p.surname, "tel": [("CELL", p.phone)],
            "adr": (p.addr, p.city.split(" (")[0], "QC", p.city.split("  ")[-1]),
            "note": r.choice(["Post-RAI follow-up - new number", "Prolia patient - moved", "Thyroid biopsy recall list"])}
    m._need("patient_name", f"{p.given} {p.surname}")
    m._need("patient_contact", p.phone)
    m.t("patient_name", "patient_contact", "diagnosis")
    m.attach("vcf", r.choice([f"{p.surname}.vcf", "contact.vcf", f"{p.given}_{p.surname}.vcf"]), D.vcard([card]), "text/x-vcard")
    m.subject = r.choice(["Updated contact", "New phone/address", "Contact card"])
    m.text = f"""{hello(r, 'en', nurse, informal=True)}

Patient dropped by the desk with new contact info - card attached. {r.choice(['She said the old number is disconnected.', 'Please update your recall list.', 'For your callbacks.'])}

{sign(r, clerk, 'en', short=True)}"""
    m.category, m.note = "contact_card", "patient contact card in vCard attachment"


def en_csv_mrn(m, P):
    r = m.rng
    lab = ("Core Lab - Endocrine section", f"corelab.endo@{DOM}")
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = lab
    m.to = [who_plain(nurse)]
    kind = r.choice(["Tg", "PTH", "TSH", "cortisol"])
    rows = [["MRN", "collected", "test", "result", "units", "flag"]]
    for _ in range(r.randint(6, 12)):
        p = P.patient(m, age=(20, 90), lang="en")
        lo, hi, unit, vmin, vmax = {"Tg": (0.0, 0.2, "ug/L", 0.05, 12), "PTH": (1.6, 6.9, "pmol/L", 1.0, 22),
                                    "TSH": (0.35, 5.0, "mIU/L", 0.01, 30), "cortisol": (140, 690, "nmol/L", 30, 750)}[kind]
        v = r.uniform(vmin, vmax)
        flag = "H" if v > hi else "L" if v < lo else ""
        rows.append([m.mrn(p, "plain"), (m.today - dt.timedelta(days=r.randint(0, 3))).isoformat(), kind,
                     f"{v:.0f}" if kind == "cortisol" else f"{v:.2f}", unit, flag])
    m.attach("csv", f"{kind}_pending_review_{m.today:%Y%m%d}.csv", D.csv_bytes(rows), "text/csv", charset="utf-8")
    m.subject = r.choice(["Daily export - results for review", f"{kind} results export", "Flagged results"])
    m.text = f"""Automated export from the laboratory information system.
{len(rows) - 1} results for the endocrine clinic. Flags: H = high, L = low.
Do not reply to this address."""
    m.t("lab_result")
    m.category, m.note = "lab_export", "lab result export identified by chart numbers"


def en_patient_email(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 75), lang="en")
    dom = r.choice(["graves", "hypo", "addison", "osteo"])
    sym = {"graves": "My heart is racing again and I lost 4 kg since the methimazole was lowered",
           "hypo": "I still feel exhausted on 100 mcg of Synthroid and my hair is falling out",
           "addison": "I had the flu this weekend and doubled my hydrocortisone, is that right",
           "osteo": "I fell on the ice and my wrist is swollen, I'm on Prolia"}[dom]
    full = f"{p.given} {p.surname}"
    m._need("patient_name", full)
    m.t("patient_name")
    pm = strip_accents(f"{p.given[0].lower()}{p.surname.lower().replace(chr(39), '')}{r.randint(60, 99)}@mailbox-perso.example")
    dob = m.dob(p) if r.random() < 0.5 else None
    inner_text = f"""Hello,

This is {full}{f' (born {dob})' if dob else ''}. {sym}. Could someone from Dr {S['raman'].surname}'s office call me at {m.phone(p)}?

Thank you
{p.given}"""
    inner = inner_eml(m, (full, pm), [("Endocrine clinic", f"endocrinology@{DOM}")], r.choice(["Question", "Help please", "Call back"]),
                      inner_text, earlier(m, r.randint(2, 40)))
    clerk = S["ferland"]
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = who_plain(clerk)
    m.to = [who_plain(nurse)]
    m.attach("eml", r.choice(["Question.eml", "patient message.eml", "FW_call_back.eml"]), inner, "message/rfc822")
    m.subject = r.choice(["FW: patient message", "Message from the general inbox", "Fwd: Call back"])
    m.text = f"""{hello(r, 'en', nurse, informal=True)}

Forwarding as attachment from the general inbox.

{sign(r, clerk, 'en', short=True)}"""
    m.t("diagnosis", "medication", "patient_contact")
    m.category, m.note = "patient_email_forward", "patient's e-mail forwarded as attached message"


def en_zip_referral(m, P):
    r = m.rng
    p = P.holder(m, min_age=25)
    c = case(r, r.choice(["nodule", "hpt", "aldo", "prolactinoma"]) if p.age(m.today) < 55 else r.choice(["osteo", "hpt", "nodule"]), "en")
    gp, org = ext_person(r, "gmf")
    m.sender = who(gp, "en")
    m.to = [("Endocrinology Referrals", f"endo.referrals@{DOM}")]
    nm = m.name(p, "full")
    letter = D.pdf([f"# Referral - {org}", f"Patient: {nm}", f"DOB: {m.dob(p, 0)}   Sex: {m.sex(p, 'bare')}", f"RAMQ: {m.nam(p, 'plain')}",
                    "", f"Reason: {c.dx}", f"Results: {c.labline('; ')}", f"Medications: {c.medline('; ') or 'none'}", "",
                    f"Dr {gp.given} {gp.surname}"], compress=r.random() < 0.5)
    labs = D.csv_bytes([["date", "result"]] + [[(m.today - dt.timedelta(days=10 * i)).isoformat(), l] for i, l in enumerate(c.labs)])
    z = D.zip_bytes([("referral_letter.pdf", letter), ("labs.csv", labs)], m.when)
    m.attach("zip", r.choice(["referral_package.zip", f"referral_{p.surname}.zip"]), z, "application/zip")
    m.subject = r.choice(["Referral package", "New referral - documents attached", "Referral (zip)"])
    m.text = f"""{hello(r, 'en')}

Referral letter and recent labs attached as a zip file. Please call our office if anything is missing.

{bye(r, 'en')}
Dr {gp.given} {gp.surname}, {org}"""
    m.t("diagnosis", "lab_result")
    if c.meds:
        m.t("medication")
    m.category, m.note = "referral_package", "zipped referral letter and labs"


def en_study_screening(m, P):
    r = m.rng
    coord = ("Research coordinator - Bone Health Study", f"recherche.os@{DOM}")
    m.sender = coord
    m.to = [who(S["gosselin"], "en")]
    rows = ["Screen # | Name | Age | Key criterion | Status"]
    for i in range(r.randint(4, 7)):
        p = P.patient(m, age=(55, 85), sex=r.choice("FFM"), lang="en")
        rows.append(f"S-{r.randint(100, 999)} | {m.name(p, r.choice(['sur_comma', 'full', 'initial']))} | {p.age(m.today)} | "
                    f"T-score {-r.uniform(2.5, 3.8):.1f}, {r.choice(['prior hip fracture', 'on denosumab 3 y', 'eGFR 42', 'vertebral fx'])} | "
                    f"{r.choice(['eligible', 'ineligible (eGFR)', 'consented', 'declined'])}")
    m.subject = r.choice(["Screening log - week", "Study screening update", "Pre-screen list for your review"])
    m.text = f"""{hello(r, 'en', S['gosselin'])}

Screening log for the denosumab discontinuation study this week:

""" + "\n".join(rows) + f"""

Please confirm eligibility for the two flagged patients before Friday.

Research office"""
    m.t("lab_result", "medication", "diagnosis")
    m.prefer["structure"] = r.choice(["alt", "html"])
    m.category, m.note = "study_screening_log", "research screening log naming patients"


def en_given_name_thread(m, P):
    r = m.rng
    p = P.patient(m, age=(8, 16), lang="en")
    c = case(r, r.choice(["ghd", "cah", "congenital_hypo", "hashi_teen"]), "en")
    md = S["zhou"]
    nurse = S["chartrand"]
    m.sender = who(md, "en")
    m.to = [who_plain(nurse)]
    reply_headers(m)
    full = m.name(p, "full")
    mrn = m.mrn(p)
    old = f"""Dr Zhou,
{full}'s mother called (MRN {mrn}): {c.labs[0]} at the outside lab last week. She wants to know if the dose of {c.meds[0]} should change before school starts.
Nadia"""
    g = m.name(p, "given")
    new = f"""Thanks Nadia. Tell {g}'s mom to keep the same dose for now; {c.plan}. I will review {g}'s growth chart at the next visit."""
    m.subject = r.choice(["RE: phone message", "RE: dose question", "RE: mom called"])
    m.text = reply(r, "en", new + "\n\nAmy", who_plain(nurse), earlier(m, r.randint(1, 20)), old, outlook=r.random() < 0.5,
                   old_subject=m.subject[4:], old_to=who(md, "en"))
    m.t("medication", "lab_result", "diagnosis")
    m.category, m.note = "paediatric_phone_message", "reply about a child's dose, given name with quoted full name"


def en_insurer_sin(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 63), lang="en")
    c = case(r, r.choice(["nfpa", "acro", "graves", "thycancer"]), "en")
    sin = gen_sin(r)
    md = S[r.choice(["raman", "benali"])]
    m.sender = who(md, "en")
    m.to = [("Boreale Life - Disability Claims", "claims@borealevie.example")]
    nm = m.name(p, r.choice(["upper_first", "full"]))
    rows = [["Field", "Answer"], ["Claimant", nm], ["Date of birth", m.dob(p)], ["SIN", m.sin(sin)],
            ["Diagnosis", c.dx], ["Treatment", c.medline("; ")], ["Restrictions", r.choice(["no driving until visual fields repeated", "no lifting > 10 kg for 6 weeks", "reduced hours x 4 weeks"])],
            ["Expected return", en_date(workday_after(m.today, r.randint(15, 60)))]]
    if r.random() < 0.5:
        m.attach("xlsx", "APS_form_completed.xlsx", D.xlsx(m.when, [("APS", rows)]),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        m.text = f"""{hello(r, 'en')}

Completed Attending Physician Statement attached (your claim #{r.randint(1000000, 9999999)}).

{sign(r, md, 'en')}"""
    else:
        m.text = f"""{hello(r, 'en')}

Attending physician statement, as requested:

""" + "\n".join(f"{a}: {b}" for a, b in rows[1:]) + f"""

{sign(r, md, 'en')}"""
    m.subject = r.choice(["Attending Physician Statement", "APS - disability claim", "Completed APS"])
    m.t("diagnosis", "medication")
    m.category, m.note = "insurer_form", "disability statement with social insurance number"


def en_transport_ltc(m, P):
    r = m.rng
    p = P.holder(m, min_age=70)
    nurse = S["chartrand"]
    m.sender = who_plain(nurse)
    m.to = [("Manoir des Trembles - nursing station", "soins@manoir-trembles.example")]
    d = workday_after(m.today, r.randint(3, 12))
    nm = m.name(p, r.choice(["title", "upper_first", "full"]))
    m.subject = r.choice(["Infusion appointment - transport needed", "Zoledronic acid infusion", "Resident appointment at HRVB"])
    k = r.randint(0, 2)
    extra = ["Hold the calcium supplement that morning.", "Please make sure the creatinine from last week is faxed.", "An escort is needed due to dementia."][k]
    if k == 2:
        m.t("diagnosis")
    m.text = f"""{hello(r, 'en')}

Your resident {nm} ({m.sex(p)}, DOB {m.dob(p)}, RAMQ {m.nam(p)}) is booked for a zoledronic acid (Aclasta) 5 mg IV infusion on {en_date(d, True)} at {r.choice(['9:00', '10:30', '13:00'])}, Day Hospital, 2nd floor.
Please arrange stretcher transport and send the current MAR. {extra}

{bye(r, 'en')}
{sign(r, nurse, 'en')}"""
    m.t("medication")
    m.category, m.note = "transport_request", "long-term care transport for infusion"
