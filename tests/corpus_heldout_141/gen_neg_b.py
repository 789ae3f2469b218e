"""Negative templates, part B: newsletters, committees, conferences, notices, protocols, templates."""
import datetime as dt

import gen_common as C
import gen_docs as D
from gen_clin import Draft
from gen_mime import Att
from gen_pos_a import workday, clinic_box
from gen_neg_a import allstaff, XLSX, DOCX, _cycle

CL = C.CLINIC


# --------------------------------------------------------------------------
def n_newsletter(ctx, lang, now):
    d = Draft(ctx, lang, "newsletter", "")
    rng = d.rng
    month = C.MONTHS_FR[now.month - 1] if lang == "fr" else C.MONTHS_EN[now.month - 1]
    items_fr = [("Bienvenue au Dr Étienne Lacasse", "Le Dr Lacasse se joint à l'équipe après un fellowship en sclérodermie. "
                 "Il reprend la clinique de Raynaud et les perfusions d'iloprost."),
                ("Clinique lupus-grossesse", "La Dre Vézina et la Dre Kaplan lancent une clinique conjointe pour les femmes atteintes "
                 "de lupus qui planifient une grossesse (hydroxychloroquine, changement de mycophénolate)."),
                ("Chiffres du trimestre", f"{rng.randint(580, 720)} perfusions administrées, {rng.randint(20, 40)} nouveaux patients sous "
                 f"biologique, taux d'absence de {rng.uniform(2, 5):.1f} %."),
                ("Soirée d'information", "« Vivre avec la polyarthrite » le 22 mai, 19 h, ouvert aux patients et à leurs proches. "
                 "Conférencière : Mme Valérie Lussier, ergothérapeute."),
                ("Bravo!", "Félicitations à Mélanie Drouin pour sa certification en thérapie intraveineuse (ACIIT).")]
    items_en = [("Welcome Dr. Étienne Lacasse", "Dr. Lacasse joins us after a scleroderma fellowship and takes over the Raynaud's "
                 "clinic and iloprost infusions."),
                ("Lupus-pregnancy clinic", "Dr. Vézina and Dr. Kaplan are launching a joint clinic for women with lupus planning "
                 "a pregnancy (hydroxychloroquine, switching off mycophenolate)."),
                ("Quarter in numbers", f"{rng.randint(580, 720)} infusions given, {rng.randint(20, 40)} new patients started on a "
                 f"biologic, no-show rate {rng.uniform(2, 5):.1f}%."),
                ("Information evening", "'Living with rheumatoid arthritis', May 22, 7 pm, open to patients and families. "
                 "Speaker: Ms. Valérie Lussier, occupational therapist."),
                ("Kudos!", "Congratulations to Mélanie Drouin on her IV therapy certification (CVAA).")]
    items = items_fr if lang == "fr" else items_en
    rng.shuffle(items)
    items = items[:rng.randint(3, 5)]
    title = d.t(f"L'Info-Trembles — {month} {now.year}", f"Trembles Update — {month} {now.year}")
    d.text = title + "\n\n" + "\n\n".join(f"{h.upper()}\n{b}" for h, b in items) + "\n\n" + \
        d.t(f"{CL['fr']}\n{CL['addr_fr']}\n{CL['tel']}\nPour vous désabonner, répondez « retrait ».",
            f"{CL['en']}\n{CL['addr_en']}\n{CL['tel']}\nTo unsubscribe, reply 'remove'.")
    body = "".join(f"<h3 style='color:#2b5d7c'>{h}</h3><p>{b}</p>" for h, b in items)
    d.html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body style='font-family:Arial;max-width:640px'>"
              f"<h1 style='background:#2b5d7c;color:white;padding:8px'>{title}</h1>{body}<hr><p style='font-size:9pt'>"
              f"{CL[lang]}<br>{CL['addr_fr' if lang == 'fr' else 'addr_en']}<br>{CL['tel']}</p></body></html>")
    d.layout = rng.choice(["alt", "html"])
    d.frm = (d.t("Communications CRPT", "CRPT Communications"), clinic_box("communications"))
    d.to = allstaff(d)
    d.subject = title
    d.note = d.t("infolettre mensuelle", "monthly newsletter")
    return d


