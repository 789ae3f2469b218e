"""French-Canadian non-confidential messages (hard negatives), part 2."""

import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Mail, earlier, ext, inner_eml, who
from gen_common import ORG, STAFF, fdate, fr_day, later, signature, staff_addr, staff_name
from gen_mime import html_table, text_table
from gen_neg_fr import serial_luhn, sig

L = "fr"


# ------------------------------------------------------------------ 10 purchase order

def purchase(ctx, v):
    ctx.category = "purchase_order"
    ctx.note = "bon de commande d'équipement"
    po = "BC-%06d" % ctx.rng.randint(100000, 999999)
    items = [
        ["Pompe d'alimentation entérale", 6, "1 240,00 $"],
        ["Nasofibroscope flexible 3,1 mm", 1, "9 850,00 $"],
        ["Stimulateur électrique neuromusculaire (déglutition)", 2, "3 400,00 $"],
        ["Chaise de positionnement pour VFSS", 1, "7 995,00 $"],
        ["Tablette de communication (CAA) avec étui", 4, "899,00 $"],
        ["Balance-chaise pour pesée", 2, "2 150,00 $"],
    ]
    ctx.rng.shuffle(items)
    rows = [["Article", "Qté", "Prix unitaire", "No de série prévu / no d'actif"]]
    for it in items[:3 + v % 2]:
        rows.append(it + ["SN %s / ACT-%s" % (serial_luhn(ctx.rng, 9), serial_luhn(ctx.rng, 6))])
    text = ("Bonjour,\n\nVoici le bon de commande %s approuvé (centre de coûts 6140 - Réadaptation). "
            "Livraison au quai de réception, à l'attention de Patrick Lévesque.\n\n%s\n\n"
            "Les numéros de série seront inscrits au registre des actifs à la réception.\n\n%s" % (
                po, text_table(rows), sig("mgr")))
    m = Mail(ctx, who("mgr", L), [("Approvisionnement", "approvisionnement@" + ORG["dom"])],
             ["Bon de commande %s" % po, "BC approuvé - équipement déglutition", "Commande pompes NE",
              "%s - approuvé" % po, "Achat équipement clinique"][v], text, mode="plain" if v != 2 else "alt")
    if v in (1, 3):
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([(po, rows)], "Julie Desrochers", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 13)),
                 "%s.xlsx" % po)
    return m


# ------------------------------------------------------------------ 11 inventory / equipment register

def inventory(ctx, v):
    ctx.category = "inventory"
    ctx.note = "inventaire du matériel et des produits de la clinique"
    rows = [["Local", "Article", "No de série / lot", "Expiration", "Qté"]]
    arts = ["Baryum liquide (suspension) 250 mL", "Baryum en pâte 454 g", "Épaississant gomme xanthane",
            "Nasofibroscope 3,1 mm", "Source lumineuse LED", "Pompe NE", "Tubulures ENFit",
            "Cuillères graduées IDDSI", "Trousse d'évaluation de la déglutition"]
    for a in ctx.rng.sample(arts, 6):
        lot = ctx.pick([serial_luhn(ctx.rng, 9), serial_luhn(ctx.rng, 10), "LOT" + serial_luhn(ctx.rng, 8),
                        serial_luhn(ctx.rng, 11)])
        exp = fdate(later(ctx.day, ctx.rng, 60, 700), "iso") if "Baryum" in a or "paississ" in a or "Tub" in a else "-"
        rows.append([ctx.pick(["B-214", "B-216", "Radiologie 3", "Entrepôt 2"]), a, lot, exp, ctx.rng.randint(1, 40)])
    text = ("Bonjour,\n\nInventaire trimestriel de la clinique de déglutition complété ce matin. "
            "Trois produits expirent avant la fin du trimestre ; commande à prévoir.\n\n%s\n\nPatrick" % (
                text_table(rows) if v in (0, 3) else "Fichier joint."))
    m = Mail(ctx, who("tech", L), [who("mgr", L), who("slp2", L)],
             ["Inventaire T%d" % ((ctx.day.month - 1) // 3 + 1), "inventaire clinique déglutition",
              "Registre des équipements", "Produits à commander", "Inventaire - baryum et épaississants"][v],
             text)
    if v in (1, 4):
        m.attach_text("text/csv", make_csv(rows, sep=";"), "inventaire.csv", charset="windows-1252")
    elif v == 2:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Inventaire", rows)], "Patrick Lévesque", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 11)),
                 "Registre_équipements.xlsx")
    return m


