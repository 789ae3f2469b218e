"""Negative messages, French, part B: purchase orders, inventories, IT, facilities, statistics, teaching cases,
blank forms, mail-merge templates, research protocols, staff news, wholesaler order confirmations."""
import datetime

import gen_attach as A
import gen_common as G
from gen_build import Att, Mail, reply_id
from gen_neg_fr_a import MAKERS, PRODUCTS, din, exp_date, lot, money, staff_pool


# --------------------------------------------------------------------------- 13. purchase order
def bon_commande(c):
    items = c.rng.sample(PRODUCTS, c.ri(4, 8))
    po = f"BC-{c.ri(40000, 49999)}"
    rows = [[f"{c.ri(100000, 999999)}", din(c), p[0], p[2], str(c.ri(2, 40))] for p in items]
    header = ["Code grossiste", "DIN", "Description", "Format", "Qté"]
    body = [("p", "Bonjour Éric,"),
            ("p", f"Voici notre commande {po} pour livraison {c.ch(['demain matin', 'jeudi', 'au prochain camion'])}. "
                  "Merci de confirmer les ruptures éventuelles."),
            ("lines", [f"No client : {c.ri(10000, 99999)}", "Livrer à : Quai de réception, porte 4 – Département de pharmacie",
                       G.HOSP["addr_fr"]])]
    atts = []
    if c.p(0.6):
        atts.append(Att("xlsx", f"{po}.xlsx", A.make_xlsx([("Commande", header, rows)], c.dt.replace(tzinfo=None),
                                                         author=c.who("buy").name)))
    else:
        body.append(("table", header, rows))
    body += c.sig("buy")
    return Mail("bon_commande", "bon de commande au grossiste", f"Commande {po}", c.a("buy"), [c.a("rep")], body,
                cc=[c.a("ph6")] if c.p(0.5) else [], atts=atts)


# --------------------------------------------------------------------------- 14. inventory (CSV)
def inventaire(c):
    items = c.rng.sample(PRODUCTS, c.ri(6, 11))
    rows = [[p[0], lot(c), exp_date(c), str(c.ri(0, 60)), str(c.ri(5, 30)), c.ch(["Réserve A", "Cabinet 4N", "Urgence", "Réserve B"])]
            for p in items]
    header = ["Produit", "Lot", "Expiration", "Compte", "Seuil", "Emplacement"]
    csv = A.make_csv(header, rows, delimiter=c.ch([";", ","]))
    k = c.ch(["atp3", "atp5", "atp6"])
    body = [("p", "Bonjour,"),
            ("p", c.ch(["Voici le décompte de fin de mois des anticoagulants. Trois produits sont sous le seuil.",
                        "Inventaire cyclique terminé; écarts à valider avec Patrick.",
                        "Fichier de l'inventaire du cabinet automatisé ci-joint."]))] + c.sig(k, full=False)
    return Mail("inventaire", "inventaire mensuel des anticoagulants", c.ch(["Inventaire fin de mois – anticoagulants",
                                                                           "Décompte cabinet 4N", "Inventaire cyclique"]),
                c.a(k), [c.a("atp1"), c.a("buy")], body,
                atts=[Att("csv", f"inventaire_{c.date.strftime('%Y%m')}.csv", csv)])


# --------------------------------------------------------------------------- 15. IT
def informatique(c):
    v = c.variant % 4
    when = c.day(c.ri(2, 12))
    if v == 0:
        txt = (f"Une mise à jour du logiciel de pharmacie (module de validation) aura lieu le {G.fr_date(when, day=True)} "
               "de 0 h 00 à 4 h 00. Pendant l'interruption, utilisez les ordonnances papier et le formulaire de "
               "procédure dégradée PH-DG-01.")
        subj = "Interruption planifiée – logiciel de pharmacie"
    elif v == 1:
        txt = ("Votre mot de passe expirera dans 5 jours. Pour le modifier, utilisez le portail libre-service. "
               "Le soutien informatique ne vous demandera jamais votre mot de passe par courriel.")
        subj = "Expiration de votre mot de passe"
    elif v == 2:
        asset = G.luhn_serial(c.rng, 10)
        txt = (f"Le poste de travail de la clinique d'anticoagulation (actif no {asset}, numéro de série "
               f"{c.ch('CDFGHJ')}{G.luhn_serial(c.rng, 9)}) sera remplacé le {G.fr_date(when)}. Les imprimantes d'étiquettes "
               "devront être reconfigurées.")
        subj = f"Remplacement du poste – billet INC{c.ri(100000, 999999)}"
    else:
        txt = ("Le coagulomètre point de service de la clinique sera branché à l'interface du laboratoire. Les résultats "
               "seront transférés automatiquement au dossier. Une formation de 15 minutes est prévue pour les infirmières.")
        subj = "Interface coagulomètre – laboratoire"
    body = [("p", "Bonjour,"), ("p", txt)] + c.sig("it")
    return Mail("informatique", "avis du soutien informatique", subj, c.a("it"),
                [("Pharmacie – tous", "pharmacie@deuxrives.example")], body, mode=c.ch(["html", "plain", "alt"]))


