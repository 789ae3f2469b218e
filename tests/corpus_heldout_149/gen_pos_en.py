"""English positives, part 1: referrals, consult letters, sign-out, FNA and iodine, labs, bone density."""
import datetime as dt

import gen_docs as D
from gen_clinic import case, num
from gen_common import (CLINIC_EN, CLINIC_FAX, CLINIC_TEL, DOM, HOSP_EN, STAFF, en_date, ext_person, gen_ohn,
                        workday_after)
from gen_text import bye, earlier, hello, reply, reply_headers, sign, who, who_plain

S = STAFF


def _her(p):
    return "her" if p.sex == "F" else "him"


def _hers(p):
    return "her" if p.sex == "F" else "his"


def _she(p):
    return "she" if p.sex == "F" else "he"


def en_referral_ontario(m, P):
    r = m.rng
    p = P.patient(m, age=(35, 85), ontario=True, lang="en")
    ohn, vc = gen_ohn(r)
    c = case(r, r.choice(["hpt", "nodule", "graves", "adrenal_inc"]), "en")
    gp, _ = ext_person(r, "ott")
    m.sender = (f"Dr {gp.given} {gp.surname}", f"{gp.given[0].lower()}{gp.surname.lower()}@riversidefht.example")
    m.to = [("Endocrinology Referrals", f"endo.referrals@{DOM}")]
    nm = m.name(p, r.choice(["full", "upper_first", "title"]))
    m.subject = r.choice(["Referral - out of province patient", f"Endocrinology referral: {c.short}", "New referral (Ontario resident)"])
    m.text = f"""{hello(r, 'en')}

I would be grateful if you could see {nm}, who splits the year between Ontario and the Val-Bruyere area and prefers to be followed closer to the cottage.

DOB: {m.dob(p)}
Ontario health card: {m.ohn(ohn, vc)}
Address: {m.address(p)}
Phone: {m.phone(p)}

Reason for referral: {c.dx}.
Recent results: {c.labline('; ')}.
Current meds: {c.medline() if c.meds else 'ramipril 5 mg, atorvastatin 20 mg'}.

I understand out-of-province billing applies; {_she(p)} is aware.

{bye(r, 'en')}
Dr {gp.given} {gp.surname}
Riverside Family Health Team
613-555-01{r.randint(10, 99)}"""
    m.t("diagnosis", "lab_result", "medication")
    m.category, m.note = "referral", "out-of-province referral with Ontario health number"


def en_consult_letter(m, P):
    r = m.rng
    p = P.holder(m, min_age=30)
    dom = r.choice(["adrenal_inc", "aldo", "hpt", "acro", "graves"])
    c = case(r, dom, "en")
    md = S[r.choice(["benali", "raman", "vachon"])]
    gp, org = ext_person(r, "gmf")
    m.sender = who(md, "en")
    m.to = [who(gp, "en")]
    nm = m.name(p, r.choice(["title", "full", "upper_first"]))
    m.subject = r.choice([f"Consultation note - {nm}", "Endocrinology consultation", f"Consult: {c.short}"])
    letter = f"""Re: {nm}   DOB {m.dob(p)}   {m.sex(p)}   RAMQ {m.nam(p)}

Thank you for referring this {p.age(m.today)}-year-old {'woman' if p.sex == 'F' else 'man'}, seen today in the endocrinology clinic.

Impression: {c.dx}.
Investigations: {c.labline('; ')}.
{('Medications started: ' + c.medline() + '.') if c.meds else 'No medication changes today.'}
Plan: {c.plan}. I will see {_her(p)} again in {r.choice(['6 weeks', '3 months', '6 months'])}.

{md.dr('en')}, {md.role_en}"""
    if r.random() < 0.45:
        m.attach("pdf", r.choice(["consult_note.pdf", f"Consult_{p.surname}.pdf", "Endocrinology_consultation.pdf"]),
                 D.pdf([f"# {HOSP_EN} - {CLINIC_EN}"] + letter.split("\n"), title="Consultation", compress=r.random() < 0.5),
                 "application/pdf")
        m.text = f"""{hello(r, 'en', gp)}

Please find my consultation note attached. Happy to discuss.

{sign(r, md, 'en')}"""
    else:
        m.text = f"""{hello(r, 'en', gp)}

{letter}

{sign(r, md, 'en', short=True)}"""
    m.t("diagnosis", "lab_result")
    if c.meds:
        m.t("medication")
    m.category, m.note = "consult_note", "endocrinology consultation note to referring physician"


