"""Negative templates, part B: clinical-sounding mail without an identifiable patient -
newsletters, pathways, de-identified teaching cases, aggregate statistics, research protocols,
drug shortages, recalls, blank forms, mail-merge templates, committees, conferences, on-call
directories, public-health bulletins and parent handouts."""
import datetime

from gen_base import (A, C, M, csv_part, docx_part, finish, headers, ics_part, mixed, pdf_part, xlsx_part,
                      zip_part)
from gen_neg_a import st


def n_newsletter(ctx):
    r, L = ctx.rng, ctx.lang
    ed = ctx.staff("mgr")
    md1, md2, rt = ctx.staff("md"), ctx.staff("md"), ctx.staff("rn")
    items = [
        ctx.t("%s, pédiatre urgentiste, présentera mardi les nouvelles recommandations sur la bronchiolite : "
              "fin du salbutamol d'essai, place de l'optiflow à l'UCD.", "%s, paediatric emergency physician, will "
              "present the new bronchiolitis recommendations on Tuesday: no more salbutamol trials, role of "
              "high-flow in the SSU.") % C.display(md1, L),
        ctx.t("Félicitations à %s, lauréate du prix Reconnaissance pour son projet sur la douleur des enfants "
              "drépanocytaires.", "Congratulations to %s, winner of the Recognition award for the sickle-cell pain "
              "project.") % C.display(md2, L),
        ctx.t("Mme %s, inhalothérapeute depuis 1994, prend sa retraite. Merci pour ces milliers de crises "
              "d'asthme apaisées!", "Ms. %s, respiratory therapist since 1994, is retiring. Thank you for "
              "thousands of asthma attacks soothed!") % C.display(rt, L, False),
        ctx.t("Saison des virus : 1 214 visites pour bronchiolite depuis novembre, 38 % des admissions à l'UCD.",
              "Virus season: 1,214 bronchiolitis visits since November, 38% of SSU admissions."),
        ctx.t("Rappel : les piles bouton restent la 1re cause d'endoscopie urgente chez les moins de 6 ans.",
              "Reminder: button batteries remain the top cause of urgent endoscopy in children under 6."),
    ]
    r.shuffle(items)
    title = ctx.t("L'Écho de l'urgence - n° %d", "ED Echo - issue %d") % r.randint(20, 90)
    text = "\n\n".join([title] + items[:r.randint(3, 5)] + [ctx.t("Bonne lecture!", "Enjoy!"),
                                                           C.signature(ed, L, r)])
    to = [(ctx.t("Tout le personnel - urgence", "All ED staff"), ctx.org_addr("urgence.tous"))]
    return finish(ctx, headers(ctx, st(ctx, ed), to, title), M.make_body(r, text, form=r.choice(["html", "alt"])),
                  "newsletter", ctx.t("bulletin interne du service", "internal department newsletter"))


