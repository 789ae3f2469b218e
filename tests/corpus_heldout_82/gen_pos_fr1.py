"""Confidential messages in French, part 1 (step 6): letters, referrals, labs, prescriptions."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
import gen_ids as I
import gen_mime as M


# --------------------------------------------------------------------------- helpers
def gp(ctx, c):
    p = ctx.staff("Dr")
    org = ctx.rng.choice(G.BE_GP if c == "be" else G.FR_GP)
    dom = G.slug(org).replace(".", "-")[:24].rstrip("-") + ".example"
    return p, org, dom


def doc_addr(p, dom):
    return ("%s %s %s" % (p.get("title", ""), p["given"], p["surname"])).strip(), G.email_of(p, dom)


def id_str(rng, p, m, force=None):
    """Return a string with the patient's national number, and label it."""
    if p["country"] == "be":
        m.t("be_niss")
        lab = rng.choice(["NISS", "NISS", "n° national", "n° de registre national", "RRN", "INSS"])
        return "%s : %s" % (lab, I.fmt_niss(rng, p["niss"], force))
    m.t("fr_nir")
    lab = rng.choice(["NIR", "n° de sécurité sociale", "n° SS", "INS (NIR)", "Matricule INS", "n° d'immatriculation"])
    return "%s : %s" % (lab, I.fmt_nir(rng, p["nir"], force))


def né(p):
    return "né" if p["sex"] == "M" else "née"


def vous_patient(p):
    return "votre patient" if p["sex"] == "M" else "votre patiente"


def stay(ctx, m):
    m.date = ctx.when()
    d2 = m.date.date() - datetime.timedelta(days=ctx.rng.randrange(0, 4))
    d1 = d2 - datetime.timedelta(days=ctx.rng.randrange(2, 16))
    return d1, d2


def greet(rng, p_doc=None):
    return rng.choice(["Cher Confrère,", "Chère Consœur,", "Cher Confrère, chère Consœur,", "Cher ami,",
                       "Bonjour,", "Cher Docteur,", "Chère collègue,"])


def close(rng):
    return rng.choice(["Bien confraternellement,", "Confraternellement,", "Bien à vous,",
                       "Je reste à votre disposition pour tout renseignement complémentaire.\n\nBien confraternellement,",
                       "Avec mes salutations confraternelles,", "Merci d'avance et bonne journée,", "Cordialement,"])


def meds_block(rng, dx, n=None):
    meds = list(dx["meds"])
    rng.shuffle(meds)
    extra = rng.sample(["pantoprazole 40 mg 1x/j", "paracétamol 1 g si douleur", "macrogol 1 sachet/j",
                        "amlodipine 5 mg 1x/j", "acide acétylsalicylique 80 mg 1x/j", "zolpidem 10 mg au coucher si besoin",
                        "lormétazépam 1 mg le soir"], rng.randrange(0, 3))
    return ["- " + x for x in meds[:n or len(meds)] + extra]


def labs_block(dx):
    return ["- %s : %s %s (N : %s)" % (n, v, u, r) if r else "- %s : %s %s" % (n, v, u)
            for n, v, u, r in dx["labs"]]


