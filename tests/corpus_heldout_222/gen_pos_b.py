"""Positive builders, part B: threads, reports, team lists, contact cards, archives, other identifiers."""
import datetime
import hashlib
import html as H

import gen_attach as A
from gen_clin import (M_INJ, RTP_STAGES_EN, RTP_STAGES_FR, T_IMPACT, T_PCSS, T_SCAT_HI, T_SCAT_LO, L, social_for)
from gen_common import EXTERNAL, ORG, T, D, fmt_date, signature, staff_name, strip_accents
from gen_ctx import addr, earlier, first, fwd_block, greet, quoted, thanks
from gen_mime import render_message
from gen_pos_a import INTAKE, INTAKE_EN, _dxname, _med, _sym, _test

PERSONAL_DOMAINS = ["courriel.example", "videotron-mail.example", "mail.example", "boitemail.example"]


def _personal_email(p, rng):
    base = strip_accents(rng.choice(["%s.%s" % (p.given, p.surname), "%s%s" % (p.given[0], p.surname),
                                     "%s_%s%d" % (p.given, p.surname, rng.randrange(10, 99))])).lower()
    return base.replace(" ", "").replace("'", "") + "@" + rng.choice(PERSONAL_DOMAINS)


def _parent(ctx, p):
    rng = ctx.rng
    g = rng.choice(["Isabelle", "Karine", "Mélanie", "Stéphanie", "Sébastien", "Mathieu", "Jean-François", "Heather"])
    return g, p.surname


# ---------------------------------------------------------------------------
def p_forward(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["child", "teen"], 0.5)
    m = ctx.msg(lang, "forward", T(lang, "courriel d'un parent transféré à l'infirmière", "parent's e-mail forwarded to nurse"))
    sender = rng.choice(["bedard", "arsenault"])
    m.sender = addr(sender, lang)
    m.to = [addr("ferron", lang)]
    pg, ps = _parent(ctx, p)
    pmail = (pg + " " + ps, strip_accents("%s.%s" % (pg, ps)).lower().replace(" ", "").replace("'", "") + "@" + rng.choice(PERSONAL_DOMAINS))
    nm = m.name(p, rng.choice(["full", "full", "lower", "caps_nocomma"]))
    ctx.case(p, "conc")
    sym = m.dx(_sym(ctx, p, lang, 2))
    if lang == "fr":
        orig = "\n".join(["Bonjour,", "",
                          "Je suis %s, %s de %s qui est suivi%s chez vous pour sa commotion." % (pg, "la mère" if pg not in ("Sébastien", "Mathieu", "Jean-François") else "le père", nm, m.pronoun(p, "adj_e")),
                          "Depuis son retour à l'école lundi, %s a : %s. %s" % (m.pronoun(p, "subj"), sym,
                              rng.choice(["Est-ce normal?", "Doit-on devancer le rendez-vous?", "On hésite à le/la renvoyer au hockey samedi."])),
                          "Vous pouvez me joindre au %s." % m.phone(p), "", "Merci,", pg])
        intro = rng.choice(["Nadia, peux-tu rappeler la mère? Voir ci-dessous.", "Pour toi — à rappeler aujourd'hui si possible.",
                            "FYI, dossier de Dre Lacasse."])
        subj_o = rng.choice(["Question pour le suivi de %s" % p.given, "maux de tête", "Commotion de mon enfant"])
        m.subject = "TR: " + subj_o
    else:
        orig = "\n".join(["Hi,", "",
                          "This is %s, %s's %s; %s is followed at your clinic for a concussion." % (pg, nm, "mom" if pg not in ("Sébastien", "Mathieu", "Jean-François") else "dad", m.pronoun(p, "subj")),
                          "Since going back to school Monday, %s has had %s. %s" % (m.pronoun(p, "subj"), sym,
                              rng.choice(["Is that expected?", "Should we move the appointment up?", "We are not sure about hockey on Saturday."])),
                          "You can reach me at %s." % m.phone(p), "", "Thanks,", pg])
        intro = rng.choice(["Nadia, could you call the mom back? See below.", "For you - please call back today if possible.",
                            "FYI, Dr. Lacasse's patient."])
        subj_o = rng.choice(["Question about %s's follow-up" % p.given, "headaches", "My child's concussion"])
        m.subject = "FW: " + subj_o
    m.text = intro + "\n\n" + first(sender) + "\n\n" + fwd_block(orig, lang, pmail, INTAKE if lang == "fr" else INTAKE_EN, earlier(ctx), subj_o)
    m.text = m.text.replace("le/la", "la" if p.sex == "F" else "le")
    return m


