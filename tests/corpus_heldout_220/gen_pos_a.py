"""Positive templates, part A: referrals, consults, census, booking, transport, labs,
discharge, prescriptions, insurer forms, youth protection."""
import datetime

import gen_clin as C
import gen_data as D
import gen_docs as X

GMF = [("GMF de la Rive-Sud", "gmf-rivesud.example"), ("GMF des Trois-Ruisseaux", "gmf-troisruisseaux.example"),
       ("Clinique médicale du Lac-Vert", "cm-lacvert.example")]
PHARM = [("Pharmacie Bélair-Lussier", "pharmacie-belair.example"), ("Pharmacie du Moulin", "pharmaciedumoulin.example"),
         ("Riverside Pharmacy", "riversidepharmacy.example")]


def ident(g, m, p, lang, dob=True, nam=True, mrn=False, sep=None):
    """Identity fragments after a name; records types."""
    parts = []
    if dob:
        parts.append(g.L(lang, g.c(["DDN", "né(e) le", "date de naissance"]), g.c(["DOB", "born", "date of birth"]))
                     .replace("né(e)", "née" if p.sex == "F" else "né") + (" : " if lang == "fr" and g.chance(0.5) else " ")
                     + g.dob(p.dob, lang))
        m.t("date_of_birth")
    if nam and p.nam:
        parts.append(g.L(lang, g.c(["NAM", "RAMQ", "no RAMQ"]), g.c(["RAMQ", "Medicare #", "NAM"])) + " " + g.nam(p))
        m.t("ramq_nam")
        m.use_nam(p)
    if mrn:
        parts.append(g.L(lang, g.c(["dossier", "no dossier", "# dossier", "DME"]), g.c(["MRN", "chart #", "chart"])) + " " + g.mrn(p))
        m.t("mrn")
    sep = sep or g.c([", ", " | ", " — ", "; "])
    return sep.join(parts)


def cap(s):
    return s[:1].upper() + s[1:]


def pname(g, m, p, lang, styles=None):
    m.t("patient_name")
    return g.name(p, lang) if styles is None else g.name(p, lang, styles)


