"""Paediatric ED / short-stay clinical vignettes (invented), in French and English.

A case gives the words a clinician would use: the problem (full and terse), the drugs,
the tests with values, the plan and who follows up.  Doses depend on a weight picked
for the child's age.
"""


def weight_for(age_days, rng):
    years = age_days / 365.0
    if years < 1:
        w = 3.5 + years * 6.5
    elif years < 10:
        w = 10 + (years - 1) * 2.6
    else:
        w = 33 + (years - 10) * 5
    return round(w * rng.uniform(0.88, 1.15), 1)


def _r(x):
    return ("%.1f" % x).rstrip("0").rstrip(".")


CASES = {}


def case(key, min_days, max_days):
    def deco(fn):
        CASES[key] = (fn, min_days, max_days)
        return fn
    return deco


@case("bronchiolitis", 21, 600)
def bronchiolitis(w, rng):
    sat = rng.randint(86, 91)
    return {
        "fr": {"dx": "bronchiolite à VRS", "short": "bronchiolite VRS+",
               "hx": "toux, tirage sous-costal, difficulté à boire depuis 48 h",
               "meds": ["salin hypertonique 3 % en nébulisation", "acétaminophène %s mg PO q4-6h PRN"
                        % _r(w * 15)],
               "labs": ["VRS PCR : positif", "SpO2 %d %% AA à l'arrivée" % sat],
               "plan": "O2 lunettes nasales, alimentation fractionnée, congé si SpO2 > 90 % AA x 4 h",
               "fu": "revoir au CLSC dans 24-48 h (pesée, boires)"},
        "en": {"dx": "RSV bronchiolitis", "short": "RSV+ bronchiolitis",
               "hx": "cough, subcostal retractions, poor feeding x 48 h",
               "meds": ["nasal suctioning PRN", "acetaminophen %s mg PO q4-6h PRN" % _r(w * 15)],
               "labs": ["RSV PCR positive", "SpO2 %d%% on RA at triage" % sat],
               "plan": "low-flow O2, small frequent feeds, d/c when SpO2 > 90% RA x 4 h",
               "fu": "CLSC nurse visit in 24-48 h for weight and feeds"},
    }


@case("asthma", 730, 6200)
def asthma(w, rng):
    dexa = min(16, round(w * 0.6, 1))
    pram = rng.randint(5, 9)
    return {
        "fr": {"dx": "exacerbation d'asthme modérée", "short": "crise d'asthme (PRAM %d)" % pram,
               "hx": "toux nocturne et dyspnée depuis une IVRS, non fidèle au Flovent",
               "meds": ["salbutamol (Ventolin) 100 mcg/inh, %d inh q4h x 48 h puis PRN"
                        % (5 if w < 20 else 10),
                        "dexaméthasone %s mg PO x 1 dose" % _r(dexa),
                        "fluticasone (Flovent HFA) 125 mcg 1 inh BID avec chambre d'espacement"],
               "labs": ["PRAM initial %d, au congé 1" % pram, "SpO2 %d %%" % rng.randint(91, 95)],
               "plan": "enseignement technique d'inhalation fait, plan d'action écrit remis",
               "fu": "clinique d'asthme dans 4-6 semaines, MD de famille dans 1 semaine"},
        "en": {"dx": "moderate asthma exacerbation", "short": "asthma exac. (PRAM %d)" % pram,
               "hx": "night cough and SOB after a URTI, poor adherence to Flovent",
               "meds": ["salbutamol (Ventolin) 100 mcg/puff, %d puffs q4h x 48 h then PRN"
                        % (5 if w < 20 else 10),
                        "dexamethasone %s mg PO x1" % _r(dexa),
                        "fluticasone (Flovent HFA) 125 mcg 1 puff BID with spacer"],
               "labs": ["PRAM %d on arrival, 1 at discharge" % pram,
                        "SpO2 %d%%" % rng.randint(91, 95)],
               "plan": "inhaler technique reviewed, written action plan given",
               "fu": "asthma clinic in 4-6 weeks, family doctor within 1 week"},
    }


