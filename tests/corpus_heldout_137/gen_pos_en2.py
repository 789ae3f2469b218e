"""English positive templates, part 2: threads, exports, bundles, cross-border, social."""
import datetime

from gen_clin import (ADULT_SOCIAL, AUD_DX, CHILD_DX, CI_DX, DYS_DX, DYS_FIND, DYS_MED, DYS_REC,
                      aud_results, ci_results, holder_block, mrn_fmt, pdf_safe_nam)
from gen_common import (ID_SIZES, Msg, disguise, en_date, ext, fmt_niss, make_niss, make_nir, name_form,
                        pron, slug, staff)
from gen_docs import att, csv_bytes, docx, make_zip, pdf, xlsx
from gen_pos_fr import _rid, _room


# ---------------------------------------------------------------- 13. quick note
def quick_en(c):
    r = c.r
    p = c.patient("en", "elder")
    frm, to = staff("nurse_en"), staff("slp_en")
    variant = r.random() < 0.5
    if variant:
        subj = f"{name_form(p, 'title', 'en')} bed {_room(c)}"
        body = (f"{pron(p, 'en', 'Subj')}'s pocketing food and coughing with meds this am, sats dipped to 88. Held breakfast. "
                f"Can you come by before lunch?\n\nTanisha")
    else:
        subj = "quick one"
        body = (f"Hey Rachel - {name_form(p, 'lower', 'en')} in {_room(c)} pulled {pron(p, 'en', 'poss')} NG tube again overnight. "
                f"Team wants to know if {pron(p, 'en', 'subj')} can start purée. {pron(p, 'en', 'Subj')}'s on haloperidol 0.5 mg q6h prn now.\n\nT.")
    types = {"patient_name", "diagnosis"} | (set() if variant else {"medication"})
    return Msg(lang="en", category="quick_note", note="quick note between colleagues", types=types, subject=subj,
               body=body, frm=frm.addr(), to=[to.addr()], fmt="plain")


# ---------------------------------------------------------------- 14. reply with quoted results
def reply_en(c):
    r = c.r
    p = c.patient("en", c.pick(["adult", "elder"]))
    a, b = staff("ent_en"), staff("aud_en")
    res = aud_results(c, "en")
    dx = c.pick(AUD_DX)
    sent = c.now - datetime.timedelta(hours=r.randint(3, 48))
    orig = (f"Dr. Okafor,\n\nResults for {name_form(p, c.pick(['full', 'upper_comma']), 'en')} (DOB {en_date(p.dob, 'iso')}):\n"
            + "\n".join(res) + f"\n\nImpression: {dx[1]}. Would you like an MRI requisition?\n\nJessica")
    quoted = "\n".join(("> " + l) if l else ">" for l in orig.split("\n"))
    top = c.pick(["Yes please, MRI IAC with gadolinium. I'll see them in clinic after.", "Thanks - no MRI needed, symmetric. Proceed with HA fitting.",
                  "Agree. Can you add a repeat audiogram in 6 weeks?"])
    body = f"{top}\n\nK.O.\n\nOn {en_date(sent.date(), 'day')}, {sent.year} at {sent:%I:%M %p}, {b.given} {b.surname} <{b.email}> wrote:\n{quoted}\n"
    return Msg(lang="en", category="reply_thread", note="reply with audiology results in quoted text",
               types={"patient_name", "date_of_birth", "lab_result", "diagnosis"}, subject="Re: audiology results",
               body=body, frm=a.addr(), to=[b.addr()], reply_to_id=_rid(c))


# ---------------------------------------------------------------- 15. forwarded message (inline)
def forward_en(c):
    r = c.r
    p = c.patient("en", "elder")
    son = c.pick(["Derek", "Colin", "Heather", "Nicole"])
    ci, clerk = staff("ci"), staff("clerk2")
    s = c.pick(ADULT_SOCIAL)
    fam = (f"Hello,\n\nMy {'mother' if p.sex == 'F' else 'father'}, {p.given} {p.surname}, has a cochlear implant appointment next "
           f"Tuesday but {pron(p, 'en', 'subj')} was admitted last night with pneumonia. Also just so you know, {s[1]}, so please send "
           f"letters to {p.address} from now on. You can reach me at {p.phone}.\n\nThanks,\n{son}")
    sent = c.now - datetime.timedelta(hours=r.randint(2, 30))
    body = (f"Patrick - can you reschedule? See below.\n\n{clerk.given}\n\n---------- Forwarded message ---------\n"
            f"From: {son} <{slug(son)}.family@postebox.example>\nDate: {en_date(sent.date(), 'day')}, {sent.year} {sent:%H:%M}\n"
            f"Subject: appointment next week\nTo: <reception.audiology@cisss-hautesrivieres.example>\n\n{fam}\n")
    return Msg(lang="en", category="forwarded_family", note="family message forwarded inline",
               types={"patient_name", "diagnosis", "patient_contact", "social_information"},
               subject="Fwd: appointment next week", body=body, frm=clerk.addr(), to=[ci.addr()])


