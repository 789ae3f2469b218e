"""Confidential messages, English (spiritual care, ethics, complaints commissioner)."""
import datetime
from types import SimpleNamespace

import gen_clin as K
import gen_common as C
from gen_build import Draft
from gen_tpl import (pair, sign, hello, thanks, room, reply_prefix, quote_header, outlook_fwd,
                     letterhead, file_no, fdate, ext_pair)

L = "en"


def pe_referral_icu(ctx):
    d = Draft(ctx, L, True, "referral", "spiritual care referral from ICU")
    r = d.rng
    rn = ctx.staff(L, "pal")
    ch = ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(25, 92))
    bed = "ICU bed %d" % r.randrange(1, 19)
    d.frm = pair(rn)
    d.to = [pair(ch)] if r.random() < 0.6 else [("Spiritual Care On-Call", "spiritualcare.oncall@" + C.DOM)]
    nm = d.name(p, r.choice(["title", "full", "caps_first"]))
    d.subject = r.choice(["Spiritual care referral - %s" % bed, "Chaplain request ICU", "Referral: %s" % nm])
    d.body = [("p", hello(d, ch if len(d.to) == 1 and d.to[0][1] == ch.email else None)),
              ("p", "Could someone come see %s (%s), %s? %s." % (nm, d.mrn(p), bed, r.choice(K.SPIRIT_EN).capitalize())),
              ("p", "Background: %s. Latest: %s, %s. Currently on %s." % (
                  d.dx(r.choice(K.DX_EN)), d.lab(r.choice(K.LAB_EN)), d.lab(r.choice(K.LAB_EN)),
                  d.med(r.choice(K.MED_EN)))),
              ("p", r.choice(["Family meeting with Dr. at 15:00, they would like you there.",
                              "Withdrawal of life support is being discussed for tomorrow morning.",
                              "Wife is at the bedside and very distressed."])),
              ("p", thanks(d)), sign(d, rn)]
    return d


def pe_handover(ctx):
    d = Draft(ctx, L, True, "handover", "chaplain on-call handover list")
    r = d.rng
    a, b = ctx.staff(L, "ssp"), ctx.staff(L, "ssp")
    lines = []
    for _ in range(r.randrange(3, 7)):
        p = ctx.patient(L, age_range=(30, 98))
        style = r.choice(["lower", "lower_sur_first", "sur_first", "initial", "title_sur"])
        nm = d.name(p, style)
        item = r.choice([
            lambda: "%s - %s, family gathering, may die tonight" % (room(d), d.dx(r.choice(K.PAL_EN))),
            lambda: "%s - asked for communion, on %s" % (room(d), d.med(r.choice(K.MED_EN))),
            lambda: "%s - %s; %s" % (room(d), d.dx(r.choice(K.DX_EN)), d.social(r.choice(K.SOCIAL_EN))),
            lambda: "%s - %s, wants to talk about forgiveness" % (room(d), d.dx(r.choice(K.PAL_EN))),
        ])()
        lines.append("* %s %s" % (nm, item))
    d.frm, d.to = pair(a), [pair(b)]
    d.subject = r.choice(["handover", "On-call handover %s" % fdate(d, d.when, "iso"), "tonight"])
    d.body = [("p", hello(d, b)), ("p", "Here's what's open for tonight:"), ("pre", "\n".join(lines)),
              ("p", r.choice(["Pager is charged.", "Nothing else pending on 5 South.", "Call me if anything."])),
              ("p", a.given)]
    return d


