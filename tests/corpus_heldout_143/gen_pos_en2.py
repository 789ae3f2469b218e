"""English positives, part 2: attached messages, critical labs, drug-plan requests, HCC, NISS, replies, study logs."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import Att, Content, Mail, fwd_en, quote, render_inner, said_en

S, X = C.STAFF, C.EXTERNAL


# 9 ------------------------------------------------------------------------------------------
def attached_eml(c):
    r = c.rng
    c.category, c.note = "forward_attached_message", "patient's own message forwarded as an attached e-mail"
    p = c.patient(25, 75)
    pe = f"{C.fold(p.given).replace(' ', '.')}.{C.fold(p.surname).replace(' ', '').replace(chr(39), '')}@mail.example"
    c.T("patient_name", "diagnosis")
    t0 = c.earlier(r.randint(5, 40))
    v = c.occ % 3
    if v == 0:
        txt = (f"Hello,\n\nI had my colonoscopy last week and I'm still seeing some blood when I go to the bathroom, "
               f"and I've had cramps since Sunday. They removed three polyps. Is this normal? Should I restart my Xarelto?\n\n"
               f"My cell is {p.phone}.\n\nThank you,\n{p.given} {p.surname}")
        c.T("medication", "patient_contact")
    elif v == 1:
        txt = (f"Hi Marie-Eve,\n\nMy Crohn's is flaring again, 8-10 BMs a day, and I can't get the Humira from the pharmacy "
               f"until the insurance renews. I lost my job in September so I don't know how I'll pay. Can Dr. Okafor call me?\n\n"
               f"{p.given} {p.surname}\n{p.addr}")
        c.T("medication", "social_information", "patient_contact")
    else:
        txt = (f"Good morning,\n\nI received a letter saying my stool test (FIT) was positive and I need a colonoscopy. "
               f"I'm very anxious. I'm also on methotrexate for arthritis - do I need to stop it?\n\n"
               f"{p.given} {p.surname}, born {C.r_date(p.dob, 'long_en')}")
        c.T("lab_result", "medication", "date_of_birth")
    inner_to = S["lacasse"] if v == 1 else S["archambault"]
    inner = Mail((f"{p.given} {p.surname}", pe), [(inner_to.full, inner_to.email)],
                 r.choice(["Question after my procedure", "Help please", "My appointment"]) if v != 1 else "Flare",
                 t0, f"<{r.getrandbits(40):010x}@mail.example>", Content(txt))
    t_in = {"mode": "plain", "charset": "utf-8", "cte": r.choice(["8bit", "quoted-printable"]), "cte_html": "8bit",
            "eol": "\n", "subj": "raw", "names": "b-utf8", "fname": "plain", "bstyle": "part", "mailer": None}
    raw = render_inner(inner, t_in, c.idx, "en")
    fwd_to = S["okafor"] if v == 1 else S["desrochers"]
    sender = inner_to
    body = f"{fwd_to.t('en')},\n\nForwarding the patient's message below (attached). Can you advise?\n\n{sender.given}\n"
    return c.mail(sender, [fwd_to], "Fw: " + inner.subject, body,
                  atts=[Att(r.choice(["message.eml", f"{inner.subject}.eml", "patient_message.eml"]), "message/rfc822", raw)])


# 10 -----------------------------------------------------------------------------------------
def lab_critical(c):
    r = c.rng
    c.category, c.note = "lab_followup", "abnormal pre-procedure lab result follow-up"
    p = c.patient(40, 88)
    v = c.occ % 3
    c.T("lab_result")
    if r.random() < 0.3:
        who, ref = f"the patient with MRN {c.mrn(p)}", ""
    else:
        who = c.nm(p)
        mrn = c.mrn(p) if r.random() < 0.7 else None
        ref = f" (MRN {mrn})" if mrn else ""
    if v == 0:
        val = K.inr(r).replace(",", ".")
        txt = (f"Pre-procedure INR for {who}{ref} came back at {val} this morning. She/he is on warfarin for a mechanical valve. "
               "Polypectomy tomorrow — do we bridge with enoxaparin or reschedule? Please advise before 3 pm so I can call.")
        c.T("medication", "diagnosis")
    elif v == 1:
        txt = (f"FYI – {who}{ref}: Hb {r.choice([71, 78, 84, 92, 97])} g/L today (was 112 two weeks ago), ferritin {K.ferritin(r)}. "
               "Colonoscopy booked next Tuesday for iron-deficiency anaemia. Should we move it up?")
        c.T("diagnosis")
    else:
        txt = (f"Critical value called by the lab: {who}{ref}, potassium 2.8, creatinine 164 after the PEG prep. "
               "Patient is dizzy, BP 92/58. Sending to ER for IV replacement; procedure cancelled.")
        c.T("diagnosis", "medication")
    sender = r.choice([S["frechette"], S["cote"], S["dufresne"]])
    dest = r.choice([S["haddad"], S["hebert"], S["desrochers"]])
    subj = r.choice(["Critical lab – please advise", "Lab result before procedure", "URGENT lab"] +
                    ([f"Abnormal result – {p.surname}"] if "patient_name" in c.types else []))
    body = txt + f"\n\n{sender.full}\n{sender.role_en}\n{C.UNIT_PHONE['endo']}\n"
    if r.random() < 0.4:
        t0 = c.earlier(1)
        reply = [r.choice(["Reschedule. Will call the patient myself.", "Hold warfarin tonight, repeat INR at 7 am, then we decide."]),
                 r.choice(["Yes, move it to Friday. I'll add a gastroscopy.", "Keep the date but start oral iron now."]),
                 r.choice(["Agree, ER.", "Agree. Let me know the repeat potassium."])][v]
        body = reply + f"\n\n{dest.given}\n\n" + said_en(t0, sender.full, sender.email) + "\n" + quote(body)
        return c.mail(dest, [sender], "RE: " + subj, body, reply_to_id=f"<{c.idx}.lab@hsab.example>")
    return c.mail(sender, [dest], subj, body)


# 11 -----------------------------------------------------------------------------------------
def ibd_biologic_pa(c):
    r = c.rng
    c.category, c.note = "drug_plan_request", "special-authorisation request for a biologic"
    p = c.holder(18, 70)
    bio = r.choice(K.BIO_EN)
    c.T("diagnosis", "medication", "lab_result")
    pdf_mode = r.random() < 0.5
    idl = c.id_lines(p, with_mrn=r.random() < 0.5, pdf=pdf_mode)
    failed = r.choice(["mesalamine 4.8 g and two prednisone courses", "adalimumab (secondary loss of response, ADA antibodies 46 ng/mL)",
                       "azathioprine (pancreatitis)"])
    lines = [f"Diagnosis: {r.choice(['Crohn disease (Montreal A2 L3 B1)', 'ulcerative colitis (Mayo 3)', 'Crohn disease with ileal stricture'])}",
             f"Requested: {bio[1]} ({bio[0]}) {bio[2]}", f"Previous therapies failed: {failed}",
             f"Fecal calprotectin {K.calpro(r)} ug/g; CRP {r.choice([12, 19, 33, 58])} mg/L; endoscopic SES-CD {r.choice([9, 14, 18])}"]
    sender = S["lacasse"]
    to = ("Drug Plan – Exception Requests", "exceptions@regime-medicaments.example")
    if pdf_mode:
        blocks = [("kv", [(ln.split(":")[0] + ":", ln.split(":", 1)[1].strip()) for ln in idl.split("\n")]),
                  *[("p", x) for x in lines], ("p", f"Prescriber: {S['okafor'].t('en')}")]
        pdf = A.make_pdf("Exception drug request", blocks, "en")
        return c.mail(sender, [to], "Exception request – biologic", "Hello,\n\nPlease see the attached request form.\n\n" + sender.sig("en") + "\n",
                      atts=[Att(r.choice(["exception_request.pdf", f"request_{p.surname}_{p.given}.pdf"]), "application/pdf", pdf)])
    body = "Hello,\n\nPlease process the following exception request:\n\n" + idl + "\n\n" + "\n".join(lines) + \
           f"\n\nPrescriber: {S['okafor'].t('en')}\n\n{sender.sig('en')}\n"
    return c.mail(sender, [to], r.choice([f"Exception request – {bio[1]}", "Special authorization", "Biologic request"]), body)


# 12 -----------------------------------------------------------------------------------------
def hepatology_hcc(c):
    r = c.rng
    c.category, c.note = "hepatology", "HCC surveillance imaging and AFP follow-up"
    p = c.patient(45, 82)
    nm = c.nm(p)
    c.T("diagnosis", "lab_result")
    afp = r.choice([4.1, 8.8, 23, 61, 340])
    us = r.choice(["new 1.8 cm arterially enhancing lesion segment VI, LI-RADS 4", "stable cirrhotic liver, no focal lesion",
                   "2.6 cm lesion segment VIII with washout, LI-RADS 5", "portal vein patent; moderate ascites"])
    extra = ""
    if r.random() < 0.5:
        extra = f"\nCell {p.phone} (prepaid, often out of minutes). Lives alone in a rooming house since the separation, no car.\n"
        c.T("social_information", "patient_contact")
    if r.random() < 0.4:
        c.T("medication")
        extra += "\nStill on propranolol 40 mg BID and spironolactone 100 mg; no alcohol since June per patient.\n"
    txt = (f"Dr. {S['chen'].surname},\n\nSurveillance results for {nm}{' (MRN ' + c.mrn(p) + ')' if r.random() < 0.6 else ''}:\n"
           f"- Ultrasound {C.r_date(c.day - datetime.timedelta(days=3), 'iso')}: {us}\n- AFP {afp} ug/L\n{extra}\n"
           "Do you want a multiphase CT/MRI and tumour board discussion?\n\n" + S["mensah"].sig("en") + "\n")
    return c.mail(S["mensah"], [S["chen"]], r.choice(["HCC surveillance result", "US + AFP result", "Surveillance – for review"]), txt,
                  cc=[S["lemieux"]] if r.random() < 0.4 else None)


# 13 -----------------------------------------------------------------------------------------
def belgian_niss(c):
    r = c.rng
    c.category, c.note = "international_patient", "care coordination for a patient insured in Belgium"
    p = c.patient(20, 70)
    nm = c.nm(p, full=True)
    ni = c.niss(p)
    dd = c.dob(p)
    c.T("diagnosis", "medication")
    txt = (f"Dear colleagues,\n\n{nm} (born {dd}; Belgian national number {ni}) was seen in our emergency department "
           f"while visiting family. Diagnosis: {r.choice(['Crohn disease flare with partial small-bowel obstruction', 'acute severe ulcerative colitis', 'upper GI bleed from duodenal ulcer'])}.\n"
           f"Treated with {r.choice(['IV methylprednisolone 60 mg daily', 'infliximab 5 mg/kg rescue', 'IV pantoprazole then oral 40 mg BID'])}.\n"
           "We request a guarantee of payment from the mutuality / travel insurer before the planned colonoscopy.\n\n"
           f"{S['okafor'].sig('en')}\n")
    to = ("Assistance médicale", "assistance@mutualite-voyage.example")
    if r.random() < 0.5:
        x = A.make_docx("Medical report – international patient", [("p", txt)], author=S["okafor"].full)
        return c.mail(S["okafor"], [to], "Guarantee of payment request", "Please see the attached medical report.\n\n" + S["okafor"].sig("en") + "\n",
                      atts=[Att("medical_report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", x)])
    return c.mail(S["okafor"], [to], "Guarantee of payment – hospitalised patient", txt)


# 14 -----------------------------------------------------------------------------------------
def reply_patient(c):
    r = c.rng
    c.category, c.note = "reply_to_patient", "nurse reply to a patient quoting the patient's question"
    p = c.patient(25, 78)
    pe = f"{C.fold(p.surname).replace(' ', '').replace(chr(39), '')}{r.randint(10, 99)}@mail.example"
    t0 = c.earlier(r.randint(3, 30))
    c.T("patient_name")
    v = c.occ % 2
    if v == 0:
        q = (f"Hello, my prep is the Pico-Salax and I'm diabetic on Ozempic. Do I stop the Ozempic before? "
             f"The procedure is on the {r.randint(2, 27)}th.\n{p.given} {p.surname}")
        ans = ("Hello,\n\nYes — please hold your Ozempic (semaglutide) for 7 days before the colonoscopy, and follow a clear "
               "liquid diet the whole day before. Check your sugars more often.\n")
        c.T("medication", "diagnosis")
    else:
        q = (f"Hi, I got my results on the portal and it says 'tubular adenoma'. Is that cancer? I'm worried.\n"
             f"{p.given}")
        ans = ("Hello,\n\nA tubular adenoma is a benign (non-cancerous) polyp; it was completely removed. Dr. Desrochers "
               "recommends a follow-up colonoscopy in 3 years. You will receive a letter.\n")
        c.T("diagnosis", "lab_result")
    sender = S["dufresne"] if v == 1 else S["cote"]
    body = ans + f"\nKind regards,\n{sender.sig('en')}\n\n" + said_en(t0, f"{p.given} {p.surname}", pe) + "\n" + quote(q) + "\n"
    return c.mail(sender, [(f"{p.given} {p.surname}", pe)], "RE: " + r.choice(["question", "Prep question", "my results"]), body,
                  reply_to_id=f"<{c.idx}.q@mail.example>")


# 15 -----------------------------------------------------------------------------------------
def research_log(c):
    r = c.rng
    c.category, c.note = "study_screening_log", "research screening log identifying participants"
    hdr = ["Screen #", "Participant", "MRN", "DOB", "Dx", "Eligible", "Reason"]
    rows = []
    c.T("patient_name", "mrn", "date_of_birth", "diagnosis")
    for k in range(r.randint(3, 6)):
        p = c.patient(18, 75)
        rows.append([f"SCR-{k + 1:03d}", p.name(r.choice(["upper_comma", "full", "initial"]), "en"), C.r_mrn(p.mrn, "plain"),
                     C.r_date(p.dob, "iso"), r.choice(["CD", "UC", "UC", "CD"]), r.choice(["Y", "N"]),
                     r.choice(["", "prior anti-IL23", "pregnant", "CDAI < 220", "active TB screen positive"])])
        c.ids.append(("mrn", p.mrn))
    x = A.make_xlsx([("Screening log", [hdr] + rows)], author=S["patel"].full)
    fwd = r.random() < 0.5
    body = (f"Hi {S['okafor'].given},\n\nUpdated screening log for the IBD trial attached; please sign off on eligibility.\n\n{S['patel'].sig('en')}\n")
    if fwd:
        t0 = c.earlier(26)
        body = ("Forwarding as requested for the monitor visit.\n\n" +
                fwd_en(t0, f"{S['patel'].full} <{S['patel'].email}>", f"{S['okafor'].full} <{S['okafor'].email}>",
                       "Screening log", body, outlook=r.random() < 0.5))
    return c.mail(S["patel"], [S["okafor"]] if not fwd else [("Clinical Monitor", "monitor@cro-nordique.example")],
                  "Screening log update" if not fwd else "FW: Screening log", body,
                  atts=[Att("screening_log.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
