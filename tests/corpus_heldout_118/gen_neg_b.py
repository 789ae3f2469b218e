"""Negative (non-confidential) messages, part B: QC, assets, calendars, teaching, facilities, statistics."""
import datetime

from gen_attach import csv_att, docx_att, ics_att, make_ics, make_vcard, pdf_att, vcf_att, xlsx_att
from gen_build import ext, generic, quote_block, who
from gen_common import ORG, clock, fr_clock, later, ldate, signature, greet, staff
from gen_content import CANCER_VARIANTS, OTHER_GENETIC, VUS
from gen_neg_a import SPEAKERS, luhn_serial


# ---------------------------------------------------------------------------- N24
def n_eqa_results(c):
    r = c.r
    scheme = r.choice(["EMQN BRCA 2025", "GenQA Lynch 2025", "CAP MGL-A 2025", "EMQN Fragile X 2025"])
    samples = [f"{scheme.split()[0]}-{r.randint(1, 3)}-{i}" for i in range(1, 4)]
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nRésultats de l'essai d'aptitude {scheme} reçus :\n"
                + "\n".join(f"  - échantillon {s} : génotypage {r.choice(['conforme', 'conforme', 'conforme (erreur de nomenclature mineure)'])}"
                            for s in samples)
                + f"\n\nScore global : {r.randint(18, 20)}/20. Le rapport est au classeur qualité.\n{signature(r, 'benali', 'fr', 0)}")
        subj = f"Essai d'aptitude {scheme} – résultats"
    else:
        body = (f"{greet(r, 'en')}\n\nProficiency testing results for {scheme}:\n"
                + "\n".join(f"  - sample {s}: genotyping {r.choice(['correct', 'correct', 'correct (minor nomenclature error)'])}" for s in samples)
                + f"\n\nOverall score {r.randint(18, 20)}/20.\n{signature(r, 'benali', 'en', 0)}")
        subj = f"EQA {scheme} - results"
    return c.out("eqa_results", "external quality assessment results (sample codes only)", who("benali"), [who("lemieux")], subj, body)


# ---------------------------------------------------------------------------- N25
def n_asset_inventory(c):
    r = c.r
    rows = [["Équipement" if c.fr else "Equipment", "No d'actif" if c.fr else "Asset #", "No de série" if c.fr else "Serial #",
             "Local" if c.fr else "Room", "Prochain entretien" if c.fr else "Next service"]]
    eq = ["Séquenceur MidFlow", "Séquenceur HiFlow X", "Robot d'extraction", "Thermocycleur A", "Thermocycleur B",
          "Congélateur -80 #3", "Bioanalyseur", "Scanner de micropuces"]
    for e in eq:
        rows.append([e, f"CHUSL-{r.randint(10000, 99999)}", luhn_serial(r, r.choice([9, 10, 11])),
                     f"D-2.{r.randint(100, 140)}", later(r, c.date.date(), 10, 200).isoformat()])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nInventaire annuel des équipements du LDM pour le génie biomédical.\n{signature(r, 'benali', 'fr', 3)}"
        subj = "Inventaire équipements LDM"
    else:
        body = f"{greet(r, 'en')}\n\nAnnual equipment inventory for biomedical engineering.\n{signature(r, 'benali', 'en', 3)}"
        subj = "Lab equipment inventory"
    return c.out("asset_inventory", "equipment inventory with serial numbers (checksum-valid)", who("benali"),
                 [generic("genie.biomedical", "Génie biomédical")], subj, body,
                 attachments=[xlsx_att("inventaire_LDM.xlsx" if c.fr else "equipment_inventory.xlsx", [("Inventaire", rows)])])


