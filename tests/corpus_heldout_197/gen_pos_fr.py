"""French-Canadian confidential messages (positives), part 1."""

import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Mail, ext, fwd_block, inner_eml, reply_intro, who, earlier
from gen_clin import (MEDS_NUTR, MEDS_ORAL, DX_APHASIA, DX_KID, DX_NUTR, DX_SWALLOW, FORMULAS, IDDSI, LIQ, MEDS,
                      VFSS_FINDINGS, cap, labs, short, weight_story)
from gen_common import (ORG, disguise, fdate, fmt_nir, fmt_niss, gen_mrn, gen_nir, gen_niss,
                        gen_sin, home_address, later, name_as, personal_phone, signature,
                        fr_day, MRN_GROUPS, SIN_GROUPS, _asciify)
from gen_mime import html_table, quote, text_table, text_to_html

L = "fr"


def sexe(p, style=0):
    return [p.sex, "sexe %s" % p.sex, "féminin" if p.sex == "F" else "masculin"][style % 3]


def dob_fr(ctx, p, style=None):
    ctx.t("date_of_birth")
    style = style or ctx.pick(["iso", "fr_slash", "fr_long", "iso", "dot"])
    return fdate(p.dob, style)


def mrn_fr(ctx, style=None):
    m = gen_mrn(ctx.rng)
    style = style or ctx.pick(["plain", "hyphen", "space", "plain", "slash", "fullwidth"])
    return m, ctx.ident("mrn", m, disguise(m, style, MRN_GROUPS))


def room(ctx):
    return "%d%02d" % (ctx.rng.randint(2, 6), ctx.rng.randint(1, 40))


# ------------------------------------------------------------------ 1 referral

def referral(ctx, v):
    ctx.category = "referral"
    ctx.note = "demande de consultation en déglutition"
    p = ctx.patient("nam")
    style = ["full", "upper_first", "title_full", "lower"][v]
    nm = name_as(p, style, L)
    ctx.t("patient_name", "diagnosis", "medication")
    dx = ctx.pick(DX_SWALLOW[L])
    meds = ctx.rng.sample(MEDS_ORAL[L], 3)
    nam = ctx.nam(p)
    dob = dob_fr(ctx, p)
    doc = ctx.pick(["gp", "geri"])
    sender = who(doc, L, title=True)
    lines = [
        "Bonjour,",
        "",
        "Je vous adresse %s pour évaluation de la déglutition." % nm,
        "",
        "NAM : %s    DDN : %s    Sexe : %s" % (nam, dob, p.sex),
        "Dx : %s" % dx,
        "Histoire : toux et voix mouillée aux liquides depuis %d semaines, perte de poids "
        "rapportée par la famille, un épisode de fièvre la semaine dernière." % ctx.rng.randint(2, 6),
        "Rx actuelle : %s." % "; ".join(meds),
        "",
        "Actuellement en %s avec %s, mais l'équipe de soins n'est pas à l'aise." % (
            ctx.pick(IDDSI[L][2:]), ctx.pick(LIQ[L][:2])),
        "Merci de me faire suivre votre rapport et vos recommandations.",
        "",
        signature(doc, L),
    ]
    if v == 1:
        lines.insert(9, "Priorité : P2 (sous 7 jours). Patient hospitalisé, chambre %s." % room(ctx))
    subj = ["Demande de consultation - orthophonie (déglutition)",
            "Réf. clinique de dysphagie - %s" % name_as(p, "upper_first", L),
            "consultation déglutition svp",
            "Référence orthophonie / dysphagie"][v]
    mode = ["plain", "alt", "html", "plain"][v]
    to = [who("clerk2", L), who("slp1", L)] if v % 2 else [who("slp2", L)]
    m = Mail(ctx, sender, to, subj, "\n".join(lines), mode=mode)
    if v == 3:
        form = make_docx("Demande de consultation - Orthophonie", [
            ("kv", [("Nom, prénom", name_as(p, "upper_first", L)), ("NAM", nam),
                    ("Date de naissance", fdate(p.dob, "iso")), ("Sexe", p.sex),
                    ("Motif", "Évaluation de la déglutition"), ("Diagnostic", dx)]),
            "Médication : " + ", ".join(meds),
            "Signature du médecin référent : " + sender[0],
        ], sender[0], datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 9, 0))
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", form,
                 "demande_consult_orthophonie_%s.docx" % _asciify(p.surname).lower())
    return m


# ------------------------------------------------------------------ 2 VFSS report (PDF)

