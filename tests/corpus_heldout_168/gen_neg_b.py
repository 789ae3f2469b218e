"""Negative templates, part B: newsletters, statistics, outbreaks, teaching, committees, research."""
import datetime

import gen_common as C
from gen_mime import Forward, Pre, Quote, Table
from gen_pos_a import att_docx, att_ics, att_pdf, att_xlsx

S = C.STAFF
ALL = ("Équipe MI-VIH", "equipe.mi@hsaubin.example")
MED = ("Corps médical", "medecins@hsaubin.example")


# ---- n14. stewardship newsletter ------------------------------------------------------
def asp_newsletter(c):
    q = c.rng.randint(1, 4)
    dot = c.rng.randint(480, 640)
    carb = c.rng.randint(8, 19)
    tip = c.choice([("Bactériurie asymptomatique : ne pas traiter, sauf grossesse ou chirurgie urologique.",
                     "Asymptomatic bacteriuria: don't treat, except in pregnancy or urologic surgery."),
                    ("Cellulite non purulente : la céfazoline suffit, pas besoin de vancomycine.",
                     "Non-purulent cellulitis: cefazolin is enough, vancomycin not needed."),
                    ("Pneumonie communautaire : 5 jours suffisent chez le patient stable.",
                     "Community-acquired pneumonia: 5 days is enough in the stable patient.")])
    if c.lang == "fr":
        subj = f"Infolettre PRA – T{q} 2025"
        body = [f"Infolettre du programme de gestion des antimicrobiens – T{q}",
                f"Consommation globale : {dot} DOT/1000 jours-présence (−{c.rng.randint(2, 9)} % vs T{q} 2024). "
                f"Utilisation des carbapénèmes : −{carb} %.",
                f"Conseil du trimestre : {tip[0]}",
                "Bravo à l'équipe du 7S, unité la plus améliorée ! Merci à la Dre Dufour et à Julie Beaulieu pour les "
                "tournées de rétroaction.", "Pour vous désabonner, répondez à ce courriel."]
    else:
        subj = f"ASP newsletter - Q{q} 2025"
        body = [f"Antimicrobial Stewardship Program newsletter - Q{q}",
                f"Overall use: {dot} DOT/1000 patient-days (-{c.rng.randint(2, 9)}% vs Q{q} 2024). Carbapenem use: -{carb}%.",
                f"Tip of the quarter: {tip[1]}",
                "Kudos to 7S, most improved unit! Thanks to Dr Dufour and Julie Beaulieu for the feedback rounds.",
                "To unsubscribe, reply to this email."]
    return c.spec("newsletter", subj, ("Infolettre PRA", "pra@hsaubin.example"), [MED], body,
                  c.L("infolettre du programme PRA", "stewardship newsletter"), fmt=c.choice(["html", "alt"]))


# ---- n15. cumulative antibiogram -------------------------------------------------------
def antibiogram(c):
    orgs = ["E. coli", "K. pneumoniae", "P. aeruginosa", "S. aureus", "E. faecalis"]
    drugs = ["Ampicilline", "Céfazoline", "Ceftriaxone", "Pip-tazo", "Cipro", "TMP-SMX"] if c.lang == "fr" else \
            ["Ampicillin", "Cefazolin", "Ceftriaxone", "Pip-tazo", "Cipro", "TMP-SMX"]
    rows = [[o, str(c.rng.randint(80, 2400))] + [str(c.rng.randint(30, 99)) for _ in drugs] for o in orgs]
    hdr = [c.L("Organisme", "Organism"), "n"] + drugs
    if c.rng.random() < 0.5:
        atts = [att_xlsx(c.L("Antibiogramme_cumulatif_2024.xlsx", "Cumulative_antibiogram_2024.xlsx"), [("2024", [hdr] + rows)])]
        extra = []
    else:
        atts = [att_pdf(c.L("Antibiogramme_2024.pdf", "Antibiogram_2024.pdf"), c.L("Antibiogramme cumulatif 2024 (% sensibles)", "2024 cumulative antibiogram (% susceptible)"),
                        ["  ".join(hdr)] + ["  ".join(r) for r in rows], compress=True)]
        extra = []
    subj = c.L("Antibiogramme cumulatif 2024", "2024 cumulative antibiogram")
    body = [c.L("Bonjour,", "Hello,"), c.L("Voici l'antibiogramme cumulatif 2024 (premier isolat par patient, normes CLSI M39).",
                                          "Attached is the 2024 cumulative antibiogram (first isolate per patient, CLSI M39)."),
            *extra, C.signature(S["charbonneau"], c.lang)]
    return c.spec("antibiogram", subj, c.who("charbonneau"), [MED], body, c.L("antibiogramme cumulatif", "cumulative antibiogram"), atts=atts)


