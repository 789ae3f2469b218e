"""Confidential messages written in English."""
import datetime

import gen_clin as K
import gen_common as C
from gen_mime import Att, Mail

S = C.staff_addr
D = C.EXT_DOMAINS

SYMPT_EN = {
    "ra": ["symmetric synovitis of MCPs and wrists for {n} months, AM stiffness > 1 h",
           "10 swollen joints, hands and feet, unable to close fists"],
    "psa": ["dactylitis L 2nd toe, nail pitting, enthesitis at the Achilles"],
    "as": ["inflammatory back pain x {n} months, night pain, sacroiliitis on MRI"],
    "sle": ["malar rash, oral ulcers, arthralgias, pleuritic chest pain"],
    "gca": ["new temporal headache, jaw claudication, scalp tenderness", "transient visual loss R eye x2, tender temporal artery"],
    "pmr": ["bilateral shoulder and hip girdle pain and stiffness x {n} weeks"],
    "gout": ["recurrent flares at 1st MTP and knee, olecranon tophus"],
    "jia": ["swollen knees and wrists, morning limp"],
    "gpa": ["crusting sinusitis, epistaxis, lung nodules"],
}


def sympt(r, dx):
    return r.choice(SYMPT_EN.get(dx, ["inflammatory arthralgia"])).format(n=r.randint(2, 9))


def sig(key, r):
    return C.signature(key, "en", r)


def pick_md(r):
    return r.choice(["vachon", "lachapelle", "okafor", "ahmadi", "zhang"])


# ------------------------------------------------------------------ E1 Ontario referral (OHIP)

def ohip_referral(r, P, dt):
    p = P.patient(r, 1940, 1975)
    dx = r.choice(["gca", "gca", "pmr", "ra", "gpa"])
    hn = C.make_ohip(r)
    vc = r.choice(["", "AB", "KT", "ZX", "MN"])
    T = {"patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication", "lab_result"}
    lab = K.labs(r, "en", ["esr", "crp", "hb", "plt"], abnormal={"esr", "crp"})
    who = C.name_as(p, r.choice(["full", "upper_comma", "title_full", "comma"]), "en")
    body = [f"Patient: {who}",
            f"DOB: {C.fmt_date(p.dob, 'en', r.choice(['long', 'iso', 'dash']))}",
            f"Ontario HCN: {C.fmt_ohip(hn, r.choice(['plain', 'spaced', 'hyphen', 'dotted', 'fullwidth']), vc)}",
            "", f"Reason: {sympt(r, dx)}.", "Labs: " + ", ".join(lab) + ".",
            f"Started prednisone {r.choice([40, 50, 60])} mg daily on {C.fmt_date(dt.date() - datetime.timedelta(days=r.randint(1, 6)), 'en', 'long')}.",
            f"Query {K.dx_name(dx, 'en')}. " + r.choice(["Would appreciate urgent assessment re: tocilizumab.",
                                                          "TAB booked with vascular surgery next week.",
                                                          "Lives in Gatineau, prefers follow-up on the Quebec side."])]
    if r.random() < 0.4:
        body.append(f"Home phone: {p.phone}")
        T.add("patient_contact")
    frm = ("Dr. Fiona MacLeod", f"fiona.macleod@{D['ottawa']}")
    to = [("Rheumatology intake", f"crds.rhumato@{C.DOM}")]
    subj = r.choice(["Urgent referral - ?GCA", "Referral to rheumatology", f"Referral: {p.surname.upper()}, {p.given}",
                     "Cross-border referral (Ontario resident)"])
    blocks = ["Dear colleagues,", "", "Please see the following referral:", ""] + body + \
        ["", "Thank you,", "Fiona MacLeod, MD FRCPC", "Internal Medicine, East Valley Hospital", "Tel 613 555-0177"]
    return Mail("en", "referral", "out-of-province referral with Ontario health number", frm, to, subj, blocks, T,
                ids={"ca_health_number": [hn]})


# ------------------------------------------------------------------ E2 consult reply with quoted request