def vfss(ctx, v):
    ctx.category = "imaging"
    ctx.note = "rapport de vidéofluoroscopie de déglutition"
    p = ctx.patient("fr")
    mrn, mrn_shown = mrn_fr(ctx, style=ctx.pick(["plain", "hyphen", "space"]))
    ctx.t("patient_name", "diagnosis", "date_of_birth")
    finding = ctx.pick(VFSS_FINDINGS[L])
    rec_diet = ctx.pick(IDDSI[L][2:])
    rec_liq = ctx.pick(LIQ[L][1:3])
    exam = ctx.day
    pdf = make_pdf("Étude vidéofluoroscopique de la déglutition", [
        ("kv", [("Patient", name_as(p, "upper_first", L)), ("No de dossier", mrn_shown),
                ("Date de naissance", fdate(p.dob, "iso")), ("Date de l'examen", fdate(exam, "iso")),
                ("Radiologiste", "Dr François Guimond"),
                ("Orthophoniste", "Olivier Bergeron")]),
        ("h", "Indication"),
        cap(ctx.pick(DX_SWALLOW[L])) + ". Toux aux repas.",
        ("h", "Constatations"),
        cap(finding) + ".",
        "Consistances testées : liquides clairs, légèrement épaissis, purée, solide mou.",
        ("h", "Recommandations"),
        "Diète %s, %s. Positionnement à 90 degrés, petites bouchées, supervision aux repas." % (
            rec_diet, rec_liq),
        "Réévaluation clinique dans 2 semaines.",
    ], author="Imagerie médicale CHRVS", header="CHRVS - Imagerie médicale - Document confidentiel")
    fn = ["VFSS_%s_%s.pdf" % (_asciify(p.surname).upper(), fdate(exam, "compact")),
          "rapport_vfss_%s.pdf" % mrn,
          "Vidéofluoro - %s %s.pdf" % (p.surname, p.given),
          "Rapport VFSS.pdf"][v]
    r = room(ctx)
    body = ["Bonjour,", ""]
    if v == 0:
        body.append("Le rapport de la vidéofluoro de ce matin est joint. En résumé : %s." % finding)
    elif v == 1:
        body.append("Rapport ci-joint pour %s (dossier %s). %s." % (
            name_as(p, "title", L), mrn_shown, cap(finding)))
    elif v == 2:
        body.append("Voici le compte rendu pour la chambre %s. Aspiration documentée, on "
                    "change la diète dès le dîner." % r)
    else:
        body.append("Compte rendu VFSS en pièce jointe (ch. %s)." % r)
    body += ["", "Recommandations : %s, %s." % (rec_diet, rec_liq), "",
             "Olivier", "", signature("slp2", L)]
    subj = ["VFSS - résultat", "Résultat vidéofluoro dossier %s" % mrn_shown,
            "VFSS ch. %s" % r, "TR: compte rendu VFSS"][v]
    m = Mail(ctx, who("slp2", L), [who("nurse", L), who("diet1", L)], subj, "\n".join(body),
             mode=["plain", "alt", "plain", "html"][v])
    m.attach("application/pdf", pdf, fn)
    return m


# ------------------------------------------------------------------ 3 enteral census

