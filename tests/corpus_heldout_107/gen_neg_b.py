"""Negative templates, part B: blank forms, anonymised teaching cases, recalls, drug shortages,
facilities, research protocols, physician directory, minutes, training, staff social life."""
import datetime as dt

from gen_attach import DOCX, PDF, XLSX, ZIP, att, make_docx, make_pdf, make_xlsx, make_zip
from gen_clinical import drug, dx, lab, symptom, test
from gen_common import CLINIC_FAX, CLINIC_PHONE, DOM, dr, fmt_date, fmt_day, staff, staff_addr
from gen_compose import body, hospital, new_mail, unit_name
from gen_neg_a import ADMIN, DOCS, NURSES, TECHS, allto, luhn_serial


# --------------------------------------------------------------------------- blank form
def blank_form(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["lchartrand", "crousseau", "kdufresne", "jmercier"]))
    kind = rng.choice(["eeg", "emg", "sp", "botox"])
    t_fr = {"eeg": "Requête d'électroencéphalogramme", "emg": "Requête d'électromyographie", "sp": "Demande d'ocrélizumab – formulaire de perfusion",
            "botox": "Formulaire de suivi – toxine botulinique (migraine chronique)"}[kind]
    t_en = {"eeg": "EEG requisition", "emg": "EMG requisition", "sp": "Ocrelizumab infusion order form", "botox": "Botulinum toxin follow-up form (chronic migraine)"}[kind]
    ttl = t_fr if lang == "fr" else t_en
    if lang == "fr":
        fields = ["Nom de l'usager : ______________________  Prénom : ________________",
                  "NAM : ____ ____ ____   (ex. : ABCD 1234 5678)", "Date de naissance : AAAA-MM-JJ", "No de dossier : ___________",
                  "Diagnostic / indication : ______________________________", "Médication antiépileptique actuelle : ______________",
                  "Médecin requérant : ______________  No de permis : _______", "Signature : ____________________  Date : __________"]
    else:
        fields = ["Patient last name: ______________________  First name: ________________",
                  "Health card (RAMQ): ____ ____ ____", "Date of birth: YYYY-MM-DD", "MRN: ___________",
                  "Diagnosis / indication: ______________________________", "Current medication: ______________",
                  "Ordering physician: ______________  Licence #: _______", "Signature: ____________________  Date: __________"]
    fmt = rng.choice(["pdf", "docx"])
    data = make_pdf(ttl, fields, header=[hospital(lang), f"Formulaire NEU-{rng.randint(100, 199)} (rév. 2025-01)"]) if fmt == "pdf" else \
        make_docx(ttl, fields, header_lines=[hospital(lang)])
    fn = rng.choice([{"eeg": "requete_EEG_vierge", "emg": "requete_EMG_vierge", "sp": "formulaire_perfusion_ocrelizumab", "botox": "suivi_botox_gabarit"}[kind],
                     f"{ttl} (gabarit vierge, révision janvier 2025)"]) + "." + fmt
    if lang == "fr":
        subj = rng.choice([f"Nouveau formulaire – {ttl}", f"Gabarit à utiliser : {ttl}", "Formulaire révisé"])
        paras = [f"Veuillez utiliser la nouvelle version du formulaire « {ttl} » à compter du 1er avril.",
                 "Les anciennes versions seront refusées par le laboratoire."]
    else:
        subj = rng.choice([f"New form - {ttl}", f"Template to use: {ttl}", "Revised form"])
        paras = [f"Please use the new '{ttl}' form starting April 1.", "Old versions will be returned by the lab."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True),
                    attachments=[att(data, PDF if fmt == "pdf" else DOCX, fn)])
    mail.update(types=set(), note="blank form template with empty patient fields")
    return mail