# --------------------------------------------------------------------------- templates
def sortie_be(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "lettre_sortie")
    c = rng.choice(["be", "be", "be", "fr"])
    h = ctx.hosp(c)
    p = ctx.patient(c)
    m.p = p
    dx = C.pick_dx(rng, p)
    d1, d2 = stay(ctx, m)
    doc = ctx.staff("Dr")
    g, org, gdom = gp(ctx, c)
    name = I.fmt_name(rng, p)
    m.t("patient_name", "diagnosis")
    lines = [greet(rng), ""]
    intro = "Nous avons hospitalisé %s %s" % (vous_patient(p), name)
    extras = []
    if rng.random() < 0.6:
        extras.append("%s le %s" % (né(p), I.fmt_date_fr(rng, p["dob"])))
        m.t("date_of_birth")
    if rng.random() < 0.7:
        extras.append(id_str(rng, p, m))
    if extras:
        intro += " (" + ", ".join(extras) + ")"
    intro += " dans notre service %s du %s au %s pour %s." % (
        I.de(dx["spec"]), d1.strftime("%d/%m/%Y"), d2.strftime("%d/%m/%Y"), dx["fr"])
    lines.append(intro)
    lines.append("")
    lines.append(rng.choice([
        "L'évolution a été favorable sous traitement, avec une reprise progressive de l'autonomie.",
        "Le séjour a été marqué par un épisode de confusion nocturne résolutif en 48 heures.",
        "Le bilan complémentaire n'a pas mis en évidence d'autre cause. La mobilisation a été précoce avec l'aide de la kiné.",
        "Les suites ont été simples. La patiente/le patient rentre à domicile avec l'aide de sa famille.",
    ]))
    if rng.random() < 0.8 and dx["meds"]:
        lines += ["", rng.choice(["Traitement de sortie :", "Traitement à domicile :", "Médication à la sortie :"])]
        lines += meds_block(rng, dx)
        m.t("medication")
    if dx["labs"] and rng.random() < 0.6:
        lines += ["", "Biologie de sortie :"] + labs_block(dx)
        m.t("lab_result")
    lines += ["", rng.choice(C.INSTR_FR), "", close(rng), "",
              G.signature(rng, doc, "Service " + I.de(dx["spec"]), h, inami=I.make_inami(rng) if c == "be" else None,
                          rpps=I.make_rpps(rng) if c == "fr" else None)]
    m.text = "\n".join(lines)
    subj_kind = rng.randrange(4)
    if subj_kind == 0:
        m.subject = "Lettre de sortie – %s" % I.fmt_name(rng, p, style="upper_first")
    elif subj_kind == 1:
        m.subject = "Sortie de %s (%s)" % (vous_patient(p), dx["spec"])
    elif subj_kind == 2:
        m.subject = "Courrier de sortie hospitalisation du %s" % d1.strftime("%d/%m")
    else:
        m.subject = "TR: Lettre de sortie %s %s" % (p["surname"].upper(), p["given"][0] + ".")
    m.sender = doc_addr(doc, h["dom"])
    if rng.random() < 0.4:
        m.sender = ("Secrétariat %s" % dx["spec"], "secr.%s@%s" % (G.slug(dx["spec"]).split(".")[0], h["dom"]))
    m.to = [doc_addr(g, gdom)]
    m.note = "discharge letter to the GP, inline (%s)" % c
    return m


def sortie_pdf(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "lettre_sortie_pdf")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    p = ctx.patient(c)
    m.p = p
    dx = C.pick_dx(rng, p)
    d1, d2 = stay(ctx, m)
    doc = ctx.staff("Dr")
    g, org, gdom = gp(ctx, c)
    mrn = I.mrn_value(rng, "ipp" if c == "fr" else rng.choice(["be", "upi"]))
    mlab = "IPP" if c == "fr" else rng.choice(["N° dossier", "UPI"])
    pdf_lines = ["# COMPTE RENDU D'HOSPITALISATION" if c == "fr" else "# LETTRE DE SORTIE", "",
                 "Patient : %s %s" % (p["surname"].upper(), p["given"]),
                 "Date de naissance : %s   Sexe : %s" % (p["dob"].strftime("%d/%m/%Y"), p["sex"]),
                 id_str(rng, p, m, "dots" if c == "be" else "std"),
                 "%s : %s" % (mlab, mrn),
                 "Séjour : du %s au %s – service %s" % (d1.strftime("%d/%m/%Y"), d2.strftime("%d/%m/%Y"), I.de(dx["spec"])),
                 "", "# Motif d'hospitalisation / diagnostic principal", dx["fr"], "",
                 "# Traitement de sortie"] + meds_block(rng, dx) + ["", "# Biologie"] + (labs_block(dx) or ["sans particularité"]) + \
                ["", "# Suivi", rng.choice(C.INSTR_FR), "", "Dr %s %s" % (doc["given"], doc["surname"])]
    m.t("patient_name", "date_of_birth", "mrn", "diagnosis")
    if dx["meds"]:
        m.t("medication")
    if dx["labs"]:
        m.t("lab_result")
    pdfb = A.pdf(pdf_lines, title="Lettre de sortie", compress=rng.random() < 0.7, header=[h["name"], h["addr"]])
    fname = rng.choice(["lettre_sortie_%s.pdf" % mrn, "CRH_%s.pdf" % d2.strftime("%Y%m%d"), "courrier.pdf",
                        "Lettre de sortie %s.pdf" % d2.strftime("%d-%m-%Y")])
    m.attachments.append(M.Attach(fname, "application/pdf", pdfb))
    body = [greet(rng), "",
            rng.choice(["Veuillez trouver ci-joint le courrier de sortie de %s." % vous_patient(p),
                        "Vous trouverez en pièce jointe le compte rendu d'hospitalisation.",
                        "Ci-joint la lettre de sortie, l'original suit par la poste."]),
            "", close(rng), "", G.signature(rng, doc, "Service " + I.de(dx["spec"]), h)]
    m.text = "\n".join(body)
    m.subject = rng.choice(["Compte rendu d'hospitalisation", "Lettre de sortie", "CRH %s" % d2.strftime("%d/%m/%Y"),
                            "Courrier de sortie (%s)" % mlab + " " + mrn])
    if mlab + " " + mrn in m.subject:
        pass
    m.sender = doc_addr(doc, h["dom"])
    m.to = [doc_addr(g, gdom)]
    m.note = "discharge letter in a PDF attachment (%s)" % c
    return m


