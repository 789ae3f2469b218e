"""Negative (non-confidential) messages, part B: teaching, recalls, shortages,
research, directories, inventories, calendars, education, quality, admin."""
import datetime

import gen_attach as A
import gen_ids as I
import gen_mime as M
import gen_text as T
from gen_neg_a import neg, staff_name


# ---------------------------------------------------------------------------
def teaching_case(c):
    lang = c.lang()
    inst = c.inst()
    doc = c.staff("allergist", "immunologist", "paediatric allergist")
    m = neg(lang, "teaching_case", "anonymised teaching case for residents")
    m.frm = c.addr(doc, inst)
    m.to = [("Résidents" if lang == "fr" else "Residents", f"residents.immuno@{inst[2]}")]
    age = c.rng.randint(3, 70)
    food_fr, food_en, comp = c.pick(T.FOOD)
    v = c.rng.randrange(3)
    if lang == "fr":
        case = [f"Un enfant de {age % 12 + 2} ans se présente 20 minutes après l'ingestion {T.de_fr(food_fr)} avec urticaire, toux et vomissements. "
                f"Tests cutanés : 9 mm. IgE {comp} : 4,1 kU/L. Questions : 1) Quel est le traitement initial? 2) Faut-il un TPO?",
                f"Une femme de {age + 20} ans rapporte une « allergie à la pénicilline » (éruption dans l'enfance). PEN-FAST 0. "
                "Questions : 1) Provocation directe ou tests cutanés? 2) Comment documenter le retrait?",
                f"Un homme de {age + 25} ans présente des œdèmes récidivants sans urticaire; C4 bas. Questions : 1) Diagnostic différentiel? "
                "2) Traitement de la crise?"][v]
        m.subject = c.pick(["Cas clinique de la semaine", "Club de lecture – cas à préparer", "Quiz du vendredi"])
        m.text = f"Bonjour à tous,\n\nCas anonymisé pour la discussion de vendredi :\n\n{case}\n\nRéponses en séance.\n\n{c.sig(doc, inst, 'fr')}"
    else:
        case = [f"A {age % 12 + 2}-year-old presents 20 minutes after eating {food_en} with hives, cough and vomiting. SPT 9 mm, "
                f"{comp} sIgE 4.1 kU/L. Questions: 1) Initial management? 2) Is an OFC indicated?",
                f"A {age + 20}-year-old woman reports 'penicillin allergy' (childhood rash). PEN-FAST 0. Questions: 1) Direct challenge "
                "or skin testing? 2) How to document delabelling?",
                f"A {age + 25}-year-old man has recurrent swelling without hives; low C4. Questions: 1) Differential? 2) Acute treatment?"][v]
        m.subject = c.pick(["Case of the week", "Journal club - case prep", "Friday quiz"])
        m.text = f"Hi all,\n\nAnonymised case for Friday's discussion:\n\n{case}\n\nAnswers in session.\n\n{c.sig(doc, inst, 'en')}"
    if c.chance(0.3):
        m.attach(A.make_pdf("Cas clinique" if lang == "fr" else "Teaching case", [case], author=doc[1]), "application/pdf",
                 "cas_clinique.pdf" if lang == "fr" else "teaching_case.pdf")
    return m


# ---------------------------------------------------------------------------
def recall(c):
    lang = c.lang()
    inst = c.inst()
    m = neg(lang, "supplier_recall", "manufacturer recall of auto-injector / extract lots with serial numbers")
    m.frm = c.pick([("Avis de rappel – fabricant" if lang == "fr" else "Manufacturer recall notice", "rappels@fabricant-autoinj.example"),
                    ("Pharmacie – gestion des risques" if lang == "fr" else "Pharmacy risk management", f"pharmacie@{inst[2]}")])
    m.to = [("Pharmaciens et chefs d'unité" if lang == "fr" else "Pharmacists and unit managers", f"chefs.unite@{inst[2]}")]
    lots = [c.pick([f"{c.rng.randint(1, 9)}{c.pick('ABCDEFGHJK')}{c.rng.randint(100, 999)}", I.gen_luhn_serial(c.rng, 9),
                    I.gen_luhn_serial(c.rng, 10)]) for _ in range(c.rng.randint(2, 5))]
    exp = [f"{c.rng.randint(2025, 2026)}-{c.rng.randint(1, 12):02d}" for _ in lots]
    product = c.pick([("auto-injecteur d'épinéphrine 0,3 mg", "epinephrine auto-injector 0.3 mg"),
                      ("auto-injecteur d'épinéphrine 0,15 mg", "epinephrine auto-injector 0.15 mg"),
                      ("extrait de venin de guêpe 100 µg", "wasp venom extract 100 µg"),
                      ("immunoglobuline IV 10 % (flacon 10 g)", "IV immunoglobulin 10% (10 g vial)")])
    rows = [["Lot", "Exp."]] + [[l, e] for l, e in zip(lots, exp)]
    if lang == "fr":
        m.subject = f"RAPPEL – {product[0]} – lots visés"
        m.text = (f"Avis de rappel volontaire (niveau détaillant) : {product[0]}. Certains dispositifs pourraient ne pas se déclencher. "
                  "Aucun incident grave signalé.\n\nLots visés :\n" + T.text_table(rows) +
                  "\n\nVérifiez vos stocks et retournez les unités visées à la pharmacie. Les patients seront avisés par leur pharmacie communautaire.")
    else:
        m.subject = f"RECALL - {product[1]} - affected lots"
        m.text = (f"Voluntary recall (retail level): {product[1]}. Some units may fail to activate. No serious incidents reported.\n\n"
                  "Affected lots:\n" + T.text_table(rows) +
                  "\n\nCheck stock and return affected units to pharmacy. Patients will be notified by their community pharmacy.")
    if c.chance(0.4):
        m.html = T.to_html(m.text, c.rng)
        m.form = "alt"
    return m


