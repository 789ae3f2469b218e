"""Non-confidential messages in French (part 1): schedules, leave, payroll, occupational health,
newsletters, committees, conferences, job postings, candidates."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, Spec
from gen_neg_common import EXTRA_FR, SPEAKERS_FR, email_of, person

S, X = G.S, G.X
ALL_STAFF = "liste.personnel@" + G.DOMAIN


def horaire(c):
    v = c.serial % 3
    mgr = S["prefontaine"]
    if v == 0:
        staff = [S["quenneville"], S["aubut"], S["whitmore"], S["kowalczyk"], S["saintonge"]]
        d0 = c.later(7, 20)
        d0 -= datetime.timedelta(days=d0.weekday())
        rows = []
        for p in staff:
            rows.append([p.name] + [c.ch(["J 8-16", "J 8-16", "J 8-16", "S 12-20", "Congé", "Formation", "Clinique pied"])
                                    for _ in range(5)])
        x = A.xlsx([(f"Semaine {d0.isoformat()}", ["Infirmière", "Lun", "Mar", "Mer", "Jeu", "Ven"], rows)])
        blocks = ["Bonjour à toutes,", f"Voici l'horaire de la semaine du {c.day(d0)}. Rachel couvre la clinique "
                  "de grossesse mercredi à la place de Chantal. Merci de me signaler toute erreur d'ici vendredi.",
                  c.sig(mgr)]
        return c.spec("schedule", "nursing team weekly schedule", mgr, [("Équipe infirmière", "equipe.inf@" + G.DOMAIN)],
                      c.ch(["Horaire de la semaine", "Horaire infirmières – mise à jour"]), blocks, conf=False,
                      atts=[Att(f"horaire_équipe_{d0.isoformat()}.xlsx", "xlsx", x)])
    if v == 1:
        docs = [S["vachon"], S["benslimane"], S["dallaire"], S["gallagher"], S["raghunathan"]]
        m = c.later(20, 40)
        rows = []
        d = datetime.date(m.year, m.month, 1)
        while d.month == m.month:
            if d.weekday() == 4:
                rows.append([f"{d.isoformat()} au {(d + datetime.timedelta(days=3)).isoformat()}",
                             c.ch(docs).titled(), c.ch(["Consultations 4e Nord", "Clinique externe + consultations"])])
            d += datetime.timedelta(days=1)
        blocks = ["Bonjour,", f"Calendrier de garde en endocrinologie pour {G.FR_MONTHS[m.month - 1]} :",
                  ("table", ["Fin de semaine", "Médecin de garde", "Couverture"], rows),
                  "La Dre Raghunathan assure la garde pédiatrique (diabète de type 1 et urgences endocriniennes) "
                  "en tout temps. Pagette via la centrale : 819-555-0199.", c.sig(S["lamontagne"])]
        return c.spec("schedule", "endocrinology on-call calendar for the month", S["lamontagne"],
                      [("Standardiste HRVB", "centrale@" + G.HOSP_DOM)], "Garde endocrinologie – " + G.FR_MONTHS[m.month - 1],
                      blocks, conf=False, fmt=c.ch(["html", "alt"]))
    d = c.later(3, 15)
    blocks = ["Bonjour,", f"Veuillez noter que la clinique du pied diabétique du {c.day(d)} est déplacée en avant-midi "
              "(8 h à 12 h) en raison de la formation sur le nouveau protocole de soins de plaies. "
              "Étienne Bergeron, podiatre, sera présent comme d'habitude.",
              "Les agentes administratives ajusteront les rendez-vous.", c.sig(mgr)]
    return c.spec("schedule", "foot clinic moved to morning", mgr, [(None, ALL_STAFF)],
                  "Changement d'horaire – clinique du pied", blocks, conf=False)


def conges(c):
    v = c.serial % 3
    if v == 0:
        g, s = person(c, "fr")
        d0 = c.later(20, 60)
        blocks = [f"Bonjour {g},", f"Ta demande de vacances du {c.sdate(d0)} au "
                  f"{c.sdate(d0 + datetime.timedelta(days=c.r(4, 13)))} est approuvée. N'oublie pas de l'inscrire "
                  "dans Logibec et de prévoir le transfert de tes suivis de titration à Isabelle.",
                  c.sig(S["prefontaine"], True)]
        return c.spec("leave", "vacation request approved", S["prefontaine"], [(f"{g} {s}", email_of(g, s))],
                      "RE: Demande de vacances", blocks, conf=False, reply=True)
    if v == 1:
        who = c.ch([S["aubut"], S["lacasse"], S["vezina"]])
        bd = c.earlier(2, 10)
        baby = c.ch(["Léonie", "Mathis", "Charlotte", "Arthur", "Florence"])
        blocks = ["Bonjour tout le monde!",
                  f"{who.given} nous annonce la naissance de {baby}, né{'e' if baby in ('Léonie', 'Charlotte', 'Florence') else ''} "
                  f"le {c.day(bd, True)} à {c.hm(c.r(0, 23), c.r(0, 59))}, {c.dec(c.u(2.8, 4.1), 2)} kg. "
                  "Maman et bébé se portent à merveille!",
                  f"Une carte circule au secrétariat jusqu'à vendredi. {who.given} sera en congé de maternité "
                  f"jusqu'en {G.FR_MONTHS[(bd.month + 10) % 12]}; ses dossiers sont répartis entre Isabelle et Rachel.",
                  c.sig(S["prefontaine"], True)]
        return c.spec("leave", "staff baby announcement and maternity leave", S["prefontaine"], [(None, ALL_STAFF)],
                      c.ch(["Une belle nouvelle!", "Bienvenue bébé!"]), blocks, conf=False, fmt=c.ch(["html", "alt"]))
    staff = [S["quenneville"], S["aubut"], S["whitmore"], S["lacasse"], S["mccreary"], S["drolet"], S["harbec"],
             S["vezina"], S["ohara"]]
    rows = []
    for p in staff:
        d0 = datetime.date(c.today.year + (1 if c.today.month > 6 else 0), c.r(6, 8), c.r(1, 25))
        rows.append([p.name, d0.isoformat(), (d0 + datetime.timedelta(days=c.r(6, 20))).isoformat(),
                     c.ch(["approuvé", "approuvé", "en attente"])])
    x = A.xlsx([("Vacances été", ["Employé(e)", "Début", "Fin", "Statut"], rows)])
    blocks = ["Bonjour,", "Voici le calendrier provisoire des vacances d'été. Maximum deux infirmières absentes "
              "en même temps pour maintenir la clinique de grossesse.", c.sig(S["prefontaine"])]
    return c.spec("leave", "summer vacation calendar", S["prefontaine"], [(None, ALL_STAFF)],
                  "Calendrier des vacances d'été", blocks, conf=False,
                  atts=[Att("vacances_été.xlsx", "xlsx", x)])


def paie(c):
    v = c.serial % 3
    kaur = S["kaur"]
    if v == 0:
        blocks = ["Bonjour,", "En raison d'un problème chez l'institution financière, le dépôt de la paie du "
                  f"{c.sdate(c.later(1, 5))} sera effectué avec 24 h de retard. Aucune action n'est requise de votre part.",
                  "Le talon de paie sera disponible dans le portail employé comme d'habitude.", c.sig(kaur)]
        return c.spec("payroll", "payroll deposit delayed", kaur, [(None, ALL_STAFF)], "Paie – dépôt retardé", blocks,
                      conf=False)
    if v == 1 and c.serial >= 3:
        blocks = ["Bonjour,", "Nouvelle procédure : les changements de compte bancaire pour le dépôt direct se font "
                  "désormais uniquement dans le portail employé, avec authentification à deux facteurs. "
                  "Aucune demande par courriel ne sera traitée.", c.sig(kaur)]
        return c.spec("payroll", "direct deposit change procedure", kaur, [(None, ALL_STAFF)],
                      "Dépôt direct – nouvelle procédure", blocks, conf=False)
    if v == 1:
        blocks = ["Bonjour,", f"Vos relevés 1 et feuillets T4 {c.today.year - 1} sont disponibles dans le portail. "
                  "Si votre adresse ou votre numéro d'assurance sociale a changé, mettez à jour votre dossier "
                  "(section « Renseignements personnels ») avant le 28 février.",
                  "Rappel : la paie ne demande jamais votre NAS par courriel.", c.sig(kaur)]
        return c.spec("payroll", "tax slips available in staff portal", kaur, [(None, ALL_STAFF)],
                      "Relevés 1 et T4 disponibles", blocks, conf=False, fmt=c.ch([None, "html"]))
    g, s = person(c, "fr")
    emp = c.r(100000, 199999)
    rows = [[c.sdate(c.earlier(2, 12)), "7,25", "8,00", "oubli de poinçon (clinique du soir)"],
            [c.sdate(c.earlier(2, 12)), "0,00", "7,25", "formation pompe Omnipod – code 410"]]
    blocks = [f"Bonjour {kaur.given},", f"Correction de feuille de temps pour {g} {s} (matricule {emp}) :",
              ("table", ["Date", "Heures saisies", "Heures réelles", "Motif"], rows),
              "Approuvé par la chef de service.", c.sig(S["prefontaine"], True)]
    return c.spec("payroll", "timesheet correction for an employee", S["prefontaine"], [kaur],
                  "Correction feuille de temps", blocks, conf=False)


def sante_travail(c):
    v = c.serial % 3
    rh = S["brisebois"]
    if v == 0 and c.serial >= 3:
        blocks = ["Bonjour,", "Rappel : la déclaration de vaccination du personnel (grippe et COVID-19) doit être "
                  "remplie dans le portail RH avant le 15 décembre, que vous ayez été vacciné(e) ou non.",
                  "Le taux de vaccination du personnel du Centre est actuellement de 64 %.", c.sig(rh)]
        return c.spec("occupational_health", "staff vaccination declaration reminder", rh, [(None, ALL_STAFF)],
                      "Déclaration de vaccination – rappel", blocks, conf=False, fmt=c.ch(["html", "alt"]))
    if v == 0:
        d = c.later(5, 20)
        blocks = ["Bonjour à tous,", f"La clinique de vaccination antigrippale pour le personnel aura lieu le "
                  f"{c.day(d)} de 11 h à 14 h en salle 2. Apportez votre carte d'employé.",
                  "Les employés qui ont une contre-indication (allergie, syndrome de Guillain-Barré) doivent "
                  "communiquer avec le bureau de santé au travail.", c.sig(rh)]
        return c.spec("occupational_health", "staff flu vaccination clinic", rh, [(None, ALL_STAFF)],
                      "Vaccination antigrippale du personnel", blocks, conf=False)
    if v == 1:
        g, s = person(c, "fr")
        blocks = [f"Bonjour Josiane,",
                  f"{g} {s} sera de retour au travail le {c.day(c.later(3, 14))} en retour progressif "
                  "(3 jours/semaine pour 4 semaines) suite à sa chirurgie à l'épaule. Restrictions : pas de "
                  "soulèvement de plus de 5 kg, pas de manipulation des boîtes de fournitures.",
                  "Le formulaire d'assignation temporaire est au dossier d'employé(e).", c.sig(rh)]
        return c.spec("occupational_health", "employee gradual return to work after surgery", rh, [S["prefontaine"]],
                      "Retour progressif – employé(e)", blocks, conf=False)
    g, s = person(c, "fr")
    blocks = [f"Bonjour {g},", "Bienvenue dans l'équipe! Avant votre première journée, vous devez :",
              ("list", ["fournir votre preuve de vaccination (hépatite B, RRO)",
                        "faire le test cutané à la tuberculine (TCT) au bureau de santé",
                        "compléter l'essai d'ajustement du masque N95"]),
              "Votre rendez-vous est fixé au " + c.day(c.later(2, 10)) + " à 9 h.", c.sig(rh)]
    return c.spec("occupational_health", "new employee pre-employment health requirements", rh,
                  [(f"{g} {s}", email_of(g, s, "courriel.example"))], "Exigences de santé – nouvel(le) employé(e)",
                  blocks, conf=False)


def infolettre(c):
    v = c.serial % 3
    sp = c.ch(SPEAKERS_FR)
    if v == 0:
        blocks = ["Le Fil du Centre – édition " + G.FR_MONTHS[c.today.month - 1],
                  f"Bienvenue à la Dre Marie-Ève Dallaire, interniste, qui se joint à la clinique du diabète de "
                  "grossesse et à la clinique des complications rénales.",
                  "Nouveau : la clinique du pied diabétique accueille maintenant les patients référés par les GMF "
                  "pour ulcère ou neuropathie, sans délai pour les cas urgents.",
                  f"Formation : {sp[0]} {sp[1]} {sp[2]}, {sp[3]}, présentera « Hypoglycémies chez l'aîné : "
                  "quand désintensifier? » le mois prochain.",
                  "Bravo à l'équipe : 94 % des nouveaux cas de diabète de type 2 ont vu la nutritionniste en moins de 30 jours.",
                  c.sig(S["prefontaine"], True)]
        return c.spec("newsletter", "centre newsletter with staff and service news", S["prefontaine"],
                      [(None, ALL_STAFF)], "Le Fil du Centre", blocks, conf=False, fmt=c.ch(["html", "alt"]))
    if v == 1:
        pdfb = A.pdf("Le Fil du Centre – bulletin trimestriel",
                     [("h", "Mot de la chef de service"), "Merci à toutes et à tous pour un trimestre chargé.",
                      ("h", "Nos médecins"), "Dre Hélène Vachon – diabète de type 1, pompes et capteurs",
                      "Dr Karim Benslimane – thyroïde, surrénales, diabète de type 2",
                      "Dre Priya Raghunathan – endocrinologie pédiatrique, diabète de type 1 chez l'enfant",
                      ("h", "En chiffres"), "1 214 visites, 186 débuts d'insuline, 73 références en diabète gestationnel."],
                     compress=True)
        blocks = ["Bonjour,", "Vous trouverez ci-joint le bulletin trimestriel. Bonne lecture!", c.sig(S["prefontaine"], True)]
        return c.spec("newsletter", "quarterly newsletter pdf", S["prefontaine"],
                      [("Partenaires du réseau", "partenaires@" + G.DOMAIN)], "Bulletin trimestriel", blocks, conf=False,
                      atts=[Att("Le_Fil_bulletin.pdf", "pdf", pdfb)])
    rows = [["Débuter l'insuline", "mardi 13 h 30", "Isabelle Quenneville, inf."],
            ["Compter les glucides", "mercredi 9 h", "Annie Lacasse, Dt.P."],
            ["Diabète et grossesse", "jeudi 10 h", "Mélanie Saint-Onge, IPS"],
            ["Soins des pieds", "vendredi 13 h", "Étienne Bergeron, podiatre"]]
    blocks = ["Bonjour,", "Voici le calendrier des ateliers de groupe pour les patients. Vous pouvez y inscrire "
              "vos patients directement par le formulaire de référence habituel.",
              ("table", ["Atelier", "Moment", "Animé par"], rows), c.sig(S["vezina"])]
    return c.spec("newsletter", "group education workshop calendar", S["vezina"],
                  [("GMF des Deux-Rives", "secretariat@gmfdeuxrives.example")], "Ateliers de groupe – session d'automne",
                  blocks, conf=False)


def comite(c):
    v = c.serial % 3
    if v == 0 and c.serial >= 3:
        blocks = ["Bonjour,", "Résumé des décisions du comité de pharmacologie :",
                  ("list", ["Protocole de titration de l'insuline basale v3 adopté (entrée en vigueur le 1er du mois)",
                            "Ordonnance collective hypoglycémie : ajout du glucagon nasal",
                            "Liste des équivalences GLP-1 mise à jour pendant la pénurie"]), c.sig(S["harbec"], True)]
        return c.spec("committee", "pharmacology committee decisions summary", S["harbec"], [(None, ALL_STAFF)],
                      "Comité de pharmacologie – décisions", blocks, conf=False)
    if v == 0:
        d = c.later(5, 20)
        blocks = ["Bonjour,", f"Le comité de pharmacologie se réunira le {c.day(d)} à 12 h (salle Pignon / Teams).",
                  ("list", ["Adoption du compte rendu", "Protocole infirmier de titration de l'insuline basale – v3",
                            "Ordonnance collective : traitement de l'hypoglycémie", "Pénurie de sémaglutide : alternatives",
                            "Divers"]),
                  "Vincent Harbec, pharmacien, présentera les changements au protocole.", c.sig(S["harbec"], True)]
        return c.spec("committee", "pharmacology committee agenda", S["harbec"], [(None, ALL_STAFF)],
                      "Comité de pharmacologie – ordre du jour", blocks, conf=False)
    if v == 1:
        d = A.docx("Comité qualité – compte rendu", [
            ("kv", [("Présents", "J. Préfontaine, Dre H. Vachon, I. Quenneville, V. Harbec, S. Drolet"),
                    ("Absente", "Dre M.-È. Dallaire")]),
            ("h", "1. Indicateurs"), "Taux de dépistage de la rétinopathie dans les 12 mois : 71 % (cible 80 %).",
            "Délai moyen première visite DG : 6,4 jours.",
            ("h", "2. Événements indésirables"), "Deux erreurs de dose d'insuline déclarées (aucune conséquence). "
            "Analyse : confusion entre stylos U-100 et U-300.",
            ("h", "3. Suivis"), "Affiches de double vérification dans les salles d'enseignement."])
        blocks = ["Bonjour,", "Compte rendu de la dernière rencontre du comité qualité ci-joint.", c.sig(S["prefontaine"], True)]
        return c.spec("committee", "quality committee minutes", S["prefontaine"], [("Comité qualité", "qualite@" + G.DOMAIN)],
                      "CR – comité qualité", blocks, conf=False, atts=[Att("CR_comité_qualité.docx", "docx", d)])
    blocks = ["Bonjour,", "Le comité des usagers cherche deux personnes vivant avec le diabète pour siéger à titre "
              "de représentants. Mandat de deux ans, 4 rencontres par année.",
              "Merci d'afficher l'invitation dans les salles d'attente (affiche jointe au prochain envoi).",
              c.sig(S["prefontaine"])]
    return c.spec("committee", "users committee call for members", S["prefontaine"], [(None, ALL_STAFF)],
                  "Comité des usagers – recrutement", blocks, conf=False)


def congres(c):
    v = c.serial % 3
    sps = c.rng.sample(SPEAKERS_FR, 4)
    if v == 0:
        rows = [[f"{8 + i}:{c.ch(['00', '30'])}", f"{s[0]} {s[1]} {s[2]}", s[3],
                 t] for i, (s, t) in enumerate(zip(sps, ["Nouveautés dans le traitement du diabète de type 2",
                                                          "Néphropathie diabétique : quand référer?",
                                                          "Dépistage de la rétinopathie par télé-ophtalmologie",
                                                          "Diabète gestationnel : suivi post-partum"]))]
        pdfb = A.pdf("Journée régionale de formation en diabète – programme",
                     [("table", ["Heure", "Conférencier", "Affiliation", "Sujet"], rows),
                      "Lieu : Centre des congrès de Val-Brûlé. 6 heures de formation accréditées."], compress=c.rng.random() < 0.5)
        blocks = ["Bonjour,", "Le programme de la journée régionale est maintenant disponible. Inscription gratuite "
                  "pour le personnel du Centre.", c.sig(S["prefontaine"], True)]
        return c.spec("conference", "regional diabetes training day programme", S["prefontaine"], [(None, ALL_STAFF)],
                      "Journée régionale de formation en diabète", blocks, conf=False,
                      atts=[Att("programme_journée_diabète.pdf", "pdf", pdfb)])
    if v == 1:
        blocks = ["Appel de résumés", "Le congrès annuel de l'Association des éducateurs en diabète du Québec-Nord "
                  "accepte les résumés jusqu'au 15 du mois prochain. Thèmes : technologies (pompes, capteurs), "
                  "diabète de type 1 chez l'adolescent, pied diabétique, santé des Premières Nations.",
                  f"Conférence d'ouverture : {sps[0][0]} {sps[0][1]} {sps[0][2]}, {sps[0][3]}.",
                  "Comité scientifique : congres@aedqn.example"]
        return c.spec("conference", "call for abstracts for educators congress", ("AEDQN", "congres@aedqn.example"),
                      [(None, ALL_STAFF)], "Appel de résumés – congrès 2025", blocks, conf=False, fmt="html")
    d = c.later(7, 30)
    s = sps[0]
    ev = {"uid": f"webinaire-{c.serial}@aedqn.example", "start": datetime.datetime(d.year, d.month, d.day, 12, 0),
          "end": datetime.datetime(d.year, d.month, d.day, 13, 0),
          "summary": f"Webinaire : {s[0]} {s[1]} {s[2]} – insulinothérapie chez la personne âgée",
          "location": "Teams", "organizer": ("AEDQN", "congres@aedqn.example")}
    blocks = ["Bonjour,", f"Invitation au webinaire de {s[0]} {s[1]} {s[2]} ({s[3]}) sur la désintensification "
              "de l'insulinothérapie chez la personne âgée fragile.", "Lien dans l'invitation jointe."]
    return c.spec("conference", "webinar invitation", ("AEDQN", "congres@aedqn.example"), [(None, ALL_STAFF)],
                  "Webinaire – insulinothérapie chez l'aîné", blocks, conf=False,
                  atts=[Att("webinaire.ics", "ics", A.ics([ev]), method="REQUEST")])


def affichage(c):
    v = c.serial % 3
    rh = S["brisebois"]
    if v == 0:
        d = A.docx("Affichage de poste – Infirmière clinicienne, éducation en diabète", [
            ("kv", [("Numéro d'affichage", f"CDETP-{c.today.year}-{c.r(10, 99)}"), ("Statut", "temps complet, jour"),
                    ("Échelle salariale", "selon la convention collective")]),
            ("h", "Description"), "Enseignement individuel et de groupe aux personnes vivant avec le diabète de type 1 "
            "et 2, ajustement de l'insuline selon ordonnance collective, téléchargement des pompes et capteurs.",
            ("h", "Exigences"), "Baccalauréat en sciences infirmières; certification en éducation du diabète (atout)."])
        blocks = ["Bonjour,", "Affichage interne ci-joint, fin de la période de candidature dans 14 jours.", c.sig(rh)]
        return c.spec("job_posting", "internal job posting for diabetes nurse educator", rh, [(None, ALL_STAFF)],
                      "Affichage – infirmière éducatrice", blocks, conf=False, atts=[Att("affichage_poste_infirmière.docx", "docx", d)])
    if v == 1:
        g, s = person(c, "fr")
        d = c.later(2, 10)
        blocks = [f"Bonjour Josiane,", f"L'entrevue de {g} {s}, candidate au poste de nutritionniste, est fixée au "
                  f"{c.day(d)} à {c.hm(c.ch([9, 10, 13, 14]), 0)}. Son CV indique 6 ans d'expérience en clinique de "
                  "diabète et une formation en comptage des glucides. Cellulaire de la candidate : "
                  f"{G.phone(c.rng)}.", "Le comité : toi, Annie Lacasse et moi.", c.sig(rh, True)]
        return c.spec("candidate", "interview scheduling for a job candidate", rh, [S["prefontaine"], S["lacasse"]],
                      "Entrevue – poste de nutritionniste", blocks, conf=False)
    blocks = ["Le Centre de diabète et d'endocrinologie des Trois-Pignons recrute!",
              "Agent(e) administratif(ve) – prise de rendez-vous (remplacement de 12 mois)",
              ("list", ["Gestion des agendas des endocrinologues et des infirmières", "Accueil téléphonique",
                        "Préparation des formulaires (permis de conduire, assurances, plans scolaires)"]),
              "Faites parvenir votre CV à rh@" + G.DOMAIN + " avant le 30 du mois."]
    return c.spec("job_posting", "external posting for booking clerk", rh, [("Emploi Outaouais", "offres@emploi-outaouais.example")],
                  "Offre d'emploi – agent(e) administratif(ve)", blocks, conf=False, fmt=c.ch(["html", "alt"]))