# ---------------------------------------------------------------------------- N26
def n_staff_meeting_ics(c):
    r = c.r
    d = later(r, c.date.date(), 2, 20)
    h = r.choice([8, 12, 13])
    start = datetime.datetime(d.year, d.month, d.day, h, 0)
    summ = r.choice(["Réunion d'équipe – génétique", "Caucus des conseillères en génétique", "Rencontre qualité LDM"]) if c.fr else \
        r.choice(["Genetics team meeting", "Genetic counsellors huddle", "Lab quality meeting"])
    desc = ("Ordre du jour : 1) liste d'attente 2) nouveau gabarit de lettre familiale 3) vacances d'été" if c.fr else
            "Agenda: 1) wait list 2) new family letter template 3) summer vacation")
    ics = make_ics(f"{r.randint(10**11, 10**12)}@chusl.example", start, start + datetime.timedelta(hours=1), summ,
                   "Salle C-4.20 / Teams", desc, (staff("giroux")["name"], staff("giroux")["email"]),
                   [(staff(k)["name"], staff(k)["email"]) for k in ("laroche", "dufresne", "raman", "beaulieu")])
    body = f"{summ}\n{ldate(d, c.lang, True)}, {h}:00\n"
    return c.out("staff_meeting_ics", "staff meeting calendar invitation", who("giroux"),
                 [who(k) for k in ("laroche", "dufresne", "raman", "beaulieu")], summ, body,
                 attachments=[ics_att("invite.ics", ics)])


# ---------------------------------------------------------------------------- N27
def n_vcard_colleague(c):
    r = c.r
    who_ = r.choice([("Geneviève", "Paradis", "Représentante technique", "BioGénomix Canada inc.", "gparadis@biogenomix.example"),
                     ("Martin", "Asselin", "Conseiller en génétique (nouveau)", ORG["hosp_fr"], f"martin.asselin@{ORG['dom']}"),
                     ("Aisha", "Kaur", "Field Application Scientist", "Nordic Lab Supply Ltd.", "akaur@nordiclab.example")])
    vcf = make_vcard(f"{who_[0]} {who_[1]}", [who_[1], who_[0]], org=who_[3], title=who_[2],
                     tels=[("WORK", f"514-555-01{r.randint(60, 99)}")], emails=[who_[4]])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nVoici les coordonnées de {who_[0]} {who_[1]} ({who_[2].lower()}).\n{signature(r, 'giroux', 'fr', 1)}"
        subj = f"Coordonnées – {who_[0]} {who_[1]}"
    else:
        body = f"{greet(r, 'en')}\n\nContact card for {who_[0]} {who_[1]} ({who_[2]}).\n{signature(r, 'giroux', 'en', 1)}"
        subj = f"Contact - {who_[0]} {who_[1]}"
    return c.out("vcard_colleague", "vCard of a supplier rep / new colleague", who("giroux"), [who("lemieux")], subj, body,
                 attachments=[vcf_att(f"{who_[0]} {who_[1]}.vcf", vcf)])


# ---------------------------------------------------------------------------- N28
def n_vacation_xlsx(c):
    r = c.r
    rows = [["Employé(e)" if c.fr else "Employee", "Début" if c.fr else "Start", "Fin" if c.fr else "End", "Remplaçant(e)" if c.fr else "Cover"]]
    keys = ["laroche", "dufresne", "raman", "beaulieu", "benali", "turcotte", "pepin", "chen"]
    for k in keys:
        d = datetime.date(2025, r.randint(6, 8), r.randint(1, 20))
        rows.append([staff(k)["name"], d.isoformat(), (d + datetime.timedelta(days=r.choice([6, 13, 20]))).isoformat(),
                     staff(r.choice([x for x in keys if x != k]))["given"]])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nCalendrier des vacances d'été à valider d'ici vendredi.\n{signature(r, 'fontaine', 'fr', 0)}"
        subj = "Vacances d'été – calendrier"
    else:
        body = f"{greet(r, 'en')}\n\nSummer vacation calendar - please check by Friday.\n{signature(r, 'fontaine', 'en', 0)}"
        subj = "Summer vacation calendar"
    return c.out("vacation_xlsx", "staff vacation calendar XLSX", who("fontaine"), [generic("equipe.genetique", "Équipe génétique")],
                 subj, body, attachments=[xlsx_att("vacances_2025.xlsx" if c.fr else "vacation_2025.xlsx", [("2025", rows)])])