def census(ctx, v):
    ctx.category = "census"
    ctx.note = "liste de suivi en nutrition entérale"
    ctx.t("patient_name", "mrn", "diagnosis", "lab_result", "medication")
    rows = [["Ch.", "Nom", "Dossier", "Dx", "Voie / formule", "Débit", "Remarques"]]
    n = ctx.rng.randint(5, 8)
    for i in range(n):
        p = ctx.patient("fr")
        mrn = gen_mrn(ctx.rng)
        ctx.ident("mrn", mrn, mrn)
        dx = ctx.pick(DX_NUTR[L] + DX_SWALLOW[L])
        voie = ctx.pick(["TNG", "GPE", "JPE", "TNJ"])
        rate = ctx.rng.randint(35, 85)
        rem = ctx.pick(["résidus gastriques > 250 mL",
                        "cible 1800 kcal", "sevrage TNG si VFSS ok", "diarrhées, C. diff nég.",
                        "K 3,%d, suppl. KCl" % ctx.rng.randint(0, 4), "glycémies 12-15"])
        if i == 0:
            rem = "PO4 0,%d -> suppl. IV" % ctx.rng.randint(45, 69)
        elif i == 1:
            rem = ctx.pick(["thiamine 100 mg x 5 j", "métoclopramide 10 mg QID"])
        nm = name_as(p, ["upper_first", "surname_first", "initial_after", "full"][v], L)
        rows.append([room(ctx), nm, mrn, short(dx, 48), "%s / %s" % (voie, ctx.pick(FORMULAS[L])),
                     "%d mL/h" % rate, rem])
    date = fdate(ctx.day, "iso")
    intro = ("Bonjour l'équipe,\n\nVoici la liste de suivi en nutrition entérale pour la fin de "
             "semaine du %s. Merci de mettre à jour la colonne Remarques lundi matin.\n\n" % date)
    sign = "\n\nKarine\n" + signature("diet2", L)
    subj = ["Liste NE fin de semaine %s" % date, "Suivi NE - SI / 4e Nord",
            "liste de garde nutrition entérale", "Pts en NE - mise à jour"][v]
    to = [who("diet1", L), who("diet3", L), who("tech", L)]
    if v == 0:
        x = make_xlsx([("NE %s" % date, rows)], "Karine Dufresne",
                      datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 15, 30))
        m = Mail(ctx, who("diet2", L), to, subj, intro.rstrip() + sign, mode="plain")
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x,
                 "suivi_NE_%s.xlsx" % fdate(ctx.day, "compact"))
    elif v == 1:
        m = Mail(ctx, who("diet2", L), to, subj, intro.rstrip() + sign, mode="alt")
        m.attach_text("text/csv", make_csv(rows, sep=";"), "liste_NE.csv")
    elif v == 2:
        html = ("<html><body><p>Bonjour l'équipe,</p><p>Liste de suivi NE, fin de semaine du %s :</p>"
                "%s<p>Karine Dufresne, Dt.P.<br>Nutrition clinique - soins intensifs<br>poste 4415"
                "</p></body></html>" % (date, html_table(rows)))
        m = Mail(ctx, who("diet2", L), to, subj, None, html=html, mode="html")
    else:
        m = Mail(ctx, who("diet2", L), to, subj, intro + text_table(rows) + sign, mode="plain")
    return m


# ------------------------------------------------------------------ 4 diet order to food services

def diet_order(ctx, v):
    ctx.category = "diet_order"
    ctx.note = "changement de texture au service alimentaire"
    ctx.t("patient_name", "diagnosis")
    items = []
    k = [1, 3, 2, 4][v]
    for i in range(k):
        p = ctx.patient("fr")
        nm = name_as(p, ["title", "initials", "surname_first", "title_full"][(v + i) % 4], L)
        items.append((room(ctx), nm, ctx.pick(IDDSI[L][1:]), ctx.pick(LIQ[L]),
                      ctx.pick(["dysphagie post-AVC", "aspiration aux liquides à la VFSS",
                                "Parkinson, fatigue aux repas",
                                "pneumonie d'aspiration", "néo ORL en radiothérapie"])))
    if v == 0:
        r, nm, d, l, why = items[0]
        text = ("Bonjour Daniel,\n\nChangement de texture pour la chambre %s (%s) à partir du "
                "souper : %s et %s. Raison : %s.\nPas de pain ni de riz pour l'instant.\n\nMerci,\n"
                "Mélanie Charest, orthophoniste" % (r, nm, d, l, why))
        m = Mail(ctx, who("slp1", L), [who("food", L)], "Changement texture ch. %s" % r, text)
    else:
        rows = [["Chambre", "Usager", "Texture", "Liquides", "Motif"]] + [list(x) for x in items]
        intro = ("Bonjour,\n\nVoici les modifications de diète suite aux évaluations de "
                 "déglutition d'aujourd'hui. À appliquer pour le prochain repas.")
        html = ("<html><body><p>Bonjour,</p><p>Modifications de diète suite aux évaluations de "
                "déglutition d'aujourd'hui (à appliquer au prochain repas) :</p>%s"
                "<p>Merci!<br>%s<br>Clinique de déglutition</p></body></html>" % (
                    html_table(rows), ["", "Annie Rochefort", "Mélanie Charest", "Olivier Bergeron"][v]))
        subj = ["", "Modifs diète - 4e Nord", "textures modifiées aujourd'hui",
                "Diètes IDDSI à modifier (%d usagers)" % k][v]
        snd = ["", "slp3", "slp1", "slp2"][v]
        m = Mail(ctx, who(snd, L), [who("food", L), who("tech", L)], subj,
                 intro + "\n\n" + text_table(rows), html=html, mode="html" if v == 1 else "alt")
    return m


# ------------------------------------------------------------------ 5 prescription to pharmacy

