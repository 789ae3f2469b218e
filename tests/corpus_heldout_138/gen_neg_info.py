"""Negative templates, part 2: newsletters, committees, conferences, aggregate statistics, teaching, research."""
import datetime as _dt

import gen_common as G
import gen_attach as A
from gen_pos_util import L, greet, thanks, sig_block
from gen_neg_admin import NS, EMP, ename


def _f(c, days):
    return (c.now + _dt.timedelta(days=days)).date()


def newsletter(c, lang):
    r = c.rng
    n = NS(c, lang, "newsletter", L(lang, "infolettre de la clinique santé-voyage", "travel clinic newsletter"))
    no = r.randrange(12, 60)
    items_fr = [("Rougeole en Europe et en Asie", "Plus de 40 000 cas rapportés en Europe cette année. Vérifiez deux doses de RRO "
                                               "chez tout voyageur né après 1970 — la Dre Lussier rappelle que les nourrissons "
                                               "de 6 à 11 mois peuvent recevoir une dose précoce."),
                ("Dengue dans les Antilles", "Hausse marquée des cas en Martinique, en Guadeloupe et à Porto Rico. Aucun vaccin "
                                             "recommandé pour les voyageurs canadiens; insister sur les répulsifs (DEET 30 %)."),
                ("Fièvre jaune : approvisionnement", "YF-Vax de retour en quantité suffisante. Les rendez-vous sont de nouveau "
                                                     "offerts les mardis avec le Dr Vaillancourt."),
                ("Chikungunya : nouveau vaccin", "Le comité consultatif a publié ses recommandations; la clinique offrira le "
                                                 "vaccin à partir du printemps aux voyageurs à risque élevé."),
                ("Nouvelle employée", "Bienvenue à Mme Laurence Baril, infirmière, qui se joint à l'équipe de santé-voyage."),
                ("Statistiques", "La clinique a reçu 1 284 voyageurs au dernier trimestre (Asie du Sud-Est 31 %, Afrique de l'Ouest 22 %).")]
    items_en = [("Measles in Europe and Asia", "Over 40,000 cases reported in Europe this year. Check two MMR doses for every "
                                               "traveller born after 1970 — Dr. Lussier reminds us that infants aged 6-11 months "
                                               "can receive an early dose."),
                ("Dengue in the Caribbean", "Sharp rise in Martinique, Guadeloupe and Puerto Rico. No vaccine recommended for "
                                            "Canadian travellers; stress repellents (30% DEET)."),
                ("Yellow fever: supply", "YF-Vax is back in sufficient quantity. Appointments available again on Tuesdays with "
                                         "Dr. Vaillancourt."),
                ("Chikungunya: new vaccine", "The advisory committee published recommendations; the clinic will offer it from "
                                             "spring to high-risk travellers."),
                ("New staff", "Welcome to Ms. Laurence Baril, RN, joining the travel health team."),
                ("By the numbers", "The clinic saw 1,284 travellers last quarter (Southeast Asia 31%, West Africa 22%).")]
    items = r.sample(items_fr if lang == "fr" else items_en, r.randrange(3, 6))
    blocks = [L(lang, f"Infolettre Santé-Voyage n° {no}", f"Travel Health Newsletter no. {no}")]
    for t, x in items:
        blocks.append(t.upper())
        blocks.append(x)
    blocks.append(L(lang, f"Pour vous désabonner, répondez « STOP ». Clinique santé-voyage, {G.ORG['addr_fr']}, {G.PHONE_TRAVEL}",
                    f"To unsubscribe reply STOP. Travel Health Clinic, {G.ORG['addr_en']}, {G.PHONE_TRAVEL}"))
    return n.spec(L(lang, f"Infolettre Santé-Voyage - n° {no}", f"Travel Health Newsletter - issue {no}"),
                  ("Clinique santé-voyage", "sante-voyage@" + G.ORG["dom"]), [("Partenaires", "partenaires@" + G.ORG["dom"])],
                  blocks, body_kind=r.choice(["html", "alt"]))


