"""Positive templates, part B: violence, income support, quick notes, forwards, replies,
Ontario / France / Belgium identifiers, attached .eml, ZIP bundles."""
import datetime

import gen_clin as C
import gen_data as D
import gen_docs as X
import gen_ids as I
from gen_pos_a import GMF, cap, ident, pname


# ------------------------------------------------------------------ P11 violence / shelter
def p_violence(g, lang):
    m = g.new(lang, "social_note")
    p = g.patient("mother", lang)
    ts = g.st("social worker")
    other = g.st("psychologist", "clinical nurse", "psychiatrist")
    m.sender = (ts.display(), ts.email)
    m.to = [(other.display(), other.email)]
    n = pname(g, m, p, lang, ("full", "given", "title_sur", "lower", "initials"))
    if n == p.given:
        n = f"{p.given} {p.surname[0]}. ({g.L(lang, 'doss.', 'MRN')} {g.mrn(p)})"
        m.t("mrn")
    m.t("social_information", "patient_contact", "diagnosis")
    cell = g.phone("438")
    if lang == "fr":
        m.subject = g.c(["Confidentiel – situation de ta patiente", "Mise à jour – hébergement", "Important : nouveau numéro"])
        lines = [f"Salut {other.given},", "",
                 f"Je te mets au courant pour {n} : elle a quitté le domicile hier soir après un nouvel épisode de violence de la part du conjoint "
                 f"({g.c(['menaces de mort', 'étranglement', 'bris de biens et menaces'])}). Elle est hébergée à la maison d'hébergement "
                 f"{g.c(['La Traversée', 'L’Escale du Lac', 'Le Phare'])} avec le bébé.",
                 f"Son ancien numéro n'est plus sécuritaire; nouveau cellulaire : {cell}. Ne jamais laisser de message au domicile.",
                 f"Au plan clinique, {C.dx(g, p, lang, g.c(['ptsd', 'ppd', 'anx']))}, reviviscences quotidiennes. Plainte policière déposée.",
                 "", "On en reparle à la rencontre d'équipe de jeudi?", "", ts.given]
    else:
        m.subject = g.c(["Confidential - your patient's situation", "Update - shelter", "Important: new phone number"])
        lines = [f"Hi {other.given},", "",
                 f"Heads up about {n}: she left home last night after another violent episode by her partner "
                 f"({g.c(['death threats', 'strangulation', 'property damage and threats'])}). She is at the "
                 f"{g.c(['Harbour House', 'Safe Haven', 'Maison Le Phare'])} women's shelter with the baby.",
                 f"Her old number is no longer safe; new cell: {cell}. Never leave messages at the home number.",
                 f"Clinically: {C.dx(g, p, lang, g.c(['ptsd', 'ppd', 'anx']))}, daily flashbacks. Police report filed.",
                 "", "Can we discuss at Thursday's team meeting?", "", ts.given]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "note sur une situation de violence conjugale", "note on intimate partner violence")
    return m