# ---- n16. IPAC surveillance rates ---------------------------------------------------
def ipac_rates(c):
    units = ["6N", "7S", "5E", "4O", "USI"]
    rows = [[u, f"{c.rng.randint(0, 9)}.{c.rng.randint(0, 9)}", str(c.rng.randint(0, 3)), f"{c.rng.randint(62, 96)}"] for u in units]
    if c.lang == "fr":
        rows = [[r[0], r[1].replace(".", ","), r[2], r[3] + " %"] for r in rows]
    hdr = c.L(["Unité", "DACD /10 000 j-p", "Bactériémies SARM", "Hygiène des mains"],
              ["Unit", "CDI /10,000 pt-days", "MRSA bacteremias", "Hand hygiene"])
    subj = c.L(f"Surveillance PCI – période {c.rng.randint(1, 13)}", f"IPAC surveillance - period {c.rng.randint(1, 13)}")
    body = [c.L("Bonjour,", "Hello,"), c.L("Indicateurs de la période (données agrégées) :", "Period indicators (aggregate data):"),
            Table(hdr, rows), c.L("Aucun cas lié n'a été identifié.", "No linked cases identified."), C.signature(S["levesque"], c.lang)]
    return c.spec("ipac_stats", subj, c.who("levesque"), [("Comité PCI", "comite.pci@hsaubin.example")], body,
                  c.L("taux de surveillance agrégés", "aggregate surveillance rates"))


# ---- n17. outbreak notice without identities ----------------------------------------
def outbreak_notice(c):
    org = c.choice([("influenza A", "influenza A"), ("norovirus", "norovirus"), ("COVID-19", "COVID-19"),
                    ("ERV", "VRE"), ("C. difficile", "C. difficile")])
    unit = c.choice(["5e Ouest", "6e Nord", "7e Sud", "4e Est"]) if c.lang == "fr" else c.choice(["5 West", "6 North", "7 South", "4 East"])
    np_, ns = c.rng.randint(3, 9), c.rng.randint(0, 4)
    if c.lang == "fr":
        subj = f"AVIS D'ÉCLOSION – {org[0]} – {unit}"
        body = [f"Une éclosion de {org[0]} est déclarée au {unit} : {np_} patients et {ns} employés touchés depuis le début.",
                "Mesures : précautions gouttelettes-contact, visites limitées, admissions suspendues 72 h, nettoyage renforcé "
                "deux fois par jour. Les employés symptomatiques doivent contacter la santé au travail.",
                "Équipe de prévention et contrôle des infections – poste 0126"]
    else:
        subj = f"OUTBREAK NOTICE - {org[1]} - {unit}"
        body = [f"An outbreak of {org[1]} has been declared on {unit}: {np_} patients and {ns} staff affected to date.",
                "Measures: droplet/contact precautions, restricted visits, admissions on hold 72 h, twice-daily enhanced cleaning. "
                "Symptomatic staff must call occupational health.", "Infection Prevention and Control - ext. 126"]
    return c.spec("outbreak_notice", subj, c.who("levesque"), [("Tout le personnel", "tous@hsaubin.example")], body,
                  c.L("avis d'éclosion sans identité", "outbreak notice without identities"), importance=True, fmt=c.choice(["html", "plain", "alt"]))


