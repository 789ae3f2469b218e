"""Confidential mail, part C: social work, forwards (inline and attached), ZIP and CSV
exports, equipment and driving requests, file-name-only identification."""
import datetime

import gen_attach as A
import gen_clinic as C
import gen_text as T
import gen_util as U


def social(c, lang):
    r = c.rng
    kind = r.choice(["housing", "youth", "violence", "income"])
    holder = r.random() < 0.4
    p = c.patient(lang, holder=holder)
    sw = U.STAFF[6]
    c.t("social_information")
    ident = c.ident(p, lang, layout=r.choice([1, 2])) if holder else c.nm(p, lang)
    if lang == "fr":
        txt = {
            "housing": ("%s ne pourra pas retourner dans son logement (3e étage sans ascenseur). "
                        "Demande de logement adapté déposée à l'office municipal d'habitation ; "
                        "revenu actuel : prestations de la SAAQ seulement." % ident),
            "youth": ("Signalement retenu par la DPJ pour %s (négligence, absences répétées aux "
                      "rendez-vous de prothèse). L'intervenante de la DPJ assistera au plan "
                      "d'intervention mardi." % ident),
            "violence": ("%s a dévoilé hier de la violence conjugale de la part de son conjoint. "
                         "Plan de sécurité fait ; ne pas transmettre d'information au conjoint "
                         "et filtrer les visites." % ident),
            "income": ("Demande d'aide financière de dernier recours à compléter pour %s, "
                       "sans revenu depuis l'accident, loyer impayé depuis deux mois." % ident),
        }[kind]
        subj = r.choice(["Situation sociale – confidentiel", "Suivi TS", "Plan de congé – volet social"])
        body = "Bonjour,\n\n%s\n\nMerci de me consulter avant toute discussion avec la famille.%s" % (
            txt, c.sig(sw, "fr"))
    else:
        txt = {
            "housing": ("%s cannot go back to the current apartment (3rd floor walk-up). Adapted "
                        "housing application filed with the municipal housing office; current "
                        "income is auto-insurance benefits only." % ident),
            "youth": ("Youth protection has retained a report for %s (neglect, repeated missed "
                      "prosthetic appointments). The youth protection worker will attend "
                      "Tuesday's care plan meeting." % ident),
            "violence": ("%s disclosed intimate partner violence yesterday. Safety plan done; do "
                         "not release information to the partner and screen visitors." % ident),
            "income": ("Last-resort social assistance application to complete for %s, no income "
                       "since the accident, rent unpaid for two months." % ident),
        }[kind]
        subj = r.choice(["Social situation – confidential", "SW follow-up", "Discharge plan – social"])
        body = "Hi,\n\n%s\n\nPlease check with me before discussing with family.%s" % (
            txt, c.sig(sw, "en"))
    to = [c.sa(x, lang) for x in r.sample([U.STAFF[0], U.STAFF[8], U.STAFF[10], U.STAFF[4]], 2)]
    return c.msg(lang, "social", "social worker note (%s)" % kind, c.sa(sw, lang), to, subj, body)