def n_guideline(ctx):
    r, L = ctx.rng, ctx.lang
    md = ctx.staff("md")
    topic = r.choice(["fever", "asthma", "croup", "apap"])
    body = {
        "fever": ctx.t("Nourrisson fébrile 8-60 jours (mise à jour)\n- 8-21 jours : bilan complet incluant PL, "
                       "ampicilline + céfotaxime.\n- 22-28 jours : PL si PCT > 0,5 ng/mL ou GB > 15.\n- 29-60 jours : "
                       "PL selon les marqueurs; congé possible si SMU négatif et suivi à 24 h.",
                       "Febrile infant 8-60 days (update)\n- 8-21 days: full workup including LP, ampicillin + "
                       "cefotaxime.\n- 22-28 days: LP if PCT > 0.5 ng/mL or WBC > 15.\n- 29-60 days: LP based on "
                       "markers; discharge possible if UA negative and 24-h follow-up."),
        "asthma": ctx.t("Voie clinique asthme\n- PRAM 4-7 : salbutamol 5-10 inh q20 min x 3 + dexaméthasone "
                        "0,6 mg/kg (max 16 mg).\n- PRAM >= 8 : ajouter ipratropium, considérer MgSO4 40 mg/kg IV.\n"
                        "- Congé : PRAM <= 3 x 2 h, plan d'action écrit.",
                        "Asthma pathway\n- PRAM 4-7: salbutamol 5-10 puffs q20 min x3 + dexamethasone 0.6 mg/kg "
                        "(max 16 mg).\n- PRAM >= 8: add ipratropium, consider MgSO4 40 mg/kg IV.\n- Discharge: PRAM "
                        "<= 3 x 2 h, written action plan."),
        "croup": ctx.t("Laryngite : dexaméthasone 0,15 à 0,6 mg/kg PO pour tous; épinéphrine racémique si stridor "
                       "au repos; observation 2-4 h après épinéphrine.",
                       "Croup: dexamethasone 0.15-0.6 mg/kg PO for all; racemic epinephrine for stridor at rest; "
                       "observe 2-4 h after epinephrine."),
        "apap": ctx.t("Intoxication à l'acétaminophène : niveau à 4 h, nomogramme modifié (ligne 150), NAC protocole "
                      "SNAP 2 sacs. Aviser le CAP pour toute ingestion > 150 mg/kg.",
                      "Acetaminophen poisoning: 4-h level, modified nomogram (150 line), 2-bag SNAP NAC protocol. "
                      "Call the Poison Centre for any ingestion > 150 mg/kg."),
    }[topic]
    text = "\n".join([ctx.greeting(), "", ctx.t("Le comité des protocoles a approuvé la mise à jour suivante, en "
                                                "vigueur le %s :", "The protocols committee approved the following "
                                                "update, effective %s:") % C.fmt_date(
        ctx.day + datetime.timedelta(days=14), L, "long"), "", body, "",
        ctx.t("Questions : %s.", "Questions: %s.") % C.display(md, L), "", C.signature(md, L, r)])
    root = M.make_body(r, text)
    if r.random() < 0.5:
        root = mixed(root, pdf_part(ctx, A.make_pdf(body.split("\n")[0], body.split("\n")[1:] + [
            "", ctx.t("Version 3.2 - approuvée par le CMDP", "Version 3.2 - approved by medical staff council")],
            compress=r.random() < 0.5), ctx.t("protocole_%s.pdf", "pathway_%s.pdf") % topic))
    return finish(ctx, headers(ctx, st(ctx, md), [(ctx.t("Médecins et infirmières", "Physicians and nurses"),
                                                  ctx.org_addr("urgence.tous"))],
                               ctx.t("Mise à jour de protocole", "Pathway update")), root, "guideline",
                  ctx.t("mise à jour d'un protocole clinique", "clinical pathway update"))


def n_teaching_case(ctx):
    r, L = ctx.rng, ctx.lang
    md = ctx.staff(r.choice(["md", "resident"]))
    which = r.randint(0, 2)
    age = [r.randint(2, 9), r.randint(4, 11), r.randint(13, 16)][which]
    case = ([
        ctx.t("Un garçon de %d ans se présente avec une boiterie depuis 3 jours, fébrile à 38,9 °C. GB 14,2, CRP 64, "
              "VS 48. Échographie : épanchement de la hanche droite.\nQuestions : critères de Kocher? Arthrite septique "
              "vs synovite transitoire?", "A %d-year-old boy presents with a 3-day limp and fever of 38.9 C. WBC 14.2, "
              "CRP 64, ESR 48. Ultrasound: right hip effusion.\nQuestions: Kocher criteria? Septic arthritis vs "
              "transient synovitis?"),
        ctx.t("Une fillette de %d ans, connue asthmatique, arrive avec PRAM 10, SpO2 86 %%, silence auscultatoire. "
              "Après 3 salbutamol et ipratropium : PRAM 8.\nDiscussion : sulfate de magnésium, optiflow, intubation?",
              "A %d-year-old girl with known asthma arrives with PRAM 10, SpO2 86%%, silent chest. After 3 salbutamol "
              "and ipratropium: PRAM 8.\nDiscussion: magnesium sulfate, high-flow, intubation?"),
        ctx.t("Un adolescent de %d ans ingère 40 comprimés d'ibuprofène 200 mg. Il est asymptomatique à 2 h.\n"
              "Quels bilans? Quel seuil de toxicité?", "A %d-year-old teen ingests 40 ibuprofen 200 mg tablets. "
              "Asymptomatic at 2 h.\nWhat workup? What toxic threshold?"),
    ])[which] % age
    text = "\n".join([ctx.greeting(), "", ctx.t("Cas clinique de la semaine (dépersonnalisé) pour la tournée de jeudi :",
                                                "Case of the week (de-identified) for Thursday rounds:"), "", case, "",
                      ctx.t("Les détails pouvant identifier l'enfant ont été retirés.", "Identifying details have "
                            "been removed."), "", md["given"]])
    root = M.make_body(r, text)
    if r.random() < 0.4:
        root = mixed(root, docx_part(ctx, A.make_docx(ctx.t("Cas clinique", "Teaching case"), case.split("\n")),
                                     ctx.t("cas_semaine.docx", "case_of_week.docx")))
    return finish(ctx, headers(ctx, st(ctx, md), [(ctx.t("Résidents", "Residents"), ctx.org_addr("residents.urgence"))],
                               ctx.t("Cas de la semaine", "Case of the week")), root, "teaching_case",
                  ctx.t("cas d'enseignement dépersonnalisé", "de-identified teaching case"))


