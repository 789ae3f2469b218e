"""Positive templates, part C: vCard, wait list CSV, lithium XLSX, subject-only names,
partners, children, older patients, imaging, EI certificate, on-call sign-out."""
import datetime

import gen_clin as C
import gen_data as D
import gen_docs as X
import gen_ids as I
from gen_pos_a import GMF, cap, ident, pname


# ------------------------------------------------------------------ P21 vCard for a home visit
def p_vcard(g, lang):
    m = g.new(lang, "home_visit")
    p = g.patient("mother", lang)
    nurse = g.st("liaison nurse", "clinical nurse")
    m.sender = (nurse.display(), nurse.email)
    m.to = [(g.L(lang, "Périnatalité CLSC des Trois-Ruisseaux", "CLSC Trois-Ruisseaux perinatal team"), "perinatalite.clsc3r@cisss-vdb.example")]
    a = g.address(lang)
    tel = g.phone()
    m.t("patient_name", "patient_contact", "diagnosis", "lab_result")
    vc = X.make_vcard(p.given, p.surname, tel=tel, tel_type="HOME", adr=(a[0], a[1], a[2], a[3]),
                      note=g.L(lang, "Patiente CSMP – visite à domicile post-partum", "PMHC patient - postpartum home visit"))
    m.attachments.append({"kind": "vcard", "filename": g.c([f"{p.given} {p.surname}.vcf", f"{p.surname}.vcf", "contact.vcf"]), "data": vc})
    sc = C.epds(g)
    if lang == "fr":
        m.subject = g.c(["Visite à domicile à planifier", "Demande VAD post-partum", "Suivi à domicile svp"])
        body = ["Bonjour,", "",
                f"Pourriez-vous planifier une visite à domicile cette semaine pour la patiente dont la fiche contact est jointe? "
                f"EPDS {sc} hier, {C.dx(g, p, lang, g.c(['ppd', 'ppd_sev', 'anx']))}.",
                g.c(["Elle est seule à la maison le jour.", "Le conjoint travaille de nuit.", "Bébé de 3 semaines, allaitement difficile."]),
                "", g.sig(nurse, lang)]
    else:
        m.subject = g.c(["Home visit to schedule", "Postpartum home visit request", "Please arrange home follow-up"])
        body = ["Hello,", "",
                f"Could you schedule a home visit this week for the patient whose contact card is attached? "
                f"EPDS {sc} yesterday, {C.dx(g, p, lang, g.c(['ppd', 'ppd_sev', 'anx']))}.",
                g.c(["She is alone at home during the day.", "Partner works nights.", "3-week-old baby, breastfeeding is difficult."]),
                "", g.sig(nurse, lang)]
    m.text = "\n".join(body)
    m.note = g.L(lang, "fiche vCard pour visite à domicile", "vCard for a home visit")
    return m


# ------------------------------------------------------------------ P22 wait list CSV with NAMs
def p_waitlist(g, lang):
    m = g.new(lang, "waitlist")
    sec = g.st("administrative officer")
    mgr = g.st("program manager")
    m.sender = (sec.display(), sec.email)
    m.to = [(mgr.display(), mgr.email)]
    m.t("patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis")
    head = g.L(lang, ["Nom", "Prénom", "DDN", "NAM", "Date réf.", "EPDS", "Motif", "Priorité"],
               ["Last name", "First name", "DOB", "RAMQ", "Ref. date", "EPDS", "Reason", "Priority"])
    rows = [head]
    for i in range(g.rng.randint(4, 7)):
        p = g.patient("mother" if i == 0 else "adult", lang, nam=True)
        if not p.nam:
            continue
        m.use_nam(p)
        rd = (m.date - datetime.timedelta(days=g.rng.randint(5, 70))).date()
        rows.append([p.surname.upper() if g.chance(0.5) else p.surname, p.given, g.dob(p.dob, lang, ("iso", "slash", "ymd_slash")),
                     g.nam(p, ("plain", "spaced", "plain", "hyphen")), rd.isoformat(), str(C.epds(g)), C.dx(g, p, lang),
                     g.c(["P1", "P2", "P2", "P3"])])
    kind = g.c(["csv", "csv", "xlsx"])
    stamp = m.date.strftime("%Y%m%d")
    if kind == "csv":
        m.attachments.append({"kind": "csv", "filename": g.L(lang, f"liste_attente_{stamp}.csv", f"waitlist_{stamp}.csv"),
                              "data": X.make_csv(rows, sep=g.c([",", ";"]))})
    else:
        m.attachments.append({"kind": "xlsx", "filename": g.L(lang, f"Liste d'attente {stamp}.xlsx", f"Wait list {stamp}.xlsx"),
                              "data": X.make_xlsx([(g.L(lang, "Attente", "Waitlist"), rows)])})
    m.subject = g.L(lang, g.c(["Liste d'attente GASMA à jour", "Export liste d'attente – guichet santé mentale adulte"]),
                    g.c(["Updated adult mental health access wait list", "Central access wait list export"]))
    m.text = g.L(lang, f"Bonjour {mgr.given},\n\nVoici l'export du guichet d'accès santé mentale adulte ({len(rows) - 1} nouvelles demandes, "
                 "dont celles orientées vers la clinique périnatale). Les P1 devraient être vues d'ici 7 jours.\n\n" + sec.display(),
                 f"Hi {mgr.given},\n\nHere is the adult mental health central access export ({len(rows) - 1} new requests, including those "
                 "routed to the perinatal clinic). P1s should be seen within 7 days.\n\n" + sec.display())
    m.note = g.L(lang, "export de liste d'attente", "wait list export")
    return m