# ---------------------------------------------------------------------------- N29
def n_room_booking_chain(c):
    r = c.r
    d = later(r, c.date.date(), 2, 10)
    room = r.choice(["C-4.20", "C-4.12", "D-1.05"])
    when = c.date - datetime.timedelta(hours=5)
    if c.fr:
        orig = (f"Bonjour Chantal,\n\nEst-ce que la salle {room} est libre le {ldate(d, 'fr')} en après-midi ? "
                f"Nous avons la formation sur le nouveau logiciel d'arbres généalogiques.\n\nMarie-Ève")
        body = ("Oui, je te l'ai réservée de 13 h à 16 h. Le projecteur est brisé, prévois ton portable.\n\nChantal\n\n"
                + quote_block(orig, "fr", "Marie-Ève Laroche <me.laroche@chusl.example>", when, 0) + "\n")
        subj = f"RE: Salle {room}"
    else:
        orig = (f"Hi Chantal,\n\nIs room {room} free on {ldate(d, 'en')} afternoon? It's for the pedigree software training.\n\nPriya")
        body = ("Yes, booked 1-4 pm. The projector is broken so bring your laptop.\n\nChantal\n\n"
                + quote_block(orig, "en", "Priya Raman <priya.raman@chusl.example>", when, 0) + "\n")
        subj = f"RE: Room {room}"
    return c.out("room_booking_chain", "room booking reply chain", who("giroux"), [who("laroche" if c.fr else "raman")], subj, body)


# ---------------------------------------------------------------------------- N30
def n_control_fail(c):
    r = c.r
    run = f"RUN-{c.date.strftime('%y%m%d')}-{r.randint(1, 4):02d}"
    ctrl = r.choice(["NA12878", "NA24385", "contrôle négatif (NTC)", "HD753"])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nLe contrôle {ctrl} de la série {run} est hors spécifications (couverture moyenne 61x, "
                f"cible > 100x ; {r.randint(3, 12)} % des cibles < 20x). Toute la série (24 échantillons) est reprise demain. "
                f"Délai supplémentaire estimé : 3 jours ouvrables.\n{signature(r, 'benali', 'fr', 0)}")
        subj = f"Série {run} – contrôle hors spécifications"
    else:
        body = (f"{greet(r, 'en')}\n\nControl {ctrl} in run {run} failed QC (mean coverage 61x vs >100x target). The whole run "
                f"(24 samples) will be repeated tomorrow; expect a 3 business-day delay.\n{signature(r, 'benali', 'en', 0)}")
        subj = f"Run {run} - control failed QC"
    return c.out("control_fail", "QC failure on reference control sample", who("benali"), [who("lemieux"), who("chen")], subj, body)


# ---------------------------------------------------------------------------- N31
def n_education_leaflet(c):
    r = c.r
    if c.fr:
        lines = ["Le dépistage en cascade : informer sa famille", "",
                 "Vous avez reçu un résultat montrant une variante génétique héréditaire. Vos parents, frères, sœurs et enfants",
                 "ont 50 % de risque de porter la même variante.", "",
                 "Comment en parler ? Choisissez un moment calme ; remettez la lettre familiale ; proposez-leur de nous appeler.",
                 "Le test ciblé est simple : une prise de sang. Les résultats prennent environ 4 semaines.", "",
                 f"Questions : {ORG['tel']} – {ORG['gen_fr']}"]
        body = f"{greet(r, 'fr')}\n\nVersion finale du dépliant pour l'imprimerie.\n{signature(r, 'laroche', 'fr', 0)}"
        subj = "Dépliant dépistage en cascade – version finale"
        fn = "depliant_cascade.pdf"
    else:
        lines = ["Cascade testing: telling your family", "", "You received a result showing an inherited genetic variant. "
                 "Your parents, siblings and children have a 50% chance of carrying it.", "",
                 "Share the family letter and invite them to call us. Targeted testing is a simple blood test.", "",
                 f"Questions: {ORG['tel']} - {ORG['gen_en']}"]
        body = f"{greet(r, 'en')}\n\nFinal leaflet for the printer.\n{signature(r, 'raman', 'en', 0)}"
        subj = "Cascade testing leaflet - final"
        fn = "cascade_leaflet.pdf"
    return c.out("education_leaflet", "general patient education leaflet PDF", who("laroche" if c.fr else "raman"),
                 [generic("imprimerie", "Imprimerie")], subj, body, attachments=[pdf_att(fn, lines)])