# ---------------------------------------------------------------------------
def shortage(c):
    lang = c.lang()
    inst = c.inst()
    ph = c.staff("pharmacist")
    m = neg(lang, "drug_shortage", "drug shortage notice with prioritisation criteria")
    m.frm = c.addr(ph, inst)
    m.to = [("Médecins" if lang == "fr" else "Medical staff", f"medecins@{inst[2]}")]
    v = c.rng.randrange(3)
    if lang == "fr":
        txt = ["Pénurie d'IgIV : jusqu'à nouvel ordre, les indications de priorité 1 (déficits immunitaires primaires, PTI avec saignement) "
               "sont maintenues; les indications de priorité 3 doivent être discutées avec l'immunologue de garde.",
               "Rupture d'approvisionnement de l'EpiPen Jr 0,15 mg prévue jusqu'en mars. Alternative : Allerject 0,15 mg. Aucune "
               "substitution automatique : une nouvelle ordonnance est requise.",
               "Pénurie de cétirizine injectable : utiliser la diphenhydramine IV selon le protocole d'anaphylaxie révisé."][v]
        m.subject = c.pick(["Avis de pénurie", "Pénurie – mesures temporaires", "Info-pharmacie : rupture de stock"])
        m.text = f"Bonjour,\n\n{txt}\n\n{c.sig(ph, inst, 'fr')}"
    else:
        txt = ["IVIG shortage: until further notice, priority 1 indications (primary immunodeficiency, ITP with bleeding) continue; "
               "priority 3 indications must be discussed with the immunologist on call.",
               "EpiPen Jr 0.15 mg backorder expected until March. Alternative: Allerject 0.15 mg. No automatic substitution - a new prescription is required.",
               "Injectable cetirizine shortage: use IV diphenhydramine per the revised anaphylaxis protocol."][v]
        m.subject = c.pick(["Shortage notice", "Shortage - interim measures", "Pharmacy update: backorder"])
        m.text = f"Hello,\n\n{txt}\n\n{c.sig(ph, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def research_protocol(c):
    lang = c.lang()
    inst = c.inst()
    rc = c.staff("research coordinator", "allergist", "immunologist")
    m = neg(lang, "research_protocol", "research protocol summary / REB notice without participant identities")
    m.frm = c.addr(rc, inst)
    m.to = [("Équipe de recherche" if lang == "fr" else "Research team", f"recherche.allergie@{inst[2]}")]
    code = f"ALG-{c.rng.randint(2023, 2025)}-{c.rng.randint(10, 99)}"
    if lang == "fr":
        lines = [f"Protocole {code} – ITO à l'arachide chez les 1 à 4 ans", "Devis : essai randomisé contrôlé, 2 bras (ITO vs éviction).",
                 "Critères d'inclusion : allergie à l'arachide confirmée par TPO; IgE Ara h 2 > 0,35 kU/L.",
                 "Critères d'exclusion : asthme non contrôlé, œsophagite à éosinophiles, anaphylaxie sévère avec hypotension.",
                 "Objectif : désensibilisation à 4000 mg après 24 mois.", "Taille d'échantillon : 120 participants (80 % de puissance)."]
        m.subject = c.pick([f"Protocole {code} – version finale", f"Approbation CER – {code}", "Résumé du protocole pour la réunion"])
        m.text = "Bonjour,\n\nLe comité d'éthique de la recherche a approuvé la version 3.1. Résumé :\n\n" + "\n".join(lines) + f"\n\n{c.sig(rc, inst, 'fr')}"
    else:
        lines = [f"Protocol {code} - Peanut OIT in children aged 1-4", "Design: randomised controlled trial, 2 arms (OIT vs avoidance).",
                 "Inclusion: peanut allergy confirmed by OFC; Ara h 2 sIgE > 0.35 kU/L.",
                 "Exclusion: uncontrolled asthma, eosinophilic esophagitis, severe anaphylaxis with hypotension.",
                 "Primary outcome: desensitisation to 4000 mg at 24 months.", "Sample size: 120 participants (80% power)."]
        m.subject = c.pick([f"Protocol {code} - final version", f"REB approval - {code}", "Protocol summary for the meeting"])
        m.text = "Hi,\n\nThe REB approved version 3.1. Summary:\n\n" + "\n".join(lines) + f"\n\n{c.sig(rc, inst, 'en')}"
    if c.chance(0.4):
        m.attach(A.make_docx(lines[0], lines[1:], author=staff_name(rc)),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f"{code}_protocole_v3.1.docx")
    return m


