"""French positives, part 3: printed CRFs, exports, attached e-mails, census, reimbursements, file names,
quick notes, quoted replies, violence disclosure, insurer form."""
import gen_clin as K
import gen_common as C
from gen_build import box, csv, eml, ext, gx, pdf, personal_addr, who, zipf


def pdf_crf(c):
    h, st = c.holder_study([0, 2, 3])
    w = c.nam(h, dob_style=1, name_style=c.ch(1, 5))
    cra = ext(c, "cro")
    coord = c.staff(0, 1)
    vis = c.rng.randrange(2, 8)
    items = [("h", "%s – Cahier d'observation, visite V%d" % (st["code"], vis)),
             ("table", None, [["Nom du participant", w["name"]], ["NAM", w["nam"]], ["Date de naissance", w["dob"]],
                              ["Sexe", w["sex"]], ["No participant", "%d-%03d" % (c.rng.randrange(101, 130),
                                                                                  c.rng.randrange(1, 80))]]),
             ("h", "Signes vitaux"),
             "TA %d/%d, FC %d, poids %d kg" % (c.rng.randrange(98, 165), c.rng.randrange(55, 98),
                                               c.rng.randrange(52, 110), c.rng.randrange(50, 110)),
             ("h", "Laboratoires"), "; ".join(K.labs(c, st["code"], 4)),
             ("h", "Événements indésirables"), K.ae(c) + " – grade %d" % c.rng.randrange(1, 4),
             ("h", "Médication concomitante"), ", ".join([K.med(c, st["code"]), K.med(c, st["code"])])]
    blocks = [c.ch("Bonjour %s," % cra["given"], "Bonjour,"),
              "Voici la copie du CRF papier de la V%d demandée pour la vérification à la source." % vis,
              c.ch("Désolé%s, je n'ai pas eu le temps de caviarder l'en-tête." % ("e" if coord["sex"] == "F" else ""),
                   "La version caviardée suivra."),
              c.sig(coord)]
    return dict(cat="crf_copy", types=["patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis",
                                       "medication"],
                note="printed case report form with identity header", frm=who(c, coord), to=[(cra["name"], cra["addr"])],
                subject="CRF V%d – %s" % (vis, st["code"]), blocks=blocks,
                atts=[pdf("CRF_V%d_%s.pdf" % (vis, st["code"].replace(" ", "")), "Cahier d'observation", items)])


def zip_export(c):
    st = c.study(c.ch(1, 2))
    dm = c.staff(7)
    pi = c.doc(1 if st["code"].startswith("ONCO") else 2)
    hs = [c.holder("adult") for _ in range(5)]
    rows = []
    for h in hs:
        w = c.nam(h, style=0, dob_style=2, name_style=c.ch(0, 7))
        rows.append([w["name"], w["nam"], w["dob"], w["sex"], K.dx(c, st["code"]), K.lab(c, st["code"])])
    data = csv("export_redcap_%s.csv" % c.date.strftime("%Y%m%d"), ["nom", "nam", "ddn", "sexe", "dx", "dernier_labo"],
               rows)
    blocks = ["Bonjour %s," % pi["dr_fr"],
              "Voici l'export REDCap complet (avec identifiants) pour l'audit de la semaine prochaine. Le fichier est "
              "compressé ; je vous envoie le mot de passe par Teams.",
              c.sig(dm)]
    return dict(cat="data_export", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result"],
                note="zipped identified data export", frm=who(c, dm), to=[who(c, pi)],
                subject="Export REDCap %s" % st["code"], blocks=blocks,
                atts=[zipf("export_%s.zip" % C.slug(st["code"]), [data, ("LISEZMOI.txt", "Export du %s, 5 enregistrements."
                                                                          % c.d(c.date.date(), 2))])])


