"""Non-confidential (hard negative) messages in French."""
import datetime

from gen_common import CLINIC_FR, ORG_FR, SITES, fmt_date, make_ohip, make_sin, fmt_sin, fw
from gen_tpl import staff_as, forward_wrap, Draft, dr, earlier, external, fwd, hdate, mailbox, quote, signature, who

BABIES = ["Zoé", "Léonie", "Florent", "Arnaud", "Maéva", "Elliot", "Charlotte", "Anaïs"]


def _d(ctx, cat, note):
    return Draft(ctx, "fr", cat, note, confidential=False)


def schedule(ctx):
    d = _d(ctx, "schedule", "horaire de rotation des orthophonistes en radiologie")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "fr")
    staff = [ctx.staff(lang="fr") for _ in range(5)]
    monday = d.date.date() + datetime.timedelta(days=7 - d.date.weekday())
    rows = [[fmt_date(monday + datetime.timedelta(days=i), "iso"), s["name"],
             r.choice(["AM", "PM", "journée"]), r.choice(["VFSS salle 2.114", "FEES ORL", "Unités 5B/4N", "Externe"])]
            for i, s in enumerate(staff)]
    body = ["Bonjour à toutes et à tous,", "Voici l'horaire de la semaine prochaine pour les plages de "
            "vidéofluoroscopie et de FEES.", ("table", ["Date", "Orthophoniste", "Plage", "Affectation"], rows),
            "Les échanges doivent être approuvés par moi avant le vendredi midi.", signature(ctx, mgr, "fr")]
    return d.spec(who(mgr), [mailbox("ortho.equipe", "Équipe orthophonie")],
                  "Horaire VFSS/FEES — semaine du %s" % fmt_date(monday, "long"), body)


def leave(ctx):
    d = _d(ctx, "leave", "approbation d'une demande de vacances")
    r = ctx.rng
    mgr, emp = staff_as(ctx, "mgr", "fr"), staff_as(ctx, "emp", "fr")
    start = d.date.date() + datetime.timedelta(days=r.randint(20, 90))
    body = ["Bonjour %s," % emp["given"],
            "Ta demande de vacances du %s au %s est approuvée. %s assurera le remplacement pour les "
            "consultations urgentes en dysphagie." % (fmt_date(start, "long"),
                                                       fmt_date(start + datetime.timedelta(days=r.choice([4, 11, 18])), "long"),
                                                       ctx.staff(lang="fr")["name"]),
            "N'oublie pas de mettre ton message d'absence et de transférer ta liste d'attente.",
            "Bonnes vacances!", mgr["given"]]
    t0 = earlier(ctx, d.date, 24, 200)
    body.append(quote(ctx, who(emp), t0, "fr", "Demande de vacances",
                      ["Bonjour, je souhaiterais prendre mes vacances du %s pour %d semaines. Merci!" % (
                          fmt_date(start, "long"), r.randint(1, 3)), emp["given"]]))
    return d.spec(who(mgr), [who(emp)], "RE: Demande de vacances", body, reply_to_id=True)


def payroll(ctx):
    d = _d(ctx, "payroll", "correction de paie pour primes de soir")
    r = ctx.rng
    pay = staff_as(ctx, "pay", "fr")
    emp = ctx.staff(lang="fr")
    matricule = make_sin(r)[:7]
    body = ["Bonjour %s," % emp["given"],
            "Suite à votre demande, une correction sera appliquée sur la paie du %s :" % fmt_date(
                d.date.date() + datetime.timedelta(days=r.randint(5, 14)), "long"),
            ("table", ["Matricule", "Code", "Description", "Heures", "Montant"],
             [[matricule, "PS-02", "Prime de soir", "%.2f" % r.uniform(10, 40), "%.2f $" % r.uniform(30, 120)],
              [matricule, "TS-15", "Temps supplémentaire (taux 1,5)", "%.2f" % r.uniform(2, 8), "%.2f $" % r.uniform(100, 400)]]),
            "Le relevé détaillé sera disponible dans Logibec/Espace employé.",
            signature(ctx, pay, "fr", False)]
    return d.spec(who(pay), [who(emp)], "Correction de paie — primes", body)


