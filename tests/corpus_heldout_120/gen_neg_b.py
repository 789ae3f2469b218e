"""Negative templates, part B: statistics, blank forms, teaching cases, recalls, shortages, research, assets, training."""
import datetime

from gen_build import Doc
from gen_common import staff, signature, fmt_date, L, pick, ORG, OTHER_ORGS, Person, STAFF
from gen_clin import CAUSES, COMORB, COMPLICATIONS, PD_SOLUTIONS, MEDS, IP_ANTIBIOTICS, MODALITY, t
from gen_tpl import greet, close, quote, join
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip
from gen_neg_a import luhn_serial, nurses


def stats(rng, lang):
    d = Doc(rng, lang, "program_statistics", False)
    mgr = staff(rng, "manager")
    d.sender, d.to = mgr, [(L(lang, "Direction des services professionnels", "Professional Services Directorate"), f"dsp@{ORG['dom']}")]
    months = L(lang, ["Janv.", "Févr.", "Mars", "Avr.", "Mai", "Juin"], ["Jan", "Feb", "Mar", "Apr", "May", "Jun"])
    rows = [[L(lang, "Indicateur", "Indicator")] + months]
    base_pd, base_hd = rng.randint(34, 50), rng.randint(8, 15)
    rows.append([L(lang, "Patients en DP", "PD patients")] + [base_pd + rng.randint(-2, 3) for _ in months])
    rows.append([L(lang, "Patients en HDD", "HHD patients")] + [base_hd + rng.randint(-1, 2) for _ in months])
    rows.append([L(lang, "Nouveaux patients formés", "New patients trained")] + [rng.randint(0, 5) for _ in months])
    rows.append([L(lang, "Épisodes de péritonite", "Peritonitis episodes")] + [rng.randint(0, 2) for _ in months])
    rows.append([L(lang, "Hospitalisations", "Hospitalizations")] + [rng.randint(1, 7) for _ in months])
    rows.append([L(lang, "Greffes", "Transplants")] + [rng.randint(0, 2) for _ in months])
    rows.append([L(lang, "% Hb 100-120 g/L", "% Hb 100-120 g/L")] + [rng.randint(52, 78) for _ in months])
    rows.append([L(lang, "Kt/V médian (DP)", "Median Kt/V (PD)")] + [round(rng.uniform(1.8, 2.2), 2) for _ in months])
    if rng.random() < 0.6:
        d.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([(L(lang, "Indicateurs", "Indicators"), rows)], author=mgr.full),
                 L(lang, "indicateurs_S1_2025.xlsx", "indicators_H1_2025.xlsx"))
        tbl = None
    else:
        tbl = "\n".join("\t".join(str(x) for x in r) for r in rows)
    d.subject = L(lang, "Indicateurs de gestion - dialyse à domicile S1", "Management indicators - home dialysis H1")
    d.body = join(greet(rng, lang), "", L(lang, "Voici les indicateurs du premier semestre. Le taux de péritonite demeure sous la cible; hausse des hospitalisations pour surcharge en février (grippe).",
                                          "Here are the H1 indicators. Peritonitis rate remains below target; more admissions for fluid overload in February (flu season)."),
                  "", tbl, "", close(rng, lang), signature(rng, mgr, lang))
    d.note = "aggregate program statistics"
    return d