# ---------------------------------------------------------------------------- N32
def n_satisfaction(c):
    r = c.r
    n = r.randint(120, 400)
    s = [r.randint(78, 97) for _ in range(4)]
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nRésultats du sondage de satisfaction ({n} répondants) :\n"
                f"- Accueil : {s[0]} % satisfaits\n- Clarté des explications : {s[1]} %\n- Délai avant le premier rendez-vous : "
                f"{s[2] - 30} %\n- Recommanderait la clinique : {s[3]} %\n\nCommentaire fréquent : « l'attente est longue mais "
                f"l'équipe est humaine ».\n{signature(r, 'fontaine', 'fr', 0)}")
        subj = "Sondage de satisfaction – résultats"
    else:
        body = (f"{greet(r, 'en')}\n\nSatisfaction survey ({n} respondents): reception {s[0]}%, clarity {s[1]}%, wait time "
                f"{s[2] - 30}%, would recommend {s[3]}%.\n{signature(r, 'fontaine', 'en', 0)}")
        subj = "Patient satisfaction survey results"
    return c.out("satisfaction", "aggregate satisfaction survey results", who("fontaine"), [generic("equipe.genetique", "Équipe génétique")],
                 subj, body)


# ---------------------------------------------------------------------------- N33
def n_nbs_update(c):
    r = c.r
    d = later(r, c.date.date(), 30, 90)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nÀ compter du {ldate(d, 'fr')}, l'amyotrophie spinale (SMA) et le déficit immunitaire "
                f"combiné sévère (SCID) seront ajoutés au panel du dépistage néonatal sanguin. Les cartons de prélèvement ne "
                f"changent pas. Une formation pour les infirmières de suivi aura lieu en visioconférence.\n\n"
                f"Direction régionale de santé publique – Programme de dépistage néonatal\n")
        subj = "Ajout de la SMA et du SCID au dépistage néonatal"
    else:
        body = (f"{greet(r, 'en')}\n\nStarting {ldate(d, 'en')}, SMA and SCID will be added to the newborn blood spot panel. "
                f"Collection cards are unchanged. Training for follow-up nurses will be held online.\n\nRegional Public Health - "
                f"Newborn Screening Program\n")
        subj = "SMA and SCID added to newborn screening"
    return c.out("nbs_update", "public health program change notice", ("Santé publique – Dépistage néonatal", "depistage@sante-publique.example"),
                 [who("pepin"), who("charest")], subj, body)


# ---------------------------------------------------------------------------- N34
def n_student_rotation(c):
    r = c.r
    studs = r.sample(["Léonie Gravel", "Arjun Mehta", "Florence Caya", "Noor Hamdan", "Tristan Lepage"], 3)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nStagiaires en conseil génétique (maîtrise) pour la session d'automne :\n"
                + "\n".join(f"- {s} : supervisée par {staff(k)['name']}" for s, k in zip(studs, ["laroche", "dufresne", "beaulieu"]))
                + "\n\nAccueil le premier lundi à 9 h, salle C-4.12. Merci de prévoir les accès informatiques.\n"
                + signature(r, "giroux", "fr", 0))
        subj = "Stagiaires – session d'automne"
    else:
        body = (f"{greet(r, 'en')}\n\nGenetic counselling students this fall:\n"
                + "\n".join(f"- {s}: supervised by {staff(k)['name']}" for s, k in zip(studs, ["laroche", "raman", "beaulieu"]))
                + "\n\nOrientation the first Monday at 9 am, room C-4.12.\n" + signature(r, "giroux", "en", 0))
        subj = "Students - fall rotation"
    return c.out("student_rotation", "student placement schedule", who("giroux"), [generic("equipe.genetique", "Équipe génétique")], subj, body)