# ---------------------------------------------------------------------------
def physician_directory(c):
    lang = c.lang()
    inst = c.inst()
    mgr = c.staff("clinical coordinator", "department head")
    docs = [s for s in I.STAFF if any(k in s[3] for k in ("allergist", "immunologist"))]
    areas_fr = ["allergie alimentaire et ITO", "angio-œdème héréditaire", "déficits immunitaires primaires (DICV, XLA)",
                "urticaire chronique et biologiques", "allergie médicamenteuse et délabellisation", "mastocytose", "allergie au venin"]
    areas_en = ["food allergy and OIT", "hereditary angioedema", "primary immunodeficiency (CVID, XLA)",
                "chronic urticaria and biologics", "drug allergy and delabelling", "mastocytosis", "venom allergy"]
    m = neg(lang, "physician_directory", "physicians listed with the diseases they treat")
    m.frm = c.addr(mgr, inst)
    m.to = [("Médecins référents" if lang == "fr" else "Referring physicians", f"referents@{inst[2]}")]
    lines = []
    for s in docs:
        t = ("Dre " if s[4] == "F" else "Dr ") if lang == "fr" else "Dr. "
        lines.append(f"- {t}{s[0]} {s[1]}{' :' if lang == 'fr' else ':'} {c.pick(areas_fr if lang == 'fr' else areas_en)} ({c.pick(['lundi', 'mardi', 'jeudi'] if lang == 'fr' else ['Mon', 'Tue', 'Thu'])})")
    if lang == "fr":
        m.subject = c.pick(["Répertoire des allergologues et immunologues", "Qui voit quoi? – clinique d'immunologie"])
        m.text = "Bonjour,\n\nPour orienter vos demandes :\n\n" + "\n".join(lines) + f"\n\nTélécopieur central : {c.phone(inst[4])}\n\n{c.sig(mgr, inst, 'fr')}"
    else:
        m.subject = c.pick(["Allergist & immunologist directory", "Who sees what - immunology clinic"])
        m.text = "Hello,\n\nTo help route your referrals:\n\n" + "\n".join(lines) + f"\n\nCentral fax: {c.phone(inst[4])}\n\n{c.sig(mgr, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def referral_guidelines(c):
    lang = c.lang()
    inst = c.inst()
    doc = c.staff("department head", "allergist")
    m = neg(lang, "referral_guidelines", "referral / triage criteria for the allergy clinic")
    m.frm = c.addr(doc, inst)
    m.to = [("GMF de la région" if lang == "fr" else "Regional family practices", f"gmf-liste@{inst[2]}")]
    if lang == "fr":
        m.subject = "Critères de référence – clinique d'allergie"
        m.text = ("Bonjour,\n\nPriorité A (< 4 semaines) : anaphylaxie récente, angio-œdème laryngé, suspicion de DICV avec infections graves.\n"
                  "Priorité B (< 3 mois) : allergie alimentaire IgE-médiée chez le nourrisson, allergie au venin avec réaction systémique.\n"
                  "Priorité C : rhinite allergique, urticaire chronique contrôlée, étiquette d'allergie à la pénicilline.\n\n"
                  "Joindre : histoire de la réaction, médicaments, IgE spécifiques si disponibles. Les demandes incomplètes seront retournées.\n\n"
                  + c.sig(doc, inst, "fr"))
    else:
        m.subject = "Referral criteria - allergy clinic"
        m.text = ("Hello,\n\nPriority A (< 4 weeks): recent anaphylaxis, laryngeal angioedema, suspected CVID with severe infections.\n"
                  "Priority B (< 3 months): IgE-mediated food allergy in infants, venom allergy with systemic reaction.\n"
                  "Priority C: allergic rhinitis, controlled chronic urticaria, penicillin allergy label.\n\n"
                  "Include: reaction history, medications, specific IgE if available. Incomplete referrals will be returned.\n\n"
                  + c.sig(doc, inst, "en"))
    return m


# ---------------------------------------------------------------------------
def asset_inventory(c):
    lang = c.lang()
    inst = c.inst()
    bio = ("Génie biomédical" if lang == "fr" else "Biomedical Engineering", f"gbm@{inst[2]}")
    m = neg(lang, "asset_inventory", "equipment inventory with checksum-valid serial numbers")
    m.frm = bio
    m.to = [c.addr(c.staff("nurse manager", "manager"), inst)]
    hdr = ["Équipement", "No série", "Actif", "Prochain entretien"] if lang == "fr" else ["Equipment", "Serial", "Asset", "Next PM"]
    eq = ["Pompe volumétrique", "Pompe sous-cutanée", "Spiromètre", "Moniteur signes vitaux", "Réfrigérateur médicaments"] if lang == "fr" \
        else ["Volumetric pump", "Subcutaneous pump", "Spirometer", "Vital signs monitor", "Medication fridge"]
    rows = [hdr]
    for _ in range(c.rng.randint(6, 12)):
        rows.append([c.pick(eq), I.gen_luhn_serial(c.rng, c.pick([9, 10, 11])), f"A{c.rng.randint(100000, 999999)}",
                     c.day(10, 300).isoformat()])
    m.attach(A.make_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)], author="GBM"),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "inventaire_allergie.xlsx" if lang == "fr" else "inventory.xlsx")
    m.subject = "Inventaire des équipements – entretien préventif" if lang == "fr" else "Equipment inventory - preventive maintenance"
    m.text = ("Bonjour,\n\nCi-joint la liste des équipements de la clinique avec les dates d'entretien préventif. Merci de rendre les pompes "
              "disponibles aux dates indiquées.\n\nGénie biomédical" if lang == "fr" else
              "Hello,\n\nAttached is the clinic equipment list with PM dates. Please make pumps available on those dates.\n\nBiomed")
    return m