# ---------------------------------------------------------------------------
def p_reply_quoted(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.45)
    m = ctx.msg(lang, "reply", T(lang, "réponse courte avec question clinique citée", "short reply quoting a clinical question"))
    a = rng.choice(["ferron", "coutu", "rioux", "stewart"])
    b = rng.choice(["lacasse", "mcleish", "benali"])
    m.sender = addr(b, lang)
    m.to = [addr(a, lang)]
    nm = m.name(p, rng.choice(["full", "title_last", "last_first_caps", "initial_last", "lower"]))
    dx = m.dx(_dxname(ctx, p, lang))
    med = m.med(_med(ctx, p, lang))
    ident = ""
    if p.nam and rng.random() < 0.6:
        ident = " (NAM %s)" % m.nam(p)
    elif rng.random() < 0.4:
        ident = T(lang, " (dossier %s)", " (chart %s)") % m.mrn(p)
    if lang == "fr":
        q = "\n".join([greet(lang, rng, first(b)), "",
                       "%s%s, suivi pour %s, rapporte encore %s." % (nm, ident, dx, m.dx(_sym(ctx, p, lang, 1))),
                       "Est-ce qu'on peut %s? Présentement sous %s." % (rng.choice(["augmenter la dose", "ajouter quelque chose pour le sommeil",
                                                                                   "poursuivre le protocole", "arrêter la médication"]), med),
                       "", first(a)])
        ans = rng.choice(["Oui, ok pour augmenter. Revoir dans 2 semaines.", "On garde la même dose, je le/la vois jeudi.",
                          "Ok, ajoute mélatonine 3 mg HS. Merci!", "Non, on arrête le protocole et je le/la revois avant."])
        if "mélatonine" in ans:
            m.add("medication")
        m.subject = "RE: " + rng.choice(["Question %s" % p.surname, "question médication", "Suivi commotion"])
    else:
        q = "\n".join([greet(lang, rng, first(b)), "",
                       "%s%s, followed for %s, still reports %s." % (nm, ident, dx, m.dx(_sym(ctx, p, lang, 1))),
                       "Can we %s? Currently on %s." % (rng.choice(["increase the dose", "add something for sleep",
                                                                   "continue the protocol", "stop the medication"]), med),
                       "", first(a)])
        ans = rng.choice(["Yes, ok to increase. Follow-up in 2 weeks.", "Keep the same dose, I'll see them Thursday.",
                          "Ok, add melatonin 3 mg HS. Thanks!", "No - hold the protocol, I'll see them first."])
        if "melatonin" in ans:
            m.add("medication")
        m.subject = "RE: " + rng.choice(["Question re %s" % p.surname, "med question", "Concussion f/u"])
    if "Suivi commotion" in m.subject or "Concussion f/u" in m.subject:
        m.add("diagnosis")
    m.text = ans + "\n\n" + first(b) + "\n\n" + quoted(q, lang, addr(a, lang), earlier(ctx), rng.choice(["gt", "outlook", "gt"]))
    m.reply_to_id = "<%s@%s>" % (hashlib.sha1(m.text.encode()).hexdigest()[:20], D)
    m.text = m.text.replace("le/la", "la" if p.sex == "F" else "le")
    return m


