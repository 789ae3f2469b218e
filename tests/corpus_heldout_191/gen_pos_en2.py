"""Positive (confidential) messages in English – part 2."""
from gen_clinical import has_imaging, meds_en, opioid, PAIN, PEDS, PREOP, SOCIAL
from gen_common import ohip_render, strip_accents
from gen_org import HOSP, UNITS, partner_addr, st
from gen_render import att_docx, att_eml, att_pdf, att_txt, att_vcf, att_zip
from gen_tpl import Msg


def pr(p, subj=True):
    if subj:
        return "she" if p.sex == "F" else "he"
    return "her" if p.sex == "F" else "him"


def pos(p):
    return "her" if p.sex == "F" else "his"


def pain_sc(t, keys=None):
    return t.pick([x for x in PAIN if keys is None or x["key"] in keys])


def preop_sc(t, keys=None):
    return t.pick([x for x in PREOP if keys is None or x["key"] in keys])


def shelter_en(t):
    m = Msg(t, "pos", "social", "patient living in a shelter; daily dispensing arrangement")
    p = t.c.patient("en", age=(25, 65))
    sc = pain_sc(t, ("sickle", "fbss", "lbp_rad", "phantom"))
    doc, sw = st(t.pick(["ashworth", "feldstein"])), st("desrosiers")
    m.frm = sw.addr()
    m.to = [doc.addr(), st("murray").addr()]
    m.subject = t.pick(["Housing update", "Re: missed appointments", "Dispensing plan – shelter"])
    m.body = f"""{t.hello()}

Update on {p.name(t.pick(['full', 'given', 'initial', 'title_sur']))}: {pr(p)} is {SOCIAL['housing'][1]} (Maison Horizon, {"women's" if p.sex == "F" else "men's"} wing). {pos(p).capitalize()} phone was stolen, so {pr(p)} missed the last two appointments.

Given the {opioid(sc, 'en').split(' ')[0]} prescription ({sc['dx'][1]}), I suggest daily witnessed dispensing at Maple Street Pharmacy, which is across from the shelter. The shelter worker agreed to bring {pr(p, False)} to the {t.day(t.future(3, 10))} visit.

{t.bye()}
{t.sign('desrosiers', 1)}"""
    m.ty("patient_name", "social_information", "diagnosis", "medication")
    return m


def ipv_en(t):
    m = Msg(t, "pos", "social", "IPV disclosure noted during pain consultation")
    p = t.c.patient("en", sex="F", age=(22, 60))
    sc = pain_sc(t, ("migraine", "fibro", "occipital", "cpsp", "si_joint"))
    doc = st(t.pick(["ashworth", "feldstein", "trudel"]))
    sw = st("desrosiers")
    m.frm = doc.addr()
    m.to = [sw.addr()]
    m.importance = True
    m.subject = t.pick(["Confidential – please see today", "Urgent SW referral", "Safety concern"])
    m.body = f"""Julie,

Could you see {p.name(t.pick(['full', 'title_full', 'initial']))} before she leaves clinic today (room 4)? Seen for {sc['dx'][1]}; during the visit she {SOCIAL['violence'][1].split(';')[0]}. Partner is in the waiting room – please don't page her by name.

She wants information on shelters but not police involvement for now.

{doc.given}"""
    m.ty("patient_name", "social_information", "diagnosis")
    return m


def patient_reply(t):
    m = Msg(t, "pos", "reply", "nurse reply to a patient's personal e-mail about a procedure")
    p = t.c.patient("en")
    sc = pain_sc(t, ("lbp_rad", "facet", "knee_oa", "si_joint", "occipital"))
    nurse = st("murray")
    mail = f"{strip_accents(p.given).lower()[0]}{strip_accents(p.surname).lower().replace(' ', '').replace(chr(39), '')}{t.randint(10, 99)}@mailbox.example"
    d = t.future(5, 20)
    prev = t.earlier(5, 40)
    q = f"""Hi Kathleen,

I got the letter for my {sc['proc'][1]} on {t.short(d)} (for my {sc['dx'][1].split(',')[0].lower()}). I'm on {t.pick(['apixaban for my heart', 'Plavix since my stent', 'aspirin 81'])} – do I need to stop it? Also can my son drive me?

Thanks,
{p.name('given')}"""
    subj0 = "Question about my injection"
    m.in_reply_to = t.synth_msgid("mailbox.example")
    m.frm = nurse.addr()
    m.to = [(p.name("full"), mail)]
    m.subject = t.re(subj0)
    m.body = f"""Hello {p.name('title_sur')},

Thank you for your message. Please do not stop that medication on your own – Dr. {st('ashworth').surname} will review it and I will call you by Friday with instructions. Yes, your son can drive you; you cannot drive for the rest of the day.

Your appointment: {t.day(d)}, {t.pick(['8:30', '10:00', '13:15'])}, Chronic Pain Clinic, {HOSP}, entrance C.

{t.sign('murray', 1)}

{t.quote(p.name('full'), mail, prev, q)}"""
    m.ty("patient_name", "diagnosis", "medication")
    return m