def n_stats(ctx):
    r, L = ctx.rng, ctx.lang
    an = ctx.staff("clerk", "F")
    an["job_fr"], an["job_en"] = "Agente de planification", "Planning analyst"
    dx_list = ctx.t(["Bronchiolite", "Asthme", "Laryngite", "Gastro-entérite", "Fractures", "TCC léger",
                     "Intoxications", "Santé mentale"],
                    ["Bronchiolitis", "Asthma", "Croup", "Gastroenteritis", "Fractures", "Mild TBI", "Poisonings",
                     "Mental health"])
    rows = [[ctx.t("Diagnostic", "Diagnosis"), "0-1", "1-5", "6-12", "13-17", "Total", ctx.t("DMS (h)", "LOS (h)")]]
    weights = [(6, 3, 0.3, 0.1), (0.2, 3, 3, 2), (1, 5, 0.5, 0.1), (2, 5, 2, 1), (0.2, 2, 5, 5),
               (0.5, 2, 4, 5), (0.5, 4, 0.5, 2), (0, 0.1, 2, 6)]
    for d, wv in zip(dx_list, weights):
        base = r.randint(15, 40)
        v = [int(base * w * r.uniform(0.7, 1.3)) for w in wv]
        rows.append([d] + v + [sum(v), ("%.1f" % r.uniform(2, 18)).replace(".", "," if L == "fr" else ".")])
    month = ctx.t(C.MONTHS_FR[ctx.day.month - 1], C.MONTHS_EN[ctx.day.month - 1])
    text = "\n".join([ctx.greeting(), "", ctx.t("Statistiques de %s (données agrégées, aucune donnée nominative) :",
                                                "%s statistics (aggregate data, no names):") % month, "",
                      "[[TABLE]]", "", ctx.t("Taux de départ sans être vu : 4,1 %.", "Left without being seen: 4.1%."),
                      "", C.signature(an, L, r)])
    mode = r.choice(["body", "xlsx", "csv"])
    if mode == "body":
        root = M.make_body(r, text, table_rows=rows, wrap=False)
    else:
        body = M.make_body(r, text.replace("[[TABLE]]", ctx.t("(voir pièce jointe)", "(see attachment)")))
        att = xlsx_part(ctx, A.make_xlsx([("stats", rows)]), "stats_%s.xlsx" % ctx.day.strftime("%Y%m")) \
            if mode == "xlsx" else csv_part(ctx, A.make_csv(rows, sep=";"), "stats_%s.csv" % ctx.day.strftime("%Y%m"))
        root = mixed(body, att)
    return finish(ctx, headers(ctx, st(ctx, an), [(ctx.t("Direction", "Leadership"), ctx.org_addr("direction"))],
                               ctx.t("Statistiques mensuelles urgence", "ED monthly statistics")), root, "statistics",
                  ctx.t("statistiques agrégées", "aggregate statistics"))


