"""French negative templates, part B: notices, IT, facilities, templates, research."""
import datetime as _dt

import gen_common as C
from gen_ctx import staff, ext
from gen_mime import Mail
from gen_tpl import mk, sig, hello, bye, pdf_att, docx_att, xlsx_att, csv_att, ics_att, zip_att, eml_att, vcf_att, slug, forward_block, earlier_dt
from gen_neg_fr_a import MDS, ALL, OTHERS, serial, who


def neg_mailmerge(c):
    tpl = "\n".join(["Bonjour «PRENOM_PARENT» «NOM_PARENT»,", "",
                     "Nous vous rappelons le rendez-vous de «PRENOM_ENFANT» avec «INTERVENANT» le «DATE_RDV» à «HEURE_RDV».",
                     "Lieu : %s" % C.ORG_ADDR,
                     "Merci d'apporter la carte d'assurance maladie de l'enfant et le carnet de vaccination.",
                     "Pour annuler, composez le %s au moins 48 heures à l'avance." % C.ORG_TEL_INTAKE, "",
                     "L'équipe du %s" % C.ORG_SHORT])
    body = "\n".join([hello(c, "Patrick"), "", "Voici le gabarit corrigé pour les rappels automatisés (texte et courriel). "
                      "Peux-tu remplacer la version actuelle dans le module de publipostage ?", "", "----- gabarit -----", tpl,
                      "-------------------", "", "Les champs entre chevrons sont ceux du DME.", "", sig(c, "rioux", disclaimer=False)])
    atts = [docx_att(c, "gabarit_rappel_rdv.docx", "Gabarit – rappel de rendez-vous", tpl.split("\n"))] if c.chance(0.5) else None
    m = mk(c, staff("rioux"), [staff("nguyen")], "Gabarit rappel de rendez-vous", body, atts=atts)
    return c.result(m, "mailmerge_template", "gabarit de publipostage pour rappels")


def neg_shortage(c):
    drug = c.pick([("Biphentin (méthylphénidate) 10 mg et 15 mg", "Concerta ou Foquest selon la dose équivalente"),
                   ("amoxicilline suspension 250 mg/5 mL", "amoxicilline 400 mg/5 mL ou comprimés à croquer"),
                   ("Fer-In-Sol gouttes", "Palafer suspension ou Euro-Fer"),
                   ("Vyvanse 20 mg gélules", "Vyvanse comprimés à croquer 20 mg"),
                   ("EpiPen Jr 0,15 mg", "Emerade ou Allerject selon la disponibilité")])
    lines = [hello(c, None), "", "Avis de pénurie reçu ce matin des pharmacies du secteur :", "",
             "Produit : %s" % drug[0], "Durée prévue : %s" % c.pick(["jusqu'à la mi-décembre", "6 à 8 semaines", "indéterminée"]),
             "Solution de rechange proposée : %s" % drug[1], "",
             "Le %s rappelle qu'aucun changement ne doit être fait sans réévaluation pour les enfants stabilisés." % who("haddad"),
             "Merci d'indiquer « substitution permise » sur les nouvelles ordonnances.", "", sig(c, c.pick(["frechette", "hebert"]), disclaimer=False)]
    m = mk(c, staff(c.pick(["frechette", "hebert"])), [("Médecins et infirmières", "cliniciens@lesmarelles.example")],
           "Pénurie – %s" % drug[0].split(" ")[0], "\n".join(lines))
    return c.result(m, "drug_shortage", "avis de pénurie de médicament")


def neg_recall(c):
    prod = c.pick([("Préparation pour nourrissons Bébé-Lait 1 (900 g)", "lot"), ("Thermomètre auriculaire ThermoKid TK-200", "série"),
                   ("Tubulure de gavage EnteraFlow 12 Fr", "lot"), ("Nébuliseur PetitSouffle NB-3", "série")])
    ids = [serial(c, "", 10) if prod[1] == "série" else "%s%d%02d" % (c.pick(["LB", "KF", "BL"]), c.rng.randint(2400, 2599), c.rng.randint(1, 99))
           for _ in range(c.rng.randint(3, 5))]
    lines = ["AVIS DE RAPPEL", "", "Produit : %s" % prod[0], "Numéros de %s visés : %s" % (prod[1], ", ".join(ids)),
             "Motif : %s" % c.pick(["risque de contamination bactérienne (Cronobacter)", "lecture erronée de la température (écart de 1,5 °C)",
                                    "défaut de raccord pouvant causer une fuite"]),
             "", "Action : retirer les produits visés, les mettre en quarantaine et aviser %s." % who("benali", False),
             "Les familles qui ont reçu des échantillons de ces lots seront informées par un avis général affiché en salle d'attente.", "",
             sig(c, "frechette", disclaimer=False)]
    m = mk(c, staff("frechette"), [("Tout le personnel clinique", "cliniciens@lesmarelles.example")], "Rappel – %s" % prod[0][:40], "\n".join(lines))
    return c.result(m, "recall", "avis de rappel de produit avec numéros de lot")


