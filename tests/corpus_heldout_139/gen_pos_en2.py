"""Confidential messages in English (part 2)."""
import datetime

import gen_attach as A
import gen_clin as K
from gen_build import quote, reply_block, forward_block, earlier, fake_msgid
from gen_common import addr, sig, key_for, CLINIC_EN, HOSP_EN, fmt_date, MONTHS
from gen_ctx import spec

L = "en"


def _pp(ctx, k):
    return ctx.pick(getattr(K, k)[L])


def forward_nam(ctx):
    p = ctx.nam_pt()
    dx = _pp(ctx, "WOUND")
    lab = _pp(ctx, "LABS")
    prev = earlier(ctx.dt, ctx.rng, 20, 100)
    inner = ("Hi, I saw %s this morning (DOB %s, sex %s, RAMQ %s). %s. %s. Could the wound clinic see them? "
             "They prefer appointments in English.\n\nAlan Morrison, MD\n"
             % (ctx.name(p, ["full", "upper_first"]), ctx.dob(p), ctx.sex(p), ctx.nam(p), dx[1].capitalize(), lab))
    key = ctx.pick(["reid", "cyr"])
    text = "%s\n\n%s" % (ctx.pick(["FYI - came in by e-mail instead of the referral portal.", "Can you triage this one?"]),
                        forward_block(L, prev, addr("morrison"), addr("reid"), "Wound referral", inner))
    return spec(ctx, "forward", "forwarded referral e-mail",
                ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result"], addr(key),
                [addr(ctx.pick(["raman", "halloran"]))], "Fwd: Wound referral", text)


