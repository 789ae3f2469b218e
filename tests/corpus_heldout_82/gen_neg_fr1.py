"""Non-confidential messages in French, part 1 (step 10): staff, HR, procurement, pharmacy."""
import datetime

import gen_attach as A
import gen_common as G
import gen_ids as I
import gen_mime as M


def staff_addr(p, dom):
    return ("%s %s %s" % (p.get("title", ""), p["given"], p["surname"])).strip(), G.email_of(p, dom)


def base(ctx, cat, c=None, lang="fr"):
    m = G.Msg(lang, cat)
    m.date = ctx.when()
    c = c or ctx.rng.choice(["be", "fr"])
    return m, c, ctx.hosp(c)


def planning_garde(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "planning_garde")
    chef = ctx.staff("Dr")
    docs = [ctx.staff("Dr") for _ in range(6)]
    month = I.MOIS[(m.date.month % 12)]
    svc = rng.choice(["médecine interne", "cardiologie", "urgences", "pédiatrie", "gériatrie", "anesthésie"])
    rows = [["Date", "Garde intra-muros", "Backup", "Astreinte"]]
    d0 = datetime.date(m.date.year, m.date.month, 1) + datetime.timedelta(days=31)
    d0 = d0.replace(day=1)
    for i in range(14):
        d = d0 + datetime.timedelta(days=i)
        a, b, cc = rng.sample(docs, 3)
        rows.append([d.strftime("%d/%m/%Y"), "Dr " + a["surname"], "Dr " + b["surname"], "Dr " + cc["surname"]])
    lines = [rng.choice(["Chers collègues,", "Bonjour à tous,", "Chères et chers collègues,"]), "",
             "Veuillez trouver le planning des gardes %s pour %s." % (I.de(svc), month),
             rng.choice(["Les échanges éventuels se font entre vous, merci de me prévenir avant le 20.",
                         "Rappel : le repos de garde est obligatoire le lendemain.",
                         "Le Dr %s est en congé de maternité, ses gardes ont été redistribuées." % next(
                             (d["surname"] for d in docs if I.staff_fem(d)), docs[0]["surname"])]), ""]
    if rng.random() < 0.5:
        m.attachments.append(M.Attach("planning_gardes_%s.xlsx" % G.slug(month), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      A.xlsx([("Gardes", rows)])))
    else:
        lines += [" | ".join(r) for r in rows[:8]] + ["(suite en pièce jointe la semaine prochaine)"]
    lines += ["", "Bien à vous,", "", G.signature(rng, chef, "Chef de service – " + svc, h)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Planning des gardes %s" % month, "Gardes %s – version définitive" % month, "Tableau de garde"])
    m.sender = staff_addr(chef, h["dom"])
    m.to = [("Médecins %s" % svc, "medecins.%s@%s" % (G.slug(svc).split(".")[0], h["dom"]))]
    m.note = "staff on-call rota"
    return m


def conges(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "conges")
    a = ctx.staff(rng.choice(["Dr", ""]))
    rh = ctx.staff("")
    d1 = (m.date + datetime.timedelta(days=rng.randrange(20, 90))).date()
    d2 = d1 + datetime.timedelta(days=rng.randrange(5, 20))
    k = rng.randrange(3)
    if k == 0:
        txt = ["Bonjour %s," % rh["given"], "", "Je souhaiterais poser mes congés du %s au %s inclus." % (d1.strftime("%d/%m"), d2.strftime("%d/%m/%Y")),
               "Le remplacement de mes consultations est assuré par le Dr %s." % ctx.staff("Dr")["surname"], "", "Merci,", a["given"] + " " + a["surname"]]
        m.sender, m.to = staff_addr(a, h["dom"]), [staff_addr(rh, h["dom"])]
        m.subject = "Demande de congés"
    elif k == 1:
        txt = ["Bonjour,", "", "Votre demande de congé annuel du %s au %s a été validée dans le logiciel de planification." % (
                   d1.strftime("%d/%m/%Y"), d2.strftime("%d/%m/%Y")),
               "Solde restant : %d jours. Les jours de récupération de garde doivent être pris avant le 31 mars." % rng.randrange(2, 18), "",
               "Service du personnel"]
        m.sender, m.to = ("Service du personnel", "rh@" + h["dom"]), [staff_addr(a, h["dom"])]
        m.subject = "Validation congé"
    else:
        txt = ["Chers collègues,", "", "Le cabinet sera fermé du %s au %s. Pendant cette période, les patients sont invités à contacter le %s." % (
                   d1.strftime("%d/%m"), d2.strftime("%d/%m"), "1733" if c == "be" else "116 117"),
               "Les ordonnances urgentes peuvent être déposées à la pharmacie voisine.", "", a["given"]]
        m.sender, m.to = staff_addr(a, "cabinet-%s.example" % G.slug(a["surname"])), [("Cercle de médecins généralistes", "cercle@cmg-region.example")]
        m.subject = "Fermeture du cabinet – vacances"
    m.text = "\n".join(txt)
    m.note = "staff leave"
    return m


def medecine_travail(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "medecine_travail")
    mt = ctx.staff("Dr")
    k = rng.randrange(3)
    if k == 0:
        m.subject = "Campagne de vaccination antigrippale du personnel"
        m.text = ("Chers collaborateurs,\n\nLa campagne de vaccination contre la grippe saisonnière débute le %s. "
                  "Le service de médecine du travail (bâtiment C, 2e étage) vous accueille sans rendez-vous de 8h à 16h.\n\n"
                  "L'an dernier, 41 %% du personnel soignant était vacciné ; notre objectif est de dépasser 60 %%.\n\n"
                  "Dr %s %s\nMédecine du travail" % ((m.date + datetime.timedelta(days=7)).strftime("%d/%m"), mt["given"], mt["surname"]))
    elif k == 1:
        e = ctx.staff("")
        m.subject = "Convocation visite médicale périodique"
        m.text = ("Bonjour %s,\n\nVous êtes convoqué(e) à la visite de surveillance de santé (exposition aux rayonnements ionisants) "
                  "le %s à 10h30. Merci d'apporter votre dosimètre.\n\nSecrétariat SIPP / médecine du travail" % (
                      e["given"], (m.date + datetime.timedelta(days=12)).strftime("%d/%m/%Y")))
    else:
        m.subject = "Accident d'exposition au sang – rappel de la procédure"
        m.text = ("Rappel à tous les soignants : en cas d'AES (piqûre, projection), lavez, désinfectez, puis appelez immédiatement "
                  "le médecin de garde des urgences (poste 4500). Le bilan sérologique du soignant (VIH, VHB, VHC) est réalisé dans les 4 heures.\n\n"
                  "Le formulaire de déclaration est sur l'intranet.\n\nCLIN / Médecine du travail")
    m.sender = ("Médecine du travail", "medtravail@" + h["dom"])
    m.to = [("Tout le personnel", "personnel@" + h["dom"])]
    m.note = "occupational health notice for staff"
    return m


def paie(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "paie")
    m.subject = rng.choice(["Fiches de paie disponibles", "Indexation des salaires", "Prime de fin d'année"])
    m.text = rng.choice([
        "Bonjour,\n\nLes fiches de paie du mois sont disponibles sur le portail RH. Pour toute question : paie@%s (poste 2231).\n\nService des salaires" % h["dom"],
        "Chers collègues,\n\nSuite à l'indexation de 2 %%, les barèmes sont adaptés à partir de ce mois. Le tableau des barèmes IFIC est disponible à l'accueil RH.\n\nLa direction des ressources humaines",
        "Bonjour,\n\nLa prime de fin d'année sera versée avec le salaire de décembre. Les médecins salariés recevront un décompte séparé.\n\nRH – paie"])
    m.sender = ("Service des salaires", "paie@" + h["dom"])
    m.to = [("Personnel", "personnel@" + h["dom"])]
    m.note = "payroll notice"
    return m


NEWS = [("Bronchiolite : début de l'épidémie", "Les passages aux urgences pédiatriques pour bronchiolite ont augmenté de 38 % cette semaine. "
         "Rappel : le nirsévimab est recommandé chez tous les nourrissons nés depuis le 1er février. Aucun antibiotique n'est indiqué en l'absence de surinfection."),
        ("Rougeole : vigilance", "Trois foyers de rougeole ont été signalés dans la région. Vérifiez le statut vaccinal (deux doses RRO) de vos patients et du personnel. "
         "Toute suspicion doit être déclarée immédiatement à l'inspection d'hygiène / l'ARS."),
        ("Dengue autochtone", "Des cas de dengue autochtone ont été confirmés dans le sud de la France. Pensez au diagnostic devant une fièvre au retour de voyage."),
        ("Nouveautés dans la prise en charge du diabète de type 2", "Les agonistes du GLP-1 et les iSGLT2 occupent désormais une place centrale chez les patients à haut risque cardiovasculaire. "
         "Le séminaire du mois reviendra sur les critères de remboursement."),
        ("Coqueluche : recrudescence", "Recrudescence de la coqueluche chez l'adulte. La vaccination de la femme enceinte entre 24 et 32 SA reste la mesure la plus efficace pour protéger le nourrisson."),
        ("Dépistage du cancer colorectal", "Le taux de participation au dépistage par test immunologique reste inférieur à 35 %. Des affiches pour votre salle d'attente sont disponibles."),
        ("Antibiorésistance : la semaine du bon usage", "La consommation d'antibiotiques en ambulatoire reste élevée. Une fiche d'aide à la prescription (angine, otite, cystite) est jointe.")]


def newsletter(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "newsletter")
    t, body = ctx.cycle('news', NEWS)
    ed = ctx.staff("Dr")
    num = rng.randrange(20, 160)
    m.subject = "Lettre d'information n° %d – %s" % (num, t)
    m.text = "\n".join(["%s – Lettre d'information aux médecins généralistes" % h["name"], "", t.upper(), "", body, "",
                        "Agenda : soirée de formation le %s à 20h, auditoire %s." % ((m.date + datetime.timedelta(days=21)).strftime("%d/%m"), rng.choice("ABC")),
                        "", "Rédaction : Dr %s %s" % (ed["given"], ed["surname"]),
                        "Pour vous désinscrire, répondez « STOP » à ce message."])
    m.structure = rng.choice(["html", "alt"])
    m.sender = ("Communication médicale", "newsletter@" + h["dom"])
    m.to = [("Médecins référents", "mg-referents@" + h["dom"])]
    m.note = "disease newsletter to GPs"
    return m


def facture(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "facture")
    sup = rng.choice(["MediSupply Benelux", "Pharmadis Nord", "Laboratoires Hélios", "Orthomat SA", "BioRéactifs Est"])
    num = "F%d-%05d" % (m.date.year, rng.randrange(1, 99999))
    items = [("Seringues 10 ml Luer-Lock (bte 100)", rng.randrange(10, 80), 12.40), ("Gants nitrile M (bte 200)", rng.randrange(20, 200), 7.90),
             ("Amoxicilline 1 g IV (fl.)", rng.randrange(50, 500), 1.12), ("Pansements hydrocolloïdes 10x10", rng.randrange(10, 60), 23.50),
             ("Réactif HbA1c (kit 200 tests)", rng.randrange(1, 6), 310.00)]
    sel = rng.sample(items, 3)
    lines = ["# FACTURE %s" % num, sup, "TVA %s" % ("BE " + I.make_bce(rng) if c == "be" else "FR%02d%s" % (rng.randrange(100), I.make_siret(rng)[:9])),
             "Client : %s – pharmacie hospitalière" % h["name"], "Date : %s" % m.date.strftime("%d/%m/%Y"), ""]
    tot = 0
    for n, q, pu in sel:
        lines.append("%-40s %5d x %8.2f = %9.2f EUR" % (n, q, pu, q * pu))
        tot += q * pu
    lines += ["", "Total HTVA : %.2f EUR" % tot, "IBAN : BE71 0961 2345 6769 – communication structurée +++%03d/%04d/%05d+++" % (
        rng.randrange(1000), rng.randrange(10000), rng.randrange(100000))]
    m.attachments.append(M.Attach("Facture_%s.pdf" % num, "application/pdf", A.pdf(lines)))
    m.text = "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre facture %s relative à votre bon de commande BC-%d.\n\nService comptabilité\n%s" % (
        num, rng.randrange(100000, 999999), sup)
    m.subject = "Facture %s" % num
    m.sender = (sup, "comptabilite@" + G.slug(sup).replace(".", "-") + ".example")
    m.to = [("Comptabilité fournisseurs", "factures@" + h["dom"])]
    m.note = "supplier invoice"
    return m


def appel_offres(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "appel_offres")
    ph = ctx.staff("")
    lot = rng.choice(["héparines de bas poids moléculaire", "solutés de perfusion", "anticorps monoclonaux biosimilaires", "dispositifs d'abord veineux"])
    m.subject = "Marché public – %s – questions des soumissionnaires" % lot
    m.text = "\n".join(["Madame, Monsieur,", "",
                        "Dans le cadre du marché %s (lot %d : %s), nous publions les réponses aux questions reçues." % (
                            "2024/PH/%03d" % rng.randrange(1, 200), rng.randrange(1, 9), lot),
                        "1. Les quantités annuelles estimées sont indicatives (consommation 2023 : %d unités)." % rng.randrange(5000, 90000),
                        "2. Les échantillons sont à déposer à la pharmacie centrale avant le %s." % (m.date + datetime.timedelta(days=15)).strftime("%d/%m/%Y"),
                        "3. Le critère prix compte pour 60 %, la qualité pour 40 %.", "",
                        G.signature(rng, ph, "Pharmacien(ne) – achats", h)])
    m.sender = staff_addr(ph, h["dom"])
    m.to = [("Soumissionnaires", "marches@" + h["dom"])]
    m.note = "pharmacy procurement tender"
    return m


def rupture(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "rupture_stock")
    ph = ctx.staff("")
    drug, alt = ctx.cycle('rupture_206', [("amoxicilline suspension buvable 250 mg/5 ml", "amoxicilline gélules ou autre dosage"),
                            ("sémaglutide stylo 1 mg", "réserver aux patients diabétiques déjà traités"),
                            ("méthylphénidate LP 36 mg", "fractionner en 18 mg x 2"),
                            ("insuline NPH en flacon", "passage aux stylos"),
                            ("pénicilline G benzathine", "import via l'agence (AFMPS / ANSM)")])
    m.subject = "Rupture de stock – %s" % drug
    m.text = "\n".join(["Chers prescripteurs,", "",
                        "Le fournisseur nous informe d'une indisponibilité %s jusqu'à fin %s." % (I.de(drug), I.MOIS[(m.date.month + 1) % 12]),
                        "Alternative proposée : %s." % alt, "Aucun patient ne doit être laissé sans traitement : contactez la pharmacie (poste 3120) en cas de doute.",
                        "", G.signature(rng, ph, "Pharmacie hospitalière", h)])
    m.sender = ("Pharmacie", "pharmacie@" + h["dom"])
    m.to = [("Corps médical", "medecins@" + h["dom"])]
    m.note = "drug shortage notice"
    return m


def rappel_lot(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "rappel_lot")
    sup = rng.choice(["CardioTech Europe", "InfuSafe", "Orthomat SA", "GlucoSens"])
    prod = rng.choice(["pompe à perfusion VolumeMax 3", "lecteur de glycémie GS-20", "kit de cathéter veineux central 3 voies",
                       "défibrillateur semi-automatique DA-2"])
    lots = [I.checksum_lot_niss_like(rng) for _ in range(rng.randrange(2, 5))]
    serials = [I.luhn_serial(rng) for _ in range(2)]
    m.subject = "Avis de sécurité (FSCA) – %s" % prod
    m.text = "\n".join(["Madame, Monsieur,", "",
                        "%s procède au rappel volontaire des dispositifs suivants : %s." % (sup, prod),
                        "Lots concernés : " + ", ".join(lots), "Numéros de série : " + ", ".join(serials),
                        "Risque : %s." % rng.choice(["occlusion non détectée", "affichage erroné de la valeur", "défaut de charge de la batterie"]),
                        "Merci de mettre les dispositifs en quarantaine et de renvoyer le formulaire de réponse sous 10 jours.", "",
                        "Matériovigilance – %s" % h["name"]])
    if rng.random() < 0.5:
        rows = [["Produit", "Lot", "N° série", "Localisation"]] + [[prod, l, I.luhn_serial(rng), rng.choice(["USI", "Urgences", "Bloc 2", "Dialyse"])] for l in lots]
        m.attachments.append(M.Attach("inventaire_rappel.csv", "text/csv", A.csv_text(rows)))
    m.sender = ("Matériovigilance", "materiovigilance@" + h["dom"])
    m.to = [("Cadres de santé", "cadres@" + h["dom"])]
    m.note = "supplier recall with lot and serial numbers that pass checksums"
    return m


def offre_emploi(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "offre_emploi")
    post = rng.choice(["médecin généraliste (reprise de patientèle)", "kinésithérapeute à mi-temps", "infirmier(ère) en soins intensifs",
                       "pharmacien(ne) hospitalier(ère)", "assistant(e) social(e)", "secrétaire médicale"])
    m.subject = "Offre d'emploi – %s" % post
    m.text = "\n".join(["Bonjour,", "", "%s recrute un(e) %s." % (h["name"] if rng.random() < 0.6 else rng.choice(G.BE_GP + G.FR_GP), post),
                        "Contrat à durée indéterminée, entrée en fonction dès que possible.",
                        "Profil : diplôme reconnu, %s." % ("visa INAMI" if c == "be" else "inscription à l'Ordre"),
                        "Candidatures (CV + lettre) à recrutement@%s avant le %s." % (h["dom"], (m.date + datetime.timedelta(days=30)).strftime("%d/%m/%Y")),
                        "", "Merci de diffuser dans vos réseaux."])
    m.sender = ("Recrutement", "recrutement@" + h["dom"])
    m.to = [("Cercle des généralistes", "cercle@cmg-region.example")]
    m.note = "job posting"
    return m


def comite(ctx):
    rng = ctx.rng
    m, c, h = base(ctx, "comite")
    pres = ctx.staff("Dr")
    k = rng.choice(["CLIN", "Comité d'éthique", "Conseil médical", "CME", "Comité médico-pharmaceutique", "Comité de transfusion"])
    d = (m.date + datetime.timedelta(days=rng.randrange(7, 30))).replace(hour=rng.choice([12, 17, 18]), minute=rng.choice([0, 30]))
    m.subject = "Convocation – %s du %s" % (k, d.strftime("%d/%m/%Y"))
    odj = rng.sample(["Approbation du PV de la séance précédente", "Surveillance des BMR : résultats du trimestre",
                      "Avis sur le protocole OncoPrev-3 (amendement 2)", "Révision du formulaire thérapeutique",
                      "Hémovigilance : événements indésirables déclarés", "Élection du vice-président",
                      "Prévention des chutes : nouvel outil d'évaluation", "Divers"], 4)
    m.text = "\n".join(["Chers membres,", "", "Vous êtes invités à la réunion du %s le %s à %s, salle du conseil." % (k, d.strftime("%d/%m/%Y"), d.strftime("%Hh%M")),
                        "", "Ordre du jour :"] + ["%d. %s" % (i + 1, x) for i, x in enumerate(odj)] +
                       ["", "Un sandwich sera servi.", "", "Dr %s %s, %s" % (pres["given"], pres["surname"], "présidente" if I.staff_fem(pres) else "président")])
    m.sender = ("Secrétariat %s" % k, "secretariat.comites@" + h["dom"])
    m.to = [("Membres %s" % k, "membres.%s@%s" % (G.slug(k).split(".")[0], h["dom"]))]
    if rng.random() < 0.4:
        m.attachments.append(M.Attach("PV_seance_precedente.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      A.docx(["Présents : %d membres. Excusés : %d." % (rng.randrange(6, 15), rng.randrange(0, 4)),
                                              "Le taux de SARM est stable à 4,1 %. Deux cas de Clostridioides difficile nosocomiaux ont été analysés.",
                                              "Le comité approuve la nouvelle procédure d'isolement."], title="Procès-verbal")))
    m.note = "committee notice"
    return m