# ---------------------------------------------------------------------------
def staff_ics(c):
    lang = c.lang()
    inst = c.inst()
    org = c.staff()
    d = c.workday(3, 40)
    st = datetime.datetime(d.year, d.month, d.day, c.pick([8, 12, 15]), c.pick([0, 30]))
    topic = c.pick([("Réunion d'équipe – clinique d'allergie", "Allergy clinic team meeting"),
                    ("Formation anaphylaxie – simulation", "Anaphylaxis simulation training"),
                    ("Révision du protocole TPO", "OFC protocol review"),
                    ("Caucus perfusion IgIV/IgSC", "IVIG/SCIG huddle")])
    m = neg(lang, "staff_invite", "staff meeting / training calendar invitation")
    m.frm = c.addr(org, inst)
    attendees = c.rng.sample(I.STAFF, 4)
    m.to = [c.addr(a, inst) for a in attendees]
    summary = topic[0] if lang == "fr" else topic[1]
    desc = ("Ordre du jour : suivis, nouveautés, varia. Apportez votre dîner." if lang == "fr" else "Agenda: updates, new items, other. Bring lunch.")
    ics = A.make_ics(f"{c.rng.getrandbits(60):015x}@{inst[2]}", summary, st, st + datetime.timedelta(hours=1),
                     c.pick(["Salle B-120", "Teams", "Room 4-301"]), desc, (staff_name(org), c.email_of(org, inst)),
                     [(staff_name(a), c.email_of(a, inst)) for a in attendees])
    m.attach(ics, "text/calendar; method=REQUEST", "invite.ics")
    m.subject = ("Invitation : " if lang == "fr" else "Invitation: ") + summary
    m.text = desc
    return m


# ---------------------------------------------------------------------------
def staff_vcard(c):
    lang = c.lang()
    inst = c.inst()
    s = c.staff()
    m = neg(lang, "staff_vcard", "staff member's business card (clinic phone)")
    m.frm = c.addr(s, inst)
    m.to = [c.addr(c.staff(), inst)]
    tel = c.phone(inst[4])
    vcf = A.make_vcf(staff_name(s), s[1], s[0], tels=[("WORK", tel), ("FAX", c.phone(inst[4]))], emails=[c.email_of(s, inst)],
                     org=inst[0] if lang == "fr" else inst[1], title=s[2] if lang == "fr" else s[3])
    m.attach(vcf, "text/x-vcard", f"{I.ascii_fold(s[0])} {I.ascii_fold(s[1])}.vcf")
    m.subject = ("Mes coordonnées" if lang == "fr" else "My contact details")
    m.text = (f"Bonjour,\n\nJe me joins à l'équipe de la clinique d'immunologie lundi. Voici mes coordonnées.\n\n{s[0]}" if lang == "fr"
              else f"Hi,\n\nI'm joining the immunology clinic team on Monday. Here's my contact card.\n\n{s[0]}")
    return m


# ---------------------------------------------------------------------------
def patient_education(c):
    lang = c.lang()
    inst = c.inst()
    nurse = c.staff("clinical nurse", "immunotherapy nurse", "dietitian")
    v = c.rng.randrange(3)
    m = neg(lang, "patient_education", "generic patient-education handout (no patient)")
    m.frm = c.addr(nurse, inst)
    m.to = [("Équipe" if lang == "fr" else "Team", f"allergie@{inst[2]}")]
    if lang == "fr":
        title = ["Comment utiliser votre auto-injecteur d'épinéphrine", "Après votre test de provocation orale", "Lire les étiquettes : les allergènes prioritaires"][v]
        lines = [["1. Retirez le capuchon bleu.", "2. Appuyez fermement l'embout orange sur la cuisse.", "3. Maintenez 3 secondes.",
                  "4. Appelez le 911.", "Vérifiez la date d'expiration chaque mois."],
                 ["Surveillez l'apparition de symptômes pendant 24 heures.", "Évitez l'exercice intense le reste de la journée.",
                  "Si des symptômes importants apparaissent, utilisez l'auto-injecteur et appelez le 911."],
                 ["Les allergènes prioritaires au Canada : arachide, noix, lait, œuf, poisson, crustacés, sésame, soya, blé, moutarde, sulfites.",
                  "La mention « peut contenir » doit être prise au sérieux."]][v]
        m.subject = c.pick(["Nouveau feuillet d'enseignement", "Feuillet révisé", "Documents patients à jour"])
        m.text = f"Bonjour,\n\nVoici le feuillet révisé « {title} » approuvé par le comité. Il remplace la version 2021.\n\n{nurse[0]}"
    else:
        title = ["How to use your epinephrine auto-injector", "After your oral food challenge", "Reading labels: priority allergens"][v]
        lines = [["1. Remove the blue safety cap.", "2. Press the orange tip firmly into the thigh.", "3. Hold 3 seconds.",
                  "4. Call 911.", "Check the expiry date monthly."],
                 ["Watch for symptoms for 24 hours.", "Avoid strenuous exercise for the rest of the day.",
                  "If significant symptoms occur, use the auto-injector and call 911."],
                 ["Priority allergens in Canada: peanut, tree nuts, milk, egg, fish, shellfish, sesame, soy, wheat, mustard, sulphites.",
                  "Take 'may contain' warnings seriously."]][v]
        m.subject = c.pick(["New teaching handout", "Revised handout", "Updated patient materials"])
        m.text = f"Hi,\n\nHere is the revised '{title}' handout approved by the committee. It replaces the 2021 version.\n\n{nurse[0]}"
    m.attach(A.make_pdf(title, lines, author=inst[0]), "application/pdf", c.pick(["feuillet.pdf" if lang == "fr" else "handout.pdf", f"{title[:30]}.pdf"]))
    return m


