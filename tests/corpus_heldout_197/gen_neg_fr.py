"""French-Canadian non-confidential messages (hard negatives), part 1."""

import datetime

from stdnum import luhn

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Mail, earlier, ext, who
from gen_common import (ORG, STAFF, fdate, fr_day, later, signature, staff_addr, staff_name)
from gen_mime import html_table, text_table

L = "fr"

# External people who are not patients (speakers, candidates, vendors).
SPEAKERS_FR = [
    ("Dre Catherine Fauteux", "CHU de l'Estuaire"), ("Dr Hugo Marcil", "Institut de réadaptation du Littoral"),
    ("Mme Lyne Boutin, orthophoniste", "CIUSSS du Haut-Plateau"), ("M. Étienne Sauvé, Dt.P.", "Université de Val-des-Saules"),
    ("Dre Rania Haddou", "Hôpital de la Pointe-aux-Lièvres"), ("Pr Jean-Sébastien Labrie", "Université de Val-des-Saules"),
]
CANDIDATES_FR = ["Gabrielle Tessier", "Maxime Gendron", "Audrey Lavallée", "Kevin Nantel", "Léa Corriveau",
                 "Samuel Ferland"]


def serial_luhn(rng, n=9, prefix=""):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def sig(key):
    return signature(key, L)


# ------------------------------------------------------------------ 1 newsletter

def newsletter(ctx, v):
    ctx.category = "newsletter"
    ctx.note = "infolettre du service de nutrition clinique et d'orthophonie"
    month = fdate(ctx.day, "fr_long").split(" ", 1)[1]
    items = [
        ("Implantation IDDSI : dernière étape",
         "Depuis le 1er du mois, toutes les unités utilisent la terminologie IDDSI pour les textures "
         "et les liquides. Merci à Mélanie Charest et Olivier Bergeron, orthophonistes, pour les "
         "15 séances de formation offertes au personnel infirmier."),
        ("Bienvenue à notre nouvelle gastro-entérologue",
         "La Dre Nadia Belkacem se joint à l'équipe. Elle s'intéresse particulièrement à la maladie "
         "de Crohn, à la gastroparésie et aux gastrostomies percutanées ; elle sera la répondante "
         "médicale du comité de nutrition entérale."),
        ("Mars, mois de la nutrition",
         "Kiosque à la cafétéria le 12 : dépistage de la dénutrition chez la personne âgée (outil "
         "MUST), recettes de purées appétissantes et dégustation de liquides épaissis."),
        ("Bravo!",
         "Félicitations à Isabelle Veilleux, Dt.P., dont l'affiche sur le dépistage du syndrome de "
         "renutrition a remporté le prix du public au colloque régional."),
        ("Rappel - dysphagie et médicaments",
         "Avant d'écraser un comprimé, consultez la liste « Ne pas écraser » du département de "
         "pharmacie. Hélène Marchand, pharmacienne, répond à vos questions au poste 2650."),
    ]
    ctx.rng.shuffle(items)
    chosen = items[:3 + v % 3]
    text = ("INFOLETTRE - Réadaptation et nutrition clinique\nÉdition de %s\n\n" % month +
            "\n\n".join("%s\n%s" % (t.upper(), b) for t, b in chosen) +
            "\n\nPour proposer un sujet : infolettre.readaptation@%s\n\n%s" % (ORG["dom"], sig("mgr")))
    html = ("<html><body style=\"font-family:Arial\"><h2 style=\"color:#1f5f8b\">Infolettre - "
            "Réadaptation et nutrition clinique</h2><p><i>Édition de %s</i></p>%s"
            "<hr><p style=\"font-size:9pt\">%s<br>%s<br>Tél. 819-555-0140</p></body></html>" % (
                month, "".join("<h3>%s</h3><p>%s</p>" % (t, b) for t, b in chosen),
                ORG["name_fr"], ORG["addr"]))
    m = Mail(ctx, who("mgr", L), [("Personnel - Réadaptation", "liste.readaptation@" + ORG["dom"])],
             ["Infolettre de %s" % month, "L'Info-Réadapt - %s" % month, "Infolettre nutrition/orthophonie",
              "Nouvelles du service", "INFOLETTRE %s" % month.upper()][v], text, html=html,
             mode=["alt", "html", "alt", "html", "alt"][v])
    if v in (2, 4):
        m.attach("application/pdf", make_pdf("Infolettre - %s" % month,
                                             [("h", t) if i % 2 == 0 else b for t, b in chosen
                                              for i in (0, 1)], author="Julie Desrochers"),
                 "infolettre_%s.pdf" % fdate(ctx.day, "compact")[:6])
    return m