# ------------------------------------------------------------------ P12 income support medical report
def p_income(g, lang):
    m = g.new(lang, "income_support")
    p = g.patient(g.c(["mother", "adult", "adult"]), lang, nam=True)
    doc = g.st("psychiatrist", "nurse practitioner")
    m.sender = (doc.display(), doc.email)
    m.to = [(g.L(lang, "Solidarité sociale – contraintes", "Social solidarity - employment constraints"),
             "contraintes@solidarite-sociale.example")]
    m.t("patient_name", "social_information", "diagnosis")
    idl = ident(g, m, p, lang, dob=True, nam=True, sep="   ")
    dxt = C.dx(g, p, lang)
    title = g.L(lang, "Rapport médical – contraintes temporaires à l'emploi", "Medical report - temporary employment constraints")
    paras = [g.L(lang, f"Prestataire : {p.given} {p.surname}", f"Recipient: {p.given} {p.surname}"), idl,
             g.L(lang, f"Diagnostic : {dxt}", f"Diagnosis: {dxt}"),
             g.L(lang, "Limitations : fatigue, concentration réduite, crises d'anxiété; incapable d'occuper un emploi pour au moins 12 mois.",
                 "Limitations: fatigue, poor concentration, anxiety attacks; unable to hold employment for at least 12 months."),
             g.L(lang, "Contexte : prestataire de l'aide sociale depuis 2023, réseau de soutien limité.",
                 "Context: on social assistance since 2023, limited support network.")]
    if g.chance(0.5):
        paras.append(g.L(lang, "Traitement : ", "Treatment: ") + ", ".join(C.meds(g, lang, 2)))
        m.t("medication")
    paras.append(doc.name(lang))
    kind = g.c(["pdf", "docx"])
    fn = g.c([f"rapport_medical_{p.surname.lower()}.{kind}", f"SR-2100_{p.given}_{p.surname}.{kind}", f"Rapport médical.{kind}"])
    data = X.make_pdf(title, paras) if kind == "pdf" else X.make_docx(title, paras)
    m.attachments.append({"kind": kind, "filename": fn, "data": data})
    m.subject = g.L(lang, g.c(["Rapport médical – contraintes temporaires", "Formulaire SR-2100 complété"]),
                    g.c(["Medical report - temporary constraints", "Completed form SR-2100"]))
    m.text = g.L(lang, f"Bonjour,\n\nTel que demandé, le rapport médical est joint.\n\n{g.sig(doc, lang)}",
                 f"Hello,\n\nAs requested, the medical report is attached.\n\n{g.sig(doc, lang)}")
    m.note = g.L(lang, "rapport médical pour l'aide sociale", "medical report for income support")
    return m


# ------------------------------------------------------------------ P13 quick note between colleagues
def p_quicknote(g, lang):
    m = g.new(lang, "quick_note")
    p = g.patient("mother", lang)
    a = g.st("psychiatrist")
    b = g.c([s for s in g.staff if s.email != a.email and s.role_en in ("clinical nurse", "psychologist", "nurse practitioner", "psychiatrist")])
    m.sender = (a.display(), a.email)
    m.to = [(b.display(), b.email)]
    room = f"{g.rng.randint(401, 430)}"
    style = g.c(["given_room", "lower", "initials", "title_sur"])
    if style == "given_room":
        who = g.L(lang, f"{p.given} (ch. {room}, {p.surname[0]}.)", f"{p.given} (room {room}, {p.surname[0]}.)")
        who = g.L(lang, f"{p.given} {p.surname} de la {room}", f"{p.given} {p.surname} in {room}") if g.chance(0.5) else who
    else:
        who = I.fmt_name(p, {"lower": "lower", "initials": "initials", "title_sur": "title_sur"}[style], lang)
        who += g.L(lang, f" (ch. {room})", f" (rm {room})")
    m.t("patient_name", "diagnosis", "medication")
    mm = C.med(g, lang, g.c([3, 4, 12, 5]))
    if lang == "fr":
        m.subject = g.c(["petite note", "Vu ce matin", "FYI", "pour ta patiente"])
        lines = [f"{b.given},", "",
                 f"Vue {who} ce matin. {g.c(['Idées suicidaires passives, pas de plan.', 'Pensées intrusives moins fréquentes.', 'Dort 3 h par nuit, très agitée.'])} "
                 f"Dx de travail : {C.dx(g, p, lang, g.c(['ppd_sev', 'ocd', 'psy', 'bp1']))}.",
                 f"J'ai ajouté {mm}. {g.c(['On garde la surveillance q30.', 'Bébé peut rester avec elle le jour.', 'Infirmière avisée.'])}",
                 "", g.c(["Merci!", "A+", a.given])]
    else:
        m.subject = g.c(["quick note", "Saw her this morning", "FYI", "re your patient"])
        lines = [f"{b.given},", "",
                 f"Saw {who} this morning. {g.c(['Passive SI, no plan.', 'Intrusive thoughts less frequent.', 'Sleeping 3 h a night, very agitated.'])} "
                 f"Working dx: {C.dx(g, p, lang, g.c(['ppd_sev', 'ocd', 'psy', 'bp1']))}.",
                 f"Added {mm}. {g.c(['Keeping q30 checks.', 'Baby can stay with her during the day.', 'Nursing aware.'])}",
                 "", g.c(["Thanks!", "Cheers", a.given])]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "note rapide entre collègues", "quick note between colleagues")
    return m