# ---------------------------------------------------------------------------
def training_sessions(c):
    lang = c.lang()
    inst = c.inst()
    nurse = ("Isabelle", "Roy", "infirmière scolaire", "school nurse", "F")
    m = neg(lang, "school_training", "epinephrine training sessions for school staff (no students)")
    m.frm = (f"{nurse[0]} {nurse[1]}", "isabelle.roy@css-region.example")
    m.to = [("Directions d'école" if lang == "fr" else "School principals", "directions@css-region.example")]
    rows = [["École" if lang == "fr" else "School", "Date", "Heure" if lang == "fr" else "Time"]]
    for s in c.rng.sample(["École primaire des Trois-Sources", "École Sainte-Famille", "École secondaire du Versant", "École Jean-XXIII",
                           "Riverside Elementary School"], 3):
        rows.append([s, c.workday(5, 40).isoformat(), c.pick(["15 h 30", "12 h 15", "8 h 00"]) if lang == "fr" else c.pick(["3:30 pm", "12:15 pm"])])
    if lang == "fr":
        m.subject = "Formations EpiPen pour le personnel scolaire"
        m.text = ("Bonjour,\n\nVoici le calendrier des formations annuelles sur l'anaphylaxie et l'auto-injecteur pour le personnel "
                  "(enseignants, éducatrices du service de garde, surveillants du dîner) :\n\n" + T.text_table(rows) +
                  "\n\nDurée : 45 minutes. Les dispositifs de formation sont fournis.\n\nIsabelle Roy, inf.\nInfirmière scolaire")
    else:
        m.subject = "EpiPen training for school staff"
        m.text = ("Hello,\n\nHere is the schedule for the annual anaphylaxis and auto-injector training for staff (teachers, daycare "
                  "educators, lunch supervisors):\n\n" + T.text_table(rows) + "\n\n45 minutes. Trainer devices provided.\n\nIsabelle Roy, RN\nSchool nurse")
    return m


# ---------------------------------------------------------------------------
def lab_notice(c):
    lang = c.lang()
    inst = c.inst()
    tech = c.staff("lab technologist")
    m = neg(lang, "lab_notice", "laboratory notice about reference ranges / test menu")
    m.frm = c.addr(tech, inst)
    m.to = [("Prescripteurs" if lang == "fr" else "Ordering providers", f"prescripteurs@{inst[2]}")]
    if lang == "fr":
        m.subject = c.pick(["Changement d'intervalle de référence – tryptase", "Nouveau test : IgE Ara h 2", "Délai de traitement – C1-INH fonctionnel"])
        m.text = ("Bonjour,\n\nÀ compter du 1er mars, la tryptase sérique sera dosée sur la nouvelle plateforme. Intervalle de référence : "
                  "< 11,4 µg/L. Pour l'anaphylaxie, comparer à une valeur de base (règle 20 % + 2). Les IgE spécifiques aux composantes "
                  "(Ara h 2, Cor a 14, Ana o 3) sont maintenant offertes sur place, délai 5 jours.\n\n" + c.sig(tech, inst, "fr"))
    else:
        m.subject = c.pick(["Reference interval change - tryptase", "New test: Ara h 2 IgE", "Turnaround - functional C1-INH"])
        m.text = ("Hello,\n\nAs of March 1, serum tryptase moves to the new analyser. Reference interval: < 11.4 µg/L. For anaphylaxis, "
                  "compare with a baseline value (20% + 2 rule). Component sIgE (Ara h 2, Cor a 14, Ana o 3) is now done in-house, 5-day TAT.\n\n"
                  + c.sig(tech, inst, "en"))
    return m