def n_research(ctx):
    r, L = ctx.rng, ctx.lang
    pi = ctx.staff("md")
    coord = ctx.staff("rn")
    study = r.choice(["BRONCHIO-HF", "DEX-CROUP", "PECARN-QC", "ASTHME-DOSE"])
    lines = ["## " + ctx.t("Objectif", "Objective"),
             ctx.t("Comparer l'optiflow et l'O2 standard chez les nourrissons de moins de 12 mois atteints de "
                   "bronchiolite modérée.", "Compare high-flow and standard O2 in infants under 12 months with "
                   "moderate bronchiolitis."),
             "## " + ctx.t("Critères d'inclusion", "Inclusion criteria"),
             ctx.t("Âge 1-12 mois; SpO2 < 92 %; consentement parental.", "Age 1-12 months; SpO2 < 92%; parental consent."),
             "## " + ctx.t("Critères d'exclusion", "Exclusion criteria"),
             ctx.t("Cardiopathie; prématurité < 32 sem.; intubation.", "Heart disease; prematurity < 32 wk; intubation."),
             "## " + ctx.t("Recrutement", "Recruitment"),
             ctx.t("Objectif 240 participants sur 2 saisons; 37 recrutés à ce jour.",
                   "Target 240 participants over 2 seasons; 37 enrolled to date."),
             ctx.t("Approuvé par le CER (n° 2024-%03d).", "REB approved (#2024-%03d).") % r.randint(1, 400)]
    text = "\n".join([ctx.greeting(), "", ctx.t("L'étude %s reprend cette semaine. Résumé du protocole ci-joint. Merci "
                                                "d'appeler la coordonnatrice (poste %s) pour tout patient admissible.",
                                                "The %s study restarts this week. Protocol summary attached. Please page "
                                                "the coordinator (ext. %s) for any eligible patient.") % (study, coord["ext"]),
                      "", C.signature(pi, L, r)])
    root = mixed(M.make_body(r, text), pdf_part(ctx, A.make_pdf(study, lines, compress=True), "%s_resume.pdf" % study))
    return finish(ctx, headers(ctx, st(ctx, pi), [(ctx.t("Équipe urgence", "ED team"), ctx.org_addr("urgence.tous"))],
                               ctx.t("Étude %s - reprise", "%s study - restart") % study, cc=[st(ctx, coord)]), root,
                  "research", ctx.t("protocole de recherche sans participant identifié",
                                    "research protocol without participants"))


def n_drug_shortage(ctx):
    r, L = ctx.rng, ctx.lang
    ph = ctx.staff("pharm")
    drug = r.choice([(ctx.t("amoxicilline suspension 250 mg/5 mL", "amoxicillin suspension 250 mg/5 mL"), "02%06d" % r.randint(0, 999999)),
                     (ctx.t("salbutamol aérosol 100 mcg", "salbutamol inhaler 100 mcg"), "02%06d" % r.randint(0, 999999)),
                     (ctx.t("dexaméthasone solution orale 0,5 mg/5 mL", "dexamethasone oral solution 0.5 mg/5 mL"),
                      "02%06d" % r.randint(0, 999999)),
                     (ctx.t("ibuprofène suspension 100 mg/5 mL", "ibuprofen suspension 100 mg/5 mL"), "02%06d" % r.randint(0, 999999))])
    lots = ["%s%d%s" % (r.choice(["AK", "LT", "B"]), r.randint(10000, 99999), r.choice(["", "A", "-02"]))
            for _ in range(2)]
    text = "\n".join([ctx.t("AVIS DE PÉNURIE", "SHORTAGE NOTICE"), "",
                      ctx.t("Produit : ", "Product: ") + drug[0], "DIN : " + drug[1],
                      ctx.t("Lots restants en stock : ", "Lots remaining in stock: ") + ", ".join(lots),
                      ctx.t("Durée estimée : 6 à 8 semaines.", "Expected duration: 6-8 weeks."),
                      ctx.t("Alternative : céfprozil ou amoxicilline comprimés écrasés selon l'âge; voir tableau de "
                            "conversion.", "Alternative: cefprozil, or crushed amoxicillin tablets depending on age; "
                            "see conversion table."), "", C.signature(ph, L, r)])
    return finish(ctx, headers(ctx, st(ctx, ph), [(ctx.t("Prescripteurs", "Prescribers"), ctx.org_addr("prescripteurs"))],
                               ctx.t("Pénurie : ", "Shortage: ") + drug[0]), M.make_body(r, text), "drug_shortage",
                  ctx.t("avis de pénurie de médicament", "drug shortage notice"))


