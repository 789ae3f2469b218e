"""Positive (confidential) templates, part B: lists, leaks, threads, forwarded mail."""
import datetime

import gen_build as B
import gen_mime as M
from gen_attach import make_csv, make_docx, make_pdf
from gen_build import Mail, greet, sign, quote, quote_header
from gen_clin import problem, social
from gen_common import (CLINIC_DOM, CLINIC_EN, CLINIC_FR, HOSP, HOSP_DOM, HOSP_SHORT,
                        INTERP_DOM, LANG_EN, fdate, fday, nam_fmt, staff_name, strip_accents)
from gen_ctx import T, Types


def p_signout(c, lang):
    r = c.rng
    m = c.mail("signout_list", lang)
    ty = Types(["patient_name", "diagnosis"])
    doc1, doc2 = c.two_staff(("physician", "paediatrician", "internist"), ("physician", "paediatrician", "internist"))
    m.frm = c.who(doc1, hosp=True)
    m.to = [c.who(doc2, hosp=True)]
    ward = r.choice(T(lang, ["7e Nord (médecine)", "pédiatrie 4B", "unité mère-enfant", "médecine interne 6"],
                      ["7 North (medicine)", "Paeds 4B", "Mother-child unit", "Internal medicine 6"]))
    lines = [T(lang, "Liste de départ - %s - %s" % (ward, fdate(m.date.date(), "fr")),
               "Sign-out - %s - %s" % (ward, fdate(m.date.date(), "en"))), ""]
    use_nam = r.random() < 0.35
    n = r.randint(4, 8)
    nam_slot = r.randrange(n) if use_nam else -1
    for i in range(n):
        bed = "%d%s" % (r.randint(701, 742), r.choice("ABCD"))
        if i == nam_slot:
            h = c.nam()
            m.nams.append(h.nam)
            ty.add("ramq_nam")
            nm = h.name(r, r.choice(["FG", "F,G"]))
            extra = " NAM %s" % nam_fmt(h.nam, r)
            child = h.age < 16
        else:
            p = c.patient()
            nm = p.name(r, r.choice(["FG", "F,G", "Fg", "gf", "lower", "init"]))
            extra = ""
            child = p.age < 13
            if r.random() < 0.4:
                extra = " #%s" % p.mrn
                ty.add("mrn")
        short, sent, t2 = problem(r, lang, child=child)
        todo = T(lang, r.choice(["suivre Hb demain", "attente interprète pour consentement",
                                 "congé demain si afébrile", "appeler TS (hébergement)",
                                 "vérifier PFSI pour médicaments de départ", "rien de spécial"]),
                 r.choice(["f/u Hb tomorrow", "waiting on interpreter for consent",
                           "d/c tomorrow if afebrile", "call SW re housing",
                           "check IFHP for discharge meds", "nothing pending"]))
        lines.append("%s  %s%s - %s. %s" % (bed, nm, extra, short, todo))
        if "PFSI" in todo or "IFHP" in todo or "TS" in todo or "SW" in todo:
            pass
    lines += ["", T(lang, "Bonne garde!", "Have a quiet night!"), sign(r, doc1, lang, short=True)]
    m.subject = T(lang, r.choice(["Liste de départ %s" % ward, "Sign-out ce soir", "Tour de garde"]),
                  r.choice(["Sign-out %s" % ward, "Handover tonight", "Signout list"]))
    m.text = "\n".join(lines)
    if r.random() < 0.3:
        m.html = True
    m.types = ty
    m.note = T(lang, "liste de départ (lit, nom, problème)", "sign-out list (bed, name, problem)")
    return m