def avis_fr(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "demande_avis")
    c = rng.choice(["fr", "fr", "be"])
    h = ctx.hosp(c)
    p = ctx.patient(c, age_range=(30, 88))
    m.p = p
    dx = C.pick_dx(rng, p)
    m.date = ctx.when()
    g, org, gdom = gp(ctx, c)
    spec = ctx.staff("Dr")
    age = I.age_at(p["dob"], m.date.date())
    name = I.fmt_name(rng, p, style=rng.choice(["title", "upper_title", "initial", "plain"]))
    m.t("patient_name", "diagnosis")
    sympt = rng.choice(C.SYMPT.get(dx["spec"], ["une altération de l'état général"]))
    lines = [greet(rng), "",
             "Je me permets de vous adresser %s, %d ans, pour avis concernant %s." % (name, age, sympt),
             "", "Antécédents : %s." % rng.choice(["HTA, dyslipidémie", "tabagisme actif 30 PA", "cholécystectomie, dépression",
                                                   "aucun antécédent notable", "diabète de type 2, obésité (IMC 34)"]),
             "Hypothèse : %s ?" % dx["fr"]]
    if dx["meds"] and rng.random() < 0.7:
        lines.append("Traitement actuel : " + ", ".join(C.short_med(x) for x in dx["meds"]) + ".")
        m.t("medication")
    if rng.random() < 0.6:
        lines.append("")
        lines.append(id_str(rng, p, m))
    if rng.random() < 0.5:
        lines.append("Date de naissance : " + I.fmt_date_fr(rng, p["dob"]))
        m.t("date_of_birth")
    if rng.random() < 0.4:
        ph = I.phone_fr(rng) if c == "fr" else I.phone_be(rng)
        lines.append("Elle/il est joignable au %s pour le rendez-vous." % ph)
        m.t("patient_contact")
    lines += ["", "Je vous remercie pour votre avis et reste à votre disposition.", "",
              close(rng), "", G.signature(rng, g, "Médecin généraliste", org, rpps=I.make_rpps(rng) if c == "fr" else None,
                                          inami=I.make_inami(rng, comp="004") if c == "be" else None)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Demande d'avis %s" % dx["spec"], "Demande d'avis – %s" % I.fmt_name(rng, p, style="upper_first"),
                            "Adressage en consultation", "Pour avis svp", "Patient(e) à voir en %s" % dx["spec"]])
    m.sender = doc_addr(g, gdom)
    m.to = [doc_addr(spec, h["dom"])]
    if rng.random() < 0.4:
        m.cc = [("Secrétariat %s" % dx["spec"], "rdv.%s@%s" % (G.slug(dx["spec"]).split(".")[0], h["dom"]))]
    m.note = "GP referral asking for a specialist opinion (%s)" % c
    return m