def blank_form(rng, lang):
    d = Doc(rng, lang, "blank_form", False)
    nurse = staff(rng, "nurse")
    d.sender, d.to = nurse, nurses(rng, 3)
    kind = rng.randrange(3)
    if kind == 0:
        title = L(lang, "Grille de visite à domicile - hémodialyse", "Home visit checklist - haemodialysis")
        paras = [L(lang, "Nom du patient : ______________________   NAM : ____________________", "Patient name: ______________________   RAMQ: ____________________"),
                 L(lang, "Date de naissance : ____/____/______   Adresse : ______________________________", "Date of birth: ____/____/______   Address: ______________________________"),
                 L(lang, "☐ Prise électrique dédiée   ☐ Drain   ☐ Osmoseur   ☐ Chlore total < 0,1 mg/L", "☐ Dedicated outlet   ☐ Drain   ☐ RO unit   ☐ Total chlorine < 0.1 mg/L"),
                 L(lang, "Diagnostic : ____________________   Allergies : ____________________", "Diagnosis: ____________________   Allergies: ____________________"),
                 L(lang, "Signature de l'infirmière : ____________________", "Nurse signature: ____________________")]
    elif kind == 1:
        title = L(lang, "Formulaire de demande de livraison (gabarit)", "Delivery request form (template)")
        paras = [L(lang, "Patient : [NOM, Prénom]", "Patient: [LAST, First]"), L(lang, "Adresse de livraison : [adresse]", "Delivery address: [address]"),
                 L(lang, "Téléphone : [###-###-####]", "Phone: [###-###-####]"), L(lang, "Produits : [solution / quantité]", "Products: [solution / quantity]")]
    else:
        title = L(lang, "Consentement - formation à la dialyse à domicile (vierge)", "Consent - home dialysis training (blank)")
        paras = [L(lang, "Je soussigné(e), ______________________, consens à recevoir la formation...", "I, ______________________, consent to receive training..."),
                 L(lang, "Témoin : __________________  Date : __________", "Witness: __________________  Date: __________")]
    if rng.random() < 0.6:
        d.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(title, paras, author=nurse.full), L(lang, "gabarit.docx", "template.docx"))
    else:
        try:
            d.attach("application/pdf", make_pdf(title, paras), L(lang, "formulaire_vierge.pdf", "blank_form.pdf"))
        except UnicodeEncodeError:
            d.attach("application/pdf", make_pdf(title, [p.replace("☐", "[ ]") for p in paras]), L(lang, "formulaire_vierge.pdf", "blank_form.pdf"))
    d.subject = L(lang, f"Nouveau gabarit : {title}", f"New template: {title}")
    d.body = join(greet(rng, lang), "", L(lang, "Voici la version révisée du formulaire, à utiliser dès lundi. Merci de détruire les anciennes copies.",
                                          "Here is the revised form, to be used from Monday. Please discard old copies."), "", signature(rng, nurse, lang))
    d.note = "blank form / template"
    return d


def teaching_case(rng, lang):
    d = Doc(rng, lang, "teaching_case", False)
    neph = staff(rng, "neph")
    d.sender = neph
    d.to = [(L(lang, "Résidents néphrologie", "Nephrology residents"), f"residents.nephro@{ORG['dom']}")]
    age = rng.randint(35, 80)
    sex = rng.choice([("homme", "man"), ("femme", "woman")])
    comp = rng.choice(COMPLICATIONS)
    cause = rng.choice(CAUSES)
    d.subject = L(lang, "Cas clinique de la semaine", "Case of the week")
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Un(e) {sex[0]} de {age} ans, en dialyse à domicile depuis 3 ans pour une {cause[0]}, se présente avec une {t(lang, comp)}.",
                    f"A {age}-year-old {sex[1]} on home dialysis for 3 years because of {cause[1]} presents with {t(lang, comp)}."),
                  L(lang, f"Bilan : Hb 94 g/L, K 6,2 mmol/L, albumine 29 g/L. Traitement initial : {t(lang, rng.choice(IP_ANTIBIOTICS))}.",
                    f"Labs: Hb 94 g/L, K 6.2 mmol/L, albumin 29 g/L. Initial treatment: {t(lang, rng.choice(IP_ANTIBIOTICS))}."),
                  "", L(lang, "Questions : 1) Diagnostic différentiel ? 2) Durée de l'antibiothérapie ? 3) Quand retirer le cathéter ?",
                        "Questions: 1) Differential? 2) Antibiotic duration? 3) When to remove the catheter?"),
                  L(lang, "Cas anonymisé, discussion jeudi à 7 h 30.", "Anonymised case, discussion Thursday 7:30."), "", signature(rng, neph, lang, 2))
    d.note = "anonymised teaching case"
    return d