def forward_family(c, lang):
    r = c.rng
    p = c.patient(lang)
    sw = U.STAFF[6]
    fam_given = r.choice(["Nancy", "Patrick", "Sylvain", "Geneviève B."]) if lang == "fr" else \
        r.choice(["Nancy", "Patrick", "Graham", "Kelly"])
    fam = (fam_given + " " + p.surname, "%s.%s@courriel.example" % (
        U.ascii_local(fam_given.split()[0]), U.ascii_local(p.surname)))
    c.must(p.surname)
    c.t("patient_name", "social_information", "diagnosis")
    dt0 = T.earlier(c.cur["date"], r, (5, 40))
    gname = p.given
    if lang == "fr":
        orig = ("Bonjour madame,\n\nJe suis l'enfant de %s %s. Depuis son AVC, %s ne "
                "peut plus rester %s et je travaille de nuit. Nous n'avons pas les moyens "
                "pour une résidence privée. Est-ce qu'une place en CHSLD est possible ? Mon frère "
                "refuse de s'impliquer depuis la chicane de l'an passé.\n\n%s" % (
                    gname, p.surname, "papa" if p.sex == "M" else "maman",
                    "seul" if p.sex == "M" else "seule", fam[0]))
        subj = "TR: Inquiétudes pour %s" % gname
        body = ("Pour info avant la rencontre de jeudi. La famille est en détresse, je propose "
                "qu'on discute de l'orientation.\n\nNadia\n\n" +
                T.forward_block("fr", dt0, fam, "Nadia Côté <%s>" % U.staff_addr(sw),
                                "Inquiétudes pour %s" % gname, orig))
    else:
        orig = ("Hello,\n\nI'm %s %s's child. Since the stroke, %s can't be left alone and I "
                "work nights. We can't afford a private residence. Is a long-term care bed "
                "possible? My brother won't help since last year's falling out.\n\n%s" % (
                    gname, p.surname, "Dad" if p.sex == "M" else "Mom", fam[0]))
        subj = "Fwd: Worried about %s" % gname
        body = ("FYI before Thursday's meeting. Family is in distress; suggest we discuss "
                "discharge destination.\n\nNadia\n\n" +
                T.forward_block("en", dt0, fam, "Nadia Côté <%s>" % U.staff_addr(sw),
                                "Worried about %s" % gname, orig))
    p.prog = "stroke"
    to = [c.sa(x, lang) for x in (U.STAFF[0], U.STAFF[19])]
    return c.msg(lang, "forward", "family e-mail forwarded inline by social worker",
                 c.sa(sw, lang), to, subj, body)


def forward_attached(c, lang):
    r = c.rng
    p = c.patient(lang, holder=r.random() < 0.5)
    a = c.st(8, 17)
    b = c.st(0, 1, 2)
    fwd = c.st(11, 14)
    if p.holder:
        ident = c.ident(p, lang, layout=r.choice([0, 2]))
    else:
        ident = (r.choice(["Pour ", "Usager : ", "Re "]) if lang == "fr" else
                 r.choice(["For ", "Pt: ", "Re "])) + c.nm(p, lang)
    labs = c.labs(p, lang, 2)
    meds = c.meds(p, lang, 1)
    dt0 = T.earlier(c.cur["date"], r, (24, 72))
    if lang == "fr":
        isubj = "Résultats à revoir"
        itext = "Bonjour,\n\n%s\n%s\n%s\nSous %s.\n\n%s" % (ident, labs[0], labs[1], meds[0], a[0])
        subj = "TR: Résultats à revoir"
        body = "Je te transfère le courriel ci-joint, reçu sur la boîte générale par erreur.\n\n%s" % fwd[0]
        fn = "Résultats à revoir.eml"
    else:
        isubj = "Results to review"
        itext = "Hi,\n\n%s\n%s\n%s\nOn %s.\n\n%s" % (ident, labs[0], labs[1], meds[0], a[0])
        subj = "FW: Results to review"
        body = "Forwarding the attached e-mail, which landed in the general inbox by mistake.\n\n%s" % fwd[0]
        fn = "Results to review.eml"
    inner = dict(lang=lang, frm=c.sa(a, lang), to=[c.sa(U.STAFF[11], lang)], subject=isubj,
                 text=itext, date=dt0.replace(tzinfo=U.tz_for(dt0)),
                 msgid="<%s.%s@%s>" % (dt0.strftime("%Y%m%d%H%M%S"), p.mrn, U.DOM))
    return c.msg(lang, "forward", "results e-mail forwarded as an attached message",
                 c.sa(fwd, lang), [c.sa(b, lang)], subj, body,
                 atts=[T.att("eml", fn, msg=inner)])