def neg_research(c):
    lines = ["# Titre", c.pick(["Étude MARELLES-TSA : dépistage à 18 mois en CPE par vidéo structurée",
                                "Effet d'un programme de coaching parental sur le langage des enfants de 2 à 4 ans",
                                "Mélatonine à libération prolongée et sommeil chez l'enfant avec TSA : essai pragmatique"]),
             "# Chercheuse principale", who("vaillancourt") + ", en collaboration avec le " + who("beliveau"),
             "# Population", "Enfants de 18 à 48 mois suivis au centre ; critères d'exclusion : syndrome génétique connu, surdité.",
             "# Taille visée", "%d participants sur 24 mois" % c.rng.randint(60, 240),
             "# Données", "Codées à la source ; aucune donnée nominative ne quitte le centre. Clé de codage conservée par l'archiviste.",
             "# Statut", "Approuvé par le comité d'éthique de la recherche le %s (no CER-%d-%03d)" % (
                 C.fdate(c.earlier(10, 90), "long"), c.day.year, c.rng.randint(1, 300))]
    att = pdf_att(c, "Protocole_resume_v%d.pdf" % c.rng.randint(2, 6), "Résumé de protocole", lines)
    body = "\n".join([hello(c, None), "", "En vue du recrutement qui débutera en %s, voici le résumé du protocole approuvé." % C.MOIS[(c.day.month + 1) % 12],
                      "Une séance d'information aura lieu le %s à midi." % C.fday(c.later(3, 15)), "", sig(c, "vaillancourt", disclaimer=False)])
    m = mk(c, staff("vaillancourt"), [("Équipe clinique", "cliniciens@lesmarelles.example")], "Projet de recherche – résumé du protocole", body, atts=[att])
    return c.result(m, "research_protocol", "résumé de protocole de recherche sans participants")


def neg_cold_chain(c):
    d = c.earlier(0, 3)
    lines = [hello(c, None), "", "Bris de chaîne de froid constaté le %s à 7 h 45 au réfrigérateur F%d (salle de vaccination)." % (C.fdate(d, "long"), c.rng.randint(1, 2)),
             "Température maximale enregistrée : %s °C pendant environ %d minutes (panne électrique de la nuit)." % (("%.1f" % c.rng.uniform(8.5, 14)).replace(".", ","), c.rng.randint(40, 200)),
             "Produits mis en quarantaine : %s, lots %s et %s." % (c.pick(["Priorix-Tetra", "Pediacel", "Vaxneuvance"]),
                                                                  "A%s" % serial(c, "", 6), "C%s" % serial(c, "", 6)),
             "Le formulaire de déclaration a été transmis à la santé publique ; en attente de leur avis avant réutilisation.",
             "Aucune vaccination ce matin : les rendez-vous sont reportés par l'accueil.", "", sig(c, "frechette", disclaimer=False)]
    m = mk(c, staff("frechette"), [staff("hebert"), staff("labrecque"), staff("benali")], "Bris de chaîne de froid – frigo vaccins", "\n".join(lines))
    return c.result(m, "cold_chain", "bris de chaîne de froid sans patient")


