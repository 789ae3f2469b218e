"""Positive (confidential) templates, English."""
import datetime as _dt

import gen_common as C
import gen_docs as D
import gen_mime as M
import gen_tpl as T

L = "en"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _me(c, role):
    st = c.staff(role)
    return st, c.who(st, L)


def _ext(c, dom):
    e = c.choice([x for x in C.EXT_STAFF if x[5] == dom])
    return e, (f"{e[0]} {e[1]}", C.ext_addr(e))


def _pro(p):
    return ("she", "her", "her") if p.sex == "F" else ("he", "him", "his")


# 1 ---------------------------------------------------------------------------
def referral(c):
    r = c.rng
    p = c.pf.holder("adult")
    m = T.new("referral", L, True, "hospital discharge referral to palliative home care", r)
    e = [x for x in C.EXT_STAFF if x[1] == "Finch"][0]
    frm = (f"{e[0]} {e[1]}", C.ext_addr(e))
    m.frm = frm
    m.to = [("Palliative Home Care Intake", f"intake@{C.ORG_DOMAIN}")]
    as_doc = c.chance(0.5)
    ident = T.id_block(m, p, r)
    block = ident + [f"Home address: {T.addr(m, p)}", f"Home phone: {T.tel(m, p)}",
                     f"Primary dx: {T.dx(m, p)}", f"PPS: {p.pps}%  Code status: DNR",
                     "Current meds:"] + [f"  - {x}" for x in T.meds(m, p)] + \
        [f"Psychosocial: {T.social(m, p.social)}", f"Contact: {p.carer[0]} ({p.carer[2]}) {p.carer[3]}"]
    d = c.day(c.choice([1, 2]))
    m.subject = c.choice(["New referral - palliative home care", "Referral: discharge home with palliative support",
                          f"Referral {p.surname}, {p.given}"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    if as_doc:
        m.atts.append(T.att(c.choice(["referral.docx", f"Referral_{p.surname}.docx", "PHC_referral_form.docx"]), DOCX,
                            D.docx("Referral — Palliative Home Care", block, author=f"{e[0]} {e[1]}")))
        m.text = (f"{T.greeting(L, r)}\n\nPlease find attached a referral for a patient going home on "
                  f"{c.dstr(d, L)}. First nursing visit within 24-48h would be appreciated; "
                  f"subcut line in place.\n\n{T.sign_off(L, r)}\n{e[0]} {e[1]}\n{e[2]}, {e[4]}\nTel {C.HOSP['mrgh'][2]}\n")
    else:
        m.text = (f"{T.greeting(L, r)}\n\nReferral for palliative home care, discharge planned {c.dstr(d, L)}.\n\n" +
                  "\n".join(block) + f"\n\n{T.sign_off(L, r)}\n{e[0]} {e[1]}\n{e[2]}, {e[4]}\n")
    return m


# 2 ---------------------------------------------------------------------------
def gp_update(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("gp_letter", L, True, "update letter to the family physician after home visit", r)
    md = c.staff("md")
    g = c.choice(C.GMF)
    m.frm = c.who(md, L)
    m.to = [("Dr. Yusuf Karaman", f"ykaraman@{g[1]}")]
    she, her_o, her = _pro(p)
    m.subject = c.choice(["Update on our mutual patient", f"Home visit - {T.name(m, p, 'title_sur', r)}",
                          "Palliative home care update"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    m.text = (f"Dear Dr. Karaman,\n\nI saw {T.name(m, p, 'title_full', r)} (DOB {T.dob(m, p, rng=r)}) at home today. "
              f"As you know, {she} has {T.dx(m, p)}. Main issue this week: {T.sympt(m, p)}.\n\n"
              f"Changes made:\n - started {T.med(m, p.meds[0])}\n - continue {T.med(m, p.meds[1])}\n\n"
              f"Bloodwork from last week showed {T.lab(m, p.lab)}; after discussion with the family we will not repeat it. "
              f"Prognosis is likely short weeks. {T.cap(she)} wishes to die at home.\n\n"
              f"Kind regards,\n{C.signature(md, L, r)}\n")
    return m


# 3 ---------------------------------------------------------------------------
def oncall_handover(c):
    r = c.rng
    m = T.new("handover", L, True, "on-call handover list with patients and symptoms", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["On-call handover", "Weekend on-call summary", "Overnight calls - handover"])
    rows = []
    for i in range(c.choice([3, 4, 5])):
        p = c.pf.plain()
        rows.append([T.name(m, p, c.choice(["upper_comma", "initial", "sur_first", "title_sur"]), r),
                     p.addr["city"], T.dx(m, p, short=True), T.sympt(m, p),
                     c.choice(["phone advice", "home visit 01:30", f"gave {T.med(m, c.choice(C.MEDS))}",
                               "pump restarted", "MD on call notified"])])
    hdr = ["Patient", "Town", "Dx", "Issue", "Action"]
    m.text = (f"Hi all,\n\nHandover from on-call:\n\n{M.text_table(hdr, rows)}\n\n"
              f"Please follow up on the first two today.\n{st.given}\n")
    if c.chance(0.6):
        m.html = (f"<p>Hi all,</p><p>Handover from on-call:</p>{M.html_table(hdr, rows)}"
                  f"<p>Please follow up on the first two today.<br>{st.given}</p>")
        m.form = c.choice(["alt", "html"])
    return m


# 4 ---------------------------------------------------------------------------
def pharmacy_delivery(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("med_delivery", L, True, "pharmacy confirms delivery of medication and pump to a home", r)
    ph = C.PHARM[2]
    rn = c.staff("rn")
    m.frm = (f"{ph[0]} - Vanessa Cho", f"vcho@{ph[1]}")
    m.to = [c.who(rn, L)]
    pd = c.choice(C.PUMP_DRUGS)
    m.subject = c.choice(["Delivery confirmation", "RE: pump + cassette delivery", "Delivered - CADD cassette"])
    m.text = (f"Hi {rn.given},\n\nDelivered today at {c.choice(['11:40', '14:15', '16:05'])} to "
              f"{T.name(m, p, c.choice(['title_full', 'full']), r)}, {T.addr(m, p)}:\n"
              f"  - CADD cassette: {T.med(m, pd)}\n  - {T.med(m, p.meds[0])} x 30\n"
              f"Signed for by {p.carer[0]} ({p.carer[2]}). Spare cassette due {c.dstr(c.day(4), L)}.\n\n"
              f"Note: the family asked about cost; {T.social(m, C.SOCIAL[4])}. We billed the program account.\n\n"
              f"Vanessa Cho, pharmacist\n{ph[0]}\nTel {ph[2]} | Fax {ph[3]}\n")
    return m


# 5 ---------------------------------------------------------------------------
def hospice_request(c):
    r = c.rng
    p = c.pf.holder("old")
    m = T.new("hospice_admission", L, True, "request for hospice bed with pdf form", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [(f"{C.HOSPICE[0]} Admissions", f"admissions@{C.HOSPICE[1]}")]
    ident = T.id_block(m, p, r, ascii_only=True)
    lines = ident + [f"Address: {T.addr(m, p)}", f"Diagnosis: {T.dx(m, p)}", f"PPS: {p.pps}%",
                     f"Estimated prognosis: < 2 weeks", f"Reason for request: {T.social(m, p.social)}",
                     f"Meds: {'; '.join(T.meds(m, p))}"]
    fn = c.choice(["hospice_application.pdf", f"Application {p.surname} {p.given}.pdf", "admission_request.pdf"])
    m.atts.append(T.att(fn, "application/pdf", D.pdf("Hospice admission request", lines, compress=c.chance(0.5))))
    m.subject = c.choice(["Bed request", "Hospice admission request - urgent", "Application for admission"])
    m.text = (f"{T.greeting(L, r)}\n\nPlease consider the attached application. The family can no longer manage "
              f"at home and would accept the first available bed.\n\n{C.signature(st, L, r)}\n")
    return m


# 6 ---------------------------------------------------------------------------
def family_meeting_ics(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("family_meeting", L, True, "family meeting invitation with calendar file", r)
    sw, me = _me(c, "sw")
    m.frm = me
    m.to = [c.who(c.staff("md"), L), c.who(c.staff("rn"), L)]
    d = c.day(c.choice([1, 3, 5]))
    start = _dt.datetime(d.year, d.month, d.day, c.choice([9, 11, 15]), 30)
    nm = T.name(m, p, c.choice(["full", "title_full"]), r)
    desc = (f"Family meeting re {nm}, {T.dx(m, p, short=True)}. Topics: goals of care, MAID questions raised by "
            f"{p.carer[2]}, caregiver support ({T.social(m, p.social)}).")
    m.atts.append(T.att("meeting.ics", "text/calendar",
                        text=D.ics(f"{r.getrandbits(48):x}@{C.ORG_DOMAIN}", start, start + _dt.timedelta(minutes=60),
                                   f"Family meeting - {nm}", T.addr(m, p), desc, (sw.full, sw.addr()))))
    m.subject = c.choice(["Family meeting invite", f"Invitation: family meeting ({p.surname})"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    m.text = f"Hi,\n\nSending the invite for the home family meeting. Let me know if you can't make it.\n\n{sw.full}\n"
    return m


# 7 ---------------------------------------------------------------------------
def goals_of_care(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("goals_of_care", L, True, "goals of care documentation in docx", r)
    md = c.staff("md")
    m.frm = c.who(md, L)
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    paras = T.id_block(m, p, r) + [
        "## Discussion", f"Diagnosis: {T.dx(m, p)}. Patient and family understand the illness is not curable.",
        "Level of intervention: D (comfort only). No transfer to hospital except for uncontrolled symptoms.",
        f"Symptom plan: {', '.join(T.meds(m, p, 3))}.",
        f"Family context: {T.social(m, p.social)}.",
        "## Decisions", "Preferred place of death: home. Expected death at home form completed and left in the home."]
    m.atts.append(T.att(c.choice(["GOC_note.docx", f"Goals of care - {p.surname}.docx"]), DOCX,
                        D.docx("Goals of Care Conversation", paras, author=md.full)))
    m.subject = c.choice(["Goals of care note", "GOC conversation today", "Level of care form - documented"])
    m.text = f"Team,\n\nGOC note from today's visit attached for the chart.\n\n{C.signature(md, L, r, short=True)}\n"
    return m


# 8 ---------------------------------------------------------------------------
def bereavement_xlsx(c):
    r = c.rng
    m = T.new("bereavement", L, True, "bereavement follow-up spreadsheet of recent deaths", r)
    sw, me = _me(c, "sw")
    m.frm = me
    m.to = [c.who(c.staff("spir"), L), (f"{C.VOLUNTEERS[2][0]} {C.VOLUNTEERS[2][1]}", f"bereavement@{C.ORG_DOMAIN}")]
    rows = []
    for i in range(c.choice([4, 5, 6])):
        p = c.pf.plain()
        rows.append([T.name(m, p, "comma", r), c.day(-c.choice(range(10, 60))).isoformat(), T.dx(m, p, short=True),
                     f"{p.carer[0]} ({p.carer[2]})", T.tel(m, p),
                     c.choice(["high risk", "standard", "standard", "complicated grief hx"]),
                     c.choice(["1-month call", "card sent", "3-month call", "group invite"])])
    hdr = ["Deceased", "Date of death", "Dx", "Next of kin", "Phone", "Risk", "Next step"]
    m.atts.append(T.att(c.choice(["bereavement_followup.xlsx", "Bereavement list Q1.xlsx"]), XLSX,
                        D.xlsx([("Follow-up", hdr, rows)], author=sw.full)))
    m.subject = c.choice(["Bereavement follow-up list", "Bereavement calls this month"])
    m.text = (f"Hi,\n\nUpdated bereavement list attached. The ones flagged high risk need a call this week.\n\n"
              f"Thanks,\n{sw.given}\n")
    return m


# 9 ---------------------------------------------------------------------------
def volunteer_request(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("volunteer", L, True, "nurse asks volunteer coordinator for visits to a patient", r)
    st, me = _me(c, "rn")
    co = c.staff("vol")
    m.frm = me
    m.to = [c.who(co, L)]
    she, her_o, her = _pro(p)
    m.subject = c.choice(["Volunteer request", "Could we get a volunteer?", "Companion visits"])
    m.text = (f"Hi {co.given},\n\nCould you find a volunteer for {T.name(m, p, c.choice(['title_full', 'full', 'lower']), r)}? "
              f"{T.cap(she)} has {T.dx(m, p, short=True)} and {T.social(m, p.social)}. "
              f"{T.cap(her)} address is {T.addr(m, p)} (ring twice, {she} is slow to the door).\n"
              f"Best to call first: {T.tel(m, p)}. {T.cap(she)} speaks {c.choice(['English only', 'English and a little French', 'Polish and English'])}.\n\n"
              f"{T.sign_off(L, r)}\n{st.given}\n")
    return m


# 10 --------------------------------------------------------------------------
def critical_lab(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("lab_result", L, True, "critical laboratory value called to the nurse", r)
    m.frm = ("MRGH Core Lab", "corelab@mrgh.example")
    rn = c.staff("rn")
    m.to = [c.who(rn, L)]
    ref = T.mrn(m, p)
    m.subject = c.choice([f"CRITICAL VALUE - {ref}", "Critical result notification", f"Critical: {T.name(m, p, 'upper_comma', r)}"])
    if p.surname in m.subject:
        m.names.append(p.surname)
    m.text = (f"CRITICAL RESULT NOTIFICATION\n\nPatient: {T.name(m, p, 'upper_comma', r)}\n{ref}\n"
              f"Collected: {c.day(0).isoformat()} 07:42 (home draw)\n\n"
              f"Test/Result: {T.lab(m, p.lab)}   (CRITICAL)\n"
              f"Ordering: {C.STAFF['md'][0].title_en} {C.STAFF['md'][0].full}\n\n"
              f"Please acknowledge receipt by replying to this message.\nMRGH Core Laboratory | {C.HOSP['mrgh'][2]}\n")
    return m


# 11 --------------------------------------------------------------------------
def radiation_booking(c):
    r = c.rng
    p = c.pf.holder("adult")
    m = T.new("appointment", L, True, "booking palliative radiotherapy and transport", r)
    e = [x for x in C.EXT_STAFF if x[1] == "Pritchard"][0]
    frm = (f"{e[0]} {e[1]}", C.ext_addr(e))
    m.frm = frm
    rn = c.staff("rn")
    m.to = [c.who(rn, L)]
    d = c.day(c.choice([2, 4, 6]))
    m.subject = c.choice(["Palliative RT booked", "Radiation appointment + simulation", "RT 8 Gy x1 booked"])
    m.text = (f"Hi {rn.given},\n\nWe have booked a single fraction (8 Gy) for painful bone mets:\n\n" +
              "\n".join(T.id_block(m, p, r)) +
              f"\nDx: {T.dx(m, p)}\nAppointment: {c.dstr(d, L)} at 10:15, Radiation Oncology, level B2\n\n"
              f"Please pre-medicate with {T.med(m, c.choice(C.MEDS[:2]))} 30 min before transport. "
              f"Stretcher transport booked from {T.addr(m, p)}.\n\nThanks,\n{e[0]} {e[1]}\n")
    return m


# 12 --------------------------------------------------------------------------
def disability_claim(c):
    r = c.rng
    p = c.pf.plain(dob=C.random_dob(r, 38, 62))
    m = T.new("insurer_form", L, True, "long-term disability attending physician statement", r)
    md = c.staff("md")
    e = [x for x in C.EXT_STAFF if x[5] == C.INSURER[1]][0]
    m.frm = c.who(md, L)
    m.to = [(f"{e[0]} {e[1]}", C.ext_addr(e))]
    claim = f"LTD-{r.randint(2024000, 2024999)}"
    m.subject = c.choice([f"Claim {claim} - attending physician statement", "APS completed"])
    body = (f"Claimant: {T.name(m, p, 'upper_comma', r)}\nDate of birth: {T.dob(m, p, 'iso')}\n"
            f"SIN: {T.sin(m, r)}\nClaim: {claim}\n\nDiagnosis: {T.dx(m, p)}\n"
            f"Treatment: {', '.join(T.meds(m, p, 2))}\nPrognosis: terminal; unable to return to any occupation.\n")
    if c.chance(0.5):
        m.atts.append(T.att(f"APS_{claim}.pdf", "application/pdf",
                            D.pdf("Attending Physician Statement", body.split("\n"), compress=c.chance(0.5))))
        m.text = (f"Dear Ms. {e[1]},\n\nPlease find the completed statement attached for claim {claim}. "
                  f"Given the palliative context, we ask that the file be expedited.\n\n{C.signature(md, L, r)}\n\n{C.conf_notice(L)}\n")
    else:
        m.text = (f"Dear Ms. {e[1]},\n\nAs requested, the statement for claim {claim}:\n\n{body}\n"
                  f"{C.signature(md, L, r)}\n\n{C.conf_notice(L)}\n")
    return m


# 13 --------------------------------------------------------------------------
def snowbird(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("out_of_province", L, True, "Ontario resident receiving palliative care at relative's home", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [c.who(c.staff("mgr"), L)]
    m.subject = c.choice(["Out-of-province patient - OHIP", "Ontario health card - billing question"])
    m.text = (f"Hi,\n\nWe admitted {T.name(m, p, c.choice(['full', 'upper_comma']), r)} (DOB {T.dob(m, p, rng=r)}) yesterday. "
              f"Ontario health card {T.ohip(m, r)}. Staying with {p.carer[2]} at {T.addr(m, p)}.\n"
              f"Referral dx: {T.dx(m, p)}.\n\nDo we bill OHIP through the reciprocal agreement or does the patient "
              f"pay and get reimbursed? {T.cap(T.social(m, C.SOCIAL[4]))} so up-front payment is not an option.\n\n"
              f"{C.signature(st, L, r)}\n")
    return m


# 14 --------------------------------------------------------------------------
def med_rec(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("prescription", L, True, "medication reconciliation sent to community pharmacy", r)
    md = c.staff("md")
    ph = C.PHARM[2]
    m.frm = c.who(md, L)
    m.to = [(ph[0], f"rx@{ph[1]}")]
    m.subject = c.choice(["Updated med list", "Med reconciliation - please update profile", "New orders"])
    ident = T.id_inline(m, p, r)
    meds = T.meds(m, p)
    m.text = (f"Hello,\n\nUpdated medication list for {ident}\n\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(meds)) +
              f"\n\nDISCONTINUE: atorvastatin, metformin, ramipril (comfort care, {T.dx(m, p, short=True)}).\n"
              f"Please blister-pack and deliver to {T.addr(m, p)}.\n\n{C.signature(md, L, r)}\n")
    return m


# 15 --------------------------------------------------------------------------
def family_forward(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("forward", L, True, "forwarded e-mail from a relative describing symptoms", r)
    st, me = _me(c, "rn")
    md = c.staff("md")
    m.frm = me
    m.to = [c.who(md, L)]
    fam = T.family_addr(p)
    when = T.when_str(L, c.now - _dt.timedelta(hours=c.choice([2, 7, 11])))
    osub = c.choice(["Mom" if p.sex == "F" else "Dad", "Question about " + ("Mom" if p.sex == "F" else "Dad") + "'s meds",
                     "last night", "worried"])
    m.subject = f"Fwd: {osub}"
    she, _, her = _pro(p)
    nm = T.name(m, p, c.choice(["given", "full"]), r)
    if nm == p.given:
        m.names.append(p.surname)
    orig = (f"Hi {st.given},\n\n{nm} was very confused last night, didn't know where {she} was and tried to get out of bed. "
            f"We gave the {T.med(m, C.MEDS[6])} at 3am like you showed us. {T.cap(she)} also has {T.sympt(m, p)}.\n"
            f"Is this the {T.dx(m, p, short=True)} getting worse? Should we call someone at night?\n\n"
            f"{fam[0]}\n{p.carer[3]}")
    m.text = (f"FYI - see below. I'll visit this afternoon; might need scheduled haloperidol.\n\n{st.given}\n\n" +
              T.fwd_header(L, f"{fam[0]} <{fam[1]}>", me[1], when, osub) + "\n\n" +
              (orig if nm != p.given else orig.replace(f"{fam[0]}\n", f"{fam[0]} ({p.name('full', L)}'s {p.carer[2]})\n")) + "\n")
    return m


# 16 --------------------------------------------------------------------------
def reply_quoted(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("reply", L, True, "short reply; patient details only in quoted text", r)
    md = c.staff("md")
    rn = c.staff("rn")
    m.frm = c.who(md, L)
    m.to = [c.who(rn, L)]
    subj = c.choice(["question re: dexamethasone", "Can you call me?", "Bowel regimen"])
    m.subject = f"Re: {subj}"
    m.in_reply_to = f"<{r.getrandbits(56):x}@{C.ORG_DOMAIN}>"
    orig = (f"Hi Dr. {md.surname},\n\n{T.name(m, p, c.choice(['title_sur', 'full', 'initial']), r)} "
            f"({T.dx(m, p, short=True)}) - {T.sympt(m, p)}. Currently on {T.med(m, p.meds[0])}. "
            f"Last labs {T.lab(m, p.lab)}.\nOK to increase, or would you rather see {'her' if p.sex == 'F' else 'him'} first?\n\n{rn.given}")
    when = T.when_str(L, c.now - _dt.timedelta(hours=1))
    m.text = (f"{c.choice(['Yes, go ahead. I will co-sign.', 'Agree, increase by 25%.', 'Let me see first - booking tomorrow 9am.'])}\n\n"
              f"{md.surname}\n\nOn {when}, {rn.full} <{rn.addr()}> wrote:\n" + T.quote(orig) + "\n")
    return m


# 17 --------------------------------------------------------------------------
def wound_consult(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("wound_care", L, True, "wound care consultation request", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("Wound care nurse (ET)", f"woundcare@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Wound consult request", "Sacral wound - advice please"])
    m.text = (f"Hello,\n\nRequesting a wound consult for {T.name(m, p, 'upper_comma', r)}, {T.mrn(m, p)}.\n"
              f"{T.cap(T.sympt(m, p))}; {T.dx(m, p, short=True)}, albumin low ({T.lab(m, C.LABS[5])}).\n"
              f"Current dressing: Mepilex border q3 days. Goal is comfort and odour control.\n\n{st.full}\n")
    return m


# 18 --------------------------------------------------------------------------
def subject_only(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("quick_note", L, True, "patient named only in the subject line", r)
    st, me = _me(c, "rn")
    md = c.staff("md")
    m.frm = me
    m.to = [c.who(md, L)]
    m.subject = c.choice([f"{T.name(m, p, 'sur_first', r)} - dyspnea", f"re: {T.name(m, p, 'lower', r)}",
                          f"{T.name(m, p, 'upper_comma', r)}"])
    m.text = (f"{T.cap(T.sympt(m, p))}. Using {T.med(m, C.MEDS[1])} x4 since midnight.\n"
              f"Can we start {T.med(m, C.MEDS[10])}? Family agrees.\n\n{st.given}\n")
    return m


# 19 --------------------------------------------------------------------------
def spiritual_referral(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("spiritual_care", L, True, "referral to spiritual care with diagnosis and family situation", r)
    sw, me = _me(c, "sw")
    sp = c.staff("spir")
    m.frm = me
    m.to = [c.who(sp, L)]
    she, _, her = _pro(p)
    m.subject = c.choice(["Spiritual care referral", "Request for a visit"])
    m.text = (f"Hi {sp.given},\n\nWould you be able to visit {T.name(m, p, 'title_full', r)} at home this week? "
              f"{T.cap(she)} has {T.dx(m, p)} and is asking for {c.choice(['the sacrament of the sick', 'a rabbi', 'someone to pray with', 'help writing letters to the grandchildren'])}. "
              f"Note: {T.social(m, p.social)}.\nAddress {T.addr(m, p)}; {p.carer[2]} {p.carer[0]} at {p.carer[3]}.\n\n"
              f"{C.signature(sw, L, r)}\n")
    return m


# 20 --------------------------------------------------------------------------
def maid_assessment(c):
    r = c.rng
    p = c.pf.holder("adult")
    m = T.new("maid", L, True, "scheduling a MAID assessment at home", r)
    st, me = _me(c, "mgr")
    m.frm = me
    md = c.staff("md")
    m.to = [c.who(md, L)]
    m.subject = c.choice(["MAID request - assessment needed", "Second MAID assessor"])
    m.text = (f"Dear {md.title_en} {md.surname},\n\nA formal MAID request was signed yesterday by:\n" +
              "\n".join(T.id_block(m, p, r)) +
              f"\nDx: {T.dx(m, p)}\nAddress: {T.addr(m, p)}\n\nCould you act as the second assessor this week? "
              f"The patient is on {T.med(m, p.meds[0])} and remains capable for now.\n\n{C.signature(st, L, r)}\n")
    return m


# 21 --------------------------------------------------------------------------
def census_xlsx(c):
    r = c.rng
    m = T.new("census", L, True, "weekly caseload spreadsheet with identifiers", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("PHC Team", f"phc-team@{C.ORG_DOMAIN}")]
    rows = []
    for i in range(c.choice([5, 6, 7])):
        p = c.pf.holder() if i < 3 else c.pf.plain()
        T.name(m, p, "full", r)
        rows.append([p.surname, p.given, T.dob(m, p, "iso"), p.sex,
                     T.nam(m, p, r) if p.holder else "", T.dx(m, p, short=True), p.pps,
                     c.choice(C.STAFF["rn"]).full, c.choice(["Mon/Thu", "Tue/Fri", "daily", "Wed"])])
    hdr = ["Surname", "Given name", "DOB", "Sex", "RAMQ", "Dx", "PPS", "Nurse", "Visits"]
    m.atts.append(T.att(c.choice(["caseload.xlsx", f"Caseload week {c.day(0).isocalendar()[1]}.xlsx"]), XLSX,
                        D.xlsx([("Caseload", hdr, rows)], author=st.full)))
    m.subject = c.choice(["Caseload for rounds", "Weekly caseload", "Rounds list"])
    m.text = f"Hi everyone,\n\nCaseload for Thursday rounds attached. Please do not print.\n\n{st.given}\n"
    return m


# 22 --------------------------------------------------------------------------
def visit_ics_vcard(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("visit_booking", L, True, "home visit booking with calendar and contact card", r)
    st, me = _me(c, "adm")
    rn = c.staff("rn")
    m.frm = me
    m.to = [c.who(rn, L)]
    d = c.day(1)
    start = _dt.datetime(d.year, d.month, d.day, c.choice([8, 10, 13]), 0)
    nm = T.name(m, p, "full", r)
    m.atts.append(T.att("visit.ics", "text/calendar", text=D.ics(
        f"v{r.getrandbits(40):x}@{C.ORG_DOMAIN}", start, start + _dt.timedelta(minutes=45),
        f"Home visit: {nm} (subcut site change)", T.addr(m, p), f"{T.dx(m, p, short=True)}; {T.med(m, c.choice(C.PUMP_DRUGS))}")))
    m.atts.append(T.att(f"{p.surname}.vcf", "text/x-vcard", text=D.vcard(
        nm, f"{p.surname};{p.given};;;", tel=[("HOME", T.tel(m, p))], adr=(p.addr["street"], p.addr["city"], p.addr["postal"]))))
    m.subject = c.choice(["Added visit tomorrow", "New visit booked"])
    m.text = f"Hi {rn.given},\n\nAdded to your route tomorrow; invite and contact attached.\n\n{st.full}\n"
    return m


# 23 --------------------------------------------------------------------------
def zip_package(c):
    r = c.rng
    p = c.pf.holder()
    m = T.new("transfer_package", L, True, "zip package of documents for hospital readmission", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("MRGH Palliative Care Unit", "pcu@mrgh.example")]
    paras = T.id_block(m, p, r) + [f"Diagnosis: {T.dx(m, p)}", f"Reason for transfer: {T.sympt(m, p)}",
                                   f"Latest labs: {T.lab(m, p.lab)}"]
    meds = T.meds(m, p)
    members = [("transfer_note.docx", D.docx("Nursing transfer note", paras, author=st.full)),
               ("MAR.csv", D.csv_text(["Medication", "Last dose"], [[x, "08:00"] for x in meds]).encode("utf-8"))]
    m.atts.append(T.att(c.choice(["transfer_docs.zip", f"{p.surname}_transfer.zip"]), "application/zip", D.make_zip(members)))
    m.subject = c.choice(["Transfer to PCU today", "Documents for admission"])
    m.text = f"Hello,\n\nPatient leaving home by ambulance ~14:00. Documents zipped.\n\n{C.signature(st, L, r)}\n"
    return m


# 24 --------------------------------------------------------------------------
def attached_eml(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("forward_attached", L, True, "complaint thread forwarded as attached message", r)
    st, me = _me(c, "mgr")
    inner = T.new("inner", L, True, "", r)
    fam = T.family_addr(p)
    inner.frm = fam
    inner.to = [("Palliative Home Care", f"info@{C.ORG_DOMAIN}")]
    inner.subject = c.choice(["Complaint about my father's care", "Nobody came on Sunday"])
    inner.text = (f"To whom it may concern,\n\nMy {'mother' if p.sex == 'F' else 'father'}, {T.name(m, p, 'full', r)}, "
                  f"is dying of {T.dx(m, p)}. On Sunday the pump alarmed and no nurse came for 5 hours. "
                  f"{T.cap('she' if p.sex == 'F' else 'he')} was in terrible pain ({T.sympt(m, p)}).\n"
                  f"We live at {T.addr(m, p)}. I expect a call.\n\n{fam[0]}\n{p.carer[3]}\n")
    inner.date = c.now - _dt.timedelta(days=2)
    inner.msgid = f"<{r.getrandbits(64):x}@{fam[1].split('@')[1]}>"
    m.atts.append(T.att("complaint.eml", "message/rfc822", inner=inner))
    m.frm = me
    m.to = [("Quality & Complaints Commissioner", "plaintes@ciusss-hrv.example")]
    m.subject = "FW: family complaint"
    m.text = f"Hello,\n\nForwarding the family's complaint (attached) for your file. I called them back today.\n\n{C.signature(st, L, r)}\n"
    return m


# 25 --------------------------------------------------------------------------
def pediatric(c):
    r = c.rng
    p = c.pf.holder("child")
    m = T.new("pediatric", L, True, "pediatric palliative home care update", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [("Children's Palliative Care Team (fictional)", "pact@childrens-hosp.example")]
    m.subject = c.choice(["Weekly update - home", "Home update + seizure plan"])
    m.text = (f"Hi team,\n\nUpdate on:\n" + "\n".join(T.id_block(m, p, r)) +
              f"\n\nDx: {T.dx(m, p)}\nThis week: {T.sympt(m, p)}.\nMeds: {'; '.join(T.meds(m, p, 2))}\n"
              f"Family: {T.social(m, p.social)}. Mom ({p.carer[0]}) can be reached at {T.tel(m, p)}.\n\n"
              f"{C.signature(st, L, r)}\n")
    return m


# 26 --------------------------------------------------------------------------
def belgian_tourist(c):
    r = c.rng
    p = c.pf.plain(kind="be")
    m = T.new("repatriation", L, True, "repatriation assistance for a Belgian patient", r)
    md = c.staff("md")
    m.frm = c.who(md, L)
    m.to = [("EuroAssist Medical Desk (fictional)", "medical@euroassist.example")]
    m.subject = c.choice(["Fit-to-fly assessment", "Repatriation request - palliative patient"])
    m.text = (f"Dear colleagues,\n\nRe your file for {T.name(m, p, 'upper_comma', r)}, born {T.dob(m, p, 'en_long')}, "
              f"national number {T.niss(m, p, r)}.\n\nDiagnosis: {T.dx(m, p)}. Current: {T.sympt(m, p)}; "
              f"{', '.join(T.meds(m, p, 2))}. Oxygen 2 L/min.\nIn my opinion the patient can fly with a medical escort "
              f"within the next 7 days; beyond that the risk increases.\n\n{C.signature(md, L, r)}\n")
    return m


# 27 --------------------------------------------------------------------------
def death_notice_gp(c):
    r = c.rng
    p = c.pf.holder("old")
    m = T.new("death_notification", L, True, "notification of expected death at home to the family physician", r)
    md = c.staff("md")
    g = c.choice(C.GMF)
    m.frm = c.who(md, L)
    m.to = [(f"{g[0]} reception", f"reception@{g[1]}")]
    dd = c.day(-1)
    m.subject = c.choice(["Death of a patient", "Notification of death", "Patient deceased at home"])
    m.text = (f"Hello,\n\nFor your records, the following patient died at home on {c.dstr(dd, L)} at "
              f"{c.choice(['03:20', '17:45', '22:10'])}, pronounced by me:\n\n" + "\n".join(T.id_block(m, p, r)) +
              f"\nCause: {T.dx(m, p)}\n\nDeath certificate (SP-3) completed. Family supported by our team; "
              f"bereavement follow-up offered.\n\n{C.signature(md, L, r)}\n")
    return m


# 28 --------------------------------------------------------------------------
def oxygen_order(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("equipment", L, True, "home oxygen order with address and diagnosis", r)
    md = c.staff("md")
    m.frm = c.who(md, L)
    m.to = [(C.OXY_CO[0], f"orders@{C.OXY_CO[1]}")]
    m.subject = c.choice(["Home O2 order", "Oxygen - new set-up today"])
    m.text = (f"Please set up home oxygen for:\n\n{T.name(m, p, 'upper_comma', r)}\n{T.addr(m, p)}\nTel {T.tel(m, p)}\n\n"
              f"Dx: {T.dx(m, p)}\nSpO2 {c.choice([84, 85, 86, 87])}% RA at rest\nRx: O2 2-4 L/min by nasal cannula, "
              f"continuous; concentrator + 4 portable cylinders.\nPalliative - no ABG required.\n\n{C.signature(md, L, r)}\n")
    return m


# 29 --------------------------------------------------------------------------
def caregiver_burnout(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("social_work", L, True, "caregiver burnout and respite request", r)
    sw, me = _me(c, "sw")
    m.frm = me
    m.to = [c.who(c.staff("mgr"), L)]
    m.subject = c.choice(["Respite request - urgent", "Caregiver at breaking point"])
    she, _, her = _pro(p)
    m.text = (f"Hi,\n\nUrgent respite request for the family of {T.name(m, p, c.choice(['full', 'title_full', 'upper_comma']), r)} "
              f"({T.dx(m, p, short=True)}). {T.cap(T.social(m, C.SOCIAL[2]))}; also {T.social(m, p.social)}.\n"
              f"The {p.carer[2]} told me yesterday {('she' if p.carer[2] not in ('son', 'husband') else 'he')} has not slept more than 3 hours in a week "
              f"and has stopped eating properly. I'm asking for 5 nights of respite at "
              f"{C.HOSPICE[0]} or 40 h/week of home support.\n\n{C.signature(sw, L, r)}\n")
    return m


# 30 --------------------------------------------------------------------------
def mrn_only(c):
    r = c.rng
    p = c.pf.plain()
    m = T.new("imaging", L, True, "imaging result with chart number only", r)
    m.frm = ("MRGH Diagnostic Imaging", "imaging@mrgh.example")
    md = c.staff("md")
    m.to = [c.who(md, L)]
    ref = T.mrn(m, p)
    m.subject = f"Report available - {ref}"
    T.dx(m, p)
    m.text = (f"A new report is available for {ref}.\n\nCT chest/abdomen: interval progression, new liver lesions "
              f"up to 4.2 cm, moderate right pleural effusion. Findings in keeping with progression of known "
              f"{p.dxs(L, short=True)}.\n\nThis is an automated message. Do not reply.\n")
    return m


TEMPLATES = [
    (referral, 4), (gp_update, 3), (oncall_handover, 2), (pharmacy_delivery, 2), (hospice_request, 2),
    (family_meeting_ics, 2), (goals_of_care, 2), (bereavement_xlsx, 2), (volunteer_request, 2), (critical_lab, 2),
    (radiation_booking, 2), (disability_claim, 2), (snowbird, 2), (med_rec, 2), (family_forward, 2),
    (reply_quoted, 3), (wound_consult, 2), (subject_only, 2), (spiritual_referral, 2), (maid_assessment, 2),
    (census_xlsx, 1), (visit_ics_vcard, 2), (zip_package, 1), (attached_eml, 2), (pediatric, 2),
    (belgian_tourist, 1), (death_notice_gp, 2), (oxygen_order, 2), (caregiver_burnout, 2), (mrn_only, 1),
]