def supplier_recall(rng, lang):
    d = Doc(rng, lang, "supplier_recall", False)
    d.sender = (L(lang, "Affaires réglementaires NéphroLogis", "NephroLogis Regulatory Affairs"), f"rappels@{OTHER_ORGS['supplier'][1]}")
    d.to = [staff(rng, "manager"), staff(rng, "pharm")]
    lots = [f"{rng.choice('ABCDEFGHK')}{rng.randint(10, 99)}{rng.randint(1000, 9999)}" for _ in range(rng.randint(2, 5))]
    serials = [luhn_serial(rng, rng.choice([9, 10])) for _ in range(rng.randint(2, 4))]
    kind = rng.randrange(2)
    if kind == 0:
        d.subject = L(lang, "AVIS DE RAPPEL VOLONTAIRE - ensembles de tubulure pour cycleur", "VOLUNTARY RECALL NOTICE - cycler tubing sets")
        body = L(lang, "Des fuites au connecteur patient ont été rapportées. Lots visés : " + ", ".join(lots) + ". Mettre en quarantaine et communiquer avec vos patients à domicile pour l'échange.",
                 "Leaks at the patient connector have been reported. Affected lots: " + ", ".join(lots) + ". Quarantine and arrange exchange with your home patients.")
    else:
        d.subject = L(lang, "Avis de sécurité - cycleurs, mise à jour micrologicielle", "Field safety notice - cycler firmware update")
        body = L(lang, "Alarme de drainage faible intempestive sur les cycleurs aux numéros de série suivants : " + ", ".join(serials) + ". Un technicien communiquera avec vous.",
                 "Spurious low-drain alarms on cyclers with the following serial numbers: " + ", ".join(serials) + ". A technician will contact you.")
    d.body = join(greet(rng, lang), "", body, "", L(lang, "Aucun événement indésirable grave rapporté à ce jour. Santé Canada a été avisé.",
                                                     "No serious adverse events reported to date. Health Canada has been notified."),
                  "", L(lang, "Affaires réglementaires", "Regulatory Affairs"), OTHER_ORGS["supplier"][0], "1-800-555-0199")
    d.note = "supplier recall with lot/serial numbers"
    return d


def drug_shortage(rng, lang):
    d = Doc(rng, lang, "drug_shortage", False)
    ph = staff(rng, "pharm")
    d.sender = ph
    d.to = [(L(lang, "Néphrologie - médecins et infirmières", "Nephrology - physicians and nurses"), f"nephro.tous@{ORG['dom']}")]
    drug = rng.choice([("icodextrine 7,5 % 2 L", "icodextrin 7.5% 2 L", "dextrose 2,5 % pour l'échange de longue durée", "dextrose 2.5% for the long dwell"),
                       ("sucrose de fer 100 mg/5 mL", "iron sucrose 100 mg/5 mL", "fer ferumoxytol selon protocole", "ferumoxytol per protocol"),
                       ("héparine 1 000 U/mL fioles 10 mL", "heparin 1,000 U/mL 10 mL vials", "citrate 4 % pour les verrous", "4% citrate locks"),
                       ("calcitriol 0,25 mcg", "calcitriol 0.25 mcg", "alfacalcidol 0,25 mcg", "alfacalcidol 0.25 mcg")])
    d.subject = L(lang, f"Rupture d'approvisionnement : {drug[0]}", f"Drug shortage: {drug[1]}")
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Le fournisseur nous avise d'une rupture de {drug[0]} prévue pour 6 à 8 semaines. Alternative recommandée : {drug[2]}.",
                    f"The supplier reports a shortage of {drug[1]} expected to last 6-8 weeks. Recommended alternative: {drug[3]}."),
                  L(lang, "Aucune nouvelle ordonnance sans approbation de la pharmacie. Les patients actuels conservent leurs réserves.",
                    "No new orders without pharmacy approval. Current patients keep their supplies."), "", signature(rng, ph, lang, 1))
    d.note = "drug shortage notice"
    return d