def committee_notice(c, lang):
    r = c.rng
    n = NS(c, lang, "committee", L(lang, "avis de comité antibiogouvernance/PCI", "stewardship / IPC committee notice"))
    d = _f(c, r.randrange(5, 20))
    k = r.randrange(2)
    if lang == "fr":
        if k == 0:
            subj = f"Comité d'antibiogouvernance - ordre du jour du {G.fmt_date(d, lang, 'long')}"
            b = ["Bonjour aux membres du comité,", "Ordre du jour :",
                 "1. Adoption du procès-verbal\n2. Consommation d'antimicrobiens T3 (DDD/1000 jours-présence) - V. Pham\n"
                 "3. Restriction du méropénem : bilan 6 mois - Dr Benali\n4. Antibiogramme cumulatif 2024 - Dre Thériault\n"
                 "5. Durées de traitement PAC (5 jours) - audit des dossiers\n6. Varia",
                 "Salle 2-114, 12 h. Lunch fourni."]
        else:
            subj = "Comité PCI - faits saillants"
            b = ["Bonjour,", f"Taux de C. difficile nosocomial : {r.randrange(3, 9)},{r.randrange(0, 9)} / 10 000 jours-présence "
                             f"(cible < 6). Bactériémies à SARM : {r.randrange(0, 3)} ce trimestre. Hygiène des mains : "
                             f"{r.randrange(68, 92)} % d'observance.",
                 "Mme Dallaire présentera l'éclosion d'ERV du 6A (terminée) à la prochaine réunion.",
                 "Le Dr Benali rappelle que la politique d'isolement des voyageurs hospitalisés hors Canada est révisée."]
    else:
        if k == 0:
            subj = f"Stewardship committee - agenda for {G.fmt_date(d, lang, 'long')}"
            b = ["Dear committee members,", "Agenda:",
                 "1. Minutes\n2. Q3 antimicrobial use (DDD/1000 patient-days) - V. Pham\n3. Meropenem restriction: 6-month "
                 "review - Dr. Benali\n4. 2024 cumulative antibiogram - Dr. Thériault\n5. CAP duration (5 days) - chart audit\n6. Other",
                 "Room 2-114, noon. Lunch provided."]
        else:
            subj = "IPC committee - highlights"
            b = ["Hello,", f"Hospital-onset C. difficile: {r.randrange(3, 9)}.{r.randrange(0, 9)} / 10,000 patient-days (target < 6). "
                           f"MRSA bacteremias: {r.randrange(0, 3)} this quarter. Hand hygiene compliance: {r.randrange(68, 92)}%.",
                 "Ms. Dallaire will present the 6A VRE outbreak (closed) at the next meeting.",
                 "Dr. Benali reminds everyone that the isolation policy for patients hospitalized abroad is being revised."]
    b.append(sig_block("ipc" if k else "asp", lang, r))
    return n.spec(subj, G.staff_addr("ipc" if k else "asp"), [("Comité", "comite-asp-pci@" + G.ORG["dom"])], b)


def conference_programme(c, lang):
    r = c.rng
    n = NS(c, lang, "conference", L(lang, "programme d'une journée scientifique", "conference programme"))
    d = _f(c, r.randrange(20, 70))
    talks = [("8 h 30", "Dre Hélène Desrosiers", L(lang, "Bactériémie à S. aureus : ce qui a changé", "S. aureus bacteremia: what changed")),
             ("9 h 15", "Dr Samuel Okoye", L(lang, "PrEP injectable et ITSS en 2025", "Injectable PrEP and STIs in 2025")),
             ("10 h 30", "Dr Philippe Vaillancourt", L(lang, "Paludisme chez le voyageur VFR", "Malaria in VFR travellers")),
             ("11 h 15", "Vincent Pham, pharm.", L(lang, "TIVAD : 10 ans de données", "OPAT: 10 years of data")),
             ("13 h 30", "Dre Amélie Thériault", L(lang, "Candida auris : préparer le laboratoire", "Candida auris: preparing the lab")),
             ("14 h 15", "Dr Karim Benali", L(lang, "Tuberculose chez les nouveaux arrivants", "TB in newcomers")),
             ("15 h 00", L(lang, "Table ronde", "Panel"), L(lang, "Cas cliniques anonymisés", "De-identified clinical cases"))]
    sel = talks[:r.randrange(5, 8)]
    lines = [("h", L(lang, f"Journée d'infectiologie de Val-Mercier - {G.fmt_date(d, lang, 'long')}",
                     f"Val-Mercier Infectious Diseases Day - {G.fmt_date(d, lang, 'long')}"))] + \
            [f"{t}  {who} - {topic}" for t, who, topic in sel] + [("rule",), L(lang, "Crédits de formation : 6 h (section 1).",
                                                                               "Accredited for 6 hours (section 1).")]
    b = [greet(r, lang, None), L(lang, "Le programme de la journée scientifique est joint. Inscription gratuite pour le personnel.",
                                 "The programme for the ID day is attached. Free registration for staff."),
         sig_block("secr", lang, r)]
    att = A.A_pdf(L(lang, "Programme_journee_infectio.pdf", "ID_day_programme.pdf"),
                  A.pdf(L(lang, "Programme", "Programme"), lines, subtitle=G.ORG[lang]))
    return n.spec(L(lang, "Programme - Journée d'infectiologie", "Programme - ID Day"), G.staff_addr("secr"),
                  [("Tous les médecins", "medecins@" + G.ORG["dom"])], b, attachments=[att])