def n_recall(ctx):
    r, L = ctx.rng, ctx.lang
    qm = ctx.staff("mgr")
    prod = r.choice([(ctx.t("préparation pour nourrissons en poudre 900 g", "powdered infant formula 900 g"), "lot"),
                     (ctx.t("capteurs SpO2 néonatals jetables", "disposable neonatal SpO2 sensors"), "serial"),
                     (ctx.t("seringues orales 10 mL", "10 mL oral syringes"), "lot")])
    nums = [C.sin_like_serial(r) for _ in range(r.randint(3, 6))]
    fmtd = [("%s %s %s" % (n[:3], n[3:6], n[6:])) if r.random() < 0.5 else n for n in nums]
    gtin = C.ean13(r, "0")
    text = "\n".join([ctx.t("RAPPEL DE PRODUIT - classe II", "PRODUCT RECALL - class II"), "",
                      ctx.t("Produit : ", "Product: ") + prod[0], "GTIN : " + gtin,
                      (ctx.t("Numéros de lot visés :", "Affected lots:") if prod[1] == "lot" else
                       ctx.t("Numéros de série visés :", "Affected serial numbers:"))] + ["  " + n for n in fmtd] + [
        "", ctx.t("Retirer des unités de soins et retourner au magasin central d'ici vendredi. Aucun incident "
                  "rapporté chez nous.", "Remove from care units and return to central stores by Friday. No incidents "
                  "reported here."), "", C.signature(qm, L, r)])
    root = M.make_body(r, text)
    return finish(ctx, headers(ctx, st(ctx, qm), [(ctx.t("Chefs d'unité", "Unit managers"), ctx.org_addr("chefs.unites"))],
                               ctx.t("Rappel : ", "Recall: ") + prod[0]), root, "recall",
                  ctx.t("rappel de produit avec numéros de lot", "product recall with lot numbers"))


def n_blank_form(ctx):
    r, L = ctx.rng, ctx.lang
    cl = ctx.staff("clerk")
    title = r.choice([ctx.t("Formulaire de signalement - gabarit", "Reporting form - template"),
                      ctx.t("Consentement aux soins - mineur", "Consent to treatment - minor"),
                      ctx.t("Demande de transfert interétablissement", "Inter-facility transfer request")])
    fields = [ctx.t("Nom de l'enfant : ______________________", "Child's name: ______________________"),
              ctx.t("Date de naissance : ____ / ____ / ______", "Date of birth: ____ / ____ / ______"),
              ctx.t("NAM : ____ ____ ____", "RAMQ no.: ____ ____ ____"),
              ctx.t("No de dossier : ___________", "MRN: ___________"),
              ctx.t("Adresse : ______________________________", "Address: ______________________________"),
              ctx.t("Téléphone : (___) ___-____", "Phone: (___) ___-____"),
              ctx.t("Diagnostic : ______________________", "Diagnosis: ______________________"),
              ctx.t("Signature du parent : ______________", "Parent signature: ______________")]
    fmt = r.choice(["docx", "pdf"])
    text = "\n".join([ctx.greeting(), "", ctx.t("Voici la nouvelle version du formulaire (vierge). Merci de détruire "
                                                "les anciennes copies papier.", "Here is the new (blank) version of "
                                                "the form. Please discard the old paper copies."), "",
                      C.signature(cl, L, r)])
    att = docx_part(ctx, A.make_docx(title, fields), ctx.t("formulaire_vierge.docx", "blank_form.docx")) if fmt == "docx" \
        else pdf_part(ctx, A.make_pdf(title, fields, compress=r.random() < 0.5), ctx.t("formulaire_vierge.pdf",
                                                                                       "blank_form.pdf"))
    return finish(ctx, headers(ctx, st(ctx, cl), [(ctx.t("Équipe urgence", "ED team"), ctx.org_addr("urgence.tous"))],
                               ctx.t("Nouveau formulaire : ", "New form: ") + title), mixed(M.make_body(r, text), att),
                  "blank_form", ctx.t("formulaire vierge", "blank form"))