@case("croup", 180, 2200)
def croup(w, rng):
    return {
        "fr": {"dx": "laryngite (croup) modérée", "short": "croup, Westley %d" % rng.randint(3, 5),
               "hx": "toux aboyante et stridor au repos depuis la nuit",
               "meds": ["dexaméthasone %s mg PO" % _r(min(10, w * 0.6)),
                        "épinéphrine racémique 2,25 % 0,5 mL en nébulisation x 1"],
               "labs": ["aucun prélèvement"],
               "plan": "observation 4 h post-épinéphrine, congé si pas de stridor au repos",
               "fu": "MD de famille PRN"},
        "en": {"dx": "moderate croup", "short": "croup, Westley %d" % rng.randint(3, 5),
               "hx": "barky cough and stridor at rest since overnight",
               "meds": ["dexamethasone %s mg PO" % _r(min(10, w * 0.6)),
                        "racemic epinephrine 2.25% 0.5 mL neb x1"],
               "labs": ["no bloodwork"],
               "plan": "observe 4 h after epi, discharge if no stridor at rest",
               "fu": "family doctor PRN"},
    }


@case("uti", 25, 1500)
def uti(w, rng):
    cfu = rng.choice(["> 100 000", "50 000-100 000", ">10^8"])
    return {
        "fr": {"dx": "pyélonéphrite aiguë", "short": "PNA / IVU fébrile",
               "hx": "fièvre 39,6 °C x 2 jours sans foyer, irritabilité",
               "meds": ["céphalexine (Keflex) %s mg PO TID x 10 jours" % _r(w * 15)],
               "labs": ["SMU : leucocytes ++, nitrites +",
                        "culture urinaire : E. coli %s UFC/mL, sensible céphalexine" % cfu,
                        "CRP %d mg/L" % rng.randint(40, 160)],
               "plan": "antibiotique PO, hydratation, écho rénale à prévoir",
               "fu": "pédiatre dans 48-72 h, échographie rénale et vésicale en externe"},
        "en": {"dx": "acute pyelonephritis", "short": "febrile UTI",
               "hx": "fever 39.6 C x 2 days, no source, irritable",
               "meds": ["cephalexin (Keflex) %s mg PO TID x 10 days" % _r(w * 15)],
               "labs": ["UA: leuks ++, nitrites +",
                        "urine culture: E. coli %s CFU/mL, cephalexin-sensitive" % cfu,
                        "CRP %d mg/L" % rng.randint(40, 160)],
               "plan": "oral antibiotics, fluids, renal US to book",
               "fu": "paediatrician in 48-72 h, outpatient renal/bladder ultrasound"},
    }


@case("fracture", 700, 6000)
def fracture(w, rng):
    side = rng.choice([("gauche", "left"), ("droit", "right")])
    return {
        "fr": {"dx": "fracture en motte de beurre du radius distal %s" % side[0],
               "short": "fx radius distal %s" % side[0][:1].upper(),
               "hx": "chute d'un module de jeu, douleur au poignet",
               "meds": ["ibuprofène (Advil) %s mg PO q6-8h PRN" % _r(min(400, w * 10))],
               "labs": ["RX poignet : fracture en torus, sans déplacement"],
               "plan": "attelle amovible 3 semaines",
               "fu": "clinique de fractures dans 1 semaine"},
        "en": {"dx": "buckle fracture of the %s distal radius" % side[1],
               "short": "%s distal radius fx" % side[1][:1].upper(),
               "hx": "fell off play structure, wrist pain",
               "meds": ["ibuprofen (Advil) %s mg PO q6-8h PRN" % _r(min(400, w * 10))],
               "labs": ["wrist X-ray: torus fracture, non-displaced"],
               "plan": "removable splint x 3 weeks",
               "fu": "fracture clinic in 1 week"},
    }


@case("concussion", 1800, 6400)
def concussion(w, rng):
    return {
        "fr": {"dx": "traumatisme craniocérébral léger (commotion cérébrale)", "short": "TCCL",
               "hx": "coup à la tête au hockey, céphalée, nausées, pas de PDC",
               "meds": ["acétaminophène %s mg PO q4-6h PRN x 48 h" % _r(min(650, w * 15))],
               "labs": ["PECARN bas risque, pas d'imagerie"],
               "plan": "repos relatif 24-48 h, retour progressif à l'école puis au sport",
               "fu": "MD de famille avant le retour au jeu"},
        "en": {"dx": "mild traumatic brain injury (concussion)", "short": "mTBI",
               "hx": "head hit at hockey, headache, nausea, no LOC",
               "meds": ["acetaminophen %s mg PO q4-6h PRN x 48 h" % _r(min(650, w * 15))],
               "labs": ["PECARN low risk, no imaging"],
               "plan": "relative rest 24-48 h, graded return to learn then to sport",
               "fu": "family doctor before return to play"},
    }