def research_protocol(rng, lang):
    d = Doc(rng, lang, "research_protocol", False)
    neph = staff(rng, "neph")
    d.sender = neph
    d.to = [staff(rng, "manager"), staff(rng, "nurse")]
    study = rng.choice([("Étude HOME-K : liants du potassium chez les patients en HDD", "HOME-K study: potassium binders in home HD"),
                        ("Étude PERI-CARE : chlorhexidine vs mupirocine au site de sortie", "PERI-CARE: chlorhexidine vs mupirocin at the exit site"),
                        ("Registre qualité de vie en dialyse nocturne", "Quality-of-life registry in nocturnal dialysis")])
    lines = [t(lang, study), None, L(lang, "Devis : essai randomisé multicentrique, 240 participants, 12 mois.", "Design: multicentre randomised trial, 240 participants, 12 months."),
             L(lang, "Critères d'inclusion : ≥ 18 ans, dialyse à domicile depuis ≥ 3 mois.", "Inclusion: age >= 18, on home dialysis >= 3 months."),
             L(lang, "Critères d'exclusion : greffe prévue < 6 mois, grossesse.", "Exclusion: transplant expected within 6 months, pregnancy."),
             L(lang, "Critère principal : taux de péritonite / K moyen selon le volet.", "Primary outcome: peritonitis rate / mean K by arm."),
             L(lang, "Approbation CER : 2025-118 (en attente).", "REB approval: 2025-118 (pending).")]
    safe = [l.replace("≥", ">=") if l else l for l in lines]
    d.attach("application/pdf", make_pdf(L(lang, "Synopsis du protocole", "Protocol synopsis"), safe), L(lang, "synopsis_protocole.pdf", "protocol_synopsis.pdf"))
    d.subject = L(lang, f"Protocole à réviser - {t(lang, study).split(':')[0]}", f"Protocol for review - {t(lang, study).split(':')[0]}")
    d.body = join(greet(rng, lang), "", "\n".join(x for x in lines if x), "", L(lang, "Commentaires d'ici vendredi svp.", "Comments by Friday please."), signature(rng, neph, lang))
    d.note = "research protocol synopsis, no participants"
    return d


def asset_inventory(rng, lang):
    d = Doc(rng, lang, "asset_inventory", False)
    tech = staff(rng, "tech")
    d.sender, d.to = tech, [staff(rng, "manager")]
    rows = [L(lang, ["N° actif", "Type", "N° série", "Mise en service", "Dernier entretien", "Emplacement"],
              ["Asset no.", "Type", "Serial no.", "In service", "Last PM", "Location"])]
    for _ in range(rng.randint(8, 15)):
        typ = rng.choice([L(lang, "Cycleur DPA", "APD cycler"), L(lang, "Machine HDD", "HHD machine"), L(lang, "Osmoseur portatif", "Portable RO"),
                          L(lang, "Tablette télésurveillance", "Remote-monitoring tablet")])
        rows.append([luhn_serial(rng, 9), typ, f"{rng.choice(['CY', 'HX', 'RO', 'TB'])}{luhn_serial(rng, 10)}", f"20{rng.randint(17, 24)}-{rng.randint(1, 12):02d}",
                     f"2025-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}", rng.choice([L(lang, "En prêt (domicile)", "On loan (home)"), "C-3.08", L(lang, "Réserve", "Storage"), L(lang, "Réparation", "Repair")])])
    if rng.random() < 0.5:
        d.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([(L(lang, "Inventaire", "Inventory"), rows)], author=tech.full),
                 L(lang, "inventaire_equipements.xlsx", "equipment_inventory.xlsx"))
    else:
        d.attach("text/csv", make_csv(rows), L(lang, "inventaire_equipements.csv", "equipment_inventory.csv"))
    d.subject = L(lang, "Inventaire des équipements - mise à jour", "Equipment inventory - update")
    d.body = join(greet(rng, lang), "", L(lang, "Inventaire à jour pour l'audit du génie biomédical. Deux cycleurs en réparation chez le fournisseur.",
                                          "Updated inventory for the biomedical engineering audit. Two cyclers out for repair."), "", signature(rng, tech, lang))
    d.note = "equipment inventory with Luhn-valid serial numbers"
    return d


