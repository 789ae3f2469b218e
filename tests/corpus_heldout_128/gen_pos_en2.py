"""English positive templates (part 2)."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_clin as K
import gen_common as C
from gen_pos_en import sex_txt, d_en


def t_discharge(c):
    r = B.Rec(c, "en")
    p = c.nam_holder()
    surg = c.choice(K.SURGERIES)
    r.t("diagnosis", "medication")
    adm = c.now.date() - dt.timedelta(days=c.randint(3, 9))
    mrn = r.mrn(p, prefix=c.choice(["", "BEL"]))
    nm = p.name(c.choice(["caps_first", "last_first", "full"]), "en")
    r.names.append(nm)
    r.t("patient_name")
    r.nam(p, "space")
    r.dob(p, "iso")
    blocks = [("table", [["Patient", nm], ["Chart", mrn], ["RAMQ", C.fmt_nam(p.nam, "space")],
                         ["DOB", C.fmt_date(p.dob, "iso")], ["Sex (RAMQ)", p.sex],
                         ["Admitted", C.fmt_date(adm, "iso")],
                         ["Discharged", C.fmt_date(adm + dt.timedelta(days=c.randint(1, 5)), "iso")]]),
              ("h", "Procedure"), "%s — Dr. Ariane Desjardins-Lemay" % surg[1],
              ("h", "Course"), c.choice(["Uneventful.", "Minor hematoma on POD1, managed conservatively.",
                                         "Transient urinary retention, catheter removed POD4."]),
              ("h", "Discharge medications"),
              c.choice(["hydromorphone 1-2 mg PO q4h PRN x5d; cephalexin 500 mg QID x7d; enoxaparin 40 mg SC daily x14d",
                        "acetaminophen 1 g QID; naproxen 500 mg BID; docusate 100 mg BID"]),
              ("h", "Follow-up"), "Surgical clinic 2 weeks; primary care (Meridienne) 4-6 weeks. Resume hormones POD 7."]
    att = A.att_pdf("Discharge_summary_%s.pdf" % mrn.replace(" ", ""), "Discharge Summary", blocks,
                    author="Belvedere Surgical Centre")
    body = ("Good afternoon,\n\nPlease find attached the discharge summary for your patient. Do not hesitate to contact "
            "us with any question.\n\nHealth Records\nBelvedere Surgical Centre\n450-555-0177")
    return B.make("discharge_summary", "en", "post-operative discharge summary as PDF",
                  ("Belvedere Health Records", "archives@belvedere-chirurgie.example"), [B.addr("whitfield")],
                  "Discharge summary", body, rec=r, attachments=[att])


def t_lab_xlsx(c):
    r = B.Rec(c, "en")
    rows = [["Name", "DOB", "Test", "Result", "Flag"]]
    for _ in range(c.randint(4, 8)):
        p = c.patient()
        nm = p.name(c.choice(["caps_first", "last_first_plain"]), "en")
        r.names.append(nm)
        test, res, flag = c.choice([
            ("CT/NG NAAT urine", "CT detected", "A"), ("Syphilis EIA", "reactive, RPR 1:16", "A"),
            ("HIV Ag/Ab", "non-reactive", ""), ("Hct", "0.%d" % c.randint(50, 57), c.choice(["H", ""])),
            ("Estradiol", "%d pmol/L" % c.randint(90, 900), ""), ("Creatinine", "%d umol/L" % c.randint(60, 140), ""),
            ("HCV RNA", "detected", "A"),
        ])
        rows.append([nm, C.fmt_date(p.dob, "iso"), test, res, flag])
    r.t("patient_name", "date_of_birth", "lab_result", "diagnosis")
    att = A.att_xlsx("abnormal_results_%s.xlsx" % c.now.strftime("%Y-%m-%d"), [("Results", rows)],
                     author="Biomedic Nord LIS")
    body = ("Hi all,\n\nAttached: results received since Friday that still need a clinician sign-off. "
            "Abnormal ones flagged.\n\nMaude")
    return B.make("lab_list", "en", "spreadsheet of lab results awaiting sign-off", B.addr("lacasse"),
                  [B.addr("okafor"), B.addr("vachon"), B.addr("whitfield")], "Results awaiting sign-off", body,
                  rec=r, attachments=[att])


def t_doxypep_csv(c):
    r = B.Rec(c, "en")
    rows = [["chart", "name", "doxyPEP_start", "last_STI", "last_visit"]]
    for _ in range(c.randint(5, 9)):
        p = c.patient()
        nm = p.name(c.choice(["full", "lower"]), "en")
        r.names.append(nm)
        rows.append([p.mrn, nm, C.fmt_date(c.day(C.Ctx.TODAY - dt.timedelta(days=400), 300), "iso"),
                     c.choice(["syphilis 2024", "CT 2023", "GC 2024", "none"]), C.fmt_date(c.day(), "iso")])
        r.ids.append(("mrn", p.mrn))
    r.t("patient_name", "mrn", "medication", "diagnosis")
    att = A.att_csv("doxypep_patients.csv", rows, charset=c.choice(["utf-8", "windows-1252"]),
                    cte=c.choice(["base64", "quoted-printable", "8bit"]), sep=",")
    body = ("Mireille,\n\nHere's the list of people currently on doxy-PEP for the audit. Please don't forward outside "
            "the team.\n\nSam")
    return B.make("audit_list", "en", "list of named patients on doxycycline PEP for internal audit", B.addr("okafor"),
                  [B.addr("quesnel")], "doxy-PEP list", body, rec=r, attachments=[att])


def t_housing_letter(c):
    r = B.Rec(c, "en")
    p = c.patient(min_age=18, max_age=50)
    soc = c.choice(K.SOCIAL[:5])[1]
    r.t("social_information")
    nm = r.name(p, c.choice(["full", "title"]))
    adr = r.address(p)
    sin_txt = ""
    if c.chance(0.5):
        sin_txt = "SIN (for the subsidy file): %s\n" % r.sin()
    dob = r.dob(p)
    body = ("Hello Alexis,\n\nDraft letter for the housing authority below — can you check before I sign?\n\n"
            "---\nTo whom it may concern,\n\n%s, born on %s, currently of %s, is a patient of our clinic. Social situation: %s. "
            "The current living situation is unsafe and is affecting %s health. We support a priority application "
            "for subsidized housing.\n%s---\n\nThanks,\n%s"
            % (nm, dob, adr, soc, p.poss_en(), sin_txt, B.sig(c, "okafor", "en", short=True)))
    return B.make("support_letter", "en", "draft housing support letter describing social situation",
                  B.addr("okafor"), [B.addr("ferland")], "Draft housing letter", body, rec=r)


def t_gender_marker_letter(c):
    r = B.Rec(c, "en")
    p = c.nam_holder()
    r.t("medication")
    mark = c.choice(["F", "M", "X"])
    nm = r.name(p, "full")
    nam = r.nam(p, "space")
    dob = r.dob(p, "long")
    letter = ["To the passport office,",
              "I am the treating clinician of %s (date of birth %s; RAMQ %s; %s)." % (nm, dob, nam, sex_txt(p)),
              "%s has been receiving gender-affirming hormone therapy under my care since %d and lives in "
              "the gender corresponding to the marker %s." % (p.pron_en().capitalize(), c.randint(2015, 2023), mark),
              "I support the request to amend the sex marker on the travel document.",
              "Hélène Vachon-Ruel, MD"]
    att = A.att_docx("Marker_letter_%s.docx" % C.fold(p.surname), "Letter – sex marker", letter)
    body = ("Benoît,\n\nAs discussed, here is the clinician letter for the passport application. "
            "The client will pick up the signed copy Friday.\n\nHélène")
    return B.make("name_change_letter", "en", "clinician letter supporting a sex marker change", B.addr("vachon"),
                  [B.addr("hurtubise")], "Letter for passport marker", body, rec=r, attachments=[att])


def t_attached_patient_email(c):
    r = B.Rec(c, "en")
    p = c.patient()
    r.t("diagnosis")
    q = c.choice([
        ("sores after new partner",
         "Hi, I have a couple of painful sores down there since Sunday and a fever. I had a new partner two weeks ago. "
         "Can I come in this week? My number is %s." % p.phone),
        ("worried about my results",
         "Hello, the portal says my syphilis test is 'reactive'. What does that mean?? I'm freaking out. "
         "Please call me at %s." % p.phone),
        ("mood",
         "Hi Dr. Raman, things have been really hard since my family found out. I'm not sleeping and I'm missing work. "
         "I'm not going to do anything but I wanted you to know. " + p.given),
    ])
    if "number" in q[1] or "call me" in q[1]:
        r.t("patient_contact")
    if q[0] == "mood":
        r.t("social_information")
    if "reactive" in q[1]:
        r.t("lab_result")
    r.names.append(p.full())
    r.t("patient_name")
    inner = dict(cat="x", lang="en", sender=(p.full(), "%s%d@mail.example" % (
        C.fold(p.given).replace(" ", ""), c.randint(10, 999))), to=[("Meridienne Clinic", "accueil@" + C.ORG_DOMAIN)],
        subject=q[0], text=q[1])
    att = A.att_eml("%s.eml" % q[0], inner)
    body = "Forwarding as attachment — who can take this one today?\n\nFront desk"
    return B.make("forward", "en", "patient message forwarded as an attached e-mail",
                  ("Front desk", "accueil@" + C.ORG_DOMAIN), [B.addr("okafor"), B.addr("raman")],
                  "Fwd: " + q[0], body, rec=r, attachments=[att])


def t_zip_transfer(c):
    r = B.Rec(c, "en")
    p = c.patient(origin="on")
    c.fit_gender(p, False)
    r.t("medication", "lab_result", "diagnosis")
    nm = p.full()
    r.names.append(nm)
    r.t("patient_name")
    hcn = r.ohip("dash")
    dob = r.dob(p, "iso")
    summ = A.make_pdf("Transfer summary", ["Name: %s   HCN: %s   DOB: %s" % (nm, hcn, dob),
                                           "Dx: %s" % c.choice(K.GENDER_DX)[1],
                                           "Meds: %s" % "; ".join(K.fem_regimen(c, "en")),
                                           "Labs: %s" % ", ".join(K.fem_labs(c, "en"))])
    labs = A.make_xlsx([("Labs", [["date", "test", "value"], ["2024-10-02", "E2", "388 pmol/L"],
                                  ["2024-10-02", "K", "4.4 mmol/L"], ["2025-01-08", "E2", "512 pmol/L"]])])
    z = A.att_zip("transfer_%s.zip" % C.fold(p.surname).replace(" ", ""), [("summary.pdf", summ), ("labs.xlsx", labs)])
    body = ("Hello Jordan,\n\nAs discussed, records for our patient moving to Montreal are in the attached archive.\n\n"
            "Chidi Okonkwo, MD\nBayview Health Centre (fictional)\n613-555-0163")
    return B.make("transfer_of_care", "en", "records archive for a transfer of care", B.addr("okonkwo"),
                  [B.addr("whitfield")], "Records for transfer", body, rec=r, attachments=[z])


def t_subject_only(c):
    r = B.Rec(c, "en")
    p = c.patient()
    r.t("lab_result")
    nm = p.name(c.choice(["caps_first", "last_first", "full", "initials_caps"]), "en")
    r.names.append(nm)
    r.t("patient_name")
    res = c.choice(["All negative incl. HIV and syphilis.", "RPR now 1:4 (was 1:64). Good response.",
                    "Hct 0.49 after dose change.", "Creatinine up to 121, hold PrEP and recheck."])
    if "PrEP" in res:
        r.t("medication")
    return B.make("quick_note", "en", "short result note with the name only in the subject", B.addr("lacasse"),
                  [B.addr(c.choice(["okafor", "whitfield"]))], "%s - %s" % (nm, c.choice(["labs", "results", "f/u"])),
                  res + "\n\nM.", rec=r)


def t_filename_only(c):
    r = B.Rec(c, "en")
    p = c.patient()
    r.t("diagnosis", "medication")
    c.fit_gender(p, False)
    token = "%s_%s" % (C.fold(p.surname).replace(" ", "").replace("'", ""), C.fold(p.given))
    r.names.append(token)
    r.t("patient_name")
    fname = "%s_HRT_consent_and_plan.pdf" % token
    pdf = A.att_pdf(fname, "Hormone therapy – consent and plan", [
        "Informed consent discussion completed for feminizing hormone therapy.",
        "Plan: %s. Baseline labs done." % "; ".join(K.fem_regimen(c, "en")),
        "Diagnosis: %s." % c.choice(K.GENDER_DX)[1]])
    body = "Scanned and attached for the chart.\n\nThanks"
    return B.make("scan_to_chart", "en", "scanned consent where the name is only in the file name",
                  ("Scanner 3rd floor", "scan3@" + C.ORG_DOMAIN), [B.addr("castonguay")], "Scan", body,
                  rec=r, attachments=[pdf])


def t_quick_lower(c):
    r = B.Rec(c, "en")
    p = c.patient()
    r.t("medication")
    nm = r.name(p, c.choice(["lower", "initial", "given"]))
    msg = c.choice([
        "%s called — pharmacy says the estradiol valerate is back-ordered, can you switch to patches? 100 mcg twice weekly?" % nm,
        "%s needs refill of T cyp + needles 25G, last rx expired. pharmacy fax on file" % nm,
        "fyi %s stopped PrEP last month (side effects), wants to restart — needs HIV test first" % nm,
    ])
    if nm == p.given:
        msg += " (chart %s)" % r.mrn(p)
    return B.make("quick_note", "en", "quick refill message between colleagues", ("Front desk", "accueil@" + C.ORG_DOMAIN),
                  [B.addr(c.choice(["vachon", "whitfield", "okafor"]))], c.choice(["refill", "call back", "msg"]),
                  msg + "\n", rec=r)


def t_niss_en(c):
    r = B.Rec(c, "en")
    p = c.patient(origin="be", min_age=19, max_age=40)
    r.t("medication", "social_information")
    nm = r.name(p, c.choice(["full", "caps_first"]))
    niss = r.niss(p)
    body = ("Hi Alexis,\n\n%s is an exchange student from Leuven, no provincial coverage yet; the university plan "
            "is asking for the Belgian national number to process the claim for %s hormone prescriptions: %s.\n"
            "%s said money is very tight this term and %s is skipping meals to pay for the Estradot patches. "
            "Anything we can do?\n\nKarim" % (nm, p.poss_en(), niss, p.pron_en().capitalize(), p.pron_en()))
    return B.make("social_referral", "en", "coverage and financial hardship of an exchange student",
                  B.addr("belhadj"), [B.addr("ferland")], "student coverage question", body, rec=r)


def t_nir_en(c):
    r = B.Rec(c, "en")
    p = c.patient(origin="fr", min_age=24, max_age=60)
    r.t("diagnosis", "medication")
    nm = r.name(p, c.choice(["full", "title"]))
    nir = r.nir(p)
    dob = r.dob(p)
    body = ("Dear Ms. Kerrigan,\n\nFurther to your request, the member's French social security number is %s "
            "(member: %s, DOB %s). The claim concerns treatment of %s with %s.\n\nRegards,\n%s"
            % (nir, nm, dob, c.choice(["chronic hepatitis C", "secondary syphilis", "genital herpes"]),
               c.choice(["Maviret", "benzathine penicillin", "valacyclovir"]), B.sig(c, "belhadj", "en")))
    return B.make("insurer_form", "en", "insurer follow-up giving a French social security number",
                  B.addr("belhadj"), [B.addr("kerrigan")], "RE: claim – additional information", body, rec=r)


def t_vcard_en(c):
    r = B.Rec(c, "en")
    p = c.patient()
    nm = p.full()
    r.names.append(nm)
    r.t("patient_name", "patient_contact", "date_of_birth", "diagnosis")
    vcf = A.att_vcf("contact.vcf", fn=nm, family=p.surname, given=p.given, tel=p.phone, adr=p.address,
                    bday=C.fmt_date(p.dob, "iso"), note="HIV+ (new dx %s) – prefers text, do not mention clinic name"
                    % c.now.strftime("%b %Y"))
    body = "Updated contact card for the linkage-to-care file.\n\nMaude"
    return B.make("contact_update", "en", "patient contact card with diagnosis note", B.addr("lacasse"),
                  [B.addr("okafor")], "contact card", body, rec=r, attachments=[vcf])


POS_EN_B = [t_discharge, t_lab_xlsx, t_doxypep_csv, t_housing_letter, t_gender_marker_letter,
            t_attached_patient_email, t_zip_transfer, t_subject_only, t_filename_only, t_quick_lower, t_niss_en,
            t_nir_en, t_vcard_en]