# ------------------------------------------------------------------ 2 on-call / clinic schedule

def schedule(ctx, v):
    ctx.category = "schedule"
    ctx.note = "horaire de garde et de clinique du personnel"
    staff = ["slp1", "slp2", "slp3", "diet1", "diet2", "diet3", "tech"]
    start = later(ctx.day, ctx.rng, 3, 10)
    rows = [["Date", "Clinique de déglutition (B-214)", "Garde nutrition", "Garde orthophonie"]]
    for i in range(7):
        d = start + datetime.timedelta(days=i)
        rows.append([fr_day(d), staff_name(ctx.pick(["slp1", "slp2"])),
                     staff_name(ctx.pick(["diet1", "diet2", "diet3"])),
                     staff_name(ctx.pick(["slp1", "slp2", "slp3"]))])
    intro = ("Bonjour à tous,\n\nVoici l'horaire de la semaine du %s. Les échanges de garde doivent "
             "être approuvés par Julie avant le vendredi midi. Rappel : la clinique de dysphagie "
             "du mardi après-midi est annulée (formation VFSS avec le Dr Guimond).\n\n" %
             fdate(start, "fr_long"))
    subj = ["Horaire semaine du %s" % fdate(start, "iso"), "Horaire de garde - nutrition/ortho",
            "horaire modifié", "Planification clinique déglutition", "Garde fin de semaine"][v]
    m = Mail(ctx, who("clerk1", L), [("Équipe réadaptation", "equipe.readaptation@" + ORG["dom"])],
             subj, intro + (text_table(rows) if v in (0, 2) else "Horaire en pièce jointe.") +
             "\n\n" + sig("clerk1"), mode="plain" if v != 4 else "alt")
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 12, 0)
    if v in (1, 3):
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Horaire", rows)], "Chantal Poitras", when), "Horaire_%s.xlsx" % fdate(start, "compact"))
    elif v == 4:
        m.attach("application/pdf", make_pdf("Horaire de garde", [("table", rows)], author="Chantal Poitras"),
                 "horaire_garde.pdf")
    return m


# ------------------------------------------------------------------ 3 leave / baby announcement