def p_roster_csv(c, lang):
    r = c.rng
    m = c.mail("tb_results_csv", lang)
    ty = Types(["patient_name", "date_of_birth", "lab_result"])
    nurse = c.staff("public health nurse", "clinical nurse")
    m.frm = c.who(nurse, hosp=False)
    m.to = [("Clinique TB", "clinique.tb@" + HOSP_DOM)]
    hdr = T(lang, ["nom", "prenom", "ddn", "pays", "statut", "igra_date", "igra_resultat", "rx_poumons"],
            ["last_name", "first_name", "dob", "country", "status", "igra_date", "igra_result", "cxr"])
    rows = [hdr]
    use_nam = r.random() < 0.3
    for i in range(r.randint(6, 14)):
        p = c.patient()
        res = r.choice(["POSITIF", "NEGATIF", "NEGATIF", "INDETERMINE"]) if lang == "fr" else \
            r.choice(["POSITIVE", "NEGATIVE", "NEGATIVE", "INDETERMINATE"])
        rows.append([p.family or "", p.given, p.dob.isoformat(), p.country(lang), p.status(lang),
                     (m.date.date() - datetime.timedelta(days=r.randint(5, 30))).isoformat(), res,
                     T(lang, r.choice(["normale", "à faire", "granulome calcifié"]),
                       r.choice(["normal", "pending", "calcified granuloma"]))])
    if use_nam:
        hdr.append("nam" if lang == "fr" else "ramq")
        for row in rows[1:]:
            row.append("")
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam")
        rows.insert(r.randint(1, len(rows) - 1),
                    [h.family, h.given, h.dob.isoformat(), "Canada", T(lang, "né au Québec", "born in Quebec"),
                     m.date.date().isoformat(), "POSITIF" if lang == "fr" else "POSITIVE",
                     T(lang, "à faire", "pending"), h.nam])
    sep = ";" if lang == "fr" else ","
    enc = r.choice(["utf-8", "cp1252"])
    data = make_csv(rows, sep=sep, encoding=enc, bom=(enc == "utf-8" and r.random() < 0.5))
    fname = T(lang, "export_igra_%s.csv" % m.date.strftime("%Y-%m"), "igra_export_%s.csv" % m.date.strftime("%Y-%m"))
    m.attach(data, "text/csv; charset=%s" % ("windows-1252" if enc == "cp1252" else "utf-8"), fname,
             cte=r.choice(["base64", "quoted-printable"]))
    m.subject = T(lang, r.choice(["Export IGRA du mois", "Liste IGRA pour la clinique TB",
                                  "Résultats IGRA - liste"]),
                  r.choice(["Monthly IGRA export", "IGRA list for TB clinic", "IGRA results - list"]))
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici l'extraction du DME pour les IGRA du mois. "
                                                   "Les positifs sont à convoquer.",
                                               "Here is the EMR extract of this month's IGRAs. "
                                               "Positives need to be called in."),
                        "", sign(r, nurse, lang)])
    m.types = ty
    m.note = T(lang, "export CSV de résultats IGRA nominatifs", "CSV export of named IGRA results")
    return m


def p_subject_leak(c, lang):
    r = c.rng
    m = c.mail("subject_leak", lang)
    ty = Types(["patient_name", "diagnosis"])
    p = c.patient()
    a, b = c.two_staff(("nurse", "physician", "clerk"), ("nurse", "physician", "social"))
    m.frm = c.who(a)
    m.to = [c.who(b)]
    short, sent, t2 = problem(r, lang, child=p.age < 13, female=p.sex == "F")
    nm = p.name(r, r.choice(["FG", "gf", "lower", "F,G", "init"]))
    m.subject = r.choice([T(lang, "%s - %s" % (nm, short), "%s - %s" % (nm, short)),
                          T(lang, "TR: %s pour %s" % (short, nm), "FW: %s for %s" % (short, nm)),
                          T(lang, "urgent %s %s rappeler" % (nm, short), "urgent %s %s call back" % (nm, short))])
    m.text = r.choice(T(lang, ["Voir la note au dossier, merci.", "Peux-tu la/le rappeler aujourd'hui?\n\n" +
                               sign(r, a, lang, short=True), "Fait.", "À discuter à la réunion de 13h."],
                        ["See note in chart, thanks.", "Can you call back today?\n\n" + sign(r, a, lang, short=True),
                         "Done.", "Let's discuss at the 1 pm huddle."]))
    m.types = ty
    m.note = T(lang, "fuite dans l'objet seulement", "leak in Subject only")
    return m