def eml_joint(c):
    st = c.study(c.ch(0, 1, 2))
    p = c.patient()
    gp = ext(c, "clinic")
    gp["role_fr"] = "Médecin de famille"
    coord = c.staff(0, 1)
    pi = c.doc({"CARDIO-HF 301": 0, "ONCO-BR 12": 1, "DIAB-REN 2": 2}[st["code"]])
    nm = c.name(p, c.ch(0, 2, 1))
    inner_blocks = [
        "Bonjour,",
        "Je vous réfère %s (dossier CISRP %s, DDN %s) pour votre étude %s. %s. Rx actuelle : %s." % (
            nm, c.mrn(p), C.fr_date(p["dob"], 1), st["code"], K.dx(c, st["code"]), K.med(c, st["code"])),
        "%s est très %s et disponible les matins." % (gx(p, "Il", "Elle"), gx(p, "motivé", "motivée")),
        ("sig", ["Dre " + gp["name"] if c.rng.random() < 0.5 else "Dr " + gp["name"], gp["org"], "450-555-01%02d" %
                 c.rng.randrange(100)]),
    ]
    inner = dict(frm=(gp["name"], gp["addr"]), to=[who(c, coord)], subject="Référence – " + st["code"],
                 blocks=inner_blocks)
    blocks = [c.ch("Pour info, référence reçue ce matin (voir courriel joint).", "Référence ci-jointe, à évaluer."),
              coord["given"]]
    return dict(cat="referral_attached", types=["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"],
                note="referral forwarded as attached message", frm=who(c, coord), to=[who(c, pi)],
                subject="TR: Référence – " + st["code"], blocks=blocks,
                atts=[eml("Référence – %s.eml" % st["code"], inner)])


def hospit(c):
    nurse = c.staff(2, 3)
    team = [who(c, c.staff(0)), who(c, c.staff(1)), who(c, c.doc(0))]
    rows = []
    for _ in range(c.rng.randrange(3, 6)):
        p = c.patient()
        st = c.study()
        rows.append(["%d%s" % (c.rng.randrange(3, 9), "%02d" % c.rng.randrange(1, 40)),
                     c.name(p, c.ch(1, 5, 7)), st["code"], K.ae(c), c.ch("EIG déclaré", "à déclarer", "suivi quotidien")])
    blocks = [c.ch("Bonjour à tous,", "Salut l'équipe,"),
              "Liste des participants actuellement hospitalisés (mise à jour du %s) :" % c.d(c.date.date(), 4),
              ("table", ["Ch.", "Nom", "Étude", "Motif", "Statut EIG"], rows, c.ch(0, 1, 2)),
              "Merci de m'aviser des congés.", nurse["given"]]
    atts = []
    if c.v % 2 == 1:
        atts.append(csv("hospitalises_%s.csv" % c.date.strftime("%Y%m%d"), ["Ch.", "Nom", "Étude", "Motif", "Statut EIG"],
                        rows, sep=";"))
        blocks[2] = "Liste en pièce jointe."
    return dict(cat="inpatient_census", types=["patient_name", "diagnosis"],
                note="weekly list of hospitalised participants", frm=who(c, nurse), to=team,
                subject=c.ch("Participants hospitalisés – semaine %d" % c.date.isocalendar()[1],
                             "Liste hospit. participants"), blocks=blocks, atts=atts)


def frais(c):
    p = c.patient()
    nm = c.name(p, c.ch(0, 2))
    coord = c.staff(12, 13)
    adm = c.staff(9, 10)
    blocks = [
        "Bonjour %s," % adm["given"],
        "Pour le remboursement des frais de déplacement de %s (%s, %s) : %s est prestataire de l'aide sociale "
        "et m'a demandé que le montant soit remis en argent ou par carte prépayée, parce qu'un dépôt pourrait "
        "être considéré comme un revenu par son agent." % (nm, p["address"], c.phone_of(p),
                                                           gx(p, "il", "elle")),
        "Montant : %d,%02d $ (stationnement et autobus, %d visites)." % (c.rng.randrange(40, 180),
                                                                         c.rng.randrange(0, 99), c.rng.randrange(2, 6)),
        "Est-ce possible ? Merci.", c.sig(coord),
    ]
    return dict(cat="travel_reimbursement", types=["patient_name", "patient_contact", "social_information"],
                note="participant reimbursement, income support situation", frm=who(c, coord), to=[who(c, adm)],
                subject="Remboursement participant – mode de paiement", blocks=blocks, noaccent=c.rng.random() < 0.3)