def leave(ctx, v):
    ctx.category = "hr_leave"
    key = ["slp2", "diet1", "tech", "slp3", "diet2"][v]
    g = STAFF[key][0]
    d1 = later(ctx.day, ctx.rng, 20, 60)
    d2 = d1 + datetime.timedelta(days=ctx.rng.randint(4, 12))
    if v == 3:
        ctx.note = "annonce de naissance du bébé d'une collègue"
        bd = earlier(ctx.dt, ctx.rng, (20, 90)).date()
        text = ("Bonjour l'équipe,\n\nBonne nouvelle : notre collègue %s a donné naissance à une "
                "petite Juliette le %s, 3,2 kg. La maman et le bébé vont très bien! %s est en congé "
                "de maternité jusqu'en %s ; Mélanie Charest reprend ses dossiers de pédiatrie.\n\n"
                "Une carte circule au secrétariat (local B-201) si vous voulez signer.\n\nJulie" % (
                    staff_name(key), fdate(bd, "fr_long"), g, ctx.pick(["septembre", "octobre"])))
        m = Mail(ctx, who("mgr", L), [("Équipe réadaptation", "equipe.readaptation@" + ORG["dom"])],
                 "Bienvenue Juliette!", text, mode="alt")
        return m
    ctx.note = "approbation d'une demande de congé"
    text = ("Bonjour %s,\n\nTa demande de %s du %s au %s est approuvée. %s\n\nMerci de mettre ton "
            "message d'absence et d'aviser Chantal pour le transfert de ta liste.\n\nJulie\n\n%s" % (
                g, ["vacances", "congé de perfectionnement", "congé sans solde", "", "congé férié mobile"][v],
                fdate(d1, "fr_long"), fdate(d2, "fr_long"),
                ["Le remplacement à la clinique de dysphagie sera assuré par Annie.",
                 "Bonne formation sur la nutrition parentérale!",
                 "Le solde de ta banque de temps sera ajusté sur la paie suivante.", "",
                 "Karine te remplace pour la liste des soins intensifs."][v], sig("mgr")))
    m = Mail(ctx, who("mgr", L), [who(key, L)], ["Demande de congé - approuvée", "RE: Demande de perfectionnement",
                                                 "Congé sans solde", "", "Congé mobile"][v], text,
             cc=[who("clerk1", L)])
    if v == 1:
        m.attach_text("text/calendar", make_ics("conge-%s@chrvs.example" % ctx.key.replace(":", "-"),
                                                ctx.dt, datetime.datetime(d1.year, d1.month, d1.day, 8),
                                                datetime.datetime(d2.year, d2.month, d2.day, 16),
                                                "Absent(e) - %s" % staff_name(key), "Hors site",
                                                "Congé de perfectionnement approuvé.",
                                                ("Julie Desrochers", staff_addr("mgr"))),
                      "absence.ics")
    return m


# ------------------------------------------------------------------ 4 payroll

def payroll(ctx, v):
    ctx.category = "payroll"
    ctx.note = "message du service de la paie à un employé"
    key = ["slp1", "diet3", "clerk2", "tech", "slp2"][v]
    mat = "%06d" % ctx.rng.randint(100000, 999999)
    per = "%d-%02d" % (ctx.day.year, ctx.rng.randint(1, 26))
    if v == 4:
        text = ("Bonjour,\n\nLes relevés 1 et feuillets T4 %d seront disponibles dans le portail "
                "employé à compter du 28 février. Vérifiez votre adresse postale dans le portail "
                "avant le 15 janvier.\n\nService de la paie\nPoste 1540\n" % (ctx.day.year - 1 if ctx.day.month < 6 else ctx.day.year))
        return Mail(ctx, ("Service de la paie", "paie@" + ORG["dom"]),
                    [("Tout le personnel", "tous@" + ORG["dom"])], "Relevés 1 / T4 - date de disponibilité", text)
    rows = [["Matricule", "Période", "Code", "Description", "Heures", "Montant"],
            [mat, per, "P-SOIR", "Prime de soir", "22,5", "%d,%02d $" % (ctx.rng.randint(40, 90), ctx.rng.randint(0, 99))],
            [mat, per, "TS-150", "Temps supplémentaire 1,5", "%d,0" % ctx.rng.randint(2, 9),
             "%d,%02d $" % (ctx.rng.randint(100, 400), ctx.rng.randint(0, 99))],
            [mat, per, "REG", "Régulier", "70,0", "%d %03d,%02d $" % (ctx.rng.randint(2, 3), ctx.rng.randint(0, 999), ctx.rng.randint(0, 99))]]
    text = ("Bonjour %s,\n\nSuite à votre demande, voici la correction apportée pour la période %s "
            "(matricule %s). L'ajustement paraîtra sur le dépôt du %s.\n\n%s\n\nNAS au dossier : *** *** %03d "
            "(confirmé)\n\nCordialement,\nService de la paie\n%s\nTél. 819-555-0154" % (
                STAFF[key][0], per, mat, fdate(later(ctx.day, ctx.rng, 5, 14), "fr_long"), text_table(rows),
                ctx.rng.randint(100, 999), ORG["name_fr"]))
    m = Mail(ctx, ("Service de la paie", "paie@" + ORG["dom"]), [who(key, L)],
             ["Correction de paie - période %s" % per, "Votre demande - prime de soir", "RE: paie",
              "Ajustement temps supplémentaire"][v], text, mode="plain")
    if v == 2:
        m.attach_text("text/csv", make_csv(rows, sep=";"), "ajustement_%s.csv" % mat, charset="iso-8859-1")
    return m