def eml_fwd_referral(t):
    m = Msg(t, "pos", "forward", "family doctor's referral forwarded as attached .eml")
    p = t.c.patient("en", age=(25, 85))
    hn, vc = t.c.ohip()
    hr = ohip_render(hn, vc, t.pick(["hyphen", "spaced", "plain"]))
    m.idv("ca_health_number", hr)
    sc = pain_sc(t)
    gpname = t.pick(["Dr. Helen Okafor-Reyes", "Dr. Martin Szabo", "Dr. Lauren Whitcombe"])
    gpmail = "referrals@" + "nsfht.example"
    prev = t.earlier(24, 120)
    dob = t.dob(p)
    inner_body = f"""Dear colleagues,

Referral for {p.name('full')}, DOB {dob}, Ontario HCN {hr}.
{sc['dx'][1][0].upper() + sc['dx'][1][1:]}, failed conservative management. Current meds: {'; '.join(meds_en(sc))}.
{sc['imaging'][1]}.
Requesting consideration for {sc['proc'][1]}.

{gpname}
Northshore Family Health Team"""
    inner = dict(lang="en", **{"from": (gpname, gpmail)}, to=[("Chronic Pain Clinic", "douleur.reception@hsaurele.example")],
                 subject=t.pick(["Referral", "New referral – pain clinic", "Referral (urgent)"]), body=inner_body,
                 date=prev, msgid=f"<{t.rng.getrandbits(56):014x}@nsfht.example>", atts=[])
    doc = st(t.pick(["ashworth", "feldstein", "benslimane"]))
    m.atts = [att_eml(inner, t.pick(["Referral.eml", None, "fw_referral.eml"]))]
    m.frm = st("ferland").addr()
    m.to = [doc.addr()]
    m.subject = t.tr(inner["subject"])
    m.body = f"""{t.hello(doc.name('en'))}

Ontario referral attached for triage. Do you accept, or should I redirect to Rideau Valley?

{t.bye()}
Nadia"""
    m.ty("patient_name", "date_of_birth", "diagnosis", "medication")
    if has_imaging(sc):
        m.ty("lab_result")
    return m


def zip_preop(t):
    m = Msg(t, "pos", "preop", "pre-op package ZIP with questionnaire PDF and ECG report")
    p = t.c.patient("en", age=(45, 88))
    sc = preop_sc(t)
    mrn = t.mrn(p, "plain")
    m.idv("mrn", mrn)
    dob = t.dob(p, "iso")
    q = [("title", "Pre-Anaesthesia Questionnaire (completed)"),
         ("kv", [("Name", p.name("upper_comma")), ("DOB", dob), ("MRN", mrn), ("Procedure", sc["proc"][1])]),
         ("table", [["Question", "Answer"], ["Previous anaesthetic problems?", t.pick(["No", "Severe nausea", "Slow to wake up"])],
                    ["Do you snore loudly?", t.pick(["Yes", "No"])], ["Medical conditions", sc["dx"][1]],
                    ["Medications", "; ".join(meds_en(sc))], ["Allergies", t.pick(["None", "Penicillin (rash)", "Codeine (vomiting)"])]])]
    qt = round(t.randint(400, 480))
    ecg = (f"12-LEAD ECG REPORT\nPatient: {p.name('upper_comma')}   MRN: {mrn}\nRate 72  PR 186  QRS 98  QT/QTc 402/{qt}\n"
           f"Interpretation: sinus rhythm, {t.pick(['left anterior fascicular block', 'nonspecific ST-T changes', 'first-degree AV block', 'no acute changes'])}.\n")
    members = [att_pdf("questionnaire.pdf", q, "Questionnaire", ""), att_txt("ECG_report.txt", ecg, "utf-8")]
    md = st(t.pick(["ashworth", "vaillancourt"]))
    m.atts = [att_zip(t.pick(["preop_package.zip", f"PAC_{mrn}.zip", "documents.zip"]), members)]
    m.frm = st("houle").addr()
    m.to = [md.addr()]
    m.subject = t.pick(["Pre-op documents for review", "PAC package", "Questionnaire + ECG"])
    m.body = f"""{t.hello(md.name('en'))}

The completed questionnaire and ECG for tomorrow's {sc['proc'][1]} are in the attached zip. Patient is coming in at 10:30.

{t.bye()}
Mélissa Houle
{UNITS['CEPA'][1]}"""
    m.ty("patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result")
    if sc["key"] != "mh":
        m.ty("medication")
    return m