def p_filename_leak(c, lang):
    r = c.rng
    m = c.mail("filename_leak", lang)
    ty = Types(["patient_name"])
    p = c.patient()
    a, b = c.two_staff(("clerk", "records", "nurse"), ("physician", "nurse practitioner"))
    m.frm = c.who(a)
    m.to = [c.who(b)]
    fam = strip_accents(p.family or p.given).replace(" ", "-")
    giv = strip_accents(p.given).replace(" ", "-")
    kind = r.randrange(4)
    if kind == 0:
        fname = "IGRA_positif_%s_%s_%s.pdf" % (fam.upper(), giv, m.date.strftime("%Y-%m-%d")) if lang == "fr" \
            else "IGRA_positive_%s_%s_%s.pdf" % (fam.upper(), giv, m.date.strftime("%Y-%m-%d"))
        ty.add("lab_result")
    elif kind == 1:
        fname = T(lang, "%s %s - évaluation TSPT.docx" % (p.given, p.family), "%s %s - PTSD assessment.docx" % (p.given, p.family)).replace("  ", " ")
        ty.add("diagnosis")
    elif kind == 2:
        fname = T(lang, "%s_%s_VIH_confirmation.pdf" % (fam, giv), "%s_%s_HIV_confirmatory.pdf" % (fam, giv))
        ty.add("lab_result", "diagnosis")
    else:
        fname = T(lang, "Échographie 20SA - %s %s.pdf" % (p.given, p.family), "Anatomy scan 20wk - %s %s.pdf" % (p.given, p.family)).replace("  ", " ")
        ty.add("diagnosis")
    if fname.endswith(".docx"):
        data = make_docx([T(lang, "Document numérisé - voir pièce originale au dossier.",
                            "Scanned document - see original in chart.")], author="Scan")
        ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        data = make_pdf([T(lang, "Document numérisé", "Scanned document"), "", "Page 1 / 1"],
                        compress=True, author="Scanner Ricoh")
        ctype = "application/pdf"
    m.attach(data, ctype, fname, fn_style=r.choice(["2231", "2231-split", "2047"]))
    m.subject = T(lang, r.choice(["Document numérisé", "Scan", "Pour ton dossier", "Numérisation"]),
                  r.choice(["Scanned document", "Scan", "For your file", "Scan from copier"]))
    m.text = r.choice(T(lang, ["Ci-joint.", "Voici le document demandé.\n\n" + sign(r, a, lang, short=True), ""],
                        ["Attached.", "Here is the document you asked for.\n\n" + sign(r, a, lang, short=True), ""]))
    m.types = ty
    m.note = T(lang, "fuite dans le nom de fichier seulement", "leak in attachment file name only")
    return m