def reponse_quoted(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "reponse_avis")
    c = rng.choice(["fr", "be"])
    h = ctx.hosp(c)
    p = ctx.patient(c, age_range=(25, 85))
    m.p = p
    dx = C.pick_dx(rng, p)
    m.date = ctx.when()
    g, org, gdom = gp(ctx, c)
    spec = ctx.staff("Dr")
    orig_date = m.date - datetime.timedelta(days=rng.randrange(3, 30))
    name = I.fmt_name(rng, p)
    m.t("patient_name", "diagnosis")
    orig = ["Cher Confrère,", "",
            "Pourriez-vous voir rapidement %s, que je suis pour %s ? " % (name, dx["fr"]) +
            rng.choice(["La situation se dégrade malgré le traitement.", "Je m'interroge sur l'intérêt d'adapter le traitement.",
                        "Elle/il est inquiet(e) et demande un second avis."]),
            ]
    if rng.random() < 0.5:
        orig.append(id_str(rng, p, m))
    orig += ["", "Merci,", "Dr %s %s" % (g["given"], g["surname"])]
    reply = [rng.choice(["Cher ami,", "Chère Consœur,", "Cher Confrère,", "Bonjour,"]), "",
             rng.choice(["Je l'ai vu(e) ce matin en consultation.", "Vu(e) ce jour.", "Merci pour l'adressage, je l'ai reçu(e) hier."]),
             rng.choice(["L'échographie est rassurante, je propose de poursuivre le traitement actuel.",
                         "Je propose une adaptation thérapeutique et un contrôle dans trois mois.",
                         "Je le/la programme pour une hospitalisation de jour la semaine prochaine."])]
    if dx["meds"] and rng.random() < 0.6:
        reply.append("Je majore : " + dx["meds"][0] + ".")
        m.t("medication")
    reply += ["", rng.choice(["Bien à toi,", "Confraternellement,", "Bonne journée,"]), spec["given"] + " " + spec["surname"]]
    sep = rng.choice(["gt", "outlook"])
    if sep == "gt":
        text = "\n".join(reply) + "\n\nLe %s, Dr %s %s a écrit :\n%s" % (G.date_fr_header(orig_date), g["given"], g["surname"],
                                                                     G.quote("\n".join(orig)))
    else:
        text = "\n".join(reply) + "\n\n________________________________\nDe : %s %s\nEnvoyé : %s\nÀ : %s %s\nObjet : %s\n\n%s" % (
            g["given"], g["surname"], G.date_fr_header(orig_date), spec["given"], spec["surname"],
            "avis", "\n".join(orig))
    m.text = text
    m.subject = rng.choice(["RE: avis", "RE: Demande d'avis", "Re: patient(e) adressé(e)", "RE: pour avis svp"])
    m.sender = doc_addr(spec, h["dom"])
    m.to = [doc_addr(g, gdom)]
    m.in_reply_to = "<%d.avis@%s>" % (rng.randrange(10 ** 8), gdom)
    m.note = "specialist reply; identity only in the quoted referral (%s)" % c
    return m


