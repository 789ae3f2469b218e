"""Confidential messages written in French (Québec imaging department)."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_ctx import quote

RDV = ("Rendez-vous imagerie", "rdv.imagerie@" + C.ORG["domain"])
ARCH = ("Archives imagerie", "archives.imagerie@" + C.ORG["domain"])
CRIT = ("Résultats critiques", "resultats.critiques@" + C.ORG["domain"])


def _pron(p):
    return ("La patiente", "elle", "e") if p["sex"] == "F" else ("Le patient", "il", "")


def ct_booking(c):
    r = c.r
    p = c.pat(nam=True, lo=1930, hi=2006)
    ref = r.choice([C.REFERRERS[0], C.REFERRERS[1], C.REFERRERS[3]])
    gmf = C.EXTERNAL["gmf"]
    exam, ind = r.choice([
        ("TDM abdomen-pelvis avec contraste", "masse rénale droite de 3,2 cm à l'échographie, à caractériser"),
        ("TDM thoraco-abdomino-pelvienne avec contraste", "suivi d'un adénocarcinome du côlon opéré en 2023, ACE en hausse (8,4)"),
        ("uro-TDM", "hématurie macroscopique depuis 3 semaines, ancien fumeur"),
        ("TDM abdominale triphasique", "nodule hépatique de 2 cm sur cirrhose alcoolique connue"),
        ("angio-TDM des membres inférieurs", "claudication intermittente à 100 m, diabète type 2"),
    ])
    c.t("diagnosis")
    creat = r.randrange(96, 171)
    egfr = int(5900 / creat)
    c.t("lab_result")
    la, il, e = _pron(p)
    lines = ["Bonjour,", "",
             r.choice(["Voici une demande de %s pour :" % exam,
                       "Nous vous acheminons une requête de %s. Coordonnées du patient :" % exam,
                       "SVP céduler une %s :" % exam]), "",
             c.idline(p), "",
             "Indication : %s." % ind,
             "Créatinine du %s : %d µmol/L, DFGe %d mL/min/1,73 m²." % (
                 C.fdate(c.date.date() - dt.timedelta(days=r.randrange(3, 20)), "fr", "short"), creat, egfr)]
    if r.random() < 0.7:
        c.t("medication")
        lines.append(r.choice([
            "%s prend de la metformine 850 mg BID : merci de nous indiquer si elle doit être suspendue après l'injection." % la,
            "Rx actuelle : metformine 500 mg BID, ramipril 10 mg DIE, atorvastatine 20 mg.",
            "Sous Glucophage (metformine) 1 g BID et Jardiance 10 mg."]))
    lines += ["Priorité : %s" % r.choice(["P3 (28 jours)", "P2 (10 jours)", "P4 (3 mois)"]), "",
              r.choice(["Merci de nous aviser de la date du rendez-vous par télécopieur.",
                        "Veuillez confirmer la réception.", "Merci!"]), "",
              "%s\n%s\n%s, tél. %s" % (C.dr(ref, "fr"), "Médecin de famille", gmf[0], gmf[2])]
    subj = r.choice(["Demande de %s" % exam, "Requête %s — priorité à confirmer" % exam.split(" avec")[0],
                     "TR: demande d'examen %s" % exam.split(" ")[0]])
    return dict(frm=c.ad(ref, gmf[1]), to=[RDV], subject=subj, text="\n".join(lines),
                note="referral for contrast CT with kidney function and NAM")


def contrast_allergy(c):
    r = c.r
    p = c.pat()
    tech, nurse = c.who(C.TECHS), c.who(C.NURSES)
    rad = r.choice([C.RADIOLOGISTS[1], C.RADIOLOGISTS[4], C.RADIOLOGISTS[6]])
    la, il, e = _pron(p)
    nm = c.name(p, r.choice(["upper_comma", "sur_comma", "title", "full"]))
    mrn = c.mrn(p)
    d = c.when(2, 12)
    c.t("diagnosis", "medication")
    reaction = r.choice([
        ("TDM thorax avec contraste", "au produit de contraste iodé en 2019 (urticaire généralisée et œdème des lèvres, traité à l'urgence)"),
        ("TDM abdomen avec contraste", "à l'iohexol lors d'un coroscan en 2021 : bronchospasme léger, Ventolin reçu"),
        ("IRM hépatique avec gadolinium", "au gadobutrol en 2022 : éruption prurigineuse au thorax 20 minutes après l'injection"),
    ])
    drugs = r.choice([
        ["prednisone 50 mg PO 13 h, 7 h et 1 h avant l'injection", "diphenhydramine (Benadryl) 50 mg PO 1 h avant"],
        ["méthylprednisolone (Medrol) 32 mg PO 12 h et 2 h avant", "cétirizine 10 mg PO 1 h avant"],
        ["prednisone 50 mg PO 13 h, 7 h et 1 h avant", "diphenhydramine 50 mg IV 1 h avant (voie veineuse déjà en place)"],
    ])
    body = ["Salut %s," % nurse[0], "",
            "%s (dossier %s) a son %s le %s à %s. Au questionnaire, %s rapporte une réaction %s." % (
                nm, mrn, reaction[0], C.fdate(d, "fr", "day"), c.hhmm(8, 16), il, reaction[1]), "",
            "%s demande la prémédication habituelle :" % C.dr(rad, "fr")] + ["- " + x for x in drugs] + [
            "",
            r.choice(["Peux-tu faire préparer l'ordonnance et l'appeler pour lui expliquer l'horaire? Pas de conduite après le Benadryl.",
                      "L'ordonnance est à signer dans le casier du radiologiste. Peux-tu t'assurer que la pharmacie l'a reçue avant jeudi?",
                      "Merci de vérifier aussi qu'%s a bien un accompagnateur." % il]),
            "", tech[0]]
    spec = dict(frm=c.ad(tech), to=[c.ad(nurse)], cc=[c.ad(rad)] if r.random() < 0.4 else None,
                subject=r.choice(["Prémédication — %s du %s" % (reaction[0].split(" avec")[0], C.fdate(d, "fr", "short")),
                                  "Allergie contraste / prémédication", "Patient(e) allergique — RDV %s" % C.fdate(d, "fr", "short")]),
                text="\n".join(body), note="contrast allergy premedication between technologist and nurse")
    if r.random() < 0.5:
        doc = A.make_docx(["# Ordonnance — prémédication avant produit de contraste",
                           "Patient : %s" % nm, "Dossier : %s" % mrn,
                           "Examen : %s — %s" % (reaction[0], C.fdate(d, "fr")),
                           "Antécédent : réaction %s" % reaction[1]] + drugs +
                          ["Signature du radiologiste : ____________________"], author="%s %s" % tech[:2],
                          title="Ordonnance prémédication")
        spec["attachments"] = [dict(data=doc, filename="Ordonnance_prémédication_%s.docx" % p["surname"],
                                    ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    return spec


def mri_safety(c):
    r = c.r
    p = c.pat()
    tech = c.who(C.TECHS)
    rad = C.RADIOLOGISTS[0] if r.random() < 0.5 else C.RADIOLOGISTS[2]
    phys = C.MANAGERS[3]
    la, il, e = _pron(p)
    nm = c.name(p, r.choice(["upper_comma", "caps", "title", "sur_first"]))
    c.t("diagnosis")
    device = r.choice([
        "porteu%s d'un stimulateur cardiaque (Medtronic, implanté en 2021 pour bloc AV complet)" % ("se" if p["sex"] == "F" else "r"),
        "porteu%s d'un implant cochléaire gauche depuis 2018 (surdité neurosensorielle)" % ("se" if p["sex"] == "F" else "r"),
        "porteu%s d'un neurostimulateur médullaire pour douleur chronique lombaire post-laminectomie" % ("se" if p["sex"] == "F" else "r"),
        "ancien%s soudeur%s, possible éclat métallique intraoculaire droit (blessure en 1998)" % ("ne" if p["sex"] == "F" else "", "e" if p["sex"] == "F" else ""),
    ])
    exam = r.choice(["IRM cérébrale", "IRM du rachis lombaire", "IRM de l'épaule droite", "IRM pelvienne"])
    lines = [r.choice(["Bonjour Julien,", "Bonjour,", "Allo,"]), "",
             "%s de %s (%s) est %s." % (la, C.fdate(c.when(1, 6), "fr", "day"), exam, device),
             r.choice(["On n'a pas la carte du dispositif; le centre implanteur doit nous envoyer le modèle exact.",
                       "Carte du dispositif numérisée dans le dossier, modèle déclaré conditionnel IRM 1,5 T.",
                       "Une radiographie des orbites a été faite ce matin : pas de corps étranger visible."]),
             "%s veut ton avis avant de confirmer : on garde le rendez-vous ou on reporte?" % C.dr(rad, "fr")]
    if r.random() < 0.6:
        c.t("medication")
        lines.append(r.choice(["Aussi : claustrophobie importante, son médecin a prescrit lorazépam (Ativan) 1 mg SL 30 min avant.",
                               "Note : sous warfarine et amiodarone, au cas où ça change quelque chose pour toi.",
                               "%s prend du clonazépam 0,5 mg au coucher, a demandé une dose avant l'examen." % la]))
    lines += ["", "Merci,", c.sig(tech, "Technologue en IRM")]
    subj = r.choice(["%s — %s — dispositif implanté" % (exam, nm), "Sécurité IRM : %s" % nm,
                     "Question implant / %s (%s)" % (nm, C.fdate(c.when(1, 6), "fr", "short"))])
    return dict(frm=c.ad(tech), to=[c.ad(phys)], cc=[c.ad(rad)], subject=subj, text="\n".join(lines),
                note="MRI safety question about implanted device, name in subject")


def critical_result(c):
    r = c.r
    p = c.pat()
    rad = r.choice(C.RADIOLOGISTS)
    er = r.choice([C.REFERRERS[5], C.REFERRERS[4], C.REFERRERS[6]])
    nm = c.name(p, r.choice(["upper_comma", "sur_comma", "full", "caps"]))
    mrn = c.mrn(p)
    c.t("diagnosis")
    exam, finding = r.choice([
        ("angio-TDM thoracique", "embolie pulmonaire segmentaire bilatérale, rapport VD/VG à 1,3 (surcharge droite)"),
        ("TDM cérébrale sans contraste", "hémorragie sous-arachnoïdienne diffuse, hydrocéphalie débutante"),
        ("radiographie pulmonaire", "pneumothorax droit complet avec déviation médiastinale"),
        ("angio-TDM aortique", "dissection aortique de type A s'étendant aux iliaques"),
        ("échographie scrotale", "absence de flot testiculaire gauche, torsion probable"),
        ("TDM abdominale", "pneumopéritoine important, perforation d'ulcère probable"),
    ])
    when = c.date - dt.timedelta(minutes=r.randrange(5, 90))
    if r.random() < 0.5:
        text = "\n".join([
            "RÉSULTAT CRITIQUE — COMMUNICATION DOCUMENTÉE", "",
            "Patient : %s" % nm, "No de dossier : %s" % mrn,
            "Examen : %s du %s" % (exam, C.fdate(when.date(), "fr", "iso")),
            "Constat : %s" % finding,
            "Communiqué à : %s, par téléphone, à %s" % (C.dr(er, "fr"), when.strftime("%H h %M")),
            "Relecture confirmée : oui", "", "%s, radiologiste" % C.dr(rad, "fr")])
    else:
        text = "\n".join([
            "%s," % C.dr(er, "fr"), "",
            "Suite à notre appel de %s : %s de %s (%s) montre %s. Rapport préliminaire au PACS, final suit." % (
                when.strftime("%H h %M"), exam, nm, mrn, finding), "",
            "Je mets le registre des résultats critiques en copie.", "", C.dr(rad, "fr")])
    return dict(frm=c.ad(rad), to=[CRIT] if "DOCUMENTÉE" in text else [c.ad(er)],
                cc=[CRIT] if "DOCUMENTÉE" not in text else None,
                subject=r.choice(["Résultat critique — %s" % exam, "RC %s / dossier %s" % (exam.split(" ")[0], mrn),
                                  "Résultat critique communiqué"]),
                text=text, note="critical result call documentation")


def mammo_recall(c):
    r = c.r
    use_nam = r.random() < 0.5
    p = c.pat(nam=use_nam, sex="F", lo=1940, hi=1980)
    clerk = c.who(C.CLERKS[:2] + C.CLERKS[3:])
    rad = C.RADIOLOGISTS[3]
    finding = r.choice(["asymétrie focale au quadrant supéro-externe gauche", "microcalcifications groupées au sein droit",
                        "distorsion architecturale à 2 h du sein gauche", "masse de 9 mm à 10 h du sein droit"])
    c.t("diagnosis", "patient_contact")
    d0 = c.date.date() - dt.timedelta(days=r.randrange(5, 20))
    d1 = c.when(5, 20)
    if use_nam:
        id_lines = c.idline(p, "block").split("\n")
    else:
        id_lines = ["Nom : %s" % c.name(p, "full"), "Date de naissance : %s" % c.dob(p)]
    letter = (["# Programme régional de dépistage — %s" % C.ORG["fr"], C.fdate(c.date.date(), "fr"), ""]
              + id_lines + [p["address"], "",
                            "Objet : examens complémentaires à la suite de votre mammographie de dépistage", "",
                            "Madame,",
                            "Votre mammographie de dépistage du %s nécessite des examens complémentaires afin de préciser une image (%s)." % (C.fdate(d0, "fr"), finding),
                            "Ces examens sont fréquents et la majorité d'entre eux ne révèlent pas de cancer.",
                            "Un rendez-vous a été réservé pour vous le %s à %s (mammographie diagnostique et échographie)." % (C.fdate(d1, "fr", "day"), c.hhmm(8, 15)),
                            "Pour modifier ce rendez-vous : %s, poste 2214." % C.ORG["phone"], "",
                            "%s, radiologiste" % C.dr(rad, "fr")])
    c.home(p)
    pdf = A.make_pdf("Lettre de rappel", letter, author="Centre de dépistage")
    body = "\n".join([r.choice(["Bonjour %s," % clerk[0], "Bonjour,"]), "",
                      r.choice(["Ci-joint la lettre de rappel BI-RADS 0 à poster aujourd'hui.",
                                "Lettre de rappel à envoyer par la poste (la patiente ne répond pas au téléphone).",
                                "Voici la lettre pour la patiente rappelée par Dre Kaur ce matin."]),
                      "Merci de confirmer l'envoi dans le système.", "", c.sig(C.CLERKS[2], "Agente administrative, Centre de dépistage")])
    fn = r.choice(["Rappel_%s_%s.pdf", "Lettre_dépistage_%s_%s.pdf"]) % (p["surname"].upper(), d1.strftime("%Y%m%d"))
    return dict(frm=c.ad(C.CLERKS[2]), to=[c.ad(clerk)], subject=r.choice(["Lettre de rappel dépistage", "Rappel BI-RADS 0 à poster",
                                                                           "Envoi postal — rappel mammographie"]),
                text=body, attachments=[dict(data=pdf, filename=fn, ctype="application/pdf")],
                note="screening mammography recall letter in PDF")


def outside_images(c):
    r = c.r
    use_nam = r.random() < 0.4
    p = c.pat(nam=use_nam, lo=1930, hi=2006)
    mv = C.EXTERNAL["montval"]
    sec = ("Guylaine", "Fréchette", "F")
    la, il, e = _pron(p)
    c.t("diagnosis")
    exam, why = r.choice([
        ("IRM lombaire", "hernie discale L4-L5 avec radiculopathie L5 gauche, vu en neurochirurgie"),
        ("TDM thoracique", "nodule pulmonaire de 7 mm au LSD à comparer"),
        ("échographie thyroïdienne", "nodule TI-RADS 4 en croissance, cytoponction à planifier"),
        ("IRM du genou droit", "suivi post-ligamentoplastie, douleur persistante"),
    ])
    d0 = c.date.date() - dt.timedelta(days=r.randrange(60, 700))
    if use_nam:
        ident = c.idline(p)
    else:
        ident = "%s, DDN %s, votre no de dossier %s" % (c.name(p), c.dob(p), c.mrn(p))
    lines = ["Bonjour,", "",
             "Nous aimerions obtenir les images et le rapport de l'%s réalisé%s chez vous le %s pour :" % (
                 exam, "e" if exam.startswith(("IRM", "éch")) else "", C.fdate(d0, "fr")), "",
             ident, "",
             "Motif : %s." % why,
             r.choice(["Un envoi PACS à PACS vers notre AE « MONTVAL_ARCH » serait idéal; sinon un CD par la poste.",
                       "Le formulaire d'autorisation signé est joint.",
                       "Pouvez-vous aussi joindre les examens antérieurs s'il y en a?"]), "",
             "Merci,", "%s %s\nSecrétariat médical, %s\nTél. %s" % (sec[0], sec[1], mv[0], mv[2])]
    spec = dict(frm=c.ad(sec, mv[1]), to=[ARCH], subject=r.choice(["Demande de transfert d'images", "Transfert images externes — %s" % exam,
                                                                     "Requête copie d'examen (%s)" % exam]),
                text="\n".join(lines), note="outside image transfer request")
    if "formulaire" in lines[7] or r.random() < 0.3:
        form = A.make_pdf("Autorisation de communication", [
            "# Autorisation de communication de renseignements", "",
            "J'autorise %s à transmettre à %s les images et rapports suivants :" % (C.ORG["fr"], mv[0]),
            "%s du %s" % (exam, C.fdate(d0, "fr")), "", "Usager : " + ident.replace("\n", " / "), "",
            "Signature : ______________________   Date : %s" % C.fdate(c.date.date(), "fr", "iso")])
        members = [("autorisation.pdf", form), ("note.txt", ("Motif : %s\r\n" % why).encode("utf-8"))]
        if r.random() < 0.5:
            spec["attachments"] = [dict(data=A.make_zip(members), filename="demande_transfert.zip", ctype="application/zip")]
        else:
            spec["attachments"] = [dict(data=form, filename="autorisation_transfert.pdf", ctype="application/pdf")]
    return spec


def worklist_xlsx(c):
    r = c.r
    use_nam = r.random() < 0.5
    tech = c.who(C.TECHS)
    d = c.when(1, 3)
    rows = []
    remarks = [("r/o cholécystite, à jeun depuis minuit", "Écho abdominale"), ("grossesse 11 sem., saignements", "Écho pelvienne"),
               ("suivi kyste ovarien droit", "Écho pelvienne"), ("douleur FID, r/o appendicite", "Écho abdominale"),
               ("stéatose? enzymes hépatiques ↑", "Écho abdominale"), ("TVP membre inférieur gauche?", "Doppler veineux MI"),
               ("colique néphrétique, créat 131", "Écho rénale"), ("masse cervicale palpable", "Écho cervicale"),
               ("suivi AAA 4,1 cm", "Écho aorte abdominale"), ("nodule thyroïdien TI-RADS 3, contrôle", "Écho cervicale")]
    r.shuffle(remarks)
    c.t("patient_name", "diagnosis")
    tm = dt.datetime(2025, 1, 1, 7, 40)
    for i in range(5):
        p = c.pat(nam=use_nam, lo=1930, hi=2006)
        tm += dt.timedelta(minutes=r.choice([20, 20, 40]))
        t = tm.strftime("%H:%M")
        rem, exam = next(x for x in remarks if p["sex"] == "F" or ("grossesse" not in x[0] and "ovarien" not in x[0]))
        remarks.remove((rem, exam))
        if "créat" in rem:
            c.t("lab_result")
        c.t("date_of_birth")
        if use_nam:
            c.t("ramq_nam")
            c.ids.append(("ramq_nam", p["nam"]))
            rows.append([t, "%s, %s" % (p["surname"].upper(), p["given"]), p["dob"].isoformat(), p["sex"],
                         C.fmt_nam(r, p["nam"], r.choice(["plain", "space"])), exam, rem])
        else:
            c.t("mrn")
            c.ids.append(("mrn", p["mrn"]))
            rows.append([t, "%s %s" % (p["surname"].upper(), p["given"]), p["dob"].isoformat(), p["mrn"], exam, rem])
    header = (["Heure", "Nom", "DDN", "Sexe", "NAM", "Examen", "Remarques"] if use_nam
              else ["Heure", "Nom", "DDN", "Dossier", "Examen", "Remarques"])
    x = A.make_xlsx([("Salle %d" % r.randrange(1, 4), header, rows)], author="%s %s" % tech[:2])
    fn = "liste_echo_%s.xlsx" % d.isoformat()
    body = "\n".join([r.choice(["Bonjour,", "Salut l'équipe,"]), "",
                      r.choice(["Ci-joint la liste d'échographie de %s." % C.fdate(d, "fr", "day"),
                                "Voici la liste de travail pour %s, deux ajouts en après-midi." % C.fdate(d, "fr", "day")]),
                      r.choice(["Merci de vérifier les préparations à jeun.", "Bonne journée!", ""]), "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.box("echo.equipe", "Équipe échographie")], subject="Liste écho %s" % C.fdate(d, "fr", "short"),
                text=body, attachments=[dict(data=x, filename=fn,
                                             ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                note="ultrasound worklist spreadsheet")


def transport(c):
    r = c.r
    p = c.pat(lo=1930, hi=1960)
    nurse = c.who(C.NURSES)
    ta = C.EXTERNAL["transport"]
    d = c.when(2, 15)
    la, il, e = _pron(p)
    c.t("diagnosis")
    mob = r.choice(["Fauteuil roulant, transfert assisté d'une personne; O2 2 L/min (MPOC sévère).",
                    "Civière; hémiplégie gauche post-AVC, ne peut se tenir assis%s longtemps." % e,
                    "Marchette; hémodialyse lundi-mercredi-vendredi AM, éviter ces plages.",
                    "Fauteuil roulant; démence modérée, doit être accompagné%s." % e])
    lines = ["Bonjour,", "", "Demande de transport pour un rendez-vous en imagerie :", "",
             "Nom : %s" % c.name(p, r.choice(["upper_comma", "full", "title"])),
             ("Date de naissance : %s" % c.dob(p)) if r.random() < 0.5 else None,
             "Adresse : %s" % c.home(p),
             "Téléphone : %s%s" % (c.cell(p), r.choice(["", " (domicile)", " (fille)"])),
             "Rendez-vous : %s à %s — %s, %s" % (C.fdate(d, "fr", "day"), c.hhmm(8, 14),
                                                  r.choice(["TDM thorax", "IRM cérébrale", "écho abdominale", "scintigraphie osseuse"]),
                                                  C.ORG["fr"]),
             "Mobilité : %s" % mob, "Retour : oui, même journée.", "",
             "Merci de confirmer l'heure de cueillette.", "", c.sig(nurse, "Infirmière de liaison" if nurse[2] == "F" else "Infirmier de liaison")]
    return dict(frm=c.ad(nurse), to=[("Répartition", "repartition@" + ta[1])],
                subject=r.choice(["Demande de transport adapté", "Transport — RDV imagerie %s" % C.fdate(d, "fr", "short"),
                                  "Transport ambulancier à réserver"]),
                text="\n".join(l for l in lines if l is not None),
                note="transport booking with home address and phone")


def biopsy(c):
    r = c.r
    p = c.pat(lo=1940, hi=1985)
    nurse = c.who(C.NURSES)
    rad = C.RADIOLOGISTS[4]
    nm = c.name(p, r.choice(["initial", "upper_comma", "title_sur", "sur_first"]))
    mrn = c.mrn(p)
    c.t("lab_result", "medication", "diagnosis")
    proc, ind = r.choice([
        ("biopsie hépatique écho-guidée", "lésions hépatiques multiples, primaire inconnu"),
        ("biopsie rénale droite", "syndrome néphrotique, protéinurie 6 g/24 h"),
        ("cytoponction thyroïdienne", "nodule gauche TI-RADS 4 de 18 mm"),
        ("biopsie pulmonaire sous TDM", "masse LSG de 3,4 cm, TEP positive"),
    ])
    anticoag = r.choice([("apixaban (Eliquis) 5 mg BID pour FA", "cessé depuis 48 h"),
                         ("warfarine 4 mg DIE", "cessée depuis 5 jours, pas de relais"),
                         ("clopidogrel 75 mg", "cessé depuis 5 jours selon l'avis de cardio"),
                         ("rivaroxaban 20 mg DIE", "dernière dose avant-hier soir")])
    inr = r.choice(["1,1", "1,3", "1,4", "1,6"])
    plt = r.randrange(72, 260)
    hb = r.randrange(92, 141)
    d = c.when(1, 8)
    text = "\n".join([
        "%s," % C.dr(rad, "fr"), "",
        "Pour la %s de %s (%s) :" % (proc, C.fdate(d, "fr", "day"), nm),
        "- dossier %s" % mrn,
        "- indication : %s" % ind,
        "- INR %s, plaquettes %d x 10^9/L, Hb %d g/L (ce matin)" % (inr, plt, hb),
        "- anticoagulant : %s, %s" % anticoag, "",
        r.choice(["Je %s garde au programme sauf avis contraire." % ("la" if p["sex"] == "F" else "le"),
                  "Tu me dis si les plaquettes sont OK pour toi?",
                  "On %s fait à 9 h, à jeun depuis minuit, voie veineuse en place." % ("la" if p["sex"] == "F" else "le")]),
        "", nurse[0]])
    return dict(frm=c.ad(nurse), to=[c.ad(rad)], subject=r.choice(["Bilan pré-biopsie %s" % C.fdate(d, "fr", "short"),
                                                                    "%s — labos" % proc.capitalize(), "Pré-procédure radio interventionnelle"]),
                text=text, note="pre-biopsy labs and anticoagulant hold")


def report_forward(c):
    r = c.r
    p = c.pat(nam=True, lo=1930, hi=2006)
    arch = c.who(C.CLERKS)
    rad = r.choice(C.RADIOLOGISTS)
    ref = C.REFERRERS[r.choice([0, 1, 3])]
    c.t("diagnosis")
    exam, hist, find, concl = r.choice([
        ("TDM cérébrale sans contraste", "Céphalée subite, pire de sa vie.",
         "Hyperdensité des citernes de la base et de la vallée sylvienne droite. Ventricules de taille normale.",
         "Hémorragie sous-arachnoïdienne. Angio-TDM recommandée."),
        ("IRM du rachis lombaire", "Lombosciatalgie gauche depuis 6 semaines.",
         "Hernie discale postéro-latérale gauche L5-S1 comprimant la racine S1 gauche. Discopathie L4-L5.",
         "Hernie L5-S1 gauche avec conflit radiculaire S1."),
        ("Échographie abdominale", "Douleur HCD post-prandiale.",
         "Vésicule distendue, paroi 5 mm, calcul enclavé au collet, signe de Murphy échographique positif.",
         "Cholécystite aiguë lithiasique."),
        ("Mammographie diagnostique bilatérale", "Masse palpable sein gauche.",
         "Masse spiculée de 14 mm à 2 h du sein gauche, 6 cm du mamelon.",
         "BI-RADS 5. Biopsie recommandée."),
    ])
    d = c.date.date() - dt.timedelta(days=r.randrange(1, 40))
    report = "\n".join(["RAPPORT D'IMAGERIE — %s" % C.ORG["short"], c.idline(p),
                        "Examen : %s — %s" % (exam, C.fdate(d, "fr", "iso")),
                        "Renseignements cliniques : %s" % hist, "Constatations : %s" % find, "Conclusion : %s" % concl,
                        "Dicté par : %s" % C.dr(rad, "fr")])
    orig_from = c.ad(rad)
    fwd = c.fwd_block(orig_from, ARCH, c.date - dt.timedelta(hours=r.randrange(3, 60)), "Rapport final — %s" % exam)
    text = "\n".join([r.choice(["%s," % C.dr(ref, "fr"), "Bonjour,"]), "",
                      r.choice(["Tel que demandé au téléphone, voici le rapport.", "Le rapport que vous cherchiez, ci-dessous.",
                                "Rapport transmis à votre demande (copie non reçue par télécopieur)."]), "",
                      c.sig(arch, "Archives — imagerie médicale"), "", fwd, report])
    return dict(frm=c.ad(arch), to=[c.ad(ref, C.EXTERNAL["gmf"][1])], subject="TR: Rapport final — %s" % exam,
                text=text, note="forwarded imaging report with NAM header")


def youth_protection(c):
    r = c.r
    p = c.pat(lo=2023, hi=2025)
    sw = C.SOCIAL[0]
    rad = C.RADIOLOGISTS[5]
    nm = c.name(p, r.choice(["full", "upper_comma", "sur_first"]))
    c.t("diagnosis", "social_information", "date_of_birth")
    dob = C.fdate(p["dob"], "fr", r.choice(["iso", "long"]))
    finding = r.choice(["fractures costales postérieures 6e et 7e droites d'âges différents",
                        "fracture métaphysaire en coin du tibia distal gauche",
                        "fracture spiralée de l'humérus droit, non ambulant"])
    text = "\n".join([
        "Bonjour Valérie,", "",
        "Pour faire suite à la série squelettique de ce matin chez %s (né%s le %s, dossier %s) :" % (
            nm, "e" if p["sex"] == "F" else "", dob, c.mrn(p)),
        "%s." % finding.capitalize(),
        r.choice(["Un signalement a été fait à la DPJ par l'équipe de pédiatrie; l'intervenante passe cet après-midi.",
                  "La DPJ est déjà impliquée (dossier ouvert en 2024). L'enfant est confié%s à sa grand-mère pour l'instant." % ("e" if p["sex"] == "F" else ""),
                  "Le père est présent à l'étage; ne pas lui communiquer le résultat avant la rencontre avec la DPJ."]),
        "Une série de contrôle est recommandée dans 14 jours.", "", C.dr(rad, "fr"), "Radiologie pédiatrique"])
    return dict(frm=c.ad(rad), to=[c.ad(sw)], subject=r.choice(["Série squelettique — suivi", "Confidentiel : signalement / imagerie",
                                                                 "Résultats série squelettique"]),
                text=text, note="skeletal survey findings with youth protection involvement")


def hcg(c):
    r = c.r
    p = c.pat(sex="F", lo=1985, hi=2006)
    tech = c.who(C.TECHS)
    rad = r.choice(C.RADIOLOGISTS)
    c.t("lab_result", "diagnosis")
    nm = c.name(p, "lower")
    val = r.choice(["1 240", "312", "8 950", "47"])
    text = "\n".join([
        r.choice(["dre,", "Bonjour,", "Salut,"]), "",
        "bêta-hCG sérique revenue positive pour %s (%s UI/L, prélevée à 7 h 40), donc je n'ai pas fait le %s prévu ce matin." % (
            nm, val, r.choice(["TDM abdo-pelvien", "lavement baryté", "TDM lombaire"])),
        r.choice(["Elle ne savait pas qu'elle était enceinte. On l'oriente vers une écho obstétricale de datation?",
                  "Grossesse connue de la patiente depuis hier seulement. Je la remets sur la liste d'écho.",
                  "Elle demande qu'on n'en parle pas à son conjoint qui l'accompagne."]),
        "Dossier %s si tu veux regarder." % c.mrn(p, "plain"), "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.ad(rad)], subject=r.choice(["hCG positive — examen annulé", "Test de grossesse +", "examen reporté"]),
                text=text, note="positive pregnancy test before CT, exam cancelled")


def insurer_sin(c):
    r = c.r
    p = c.pat(lo=1960, hi=1995)
    bo = C.EXTERNAL["boreal"]
    agent = ("Mireille", "Dansereau", "F")
    c.t("diagnosis")
    nm = c.name(p, "full")
    sin = c.sin(p)
    dob = c.dob(p)
    claim = "RCL-%06d" % r.randrange(100000, 999999)
    diag = r.choice(["déchirure transfixiante du sus-épineux droit", "hernie discale C5-C6 avec myélopathie",
                     "fracture du plateau tibial gauche", "entorse grave de la cheville droite (rupture LTFA)"])
    form = A.make_pdf("Demande de renseignements médicaux", [
        "# %s — Déclaration d'invalidité" % bo[0], "Réclamation : %s" % claim, "",
        "Nom de l'assuré(e) : %s" % nm, "Date de naissance : %s" % dob, "NAS : %s" % C.fmt_sin(r, p["sin"], "space"),
        "Employeur : Entreprises Bellerive ltée", "Diagnostic invoqué : %s" % diag, "",
        "Renseignements demandés : rapports d'imagerie (IRM, échographie, radiographies) depuis le 1er janvier 2024.",
        "Autorisation signée de l'assuré(e) jointe au dossier."], author=bo[0])
    text = "\n".join([
        "Bonjour,", "",
        "Dans le cadre de la réclamation %s, nous vous prions de nous faire parvenir les rapports d'imagerie de notre assuré%s." % (
            claim, "e" if p["sex"] == "F" else ""),
        r.choice(["Le formulaire et l'autorisation sont joints.", "Vous trouverez ci-joint notre demande signée.",
                  "NAS de l'assuré%s : %s — voir le formulaire joint." % ("e" if p["sex"] == "F" else "", sin)]),
        "", "%s %s\nAnalyste en invalidité, %s\n%s" % (agent[0], agent[1], bo[0], bo[2])])
    return dict(frm=c.ad(agent, bo[1]), to=[ARCH], subject="Réclamation %s — demande de rapports" % claim, text=text,
                attachments=[dict(data=form, filename="demande_%s.pdf" % claim, ctype="application/pdf")],
                note="insurer request for imaging reports with SIN")


def nir_tourist(c):
    r = c.r
    p = c.pat(pool=C.FR_FOREIGN, lo=1950, hi=2000)
    clerk = c.who(C.CLERKS)
    c.t("diagnosis")
    nm = c.name(p, r.choice(["title", "upper_comma", "full"]))
    e = "e" if p["sex"] == "F" else ""
    exam, res = r.choice([("TDM du rachis cervical", "fracture non déplacée de l'odontoïde (C2)"),
                          ("radiographie du poignet gauche", "fracture de Pouteau-Colles"),
                          ("TDM cérébrale", "hématome sous-dural aigu de 6 mm")])
    text = "\n".join([
        "Bonjour,", "",
        "Patient%s non résident%s (France) vu%s à l'urgence le %s après une chute en ski. Examen : %s — %s." % (
            e, e, e, C.fdate(c.date.date() - dt.timedelta(days=r.randrange(1, 9)), "fr", "short"), exam, res),
        "", "Pour la facturation à l'assureur voyage :",
        "Nom : %s" % nm, "Né%s le : %s" % ("e" if p["sex"] == "F" else "", c.dob(p)),
        "NIR (sécurité sociale) : %s" % c.nir(p),
        "Assureur : Mutuelle Atlantique Voyage, contrat MAV-%05d" % r.randrange(10000, 99999), "",
        "Pouvez-vous préparer la facture détaillée pour les honoraires techniques?", "", c.sig(clerk, "Agente administrative, facturation")])
    return dict(frm=c.ad(clerk), to=[c.box("facturation.nonresidents", "Facturation non-résidents")],
                subject=r.choice(["Facturation patient non résident", "Non-résident France — examens d'imagerie"]),
                text=text, note="billing for French visitor with NIR")


def niss_belgian(c):
    r = c.r
    p = c.pat(pool=C.BE_FOREIGN, lo=1995, hi=2005)
    nurse = c.who(C.NURSES)
    c.t("diagnosis")
    nm = c.name(p, r.choice(["full", "upper_comma"]))
    exam, res = r.choice([("échographie pelvienne", "kyste ovarien droit hémorragique de 5 cm"),
                          ("échographie abdominale", "appendicite aiguë non compliquée"),
                          ("IRM du genou gauche", "rupture du ligament croisé antérieur")])
    text = "\n".join([
        "Bonjour,", "",
        "Étudiant%s en échange (Belgique), inscrit%s à l'Université de la Haute-Rivière." % (("e", "e") if p["sex"] == "F" else ("", "")),
        "%s du %s : %s." % (exam[0].upper() + exam[1:], C.fdate(c.date.date(), "fr", "short"), res),
        "Identité : %s, DDN %s, numéro national (NISS) %s." % (nm, c.dob(p), c.niss(p)),
        "La mutualité belge demande le rapport et une facture détaillée; l'étudiant%s a signé le consentement." % ("e" if p["sex"] == "F" else ""),
        "", "Merci,", nurse[0]])
    return dict(frm=c.ad(nurse), to=[ARCH], subject="Étudiant(e) étranger(ère) — rapport pour mutualité", text=text,
                note="Belgian student report request with NISS")


def reply_quoted(c):
    r = c.r
    p = c.pat(lo=1935, hi=1965)
    res = c.who([C.REFERRERS[4], C.REFERRERS[6]])
    rad = r.choice([C.RADIOLOGISTS[1], C.RADIOLOGISTS[0]])
    c.t("lab_result", "diagnosis")
    room = r.randrange(401, 640)
    full = c.name(p, r.choice(["title", "full"]))
    exam = r.choice(["IRM abdominale avec gadolinium", "TDM abdo avec contraste", "angio-IRM des membres inférieurs"])
    orig = "\n".join(["Bonjour,", "",
                      "Est-ce que %s (ch. %d, médecine interne) peut avoir son %s demain?" % (full, room, exam),
                      r.choice(["%s en insuffisance rénale aiguë sur IRC stade 3." % ("Elle est" if p["sex"] == "F" else "Il est"),
                                "Diabétique, IRC connue, déshydraté%s à l'admission." % ("e" if p["sex"] == "F" else ""),
                                "Néphrectomie gauche en 2015, IRC stade 3b."]),
                      "Merci", res[0]])
    val = r.randrange(180, 260)
    reply = "\n".join([r.choice(["Salut,", "Bonjour %s," % res[0]]), "",
                       "%s : créat ce matin %d µmol/L, DFGe %d. %s" % (
                           p["given"], val, int(5900 / val),
                           r.choice(["Pas de gadolinium; on fait l'examen sans injection.",
                                     "On reporte jusqu'à ce que la fonction rénale s'améliore.",
                                     "On peut faire une écho-doppler à la place."])),
                       "", C.dr(rad, "fr")])
    when = c.date - dt.timedelta(hours=r.randrange(1, 20))
    a = c.ad(res)
    text = reply + "\n\n" + c.reply_intro(a[0], a[1], when) + "\n" + quote(orig)
    mid = c.msgid()
    return dict(frm=c.ad(rad), to=[a], subject="RE: %s demain?" % exam.split(" ")[0] + r.choice(["", " (ch. %d)" % room]),
                text=text, in_reply_to=mid, note="reply with quoted question about contrast and renal function")


def ics_exam(c):
    r = c.r
    p = c.pat(lo=1945, hi=1990)
    tech = c.who(C.TECHS)
    c.t("diagnosis", "medication", "lab_result")
    d = c.when(2, 20)
    start = dt.datetime(d.year, d.month, d.day, r.randrange(8, 16), r.choice([0, 30]))
    nm = c.name(p, r.choice(["upper_comma", "caps", "sur_first"]))
    k = r.choice(["prostate", "sein", "entero"] if p["sex"] == "M" else ["sein", "entero"])
    if k == "prostate":
        summ, desc = ("IRM prostate multiparamétrique — %s" % nm,
                      "APS 9,8 ng/mL, biopsie 2024 négative. Buscopan 20 mg IV si aucune contre-indication. Dossier %s" % c.mrn(p))
    elif k == "sein":
        summ, desc = ("Biopsie sein écho-guidée — %s" % nm,
                      "BI-RADS 4B à 10 h QSD. Clopidogrel cessé 5 jours. INR non requis. Plaquettes 214.")
    else:
        summ, desc = ("Entéro-IRM — %s" % nm,
                      "Maladie de Crohn iléale, CRP 38. Mannitol 2,5 % 1,5 L en 45 min + glucagon 1 mg IV.")
    ics = A.make_ics(c.msgid().strip("<>"), start, 45, summ, desc, "%s, salle IRM 2" % C.ORG["site2"],
                     C.mail_of(*tech[:2], C.ORG["domain"]), c.date.replace(tzinfo=None))
    text = "\n".join([r.choice(["Bonjour,", "Allo,"]), "",
                      r.choice(["Rendez-vous ajouté à l'agenda de la salle; invitation ci-jointe.",
                                "Je vous envoie l'invitation pour le cas discuté en réunion.",
                                "Ajouté au calendrier partagé."]), "", tech[0]])
    return dict(frm=c.ad(tech), to=[c.ad(r.choice(C.RADIOLOGISTS))], subject="Invitation : %s" % summ.split(" — ")[0],
                text=text, attachments=[dict(text=ics, ctype="text/calendar", filename="invitation.ics",
                                             ct_params="; method=REQUEST", cte=r.choice(["quoted-printable", "base64", "8bit"]))],
                note="calendar invitation for a patient procedure")


def homeless(c):
    r = c.r
    p = c.pat(sex="M", lo=1955, hi=1990)
    sw = C.SOCIAL[0]
    clerk = c.who(C.CLERKS)
    ph = C.EXTERNAL["refuge"]
    c.t("social_information", "diagnosis")
    nm = c.name(p, r.choice(["title", "full", "upper_comma"]))
    text = "\n".join([
        "Bonjour %s," % clerk[0], "",
        "Je vous écris au sujet de %s, qui a manqué deux rendez-vous de TDM thorax de contrôle (%s)." % (
            nm, r.choice(["nodule pulmonaire de 9 mm", "suivi d'un néo pulmonaire traité", "pneumonie lente à résoudre"])),
        r.choice(["Il est en situation d'itinérance depuis l'automne et n'a pas de téléphone.",
                  "Il a perdu son logement en janvier et dort au refuge la plupart des soirs.",
                  "Il vit dans son véhicule et n'a pas d'adresse postale."]),
        "On peut le joindre par l'entremise de %s (%s), qui lui transmet les messages le soir." % (ph[0], ph[2]),
        "Pourriez-vous lui redonner un rendez-vous en fin de matinée et m'en aviser? Je l'accompagnerai.", "",
        c.sig(sw, "Travailleuse sociale, CLSC des Érables", org=False)])
    return dict(frm=c.ad(sw), to=[c.ad(clerk)], subject=r.choice(["Rendez-vous TDM — usager sans adresse", "Usager en situation d'itinérance",
                                                                   "Reprise de rendez-vous manqué"]),
                text=text, note="social worker about homeless patient missing CT follow-up")


def census(c):
    r = c.r
    res = c.who([C.REFERRERS[4], C.REFERRERS[6]])
    rad = r.choice(C.RADIOLOGISTS)
    items = [("écho abdo r/o cholécystite", "lipase 48"), ("TDM cérébrale, chute sous Eliquis", None),
             ("angio-TDM r/o EP", "D-dimères 2,4"), ("écho rénale, IRA", "créat 244"),
             ("TDM abdo, occlusion?", None), ("doppler MI gauche", None), ("Rx thorax contrôle drain", None),
             ("IRM colonne, compression médullaire?", "néo pulmonaire métastatique connu")]
    r.shuffle(items)
    c.t("patient_name", "diagnosis")
    with_mrn = r.random() < 0.5
    lines = []
    for i in range(r.randrange(4, 7)):
        p = c.pat()
        bed = r.choice(["Civ. %d" % r.randrange(1, 30), "C-%d" % r.randrange(1, 20), "Ch. %d" % r.randrange(201, 480)])
        nm = C.pname(r, p, "fr", r.choice(["caps", "upper_comma", "sur_first"]))
        ex, extra = items[i]
        if extra and any(ch.isdigit() for ch in extra):
            c.t("lab_result")
        if "Eliquis" in ex:
            c.t("medication")
        mid = ""
        if with_mrn:
            mid = " (%s)" % c.mrn(p, r.choice(["plain", "hyphen"]))
        lines.append("%s — %s%s — %s%s" % (bed, nm, mid, ex, (" — " + extra) if extra else ""))
    text = "\n".join([r.choice(["Liste des demandes en attente (garde de soir) :", "Demandes non faites au départ de la garde :",
                                "Voici ce qui reste à lire / à faire :"]), ""] + lines + [
        "", r.choice(["Les 2 premiers sont prioritaires.", "Merci et bonne nuit.", "Je suis joignable au 2288 jusqu'à 23 h."]),
        res[0]])
    return dict(frm=c.ad(res), to=[c.ad(rad)], subject=r.choice(["Liste de garde", "Passation — imagerie en attente", "Tournée urgence"]),
                text=text, note="on-call hand-off list of pending imaging")


def vcard_callback(c):
    r = c.r
    p = c.pat(sex="F", lo=1948, hi=1985)
    rad = C.RADIOLOGISTS[3]
    clerk = c.who(C.CLERKS)
    c.t("diagnosis", "patient_contact", "patient_name")
    res = r.choice(["carcinome canalaire infiltrant grade 2, RE+", "carcinome lobulaire infiltrant",
                    "lésion papillaire atypique, exérèse recommandée"])
    vcf = A.make_vcf(p["given"], p["surname"], tel=p["phone"], adr=p["address"],
                     note="Rappel résultat biopsie - préfère être jointe après 16 h")
    text = "\n".join(["Bonjour %s," % clerk[0], "",
                      "Résultat de pathologie de la biopsie du %s : %s." % (
                          C.fdate(c.date.date() - dt.timedelta(days=r.randrange(4, 10)), "fr", "short"), res),
                      "Pouvez-vous appeler la patiente (coordonnées dans la fiche jointe) pour lui donner un rendez-vous avec moi cette semaine, puis en chirurgie?",
                      "Ne pas laisser de message détaillé sur le répondeur.", "", C.dr(rad, "fr")])
    fn = "%s %s.vcf" % (p["given"], p["surname"])
    return dict(frm=c.ad(rad), to=[c.ad(clerk)], subject=r.choice(["Rappel patiente — résultat biopsie", "À rappeler SVP",
                                                                    "Résultat pathologie / rendez-vous"]),
                text=text, attachments=[dict(text=vcf, ctype="text/vcard", filename=fn)],
                note="patient contact card with biopsy result to call back")


def filename_only(c):
    r = c.r
    p = c.pat()
    rad = C.RADIOLOGISTS[2] if r.random() < 0.5 else C.RADIOLOGISTS[0]
    ortho = ("Philippe", "Guérard", "M")
    c.t("patient_name", "diagnosis")
    exam, concl = r.choice([("IRM_genou", "Déchirure complète du LCA avec contusion osseuse du plateau tibial latéral."),
                            ("IRM_epaule", "Rupture transfixiante du sus-épineux rétractée de 2 cm."),
                            ("IRM_cerebrale", "Lésions de la substance blanche compatibles avec une sclérose en plaques, une lésion rehaussante.")])
    add = A.make_pdf("Addendum", ["# Addendum au rapport", "Conclusion révisée : %s" % concl,
                                  "Addendum dicté après révision en réunion multidisciplinaire.", C.dr(rad, "fr")])
    fn = "%s_%s_%s.pdf" % (exam, p["surname"].upper().replace(" ", "_"), p["given"])
    text = "\n".join(["%s," % C.dr(ortho, "fr"), "",
                      r.choice(["Voici l'addendum dont nous avons parlé.", "Addendum ci-joint; la conclusion change.",
                                "Tel que discuté, l'addendum est joint."]),
                      concl, "", C.dr(rad, "fr")])
    return dict(frm=c.ad(rad), to=[c.ad(ortho)], subject=r.choice(["Addendum", "Addendum au rapport", "Rapport révisé"]),
                text=text, attachments=[dict(data=add, filename=fn, ctype="application/pdf")],
                note="report addendum, patient named only in the attachment file name")


def metformin_letter(c):
    r = c.r
    p = c.pat(lo=1940, hi=1975)
    nurse = c.who(C.NURSES)
    c.t("medication", "lab_result", "patient_contact")
    nm = c.name(p, "title")
    creat = r.randrange(110, 160)
    d = c.date.date() - dt.timedelta(days=1)
    doc = A.make_docx([nm, c.home(p), "", C.fdate(c.date.date(), "fr"), "",
                       "Objet : reprise de votre metformine après un examen avec produit de contraste", "",
                       "%s," % ("Madame" if p["sex"] == "F" else "Monsieur"),
                       "Vous avez reçu un produit de contraste iodé lors de votre tomodensitométrie du %s." % C.fdate(d, "fr"),
                       "Votre créatinine avant l'examen était de %d µmol/L." % creat,
                       "Veuillez ne pas prendre votre metformine (Glucophage) pendant 48 heures et faire un prélèvement sanguin de contrôle le %s au CLSC." % C.fdate(c.when(2, 4), "fr", "day"),
                       "Si la créatinine est stable, vous pourrez reprendre votre dose habituelle.", "",
                       "%s %s, %s" % (nurse[0], nurse[1], "infirmière" if nurse[2] == "F" else "infirmier"), C.ORG["dept_fr"], "Tél. : %s, poste 2231" % C.ORG["phone"]],
                      author="%s %s" % nurse[:2], title="Lettre metformine")
    text = "\n".join(["Bonjour,", "", r.choice(["Lettre à poster aujourd'hui (copie au dossier).", "Lettre ci-jointe à envoyer à l'usager.",
                                                 "Pouvez-vous imprimer et poster la lettre jointe?"]), "", nurse[0]])
    return dict(frm=c.ad(nurse), to=[c.box("secretariat.imagerie", "Secrétariat imagerie")],
                subject=r.choice(["Lettre à poster", "Envoi postal usager", "Lettre metformine"]), text=text,
                attachments=[dict(data=doc, filename="lettre_metformine_%s.docx" % p["surname"],
                                  ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                note="letter to patient about holding metformin after contrast")


def ohip_fr(c):
    r = c.r
    p = c.pat()
    town, postal = r.choice(C.TOWNS_ON)
    p["address"] = "%d, chemin %s, %s (Ontario) %s" % (r.randrange(10, 900), r.choice(["Laurier", "Principal", "Desjardins"]), town, postal)
    sec = ("Natacha", "Legault", "F")
    c.t("diagnosis")
    nm = c.name(p)
    exam, why = r.choice([("l'IRM cérébrale avec gadolinium", "suivi de sclérose en plaques, poussée récente"),
                          ("la TDM thoracique", "nodule de 11 mm découvert fortuitement"),
                          ("l'échographie hépatique", "hépatite C chronique, dépistage du CHC")])
    text = "\n".join([
        "Bonjour,", "",
        "%s habite du côté ontarien et est suivi%s à notre clinique. Pour %s (%s), l'examen doit être facturé à l'Ontario :" % (
            nm, "e" if p["sex"] == "F" else "", exam, why),
        "Carte Santé de l'Ontario : %s" % c.ohip(p),
        "Adresse : %s" % c.home(p) if r.random() < 0.5 else "Date de naissance : %s" % c.dob(p),
        "", "Merci de mettre à jour le dossier avant le rendez-vous.", "", "%s %s\nAgente administrative, %s" % (sec[0], sec[1], C.EXTERNAL["lakeshore"][0])])
    return dict(frm=c.ad(sec, C.EXTERNAL["lakeshore"][1]), to=[RDV], subject="Patient(e) de l'Ontario — facturation hors province",
                text=text, note="out-of-province patient with Ontario health number")


def attached_eml_fr(c):
    r = c.r
    p = c.pat(nam=True, lo=1930, hi=2006)
    coord = C.MANAGERS[0]
    clerk = c.who(C.CLERKS)
    ref = C.REFERRERS[r.choice([0, 1, 3])]
    gmf = C.EXTERNAL["gmf"]
    c.t("diagnosis")
    la, il, e = _pron(p)
    ind = r.choice(["suspicion de néoplasie pancréatique, perte de poids de 8 kg, ictère",
                    "AVC ischémique il y a 48 h, IRM demandée par neurologie, FA non anticoagulée",
                    "douleur thoracique atypique, coroscanner demandé, sous bêtabloquant"])
    if "bêtabloquant" in ind:
        c.t("medication")
    inner_text = "\n".join(["Bonjour,", "", "Demande urgente :", c.idline(p), "Indication : %s." % ind,
                            "%s attend depuis 3 semaines, peut-on accélérer?" % la, "", C.dr(ref, "fr"), gmf[0]])
    inner_date = c.date - dt.timedelta(days=r.randrange(1, 4))
    from gen_mime import build
    inner = build({"from": c.ad(ref, gmf[1]), "to": [RDV], "subject": "Demande urgente — imagerie", "date": inner_date,
                   "msgid": c.msgid(gmf[1]), "text": inner_text, "charset": r.choice(["utf-8", "iso-8859-1"]),
                   "cte": r.choice(["8bit", "quoted-printable"]), "subj_enc": "Q"})
    text = "\n".join(["%s," % clerk[0], "", r.choice(["Je te transfère en pièce jointe le courriel du GMF. À traiter en priorité svp.",
                                                      "Voir le courriel joint — peux-tu trouver une place cette semaine?",
                                                      "Courriel reçu dans ma boîte personnelle, je te le transmets."]),
                      "", coord[0]])
    return dict(frm=c.ad(coord), to=[c.ad(clerk)], subject="TR: Demande urgente — imagerie", text=text,
                attachments=[dict(eml=inner, filename="Demande urgente — imagerie.eml")],
                note="referral forwarded as attached message")


TEMPLATES = [
    (ct_booking, 3, "ct_booking"), (contrast_allergy, 3, "contrast_allergy"), (mri_safety, 3, "mri_safety"),
    (critical_result, 3, "critical_result"), (mammo_recall, 3, "mammo_recall"), (outside_images, 3, "image_transfer"),
    (worklist_xlsx, 3, "worklist"), (transport, 3, "transport"), (biopsy, 3, "biopsy_prep"),
    (report_forward, 3, "report_forward"), (youth_protection, 2, "skeletal_survey"), (hcg, 2, "pregnancy_test"),
    (insurer_sin, 2, "insurer_request"), (nir_tourist, 2, "billing_visitor"), (niss_belgian, 2, "student_report"),
    (reply_quoted, 3, "reply"), (ics_exam, 2, "calendar"), (homeless, 2, "social_work"), (census, 3, "handoff_list"),
    (vcard_callback, 2, "callback"), (filename_only, 2, "addendum"), (metformin_letter, 2, "patient_letter"),
    (ohip_fr, 2, "out_of_province"), (attached_eml_fr, 2, "forward_attached"),
]
