"""French negative (non-confidential) templates, part A: HR, schedules, payroll, newsletters, committees."""
import datetime as _dt

from stdnum import luhn

import gen_common as C
from gen_ctx import staff, ext
from gen_tpl import mk, sig, hello, bye, pdf_att, docx_att, xlsx_att, csv_att, ics_att, slug

MDS = ["vaillancourt", "haddad", "lachance", "hebert", "raman", "okafor", "beliveau"]
ALL = sorted(C.STAFF)
# people who are neither staff nor patients: candidates, speakers, suppliers
OTHERS = ["Marie-Pier Lavigne", "Jérôme Tanguay", "Sandrine Lacasse", "Philippe Brassard", "Nadia Bouzid", "Kevin Aubé",
          "Roxanne Pichette", "Émilie Garneau", "Tom Fletcher", "Grace Adeyemi", "Hugues Laberge", "Mireille Castonguay",
          "Dr Félix-Antoine Rochon", "Dre Aïcha Diallo", "Dr Paul-Émile Sauvé", "Dre Ingrid Halvorsen", "Dr Thomas Ng"]
STAFF_BABY = [("Éloïse", "F"), ("Félix", "M"), ("Rosalie", "F"), ("Arthur", "M"), ("Margot", "F"), ("Léon", "M"), ("Alma", "F"), ("Jules", "M")]


def serial(c, prefix="", n=9):
    body = "".join(str(c.rng.randint(0, 9)) for _ in range(n - 1))
    return prefix + body + luhn.calc_check_digit(body)


def who(k, title=True):
    return C.staff_name(k, title, "fr")


