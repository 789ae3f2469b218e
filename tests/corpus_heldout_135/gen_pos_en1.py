"""English positives, part 1: sim requests, rides, on-treatment reviews,
patient QA, Ontario patients, discharge summaries, prescriptions, imaging and
PSA follow-ups, weekend sign-out."""
import datetime as dt

import gen_data as D
import gen_docs as G
from gen_ctx import slug
from gen_mime import Att, Forward, Quote, Table

SHORT_EN = {"breast": "breast", "prostate": "prostate", "hn": "H&N", "lung": "lung", "rectum": "rectum",
            "brainmets": "brain mets", "bonemets": "bone met", "cervix": "cervix", "gbm": "GBM",
            "lymphoma": "lymphoma", "skin": "skin", "esoph": "oesophagus", "peds": "paeds"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cap(s):
    return s[:1].upper() + s[1:]


def short(c, p):
    c.add("diagnosis")
    return SHORT_EN[p.site]


# 1 ------------------------------------------------------------------------------
def sim_request(c):
    md = c.md()
    site = c.pick(["lung", "hn", "prostate", "breast", "cervix", "gbm", "esoph", "lymphoma"])
    use_nam = c.chance(0.3)
    p = c.patient(site=site, nam=use_nam)
    nm = c.pname(p, c.pick(["upper_sur", "full", "title_full", "sur_given"]))
    rows = [("Patient", nm), ("MRN", c.mrn(p)), ("DOB", c.dob(p))]
    if use_nam and p.nam:
        rows.append(("RAMQ", f"{c.nam(p)} (sex {c.sex(p)})"))
    rows += [("Diagnosis", c.dx(p)), ("Intent", c.pick(["radical", "adjuvant", "palliative"])),
             ("Rx", c.rx(p)), ("Technique", c.tech(p)),
             ("Sim type", c.pick(["4D-CT", "CT with IV contrast", "CT no contrast", "CT + MRI fusion"])),
             ("Target start", c.day(c.later(5, 14)))]
    if "contrast" in rows[-2][1] and "no" not in rows[-2][1]:
        rows.append(("Renal function", c.lab(p)))
    notes = c.pick(["Hard of hearing, please speak on the left side.",
                    "Uses a wheelchair; needs the lift for transfer.",
                    "Anxious, first time in the department; would appreciate a tour.",
                    "Metal hip prosthesis on the right.", ""])
    body = [c.pick(["Hi team,", "Hello,", "Good morning,"]),
            "Please book the following simulation:", Table(["Field", "Details"], rows)]
    if notes:
        body.append("Note: " + notes)
    body.append(c.pick(["Thanks!", "Thank you.", "Thanks so much."]))
    subj = c.pick(["Sim request", f"CT sim booking - {p.surname.upper()}", f"New sim: {SHORT_EN[site]} ({p.mrn})"])
    if p.surname.upper() in subj:
        c.records.append(("name", p.surname, p))
    return c.mail("sim_booking", "CT simulation booking request", c.who(md), [c.box("sim")], subj, body,
                  cc=[c.box("dosi")], sig=c.sig(md, md=True))


# 2 ------------------------------------------------------------------------------
def ride_request(c):
    coord = c.staff(["pivot", "coordonnatrice", "préposé"])
    vol = ("Road to Recovery Volunteer Drivers", "rides@roadtorecovery-vsc.example")
    if c.chance(0.5):
        p = c.patient()
        nm = c.pname(p, c.pick(["full", "title_full", "upper_sur"]))
        d1 = c.later(2, 6)
        body = [c.pick(["Hi Margo,", "Hello,", "Hi there,"]),
                f"Could you set up daily rides for {nm}? {cap(p.pron('en'))} starts radiation on "
                f"{c.day(d1)} for {c.rng.choice([5, 10, 15, 20, 25])} treatments, "
                f"appointment around {c.time(c.pick([9, 10, 11, 13]), 15)} every day.",
                f"Pickup: {c.addr(p)}\nPhone: {c.phone(p)}" + (f" (daughter's cell {c.phone(p, True)})" if c.chance(0.4) else ""),
                c.pick([f"{cap(p.pron('en'))} uses a walker and needs help with the seatbelt.",
                        f"Note: {c.social(p, c.pick([0, 2]))}.",
                        f"{cap(p.pron('en'))} may be nauseous after treatment, a driver with a bigger car would be ideal."]),
                "Thank you so much for everything your drivers do."]
        atts = []
    else:
        pts = [c.patient() for _ in range(c.rng.randint(4, 6))]
        rows = []
        for p in pts:
            c.pname(p, "upper_sur")
            rows.append([f"{p.surname.upper()}, {p.given}", c.addr(p), c.phone(p),
                         f"{c.pick([8, 9, 10, 13, 14])}:{c.pick(['00', '15', '30', '45'])}",
                         c.pick(["walker", "independent", "wheelchair", "independent", "oxygen"])])
        wk = c.later(2, 5)
        csvt = G.csv_text(["patient", "pickup_address", "phone", "appt_time", "mobility"], rows)
        body = [c.pick(["Hi Margo,", "Hello drivers' desk,"]),
                f"Attached is next week's ride list (week of {c.day(wk)}). All are daily radiation treatments "
                "Monday to Friday, same times every day unless I tell you otherwise.",
                "Two new ones at the bottom of the list.", "Thanks!"]
        atts = [Att(f"rides_week_{wk.isoformat()}.csv", "text/csv", csvt)]
    return c.mail("transport_request", "volunteer driver ride request for daily treatments", c.who(coord),
                  [vol], c.pick(["Ride request", "Daily rides - radiation", "Drivers needed next week"]),
                  body, attachments=atts, sig=c.sig(coord))


# 3 ------------------------------------------------------------------------------
def otr_note(c):
    md = c.md()
    nurse = c.staff(["infirmière"])
    site = c.pick(["hn", "breast", "rectum", "cervix", "lung", "prostate", "esoph"])
    p = c.patient(site=site)
    nm = c.pname(p, c.pick(["upper_sur", "full", "initial", "lower"]))
    fx = c.rng.randint(6, 30)
    wt = c.rng.randint(55, 98)
    lines = [f"OTR week {fx // 5 + 1} - {nm}, MRN {c.mrn(p)}",
             f"Fx {fx}. {cap(c.tox(p))}. {cap(c.tox(p))}.",
             f"Weight {wt} kg ({c.pick(['-2 kg', '-3.5 kg', 'stable', '-5 kg'])} from baseline).",
             f"Meds: {', '.join(c.med(p, 2))}.",
             c.pick(["Plan: continue, review next week.", "Plan: SLP/dietitian referral, reassess Thursday.",
                     "Plan: hold treatment 1 day if worse, call if fever."])]
    if c.chance(0.4):
        lines.insert(3, f"Labs: {c.lab(p)}.")
    body = [c.pick(["FYI, my OTR note from this morning:", "Copying my review here since the note module is down:",
                    "Quick summary of today's review:"]), "\n".join(lines)]
    return c.mail("on_treatment_review", "weekly on-treatment review note", c.who(md), [c.who(nurse)],
                  c.pick(["OTR note", f"OTR - {p.surname}", "Review today - FYI"]), body,
                  sig=c.sig(md, md=True))


# 4 ------------------------------------------------------------------------------
def patient_qa(c):
    phys = c.staff(["physicien"])
    dos = c.staff(["dosimétriste"])
    p = c.patient(site=c.pick(["hn", "prostate", "lung", "gbm", "cervix"]))
    nm = c.pname(p, c.pick(["upper_sur", "sur_initial", "initial"]))
    gp = round(c.rng.uniform(88.0, 94.5), 1)
    body = [c.pick([f"Hi {dos['given']},", "Hi,"]),
            f"Pre-treatment QA failed for {nm} ({c.mrn(p)}) - {short(c, p)} {c.rx(p)}: "
            f"gamma 3%/2mm pass rate {gp}% on the ArcCheck (action level 95%). Arc 2 is the culprit, lots of "
            "small MLC segments near the spinal cord / PRV.",
            "Could you re-optimise with a higher MU penalty and aperture shape control? "
            f"Start is {c.day(c.later(1, 3))} so we need the new plan by tomorrow noon.",
            phys["given"]]
    return c.mail("patient_qa", "failed patient-specific plan QA", c.who(phys), [c.who(dos)],
                  c.pick(["PSQA fail", f"QA failed - {p.surname}", "Plan QA below tolerance"]), body,
                  cc=[c.who(c.md())])


# 5 ------------------------------------------------------------------------------
def ontario_patient(c):
    clerk = c.staff(["agente"])
    p = c.patient(origin="on", lang="en")
    nm = c.pname(p, c.pick(["upper_sur", "full", "title_full"]))
    ohn = c.ohn(p)
    if c.chance(0.5):
        body = [c.pick(["Hello,", "Hi billing team,"]),
                f"We have an Ontario resident starting treatment here next week. Please register for "
                "interprovincial billing (OHIP):",
                f"Name: {nm}\nDOB: {c.dob(p)}\nOHIP: {ohn}\nAddress: {c.addr(p)}",
                f"Treatment: radiation therapy, {c.rx(p)} - dx {c.dx(p)}.",
                "Referred by the Riverside Ottawa East cancer program because of wait times."]
    else:
        body = [c.pick(["Dear colleagues,", "Hello,"]),
                f"Re: {nm}, Ontario health card {ohn}, DOB {c.dob(p, 'long')}.",
                f"Thank you for accepting this patient for {c.dx(p)}. Our pathology and PET report "
                "follow via the secure portal.",
                f"{cap(p.pron('en'))} can be reached at {c.phone(p)}; please call {p.poss('en')} daughter first, "
                "the patient is hard of hearing."]
    return c.mail("interprovincial_patient", "Ontario patient registration / referral with health card",
                  c.who(clerk) if "billing" in body[1] or "register" in body[1] else
                  ("Riverside Ottawa East - Cancer Program", "referrals@riverside-ottawa-east.example"),
                  [("Patient registration", "admissions@" + D.DOMAIN)],
                  c.pick(["Ontario patient - OHIP billing", "Interprovincial referral", f"Referral - {p.surname}"]),
                  body)


# 6 ------------------------------------------------------------------------------
def discharge_docx(c):
    res = c.md()
    p = c.patient(site=c.pick(["hn", "lung", "cervix", "esoph", "rectum"]))
    adm = c.earlier(5, 12)
    dis = c.earlier(0, 3)
    reason = c.pick(["febrile neutropenia", "dehydration and AKI", "aspiration pneumonia",
                     "uncontrolled mucositis pain"])
    c.add("diagnosis")
    blocks = [("kv", [("Patient", f"{p.surname.upper()}, {p.given}"), ("MRN", p.mrn),
                      ("DOB", c.dob(p, "iso")), ("Admitted", adm.isoformat()), ("Discharged", dis.isoformat()),
                      ("Attending", c.dr(res))]),
              f"Reason for admission: {reason} during {c.rx(p)} for {c.dx(p)}.",
              f"Course: IV fluids, {c.pick(['piperacillin-tazobactam', 'ceftriaxone', 'IV hydromorphone PCA'])}. "
              f"Labs on admission {c.lab(p)}. Radiation held {c.rng.randint(2, 5)} days.",
              f"Discharge meds: {', '.join(c.med(p, 2))}.",
              "Follow-up: resume radiation tomorrow; nursing review at treatment unit."]
    c.pname(p, "upper_sur")
    c.mrn(p, "plain")
    c.add("medication", "lab_result")
    doc = G.docx_doc("Discharge Summary - Radiation Oncology", blocks, author=f"{res['given']} {res['surname']}")
    fn = c.pick([f"DC_summary_{p.surname}_{p.mrn}.docx", "Discharge summary.docx",
                 f"discharge_{dis.isoformat()}.docx"])
    body = [c.pick([f"Hi {c.person(D.OTHER_MDS, 8)['given']},", "Dear Dr. Fitzgerald,"]),
            "Please find attached the discharge summary for our mutual patient, who was admitted to our "
            "service last week. Happy to discuss.", "Best regards,"]
    return c.mail("discharge_summary", "discharge summary to family physician", c.who(res),
                  [("Dr. Helen Fitzgerald", "h.fitzgerald@lakeview-fhc.example")],
                  c.pick(["Discharge summary", "DC summary - mutual patient", f"Discharge - {p.surname}"]),
                  body, attachments=[Att(fn, DOCX, doc)], sig=c.sig(res, md=True))


# 7 ------------------------------------------------------------------------------
def pharmacy_rx_en(c):
    md = c.md()
    site = c.pick(["brainmets", "bonemets", "hn", "lung", "gbm"])
    p = c.patient(site=site, nam=True)
    pharm = c.pick([("Lakeview Pharmacy", "rx@lakeview-pharmacy.example"),
                    ("Main Street Apothecary", "orders@mainst-apothecary.example")])
    nm = c.pname(p, c.pick(["full", "upper_sur"]))
    other = c.pick(["pantoprazole 40 mg daily while on dexamethasone", "ondansetron 8 mg q8h PRN nausea",
                    "hydromorphone 1 mg q4h PRN", "levetiracetam 500 mg BID", "lactulose 15 mL daily PRN"])
    taper = c.pick(["dexamethasone 4 mg BID x 5 d, then 2 mg BID x 5 d, then 2 mg daily x 5 d, then stop",
                    "dexamethasone 8 mg daily x 3 d, then 4 mg daily x 4 d, then stop"])
    c.add("medication")
    lines = [f"Patient: {nm}", f"DOB: {c.dob(p, 'iso')}   Sex: {c.sex(p)}", f"RAMQ: {c.nam(p)}",
             f"Address: {c.addr(p)}", "", f"Rx: {taper}", f"Rx: {other}",
             f"Indication: {c.dx(p)}", f"Prescriber: {c.dr(md)}, licence {c.rng.randint(10000, 99999)}"]
    if c.chance(0.5):
        body = [c.pick(["Hello,", "Good afternoon,"]),
                "Please fill the following prescription; the patient will pick it up today.",
                "\n".join(lines), "Original to follow by fax."]
        atts = []
    else:
        pdf = G.pdf_doc("PRESCRIPTION", ["\n".join(lines)], header=f"{D.ORG_EN} - {D.DEPT_EN}")
        body = [c.pick(["Hello,", "Hi,"]), "Prescription attached for a patient of Dr. "
                f"{md['surname']}. Please call {D.MAIN_PHONE} with any questions."]
        atts = [Att(c.pick([f"Rx_{p.surname}.pdf", "prescription.pdf"]), "application/pdf", pdf)]
    return c.mail("pharmacy_prescription", "prescription to community pharmacy", c.who(c.staff(["secrétaire", "infirmière"])),
                  [pharm], c.pick(["Prescription", f"Rx for {p.given} {p.surname}", "New Rx - please fill"]),
                  body, attachments=atts)


# 8 ------------------------------------------------------------------------------
def mri_followup(c):
    md = c.md()
    site = c.pick(["brainmets", "gbm", "prostate"])
    p = c.patient(site=site)
    nm = c.pname(p, c.pick(["title_sur", "full", "upper_sur", "initial"]))
    c.add("lab_result")
    finding = {"brainmets": c.pick(["treated R parietal lesion decreased from 21 to 12 mm, no new lesions",
                                    "2 new punctate lesions (L frontal, cerebellar), treated lesion stable",
                                    "increased enhancement at treated site, radionecrosis vs progression"]),
               "gbm": c.pick(["stable post-op cavity, no new enhancement",
                              "new nodular enhancement along the resection margin, likely progression"]),
               "prostate": c.pick(["PSMA-avid 8 mm L obturator node, no bone disease",
                                   "no PSMA-avid disease"])}[site]
    body = [c.pick([f"Hi {c.md()['given']},", "Hi,", "FYI"]),
            f"{cap(c.img(p))} {c.earlier(1, 5).isoformat()} for {nm} ({c.dx(p)}): {finding}.",
            c.pick(["I'll see them in clinic next week, can you add a slot?",
                    "Let's discuss at tumour board Thursday.",
                    "Told the patient by phone, they are relieved."])]
    return c.mail("imaging_followup", "post-treatment imaging result", c.who(md), [c.who(c.md())],
                  c.pick(["MRI result", f"Imaging f/u {p.surname}", "Follow-up scan"]), body)


# 9 ------------------------------------------------------------------------------
def psa_table(c):
    nurse = c.staff(["pivot", "infirmière"])
    md = c.md()
    p = c.patient(site="prostate")
    nm = c.pname(p, c.pick(["upper_sur", "title_full", "sur_given"]))
    vals, v = [], round(c.rng.uniform(6, 18), 1)
    d = c.earlier(400, 500)
    for _ in range(5):
        vals.append((d.isoformat(), f"{v:.2f}", c.pick(["", "", "on ADT", "post-RT"])))
        v = max(0.05, v * c.rng.uniform(0.2, 0.8) if len(vals) < 4 else v * c.rng.uniform(1.2, 2.5))
        d += dt.timedelta(days=c.rng.randint(80, 110))
    c.add("lab_result", "diagnosis")
    body = [f"Dr. {md['surname']},",
            f"PSA trend for {nm}, MRN {c.mrn(p)}. Last value is up again - nadir + 2 not reached yet "
            "but climbing:", Table(["Date", "PSA (ug/L)", "Comment"], vals),
            c.pick(["Should I order a PSMA PET?", "Book follow-up with you sooner?", "For your review."])]
    return c.mail("lab_followup", "PSA trend after prostate radiation", c.who(nurse), [c.who(md)],
                  c.pick(["PSA results", f"PSA rising - {p.surname}", "Lab f/u"]), body, sig=c.sig(nurse))


# 10 -----------------------------------------------------------------------------
def signout(c):
    md = c.md()
    oncall = c.md()
    rows = []
    n = c.rng.randint(4, 7)
    rooms = c.rng.sample([f"{w}-{k:02d}" for w in ("6N", "6S", "4E", "Pall") for k in range(1, 31)], n)
    todo = ["f/u labs AM", "pain team aware", "DNR, comfort-focused", "family meeting Mon",
            "continue RT Mon", "RT held Fri, reassess Mon", "K+ replacement, recheck Sun",
            "NG feeds running", "consent for PEG pending", "steroids tapering"]
    c.rng.shuffle(todo)
    for k in range(n):
        p = c.patient()
        room = rooms[k]
        issue = cap(c.tox(p)) + "; " + todo[k]
        rows.append((room, c.pname(p, c.pick(["upper_sur", "sur_initial", "sur_given"])),
                     f"{short(c, p)} {c.rx(p)}", issue))
    body = [c.pick(["Weekend sign-out below.", "Sign-out for the weekend:", "Hi, list for Sat/Sun:"]),
            Table(["Room", "Patient", "Site / Rx", "Issues"], rows),
            c.pick(["Pager 555-0188 if anything comes up.", "All stable otherwise. Have a good weekend.",
                    "The one in 6N may need an urgent cord compression sim - spine MRI pending."])]
    return c.mail("signout", "weekend inpatient sign-out list", c.who(md), [c.who(oncall)],
                  c.pick(["Weekend sign-out", "Sign out", "Inpatients - weekend"]), body,
                  prefs={"mode": c.pick(["alt", "html", "plain"])})


POS_EN1 = [(sim_request, 3), (ride_request, 3), (otr_note, 3), (patient_qa, 2), (ontario_patient, 3),
           (discharge_docx, 3), (pharmacy_rx_en, 3), (mri_followup, 2), (psa_table, 3), (signout, 3)]