# ---------------------------------------------------------------------------
def p_physio_report(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult", "senior"], 0.45)
    m = ctx.msg(lang, "physio_report", T(lang, "rapport d'évolution en physiothérapie", "physiotherapy progress report"))
    external = rng.random() < 0.5
    if external:
        m.sender = (rng.choice(["Julien Gendron", "Annie Leclerc"]) + ", pht", "rapports@" + EXTERNAL["physio"][1])
    else:
        k = rng.choice(["coutu", "stewart"])
        m.sender = addr(k, lang)
    m.to = [addr(rng.choice(["lacasse", "mcleish", "vachon"]), lang)]
    dx = m.dx(_dxname(ctx, p, lang, rng.choice(["conc", "msk", "msk"])))
    conc = ctx.case(p).kind == "conc"
    nm = m.name(p, rng.choice(["full", "last_first_caps", "title_full"]))
    n = rng.randint(4, 14)
    if lang == "fr":
        prog = ["Patient(e) : %s" % nm, "Diagnostic médical : %s" % dx,
                "Séances complétées : %d" % n,
                "Évolution : %s" % (rng.choice(["tolère maintenant 20 min de vélo stationnaire sans symptômes",
                                                 "VOR toujours symptomatique à 2 Hz, équilibre en progression",
                                                 "tolérance aux saccades améliorée, céphalée 2/10 en fin de séance"]) if conc else
                                     rng.choice(["amélioration de l'amplitude, flexion 125°, extension complète",
                                                 "force à 70 % du côté sain (dynamomètre)", "douleur 2/10 aux exercices fonctionnels"])),
                "Objectifs : %s" % (rng.choice(["reprise de l'entraînement sans contact", "tolérance à 45 min d'effort modéré"]) if conc else
                                    rng.choice(["retour à la course dans 4 semaines", "autonomie dans les escaliers", "retour au sport dans 8 semaines"]))]
    else:
        prog = ["Patient: %s" % nm, "Medical diagnosis: %s" % dx, "Sessions completed: %d" % n,
                "Progress: %s" % (rng.choice(["now tolerates 20 min stationary bike without symptoms",
                                              "VOR still provocative at 2 Hz, balance improving",
                                              "better tolerance of saccades, headache 2/10 at end of session"]) if conc else
                                  rng.choice(["range improving, flexion 125 deg, full extension",
                                              "strength 70% of uninvolved side (dynamometer)", "pain 2/10 with functional drills"])),
                "Goals: %s" % (rng.choice(["non-contact practice", "tolerate 45 min of moderate effort"]) if conc else
                               rng.choice(["return to running in 4 weeks", "independent on stairs", "return to sport in 8 weeks"]))]
    m.add("lab_result")
    if rng.random() < 0.5:
        m.text = "\n".join([greet(lang, rng), "", T(lang, "Rapport d'évolution :", "Progress report:"), ""] + prog +
                           ["", thanks(lang, rng), m.sender[0]])
    else:
        m.text = "\n".join([greet(lang, rng), "", T(lang, "Veuillez trouver ci-joint le rapport d'évolution de votre patient(e).",
                                                     "Please find attached the progress report for your patient."),
                            "", thanks(lang, rng), m.sender[0]])
        blocks = list(prog)
        if p.nam:
            blocks.insert(1, "NAM : " + m.nam(p, "spaced"))
        else:
            blocks.insert(1, T(lang, "DDN : ", "DOB: ") + m.dob(p, "iso"))
        m.ascii_only = True
        data = A.pdf_bytes(T(lang, "Rapport d'évolution — physiothérapie", "Physiotherapy progress report"), blocks,
                           header=[EXTERNAL["physio"][0] if external else ORG["clinic_fr"], "Tél. " + (EXTERNAL["physio"][2] if external else ORG["phone"])])
        m.ascii_only = False
        m.atts.append(A.Att(rng.choice(["rapport_evolution_%s.pdf" % strip_accents(p.surname), "Rapport physio.pdf", "progress_%d.pdf" % n]),
                            "application/pdf", data))
    m.subject = rng.choice([T(lang, "Rapport d'évolution", "Progress report"), T(lang, "Rapport physio - %s" % p.surname, "Physio report - %s" % p.surname),
                            T(lang, "Suivi physiothérapie", "Physio follow-up")])
    return m


# ---------------------------------------------------------------------------
def p_team_update(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "team_update", T(lang, "rapport hebdomadaire des blessures de l'équipe", "weekly team injury report"))
    team = rng.choice(["hockey", "univ", "soccer"])
    k = "champagne" if team == "hockey" else ("walsh" if team == "univ" else "grondin")
    m.sender = addr(k, lang)
    m.to = [addr("mcleish", lang), addr("lacasse", lang)]
    rows = [[T(lang, "No", "No."), T(lang, "Joueur", "Player"), T(lang, "DDN", "DOB"), T(lang, "Blessure", "Injury"),
             T(lang, "Date", "Date"), T(lang, "Statut", "Status")]]
    n = rng.randint(4, 7)
    with_dob = rng.random() < 0.5
    for i in range(n):
        p = ctx.athlete(16, 22, 0.35)
        ctx.case(p, None, "teen")
        inj = m.dx(_dxname(ctx, p, lang))
        st = rng.choice(T(lang, ["retiré", "étape 3", "étape 4", "jeu limité", "retour complet"],
                          ["out", "stage 3", "stage 4", "limited", "full return"]))
        rows.append([str(rng.randrange(2, 98)), m.name(p, rng.choice(["last_first", "full"])),
                     m.dob(p, "iso") if with_dob else "", inj, fmt_date(ctx.past(1, 30), lang, "iso"), st])
    if not with_dob:
        rows = [r[:2] + r[3:] for r in rows]
    body = [greet(lang, rng), "",
            T(lang, "Voici le rapport des blessures de la semaine. Deux commotions à réévaluer avant le tournoi.",
              "Here is this week's injury report. Two concussions need re-assessment before the tournament."),
            "", thanks(lang, rng), signature(k, lang, rng)]
    m.text = "\n".join(body)
    enc = rng.choice(["utf-8", "windows-1252"])
    data = A.csv_bytes(rows, enc, rng.choice([",", ";"]))
    m.atts.append(A.Att(rng.choice(["blessures_semaine_%s.csv" % ctx.day.strftime("%V"), "injury_report.csv", "liste_blessés.csv"]),
                        "text/csv", data, enc))
    m.subject = rng.choice([T(lang, "Rapport des blessures - semaine %s" % ctx.day.strftime("%V"), "Injury report - week %s" % ctx.day.strftime("%V")),
                            T(lang, "Liste infirmerie", "Injury list"), "Injury list / Liste des blessés"])
    return m


# ---------------------------------------------------------------------------
def p_vcard(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.5)
    m = ctx.msg(lang, "contact_card", T(lang, "fiche contact d'un patient à mettre à jour au dossier", "patient contact card for chart update"))
    sender = rng.choice(["arsenault", "bedard"])
    m.sender = addr(sender, lang)
    m.to = [addr("gosselin", lang)]
    tel = m.phone(p)
    adr = m.address(p)
    dx = m.dx(_dxname(ctx, p, lang))
    nm = m.name(p, "full")
    m.text = "\n".join([greet(lang, rng, first("gosselin")), "",
                        T(lang, "Nouvelles coordonnées pour %s (déménagement). Fiche jointe, à mettre à jour au dossier avant le rappel des résultats."
                          % nm, "New contact details for %s (moved). Card attached, please update the chart before we call back with results." % nm),
                        T(lang, "Suivi à la clinique pour : %s." % dx, "Followed here for: %s." % dx),
                        "", first(sender)])
    data = A.vcf_bytes(p.given, p.surname, tel=tel, adr=adr,
                       note=T(lang, "Patient CMSCC - %s" % dx, "CMSCC patient - %s" % dx))
    m.atts.append(A.Att("%s %s.vcf" % (p.given, p.surname), rng.choice(["text/vcard", "text/x-vcard"]), data, "utf-8"))
    m.subject = rng.choice([T(lang, "Changement d'adresse", "Address change"), T(lang, "Coordonnées à jour", "Updated contact info")])
    return m


# ---------------------------------------------------------------------------
def p_zip(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.5)
    m = ctx.msg(lang, "records_zip", T(lang, "archive ZIP de documents cliniques pour transfert", "ZIP of clinical documents for transfer"))
    m.sender = addr(rng.choice(["gosselin", "dufresne"]), lang)
    m.to = [("Archives médicales", "archives@" + D)] if rng.random() < 0.5 else [addr("vachon", lang)]
    dx = m.dx(_dxname(ctx, p, lang))
    m.ascii_only = True
    members = []
    b1 = [T(lang, "Patient : ", "Patient: ") + m.name(p, "last_first_caps"), T(lang, "DDN : ", "DOB: ") + m.dob(p, "iso"),
          T(lang, "Diagnostic : ", "Diagnosis: ") + dx, m.lab(_test(ctx, p, lang))]
    if p.nam:
        b1.insert(2, "NAM : " + m.nam(p, "plain"))
    members.append(("consultation.pdf", A.pdf_bytes(T(lang, "Note de consultation", "Consultation note"), b1, header=[ORG["hospital"]])))
    b2 = [m.name(p, "full"), m.med(_med(ctx, p, lang))]
    members.append((T(lang, "ordonnances.pdf", "prescriptions.pdf"), A.pdf_bytes("Rx", b2)))
    m.ascii_only = False
    if rng.random() < 0.5:
        members.append(("notes.txt", ("%s\n%s\n" % (m.name(p, "caps_nocomma"), m.dx(_sym(ctx, p, lang, 2)))).encode("utf-8")))
    zipname = rng.choice(["Dossier_%s_%s.zip" % (strip_accents(p.surname), strip_accents(p.given)), "transfert_ortho.zip",
                          "dossier %s.zip" % p.surname])
    if p.surname in zipname:
        m.name(p, "surname")
    m.atts.append(A.Att(zipname, "application/zip", A.zip_bytes(members)))
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Voici les documents demandés pour le transfert (archive jointe).",
                                                "Here are the requested documents for the transfer (archive attached)."),
                        T(lang, "Mot de passe envoyé séparément.", "Password sent separately.") if rng.random() < 0.3 else "",
                        "", thanks(lang, rng)])
    m.subject = rng.choice([T(lang, "Documents pour transfert", "Documents for transfer"), T(lang, "Envoi dossier", "Chart copy"),
                            T(lang, "Demande d'accès - copie du dossier", "Records request - chart copy")])
    return m


