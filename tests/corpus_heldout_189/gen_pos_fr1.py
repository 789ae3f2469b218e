"""French positives, part 1: screening, randomisation, SAE, bookings, transport, biobank, consent."""
import gen_clin as K
import gen_common as C
from gen_build import box, csv, docx, ext, gx, ics, pdf, who, xlsx


def prescreen(c):
    st = c.study(c.ch(0, 2, 3))
    doc = c.doc({"CARDIO-HF 301": 0, "DIAB-REN 2": 2, "NEURO-PD 7": 3}[st["code"]])
    coord = c.staff(0, 1)
    sec = c.staff(9, 10)
    pats = [c.patient() for _ in range(c.rng.randrange(3, 6))]
    rows = []
    for p in pats:
        rows.append([c.name(p, c.ch(1, 5, 7, 0)), c.mrn(p, c.ch(0, 1, 2)), K.dx(c, st["code"]),
                     ", ".join(K.labs(c, st["code"], 2)), c.ch("à rencontrer", "RDV clinique " + c.d(c.later(6), 1),
                                                             "intéressé(e)", "à confirmer avec Dr", "")])
    header = ["Nom", "No dossier", "Dx", "Derniers labos", "Commentaire"]
    intro = c.ch("Bonjour %s,\n\nVoici les patients de la clinique de %s qui pourraient convenir pour %s. "
                 "Je les ai sortis de la liste de la semaine prochaine." % (coord["given"], doc["spec_fr"], st["code"]),
                 "Salut %s,\n\nComme demandé, la liste de présélection pour %s (clinique de %s). "
                 "Le Dr a regardé rapidement, il reste à valider les critères d'exclusion." % (
                     coord["given"], st["code"], doc["dr_fr"]))
    blocks = [intro]
    atts = []
    if c.v % 3 == 0:
        blocks.append(("table", header, rows, c.ch(0, 1)))
    elif c.v % 3 == 1:
        blocks.append("Le fichier est en pièce jointe (onglet « Candidats »).")
        atts.append(xlsx("preselection_%s_%s.xlsx" % (st["code"].replace(" ", ""), c.date.strftime("%Y%m%d")),
                         [("Candidats", header, rows)]))
    else:
        blocks.append("Fichier CSV ci-joint, séparateur point-virgule.")
        atts.append(csv("preselection-%s.csv" % C.slug(st["code"]), header, rows, sep=";"))
    blocks.append(c.ch("Merci de me dire lesquels tu veux que je réserve pour une rencontre.", "Bonne journée !"))
    blocks.append(c.sig(sec))
    return dict(cat="prescreening", types=["patient_name", "mrn", "diagnosis", "lab_result"],
                note="pre-screening candidate list from clinic", frm=who(c, sec), to=[who(c, coord)],
                cc=[who(c, doc)] if c.rng.random() < 0.5 else [],
                subject=c.ch("Présélection %s - semaine du %s" % (st["code"], c.d(c.later(3), 0)),
                             "Candidats potentiels %s" % st["code"], "liste présélection " + st["code"]),
                blocks=blocks, atts=atts)


def randomisation(c):
    h, st = c.holder_study([0, 1, 2, 5])
    w = c.nam(h)
    coord = c.staff(0, 1, 2)
    pi = c.pi(st)
    pharm = c.staff(8)
    sid = "%s-%03d" % (c.rng.randrange(101, 130), c.rng.randrange(1, 60))
    arm = c.ch("A", "B", "C")
    kit = "%06d" % c.rng.randrange(100000, 999999)
    blocks = [
        c.ch("Bonjour à tous,", "Bonjour,", "Allo l'équipe,"),
        "%s (NAM %s, %s le %s, sexe %s) a été %s ce matin dans %s. No participant : %s. "
        "Bras %s, trousse %s remise par la pharmacie." % (
            w["name"], w["nam"], gx(h, "né", "née"), w["dob"], w["sex"], gx(h, "randomisé", "randomisée"),
            st["code"], sid, arm, kit),
        "Rappel du contexte : %s. Traitement de fond : %s, %s." % (K.dx(c, st["code"]), K.med(c, st["code"]),
                                                                   K.med(c, st["code"])),
        "Prochaine visite (J14) : %s à %s, clinique de recherche 3e étage." % (
            c.d(c.later(14), 0), c.ch("8 h 30", "9 h", "13 h 15")),
        c.ch("Merci de mettre à jour le registre des participants.", "Le formulaire de consentement signé est au cartable."),
        c.sig(coord),
    ]
    atts = []
    if c.v % 3 == 1:
        import datetime as _dt
        d14 = c.later(14)
        s14 = _dt.datetime(d14.year, d14.month, d14.day, 8, 30)
        atts.append(ics("J14_%s.ics" % sid, uid="%x@%s" % (c.rng.getrandbits(64), C.DOM), start=s14,
                        end=s14 + _dt.timedelta(hours=2), summary="J14 %s – %s" % (st["code"], w["name"]),
                        description="Participant %s. %s. Prise de sang + ECG." % (sid, K.dx(c, st["code"])),
                        location="Clinique de recherche 3e", organizer=(coord["name"], coord["addr"]),
                        attendees=[(pi["name"], pi["addr"])], stamp=c.date.replace(tzinfo=None)))
    return dict(cat="randomisation", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"],
                note="randomisation confirmation with participant identity", frm=who(c, coord),
                to=[who(c, pi), who(c, pharm)], subject=c.ch("Randomisation %s – %s" % (st["code"], sid),
                                                           "Nouvelle inclusion %s" % st["code"],
                                                           "%s randomisé(e) ce matin" % sid),
                blocks=blocks, atts=atts)