def occ_health(ctx):
    d = _d(ctx, "occupational_health", "retour progressif au travail d'une employée (santé et sécurité)")
    r = ctx.rng
    sst, mgr, emp = staff_as(ctx, "sst", "fr"), staff_as(ctx, "mgr", "fr"), staff_as(ctx, "emp", "fr")
    cond = r.choice(["une tendinite de l'épaule droite", "une entorse lombaire survenue lors d'un transfert",
                     "une dysphonie professionnelle (nodules)", "une commotion cérébrale (chute dans le stationnement)"])
    body = ["Bonjour %s," % mgr["given"],
            "Pour votre planification : %s, orthophoniste, sera en retour progressif à compter du %s suite à %s." % (
                emp["name"], fmt_date(d.date.date() + datetime.timedelta(days=r.randint(3, 20)), "long"), cond),
            "Assignation temporaire : 3 jours/semaine, pas de VFSS (port du tablier plombé à éviter), "
            "consultations externes seulement.",
            "Le dossier CNESST demeure confidentiel au Service de santé et sécurité; merci de ne pas diffuser.",
            signature(ctx, sst, "fr", True)]
    return d.spec(who(sst), [who(mgr)], "Retour progressif — assignation temporaire", body)


def newsletter(ctx):
    d = _d(ctx, "newsletter", "infolettre de la direction des services multidisciplinaires")
    r = ctx.rng
    comm = ctx.staff(lang="fr")
    a, b, c = staff_as(ctx, "a", "fr"), staff_as(ctx, "b", "fr"), staff_as(ctx, "c", "fr")
    blocks = ["INFOLETTRE DSM — %s %d" % (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                           "septembre", "octobre", "novembre", "décembre"][d.date.month - 1], d.date.year),
              "Bienvenue à %s, ORL, qui se joint à l'équipe de l'%s. %s s'intéresse particulièrement aux "
              "cancers de la tête et du cou et aux troubles de la voix chez les enseignants." % (
                  dr(a), SITES[0][0], "Elle" if a["sex"] == "F" else "Il"),
              "%s %s, orthophoniste depuis 31 ans, prend sa retraite. Pionnière de la clinique de dysphagie et de "
              "l'implantation de l'IDDSI, elle a formé plus de 40 stagiaires." % ("Mme" if b["sex"] == "F" else "M.", b["name"]),
              "Semaine de l'orthophonie et de l'audiologie : kiosque sur l'aphasie au hall principal le %s. "
              "Venez rencontrer %s et l'Association des personnes aphasiques." % (
                  fmt_date(d.date.date() + datetime.timedelta(days=r.randint(5, 30)), "long"), c["name"]),
              "En chiffres : 1 284 évaluations de la déglutition en 2024 (+9 %), délai moyen en externe de 47 jours."]
    return d.spec(who(comm), [mailbox("tous.dsm", "Personnel DSM")], "Infolettre DSM", blocks,
                  mode=r.choice(["html", "alt"]))


def committee(ctx):
    d = _d(ctx, "committee", "avis de convocation du comité interdisciplinaire de dysphagie")
    r = ctx.rng
    chair = staff_as(ctx, "chair", "fr")
    members = [ctx.staff(lang="fr") for _ in range(3)]
    when = ctx.appt(d.date, (7, 25))
    body = ["Bonjour,", "Vous êtes convoqués à la réunion du Comité interdisciplinaire de dysphagie le %s, salle "
            "Laurentide (Teams disponible)." % hdate(ctx, when, "fr"),
            "Ordre du jour :\n1. Adoption du procès-verbal\n2. Suivi des déclarations d'incidents (AH-223) — "
            "T3 : 4 incidents d'étouffement, 2 erreurs de texture, aucun décès\n3. Audit IDDSI des plateaux "
            "(présenté par %s)\n4. Nouveau protocole de dépistage post-AVC (%s)\n5. Divers" % (
                members[0]["name"], dr(members[1])),
            "Merci de confirmer votre présence à %s." % members[2]["name"], signature(ctx, chair, "fr")]
    return d.spec(who(chair), [mailbox("comite.dysphagie", "Comité dysphagie")],
                  "Convocation — Comité interdisciplinaire de dysphagie", body)


def conference(ctx):
    d = _d(ctx, "conference", "programme d'un colloque régional sur la dysphagie")
    r = ctx.rng
    org = external(ctx, "assoc")
    sp = [ctx.staff(lang="fr") for _ in range(4)]
    rows = [["8 h 30", "Dysphagie et maladie de Parkinson : quoi de neuf?", dr(sp[0])],
            ["9 h 30", "SLA : planifier la gastrostomie au bon moment", dr(sp[1])],
            ["10 h 45", "Aphasie post-AVC et retour au travail", sp[2]["name"] + ", orthophoniste"],
            ["13 h 15", "Atelier IDDSI : tests de la fourchette et de la seringue", sp[3]["name"]]]
    body = ["Chers membres,", "Le programme du 12e Colloque régional en dysphagie est maintenant disponible.",
            ("table", ["Heure", "Conférence", "Conférencier"], rows),
            "Inscription : 95 $ (membres), 140 $ (non-membres). 6 heures de formation continue reconnues.",
            "Au plaisir de vous y voir!", "Le comité organisateur"]
    return d.spec(who(org), [mailbox("ortho.equipe", "Équipe orthophonie")], "Programme — Colloque régional en dysphagie",
                  body, mode=r.choice(["html", "alt", "plain"]),
                  attachments=[{"kind": "pdf", "filename": "Programme_colloque_dysphagie.pdf",
                                "title": "12e Colloque régional en dysphagie", "blocks": [("table", ["Heure", "Conférence", "Conférencier"], rows)],
                                "when": d.date}] if r.random() < 0.5 else [])