def en_signout(m, P):
    r = m.rng
    md = S[r.choice(["nakamura", "goldberg"])]
    nxt = S["goldberg" if md is S["nakamura"] else "nakamura"]
    m.sender = who(md, "en")
    m.to = [who(nxt, "en")]
    m.cc = [who(S[r.choice(["benali", "raman"])], "en")]
    items = [
        "adrenal crisis on admission, now hydrocortisone 50 mg IV q8h, taper tomorrow if BP ok",
        "post-op day 2 transsphenoidal, Na {na}, watch for DI, DDAVP 1 mcg IV prn",
        "thyroid storm (Burch-Wartofsky 55), PTU 200 q4h + propranolol, FT4 {ft4}",
        "hypercalcaemia Ca {ca}, PTH suppressed, ?malignancy, pamidronate given",
        "new hyponatraemia 123, ?SIADH vs adrenal insuff, 8 am cortisol ordered",
        "post-thyroidectomy hypocalcaemia, Ca {lo}, on calcitriol 0.5 BID + Ca carbonate 1 g TID",
        "pheo pre-op, phenoxybenzamine 20 BID, orthostatic, increase fluids",
    ]
    r.shuffle(items)
    rows = ["Bed | Patient | Age | Issue / to do"]
    beds = r.sample([f"{u}-{n}" for u in ("7E", "7W", "ICU", "6N") for n in range(1, 37)], 6)
    for i in range(r.randint(4, 6)):
        p = P.patient(m, age=(28, 93), lang="en")
        nm = m.name(p, r.choice(["upper_first", "sur_comma", "initial", "full"]))
        mrn = f" ({m.mrn(p)})" if r.random() < 0.35 else ""
        txt = items[i % len(items)].format(na=r.randint(146, 151), ft4=r.randint(48, 70), ca=f"{r.uniform(3.0, 3.5):.2f}", lo=f"{r.uniform(1.8, 2.0):.2f}")
        rows.append(f"{beds[i]} | {nm}{mrn} | {p.age(m.today)} | {txt}")
    m.subject = r.choice(["Endo sign-out", "Sign out - endocrine consults", f"Weekend handover {m.today:%b %d}", "consult list"])
    m.text = f"""{hello(r, 'en', nxt, informal=True)}

Handover for {r.choice(['tonight', 'the weekend', 'tomorrow'])}:

""" + "\n".join(rows) + f"""

{r.choice(['Pager 4471 if anything.', 'Nothing pending except the cortisol.', 'ICU patient is the sickest.'])}
{sign(r, md, 'en', short=True)}"""
    m.t("diagnosis", "medication", "lab_result")
    m.prefer["structure"] = r.choice(["alt", "html", "plain"])
    m.category, m.note = "signout", "resident hand-off list of inpatient consults"


def en_fna_booking(m, P):
    r = m.rng
    ont = r.random() < 0.4
    p = P.patient(m, age=(40, 85), lang="en", ontario=ont)
    md = S[r.choice(["raman", "nakamura", "benali"])]
    m.sender = who(md, "en")
    m.to = [("Ultrasound booking", f"us.booking@{DOM}")]
    nm = m.name(p, r.choice(["full", "upper_first", "sur_comma"]))
    mrn = m.mrn(p)
    if ont:
        ohn, vc = gen_ohn(r)
        mrn = f"{mrn} (Ontario resident, OHIP {m.ohn(ohn, vc)} - out-of-province billing)"
    anticoag = r.choice(["apixaban 5 mg BID - hold 48 h before", "rivaroxaban 20 mg daily - hold 2 days", "clopidogrel 75 mg - may continue", "warfarin, INR 2.4 - hold 5 days, INR morning of"])
    size = r.uniform(1.2, 4.0)
    m.subject = r.choice(["US-guided FNA request", f"FNA booking - MRN {p.mrn}", "Thyroid biopsy request"])
    m.text = f"""{hello(r, 'en')}

Please book an ultrasound-guided FNA for:

{nm}, MRN {mrn}
Target: {r.choice(['right', 'left'])} lobe nodule {size:.1f} cm, TI-RADS {r.choice([4, 5])} (US {en_date(m.today - dt.timedelta(days=r.randint(7, 40)))})
Anticoagulation: {anticoag}
Allergies: {r.choice(['NKDA', 'lidocaine (rash)', 'latex'])}
Priority: {r.choice(['within 2 weeks', 'routine', 'urgent - rapid growth'])}

{bye(r, 'en')}
{sign(r, md, 'en', short=True)}"""
    m.t("diagnosis", "medication")
    m.category, m.note = "biopsy_booking", "request to book thyroid biopsy"


