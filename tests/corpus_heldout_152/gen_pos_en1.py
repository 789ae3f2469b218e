"""Positive (confidential) messages in English, part 1: referrals, crisis notes,
involuntary assessments, injections, pharmacy, labs, day hospital, family."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_compose import Mail


def he(p):
    return "she" if p.sex == "F" else "he"


def his(p):
    return "her" if p.sex == "F" else "his"


def him(p):
    return "her" if p.sex == "F" else "him"


# ---------------------------------------------------------------------------
def referral(c):
    gp = c.team("gp1") if c.chance(0.6) else G.random_staff(c.rng, "Dr", "Family physician, Riverside FMG", "Family physician, Riverside FMG", G.EXT_DOMAINS["gmf"])
    desk = ("Outpatient Psychiatry Intake", "psych.intake@" + G.DOM)
    p = c.patient()
    dx = c.pick(K.DX)
    sym = c.rng.sample(K.SYMPTOMS_EN, 2)
    meds = c.rng.sample(K.ORAL, c.rng.randint(1, 3))
    c.add("diagnosis")
    c.add("medication")
    body = [("p", c.pick(["Dear colleagues,", "Hello,", "Good afternoon,"])),
            ("p", f"I would appreciate a psychiatric assessment for the following patient, whom I have followed for "
                  f"{c.rng.randint(2, 14)} years."),
            c.id_block(p, tel=c.chance(0.4)),
            ("p", f"Over the past {c.pick(['month', 'six weeks', 'few months'])} {he(p)} has presented with {sym[0]} and {sym[1]}. "
                  f"Working diagnosis: {dx[1]}. PHQ-9 today {c.rng.randint(16, 26)}."),
            ("lines", ["Current medications:"] + [f"  - {m[1]}" for m in meds]),
            ("p", c.pick(["No previous psychiatric admissions. No substance use reported.",
                          f"One admission at {G.HOSP_EN} in 2022. Drinks 4-6 beers most evenings.",
                          "Previous follow-up at the early psychosis clinic, lost to follow-up in 2023."])),
            ("p", f"Priority requested: {c.pick(['urgent (within 7 days)', 'semi-urgent (30 days)', 'routine'])}. "
                  f"The patient agrees to be contacted directly."),
            ("p", c.thanks()), c.sig(gp)]
    subj = c.alt("Referral - outpatient psychiatry", lambda: f"Referral: {c.nm(p, 'sfirst')}",
                 "New consult request", lambda: f"Psych consult for {c.nm(p, 'title')}")
    return Mail("referral", "family physician referral to outpatient psychiatry", gp, [desk], subj, body)


# ---------------------------------------------------------------------------
def crisis_note(c):
    w = c.team(c.pick(["inf2", "ts1", "coord"]))
    p = c.patient(want_nam=c.chance(0.3))
    c.add("diagnosis")
    when = c.date - datetime.timedelta(days=c.rng.randint(0, 2))
    caller = c.pick(["the patient's roommate", "a neighbour", "SPVDO", "the 811 line", "the patient's ex-partner", "the shelter staff"])
    risk = c.pick(["low", "moderate", "moderate-high", "high (sent to ER)"])
    blocks = [("p", c.hello()),
              ("p", f"Crisis team note - {G.fmt_date(when, 'en', True)}. Called in by {caller} for "
                    f"{c.nm(p, c.pick(['full', 'title', 'sfirst_plain', 'upper']))}"
                    + (f", {p.age(c.date)} y.o." if c.chance(0.5) else ".")),
              ("p", f"On arrival {he(p)} was {c.pick(['calm but guarded', 'tearful', 'agitated, pacing', 'disorganised'])}; "
                    f"reports {c.pick(K.SYMPTOMS_EN)}. Suicide risk estimated {risk}. {c.pick(['No access to firearms.', 'Firearm in the home, removed by family.', 'Access to a stock of quetiapine, handed over to the team.'])}")]
    if p.nam:
        blocks.insert(1, c.id_block(p, mrn=False))
    if c.chance(0.6):
        c.add("social_information")
        blocks.append(("p", "Social: " + K.social("en", p.age(c.date), c.rng) + "."))
    if c.chance(0.5):
        c.add("medication")
        blocks.append(("p", f"Meds: {c.pick(K.ORAL)[1]}, " + c.pick(["adherence uncertain.", "ran out 10 days ago.", "takes it as prescribed per pharmacy."])))
    blocks.append(("lines", ["Plan:",
                             f"- Phone follow-up tomorrow at {c.tel(p)}" if c.chance(0.6) else "- Phone follow-up tomorrow",
                             "- Safety plan reviewed and copy left",
                             f"- Request sent to {c.pick(['outpatient intake', 'the CLSC crisis worker', 'Dr. Stewart for urgent review'])}"]))
    blocks += [("p", c.thanks()), c.sig(w)]
    subj = c.alt("Crisis team follow-up", lambda: f"EMIC note - {c.nm(p, 'initial')}", "Home visit last night",
                 lambda: f"Follow-up {c.nm(p, 'sfirst')}")
    return Mail("crisis_followup", "mobile crisis team note after an intervention", w, [c.team(c.pick(["psy4", "psy2", "clerk2"]))], subj, blocks)


# ---------------------------------------------------------------------------
def involuntary(c):
    psy = c.team(c.pick(["psy4", "psy3", "psy2"]))
    legal = ("Legal Affairs - confinement requests", "legal.affairs@" + G.DOM)
    p = c.patient()
    dx = c.pick([K.DX[i] for i in K.PSYCHOTIC])
    c.add("diagnosis")
    exam = c.date - datetime.timedelta(days=1)
    items = [("kv", c.id_kv(p, mrn=True, addr=c.chance(0.4), fw_ok=False)),
             ("h", "Psychiatric examination report (confinement in an institution)"),
             ("p", f"Examination performed on {G.MONTHS[exam.month - 1]} {exam.day}, {exam.year} in the emergency department of {G.HOSP_EN}."),
             ("p", f"Mental status: {c.pick(K.SYMPTOMS_EN)}; {c.pick(K.SYMPTOMS_EN)}. Insight absent."),
             ("p", f"Diagnosis: {dx[1]} ({dx[2]})."),
             ("p", "Danger: " + c.pick(["repeated threats to kill a neighbour; bought a hunting knife last week",
                                         "has not eaten for 6 days, 7 kg weight loss, dehydrated",
                                         "wandering on the highway at night, two police interventions this week",
                                         "suicide plan with a date chosen, farewell letters written"]) + "."),
             ("p", "Recommendation: confinement for 21 days. The patient refuses voluntary admission."),
             ("small", f"{psy.titled('en')}, psychiatrist, licence {c.rng.randint(10000, 99999)}")]
    if c.chance(0.5):
        c.add("medication")
        lai = c.pick(K.LAI)
        items.insert(5, ("p", f"Previous treatment: {K.lai_line(lai, lai[3][0], 'en')}, stopped in the spring."))
    kind = c.pick(["docx", "pdf"])
    fn = c.pick([f"Psychiatric_exam_report_1.{kind}", f"exam_report_{p.surname.upper()}.{kind}", f"Confinement - report {c.pick(['1', '2'])}.{kind}"])
    if p.surname.upper() in fn:
        c.add("patient_name")
    data = (A.make_docx("Psychiatric examination report", items, author=psy.name) if kind == "docx"
            else A.make_pdf("Psychiatric examination report", items, author=psy.name, compress=c.chance(0.5)))
    if c.chance(0.35):
        cover = A.make_pdf("Application for confinement - cover sheet",
                           [("p", "Court file: pending"), ("p", "Documents: examination report no. 1; report no. 2 to follow.")])
        c.attach("zipmembers", "confinement_application.zip", [(fn, data), ("cover_sheet.pdf", cover)])
    else:
        c.attach(kind, fn, data)
    body = [("p", "Hello,"),
            ("p", f"Please find attached my report for the confinement application. Provisional confinement ends "
                  f"{c.pick(['tomorrow at noon', 'Friday 2 p.m.', 'tonight'])}; the second report will come from "
                  f"{c.team('psy1').titled('en')}."),
            ("p", c.thanks()), c.sig(psy)]
    return Mail("involuntary_assessment", "psychiatric examination report for a confinement application", psy, [legal],
                c.pick(["Confinement application - report", "Psychiatric exam report (P-38)", "Court application - 1st report"]), body)


# ---------------------------------------------------------------------------
def lai_roster(c):
    nurse = G.random_staff(c.rng, "", "Nurse, depot clinic", "Nurse, depot clinic", G.DOM)
    day = c.in_days(c.rng.randint(1, 3))
    rows = []
    c.add("medication")
    n = c.rng.randint(5, 9)
    with_nam = c.chance(0.3)
    t = datetime.datetime(day.year, day.month, day.day, 13, 0)
    for _ in range(n):
        p = c.patient(want_nam=with_nam)
        lai = c.pick(K.LAI)
        r = [t.strftime("%H:%M"), c.nm(p, c.pick(["sfirst", "full", "sfirst_plain"]))]
        if with_nam:
            r += [c.dob(p, 0), p.sex, c.nam(p, fw_ok=False) if p.nam else ""]
        r += [c.mrn(p, fw_ok=False), f"{lai[0]} {c.pick(lai[3])}", c.pick(["", "", "weight + BP", "AIMS due", "needs new Rx", "late 5 days"])]
        rows.append(r)
        t += datetime.timedelta(minutes=20)
    hdr = ["Time", "Patient"] + (["DOB", "Sex", "RAMQ"] if with_nam else []) + ["MRN", "Product / dose", "Notes"]
    kind = c.pick(["xlsx", "csv", "body", "pdf"])
    intro = c.pick(["Here is the depot clinic list for", "Updated list for", "Injection clinic schedule,"]) + " " + G.fmt_date(day, "en", True) + "."
    if kind == "body":
        body = [("p", "Hi,"), ("p", intro), ("table", hdr, rows), c.sig(nurse)]
    else:
        body = [("p", "Hi,"), ("p", intro + " See attached."), c.sig(nurse)]
        fn = f"depot_clinic_{day.strftime('%Y%m%d')}.{kind}"
        if kind == "xlsx":
            c.attach("xlsx", fn, A.make_xlsx([("Clinic", hdr, rows)], author=nurse.name))
        elif kind == "csv":
            c.attach("csv", fn, A.make_csv(hdr, rows, sep=","))
        else:
            c.attach("pdf", fn, A.make_pdf("Depot clinic - " + day.isoformat(), [("table", hdr, rows)], author=nurse.name))
    return Mail("lai_clinic_list", "depot injection clinic list with patients", nurse, [c.team("clerk"), c.team("inf1")],
                c.pick(["Depot clinic list", "LAI clinic - " + G.fmt_date(day, "en"), "Injection list (updated)"]), body)


# ---------------------------------------------------------------------------
def lai_missed(c):
    nurse = c.team(c.pick(["inf1", "inf3"]))
    psy = c.team(c.pick(["psy4", "psy2"]))
    p = c.patient(want_nam=False)
    lai = c.pick(K.LAI)
    c.add("medication")
    who = c.nm(p, c.pick(["title_surname", "full", "given", "title"]))
    body = [("p", c.hello(psy)),
            ("p", f"{who} missed {his(p)} {lai[0]} {c.pick(lai[3])} again (due {G.fmt_date(c.date - datetime.timedelta(days=c.rng.randint(4, 12)), 'en')}). "
                  f"No answer at {c.tel(p)}; voicemail full."),
            ("p", c.pick([f"Last time this happened {he(p)} ended up at the ER within a month. Do you want the crisis team to do an outreach visit?",
                          "The landlord called us saying there's been shouting at night. Should we send EMIC?",
                          "I can hold the dose until Friday. Let me know if you want to switch to the oral form."]))]
    if c.chance(0.5):
        c.add("diagnosis")
        body.append(("p", "Reminder: history of " + c.pick(["relapse with command hallucinations", "manic relapse requiring confinement", "severe self-neglect when unmedicated"]) + "."))
    body += [("p", c.thanks()), c.sig(nurse)]
    subj = c.alt("Missed depot", "No-show injection clinic", lambda: f"Missed LAI - {c.nm(p, 'title_surname')}")
    return Mail("lai_missed", "missed long-acting injection, outreach question", nurse, [psy], subj, body)


# ---------------------------------------------------------------------------
def pharmacy(c):
    psy = c.team(c.pick(["psy4", "psy3", "inf3"]))
    ph = ("Pharmacie St-Aurèle - prescriptions", "rx@" + G.EXT_DOMAINS["pharm2"])
    p = c.patient()
    c.add("medication")
    meds = c.rng.sample(K.ORAL, c.rng.randint(2, 3))
    rx = [f"{m[1]} - dispense {c.pick(['30 days', '7 days at a time', 'weekly blister pack'])}, {c.pick(['no refills', '2 refills', '5 refills'])}" for m in meds]
    body = [("p", "Hello,"),
            ("p", "Please find a prescription below for our mutual patient:"),
            c.id_block(p, mrn=False, addr=c.chance(0.4)),
            ("lines", ["Rx:"] + [f"{i + 1}. {x}" for i, x in enumerate(rx)]),
            ("p", c.pick(["Please discontinue olanzapine.", "Patient at risk of overdose: weekly dispensing only, please.",
                          "Please deliver - patient does not leave home at the moment.", "Original faxed today."])),
            ("p", c.thanks()), c.sig(psy)]
    if "overdose" in body[4][1]:
        c.add("diagnosis")
    if c.chance(0.4):
        c.attach("pdf", c.pick(["prescription.pdf", f"Rx_{p.surname}.pdf"]),
                 A.make_pdf("Prescription", [("kv", c.id_kv(p, mrn=False, fw_ok=False)), ("kv", [("", x) for x in rx])], author=psy.name))
        if p.surname in c.attachments[-1]["filename"]:
            c.add("patient_name")
    return Mail("pharmacy_prescription", "prescription sent to a community pharmacy", psy, [ph],
                c.alt("Prescription", "New Rx", lambda: f"Rx - {c.nm(p, 'sfirst')}"), body)


# ---------------------------------------------------------------------------
def clozapine(c):
    lab = ("Biolab Nord - hematology", "hemato@" + G.EXT_DOMAINS["lab"])
    psy = c.team(c.pick(["psy4", "psy2", "psy3"]))
    p = c.patient(want_nam=c.chance(0.5))
    c.add("lab_result")
    c.add("medication")
    anc = c.pick(["1.3", "1.6", "1.1", "1.8"])
    rows = [["WBC", f"{c.rng.uniform(2.8, 3.9):.1f}", "x10^9/L", "L"], ["ANC", anc, "x10^9/L", "L"],
            ["Hb", str(c.rng.randint(118, 150)), "g/L", ""], ["Plt", str(c.rng.randint(160, 320)), "x10^9/L", ""]]
    body = [("p", "CRITICAL RESULT NOTIFICATION - clozapine monitoring"),
            ("lines", [f"Patient: {c.nm(p, c.pick(['sfirst', 'upper_all']))}", f"MRN: {c.mrn(p)}"] +
             ([f"DOB: {c.dob(p)}", f"Sex: {p.sex}", f"RAMQ: {c.nam(p)}"] if p.nam else []) +
             [f"Collected: {c.date.isoformat()} 07:42"]),
            ("table", ["Test", "Result", "Units", "Flag"], rows),
            ("p", "Patient is registered with the clozapine monitoring network. Prescriber notified by phone at 10:15."),
            ("lines", ["Biolab Nord - Hematology", "This is an automated message. Do not reply."])]
    return Mail("clozapine_anc", "lab notification of low neutrophil count on clozapine", lab, [psy],
                c.pick(["CRITICAL: ANC result", "Clozapine monitoring - amber result", "Lab alert - hematology"]), body)


def metabolic(c):
    nurse = c.team("inf3")
    psy = c.team(c.pick(["psy4", "psy1"]))
    p = c.patient(want_nam=False)
    c.add("lab_result")
    c.add("medication")
    rows = [["Weight", f"{c.rng.randint(88, 124)} kg (+{c.rng.randint(6, 14)} kg in 6 mo)"], ["Waist", f"{c.rng.randint(101, 122)} cm"],
            ["BP", f"{c.rng.randint(132, 152)}/{c.rng.randint(84, 96)}"], ["HbA1c", c.pick(["6.4%", "7.1%", "6.8%"])],
            ["Fasting glucose", c.pick(["6.9", "7.8", "8.3"])], ["LDL", c.pick(["3.9", "4.4"])], ["TG", c.pick(["2.8", "3.6"])]]
    who = c.nm(p, c.pick(["full", "title", "sfirst_plain", "lower"]))
    body = [("p", c.hello(psy)),
            ("p", f"Metabolic monitoring for {who} (on {c.pick(['olanzapine 20 mg', 'clozapine 400 mg', 'quetiapine 600 mg'])}):"),
            ("table", None, rows),
            ("p", c.pick(["Meets criteria for metabolic syndrome. Would you consider metformin or a switch to aripiprazole?",
                          "I've sent a note to the GP about the HbA1c. Dietitian referral done.",
                          "Patient is worried about the weight gain and talks about stopping the medication."])),
            c.sig(nurse)]
    return Mail("lab_followup", "metabolic monitoring results for a patient on antipsychotics", nurse, [psy],
                c.pick(["Metabolic monitoring", "Labs - metabolic follow-up", "Weight/labs review"]), body)


# ---------------------------------------------------------------------------
def dayhosp(c):
    w = c.team(c.pick(["ergo", "ts2"]))
    psy = c.team(c.pick(["psy3", "psy2"]))
    gp = c.team("gp1")
    p = c.patient()
    dx = c.pick(K.DX)
    c.add("diagnosis")
    c.add("medication")
    items = [("kv", c.id_kv(p, mrn=True, fw_ok=False)),
             ("h", "Day hospital discharge summary"),
             ("p", f"Program: 8-week intensive day program, attended {c.rng.randint(22, 32)}/32 days."),
             ("p", f"Diagnosis: {dx[1]} ({dx[2]})."),
             ("p", "Groups: DBT skills, behavioural activation, anxiety management, occupational therapy."),
             ("p", f"Outcome: PHQ-9 {c.rng.randint(18, 25)} -> {c.rng.randint(6, 12)}; GAD-7 {c.rng.randint(14, 20)} -> {c.rng.randint(5, 10)}."),
             ("p", "Medication at discharge: " + "; ".join(m[1] for m in c.rng.sample(K.ORAL, 2)) + "."),
             ("p", "Follow-up: outpatient psychiatry in 6 weeks; GP to monitor.")]
    if c.chance(0.4):
        c.add("social_information")
        items.append(("p", "Social: " + K.social("en", p.age(c.date), c.rng) + "."))
    fn = c.pick(["DH_discharge_summary.pdf", f"Discharge summary - {p.surname}, {p.given}.pdf", "summary.pdf"])
    if p.surname in fn:
        c.add("patient_name")
    c.attach("pdf", fn, A.make_pdf("Psychiatric Day Hospital - discharge summary", items, author=w.name, compress=c.chance(0.5),
                                   header=f"{G.ORG_EN} - {G.DAYHOSP_EN}"))
    body = [("p", c.hello(gp, formal=True)),
            ("p", "Please find attached the day hospital discharge summary for your patient who completed our program this week."),
            ("p", c.thanks()), c.sig(w)]
    return Mail("day_hospital", "day hospital discharge summary to the family physician", w, [gp], cc=[psy],
                subject=c.pick(["Day hospital discharge summary", "Discharge summary - Day Hospital"]), blocks=body)


# ---------------------------------------------------------------------------
def family(c):
    fam = c.team("fam")
    psy = c.team(c.pick(["psy4", "psy3"]))
    p = c.patient(want_nam=False)
    c.add("diagnosis")
    rel = c.pick([("mother", "Linda"), ("father", "Gary"), ("wife" if p.sex == "M" else "husband", "Sam"), ("sister", "Tanya")])
    who = c.nm(p, c.pick(["given", "full", "title_surname"]))
    body = [("p", c.hello(psy)),
            ("p", f"I spoke with {who}'s {rel[0]} ({rel[1]}) this morning. Consent to share information with family is on file (MRN {c.mrn(p)})."),
            ("p", f"The {rel[0]} reports {c.pick(K.SYMPTOMS_EN)} over the weekend and is worried about another "
                  f"{c.pick(['manic episode', 'psychotic relapse', 'suicide attempt'])}."),
            ("p", c.pick(["I invited the family to the psychoeducation group (Thursdays 6:30 p.m.).",
                          "They would like a family meeting before the next appointment - are you available Tuesday?",
                          "They asked about a court order for treatment; I explained the process and gave them the legal aid number."])),
            ("p", c.thanks()), c.sig(fam)]
    if c.chance(0.5):
        c.add("social_information")
        body.insert(3, ("p", "Context: " + K.social("en", p.age(c.date), c.rng) + "."))
    return Mail("family_liaison", "family liaison call summary", fam, [psy],
                c.alt("Family call", "Family liaison - update", lambda: f"{c.nm(p, 'given')}'s family"), body)


# ---------------------------------------------------------------------------
def census(c):
    coord = c.team("coord")
    rows = []
    c.add("diagnosis")
    for i in range(c.rng.randint(4, 7)):
        p = c.patient(want_nam=False)
        rows.append([f"Bed {i + 1}", c.nm(p, c.pick(["sfirst", "full", "initial"])), str(p.age(c.date)),
                     c.pick([d[1].split(",")[0] for d in K.DX]),
                     c.pick(["day 2/5, calmer", "d/c tomorrow to shelter", "await psych r/v", "SI resolved", "refusing meds", "family mtg 2pm"])])
    body = [("p", c.pick(["Crisis stabilization beds - morning census.", "Census for today's huddle:", "Bed board as of 07:30:"])),
            ("table", ["Bed", "Client", "Age", "Issue", "Status"], rows),
            ("p", c.pick(["1 bed available.", "Full - redirect to ER if needed.", "2 beds available after noon."])),
            ("lines", [coord.given])]
    return Mail("census", "crisis stabilization bed census", coord, [c.team("inf2"), c.team("ts1"), c.team("psy4")],
                c.pick(["Census", "Bed board", "Crisis beds census"]), body)


# ---------------------------------------------------------------------------
def booking(c):
    clerk = c.team("clerk2")
    p = c.patient()
    day = c.in_days(c.rng.randint(3, 12))
    psy = c.team(c.pick(["psy4", "psy3"]))
    c.add("diagnosis")
    body = [("p", c.hello(c.team("clerk"))),
            ("p", f"Can you book the following new patient with {psy.titled('en')} (first-episode psychosis clinic) on "
                  f"{G.fmt_date(day, 'en', True)} at {G.fmt_time(c.rng, 'en')}?"),
            c.id_block(p, mrn=c.chance(0.5), tel=True, style=c.pick(["kv", "inline"])),
            ("p", c.pick(["Prefers morning calls. Mother may answer - she is aware.", "Please text the reminder, no voicemail.",
                          "Interpreter needed (Arabic)."])),
            ("p", c.thanks()), c.sig(clerk)]
    return Mail("booking", "appointment booking for a new patient", clerk, [c.team("clerk")],
                c.pick(["New booking - FEP clinic", "Booking request", "Please book - Dr. " + psy.surname]), body)