# ------------------------------------------------------------------ 5 occupational health of staff

def occ_health(ctx, v):
    ctx.category = "occupational_health"
    if v in (0, 1):
        ctx.note = "retour au travail progressif d'une employée (santé au travail)"
        key = ["diet2", "slp1"][v]
        g, s = STAFF[key][0], STAFF[key][1]
        text = ("Bonjour Julie,\n\nVoici le plan de retour progressif pour %s %s (%s), suite à son "
                "arrêt pour %s :\n\n- semaines 1-2 : 3 jours/semaine, avant-midi seulement\n"
                "- semaines 3-4 : 4 jours/semaine\n- restrictions : %s\n\nLe certificat médical est au "
                "dossier de santé au travail ; merci de ne pas le transférer.\n\n"
                "Équipe Santé et sécurité au travail\nPoste 1530" % (
                    g, s, STAFF[key][2], ["une chirurgie de l'épaule droite", "une entorse lombaire"][v],
                    ["pas de levée de plus de 5 kg, pas de transfert d'usager",
                     "pas de position penchée prolongée lors des évaluations au chevet"][v]))
        return Mail(ctx, ("Santé et sécurité au travail", "sst@" + ORG["dom"]), [who("mgr", L)],
                    "Plan de retour progressif - %s" % s, text)
    if v == 2:
        ctx.note = "campagne de vaccination antigrippale du personnel"
        text = ("Bonjour,\n\nLa campagne de vaccination contre l'influenza et la COVID-19 pour le "
                "personnel débute le %s. Cliniques sans rendez-vous au local A-110, de 7 h 30 à 15 h 30.\n"
                "Apportez votre carte d'employé. Les personnes avec allergie grave aux oeufs peuvent "
                "consulter l'infirmière en santé au travail.\n\nSanté au travail" % fdate(later(ctx.day, ctx.rng), "fr_long"))
        return Mail(ctx, ("Santé au travail", "sst@" + ORG["dom"]), [("Tout le personnel", "tous@" + ORG["dom"])],
                    "Vaccination antigrippale 2024-2025", text, mode="html")
    if v == 3:
        ctx.note = "rappel de test d'ajustement N95 pour le personnel"
        rows = [["Employé(e)", "Titre d'emploi", "Dernier fit-test", "Statut"]]
        for k in ["slp1", "slp2", "slp3", "diet1", "diet2", "tech"]:
            rows.append([staff_name(k), STAFF[k][2].split(",")[0], fdate(earlier(ctx.dt, ctx.rng, (3000, 9000)).date(), "iso"),
                         ctx.pick(["à refaire", "valide", "à refaire"])])
        text = ("Bonjour,\n\nLes tests d'ajustement N95 (obligatoires pour les évaluations FEES et les "
                "patients en isolement aérien) doivent être refaits. Liste ci-dessous.\n\n%s\n\n"
                "Prévention et contrôle des infections" % text_table(rows))
        return Mail(ctx, ("PCI", "pci@" + ORG["dom"]), [who("mgr", L)], "Fit-tests N95 à renouveler", text)
    ctx.note = "déclaration d'accident de travail d'un employé"
    text = ("Bonjour,\n\nJ'ai reçu la déclaration d'événement de Patrick Lévesque (technicien en "
            "diététique) : coupure à la main gauche en ouvrant une caisse de formules, premiers soins "
            "donnés sur place, aucun arrêt de travail. Le formulaire est complété ; merci de signer "
            "la section gestionnaire.\n\nÉquipe SST")
    m = Mail(ctx, ("Santé et sécurité au travail", "sst@" + ORG["dom"]), [who("mgr", L)],
             "Déclaration d'événement - employé", text)
    m.attach("application/pdf", make_pdf("Déclaration d'accident, d'incident ou de maladie professionnelle", [
        ("kv", [("Employé", "Patrick Lévesque"), ("Matricule", "%06d" % ctx.rng.randint(100000, 999999)),
                ("Service", "Nutrition clinique"), ("Nature", "Coupure superficielle, main gauche")]),
        "Premiers soins : oui. Consultation médicale : non. Arrêt de travail : non."], author="SST"),
             "declaration_evenement_SST.pdf")
    return m