# ---------------------------------------------------------------- 16. caseload CSV export
def csv_caseload(c):
    r = c.r
    slp = staff(c.pick(["slp_en", "slp_en2"]))
    chief = staff("chief")
    rows = [["last_name", "first_name", "dob", "mrn", "primary_dx", "freq", "next_visit"]]
    ids = []
    for k in range(r.randint(6, 10)):
        p = c.patient("en", c.pick(["child", "adult", "elder"]))
        dx = c.pick(CHILD_DX if p.age(c.now.date()) < 13 else DYS_DX)[1]
        rows.append([p.surname, p.given, p.dob.isoformat(), p.mrn, dx, c.pick(["1x/wk", "2x/wk", "q2wk", "monthly"]),
                     c.workday(1, 30).isoformat()])
        ids.append(("mrn", p.mrn))
    data = csv_bytes(rows, sep=c.pick([",", ";"]), bom=r.random() < 0.5)
    body = (f"Hi {chief.given},\n\nHere's my active caseload export for the audit, as CSV straight from the scheduling system.\n\n{slp.given}")
    return Msg(lang="en", category="caseload_csv", note="caseload export as CSV",
               types={"patient_name", "date_of_birth", "mrn", "diagnosis"},
               subject=c.pick(["Caseload export", "Active caseload - audit", "caseload.csv"]), body=body,
               frm=slp.addr(), to=[chief.addr()], atts=[att(c.pick(["caseload.csv", f"caseload_{slp.surname.lower()}.csv"]), "csv", data)],
               ids=ids)


# ---------------------------------------------------------------- 17. CI clinic list XLSX
def xlsx_ci_clinic(c):
    r = c.r
    ci = staff("ci")
    clerk = staff("clerk2")
    rows = [["Time", "Client", "DOB", "RAMQ / Health no.", "Side", "Visit", "Notes"]]
    ids, holders = [], []
    t = datetime.datetime(2025, 1, 1, 8, 30)
    for k in range(r.randint(5, 7)):
        if k < 2:
            p = c.holder(["adult", "elder", "youth", "child"])
            hn = pdf_safe_nam(c, p)
            ids.append(("nam", p.nam))
            holders.append(p)
            who = f"{p.surname}, {p.given} ({p.sex})"
        else:
            p = c.patient("en", c.pick(["adult", "elder", "child"]))
            hn = ""
            who = f"{p.surname}, {p.given}"
        rows.append([(t + datetime.timedelta(minutes=45 * k)).strftime("%H:%M"), who, p.dob.isoformat(), hn,
                     c.pick(["R", "L", "Bilat"]), c.pick(["Activation", "1-month map", "Annual", "Troubleshooting"]),
                     c.pick(["", "ASL interpreter", "electrode 16 off", "new processor", "Usher syndrome - low vision", "mother to attend"])])
    data = xlsx([("Clinic", rows)], author=clerk.surname)
    d = c.workday(1, 6)
    body = f"Hi Patrick,\n\nCI clinic list for {en_date(d, 'day')} attached. Two new activations.\n\n{clerk.given}"
    return Msg(lang="en", category="clinic_list_xlsx", note="cochlear implant clinic day list as XLSX",
               types={"patient_name", "date_of_birth", "ramq_nam", "diagnosis"},
               subject=f"CI clinic list {en_date(d, 'abbr')}", body=body, frm=clerk.addr(), to=[ci.addr()],
               atts=[att(f"CI_clinic_{d:%Y%m%d}.xlsx", "xlsx", data)], ids=ids, holders=holders)