# ------------------------------------------------------------------ P1 referral
def p_referral(g, lang):
    m = g.new(lang, "referral")
    p = g.patient("mother", lang, nam=g.chance(0.75))
    clinic, dom = g.c(GMF)
    doc_g, doc_s = g.person_name(lang, g.c("FM"))
    m.sender = (f"Dr{'e' if g.chance(0.5) else ''} {doc_g} {doc_s}" if lang == "fr" else f"Dr. {doc_g} {doc_s}",
                f"{doc_g[0].lower()}{doc_s.lower().replace(' ', '').replace(chr(39), '')}@{dom}".encode("ascii", "ignore").decode())
    m.to = [(D.CLINIC_FR if lang == "fr" else D.CLINIC_EN, f"csmp.references@{D.DOM}")]
    n = pname(g, m, p, lang)
    idl = ident(g, m, p, lang, dob=True, nam=True)
    sc = C.epds(g)
    dk = C.dx_key_for(g, p)
    dxt = C.dx(g, p, lang, dk)
    m.t("diagnosis", "lab_result")
    dd, ddt = C.delivered(g, m, lang)
    lines = []
    if lang == "fr":
        m.subject = g.c([f"Référence – santé mentale périnatale – {p.surname.upper()}", "Référence CSMP",
                         f"Demande de consultation : {n}", "Réf. DPP urgente svp"])
        lines.append(g.c(["Bonjour,", "Bonjour à l'équipe,", "Bonjour Dre Haddad,"]))
        lines.append("")
        lines.append(f"Je vous réfère {n} ({idl}), {p.age} ans, G{g.rng.randint(1, 4)}P{g.rng.randint(1, 3)}, "
                     f"accouchée le {ddt} ({g.c(['AVS', 'césarienne d’urgence', 'accouchement vaginal assisté (ventouse)'])}).")
        lines.append(f"EPDS à {sc}/30 à la visite postnatale, question 10 cotée {g.c(['0', '1', '2'])}. "
                     f"{g.c(['Pleurs quotidiens, insomnie même quand le bébé dort, perte d’appétit.', 'Anxiété envahissante, vérifications répétées de la respiration du bébé.', 'Se sent détachée du bébé, culpabilité importante.'])}")
        lines.append(f"Impression : {dxt}.")
        if g.chance(0.7):
            lines.append(f"Rx actuelle : {C.med(g, lang)}.")
            m.t("medication")
        if g.chance(0.5):
            lines.append(f"Contexte : {C.social(g, lang)}.")
            m.t("social_information")
        if g.chance(0.6):
            lines.append(f"Elle accepte d’être contactée au {g.phone()} (cell.), laisser message.")
            m.t("patient_contact")
        lines += ["", g.c(["Merci de la voir rapidement.", "Merci de votre aide!", "Au plaisir,"]), "",
                  f"Dr{'e' if m.sender[0].startswith('Dre') else ''} {doc_g} {doc_s}", clinic, f"Tél. {g.phone('450')} | Téléc. {g.phone('450')}"]
    else:
        m.subject = g.c([f"Referral - perinatal mental health - {p.surname}", "New referral for the perinatal clinic",
                         f"Consult request: {n}", "Urgent PPD referral"])
        lines += [g.c(["Hello,", "Dear colleagues,", "Hi Dr. Whitfield,"]), ""]
        lines.append(f"I am referring {n} ({idl}), {p.age} y.o., G{g.rng.randint(1, 4)}P{g.rng.randint(1, 3)}, "
                     f"delivered on {ddt} ({g.c(['SVD', 'emergency C-section', 'vacuum-assisted delivery'])}).")
        lines.append(f"EPDS {sc}/30 at her postnatal visit, item 10 scored {g.c(['0', '1', '2'])}. "
                     f"{g.c(['Daily crying, cannot sleep even when the baby sleeps, poor appetite.', 'Constant worry, checks on the baby’s breathing all night.', 'Feels disconnected from the baby, a lot of guilt.'])}")
        lines.append(f"Impression: {dxt}.")
        if g.chance(0.7):
            lines.append(f"Current meds: {C.med(g, lang)}.")
            m.t("medication")
        if g.chance(0.5):
            lines.append(f"Social: {C.social(g, lang)}.")
            m.t("social_information")
        if g.chance(0.6):
            lines.append(f"She is fine with a call at {g.phone()} (cell), OK to leave a message.")
            m.t("patient_contact")
        lines += ["", g.c(["Thanks for seeing her soon.", "Many thanks,", "Best,"]), "", f"Dr. {doc_g} {doc_s}", clinic,
                  f"Tel. {g.phone('450')}"]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "référence d'un GMF vers la clinique", "GP referral to the clinic")
    return m