# ---------------------------------------------------------------------------
def p_attached_eml(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult"], 0.5)
    m = ctx.msg(lang, "attached_eml", T(lang, "message clinique joint en pièce jointe .eml", "clinical message attached as .eml"))
    a = rng.choice(["lacasse", "mcleish", "ferron"])
    b = rng.choice(["carrier", "raman", "benali"])
    m.sender = addr(a, lang)
    m.to = [addr(b, lang)]
    inner = ctx.msg(lang, "inner", "")
    inner.sender = (p.given + " " + p.surname, _personal_email(p, rng))
    m.name(p, "full")
    inner.to = [m.sender]
    ctx.case(p, "conc")
    sym = m.dx(_sym(ctx, p, lang, 2))
    if lang == "fr":
        inner.subject = rng.choice(["Suivi", "Question", "mes symptômes"])
        inner.text = "\n".join(["Bonjour Docteur,", "",
                                "Depuis notre dernier rendez-vous j'ai encore %s." % sym,
                                "Je prends %s comme prescrit mais je dors mal." % m.med(_med(ctx, p, lang)),
                                rng.choice(["Je n'arrive plus à travailler plus de 2 heures.", "Mon employeur demande un billet.",
                                            "Je pense que ça affecte mon moral."]),
                                "", "Merci,", "%s %s" % (p.given, p.surname)])
        m.text = "\n".join([greet(lang, rng, first(b)), "", "Je te transfère le message reçu de ce patient (en pièce jointe). " +
                            rng.choice(["Peux-tu le/la voir en priorité?", "Ton avis?", "À discuter en réunion d'équipe."]), "", first(a)])
        m.subject = rng.choice(["TR: Suivi", "Message patient", "Pour avis"])
    else:
        inner.subject = rng.choice(["Follow-up", "Question", "my symptoms"])
        inner.text = "\n".join(["Hello Doctor,", "",
                                "Since our last appointment I still have %s." % sym,
                                "I'm taking %s as prescribed but I sleep badly." % m.med(_med(ctx, p, lang)),
                                rng.choice(["I can't work more than 2 hours at a time.", "My employer is asking for a note.",
                                            "I think it's getting to my mood."]),
                                "", "Thanks,", "%s %s" % (p.given, p.surname)])
        m.text = "\n".join([greet(lang, rng, first(b)), "", "Forwarding this patient's message (attached). " +
                            rng.choice(["Could you see them first?", "Your thoughts?", "Let's discuss at team meeting."]), "", first(a)])
        m.subject = rng.choice(["FW: Follow-up", "Patient message", "For your opinion"])
    key = "inner-%s-%s" % (ctx.seed, hashlib.sha1(inner.text.encode()).hexdigest()[:12])
    idt = earlier(ctx)
    from email.utils import format_datetime
    import datetime as _dt
    tz = _dt.timezone(_dt.timedelta(hours=-4 if 3 <= idt.month <= 10 else -5))
    inner_bytes = render_message(inner, key, idt.replace(tzinfo=tz), "<%s@%s>" % (key, inner.sender[1].split("@")[1]))
    fn = rng.choice(["%s.eml" % inner.subject, "message.eml", "Message de %s.eml" % p.given])
    m.atts.append(A.Att(fn, "message/rfc822", inner_bytes))
    m.text = m.text.replace("le/la", "la" if p.sex == "F" else "le")
    return m


# ---------------------------------------------------------------------------
def p_subject_only(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.3)
    m = ctx.msg(lang, "subject_name", T(lang, "nom du patient seulement dans l'objet", "patient name only in the subject"))
    a, b = rng.sample(["lacasse", "mcleish", "vachon", "coutu", "ferron"], 2)
    m.sender = addr(a, lang)
    m.to = [addr(b, lang)]
    m.subject = rng.choice(["%s, %s" % (p.surname.upper(), p.given), "%s %s - suivi" % (p.given, p.surname),
                            "Re: %s" % m.name(p, "title_full"), T(lang, "Dossier %s %s." % (p.surname, p.given[0]),
                                                                   "Chart %s %s." % (p.surname, p.given[0]))])
    m.name(p, "full")  # registers the name shown in the Subject
    dx = m.dx(_dxname(ctx, p, lang))
    res = m.lab(_test(ctx, p, lang))
    if lang == "fr":
        body = ["%s," % first(b), "", "Résultat : %s." % res, "Impression : %s." % dx,
                rng.choice(["On planifie la chirurgie?", "Je propose de poursuivre la réadaptation 6 semaines.",
                            "Peux-tu l'ajouter à ta liste de jeudi?"]), "", first(a)]
    else:
        body = ["%s," % first(b), "", "Result: %s." % res, "Impression: %s." % dx,
                rng.choice(["Do we book surgery?", "I suggest 6 more weeks of rehab.", "Can you add this to Thursday's list?"]),
                "", first(a)]
    m.text = "\n".join(body)
    return m


# ---------------------------------------------------------------------------
def p_filename_only(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult", "senior"], 0.3)
    m = ctx.msg(lang, "filename_name", T(lang, "nom du patient seulement dans le nom du fichier joint", "patient name only in attachment file name"))
    m.sender = addr(rng.choice(["sirois", "trudel", "gosselin"]), lang)
    m.to = [addr(rng.choice(["vachon", "lacasse", "mcleish"]), lang)]
    img = m.lab(ctx.case(p, "img").img(lang))
    m.ascii_only = True
    data = A.pdf_bytes(T(lang, "Rapport d'imagerie", "Imaging report"),
                       [T(lang, "Examen : ", "Exam: ") + img.split(":")[0], T(lang, "Conclusion : ", "Conclusion: ") + img,
                        T(lang, "Radiologiste : ", "Radiologist: ") + staff_name("trudel", lang)], header=[ORG["hospital"]])
    m.ascii_only = False
    fn = rng.choice(["IRM_%s_%s.pdf" % (p.surname, p.given), "%s, %s - rapport.pdf" % (p.surname.upper(), p.given),
                     "Rapport %s %s %s.pdf" % (p.given, p.surname, ctx.day.isoformat())])
    m.name(p, "full")
    m.atts.append(A.Att(fn, "application/pdf", data))
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Voici le rapport signé (pièce jointe). Conclusion principale : %s." % img,
                          "Signed report attached. Main finding: %s." % img),
                        "", thanks(lang, rng), m.sender[0]])
    m.subject = rng.choice([T(lang, "Rapport signé", "Signed report"), T(lang, "Rapport d'imagerie", "Imaging report"), "Rapport / report"])
    return m