# ---------------------------------------------------------------------------- N35
def n_grant_budget(c):
    r = c.r
    rows = [["Poste budgétaire" if c.fr else "Budget line", "An 1" if c.fr else "Year 1", "An 2" if c.fr else "Year 2"],
            ["Coordonnatrice de recherche (0,5 ETC)" if c.fr else "Research coordinator (0.5 FTE)", 38000, 39100],
            ["Séquençage (200 exomes)" if c.fr else "Sequencing (200 exomes)", 90000, 45000],
            ["Stockage biobanque" if c.fr else "Biobank storage", 6000, 6000], ["Congrès" if c.fr else "Conferences", 4000, 4000]]
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nBudget préliminaire pour la demande aux IRSC (date limite le "
                f"{ldate(later(r, c.date.date(), 10, 30), 'fr')}). Merci de valider les montants de séquençage.\n{signature(r, 'rousseau', 'fr', 0)}")
        subj = "Budget – demande IRSC"
    else:
        body = (f"{greet(r, 'en')}\n\nDraft budget for the CIHR application. Please check sequencing costs.\n{signature(r, 'rousseau', 'en', 0)}")
        subj = "Budget - CIHR application"
    return c.out("grant_budget", "grant budget spreadsheet", who("rousseau"), [who("lemieux"), who("vachon")], subj, body,
                 attachments=[xlsx_att("budget_IRSC.xlsx" if c.fr else "CIHR_budget.xlsx", [("Budget", rows)])])


# ---------------------------------------------------------------------------- N36
def n_journal_club(c):
    r = c.r
    art = r.choice([("Gene therapy for ornithine transcarbamylase deficiency: phase 1/2 results", "Charest"),
                    ("Population genomic screening for BRCA1/2 and Lynch syndrome: a cost-effectiveness analysis", "Okafor"),
                    ("Long-term outcomes of nitisinone-treated tyrosinemia type 1", "Charest"),
                    ("Cell-free DNA screening for 22q11.2 deletion: performance in 18,000 pregnancies", "El Amrani")])
    presenter = r.choice(["Léonie Gravel (stagiaire)", "Dr Yannick Fortier (résident R3)", "Laura Chen"])
    d = later(r, c.date.date(), 3, 14)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nClub de lecture {ldate(d, 'fr', True)} à midi :\n« {art[0]} »\nPrésenté par {presenter}, "
                f"discussion animée par Dr(e) {art[1]}.\nLunch fourni.\n{signature(r, 'giroux', 'fr', 1)}")
        subj = "Club de lecture"
    else:
        body = (f"{greet(r, 'en')}\n\nJournal club {ldate(d, 'en', True)} at noon:\n\"{art[0]}\"\nPresenter: {presenter}; "
                f"discussant Dr {art[1]}.\nLunch provided.\n{signature(r, 'giroux', 'en', 1)}")
        subj = "Journal club"
    return c.out("journal_club", "journal club notice", who("giroux"), [generic("liste.genetique", "Liste génétique")], subj, body)


