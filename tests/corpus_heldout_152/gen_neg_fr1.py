"""Negative (non-confidential) messages in French, part 1: HR, payroll, on-call,
newsletters, committees, conferences, postings, invoices, orders, inventories,
IT, facilities, statistics, teaching cases."""
import datetime

import gen_attach as A
import gen_common as G
from gen_compose import Mail


def staff(c, title="", role=""):
    return G.random_staff(c.rng, title, role, role, G.DOM)


def doc(c, title=None):
    t = title or c.pick(["Dr", "Dre"])
    return G.random_staff(c.rng, t, "psychiatre", "psychiatrist", G.DOM)


def de(word):
    return ("d'" if G.strip_accents(word[0]).lower() in "aeiouh" else "de ") + word


def list_addr(name, local):
    return (name, f"{local}@{G.DOM}")


# ---------------------------------------------------------------------------
def hr_vacances(c):
    mgr = c.team("mgr")
    year = 2025
    rows = []
    for _ in range(c.rng.randint(6, 10)):
        s = staff(c)
        d0 = datetime.date(year, c.pick([6, 7, 7, 8]), c.rng.randint(1, 20))
        rows.append([s.name, c.pick(["Inf. clinicienne", "TS", "Agente adm.", "Ergothérapeute", "Psychologue", "Infirmier EMIC"]),
                     d0.isoformat(), (d0 + datetime.timedelta(days=c.pick([7, 14, 21]))).isoformat(), c.pick(["approuvé", "approuvé", "en attente", "refusé - conflit"])])
    body = [("p", "Bonjour à tous,"),
            ("p", "Voici le calendrier des vacances estivales pour l'équipe santé mentale adulte et l'EMIC. "
                  "Les demandes en conflit seront départagées par ancienneté, conformément à la convention collective."),
            ("table", ["Employé(e)", "Titre d'emploi", "Du", "Au", "Statut"], rows),
            ("p", "Merci de me signaler toute erreur d'ici vendredi."), c.sig(mgr)]
    if c.chance(0.4):
        c.attach("xlsx", c.pick(["Calendrier_vacances_été_2025.xlsx", "Calendrier_vacances_2025.xlsx"]), A.make_xlsx([("Été 2025", ["Employé(e)", "Titre", "Du", "Au", "Statut"], rows)], author=mgr.name))
    return Mail("hr_vacation", "staff summer vacation calendar", mgr, [list_addr("Équipe SM adulte", "sm.adulte")],
                c.pick(["Calendrier des vacances été 2025", "Vacances estivales - version finale", "Vacances - mise à jour"]), body)


def paie(c):
    pay = c.team("pay")
    emp = staff(c)
    per = c.rng.randint(1, 26)
    body = [("p", c.hello(emp)),
            ("p", f"Suite à votre demande, une correction sera appliquée à la période de paie {per} : "
                  f"{c.rng.randint(3, 14)} heures de temps supplémentaire (taux et demi) et une prime de soir "
                  f"non versée pour la semaine du {G.fmt_date(c.date - datetime.timedelta(days=20), 'fr')}."),
            ("table", None, [["Matricule", str(c.rng.randint(100000, 999999))], ["NAS", "*** *** " + str(c.rng.randint(100, 999))],
                             ["Centre d'activité", c.pick(["7420 - SM adulte", "7431 - EMIC", "7455 - Hôpital de jour"])],
                             ["Montant brut", f"{c.rng.randint(180, 900)},{c.rng.randint(10, 99)} $"]]),
            ("p", "Le relevé corrigé sera disponible dans Logibec/Espace employé deux jours après le dépôt."),
            c.sig(pay)]
    return Mail("payroll", "payroll correction for an employee", pay, [emp],
                c.pick(["Correction de paie", "Votre demande - temps supplémentaire", "Ajustement paie période " + str(per)]), body)