# ------------------------------------------------------------------ P23 lithium monitoring XLSX
def p_lithium(g, lang):
    m = g.new(lang, "lab_tracking")
    ph = g.st("pharmacist")
    doc = g.st("psychiatrist")
    m.sender = (ph.display(), ph.email)
    m.to = [(doc.display(), doc.email)]
    m.t("lab_result", "medication", "diagnosis", "mrn")
    dec = "," if lang == "fr" else "."
    head = g.L(lang, ["Patiente", "Dossier", "Date", "Lithémie (mmol/L)", "Créat.", "TSH", "Dose"],
               ["Patient", "MRN", "Date", "Li (mmol/L)", "Creat", "TSH", "Dose"])
    rows = [head]
    named = g.chance(0.7)
    if named:
        m.t("patient_name")
    for i in range(g.rng.randint(2, 4)):
        p = g.patient("mother", lang)
        for k in range(g.rng.randint(1, 3)):
            d = (m.date - datetime.timedelta(days=7 * (3 - k) + g.rng.randint(0, 3))).date().isoformat()
            rows.append([f"{p.surname}, {p.given}" if named else "", p.mrn, d, g.rng.randint(4, 12) / 10, g.rng.randint(55, 95),
                         g.rng.randint(8, 60) / 10, g.c(["300 mg BID", "450 mg BID", "600 mg HS"])])
    m.attachments.append({"kind": "xlsx", "filename": g.L(lang, "Suivi lithium post-partum.xlsx", "Postpartum lithium monitoring.xlsx"),
                          "data": X.make_xlsx([(g.L(lang, "Lithium", "Lithium"), rows)])})
    m.subject = g.L(lang, g.c(["Suivi des lithémies", "Lithium – patientes post-partum"]), g.c(["Lithium levels", "Lithium monitoring - postpartum patients"]))
    m.text = g.L(lang, f"Bonjour,\n\nMise à jour du tableau de suivi des lithémies (trouble bipolaire, post-partum). Deux valeurs sous 0{dec}6 à réviser.\n\n{g.sig(ph, lang)}",
                 f"Hello,\n\nUpdated lithium tracking sheet (bipolar disorder, postpartum). Two levels under 0{dec}6 to review.\n\n{g.sig(ph, lang)}")
    m.note = g.L(lang, "tableau de suivi des lithémies", "lithium level tracking sheet")
    return m