def transfer_zip(c, lang):
    r = c.rng
    p = c.patient(lang, holder=r.random() < 0.6)
    rec = U.STAFF[14]
    hosp = c.ext(r.choice(["hsa", "hgr", "chul"]))
    ident = c.ident(p, lang, layout=0, ascii_only=True)
    dx = c.dx(p, lang)
    meds = c.meds(p, lang, 3)
    labs = c.labs(p, lang, 2)
    mrn = c.mrn(p, "plain")
    when = c.cur["date"].replace(tzinfo=None)
    if lang == "fr":
        pdfb = A.pdf("Note de transfert", [ident, "Dossier : %s" % mrn, "Diagnostic : %s" % dx] +
                     ["Résultat : %s" % x for x in labs])
        csvb = A.csv_bytes([["Médicament", "Depuis"]] + [[m, "admission"] for m in meds],
                           delimiter=";", encoding="utf-8")
        members = [("note_transfert.pdf", pdfb), ("medicaments.csv", csvb)]
        fn = "transfert_%s.zip" % mrn
        subj = "Documents de transfert – dossier %s" % mrn
        body = ("Bonjour,\n\nComme convenu, les documents de transfert sont dans le fichier zip "
                "(mot de passe envoyé par téléphone... finalement non protégé, désolée).\n%s" %
                c.sig(rec, "fr"))
    else:
        pdfb = A.pdf("Transfer note", [ident, "Chart: %s" % mrn, "Diagnosis: %s" % dx] +
                     ["Result: %s" % x for x in labs])
        csvb = A.csv_bytes([["Medication", "Since"]] + [[m, "admission"] for m in meds])
        members = [("transfer_note.pdf", pdfb), ("medications.csv", csvb)]
        fn = "transfer_%s.zip" % mrn
        subj = "Transfer documents – chart %s" % mrn
        body = ("Hello,\n\nAs agreed, the transfer documents are in the zip file (I meant to "
                "password-protect it, sorry).\n%s" % c.sig(rec, "en"))
    if r.random() < 0.4:
        docb = A.docx("Plan de traitement" if lang == "fr" else "Treatment plan",
                      [ident, dx], when=when)
        members.append(("plan.docx", docb))
    data = A.zip_bytes(members, when)
    return c.msg(lang, "transfer", "transfer documents in a ZIP archive", c.sa(rec, lang),
                 [("Archives", "archives@" + hosp[1])], subj, body,
                 atts=[T.att("zip", fn, data, r.choice(["application/zip", "application/x-zip-compressed"]))])


