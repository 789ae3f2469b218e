"""Non-confidential (hard negative) messages in French, part 1: HR, schedules, people near disease words."""
import datetime

import gen_attach as A
from gen_build import reply_block, earlier, fake_msgid, forward_block
from gen_common import addr, sig, CLINIC_FR, CLINIC_ADDR, CLINIC_PHONE, CLINIC_FAX, HOSP, fmt_date, MOIS, JOURS, ORGS
from gen_ctx import spec
from gen_neg_util import OTHER_PEOPLE_FR, luhn_serial, grouped, lot

L = "fr"
NURSES = ["Isabelle Boisvert", "Julie Normandeau", "Caroline Arseneau", "Rachel Halloran", "Mélissa Cantin", "Karine Ouimette"]


def _day(ctx, n):
    d = ctx.dt.date() + datetime.timedelta(days=n)
    return d


def schedule(ctx):
    start = ctx.dt.date() + datetime.timedelta(days=(7 - ctx.dt.weekday()) % 7 + 7)
    rows = [["Date", "Jour", "Clinique AM", "Clinique PM", "Labo vasculaire", "Garde MD"]]
    for i in range(10):
        d = start + datetime.timedelta(days=i + (2 if i >= 5 else 0))
        rows.append([d.isoformat(), JOURS[d.weekday()], ctx.pick(NURSES), ctx.pick(NURSES),
                     ctx.pick(["C. Villeneuve", "K. Okafor"]), ctx.pick(["Dre Lafrenière", "Dr Archambault", "Dre Raman"])])
    text = ("Bonjour à toutes et à tous,\n\nVoici l'horaire de la clinique des plaies pour les deux prochaines semaines. "
            "Isabelle est en formation le mardi ; merci de vérifier vos quarts et de me signaler les erreurs d'ici vendredi.\n\n%s\n"
            % sig("cyr"))
    if ctx.chance(0.5):
        return spec(ctx, "schedule", "two-week staff schedule", [], addr("cyr"), [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")],
                    "Horaire clinique des plaies - semaine %s" % start.strftime("%V"), text,
                    attachments=[{"kind": "xlsx", "filename": "horaire_plaies_%s.xlsx" % start.isoformat(), "sheets": [("Horaire", rows)]}])
    text = text.replace("Voici l'horaire", "Voici l'horaire ci-dessous") + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n"
    return spec(ctx, "schedule", "two-week staff schedule", [], addr("cyr"), [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")],
                "Horaire des deux prochaines semaines", text)


def leave_request(ctx):
    who = ctx.pick(["boisvert", "normandeau", "villeneuve", "laberge"])
    d1 = _day(ctx, ctx.rng.randrange(20, 60))
    d2 = d1 + datetime.timedelta(days=ctx.pick([4, 7, 11]))
    reason = ctx.pick(["vacances annuelles", "congé de maladie de mon fils (varicelle)", "rendez-vous médical personnel",
                       "déménagement", "congé sans solde"])
    text = ("Bonjour Stéphane,\n\nJe souhaite poser une demande de congé du %s au %s inclusivement (%s). "
            "J'ai vérifié avec Julie qui peut couvrir mes cliniques du mardi.\n\nMerci,\n\n%s\n"
            % (fmt_date(d1, L, "long"), fmt_date(d2, L, "long"), reason, sig(who, short=True)))
    prev = None
    if ctx.chance(0.5):
        prev = ctx.dt
        reply = "Approuvé. Je l'inscris dans le logiciel d'horaire.\n\nStéphane\n\n"
        text = reply + reply_block(L, earlier(ctx.dt, ctx.rng), addr(who), ctx.pick([0, 1]), "Demande de congé", text)
        frm, to = addr("cyr"), [addr(who)]
        subj = "RE: Demande de congé"
    else:
        frm, to = addr(who), [addr("cyr")]
        subj = "Demande de congé"
    return spec(ctx, "leave", "staff leave request", [], frm, to, subj, text)


def payroll(ctx):
    mat = "%06d" % ctx.rng.randrange(100000, 999999)
    v = ctx.pick([
        ("Prime de soir non versée - période 19", "Bonjour Josianne,\n\nMa prime de soir n'apparaît pas sur la paie du %s "
         "(matricule %s). J'ai travaillé 3 soirs au labo vasculaire.\n\nMerci de vérifier,\n"),
        ("Relevés T4 et Relevé 1 disponibles", "Bonjour,\n\nLes relevés fiscaux seront disponibles dans le portail employé "
         "à compter du %s. Votre matricule (%s) est votre identifiant. Aucun relevé ne sera envoyé par courriel ; ne "
         "transmettez jamais votre NAS par courriel.\n\n"),
        ("Changement de dépôt direct", "Bonjour,\n\nJe change d'institution financière. Je vous envoie le spécimen de chèque "
         "par courrier interne, à appliquer à partir de la paie du %s. Matricule %s.\n\n"),
    ])
    date = fmt_date(_day(ctx, ctx.rng.randrange(3, 30)), L, "long")
    who = ctx.pick(["villeneuve", "normandeau", "laberge"])
    if v[0].startswith("Relevés"):
        frm, to = addr("vezina"), [("Tout le personnel - DSI", "personnel.dsi@hrvc.example")]
        text = v[1] % (date, "XXXXXX") + sig("vezina")
    else:
        frm, to = addr(who), [addr("vezina")]
        text = v[1] % (date, mat) + sig(who, short=True)
    return spec(ctx, "payroll", "payroll question", [], frm, to, v[0], text)


def occ_health(ctx):
    who = ctx.pick(["boisvert", "normandeau", "hamel", "benali"])
    v = ctx.pick([
        "Suivi de votre exposition au sang du %s : la prise de sang de contrôle (hépatite B, hépatite C, VIH) est prévue à "
        "6 semaines. Votre vaccin hépatite B est à jour. Présentez-vous au bureau de santé au travail, local B-112.",
        "Rappel : votre test cutané à la tuberculine (TCT) annuel est dû avant le %s. Sans résultat, l'accès aux unités "
        "d'hospitalisation sera suspendu.",
        "Votre retour progressif après votre chirurgie de l'épaule est approuvé à partir du %s : 3 jours/semaine, "
        "pas de mobilisation de patients pendant 4 semaines.",
    ])
    text = "Bonjour %s,\n\n%s\n\nCe message est confidentiel et vous est adressé personnellement.\n\nSanté et sécurité au travail\n%s\n" % (
        addr(who)[0].split()[0], v % fmt_date(_day(ctx, -ctx.rng.randrange(3, 20) if "exposition" in v else ctx.rng.randrange(5, 25)), L, "long"), HOSP)
    return spec(ctx, "occupational_health", "employee occupational health follow-up", [],
                ("Santé et sécurité au travail", "sst@hrvc.example"), [addr(who)],
                ctx.pick(["Suivi santé au travail", "Rendez-vous SST", "Votre dossier SST"]), text)


def candidates(ctx):
    people = ctx.sample(OTHER_PEOPLE_FR, 4)
    d = _day(ctx, ctx.rng.randrange(5, 15))
    lines = ["%d h 00 - %s (%s)" % (9 + i, p, ctx.pick(["infirmière clinicienne, 6 ans en chirurgie", "ISP certifiée, CLSC",
                                                          "finissante au DEC-BAC", "infirmière auxiliaire, soins de plaies"]))
             for i, p in enumerate(people)]
    text = ("Bonjour,\n\nVoici l'horaire des entrevues pour le poste d'infirmière clinicienne en soins de plaies "
            "(affichage 2024-118), le %s, salle B-310 :\n\n%s\n\nGrille d'évaluation en pièce jointe. Merci de ne pas "
            "transférer les CV.\n\n%s\n" % (fmt_date(d, L, "long"), "\n".join(lines), sig("vezina")))
    grid = ["Critère / Pondération", "Connaissances en soins de plaies (pied diabétique, ulcères veineux) / 30",
            "Jugement clinique - mise en situation / 30", "Communication / 20", "Travail d'équipe / 20"]
    return spec(ctx, "candidates", "interview schedule for job candidates", [], addr("vezina"),
                [addr("cyr"), addr("boisvert")], "Entrevues - poste ISP plaies", text,
                attachments=[{"kind": "docx", "filename": "grille_entrevue.docx", "title": "Grille d'entrevue", "paras": grid}])


def oncall_md(ctx):
    d = _day(ctx, (4 - ctx.dt.weekday()) % 7)
    text = ("Bonjour,\n\nGarde de chirurgie vasculaire pour la fin de semaine du %s :\n\n"
            "- Dre Hélène Lafrenière : ischémies aiguës, pieds diabétiques infectés, amputations urgentes\n"
            "- Dr Mathieu Archambault : anévrismes de l'aorte, dissections, accès de dialyse\n"
            "- Dr Karim Benali (résident) : premier appel, consultations à l'urgence\n\n"
            "Les ulcères veineux non compliqués peuvent attendre la clinique du lundi.\n\n%s\n"
            % (fmt_date(d, L, "long"), sig("laberge")))
    return spec(ctx, "oncall", "weekend on-call roster of surgeons", [], addr("laberge"),
                [("Urgence - coordination", "urgence.coord@hrvc.example"), ("Téléphonistes", "standard@hrvc.example")],
                "Garde chirurgie vasculaire - fin de semaine", text)


def conference(ctx):
    sp = ctx.sample(OTHER_PEOPLE_FR, 4)
    topics = ["Le pied diabétique infecté : quand amputer ?", "Compression et ulcères mixtes : mythes et réalités",
              "IPS, IOT et TcPO2 : lire les résultats au chevet", "Thérapie par pression négative à domicile",
              "Douleur et plaies chroniques", "Lésions de pression en CHSLD : données québécoises 2023"]
    tps = ctx.sample(topics, 4)
    prog = ["%s - Dr(e) %s : %s" % (h, s, t) for h, s, t in zip(["8 h 45", "10 h 15", "13 h 00", "14 h 30"], sp, tps)]
    d = _day(ctx, ctx.rng.randrange(30, 70))
    text = ("Bonjour,\n\nL'Association des soins de plaies du Québec vous invite à sa journée scientifique régionale le %s "
            "au Centre des congrès de Val-des-Cèdres.\n\nProgramme :\n%s\n\nInscription avant le %s : 145 $ (membres 95 $). "
            "6 heures de formation accréditées.\n\nLe comité scientifique\n%s\n"
            % (fmt_date(d, L, "long"), "\n".join(prog), fmt_date(d - datetime.timedelta(days=14), L, "long"), ORGS["conf"][0]))
    atts = None
    if ctx.chance(0.5):
        atts = [{"kind": "pdf", "filename": "Programme_journee_plaies.pdf", "title": "Journée scientifique - Programme",
                 "lines": prog + ["", "Lieu : Centre des congrès, 400 rue du Lac, Val-des-Cèdres", "Info : 819-555-0188"]}]
    return spec(ctx, "conference", "regional wound care conference programme", [],
                ("ASPQ - Formation continue", "formation@aspq-plaies.example"), [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")],
                "Journée scientifique en soins de plaies - programme", text, attachments=atts)


def newsletter(ctx):
    new = ctx.sample(OTHER_PEOPLE_FR, 2)
    htm = ("<h2>L'Écho des Cèdres - infolettre de la DSI</h2>"
           "<p>Bienvenue à <b>Mme %s</b>, nouvelle infirmière clinicienne à la clinique des plaies, et à <b>M. %s</b>, "
           "technologue au laboratoire vasculaire.</p>"
           "<p><b>Dre Hélène Lafrenière</b> a reçu le prix Reconnaissance pour son programme de prévention des amputations "
           "chez les personnes diabétiques : le nombre d'amputations majeures a baissé de 18 %% en deux ans.</p>"
           "<p>Semaine de la prévention des lésions de pression : kiosque au hall principal du 18 au 22 novembre.</p>"
           "<p>Rappel : vaccination antigrippale du personnel, cliniques sans rendez-vous les mardis.</p>"
           "<p style='font-size:9pt;color:#777'>%s - %s</p>" % (new[0], new[1], HOSP, CLINIC_ADDR))
    from gen_mime import wrap_html
    return spec(ctx, "newsletter", "staff newsletter", [], ("Communications HRVC", "communications@hrvc.example"),
                [("Tout le personnel", "tous@hrvc.example")], "L'Écho des Cèdres - novembre", None,
                html=wrap_html(htm, L), body_mode="html")


def committee(ctx):
    d = _day(ctx, ctx.rng.randrange(5, 20))
    items = ["Adoption du compte rendu du %s" % fmt_date(d - datetime.timedelta(days=28), L, "long"),
             "Incidence des lésions de pression - données du T2 (aucune donnée nominative)",
             "Révision du protocole de prévention des plaies du pied diabétique",
             "Formulaire de pansements : retrait de l'Acticoat au profit de l'Aquacel Ag+",
             "Audit des IPS réalisés avant la compression", "Varia"]
    text = ("Bonjour,\n\nLe comité interdisciplinaire de prévention et de traitement des plaies se réunira le %s de 12 h à 13 h, "
            "salle B-310 et par Teams.\n\nOrdre du jour :\n%s\n\n%s\n"
            % (fmt_date(d, L, "long"), "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items)), sig("normandeau")))
    atts = None
    if ctx.chance(0.5):
        atts = [{"kind": "docx", "filename": "ODJ_comite_plaies_%s.docx" % d.isoformat(), "title": "Ordre du jour",
                 "paras": items}]
    return spec(ctx, "committee", "wound committee agenda", [], addr("normandeau"),
                [("Comité plaies", "comite.plaies@hrvc.example")], "Comité plaies - ordre du jour", text, attachments=atts)


def aggregate_stats(ctx):
    q = ctx.pick(["T1", "T2", "T3"])
    rows = [["Indicateur", "%s 2023" % q, "%s 2024" % q],
            ["IPS réalisés", ctx.rng.randrange(250, 400), ctx.rng.randrange(250, 400)],
            ["Nouveaux ulcères veineux", ctx.rng.randrange(40, 90), ctx.rng.randrange(40, 90)],
            ["Plaies de pied diabétique", ctx.rng.randrange(60, 120), ctx.rng.randrange(60, 120)],
            ["Amputations majeures", ctx.rng.randrange(8, 25), ctx.rng.randrange(8, 25)],
            ["Amputations mineures", ctx.rng.randrange(20, 45), ctx.rng.randrange(20, 45)],
            ["Cicatrisation à 12 sem. (%)", ctx.rng.randrange(40, 60), ctx.rng.randrange(45, 65)],
            ["Délai moyen 1re visite (jours)", ctx.rng.randrange(10, 40), ctx.rng.randrange(10, 40)]]
    text = ("Bonjour,\n\nVoici le tableau de bord trimestriel de la clinique des plaies (%s). Données agrégées, "
            "aucune information nominative.\n\n%s\n" % (q, sig("cyr")))
    return spec(ctx, "statistics", "quarterly aggregate dashboard", [], addr("cyr"),
                [("Direction des services professionnels", "dsp@hrvc.example")], "Tableau de bord %s - clinique des plaies" % q,
                text, attachments=[{"kind": "xlsx", "filename": "tableau_bord_%s_2024.xlsx" % q, "sheets": [("Indicateurs", rows)]}])


def teaching_case(ctx):
    age = ctx.rng.randrange(55, 85)
    text = ("Bonjour à tous,\n\nCas clinique de la semaine (dépersonnalisé) pour la formation des résidents :\n\n"
            "Homme de %d ans, diabétique de type 2 depuis 20 ans, tabagisme actif. Ulcère plantaire sous la 1re tête "
            "métatarsienne droite depuis 3 mois, sondable à l'os. IPS 1,35 (non compressible), IOT 0,31. "
            "CRP 64. Radiographie : érosion corticale.\n\nQuestions :\n1. Quel examen complémentaire ?\n"
            "2. Antibiothérapie empirique ?\n3. Place de la revascularisation ?\n\nRéponses vendredi à la réunion.\n\n%s\n"
            % (age, sig("lafreniere")))
    return spec(ctx, "teaching_case", "de-identified teaching case", [], addr("lafreniere"),
                [("Résidents chirurgie", "residents.chir@hrvc.example")], "Cas clinique de la semaine - pied diabétique", text)


def blank_form(ctx):
    fields = ["Nom de l'usager : ______________________", "NAM : ____ ____ ____    Date de naissance : ____/____/____",
              "Sexe : [ ] F  [ ] M", "Adresse : ___________________________", "Téléphone : (____) ____-______",
              "Examen demandé : [ ] IPS  [ ] IOT  [ ] Doppler artériel  [ ] Doppler veineux",
              "Indication clinique : _____________________", "Médecin demandeur : __________  No de permis : _______",
              "Télécopier au laboratoire vasculaire : %s" % CLINIC_FAX]
    kind = ctx.pick(["pdf", "docx"])
    text = ("Bonjour,\n\nÀ la demande de plusieurs GMF, voici la nouvelle version du formulaire de demande d'examen au "
            "laboratoire vasculaire (version 2024-09). Merci de détruire les anciennes copies.\n\n%s\n" % sig("villeneuve"))
    att = {"kind": kind, "filename": "Formulaire_demande_labo_vasculaire_v2024-09.%s" % kind,
           "title": "Demande d'examen - Laboratoire vasculaire", "lines": fields, "paras": fields}
    return spec(ctx, "blank_form", "blank vascular lab request form", [], addr("villeneuve"),
                [("GMF - secrétariats", "gmf.secretariats@cisss-hauteriviere.example")], "Nouveau formulaire - labo vasculaire",
                text, attachments=[att])


def mail_merge(ctx):
    tpl = ("Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la clinique des plaies le «Date_RDV» à «Heure_RDV».\n"
           "Veuillez apporter votre carte d'assurance maladie et la liste de vos médicaments.\n"
           "Pour annuler : %s.\n\n%s" % (CLINIC_PHONE, CLINIC_FR))
    text = ("Marie-Ève,\n\nVoici le gabarit de publipostage pour les rappels de rendez-vous. Les champs entre chevrons "
            "sont remplis par l'agenda. Peux-tu valider le texte avant qu'on l'active ?\n\n-----\n%s\n-----\n\n%s\n"
            % (tpl, sig("cyr", short=True)))
    return spec(ctx, "template", "mail-merge appointment reminder template", [], addr("cyr"), [addr("laberge")],
                "Gabarit de rappel de rendez-vous", text)


def baby(ctx):
    who = ctx.pick(["Julie", "Chantal", "Marie-Ève"])
    d = ctx.dt.date() - datetime.timedelta(days=ctx.rng.randrange(1, 5))
    name = ctx.pick(["Rose", "Éloi", "Juliette", "Thomas"])
    text = ("Bonjour l'équipe !\n\nBelle nouvelle : %s a accouché le %s à 4 h 12. Le petit %s pèse 3,4 kg et tout le monde "
            "va bien. On organise une carte et un cadeau collectif, contribution volontaire dans l'enveloppe au poste "
            "de la clinique.\n\n%s\n" % (who, fmt_date(d, L, "long"), name, sig("laberge", short=True)))
    return spec(ctx, "social_staff", "colleague's baby announcement", [], addr("laberge"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "Bébé est arrivé !", text)


def retirement(ctx):
    text = ("Bonjour à tous,\n\nAprès 32 ans de carrière, dont 18 à la clinique des plaies, Mme Lucie Beauregard prend sa "
            "retraite le 20 décembre. Elle a soigné des milliers d'ulcères veineux et de pieds diabétiques et formé une "
            "génération d'infirmières en soins de plaies. Un 5 à 7 aura lieu au café du pavillon B.\n\n%s\n" % sig("cyr"))
    return spec(ctx, "social_staff", "retirement announcement", [], addr("cyr"), [("Tout le personnel", "tous@hrvc.example")],
                "Départ à la retraite", text)