def prescription(ctx, v):
    ctx.category = "prescription"
    ctx.note = "ordonnance à la pharmacie communautaire"
    p = ctx.patient("nam")
    ctx.t("patient_name", "medication", "patient_contact", "diagnosis")
    nam = ctx.nam(p, style=ctx.pick(["plain", "space", "hyphen"]) if v == 2 else None)
    dob = dob_fr(ctx, p)
    addr = home_address(ctx.rng, L)
    tel = personal_phone(ctx.rng)
    dx = ctx.pick(DX_NUTR[L][:6] + DX_SWALLOW[L][:4])
    meds = ctx.rng.sample(MEDS_NUTR[L], 2)
    form = ctx.pick(FORMULAS[L])
    lab = ""
    if v in (1, 3):
        ctx.t("lab_result")
        lab = "Derniers labos (%s) : %s.\n" % (fdate(ctx.day, "iso"), labs(ctx.rng, L))
    pharm = ext("pharma", "ordonnances", "Pharmacie Dubé-Lacoste")
    body = (
        "Bonjour,\n\nVeuillez trouver l'ordonnance pour %s, %s, NAM %s, %s le %s.\n"
        "Adresse : %s - tél. %s\n\n"
        "Dx : %s\n%s\n"
        "Rx :\n - %s, 1500 mL/jour via gastrostomie, pompe 75 mL/h x 20 h\n"
        " - %s\n - %s\n - Eau : 200 mL q4h pour rinçage\n\n"
        "Livraison à domicile svp. Renouvellements : 3.\n\n%s" % (
            name_as(p, "upper_first" if v % 2 else "full", L), sexe(p, v), nam,
            "née" if p.sex == "F" else "né", dob, addr, tel,
            dx, lab, form, meds[0], meds[1], signature("diet1", L)))
    subj = ["Ordonnance - nutrition entérale à domicile", "Rx NE domicile + suppléments",
            "Ordonnance %s" % name_as(p, "initial_after", L), "renouvellement ordonnance NE"][v]
    m = Mail(ctx, who("diet1", L), [pharm], subj, body, mode=["plain", "plain", "alt", "plain"][v],
             cc=[who("pharm", L)])
    if v == 3:
        pdf = make_pdf("Ordonnance - Nutrition entérale", [
            ("kv", [("Usager", name_as(p, "upper_first", L)), ("NAM", disguise(p.nam, "space", (4, 4, 4))),
                    ("Date de naissance", fdate(p.dob, "iso")), ("Sexe", p.sex),
                    ("Adresse", addr), ("Téléphone", tel)]),
            ("h", "Prescription"), form + " 1500 mL/jour", meds[0], meds[1],
            "Prescripteur : Isabelle Veilleux, Dt.P. (ordonnance collective OC-NUT-07)",
        ], author="Isabelle Veilleux")
        m.attach("application/pdf", pdf, "ordonnance_NE.pdf")
    return m


# ------------------------------------------------------------------ 6 transport / booking with ICS

def transport(ctx, v):
    ctx.category = "transport"
    ctx.note = "demande de transport pour examen de déglutition"
    p = ctx.patient("fr")
    ctx.t("patient_name", "patient_contact", "diagnosis")
    appt = later(ctx.day, ctx.rng, 3, 15)
    hh = ctx.rng.choice([8, 9, 10, 13, 14])
    start = datetime.datetime(appt.year, appt.month, appt.day, hh, 30)
    end = start + datetime.timedelta(hours=1)
    exam = ctx.pick(["vidéofluoroscopie de déglutition (VFSS)",
                     "FEES (évaluation endoscopique de la déglutition)",
                     "évaluation en clinique de dysphagie", "nasofibroscopie avec l'ORL"])
    addr = home_address(ctx.rng, L)
    tel = personal_phone(ctx.rng)
    mob = ctx.pick(["fauteuil roulant, transfert avec aide d'une personne",
                    "marchette, peut monter 3 marches", "civière - alitée",
                    "autonome, accompagnée de sa fille"])
    nm = name_as(p, ["full", "upper_first", "title_full", "lower"][v], L)
    extra = ""
    if v in (1, 2):
        extra = "DDN : %s\n" % dob_fr(ctx, p)
    body = ("Bonjour,\n\nPourriez-vous organiser le transport aller-retour pour :\n\n"
            "%s\n%sAdresse : %s\nTél. : %s\nMobilité : %s\n\n"
            "Rendez-vous : %s à %dh30, %s, %s (pavillon B, 2e étage).\n"
            "Motif : %s ; usager dysphagique, ne rien donner par la bouche pendant le trajet.\n\n"
            "Merci,\n%s" % (nm, extra, addr, tel, mob, fr_day(appt), hh, exam, ORG["short"],
                           "suivi " + ctx.pick(DX_SWALLOW[L][:8]), signature("clerk2", L)))
    to = [ext("transport", "reservations", "Transport adapté")] if v % 2 == 0 else \
        [ext("ambul", "repartition", "Répartition - Coop ambulancière")]
    subj = ["Demande de transport - %s" % fdate(appt, "iso"),
            "Transport civière %s %s" % (fdate(appt, "fr_slash"), name_as(p, "initial_after", L)),
            "Réservation transport adapté", "transport RV déglutition"][v]
    m = Mail(ctx, who("clerk2", L), to, subj, body, mode=["plain", "alt", "plain", "plain"][v])
    if v in (0, 2, 3):
        ics = make_ics("rv-%s@chrvs.example" % ctx.key.replace(":", "-"), ctx.dt, start, end,
                       "%s - %s" % (cap(exam.split(" (")[0]), name_as(p, "upper_first", L)),
                       "CHRVS, pavillon B, 2e étage",
                       "Usager : %s. Tél. domicile %s. Transport demandé." % (p.full, tel),
                       ("Nicole Bisson", "nicole.bisson@chrvs.example"))
        m.attach_text("text/calendar", ics, "rendez-vous.ics", charset="utf-8")
    return m