def horaire_garde(c):
    sec = staff(c, "", "adjointe administrative, département de psychiatrie")
    month = c.pick([(10, "octobre"), (11, "novembre"), (1, "janvier"), (3, "mars"), (5, "mai")])
    docs = [doc(c) for _ in range(5)] + [c.team("psy1"), c.team("psy2"), c.team("psy3")]
    rows = []
    for wk in range(4):
        d = c.pick(docs)
        rows.append([f"Semaine {wk + 1}", d.titled(), c.pick(docs).titled(), c.pick(["GMF - Dr Gallagher", "pédopsy : " + c.pick(docs).titled(), "gérontopsy : " + c.pick(docs).titled()])])
    body = [("p", "Bonjour,"),
            ("p", f"Voici l'horaire de garde en psychiatrie pour {month[1]}. La garde de l'urgence inclut les consultations "
                  "à l'unité 4B, les évaluations P-38 et le soutien téléphonique à l'EMIC."),
            ("table", ["Période", "Garde urgence", "Garde 2e appel", "Autre"], rows),
            ("p", f"Rappel : les échanges de garde doivent être approuvés par le chef de département ({c.team('psy2').titled()})."),
            c.sig(sec)]
    if c.chance(0.5):
        c.attach("pdf", f"Horaire_garde_psychiatrie_{month[1]}.pdf",
                 A.make_pdf(f"Horaire de garde - psychiatrie - {month[1]}", [("table", ["Période", "Urgence", "2e appel", "Autre"], rows)]))
    return Mail("oncall_schedule", "psychiatrist on-call schedule", sec, [list_addr("Psychiatres HSA", "psychiatres")],
                f"Horaire de garde - {month[1]}", body)


def infolettre(c):
    comm = c.team("comm")
    newdoc = doc(c)
    baby = c.pick(["Léonie", "Arthur", "Mila", "Édouard", "Rose"])
    mom = staff(c)
    bd = c.date - datetime.timedelta(days=c.rng.randint(5, 30))
    award = staff(c, "", "")
    paras = [("p", f"Infolettre Santé mentale et dépendance — {G.MOIS[c.date.month - 1]} {c.date.year}"),
             ("p", f"Bienvenue à {newdoc.titled()}, psychiatre, qui se joint à la clinique des premiers épisodes psychotiques. "
                   f"{'Elle' if newdoc.female else 'Il'} s'intéresse particulièrement à la schizophrénie résistante et à la clozapine."),
             ("p", f"Félicitations à {mom.name}, infirmière à l'EMIC, et à sa famille pour la naissance de {baby}, "
                   f"né(e) le {bd.day} {G.MOIS[bd.month - 1]} {bd.year} (3,4 kg)!"),
             ("p", f"Prix Reconnaissance : {award.name} a reçu le prix de l'engagement pour son travail auprès des familles "
                   "de personnes vivant avec un trouble bipolaire."),
             ("p", f"Chiffre du mois : l'EMIC a réalisé {c.rng.randint(280, 460)} interventions ce trimestre, dont "
                   f"{c.rng.randint(30, 70)} % à domicile."),
             ("p", "Rappel : la Semaine de la santé mentale se tiendra du 5 au 11 mai. Kiosques à l'entrée principale de l'HSA."),
             ("lines", ["Direction des programmes santé mentale et dépendance", G.ORG_FR, G.ADDR_HOSP])]
    c.force = {"structure": c.pick(["html", "alt"])}
    return Mail("newsletter", "department newsletter", comm, [list_addr("Tout le personnel SMD", "personnel.smd")],
                c.pick(["Infolettre SMD", "L'Écho de Fleury - infolettre", "Nouvelles du programme santé mentale"]), paras)