def grand_rounds_ics(c, lang):
    r = c.rng
    n = NS(c, lang, "rounds", L(lang, "invitation aux réunions scientifiques", "grand rounds invitation"))
    start = _dt.datetime.combine(_f(c, r.randrange(3, 15)), _dt.time(12, 0))
    spk = r.choice(["chief", "idmd", "micro", "hiv", "travel"])
    topic = r.choice([L(lang, "Endocardite chez l'utilisateur de drogues injectables", "Endocarditis in people who inject drugs"),
                      L(lang, "Ce que le labo de micro voudrait que vous sachiez", "What the micro lab wants you to know"),
                      L(lang, "Fièvre au retour de voyage : approche pratique", "Fever in the returning traveller: a practical approach"),
                      L(lang, "Syphilis : l'épidémie qui ne ralentit pas", "Syphilis: the epidemic that won't slow down")])
    ev = A.ics(f"{r.randrange(16**12):012x}@{G.ORG['dom']}", start, start + _dt.timedelta(hours=1),
               f"{L(lang, 'Réunion scientifique', 'Grand rounds')} - {G.staff(spk, lang)}", topic,
               L(lang, "Amphithéâtre A + Teams", "Auditorium A + Teams"), G.staff_addr("secr"), [])
    b = [greet(r, lang, None), L(lang, f"Réunion scientifique : {G.staff(spk, lang)}, « {topic} ».",
                                 f"Grand rounds: {G.staff(spk, lang)}, \"{topic}\"."), sig_block("secr", lang, r)]
    return n.spec(L(lang, "Invitation : réunion scientifique", "Invitation: grand rounds"), G.staff_addr("secr"),
                  [("Médecins", "medecins@" + G.ORG["dom"])], b, attachments=[A.A_ics("invitation.ics", ev)])


def antibiogram(c, lang):
    r = c.rng
    n = NS(c, lang, "antibiogram", L(lang, "antibiogramme cumulatif (agrégé)", "cumulative antibiogram (aggregate)"))
    orgs = [("E. coli", 1843), ("K. pneumoniae", 412), ("P. aeruginosa", 298), ("S. aureus (SASM)" if lang == "fr" else "S. aureus (MSSA)", 611),
            ("S. aureus (SARM)" if lang == "fr" else "S. aureus (MRSA)", 87), ("E. faecalis", 264)]
    head = [L(lang, "Organisme", "Organism"), L(lang, "N isolats", "N isolates"), "Amp", "Cfz", "Cro", "Cip", "SXT", "Pip-tazo", "Mer"]
    rows = [[o, nn] + [f"{r.randrange(40, 100)}" for _ in range(7)] for o, nn in orgs]
    year = c.now.year - 1
    mode = r.choice(["xlsx", "csv", "table"])
    b = [greet(r, lang, None),
         L(lang, f"Voici l'antibiogramme cumulatif {year} (premier isolat par patient, % sensible). Données agrégées, "
                 "aucune donnée nominative.", f"Here is the {year} cumulative antibiogram (first isolate per patient, % susceptible). "
                                              "Aggregate data only.")]
    atts = []
    if mode == "xlsx":
        atts.append(A.A_xlsx(f"antibiogramme_{year}.xlsx" if lang == "fr" else f"antibiogram_{year}.xlsx",
                             A.xlsx([(str(year), head, rows)])))
    elif mode == "csv":
        atts.append(A.A_csv(f"antibiogramme_{year}.csv" if lang == "fr" else f"antibiogram_{year}.csv", A.csv_text(head, rows, ",")))
    else:
        b.append(("table", head, rows))
    b.append(sig_block("micro" if lang == "fr" else "micro_en", lang, r, G.PHONE_LAB))
    return n.spec(L(lang, f"Antibiogramme cumulatif {year}", f"{year} cumulative antibiogram"),
                  G.staff_addr("micro" if lang == "fr" else "micro_en"), [("Médecins", "medecins@" + G.ORG["dom"])], b, attachments=atts)


