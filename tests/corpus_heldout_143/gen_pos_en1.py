"""English positives, part 1: Ontario referral, sign-out, discharge, insurer forms, invites, vCards, exports, ZIPs."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import Att
from gen_pos_fr1 import _tbl_html, _tbl_text

S, X = C.STAFF, C.EXTERNAL


def indic_en(c, rng):
    i = rng.randrange(len(K.INDIC_EN))
    txt = K.INDIC_EN[i]
    if i == 0:
        txt = f"positive FIT ({K.fit_value(rng)} ng/mL)"
        c.T("lab_result")
    elif i == 7:
        c.T("diagnosis", "lab_result")
    else:
        c.T("diagnosis")
    return txt


# 1 ------------------------------------------------------------------------------------------
def referral_ontario(c):
    r = c.rng
    c.category, c.note = "referral", "out-of-province (Ontario) patient referral for endoscopy"
    p = c.patient(30, 80)
    on = X["ontario"]
    as_pdf = r.random() < 0.5
    hn = c.ohip(p, r.choice(["dash", "space", "plain"]) if as_pdf else None)
    nm = c.nm(p, full=True)
    dd = c.dob(p)
    c.T("diagnosis")
    ind = indic_en(c, r)
    meds = r.choice([("pantoprazole 40 mg BID", "esomeprazole 40 mg daily"), ("apixaban 5 mg BID", "metoprolol 25 mg BID"),
                     ("mesalamine 4.8 g daily", "vitamin D 1000 IU")])
    c.T("medication")
    txt = (f"Dear Dr. {S['haddad'].surname},\n\n"
           f"Thank you for seeing {nm} (DOB {dd}, Ontario HCN {hn}), who now lives part of the year in Val-des-Battures "
           f"and would prefer follow-up at your centre.\n\n"
           f"Reason for referral: {ind}. Previous colonoscopy at our site in 2019 showed {r.choice(K.PATHO_EN[:6])}.\n"
           f"Current medications: {meds[0]}, {meds[1]}.\n\n"
           "Please note OHIP will be billed through the interprovincial reciprocal agreement.\n\n"
           f"Best regards,\n\nMegan Fitzgerald, MD FRCPC\n{on.role_en}\n613-555-0177\n")
    if as_pdf:
        blocks = [("kv", [("Patient:", nm), ("DOB:", dd), ("Health card:", hn)]), ("h", "Reason for referral"),
                  ("p", ind), ("h", "Medications"), ("p", f"{meds[0]}; {meds[1]}")]
        pdf = A.make_pdf("Referral - Gastroenterology", blocks, "en", compress=True)
        short = f"Dear Dr. {S['haddad'].surname},\n\nPlease find attached a referral for a shared patient.\n\nBest regards,\nM. Fitzgerald\n"
        return c.mail(on, [S["haddad"]], "Referral - out of province patient", short,
                      atts=[Att(r.choice(["referral.pdf", f"referral_{p.surname}.pdf"]), "application/pdf", pdf)])
    return c.mail(on, [S["haddad"]], r.choice(["Referral: endoscopy", "New referral – Ontario patient", "Referral"]), txt)


# 2 ------------------------------------------------------------------------------------------
def census_signout(c):
    r = c.rng
    c.category, c.note = "signout_list", "GI inpatient service sign-out list"
    hdr = ["Rm", "Patient", "MRN", "Problem", "To do overnight"]
    rows = []
    c.T("patient_name", "mrn", "diagnosis")
    todo = ["f/u Hb at 22h, transfuse if < 70", "NPO after midnight for EGD", "lactulose titrate to 3 BM", "repeat lipase AM",
            "watch for rebleed, 2 large-bore IVs", "IV pantoprazole 8 mg/h", "ceftriaxone day 3/7", "nil"]
    for _ in range(r.randint(4, 8)):
        p = c.patient(25, 92)
        rows.append([f"{r.randint(4, 6)}{r.randint(10, 38)}-{r.choice('AB')}",
                     p.name(r.choice(["upper_comma", "sur_first", "upper", "initial", "lower_rev"]), "en"),
                     C.r_mrn(p.mrn, r.choice(["plain", "dash"])), r.choice(K.DX_EN + ["upper GI bleed, on pantoprazole infusion",
                                                                                      "acute pancreatitis (EtOH)", "C. diff colitis"]),
                     r.choice(todo)])
        c.ids.append(("mrn", p.mrn))
    blob = " ".join(str(x) for row in rows for x in row)
    if any(w in blob for w in ("lactulose", "pantoprazole", "ceftriaxone", "transfuse")):
        c.T("medication")
    if any(w in blob for w in ("Hb", "lipase")):
        c.T("lab_result")
    intro = f"Hi {r.choice(['Laurence', 'team', 'all'])},\n\nGI ward sign-out for tonight. Pager 4417 until 8 a.m."
    outro = f"Thanks,\n{S['proulx'].given}"
    mode = r.choice(["plain", "html", "alt", "docx"])
    subj = r.choice(["GI sign-out", f"Sign-out {C.r_date(c.day, 'iso')}", "Handover – GI service"])
    sender = S["proulx"] if r.random() < 0.5 else S["haddad"]
    if mode == "docx":
        x = A.make_docx("GI service – sign-out", [("table", hdr, rows)], author=sender.full)
        return c.mail(sender, [S["okafor"], S["hebert"]], subj, intro + "\nList attached.\n\n" + outro + "\n",
                      atts=[Att("signout.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", x)])
    return c.mail(sender, [S["okafor"], S["hebert"]], subj, intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n",
                  html=_tbl_html(hdr, rows, intro, outro) if mode != "plain" else None, mode=mode)


# 3 ------------------------------------------------------------------------------------------
def discharge_summary(c):
    r = c.rng
    c.category, c.note = "discharge_summary", "discharge summary after upper GI bleeding"
    use_nam = r.random() < 0.5
    p = c.holder(40, 90) if use_nam else c.patient(40, 90)
    ident = c.id_lines(p, with_mrn=True, pdf=True) if use_nam else f"Name: {c.nm(p, full=True)}\nMRN: {c.mrn(p, 'dash')}\nDOB: {c.dob(p)}"
    c.T("diagnosis", "medication", "lab_result")
    adm = c.day - datetime.timedelta(days=r.randint(4, 9))
    blocks = [("kv", [(ln.split(":")[0] + ":", ln.split(":", 1)[1].strip()) for ln in ident.split("\n")] +
               [("Admitted:", C.r_date(adm, "iso")), ("Discharged:", C.r_date(c.day, "iso"))]),
              ("h", "Diagnosis"), ("p", r.choice(["Variceal upper GI bleed; alcohol-related cirrhosis Child-Pugh B",
                                                  "Duodenal ulcer (Forrest IIa), H. pylori positive",
                                                  "Mallory-Weiss tear; alcohol use disorder"])),
              ("h", "Procedures"), ("p", "EGD day 1 with band ligation x 4 / clips + epinephrine injection as applicable."),
              ("h", "Lab"), ("p", f"Hb nadir {K.hb(r)} g/L, 2 units PRBC; INR {K.inr(r).replace(',', '.')}; creatinine 88."),
              ("h", "Discharge medications"),
              ("p", "Pantoprazole 40 mg PO BID x 8 weeks; nadolol 20 mg daily; ceftriaxone completed; "
                    "clarithromycin/amoxicillin/PPI triple therapy if H. pylori."),
              ("h", "Follow-up"), ("p", "Repeat EGD in 4 weeks (booked). Hepatology clinic Dr. Chen.")]
    fmt = r.choice(["pdf", "docx"])
    if fmt == "pdf":
        data, ct, fn = A.make_pdf("Discharge Summary - Gastroenterology", blocks, "en"), "application/pdf", "discharge_summary.pdf"
    else:
        data, ct = A.make_docx("Discharge Summary", blocks, author=S["haddad"].full), \
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        fn = f"DC summary {p.surname}.docx"
    gp = r.choice([X["kowalski"], X["turcotte"]])
    body = (f"Dr. {gp.surname},\n\nPlease find attached the discharge summary for your patient, discharged today from the GI ward.\n\n"
            f"Regards,\n{S['charbonneau'].full}\nfor {S['haddad'].t('en')}\n")
    return c.mail(S["charbonneau"], [gp], r.choice(["Discharge summary", "DC summary – GI ward", "Discharge summary (GI)"]),
                  body, atts=[Att(fn, ct, data)])


# 4 ------------------------------------------------------------------------------------------
def insurer_form(c):
    r = c.rng
    c.category, c.note = "insurer_form", "disability or drug-claim form sent to an insurer"
    p = c.patient(25, 62)
    nm = c.nm(p, full=True)
    inline = r.random() < 0.35
    sn = c.sin(p, None if inline else r.choice(["space", "dash", "plain", "dot"]))
    dd = c.dob(p)
    dx = r.choice(["Crohn's disease, ileocolonic, with perianal fistula", "Ulcerative colitis, severe flare",
                   "Decompensated cirrhosis (ascites)", "Post right hemicolectomy for colon adenocarcinoma"])
    c.T("diagnosis", "medication")
    cert = f"{r.randint(100000, 999999)}-{r.randint(10, 99)}"
    rows = [("Plan member:", nm), ("Date of birth:", dd), ("SIN:", sn), ("Certificate no.:", cert),
            ("Diagnosis:", dx), ("Treatment:", r.choice(["ustekinumab (Stelara) 90 mg SC q8w", "infliximab 10 mg/kg q6w + azathioprine",
                                                         "spironolactone/furosemide, paracentesis q3w", "FOLFOX adjuvant x 6 months"])),
            ("Off work since:", C.r_date(c.day - datetime.timedelta(days=r.randint(20, 120)), "iso")),
            ("Expected return:", r.choice(["undetermined", "8-12 weeks", "gradual return in January"]))]
    if r.random() < 0.4:
        rows.append(("Home phone:", c.contact(p)))
    pdf = A.make_pdf("Attending Physician Statement - Disability", [("kv", rows),
                                                                    ("p", "I certify the above is accurate to the best of my knowledge."),
                                                                    ("p", r.choice([S["okafor"], S["vaillancourt"], S["chen"]]).t("en"))], "en")
    if inline:
        body = ("Hello,\n\nAs requested, the attending physician statement details:\n\n" +
                "\n".join(f"{k} {v}" for k, v in rows) + "\n\nSigned copy to follow by fax.\n\n" + S["lacasse"].sig("en") + "\n")
        return c.mail(S["lacasse"], [X["assureur"]], f"Claim {cert} – physician statement", body)
    body = (f"Hello,\n\nPlease find attached the completed Attending Physician Statement for claim {cert}.\n\n"
            f"{S['lacasse'].sig('en')}\n")
    return c.mail(S["lacasse"], [X["assureur"]], f"Claim {cert}", body,
                  atts=[Att(r.choice([f"APS_{cert}.pdf", f"APS_{p.surname}.pdf", "formulaire_assureur.pdf"]), "application/pdf", pdf)])


# 5 ------------------------------------------------------------------------------------------
def ics_booking(c):
    r = c.rng
    c.category, c.note = "calendar_invite", "calendar invitation for a patient's procedure"
    p = c.patient(30, 85)
    d = C.next_weekday(c.day, r.randint(2, 25))
    hr = r.choice([8, 9, 10, 11, 13, 14])
    st = datetime.datetime(d.year, d.month, d.day, hr, 0)
    proc = r.choice(["ERCP", "EUS + FNA", "Colonoscopy – EMR", "Variceal banding", "PEG tube insertion"])
    c.T("patient_name", "diagnosis")
    nm = p.name(r.choice(["upper_comma", "sur_first", "full"]), "en")
    desc = r.choice([f"Pancreatic head mass 3.1 cm on CT; CA 19-9 412. Hold apixaban 48 h.",
                     "Large 35 mm lateral-spreading lesion, hepatic flexure. Needs anesthesia (OSA, BMI 44).",
                     "Cirrhosis, grade III varices on last EGD, on nadolol.",
                     "Choledocholithiasis, bilirubin 88, on ceftriaxone."])
    c.T("medication") if any(w in desc for w in ("apixaban", "nadolol", "ceftriaxone")) else None
    c.T("lab_result") if any(w in desc for w in ("CA 19-9", "bilirubin")) else None
    mrn = c.mrn(p, "plain")
    ics = A.make_ics(f"endo-{c.idx}-{p.mrn}@hsab.example", f"{proc} – {nm} (MRN {mrn})", st, st + datetime.timedelta(hours=1, minutes=30),
                     f"Endoscopy room {r.randint(1, 4)}", desc, (S["frechette"].full, S["frechette"].email),
                     [(S["haddad"].full, S["haddad"].email), (S["oneill"].full, S["oneill"].email)])
    body = f"{proc} booked {C.appt_en(d, hr)} – details in the invite.\n\n{S['frechette'].given}\n"
    subj = r.choice([f"Invitation: {proc} – room booking", f"{proc} {C.r_date(d, 'iso')}", "Invitation: endoscopy slot"])
    return c.mail(S["frechette"], [S["haddad"], S["oneill"]], subj, body,
                  atts=[Att("invite.ics", "text/calendar", ics)], mode=r.choice(["plain", "alt"]))


# 6 ------------------------------------------------------------------------------------------
def vcard_patient(c):
    r = c.rng
    c.category, c.note = "contact_card", "patient contact card shared between clinic staff"
    p = c.patient(30, 80)
    c.T("patient_name", "patient_contact", "diagnosis")
    note = r.choice(["Hepatology – HCC surveillance, call for US results", "IBD clinic – Crohn's, home infusion coordination",
                     "Screening – FIT+, prefers calls after 4 pm, hearing impaired"])
    if "FIT" in note:
        c.T("lab_result")
    vcf = A.make_vcf(p.given, p.surname, tel=p.phone, addr=(p.street, p.town, p.postal), note=note)
    body = (f"Hi {S['archambault'].given},\n\nAs discussed, here is the contact card so you can reach the patient directly "
            "to reschedule. Please do not leave details on voicemail.\n\n" + S["mensah"].given + "\n")
    return c.mail(S["mensah"], [S["archambault"]], r.choice(["Contact for rescheduling", "Patient contact", "vcard"]),
                  body, atts=[Att(f"{p.given} {p.surname}.vcf", "text/vcard", vcf)])


# 7 ------------------------------------------------------------------------------------------
def screening_csv(c):
    r = c.rng
    c.category, c.note = "screening_export", "screening registry export of FIT-positive patients awaiting colonoscopy"
    hdr = ["NAM", "Nom", "Prénom", "DDN", "Sexe", "RSOSi (ng/mL)", "Date résultat", "Jours d'attente", "Priorité"]
    rows = []
    c.T("lab_result")
    for _ in range(r.randint(3, 6)):
        p = c.holder(50, 75)
        c.T("patient_name")
        rows.append([c.nam(p, r.choice(["plain", "space"])), p.surname.upper(), p.given, c.dob(p, "iso"), c.sex(p, labelled=False),
                     K.fit_value(r), C.r_date(c.day - datetime.timedelta(days=r.randint(61, 140)), "iso"),
                     r.randint(61, 140), "P3"])
    intro = (f"Hi {S['desrochers'].given},\n\nAttached is this week's registry export of FIT-positive patients past the 60-day target. "
             "Please review for re-prioritisation before Thursday's meeting.")
    fmt = r.choice(["csv", "xlsx", "zipcsv"])
    if fmt == "csv":
        att = Att(f"PRDCC_attente_60j_{c.day:%Y%m%d}.csv", "text/csv", A.make_csv([hdr] + rows), charset=r.choice(["utf-8", "windows-1252"]))
    elif fmt == "xlsx":
        att = Att(f"PRDCC_attente_60j_{c.day:%Y%m%d}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  A.make_xlsx([("Attente > 60 j", [hdr] + rows)], author=S["picard"].full))
    else:
        att = Att("export_registre.zip", "application/zip",
                  A.make_zip([(f"attente_60j_{c.day:%Y%m%d}.csv", A.make_csv([hdr] + rows).encode("utf-8"))]))
    return c.mail(S["picard"], [S["desrochers"]], r.choice(["Weekly wait-list export", "FIT+ > 60 days – export", "Registry export"]),
                  intro + f"\n\nThanks,\n{S['picard'].full}\n", atts=[att], cc=[S["dufresne"]])


# 8 ------------------------------------------------------------------------------------------
def zip_reports(c):
    r = c.rng
    c.category, c.note = "report_bundle", "ZIP bundle of colonoscopy and pathology reports"
    members = []
    c.T("patient_name", "diagnosis", "lab_result", "mrn")
    for k in range(r.randint(2, 4)):
        p = c.patient(45, 80)
        i = r.randrange(len(K.PATHO_EN))
        blocks = [("kv", [("Patient:", p.name("upper_comma", "en")), ("MRN:", C.r_mrn(p.mrn, "dash")),
                          ("Specimen:", f"S24-{r.randint(10000, 19999)}")]), ("h", "Final diagnosis"), ("p", K.PATHO_EN[i])]
        c.ids.append(("mrn", p.mrn))
        kind = r.choice(["pdf", "docx", "txt"])
        base = f"{p.surname}_{p.given}".replace(" ", "_")
        if kind == "pdf":
            members.append((f"{base}_patho.pdf", A.make_pdf("Pathology report", blocks, "en")))
        elif kind == "docx":
            members.append((f"{base}_patho.docx", A.make_docx("Pathology report", blocks)))
        else:
            members.append((f"{base}_patho.txt", (f"Patient: {p.name('upper_comma', 'en')}\nMRN: {p.mrn}\n"
                                                   f"Final diagnosis: {K.PATHO_EN[i]}\n").encode("utf-8")))
    z = A.make_zip(members)
    body = (f"Hello {S['beaulieu'].t('en')},\n\nAs requested for the tumour board, the reports are in the attached archive.\n\n"
            f"{S['charbonneau'].sig('en')}\n")
    return c.mail(S["charbonneau"], [S["beaulieu"]], r.choice(["Reports for tumour board", "Path reports (zip)", "Tumour board – documents"]),
                  body, atts=[Att(r.choice(["reports.zip", f"tumour_board_{c.day:%Y%m%d}.zip"]), "application/zip", z)])