def fichier_nom(c):
    st = c.study(c.ch(1, 3))
    p = c.patient()
    coord = c.staff(0, 1)
    reb = c.staff(6)
    surname = C.strip_accents(p["surname"]).upper().replace(" ", "")
    fn = c.ch("Consentement_%s_%s_%s.pdf" % (surname, C.strip_accents(p["given"]), st["code"].replace(" ", "")),
              "FCI signé - %s %s.pdf" % (p["surname"], p["given"]))
    c.meta["names"].append(p["surname"])
    items = [("h", "Formulaire d'information et de consentement – %s" % st["code"]),
             "Titre : Étude de phase III chez des personnes atteintes de %s." % st["title_fr"],
             "Version 4.0 du %s" % c.d(c.earlier(200), 0),
             "Signature du participant : ______________________   Date : %s" % c.d(c.earlier(1), 2),
             "Signature de la personne qui a obtenu le consentement : ______________________"]
    blocks = [c.ch("Bonjour %s," % reb["given"], "Bonjour,"),
              "Voici le consentement signé hier pour %s, comme demandé pour la vérification de la version en "
              "vigueur." % st["code"], coord["given"]]
    return dict(cat="signed_consent", types=["patient_name", "diagnosis"],
                note="signed consent, participant named only in file name", frm=who(c, coord), to=[who(c, reb)],
                subject="Consentement signé – " + st["code"], blocks=blocks,
                atts=[pdf(fn, "Consentement", items)])


def note_rapide(c):
    st = c.study(c.ch(1, 0, 3))
    p = c.patient()
    nurse = c.staff(2, 3)
    coord = c.staff(0, 1)
    given = p["given"]
    c.meta["names"].append(given)
    mrn = c.mrn(p, c.ch(0, 2))
    text = c.ch(
        "%s (%s) a appelé : %s depuis la dose de mardi. Je lui ai dit de prendre %s et de revenir si ça empire. "
        "On garde la V%d jeudi ?" % (given, mrn, K.sympt(c), K.relief(c), c.rng.randrange(3, 9)),
        "Appel de %s ce matin, dossier %s. %s, elle/il a sauté 2 doses. Je l'ai noté dans le journal." % (
            given, mrn, K.sympt(c).capitalize()))
    text = text.replace("elle/il", gx(p, "il", "elle"))
    return dict(cat="quick_note", types=["patient_name", "mrn", "diagnosis", "medication"] if "prendre" in text
                else ["patient_name", "mrn", "diagnosis"],
                note="quick note between research nurses", frm=who(c, nurse), to=[who(c, coord)],
                subject=c.ch("appel %s" % given.lower(), "%s - %s" % (st["code"], given), "FYI"),
                blocks=[text, nurse["given"][0]], noaccent=c.rng.random() < 0.5)


