"""French hard negatives, part A: statistics, staff matters, committees, purchasing."""
import datetime

import gen_attach as A
import gen_common as C
from gen_build import html_table, text_table
from gen_pos_fr_a import bye, hello

X = C.EXTERNAL
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL_PCI = ("Équipe PCI", "equipe-pci@" + C.DOM)
GEST = ("Gestionnaires – DSI", "gestionnaires-dsi@" + C.DOM)


def sig_full(ctx, s):
    return s.signature(ctx.rng) + "\n" + C.PCI_ADDR_FR


# n1 ----------------------------------------------------------------------
def n_stats_xlsx(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    rows = [["Unité", "Cas DACD nosocomiaux", "Jours-présence", "Taux /10 000 j-p", "Seuil"]]
    tot_c, tot_d = 0, 0
    for u in C.UNITS[:9]:
        c, d = r.randrange(0, 6), r.randrange(1800, 5200)
        tot_c, tot_d = tot_c + c, tot_d + d
        rows.append([u, c, d, round(c * 10000 / d, 1), 9.0])
    rows.append(["Total", tot_c, tot_d, round(tot_c * 10000 / tot_d, 1), 9.0])
    x = A.xlsx([("Période %d" % r.randrange(6, 12), rows)], author=s.full)
    text = ("%s\n\nVoici les taux d'incidence de DACD nosocomiale de la période %d (par 10 000 jours-présence). "
            "Le taux global est de %.1f, sous le seuil provincial. Deux unités dépassent leur seuil; nous en "
            "discuterons au comité.\n\n%s" % (hello(ctx), r.randrange(6, 12), tot_c * 10000 / tot_d, bye(ctx, s)))
    return {"category": "statistics", "from": s.addr(), "to": [GEST], "subject": "Taux DACD – période %d" % r.randrange(6, 12),
            "text": text, "attachments": [{"ctype": XLSX, "data": x, "filename": "Taux_DACD_P%02d.xlsx" % r.randrange(6, 12)}],
            "note": "aggregate C. difficile incidence rates per unit"}


# n2 ----------------------------------------------------------------------
def n_fin_eclosion(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    unit = ctx.pick(C.UNITS[:7])
    org = ctx.pick(["norovirus", "influenza A", "C. difficile", "SRAS-CoV-2", "ERV"])
    text = ("%s\n\nL'éclosion de %s sur %s est terminée en date du %s (aucun nouveau cas depuis %d jours). "
            "Bilan : %d usagers et %d employés touchés.\n\nLes admissions reprennent normalement. Merci à "
            "l'équipe de %s, à l'hygiène et salubrité et à Mme Aubin pour leur travail exceptionnel.\n\n"
            "Les précautions additionnelles individuelles restent en place pour les usagers encore "
            "symptomatiques, selon les consignes habituelles.\n\n%s" % (
                hello(ctx), org, unit, C.fr_date(ctx.date.date()), ctx.pick([8, 10, 14]), r.randrange(3, 14),
                r.randrange(0, 7), unit, sig_full(ctx, s)))
    return {"category": "notice", "from": s.addr(), "to": [GEST, ALL_PCI],
            "subject": "Fin d'éclosion %s – %s" % (org, unit), "text": text,
            "note": "end of outbreak notice with totals only"}


# n3 ----------------------------------------------------------------------
def n_audit_mains(ctx):
    r = ctx.rng
    s = ctx.staff_role("infirmière en PCI")
    rows = [["Unité", "Opportunités observées", "Conformité", "Observatrice"]]
    obs = ["K. Dallaire", "S. Lachapelle", "A. Tessier", "É. Rousseau-Blais"]
    for u in r.sample(C.UNITS, 6):
        rows.append([u, r.randrange(30, 90), "%d %%" % r.randrange(58, 97), ctx.pick(obs)])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head><body>\n"
            "<p>Bonjour à tous,</p>\n<p>Résultats de l'audit d'hygiène des mains du mois (4 moments). "
            "Cible : 80 %%.</p>\n%s\n<p>Les moments les moins respectés : <i>après contact avec "
            "l'environnement du patient</i>.</p>\n<p>%s</p></body></html>\n" % (
                html_table(rows), s.signature(r).replace("\n", "<br>\n")))
    return {"category": "audit", "from": s.addr(), "to": [GEST], "subject": "Audit hygiène des mains – résultats",
            "html": html, "text": "Bonjour à tous,\n\nRésultats de l'audit d'hygiène des mains du mois. Cible : 80 %.\n\n"
            + text_table(rows) + "\n\n" + s.signature(r), "form": ctx.pick(["html", "alt"]),
            "note": "hand hygiene audit results by unit"}


# n4 ----------------------------------------------------------------------
def n_vaccination(ctx):
    r = ctx.rng
    s = ctx.staff_role("santé et sécurité")
    d0 = ctx.later(r.randrange(2, 10))
    lines = ["- %s, %s, de 7 h à 15 h – cafétéria" % (C.fr_date(d0 + datetime.timedelta(days=i * 2)), h)
             for i, h in enumerate(C.HOSP_FR)]
    text = ("Bonjour à tous,\n\nLa campagne de vaccination antigrippale et COVID-19 du personnel commence :\n\n%s\n\n"
            "Apportez votre carte d'employé. Les employés qui se font vacciner en pharmacie peuvent transmettre "
            "leur preuve au bureau de santé au travail.\n\nRappel : en situation d'éclosion d'influenza, les "
            "employés non vaccinés peuvent se voir offrir l'oseltamivir en prophylaxie.\n\n%s" % (
                "\n".join(lines), sig_full(ctx, s)))
    return {"category": "staff_vaccination", "from": s.addr(), "to": [("Tout le personnel", "tous@" + C.DOM)],
            "subject": "Campagne de vaccination du personnel", "text": text,
            "note": "staff influenza vaccination campaign schedule"}


# n5 ----------------------------------------------------------------------
def n_sst_tct(ctx):
    r = ctx.rng
    s = ctx.staff_role("santé et sécurité")
    staff = [("Dallaire", "Karine"), ("Lachapelle", "Sophie"), ("Beauchemin", "Julien"), ("Tessier", "Amélie"),
             ("Nolin", "Patrick"), ("Fontaine", "Josiane")]
    rows = [["Employé", "Matricule", "TCT (mm)", "Interprétation", "Suivi"]]
    for sur, giv in r.sample(staff, 4):
        mm = ctx.pick([0, 0, 2, 4, 11])
        rows.append(["%s, %s" % (sur, giv), "E%05d" % r.randrange(10000, 99999), mm,
                     "positif" if mm >= 10 else "négatif", "RX pulmonaire" if mm >= 10 else "—"])
    text = ("%s\n\nVoici les résultats des TCT post-exposition des employés de PCI (exposition TB du mois "
            "dernier). Un employé devra passer une radiographie pulmonaire; il a été avisé.\n\n%s\n\n"
            "Ces renseignements sont réservés au bureau de santé au travail.\n\n%s" % (
                hello(ctx), text_table(rows), sig_full(ctx, s)))
    return {"category": "occupational_health", "from": s.addr(), "to": [ctx.staff_role("chef de service").addr()],
            "subject": "Résultats TCT – employés exposés", "text": text,
            "note": "staff tuberculin skin test results (occupational health)"}


# n6 ----------------------------------------------------------------------
def n_horaire(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    rows = [["Semaine du", "Garde PCI (soir/fds)", "Vacances"]]
    d = ctx.later(3)
    names = ["Karine D.", "Sophie L.", "Étienne R.-B.", "Mathieu F."]
    for i in range(5):
        rows.append([C.short_fr(d + datetime.timedelta(days=7 * i)), names[i % 4],
                     ctx.pick(["—", "Sophie L. (3 j)", "Karine D. (semaine)", "—"])])
    text = ("%s\n\nVoici l'horaire de garde PCI pour les 5 prochaines semaines. Merci de me signaler tout "
            "échange avant vendredi.\n\n%s\n\n%s" % (hello(ctx), text_table(rows), bye(ctx, s)))
    return {"category": "schedule", "from": s.addr(), "to": [ALL_PCI], "subject": "Horaire de garde PCI",
            "text": text, "note": "IPC on-call and vacation schedule"}


# n7 ----------------------------------------------------------------------
def n_paie(ctx):
    r = ctx.rng
    s = ctx.staff_role("agente")
    rows = [["Employé", "No employé", "Date", "Heures supp.", "Code"]]
    for nm in ["Dallaire, Karine", "Lachapelle, Sophie", "Rousseau-Blais, Étienne"]:
        rows.append([nm, "%06d" % r.randrange(100000, 999999), ctx.days(r.randrange(3, 10)).isoformat(),
                     "%.2f" % (r.randrange(4, 17) / 2), "TS150"])
    text = ("Bonjour,\n\nCi-dessous les heures supplémentaires de la fin de semaine d'éclosion à saisir dans la "
            "paie de la période %d :\n\n%s\n\nApprouvé par M. Ferland.\n\n%s" % (
                r.randrange(10, 26), text_table(rows), bye(ctx, s)))
    return {"category": "payroll", "from": s.addr(), "to": [("Service de la paie", "paie@" + C.DOM)],
            "subject": "Heures supplémentaires – éclosion", "text": text, "note": "overtime for payroll"}


# n8 ----------------------------------------------------------------------
def n_affichage(ctx):
    r = ctx.rng
    s = ("Service du recrutement", "recrutement@" + C.DOM)
    text = ("AFFICHAGE INTERNE ET EXTERNE – No %d-%03d\n\nTitre : Conseillère ou conseiller en prévention et "
            "contrôle des infections\nStatut : temps complet permanent, jour\nPort d'attache : %s\n\n"
            "Description : surveillance des infections nosocomiales (DACD, bactériémies, ERV/SARM/EPC), gestion "
            "des éclosions, formation du personnel, audits.\n\nExigences : baccalauréat en sciences infirmières, "
            "membre de l'OIIQ, 2 ans d'expérience; certification CIC un atout.\n\nSalaire : selon la convention "
            "collective (%s $ à %s $ / heure).\n\nFin de l'affichage : %s.\n" % (
                ctx.date.year, r.randrange(1, 400), ctx.pick(C.HOSP_FR), "32,13", "53,41", C.fr_date(ctx.later(14))))
    return {"category": "job_posting", "from": s, "to": [("Tout le personnel", "tous@" + C.DOM)],
            "subject": "Affichage – conseiller(ère) en PCI", "text": text, "note": "job posting for IPC nurse"}


# n9 ----------------------------------------------------------------------
def n_cpci(ctx):
    r = ctx.rng
    s = ctx.staff_role("agente")
    d = ctx.later(r.randrange(5, 15))
    text = ("Bonjour,\n\nVoici l'ordre du jour du comité de prévention et contrôle des infections (CPCI) du %s, "
            "13 h 30, salle du conseil.\n\n1. Adoption du compte rendu\n2. Surveillance : DACD, bactériémies "
            "SARM, ERV – Dre Belhumeur\n3. Éclosions de la période – M. Ferland\n4. Audit des précautions "
            "additionnelles – Mme Dallaire\n5. Nouveau produit sporicide (peroxyde d'hydrogène accéléré) – "
            "Mme Guimond\n6. Antibiogouvernance : fluoroquinolones et DACD – Mme Cantin, pharmacienne\n7. Varia\n\n"
            "Présidence : Dr François Béland, interniste.\n\n%s" % (C.fr_date(d), bye(ctx, s)))
    return {"category": "committee", "from": s.addr(), "to": [("Membres CPCI", "cpci@" + C.DOM)],
            "subject": "ODJ – CPCI du %s" % C.short_fr(d), "text": text, "note": "IPC committee agenda"}


# n10 ---------------------------------------------------------------------
def n_colloque(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    d = ctx.later(r.randrange(20, 60))
    prog = [("8 h 30", "Mot de bienvenue", "M. Mathieu Ferland"),
            ("8 h 45", "Infections à C. difficile récidivantes : place de la greffe de microbiote fécal",
             "Dre Hélène Quirion, gastro-entérologue"),
            ("9 h 45", "EPC : leçons d'une éclosion en hémato-oncologie", "Dr Marc-André Lupien, microbiologiste"),
            ("11 h 00", "Désinfection par UV-C : données probantes", "M. Antoine Vasseur, ingénieur biomédical"),
            ("13 h 00", "Atelier : gestion d'une éclosion de norovirus en CHSLD", "Mme Karine Dallaire et Mme Sophie Lachapelle")]
    text = ("Bonjour,\n\nJOURNÉE RÉGIONALE PCI – %s – Auditorium %s\n\n%s\n\nInscription gratuite pour le personnel "
            "du CISSS (formulaire intranet). Attestation de 6 heures de formation.\n\n%s" % (
                C.fr_date(d), ctx.pick(C.HOSP_FR), "\n".join("%s  %s — %s" % p for p in prog), sig_full(ctx, s)))
    return {"category": "conference", "from": s.addr(), "to": [("Tout le personnel", "tous@" + C.DOM)],
            "subject": "Programme – Journée régionale PCI", "text": text, "note": "regional IPC day programme"}


# n11 ---------------------------------------------------------------------
def n_infolettre(ctx):
    r = ctx.rng
    s = ctx.staff_role("conseiller")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head><body style=\"font-family:Arial\">\n"
            "<h2>L'Écho PCI – numéro %d</h2>\n"
            "<h3>Bravo au 4 Sud !</h3>\n<p>Aucune DACD nosocomiale depuis 120 jours. Félicitations à Mme Véronique Aubin "
            "et à son équipe, ainsi qu'à M. Julien Beauchemin (hygiène et salubrité).</p>\n"
            "<h3>Nouvelle microbiologiste</h3>\n<p>Bienvenue à la Dre Nadia Belhumeur, microbiologiste-infectiologue, "
            "qui s'intéresse particulièrement à la tuberculose et aux infections à C. difficile.</p>\n"
            "<h3>Le saviez-vous ?</h3>\n<p>Les spores de <i>C. difficile</i> résistent à la solution hydroalcoolique : "
            "eau et savon obligatoires en sortant d'une chambre en précautions contact renforcées.</p>\n"
            "<h3>Quiz</h3>\n<p>Combien de temps un patient doit-il être sans diarrhée avant la levée des précautions ? "
            "Réponse au prochain numéro !</p>\n<p style=\"font-size:9pt\">%s<br>%s</p>\n</body></html>\n" % (
                r.randrange(20, 60), C.PCI_ADDR_FR, "Pour vous désabonner, écrivez à pci@" + C.DOM))
    return {"category": "newsletter", "from": s.addr(), "to": [("Tout le personnel", "tous@" + C.DOM)],
            "subject": "L'Écho PCI – bulletin de %s" % C.MOIS[ctx.date.month - 1], "html": html, "text": None,
            "form": "html", "note": "IPC newsletter with staff titles and disease words"}


# n12 ---------------------------------------------------------------------
def n_facture(ctx):
    r = ctx.rng
    s = X["cmsd"]
    inv = "F-%d-%05d" % (ctx.date.year, r.randrange(10000, 99999))
    lines = ["No de facture : %s" % inv, "Date : %s" % ctx.date.date().isoformat(),
             "No client : %d" % r.randrange(100000, 999999), "Facturé à : %s – Approvisionnements" % C.ORG_FR,
             "", "## Articles"]
    tot = 0
    for item in ["Lingettes sporicides (chlore 5000 ppm), 160/contenant", "Blouses d'isolement jaunes, niveau 2",
                 "Gants nitrile M, boîte de 100", "Affiches « Précautions contact renforcées »"]:
        q, pu = r.randrange(5, 120), r.randrange(8, 90)
        tot += q * pu
        lines.append("%s — qté %d — %d,00 $ — lot %s" % (item, q, pu, C.luhn_number(r, 10)))
    lines += ["", "Sous-total : %d,00 $" % tot, ("TPS (5 %%) : %.2f $" % (tot * 0.05)).replace(".", ","),
              ("TVQ (9,975 %%) : %.2f $" % (tot * 0.09975)).replace(".", ","), "Conditions : net 30 jours"]
    pdf = A.pdf("FACTURE – Fournitures médicales Laurentia", lines, author="Laurentia")
    text = ("Bonjour,\n\nVeuillez trouver ci-joint la facture %s pour votre bon de commande BC-%d.\n\nService à la "
            "clientèle\nFournitures médicales Laurentia\n1-800-555-0134\n" % (inv, r.randrange(40000, 49999)))
    return {"category": "invoice", "from": s, "to": [ctx.staff_role("approvisionnements").addr()],
            "subject": "Facture %s" % inv, "text": text,
            "attachments": [{"ctype": "application/pdf", "data": pdf, "filename": "Facture_%s.pdf" % inv}],
            "note": "supplier invoice with lot numbers"}


# n13 ---------------------------------------------------------------------
def n_bon_commande(ctx):
    r = ctx.rng
    s = ctx.staff_role("approvisionnements")
    rows = [["Code article", "Description", "Qté", "Unité", "Prix unitaire", "No de série / actif"]]
    for desc in ["Chariot d'isolement 5 tiroirs", "Distributeur de solution hydroalcoolique sans contact",
                 "Moniteur de pression différentielle (chambre à pression négative)", "Lampe UV-C mobile"]:
        rows.append(["%d-%04d" % (r.randrange(10, 99), r.randrange(1000, 9999)), desc, r.randrange(1, 12), "unité",
                     "%d.00" % r.randrange(80, 9000), C.luhn_number(r, 9)])
    x = A.xlsx([("BC", rows)], author=s.full)
    text = ("Bonjour,\n\nCi-joint le bon de commande pour l'équipement PCI approuvé au budget. Livraison au "
            "quai de réception de l'%s.\n\n%s" % (ctx.pick(C.HOSP_FR), bye(ctx, s)))
    return {"category": "purchase_order", "from": s.addr(), "to": [X["cmsd"]],
            "subject": "Bon de commande BC-%d" % r.randrange(40000, 49999), "text": text,
            "attachments": [{"ctype": XLSX, "data": x, "filename": "BC_equipement_PCI.xlsx"}],
            "note": "purchase order with serial numbers"}


# n14 ---------------------------------------------------------------------
def n_penurie(ctx):
    r = ctx.rng
    s = ctx.staff_role("pharmacienne")
    text = ("AVIS DE PÉNURIE – PHARMACIE\n\nProduit : vancomycine capsules orales 125 mg (DIN %08d)\nDurée "
            "prévue : jusqu'au %s\n\nConduite : pour tout nouveau traitement d'infection à C. difficile, utiliser "
            "la solution orale préparée par la pharmacie (vancomycine injectable 25 mg/mL, goût cerise). La "
            "fidaxomicine demeure réservée aux récidives selon les critères de l'antibiogouvernance.\n\n"
            "Questions : pharmacie centrale, poste 2210.\n\n%s" % (
                r.randrange(10 ** 7, 10 ** 8), C.fr_date(ctx.later(r.randrange(20, 60))), s.signature(r)))
    return {"category": "drug_shortage", "from": s.addr(), "to": [("Prescripteurs", "prescripteurs@" + C.DOM)],
            "subject": "Pénurie – vancomycine orale 125 mg", "text": text, "importance": True,
            "note": "oral vancomycin shortage notice"}


# n15 ---------------------------------------------------------------------
def n_rappel(ctx):
    r = ctx.rng
    s = ctx.staff_role("approvisionnements")
    lots = [C.luhn_number(r, 10) for _ in range(3)]
    text = ("Bonjour,\n\nRAPPEL VOLONTAIRE – Santé Canada\nProduit : solution hydroalcoolique 70 %% « MainsPures » "
            "500 mL (NPN %08d)\nLots visés : %s\nMotif : teneur en éthanol inférieure à l'étiquette.\n\nMerci de "
            "retirer ces lots des distributeurs et de les retourner au magasin central. Aucune action n'est "
            "requise pour les usagers.\n\n%s" % (r.randrange(10 ** 7, 10 ** 8), ", ".join(lots), bye(ctx, s)))
    return {"category": "recall", "from": s.addr(), "to": [GEST], "subject": "Rappel – solution hydroalcoolique",
            "text": text, "note": "hand sanitizer lot recall"}


# n16 ---------------------------------------------------------------------
def n_ti(ctx):
    r = ctx.rng
    s = ("Centre de services TI", "servicedesk@" + C.DOM)
    d = ctx.later(r.randrange(2, 9))
    text = ("Bonjour,\n\nUne mise à jour du logiciel de surveillance NosoTrack (v%d.%d) aura lieu le %s de 22 h à 2 h. "
            "Pendant l'arrêt, les alertes automatiques (ERV, SARM, EPC, C. difficile) ne seront pas envoyées; le "
            "laboratoire appellera directement l'infirmière en PCI de garde.\n\nBillet : INC%07d\nServeur : "
            "srv-noso-%02d\n\nMerci de votre compréhension.\nCentre de services TI – poste 5555\n" % (
                r.randrange(4, 7), r.randrange(0, 10), C.fr_date(d), r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 20)))
    return {"category": "it", "from": s, "to": [ALL_PCI], "subject": "Maintenance planifiée – NosoTrack",
            "text": text, "note": "IT downtime of surveillance software"}


# n17 ---------------------------------------------------------------------
def n_pression_neg(ctx):
    r = ctx.rng
    s = ctx.staff_role("technicien en bâtiment")
    rows = [["Local", "No d'actif", "Pression mesurée (Pa)", "Renouvellements d'air/h", "Conforme"]]
    for _ in range(5):
        pa = -r.randrange(1, 15)
        rows.append(["%s-%03d" % (ctx.pick(["A", "B", "C"]), r.randrange(100, 700)), C.luhn_number(r, 9), pa,
                     r.randrange(8, 15), "oui" if pa <= -3 else "NON"])
    text = ("%s\n\nRésultats de la vérification trimestrielle des chambres à pression négative :\n\n%s\n\n"
            "La chambre non conforme est retirée du service jusqu'au remplacement du registre motorisé "
            "(bon de travail BT-%d). Ne pas y placer de patient en précautions aériennes.\n\n%s" % (
                hello(ctx), text_table(rows), r.randrange(100000, 999999), bye(ctx, s)))
    return {"category": "facilities", "from": s.addr(), "to": [ALL_PCI], "subject": "Vérification chambres à pression négative",
            "text": text, "note": "negative pressure room checks with asset numbers"}
