"""Non-confidential (hard negative) messages in English, part 2."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, EmlAtt
from gen_neg_en import L, hello, neg, sig, w
from gen_neg_fr import NOTE_STAFF, d_after, gtin, lot
from gen_tpl import forwarded, new_doc, quoted, shared


# ---------------------------------------------------------------- 14. teaching case (de-identified)

def n_teaching(ctx):
    R = ctx.rng
    cases = [
        (f"A {R.randint(60, 80)}-year-old man with prostate cancer on denosumab presents with exposed bone lingual to 37 for 12 weeks.",
         "Staging? Should denosumab be held?"),
        (f"A {R.randint(20, 30)}-year-old woman with haemophilia carrier status needs four third molars removed.",
         "What work-up is needed before surgery?"),
        (f"A {R.randint(3, 6)}-year-old child with severe early childhood caries and a facial swelling; temperature 38.9.",
         "Admission criteria and antibiotic choice?"),
        (f"A {R.randint(70, 85)}-year-old long-term care resident with dementia refuses to wear a new lower denture and has lost weight.",
         "Approach and team members to involve?"),
    ]
    c = R.choice(cases)
    au = R.choice(["fraser", "desjardins"])
    text = (f"{hello(R)}\n\nCase for Thursday's resident teaching (de-identified):\n\n{c[0]}\n\nDiscussion: {c[1]}\n\n"
            f"{sig(R, au)}\n")
    return neg(ctx, "teaching_case", "de-identified teaching case", w(au),
               [("OMFS residents", "residents.omfs@" + G.DOMAIN)], R.choice(["Case of the week", "Teaching case for Thursday", "Resident rounds - case"]), text)


# ---------------------------------------------------------------- 15. blank form

def n_blank(ctx):
    R = ctx.rng
    fields = ["Patient name: ___________________", "Date of birth (YYYY-MM-DD): ____-__-__", "Health card no.: ________________",
              "MRN: __________", "Reason for referral: ___________________", "Medications: ___________________",
              "Allergies: ___________________", "Referring physician: ___________  Billing no.: ______", "Signature: __________"]
    title = R.choice(["Hospital dentistry referral form (rev. 2025-03)", "Pre-authorization request form (blank)"])
    if R.random() < 0.5:
        att = Att("referral_form_2025-03.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  A.make_docx(title, fields, author="Sebastien Rioux"))
    else:
        att = Att("blank_form.pdf", "application/pdf", A.make_pdf(title, fields, compress=R.random() < 0.5))
    text = (f"{hello(R)}\n\nAttached is the updated {title.lower()}. Please discard older versions.\n\n{sig(R, 'rioux')}\n")
    return neg(ctx, "blank_form", "blank referral or insurer form", w("rioux"), [w("okafor"), w("kaplan"), shared("tous")],
               R.choice(["Updated referral form", "New form version", "Please use the new form"]), text, atts=[att])


# ---------------------------------------------------------------- 16. mail-merge template

def n_template(ctx):
    R = ctx.rng
    ph = R.choice([("<<FirstName>>", "<<LastName>>", "<<ApptDate>>"), ("{first_name}", "{last_name}", "{appt_date}"),
                   ("%FIRST%", "%LAST%", "%DATE%")])
    tpl = (f"Dear {ph[0]} {ph[1]},\n\nThis is a reminder of your appointment at the {G.HOSP_EN} dental clinic on {ph[2]}. "
           "Please bring your health card and an up-to-date list of your medications. If you take a blood thinner, do not stop it "
           f"unless your dentist told you to.\nTo cancel, call {G.TEL} ext. 4410.\n")
    text = f"{hello(R, 'Nancy')}\n\nHere is the English version of the reminder template for the mail merge:\n\n=====\n{tpl}=====\n\n{sig(R, 'rioux', True)}\n"
    return neg(ctx, "template", "mail-merge reminder template", w("rioux"), [w("proulx")], "Reminder template (EN)", text)


# ---------------------------------------------------------------- 17. drug shortage

def n_shortage(ctx):
    R = ctx.rng
    drug = R.choice([("articaine 4% with epinephrine 1:100,000", "lidocaine 2% with epinephrine 1:100,000"),
                     ("clindamycin 150 mg capsules", "clindamycin 300 mg capsules"),
                     ("nystatin oral suspension", "fluconazole 100 mg tablets after review"),
                     ("tranexamic acid injection", "tranexamic acid 500 mg tablets crushed as a rinse")])
    text = (f"{hello(R)}\n\nDRUG SHORTAGE NOTICE\nProduct: {drug[0]}\nExpected duration: {R.randint(2, 10)} weeks\n"
            f"Alternative: {drug[1]}\nAffected lots: {lot(R)}, {lot(R)}\n\n{sig(R, 'patel')}\n")
    return neg(ctx, "shortage", "drug shortage notice", w("patel"), [shared("tous")], f"Shortage: {drug[0].split(' ')[0]}", text)


# ---------------------------------------------------------------- 18. recall

def n_recall(ctx):
    R = ctx.rng
    prod = R.choice(["Vicryl 4-0 sutures", "Lindemann surgical burs", "4.1 x 10 mm implants", "sterilisation pouches"])
    text = (f"{hello(R)}\n\nManufacturer recall: {prod}\nLots: {lot(R)}, {lot(R)}, {lot(R)}\nGTIN {gtin(R)}\n"
            "Reason: sterile barrier may be compromised. Quarantine affected stock and return to Procurement. "
            "No adverse events reported at our site.\n\n" + sig(R, "nolet"))
    return neg(ctx, "recall", "product recall by lot number", w("nolet"), [shared("tous")], f"RECALL - {prod}", text)


# ---------------------------------------------------------------- 19. research protocol

def n_research(ctx):
    R = ctx.rng
    text = (f"{hello(R)}\n\nThe REB approved protocol HRH-2025-{R.randrange(100, 999)}: 'Silver diamine fluoride versus "
            "restorative treatment under GA for early childhood caries - a pragmatic trial'.\nInclusion: children aged 2-6 with "
            "at least 4 carious teeth.\nExclusion: silver allergy.\nTarget: 120 participants over 2 years.\n\n"
            f"Info session on {G.fmt_date(d_after(ctx), 'long', L)}.\n\n{sig(R, 'lemieux')}\n")
    return neg(ctx, "research", "research protocol announcement without participants", w("lemieux"), [shared("tous")],
               "New trial - SDF vs GA", text)


# ---------------------------------------------------------------- 20. occupational health (staff)

def n_occhealth(ctx):
    R = ctx.rng
    k = R.choice(NOTE_STAFF)
    s = G.staff(k, L)
    if R.random() < 0.5:
        text = (f"{hello(R, 'Sebastien')}\n\n{s['title']} {s['name']} is cleared for a graduated return to work starting "
                f"{G.fmt_date(d_after(ctx), 'long', L)}, {R.choice(['after her wrist surgery', 'following a back injury', 'after sick leave'])}: "
                "half days for two weeks, no lifting over 10 kg.\n\nOccupational Health\n")
        return neg(ctx, "occupational_health", "staff graduated return to work", w("giguere"), [w("rioux")], "Graduated return to work", text)
    text = (f"{hello(R)}\n\nAnnual N95 fit testing for dental staff will take place on {G.day_en(d_after(ctx))} in room A-012. "
            "Staff due for hepatitis B boosters can also attend.\n\nOccupational Health and Safety\n")
    return neg(ctx, "occupational_health", "staff fit-testing and vaccination notice", w("giguere"), [shared("tous")], "N95 fit testing", text)


# ---------------------------------------------------------------- 21. training

def n_training(ctx):
    R = ctx.rng
    t = R.choice(["BLS recertification", "Medical emergencies in the dental chair", "Safe patient handling", "Privacy and confidentiality e-learning"])
    d = d_after(ctx)
    text = (f"{hello(R)}\n\nMandatory training: {t}\nDate: {G.day_en(d)}, {R.choice(['8:00-12:00', '13:00-16:00'])}\n"
            f"Trainer: {R.choice(['Ms. Valerie Drouin, RN', 'Ms. Isabelle Charbonneau'])}\nRegister with your manager.\n\n{sig(R, 'giguere')}\n")
    return neg(ctx, "training", "staff training invitation", w("giguere"), [shared("tous")], f"Training: {t}", text)


# ---------------------------------------------------------------- 22. memo

def n_memo(ctx):
    R = ctx.rng
    if R.random() < 0.5:
        text = (f"{hello(R)}\n\nReminder: patient information (name, health card number, date of birth, diagnosis) must never be "
                "sent to external addresses by regular e-mail. Use the secure file transfer portal or fax.\n\n" + sig(R, "rioux"))
        subj = "Reminder - e-mail and patient information"
    else:
        text = (f"{hello(R)}\n\nStarting {G.fmt_date(d_after(ctx), 'long', L)}, GA waiting-list requests go through the OR coordinator "
                "(Ms. Isabelle Charbonneau). Please use the new request form.\n\n" + sig(R, "rioux"))
        subj = "Memo - GA waiting list requests"
    return neg(ctx, "memo", "internal memo", w("rioux"), [shared("tous")], subj, text)


# ---------------------------------------------------------------- 23. job candidate

def n_candidate(ctx):
    R = ctx.rng
    cand = R.choice([("Ms.", "Olivia", "Brennan"), ("Mr.", "Daniel", "Osei"), ("Ms.", "Priyanka", "Menon"), ("Mr.", "Colin", "Fairbanks")])
    text = (f"{hello(R, 'Dr. Vachon')}\n\nPlease find the application of {cand[0]} {cand[1]} {cand[2]} for the General Dentist position "
            f"(EXT-2025-311). GPR completed in 2024; special-care dentistry experience. Interview proposed on {G.day_en(d_after(ctx))}.\n\n"
            + sig(R, "giguere"))
    cv = A.make_pdf(f"Curriculum vitae - {cand[1]} {cand[2]}", ["DDS, McGill University (2023)", "General Practice Residency (2024)",
                                                               "Special-care clinic volunteer, 2022-2024"], compress=R.random() < 0.5)
    return neg(ctx, "candidate", "job application", w("giguere"), [w("vachon")], f"Application - {cand[1]} {cand[2]}", text,
               atts=[Att(f"CV {cand[1]} {cand[2]}.pdf", "application/pdf", cv)])


# ---------------------------------------------------------------- 24. meeting invite / supplier vCard

def n_meeting(ctx):
    R = ctx.rng
    if R.random() < 0.6:
        d = d_after(ctx)
        st = datetime.datetime(d.year, d.month, d.day, 12, 0)
        ics = A.make_ics(f"staffmtg-{d.isoformat()}@{G.DOMAIN}", "Dental department staff meeting", st, st + datetime.timedelta(hours=1),
                         "Agenda: budget, summer schedule, new chairs.", "B-214 / Teams",
                         (G.staff("rioux", L)["name"], G.staff("rioux", L)["email"]),
                         [(G.staff(k, L)["name"], G.staff(k, L)["email"]) for k in ("fraser", "desjardins", "campbell")])
        text = f"{hello(R)}\n\nMeeting invite attached.\n\n{sig(R, 'rioux', True)}\n"
        return neg(ctx, "meeting", "staff meeting invitation", w("rioux"), [shared("tous")], "Staff meeting", text,
                   atts=[Att("meeting.ics", 'text/calendar; charset="utf-8"; method=REQUEST', ics, cte=R.choice(["base64", "7bit"]))])
    vcf = A.make_vcard("Natalie", "Corbett", tel=[("WORK", "1-877-555-0166"), ("CELL", "613-555-0190")],
                       email="natalie.corbett@nordmed.example", org="NordMed Surgical Services", title="Territory manager")
    text = f"{hello(R, 'Isabelle')}\n\nContact card for our new NordMed rep.\n\n{sig(R, 'nolet', True)}\n"
    return neg(ctx, "contact", "supplier representative contact card", w("nolet"), [w("charbonneau")], "NordMed contact", text,
               atts=[Att("Natalie Corbett.vcf", 'text/x-vcard; charset="utf-8"', vcf)])


# ---------------------------------------------------------------- 25. social

def n_social(ctx):
    R = ctx.rng
    au = R.choice(["campbell", "turcotte"])
    text = (f"{hello(R)}\n\nPotluck lunch for Dr. Fraser's 10 years with the department on {G.day_en(d_after(ctx))}, staff room, 12:00. "
            "Sign-up sheet on the fridge.\n\n" + sig(R, au, True))
    return neg(ctx, "social", "staff potluck invitation", w(au), [shared("tous")], "Potluck Friday!", text)


# ---------------------------------------------------------------- 26. admin thread

def n_thread(ctx):
    R = ctx.rng
    odt = G.msg_datetime(R)
    dt = odt + datetime.timedelta(hours=R.randint(1, 30))
    orig = ("Hi Sebastien,\n\nCan we get OR 6 on Tuesday mornings in May for Dr. Fraser's list? ENT offered to swap.\n\nIsabelle")
    v = R.randrange(3)
    if v == 0:
        text = ("Confirmed with OR booking, starting May 6.\n\nSebastien" +
                quoted(orig, L, R.choice(["gt", "outlook"]), w("charbonneau"), odt, w("rioux"), "OR 6 in May") + "\n")
        return neg(ctx, "reply", "reply about operating room scheduling", w("rioux"), [w("charbonneau")], "RE: OR 6 in May", text,
                   date=dt, in_reply_to=ctx.msgid())
    if v == 1:
        text = ("FYI\n\nSebastien" + forwarded(orig, L, w("charbonneau"), odt, w("rioux"), "OR 6 in May") + "\n")
        return neg(ctx, "forward", "forwarded scheduling exchange", w("rioux"), [w("fraser")], "Fwd: OR 6 in May", text, date=dt)
    inner = new_doc(ctx, L, "inner", "", False, [], shared("appro"), [shared("tous")], "Capital equipment requests 2025-26",
                    "Hello,\n\nCapital equipment requests for 2025-26 are due March 15. Threshold: $5,000.\n\nProcurement\n", date=odt)
    text = "Helene - forwarding the notice (attached). Second panoramic unit?\n\nSebastien\n"
    return neg(ctx, "forward", "budget notice forwarded as an attachment", w("rioux"), [w("vachon")],
               "FW: Capital equipment requests 2025-26", text, date=dt, atts=[EmlAtt(inner, "Capital equipment requests.eml")])