def pe_ethics_note(ctx):
    d = Draft(ctx, L, True, "ethics_consult", "ethics consultation summary (DOCX)")
    r = d.rng
    eth = ctx.staff(L, "eth")
    md = ctx.staff(L, "pal", dr=True)
    if r.random() < 0.65:
        p = ctx.holder_patient(L, min_age=18)
        ident = d.identity(p)
    elif r.random() < 0.5:
        p = ctx.patient(L, age_range=(25, 90))
        ident = [("p", "Patient: %s   DOB: %s   %s" % (d.name(p, "caps_first"), d.dob(p), d.mrn(p)))]
    else:
        p = ctx.patient(L, age_range=(25, 90))
        ident = [("p", "Patient: %s (transferred from Ottawa)\nOntario health number: %s\nDOB: %s" % (
            d.name(p, "full"), d.ohip(), d.dob(p)))]
    q = r.choice(K.ETHICS_Q_EN)
    blocks = [("h", "Patient")] + ident + [
        ("h", "Consult question"), ("p", q),
        ("h", "Clinical summary"),
        ("p", "%s. Relevant results: %s; %s. Medications: %s, %s." % (
            d.dx(r.choice(K.DX_EN)).capitalize(), d.lab(r.choice(K.LAB_EN)), d.lab(r.choice(K.LAB_EN)),
            d.med(r.choice(K.MED_EN)), d.med(r.choice(K.MED_EN)))),
        ("h", "Discussion"),
        ("p", "Met with the patient's daughter and the attending team. The patient had previously expressed, "
              "in front of two witnesses, that she would not want prolonged mechanical ventilation."),
        ("h", "Recommendations"),
        ("p", "1. Capacity assessment by psychiatry.\n2. Family meeting within 48 h with spiritual care present.\n"
              "3. Document values history in the chart.")]
    d.attach_docx(r.choice(["Ethics consult note.docx", "ethics_consult_%s.docx" % fdate(d, d.when, "iso")]),
                  "Clinical Ethics Consultation - Summary", blocks, eth.full)
    d.frm, d.to = pair(eth), [pair(md)]
    if r.random() < 0.5:
        d.cc = [pair(ctx.staff(L, "ssp"))]
    d.subject = r.choice(["Ethics consult summary", "Consult note attached", "Ethics consultation - summary and recommendations"])
    d.body = [("p", hello(d, md)), ("p", "Please find the consult summary attached. I will add it to the chart today."),
              ("p", thanks(d)), sign(d, eth)]
    return d