def surveillance_stats(c, lang):
    r = c.rng
    n = NS(c, lang, "statistics", L(lang, "statistiques d'activité agrégées", "aggregate activity statistics"))
    months = [L(lang, G.MOIS[m], G.MONTHS[m]) for m in range(r.randrange(0, 6), 12)][:6]
    rows = [[m, r.randrange(180, 420), r.randrange(20, 60), r.randrange(8, 30), r.randrange(300, 900)] for m in months]
    head = L(lang, ["Mois", "Consult. santé-voyage", "Nouveaux TIVAD", "Consult. infectio", "Jours-TIVAD"],
             ["Month", "Travel consults", "New OPAT", "ID consults", "OPAT days"])
    b = [greet(r, lang, None),
         L(lang, "Statistiques d'activité pour le rapport de gestion. Les jours d'hospitalisation évités par la TIVAD sont estimés à "
                 f"{r.randrange(1800, 3500)} pour la période.", "Activity statistics for the management report. Hospital days avoided "
                                                                 f"through OPAT are estimated at {r.randrange(1800, 3500)} for the period."),
         ("table", head, rows), sig_block("mgr", lang, r, G.PHONE_MAIN)]
    return n.spec(L(lang, "Statistiques d'activité - semestre", "Activity statistics - half-year"), G.staff_addr("mgr"),
                  [("Direction des services professionnels", "dsp-direction@" + G.ORG["dom"])], b)


def teaching_case(c, lang):
    r = c.rng
    n = NS(c, lang, "teaching", L(lang, "cas clinique anonymisé pour l'enseignement", "de-identified teaching case"))
    k = r.randrange(3)
    if lang == "fr":
        case = ["Un homme de 34 ans revient du Mali (visite familiale, 4 semaines) avec fièvre à 39,8 °C, céphalées et "
                "confusion depuis 24 h. Aucune chimioprophylaxie. Plaquettes 41, bilirubine 62, créatinine 188. "
                "Frottis : P. falciparum 7 %.",
                "Une femme de 58 ans, diabétique, présente une douleur lombaire depuis 6 semaines. PCR 96, IRM : spondylodiscite "
                "L2-L3. Hémocultures : SASM 2/2.",
                "Un homme de 27 ans consulte pour une éruption palmoplantaire non prurigineuse. RPR 1:64, TPPA réactif. "
                "Antécédent d'ulcère génital indolore il y a 2 mois."][k]
        qs = "Questions : 1) Diagnostic différentiel? 2) Examens complémentaires? 3) Traitement et suivi?"
        subj = r.choice(["Cas clinique de jeudi (anonymisé)", "Enseignement - cas de la semaine", "Cas pour le club de lecture"])
        intro = "Voici le cas pour l'enseignement de jeudi. Toutes les données identifiantes ont été retirées."
    else:
        case = ["A 34-year-old man returns from Mali (visiting family, 4 weeks) with fever 39.8 °C, headache and confusion for "
                "24 h. No chemoprophylaxis. Platelets 41, bilirubin 62, creatinine 188. Smear: P. falciparum 7%.",
                "A 58-year-old diabetic woman has low back pain for 6 weeks. CRP 96, MRI: L2-L3 spondylodiscitis. Blood cultures: "
                "MSSA 2/2.",
                "A 27-year-old man presents with a non-itchy palmoplantar rash. RPR 1:64, TPPA reactive. Painless genital ulcer "
                "2 months ago."][k]
        qs = "Questions: 1) Differential? 2) Further work-up? 3) Treatment and follow-up?"
        subj = r.choice(["Thursday teaching case (de-identified)", "Teaching - case of the week", "Case for journal club"])
        intro = "Here is the case for Thursday's teaching. All identifying details have been removed."
    b = [greet(r, lang, None), intro, case, qs, sig_block("resident", lang, r)]
    atts = []
    if r.random() < 0.4:
        atts.append(A.A_docx(L(lang, "cas_clinique.docx", "teaching_case.docx"),
                             A.docx(L(lang, "Cas clinique", "Teaching case"), [case, qs])))
    return n.spec(subj, G.staff_addr("resident"), [("Résidents", "residents-mi@" + G.ORG["dom"])], b, attachments=atts)