def job_posting(ctx):
    d = _d(ctx, "job_posting", "affichage de poste d'orthophoniste")
    r = ctx.rng
    rh = staff_as(ctx, "rh", "fr")
    body = ["AFFICHAGE INTERNE/EXTERNE — No %d-%03d" % (d.date.year, r.randint(1, 400)),
            "Titre d'emploi : Orthophoniste (2 postes, temps complet permanent)",
            "Port d'attache : %s — clientèle adulte hospitalisée (dysphagie, aphasie, dysarthrie)" % r.choice(SITES[:2])[0],
            "Exigences : maîtrise en orthophonie, membre de l'OOAQ; expérience en vidéofluoroscopie un atout.",
            "Échelle salariale : 29,79 $ à 55,49 $ / heure selon l'expérience.",
            "Période d'affichage : jusqu'au %s. Postuler via le site carrières." % fmt_date(
                d.date.date() + datetime.timedelta(days=14), "long"), signature(ctx, rh, "fr", False)]
    return d.spec(who(rh), [mailbox("affichages", "Affichages de postes")], "Affichage — Orthophoniste (2 postes)", body)


def candidates(ctx):
    d = _d(ctx, "candidates", "horaire d'entrevues de candidates à un poste")
    r = ctx.rng
    rh, mgr = staff_as(ctx, "rh", "fr"), staff_as(ctx, "mgr", "fr")
    day = ctx.appt(d.date, (5, 15))
    rows = [["%dh%02d" % (9 + i, 0), ctx.staff(lang="fr")["name"], r.choice(["Université de Montréal", "Université Laval",
                                                                            "Université McGill", "UQTR"]),
             r.choice(["nouvelle diplômée", "3 ans en CHSLD", "5 ans au privé", "stage en dysphagie"])] for i in range(4)]
    body = ["Bonjour %s," % mgr["given"], "Voici l'horaire des entrevues du %s pour le poste d'orthophoniste." % fmt_date(day.date(), "long"),
            ("table", ["Heure", "Candidate", "Formation", "Expérience"], rows),
            "Les CV et lettres sont dans le dossier partagé RH. La grille d'évaluation est jointe.",
            signature(ctx, rh, "fr", False)]
    grid = {"kind": "docx", "filename": "Grille_entrevue_orthophoniste.docx", "title": "Grille d'entrevue",
            "blocks": ["Candidate : ____________________", ("table", ["Critère", "Pondération", "Note"],
                                                             [["Raisonnement clinique (cas dysphagie)", "30", ""],
                                                              ["Communication", "20", ""], ["Travail d'équipe", "20", ""]])],
            "when": d.date, "author": rh["name"]}
    return d.spec(who(rh), [who(mgr)], "Entrevues — poste orthophoniste", body, [grid])


def invoice(ctx):
    d = _d(ctx, "invoice", "facture d'un fournisseur d'épaississants")
    r = ctx.rng
    v = external(ctx, "vendor")
    acct = ctx.staff(lang="fr")
    num = "F-%d%05d" % (d.date.year, r.randint(0, 99999))
    rows = [["THK-CLR-125", "ThickenUp Clear 125 g (boîte de 12)", str(r.randint(10, 60)), "118,40"],
            ["GEL-XAN-900", "Gelée d'eau épaissie, pot 900 ml", str(r.randint(10, 40)), "42,15"],
            ["CUP-NOS-01", "Gobelets à découpe nasale (paquet de 50)", str(r.randint(2, 10)), "27,90"]]
    blocks = ["Facture no : " + num, "No client : CL-%06d" % r.randint(0, 999999),
              "Bon de commande : BC-%07d" % r.randint(0, 9999999), "Livrer à : Magasin central, " + SITES[0][1],
              ("table", ["Code", "Description", "Qté", "Prix unitaire"], rows),
              "Modalités : net 30 jours. TPS 123456789 RT0001 / TVQ 1234567890 TQ0001"]
    body = ["Bonjour,", "Veuillez trouver ci-joint la facture %s." % num, "Merci de votre confiance,",
            v["name"] + "\nComptes à recevoir\nNutrimed Distribution inc."]
    return d.spec(who(v), [who(acct)], "Facture %s" % num, body,
                  [{"kind": "pdf", "filename": "%s.pdf" % num, "title": "FACTURE", "blocks": blocks, "when": d.date}])


