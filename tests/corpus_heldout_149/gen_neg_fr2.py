"""French hard negatives, part 2: inventory, IT, facilities, statistics, teaching, blank forms, staff news."""
import datetime as dt

import gen_docs as D
from gen_common import (CLINIC_FAX, CLINIC_FR, CLINIC_TEL, DOM, HOSP_ADDR, HOSP_FR, STAFF, fr_date, fullwidth,
                        gen_nir, luhn_serial, workday_after)
from gen_text import bye, earlier, forward_block, hello, reply, reply_headers, sign, who, who_plain

S = STAFF


def fr_inventory(m, P):
    r = m.rng
    tech = S["sabri"]
    m.sender = who_plain(tech)
    m.to = [who_plain(S["lamarre"]), who_plain(S["seguin"])]
    items = [("Thyrogen 0,9 mg", "fiole"), ("Capsules I-131 15 mCi (commande hebdo)", "capsule"), ("Aiguilles 25G cytoponction", "boîte de 50"),
             ("Lames cytologie", "boîte de 72"), ("Cosyntropine (Synacthen) 250 mcg", "fiole"), ("Gel échographie 250 mL", "bouteille")]
    rows = [["Article", "Format", "En stock", "Seuil", "Lot", "Expiration"]]
    for a, f in items:
        rows.append([a, f, r.randint(0, 40), r.randint(5, 15), luhn_serial(r, r.choice([8, 9, 10])),
                     f"{r.randint(2025, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"])
    kind = r.choice(["csv", "xlsx", "inline"])
    if kind == "csv":
        m.attach("csv", f"inventaire_{m.today:%Y%m%d}.csv", D.csv_bytes(rows, delimiter=";"), "text/csv", charset="utf-8")
        body = "Inventaire en pièce jointe (format CSV)."
    elif kind == "xlsx":
        m.attach("xlsx", "Inventaire_medecine_nucleaire.xlsx", D.xlsx(m.when, [("Inventaire", rows)]),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        body = "Inventaire en pièce jointe."
    else:
        body = "\n".join(" | ".join(str(c) for c in row) for row in rows)
    m.subject = r.choice(["Inventaire hebdomadaire", "Inventaire - articles sous le seuil", "Commande à placer (inventaire)"])
    m.text = f"""{hello(r, 'fr')}

{body}

À commander en priorité : {r.choice(['Thyrogen', 'aiguilles 25G', 'lames'])}. {r.choice(['Le fournisseur annonce un délai de 3 semaines.', 'Merci!', 'Le frigo 2 a été vérifié (4,1 °C).'])}

{sign(r, tech, 'fr', short=True)}"""
    m.category, m.note = "inventory", "supply inventory with lot numbers"


def fr_it(m, P):
    r = m.rng
    it = S["jolicoeur"]
    m.sender = ("Soutien informatique HRVB", f"soutien.ti@{DOM}")
    m.to = [("Tout le personnel - pavillon B", f"tous.pavillonB@{DOM}")]
    kind = r.choice(["panne", "mdp", "phishing", "fax"])
    d = workday_after(m.today, r.randint(1, 7))
    if kind == "panne":
        m.subject = "Interruption planifiée du DCI (dossier clinique informatisé)"
        body = f"""Une interruption du DCI est prévue le {fr_date(d, True)} de 22 h à 2 h pour la mise à niveau 8.4.
Pendant la panne, utilisez les formulaires papier de contingence (armoire rouge de chaque clinique). Les résultats de laboratoire seront imprimés à l'unité.
Billet de changement : CHG{r.randint(1000000, 9999999)}."""
    elif kind == "mdp":
        m.subject = "Votre mot de passe expire dans 5 jours"
        body = f"""Le mot de passe de votre compte réseau expire bientôt. Changez-le à partir d'un poste de l'hôpital (Ctrl+Alt+Suppr > Modifier le mot de passe).
Rappel : 14 caractères minimum. Le soutien ne vous demandera jamais votre mot de passe par courriel.
Poste d'aide : 4357 (HELP)."""
    elif kind == "phishing":
        m.subject = "ALERTE : tentative d'hameçonnage en cours"
        body = f"""Plusieurs employés ont reçu un courriel frauduleux intitulé « Mise à jour de votre dossier de paie » provenant de paie-hrvb@securemail-update.example.
Ne cliquez pas sur le lien. Si vous avez entré vos identifiants, appelez immédiatement le poste 4357.
Numéro d'incident : INC{r.randint(1000000, 9999999)}."""
    else:
        m.subject = "Nouveau serveur de télécopie - cliniques externes"
        body = f"""À compter du {fr_date(d)}, les télécopies entrantes de la clinique d'endocrinologie ({CLINIC_FAX}) arriveront dans la boîte partagée « Endo-Fax ».
Les imprimantes-télécopieurs du 2e étage seront retirées. Formation de 15 minutes offerte le {fr_date(d - dt.timedelta(days=1))} à 12 h 15, salle B-204."""
    m.text = f"""{hello(r, 'fr')}

{body}

{it.full}, {it.role_fr}
Direction des ressources informationnelles"""
    m.category, m.note = "it_notice", "IT service notice"


def fr_facilities(m, P):
    r = m.rng
    fac = S["ostiguy"]
    m.sender = who_plain(fac)
    m.to = [("Occupants - pavillon B", f"occupants.pavillonB@{DOM}")]
    d = workday_after(m.today, r.randint(2, 20))
    m.subject = r.choice(["Travaux - aile B, 1er étage", "Ascenseur no 3 hors service", "Coupure d'eau chaude planifiée", "Inspection du blindage - chambre 1-118"])
    m.text = f"""{hello(r, 'fr')}

{r.choice([f'Des travaux de réfection du plancher auront lieu devant la clinique d’endocrinologie du {fr_date(d)} au {fr_date(d + dt.timedelta(days=4))}. Les patients seront dirigés par l’entrée B2.',
           f'L’ascenseur no 3 sera hors service le {fr_date(d)} pour l’inspection annuelle de la RBQ. Prévoyez plus de temps pour les transports en civière.',
           f'L’eau chaude sera coupée le {fr_date(d)} entre 6 h et 10 h dans l’aile B (remplacement d’une valve).',
           f'La firme Blindex procédera à l’inspection du blindage de la chambre plombée 1-118 le {fr_date(d)}. Aucun traitement à l’iode 131 ne sera planifié ce jour-là.'])}

Merci de votre compréhension.
{fac.full}, {fac.role_fr}
Services techniques — poste 2600"""
    m.category, m.note = "facilities_notice", "building works notice"


def fr_stats(m, P):
    r = m.rng
    mgr = S["dagenais"]
    m.sender = who_plain(mgr)
    m.to = [("Comité de direction - médecine", f"codir.medecine@{DOM}")]
    q = r.choice(["T1", "T2", "T3", "T4"])
    beth = [r.randint(5, 15), r.randint(80, 160), r.randint(10, 30), r.randint(8, 20), r.randint(3, 9), r.randint(4, 12)]
    rows = [["Indicateur", q, "Cible"], ["Cytoponctions thyroïdiennes", sum(beth), "—"],
            ["Bethesda I / II / III / IV / V / VI", " / ".join(map(str, beth)), "—"],
            ["Traitements à l'iode 131", r.randint(40, 90), "—"], ["Densitométries", r.randint(900, 1500), "1200"],
            ["Délai moyen 1re visite (jours)", r.randint(35, 120), "< 60"], ["Taux d'absence", f"{r.randint(4, 11)} %", "< 8 %"],
            ["Patients sous dénosumab suivis", r.randint(400, 900), "—"]]
    m.subject = r.choice([f"Tableau de bord endocrinologie {q}", f"Statistiques trimestrielles {q}", "Indicateurs de performance - cliniques endo"])
    text_tbl = "\n".join(" | ".join(str(c) for c in row) for row in rows)
    m.text = f"""{hello(r, 'fr')}

Voici les indicateurs du trimestre {q} pour la clinique d'endocrinologie et le programme ostéoporose :

{text_tbl}

Les données sont agrégées et ne permettent pas d'identifier de patients. {r.choice(['Hausse marquée des Bethesda III, à discuter au comité.', 'Le délai de première visite s’améliore.', 'Le taux d’absence reste élevé le lundi.'])}

{sign(r, mgr, 'fr')}"""
    if r.random() < 0.5:
        m.attach("xlsx", f"tableau_de_bord_{q}.xlsx", D.xlsx(m.when, [(q, rows)]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    m.prefer["structure"] = r.choice(["alt", "html", "plain"])
    m.category, m.note = "aggregate_statistics", "quarterly aggregate activity figures"


def fr_teaching_case(m, P):
    r = m.rng
    md = S[r.choice(["vachon", "benali", "raman"])]
    m.sender = who(md, "fr")
    m.to = [("Résidents - endocrinologie", f"residents.endo@{DOM}")]
    case = r.choice([
        ("Une femme de 47 ans consulte pour palpitations et perte de poids de 6 kg. TSH < 0,01, T4L 48 pmol/L, TRAb positifs. Exophtalmie légère.",
         "Quelles sont les options thérapeutiques et comment choisir entre antithyroïdiens, iode radioactif et chirurgie?"),
        ("Un homme de 62 ans a un incidentalome surrénalien droit de 3,1 cm (9 UH) découvert sur une TDM pour colique néphrétique. Cortisol post-dexaméthasone 1 mg : 88 nmol/L.",
         "Quel bilan complémentaire? Quand proposer la chirurgie?"),
        ("Une femme de 71 ans, fracture de poignet il y a 2 ans, T-score -2,9 au rachis. Sous alendronate depuis 6 ans.",
         "Vacance thérapeutique ou changement de traitement?"),
        ("Un homme de 35 ans présente céphalées et baisse de libido. Prolactine 640 µg/L, lésion hypophysaire de 14 mm.",
         "Prise en charge initiale? Place de la chirurgie?"),
    ])
    m.subject = r.choice(["Cas clinique de la semaine", "Club de lecture - cas à préparer", "Cas pour l'enseignement de jeudi"])
    m.text = f"""{hello(r, 'fr')}

Cas (fictif / anonymisé) pour la séance de jeudi :

{case[0]}

Question : {case[1]}

Lecture suggérée : lignes directrices de la société savante pertinente (2023-2025). Chacun prépare une diapositive.

{sign(r, md, 'fr', short=True)}"""
    m.category, m.note = "teaching_case", "de-identified teaching case for residents"


def fr_blank_form(m, P):
    r = m.rng
    sec = S["paradis"]
    m.sender = who_plain(sec)
    m.to = [("Médecins référents - GMF du territoire", "liste.gmf@cisss-monts.example")]
    fields = ["Nom du patient : ______________________   Prénom : ____________________",
              "Date de naissance (AAAA-MM-JJ) : ____ - __ - __     Sexe : ☐ F ☐ M ☐ X",
              "NAM : __ __ __ __   __ __ __ __   __ __ __ __      Exp. : ____",
              "Téléphone : (___) ___-____",
              "Motif : ☐ nodule thyroïdien  ☐ hyperthyroïdie  ☐ hypercalcémie  ☐ incidentalome surrénalien  ☐ ostéoporose  ☐ autre : ______",
              "Résultats joints : ☐ TSH  ☐ échographie  ☐ calcium/PTH  ☐ DMO",
              "Priorité : ☐ A  ☐ B  ☐ C  ☐ D  ☐ E",
              "Médecin référent : ____________________   No de pratique : _______   Signature : __________"]
    kind = r.choice(["pdf", "docx"])
    if kind == "pdf":
        m.attach("pdf", "Formulaire_reference_endocrinologie_v2025.pdf", D.pdf(["# Demande de consultation — endocrinologie", f"{CLINIC_FR}, {HOSP_FR}", ""] + fields +
                                                                                   ["", f"Télécopier au {CLINIC_FAX}"], compress=r.random() < 0.5), "application/pdf")
    else:
        m.attach("docx", "Formulaire_reference_endocrinologie_v2025.docx",
                 D.docx(m.when, "Demande de consultation — endocrinologie", fields + [f"Télécopier au {CLINIC_FAX}"]),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.subject = r.choice(["Nouveau formulaire de référence en endocrinologie", "Formulaire de consultation mis à jour", "À utiliser dès maintenant : formulaire de référence"])
    m.text = f"""{hello(r, 'fr')}

Veuillez utiliser dès maintenant le formulaire de référence ci-joint (version {m.today.year}). Les demandes incomplètes (sans TSH ou sans échographie pour les nodules) seront retournées.

{sign(r, sec, 'fr', short=False)}"""
    m.category, m.note = "blank_form", "blank referral form"


def fr_mailmerge(m, P):
    r = m.rng
    clerk = S["ferland"]
    m.sender = who_plain(clerk)
    m.to = [who_plain(S["seguin"])]
    tpl = f"""{HOSP_FR} — {CLINIC_FR}

«Prénom» «Nom»
«Adresse»
«Ville» (Québec) «Code_postal»

Objet : Convocation — «Type_examen»

Madame, Monsieur,

Un rendez-vous vous a été attribué le «Date_RDV» à «Heure_RDV» pour : «Type_examen».
Présentez-vous 15 minutes à l'avance avec votre carte d'assurance maladie (NAM : «NAM») et la liste de vos médicaments.
Pour une densitométrie osseuse : ne prenez pas de suppléments de calcium le matin de l'examen.

Pour annuler : {CLINIC_TEL}, option 2."""
    m.subject = r.choice(["Gabarit de lettre de convocation - à approuver", "Modèle publipostage révisé", "Lettre type convocation (champs de fusion)"])
    m.text = f"""{hello(r, 'fr', S['seguin'], informal=True)}

Voici le gabarit révisé pour le publipostage des convocations. Les champs entre chevrons sont remplis automatiquement à partir de l'agenda.

----
{tpl}
----

Peux-tu l'approuver avant l'envoi de lundi?
{clerk.given}"""
    if r.random() < 0.5:
        m.attach("docx", "gabarit_convocation.docx", D.docx(m.when, None, tpl.split("\n")),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.category, m.note = "mail_merge_template", "appointment letter mail-merge template"


def fr_baby(m, P):
    r = m.rng
    col = S[r.choice(["paradis", "gravel", "chartrand", "ferland"])]
    m.sender = who_plain(S["seguin"])
    m.to = [("Équipe endocrinologie", f"liste.endo@{DOM}")]
    baby = r.choice(["Éloïse", "Mathis", "Rose", "Arthur", "Florence", "Zoé", "Léon"])
    bd = m.today - dt.timedelta(days=r.randint(1, 6))
    m.subject = r.choice([f"Bienvenue à {baby}!", "Bonne nouvelle dans l'équipe", "Naissance!"])
    m.text = f"""{hello(r, 'fr')}

C'est avec joie que nous vous annonçons la naissance de {baby}, {'fille' if baby in ('Éloïse', 'Rose', 'Florence', 'Zoé') else 'fils'} de notre collègue {col.full}, {'née' if baby in ('Éloïse', 'Rose', 'Florence', 'Zoé') else 'né'} le {fr_date(bd)} à {r.randint(1, 23)} h {r.randint(0, 59):02d}, {r.randint(2, 4)},{r.randint(0, 9)} kg et {r.randint(47, 54)} cm.
La maman et le bébé se portent à merveille!

Une carte circule au poste des infirmières; une collecte pour un cadeau est organisée jusqu'à vendredi.

{S['seguin'].full}"""
    m.category, m.note = "staff_news", "colleague's baby birth announcement"


def fr_minutes(m, P):
    r = m.rng
    sec = S["dagenais"]
    m.sender = who_plain(sec)
    m.to = [("Équipe endocrinologie", f"liste.endo@{DOM}")]
    d = m.today - dt.timedelta(days=r.randint(2, 9))
    paras = [f"Réunion de service — {fr_date(d)}", "Présents : Dre Vachon, Dr Benali, Dre Raman, Dr Gosselin, Mme Séguin, Mme Gravel, M. Lussier",
             "Absente : Mme Chartrand (formation)", "# 1. Délais en clinique nodules",
             "Dr Benali présente les délais : 74 jours en moyenne. Proposition d'une plage supplémentaire le vendredi AM.",
             "# 2. Programme ostéoporose", "Le Dr Gosselin rappelle la procédure pour les patients sous dénosumab qui manquent une dose (rappel téléphonique à 6 mois + 4 semaines).",
             "# 3. Iode radioactif", "La chambre plombée sera fermée 2 jours en raison de l'inspection du blindage.",
             "# 4. Divers", "Party de Noël : 12 décembre, resto Le Cèdre. Prochaine réunion dans un mois."]
    m.subject = r.choice(["Procès-verbal - réunion de service", f"PV réunion du {fr_date(d)}", "Compte rendu réunion d'équipe"])
    m.text = f"""{hello(r, 'fr')}

Voici le procès-verbal de la dernière réunion. Merci de me faire part de vos corrections d'ici vendredi.

{sign(r, sec, 'fr')}"""
    if r.random() < 0.6:
        m.attach("docx", f"PV_reunion_{d:%Y-%m-%d}.docx", D.docx(m.when, "Procès-verbal", paras),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    else:
        m.text += "\n\n" + "\n".join(paras)
    m.category, m.note = "meeting_minutes", "service meeting minutes"


def fr_dosimetry(m, P):
    r = m.rng
    phys = S["whitaker"]
    m.sender = who_plain(phys)
    m.to = [("Personnel exposé - médecine nucléaire", f"mednuc.personnel@{DOM}")]
    q = r.choice(["T1", "T2", "T3"])
    staff = [S["sabri"], S["lalonde"], S["gravel"], S["lussier"]] + [S["seguin"]]
    rows = [["Employé", "No dosimètre", "Corps entier (mSv)", "Extrémités (mSv)", "Statut"]]
    for s in staff:
        rows.append([s.full, luhn_serial(r, 9), f"{r.uniform(0.05, 0.9):.2f}", f"{r.uniform(0.1, 4.5):.2f}", "sous le seuil"])
    m.attach("pdf", f"Dosimetrie_{q}.pdf", D.pdf(["# Rapport de dosimétrie du personnel", f"Trimestre {q} {m.today.year}", ""] +
                                                  ["  |  ".join(str(c) for c in row) for row in rows] +
                                                  ["", "Limite annuelle travailleur sous rayonnement : 50 mSv (corps entier)."], compress=r.random() < 0.5),
             "application/pdf")
    m.subject = r.choice([f"Rapport dosimétrie {q}", "Résultats des dosimètres - trimestre", "Dosimétrie du personnel"])
    m.text = f"""{hello(r, 'fr')}

Le rapport trimestriel de dosimétrie du personnel est joint. Toutes les doses sont sous les niveaux d'enquête. Rappel : porter le dosimètre bague lors de la manipulation des capsules d'iode 131.

{sign(r, phys, 'fr')}"""
    m.category, m.note = "staff_dosimetry", "staff radiation dosimetry report"


def fr_research(m, P):
    r = m.rng
    md = S["gosselin"]
    m.sender = who(md, "fr")
    m.to = [("Comité d'éthique de la recherche", f"cer@{DOM}")]
    title = r.choice(["Arrêt du dénosumab et perte osseuse : étude de cohorte prospective",
                      "Échographie thyroïdienne assistée par intelligence artificielle : étude de précision diagnostique",
                      "Dépistage de l'hyperaldostéronisme chez les hypertendus résistants"])
    m.subject = r.choice(["Soumission au CER - nouveau protocole", f"Protocole : {title[:40]}...", "Dépôt de protocole de recherche"])
    m.text = f"""{hello(r, 'fr')}

Je soumets le protocole « {title} » pour évaluation.

Population : adultes de 50 ans et plus suivis au programme ostéoporose (n visé = 220).
Critères d'exclusion : insuffisance rénale (DFGe < 30), cancer actif, grossesse.
Aucune donnée nominative ne sera extraite; codage par identifiant d'étude dès le recrutement.
Financement : Fondation HRVB (subvention no {luhn_serial(r, 9)}).

Documents joints : protocole v1.2, formulaire de consentement, budget.

{sign(r, md, 'fr')}"""
    m.category, m.note = "research_protocol", "research protocol submission without participants"


def fr_training(m, P):
    r = m.rng
    md = S["raman"]
    m.sender = who(md, "fr")
    m.to = [("Résidents et fellows", f"residents.endo@{DOM}")]
    d = workday_after(m.today, r.randint(10, 40))
    m.subject = r.choice(["Atelier d'échographie thyroïdienne", "Formation : cytoponction sur fantôme", "Inscription - atelier pratique"])
    m.text = f"""{hello(r, 'fr')}

Un atelier pratique d'échographie thyroïdienne et de cytoponction sur fantôme aura lieu le {fr_date(d, True)}, de 13 h à 16 h, au centre de simulation (local A-010).
Maximum 8 participants. Formatrice invitée : Dre Raphaëlle St-Onge.

Coordonnées de la formatrice en pièce jointe pour les questions logistiques.

{sign(r, md, 'fr')}"""
    m.attach("vcf", "Raphaelle_St-Onge.vcf", D.vcard([{"given": "Raphaëlle", "surname": "St-Onge", "org": HOSP_FR, "title": "Endocrinologue",
                                                      "tel": [("WORK", f"{CLINIC_TEL} poste 4471")], "email": f"raphaelle.st-onge@{DOM}"}]), "text/vcard")
    m.category, m.note = "training", "training workshop announcement with instructor card"


def fr_patient_education(m, P):
    r = m.rng
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = who_plain(nurse)
    m.to = [("Comité des documents destinés aux patients", f"docs.patients@{DOM}")]
    topic = r.choice([("Préparation au test de stimulation au Synacthen", ["Venir à jeun depuis minuit.", "Ne pas prendre l'hydrocortisone le matin du test (sauf avis contraire).",
                                                                          "Prévoir 90 minutes. Trois prises de sang : 0, 30 et 60 minutes."]),
                      ("Diète faible en iode avant un traitement à l'iode 131", ["Éviter le sel iodé, les fruits de mer et les produits laitiers pendant 2 semaines.",
                                                                                 "Sel non iodé permis.", "Vérifier les suppléments (varech, multivitamines)."]),
                      ("Votre densitométrie osseuse", ["Pas de calcium le matin de l'examen.", "Éviter les vêtements avec boutons métalliques.",
                                                       "Informer le technologue d'un examen avec contraste récent."])])
    m.subject = r.choice([f"Fiche patient à réviser : {topic[0]}", "Nouvelle version - dépliant patient", "Document d'enseignement - approbation"])
    m.attach("pdf", "fiche_enseignement.pdf", D.pdf([f"# {topic[0]}", CLINIC_FR, ""] + topic[1] + ["", f"Questions : {CLINIC_TEL}"], compress=r.random() < 0.5),
             "application/pdf")
    m.text = f"""{hello(r, 'fr')}

Voici la fiche d'enseignement révisée « {topic[0]} » pour approbation par le comité. Les modifications sont surlignées dans la version Word (disponible sur demande).

{sign(r, nurse, 'fr')}"""
    m.category, m.note = "patient_education_material", "generic patient education leaflet for approval"


def fr_vendor(m, P):
    r = m.rng
    v = ("Densitek Canada - soutien technique", "soutien@densitek.example")
    m.sender = v
    m.to = [who_plain(S["lussier"])]
    serial = luhn_serial(r, 10)
    m.subject = r.choice(["Mise à jour logicielle disponible", "Avis de service - densitomètre", "Entretien préventif planifié"])
    m.text = f"""{hello(r, 'fr', S['lussier'])}

Une mise à jour (version 17.2.4) est disponible pour votre densitomètre Lunar-Q, numéro de série {serial[:4]}-{serial[4:7]}-{serial[7:]}.
Elle corrige l'erreur de calcul du score TBS et ajoute la base de référence NHANES 2024.
Numéro de licence : DXL-{luhn_serial(r, 9)}. Code produit : DXAP {r.randint(1000, 9999)} {r.randint(1000, 9999)}.

Notre technicien peut passer le {fr_date(workday_after(m.today, r.randint(5, 20)))}; l'appareil sera indisponible 3 heures.

Soutien technique Densitek — 1-800-555-0143"""
    m.category, m.note = "vendor_notice", "equipment vendor software update notice"


def fr_candidates(m, P):
    r = m.rng
    hr = S["brisson"]
    boss = S["seguin"]
    m.sender = who_plain(hr)
    m.to = [who_plain(boss), who(S["gosselin"], "fr")]
    cands = r.sample([("Annabelle", "Riopel-Gagné"), ("Jérôme", "Tessier"), ("Myriam", "El-Khoury"), ("Stéphanie", "Brault"), ("Olivier", "Lafrenière")], 3)
    d = workday_after(m.today, r.randint(3, 10))
    m.subject = r.choice(["Entrevues - poste infirmière clinicienne ostéoporose", "Horaire des entrevues", "Candidatures retenues"])
    m.text = f"""{hello(r, 'fr')}

Voici l'horaire des entrevues du {fr_date(d, True)} (salle RH-2) :

9 h 00 — {cands[0][0]} {cands[0][1]} (8 ans en médecine de jour, certifiée en soins de l'ostéoporose)
10 h 15 — {cands[1][0]} {cands[1][1]} (infirmier clinicien, expérience en endocrinologie pédiatrique)
11 h 30 — {cands[2][0]} {cands[2][1]} (récemment diplômée, stage en clinique de diabète)

Les CV et la grille d'évaluation sont dans le dossier partagé RH > Affichages > {m.today.year}.

{sign(r, hr, 'fr')}"""
    m.category, m.note = "job_candidates", "interview schedule for job candidates"


def fr_retirement(m, P):
    r = m.rng
    m.sender = who_plain(S["seguin"])
    m.to = [("Tout le personnel - médecine", f"tous.medecine@{DOM}")]
    who_ret = r.choice([("Dr", "Raymond", "Thiboutot", "endocrinologue", 34), ("Dre", "Lise", "Charbonneau", "médecin nucléiste", 29),
                        ("Mme", "Ginette", "Pothier", "infirmière en endocrinologie", 38)])
    d = workday_after(m.today, r.randint(7, 25))
    m.subject = r.choice([f"Départ à la retraite — {who_ret[0]} {who_ret[1]} {who_ret[2]}", "5 à 7 - départ à la retraite", "Invitation : célébrons une belle carrière"])
    m.text = f"""{hello(r, 'fr')}

Après {who_ret[4]} ans au service des patients atteints de maladies de la thyroïde, des surrénales et de l'hypophyse, {who_ret[0]} {who_ret[1]} {who_ret[2]}, {who_ret[3]}, prendra sa retraite.
Joignez-vous à nous pour un 5 à 7 le {fr_date(d, True)}, à la cafétéria du pavillon B.

Pionnier du programme d'iode radioactif ambulatoire, {who_ret[0]} {who_ret[2]} a formé plus de 40 résidents. Une carte et une collecte circulent au secrétariat.

{S['seguin'].full}, {S['seguin'].role_fr}"""
    m.prefer["structure"] = r.choice(["html", "alt", "plain"])
    m.category, m.note = "social_event", "retirement party invitation"