def research_protocol(c, lang):
    r = c.rng
    n = NS(c, lang, "research", L(lang, "protocole de recherche sans participants", "research protocol, no participants"))
    code = f"CER-{c.now.year}-{r.randrange(100, 999)}"
    if lang == "fr":
        subj = f"Approbation éthique {code} - observance de la prophylaxie antipaludique"
        paras = [("h", "Titre"), "Observance de la chimioprophylaxie antipaludique chez les voyageurs VFR : étude de cohorte prospective",
                 ("h", "Chercheur principal"), "Dr Philippe Vaillancourt; co-chercheuse : Dre Marie-Ève Lussier",
                 ("h", "Population"), "Adultes consultant la clinique santé-voyage avant un séjour en zone impaludée (n visé = 240).",
                 ("h", "Issue principale"), "Proportion de participants ayant pris ≥ 80 % des doses (journal électronique).",
                 ("h", "Confidentialité"), "Les participants seront identifiés par un code d'étude; la clé est conservée par l'archiviste."]
        b = [greet(r, lang, None), f"Le comité d'éthique a approuvé le protocole {code}. Résumé joint; le recrutement peut commencer lundi."]
    else:
        subj = f"Ethics approval {code} - malaria prophylaxis adherence"
        paras = [("h", "Title"), "Adherence to malaria chemoprophylaxis among VFR travellers: a prospective cohort",
                 ("h", "Principal investigator"), "Dr. Philippe Vaillancourt; co-investigator: Dr. Marie-Ève Lussier",
                 ("h", "Population"), "Adults seen at the travel clinic before travel to malaria-endemic areas (target n = 240).",
                 ("h", "Primary outcome"), "Proportion taking >= 80% of doses (electronic diary).",
                 ("h", "Confidentiality"), "Participants identified by study code only; the key is held by the records officer."]
        b = [greet(r, lang, None), f"The REB approved protocol {code}. Summary attached; recruitment can start Monday."]
    b.append(("sig", [L(lang, "Bureau du comité d'éthique de la recherche", "Research Ethics Board office"), G.ORG[lang], "819-555-0150"]))
    att = A.A_docx(f"{code}_resume.docx" if lang == "fr" else f"{code}_summary.docx", A.docx(subj, paras))
    return n.spec(subj, ("Comité d'éthique", "cer@" + G.ORG["dom"]), [G.staff_addr("travel"), G.staff_addr("travel2")], b, attachments=[att])


def travel_advisory(c, lang):
    r = c.rng
    n = NS(c, lang, "advisory", L(lang, "avis de santé publique aux cliniciens", "public health advisory to clinicians"))
    k = r.randrange(3)
    if lang == "fr":
        subj, body = [("Avis aux cliniciens - rougeole", [f"{r.randrange(3, 12)} cas de rougeole confirmés dans la région depuis "
                                                           "janvier, tous liés à des voyages. Vérifier le statut vaccinal de tous les "
                                                           "voyageurs et déclarer sans délai tout cas suspect (fièvre + éruption + toux)."]),
                      ("Avis - dengue chez les voyageurs", ["Hausse des cas importés de dengue (Caraïbes, Asie du Sud-Est). Rappel : "
                                                           "éviter les AINS chez le voyageur fébrile jusqu'à exclusion de la dengue."]),
                      ("Avis - syphilis", ["Le nombre de cas de syphilis infectieuse a doublé en 3 ans dans la région. Dépistage "
                                           "recommandé à chaque visite ITSS; traitement : benzathine pénicilline."])][k]
    else:
        subj, body = [("Clinician advisory - measles", [f"{r.randrange(3, 12)} confirmed measles cases in the region since January, "
                                                         "all travel-related. Check vaccine status of all travellers and report any "
                                                         "suspected case immediately (fever + rash + cough)."]),
                      ("Advisory - dengue in travellers", ["Increase in imported dengue (Caribbean, Southeast Asia). Reminder: avoid "
                                                           "NSAIDs in febrile travellers until dengue is ruled out."]),
                      ("Advisory - syphilis", ["Infectious syphilis cases have doubled in 3 years in the region. Screen at every STI "
                                               "visit; treatment: benzathine penicillin."])][k]
    b = [greet(r, lang, None)] + body + [("sig", [G.ext_name("dsp", lang), L(lang, "Médecin-conseil", "Medical advisor"),
                                                   G.EXT["dsp"][3 if lang == "fr" else 4], "819-555-0160"])]
    return n.spec(subj, G.ext_addr("dsp"), [("Cliniciens", "cliniciens@" + G.ORG["dom"])], b, body_kind=r.choice([None, "html"]))


