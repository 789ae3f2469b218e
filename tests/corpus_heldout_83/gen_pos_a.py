"""Positive (confidential) builders, part A: bookings, reports, calls, requests, requisitions, screening."""
import datetime as _dt

from gen_common import (T, HOSP, HOSP_EN, CLINIC, CLINIC_EN, HDOM, CDOM, CHU, CHUDOM, GMF, GMFDOM, CRID,
                        HOSP_ADDR, CLINIC_ADDR, fdate, fday, fmt_nam, fmt_name, sig)
from gen_clinical import FINDINGS, MEDS, ALLERGY_REACTIONS, IMPLANTS
from gen_mime import make_pdf, make_docx, make_xlsx, csv_text, make_ics
from gen_util import greet, close, body, spec, who, quote, sdate

NAM_STYLES = ["plain", "plain", "spaced", "spaced", "lower", "dots", "dash", "odd", "fullwidth", "lowspaced",
              "slash"]


def finding(ctx, critical=None, keys=None):
    pool = [f for f in FINDINGS if (critical is None or f[6] == critical) and (keys is None or f[0] in keys)]
    return ctx.choice(pool)


def technique(lang, mod):
    return {
        "CT": T(lang, "Acquisition hélicoïdale avec reconstructions multiplanaires. Injection IV de 80 mL d'iohexol 350.",
                "Helical acquisition with multiplanar reconstructions. 80 mL iohexol 350 IV."),
        "MR": T(lang, "Séquences pondérées T1, T2, FLAIR, diffusion et T1 après gadolinium.",
                "T1, T2, FLAIR, diffusion-weighted and post-gadolinium T1 sequences."),
        "US": T(lang, "Examen en mode B et Doppler couleur.", "Grey-scale and colour Doppler examination."),
        "CR": T(lang, "Incidences PA et profil.", "PA and lateral views."),
        "MG": T(lang, "Incidences CC et MLO bilatérales, agrandissement localisé.", "Bilateral CC and MLO views, spot magnification."),
        "PT": T(lang, "Injection de 310 MBq de 18F-FDG, glycémie 5,6 mmol/L, acquisition vertex-mi-cuisses à 60 min.",
                "310 MBq 18F-FDG, blood glucose 5.6 mmol/L, vertex to mid-thigh acquisition at 60 min."),
        "NM": T(lang, "Injection de 740 MBq de 99mTc-MDP, images corps entier à 3 h.",
                "740 MBq 99mTc-MDP, whole-body images at 3 hours."),
        "DXA": T(lang, "Mesures au rachis lombaire et aux deux hanches.", "Lumbar spine and both hips measured."),
    }[mod]


def report_block(ctx, lang, p, f, rad, ref, exam_date, mrn=None, nam_style=None, show_dob=True, header=True,
                 name_style=None):
    """Return (lines, types) of a radiology report."""
    types = {"patient_name", "diagnosis"}
    name_style = name_style or ctx.choice(["last_first", "upper_last", "full"])
    L = []
    if header:
        L.append(T(lang, f"{HOSP} — Service d'imagerie médicale", f"{HOSP_EN} — Medical Imaging"))
    L.append(T(lang, "Patient : ", "Patient: ") + fmt_name(p, name_style, lang) + T(lang, f"    Sexe : {p.sex}", f"    Sex: {p.sex}"))
    if show_dob:
        L.append(T(lang, "DDN : ", "DOB: ") + fdate(p.dob, lang, ctx.choice(["iso", "slash", "iso"])))
        types.add("date_of_birth")
    if mrn:
        L.append(T(lang, f"No dossier : {mrn}", f"MRN: {mrn}"))
        types.add("mrn")
    if nam_style and p.nam:
        L.append(T(lang, "NAM : ", "RAMQ: ") + fmt_nam(p.nam, nam_style))
        types.add("ramq_nam")
    L.append(T(lang, f"Examen : {f[2]}", f"Exam: {f[3]}") + T(lang, f"    No d'accès : {ctx.accession()}", f"    Accession: {ctx.accession()}"))
    L.append(T(lang, "Date de l'examen : ", "Exam date: ") + fdate(exam_date, lang, "iso"))
    L.append(T(lang, f"Médecin demandeur : {ref.dr(lang)}", f"Referring physician: {ref.dr(lang)}"))
    L.append("")
    L.append(T(lang, "RENSEIGNEMENTS CLINIQUES : ", "CLINICAL HISTORY: ") + T(lang, f[7], f[8]) + ".")
    L.append(T(lang, "TECHNIQUE : ", "TECHNIQUE: ") + technique(lang, f[1]))
    L.append(T(lang, "COMPARAISON : ", "COMPARISON: ") + ctx.choice(
        T(lang, ["Aucune.", f"Examen du {fdate(exam_date - _dt.timedelta(days=400), 'fr')}.", "Aucun examen antérieur disponible au PACS."],
          ["None.", f"Prior study of {fdate(exam_date - _dt.timedelta(days=400), 'en')}.", "No prior imaging available in PACS."])))
    L.append("")
    L.append(T(lang, "CONSTATATIONS :", "FINDINGS:"))
    L.append(T(lang, f[4], f[5]))
    L.append(ctx.choice(T(lang, ["Le reste de l'examen est sans particularité.", "Pas d'autre anomalie significative.",
                                 "Structures osseuses sans lésion suspecte."],
                              ["The remainder of the study is unremarkable.", "No other significant abnormality.",
                               "No suspicious osseous lesion."])))
    L.append("")
    L.append(T(lang, "OPINION :", "IMPRESSION:"))
    L.append("1. " + T(lang, f[4], f[5]).split(",")[0].split(";")[0].rstrip(".") + ".")
    if f[0] in ("nodule", "birads5", "ovary", "pirads", "liver"):
        L.append("2. " + T(lang, "Corrélation tissulaire recommandée.", "Tissue sampling recommended."))
    L.append("")
    L.append(T(lang, f"Signé électroniquement par {rad.dr(lang)}, radiologiste, le {fdate(exam_date, 'fr', 'iso')}.",
               f"Electronically signed by {rad.dr(lang)}, radiologist, on {fdate(exam_date, 'en', 'iso')}."))
    return L, types