# ---------------------------------------------------------------------------- N37
def n_policy_update(c):
    r = c.r
    blocks = [("h", "Politique P-GEN-07 : transmission des résultats génétiques" if c.fr else "Policy P-GEN-07: release of genetic results"),
              ("p", "1. Aucun résultat n'est transmis par courriel non chiffré." if c.fr else "1. No results by unencrypted e-mail."),
              ("p", "2. Les identifiants (nom, NAM, no de dossier) ne doivent jamais figurer dans l'objet d'un courriel."
               if c.fr else "2. Identifiers (name, health number, MRN) must never appear in an e-mail subject."),
              ("p", "3. Les lettres familiales ne mentionnent le cas index qu'avec son accord écrit." if c.fr else
               "3. Family letters name the proband only with written consent."),
              ("p", "4. Entrée en vigueur : 1er septembre 2025." if c.fr else "4. Effective September 1, 2025.")]
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nMise à jour de la politique ci-jointe, à lire et signer d'ici la fin du mois.\n{signature(r, 'fontaine', 'fr', 0)}"
        subj = "Politique P-GEN-07 mise à jour"
    else:
        body = f"{greet(r, 'en')}\n\nUpdated policy attached; please read and sign by month end.\n{signature(r, 'fontaine', 'en', 0)}"
        subj = "Updated policy P-GEN-07"
    return c.out("policy_update", "policy DOCX about handling identifiers", who("fontaine"), [generic("equipe.genetique", "Équipe génétique")],
                 subj, body, attachments=[docx_att("P-GEN-07.docx", blocks)])


# ---------------------------------------------------------------------------- N38
def n_lab_minutes(c):
    r = c.r
    b = r.randint(80, 400)
    if c.fr:
        body = (f"Compte rendu – rencontre des opérations du LDM ({ldate(c.date.date(), 'fr')})\n\nPrésents : F. Lemieux, "
                f"N. Benali, L. Chen, T. Wright\n\n1. Arrérages : {b} dossiers d'exome en attente d'analyse.\n2. Personnel : un "
                f"poste de technologiste vacant depuis 3 mois.\n3. Validation du nouveau panel cardio : 40 échantillons de "
                f"référence testés, concordance 100 %.\n4. Prochaine rencontre dans 2 semaines.\n")
        subj = "Compte rendu – opérations LDM"
    else:
        body = (f"Minutes - lab operations meeting ({ldate(c.date.date(), 'en')})\n\nPresent: F. Lemieux, N. Benali, L. Chen, "
                f"T. Wright\n\n1. Backlog: {b} exomes awaiting analysis.\n2. Staffing: one technologist post vacant 3 months.\n"
                f"3. Cardio panel validation: 40 reference samples, 100% concordance.\n")
        subj = "Minutes - lab operations"
    return c.out("lab_minutes", "lab operations minutes with staff initials and backlog", who("lemieux"), [generic("tous.labo", "Personnel LDM")],
                 subj, body)


# ---------------------------------------------------------------------------- N39
def n_facilities_works(c):
    r = c.r
    d = later(r, c.date.date(), 3, 20)
    if c.fr:
        body = (f"AVIS – Services techniques\n\nDes travaux de réfection de la ventilation auront lieu au 4e étage du pavillon C "
                f"(clinique de génétique) du {ldate(d, 'fr')} pour 3 jours. Bruit possible entre 7 h et 15 h. Le stationnement "
                f"P3 sera partiellement fermé. Info : poste 1200.\n")
        subj = "Travaux – pavillon C, 4e étage"
    else:
        body = (f"NOTICE - Facilities\n\nVentilation work on floor 4, pavilion C (genetics clinic) from {ldate(d, 'en')} for 3 days. "
                f"Noise 7 am-3 pm. Parking P3 partially closed. Info: ext. 1200.\n")
        subj = "Works - pavilion C, floor 4"
    return c.out("facilities_works", "facilities notice", generic("services.techniques", "Services techniques"),
                 [generic("pavillon.c", "Occupants pavillon C")], subj, body)