def subject_only_en(t):
    m = Msg(t, "pos", "quick_note", "clinical note where the patient name appears only in the Subject")
    p = t.c.patient("en")
    sc = preop_sc(t, ("opioid_preop", "ptg_osa", "colect_anemia", "pth_afib"))
    frm, to = st("lindgren"), st("okonkwo")
    m.frm = frm.addr()
    m.to = [to.addr()]
    m.subject = t.pick([f"{p.name('title_sur')} – post-op pain, pls review", f"{p.name('upper_comma')} rm {t.randint(410, 460)}", f"re {p.name('lower')}"])
    m.body = f"""Pain 8/10 despite HM PCA 0.2 mg q8min (used 6.4 mg overnight), POD{t.randint(1, 2)} {sc['proc'][1]}. Background: {sc['dx'][1]}.
RR 14, sedation score 1, SpO2 93% on 2 L. Asking for something else – can you come by before noon?"""
    m.ty("patient_name", "diagnosis", "medication")
    m.must.append(p.surname)
    return m


def or_list_html(t):
    m = Msg(t, "pos", "census", "OR list with anaesthesia issues (HTML table)")
    rows = ["Time | Patient | Procedure | ASA | Anaesthesia notes"]
    times = ["07:45", "09:30", "11:15", "13:00", "14:30", "16:00"]
    n = t.randint(4, 6)
    for i in range(n):
        p = t.c.patient(t.pick(["en", "fr"]), age=(25, 88))
        sc = preop_sc(t)
        rows.append(f"{times[i]} | {p.name(t.pick(['upper_comma', 'surname_first', 'full', 'sur_initial']))} | {sc['proc'][1]} | {sc['asa']} | {sc['dx'][1]}")
        if i == 0:
            m.must.append(p.surname)
    coord = st("demers")
    md = st(t.pick(["ashworth", "archambault"]))
    d = t.future(1, 2)
    m.frm = coord.addr()
    m.to = [md.addr(), st(t.pick(["aziz", "vezina"])).addr()]
    m.subject = t.pick([f"OR 3 list – {t.day(d)}", "Tomorrow's list (OR 3)", "Updated OR list"])
    table = "\n".join(rows)
    m.body = f"""{t.hello()}

Final list for OR 3, {t.day(d)}:

{table}

{t.pick(['Case 3 may move to OR 5.', 'No changes since this morning.', 'The 13:00 case needs a latex-free setup.'])}

{t.bye()}
{t.sign('demers', 1)}"""
    m.tx = {"mode": t.pick(["html", "alt"])}
    m.ty("patient_name", "diagnosis")
    return m


def bridging(t):
    m = Msg(t, "pos", "anticoagulation", "warfarin bridging plan with INR values")
    p = t.c.patient("en", age=(50, 85))
    ph, md = st("pepin"), st(t.pick(["ashworth", "vaillancourt"]))
    d = t.future(10, 25)
    mrn = t.mrn(p)
    m.idv("mrn", mrn)
    inr = f"{t.randint(22, 34) / 10:.1f}"
    m.frm = ph.addr()
    m.to = [md.addr()]
    m.cc = [st("berube").addr()]
    m.subject = t.pick(["Bridging plan", f"Warfarin bridge – {mrn}", "Anticoagulation plan for surgery"])
    named = t.chance(0.5)
    who = f"{p.name(t.pick(['full', 'upper_comma', 'title_full']))} ({mrn})" if named else f"the patient in chart {mrn}"
    if not named:
        m.subject = t.pick(["Bridging plan", f"Warfarin bridge – {mrn}", f"MRN {mrn} – anticoagulation plan"])
    m.body = f"""{t.hello(md.name('en'))}

Proposed bridging for {who} – mechanical mitral valve, surgery {t.day(d)} (laparoscopic cholecystectomy). Last INR {inr}.

Day -5: last warfarin dose
Day -3: start enoxaparin 1 mg/kg SC q12h ({t.randint(70, 95)} mg)
Day -1: last enoxaparin AM dose only; INR in the morning
Day 0: surgery; restart warfarin evening if haemostasis OK
Day +1: restart enoxaparin until INR > 2.5 x 2 days

OK with you?

{t.sign('pepin', 1)}"""
    m.ty("mrn", "diagnosis", "medication", "lab_result")
    if named:
        m.ty("patient_name")
    return m