# ------------------------------------------------------------------ 12 IT

def it(ctx, v):
    ctx.category = "it"
    it_from = ("Centre de services TI", "servicesti@" + ORG["dom"])
    if v == 0:
        ctx.note = "avis de maintenance du logiciel de nutrition"
        d = later(ctx.day, ctx.rng)
        text = ("AVIS DE MAINTENANCE\n\nLe logiciel de gestion des diètes et le module de nutrition "
                "du dossier clinique informatisé seront indisponibles le %s de 22 h à 2 h.\n"
                "Procédure dégradée : utiliser les formulaires papier de requête de diète (formulaire "
                "AH-212) et les transmettre par téléc. au 819-555-0188.\n\nCentre de services TI - poste 1900" % fr_day(d))
        return Mail(ctx, it_from, [("Tout le personnel", "tous@" + ORG["dom"])], "Maintenance - logiciel de diètes",
                    text, mode="html")
    if v == 1:
        ctx.note = "alerte d'hameçonnage avec exemple joint"
        ph = inner_eml(ctx, ("Service Paie Office365", "no-reply@paie-securise.example"),
                       [("", "tous@" + ORG["dom"])], "Action requise : confirmez votre dépôt direct",
                       "Votre dépôt direct sera suspendu. Cliquez ici pour confirmer vos informations "
                       "bancaires : http://paie-securise.example/login\n", earlier(ctx.dt, ctx.rng, (1, 6)))
        text = ("Bonjour,\n\nPlusieurs employés ont reçu le courriel frauduleux ci-joint. Ne cliquez pas sur "
                "le lien et ne fournissez aucune information. Si vous avez cliqué, changez votre mot de "
                "passe et appelez le poste 1900.\n\nSécurité de l'information")
        m = Mail(ctx, ("Sécurité de l'information", "securite.info@" + ORG["dom"]),
                 [("Tout le personnel", "tous@" + ORG["dom"])], "ALERTE - Hameçonnage en cours", text)
        m.attach_eml(ph, "exemple_courriel_frauduleux.eml")
        return m
    if v == 2:
        ctx.note = "réponse du soutien TI à un billet"
        t = "INC%07d" % ctx.rng.randint(1000000, 9999999)
        text = ("Bonjour Mélanie,\n\nVotre billet %s (imprimante de la clinique B-214 hors ligne) est "
                "résolu : le pilote a été réinstallé et l'imprimante porte maintenant le nom "
                "IMP-B214-01 (no de série %s).\n\nSi le problème revient, répondez à ce courriel.\n\n"
                "Benoît Gravel\nCentre de services TI" % (t, serial_luhn(ctx.rng, 10)))
        return Mail(ctx, who("it", L), [who("slp1", L)], "[%s] Résolu - imprimante B-214" % t, text)
    if v == 3:
        ctx.note = "carte de contact d'un technicien TI"
        text = ("Bonjour,\n\nComme discuté, je serai votre répondant pour le déploiement des tablettes "
                "de communication (CAA). Ma carte est jointe.\n\nBenoît")
        m = Mail(ctx, who("it", L), [who("slp2", L), who("slp3", L)], "Répondant TI - tablettes CAA", text)
        m.attach_text("text/vcard", make_vcard("Benoît", "Gravel", org=ORG["name_fr"], title="Technicien TI",
                                               phones=[("WORK", "819-555-0140 poste 1900"), ("CELL", "819-555-0191")],
                                               email=staff_addr("it")), "Benoît Gravel.vcf")
        return m
    ctx.note = "changement de mot de passe obligatoire"
    text = ("Bonjour,\n\nDans le cadre de la politique de sécurité, tous les mots de passe doivent être "
            "changés avant le %s. Utilisez le portail libre-service. Rappel : le service TI ne vous "
            "demandera jamais votre mot de passe par courriel.\n\nCentre de services TI" %
            fdate(later(ctx.day, ctx.rng), "fr_long"))
    return Mail(ctx, it_from, [("Tout le personnel", "tous@" + ORG["dom"])], "Changement de mot de passe obligatoire",
                text, mode="alt")