def eig(c):
    st = c.study(c.ch(0, 1, 2))
    p = c.patient()
    nm = c.name(p, c.ch(0, 2, 1, 4))
    mrn = c.mrn(p)
    nurse = c.staff(2, 3)
    pi = c.doc({"CARDIO-HF 301": 0, "ONCO-BR 12": 1, "DIAB-REN 2": 2}[st["code"]])
    ev = K.ae(c)
    adm = c.earlier(c.rng.randrange(1, 4))
    blocks = [
        "Dr%s %s," % ("e" if pi["sex"] == "F" else "", pi["surname"]),
        "Pour information, %s (dossier %s), %s dans %s, a été %s le %s pour %s." % (
            nm, mrn, gx(p, "participant", "participante"), st["code"], gx(p, "admis", "admise"),
            C.fr_date(adm, 0), ev),
        "Labos à l'admission : %s.\nTraitement à l'étude suspendu depuis le %s. Autres Rx : %s." % (
            ", ".join(K.labs(c, st["code"], 3)), C.fr_date(adm, 1), K.med(c, st["code"])),
        "Je dois déclarer l'EIG au promoteur d'ici 24 h (formulaire SAE v3). Pouvez-vous me confirmer le lien de "
        "causalité (relié / non relié) et si on maintient le traitement à la sortie ?",
        c.sig(nurse),
    ]
    atts = []
    if c.v % 3 == 1:
        atts.append(pdf("EIG_%s_%s.pdf" % (st["code"].replace(" ", ""), c.date.strftime("%Y%m%d")),
                        "Déclaration d'EIG – brouillon", [("table", None, [["Participant", nm], ["Dossier", mrn],
                                                                           ["Admission", C.fr_date(adm, 1)],
                                                                           ["Événement", ev]]), blocks[2]]))
        blocks.insert(-1, "Brouillon du formulaire en pièce jointe.")
    return dict(cat="sae_internal", types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"],
                note="internal serious adverse event notice", frm=who(c, nurse), to=[who(c, pi)],
                subject=c.ch("EIG – %s – hospitalisation" % st["code"], "URGENT : EIG à déclarer",
                             "EIG %s" % p["surname"].upper()),
                blocks=blocks, atts=atts, importance=True)