@case("apap", 600, 6400)
def apap(w, rng):
    lvl = rng.randint(900, 1500)
    return {
        "fr": {"dx": "intoxication à l'acétaminophène", "short": "ingestion APAP",
               "hx": "ingestion d'environ %d comprimés de Tylenol 500 mg, heure connue"
                     % rng.randint(10, 24),
               "meds": ["N-acétylcystéine IV protocole 2 sacs (SNAP)"],
               "labs": ["acétaminophène 4 h : %d µmol/L (au-dessus de la ligne)" % lvl,
                        "AST %d U/L, ALT %d U/L, INR 1,%d" % (rng.randint(20, 60),
                                                           rng.randint(15, 55), rng.randint(0, 2))],
               "plan": "NAC complète, bilan hépatique de contrôle, évaluation pédopsychiatrique",
               "fu": "pédopsychiatrie avant le congé, CLSC jeunesse"},
        "en": {"dx": "acetaminophen overdose", "short": "APAP ingestion",
               "hx": "took about %d Tylenol 500 mg tablets, known time" % rng.randint(10, 24),
               "meds": ["IV N-acetylcysteine, 2-bag (SNAP) protocol"],
               "labs": ["4-h acetaminophen level %d umol/L (above treatment line)" % lvl,
                        "AST %d U/L, ALT %d U/L, INR 1.%d" % (rng.randint(20, 60),
                                                           rng.randint(15, 55), rng.randint(0, 2))],
               "plan": "complete NAC, repeat LFTs, child psychiatry assessment",
               "fu": "child psychiatry before discharge, CLSC youth services"},
    }


@case("battery", 300, 2200)
def battery(w, rng):
    return {
        "fr": {"dx": "ingestion de pile bouton (CR2032)", "short": "pile bouton",
               "hx": "pile de télécommande avalée il y a environ 2 h, asymptomatique",
               "meds": ["miel 10 mL PO q10 min x 6 en attendant l'endoscopie"],
               "labs": ["RX : pile dans l'œsophage proximal, signe du halo"],
               "plan": "transfert urgent pour endoscopie", "fu": "GI au centre tertiaire"},
        "en": {"dx": "button battery ingestion (CR2032)", "short": "button battery",
               "hx": "swallowed a remote-control battery ~2 h ago, asymptomatic",
               "meds": ["honey 10 mL PO q10 min x6 while awaiting endoscopy"],
               "labs": ["X-ray: battery in proximal oesophagus, halo sign"],
               "plan": "urgent transfer for endoscopy", "fu": "GI at the tertiary centre"},
    }


@case("cannabis", 400, 2600)
def cannabis(w, rng):
    return {
        "fr": {"dx": "intoxication au cannabis (jujube THC)", "short": "ingestion THC",
               "hx": "somnolence et ataxie après ingestion de jujubes des parents",
               "meds": ["aucune, soins de soutien"],
               "labs": ["dépistage urinaire : cannabinoïdes positifs", "glycémie %s mmol/L"
                        % _r(rng.uniform(4.2, 6.5))],
               "plan": "surveillance UCD 12 h, signalement DPJ discuté avec la TS",
               "fu": "suivi CLSC, sécurité à domicile"},
        "en": {"dx": "cannabis edible intoxication (THC gummies)", "short": "THC ingestion",
               "hx": "drowsy and ataxic after eating a parent's gummies",
               "meds": ["none, supportive care"],
               "labs": ["urine drug screen: cannabinoids positive",
                        "glucose %s mmol/L" % _r(rng.uniform(4.2, 6.5))],
               "plan": "SSU monitoring 12 h, DPJ report discussed with SW",
               "fu": "CLSC follow-up, home safety review"},
    }