# --------------------------------------------------------------------------- teaching case
def teaching_case(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(DOCS))
    res = [staff_addr(staff(x)) for x in ["poneill", "echarbonneau", "obrassard"]]
    unit = rng.choice(["epi", "sp", "park", "head", "emg"])
    age = rng.randint(19, 80)
    sex_fr, sex_en = rng.choice([("une femme", "woman"), ("un homme", "man")])
    if lang == "fr":
        subj = rng.choice(["Cas clinique de la semaine", "Club de cas – jeudi", "Quiz neuro #" + str(rng.randint(10, 60))])
        paras = [f"Cas anonymisé pour jeudi : {sex_fr} de {age} ans se présente avec {symptom(rng, unit, lang)}.",
                 f"Bilan : {lab(rng, unit, lang)}; {test(rng, unit, lang)} à discuter.",
                 "Questions : 1) Diagnostic différentiel? 2) Prise en charge initiale? 3) Quand référer?",
                 f"Réponse la semaine prochaine (indice : {dx(rng, unit, lang)}). Toute information identifiante a été retirée."]
    else:
        subj = rng.choice(["Case of the week", "Case club - Thursday", "Neuro quiz #" + str(rng.randint(10, 60))])
        paras = [f"Anonymised case for Thursday: a {age}-year-old {sex_en} presents with {symptom(rng, unit, lang)}.",
                 f"Work-up: {lab(rng, unit, lang)}; {test(rng, unit, lang)} to discuss.",
                 "Questions: 1) Differential? 2) Initial management? 3) When to refer?",
                 f"Answer next week (hint: {dx(rng, unit, lang)}). All identifying details removed."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), res, body(rng, lang, None, paras, a))
    if rng.random() < 0.3:
        mail["attachments"] = [att(make_pdf(subj, paras, header=[hospital(lang), "Enseignement / Teaching"]), PDF, "cas_clinique.pdf")]
    mail.update(types=set(), note="anonymised teaching case")
    return mail


# --------------------------------------------------------------------------- supplier recall
def supplier_recall(ctx, lang):
    rng = ctx.rng
    sup = rng.choice([("Qualité – NeuroStim Dispositifs", "qualite@neurostim-dispositifs.example"),
                      ("Affaires réglementaires – InfuMed", "reglementaire@infumed.example")])
    to = staff(rng.choice(["dlefebvre", "ilachance", "fpatel"]))
    serials = [luhn_serial(rng, 9) for _ in range(rng.randint(2, 5))]
    sfmt = [f"{s[:3]} {s[3:6]} {s[6:]}" if rng.random() < 0.5 else s for s in serials]
    lot = f"{rng.randint(22, 25)}{rng.randint(1, 12):02d}{rng.randint(100, 999)}"
    dev = rng.choice([("neurostimulateur implantable modèle NS-300", "NS-300 implantable neurostimulator"),
                      ("pompe à perfusion VolumIQ", "VolumIQ infusion pump"),
                      ("programmateur clinicien CP-12", "CP-12 clinician programmer")])
    if lang == "fr":
        subj = f"AVIS DE RAPPEL VOLONTAIRE – {dev[0]} (lot {lot})"
        paras = [f"Un défaut de batterie a été identifié sur certains {dev[0]}.", f"Lot : {lot}\nNuméros de série touchés :\n" + "\n".join(sfmt),
                 "Aucun incident n'a été rapporté au Canada. Veuillez vérifier votre inventaire et retourner le formulaire d'accusé de réception."]
    else:
        subj = f"VOLUNTARY RECALL NOTICE - {dev[1]} (lot {lot})"
        paras = [f"A battery defect was identified in some {dev[1]} units.", f"Lot: {lot}\nAffected serial numbers:\n" + "\n".join(sfmt),
                 "No incidents reported in Canada. Please check your inventory and return the acknowledgement form."]
    mail = new_mail(ctx, lang, subj, sup, [staff_addr(to)], "\n\n".join(paras) + f"\n\n{sup[0]}\n")
    mail.update(types=set(), note="supplier recall with serial numbers (checksum-valid)")
    return mail