def rdv_visite(c):
    h, st = c.holder_study()
    w = c.nam(h, name_style=c.ch(1, 5, 0))
    coord = c.staff(0, 1, 12, 13)
    cc = box("Centrale de rendez-vous", "rdv.centrale")
    when = c.later(c.rng.randrange(5, 20))
    exams = c.ch(["prise de sang à jeun", "ECG 12 dérivations"], ["échographie cardiaque", "prise de sang"],
                 ["spirométrie", "test de marche 6 min"], ["IRM cérébrale sans contraste"],
                 ["TDM thoraco-abdominale", "prise de sang"])
    rows = [["Nom", w["name"]], ["NAM", w["nam"]], ["Date de naissance", w["dob"]], ["Sexe", w["sex"]],
            ["Examens", ", ".join(exams)], ["Date souhaitée", c.d(when, 0)], ["Protocole", st["code"]],
            ["Code budgétaire", "R-%d-%02d" % (c.rng.randrange(2200, 2400), c.rng.randrange(1, 20))]]
    blocks = [c.ch("Bonjour,", "Bonjour madame, monsieur,"),
              "J'aurais besoin de réserver les examens suivants pour %s de l'étude %s (visite %s) :" % (
                  gx(h, "un participant", "une participante"), st["code"], c.ch("V4", "V6", "de fin de traitement")),
              ("table", None, rows, c.ch(0, 3)),
              ("Idéalement le matin, %s se déplace avec son %s." % (gx(h, "il", "elle"), c.ch("fils", "conjoint", "voisin"))
               if h["dob"].year < 2006 else "Idéalement après l'école ; %s sera %s de sa mère." % (
                   gx(h, "il", "elle"), gx(h, "accompagné", "accompagnée"))),
              "Merci !", c.sig(coord)]
    atts = []
    if c.v % 3 == 2:
        atts.append(docx("requisition_%s.docx" % st["code"].replace(" ", ""), "Réquisition – examens de recherche",
                         [("table", None, rows)]))
        blocks[2] = "Voir la réquisition ci-jointe."
    return dict(cat="booking", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
                note="booking request for research visit exams", frm=who(c, coord), to=[cc],
                subject=c.ch("Demande de RDV – protocole %s" % st["code"], "Réservation examens recherche",
                             "RDV %s" % c.d(when, 1)),
                blocks=blocks, atts=atts)


def transport(c):
    p = c.patient()
    nm = c.name(p, c.ch(0, 2, 1))
    coord = c.staff(12, 13, 0)
    when = c.later(c.rng.randrange(3, 12))
    blocks = [
        "Bonjour,",
        "Je voudrais réserver un transport adapté aller-retour pour %s le %s." % (nm, c.d(when, 0)),
        "Adresse : %s\nTéléphone : %s\nRendez-vous : 9 h 00, %s, entrée principale, clinique de recherche (3e)." % (
            p["address"], c.phone_of(p), C.HOSP),
        c.ch("%s se déplace en fauteuil roulant depuis son AVC et vit %s, sans proche aidant." % (
            gx(p, "Il", "Elle"), gx(p, "seul", "seule")),
             "%s est en perte d'autonomie (Parkinson) et n'a plus de permis de conduire ; son CLSC fait le suivi "
             "à domicile." % gx(p, "Il", "Elle"),
             "%s habite en chambre dans une maison de chambres et n'a pas les moyens de payer le taxi ; les frais "
             "sont couverts par l'étude." % gx(p, "Il", "Elle")),
        "Facturer au centre de coût de la recherche %d." % c.rng.randrange(71000, 79999),
        c.sig(coord),
    ]
    atts = []
    if c.v % 2 == 1:
        atts.append(pdf("demande_transport_%s.pdf" % C.slug(p["surname"]), "Demande de transport adapté",
                        [("table", None, [["Usager", nm], ["Adresse", p["address"]], ["Téléphone", c.phone_of(p)],
                                          ["Date", c.d(when, 1)]]), blocks[3]]))
    return dict(cat="transport", types=["patient_name", "patient_contact", "social_information", "diagnosis"]
                if "AVC" in blocks[3] or "Parkinson" in blocks[3] else
                ["patient_name", "patient_contact", "social_information"],
                note="adapted transport request for participant", frm=who(c, coord),
                to=[box("Transport adapté", "transport")], subject=c.ch("Transport adapté – " + c.d(when, 1),
                                                                        "Demande de transport participant"),
                blocks=blocks, atts=atts)


def manifeste(c):
    bb = c.staff(4, 5)
    courier = ext(c, "lab")
    hs = [c.holder() for _ in range(c.rng.randrange(4, 8))]
    rows = []
    for h in hs:
        w = c.nam(h, style=c.ch(0, 0, 1, 2), dob_style=2)
        rows.append([w["name"], w["nam"], w["dob"], w["sex"], c.ch("sérum", "plasma EDTA", "ADN", "tissu FFPE"),
                     "BRP-%05d" % c.rng.randrange(10000, 99999),
                     K.dx(c, c.study(4 if h["dob"].year >= 2006 else None)["code"])])
    header = ["Nom", "NAM", "DDN", "Sexe", "Type", "No échantillon", "Diagnostic"]
    blocks = [c.ch("Bonjour %s," % courier["given"], "Bonjour,"),
              "Ci-joint le manifeste de l'envoi de ce %s (%d tubes sur glace sèche, boîte %d). " % (
                  C.JOURS[c.date.weekday()], len(rows) * 2, c.rng.randrange(1, 40)) +
              "Le transporteur passe vers 14 h.",
              c.ch("Merci de confirmer la réception et la température à l'arrivée.",
                   "SVP m'aviser s'il manque un tube."),
              c.sig(bb)]
    fname = "manifeste_envoi_%s.csv" % c.date.strftime("%Y-%m-%d")
    atts = [csv(fname, header, rows, sep=c.ch(";", ","))] if c.v % 2 == 0 else [
        xlsx(fname.replace(".csv", ".xlsx"), [("Envoi", header, rows)])]
    return dict(cat="biobank_manifest", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
                note="biobank shipment manifest with identities", frm=who(c, bb), to=[(courier["name"], courier["addr"])],
                subject=c.ch("Envoi biobanque %s" % c.d(c.date.date(), 1), "Manifeste d'expédition",
                             "Expédition échantillons – glace sèche"),
                blocks=blocks, atts=atts)


