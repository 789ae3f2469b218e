"""Negative messages, French: vendors, IT, facilities, statistics, teaching, blank forms, research."""
import datetime

from stdnum import luhn

from gen_common import d_fr, day_fr, DOM, ORG_FR, CLINIC_ADDR_FR, fullwidth
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes
from gen_tpl import staff, ext_person, disp, sig, quote, spec, plus, at, earlier

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def luhn_serial(c, n):
    body = "%d" % c.randint(1, 9) + "".join(str(c.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def bn_number(c):
    return luhn_serial(c, 9)


def facture(c, env):
    fo = ext_person(c, "fr", c.pick(["ambulance", "pharmacie"]), "comptes clients")
    fo.org = c.pick(["Interprètes Rive-Sud inc.", "Sécurité Gardien Plus inc.", "Transport adapté Rive-Nord"])
    fo.email = "facturation@" + fo.domain
    acc = staff(c, "fr", "achat", unit="Comptes fournisseurs")
    no = "F-%06d" % c.randint(1000, 999999)
    tps, tvq = bn_number(c), "%010d" % c.randint(1000000000, 1299999999)
    rows = [["%s" % d_fr(plus(env, -c.randint(1, 30)), "iso"), c.pick(["Agent de sécurité – surveillance constante 4 Sud (12 h)", "Interprétation (mandarin) – audience",
                                                                          "Transport sécurisé – palais de justice", "Agent de sécurité – escorte"]),
             "%d,00 $" % c.randint(180, 720)] for _ in range(c.randint(3, 6))]
    lines = ["# %s" % fo.org, "Facture no %s    Date : %s" % (no, d_fr(env.date.date(), "iso")),
             "Client no : %d – %s, Département de psychiatrie" % (c.randint(1000, 99999), ORG_FR), "Bon de commande : BC-%d" % c.randint(400000, 499999)] + \
            ["%s   %s   %s" % tuple(r) for r in rows] + ["TPS no %s RT0001   TVQ no %s TQ0001" % (tps, tvq), "Payable en 30 jours."]
    att = [{"name": "Facture_%s.pdf" % no, "ctype": "application/pdf", "data": pdf_bytes("Facture", lines)}]
    body = ["Bonjour,", "Veuillez trouver ci-jointe notre facture %s pour les services rendus en %s." % (no, ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][env.date.month - 1]),
            "Numéros de taxes : TPS %s RT0001, TVQ %s TQ0001." % (tps, tvq), sig(fo, c, "fr")]
    return spec(c, "fr", "facture", "facture de fournisseur", (fo.org, fo.email), [(disp(acc, c, "fr"), acc.email)], "Facture %s" % no, body, env.date, attachments=att)


def bon_commande(c, env):
    ach = staff(c, "fr", "achat", unit="Approvisionnement")
    chef = staff(c, "fr", "chef")
    po = "BC-%d" % c.randint(400000, 499999)
    items = [["Ensemble de contention 4 points (taille M)", "CT-4P-M", luhn_serial(c, 9), 4, "389,00 $"],
             ["Ceinture abdominale magnétique", "CT-ABD", luhn_serial(c, 9), 6, "212,50 $"],
             ["Matelas de salle d'isolement anti-déchirure", "MI-200", luhn_serial(c, 10), 2, "645,00 $"],
             ["Radio portative – bouton panique", "RP-7", luhn_serial(c, 10), 10, "310,00 $"]]
    data = xlsx_bytes([("Bon de commande", ["Article", "Code", "No de série", "Qté", "Prix unitaire"], items)])
    body = ["Bonjour %s," % chef.given, "Le bon de commande %s a été émis. Les numéros de série sont consignés pour l'inventaire des actifs (voir fichier)." % po,
            "Livraison prévue le %s au quai de réception B." % d_fr(plus(env, 12), "long"), sig(ach, c, "fr")]
    return spec(c, "fr", "bon_commande", "bon de commande d'équipement", (disp(ach, c, "fr"), ach.email), [(disp(chef, c, "fr"), chef.email)],
                "Bon de commande %s – équipement sécurité" % po, body, env.date, attachments=[{"name": "%s.xlsx" % po, "ctype": XLSX, "data": data}])


def inventaire(c, env):
    ph = staff(c, "fr", "pharm")
    asi = staff(c, "fr", "asi")
    rows = [["Halopéridol 5 mg/mL inj.", "%s%d%s%d" % (c.pick("ABK"), c.randint(1, 9), c.pick("KLMX"), c.randint(1000, 9999)), "2026-0%d" % c.randint(1, 9), c.randint(4, 12)],
            ["Lorazépam 4 mg/mL inj.", "L%d" % c.randint(10000, 99999), "2025-1%d" % c.randint(0, 2), c.randint(4, 12)],
            ["Olanzapine 10 mg inj.", "OL%d" % c.randint(1000, 9999), "2026-0%d" % c.randint(1, 9), c.randint(2, 8)],
            ["Loxapine 50 mg/mL inj.", "X%d" % c.randint(10000, 99999), "2025-12", c.randint(0, 3)],
            ["Benztropine 1 mg/mL inj.", "B%d" % c.randint(1000, 9999), "2027-02", c.randint(3, 6)]]
    body = ["Bonjour %s," % asi.given, "Inventaire du cabinet de médication d'urgence (agitation) du 4 Nord fait ce matin :",
            ("table", ["Produit", "Lot", "Exp.", "Qté"], rows),
            "La loxapine est sous le seuil minimal; commande placée. Merci de retourner les fioles entamées à la pharmacie.", sig(ph, c, "fr")]
    return spec(c, "fr", "inventaire", "inventaire du cabinet de médication d'urgence", (disp(ph, c, "fr"), ph.email), [(disp(asi, c, "fr"), asi.email)],
                "Inventaire – médication d'urgence 4N", body, env.date)


def rupture(c, env):
    ph = staff(c, "fr", "pharm", unit="Département de pharmacie")
    body = ["AVIS DE RUPTURE D'APPROVISIONNEMENT", "Produit : loxapine injectable 50 mg/mL (DIN %08d)" % c.randint(2000000, 2499999),
            "Durée estimée : jusqu'au %s." % d_fr(plus(env, c.randint(30, 90)), "long"),
            "Alternatives recommandées pour l'agitation aiguë : olanzapine 10 mg IM (ne pas combiner avec une benzodiazépine IM dans l'heure), "
            "ou halopéridol 5 mg IM + lorazépam 2 mg IM.",
            "Les ordonnances PRN existantes seront converties par la pharmacie; aucune action requise des prescripteurs.", sig(ph, c, "fr")]
    return spec(c, "fr", "rupture", "avis de rupture de médicament", (disp(ph, c, "fr"), ph.email), [("Prescripteurs – psychiatrie", "prescripteurs.psy@" + DOM)],
                "Rupture – loxapine injectable", body, env.date, transport={"body": c.pick(["html", "alt", "plain"])})


def rappel_produit(c, env):
    gr = staff(c, "fr", "coord", unit="Gestion des risques")
    lots = [luhn_serial(c, 10) for _ in range(3)]
    body = ["Bonjour,", "Avis de rappel du fabricant : ceintures de contention modèle SX-20, fermoir magnétique pouvant se désengager.",
            "Lots visés : %s." % ", ".join(lots), "Numéro de rappel Santé Canada : RA-%d." % c.randint(60000, 79999),
            "Merci de vérifier vos unités et de retirer les ceintures visées d'ici vendredi; le remplacement est assuré par le fournisseur.",
            sig(gr, c, "fr")]
    return spec(c, "fr", "rappel_produit", "avis de rappel de matériel", (disp(gr, c, "fr"), gr.email), [("Chefs d'unité", "chefs.unites@" + DOM)],
                "RAPPEL – ceintures de contention SX-20", body, env.date)


def ti(c, env):
    t = staff(c, "fr", "ti", unit="Direction des ressources informationnelles")
    d = plus(env, c.randint(2, 10))
    v = c.randint(0, 2)
    if v == 0:
        body = ["Bonjour,", "Interruption planifiée du dossier clinique informatisé (DCI) %s de 1 h à 4 h." % day_fr(d),
                "Pendant l'interruption, utiliser les formulaires papier (FADM, notes d'évolution) disponibles dans le cartable de contingence de chaque unité.",
                "Billet de changement : CHG%07d." % c.randint(100000, 9999999), sig(t, c, "fr")]
        subj = "Interruption planifiée DCI – %s" % d_fr(d, "iso")
    elif v == 1:
        body = ["Bonjour,", "Votre billet INC%07d est résolu : l'imprimante du poste 4 Nord (série %s) a été remplacée." % (c.randint(100000, 9999999), luhn_serial(c, 9)),
                "Si le problème persiste, répondez à ce courriel.", sig(t, c, "fr")]
        subj = "Billet résolu – imprimante 4 Nord"
    else:
        body = ["Bonjour,", "Rappel : votre mot de passe expire dans 5 jours. Ne communiquez jamais votre mot de passe par courriel ou téléphone.",
                "Le service de soutien ne vous demandera jamais vos identifiants.", sig(t, c, "fr")]
        subj = "Expiration de votre mot de passe"
    return spec(c, "fr", "ti", "message des technologies de l'information", (disp(t, c, "fr"), t.email), [("Utilisateurs psychiatrie", "usagers.psy@" + DOM)],
                subj, body, env.date, transport={"body": c.pick(["html", "alt", "plain"])})


def installations(c, env):
    ins = staff(c, "fr", "inst", unit="Services techniques")
    d = plus(env, c.randint(1, 8))
    body = ["Bonjour,", c.pick(["Travaux de remplacement de la porte de la salle d'isolement 4S-02 %s de 8 h à 15 h. La salle 4S-03 devra être utilisée." % day_fr(d),
                              "Essai du système d'alarme incendie au Pavillon Lavigne %s à 10 h. Les portes verrouillées demeureront fermées." % day_fr(d),
                              "Réparation du système d'appel de détresse (boutons panique) de l'unité 3C %s; radios portatives à prévoir." % day_fr(d)]),
            "Merci d'aviser vos équipes. Pour toute question : poste 4321.", sig(ins, c, "fr")]
    return spec(c, "fr", "installations", "avis des services techniques", (disp(ins, c, "fr"), ins.email), [("ASI psychiatrie", "asi.psychiatrie@" + DOM)],
                c.pick(["Travaux – salle d'isolement", "Avis : essai d'alarme", "Travaux planifiés"]), body, env.date)


def statistiques(c, env):
    an = staff(c, "fr", "coord", unit="Qualité et performance")
    mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin"]
    rows = [[m, c.randint(20, 45), c.randint(8, 25), c.randint(5, 18), c.randint(10, 30), "%d,%d" % (c.randint(12, 25), c.randint(0, 9))] for m in mois]
    hdr = ["Mois", "Gardes préventives", "Gardes provisoires", "Gardes autorisées", "Codes blancs", "DMS (jours)"]
    body = ["Bonjour,", "Voici les indicateurs semestriels du programme de santé mentale (données agrégées, aucune donnée nominative).",
            "Faits saillants : hausse de 12 % des codes blancs au 4 Sud; recours à la contention en baisse de 18 %; DMS stable."]
    att = []
    if c.chance(0.5):
        att = [{"name": "indicateurs_sante_mentale_S1.csv", "ctype": "text/csv", "charset": "utf-8",
                "data": csv_bytes(hdr, rows, delimiter=";"), "cte": c.pick(["base64", "quoted-printable", "8bit"])}]
    else:
        body.append(("table", hdr, rows))
    body.append(sig(an, c, "fr"))
    return spec(c, "fr", "statistiques", "indicateurs agrégés", (disp(an, c, "fr"), an.email), [("Direction santé mentale", "direction.sm@" + DOM)],
                "Indicateurs semestriels – santé mentale", body, env.date, attachments=att)


def cas_enseignement(c, env):
    psy = staff(c, "fr", "psy")
    age = c.randint(22, 45)
    body = ["Bonjour aux résidents,", "Cas pour le séminaire de jeudi (dénominalisé) :",
            "Homme de %d ans, sans antécédent judiciaire, amené par les policiers après avoir agressé un inconnu dans le métro. "
            "Hallucinations auditives depuis 6 mois, consommation quotidienne de cannabis. Diagnostic retenu : schizophrénie. "
            "Reçu halopéridol 5 mg + lorazépam 2 mg IM à l'urgence. Question : aptitude à subir son procès et non-responsabilité criminelle — "
            "quels éléments rechercher à l'entrevue?" % age,
            "Lectures : art. 16 et 672.11 C.cr.; lignes directrices de l'AAPL.", sig(psy, c, "fr", full=False)]
    return spec(c, "fr", "cas_enseignement", "cas d'enseignement dénominalisé", (disp(psy, c, "fr"), psy.email), [("Résidents psychiatrie", "residents.psy@" + DOM)],
                "Séminaire jeudi – cas à préparer", body, env.date)


def formulaire_vierge(c, env):
    ag = staff(c, "fr", "agad")
    paras = ["# Autorisation de sortie temporaire", "Nom du patient : ______________________", "No de dossier : ____________   DDN : ____/____/______",
             "NAM : ____ ____ ____", "Statut légal : □ volontaire  □ garde  □ NRC (Commission d'examen)",
             "Type de sortie : □ terrain  □ accompagnée  □ non accompagnée   Durée : ______", "Conditions : ____________________________________",
             "Signature du psychiatre : ______________________  Date : ____________"]
    att = [{"name": "Formulaire_sortie_temporaire_vierge.docx", "ctype": DOCX, "data": docx_bytes("Formulaire – sortie temporaire", paras)}]
    body = ["Bonjour,", "Nouvelle version du formulaire d'autorisation de sortie temporaire (version 2025-03). Merci de détruire les anciennes copies.",
            sig(ag, c, "fr")]
    return spec(c, "fr", "formulaire_vierge", "formulaire vierge", (disp(ag, c, "fr"), ag.email), [("Personnel 4 Nord", "personnel.4nord@" + DOM)],
                "Nouveau formulaire – sortie temporaire", body, env.date, attachments=att)


def gabarit(c, env):
    ag = staff(c, "fr", "agad", unit="clinique externe")
    tmpl = ["Objet : Rappel de votre rendez-vous", "Bonjour «Prénom» «Nom»,",
            "Nous vous rappelons votre rendez-vous à la clinique externe de psychiatrie le «Date_RV» à «Heure_RV» avec «Intervenant».",
            "Numéro de dossier : «No_dossier»", "Pour annuler, appelez le 819-555-0100 au moins 24 h à l'avance.", "", "Clinique externe de psychiatrie – " + CLINIC_ADDR_FR]
    body = ["Bonjour,", "Voici le gabarit de publipostage pour les rappels de rendez-vous (à fusionner avec l'extraction de l'agenda) :",
            ("pre", "\n".join(tmpl)), "Ne pas modifier les champs entre « ».", sig(ag, c, "fr")]
    return spec(c, "fr", "gabarit", "gabarit de publipostage", (disp(ag, c, "fr"), ag.email), [("Clinique externe psychiatrie", "clinique.externe@" + DOM)],
                "Gabarit – rappels de RV", body, env.date)


def protocole_recherche(c, env):
    ch = staff(c, "fr", "psy")
    body = ["Chers collègues,", "Le comité d'éthique a approuvé le projet PSY-2025-%03d : « Antipsychotiques injectables à action prolongée après une ordonnance d'autorisation de soins : adhésion à 12 mois »." % c.randint(1, 200),
            "Critères d'inclusion : 18–65 ans, schizophrénie ou trouble schizo-affectif, autorisation de soins en vigueur. Exclusion : grossesse, NRC.",
            "Recrutement visé : 120 participants sur 2 ans. Aucun participant n'est encore inscrit; la coordonnatrice vous contactera pour les modalités.",
            sig(ch, c, "fr")]
    return spec(c, "fr", "protocole_recherche", "annonce de protocole de recherche", (disp(ch, c, "fr"), ch.email), [("Médecins – psychiatrie", "medecins.psy@" + DOM)],
                "Projet de recherche approuvé – AAP et autorisation de soins", body, env.date)


def cetm_calendrier(c, env):
    cetm = ext_person(c, "fr", "cetm", "agente de greffe")
    start = plus(env, c.randint(10, 20))
    rows = [[d_fr(start + datetime.timedelta(days=7 * i), "iso"), c.pick(["salle 1.08", "visioconférence", "Pavillon Lavigne, L-010"]), c.randint(3, 9)] for i in range(6)]
    body = ["Bonjour,", "Voici le calendrier des journées d'audience de la Commission d'examen au Pavillon Lavigne pour le prochain trimestre :",
            ("table", ["Date", "Lieu", "Nombre d'audiences"], rows), "Les rôles nominatifs seront transmis séparément par le canal sécurisé, 10 jours avant chaque journée.",
            sig(cetm, c, "fr")]
    return spec(c, "fr", "cetm_calendrier", "calendrier des journées d'audience", (disp(cetm, c, "fr"), cetm.email), [("Psychiatrie légale", "psychiatrie.legale@" + DOM)],
                "Calendrier des audiences – prochain trimestre", body, env.date)


TEMPLATES = [facture, bon_commande, inventaire, rupture, rappel_produit, ti, installations, statistiques, cas_enseignement,
             formulaire_vierge, gabarit, protocole_recherche, cetm_calendrier]