# --------------------------------------------------------------------------
def n_committee(ctx, lang, now):
    d = Draft(ctx, lang, "committee_notice", "")
    rng = d.rng
    day = workday(now, 5, 20, rng)
    items = d.t(["Adoption du procès-verbal", "Transition vers le rituximab biosimilaire (Riximyo) - Dr Benali",
                 "Protocole de prémédication infliximab : retrait des corticostéroïdes systématiques - M.-A. Dufresne",
                 "Rupture de méthotrexate injectable : stratégie", "Taux de réactions T1 (données agrégées) - N. Haddad", "Varia"],
                ["Approval of minutes", "Transition to biosimilar rituximab (Riximyo) - Dr. Benali",
                 "Infliximab premedication protocol: dropping routine steroids - M.-A. Dufresne",
                 "Injectable methotrexate shortage: strategy", "Q1 reaction rates (aggregate) - N. Haddad", "Other business"])
    d.text = d.t(f"Bonjour,\n\nLe comité de pharmacologie et thérapeutique se réunira le {C.dfr(day, True)} à 12 h 15 (salle B et Teams).\n\n"
                 f"Ordre du jour :\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) +
                 "\n\nLes documents sont dans le dossier partagé. Quorum : 5 membres.\n\nMarc-André Dufresne, secrétaire du comité",
                 f"Hello,\n\nThe Pharmacy & Therapeutics committee meets {C.den(day, True)} at 12:15 (room B and Teams).\n\n"
                 f"Agenda:\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) +
                 "\n\nDocuments are in the shared folder. Quorum: 5 members.\n\nMarc-André Dufresne, committee secretary")
    if rng.random() < 0.4:
        d.atts.append(Att(D.make_docx(d.t("Ordre du jour - Comité P&T", "Agenda - P&T committee"), items), DOCX,
                          d.t("ODJ_comite_PT.docx", "PT_committee_agenda.docx")))
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_ics(f"comite-pt-{day.isoformat()}@{CL['dom']}", dt.datetime(2025, 1, 1, 12, 0),
                                     dt.datetime(day.year, day.month, day.day, 12, 15), dt.datetime(day.year, day.month, day.day, 13, 15),
                                     d.t("Comité de pharmacologie et thérapeutique", "Pharmacy & Therapeutics committee"),
                                     location=d.t("Salle B / Teams", "Room B / Teams"), organizer=("Marc-André Dufresne", C.staff_addr("dufresne"))),
                          "text/calendar", "invitation.ics", ctype_params="method=REQUEST", charset="utf-8"))
    d.frm = d.staff("dufresne")
    d.to = [d.staff(k) for k in C.PHYSICIANS] + [d.staff("haddad"), d.staff("charest")]
    d.subject = d.t("Convocation - comité P&T", "Notice of meeting - P&T committee")
    d.note = d.t("convocation de comité", "committee meeting notice")
    return d


# --------------------------------------------------------------------------
def n_conference(ctx, lang, now):
    d = Draft(ctx, lang, "conference_programme", "")
    rng = d.rng
    day = workday(now, 20, 60, rng)
    prog = d.t([("8 h 30", "Accueil"), ("9 h 00", "Dre Hélène Vézina — Néphrite lupique : quoi de neuf en 2025?"),
                ("9 h 45", "Dr Karim Benali — Artérite à cellules géantes : le tocilizumab après 52 semaines"),
                ("10 h 45", "Dre Priya Raman — Inhibiteurs JAK et risque thromboembolique"),
                ("11 h 30", "Dre Amina Obi — Dépistage de la tuberculose latente avant les biologiques"),
                ("13 h 00", "Atelier : réactions à la perfusion (Nadia Haddad, inf.)"),
                ("14 h 00", "Dr Étienne Lacasse — Sclérodermie et ulcères digitaux : place de l'iloprost")],
               [("8:30", "Registration"), ("9:00", "Dr. Hélène Vézina — Lupus nephritis: what's new in 2025?"),
                ("9:45", "Dr. Karim Benali — Giant cell arteritis: tocilizumab beyond 52 weeks"),
                ("10:45", "Dr. Priya Raman — JAK inhibitors and thromboembolic risk"),
                ("11:30", "Dr. Amina Obi — Latent TB screening before biologics"),
                ("13:00", "Workshop: infusion reactions (Nadia Haddad, RN)"),
                ("14:00", "Dr. Étienne Lacasse — Scleroderma digital ulcers: the role of iloprost")])
    body = "\n".join(f"{a:<9}{b}" for a, b in prog)
    d.text = d.t(f"Bonjour,\n\nVoici le programme de la 12e Journée de rhumatologie des Trembles ({C.dfr(day, True)}, Centre des congrès "
                 f"de Saint-Aurèle).\n\n{body}\n\n6 heures de formation accréditées. Inscription : 75 $ (gratuit pour les résidents).\n",
                 f"Hello,\n\nHere is the programme of the 12th Des Trembles Rheumatology Day ({C.den(day, True)}, Saint-Aurèle Convention "
                 f"Centre).\n\n{body}\n\n6 accredited CME hours. Registration: $75 (free for residents).\n")
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_pdf(d.t("Programme - Journée de rhumatologie", "Programme - Rheumatology Day"), "", table=[["", ""]] + [list(x) for x in prog],
                                     header=CL[lang]), "application/pdf", d.t("Programme_journée_rhumato.pdf", "Rheum_day_programme.pdf")))
    d.frm = (d.t("Formation continue CRPT", "CRPT CME"), clinic_box("formation"))
    d.to = [(d.t("Médecins de la région", "Regional physicians"), "liste-medecins@rls-trembles.example")]
    d.subject = d.t("Programme - Journée de rhumatologie", "Programme - Rheumatology Day")
    d.layout = rng.choice(["plain", "alt"])
    d.note = d.t("programme de conférence", "conference programme")
    return d