# --------------------------------------------------------------------------- drug shortage
def drug_shortage(ctx, lang):
    rng = ctx.rng
    ph = staff("fpatel")
    d = rng.choice([("carbamazépine suspension 100 mg/5 mL", "carbamazepine suspension 100 mg/5 mL", "oxcarbazépine suspension", "oxcarbazepine suspension"),
                    ("phénytoïne injectable 50 mg/mL", "phenytoin injection 50 mg/mL", "fosphénytoïne", "fosphenytoin"),
                    ("pyridostigmine 60 mg", "pyridostigmine 60 mg", "importation via Santé Canada", "Health Canada import"),
                    ("sumatriptan 6 mg SC", "sumatriptan 6 mg SC", "zolmitriptan vaporisateur nasal", "zolmitriptan nasal spray")])
    if lang == "fr":
        subj = f"Rupture d'approvisionnement – {d[0]}"
        paras = [f"Le fournisseur nous avise d'une rupture de {d[0]} jusqu'à la fin du mois.", f"Alternative proposée : {d[2]}. Le formulaire a été mis à jour.",
                 "Aucune action requise pour les patients déjà servis."]
    else:
        subj = f"Drug shortage - {d[1]}"
        paras = [f"The supplier reports a shortage of {d[1]} until month end.", f"Suggested alternative: {d[3]}. Formulary updated.", "No action needed for patients already dispensed."]
    mail = new_mail(ctx, lang, subj, staff_addr(ph), allto(lang), body(rng, lang, None, paras, ph, group=True))
    mail.update(types=set(), note="drug shortage notice")
    return mail


# --------------------------------------------------------------------------- facilities
def facilities(ctx, lang):
    rng = ctx.rng
    fac = ("Services techniques", f"services.techniques@{DOM}") if lang == "fr" else ("Facilities", f"services.techniques@{DOM}")
    kind = rng.randint(0, 3)
    d = ctx.now.date() + dt.timedelta(days=rng.randint(2, 12))
    if lang == "fr":
        subj = ["Ascenseur B hors service", "Stationnement P3 – travaux", "Déménagement du labo EMG", "Coupure d'eau chaude – 4e étage"][kind]
        paras = [[f"L'ascenseur B du pavillon Marcotte sera hors service le {fmt_day(d, 'fr')}. Prévoir l'ascenseur C pour les civières.",
                  "Le stationnement P3 sera fermé pour réfection du 2 au 6 juin. Les vignettes employés seront acceptées au P1.",
                  f"Le laboratoire EMG déménage au local 4.315 le {fmt_day(d, 'fr')}. Le numéro {CLINIC_PHONE[:-4]}0148 est conservé.",
                  f"Coupure d'eau chaude le {fmt_day(d, 'fr')} de 6 h à 9 h."][kind], "Merci de votre compréhension."]
    else:
        subj = ["Elevator B out of service", "Parking P3 - construction", "EMG lab move", "Hot water shut-off - 4th floor"][kind]
        paras = [[f"Elevator B in the Marcotte pavilion will be out of service {fmt_day(d, 'en')}. Use elevator C for stretchers.",
                  "Parking P3 closed June 2-6 for repairs. Staff permits accepted at P1.",
                  f"The EMG lab moves to room 4.315 on {fmt_day(d, 'en')}. Phone number unchanged.",
                  f"Hot water will be shut off {fmt_day(d, 'en')} 6-9 am."][kind], "Thank you for your understanding."]
    mail = new_mail(ctx, lang, subj, fac, allto(lang), "\n\n".join(paras) + f"\n\n{fac[0]}\n{hospital(lang)}\n")
    mail.update(types=set(), note="facilities notice")
    return mail