def purchase_order(ctx):
    d = _d(ctx, "purchase_order", "bon de commande de valves phonatoires et réparation d'un nasofibroscope")
    r = ctx.rng
    buyer = staff_as(ctx, "buyer", "fr")
    v = external(ctx, "vendor")
    serial = make_ohip(r)
    body = ["Bonjour,", "Voici notre bon de commande BC-%07d :" % r.randint(0, 9999999),
            ("table", ["Article", "Qté", "No de lot / série"],
             [["Valve de phonation PMV 007 (aqua)", "6", "Lot %s" % make_sin(r)],
              ["Prothèse phonatoire 22,5 Fr 8 mm", "4", "Lot %d-%04d" % (d.date.year, r.randint(0, 9999))],
              ["Réparation nasofibroscope (gaine fissurée)", "1", "S/N %s" % "-".join([serial[:4], serial[4:7], serial[7:]])]]),
            "Livraison au magasin central, quai 3. Référence interne : centre de coût 6042-ORTHO.",
            signature(ctx, buyer, "fr", False)]
    return d.spec(who(buyer), [who(v)], "Bon de commande — orthophonie", body)


def inventory(ctx):
    d = _d(ctx, "inventory", "inventaire annuel de l'équipement de la clinique")
    r = ctx.rng
    tech = staff_as(ctx, "tech", "fr")
    rows = []
    for item in ["Nasofibroscope flexible", "Tour vidéo FEES", "Stimulateur VitalStim", "Ordinateur Visi-Pitch",
                 "Tablette ACA (démo)", "Chaise de fluoroscopie", "Moniteur SpO2 portatif"]:
        rows.append([item, fmt_sin(make_sin(r), r.choice(["spaced", "plain"])), "SN" + make_ohip(r),
                     r.choice(["Salle 2.114", "Bureau 3.07", "Rangement B"]), r.choice(["OK", "à réparer", "OK", "OK"])])
    hdr = ["Équipement", "No d'actif", "No de série", "Local", "État"]
    body = ["Bonjour,", "Voici l'inventaire annuel de l'équipement de la clinique (fichier joint). Merci de "
            "vérifier les numéros d'actif avant le %s." % fmt_date(d.date.date() + datetime.timedelta(days=10), "long"),
            signature(ctx, tech, "fr", False)]
    return d.spec(who(tech), [mailbox("genie.biomedical", "Génie biomédical")], "Inventaire équipement — orthophonie",
                  body, [{"kind": "xlsx", "filename": "inventaire_ortho_%d.xlsx" % d.date.year,
                          "sheets": [("Inventaire", hdr, rows)], "when": d.date, "author": tech["name"]}])


def it_notice(ctx):
    d = _d(ctx, "it_notice", "avis des technologies de l'information sur une interruption du DCI")
    r = ctx.rng
    it = mailbox("ti.avis", "Direction des ressources informationnelles")
    when = ctx.appt(d.date, (2, 10))
    body = ["AVIS D'INTERRUPTION PLANIFIÉE",
            "Le dossier clinique informatisé (module Notes professionnelles et Requêtes d'orthophonie) sera "
            "indisponible le %s, de 22 h à 2 h." % hdate(ctx, when, "fr").split(" à ")[0],
            "Pendant l'interruption, utiliser les formulaires papier AH-110 et numériser les notes au retour.",
            "Billet de référence : INC%07d. Centre de services : poste 4444." % r.randint(0, 9999999),
            "Merci de votre collaboration."]
    return d.spec(it, [mailbox("tous.usagers", "Tous les utilisateurs")], "Interruption planifiée — DCI", body,
                  mode=r.choice(["html", "plain", "alt"]))