def comite(c):
    secr = staff(c, "", "secrétaire du comité")
    kind = c.pick(["pharmacologie", "CMDP", "qualité", "éthique clinique"])
    d = c.in_days(c.rng.randint(5, 15))
    label = {"pharmacologie": "comité de pharmacologie", "CMDP": "comité exécutif du CMDP",
             "qualité": "comité de la qualité", "éthique clinique": "comité d'éthique clinique"}[kind]
    agenda = {
        "pharmacologie": ["Adoption du procès-verbal", "Protocole de surveillance de la clozapine (révision 2025)",
                          "Ajout au formulaire : aripiprazole lauroxil", "Rupture de fluphénazine décanoate - plan de contingence",
                          "Ordonnance collective lithémie"],
        "CMDP": ["Nominations : " + doc(c).titled() + " (psychiatrie)", "Rapport du comité d'évaluation de l'acte",
                 "Privilèges - psychiatrie légale", "Varia"],
        "qualité": ["Indicateurs EMIC T3", "Déclarations d'incidents/accidents (agrégées)", "Audit des mesures de contrôle (isolement)",
                    "Plan d'action Agrément"],
        "éthique clinique": ["Consultation : autorisation judiciaire de soins et autonomie", "Aide médicale à mourir et troubles mentaux - veille",
                             "Formation du comité"],
    }[kind]
    body = [("p", "Bonjour,"),
            ("p", f"Vous êtes convoqué(e) à la prochaine réunion du {label}, le {G.fmt_date(d, 'fr', True)} "
                  f"à {G.fmt_time(c.rng, 'fr')}, salle du conseil (2e étage, HSA) et sur Teams."),
            ("lines", ["Ordre du jour :"] + [f"{i + 1}. {x}" for i, x in enumerate(agenda)]),
            ("p", "Les documents seront déposés dans le dossier partagé 48 h avant la rencontre."), c.sig(secr)]
    if c.chance(0.35):
        c.attach("docx", f"Ordre_du_jour_comité_{kind.replace(' ', '_')}.docx",
                 A.make_docx(f"{label.capitalize()} — ordre du jour", [("p", f"Date : {d.isoformat()}")] + [("p", f"{i + 1}. {x}") for i, x in enumerate(agenda)]))
    return Mail("committee_notice", "committee meeting notice and agenda", secr, [list_addr(f"Comité {kind}", "comite." + G.strip_accents(kind.split()[0]).lower())],
                f"Convocation - {label}", body)


def congres(c):
    org = ("Comité scientifique AQPsy", "congres@" + G.EXT_DOMAINS["conf"])
    talks = [(doc(c).titled(), "Clozapine : démystifier la surveillance hématologique"),
             (doc(c).titled(), "Antipsychotiques injectables à action prolongée dès le premier épisode"),
             (staff(c).name + ", inf. M.Sc.", "Équipes mobiles de crise : 10 ans d'expérience en région"),
             (doc(c).titled(), "Trouble de la personnalité limite : la TCD en hôpital de jour"),
             (staff(c).name + ", TS", "Soutenir les familles lors d'une garde en établissement"),
             (doc(c).titled(), "Kétamine et esketamine dans la dépression résistante")]
    c.rng.shuffle(talks)
    rows = [[f"{8 + i}h{c.pick(['00', '30'])}", t, s] for i, (s, t) in enumerate(talks[:5])]
    body = [("p", "Chers membres,"),
            ("p", "Le programme préliminaire du 48e congrès annuel est maintenant disponible. Inscription hâtive jusqu'au 15 mars."),
            ("table", ["Heure", "Conférence", "Conférencier(ère)"], rows),
            ("p", "Crédits de formation : 6 heures (section 1). Lieu : Centre des congrès de Val-des-Outardes."),
            ("lines", ["Comité scientifique", "Association québécoise de psychiatrie (fictive)"])]
    if c.chance(0.5):
        c.attach("pdf", c.pick(["Programme_congrès_2025.pdf", "Programme préliminaire - 48e congrès.pdf"]), A.make_pdf("48e congrès annuel — programme", [("table", ["Heure", "Conférence", "Conférencier(ère)"], rows)], author="AQPsy"))
    c.force = {"structure": c.pick(["html", "alt", "plain"])}
    return Mail("conference_programme", "conference programme with speakers and topics", org, [list_addr("Psychiatres HSA", "psychiatres")],
                c.pick(["Programme préliminaire - 48e congrès", "Congrès 2025 : programme et inscription"]), body)