# ------------------------------------------------------------------ 7 insurer progress report (DOCX)

def insurer(ctx, v):
    ctx.category = "insurer_form"
    ctx.note = "rapport d'évolution en orthophonie pour un assureur"
    p = ctx.patient("fr")
    ctx.t("patient_name", "diagnosis", "date_of_birth")
    sin = gen_sin(ctx.rng)
    sin_shown = ctx.ident("ca_sin", sin, disguise(sin, ["space", "hyphen", "plain", "dot"][v],
                                                  SIN_GROUPS))
    dx = ctx.pick(DX_APHASIA[L][:2] + ["TCC modéré (accident de la route), dysarthrie et "
                                        "troubles cognitivo-communicationnels"])
    n_sess = ctx.rng.randint(8, 24)
    claim = "R-%d-%05d" % (ctx.day.year, ctx.rng.randint(10000, 99999))
    blocks = [
        ("kv", [("Nom de la personne assurée", name_as(p, "upper_first", L)),
                ("Date de naissance", fdate(p.dob, "iso")), ("NAS", sin_shown),
                ("No de réclamation", claim)]),
        ("h", "Diagnostic"), dx,
        ("h", "Évolution"),
        "%d séances depuis le début du suivi. Amélioration de l'intelligibilité en conversation "
        "(de 55 %% à 80 %%), anomie résiduelle, fatigue après 30 minutes." % n_sess,
        ("h", "Capacité de travail"),
        "Retour au travail non recommandé pour le moment (poste de représentant, exigences de "
        "communication élevées). Réévaluation dans 8 semaines.",
    ]
    if v in (1, 3):
        ctx.t("social_information")
        blocks.append("La personne reçoit actuellement une indemnité de remplacement du revenu ; "
                      "situation financière précaire selon la travailleuse sociale.")
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 10, 15)
    org = ["saaq", "boreal", "saaq", "boreal"][v]
    dest = ext(org, ["agent.indemnisation", "reclamations.invalidite"][v % 2])
    body = ("Bonjour,\n\nTel que demandé, vous trouverez ci-joint le rapport d'évolution en "
            "orthophonie pour votre dossier %s (%s).\n\n%s" % (
                claim, name_as(p, ["title_full", "upper_first", "full", "title"][v], L),
                signature("slp2", L)))
    subj = ["Rapport d'évolution - dossier %s" % claim, "Rapport orthophonie - réclamation %s" % claim,
            "Votre demande du %s" % fdate(earlier(ctx.dt, ctx.rng, (48, 300)).date(), "fr_long"),
            "Rapport d'évolution orthophonie"][v]
    m = Mail(ctx, who("slp2", L), [dest], subj, body, mode=["plain", "alt", "plain", "html"][v])
    if v == 2:
        pdf = make_pdf("Rapport d'évolution - orthophonie", blocks, author="Olivier Bergeron")
        m.attach("application/pdf", pdf, "rapport_evolution_%s.pdf" % claim)
    else:
        d = make_docx("Rapport d'évolution - orthophonie", blocks, "Olivier Bergeron", when)
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d,
                 ["Rapport d'évolution %s.docx" % p.surname, "rapport_%s.docx" % claim,
                  "", "Rapport évolution orthophonie.docx"][v])
    return m


TEMPLATES = [referral, vfss, census, diet_order, prescription, transport, insurer]