# --------------------------------------------------------------------------
def n_shortage(ctx, lang, now):
    d = Draft(ctx, lang, "drug_shortage", "")
    rng = d.rng
    drug = _cycle(ctx, "shortage", [("Méthotrexate injectable 25 mg/mL, fiole 2 mL", "Methotrexate injection 25 mg/mL, 2 mL vial", "0218" + str(rng.randint(1000, 9999))),
                       ("Hydroxychloroquine 200 mg comprimés", "Hydroxychloroquine 200 mg tablets", "0224" + str(rng.randint(1000, 9999))),
                       ("Diphenhydramine 50 mg/mL injectable", "Diphenhydramine 50 mg/mL injection", "0201" + str(rng.randint(1000, 9999)))])
    until = now.date() + dt.timedelta(days=rng.randint(30, 90))
    d.text = d.t(f"AVIS DE RUPTURE D'APPROVISIONNEMENT\n\nProduit : {drug[0]} (DIN {drug[2]})\nDurée prévue : jusqu'au {C.dfr(until)}\n\n"
                 "Mesures : réserver le stock aux nouveaux patients; privilégier les seringues préremplies (Metoject) lorsque couvertes; "
                 "pour la voie orale, arrondir à la dose de 2,5 mg la plus proche.\n\nMarc-André Dufresne, pharmacien",
                 f"SUPPLY SHORTAGE NOTICE\n\nProduct: {drug[1]} (DIN {drug[2]})\nExpected until: {C.den(until)}\n\n"
                 "Actions: reserve stock for new starts; prefer prefilled syringes (Metoject) when covered; for oral dosing round to "
                 "the nearest 2.5 mg.\n\nMarc-André Dufresne, pharmacist")
    d.frm = d.staff("dufresne")
    d.to = [d.staff(k) for k in C.PHYSICIANS] + [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))]
    d.subject = d.t("Rupture : ", "Shortage: ") + drug[0 if lang == "fr" else 1]
    d.extra = [("Importance", "high")]
    d.note = d.t("avis de rupture de médicament", "drug shortage notice")
    return d


# --------------------------------------------------------------------------
def n_recall(ctx, lang, now):
    d = Draft(ctx, lang, "recall", "")
    rng = d.rng
    lots = [f"24K{rng.randint(100, 999)}", f"24K{rng.randint(100, 999)}", f"25A{rng.randint(100, 999)}"]
    d.text = d.t(f"RAPPEL VOLONTAIRE - Medifuse inc.\n\nProduit : tubulure de perfusion avec filtre en ligne 0,2 µm, réf. MF-2210\n"
                 f"Lots visés : {', '.join(lots)}\nProblème : risque de fissure au raccord Luer pouvant entraîner une fuite.\n\n"
                 "Action requise : retirer les lots visés, les mettre en quarantaine et remplir le formulaire de retour ci-joint. "
                 f"Aucun incident rapporté chez des patients à ce jour.\n\nService à la clientèle : 1 800 555-0191",
                 f"VOLUNTARY RECALL - Medifuse Inc.\n\nProduct: infusion set with 0.2 micron in-line filter, ref. MF-2210\n"
                 f"Affected lots: {', '.join(lots)}\nIssue: possible crack at the Luer connector causing leakage.\n\n"
                 "Action required: remove affected lots, quarantine, and complete the attached return form. No patient incidents "
                 "reported to date.\n\nCustomer service: 1 800 555-0191")
    form = D.make_pdf(d.t("Formulaire de retour - rappel MF-2210", "Return form - recall MF-2210"), "",
                      fields=[(d.t("Établissement", "Facility"), "__________________"), (d.t("No de lot", "Lot #"), "__________"),
                              (d.t("Quantité", "Quantity"), "______"), (d.t("Signature", "Signature"), "__________________")])
    d.atts.append(Att(form, "application/pdf", "MF-2210_retour.pdf" if lang == "fr" else "MF-2210_return.pdf"))
    d.frm = ("Medifuse - Qualité", "qualite@medifuse.example")
    d.to = [d.staff("arsenault")]
    d.cc = [d.staff("haddad")]
    d.subject = d.t("Rappel volontaire MF-2210 - lots ", "Voluntary recall MF-2210 - lots ") + ", ".join(lots)
    d.note = d.t("rappel de matériel", "device recall")
    return d


