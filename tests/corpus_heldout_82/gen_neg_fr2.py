"""Non-confidential messages in French, part 2 (step 11): congresses, GP circles, forms, IT, stats."""
import datetime

import gen_attach as A
import gen_common as G
import gen_ids as I
import gen_mime as M
from gen_neg_fr1 import base, staff_addr

TOPICS = [("Insuffisance cardiaque : les quatre piliers du traitement", "cardiologie"),
          ("BPCO : quand adresser au pneumologue ?", "pneumologie"),
          ("Diabète de type 2 et rein : iSGLT2 pour tous ?", "néphrologie"),
          ("Dépression du sujet âgé", "psychiatrie"),
          ("Fibrillation auriculaire : anticoagulation chez le patient fragile", "cardiologie"),
          ("Lombalgie chronique : kiné et activité physique", "rhumatologie"),
          ("Dépistage du cancer du poumon par scanner faible dose", "oncologie"),
          ("Maladie de Crohn : les biothérapies en 2025", "gastro-entérologie"),
          ("Vaccination de l'adulte : le calendrier", "infectiologie"),
          ("Troubles cognitifs : le rôle du médecin traitant", "gériatrie")]


def congres(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "congres")
    city = rng.choice(["Lille", "Strasbourg", "Bruxelles", "Namur", "Liège", "Mons"])
    name = rng.choice(["Journées de médecine générale", "Rencontres transfrontalières de cardiologie", "Congrès francophone de gériatrie",
                       "Journées de pneumologie du Nord", "Printemps de la médecine interne"])
    d = (m.date + datetime.timedelta(days=rng.randrange(30, 120))).date()
    progs = []
    for i, (t, s) in enumerate(rng.sample(TOPICS, 5)):
        sp = ctx.staff("Dr")
        org = rng.choice(G.BE_HOSP + G.FR_HOSP + G.QC_HOSP)
        progs.append("%02dh%02d  %s – Dr %s %s (%s, %s)" % (9 + i, rng.choice([0, 30]), t, sp["given"], sp["surname"], s, org["city"]))
    m.subject = "%s – %s, %s – programme" % (name, city, d.strftime("%d/%m/%Y"))
    lines = ["Chers confrères,", "", "Nous avons le plaisir de vous inviter aux %s, le %s à %s." % (name, d.strftime("%d/%m/%Y"), city), "",
             "Programme :"] + progs + ["", "Accréditation demandée (%s)." % ("INAMI – rubrique éthique et économie" if c == "be" else "DPC"),
                                       "Inscription : 80 € (gratuit pour les internes et assistants).", "", "Le comité d'organisation"]
    m.text = "\n".join(lines)
    m.structure = rng.choice(["html", "alt", "mixed", "plain"])
    if m.structure == "mixed":
        m.attachments.append(M.Attach("programme.pdf", "application/pdf", A.pdf(["# " + name, city + " – " + d.strftime("%d/%m/%Y"), ""] + progs)))
    m.sender = ("Comité d'organisation", "congres@%s" % rng.choice(["medsociety-nord.example", "jmg-wallonie.example", "rencontres-rhin.example"]))
    m.to = [("Liste médecins", "liste-medecins@%s" % h["dom"])]
    m.note = "congress programme with speakers and topics"
    return m


def glem_fmc(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "cercle_mg")
    anim = ctx.staff("Dr")
    t, s = rng.choice(TOPICS)
    d = (m.date + datetime.timedelta(days=rng.randrange(7, 40))).date()
    grp = rng.choice(["GLEM de Jambes", "GLEM Schaerbeek-Evere", "Dodécagroupe du Condroz"] if c == "be"
                     else ["Groupe de pairs Lille-Centre", "FMC Strasbourg-Robertsau", "Groupe Balint de Roubaix"])
    m.subject = "%s – réunion du %s : %s" % (grp, d.strftime("%d/%m"), t)
    lines = ["Bonsoir à toutes et à tous,", "",
             "Notre prochaine réunion aura lieu le %s à 20h30 chez %s." % (d.strftime("%d/%m"), rng.choice(["Benoît", "Muriel", "Pascale", "Laurent"])),
             "Thème : %s. Chacun apporte un cas anonymisé de sa pratique (pas de nom, pas de date de naissance, merci !)." % t,
             rng.choice(["Le Dr %s, %s à %s, nous fera une courte introduction." % (anim["surname"], s, h["city"]),
                         "Lecture préalable : les recommandations jointes."]),
             "", "Pensez à signer la liste de présence pour l'accréditation.", "", anim["given"]]
    m.text = "\n".join(lines)
    m.sender = staff_addr(anim, "cercle-mg.example")
    m.to = [("Membres %s" % grp, "membres@cercle-mg.example")]
    m.note = "GP peer group meeting invitation"
    return m