# ------------------------------------------------------------------ P24 name only in Subject
def p_subject_only(g, lang):
    m = g.new(lang, "quick_question")
    p = g.patient("mother", lang)
    a = g.st("pharmacist", "clinical nurse")
    b = g.st("psychiatrist")
    m.sender = (a.display(), a.email)
    m.to = [(b.display(), b.email)]
    m.t("patient_name", "medication")
    sname = g.name(p, lang, ("title_sur", "sur_first", "full", "lower", "initials"))
    mm = C.med(g, lang, g.c([0, 1, 2, 3, 11]))
    if lang == "fr":
        m.subject = g.c([f"{sname} – dose?", f"Question Rx {sname}", f"RE: {sname}"])
        body = [f"Bonjour Dr{'e' if b.tfr == 'Dre' else ''} {b.surname},", "",
                f"Elle allaite exclusivement et se demande si elle peut augmenter {mm}. "
                f"{g.c(['Le pédiatre a noté un bébé un peu somnolent.', 'Elle rapporte des nausées depuis la hausse.', 'Elle a oublié 3 doses cette semaine.'])}",
                "Je lui réponds quoi?", "", a.given]
    else:
        m.subject = g.c([f"{sname} - dose?", f"Rx question {sname}", f"RE: {sname}"])
        body = [f"Hi Dr. {b.surname},", "",
                f"She is exclusively breastfeeding and wonders whether she can increase {mm}. "
                f"{g.c(['The pediatrician noted the baby is a bit sleepy.', 'She reports nausea since the increase.', 'She missed 3 doses this week.'])}",
                "What should I tell her?", "", a.given]
    if g.chance(0.5):
        body.insert(3, g.L(lang, f"(suivie pour {C.dx(g, p, lang)})", f"(followed for {C.dx(g, p, lang)})"))
        m.t("diagnosis")
    m.text = "\n".join(body)
    m.note = g.L(lang, "question de médication, nom seulement dans l'objet", "medication question, name only in Subject")
    return m


# ------------------------------------------------------------------ P25 partner (paternal depression)
def p_partner(g, lang):
    m = g.new(lang, "partner_consult")
    p = g.patient("partner", lang, nam=True)
    psy = g.st("psychologist", "social worker")
    doc = g.st("psychiatrist")
    m.sender = (psy.display(), psy.email)
    m.to = [(doc.display(), doc.email)]
    m.t("patient_name", "diagnosis")
    n = g.name(p, lang, ("title", "full", "sur_first", "initials"))
    idl = ident(g, m, p, lang, dob=True, nam=True)
    if lang == "fr":
        m.subject = g.c(["Conjoint d'une patiente – évaluation", "Dépression paternelle – demande", "Demande pour le conjoint"])
        lines = [f"Bonjour {doc.given},", "",
                 f"Le conjoint de notre patiente, {n} ({idl}), m'a consultée hier. Tableau compatible avec une {C.dx(g, p, lang, 'pat_dep')} : "
                 "irritabilité, consommation d'alcool en hausse, évitement du bébé.",
                 g.c(["Il a perdu son emploi le mois dernier.", "Il dort sur le divan depuis la naissance.", "Il nomme des idées noires sans plan."])]
    else:
        m.subject = g.c(["Patient's partner - assessment", "Paternal depression - request", "Request for the partner"])
        lines = [f"Hi {doc.given},", "",
                 f"Our patient's partner, {n} ({idl}), came to see me yesterday. Presentation fits {C.dx(g, p, lang, 'pat_dep')}: "
                 "irritability, increased drinking, avoiding the baby.",
                 g.c(["He lost his job last month.", "He has been sleeping on the couch since the birth.", "He reports dark thoughts without a plan."])]
    if g.chance(0.5):
        lines.append(g.L(lang, f"Son médecin lui a prescrit {C.med(g, lang, g.c([2, 7, 10]))}.", f"His GP started {C.med(g, lang, g.c([2, 7, 10]))}."))
        m.t("medication")
    if "perdu" in lines[3] or "lost" in lines[3]:
        m.t("social_information")
    lines += ["", g.L(lang, "Peux-tu le voir en consultation?", "Could you see him for a consult?"), "", psy.given]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "évaluation du conjoint d'une patiente", "assessment of a patient's partner")
    return m