# ---- n18. public-health advisory forwarded -----------------------------------------
def ph_advisory(c):
    n = c.rng.randint(900, 1600)
    if c.lang == "fr":
        inner = [f"Hausse des cas de syphilis infectieuse : {n} cas déclarés en 2024 dans la région (+{c.rng.randint(8, 30)} %).",
                 "Recommandations : dépister toute personne enceinte au 1er trimestre et à 28 semaines ; offrir le dépistage "
                 "aux HARSAH tous les 3 mois ; traitement : pénicilline G benzathine 2,4 M UI IM.",
                 "Direction régionale de santé publique"]
        body = ["Pour information, à diffuser à vos équipes.", Forward("-------- Message transféré --------",
                ["De : DRSP – Vigie <vigie@drsp-mtl.example>", "Objet : Appel à la vigilance – syphilis"], inner)]
        subj = "TR: Appel à la vigilance – syphilis"
    else:
        inner = [f"Rise in infectious syphilis: {n} cases reported in 2024 in the region (+{c.rng.randint(8, 30)}%).",
                 "Recommendations: screen all pregnant people in the 1st trimester and at 28 weeks; offer 3-monthly screening to "
                 "GBMSM; treatment: benzathine penicillin G 2.4 MU IM.", "Regional Public Health"]
        body = ["FYI, please share with your teams.", Forward("---------- Forwarded message ---------",
                ["From: Public Health - Surveillance <vigie@drsp-mtl.example>", "Subject: Health advisory - syphilis"], inner)]
        subj = "Fwd: Health advisory - syphilis"
    return c.spec("public_health_advisory", subj, c.who("dufour"), [MED], body,
                  c.L("appel à la vigilance de santé publique transféré", "forwarded public-health advisory"))


# ---- n19. de-identified teaching case ----------------------------------------------
def teaching_case(c):
    case = c.choice([
        ("Homme de 42 ans, HARSAH, baisse de vision bilatérale depuis 2 semaines et éruption palmo-plantaire. RPR 1:256.",
         "42-year-old man, GBMSM, bilateral vision loss for 2 weeks and palmar-plantar rash. RPR 1:256.",
         ("Quel est le diagnostic le plus probable ?", "What is the most likely diagnosis?")),
        ("Femme de 67 ans, prothèse de hanche (2019), douleur et fistule depuis 3 mois. Cultures : S. epidermidis.",
         "67-year-old woman, hip prosthesis (2019), pain and sinus tract for 3 months. Cultures: S. epidermidis.",
         ("Quelle stratégie chirurgicale proposeriez-vous ?", "What surgical strategy would you propose?")),
        ("Voyageur de 29 ans de retour du Mali, fièvre 39,8 °C, plaquettes 48. Aucune chimioprophylaxie.",
         "29-year-old traveller back from Mali, fever 39.8 C, platelets 48. No chemoprophylaxis.",
         ("Quels examens demander en priorité ?", "Which tests first?")),
    ])
    d = c.day(3, 20)
    if c.lang == "fr":
        subj = f"Club de lecture / cas clinique – {d.isoformat()}"
        body = ["Bonjour à tous,", "Cas pour la discussion de jeudi (dépersonnalisé) :", case[0], case[2][0],
                "Lecture suggérée : lignes directrices IDSA 2024. Présentation par le Dr Vachon.", C.signature(S["chen"], "fr")]
    else:
        subj = f"Journal club / teaching case - {d.isoformat()}"
        body = ["Hi all,", "Case for Thursday's discussion (de-identified):", case[1], case[2][1],
                "Suggested reading: IDSA 2024 guideline. Presented by Dr Vachon.", C.signature(S["chen"], "en")]
    return c.spec("teaching_case", subj, c.who("chen"), [("Résidents MI", "residents.mi@hsaubin.example")], body,
                  c.L("cas clinique d'enseignement dépersonnalisé", "de-identified teaching case"))