# ------------------------------------------------------------------ 6 committee notice

def committee(ctx, v):
    ctx.category = "committee"
    ctx.note = "convocation d'un comité avec ordre du jour"
    d = later(ctx.day, ctx.rng, 5, 20)
    hh = ctx.pick([8, 12, 13, 15])
    name = ["Comité de nutrition et d'alimentation", "Comité interdisciplinaire de dysphagie",
            "Comité de pharmacologie - sous-comité nutrition parentérale",
            "Comité qualité - réadaptation", "Comité de nutrition et d'alimentation"][v]
    odj = [
        "Adoption de l'ordre du jour et du procès-verbal du %s" % fdate(earlier(ctx.dt, ctx.rng, (500, 900)).date(), "fr_long"),
        "Protocole de dépistage de la dysphagie post-AVC (Mme Lyne Boutin, orthophoniste invitée)",
        "Mise à jour de l'ordonnance collective de nutrition entérale (Dre Belkacem)",
        "Indicateurs : délai moyen avant l'évaluation en déglutition (Julie Desrochers)",
        "Nouvelle gamme de liquides pré-épaissis - essai sur 2 unités (Daniel Aubin)",
        "Varia",
    ]
    text = ("Bonjour,\n\nVous êtes convoqué(e) à la prochaine rencontre du %s :\n\n%s à %d h, salle "
            "du conseil (A-300) ou par Teams.\n\nOrdre du jour\n%s\n\nMerci de confirmer votre présence.\n\n%s" % (
                name, fr_day(d).capitalize(), hh, "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(odj)),
                sig("clerk1")))
    m = Mail(ctx, who("clerk1", L), [who("ent", L, True), who("gastro", L, True), who("geri", L, True),
                                      who("mgr", L), who("food", L)], "Convocation - %s" % name, text,
             mode=["plain", "alt", "plain", "html", "plain"][v])
    if v in (0, 2, 4):
        start = datetime.datetime(d.year, d.month, d.day, hh, 0)
        m.attach_text("text/calendar", make_ics("comite-%s@chrvs.example" % ctx.key.replace(":", "-"), ctx.dt,
                                                start, start + datetime.timedelta(minutes=90), name,
                                                "Salle du conseil A-300 / Teams", "Ordre du jour joint au courriel.",
                                                ("Chantal Poitras", staff_addr("clerk1"))),
                      "invitation.ics")
    if v == 3:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx("Ordre du jour - " + name, odj, "Chantal Poitras",
                           datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 9)), "ODJ.docx")
    return m


# ------------------------------------------------------------------ 7 congress programme