# ------------------------------------------------------------------ P26 older child
def p_child(g, lang):
    m = g.new(lang, "child_referral")
    p = g.patient("child", lang, nam=True)
    ts = g.st("social worker")
    m.sender = (ts.display(), ts.email)
    m.to = [(g.L(lang, "Pédopsychiatrie – guichet d'accès", "Child psychiatry - central intake"), f"pedopsy.guichet@{D.DOM}")]
    m.t("patient_name", "diagnosis", "social_information")
    n = g.name(p, lang, ("full", "sur_first", "sur_first_plain"))
    idl = ident(g, m, p, lang, dob=True, nam=True)
    pron = g.L(lang, "Il" if p.sex == "M" else "Elle", "He" if p.sex == "M" else "She")
    if lang == "fr":
        m.subject = g.c(["Référence – enfant aîné d'une patiente", "Demande au guichet pédopsy", f"Référence {p.surname.upper()}"])
        lines = ["Bonjour,", "",
                 f"Je réfère l'enfant aîné d'une de nos patientes : {n} ({idl}).",
                 f"{pron} présente depuis la naissance du bébé {g.c(['des crises de colère quotidiennes', 'un retrait et de l énurésie', 'un refus scolaire'])}. "
                 f"Hypothèse : {C.dx(g, p, lang)}.",
                 "La mère est hospitalisée à l'UME; l'enfant est hébergé chez sa grand-mère. Un signalement DPJ a été fait la semaine dernière.",
                 "", g.sig(ts, lang)]
    else:
        m.subject = g.c(["Referral - older child of a patient", "Child psychiatry intake request", f"Referral {p.surname}"])
        lines = ["Hello,", "",
                 f"I am referring the older child of one of our patients: {n} ({idl}).",
                 f"Since the baby's birth, {pron.lower()} has shown {g.c(['daily temper outbursts', 'withdrawal and bedwetting', 'school refusal'])}. "
                 f"Working hypothesis: {C.dx(g, p, lang)}.",
                 "The mother is admitted to the MBU; the child is staying with the grandmother. A youth protection report was made last week.",
                 "", g.sig(ts, lang)]
    q = g.patient("child", lang, nam=True)
    if q.nam and q.nam != p.nam:
        n2 = g.name(q, lang, ("full", "sur_first_plain"))
        id2 = ident(g, m, q, lang, dob=True, nam=True)
        sib = g.L(lang, ("La fille" if q.sex == "F" else "Le fils") + f" du conjoint (famille recomposée), {n2} ({id2}), vit dans le même milieu et "
                        f"présente {g.c(['des cauchemars répétés', 'une anxiété de séparation marquée', 'des difficultés de comportement à l’école'])}.",
                  ("The partner's daughter" if q.sex == "F" else "The partner's son") + f" (blended family), {n2} ({id2}), lives in the same home and shows "
                  f"{g.c(['recurrent nightmares', 'marked separation anxiety', 'behaviour problems at school'])}.")
        lines.insert(4, sib)
    m.text = "\n".join(lines).replace("l énurésie", "l'énurésie")
    m.note = g.L(lang, "référence en pédopsychiatrie", "child psychiatry referral")
    return m


# ------------------------------------------------------------------ P27 older patient (records, perimenopause, C-L)
def p_access_log(g, lang, m):
    """Weekly register of access-to-records requests, several adult patients with NAMs."""
    arch = g.st("health records technician")
    m.cat = "records_register"
    m.sender = (arch.display(), arch.email)
    m.to = [(g.L(lang, "Direction des services professionnels", "Director of Professional Services"), f"dsp@{D.DOM}")]
    m.t("patient_name", "date_of_birth", "ramq_nam", "mrn", "diagnosis")
    head = g.L(lang, ["Nom", "Prénom", "DDN", "NAM", "Dossier", "Épisode visé", "Demandeur"],
               ["Surname", "Given name", "DOB", "RAMQ", "MRN", "Episode", "Requester"])
    rows = [head]
    for _ in range(g.rng.randint(5, 7)):
        p = g.patient("senior", lang, nam=True)
        m.use_nam(p)
        ep = C.dx(g, p, lang) + g.L(lang, f" – hosp. {g.rng.randint(2018, 2024)}", f" - admitted {g.rng.randint(2018, 2024)}")
        rows.append([p.surname, p.given, p.dob.isoformat(), g.nam(p, ("plain", "spaced", "plain")), p.mrn, ep,
                     g.c(g.L(lang, ["usager", "avocat (mandat signé)", "assureur", "succession", "CHSLD receveur"],
                                   ["patient", "lawyer (signed mandate)", "insurer", "estate", "receiving LTC home"]))])
    wk = m.date.strftime("%Y-%m-%d")
    kind = g.c(["xlsx", "docx", "pdf"])
    title = g.L(lang, f"Registre des demandes d'accès – semaine du {wk}", f"Access-to-records register - week of {wk}")
    data = {"xlsx": lambda: X.make_xlsx([(g.L(lang, "Demandes", "Requests"), rows)]),
            "docx": lambda: X.make_docx(title, [g.L(lang, "Demandes à autoriser :", "Requests to authorize:")], rows),
            "pdf": lambda: X.make_pdf(title, [g.L(lang, "Demandes à autoriser :", "Requests to authorize:")], rows)}[kind]()
    m.attachments.append({"kind": kind, "filename": g.L(lang, f"Registre_acces_{wk}.{kind}", f"Access_register_{wk}.{kind}"), "data": data})
    m.subject = g.L(lang, "Demandes d'accès à signer", "Access requests for signature")
    m.text = g.L(lang, f"Bonjour,\n\nVoici le registre de la semaine ({len(rows) - 1} demandes) pour autorisation. Les dossiers de psychiatrie "
                 f"exigent votre signature.\n\n{g.sig(arch, lang)}",
                 f"Hello,\n\nHere is this week's register ({len(rows) - 1} requests) for authorization. Psychiatry records require your signature.\n\n{g.sig(arch, lang)}")
    m.note = g.L(lang, "registre des demandes d'accès aux dossiers", "access-to-records request register")
    return m