# ---- n20. guideline update ------------------------------------------------------------
def guideline(c):
    if c.lang == "fr":
        subj = "Mise à jour du guide d'antibiothérapie empirique"
        body = ["Bonjour,", "Changements à la version 2025 du guide local :",
                "• Pneumonie communautaire (hospitalisé, non USI) : ceftriaxone 1 g IV die + azithromycine 500 mg x 3 j ; durée 5 j.\n"
                "• Pyélonéphrite : ceftriaxone 1 g IV die, relais PO selon culture ; 7 j si fluoroquinolone.\n"
                "• Cellulite non purulente : céfazoline 2 g IV q8h ou céphalexine 500 mg PO qid.",
                "Le guide est disponible sur l'intranet et dans l'application mobile.", C.signature(S["beaulieu"], "fr")]
    else:
        subj = "Empiric antibiotic guide update"
        body = ["Hello,", "Changes in the 2025 local guide:",
                "- CAP (ward): ceftriaxone 1 g IV daily + azithromycin 500 mg x 3 d; 5 days total.\n"
                "- Pyelonephritis: ceftriaxone 1 g IV daily, PO step-down per culture; 7 d if fluoroquinolone.\n"
                "- Non-purulent cellulitis: cefazolin 2 g IV q8h or cephalexin 500 mg PO qid.",
                "Available on the intranet and in the mobile app.", C.signature(S["beaulieu"], "en")]
    return c.spec("guideline", subj, c.who("beaulieu"), [MED], body, c.L("mise à jour de guide thérapeutique", "treatment guide update"))


# ---- n21. committee notice ------------------------------------------------------------
def committee(c):
    com = c.choice([("Comité de prévention et contrôle des infections", "Infection Prevention and Control Committee"),
                    ("Comité de pharmacologie", "Pharmacy and Therapeutics Committee"),
                    ("Sous-comité de gestion des antimicrobiens", "Antimicrobial Stewardship Subcommittee")])
    d = c.day(7, 30)
    if c.lang == "fr":
        subj = f"Convocation – {com[0]} – {d.isoformat()}"
        body = ["Mesdames, Messieurs,", f"Vous êtes convoqués à la réunion du {com[0]} le {d.isoformat()} à 7 h 30 (salle du conseil).",
                "Ordre du jour : 1. Adoption du procès-verbal 2. Ajout de la dalbavancine au formulaire (Mme Beaulieu) "
                "3. Bilan des bactériémies nosocomiales (Dre Dufour) 4. Varia",
                "Présidente : Dre Hélène Dufour | Secrétaire : Mme Maryse Ferland"]
    else:
        subj = f"Notice of meeting - {com[1]} - {d.isoformat()}"
        body = ["Dear members,", f"The {com[1]} meets on {d.isoformat()} at 7:30 (board room).",
                "Agenda: 1. Minutes 2. Adding dalbavancin to formulary (Ms. Beaulieu) 3. Hospital-onset bacteremia review "
                "(Dr Dufour) 4. Other business", "Chair: Dr Hélène Dufour | Secretary: Ms. Maryse Ferland"]
    atts = []
    if c.rng.random() < 0.4:
        atts = [att_docx(c.L("PV_reunion_precedente.docx", "Previous_minutes.docx"), c.L("Procès-verbal", "Minutes"),
                         [c.L("Présents : Dre Dufour, Dr Haddad, Mme Beaulieu, Mme Lévesque, M. Côté.",
                              "Present: Dr Dufour, Dr Haddad, Ms. Beaulieu, Ms. Lévesque, Mr. Côté."),
                          c.L("Le taux de bactériémies à SARM est stable (0,12/1000 j-p).", "MRSA bacteremia rate stable (0.12/1000 pt-days)."),
                          c.L("Adopté à l'unanimité.", "Carried unanimously.")])]
    return c.spec("committee", subj, c.who("ferland"), [("Membres du comité", "comite@hsaubin.example")], body,
                  c.L("convocation de comité", "committee notice"), atts=atts)