# ------------------------------------------------------------------ 13 facilities

def facilities(ctx, v):
    ctx.category = "facilities"
    ctx.note = "avis des services techniques"
    d = later(ctx.day, ctx.rng)
    msgs = [
        ("Travaux - cuisine centrale", "Des travaux de remplacement des hottes de la cuisine centrale "
         "auront lieu du %s au %s. Les plateaux des unités seront préparés à la cuisine satellite ; "
         "les diètes à texture modifiée (IDDSI 4 et 5) restent disponibles." % (
             fdate(d, "fr_long"), fdate(d + datetime.timedelta(days=4), "fr_long"))),
        ("Salle de radiologie 3 fermée", "La salle de radiologie 3 (VFSS) sera fermée le %s pour "
         "l'inspection annuelle de radioprotection. Les examens sont reportés au lendemain." % fr_day(d)),
        ("Exercice d'évacuation", "Un exercice d'évacuation incendie (code rouge) aura lieu au pavillon B "
         "le %s en avant-midi. Les cliniques externes poursuivent leurs activités." % fr_day(d)),
        ("Ascenseur 4 hors service", "L'ascenseur 4 du pavillon B est hors service jusqu'au %s. Pour le "
         "transport des chariots alimentaires, utilisez l'ascenseur de service 6." % fdate(d, "fr_long")),
        ("Coupure d'eau chaude", "Coupure d'eau chaude au 2e étage du pavillon B le %s de 6 h à 9 h." % fr_day(d)),
    ]
    subj, body = msgs[v]
    text = "Bonjour,\n\n%s\n\nMerci de votre compréhension.\n\n%s" % (body, sig("fac"))
    return Mail(ctx, who("fac", L), [("Tout le personnel - pavillon B", "pavillonb@" + ORG["dom"])], subj, text,
                mode=["plain", "alt", "html", "plain", "plain"][v])


# ------------------------------------------------------------------ 14 aggregate statistics

def stats(ctx, v):
    ctx.category = "statistics"
    ctx.note = "statistiques agrégées d'activité"
    q = (ctx.day.month - 1) // 3 + 1
    rows = [["Indicateur", "T%d %d" % (q, ctx.day.year), "T%d %d" % (q, ctx.day.year - 1)],
            ["Évaluations cliniques de déglutition", ctx.rng.randint(300, 480), ctx.rng.randint(280, 450)],
            ["VFSS réalisées", ctx.rng.randint(40, 90), ctx.rng.randint(40, 90)],
            ["FEES réalisées", ctx.rng.randint(10, 35), ctx.rng.randint(5, 30)],
            ["Usagers dépistés à risque de dénutrition (%)", "%d %%" % ctx.rng.randint(28, 41), "%d %%" % ctx.rng.randint(25, 40)],
            ["Pneumonies d'aspiration (unités de soins)", ctx.rng.randint(8, 20), ctx.rng.randint(8, 24)],
            ["Délai moyen avant évaluation (jours)", "%.1f" % ctx.rng.uniform(1.2, 3.5), "%.1f" % ctx.rng.uniform(1.5, 4.5)],
            ["Usagers en NE à domicile", ctx.rng.randint(40, 70), ctx.rng.randint(35, 65)]]
    text = ("Bonjour,\n\nVoici les indicateurs du trimestre pour le tableau de bord de la direction. "
            "Données agrégées, aucune donnée nominative.\n\n%s\n\nJulie" % (
                text_table([[str(c) for c in r] for r in rows]) if v in (0, 2) else "Voir le fichier joint."))
    m = Mail(ctx, who("mgr", L), [("Direction des services multidisciplinaires", "dsm@" + ORG["dom"])],
             ["Indicateurs T%d - réadaptation" % q, "Tableau de bord - dysphagie et nutrition",
              "stats trimestre", "Statistiques d'activité", "Indicateurs de qualité T%d" % q][v], text,
             mode="plain" if v != 2 else "html")
    if v == 1:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Indicateurs", rows)], "Julie Desrochers", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 9)),
                 "indicateurs_T%d.xlsx" % q)
    elif v == 3:
        m.attach_text("text/csv", make_csv(rows), "stats_T%d.csv" % q)
    elif v == 4:
        m.attach("application/pdf", make_pdf("Indicateurs de qualité - T%d" % q, [("table", rows)], author="Julie Desrochers"),
                 "indicateurs.pdf")
    return m