# ---------------------------------------------------------------------------- N40
def n_phishing(c):
    r = c.r
    if c.fr:
        body = (f"ALERTE SÉCURITÉ\n\nUn courriel frauduleux intitulé « Résultats de laboratoire – action requise » circule. Il "
                f"imite le portail de résultats et demande votre mot de passe. Ne cliquez pas. Signalez-le avec le bouton "
                f"« Signaler l'hameçonnage ».\n\nSécurité de l'information – 514-555-0111\n")
        subj = "ALERTE – hameçonnage « Résultats de laboratoire »"
    else:
        body = (f"SECURITY ALERT\n\nA fraudulent e-mail titled \"Lab results - action required\" is circulating, imitating the results "
                f"portal. Do not click. Use the Report Phishing button.\n\nInformation Security - 514-555-0111\n")
        subj = "ALERT - phishing \"Lab results\""
    c.tp.setdefault("mode", r.choice(["html", "alt", "plain"]))
    return c.out("phishing_warning", "IT security alert", generic("securite.information", "Sécurité de l'information"),
                 [generic("tous.employes", "Tous les employés")], subj, body)


# ---------------------------------------------------------------------------- N41
def n_acmg_course(c):
    r = c.r
    ex = r.sample(VUS, 3)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nAtelier sur la classification ACMG/AMP – exercices (variantes publiques, ClinVar) :\n"
                + "\n".join(f"  {i + 1}. {g} {v} – appliquer PM1, PP3, BS1 ?" for i, (g, v) in enumerate(ex))
                + f"\n\nApportez votre portable. Inscription auprès de Laura.\n{signature(r, 'chen', 'fr', 0)}")
        subj = "Atelier classification ACMG – exercices"
    else:
        body = (f"{greet(r, 'en')}\n\nACMG/AMP classification workshop exercises (public ClinVar variants):\n"
                + "\n".join(f"  {i + 1}. {g} {v} - PM1, PP3, BS1?" for i, (g, v) in enumerate(ex))
                + f"\n\nBring a laptop.\n{signature(r, 'chen', 'en', 0)}")
        subj = "ACMG classification workshop"
    return c.out("acmg_course", "training with public example variants, no patients", who("chen"), [generic("liste.genetique", "Liste génétique")],
                 subj, body)


# ---------------------------------------------------------------------------- N42
def n_waitlist_stats(c):
    r = c.r
    inds = ["Oncogénétique", "Prénatal", "Pédiatrie – dysmorphie", "Cardiogénétique", "Métabolique", "Neurogénétique"] if c.fr else \
        ["Cancer genetics", "Prenatal", "Pediatric dysmorphology", "Cardiogenetics", "Metabolic", "Neurogenetics"]
    rows = [["Indication", "En attente" if c.fr else "Waiting", "Attente médiane (sem.)" if c.fr else "Median wait (wk)", "P1", "P2", "P3"]]
    for i in inds:
        n = r.randint(10, 600)
        rows.append([i, n, r.randint(1, 60), r.randint(0, 10), r.randint(0, 50), r.randint(0, n)])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nListe d'attente agrégée au {c.date.date().isoformat()} pour la direction.\n{signature(r, 'fontaine', 'fr', 0)}"
        subj = "Liste d'attente – statistiques"
    else:
        body = f"{greet(r, 'en')}\n\nAggregate wait list as of {c.date.date().isoformat()}.\n{signature(r, 'fontaine', 'en', 0)}"
        subj = "Wait list statistics"
    return c.out("waitlist_stats", "aggregate wait-list CSV", who("fontaine"), [generic("direction.medicale", "Direction médicale")],
                 subj, body, attachments=[csv_att("liste_attente.csv" if c.fr else "waitlist.csv", rows, sep=";" if c.fr else ",")])