def retrait(c):
    p = c.patient()
    nm = c.name(p, c.ch(0, 1, 2))
    coord = c.staff(0, 1)
    bb = c.staff(4, 5)
    st = c.study(c.ch(1, 3, 5))
    blocks = [
        "Bonjour %s," % bb["given"],
        "%s (dossier %s) m'a appelé hier pour retirer son consentement à la biobanque et à %s. "
        "%s vient d'apprendre %s et ne veut plus d'autres prises de sang." % (
            nm, c.mrn(p), st["code"], gx(p, "Il", "Elle"),
            c.ch("une récidive de son cancer", "que sa maladie progresse", "qu'il a une cirrhose décompensée"
                 if p["sex"] == "M" else "qu'elle a une cirrhose décompensée")),
        "%s demande la destruction des échantillons non analysés (%s). Les données déjà transmises au promoteur "
        "restent, comme prévu au formulaire." % (gx(p, "Il", "Elle"), c.ch("3 aliquots sérum, 2 ADN",
                                                                            "plasma et PBMC", "2 blocs FFPE")),
        "Peux-tu me confirmer quand c'est fait pour que je remplisse le formulaire de retrait ?",
        c.sig(coord),
    ]
    return dict(cat="consent_withdrawal", types=["patient_name", "mrn", "diagnosis"],
                note="consent withdrawal and sample destruction request", frm=who(c, coord), to=[who(c, bb)],
                subject=c.ch("Retrait du consentement – destruction échantillons", "Retrait biobanque"),
                blocks=blocks)


def cer_bris(c):
    reb = c.staff(6)
    qa = c.staff(15)
    head = c.staff(11)
    hs = [c.holder() for _ in range(c.rng.randrange(4, 7))]
    rows = []
    for h in hs:
        w = c.nam(h, style=c.ch(0, 1), dob_style=1)
        rows.append([w["name"], w["nam"], w["dob"], w["sex"],
                     K.dx(c, c.study(4 if h["dob"].year >= 2006 else None)["code"])])
    blocks = [
        "Bonjour,",
        "Conformément à la procédure, je signale au CÉR un incident de confidentialité survenu le %s : un "
        "rapport de suivi contenant les données de %d participants a été transmis par erreur à un "
        "fournisseur externe (moniteur d'un autre promoteur)." % (c.d(c.earlier(2), 0), len(rows)),
        "Personnes touchées :",
        ("table", ["Nom", "NAM", "DDN", "Sexe", "Dx"], rows, c.ch(0, 1)),
        "Le destinataire a confirmé la suppression par écrit. Nous proposons d'aviser les participants par "
        "téléphone cette semaine. Le rapport d'incident complet suivra.",
        c.sig(qa),
    ]
    return dict(cat="reb_incident", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
                note="privacy incident report to ethics board", frm=who(c, qa), to=[who(c, reb)], cc=[who(c, head)],
                subject="Incident de confidentialité – déclaration au CÉR", blocks=blocks, importance=True)


