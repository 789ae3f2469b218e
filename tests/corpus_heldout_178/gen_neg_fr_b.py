"""French hard negatives, part B: HR, payroll, occupational health, job
postings, committee notices, conference programmes, IT, facilities, research
protocols, staff announcements, on-call lists, patient education drafts."""
import datetime

import gen_common as C
import gen_docs as D
import gen_tpl as T


def hr_leave(r, c):
    emp = r.choice(["dube", "obrien", "arsenault", "cote", "lavoie", "kowalski"])
    kind = r.choice(["vacances", "maladie", "formation", "maternité"])
    d1 = T.future(r, c.when, 5, 40)
    d2 = d1 + datetime.timedelta(days=r.randint(3, 20))
    if kind == "maternité":
        txt = ("%s sera en congé de maternité à compter du %s. Le poste sera comblé par affichage interne (remplacement de 12 mois). "
               "Merci de lui souhaiter une belle fin de grossesse!" % (C.staff_name(emp), C.long_date_fr(d1)))
    elif kind == "maladie":
        txt = ("%s est en arrêt de travail jusqu'au %s (billet médical reçu aux RH). Nous cherchons un remplacement pour la clinique "
               "de perfusion les mardis et jeudis." % (C.staff_name(emp), C.long_date_fr(d2)))
    elif kind == "formation":
        txt = ("%s suivra la formation « Administration sécuritaire des agents biologiques » du %s au %s. "
               "Les heures sont payées au taux régulier." % (C.staff_name(emp), C.short_date_fr(d1), C.short_date_fr(d2)))
    else:
        txt = ("Votre demande de vacances du %s au %s est approuvée. Solde restant : %d jours. Le remplacement est assuré par "
               "l'équipe volante." % (C.short_date_fr(d1), C.short_date_fr(d2), r.randint(2, 18)))
    to = [T.who(emp)] if kind == "vacances" else [("Équipe CPB", "equipe.cpb@" + C.ORG_DOMAIN)]
    subj = {"maternité": "Départ en congé de maternité", "maladie": "Absence — remplacement recherché",
            "formation": "Formation approuvée", "vacances": "Demande de vacances approuvée"}[kind]
    return T.spec("hr", "staff leave and replacement notice", subj, T.who("bergeron"), to,
                  "%s\n\n%s\n\n%s" % (T.greet(r, "fr"), txt, C.signature(r, "bergeron")))


def payroll(r, c):
    emp = r.choice(["dube", "obrien", "arsenault", "cote", "lavoie", "kowalski", "charest"])
    per = r.randint(1, 26)
    mat = "%06d" % r.randint(100000, 999999)
    body = ("Bonjour %s,\n\nSuite à votre demande, une correction sera appliquée à la période de paie %d : %s h supplémentaires "
            "(temps et demi) et une prime de soir de %s h. Le montant apparaîtra sur le relevé du %s.\n\nMatricule : %s\n"
            "Pour toute question : Service de la paie, poste 3150.\n\nService de la paie\n%s"
            % (C.STAFF_BY_KEY[emp][1], per, r.choice(["7,5", "3,75", "11,25"]), r.choice(["8", "16"]),
               C.long_date_fr(T.future(r, c.when, 5, 14)), mat, C.ORG_FR))
    atts = []
    if r.random() < 0.4:
        rows = [[d.isoformat(), r.choice(["J", "S"]), "%.2f" % r.choice([7.25, 7.5, 11.25])] for d in
                [T.past(r, c.when, i, i) for i in range(1, 8, 2)]]
        atts.append({"kind": "csv", "data": D.csv_bytes(["Date", "Quart", "Heures"], rows, delimiter=";"),
                     "filename": "feuille_de_temps_P%02d.csv" % per})
    return T.spec("payroll", "payroll correction for an employee", "Correction de paie — période %d" % per,
                  ("Service de la paie", "paie@" + C.ORG_DOMAIN), [T.who(emp)], body, attachments=atts)