def p_patient_fwd(c, lang):
    r = c.rng
    m = c.mail("patient_mail_forwarded", lang)
    ty = Types(["patient_name", "patient_contact"])
    p = c.patient(age=r.randint(22, 50))
    kid = c.patient(origin=p.origin, age=r.randint(1, 10))
    kid.family = p.family
    nurse, sw = c.two_staff(("nurse", "clerk"), ("social", "physician", "nurse practitioner"))
    m.frm = c.who(nurse, hosp=False)
    m.to = [c.who(sw, hosp=False)]
    pmail = "%s%d@courriel.example" % (strip_accents(p.given.split()[0]).lower(), r.randint(70, 99))
    ptxt = r.choice(T(lang, [
        "bonjour madame\nma %s %s a la fievre depuis 3 jour et elle tousse beaucoup, on a pas encore la carte "
        "RAMQ et la pharmacie veut pas donner le medicament. svp appelez moi %s\nmerci beaucoup\n%s",
        "Bonjour,\nje suis %s, on m'a donné rendez-vous pour mes résultats mais je n'ai pas d'argent pour le "
        "métro. Mon %s %s a encore des vers dans les selles. Mon numéro c'est %s.\n%s",
    ], [
        "hello miss\nmy %s %s has fever since 3 days and cough a lot, we dont have the RAMQ card yet and "
        "pharmacy dont give medicine. please call me %s\nthank you\n%s",
        "Hello,\nI am %s, I have an appointment for my results but no money for the metro. My %s %s still has "
        "worms in the stool. My number is %s.\n%s",
    ]))
    rel = T(lang, "fille" if kid.sex == "F" else "fils", "daughter" if kid.sex == "F" else "son")
    if ptxt.count("%s") == 4:
        ptxt = ptxt % (rel, kid.given, p.phone, p.name(r, "gf"))
        ptxt = ptxt.replace("ma fils", "mon fils").replace("et elle tousse", "et tousse")
        ty.add("diagnosis", "social_information")
    else:
        ptxt = ptxt % (p.name(r, "gf"), rel, kid.given + (" " + kid.family if kid.family else ""), p.phone, p.given)
        ptxt = ptxt.replace("Mon fille", "Ma fille")
        ty.add("diagnosis", "social_information")
    when = m.date - datetime.timedelta(hours=r.randint(2, 30))
    fwd_hdr = T(lang, "---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n" % (
        p.name(r, "gf"), pmail, when.strftime("%d %b %Y %H:%M"), r.choice(["aide svp", "rendez-vous", "urgent"]),
        "accueil@" + CLINIC_DOM),
        "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n" % (
            p.name(r, "gf"), pmail, when.strftime("%a, %b %d, %Y at %I:%M %p"), r.choice(["help please", "appointment", "urgent"]),
            "accueil@" + CLINIC_DOM))
    intro = T(lang, r.choice(["Peux-tu t'en occuper? Je pense qu'il faut un billet d'autobus et un rendez-vous rapide.",
                              "FYI - reçu ce matin dans la boîte de l'accueil.", "Je te transfère, elle a écrit à l'accueil."]),
              r.choice(["Can you take this one? I think they need bus tickets and a quick appointment.",
                        "FYI - came into the front-desk inbox this morning.", "Forwarding, this came to reception."]))
    m.subject = T(lang, "TR: " , "Fwd: ") + r.choice(["aide svp", "rendez-vous", "urgent"] if lang == "fr" else
                                                      ["help please", "appointment", "urgent"])
    m.text = "\n".join([intro, "", sign(r, nurse, lang, short=True), "", fwd_hdr, ptxt])
    if r.random() < 0.4:
        m.html = True
    m.types = ty
    m.note = T(lang, "courriel d'une patiente transféré en ligne", "patient's own e-mail forwarded inline")
    return m


def p_reply_quoted(c, lang):
    r = c.rng
    m = c.mail("reply_quoted", lang)
    ty = Types(["patient_name"])
    a, b = c.two_staff(("nurse", "physician", "social"), ("physician", "pharmacist", "nurse practitioner", "midwife"))
    m.frm = c.who(a)
    m.to = [c.who(b)]
    use_nam = r.random() < 0.3
    if use_nam:
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam")
        nm = h.name(r)
        who_line = T(lang, "%s (NAM %s)" % (nm, nam_fmt(h.nam, r)), "%s (RAMQ %s)" % (nm, nam_fmt(h.nam, r)))
        child = h.age < 13
        fem = h.sex == "F"
    else:
        p = c.patient()
        nm = p.name(r)
        who_line = nm
        child = p.age < 13
        fem = p.sex == "F"
    short, sent, t2 = problem(r, lang, child=child, female=fem)
    ty.add(*t2)
    first_dt = m.date - datetime.timedelta(hours=r.randint(3, 48))
    subj0 = T(lang, r.choice(["Question suivi", "Patient commun", "Plan de traitement"]),
              r.choice(["Follow-up question", "Shared patient", "Treatment plan"]))
    orig = "\n".join([greet(r, lang, staff_name(a)), "",
                      T(lang, "Pour %s : %s" % (who_line, sent), "Re %s: %s" % (who_line, sent)),
                      T(lang, "Est-ce qu'on attend le retour de l'interprète avant de commencer?",
                        "Should we wait for the interpreter before starting?"),
                      "", sign(r, b, lang, short=True)])
    reply = r.choice(T(lang, ["Oui, on commence lundi. Je m'occupe de la réservation.",
                              "Non, on peut commencer, la fille aînée traduira pour la posologie (pas idéal mais bon).",
                              "D'accord avec le plan. Merci!"],
                       ["Yes, we start Monday. I'll book the interpreter.",
                        "No, go ahead; the eldest daughter will translate the dosing (not ideal).",
                        "Agree with the plan. Thanks!"]))
    m.subject = T(lang, "RE: ", "RE: ") + subj0
    m.text = "\n".join([reply, "", sign(r, a, lang, short=True), "",
                        quote_header(r, lang, staff_name(b), first_dt, subj0),
                        quote(orig, r)])
    if r.random() < 0.4:
        m.html = True
    m.types = ty
    m.note = T(lang, "réponse courte, détails dans l'historique cité", "short reply, details in quoted history")
    return m