# ------------------------------------------------------------------ 15 de-identified teaching case

def teaching(ctx, v):
    ctx.category = "teaching_case"
    ctx.note = "cas clinique dépersonnalisé pour l'enseignement"
    cases = [
        "Homme de 72 ans, AVC ischémique sylvien gauche il y a 10 jours. Toux aux liquides clairs, "
        "voix mouillée. VFSS : pénétration laryngée (PAS 5) aux liquides clairs, aucune aspiration avec "
        "liquides légèrement épaissis. Question : quelles recommandations et quel suivi proposez-vous?",
        "Femme de 84 ans, démence modérée, perte de 11 % du poids en 3 mois, albumine 28 g/L. Refus "
        "alimentaire partiel. Question : quels critères GLIM sont remplis et quelle intervention priorisez-vous?",
        "Garçon de 4 ans, vocabulaire expressif d'environ 50 mots, bonne compréhension. Question : "
        "quels éléments d'anamnèse et quels outils d'évaluation choisir?",
        "Patient de 58 ans, néo de l'oropharynx traité par chimioradiothérapie, dysphagie tardive. "
        "Question : place des exercices préventifs et de la GPE prophylactique?",
        "Femme de 45 ans, anorexie mentale, IMC 14,9, phosphore 0,62 mmol/L au jour 2 de renutrition. "
        "Question : comment ajuster les apports?",
    ]
    text = ("Bonjour à tous,\n\nPour le club de lecture / discussion de cas de jeudi (%s), voici le "
            "cas dépersonnalisé :\n\n« %s »\n\nLectures suggérées sur le site de formation.\n\n%s" % (
                fdate(later(ctx.day, ctx.rng), "fr_long"), cases[v], sig(["slp2", "diet1", "slp3", "diet3", "diet1"][v])))
    m = Mail(ctx, who(["slp2", "diet1", "slp3", "diet3", "diet1"][v], L),
             [("Stagiaires et équipe", "stagiaires.readaptation@" + ORG["dom"])],
             ["Discussion de cas - jeudi", "Cas clinique pour les stagiaires", "cas de la semaine",
              "Club de lecture - cas", "Cas à préparer"][v], text, mode=["plain", "alt", "plain", "html", "plain"][v])
    if v == 4:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx("Cas clinique (dépersonnalisé)", [cases[v], "Questions de discussion : 1) ... 2) ..."],
                           "Isabelle Veilleux", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 7)),
                 "cas_clinique.docx")
    return m


# ------------------------------------------------------------------ 16 blank forms / mail-merge templates