# --------------------------------------------------------------------------
def n_stats(ctx, lang, now):
    d = Draft(ctx, lang, "aggregate_stats", "")
    rng = d.rng
    drugs = ["Infliximab", "Rituximab", "Tocilizumab", "Abatacept", "Belimumab", "Anifrolumab", "Acide zolédronique" if lang == "fr" else "Zoledronic acid", "Pegloticase"]
    months = [C.MONTHS_FR[(now.month - 4 + i) % 12] if lang == "fr" else C.MONTHS_EN[(now.month - 4 + i) % 12] for i in range(3)]
    rows = [[d.t("Médicament", "Drug")] + months + [d.t("Réactions", "Reactions")]]
    for dr in drugs:
        rows.append([dr] + [rng.randint(4, 90) for _ in months] + [rng.randint(0, 4)])
    summary = d.t(f"Dépistage TB documenté avant l'initiation : {rng.randint(92, 99)} %. QFT positifs : {rng.randint(3, 9)} "
                  f"({rng.uniform(2, 6):.1f} %). Taux d'absence : {rng.uniform(2, 6):.1f} %.",
                  f"TB screening documented before initiation: {rng.randint(92, 99)}%. Positive QFT: {rng.randint(3, 9)} "
                  f"({rng.uniform(2, 6):.1f}%). No-show rate: {rng.uniform(2, 6):.1f}%.")
    mode = rng.choice(["xlsx", "csv", "text"])
    if mode == "xlsx":
        d.atts.append(Att(D.make_xlsx([(d.t("Trimestre", "Quarter"), rows)]), XLSX, d.t("stats_perfusion_trimestre.xlsx", "infusion_stats_quarter.xlsx")))
        tbl = ""
    elif mode == "csv":
        d.atts.append(Att(D.make_csv(rows).encode("utf-8"), "text/csv", d.t("stats.csv", "stats.csv"), charset="utf-8", cte="7bit" if lang == "en" else "base64"))
        tbl = ""
    else:
        tbl = "\n" + "\n".join("".join(f"{str(c):<20}" for c in r) for r in rows) + "\n"
    d.text = d.t(f"Bonjour,\n\nStatistiques de l'unité de perfusion pour le dernier trimestre.{tbl}\n{summary}\n\nLouise",
                 f"Hello,\n\nInfusion unit statistics for last quarter.{tbl}\n{summary}\n\nLouise")
    d.frm = d.staff("charest")
    d.to = [d.staff(k) for k in C.PHYSICIANS] + [d.staff("haddad")]
    d.subject = d.t("Statistiques trimestrielles - perfusion", "Quarterly stats - infusion")
    d.note = d.t(f"statistiques agrégées ({mode})", f"aggregate statistics ({mode})")
    return d


# --------------------------------------------------------------------------
def n_teaching(ctx, lang, now):
    d = Draft(ctx, lang, "teaching_case", "")
    rng = d.rng
    case = _cycle(ctx, "teach", [
        ("Une femme de 34 ans consulte pour arthralgies, rash malaire et protéinurie à 1,8 g/j. Anti-ADNdb élevés, C3 bas. "
         "Biopsie : classe IV. Quel traitement d'induction proposez-vous? Quand ajouter le belimumab?",
         "A 34-year-old woman presents with arthralgia, malar rash and 1.8 g/day proteinuria. High anti-dsDNA, low C3. Biopsy: "
         "class IV. What induction would you propose? When would you add belimumab?"),
        ("Un homme de 71 ans présente céphalée temporale, claudication de la mâchoire et VS 92. Prednisone débutée. "
         "Discutez l'ajout du tocilizumab et la durée du traitement.",
         "A 71-year-old man has temporal headache, jaw claudication and ESR 92. Prednisone started. Discuss adding tocilizumab and "
         "treatment duration."),
        ("Patient A, 52 ans, PR sous infliximab, QuantiFERON de contrôle positif sans symptômes. Conduite?",
         "Patient A, 52, RA on infliximab, follow-up QuantiFERON positive without symptoms. Management?")])
    d.text = d.t(f"Bonjour les résidents,\n\nCas pour le club de lecture de jeudi (cas dépersonnalisé) :\n\n{case[0]}\n\n"
                 f"Article à lire : la mise à jour des recommandations EULAR sur le lupus (2023).\n\n{C.staff_name('vezina', 'fr')}",
                 f"Hi residents,\n\nCase for Thursday's journal club (de-identified):\n\n{case[1]}\n\nReading: the 2023 EULAR lupus "
                 f"recommendations update.\n\n{C.staff_name('vezina', 'en')}")
    d.frm = d.staff("vezina")
    d.to = [("Résidents rhumatologie" if lang == "fr" else "Rheumatology residents", "residents-rhumato@hrsa.example"), d.staff("gendron")]
    d.subject = d.t("Club de lecture - cas clinique", "Journal club - case")
    d.note = d.t("cas d'enseignement dépersonnalisé", "de-identified teaching case")
    return d


