"""French positives, part 2: eligibility, participant mail, re-contact, deviations, youth protection,
research pharmacy, calendar invitations, vCards, Belgian and French sites."""
import datetime as _dt

import gen_clin as K
import gen_common as C
from gen_build import box, csv, docx, ext, gx, ics, pdf, personal_addr, vcf, who, xlsx


def admissibilite(c):
    st = c.study(c.ch(0, 2))
    p = c.patient()
    nm = C.name_form(p, 4, "fr")
    c.meta["names"].append(nm)
    coord = c.staff(0, 1)
    pi = c.doc(0 if st["code"].startswith("CARDIO") else 2)
    age = C.age_at(p["dob"], c.date.date())
    ls = K.labs(c, st["code"], 3)
    blocks = [
        c.ch("Bonjour Dr%s %s," % ("e" if pi["sex"] == "F" else "", pi["surname"]), "Allo %s," % pi["given"]),
        "Petite question d'admissibilité pour %s : %s, %d ans, dossier %s.\n%s. Rx : %s, %s.\nLabos du %s : %s." % (
            st["code"], nm, age, c.mrn(p), K.dx(c, st["code"]), K.med(c, st["code"]), K.med(c, st["code"]),
            c.d(c.earlier(9), 1), " ; ".join(ls)),
        c.ch("Le critère d'exclusion 7 (DFGe < 30) me fait hésiter. Je l'approche quand même ?",
             "%s a aussi eu une hospitalisation il y a 2 mois. Est-ce que ça compte comme événement récent selon "
             "le protocole ?" % gx(p, "Il", "Elle")),
        "Merci !", c.sig(coord, org=False),
    ]
    return dict(cat="eligibility_query", types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"],
                note="eligibility question to investigator", frm=who(c, coord), to=[who(c, pi)],
                subject=c.ch("Admissibilité %s ?" % st["code"], "Question critères – " + st["code"]),
                blocks=blocks)


def fwd_participant(c):
    st = c.study(c.ch(0, 1, 3))
    p = c.patient()
    coord = c.staff(0, 1)
    nurse = c.staff(2, 3)
    sym = K.sympt(c)
    addr = personal_addr(c, p)
    when = c.prev_dt(20)
    inner = [
        "Bonjour %s," % coord["given"],
        c.ch("Je ne pourrai pas venir à mon rendez-vous de %s. Depuis la dernière dose j'ai %s et mon médecin "
             "m'a dit d'arrêter les pilules de l'étude en attendant." % (C.JOURS[c.later(2).weekday()], sym),
             "Je voulais vous dire que j'ai été %s à l'urgence samedi pour %s. Ils m'ont donné %s. Est-ce que je "
             "continue quand même le médicament de l'étude ?" % (gx(p, "hospitalisé", "hospitalisée"), sym,
                                                                   K.med(c, st["code"]))),
        "Vous pouvez me rappeler au %s, je suis là en après-midi." % c.phone_of(p),
        "Merci\n%s" % c.name(p, c.ch(0, 3)),
    ]
    blocks = [
        c.ch("%s, peux-tu la/le rappeler aujourd'hui ? Je suis en monitoring toute la journée." % nurse["given"],
             "Pour suivi svp. C'est %s de %s (%s)." % (gx(p, "un participant", "une participante"), st["code"],
                                                        K.dx(c, st["code"]))),
        c.fwd({"name": p["name"], "addr": addr}, when, coord["addr"],
              c.ch("Rendez-vous", "rdv de jeudi", "question"), inner),
    ]
    if "peux-tu" in blocks[0]:
        blocks[0] = blocks[0].replace("la/le", gx(p, "le", "la"))
    return dict(cat="forwarded_participant", types=["patient_name", "diagnosis", "patient_contact", "medication"]
                if "donné" in inner[1] else ["patient_name", "diagnosis", "patient_contact"],
                note="participant e-mail forwarded to research nurse", frm=who(c, coord), to=[who(c, nurse)],
                subject="TR: " + c.ch("Rendez-vous", "rdv de jeudi", "question"), blocks=blocks)