def consult_reply(r, P, dt):
    p = P.patient(r)
    dx = r.choice(["gpa", "sle", "gca", "gout"])
    room = f"{r.randint(3, 7)}{r.choice('ABC')}-{r.randint(1, 30):02d}"
    mrn_s = C.fmt_mrn(p.mrn, r.choice(["plain", "spaced", "hyphen", "fullwidth"]))
    lab = K.labs(r, "en", {"gpa": ["anca", "creat", "hb"], "sle": ["dsdna", "c3", "upcr"], "gca": ["esr", "crp"],
                           "gout": ["urate", "creat", "crp"]}[dx], abnormal={"creat", "hb", "esr", "crp"})
    orig = [f"On {C.fmt_date(dt.date(), 'en', 'long')}, Dr. Grace Kim wrote:", "",
            f"Hi, could rheum see {C.name_as(p, r.choice(['full', 'upper_comma', 'lower', 'title_full']), 'en')} in {room} "
            f"(MRN {mrn_s})? Admitted with " + r.choice(["hemoptysis and AKI", "pericarditis and proteinuria",
                                                         "fever and headache", "acute polyarticular flare"]) + ".",
            "Labs: " + ", ".join(lab) + "."]
    reply = [r.choice(["Seen.", "Thanks - seen this afternoon."]),
             f"Impression: {K.dx_name(dx, 'en')}. " + r.choice([
                 "Start methylpred 500 mg IV daily x3, then rituximab 375 mg/m2 weekly x4. Check HBV serology and IgG first.",
                 "Start prednisone 1 mg/kg, HCQ 200 mg BID, renal biopsy requested.",
                 "Pegloticase not indicated for now; restart allopurinol 100 mg and titrate, colchicine 0.6 mg daily.",
                 "Methylpred 1 g IV x3 then prednisone 60 mg; book tocilizumab at the infusion centre."]),
             "Will follow.", "", C.staff_name(pick_md(r), "en")]
    blocks = reply + ["", ("quote", orig)]
    return Mail("en", "consult", "rheumatology consult reply quoting the request", S(pick_md(r)), [S("kim")],
                r.choice([f"RE: consult {room}", "RE: rheum consult please", f"RE: new consult - MRN {p.mrn}"]),
                blocks, {"patient_name", "mrn", "diagnosis", "lab_result", "medication"}, ids={"mrn": [p.mrn]},
                extra_headers=[("In-Reply-To", f"<consult.{p.mrn}@{C.DOM}>")])


# ------------------------------------------------------------------ E3 weekend sign-out

def signout(r, P, dt):
    rows = []
    ids = []
    T = {"patient_name", "diagnosis"}
    for i in range(r.randint(4, 7)):
        p = P.patient(r)
        dx = r.choice(["gpa", "sle", "ln", "gca", "gout", "ra", "ssc"])
        todo = r.choice(["f/u creat AM", "PJP ppx - on Septra", "if T>38.5 cultures, hold MMF", "taper pred to 40 mg Mon",
                         "RTX dose 2 due Tue", "CRP/ESR Sat", "aspiration L knee if still hot", "awaiting biopsy result"])
        if "creat" in todo or "CRP" in todo:
            T.add("lab_result")
        if any(x in todo for x in ("Septra", "MMF", "pred", "RTX")):
            T.add("medication")
        name = C.name_as(p, r.choice(["upper_comma", "lower", "sur_first", "initial", "comma"]), "en")
        rm = f"{r.randint(3, 7)}{r.choice('ABC')}-{r.randint(1, 30):02d}"
        row = [rm, name]
        if r.random() < 0.6:
            row.append(p.mrn)
            ids.append(p.mrn)
        else:
            row.append("")
        row += [K.dx_name(dx, "en", True), todo]
        rows.append(row)
    if ids:
        T.add("mrn")
    blocks = ["Weekend sign-out, rheum consult service:", "", ("table", ["Room", "Patient", "MRN", "Dx", "To do"], rows), "",
              r.choice(["Pager 4411 until Monday 8h.", "Call me if anything - on until 17h.", "Thanks!"]), "GK"]
    return Mail("en", "signout", "weekend sign-out list for rheumatology consults", S("kim"),
                [S(pick_md(r)), ("Rheum residents", f"rheum-residents@{C.DOM}")],
                r.choice(["Weekend sign out", "Sign-out Fri", "rheum list - weekend"]), blocks, T,
                body_mode=r.choice(["plain", "html", "alt"]), ids={"mrn": ids} if ids else {})