def affichage(c):
    rh = c.team("hr")
    poste = c.pick([("Infirmière clinicienne / infirmier clinicien — Équipe mobile d'intervention de crise", "EMIC"),
                    ("Travailleuse sociale / travailleur social — Hôpital de jour de psychiatrie", "HJ"),
                    ("Agente administrative / agent administratif classe 2 — Psychiatrie externe", "PE"),
                    ("Psychologue — Clinique des troubles de l'humeur", "CTH")])
    num = f"SMD-2025-{c.rng.randint(100, 999)}"
    body = [("p", f"Affichage interne n° {num}"), ("p", poste[0]),
            ("lines", ["Statut : temps complet permanent (35 h/semaine)", "Quart : jour, rotation de fin de semaine 1/4",
                       f"Port d'attache : {c.pick([G.CSM, G.HOSP, G.CLSC])}",
                       f"Échelle salariale : {c.rng.randint(28, 34)},{c.rng.randint(10, 99)} $ à {c.rng.randint(45, 58)},{c.rng.randint(10, 99)} $ l'heure"]),
            ("p", "Exigences : permis d'exercice valide; expérience en santé mentale un atout; connaissance de la Loi P-38.001 et "
                  "de l'intervention de crise; permis de conduire (EMIC)."),
            ("p", f"Période d'affichage : jusqu'au {G.fmt_date(c.in_days(10), 'fr')} 16 h. Postulez via le portail carrière."),
            c.sig(rh)]
    return Mail("job_posting", "internal job posting", rh, [list_addr("Tout le personnel", "tous")],
                f"Affichage {num} - {poste[1]}", body)


def facture(c):
    v = ("Médifourniture inc. - comptes clients", "facturation@" + G.EXT_DOMAINS["vendor"])
    num = f"F-{c.rng.randint(2024000, 2025999)}"
    rows = []
    items = [("Seringue 3 mL Luer-Lock, bte 100", 18.40), ("Aiguille 22G x 1 1/2 po, bte 100", 14.95),
             ("Aiguille 21G x 2 po (IM fessier), bte 100", 16.20), ("Tampons d'alcool, bte 200", 4.80),
             ("Contenant biorisque 5 L", 7.35), ("Gants nitrile M, bte 100", 9.10), ("Pansements ronds, bte 100", 3.75)]
    sub = 0
    for name, price in c.rng.sample(items, c.rng.randint(3, 6)):
        q = c.rng.randint(2, 20)
        lot = G.make_luhn_serial(c.rng, 10)
        rows.append([name, f"Lot {lot}", str(q), f"{price:.2f}", f"{q * price:.2f}"])
        sub += q * price
    tps, tvq = sub * 0.05, sub * 0.09975
    body = [("p", "Bonjour,"),
            ("p", f"Veuillez trouver ci-dessous la facture {num} pour la commande livrée à la clinique d'injection "
                  f"({G.CSM}, {G.ADDR_CSM})."),
            ("table", ["Article", "Lot", "Qté", "Prix unit.", "Total"], rows),
            ("lines", [f"Sous-total : {sub:.2f} $", f"TPS (n° {c.rng.randint(100000000, 999999999)} RT0001) : {tps:.2f} $",
                       f"TVQ (n° {c.rng.randint(1000000000, 1999999999)} TQ0001) : {tvq:.2f} $", f"Total : {sub + tps + tvq:.2f} $",
                       f"N° client : {c.rng.randint(10000, 99999)} — Bon de commande : BC-{c.rng.randint(400000, 499999)}",
                       "Modalités : net 30 jours"]),
            ("lines", ["Comptes clients", "Médifourniture inc.", "1200, rue de l'Industrie, Laval-sur-Outardes (Québec) H0H 0H0", "450-555-0177"])]
    if c.chance(0.6):
        c.attach("pdf", f"Facture_{num}.pdf", A.make_pdf(f"Facture {num}", [("table", ["Article", "Lot", "Qté", "Prix", "Total"], rows),
                                                                          ("kv", [("Total", f"{sub + tps + tvq:.2f} $")])], author="Médifourniture"))
    return Mail("invoice", "supplier invoice for injection supplies", v, [("Comptes payables", "comptes.payables@" + G.DOM)],
                f"Facture {num}", body)