# ---------------------------------------------------------------------------
def p_ontario(ctx, lang):
    rng = ctx.rng
    p = ctx.athlete(16, 20, 0.0)
    ctx.case(p, None, "teen")
    m = ctx.msg(lang, "out_of_province", T(lang, "patient ontarien - facturation hors province", "Ontario patient - out-of-province billing"))
    sk = rng.choice(["gosselin", "bedard"])
    m.sender = addr(sk, lang)
    m.to = [(EXTERNAL["ottawa"][0], "health.records@" + EXTERNAL["ottawa"][1])] if rng.random() < 0.5 else [addr("lacasse", lang)]
    nm = m.name(p, rng.choice(["full", "last_first_caps", "title_full"]))
    hn = m.ohip(p)
    dx = m.dx(_dxname(ctx, p, lang))
    if lang == "fr":
        lines = ["Bonjour,", "",
                 "%s des Harfangs résidant en Ontario, vu%s à la clinique le %s." % ("Joueur" if p.sex == "M" else "Joueuse", m.pronoun(p, "adj_e"), fmt_date(ctx.past(1, 10), lang)),
                 "Nom : %s" % nm, "Carte santé Ontario : %s" % hn, "DDN : %s" % m.dob(p),
                 "Diagnostic : %s" % dx, "",
                 "Pouvez-vous confirmer la couverture pour la facturation hors province et nous transmettre le dernier rapport d'imagerie?",
                 "", thanks(lang, rng), signature(sk, lang, rng)]
    else:
        lines = ["Hello,", "",
                 "Harfangs player living in Ontario, seen at our clinic on %s." % fmt_date(ctx.past(1, 10), lang),
                 "Name: %s" % nm, "Ontario health card: %s" % hn, "DOB: %s" % m.dob(p),
                 "Diagnosis: %s" % dx, "",
                 "Could you confirm coverage for out-of-province billing and send us the latest imaging report?",
                 "", thanks(lang, rng), signature(sk, lang, rng)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Facturation hors province - Ontario", "Out-of-province billing - Ontario"),
                            T(lang, "Patient ontarien", "Ontario patient"), "OHIP / RAMQ"])
    return m