def blank_form(ctx, v):
    ctx.category = "blank_form"
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 14)
    if v in (0, 1, 2):
        ctx.note = "formulaire vierge de demande de consultation"
        kv = [("Nom de l'usager", "______________________"), ("NAM", "____ ____ ____"),
              ("Date de naissance", "AAAA-MM-JJ"), ("Sexe", "F [ ]  M [ ]  X [ ]"),
              ("No de dossier", "___________"), ("Motif de consultation", ""),
              ("Diagnostic(s)", ""), ("Médication actuelle", ""), ("Signature du référent", "")]
        text = ("Bonjour,\n\nLa nouvelle version du formulaire de demande de consultation en %s "
                "(version %d.%d) est jointe. Merci de détruire les anciennes copies.\n\n%s" % (
                    ["orthophonie", "nutrition clinique", "clinique de déglutition"][v], ctx.rng.randint(2, 5),
                    ctx.rng.randint(0, 9), sig("mgr")))
        m = Mail(ctx, who("mgr", L), [("Chefs d'unité", "chefs.unites@" + ORG["dom"])],
                 "Nouveau formulaire de demande de consultation", text)
        if v == 0:
            m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     make_docx("Demande de consultation - orthophonie", [("kv", kv)], "Julie Desrochers", when),
                     "Formulaire_consultation_orthophonie.docx")
        elif v == 1:
            m.attach("application/pdf", make_pdf("Demande de consultation - nutrition clinique", [("kv", kv)],
                                                 author="Julie Desrochers"), "formulaire_nutrition_vierge.pdf")
        else:
            z = make_zip([("formulaires/consultation_deglutition.docx",
                           make_docx("Demande de consultation - clinique de déglutition", [("kv", kv)], "Julie Desrochers", when)),
                          ("formulaires/LISEZMOI.txt", "Formulaires vierges - version en vigueur.\n".encode("utf-8"))], when)
            m.attach("application/zip", z, "formulaires_vierges.zip")
        return m
    ctx.note = "gabarit de lettre de publipostage"
    tpl = ("Bonjour «Prénom» «Nom»,\n\nNous vous confirmons votre rendez-vous à la clinique de "
           "déglutition le «Date_RV» à «Heure_RV», local B-214.\nVeuillez apporter la liste de vos "
           "médicaments et votre carte d'assurance maladie (NAM : «NAM»).\n\n«Signature»")
    text = ("Bonjour Nicole,\n\nVoici le gabarit de publipostage corrigé pour les lettres de "
            "convocation. Les champs entre « » sont remplis automatiquement à partir de l'agenda.\n\n"
            "----- GABARIT -----\n%s\n-------------------\n\nChantal" % tpl)
    m = Mail(ctx, who("clerk1", L), [who("clerk2", L)], ["", "", "", "Gabarit lettre de convocation",
                                                         "Publipostage - lettres RV (gabarit v2)"][v], text)
    if v == 4:
        m.attach_text("text/csv", make_csv([["Prénom", "Nom", "NAM", "Date_RV", "Heure_RV", "Signature"],
                                            ["«Prénom»", "«Nom»", "«NAM»", "«Date_RV»", "«Heure_RV»", "«Signature»"]], sep=";"),
                      "champs_fusion.csv")
    return m


# ------------------------------------------------------------------ 17 recall / shortage