def bon_commande(c):
    proc = c.team("proc")
    num = f"BC-{c.rng.randint(400000, 499999)}"
    rows = [["02-114-553", "Invega Sustenna 150 mg seringue préremplie", str(c.rng.randint(10, 40)), "unité"],
            ["02-114-561", "Abilify Maintena 400 mg trousse", str(c.rng.randint(10, 30)), "unité"],
            ["02-118-020", "Décanoate d'halopéridol 100 mg/mL, fiole 1 mL", str(c.rng.randint(5, 20)), "fiole"],
            ["02-118-044", "Décanoate de flupenthixol 20 mg/mL", str(c.rng.randint(5, 20)), "fiole"],
            ["05-220-118", "Réfrigérateur à médicaments - sonde de température", "1", "unité"]]
    c.rng.shuffle(rows)
    rows = rows[:c.rng.randint(3, 5)]
    body = [("p", "Bonjour,"),
            ("p", f"Voici le bon de commande {num} pour le réapprovisionnement mensuel de la clinique d'injection. "
                  "Livraison au quai de réception de l'HSA, porte 4, avant midi."),
            ("table", ["Code", "Description", "Qté", "Unité"], rows),
            ("p", f"Centre de coût : 7420. Approbation : {c.team('mgr').name}, chef de service."), c.sig(proc)]
    if c.chance(0.5):
        c.attach("xlsx", f"{num}.xlsx", A.make_xlsx([("Commande", ["Code", "Description", "Qté", "Unité"], rows)], author=proc.name))
    return Mail("purchase_order", "purchase order for injection clinic stock", proc, [("Pharmadistrib - commandes", "commandes@" + G.EXT_DOMAINS["vendor2"])],
                f"Bon de commande {num}", body)


def inventaire(c):
    ph = c.team("pharm")
    rows = []
    prods = ["Invega Sustenna 100 mg", "Invega Sustenna 150 mg", "Invega Trinza 525 mg", "Abilify Maintena 400 mg",
             "Aristada 882 mg", "Haldol LA 100 mg/mL", "Fluanxol Dépôt 20 mg/mL", "Modecate 25 mg/mL", "Risperdal Consta 37,5 mg"]
    for pr in c.rng.sample(prods, c.rng.randint(5, 8)):
        exp = datetime.date(2025 + c.rng.randint(0, 2), c.rng.randint(1, 12), 1)
        rows.append([pr, c.pick(["L", "K", "M"]) + str(c.rng.randint(10000, 99999)) + c.pick(["A", "B", "C"]), exp.strftime("%Y-%m"),
                     str(c.rng.randint(0, 24)), c.pick(["", "", "sous le seuil", "commande en cours"])])
    body = [("p", "Bonjour,"),
            ("p", "Inventaire mensuel des antipsychotiques injectables à action prolongée (réfrigérateur et armoire de la clinique d'injection)."),
            ("table", ["Produit", "Lot", "Exp.", "Qté", "Remarque"], rows),
            ("p", "Température du réfrigérateur conforme (2-8 °C) tout le mois. Aucun produit périmé."), c.sig(ph)]
    if c.chance(0.5):
        c.attach("xlsx", f"Inventaire_AP_injectables_{c.date.strftime('%Y-%m')}.xlsx",
                 A.make_xlsx([("Inventaire", ["Produit", "Lot", "Exp.", "Qté", "Remarque"], rows)], author=ph.name))
    return Mail("inventory", "monthly inventory of long-acting injectable stock", ph, [c.team("inf1"), c.team("mgr")],
                c.pick(["Inventaire AP injectables", "Inventaire mensuel - clinique d'injection"]), body)