# --------------------------------------------------------------------------
def n_blank_form(ctx, lang, now):
    d = Draft(ctx, lang, "blank_form", "")
    rng = d.rng
    psp = rng.choice(C.PSPS)
    fields = [(d.t("Nom du patient", "Patient name"), "_______________________________"),
              (d.t("Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"), "____-__-__"),
              ("NAM", "____ ____ ____"), (d.t("Sexe", "Sex"), "[ ] F   [ ] M   [ ] X"),
              (d.t("Adresse", "Address"), "_______________________________"),
              (d.t("Téléphone", "Phone"), "(___) ___-____"),
              (d.t("Diagnostic", "Diagnosis"), d.t("[ ] PR  [ ] APso  [ ] SpA  [ ] LED  [ ] autre : ______", "[ ] RA  [ ] PsA  [ ] SpA  [ ] SLE  [ ] other: ______")),
              (d.t("Médicament / posologie", "Drug / dose"), "_______________________________"),
              (d.t("Assurance", "Insurance"), d.t("[ ] RAMQ  [ ] privée : ________  No certificat : ______", "[ ] RAMQ  [ ] private: ________  Certificate: ______")),
              (d.t("Signature du patient", "Patient signature"), "_______________   Date : ________")]
    kind = rng.choice(["pdf", "docx"])
    title = d.t(f"{psp[0]} - Formulaire d'inscription (version 2025)", f"{psp[0]} - Enrolment form (2025 version)")
    if kind == "pdf":
        d.atts.append(Att(D.make_pdf(title, "", fields=fields, header=psp[0], footer=d.t("Télécopieur : ", "Fax: ") + psp[2]),
                          "application/pdf", d.t("formulaire_inscription_vierge.pdf", "enrolment_form_blank.pdf")))
    else:
        d.atts.append(Att(D.make_docx(title, [(a + " :", b) for a, b in fields]), DOCX, d.t("Formulaire_inscription_2025.docx", "Enrolment_form_2025.docx")))
    d.text = d.t(f"Bonjour,\n\nVeuillez utiliser la nouvelle version du formulaire d'inscription (ci-jointe, vierge) à compter du 1er du mois. "
                 f"Les anciennes versions seront refusées.\n\nÉquipe des relations avec les cliniques\n{psp[0]}\n{psp[2]}",
                 f"Hello,\n\nPlease use the new enrolment form (attached, blank) from the 1st of the month. Older versions will be declined.\n\n"
                 f"Clinic relations team\n{psp[0]}\n{psp[2]}")
    d.frm = (psp[0], f"cliniques@{psp[1]}")
    d.to = [d.staff("marchand")]
    d.subject = d.t("Nouveau formulaire d'inscription", "New enrolment form")
    d.note = d.t("formulaire vierge", "blank form")
    return d


# --------------------------------------------------------------------------
def n_mail_merge(ctx, lang, now):
    d = Draft(ctx, lang, "mail_merge_template", "")
    rng = d.rng
    tpl = d.t("Bonjour «PRENOM» «NOM»,\n\nNous vous rappelons votre rendez-vous à l'unité de perfusion le «DATE_RDV» à «HEURE». "
              "Traitement : «MEDICAMENT». Apportez votre carte d'assurance maladie (NAM : «NAM») et la liste de vos médicaments.\n\n"
              "Si vous avez de la fièvre ou une infection, appelez-nous au " + CL["infusion"] + " avant de vous présenter.\n\n" + CL["fr"],
              "Hello {{first_name}} {{last_name}},\n\nThis is a reminder of your infusion unit appointment on {{appt_date}} at {{appt_time}}. "
              "Treatment: {{drug}}. Please bring your health card ({{health_card}}) and your medication list.\n\n"
              "If you have a fever or an infection, call us at " + CL["infusion"] + " before coming in.\n\n" + CL["en"])
    d.text = d.t("Salut Samuel,\n\nVoici le gabarit corrigé pour les rappels automatiques (champs de fusion entre chevrons). "
                 "Peux-tu le charger dans le système de RDV?\n\n--- GABARIT ---\n", "Hi Samuel,\n\nHere is the corrected template for automated "
                 "reminders (merge fields in braces). Can you load it into the booking system?\n\n--- TEMPLATE ---\n") + tpl + "\n--- FIN ---" * (lang == "fr") + "\n--- END ---" * (lang == "en")
    d.frm = d.staff("beaulieu")
    d.to = [d.staff("petit")]
    d.subject = d.t("Gabarit rappel de RDV (publipostage)", "Appointment reminder template (mail merge)")
    d.note = d.t("gabarit de publipostage", "mail-merge template")
    return d


