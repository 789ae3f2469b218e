"""Positive scenarios, part C: out-of-province / foreign identifiers, SIN, ZIP, attached e-mail, HTML,
youth protection, identifier-only mail, wait list, recall letters, complaints, spectacle prescriptions."""
import datetime as dt

from gen_attach import make_csv, make_pdf, make_xlsx, make_zip
from gen_common import (gx, ANTIVEGF, GLAUCOMA_DX_EN, GLAUCOMA_DX_FR, LOWVISION_DX_EN, LOWVISION_DX_FR, RETINA_DX_FR,
                        d_lang, dob_str, dx_for, eye, fmt_niss, fmt_nir, fmt_ohn, fmt_sin, gen_niss, gen_nir, gen_ohn,
                        gen_sin, iop, nam_disguise, name_variant, strip_accents, title, va)
from gen_mime import Attachment, Mail, build, html_from_text, quote_block
from gen_pos_a import pick_patient
from gen_util import Types, bye, greet, hhmm, later, msg_dt, result, when, earlier, fwd_header


# --------------------------------------------------------------------------
# 19. Ontario patient (OHIP number)
# --------------------------------------------------------------------------

def ontario_patient(ctx, lang):
    t = Types()
    p = ctx.patient(25, 90)
    s = ctx.st(ctx.pick(["whitfield", "morneau"]))
    date = msg_dt(ctx)
    num, vc = gen_ohn(ctx)
    hn = fmt_ohn(ctx, num, vc)
    dx = dx_for(ctx, p, lang)
    t.add("ca_health_number", "patient_name", "diagnosis")
    if lang == "fr":
        subj = ctx.pick(["Patient(e) de l'Ontario — facturation", "Référence Ottawa — %s" % p.surname, "Carte santé Ontario"])
        lines = [greet(ctx, lang), "",
                 gx(p, "Nous avons vu en urgence %s, résident{e} d'Ottawa, pour %s.") % (name_variant(ctx, p, "fr", ("full", "title")), dx),
                 "Numéro de carte Santé Ontario : %s" % hn]
        if ctx.chance(0.6):
            lines.append("Date de naissance : %s" % dob_str(ctx, p, "fr"))
            t.add("date_of_birth")
        lines += ["", ctx.pick(["Pouvez-vous nous confirmer la procédure de facturation interprovinciale ?",
                                "Merci de transférer le suivi à la clinique d'ophtalmologie de l'Hôpital d'Ottawa.",
                                "Le rapport de consultation suivra par télécopieur."]), "", bye(ctx, lang), s.signature(ctx, lang)]
    else:
        subj = ctx.pick(["Ontario patient — follow-up transfer", "OHIP billing question", "Referral to Ottawa — %s" % p.surname])
        lines = [greet(ctx, lang), "",
                 "We saw %s, who lives in Ottawa, in our Gatineau clinic for %s." % (name_variant(ctx, p, "en", ("full", "title")), dx),
                 "Ontario Health Card: %s" % hn]
        if ctx.chance(0.6):
            lines.append("DOB: %s" % dob_str(ctx, p, "en"))
            t.add("date_of_birth")
        lines += ["", ctx.pick(["Please arrange follow-up at the Ottawa eye institute.", "Could you confirm reciprocal billing?",
                                "Consult note to follow by fax."]), "", bye(ctx, lang), s.signature(ctx, lang)]
    to = [("Ophthalmology intake", "intake@ottawa-eye.example")] if ctx.chance(0.5) else [("Facturation", "facturation@ophtaoutaouais.example")]
    mail = Mail(s.addr_hdr(), to, subj, "\n".join(lines), lang, date=date)
    return result("ontario_patient", mail, t, "Ontario health number of a patient seen in Gatineau")


# --------------------------------------------------------------------------
# 20. French visitor (NIR)
# --------------------------------------------------------------------------