# --------------------------------------------------------------------------- research protocol
def research_protocol(ctx, lang):
    rng = ctx.rng
    coord = ("Coordination de recherche – neurosciences", f"recherche.neuro@{DOM}")
    pi = staff(rng.choice(["khaddad", "vhebert", "ilachance"]))
    unit = {"khaddad": "sp", "vhebert": "epi", "ilachance": "park"}[pi[6]]
    name = rng.choice(["NEURO-ACT", "PARK-MOVE", "EPI-SLEEP", "SP-DESCALE"])
    if lang == "fr":
        subj = f"Protocole {name} v3.{rng.randint(0, 9)} – approuvé par le CÉR"
        paras = [f"Le protocole {name} (chercheur principal : {dr(pi, 'fr')}) a reçu l'approbation finale.",
                 f"Critères d'inclusion : 18-65 ans, {dx(rng, unit, 'fr')}, sous {drug(rng, unit, 'fr')} depuis ≥ 6 mois.",
                 f"Critères d'exclusion : grossesse, {lab(rng, unit, 'fr')} hors normes.",
                 "Objectif de recrutement : 60 participants sur 2 ans. Aucun recrutement avant la séance d'initiation du site."]
    else:
        subj = f"{name} protocol v3.{rng.randint(0, 9)} - REB approved"
        paras = [f"The {name} protocol (PI: {dr(pi, 'en')}) received final approval.",
                 f"Inclusion: age 18-65, {dx(rng, unit, 'en')}, on {drug(rng, unit, 'en')} for at least 6 months.",
                 f"Exclusion: pregnancy, abnormal {lab(rng, unit, 'en')}.",
                 "Target: 60 participants over 2 years. No recruitment before site initiation."]
    mail = new_mail(ctx, lang, subj, coord, [staff_addr(pi)] + allto(lang), "\n\n".join(paras) + f"\n\n{coord[0]}\n")
    if rng.random() < 0.5:
        mail["attachments"] = [att(make_docx(f"Protocole {name}", paras), DOCX, f"{name}_protocole_v3.docx")]
    mail.update(types=set(), note="research protocol without participants")
    return mail


# --------------------------------------------------------------------------- physician directory
def physician_directory(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["hdumais", "dlefebvre"]))
    fr_map = {"vhebert": "épilepsie, vidéo-EEG", "khaddad": "sclérose en plaques, NMOSD", "ilachance": "Parkinson, dystonie, SCP",
              "tvaillancourt": "céphalées, migraine chronique, névralgie", "anguyen": "EMG, SLA, myasthénie", "rkowalski": "EEG, EEG continu aux SI",
              "sdesrosiers": "neuroréadaptation, AVC, TCC"}
    en_map = {"vhebert": "epilepsy, video-EEG", "khaddad": "multiple sclerosis, NMOSD", "ilachance": "Parkinson's, dystonia, DBS",
              "tvaillancourt": "headache, chronic migraine, neuralgia", "anguyen": "EMG, ALS, myasthenia", "rkowalski": "EEG, ICU continuous EEG",
              "sdesrosiers": "neuro-rehab, stroke, TBI"}
    lines = [f"{dr(staff(k), lang)} — {(fr_map if lang == 'fr' else en_map)[k]}" for k in DOCS]
    if lang == "fr":
        subj = "Corridors de services – neurologie (mise à jour)"
        paras = ["Pour orienter les demandes de consultation, voici les champs d'expertise :", "\n".join(lines),
                 f"Les demandes urgentes doivent être faxées au {CLINIC_FAX} et confirmées par téléphone au {CLINIC_PHONE}."]
    else:
        subj = "Service directory - neurology (update)"
        paras = ["To route consultation requests, here are the areas of expertise:", "\n".join(lines),
                 f"Urgent requests: fax {CLINIC_FAX} and confirm by phone at {CLINIC_PHONE}."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), [("GMF de la région", "liste-gmf@rls-demo.example")], body(rng, lang, None, paras, a))
    mail.update(types=set(), note="physicians named with the diseases they treat")
    return mail


