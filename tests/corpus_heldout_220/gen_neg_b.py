"""Negative templates, part B: inventories, IT, facilities, aggregate statistics, teaching
cases, blank forms, mail-merge templates, drug shortages, recalls, research protocols."""
import datetime

import gen_clin as C
import gen_data as D
import gen_docs as X
import gen_ids as I


# ------------------------------------------------------------------ N11 equipment inventory (Luhn-valid serials)
def n_inventory(g, lang):
    m = g.new(lang, "inventory")
    coord = g.st("unit coordinator", "program manager")
    m.sender = (coord.display(), coord.email)
    m.to = [(g.L(lang, "Génie biomédical", "Biomedical engineering"), f"genie.biomed@{D.DOM}")]
    head = g.L(lang, ["Équipement", "No de série", "Actif", "Lot", "Localisation", "Prochaine inspection"],
               ["Equipment", "Serial no.", "Asset", "Lot", "Location", "Next inspection"])
    rows = [head]
    for _ in range(g.rng.randint(5, 9)):
        eq = g.c(g.L(lang, ["Tire-lait hospitalier", "Pèse-bébé", "Moniteur de signes vitaux", "Lampe de luminothérapie", "Réfrigérateur à lait maternel"],
                     ["Hospital-grade breast pump", "Baby scale", "Vital signs monitor", "Light therapy lamp", "Breast milk fridge"]))
        ser = I.make_luhn_serial(g.rng, g.c([9, 9, 10]))
        serf = g.c([ser, " ".join([ser[:3], ser[3:6], ser[6:]]), "SN" + ser])
        rows.append([eq, serf, f"VDB-{g.rng.randint(10000, 99999)}", f"LOT {g.rng.randint(2020, 2025)}{g.rng.randint(100, 999)}",
                     g.c(["UME 4C", "CSMP C-3", "Salle d'allaitement" if lang == "fr" else "Nursing room"]),
                     (m.date + datetime.timedelta(days=g.rng.randint(20, 300))).date().isoformat()])
    kind = g.c(["xlsx", "csv", "text"])
    intro = g.L(lang, "Bonjour, voici l'inventaire annuel des équipements de l'unité pour la mise à jour du registre.",
                "Hello, here is the unit's annual equipment inventory for the register update.")
    if kind == "xlsx":
        m.attachments.append({"kind": "xlsx", "filename": g.L(lang, "Inventaire_équipements_UME.xlsx", "MBU_equipment_inventory.xlsx"),
                              "data": X.make_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)])})
        m.text = intro + "\n\n" + g.sig(coord, lang)
    elif kind == "csv":
        m.attachments.append({"kind": "csv", "filename": "inventaire.csv" if lang == "fr" else "inventory.csv", "data": X.make_csv(rows, ";")})
        m.text = intro + "\n\n" + g.sig(coord, lang)
    else:
        m.text = intro + "\n\n" + "\n".join("  ".join(r) for r in rows) + "\n\n" + g.sig(coord, lang)
    m.subject = g.L(lang, g.c(["Inventaire des équipements", "Registre biomédical – mise à jour"]), g.c(["Equipment inventory", "Biomedical register update"]))
    m.note = g.L(lang, "inventaire d'équipements avec numéros de série", "equipment inventory with serial numbers")
    return m