def n_mail_merge(ctx):
    r, L = ctx.rng, ctx.lang
    cl = ctx.staff("clerk")
    tmpl = ctx.t("Bonjour {{prenom_parent}},\n\nNous vous rappelons que {{prenom_enfant}} {{nom_enfant}} (dossier "
                 "{{no_dossier}}) a rendez-vous à la {{clinique}} le {{date_rdv}} à {{heure_rdv}}.\n"
                 "Apportez la carte d'assurance maladie ({{NAM}}) et la liste des médicaments.\n\nPour annuler : "
                 "819 555-0145.",
                 "Hello {{parent_first_name}},\n\nThis is a reminder that {{child_first_name}} {{child_last_name}} "
                 "(chart {{mrn}}) has an appointment at the {{clinic}} on {{appt_date}} at {{appt_time}}.\n"
                 "Please bring the health card ({{health_card}}) and medication list.\n\nTo cancel: 819 555-0145.")
    text = "\n".join([ctx.greeting(), "", ctx.t("Gabarit de publipostage pour les rappels SMS/courriel, à valider "
                                                "avant l'import dans le module de rendez-vous :",
                                                "Mail-merge template for SMS/e-mail reminders, to approve before import "
                                                "into the booking module:"), "", "-----", tmpl, "-----", "",
                      C.signature(cl, L, r)])
    root = M.make_body(r, text)
    if r.random() < 0.5:
        hdr = [["prenom_parent", "prenom_enfant", "nom_enfant", "no_dossier", "clinique", "date_rdv", "heure_rdv", "NAM"]]
        root = mixed(root, csv_part(ctx, A.make_csv(hdr), "champs_fusion.csv"))
    return finish(ctx, headers(ctx, st(ctx, cl), [(ctx.t("Pilote du module RDV", "Booking module lead"),
                                                  ctx.org_addr("rdv.pilote"))],
                               ctx.t("Gabarit de rappel", "Reminder template")), root, "template",
                  ctx.t("gabarit de publipostage", "mail-merge template"))


def n_committee(ctx):
    r, L = ctx.rng, ctx.lang
    chair = ctx.staff("md")
    com = r.choice([ctx.t("Comité de pharmacologie", "Pharmacy & Therapeutics Committee"),
                    ctx.t("Comité de traumatologie pédiatrique", "Paediatric Trauma Committee"),
                    ctx.t("Comité de prévention des infections", "Infection Prevention Committee")])
    pres = [ctx.staff("md") for _ in range(3)]
    when = datetime.datetime.combine(ctx.day + datetime.timedelta(days=r.randint(5, 25)), datetime.time(12, 0))
    agenda = [ctx.t("1. Adoption du compte rendu", "1. Approval of minutes"),
              ctx.t("2. %s - antibiothérapie des pneumonies communautaires", "2. %s - antibiotics for community "
                    "pneumonia") % C.display(pres[0], L),
              ctx.t("3. %s - audit des TCC légers et usage du scan", "3. %s - mild TBI audit and CT use") % C.display(pres[1], L),
              ctx.t("4. %s (infectiologie) - éclosion de VRS à l'UCD : bilan", "4. %s (ID) - RSV outbreak in the SSU: "
                    "review") % C.display(pres[2], L), ctx.t("5. Varia", "5. Other business")]
    text = "\n".join([ctx.t("Convocation - %s", "Notice of meeting - %s") % com, "",
                      ctx.t("Date : ", "Date: ") + C.fmt_date(when.date(), L, "long") + ctx.t(", 12h à 13h", ", noon to 1 pm"),
                      ctx.t("Lieu : salle du conseil 4B et Teams", "Place: board room 4B and Teams"), "",
                      ctx.t("Ordre du jour :", "Agenda:")] + agenda + ["", C.signature(chair, L, r)])
    ics = A.make_ics("com-%d@hptr.example" % ctx.idx, when, when + datetime.timedelta(hours=1), com,
                     ctx.t("Salle 4B", "Room 4B"), "\n".join(agenda), (C.display(chair, L), chair["email"]))
    root = mixed(M.make_body(r, text), ics_part(ctx, ics)) if r.random() < 0.5 else M.make_body(r, text)
    return finish(ctx, headers(ctx, st(ctx, chair), [(com, ctx.org_addr("comite.%d" % r.randint(1, 9)))],
                               ctx.t("Convocation : ", "Meeting: ") + com), root, "committee",
                  ctx.t("convocation de comité", "committee notice"))