def staff_training(rng, lang):
    d = Doc(rng, lang, "staff_training", False)
    mgr = staff(rng, "manager")
    d.sender = mgr
    ns = nurses(rng, rng.randint(3, 5))
    d.to = ns
    topic = rng.choice([("Ponction en boutonnière - atelier pratique", "Buttonhole cannulation - hands-on workshop"),
                        ("Gestion des alarmes du cycleur", "Cycler alarm management"),
                        ("Prévention des péritonites : réviser la technique d'échange", "Peritonitis prevention: exchange technique review"),
                        ("Réanimation (RCR) - recertification", "CPR recertification")])
    day = d.date.date() + datetime.timedelta(days=rng.randint(7, 30))
    st = datetime.datetime.combine(day, datetime.time(13, 0))
    d.attach("text/calendar", make_ics(f"{rng.getrandbits(48):012x}@chutr.example", t(lang, topic), st, st + datetime.timedelta(hours=3),
                                       L(lang, "Salle de formation C-3.12", "Training room C-3.12"), L(lang, "Formation obligatoire - temps rémunéré.", "Mandatory training - paid time."),
                                       (mgr.full, mgr.email), [(n.full, n.email) for n in ns]), "formation.ics" if lang == "fr" else "training.ics", params={"method": "REQUEST"})
    d.subject = L(lang, f"Formation : {topic[0]}", f"Training: {topic[1]}")
    d.body = join(greet(rng, lang), "", L(lang, f"Vous êtes inscrites à la formation « {topic[0]} » le {fmt_date(day, lang, rng, 1)}.",
                                          f"You are registered for '{topic[1]}' on {fmt_date(day, lang, rng, 1)}."), "", signature(rng, mgr, lang))
    d.note = "staff training invitation"
    return d


def oncall_physicians(rng, lang):
    d = Doc(rng, lang, "oncall_physicians", False)
    clerk = staff(rng, "clerk")
    d.sender = clerk
    d.to = [(L(lang, "Téléphonistes", "Switchboard"), f"standard@{ORG['dom']}"), (L(lang, "Dialyse à domicile", "Home dialysis"), f"ddom@{ORG['dom']}")]
    neph = [Person(g, s, x, "neph") for g, s, x in STAFF["neph"]]
    start = d.date.date() + datetime.timedelta(days=(7 - d.date.weekday()) % 7)
    lines = []
    for i in range(rng.randint(4, 8)):
        p = rng.choice(neph)
        lines.append(f"{fmt_date(start + datetime.timedelta(days=7 * i), lang, rng, 0)} : {p.doctor(lang)}" +
                     L(lang, " (greffe)" if rng.random() < 0.3 else "", " (transplant)" if rng.random() < 0.3 else ""))
    d.subject = L(lang, "Horaire de garde - néphrologie", "On-call schedule - nephrology")
    d.body = join(greet(rng, lang), "", L(lang, "Voici l'horaire de garde des néphrologues (début le lundi 8 h) :", "Nephrologist on-call schedule (starts Monday 8 am):"), "",
                  "\n".join(lines), "", L(lang, f"Infirmière de garde dialyse à domicile : {ORG['oncall']}", f"Home dialysis on-call nurse: {ORG['oncall']}"), signature(rng, clerk, lang, 1))
    d.note = "physician on-call schedule"
    return d


def minutes(rng, lang):
    d = Doc(rng, lang, "meeting_minutes", False)
    mgr = staff(rng, "manager")
    d.sender, d.to = mgr, nurses(rng, 4) + [staff(rng, "neph")]
    paras = [L(lang, "Présents : équipe de soins infirmiers, Dre Quintal, F. Bergeron, D. Hébert.", "Present: nursing team, Dr. Quintal, F. Bergeron, D. Hébert."),
             ("h", L(lang, "1. Suivi des indicateurs", "1. Indicators")),
             L(lang, f"{rng.randint(3, 7)} patients en attente de formation; délai moyen {rng.randint(3, 9)} semaines.", f"{rng.randint(3, 7)} patients waiting for training; mean wait {rng.randint(3, 9)} weeks."),
             ("h", L(lang, "2. Livraisons", "2. Deliveries")),
             L(lang, "Retards de livraison dans le secteur Est en janvier (tempête); le fournisseur ajoute une tournée le samedi.", "Late deliveries in the East sector in January (storm); supplier adds a Saturday route."),
             ("h", L(lang, "3. Traitement de l'eau", "3. Water treatment")),
             L(lang, "Toutes les cultures d'eau du trimestre sont conformes sauf une (reprise conforme).", "All water cultures this quarter within limits except one (re-test OK)."),
             ("h", L(lang, "4. Divers", "4. Other")), L(lang, "Party de Noël le 12 décembre.", "Holiday party December 12.")]
    d.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(L(lang, "Procès-verbal - réunion d'équipe", "Minutes - team meeting"), paras, author=mgr.full),
             L(lang, "PV_reunion_equipe.docx", "team_meeting_minutes.docx"))
    d.subject = L(lang, "Procès-verbal réunion d'équipe", "Team meeting minutes")
    d.body = join(greet(rng, lang), "", L(lang, "Ci-joint le PV de la dernière réunion.", "Minutes of the last meeting attached."), "", signature(rng, mgr, lang))
    d.note = "meeting minutes, aggregate only"
    return d