def facilities(ctx):
    d = _d(ctx, "facilities", "avis des services techniques sur des travaux en radiologie")
    r = ctx.rng
    st = staff_as(ctx, "st", "fr")
    start = ctx.appt(d.date, (5, 20))
    body = ["Bonjour,", "Des travaux de remplacement du système de ventilation auront lieu dans la salle de "
            "fluoroscopie 2.114 à compter du %s (durée prévue : 3 semaines)." % fmt_date(start.date(), "long"),
            "Les vidéofluoroscopies seront déplacées à la salle 1.032 (%s). Prévoir un accès par l'ascenseur C." % SITES[0][0],
            "Pour toute question : %s, Services techniques, poste 2310." % st["name"]]
    return d.spec(who(st), [mailbox("radiologie.vm", "Radiologie VM"), mailbox("ortho.equipe", "Équipe orthophonie")],
                  "Travaux — salle de fluoroscopie 2.114", body)


def stats(ctx):
    d = _d(ctx, "stats", "statistiques trimestrielles agrégées de la clinique")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "fr")
    rows = [[site[0], r.randint(60, 240), r.randint(20, 90), "%d %%" % r.randint(18, 41), r.randint(12, 95)]
            for site in SITES]
    hdr = ["Installation", "Évaluations cliniques", "VFSS", "% aspiration", "Délai moyen (jours)"]
    body = ["Bonjour,", "Voici les statistiques du trimestre (P%d). Le délai moyen en externe a diminué de 11 jours." % r.randint(1, 13),
            ("table", hdr, rows), "Ventilation par diagnostic : AVC 38 %, Parkinson 12 %, démences 17 %, ORL 14 %, autres 19 %.",
            signature(ctx, mgr, "fr")]
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "xlsx", "filename": "stats_ortho_T%d.xlsx" % r.randint(1, 4),
                     "sheets": [("Trimestre", hdr, rows)], "when": d.date, "author": mgr["name"]})
    return d.spec(who(mgr), [mailbox("direction.dsm", "Direction DSM")], "Statistiques trimestrielles — orthophonie",
                  body, atts)


def teaching_case(ctx):
    d = _d(ctx, "teaching_case", "cas clinique anonymisé pour la formation des stagiaires")
    r = ctx.rng
    sup = staff_as(ctx, "sup", "fr")
    age = r.randint(58, 88)
    body = ["Bonjour les stagiaires,", "Pour la discussion de jeudi, voici un cas anonymisé :",
            "Homme de %d ans, AVC ischémique sylvien gauche il y a 10 jours. Dysarthrie modérée, aphasie légère. "
            "À la VFSS : délai de déclenchement, pénétration aux liquides clairs (PAS 5), pas d'aspiration au "
            "nectar. Sous apixaban et atorvastatine." % age,
            "Questions : 1) Quelles stratégies compensatoires essayeriez-vous? 2) Quel plan de réévaluation? "
            "3) Comment expliquer les recommandations à la famille?",
            "Aucun renseignement identificatoire n'est inclus — ne pas chercher le dossier.",
            signature(ctx, sup, "fr", False)]
    return d.spec(who(sup), [mailbox("stagiaires.ortho", "Stagiaires orthophonie")], "Cas clinique pour jeudi", body)


def blank_form(ctx):
    d = _d(ctx, "blank_form", "formulaire vierge de demande de consultation en orthophonie")
    r = ctx.rng
    sec = staff_as(ctx, "sec", "fr")
    blocks = ["Nom de l'usager : ______________________   Prénom : ____________________",
              "No d'assurance maladie : ____ ____ ____     Date de naissance : AAAA-MM-JJ",
              "No de dossier : __________   Téléphone : (___) ___-____",
              "Motif de consultation :  [ ] Dysphagie  [ ] Aphasie  [ ] Voix  [ ] Bégaiement  [ ] Autre",
              "Médication actuelle : _______________________________________________",
              "Signature du référent : ____________________   No de permis : ________"]
    kind = r.choice(["docx", "pdf"])
    body = ["Bonjour,", "Tel que demandé, voici la nouvelle version du formulaire de demande de consultation "
            "(AH-ORT-01, rév. %d). Les anciennes versions ne seront plus acceptées à partir du 1er du mois." % d.date.year,
            signature(ctx, sec, "fr", False)]
    return d.spec(who(sec), [mailbox("gmf.partenaires", "GMF partenaires")], "Formulaire de consultation — nouvelle version",
                  body, [{"kind": kind, "filename": "AH-ORT-01_demande_consultation.%s" % kind,
                          "title": "Demande de consultation en orthophonie (AH-ORT-01)", "blocks": blocks,
                          "when": d.date, "author": sec["name"]}])


