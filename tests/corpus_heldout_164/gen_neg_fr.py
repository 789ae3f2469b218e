"""French-Canadian non-confidential messages (hard negatives), part 1."""
import datetime as _dt

from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard, make_zip
from gen_common import (Mail, Att, DOM, DOM_CRISE, DOM_VENDOR, CLINIC_FR, CRISIS_FR, ADDR_FR, day_text, hm,
                        fmt_date, luhn_serial, phone, MONTHS_FR)


def A(s):
    return (s.title("fr"), s.email)


def ALL(c):
    return [("Tout le personnel CESM", f"personnel@{DOM}")]


def group_schedule(c):
    m = Mail("horaire_groupes", "fr")
    rng = c.rng
    coord = c.staff("psychologue")
    groups = [("TCD — compétences", "lundi", "13 h 30 – 15 h 30"), ("TCC anxiété", "mardi", "9 h 30 – 11 h"),
              ("Psychoéducation bipolarité", "mercredi", "14 h – 15 h 30"), ("Entendeurs de voix", "jeudi", "10 h – 11 h 30"),
              ("Pleine conscience (MBCT)", "jeudi", "13 h 30 – 15 h"), ("Gestion de la colère", "vendredi", "9 h – 10 h 30")]
    rows = []
    for g, d, h in rng.sample(groups, rng.randint(4, 6)):
        f = c.staff(rng.choice(["psychologue", "ts", "ergo", "inf"]))
        rows.append([g, d, h, rng.choice(["Érable", "Bouleau", "Mélèze", "Tilleul"]), f.full])
    hdr = ["Groupe", "Jour", "Heure", "Salle", "Animation"]
    sess = rng.choice(["automne 2024", "hiver 2025"])
    if rng.random() < 0.5:
        m.attachments.append(Att(f"horaire_groupes_{sess.replace(' ', '_')}.xlsx",
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 make_xlsx([("Horaire", hdr, rows)], author=coord.full)))
        m.blocks = ["Bonjour à tous,", f"Voici l'horaire des groupes thérapeutiques pour la session {sess}.",
                    "Les références se font via le formulaire habituel; aucune inscription par courriel svp.",
                    ("sig", c.sig(coord))]
    else:
        m.blocks = ["Bonjour à tous,", f"Horaire des groupes — session {sess} :", ("table", hdr, rows),
                    "Rappel : les groupes TCD et TCC ont une liste d'attente; prévoir 6 à 8 semaines.", ("sig", c.sig(coord))]
    m.subject = f"Horaire des groupes — {sess}"
    m.sender = A(coord)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}")]
    m.note = "horaire des groupes thérapeutiques"
    return m


def oncall(c):
    m = Mail("garde_psychiatrie", "fr")
    rng = c.rng
    adj = c.staff("adjointe")
    start = c.later(3, 10)
    rows = []
    for k in range(7):
        d = start + _dt.timedelta(days=k)
        dr = c.staff("psychiatre")
        rows.append([day_text(d, "fr"), dr.title("fr"), phone(rng, "819"), rng.choice(["", "", "remplace Dr Nolin"])])
    m.blocks = ["Bonjour,", "Voici la liste de garde en psychiatrie pour la semaine prochaine (pagette via la centrale).",
                ("table", ["Date", "Psychiatre de garde", "Cellulaire de garde", "Note"], rows),
                "Équipe de crise : joindre l'intervenant de garde au 819-555-0150.", ("sig", c.sig(adj))]
    m.subject = rng.choice(["Liste de garde — psychiatrie", "Garde de la semaine", "Horaire de garde"])
    m.sender = A(adj)
    m.to = [("Urgence Saint-Ambroise", "urgence@hopital-saint-ambroise.example"), ("Équipe de crise", f"equipe@{DOM_CRISE}")]
    m.note = "horaire de garde des psychiatres"
    return m


