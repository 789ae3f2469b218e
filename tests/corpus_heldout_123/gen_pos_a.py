"""Positive templates, part A: referrals, discharge summaries, census lists, youth protection,
lab and imaging call-backs, prescriptions, school notes, poison centre, transfers."""
import datetime

import gen_clinical as K
from gen_base import (A, C, M, csv_part, docx_part, finish, headers, mixed, pdf_part,
                      xlsx_part)

NO_LAB = {"croup", "laceration", "febrile_seizure", "concussion"}


def clin(ctx, p, keys=None):
    age_days = (ctx.day - p["dob"]).days
    key = K.pick_case(ctx.rng, age_days, keys)
    c = K.build_case(key, age_days, ctx.rng)
    return c, c[ctx.lang]


def dx(ctx, cl, short=False):
    ctx.add("diagnosis")
    return cl["short"] if short else cl["dx"]


def meds(ctx, cl, n=None):
    ctx.add("medication")
    m = cl["meds"] if n is None else cl["meds"][:n]
    return m


def labs(ctx, c, cl):
    if c["key"] not in NO_LAB:
        ctx.add("lab_result")
    return cl["labs"]


def wt(ctx, c):
    w = "%s" % c["weight"]
    return w.replace(".", ",") if ctx.lang == "fr" else w


def sender_tuple(s, lang):
    return (C.display(s, lang), s["email"])


def bullet(ctx):
    if not hasattr(ctx, "bullet_mark"):
        ctx.bullet_mark = ctx.rng.choice(["- ", "* ", "• ", "  - "])
    return ctx.bullet_mark


# --------------------------------------------------------------------------
def p_referral_clsc(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p, ["bronchiolitis", "gastro", "laceration", "asthma", "uti", "febrile_infant"])
    s = ctx.staff(r.choice(["rn", "md", "sw"]))
    clsc = r.choice(["clsc1", "clsc2"])
    to = ctx.partner_addr(clsc, r.choice(["guichet.enfance", "accueil.psychosocial", "soins.domicile"]))
    ident = ctx.ident_lines(p, r.choice([("name", "dob", "addr", "phone", "parent"),
                                         ("name", "dob", "mrn", "phone"),
                                         ("name", "age", "addr", "parent")]))
    b = bullet(ctx)
    body_lines = [ctx.greeting(), "",
                  ctx.t("Nous vous demandons un suivi pour l'enfant suivant, vu à l'urgence le %s :",
                        "We are requesting follow-up for the following child, seen in our ED on %s:")
                  % C.fmt_date(ctx.day, L, rng=r), ""] + ident + [""]
    body_lines.append(ctx.t("Motif : ", "Reason: ") + dx(ctx, cl))
    body_lines.append(ctx.t("Histoire : ", "History: ") + cl["hx"])
    body_lines.append(ctx.t("Traitement au congé :", "Discharge meds:"))
    body_lines += [b + m for m in meds(ctx, cl)]
    body_lines.append(ctx.t("Suivi demandé : ", "Follow-up requested: ") + cl["fu"])
    if r.random() < 0.5:
        body_lines.append(ctx.t("Famille allophone, prévoir interprète (arabe).",
                                "Family speaks limited English/French, interpreter needed (Spanish).")
                          if r.random() < 0.4 else
                          ctx.t("La mère est seule avec 3 enfants, peu de soutien, à évaluer.",
                                "Single mother with 3 kids and little support, please assess."))
        if "seule" in body_lines[-1] or "Single" in body_lines[-1]:
            ctx.add("social_information")
    body_lines += ["", ctx.closing(), "", C.signature(s, L, r)]
    text = "\n".join(body_lines)
    subj = r.choice([ctx.t("Demande de suivi CLSC", "CLSC follow-up request"),
                     ctx.t("Référence - suivi %s" % cl["short"], "Referral - %s follow-up" % cl["short"]),
                     ctx.t("DSIE urgence -> CLSC", "ED referral to CLSC")])
    if r.random() < 0.3:
        subj += " - " + p["surname"].upper()
    root = M.make_body(r, text)
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), root, "referral",
                  ctx.t("demande de suivi CLSC après urgence", "ED referral to CLSC"))