def mail_merge(ctx):
    d = _d(ctx, "mail_merge", "gabarit de lettre de convocation pour publipostage")
    r = ctx.rng
    sec = staff_as(ctx, "sec", "fr")
    tpl = ("«Titre» «Prénom» «Nom»\n«Adresse»\n«Ville» (Québec)  «Code_postal»\n\n"
           "Objet : Convocation — «Type_examen»\n\n"
           "«Titre» «Nom»,\nVous êtes attendu(e) le «Date_rdv» à «Heure_rdv» à la clinique de dysphagie. "
           "Veuillez apporter votre carte d'assurance maladie et la liste de vos médicaments.\n"
           "Pour annuler : 450 555-0110, poste 2231.")
    body = ["Bonjour %s," % ctx.staff(lang="fr")["given"],
            "Voici le gabarit corrigé pour le publipostage des convocations (les champs entre « » seront remplis "
            "automatiquement à partir de l'agenda).", ("pre", tpl), sec["given"]]
    return d.spec(who(sec), [mailbox("secretariat.ortho", "Secrétariat orthophonie")], "Gabarit convocation — publipostage",
                  body, mode="plain")


def shortage(ctx):
    d = _d(ctx, "shortage", "avis de rupture d'approvisionnement d'un épaississant")
    r = ctx.rng
    pharm = staff_as(ctx, "pharm", "fr")
    body = ["AVIS DE PÉNURIE — Département de pharmacie",
            "Produit : épaississant à base de gomme de xanthane (ThickenUp Clear 125 g), DIN/NPN 80012345.",
            "Rupture prévue jusqu'au %s. Substitut : SimplyThick EasyMix, conversion selon le tableau joint." % fmt_date(
                d.date.date() + datetime.timedelta(days=r.randint(20, 60)), "long"),
            "Les orthophonistes et nutritionnistes sont priés de ne pas modifier les ordonnances individuellement; "
            "la conversion sera faite par la pharmacie.", signature(ctx, pharm, "fr", False)]
    spec = d.spec(who(pharm), [mailbox("tous.cliniciens", "Cliniciens")], "Pénurie — épaississant ThickenUp Clear", body)
    if r.random() < 0.6:
        spec = forward_wrap(ctx, spec, staff_as(ctx, "mgr", "fr"), [staff_as(ctx, "slp", "fr") for _ in range(2)],
                            "Pour votre information — on en reparle à la réunion de mardi.")
    return spec


def recall(ctx):
    d = _d(ctx, "recall", "rappel de lots de gobelets doseurs")
    r = ctx.rng
    qa = staff_as(ctx, "qa", "fr")
    lots = [make_ohip(r) for _ in range(3)]
    body = ["RAPPEL VOLONTAIRE DE PRODUITS",
            "Le fabricant rappelle les gobelets à débit contrôlé Provale (réf. PV-210) des lots suivants :",
            ("table", ["Lot", "Date de fabrication", "Quantité reçue"],
             [[l, fmt_date(d.date.date() - datetime.timedelta(days=r.randint(60, 300)), "iso"), str(r.randint(10, 80))]
              for l in lots]),
            "Retirer les produits des unités et les retourner au magasin central avec le formulaire RA-7.",
            "Aucun incident n'a été déclaré dans notre établissement.", signature(ctx, qa, "fr", False)]
    spec = d.spec(who(qa), [mailbox("chefs.unites", "Chefs d'unités")], "Rappel — gobelets Provale PV-210", body)
    if r.random() < 0.5:
        spec = forward_wrap(ctx, spec, staff_as(ctx, "mgr", "fr"), [mailbox("ortho.equipe", "Équipe orthophonie")],
                            "Svp vérifier vos tiroirs à la clinique et au 5B.")
    return spec


def research(ctx):
    d = _d(ctx, "research", "protocole de recherche sans participants identifiés")
    r = ctx.rng
    pi = staff_as(ctx, "pi", "fr")
    body = ["Bonjour,", "Le CÉR a approuvé notre projet « Exercice de flexion cervicale contre résistance (CTAR) "
            "après un AVC : essai pilote randomisé » (no %d-%04d)." % (d.date.year, r.randint(1, 9999)),
            "Critères d'inclusion : 50 ans et plus, AVC ischémique < 30 jours, PAS ≥ 3 à la VFSS initiale. "
            "Exclusion : trachéostomie, chirurgie cervicale antérieure.",
            "Recrutement visé : 40 participants sur 18 mois. Le formulaire de consentement (v3) est joint.",
            signature(ctx, pi, "fr")]
    return d.spec(who(pi), [mailbox("ortho.equipe", "Équipe orthophonie")], "Projet CTAR approuvé par le CÉR", body,
                  [{"kind": "pdf", "filename": "Consentement_CTAR_v3.pdf", "title": "Formulaire d'information et de consentement",
                    "blocks": ["Titre du projet : CTAR post-AVC", "Nom du participant : ____________________",
                               "Signature : ____________________  Date : __________"], "when": d.date}])