def ics_followup(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    d, h, m, appt = ctx.appt(5, 30)
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    end = start + datetime.timedelta(minutes=30)
    org = addr("reid")
    summary = "Wound clinic f/u - %s" % ctx.name(p, ["full", "upper_first", "sur_initial"])
    desc = "%s. ABI to be repeated before visit. Bring current dressing supplies." % dx[1].capitalize()
    ics = A.ics_text("wc-%s-%d@hrvc.example" % (ctx.dt.strftime("%Y%m%d"), ctx.index), start, end, summary, desc,
                     "Wound clinic, Pavilion B, room 3", org, [addr("halloran")])
    text = "Booked as discussed: %s.\n\nLinda\n" % appt
    return spec(ctx, "ics_booking", "clinic follow-up booking invitation", ["patient_name", "diagnosis"], org,
                [addr("halloran")], "Booked: wound clinic follow-up", text,
                attachments=[{"kind": "ics", "filename": ctx.pick(["invite.ics", "appointment.ics"]), "text": ics}])


def amputation_review_xlsx(ctx):
    rows = [["Name", "MRN", "DOB", "Procedure", "Date", "Level", "Outcome 30 d"]]
    types = ["patient_name", "mrn", "date_of_birth", "diagnosis"]
    for _ in range(ctx.rng.randrange(5, 9)):
        p = ctx.pt(lang=ctx.pick(["en", "fr"]))
        d = ctx.dt.date() - datetime.timedelta(days=ctx.rng.randrange(30, 120))
        rows.append([p.given + " " + p.surname, ctx.mrn(p, "plain"), p.dob.isoformat(), ctx.pick(K.PROCS[L]), d.isoformat(),
                     ctx.pick(["BKA", "AKA", "TMA", "toe", "-"]), ctx.pick(["healed", "revision", "readmitted - SSI", "deceased", "open"])])
    text = ("Hi all,\n\nAttached is the list for Tuesday's amputation outcomes review. Please do not forward outside the "
            "department.\n\n%s\n" % sig("mackenzie", L, short=True))
    return spec(ctx, "case_review_list", "named case list for outcomes review", types, addr("mackenzie"),
                [addr("raman"), addr("archambault"), addr("halloran")], "Amputation review - list", text,
                attachments=[{"kind": "xlsx", "filename": "amp_review_Q3.xlsx", "sheets": [("cases", rows)]}])


def mrn_only_en(ctx):
    p = ctx.pt()
    frm = addr("halloran")
    to = [("Infection Prevention", "ipac@hrvc.example")]
    text = ("Hello,\n\nMRN %s (room 4%02d) grew %s from the heel wound. Also has osteomyelitis of the calcaneus on MRI. "
            "Should we start contact precautions before clinic on Tuesday?\n\n%s\n"
            % (ctx.mrn(p), ctx.rng.randrange(1, 40), ctx.pick(["MRSA", "VRE", "ESBL E. coli", "CPE"]), sig("halloran", L, short=True)))
    return spec(ctx, "infection_control", "positive culture for a chart number", ["mrn", "lab_result", "diagnosis"],
                frm, to, "Positive wound culture - precautions?", text)


def eml_attached_en(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    soc = _pp(ctx, "SOCIAL")
    prev = earlier(ctx.dt, ctx.rng, 3, 48)
    inner = {"lang": L, "from": addr("kim"), "to": [addr("halloran")], "subject": "Concern after home visit",
             "text": "Hi Rachel,\n\nVisited %s yesterday: %s. Also %s.\n\nGrace\n" % (ctx.name(p, ["titled", "full"]), dx[1], soc),
             "date": prev}
    return spec(ctx, "forward_attached", "nurse message forwarded as attachment",
                ["patient_name", "diagnosis", "social_information"], addr("halloran"), [addr("doucet")],
                "Fw: Concern after home visit", "See attached from the home care nurse. Can we discuss at rounds?\n\nRachel\n",
                attachments=[{"kind": "eml", "filename": ctx.pick([None, "Concern after home visit.eml"]), "spec": inner}])


def filename_only(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    dr = K.dressing_for(ctx.rng, L, dx)
    fn = ctx.pick(["Wound_assessment_%s_%s.pdf" % (p.surname.upper().replace("'", ""), p.given),
                   "%s %s - wound photos notes.pdf" % (p.given, p.surname)])
    lines = ["Assessment date: %s" % fmt_date(ctx.dt.date(), L, "long"), "Wound: %s" % dx[1], "Plan: %s" % dr,
             "Pain 6/10, no fever. Off-loading boot not worn at home."]
    return spec(ctx, "filename_only", "wound assessment with the name only in the file name",
                ["patient_name", "diagnosis"], addr("halloran"), [addr("raman")], "assessment from today",
                "As discussed, see attached.\n\nR.\n",
                attachments=[{"kind": "pdf", "filename": fn, "title": "Wound Assessment", "lines": lines}])


def rehab_en(ctx):
    p = ctx.pt()
    d, h, m, appt = ctx.appt(5, 25)
    text = ("Hi,\n\nReferring %s for prosthetic assessment. %s below-knee amputation done %s, stump healed, mild edema. "
            "Proposed date: %s. Home phone %s (wife answers).\n\nThanks,\n%s\n"
            % (ctx.name(p, ["full", "titled"]), ctx.pick(["Left", "Right"]),
               fmt_date(ctx.dt.date() - datetime.timedelta(days=ctx.rng.randrange(40, 90)), L, "long"), appt, p.phone,
               sig("hamel", L)))
    return spec(ctx, "prosthesis", "prosthetic assessment referral", ["patient_name", "diagnosis", "patient_contact"],
                addr("hamel"), [addr("beaulac")], "Prosthetic referral", text)


def vcard_en(ctx):
    p = ctx.pt(region=ctx.pick([None, "on"]))
    dx = _pp(ctx, "WOUND")
    card = A.vcf_text("%s %s" % (p.given, p.surname), p.surname, p.given, tel=[("home", p.phone)],
                      adr=("home", p.street, p.town, p.prov, p.postal), note="Wound: %s. Visits Mon/Wed/Fri." % dx[0])
    return spec(ctx, "vcard_contact", "client contact card for home nursing", ["patient_name", "patient_contact", "diagnosis"],
                addr("halloran"), [("Riverbend Intake", "intake@riverbendnursing.example")], "Client contact",
                "Contact card attached for the new client we discussed. Orders to follow.\n\n%s\n" % sig("halloran", L, short=True),
                attachments=[{"kind": "vcf", "filename": "client.vcf", "text": card}])


def transport_en(ctx):
    p = ctx.pt(region=ctx.pick([None, "on"]))
    d, h, m, appt = ctx.appt()
    text = ("Hello,\n\nPlease book a wheelchair-accessible ride for:\n%s\n%s, %s %s\nPhone: %s\n"
            "Appointment: %s, wound clinic, Pavilion B.\nClient had a %s and cannot bear weight.\n\nThank you,\n%s\n"
            % (ctx.name(p, ["full", "titled", "upper_first"]), p.street, p.town, p.postal, p.phone, appt,
               ctx.pick(["left below-knee amputation", "right transmetatarsal amputation", "right heel ulcer"]), sig("reid", L)))
    return spec(ctx, "transport", "accessible transport booking", ["patient_name", "patient_contact", "diagnosis"],
                addr("reid"), [addr("st_onge")], "Ride booking - wound clinic", text)


def preop_en(ctx):
    p = ctx.pt()
    labs = "Cr %d, eGFR %d, K %s, INR %s, Hgb %d, plt %d" % (ctx.rng.randrange(70, 250), ctx.rng.randrange(18, 90),
                                                           ctx.pick(["4.2", "5.4", "3.3"]), ctx.pick(["1.0", "1.5", "2.7"]),
                                                           ctx.rng.randrange(82, 140), ctx.rng.randrange(90, 400))
    text = ("Daniel,\n\nPre-angio bloodwork for %s (MRN %s), booked tomorrow 08:00: %s.\nOn metformin and apixaban - "
            "hold apixaban tonight? Metformin held 48 h post contrast.\n\nOwen\n" % (ctx.name(p, ["upper_first", "sur_comma"]), ctx.mrn(p), labs))
    return spec(ctx, "preop_labs", "pre-angiogram labs and medication question", ["patient_name", "mrn", "lab_result", "medication"],
                addr("mackenzie"), [("Daniel Patel", "daniel.patel@hrvc.example")], "pre-angio labs", text)


def mdt_docx(ctx):
    rows = [["Patient", "Age", "Issue", "Question for the team"]]
    types = ["patient_name", "diagnosis"]
    for _ in range(ctx.rng.randrange(4, 7)):
        p = ctx.pt(lang=ctx.pick(["en", "fr"]))
        from gen_common import age_on
        rows.append(["%s. %s" % (p.given[0], p.surname), str(age_on(p.dob, ctx.dt.date())), ctx.pick(K.DX[L])[1],
                     ctx.pick(["revascularize or amputate?", "NPWT vs graft", "compression tolerated?", "HBOT referral?"])])
    paras = ["Multidisciplinary limb salvage rounds", "Thursday 07:30, Conference room 3B", "Cases:"]
    return spec(ctx, "mdt_agenda", "limb salvage rounds case list", types, addr("halloran"),
                [("Limb salvage team", "limbsalvage@hrvc.example")], "Rounds Thursday - cases",
                "Case list for Thursday attached.\n\nRachel\n",
                attachments=[{"kind": "docx", "filename": "limb_salvage_rounds.docx", "title": "Limb Salvage Rounds",
                              "paras": paras, "table": rows}])


def patient_reply(ctx):
    p = ctx.pt()
    prev = earlier(ctx.dt, ctx.rng, 5, 40)
    pmail = "%s.%s@mail.example" % (p.given.lower().replace("'", ""), p.surname.lower().replace("'", "").replace(" ", ""))
    orig = ("Hello, this is %s. My leg ulcer is leaking through the bandage since Sunday and it smells. "
            "My home phone is %s. Should I come in before my appointment?" % (p.given + " " + p.surname, p.phone))
    text = ("Hello,\n\nThank you for your message. Please do not wait: we can see you tomorrow at 9:00 at the wound "
            "clinic. Bring your medication list. If you get a fever, go to the emergency department.\n\n%s\n\n%s"
            % (sig("reid", L), reply_block(L, prev, (p.given + " " + p.surname, pmail), ctx.pick([0, 1]), "leg ulcer", orig)))
    return spec(ctx, "patient_reply", "clinic reply to a patient's e-mail", ["patient_name", "diagnosis", "patient_contact"],
                addr("reid"), [(p.given + " " + p.surname, pmail)], "RE: leg ulcer", text, in_reply_to=fake_msgid(prev, ctx.rng, "mail.example"))