def p_general(g, lang):
    m = g.new(lang, "records_request")
    if g.chance(0.5):
        return p_access_log(g, lang, m)
    p = g.patient("senior", lang, nam=True)
    arch = g.st("health records technician")
    m.t("patient_name", "diagnosis")
    idl = ident(g, m, p, lang, dob=True, nam=True, mrn=g.chance(0.6))
    n = g.name(p, lang, ("title", "full", "sur_first"))
    kind = g.c(["records", "cl", "peri"]) if (p.sex == "F" and p.age <= 62) else g.c(["records", "cl"])
    if kind == "records":
        m.sender = (arch.display(), arch.email)
        m.to = [(None, "dossiers@chsld-des-pins.example")]
        dx = C.dx(g, p, lang, g.c(["mdd_rec", "ncd", "gad", "bp2"]))
        m.subject = g.L(lang, g.c(["Transfert de dossier – admission CHSLD", "Demande de copie de dossier"]), g.c(["Records transfer - LTC admission", "Copy of records"]))
        m.text = g.L(lang, f"Bonjour,\n\nEn vue de l'admission de {n} ({idl}), vous trouverez ci-joint la liste des documents transmis : "
                     f"notes de psychiatrie 2022-2025 ({dx}), profil pharmacologique, dernier bilan.\n\n{g.sig(arch, lang)}",
                     f"Hello,\n\nFor the admission of {n} ({idl}), here is the list of documents sent: psychiatry notes 2022-2025 ({dx}), "
                     f"medication profile, latest bloodwork.\n\n{g.sig(arch, lang)}")
    elif kind == "cl":
        doc = g.st("psychiatrist")
        m.sender = (doc.display(), doc.email)
        m.to = [(g.L(lang, "Médecine interne – 6e", "Internal medicine - 6th floor"), f"medint6@{D.DOM}")]
        m.subject = g.L(lang, g.c(["Consultation-liaison – réponse", "Avis psychiatrique"]), g.c(["C-L psychiatry - answer", "Psychiatry opinion"]))
        mm = C.med(g, lang, g.c([3, 7, 12]))
        m.t("medication")
        m.text = g.L(lang, f"Bonjour,\n\nVu en consultation-liaison : {n} ({idl}). Impression : delirium hypoactif surajouté à un {C.dx(g, p, lang, 'mdd_rec')}. "
                     f"Suggestion : {mm}, cesser le lorazépam, réorientation fréquente.\n\n{g.sig(doc, lang, long=False)}",
                     f"Hello,\n\nSeen in C-L: {n} ({idl}). Impression: hypoactive delirium on top of {C.dx(g, p, lang, 'mdd_rec')}. "
                     f"Suggest {mm}, stop lorazepam, frequent reorientation.\n\n{g.sig(doc, lang, long=False)}")
    else:
        doc = g.st("psychiatrist")
        clinic, dom = g.c(GMF)
        m.sender = (None, f"gmf.references@{dom}")
        m.to = [(doc.display(), doc.email)]
        m.subject = g.L(lang, "Référence santé mentale reproductive", "Reproductive mental health referral")
        lab = "; ".join(C.labs(g, lang, 2))
        m.t("lab_result")
        m.text = g.L(lang, f"Bonjour,\n\nRéférence pour {n} ({idl}) : {C.dx(g, p, lang, 'peri')}, bouffées de chaleur, insomnie. Bilan : {lab}.\n\n{clinic}",
                     f"Hello,\n\nReferral for {n} ({idl}): {C.dx(g, p, lang, 'peri')}, hot flashes, insomnia. Labs: {lab}.\n\n{clinic}")
    m.note = g.L(lang, "correspondance sur un patient adulte", "correspondence about an adult patient")
    return m