# ------------------------------------------------------------------ P14 inline forward
def p_forward(g, lang):
    m = g.new(lang, "forward")
    p = g.patient("mother", lang)
    ob = g.st("obstetrician-gynecologist")
    fw = g.st("program manager", "clinical nurse", "unit coordinator")
    doc = g.st("psychiatrist")
    m.sender = (fw.display(), fw.email)
    m.to = [(doc.display(), doc.email)]
    m.t("patient_name", "diagnosis")
    n = g.name(p, lang)
    od = (m.date - datetime.timedelta(hours=g.rng.randint(2, 40)))
    wk = g.rng.randint(24, 36)
    inner = []
    if lang == "fr":
        inner += [f"De : {ob.name(lang)} <{ob.email}>", f"Envoyé : {od.strftime('%Y-%m-%d %H:%M')}",
                  f"À : {fw.display()}", f"Objet : patiente à {wk} SA", "",
                  f"Bonjour, j'ai en suivi de grossesse {n}, {wk} SA, {C.dx(g, p, lang, g.c(['mdd_preg', 'bp1', 'panic', 'ocd']))}."]
        if g.chance(0.6):
            inner.append(f"Elle a cessé d'elle-même son {C.med(g, lang, g.c([0, 2, 5, 6]))} en début de grossesse.")
            m.t("medication")
        if g.chance(0.5):
            inner.append(f"Bilan : {'; '.join(C.labs(g, lang, 2))}.")
            m.t("lab_result")
        inner += ["Pouvez-vous la voir avant l'accouchement? Induction prévue à 39 SA.", "", ob.name(lang)]
        top = [g.c(["Peux-tu la voir en priorité?", "Pour toi, voir plus bas.", "FYI – à discuter demain."]), "", fw.given, "",
               "-------- Message transféré --------"]
        m.subject = g.c(["TR: patiente à " + str(wk) + " SA", "Tr : demande de la Dre " + ob.surname, "TR: consultation prénatale"])
    else:
        inner += [f"From: {ob.name(lang)} <{ob.email}>", f"Sent: {od.strftime('%A, %B %d, %Y %I:%M %p')}",
                  f"To: {fw.display()}", f"Subject: patient at {wk} weeks", "",
                  f"Hi, I am following {n} in pregnancy, {wk} weeks, {C.dx(g, p, lang, g.c(['mdd_preg', 'bp1', 'panic', 'ocd']))}."]
        if g.chance(0.6):
            inner.append(f"She stopped her {C.med(g, lang, g.c([0, 2, 5, 6]))} on her own early in the pregnancy.")
            m.t("medication")
        if g.chance(0.5):
            inner.append(f"Labs: {'; '.join(C.labs(g, lang, 2))}.")
            m.t("lab_result")
        inner += ["Could you see her before delivery? Induction planned at 39 weeks.", "", ob.name(lang)]
        top = [g.c(["Can you see her as a priority?", "For you, see below.", "FYI - let's discuss tomorrow."]), "", fw.given, "",
               "---------- Forwarded message ---------"]
        m.subject = g.c([f"Fwd: patient at {wk} weeks", f"FW: request from Dr. {ob.surname}", "Fwd: prenatal consult"])
    m.text = "\n".join(top + inner)
    m.note = g.L(lang, "demande transférée d'une obstétricienne", "forwarded request from obstetrics")
    return m