# --------------------------------------------------------------------------- 16. facilities
def installations(c):
    v = c.variant % 4
    fr = c.ch(["R-12", "R-07", "R-03"])
    if v == 0:
        txt = (f"L'alarme de température du réfrigérateur {fr} (salle de préparation) s'est déclenchée à 2 h 14 "
               f"({c.ri(9, 11)},{c.ri(0, 9)} °C pendant 22 minutes). Les produits ont été transférés. Le technicien "
               "passera demain pour remplacer la sonde.")
        subj = f"Alarme réfrigérateur {fr}"
    elif v == 1:
        txt = (f"Travaux de ventilation dans la salle blanche le {G.fr_date(c.day(c.ri(3, 10)))}. La préparation stérile "
               "sera déplacée à la hotte de l'unité d'oncologie de 7 h à 15 h.")
        subj = "Travaux – salle blanche"
    elif v == 2:
        txt = ("La porte du quai de réception ne se verrouille plus correctement. En attendant la réparation, les "
               "livraisons du grossiste doivent être reçues par un ATP.")
        subj = "Quai de réception – porte 4"
    else:
        txt = (f"Coupure d'eau chaude dans l'aile B le {G.fr_date(c.day(c.ri(2, 8)))} de 13 h à 15 h pour le "
               "remplacement d'une valve.")
        subj = "Coupure d'eau chaude – aile B"
    body = [("p", "Bonjour,"), ("p", txt)] + c.sig("fac")
    return Mail("installations", "avis des installations matérielles", subj, c.a("fac"), [c.a("atp1"), c.a("chef")], body)


# --------------------------------------------------------------------------- 17. aggregate statistics (XLSX)
def statistiques(c):
    q = c.ch(["T1", "T2", "T3", "T4"])
    rows = [["Fibrillation auriculaire", c.ri(380, 620), c.ri(62, 74), c.ri(3, 12)],
            ["TVP / EP", c.ri(90, 180), c.ri(58, 70), c.ri(1, 6)],
            ["Valve mécanique", c.ri(40, 90), c.ri(55, 68), c.ri(1, 5)],
            ["Autres", c.ri(20, 60), c.ri(55, 72), c.ri(0, 3)]]
    header = ["Indication", "Patients actifs", "TTR moyen (%)", "RNI > 5"]
    body = [("p", "Bonjour,"),
            ("p", f"Statistiques du {q} pour la clinique d'anticoagulation (données agrégées, aucun renseignement nominatif) :"),
            ("table", header, rows),
            ("p", f"Nombre total de visites : {c.ri(2500, 4200)}. Délai moyen de rappel après un RNI critique : "
                  f"{c.ri(35, 90)} minutes.")] + c.sig("chef")
    atts = []
    if c.p(0.5):
        atts.append(Att("xlsx", f"Stats_anticoag_{q}.xlsx", A.make_xlsx([("Stats", header, rows)], c.dt.replace(tzinfo=None))))
    return Mail("statistiques", "statistiques trimestrielles agrégées", f"Statistiques {q} – clinique d'anticoagulation",
                c.a("chef"), [("Direction des services professionnels", "dsp@deuxrives.example")], body, atts=atts)


# --------------------------------------------------------------------------- 18. teaching case (de-identified)
def cas_clinique(c):
    age = c.ri(64, 88)
    sexe = c.ch(["Une femme", "Un homme"])
    inr = f"{c.ri(5, 8)},{c.ri(0, 9)}"
    body = [("p", "Bonjour aux résidents,"),
            ("p", "Cas pour la séance de jeudi (dénominalisé) :"),
            ("p", f"{sexe} de {age} ans, FA non valvulaire, sous warfarine 5 mg die depuis 6 ans, se présente avec un RNI "
                  f"de {inr} une semaine après le début de métronidazole pour une colite à C. difficile. Pas de saignement actif. "
                  f"Hb stable à {c.ri(110, 130)} g/L."),
            ("list", ["Quelle est votre conduite ?", "Faut-il donner de la vitamine K ? Par quelle voie ?",
                      "Comment auriez-vous pu prévenir cette situation ?"]),
            ("p", "Réponses discutées en séance. Référence : guide de pratique de la clinique, section 4.")] + c.sig("ph2")
    return Mail("cas_clinique", "cas clinique d'enseignement dénominalisé", c.ch(["Cas clinique – séance de jeudi",
                                                                                  "Enseignement : interaction warfarine"]),
                c.a("ph2"), [("Résidents en pharmacie", "residents-pharm@deuxrives.example")], body)