# ------------------------------------------------------------------ P28 imaging result
def p_imaging(g, lang):
    m = g.new(lang, "imaging_followup")
    p = g.patient("mother", lang)
    rad_g, rad_s = g.person_name(lang, g.c("FM"))
    doc = g.st("psychiatrist", "nurse practitioner")
    m.sender = (None, f"imagerie.resultats@{D.DOM}")
    m.to = [(doc.display(), doc.email)]
    m.t("lab_result", "diagnosis", "mrn")
    who_in_name = g.chance(0.7)
    if who_in_name:
        m.t("patient_name")
    exam = g.c(["irm", "ct"])
    if lang == "fr":
        m.subject = g.c(["Résultat d'imagerie disponible", "Rapport IRM", "Rapport TDM cérébrale"])
        if exam == "irm":
            rep = "IRM hypophyse : selle turcique partiellement vide, hypophyse de volume réduit. Compatible avec un syndrome de Sheehan dans le contexte d'une hémorragie du post-partum."
        else:
            rep = "TDM cérébrale sans contraste : pas d'hémorragie, pas de thrombose veineuse visible. Conclusion : examen normal; céphalées post-partum probablement de tension."
        lines = ["Rapport final – Imagerie médicale, " + D.HOSP1,
                 (f"Patiente : {p.surname.upper()}, {p.given}   " if who_in_name else "") + f"Dossier : {g.mrn(p)}",
                 f"Requérant : {doc.name(lang)}", "", rep, "", f"Radiologiste : Dr {rad_g} {rad_s}"]
    else:
        m.subject = g.c(["Imaging result available", "MRI report", "CT head report"])
        if exam == "irm":
            rep = "MRI pituitary: partially empty sella, small pituitary. Consistent with Sheehan syndrome after postpartum hemorrhage."
        else:
            rep = "CT head without contrast: no hemorrhage, no visible venous thrombosis. Impression: normal study; postpartum headache likely tension-type."
        lines = ["Final report - Medical Imaging, " + D.HOSP1,
                 (f"Patient: {p.surname.upper()}, {p.given}   " if who_in_name else "") + f"MRN: {g.mrn(p)}",
                 f"Ordering: {doc.name(lang)}", "", rep, "", f"Radiologist: Dr. {rad_g} {rad_s}"]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "rapport d'imagerie", "imaging report")
    return m