# ---------------------------------------------------------------------------
def p_belgian(ctx, lang):
    rng = ctx.rng
    p = ctx.athlete(19, 24, 0.0, origin="be")
    ctx.case(p, rng.choice(["conc", "msk"]), "teen")
    m = ctx.msg(lang, "exchange_student", T(lang, "étudiante belge en échange - remboursement", "Belgian exchange student - reimbursement"))
    sk = rng.choice(["gosselin", "lacasse"])
    m.sender = addr(sk, lang)
    m.to = [("Service international", "international@" + EXTERNAL["univ"][1])]
    m.cc = [("Mutualité Alliance (fictive)", "soins.etranger@alliance-mutualite.example")]
    nm = m.name(p, rng.choice(["full", "caps_nocomma", "title_full"]))
    niss = m.niss(p)
    dx = m.dx(_dxname(ctx, p, lang))
    if lang == "fr":
        lines = ["Bonjour,", "", "Pour le dossier de remboursement de %s, étudiant%s en échange (volleyball) :" % (nm, m.pronoun(p, "adj_e")),
                 "Numéro national (NISS) : %s" % niss, "Date de naissance : %s" % m.dob(p, "long"),
                 "Diagnostic : %s" % dx, "Soins reçus : 3 consultations, %s" % m.med(_med(ctx, p, lang)),
                 "", "La facture détaillée suivra par la poste.", "", signature(sk, lang, rng)]
    else:
        lines = ["Hello,", "", "For the reimbursement file of %s, exchange student (volleyball):" % nm,
                 "Belgian national number (NISS): %s" % niss, "Date of birth: %s" % m.dob(p, "long"),
                 "Diagnosis: %s" % dx, "Care received: 3 visits, %s" % m.med(_med(ctx, p, lang)),
                 "", "Itemised invoice to follow by mail.", "", signature(sk, lang, rng)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Remboursement soins - étudiant en échange", "Reimbursement - exchange student"), "Dossier NISS"])
    return m


# ---------------------------------------------------------------------------
def p_french(ctx, lang):
    rng = ctx.rng
    p = ctx.athlete(16, 24, 0.0, origin="fr")
    ctx.case(p, rng.choice(["conc", "msk"]), "teen")
    m = ctx.msg(lang, "french_player", T(lang, "joueur français - formulaire de soins à l'étranger", "French player - care abroad form"))
    sk = rng.choice(["gosselin", "mcleish"])
    m.sender = addr(sk, lang)
    m.to = [(p.given + " " + p.surname, _personal_email(p, rng))]
    nm = m.name(p, rng.choice(["full", "title_full"]))
    nir = m.nir(p)
    dx = m.dx(_dxname(ctx, p, lang))
    if lang == "fr":
        lines = ["Bonjour %s," % p.given, "",
                 "Comme demandé, voici les renseignements pour votre caisse d'assurance maladie en France :",
                 "Assuré : %s" % nm, "N° de sécurité sociale : %s" % nir, "Diagnostic : %s" % dx,
                 "Consultations : %s et %s" % (fmt_date(ctx.past(10, 30), lang), fmt_date(ctx.past(1, 9), lang)),
                 "", "Le formulaire signé est joint.", "", signature(sk, lang, rng)]
    else:
        lines = ["Hi %s," % p.given, "", "As requested, here is the information for your health insurance fund in France:",
                 "Insured: %s" % nm, "French social security no.: %s" % nir, "Diagnosis: %s" % dx,
                 "Visits: %s and %s" % (fmt_date(ctx.past(10, 30), lang), fmt_date(ctx.past(1, 9), lang)),
                 "", "Signed form attached.", "", signature(sk, lang, rng)]
    m.text = "\n".join(lines)
    blocks = [T(lang, "Nom : ", "Name: ") + m.name(p, "caps_nocomma"), "NIR : " + m.nir(p, "official"),
              T(lang, "Né(e) le : ", "Born: ") + m.dob(p, "slash"), T(lang, "Nature des soins : ", "Care: ") + dx]
    data = A.docx_bytes(T(lang, "Attestation de soins reçus à l'étranger", "Statement of care received abroad"), blocks)
    m.atts.append(A.Att(rng.choice(["attestation_soins.docx", "Attestation %s.docx" % p.surname]),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    m.subject = rng.choice([T(lang, "Attestation pour la Sécurité sociale", "Form for French social security"), "Attestation de soins"])
    return m


# ---------------------------------------------------------------------------
def p_social(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["child", "teen", "adult"], 0.5)
    m = ctx.msg(lang, "social_work", T(lang, "note de la travailleuse sociale sur la situation d'un patient", "social worker note on a patient's situation"))
    m.sender = addr("carrier", lang)
    m.to = [addr(rng.choice(["lacasse", "desrosiers", "mcleish"]), lang)]
    if rng.random() < 0.4:
        m.cc = [("Intervenante CLSC", "intervention.vv@" + D)]
    nm = m.name(p, rng.choice(["full", "title_full", "last_first_caps", "initial_last"]))
    soc = m.social(social_for(rng, ctx.group(p), lang))
    dx = m.dx(_dxname(ctx, p, lang))
    if lang == "fr":
        lines = [greet(lang, rng), "",
                 "Suite à ma rencontre avec %s (suivi%s pour %s) :" % (nm, m.pronoun(p, "adj_e"), dx),
                 "- " + soc,
                 "- " + rng.choice(["rendez-vous manqués à cause du transport", "inquiétude sur l'observance de la médication"] +
                                   (["aucun adulte disponible pour la surveillance à la maison"] if ctx.group(p) in ("child", "teen") else [])),
                 "", "Je recommande " + rng.choice(["de maintenir le suivi aux 2 semaines", "une rencontre d'équipe",
                                                     "d'éviter les appels au domicile sans passer par moi"]) + ".",
                 "", signature("carrier", lang, rng)]
    else:
        lines = [greet(lang, rng), "",
                 "Following my meeting with %s (followed for %s):" % (nm, dx), "- " + soc,
                 "- " + rng.choice(["missed appointments because of transport", "concerns about medication adherence"] +
                                   (["no adult available for supervision at home"] if ctx.group(p) in ("child", "teen") else [])),
                 "", "I recommend " + rng.choice(["keeping follow-ups every 2 weeks", "a team meeting",
                                                  "not calling the home without checking with me first"]) + ".",
                 "", signature("carrier", lang, rng)]
    if rng.random() < 0.4:
        lines.insert(3, (T(lang, "Dossier : ", "Chart: ") + m.mrn(p)) if not p.nam else ("NAM : " + m.nam(p)))
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Situation psychosociale - confidentiel", "Psychosocial situation - confidential"),
                            T(lang, "Suivi social", "Social work follow-up"), T(lang, "Pour info - %s" % p.surname, "FYI - %s" % p.surname)])
    return m


# ---------------------------------------------------------------------------
def p_neuropsych(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult"], 0.5)
    m = ctx.msg(lang, "neuropsych", T(lang, "résultats d'évaluation neuropsychologique", "neuropsychological assessment results"))
    m.sender = addr("raman", lang)
    m.to = [addr(rng.choice(["lacasse", "mcleish", "nguyen"]), lang)]
    nm = m.name(p, rng.choice(["full", "title_full", "last_first"]))
    res = m.lab(L(rng.choice([T_IMPACT, T_PCSS]), lang))
    dx = m.dx(_dxname(ctx, p, lang, "conc"))
    if lang == "fr":
        body = [greet(lang, rng), "",
                "Évaluation de %s complétée (%s)." % (nm, dx),
                "Résultats principaux : %s; vitesse de traitement au 9e rang centile, mémoire de travail dans la moyenne faible." % res,
                "Éléments anxieux significatifs (GAD-7 = 14)." if rng.random() < 0.5 else "Pas d'élément dépressif significatif.",
                "Recommandations : aménagements scolaires/professionnels 6 semaines, réévaluation en septembre.", "",
                "Le rapport complet sera déposé au dossier.", "", signature("raman", lang, rng)]
    else:
        body = [greet(lang, rng), "",
                "Assessment of %s completed (%s)." % (nm, dx),
                "Key results: %s; processing speed 9th percentile, working memory low average." % res,
                "Significant anxiety features (GAD-7 = 14)." if rng.random() < 0.5 else "No significant depressive features.",
                "Recommendations: school/work accommodations for 6 weeks, reassess in September.", "",
                "Full report will be filed in the chart.", "", signature("raman", lang, rng)]
    m.text = "\n".join(body)
    m.subject = rng.choice([T(lang, "Évaluation neuropsy - résultats", "Neuropsych assessment - results"), "Neuropsy",
                            T(lang, "Résultats évaluation %s" % p.surname, "Assessment results %s" % p.surname)])
    return m


# ---------------------------------------------------------------------------
def p_waitlist(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "waitlist", T(lang, "liste d'attente en chiffrier", "waiting list spreadsheet"))
    m.sender = addr("dufresne", lang)
    m.to = [addr("lanctot", lang)]
    m.cc = [addr("lacasse", lang)]
    head = [T(lang, "Nom", "Surname"), T(lang, "Prénom", "Given name"), T(lang, "DDN", "DOB"), "NAM",
            T(lang, "Motif", "Reason"), T(lang, "Priorité", "Priority"), T(lang, "Référé le", "Referred")]
    rows = [head]
    for i in range(rng.randint(6, 11)):
        p = ctx.patient(None, 0.7)
        m.name(p, "full")
        rows.append([p.surname.upper() if rng.random() < 0.5 else p.surname, p.given, m.dob(p, "iso"),
                     m.nam(p, "plain") if p.nam else "", m.dx(_dxname(ctx, p, lang)), rng.choice(["P1", "P2", "P2", "P3"]),
                     fmt_date(ctx.past(5, 90), lang, "iso")])
    m.atts.append(A.Att(rng.choice(["liste_attente_%s.xlsx" % ctx.day.strftime("%Y-%m"), "Waitlist.xlsx", "LA CMSCC.xlsx"]),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.xlsx_bytes([(T(lang, "Attente", "Waitlist"), rows)])))
    m.text = "\n".join([greet(lang, rng, first("lanctot")), "",
                        T(lang, "Liste d'attente à jour en pièce jointe. %d personnes en P1/P2, délai moyen 24 jours." % (len(rows) - 1),
                          "Updated waitlist attached. %d people in P1/P2, average wait 24 days." % (len(rows) - 1)),
                        "", first("dufresne")])
    m.subject = rng.choice([T(lang, "Liste d'attente - mise à jour", "Waitlist update"), "LA CMSCC"])
    return m


# ---------------------------------------------------------------------------
def p_refill(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["adult", "senior", "teen"], 0.5)
    m = ctx.msg(lang, "refill", T(lang, "demande de renouvellement laissée sur la boîte vocale", "refill request from voicemail"))
    sender = rng.choice(["arsenault", "bedard"])
    m.sender = addr(sender, lang)
    doc = rng.choice(["lacasse", "mcleish", "benali"])
    m.to = [addr(doc, lang)]
    nm = m.name(p, rng.choice(["title_full", "full", "last_first_caps"]))
    med = m.med(ctx.case(p).drug(lang))
    ph = EXTERNAL[rng.choice(["pharmacy", "pharmacy2"])][0]
    tel = m.phone(p)
    if lang == "fr":
        lines = ["Message boîte vocale de ce matin :", "",
                 "%s demande le renouvellement de %s, à envoyer à la %s." % (nm, med, ph),
                 "Rappel au %s si problème." % tel]
    else:
        lines = ["Voicemail from this morning:", "", "%s is asking for a refill of %s, to be sent to %s." % (nm, med, ph),
                 "Call back at %s if there is a problem." % tel]
    if p.nam and rng.random() < 0.6:
        lines.append("NAM : %s / DDN %s" % (m.nam(p), m.dob(p)))
    lines += ["", first(sender)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Renouvellement", "Refill"), T(lang, "Boîte vocale - renouvellement", "Voicemail - refill"),
                            "Rx %s" % p.surname])
    m.prefer = "plain" if rng.random() < 0.6 else None
    return m


# ---------------------------------------------------------------------------
def p_rtp(ctx, lang):
    rng = ctx.rng
    p = ctx.athlete(9, 24, 0.5)
    ctx.case(p, "conc", "teen" if ctx.age(p) >= 12 else "child")
    m = ctx.msg(lang, "return_to_play", T(lang, "autorisation de retour au jeu transmise à l'entraîneur", "return-to-play clearance to coach"))
    doc = rng.choice(["lacasse", "mcleish"])
    m.sender = addr(doc, lang)
    club = EXTERNAL[rng.choice(["hockey", "soccer", "ski", "cegep"])]
    m.to = [(T(lang, "Entraîneur-chef", "Head coach"), "entraineur@" + club[1])]
    nm = m.name(p, rng.choice(["full", "caps_nocomma", "full"]))
    dx = m.dx(_dxname(ctx, p, lang, "conc"))
    stage = rng.randrange(3, 6)
    if lang == "fr":
        lines = [greet(lang, rng), "",
                 "%s, suivi%s à notre clinique pour une %s, a complété l'%s." % (nm, m.pronoun(p, "adj_e"), dx, RTP_STAGES_FR[stage - 1]),
                 rng.choice(["%s peut passer à l'étape suivante sous la supervision du thérapeute de l'équipe." % m.pronoun(p, "Subj"),
                             "Autorisation médicale donnée pour les contacts à partir du %s." % fmt_date(ctx.future(1, 6).date(), lang),
                             "Pas encore de contact : symptômes réapparus à l'effort intense."]),
                 "", signature(doc, lang, rng)]
    else:
        lines = [greet(lang, rng), "",
                 "%s, followed at our clinic for %s, has completed %s." % (nm, dx, RTP_STAGES_EN[stage - 1]),
                 rng.choice(["%s may move to the next stage under the team therapist's supervision." % m.pronoun(p, "Subj"),
                             "Medical clearance for contact as of %s." % fmt_date(ctx.future(1, 6).date(), lang),
                             "No contact yet: symptoms came back with high-intensity effort."]),
                 "", signature(doc, lang, rng)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Retour au jeu - %s" % p.surname, "Return to play - %s" % p.surname),
                            T(lang, "Autorisation médicale", "Medical clearance"), T(lang, "Protocole commotion - suivi", "Concussion protocol update")])
    if "commotion" in m.subject or "Concussion" in m.subject:
        m.add("diagnosis")
    return m