# --------------------------------------------------------------------------- 19. blank form
def formulaire_vierge(c):
    lines = ["Nom du patient : ______________________   Prénom : __________________",
             "NAM : ____ ____ ____      Date de naissance : ____/____/______   Sexe : [ ] F  [ ] M",
             "No de dossier : __________   Téléphone : (____) ____-______",
             "Indication : [ ] FA  [ ] TVP/EP  [ ] Valve mécanique  [ ] Autre : ________",
             "RNI cible : ______   Anticoagulant : [ ] warfarine  [ ] AOD : ________",
             "## Suivi",
             "Date | RNI | Dose hebdomadaire | Prochain RNI | Initiales",
             "_____ | ____ | ________________ | ___________ | _______"]
    k = c.ch(["pdf", "docx"])
    if k == "pdf":
        att = Att("pdf", "Formulaire_suivi_RNI_vierge.pdf", A.make_pdf("Feuille de suivi – anticoagulothérapie", lines,
                                                                         subtitle="Formulaire PH-120 (version 2024-02)"))
    else:
        att = Att("docx", "Feuille de suivi RNI (vierge).docx", A.make_docx("Feuille de suivi – anticoagulothérapie", lines,
                                                                            c.dt.replace(tzinfo=None)))
    body = [("p", "Bonjour,"),
            ("p", c.ch(["Voici la nouvelle version du formulaire de suivi (vierge). Merci de détruire les anciennes copies.",
                        "Formulaire vierge à imprimer pour les nouveaux patients.",
                        "Comme demandé, le gabarit vierge de la feuille de suivi."]))] + c.sig("inf1")
    return Mail("formulaire_vierge", "formulaire de suivi vierge", c.ch(["Formulaire de suivi RNI – nouvelle version",
                                                                         "Feuille de suivi vierge"]),
                c.a("inf1"), [("Clinique d'anticoagulation", "anticoag@deuxrives.example")], body, atts=[att])


# --------------------------------------------------------------------------- 20. mail-merge template
def gabarit_publipostage(c):
    tpl = ("Bonjour «Prénom» «Nom»,\n\nVotre prochain prélèvement pour le RNI est prévu le «Date_RNI» à «Heure» au "
           "«Lieu_prélèvement».\nVotre dose actuelle de warfarine : «Dose_hebdo» mg par semaine.\n"
           "NAM : «NAM»   Dossier : «No_dossier»\n\nEn cas de saignement, appelez la clinique au 819-555-0140.\n\n"
           "L'équipe de la clinique d'anticoagulation")
    body = [("p", "Bonjour Caroline,"),
            ("p", "Voici le gabarit de lettre de rappel pour le publipostage. Les champs entre chevrons sont remplis "
                  "automatiquement depuis l'extraction du système de rendez-vous."),
            ("pre", tpl),
            ("p", "Peux-tu faire un test avec des données fictives avant l'envoi ?")] + c.sig("inf1", full=False)
    atts = []
    if c.p(0.5):
        atts.append(Att("docx", "Gabarit_rappel_RNI.docx", A.make_docx("Lettre de rappel – RNI", tpl.split("\n"),
                                                                      c.dt.replace(tzinfo=None))))
    return Mail("gabarit_publipostage", "gabarit de publipostage avec champs vides", c.ch([
        "Gabarit – lettre de rappel RNI", "Publipostage rappels"]), c.a("inf1"), [c.a("adm1")], body, atts=atts)