def occ_health(r, c):
    emp = r.choice(["dube", "obrien", "arsenault", "kowalski", "nguyen"])
    kind = r.choice(["tct", "vaccin", "piqure", "retour"])
    nm = C.staff_name(emp)
    if kind == "tct":
        txt = ("Le test cutané à la tuberculine de %s (dépistage annuel du personnel) est négatif (induration 0 mm). "
               "Prochain dépistage dans 12 mois." % nm)
    elif kind == "vaccin":
        txt = ("Campagne de vaccination antigrippale du personnel : %s a reçu sa dose le %s. Taux de vaccination de l'unité : %d %%."
               % (nm, C.short_date_fr(T.past(r, c.when, 1, 10)), r.randint(55, 88)))
    elif kind == "piqure":
        txt = ("Suivi de l'exposition professionnelle (piqûre d'aiguille) de %s survenue le %s : le protocole a été appliqué, "
               "les sérologies de base de l'employé(e) sont normales. Suivi à 6 semaines au bureau de santé." % (nm, C.short_date_fr(T.past(r, c.when, 3, 20))))
    else:
        txt = ("%s pourra reprendre le travail le %s en retour progressif (3 jours/semaine pendant 4 semaines), sans manipulation "
               "de charges > 10 kg, selon l'avis du médecin du travail." % (nm, C.long_date_fr(T.future(r, c.when, 3, 15))))
    return T.spec("occupational_health", "employee occupational health follow-up", r.choice(["Santé au travail — suivi",
                  "Bureau de santé du personnel", "Suivi SST"]), ("Santé et sécurité au travail", "sst@" + C.ORG_DOMAIN),
                  [T.who("bergeron"), T.who(emp)], "Bonjour,\n\n%s\n\nBureau de santé et sécurité au travail\n%s\nTél. : 450 555-0130"
                  % (txt, C.HOSP_FR))


def job_posting(r, c):
    job = r.choice([("Infirmière clinicienne ou infirmier clinicien — clinique de perfusion des biologiques", "poste permanent, temps complet, jour",
                     "accueil des usagers, administration des perfusions, surveillance des réactions, enseignement sur les injections"),
                    ("Agente ou agent administratif classe 2 — rhumatologie", "remplacement 12 mois, 4 jours/semaine",
                     "prise de rendez-vous, gestion des listes d'attente, numérisation, soutien aux demandes d'autorisation de médicaments"),
                    ("Pharmacien(ne) — oncologie et biologiques", "temps partiel, 0,6 ETC",
                     "validation des ordonnances de biologiques, gestion des programmes d'accès, comité de pharmacologie"),
                    ("Rhumatologue — clinique des vascularites", "recrutement PREM 2025",
                     "clinique externe, consultations à l'étage, garde partagée, enseignement aux résidents")])
    no = "%d-%04d" % (c.when.year % 100, r.randint(1000, 9999))
    body = ("AFFICHAGE %s\n\n%s\n%s\n\nResponsabilités : %s; "
            "collaboration avec l'équipe interdisciplinaire (rhumatologues, pharmaciens, travailleurs sociaux).\n"
            "Exigences : permis d'exercice valide; expérience en soins ambulatoires un atout.\n"
            "Échelle salariale : selon la convention collective en vigueur.\n\nPostuler avant le %s : recrutement@%s\n"
            "Renseignements : Mme Nathalie Bergeron, cheffe de service, 450 555-0110 poste 2101."
            % (no, job[0], job[1], job[2], C.long_date_fr(T.future(r, c.when, 10, 30)), C.ORG_DOMAIN))
    return T.spec("job_posting", "internal job posting", "Affichage %s — %s" % (no, job[0].split(" — ")[0]),
                  ("Recrutement", "recrutement@" + C.ORG_DOMAIN), [("Tout le personnel", "tous@" + C.ORG_DOMAIN)], body,
                  mode=r.choice(["plain", "alt", "html"]))