# ---------------------------------------------------------------------------
def p_ppe(ctx, lang):
    rng = ctx.rng
    p = ctx.athlete(17, 24, 0.5)
    m = ctx.msg(lang, "preparticipation", T(lang, "examen préparticipation avec ECG anormal", "pre-participation exam with abnormal ECG"))
    sk = rng.choice(["mcleish", "lacasse"])
    m.sender = addr(sk, lang)
    m.to = [("Cardiologie - triage", "triage.cardio@" + D)]
    nm = m.name(p, rng.choice(["full", "last_first_caps"]))
    ecg = m.lab(T(lang, "ECG de dépistage : onde T inversée V1-V4, voltage augmenté; QTc 452 ms",
                  "screening ECG: T-wave inversion V1-V4, increased voltage; QTc 452 ms"))
    ident = (" — NAM " + m.nam(p)) if p.nam else (" — " + T(lang, "dossier ", "chart ") + m.mrn(p))
    if lang == "fr":
        lines = ["Bonjour,", "", "Demande d'évaluation en cardiologie pour %s%s, DDN %s, athlète universitaire (examen préparticipation)." % (nm, ident, m.dob(p)),
                 ecg + ".", "Asymptomatique, histoire familiale de mort subite chez un oncle à 38 ans.",
                 "Retiré%s de la compétition en attendant l'échographie cardiaque." % m.pronoun(p, "adj_e"), "", signature(sk, lang, rng)]
    else:
        lines = ["Hello,", "", "Requesting cardiology assessment for %s%s, DOB %s, varsity athlete (pre-participation exam)." % (nm, ident, m.dob(p)),
                 ecg + ".", "Asymptomatic; family history of sudden death in an uncle at 38.",
                 "Held out of competition pending echocardiogram.", "", signature(sk, lang, rng)]
    m.add("diagnosis")
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Demande cardio - ECG anormal", "Cardiology request - abnormal ECG"), "ECG athlète / athlete ECG"])
    return m