def en_rai_ics(m, P):
    r = m.rng
    p = P.patient(m, age=(24, 78), lang="en")
    nurse = S["gravel"]
    m.sender = who_plain(nurse)
    pm = f"{p.given.lower()}.{p.surname.lower().replace(chr(39), '')}@mailbox-perso.example"
    from gen_common import strip_accents
    pm = strip_accents(pm)
    m.to = [(f"{p.given} {p.surname}", pm)]
    m._need("patient_name", f"{p.given} {p.surname}")
    m.t("patient_name")
    d0 = workday_after(m.today, r.randint(5, 15))
    while d0.weekday() != 0:
        d0 += dt.timedelta(days=1)
    evs = []
    steps = [(d0, 9, "Thyrogen injection #1"), (d0 + dt.timedelta(days=1), 9, "Thyrogen injection #2"),
             (d0 + dt.timedelta(days=2), 10, "Radioactive iodine treatment (I-131)"), (d0 + dt.timedelta(days=9), 8, "Whole-body scan")]
    for i, (d, h, s) in enumerate(steps):
        evs.append({"uid": f"rai-{r.randrange(16 ** 10):010x}-{i}", "stamp": m.when.astimezone(dt.timezone.utc).replace(tzinfo=None),
                    "start": D.naive(d, h), "end": D.naive(d, h, 30), "summary": f"{s} - {p.given} {p.surname}",
                    "location": f"{HOSP_EN}, Nuclear Medicine, level 1", "description": "Low-iodine diet from 2 weeks before. Bring your medication list.",
                    "organizer": (nurse.full, nurse.email), "attendees": [(f"{p.given} {p.surname}", pm)]})
    m.attach("ics", "RAI_schedule.ics", D.ics(evs, DOM, prodid="-//HRVB//Clinic scheduler//EN"), "text/calendar")
    m.subject = r.choice(["Your treatment schedule", "Radioactive iodine - appointments", "Thyrogen and RAI dates"])
    m.text = f"""Hello {p.given},

As discussed on the phone, here are your appointments for the Thyrogen injections, the radioactive iodine treatment and the scan afterwards. Please add them to your calendar.
Start the low-iodine diet two weeks before {en_date(d0)} and keep taking your levothyroxine as usual.

{sign(r, nurse, 'en')}"""
    m.t("medication", "diagnosis")
    m.category, m.note = "treatment_schedule", "RAI and Thyrogen appointments sent to patient"


def en_lab_followup(m, P):
    r = m.rng
    p = P.patient(m, age=(30, 88), lang="en")
    dom = r.choice(["hpt", "hypo", "graves", "thycancer", "addison"])
    c = case(r, dom, "en")
    md = S[r.choice(["raman", "benali", "vachon", "gosselin"])]
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = who(md, "en")
    m.to = [who_plain(nurse)]
    nm = m.name(p, r.choice(["lower", "title_sur", "full", "initial"]))
    m.subject = r.choice([f"results - {p.surname}", "please call pt", "Labs back", f"{nm} bloodwork"])
    ph = f" ({m.phone(p)})" if r.random() < 0.5 else ""
    m.text = f"""{hello(r, 'en', nurse, informal=True)}

Could you call {nm}{ph} with {_hers(p)} results?
{c.labline(chr(10))}
{('Current: ' + c.medline()) if c.meds else ''}
Plan: {c.plan}.

{sign(r, md, 'en', short=True)}"""
    m.t("lab_result", "diagnosis")
    if c.meds:
        m.t("medication")
    m.category, m.note = "lab_followup", "physician asks nurse to call patient with results"