# ------------------------------------------------------------------ P15 reply with quoted text
def p_reply(g, lang):
    m = g.new(lang, "reply")
    p = g.patient("mother", lang, nam=g.chance(0.3))
    a = g.st("psychologist", "clinical nurse", "social worker")
    b = g.st("psychiatrist")
    m.sender = (b.display(), b.email)
    m.to = [(a.display(), a.email)]
    m.t("patient_name", "diagnosis")
    n = g.name(p, lang)
    extra = ""
    if p.nam:
        extra = " (" + ident(g, m, p, lang, dob=True, nam=True) + ")"
    od = m.date - datetime.timedelta(hours=g.rng.randint(1, 30))
    q = []
    if lang == "fr":
        q += [f"{n}{extra} a rappelé ce matin en pleurs. Elle dit ne plus dormir et avoir des pensées d'être un fardeau.",
              f"EPDS refait : {C.epds(g)}. Elle prend {C.med(g, lang, g.c([0, 1, 2, 7]))} depuis 5 semaines.",
              "Est-ce qu'on devance son rendez-vous?"]
        head = f"Le {od.strftime('%Y-%m-%d')} à {od.strftime('%H:%M')}, {a.display()} <{a.email}> a écrit :"
        top = g.c(["Oui, je la vois demain 8 h. Dis-lui de se présenter à l'urgence si les idées augmentent.",
                   "D'accord, ajoute-la à ma plage de jeudi. On augmentera la dose.",
                   "Merci. Je l'appelle cet après-midi."])
        m.subject = g.c(["RE: " + g.c(["ta patiente", "appel ce matin", "EPDS en hausse"]), "Re: " + p.surname.upper()])
    else:
        q += [f"{n}{extra} called back this morning in tears. She says she is not sleeping and feels like a burden.",
              f"Repeat EPDS: {C.epds(g)}. She has been on {C.med(g, lang, g.c([0, 1, 2, 7]))} for 5 weeks.",
              "Should we move her appointment up?"]
        head = f"On {od.strftime('%a, %b %d, %Y at %I:%M %p')} {a.display()} <{a.email}> wrote:"
        top = g.c(["Yes, I will see her tomorrow at 8. Tell her to go to the ER if the thoughts get worse.",
                   "OK, add her to my Thursday slot. We will increase the dose.", "Thanks. I'll call her this afternoon."])
        m.subject = g.c(["RE: " + g.c(["your patient", "call this morning", "EPDS going up"]), "Re: " + p.surname])
    m.t("lab_result", "medication")
    m.text = "\n".join([top, "", b.given, "", head] + ["> " + x for x in q])
    m.in_reply_to = f"<r{m.counter}.{g.seed}@{D.DOM}>"
    m.note = g.L(lang, "réponse avec texte cité", "reply with quoted text")
    return m


# ------------------------------------------------------------------ P16 Ontario health number
def p_ontario(g, lang):
    m = g.new(lang, "referral_ontario")
    p = g.patient("mother", "en" if g.chance(0.6) else lang)
    hn = I.make_ohip(g.rng)
    m.use_id("ca_health_number", hn)
    hosp = "Riverside Glen General Hospital"
    dr_g, dr_s = g.person_name("en", "F")
    doc = g.st("psychiatrist")
    fwd = g.chance(0.5)
    m.t("patient_name", "ca_health_number", "date_of_birth", "diagnosis", "patient_contact")
    a = g.address("en", ontario=True)
    hf = I.fmt_ohip(hn, g.c(["plain", "hyphen", "spaced", "dotted"]), vc=g.c(["XK", "AB", "MN", "TR"]))
    if lang == "fr":
        m.sender = (doc.display(), doc.email)
        m.to = [(f"Dre {dr_g} {dr_s}", f"{dr_s.lower().replace(chr(39), '')}@riversideglen-hosp.example")]
        m.subject = g.c(["Patiente ontarienne – transfert de suivi", "Suivi en Ontario", "Transfert de soins"])
        lines = ["Bonjour Docteure,", "",
                 f"{g.name(p, lang, ('title', 'full'))} a déménagé en Ontario et sera suivie à votre hôpital.",
                 f"Carte Santé Ontario : {hf}. Date de naissance : {g.dob(p.dob, lang)}.",
                 f"Nouvelle adresse : {g.addr_line(a)}; tél. {g.phone('613')}.",
                 f"Diagnostic : {C.dx(g, p, lang, g.c(['ppd', 'anx', 'bp1']))}. Stable depuis 2 mois.",
                 "Je joins volontiers le résumé si vous le souhaitez.", "", g.sig(doc, lang)]
    else:
        m.sender = (f"Dr. {dr_g} {dr_s}", f"{dr_s.lower().replace(chr(39), '')}@riversideglen-hosp.example")
        m.to = [(doc.display(), doc.email)]
        m.subject = g.c(["Ontario patient - transfer of care", "Cross-border referral", f"Referral from {hosp}"])
        lines = ["Dear colleague,", "",
                 f"I am referring {g.name(p, lang, ('title', 'full', 'sur_first'))}, who lives on the Ontario side but works in Val-Brume.",
                 f"OHIP: {hf}   DOB: {g.dob(p.dob, lang)}",
                 f"Address: {g.addr_line(a)}   Home phone: {g.phone('613')}",
                 f"She has {C.dx(g, p, lang, g.c(['ppd', 'anx', 'ocd']))}; delivered {g.rng.randint(3, 10)} weeks ago.",
                 "She would prefer follow-up closer to her workplace.", "", f"Dr. {dr_g} {dr_s}", hosp]
    if g.chance(0.5):
        lines.insert(-3, g.L(lang, f"Médication : {C.med(g, lang)}.", f"Medication: {C.med(g, lang)}."))
        m.t("medication")
    m.text = "\n".join(lines)
    m.note = g.L(lang, "transfert de soins avec carte santé ontarienne", "cross-border referral with Ontario health number")
    return m