# ------------------------------------------------------------------ N12 IT
def n_it(g, lang):
    m = g.new(lang, "it")
    tech = g.st("IT technician")
    m.sender = (g.L(lang, "Centre de services TI", "IT Service Desk"), f"servicedesk@{D.DOM}")
    m.to = [(g.L(lang, "Personnel CSMP", "PMHC staff"), f"csmp.equipe@{D.DOM}")]
    kind = g.c(["dme", "phish", "ticket", "pwd"])
    tk = f"INC{g.rng.randint(1000000, 9999999)}"
    if kind == "dme":
        m.subject = g.L(lang, "Mise à jour du DME – interruption planifiée", "EMR update - planned downtime")
        m.text = g.L(lang, f"Bonjour,\n\nLe dossier médical électronique sera indisponible dimanche de 1 h à 5 h (version 24.3). "
                     "Utilisez les formulaires papier de contingence (armoire rouge, poste infirmier).\n\n" + tech.display() + f", {tech.role(lang)}\nPoste 4411",
                     "Hello,\n\nThe electronic medical record will be unavailable Sunday from 1 to 5 a.m. (version 24.3). "
                     "Use the paper downtime forms (red cabinet, nursing station).\n\n" + tech.display() + f", {tech.role(lang)}\nExt. 4411")
    elif kind == "phish":
        m.subject = g.L(lang, "ALERTE : courriel frauduleux « RAMQ – remboursement »", "ALERT: fraudulent 'RAMQ refund' e-mail")
        m.text = g.L(lang, "Bonjour,\n\nUn courriel frauduleux prétendant venir de la RAMQ demande de saisir votre NAM et vos identifiants. "
                     "Ne cliquez pas sur le lien; transférez-le à securite@cisss-vdb.example.\n\nSécurité de l'information",
                     "Hello,\n\nA fraudulent e-mail claiming to come from RAMQ asks you to enter your health card number and credentials. "
                     "Do not click the link; forward it to securite@cisss-vdb.example.\n\nInformation Security")
    elif kind == "ticket":
        who = g.c([s for s in g.staff if s.role_en in ("psychiatrist", "administrative officer")])
        m.to = [(who.display(), who.email)]
        m.subject = g.L(lang, f"Billet {tk} – imprimante C-3 résolu", f"Ticket {tk} - printer C-3 resolved")
        m.text = g.L(lang, f"Bonjour,\n\nVotre billet {tk} (imprimante HP du local C-3.12, bourrage récurrent) est résolu : unité de fusion remplacée, "
                     f"no de série {I.make_luhn_serial(g.rng, 10)}.\n\n{tech.display()}",
                     f"Hello,\n\nYour ticket {tk} (HP printer in C-3.12, recurring jam) is resolved: fuser replaced, serial {I.make_luhn_serial(g.rng, 10)}.\n\n{tech.display()}")
    else:
        m.subject = g.L(lang, "Votre mot de passe expire dans 5 jours", "Your password expires in 5 days")
        m.text = g.L(lang, "Votre mot de passe réseau expire dans 5 jours. Changez-le avec Ctrl+Alt+Suppr > Modifier le mot de passe. "
                     "Le Centre de services ne vous demandera jamais votre mot de passe.",
                     "Your network password expires in 5 days. Change it with Ctrl+Alt+Del > Change a password. "
                     "The Service Desk will never ask for your password.")
    m.note = g.L(lang, "courriel des technologies de l'information", "IT e-mail")
    return m


# ------------------------------------------------------------------ N13 facilities
def n_facilities(g, lang):
    m = g.new(lang, "facilities")
    m.sender = (g.L(lang, "Services techniques", "Facilities"), f"services.techniques@{D.DOM}")
    m.to = [(g.L(lang, "Occupants du pavillon C", "Pavilion C occupants"), f"pavillon.c@{D.DOM}")]
    kind = g.c(["elev", "fire", "park", "reno"])
    d = g.day((m.date + datetime.timedelta(days=g.rng.randint(2, 12))).date(), lang)
    txt = {
        "elev": (f"L'ascenseur no 2 du pavillon C sera hors service le {d} (entretien annuel). Les familles avec poussette peuvent utiliser l'ascenseur de service accompagnées.",
                 f"Elevator 2 in Pavilion C will be out of service on {d} (annual maintenance). Families with strollers may use the service elevator with an escort."),
        "fire": (f"Exercice d'évacuation incendie le {d} à 10 h. Les patientes de l'UME et leurs bébés seront regroupées au point de rassemblement B.",
                 f"Fire evacuation drill on {d} at 10 a.m. MBU patients and babies will gather at assembly point B."),
        "park": (f"Le stationnement P3 sera fermé le {d} pour le marquage. Vignettes temporaires disponibles au poste de sécurité (poste 4000).",
                 f"Parking lot P3 will be closed on {d} for line painting. Temporary permits at the security desk (ext. 4000)."),
        "reno": (f"Travaux de réfection de la salle d'allaitement C-3.20 à compter du {d}. Bruit possible entre 8 h et 16 h.",
                 f"Renovation of nursing room C-3.20 starts on {d}. Expect noise between 8 a.m. and 4 p.m."),
    }[kind]
    m.subject = g.L(lang, {"elev": "Ascenseur 2 hors service", "fire": "Exercice d'évacuation", "park": "Fermeture du stationnement P3", "reno": "Travaux – salle C-3.20"}[kind],
                    {"elev": "Elevator 2 out of service", "fire": "Evacuation drill", "park": "P3 parking closure", "reno": "Work - room C-3.20"}[kind])
    m.text = g.L(lang, f"Bonjour,\n\n{txt[0]}\n\nMerci de votre collaboration.\nServices techniques – {D.HOSP2}\nTél. 450 555-0190",
                 f"Hello,\n\n{txt[1]}\n\nThank you.\nFacilities - {D.HOSP2}\nTel. 450 555-0190")
    m.note = g.L(lang, "avis des services techniques", "facilities notice")
    return m