def ti(c):
    it = ("Centre de services TI", "servicesti@" + G.DOM)
    kind = c.pick(["mfa", "panne", "hameçonnage", "poste"])
    if kind == "mfa":
        body = [("p", "Bonjour,"),
                ("p", "À compter du 3 février, l'authentification multifacteur sera obligatoire pour l'accès à distance au dossier "
                      "clinique informatisé et à la messagerie. Installez l'application Authenticator avant cette date."),
                ("p", "Guide : intranet > TI > Accès à distance. Soutien : poste 4357."),
                ("lines", ["Centre de services TI", G.ORG_FR, "819-555-0150"])]
        subj = "Authentification multifacteur obligatoire - 3 février"
    elif kind == "panne":
        body = [("p", "AVIS DE MAINTENANCE"),
                ("p", f"Le système de rendez-vous et le DCI seront indisponibles le {G.fmt_date(c.in_days(4), 'fr', True)} de 22 h à 2 h. "
                      "Les équipes de l'urgence et de l'EMIC utiliseront les formulaires papier (procédure de relève en mode dégradé)."),
                ("lines", ["Centre de services TI"])]
        subj = "Maintenance planifiée - DCI et prise de rendez-vous"
    elif kind == "hameçonnage":
        body = [("p", "Bonjour à tous,"),
                ("p", "Plusieurs employés ont reçu un courriel frauduleux intitulé « Résultats de votre dossier patient - action requise » "
                      "provenant d'une adresse externe. Ne cliquez pas sur le lien et ne saisissez pas vos identifiants."),
                ("p", "Si vous avez cliqué, changez votre mot de passe immédiatement et appelez le poste 4357."),
                ("lines", ["Sécurité de l'information", G.ORG_FR])]
        subj = "ALERTE - courriel d'hameçonnage en circulation"
    else:
        rows = []
        for _ in range(c.rng.randint(4, 7)):
            s = staff(c)
            rows.append([s.name, c.pick(["Portable Latitude 5440", "Poste fixe OptiPlex 7010", "Tablette iPad 10e gén."]),
                         G.make_luhn_serial(c.rng, 9), "AC-" + G.make_luhn_serial(c.rng, 10), c.pick(["EMIC", "HJ", "PE", "Guichet"])])
        body = [("p", "Bonjour,"),
                ("p", "Voici la liste des appareils à remplacer lors de la tournée du mardi. Merci de sauvegarder vos fichiers locaux."),
                ("table", ["Utilisateur", "Appareil", "N° de série", "Étiquette d'actif", "Équipe"], rows),
                ("lines", ["Centre de services TI"])]
        subj = "Remplacement des postes - santé mentale"
        if c.chance(0.5):
            c.attach("csv", "remplacement_postes.csv", A.make_csv(["Utilisateur", "Appareil", "Série", "Actif", "Équipe"], rows))
    return Mail("it_notice", "IT service desk notice", it, [list_addr("Personnel SMD", "personnel.smd")], subj, body)


def installations(c):
    fac = c.team("fac")
    kind = c.pick(["ascenseur", "stationnement", "travaux", "clés"])
    txt = {
        "ascenseur": "L'ascenseur B du pavillon Fleury sera hors service du 10 au 14 pour remplacement des câbles. "
                     "Les usagers à mobilité réduite de l'hôpital de jour seront accueillis au rez-de-chaussée, salle 1.08.",
        "stationnement": "Le stationnement P3 sera fermé lundi pour le déneigement. Les vignettes des employés de l'EMIC "
                         "restent valides au P1, section réservée aux véhicules d'intervention.",
        "travaux": "Des travaux de réfection de la salle d'attente de la clinique d'injection auront lieu les 2 prochaines fins de semaine. "
                   "Bruit possible le vendredi après 15 h.",
        "clés": "Les nouvelles cartes d'accès pour les portes sécurisées de l'unité 4B seront distribuées au bureau de la sécurité. "
                "Apportez votre carte d'employé.",
    }[kind]
    body = [("p", "Bonjour,"), ("p", txt), ("p", "Merci de votre compréhension."), c.sig(fac)]
    return Mail("facilities", "facilities notice", fac, [list_addr("Pavillon Fleury - occupants", "fleury")],
                c.pick(["Avis - installations matérielles", f"Avis : {kind}", "Information - pavillon Fleury"]), body)


