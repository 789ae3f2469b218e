"""Positive scenarios, part A: referrals, injection and surgery lists, glaucoma, screening, SAAQ, low vision."""
from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import (gx, ANTIVEGF, ANTIVEGF_EN, DR_GRADES_EN, DR_GRADES_FR, GLAUCOMA_DX_EN, GLAUCOMA_DX_FR,
                        GLAUCOMA_RX_EN, GLAUCOMA_RX_FR, LOWVISION_DX_EN, LOWVISION_DX_FR, RETINA_DX_EN, RETINA_DX_FR,
                        d_lang, dob_str, eye, iop, nam_disguise, name_variant, title, va, strip_accents)
from gen_mime import Attachment, Mail, html_from_text
from gen_util import Types, bye, greet, hhmm, later, msg_dt, result, when


def pick_patient(ctx, p_holder=0.6, min_age=18, max_age=95):
    if ctx.chance(p_holder):
        h = ctx.holder(min_age, max_age)
        return h, True
    return ctx.patient(max(min_age, 18) if min_age >= 18 else min_age, max_age), False


def ident_lines(ctx, p, is_holder, lang, t, want_nam=0.8, want_dob=0.7, want_mrn=0.3, want_phone=0.3):
    """Identity lines for a referral or report. Updates Types t."""
    lines = []
    nm = name_variant(ctx, p, lang, ("full", "lastfirst", "upper", "title"))
    lines.append(("Patient(e) : %s" if lang == "fr" else "Patient: %s") % nm)
    t.add("patient_name")
    if ctx.chance(want_dob):
        lines.append(("DDN : %s" if lang == "fr" else "DOB: %s") % dob_str(ctx, p, lang))
        t.add("date_of_birth")
    if is_holder and ctx.chance(want_nam):
        lines.append(("NAM : %s" if lang == "fr" else "RAMQ: %s") % nam_disguise(ctx, p.nam))
        t.add("ramq_nam")
    if ctx.chance(want_mrn):
        lines.append(("No dossier : %s" if lang == "fr" else "Chart #: %s") % ctx.mrn())
        t.add("mrn")
    if ctx.chance(want_phone):
        lines.append(("Tél. : %s" if lang == "fr" else "Phone: %s") % ctx.phone())
        t.add("patient_contact")
    return lines


# --------------------------------------------------------------------------
# 1. Referral from optometrist to retina clinic
# --------------------------------------------------------------------------