# --------------------------------------------------------------------------- minutes
def minutes(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["lchartrand", "dlefebvre"]))
    present = ", ".join(f"{staff(x)[0]} {staff(x)[1]}" for x in rng.sample(DOCS + NURSES + ADMIN, 6))
    if lang == "fr":
        subj = "Compte rendu – réunion de service du " + fmt_day(ctx.now.date() - dt.timedelta(days=2), "fr")
        paras = [f"Présents : {present}",
                 "1. Délais : 312 requêtes EEG en attente (vs 355 le mois dernier).\n2. Clinique SP : ajout d'une plage de perfusion le mercredi.\n"
                 "3. Recrutement : 1 poste de technologue affiché.\n4. Varia : le party de Noël aura lieu le 12 décembre.",
                 "Prochaine réunion dans un mois."]
    else:
        subj = "Minutes - department meeting " + fmt_day(ctx.now.date() - dt.timedelta(days=2), "en")
        paras = [f"Present: {present}",
                 "1. Waits: 312 EEG requests pending (vs 355 last month).\n2. MS clinic: new Wednesday infusion slot.\n3. Hiring: one technologist posting.\n4. Other: holiday party December 12.",
                 "Next meeting in a month."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True))
    if rng.random() < 0.4:
        mail["attachments"] = [att(make_docx(subj, paras), DOCX, "CR_reunion_service.docx")]
    mail.update(types=set(), note="meeting minutes, aggregate numbers")
    return mail


# --------------------------------------------------------------------------- training
def training(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["jmercier", "gdorval", "rkowalski", "dlefebvre"]))
    t = rng.choice([("Formation EDSS pour le personnel infirmier", "EDSS training for nursing staff"),
                    ("Atelier : lecture de l'EEG néonatal", "Workshop: neonatal EEG reading"),
                    ("Recertification RCR/DEA", "CPR/AED recertification"),
                    ("Gestion d'une crise convulsive à l'étage – simulation", "Managing a seizure on the ward - simulation")])
    d = ctx.now.date() + dt.timedelta(days=rng.randint(7, 30))
    if lang == "fr":
        subj = f"Inscription – {t[0]}"
        paras = [f"{t[0]} : {fmt_day(d, 'fr')}, 13 h à 16 h, centre de simulation (B-020).", "Places limitées à 12 personnes; inscription sur l'intranet.",
                 rng.choice(["La formation est rémunérée.", "Apportez votre carte d'employé."])]
    else:
        subj = f"Registration - {t[1]}"
        paras = [f"{t[1]}: {fmt_day(d, 'en')}, 1-4 pm, simulation centre (B-020).", "Limited to 12; register on the intranet.", "Paid training time."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True))
    mail.update(types=set(), note="staff training announcement")
    return mail


# --------------------------------------------------------------------------- staff social
def staff_social(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(ADMIN + NURSES))
    s = staff(rng.choice(TECHS + ADMIN + DOCS))
    kind = rng.randint(0, 2)
    if lang == "fr":
        subj = [f"5 à 7 – départ à la retraite de {s[0]} {s[1]}", "Dîner-partage vendredi!", f"Bonne fête {s[0]}!"][kind]
        paras = [[f"Après 27 ans au service, {s[0]} prend sa retraite! On se retrouve au bistro d'en face jeudi dès 17 h.",
                  "Dîner-partage vendredi midi à la salle 4.201. Inscrivez votre plat sur la feuille au secrétariat.",
                  f"C'est la fête de {s[0]} aujourd'hui, gâteau à 15 h à la salle du personnel!"][kind],
                 rng.choice(["Collecte pour le cadeau : voir Lucie.", "Bienvenue à tous!", None])]
    else:
        subj = [f"Retirement party for {s[0]} {s[1]}", "Potluck Friday!", f"Happy birthday {s[0]}!"][kind]
        paras = [[f"After 27 years, {s[0]} is retiring! Join us at the bistro across the street Thursday from 5 pm.",
                  "Potluck Friday noon in room 4.201. Sign up at the front desk.",
                  f"It's {s[0]}'s birthday today, cake at 3 pm in the staff room!"][kind], None]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, sig_short=True, group=True))
    mail.update(types=set(), note="staff social event")
    return mail