def p_discharge_summary(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p)
    s = ctx.staff(r.choice(["md", "resident"]))
    gmf = r.choice(["gmf1", "gmf2", "clinic3"])
    to = ctx.partner_addr(gmf, r.choice(["reception", "secretariat.medical", "dossiers"]))
    admit = ctx.day - datetime.timedelta(days=r.randint(0, 2))
    ident = ctx.ident_lines(p, ("name", "dob", "mrn"), ascii_only=True)
    lines = ["## " + ctx.t("Identification", "Identification")] + ident + [
        ctx.t("Séjour UCD du %s au %s", "SSU stay %s to %s") % (admit.isoformat(), ctx.day.isoformat()),
        ctx.t("Poids : %s kg", "Weight: %s kg") % wt(ctx, c), "",
        "## " + ctx.t("Diagnostic principal", "Primary diagnosis"), dx(ctx, cl), "",
        "## " + ctx.t("Histoire", "History"), cl["hx"], "",
        "## " + ctx.t("Investigation", "Investigations")] + labs(ctx, c, cl) + [
        "", "## " + ctx.t("Médication au congé", "Discharge medications")] + meds(ctx, cl) + [
        "", "## " + ctx.t("Plan", "Plan"), cl["plan"], cl["fu"], "",
        ctx.t("Signé électroniquement par %s", "Electronically signed by %s") % C.display(s, L)]
    title = ctx.t("Résumé de séjour - Unité de courte durée", "Short-Stay Unit Discharge Summary")
    hdr = [C.ORG[L], C.ORG["addr_" + L], ctx.t("Archives médicales - tél. ", "Health records - tel. ")
           + C.org_phone()]
    fmt = r.choice(["pdf", "pdf", "docx"])
    fn_base = r.choice([ctx.t("resume_sejour", "discharge_summary"), "RS_UCD",
                        "%s_%s" % (ctx.t("resume", "summary"), p["mrn"])])
    if fmt == "pdf":
        att = pdf_part(ctx, A.make_pdf(title, lines, hdr, compress=r.random() < 0.6), fn_base + ".pdf")
    else:
        att = docx_part(ctx, A.make_docx(title, [l for l in lines]), fn_base + ".docx")
    text = "\n".join([ctx.greeting(), "",
                      r.choice([ctx.t("Veuillez trouver ci-joint le résumé de séjour de votre patient(e).",
                                      "Please find attached the discharge summary for your patient."),
                                ctx.t("Résumé de séjour en pièce jointe, pour votre dossier.",
                                      "Attached is the SSU discharge summary for your records.")]),
                      ctx.t("Un suivi est souhaité : ", "Follow-up requested: ") + cl["fu"] + ".",
                      "", ctx.closing(), C.signature(s, L, r, "ssu")])
    body = M.make_body(r, text, form=r.choice(["plain", "alt"]))
    subj = r.choice([ctx.t("Résumé de séjour UCD", "SSU discharge summary"),
                     ctx.t("Résumé de congé - %s" % p["surname"].upper(), "Discharge summary - %s"
                           % p["surname"].upper()),
                     ctx.t("RS - dossier %s" % p["mrn"], "D/C summary - MRN %s" % p["mrn"])])
    if p["mrn"] in subj:
        ctx.add("mrn")
    if p["surname"].upper() in subj:
        ctx.add("patient_name")
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), mixed(body, att),
                  "discharge_summary", ctx.t("résumé de séjour UCD au médecin de famille",
                                             "SSU discharge summary to family physician"))