def p_attached_eml(c, lang):
    r = c.rng
    m = c.mail("attached_eml", lang)
    ty = Types(["patient_name"])
    a, b = c.two_staff(("manager", "nurse"), ("physician", "social", "nurse practitioner"))
    m.frm = c.who(a)
    m.to = [c.who(b)]
    use_nam = r.random() < 0.3
    inner = Mail("inner", lang)
    inner.date = m.date - datetime.timedelta(days=r.randint(1, 5))
    if use_nam:
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam", "date_of_birth")
        nm = h.name(r)
        idl = "NAM %s, %s" % (nam_fmt(h.nam, r), c.dob(h.dob, lang))
        child, fem = h.age < 13, h.sex == "F"
    else:
        p = c.patient()
        nm = p.name(r)
        idl = T(lang, "IUC %s" % p.uci, "UCI %s" % p.uci)
        child, fem = p.age < 13, p.sex == "F"
    short, sent, t2 = problem(r, lang, child=child, female=fem)
    ty.add(*t2)
    soc = ""
    if r.random() < 0.5:
        soc = social(r, lang, fem)
        ty.add("social_information")
    third = c.staff("physician", "psychiatrist", "paediatrician")
    inner.frm = c.who(third, hosp=True)
    inner.to = [c.who(a)]
    inner.subject = T(lang, "Consultation - %s" % nm, "Consult note - %s" % nm)
    inner.text = "\n".join([greet(r, lang), "", T(lang, "Vu en consultation : %s (%s)." % (nm, idl),
                                                   "Seen in consultation: %s (%s)." % (nm, idl)),
                            sent, soc, "", sign(r, third, lang)])
    inner_bytes = B.build(inner, r, r.randint(1000, 9999))
    m.attach_eml(inner_bytes, filename=r.choice([None, T(lang, "consultation.eml", "consult.eml")]))
    m.subject = T(lang, r.choice(["TR: consultation", "À lire avant la réunion clinique", "Pour info"]),
                  r.choice(["FW: consult", "Please read before case conference", "FYI"]))
    m.text = "\n".join([greet(r, lang, staff_name(b)), "",
                        T(lang, "Voir le message ci-joint, on en parle jeudi.", "See the attached message, let's discuss Thursday."),
                        "", sign(r, a, lang, short=True)])
    m.types = ty
    m.note = T(lang, "message/rfc822 joint avec consultation", "attached message/rfc822 with consult")
    return m