# ------------------------------------------------------------------ P2 consult note in PDF
def p_consult(g, lang):
    m = g.new(lang, "consult")
    p = g.patient("mother", lang, nam=g.chance(0.5))
    doc = g.st("psychiatrist")
    clinic, dom = g.c(GMF)
    m.sender = (doc.name(lang, title=False), doc.email)
    m.to = [(None, f"{g.c(['reception', 'secretariat', 'dr.okafor', 'admin'])}@{dom}")]
    anon_pdf = g.chance(0.4)
    dk = C.dx_key_for(g, p)
    dxt = C.dx(g, p, lang, dk)
    meds = C.meds(g, lang, 2)
    m.t("patient_name", "diagnosis", "medication")
    ext = g.c(["pdf", "pdf", "docx"])
    stamp = m.date.strftime("%Y-%m-%d")
    fn = g.c([f"Consultation_{p.surname}_{p.given}_{stamp}.{ext}", f"{p.surname.upper()} {p.given} - consult psy.{ext}",
              f"consult_{p.given.lower()}_{p.surname.lower()}.{ext}"])
    title = g.L(lang, "Consultation psychiatrique – santé mentale périnatale", "Psychiatric consultation - perinatal mental health")
    paras = []
    if not anon_pdf:
        paras.append(g.L(lang, "Patiente : ", "Patient: ") + f"{p.surname.upper()}, {p.given}   " + ident(g, m, p, lang, dob=True, nam=True, mrn=True, sep="   "))
    if lang == "fr":
        paras += [f"Motif : évaluation à {g.rng.randint(3, 16)} semaines post-partum, référée par son médecin de famille.",
                  f"Histoire : humeur dépressive depuis la naissance, anhédonie, ruminations, EPDS {C.epds(g)}/30.",
                  "Examen mental : ralentissement psychomoteur léger, affect restreint, pas d'idéation suicidaire active, pas de symptômes psychotiques.",
                  f"Impression diagnostique : {dxt}.",
                  f"Plan : {meds[0]}; {meds[1]} au besoin. Allaitement compatible. Psychothérapie (TCC) avec Rachel Sinclair. Revoir dans 4 semaines."]
    else:
        paras += [f"Reason: assessment at {g.rng.randint(3, 16)} weeks postpartum, referred by her family physician.",
                  f"History: low mood since delivery, anhedonia, rumination, EPDS {C.epds(g)}/30.",
                  "MSE: mild psychomotor slowing, restricted affect, no active SI, no psychotic features.",
                  f"Impression: {dxt}.",
                  f"Plan: {meds[0]}; {meds[1]} as needed. Compatible with breastfeeding. CBT with Rachel Sinclair. Follow-up in 4 weeks."]
    m.t("lab_result")
    paras.append(doc.name(lang) + ", " + doc.role(lang))
    data = X.make_pdf(title, paras, header=f"{D.ORG_FR} — {D.HOSP2}") if ext == "pdf" else X.make_docx(title, paras)
    m.attachments.append({"kind": ext, "filename": fn, "data": data})
    if lang == "fr":
        m.subject = g.c(["Note de consultation", "Consultation – votre patiente", f"Consultation {stamp}"])
        m.text = "\n".join([g.c(["Bonjour,", "Bonjour Dr,"]), "",
                            f"Vous trouverez ci-joint ma note de consultation pour votre patiente vue le {g.day(m.date.date(), lang)}.",
                            "N'hésitez pas à me joindre si vous avez des questions.", "", g.sig(doc, lang)])
    else:
        m.subject = g.c(["Consultation note", "Consult - your patient", f"Consult note {stamp}"])
        m.text = "\n".join(["Hello,", "", "Please find attached my consultation note for your patient seen today.",
                            "Feel free to call if you have questions.", "", g.sig(doc, lang)])
    m.note = g.L(lang, "note de consultation en pièce jointe", "consult note attached")
    return m