# ---------------------------------------------------------------------------- N43
def n_retirement(c):
    r = c.r
    who_ = r.choice([("Dre Lucie Gagnon", "généticienne", "geneticist", 31), ("Jocelyn Tremblay", "technologiste", "technologist", 28),
                     ("Dr Raymond Lessard", "biochimiste clinique", "clinical biochemist", 35)])
    d = later(r, c.date.date(), 7, 25)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nAprès {who_[3]} ans au CHUSL, {who_[0]} ({who_[1]}) prend sa retraite ! Un 5 à 7 aura lieu le "
                f"{ldate(d, 'fr', True)} à l'atrium. Contribution au cadeau : voir Chantal.\n{signature(r, 'giroux', 'fr', 1)}")
        subj = f"Départ à la retraite – {who_[0]}"
    else:
        body = (f"{greet(r, 'en')}\n\nAfter {who_[3]} years, {who_[0]} ({who_[2]}) is retiring! Drinks on {ldate(d, 'en', True)} "
                f"at 5 pm in the atrium. Gift collection: see Chantal.\n{signature(r, 'giroux', 'en', 1)}")
        subj = f"Retirement - {who_[0]}"
    return c.out("retirement", "staff retirement party", who("giroux"), [generic("equipe.genetique", "Équipe génétique")], subj, body)


# ---------------------------------------------------------------------------- N44
def n_interpreter_invoice(c):
    r = c.r
    inv = f"INT-{r.randint(10000, 99999)}"
    rows = [("Arabe / Arabic", r.randint(4, 20)), ("Espagnol / Spanish", r.randint(4, 20)), ("Dari", r.randint(1, 8)),
            ("LSQ", r.randint(1, 6))]
    lines = [f"Facture {inv}", f"Client : {ORG['gen_fr']}, {ORG['hosp_short']}", f"Période : {c.date.strftime('%Y-%m')}", ""]
    tot = 0
    for lang_, h in rows:
        lines.append(f"{lang_} : {h} h x 68,00 $ = {h * 68:.2f} $")
        tot += h * 68
    lines += ["", f"Total : {tot:.2f} $ (taxes en sus)", "Aucun renseignement sur les usagers n'est inclus dans cette facture."]
    body = ("Bonjour,\n\nFacture mensuelle ci-jointe.\n\nAgence Interprètes Sans Frontières\n" if c.fr else
            "Hello,\n\nMonthly invoice attached.\n\nInterpreters Without Borders Agency\n")
    return c.out("interpreter_invoice", "interpreter agency monthly invoice (hours by language)", ("Facturation ISF", "facturation@isf-interpretes.example"),
                 [who("morneau")], f"Facture {inv}" if c.fr else f"Invoice {inv}", body, attachments=[pdf_att(f"{inv}.pdf", lines)])


# ---------------------------------------------------------------------------- N45
def n_courier(c):
    r = c.r
    trk = f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nL'envoi des échantillons de l'essai d'aptitude EMQN (ADN anonymisé, 6 tubes) est parti "
                f"ce matin sur glace sèche. Numéro de suivi : {trk}. Livraison prévue jeudi avant 10 h 30. Le formulaire "
                f"de marchandises dangereuses UN1845 est au classeur.\n{signature(r, 'benali', 'fr', 3)}")
        subj = "Expédition EQA – numéro de suivi"
    else:
        body = (f"{greet(r, 'en')}\n\nEQA samples (anonymised DNA, 6 tubes) shipped this morning on dry ice. Tracking {trk}. "
                f"Expected Thursday before 10:30. UN1845 dangerous goods form filed.\n{signature(r, 'benali', 'en', 3)}")
        subj = "EQA shipment - tracking"
    return c.out("courier", "courier shipment of anonymised QC samples", who("benali"), [who("lemieux")], subj, body)


BUILDERS_NB = [n_eqa_results, n_asset_inventory, n_staff_meeting_ics, n_vcard_colleague, n_vacation_xlsx, n_room_booking_chain,
               n_control_fail, n_education_leaflet, n_satisfaction, n_nbs_update, n_student_rotation, n_grant_budget,
               n_journal_club, n_policy_update, n_lab_minutes, n_facilities_works, n_phishing, n_acmg_course,
               n_waitlist_stats, n_retirement, n_interpreter_invoice, n_courier]