def en_dexa_filename(m, P):
    r = m.rng
    p = P.patient(m, age=(55, 90), sex=r.choice("FFFM"), lang="en")
    c = case(r, "osteo", "en")
    tech = S["lussier"]
    md = S["gosselin"]
    m.sender = who_plain(tech)
    m.to = [who(md, "en")]
    d = m.today - dt.timedelta(days=r.randint(0, 3))
    fn = r.choice([f"DXA_{p.surname}_{p.given}_{d:%Y%m%d}.pdf", f"{p.surname.upper()} {p.given} - BMD report.pdf",
                   f"BMD_{p.surname}{p.given[0]}.pdf"])
    m._need("patient_name", p.surname)
    m.t("patient_name")
    lines = ["# Bone Mineral Density Report", f"Exam date: {en_date(d)}   Scanner: Densitek Lunar-Q, serial DQ-{r.randint(100000, 999999)}", "",
             "Region           BMD (g/cm2)   T-score   Z-score",
             f"L1-L4            {r.uniform(0.7, 0.9):.3f}        {c.ls:.1f}      {c.ls + 1.1:.1f}",
             f"Femoral neck     {r.uniform(0.55, 0.7):.3f}        {c.fn:.1f}      {c.fn + 1.0:.1f}",
             f"Total hip        {r.uniform(0.65, 0.8):.3f}        {c.fn + 0.3:.1f}      {c.fn + 1.2:.1f}", "",
             f"10-year FRAX: major osteoporotic {c.frax}%, hip {max(2, c.frax // 3)}%",
             f"Impression: {c.dx}. High fracture risk.", "Technologist: K. Lussier"]
    m.attach("pdf", fn, D.pdf(lines, title="BMD report", compress=r.random() < 0.5), "application/pdf")
    m.subject = r.choice(["DXA report for review", "BMD report - please sign", "Report ready"])
    m.text = f"""{hello(r, 'en', md)}

Report attached for your signature. {r.choice(['Compared with previous scan, significant loss at the spine.', 'No previous scan on file.', 'VFA shows a new wedge deformity at T12.'])}

{sign(r, tech, 'en', short=True)}"""
    m.t("lab_result", "diagnosis")
    m.category, m.note = "bone_density", "bone density report; patient named only in file name"


def en_pharmacy_rx(m, P):
    r = m.rng
    p = P.holder(m, min_age=18)
    dom = r.choice(["addison", "nfpa", "hypo", "prolactinoma"])
    c = case(r, dom, "en")
    md = S[r.choice(["raman", "vachon", "benali"])]
    m.sender = who(md, "en")
    m.to = [("Lamoureux & Dion Pharmacy", "rx@pharmalamoureux.example")]
    nm = m.name(p, r.choice(["upper_first", "full"]))
    m.subject = r.choice(["Prescription", "Rx - please fill", "Renewal + emergency kit", f"Prescription for {nm}"])
    rx = "\n".join(f"- {x}, dispense {r.choice(['30 days x 6 refills', '90 days x 3 refills', '1 kit, no refills'])}" for x in c.meds)
    m.text = f"""PRESCRIPTION

Patient: {nm}   {m.sex(p)}
Date of birth: {m.dob(p)}
RAMQ: {m.nam(p)}

{rx}

Indication: {c.dx}.
{('Sick-day rules: double hydrocortisone for fever > 38 C, inject Solu-Cortef if vomiting. Please counsel.' if dom in ('addison', 'nfpa') else 'Take on an empty stomach, 30 min before breakfast.' if dom == 'hypo' else 'Take with food at bedtime.')}

{md.dr('en')}  Licence {r.randint(10000, 99999)}
{CLINIC_EN}, {HOSP_EN}   T {CLINIC_TEL}  F {CLINIC_FAX}"""
    m.t("medication", "diagnosis")
    m.category, m.note = "prescription", "prescription to community pharmacy"


def en_quick_squeeze(m, P):
    r = m.rng
    p = P.patient(m, age=(22, 80), lang="en")
    md = S[r.choice(["raman", "benali"])]
    clerk = S["ferland"]
    m.sender = who(md, "en")
    m.to = [who_plain(clerk)]
    nm = m.name(p, r.choice(["lower", "full", "title_sur", "upper"]))
    scen = r.choice([
        (f"TSH <0.01, FT4 {r.randint(45, 70)}, new AF - needs to be seen this week", "lab_result"),
        (f"Ca {r.uniform(3.1, 3.4):.2f} on repeat, PTH 14 - please add to Thursday", "lab_result"),
        ("prolactin 1900 and new headaches, MRI booked - fit in before Friday", "lab_result"),
        ("ran out of hydrocortisone, vomiting since last night - sending to ER, book f/u next week", "medication"),
    ])
    m.subject = r.choice(["squeeze in?", f"urgent add-on: {nm}", "can you fit someone in", "add-on this week"])
    m.text = f"""{hello(r, 'en', clerk, informal=True)}

Can you squeeze in {nm} - {scen[0]}. Any slot is fine, even over lunch.

{md.given}"""
    m.t(scen[1], "diagnosis")
    m.category, m.note = "urgent_add_on", "quick note asking to squeeze in a patient"