def french_patient(ctx, lang):
    t = Types()
    p = ctx.patient(20, 80)
    s = ctx.st(ctx.pick(["gosselin", "rioux", "okafor"]))
    date = msg_dt(ctx)
    nir = gen_nir(ctx, p)
    t.add("fr_nir", "patient_name", "diagnosis", "date_of_birth")
    dx = ctx.pick(["décollement de rétine OG", "déchirure rétinienne OD traitée au laser", "kératite à Acanthamoeba OD",
                   "uvéite antérieure aiguë HLA-B27"])
    lines = [greet(ctx, lang), "",
             ("Nous avons pris en charge en urgence %s, touriste " + ("française" if p.sex == "F" else "français") + ", pour %s.") % (name_variant(ctx, p, "fr", ("full", "title", "upper")), dx),
             "Pour la demande de remboursement auprès de sa caisse (CPAM) :", "",
             "Nom : %s" % p.surname.upper(), "Prénom : %s" % p.given, "Date de naissance : %s" % d_lang(p.dob, "fr", 2),
             "N° de sécurité sociale : %s" % fmt_nir(ctx, nir),
             "Adresse en France : %d rue %s, %s" % (ctx.randint(1, 120), ctx.pick(["Victor-Hugo", "des Lilas", "de la République"]),
                                                   ctx.pick(["69003 Lyon", "33000 Bordeaux", "75011 Paris", "35000 Rennes"])), "",
             ctx.pick(["La facture détaillée est jointe au dossier.", gx(p, "{Elle} repart le %s, merci de faire vite.") % d_lang(later(ctx, date, 3, 10), "fr", 0)]),
             "", bye(ctx, lang), s.signature(ctx, lang)]
    t.add("patient_contact")
    subj = ctx.pick(["Patient(e) de France — remboursement", "Dossier assurance voyage %s" % p.surname, "Attestation de soins"])
    mail = Mail(s.addr_hdr(), [("Service de facturation", "facturation@hsl-sante.example")], subj, "\n".join(lines), "fr", date=date)
    return result("french_patient", mail, t, "French NIR of a visitor treated urgently")


# --------------------------------------------------------------------------
# 21. Belgian student (NISS)
# --------------------------------------------------------------------------

def belgian_patient(ctx, lang):
    t = Types()
    p = ctx.patient(18, 35)
    s = ctx.st(ctx.pick(["lortie", "rioux"]))
    date = msg_dt(ctx)
    niss = gen_niss(ctx, p)
    t.add("be_niss", "patient_name", "diagnosis")
    dx = ctx.pick(["kératocône évolutif OD", "ulcère cornéen sur lentilles", "cataracte congénitale opérée, suivi"])
    lines = [greet(ctx, lang), "",
             gx(p, "%s, étudiant{e} belge en échange à l'Université, a été vu{e} pour %s.") % (name_variant(ctx, p, "fr", ("full", "upper", "lastfirst")), dx),
             ctx.pick(["Un cross-linking cornéen est prévu le %s." % d_lang(later(ctx, date, 7, 40), "fr", 0),
                       "Traitement : moxifloxacine horaire, revu aux 48 h.", "Suivi annuel recommandé."]),
             "", "Numéro NISS (registre national) : %s" % fmt_niss(ctx, niss)]
    if ctx.chance(0.5):
        lines.append("Date de naissance : %s" % d_lang(p.dob, "fr", 2))
        t.add("date_of_birth")
    if "moxifloxacine" in lines[3]:
        t.add("medication")
    lines += ["", "Pouvez-vous transmettre à sa mutuelle pour la prise en charge ?", "", bye(ctx, lang), s.signature(ctx, lang)]
    subj = ctx.pick(["Étudiant(e) belge — prise en charge", "Mutuelle Belgique — dossier %s" % p.surname, "NISS pour facturation"])
    mail = Mail(s.addr_hdr(), [("Assurance étudiants", "international@univ-montreal-sante.example")], subj, "\n".join(lines), "fr", date=date)
    return result("belgian_patient", mail, t, "Belgian NISS of an exchange student")


# --------------------------------------------------------------------------
# 22. Disability / insurance form with SIN
# --------------------------------------------------------------------------