# ------------------------------------------------------------------ P3 census
def p_census(g, lang):
    m = g.new(lang, "census")
    coord = g.st("unit coordinator", "liaison nurse", "clinical nurse")
    m.sender = (coord.display(), coord.email)
    m.to = [(g.L(lang, "Équipe UME", "MBU team"), f"ume.equipe@{D.DOM}")]
    n = g.rng.randint(4, 7)
    rows = []
    for i in range(n):
        p = g.patient("mother", lang)
        room = f"{g.c(['4', '5'])}{g.rng.randint(10, 30)}{g.c(['', '', '-A', '-B'])}"
        dxt = C.dx(g, p, lang, g.c(["ppd", "ppd_sev", "psy", "bp1", "ocd", "anx"]))
        mtx = C.med(g, lang, g.c([0, 1, 3, 5, 12, 7]))
        jpp = g.rng.randint(4, 60)
        rows.append([room, g.name(p, lang, ("sur_first", "sur_first_plain", "full", "initials")), p.mrn,
                     f"{dxt} (J+{jpp})" if lang == "fr" else f"{dxt} (day {jpp} pp)", mtx,
                     g.c(g.L(lang, ["congé prévu vendredi", "observation q15 min", "sortie avec bébé accompagnée OK", "réévaluer lundi", "attend place en hébergement"],
                              ["d/c planned Friday", "q15 min checks", "may leave unit with baby, accompanied", "reassess Monday", "waiting for shelter bed"]))])
    m.t("patient_name", "mrn", "diagnosis", "medication")
    head = g.L(lang, ["Ch.", "Patiente", "Dossier", "Problème", "Rx", "Plan"], ["Room", "Patient", "MRN", "Problem", "Meds", "Plan"])
    today = m.date.strftime("%Y-%m-%d")
    variant = g.c(["text", "html", "xlsx"])
    intro = g.L(lang, f"Bonjour, voici la liste des patientes de l'UME en date du {today}.",
                f"Hi all, here is the MBU census as of {today}.")
    if variant == "xlsx":
        m.attachments.append({"kind": "xlsx", "filename": g.L(lang, f"Liste_UME_{today}.xlsx", f"MBU_census_{today}.xlsx"),
                              "data": X.make_xlsx([(g.L(lang, "Liste", "Census"), [head] + rows)])})
        m.text = intro + "\n" + g.L(lang, "Liste en pièce jointe.", "List attached.") + "\n\n" + g.sig(coord, lang, long=False)
    else:
        lines = [intro, ""]
        for r in rows:
            lines.append(" – ".join([r[0], r[1], g.L(lang, "doss. ", "MRN ") + r[2], r[3], r[4], r[5]]))
        lines += ["", g.sig(coord, lang, long=False)]
        m.text = "\n".join(lines)
        if variant == "html":
            import html as h
            trs = "".join("<tr>" + "".join(f"<td>{h.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
            m.html = (f"<html><body><p>{h.escape(intro)}</p>\n<table border=\"1\" cellpadding=\"3\">\n<tr>"
                      + "".join(f"<th>{h.escape(c)}</th>" for c in head) + "</tr>\n" + trs + "</table>\n<p>"
                      + h.escape(coord.display()) + "</p></body></html>\n")
            m.mode = g.c(["html", "alt"])
    m.subject = g.L(lang, g.c([f"Liste UME {today}", "Census UME", "Liste des patientes – tournée"]),
                    g.c([f"MBU census {today}", "Census for rounds", "Unit list"]))
    m.note = g.L(lang, "liste des patientes hospitalisées", "inpatient census")
    return m


# ------------------------------------------------------------------ P4 booking (+ ICS)
def p_booking(g, lang):
    m = g.new(lang, "booking")
    p = g.patient("mother", lang)
    sec = g.st("administrative officer")
    doc = g.st("psychiatrist", "nurse practitioner", "psychologist")
    m.sender = (sec.display(), sec.email)
    m.to = [(doc.display(), doc.email)]
    n = pname(g, m, p, lang)
    mr = g.mrn(p)
    m.t("mrn")
    d, dt = C.appt(g, m, lang)
    ph = g.phone()
    m.t("patient_contact")
    dk = g.c(["ppd", "anx", "ocd", "ptsd", "panic"])
    dxt = C.dx(g, p, lang, dk)
    m.t("diagnosis")
    if lang == "fr":
        m.subject = g.c(["RV à confirmer", f"Rendez-vous – {n}", "Demande de RV de suivi"])
        body = [f"Bonjour {doc.given},", "",
                f"J'ai réservé {dt} pour {n} (dossier {mr}), suivi {dxt}.",
                f"Elle préfère qu'on l'appelle au {ph} plutôt qu'au numéro du dossier.",
                g.c(["Peux-tu confirmer que ça te convient?", "Je lui envoie la confirmation si tu es d'accord."]), "", sec.display()]
    else:
        m.subject = g.c(["Appointment to confirm", f"Booking - {n}", "Follow-up booking request"])
        body = [f"Hi {doc.given},", "",
                f"I booked {dt} for {n} (MRN {mr}), follow-up for {dxt}.",
                f"She asked that we call her at {ph} rather than the number on file.",
                "Can you confirm this works for you?", "", sec.display()]
    m.text = "\n".join(body)
    if g.chance(0.6):
        summ = g.L(lang, f"Suivi {p.given} {p.surname} – CSMP", f"Follow-up {p.given} {p.surname} - PMHC")
        m.attachments.append({"kind": "ics", "filename": "invite.ics",
                              "data": X.make_ics(f"{m.counter}-rv@{D.DOM}", d, d + datetime.timedelta(minutes=50), summ,
                                                 g.L(lang, "Pavillon C, local 3.14", "Pavilion C, room 3.14"),
                                                 g.L(lang, f"Dossier {p.mrn}. Tél. patiente {ph}.", f"MRN {p.mrn}. Patient phone {ph}."),
                                                 sec.email, [doc.email], stamp=m.date.astimezone(datetime.timezone.utc))})
    m.note = g.L(lang, "réservation de rendez-vous", "appointment booking")
    return m


# ------------------------------------------------------------------ P5 transport
def p_transport(g, lang):
    m = g.new(lang, "transport")
    p = g.patient(g.c(["mother", "adult", "adult"]), lang, nam=g.chance(0.6))
    ts = g.st("social worker", "liaison nurse")
    m.sender = (ts.display(), ts.email)
    m.to = [(g.L(lang, "Transport adapté – centrale", "Transport dispatch"), f"transport.medical@{D.DOM}")]
    n = pname(g, m, p, lang)
    idl = ident(g, m, p, lang, dob=True, nam=True)
    a = g.address(lang)
    m.t("patient_contact")
    d, dt = C.appt(g, m, lang)
    dxt = C.dx(g, p, lang)
    m.t("diagnosis")
    why = g.L(lang, g.c(["ne peut prendre l'autobus " + ("seule" if p.sex == "F" else "seul"), "n'a pas de voiture et vit en région", "ne peut conduire depuis l'ajustement de sa médication"]),
              g.c(["cannot take the bus alone", "has no car and lives out of town", "cannot drive since the recent medication change"]))
    if lang == "fr":
        m.subject = g.c(["Demande de transport", "Transport – RV psychiatrie", "Taxi médical aller-retour"])
        lines = ["Bonjour,", "", "Je demande un transport aller-retour pour :",
                 f"  Nom : {n}", f"  Identité : {idl}", f"  Adresse de cueillette : {g.addr_line(a)}",
                 f"  Tél. : {g.phone()}", f"  RV : {dt}, {D.HOSP2}, pavillon C",
                 f"  Motif : {dxt}; {why}."] + (["  Accompagnée d'un bébé (siège d'auto fourni)."] if C.is_perinatal(p) else []) + ["", "Merci,", g.sig(ts, lang)]
    else:
        m.subject = g.c(["Transport request", "Ride to psychiatry appointment", "Medical taxi both ways"])
        lines = ["Hello,", "", "Please book a return trip for:",
                 f"  Name: {n}", f"  ID: {idl}", f"  Pick-up: {g.addr_line(a)}", f"  Phone: {g.phone()}",
                 f"  Appointment: {dt}, {D.HOSP2}, Pavilion C", f"  Reason: {dxt}; {why}."] + (
                 ["  Travelling with an infant (car seat provided)."] if C.is_perinatal(p) else []) + ["", "Thanks,", g.sig(ts, lang)]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "demande de transport pour un rendez-vous", "transport request for appointment")
    return m


# ------------------------------------------------------------------ P6 lab follow-up
def p_lab(g, lang):
    m = g.new(lang, "lab_followup")
    p = g.patient("mother", lang)
    nurse = g.st("clinical nurse", "nurse practitioner")
    doc = g.st("psychiatrist")
    m.sender = (nurse.display(), nurse.email)
    m.to = [(doc.display(), doc.email)]
    mrn_only = g.chance(0.3)
    L = C.labs(g, lang, g.rng.randint(2, 4))
    m.t("lab_result")
    if mrn_only:
        who = g.L(lang, f"dossier {g.mrn(p)}", f"chart {g.mrn(p)}")
        m.t("mrn")
    else:
        who = pname(g, m, p, lang)
        if g.chance(0.4):
            who += g.L(lang, f" (doss. {g.mrn(p)})", f" (MRN {g.mrn(p)})")
            m.t("mrn")
    medx = C.med(g, lang, g.c([8, 9, 5]))
    m.t("medication")
    if lang == "fr":
        m.subject = g.c(["Résultats labo", "Bilan reçu – à réviser", "Labos post-partum"]) + (f" – {p.surname}" if not mrn_only and g.chance(0.4) else "")
        lines = ["Salut,", "", f"Résultats reçus ce matin pour {who} :", "  " + "; ".join(L), "",
                 g.c([f"Elle prend {medx}. Veux-tu ajuster?", f"Actuellement sous {medx}. On répète dans 6 semaines?"]),
                 g.c(["Je peux l'appeler cet après-midi.", "Je lui ai laissé un message pour qu'elle rappelle."]), "", nurse.given]
    else:
        m.subject = g.c(["Lab results", "Bloodwork back - please review", "Postpartum labs"]) + (f" - {p.surname}" if not mrn_only and g.chance(0.4) else "")
        lines = ["Hi,", "", f"Results came in this morning for {who}:", "  " + "; ".join(L), "",
                 g.c([f"She is on {medx}. Do you want to adjust?", f"Currently on {medx}. Repeat in 6 weeks?"]),
                 "I can call her this afternoon.", "", nurse.given]
    if g.chance(0.5):
        lines.insert(5, g.L(lang, f"Ça cadre avec une {C.dx(g, p, lang, 'thyro')}.", f"Consistent with {C.dx(g, p, lang, 'thyro')}."))
        m.t("diagnosis")
    m.text = "\n".join(lines)
    if not ("patient_name" in m.types or "mrn" in m.types):
        raise AssertionError
    m.note = g.L(lang, "suivi de résultats de laboratoire", "lab result follow-up")
    return m


# ------------------------------------------------------------------ P7 discharge summary (DOCX)
def p_discharge(g, lang):
    m = g.new(lang, "discharge")
    p = g.patient("mother", lang, nam=True)
    doc = g.st("psychiatrist")
    clinic, dom = g.c(GMF)
    m.sender = (doc.display(), doc.email)
    m.to = [(None, f"{g.c(['medecin', 'dossiers', 'info'])}@{dom}")]
    m.cc = [(g.L(lang, "Archives", "Health records"), f"archives@{D.DOM}")]
    m.t("patient_name", "diagnosis", "medication")
    idl = ident(g, m, p, lang, dob=True, nam=True, mrn=True, sep="\n")
    adm = (m.date - datetime.timedelta(days=g.rng.randint(10, 30))).date()
    dis = (m.date - datetime.timedelta(days=g.rng.randint(1, 3))).date()
    dk = g.c(["psy", "bp1", "ppd_sev"])
    ms = C.meds(g, lang, 2)
    if lang == "fr":
        title = "Résumé de dossier – congé"
        paras = [f"Nom : {p.surname.upper()}, {p.given}", idl, f"Admission : {adm.isoformat()}   Congé : {dis.isoformat()}   Unité : {D.UNIT_FR}",
                 f"Diagnostic principal : {C.dx(g, p, lang, dk)}.",
                 "Évolution : confusion et insomnie sévère à J+6, propos délirants centrés sur le bébé. Amélioration progressive sous traitement; bébé admis avec la mère.",
                 "Médication au congé : " + "; ".join(ms) + ".",
                 "Suivi : Clinique de santé mentale périnatale dans 7 jours; visite à domicile par l'infirmière du CLSC."]
        body = [f"Bonjour,", "", "Ci-joint le résumé de dossier de votre patiente, congédiée hier.", "", g.sig(doc, lang)]
        m.subject = g.c([f"Résumé de congé – {p.surname.upper()} {p.given}", "Résumé de congé UME", f"Congé {p.surname}"])
        fn = g.c([f"Resume_conge_{p.surname}.docx", "Résumé de dossier.docx", f"RD_{p.mrn}.docx"])
    else:
        title = "Discharge summary"
        paras = [f"Name: {p.surname.upper()}, {p.given}", idl, f"Admitted: {adm.isoformat()}   Discharged: {dis.isoformat()}   Unit: {D.UNIT_EN}",
                 f"Principal diagnosis: {C.dx(g, p, lang, dk)}.",
                 "Course: confusion and severe insomnia on day 6 postpartum with delusional ideas about the baby. Gradual improvement; baby admitted with mother.",
                 "Discharge medications: " + "; ".join(ms) + ".",
                 "Follow-up: Perinatal Mental Health Clinic in 7 days; CLSC nurse home visit."]
        body = ["Hello,", "", "Attached is the discharge summary for your patient, discharged yesterday.", "", g.sig(doc, lang)]
        m.subject = g.c([f"Discharge summary - {p.surname.upper()}, {p.given}", "MBU discharge summary", f"D/C {p.surname}"])
        fn = g.c([f"Discharge_{p.surname}.docx", "Discharge summary.docx", f"DS_{p.mrn}.docx"])
    if fn.startswith(("RD_", "DS_")) or g.chance(0.3):
        m.attachments.append({"kind": "docx", "filename": fn, "data": X.make_docx(title, paras)})
    else:
        m.attachments.append({"kind": "pdf", "filename": fn.replace(".docx", ".pdf"), "data": X.make_pdf(title, paras)})
    m.text = "\n".join(body)
    m.note = g.L(lang, "résumé de congé en pièce jointe", "discharge summary attached")
    return m


# ------------------------------------------------------------------ P8 prescription
def p_prescription(g, lang):
    m = g.new(lang, "prescription")
    p = g.patient(g.c(["mother", "adult", "adult"]), lang, nam=g.chance(0.8))
    doc = g.st("psychiatrist", "nurse practitioner")
    ph, dom = g.c(PHARM)
    m.sender = (doc.display(), doc.email)
    m.to = [(ph, f"ordonnances@{dom}")]
    n = pname(g, m, p, lang, ("full", "sur_first", "title", "sur_first_plain"))
    idl = ident(g, m, p, lang, dob=True, nam=True)
    m.t("medication")
    rx = C.meds(g, lang, g.rng.randint(1, 2))
    tel = g.phone()
    m.t("patient_contact")
    if lang == "fr":
        m.subject = g.c(["Ordonnance", f"Rx – {p.surname.upper()}", "Ordonnance – renouvellement", "Nouvelle ordonnance (original suit par télécopieur)"])
        lines = ["Bonjour,", "", "Veuillez servir l'ordonnance suivante :", "",
                 f"Patient(e) : {n}", idl, f"Tél. : {tel}", ""]
        for r in rx:
            lines.append(f"  Rx : {r}  — qté 30 jours, renouveler x {g.rng.randint(1, 5)}")
        if g.chance(0.6):
            lines.append(f"  Indication : {C.dx(g, p, lang)}")
            m.t("diagnosis")
        if C.is_perinatal(p) and g.chance(0.4):
            lines.append("  Allaitement : oui. Svp éviter la substitution par une autre marque.")
        lines += ["", g.sig(doc, lang), f"No de permis : {g.rng.randint(10000, 99999)}"]
    else:
        m.subject = g.c(["Prescription", f"Rx - {p.surname}", "Prescription renewal", "New Rx (original to follow by fax)"])
        lines = ["Hello,", "", "Please fill the following prescription:", "",
                 f"Patient: {n}", idl, f"Phone: {tel}", ""]
        for r in rx:
            lines.append(f"  Rx: {r} - 30-day supply, refills x{g.rng.randint(1, 5)}")
        if g.chance(0.6):
            lines.append(f"  Indication: {C.dx(g, p, lang)}")
            m.t("diagnosis")
        lines += ["", g.sig(doc, lang), f"Licence no. {g.rng.randint(10000, 99999)}"]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "ordonnance envoyée à une pharmacie", "prescription sent to a pharmacy")
    return m