def baby(ctx):
    d = _d(ctx, "baby", "annonce de naissance du bébé d'une collègue")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "fr")
    mom = ctx.staff(sex="F", lang="fr")
    bd = d.date.date() - datetime.timedelta(days=r.randint(1, 6))
    body = ["Bonjour l'équipe!",
            "Bonne nouvelle : %s a donné naissance à %s le %s, %s g. La maman et le bébé se portent bien!" % (
                mom["name"], r.choice(BABIES), fmt_date(bd, "long"), r.randint(2900, 4100)),
            "Une carte circule au poste des orthophonistes jusqu'à vendredi.", mgr["given"]]
    return d.spec(who(mgr), [mailbox("ortho.equipe", "Équipe orthophonie")], "Bienvenue bébé!", body,
                  mode=r.choice(["html", "alt", "plain"]))


def pension(ctx):
    d = _d(ctx, "pension", "formulaire d'adhésion au régime de retraite d'une employée")
    r = ctx.rng
    rh = staff_as(ctx, "rh", "fr")
    emp = ctx.staff(lang="fr")
    dob = datetime.date(r.randint(1970, 1998), r.randint(1, 12), r.randint(1, 28))
    body = ["Bonjour %s," % emp["given"],
            "Il manque des informations à votre formulaire d'adhésion au RREGOP :",
            ("table", ["Champ", "Valeur inscrite"], [["Nom de l'employée", emp["name"]], ["Date de naissance", fmt_date(dob, "iso")],
                                                     ["Matricule", str(r.randint(100000, 999999))], ["Bénéficiaire", "à compléter"]]),
            "Merci de passer au Service de la rémunération avant le 15.", signature(ctx, rh, "fr", False)]
    return d.spec(who(rh), [who(emp)], "Adhésion RREGOP — renseignements manquants", body)


def training_invite(ctx):
    d = _d(ctx, "training_invite", "invitation de calendrier à une formation IDDSI")
    r = ctx.rng
    cc = staff_as(ctx, "cc", "fr")
    start = ctx.appt(d.date, (7, 30))
    ics = {"uid": "%08x-formation@trois-rivages.example" % r.getrandbits(32), "start": start, "minutes": 120,
           "summary": "Formation IDDSI — préposés et infirmières", "location": "Salle Laurentide, " + SITES[0][0],
           "description": "Formation sur les textures modifiées (IDDSI niveaux 0 à 7) animée par %s, orthophoniste." % cc["name"],
           "organizer": (cc["name"], cc["email"]), "stamp": d.date}
    body = ["Bonjour,", "Vous êtes invités à la formation IDDSI du %s. Inscription obligatoire." % hdate(ctx, start, "fr"),
            signature(ctx, cc, "fr", False)]
    return d.spec(who(cc), [mailbox("soins.5b", "Équipe 5B")], "Formation IDDSI", body,
                  [{"kind": "ics", "filename": "formation_iddsi.ics", "ics": ics}])


def vcard_colleague(ctx):
    d = _d(ctx, "vcard_colleague", "carte de visite d'une nouvelle collègue")
    r = ctx.rng
    new = ctx.staff(lang="fr")
    sname, saddr, sphone = r.choice(SITES)
    vc = {"given": new["given"], "surname": new["surname"], "tel": ("WORK,VOICE", sphone),
          "adr": ("WORK", saddr.split(", ")[0] + " " + saddr.split(", ")[1], saddr.split(", ")[2].split(" (")[0], saddr[-7:]),
          "email": new["email"], "org": ORG_FR + ";" + CLINIC_FR, "title": "Orthophoniste"}
    body = ["Bonjour,", "Je me joins à l'équipe de %s à compter de lundi. Voici mes coordonnées professionnelles." % sname,
            "Au plaisir de travailler avec vous!", new["name"]]
    return d.spec(who(new), [mailbox("ortho.equipe", "Équipe orthophonie")], "Nouvelle orthophoniste — coordonnées", body,
                  [{"kind": "vcf", "filename": "%s.vcf" % new["name"], "vcf": vc}])