def referral_guidelines(c, lang):
    r = c.rng
    n = NS(c, lang, "referral_guide", L(lang, "corridors de référence (médecins et maladies)", "referral pathways by physician"))
    rows = [[G.staff("hiv", lang), L(lang, "VIH, PrEP, syphilis, hépatites", "HIV, PrEP, syphilis, hepatitis")],
            [G.staff("idmd", lang), L(lang, "tuberculose active et latente", "active and latent TB")],
            [G.staff("travel", lang), L(lang, "santé-voyage, fièvre au retour, paludisme", "travel medicine, fever in returning travellers, malaria")],
            [G.staff("chief", lang), L(lang, "infections ostéoarticulaires, TIVAD", "bone and joint infections, OPAT")],
            [G.staff("micro", lang), L(lang, "infections fongiques invasives", "invasive fungal infections")]]
    b = [greet(r, lang, None),
         L(lang, "Pour faciliter les références des GMF, voici la répartition des cliniques spécialisées :",
           "To help family practices refer, here is who runs which specialty clinic:"),
         ("table", L(lang, ["Médecin", "Clientèle"], ["Physician", "Clinic"]), rows),
         L(lang, f"Formulaire de référence : télécopieur {G.FAX_ID}. Urgences : téléphoner au {G.PHONE_ID}.",
           f"Referral form by fax to {G.FAX_ID}. Urgent: call {G.PHONE_ID}."), sig_block("chief", lang, r)]
    return n.spec(L(lang, "Corridors de référence - infectiologie", "Referral pathways - infectious diseases"), G.staff_addr("chief"),
                  [G.ext_addr("gp"), G.ext_addr("gp2")], b)


def formulary_update(c, lang):
    r = c.rng
    n = NS(c, lang, "formulary", L(lang, "mise à jour du formulaire d'antimicrobiens", "antimicrobial formulary update"))
    if lang == "fr":
        b = [greet(r, lang, None), "Le comité de pharmacologie a adopté les changements suivants :",
             "- Méropénem et ertapénem : approbation de l'infectiologie requise après 72 h.\n- Daptomycine : ordonnance "
             "pré-imprimée obligatoire (CK hebdomadaire).\n- Céfazoline en perfusion continue ajoutée au protocole TIVAD.\n"
             "- Fidaxomicine : réservée aux récidives de C. difficile, sur avis de la Dre Thériault ou du Dr Benali.",
             "Les ordonnances collectives ont été mises à jour dans l'intranet.", sig_block("asp", lang, r)]
        subj = "Formulaire - changements antimicrobiens"
    else:
        b = [greet(r, lang, None), "The P&T committee adopted the following changes:",
             "- Meropenem and ertapenem: ID approval required after 72 h.\n- Daptomycin: pre-printed order mandatory (weekly CK).\n"
             "- Continuous-infusion cefazolin added to the OPAT protocol.\n- Fidaxomicin: restricted to recurrent C. difficile, "
             "on advice of Dr. Thériault or Dr. Benali.", "Order sets have been updated on the intranet.", sig_block("asp_en", lang, r)]
        subj = "Formulary - antimicrobial changes"
    return n.spec(subj, G.staff_addr("asp" if lang == "fr" else "asp_en"), [("Prescripteurs", "prescripteurs@" + G.ORG["dom"])], b)