def education_material(rng, lang):
    d = Doc(rng, lang, "education_material", False)
    nurse = staff(rng, "nurse")
    d.sender = nurse
    d.to = [(L(lang, "Service des communications", "Communications"), f"communications@{ORG['dom']}")]
    topic = rng.choice([("Vivre avec la dialyse péritonéale", "Living with peritoneal dialysis"), ("Le potassium dans votre assiette", "Potassium on your plate"),
                        ("Soins du site de sortie", "Exit-site care"), ("Protéger votre fistule", "Protecting your fistula")])
    d.subject = L(lang, f"Dépliant « {topic[0]} » - épreuve finale", f"Leaflet '{topic[1]}' - final proof")
    d.body = join(greet(rng, lang), "", L(lang, f"Voici nos corrections sur l'épreuve du dépliant « {topic[0]} » : p. 2, remplacer « diabète » par « diabète ou hypertension »; p. 3, ajouter le numéro de la ligne de garde {ORG['oncall']}.",
                                          f"Here are our edits for the '{topic[1]}' leaflet: p. 2, replace 'diabetes' with 'diabetes or high blood pressure'; p. 3, add the on-call line {ORG['oncall']}."),
                  L(lang, "Tirage : 500 exemplaires.", "Print run: 500 copies."), "", signature(rng, nurse, lang))
    d.note = "patient education leaflet proof (generic)"
    return d


def water_quality_centre(rng, lang):
    d = Doc(rng, lang, "water_quality_centre", False)
    wt = Person(*STAFF["watertech"][rng.randrange(2)], role="watertech", domain=OTHER_ORGS["water"][1])
    d.sender, d.to = wt, [staff(rng, "tech"), staff(rng, "manager")]
    lines = [L(lang, "Site : salle de formation HDD C-3.12 (boucle centrale)", "Site: HHD training room C-3.12 (central loop)"),
             L(lang, f"Culture sortie osmoseur : {rng.randint(0, 20)} UFC/mL (limite 100)", f"RO outlet culture: {rng.randint(0, 20)} CFU/mL (limit 100)"),
             L(lang, f"Endotoxines : {rng.choice(['<0,03', '0,05', '0,08'])} UE/mL (limite 0,25)", f"Endotoxin: {rng.choice(['<0.03', '0.05', '0.08'])} EU/mL (limit 0.25)"),
             L(lang, "Chlore total : < 0,1 mg/L; conductivité 6 µS/cm", "Total chlorine: < 0.1 mg/L; conductivity 6 uS/cm"),
             L(lang, "Conclusion : conforme à la norme CSA Z364.2.2", "Conclusion: compliant with CSA Z364.2.2")]
    d.attach("application/pdf", make_pdf(L(lang, "Rapport qualité de l'eau", "Water quality report"), lines, letterhead=[OTHER_ORGS["water"][0]]), L(lang, "rapport_eau_C312.pdf", "water_report_C312.pdf"))
    d.subject = L(lang, "Rapport trimestriel qualité de l'eau - salle de formation", "Quarterly water quality report - training room")
    d.body = join(greet(rng, lang), "", L(lang, "Rapport en pièce jointe, tout est conforme.", "Report attached, everything compliant."), "", signature(rng, wt, lang, 1))
    d.note = "water quality report for the training room, no patient"
    return d


TEMPLATES = [(stats, 6), (blank_form, 5), (teaching_case, 6), (supplier_recall, 5), (drug_shortage, 5), (research_protocol, 4),
             (asset_inventory, 5), (staff_training, 5), (oncall_physicians, 5), (minutes, 5), (education_material, 4),
             (water_quality_centre, 4)]