def p_census(ctx):
    r, L = ctx.rng, ctx.lang
    s = ctx.staff(r.choice(["rn", "md", "resident"]))
    n = r.randint(5, 10)
    rows = [[ctx.t("Ch.", "Bed"), ctx.t("Nom", "Name"), ctx.t("Âge", "Age"), ctx.t("Problème", "Problem"),
             ctx.t("Plan / à faire", "Plan / to do")]]
    with_mrn = r.random() < 0.35
    if with_mrn:
        rows[0].insert(2, ctx.t("Dossier", "MRN"))
    holder_done = False
    for i in range(n):
        p = ctx.kid() if not holder_done else C.make_kid(r, L, on=ctx.day)
        holder_done = holder_done or p.get("holder")
        c, cl = clin(ctx, p)
        nm = ctx.name(p, full=bool(p.get("holder")))
        row = ["%s%d" % (r.choice(["", "UCD-", "C"]), i + 1 + r.randint(0, 3) * 0), nm, p["age"],
               dx(ctx, cl, short=True), r.choice([cl["plan"], cl["fu"], ", ".join(cl["meds"][:1])])]
        if row[4] == ", ".join(cl["meds"][:1]):
            ctx.add("medication")
        if with_mrn:
            row.insert(2, p["mrn"])
            ctx.add("mrn")
        if p.get("holder"):
            ctx.add("date_of_birth")
            row[1] = "%s (%s, %s, NAM %s)" % (nm, p["sex"], p["dob"].isoformat(), ctx.nam_text(p, True))
        rows.append(row)
    title = ctx.t("Liste UCD", "SSU census") + " " + ctx.day.isoformat()
    mode = r.choice(["body", "body", "xlsx", "csv", "html"])
    intro = r.choice([ctx.t("Voici la liste pour la relève de %sh." % r.choice(["8", "16", "0"]),
                            "Here's the list for the %s handover." % r.choice(["0800", "1600", "midnight"])),
                      ctx.t("Liste à jour, 2 congés prévus ce matin.", "Updated census, 2 d/c expected this AM."),
                      ctx.t("Sign-out UCD - voir ci-dessous", "SSU sign-out, see below")])
    to = [(ctx.t("Équipe UCD", "SSU team"), ctx.org_addr("ucd.equipe")),
          (ctx.t("Garde pédiatrie", "Paeds on call"), ctx.org_addr("garde.pediatrie"))]
    if mode in ("body", "html"):
        text = "\n".join([intro, "", "[[TABLE]]", "", ctx.closing(), s["given"]])
        root = M.make_body(r, text, form="html" if mode == "html" else r.choice(["plain", "alt"]),
                           table_rows=rows, wrap=False)
    elif mode == "xlsx":
        text = "\n".join([intro, ctx.t("Fichier joint (protégé sur le réseau interne).",
                                       "File attached (internal network only)."), "", s["given"]])
        root = mixed(M.make_body(r, text), xlsx_part(ctx, A.make_xlsx([(ctx.t("UCD", "SSU"), rows)]),
                                                     "%s_%s.xlsx" % (ctx.t("liste_UCD", "SSU_census"),
                                                                     ctx.day.strftime("%Y%m%d"))))
    else:
        text = "\n".join([intro, "", s["given"]])
        root = mixed(M.make_body(r, text, form="plain"),
                     csv_part(ctx, A.make_csv(rows, sep=r.choice([",", ";"])),
                              "census_%s.csv" % ctx.day.strftime("%m%d")))
    subj = r.choice([title, ctx.t("Relève UCD", "SSU handover"), "Sign-out " + ctx.day.strftime("%d/%m")])
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), root, "census",
                  ctx.t("liste des patients UCD pour la relève", "SSU census for handover"))