def pe_ontario(ctx):
    d = Draft(ctx, L, True, "transfer_complaint", "complaint about an Ontario resident's transfer (OHIP)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    sw = ctx.staff(L, "ts")
    p = ctx.patient(L, age_range=(20, 88))
    d.frm, d.to = pair(sw), [pair(cp)]
    d.subject = r.choice(["Ontario patient - transfer complaint", "Complaint re: repatriation to Ottawa"])
    d.body = [("p", hello(d, cp)),
              ("p", "The family of %s (Ontario health card %s, DOB %s) is unhappy that the repatriation to Ontario "
                    "has been delayed 11 days." % (d.name(p, r.choice(["title", "full"])), d.ohip(), d.dob(p))),
              ("p", "Admitted here for %s; now stable on %s." % (d.dx(r.choice(K.DX_EN)), d.med(r.choice(K.MED_EN)))),
              ("p", "They would like to file a formal complaint. Can you call the son? He's in the room most afternoons."),
              ("p", thanks(d)), sign(d, sw)]
    return d


def pe_complaint_ack(ctx):
    d = Draft(ctx, L, True, "complaint_ack", "complaint acknowledgement letter (PDF)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    agent = ctx.staff(L, "cpq")
    p = ctx.patient(L, age_range=(25, 90))
    no = file_no(d, "CPQS")
    nm = d.name(p, "title")
    adr_line = d.street(p)
    letter = [("p", "%s\n%s\n%s, Quebec  %s" % (nm, adr_line, p.town, p.postal)),
              ("p", "Re: Acknowledgement of complaint - file %s" % no),
              ("p", "Dear %s %s," % ("Ms." if p.sex == "F" else "Mr.", p.sur)),
              ("p", "We acknowledge receipt of your complaint regarding the care you received during your stay "
                    "for %s (%s). The matter under review is: %s." % (
                  d.dx(r.choice(K.DX_EN)), d.mrn(p), r.choice(K.COMPLAINT_EN))),
              ("p", "You will receive our conclusions within 45 days. You may be assisted by the regional complaints "
                    "assistance centre at no cost."),
              ("p", "Sincerely,\n\n%s\n%s" % (cp.full, cp.role))]
    fn = r.choice(["acknowledgement_%s.pdf" % no, "Ack letter %s.pdf" % p.sur])
    if fn.startswith("Ack"):
        d.name(p, "sur")
    d.attach_pdf(fn, "Acknowledgement of Complaint", letter, letterhead(d, cp, "cpq"), cp.full)
    d.frm, d.to = pair(agent), [pair(cp)]
    d.subject = "For signature - acknowledgement %s" % no
    d.body = [("p", hello(d, cp)), ("p", "Letter ready for your signature. I confirmed the mailing address by phone (%s)." % d.tel(p)),
              sign(d, agent)]
    return d


def pe_reply_quoted(ctx):
    d = Draft(ctx, L, True, "reply", "reply quoting the commissioner's request about a patient")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    hn = ctx.staff(L, "pal")
    hn.role = "Head Nurse, 5 South"
    p = ctx.patient(L, age_range=(40, 96))
    prev = d.when - datetime.timedelta(days=1, hours=r.randrange(1, 6))
    quoted = [("p", quote_header(d, cp, prev)),
              ("p", hello(d, hn)),
              ("p", "I have received a complaint concerning %s (%s), admitted on your unit on %s." % (
                  d.name(p, r.choice(["title", "caps_first", "full"])), d.mrn(p),
                  fdate(d, prev - datetime.timedelta(days=9), "short"))),
              ("p", "The daughter alleges that her %s's %s was not given for two nights and that the call bell was "
                    "left out of reach." % ("mother" if p.sex == "F" else "father", d.med(r.choice(K.MED_EN)))),
              ("p", "Could you send me your version of the events by Friday?"), sign(d, cp)]
    d.frm, d.to = pair(hn), [pair(cp)]
    d.subject = reply_prefix(d) + "Complaint - 5 South"
    d.body = [("p", hello(d, cp)),
              ("p", r.choice(["I checked the MAR: the %s doses were charted as refused by the patient. ",
                              "You're right, two doses of %s were missed; an incident report was filed. "]) %
               d.med(r.choice(["hydromorphone", "Dilaudid", "morphine", "lorazepam"])) +
               "%s was also %s at the time." % ("She" if p.sex == "F" else "He",
                                                d.dx(r.choice(["delirious", "in acute withdrawal", "septic",
                                                               "hypoactive delirium"])))),
              ("p", thanks(d)), sign(d, hn), ("quote", quoted)]
    d.reply_to_id = "<%012x.q@%s>" % (r.getrandbits(48), C.DOM)
    return d


def pe_family_meeting(ctx):
    d = Draft(ctx, L, True, "family_meeting", "family meeting invitation (ICS)")
    r = d.rng
    eth = ctx.staff(L, "eth")
    att = [ctx.staff(L, s) for s in ("pal", "ssp", "ts")]
    p = ctx.patient(L, age_range=(40, 96))
    nm = d.name(p, r.choice(["title", "full", "caps_first"]))
    start = (d.when + datetime.timedelta(days=r.randrange(1, 4))).replace(hour=r.choice([9, 11, 14, 16]), minute=30, second=0)
    desc = "Goals-of-care meeting for %s (%s). %s. Question of transition to comfort care. Interpreter (Arabic) booked." % (
        nm, d.mrn(p), d.dx(r.choice(K.PAL_EN)).capitalize())
    d.attach_ics("meeting.ics", uid="%08x@%s" % (r.getrandbits(32), C.DOM), start=start,
                 end=start + datetime.timedelta(minutes=60), summary="Family meeting - %s" % nm,
                 description=desc, location="Family room, %s" % r.choice(K.UNITS_EN),
                 organizer=(eth.full, eth.email), attendees=[(a.full, a.email) for a in att])
    d.frm, d.to = pair(eth), [pair(a) for a in att]
    d.subject = "Invitation: family meeting %s" % fdate(d, start, "short")
    d.body = [("p", hello(d)), ("p", "Invitation attached. Please accept so I can confirm the room."), sign(d, eth)]
    return d


def pe_bereavement(ctx):
    d = Draft(ctx, L, True, "bereavement", "bereavement follow-up list (XLSX)")
    r = d.rng
    coord = ctx.staff(L, "ssp")
    vols = [ctx.staff(L, "ssp") for _ in range(2)]
    head = ["Deceased", "Date of death", "Cause", "Next of kin", "Call at 1 month"]
    rows = []
    for _ in range(r.randrange(4, 9)):
        p = ctx.patient(L, age_range=(45, 99))
        dod = d.when - datetime.timedelta(days=r.randrange(20, 40))
        rows.append([d.name(p, r.choice(["caps_first", "sur_first", "full"])), fdate(d, dod, "iso"),
                     d.dx(r.choice(K.PAL_EN)), r.choice(["wife", "husband", "daughter", "son", "niece"]),
                     r.choice(["done", "left message", "", "to do"])])
    d.attach_xlsx(r.choice(["bereavement_followup.xlsx", "Bereavement calls %s.xlsx" % MONTH(d)]),
                  [("Calls", [head] + rows)], coord.full)
    d.frm, d.to = pair(coord), [pair(v) for v in vols]
    d.subject = r.choice(["Bereavement calls - this month", "Updated bereavement list"])
    d.body = [("p", hello(d)), ("p", "Updated list attached. Please log your calls in the sheet before the 30th."),
              sign(d, coord)]
    return d


def MONTH(d):
    return C.MONTHS[d.when.month - 1]


def pe_maid(ctx):
    d = Draft(ctx, L, True, "maid_support", "spiritual support request before MAID")
    r = d.rng
    rn = ctx.staff(L, "pal")
    ch = ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(45, 95))
    day = d.when + datetime.timedelta(days=r.randrange(2, 10))
    d.frm, d.to = pair(rn), [pair(ch)]
    d.subject = r.choice(["MAID %s - chaplain presence" % fdate(d, day, "short"), "Request for MAID support"])
    d.body = [("p", hello(d, ch)),
              ("p", "%s is scheduled for MAID on %s at %d:00 in room %s. Diagnosis: %s." % (
                  d.name(p, r.choice(["title", "full"])), fdate(d, day, "long"), r.choice([10, 13, 15]), room(d),
                  d.dx(r.choice(["ALS", "metastatic pancreatic cancer", "end-stage COPD", "recurrent glioblastoma"])))),
              ("p", "%s asked for %s. %s" % ("She" if p.sex == "F" else "He",
                                              r.choice(["a short blessing", "a reading of Psalm 23", "silence and candles (LED only)",
                                                        "someone to sit with the family afterward"]),
                                              "Current comfort meds: %s." % d.med(r.choice(K.MED_EN)))),
              ("p", thanks(d)), sign(d, rn)]
    return d


def pe_subject_only(ctx):
    d = Draft(ctx, L, True, "note", "name only in the subject, clinical details in body")
    r = d.rng
    a, b = ctx.staff(L, "ssp"), ctx.staff(L, "pal")
    p = ctx.patient(L, age_range=(30, 95))
    d.frm, d.to = pair(a), [pair(b)]
    d.subject = reply_prefix(d) + "%s - %s" % (d.name(p, r.choice(["title", "title_sur", "caps"])), r.choice(K.UNITS_EN))
    d.body = [("p", "Visited this morning."),
              ("p", "Very frightened about the %s, asked whether God is punishing %s. Nurse mentioned %s." % (
                  d.dx(r.choice(K.DX_EN)), "her" if p.sex == "F" else "him", d.lab(r.choice(K.LAB_EN)))),
              ("p", "Will come back Thursday."), ("p", a.given)]
    return d


def pe_csv_census(ctx):
    d = Draft(ctx, L, True, "census", "palliative unit census (CSV)")
    r = d.rng
    coord = ctx.staff(L, "pal")
    chs = [ctx.staff(L, "ssp") for _ in range(2)]
    rows = [["room", "patient", "mrn", "dx", "faith/need", "level of care"]]
    for _ in range(r.randrange(5, 10)):
        p = ctx.patient(L, age_range=(40, 98))
        rows.append([room(d), d.name(p, r.choice(["caps_first", "sur_first"])), d.mrn(p, label=False),
                     d.dx(r.choice(K.PAL_EN)), r.choice(K.SPIRIT_EN), r.choice(["C", "D", "B", "comfort"])])
    d.attach_csv("census_3B_%s.csv" % fdate(d, d.when, "iso"), rows)
    d.frm, d.to = pair(coord), [pair(c) for c in chs]
    d.subject = "3B census %s" % fdate(d, d.when, "short")
    d.body = [("p", hello(d)), ("p", "Today's census for rounds."), sign(d, coord)]
    return d


def pe_attached_eml(ctx):
    d = Draft(ctx, L, True, "forward_attached", "patient complaint forwarded as attached message")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    dir_ = ctx.staff(L, "pal")
    dir_.role = "Director, Nursing"
    p = ctx.patient(L, age_range=(25, 85))
    inner = d.sub()
    inner.frm = ext_pair(p.given, p.sur, "mailbox.example")
    d.name(p, "full")
    inner.to = [("Complaints", "complaints@" + C.DOM)]
    inner.subject = r.choice(["Complaint about my stay", "formal complaint", "What happened to me on 4 North"])
    inner.body = [("p", "To whom it may concern,"),
                  ("p", "I was admitted on %s for %s. I asked three times for a chaplain and for my %s on time and was ignored." % (
                      fdate(inner, inner.when - datetime.timedelta(days=15), "long"), inner.dx(r.choice(K.DX_EN)),
                      inner.med(r.choice(K.MED_EN)))),
                  ("p", "My file number is %s. Please call me at %s." % (inner.mrn(p, label=False), inner.tel(p))),
                  ("p", "%s %s" % (p.given, p.sur))]
    d.attach_eml(inner, r.choice([None, "complaint.eml", "FW complaint %s.eml" % p.sur]))
    d.frm, d.to = pair(cp), [pair(dir_)]
    d.subject = "FW: complaint - 4 North"
    d.body = [("p", hello(d, dir_)), ("p", "Forwarding the original complaint (attached). I'd like a meeting next week."),
              sign(d, cp)]
    return d


def pe_initials(ctx):
    d = Draft(ctx, L, True, "note", "colleague note naming a patient by initial and surname")
    r = d.rng
    a, b = ctx.staff(L, "eth"), ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(20, 90))
    d.frm, d.to = pair(a), [pair(b)]
    d.subject = r.choice(["quick question", "re your visit yesterday", "capacity?"])
    d.body = [("p", hello(d, b)),
              ("p", "Did %s say anything to you about stopping dialysis? The team says %s has %s and %s." % (
                  d.name(p, "initial"), "she" if p.sex == "F" else "he", d.dx(r.choice(K.DX_EN)),
                  d.lab(r.choice(K.LAB_EN)))),
              ("p", "Psych thinks it could be the %s. Trying to understand values before Thursday." % d.med(r.choice(K.MED_EN))),
              ("p", a.given)]
    return d