def referral_retina(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.65, 55, 92)
    opt = ctx.st(ctx.pick(["ouimet", "drolet", "lapierre"]))
    ret = ctx.st(ctx.pick(["vachon", "okafor"]))
    date = msg_dt(ctx)
    e = eye(ctx, lang)
    dx = ctx.pick(RETINA_DX_FR if lang == "fr" else RETINA_DX_EN)
    cst = ctx.randint(330, 620)
    ids = ident_lines(ctx, p, hold, lang, t)
    t.add("diagnosis", "lab_result")
    if lang == "fr":
        urg = ctx.pick(["URGENT", "Semi-urgent", "Priorité B", ""])
        subj = ctx.pick(["Référence rétine %s" % urg, "Demande de consultation — rétine médicale",
                         "Réf. %s — suspicion %s" % (e, dx.split(" ")[0]), "Nouvelle référence %s" % urg]).strip()
        body = [greet(ctx, lang, ret.name("fr")), "",
                gx(p, "Je vous réfère {la} {patient} suivant{e} pour évaluation en rétine médicale :") if ctx.chance(0.5)
                else "Merci de voir en priorité :", ""] + ids + ["",
                "Motif : baisse de vision %s depuis %d semaines, métamorphopsies à la grille d'Amsler." % (
                    "de l'" + {"OD": "œil droit", "OG": "œil gauche", "ODG": "œil droit"}[e], ctx.randint(1, 6)),
                "AV corrigée : OD %s, OG %s" % (va(ctx), va(ctx)),
                "OCT maculaire %s : liquide sous-rétinien, épaisseur centrale %d µm." % (e, cst),
                "Impression : %s %s." % (dx, e),
                gx(p, ctx.pick(["Aucun traitement antérieur.", "Déjà traité{e} à l'autre œil en 2022.",
                                "Anticoagulé{e} (apixaban).", "Diabétique type 2, HbA1c récente 8,1 %."])), "",
                "Le rapport OCT est joint." if ctx.chance(0.5) else "Je peux vous faire suivre les images au besoin.",
                "", bye(ctx, lang), "", opt.signature(ctx, lang)]
    else:
        subj = ctx.pick(["Retina referral — urgent", "Referral: suspected %s" % dx, "New referral for medical retina",
                         "Referral %s" % e])
        body = [greet(ctx, lang, ret.name("en")), "",
                "Please see the following patient at your earliest convenience:", ""] + ids + ["",
                "Reason: decreased vision %s for about %d weeks, new metamorphopsia on Amsler grid." % (e, ctx.randint(1, 6)),
                "BCVA: OD %s, OS %s" % (va(ctx), va(ctx)),
                "Macular OCT %s: subretinal fluid, central subfield thickness %d um." % (e, cst),
                "Impression: %s %s." % (dx, e), "",
                "OCT printout attached." if ctx.chance(0.5) else "Images available on request.", "",
                bye(ctx, lang), "", opt.signature(ctx, lang)]
    atts = []
    text = "\n".join(body)
    if "joint" in text or "attached" in text:
        pdf = make_pdf("OCT Macula — %s" % e, ["%s, %s" % (p.surname.upper(), p.given),
                                               ("DDN %s" if lang == "fr" else "DOB %s") % d_lang(p.dob, lang, 1),
                                               "Central subfield thickness: %d um" % cst, "Scan: Macular Cube 512x128",
                                               "Signal strength 8/10"], author=opt.full, compress=ctx.chance(0.6))
        t.add("date_of_birth")
        fname = ctx.pick(["OCT_%s_%s.pdf" % (p.surname, e), "OCT macula %s.pdf" % p.surname, "scan_%d.pdf" % ctx.randint(1000, 9999)])
        atts.append(Attachment(fname, "application/pdf", pdf))
    mail = Mail(opt.addr_hdr(), [("Triage rétine" if lang == "fr" else "Retina triage", "triage.retine@hsl-sante.example")],
                subj, text, lang, cc=[ret.addr_hdr()] if ctx.chance(0.4) else None, attachments=atts, date=date)
    return result("referral_retina", mail, t, "optometrist referral to retina clinic")


# --------------------------------------------------------------------------
# 2. Intravitreal injection list (XLSX)
# --------------------------------------------------------------------------