# ------------------------------------------------------------------ N14 aggregate statistics
def n_stats(g, lang):
    m = g.new(lang, "statistics")
    mgr = g.st("program manager")
    m.sender = (mgr.display(), mgr.email)
    m.to = [(g.L(lang, "Direction SMD", "MHA directorate"), f"direction.smd@{D.DOM}")]
    head = g.L(lang, ["Mois", "Références", "DPP", "Anxiété", "Psychose PP", "EPDS moyen", "Délai médian (j)"],
               ["Month", "Referrals", "PPD", "Anxiety", "PP psychosis", "Mean EPDS", "Median wait (d)"])
    rows = [head]
    for k in range(g.rng.randint(3, 6)):
        mon = datetime.date(2025, max(1, m.date.month - k), 1).strftime("%Y-%m")
        r = g.rng.randint(25, 55)
        rows.append([mon, r, g.rng.randint(10, r // 2), g.rng.randint(5, 15), g.rng.randint(0, 3), round(g.rng.uniform(13, 19), 1), g.rng.randint(8, 35)])
    kind = g.c(["csv", "xlsx", "text"])
    intro = g.L(lang, "Bonjour, voici les indicateurs agrégés du programme (aucune donnée nominative). Les cellules < 5 sont à interpréter avec prudence.",
                "Hello, here are the program's aggregate indicators (no identifying data). Interpret cells < 5 with caution.")
    if kind == "csv":
        m.attachments.append({"kind": "csv", "filename": g.L(lang, "indicateurs_CSMP.csv", "PMHC_indicators.csv"), "data": X.make_csv(rows)})
        m.text = intro + "\n\n" + g.sig(mgr, lang)
    elif kind == "xlsx":
        m.attachments.append({"kind": "xlsx", "filename": g.L(lang, "Tableau de bord CSMP.xlsx", "PMHC dashboard.xlsx"), "data": X.make_xlsx([("Indicateurs", rows)])})
        m.text = intro + "\n\n" + g.sig(mgr, lang)
    else:
        m.text = intro + "\n\n" + "\n".join("\t".join(str(c) for c in r) for r in rows) + "\n\n" + g.sig(mgr, lang)
    m.subject = g.L(lang, g.c(["Indicateurs mensuels CSMP", "Tableau de bord – santé mentale périnatale"]), g.c(["PMHC monthly indicators", "Perinatal mental health dashboard"]))
    m.note = g.L(lang, "statistiques agrégées", "aggregate statistics")
    return m


# ------------------------------------------------------------------ N15 de-identified teaching case
def n_teaching(g, lang):
    m = g.new(lang, "teaching_case")
    doc = g.st("psychiatrist")
    m.sender = (doc.display(), doc.email)
    m.to = [(g.L(lang, "Résidents en psychiatrie", "Psychiatry residents"), f"residents.psy@{D.DOM}")]
    age = g.rng.randint(22, 40)
    L = C.labs(g, lang, 2)
    if lang == "fr":
        m.subject = g.c(["Vignette clinique pour jeudi", "Cas clinique – enseignement (dénominalisé)", "Club de lecture + vignette"])
        txt = (f"Bonjour à tous,\n\nVignette pour la séance de jeudi (cas fictif inspiré de plusieurs situations, aucune donnée identifiante) :\n\n"
               f"Mme A., {age} ans, G2P2, se présente à J+{g.rng.randint(5, 20)} post-partum avec insomnie, labilité et propos désorganisés. "
               f"ATCD familial de trouble bipolaire. Bilan : {'; '.join(L)}.\n"
               "Questions : 1) diagnostic différentiel; 2) choix d'antipsychotique compatible avec l'allaitement; 3) critères d'admission mère-bébé.\n\n"
               f"Lecture : Jones et al., « Bipolar disorder, affective psychosis and schizophrenia in pregnancy and the post-partum period ».\n\n{g.sig(doc, lang, long=False)}")
    else:
        m.subject = g.c(["Case vignette for Thursday", "Teaching case (de-identified)", "Journal club + vignette"])
        txt = (f"Hi all,\n\nVignette for Thursday's session (fictional composite case, no identifying data):\n\n"
               f"Ms. A, {age}, G2P2, presents on postpartum day {g.rng.randint(5, 20)} with insomnia, lability and disorganized speech. "
               f"Family history of bipolar disorder. Labs: {'; '.join(L)}.\n"
               "Questions: 1) differential; 2) antipsychotic choice compatible with breastfeeding; 3) criteria for mother-baby admission.\n\n"
               f"Reading: Jones et al., 'Bipolar disorder, affective psychosis and schizophrenia in pregnancy and the post-partum period'.\n\n{g.sig(doc, lang, long=False)}")
    m.text = txt
    m.note = g.L(lang, "cas d'enseignement dénominalisé", "de-identified teaching case")
    return m


# ------------------------------------------------------------------ N16 blank form
def n_blank_form(g, lang):
    m = g.new(lang, "blank_form")
    sec = g.st("administrative officer")
    m.sender = (sec.display(), sec.email)
    clinic = g.c(["gmf-rivesud.example", "gmf-troisruisseaux.example", "cm-lacvert.example"])
    m.to = [(None, f"reception@{clinic}")]
    title = g.L(lang, "Formulaire de référence – Clinique de santé mentale périnatale", "Referral form - Perinatal Mental Health Clinic")
    fields = g.L(lang, ["Nom de la patiente : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
                        "NAM : ____ ____ ____   Exp. : ____", "Adresse : _______________________________", "Téléphone : (___) ___-____",
                        "Semaines de grossesse / post-partum : ______", "Score EPDS : ____ /30   Question 10 : ____",
                        "Diagnostic provisoire : __________________", "Médication actuelle : ____________________",
                        "Médecin référent : ______________  No de permis : ______"],
                 ["Patient name: ______________________", "Date of birth (YYYY-MM-DD): ____________", "RAMQ: ____ ____ ____   Exp.: ____",
                  "Address: _______________________________", "Phone: (___) ___-____", "Weeks pregnant / postpartum: ______",
                  "EPDS score: ____ /30   Item 10: ____", "Provisional diagnosis: __________________", "Current medication: ____________________",
                  "Referring physician: ______________  Licence no.: ______"])
    kind = g.c(["pdf", "docx"])
    data = X.make_pdf(title, fields) if kind == "pdf" else X.make_docx(title, fields)
    m.attachments.append({"kind": kind, "filename": g.L(lang, f"Formulaire_référence_CSMP_v2025.{kind}", f"PMHC_referral_form_v2025.{kind}"), "data": data})
    m.subject = g.L(lang, "Nouveau formulaire de référence (vierge)", "New referral form (blank)")
    m.text = g.L(lang, f"Bonjour,\n\nComme demandé, voici notre formulaire de référence vierge, version 2025. Merci de le télécopier au {D.CLINIC_FAX}.\n\n{g.sig(sec, lang)}",
                 f"Hello,\n\nAs requested, here is our blank referral form, 2025 version. Please fax it to {D.CLINIC_FAX}.\n\n{g.sig(sec, lang)}")
    m.note = g.L(lang, "formulaire vierge", "blank form")
    return m


# ------------------------------------------------------------------ N17 mail-merge template
def n_template(g, lang):
    m = g.new(lang, "template")
    sec = g.st("administrative officer")
    mgr = g.st("program manager")
    m.sender = (sec.display(), sec.email)
    m.to = [(mgr.display(), mgr.email)]
    if lang == "fr":
        m.subject = "Gabarit – lettre de rappel de rendez-vous (à approuver)"
        m.text = ("Bonjour,\n\nVoici le gabarit de publipostage proposé :\n\n---\n"
                  "Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la Clinique de santé mentale périnatale le «Date_RV» à «Heure_RV» "
                  "avec «Intervenant».\nDossier : «No_dossier»   NAM : «NAM»\nSi vous devez annuler, appelez le 450 555-0100.\n---\n\n"
                  "Les champs seront remplis automatiquement à partir de l'agenda.\n\n" + sec.display())
    else:
        m.subject = "Template - appointment reminder letter (for approval)"
        m.text = ("Hello,\n\nHere is the proposed mail-merge template:\n\n---\n"
                  "Dear {{first_name}} {{last_name}},\n\nThis is a reminder of your appointment at the Perinatal Mental Health Clinic on {{appt_date}} at {{appt_time}} "
                  "with {{clinician}}.\nMRN: {{mrn}}   RAMQ: {{ramq}}\nTo cancel, call 450 555-0100.\n---\n\n"
                  "Fields will be filled automatically from the scheduler.\n\n" + sec.display())
    m.note = g.L(lang, "gabarit de publipostage", "mail-merge template")
    return m


# ------------------------------------------------------------------ N18 drug shortage
def n_shortage(g, lang):
    m = g.new(lang, "drug_shortage")
    ph = g.st("pharmacist")
    m.sender = (ph.display(), ph.email)
    m.to = [(g.L(lang, "Prescripteurs SMD", "MHA prescribers"), f"prescripteurs.smd@{D.DOM}")]
    drug = g.c([("sertraline 25 mg", "sertraline 25 mg", "escitalopram 5 mg ou sertraline 50 mg coupée", "escitalopram 5 mg or split sertraline 50 mg"),
                ("quétiapine 25 mg", "quetiapine 25 mg", "quétiapine 12,5 mg (demi-co.) ou olanzapine 2,5 mg", "quetiapine 12.5 mg (half tab) or olanzapine 2.5 mg"),
                ("lorazépam 0,5 mg SL", "lorazepam 0.5 mg SL", "lorazépam 1 mg SL coupé", "split lorazepam 1 mg SL")])
    din = "0" + str(g.rng.randint(2200000, 2499999))
    lot = f"{g.c('ABKR')}{g.rng.randint(10000, 99999)}"
    m.subject = g.L(lang, f"Rupture d'approvisionnement – {drug[0]}", f"Drug shortage - {drug[1]}")
    m.text = g.L(lang, f"Bonjour,\n\nRupture prévue de {drug[0]} (DIN {din}, lots {lot} et suivants) jusqu'à la fin du mois.\n"
                 f"Solution de rechange : {drug[2]}. Aucune modification nécessaire pour les patientes stables dont la pharmacie communautaire a du stock.\n\n{g.sig(ph, lang)}",
                 f"Hello,\n\nExpected shortage of {drug[1]} (DIN {din}, lots {lot} onward) until the end of the month.\n"
                 f"Alternative: {drug[3]}. No change needed for stable patients whose community pharmacy has stock.\n\n{g.sig(ph, lang)}")
    m.note = g.L(lang, "avis de rupture de médicament", "drug shortage notice")
    return m


# ------------------------------------------------------------------ N19 recall
def n_recall(g, lang):
    m = g.new(lang, "recall")
    m.sender = (g.L(lang, "Gestion des risques", "Risk management"), f"gestion.risques@{D.DOM}")
    m.to = [(g.L(lang, "Chefs d'unité", "Unit managers"), f"chefs.unites@{D.DOM}")]
    prod = g.c([("tire-lait électrique modèle BX-200", "BX-200 electric breast pump"), ("thermomètre tympanique TT-9", "TT-9 tympanic thermometer"),
                ("sacs de conservation de lait maternel 180 ml", "180 mL breast milk storage bags")])
    sers = [I.make_luhn_serial(g.rng, 10) for _ in range(g.rng.randint(2, 4))]
    m.subject = g.L(lang, f"Rappel de produit – {prod[0]}", f"Product recall - {prod[1]}")
    m.text = g.L(lang, f"Bonjour,\n\nLe fabricant rappelle le {prod[0]}. Numéros de série / lots visés :\n" + "\n".join("  " + s for s in sers) +
                 "\nRetirez les unités visées et communiquez avec le génie biomédical (poste 4520). Aucun incident rapporté chez nous.\n\nGestion des risques",
                 f"Hello,\n\nThe manufacturer is recalling the {prod[1]}. Affected serial / lot numbers:\n" + "\n".join("  " + s for s in sers) +
                 "\nRemove affected units and contact biomedical engineering (ext. 4520). No incidents reported here.\n\nRisk management")
    m.note = g.L(lang, "rappel de produit", "product recall")
    return m


# ------------------------------------------------------------------ N20 research protocol
def n_research(g, lang):
    m = g.new(lang, "research")
    doc = g.st("psychiatrist", "psychologist")
    m.sender = (doc.display(), doc.email)
    m.to = [(g.L(lang, "Équipe CSMP", "PMHC team"), f"csmp.equipe@{D.DOM}")]
    reb = f"CER-VDB-{m.date.year}-{g.rng.randint(100, 999)}"
    paras = g.L(lang, [f"Projet {reb} : TCC en groupe en ligne pour la dépression post-partum légère à modérée – essai pragmatique.",
                       "Critères d'inclusion : 18 ans et plus, 4 à 26 semaines post-partum, EPDS 10 à 19, français ou anglais.",
                       "Critères d'exclusion : idéation suicidaire active, psychose, trouble bipolaire, usage de substances actif.",
                       "Recrutement : affiches en salle d'attente; les cliniciennes remettent le dépliant, sans transmettre de nom à l'équipe de recherche.",
                       f"Coordonnatrice : Mme Gabrielle Dion, 450 555-0166. Approbation du CER obtenue le {g.day(m.date.date(), 'fr')}."],
                    [f"Project {reb}: online group CBT for mild-to-moderate postpartum depression - pragmatic trial.",
                     "Inclusion: 18+, 4 to 26 weeks postpartum, EPDS 10-19, French or English.",
                     "Exclusion: active suicidal ideation, psychosis, bipolar disorder, active substance use.",
                     "Recruitment: waiting-room posters; clinicians hand out the leaflet without passing names to the research team.",
                     f"Coordinator: Ms. Gabrielle Dion, 450 555-0166. REB approval obtained {g.day(m.date.date(), 'en')}."])
    if g.chance(0.5):
        m.attachments.append({"kind": g.c(["pdf", "docx"]), "filename": f"Protocole_{reb}.pdf" if lang == "fr" else f"Protocol_{reb}.pdf", "data": None})
        att = m.attachments[-1]
        if att["kind"] == "docx":
            att["filename"] = att["filename"].replace(".pdf", ".docx")
            att["data"] = X.make_docx(paras[0], paras[1:])
        else:
            att["data"] = X.make_pdf(paras[0], paras[1:])
        m.text = g.L(lang, f"Bonjour,\n\nLe protocole approuvé est joint. Résumé : {paras[0]}\n\n{g.sig(doc, lang)}",
                     f"Hello,\n\nThe approved protocol is attached. Summary: {paras[0]}\n\n{g.sig(doc, lang)}")
    else:
        m.text = g.L(lang, "Bonjour,\n\n", "Hello,\n\n") + "\n".join(paras) + "\n\n" + g.sig(doc, lang)
    m.subject = g.L(lang, g.c([f"Nouveau projet de recherche {reb}", "Recrutement – étude TCC en ligne"]), g.c([f"New research project {reb}", "Recruitment - online CBT study"]))
    m.note = g.L(lang, "protocole de recherche sans participants", "research protocol without participants")
    return m


TEMPLATES = [n_inventory, n_it, n_facilities, n_stats, n_teaching, n_blank_form, n_template, n_shortage, n_recall, n_research]