def congress(ctx, v):
    ctx.category = "conference"
    ctx.note = "programme d'un colloque professionnel"
    d = later(ctx.day, ctx.rng, 30, 80)
    topics = [
        "La dysphagie oropharyngée chez la personne atteinte de Parkinson : nouveautés",
        "Renutrition et syndrome de renutrition : qui est à risque?",
        "Aphasie primaire progressive : outils d'évaluation en français québécois",
        "FEES ou vidéofluoroscopie? Choisir le bon examen",
        "Alimentation entérale à domicile : pièges et solutions",
        "Bégaiement chez l'enfant d'âge préscolaire : intervention Lidcombe",
    ]
    ctx.rng.shuffle(topics)
    rows = [["Heure", "Conférence", "Conférencier(ère)"]]
    sp = SPEAKERS_FR[:]
    ctx.rng.shuffle(sp)
    for i, t in enumerate(topics[:5]):
        rows.append(["%d h %02d" % (8 + i + (1 if i > 2 else 0), ctx.pick([0, 30])), t, "%s (%s)" % sp[i]])
    text = ("Bonjour,\n\nL'%s vous invite à son colloque annuel le %s à Val-des-Saules (Hôtel du "
            "Lac, 45, rue du Quai).\n\nProgramme\n%s\n\nInscription : 175 $ membres / 225 $ non-membres. "
            "Crédits de formation continue reconnus.\n\nLe comité organisateur" % (
                "Association des orthophonistes et nutritionnistes de l'Est", fdate(d, "fr_long"), text_table(rows)))
    m = Mail(ctx, ext("congres", "colloque", "AONE - Colloque annuel"),
             [("Membres", "membres@aone.example")], ["Colloque annuel - programme",
                                                     "Programme préliminaire du colloque",
                                                     "Dernier rappel : inscription au colloque",
                                                     "Colloque AONE %d" % d.year, "Programme"][v], text,
             mode=["alt", "plain", "html", "alt", "plain"][v])
    if v in (1, 4):
        m.attach("application/pdf", make_pdf("Colloque annuel - Programme", [("table", rows),
                                                                             "Hôtel du Lac, 45, rue du Quai, Val-des-Saules. Tél. 819-555-0177"],
                                             author="AONE"), "programme_colloque.pdf")
    if v == 3:
        ctx.note = "programme de colloque transféré par la cheffe de service"
        ctx.features.add("inline_forward")
        m.frm = who("mgr", L)
        m.to = [("Équipe réadaptation", "equipe.readaptation@" + ORG["dom"])]
        m.text = "Pour info - le service rembourse l'inscription de deux personnes, faites-moi signe.\n\nJulie\n\n" + \
            "-------- Message transféré --------\n" + text
        m.subject = "TR: " + m.subject
    return m


# ------------------------------------------------------------------ 8 job posting / interviews

def job(ctx, v):
    ctx.category = "job_posting"
    if v in (0, 1, 2):
        ctx.note = "affichage de poste"
        post = ["orthophoniste", "nutritionniste (Dt.P.)", "technicien(ne) en diététique"][v]
        num = "AFF-%d-%03d" % (ctx.day.year, ctx.rng.randint(100, 400))
        text = ("AFFICHAGE INTERNE ET EXTERNE - %s\n\nPoste : %s, temps complet permanent (35 h/sem.)\n"
                "Port d'attache : %s - Clinique de déglutition et unités de soins\n"
                "Échelle salariale : %s\n\nResponsabilités : évaluation et traitement de la dysphagie "
                "chez l'adulte, participation aux VFSS et FEES, collaboration avec l'équipe "
                "interdisciplinaire.\nExigences : membre de l'ordre professionnel, expérience en "
                "dysphagie un atout.\n\nFaire parvenir votre CV avant le %s à emplois@%s.\n\n"
                "Le %s souscrit au principe de l'équité en emploi." % (
                    num, post, ORG["name_fr"], ["30,10 $ à 53,69 $/h", "30,10 $ à 53,69 $/h", "23,95 $ à 33,89 $/h"][v],
                    fdate(later(ctx.day, ctx.rng, 10, 25), "fr_long"), ORG["dom"], ORG["short"]))
        m = Mail(ctx, ("Ressources humaines - dotation", "emplois@" + ORG["dom"]),
                 [("Tout le personnel", "tous@" + ORG["dom"])], "Affichage %s - %s" % (num, post), text,
                 mode=["plain", "html", "alt"][v])
        return m
    ctx.note = "horaire d'entrevues de candidats (RH)"
    rows = [["Heure", "Candidat(e)", "Poste", "Comité"]]
    cands = CANDIDATES_FR[:]
    ctx.rng.shuffle(cands)
    for i in range(4):
        rows.append(["%d h 00" % (9 + i), cands[i], "Orthophoniste", "J. Desrochers, M. Charest, M.-È. Tardif"])
    d = later(ctx.day, ctx.rng)
    text = ("Bonjour,\n\nVoici l'horaire des entrevues du %s (salle B-220). Les CV sont dans le "
            "dossier partagé RH\\Dotation\\2024. Merci de compléter la grille d'évaluation après "
            "chaque entrevue.\n\n%s\n\n%s" % (fr_day(d), text_table(rows), sig("hr")))
    m = Mail(ctx, who("hr", L), [who("mgr", L), who("slp1", L)], "Entrevues orthophoniste - %s" % fdate(d, "iso"),
             text)
    if v == 4:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx("Grille d'évaluation - entrevue", [
                     ("table", [["Critère", "Pondération", "Note"], ["Connaissances en dysphagie", "30 %", ""],
                                ["Communication", "20 %", ""], ["Travail d'équipe", "20 %", ""],
                                ["Mise en situation (cas clinique)", "30 %", ""]])],
                           "Marie-Ève Tardif", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 10)),
                 "grille_entrevue.docx")
    return m