def p_discharge_docx(c, lang):
    r = c.rng
    m = c.mail("discharge_summary", lang)
    ty = Types(["patient_name", "date_of_birth", "diagnosis", "medication"])
    doc = c.staff("paediatrician", "internist", "physician")
    m.frm = c.who(doc, hosp=True)
    m.to = [("Accueil Passerelle", "accueil@" + CLINIC_DOM)]
    use_nam = r.random() < 0.4
    if use_nam:
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam")
        nm, dob, child, sex = h.name(r, "FG"), h.dob, h.age < 13, h.sex
        idline = T(lang, "NAM : %s" % nam_fmt(h.nam, r, "plain"), "RAMQ: %s" % nam_fmt(h.nam, r, "plain"))
        base = strip_accents(h.family)
    else:
        p = c.patient()
        nm, dob, child, sex = p.name(r, "FG"), p.dob, p.age < 13, p.sex
        idline = T(lang, "PFSI IUC : %s" % p.uci, "IFHP UCI: %s" % p.uci)
        base = strip_accents(p.family or p.given)
    mrn = "%07d" % r.randint(300000, 9899999)
    ty.add("mrn")
    k = r.choice(["malaria", "asthma", "anemia"] if child else ["hiv", "dm2", "hbv", "ltbi", "htn"])
    short, sent, t2 = problem(r, lang, k, child=child)
    ty.add(*t2)
    adm = m.date.date() - datetime.timedelta(days=r.randint(3, 12))
    paras = [
        T(lang, "Nom : %s" % nm, "Name: %s" % nm),
        T(lang, "Date de naissance : %s    Sexe : %s" % (dob.isoformat(), sex), "DOB: %s    Sex: %s" % (dob.isoformat(), sex)),
        T(lang, "Dossier %s : %s" % (HOSP_SHORT, mrn), "%s MRN: %s" % (HOSP_SHORT, mrn)),
        idline,
        T(lang, "Admission : %s    Congé : %s" % (adm.isoformat(), m.date.date().isoformat()),
          "Admitted: %s    Discharged: %s" % (adm.isoformat(), m.date.date().isoformat())),
        "# " + T(lang, "Diagnostic principal", "Principal diagnosis"), short,
        "# " + T(lang, "Évolution", "Hospital course"), sent,
        "# " + T(lang, "Suivi", "Follow-up"),
        T(lang, "Revoir à la %s dans 1 à 2 semaines, avec interprète." % CLINIC_FR,
          "Follow-up at %s in 1-2 weeks with an interpreter." % CLINIC_EN),
    ]
    data = make_docx(paras, title=T(lang, "Résumé de dossier (congé)", "Discharge summary"),
                     author=staff_name(doc))
    fname = r.choice([T(lang, "resume_conge_%s.docx" % mrn, "discharge_%s.docx" % mrn),
                      T(lang, "Résumé de congé %s.docx" % base, "Discharge summary %s.docx" % base)])
    m.attach(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)
    m.subject = T(lang, r.choice(["Résumé de congé", "Congé - suivi à la clinique", "Sommaire d'hospitalisation"]),
                  r.choice(["Discharge summary", "Discharged - clinic follow-up", "Hospital summary"]))
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici le résumé de congé d'un de vos patients. Merci de le revoir rapidement.",
                                               "Attached is the discharge summary for one of your patients. Please see soon."),
                        "", sign(r, doc, lang)])
    m.types = ty
    m.note = T(lang, "résumé de congé DOCX", "DOCX discharge summary")
    return m