def peds_preop(t):
    m = Msg(t, "pos", "preop", "paediatric pre-op note with parent contact")
    p = t.c.holder(max_age=15)
    sc = t.pick(PEDS)
    md = st(t.pick(["ashworth", "vaillancourt"]))
    ph = t.c.phone_fmt()
    ident = t.ident_block(m, p, style=t.pick([0, 1, 3]), name_style=t.pick(["full", "upper_comma", "comma"]))
    d = t.future(5, 30)
    m.frm = st("berube").addr()
    m.to = [md.addr()]
    m.subject = t.pick(["Peds pre-op – please review", f"Paediatric case {t.short(d)}", "Pre-op phone assessment (child)"])
    m.body = f"""{t.hello(md.name('en'))}

Phone pre-op done with the {t.pick(['mother', 'father', 'grandmother (legal guardian)'])} for:

{ident}

Procedure: {sc['proc'][1]} on {t.day(d)}
History: {sc['dx'][1]}
Suggested plan: {sc['plan'][1]}
Parent contact: {ph} (home)

{t.bye()}
Josiane"""
    m.ty("diagnosis", "patient_contact")
    m.must.append(ph)
    return m


def sickle_plan(t):
    m = Msg(t, "pos", "care_plan", "individualised sickle-cell ED pain plan (PDF)")
    p = t.c.patient("en", age=(18, 45))
    mrn = t.mrn(p, "plain")
    m.idv("mrn", mrn)
    doc = st(t.pick(["ashworth", "feldstein"]))
    dob = t.dob(p, "iso")
    blocks = [("title", "Individualised Emergency Pain Plan – Sickle Cell Disease"),
              ("kv", [("Patient", p.name("full")), ("DOB", dob), ("MRN", mrn), ("Baseline Hb", f"{t.randint(68, 88)} g/L")]),
              ("p", "Diagnosis: sickle cell disease (HbSS), recurrent vaso-occlusive crises; left femoral head osteonecrosis."),
              ("p", "Within 30 min of triage: hydromorphone 2 mg SC, repeat q20min x3 as needed. Then PCA per APS."),
              ("p", "Avoid meperidine. Home meds: hydroxyurea 1000 mg daily, folic acid 5 mg daily."),
              ("small", f"Approved by {doc.name('en')} – review date {t.future(150, 200).isoformat()}")]
    m.atts = [att_pdf(t.pick(["ED_pain_plan.pdf", f"Care_plan_{mrn}.pdf", "SCD_plan.pdf"]), blocks, "Care plan", doc.plain())]
    m.frm = doc.addr()
    m.to = [("ED Physicians", "urgence.medecins@hsaurele.example")]
    m.cc = [st("okonkwo").addr()]
    m.subject = t.pick(["Updated ED care plan", "Sickle cell pain plan – please upload", "Individualised pain plan"])
    m.body = f"""{t.hello()}

Attached is the updated emergency pain plan for {p.name(t.pick(['full', 'title_full', 'initial']))}. Please scan it into the chart and use it at the next presentation – the last two visits had a 3-hour delay to first analgesia.

{t.bye()}
{t.sign(doc.key, 1)}"""
    m.ty("patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result")
    return m


def cancer_methadone(t):
    m = Msg(t, "pos", "consult", "palliative cancer pain: methadone rotation advice")
    p = t.c.patient("en", age=(45, 85))
    doc = st(t.pick(["benslimane", "ashworth"]))
    to = ("Palliative Care Team", "soinspalliatifs@hsaurele.example")
    m.frm = doc.addr()
    m.to = [to]
    m.subject = t.pick(["Methadone rotation", "Coeliac block – pain consult", f"{p.name('upper_comma')} – pain consult"])
    m.body = f"""{t.hello()}

Saw {p.name(t.pick(['full', 'title_full', 'initial']))} on the ward for metastatic pancreatic adenocarcinoma pain (CT: coeliac axis involvement). Currently on hydromorphone 8 mg PO q4h + 6 breakthroughs/day, with myoclonus.

Recommendations:
1. Rotate to methadone 5 mg PO q8h, keep hydromorphone 2 mg q1h PRN for breakthrough.
2. ECG now and in 1 week (QTc baseline {t.randint(420, 460)} ms).
3. Coeliac plexus neurolysis booked {t.day(t.future(3, 8))}.

{t.bye()}
{t.sign(doc.key, 1)}"""
    m.ty("patient_name", "diagnosis", "medication", "lab_result")
    return m