# ------------------------------------------------------------------ 9 supplier invoice

def invoice(ctx, v):
    ctx.category = "invoice"
    ctx.note = "facture d'un fournisseur de produits de nutrition"
    inv = "F-%d%05d" % (ctx.day.year % 100, ctx.rng.randint(10000, 99999))
    client = "C-%05d" % ctx.rng.randint(10000, 99999)
    prods = [("Épaississant à base de gomme xanthane 900 g", 18.45), ("Formule polymérique 1,5 kcal/mL 1000 mL", 9.80),
             ("Formule peptidique 1,2 kcal/mL 1000 mL", 14.25), ("Ensembles de tubulure ENFit", 6.10),
             ("Seringues ENFit 60 mL (bte 30)", 21.90), ("Eau pré-épaissie IDDSI 2, 118 mL (cs 24)", 26.40)]
    ctx.rng.shuffle(prods)
    rows = [["Code", "Description", "Lot", "Qté", "Prix unit.", "Total"]]
    tot = 0.0
    for name, pu in prods[:4]:
        q = ctx.rng.randint(4, 60)
        lot = serial_luhn(ctx.rng, 10, prefix="24") if ctx.chance(0.5) else "L%s" % serial_luhn(ctx.rng, 8)
        rows.append(["NM-%04d" % ctx.rng.randint(1000, 9999), name, lot, q, "%.2f" % pu, "%.2f" % (q * pu)])
        tot += q * pu
    tps, tvq = tot * 0.05, tot * 0.09975
    kv = [("Facture no", inv), ("No client", client), ("Date", fdate(ctx.day, "iso")),
          ("Facturer à", "%s - Comptes fournisseurs" % ORG["short"]), ("Livrer à", "Quai de réception, " + ORG["addr"]),
          ("Bon de commande", "BC-%06d" % ctx.rng.randint(100000, 999999))]
    pdf = make_pdf("NutriMed Distribution - Facture", [("kv", kv), ("table", rows), "",
                                                        ("kv", [("Sous-total", "%.2f $" % tot), ("TPS", "%.2f $" % tps),
                                                                ("TVQ", "%.2f $" % tvq), ("Total", "%.2f $" % (tot + tps + tvq))]),
                                                        "NutriMed Distribution, 880, rue de l'Industrie, Laval-Ouest. 450-555-0163"],
                   author="NutriMed Distribution")
    text = ("Bonjour,\n\nVeuillez trouver ci-joint la facture %s pour votre commande livrée le %s.\n"
            "Modalités : net 30 jours.\n\nService à la clientèle\nNutriMed Distribution\n450-555-0163" % (
                inv, fdate(earlier(ctx.dt, ctx.rng, (24, 120)).date(), "fr_long")))
    m = Mail(ctx, ext("supplier", "facturation", "NutriMed - Facturation"),
             [("Comptes fournisseurs", "comptes.fournisseurs@" + ORG["dom"])], "Facture %s" % inv, text,
             cc=[who("tech", L)] if v % 2 else None, mode="plain" if v != 3 else "alt")
    if v == 4:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Facture", [[k, v2] for k, v2 in kv] + [[]] + rows)], "NutriMed",
                           datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 6)), "facture_%s.xlsx" % inv)
    else:
        m.attach("application/pdf", pdf, "Facture_%s.pdf" % inv)
    return m


TEMPLATES = [newsletter, schedule, leave, payroll, occ_health, committee, congress, job, invoice]
