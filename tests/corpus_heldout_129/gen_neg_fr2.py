"""Non-confidential messages in French (part 2): invoices, purchase orders, inventories, IT, facilities,
aggregate statistics, teaching cases, blank forms, shortages and recalls, research."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, Spec, Transport
from gen_neg_common import VENDORS, email_of, grp, luhn10, luhn9, mod97_11, person

S, X = G.S, G.X
ALL_STAFF = "liste.personnel@" + G.DOMAIN


def facture(c):
    v = c.serial % 3
    ven = VENDORS[v if v < 2 else 4]
    no = f"F-{c.r(20000, 89999)}"
    if v == 2:
        rows = [[c.sdate(c.earlier(5, 30)), "Interprétation espagnol – clinique DG", "2,0 h", "130,00 $"],
                [c.sdate(c.earlier(5, 30)), "Interprétation arabe – enseignement insuline", "1,5 h", "97,50 $"]]
        total = "227,50 $"
    else:
        rows = [[f"REF {c.r(100, 999)}-{c.r(1000, 9999)}", "Capteurs de démonstration (boîte de 10)", str(c.r(1, 4)), "0,00 $"],
                [f"REF {c.r(100, 999)}-{c.r(1000, 9999)}", "Lancettes 30G (boîte de 200)", str(c.r(5, 20)), f"{c.r(80, 300)},00 $"],
                [f"REF {c.r(100, 999)}-{c.r(1000, 9999)}", "Solutions de contrôle glucomètre", str(c.r(5, 30)), f"{c.r(40, 200)},50 $"]]
        total = f"{c.r(200, 900)},{c.r(10, 99)} $"
    kv = [("Facture no", no), ("Date", c.today.isoformat()), ("No de client", f"{c.r(10000, 99999)}"),
          ("Facturer à", G.ORG_FR), ("Adresse", G.ORG_ADDR_FR), ("Bon de commande", f"BC-{c.r(4000, 4999)}"),
          ("Conditions", "net 30 jours"), ("TPS", f"{c.r(100000000, 999999999)} RT0001")]
    pdfb = A.pdf(f"{ven[0]} – Facture", [("kv", kv), ("table", ["Code", "Description", "Qté", "Montant"], rows),
                                        f"Total (taxes incluses) : {total}"], compress=c.rng.random() < 0.5)
    blocks = ["Bonjour,", f"Veuillez trouver ci-joint la facture {no}. Paiement par dépôt direct accepté.",
              "Service à la clientèle", ven[0]]
    return c.spec("invoice", "supplier invoice with labelled fields", ven, [("Comptes payables", "comptes.payables@" + G.DOMAIN)],
                  f"Facture {no}", blocks, conf=False, atts=[Att(f"Facture_{no}.pdf", "pdf", pdfb)])


def bon_commande(c):
    v = c.serial % 3
    buyer = S["ellery"] if c.rng.random() < 0.3 else S["lamontagne"]
    po = f"BC-{c.r(4000, 4999)}"
    if v == 0:
        rows = [["Glucomètre Contour Next One (prêt aux patients)", "12", grp(luhn9(c), [3, 3, 3])],
                ["Glucomètre Contour Next One (prêt aux patients)", "", grp(luhn9(c), [3, 3, 3])],
                ["Lecteur Libre (démonstration)", "2", grp(luhn9(c), [3, 3, 3])]]
        blocks = ["Bonjour,", f"Bon de commande {po} — merci de confirmer la livraison. Numéros de série des "
                  "appareils reçus en prêt le mois dernier à titre de référence :",
                  ("table", ["Article", "Qté", "No de série"], rows), c.sig(buyer)]
        card = A.vcard([{"fn": "Geneviève Tremblay-Ouimette", "n": ("Tremblay-Ouimette", "Geneviève"),
                         "org": VENDORS[1][0], "title": "représentante, soins du diabète",
                         "tel": [("WORK", "450-555-0188"), ("CELL", "450-555-0189")],
                         "adr": [("WORK", "400, rue de l'Industrie", "Laval-Nord", "QC", "H7Z 0A1")],
                         "email": "g.tremblay-ouimette@diabetotech.example"}])
        return c.spec("purchase_order", "purchase order with device serial numbers", buyer, [VENDORS[1]],
                      f"Bon de commande {po}", blocks, conf=False,
                      atts=[Att("représentante.vcf", "vcf", card)] if c.rng.random() < 0.6 else ())
    if v == 1:
        lot = f"{c.r(1, 9)}{c.ch('ABCDEFGHJK')}{c.r(100, 999)}{c.ch('XYZ')}"
        blocks = ["Bonjour,", f"Commande {po} : 6 trousses de glucagon (GlucaGen HypoKit) pour les chariots "
                  "d'urgence des salles d'enseignement et 4 boîtes de Baqsimi 3 mg pour la démonstration.",
                  f"Lot actuel en stock : {lot}, expiration {c.later(60, 200).isoformat()}. Merci de livrer un lot "
                  "avec une date plus éloignée si possible.",
                  f"No de commande du grossiste : {mod97_11(c)}", c.sig(buyer)]
        return c.spec("purchase_order", "order of glucagon kits for emergency carts", buyer, [VENDORS[0]],
                      "Commande glucagon – chariots d'urgence", blocks, conf=False)
    rows = [["Papier 8½ x 11 (caisse)", "10"], ["Cartouches HP 58A", "4"], ["Chemises de classement", "500"],
            ["Étiquettes pour dossiers", "2000"]]
    x = A.xlsx([("BC", ["Article", "Quantité"], rows)])
    blocks = ["Bonjour,", f"Voici notre commande mensuelle de fournitures de bureau ({po}).", c.sig(buyer, True)]
    return c.spec("purchase_order", "office supplies order", buyer, [VENDORS[3]], f"Commande {po}", blocks, conf=False,
                  atts=[Att(f"{po}.xlsx", "xlsx", x)])


def inventaire(c):
    v = c.serial % 3
    if v == 0:
        rows = [[c.ch(["Omnipod 5 (PDM démo)", "t:slim X2 démo", "MiniMed 780G démo"]), luhn9(c),
                 c.ch(["salle 2", "armoire B", "prêtée à l'école des Hirondelles (formation)"]), c.later(100, 600).isoformat()]
                for _ in range(6)]
        x = A.xlsx([("Pompes démo", ["Modèle", "No de série", "Emplacement", "Fin de garantie"], rows)])
        blocks = ["Bonjour,", "Inventaire annuel des pompes de démonstration ci-joint. Deux appareils n'ont pas "
                  "été retrouvés, merci de vérifier vos bureaux.", c.sig(S["whitmore"], True)]
        return c.spec("inventory", "demo insulin pump inventory with serial numbers", S["whitmore"], [S["ellery"]],
                      "Inventaire pompes démo", blocks, conf=False, atts=[Att("inventaire_pompes_démo.xlsx", "xlsx", x)])
    if v == 1:
        rows = [[c.ch(["Capteur Libre 2", "Capteur Dexcom G7", "Bandelettes Contour", "Aiguilles 4 mm"]),
                 f"{c.ch('ABCDEFGH')}{c.r(1000000, 9999999)}", c.later(30, 400).isoformat(), str(c.r(0, 40))]
                for _ in range(8)]
        blocks = ["Décompte des échantillons au " + c.today.isoformat() + " :",
                  ("table", ["Produit", "Lot", "Expiration", "Qté"], rows), "Les lots qui expirent dans moins de 60 jours "
                  "sont à utiliser en priorité pour les démonstrations.", S["vezina"].given]
        return c.spec("inventory", "sample inventory with lot numbers", S["vezina"], [(None, "equipe.inf@" + G.DOMAIN)],
                      "Inventaire échantillons", blocks, conf=False, fmt=c.ch(["html", "plain"]))
    rows = [[f"POSTE-{c.r(100, 999)}", grp(luhn10(c), [4, 3, 3], "-"), c.ch(["Salle 1", "Accueil", "Bureau 304", "Salle 3"]),
             c.ch(["Windows 11", "Windows 10 – à remplacer"])] for _ in range(6)]
    csvt = A.csv_text(["Nom", "Étiquette d'actif", "Local", "Système"], rows)
    blocks = ["Bonjour,", "Liste des postes de travail du Centre avec leurs étiquettes d'actif pour la mise à niveau.",
              c.sig(S["dionne"])]
    return c.spec("inventory", "workstation asset tag list", S["dionne"], [S["ellery"]], "Inventaire des postes",
                  blocks, conf=False, atts=[Att("actifs_postes.csv", "csv", csvt, charset="windows-1252")])


def informatique(c):
    v = c.serial % 4
    it = S["dionne"]
    if v == 0:
        d = c.later(2, 10)
        blocks = ["Bonjour,", f"Le dossier médical électronique sera indisponible le {c.day(d)} de 18 h à 22 h pour "
                  "une mise à jour. Utilisez les formulaires papier de contingence (dossier partagé > Contingence).",
                  "Les téléchargements de pompes et de capteurs seront aussi interrompus pendant la fenêtre.", c.sig(it)]
        return c.spec("it", "EMR downtime notice", it, [(None, ALL_STAFF)], "Interruption du DME", blocks, conf=False)
    if v == 1:
        blocks = ["ATTENTION – hameçonnage",
                  "Plusieurs employés ont reçu un courriel « Votre boîte est pleine – validez votre mot de passe ». "
                  "Ne cliquez pas sur le lien. Le service informatique ne vous demandera jamais votre mot de passe.",
                  "Transférez tout courriel suspect à securite@" + G.DOMAIN + ".", c.sig(it)]
        return c.spec("it", "phishing warning", it, [(None, ALL_STAFF)], "Alerte hameçonnage", blocks, conf=False,
                      fmt=c.ch(["html", "alt"]))
    if v == 2:
        blocks = ["Bonjour l'équipe infirmière,", "Le nouveau poste de téléchargement (salle 3) est installé avec "
                  "Glooko, CareLink et Clarity. Les câbles USB-C sont dans le tiroir du haut.",
                  "Rappel : ne pas enregistrer les rapports sur le bureau Windows; utiliser le dossier du patient dans le DME.",
                  c.sig(it, True)]
        return c.spec("it", "new device download workstation", it, [(None, "equipe.inf@" + G.DOMAIN)],
                      "Poste de téléchargement – salle 3", blocks, conf=False)
    inner = Spec("it", "fr", False, "", ("Soutien TI régional", "soutien@ti-regional.example"), [it],
                 "Avis de maintenance – réseau", ["Bonjour,", "Maintenance planifiée du lien réseau régional samedi "
                 "de 1 h à 5 h. Aucun impact prévu sur les services cliniques.", "Soutien TI régional"])
    blocks = ["Pour information – message du soutien régional ci-joint.", it.name]
    return c.spec("it", "forwarded network maintenance notice as attachment", it, [(None, ALL_STAFF)],
                  "TR: Avis de maintenance", blocks, conf=False, atts=[Att("Avis de maintenance.eml", "eml", inner=inner)])


def installations(c):
    v = c.serial % 4
    fm = S["caouette"]
    d = c.later(2, 15)
    if v == 0 and c.serial >= 3:
        blocks = ["Bonjour,", "Le système de contrôle d'accès des portes sera remplacé jeudi soir. Vos cartes "
                  "actuelles resteront valides; les nouvelles seront distribuées à l'accueil la semaine prochaine.",
                  c.sig(fm)]
        subj = "Remplacement du contrôle d'accès"
    elif v == 0:
        blocks = ["Bonjour,", f"Le stationnement P2 sera fermé le {c.day(d)} pour le déneigement. Les patients "
                  "pourront utiliser le P1; le personnel est prié de se garer au stationnement de l'église.", c.sig(fm)]
        subj = "Fermeture du stationnement P2"
    elif v == 1:
        blocks = ["Bonjour,", "Les travaux de rénovation de la salle d'enseignement 2 débutent lundi (3 semaines). "
                  "Les classes de groupe sont déplacées à la salle Pignon au rez-de-chaussée.", c.sig(fm)]
        subj = "Rénovation salle 2"
    elif v == 2:
        blocks = ["Bonjour,", f"Interruption de l'eau chaude le {c.day(d)} de 7 h à 10 h (remplacement du chauffe-eau). "
                  "Du désinfectant pour les mains est disponible dans toutes les salles.", c.sig(fm, True)]
        subj = "Interruption d'eau chaude"
    else:
        blocks = ["Bonjour,", f"Exercice d'évacuation incendie le {c.day(d)} vers 10 h 30. Les patients présents "
                  "seront accompagnés par leur intervenant. Point de rassemblement : stationnement P1.", c.sig(fm)]
        subj = "Exercice d'évacuation"
    return c.spec("facilities", "facilities notice", fm, [(None, ALL_STAFF)], subj, blocks, conf=False,
                  fmt=c.ch([None, "html", "plain"]))


def statistiques(c):
    v = c.serial % 3
    if v == 0:
        rows = [[G.FR_MONTHS[m], str(c.r(12, 30)), str(c.r(4, 14)), str(c.r(3, 9)), c.dec(c.u(7.2, 8.4))]
                for m in range(8, 12)]
        blocks = ["Bonjour,", "Statistiques mensuelles du Centre (données agrégées, aucune donnée nominative) :",
                  ("table", ["Mois", "Débuts d'insuline", "Références DG", "Débuts de pompe", "HbA1c moyenne (%)"], rows),
                  "Le nombre de références en diabète gestationnel est en hausse de 18 % par rapport à l'an dernier.",
                  c.sig(S["ellery"])]
        return c.spec("statistics", "monthly aggregate activity statistics", S["ellery"], [S["prefontaine"]],
                      "Statistiques mensuelles", blocks, conf=False, fmt=c.ch(["html", "alt", "plain"]))
    if v == 1:
        rows = [["< 7,0 %", str(c.r(80, 160))], ["7,0 – 7,9 %", str(c.r(120, 200))], ["8,0 – 8,9 %", str(c.r(60, 120))],
                ["9,0 – 9,9 %", str(c.r(20, 60))], ["≥ 10,0 %", str(c.r(10, 40))]]
        csvt = A.csv_text(["Tranche HbA1c", "Nombre de patients"], rows)
        blocks = ["Bonjour,", "Distribution des HbA1c de la cohorte DT2 pour le rapport annuel (n total en pièce jointe).",
                  c.sig(S["ellery"], True)]
        return c.spec("statistics", "HbA1c distribution of the cohort as csv", S["ellery"], [S["vachon"], S["benslimane"]],
                      "Distribution HbA1c – rapport annuel", blocks, conf=False,
                      atts=[Att("distribution_hba1c.csv", "csv", csvt, charset="utf-8")])
    blocks = ["Bonjour,", f"Délais d'attente au {c.today.isoformat()} :",
              ("kv", [("Nouvelle consultation endocrinologie (P4)", f"{c.r(40, 120)} jours"),
                      ("Diabète gestationnel", f"{c.r(2, 7)} jours"), ("Pied diabétique urgent", f"{c.r(1, 5)} jours"),
                      ("Enseignement début d'insuline", f"{c.r(5, 21)} jours")]),
              "Ces données seront présentées au comité de direction jeudi.", c.sig(S["prefontaine"], True)]
    return c.spec("statistics", "waiting times by service", S["prefontaine"], [("Direction", "direction@" + G.DOMAIN)],
                  "Délais d'attente", blocks, conf=False)


def cas_enseignement(c):
    v = c.serial % 3
    doc = c.ch([S["vachon"], S["benslimane"], S["dallaire"]])
    if v == 0:
        blocks = ["Bonjour aux résidents,", "Cas clinique pour la discussion de mardi (dénominalisé) :",
                  f"Femme de {c.r(55, 70)} ans, DT2 depuis 12 ans, HbA1c 9,1 % sous metformine et gliclazide. DFGe 41. "
                  "Rétinopathie non proliférante modérée au dernier examen. IMC 34.",
                  ("list", ["Quelle serait votre prochaine étape thérapeutique?", "Quand débuter l'insuline?",
                            "Quels examens de dépistage des complications sont dus?"]), c.sig(doc, True)]
        return c.spec("teaching_case", "de-identified teaching case for residents", doc,
                      [("Résidents endocrinologie", "residents.endo@" + G.HOSP_DOM)], "Cas clinique – mardi", blocks,
                      conf=False)
    if v == 1:
        d = A.docx("Atelier – diabète gestationnel (cas simulés)", [
            ("h", "Cas 1"), "Patiente A, 32 ans, G2P1, 26 semaines. HGPO 75 g : 5,4 / 10,9 / 8,7 mmol/L.",
            ("h", "Cas 2"), "Patiente B, 38 ans, G4P3, IMC 36, antécédent de DG. GAJ à 6,3 malgré la diète.",
            ("h", "Questions"), "Interprétez l'HGPO. Proposez un plan de surveillance et de traitement."])
        blocks = ["Bonjour,", "Voici les cas simulés pour l'atelier des infirmières. Aucun cas réel.", c.sig(S["saintonge"], True)]
        return c.spec("teaching_case", "simulated gestational diabetes cases for workshop", S["saintonge"],
                      [("Équipe infirmière", "equipe.inf@" + G.DOMAIN)], "Atelier DG – cas simulés", blocks, conf=False,
                      atts=[Att("cas_simules_DG.docx", "docx", d)])
    blocks = ["Club de lecture", "Article de ce mois : essai randomisé comparant l'insuline hebdomadaire icodec à la "
              "glargine chez 984 adultes avec DT2 (HbA1c moyenne 8,5 %).",
              "Présenté par la Dre Dallaire, jeudi 12 h 15, salle Pignon. Lunch fourni.", c.sig(S["dallaire"], True)]
    return c.spec("teaching_case", "journal club notice", S["dallaire"], [(None, ALL_STAFF)], "Club de lecture", blocks,
                  conf=False, fmt=c.ch(["html", "alt"]))


def formulaire_vierge(c):
    v = c.serial % 3
    if v == 0:
        pdfb = A.pdf("Demande de consultation – Centre de diabète (formulaire)", [
            ("kv", [("Nom", "________________________"), ("Date de naissance", "____ / ____ / ______"),
                    ("NAM", "____ ____ ____"), ("Sexe", "[ ] F   [ ] M"), ("Téléphone", "(___) ___-____")]),
            ("h", "Motif"), "[ ] DT2 – début d'insuline   [ ] Diabète gestationnel   [ ] Pied diabétique   [ ] Thyroïde",
            "Dernière HbA1c : ______ %   Date : __________", ("kv", [("Médecin référent", "______________"),
                                                                      ("Signature", "______________")])],
            compress=c.rng.random() < 0.5)
        blocks = ["Bonjour,", "Voici la nouvelle version du formulaire de référence à distribuer aux GMF. "
                  "L'ancienne version n'est plus acceptée à partir du 1er du mois.", c.sig(S["vezina"])]
        return c.spec("blank_form", "blank referral form for clinics", S["vezina"],
                      [("GMF du territoire", "gmf.territoire@clscpignons.example")], "Nouveau formulaire de référence",
                      blocks, conf=False, atts=[Att("formulaire_référence_vierge.pdf", "pdf", pdfb)])
    if v == 1:
        blocks = ["Voici le modèle de lettre pour la fusion (publipostage) :",
                  ("pre", "Bonjour «Prénom» «Nom»,\n\nNous vous confirmons votre rendez-vous le «Date_RV» à «Heure_RV» "
                          "avec «Intervenant».\nNAM : «NAM»   Date de naissance : «DDN»\n\nApportez votre glucomètre et "
                          "vos médicaments.\n\nLe Centre de diabète et d'endocrinologie des Trois-Pignons"),
                  "Les champs sont alimentés par l'export de l'agenda. Ne pas modifier les noms de champs.",
                  c.sig(S["lamontagne"], True)]
        return c.spec("template", "mail-merge appointment letter template", S["lamontagne"], [S["vezina"], S["ohara"]],
                      "Modèle de lettre – publipostage", blocks, conf=False)
    d = A.docx("Plan de soins individualisé – diabète de type 1 (modèle)", [
        ("kv", [("Nom de l'élève", "__________"), ("Date de naissance", "__________"), ("École / classe", "__________"),
                ("Parent à joindre", "__________")]),
        ("h", "Hypoglycémie"), "Glycémie < 4,0 : donner 15 g de glucides rapides; revérifier dans 15 minutes.",
        ("h", "Glucagon"), "Type : [ ] injectable [ ] nasal   Emplacement : __________"])
    blocks = ["Bonjour,", "Modèle vierge du plan de soins scolaire à jour pour la rentrée.", c.sig(S["kowalczyk"])]
    t = c.ch(["template", "blank_form"])
    return c.spec(t, "blank school care plan template", S["kowalczyk"], [("Infirmières scolaires", "inf.scolaires@csspignons.example")],
                  "Modèle – plan de soins scolaire", blocks, conf=False, atts=[Att("modèle_plan_scolaire.docx", "docx", d)])


def rupture(c):
    v = c.serial % 3
    ph = S["harbec"]
    if v == 0:
        blocks = ["Bonjour,", "Pénurie d'Ozempic 2 mg annoncée par le fabricant jusqu'à la fin du trimestre. "
                  "Les doses de 0,25/0,5 mg et 1 mg ne sont pas touchées.",
                  "Options : maintenir 1 mg, ou passer au dulaglutide (Trulicity) 3 ou 4,5 mg hebdomadaire. "
                  "Aviser les patients concernés lors du prochain renouvellement.", c.sig(ph)]
        return c.spec("drug_shortage", "semaglutide shortage notice", ph, [(None, ALL_STAFF)], "Pénurie – Ozempic 2 mg",
                      blocks, conf=False)
    if v == 1:
        lots = [f"{c.ch('DEFGH')}{c.r(10, 99)}{c.r(1000, 9999)}" for _ in range(3)]
        blocks = ["AVIS DE RAPPEL – bandelettes de glycémie",
                  "Le fabricant rappelle volontairement les lots suivants de bandelettes en raison de résultats "
                  "faussement élevés possibles :", ("list", lots),
                  "Retirer ces lots des salles d'enseignement et des trousses de prêt. Les patients qui utilisent ces "
                  "lots doivent être informés par le pharmacien communautaire.", c.sig(ph, True)]
        return c.spec("recall", "test strip lot recall", ph, [(None, ALL_STAFF)], "Rappel – bandelettes (lots)", blocks,
                      conf=False, fmt=c.ch(["html", "alt", None]))
    blocks = ["Bonjour,", "Rupture temporaire des aiguilles pour stylo 4 mm chez notre fournisseur. Utiliser les 5 mm "
              "pour les démonstrations d'ici la livraison prévue dans 2 semaines.", c.sig(S["lamontagne"], True)]
    return c.spec("drug_shortage", "pen needle stock-out", S["lamontagne"], [("Équipe infirmière", "equipe.inf@" + G.DOMAIN)],
                  "Rupture – aiguilles 4 mm", blocks, conf=False)


def recherche(c):
    v = c.serial % 3
    if v == 0:
        pdfb = A.pdf("Protocole – ÉTUDE TITRA-PIGNONS", [
            ("h", "Objectif"), "Comparer la titration de l'insuline basale par l'infirmière vs autotitration par application.",
            ("h", "Critères d'inclusion"), "Adultes 18-80 ans, DT2, HbA1c 7,5-11 %, naïfs à l'insuline.",
            ("h", "Critères d'exclusion"), "Grossesse, DFGe < 30, hypoglycémies sévères dans les 6 derniers mois.",
            ("h", "Taille d'échantillon"), "240 participants (120 par bras)."], compress=True)
        blocks = ["Bonjour,", "Version 2.1 du protocole approuvée par le comité d'éthique, ci-jointe. Le recrutement "
                  "débutera le mois prochain.", c.sig(S["vachon"])]
        return c.spec("research", "research protocol without participants", S["vachon"], [(None, ALL_STAFF)],
                      "Protocole TITRA-PIGNONS v2.1", blocks, conf=False, atts=[Att("protocole_v2.1.pdf", "pdf", pdfb)])
    if v == 1:
        blocks = ["Bonjour Dre Vachon,", "Le comité d'éthique de la recherche a approuvé la modification no 3 "
                  "(ajout d'un questionnaire sur la peur des hypoglycémies). Numéro de projet : CER-2024-118.",
                  "Secrétariat du CER", ("sig", ["Comité d'éthique de la recherche", G.HOSP_FR], False)]
        return c.spec("research", "ethics committee approval of amendment", ("Secrétariat CER", "cer@" + G.HOSP_DOM),
                      [S["vachon"]], "Approbation – modification no 3", blocks, conf=False)
    blocks = ["Affiche de recrutement (texte)", "Vous vivez avec le diabète de type 2 et prenez de l'insuline? "
              "Participez à une étude sur l'activité physique après les repas. Compensation de 50 $ par visite.",
              "Information : recherche@" + G.DOMAIN + " ou 819-555-0177."]
    return c.spec("research", "recruitment poster text for a study", S["vachon"], [S["prefontaine"]],
                  "Affiche de recrutement – à approuver", blocks, conf=False, fmt=c.ch(["html", "plain"]))