def bio_hprim(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "resultats_biologie")
    p = ctx.patient("fr")
    m.p = p
    lab = rng.choice(G.FR_LABS)
    ldom = G.slug(lab).replace(".", "-") + ".example"
    g, org, gdom = gp(ctx, "fr")
    m.date = ctx.when()
    panel = rng.choice(C.LAB_PANELS_FR)
    ipp = I.mrn_value(rng, "ipp")
    rows = ["H|^~\\&|||%s|||||%s %s||P|H2.2^C|%s" % (lab.upper(), g["surname"].upper(), g["given"].upper(),
                                                 m.date.strftime("%Y%m%d%H%M")),
            "P|1||%s|%s|%s^%s||%s|%s|||||||||||||" % (ipp, p["nir"], p["surname"].upper(), p["given"].upper(),
                                                      p["dob"].strftime("%Y%m%d"), p["sex"]),
            "OBR|1|||BILAN^Bilan sanguin||%s" % m.date.strftime("%Y%m%d0730")]
    for i, (n, v, u, r, f) in enumerate(panel, 1):
        rows.append("OBX|%d|%s|%s^%s||%s|%s|%s|%s|||F" % (i, "NM" if v[:1].isdigit() else "TX", G.slug(n)[:8].upper(), n,
                                                            v.replace(",", ".") if v[:1].isdigit() else v, u, r, f or "N"))
    rows.append("L|1|||")
    hpr = "\r\n".join(rows) + "\r\n"
    m.t("patient_name", "fr_nir", "date_of_birth", "mrn", "lab_result")
    if rng.random() < 0.5:
        m.attachments.append(M.Attach("%s.hpr" % rng.choice([ipp, m.date.strftime("%Y%m%d_%H%M")]), "text/plain", hpr))
        body = ["Bonjour Docteur,", "", "Veuillez trouver ci-joint les résultats au format HPRIM.",
                rng.choice(["", "Valeurs hors normes signalées par le biologiste."]), "", lab, "Secrétariat"]
    else:
        zname = "resultats_%s.zip" % m.date.strftime("%Y%m%d")
        pdfb = A.pdf(["# %s" % lab, "Patient : %s %s   %s le %s" % (p["surname"].upper(), p["given"], né(p), p["dob"].strftime("%d/%m/%Y")),
                      "NIR : " + I.fmt_nir(rng, p["nir"], "std"), ""] +
                     ["%-28s %10s %-10s (%s) %s" % (n, v, u, r, f) for n, v, u, r, f in panel])
        m.attachments.append(M.Attach(zname, "application/zip", A.make_zip([(ipp + ".hpr", hpr.encode("latin-1")),
                                                                            ("compte_rendu.pdf", pdfb)])))
        body = ["Docteur,", "", "Transmission automatique de résultats (HPRIM + PDF).", "Ne pas répondre à ce message.", "",
                "%s – service informatique" % lab]
    m.text = "\n".join(body)
    m.subject = rng.choice(["Résultats de biologie", "HPRIM – résultats", "Résultats %s" % m.date.strftime("%d/%m/%Y"),
                            "[%s] Résultats disponibles" % lab])
    m.sender = (lab, "resultats@" + ldom)
    m.to = [doc_addr(g, gdom)]
    m.note = "lab results exported as HPRIM in an attachment"
    return m


def bio_be(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "resultats_biologie")
    p = ctx.patient("be")
    m.p = p
    g, org, gdom = gp(ctx, "be")
    spec = ctx.staff("Dr")
    h = ctx.hosp("be")
    m.date = ctx.when()
    panel = rng.choice(C.LAB_PANELS_FR)
    name = I.fmt_name(rng, p, style=rng.choice(["upper_first", "title", "lower", "sur_comma"]))
    m.t("patient_name", "lab_result")
    lines = [rng.choice(["Salut,", "Cher Confrère,", "Bonjour %s," % spec["given"]]), "",
             rng.choice(["Je te transmets la biologie %s reçue ce matin :" % I.de(name),
                         "Voici les derniers résultats %s, qu'en penses-tu ?" % I.de(name),
                         "Résultats %s (prise de sang du %s) :" % (I.de(name), (m.date - datetime.timedelta(days=1)).strftime("%d/%m"))]),
             "", "Paramètre | Résultat | Unité | Valeurs de réf.", "---|---|---|---"]
    for n, v, u, r, f in panel:
        lines.append("%s | %s%s | %s | %s" % (n, v, " *" if f else "", u, r))
    lines.append("")
    if rng.random() < 0.6:
        lines.append(id_str(rng, p, m))
    if rng.random() < 0.4:
        lines.append("%s le %s" % (né(p).capitalize(), I.fmt_date_fr(rng, p["dob"])))
        m.t("date_of_birth")
    lines += ["", rng.choice(["Faut-il l'hospitaliser ou peut-on attendre ta consultation de jeudi ?",
                              "Je la/le revois lundi, tiens-moi au courant.", "Merci pour ton aide."]), "",
              G.signature(rng, g, "Médecin généraliste", org, inami=I.make_inami(rng, comp="004"))]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["biologie", "Résultats sanguins", "avis sur une biologie", "Bio %s" % p["surname"]])
    m.sender = doc_addr(g, gdom)
    m.to = [doc_addr(spec, h["dom"])]
    m.note = "GP forwards a patient's lab table to a specialist (be)"
    return m