def pe_sin_form(ctx):
    d = Draft(ctx, L, True, "income_support", "income support application with SIN")
    r = d.rng
    sw = ctx.staff(L, "ts")
    cp = ctx.staff(L, "cpq")
    p = ctx.patient(L, age_range=(22, 64))
    rows = [["Applicant", d.name(p, "full")], ["Date of birth", d.dob(p)], ["SIN", d.sin()],
            ["Address", d.address(p)], ["Phone", d.tel(p)],
            ["Reason", d.social(r.choice(["homeless since discharge from psychiatry", "no income since June, eviction notice",
                                          "fled violent partner, staying at a shelter"]))],
            ["Medical", d.dx(r.choice(K.DX_EN))]]
    d.frm, d.to = pair(sw), [pair(cp)]
    d.subject = "Advocacy request - last-resort assistance"
    fmt = r.randrange(3)
    body = [("p", hello(d, cp)), ("p", "Asking for your help: the application was refused twice and discharge is Monday.")]
    if fmt == 0:
        body.append(("table", None, rows))
    elif fmt == 1:
        d.attach_pdf("application_summary.pdf", "Last-Resort Assistance - Summary", [("table", None, rows)], author=sw.full)
        body.append(("p", "Summary attached."))
    else:
        d.attach_xlsx("application.xlsx", [("Applicant", rows)], sw.full)
        body.append(("p", "Details in the spreadsheet."))
    d.body = body + [sign(d, sw)]
    return d