def reponse(c):
    st = c.study(c.ch(0, 2, 3))
    p = c.patient()
    nm = c.name(p, c.ch(0, 1, 4, 2))
    coord = c.staff(0, 1)
    pi = c.doc({"CARDIO-HF 301": 0, "DIAB-REN 2": 2, "NEURO-PD 7": 3}[st["code"]])
    orig = [
        "%s," % pi["dr_fr"],
        "%s (%s) est venu%s pour la V%d. %s. Labos : %s. %s veut savoir si on peut augmenter %s." % (
            nm, c.mrn(p), gx(p, "", "e"), c.rng.randrange(2, 9), K.sympt(c).capitalize(),
            ", ".join(K.labs(c, st["code"], 2)), gx(p, "Il", "Elle"), K.med(c, st["code"])),
        "Merci,\n" + coord["given"],
    ]
    blocks = [c.ch("Oui, on peut augmenter. Je %s vois jeudi de toute façon." % gx(p, "le", "la"),
                   "Non, on attend le prochain bilan. Merci de %s rappeler." % gx(p, "le", "la"),
                   "OK pour moi. Note-le au dossier svp."),
              pi["given"][0] + "." if c.rng.random() < 0.5 else pi["dr_fr"],
              c.quote(coord, c.prev_dt(4), orig, to=pi, subject="V-suivi " + st["code"])]
    return dict(cat="reply_quoted", types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"],
                note="investigator reply quoting visit summary", frm=who(c, pi), to=[who(c, coord)],
                subject="RE: V-suivi " + st["code"], blocks=blocks, reply=C.DOM)


def violence(c):
    p = c.patient()
    while p["sex"] != "F":
        p = c.patient()
    nm = c.name(p, c.ch(0, 2, 1))
    nurse = c.staff(2, 3)
    sw = box("Service social – recherche", "service.social")
    blocks = [
        "Bonjour,",
        "Lors de la visite de ce matin, %s (dossier %s), participante à l'étude %s, m'a confié que son conjoint "
        "est violent et qu'elle a peur de rentrer chez elle. Elle a des ecchymoses aux avant-bras." % (
            nm, c.mrn(p), c.study()["code"]),
        "Elle accepte d'être rencontrée par une travailleuse sociale aujourd'hui. SVP ne PAS appeler au domicile ; "
        "utiliser son cellulaire %s, seulement entre 10 h et 14 h." % c.phone_of(p),
        c.sig(nurse),
    ]
    return dict(cat="violence_disclosure", types=["patient_name", "mrn", "social_information", "patient_contact"],
                note="disclosure of intimate partner violence, referral to social work", frm=who(c, nurse), to=[sw],
                subject="Demande urgente – service social", blocks=blocks, importance=True)


def assureur(c):
    st = c.study(c.ch(1, 0))
    p = c.patient()
    nm = c.name(p, 0)
    sinw = c.sin()
    ins = ext(c, "ins")
    pi = c.doc(1 if st["code"].startswith("ONCO") else 0)
    items = [("h", "Attestation médicale – invalidité de courte durée"),
             ("table", None, [["Nom de l'assuré", nm], ["NAS", sinw], ["Date de naissance", C.fr_date(p["dob"], 1)],
                              ["Diagnostic", K.dx(c, st["code"])], ["Traitement", K.med(c, st["code"])],
                              ["Arrêt de travail", "du %s au %s" % (c.d(c.earlier(20), 1), c.d(c.later(60), 1))]]),
             "Le patient participe à un essai clinique nécessitant des visites hebdomadaires."]
    blocks = ["Madame, Monsieur,", "Veuillez trouver ci-joint l'attestation demandée pour votre client%s." % (
        gx(p, "", "e")), "Salutations distinguées,", "%s\n%s, %s" % (pi["dr_fr"], pi["spec_fr"].capitalize(), C.HOSP)]
    return dict(cat="insurer_form", types=["patient_name", "ca_sin", "date_of_birth", "diagnosis", "medication"],
                note="disability certificate to insurer", frm=who(c, pi), to=[(ins["name"], ins["addr"])],
                subject="Attestation – dossier %d" % c.rng.randrange(100000, 999999), blocks=blocks,
                atts=[pdf("attestation_%s.pdf" % C.slug(p["surname"]), "Attestation médicale", items)])


PLAN = [(pdf_crf, 2), (zip_export, 1), (eml_joint, 2), (hospit, 2), (frais, 1), (fichier_nom, 2), (note_rapide, 2),
        (reponse, 2), (violence, 1), (assureur, 1)]