def n_conference(ctx):
    r, L = ctx.rng, ctx.lang
    org = ctx.staff("mgr")
    talks = [(C.display(ctx.staff("md"), L), t) for t in r.sample(ctx.t(
        ["La bronchiolite en 2024 : moins c'est mieux", "Fractures du coude : pièges radiologiques",
         "Maltraitance : les ecchymoses qui doivent inquiéter", "L'adolescent suicidaire à l'urgence",
         "Acidocétose : nouveaux protocoles de solutés", "Sédation procédurale à la kétamine"],
        ["Bronchiolitis in 2024: less is more", "Elbow fractures: radiology pitfalls",
         "Child abuse: bruises that should worry you", "The suicidal adolescent in the ED",
         "DKA: new fluid protocols", "Ketamine procedural sedation"]), 4)]
    rows = [[ctx.t("Heure", "Time"), ctx.t("Conférencier", "Speaker"), ctx.t("Sujet", "Topic")]]
    for i, (sp, t) in enumerate(talks):
        rows.append(["%dh%02d" % (8 + i, 30) if L == "fr" else "%d:30" % (8 + i), sp, t])
    text = "\n".join([ctx.t("Journée annuelle d'urgence pédiatrique - programme", "Annual Paediatric Emergency Day - "
                            "programme"), "", "[[TABLE]]", "",
                      ctx.t("Inscription : 150 $ (résidents gratuit). Crédits de formation : 6 h.",
                            "Registration: $150 (residents free). CME credits: 6 h."), "", C.signature(org, L, r)])
    root = M.make_body(r, text, table_rows=rows, form=r.choice(["html", "alt"]), wrap=False)
    if r.random() < 0.4:
        root = mixed(root, pdf_part(ctx, A.make_pdf(ctx.t("Programme", "Programme"), [], table=rows), "programme.pdf"))
    return finish(ctx, headers(ctx, st(ctx, org), [(ctx.t("Liste régionale", "Regional list"),
                                                   "membres@aupq-demo.example")],
                               ctx.t("Programme - Journée d'urgence pédiatrique", "Programme - Paediatric Emergency Day")),
                  root, "conference", ctx.t("programme de congrès", "conference programme"))


def n_oncall(ctx):
    r, L = ctx.rng, ctx.lang
    sec = ctx.staff("clerk")
    specs = ctx.t([("Néphrologie", "pyélonéphrites compliquées, SHU"), ("Hématologie", "drépanocytose, PTI"),
                   ("Endocrinologie", "acidocétose, hypoglycémies"), ("Pédopsychiatrie", "idées suicidaires, crises"),
                   ("Orthopédie", "fractures déplacées, boiteries fébriles")],
                  [("Nephrology", "complicated pyelonephritis, HUS"), ("Haematology", "sickle cell disease, ITP"),
                   ("Endocrinology", "DKA, hypoglycaemia"), ("Child psychiatry", "suicidal ideation, crises"),
                   ("Orthopaedics", "displaced fractures, febrile limp")])
    rows = [[ctx.t("Service", "Service"), ctx.t("Médecin de garde", "Physician on call"), ctx.t("Pour", "For"),
             ctx.t("Téléavertisseur", "Pager")]]
    for s, why in specs:
        rows.append([s, C.display(ctx.staff("md"), L), why, "555-01%02d" % r.randint(0, 99)])
    text = "\n".join([ctx.t("Liste de garde des spécialistes - semaine du %s", "Specialist on-call list - week of %s")
                      % ctx.day.isoformat(), "", "[[TABLE]]", "", C.signature(sec, L, r)])
    return finish(ctx, headers(ctx, st(ctx, sec), [(ctx.t("Urgence - tous", "ED - all"), ctx.org_addr("urgence.tous"))],
                               ctx.t("Garde des spécialistes", "Specialist on-call")),
                  M.make_body(r, text, table_rows=rows, wrap=False), "oncall_list",
                  ctx.t("liste de garde des spécialistes", "specialist on-call list"))