def p_pharmacy(c, lang):
    r = c.rng
    m = c.mail("pharmacy_question", lang)
    ty = Types(["patient_name", "medication"])
    ph = c.staff("pharmacist")
    doc = c.staff("physician", "infectious", "nurse practitioner")
    m.frm = c.who(ph, hosp=True)
    m.to = [c.who(doc)]
    use_nam = r.random() < 0.4
    q = r.randrange(2) if use_nam else r.randrange(3)
    if use_nam:
        h = c.nam()
        m.nams.append(h.nam)
        ty.add("ramq_nam")
        nm = h.name(r)
        idl = " (NAM %s)" % nam_fmt(h.nam, r)
        fem = h.sex == "F"
    else:
        p = c.patient(age=r.randint(18, 60), origin="uk" if q == 2 else None)
        nm = p.name(r)
        idl = T(lang, " (dossier %s)" % p.mrn, " (chart %s)" % p.mrn) if r.random() < 0.5 else ""
        if idl:
            ty.add("mrn")
        fem = p.sex == "F"
    if q == 0:
        body = T(lang, "Ordonnance de 3HP (isoniazide + rifapentine hebdomadaire) pour %s%s. %s prend aussi %s : "
                       "interaction importante avec la rifapentine. On change pour 4R ou on ajuste?" % (
                           nm, idl, "Elle" if fem else "Il", "un contraceptif oral" if fem else "de la méthadone 60 mg"),
                 "3HP prescription (weekly isoniazid + rifapentine) for %s%s. Also on %s, which interacts "
                 "significantly with rifapentine. Switch to 4R or adjust?" % (
                     nm, idl, "an oral contraceptive" if fem else "methadone 60 mg"))
        ty.add("diagnosis")
    elif q == 1:
        body = T(lang, "%s%s : ordonnance d'ivermectine 12 mg mais le poids noté est 38 kg. On confirme la dose? "
                       "Aussi, PFSI ne couvre pas la dose répétée sans autorisation." % (nm, idl),
                 "%s%s: ivermectin 12 mg prescribed but charted weight is 38 kg. Can you confirm the dose? "
                 "Also IFHP won't cover the repeat dose without prior approval." % (nm, idl))
    else:
        body = T(lang, "%s%s a apporté ses médicaments d'Ukraine (énalapril 10 mg, métoprolol 50 mg, "
                       "boîtes en cyrillique). Je fais le bilan comparatif; il manque l'anticoagulant mentionné "
                       "par la famille, warfarine ou apixaban?" % (nm, idl),
                 "%s%s brought medications from Ukraine (enalapril 10 mg, metoprolol 50 mg, boxes in "
                 "Cyrillic). Doing the med rec; the family mentioned a blood thinner, warfarin or apixaban?" % (nm, idl))
    m.subject = T(lang, r.choice(["Question pharmacie", "Ordonnance à clarifier", "Interaction médicamenteuse"]),
                  r.choice(["Pharmacy question", "Prescription clarification", "Drug interaction"]))
    m.text = "\n".join([greet(r, lang, staff_name(doc)), "", body, "", sign(r, ph, lang)])
    if r.random() < 0.3:
        m.html = True
    m.types = ty
    m.note = T(lang, "question du pharmacien sur une ordonnance", "pharmacist question on a prescription")
    return m


def p_transport(c, lang):
    r = c.rng
    m = c.mail("transport_request", lang)
    ty = Types(["patient_name", "patient_contact"])
    p = c.patient()
    clerk = c.staff("clerk", "community", "admin")
    m.frm = c.who(clerk, hosp=False)
    m.to = [("Transport adapté / taxi", "transport@" + HOSP_DOM)]
    when = c.future(m)
    dest = T(lang, r.choice(["clinique TB (radiographie + IGRA)", "clinique de dialyse", "échographie obstétricale",
                             "clinique VIH", "pédiatrie - suivi paludisme"]),
             r.choice(["TB clinic (X-ray + IGRA)", "dialysis unit", "obstetric ultrasound", "HIV clinic",
                       "paediatrics - malaria follow-up"]))
    ty.add("diagnosis")
    m.subject = T(lang, "Demande de transport %s" % fdate(when.date(), "fr", r),
                  "Transport request %s" % fdate(when.date(), "en", r))
    lines = [greet(r, lang), "", T(lang, "Transport aller-retour svp :", "Round trip please:"), "",
             T(lang, "Usager : %s" % p.name(r), "Client: %s" % p.name(r)),
             T(lang, "Adresse de départ : %s" % p.address, "Pick-up: %s" % p.address),
             T(lang, "Téléphone : %s" % p.phone, "Phone: %s" % p.phone),
             T(lang, "Rendez-vous : %s %s, %s" % (fday(when.date(), "fr"), when.strftime("%Hh%M"), dest),
               "Appointment: %s %s, %s" % (fday(when.date(), "en"), when.strftime("%H:%M"), dest)),
             T(lang, "Langue : %s (ne parle ni français ni anglais)" % p.lang,
               "Language: %s (no French or English)" % LANG_EN[p.lang])]
    if r.random() < 0.5:
        lines.append(T(lang, "Payé par PFSI (transport médical) - IUC %s" % p.uci,
                       "Billed to IFHP (medical transport) - UCI %s" % p.uci))
    lines += ["", sign(r, clerk, lang)]
    m.text = "\n".join(lines)
    m.types = ty
    m.note = T(lang, "demande de transport avec adresse et motif", "transport request with address and reason")
    return m