# ------------------------------------------------------------------ P17 France (NIR)
def p_france(g, lang):
    m = g.new(lang, "records_transfer")
    p = g.patient("mother", "fr")
    nir = I.make_nir(g.rng, p.dob, p.sex)
    m.use_id("fr_nir", nir)
    m.t("patient_name", "fr_nir", "date_of_birth", "diagnosis")
    arch = g.st("health records technician", "clinical nurse")
    m.sender = (arch.display(), arch.email)
    m.to = [("Maternité des Tilleuls – secrétariat", "secretariat@maternite-tilleuls.example")]
    nf = I.fmt_nir(nir, g.c(["plain", "spaced", "key", "dotted"]))
    dk = g.c(["ppd", "mdd_preg", "anx", "bp1"])
    if lang == "fr":
        m.subject = g.c(["Demande de dossier – patiente arrivée de France", "Transfert de dossier obstétrical", "Demande de copie de dossier"])
        lines = ["Madame, Monsieur,", "",
                 f"{g.name(p, 'fr', ('title', 'full', 'sur_first'))}, née le {g.dob(p.dob, 'fr')}, "
                 f"n° de sécurité sociale {nf}, est maintenant suivie à notre clinique de santé mentale périnatale pour {C.dx(g, p, 'fr', dk)}.",
                 "Elle a accouché dans votre établissement l'an dernier et nous autorise (consentement signé ci-joint) à obtenir copie :",
                 "  – du compte rendu d'accouchement;", "  – des notes de la psychiatre de liaison;", "  – du traitement de sortie.",
                 "", "Je vous remercie de votre collaboration.", "", g.sig(arch, "fr")]
    else:
        m.subject = g.c(["Records request - patient from France", "Obstetric records transfer"])
        lines = ["Dear Sir or Madam,", "",
                 f"{g.name(p, 'en', ('title', 'full', 'sur_first'))}, born {g.dob(p.dob, 'en')}, French social security no. {nf}, "
                 f"is now followed at our perinatal mental health clinic for {C.dx(g, p, 'en', dk)}.",
                 "She delivered at your hospital last year and has consented (signed form attached) to the release of:",
                 "  - the delivery report;", "  - the liaison psychiatrist's notes;", "  - discharge medications.",
                 "", "Thank you for your help.", "", g.sig(arch, "en")]
    if g.chance(0.6):
        consent = X.make_pdf(g.L(lang, "Autorisation de communication de renseignements", "Authorization to release information"),
                             [g.L(lang, f"Je soussignée {p.given} {p.surname}, née le {p.dob.isoformat()}, autorise la Maternité des Tilleuls "
                                  "à transmettre mon dossier au CISSS de la Vallée-des-Brumes.",
                                  f"I, {p.given} {p.surname}, born {p.dob.isoformat()}, authorize Maternité des Tilleuls to release my records "
                                  "to the Vallée-des-Brumes health centre."),
                              g.L(lang, f"N° sécurité sociale : {nir}", f"Social security no.: {nir}"), "Signature : ____________"])
        m.attachments.append({"kind": "pdf", "filename": g.c([f"consentement_{p.surname}.pdf", "Autorisation signée.pdf"]), "data": consent})
    m.text = "\n".join(lines)
    m.note = g.L(lang, "demande de dossier en France avec NIR", "records request to France with NIR")
    return m


