"""French-Canadian positive templates (part 2)."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_clin as K
import gen_common as C
from gen_pos_fr import sexe, when_txt


def resume_depart(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    surg = c.choice(K.SURGERIES)
    r.t("diagnosis", "medication")
    adm = c.now.date() - dt.timedelta(days=c.randint(3, 10))
    out = adm + dt.timedelta(days=c.randint(1, 6))
    comp = c.choice(["aucune", "hématome mineur drainé au J2", "rétention urinaire transitoire, sonde retirée J4",
                     "petite déhiscence au site donneur, pansements"])
    meds = c.choice(["hydromorphone 1-2 mg q4h PRN x 5 j, céfalexine 500 mg QID x 7 j, énoxaparine 40 mg SC DIE x 14 j",
                     "acétaminophène 1 g QID, naproxène 500 mg BID, docusate",
                     "oxycodone 5 mg q6h PRN, céfazoline terminée, reprise de l'estradiol au J7"])
    mrn_txt = r.mrn(p, prefix=c.choice(["", "BEL-", "D"]))
    nm = r.name(p, c.choice(["caps_first", "last_first", "full"]))
    dob = r.dob(p)
    doc = ["Centre de chirurgie Belvédère — Résumé de départ",
           "Patient·e : %s    Dossier : %s    DDN : %s" % (nm, mrn_txt, dob),
           "Admission : %s   Départ : %s" % (C.fmt_date(adm, "iso"), C.fmt_date(out, "iso")),
           "Intervention : %s (Dre Ariane Desjardins-Lemay)" % surg[0],
           "Diagnostic : %s" % c.choice(K.GENDER_DX)[0],
           "Complications : %s" % comp,
           "Médication au départ : %s" % meds,
           "Suivi : clinique de chirurgie à 2 semaines; médecin traitant (Clinique Méridienne) à 4-6 semaines."]
    if surg[0] == "vaginoplastie":
        doc.append("Dilatations : 3 fois par jour x 3 mois, puis 2 fois par jour.")
    if c.chance(0.5):
        att = A.att_pdf("Resume_depart_%s.pdf" % mrn_txt.replace(" ", ""), "Résumé de départ", doc,
                        author="Centre de chirurgie Belvédère")
        body = ("Bonjour,\n\nVeuillez trouver ci-joint le résumé de départ de votre patient·e opéré·e le %s.\n\n"
                "Archives médicales\nCentre de chirurgie Belvédère\nTél. 450-555-0177"
                % C.fmt_date(adm, "long", "fr"))
        atts = [att]
    else:
        body = ("Bonjour,\n\n" + "\n".join(doc) + "\n\nArchives médicales\nCentre de chirurgie Belvédère")
        atts = []
    return B.make("discharge_summary", "fr", "résumé de départ après chirurgie", ("Archives Belvédère",
                  "archives@belvedere-chirurgie.example"), [B.addr("vachon")],
                  c.choice(["Résumé de départ", "Résumé de départ – %s" % surg[0], "Sommaire hospitalisation"]),
                  body, rec=r, attachments=atts)


def transfert_labo(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    r.t("lab_result")
    masc = c.chance(0.5)
    c.fit_gender(p, masc)
    labs = K.masc_labs(c, "fr") if masc else K.fem_labs(c, "fr")
    extra = c.choice(["VIH Ag/Ac : non réactif", "Syphilis EIA : réactif — RPR 1:8", "HBsAg : négatif; anti-HBs 4 UI/L (non immun)",
                      "Bilan lipidique : LDL 4,1 mmol/L", "HbA1c 6,7 %"])
    if "réactif —" in extra or "LDL" in extra or "HbA1c" in extra:
        r.t("diagnosis")
    nm = r.name(p, c.choice(["caps_first", "last_first"]))
    nam = r.nam(p)
    dob = r.dob(p, c.choice(["iso", "ymd_slash", "dmy"]))
    lab = ("LABORATOIRE BIOMÉDIC NORD — RAPPORT FINAL\nNom : %s\nNAM : %s   Né(e) : %s   Sexe : %s\n"
           "Prescripteur : VACHON-RUEL H.\n----------------------------------------\n%s\n%s\n"
           % (nm, nam, dob, p.sex, "\n".join(labs), extra))
    when = c.now - dt.timedelta(hours=c.randint(2, 30))
    body = (c.choice(["Pour ton suivi de jeudi.", "FYI, le Ht est limite.", "À classer au dossier svp.",
                      "Peux-tu regarder le dernier résultat?"]) + "\n\nM.\n"
            + B.fwd_block("fr", "Laboratoire Biomédic Nord <resultats@biomedic-nord.example>",
                          "Maude Lacasse-Bérubé", when, "Résultats disponibles", lab))
    return B.make("lab_forward", "fr", "transfert d'un rapport de laboratoire", B.addr("lacasse"), [B.addr("vachon")],
                  "TR: Résultats disponibles", body, rec=r)


def patient_belge(c):
    r = B.Rec(c, "fr")
    p = c.patient(origin="be", min_age=20, max_age=50)
    r.t("medication", "diagnosis")
    nm = r.name(p, c.choice(["full", "last_first", "title"]))
    niss = r.niss(p)
    dob = r.dob(p, "dmy_dot")
    reg = c.choice(["acétate de cyprotérone (Androcur) 10 mg/j + Progynova 2 mg 2x/j",
                    "Androcur 25 mg/j + Oestrogel 2 pressions/j",
                    "Nebido (undécanoate de testostérone) 1000 mg IM toutes les 12 semaines"])
    body = ("Bonjour Dre Vachon-Ruel,\n\nJe vous écris au sujet de %s (NISS %s, né·e le %s), qui s'installe à Montréal "
            "pour ses études et que je suis depuis 2021 au centre de Gand.\n\n"
            "Traitement actuel : %s. Dernier bilan (décembre) : %s.\n"
            "Diagnostic : %s. Pas d'antécédent thromboembolique.\n\n"
            "Pourriez-vous assurer la continuité? Je joins le résumé de dossier.\n\n"
            "Bien cordialement,\nDr Pieter Vandenbroucke\nCentre de genre (fictif) – Gand\n+32 9 555 01 23"
            % (nm, niss, dob, reg, ", ".join(K.fem_labs(c, "fr") if "Nebido" not in reg else K.masc_labs(c, "fr")),
               c.choice(K.GENDER_DX)[0]))
    r.t("lab_result")
    atts = []
    if c.chance(0.5):
        atts.append(A.att_pdf("resume_dossier_%s.pdf" % C.fold(p.surname).replace(" ", "_"), "Résumé de dossier",
                              ["Nom : %s" % p.full(), "NISS : %s" % niss, "Date de naissance : %s" % dob,
                               "Traitement : %s" % reg]))
    return B.make("transfer_of_care", "fr", "transfert de suivi d'un·e patient·e venu·e de Belgique",
                  ("Pieter Vandenbroucke", "p.vandenbroucke@genre-gand.example"), [B.addr("vachon")],
                  "Continuité de soins – patient·e de Gand", body, rec=r, attachments=atts)


def patient_france(c):
    r = B.Rec(c, "fr")
    p = c.patient(origin="fr", min_age=22, max_age=55)
    r.t("medication", "social_information")
    nm = r.name(p, c.choice(["full", "caps_first"]))
    nir = r.nir(p)
    dob = r.dob(p, "dmy")
    body = ("Bonjour Alexis,\n\n%s (%s) est en PVT au Québec et n'a pas encore de couverture provinciale "
            "(délai de carence). Elle/il paie ses injections de testostérone de sa poche.\n"
            "Pour la demande de remboursement auprès de sa caisse en France, on doit inscrire son NIR : %s, "
            "et la date de naissance %s.\n\nPeux-tu l'aider avec le formulaire S3125 (soins à l'étranger)? "
            "Revenus très faibles en ce moment, elle/il a demandé si on a accès au fonds de dépannage.\n\nMerci\n%s"
            % (nm, c.choice(["suivi T", "nouveau dossier", "PrEP + T"]), nir, dob, B.sig(c, "castonguay", "fr")))
    return B.make("social_referral", "fr", "aide pour remboursement de soins d'une personne venue de France",
                  B.addr("castonguay"), [B.addr("ferland")], "remboursement France – formulaire", body, rec=r)


def vcard_patient(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    nm = r.name(p, "full")
    tel = r.phone(p)
    adr = r.address(p)
    r.t("medication")
    note = c.choice(["PrEP quotidienne — préfère texto, ne pas laisser de message vocal",
                     "Injections T q2sem — discret, ne pas nommer la clinique au téléphone",
                     "Estradiol — nouveau numéro depuis déménagement"])
    vcf = A.att_vcf("%s.vcf" % C.fold(p.full()).replace(" ", "_"), fn=p.full(), family=p.surname, given=p.given,
                    tel=tel, adr=adr, note=note)
    body = ("Salut Noémie,\n\nNouvelles coordonnées à mettre à jour au DME (fiche ci-jointe). "
            "Attention à la note sur les appels.\n\nMaude")
    return B.make("contact_update", "fr", "fiche contact d'un·e patient·e à mettre à jour", B.addr("lacasse"),
                  [B.addr("castonguay")], "Mise à jour coordonnées", body, rec=r, attachments=[vcf])


def zip_dossier(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    surg = c.choice(K.SURGERIES)
    c.fit_gender(p, surg[2] == "masc")
    r.t("diagnosis", "medication")
    r.names.append(p.full())
    r.t("patient_name")
    r.nam(p, "plain")
    r.dob(p, "iso")
    reg = K.masc_regimen(c, "fr") if surg[2] == "masc" else K.fem_regimen(c, "fr")
    letter = A.make_pdf("Lettre du médecin traitant", [
        "Patient·e : %s — NAM %s — DDN %s — %s" % (p.full(), p.nam, C.fmt_date(p.dob, "iso"), sexe(p)),
        "Demande : %s. Diagnostic : %s." % (surg[0], c.choice(K.GENDER_DX)[0]),
        "Hormonothérapie : %s." % ", ".join(reg)])
    sm = A.make_docx("Évaluation santé mentale", [
        "Nom : %s" % p.full(), "Évaluation favorable. %s." % c.choice(K.MH_DX)[0]])
    csvtxt = A.make_csv([["nom", "nam", "ddn", "intervention"], [p.full(), p.nam, C.fmt_date(p.dob, "iso"), surg[0]]])
    base = C.fold(p.surname).replace(" ", "_")
    z = A.att_zip("dossier_chirurgie_%s.zip" % base, [
        ("%s/lettre_medecin.pdf" % base, letter), ("%s/evaluation_SM.docx" % base, sm),
        ("%s/fiche.csv" % base, csvtxt.encode("utf-8"))])
    body = ("Bonjour,\n\nComme demandé, le dossier complet est dans l'archive ci-jointe (mot de passe envoyé "
            "séparément).\n\nMerci,\n%s" % B.sig(c, "castonguay", "fr"))
    return B.make("surgery_referral", "fr", "archive ZIP de documents pour dossier chirurgical", B.addr("castonguay"),
                  [B.addr("belvedere")], "Documents – dossier chirurgie", body, rec=r, attachments=[z])


def courriel_patient_joint(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    r.t("medication")
    nm_from = p.full()
    r.names.append(nm_from)
    r.t("patient_name")
    q = c.choice([
        ("Question sur mes injections",
         "Bonjour,\nDepuis que je suis passé à 100 mg aux deux semaines, j'ai des bouffées d'irritabilité la 2e semaine "
         "et de l'acné sur le dos. Est-ce que je peux faire des injections chaque semaine à la place?\nMerci\n" + p.given),
        ("Oubli de PrEP",
         "Bonjour, j'ai oublié ma PrEP 4 jours la semaine passée et j'ai eu une relation sans condom samedi. "
         "Est-ce que je dois faire une PPE? Mon cell : %s\n%s" % (p.phone, p.given)),
        ("Patch estradiol qui décolle",
         "Bonjour, les timbres Estradot décollent sans arrêt avec la chaleur, est-ce qu'on peut changer pour le gel? "
         "Ma pharmacie c'est la Pharmacie Lavoie-Tran.\n" + p.full()),
    ])
    if "cell" in q[1]:
        r.t("patient_contact")
    if "acné" in q[1]:
        r.t("diagnosis")
    inner = dict(cat="x", lang="fr", sender=(nm_from, "%s.%s%d@courriel.example" % (
        C.fold(p.given).replace(" ", ""), C.fold(p.surname).replace(" ", "").replace("'", ""), c.randint(1, 99))),
                 to=[("Clinique Méridienne", "accueil@" + C.ORG_DOMAIN)], subject=q[0], text=q[1])
    att = A.att_eml(c.choice(["%s.eml" % q[0], "message_patient.eml"]), inner)
    body = ("Dr Okafor / Jordan,\n\nMessage reçu au portail de l'accueil, je vous le transfère en pièce jointe. "
            "Qui le prend?\n\nNoémie")
    return B.make("forward", "fr", "message d'un·e patient·e transféré en pièce jointe", B.addr("castonguay"),
                  [B.addr("okafor"), B.addr("whitfield")], "TR: " + q[0], body, rec=r, attachments=[att])


def nom_sujet_seulement(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    r.t("lab_result")
    res = c.choice(["VIH négatif, syphilis négatif, CT/NG négatifs", "CT négatif mais NG + (gorge)",
                    "Ht 0,55 — à reprendre", "E2 95 pmol/L seulement, vérifier l'observance"])
    if "NG +" in res:
        r.t("diagnosis")
    nm = p.name(c.choice(["caps_first", "last_first", "full", "initials_caps"]), "fr")
    r.names.append(nm)
    r.t("patient_name")
    subj = "%s – %s" % (nm, c.choice(["résultats", "rappel", "suivi labo"]))
    body = "%s.\n\n%s" % (res, c.choice(["Tu peux lui texter.", "Je l'appelle demain matin.", "Je l'ai mis·e sur ta liste."]))
    return B.make("quick_note", "fr", "note brève, personne nommée seulement dans l'objet", B.addr("lacasse"),
                  [B.addr(c.choice(["okafor", "vachon", "whitfield"]))], subj, body, rec=r)


def nom_fichier_seulement(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    surg = c.choice(K.SURGERIES)
    r.t("diagnosis")
    fname = "Lettre_appui_%s_%s_%s.pdf" % (surg[0].split()[0], C.fold(p.surname).replace(" ", "").replace("'", ""),
                                           C.fold(p.given))
    r.names.append(C.fold(p.surname).replace(" ", "").replace("'", "") + "_" + C.fold(p.given))
    r.t("patient_name")
    pdf = A.att_pdf(fname, "Lettre d'appui", [
        "À qui de droit,",
        "La personne mentionnée en objet est suivie à notre clinique pour une %s. "
        "Nous appuyons sa demande de %s." % (c.choice(K.GENDER_DX)[0], surg[0]),
        "Dre Hélène Vachon-Ruel"])
    body = "Bonjour,\n\nCi-jointe la lettre pour sa %s, signée ce matin.\n\nNoémie" % surg[0]
    return B.make("mh_letter", "fr", "lettre d'appui, nom seulement dans le nom du fichier", B.addr("castonguay"),
                  [B.addr("desjardins")], "Lettre signée", body, rec=r, attachments=[pdf])


def note_rapide_minuscule(c):
    r = B.Rec(c, "fr")
    p = c.patient()
    r.t("medication")
    nm = r.name(p, c.choice(["lower", "initial", "given"]))
    msg = c.choice([
        "%s a appelé, a plus de seringues pour sa testo, peux-tu faxer une nouvelle rx à sa pharmacie? elle ferme à 21h" % nm,
        "%s veut devancer son rv, effets secondaires avec la spiro (étourdissements). je lui ai dit de boire plus" % nm,
        "rappel: %s doit recommencer la doxy-PEP, rx expirée" % nm,
    ])
    if "spiro" in msg:
        r.t("diagnosis")
    if nm == p.given:
        msg += "\n(%s %s, dossier %s)" % (p.given, p.surname, r.mrn(p))
        r.names.append("%s %s" % (p.given, p.surname))
    return B.make("quick_note", "fr", "message rapide entre collègues au sujet d'un traitement", B.addr("castonguay"),
                  [B.addr(c.choice(["okafor", "vachon", "whitfield"]))], c.choice(["appel", "msg tél", "svp"]),
                  msg + "\n\nN.", rec=r)


def recensement_fds(c):
    r = B.Rec(c, "fr")
    rows = [["Nom", "Âge", "Enjeu", "À faire"]]
    for _ in range(c.randint(4, 7)):
        p = c.patient()
        nm = p.name(c.choice(["caps_first", "last_first"]), "fr")
        r.names.append(nm)
        enjeu, todo = c.choice([
            ("J5 post-vaginoplastie, douleur contrôlée", "appel de suivi lundi"),
            ("syphilis 2aire, 2e dose Bicillin due", "confirmer RV mardi"),
            ("VIH réactif au dépistage", "résultat confirmatoire attendu"),
            ("idéations suicidaires passives", "Dre Raman rappelle samedi"),
            ("Ht 0,56 sous T", "saignée? discuter avec endo"),
            ("refuge, perte de médication", "rx estradiol à refaire"),
        ])
        r.t("diagnosis")
        if "refuge" in enjeu:
            r.t("social_information", "medication")
        if "Ht" in enjeu:
            r.t("lab_result")
        rows.append([nm, str(C.age_at(p.dob, c.now.date())), enjeu, todo])
    r.t("patient_name")
    text = ("Bonjour,\n\nListe de garde pour la fin de semaine :\n\n" + B.table_text(rows) +
            "\n\nCell de garde : 514-555-0199.\n\nSamuel")
    atts = []
    if c.chance(0.5):
        atts.append(A.att_docx("garde_fds_%s.docx" % c.now.strftime("%Y-%m-%d"), "Liste de garde", [("table", rows)]))
        text = "Bonjour,\n\nListe de garde pour la fin de semaine en pièce jointe.\n\nSamuel"
    return B.make("signout", "fr", "liste de garde de fin de semaine avec enjeux cliniques", B.addr("okafor"),
                  [B.addr("whitfield"), B.addr("vachon")], "Garde fds", text, rec=r, attachments=atts,
                  html=None if atts else B.paras_html("Bonjour,\n\nListe de garde pour la fin de semaine :") +
                  B.table_html(rows) + B.paras_html("Cell de garde : 514-555-0199.\n\nSamuel"))


def transport_adapte(c):
    r = B.Rec(c, "fr")
    p = c.nam_holder()
    r.t("patient_contact", "diagnosis")
    nm = r.name(p, c.choice(["full", "title"]))
    nam = r.nam(p)
    dob = r.dob(p)
    d = c.future(c.now.date(), 5, 20)
    body = ("Bonjour,\n\nDemande de transport pour %s, NAM %s, né·e le %s (%s).\n"
            "Adresse de prise en charge : %s\nTéléphone : %s\n"
            "Destination : Centre de chirurgie Belvédère, le %s à 6 h 45 (arrivée requise).\n"
            "Particularités : %s. Retour le même jour non prévu (hospitalisation).\n\nMerci\n%s"
            % (nm, nam, dob, sexe(p), r.address(p), r.phone(p), C.fmt_date(d, "long", "fr"),
               c.choice(["fauteuil roulant (paraplégie)", "déficience visuelle, accompagnatrice",
                         "chirurgie d'affirmation; pas d'accompagnateur, post-op à prévoir"]),
               B.sig(c, "castonguay", "fr")))
    return B.make("transport_request", "fr", "demande de transport adapté vers une chirurgie", B.addr("castonguay"),
                  [B.addr("morais")], "Demande de transport", body, rec=r)


POS_FR_B = [resume_depart, transfert_labo, patient_belge, patient_france, vcard_patient, zip_dossier,
            courriel_patient_joint, nom_sujet_seulement, nom_fichier_seulement, note_rapide_minuscule,
            recensement_fds, transport_adapte]