# ---------------------------------------------------------------- 18. ZIP of audiograms
def zip_en(c):
    r = c.r
    aud = staff("aud_en")
    gp = ("Dr. Helen Marsh", "helen.marsh@" + ext("gmf")[1])
    members = []
    for k in range(r.randint(2, 3)):
        p = c.patient("en", c.pick(["adult", "elder"]))
        res = aud_results(c, "en")
        lines = [f"Name: {p.given} {p.surname}", f"DOB: {en_date(p.dob, 'iso')}", ""] + res + ["", f"Impression: {c.pick(AUD_DX)[1]}."]
        fn = f"audiogram_{p.surname}_{p.given}.pdf"
        members.append((fn, pdf("Audiological Evaluation", lines)))
    body = (f"Dr. Marsh,\n\nAs requested, the audiology reports for your three patients seen this month are in the attached archive.\n\n{aud.sig('en')}")
    return Msg(lang="en", category="zip_reports", note="audiology reports bundled in a ZIP",
               types={"patient_name", "date_of_birth", "lab_result", "diagnosis"}, subject="Audiology reports",
               body=body, frm=aud.addr(), to=[gp], atts=[att("audiology_reports.zip", "zip", make_zip(members))])


# ---------------------------------------------------------------- 19. forward as attachment
def eml_en(c, render_inner):
    r = c.r
    holder = r.random() < 0.5
    p = c.holder(["adult", "elder"]) if holder else c.patient("en", "adult")
    chief, slp = staff("chief"), staff("slp_voice")
    gp = ("Dr. Helen Marsh", "helen.marsh@" + ext("gmf")[1])
    types = {"patient_name", "diagnosis", "medication"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "en")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
    else:
        block = f"Patient: {name_form(p, 'upper_comma', 'en')}"
    inner = Msg(lang="en", category="inner", note="", types=set(), subject="Referral - hoarseness x 4 months",
                body=(f"Hello,\n\nReferral for voice assessment:\n\n{block}\n\nHoarse for 4 months, smoker 30 pack-years, "
                      f"on omeprazole 20 mg daily without improvement. Laryngoscopy at ENT showed a {c.pick(['right vocal fold lesion (biopsy benign)', 'left vocal fold paralysis', 'bilateral nodules'])}.\n\n"
                      f"Thanks,\n{gp[0]}"), frm=gp, to=[("Voice Clinic", "voice.clinic@cisss-hautesrivieres.example")])
    body = f"{slp.given}, forwarding this referral - can it go on your list?\n\n{chief.given}"
    return Msg(lang="en", category="forward_eml", note="referral forwarded as attached message", types=types,
               subject="Fw: Referral - hoarseness x 4 months", body=body, frm=chief.addr(), to=[slp.addr()],
               atts=[att("Referral - hoarseness.eml", "eml", render_inner(inner))], ids=ids, holders=holders)


# ---------------------------------------------------------------- 20. exchange student / Belgian family
def foreign_ids(c):
    r = c.r
    if r.random() < 0.5:
        p = c.patient("en", "youth", origin="france")
        num = make_nir(r, p.dob, p.sex)
        idtxt = f"French social security no. (NIR): {disguise(num, ID_SIZES['nir'], c.pick(['space', 'plain', 'dot']))}"
        kind, t = "fr_nir", "fr_nir"
        who = "an exchange student from Lyon"
    else:
        p = c.patient("en", c.pick(["adult", "youth"]), origin="be")
        num = make_niss(r, p.dob, p.sex)
        idtxt = f"Belgian national number: {fmt_niss(num, c.pick(['official', 'plain', 'space']))}"
        kind, t = "be_niss", "be_niss"
        who = "a graduate student from Belgium"
    aud = staff("aud_en")
    intl = ("International Student Office", "intl.health@" + ext("univ")[1])
    dx = c.pick([("sudden hearing loss in the left ear after a flight", "sudden SNHL"),
                 ("ear pain and muffled hearing since a swimming competition", "otitis externa"),
                 ("ringing in both ears after a concert, not resolving", "tinnitus")])
    body = (f"Hello,\n\nWe have {who} who needs an urgent hearing assessment. The student's insurer requires the home "
            f"identifier on the invoice.\n\nName: {p.given} {p.surname.upper()}\nDate of birth: {en_date(p.dob)}\n{idtxt}\n"
            f"Local phone: {p.phone}\n\nComplaint: {dx[0]}.\n\nCould you see them this week?\n\nInternational Student Office")
    return Msg(lang="en", category="international_student", note="urgent referral for an international student",
               types={"patient_name", "date_of_birth", t, "patient_contact", "diagnosis"},
               subject="Urgent hearing assessment - international student", body=body, frm=intl, to=[aud.addr()],
               ids=[(kind, num)])