# --------------------------------------------------------------------------
def n_research(ctx, lang, now):
    d = Draft(ctx, lang, "research_protocol", "")
    rng = d.rng
    d.text = d.t("Bonjour,\n\nVoici le résumé du protocole BIOSWITCH-QC (approuvé par le CER, projet 2025-118) :\n\n"
                 "Objectif : évaluer le maintien de la réponse 12 mois après la transition de l'infliximab d'origine vers un biosimilaire.\n"
                 "Population : adultes atteints de PR, d'APso ou de SpA, stables depuis ≥ 6 mois.\n"
                 "Exclusion : grossesse, infection active, réaction antérieure de grade ≥ 2.\n"
                 "Mesures : DAS28-CRP, BASDAI, anticorps anti-médicament, événements indésirables.\n"
                 "Taille visée : 120 participants sur 2 sites.\n\nLe recrutement commence le mois prochain; Dre Raman est chercheuse principale. "
                 "Aucune donnée nominative ne doit circuler par courriel.\n\nCoordination de la recherche",
                 "Hello,\n\nSummary of the BIOSWITCH-QC protocol (REB approved, project 2025-118):\n\n"
                 "Objective: assess maintenance of response 12 months after switching from originator infliximab to a biosimilar.\n"
                 "Population: adults with RA, PsA or SpA stable for ≥ 6 months.\n"
                 "Exclusions: pregnancy, active infection, previous grade ≥ 2 reaction.\n"
                 "Measures: DAS28-CRP, BASDAI, anti-drug antibodies, adverse events.\n"
                 "Target: 120 participants at 2 sites.\n\nRecruitment starts next month; Dr. Raman is PI. No identifiable data is to be "
                 "sent by e-mail.\n\nResearch coordination")
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_pdf("BIOSWITCH-QC - " + d.t("Résumé du protocole", "Protocol synopsis"), d.text, header=CL[lang]),
                          "application/pdf", "BIOSWITCH-QC_synopsis_v3.pdf"))
    d.frm = (d.t("Coordination de la recherche", "Research coordination"), clinic_box("recherche"))
    d.to = [d.staff(k) for k in C.PHYSICIANS] + [d.staff("marchand")]
    d.subject = "BIOSWITCH-QC - " + d.t("résumé du protocole", "protocol summary")
    d.note = d.t("résumé de protocole de recherche", "research protocol summary")
    return d


# --------------------------------------------------------------------------
def n_protocol(ctx, lang, now):
    d = Draft(ctx, lang, "clinical_protocol", "")
    rng = d.rng
    paras = d.t(["1. QuantiFERON-TB Gold Plus pour tous; TCT si QFT indéterminé.",
                 "2. Radiographie pulmonaire de base.",
                 "3. Sérologies : AgHBs, anti-HBc, anti-HBs, anti-VHC, VIH; VZV IgG avant un inhibiteur JAK.",
                 "4. ITL : rifampine 4 mois (préférée) ou INH 9 mois; débuter le biologique après 1 mois.",
                 "5. Anti-HBc positif avant rituximab : prophylaxie par entécavir.",
                 "6. Vaccins : Shingrix, pneumocoque, influenza, COVID-19 à jour avant le début si possible."],
                ["1. QuantiFERON-TB Gold Plus for all; TST if QFT indeterminate.",
                 "2. Baseline chest X-ray.",
                 "3. Serology: HBsAg, anti-HBc, anti-HBs, HCV, HIV; VZV IgG before a JAK inhibitor.",
                 "4. LTBI: rifampin 4 months (preferred) or INH 9 months; start the biologic after 1 month.",
                 "5. anti-HBc positive before rituximab: entecavir prophylaxis.",
                 "6. Vaccines: Shingrix, pneumococcal, influenza, COVID-19 up to date before starting when possible."])
    title = d.t("Protocole de dépistage avant biologique ou inhibiteur JAK (v. 2025-02)", "Pre-biologic / JAK inhibitor screening protocol (v. 2025-02)")
    d.atts.append(Att(D.make_docx(title, paras), DOCX, d.t("Protocole_depistage_v2025-02.docx", "Screening_protocol_v2025-02.docx"),
                      fn_style=rng.choice(["plain", "rfc2231"])))
    d.text = d.t(f"Bonjour,\n\nLe protocole révisé est approuvé. Changements : rifampine en 1re intention pour l'ITL, VZV IgG avant JAK.\n\n"
                 f"{C.staff_name('benali', 'fr')}, pour le comité", f"Hello,\n\nThe revised protocol is approved. Changes: rifampin first-line "
                 f"for LTBI, VZV IgG before JAK.\n\n{C.staff_name('benali', 'en')}, for the committee")
    d.frm = d.staff("benali")
    d.to = allstaff(d)
    d.subject = d.t("Protocole révisé - dépistage avant biologique", "Revised protocol - pre-biologic screening")
    d.note = d.t("protocole clinique générique", "generic clinical protocol")
    return d