# ---- n22. conference programme --------------------------------------------------------
def conference(c):
    talks = [("Dre Aïcha Mensah", "PrEP injectable : où en sommes-nous ?", "Injectable PrEP: where are we?"),
             ("Dr Samuel Okafor", "Syphilis congénitale au Québec", "Congenital syphilis in Quebec"),
             ("Dre Rachel Kimura", "Candida auris : leçons d'une éclosion", "Candida auris: lessons from an outbreak"),
             ("Dr Alexandre Sauvé", "ATIVAD et dalbavancine chez l'UDI", "OPAT and dalbavancin in PWID"),
             ("Pr Jan De Smet", "Tuberculose multirésistante", "MDR tuberculosis")]
    sel = c.rng.sample(talks, 4)
    rows = [[f"{8 + i}:{c.choice(['00', '30'])}", t[0], t[1] if c.lang == "fr" else t[2]] for i, t in enumerate(sel)]
    subj = c.L("Programme – Journée annuelle VIH/ITSS et maladies infectieuses", "Programme - Annual HIV/STBBI & ID Day")
    body = [c.L("Bonjour,", "Hello,"), c.L("Voici le programme de la journée (accréditée, 6 h de formation) :",
                                          "Here is the day's programme (accredited, 6 hours):"),
            Table([c.L("Heure", "Time"), c.L("Conférencier", "Speaker"), c.L("Sujet", "Topic")], rows),
            c.L("Inscription gratuite pour le personnel ; places limitées.", "Free registration for staff; limited seats."),
            C.signature(S["tremblay"], c.lang)]
    atts = [att_pdf(c.L("Programme_journee_VIH.pdf", "HIV_day_programme.pdf"), c.L("Programme", "Programme"),
                    [" - ".join(r) for r in rows], compress=c.rng.random() < 0.5)] if c.rng.random() < 0.5 else []
    return c.spec("conference", subj, c.who("tremblay"), [MED, ALL], body, c.L("programme de conférence", "conference programme"),
                  atts=atts, fmt=c.choice(["html", "alt", "plain"]))


# ---- n23. grand rounds invitation (ICS) --------------------------------------------------
def grand_rounds(c):
    d = datetime.datetime.combine(c.day(5, 30), datetime.time(12, 0))
    spk = c.choice(["okafor", "menard", "haddad", "chen"])
    topic = c.choice([("Candida auris : mise à jour", "Candida auris update"), ("Tuberculose latente : nouveaux schémas", "Latent TB: new regimens"),
                      ("Bactériémie à S. aureus : 10 commandements", "S. aureus bacteremia: 10 commandments")])
    ics = att_ics("invitation.ics", uid=f"gr-{c.k}@hsaubin.example", start=d, end=d + datetime.timedelta(hours=1),
                  summary=c.L("Grande tournée MI : ", "ID Grand Rounds: ") + (topic[0] if c.lang == "fr" else topic[1]) + f" – {S[spk].dname(c.lang)}",
                  description=c.L("Amphithéâtre B et Teams. Lunch servi.", "Auditorium B and Teams. Lunch served."),
                  location="Amphithéâtre B", organizer=("Grandes tournées", "tournees@hsaubin.example"))
    subj = c.L("Invitation – grande tournée MI", "Invitation - ID Grand Rounds")
    body = [c.L(f"Conférencier : {S[spk].dname('fr')}. Sujet : {topic[0]}.", f"Speaker: {S[spk].dname('en')}. Topic: {topic[1]}."),
            c.L("1 crédit de catégorie 1.", "1 Section 1 credit.")]
    return c.spec("grand_rounds", subj, ("Grandes tournées", "tournees@hsaubin.example"), [MED], body,
                  c.L("invitation à une grande tournée", "grand rounds invitation"), atts=[ics])


# ---- n24. research protocol synopsis --------------------------------------------------
def research(c):
    no = f"MP-{c.rng.randint(10, 99)}-2025-{c.rng.randint(1000, 9999)}"
    if c.lang == "fr":
        subj = f"Protocole {no} – approbation du CER"
        body = ["Bonjour,", f"Le comité d'éthique a approuvé le protocole {no} : « Observance du cabotégravir/rilpivirine "
                "injectable chez les personnes vivant avec le VIH ».",
                "Critères d'inclusion : ≥ 18 ans, CV < 50 copies/mL depuis 6 mois. Exclusion : grossesse, VHB actif.",
                "Recrutement prévu : 80 participants sur 18 mois. Aucun recrutement avant l'activation du site.",
                C.signature(S["mensah"], "fr")]
    else:
        subj = f"Protocol {no} - REB approval"
        body = ["Hello,", f"The REB approved protocol {no}: 'Adherence to long-acting cabotegravir/rilpivirine in people living "
                "with HIV'.", "Inclusion: >= 18 years, VL <50 copies/mL for 6 months. Exclusion: pregnancy, active HBV.",
                "Target: 80 participants over 18 months. No recruitment before site activation.", C.signature(S["mensah"], "en")]
    atts = [att_pdf(f"Synopsis_{no}.pdf", "Synopsis", [body[1], body[2], body[3]], compress=True)] if c.rng.random() < 0.4 else []
    return c.spec("research", subj, c.who("mensah"), [ALL], body, c.L("protocole de recherche sans participant", "research protocol, no participants"), atts=atts)