def wound_csv(c, lang):
    r = c.rng
    nurse = c.st(8, 17)
    rows = []
    n = r.randrange(4, 8)
    for i in range(n):
        p = c.patient(lang, prog=r.choice(["sci", "sci", "amp"]))
        nm = c.nm(p, lang, r.choice(["upper_first", "sur_comma", "upper"]))
        c.t("diagnosis")
        if lang == "fr":
            loc = r.choice(["sacrum", "ischion D", "ischion G", "talon G", "moignon", "trochanter D"])
            tx = r.choice(["Mepilex Border q3j", "alginate + pansement secondaire die",
                           "sulfadiazine d'argent 1 % die", "Iodosorb 2 x/sem", "TPN 125 mmHg"])
            rows.append([p.room, nm, loc, "stade %d" % r.randrange(1, 5), tx])
            if "sulfadiazine" in tx or "Iodosorb" in tx:
                c.t("medication")
        else:
            loc = r.choice(["sacrum", "R ischium", "L ischium", "L heel", "residual limb", "R trochanter"])
            tx = r.choice(["Mepilex Border q3d", "alginate + secondary dressing daily",
                           "silver sulfadiazine 1% daily", "Iodosorb twice weekly", "NPWT 125 mmHg"])
            rows.append([p.room, nm, loc, "stage %d" % r.randrange(1, 5), tx])
            if "sulfadiazine" in tx or "Iodosorb" in tx:
                c.t("medication")
    hdr = (["Chambre", "Usager", "Site", "Stade", "Traitement"] if lang == "fr" else
           ["Room", "Patient", "Site", "Stage", "Treatment"])
    enc = r.choice(["utf-8", "windows-1252"]) if lang == "fr" else "utf-8"
    data = A.csv_bytes([hdr] + rows, delimiter=";" if lang == "fr" else ",", encoding=enc,
                       eol=r.choice(["\r\n", "\n"]))
    wk = c.cur["date"].isocalendar()[1]
    if lang == "fr":
        fn = "plaies_semaine_%d.csv" % wk
        subj = "Relevé des plaies – semaine %d" % wk
        body = "Bonjour,\n\nCi-joint le relevé hebdomadaire des plaies pour la stomothérapeute.\n\n%s" % nurse[0]
    else:
        fn = "wounds_week_%d.csv" % wk
        subj = "Wound log – week %d" % wk
        body = "Hi,\n\nWeekly wound log attached for the wound care nurse.\n\n%s" % nurse[0]
    return c.msg(lang, "wound", "weekly wound list exported to CSV", c.sa(nurse, lang),
                 [("Soins de plaies" if lang == "fr" else "Wound care", "plaies@" + U.DOM)], subj, body,
                 atts=[T.att("csv", fn, data, "text/csv", charset=enc)])


def seating_vendor(c, lang):
    r = c.rng
    p = c.patient(lang, prog="sci", holder=r.random() < 0.6)
    ot = c.st(4, 15)
    v = c.ext("whl")
    ident = c.ident(p, lang, layout=r.choice([0, 3]))
    addr = c.addr(p)
    dx = c.dx(p, lang)
    kg = r.randrange(55, 115)
    if lang == "fr":
        subj = "Soumission fauteuil – programme RAMQ"
        body = ("Bonjour,\n\nPour la soumission (aide à la mobilité motorisée) :\n\n%s\nAdresse de "
                "livraison : %s\nDiagnostic : %s\nPoids : %d kg, largeur de bassin 43 cm\n"
                "Coussin à cellules d'air 4 po, dossier rigide, bascule 45°.\n\nLivraison "
                "souhaitée au domicile avant le congé.\n%s" % (ident, addr, dx, kg, c.sig(ot, "fr")))
    else:
        subj = "Wheelchair quote – RAMQ program"
        body = ("Hello,\n\nFor the power mobility quote:\n\n%s\nDelivery address: %s\n"
                "Diagnosis: %s\nWeight: %d kg, hip width 43 cm\nAir-cell cushion 4 in, rigid "
                "back, 45° tilt.\n\nPlease deliver to the home before discharge.\n%s" % (
                    ident, addr, dx, kg, c.sig(ot, "en")))
    return c.msg(lang, "seating", "wheelchair quote request to a vendor with patient details",
                 c.sa(ot, lang), [("Service à la clientèle", "soumissions@" + v[1])], subj, body)


def driving(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["stroke", "stroke", "amp", "sci"]), holder=r.random() < 0.5)
    ot = c.st(4, 15)
    ident = c.ident(p, lang)
    dx = c.dx(p, lang)
    med = c.meds(p, lang, 1)[0]
    if lang == "fr":
        subj = "Évaluation de la conduite automobile"
        body = ("Bonjour,\n\nDemande d'évaluation en conduite automobile :\n\n%s\nDiagnostic : %s\n"
                "Médication pertinente : %s\nChamp visuel : quadranopsie inférieure à confirmer.\n\n"
                "Le permis est suspendu d'ici l'évaluation. L'usager(ère) est au courant.\n%s" % (
                    ident, dx, med, c.sig(ot, "fr")))
    else:
        subj = "Driving assessment referral"
        body = ("Hello,\n\nReferral for a driving assessment:\n\n%s\nDiagnosis: %s\nRelevant "
                "medication: %s\nVisual field: possible inferior quadrantanopia, to confirm.\n\n"
                "Licence is on hold pending the assessment; client is aware.\n%s" % (
                    ident, dx, med, c.sig(ot, "en")))
    return c.msg(lang, "driving", "driving assessment referral", c.sa(ot, lang),
                 [("Conduite automobile" if lang == "fr" else "Driving program", "conduite@" + U.DOM)],
                 subj, body)