# --------------------------------------------------------------------------
def n_ref_guidelines(ctx, lang, now):
    d = Draft(ctx, lang, "referral_guidelines", "")
    rng = d.rng
    d.text = d.t("Chères consœurs, chers confrères,\n\nAfin d'accélérer l'accès, merci d'utiliser le formulaire de référence priorisée et "
                 f"de joindre : FR, anti-CCP, CRP, VS, créatinine, analyse d'urine, radiographies des mains et pieds.\n\n"
                 f"Urgent (dans les 24-72 h) : suspicion d'artérite à cellules géantes, vascularite avec atteinte rénale, lupus avec "
                 f"atteinte d'organe. Appelez le rhumatologue de garde au 819 555-0145.\n\nTélécopieur des références : {CL['fax']}\n\n"
                 f"{C.staff_name('vezina', 'fr')}, cheffe de service",
                 "Dear colleagues,\n\nTo speed up access, please use the prioritized referral form and include: RF, anti-CCP, CRP, ESR, "
                 "creatinine, urinalysis, hand and foot X-rays.\n\nUrgent (24-72 h): suspected giant cell arteritis, vasculitis with renal "
                 "involvement, lupus with organ involvement. Call the rheumatologist on call at 819 555-0145.\n\n"
                 f"Referral fax: {CL['fax']}\n\n{C.staff_name('vezina', 'en')}, division head")
    d.frm = d.staff("vezina")
    d.to = [(d.t("GMF de la région", "Regional family practices"), "gmf-liste@rls-trembles.example")]
    d.subject = d.t("Comment nous référer - rhumatologie", "How to refer - rheumatology")
    d.layout = rng.choice(["alt", "plain", "html"])
    d.note = d.t("directives de référence aux médecins", "referral guidance to physicians")
    return d


# --------------------------------------------------------------------------
def n_insurer_bulletin(ctx, lang, now):
    d = Draft(ctx, lang, "insurer_bulletin", "")
    rng = d.rng
    ins = rng.choice(C.INSURERS)
    d.text = d.t(f"Bulletin aux professionnels de la santé\n\nÀ compter du 1er juillet, {ins[0]} appliquera une politique de transition "
                 "vers les biosimilaires pour l'adalimumab, l'étanercept, l'infliximab et le rituximab. Les adhérents recevront une "
                 "lettre 6 mois à l'avance. Des exceptions médicales peuvent être demandées avec le formulaire BIO-EX (échec documenté "
                 f"à deux biosimilaires).\n\nQuestions : {ins[2]}",
                 f"Bulletin for health professionals\n\nEffective July 1, {ins[0]} will apply a biosimilar transition policy for "
                 "adalimumab, etanercept, infliximab and rituximab. Plan members will receive a letter 6 months in advance. Medical "
                 "exceptions may be requested using form BIO-EX (documented failure of two biosimilars).\n\nQuestions: " + ins[2])
    d.frm = (ins[0], f"bulletins@{ins[1]}")
    d.to = [("", f"info@{CL['dom']}")]
    d.subject = d.t("Politique de transition vers les biosimilaires", "Biosimilar transition policy")
    d.layout = rng.choice(["html", "alt"])
    d.note = d.t("bulletin d'assureur", "insurer bulletin")
    return d


# --------------------------------------------------------------------------
def n_vendor(ctx, lang, now):
    d = Draft(ctx, lang, "vendor_meeting", "")
    rng = d.rng
    day = workday(now, 7, 30, rng)
    d.text = d.t(f"Bonjour Dre Vézina,\n\nJe serais heureuse d'organiser un dîner-conférence pour votre équipe le {C.dfr(day, True)} sur "
                 "l'anifrolumab dans le lupus érythémateux disséminé modéré à sévère, avec la Dre Amina Obi comme conférencière. "
                 "Je peux aussi présenter les services de notre programme de soutien aux patients (formation, remboursement, "
                 "réservation des perfusions).\n\nCordialement,\nGabrielle Morrison\nReprésentante médicale, Norvalis Pharma\n"
                 "Cell. 514 555-0177",
                 f"Hello Dr. Vézina,\n\nI would be glad to organize a lunch-and-learn for your team on {C.den(day, True)} on anifrolumab in "
                 "moderate to severe systemic lupus erythematosus, with Dr. Amina Obi as speaker. I can also present our patient support "
                 "program services (training, reimbursement, infusion booking).\n\nBest regards,\nGabrielle Morrison\nMedical "
                 "representative, Norvalis Pharma\nCell 514-555-0177")
    if rng.random() < 0.6:
        d.atts.append(Att(D.make_vcard("Gabrielle", "Morrison", org="Norvalis Pharma", title=d.t("Représentante médicale", "Medical representative"),
                                       tel=[("WORK", "514 555-0176"), ("CELL", "514 555-0177")], email="g.rep@norvalis.example"),
                          "text/vcard", "Gabrielle Morrison.vcf", charset="utf-8", cte=rng.choice(["base64", "quoted-printable", "7bit"])))
    d.frm = ("Norvalis Pharma", "g.rep@norvalis.example")
    d.to = [d.staff("vezina")]
    d.subject = d.t("Dîner-conférence - LED", "Lunch and learn - SLE")
    d.note = d.t("proposition de représentant pharmaceutique", "pharma rep meeting offer")
    return d