def recontact(c):
    bb = c.staff(4, 5)
    pi = c.doc()
    pats = [c.patient() for _ in range(c.rng.randrange(4, 7))]
    rows = []
    for p in pats:
        rows.append([p["surname"].upper(), p["given"], C.fr_date(p["dob"], 2), c.phone_of(p, 0),
                     K.dx(c, c.study()["code"]), c.ch("oui", "oui", "non joint 2x", "oui - préfère courriel")])
        c.meta["names"].append(p["surname"].upper())
    header = ["NOM", "Prénom", "DDN", "Téléphone", "Diagnostic", "Accepte recontact"]
    blocks = [
        "Bonjour %s," % pi["dr_fr"],
        "Tel que demandé pour votre nouveau projet (approbation CÉR %s), voici la liste des donneurs de la "
        "biobanque ayant accepté d'être recontactés et correspondant à vos critères." % (
            "2024-%04d" % c.rng.randrange(1000, 1999)),
        "Merci de ne pas transférer ce fichier ; il doit être supprimé à la fin du recrutement.",
        c.sig(bb),
    ]
    fname = "recontact_biobanque_%s.%s" % (c.date.strftime("%Y%m"), "xlsx" if c.v % 2 == 0 else "csv")
    att = xlsx(fname, [("Recontact", header, rows)]) if c.v % 2 == 0 else csv(fname, header, rows, sep=";")
    return dict(cat="recontact_list", types=["patient_name", "date_of_birth", "patient_contact", "diagnosis"],
                note="biobank donor re-contact list", frm=who(c, bb), to=[who(c, pi)],
                subject=c.ch("Liste de recontact – biobanque", "Donneurs à recontacter (confidentiel)"),
                blocks=blocks, atts=[att])


def deviation(c):
    st = c.study(c.ch(0, 2, 5))
    p = c.patient()
    nm = c.name(p, c.ch(0, 1, 2))
    qa = c.staff(15)
    coord = c.staff(0, 1)
    pi = c.doc({"CARDIO-HF 301": 0, "DIAB-REN 2": 2, "HEPA-C 9": 5}[st["code"]])
    med = K.med(c, st["code"])
    lab1 = K.lab(c, st["code"])
    items = [("h", "Rapport de déviation au protocole %s" % st["code"]),
             ("table", None, [["Participant", "%s (dossier %s)" % (nm, c.mrn(p))],
                              ["Date de la déviation", c.d(c.earlier(6), 2)],
                              ["Catégorie", "Majeure – sécurité"]]),
             "Description : la dose de %s (produit à l'étude %s) a été administrée à la visite V5 sans que le "
             "bilan prévu soit disponible. Le résultat reçu le lendemain montrait %s, au-delà du seuil d'arrêt "
             "du protocole. Médication concomitante : %s." % (st["ip"], st["ip"], lab1, med),
             "Mesures correctives : rappel à l'équipe ; vérification des résultats avant toute administration.",
             "Déclaration au CÉR : oui (déviation majeure)."]
    blocks = ["Bonjour,", "Vous trouverez ci-joint le rapport de déviation à signer par le chercheur principal avant "
                          "dépôt au CÉR.", c.sig(qa)]
    return dict(cat="protocol_deviation", types=["patient_name", "mrn", "lab_result", "medication"],
                note="protocol deviation report naming participant", frm=who(c, qa), to=[who(c, pi)],
                cc=[who(c, coord)], subject="Déviation majeure %s – à signer" % st["code"], blocks=blocks,
                atts=[docx("deviation_%s_%s.docx" % (st["code"].replace(" ", ""), c.date.strftime("%Y%m%d")),
                           "Rapport de déviation", items)])


def dpj(c):
    st = c.study(4)
    h = c.holder("child")
    w = c.nam(h, name_style=c.ch(0, 1, 7))
    coord = c.staff(0, 1)
    reb = c.staff(6)
    pi = c.doc(4)
    blocks = [
        "Bonjour %s," % reb["given"],
        "Question pour le CÉR avant la visite de sélection de %s (NAM %s, %s le %s, sexe %s) dans %s." % (
            w["name"], w["nam"], gx(h, "né", "née"), w["dob"], w["sex"], st["code"]),
        "L'enfant est %s en famille d'accueil par la DPJ depuis %s et la mère n'a plus l'autorité parentale "
        "pour les soins. L'intervenante de la DPJ peut-elle signer le consentement, ou faut-il une autorisation "
        "du tribunal ? L'enfant a eu 3 visites à l'urgence pour asthme sévère depuis septembre." % (
            gx(h, "placé", "placée"), c.ch("l'automne", "juin", "deux ans")),
        "La %s voudrait aller de l'avant rapidement." % pi["dr_fr"].replace("Dre ", "Dre ") if pi["sex"] == "F" else
        "Le %s voudrait aller de l'avant rapidement." % pi["dr_fr"],
        c.sig(coord),
    ]
    return dict(cat="youth_protection", types=["patient_name", "ramq_nam", "date_of_birth", "social_information",
                                               "diagnosis"],
                note="consent question for child in youth protection", frm=who(c, coord), to=[who(c, reb)],
                cc=[who(c, pi)], subject="Consentement – enfant placé DPJ – " + st["code"], blocks=blocks)