# ------------------------------------------------------------------ P9 insurer form (SIN)
def p_insurer(g, lang):
    m = g.new(lang, "insurer_form")
    p = g.patient("mother", lang)
    doc = g.st("psychiatrist", "family physician")
    ins, dom = g.c([("Assurances Boréal", "assurancesboreal.example"), ("Mutuelle Laurentienne Vie", "mlvie.example"),
                    ("Northshore Life", "northshorelife.example")])
    m.sender = (doc.display(), doc.email)
    m.to = [(g.L(lang, f"{ins} – invalidité", f"{ins} - disability claims"), f"invalidite@{dom}")]
    import gen_ids as I
    sin = I.make_sin(g.rng)
    m.use_id("ca_sin", sin)
    m.t("patient_name", "ca_sin", "date_of_birth", "diagnosis")
    claim = f"{g.rng.randint(10, 99)}-{g.rng.randint(100000, 999999)}"
    start = (m.date - datetime.timedelta(days=g.rng.randint(20, 60))).date()
    ret = (m.date + datetime.timedelta(days=g.rng.randint(30, 90))).date()
    dxt = C.dx(g, p, lang, g.c(["ppd", "ppd_sev", "anx", "ptsd"]))
    sfmt = I.fmt_sin(sin, g.c(["plain", "spaced", "hyphen", "dotted"]))
    paras = [g.L(lang, "Déclaration du médecin traitant – invalidité de courte durée", "Attending physician statement - short-term disability"),
             g.L(lang, f"No de réclamation : {claim}", f"Claim no.: {claim}"),
             g.L(lang, f"Assurée : {p.given} {p.surname}   NAS : {sfmt}   Date de naissance : {p.dob.isoformat()}",
                 f"Claimant: {p.given} {p.surname}   SIN: {sfmt}   Date of birth: {p.dob.isoformat()}"),
             g.L(lang, f"Diagnostic : {dxt}", f"Diagnosis: {dxt}"),
             g.L(lang, f"Arrêt de travail depuis le {start.isoformat()}; retour progressif prévu vers le {ret.isoformat()}.",
                 f"Off work since {start.isoformat()}; graduated return expected around {ret.isoformat()}."),
             g.L(lang, "Restrictions : pas de quarts de nuit pendant 3 mois.", "Restrictions: no night shifts for 3 months.")]
    if g.chance(0.6):
        paras.append(g.L(lang, "Traitement : ", "Treatment: ") + C.med(g, lang, g.c([0, 2, 7])))
        m.t("medication")
    paras.append(doc.name(lang))
    fn = g.c([f"Formulaire_invalidité_{p.surname}.pdf", f"Déclaration médecin – {p.given} {p.surname}.pdf", f"APS_{claim}.pdf"])
    m.attachments.append({"kind": "pdf", "filename": fn, "data": X.make_pdf(paras[0], paras[1:])})
    m.subject = g.L(lang, g.c([f"Réclamation {claim}", "Formulaire d'invalidité complété", "Déclaration du médecin traitant"]),
                    g.c([f"Claim {claim}", "Completed disability form", "Attending physician statement"]))
    m.text = g.L(lang, f"Bonjour,\n\nVeuillez trouver ci-joint le formulaire complété (réclamation {claim}).\n\n{g.sig(doc, lang)}",
                 f"Hello,\n\nPlease find the completed form attached (claim {claim}).\n\n{g.sig(doc, lang)}")
    m.note = g.L(lang, "formulaire d'assurance invalidité", "disability insurance form")
    return m