# ---- n25. PrEP programme statistics ----------------------------------------------------
def prep_stats(c):
    rows = [[f"T{q}" if c.lang == "fr" else f"Q{q}", str(c.rng.randint(180, 420)), str(c.rng.randint(20, 70)), str(c.rng.randint(0, 2))] for q in range(1, 5)]
    hdr = c.L(["Trimestre", "Usagers actifs", "Nouvelles initiations", "Séroconversions"], ["Quarter", "Active users", "New starts", "Seroconversions"])
    subj = c.L("Statistiques du programme PrEP 2024", "PrEP programme statistics 2024")
    body = [c.L("Bonjour,", "Hello,"), c.L("Données agrégées pour le rapport annuel :", "Aggregate data for the annual report:"),
            Table(hdr, rows), c.L("Âge médian : 31 ans ; 88 % HARSAH.", "Median age 31; 88% GBMSM."), C.signature(S["dube"], c.lang)]
    return c.spec("aggregate_stats", subj, c.who("dube"), [c.who("cote")], body, c.L("statistiques agrégées PrEP", "aggregate PrEP statistics"))


# ---- n26. OPAT quality indicators ------------------------------------------------------
def opat_stats(c):
    n = c.rng.randint(140, 260)
    if c.lang == "fr":
        subj = "Indicateurs ATIVAD – bilan annuel"
        body = ["Bonjour,", f"En 2024 : {n} épisodes ATIVAD, {c.rng.randint(3000, 5200)} jours-lits évités, "
                f"réadmissions à 30 jours {c.rng.randint(4, 11)} %, complications de PICC {c.rng.randint(2, 7)} %.",
                "Antibiotiques les plus utilisés : céfazoline, ertapénème, daptomycine.", C.signature(S["tremblay"], "fr")]
    else:
        subj = "OPAT indicators - annual report"
        body = ["Hello,", f"2024: {n} OPAT episodes, {c.rng.randint(3000, 5200)} bed-days avoided, 30-day readmissions "
                f"{c.rng.randint(4, 11)}%, PICC complications {c.rng.randint(2, 7)}%.",
                "Most used: cefazolin, ertapenem, daptomycin.", C.signature(S["tremblay"], "en")]
    return c.spec("aggregate_stats", subj, c.who("tremblay"), [c.who("cote"), c.who("dufour")], body, c.L("indicateurs ATIVAD agrégés", "aggregate OPAT indicators"))


# ---- n27. patient education material for review ------------------------------------------
def education_material(c):
    if c.lang == "fr":
        subj = "Dépliant PrEP – révision du texte"
        body = ["Bonjour l'équipe des communications,", "Voici le texte révisé du dépliant :",
                "« Qu'est-ce que la PrEP ? La prophylaxie préexposition est un médicament (emtricitabine/ténofovir) pris avant "
                "une exposition possible au VIH. Elle réduit le risque de plus de 99 % si elle est bien prise. "
                "Un test de dépistage est requis tous les 3 mois. »", "Merci de garder le logo de la clinique.", C.signature(S["dube"], "fr")]
    else:
        subj = "PrEP leaflet - text review"
        body = ["Hi communications team,", "Revised leaflet text:",
                "'What is PrEP? Pre-exposure prophylaxis is a medication (emtricitabine/tenofovir) taken before a possible HIV "
                "exposure. It lowers the risk by over 99% when taken as prescribed. An HIV test is needed every 3 months.'",
                "Please keep the clinic logo.", C.signature(S["dube"], "en")]
    return c.spec("patient_education", subj, c.who("dube"), [("Communications", "communications@hsaubin.example")], body,
                  c.L("texte de dépliant générique", "generic patient leaflet text"))