def ordonnance(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "ordonnance")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    dx = C.pick_dx(rng, p, need_meds=True)
    g, org, gdom = gp(ctx, c)
    m.date = ctx.when()
    m.t("patient_name", "medication")
    meds = [x[2:] for x in meds_block(rng, dx)]
    if c == "be":
        rid = "BEP0%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        lines = ["# PRESCRIPTION DE MÉDICAMENTS", "Prescripteur : Dr %s %s – INAMI %s" % (g["given"], g["surname"], I.make_inami(rng, comp="004")),
                 "Bénéficiaire : %s %s" % (p["surname"].upper(), p["given"]),
                 "NISS : " + I.fmt_niss(rng, p["niss"], "dots"), "Recip-e RID : " + rid, ""] + ["R/ " + x for x in meds] + \
                ["", "Date : %s" % m.date.strftime("%d/%m/%Y"), "Date de délivrance à partir de : %s" % m.date.strftime("%d/%m/%Y")]
        m.t("be_niss")
    else:
        ald = rng.random() < 0.5
        lines = ["# ORDONNANCE" + (" BIZONE" if ald else ""), "Dr %s %s – RPPS %s" % (g["given"], g["surname"], I.make_rpps(rng)),
                 org, "", "%s %s %s" % (I.title_fr(p), p["surname"].upper(), p["given"]),
                 "%s le %s" % (né(p).capitalize(), p["dob"].strftime("%d/%m/%Y")), ""]
        m.t("date_of_birth")
        if ald:
            lines += ["Prescriptions relatives au traitement de l'affection de longue durée reconnue (liste ou hors liste) :"]
        lines += meds + ["", "Fait le %s" % m.date.strftime("%d/%m/%Y")]
    as_docx = rng.random() < 0.3
    if as_docx:
        blob = A.docx(lines[1:], title=lines[0][2:])
        fn = rng.choice(["ordonnance.docx", "ordo_%s.docx" % m.date.strftime("%d%m%y")])
        m.attachments.append(M.Attach(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", blob))
    else:
        blob = A.pdf(lines, compress=rng.random() < 0.5)
        fn = rng.choice(["ordonnance.pdf", "Ordonnance_%s.pdf" % m.date.strftime("%Y-%m-%d"), "prescription.pdf", "scan0001.pdf"])
        m.attachments.append(M.Attach(fn, "application/pdf", blob))
    who = rng.choice(["pharmacy", "nurse", "patient_family"])
    if who == "pharmacy":
        to = ("Pharmacie du Centre", "officine@pharmacie-centre.example")
        body = ["Bonjour,", "", "Voici l'ordonnance pour le patient dont nous avons parlé au téléphone, il passera cet après-midi.",
                "", "Bonne journée,", g["given"] + " " + g["surname"]]
    elif who == "nurse":
        to = ("Soins à domicile", "planning@soins-domicile.example")
        body = ["Bonjour,", "", "Ci-joint la nouvelle ordonnance pour le passage infirmier (adaptation du traitement).",
                "", "Merci,", "Dr " + g["surname"]]
    else:
        to = ("", "famille.%s@courriel.example" % G.slug(p["surname"]))
        body = ["Bonjour,", "", "Comme convenu, voici l'ordonnance renouvelée pour votre %s." % rng.choice(["mère", "père", "conjoint(e)"]),
                "", "Cordialement,", "Dr %s %s" % (g["given"], g["surname"]), org]
    m.text = "\n".join(body)
    m.subject = rng.choice(["Ordonnance", "ordonnance renouvellement", "Prescription", "TR: ordo"])
    m.sender = doc_addr(g, gdom)
    m.to = [to]
    m.note = "prescription attached as %s (%s)" % ("DOCX" if as_docx else "PDF", c)
    return m