def compensation(c):
    p = c.patient()
    nm = c.name(p, 0)
    sinw = c.sin()
    adm = c.staff(9, 10)
    coord = c.staff(0, 1, 12)
    st = c.study()
    amount = c.rng.choice([550, 640, 875, 1200, 1450])
    items = [("h", "Formulaire de paiement – compensation participant"),
             ("table", None, [["Nom", nm], ["NAS", sinw], ["Adresse", p["address"]],
                              ["Téléphone", c.phone_of(p)], ["Étude", "%s (%s)" % (st["code"], st["title_fr"])],
                              ["Montant", "%d,00 $" % amount], ["Visites", "V1 à V%d" % c.rng.randrange(4, 9)]]),
             "Le montant dépasse 500 $ pour l'année civile : un relevé 1 / T4A sera émis au participant."]
    fname = "paiement_participant_%s.%s" % (C.slug(p["surname"]), "pdf" if c.v % 2 == 0 else "docx")
    att = pdf(fname, "Compensation des participants", items) if c.v % 2 == 0 else docx(
        fname, "Compensation des participants", items)
    blocks = [c.ch("Bonjour %s," % adm["given"], "Bonjour,"),
              "Voici le formulaire de compensation pour %s de %s. Merci de procéder au paiement par dépôt direct." % (
                  gx(p, "un participant", "une participante"), st["code"]),
              c.ch("Le spécimen de chèque est à venir.", "Le NAS est requis pour le T4A, svp ne pas le recopier ailleurs."),
              c.sig(coord)]
    return dict(cat="participant_payment", types=["patient_name", "ca_sin", "patient_contact", "diagnosis"],
                note="participant compensation form with SIN", frm=who(c, coord), to=[who(c, adm)],
                subject=c.ch("Compensation participant – %s" % st["code"], "Paiement participant (NAS inclus)"),
                blocks=blocks, atts=[att])


def fortuite(c):
    st = c.study(c.ch(0, 3))
    p = c.patient()
    nm = c.name(p, c.ch(2, 1, 0))
    rad = c.doc(7)
    pi = c.doc(0 if st["code"].startswith("CARDIO") else 3)
    find = c.ch("un nodule pulmonaire spiculé de 11 mm au LSD", "une masse rénale gauche de 3,2 cm",
                "un anévrisme de l'aorte abdominale de 5,4 cm", "une lésion hépatique hypodense de 2 cm")
    blocks = [
        "Bonjour %s," % pi["dr_fr"],
        "En relisant l'imagerie de recherche de %s (%s, DDN %s), j'ai noté %s, non connu au dossier." % (
            st["code"], nm, C.fr_date(p["dob"], 1), find),
        "Comme le prévoit le protocole pour les découvertes fortuites, il faudrait informer %s et son médecin "
        "de famille, et demander un suivi (TDM avec contraste dans 4 à 6 semaines)." % gx(p, "le participant", "la participante"),
        "No dossier : %s. Le rapport complet est dans PACS." % c.mrn(p),
        ("sig", [rad["dr_fr"], "Radiologie diagnostique", C.HOSP, "450-555-01%02d" % c.rng.randrange(100)]),
    ]
    return dict(cat="incidental_finding", types=["patient_name", "date_of_birth", "mrn", "diagnosis"],
                note="incidental imaging finding in research scan", frm=who(c, rad), to=[who(c, pi)],
                subject=c.ch("Découverte fortuite – imagerie %s" % st["code"], "Trouvaille fortuite à communiquer"),
                blocks=blocks)


def labo_sujet(c):
    st = c.study(c.ch(0, 2, 5))
    p = c.patient()
    nm = C.name_form(p, c.ch(5, 1, 7), "fr")
    c.meta["names"].append(nm)
    nurse = c.staff(2, 3)
    pi = c.doc({"CARDIO-HF 301": 0, "DIAB-REN 2": 2, "HEPA-C 9": 5}[st["code"]])
    ls = K.labs(c, st["code"], 4)
    blocks = [
        c.ch("Résultats de la V3 :", "Bilan d'hier :", "Labos reçus ce matin :"),
        ("pre", "\n".join(ls)),
        c.ch("Je propose de diminuer %s et de refaire le bilan dans 1 sem." % K.med(c, st["code"]),
             "On continue %s ? Je %s rappelle cet après-midi." % (K.med(c, st["code"]), gx(p, "le", "la"))),
        c.ch(nurse["given"], nurse["given"][0] + ".", "- " + nurse["given"]),
    ]
    return dict(cat="lab_followup", types=["patient_name", "lab_result", "medication"],
                note="lab follow-up, name only in subject", frm=who(c, nurse), to=[who(c, pi)],
                subject=c.ch("Bilan V3 – %s" % nm, "%s : labos" % nm, "RE: %s" % nm),
                blocks=blocks, reply=C.DOM if c.rng.random() < 0.5 else None)


PLAN = [(prescreen, 3), (randomisation, 3), (eig, 3), (rdv_visite, 3), (transport, 2), (manifeste, 2),
        (retrait, 2), (cer_bris, 1), (compensation, 2), (fortuite, 2), (labo_sujet, 2)]