# ------------------------------------------------------------------ P18 Belgium (NISS)
def p_belgium(g, lang):
    m = g.new(lang, "consult_belgium")
    p = g.patient("mother", lang)
    niss = I.make_niss(g.rng, p.dob, p.sex)
    m.use_id("be_niss", niss)
    m.t("patient_name", "be_niss", "diagnosis")
    doc = g.st("psychiatrist", "psychologist")
    m.sender = (doc.display(), doc.email)
    m.to = [("Dr Wouters – Clinique Sainte-Gudule", "psy.perinat@clinique-stegudule.example")]
    nf = I.fmt_niss(niss, g.c(["plain", "std", "spaced", "slashed"]))
    dxt = C.dx(g, p, lang, g.c(["ppd", "anx", "ptsd", "ocd"]))
    if lang == "fr":
        m.subject = g.c(["Suivi d'une patiente belge", "Continuité des soins – retour en Belgique", "Demande d'information"])
        lines = ["Cher confrère,", "",
                 f"{g.name(p, 'fr', ('title', 'full', 'sur_first'))} (numéro national {nf}), étudiante au doctorat chez nous, retourne à Liège "
                 f"le mois prochain avec son bébé. Elle est suivie depuis 4 mois pour {dxt}.",
                 "Pourriez-vous la prendre en charge à son arrivée?"]
    else:
        m.subject = g.c(["Belgian patient - continuity of care", "Patient returning to Belgium"])
        lines = ["Dear colleague,", "",
                 f"{g.name(p, 'en', ('title', 'full', 'sur_first'))} (Belgian national number {nf}), a doctoral student here, is moving back "
                 f"to Liège next month with her baby. She has been followed for 4 months for {dxt}.",
                 "Could you take over her care when she arrives?"]
    if g.chance(0.6):
        lines.append(g.L(lang, f"Traitement actuel : {C.med(g, lang, g.c([0, 2, 7]))}.", f"Current treatment: {C.med(g, lang, g.c([0, 2, 7]))}."))
        m.t("medication")
    if g.chance(0.5):
        lines.append(g.L(lang, f"Date de naissance : {g.dob(p.dob, lang)}.", f"Date of birth: {g.dob(p.dob, lang)}."))
        m.t("date_of_birth")
    lines += ["", g.sig(doc, lang)]
    m.text = "\n".join(lines)
    m.note = g.L(lang, "continuité de soins vers la Belgique", "continuity of care to Belgium")
    return m


# ------------------------------------------------------------------ P19 attached original message (.eml)
def p_attached_eml(g, lang):
    m = g.new(lang, "forward_attached")
    p = g.patient(g.c(["mother", "adult"]), lang, nam=g.chance(0.6))
    sec = g.st("administrative officer", "unit coordinator")
    doc = g.st("psychiatrist")
    clinic, dom = g.c(GMF)
    m.sender = (sec.display(), sec.email)
    m.to = [(doc.display(), doc.email)]
    m.t("patient_name", "diagnosis")
    n = g.name(p, lang)
    idl = ident(g, m, p, lang, dob=True, nam=True)
    inner_lines = []
    if lang == "fr":
        inner_lines += ["Bonjour,", "", f"Suite à notre conversation, je vous confirme la demande pour {n} ({idl}).",
                        f"{'Elle' if p.sex == 'F' else 'Il'} présente {C.dx(g, p, lang)} et {g.c(['refuse la médication', 'tolère mal son ISRS', 'a fait une tentative de suicide en 2021'])}."]
    else:
        inner_lines += ["Hello,", "", f"Following our call, I confirm the request for {n} ({idl}).",
                        f"{'She' if p.sex == 'F' else 'He'} presents with {C.dx(g, p, lang)} and {g.c(['refuses medication', 'is not tolerating the SSRI', 'had a suicide attempt in 2021'])}."]
    if g.chance(0.5):
        inner_lines.append(g.L(lang, f"Tél. à domicile : {g.phone()}", f"Home phone: {g.phone()}"))
        m.t("patient_contact")
    inner_lines += ["", "Dr " + " ".join(g.person_name(lang, "M")), clinic]
    idate = m.date - datetime.timedelta(days=g.rng.randint(1, 5))
    inner = {"sender": (None, f"demandes@{dom}"), "to": [(None, sec.email)],
             "subject": g.L(lang, f"Demande de consultation – {p.surname}", f"Consult request - {p.surname}"),
             "date": idate, "msgid": f"<orig{m.counter}.{g.seed}@{dom}>", "text": "\n".join(inner_lines),
             "charset": "utf-8" if lang == "fr" else g.c(["us-ascii", "utf-8"]), "cte": g.c(["8bit", "quoted-printable"]),
             "mode": "plain"}
    m.attachments.append({"kind": "eml", "filename": g.c([g.L(lang, "Demande de consultation.eml", "Consult request.eml"),
                                                           f"{p.surname}_{p.given}.eml", "message.eml"]), "spec": inner})
    m.subject = g.L(lang, g.c(["TR: demande reçue", "À traiter svp", "Courriel du GMF"]), g.c(["FW: request received", "Please action", "E-mail from the clinic"]))
    m.text = g.L(lang, f"Bonjour Dr {doc.surname},\n\nVoir le courriel ci-joint, reçu ce matin. Je l'inscris sur la liste d'attente?\n\n{sec.display()}",
                 f"Dr. {doc.surname},\n\nSee the attached e-mail received this morning. Shall I add {'her' if p.sex == 'F' else 'him'} to the wait list?\n\n{sec.display()}")
    m.note = g.L(lang, "courriel original joint en .eml", "original e-mail attached as .eml")
    return m