# ---------------------------------------------------------------------------
def clinic_contacts(c):
    lang = c.lang()
    inst = c.inst()
    clerk = c.staff("unit clerk", "clinical coordinator")
    m = neg(lang, "clinic_contacts", "clinic phone / fax / address change")
    m.frm = c.addr(clerk, inst)
    m.to = [("Partenaires" if lang == "fr" else "Partners", f"partenaires@{inst[2]}")]
    tel, fax = c.phone(inst[4]), c.phone(inst[4])
    if lang == "fr":
        m.subject = "Nouvelles coordonnées – clinique d'allergie et d'immunologie"
        m.text = (f"Bonjour,\n\nDepuis le 3 mars, la clinique déménage au pavillon C, 3e étage.\nAdresse : 1250, boulevard de l'Hôpital, "
                  f"{inst[3]}\nTéléphone (rendez-vous) : {tel}\nTélécopieur (références) : {fax}\n\nMerci de mettre à jour vos carnets d'adresses.\n\n{c.sig(clerk, inst, 'fr')}")
    else:
        m.subject = "New contact details - Allergy & Immunology Clinic"
        m.text = (f"Hello,\n\nAs of March 3 the clinic moves to Pavilion C, 3rd floor.\nAddress: 1250 Hospital Blvd, {inst[3]}\n"
                  f"Phone (appointments): {tel}\nFax (referrals): {fax}\n\nPlease update your address books.\n\n{c.sig(clerk, inst, 'en')}")
    return m


# ---------------------------------------------------------------------------
def forwarded_eml(c):
    lang = c.lang()
    inst = c.inst()
    mgr = c.staff("nurse manager", "manager", "department head")
    m = neg(lang, "forwarded_notice_eml", "administrative notice forwarded as attached .eml")
    m.frm = c.addr(mgr, inst)
    m.to = [("Équipe allergie" if lang == "fr" else "Allergy team", f"allergie@{inst[2]}")]
    if lang == "fr":
        isub = "Rappel : agrément – visite des évaluateurs"
        itext = ("Les évaluateurs d'Agrément Canada visiteront les cliniques ambulatoires la semaine du 7 avril. Points à revoir : "
                 "double identification des patients, vérification des chariots d'urgence (épinéphrine 1 mg/mL), "
                 "étiquetage des extraits d'allergènes.\n\nDirection de la qualité\n")
    else:
        isub = "Reminder: accreditation survey visit"
        itext = ("Accreditation Canada surveyors will visit ambulatory clinics the week of April 7. Review: two patient identifiers, "
                 "crash cart checks (epinephrine 1 mg/mL), labelling of allergen extracts.\n\nQuality Directorate\n")
    cs = c.pick(["utf-8", "windows-1252"])
    inner = M.message([("From", M.enc_addr("Direction de la qualité" if lang == "fr" else "Quality Directorate", f"qualite@{inst[2]}")),
                       ("To", f"gestionnaires@{inst[2]}"), ("Subject", M.enc_header(isub, cs)),
                       ("Date", "Tue, 04 Feb 2025 13:05:00 -0500"), ("Message-ID", f"<{c.rng.getrandbits(40):010x}@{inst[2]}>")],
                      M.text_part(itext, "plain", cs, c.pick(["8bit", "quoted-printable"])))
    m.attach_eml(inner, c.pick([None, "rappel.eml" if lang == "fr" else "reminder.eml"]))
    m.subject = ("TR: " if lang == "fr" else "FW: ") + isub
    m.text = ("Pour votre information. Merci de vérifier vos chariots." if lang == "fr" else "FYI. Please check your carts.") + f"\n\n{mgr[0]}"
    return m


# ---------------------------------------------------------------------------
def zip_templates(c):
    lang = c.lang()
    inst = c.inst()
    s = c.staff("clinical coordinator", "clinical nurse")
    m = neg(lang, "zip_templates", "ZIP of blank templates")
    m.frm = c.addr(s, inst)
    m.to = [c.addr(c.staff(), inst)]
    names = (["Plan_anaphylaxie_vierge.pdf", "Consentement_TPO.docx", "Journal_doses_ITO.xlsx"] if lang == "fr"
             else ["Anaphylaxis_plan_blank.pdf", "OFC_consent.docx", "OIT_dose_diary.xlsx"])
    pdf = A.make_pdf(names[0][:-4].replace("_", " "), ["Nom : ________", "Allergène : ________", "Dose : ________"] if lang == "fr"
                     else ["Name: ________", "Allergen: ________", "Dose: ________"], author="Clinique")
    dx = A.make_docx(names[1][:-5].replace("_", " "), ["Je, soussigné(e), ________, consens au test." if lang == "fr"
                                                       else "I, ________, consent to the challenge."], author="Clinique")
    xl = A.make_xlsx([("Journal" if lang == "fr" else "Diary", [["Date", "Dose (mg)", "Réaction" if lang == "fr" else "Reaction"]] + [["", "", ""]] * 5)])
    m.attach(A.make_zip([(names[0], pdf), (names[1], dx), (names[2], xl)]), "application/zip",
             "gabarits_clinique.zip" if lang == "fr" else "clinic_templates.zip")
    m.subject = "Gabarits à jour" if lang == "fr" else "Updated templates"
    m.text = ("Voici les gabarits vierges à jour, dans un seul fichier compressé." if lang == "fr"
              else "Here are the updated blank templates in one zip file.") + f"\n\n{s[0]}"
    return m