def newsletter(c):
    m = Mail("infolettre", "fr")
    rng = c.rng
    com = c.staff("adjointe")
    new = c.staff("psychiatre")
    spec = rng.choice(["les troubles psychotiques émergents et le trouble bipolaire", "le TSPT et les troubles anxieux",
                       "les troubles de la personnalité et la TCD", "les dépendances et les troubles concomitants"])
    ret = c.staff(rng.choice(["inf", "ts", "psychologue"]))
    bdays = [c.staff(rng.choice(["ts", "inf", "adjointe", "psychologue"])) for _ in range(3)]
    month = MONTHS_FR[c.date.month - 1]
    m.blocks = [f"L'Écho du Vallon — {month} {c.date.year}",
                f"Bienvenue! {new.title('fr')} se joint à l'équipe de psychiatrie adulte. "
                f"{'Elle' if new.sex == 'F' else 'Il'} s'intéresse particulièrement à {spec}.",
                f"Départ à la retraite : après 27 ans, {'Mme' if ret.sex == 'F' else 'M.'} {ret.full} "
                f"({ret.role_text('fr').lower()}) nous quitte. Un 5 à 7 aura lieu le {day_text(c.later(5, 20), 'fr')}.",
                "Anniversaires du mois : " + ", ".join(f"{b.full} ({rng.randint(1, 28)} {month})" for b in bdays) + ".",
                f"Statistique du mois : l'équipe de crise a réalisé {rng.randint(140, 260)} interventions, dont "
                f"{rng.randint(30, 70)} à domicile.",
                "Semaine de la santé mentale : kiosque dans le hall le mercredi midi.",
                ("sig", f"Comité des communications — {CLINIC_FR}\n{ADDR_FR}")]
    m.force["structure"] = rng.choice(["html", "alt"])
    m.subject = f"L'Écho du Vallon — {month} {c.date.year}"
    m.sender = ("Communications CESM", f"communications@{DOM}")
    m.to = ALL(c)
    m.note = "infolettre interne"
    return m


def conference(c):
    m = Mail("colloque", "fr")
    rng = c.rng
    org = c.staff("chef")
    talks = [("La clozapine dans la schizophrénie résistante : mythes et réalités", "psychiatre"),
             ("Le suivi post-tentative de suicide : données probantes", "psychologue"),
             ("TSPT chez les premiers répondants", "psychologue"),
             ("Trouble de la personnalité limite : la TCD en première ligne", "psychiatre"),
             ("Intervention de crise auprès des jeunes et DPJ : arrimages", "ts"),
             ("Lithium : surveillance et interactions", "pharm")]
    prog = []
    h = 8
    for title, role in rng.sample(talks, 4):
        s = c.staff(role)
        prog.append([f"{h} h 30", title, s.title("fr") + ", " + s.role_text("fr").lower()])
        h += 1
    day = c.later(20, 60)
    blocks = [f"Journée scientifique régionale en santé mentale — {fmt_date(day, 'fr', 'long')}",
              ("table", ["Heure", "Conférence", "Conférencier(ère)"], prog),
              "Lieu : Auditorium de l'Hôpital Saint-Ambroise. Accréditation : 5,5 h de formation continue."]
    if rng.random() < 0.5:
        m.attachments.append(Att("programme_journee_scientifique.pdf", "application/pdf",
                                 make_pdf("Programme — Journée scientifique", blocks, author=org.full)))
        m.blocks = ["Bonjour,", "Le programme de la journée scientifique est joint. Inscription avant le "
                    + fmt_date(day - _dt.timedelta(days=10), "fr", "long") + ".", ("sig", c.sig(org))]
    else:
        m.blocks = ["Bonjour,"] + blocks + [("sig", c.sig(org))]
    m.subject = "Programme — Journée scientifique en santé mentale"
    m.sender = A(org)
    m.to = ALL(c)
    m.note = "programme de colloque"
    return m