def neg_oncall(c):
    month = c.day.month % 12 + 1
    year = c.day.year + (1 if month == 1 else 0)
    d = _dt.date(year, month, 1)
    rows = [["Date", "Jour", "Garde pédiatrie HRSA", "Clinique sans rendez-vous", "Garde téléphonique"]]
    mds = [k for k in MDS if k != "beliveau"]
    while d.month == month:
        rows.append([d.isoformat(), C.JOURS[d.weekday()], who(c.pick(mds)), "" if d.weekday() >= 5 else who(c.pick(mds)),
                     who(c.pick(mds))])
        d += _dt.timedelta(days=1)
    att = xlsx_att(c, "Horaire_garde_%d-%02d.xlsx" % (year, month), [("Garde", rows)])
    body = "\n".join([hello(c, None), "",
                      "Voici l'horaire de garde de %s. Les échanges doivent être approuvés par le %s avant le 20." % (
                          C.MOIS[month - 1], who("hebert")),
                      "Rappel : la %s est en congé de perfectionnement du %d au %d ; la %s couvre ses gardes." % (
                          who(c.pick(["vaillancourt", "lachance", "raman"])), c.rng.randint(3, 9), c.rng.randint(10, 16),
                          who(c.pick(["lachance", "raman"]))),
                      "", bye(c), "", sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [staff(k) for k in mds], "Horaire de garde – %s %d" % (C.MOIS[month - 1], year), body, atts=[att])
    return c.result(m, "oncall_schedule", "horaire de garde des médecins (XLSX)")


def neg_leave(c):
    emp = c.pick(["turcotte", "drouin", "nolet", "frechette", "rioux", "sirois", "gingras", "kowalski", "mcallister"])
    d1 = c.later(20, 60)
    d2 = d1 + _dt.timedelta(days=c.pick([4, 7, 11, 14]))
    kind = c.pick(["vacances", "congé de perfectionnement", "congé sans solde", "congé parental (retour progressif)", "journée mobile"])
    lines = [hello(c, C.STAFF[emp][2]), "",
             ("Ta demande de %s le %s est %s." % (kind, C.fdate(d1, "long"), c.pick(["approuvée", "approuvée"])) if kind == "journée mobile" else
              "Ta demande de %s du %s au %s est %s." % (kind, C.fdate(d1, "long"), C.fdate(d2, "long"),
                                                       c.pick(["approuvée", "approuvée", "approuvée sous réserve du remplacement"]))),
             "Il te restera %d h de vacances à prendre avant le 30 avril." % c.rng.randint(14, 120),
             "Merci de bloquer ton agenda dans le DME et d'aviser %s pour les rendez-vous à déplacer." % who("rioux", False), "",
             bye(c), "", sig(c, "labrecque", disclaimer=False)]
    m = mk(c, staff("labrecque"), [staff(emp)], "Demande de congé – %s" % c.pick(["approuvée", "réponse", "suivi"]), "\n".join(lines),
           cc=[staff("quirion")])
    return c.result(m, "leave", "approbation de congé d'une employée")


def neg_payroll(c):
    emp = c.pick(ALL)
    n_emp = "%06d" % c.rng.randint(100000, 999999)
    lines = [hello(c, C.STAFF[emp][2]), "",
             "Suite à ta question sur la paie du %s :" % C.fdate(c.earlier(3, 14), "long"),
             "- matricule : %s" % n_emp,
             "- heures supplémentaires non payées : %.1f h (soirée de clinique du %s)" % (c.pick([2.5, 3.0, 3.5, 4.0]), C.fdate(c.earlier(15, 30), "long")),
             "- prime de soir : %s $" % c.pick(["18,40", "22,75", "31,10"]),
             "La correction apparaîtra sur le dépôt du %s. Le relevé de paie est disponible dans le portail employé." % C.fdate(c.later(3, 14), "long"),
             "", "Rachid Benali", "Comptabilité et paie", C.ORG_FR, "Tél. %s, poste 2210" % C.ORG_TEL]
    m = mk(c, staff("benali"), [staff(emp)], c.pick(["Correction de paie", "RE: relevé de paie", "Paie – ajustement"]), "\n".join(lines))
    return c.result(m, "payroll", "correction de paie d'une employée")


def neg_occ_health(c):
    emp = c.pick(["turcotte", "drouin", "nolet", "frechette", "rioux", "gingras", "sirois", "mercier"])
    d = c.later(5, 30)
    kind = c.pick(["une chirurgie à l'épaule", "une fracture de la cheville", "un congé de maladie", "une pneumonie"])
    lines = [hello(c, "Hélène"), "",
             "Pour la planification : %s sera de retour au travail le %s après %s." % (who(emp), C.fdate(d, "long"), kind),
             "Le médecin traitant recommande un retour progressif : 3 jours par semaine pendant 4 semaines, sans port de charges de plus de 5 kg.",
             "Les documents médicaux sont au dossier santé et sécurité au travail (accès RH seulement).",
             "Je te propose de réduire sa plage de clinique d'un tiers pendant cette période.", "", bye(c), "", sig(c, "quirion", disclaimer=False)]
    m = mk(c, staff("quirion"), [staff("labrecque")], "Retour progressif – %s" % C.STAFF[emp][3], "\n".join(lines))
    return c.result(m, "occupational_health", "retour progressif d'une employée (santé au travail)")


def neg_candidates(c):
    cands = c.sample([o for o in OTHERS if not o.startswith("D")], 3)
    job = c.pick(["orthophoniste", "ergothérapeute", "infirmière clinicienne", "agente administrative", "psychologue"])
    d = c.later(3, 12)
    lines = [hello(c, None), "", "Voici l'horaire des entrevues pour le poste d'%s (remplacement de congé de maternité) :" % job if job[0] in "aeiou"
             else "Voici l'horaire des entrevues pour le poste de %s :" % job, ""]
    t = 9
    for cand in cands:
        lines.append("%d h 00 – %s" % (t, cand))
        t += 1
    lines += ["", "Comité : %s, %s et moi-même. Salle du conseil, %s." % (who("mercier", False), who(c.pick(["turcotte", "drouin", "frechette"]), False), C.fday(d)),
              "Les CV sont joints. Merci de ne pas les transférer.", "", sig(c, "quirion", disclaimer=False)]
    cv = cands[0]
    g, s = cv.split(" ", 1)
    paras = ["%s" % cv, "%d, rue %s, %s" % (c.rng.randint(10, 999), c.pick(["Beaubien", "Hochelaga", "des Érables"]), c.pick(["Montréal", "Laval", "Saint-Jérôme"])),
             "Cellulaire : 514 555-01%02d" % c.rng.randint(0, 99),
             "Date de naissance : %s" % C.fdate(_dt.date(c.rng.randint(1985, 1999), c.rng.randint(1, 12), c.rng.randint(1, 28)), "long"),
             "# Formation", "Maîtrise professionnelle (%d), Université de la Capitale" % c.rng.randint(2012, 2022),
             "# Expérience", "CIUSSS (fictif) – clinique TSA 0-5 ans, %d ans" % c.rng.randint(2, 8),
             "# Langues", "Français, anglais, notions d'espagnol"]
    att = docx_att(c, "CV_%s_%s.docx" % (slug(g), slug(s)), "Curriculum vitae", paras)
    m = mk(c, staff("quirion"), [staff("mercier"), staff(c.pick(["turcotte", "drouin", "frechette"]))],
           "Entrevues – poste %s" % job, "\n".join(lines), atts=[att])
    return c.result(m, "hr_candidates", "horaire d'entrevues et CV d'une candidate")


def neg_job_posting(c):
    job = c.pick([("Orthophoniste", "OOAQ"), ("Ergothérapeute", "OEQ"), ("Infirmière clinicienne / infirmier clinicien", "OIIQ"),
                  ("Psychologue", "OPQ"), ("Nutritionniste", "ODNQ")])
    lines = ["OFFRE D'EMPLOI – %s" % job[0].upper(), "", C.ORG_FR, "",
             "Poste permanent, 4 jours/semaine (28 h), équipe de développement de l'enfant 0-12 ans.",
             "Clientèle : retard global de développement, trouble du spectre de l'autisme, TDAH, trouble développemental du langage.",
             "", "Exigences :", "- membre en règle de l'%s" % job[1], "- 2 ans d'expérience en pédiatrie (un atout)",
             "- bilinguisme fonctionnel", "", "Conditions : salaire selon l'échelle en vigueur (%d $ à %d $/h), 4 semaines de vacances, "
             "REER collectif, stationnement gratuit." % (c.rng.randint(36, 42), c.rng.randint(55, 62)), "",
             "Envoyez votre CV à rh@lesmarelles.example avant le %s. Renseignements : %s, %s." % (
                 C.fdate(c.later(14, 30), "long"), who("quirion", False), C.ORG_TEL)]
    m = mk(c, staff("quirion"), [("Liste de diffusion – emplois", "emplois@reseau-pediatrie.example")],
           "Offre d'emploi – %s" % job[0], "\n".join(lines))
    return c.result(m, "job_posting", "offre d'emploi")


def neg_newsletter(c):
    baby = c.pick(STAFF_BABY)
    mom = c.pick(["drouin", "nolet", "kowalski", "sirois", "mercier"])
    bd = c.earlier(5, 30)
    items = [
        "# Bienvenue", "Nous accueillons %s, nouvelle orthophoniste, et %s, stagiaire en ergothérapie jusqu'en décembre." % (c.pick(OTHERS[:6]), c.pick(OTHERS[6:12])),
        "# Naissance", "Félicitations à %s ! %s %s est né%s le %s (%s kg). Maman et bébé se portent bien." % (
            who(mom), "Son petit" if baby[1] == "M" else "Sa petite", baby[0], "" if baby[1] == "M" else "e",
            C.fdate(bd, "long"), c.pick(["3,1", "3,4", "3,6", "2,9"])),
        "# Conférence midi", "Le %s, la %s présentera « Le TDAH chez la fille : un diagnostic souvent tardif ». "
        "Le %s suivra avec les nouvelles lignes directrices sur la mélatonine chez l'enfant avec TSA." % (
            C.fday(c.later(3, 20)), who("vaillancourt"), who("beliveau")),
        "# Statistiques du trimestre", "%d évaluations diagnostiques TSA réalisées, délai moyen de %d jours (cible : 120)." % (
            c.rng.randint(40, 90), c.rng.randint(130, 260)),
        "# Rappel", "La campagne de vaccination antigrippale du personnel a lieu les mardis de novembre, salle 3.",
    ]
    text = "Infolettre interne – %s %d\n\n%s\n\nL'équipe des communications" % (C.MOIS[c.day.month - 1], c.day.year, "\n".join(items).replace("# ", "\n"))
    atts = [pdf_att(c, "Infolettre_%s.pdf" % C.MOIS[c.day.month - 1], "Infolettre Les Marelles", items)] if c.chance(0.4) else None
    m = mk(c, staff("labrecque"), [("Tout le personnel", "personnel@lesmarelles.example")], "Infolettre – %s" % C.MOIS[c.day.month - 1],
           text, atts=atts, layout=None if atts else c.pick(["html", "alt"]))
    return c.result(m, "newsletter", "infolettre interne avec naissance d'un bébé d'une employée")


def neg_committee(c):
    com = c.pick(["Comité de gestion des risques", "Comité de pharmacologie", "Comité des usagers", "Comité qualité et sécurité",
                  "Comité de prévention des infections"])
    d = c.later(5, 25)
    agenda = ["Adoption du procès-verbal du %s" % C.fdate(c.earlier(20, 40), "long"),
              "Déclarations d'incidents et d'accidents – portrait du trimestre (%d déclarations, dont %d chutes en salle d'attente)" % (
                  c.rng.randint(12, 30), c.rng.randint(1, 4)),
              "Protocole de la mélatonine chez l'enfant avec TSA – présentation de la %s" % who("raman"),
              "Pénurie de méthylphénidate – suivi (%s)" % who("haddad"),
              "Hygiène des mains : taux de conformité %d %%" % c.rng.randint(68, 92),
              "Varia"]
    lines = [hello(c, None), "", "Vous êtes convoqués à la prochaine réunion du %s :" % com.lower(), "",
             "Date : %s, 12 h à 13 h 15" % C.fday(d, "fr", True), "Lieu : salle du conseil et Teams", "", "Ordre du jour :"] + \
        ["%d. %s" % (i + 1, a) for i, a in enumerate(c.sample(agenda, 4))] + ["", "Le dîner sera servi.", "", sig(c, "mercier", disclaimer=False)]
    m = mk(c, staff("mercier"), [staff(k) for k in c.sample(ALL, 5)], "Convocation – %s" % com, "\n".join(lines))
    return c.result(m, "committee", "convocation et ordre du jour de comité")


def neg_conference(c):
    spk = c.sample([o for o in OTHERS if o.startswith("D")], 3)
    topics = ["Dépistage précoce du TSA : au-delà du M-CHAT", "TDAH et troubles du sommeil : que faire ?",
              "Le retard global de développement : quel bilan génétique en 2025 ?", "Trouble développemental du langage et bilinguisme",
              "Épilepsie-absences : ce que l'école doit savoir", "Anémie ferriprive chez le tout-petit",
              "Prise en charge du TSAF en première ligne"]
    tps = c.sample(topics, 4)
    prog = ["8 h 30 – Accueil", "9 h 00 – %s, %s" % (spk[0], tps[0]), "10 h 15 – %s, %s" % (who("vaillancourt"), tps[1]),
            "11 h 30 – %s, %s" % (spk[1], tps[2]), "13 h 30 – Table ronde animée par le %s avec %s" % (who("hebert"), spk[2]),
            "15 h 00 – %s, %s" % (who(c.pick(["haddad", "raman", "beliveau"])), tps[3])]
    text = "\n".join(["Journée scientifique en pédiatrie du développement", C.fday(c.later(20, 60), "fr", True),
                      "Auditorium de l'Hôpital régional de Sainte-Aurélie", "", "PROGRAMME", ""] + prog +
                     ["", "Inscription : 75 $ (gratuit pour les résidents). Accréditation : 5,5 heures de DPC.",
                      "Renseignements : formation@lesmarelles.example"])
    atts = [pdf_att(c, "Programme_journee_scientifique.pdf", "Journée scientifique – programme", prog)] if c.chance(0.5) else None
    m = mk(c, staff("mercier"), [("Réseau pédiatrie", "membres@reseau-pediatrie.example")], "Programme – Journée scientifique",
           text, atts=atts)
    return c.result(m, "conference", "programme d'une journée scientifique")


def neg_invoice(c):
    sup = c.pick([("Éditions PsychoTest inc.", ["Protocoles WISC-V (paquet de 25)", "Cahiers de réponses ADOS-2 module 1", "Feuilles de cotation Conners 3"]),
                  ("Distribution Médi-Pédia", ["Otoscope rechargeable", "Brassards pédiatriques (10)", "Pèse-bébé numérique"]),
                  ("Jouets Thérapeutiques Boréal", ["Balles sensorielles (lot de 12)", "Coussin d'équilibre", "Ciseaux adaptés (6)"])])
    inv = "F-%d-%05d" % (c.day.year, c.rng.randint(1000, 99999))
    bn = serial(c, "", 9)
    rows = []
    total = 0
    for it in c.sample(sup[1], 2):
        q, pu = c.rng.randint(1, 6), c.rng.randint(35, 420)
        rows.append("%-45s %3d x %7.2f $ = %8.2f $" % (it, q, pu, q * pu))
        total += q * pu
    lines = ["FACTURE %s" % inv, "Date : %s" % C.fdate(c.day, "iso"), "Client : %s (no client %d)" % (C.ORG_SHORT, c.rng.randint(10000, 99999)),
             "Bon de commande : BC-%05d" % c.rng.randint(1000, 99999), ""] + rows + [
        "", "Sous-total : %.2f $" % total, "TPS (5 %%) : %.2f $" % (total * 0.05), "TVQ (9,975 %%) : %.2f $" % (total * 0.09975),
        "Total : %.2f $" % (total * 1.14975), "", "No TPS : %sRT0001   No TVQ : %s TQ0001" % (bn, serial(c, "", 10)),
        "Paiement net 30 jours."]
    att = pdf_att(c, "Facture_%s.pdf" % inv, "%s – Facture" % sup[0], lines)
    body = "\n".join([hello(c, "Rachid"), "", "Veuillez trouver ci-jointe notre facture %s." % inv, "", "Service à la clientèle", sup[0]])
    m = mk(c, ("Comptes recevables", "facturation@%s.example" % slug(sup[0]).lower().replace("_", "")[:14]), [staff("benali")],
           "Facture %s" % inv, body, atts=[att])
    return c.result(m, "invoice", "facture d'un fournisseur")


def neg_po(c):
    items = [("Réfrigérateur à vaccins 49 L, sonde numérique", 1, 4890), ("Audiomètre portatif", 1, 6240), ("Toise murale pédiatrique", 2, 310),
             ("Ordinateur portable 14 po", 3, 1420), ("Balance pèse-personne certifiée", 1, 980)]
    po = "BC-%05d" % c.rng.randint(10000, 99999)
    rows = [["Article", "Qté", "Prix unitaire", "No de série / actif"]]
    for it in c.sample(items, 3):
        rows.append([it[0], it[1], "%d,00 $" % it[2], serial(c, "SN", 12) if c.chance(0.6) else "ACT-" + serial(c, "", 9)])
    att = xlsx_att(c, "%s.xlsx" % po, [("Bon de commande", rows)])
    body = "\n".join([hello(c, None), "", "Voici le bon de commande %s, approuvé par %s le %s." % (po, who("labrecque", False), C.fdate(c.day, "long")),
                      "Livraison : %s, quai arrière, entre 8 h et 15 h." % C.ORG_ADDR,
                      "Les numéros de série seront inscrits au registre des actifs à la réception.", "", sig(c, "benali", disclaimer=False)])
    m = mk(c, staff("benali"), [("Ventes institutionnelles", "ventes@medipedia-distribution.example")], "Bon de commande %s" % po, body,
           atts=[att], cc=[staff("labrecque")])
    return c.result(m, "purchase_order", "bon de commande avec numéros de série")


def neg_inventory(c):
    vacc = [("Priorix-Tetra (RRO-Var)", "A"), ("Pediacel (DCaT-VPI-Hib)", "C"), ("Vaxneuvance (Pneu-C-15)", "X"), ("Menjugate (Men-C-C)", "M"),
            ("Engerix-B pédiatrique", "E"), ("Influvac Tetra", "V"), ("Boostrix-Polio (dcaT-VPI)", "B")]
    rows = [["Produit", "Lot", "Péremption", "Quantité", "Frigo"]]
    for v, pre in c.sample(vacc, 5):
        rows.append([v, "%s%s%05d" % (pre, c.pick("ABCKT"), c.rng.randint(10000, 99999)),
                     _dt.date(2026, c.rng.randint(1, 12), 1).strftime("%Y-%m"), c.rng.randint(0, 40), c.pick(["F1", "F2"])])
    text = "\n".join([hello(c, None), "", "Inventaire des vaccins au %s (décompte fait avec %s) :" % (C.fdate(c.day, "long"), who("osei", False)), ""] +
                     ["%-28s lot %-10s exp. %s  qté %s  (%s)" % tuple(r) for r in rows[1:]] +
                     ["", "Commande à faire pour le Priorix-Tetra. Températures du mois : 2,8 à 6,1 °C, aucune excursion.", "", sig(c, "frechette", disclaimer=False)])
    atts = [csv_att(c, "inventaire_vaccins.csv", rows)] if c.chance(0.5) else None
    m = mk(c, staff("frechette"), [staff("benali"), staff("hebert")], "Inventaire vaccins", text, atts=atts)
    return c.result(m, "inventory", "inventaire des vaccins avec numéros de lot")


def neg_stats(c):
    rows = [["Programme", "Références reçues", "Évaluations terminées", "Délai moyen (jours)", "Liste d'attente"]]
    for prg in ["Évaluation TSA", "Clinique TDAH", "Orthophonie", "Ergothérapie", "Psychologie", "Nutrition"]:
        rows.append([prg, c.rng.randint(20, 140), c.rng.randint(10, 90), c.rng.randint(40, 320), c.rng.randint(5, 180)])
    rows2 = [["Diagnostic principal", "Nombre d'enfants"], ["TSA", c.rng.randint(80, 200)], ["TDAH", c.rng.randint(100, 260)],
             ["Trouble développemental du langage", c.rng.randint(50, 120)], ["Retard global de développement", c.rng.randint(20, 60)],
             ["Trouble développemental de la coordination", c.rng.randint(10, 50)]]
    att = xlsx_att(c, "Statistiques_T%d_%d.xlsx" % ((c.day.month - 1) // 3 + 1, c.day.year), [("Programmes", rows), ("Diagnostics", rows2)])
    body = "\n".join([hello(c, None), "", "Ci-joint le tableau de bord du trimestre pour le conseil d'administration.",
                      "Faits saillants : hausse de %d %% des références en TDAH ; le délai en évaluation TSA reste au-dessus de la cible." % c.rng.randint(8, 30),
                      "Aucune donnée nominative dans le fichier.", "", sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [staff("labrecque"), staff("hebert")], "Tableau de bord trimestriel", body, atts=[att])
    return c.result(m, "statistics", "statistiques agrégées par programme et diagnostic")


def neg_teaching_case(c):
    case = c.pick([
        ("Garçon de 3 ans et 4 mois adressé pour retard de langage. Premiers mots à 24 mois, pas de phrases. Jeu répétitif, alignement des autos. "
         "ADOS-2 module 1 : score de comparaison 7. Audiogramme normal.", "Quel est votre diagnostic ? Quels services recommander ?"),
        ("Fillette de 7 ans, regards fixes de quelques secondes plusieurs fois par jour selon l'enseignante. Examen neurologique normal. "
         "L'hyperventilation en clinique déclenche un épisode de 8 secondes.", "Quel examen demander ? Quel traitement de première intention ?"),
        ("Nourrisson de 15 mois, lait de vache 1,2 L/jour, pâleur. Hb 92 g/L, VGM 60 fL, ferritine 5 µg/L.",
         "Quelle est la prise en charge ? Quels conseils alimentaires ?"),
        ("Adolescent de 13 ans, tics moteurs et vocaux depuis 18 mois, fluctuants, aggravés par le stress. TDAH associé.",
         "Quand traiter les tics ? Quelles options pharmacologiques ?"),
    ])
    text = "\n".join([hello(c, None), "", "Cas clinique pour le club de lecture des résidents de %s (cas fictif, aucun renseignement identifiant) :" %
                      C.fday(c.later(2, 10)), "", case[0], "", "Questions : " + case[1], "",
                      "Animation : %s. Lecture suggérée jointe à l'invitation Teams." % who(c.pick(MDS)), "", C.STAFF["hebert"][2]])
    m = mk(c, staff("hebert"), [("Résidents pédiatrie", "residents-pediatrie@hrsa.example")], "Club de lecture – cas clinique", text)
    return c.result(m, "teaching_case", "cas clinique dépersonnalisé pour l'enseignement")


def neg_blank_form(c):
    kind = c.pick(["Demande de consultation en développement", "Formulaire de consentement à la communication de renseignements",
                   "Questionnaire préalable à l'évaluation TSA"])
    paras = ["# Identification de l'enfant", "Nom : ______________________   Prénom : ____________________",
             "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : ☐ F  ☐ M  ☐ X",
             "NAM : ____ ____ ____   Expiration : __/__", "Adresse : ___________________________________________",
             "Téléphone : (___) ___-____", "# Motif", "☐ Retard de langage  ☐ Suspicion de TSA  ☐ TDAH  ☐ Retard moteur  ☐ Autre : ________",
             "# Référent", "Nom du médecin : ______________________  No de permis : _______", "Signature : ______________  Date : __________"]
    att = docx_att(c, "%s.docx" % slug(kind)[:40], kind, paras)
    body = "\n".join([hello(c, None), "", "Voici la nouvelle version du formulaire « %s » (v. %d.%d), à utiliser dès le 1er %s." % (
        kind, c.rng.randint(2, 5), c.rng.randint(0, 9), C.MOIS[c.day.month % 12]),
        "Merci de détruire les anciennes copies papier.", "", sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [("Tout le personnel", "personnel@lesmarelles.example")], "Nouveau formulaire – %s" % kind, body, atts=[att])
    return c.result(m, "blank_form", "formulaire vierge")


TEMPLATES = [neg_oncall, neg_leave, neg_payroll, neg_occ_health, neg_candidates, neg_job_posting, neg_newsletter, neg_committee,
             neg_conference, neg_invoice, neg_po, neg_inventory, neg_stats, neg_teaching_case, neg_blank_form]