def committee(r, c):
    com = r.choice(["Comité de pharmacologie", "Comité qualité et sécurité — rhumatologie", "Comité des ordonnances collectives"])
    day = T.future(r, c.when, 5, 25)
    start = datetime.datetime.combine(day, datetime.time(r.choice([7, 12, 16]), r.choice([0, 30])))
    agenda = r.sample(["Transition vers les biosimilaires de l'adalimumab et de l'étanercept",
                       "Révision du protocole de rituximab dans les vascularites à ANCA",
                       "Ordonnance collective : dépistage pré-biologique (QuantiFERON, hépatites)",
                       "Indicateurs : délais de perfusion et réactions perfusionnelles (données agrégées)",
                       "Nouveau formulaire de demande au Programme d'accès spécial",
                       "Pénurie de méthylprednisolone : mesures temporaires"], 4)
    ev = {"uid": "com-%d@%s" % (r.randint(10000, 99999), C.ORG_DOMAIN), "start": start, "end": start + datetime.timedelta(hours=1),
          "summary": com, "location": r.choice(["Salle 3-114", "Teams", "Salle du conseil, 2e étage"]),
          "description": "Ordre du jour : " + "; ".join(agenda),
          "organizer": ("Véronique Charest", C.staff_addr("charest")),
          "attendees": [(C.staff_name(k, title=False), C.staff_addr(k)) for k in r.sample(C.PHYS, 3) + ["villeneuve"]]}
    body = ("Bonjour,\n\nVous êtes convoqué(e)s à la prochaine réunion du %s le %s.\n\nOrdre du jour :\n%s\n\n"
            "Présidence : Dr Karim Haddad. Secrétariat : Véronique Charest.\n\n%s"
            % (com, C.long_date_fr(day), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)), C.signature(r, "charest")))
    return T.spec("committee", "committee meeting notice with calendar invite", "Convocation — %s" % com, T.who("charest"),
                  [("Membres du comité", "comite.pharmaco@" + C.ORG_DOMAIN)], body,
                  attachments=[{"kind": "ics", "data": D.ics([ev]), "filename": "convocation.ics"}])


def conference(r, c):
    talks = r.sample([("Dre Isabelle Vézina", "Néphrite lupique : induction et entretien en 2025"),
                      ("Dr Karim Haddad", "Vascularites à ANCA : place de l'avacopan"),
                      ("Dre Anne-Marie Beaulieu", "Échographie des artères temporales dans l'ACG"),
                      ("Dr Olivier Desrosiers", "Biosimilaires : l'expérience d'une clinique de perfusion"),
                      ("Dre Priya Raman", "Goutte réfractaire et pegloticase"),
                      ("Dr Thomas Whitfield", "Spondylarthrite : quand passer aux inhibiteurs de JAK?"),
                      ("Mme Mélanie Dubé, inf.", "Réactions perfusionnelles : protocole infirmier")], 5)
    day = T.future(r, c.when, 20, 90)
    prog = "\n".join("%s  %s — %s" % (h, s, t) for h, (s, t) in zip(["8h30", "9h15", "10h30", "11h15", "13h30"], talks))
    text = ("Journée de rhumatologie des Trois-Rivages — %s\n\nProgramme :\n%s\n\nLieu : Centre des congrès de Sainte-Aurélie\n"
            "Inscription : 75 $ (gratuit pour les résidents). Crédits de formation : 6 h.\n\n%s"
            % (C.long_date_fr(day), prog, C.EXT["congress"][0]))
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "pdf", "data": D.pdf([("title", "Journée de rhumatologie — programme"), ("table", ["Heure", "Conférencier", "Sujet"],
                                                   [[h, s, t] for h, (s, t) in zip(["8h30", "9h15", "10h30", "11h15", "13h30"], talks)])],
                                                  "Programme", "ARQ"), "filename": r.choice(["programme_journee_rhumato.pdf", "Programme – Journée de rhumatologie.pdf"])})
    return T.spec("conference", "conference programme with speakers and topics", "Programme — Journée de rhumatologie",
                  ("Secrétariat du congrès", "inscription@" + C.EXT["congress"][1]), [("Membres", "membres@" + C.EXT["congress"][1])],
                  text, attachments=atts, mode=r.choice(["plain", "alt"]))


def it_notice(r, c):
    kind = r.choice(["dme", "mdp", "fax", "teams"])
    day = T.future(r, c.when, 2, 12)
    txt = {"dme": "Une mise à jour du dossier médical électronique aura lieu le %s de 22 h à 2 h. Utilisez les formulaires papier "
                  "de relève pendant l'interruption." % C.long_date_fr(day),
           "mdp": "Votre mot de passe expirera dans 5 jours. Rappel : le service TI ne vous demandera jamais votre mot de passe par courriel.",
           "fax": "Le nouveau serveur de télécopie vers courriel sera en fonction le %s pour la clinique de rhumatologie (télécopieur "
                  "450 555-0118). Les télécopies entrantes arriveront dans la boîte partagée." % C.long_date_fr(day),
           "teams": "Les postes de la clinique de perfusion seront migrés vers Windows 11 le %s. Prévoir 20 minutes par poste." % C.long_date_fr(day)}[kind]
    billet = "INC%07d" % r.randint(1000000, 9999999)
    body = "Bonjour,\n\n%s\n\nBillet de référence : %s\nCentre de services TI — poste 4444\n%s" % (txt, billet, C.ORG_FR)
    return T.spec("it", "IT service notice", r.choice(["[TI] Avis d'interruption", "[TI] Information importante", "Billet %s" % billet]),
                  ("Centre de services TI", "servicesti@" + C.ORG_DOMAIN), [("Rhumatologie", "tous.rhumato@" + C.ORG_DOMAIN)], body)