# ---------------------------------------------------------------- P1 booking confirmation
def p_booking(ctx, lang, i):
    kinds = ["mri_knee", "ct_abdo", "us_abdo", "mammo"]
    kind = kinds[i % 4]
    sex = "F" if kind == "mammo" else None
    p = ctx.patient(lang, sex=sex, age_range=(28, 79))
    clerk = ctx.st("clerk")
    d = ctx.when()
    ap = ctx.future(d, 3, 25)
    at = ctx.hhmm(lang)
    clinic = kind in ("mri_knee", "mammo")
    org = "clinic" if clinic else "hosp"
    place = T(lang, CLINIC, CLINIC_EN) if clinic else T(lang, HOSP, HOSP_EN)
    addr = CLINIC_ADDR if clinic else HOSP_ADDR
    types = {"patient_name"}
    exam, prep = {
        "mri_knee": (T(lang, "IRM du genou gauche", "MRI of the left knee"),
                     T(lang, "Aucune préparation particulière. Retirez bijoux et piercings. Le questionnaire de sécurité IRM devra être rempli à l'arrivée; si vous portez un stimulateur cardiaque ou tout autre implant, communiquez avec nous avant la date du rendez-vous.",
                       "No special preparation. Remove all jewellery and piercings. You will fill out the MRI safety questionnaire on arrival; if you have a pacemaker or any other implant, please call us before your appointment.")),
        "ct_abdo": (T(lang, "TDM abdomino-pelvienne avec injection de contraste", "CT abdomen and pelvis with contrast"),
                    T(lang, "Être à jeun (aucun aliment solide) 4 heures avant l'examen; vous pouvez boire de l'eau. Présentez-vous 60 minutes à l'avance pour boire le contraste oral. Si vous êtes diabétique et prenez de la metformine, avisez la technologue.",
                      "Nothing to eat for 4 hours before the exam; water is allowed. Arrive 60 minutes early to drink the oral contrast. If you are diabetic and take metformin, tell the technologist.")),
        "us_abdo": (T(lang, "Échographie abdominale", "Abdominal ultrasound"),
                    T(lang, "À jeun depuis minuit (ni nourriture, ni gomme, ni cigarette). Prenez vos médicaments habituels avec un peu d'eau.",
                      "Fast from midnight (no food, chewing gum or smoking). Take your usual medication with a little water.")),
        "mammo": (T(lang, "Mammographie diagnostique et échographie mammaire", "Diagnostic mammogram and breast ultrasound"),
                  T(lang, "Ne pas appliquer de déodorant, de poudre ni de crème sous les bras ou sur les seins le jour de l'examen. Apportez vos anciens clichés s'ils ont été faits ailleurs.",
                    "Do not use deodorant, powder or cream under the arms or on the breasts on the day of the exam. Bring previous images if they were done elsewhere.")),
    }[kind]
    paras = [T(lang, f"Votre rendez-vous pour l'examen suivant est confirmé : {exam}.",
               f"This confirms your appointment for the following exam: {exam}."),
             T(lang, f"Date : {fday(ap, 'fr')}\nHeure : {at}\nLieu : {place}, {addr}",
               f"Date: {fday(ap, 'en')}\nTime: {at}\nPlace: {place}, {addr}")]
    if ctx.chance(0.6):
        mrn = ctx.clinic_no() if clinic else ctx.mrn()
        paras.append(T(lang, f"Votre numéro de dossier : {mrn}", f"Your file number: {mrn}"))
        types.add("mrn")
    paras.append(T(lang, "Préparation :\n", "Preparation:\n") + prep)
    if kind == "mri_knee" and clinic:
        paras.append(T(lang, "Rappel : cet examen n'est pas couvert par la RAMQ en clinique privée. Les frais de 650 $ sont payables sur place (débit, crédit).",
                       "Reminder: this exam is not covered by RAMQ in a private clinic. The $650 fee is payable on site (debit or credit)."))
    if ctx.chance(0.5):
        ph = ctx.phone()
        paras.append(T(lang, f"Nous tenterons de vous joindre la veille au {ph} (numéro inscrit à votre dossier) pour confirmer.",
                       f"We will call you the day before at {ph} (the number in your file) to confirm."))
        types.add("patient_contact")
    paras.append(T(lang, "Apportez votre carte d'assurance maladie et la requête de votre médecin. Pour annuler, avisez-nous 48 heures à l'avance.",
                   "Bring your health insurance card and your doctor's requisition. To cancel, please give us 48 hours' notice."))
    g = T(lang, f"Bonjour {fmt_name(p, 'title_full', lang)},", f"Dear {fmt_name(p, 'title', lang)},")
    txt = body(ctx, lang, clerk, paras, org=org, greeting=g)
    to = [(p.full if ctx.chance(0.7) else "", ctx.email_personal(p))]
    subj = ctx.choice(T(lang, [f"Confirmation de rendez-vous – {exam}", "Votre rendez-vous en imagerie médicale",
                               f"Rendez-vous {fdate(ap, 'fr', 'slash')} – préparation"],
                              [f"Appointment confirmation – {exam}", "Your medical imaging appointment",
                               f"Appointment {fdate(ap, 'en', 'iso')} – preparation"]))
    s = spec(ctx, lang, "booking_confirm", "appointment confirmation with prep sent to patient", who(clerk, lang, CDOM if clinic else HDOM), to, subj, txt, date=_dt.datetime.combine(ap - _dt.timedelta(days=ctx.randint(5, 12)), _dt.time(10, ctx.randint(0, 59))))
    s["types"] = types
    return s