def p_dpj_report(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(max_years=12)
    c, cl = clin(ctx, p, ["nat", "cannabis", "laceration", "fracture", "apap"])
    s = ctx.staff("sw")
    to = ctx.partner_addr("dpj", r.choice(["signalement", "rts", "reception.signalements"]))
    par_h = ctx.holder_parent() if r.random() < 0.6 else None
    facts = r.choice([
        ctx.t("Histoire changeante du parent, délai de consultation de 3 jours.",
              "Parent's story keeps changing, 3-day delay before seeking care."),
        ctx.t("Enfant retrouvé seul à la maison, parent sous l'effet de substances à l'arrivée.",
              "Child found alone at home, parent intoxicated on arrival."),
        ctx.t("Contexte de violence conjugale rapporté par la mère; conjoint sous ordonnance de ne pas "
              "contacter.", "Mother reports intimate partner violence; partner under a no-contact order."),
        ctx.t("Famille hébergée en maison d'hébergement depuis 2 semaines, perte du logement.",
              "Family staying in a shelter for 2 weeks after losing their apartment."),
    ])
    ctx.add("social_information")
    lines = [ctx.t("Signalement - urgence pédiatrique", "Report - paediatric ED"), ""]
    lines += ctx.ident_lines(p, ("name", "dob", "addr", "mrn"), ascii_only=True)
    if par_h:
        role = ctx.t("Mère" if par_h["sex"] == "F" else "Père", "Mother" if par_h["sex"] == "F" else "Father")
        lines += ["", "%s : %s %s, %s %s, %s %s, NAM %s" % (
            role, par_h["given"], par_h["surname"], ctx.t("née le" if par_h["sex"] == "F" else "né le", "born"),
            par_h["dob"].isoformat(), ctx.t("sexe", "sex"), par_h["sex"], ctx.nam_text(par_h, True))]
        ctx.add("patient_name", "date_of_birth")
    else:
        lines += ["", ctx.t("Parent présent : ", "Parent present: ") + "%s %s" % (
            p["parent"]["given"], p["parent"]["surname"])]
    lines += ["", ctx.t("Motif de consultation : ", "Presenting problem: ") + cl["hx"],
              ctx.t("Constat médical : ", "Medical findings: ") + dx(ctx, cl),
              ctx.t("Faits préoccupants : ", "Concerns: ") + facts,
              ctx.t("Enfant gardé à l'UCD en attendant votre évaluation.",
                    "Child kept in the SSU pending your assessment.")]
    how = r.choice(["body", "docx", "pdf"])
    title = ctx.t("Signalement à la DPJ", "Report to Youth Protection (DPJ)")
    fn = r.choice([ctx.t("signalement_%s.docx", "DPJ_report_%s.docx") % C.ascii_fold(p["surname"]).lower(),
                   ctx.t("Signalement DPJ %s.docx", "DPJ report %s.docx") % p["surname"],
                   "sign_%s.docx" % ctx.day.strftime("%Y%m%d")])
    intro = ctx.t("Bonjour, suite à notre appel %s, voici le signalement écrit.",
                  "Hello, further to our call this %s, here is the written report.") % ctx.pick(
        ["de ce matin", "de cet après-midi", "d'hier soir"], ["morning", "afternoon", "evening"])
    if how == "body":
        text = "\n".join([intro, ""] + lines + ["", ctx.closing(), C.signature(s, L, r)])
        root = M.make_body(r, text)
    elif how == "docx":
        text = "\n".join([intro, ctx.t("Document ci-joint.", "Document attached."), "", ctx.closing(),
                          C.signature(s, L, r)])
        root = mixed(M.make_body(r, text), docx_part(ctx, A.make_docx(title, lines[2:]), fn))
    else:
        text = "\n".join([intro, "", ctx.closing(), C.signature(s, L, r)])
        root = mixed(M.make_body(r, text), pdf_part(ctx, A.make_pdf(title, lines[2:], compress=True),
                                                    fn.replace(".docx", ".pdf")))
    subj = r.choice([ctx.t("Signalement - confidentiel", "Report - confidential"),
                     ctx.t("Signalement urgent", "Urgent DPJ report"), "RTS " + ctx.day.strftime("%d-%m")])
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), root, "youth_protection",
                  ctx.t("signalement écrit à la DPJ", "written report to youth protection"))