def n_ph_bulletin(ctx):
    r, L = ctx.rng, ctx.lang
    dsp = ctx.staff("md")
    dsp["job_fr"], dsp["job_en"] = "Médecin-conseil, santé publique", "Public health physician"
    n = r.randint(12, 60)
    text = "\n".join([ctx.t("Bulletin de vigie - semaine %d", "Surveillance bulletin - week %d") % r.randint(1, 52), "",
                      ctx.t("Coqueluche : %d cas déclarés dans la région depuis janvier (vs 9 l'an dernier), dont 60 %% "
                            "chez les 5-14 ans. Deux nourrissons hospitalisés.", "Pertussis: %d cases reported in the "
                            "region since January (vs 9 last year), 60%% in 5-14-year-olds. Two infants hospitalised.") % n,
                      ctx.t("Rougeole : aucun cas local; 3 cas importés au Québec.", "Measles: no local cases; 3 imported "
                            "cases in Quebec."),
                      ctx.t("Rappel : déclarer toute MADO dans les 48 h au 819 555-0177.", "Reminder: report notifiable "
                            "diseases within 48 h at 819 555-0177."), "", C.display(dsp, L), dsp["job_" + L],
                      C.PARTNER["dsp"][L]])
    sender = (C.display(dsp, L), "vigie@dsp-rivieres.example")
    return finish(ctx, headers(ctx, sender, [(ctx.t("Urgences de la région", "Regional EDs"), "urgences@cisss-rivieres.example")],
                               ctx.t("Vigie : coqueluche", "Surveillance: pertussis")), M.make_body(r, text),
                  "public_health_bulletin", ctx.t("bulletin de vigie de santé publique", "public health bulletin"))


def n_handout(ctx):
    r, L = ctx.rng, ctx.lang
    rn = ctx.staff("rn")
    topic = r.choice([(ctx.t("Fièvre chez l'enfant", "Fever in children"),
                       [ctx.t("Acétaminophène : 15 mg/kg toutes les 4 à 6 h (max 5 doses/24 h).",
                              "Acetaminophen: 15 mg/kg every 4-6 h (max 5 doses/24 h)."),
                        ctx.t("Ibuprofène : 10 mg/kg toutes les 6 à 8 h, pas avant 6 mois.",
                              "Ibuprofen: 10 mg/kg every 6-8 h, not under 6 months."),
                        ctx.t("Consultez si l'enfant a moins de 3 mois et fait plus de 38 °C.",
                              "See a doctor if under 3 months with temperature over 38 C.")]),
                      (ctx.t("Retour à l'école après une commotion", "Return to school after a concussion"),
                       [ctx.t("Étape 1 : activités calmes à la maison.", "Step 1: quiet activities at home."),
                        ctx.t("Étape 2 : retour en classe à temps partiel.", "Step 2: part-time return to class."),
                        ctx.t("Étape 3 : retour complet, sans sport de contact.", "Step 3: full return, no contact sport.")])])
    members = [(ctx.t("feuillet_%d.pdf", "handout_%d.pdf") % i, A.make_pdf(topic[0], topic[1], compress=True))
               for i in (1,)] + [("LISEZMOI.txt" if L == "fr" else "README.txt",
                                  ctx.t("Feuillets à remettre aux parents. Version 2024.\r\n",
                                        "Handouts for parents. 2024 version.\r\n").encode("utf-8"))]
    text = "\n".join([ctx.greeting(), "", ctx.t("Nouvelle version des feuillets d'enseignement aux parents (zip). "
                                                "À imprimer pour la salle d'attente.",
                                                "New version of the parent teaching handouts (zip). Please print for "
                                                "the waiting room."), "", C.signature(rn, L, r)])
    root = mixed(M.make_body(r, text), zip_part(ctx, A.make_zip(members), ctx.t("feuillets_parents.zip",
                                                                                "parent_handouts.zip")))
    return finish(ctx, headers(ctx, st(ctx, rn), [(ctx.t("Triage", "Triage"), ctx.org_addr("triage"))],
                               ctx.t("Feuillets parents - ", "Parent handouts - ") + topic[0]), root, "handout",
                  ctx.t("feuillets d'enseignement génériques", "generic parent handouts"))


TEMPLATES = {
    "newsletter": n_newsletter, "guideline": n_guideline, "teaching_case": n_teaching_case, "statistics": n_stats,
    "research": n_research, "drug_shortage": n_drug_shortage, "recall": n_recall, "blank_form": n_blank_form,
    "template": n_mail_merge, "committee": n_committee, "conference": n_conference, "oncall_list": n_oncall,
    "public_health_bulletin": n_ph_bulletin, "handout": n_handout,
}