CASES = ["Une femme de 72 ans, diabétique et hypertendue, consulte pour une dyspnée d'apparition progressive. L'ECG montre une fibrillation auriculaire. Quelle est votre prise en charge ?",
         "Un homme de 45 ans, fumeur, présente une douleur thoracique à l'effort depuis deux semaines. Discutez des examens à demander en première ligne.",
         "Une adolescente de 16 ans consulte pour fatigue et perte de poids. La glycémie capillaire est à 3,4 g/l. Quelles sont les prochaines étapes ?",
         "Un patient de 80 ans, sous anticoagulant, chute à domicile. Quand faut-il demander un scanner cérébral ?",
         "Une patiente de 35 ans, enceinte de 10 semaines, a une TSH à 6 mUI/l. Faut-il traiter ?"]


def cas_clinique(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "cas_clinique")
    prof = ctx.staff("Dr")
    case = ctx.cycle('cases', CASES)
    m.subject = rng.choice(["Cas clinique de la semaine", "Séminaire des assistants – cas à préparer", "ECOS : cas d'entraînement"])
    m.text = "\n".join(["Bonjour à tous,", "", "Voici le cas pour jeudi (cas fictif / anonymisé) :", "", case, "",
                        "Questions : 1) diagnostic différentiel ; 2) examens ; 3) traitement et suivi.", "",
                        G.signature(rng, prof, "Maître de stage – enseignement", h)])
    if rng.random() < 0.4:
        m.attachments.append(M.Attach("cas_clinique.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      A.docx(["Patient(e) : [anonymisé]", case, "Biologie : Hb 11,2 g/dl ; créatinine 1,1 mg/dl ; CRP 12 mg/l."],
                                             title="Cas clinique")))
    m.sender = staff_addr(prof, h["dom"])
    m.to = [("Assistants / internes", "internes@" + h["dom"])]
    m.note = "anonymised teaching case"
    return m


def formulaire_vierge(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "formulaire_vierge")
    q = ctx.staff("")
    k = rng.randrange(3)
    if k == 0:
        title = "Modèle de lettre de sortie"
        paras = ["Cher Confrère,", "Votre patient(e) [NOM Prénom], né(e) le [JJ/MM/AAAA], NISS [__.__.__-___.__], a été hospitalisé(e) du [date] au [date].",
                 "Diagnostic principal : [...]", "Traitement de sortie : [...]", "Suivi proposé : [...]", "Signature : [...]"]
    elif k == 1:
        title = "Demande de kinésithérapie – formulaire"
        paras = ["Bénéficiaire : ........................................", "N° d'inscription mutualité / NISS : ..................",
                 "Pathologie (liste E / Fb) : ..................", "Nombre de séances : .....", "Cachet et signature du médecin prescripteur"]
    else:
        title = "Formulaire de consentement éclairé – endoscopie"
        paras = ["Je soussigné(e) ...................................., né(e) le ...../...../.........,",
                 "déclare avoir reçu une information claire sur la coloscopie, ses risques (perforation, hémorragie) et ses alternatives.",
                 "Date et signature du patient :", "Signature du médecin :"]
    if rng.random() < 0.5:
        m.attachments.append(M.Attach(G.slug(title).replace(".", "_") + ".docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", A.docx(paras, title=title)))
    else:
        m.attachments.append(M.Attach(G.slug(title).replace(".", "_") + ".pdf", "application/pdf", A.pdf(["# " + title, ""] + paras)))
    m.subject = rng.choice(["Nouveau modèle : %s" % title, "%s (version 2025)" % title, "Formulaire à utiliser"])
    m.text = "\n".join(["Bonjour,", "", "Voici la nouvelle version du document « %s », validée par la direction médicale." % title,
                        "Merci de détruire les anciens exemplaires.", "", G.signature(rng, q, "Cellule qualité", h)])
    m.sender = staff_addr(q, h["dom"])
    m.to = [("Secrétariats médicaux", "secretariats@" + h["dom"])]
    m.note = "blank form / template"
    return m