def stats(c):
    m = Mail("statistiques", "fr")
    rng = c.rng
    chef = c.staff("chef")
    months = [MONTHS_FR[(c.date.month - 2 - k) % 12] for k in range(3)][::-1]
    rows = [[mo, rng.randint(380, 620), rng.randint(120, 240), rng.randint(20, 60), rng.randint(4, 15),
             f"{rng.randint(58, 91)} %"] for mo in months]
    hdr = ["Mois", "Appels ligne de crise", "Interventions à domicile", "Suivis post-tentative", "Demandes P-38",
           "Suivis 72 h réalisés"]
    if rng.random() < 0.5:
        m.attachments.append(Att("indicateurs_trimestre.csv", "text/csv", make_csv(hdr, rows, delimiter=";"), text=True))
        m.blocks = ["Bonjour,", "Indicateurs du trimestre en pièce jointe (données agrégées, aucune donnée nominative).",
                    f"Délai moyen d'accès en psychiatrie : {rng.randint(38, 95)} jours; {rng.randint(300, 520)} "
                    "personnes en attente.", ("sig", c.sig(chef))]
    else:
        m.blocks = ["Bonjour,", "Voici les indicateurs du trimestre :", ("table", hdr, rows),
                    "Hausse des appels liés à la consommation chez les 18-25 ans.", ("sig", c.sig(chef))]
    m.subject = "Indicateurs trimestriels — équipe de crise et CESM"
    m.sender = A(chef)
    m.to = [("Comité de direction", f"direction@{DOM}")]
    m.note = "statistiques agrégées"
    return m


def teaching_case(c):
    m = Mail("cas_enseignement", "fr")
    rng = c.rng
    dr = c.staff("psychiatre")
    age = rng.randint(24, 61)
    case = rng.choice([
        f"Femme de {age} ans, enseignante, sans antécédent psychiatrique, consulte pour insomnie et anhédonie depuis 4 mois. "
        "Aucune réponse à l'escitalopram 20 mg après 8 semaines. Quelles sont les options?",
        f"Homme de {age} ans connu pour une schizophrénie, sous clozapine 400 mg, présentant une neutropénie légère (NAN 1,6). "
        "Conduite à tenir?",
        f"Patient X, {age} ans, trouble bipolaire de type I, lithémie à 1,4 mmol/L après ajout d'un AINS. Discussion.",
    ])
    m.blocks = ["Bonjour aux résident(e)s,", "Pour le club de lecture de jeudi, voici la vignette clinique (fictive / "
                "dépersonnalisée) :", case, "Lecture suggérée : lignes directrices CANMAT 2023, section 4.",
                ("sig", c.sig(dr))]
    m.subject = rng.choice(["Vignette clinique — club de lecture", "Cas pour jeudi (dépersonnalisé)"])
    m.sender = A(dr)
    m.to = [("Résidents psychiatrie", f"residents@{DOM}")]
    m.note = "vignette clinique dépersonnalisée"
    return m