# ------------------------------------------------------------------ P10 youth protection
def p_dpj(g, lang):
    m = g.new(lang, "youth_protection")
    p = g.patient("mother", lang, nam=g.chance(0.5))
    b = g.baby(lang, p, m.date)
    ts = g.st("social worker")
    m.sender = (ts.display(), ts.email)
    m.to = [(g.L(lang, "DPJ – réception des signalements", "Youth Protection - intake"), "signalements@dpj-vdb.example")]
    n = pname(g, m, p, lang, ("full", "title", "sur_first"))
    idl = ident(g, m, p, lang, dob=True, nam=True)
    a = g.address(lang)
    m.t("social_information", "diagnosis", "patient_contact", "date_of_birth")
    dxt = C.dx(g, p, lang, g.c(["psy", "ppd_sev", "cannabis", "bp1"]))
    if lang == "fr":
        m.subject = g.c(["Communication – dossier DPJ", "Suivi signalement", f"Info DPJ – bébé {b.given} {b.surname}"])
        lines = ["Bonjour,", "", f"Comme convenu au téléphone, voici les informations concernant {n} ({idl}) et son bébé "
                 f"{b.given} {b.surname}, né{'e' if b.sex == 'F' else ''} le {g.day(b.dob, lang)}.",
                 f"Adresse actuelle : {g.addr_line(a)}.",
                 f"La mère est suivie à notre clinique pour {dxt}. {cap(C.social(g, lang))}.",
                 g.c(["Le conjoint a été vu en état d'intoxication lors de la dernière visite à domicile.",
                      "Elle a manqué trois rendez-vous et ne répond plus aux appels.",
                      "Elle collabore bien, mais le réseau de soutien est très limité."]),
                 "", "Je reste disponible pour la rencontre de suivi.", "", g.sig(ts, lang)]
    else:
        m.subject = g.c(["Youth protection - information", "Follow-up on report", f"DYP file - baby {b.given} {b.surname}"])
        lines = ["Hello,", "", f"As discussed by phone, here is the information about {n} ({idl}) and her baby "
                 f"{b.given} {b.surname}, born {g.day(b.dob, lang)}.",
                 f"Current address: {g.addr_line(a)}.",
                 f"The mother is followed at our clinic for {dxt}. {cap(C.social(g, lang))}.",
                 g.c(["The partner appeared intoxicated at the last home visit.",
                      "She has missed three appointments and no longer answers calls.",
                      "She is cooperative but has very little support."]),
                 "", "I remain available for the follow-up meeting.", "", g.sig(ts, lang)]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "communication avec la protection de la jeunesse", "youth protection communication")
    return m


TEMPLATES = [p_referral, p_consult, p_census, p_booking, p_transport, p_lab, p_discharge, p_prescription, p_insurer, p_dpj]