def ordonnance(c):
    h, st = c.holder_study()
    w = c.nam(h)
    pi = c.pi(st)
    pharm = c.staff(8)
    kg = c.rng.randrange(48, 112) if h["dob"].year < 2006 else c.rng.randrange(17, 45)
    rows = [["Patient", w["name"]], ["NAM", w["nam"]], ["DDN / sexe", "%s / %s" % (w["dob"], w["sex"])],
            ["Poids", "%d kg" % kg], ["Protocole", st["code"]],
            ["Produit", "%s %s" % (st["ip"], c.ch("10 mg die", "200 mg IV q3sem", "2 co BID", "1 stylo SC q2sem")
                                   if st["code"] != "PEDI-ASTH 4" else "100 mg SC q4sem")],
            ["Concomitants", "%s ; %s" % (K.med(c, st["code"]), K.med(c, st["code"]))],
            ["Allergies", c.ch("aucune connue", "pénicilline (urticaire)", "sulfa")]]
    blocks = [
        "Pharmacie de recherche,",
        c.ch("Ordonnance pour la visite de ce matin :", "Svp préparer pour demain 8 h :", "Ordonnance V%d :" % c.rng.randrange(2, 9)),
        ("table", None, rows, c.ch(0, 3)),
        "%s\n%s, chercheur%s principal%s – %s" % (pi["dr_fr"], pi["spec_fr"].capitalize(), "e" if pi["sex"] == "F" else "",
                                                   "e" if pi["sex"] == "F" else "", st["code"]),
        "Licence %d" % c.rng.randrange(10000, 99999),
    ]
    atts = []
    if c.v % 3 == 2:
        atts.append(pdf("ordonnance_%s.pdf" % C.slug(h["surname"]), "Ordonnance – produit de recherche",
                        [("table", None, rows), pi["dr_fr"]]))
        blocks[2] = "Ordonnance signée en pièce jointe (PDF)."
    return dict(cat="research_prescription", types=["patient_name", "ramq_nam", "date_of_birth", "medication"],
                note="prescription to research pharmacy", frm=who(c, pi), to=[who(c, pharm)],
                subject=c.ch("Ordonnance %s" % st["code"], "Rx recherche – " + st["code"], "Ordonnance produit à l'étude"),
                blocks=blocks, atts=atts)


def ics_visite(c):
    st = c.study(c.ch(0, 1, 3))
    p = c.patient()
    nm = c.name(p, c.ch(2, 5, 0))
    coord = c.staff(0, 1)
    nurse = c.staff(2, 3)
    d = c.later(c.rng.randrange(3, 15))
    start = _dt.datetime(d.year, d.month, d.day, c.ch(8, 9, 13), 0)
    end = start + _dt.timedelta(hours=2)
    summary = "V%d %s – %s" % (c.rng.randrange(2, 9), st["code"], nm)
    desc = "Dossier %s. %s. À jeun : prise de sang + ECG. %s" % (
        c.mrn(p), K.dx(c, st["code"]), c.ch("Apporter ses pompes.", "Revoir la tolérance au " + st["ip"] + ".",
                                           "Accompagnée de sa fille." if p["sex"] == "F" else "Accompagné de son fils."))
    att = ics("invitation.ics", uid="%x@%s" % (c.rng.getrandbits(64), C.DOM), start=start, end=end, summary=summary,
              description=desc, location="Clinique de recherche, 3e étage, salle 3.14",
              organizer=(coord["name"], coord["addr"]), attendees=[(nurse["name"], nurse["addr"])],
              stamp=c.date.replace(tzinfo=None))
    blocks = [c.ch("Invitation : visite de suivi", "Je t'ai mise dans l'invitation, merci de bloquer ta matinée.",
                   "Visite ajoutée à l'agenda de l'étude.")]
    return dict(cat="visit_invitation", types=["patient_name", "mrn", "diagnosis"],
                note="calendar invitation for participant visit", frm=who(c, coord), to=[who(c, nurse)],
                subject="Invitation: " + summary, blocks=blocks, atts=[att])