def vendor_eml(ctx):
    d = _d(ctx, "vendor_forward", "courriel d'un fournisseur joint sur un nouveau produit")
    r = ctx.rng
    v = external(ctx, "vendor")
    mgr, slp = staff_as(ctx, "mgr", "fr"), staff_as(ctx, "slp", "fr")
    inner = {"lang": "fr", "sender": who(v), "to": [who(mgr)], "subject": "Nouveau : boissons pré-épaissies IDDSI 2 et 3",
             "blocks": ["Bonjour,", "Nous lançons une gamme de boissons pré-épaissies (jus de pomme, orange, eau "
                        "aromatisée) certifiées IDDSI 2 et 3. Échantillons gratuits sur demande.",
                        "Prix institutionnel : 1,12 $ / portion de 125 ml.", v["name"] + ", représentante"],
             "date": earlier(ctx, d.date, 24, 120), "attachments": []}
    body = ["%s, peux-tu regarder ça pour le comité des produits? On pourrait faire un essai à l'UCDG." % slp["given"],
            mgr["given"]]
    return d.spec(who(mgr), [who(slp)], "TR: Nouveau produit", body,
                  [{"kind": "eml", "filename": "Nouveau produit.eml", "message": inner}])


def forms_zip(ctx):
    d = _d(ctx, "forms_zip", "archive de formulaires vierges et de dépliants")
    r = ctx.rng
    sec = staff_as(ctx, "sec", "fr")
    members = [
        {"kind": "pdf", "filename": "Depliant_deglutition_securitaire.pdf", "title": "Conseils pour avaler en sécurité",
         "blocks": ["Asseyez-vous bien droit pour manger.", "Prenez de petites bouchées et avalez deux fois.",
                    "Évitez de parler en mangeant. Restez assis 30 minutes après le repas."], "when": d.date},
        {"kind": "docx", "filename": "Grille_observation_repas.docx", "title": "Grille d'observation du repas",
         "blocks": [("table", ["Aliment", "Texture", "Toux (O/N)", "Remarques"], [["", "", "", ""], ["", "", "", ""]])],
         "when": d.date},
        {"kind": "csv", "filename": "codes_textures_IDDSI.csv", "headers": ["Niveau", "Nom"],
         "rows": [["0", "Liquide clair"], ["1", "Très légèrement épais"], ["2", "Légèrement épais"],
                  ["3", "Modérément épais / liquéfié"], ["4", "Purée / très épais"], ["5", "Haché fin et humide"],
                  ["6", "Tendre et en morceaux"], ["7", "Régulier"]]},
    ]
    body = ["Bonjour,", "Voici la trousse documentaire à jour pour les unités (archive ZIP).", signature(ctx, sec, "fr", False)]
    return d.spec(who(sec), [mailbox("chefs.unites", "Chefs d'unités")], "Trousse documentaire dysphagie", body,
                  [{"kind": "zip", "filename": "trousse_dysphagie.zip", "members": members, "when": d.date}])


def meeting_reply(ctx):
    d = _d(ctx, "meeting_reply", "réponse au sujet d'une réunion d'équipe")
    r = ctx.rng
    a, b = staff_as(ctx, "a", "fr"), staff_as(ctx, "b", "fr")
    t0 = earlier(ctx, d.date, 2, 30)
    orig = ["Bonjour, est-ce qu'on peut déplacer la réunion d'équipe de mardi à mercredi 12 h? "
            "J'ai une formation en aphasie toute la journée mardi.", b["given"]]
    body = ["Pas de problème pour moi. Je réserve la salle 3.10 et j'apporte les statistiques du trimestre.",
            a["given"], quote(ctx, who(b), t0, "fr", "Réunion d'équipe", orig)]
    return d.spec(who(a), [who(b)], "RE: Réunion d'équipe", body, reply_to_id=True)


def budget(ctx):
    d = _d(ctx, "budget", "suivi budgétaire du service d'orthophonie")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "fr")
    fin = staff_as(ctx, "fin", "fr")
    rows = [["Salaires", "1 842 000", "1 798 450", "97,6 %"], ["Fournitures médicales", "64 000", "71 320", "111,4 %"],
            ["Formation", "12 000", "8 950", "74,6 %"], ["Équipement < 5 000 $", "18 000", "16 200", "90,0 %"]]
    body = ["Bonjour %s," % mgr["given"], "Voici le suivi budgétaire à la période %d. Le dépassement en fournitures "
            "s'explique par la hausse du prix des épaississants." % r.randint(6, 12),
            ("table", ["Poste", "Budget", "Réel projeté", "%"], rows), signature(ctx, fin, "fr", False)]
    return d.spec(who(fin), [who(mgr)], "Suivi budgétaire — orthophonie", body)


TEMPLATES = [schedule, leave, payroll, occ_health, newsletter, committee, conference, job_posting, candidates,
             invoice, purchase_order, inventory, it_notice, facilities, stats, teaching_case, blank_form, mail_merge,
             shortage, recall, research, baby, pension, training_invite, vcard_colleague, vendor_eml, forms_zip,
             meeting_reply, budget]