IT = [("Maintenance eHealthBox ce week-end", "La plateforme eHealth effectue une maintenance samedi de 22h à 6h. L'eHealthBox et Recip-e seront indisponibles. "
       "Prévoyez des prescriptions papier de secours."),
      ("Renouvellement de votre certificat eHealth", "Votre certificat eHealth expire dans 30 jours. Renouvelez-le via l'eHealth Certificate Manager avec votre carte eID."),
      ("MSSanté : nouvelle version du webmail", "La messagerie sécurisée de santé passe en version 3. Votre adresse reste inchangée. Une formation de 30 minutes est proposée."),
      ("Alerte hameçonnage", "Des courriels se faisant passer pour la CPAM ou l'INAMI demandent vos identifiants. Ne cliquez pas sur les liens et signalez-les à securite@."),
      ("Migration du DPI vers la version 8.2", "Le dossier patient informatisé sera indisponible dimanche de 4h à 8h. Les procédures dégradées sont dans le classeur rouge de chaque unité."),
      ("Changement de mot de passe obligatoire", "Par mesure de sécurité, votre mot de passe réseau doit être modifié avant vendredi. Minimum 14 caractères."),
      ("Panne du serveur d'impression", "Les imprimantes des étages 3 et 4 sont hors service. Utilisez l'imprimante du poste infirmier du 2e.")]


def info_it(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "info_it")
    t, b = ctx.cycle('it', IT)
    ticket = "INC%07d" % rng.randrange(10 ** 6, 10 ** 7)
    m.subject = "[Informatique] " + t
    m.text = "\n".join(["Bonjour,", "", b, "", "Référence : %s" % ticket, "Helpdesk : poste 5555 – helpdesk@%s" % h["dom"], "", "Le service informatique"])
    m.structure = rng.choice(["plain", "html", "alt"])
    m.sender = ("Service informatique", "noreply-it@" + h["dom"])
    m.to = [("Tous les utilisateurs", "all@" + h["dom"])]
    m.note = "IT notice"
    return m


def logistique(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "logistique")
    t, b = ctx.cycle('logistique_154', [("Travaux parking P2", "Le parking P2 sera fermé du lundi au mercredi pour réfection. Les ambulances gardent l'accès aux urgences par la rue arrière."),
                       ("Ascenseur B hors service", "L'ascenseur B est en panne ; les transferts de lits passent par l'ascenseur C. Intervention du technicien prévue demain."),
                       ("Menu de la cafétéria", "La cafétéria propose cette semaine une journée italienne jeudi. Horaires inchangés : 7h30 – 19h."),
                       ("Exercice d'évacuation incendie", "Un exercice d'évacuation aura lieu mardi à 10h dans l'aile administrative. Les unités de soins ne sont pas concernées.")])
    m.subject = t
    m.text = "Chers collègues,\n\n%s\n\nService technique et logistique\n%s\nTél. %s" % (b, h["name"], h["tel"])
    m.sender = ("Service technique", "technique@" + h["dom"])
    m.to = [("Personnel", "personnel@" + h["dom"])]
    m.note = "facilities notice"
    return m