def ivt_list(ctx, lang):
    t = Types()
    coord = ctx.st(ctx.pick(["charest", "dionne", "gosselin"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 1, 6)
    n = ctx.randint(7, 13)
    rows = []
    show_body_patient = ctx.chance(0.4)
    for i in range(n):
        p, hold = pick_patient(ctx, 0.5, 55, 95)
        h = "%02d:%02d" % (8 + (i * 20) // 60, (i * 20) % 60)
        ident = p.nam if hold else ctx.mrn()
        drug = ctx.pick(ANTIVEGF if lang == "fr" else ANTIVEGF_EN)
        e = eye(ctx, lang)
        interval = ctx.pick(["q4s", "q6s", "q8s", "q10s", "q12s", "T&E"]) if lang == "fr" else \
            ctx.pick(["q4w", "q6w", "q8w", "q10w", "q12w", "T&E"])
        rem = ctx.pick(["", "", "1re injection", "Allergie bétadine → chlorhexidine", "Transport adapté",
                        "Anticoagulé", "Interprète (espagnol)", "PIO élevée dernière visite"]) if lang == "fr" else \
            ctx.pick(["", "", "loading dose 1/3", "povidone allergy - use chlorhexidine", "needs wheelchair",
                      "on warfarin", "interpreter (Portuguese)"])
        dx = ctx.pick(["DMLA", "OMD", "OVCR", "OBVR", "NVC myopique"]) if lang == "fr" else \
            ctx.pick(["nAMD", "DME", "CRVO", "BRVO", "mCNV"])
        rows.append([h, "%s, %s" % (p.surname.upper(), p.given), d_lang(p.dob, lang, 1), ident, e, dx, drug, interval, rem])
        if hold:
            t.add("ramq_nam")
        else:
            t.add("mrn")
        if i == 2 and show_body_patient:
            body_p = (p, e, drug)
    t.add("patient_name", "date_of_birth", "diagnosis", "medication")
    if lang == "fr":
        head = ["Heure", "Nom", "DDN", "NAM / dossier", "Œil", "Dx", "Médicament", "Intervalle", "Remarques"]
        subj = ctx.pick(["Liste IVT %s" % d_lang(day, "fr", 1), "Injections intravitréennes — %s" % when(day, "fr"),
                         "Liste des injections de %s (version finale)" % when(day, "fr"), "IVT salle 2 - %s" % d_lang(day, "fr", 2)])
        lines = [greet(ctx, lang), "", "Voici la liste des injections pour %s (%d patients)." % (when(day, "fr"), n),
                 ctx.pick(["Les ajouts de dernière minute sont en jaune.", "Merci de vérifier les stocks d'aflibercept 8 mg.",
                           "Deux patients ont changé d'heure, voir la colonne Heure.", ""])]
        if show_body_patient:
            bp = body_p
            lines += ["", gx(bp[0], "Attention : %s (%s) passe en premier, {elle} doit partir tôt.") % (
                name_variant(ctx, bp[0], lang, ("full", "title", "initial")), bp[1])]
        lines += ["", bye(ctx, lang), coord.signature(ctx, lang)]
        fname = ctx.pick(["Liste_IVT_%s.xlsx" % d_lang(day, "fr", 1), "IVT %s.xlsx" % d_lang(day, "fr", 3), "liste_injections.xlsx"])
        sheet = "IVT"
    else:
        head = ["Time", "Name", "DOB", "RAMQ / chart", "Eye", "Dx", "Drug", "Interval", "Notes"]
        subj = ctx.pick(["IVT list %s" % d_lang(day, "en", 1), "Injection clinic — %s" % when(day, "en"),
                         "Final injection list for %s" % when(day, "en")])
        lines = [greet(ctx, lang), "", "Attached is the injection list for %s (%d patients)." % (when(day, "en"), n)]
        if show_body_patient:
            bp = body_p
            lines += ["", "Note: %s (%s) is first, needs to leave early." % (name_variant(ctx, bp[0], lang, ("full", "title", "initial")), bp[1])]
        lines += ["", bye(ctx, lang), coord.signature(ctx, lang)]
        fname = ctx.pick(["IVT_list_%s.xlsx" % d_lang(day, "en", 1), "injections.xlsx"])
        sheet = "Injections"
    x = make_xlsx([(sheet, head, rows)], author=coord.full)
    to = [ctx.st(k).addr_hdr() for k in ctx.sample(["vachon", "okafor", "ferland", "nadon", "theriault"], 3)]
    mail = Mail(coord.addr_hdr(), to, subj, "\n".join(lines), lang,
                attachments=[Attachment(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)],
                date=date)
    return result("ivt_list", mail, t, "intravitreal injection list in XLSX")


# --------------------------------------------------------------------------
# 3. Cataract operating list (PDF)
# --------------------------------------------------------------------------

IOLS = ["SN60WF", "ZCB00", "CNA0T0", "Tecnis Eyhance ICB00", "AcrySof IQ Toric SN6AT3", "enVista MX60E"]


def cataract_or_list(ctx, lang):
    t = Types()
    coord = ctx.st(ctx.pick(["marchand", "charest", "gosselin"]))
    surgeon = ctx.st(ctx.pick(["lortie", "whitfield"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 1, 8)
    rows = []
    n = ctx.randint(8, 12)
    any_hold = False
    for i in range(n):
        p, hold = pick_patient(ctx, 0.35, 58, 92)
        e = ctx.pick(["OD", "OG"]) if lang == "fr" else ctx.pick(["OD", "OS"])
        power = "+%.1f D" % (ctx.randint(30, 50) / 2.0)
        iol = ctx.pick(IOLS)
        part = ctx.pick(["", "", "Tamsulosine (IFIS)", "Pseudo-exfoliation", "Diabète", "Sous apixaban",
                         "Claustrophobe", "Surdité — écrire", "Cataracte blanche, bleu trypan"]) if lang == "fr" else \
            ctx.pick(["", "", "Tamsulosin (IFIS risk)", "PXF", "Diabetic", "On apixaban", "Anxious - needs sedation",
                      "Hard of hearing", "White cataract, trypan blue"])
        ident = nam_disguise(ctx, p.nam, 1) if (hold and ctx.chance(0.5)) else ctx.mrn()
        if hold and ident.replace(" ", "") == p.nam:
            any_hold = True
        rows.append(["%02d:%02d" % (7 + (i * 25 + 45) // 60, (i * 25 + 45) % 60), "%s %s" % (p.surname.upper(), p.given),
                     ident, str(p.age()), e, "%s %s" % (iol, power), part])
    t.add("patient_name", "mrn", "diagnosis")
    if any_hold:
        t.add("ramq_nam")
    if lang == "fr":
        head = ["Heure", "Patient", "Dossier/NAM", "Âge", "Œil", "Lentille", "Particularités"]
        title_ = "Programme opératoire — Salle %d — %s — Dr %s (phaco + LIO)" % (ctx.randint(1, 6), d_lang(day, "fr", 0), surgeon.surname)
        subj = ctx.pick(["Programme opératoire cataractes %s" % d_lang(day, "fr", 2), "Liste bloc %s" % when(day, "fr"),
                         "OR list — %s" % d_lang(day, "fr", 1), "Liste de chirurgie cataracte du %s" % d_lang(day, "fr", 0)])
        body = [greet(ctx, lang), "", "Ci-joint le programme de %s pour la salle de %s." % (when(day, "fr"), surgeon.name("fr")),
                ctx.pick(["Merci de sortir les lentilles toriques la veille.", "La première patiente arrive à 6 h 45.",
                          "Prévoir l'anesthésiste pour 2 blocs rétrobulbaires.", ""]), "", bye(ctx, lang), coord.signature(ctx, lang)]
        fname = ctx.pick(["Programme_OR_%s.pdf" % d_lang(day, "fr", 1), "programme operatoire.pdf", "Liste cataractes %s.pdf" % d_lang(day, "fr", 3)])
        t.add("medication") if any("Tamsulosine" in r[6] or "apixaban" in r[6] for r in rows) else None
    else:
        head = ["Time", "Patient", "Chart/RAMQ", "Age", "Eye", "IOL", "Notes"]
        title_ = "OR schedule — Room %d — %s — Dr. %s (phaco + IOL)" % (ctx.randint(1, 6), d_lang(day, "en", 0), surgeon.surname)
        subj = ctx.pick(["Cataract OR list %s" % d_lang(day, "en", 1), "OR list for %s" % when(day, "en")])
        body = [greet(ctx, lang), "", "Please find attached the OR list for %s (%s)." % (when(day, "en"), surgeon.name("en")),
                "", bye(ctx, lang), coord.signature(ctx, lang)]
        fname = "OR_list_%s.pdf" % d_lang(day, "en", 1)
        t.add("medication") if any("Tamsulosin" in r[6] or "apixaban" in r[6] for r in rows) else None
    pdf = make_pdf(title_, [], table=(head, rows), author=coord.full, compress=ctx.chance(0.6),
                   col_widths=[38, 110, 80, 30, 28, 130, 120], footer="Confidentiel — usage interne")
    to = [surgeon.addr_hdr(), ("Bloc opératoire", "bloc.op@hsl-sante.example")]
    mail = Mail(coord.addr_hdr(), to, subj, "\n".join(body), lang,
                attachments=[Attachment(fname, "application/pdf", pdf)], date=date)
    return result("cataract_or_list", mail, t, "cataract operating list PDF")


# --------------------------------------------------------------------------
# 4. Glaucoma consultation reply
# --------------------------------------------------------------------------

def glaucoma_consult(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.5, 40, 90)
    doc = ctx.st(ctx.pick(["benali", "whitfield"]))
    ref = ctx.st(ctx.pick(["berube", "goulet", "ouimet", "drolet"]))
    date = msg_dt(ctx)
    dx = ctx.pick(GLAUCOMA_DX_FR if lang == "fr" else GLAUCOMA_DX_EN)
    rx = ctx.sample(GLAUCOMA_RX_FR if lang == "fr" else GLAUCOMA_RX_EN, ctx.randint(1, 3))
    p1, p2 = ctx.randint(16, 34), ctx.randint(14, 30)
    if "normale" in dx or "normal-tension" in dx:
        p1, p2 = ctx.randint(11, 19), ctx.randint(11, 19)
    cdr1, cdr2 = ctx.pick(["0,6", "0,7", "0,8", "0,85", "0,9"]), ctx.pick(["0,4", "0,5", "0,6", "0,7"])
    md = "-%d,%d" % (ctx.randint(1, 18), ctx.randint(0, 9))
    nm = name_variant(ctx, p, lang)
    t.add("patient_name", "diagnosis", "medication", "lab_result")
    fu = later(ctx, date, 60, 180)
    if lang == "fr":
        subj = ctx.pick(["Re: Consultation glaucome — %s" % nm, "Réponse de consultation", "Suivi glaucome %s" % p.surname,
                         "Consultation %s" % nm])
        lines = [greet(ctx, lang, ref.name("fr")), "",
                 "J'ai revu %s %s en clinique de glaucome." % (title(p, "fr"), p.full) if ctx.chance(0.6) else
                 "Merci pour la référence de %s." % nm, ""]
        if ctx.chance(0.5):
            lines.append("DDN : %s" % dob_str(ctx, p, lang))
            t.add("date_of_birth")
        if hold and ctx.chance(0.5):
            lines.append("NAM : %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        lines += ["PIO (Goldmann) : OD %d mmHg, OG %d mmHg" % (p1, p2),
                  "Excavation C/D : OD %s, OG %s" % (cdr1, cdr2),
                  "Champ visuel 24-2 : DM %s dB OD, ressaut nasal supérieur" % md,
                  "Pachymétrie : %d / %d µm" % (ctx.randint(490, 590), ctx.randint(490, 590)), "",
                  "Diagnostic : %s." % dx,
                  "Traitement : %s." % " + ".join(rx),
                  ctx.pick(["Je propose une trabéculoplastie sélective (SLT) OD.", "Observance à renforcer, elle oublie la goutte du soir.",
                            "Cible de PIO : < 16 mmHg.", "Si progression, on discutera d'une chirurgie filtrante."]),
                  "Prochain suivi : %s avec champ visuel et OCT-RNFL." % d_lang(fu, "fr", 0), "",
                  bye(ctx, lang), "", doc.signature(ctx, lang)]
    else:
        subj = ctx.pick(["Re: Glaucoma consult — %s" % nm, "Consultation report", "Glaucoma follow-up %s" % p.surname])
        lines = [greet(ctx, lang, ref.name("en")), "", "I saw %s in the glaucoma clinic today." % nm, ""]
        if ctx.chance(0.5):
            lines.append("DOB: %s" % dob_str(ctx, p, lang))
            t.add("date_of_birth")
        if hold and ctx.chance(0.5):
            lines.append("RAMQ: %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        lines += ["IOP (Goldmann): OD %d, OS %d mmHg" % (p1, p2), "C/D: OD %s, OS %s" % (cdr1.replace(",", "."), cdr2.replace(",", ".")),
                  "HVF 24-2: MD %s dB OD" % md.replace(",", "."), "",
                  "Assessment: %s." % dx, "Plan: %s." % ", ".join(rx),
                  ctx.pick(["Offered SLT to the right eye.", "Adherence is an issue; family will help with drops.",
                            "Target IOP below 16.", "Will discuss trabeculectomy if progression."]),
                  "Follow-up %s with VF and RNFL OCT." % d_lang(fu, "en", 0), "", bye(ctx, lang), "", doc.signature(ctx, lang)]
    atts = []
    if ctx.chance(0.35):
        paras = [l for l in lines if l and not l.startswith(("Bonjour", "Hi", "Hello", "Dear", "Allo", "Salut"))][:10]
        fname = ctx.pick(["Consultation_%s.docx" % strip_accents(p.surname), "Consultation %s %s.docx" % (p.given, p.surname), "lettre_consult.docx", "Consult letter.docx"])
        atts.append(Attachment(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               make_docx("Consultation — glaucome" if lang == "fr" else "Glaucoma consultation", paras,
                                         author=doc.full, header_text=doc.org_fr if lang == "fr" else doc.org_en)))
    mail = Mail(doc.addr_hdr(), [ref.addr_hdr()], subj, "\n".join(lines), lang, attachments=atts, date=date)
    return result("glaucoma_consult", mail, t, "glaucoma consultation reply to referring clinician")


# --------------------------------------------------------------------------
# 5. Diabetic retinopathy screening export (CSV)
# --------------------------------------------------------------------------

def dr_screening_csv(ctx, lang):
    t = Types()
    tech = ctx.st(ctx.pick(["nadon", "kim", "ferland"]))
    date = msg_dt(ctx)
    rows = []
    n = ctx.randint(10, 18)
    any_nam = False
    urgent = []
    for i in range(n):
        p, hold = pick_patient(ctx, 0.5, 25, 88)
        g1 = ctx.randint(0, 5)
        g2 = max(0, min(5, g1 + ctx.randint(-1, 1)))
        grades = DR_GRADES_FR if lang == "fr" else DR_GRADES_EN
        cond = (["Rappel 12 mois", "Rappel 12 mois", "Rappel 6 mois", "Référer rétine < 3 mois", "Référer rétine URGENT",
                 "Référer rétine < 1 mois"] if lang == "fr" else
                ["Recall 12 mo", "Recall 12 mo", "Recall 6 mo", "Refer retina < 3 mo", "Refer retina URGENT",
                 "Refer retina < 1 mo"])[max(g1, g2)]
        nam = p.nam if hold else ""
        any_nam = any_nam or bool(nam)
        rows.append(["RD-%05d" % ctx.randint(1000, 99999), p.surname, p.given, p.dob.strftime("%Y-%m-%d"), nam,
                     date.strftime("%Y-%m-%d"), grades[g1], grades[g2], ctx.pick(["bonne", "bonne", "moyenne", "non gradable"]) if lang == "fr"
                     else ctx.pick(["good", "good", "fair", "ungradable"]), cond])
        if max(g1, g2) >= 4:
            urgent.append(i + 2)
    t.add("patient_name", "date_of_birth", "diagnosis")
    if any_nam:
        t.add("ramq_nam")
    if lang == "fr":
        head = ["id_examen", "nom", "prenom", "ddn", "nam", "date_photo", "grade_OD", "grade_OG", "qualite", "conduite"]
        subj = ctx.pick(["Export dépistage RD — %s" % d_lang(date, "fr", 1), "Télé-dépistage rétinopathie : résultats de la semaine",
                         "Résultats caméra non mydriatique GMF"])
        body = [greet(ctx, lang, "Dre Vachon"), "", "Voici l'export de la caméra de dépistage pour la semaine (%d patients)." % n]
        if urgent:
            body.append("À voir en priorité : lignes %s." % ", ".join(str(u) for u in urgent))
        body += ["Le fichier est en point-virgule, ouvrez-le avec Excel.", "", bye(ctx, lang), tech.signature(ctx, lang)]
        fname = ctx.pick(["export_depistage_RD_%s.csv" % date.strftime("%Y%m%d"), "depistage.csv", "RD_semaine_%02d.csv" % date.isocalendar()[1]])
    else:
        head = ["exam_id", "last_name", "first_name", "dob", "ramq", "photo_date", "grade_OD", "grade_OS", "quality", "action"]
        subj = ctx.pick(["DR screening export %s" % d_lang(date, "en", 1), "Teleretinal screening results this week"])
        body = [greet(ctx, lang), "", "Attached is this week's export from the screening camera (%d patients)." % n]
        if urgent:
            body.append("Priority rows: %s." % ", ".join(str(u) for u in urgent))
        body += ["", bye(ctx, lang), tech.signature(ctx, lang)]
        fname = "dr_screening_%s.csv" % date.strftime("%Y%m%d")
    sep = ";" if lang == "fr" else ctx.pick([",", ";"])
    csv = make_csv(head, rows, sep=sep, eol=ctx.pick(["\r\n", "\n"]))
    mail = Mail(tech.addr_hdr(), [ctx.st("vachon").addr_hdr()], subj, "\n".join(body), lang,
                attachments=[Attachment(fname, ctx.pick(["text/csv", "text/csv", "text/comma-separated-values"]),
                                        csv, charset=ctx.pick(["windows-1252", "utf-8", "iso-8859-1"]))], date=date)
    return result("dr_screening_csv", mail, t, "diabetic retinopathy screening CSV export")


# --------------------------------------------------------------------------
# 6. Driving-fitness report to the SAAQ
# --------------------------------------------------------------------------

def saaq_report(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.75, 40, 92)
    doc = ctx.st(ctx.pick(["beauchemin", "benali", "whitfield", "okafor"]))
    sec = ctx.st(ctx.pick(["rioux", "gosselin", "morneau"]))
    date = msg_dt(ctx)
    dx_fr = ctx.pick(["hémianopsie latérale homonyme gauche post-AVC", "glaucome avancé bilatéral",
                      "DMLA bilatérale", "rétinopathie diabétique proliférante traitée au laser panrétinien",
                      "neuropathie optique ischémique antérieure", "diplopie sur paralysie du VI"])
    dx_en = ctx.pick(["left homonymous hemianopia after stroke", "advanced bilateral glaucoma", "bilateral AMD",
                      "proliferative diabetic retinopathy after PRP", "anterior ischaemic optic neuropathy",
                      "diplopia from sixth nerve palsy"])
    horiz = ctx.randint(70, 140)
    esterman = ctx.randint(80, 120)
    bva = va(ctx)
    fit = ctx.chance(0.5)
    permis = "%s%04d-%02d%02d%02d-%02d" % (p.surname[0].upper(), ctx.randint(1000, 9999), p.dob.day,
                                           p.dob.month + (50 if p.sex == "F" else 0), p.dob.year % 100, ctx.randint(1, 9))
    t.add("patient_name", "date_of_birth", "diagnosis", "lab_result")
    show_nam = hold and ctx.chance(0.85)
    if show_nam:
        t.add("ramq_nam")
    if lang == "fr":
        ln = ["Nom : %s, %s" % (p.surname.upper(), p.given), "Date de naissance : %s" % d_lang(p.dob, "fr", 1),
              "Sexe : %s" % p.sex, "No de permis : %s" % permis]
        if show_nam:
            ln.append("NAM : %s" % nam_disguise(ctx, p.nam, ctx.pick([0, 1, 1])))
        ln += ["", "Acuité visuelle binoculaire corrigée : %s" % bva,
               "Champ visuel Esterman binoculaire : %d points vus / 120 ; étendue horizontale %d°" % (esterman, horiz),
               "Diagnostic : %s" % dx_fr,
               "Conclusion : %s" % ("satisfait aux normes de la classe 5" if fit else
                                     "ne satisfait pas aux normes ; conduite contre-indiquée"),
               "Réévaluation recommandée dans %d mois." % ctx.pick([6, 12, 24])]
        subj = ctx.pick(["Rapport d'examen visuel SAAQ — %s %s" % (p.given, p.surname), "Formulaire SAAQ complété",
                         "Rapport médical SAAQ dossier %s" % permis, "Évaluation de la vision pour la conduite"])
        body = [greet(ctx, lang), "", "Vous trouverez ci-joint le rapport d'examen visuel demandé pour l'usager suivant." if ctx.chance(0.5)
                else "Suite à votre demande du %s, voici notre rapport :" % d_lang(later(ctx, date, -40, -10, False), "fr", 0), ""]
        title_ = "Rapport d'examen visuel — Société de l'assurance automobile"
    else:
        ln = ["Name: %s, %s" % (p.surname.upper(), p.given), "Date of birth: %s" % d_lang(p.dob, "en", 1),
              "Sex: %s" % p.sex, "Licence no.: %s" % permis]
        if show_nam:
            ln.append("RAMQ: %s" % nam_disguise(ctx, p.nam, ctx.pick([0, 1, 1])))
        ln += ["", "Binocular corrected acuity: %s" % bva,
               "Binocular Esterman field: %d/120 points; horizontal extent %d degrees" % (esterman, horiz),
               "Diagnosis: %s" % dx_en,
               "Conclusion: %s" % ("meets class 5 vision standards" if fit else "does not meet standards; should not drive"),
               "Re-assessment in %d months." % ctx.pick([6, 12, 24])]
        subj = ctx.pick(["SAAQ vision report — %s %s" % (p.given, p.surname), "Completed SAAQ form", "Driving vision assessment"])
        body = [greet(ctx, lang), "", "Please find our vision report for the following client:", ""]
        title_ = "Vision examination report — SAAQ"
    mode = ctx.pick(["inline", "pdf", "docx"])
    atts = []
    if mode == "inline":
        body += ln
    else:
        body.append("Rapport en pièce jointe." if lang == "fr" else "Report attached.")
        if mode == "pdf":
            data = make_pdf(title_, ln + ["", doc.name(lang)], author=doc.full, compress=ctx.chance(0.5))
            atts.append(Attachment(ctx.pick(["SAAQ_%s_%s.pdf" % (strip_accents(p.surname), p.dob.strftime("%Y%m%d")),
                                             "rapport_SAAQ.pdf", "Rapport examen visuel %s.pdf" % p.surname]), "application/pdf", data))
        else:
            data = make_docx(title_, ln + ["", doc.name(lang)], author=sec.full)
            atts.append(Attachment(ctx.pick(["Rapport_SAAQ_%s.docx" % p.surname, "SAAQ formulaire.docx"]),
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    body += ["", bye(ctx, lang), "", sec.signature(ctx, lang) if ctx.chance(0.5) else doc.signature(ctx, lang)]
    mail = Mail(sec.addr_hdr(), [("Évaluation médicale SAAQ" if lang == "fr" else "SAAQ Medical Assessment",
                                  "evaluation.medicale@saaq-medical.example")], subj, "\n".join(body), lang,
                cc=[doc.addr_hdr()] if ctx.chance(0.5) else None, attachments=atts, date=date)
    return result("saaq_report", mail, t, "driving fitness vision report to the SAAQ")


# --------------------------------------------------------------------------
# 7. Low-vision rehabilitation referral
# --------------------------------------------------------------------------

def low_vision(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.55, 30, 95)
    doc = ctx.st(ctx.pick(["vachon", "benali", "beauchemin", "okafor"]))
    lv = ctx.st("bastien")
    date = msg_dt(ctx)
    dx = ctx.pick(LOWVISION_DX_FR if lang == "fr" else LOWVISION_DX_EN)
    soc_fr = ctx.sample(["vit seule dans un 3e étage sans ascenseur", "veuve depuis l'an dernier, isolée",
                         "prestataire de l'aide sociale, ne peut pas payer une loupe électronique",
                         "sa fille vient une fois par semaine faire l'épicerie", "a perdu son emploi de camionneur",
                         "hébergée en RPA, le personnel l'aide pour ses gouttes", "proche aidant épuisé selon la TS",
                         "ne peut plus lire son courrier ni ses relevés bancaires"], 2)
    soc_en = ctx.sample(["lives alone on a third floor with no elevator", "recently widowed and isolated",
                         "on social assistance, cannot afford a video magnifier", "daughter visits once a week for groceries",
                         "lost his/her job as a truck driver", "lives in a seniors' residence; staff help with drops",
                         "caregiver burnout per social worker", "can no longer read mail or bank statements"], 2)
    t.add("patient_name", "diagnosis", "social_information", "lab_result")
    nm = name_variant(ctx, p, lang, ("full", "title", "lastfirst", "upper"))
    if lang == "fr":
        subj = ctx.pick(["Référence basse vision — %s" % nm, "Demande de services en réadaptation visuelle",
                         "Réf. Lumen %s" % p.surname, "Basse vision"])
        lines = [greet(ctx, lang, lv.given), "", "Je vous adresse %s pour évaluation en basse vision." % nm, ""]
        if ctx.chance(0.6):
            lines.append("DDN : %s" % dob_str(ctx, p, lang))
            t.add("date_of_birth")
        if hold and ctx.chance(0.7):
            lines.append("NAM : %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        if ctx.chance(0.5):
            lines.append("Adresse : %s" % ctx.address())
            lines.append("Tél. : %s" % ctx.phone())
            t.add("patient_contact")
        lines += ["", "Diagnostic : %s." % dx, "AV meilleure correction : OD %s, OG %s." % (va(ctx), va(ctx)),
                  "Situation : %s ; %s." % tuple(soc_fr), "",
                  ctx.pick(["Besoins : lecture, déplacements, cuisine.", gx(p, "{Elle} souhaite continuer à lire le journal."),
                            "Évaluation pour canne blanche à considérer.", "Demande aussi l'attestation de cécité légale pour l'impôt."]),
                  "", bye(ctx, lang), "", doc.signature(ctx, lang)]
    else:
        subj = ctx.pick(["Low vision referral — %s" % nm, "Referral for vision rehabilitation", "Lumen referral %s" % p.surname])
        lines = [greet(ctx, lang, lv.given), "", "I am referring %s for low-vision assessment." % nm, ""]
        if ctx.chance(0.6):
            lines.append("DOB: %s" % dob_str(ctx, p, lang))
            t.add("date_of_birth")
        if hold and ctx.chance(0.7):
            lines.append("RAMQ: %s" % nam_disguise(ctx, p.nam))
            t.add("ramq_nam")
        if ctx.chance(0.5):
            lines.append("Address: %s" % ctx.address())
            lines.append("Phone: %s" % ctx.phone())
            t.add("patient_contact")
        lines += ["", "Diagnosis: %s." % dx, "BCVA: OD %s, OS %s." % (va(ctx), va(ctx)),
                  "Social: %s; %s." % tuple(soc_en), "", bye(ctx, lang), "", doc.signature(ctx, lang)]
    mail = Mail(doc.addr_hdr(), [lv.addr_hdr()], subj, "\n".join(lines), lang,
                cc=[ctx.st("lheureux").addr_hdr()] if ctx.chance(0.3) else None, date=date)
    return result("low_vision", mail, t, "low-vision rehabilitation referral with social situation")


SCENARIOS = {
    "referral_retina": referral_retina,
    "ivt_list": ivt_list,
    "cataract_or_list": cataract_or_list,
    "glaucoma_consult": glaucoma_consult,
    "dr_screening_csv": dr_screening_csv,
    "saaq_report": saaq_report,
    "low_vision": low_vision,
}