@case("gastro", 180, 3000)
def gastro(w, rng):
    return {
        "fr": {"dx": "gastro-entérite avec déshydratation modérée", "short": "GEA + DSH 5-7 %",
               "hx": "vomissements et diarrhée x 3 jours, diurèse diminuée",
               "meds": ["ondansétron %s mg PO x 1" % ("2" if w < 15 else "4"),
                        "SRO (Pedialyte) 5 mL q5 min"],
               "labs": ["Na %d mmol/L, HCO3 %d, glycémie %s" % (rng.randint(133, 146),
                                                             rng.randint(13, 19),
                                                             _r(rng.uniform(3.6, 5.8)))],
               "plan": "réhydratation orale réussie à l'UCD",
               "fu": "MD de famille si persistance > 48 h"},
        "en": {"dx": "gastroenteritis with moderate dehydration", "short": "AGE, 5-7% dehydr.",
               "hx": "vomiting and diarrhoea x 3 days, decreased urine output",
               "meds": ["ondansetron %s mg PO x1" % ("2" if w < 15 else "4"),
                        "ORS (Pedialyte) 5 mL q5 min"],
               "labs": ["Na %d mmol/L, HCO3 %d, glucose %s" % (rng.randint(133, 146),
                                                             rng.randint(13, 19),
                                                             _r(rng.uniform(3.6, 5.8)))],
               "plan": "successful oral rehydration in SSU",
               "fu": "family doctor if > 48 h"},
    }


@case("dka", 1800, 6200)
def dka(w, rng):
    return {
        "fr": {"dx": "acidocétose diabétique, diabète de type 1 nouveau diagnostic",
               "short": "ACD inaugurale",
               "hx": "polyurie, polydipsie, perte de poids 3 kg, douleurs abdominales",
               "meds": ["insuline IV 0,05 U/kg/h", "NaCl 0,9 % + KCl 40 mmol/L"],
               "labs": ["glycémie %s mmol/L, pH %s, HCO3 %d, cétones %s"
                        % (_r(rng.uniform(22, 34)), "7,%02d" % rng.randint(8, 20),
                           rng.randint(5, 12), _r(rng.uniform(4, 7))),
                        "HbA1c %s %%" % _r(rng.uniform(10, 13.5))],
               "plan": "transfert aux soins intensifs du centre tertiaire",
               "fu": "clinique de diabète, enseignement famille"},
        "en": {"dx": "diabetic ketoacidosis, new-onset type 1 diabetes", "short": "new DKA",
               "hx": "polyuria, polydipsia, 3 kg weight loss, abdominal pain",
               "meds": ["IV insulin 0.05 U/kg/h", "NS + KCl 40 mmol/L"],
               "labs": ["glucose %s mmol/L, pH %s, HCO3 %d, ketones %s"
                        % (_r(rng.uniform(22, 34)), "7.%02d" % rng.randint(8, 20),
                           rng.randint(5, 12), _r(rng.uniform(4, 7))),
                        "HbA1c %s%%" % _r(rng.uniform(10, 13.5))],
               "plan": "transfer to tertiary PICU",
               "fu": "diabetes clinic, family teaching"},
    }


@case("pneumonia", 300, 4000)
def pneumonia(w, rng):
    return {
        "fr": {"dx": "pneumonie lobaire inférieure droite", "short": "pneumonie LID",
               "hx": "fièvre 5 jours, toux, tachypnée",
               "meds": ["amoxicilline %s mg PO TID x 5 jours" % _r(min(1000, w * 30))],
               "labs": ["RX poumons : condensation LID", "GB %s, CRP %d"
                        % (_r(rng.uniform(14, 24)), rng.randint(60, 180))],
               "plan": "antibiotique PO, antipyrétiques", "fu": "MD de famille dans 48-72 h"},
        "en": {"dx": "right lower lobe pneumonia", "short": "RLL pneumonia",
               "hx": "fever x 5 days, cough, tachypnoea",
               "meds": ["amoxicillin %s mg PO TID x 5 days" % _r(min(1000, w * 30))],
               "labs": ["CXR: RLL consolidation", "WBC %s, CRP %d"
                        % (_r(rng.uniform(14, 24)), rng.randint(60, 180))],
               "plan": "oral antibiotics, antipyretics", "fu": "family doctor in 48-72 h"},
    }