def pe_nir(ctx):
    d = Draft(ctx, L, True, "billing_complaint", "complaint from a French resident (NIR)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    bill = ctx.staff(L, "cpq")
    bill.role = "Billing, Non-Residents"
    p = ctx.patient(L, kind="france", age_range=(25, 80))
    d.frm, d.to = pair(cp), [pair(bill)]
    d.subject = "Non-resident bill dispute"
    d.body = [("p", hello(d, bill)),
              ("p", "%s (French social security no. %s, born %s) disputes the ED invoice for %s." % (
                  d.name(p, r.choice(["full", "caps_first"])), d.nir(p), d.dob(p),
                  d.dx(r.choice(["a fractured wrist", "renal colic", "pneumonia", "chest pain, NSTEMI ruled in"])))),
              ("p", "Please check whether the France-Quebec agreement applies and hold collection."), sign(d, cp)]
    return d


def pe_niss(ctx):
    d = Draft(ctx, L, True, "ethics_consult", "ethics question about a Belgian visitor (NISS)")
    r = d.rng
    md = ctx.staff(L, "pal", dr=True)
    eth = ctx.staff(L, "eth")
    p = ctx.patient(L, kind="be", age_range=(30, 85))
    d.frm, d.to = pair(md), [pair(eth)]
    d.subject = "Belgian advance directive - need advice"
    d.body = [("p", hello(d, eth)),
              ("p", "Patient: %s, DOB %s, Belgian national number %s." % (d.name(p, "sur_first"), d.dob(p), d.niss(p))),
              ("p", "Admitted with %s, now %s. Family produced a Belgian advance euthanasia directive." % (
                  d.dx(r.choice(K.DX_EN)), d.lab(r.choice(["GCS 6", "GCS 5", "EEG: no reactive activity"])))),
              ("p", "How should we weigh it here?"), sign(d, md)]
    return d


def pe_zip(ctx):
    d = Draft(ctx, L, True, "complaint_file", "complaint file zipped (DOCX + CSV)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    ex = ctx.staff(L, "pal", dr=True)
    ex.role = "Medical Examiner"
    p = ctx.patient(L, age_range=(20, 92))
    no = file_no(d, "CPQS")
    from gen_docs import make_docx, make_csv
    doc = make_docx("Complaint %s" % no,
                    [("p", "Complainant: %s (the patient)" % d.name(p, "full")),
                     ("p", "Chart: %s" % d.mrn(p, label=False)),
                     ("p", "Allegation: physician refused to discuss %s and stopped %s without explanation." % (
                         d.dx(r.choice(K.DX_EN)), d.med(r.choice(K.MED_EN))))], cp.full)
    tl = make_csv([["date", "event"], [fdate(d, d.when - datetime.timedelta(days=30), "iso"), "admission"],
                   [fdate(d, d.when - datetime.timedelta(days=12), "iso"), "discharge"],
                   [fdate(d, d.when - datetime.timedelta(days=5), "iso"), "written complaint received"]])
    d.attach_zip("%s.zip" % no, [("%s/complaint.docx" % no, doc), ("%s/timeline.csv" % no, tl.encode("utf-8"))])
    d.frm, d.to = pair(cp), [pair(ex)]
    d.subject = "Medical complaint %s - file" % no
    d.body = [("p", hello(d, ex)), ("p", "File attached as discussed. 45-day deadline applies."), sign(d, cp)]
    return d


def pe_vcard(ctx):
    d = Draft(ctx, L, True, "callback", "patient contact card (vCard) for a callback")
    r = d.rng
    agent, cp = ctx.staff(L, "cpq"), ctx.staff(L, "cpq")
    p = ctx.patient(L, age_range=(20, 85))
    d.name(p, "full")
    d.tel(p)
    d.street(p)
    note = "Complaint re: care for %s on %s" % (d.dx(r.choice(K.DX_EN)), r.choice(K.UNITS_EN))
    d.attach_vcard("%s.vcf" % p.sur, given=p.given, sur=p.sur, tel=p.tel, adr=(p.street, p.town, p.postal), note=note)
    d.frm, d.to = pair(agent), [pair(cp)]
    d.subject = "Callback request"
    d.body = [("p", hello(d, cp)), ("p", "Contact card attached - the patient would like a call back after 5 pm."),
              sign(d, agent)]
    return d


def pe_identity_nam(ctx):
    d = Draft(ctx, L, True, "consent_request", "request for interpreter and spiritual care with RAMQ identity")
    r = d.rng
    rn = ctx.staff(L, "pal")
    ch = ctx.staff(L, "ssp")
    p = ctx.holder_patient(L, min_age=18)
    d.frm, d.to = pair(rn), [pair(ch), ("Interpreter Bank", "interpreters@" + C.DOM)]
    d.subject = r.choice(["Interpreter + chaplain for consent discussion", "Consent discussion tomorrow"])
    d.body = [("p", hello(d)),
              ("p", "We need an interpreter and a chaplain for a consent discussion tomorrow at 10:00.")] + d.identity(p) + [
        ("p", "Context: %s; surgery vs comfort care. %s." % (d.dx(r.choice(K.DX_EN)), d.social(r.choice(K.SOCIAL_EN)).capitalize())),
        ("p", thanks(d)), sign(d, rn)]
    return d


def pe_mrn_only(ctx):
    d = Draft(ctx, L, True, "lab_followup", "results follow-up identified by chart number only")
    r = d.rng
    md = ctx.staff(L, "pal", dr=True)
    ch = ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(30, 95))
    mrn = d.mrn(p, label=False)
    d.frm, d.to = pair(md), [pair(ch)]
    d.subject = r.choice(["MRN %s" % mrn, "re: chart %s - family tonight" % mrn])
    d.body = [("p", hello(d, ch)),
              ("p", "For chart %s: %s and %s overnight. We're moving to comfort care; %s started." % (
                  mrn, d.lab(r.choice(["lactate 9.1", "K 7.0", "GCS 4", "O2 sat 78% on 15 L"])), d.lab(r.choice(K.LAB_EN)),
                  d.med(r.choice(["hydromorphone infusion", "midazolam 2.5 mg SC q1h PRN", "glycopyrrolate 0.4 mg SC q4h"])))),
              ("p", "Underlying %s. The family would like a chaplain at 19:00." % d.dx(r.choice(K.PAL_EN))),
              sign(d, md)]
    return d


TEMPLATES = [
    (pe_referral_icu, 4), (pe_handover, 3), (pe_mrn_only, 2), (pe_ethics_note, 4), (pe_ontario, 4), (pe_complaint_ack, 4),
    (pe_reply_quoted, 4), (pe_family_meeting, 3), (pe_bereavement, 2), (pe_maid, 3), (pe_subject_only, 3),
    (pe_csv_census, 3), (pe_attached_eml, 3), (pe_initials, 3), (pe_sin_form, 2), (pe_nir, 2),
    (pe_niss, 2), (pe_zip, 2), (pe_vcard, 2), (pe_identity_nam, 3),
]