# ------------------------------------------------------------------ P20 ZIP bundle
def p_zip(g, lang):
    m = g.new(lang, "case_conference")
    doc = g.st("program manager", "psychiatrist", "unit coordinator")
    m.sender = (doc.display(), doc.email)
    m.to = [(g.L(lang, "Équipe interdisciplinaire CSMP", "PMHC interdisciplinary team"), f"csmp.equipe@{D.DOM}")]
    pats = [g.patient("mother", lang, nam=(i == 0 and g.chance(0.6))) for i in range(g.rng.randint(3, 5))]
    m.t("patient_name", "diagnosis", "mrn", "lab_result")
    head = g.L(lang, ["Nom", "Prénom", "Dossier", "Dx", "EPDS", "Priorité"], ["Surname", "Given name", "MRN", "Dx", "EPDS", "Priority"])
    rows = [head]
    dxs = [C.dx(g, p, lang) for p in pats]
    for p, d in zip(pats, dxs):
        rows.append([p.surname, p.given, p.mrn, d, str(C.epds(g)), g.c(["P1", "P2", "P3"])])
    members = [(g.L(lang, "liste_discussion.csv", "discussion_list.csv"), X.make_csv(rows, sep=g.c([",", ";"])).encode("utf-8"))]
    p0 = pats[0]
    paras = [g.L(lang, f"Présentation de cas : {p0.given} {p0.surname}", f"Case presentation: {p0.given} {p0.surname}")]
    if p0.nam:
        paras.append(ident(g, m, p0, lang, dob=True, nam=True))
    soc = C.social(g, lang)
    paras += [g.L(lang, f"Problématique : {dxs[0]}; {soc}.", f"Issues: {dxs[0]}; {soc}."),
              g.L(lang, "Questions à l'équipe : hospitalisation à l'UME? implication du conjoint?", "Questions for the team: MBU admission? partner involvement?")]
    m.t("social_information")
    members.append((g.L(lang, f"cas_{p0.surname}.pdf", f"case_{p0.surname}.pdf"), X.make_pdf(paras[0], paras[1:])))
    zname = g.c([g.L(lang, "Rencontre_interdisciplinaire.zip", "Team_meeting.zip"), f"RI_{m.date.strftime('%Y%m%d')}.zip",
                 g.L(lang, "Documents réunion d'équipe.zip", "Case conference files.zip")])
    m.attachments.append({"kind": "zip", "filename": zname, "data": X.make_zip(members)})
    m.subject = g.L(lang, g.c(["Documents – rencontre interdisciplinaire", "Liste de discussion de jeudi"]),
                    g.c(["Files for case conference", "Thursday discussion list"]))
    m.text = g.L(lang, f"Bonjour à tous,\n\nVoici les documents pour la rencontre de jeudi. Merci de ne pas les imprimer.\n\n{g.sig(doc, lang)}",
                 f"Hi all,\n\nHere are the files for Thursday's meeting. Please do not print them.\n\n{g.sig(doc, lang)}")
    m.note = g.L(lang, "dossiers de réunion d'équipe en ZIP", "case conference files in a ZIP")
    return m


TEMPLATES = [p_violence, p_income, p_quicknote, p_forward, p_reply, p_ontario, p_france, p_belgium, p_attached_eml, p_zip]
