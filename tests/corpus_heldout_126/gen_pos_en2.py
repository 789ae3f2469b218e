"""Confidential messages in English (part 2)."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_mime import Att, EmlAtt
from gen_people import nm
from gen_pos_en import L, PRON, dob_s, hello, id_block, mrn_s, ohn_s, sig, thanks
from gen_tpl import forwarded, new_doc, quoted, shared, who


# ---------------------------------------------------------------- 11. reply with quoted booking request

def t_reply(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 16, 60, lang="en")
    prof = R.choice([K.PROFILES[4], K.PROFILES[10], K.PROFILES[9], K.PROFILES[6]])
    odt = G.msg_datetime(R)
    dt = odt + datetime.timedelta(hours=R.randint(1, 48))
    orig = (f"Hi Isabelle,\n\nPlease add {nm(p, R.choice(['upper_comma', 'full', 'title']), L)}, MRN {mrn_s(R, p.mrn)}, "
            f"to my GA list in {R.choice(['April', 'May', 'June'])}: full-mouth rehabilitation, {R.choice(['8', '10', '12'])} teeth with caries, "
            f"2 extractions. {prof['cond'][1].capitalize()}; {prof['med'][1]}. {prof['plan'][1].capitalize()}.\n\n"
            f"{G.signature('desjardins', L, R, short=True)}")
    osubj = R.choice(["GA list request", "Add to OR list", "Booking under GA"])
    reply = R.choice(["Done - booked for the 22nd, first case.", "Added. Pre-op clinic will call the family.",
                      "Booked, but anaesthesia wants a pre-op visit first.", "OK, waiting list position 3."])
    text = (f"{reply}\n\n{G.signature('charbonneau', L, R, short=True)}" +
            quoted(orig, L, R.choice(["gt", "outlook"]), who("desjardins", L), odt, who("charbonneau", L), osubj) + "\n")
    return new_doc(ctx, L, "reply", "reply quoting a booking request with patient details", True,
                   {"patient_name", "mrn", "diagnosis", "medication"},
                   who("charbonneau", L), [who("desjardins", L)], "RE: " + osubj, text, ids=[("mrn", p.mrn)],
                   date=dt, in_reply_to=ctx.msgid())


# ---------------------------------------------------------------- 12. forwarded note from a patient's daughter

def t_fwd(ctx):
    R = ctx.rng
    p = ctx.patient("on", 70, 95, lang="en")
    dau = R.choice(["Karen", "Lisa", "Michelle", "Susan"])
    daddr = f"{dau.lower()}.{G.ascii_fold(p.surname).lower().replace(chr(39), '')}@mailbox.example"
    odt = G.msg_datetime(R)
    dt = odt + datetime.timedelta(hours=R.randint(1, 30))
    he, him, his = PRON[p.sex]
    cond = R.choice(K.ELDER_COND)
    orig = (f"Hello,\n\nMy {'mother' if p.sex == 'F' else 'father'}, {p.given} {p.surname} (born {dob_s(R, p.dob, False)}, "
            f"OHIP {ohn_s(R, p, False)}), has an appointment with you on the 14th for {R.choice(['extractions', 'a biopsy', 'denture assessment'])}. "
            f"{he.capitalize()} has {cond[1]} and gets very confused in new places. Could I come in with {him}? "
            f"{his.capitalize()} address changed: {p.street}, {p.city} {p.postal}.\n\nThank you,\n{dau}")
    text = (f"{hello(R, 'Nancy')}\n\n{R.choice(['Please update the address and add a note for the accompanying person.', 'FYI - see below.', 'Can you call her back?'])}\n\n"
            f"{sig(R, 'turcotte', short=True)}" + forwarded(orig, L, (dau, daddr), odt, shared("rdv"), "My parent's appointment") + "\n")
    return new_doc(ctx, L, "forward", "forwarded message from a patient's relative", True,
                   {"patient_name", "date_of_birth", "ca_health_number", "diagnosis", "patient_contact"},
                   who("turcotte", L), [who("proulx", L)], "Fwd: My parent's appointment", text, date=dt, ids=[("ohn", p.ohn)])


# ---------------------------------------------------------------- 13. pre-radiation dental consult letter (PDF)

def t_consult(ctx):
    R = ctx.rng
    use_h = R.random() < 0.5
    p = ctx.holder(35, 85) if use_h else ctx.patient("on", 35, 85, lang="en")
    teeth = R.choice(K.TEETH_EXTRACT)
    paras = [f"Re: {nm(p, 'upper_comma', L)}"]
    if use_h:
        paras += [f"DOB: {G.fmt_date(p.dob, 'iso', L)}  Sex: {p.sex}  RAMQ: {G.fmt_nam(p.nam, 'space')}"]
    else:
        paras += [f"DOB: {G.fmt_date(p.dob, 'long', L)}  Ontario HCN: {G.fmt_ohn(p.ohn, p.ohn_vc, 'dash')}"]
    paras += ["", "Thank you for referring this patient prior to radiotherapy for oropharyngeal squamous cell carcinoma (T2N1).",
              f"Findings: non-restorable teeth {teeth}; generalised moderate periodontitis.",
              f"Plan: extraction of {teeth} under local anaesthesia at least 14 days before the start of radiotherapy; "
              "custom fluoride trays with 1.1% sodium fluoride gel daily for life.",
              "Current medications noted: ramipril 5 mg daily, atorvastatin 20 mg.", "",
              "Sincerely,", "Dr. Olivier Desjardins, DMD"]
    blob = A.make_pdf("Dental consultation - pre-radiotherapy", paras, compress=R.random() < 0.5, header=G.HOSP_EN)
    fn = R.choice([f"Consult_{G.ascii_fold(p.surname)}_{p.dob.year}.pdf", "consult_letter.pdf", f"{p.surname}, {p.given} - dental consult.pdf"])
    text = (f"{hello(R, 'Dr. Dionne')}\n\nAttached is my consultation letter for {nm(p, R.choice(['title', 'title_sur', 'full']), L)}. "
            f"Extractions are booked so radiotherapy can start on time.\n\n{sig(R, 'desjardins')}\n")
    types = {"patient_name", "date_of_birth", "diagnosis", "medication"}
    types.add("ramq_nam" if use_h else "ca_health_number")
    return new_doc(ctx, L, "consult", "consultation letter before head and neck radiotherapy", True, types,
                   who("desjardins", L), [who("dionne", L)], R.choice(["Consult letter", "Pre-RT dental consult", f"Re: {p.surname}"]),
                   text, atts=[Att(fn, "application/pdf", blob)], holders=[p] if use_h else [],
                   ids=[] if use_h else [("ohn", p.ohn)])


# ---------------------------------------------------------------- 14. name only in the Subject

def t_subject_only(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 20, 80, lang="en")
    subj = R.choice([f"{p.given} {p.surname} - CBCT", f"{p.surname.upper()}, {p.given}", f"re: {p.given.lower()} {p.surname.lower()}",
                     f"{nm(p, 'title', L)} results"])
    res = R.choice([("CBCT shows a 14 mm radiolucency at 36-37 with cortical thinning, likely odontogenic keratocyst",),
                    ("biopsy came back as moderate epithelial dysplasia",), ("panoramic shows a displaced fracture of the left angle",)])
    text = (f"{res[0].capitalize()}. {R.choice(['Needs enucleation; I will book the OR.', 'Will discuss at rounds.', 'Patient has been informed.'])}\n\n"
            f"{G.signature('bergeron', L, R, short=True)}\n")
    return new_doc(ctx, L, "result", "imaging or pathology result with the name only in the subject", True,
                   {"patient_name", "lab_result", "diagnosis"},
                   who("bergeron", L), [who("fraser", L)], subj, text)


# ---------------------------------------------------------------- 15. patient only in the attachment

def t_attach_only(ctx):
    R = ctx.rng
    mode = R.randrange(3)
    frm = R.choice(["charbonneau", "perreault", "campbell"])
    text = (f"{hello(R)}\n\n{R.choice(['See attached.', 'As requested.', 'Attached for your records.', 'Here it is.'])}\n\n"
            f"{G.signature(frm, L, R, short=True)}\n")
    ids = []
    if mode == 0:
        rows = [["MRN", "Name", "DOB", "Procedure", "Comorbidities", "Anticoagulant"]]
        for i in range(R.randint(5, 8)):
            p = ctx.patient("qc", 20, 90, lang="en")
            prof = R.choice(K.PROFILES)
            rows.append([p.mrn, nm(p, "upper_comma", L), p.dob.isoformat(), f"extraction {R.choice(K.TEETH_EXTRACT)}",
                         prof["cond"][1], R.choice(["none", "apixaban", "warfarin", "none"])])
            ids.append(("mrn", p.mrn))
        blob = A.make_xlsx([("Waitlist", rows)], author=G.staff(frm)["name"])
        atts = [Att(R.choice(["GA_waitlist_Q2.xlsx", "waitlist.xlsx"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob)]
        types = {"patient_name", "mrn", "date_of_birth", "diagnosis"}
        if any(r[5] != "none" for r in rows[1:]):
            types.add("medication")
        note = "surgical waiting list spreadsheet attached"
    elif mode == 1:
        p = ctx.patient("qc", 20, 80, lang="en")
        docx = A.make_docx("Operative note", [f"Patient: {nm(p, 'full', L)}   MRN {p.mrn}",
                                               "Procedure: excisional biopsy, left lateral tongue, 1.5 x 0.8 cm",
                                               "Findings: indurated leukoplakic lesion; specimen to pathology",
                                               "Post-op: chlorhexidine rinse, acetaminophen 1 g QID PRN"], author="Ian Fraser")
        z = A.make_zip([(f"OpNote_{p.surname}_{p.mrn}.docx", docx), ("README.txt", b"Scanned from OR 6.\n")])
        atts = [Att("opnotes.zip", "application/zip", z)]
        ids = [("mrn", p.mrn)]
        types = {"patient_name", "mrn", "diagnosis", "medication"}
        note = "operative note inside a ZIP attachment"
    else:
        p = ctx.patient("qc", 6, 14, lang="en")
        blob = A.make_pdf("Dental treatment consent - general anaesthesia",
                          [f"Child: {nm(p, 'full', L)}", f"Date of birth: {G.fmt_date(p.dob, 'long', L)}",
                           "Diagnosis: early childhood caries, abscess on 84 and 85",
                           "Treatment: 4 stainless steel crowns, 2 extractions, under GA",
                           "Signed by: legal guardian (youth protection caseworker)"], compress=R.random() < 0.5)
        atts = [Att(f"consent_{G.ascii_fold(p.given)}_{G.ascii_fold(p.surname)}.pdf", "application/pdf", blob)]
        types = {"patient_name", "date_of_birth", "diagnosis", "social_information"}
        note = "signed consent form attached, identity only in the attachment"
    return new_doc(ctx, L, "attachment", note, True, types, who(frm, L), [who(R.choice(["desjardins", "fraser", "haddad"]), L)],
                   R.choice(["attached", "As requested", "file", "FW: scan"]), text, atts=atts, ids=ids)


# ---------------------------------------------------------------- 16. calendar invite with patient details

def t_ics(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 40, 85, lang="en")
    day = G.next_weekday(datetime.date(2025, 3, 1), R, 1, 90)
    start = datetime.datetime(day.year, day.month, day.day, R.choice([9, 10, 14]), R.choice([0, 30]))
    prof = R.choice(K.PROFILES[:5])
    summ = f"Dental clearance - {nm(p, 'full', L)}"
    desc = (f"DOB {G.fmt_date(p.dob, 'iso', L)}. {prof['cond'][1]}; on {prof['med'][1]}. "
            f"Pre-op for cardiac surgery: extract {R.choice(K.TEETH_EXTRACT)}.")
    ics = A.make_ics(f"clr-{day.isoformat()}-{R.randrange(1000, 9999)}@{G.DOMAIN}", summ, start, start + datetime.timedelta(minutes=45),
                     desc, "Dental clinic, room 2", (G.staff("levesque", L)["name"], G.staff("levesque", L)["email"]),
                     [(G.staff("perreault", L)["name"], G.staff("perreault", L)["email"])])
    text = f"{hello(R)}\n\nBooked, see invite.\n\n{G.signature('levesque', L, R, short=True)}\n"
    return new_doc(ctx, L, "booking", "calendar invitation for a dental clearance appointment", True,
                   {"patient_name", "date_of_birth", "diagnosis", "medication"},
                   who("levesque", L), [who("perreault", L)], f"Invitation: clearance {day.strftime('%b %d')}", text,
                   date=G.before(day, R, 2, 14),
                   atts=[Att(R.choice(["invite.ics", "meeting.ics"]), 'text/calendar; charset="utf-8"; method=REQUEST', ics,
                             cte=R.choice(["base64", "quoted-printable"]))])


# ---------------------------------------------------------------- 17. vCard of a guardian/patient

def t_vcard(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 18, 70, lang="en")
    vcf = A.make_vcard(p.given, p.surname, tel=[("HOME", p.phone), ("CELL", G.phone(R))],
                       adr=(p.street, p.city, "QC", p.postal),
                       note=R.choice(["Patient - post-op jaw fracture, wired; liquid diet", "Patient - MRONJ follow-up, on denosumab",
                                      "Patient - dental anxiety, needs IV sedation; diabetic"]))
    text = (f"{hello(R)}\n\nContact card for {p.given} attached, for the recall list.\n\n{G.signature('turcotte', L, R, short=True)}\n")
    types = {"patient_name", "patient_contact", "diagnosis"}
    if "denosumab" in vcf.decode("utf-8"):
        types.add("medication")
    return new_doc(ctx, L, "contact", "patient contact card (vCard)", True, types,
                   who("turcotte", L), [who("campbell", L)], R.choice(["contact", "vcard for recall", "Contact card"]), text,
                   atts=[Att(f"{G.ascii_fold(p.surname)}.vcf", 'text/x-vcard; charset="utf-8"', vcf)])


# ---------------------------------------------------------------- 18. attached message (rfc822) with booking details

def t_eml(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 20, 75, lang="en")
    prof = R.choice(K.PROFILES)
    idt = G.msg_datetime(R)
    inner_txt = (f"Isabelle,\n\n{nm(p, 'upper_comma', L)} (MRN {p.mrn}) needs to move to the afternoon list: "
                 f"{prof['cond'][1]}, on {prof['med'][1]}. {prof['plan'][1].capitalize()}.\n\nFarid\n")
    inner = new_doc(ctx, L, "inner", "", True, [], who("haddad", L), [who("charbonneau", L)], "List change", inner_txt, date=idt)
    text = (f"{hello(R, 'Ian')}\n\nForwarding Farid's note (attached) - this affects your Thursday list.\n\n"
            f"{G.signature('charbonneau', L, R, short=True)}\n")
    types = {"patient_name", "mrn", "diagnosis", "medication"}
    return new_doc(ctx, L, "fwd_eml", "forwarded list change attached as a message", True, types,
                   who("charbonneau", L), [who("fraser", L)], "FW: List change", text,
                   date=idt + datetime.timedelta(hours=R.randint(1, 6)),
                   atts=[EmlAtt(inner, R.choice(["List change.eml", None]))], ids=[("mrn", p.mrn)])


# ---------------------------------------------------------------- 19. social worker note (youth protection / neglect)

def t_social(ctx):
    R = ctx.rng
    kid = R.random() < 0.6
    p = ctx.patient("qc", 4, 13, lang="en") if kid else ctx.patient("qc", 70, 95, lang="en")
    he, him, his = PRON[p.sex]
    if kid:
        body = (f"{nm(p, 'full', L)} (DOB {dob_s(R, p.dob)}) has missed three appointments for treatment of "
                f"{R.choice(K.CHILD_DX)[1]}. Given the open youth protection file, I have informed the caseworker; "
                f"{he} is now placed with {his} grandmother, who will bring {him} on the 12th.")
    else:
        body = (f"{nm(p, 'title', L)} (DOB {dob_s(R, p.dob)}) came in with {R.choice(K.DENTURE_DX)[1]} and severe weight loss. "
                f"{he.capitalize()} lives alone, the son manages {his} money and has not bought food in weeks. "
                "I have opened a file for suspected elder neglect and contacted the CLSC.")
    text = f"{hello(R)}\n\n{body}\n\n{sig(R, 'stpierre')}\n"
    return new_doc(ctx, L, "social", "social worker note about a vulnerable patient", True,
                   {"patient_name", "date_of_birth", "diagnosis", "social_information"},
                   who("stpierre", L), [who(R.choice(["desjardins", "levesque"]), L)],
                   R.choice(["Social work follow-up", "Missed appointments", "Concern - please read", "Update"]), text)


# ---------------------------------------------------------------- 20. out-of-province billing list (XLSX/CSV with OHN)

def t_ohip_billing(ctx):
    R = ctx.rng
    rows = [["Patient", "DOB", "Health card", "Service date", "Procedure", "Diagnosis"]]
    ids = []
    for i in range(R.randint(3, 5)):
        p = ctx.patient("on", 20, 85, lang="en")
        rows.append([nm(p, "upper_comma", L), p.dob.isoformat(), G.fmt_ohn(p.ohn, p.ohn_vc, "dash"),
                     datetime.date(2025, R.randint(1, 4), R.randint(1, 28)).isoformat(),
                     R.choice(["Surgical extraction", "I&D", "Biopsy", "Closed reduction"]), R.choice(K.ORAL_DX)[1]])
        ids.append(("ohn", p.ohn))
    if R.random() < 0.5:
        att = Att("out_of_province_Q1.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  A.make_xlsx([("Q1", rows)], author="Stephanie Paradis"))
    else:
        att = Att("out_of_province_Q1.csv", 'text/csv; charset="us-ascii"', A.make_csv(rows, encoding="ascii", crlf=True))
    text = (f"{hello(R)}\n\nHere is the list of Ontario residents treated in Q1 for the interprovincial billing reconciliation.\n\n"
            f"{thanks(R)}\n\n{sig(R, 'paradis')}\n")
    return new_doc(ctx, L, "billing", "interprovincial billing list with Ontario health numbers", True,
                   {"patient_name", "date_of_birth", "ca_health_number", "diagnosis"},
                   who("paradis", L), [("Interprovincial billing", "interprov@billing-agency.example")],
                   R.choice(["Q1 out-of-province patients", "Interprovincial billing - Q1"]), text, atts=[att], ids=ids)


# ---------------------------------------------------------------- 21. dental public health case follow-up

def t_public_health(ctx):
    R = ctx.rng
    use_h = R.random() < 0.5
    p = ctx.holder(5, 15) if use_h else ctx.patient("qc", 2, 6, lang="en")
    dx = R.choice(K.CHILD_DX)
    place = R.choice(["Les Petits Pas daycare", "the Sunshine CPE", "the family resource centre"])
    ident = id_block(R, p) if use_h else f"{nm(p, 'full', L)}, born {dob_s(R, p.dob)}"
    text = (f"{hello(R, 'Dr. Lemieux')}\n\nFollowing the screening at {place}, this child needs treatment under GA:\n\n{ident}\n"
            f"Findings: {dx[1]}.\nParent: {R.choice(['mother', 'father'])}, {p.phone}, {p.street}, {p.city}.\n"
            f"{R.choice(['Family has no private insurance.', 'Parent speaks mostly Arabic; interpreter needed.', 'Parent agreed to the referral.'])}\n\n"
            f"{sig(R, 'campbell')}\n")
    types = {"patient_name", "date_of_birth", "diagnosis", "patient_contact"}
    if use_h:
        types.add("ramq_nam")
    return new_doc(ctx, L, "public_health", "public health screening referral for a child", True, types,
                   who("campbell", L), [who("lemieux", L)], R.choice(["Child to refer - GA", "Screening follow-up", "Urgent case from screening"]),
                   text, holders=[p] if use_h else [])


# ---------------------------------------------------------------- 22. exchange student with NISS or NIR

def t_exchange(ctx):
    R = ctx.rng
    be = R.random() < 0.5
    p = ctx.patient("be" if be else "france", 19, 30, lang="en")
    dx = R.choice([K.ORAL_DX[1], K.ORAL_DX[9], K.ORAL_DX[3]])
    if be:
        idl = f"Belgian national number (NISS): {G.fmt_niss(p.niss, R.choice(['std', 'plain', 'fw', 'space']))}"
        ids, t = [("niss", p.niss)], "be_niss"
    else:
        idl = f"French social security no.: {G.fmt_nir(p.nir, R.choice(['space', 'plain', 'fw', 'dot']))}"
        ids, t = [("nir", p.nir)], "fr_nir"
    tx = R.choice(['extraction and amoxicillin', 'splinting and follow-up', 'irrigation and chlorhexidine'])
    text = (f"{hello(R)}\n\nFor the exchange-student insurance claim:\n\nStudent: {nm(p, R.choice(['upper_comma', 'full', 'title']), L)}\n"
            f"DOB: {dob_s(R, p.dob)}\n{idl}\nTreatment: {dx[1]}; {tx}\n\n"
            f"The itemised receipt is in the student's file. {thanks(R)}\n\n{sig(R, 'paradis')}\n")
    return new_doc(ctx, L, "insurer_form", "exchange student claim with a European identifier", True,
                   {"patient_name", "date_of_birth", t, "diagnosis"} | ({"medication"} if "splinting" not in tx else set()),
                   who("paradis", L), [("International Student Health Plan", "claims@ishp.example")],
                   R.choice(["Exchange student claim", "Claim - international student", "Student insurance"]), text, ids=ids)