# ---------------------------------------------------------------------------
def quality(c):
    lang = c.lang()
    inst = c.inst()
    s = c.staff("pharmacist", "allergist", "clinical coordinator")
    n = c.rng.randint(40, 140)
    m = neg(lang, "quality_aggregate", "quality-improvement aggregate results")
    m.frm = c.addr(s, inst)
    m.to = [("Direction" if lang == "fr" else "Leadership", f"direction@{inst[2]}")]
    if lang == "fr":
        m.subject = "Projet de délabellisation – bilan semestriel"
        m.text = (f"Bonjour,\n\nBilan du projet : {n} patients évalués; {int(n * 0.93)} étiquettes retirées après provocation directe; "
                  f"{c.rng.randint(1, 5)} réactions légères (urticaire), aucune anaphylaxie. Économie estimée en antibiotiques de large spectre : "
                  f"{c.rng.randint(12, 40)} k$.\n\nProchaine étape : étendre aux unités de chirurgie.\n\n{c.sig(s, inst, 'fr')}")
    else:
        m.subject = "Delabelling project - six-month results"
        m.text = (f"Hello,\n\nProject results: {n} patients assessed; {int(n * 0.93)} labels removed after direct challenge; "
                  f"{c.rng.randint(1, 5)} mild reactions (hives), no anaphylaxis. Estimated broad-spectrum antibiotic savings: "
                  f"${c.rng.randint(12, 40)}k.\n\nNext: extend to surgical units.\n\n{c.sig(s, inst, 'en')}")
    return m


# ---------------------------------------------------------------------------
def social_events(c):
    lang = c.lang()
    inst = c.inst()
    s = c.staff()
    honoree = c.staff("allergist", "immunologist", "nurse", "pharmacist")
    v = c.rng.randrange(3)
    m = neg(lang, "social_event", "staff social event / retirement / thanks")
    m.frm = c.addr(s, inst)
    m.to = [("Département" if lang == "fr" else "Department", f"immunologie@{inst[2]}")]
    if lang == "fr":
        m.subject = ["Party de Noël du département", f"Départ à la retraite – {staff_name(honoree)}", "Merci à toute l'équipe!"][v]
        m.text = ["Bonjour!\n\nLe party aura lieu le 13 décembre au restaurant Le Cellier. Menu sans arachides et sans noix, évidemment 😉. "
                  "Confirmez votre présence d'ici vendredi.",
                  f"Bonjour,\n\nAprès 28 ans à la clinique d'immunologie, {staff_name(honoree)} prend sa retraite. 5 à 7 le jeudi 20 mars, "
                  "cafétéria. Une carte circule au secrétariat.",
                  "Bonjour à tous,\n\nMerci pour votre travail lors de la semaine chargée de tests de provocation : 42 TPO en 5 jours, un record!"][v]
    else:
        m.subject = ["Department holiday party", f"Retirement - {staff_name(honoree)}", "Thank you all!"][v]
        m.text = ["Hi!\n\nThe party is on December 13 at Le Cellier. Peanut- and tree-nut-free menu, of course 😉. RSVP by Friday.",
                  f"Hi,\n\nAfter 28 years in the immunology clinic, {staff_name(honoree)} is retiring. Drinks Thursday March 20, cafeteria. "
                  "A card is at the front desk.",
                  "Hi all,\n\nThanks for your work during the busy challenge week: 42 OFCs in 5 days, a record!"][v]
    m.text += f"\n\n{s[0]}"
    if c.chance(0.5):
        m.html = T.to_html(m.text, c.rng)
        m.form = c.pick(["alt", "html"])
    return m


# ---------------------------------------------------------------------------
def admin_thread(c):
    lang = c.lang()
    inst = c.inst()
    a, b = c.rng.sample([s for s in I.STAFF if s[1] not in ("Tremblay",)], 2)
    m = neg(lang, "admin_reply_thread", "reply thread about room booking / clinic logistics, aggregate counts only")
    m.frm = c.addr(a, inst)
    m.to = [c.addr(b, inst)]
    m.reply = True
    d = c.workday(3, 30)
    if lang == "fr":
        q = (f"Bonjour {a[0]},\n\nEst-ce qu'on peut déplacer la clinique de TPO du {T.fdate(d, 'fr', style='long')} en salle 4? "
             "Les 3 patients prévus en avant-midi seraient rappelés par la centrale. Le chariot d'urgence devra suivre.\n\nMerci\n" + b[0])
        r = c.pick(["Oui pas de problème, je réserve la salle 4.", "La salle 4 est prise, mais la 6 est libre. Ça te va?",
                    "OK. J'avise la pharmacie pour les doses."])
        m.subject = "RE: " + c.pick(["Salle TPO", "Changement de salle", "Clinique du " + d.isoformat()])
    else:
        q = (f"Hi {a[0]},\n\nCan we move the OFC clinic on {T.fdate(d, 'en', style='long')} to room 4? The 3 morning patients would be "
             "called by central booking. The crash cart needs to move too.\n\nThanks\n" + b[0])
        r = c.pick(["Sure, booking room 4.", "Room 4 is taken but 6 is free. Does that work?", "OK. I'll let pharmacy know about the doses."])
        m.subject = "RE: " + c.pick(["OFC room", "Room change", "Clinic on " + d.isoformat()])
    m.text = r + "\n\n" + a[0] + "\n\n" + T.quote_block(c.rng, q, lang, f"{b[0]} {b[1]}", T.fdate(c.day(-4, -1), lang, style="long"),
                                                          m.subject[4:])
    return m