def stats(c):
    q = c.team("qual")
    months = ["avril", "mai", "juin"] if c.chance(0.5) else ["octobre", "novembre", "décembre"]
    rows = []
    for m in months:
        n = c.rng.randint(110, 190)
        rows.append([m, str(n), str(c.rng.randint(40, 80)), str(c.rng.randint(8, 25)), str(c.rng.randint(3, 12)),
                     f"{c.rng.randint(55, 85)} %", f"{c.rng.randint(35, 70)} min"])
    hdr = ["Mois", "Interventions", "À domicile", "Gardes préventives", "Transports urgence", "Suivi < 72 h", "Délai médian"]
    body = [("p", "Bonjour,"),
            ("p", "Voici les indicateurs trimestriels de l'EMIC et de la psychiatrie externe. Les données sont agrégées; "
                  "aucune donnée nominative n'est incluse."),
            ("table", hdr, rows),
            ("p", f"Liste d'attente psychiatrie externe : {c.rng.randint(180, 420)} demandes (priorité B : délai moyen {c.rng.randint(28, 75)} jours). "
                  f"Hôpital de jour : taux d'occupation {c.rng.randint(78, 98)} %."),
            c.sig(q)]
    kind = c.pick(["csv", "xlsx", None])
    if kind == "csv":
        c.attach("csv", "indicateurs_EMIC_trimestre.csv", A.make_csv(hdr, rows))
    elif kind == "xlsx":
        c.attach("xlsx", c.pick(["Tableau_de_bord_SMD.xlsx", "Tableau de bord SMD - trimestre échu.xlsx"]), A.make_xlsx([("EMIC", hdr, rows)], author=q.name))
    return Mail("aggregate_stats", "quarterly aggregate indicators", q, [c.team("mgr"), c.team("coord")],
                c.pick(["Indicateurs trimestriels EMIC", "Tableau de bord SMD - T3", "Statistiques EMIC"]), body)


def cas_enseignement(c):
    res = c.team("res")
    age = c.rng.randint(19, 58)
    sx = c.pick([("Mme X", "elle", "e"), ("M. Y", "il", "")])
    body = [("p", "Bonjour à tous,"),
            ("p", "Pour le club de lecture de jeudi, voici la vignette clinique (dé-identifiée, détails modifiés) :"),
            ("p", f"{sx[0]}, {age} ans, sans antécédent psychiatrique, est amené{sx[2]} à l'urgence par les policiers après "
                  f"avoir tenu des propos désorganisés dans un commerce. {sx[1].capitalize()} rapporte des hallucinations auditives depuis "
                  "3 mois et une consommation quotidienne de cannabis à haute teneur en THC."),
            ("lines", ["Questions :", "1. Diagnostic différentiel : psychose induite vs premier épisode primaire?",
                       "2. Place des antipsychotiques injectables dès le premier épisode?",
                       "3. Critères de la garde préventive (art. 7 P-38.001)?"]),
            ("p", "Article : « Long-acting injectables in first-episode psychosis » (résumé joint)."),
            ("lines", [res.titled()])]
    if c.chance(0.4):
        c.attach("pdf", c.pick(["vignette_club_lecture.pdf", "Vignette dé-identifiée - club de lecture.pdf"]), A.make_pdf("Club de lecture - vignette", [("p", body[2][1])] + [("p", x) for x in body[3][1]]))
    return Mail("teaching_case", "de-identified teaching case for journal club", res, [list_addr("Résidents psychiatrie", "residents.psy")],
                "Club de lecture jeudi - vignette", body)


NEG_FR1 = [
    (hr_vacances, 4), (paie, 3), (horaire_garde, 4), (infolettre, 4), (comite, 4), (congres, 3), (affichage, 3),
    (facture, 5), (bon_commande, 3), (inventaire, 3), (ti, 5), (installations, 3), (stats, 5), (cas_enseignement, 3),
]