@case("anaphylaxis", 700, 6200)
def anaphylaxis(w, rng):
    dose = "0,15" if w < 25 else "0,3"
    return {
        "fr": {"dx": "anaphylaxie aux arachides", "short": "anaphylaxie (arachides)",
               "hx": "urticaire généralisée, vomissements et sibilances après un biscuit",
               "meds": ["épinéphrine IM %s mg x 1" % dose,
                        "cétirizine (Reactine) %s mg PO DIE PRN" % ("5" if w < 30 else "10"),
                        "EpiPen %s x 2 auto-injecteurs (ordonnance)" % ("Jr 0,15 mg" if w < 25
                                                                     else "0,3 mg")],
               "labs": ["tryptase %s µg/L" % _r(rng.uniform(9, 22))],
               "plan": "observation 6 h à l'UCD, enseignement auto-injecteur",
               "fu": "allergologie pédiatrique"},
        "en": {"dx": "peanut anaphylaxis", "short": "anaphylaxis (peanut)",
               "hx": "generalised hives, vomiting and wheeze after a cookie",
               "meds": ["epinephrine IM %s mg x1" % dose.replace(",", "."),
                        "cetirizine (Reactine) %s mg PO daily PRN" % ("5" if w < 30 else "10"),
                        "EpiPen %s x 2 (prescription)" % ("Jr 0.15 mg" if w < 25 else "0.3 mg")],
               "labs": ["tryptase %s ug/L" % _r(rng.uniform(9, 22))],
               "plan": "6 h observation in SSU, auto-injector teaching",
               "fu": "paediatric allergy clinic"},
    }


@case("febrile_seizure", 240, 1800)
def febrile_seizure(w, rng):
    return {
        "fr": {"dx": "convulsion fébrile simple", "short": "CF simple",
               "hx": "convulsion tonico-clonique de 2 min avec fièvre 39,8 °C, otite D",
               "meds": ["amoxicilline %s mg PO BID x 10 jours" % _r(w * 45),
                        "ibuprofène %s mg PO q6-8h PRN" % _r(w * 10)],
               "labs": ["aucun bilan requis"],
               "plan": "réassurance, enseignement aux parents",
               "fu": "MD de famille dans 1 semaine"},
        "en": {"dx": "simple febrile seizure", "short": "simple FS",
               "hx": "2-min generalised tonic-clonic seizure with fever 39.8 C, R otitis",
               "meds": ["amoxicillin %s mg PO BID x 10 days" % _r(w * 45),
                        "ibuprofen %s mg PO q6-8h PRN" % _r(w * 10)],
               "labs": ["no workup needed"],
               "plan": "reassurance, parent teaching", "fu": "family doctor in 1 week"},
    }


@case("nat", 40, 900)
def nat(w, rng):
    return {
        "fr": {"dx": "fractures de côtes postérieures d'âges différents, suspicion de "
                     "maltraitance", "short": "?TNA / fx côtes",
               "hx": "pleurs inconsolables, ecchymoses à l'oreille et au thorax, "
                     "histoire non compatible",
               "meds": ["acétaminophène %s mg PO q6h PRN" % _r(w * 15)],
               "labs": ["bilan squelettique : 3 fx de côtes post. en consolidation",
                        "TDM cérébrale normale", "FO : pas d'hémorragie rétinienne"],
               "plan": "hospitalisation, signalement DPJ fait, équipe sociojuridique",
               "fu": "clinique de protection de l'enfance"},
        "en": {"dx": "posterior rib fractures of different ages, suspected physical abuse",
               "short": "?NAT / rib fx",
               "hx": "inconsolable crying, bruising to ear and chest, inconsistent history",
               "meds": ["acetaminophen %s mg PO q6h PRN" % _r(w * 15)],
               "labs": ["skeletal survey: 3 healing posterior rib fx", "CT head normal",
                        "fundoscopy: no retinal haemorrhage"],
               "plan": "admit, DPJ report made, child protection team",
               "fu": "child protection clinic"},
    }


@case("suicidal", 4400, 6400)
def suicidal(w, rng):
    return {
        "fr": {"dx": "idées suicidaires avec plan, épisode dépressif", "short": "IS + plan",
               "hx": "intimidation à l'école, scarifications aux avant-bras, rupture amoureuse",
               "meds": ["sertraline 25 mg PO DIE (débutée par pédopsy)"],
               "labs": ["dépistage urinaire négatif", "ECG normal"],
               "plan": "garde préventive, évaluation pédopsychiatrique, plan de sécurité",
               "fu": "pédopsychiatrie externe, intervenante CLSC jeunesse"},
        "en": {"dx": "suicidal ideation with a plan, depressive episode", "short": "SI + plan",
               "hx": "bullied at school, superficial forearm cuts, breakup",
               "meds": ["sertraline 25 mg PO daily (started by child psychiatry)"],
               "labs": ["urine tox negative", "ECG normal"],
               "plan": "safety hold, child psychiatry assessment, safety plan",
               "fu": "outpatient child psychiatry, CLSC youth worker"},
    }