# --------------------------------------------------------------------------- asset inventory
def asset_inventory(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["dlefebvre", "kdufresne", "sbelisle", "rbeland"]))
    rows = [["Actif", "Description", "No de série", "Emplacement", "Prochain entretien"] if lang == "fr"
            else ["Asset", "Description", "Serial no.", "Location", "Next maintenance"]]
    for i in range(rng.randint(5, 9)):
        rows.append([f"INV-{rng.randint(40000, 49999)}", rng.choice(["Amplificateur EEG 32 canaux", "Appareil EMG 4 canaux", "Caméra vidéo-EEG",
                                                                       "Station de revue", "Stimulateur magnétique"]),
                     luhn_serial(rng, rng.choice([9, 10, 12])), rng.choice(["4.310", "4.312", "4.315", "4N-430"]),
                     (ctx.now.date() + dt.timedelta(days=rng.randint(20, 300))).isoformat()])
    if lang == "fr":
        subj = "Inventaire des équipements – électrophysiologie"
        paras = ["Inventaire annuel en pièce jointe. Merci de valider les emplacements.", "Le génie biomédical passera en mai pour l'entretien préventif."]
    else:
        subj = "Equipment inventory - electrophysiology"
        paras = ["Annual inventory attached. Please validate locations.", "Biomedical engineering will do preventive maintenance in May."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(staff("hdumais"))], body(rng, lang, None, paras, a),
                    attachments=[att(make_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)]), XLSX, "inventaire_equipements.xlsx")])
    mail.update(types=set(), note="asset inventory with checksum-valid serial numbers")
    return mail


# --------------------------------------------------------------------------- patient education (generic)
def patient_education(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(NURSES))
    topic = rng.randint(0, 3)
    if lang == "fr":
        ttl = ["Que faire lors d'une crise d'épilepsie", "Vivre avec la migraine : le journal des céphalées", "SP : gérer la fatigue au quotidien",
               "Parkinson : prévenir les chutes à domicile"][topic]
        lines = [["Restez calme, notez l'heure. Protégez la tête. Ne mettez rien dans la bouche. Position latérale de sécurité après la crise.",
                  "Appelez le 911 si la crise dure plus de 5 minutes."],
                 ["Notez chaque jour : intensité, durée, médicaments pris, déclencheurs possibles.", "Apportez votre journal à chaque visite."],
                 ["Planifiez les activités exigeantes le matin. Fractionnez les tâches. Évitez la chaleur excessive."],
                 ["Retirez les tapis. Installez des barres d'appui. Prenez la lévodopa à heures fixes."]][topic]
        subj = f"Nouvelle fiche d'enseignement : {ttl}"
        paras = [f"La fiche « {ttl} » est maintenant disponible en salle d'attente et sur l'intranet.", "Merci de la remettre aux usagers au besoin."]
    else:
        ttl = ["What to do during a seizure", "Living with migraine: the headache diary", "MS: managing daily fatigue", "Parkinson's: preventing falls at home"][topic]
        lines = [["Stay calm, note the time. Protect the head. Put nothing in the mouth. Recovery position after the seizure.", "Call 911 if it lasts over 5 minutes."],
                 ["Record daily: intensity, duration, medication taken, possible triggers.", "Bring the diary to every visit."],
                 ["Plan demanding tasks in the morning. Split tasks. Avoid excess heat."],
                 ["Remove rugs. Install grab bars. Take levodopa at fixed times."]][topic]
        subj = f"New patient handout: {ttl}"
        paras = [f"The '{ttl}' handout is now available in the waiting room and on the intranet.", "Please give it to patients as needed."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True),
                    attachments=[att(make_pdf(ttl, lines, header=[hospital(lang)]), PDF, rng.choice(["fiche_enseignement.pdf", f"Fiche – {ttl}.pdf"]))])
    mail.update(types=set(), note="generic patient education handout")
    return mail