# ---------------------------------------------------------------- 21. discharge summary
def discharge(c):
    r = c.r
    holder = r.random() < 0.35
    p = c.holder(["elder"]) if holder else c.patient("en", "elder")
    slp = staff("slp_en")
    chsld = ext("chsld")
    dx, rec, med = c.pick(DYS_DX), c.pick(DYS_REC), c.pick(DYS_MED)
    lab, mrn = mrn_fmt(c, p.mrn, "en")
    types = {"patient_name", "diagnosis", "medication", "mrn"}
    ids, holders = [("mrn", p.mrn)], []
    if holder:
        block, _ = holder_block(c, p, "en")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
    else:
        block = f"{name_form(p, 'upper_comma', 'en')}"
    body = (f"Hello,\n\nSLP discharge summary for your resident returning today:\n\n{block}\n{lab}: {mrn}\n\n"
            f"Admission: {dx[1]}. Swallow findings: {c.pick(DYS_FIND)[1]}.\n"
            f"Discharge diet: {rec[1]}.\nMedications: {med[1]} - give crushed in purée if allowed by pharmacy.\n"
            "Strategies: upright, small sips, supervision at all meals, oral care after meals.\n\n"
            "Please contact me if coughing or fever recurs.\n\n" + slp.sig("en"))
    return Msg(lang="en", category="discharge_summary", note="SLP discharge summary to long-term care", types=types,
               subject=c.pick(["SLP discharge summary", "Discharge - swallowing recommendations", "Resident returning today - SLP recs"]),
               body=body, frm=slp.addr(), to=[("Nursing 3rd floor", "soins.3e@" + chsld[1])], ids=ids, holders=holders)


# ---------------------------------------------------------------- 22. social situation
def social_en(c):
    r = c.r
    p = c.patient("en", "adult")
    aud = staff("aud_en")
    sw = ("Marisol Vega, social worker", "marisol.vega@cisss-hautesrivieres.example")
    body = (f"Hi Jessica,\n\nI'm following {p.given} {p.surname} ({p.age(c.now.date())}), who has been homeless since "
            f"{c.pick(['August', 'the spring', 'last winter'])} and is staying at the Harbour Street shelter. {pron(p, 'en', 'Subj')} told me "
            f"{pron(p, 'en', 'poss')} hearing aids were stolen at the shelter and {pron(p, 'en', 'subj')} can't follow conversations with the housing office.\n\n"
            f"{pron(p, 'en', 'Subj')} is on social assistance, so the replacement would go through the provincial program. "
            f"{pron(p, 'en', 'Poss')} prepaid cell is {p.phone}, or call the shelter at {c.phone()} and ask for the night worker. {pron(p, 'en', 'Subj')} also has a history of {c.pick(['alcohol use disorder, sober 6 months', 'bipolar disorder, on lithium', 'PTSD'])}.\n\n"
            f"Could you see {pron(p, 'en', 'obj')} as a walk-in?\n\nMarisol")
    t = {"patient_name", "social_information", "patient_contact", "diagnosis"}
    if "lithium" in body:
        t.add("medication")
    return Msg(lang="en", category="social_referral", note="social worker request for a client without housing", types=t,
               subject=c.pick(["Client needing hearing aids replaced", "Walk-in request", "Hearing aids stolen"]), body=body,
               frm=sw, to=[aud.addr()])


# ---------------------------------------------------------------- 23. RAMQ program eligibility (holder)
def ramq_program(c):
    r = c.r
    p = c.holder(["adult", "elder", "youth"])
    aud = staff("aud_en")
    clerk = staff("clerk")
    block, _ = holder_block(c, p, "en", layout=c.pick(["lines", "inline"]))
    res = aud_results(c, "en")
    body = (f"Hi Sophie,\n\nCould you start the RAMQ hearing aid program paperwork for this client? Bilateral fitting.\n\n{block}\n"
            f"Phone: {p.phone}\n\n" + "\n".join(res) + f"\n\nDx: {c.pick(AUD_DX)[1]}.\n\nThanks!\n{aud.given}")
    return Msg(lang="en", category="program_paperwork", note="public hearing aid program paperwork request",
               types={"patient_name", "date_of_birth", "ramq_nam", "patient_contact", "lab_result", "diagnosis"},
               subject=c.pick(["RAMQ HA program - new client", "Paperwork for hearing aid program", "HA program form"]),
               body=body, frm=aud.addr(), to=[clerk.addr()], ids=[("nam", p.nam)], holders=[p])