def vcard(c):
    st = c.study(1)
    p = c.patient()
    coord = c.staff(0, 1)
    nurse = c.staff(2, 3)
    tel = c.phone_of(p, 0)
    street, rest = p["address"].split(", ", 1)
    city = rest.split(" (")[0]
    att = vcf("%s_%s.vcf" % (C.slug(p["given"]), C.slug(p["surname"])), given=p["given"], surname=p["surname"],
              tels=[("HOME", tel), ("CELL", C.fmt_phone(C.phone(c.rng), 0))], adr=(street, city, "QC", p["address"][-7:]),
              note="Participante %s – %s. Appeler après 16 h." % (st["code"], K.dx(c, st["code"])) if p["sex"] == "F"
              else "Participant %s – %s. Appeler après 16 h." % (st["code"], K.dx(c, st["code"])))
    c.meta["names"].append(p["given"] + " " + p["surname"])
    blocks = ["Voici la fiche contact pour la relance téléphonique (V%d). Merci de l'ajouter à la liste." %
              c.rng.randrange(3, 8), coord["given"]]
    return dict(cat="participant_contact_card", types=["patient_name", "patient_contact", "diagnosis"],
                note="vCard of a participant with study and diagnosis", frm=who(c, coord), to=[who(c, nurse)],
                subject="Fiche contact participante" if p["sex"] == "F" else "Fiche contact participant",
                blocks=blocks, atts=[att])


def belgique(c):
    st = c.study(c.ch(0, 1))
    p = c.patient("be")
    nm = c.name(p, c.ch(1, 0, 2))
    niss = c.niss(p)
    be = ext(c, "be", c.ch("Griet", "Anne-Sophie", "Luc"), c.ch("Verstraeten", "Dumont", "Hermans"))
    coord = c.staff(0, 1)
    blocks = [
        "Chère collègue, cher collègue,",
        "Suite à notre échange, nous vous confirmons le transfert de suivi de %s (NISS %s, %s le %s), "
        "%s dans %s à notre centre depuis %s. %s s'installe au Québec le mois prochain." % (
            nm, niss, gx(p, "né", "née"), C.fr_date(p["dob"], 1), gx(p, "inclus", "incluse"), st["code"],
            c.ch("mars 2023", "octobre 2022", "janvier 2024"), gx(p, "Il", "Elle")),
        "Résumé : %s. Traitement en cours : %s et %s. Dernier bilan : %s." % (
            K.dx(c, st["code"]), st["ip"], K.med(c, st["code"]), ", ".join(K.labs(c, st["code"], 2))),
        "Le dossier source vous sera transmis par le promoteur via la plateforme sécurisée. Bien à vous,",
        ("sig", [be["name"], "Unité de recherche clinique", be["org"], "Namur, Belgique"]),
    ]
    return dict(cat="site_transfer", types=["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication",
                                            "lab_result"],
                note="participant transfer from Belgian site", frm=(be["name"], be["addr"]), to=[who(c, coord)],
                subject="Transfert de participant %s – Namur vers Laval" % st["code"], blocks=blocks)


def france(c):
    st = c.study(c.ch(3, 5))
    p = c.patient("fr")
    nm = c.name(p, c.ch(1, 5, 0))
    nir = c.nir(p)
    fr = ext(c, "fr", c.ch("Élodie", "Marc-Antoine"), c.ch("Roussel", "Pichon"))
    coord = c.staff(0, 1)
    blocks = [
        "Bonjour,",
        "Votre site nous demande les antécédents de %s pour la visite de transfert. Voici ce que nous avons :" % nm,
        ("table", None, [["Nom", nm], ["N° de sécurité sociale", nir], ["Date de naissance", C.fr_date(p["dob"], 1)],
                         ["Diagnostic", K.dx(c, st["code"])], ["Traitement", K.med(c, st["code"])],
                         ["Dernier bilan", ", ".join(K.labs(c, st["code"], 2))]], c.ch(0, 1)),
        "Cordialement,",
        ("sig", [fr["name"], "Unité de recherche clinique", fr["org"]]),
    ]
    return dict(cat="site_transfer", types=["patient_name", "fr_nir", "date_of_birth", "diagnosis", "medication",
                                            "lab_result"],
                note="participant history from French site", frm=(fr["name"], fr["addr"]), to=[who(c, coord)],
                subject="%s – antécédents participant transféré" % st["code"], blocks=blocks)


PLAN = [(admissibilite, 2), (fwd_participant, 2), (recontact, 2), (deviation, 2), (dpj, 1), (ordonnance, 3),
        (ics_visite, 2), (vcard, 1), (belgique, 2), (france, 2)]