@case("laceration", 500, 6000)
def laceration(w, rng):
    return {
        "fr": {"dx": "lacération du cuir chevelu 3 cm", "short": "lacération front",
               "hx": "chute contre le coin d'une table",
               "meds": ["LET topique", "Dermabond / 4 points Prolene 5-0"],
               "labs": ["pas d'imagerie"], "plan": "retrait des points dans 5-7 jours",
               "fu": "CLSC pour retrait des points"},
        "en": {"dx": "3 cm scalp laceration", "short": "forehead lac",
               "hx": "fell against the corner of a table",
               "meds": ["topical LET", "4 x 5-0 Prolene sutures"],
               "labs": ["no imaging"], "plan": "suture removal in 5-7 days",
               "fu": "CLSC for suture removal"},
    }


@case("sickle", 700, 6000)
def sickle(w, rng):
    return {
        "fr": {"dx": "crise vaso-occlusive, drépanocytose SS", "short": "CVO / Hb SS",
               "hx": "douleurs aux jambes et au dos depuis la veille",
               "meds": ["morphine %s mg IV q4h" % _r(w * 0.1), "hydroxyurée (Hydrea) %d mg PO DIE"
                        % int(w * 20), "acide folique 1 mg DIE"],
               "labs": ["Hb %d g/L, réticulocytes %s %%" % (rng.randint(68, 88),
                                                         _r(rng.uniform(6, 14)))],
               "plan": "analgésie, hydratation, spirométrie incitative",
               "fu": "clinique d'hématologie"},
        "en": {"dx": "vaso-occlusive crisis, sickle cell disease (HbSS)", "short": "VOC / HbSS",
               "hx": "leg and back pain since yesterday",
               "meds": ["morphine %s mg IV q4h" % _r(w * 0.1),
                        "hydroxyurea (Hydrea) %d mg PO daily" % int(w * 20),
                        "folic acid 1 mg daily"],
               "labs": ["Hb %d g/L, retics %s%%" % (rng.randint(68, 88), _r(rng.uniform(6, 14)))],
               "plan": "analgesia, fluids, incentive spirometry",
               "fu": "haematology clinic"},
    }


@case("febrile_infant", 8, 58)
def febrile_infant(w, rng):
    return {
        "fr": {"dx": "nourrisson fébrile de moins de 60 jours", "short": "NN fébrile",
               "hx": "fièvre rectale 38,4 °C à domicile",
               "meds": ["ampicilline + céfotaxime IV (en attente des cultures)"],
               "labs": ["PCT %s ng/mL, GB %s, SMU négatif" % (_r(rng.uniform(0.1, 0.4)),
                                                          _r(rng.uniform(7, 14))),
                        "hémoculture : en cours (négative à 24 h)"],
               "plan": "hospitalisation 36-48 h, arrêt des antibiotiques si cultures négatives",
               "fu": "pédiatre dans 1 semaine"},
        "en": {"dx": "febrile infant under 60 days", "short": "febrile neonate",
               "hx": "rectal temp 38.4 C at home",
               "meds": ["IV ampicillin + cefotaxime pending cultures"],
               "labs": ["PCT %s ng/mL, WBC %s, UA negative" % (_r(rng.uniform(0.1, 0.4)),
                                                           _r(rng.uniform(7, 14))),
                        "blood culture: pending (no growth at 24 h)"],
               "plan": "admit 36-48 h, stop antibiotics if cultures negative",
               "fu": "paediatrician in 1 week"},
    }


def pick_case(rng, age_days, keys=None):
    keys = keys or sorted(CASES)
    fits = [k for k in keys if CASES[k][1] <= age_days <= CASES[k][2]]
    if not fits:
        fits = ["laceration"] if age_days >= 500 else ["bronchiolitis" if age_days >= 21
                                                       else "febrile_infant"]
    return rng.choice(sorted(fits))


def build_case(key, age_days, rng):
    w = weight_for(age_days, rng)
    c = CASES[key][0](w, rng)
    c["key"] = key
    c["weight"] = w
    return c