# ---------------------------------------------------------------- P2 diabetic prep / metformin
def p_metformin(ctx, lang, i):
    p = ctx.patient(lang, age_range=(50, 85))
    tech = ctx.st("tech")
    md = ctx.st("md")
    d = ctx.when()
    ap = ctx.future(d, 2, 10)
    cr = ctx.randint(98, 165)
    egfr = ctx.randint(31, 58)
    types = {"patient_name", "medication", "lab_result"}
    nm = fmt_name(p, ctx.choice(["title_full", "full", "last_first"]), lang)
    paras = [T(lang, f"{nm} est prévu(e) le {fdate(ap, 'fr')} pour une TDM thoracique et abdominale avec contraste (suivi oncologique).",
               f"{nm} is booked on {fdate(ap, 'en')} for a CT chest/abdomen with contrast (oncology follow-up)."),
             T(lang, f"Sa créatinine du {fdate(d.date() - _dt.timedelta(days=6), 'fr', 'iso')} est à {cr} µmol/L (DFGe {egfr} mL/min/1,73 m²). Au dossier pharmacologique : metformine 1000 mg BID et {ctx.choice(['gliclazide 60 mg die', 'sitagliptine 100 mg die', 'empagliflozine 10 mg die'])}.",
               f"Creatinine on {fdate(d.date() - _dt.timedelta(days=6), 'en', 'iso')} was {cr} umol/L (eGFR {egfr} mL/min/1.73 m2). Medication list: metformin 1000 mg BID and {ctx.choice(['gliclazide 60 mg daily', 'sitagliptin 100 mg daily', 'empagliflozin 10 mg daily'])}."),
             T(lang, "Selon notre protocole, la metformine doit être suspendue le jour de l'examen et pendant 48 h après l'injection; reprise si la créatinine de contrôle est stable. Pouvez-vous aviser le patient et prescrire la créatinine de contrôle à 48 h?",
               "Per our protocol, metformin must be held on the day of the scan and for 48 h after the injection, resuming if the follow-up creatinine is stable. Could you let the patient know and order a 48 h creatinine?")]
    if ctx.chance(0.5):
        paras.append(T(lang, f"No dossier : {ctx.mrn()}", f"Chart no.: {ctx.mrn()}"))
        types.add("mrn")
    txt = body(ctx, lang, tech, paras, greeting=greet(ctx, lang, md.drs(lang)))
    subj = ctx.choice(T(lang, ["TDM avec contraste – metformine et fonction rénale", f"Préparation TDM {fdate(ap, 'fr', 'slash')} – patient diabétique"],
                              ["Contrast CT – metformin and renal function", f"CT prep {fdate(ap, 'en', 'iso')} – diabetic patient"]))
    s = spec(ctx, lang, "contrast_metformin", "metformin hold and creatinine before contrast CT", who(tech, lang), [(md.dr(lang), md.addr(GMFDOM))], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P3 report in body
def p_report(ctx, lang, i):
    use_nam = i % 2 == 0
    f = finding(ctx)
    sex = "F" if f[0] in ("birads5", "ovary") else ("M" if f[0] in ("pirads", "bonemets") else None)
    p = ctx.nam_person(sex=sex, age=(25, 95)) if use_nam else ctx.patient(lang, sex=sex, age_range=(30, 88))
    rad, ref = ctx.st("radiologist"), ctx.st("md")
    d = ctx.when()
    lines, types = report_block(ctx, lang, p, f, rad, ref, d.date() - _dt.timedelta(days=ctx.randint(0, 3)),
                                mrn=ctx.mrn(), nam_style=ctx.choice(NAM_STYLES) if use_nam else None,
                                show_dob=ctx.chance(0.8))
    intro = ctx.choice(T(lang, ["Voici le rapport demandé par téléphone ce matin.", "Rapport final ci-dessous (le lien RIS ne fonctionnait pas pour votre clinique).",
                                "Comme convenu, je vous transmets le compte rendu."],
                              ["Here is the report you asked for on the phone this morning.", "Final report below (the RIS link was not working for your clinic).",
                               "As discussed, please find the report below."]))
    txt = body(ctx, lang, rad, [intro, "\n".join(lines)], greeting=greet(ctx, lang, ref.drs(lang)))
    subj = ctx.choice(T(lang, [f"Rapport {f[2]}", f"Compte rendu – {fmt_name(p, 'upper_last', lang)}", "Rapport d'imagerie"],
                              [f"Report {f[3]}", f"Report – {fmt_name(p, 'upper_last', lang)}", "Imaging report"]))
    s = spec(ctx, lang, "report_body", "radiology report pasted in body", who(rad, lang), [(ref.dr(lang), ref.addr(GMFDOM))], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P4 report as PDF, neutral body
def p_report_pdf(ctx, lang, i):
    use_nam = i % 2 == 1
    f = finding(ctx, critical=False)
    sex = "F" if f[0] in ("birads5", "ovary") else ("M" if f[0] in ("pirads", "bonemets") else None)
    p = ctx.nam_person(sex=sex, age=(25, 95)) if use_nam else ctx.patient(lang, sex=sex)
    rad, ref = ctx.st("radiologist"), ctx.st("md")
    clerk = ctx.st("clerk")
    d = ctx.when()
    lines, types = report_block(ctx, lang, p, f, rad, ref, d.date() - _dt.timedelta(days=ctx.randint(1, 9)),
                                mrn=ctx.mrn(), nam_style=ctx.choice(["plain", "spaced"]) if use_nam else None,
                                header=False)
    acc = ctx.accession()
    pdf = make_pdf(T(lang, "Rapport d'imagerie médicale", "Medical imaging report"), lines, compress=ctx.chance(0.6),
                   header=[T(lang, HOSP, HOSP_EN), T(lang, "Service d'imagerie médicale", "Medical Imaging Department"), HOSP_ADDR])
    paras = [ctx.choice(T(lang, ["Veuillez trouver ci-joint le rapport demandé.", "Tel que demandé, voici la copie du rapport.",
                                 "Ci-joint le rapport final. Les images sont disponibles au DSQ."],
                              ["Please find the requested report attached.", "As requested, a copy of the report is attached.",
                               "Attached is the final report. Images are available in the provincial viewer."]))]
    txt = body(ctx, lang, clerk, paras)
    subj = ctx.choice(T(lang, ["Rapport demandé", f"Copie de rapport – {acc}", "TR: rapport"], ["Requested report", f"Report copy – {acc}", "FW: report"]))
    s = spec(ctx, lang, "report_pdf", "neutral body, radiology report in PDF attachment", who(clerk, lang),
             [(ref.dr(lang), ref.addr(GMFDOM))], subj, txt,
             atts=[dict(filename=f"rapport_{acc}.pdf" if lang == "fr" else f"report_{acc}.pdf", ctype="application/pdf", data=pdf)], date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P5 addendum
def p_addendum(ctx, lang, i):
    f = finding(ctx, keys=["nodule", "liver", "ms", "ovary", "hernia", "lymphoma"])
    p = ctx.patient(lang, sex="F" if f[0] == "ovary" else None)
    rad, ref = ctx.st("radiologist"), ctx.st("md")
    d = ctx.when()
    mrn = ctx.mrn()
    types = {"patient_name", "mrn", "diagnosis"}
    add = {
        "nodule": T(lang, "ADDENDA : Après comparaison avec la TDM du CHU Laurentien (2022) obtenue ce jour, le nodule du lobe supérieur droit mesurait alors 9 mm; la croissance est significative. Recommandation maintenue : TEP-TDM et consultation en pneumologie.",
                    "ADDENDUM: After comparison with the 2022 CT from CHU Laurentien obtained today, the right upper lobe nodule then measured 9 mm; growth is significant. Recommendation unchanged: PET-CT and respirology referral."),
        "liver": T(lang, "ADDENDA : Une seconde lésion de 1,4 cm (segment IV) est également visible en phase artérielle, LI-RADS 4. Discussion au comité des tumeurs hépatiques recommandée.",
                   "ADDENDUM: A second 1.4 cm lesion (segment IV) is also seen on the arterial phase, LI-RADS 4. Discussion at liver tumour board recommended."),
        "ms": T(lang, "ADDENDA : Correction : la lésion rehaussante est située dans le pédoncule cérébelleux droit et non gauche. L'impression de maladie démyélinisante est inchangée.",
                "ADDENDUM: Correction: the enhancing lesion is in the right, not left, cerebellar peduncle. The impression of demyelinating disease is unchanged."),
        "ovary": T(lang, "ADDENDA : Le CA-125 transmis ce jour (212 U/mL) augmente la suspicion de néoplasie ovarienne. Référence en gynéco-oncologie suggérée.",
                   "ADDENDUM: The CA-125 sent today (212 U/mL) raises the suspicion of ovarian neoplasm. Gynecologic oncology referral suggested."),
        "hernia": T(lang, "ADDENDA : Présence également d'un rétrécissement foraminal L5-S1 droit modéré non mentionné au rapport initial.",
                    "ADDENDUM: There is also moderate right L5-S1 foraminal narrowing not mentioned in the original report."),
        "lymphoma": T(lang, "ADDENDA : Atteinte splénique diffuse (SUVmax 6,1) à ajouter, ce qui modifie le stade (Ann Arbor III S).",
                      "ADDENDUM: Diffuse splenic involvement (SUVmax 6.1) to be added, which changes the stage (Ann Arbor III S)."),
    }[f[0]]
    if f[0] == "ovary":
        types.add("lab_result")
    nm = fmt_name(p, ctx.choice(["upper_last", "last_first", "full", "dicom"]), lang)
    paras = [T(lang, f"Un addenda a été ajouté au rapport de {nm} (dossier {mrn}), {f[2]} du {fdate(d.date() - _dt.timedelta(days=ctx.randint(1, 5)), 'fr')}.",
               f"An addendum was added to the report for {nm} (MRN {mrn}), {f[3]} of {fdate(d.date() - _dt.timedelta(days=ctx.randint(1, 5)), 'en')}."),
             add,
             T(lang, "Le rapport révisé est disponible dans le RIS et au DSQ. Merci d'en prendre connaissance.",
               "The revised report is in the RIS and the provincial viewer. Please review.")]
    txt = body(ctx, lang, rad, paras, greeting=greet(ctx, lang, ref.drs(lang)))
    subj = ctx.choice(T(lang, ["Addenda au rapport", f"ADDENDA – {f[2]} – {mrn}", "Rapport modifié (addenda)"],
                              ["Report addendum", f"ADDENDUM – {f[3]} – {mrn}", "Amended report"]))
    s = spec(ctx, lang, "addendum", "report addendum with new finding", who(rad, lang), [(ref.dr(lang), ref.addr(GMFDOM))], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P6 critical finding call documentation
def p_critical(ctx, lang, i):
    f = finding(ctx, critical=True)
    p = ctx.patient(lang, age_range=(22, 91))
    rad = ctx.st("radiologist")
    ref = ctx.st("md")
    d = ctx.when()
    mrn = ctx.mrn()
    types = {"patient_name", "mrn", "diagnosis"}
    t_call = f"{ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}"
    nm = fmt_name(p, ctx.choice(["upper_last", "last_first", "title_full", "initial"]), lang)
    loc = ctx.choice(T(lang, ["Urgence, civière 14", "Urgence, salle de choc", f"Unité 4B, ch. {ctx.randint(401, 440)}-{ctx.randint(1, 2)}", "Externe (GMF)"],
                            ["ER stretcher 14", "ER resuscitation room", f"Ward 4B, room {ctx.randint(401, 440)}-{ctx.randint(1, 2)}", "Outpatient (GMF)"]))
    lines = [T(lang, "COMMUNICATION D'UN RÉSULTAT CRITIQUE", "CRITICAL RESULT COMMUNICATION"),
             T(lang, f"Patient : {nm}    Dossier : {mrn}", f"Patient: {nm}    MRN: {mrn}"),
             T(lang, f"Provenance : {loc}", f"Location: {loc}"),
             T(lang, f"Examen : {f[2]}", f"Exam: {f[3]}"),
             T(lang, f"Résultat : {f[4]}", f"Finding: {f[5]}"),
             T(lang, f"Communiqué à : {ref.dr(lang)} par téléphone à {t_call}; relecture confirmée.",
               f"Communicated to: {ref.dr(lang)} by phone at {t_call}; read-back confirmed."),
             T(lang, f"Par : {rad.dr(lang)}", f"By: {rad.dr(lang)}")]
    paras = [ctx.choice(T(lang, ["Pour documentation au registre des résultats critiques :", "Trace écrite de l'appel de ce soir :"],
                              ["For the critical results log:", "Written record of tonight's call:"])),
             "\n".join(lines)]
    if ctx.chance(0.5):
        paras.append(T(lang, "Le médecin traitant a indiqué qu'il prenait en charge immédiatement.", "The treating physician said he/she would act immediately."))
    mgr = ctx.st("manager")
    txt = body(ctx, lang, rad, paras)
    subj = ctx.choice(T(lang, [f"Résultat critique – {f[2]}", "RÉSULTAT CRITIQUE communiqué", f"Critique – dossier {mrn}"],
                              [f"Critical result – {f[3]}", "CRITICAL RESULT communicated", f"Critical – MRN {mrn}"]))
    html = None
    form = None
    if ctx.chance(0.4):
        import html as _h
        rows = "".join(f"<tr><td style='padding:2px 8px'>{_h.escape(l)}</td></tr>\n" for l in lines)
        html = ("<p>" + _h.escape(paras[0]) + "</p>\n<table border='1' cellspacing='0'>\n" + rows + "</table>\n<p>" +
                _h.escape(sig(rad, lang, short=True)).replace("\n", "<br>") + "</p>")
        from gen_mime import html_wrap
        html = html_wrap(html, lang)
        form = ctx.choice(["html", "alt"])
    s = spec(ctx, lang, "critical_call", "critical finding call record", who(rad, lang),
             [(mgr.full, mgr.addr())], subj, txt, html=html, cc=[(ref.dr(lang), ref.addr())], date=d,
             extra_headers=[("Importance", "high"), ("X-Priority", "1")], form=form)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P7 CD / image copy request
def p_cd_request(ctx, lang, i):
    p = ctx.nam_person(age=(18, 95))
    arch = ctx.st("clerk")
    d = ctx.when()
    types = {"patient_name", "ramq_nam", "date_of_birth"}
    exams = ctx.sample(["IRM lombaire (2023-05-11)", "TDM cérébrale (2024-02-02)", "Radiographie du genou (2022-09-30)",
                        "Échographie abdominale (2024-06-18)", "IRM de l'épaule droite (2023-11-07)"], 2) if lang == "fr" else \
        ctx.sample(["MRI lumbar spine (2023-05-11)", "CT head (2024-02-02)", "Knee X-ray (2022-09-30)",
                    "Abdominal ultrasound (2024-06-18)", "MRI right shoulder (2023-11-07)"], 2)
    variant = i % 2
    nam_s = fmt_nam(p.nam, ctx.choice(NAM_STYLES))
    if variant == 0:
        addr = ctx.address()
        types.add("patient_contact")
        paras = [T(lang, "Nous avons reçu une demande d'accès au dossier (formulaire signé, pièce d'identité vérifiée) pour une copie des images sur CD :",
                   "We received a signed request for a copy of images on CD (ID verified):"),
                 T(lang, f"Nom : {fmt_name(p, 'upper_last', lang)}\nDate de naissance : {fdate(p.dob, 'fr', 'iso')}\nNAM : {nam_s}\nExamens : " + "; ".join(exams) + f"\nEnvoi postal à : {addr}",
                   f"Name: {fmt_name(p, 'upper_last', lang)}\nDate of birth: {fdate(p.dob, 'en', 'iso')}\nRAMQ: {nam_s}\nExams: " + "; ".join(exams) + f"\nMail to: {addr}"),
                 T(lang, "Pouvez-vous graver le CD (format DICOM avec visionneuse) d'ici vendredi? Frais de 15 $ payés.",
                   "Could you burn the CD (DICOM with viewer) by Friday? The $15 fee has been paid.")]
        to = ctx.st("tech")
        subj = T(lang, "Demande de CD – accès au dossier", "CD request – release of information")
        txt = body(ctx, lang, arch, paras)
        s = spec(ctx, lang, "cd_request", "CD copy request with NAM and mailing address", who(arch, lang), [(to.full, to.addr())], subj, txt, date=d)
    else:
        pat_mail = ctx.email_personal(p)
        ph = ctx.phone()
        types.add("patient_contact")
        inner = T(lang, f"Bonjour,\nJe voudrais avoir une copie de mes examens pour mon rendez-vous en orthopédie à Montréal. Je suis née le {fdate(p.dob, 'fr')} et mon numéro d'assurance maladie est {nam_s}.\nExamens : " + ", ".join(exams) + f"\nVous pouvez me rejoindre au {ph}.\nMerci,\n{p.full}",
                  f"Hello,\nI would like a copy of my exams for my orthopedic appointment in Montreal. My date of birth is {fdate(p.dob, 'en')} and my health card number is {nam_s}.\nExams: " + ", ".join(exams) + f"\nYou can reach me at {ph}.\nThank you,\n{p.full}")
        paras = [T(lang, "Transfert d'une demande reçue à l'adresse générale. Pouvez-vous vérifier l'identité (rappel au numéro au dossier) avant d'envoyer le lien de partage?",
                   "Forwarding a request received at the general mailbox. Can you verify identity (call back at the number on file) before sending the share link?"),
                 quote(inner, lang, f"{p.full} <{pat_mail}>", sdate(d - _dt.timedelta(hours=20), lang))]
        txt = body(ctx, lang, arch, paras, short_sig=True)
        to = ctx.st("it")
        subj = T(lang, "TR: copie de mes examens", "FW: copy of my imaging")
        s = spec(ctx, lang, "cd_request", "patient's own request for images forwarded, NAM and DOB", who(arch, lang), [(to.full, to.addr())], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P8 image transfer to tertiary centre
def p_pacs_transfer(ctx, lang, i):
    f = finding(ctx, keys=["sdh", "stroke", "dissection", "liver", "lymphoma"])
    p = ctx.patient(lang, age_range=(35, 90))
    it = ctx.st("it")
    d = ctx.when()
    mrn = ctx.mrn()
    types = {"patient_name", "mrn", "date_of_birth", "diagnosis"}
    dest = {"sdh": T(lang, "neurochirurgie", "neurosurgery"), "stroke": T(lang, "neuro-intervention (thrombectomie)", "neuro-intervention (thrombectomy)"),
            "dissection": T(lang, "chirurgie vasculaire", "vascular surgery"), "liver": T(lang, "chirurgie hépatobiliaire", "HPB surgery"),
            "lymphoma": T(lang, "hémato-oncologie", "hemato-oncology")}[f[0]]
    paras = [T(lang, f"Patient transféré ce soir au {CHU} en {dest} pour {f[4][0].lower() + f[4][1:]}",
               f"Patient transferred tonight to {CHU} {dest} for {f[5][0].lower() + f[5][1:]}"),
             T(lang, f"{fmt_name(p, 'dicom')} / DDN {fdate(p.dob, 'fr', 'iso')} / dossier local {mrn}\nÉtudes : {f[2]} ({fdate(d.date(), 'fr', 'iso')}) — {ctx.choice(['412', '1 208', '96'])} images",
               f"{fmt_name(p, 'dicom')} / DOB {fdate(p.dob, 'en', 'iso')} / local MRN {mrn}\nStudies: {f[3]} ({fdate(d.date(), 'en', 'iso')}) — {ctx.choice(['412', '1,208', '96'])} images"),
             T(lang, "Envoi DICOM lancé vers votre AE CHULAUR_GW (port 104); merci de confirmer la réception et la réconciliation avec votre numéro de dossier.",
               "DICOM push started to your AE CHULAUR_GW (port 104); please confirm receipt and reconciliation with your MRN.")]
    txt = body(ctx, lang, it, paras)
    subj = T(lang, f"Transfert d'images urgent – {dest}", f"Urgent image transfer – {dest}")
    s = spec(ctx, lang, "pacs_transfer", "urgent image transfer for named transferred patient", who(it, lang), [(T(lang, "PACS CHU Laurentien", "PACS CHU Laurentien"), "pacs@" + CHUDOM)], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P9 requisition attached (DOCX or PDF)
def p_requisition(ctx, lang, i):
    f = finding(ctx, critical=False)
    sex = "F" if f[0] in ("birads5", "ovary") else ("M" if f[0] in ("pirads", "bonemets") else None)
    p = ctx.nam_person(sex=sex, age=(20, 95))
    md = ctx.st("md")
    d = ctx.when()
    med_a = ctx.choice(MEDS["anticoag"] + MEDS["other"])
    types = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"}
    prio = ctx.choice(["P2 (≤ 10 jours)", "P3 (≤ 28 jours)", "P4 (≤ 3 mois)"])
    ph = ctx.phone()
    types.add("patient_contact")
    rows = [[T(lang, "Nom, prénom", "Name"), f"{p.surname}, {p.given}"],
            [T(lang, "Date de naissance", "Date of birth"), fdate(p.dob, lang, "iso")],
            [T(lang, "Sexe", "Sex"), p.sex],
            ["NAM", fmt_nam(p.nam, ctx.choice(["plain", "spaced"]))],
            [T(lang, "Téléphone", "Phone"), ph],
            [T(lang, "Examen demandé", "Exam requested"), T(lang, f[2], f[3])],
            [T(lang, "Renseignements cliniques", "Clinical information"), T(lang, f[7], f[8])],
            [T(lang, "Médication pertinente", "Relevant medication"), T(lang, med_a[0], med_a[1])],
            [T(lang, "Allergies", "Allergies"), ctx.choice(T(lang, ["Aucune connue", "Pénicilline", "Iode (réaction légère)"], ["None known", "Penicillin", "Iodine (mild reaction)"]))],
            [T(lang, "Priorité", "Priority"), prio],
            [T(lang, "Médecin référent", "Referring physician"), f"{md.dr(lang)} – {GMF} – {T(lang, 'permis', 'licence')} {ctx.randint(10000, 19999)}"]]
    title = T(lang, "Demande d'examen – Imagerie médicale", "Imaging requisition")
    if i % 2 == 0:
        data = make_docx(title, [T(lang, "Formulaire AH-702 (version électronique)", "Form AH-702 (electronic version)")], table=rows, author=md.full)
        att = dict(filename=T(lang, "requete_imagerie.docx", "imaging_requisition.docx"),
                   ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)
    else:
        data = make_pdf(title, [f"{a} : {b}" for a, b in rows], compress=ctx.chance(0.5), header=[GMF, "Télécopieur : 819 555-0199"])
        att = dict(filename=T(lang, f"Requête {f[2]}.pdf", f"Requisition {f[3]}.pdf"), ctype="application/pdf", data=data)
    paras = [ctx.choice(T(lang, ["Ci-joint une requête à céduler. Merci de confirmer la date à la clinique.",
                                 "Nouvelle demande en pièce jointe (le télécopieur est en panne)."],
                              ["Attached is a requisition to be booked. Please confirm the date with the clinic.",
                               "New request attached (our fax is down)."]))]
    sec = ctx.st("clerk")
    txt = body(ctx, lang, md, paras)
    subj = ctx.choice(T(lang, ["Requête d'imagerie", f"Nouvelle demande – {prio.split()[0]}"], ["Imaging requisition", f"New request – {prio.split()[0]}"]))
    s = spec(ctx, lang, "requisition", "imaging requisition attached with NAM, DOB, clinical info", (md.dr(lang), md.addr(GMFDOM)),
             [(T(lang, "Centrale de rendez-vous imagerie", "Imaging central booking"), "rdv.imagerie@" + HDOM)], subj, txt,
             atts=[att], cc=[(sec.full, sec.addr())] if ctx.chance(0.3) else None, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P10 PQDCS screening recall letter
def p_pqdcs(ctx, lang, i):
    use_nam = i % 2 == 0
    p = ctx.nam_person(sex="F", age=(50, 74)) if use_nam else ctx.patient(lang, sex="F", age_range=(50, 74))
    clerk = ctx.st("clerk")
    rad = ctx.st("radiologist")
    d = ctx.when()
    ap = ctx.future(d, 5, 20)
    addr = ctx.address()
    types = {"patient_name", "patient_contact", "diagnosis"}
    L = [T(lang, CRID, "CRID des Hérons (designated investigation reference centre)"), HOSP_ADDR, "",
         fdate(d.date(), lang), "", fmt_name(p, "title_full", lang), addr, ""]
    if use_nam:
        L.append(T(lang, "NAM : ", "Health insurance no.: ") + fmt_nam(p.nam, ctx.choice(["plain", "spaced", "dash"])))
        types.add("ramq_nam")
    L += [T(lang, "Objet : Résultat de votre mammographie de dépistage (PQDCS)", "Re: Result of your screening mammogram (Québec Breast Cancer Screening Program)"), "",
          T(lang, "Madame,", f"Dear {fmt_name(p, 'title', lang)},"),
          T(lang, f"Votre mammographie de dépistage du {fdate(d.date() - _dt.timedelta(days=12), 'fr')} montre une {ctx.choice(['zone de distorsion architecturale', 'masse', 'asymétrie focale', 'microcalcifications regroupées'])} au sein {ctx.choice(['droit', 'gauche'])} qui nécessite des examens complémentaires. Dans la majorité des cas, ces examens ne révèlent pas de cancer.",
            f"Your screening mammogram of {fdate(d.date() - _dt.timedelta(days=12), 'en')} shows an {ctx.choice(['area of architectural distortion', 'mass', 'focal asymmetry', 'cluster of microcalcifications'])} in the {ctx.choice(['right', 'left'])} breast that requires further tests. In most cases, these tests do not show cancer."),
          T(lang, f"Un rendez-vous a été fixé pour une mammographie diagnostique et une échographie le {fday(ap, 'fr')} à {ctx.hhmm('fr')}.",
            f"An appointment has been made for a diagnostic mammogram and ultrasound on {fday(ap, 'en')} at {ctx.hhmm('en')}."),
          T(lang, "Votre médecin désigné a reçu une copie de ce résultat. Pour toute question, l'infirmière du CRID est disponible au 819 555-0150.",
            "Your designated physician has received a copy of this result. For any question, the CRID nurse can be reached at 819 555-0150."), "",
          f"{rad.dr(lang)}, {T(lang, 'radiologiste responsable', 'responsible radiologist')}"]
    variant = ctx.choice(["docx", "pdf", "body"])
    paras = [ctx.choice(T(lang, ["Lettres de rappel du jour à imprimer et poster (voir pièce jointe).",
                                 "Voici la lettre de rappel; la patiente n'a pas répondu à nos deux appels."],
                              ["Today's recall letter to print and mail (see attachment).",
                               "Here is the recall letter; the patient did not answer our two calls."]))]
    atts = []
    if variant == "docx":
        atts.append(dict(filename=T(lang, f"lettre_rappel_PQDCS_{p.surname}.docx", f"PQDCS_recall_letter_{p.surname}.docx"),
                         ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         data=make_docx(T(lang, "Lettre de rappel", "Recall letter"), L, author=clerk.full)))
    elif variant == "pdf":
        atts.append(dict(filename=T(lang, "lettre_rappel.pdf", "recall_letter.pdf"), ctype="application/pdf",
                         data=make_pdf(T(lang, "Programme québécois de dépistage du cancer du sein", "Québec Breast Cancer Screening Program"), L, compress=True)))
    else:
        paras.append("\n".join(L))
    txt = body(ctx, lang, clerk, paras)
    subj = ctx.choice(T(lang, ["Lettres de rappel PQDCS", "Rappel – examens complémentaires sein", "PQDCS – rappel à poster"],
                              ["PQDCS recall letters", "Recall – additional breast imaging", "Screening recall to mail"]))
    s = spec(ctx, lang, "pqdcs_recall", f"screening mammography recall letter ({variant})", who(clerk, lang),
             [(T(lang, "Secrétariat CRID", "CRID office"), "crid.secretariat@" + HDOM)], subj, txt, atts=atts, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P11 breast clinic pathology
def p_breast(ctx, lang, i):
    use_nam = i == 1
    p = ctx.nam_person(sex="F", age=(35, 80)) if use_nam else ctx.patient(lang, sex="F", age_range=(34, 82))
    nurse = ctx.st("nurse")
    surg = ctx.st("md")
    d = ctx.when()
    mrn = ctx.mrn()
    types = {"patient_name", "mrn", "diagnosis", "lab_result"}
    path = ctx.choice(T(lang, ["carcinome canalaire infiltrant de grade 2, RE positif (95 %), RP positif (60 %), HER2 négatif (IHC 1+), Ki-67 15 %",
                               "carcinome lobulaire infiltrant, RE+ RP+, HER2 négatif",
                               "carcinome canalaire in situ de haut grade avec comédonécrose",
                               "fibroadénome, aucun signe de malignité (concordant)"],
                              ["invasive ductal carcinoma grade 2, ER positive (95%), PR positive (60%), HER2 negative (IHC 1+), Ki-67 15%",
                               "invasive lobular carcinoma, ER+ PR+, HER2 negative",
                               "high-grade ductal carcinoma in situ with comedonecrosis",
                               "fibroadenoma, no evidence of malignancy (concordant)"]))
    nm = fmt_name(p, ctx.choice(["title_full", "last_first", "full"]), lang)
    paras = [T(lang, f"Résultat de la biopsie échoguidée du {fdate(d.date() - _dt.timedelta(days=6), 'fr')} pour {nm} (dossier {mrn}) : {path}.",
               f"Pathology from the ultrasound-guided biopsy of {fdate(d.date() - _dt.timedelta(days=6), 'en')} for {nm} (MRN {mrn}): {path}."),
             T(lang, "Concordance radio-pathologique confirmée en réunion ce matin. J'ai un rendez-vous d'annonce à vous proposer jeudi; la patiente préfère être accompagnée de sa fille.",
               "Radiology-pathology concordance confirmed at this morning's meeting. I can offer a results visit on Thursday; the patient prefers to come with her daughter.")]
    if use_nam:
        paras.insert(1, "NAM : " + fmt_nam(p.nam, ctx.choice(NAM_STYLES)))
        types.add("ramq_nam")
    if ctx.chance(0.5):
        paras.append(T(lang, f"Elle a aussi une IRM mammaire de stadification prévue le {fdate(ctx.future(d, 5, 15), 'fr')}.",
                       f"She also has a staging breast MRI booked on {fdate(ctx.future(d, 5, 15), 'en')}."))
    txt = body(ctx, lang, nurse, paras, greeting=greet(ctx, lang, surg.drs(lang)))
    subj = ctx.choice(T(lang, ["Résultat de biopsie – clinique du sein", "Biopsie sein – résultat et suivi", "Pathologie sein"],
                              ["Biopsy result – breast clinic", "Breast biopsy – result and follow-up", "Breast pathology"]))
    s = spec(ctx, lang, "breast_clinic", "breast biopsy pathology to surgeon", (nurse.full + T(lang, ", infirmière pivot", ", nurse navigator"), nurse.addr()),
             [(surg.dr(lang), surg.addr())], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P12 IR biopsy booking with anticoagulation
def p_ir_biopsy(ctx, lang, i):
    p = ctx.patient(lang, age_range=(40, 88))
    nurse = ctx.st("nurse")
    md = ctx.st("md")
    d = ctx.when()
    ap = ctx.future(d, 4, 14)
    mrn = ctx.mrn()
    med = ctx.choice(MEDS["anticoag"][:4])
    site = ctx.choice(T(lang, ["biopsie hépatique percutanée", "biopsie rénale", "biopsie pulmonaire sous TDM", "biopsie ganglionnaire cervicale"],
                              ["percutaneous liver biopsy", "renal biopsy", "CT-guided lung biopsy", "cervical lymph node biopsy"]))
    inr = f"{ctx.randint(9, 15) / 10:.1f}"
    plt = ctx.randint(62, 310)
    types = {"patient_name", "mrn", "medication", "lab_result"}
    nm = fmt_name(p, ctx.choice(["title_full", "upper_last", "last_first"]), lang)
    paras = [T(lang, f"{nm} ({mrn}) est cédulé(e) pour une {site} le {fday(ap, 'fr')} à 8 h.",
               f"{nm} ({mrn}) is booked for a {site} on {fday(ap, 'en')} at 8:00."),
             T(lang, f"Médication : {med[0]}. À cesser {ctx.choice(['48 h', '72 h', '5 jours'])} avant la procédure selon le protocole de la radiologie d'intervention (pas de relais requis).",
               f"Medication: {med[1]}. Hold {ctx.choice(['48 h', '72 h', '5 days'])} before the procedure per the IR protocol (no bridging needed)."),
             T(lang, f"Bilan du {fdate(d.date(), 'fr', 'iso')} : RNI {inr.replace('.', ',')}, plaquettes {plt} x 10^9/L, Hb {ctx.randint(98, 150)} g/L.",
               f"Labs of {fdate(d.date(), 'en', 'iso')}: INR {inr}, platelets {plt} x 10^9/L, Hb {ctx.randint(98, 150)} g/L.")]
    if plt < 80:
        paras.append(T(lang, "Les plaquettes sont sous notre seuil de 80 : le radiologue demande une transfusion de plaquettes la veille ou un report.",
                       "Platelets are below our threshold of 80: the radiologist asks for a platelet transfusion the day before or a postponement."))
    paras.append(T(lang, "Accompagnateur obligatoire pour le retour (sédation-analgésie).", "An escort is required to drive home (conscious sedation)."))
    txt = body(ctx, lang, nurse, paras, greeting=greet(ctx, lang, md.drs(lang)))
    subj = ctx.choice(T(lang, ["Biopsie – arrêt anticoagulant", "Radio d'intervention – préparation biopsie", "Bilan pré-biopsie"],
                              ["Biopsy – anticoagulant hold", "IR – biopsy preparation", "Pre-biopsy labs"]))
    s = spec(ctx, lang, "ir_biopsy", "IR biopsy booking with anticoagulant hold and INR/platelets", who(nurse, lang), [(md.dr(lang), md.addr(GMFDOM))], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P13 PICC request
def p_picc(ctx, lang, i):
    p = ctx.patient(lang, age_range=(25, 92))
    nurse = ctx.st("nurse")
    d = ctx.when()
    mrn = ctx.mrn()
    room = f"{ctx.randint(2, 6)}{ctx.randint(10, 40)}-{ctx.randint(1, 2)}"
    inf, ab = ctx.choice([(T(lang, "ostéomyélite du pied diabétique", "diabetic foot osteomyelitis"), T(lang, "céfazoline 2 g IV q8h x 6 semaines", "cefazolin 2 g IV q8h x 6 weeks")),
                          (T(lang, "endocardite à S. aureus", "S. aureus endocarditis"), T(lang, "cloxacilline 2 g IV q4h", "cloxacillin 2 g IV q4h")),
                          (T(lang, "abcès hépatique", "liver abscess"), T(lang, "ceftriaxone 2 g IV die + métronidazole", "ceftriaxone 2 g IV daily + metronidazole")),
                          (T(lang, "chimiothérapie (FOLFOX) – accès veineux difficile", "chemotherapy (FOLFOX) – difficult venous access"), "FOLFOX q2 sem")])
    types = {"patient_name", "mrn", "diagnosis", "medication"}
    ward = ctx.st("clerk")
    nm = fmt_name(p, ctx.choice(["upper_last", "last_first", "lower", "full"]), lang)
    lines = T(lang, f"Demande d'installation de PICC\nPatient : {nm}\nDossier : {mrn}\nChambre : {room}\nIndication : {inf}\nTraitement prévu : {ab}\nBras préférentiel : {ctx.choice(['droit', 'gauche'])}\nIsolement : {ctx.choice(['aucun', 'contact (SARM)', 'contact+ (C. difficile)'])}",
              f"PICC insertion request\nPatient: {nm}\nMRN: {mrn}\nRoom: {room}\nIndication: {inf}\nPlanned therapy: {ab}\nPreferred arm: {ctx.choice(['right', 'left'])}\nIsolation: {ctx.choice(['none', 'contact (MRSA)', 'contact+ (C. difficile)'])}")
    paras = [ctx.choice(T(lang, ["Pouvez-vous l'ajouter à la liste de demain?", "Congé prévu vendredi si le PICC est en place."],
                              ["Can you add this patient to tomorrow's list?", "Discharge planned Friday if the PICC is in."])), lines]
    txt = body(ctx, lang, ward, paras)
    subj = T(lang, f"PICC – ch. {room}", f"PICC – room {room}")
    s = spec(ctx, lang, "ir_picc", "PICC request with infection and antibiotic", who(ward, lang), [(nurse.full, nurse.addr())], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P14 MRI safety questionnaire
def p_mri_safety(ctx, lang, i):
    p = ctx.patient(lang, age_range=(30, 85))
    tech = ctx.st("tech")
    rad = ctx.st("radiologist")
    d = ctx.when()
    imp = IMPLANTS[(i * 3 + ctx.randint(0, 6)) % len(IMPLANTS)]
    cond = {"pacemaker": T(lang, "bloc AV complet", "complete heart block"), "cochlear": T(lang, "surdité profonde", "profound hearing loss"),
            "clip": T(lang, "anévrisme cérébral", "cerebral aneurysm"), "scs": T(lang, "syndrome douloureux chronique", "chronic pain syndrome"),
            "orbit": T(lang, "antécédent de corps étranger oculaire", "history of ocular foreign body"), "pump": T(lang, "diabète de type 1", "type 1 diabetes"),
            "valve": T(lang, "sténose aortique opérée", "operated aortic stenosis")}[imp[2]]
    types = {"patient_name", "date_of_birth", "diagnosis"}
    ap = ctx.future(d, 1, 10)
    q = T(lang, f"Questionnaire de sécurité IRM – réponses\nNom : {fmt_name(p, 'upper_last', lang)}\nDDN : {fdate(p.dob, 'fr', 'iso')}\nPoids : {ctx.randint(52, 118)} kg\nImplant : {imp[0]}\nAntécédent : {cond}\nClaustrophobie : {ctx.choice(['non', 'oui (légère)'])}\nGrossesse possible : non",
          f"MRI safety questionnaire – answers\nName: {fmt_name(p, 'upper_last', lang)}\nDOB: {fdate(p.dob, 'en', 'iso')}\nWeight: {ctx.randint(52, 118)} kg\nImplant: {imp[0]}\nHistory: {cond}\nClaustrophobia: {ctx.choice(['no', 'yes (mild)'])}\nPossible pregnancy: no")
    paras = [T(lang, f"Patient(e) prévu(e) en IRM le {fdate(ap, 'fr')}. Le questionnaire révèle un implant; je n'ai pas trouvé la fiche du fabricant.",
               f"Patient booked for MRI on {fdate(ap, 'en')}. The questionnaire shows an implant and I couldn't find the manufacturer's sheet."),
             q, T(lang, "Peut-on procéder, ou faut-il convertir en TDM? La physicienne est en congé cette semaine.",
                  "Can we proceed, or should we convert to CT? The physicist is off this week.")]
    atts = []
    if ctx.chance(0.5):
        atts.append(dict(filename=T(lang, "questionnaire_securite_IRM.pdf", "MRI_safety_questionnaire.pdf"), ctype="application/pdf",
                         data=make_pdf(T(lang, "Questionnaire de sécurité IRM", "MRI safety screening form"), q.split("\n"), compress=ctx.chance(0.5))))
        paras[1] = T(lang, "Questionnaire numérisé en pièce jointe.", "Scanned questionnaire attached.")
    txt = body(ctx, lang, tech, paras, greeting=greet(ctx, lang, rad.drs(lang)))
    subj = ctx.choice(T(lang, ["Questionnaire IRM – implant à valider", "Sécurité IRM – question", "IRM demain – implant?"],
                              ["MRI screening – implant to clear", "MRI safety question", "MRI tomorrow – implant?"]))
    s = spec(ctx, lang, "mri_safety", "MRI safety questionnaire with implant and condition", who(tech, lang), [(rad.dr(lang), rad.addr())], subj, txt, atts=atts, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P15 contrast allergy premedication
def p_premed(ctx, lang, i):
    p = ctx.patient(lang, age_range=(25, 88))
    rad = ctx.st("radiologist")
    d = ctx.when()
    ap = ctx.future(d, 2, 14)
    react = ALLERGY_REACTIONS[i % len(ALLERGY_REACTIONS)]
    types = {"patient_name", "medication", "diagnosis"}
    nm = fmt_name(p, ctx.choice(["title_full", "upper_last", "last_first", "initial"]), lang)
    target = ctx.choice(["md", "nurse"])
    rec = ctx.st(target)
    t0 = ctx.choice([8, 9, 10, 13])
    paras = [T(lang, f"{nm} a une TDM avec contraste iodé prévue le {fdate(ap, 'fr')} à {t0} h. Antécédent : {react[0]}.",
               f"{nm} has a contrast CT booked on {fdate(ap, 'en')} at {t0}:00. History: {react[1]}."),
             T(lang, f"Prémédication à prescrire :\n- prednisone 50 mg PO à {(t0 - 13) % 24} h{' la veille' if t0 < 13 else ''}, {t0 - 7} h et {t0 - 1} h le jour de l'examen\n- diphenhydramine 50 mg PO 1 h avant\n- utiliser un agent différent (iodixanol) et garder l'usager 30 min en observation",
               f"Premedication to prescribe:\n- prednisone 50 mg PO at {(t0 - 13) % 24}:00{' the evening before' if t0 < 13 else ''}, {t0 - 7}:00 and {t0 - 1}:00 on the day of the scan\n- diphenhydramine 50 mg PO 1 h before\n- switch agent (iodixanol) and observe for 30 min"),
             T(lang, "Le patient ne doit pas conduire après la diphenhydramine.", "The patient must not drive after diphenhydramine.")]
    if ctx.chance(0.4):
        paras.insert(1, T(lang, f"No dossier : {ctx.mrn()}", f"MRN: {ctx.mrn()}"))
        types.add("mrn")
    txt = body(ctx, lang, rad, paras, greeting=greet(ctx, lang, rec.drs(lang) if target == "md" else rec.given))
    subj = ctx.choice(T(lang, ["Prémédication – allergie au contraste", "Allergie iode – protocole de prémédication", "TDM – prémédication requise"],
                              ["Premedication – contrast allergy", "Contrast reaction history – premed", "CT – premedication needed"]))
    s = spec(ctx, lang, "contrast_premed", "contrast allergy premedication for named patient", who(rad, lang), [(rec.dr(lang) if target == "md" else rec.full, rec.addr(GMFDOM if target == "md" else None))], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P16 eGFR follow-up
def p_egfr(ctx, lang, i):
    p = ctx.patient(lang, age_range=(55, 92))
    tech = ctx.st("tech")
    rad = ctx.st("radiologist")
    d = ctx.when()
    egfr = ctx.randint(18, 29)
    types = {"patient_name", "lab_result", "diagnosis"}
    nm = fmt_name(p, ctx.choice(["upper_last", "lower", "full", "title"]), lang)
    paras = [T(lang, f"Pour {nm} (angio-TDM prévue cet après-midi) : DFGe {egfr} mL/min ce matin, créatinine {ctx.randint(190, 290)} µmol/L. Insuffisance rénale chronique stade 4 connue.",
               f"For {nm} (CT angiogram booked this afternoon): eGFR {egfr} mL/min this morning, creatinine {ctx.randint(190, 290)} umol/L. Known CKD stage 4."),
             T(lang, "On fait quoi : hydratation IV et demi-dose, ou on remplace par une IRM sans gadolinium?",
               "What do we do: IV hydration and half dose, or switch to non-contrast MRI?")]
    if ctx.chance(0.6):
        paras.insert(1, T(lang, f"Dossier {ctx.mrn()}", f"MRN {ctx.mrn()}"))
        types.add("mrn")
    txt = body(ctx, lang, tech, paras, short_sig=True)
    subj = ctx.choice(T(lang, ["DFGe bas – TDM cet après-midi", "Fonction rénale avant contraste"], ["Low eGFR – CT this afternoon", "Renal function before contrast"]))
    s = spec(ctx, lang, "egfr_followup", "low eGFR before contrast", who(tech, lang), [(rad.dr(lang), rad.addr())], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P17 technologists' worklist with patients (XLSX)
def p_worklist(ctx, lang, i):
    tech = ctx.st("tech")
    d = ctx.when()
    day = ctx.future(d, 1, 3)
    rows = [[T(lang, "Heure", "Time"), T(lang, "Nom", "Name"), T(lang, "DDN", "DOB"), T(lang, "Dossier", "MRN"),
             T(lang, "Examen", "Exam"), T(lang, "Indication", "Indication"), T(lang, "Remarques", "Notes")]]
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis"}
    use_nam = i == 0
    if use_nam:
        rows[0].append("NAM")
        types.add("ramq_nam")
    h = 7 * 60 + 30
    notes_pool = T(lang, ["", "", "claustrophobe – Ativan 1 mg prescrit", "civière", "pacemaker MR-conditionnel – physicien avisé", "fauteuil roulant", "allergie gado légère"],
                   ["", "", "claustrophobic – lorazepam 1 mg prescribed", "stretcher", "MR-conditional pacemaker – physicist aware", "wheelchair", "mild gadolinium allergy"])
    for k in range(ctx.randint(7, 11)):
        f = finding(ctx, keys=["ms", "hernia", "meniscus", "liver"])
        p = ctx.nam_person(age=(18, 90)) if use_nam and k < 3 else ctx.patient(lang)
        row = [f"{h // 60:02d}:{h % 60:02d}", fmt_name(p, "last_first"), fdate(p.dob, lang, "iso"), ctx.mrn(),
               T(lang, f[2], f[3]), T(lang, f[7], f[8]), ctx.choice(notes_pool)]
        if use_nam:
            row.append(fmt_nam(p.nam, "plain") if p.nam else "")
        if "Ativan" in row[6] or "lorazepam" in row[6]:
            types.add("medication")
        rows.append(row)
        h += ctx.choice([30, 45, 45, 60])
    data = make_xlsx([(T(lang, f"IRM {day.isoformat()}", f"MRI {day.isoformat()}"), rows)], author=tech.full)
    paras = [T(lang, f"Voici la liste de travail IRM de {fday(day, 'fr')} pour préparer les questionnaires. Attention aux remarques.",
               f"Here is the MRI worklist for {fday(day, 'en')} so you can prepare the screening forms. Mind the notes column.")]
    tos = [t for t in ctx.sts("tech", 3) if t is not tech][:2]
    txt = body(ctx, lang, tech, paras, short_sig=True)
    subj = T(lang, f"Liste IRM {fdate(day, 'fr', 'slash')}", f"MRI list {fdate(day, 'en', 'iso')}")
    s = spec(ctx, lang, "worklist_xlsx", "technologists' MRI worklist with patients in XLSX", who(tech, lang), [(t.full, t.addr()) for t in tos], subj, txt,
             atts=[dict(filename=T(lang, f"liste_IRM_{day.isoformat()}.xlsx", f"MRI_worklist_{day.isoformat()}.xlsx"),
                        ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)], date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P18 RIS CSV export
def p_ris_csv(ctx, lang, i):
    it = ctx.st("it")
    mgr = ctx.st("manager")
    d = ctx.when()
    use_nam = i != 1
    hdr = ["accession", "mrn", "patient_name", "birth_date", "sex", "modality", "exam", "exam_date", "status", "radiologist"]
    if use_nam:
        hdr.insert(3, "nam")
    rows = [hdr]
    types = {"patient_name", "mrn", "date_of_birth"}
    if use_nam:
        types.add("ramq_nam")
    rads = ctx.sts("radiologist", 3)
    for k in range(ctx.randint(8, 14)):
        p = ctx.nam_person() if (use_nam and k % 4 == 0) else ctx.patient(lang)
        f = finding(ctx)
        row = [ctx.accession(), ctx.mrn(), fmt_name(p, "dicom"), p.dob.strftime("%Y%m%d"), p.sex, f[1], f[3] if lang == "en" else f[2],
               (d.date() - _dt.timedelta(days=ctx.randint(3, 20))).isoformat(), ctx.choice(["UNREAD", "PRELIM", "UNREAD", "DICTATED"]),
               ctx.choice(rads).surname.upper()]
        if use_nam:
            row.insert(3, p.nam if p.nam else "")
        rows.append(row)
    sep = ctx.choice([",", ";"])
    data = csv_text(rows, sep)
    paras = [T(lang, "Extraction RIS des examens non signés depuis plus de 72 h, tel que demandé pour le comité de performance. À ne pas diffuser hors du service.",
               "RIS extract of exams unsigned for more than 72 h, as requested for the performance committee. Do not circulate outside the department.")]
    txt = body(ctx, lang, it, paras)
    s = spec(ctx, lang, "ris_csv", "RIS export with patient rows in CSV", who(it, lang), [(mgr.full, mgr.addr())],
             T(lang, "Extraction – examens non signés > 72 h", "Extract – exams unsigned > 72 h"), txt,
             atts=[dict(filename=f"ris_export_unsigned_{d.strftime('%Y%m%d')}.csv", ctype="text/csv", data=data)], date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P19 ICS for patient procedure
def p_ics(ctx, lang, i):
    p = ctx.patient(lang, sex="F" if i == 0 else None)
    nurse = ctx.st("nurse")
    rad = ctx.st("radiologist")
    d = ctx.when()
    ap = ctx.future(d, 2, 12)
    mrn = ctx.mrn()
    proc = [T(lang, "Biopsie sein échoguidée (BI-RADS 4C)", "US-guided breast biopsy (BI-RADS 4C)"),
            T(lang, "Néphrostomie gauche – hydronéphrose sur calcul", "Left nephrostomy – obstructing stone with hydronephrosis"),
            T(lang, "Drainage d'abcès pelvien", "Pelvic abscess drainage")][i % 3]
    types = {"patient_name", "mrn", "diagnosis"}
    st_h = ctx.choice([8, 9, 10, 13, 14])
    start = _dt.datetime.combine(ap, _dt.time(st_h, 0))
    summ = f"{proc} – {fmt_name(p, ctx.choice(['title', 'last_first', 'upper_last']), lang)} ({mrn})"
    ics = make_ics(f"{ctx.randint(10**8, 10**9)}@{HDOM}", start, start + _dt.timedelta(minutes=60), summ,
                   description=T(lang, "Salle d'intervention 2. Consentement à faire signer. À jeun 6 h.", "IR suite 2. Consent to be signed. NPO 6 h."),
                   location=T(lang, "Radiologie d'intervention, 2e étage", "Interventional radiology, 2nd floor"),
                   organizer=(nurse.full, nurse.addr()), attendees=[(rad.dr(lang), rad.addr())])
    txt = body(ctx, lang, nurse, [T(lang, "Invitation pour la procédure (voir le calendrier de la salle).", "Invite for the procedure (see room calendar).")], short_sig=True, footer=False)
    s = spec(ctx, lang, "ics_procedure", "calendar invite for named patient's IR procedure", who(nurse, lang), [(rad.dr(lang), rad.addr())], summ, txt,
             atts=[dict(filename="invite.ics", ctype="text/calendar", data=ics, method="REQUEST")], date=d)
    s["types"] = types
    return s


BUILDERS = [(p_booking, 4), (p_metformin, 3), (p_report, 5), (p_report_pdf, 4), (p_addendum, 4), (p_critical, 5),
            (p_cd_request, 4), (p_pacs_transfer, 3), (p_requisition, 4), (p_pqdcs, 4), (p_breast, 4), (p_ir_biopsy, 4),
            (p_picc, 3), (p_mri_safety, 3), (p_premed, 4), (p_egfr, 3), (p_worklist, 3), (p_ris_csv, 3), (p_ics, 3)]