def facilities(r, c):
    txt = r.choice(["La climatisation de la salle de perfusion sera arrêtée le %s de 7 h à 10 h pour l'entretien. Les perfusions du "
                    "matin seront déplacées au local 2-080.",
                    "Le réfrigérateur B de la pharmacie satellite a déclenché une alarme de température le %s à 3 h 12 (8,9 °C pendant 14 min). "
                    "Le technicien a remplacé le thermostat; aucun produit n'a été perdu selon l'évaluation de la pharmacie.",
                    "Travaux de peinture dans le corridor de la rhumatologie à compter du %s. L'entrée des usagers se fera par la porte 3.",
                    "Le stationnement P2 sera fermé pour le déneigement le %s. Les employés sont invités à utiliser le P4."])
    return T.spec("facilities", "facilities and maintenance notice", r.choice(["Avis des installations matérielles", "Travaux — rhumatologie",
                  "Entretien planifié"]), ("Services techniques", "services.techniques@" + C.ORG_DOMAIN),
                  [("Rhumatologie", "tous.rhumato@" + C.ORG_DOMAIN)],
                  "Bonjour,\n\n%s\n\nMerci de votre compréhension.\nServices techniques — poste 2500" % (txt % C.long_date_fr(T.future(r, c.when, 2, 15))))


def research(r, c):
    proto = "RHU-%d-%03d" % (c.when.year, r.randint(1, 120))
    study = r.choice([("Étude observationnelle sur le passage aux biosimilaires de l'infliximab", "adultes avec PR, SpA ou RPso sous infliximab depuis ≥ 6 mois"),
                      ("Registre des vascularites à ANCA", "GPA ou PAM selon les critères ACR/EULAR 2022, ≥ 18 ans"),
                      ("Essai randomisé : sevrage des glucocorticoïdes dans l'ACG", "ACG confirmée, rémission depuis ≥ 3 mois"),
                      ("Étude pilote : téléconsultation pour le suivi du lupus", "LED selon EULAR/ACR 2019, SLEDAI ≤ 4")])
    body = ("Bonjour,\n\nLe protocole %s (« %s ») a reçu l'approbation du comité d'éthique de la recherche.\n\n"
            "Critères d'inclusion : %s.\nCritères d'exclusion : grossesse, infection active, participation à un autre essai.\n"
            "Recrutement visé : %d participants sur 18 mois.\nChercheuse principale : Dre Priya Raman.\n\n"
            "Merci de diriger les patients potentiellement admissibles vers la coordonnatrice de recherche (poste 2190). "
            "Aucune donnée nominative ne doit être transmise par courriel.\n\nUnité de recherche clinique"
            % (proto, study[0], study[1], r.randint(40, 300)))
    return T.spec("research", "research protocol approval without participant identities", "Protocole %s approuvé" % proto,
                  ("Unité de recherche clinique", "recherche.clinique@" + C.ORG_DOMAIN), [("Médecins rhumatologie", "md.rhumato@" + C.ORG_DOMAIN)],
                  body)


def announcement(r, c):
    kind = r.choice(["bebe", "anniversaire", "retraite"])
    if kind == "bebe":
        baby = r.choice(["Léa", "Thomas", "Florence", "Nathan", "Alice"])
        d = T.past(r, c.when, 2, 10)
        txt = ("Bonne nouvelle : notre collègue Josiane Côté a donné naissance à %s le %s à 4 h 12 (3,4 kg, 51 cm). "
               "La maman et le bébé se portent très bien! Une carte circule au poste des secrétaires."
               % (baby, C.fmt_date(d, r.choice(["fr_long", "dmy", "iso"]))))
        subj = "Bienvenue %s!" % baby
    elif kind == "anniversaire":
        d = datetime.date(r.randint(1968, 1992), c.when.month, r.randint(1, 28))
        txt = ("Ce vendredi on souligne l'anniversaire de Kevin O'Brien (né le %s — on ne dira pas l'âge!). Gâteau à 14 h dans la "
               "salle du personnel." % C.fmt_date(d, r.choice(["fr_long", "dmy"])))
        subj = "Gâteau vendredi 🎂" if r.random() < 0.5 else "Fête au poste"
    else:
        txt = ("Après 31 ans au service de rhumatologie, Mme Chantal Lavoie prendra sa retraite le %s. 5 à 7 au restaurant "
               "Le Riverain; confirmez votre présence à Véronique." % C.long_date_fr(T.future(r, c.when, 10, 40)))
        subj = "Départ à la retraite"
    return T.spec("announcement", "staff social announcement with a date", subj, T.who(r.choice(["charest", "bergeron"])),
                  [("Équipe rhumatologie", "tous.rhumato@" + C.ORG_DOMAIN)], "Bonjour tout le monde,\n\n%s\n\n%s" % (txt, r.choice(["À bientôt!", "Bonne journée!"])))