def filename_only(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "stroke"]))
    a = U.STAFF[r.choice([29, 8]) if p.prog == "sci" else r.choice([9, 13])]
    b = c.st(0, 1, 2)
    c.t("patient_name", "lab_result", "diagnosis")
    c.must(p.surname)
    if p.prog == "sci":
        kind = ("bilan_urodynamique", "urodynamics")
        lines_fr = ["Capacité 260 mL, hyperactivité détrusorienne neurogène", "Dyssynergie présente",
                    "Conclusion : vessie neurogène à haute pression"]
        lines_en = ["Capacity 260 mL, neurogenic detrusor overactivity", "DSD present",
                    "Impression: high-pressure neurogenic bladder"]
    else:
        kind = ("bilan_neuropsy", "neuropsych")
        lines_fr = ["MoCA 17/30, atteinte exécutive et mnésique", "Anosognosie partielle",
                    "Conclusion : inapte à gérer ses biens pour l'instant"]
        lines_en = ["MoCA 17/30, executive and memory deficits", "Partial anosognosia",
                    "Impression: currently unable to manage finances"]
    fmt = r.choice(["pdf", "docx"])
    base = "%s_%s_%s" % (T.safe_fn(p.surname), T.safe_fn(p.given), kind[0 if lang == "fr" else 1])
    title = "Rapport" if lang == "fr" else "Report"
    lines = lines_fr if lang == "fr" else lines_en
    if fmt == "pdf":
        data, ct = A.pdf(title, lines), "application/pdf"
    else:
        data, ct = (A.docx(title, lines, when=c.cur["date"].replace(tzinfo=None)),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    if lang == "fr":
        subj, body = "Rapport", "Voici le rapport demandé, bonne lecture.\n\n%s" % a[0]
    else:
        subj, body = "Report", "Here's the report you asked for.\n\n%s" % a[0]
    return c.msg(lang, "report", "report whose patient is named only in the attachment file name",
                 c.sa(a, lang), [c.sa(b, lang)], subj, body,
                 atts=[T.att(fmt, base + "." + fmt, data, ct)])


def family_phone(c, lang):
    r = c.rng
    p = c.patient(lang, prog="amp")
    clerk = U.STAFF[11]
    name = c.nm(p, lang, r.choice(["title", "title_sur", "full"]))
    tel = c.tel(p)
    d = c.today + datetime.timedelta(days=r.randrange(2, 12))
    c.t("diagnosis")
    if lang == "fr":
        subj = "Rendez-vous clinique externe à confirmer"
        body = ("Bonjour,\n\nPouvez-vous rappeler %s au %s (cellulaire personnel) pour confirmer son "
                "rendez-vous à la clinique d'amputés du %s ? Sa fille dit qu'il/elle "
                "a encore des douleurs au moignon la nuit.\n\nMerci,\nAccueil" % (
                    name, tel, U.day_fr(d)))
    else:
        subj = "Outpatient appointment to confirm"
        body = ("Hi,\n\nCan you call %s back at %s (personal cell) to confirm the amputee "
                "clinic appointment on %s? Daughter says there's still residual limb "
                "pain at night.\n\nThanks,\nReception" % (name, tel, U.day_en(d)))
    return c.msg(lang, "appointment", "call-back request with a patient's personal phone",
                 ("Accueil" if lang == "fr" else "Reception", "accueil@" + U.DOM),
                 [c.sa(clerk, lang)], subj, body)
