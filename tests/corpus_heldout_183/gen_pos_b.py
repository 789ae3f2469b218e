"""Positive messages, part B: day-to-day ICU care (census, transfers, foreign patients, forms, pharmacy)."""
import datetime as dt
import html as H

from gen_common import ORGS, fmt_date, age_on, strip_accents
from gen_clin import (Item, Acc, ICU_DX, ICU_MEDS, DISCHARGE_MEDS, DONOR_DX, icu_labs, msg_date, L, who,
                      BOXES, bed, signature, num)
from gen_mime import Mail, Att, quote_reply, html_table, wrap_html
from gen_attach import make_pdf, make_xlsx, make_docx


def dn(p):
    return "%s %s" % (p["given"], p["surname"])


def _row(ctx, lang, acc, p, with_nam):
    b = bed(ctx, lang)
    dx = ctx.pick(ICU_DX)
    meds = ctx.rng.sample(ICU_MEDS, ctx.rng.randrange(1, 3))
    lab = icu_labs(ctx, lang, ctx.rng.randrange(1, 3))
    if with_nam:
        who_s = "%s (%s, %s) %s" % (acc.name(p, ctx.pick(["upper_comma", "sur_first", "full"])), acc.dob(p),
                                    p["sex"], acc.nam(p))
    else:
        age = age_on(p["dob"], dt.date(2025, 6, 1))
        who_s = "%s (%s%d)" % (acc.name(p, ctx.pick(["upper_comma", "sur_first", "lower", "initial", "upper_sur"])),
                               L(lang, "H" if p["sex"] == "M" else "F", p["sex"]), age)
        if ctx.chance(0.4):
            who_s += " " + acc.mrn(p)
    acc.t("diagnosis", "medication", "lab_result")
    return [b, who_s, dx[0] if lang == "fr" else dx[1], ", ".join(m[0] if lang == "fr" else m[1] for m in meds), lab]


def s_census(ctx, lang):
    acc = Acc(ctx, lang)
    d = msg_date(ctx).replace(hour=ctx.pick([7, 19]), minute=ctx.rng.randrange(0, 40))
    doc, frm = who(ctx, lang, "chu")
    n = ctx.rng.randrange(4, 8)
    rows = []
    for i in range(n):
        with_nam = ctx.chance(0.3)
        p = ctx.patient(lang, nam=with_nam, lo=1935, hi=2006)
        rows.append(_row(ctx, lang, acc, p, with_nam))
    hdr = L(lang, ["Lit", "Patient", "Problème", "Rx clés", "Labos"], ["Bed", "Patient", "Problem", "Key meds", "Labs"])
    todo = ctx.pick(L(lang, ["À faire : rappeler la famille du lit 6, TDM abdo à suivre, extubation prévue AM.",
                             "Surveiller la diurèse des deux patients sous CRRT; hémocultures en attente."],
                           ["To do: call the family for bed 6, follow up abdo CT, planned extubation AM.",
                            "Watch urine output on the two CRRT patients; blood cultures pending."]))
    if lang == "fr":
        intro = "Salut,\n\nVoici la liste de passation de %s :\n\n" % ("jour" if d.hour < 12 else "nuit")
        subj = ctx.pick(["Passation USI %s" % fmt_date(d.date(), "iso"), "Liste de garde - USI",
                         "Sign-out USI nuit", "passation"])
    else:
        intro = "Hi,\n\n%s sign-out list:\n\n" % ("Day" if d.hour < 12 else "Night")
        subj = ctx.pick(["ICU sign-out %s" % fmt_date(d.date(), "iso"), "ICU handover list", "Night sign-out"])
    if ctx.chance(0.5):
        text = intro + "\n".join(" | ".join(r) for r in rows) + "\n\n" + todo
        html = wrap_html("<p>" + H.escape(intro.strip()).replace("\n", "<br>") + "</p>\n" + html_table(rows, hdr)
                         + "<p>" + H.escape(todo) + "</p><p>" + H.escape(doc["given"]) + "</p>")
        shape = ctx.pick(["html", "alt"])
    else:
        text = intro + "\n".join("- %s : %s - %s ; %s ; %s" % tuple(r) for r in rows) + "\n\n" + todo
        html, shape = None, "plain"
    text += signature(ctx, doc, "chu", ctx.pick(["int", "res"]), lang, style=2)
    to = [BOXES["usi" if lang == "fr" else "icu"]]
    m = Mail(frm, to, subj, text, html=html, date=d, lang=lang, shape=shape)
    it = Item(True, "icu_census", lang, m, L(lang, "liste de passation de l'USI", "ICU sign-out list"))
    return acc.apply(it)


