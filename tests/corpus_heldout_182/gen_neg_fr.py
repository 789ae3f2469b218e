"""French hard negatives: committee notices, statistics, HR, invoices, IT, templates."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Builder, Transport
from gen_spec import mail, neg

SPECIALTIES = [("oncologue", "le cancer du poumon"), ("neurologue", "la sclérose latérale amyotrophique"),
               ("gériatre", "la démence et le délirium"), ("néphrologue", "l'insuffisance rénale terminale"),
               ("psychiatre", "le trouble bipolaire"), ("cardiologue", "l'insuffisance cardiaque"),
               ("pneumologue", "la MPOC"), ("intensiviste", "le sepsis"),
               ("pédiatre", "le diabète de type 1 chez l'enfant")]
MOTIFS = ["Soins et services dispensés", "Relations interpersonnelles", "Accessibilité",
          "Organisation du milieu et ressources matérielles", "Aspect financier",
          "Droits particuliers", "Maltraitance"]


def staff(c, role):
    return c.staff(C.FR_DOM, role)


def dr(c, role="médecin"):
    p = c.staff(C.FR_DOM, role)
    p.title = "Dre" if p.sex == "F" else "Dr"
    return p


def titled(p):
    t = p.title or ("Mme" if p.sex == "F" else "M.")
    return f"{t} {p.full}"


def jour(c, lo=1, hi=11):
    d = datetime.date(2025, c.rng.randrange(lo, hi + 1), c.rng.randrange(1, 29))
    return f"{d.day} {C.MOIS[d.month - 1]} 2025", d


# ---------------------------------------------------------------------------
def n_stats(c):
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    year = c.pick(["2023-2024", "2024-2025"])
    rows = [["Motif", "Plaintes", "Fondées", "Délai moyen (jours)"]]
    for mo in MOTIFS:
        rows.append([mo, c.rng.randrange(8, 180), c.rng.randrange(2, 60), c.rng.randrange(12, 44)])
    rows.append(["Total", sum(r[1] for r in rows[1:]), sum(r[2] for r in rows[1:]), ""])
    inst = [["Installation", "Plaintes", "Interventions", "Assistances"],
            [C.FR_HOSP, c.rng.randrange(200, 500), c.rng.randrange(20, 80), c.rng.randrange(100, 400)],
            ["CHSLD Les Trembles", c.rng.randrange(20, 90), c.rng.randrange(2, 20), c.rng.randrange(10, 60)],
            ["CLSC du Haut-Saules", c.rng.randrange(10, 60), c.rng.randrange(1, 10), c.rng.randrange(10, 50)]]
    body = (f"Bonjour,\n\nVoici les données préliminaires du rapport annuel {year} sur l'application "
            "de la procédure d'examen des plaintes, pour validation avant le dépôt au conseil "
            f"d'administration. Les 5 dossiers de maltraitance sont inclus dans le total.\n\n"
            "Merci de me signaler toute incohérence d'ici vendredi.\n\n" + com.full + C.sig_fr(com))
    if c.chance(0.5):
        atts = [A.att_xlsx(f"rapport_annuel_{year}_donnees.xlsx", [("Motifs", rows), ("Installations", inst)],
                           com.full)]
    else:
        atts = [A.att_csv(f"motifs_{year}.csv", rows, c.rng, delim=";")]
    to = [staff(c, "Directrice de la qualité|Directeur de la qualité").addr()]
    m = mail(c, com.addr(), to, f"Rapport annuel {year} – données préliminaires", body, atts)
    return neg(c, "annual_stats", "fr", "aggregate complaint statistics for annual report", m)


def n_comite_vigilance(c):
    sec = staff(c, "Adjointe à la direction générale|Adjoint à la direction générale")
    pres = staff(c, "Présidente du comité|Président du comité")
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    dsp = dr(c, "Directeur des services professionnels")
    d, _ = jour(c)
    body = (f"Bonjour,\n\nVous êtes convoqués à la séance ordinaire du comité de vigilance et de la "
            f"qualité le {d}, de 13 h 30 à 16 h, salle du conseil (pavillon Rivière) et sur Teams.\n\n"
            "Ordre du jour :\n"
            "1. Ouverture et adoption de l'ordre du jour\n"
            "2. Adoption du procès-verbal de la séance précédente\n"
            f"3. Bilan trimestriel du commissariat – Me {com.full}\n"
            f"4. Suivi des recommandations du médecin examinateur – {dsp.title} {dsp.full}\n"
            "5. Rapport du Protecteur du citoyen : recommandations visant l'hébergement\n"
            "6. Suivi des déclarations d'incidents et d'accidents (statistiques agrégées)\n"
            "7. Divers\n\n"
            f"Les documents seront déposés dans le dossier partagé 48 heures avant la séance.\n\n"
            f"{sec.full}, pour {titled(pres)}, {pres.role.lower()}\n" + C.sig_fr(sec, "Direction générale"))
    to = [com.addr(), dsp.addr(), pres.addr()] + [staff(c, "Membre").addr() for _ in range(2)]
    m = mail(c, sec.addr(), to, f"Convocation – comité de vigilance et de la qualité du {d}", body)
    return neg(c, "committee_notice", "fr", "quality and vigilance committee notice", m)


def n_infolettre(c):
    ssp = staff(c, "Chef du service des soins spirituels")
    new = staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels")
    d1 = dr(c)
    spec, topic = c.pick(SPECIALTIES)
    d, _ = jour(c)
    html = (
        "<html><head><meta charset=\"utf-8\"><title>Infolettre</title></head>\n"
        "<body style=\"font-family:Georgia,serif;max-width:640px\">\n"
        "<h1 style=\"color:#3b5b7a\">Le Souffle – infolettre des soins spirituels</h1>\n"
        f"<h2>Bienvenue à {new.full}</h2>\n"
        f"<p>Nous accueillons {titled(new)}, qui se joint à l'équipe des soins palliatifs "
        "après dix ans en milieu communautaire.</p>\n"
        "<h2>Midi-conférence</h2>\n"
        f"<p>Le {d}, {d1.title} {d1.full}, {spec} qui s'intéresse particulièrement à {topic}, "
        "présentera « Annoncer une mauvaise nouvelle : ce que les patients nous apprennent ». "
        "Amphithéâtre A, 12 h 05.</p>\n"
        "<h2>Salle de recueillement</h2>\n"
        "<p>La salle multiconfessionnelle (local 1-140) est ouverte 24 h sur 24. Des tapis de "
        "prière et des textes sacrés de plusieurs traditions sont disponibles.</p>\n"
        "<h2>Chiffres du trimestre</h2>\n"
        f"<p>{c.rng.randrange(600, 1400)} visites, {c.rng.randrange(40, 120)} rituels de fin de vie, "
        f"{c.rng.randrange(10, 40)} rencontres de suivi de deuil.</p>\n"
        f"<p style=\"font-size:9pt;color:#777\">{C.FR_ORG} – {C.FR_ADDR} – {C.FR_PHONE}</p>\n"
        "</body></html>")
    text = (f"Le Souffle – infolettre des soins spirituels\n\nBienvenue à {new.full}\n"
            f"Midi-conférence le {d} : {d1.title} {d1.full}, {spec} ({topic}).\n"
            "Salle de recueillement ouverte 24 h sur 24 (local 1-140).\n")
    m = mail(c, ssp.addr(), [("Tout le personnel", f"tous@{C.FR_DOM}")], "Le Souffle – infolettre de "
             + c.pick(["l'automne", "l'hiver", "mars", "juin"]), text, html=html)
    return neg(c, "newsletter", "fr", "spiritual care newsletter", m, mode=c.pick(["html", "alt"]))


def n_colloque(c):
    org = staff(c, "Éthicienne clinique|Éthicien clinique")
    spk = [dr(c) for _ in range(3)] + [staff(c, "Juriste") for _ in range(1)]
    topics = ["Aptitude à consentir et démence : repères pratiques",
              "Aide médicale à mourir : les demandes anticipées",
              "Refus de traitement chez l'adolescent",
              "Secret professionnel et plaintes : ce que le commissaire peut consulter"]
    d, _ = jour(c, 4, 11)
    lines = [f"Colloque régional d'éthique clinique – {d}", "Lieu : Centre des congrès de Val-Brûlé", ""]
    h = 9
    for p, t in zip(spk, topics):
        who = f"{p.title} {p.full}" if p.title else f"Me {p.full}"
        lines.append(f"{h} h 00 – {t} – {who}")
        h += 1
    lines += ["12 h 00 – Dîner", "13 h 15 – Table ronde : la place des familles",
              "Inscription : 75 $ (gratuit pour les étudiants)", "Crédits de formation : 5 h"]
    att = A.att_pdf("programme_colloque_ethique.pdf", "Programme", lines, org.full)
    body = (f"Bonjour à toutes et à tous,\n\nVoici le programme du colloque régional d'éthique clinique "
            f"du {d}. Les places sont limitées.\n\n{org.full}\n" + C.sig_fr(org, "Service d'éthique clinique"))
    m = mail(c, org.addr(), [("Liste éthique", f"ethique-liste@{C.FR_DOM}")],
             "Programme – colloque d'éthique clinique", body, [att])
    return neg(c, "conference_programme", "fr", "clinical ethics conference programme (pdf)", m)


def n_offre_emploi(c):
    rh = staff(c, "Conseillère en acquisition de talents|Conseiller en acquisition de talents")
    poste = c.pick([("Intervenant(e) en soins spirituels", "maîtrise en théologie ou en sciences religieuses, "
                     "membre de l'Association des intervenants en soins spirituels du Québec"),
                    ("Commissaire adjoint(e) aux plaintes et à la qualité des services",
                     "baccalauréat en droit, en sciences sociales ou en sciences de la santé, 5 ans d'expérience"),
                    ("Éthicien(ne) clinique", "doctorat en bioéthique ou en philosophie")])
    n = c.rng.randrange(10000, 99999)
    body = (f"AFFICHAGE INTERNE ET EXTERNE – n° {n}\n\nTitre : {poste[0]}\nStatut : temps complet permanent, "
            "35 h/semaine, jour\nPort d'attache : " + C.FR_HOSP + "\n"
            "Échelle salariale : 29,82 $ à 52,37 $ l'heure\n\nExigences : " + poste[1] + ".\n\n"
            "Profil recherché : écoute, discrétion, capacité d'intervenir auprès de personnes en fin de "
            "vie, de familles endeuillées ou d'usagers mécontents.\n\n"
            f"Faites parvenir votre CV avant le {jour(c)[0]} à emplois@{C.FR_DOM} en indiquant le numéro "
            "d'affichage.\n\n" + rh.full + C.sig_fr(rh, "Direction des ressources humaines"))
    m = mail(c, rh.addr(), [("Affichage", f"affichage@{C.FR_DOM}")], f"Affichage {n} – {poste[0]}", body)
    return neg(c, "job_posting", "fr", "job posting", m)


def n_horaire_garde(c):
    coord = staff(c, "Coordonnatrice des soins spirituels|Coordonnateur des soins spirituels")
    team = [staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels") for _ in range(5)]
    rows = [["Semaine", "Jour (8 h-16 h)", "Soir (16 h-minuit)", "Nuit (sur appel)", "Cellulaire de garde"]]
    start = datetime.date(2025, c.rng.randrange(1, 10), 1)
    for w in range(5):
        d = start + datetime.timedelta(days=7 * w)
        a, b, e = c.rng.sample(team, 3)
        rows.append([d.isoformat(), a.full, b.full, e.full, f"514-555-01{c.rng.randrange(0, 100):02d}"])
    body = (f"Bonjour l'équipe,\n\nVoici l'horaire de garde pour {C.MOIS[start.month - 1]}. Les échanges "
            "doivent être approuvés par moi et inscrits dans Logibec avant le 20.\n\n"
            "Rappel : le cellulaire de garde se récupère au poste de sécurité.\n\n" + coord.given
            + C.sig_fr(coord, "Service des soins spirituels"))
    att = c.pick([A.att_xlsx(f"garde_{start.strftime('%Y-%m')}.xlsx", [("Garde", rows)], coord.full),
                  A.att_csv(f"garde_{start.strftime('%Y-%m')}.csv", rows, c.rng, delim=";")])
    m = mail(c, coord.addr(), [t.addr() for t in team], f"Horaire de garde – {C.MOIS[start.month - 1]}",
             body, [att])
    return neg(c, "oncall_schedule", "fr", "chaplain on-call schedule", m)


def n_conge(c):
    emp = staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels")
    chef = staff(c, "Chef du service des soins spirituels")
    d1, dd = jour(c, 5, 8)
    d2 = (dd + datetime.timedelta(days=c.rng.randrange(5, 15)))
    q = (f"> Bonjour {chef.given},\n> Je souhaiterais prendre mes vacances du {d1} au "
         f"{d2.day} {C.MOIS[d2.month - 1]}. {c.pick(['Nadia', 'Olivier', 'Karine'])} a accepté de couvrir "
         "le 6e.\n> Merci\n> " + emp.given)
    body = (f"Bonjour {emp.given},\n\nC'est approuvé. N'oublie pas de l'inscrire dans le système et de "
            "mettre ton message d'absence.\n\nBonnes vacances !\n" + chef.given + "\n\n" + q)
    m = mail(c, chef.addr(), [emp.addr()], "RE: Demande de vacances", body, reply=True)
    return neg(c, "leave_request", "fr", "vacation request approved, quoted", m)


def n_paie(c):
    paie = staff(c, "Technicienne en administration – paie|Technicien en administration – paie")
    d, _ = jour(c)
    body = ("Bonjour,\n\nVeuillez noter que le dépôt de la paie de la période 14 sera effectué le "
            f"{d}. Les relevés de paie sont disponibles dans le portail employé (Mon dossier > Paie).\n\n"
            "Rappels :\n- les primes de soir et de nuit de la période 13 seront versées à la période 15;\n"
            "- les changements d'adresse ou de NAS doivent être faits en personne au Service de la paie "
            "(pièce d'identité requise);\n- les relevés 1 et T4 seront disponibles en février.\n\n"
            + paie.full + C.sig_fr(paie, "Service de la paie"))
    m = mail(c, paie.addr(), [("Tout le personnel", f"tous@{C.FR_DOM}")], "Paie – période 14", body)
    return neg(c, "payroll", "fr", "payroll notice to all staff", m)


def n_sante_travail(c):
    sst = staff(c, "Conseillère en santé et sécurité du travail|Conseiller en santé et sécurité du travail")
    emp = staff(c, "Agente administrative|Agent administratif")
    chef = staff(c, "Commissaire aux plaintes et à la qualité des services")
    cond = c.pick(["d'une entorse lombaire", "d'une chirurgie à l'épaule", "d'une fracture du poignet",
                   "d'un épuisement professionnel"])
    d, _ = jour(c)
    body = (f"Bonjour {chef.given},\n\nPlan de retour progressif au travail pour {emp.full} (matricule "
            f"{c.rng.randrange(100000, 999999)}), en arrêt depuis six semaines à la suite {cond}. "
            f"Retour prévu le {d} :\n- semaines 1-2 : 3 jours/semaine, avant-midi seulement;\n"
            "- semaines 3-4 : 4 jours/semaine;\n- pas de port de charges de plus de 5 kg.\n\n"
            "Le formulaire d'assignation temporaire signé par le médecin traitant est au dossier SST.\n\n"
            + sst.full + C.sig_fr(sst, "Service santé, sécurité et mieux-être au travail"))
    m = mail(c, sst.addr(), [chef.addr()], f"Retour progressif – {emp.full}", body)
    return neg(c, "occupational_health", "fr", "employee gradual return-to-work plan", m)


def n_facture(c):
    four = c.pick([("Interprétation Rive-Nord inc.", "services d'interprétation (arabe, espagnol, LSQ)"),
                   ("Cierges et Lumières Saint-Luc", "lampions et cierges pour la chapelle"),
                   ("Imprimerie Les Deux Saules", "dépliants « Porter plainte, c'est votre droit »")])
    acc = staff(c, "Agente aux comptes fournisseurs|Agent aux comptes fournisseurs")
    n = c.rng.randrange(10000, 99999)
    bn = C.luhn_serial(c.rng, 9)
    lines = [four[0], "1850, rue Industrielle, Val-Brûlé (Québec) J0K 1B0 – 450-555-0187", "",
             f"FACTURE n° {n}", f"Date : {jour(c)[0]}", f"No client : {c.rng.randrange(1000, 9999)}",
             f"Bon de commande : BC-{c.rng.randrange(100000, 999999)}", "",
             f"Description : {four[1]}", f"Quantité : {c.rng.randrange(2, 40)}",
             f"Sous-total : {c.rng.randrange(200, 3000)},00 $", f"TPS n° {bn} RT0001",
             f"TVQ n° {C.luhn_serial(c.rng, 10)} TQ0001", "Payable dans les 30 jours."]
    att = A.att_pdf(f"facture_{n}.pdf", "Facture", lines, four[0])
    body = (f"Bonjour,\n\nCi-jointe la facture {n} de {four[0]} à approuver pour paiement "
            "(centre de coûts 7420 – commissariat / soins spirituels).\n\nMerci\n" + acc.full)
    m = mail(c, acc.addr(), [staff(c, "Gestionnaire").addr()], f"Facture {n} à approuver", body, [att])
    return neg(c, "invoice", "fr", "supplier invoice for approval (pdf)", m)


def n_bon_commande(c):
    ach = staff(c, "Acheteuse|Acheteur")
    items = [("Lecteur de cartes d'accès", "LCA-200"), ("Fauteuil de recueillement", "FR-88"),
             ("Tablette pour visites virtuelles", "TAB-10"), ("Lampe LED sans flamme", "LED-4")]
    rows = [["Article", "Modèle", "No de série", "No d'actif", "Lot"]]
    for name, model in c.rng.sample(items, 3):
        rows.append([name, model, C.luhn_serial(c.rng, 10), C.luhn_serial(c.rng, 9),
                     f"L{c.rng.randrange(10000, 99999)}"])
    body = ("Bonjour,\n\nVoici le bon de commande BC-" + str(c.rng.randrange(100000, 999999))
            + " et les numéros de série reçus à la livraison :\n\n"
            + "\n".join("  ".join(r) for r in rows)
            + "\n\nMerci de confirmer la réception au quai 3.\n\n" + ach.full
            + C.sig_fr(ach, "Service de l'approvisionnement"))
    m = mail(c, ach.addr(), [staff(c, "Technicienne en administration|Technicien en administration").addr()],
             "Bon de commande – numéros de série", body)
    return neg(c, "purchase_order", "fr", "purchase order with serial and asset numbers", m)


def n_ti(c):
    ti = staff(c, "Analyste – Direction des ressources informationnelles")
    d, _ = jour(c)
    body = c.pick([
        (f"Bonjour,\n\nLe système de gestion des plaintes (SIGPAQS) sera indisponible le {d} de 18 h à "
         "23 h pour la mise à niveau vers la version 5.2. Les dossiers en cours ne seront pas touchés. "
         "Après la mise à jour, vous devrez vous reconnecter avec l'authentification à deux facteurs.\n\n"
         "Billet de référence : INC0" + str(c.rng.randrange(100000, 999999)) + "\n"),
        (f"Bonjour,\n\nVotre mot de passe réseau expire dans 5 jours. Pour le changer, utilisez "
         f"https://motdepasse.{C.FR_DOM} à partir d'un poste du CISSS. Ne communiquez jamais votre mot "
         "de passe par courriel : le soutien informatique ne vous le demandera jamais.\n"),
        (f"Bonjour,\n\nLes tablettes servant aux visites virtuelles des familles (unités 4B et 6e) "
         f"recevront une mise à jour le {d}. Merci de les laisser branchées dans le chariot la veille.\n"),
    ])
    body += "\nCentre de services TI – poste 5555\n" + ti.full + "\n"
    m = mail(c, ti.addr(), [("Utilisateurs", f"utilisateurs@{C.FR_DOM}")],
             c.pick(["Avis de maintenance", "Expiration du mot de passe", "Mise à jour des tablettes"]), body)
    return neg(c, "it_notice", "fr", "IT maintenance or password notice", m)


def n_installations(c):
    inst = staff(c, "Chargée de projets – services techniques|Chargé de projets – services techniques")
    d, _ = jour(c)
    body = c.pick([
        (f"Bonjour,\n\nLes travaux de réfection de la chapelle (local 1-120) débuteront le {d} et dureront "
         "environ six semaines. Pendant cette période, les célébrations auront lieu à la salle "
         "multiconfessionnelle (1-140). Prévoir du bruit entre 8 h et 15 h.\n"),
        (f"Bonjour,\n\nUn exercice d'évacuation aura lieu le {d} en avant-midi au pavillon Rivière "
         "(niveaux 1 à 3), incluant les bureaux du commissariat. Merci de suivre les consignes des "
         "responsables d'étage.\n"),
        (f"Bonjour,\n\nL'ascenseur no 4 sera hors service le {d} pour l'inspection annuelle. Utilisez "
         "les ascenseurs 2 et 3.\n"),
    ])
    body += "\n" + inst.full + C.sig_fr(inst, "Services techniques")
    m = mail(c, inst.addr(), [("Pavillon Rivière", f"pavillon.riviere@{C.FR_DOM}")],
             c.pick(["Travaux – chapelle", "Exercice d'évacuation", "Ascenseur hors service"]), body)
    return neg(c, "facilities", "fr", "facilities notice", m)


def n_formulaire_vierge(c):
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    paras = ["Formulaire de plainte – usager ou représentant",
             "Nom de l'usager : ______________________   Prénom : ________________",
             "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : ☐ F ☐ M ☐ X",
             "Numéro d'assurance maladie (NAM) : ____ ____ ____",
             "No de dossier hospitalier : ____________",
             "Adresse : ______________________________________  Téléphone : (___) ___-____",
             "Objet de la plainte : ______________________________________________",
             "Si vous êtes le représentant, précisez votre lien avec l'usager : ____________",
             "Signature : ____________________   Date : ____________",
             f"Retourner à : Commissariat aux plaintes, {C.FR_ADDR}"]
    att = A.att_docx("formulaire_plainte_vierge.docx", "Formulaire de plainte", paras, author=com.full)
    body = ("Bonjour,\n\nComme demandé, voici la version à jour du formulaire de plainte (vierge) à "
            "imprimer pour les présentoirs des unités. La version en ligne reste à privilégier.\n\n"
            + com.full + C.sig_fr(com))
    m = mail(c, com.addr(), [staff(c, "Chef d'unité").addr() for _ in range(3)],
             "Formulaire de plainte – version à jour", body, [att])
    return neg(c, "blank_form", "fr", "blank complaint form (docx)", m)


def n_gabarit(c):
    ag = staff(c, "Agente administrative – Commissariat|Agent administratif – Commissariat")
    body = ("Bonjour,\n\nVoici le gabarit de publipostage pour les accusés de réception. Les champs "
            "entre chevrons sont remplis automatiquement à partir du registre.\n\n"
            "---\n«Civilité» «Prénom» «Nom»\n«Adresse»\n«Ville» (Québec) «Code_postal»\n\n"
            "Objet : Accusé de réception – dossier «No_dossier»\n\n«Civilité»,\n\n"
            "Nous accusons réception de votre plainte reçue le «Date_reception». Conformément à la "
            "loi, nous vous ferons part de nos conclusions au plus tard le «Date_echeance».\n---\n\n"
            "Dites-moi si vous voulez changer la formule de politesse.\n\n" + ag.full)
    m = mail(c, ag.addr(), [staff(c, "Commissaire aux plaintes et à la qualité des services").addr()],
             "Gabarit de publipostage – accusés de réception", body)
    return neg(c, "mail_merge_template", "fr", "mail-merge template with placeholders", m)


def n_cas_enseignement(c):
    eth = staff(c, "Éthicienne clinique|Éthicien clinique")
    case = c.pick([
        ("Mme A., 84 ans, atteinte d'une démence modérée, refuse son transfert en CHSLD. Sa fille "
         "insiste. L'équipe se questionne sur son aptitude à consentir à l'hébergement."),
        ("M. B., 52 ans, en insuffisance rénale terminale, demande l'arrêt de l'hémodialyse. Il n'est "
         "pas dépressif selon l'évaluation psychiatrique. Sa conjointe s'y oppose."),
        ("Un adolescent de 15 ans, témoin de Jéhovah, refuse une transfusion après un accident de la "
         "route. Ses parents appuient son refus."),
    ])
    body = (f"Bonjour à tous,\n\nPour la séance de formation de jeudi, voici le cas (fictif, "
            f"dépersonnalisé) que nous discuterons :\n\n{case}\n\nQuestions :\n1. Quelles valeurs "
            "sont en tension ?\n2. Qui devrait participer à la décision ?\n3. Quelles options sont "
            "éthiquement acceptables ?\n\n" + eth.full + C.sig_fr(eth, "Service d'éthique clinique"))
    m = mail(c, eth.addr(), [("Résidents", f"residents@{C.FR_DOM}")], "Cas pour la formation de jeudi", body)
    return neg(c, "teaching_case", "fr", "de-identified ethics teaching case", m)


def n_rupture(c):
    ph = staff(c, "Pharmacienne-chef|Pharmacien-chef")
    drug = c.pick([("hydromorphone injectable 10 mg/mL", "02145927"),
                   ("halopéridol injectable 5 mg/mL", "00808652"),
                   ("furosémide injectable 10 mg/mL", "00527033")])
    body = (f"AVIS DE RUPTURE D'APPROVISIONNEMENT\n\nProduit : {drug[0]} (DIN {drug[1]})\n"
            f"Durée prévue : {c.rng.randrange(3, 12)} semaines\n\nMesures : utiliser la concentration "
            "de 2 mg/mL lorsque possible; les prescriptions existantes seront converties par la "
            "pharmacie. Aucune action requise des unités pour l'instant.\n\n" + ph.full
            + C.sig_fr(ph, "Département de pharmacie"))
    m = mail(c, ph.addr(), [("Cliniciens", f"cliniciens@{C.FR_DOM}")], "Rupture – " + drug[0], body)
    return neg(c, "drug_shortage", "fr", "drug shortage notice", m)


def n_rappel(c):
    gbm = staff(c, "Technicienne en génie biomédical|Technicien en génie biomédical")
    lots = [f"{c.rng.randrange(1000, 9999)}-{C.luhn_serial(c.rng, 8)}" for _ in range(3)]
    body = ("Bonjour,\n\nLe fabricant émet un rappel volontaire visant les lits électriques modèle "
            "Confort-3 (risque de blocage de la commande de hauteur). Lots visés :\n"
            + "\n".join("  - " + l for l in lots)
            + "\n\nMerci de vérifier l'étiquette au pied du lit et de nous signaler les unités "
            "touchées (billet GBM). Une intervention est prévue la semaine prochaine.\n\n" + gbm.full
            + C.sig_fr(gbm, "Génie biomédical"))
    m = mail(c, gbm.addr(), [("Chefs d'unité", f"chefs-unite@{C.FR_DOM}")], "Rappel – lits Confort-3", body)
    return neg(c, "recall", "fr", "medical equipment recall with lot numbers", m)


def n_protocole(c):
    chr_ = staff(c, "Chercheuse|Chercheur")
    body = ("Bonjour,\n\nVeuillez trouver le résumé du protocole « Besoins spirituels des personnes en "
            "soins palliatifs et de leurs proches » (CER-2025-" + str(c.rng.randrange(100, 999)) + "), approuvé "
            "par le comité d'éthique de la recherche.\n\nObjectif : décrire les besoins spirituels "
            "exprimés en fin de vie.\nDevis : étude qualitative, entretiens semi-dirigés.\n"
            "Échantillon visé : 30 usagers et 20 proches.\nCritères d'inclusion : 18 ans et plus, apte "
            "à consentir, séjour prévu de plus de 7 jours.\nConfidentialité : données codées, clé "
            "conservée par la chercheuse principale.\n\nAucun recrutement ne débutera avant la "
            "rencontre avec l'équipe du 6e.\n\n" + chr_.full + "\nCentre de recherche – " + C.FR_ORG + "\n")
    m = mail(c, chr_.addr(), [staff(c, "Chef du service des soins spirituels").addr()],
             "Protocole – besoins spirituels en soins palliatifs", body)
    return neg(c, "research_protocol", "fr", "research protocol summary without participants", m)


def n_naissance(c):
    col = staff(c, "Agente administrative|Agent administratif")
    parent = staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels")
    d, _ = jour(c)
    fille = c.chance(0.5)
    bebe = c.pick(["Léa", "Rose", "Juliette"] if fille else ["Félix", "Arthur", "Louis"])
    quoi = "d'une petite fille" if fille else "d'un petit garçon"
    body = (f"Bonjour tout le monde !\n\nBonne nouvelle : {parent.given} est {'maman' if parent.sex == 'F' else 'papa'} "
            f"{quoi}, {bebe}, "
            f"{'née' if fille else 'né'} le {d} à 4 h 12, {str(c.rng.randrange(29, 41) / 10).replace('.', ',')} kg. "
            "Tout le monde se porte bien.\n\n"
            "Une carte circule au secrétariat si vous voulez signer.\n\n" + col.given + "\n")
    m = mail(c, col.addr(), [("Équipe", f"commissariat@{C.FR_DOM}")], f"Bienvenue {bebe} !", body)
    return neg(c, "staff_news", "fr", "colleague baby announcement", m)


def n_benevoles(c):
    coord = staff(c, "Coordonnatrice des bénévoles|Coordonnateur des bénévoles")
    vols = [c.staff(C.FR_DOM) for _ in range(4)]
    lines = [f"- {v.full} : {c.pick(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'])} "
             f"{c.pick(['9 h-12 h', '13 h-16 h', '18 h-20 h'])}" for v in vols]
    body = ("Bonjour,\n\nVoici l'horaire des bénévoles en accompagnement au 6e (soins palliatifs) pour "
            "le mois prochain :\n\n" + "\n".join(lines)
            + "\n\nLa formation obligatoire sur la confidentialité a été suivie par tous. Merci de "
            "les accueillir au poste !\n\n" + coord.full + C.sig_fr(coord, "Service des bénévoles"))
    m = mail(c, coord.addr(), [staff(c, "Infirmière-chef, 6e|Infirmier-chef, 6e").addr()],
             "Horaire des bénévoles – 6e", body)
    return neg(c, "volunteer_schedule", "fr", "volunteer schedule for palliative unit", m)


def n_formation_ics(c):
    com = staff(c, "Commissaire aux plaintes et à la qualité des services")
    d, dd = jour(c)
    start = datetime.datetime(dd.year, dd.month, dd.day, 9, 0)
    ics = A.ics(f"form-{c.rng.randrange(10**6)}@{C.FR_DOM}", start, start + datetime.timedelta(hours=3),
                "Formation – traitement des insatisfactions au premier niveau",
                "Formation pour les gestionnaires : accueillir une insatisfaction, quand diriger vers "
                "le commissariat, délais légaux. Formatrice : Me " + com.full + ".",
                "Salle A-301", (com.full, com.email))
    att = A.att_ics("formation.ics", ics, c.rng)
    body = ("Bonjour,\n\nVous êtes inscrits à la formation sur le traitement des insatisfactions au "
            f"premier niveau, le {d}. L'invitation est jointe.\n\n" + com.full + C.sig_fr(com))
    m = mail(c, com.addr(), [staff(c, "Gestionnaire").addr() for _ in range(3)],
             "Formation – insatisfactions au premier niveau", body, [att])
    return neg(c, "training_invite", "fr", "training session calendar invite (ics)", m)


def n_fwd_comite_eml(c):
    sec = staff(c, "Secrétaire du comité d'éthique clinique")
    mem = staff(c, "Membre du comité")
    d, _ = jour(c)
    inner = mail(c, sec.addr(), [("Comité d'éthique clinique", f"cec@{C.FR_DOM}")],
                 "Compte rendu – comité d'éthique clinique",
                 f"Bonjour,\n\nLe compte rendu de la séance du {d} est disponible dans le dossier partagé. "
                 "Points saillants : adoption de la politique sur les niveaux de soins, révision du "
                 "formulaire de demande de consultation, bilan annuel (41 consultations, 12 formations).\n\n"
                 + sec.full + "\n")
    data = Builder(c.rng, "nin%03d" % c.rng.randrange(1000)).build(
        inner, Transport(mode="plain", charset="iso-8859-1", cte="quoted-printable"))
    att = A.att_eml("Compte rendu – comité d'éthique clinique.eml", data)
    body = "Pour info, je te transfère le compte rendu (courriel joint).\n\n" + mem.given + "\n"
    m = mail(c, mem.addr(), [staff(c, "Éthicienne clinique|Éthicien clinique").addr()],
             "TR: Compte rendu – comité d'éthique clinique", body, [att])
    return neg(c, "forwarded_minutes", "fr", "forwarded committee minutes as attached message", m)


TEMPLATES = [n_stats, n_comite_vigilance, n_infolettre, n_colloque, n_offre_emploi, n_horaire_garde,
             n_conge, n_paie, n_sante_travail, n_facture, n_bon_commande, n_ti, n_installations,
             n_formulaire_vierge, n_gabarit, n_cas_enseignement, n_rupture, n_rappel, n_protocole,
             n_naissance, n_benevoles, n_formation_ics, n_fwd_comite_eml]