def neg_training(c):
    d = c.later(10, 45)
    import datetime as dt
    start = dt.datetime(d.year, d.month, d.day, 8, 30)
    topic = c.pick(["Formation ADOS-2 – mise à niveau", "Atelier : annonce d'un diagnostic de TSA aux parents",
                    "Formation RCR pédiatrique", "Webinaire : nouvelles lignes directrices sur le TDAH"])
    att = ics_att(c, "formation.ics", uid="form-%s@lesmarelles.example" % d.strftime("%Y%m%d"), start=start,
                  end=start + dt.timedelta(hours=c.pick([3, 4, 7])), summary=topic,
                  description="Formatrice : %s. Dîner fourni. Inscription obligatoire." % who(c.pick(["vaillancourt", "raman", "nolet"])),
                  location="Salle du conseil, %s" % C.ORG_SHORT, organizer=("Chantal Mercier", C.staff_addr("mercier")),
                  stamp=dt.datetime(c.day.year, c.day.month, c.day.day, 10, 0))
    body = "\n".join([hello(c, None), "", "Vous êtes invités à : %s, %s." % (topic, C.fday(d)), "Places limitées à 14 personnes.", "",
                      sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [("Équipe clinique", "cliniciens@lesmarelles.example")], "Invitation : %s" % topic, body, atts=[att])
    return c.result(m, "training", "invitation à une formation (ICS)")


def neg_privacy(c):
    lines = [hello(c, None), "", "Rappel annuel sur la protection des renseignements personnels :", "",
             "- Ne jamais inscrire le nom d'un enfant, son NAM ou sa date de naissance dans l'objet d'un courriel.",
             "- Utiliser le numéro de dossier et la messagerie sécurisée pour toute communication clinique externe.",
             "- Un NAM a le format AAAA 0000 0000 (4 lettres, 8 chiffres) : en cas d'envoi par erreur, aviser %s." % who("labrecque"),
             "- Les télécopies doivent être envoyées avec le bordereau confidentiel.",
             "", "La formation en ligne obligatoire (20 minutes) doit être complétée avant le %s." % C.fdate(c.later(14, 40), "long"),
             "", sig(c, "labrecque", disclaimer=False)]
    m = mk(c, staff("labrecque"), [("Tout le personnel", "personnel@lesmarelles.example")], "Rappel – confidentialité et courriel", "\n".join(lines))
    return c.result(m, "privacy_reminder", "rappel de politique de confidentialité")


def neg_directory(c):
    rows = ["%s – %s ; intérêts cliniques : %s" % (who(k), C.staff_role(k), intr) for k, intr in [
        ("vaillancourt", "TSA, retard global de développement"), ("haddad", "TDAH, troubles du sommeil"),
        ("lachance", "pédiatrie générale, croissance, anémie"), ("raman", "TSA chez les tout-petits, TDL"),
        ("okafor", "épilepsie de l'enfant, tics et Tourette"), ("beliveau", "anxiété, troubles de l'humeur, TSAF"),
        ("hebert", "nutrition, obésité, prédiabète")]]
    text = "\n".join([hello(c, None), "", "Pour les nouveaux référents du GMF, voici la liste de nos médecins et leurs champs d'intérêt :", ""] +
                     ["- " + r for r in rows] + ["", "Demandes de consultation : télécopieur %s ou formulaire en ligne." % C.ORG_FAX, "",
                                                 sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [("GMF des Trois-Lacs", "accueil@gmf-troislacs.example")], "Nos médecins et leurs champs d'intérêt", text)
    return c.result(m, "physician_directory", "liste des médecins et maladies traitées")


def neg_it_downtime(c):
    d = c.later(2, 14)
    sysn = c.pick(["le DME MédiClic", "le serveur de fichiers", "la téléphonie IP", "le portail de rendez-vous en ligne"])
    lines = [hello(c, None), "", "Une mise à jour de %s aura lieu %s de 18 h à 22 h." % (sysn, C.fday(d)),
             "Pendant l'interruption, utilisez les formulaires papier (armoire de l'accueil) ; la saisie sera faite le lendemain.",
             "Ticket : INC-%07d" % c.rng.randint(1000000, 9999999), "Adresse IP du serveur de relève : 10.%d.%d.%d (interne)" % (
                 c.rng.randint(0, 255), c.rng.randint(0, 255), c.rng.randint(1, 254)), "",
             "Patrick Nguyen", "Soutien informatique – poste 2299"]
    m = mk(c, staff("nguyen"), [("Tout le personnel", "personnel@lesmarelles.example")], "Interruption planifiée – %s" % sysn, "\n".join(lines))
    return c.result(m, "it_notice", "avis d'interruption informatique")


def neg_phishing(c):
    fake = c.pick(["Votre boîte aux lettres est pleine", "Facture impayée – action requise", "Partage de document : Résultats_labo.pdf",
                   "Mise à jour obligatoire de votre mot de passe"])
    inner = "\n".join(["Cher utilisateur,", "", "Cliquez ici pour confirmer votre compte dans les 24 heures sinon il sera suspendu :",
                       "hxxp://lesmarelles-securite.example.net/login", "", "Service informatique"])
    fwd = forward_block(c, "Service Informatique", "no-reply@securite-boite.example", "personnel@lesmarelles.example", earlier_dt(c, 0, 1), fake, inner, "fr")
    body = "\n".join([hello(c, None), "", "ATTENTION : plusieurs d'entre vous ont reçu le courriel ci-dessous. C'est de l'hameçonnage.",
                      "Ne cliquez pas sur le lien. Si vous avez entré votre mot de passe, changez-le immédiatement et appelez-moi au poste 2299.",
                      "", "Patrick", "", fwd])
    m = mk(c, staff("nguyen"), [("Tout le personnel", "personnel@lesmarelles.example")], "ALERTE hameçonnage – « %s »" % fake, body)
    return c.result(m, "it_phishing", "alerte d'hameçonnage")


def neg_facilities(c):
    kind = c.pick([("Travaux – ventilation du 2e étage", "Le système de ventilation du 2e étage sera remplacé du %s au %s. Les salles 201 à 206 seront fermées ; les évaluations sont déplacées au 1er."),
                   ("Déneigement du stationnement", "Le déneigement aura lieu la nuit du %s ; merci de libérer le stationnement avant 22 h. Reprise normale le %s."),
                   ("Exercice d'évacuation", "Un exercice d'évacuation aura lieu entre le %s et le %s. Les familles présentes seront accompagnées par l'accueil."),
                   ("Ascenseur hors service", "L'ascenseur sera hors service du %s au %s (remplacement du câble). Les familles avec poussette ou fauteuil roulant seront reçues au rez-de-chaussée.")])
    d1 = c.later(2, 10)
    d2 = d1 + _dt.timedelta(days=c.rng.randint(1, 5))
    lines = [hello(c, None), "", kind[1] % (C.fdate(d1, "long"), C.fdate(d2, "long")), "",
             "Entrepreneur : %s, bon de travail BT-%05d." % (c.pick(["Ventilation Boréale inc.", "Entretien Saint-Isidore", "Ascenseurs Laurentides"]),
                                                          c.rng.randint(1000, 99999)),
             "", "Merci de votre collaboration,", "", sig(c, "labrecque", disclaimer=False)]
    m = mk(c, staff("labrecque"), [("Tout le personnel", "personnel@lesmarelles.example")], kind[0], "\n".join(lines))
    return c.result(m, "facilities", "avis concernant le bâtiment")


def neg_parents_mass(c):
    d1 = c.later(5, 20)
    lines = ["Chers parents,", "",
             "La clinique de vaccination contre la grippe pour les enfants de 6 mois et plus aura lieu les samedis %s et %s, de 9 h à 15 h." % (
                 C.fdate(d1, "long"), C.fdate(d1 + _dt.timedelta(days=7), "long")),
             "Le vaccin est gratuit pour les enfants atteints de maladies chroniques (asthme, diabète, cardiopathie) et pour tous les enfants de 6 à 59 mois.",
             "Les enfants qui reçoivent le vaccin pour la première fois avant 9 ans ont besoin de 2 doses à 4 semaines d'intervalle.",
             "Prise de rendez-vous : %s ou en ligne." % C.ORG_TEL_INTAKE, "",
             "Ce message est envoyé à toutes les familles inscrites ; merci de ne pas y répondre.", "", "L'équipe du " + C.ORG_SHORT]
    m = mk(c, ("CDE Les Marelles", "ne-pas-repondre@lesmarelles.example"), [("Familles", "familles@lesmarelles.example")],
           "Vaccination antigrippale – cliniques du samedi", "\n".join(lines), layout=c.pick(["html", "alt"]))
    return c.result(m, "parent_bulletin", "message général aux familles sur la vaccination antigrippale")


def neg_mileage(c):
    emp = c.pick(["turcotte", "drouin", "gingras", "mcallister", "kowalski"])
    rows = [["Date", "Trajet", "Km", "Motif"]]
    for i in range(c.rng.randint(3, 6)):
        rows.append([C.fdate(c.earlier(3, 30), "iso"), "Centre → %s" % c.pick(["École primaire des Bouleaux", "CPE Les Petits Pinsons", "CLSC des Monts-Boisés", "HRSA"]),
                     c.rng.randint(8, 64), c.pick(["observation en classe", "rencontre d'équipe", "formation", "visite au CPE"])])
    att = xlsx_att(c, "frais_deplacement_%s_%02d.xlsx" % (C.STAFF[emp][3].lower(), c.day.month), [("Km", rows)])
    body = "\n".join([hello(c, "Rachid"), "", "Voici mes frais de déplacement du mois, approuvés par Chantal.", "", C.STAFF[emp][2]])
    m = mk(c, staff(emp), [staff("benali")], "Frais de déplacement – %s" % C.MOIS[c.day.month - 1], body, atts=[att])
    return c.result(m, "expense_claim", "réclamation de frais de déplacement")


def neg_minutes(c):
    pts = ["Liste d'attente TSA : %d enfants ; proposition d'une clinique d'évaluation le samedi aux 2 semaines." % c.rng.randint(90, 180),
           "Nouveau processus de triage : toutes les références passent par l'infirmière de l'accueil (%s)." % who("frechette", False),
           "Rapports d'évaluation : délai de rédaction visé de 15 jours ouvrables.",
           "Stagiaires : %s (ergothérapie) et %s (orthophonie) arrivent en janvier." % (c.pick(OTHERS[:6]), c.pick(OTHERS[6:12])),
           "Questionnaires parents : passage au formulaire électronique prévu au printemps."]
    text = "\n".join(["Compte rendu – rencontre d'équipe interdisciplinaire du %s" % C.fdate(c.earlier(1, 5), "long"), "",
                      "Présents : %s" % ", ".join(who(k, False) for k in c.sample(ALL, 6)), ""] +
                     ["%d. %s" % (i + 1, p) for i, p in enumerate(c.sample(pts, 4))] + ["", "Prochaine rencontre : %s." % C.fday(c.later(7, 21)),
                                                                                        "Aucun cas nominatif discuté dans ce compte rendu.", "", C.STAFF["mercier"][2]])
    m = mk(c, staff("mercier"), [("Équipe clinique", "cliniciens@lesmarelles.example")], "Compte rendu – rencontre d'équipe", text)
    return c.result(m, "meeting_minutes", "compte rendu de réunion sans cas nominatif")


def neg_party(c):
    emp = c.pick(["rioux", "frechette", "mercier", "gingras"])
    d = c.later(5, 25)
    text = "\n".join([hello(c, None), "",
                      c.pick(["Après %d ans parmi nous, %s prend sa retraite ! Un 5 à 7 aura lieu le %s au Bistro du Lac." % (
                          c.rng.randint(18, 32), who(emp), C.fday(d)),
                              "Les anniversaires de %s : %s (le %d), %s (le %d) et %s (le %d). Gâteau à la cuisine vendredi !" % (
                                  C.MOIS[c.day.month - 1], who(c.pick(ALL), False), c.rng.randint(1, 9), who(c.pick(ALL), False),
                                  c.rng.randint(10, 19), who(c.pick(ALL), False), c.rng.randint(20, 28))]),
                      "Contribution volontaire pour le cadeau : voir Lucie à l'accueil.", "", "Le comité social"])
    m = mk(c, staff("rioux"), [("Tout le personnel", "personnel@lesmarelles.example")], c.pick(["Party de retraite !", "Anniversaires du mois"]), text,
           layout=c.pick(["html", "alt", "plain"]))
    return c.result(m, "social_event", "fête du personnel")


def neg_staff_absence(c):
    doc = c.pick(MDS)
    d1 = c.later(0, 2)
    text = "\n".join([hello(c, None), "",
                      "%s est absent%s pour maladie %s. Ses cliniques sont annulées et les familles seront rappelées par l'accueil." % (
                          C.art(doc, cap=True), "e" if C.STAFF[doc][0] == "Dre" else "", c.pick(["aujourd'hui et demain", "jusqu'à vendredi", "cette semaine"])),
                      "Les urgences de sa clientèle (TDAH, TSA, épilepsie) sont couvertes par %s." % C.art(c.pick([k for k in MDS if k != doc])),
                      "Merci de prioriser les renouvellements d'ordonnance en attente.", "", sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [("Équipe clinique", "cliniciens@lesmarelles.example"), staff("rioux")], "Absence – %s" % C.staff_name(doc, True), text)
    return c.result(m, "staff_absence", "absence d'un médecin et réorganisation des cliniques")


def neg_licence(c):
    keys = ["%s-%s-%s-%s" % tuple("".join(c.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(4)) for _ in range(3)]
    lines = [hello(c, "Patrick"), "", "Votre renouvellement de licences a été traité.", "",
             "Contrat : CT-%d-%04d" % (c.day.year, c.rng.randint(1, 9999)), "Produit : Suite d'évaluation Q-Interactive (%d licences)" % len(keys)] + \
        ["Clé %d : %s" % (i + 1, k) for i, k in enumerate(keys)] + ["Échéance : %s" % C.fdate(_dt.date(c.day.year + 1, c.day.month, 1), "long"), "",
                                                                    "Service aux établissements", "Éditions PsychoTest inc."]
    m = mk(c, ("Éditions PsychoTest", "licences@psychotest-editions.example"), [staff("nguyen")], "Renouvellement de licences", "\n".join(lines))
    return c.result(m, "software_licence", "renouvellement de licences logicielles")


TEMPLATES = [neg_mailmerge, neg_shortage, neg_recall, neg_research, neg_cold_chain, neg_training, neg_privacy, neg_directory,
             neg_it_downtime, neg_phishing, neg_facilities, neg_parents_mass, neg_mileage, neg_minutes, neg_party, neg_staff_absence,
             neg_licence]


def neg_vcard_supplier(c):
    rep = c.pick([("Mireille Castonguay", "Castonguay;Mireille"), ("Hugues Laberge", "Laberge;Hugues")])
    card = vcf_att(c, "%s.vcf" % slug(rep[0]), fn=rep[0], n=rep[1] + ";;;", tel="514 555-01%02d" % c.rng.randint(0, 99),
                   email="%s@medipedia-distribution.example" % slug(rep[0]).lower(), org="Distribution Médi-Pédia",
                   title="Représentante, secteur Laurentides", adr=";;2200 boul. Industriel;Laval;QC;H7S 0A1;Canada", tel_type="WORK")
    body = "\n".join([hello(c, None), "", "Notre nouvelle représentante pour les fournitures cliniques est %s (carte de visite jointe)." % rep[0],
                      "Pour les commandes urgentes de vaccins, passez toujours par la ligne du centre de distribution.", "", sig(c, "benali", disclaimer=False)])
    m = mk(c, staff("benali"), [staff("frechette"), staff("osei")], "Nouvelle représentante – Médi-Pédia", body, atts=[card])
    return c.result(m, "supplier_contact", "coordonnées d'une représentante de fournisseur (vCard)")


def neg_zip_slides(c):
    from gen_docs import make_pdf
    files = []
    for k, t in c.sample([("vaillancourt", "Dépistage précoce du TSA"), ("haddad", "TDAH et sommeil"), ("raman", "TDL et bilinguisme"),
                          ("okafor", "Épilepsie-absences à l'école")], 2):
        files.append(("%s_%s.pdf" % (slug(C.STAFF[k][3]), slug(t)[:20]),
                      make_pdf(t, ["Présentation de %s" % who(k), "Journée scientifique – diapositives", "Aucun cas identifiable."])))
    att = zip_att(c, "presentations_journee_scientifique.zip", files)
    body = "\n".join([hello(c, None), "", "Merci d'avoir participé à la journée scientifique ! Les présentations autorisées par les conférenciers sont dans l'archive jointe.",
                      "L'attestation de DPC suivra par courriel.", "", sig(c, "mercier", disclaimer=False)])
    m = mk(c, staff("mercier"), [("Participants", "participants@reseau-pediatrie.example")], "Présentations – journée scientifique", body, atts=[att])
    return c.result(m, "conference_slides", "présentations d'une journée scientifique (ZIP)")


TEMPLATES = TEMPLATES + [neg_vcard_supplier, neg_zip_slides]