# ------------------------------------------------------------------ E4 lab alert

def lab_alert(r, P, dt):
    p = P.patient(r)
    drug = r.choice(["tocilizumab", "rituximab", "methotrexate", "cyclophosphamide"])
    ab = r.choice([{"anc"}, {"anc", "wbc"}, {"alt"}, {"plt"}])
    lab = K.labs(r, "en", ["wbc", "anc", "hb", "plt", "alt"], abnormal=ab)
    mrn_s = C.fmt_mrn(p.mrn, r.choice(["plain", "spaced", "dotted", "slashed", "fullwidth"]))
    who = C.name_as(p, r.choice(["initial", "title_sur", "upper_comma", "full"]), "en")
    blocks = [f"{who} - MRN {mrn_s}", "", "Pre-infusion bloodwork today:", ""] + [f"  {x}" for x in lab] + [
        "", f"On {K.drug_name(r, drug, 'en')}. " + r.choice(["Holding today's infusion pending your call.",
                                                            "Patient is asymptomatic, afebrile.",
                                                            "Repeat CBC in 1 week?"]),
        "", "Mathieu Ferland, RN", "Infusion Centre"]
    return Mail("en", "lab_alert", "abnormal pre-infusion bloodwork", S("ferland"), [S(pick_md(r))],
                r.choice(["Low neutrophils - hold infusion?", "Abnormal labs pre-infusion", f"Labs {p.surname}", "Critical value"]),
                blocks, {"patient_name", "mrn", "lab_result", "medication"}, ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ E5 nurse note, name only in subject

def subject_only(r, P, dt):
    p = P.patient(r)
    drug = r.choice(["belimumab", "abatacept", "tocilizumab", "infliximab", "zoledronic"])
    dn = K.drug_name(r, drug, "en")
    subj = r.choice([f"{p.surname.upper()}, {p.given} - {dn} moved", f"{p.given} {p.surname.lower()} - infusion postponed",
                     f"Re: {C.name_as(p, 'title_full', 'en')}"])
    reason = r.choice(["UTI - on nitrofurantoin 100 mg BID x5 days", "shingles, started valacyclovir",
                       "dental abscess, on amoxicillin", "COVID positive Monday"])
    blocks = [r.choice(["Hi,", "Hello,", "FYI"]), "", f"Dose {r.randint(2, 9)} of {dn} moved to next week: {reason}.",
              "Rebooked, transport notified.", "", "Stephanie"]
    return Mail("en", "nurse_note", "infusion postponed, patient named in subject only", S("bellavance"),
                [S(pick_md(r)), S("asselin")], subj, blocks, {"patient_name", "medication", "diagnosis"},
                body_mode=r.choice(["plain", "html"]))


# ------------------------------------------------------------------ E6 pharmacy Rx with NAM

def pharmacy_rx(r, P, dt):
    p = P.holder(r)
    adult = p.age(dt.date()) >= 17
    dx = r.choice(["ra", "psa", "as", "gout", "sle"]) if adult else "jia"
    meds = list(dict.fromkeys([K.other_drug(r, dx), K.other_drug(r, dx)]))
    T = {"patient_name", "date_of_birth", "ramq_nam", "medication"}
    lines = [f"- {K.drug_name(r, m, 'en')} {K.drug_dose(m, 'en')}, dispense 3 months, 3 refills" for m in meds]
    if dx == "jia":
        lines = [f"- methotrexate 15 mg/m2 SC once weekly (calculated dose {r.randint(6, 12)} mg), dispense 3 months",
                 "- folic acid 1 mg PO daily"]
    if r.random() < 0.5:
        lines.append(f"Indication: {K.dx_name(dx, 'en')}")
        T.add("diagnosis")
    head = [C.name_as(p, r.choice(["full", "upper_comma", "title_full", "sur_first"]), "en"), K.nam_line(p, "en", r)]
    if r.random() < 0.4:
        head.append(f"Phone: {p.phone}")
        T.add("patient_contact")
    frm = S("carrier")
    to = [("Proxipharm Val-Rocher", f"rx@{D['pharm2']}")]
    md = C.staff_name(pick_md(r), "en")
    if r.random() < 0.5:
        blocks = ["Hello,", "", "Please find attached a prescription from the rheumatology clinic.", ""] + sig("carrier", r)
        fn = r.choice([f"Rx_{p.surname}_{p.given}.pdf", "prescription.pdf", f"{p.surname.upper()}_rx.pdf"])
        return Mail("en", "prescription", "prescription to pharmacy in PDF", frm, to,
                    r.choice(["Prescription", "New Rx", "Rx - rheumatology"]), blocks, T,
                    atts=[Att("pdf", fn, title="PRESCRIPTION - Rheumatology", blocks=head + [""] + lines + ["", f"Prescriber: {md}"])],
                    ids={"ramq_nam": [p.nam]})
    blocks = ["Hello,", "", "Prescription below:", ""] + head + [""] + lines + ["", f"Prescriber: {md}", ""] + sig("carrier", r)
    return Mail("en", "prescription", "prescription to pharmacy in body", frm, to,
                r.choice([f"Rx for {p.given} {p.surname}", "Prescription to fill", "Rx"]), blocks, T, ids={"ramq_nam": [p.nam]})


# ------------------------------------------------------------------ E7 disability form with SIN

def disability_form(r, P, dt):
    p = P.patient(r, 1962, 1996)
    dx = r.choice(["as", "ra", "psa", "sle"])
    sin = C.make_sin(r)
    drug = K.infusion_drug(r, dx)
    T = {"patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication"}
    form = [("h", "Attending Physician Statement - Long-Term Disability"),
            ("table", None, [["Claimant", f"{p.given} {p.surname}"], ["Date of birth", C.fmt_date(p.dob, "en", "iso")],
                             ["SIN", C.fmt_sin(sin, r.choice(["plain", "spaced", "hyphen"]))],
                             ["Employer", r.choice(["Transport Lévis-Nord inc.", "Municipal public works", "Retail chain (cashier)"])]]),
            ("h", "Medical information"),
            f"Primary diagnosis: {K.dx_name(dx, 'en')}",
            f"Current treatment: {K.drug_name(r, drug, 'en')} {K.drug_dose(drug, 'en')}; {K.drug_name(r, 'prednisone', 'en', 0)} 5 mg",
            "Restrictions: no lifting > 10 kg, no prolonged standing; graduated return to work in 6 weeks.",
            "", "Physician signature: ______________________"]
    if r.random() < 0.5:
        form.insert(2, f"Home address: {p.address}")
        T.add("patient_contact")
    fn = r.choice([f"APS_{p.surname.upper()}.pdf", "Attending_Physician_Statement.pdf", f"LTD form {p.surname}.pdf"])
    blocks = ["Hello,", "", r.choice(["Completed APS attached for your claimant.",
                                     f"Please find the completed form for {p.given} {p.surname} (claim #{r.randint(100000, 999999)}).",
                                     "As requested, the completed disability form is attached."]), ""] + sig("carrier", r)
    return Mail("en", "insurer_form", "disability claim physician statement with SIN", S("carrier"),
                [("Boreal Life - Disability Claims", f"claims@{D['insurer']}")],
                r.choice(["APS - completed", "Disability claim form", "Re: Attending physician statement"]), blocks, T,
                atts=[Att("pdf", fn, title="Attending Physician Statement", blocks=form)], ids={"ca_sin": [sin]})


# ------------------------------------------------------------------ E8 ICS booking

def ics_booking(r, P, dt):
    p = P.patient(r)
    drug = r.choice(["tocilizumab", "infliximab", "abatacept", "rituximab", "belimumab", "zoledronic"])
    dn = K.drug_name(r, drug, "en", r.choice([0, 1]))
    when = C.future(dt, r, 3, 25)
    start = datetime.datetime.combine(when, datetime.time(r.choice([8, 9, 12, 13]), r.choice([0, 30])))
    T = {"patient_name", "medication", "mrn"}
    desc = f"MRN {p.mrn}. {dn} {K.drug_dose(drug, 'en')}. Weight {K.weight(r)} kg."
    if r.random() < 0.4:
        desc += f" Patient cell {p.phone}."
        T.add("patient_contact")
    att = Att("ics", r.choice(["invite.ics", "appointment.ics", f"{p.surname}.ics"]),
              uid=f"inf-{p.mrn}-{when.isoformat()}@{C.DOM}", start=start, end=start + datetime.timedelta(hours=3),
              summary=f"{p.surname.upper()} {p.given} - {dn}", location="Infusion Centre, chair " + K.chair(r),
              description=desc, organizer=S("asselin"), attendees=[S("bellavance")])
    blocks = [r.choice(["Booked, see invite.", "Appointment booked - calendar invite attached.", "Done."]), "", "Sylvain"]
    return Mail("en", "booking", "calendar invite for a patient's infusion", S("asselin"), [S("bellavance")],
                r.choice(["Booking confirmation", "Infusion booked", "Invitation: infusion chair"]), blocks, T,
                atts=[att], ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ E9 patient e-mail (+ nurse reply)

def patient_email(r, P, dt):
    p = P.patient(r)
    dx = r.choice(["ra", "psa", "as", "sle"])
    drug = K.other_drug(r, dx)
    T = {"patient_name", "medication"}
    k = r.randint(0, 2)
    if k < 2:
        T.add("diagnosis")
    orig = [f"Hi, this is {p.given} {p.surname}" + (f" (DOB {C.fmt_date(p.dob, 'en', 'long')})" if r.random() < 0.5 else "") + ".",
            [f"Since I started {K.drug_name(r, drug, 'en', 0)} I get nausea for two days after every dose.",
             f"My {K.dx_name(dx, 'en')} is flaring again - both knees swollen, I can't do the stairs. I'm on {K.drug_name(r, drug, 'en', 0)}.",
             f"The pharmacy says my {K.drug_name(r, r.choice(['adalimumab', 'etanercept', 'upadacitinib', 'secukinumab']), 'en', 1)} needs a new prior authorization."][k],
            f"Best number is {p.phone}.", "", p.given]
    if "(DOB" in orig[0]:
        T.add("date_of_birth")
    T.add("patient_contact")
    if r.random() < 0.5:
        blocks = orig
        frm = (f"{p.given} {p.surname}", p.email)
        return Mail("en", "patient_email", "patient writing to the clinic from personal e-mail", frm,
                    [("Rheumatology Clinic", f"rhumatologie@{C.DOM}")],
                    r.choice(["question about my medication", "Flare", "prior authorization??", "Help please"]), blocks, T)
    blocks = [f"Hi {p.given},", "", r.choice(["Thanks for your message. Dr. Okafor suggests splitting the dose; I'll call you this afternoon.",
                                            "I've booked you in the urgent slot Thursday at 10:30.",
                                            "We sent the form to your insurer this morning."]), "",
              "Caroline Trudel, RN", "", ("quote", orig)]
    return Mail("en", "patient_email", "nurse reply to a patient quoting the patient's message", S("trudel"),
                [(f"{p.given} {p.surname}", p.email)], "Re: " + r.choice(["my medication", "flare", "prior auth"]), blocks, T)


# ------------------------------------------------------------------ E10 name only in attachment file name

def filename_only(r, P, dt):
    p = P.patient(r)
    T = {"patient_name", "lab_result"}
    dob_in = r.random() < 0.5
    if dob_in:
        T.add("date_of_birth")
    fn = f"Bloodwork_{p.surname.upper()}_{p.given}" + (f"_{p.dob.isoformat()}" if dob_in else "") + ".pdf"
    if r.random() < 0.3:
        fn = fn.replace("Bloodwork", "Résultats")
    lab = K.labs(r, "en", ["crp", "esr", "hb", "wbc", "alt", "creat"], abnormal={"crp", "esr"})
    doc = [("table", ["Test", "Result"], [x.split(" ", 1) for x in lab]),
           "", f"Collected {C.fmt_date(dt.date(), 'en', 'iso')}"]
    blocks = [r.choice(["Results attached as requested.", "See attached.", "Here you go - latest labs."]), "", "Laurence"]
    return Mail("en", "lab_results", "lab results with patient named only in the file name", S("pichette"), [S(pick_md(r))],
                r.choice(["Labs", "Requested results", "bloodwork"]), blocks, T,
                atts=[Att("pdf", fn, title="Laboratory report", blocks=doc)])


# ------------------------------------------------------------------ E11 biosimilar registry list

def registry_list(r, P, dt):
    rows = []
    T = {"patient_name", "mrn", "medication"}
    ids = {"mrn": []}
    nams = []
    for i in range(r.randint(5, 10)):
        p = P.holder(r) if (i < 2 and r.random() < 0.5) else P.patient(r)
        orig = r.choice(["Remicade", "Humira", "Enbrel", "Rituxan"])
        new = {"Remicade": r.choice(["Inflectra", "Renflexis", "Avsola"]), "Humira": r.choice(["Hadlima", "Amgevita", "Yuflyma"]),
               "Enbrel": r.choice(["Brenzys", "Erelzi"]), "Rituxan": r.choice(["Truxima", "Riximyo", "Ruxience"])}[orig]
        comments = ["", "", "letter sent", "refused - exemption requested"] + (["pregnant - defer"] if p.sex == "F" else [])
        row = [f"{p.surname}, {p.given}", p.mrn]
        ids["mrn"].append(p.mrn)
        if p.nam:
            row += [f"{p.dob.isoformat()} ({p.sex})", p.nam]
            nams.append(p.nam)
        else:
            row += ["", ""]
        row += [orig, new, C.fmt_date(C.future(dt, r, 10, 90), "en", "iso"),
                r.choice(comments)]
        rows.append(row)
    if nams:
        ids["ramq_nam"] = nams
        T |= {"ramq_nam", "date_of_birth"}
    if any("pregnant" in x[-1] for x in rows):
        T.add("diagnosis")
    hdr = ["Patient", "MRN", "DOB (sex)", "RAMQ", "Current", "Biosimilar", "Switch date", "Comment"]
    kind = r.choice(["xlsx", "csv"])
    fn = f"biosimilar_transition_{dt.date().isoformat()}.{kind}"
    att = Att("xlsx", fn, sheets=[("transition", hdr, rows)]) if kind == "xlsx" else Att("csv", fn, header=hdr, rows=rows)
    blocks = ["Hi all,", "", "Updated biosimilar transition list attached - please add comments in the last column.", "",
              "Veronique"]
    return Mail("en", "registry", "biosimilar transition patient list", S("nolet"),
                [S("trudel"), S("bellavance"), S(pick_md(r))], "Biosimilar transition - updated list", blocks, T,
                atts=[att], ids=ids)


# ------------------------------------------------------------------ E12 biosimilar letter to patient

def biosimilar_letter(r, P, dt):
    use_holder = r.random() < 0.5
    p = P.holder(r) if use_holder else P.patient(r)
    orig, new = r.choice([("Remicade", "Inflectra"), ("Humira", "Hadlima"), ("Enbrel", "Erelzi"), ("Remicade", "Avsola")])
    T = {"patient_name", "patient_contact", "medication"}
    ids = {}
    letter = [C.fmt_date(dt.date(), "en", "long"), "", C.name_as(p, "title_full", "en"), p.address, ""]
    if use_holder:
        letter.append("Re: " + K.nam_line(p, "en", r, sep=", "))
        T |= {"ramq_nam", "date_of_birth"}
        ids["ramq_nam"] = [p.nam]
    letter += ["", f"Dear {C.name_as(p, 'title_sur', 'en')},", "",
               f"As part of the Quebec biosimilar initiative, your treatment with {orig} will be replaced by {new}, "
               "a biosimilar with the same efficacy and safety.",
               "Your next infusion or injection will be with the new product. Please call the nurse line if you have questions.",
               "", "Sincerely,", C.staff_name(pick_md(r), "en")]
    fn = r.choice([f"Letter_{p.surname}.docx", "biosimilar_letter.docx", f"{p.surname.upper()}_{p.given}_lettre.docx"])
    blocks = ["Hi Mylene,", "", "Could you print and mail the attached letter today?", "", "Thanks", "Veronique"]
    return Mail("en", "patient_letter", "biosimilar switch letter to a patient", S("nolet"), [S("carrier")],
                r.choice(["Letter to mail", "Biosimilar letter - please print", "letter for mailing"]), blocks, T,
                atts=[Att("docx", fn, title="Rheumatology Clinic", blocks=letter)], ids=ids)


# ------------------------------------------------------------------ E13 social situation

def social_en(r, P, dt):
    p = P.patient(r, 1955, 2000)
    drug = r.choice(["infliximab", "tocilizumab", "adalimumab", "methotrexate"])
    he, his, him = ("she", "her", "her") if p.sex == "F" else ("he", "his", "him")
    sit = r.choice([
        f"disclosed that {his} partner has been hitting {him}; {he} is afraid to go home after {his} infusion",
        "was evicted last month and is couch-surfing; missed two infusions because of transport",
        f"lost {his} job and is now on last-resort financial assistance; cannot afford the deductible",
        f"is caring for three grandchildren placed with {him} by youth protection; very limited time for appointments",
    ])
    T = {"patient_name", "social_information", "medication"}
    who = C.name_as(p, r.choice(["full", "title_full", "upper_comma", "lower"]), "en")
    blocks = ["Hi Emilie,", "", f"{who}, one of our {K.drug_name(r, drug, 'en')} patients, {sit}.",
              r.choice([f"Could you see {him} before the next infusion?", f"{he.capitalize()} agreed to speak with you - consent documented.",
                        "Patient asked that nothing be mailed to the home address."])]
    if r.random() < 0.5:
        blocks.append(f"Safe number to call: {p.phone}")
        T.add("patient_contact")
    blocks += ["", "Thanks,", "Stephanie Bellavance, RN"]
    return Mail("en", "social_work", "nurse asking social work to see a patient", S("bellavance"), [S("desrosiers")],
                r.choice(["Social work referral", "Confidential - patient situation", "Please see - infusion patient"]), blocks, T)


# ------------------------------------------------------------------ E14 imaging / DXA

def imaging(r, P, dt):
    p = P.patient(r, 1940, 1975)
    mrn_s = C.fmt_mrn(p.mrn, r.choice(["plain", "spaced", "hyphen", "dotted"]))
    kind = r.choice(["dxa", "us"])
    T = {"patient_name", "mrn", "lab_result", "diagnosis"}
    if kind == "dxa":
        res = [f"DXA {C.fmt_date(dt.date(), 'en', 'iso')}: L1-L4 T-score -{K.num(r.uniform(2.5, 3.4), 'en')}, "
               f"femoral neck T-score -{K.num(r.uniform(2.0, 2.9), 'en')}.",
               f"On prednisone for {K.dx_name(r.choice(['pmr', 'gca', 'ra']), 'en')} x {r.randint(2, 6)} years.",
               "Impression: glucocorticoid-induced osteoporosis. Zoledronic acid 5 mg IV booked at the infusion centre."]
        T.add("medication")
    else:
        res = ["US both hands: grade 2 synovitis with power Doppler signal at MCP 2-3 bilaterally, erosion R MCP2.",
               f"Consistent with active {K.dx_name('ra', 'en')}."]
    blocks = [f"Re: {C.name_as(p, r.choice(['upper_comma', 'full', 'title_full']), 'en')}, MRN {mrn_s}", ""] + res + \
        ["", "Patrice Hamel, MD", "Radiology"]
    return Mail("en", "imaging", "imaging result communicated to rheumatology", S("hamel"), [S(pick_md(r))],
                r.choice(["DXA result", "Imaging result", "US hands - result"]), blocks, T, ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ E15 forwarded thread (HBV)

def forward_thread(r, P, dt):
    p = P.patient(r)
    drug = r.choice(["rituximab", "infliximab", "tocilizumab"])
    dn = K.drug_name(r, drug, "en")
    hbv = K.labs(r, "en", ["hbv"], abnormal={"hbv"})[0]
    qft = K.labs(r, "en", ["qft"], abnormal=set() if r.random() < 0.5 else {"qft"})[0]
    sent = dt - datetime.timedelta(days=1, hours=r.randint(1, 8))
    inner = ["---------- Forwarded message ---------", "From: Mathieu Ferland", f"Date: {C.fmt_date(sent.date(), 'en', 'long')}",
             f"Subject: {dn} start - {p.surname}", "",
             f"{C.name_as(p, r.choice(['full', 'upper_comma', 'title_full']), 'en')} was due to start {dn} today.",
             f"Screening: {hbv}; {qft}.", "Infusion on hold until ID reviews."]
    blocks = [r.choice(["Dr. Moreau - can you advise on prophylaxis?", "Forwarding for ID input.",
                        "See below, need entecavir?"]), "", C.staff_name(pick_md(r), "en"), ""] + inner
    return Mail("en", "forward", "forwarded infusion hold for hepatitis B serology", S(pick_md(r)), [S("moreau")],
                f"Fwd: {dn} start - {p.surname}", blocks, {"patient_name", "lab_result", "medication"})


# ------------------------------------------------------------------ E16 discharge summary in body (HTML)

def discharge_en(r, P, dt):
    p = P.holder(r)
    adult = p.age(dt.date()) >= 17
    dx = r.choice(["ln", "gpa", "gca", "sle"]) if adult else "jia"
    T = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "lab_result"}
    lab = K.labs(r, "en", ["creat", "hb", "crp"], abnormal={"creat", "crp"})
    inf = K.infusion_drug(r, dx)
    rows = [["Name", f"{p.surname.upper()}, {p.given}"], ["RAMQ / DOB / Sex", K.nam_line(p, "en", r, sep=" / ")],
            ["Diagnosis", K.dx_name(dx, "en")], ["Labs on admission", ", ".join(lab)],
            ["Discharge meds", f"prednisone 40 mg daily, {K.drug_name(r, 'tmp_smx', 'en', 0)} 3x/wk, pantoprazole 40 mg"],
            ["Follow-up", f"Infusion Centre for {K.drug_name(r, inf, 'en')} dose 2; clinic in 2 weeks"]]
    blocks = ["Hi,", "", "Discharge summary for follow-up at the infusion centre:", ("table", None, rows), "",
              C.staff_name("kim", "en"), "Rheumatology fellow"]
    return Mail("en", "discharge", "discharge summary table in message body", S("kim"), [S("trudel"), S("nolet")],
                r.choice(["Discharge - f/u infusion centre", "Discharge summary", "D/C today"]), blocks, T,
                body_mode=r.choice(["html", "alt"]), ids={"ramq_nam": [p.nam]})


TEMPLATES = [
    (ohip_referral, 5), (consult_reply, 4), (signout, 4), (lab_alert, 4), (subject_only, 3), (pharmacy_rx, 4),
    (disability_form, 4), (ics_booking, 4), (patient_email, 4), (filename_only, 3), (registry_list, 3),
    (biosimilar_letter, 4), (social_en, 4), (imaging, 3), (forward_thread, 3), (discharge_en, 4),
]