def sin_disability(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.4, 25, 64)
    tsoc = ctx.st("lheureux")
    doc = ctx.st(ctx.pick(["vachon", "beauchemin", "benali"]))
    date = msg_dt(ctx)
    sin = gen_sin(ctx)
    dx = ctx.pick(LOWVISION_DX_FR if lang == "fr" else LOWVISION_DX_EN)
    t.add("ca_sin", "patient_name", "diagnosis", "social_information")
    if lang == "fr":
        subj = ctx.pick(["Formulaire invalidité — %s" % p.surname, "Demande de rente d'invalidité", "Assurance salaire : rapport médical"])
        lines = [greet(ctx, lang, doc.name("fr")), "",
                 gx(p, "J'accompagne %s dans sa demande de rente d'invalidité (Retraite Québec) ; {elle} n'a plus de revenu depuis "
                 "son arrêt de travail et risque de perdre son logement.") % name_variant(ctx, p, "fr"),
                 "Pouvez-vous compléter la section médicale (diagnostic : %s) ?" % dx, "",
                 "NAS : %s" % fmt_sin(ctx, sin)]
        if hold and ctx.chance(0.6):
            lines.append("NAM : %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        if ctx.chance(0.5):
            lines.append("Date de naissance : %s" % dob_str(ctx, p, "fr"))
            t.add("date_of_birth")
        lines += ["", "Le formulaire papier est dans votre casier.", "", tsoc.signature(ctx, lang)]
    else:
        subj = ctx.pick(["Disability form — %s" % p.surname, "CPP-D / insurance medical report"])
        lines = [greet(ctx, lang, doc.name("en")), "",
                 "I am helping %s with a disability pension application; no income since stopping work and behind on rent." % name_variant(ctx, p, "en"),
                 "Could you complete the medical section (diagnosis: %s)?" % dx, "", "SIN: %s" % fmt_sin(ctx, sin)]
        if ctx.chance(0.5):
            lines.append("DOB: %s" % dob_str(ctx, p, "en"))
            t.add("date_of_birth")
        lines += ["", "Paper form is in your mailbox.", "", tsoc.signature(ctx, lang)]
    mail = Mail(tsoc.addr_hdr(), [doc.addr_hdr()], subj, "\n".join(lines), lang, date=date)
    return result("sin_disability", mail, t, "disability application with social insurance number")


# --------------------------------------------------------------------------
# 23. ZIP of OCT reports
# --------------------------------------------------------------------------

def zip_oct(ctx, lang):
    t = Types()
    tech = ctx.st(ctx.pick(["nadon", "kim"]))
    doc = ctx.st(ctx.pick(["vachon", "okafor", "benali"]))
    date = msg_dt(ctx)
    members = []
    index = []
    any_nam = False
    for i in range(ctx.randint(2, 5)):
        p, hold = pick_patient(ctx, 0.5, 45, 92)
        cst = ctx.randint(220, 560)
        e = eye(ctx, lang)
        lines = ["%s, %s" % (p.surname.upper(), p.given), ("DDN %s" if lang == "fr" else "DOB %s") % d_lang(p.dob, lang, 1),
                 "Eye: %s" % e, "Central subfield thickness: %d um" % cst,
                 ctx.pick(["Intraretinal fluid present", "Subretinal fluid", "Dry macula", "Epiretinal membrane"])]
        pdf = make_pdf("Spectralis OCT — Macula", lines, author="OCT export", compress=ctx.chance(0.6))
        fn = "%s_%s_%s.pdf" % (strip_accents(p.surname).replace(" ", ""), strip_accents(p.given)[0], date.strftime("%Y%m%d"))
        members.append((fn, pdf))
        nam = p.nam if hold and ctx.chance(0.7) else ""
        any_nam = any_nam or bool(nam)
        index.append([fn, p.surname, p.given, nam, e, cst])
    head = ["fichier", "nom", "prenom", "nam", "oeil", "cst_um"] if lang == "fr" else ["file", "last", "first", "ramq", "eye", "cst_um"]
    members.append(("index.csv", make_csv(head, index, sep=";").encode("utf-8")))
    t.add("patient_name", "date_of_birth", "lab_result", "diagnosis")
    if any_nam:
        t.add("ramq_nam")
    z = make_zip(members)
    if lang == "fr":
        subj = ctx.pick(["OCT de la clinique d'injections", "Export OCT %s" % d_lang(date, "fr", 1), "Rapports OCT (zip)"])
        body = "%s\n\nVoici les rapports OCT de ce matin, compressés (trop lourds sinon).\n\n%s" % (greet(ctx, lang, doc.name("fr")), tech.signature(ctx, lang))
        fn = ctx.pick(["OCT_%s.zip" % date.strftime("%Y%m%d"), "rapports_oct.zip"])
    else:
        subj = ctx.pick(["OCT reports (zip)", "OCT export %s" % d_lang(date, "en", 1)])
        body = "%s\n\nThis morning's OCT reports, zipped.\n\n%s" % (greet(ctx, lang, doc.name("en")), tech.signature(ctx, lang))
        fn = "OCT_%s.zip" % date.strftime("%Y%m%d")
    mail = Mail(tech.addr_hdr(), [doc.addr_hdr()], subj, body, lang,
                attachments=[Attachment(fn, ctx.pick(["application/zip", "application/x-zip-compressed"]), z)], date=date)
    return result("zip_oct", mail, t, "ZIP archive of OCT reports with an index CSV")


# --------------------------------------------------------------------------
# 24. Referral forwarded as an attached e-mail (message/rfc822)
# --------------------------------------------------------------------------

def attached_eml(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.55, 5, 92)
    gp = ctx.st(ctx.pick(["berube", "goulet", "drolet"]))
    clerk = ctx.st(ctx.pick(["gosselin", "rioux", "charest"]))
    doc = ctx.st(ctx.pick(["frechette", "benali", "vachon", "beauchemin"]))
    date = msg_dt(ctx)
    orig = date - dt.timedelta(days=ctx.randint(1, 9), hours=ctx.randint(0, 8))
    dx = dx_for(ctx, p, lang)
    t.add("patient_name", "diagnosis")
    if lang == "fr":
        inner_lines = [greet(ctx, lang), "", "Je vous réfère %s pour %s." % (name_variant(ctx, p, "fr", ("full", "title", "upper")), dx)]
        if ctx.chance(0.6):
            inner_lines.append("DDN : %s" % dob_str(ctx, p, "fr"))
            t.add("date_of_birth")
        if hold and ctx.chance(0.7):
            inner_lines.append("NAM : %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        inner_lines += [ctx.pick(["Les parents sont inquiets, l'enfant se frotte les yeux.", "Aggravation depuis 3 mois.",
                                  "Antécédents familiaux de glaucome.", "Céphalées et vision double le soir."]), "",
                        bye(ctx, lang), gp.signature(ctx, lang)]
        inner_subj = ctx.pick(["Référence ophtalmologie", "Demande de consultation", "Réf. %s" % p.surname])
        outer = "%s\n\nVoir la demande ci-jointe, peux-tu me dire dans quelle plage la mettre ?\n\n%s" % (greet(ctx, lang, doc.name("fr")), clerk.signature(ctx, lang, 0))
        subj = "TR: " + inner_subj
    else:
        inner_lines = [greet(ctx, lang), "", "Referring %s for %s." % (name_variant(ctx, p, "en", ("full", "title", "upper")), dx)]
        if ctx.chance(0.6):
            inner_lines.append("DOB: %s" % dob_str(ctx, p, "en"))
            t.add("date_of_birth")
        if hold and ctx.chance(0.7):
            inner_lines.append("RAMQ: %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        inner_lines += ["Worse over 3 months.", "", bye(ctx, lang), gp.signature(ctx, lang)]
        inner_subj = ctx.pick(["Ophthalmology referral", "Consult request"])
        outer = "%s\n\nSee the attached request; which slot should I use?\n\n%s" % (greet(ctx, lang, doc.name("en")), clerk.signature(ctx, lang, 0))
        subj = "Fwd: " + inner_subj
    inner = build(ctx, Mail(gp.addr_hdr(), [clerk.addr_hdr()], inner_subj, "\n".join(inner_lines), lang, date=orig), crlf=False)
    att = Attachment(ctx.pick(["%s.eml" % inner_subj, None, "message.eml"]), "message/rfc822", inner, eml=True)
    mail = Mail(clerk.addr_hdr(), [doc.addr_hdr()], subj, outer, lang, attachments=[att], date=date)
    return result("attached_eml", mail, t, "referral forwarded as an attached message")


# --------------------------------------------------------------------------
# 25. HTML-only appointment confirmation sent to the patient
# --------------------------------------------------------------------------

def html_confirmation(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.4, 25, 90)
    date = msg_dt(ctx)
    day = later(ctx, date, 3, 40)
    clinic = ctx.st(ctx.pick(["gosselin", "rioux", "morneau"]))
    t.add("patient_name", "patient_contact")
    what_fr, what_en, dflag = ctx.pick([("Clinique de glaucome — champ visuel et examen", "Glaucoma clinic — visual field and exam", True),
                                        ("Injection intravitréenne (œil gauche)", "Intravitreal injection (left eye)", True),
                                        ("Suivi post-opératoire de cataracte", "Post-op cataract follow-up", True),
                                        ("Dépistage de la rétinopathie diabétique", "Diabetic retinopathy screening", True)])
    t.add("diagnosis")
    pmail = ctx.patient_email(p)
    if lang == "fr":
        txt = ["%s %s," % ("Madame" if p.sex == "F" else "Monsieur", p.full), "",
               "Nous vous confirmons votre rendez-vous :", "",
               "%s" % what_fr, "%s à %s" % (when(day, "fr"), hhmm(ctx, "fr")), "Hôpital Sainte-Lucie, 2e étage, porte B", "",
               ctx.pick(["Apportez vos gouttes (ex. : Xalatan) et vos lunettes.", "Prévoyez un accompagnateur : vos pupilles seront dilatées.",
                         "Ne mettez pas de maquillage le jour de l'injection."]),
               "Pour annuler, répondez à ce courriel ou composez le 450-555-0110.", "", "Clinique d'ophtalmologie"]
        subj = ctx.pick(["Confirmation de rendez-vous", "Votre rendez-vous du %s" % d_lang(day, "fr", 0), "Rappel : rendez-vous en ophtalmologie"])
    else:
        txt = ["Dear %s %s," % ("Mrs." if p.sex == "F" else "Mr.", p.full), "", "This confirms your appointment:", "",
               what_en, "%s at %s" % (when(day, "en"), hhmm(ctx, "en")), "Sainte-Lucie Hospital, 2nd floor, door B", "",
               ctx.pick(["Please bring your eye drops and glasses.", "Bring someone to drive you: your pupils will be dilated."]),
               "To cancel, reply to this e-mail or call 450-555-0110.", "", "Eye Clinic"]
        subj = ctx.pick(["Appointment confirmation", "Your appointment on %s" % d_lang(day, "en", 0)])
    if "Xalatan" in "\n".join(txt):
        t.add("medication")
    if ctx.chance(0.35):
        txt.insert(3, ("Dossier : %s" if lang == "fr" else "Chart: %s") % ctx.mrn())
        t.add("mrn")
    html = html_from_text(ctx, "\n".join(txt), style=ctx.pick([0, 2]))
    mail = Mail(("Clinique d'ophtalmologie" if lang == "fr" else "Eye Clinic", "rendezvous@hsl-sante.example"),
                [(p.full, pmail)], subj, "\n".join(txt), lang, html_body=html, mode="html", date=date,
                reply_to=clinic.addr_hdr() if ctx.chance(0.3) else None)
    return result("html_confirmation", mail, t, "HTML-only appointment confirmation e-mailed to the patient")


# --------------------------------------------------------------------------
# 26. Youth protection (DPJ) report
# --------------------------------------------------------------------------

def dpj_child(ctx, lang):
    t = Types()
    if ctx.chance(0.5):
        p, hold = ctx.holder(0, 10), True
    else:
        p, hold = ctx.patient(0, 3), False
        p.dob = dt.date(2024 - ctx.randint(0, 2), ctx.randint(1, 12), ctx.randint(1, 28))
    doc = ctx.st("frechette")
    ts = ctx.st("lheureux")
    date = msg_dt(ctx)
    t.add("patient_name", "date_of_birth", "diagnosis", "social_information")
    nm = name_variant(ctx, p, "fr", ("full", "upper", "lastfirst"))
    ne = "née" if p.sex == "F" else "né"
    if not hold:
        lines = [greet(ctx, lang, ts.given), "",
                 "Suite à l'examen du fond d'œil sous dilatation de %s (%s le %s), je confirme des hémorragies rétiniennes "
                 "multicouches bilatérales jusqu'en périphérie, compatibles avec un traumatisme crânien non accidentel." % (
                     nm, ne, d_lang(p.dob, "fr", 0)),
                 "", ctx.pick(["Un signalement à la DPJ a été fait ce matin par l'équipe de pédiatrie.",
                               "Merci de faire le signalement à la DPJ ; la mère dit que l'enfant est tombé du divan.",
                               "La DPJ (intervenante Mme Lajoie) demande une copie du rapport."]),
                 ctx.pick(["Les photos RetCam sont au dossier.", "Je reverrai l'enfant dans 1 semaine.", ""])]
    elif ctx.chance(0.5):
        lines = [greet(ctx, lang, ts.given), "",
                 gx(p, "%s (%s le %s) a été vu{e} à l'urgence pour un hyphéma traumatique OD avec ecchymoses périorbitaires "
                 "bilatérales d'âges différents. La version du beau-père est incohérente avec les lésions." % (nm, ne, d_lang(p.dob, "fr", 2))),
                 "", gx(p, "J'ai fait un signalement à la DPJ ; l'enfant reste hospitalisé{e} en pédiatrie ce soir."), ""]
    else:
        lines = [greet(ctx, lang, ts.given), "",
                 gx(p, "%s (%s le %s) est suivi{e} pour une amblyopie sévère OG. Les lunettes ne sont jamais portées, l'occlusion "
                 "n'est pas faite et 5 rendez-vous ont été manqués depuis un an." % (nm, ne, d_lang(p.dob, "fr", 1))),
                 "", "La famille vit dans un refuge depuis l'automne selon l'école. Je pense qu'un signalement pour négligence "
                 "est justifié ; peux-tu m'aider à le rédiger ?", ""]
    if hold and ctx.chance(0.6):
        lines.insert(3, "NAM : %s" % nam_disguise(ctx, p.nam))
        t.add("ramq_nam")
    lines += ["", doc.signature(ctx, "fr")]
    subj = ctx.pick(["Signalement DPJ — examen ophtalmo", "Confidentiel : hémorragies rétiniennes", "Consult pédiatrie — %s" % p.surname])
    mail = Mail(doc.addr_hdr(), [ts.addr_hdr()], subj, "\n".join(lines), "fr", date=date, importance="high")
    return result("dpj_child", mail, t, "youth protection report for an infant with retinal haemorrhages")


# --------------------------------------------------------------------------
# 27. NAM only (disguised) + condition, no name
# --------------------------------------------------------------------------

def nam_only_disguised(ctx, lang):
    t = Types()
    p = ctx.holder(45, 95)
    s = ctx.st(ctx.pick(["gosselin", "rioux", "charest"]))
    date = msg_dt(ctx)
    nam = nam_disguise(ctx, p.nam, ctx.pick([1, 2, 3, 4, 5, 6, 6]))
    t.add("ramq_nam", "diagnosis")
    if lang == "fr":
        body = ctx.pick([
            "Pouvez-vous vérifier l'admissibilité RAMQ pour le NAM %s ? Chirurgie de cataracte OG prévue le %s, la carte semble expirée.",
            "Le NAM %s revient en erreur dans le système pour l'injection d'aflibercept de demain. Merci de vérifier.",
            "Réclamation refusée pour le NAM %s (photocoagulation laser, rétinopathie diabétique). Code d'erreur 127.",
        ])
        if "%s ?" in body and "cataracte" in body:
            body = body % (nam, d_lang(later(ctx, date, 3, 20), "fr", 0))
        else:
            body = body % nam
        if "aflibercept" in body:
            t.add("medication")
        subj = ctx.pick(["Vérification NAM", "Admissibilité RAMQ", "Erreur facturation", "Question carte"])
        if ctx.chance(0.4):
            body += "\nDate de naissance au dossier : %s." % d_lang(p.dob, "fr", 1)
            t.add("date_of_birth")
    else:
        body = ctx.pick(["Can you check RAMQ eligibility for %s? Cataract surgery OS booked, card may be expired.",
                         "Claim rejected for health card %s (laser photocoagulation, diabetic retinopathy)."]) % nam
        subj = ctx.pick(["RAMQ check", "Billing error"])
    text = "%s\n\n%s\n\n%s" % (greet(ctx, lang), body, s.signature(ctx, lang, ctx.pick([0, 1])))
    mail = Mail(s.addr_hdr(), [("Facturation" if lang == "fr" else "Billing", "facturation@hsl-sante.example")], subj, text, lang, date=date)
    return result("nam_only_disguised", mail, t, "disguised health-insurance number with procedure, no name")


# --------------------------------------------------------------------------
# 28. Chart number only
# --------------------------------------------------------------------------

def mrn_only(ctx, lang):
    t = Types()
    doc = ctx.st(ctx.pick(["benali", "vachon", "hamelin", "raman"]))
    r = ctx.st(ctx.pick(["dionne", "charest", "gosselin"]))
    date = msg_dt(ctx)
    mrn = ctx.mrn()
    t.add("mrn", "diagnosis", "lab_result")
    if lang == "fr":
        body = ctx.pick([
            "Dossier %s : PIO %d OD malgré trois gouttes (latanoprost, Cosopt, brimonidine). Il faut céduler une trabéculectomie d'ici 2 semaines.",
            "Dossier %s : OCT ce matin, épaisseur centrale %d µm, récidive d'œdème maculaire. Avancer l'IVT à la semaine prochaine.",
        ])
        body = body % (mrn, iop(ctx) + 14 if "PIO" in body else ctx.randint(380, 600))
        subj = ctx.pick(["À céduler", "Dossier %s" % mrn, "Priorité"])
    else:
        body = ctx.pick(["Chart %s: IOP %d OD on three drops (latanoprost, Cosopt, brimonidine). Needs trabeculectomy within 2 weeks.",
                         "Chart %s: OCT today CST %d um, recurrent macular edema. Move the injection up to next week."])
        body = body % (mrn, iop(ctx) + 14 if "IOP" in body else ctx.randint(380, 600))
        subj = ctx.pick(["To book", "Chart %s" % mrn])
    if "latanoprost" in body:
        t.add("medication")
    text = "%s\n\n%s\n\n%s" % (greet(ctx, lang, r.given), body, doc.signature(ctx, lang, ctx.pick([0, 3])))
    mail = Mail(doc.addr_hdr(), [r.addr_hdr()], subj, text, lang, date=date)
    return result("mrn_only", mail, t, "chart number with clinical details, no name")


# --------------------------------------------------------------------------
# 29. Cataract wait list (XLSX)
# --------------------------------------------------------------------------

def cataract_waitlist_xlsx(ctx, lang):
    t = Types()
    mgr = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    rows = []
    any_nam = False
    for i in range(ctx.randint(12, 22)):
        p, hold = pick_patient(ctx, 0.45, 55, 93)
        req = earlier(ctx, date, 30, 420)
        prio = ctx.pick(["P1", "P2", "P3", "P4"])
        nam = p.nam if hold else ""
        any_nam = any_nam or hold
        rows.append([p.surname, p.given, p.dob.strftime("%Y-%m-%d"), nam, ctx.pick(["OD", "OG"]), prio, req.strftime("%Y-%m-%d"),
                     (date.date() - req).days, ctx.pick(["", "", "Diabète", "Glaucome", "Monophtalme", "Anticoagulé"])])
    t.add("patient_name", "date_of_birth", "diagnosis")
    if any_nam:
        t.add("ramq_nam")
    head = ["Nom", "Prénom", "DDN", "NAM", "Œil", "Priorité", "Date demande", "Jours d'attente", "Comorbidité"]
    x = make_xlsx([("Liste d'attente", head, rows)], author=mgr.full)
    if lang == "fr":
        subj = ctx.pick(["Liste d'attente cataracte — mise à jour", "Patients hors délai > 365 jours", "Liste pour le mécanisme central"])
        body = "%s\n\nCi-joint la liste d'attente à jour. Les lignes > 180 jours doivent être offertes au centre privé affilié.\n\n%s" % (
            greet(ctx, lang), mgr.signature(ctx, lang))
        fn = ctx.pick(["liste_attente_cataracte_%s.xlsx" % date.strftime("%Y%m"), "Liste d'attente cataracte.xlsx"])
    else:
        subj = ctx.pick(["Cataract wait list update", "Patients waiting > 365 days"])
        body = "%s\n\nUpdated wait list attached; rows over 180 days to be offered to the affiliated private centre.\n\n%s" % (
            greet(ctx, lang), mgr.signature(ctx, lang))
        fn = "cataract_waitlist_%s.xlsx" % date.strftime("%Y%m")
    mail = Mail(mgr.addr_hdr(), [("Mécanisme d'accès", "acces.chirurgie@cisss-laval.example")], subj, body, lang,
                attachments=[Attachment(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)], date=date)
    return result("cataract_waitlist_xlsx", mail, t, "identified cataract wait list in XLSX")


# --------------------------------------------------------------------------
# 30. Recall letter e-mailed to the patient
# --------------------------------------------------------------------------

def recall_letter(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.45, 40, 90)
    s = ctx.st(ctx.pick(["rioux", "gosselin", "morneau"]))
    date = msg_dt(ctx)
    dx = ctx.pick(GLAUCOMA_DX_FR if lang == "fr" else GLAUCOMA_DX_EN)
    t.add("patient_name", "diagnosis")
    if lang == "fr":
        lines = ["%s %s," % ("Madame" if p.sex == "F" else "Monsieur", p.surname), "",
                 "Selon notre dossier, votre suivi pour %s est dû depuis %s. Il est important de ne pas interrompre votre "
                 "traitement." % (dx, ctx.pick(["mars", "l'automne dernier", "plus de six mois"])),
                 "Merci de nous appeler au %s pour fixer un rendez-vous." % s.tel]
        if ctx.chance(0.5):
            lines.append("Pour faciliter la recherche de votre dossier, indiquez votre date de naissance (%s) et le numéro %s." % (
                d_lang(p.dob, "fr", 1), ctx.mrn()))
            t.add("date_of_birth", "mrn")
        lines += ["", "Salutations,", s.signature(ctx, lang, 1)]
        subj = ctx.pick(["Rappel — suivi en ophtalmologie", "Votre suivi de glaucome", "Rendez-vous à reprendre"])
    else:
        lines = ["Dear %s %s," % ("Mrs." if p.sex == "F" else "Mr.", p.surname), "",
                 "Our records show your follow-up for %s is overdue. Please do not stop your treatment." % dx,
                 "Please call us at %s to book." % s.tel, "", "Regards,", s.signature(ctx, lang, 1)]
        subj = ctx.pick(["Reminder — eye clinic follow-up", "Your glaucoma follow-up"])
    t.add("patient_contact")
    mail = Mail(s.addr_hdr(), [(p.full, ctx.patient_email(p))], subj, "\n".join(lines), lang, date=date)
    return result("recall_letter", mail, t, "recall e-mail sent to the patient")


# --------------------------------------------------------------------------
# 31. Complaint forwarded to the complaints commissioner
# --------------------------------------------------------------------------

def complaint(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.45, 50, 92)
    mgr = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    orig = date - dt.timedelta(days=ctx.randint(1, 5))
    pm = ctx.patient_email(p)
    t.add("patient_name", "diagnosis", "patient_contact")
    if lang == "fr":
        body0 = ("Bonjour,\n\nMon injection pour la DMLA a encore été reportée. Ça fait 14 semaines au lieu de 8 et ma vision a baissé. "
                 "Je vis %s et je ne peux plus conduire, chaque déplacement me coûte 60 $ de taxi.\n\n%s\n%s" % ("seule" if p.sex == "F" else "seul", p.full, ctx.phone()))
        top = "%s\n\nPlainte reçue, je la transfère au Commissariat aux plaintes. J'ai demandé qu'on la replace cette semaine.\n\n%s\n" % (
            greet(ctx, lang), mgr.signature(ctx, lang))
        subj = "TR: Plainte — injection reportée"
        fw = fwd_header(ctx, "fr", (p.full, pm), orig, "info@hsl-sante.example", "Plainte")
    else:
        body0 = ("Hello,\n\nMy AMD injection was postponed again. It has been 14 weeks instead of 8 and my vision is worse. "
                 "I live alone and can't drive; every taxi costs me $60.\n\n%s\n%s" % (p.full, ctx.phone()))
        top = "%s\n\nForwarding this complaint to the Complaints Commissioner. I asked the clinic to rebook the patient this week.\n\n%s\n" % (
            greet(ctx, lang), mgr.signature(ctx, lang))
        subj = "Fwd: Complaint — injection postponed"
        fw = fwd_header(ctx, "en", (p.full, pm), orig, "info@hsl-sante.example", "Complaint")
    t.add("social_information")
    mail = Mail(mgr.addr_hdr(), [("Commissariat aux plaintes", "plaintes@hsl-sante.example")], subj, top + "\n" + fw + "\n" + body0, lang, date=date)
    return result("complaint", mail, t, "patient complaint forwarded to the complaints office")


# --------------------------------------------------------------------------
# 32. Spectacle prescription to optical lab
# --------------------------------------------------------------------------

def glasses_rx(ctx, lang):
    t = Types()
    p = ctx.patient(8, 85)
    opt = ctx.st(ctx.pick(["ouimet", "drolet", "lapierre"]))
    date = msg_dt(ctx)

    def rx():
        return "%+.2f %+.2f x %03d" % (ctx.randint(-32, 16) / 4.0, -ctx.randint(0, 10) / 4.0, ctx.randint(1, 180))
    add = "+%.2f" % (ctx.randint(4, 12) / 4.0)
    t.add("patient_name", "lab_result")
    if lang == "fr":
        lines = [greet(ctx, lang), "", "Commande pour %s :" % name_variant(ctx, p, "fr", ("full", "upper", "lastfirst")),
                 "OD %s   OG %s   Add %s" % (rx(), rx(), add), "EP 63/61", "",
                 ctx.pick(["Verres progressifs, anti-reflet.", "Prismes 2Δ base interne OD (diplopie de convergence).",
                           "Patient(e) avec kératocône, verres à indice élevé.", "Enfant avec amblyopie : port à temps plein."]), "",
                 bye(ctx, lang), opt.signature(ctx, lang)]
        subj = ctx.pick(["Commande de verres", "Rx lunettes %s" % p.surname, "Commande labo"])
    else:
        lines = [greet(ctx, lang), "", "Order for %s:" % name_variant(ctx, p, "en", ("full", "upper")),
                 "OD %s   OS %s   Add %s" % (rx(), rx(), add), "PD 63/61", "",
                 ctx.pick(["Progressives with AR coating.", "2 prism dioptres base in OD (convergence insufficiency).",
                           "Keratoconus patient, high index lenses."]), "", bye(ctx, lang), opt.signature(ctx, lang)]
        subj = ctx.pick(["Lens order", "Rx %s" % p.surname])
    if any(k in "\n".join(lines) for k in ("diplopie", "kératocône", "amblyopie", "Keratoconus", "convergence")):
        t.add("diagnosis")
    mail = Mail(opt.addr_hdr(), [("Laboratoire optique" if lang == "fr" else "Optical lab", "commandes@labooptique.example")],
                subj, "\n".join(lines), lang, date=date)
    return result("glasses_rx", mail, t, "spectacle prescription with eye condition sent to optical lab")


SCENARIOS = {
    "ontario_patient": ontario_patient,
    "french_patient": french_patient,
    "belgian_patient": belgian_patient,
    "sin_disability": sin_disability,
    "zip_oct": zip_oct,
    "attached_eml": attached_eml,
    "html_confirmation": html_confirmation,
    "dpj_child": dpj_child,
    "nam_only_disguised": nam_only_disguised,
    "mrn_only": mrn_only,
    "cataract_waitlist_xlsx": cataract_waitlist_xlsx,
    "recall_letter": recall_letter,
    "complaint": complaint,
    "glasses_rx": glasses_rx,
}