# ------------------------------------------------------------------ P29 EI sickness benefit certificate (SIN)
def p_ei(g, lang):
    m = g.new(lang, "benefits_form")
    p = g.patient("mother", lang)
    sin = I.make_sin(g.rng)
    m.use_id("ca_sin", sin)
    m.t("patient_name", "ca_sin", "diagnosis")
    doc = g.st("family physician", "psychiatrist", "nurse practitioner")
    m.sender = (doc.display(), doc.email)
    m.to = [(g.c(["Karine Gosselin", "Service à la clientèle"]), g.c([f"karine.gosselin@{D.DOM}", "formulaires@sc-prestations.example"]))]
    sf = I.fmt_sin(sin, g.c(["plain", "spaced", "hyphen", "fullwidth"]))
    n = g.name(p, lang, ("full", "sur_first", "title"))
    wk = g.rng.randint(6, 15)
    if lang == "fr":
        m.subject = g.c(["Certificat médical – prestations de maladie", "Certificat AE maladie"])
        lines = ["Bonjour,", "", "Certificat médical pour prestations de maladie de l'assurance-emploi :",
                 f"  Nom : {n}", f"  NAS : {sf}",
                 f"  Diagnostic : {C.dx(g, p, lang, g.c(['ppd', 'anx', 'ptsd', 'mdd_preg']))}",
                 f"  Incapacité prévue : {wk} semaines à compter du {g.day(m.date.date(), lang)}", "", g.sig(doc, lang)]
    else:
        m.subject = g.c(["Medical certificate - EI sickness benefits", "EI sickness certificate"])
        lines = ["Hello,", "", "Medical certificate for EI sickness benefits:",
                 f"  Name: {n}", f"  SIN: {sf}",
                 f"  Diagnosis: {C.dx(g, p, lang, g.c(['ppd', 'anx', 'ptsd', 'mdd_preg']))}",
                 f"  Expected incapacity: {wk} weeks from {g.day(m.date.date(), lang)}", "", g.sig(doc, lang)]
    if g.chance(0.4):
        lines.insert(5, g.L(lang, f"  DDN : {g.dob(p.dob, lang)}", f"  DOB: {g.dob(p.dob, lang)}"))
        m.t("date_of_birth")
    m.text = "\n".join(lines)
    m.note = g.L(lang, "certificat médical d'assurance-emploi", "EI medical certificate")
    return m


# ------------------------------------------------------------------ P30 on-call sign-out
def p_signout(g, lang):
    m = g.new(lang, "signout")
    a = g.st("psychiatrist")
    b = g.c([s for s in g.staff if s.role_en == "psychiatrist" and s.email != a.email])
    m.sender = (a.display(), a.email)
    m.to = [(b.display(), b.email)]
    m.cc = [(g.L(lang, "Garde psychiatrie", "Psychiatry on call"), f"garde.psy@{D.DOM}")]
    m.t("patient_name", "diagnosis")
    lines = [g.L(lang, "Passation de garde – UME / urgence", "Sign-out - MBU / ER"), ""]
    with_mrn = g.chance(0.5)
    if with_mrn:
        m.t("mrn")
    for i in range(g.rng.randint(3, 5)):
        p = g.patient("mother", lang)
        nm = g.name(p, lang, ("lower", "initials", "sur_first", "title_sur"))
        loc = g.c([f"{g.rng.randint(401, 430)}", "urg. civ. 7" if lang == "fr" else "ER bed 7", f"{g.rng.randint(501, 520)}"])
        issue = g.L(lang,
                    g.c([f"{C.dx(g, p, lang, 'psy')}, agitée, {C.med(g, lang, 12)} reçu 22 h, si agitation : loxapine 10 mg IM",
                         f"{C.dx(g, p, lang, 'ppd_sev')}, surveillance constante, réévaluer le statut d'admission AM",
                         f"{C.dx(g, p, lang, 'bp1')}, lithémie à 7 h, {C.med(g, lang, 5)}",
                         f"{C.dx(g, p, lang, 'ocd')}, très anxieuse, {C.med(g, lang, 4)} max 2"]),
                    g.c([f"{C.dx(g, p, lang, 'psy')}, agitated, got {C.med(g, lang, 12)} at 22h, if agitated loxapine 10 mg IM",
                         f"{C.dx(g, p, lang, 'ppd_sev')}, constant observation, reassess admission status in AM",
                         f"{C.dx(g, p, lang, 'bp1')}, Li level at 07h, {C.med(g, lang, 5)}",
                         f"{C.dx(g, p, lang, 'ocd')}, very anxious, {C.med(g, lang, 4)}"]))
        if "surveillance constante" not in issue and "constant observation" not in issue:
            m.t("medication")
        lines.append(f"- {loc} | {nm}" + (f" | {p.mrn}" if with_mrn else "") + f" | {issue}")
    lines += ["", g.L(lang, "Bonne garde!", "Good luck tonight!"), a.given]
    m.subject = g.L(lang, g.c(["Passation de garde", "Sign-out ce soir", "Liste garde"]), g.c(["Sign-out", "Tonight's sign-out", "On-call list"]))
    m.text = "\n".join(lines)
    m.note = g.L(lang, "passation de garde", "on-call sign-out")
    return m


TEMPLATES = [p_vcard, p_waitlist, p_lithium, p_subject_only, p_partner, p_child, p_general, p_imaging, p_ei, p_signout]