# --------------------------------------------------------------------------
def n_quality(ctx, lang, now):
    d = Draft(ctx, lang, "quality_audit", "")
    rng = d.rng
    n = rng.randint(600, 760)
    r = rng.randint(9, 20)
    d.text = d.t(f"Bonjour,\n\nAudit des réactions à la perfusion, T1 {now.year} :\n\n- Perfusions : {n}\n- Réactions : {r} ({100 * r / n:.1f} %)\n"
                 f"- Grade 1-2 : {r - 1}; grade 3 : 1 (transfert à l'urgence, résolu)\n- Rituximab 1re dose : 46 % des réactions\n"
                 f"- Conformité au protocole de prémédication : {rng.randint(88, 98)} %\n\nRecommandation : débit initial réduit pour les "
                 "premières doses de rituximab. Présentation au comité qualité le mois prochain.\n\nNadia Haddad",
                 f"Hello,\n\nInfusion reaction audit, Q1 {now.year}:\n\n- Infusions: {n}\n- Reactions: {r} ({100 * r / n:.1f}%)\n"
                 f"- Grade 1-2: {r - 1}; grade 3: 1 (ED transfer, resolved)\n- Rituximab first dose: 46% of reactions\n"
                 f"- Premedication protocol compliance: {rng.randint(88, 98)}%\n\nRecommendation: slower initial rate for first rituximab "
                 "doses. To be presented at the quality committee next month.\n\nNadia Haddad")
    d.frm = d.staff("haddad")
    d.to = [d.staff("charest"), d.staff("dufresne")] + [d.staff(k) for k in C.PHYSICIANS[:2]]
    d.subject = d.t("Audit réactions à la perfusion - T1", "Infusion reaction audit - Q1")
    d.note = d.t("audit qualité agrégé", "aggregate quality audit")
    return d


# --------------------------------------------------------------------------
def n_patient_notice(ctx, lang, now):
    d = Draft(ctx, lang, "patient_notice", "")
    rng = d.rng
    day = workday(now, 10, 40, rng)
    d.text = d.t(f"Chers patients,\n\nL'unité de perfusion sera fermée le {C.dfr(day, True)} en raison de travaux électriques. "
                 "Les personnes touchées seront appelées pour un nouveau rendez-vous. Aucune action n'est requise de votre part.\n\n"
                 f"Rappel : si vous présentez de la fièvre ou une infection, appelez au {CL['infusion']} avant votre perfusion.\n\n"
                 f"{CL['fr']}\n{CL['addr_fr']}\n\nCe courriel est envoyé à la liste d'information des patients. Pour vous désabonner, répondez « retrait ».",
                 f"Dear patients,\n\nThe infusion unit will be closed on {C.den(day, True)} for electrical work. Affected patients will be "
                 f"called to rebook. No action is needed on your part.\n\nReminder: if you have a fever or an infection, call {CL['infusion']} "
                 f"before your infusion.\n\n{CL['en']}\n{CL['addr_en']}\n\nThis e-mail goes to the patient information list. Reply 'remove' to unsubscribe.")
    d.frm = (CL[lang], f"info@{CL['dom']}")
    d.to = [(d.t("Liste info-patients", "Patient info list"), f"info-patients@{CL['dom']}")]
    d.subject = d.t("Fermeture de l'unité de perfusion", "Infusion unit closure")
    d.layout = rng.choice(["html", "alt", "plain"])
    d.note = d.t("avis général aux patients, sans identité", "general notice to patients, no identities")
    return d


TEMPLATES = [
    (n_newsletter, 5), (n_committee, 4), (n_conference, 4), (n_shortage, 5), (n_recall, 3), (n_stats, 5),
    (n_teaching, 4), (n_blank_form, 4), (n_mail_merge, 3), (n_research, 3), (n_protocol, 3), (n_ref_guidelines, 3),
    (n_insurer_bulletin, 3), (n_vendor, 3), (n_quality, 2), (n_patient_notice, 3),
]