def p_social(c, lang):
    r = c.rng
    m = c.mail("social_case", lang)
    ty = Types(["patient_name", "social_information"])
    p = c.patient(age=r.randint(24, 48), sex="F" if r.random() < 0.7 else "M")
    sw = c.staff("social")
    partner = r.choice([("Maison d'accueil Le Phare", "lephare.example"), ("Hébergement Rive-Soleil", "rivesoleil.example"),
                        ("Welcome Hub Côte-des-Neiges", "welcomehub.example")])
    m.frm = c.who(sw, hosp=False)
    m.to = [("Intervention - %s" % partner[0], "intervention@" + partner[1])]
    soc = social(r, lang, p.sex == "F")
    kids = r.randint(1, 4)
    body = T(lang,
             "Je fais suite à notre appel concernant %s et ses %d enfant%s. %s La demande d'aide sociale "
             "est déposée mais aucun chèque avant la fin du mois. Avez-vous une place à partir de %s?" % (
                 p.name(r), kids, "s" if kids > 1 else "", soc, fday(c.future(m).date(), "fr")),
             "Following up on our call about %s and %s %d child%s. %s The social assistance application is in "
             "but no cheque before month end. Do you have space from %s?" % (
                 p.name(r), "her" if p.sex == "F" else "his", kids, "ren" if kids > 1 else "", soc,
                 fday(c.future(m).date(), "en")))
    lines = [greet(r, lang), "", body]
    if r.random() < 0.5:
        lines += ["", T(lang, "Elle/il est joignable au %s." % p.phone, "Reachable at %s." % p.phone)]
        ty.add("patient_contact")
    lines += ["", sign(r, sw, lang)]
    m.subject = T(lang, r.choice(["Hébergement - famille %s" % (p.family or p.given), "Demande d'hébergement urgente",
                                  "Suivi de notre appel"]),
                  r.choice(["Housing - %s family" % (p.family or p.given), "Urgent shelter request", "Following up on our call"]))
    m.text = "\n".join(lines)
    m.types = ty
    m.note = T(lang, "situation sociale (hébergement, aide sociale)", "social situation (housing, income support)")
    return m


def p_mrn_only(c, lang):
    r = c.rng
    m = c.mail("lab_mrn_only", lang)
    ty = Types(["mrn", "lab_result"])
    m.frm = ("Laboratoire %s - résultats" % HOSP_SHORT if lang == "fr" else "%s Lab results" % HOSP_SHORT,
             "resultats-labo@" + HOSP_DOM)
    m.to = [c.who(c.staff("physician", "nurse practitioner"), hosp=False)]
    mrns = ["%07d" % r.randint(300000, 9899999) for _ in range(r.randint(1, 4))]
    rows = []
    for x in mrns:
        test = r.choice([("Ferritine", "Ferritin", "%d µg/L" % r.randint(2, 9), "L"),
                         ("AgHBs", "HBsAg", "RÉACTIF" if lang == "fr" else "REACTIVE", "A"),
                         ("Sérologie Strongyloides", "Strongyloides serology", "POSITIVE", "A"),
                         ("Hémoglobine", "Haemoglobin", "%d g/L" % r.randint(70, 95), "L"),
                         ("Plomb sanguin", "Blood lead", "%.2f µmol/L" % r.uniform(0.5, 1.0), "H")])
        sp = r.choice(["", " ", "-"])
        shown = x[:2] + sp + x[2:] if sp else x
        rows.append(T(lang, "Dossier %s | %s | %s | %s" % (shown, test[0], test[2], test[3]),
                      "MRN %s | %s | %s | %s" % (shown, test[1], test[2], test[3])))
    m.subject = T(lang, "Résultats anormaux - %d dossier(s)" % len(mrns), "Abnormal results - %d chart(s)" % len(mrns))
    m.text = "\n".join([T(lang, "Avis automatique - résultats anormaux à valider :", "Automatic notice - abnormal results to sign off:"),
                        ""] + rows + ["", T(lang, "Ne pas répondre à ce courriel.", "Do not reply to this e-mail.")])
    m.force["charset"] = r.choice(["utf-8", "iso-8859-1"])
    m.types = ty
    m.note = T(lang, "avis automatisé : numéros de dossier + résultats", "automated notice: MRN + results")
    return m