def p_lab_callback(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(max_years=6)
    age_days = (ctx.day - p["dob"]).days
    c = K.build_case("uti", max(age_days, 30), r)
    cl = c[L]
    s = ctx.staff("rn")
    md = ctx.staff("md")
    nm = ctx.name(p)
    resist = r.choice([ctx.t("RÉSISTANT à la céphalexine", "RESISTANT to cephalexin"),
                       ctx.t("sensible, pas de changement", "sensitive, no change needed")])
    ctx.add("lab_result", "diagnosis")
    body = [ctx.greeting(md["given"]), "",
            ctx.t("Culture urinaire revenue pour %s (vu le %s) : %s, %s.",
                  "Urine culture back for %s (seen %s): %s, %s.") % (
                nm, (ctx.day - datetime.timedelta(days=2)).strftime("%d/%m"), cl["labs"][1], resist),
            ctx.t("Parti avec : ", "Discharged on: ") + meds(ctx, cl)[0] + "."]
    if "RÉS" in resist or "RESIST" in resist:
        body.append(ctx.t("Peux-tu me dire quoi prescrire? Je rappelle la famille au %s (%s).",
                          "What do you want to switch to? I'll call the family back at %s (%s).")
                    % (p["phone"], ctx.t("cell de la mère", "mom's cell")))
        ctx.add("patient_contact")
    else:
        body.append(ctx.t("Je ferme le dossier de rappel.", "Closing the call-back file."))
    if r.random() < 0.5:
        body.append(ctx.t("Dossier %s", "MRN %s") % p["mrn"])
        ctx.add("mrn")
    body += ["", ctx.closing(), s["given"] + " " + s["surname"][0] + ".",
             ctx.t("Infirmière rappels" if s["sex"] == "F" else "Infirmier rappels", "Call-back nurse")]
    subj = r.choice([ctx.t("Culture +", "Positive culture"), ctx.t("Rappel culture", "Culture call-back"),
                     ctx.t("Résultat à revoir", "Result to review")])
    return finish(ctx, headers(ctx, sender_tuple(s, L), (C.display(md, L), md["email"]), subj),
                  M.make_body(r, "\n".join(body)), "lab_followup",
                  ctx.t("rappel de culture urinaire positive", "positive urine culture call-back"))


def p_imaging_recall(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=400)
    rad = ctx.staff("md")
    rad["job_fr"], rad["job_en"] = "Radiologiste", "Radiologist"
    s = ctx.staff("clerk")
    finding = r.choice([ctx.t("fracture non déplacée du scaphoïde droit", "non-displaced right scaphoid fracture"),
                        ctx.t("fracture de Salter-Harris II du tibia distal", "Salter-Harris II distal tibia fracture"),
                        ctx.t("pneumonie rétrocardiaque gauche", "left retrocardiac pneumonia"),
                        ctx.t("corps étranger radio-opaque dans l'estomac (pièce de monnaie)",
                              "radio-opaque foreign body in stomach (coin)")])
    ctx.add("diagnosis", "lab_result")
    first = ctx.day - datetime.timedelta(days=r.randint(1, 4))
    rows = ctx.ident_lines(p, r.choice([("name", "mrn"), ("name", "dob", "phone"), ("mrn", "age")]))
    text = "\n".join([ctx.greeting(), "",
                      ctx.t("Révision radiologique du %s : divergence significative.",
                            "Radiology overread from %s: significant discrepancy.") % first.isoformat(),
                      ""] + rows + [
                      ctx.t("Lecture initiale urgence : normale.", "ED preliminary read: normal."),
                      ctx.t("Lecture radiologiste : ", "Radiologist read: ") + finding + ".",
                      "",
                      ctx.t("Merci de rappeler la famille et de reconvoquer l'enfant en clinique de suivi.",
                            "Please call the family back and rebook the child in the follow-up clinic."),
                      "", C.display(rad, L), ctx.t("Radiologie pédiatrique", "Paediatric imaging"),
                      C.ORG[L]])
    subj = r.choice([ctx.t("Divergence radio - rappel", "Imaging discrepancy - recall"),
                     ctx.t("Révision RX %s" % first.strftime("%d/%m"), "X-ray overread %s" % first.strftime("%b %d"))])
    to = [(ctx.t("Rappels urgence", "ED call-backs"), ctx.org_addr("rappels.urgence"))]
    cc = [(C.display(s, L), s["email"])] if r.random() < 0.5 else None
    return finish(ctx, headers(ctx, (C.display(rad, L), rad["email"]), to, subj, cc=cc),
                  M.make_body(r, text), "imaging_followup",
                  ctx.t("divergence de lecture radiologique, rappel", "imaging discrepancy recall"))


def p_pharmacy_rx(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=200)
    c, cl = clin(ctx, p, ["asthma", "anaphylaxis", "uti", "pneumonia", "febrile_seizure", "croup", "sickle"])
    md = ctx.staff(r.choice(["md", "resident"]))
    ph = r.choice(["pharm1", "pharm2"])
    to = ctx.partner_addr(ph, r.choice(["ordonnances", "rx", "labo"]))
    lic = "%d-%05d" % (r.randint(1, 2), r.randint(10000, 99999))
    ident = ctx.ident_lines(p, ("name", "dob", "addr", "phone") if r.random() < 0.5 else ("name", "dob"),
                            ascii_only=True)
    rx = [ctx.t("Poids : %s kg", "Weight: %s kg") % wt(ctx, c),
          ctx.t("Allergies : aucune connue", "Allergies: NKDA"), ""]
    rx += ["Rx %d. %s" % (i + 1, m) for i, m in enumerate(meds(ctx, cl))]
    if r.random() < 0.6:
        rx.append(ctx.t("Indication : ", "Indication: ") + dx(ctx, cl))
    rx += ["", ctx.t("Renouvellements : 0", "Refills: 0"),
           "%s - %s %s" % (C.display(md, L), ctx.t("permis", "licence"), lic)]
    mode = r.choice(["pdf", "pdf", "body"])
    title = ctx.t("Ordonnance", "Prescription")
    if mode == "pdf":
        pdf = A.make_pdf(title, ident + [""] + rx, [C.ORG[L], ctx.t(C.ORG["ed_fr"], C.ORG["ed_en"]),
                                                    C.ORG["addr_" + L]], compress=r.random() < 0.5)
        fn = r.choice(["ordonnance.pdf", "Rx_%s.pdf" % ctx.day.strftime("%Y%m%d"),
                       "ordonnance_%s_%s.pdf" % (C.ascii_fold(p["surname"]).upper(), p["given"][0])])
        text = "\n".join([ctx.greeting(), "",
                          ctx.t("Ordonnance ci-jointe pour un patient qui passera la chercher aujourd'hui. "
                                "L'original suit par télécopieur.",
                                "Prescription attached for a patient picking it up today. Original to follow "
                                "by fax."), "", ctx.closing(), C.signature(md, L, r, "ed")])
        root = mixed(M.make_body(r, text), pdf_part(ctx, pdf, fn))
    else:
        text = "\n".join([ctx.greeting(), "", ctx.t("Ordonnance verbale confirmée par courriel :",
                                                    "Confirming the phone order by email:"), ""]
                         + ident + [""] + rx + ["", C.signature(md, L, r, "ed")])
        root = M.make_body(r, text)
    subj = r.choice([ctx.t("Ordonnance urgence HPTR", "HPTR ED prescription"),
                     ctx.t("Rx - à préparer", "Rx to fill"), ctx.t("Ordonnance", "Prescription")])
    return finish(ctx, headers(ctx, sender_tuple(md, L), to, subj), root, "prescription",
                  ctx.t("ordonnance transmise à la pharmacie", "prescription sent to pharmacy"))


def p_school_note(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=5 * 365)
    c, cl = clin(ctx, p, ["concussion", "fracture", "asthma", "anaphylaxis", "pneumonia", "gastro"])
    md = ctx.staff(r.choice(["md", "rn"]))
    back = ctx.day + datetime.timedelta(days=r.randint(2, 10))
    nm = ctx.name(p, full=True)
    restr = {"concussion": ctx.t("aucun sport ni cours d'éducation physique avant l'autorisation médicale; "
                                 "retour progressif en classe (demi-journées la première semaine)",
                                 "no sports or gym class until medically cleared; gradual return to "
                                 "class (half days the first week)"),
             "fracture": ctx.t("pas d'éducation physique pendant 3 semaines, attelle à garder en classe",
                               "no gym for 3 weeks, splint to be worn in class"),
             "anaphylaxis": ctx.t("garder l'auto-injecteur EpiPen sur place en tout temps",
                                  "keep the EpiPen at school at all times")}.get(
        c["key"], ctx.t("retour en classe lorsque l'enfant est sans fièvre 24 h",
                        "back to school once fever-free for 24 h"))
    if c["key"] == "anaphylaxis":
        ctx.add("medication")
    note = [ctx.t("Billet médical", "Medical note"), "",
            ctx.t("Je certifie que %s a été vu(e) à l'urgence de l'%s le %s pour %s.",
                  "This is to certify that %s was seen in the %s ED on %s for %s.") % (
                nm, C.ORG[L], C.fmt_date(ctx.day, L, "long"), dx(ctx, cl)),
            ctx.t("Absence justifiée jusqu'au %s inclusivement.", "Absence excused through %s.")
            % C.fmt_date(back, L, "long"),
            ctx.t("Restrictions : ", "Restrictions: ") + restr + ".", "", C.display(md, L)]
    to_school = r.random() < 0.5
    if to_school:
        to = ctx.partner_addr(r.choice(["school1", "school2"]), r.choice(["secretariat", "direction",
                                                                          "infirmerie"]))
        intro = ctx.t("Bonjour, à la demande du parent, voici le billet médical.",
                      "Hello, at the parent's request, here is the medical note.")
    else:
        to = ("%s %s" % (p["parent"]["given"], p["parent"]["surname"]), ctx.family_email(p))
        intro = ctx.t("Bonjour, comme convenu voici le billet pour l'école.",
                      "Hello, as discussed here is the note for school.")
    if r.random() < 0.5:
        fn = r.choice(["billet_%s.pdf" % C.ascii_fold(p["given"]).lower(), "billet_medical.pdf",
                       "note_%s_%s.pdf" % (p["given"], p["surname"])])
        if not to_school and r.random() < 0.3:
            fn = "billet_école_%s.pdf" % p["given"]
        root = mixed(M.make_body(r, "\n".join([intro, "", ctx.closing(), C.signature(md, L, r, "ed")])),
                     pdf_part(ctx, A.make_pdf(note[0], note[2:], [C.ORG[L], C.ORG["addr_" + L]],
                                              compress=r.random() < 0.5), fn))
    else:
        root = M.make_body(r, "\n".join([intro, "", "-" * 30] + note + ["-" * 30, "",
                                                                       C.signature(md, L, r, "ed")]))
    subj = r.choice([ctx.t("Billet médical", "Medical note for school"), ctx.t("Billet pour l'école",
                                                                               "School note"),
                     ctx.t("Absence - %s" % p["given"], "Absence - %s" % p["given"])])
    return finish(ctx, headers(ctx, sender_tuple(md, L), to, subj), root, "school_note",
                  ctx.t("billet médical pour l'école", "medical note for school"))


def p_poison_centre(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=300)
    c, cl = clin(ctx, p, ["apap", "battery", "cannabis"])
    cap = ctx.partner_addr("cap", r.choice(["consultation", "garde", "toxicologue"]))
    md = ctx.staff(r.choice(["md", "resident"]))
    from_cap = r.random() < 0.4
    lines = [ctx.t("Suivi de l'appel de %sh%02d" % (r.randint(0, 23), r.randint(0, 59)),
                   "Follow-up of the %02d:%02d call" % (r.randint(0, 23), r.randint(0, 59))), "",
             ctx.t("Enfant : ", "Child: ") + ctx.name(p) + ", %s, %s kg" % (p["age"], wt(ctx, c)),
             ctx.t("Exposition : ", "Exposure: ") + cl["hx"],
             ctx.t("Impression : ", "Impression: ") + dx(ctx, cl)]
    lines += [bullet(ctx) + l for l in labs(ctx, c, cl)]
    lines.append(ctx.t("Traitement : ", "Treatment: ") + "; ".join(meds(ctx, cl)))
    lines.append(ctx.t("Recommandation : ", "Recommendation: ") + cl["plan"])
    if from_cap:
        sender = (ctx.t("Toxicologue de garde CAP", "Poison Centre toxicologist on call"), cap[1])
        to = [(C.display(md, L), md["email"])]
        lines += ["", ctx.t("N° de dossier CAP : %d-%05d", "Poison Centre case #: %d-%05d")
                  % (2024, r.randint(1, 40000)), ctx.t("Centre antipoison régional", "Regional Poison Centre")]
    else:
        sender = sender_tuple(md, L)
        to = [cap]
        lines += ["", C.signature(md, L, r, "ed")]
    subj = r.choice([ctx.t("Intoxication - suivi", "Poisoning - follow-up"), ctx.t("Consultation CAP",
                                                                                   "Poison centre consult"),
                     "Re: " + cl["short"]])
    return finish(ctx, headers(ctx, sender, to, subj), M.make_body(r, "\n".join(lines)), "poison_centre",
                  ctx.t("consultation au centre antipoison", "poison centre consultation"))


def p_transfer(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p, ["dka", "battery", "nat", "febrile_infant", "sickle", "bronchiolitis"])
    md = ctx.staff("md")
    to = ctx.partner_addr("tert", r.choice(["transferts", "centrale.lits", "soins.intensifs"]))
    ident = ctx.ident_lines(p, ("name", "dob", "mrn"))
    hr = r.randint(110, 180)
    text = "\n".join([ctx.greeting(), "",
                      ctx.t("Demande de transfert interétablissement - priorité %d" % r.randint(1, 2),
                            "Inter-facility transfer request - priority %d" % r.randint(1, 2)), ""] + ident + [
        ctx.t("Poids : %s kg", "Weight: %s kg") % wt(ctx, c),
        ctx.t("Dx : ", "Dx: ") + dx(ctx, cl),
        ctx.t("SV : FC %d, FR %d, SpO2 %d %%", "VS: HR %d, RR %d, SpO2 %d%%") % (hr, r.randint(22, 50),
                                                                                r.randint(90, 99)),
    ] + labs(ctx, c, cl) + [
        ctx.t("Traitement en cours : ", "Current treatment: ") + "; ".join(meds(ctx, cl)),
        ctx.t("Transport : équipe de transport pédiatrique demandée, ambulance avec infirmière.",
              "Transport: paediatric transport team requested, ambulance with nurse."),
        ctx.t("Famille informée, la mère accompagne.", "Family informed, mother will travel."),
        "", ctx.t("Rappel au %s", "Call back at %s") % C.org_phone(md["ext"], L), C.display(md, L)])
    subj = r.choice([ctx.t("Transfert - %s" % cl["short"], "Transfer - %s" % cl["short"]),
                     ctx.t("Demande de transfert urgent", "Urgent transfer request")])
    ctx.add("diagnosis")
    return finish(ctx, headers(ctx, sender_tuple(md, L), to, subj), M.make_body(r, text), "transfer",
                  ctx.t("demande de transfert vers le centre tertiaire", "transfer request to tertiary centre"))


TEMPLATES = {
    "referral": p_referral_clsc, "discharge_summary": p_discharge_summary, "census": p_census,
    "youth_protection": p_dpj_report, "lab_followup": p_lab_callback, "imaging_followup": p_imaging_recall,
    "prescription": p_pharmacy_rx, "school_note": p_school_note, "poison_centre": p_poison_centre,
    "transfer": p_transfer,
}