def recall(ctx, v):
    ctx.category = "recall_shortage"
    if v in (0, 1, 2):
        ctx.note = "avis de rappel ou de rupture d'un produit"
        prod = ["Épaississant à base de gomme xanthane, boîte 900 g", "Formule peptidique 1,2 kcal/mL (1000 mL)",
                "Eau pré-épaissie IDDSI niveau 2, 118 mL"][v]
        lots = [serial_luhn(ctx.rng, 10, prefix="24") for _ in range(3)]
        text = ("AVIS - %s\n\nProduit : %s\nLots visés : %s\nMotif : %s\n\nAction requise : retirer les "
                "lots visés des unités et les retourner à la pharmacie / au magasin. Produit de "
                "remplacement : voir la liste d'équivalences du service de nutrition.\n\n%s" % (
                    ["RAPPEL VOLONTAIRE", "RUPTURE D'APPROVISIONNEMENT", "RAPPEL - CLASSE III"][v], prod,
                    ", ".join(lots), ["viscosité non conforme (trop liquide) après reconstitution",
                                      "rupture chez le fabricant jusqu'en %s" % ctx.pick(["janvier", "mars", "mai"]),
                                      "étiquetage incorrect du niveau IDDSI"][v], sig("pharm")))
        return Mail(ctx, who("pharm", L), [("Chefs d'unité", "chefs.unites@" + ORG["dom"]), who("diet1", L)],
                    "%s - %s" % (["Rappel", "Rupture", "Rappel"][v], prod.split(",")[0]), text,
                    mode=["plain", "alt", "html"][v])
    ctx.note = "avis de pénurie de médicament"
    drug = ["métoclopramide injectable 10 mg/2 mL", "dompéridone 10 mg comprimés"][v - 3]
    text = ("Bonjour,\n\nPénurie nationale : %s. Durée estimée : 8 à 12 semaines.\nLe département de pharmacie "
            "propose les alternatives suivantes, selon l'indication : voir le tableau joint. Aucun "
            "changement automatique ne sera fait sans ordonnance.\n\nHélène Marchand, pharmacienne" % drug)
    m = Mail(ctx, who("pharm", L), [("Prescripteurs", "prescripteurs@" + ORG["dom"])], "Pénurie - " + drug, text)
    m.attach("application/pdf", make_pdf("Avis de pénurie", [drug, ("table", [["Indication", "Alternative"],
                                                                             ["Gastroparésie", "à discuter avec la pharmacie"],
                                                                             ["Nausées", "ondansétron"]])],
                                         author="Département de pharmacie"), "avis_penurie.pdf")
    return m


# ------------------------------------------------------------------ 18 research protocol

def research(ctx, v):
    ctx.category = "research"
    ctx.note = "protocole de recherche sans données de participants"
    titles = ["Entraînement des muscles expiratoires (EMST) et dysphagie dans la maladie de Parkinson",
              "Dépistage systématique de la dénutrition à l'urgence gériatrique",
              "Efficacité de la thérapie mélodique d'intonation dans l'aphasie non fluente",
              "Liquides épaissis et hydratation chez la personne âgée hébergée",
              "Télé-orthophonie pour le bégaiement préscolaire"]
    num = "CER-%d-%03d" % (ctx.day.year, ctx.rng.randint(10, 300))
    text = ("Bonjour,\n\nLe comité d'éthique de la recherche a approuvé le projet %s : « %s ».\n\n"
            "Critères d'inclusion : adultes de 50 ans et plus (ou enfants selon le volet), diagnostic "
            "confirmé, consentement libre et éclairé. Recrutement visé : %d participants sur 18 mois.\n"
            "Chercheur principal : Pr Jean-Sébastien Labrie ; co-chercheuses : Mélanie Charest et "
            "Isabelle Veilleux.\n\nAucun recrutement avant la réception de la lettre d'approbation finale.\n\n"
            "Bureau de la recherche" % (num, titles[v], ctx.rng.randint(40, 120)))
    m = Mail(ctx, ("Bureau de la recherche", "recherche@" + ORG["dom"]), [who("slp1", L), who("diet1", L)],
             "Approbation éthique %s" % num, text, mode=["plain", "alt", "plain", "plain", "html"][v])
    if v in (1, 3):
        m.attach("application/pdf", make_pdf("Protocole " + num, [("h", titles[v]), "Devis : essai randomisé "
                                                                  "contrôlé, deux bras.", "Taille d'échantillon calculée "
                                                                  "pour une puissance de 80 %."], author="Bureau de la recherche"),
                 "protocole_%s.pdf" % num)
    return m


TEMPLATES = [purchase, inventory, it, facilities, stats, teaching, blank_form, recall, research]