# ---------------------------------------------------------------------------
def policy_update(c):
    lang = c.lang()
    inst = c.inst()
    s = c.staff("department head", "pharmacist", "nurse manager")
    v = c.rng.randrange(3)
    m = neg(lang, "policy_protocol", "clinical protocol / policy update without patients")
    m.frm = c.addr(s, inst)
    m.to = [("Personnel clinique" if lang == "fr" else "Clinical staff", f"clinique@{inst[2]}")]
    if lang == "fr":
        t = ["Protocole de désensibilisation à l'aspirine (MREA) : 40,5 mg, 81 mg, 162,5 mg, 325 mg aux 90 minutes; surveillance du DEP.",
             "Salle d'opération sans latex : le premier cas de la journée, affichage à la porte, chariot sans latex vérifié.",
             "Stock d'épinéphrine : chaque unité doit avoir 2 ampoules de 1 mg/mL et 2 auto-injecteurs adultes; vérification mensuelle."][v]
        m.subject = c.pick(["Mise à jour de protocole", "Nouvelle politique", "Protocole révisé – à lire"])
        m.text = f"Bonjour,\n\n{t}\n\nLe document complet est sur l'intranet.\n\n{c.sig(s, inst, 'fr')}"
    else:
        t = ["Aspirin desensitisation protocol (AERD): 40.5 mg, 81 mg, 162.5 mg, 325 mg every 90 minutes; monitor PEF.",
             "Latex-safe OR: first case of the day, door signage, latex-free cart checked.",
             "Epinephrine stock: each unit keeps 2 ampoules 1 mg/mL and 2 adult auto-injectors; monthly check."][v]
        m.subject = c.pick(["Protocol update", "New policy", "Revised protocol - please read"])
        m.text = f"Hello,\n\n{t}\n\nFull document on the intranet.\n\n{c.sig(s, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def vendor_webinar(c):
    lang = c.lang()
    inst = c.inst()
    speaker = c.staff("allergist", "immunologist")
    m = neg(lang, "vendor_webinar", "industry webinar invitation on biologics")
    m.frm = ("Affaires médicales – BioPharm" if lang == "fr" else "Medical Affairs - BioPharm", "evenements@biopharm-medical.example")
    m.to = [c.addr(c.staff("allergist", "immunologist", "fellow"), inst)]
    d = c.workday(10, 50)
    t = ("Dre " if speaker[4] == "F" else "Dr ") if lang == "fr" else "Dr. "
    if lang == "fr":
        m.subject = "Webinaire : biologiques dans l'urticaire chronique spontanée"
        m.text = (f"Docteur,\n\nNous avons le plaisir de vous inviter au webinaire du {T.fdate(d, 'fr', style='long')} à 19 h, animé par "
                  f"{t}{speaker[0]} {speaker[1]} : « Omalizumab, dupilumab et au-delà : place des biologiques dans l'UCS ».\n"
                  "Activité accréditée, 1 h. Inscription : https://biopharm-medical.example/ucs\n\nPour ne plus recevoir nos invitations, cliquez ici.")
    else:
        m.subject = "Webinar: biologics in chronic spontaneous urticaria"
        m.text = (f"Dear Doctor,\n\nYou are invited to a webinar on {T.fdate(d, 'en', style='long')} at 7 p.m. with {t}{speaker[0]} {speaker[1]}: "
                  "'Omalizumab, dupilumab and beyond: biologics in CSU'.\nAccredited, 1 h. Register: https://biopharm-medical.example/csu\n\n"
                  "To unsubscribe click here.")
    m.html = T.to_html(m.text, c.rng)
    m.form = c.pick(["html", "alt"])
    return m


# ---------------------------------------------------------------------------
def resident_rotation(c):
    lang = c.lang()
    inst = c.inst()
    pd = c.staff("department head", "allergist")
    res = [s for s in I.STAFF if "resident" in s[3] or "fellow" in s[3]]
    m = neg(lang, "resident_rotation", "residents' rotation / call schedule (staff)")
    m.frm = c.addr(pd, inst)
    m.to = [c.addr(r, inst) for r in res]
    rows = [["Période" if lang == "fr" else "Block", "Clinique" if lang == "fr" else "Clinic", "Garde" if lang == "fr" else "Call"]]
    for i in range(1, 5):
        r = c.pick(res)
        rows.append([f"P{i}", f"{r[0]} {r[1]}", c.pick(["lun/jeu", "mar/ven", "fin de semaine 2"] if lang == "fr" else ["Mon/Thu", "Tue/Fri", "weekend 2"])])
    m.subject = "Horaire des résidents – bloc 7" if lang == "fr" else "Resident schedule - block 7"
    m.text = ("Bonjour,\n\nVoici l'horaire du bloc 7 (clinique d'allergie, immunodéficiences, consultations internes) :\n\n" if lang == "fr"
              else "Hi,\n\nBlock 7 schedule (allergy clinic, immunodeficiency, inpatient consults):\n\n") + T.text_table(rows) + f"\n\n{pd[0]}"
    return m