def s_census_xlsx(ctx, lang):
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    rows = []
    for i in range(ctx.rng.randrange(6, 11)):
        with_nam = ctx.chance(0.35)
        p = ctx.patient(lang, nam=with_nam, lo=1935, hi=2006)
        dx = ctx.pick(ICU_DX)
        row = [bed(ctx, lang), acc.name(p, ctx.pick(["upper_comma", "sur_first"])),
               acc.dob(p, "iso") if with_nam or ctx.chance(0.5) else str(age_on(p["dob"], d.date())),
               p["sex"], acc.nam(p, ctx.pick(["plain", "spaced"])) if with_nam else "",
               acc.mrn(p, "plain"), dx[0] if lang == "fr" else dx[1],
               icu_labs(ctx, lang, 1)]
        rows.append(row)
    acc.t("diagnosis", "lab_result")
    hdr = L(lang, ["Lit", "Nom", "DDN/âge", "Sexe", "NAM", "Dossier", "Diagnostic", "Dernier labo"],
            ["Bed", "Name", "DOB/age", "Sex", "RAMQ", "MRN", "Diagnosis", "Last lab"])
    xl = make_xlsx([(L(lang, "Recensement", "Census"), hdr, rows)], title="Census", author=dn(doc))
    fname = L(lang, "recensement_USI_%s.xlsx" % d.strftime("%Y-%m-%d"), "ICU_census_%s.xlsx" % d.strftime("%Y%m%d"))
    body = ctx.pick(L(lang, ["Bonjour,\n\nRecensement de ce matin en pièce jointe pour la réunion de lits.\n",
                             "Voici le fichier à jour (2 admissions cette nuit).\n"],
                         ["Hi,\n\nThis morning's census attached for bed meeting.\n",
                          "Updated file attached (2 admissions overnight).\n"]))
    body += signature(ctx, doc, "chu", ctx.pick(["adm", "inf"]), lang)
    subj = L(lang, "Recensement USI - %s" % fmt_date(d.date(), "long", "fr"), "ICU census - %s" % fmt_date(d.date(), "long", "en"))
    m = Mail(frm, [("", "gestion.lits@chu-deuxrives.example")], subj, body, date=d, lang=lang,
             atts=[Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=xl)])
    it = Item(True, "census_xlsx", lang, m, L(lang, "recensement USI en Excel", "ICU census spreadsheet"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_transfer_on(ctx, lang):
    p = ctx.patient("en", kind="on", lo=1940, hi=2004)
    acc = Acc(ctx, "en")
    d = msg_date(ctx)
    doc, frm = who(ctx, "en", "ovh")
    dx = ctx.pick(ICU_DX)
    meds = ctx.rng.sample(ICU_MEDS, 2)
    labs = icu_labs(ctx, "en", 4)
    addr_line = ""
    if ctx.chance(0.35):
        a, area = ctx.address("en", ontario=True)
        addr_line = "Home: %s, tel. %s\n" % (a, ctx.phone(area))
        acc.t("patient_contact")
    orig = ("Requesting ICU-to-ICU transfer:\n\nPatient: %s\nDOB: %s\nOntario health number: %s\n%s"
            "Dx: %s\nCurrent: intubated, FiO2 0.6, PEEP 12; %s\nLabs: %s\n\n"
            "We have no ECMO capability; your intensivist accepted in principle at %s. Air ambulance on standby."
            % (acc.name(p, ctx.pick(["full", "upper_comma", "title_full"])), acc.dob(p), acc.ohip(p), addr_line, dx[1],
               "; ".join(x[1] for x in meds), labs, d.strftime("%H:%M")))
    acc.t("diagnosis", "medication", "lab_result")
    subj = ctx.pick(["ICU transfer request - East Ottawa Valley", "Transfer request: ventilated patient",
                     "URGENT transfer to Deux-Rives ICU"])
    if lang == "en":
        body = orig + signature(ctx, doc, "ovh", "int", "en")
        m = Mail(frm, [BOXES["icu"]], subj, body, date=d, lang="en")
    else:
        rep, rfrm = who(ctx, "fr", "chu")
        reply = ("Bonjour Dr %s,\n\nTransfert accepté. Lit SI-%02d réservé; prévoir le départ vers %s. "
                 "Merci de faire suivre les images sur le portail et la dernière gazométrie.\n"
                 % (doc["surname"], ctx.rng.randrange(1, 25), (d + dt.timedelta(hours=2)).strftime("%H h %M")))
        reply += signature(ctx, rep, "chu", "int", "fr")
        body = reply + "\n\n" + quote_reply(orig + "\n\n" + dn(doc), dn(doc), frm[1], d, "en", "outlook").replace("%SUBJ%", subj)
        m = Mail(rfrm, [frm], "RE: " + subj, body, date=d + dt.timedelta(minutes=ctx.rng.randrange(8, 50)), lang="fr")
    it = Item(True, "transfer_request", lang, m, L(lang, "transfert interhospitalier (Ontario)", "inter-hospital ICU transfer (Ontario)"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_tourist_be(ctx, lang):
    p = ctx.patient(lang, kind="be", lo=1945, hi=2000)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    dx = ctx.pick(ICU_DX)
    meds = ctx.rng.sample(ICU_MEDS, 2)
    dossier = "EA-%d-%05d" % (2025, ctx.rng.randrange(10000, 99999))
    home = ""
    if ctx.chance(0.5):
        home = L(lang, "Domicile : Rue des Tanneurs %d, 1000 Bruxelles, tél. +32 2 555 01 %02d\n",
                 "Home: Rue des Tanneurs %d, 1000 Brussels, tel. +32 2 555 01 %02d\n") % (
            ctx.rng.randrange(2, 80), ctx.rng.randrange(0, 100))
        acc.t("patient_contact")
    acc.t("diagnosis", "medication")
    if lang == "fr":
        body = ("Madame, Monsieur,\n\nVotre dossier %s\n\nNous avons admis aux soins intensifs %s, né(e) le %s, "
                "NISS %s, touriste belge hospitalisé(e) depuis le %s.\n%s\nDiagnostic : %s.\nTraitement en cours : %s.\n"
                "État actuel : stable mais toujours sous ventilation mécanique; rapatriement non envisageable avant "
                "au moins 7 jours.\n\nMerci de nous transmettre la garantie de paiement et les coordonnées du médecin "
                "régulateur.\n"
                % (dossier, acc.name(p, ctx.pick(["title_full", "upper_comma"])), acc.dob(p), acc.niss(p),
                   fmt_date(d.date() - dt.timedelta(days=3), "long", "fr"), home, dx[0],
                   ", ".join(x[0] for x in meds)))
        subj = "Votre dossier %s - patient hospitalisé aux soins intensifs" % dossier
    else:
        body = ("Dear colleagues,\n\nYour file %s\n\nWe admitted to intensive care %s, born %s, Belgian national "
                "number %s, a tourist hospitalised since %s.\n%s\nDiagnosis: %s.\nCurrent treatment: %s.\n"
                "Status: stable but still ventilated; repatriation not possible for at least 7 days.\n\n"
                "Please send the guarantee of payment and your medical officer's contact details.\n"
                % (dossier, acc.name(p, ctx.pick(["title_full", "upper_comma"])), acc.dob(p), acc.niss(p),
                   fmt_date(d.date() - dt.timedelta(days=3), "long", "en"), home, dx[1],
                   ", ".join(x[1] for x in meds)))
        subj = "Your file %s - patient in intensive care" % dossier
    body += signature(ctx, doc, "chu", "int", lang, style=0)
    m = Mail(frm, [BOXES["assist"]], subj, body, date=d, lang=lang)
    it = Item(True, "foreign_patient_be", lang, m, L(lang, "patient belge à l'USI, assisteur", "Belgian ICU patient, assistance company"))
    return acc.apply(it)


def s_tourist_fr(ctx, lang):
    p = ctx.patient(lang, kind="fra", lo=1945, hi=2000)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    assist_person, afrm = who(ctx, "fr", "assist")
    doc, frm = who(ctx, lang, "chu")
    dx = ctx.pick(ICU_DX)
    labs = icu_labs(ctx, lang, 3)
    acc.t("diagnosis", "lab_result")
    kv = [(L(lang, "Patient", "Patient"), acc.name(p, "upper_comma")), (L(lang, "Né(e) le", "Date of birth"), acc.dob(p, "dmy_slash")),
          ("NIR", acc.nir(p, "official")), (L(lang, "Diagnostic", "Diagnosis"), dx[0] if lang == "fr" else dx[1]),
          (L(lang, "Biologie", "Labs"), labs),
          (L(lang, "Aptitude au transport", "Fit to fly"), L(lang, "Non, réévaluation J+5", "No, reassess in 5 days"))]
    pdf = make_pdf([("h", L(lang, "Rapport médical pour rapatriement", "Medical report for repatriation")), ("kv", kv)],
                   title="Rapport medical", author=dn(doc), header=ORGS["chu"][lang])
    att_inline = ctx.chance(0.5)
    q = ("Bonjour,\n\nPour notre assuré(e) %s (NIR %s), pourriez-vous nous transmettre un rapport médical "
         "actualisé afin d'organiser le rapatriement sanitaire vers %s?\n\nCordialement,\n%s\nMédecin régulateur"
         % (acc.name(p, "title_full", "fr"), acc.nir(p), ctx.pick(["Lyon", "Nantes", "Bordeaux", "Lille"]), dn(assist_person)))
    if lang == "fr":
        body = "Bonjour Dr %s,\n\nVous trouverez ci-joint le rapport demandé.\n" % assist_person["surname"]
        subj = "RE: Demande de rapport médical - rapatriement"
    else:
        body = "Dear Dr. %s,\n\nPlease find the requested report attached.\n" % assist_person["surname"]
        subj = "RE: Request for medical report - repatriation"
    body += signature(ctx, doc, "chu", "int", lang)
    body += "\n\n" + quote_reply(q, dn(assist_person), afrm[1], d - dt.timedelta(hours=5), "fr",
                                 ctx.pick(["gt", "outlook"])).replace("%SUBJ%", subj[4:])
    fname = "rapport_médical_%s.pdf" % strip_accents(p["surname"]).lower() if att_inline else "rapport_rapatriement.pdf"
    m = Mail(frm, [afrm], subj, body, date=d, lang=lang, atts=[Att(fname, "application/pdf", data=pdf)])
    it = Item(True, "foreign_patient_fr", lang, m, L(lang, "rapport de rapatriement, patient français",
                                                        "repatriation report, French patient"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_insurer_sin(ctx, lang):
    use_nam = ctx.chance(0.5)
    p = ctx.patient(lang, nam=use_nam, lo=1960, hi=2002)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    dx = ctx.pick(ICU_DX)
    claim = "RC-%07d" % ctx.rng.randrange(10 ** 6, 10 ** 7)
    adm = d.date() - dt.timedelta(days=ctx.rng.randrange(15, 60))
    acc.t("diagnosis", "social_information")
    kv = [(L(lang, "Nom de l'assuré(e)", "Insured member"), acc.name(p, "upper_comma")),
          (L(lang, "Date de naissance", "Date of birth"), acc.dob(p)),
          (L(lang, "Sexe", "Sex"), p["sex"]),
          (L(lang, "NAS", "SIN"), acc.sin(p))]
    if use_nam:
        kv.append(("NAM", acc.nam(p)))
    kv += [(L(lang, "No de réclamation", "Claim no."), claim),
           (L(lang, "Hospitalisation", "Hospital stay"), L(lang, "USI du %s au %s", "ICU from %s to %s") % (
               fmt_date(adm, "iso"), fmt_date(adm + dt.timedelta(days=ctx.rng.randrange(5, 14)), "iso"))),
           (L(lang, "Diagnostic principal", "Primary diagnosis"), dx[0] if lang == "fr" else dx[1]),
           (L(lang, "Limitations fonctionnelles", "Functional limitations"),
            L(lang, "faiblesse acquise aux soins intensifs, marche avec déambulateur", "ICU-acquired weakness, walks with a walker")),
           (L(lang, "Retour au travail prévu", "Expected return to work"), L(lang, "indéterminé (> 12 semaines)", "undetermined (> 12 weeks)"))]
    fmt = ctx.pick(["pdf", "docx"])
    title = L(lang, "Déclaration du médecin traitant - invalidité", "Attending physician statement - disability")
    blocks = [("h", title), ("kv", kv), ("p", L(lang, "L'assuré(e) est actuellement sans revenu et demande des prestations "
                                                      "d'assurance salaire de longue durée.",
                                                      "The member currently has no income and is applying for long-term "
                                                      "disability benefits."))]
    if fmt == "pdf":
        data = make_pdf(blocks, title=title, author=dn(doc))
        att = Att(L(lang, "declaration_medecin_%s.pdf" % claim, "APS_%s.pdf" % claim), "application/pdf", data=data)
    else:
        data = make_docx(blocks, title=title, author=dn(doc))
        att = Att(L(lang, "déclaration_médecin_%s.docx" % claim, "APS_%s.docx" % claim),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)
    body = ctx.pick(L(lang, ["Bonjour,\n\nVeuillez trouver ci-joint la déclaration du médecin pour la réclamation %s.\n",
                             "Bonjour,\n\nFormulaire complété par le Dr %s en pièce jointe (réclamation %s).\n"],
                         ["Hello,\n\nPlease find attached the attending physician statement for claim %s.\n",
                          "Hello,\n\nForm completed by Dr. %s attached (claim %s).\n"]))
    body = body % ((claim,) if body.count("%s") == 1 else (doc["surname"], claim))
    body += signature(ctx, doc, "chu", "adm", lang)
    subj = L(lang, "Réclamation %s - déclaration du médecin" % claim, "Claim %s - physician statement" % claim)
    m = Mail(frm, [BOXES["assur"]], subj, body, date=d, lang=lang, atts=[att])
    it = Item(True, "insurer_form", lang, m, L(lang, "formulaire d'invalidité à l'assureur", "disability form to insurer"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_pharmacy_rx(ctx, lang):
    use_nam = ctx.chance(0.45)
    p = ctx.patient(lang, nam=use_nam, lo=1938, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    meds = ctx.rng.sample(DISCHARGE_MEDS, ctx.rng.randrange(3, 6))
    a, area = ctx.address(lang)
    tel = ctx.phone(area)
    acc.t("medication", "patient_contact")
    lines = "\n".join("%d) %s" % (i + 1, m[0] if lang == "fr" else m[1]) for i, m in enumerate(meds))
    ident = acc.ident_line(p, with_mrn=False) if use_nam else "%s, %s %s" % (
        acc.name(p, "upper_comma"), L(lang, "DDN", "DOB"), acc.dob(p))
    indication = ""
    if ctx.chance(0.6):
        dx = ctx.pick(ICU_DX)
        indication = L(lang, "Séjour USI pour %s.\n", "ICU stay for %s.\n") % (dx[0] if lang == "fr" else dx[1])
        acc.t("diagnosis")
    if lang == "fr":
        body = ("Bonjour,\n\nOrdonnance de départ - congé de l'USI ce jour :\n\n%s\nAdresse : %s\nTél. : %s\n%s\n%s\n\n"
                "Allergie : pénicilline (urticaire). Cesser l'ancien métoprolol 50 mg. Merci de préparer en pilulier "
                "hebdomadaire; le patient passera demain avec son conjoint.\n"
                % (ident, a, tel, indication, lines))
        subj = ctx.pick(["Ordonnance de départ", "Rx congé USI - préparation pilulier", "Nouvelle ordonnance"])
    else:
        body = ("Hello,\n\nDischarge prescription - discharged from ICU today:\n\n%s\nAddress: %s\nPhone: %s\n%s\n%s\n\n"
                "Allergy: penicillin (hives). Stop previous metoprolol 50 mg. Please prepare weekly blister packs; "
                "patient will come by tomorrow with spouse.\n" % (ident, a, tel, indication, lines))
        subj = ctx.pick(["Discharge prescription", "ICU discharge Rx - blister pack", "New prescription"])
    body += signature(ctx, doc, "chu", ctx.pick(["int", "pharm"]), lang)
    m = Mail(frm, [BOXES["pharm"]], subj, body, date=d, lang=lang)
    it = Item(True, "pharmacy_rx", lang, m, L(lang, "ordonnance de départ à une pharmacie", "discharge prescription to pharmacy"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_discharge_docx(ctx, lang):
    use_nam = ctx.chance(0.45)
    p = ctx.patient(lang, nam=use_nam, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    dx = ctx.pick(ICU_DX)
    meds = ctx.rng.sample(DISCHARGE_MEDS, 3)
    labs = icu_labs(ctx, lang, 4)
    acc.t("diagnosis", "medication", "lab_result")
    kv = [(L(lang, "Patient", "Patient"), acc.name(p, "upper_comma")), (L(lang, "Dossier", "MRN"), acc.mrn(p, "plain"))]
    if use_nam:
        kv += [(L(lang, "Date de naissance", "Date of birth"), acc.dob(p)), (L(lang, "Sexe", "Sex"), p["sex"]),
               ("NAM", acc.nam(p, "spaced"))]
    adm = d.date() - dt.timedelta(days=ctx.rng.randrange(4, 20))
    blocks = [("h", L(lang, "Résumé de transfert - soins intensifs", "ICU transfer summary")), ("kv", kv),
              ("p", L(lang, "Admission : %s. Diagnostic principal : %s.", "Admitted %s. Main diagnosis: %s.") % (
                  fmt_date(adm, "long", lang), dx[0] if lang == "fr" else dx[1])),
              ("p", L(lang, "Évolution : intubé 5 jours, extubé sans complication, sevré des vasopresseurs au jour 3. "
                            "Délirium hypoactif résolu.",
                      "Course: intubated 5 days, extubated uneventfully, off vasopressors by day 3. Hypoactive delirium resolved.")),
              ("p", L(lang, "Derniers labos : ", "Last labs: ") + labs),
              ("p", L(lang, "Médication au transfert : ", "Medications on transfer: ") + "; ".join(
                  m[0] if lang == "fr" else m[1] for m in meds)),
              ("p", L(lang, "Suivi : clinique post-USI dans 6 semaines.", "Follow-up: post-ICU clinic in 6 weeks."))]
    data = make_docx(blocks, title=L(lang, "Résumé de transfert", "Transfer summary"), author=dn(doc))
    fname = ctx.pick([L(lang, "résumé_transfert_%s.docx" % p["mrn"], "transfer_summary_%s.docx" % p["mrn"]),
                      L(lang, "Resume transfert USI.docx", "ICU transfer summary.docx")])
    body = ctx.pick(L(lang, ["Bonjour,\n\nRésumé de transfert vers l'unité de médecine (7e Nord) ci-joint.\n",
                             "Voici le résumé pour le transfert de cet après-midi. Merci!\n"],
                         ["Hi,\n\nTransfer summary to the medicine ward (7 North) attached.\n",
                          "Here is the summary for this afternoon's transfer. Thanks!\n"]))
    body += signature(ctx, doc, "chu", ctx.pick(["int", "res"]), lang)
    subj = L(lang, "Résumé de transfert USI -> 7N", "ICU -> 7N transfer summary")
    m = Mail(frm, [("", "7nord.inf@chu-deuxrives.example")], subj, body, date=d, lang=lang,
             atts=[Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])
    it = Item(True, "transfer_summary_docx", lang, m, L(lang, "résumé de transfert en DOCX", "transfer summary DOCX"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_critical_lab(ctx, lang):
    p = ctx.patient(lang, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    tech, frm = who(ctx, lang, "chu")
    nm = acc.name(p, ctx.pick(["upper_comma", "lower", "initial", "sur_initial", "title"]))
    b = bed(ctx, lang)
    val = ctx.pick(L(lang, ["K+ 6,9 mmol/L (hémolyse absente)", "lactate 8,4", "Hb 58 g/L", "plaquettes 11",
                            "glycémie 1,9 mmol/L", "troponine HS 4210 ng/L"],
                         ["K+ 6.9 mmol/L (no haemolysis)", "lactate 8.4", "Hb 58 g/L", "platelets 11",
                          "glucose 1.9 mmol/L", "hs-troponin 4210 ng/L"]))
    acc.t("lab_result")
    mrn_s = ""
    if ctx.chance(0.6):
        mrn_s = L(lang, " (dossier %s)", " (MRN %s)") % acc.mrn(p)
    if lang == "fr":
        body = ctx.pick([
            "Valeur critique à %s pour %s%s, %s : %s.\nAppel fait à l'infirmière (Mme %s), pas de réponse du résident. "
            "Pouvez-vous rappeler le labo au 4402?",
            "Bonjour, résultat critique %s - %s%s, %s : %s. Merci d'en prendre connaissance (Mme %s avisée).",
        ]) % (_hm(d), nm, mrn_s, b, val, ctx.staff("fr")["surname"])
        subj = ctx.pick(["Valeur critique", "RÉSULTAT CRITIQUE - USI", "Labo critique %s" % b])
    else:
        body = ctx.pick([
            "Critical value at %s for %s%s, %s: %s.\nCalled the nurse (%s), no answer from the resident. "
            "Please call the lab back at 4402.",
            "Hello, critical result %s - %s%s, %s: %s. Please acknowledge (nurse %s notified).",
        ]) % (d.strftime("%H:%M"), nm, mrn_s, b, val, ctx.staff("en")["surname"])
        subj = ctx.pick(["Critical value", "CRITICAL RESULT - ICU", "Critical lab %s" % b])
    body += signature(ctx, tech, "chu", "hla", lang, style=2)
    m = Mail(frm, [BOXES["usi" if lang == "fr" else "icu"]], subj, body, date=d, lang=lang)
    it = Item(True, "critical_lab", lang, m, L(lang, "valeur de laboratoire critique", "critical lab value"))
    return acc.apply(it)


def _hm(d):
    return "%dh%02d" % (d.hour, d.minute)


def s_imaging(ctx, lang):
    p = ctx.patient(lang, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    rad, frm = who(ctx, lang, "chu")
    nm = acc.name(p, ctx.pick(["full", "upper_comma", "title_full", "sur_first"]))
    finding = ctx.pick(L(lang, [
        "Angio-TDM cérébrale : absence de circulation intracrânienne, compatible avec le décès neurologique (examen auxiliaire).",
        "TDM cérébrale : HSA diffuse Fisher 4 avec anévrisme de la communicante antérieure de 7 mm.",
        "TDM thoracique : embolie pulmonaire bilatérale, dilatation du VD.",
        "Échographie cardiaque : FEVG 55 %, pas d'anomalie segmentaire; cœur acceptable pour évaluation de greffe.",
    ], [
        "CT angiography of the head: no intracranial flow, consistent with death by neurological criteria (ancillary test).",
        "Head CT: diffuse SAH Fisher 4 with a 7 mm anterior communicating aneurysm.",
        "Chest CT: bilateral pulmonary emboli with RV dilatation.",
        "Echocardiogram: LVEF 55%, no regional wall motion abnormality; heart suitable for transplant evaluation.",
    ]))
    acc.t("diagnosis")
    mrn = acc.mrn(p)
    if lang == "fr":
        body = ("Bonjour Dr %s,\n\nRésultat préliminaire pour %s (dossier %s) :\n\n%s\n\nRapport final au dossier d'ici 1 h.\n"
                % (ctx.staff("fr")["surname"], nm, mrn, finding))
        subj = ctx.pick(["Résultat imagerie - préliminaire", "Angio-TDM / TDM résultat", "Imagerie USI"])
    else:
        body = ("Dr. %s,\n\nPreliminary result for %s (MRN %s):\n\n%s\n\nFinal report in the chart within the hour.\n"
                % (ctx.staff("en")["surname"], nm, mrn, finding))
        subj = ctx.pick(["Imaging result - preliminary", "CTA result", "ICU imaging"])
    body += signature(ctx, rad, "chu", "int", lang, style=1)
    m = Mail(frm, [BOXES["usi" if lang == "fr" else "icu"]], subj, body, date=d, lang=lang)
    it = Item(True, "imaging_result", lang, m, L(lang, "résultat d'imagerie", "imaging result"))
    return acc.apply(it)


SCENARIOS = {
    "icu_census": s_census, "census_xlsx": s_census_xlsx, "transfer_request": s_transfer_on,
    "foreign_patient_be": s_tourist_be, "foreign_patient_fr": s_tourist_fr, "insurer_form": s_insurer_sin,
    "pharmacy_rx": s_pharmacy_rx, "transfer_summary_docx": s_discharge_docx, "critical_lab": s_critical_lab,
    "imaging_result": s_imaging,
}