def vcard_en(t):
    m = Msg(t, "pos", "contact", "patient vCard shared with home-care nurse")
    p = t.c.patient("en", age=(50, 90))
    a1, a2 = t.c.address("fr")
    ph = t.c.phone()
    town = a2.split(" (")[0]
    pc = a2[-7:]
    dob = p.dob.isoformat()
    m.atts = [att_vcf(f"{p.surname}_{p.given}.vcf", family=p.surname, given=p.given, tels=[("HOME", ph)],
                      adr=(a1, town, "QC", pc), bday=dob, note="Home PCA – pancreatic cancer pain")]
    m.frm = st("lindgren").addr()
    m.to = [("CLSC Home Care – Nursing", "soinsdomicile@cisss-hr.example")]
    m.subject = t.pick(["Home PCA patient – contact", "New home-care referral", "Contact card for home visit"])
    m.body = f"""{t.hello()}

{p.name('title_full')} is going home tomorrow with a CADD subcutaneous hydromorphone pump (2 mg/h, bolus 1 mg q15min). First home visit needed within 24 h. Contact card attached.

{t.bye()}
{t.sign('lindgren', 1)}"""
    m.ty("patient_name", "date_of_birth", "patient_contact", "diagnosis", "medication")
    m.must.append(ph)
    return m


def agreement_docx(t):
    m = Msg(t, "pos", "agreement", "signed opioid treatment agreement (DOCX)")
    p = t.c.holder(min_age=20)
    doc = st(t.pick(["ashworth", "feldstein", "benslimane"]))
    sc = pain_sc(t, ("lbp_rad", "fbss", "knee_oa", "phantom", "cancer"))
    m.holder(p)
    nam = t.nam(p, t.pick(["plain", "spaced"]))
    dob = t.dob(p, "iso")
    blocks = [("title", "Opioid Treatment Agreement"),
              ("kv", [("Patient", p.name("full")), ("Date of birth", dob), ("Sex", p.sex), ("RAMQ", nam),
                      ("Condition", sc["dx"][1]), ("Medication", opioid(sc, "en")), ("Pharmacy", "Maple Street Pharmacy")]),
              ("p", "I agree to obtain opioid prescriptions only from this clinic and to use one pharmacy.\n"
                    "I agree to random urine drug testing.\nLost or stolen prescriptions will not be replaced."),
              ("p", f"Signed: {p.name('full')}     Witness: {st('murray').plain()}     Date: {t.when.date().isoformat()}")]
    m.atts = [att_docx(t.pick(["Opioid_agreement_signed.docx", f"Agreement_{p.surname}.docx"]), blocks, doc.plain())]
    m.frm = st("murray").addr()
    m.to = [doc.addr()]
    m.cc = [st("ferland").addr()]
    m.subject = t.pick(["Signed agreement – for chart", "Opioid agreement signed today", "Treatment agreement"])
    m.body = f"""{t.hello(doc.name('en'))}

{p.name('given')} signed the attached agreement this morning. Copy sent to the pharmacy. First urine screen done today.

{t.bye()}
Kathleen"""
    m.ty("diagnosis", "medication")
    return m


def mh_letter(t):
    m = Msg(t, "pos", "letter", "malignant hyperthermia susceptibility letter")
    p = t.c.holder(min_age=16)
    md = st(t.pick(["archambault", "ashworth"]))
    ident = t.ident_block(m, p, style=t.pick([0, 3, 4]), with_mrn=True)
    m.frm = md.addr()
    m.to = [st(t.pick(["abboud", "lanctot"])).addr()]
    m.cc = [st("vaillancourt").addr()]
    m.subject = t.pick(["MH susceptibility – please note", "Malignant hyperthermia – family history", "Important anaesthesia alert"])
    m.body = f"""Dear colleague,

{ident}

Your patient was assessed in our pre-anaesthesia clinic. A first-degree relative had a confirmed malignant hyperthermia reaction, and the family has a RYR1 variant. Until testing is done, this patient must be considered MH-susceptible: no volatile agents, no succinylcholine.

We have referred {pr(p, False)} for genetic counselling. Please add an alert to the chart.

{md.name('en')}
{UNITS['ANES'][1]}, {HOSP}"""
    m.ty("diagnosis")
    return m