def blank_form(c):
    m = Mail("formulaire_vierge", "fr")
    rng = c.rng
    adj = c.staff("adjointe")
    blocks = [("h", "Identification de l'usager"),
              ("kv", [("Nom", "______________________"), ("Prénom", "__________________"),
                      ("NAM", "____ ____ ____"), ("Date de naissance (AAAA-MM-JJ)", "____-__-__"),
                      ("Téléphone", "(___) ___-____")]),
              ("h", "Motif de la référence"), "☐ Évaluation diagnostique   ☐ Ajustement pharmacologique   ☐ Psychothérapie",
              ("h", "Diagnostic(s) connu(s)"), "_______________________________________________",
              ("h", "Médication actuelle"), "_______________________________________________",
              ("kv", [("Priorité", "☐ P1 (7 j)  ☐ P2 (30 j)  ☐ P3 (90 j)"), ("Signature du référent", "____________")])]
    if rng.random() < 0.5:
        att = Att("Formulaire_reference_CESM_v2024-3.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx("Formulaire de référence — CESM du Vallon", blocks, author=adj.full))
    else:
        att = Att("Formulaire_reference_CESM.pdf", "application/pdf",
                  make_pdf("Formulaire de référence — CESM du Vallon", blocks, author=adj.full))
    m.attachments.append(att)
    m.blocks = ["Bonjour,", "Nouvelle version du formulaire de référence (vierge). Merci de détruire les anciennes copies.",
                ("sig", c.sig(adj))]
    m.subject = "Formulaire de référence — nouvelle version"
    m.sender = A(adj)
    m.to = [("GMF des Érables", "secretariat@gmf-des-erables.example")]
    m.note = "formulaire vierge"
    return m


def mailmerge(c):
    m = Mail("gabarit_publipostage", "fr")
    rng = c.rng
    adj = c.staff("adjointe")
    tpl = ["Bonjour «Prénom» «Nom»,",
           "Nous vous rappelons votre rendez-vous du «Date_RV» à «Heure_RV» avec «Intervenant» "
           f"au {CLINIC_FR}, {ADDR_FR}.",
           "En cas d'empêchement, veuillez nous aviser au moins 24 heures à l'avance au 819-555-0141.",
           "Votre carte d'assurance maladie (NAM : «NAM») est requise à chaque visite."]
    m.blocks = ["Bonjour,", "Voici le gabarit de lettre de rappel à charger dans le publipostage (champs entre « »). "
                "Merci de valider le texte avant lundi.", ("pre", "\n\n".join(tpl)), ("sig", c.sig(adj))]
    m.subject = "Gabarit — lettre de rappel de RV"
    m.sender = A(adj)
    m.to = [A(c.staff("chef"))]
    m.note = "gabarit de publipostage"
    return m


def invoice(c):
    m = Mail("facture", "fr")
    rng = c.rng
    dom = rng.choice(DOM_VENDOR)
    no = f"F-{c.date.year}-{rng.randint(10000, 99999)}"
    bn = luhn_serial(rng, 9)
    items = rng.sample([("Trousse de naloxone nasale (2 doses)", 38.50), ("Chaise empilable salle de groupe", 129.00),
                        ("Cahier d'exercices TCD (paquet de 10)", 84.00), ("Balle antistress (boîte de 50)", 42.75),
                        ("Classeur verrouillable 4 tiroirs", 489.00), ("Coussin de méditation", 34.90)], 3)
    rows = [[d, q, f"{p:.2f} $", f"{q * p:.2f} $"] for (d, p), q in zip(items, [rng.randint(2, 20) for _ in items])]
    blocks = [("kv", [("Facture no", no), ("Client no", str(rng.randint(100000, 999999))),
                      ("Date", fmt_date(c.date.date(), "fr", "iso")), ("No TPS", f"{bn} RT0001"),
                      ("No TVQ", f"{rng.randint(1000000000, 1999999999)} TQ0001"),
                      ("Livrer à", f"{CLINIC_FR}, {ADDR_FR}")]),
              ("table", ["Description", "Qté", "Prix unitaire", "Montant"], rows), "Paiement net 30 jours."]
    m.attachments.append(Att(f"{no}.pdf", "application/pdf", make_pdf("FACTURE", blocks)))
    m.blocks = ["Bonjour,", f"Veuillez trouver ci-jointe la facture {no}.", "Merci de votre confiance!",
                ("sig", f"Service à la clientèle\n{dom.split('.')[0].replace('-', ' ').title()}\n450-555-01{rng.randint(60, 99)}")]
    m.subject = f"Facture {no}"
    m.sender = ("Comptes clients", f"facturation@{dom}")
    m.to = [("Comptes fournisseurs", f"comptes.fournisseurs@{DOM}")]
    m.note = "facture de fournisseur"
    return m


def purchase_order(c):
    m = Mail("bon_commande", "fr")
    rng = c.rng
    chef = c.staff("chef")
    po = f"BC-{rng.randint(240000, 249999)}"
    rows = []
    for d in rng.sample(["Bouton d'alarme sans fil (salle d'entrevue)", "Portable 14 po — équipe mobile",
                         "Téléphone cellulaire — garde crise", "Tablette — questionnaires en salle d'attente"], 3):
        s = luhn_serial(rng, 9)
        rows.append([d, f"{s[:3]} {s[3:6]} {s[6:]}", rng.choice(["neuf", "remplacement"])])
    m.blocks = ["Bonjour,", f"Bon de commande {po} approuvé. Numéros de série à inscrire au registre des actifs :",
                ("table", ["Article", "No de série", "Type"], rows),
                f"Centre de coûts 7421-{rng.randint(100, 999)} (équipe de crise).", ("sig", c.sig(chef))]
    m.subject = f"Bon de commande {po} — équipements"
    m.sender = A(chef)
    m.to = [("Approvisionnement", f"approvisionnement@{DOM}")]
    m.note = "bon de commande avec numéros de série"
    return m


def naloxone_inventory(c):
    m = Mail("inventaire", "fr")
    rng = c.rng
    inf = c.staff("inf", dom=DOM_CRISE)
    rows = []
    for loc in ["Véhicule 1", "Véhicule 2", "Poste crise", "Accueil CESM", "Salle de groupe"]:
        rows.append([loc, f"NX{rng.randint(21, 25)}{rng.choice('ABCD')}{rng.randint(100, 999)}",
                     f"{c.date.year + rng.randint(1, 2)}-{rng.randint(1, 12):02d}", rng.randint(0, 8),
                     luhn_serial(rng, 10)])
    x = make_xlsx([("Naloxone", ["Emplacement", "Lot", "Expiration", "Qté", "No d'actif"], rows)], author=inf.full)
    m.attachments.append(Att("inventaire_naloxone.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    m.blocks = ["Bonjour,", "Inventaire mensuel des trousses de naloxone et des défibrillateurs joint.",
                "Véhicule 2 à réapprovisionner.", ("sig", c.sig(inf, crisis=True))]
    m.subject = "Inventaire mensuel — naloxone"
    m.sender = A(inf)
    m.to = [("Équipe de crise", f"equipe@{DOM_CRISE}")]
    m.note = "inventaire de trousses de naloxone"
    return m


def leave(c):
    m = Mail("conges", "fr")
    rng = c.rng
    chef = c.staff("chef")
    rows = []
    for k in range(rng.randint(4, 7)):
        s = c.staff(rng.choice(["psychologue", "ts", "inf", "psychiatre", "crise"]))
        d = _dt.date(c.date.year if c.date.month >= 9 else c.date.year - 1, 12, rng.randint(16, 27))
        rows.append([s.full, s.role_text("fr"), fmt_date(d, "fr", "iso"), fmt_date(d + _dt.timedelta(days=rng.randint(3, 14)), "fr", "iso"),
                     rng.choice(["approuvé", "approuvé", "en attente"])])
    m.blocks = ["Bonjour à tous,", "Voici l'état des demandes de vacances pour la période des Fêtes :",
                ("table", ["Employé(e)", "Titre d'emploi", "Début", "Fin", "Statut"], rows),
                "Rappel : un minimum de deux intervenants de crise doit être en poste chaque soir.", ("sig", c.sig(chef))]
    m.subject = "Vacances des Fêtes — état des demandes"
    m.sender = A(chef)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}")]
    m.note = "demandes de vacances du personnel"
    return m


def payroll(c):
    m = Mail("paie", "fr")
    rng = c.rng
    rh = c.staff("rh", dom="rh-vallon.example")
    emp = c.staff(rng.choice(["inf", "crise", "ts"]))
    m.blocks = [f"Bonjour {emp.given},",
                f"Suite à votre demande, la prime de soir (période {rng.randint(1, 26)}) n'avait pas été appliquée pour "
                f"{rng.randint(2, 6)} quarts. La correction de {rng.randint(80, 400)},{rng.randint(10, 99)} $ paraîtra sur la "
                "paie du " + fmt_date(c.later(5, 14), "fr", "long") + ".",
                f"Numéro d'employé : {rng.randint(100000, 999999)}. Pour toute question, contactez le Service de la paie au 819-555-0177.",
                ("sig", c.sig(rh))]
    m.subject = "Correction de paie — prime de soir"
    m.sender = A(rh)
    m.to = [A(emp)]
    m.note = "correction de paie d'un employé"
    return m


def occupational_health(c):
    m = Mail("sante_travail", "fr")
    rng = c.rng
    sst = c.staff("inf", dom="rh-vallon.example")
    d = c.later(3, 15)
    m.blocks = ["Bonjour à tous,",
                f"La clinique de vaccination antigrippale pour le personnel aura lieu le {day_text(d, 'fr')} de 8 h à 16 h, "
                "salle Bouleau. Apportez votre carte d'employé.",
                "Les employé(e)s ayant reçu un diagnostic d'allergie aux œufs peuvent être vaccinés sans précaution "
                "particulière (avis CIQ).",
                "Rappel SST : tout incident d'agression en intervention doit être déclaré (formulaire AT-12) dans les 24 h.",
                ("sig", c.sig(sst))]
    m.subject = rng.choice(["Vaccination antigrippale du personnel", "Santé et sécurité — vaccination"])
    m.sender = A(sst)
    m.to = ALL(c)
    m.note = "santé au travail du personnel"
    return m


def job_posting(c):
    m = Mail("affichage_poste", "fr")
    rng = c.rng
    rh = c.staff("rh", dom="rh-vallon.example")
    title = rng.choice(["Travailleuse sociale / travailleur social — équipe de crise (nuit)",
                        "Psychologue — clinique externe adulte", "Infirmière clinicienne / infirmier clinicien — suivi intensif",
                        "Agente administrative / agent administratif — accueil"])
    m.blocks = [f"AFFICHAGE INTERNE no {rng.randint(2024100, 2024999)}", f"Titre : {title}",
                "Statut : temps complet permanent, 35 h/semaine.",
                "Exigences : membre en règle de l'ordre professionnel; expérience auprès de personnes présentant des "
                "troubles mentaux graves (schizophrénie, trouble bipolaire) et en intervention de crise, un atout.",
                f"Échelle salariale : {rng.randint(28, 36)},{rng.randint(10, 99)} $ à {rng.randint(45, 58)},{rng.randint(10, 99)} $ / h.",
                "Date limite : " + fmt_date(c.later(10, 20), "fr", "long") + ". Postuler via le portail RH.",
                ("sig", c.sig(rh))]
    m.subject = f"Affichage — {title}"
    m.sender = ("Ressources humaines", f"affichage@rh-vallon.example")
    m.to = ALL(c)
    m.note = "affichage de poste"
    return m


def candidate(c):
    m = Mail("candidature", "fr")
    rng = c.rng
    rh = c.staff("rh", dom="rh-vallon.example")
    chef = c.staff("chef")
    cands = [c.staff(rng.choice(["psychologue", "ts"])) for _ in range(3)]
    rows = [[x.full, x.role_text("fr"), day_text(c.later(3, 10), "fr"), hm(rng.choice([9, 10, 13, 14]), 0, "fr")] for x in cands]
    m.blocks = [f"Bonjour {chef.given},", "Voici l'horaire des entrevues pour le poste affiché. Les CV sont dans le dossier partagé RH.",
                ("table", ["Candidat(e)", "Profession", "Date", "Heure"], rows),
                f"{cands[0].full} a demandé une entrevue par Teams.", ("sig", c.sig(rh))]
    m.subject = "Entrevues — poste clinique"
    m.sender = A(rh)
    m.to = [A(chef)]
    m.note = "horaire d'entrevues de candidats"
    return m


FR_NEG_A = [group_schedule, oncall, newsletter, conference, stats, teaching_case, blank_form, mailmerge, invoice,
            purchase_order, naloxone_inventory, leave, payroll, occupational_health, job_posting, candidate]