def lab_procedure(c, lang):
    r = c.rng
    n = NS(c, lang, "lab_procedure", L(lang, "changement de procédure au laboratoire", "lab procedure change"))
    k = r.randrange(3)
    if lang == "fr":
        subj, body = [("Hémocultures : volume de remplissage", ["Audit du dernier mois : 38 % des flacons aérobies contenaient moins "
                                                               "de 8 mL. Un volume insuffisant réduit la sensibilité. Merci de prélever "
                                                               "8 à 10 mL par flacon; affiches jointes."]),
                      ("Nouveau test rapide paludisme", ["À partir du 1er, le test antigénique rapide (BinaxNOW) sera fait 24/7; "
                                                         "la goutte épaisse reste obligatoire et sera lue par la technologiste de garde."]),
                      ("Envoi au laboratoire provincial", ["Les échantillons pour sérologie arbovirus partent le mardi et le jeudi. "
                                                           "Utilisez la nouvelle requête (version 2025-01)."])][k]
    else:
        subj, body = [("Blood cultures: fill volume", ["Last month's audit: 38% of aerobic bottles had less than 8 mL. Low volume reduces "
                                                       "sensitivity. Please draw 8-10 mL per bottle; posters attached."]),
                      ("New rapid malaria test", ["From the 1st, the rapid antigen test (BinaxNOW) will run 24/7; thick smear remains "
                                                  "mandatory and will be read by the on-call technologist."]),
                      ("Shipping to provincial lab", ["Arbovirus serology samples ship Tuesday and Thursday. Use the new requisition "
                                                      "(version 2025-01)."])][k]
    b = [greet(r, lang, None)] + body + [sig_block("labchief", lang, r, G.PHONE_LAB)]
    atts = []
    if k == 0:
        atts.append(A.A_pdf(L(lang, "affiche_hemocultures.pdf", "blood_culture_poster.pdf"),
                            A.pdf(L(lang, "Hémocultures : 8 à 10 mL par flacon", "Blood cultures: 8-10 mL per bottle"),
                                  [L(lang, "1. Désinfecter le bouchon (alcool 70 %)", "1. Disinfect the cap (70% alcohol)"),
                                   L(lang, "2. Aérobie en premier", "2. Aerobic bottle first"),
                                   L(lang, "3. Marquer le niveau de remplissage", "3. Mark the fill line")])))
    return n.spec(subj, G.staff_addr("labchief"), [("Unités de soins", "unites@" + G.ORG["dom"])], b, attachments=atts)


def fwd_webinar_eml(c, lang):
    r = c.rng
    n = NS(c, lang, "webinar", L(lang, "invitation de webinaire transférée (.eml)", "forwarded webinar invitation (.eml)"))
    inner = {"from": ("Association des infectiologues", "info@infectiologues-assoc.example"),
             "to": [G.staff_addr("chief")],
             "subject": L(lang, "Webinaire : nouveautés en santé-voyage", "Webinar: what's new in travel medicine"),
             "blocks": [L(lang, "Chers membres,", "Dear members,"),
                        L(lang, "Le Dr Alain Poisson (Université fictive de Montréal) présentera les nouveautés en vaccination du "
                                "voyageur : chikungunya, dengue et encéphalite à tiques. Mercredi 12 h, gratuit pour les membres.",
                          "Dr. Alain Poisson (Fictional University) will cover new traveller vaccines: chikungunya, dengue and "
                          "tick-borne encephalitis. Wednesday noon, free for members."),
                        L(lang, "Inscription : infectiologues-assoc.example/webinaires", "Register: infectiologues-assoc.example/webinars")],
             "date": c.now - _dt.timedelta(days=2), "attachments": []}
    b = [L(lang, "Intéressant pour l'équipe santé-voyage, voir le message joint.", "Of interest for the travel team, see attached."),
         G.STAFF["chief"][0]]
    return n.spec(L(lang, "TR: Webinaire santé-voyage", "FW: Travel medicine webinar"), G.staff_addr("chief"),
                  [G.staff_addr("travel"), G.staff_addr("tnurse")], b,
                  attachments=[{"kind": "inner", "filename": "webinaire.eml" if lang == "fr" else "webinar.eml", "spec": inner}])


TEMPLATES = {
    "newsletter": newsletter, "committee_notice": committee_notice, "conference_programme": conference_programme,
    "grand_rounds_ics": grand_rounds_ics, "antibiogram": antibiogram, "surveillance_stats": surveillance_stats,
    "teaching_case": teaching_case, "research_protocol": research_protocol, "travel_advisory": travel_advisory,
    "referral_guidelines": referral_guidelines, "formulary_update": formulary_update, "lab_procedure": lab_procedure,
    "fwd_webinar_eml": fwd_webinar_eml,
}