# --------------------------------------------------------------------------- 21. research protocol
def protocole_recherche(c):
    n = c.ri(120, 300)
    body = [("p", "Bonjour,"),
            ("p", "Le comité d'éthique de la recherche a approuvé le protocole « Autotest du RNI à domicile chez les porteurs "
                  f"de valve mécanique : essai pragmatique » (CÉR-{c.date.year}-{c.ri(100, 999)})."),
            ("list", [f"Taille d'échantillon visée : {n} participants", "Critère principal : temps dans l'intervalle thérapeutique à 12 mois",
                      "Chercheur principal : Dr Antoine Mercier; co-chercheuse : Mme Karine Desrosiers",
                      "Recrutement : à partir du mois prochain, à la clinique seulement"]),
            ("p", "Aucune donnée nominative ne doit être transmise par courriel; utilisez le registre sécurisé de l'étude.")] + c.sig("md1")
    atts = []
    if c.p(0.5):
        atts.append(Att("pdf", "Resume_protocole.pdf", A.make_pdf("Résumé du protocole – autotest RNI", [
            "Devis : essai pragmatique randomisé, 2 bras.", f"Population : adultes porteurs de valve mécanique (n = {n}).",
            "Intervention : autotest hebdomadaire avec coagulomètre.", "Comparateur : suivi usuel en clinique.",
            "Analyse : intention de traiter."], author="Dr Antoine Mercier")))
    return Mail("protocole_recherche", "protocole de recherche approuvé sans participant identifié", c.ch([
        "Approbation CÉR – étude autotest RNI", "Protocole de recherche – autotest"]), c.a("md1"),
        [c.a("chef"), c.a("inf1"), c.a("ph2")], body, atts=atts)


# --------------------------------------------------------------------------- 22. staff news (birth, birthday)
def naissance(c):
    v = c.variant % 3
    if v in (0, 2):
        s = c.who(c.ch(["ph2", "atp4", "inf2"]))
        bd = c.day(-c.ri(1, 6), False)
        baby = c.ch(["Léa", "Mathis", "Florence", "Noah", "Rosalie"])
        body = [("p", "Bonjour à tous,"),
                ("p", f"C'est avec joie que nous vous annonçons la naissance de {baby}, né(e) le {G.fr_date(bd)} "
                      f"({bd.isoformat()}) à {c.ri(2, 11)} h {c.ri(10, 59)}, {c.ri(2, 4)},{c.ri(1, 9)} kg. "
                      f"{s.given} et le bébé se portent bien."),
                ("p", "Une carte circule au poste des ATP si vous voulez écrire un petit mot.")] + c.sig("adm1", full=False)
        subj = f"Bienvenue {baby} !"
    else:
        s = c.who(c.ch(["atp1", "ph1", "buy"]))
        bd = datetime.date(c.date.year - c.ri(30, 60), c.date.month, min(28, c.date.day + 2))
        body = [("p", "Psst…"),
                ("p", f"{s.given} {s.surname} fête ses {c.date.year - bd.year} ans le {G.fr_date(bd.replace(year=c.date.year))} "
                      f"(né(e) le {bd.isoformat()}, on a vérifié !). Gâteau à la salle de pause à 14 h 30."),
                ("p", "Contribution volontaire de 5 $ pour le cadeau, à remettre à Caroline.")] + c.sig("adm1", full=False)
        subj = "Anniversaire surprise – chut !"
    return Mail("naissance", "nouvelle sociale du personnel avec date de naissance", subj, c.a("adm1"),
                [("Pharmacie – tous", "pharmacie@deuxrives.example")], body)


# --------------------------------------------------------------------------- 23. wholesaler order confirmation
def confirmation_commande(c):
    items = c.rng.sample(PRODUCTS, c.ri(3, 7))
    po = f"BC-{c.ri(40000, 49999)}"
    rows = []
    for p in items:
        q = c.ri(2, 30)
        status = c.ch(["Expédié", "Expédié", "Rupture – retour prévu " + c.day(c.ri(7, 40), False).isoformat(),
                       "Partiel", "Substitué"])
        rows.append([din(c), p[0], str(q), status, lot(c) if status.startswith("Exp") else ""])
    body = [("p", "Bonjour,"),
            ("p", f"Confirmation de votre commande {po}. Livraison prévue le {G.fr_date(c.day(1))} entre 6 h et 9 h."),
            ("table", ["DIN", "Produit", "Qté", "Statut", "Lot"], rows),
            ("p", "Les produits en rupture seront expédiés automatiquement à leur retour, sauf avis contraire.")] + c.sig("rep")
    return Mail("confirmation_commande", "confirmation de commande du grossiste avec ruptures", c.ch([
        f"Confirmation de commande {po}", f"RE: Commande {po}"]), c.a("rep"), [c.a("buy")], body,
        reply_to_id=reply_id(c, "deuxrives.example") if c.p(0.5) else None)


TEMPLATES = [
    ("bon_commande", bon_commande, 4),
    ("inventaire", inventaire, 4),
    ("informatique", informatique, 4),
    ("installations", installations, 4),
    ("statistiques", statistiques, 4),
    ("cas_clinique", cas_clinique, 4),
    ("formulaire_vierge", formulaire_vierge, 4),
    ("gabarit_publipostage", gabarit_publipostage, 4),
    ("protocole_recherche", protocole_recherche, 4),
    ("naissance", naissance, 3),
    ("confirmation_commande", confirmation_commande, 4),
]