# ---------------------------------------------------------------------------
def p_incident(ctx, lang):
    rng = ctx.rng
    p = ctx.athlete(15, 23, 0.4)
    m = ctx.msg(lang, "incident", T(lang, "rapport d'incident lors d'un match", "game incident report"))
    k = rng.choice(["champagne", "walsh"])
    m.sender = addr(k, lang)
    m.to = [INTAKE if lang == "fr" else INTAKE_EN]
    m.cc = [addr("mcleish", lang)]
    nm = m.name(p, rng.choice(["full", "last_first_caps", "caps_nocomma"]))
    ctx.case(p, "conc", "teen")
    sym = m.dx(_sym(ctx, p, lang, 2))
    scat = m.lab(L(rng.choice([T_SCAT_HI, T_SCAT_LO]), lang))
    if lang == "fr":
        lines = ["Bonjour,", "", "Rapport d'incident — match du %s" % fmt_date(ctx.past(0, 2), lang, "day"), "",
                 "Athlète : %s (#%d)" % (nm, rng.randrange(2, 98)),
                 "Mécanisme : %s" % rng.choice(["mise en échec à la tête, 2e période", "chute arrière, tête contre la glace",
                                                "coup de coude au visage lors d'un duel aérien"]),
                 "Symptômes au banc : %s" % sym, "Évaluation sur place : %s" % scat,
                 "Retiré du match, parents avisés. Rendez-vous souhaité à la clinique cette semaine.", "", signature(k, lang, rng)]
    else:
        lines = ["Hello,", "", "Incident report - game of %s" % fmt_date(ctx.past(0, 2), lang, "day"), "",
                 "Athlete: %s (#%d)" % (nm, rng.randrange(2, 98)),
                 "Mechanism: %s" % rng.choice(["hit to the head, 2nd period", "fell backwards, head hit the ice",
                                              "elbow to the face on a header"]),
                 "Symptoms on the bench: %s" % sym, "Sideline assessment: %s" % scat,
                 "Removed from play, parents informed. Would like a clinic appointment this week.", "", signature(k, lang, rng)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Rapport d'incident", "Incident report"), T(lang, "Commotion possible - match d'hier", "Possible concussion - last night's game")])
    if "ommotion" in m.subject or "oncussion" in m.subject:
        m.add("diagnosis")
    return m


# ---------------------------------------------------------------------------
def p_billing(ctx, lang):
    rng = ctx.rng
    p = ctx.holder(None) if rng.random() < 0.8 else ctx.invented()
    m = ctx.msg(lang, "billing_query", T(lang, "question de facturation d'un acte pour un patient", "billing query about a patient's procedure"))
    m.sender = addr("gosselin", lang)
    doc = rng.choice(["lacasse", "benali", "vachon"])
    m.to = [addr(doc, lang)]
    nm = m.name(p, rng.choice(["last_first_caps", "full", "caps_nocomma"]))
    proc = m.med(L(M_INJ, lang))
    code, site = rng.choice([(("M17.1 gonarthrose", "M17.1 knee osteoarthritis"), ("genou", "knee")),
                             (("M75.1 syndrome de la coiffe", "M75.1 rotator cuff syndrome"), ("épaule", "shoulder")),
                             (("M75.5 bursite de l'épaule", "M75.5 shoulder bursitis"), ("épaule", "shoulder")),
                             (("M70.5 bursite du genou", "M70.5 knee bursitis"), ("genou", "knee"))])
    dos = fmt_date(ctx.past(5, 40), lang, "iso")
    if lang == "fr":
        lines = [greet(lang, rng, first(doc).split()[0]), "",
                 "La RAMQ a refusé la demande de paiement suivante :",
                 "Patient : %s" % nm]
        lines.append(("NAM : %s" % m.nam(p)) if p.nam else ("Dossier : %s" % m.mrn(p)))
        lines += ["Date de service : %s" % dos, "Acte : %s (%s)" % (proc, site[0]),
                  "Code de diagnostic : %s" % m.dx(code[0]),
                  "Motif de refus : acte non compatible avec le lieu de dispensation.", "",
                  "Peux-tu confirmer si c'était fait en clinique externe? Je refacturerai.", "", first("gosselin")]
    else:
        lines = [greet(lang, rng, first(doc).split()[0]), "", "RAMQ rejected the following claim:", "Patient: %s" % nm]
        lines.append(("RAMQ no.: %s" % m.nam(p)) if p.nam else ("Chart: %s" % m.mrn(p)))
        lines += ["Date of service: %s" % dos, "Procedure: %s (%s)" % (proc, site[1]),
                  "Diagnosis code: %s" % m.dx(code[1]),
                  "Rejection reason: procedure not compatible with place of service.", "",
                  "Can you confirm it was done in the outpatient clinic? I'll resubmit.", "", first("gosselin")]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Refus RAMQ", "RAMQ rejection"), T(lang, "Facturation - refus", "Billing - rejected claim")])
    return m


BUILDERS = [
    (p_forward, 4), (p_reply_quoted, 6), (p_physio_report, 4), (p_team_update, 4), (p_vcard, 2), (p_zip, 3),
    (p_attached_eml, 3), (p_subject_only, 3), (p_filename_only, 3), (p_ontario, 3), (p_belgian, 2), (p_french, 2),
    (p_social, 5), (p_neuropsych, 3), (p_waitlist, 3), (p_refill, 3), (p_rtp, 3), (p_ppe, 2), (p_incident, 2),
    (p_billing, 3),
]
