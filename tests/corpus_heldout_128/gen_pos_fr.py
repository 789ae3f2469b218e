"""French-Canadian positive templates (part 1)."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_clin as K
import gen_common as C


def sexe(p):
    return "sexe inscrit RAMQ : %s" % p.sex


def when_txt(c, d):
    return C.fmt_date(d, c.choice(["long", "iso", "dmy"]), "fr")


def suivi_hormonal(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    masc = c.chance(0.45)
    c.fit_gender(p, masc)
    reg = K.masc_regimen(c, "fr") if masc else K.fem_regimen(c, "fr")
    labs = K.masc_labs(c, "fr") if masc else K.fem_labs(c, "fr")
    plan = K.dose_change(c, "fr", masc)
    dx = c.choice(K.GENDER_DX)[0]
    r.t("diagnosis", "medication", "lab_result")
    nm = r.name(p)
    nam = r.nam(p)
    ddn = r.dob(p)
    mois = c.choice([3, 6, 12, 18, 24])
    to = c.choice(["marchetti", "whitfield", "lacasse"])
    body = ("Bonjour %s,\n\nPetit résumé du suivi de %s mois sous hormonothérapie :\n\n"
            "%s — NAM %s — DDN %s (%s)\n"
            "Dx : %s\n"
            "Tx actuel : %s\n"
            "Bilan du %s : %s\n\n"
            "Plan : %s. Contrôle sanguin dans 3 mois, RV déjà donné.\n"
            "Pronom : %s.\n\n"
            "Merci de me dire si tu vois autre chose.\n%s"
            % (B.person_info(to)["given"], mois, nm, nam, ddn, sexe(p), dx, " + ".join(reg),
               when_txt(c, c.now.date() - dt.timedelta(days=c.randint(2, 9))), ", ".join(labs), plan,
               p.pron_fr(), B.sig(c, "vachon", "fr")))
    subj = c.choice(["Suivi HTx %d mois" % mois, "Suivi hormonal - %s" % p.surname.upper(),
                     "bilan hormonal à revoir", "TR: suivi %d mois hormonothérapie" % mois])
    if "%s" % p.surname.upper() in subj:
        r.names.append(p.surname.upper())
    atts = []
    if c.chance(0.4):
        atts.append(A.att_pdf("Note_suivi_%s.pdf" % C.fold(p.surname).upper(), "Note de suivi – hormonothérapie",
                              [("h", "Patient·e"), "%s   NAM : %s   DDN : %s" % (p.full(), C.fmt_nam(p.nam, "space"), C.fmt_date(p.dob, "iso")),
                               ("h", "Traitement"), "\n".join(reg), ("h", "Résultats"), "\n".join(labs),
                               ("h", "Conduite"), plan]))
    return B.make("hormone_followup", "fr", "suivi d'hormonothérapie avec bilan", B.addr("vachon"), [B.addr(to)],
                  subj, body, rec=r, attachments=atts)


def reference_chirurgie(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    surg = c.choice(K.SURGERIES)
    c.fit_gender(p, surg[2] == "masc")
    r.t("diagnosis", "medication", "patient_contact")
    nm = r.name(p, "full")
    reg = K.masc_regimen(c, "fr") if surg[2] == "masc" else K.fem_regimen(c, "fr")
    imc = round(c.randint(190, 340) / 10, 1)
    tabac = c.choice(["non-fumeur·se", "cessation tabagique depuis 8 mois", "vapote (nicotine) — avisé·e d'arrêter 6 sem avant"])
    mh = c.choice(K.MH_DX)[0]
    doc = [("h", "Identification"),
           "Nom : %s\nNAM : %s\nDate de naissance : %s   (%s)\nAdresse : %s\nTéléphone : %s"
           % (p.name("last_first", "fr"), C.fmt_nam(p.nam, "space"), C.fmt_date(p.dob, "long", "fr"), sexe(p),
              p.address, p.phone),
           ("h", "Motif de la référence"),
           "Demande d'évaluation pour %s. Diagnostic : %s, persistant et documenté." % (surg[0], c.choice(K.GENDER_DX)[0]),
           ("h", "Antécédents"),
           "%s. IMC %s. %s. Aucune allergie connue." % (mh[0].upper() + mh[1:], str(imc).replace(".", ","), tabac),
           ("h", "Médication"), "\n".join(reg),
           ("h", "Documents joints"), "Lettre d'évaluation en santé mentale (Dre Priya Raman), formulaire d'admissibilité.",
           ("sp",), "Dre Hélène Vachon-Ruel, M.D. — permis 1-09-418"]
    r.nam(p, "space")
    r.dob(p, "long")
    r.names.append(p.name("last_first", "fr"))
    fname = c.choice(["Référence_%s_%s.docx" % (surg[0].split()[0], C.fold(p.surname)),
                      "reference_chirurgie_%s.docx" % C.fold(p.surname).lower(),
                      "Ref-%s-%s.docx" % (p.surname.replace(" ", ""), p.given)])
    att = A.att_docx(fname, "Référence en chirurgie d'affirmation de genre", doc)
    body = ("Bonjour,\n\nVeuillez trouver ci-joint la référence de %s pour %s.\n"
            "La lettre de santé mentale suivra par télécopieur d'ici vendredi.\n\n"
            "Cordialement,\n%s" % (nm, surg[0], B.sig(c, "castonguay", "fr")))
    return B.make("surgery_referral", "fr", "référence en chirurgie d'affirmation avec formulaire", B.addr("castonguay"),
                  [B.addr("belvedere")], c.choice(["Référence – %s" % surg[0], "Nouvelle référence chirurgie",
                                                    "Réf. chirurgie : %s" % nm]),
                  body, rec=r, attachments=[att], cc=[B.addr("vachon")])


def lettre_sante_mentale(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    surg = c.choice(K.SURGERIES)
    c.fit_gender(p, surg[2] == "masc")
    mh, med = c.choice(K.MH_DX), c.choice(K.MH_MEDS)
    soc = c.choice(K.SOCIAL)[0]
    r.t("diagnosis", "medication", "social_information")
    r.names.append(p.full())
    r.t("patient_name")
    r.nam(p, "plain")
    r.dob(p, "long")
    letter = [
        "Montréal, le %s" % C.fmt_date(c.now.date(), "long", "fr"),
        "Objet : Lettre d'appui – %s" % surg[0],
        "Madame, Monsieur,",
        "J'ai rencontré %s (née/né le %s, NAM %s, %s) à %d reprises depuis %s dans le cadre d'une évaluation "
        "en vue d'une %s." % (p.full(), C.fmt_date(p.dob, "long", "fr"), p.nam, sexe(p), c.randint(3, 9),
                              C.MONTHS_FR[c.randint(0, 11)] + " 2024", surg[0]),
        "La personne présente une %s bien documentée. Elle a aussi un %s, traité par %s, "
        "qui est stable et ne constitue pas une contre-indication." % (c.choice(K.GENDER_DX)[0], mh[0], med[0]),
        "Sur le plan psychosocial : %s. Un suivi en travail social est en place." % soc,
        "La personne comprend les risques, les bénéfices et les alternatives, et a la capacité de consentir.",
        "Veuillez agréer mes salutations distinguées.",
        "Dre Priya Raman, psychologue — permis 04512-19",
    ]
    fname = c.choice(["Lettre_appui_%s_%s.pdf" % (C.fold(p.surname), C.fold(p.given)),
                      "lettre santé mentale %s.pdf" % p.surname,
                      "Evaluation_SM_%s.pdf" % p.nam])
    att = A.att_pdf(fname, "Lettre d'appui – évaluation en santé mentale", letter, author="Priya Raman")
    short = c.chance(0.5)
    body = ("Bonjour,\n\nCi-jointe la lettre pour le dossier chirurgical. "
            "Je reste disponible pour en discuter.\n%s" % B.sig(c, "raman", "fr", short=short))
    if fname.startswith("Evaluation_SM_"):
        subj = "Lettre SM — %s %s" % (p.given, p.surname)
        r.names.append("%s %s" % (p.given, p.surname))
    else:
        subj = c.choice(["Lettre d'appui", "lettre pour le dossier chirurgie", "Lettre santé mentale (2e)"])
    return B.make("mh_letter", "fr", "lettre d'appui en santé mentale jointe en PDF", B.addr("raman"),
                  [B.addr(c.choice(["desjardins", "belvedere"]))], subj, body, rec=r, attachments=[att],
                  cc=[B.addr("vachon")] if c.chance(0.5) else None)


def lettre_changement_nom(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    chosen = c.choice(["Léo", "Elle", "Noa", "Alix", "Maël", "Éden", "Sacha", "Lou", "Rafaëlle", "Aurèle"])
    r.t("medication", "diagnosis")
    mention = "F" if p.sex == "M" else "M"
    if c.chance(0.3):
        mention = "X"
    since = c.randint(2017, 2023)
    txt = [
        "ATTESTATION DU MÉDECIN TRAITANT",
        "Je soussignée, Dre Hélène Vachon-Ruel, atteste suivre %s, née/né le %s, NAM %s (%s), depuis %d."
        % (p.full(), C.fmt_date(p.dob, "dmy", "fr"), C.fmt_nam(p.nam, "space"), sexe(p), since),
        "La personne vit selon l'identité de genre correspondant à la mention « %s » et utilise le prénom %s au quotidien."
        % (mention, chosen),
        "Elle reçoit une hormonothérapie d'affirmation de genre (%s) depuis %d. Le diagnostic d'%s est posé."
        % (c.choice(["estradiol", "testostérone"]), since + 1, c.choice(K.GENDER_DX)[0]),
        "Cette attestation est fournie à l'appui de la demande de changement de prénom et de mention du sexe.",
    ]
    r.names.append(p.full())
    r.t("patient_name")
    r.nam(p, "space")
    r.dob(p, "dmy")
    if c.chance(0.5):
        att = A.att_docx("Attestation_%s_%s.docx" % (chosen, C.fold(p.surname)), "Attestation – changement de mention", txt)
    else:
        att = A.att_pdf("attestation_mention_%s.pdf" % C.fold(p.surname).lower(), "Attestation – changement de mention", txt)
    body = ("Bonjour Me Hurtubise,\n\nComme convenu avec %s (%s), voici l'attestation signée pour le dossier "
            "à l'état civil. L'original part par la poste demain.\n\nBonne journée,\n%s"
            % (chosen, c.choice(["prénom d'usage", "anciennement " + p.given]), B.sig(c, "vachon", "fr")))
    return B.make("name_change_letter", "fr", "attestation médicale pour changement de prénom et de mention du sexe",
                  B.addr("vachon"), [B.addr("hurtubise")],
                  c.choice(["Attestation – changement de mention", "Attestation signée", "Dossier état civil"]),
                  body, rec=r, attachments=[att])


def resultat_itss(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    sti = c.choice(K.STI)
    r.t("lab_result", "diagnosis", "medication")
    style = c.choice(["lower", "given", "initial", "full", "caps_first"])
    if style == "given":
        nm = p.given
        ref = "%s (dossier %s)" % (p.given, r.mrn(p, c.choice(["plain", "spaced", "fullwidth"])))
        r.names.append(p.given)
        r.t("patient_name")
    else:
        nm = r.name(p, style)
        ref = "%s, dossier %s" % (nm, r.mrn(p))
    tel = r.phone(p) if c.chance(0.6) else None
    body = ("Salut %s,\n\nRésultat reçu ce matin pour %s :\n%s\n\n"
            "Ça correspond à une %s. Je propose %s. %s\n"
            "Peux-tu signer l'ordonnance collective? Je peux le/la voir demain en sans-RV.\n\nMerci!\n%s"
            % (c.choice(["Samuel", "Sam"]), ref, sti[0], sti[2], sti[4],
               ("Numéro cell au dossier : %s (OK pour laisser un message)." % tel) if tel else
               "Pas de numéro valide au dossier, je vais essayer par le portail.",
               B.sig(c, "lacasse", "fr", short=True)))
    subj = c.choice(["résultat ITSS à traiter", "Résultat positif - à rappeler", "ITSS + %s" % sti[2],
                     "à traiter aujourd'hui svp"])
    return B.make("sti_result", "fr", "résultat ITSS positif à traiter", B.addr("lacasse"), [B.addr("okafor")],
                  subj, body, rec=r, importance="High" if c.chance(0.4) else None)


def prep_ordonnance(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    r.t("medication", "lab_result")
    cr = c.randint(60, 110)
    dfg = c.choice([">90", "88", "76", ">90", "102"])
    nm = r.name(p)
    nam = r.nam(p)
    ddn = r.dob(p)
    mode = c.choice(["quotidienne", "sur demande (2-1-1)"])
    rx = ("ORDONNANCE\n%s\nDDN : %s   NAM : %s   %s\n\n"
          "Emtricitabine/ténofovir DF 200/300 mg (PrEP %s)\n"
          "1 co PO DIE   Qté : 30   Renouvellements : 2\n\n"
          "Bilan du %s : VIH Ag/Ac non réactif, créat %d µmol/L, DFGe %s, HBsAg négatif, syphilis non réactif."
          % (nm, ddn, nam, sexe(p), mode, when_txt(c, c.now.date() - dt.timedelta(days=c.randint(1, 6))), cr, dfg))
    body = ("Bonjour,\n\nVoici l'ordonnance de renouvellement de PrEP. La personne passera la chercher "
            "après 16 h.\n\n%s\n\nDr Samuel Okafor, permis 1-14-233\n%s"
            % (rx, B.sig(c, "okafor", "fr")))
    pharm = c.choice(["tran", "lindqvist"])
    return B.make("prescription", "fr", "ordonnance de PrEP à la pharmacie avec bilan", B.addr("okafor"),
                  [B.addr(pharm)], c.choice(["Ordonnance PrEP", "Rx renouvellement PrEP", "Ordonnance – PrEP"]),
                  body, rec=r)


def notification_partenaires(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    sti = c.choice(K.STI[:4])
    r.t("diagnosis", "lab_result", "medication")
    nm = r.name(p, c.choice(["last_first", "caps_first", "full"]))
    dob = r.dob(p)
    partners = []
    for _ in range(c.randint(1, 3)):
        q = c.patient(min_age=19, max_age=55)
        qn = q.name("full", "fr")
        r.names.append(qn)
        partners.append((qn, q.phone, c.choice(["partenaire régulier·ère", "partenaire occasionnel·le",
                                               "contact via application, prénom seulement connu"])))
    r.t("patient_contact")
    rows = [["Contact", "Téléphone", "Lien", "Date d'exposition"]]
    for qn, ph, lien in partners:
        rows.append([qn, ph, lien, C.fmt_date(c.now.date() - dt.timedelta(days=c.randint(10, 80)), "iso")])
    body = ("Bonjour Rosalie,\n\nDéclaration et intervention préventive auprès des partenaires (IPPAP) pour :\n"
            "%s, DDN %s\nRésultat : %s (%s)\nTraitement donné le %s : %s\n\n"
            "Partenaires nommé·e·s qui acceptent la notification par la santé publique :\n\n%s\n\n"
            "La personne préfère ne pas être identifiée auprès des contacts.\n\nMerci,\n%s"
            % (nm, dob, sti[0], sti[2], when_txt(c, c.now.date()), sti[4], B.table_text(rows),
               B.sig(c, "lacasse", "fr")))
    html = None
    if c.chance(0.5):
        html = B.paras_html(body.split("\n\nPartenaires")[0]) + "<p>Partenaires nommé·e·s :</p>" + \
            B.table_html(rows) + B.paras_html("La personne préfère ne pas être identifiée auprès des contacts.\n\nMerci,"
                                              + B.sig(c, "lacasse", "fr", short=True))
    return B.make("partner_notification", "fr", "notification des partenaires à la santé publique",
                  B.addr("lacasse"), [B.addr("gendreau")], c.choice(["IPPAP – %s" % sti[2], "MADO + partenaires",
                                                                       "Déclaration et contacts"]),
                  body, rec=r, html=html)


def liste_clinique(c):
    r = B.Rec(c, "fr")
    rows = [["Heure", "Nom", "Motif", "Note"]]
    h = 8 * 60 + 30
    for _ in range(c.randint(5, 8)):
        p = c.patient()
        nm = p.name(c.choice(["caps_first", "last_first", "full"]), "fr")
        r.names.append(nm)
        kind = c.choice(["f", "m", "prep", "itss", "sm"])
        if kind == "f":
            motif, note = "suivi HTx E2", c.choice(K.fem_labs(c, "fr"))
            r.t("lab_result")
        elif kind == "m":
            motif, note = "suivi T", c.choice(K.masc_labs(c, "fr"))
            r.t("lab_result")
        elif kind == "prep":
            motif, note = "PrEP 3 mois", c.choice(["créat OK", "oublie des doses", "veut passer au 2-1-1"])
            r.t("medication")
        elif kind == "itss":
            motif, note = "ITSS symptômes", c.choice(["écoulement urétral", "ulcère génital", "contact syphilis"])
            r.t("diagnosis")
        else:
            motif, note = "soutien psy", c.choice(["idées noires +, évaluer", "anxiété ↑ depuis perte d'emploi"])
            r.t("diagnosis")
        rows.append(["%dh%02d" % (h // 60, h % 60), nm, motif, note])
        h += c.choice([15, 20, 30])
    r.t("patient_name")
    jour = C.fmt_date(c.future(c.now.date(), 1, 3), "long", "fr")
    intro = "Bonjour à tous,\n\nVoici la liste de la clinique du %s (Dr Okafor / Maude) :" % jour
    text = intro + "\n\n" + B.table_text(rows) + "\n\nMerci de préparer les requêtes d'avance.\nNoémie"
    html = B.paras_html(intro) + B.table_html(rows) + B.paras_html("Merci de préparer les requêtes d'avance.\nNoémie")
    atts = []
    if c.chance(0.35):
        atts.append(A.att_xlsx("liste_%s.xlsx" % c.now.strftime("%Y%m%d"), [("Liste", rows)]))
    return B.make("clinic_list", "fr", "liste des rendez-vous de la journée avec motifs", B.addr("castonguay"),
                  [B.addr("okafor"), B.addr("lacasse")], "Liste clinique " + jour, text, rec=r, html=html,
                  attachments=atts)


def formulaire_assureur(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    surg = c.choice(K.SURGERIES)
    r.t("diagnosis", "medication")
    nm = r.name(p, "full")
    sin = r.sin(style=c.choice(["plain", "space", "dash", "dot", "odd"]))
    dob = r.dob(p, "iso")
    adr = r.address(p)
    reg = K.masc_regimen(c, "fr") if surg[2] == "masc" else K.fem_regimen(c, "fr")
    police = "BOR-%d-%04d" % (c.randint(100, 999), c.randint(0, 9999))
    rows = [["Champ", "Valeur"], ["Nom de l'adhérent·e", nm], ["Date de naissance", dob], ["NAS", sin],
            ["Adresse", adr], ["No de police / certificat", police], ["Diagnostic", c.choice(K.GENDER_DX)[0]],
            ["Intervention demandée", surg[0]], ["Médicaments", "; ".join(reg)],
            ["Médecin traitant", "Dre Hélène Vachon-Ruel"]]
    att = A.att_pdf("Formulaire_Borealis_%s.pdf" % police, "Demande de préautorisation – Assurances Boréalis",
                    [("table", rows), ("sp",), "Signature du médecin : ____________________"])
    body = ("Bonjour Mme Kerrigan,\n\nEn pièce jointe, la demande de préautorisation remplie pour %s "
            "(certificat %s). Le devis du Centre Belvédère suivra.\n\nMerci de confirmer la réception.\n%s"
            % (c.choice([nm, "votre adhérent·e"]), police, B.sig(c, "belhadj", "fr")))
    return B.make("insurer_form", "fr", "demande de préautorisation à l'assureur avec NAS", B.addr("belhadj"),
                  [B.addr("kerrigan")], "Préautorisation – certificat " + police, body, rec=r, attachments=[att])


def reponse_citee(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    masc = c.chance(0.5)
    c.fit_gender(p, masc)
    labs = K.masc_labs(c, "fr") if masc else K.fem_labs(c, "fr")
    r.t("lab_result", "medication")
    nm = r.name(p, c.choice(["caps_first", "last_first", "full", "lower"]))
    nam = r.nam(p)
    dob = r.dob(p)
    before = c.now - dt.timedelta(hours=c.randint(3, 40))
    orig = ("Bonjour Jordan,\n\nPeux-tu voir %s (NAM %s, DDN %s, %s) jeudi? %s\n"
            "Dernier bilan : %s.\nTx : %s.\n\nMerci,\nHélène"
            % (nm, nam, dob, sexe(p), c.choice(["Veut discuter de la dose.", "Effets secondaires: acné, humeur labile.",
                                                "Nouvelle douleur mammaire, à examiner."]),
               ", ".join(labs), (K.masc_regimen(c, "fr") if masc else K.fem_regimen(c, "fr"))[0]))
    if "Veut discuter" not in orig:
        r.t("diagnosis")
    top = c.choice(["Oui, c'est beau pour jeudi 10 h.", "Ok je l'ajoute à ma plage de l'après-midi.",
                    "Parfait, je m'en occupe."])
    body = top + "\n\nJordan\n\n" + B.reply_header("fr", "Hélène Vachon-Ruel", before) + "\n" + B.quote(orig)
    return B.make("reply", "fr", "réponse courte avec demande de consultation citée", B.addr("whitfield"),
                  [B.addr("vachon")], "RE: " + c.choice(["RV jeudi?", "à voir cette semaine", "consult rapide"]),
                  body, rec=r, in_reply_to="<%s.%d@%s>" % (before.strftime("%Y%m%d%H%M"), c.randint(1000, 9999),
                                                          C.ORG_DOMAIN))


def rendezvous_ics(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    start = dt.datetime.combine(c.future(c.now.date(), 3, 30), dt.time(c.choice([9, 10, 13, 14, 15]), c.choice([0, 30])))
    motif = c.choice(["injection de testostérone + prise de sang Ht", "suivi PrEP 3 mois + dépistage ITSS",
                      "retrait des points post-torsoplastie", "counselling après diagnostic de syphilis",
                      "ajustement estradiol / bilan E2"])
    r.t("diagnosis" if "syphilis" in motif or "torsoplastie" in motif else "medication")
    nm = r.name(p, c.choice(["full", "caps_first", "last_first"]))
    tel = r.phone(p)
    ics = A.att_ics("rendez-vous.ics", uid="rv-%d@%s" % (c.randint(100000, 999999), C.ORG_DOMAIN),
                    start=start, end=start + dt.timedelta(minutes=30),
                    summary="RV %s – %s" % (nm, motif.split(" ")[0]),
                    location="Clinique Méridienne, salle %d" % c.randint(1, 6),
                    description="%s\nTél. patient·e : %s\nMotif : %s" % (nm, tel, motif),
                    organizer=("Noémie Castonguay", B.addr("castonguay")[1]),
                    attendees=[("Maude Lacasse-Bérubé", B.addr("lacasse")[1])])
    body = "Bonjour Maude,\n\nRV ajouté à ton agenda (voir l'invitation).\n\nNoémie"
    return B.make("booking", "fr", "invitation calendrier pour un rendez-vous de soins", B.addr("castonguay"),
                  [B.addr("lacasse")], "Invitation : RV " + C.fmt_date(start.date(), "iso"), body, rec=r,
                  attachments=[ics])


def note_sociale(c):
    r = B.Rec(c, "fr")
    p = c.patient(min_age=17, max_age=45)
    soc = c.choice(K.SOCIAL)[0]
    r.t("social_information")
    nm = r.name(p, c.choice(["given", "full", "title", "lower"]))
    extra = ""
    if c.chance(0.5):
        extra = "Adresse temporaire : %s. Cell : %s.\n" % (r.address(p), r.phone(p))
    if p.dob.year >= 2006 or c.chance(0.3):
        extra += ("Mineur·e ou jeune adulte : signalement en protection de la jeunesse discuté; "
                  "intervenante au dossier avisée.\n")
    reason = c.choice(["dépistage ITSS", "renouvellement hormonal", "PrEP"])
    if reason != "dépistage ITSS":
        r.t("medication")
    body = ("Bonjour Alexis,\n\nJe te réfère %s (vu·e ce matin pour %s). %s %s.\n%s\n"
            "Besoin : accompagnement pour logement et démarches de changement de nom (coûts).\n\n"
            "Merci!\n%s" % (nm, reason,
                            p.pron_fr().capitalize(), soc, extra, B.sig(c, "okafor", "fr", short=True)))
    if nm == p.given:
        r.names[-1] = p.given
        subj = "Référence TS – %s %s" % (p.given, p.surname)
        r.names.append("%s %s" % (p.given, p.surname))
    else:
        subj = c.choice(["Référence TS", "besoin TS urgent", "Référence travail social"])
    return B.make("social_referral", "fr", "référence en travail social avec situation sociale", B.addr("okafor"),
                  [B.addr("ferland")], subj, body, rec=r)


POS_FR_A = [suivi_hormonal, reference_chirurgie, lettre_sante_mentale, lettre_changement_nom, resultat_itss,
            prep_ordonnance, notification_partenaires, liste_clinique, formulaire_assureur, reponse_citee,
            rendezvous_ics, note_sociale]