def on_call(r, c):
    month = C.MOIS[c.when.month % 12]
    phys = ["Dre Isabelle Vézina (lupus, néphrite lupique)", "Dr Karim Haddad (vascularites, ACG)",
            "Dre Anne-Marie Beaulieu (PR précoce, échographie)", "Dr Olivier Desrosiers (spondylarthrites)",
            "Dre Priya Raman (goutte, arthropathies microcristallines)", "Dr Thomas Whitfield (sclérodermie)"]
    rows = [["Sem. %d" % (i + 1), r.choice(phys).split(" (")[0], r.choice(["Dr Ian Stewart", "Dre Nadia Benkirane"])] for i in range(4)]
    body = ("Bonjour,\n\nVoici la liste de garde en rhumatologie pour %s.\n\n%s\n\nRappel des champs d'expertise pour les consultations "
            "ciblées :\n%s\n\nTéléavertisseur de garde : 450 555-0199.\n\n%s"
            % (month, T.text_table(["Semaine", "Rhumatologue", "Résident"], rows), "\n".join("- " + p for p in phys),
               C.signature(r, "cote")))
    return T.spec("on_call", "on-call roster of physicians with their areas of expertise", "Garde rhumatologie — %s" % month,
                  T.who("cote"), [("Standard", "standard@" + C.ORG_DOMAIN), ("Urgence", "urgence.md@" + C.ORG_DOMAIN)], body,
                  mode=r.choice(["plain", "alt"]))


def patient_education(r, c):
    topic = r.choice([("Votre traitement au méthotrexate", "Prenez le méthotrexate UNE fois par semaine, toujours le même jour. "
                       "Évitez l'alcool. Faites vos prises de sang aux 8 à 12 semaines. Avisez-nous en cas de fièvre, de toux ou d'ulcères buccaux."),
                      ("Votre perfusion d'agent biologique", "Prévoyez de 2 à 4 heures. Apportez une collation et la liste de vos médicaments. "
                       "Avisez l'infirmière si vous avez de la fièvre ou une infection avant la perfusion."),
                      ("Après votre infiltration", "Reposez l'articulation 24 à 48 heures. Une rougeur du visage ou une hausse de la glycémie "
                       "peuvent survenir. Consultez si l'articulation devient chaude et très douloureuse.")])
    blocks = [("title", topic[0]), ("p", topic[1]), ("small", "%s — %s — %s" % (C.SERVICE_FR, C.HOSP_FR, C.CLINIC_PHONES[1]))]
    nurse = r.choice(C.NURSES)
    body = ("%s\n\nVoici la version révisée du dépliant « %s » pour approbation par le comité de l'information aux usagers. "
            "Les modifications sont surlignées.\n\n%s" % (T.greet(r, "fr"), topic[0], C.signature(r, nurse)))
    kind = r.choice(["docx", "pdf"])
    data = D.docx(blocks, topic[0], C.staff_name(nurse, title=False)) if kind == "docx" else D.pdf(blocks, topic[0], C.staff_name(nurse, title=False))
    return T.spec("patient_education", "patient education leaflet draft, no patient data", "Dépliant à réviser : %s" % topic[0],
                  T.who(nurse), [T.who("bergeron")], body,
                  attachments=[{"kind": kind, "data": data, "filename": r.choice(["%s_v%d.%s" % (T.slug(topic[0]), r.randint(2, 5), kind),
                                                                                  "Dépliant – %s (révisé).%s" % (topic[0], kind)])}])


TEMPLATES = [hr_leave, payroll, occ_health, job_posting, committee, conference, it_notice, facilities, research, announcement,
             on_call, patient_education]