def statistiques(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "statistiques")
    dirm = ctx.staff("Dr")
    rows = [["Service", "Admissions", "DMS (jours)", "Taux d'occupation (%)", "Réadmissions 30 j (%)"]]
    for s in ["Médecine interne", "Cardiologie", "Pneumologie", "Gériatrie", "Chirurgie", "Pédiatrie"]:
        rows.append([s, rng.randrange(200, 1500), round(rng.uniform(3, 14), 1), rng.randrange(70, 101), round(rng.uniform(4, 15), 1)])
    m.attachments.append(M.Attach("tableau_de_bord_%s.xlsx" % m.date.strftime("%Y_T%m"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  A.xlsx([("Activité", rows), ("Notes", [["Données agrégées – aucune donnée individuelle"]])])))
    m.subject = rng.choice(["Tableau de bord d'activité", "Indicateurs du trimestre", "Statistiques RHM/PMSI"])
    m.text = "\n".join(["Chers chefs de service,", "", "Voici les indicateurs du trimestre. Points saillants :",
                        "- %d admissions pour insuffisance cardiaque (+12 %%)" % rng.randrange(100, 400),
                        "- %d cas de bronchiolite en pédiatrie, pic en semaine 49" % rng.randrange(50, 200),
                        "- durée moyenne de séjour globale : %s jours" % ("%.1f" % rng.uniform(5, 8)).replace(".", ","), "",
                        G.signature(rng, dirm, "Direction médicale – DIM", h)])
    m.sender = staff_addr(dirm, h["dom"])
    m.to = [("Chefs de service", "chefs@" + h["dom"])]
    m.note = "aggregate activity statistics"
    return m


def protocole_recherche(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "recherche")
    pi = ctx.staff("Dr")
    acr = rng.choice(["OncoPrev-3", "CARDIO-FRAIL", "BRONCHIO-NIR", "DIAB-RHIN"])
    m.subject = "Étude %s – ouverture du recrutement" % acr
    m.text = "\n".join(["Chers collègues,", "",
                        "L'étude %s (promoteur : %s) est ouverte aux inclusions. Critères : patients de plus de 65 ans hospitalisés pour %s, sans démence connue." % (
                            acr, h["name"], rng.choice(["insuffisance cardiaque", "pneumonie", "fracture de hanche"])),
                        "Objectif : %d inclusions sur 18 mois. Avis favorable du comité d'éthique (réf. CE-%d-%03d)." % (rng.randrange(80, 400), m.date.year, rng.randrange(1, 300)),
                        "Merci de signaler les patients éligibles à l'attachée de recherche clinique (poste 4471) ; aucune donnée nominative par courriel.",
                        "", G.signature(rng, pi, "Investigateur principal", h)])
    m.attachments.append(M.Attach("synopsis_%s.pdf" % acr, "application/pdf",
                                  A.pdf(["# Synopsis %s" % acr, "Design : multicentrique, randomisé", "Critère principal : réhospitalisation à 90 jours",
                                         "Nombre de sujets : 320", "Centres : Lille, Strasbourg, Namur, Montréal"])))
    m.sender = staff_addr(pi, h["dom"])
    m.to = [("Médecins", "medecins@" + h["dom"])]
    m.note = "research protocol without participants"
    return m


def medecin_pathologie(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "annonce_consultation")
    d = ctx.staff("Dr")
    spec, dis = ctx.cycle('medecin_pathologie_212', [("diabétologue", "pied diabétique"), ("pneumologue", "apnée du sommeil et BPCO"), ("neurologue", "sclérose en plaques"),
                            ("gastro-entérologue", "maladies inflammatoires chroniques de l'intestin"), ("psychiatre", "troubles bipolaires"),
                            ("infectiologue", "VIH et hépatites virales"), ("oncologue", "cancer du sein")])
    m.subject = "Nouvelle consultation : Dr %s, %s" % (d["surname"], spec)
    m.text = "\n".join(["Chers confrères,", "",
                        "Nous avons le plaisir de vous annoncer l'arrivée du Dr %s %s, %s, qui ouvre une consultation spécialisée %s le mardi et le jeudi." % (
                            d["given"], d["surname"], spec, dis),
                        "Rendez-vous : %s (secrétariat) ou via la plateforme en ligne." % h["tel"],
                        "Les demandes d'avis peuvent être envoyées via l'eHealthBox ou MSSanté.", "", "La direction médicale", h["name"], h["addr"]])
    m.sender = ("Direction médicale", "direction.medicale@" + h["dom"])
    m.to = [("Médecins généralistes de la région", "mg@cercle-mg.example")]
    m.note = "physician named with the diseases they treat"
    return m


def partenariat_qc(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "partenariat_quebec")
    q = ctx.hosp("qc")
    a, b = ctx.staff("Dr"), ctx.staff("Dr")
    m.subject = rng.choice(["Échange de résidents Québec – %s" % h["city"], "Jumelage %s / %s" % (h["city"], q["city"]), "Visioconférence partenariat"])
    m.text = "\n".join(["Bonjour %s," % b["given"], "",
                        "Pour le programme d'échange 2025, nous pouvons accueillir deux résidents en médecine familiale du %s pendant huit semaines." % q["name"],
                        "Les stages portent sur la gériatrie et les soins palliatifs. Hébergement à la résidence du personnel.",
                        "Prochaine visioconférence : %s à 15h (heure de Bruxelles/Paris), 9h à Montréal." % (m.date + datetime.timedelta(days=10)).strftime("%d/%m"),
                        "", "Au plaisir,", G.signature(rng, a, "Responsable des relations internationales", h)])
    m.sender = staff_addr(a, h["dom"])
    m.to = [staff_addr(b, q["dom"])]
    m.note = "partnership logistics with a Québec hospital"
    return m


def inami_cpam_info(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "info_assurance")
    if c == "be":
        t, b = ctx.cycle('inami_cpam_info_248', [("Nouvelle nomenclature des prestations de kinésithérapie", "L'INAMI modifie au 1er janvier les codes de la nomenclature pour les pathologies E et Fb. Les anciennes prescriptions restent valables 3 mois."),
                           ("Tiers payant social généralisé", "Le tiers payant est obligatoire pour les bénéficiaires de l'intervention majorée. Rappel des codes de nomenclature 101076 et 102771."),
                           ("Accréditation : rappel des quotas", "Pour conserver votre accréditation, 20 unités dont 2 en éthique et économie sont requises par an."),
                           ("eAttest et eFact", "À partir de juillet, l'attestation électronique devient la norme pour les consultations au cabinet.")])
        snd = ("INAMI – info prestataires", "info-prestataires@inami.example")
    else:
        t, b = ctx.cycle('inami_cpam_info_254', [("Revalorisation de la consultation G", "La consultation de médecine générale passe à 30 € au 22 décembre. Les majorations MPA et MCG restent inchangées."),
                           ("Arrêts de travail : téléservice obligatoire", "La prescription des arrêts de travail devra se faire via amelipro ou votre logiciel métier ; les formulaires papier Cerfa ne seront plus acceptés."),
                           ("Protocole de soins ALD : nouveau formulaire", "Le protocole de soins électronique est disponible. Les demandes papier sont traitées en 6 semaines."),
                           ("ROSP : indicateurs de l'année", "Les indicateurs de la rémunération sur objectifs de santé publique sont publiés ; consultez votre relevé individuel sur votre espace.")])
        snd = ("CPAM – relations professionnels de santé", "relations.ps@cpam.example")
    m.subject = t
    m.text = "Docteur,\n\n%s\n\nPour toute question, contactez votre délégué(e) ou consultez le site.\n\n%s" % (b, snd[0])
    m.structure = rng.choice(["html", "alt", "plain"])
    m.sender = snd
    m.to = [("Médecin", "cabinet@%s" % rng.choice(["cabinet-tilleuls.example", "msp-wazemmes.example", "mm-parvis.example"]))]
    m.note = "insurer information for all providers"
    return m


def mutualite_info(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "mutualite_info", "be")
    mut = rng.choice(G.BE_MUT)
    m.subject = rng.choice(["Campagne de prévention : dépistage du cancer du sein", "Remboursement des soins psychologiques de première ligne",
                            "Nouveau : avantage kiné pour les sportifs"])
    m.text = ("Madame, Monsieur le Docteur,\n\n%s vous informe que le remboursement des séances de psychologie de première ligne est étendu : "
              "jusqu'à 20 séances par an, ticket modérateur de 11 € (4 € pour les bénéficiaires BIM).\n\nNos conseillers sont à votre disposition au %s.\n\n%s – service médical"
              % (mut, I.phone_be(rng, False), mut))
    m.sender = (mut, "info@" + G.slug(mut).replace(".", "-")[:22].rstrip("-") + ".example")
    m.to = [("Cercle des généralistes", "cercle@cmg-region.example")]
    m.note = "sickness fund general information"
    return m


def reponse_admin(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "reponse_admin")
    a, b = ctx.staff("Dr"), ctx.staff("")
    orig = "\n".join(["Bonjour %s," % a["given"], "", "Peux-tu me confirmer ta présence au conseil médical du %s ? Il faudra présenter le budget d'investissement (échographe, ECG, lits électriques)." % (
                          (m.date + datetime.timedelta(days=5)).strftime("%d/%m")), "", "Merci,", b["given"]])
    rep = rng.choice(["Oui, je serai là. J'enverrai les devis demain.", "Je serai en retard (consultation jusqu'à 18h), commencez sans moi.",
                      "Présent. Pour l'échographe, le devis de 42 000 € est le moins cher."])
    m.text = "%s\n\n%s\n\nLe %s, %s %s a écrit :\n%s" % (rep, a["given"], G.date_fr_header(m.date - datetime.timedelta(days=1)), b["given"], b["surname"], G.quote(orig))
    m.subject = "RE: Conseil médical – budget"
    m.sender = staff_addr(a, h["dom"])
    m.to = [staff_addr(b, h["dom"])]
    m.in_reply_to = "<%d.cm@%s>" % (rng.randrange(10 ** 8), h["dom"])
    m.note = "reply with quoted history, administrative"
    return m


def ics_reunion(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "invitation_reunion")
    org = ctx.staff("Dr")
    start = (m.date + datetime.timedelta(days=rng.randrange(3, 20))).replace(hour=rng.choice([8, 12, 13]), minute=0, second=0)
    t = rng.choice(["Réunion de service", "Staff multidisciplinaire (RCP) – organisation", "Revue de morbi-mortalité – préparation", "Formation RCR"])
    ics = A.ics("%d@%s" % (rng.randrange(10 ** 9), h["dom"]), start, start + datetime.timedelta(hours=1), t,
                "Ordre du jour : planning, qualité, divers. Aucun dossier patient ne sera projeté sans anonymisation.",
                "Salle de réunion %s" % rng.choice(["A", "B", "du 5e"]), ("Dr %s" % org["surname"], G.email_of(org, h["dom"])),
                [("Équipe", "equipe@" + h["dom"])], tz="Europe/Brussels" if c == "be" else "Europe/Paris")
    m.attachments.append(M.Attach("invite.ics", "text/calendar", ics))
    m.text = "Invitation : %s\n%s" % (t, start.strftime("%d/%m/%Y %H:%M"))
    m.subject = "Invitation : %s" % t
    m.sender = staff_addr(org, h["dom"])
    m.to = [("Équipe", "equipe@" + h["dom"])]
    m.note = "staff meeting invitation (ICS)"
    return m


def vcard_staff(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "vcard_staff")
    d = ctx.staff("Dr")
    vc = A.vcard("Dr %s %s" % (d["given"], d["surname"]), d["given"], d["surname"], tel=h["tel"], email=G.email_of(d, h["dom"]),
                 org=h["name"], title=rng.choice(["Cardiologue", "Médecin généraliste", "Pneumologue", "Gériatre"]),
                 note="INAMI %s" % I.make_inami(rng) if c == "be" else "RPPS %s" % I.make_rpps(rng))
    m.attachments.append(M.Attach("Dr %s.vcf" % d["surname"], "text/vcard", vc))
    m.text = "Bonjour,\n\nVoici mes nouvelles coordonnées professionnelles suite à mon changement d'hôpital.\n\nBien confraternellement,\n%s %s" % (d["given"], d["surname"])
    m.subject = "Nouvelles coordonnées"
    m.sender = staff_addr(d, h["dom"])
    m.to = [("Correspondants", "correspondants@cercle-mg.example")]
    m.note = "physician's own vCard"
    return m


def forward_admin(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "transfert_admin")
    a, b = ctx.staff(""), ctx.staff("Dr")
    inner = G.inner_message(ctx, ("Direction des achats", "achats@" + h["dom"]), [("Pharmacie", "pharmacie@" + h["dom"])],
                            "Commande groupée vaccins antigrippaux",
                            "Bonjour,\n\nLa commande groupée de 1 200 doses de vaccin antigrippal tétravalent est confirmée. Livraison semaine 41, lot et date de péremption communiqués à réception.\n\nCordialement,\nDirection des achats",
                            m.date - datetime.timedelta(days=2))
    m.attachments.append(M.Forward(inner, rng.choice([None, "commande_vaccins.eml"])))
    m.text = "Pour info, voir message ci-joint.\n\n" + a["given"]
    m.subject = "TR: Commande groupée vaccins antigrippaux"
    m.sender = staff_addr(a, h["dom"])
    m.to = [staff_addr(b, h["dom"])]
    m.note = "administrative message forwarded as message/rfc822"
    return m


def inventaire_csv(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "inventaire")
    rows = [["Actif", "Désignation", "N° série", "Service", "Dernière maintenance"]]
    for _ in range(rng.randrange(6, 15)):
        rows.append(["INV-%06d" % rng.randrange(10 ** 6), rng.choice(["Pousse-seringue", "Moniteur multiparamétrique", "ECG 12 dérivations", "Lit électrique", "Échographe portable"]),
                     rng.choice([I.luhn_serial(rng, 9), I.luhn_serial(rng, 10), I.checksum_lot_niss_like(rng)]),
                     rng.choice(["USI", "Urgences", "Gériatrie", "Cardiologie", "Bloc"]), (m.date - datetime.timedelta(days=rng.randrange(10, 400))).strftime("%d/%m/%Y")])
    m.attachments.append(M.Attach("inventaire_biomedical.csv", "text/csv", A.csv_text(rows)))
    m.text = "Bonjour,\n\nCi-joint l'inventaire des équipements biomédicaux à vérifier avant l'audit.\n\nService biomédical"
    m.subject = "Inventaire biomédical"
    m.sender = ("Service biomédical", "biomed@" + h["dom"])
    m.to = [("Cadres", "cadres@" + h["dom"])]
    m.note = "asset inventory with serial numbers"
    return m


def satisfaction(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "satisfaction")
    m.subject = "Résultats de l'enquête de satisfaction des patients"
    m.text = ("Chers collègues,\n\n%d questionnaires ont été analysés ce semestre. Satisfaction globale : %d %%. "
              "Points faibles : temps d'attente aux urgences, repas, bruit la nuit. Points forts : gentillesse du personnel, information sur le traitement de sortie.\n\n"
              "Les commentaires libres ont été anonymisés.\n\nCellule qualité" % (rng.randrange(300, 1500), rng.randrange(78, 93)))
    m.sender = ("Cellule qualité", "qualite@" + h["dom"])
    m.to = [("Personnel", "personnel@" + h["dom"])]
    m.note = "aggregate patient survey"
    return m


def depart_retraite(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "pot_depart")
    p = ctx.staff("")
    m.subject = "Pot de départ de %s" % p["given"]
    m.text = ("Bonjour à tous,\n\nAprès 34 ans au service des urgences, %s %s prend sa retraite ! Un pot est organisé vendredi à 16h à la cafétéria.\n\n"
              "Une cagnotte circule au secrétariat.\n\nL'équipe des urgences" % (p["given"], p["surname"]))
    m.sender = ("Équipe des urgences", "urgences@" + h["dom"])
    m.to = [("Personnel", "personnel@" + h["dom"])]
    m.note = "staff retirement party"
    return m


def accreditation(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "accreditation")
    q = ctx.staff("")
    m.subject = rng.choice(["Visite de certification HAS", "Accréditation internationale – plan d'action", "Audit traceur – retour"])
    m.text = ("Bonjour,\n\nLa visite des experts est prévue dans six semaines. Thèmes prioritaires : identitovigilance (double identification du patient), "
              "circuit du médicament, prévention des infections. Les patients traceurs seront choisis le jour même, aucune liste nominative ne doit circuler par courriel.\n\n"
              "%s %s\nCellule qualité et gestion des risques" % (q["given"], q["surname"]))
    m.sender = staff_addr(q, h["dom"])
    m.to = [("Cadres et chefs de service", "encadrement@" + h["dom"])]
    m.note = "accreditation / audit notice"
    return m


def comite_pharma(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "formulaire_therapeutique")
    ph = ctx.staff("")
    a, b = ctx.cycle('comite_pharma_413', [("énoxaparine", "tinzaparine"), ("pantoprazole IV", "ésoméprazole IV"), ("ceftriaxone 1 g", "ceftriaxone 2 g"),
                       ("insuline glargine U100", "biosimilaire de l'insuline glargine")])
    m.subject = "Formulaire thérapeutique : %s remplacé par %s" % (a, b)
    m.text = ("Chers prescripteurs,\n\nLe comité médico-pharmaceutique a décidé de remplacer %s par %s dans le formulaire à partir du 1er du mois prochain. "
              "Les tableaux d'équivalence sont disponibles sur l'intranet. Les patients entrants sous %s peuvent poursuivre leur traitement personnel.\n\n%s\nPharmacie hospitalière"
              % (a, b, a, ph["given"] + " " + ph["surname"]))
    m.sender = ("Pharmacie", "pharmacie@" + h["dom"])
    m.to = [("Prescripteurs", "prescripteurs@" + h["dom"])]
    m.note = "formulary change"
    return m


def brochure(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "brochure")
    t = rng.choice(["Votre sortie d'hôpital", "Vivre avec l'insuffisance cardiaque", "Préparer votre coloscopie"])
    m.attachments.append(M.Attach(G.slug(t).replace(".", "_") + ".pdf", "application/pdf",
                                  A.pdf(["# " + t, "", "Ce livret vous aide à préparer votre retour à domicile.", "Pesez-vous chaque matin.",
                                         "En cas de prise de poids de plus de 2 kg en 3 jours, contactez votre médecin traitant.",
                                         "Nom : ____________________   Date de sortie : ___/___/______"])))
    m.subject = "Brochure patients – %s (BAT)" % t
    m.text = "Bonjour,\n\nVoici le bon à tirer de la brochure « %s ». Merci de valider avant impression à 2 000 exemplaires.\n\nService communication" % t
    m.sender = ("Communication", "communication@" + h["dom"])
    m.to = [("Cadres de santé", "cadres@" + h["dom"])]
    m.note = "patient leaflet draft (blank fields)"
    return m


def garde_mg(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "garde_mg")
    coord = ctx.staff("Dr")
    rows = []
    d0 = (m.date + datetime.timedelta(days=10)).date()
    for i in range(6):
        dd = d0 + datetime.timedelta(days=i)
        rows.append("%s %s : Dr %s (%s)" % (["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][dd.weekday()], dd.strftime("%d/%m"), ctx.staff("Dr")["surname"],
                                         rng.choice(["poste médical de garde", "visites à domicile", "régulation"])))
    m.subject = "Rôle de garde de médecine générale – week-ends"
    m.text = "\n".join(["Chers confrères,", "", "Voici le rôle de garde du mois prochain pour notre secteur :"] + rows +
                       ["", "Numéro unique pour les patients : %s." % ("1733" if c == "be" else "116 117"), "", "Dr %s, coordinateur" % coord["surname"]])
    m.sender = staff_addr(coord, "cercle-mg.example")
    m.to = [("Membres du cercle", "membres@cercle-mg.example")]
    m.note = "GP out-of-hours rota"
    return m


def annuaire(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "annuaire")
    rows = [["Nom", "Spécialité", "INAMI" if c == "be" else "RPPS", "Téléphone"]]
    for _ in range(rng.randrange(5, 10)):
        d = ctx.staff("Dr")
        rows.append(["Dr %s %s" % (d["given"], d["surname"]), rng.choice(["Cardiologie", "Néphrologie", "Pédiatrie", "Gériatrie", "Urologie"]),
                     I.make_inami(rng) if c == "be" else I.make_rpps(rng), h["tel"]])
    m.attachments.append(M.Attach("annuaire_medecins.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.xlsx([("Annuaire", rows)])))
    m.subject = "Mise à jour de l'annuaire des spécialistes"
    m.text = "Bonjour,\n\nVoici l'annuaire à jour des médecins spécialistes, avec leurs numéros %s pour vos demandes d'avis.\n\nSecrétariat de direction" % ("INAMI" if c == "be" else "RPPS")
    m.sender = ("Secrétariat de direction", "direction@" + h["dom"])
    m.to = [("Médecins généralistes", "mg@cercle-mg.example")]
    m.note = "directory of physicians with provider numbers"
    return m


def format_niss_info(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "identitovigilance")
    if c == "be":
        txt = ("Rappel identitovigilance : le NISS se compose de 11 chiffres au format AA.MM.JJ-XXX.CC (date de naissance, numéro d'ordre, chiffre de contrôle). "
               "Ne l'inscrivez jamais dans l'objet d'un courriel et utilisez l'eHealthBox pour tout échange nominatif.")
    else:
        txt = ("Rappel identitovigilance : l'INS (matricule NIR à 15 caractères, 1 ou 2 suivi de l'année et du mois de naissance) doit être qualifié avec une pièce d'identité. "
               "Les échanges de données nominatives passent exclusivement par MSSanté.")
    m.subject = "Identitovigilance – bonnes pratiques"
    m.text = "Chers collègues,\n\n%s\n\nLe délégué à la protection des données (DPO)\n%s" % (txt, h["name"])
    m.sender = ("DPO", "dpo@" + h["dom"])
    m.to = [("Personnel médical et administratif", "personnel@" + h["dom"])]
    m.note = "guidance on identifier formats, no patient"
    return m
