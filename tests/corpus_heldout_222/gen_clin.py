"""Clinical vocabulary for a sports medicine and concussion clinic (French / English).

Content is organised as coherent scenarios: a diagnosis with the symptoms, tests, drugs and plans that go with it.
"""

# --- shared pieces -----------------------------------------------------------
S_HEAD = ("céphalées quotidiennes 4/10", "daily headaches 4/10")
S_PHOTO = ("photophobie et sensibilité au bruit", "photophobia and noise sensitivity")
S_DIZZY = ("étourdissements aux mouvements de tête", "dizziness with head movements")
S_CLASS = ("difficultés de concentration en classe", "trouble concentrating in class")
S_WORK = ("difficulté à soutenir l'attention au travail", "trouble sustaining attention at work")
S_SLEEP = ("sommeil fragmenté, réveils à 3 h", "fragmented sleep, waking at 3 a.m.")
S_IRRIT = ("irritabilité rapportée par les parents", "irritability reported by parents")
S_NAUSEA = ("nausées à l'effort", "nausea on exertion")
S_NECK = ("douleur cervicale à la rotation gauche", "neck pain on left rotation")
S_VISION = ("vision floue en fin de journée", "blurred vision late in the day")
S_FOG = ("sensation de brouillard mental", "mental fogginess")

T_SCAT_HI = ("SCAT6 : 14 symptômes / sévérité 38", "SCAT6: 14 symptoms / severity 38")
T_SCAT_LO = ("SCAT6 : 6 symptômes / sévérité 11, mBESS 6 erreurs", "SCAT6: 6 symptoms / severity 11, mBESS 6 errors")
T_CSCAT = ("Child SCAT6 : 9 symptômes (rapport de l'enfant), 12 (rapport du parent)", "Child SCAT6: 9 symptoms (child report), 12 (parent report)")
T_VOMS = ("VOMS : provocation des symptômes aux saccades et au VOR (+3)", "VOMS: symptom provocation with saccades and VOR (+3)")
T_BCTT_POS = ("BCTT : arrêt à 150 bpm à 12 min (céphalée 6/10)", "BCTT: stopped at HR 150 at 12 min (headache 6/10)")
T_BCTT_NEG = ("BCTT : asymptomatique jusqu'à 180 bpm", "BCTT: asymptomatic to HR 180")
T_PCSS = ("PCSS 27/132", "PCSS 27/132")
T_NPC = ("convergence au point proche 14 cm", "near point of convergence 14 cm")
T_IMPACT = ("ImPACT : mémoire verbale 62e rang, temps de réaction 0,71 s", "ImPACT: verbal memory 62nd percentile, reaction time 0.71 s")
T_CT = ("TDM cérébrale : aucune hémorragie, pas de fracture", "CT head: no haemorrhage, no fracture")
T_MRI_B = ("IRM cérébrale : quelques hypersignaux FLAIR non spécifiques, pas de microsaignement",
           "MRI brain: few non-specific FLAIR hyperintensities, no microbleeds")

M_ACET = ("acétaminophène 500 mg, 1 à 2 co. q6h PRN (max 3 g/j)", "acetaminophen 500 mg 1-2 tabs q6h PRN (max 3 g/day)")
M_NAPRO = ("naproxène 500 mg BID x 7 jours avec repas", "naproxen 500 mg BID x 7 days with food")
M_AMI = ("amitriptyline 10 mg HS, augmenter à 20 mg dans 2 semaines", "amitriptyline 10 mg HS, increase to 20 mg in 2 weeks")
M_ELAVIL = ("Elavil 10 mg au coucher", "Elavil 10 mg at bedtime")
M_MELA = ("mélatonine 3 mg au coucher", "melatonin 3 mg at bedtime")
M_PROP = ("propranolol 20 mg BID", "propranolol 20 mg BID")
M_SERT = ("sertraline 50 mg DIE", "sertraline 50 mg daily")
M_CYCLO = ("cyclobenzaprine 10 mg HS x 10 jours", "cyclobenzaprine 10 mg HS x 10 days")
M_IBU = ("ibuprofène 400 mg TID x 5 jours", "ibuprofen 400 mg TID x 5 days")
M_ADVIL = ("Advil 400 mg PRN", "Advil 400 mg PRN")
M_DICLO = ("diclofénac gel 2,32 % (Voltaren Emulgel) TID", "diclofenac 2.32% gel (Voltaren Emulgel) TID")
M_CELEB = ("Celebrex 200 mg DIE", "Celebrex 200 mg daily")
M_INJ = ("infiltration Depo-Medrol 40 mg + lidocaïne 1 %", "Depo-Medrol 40 mg + 1% lidocaine injection")
M_IRON = ("sulfate ferreux 300 mg 1 jour sur 2", "ferrous sulfate 300 mg every other day")
M_VITD = ("vitamine D3 1000 UI DIE", "vitamin D3 1000 IU daily")
M_SALB = ("salbutamol 100 mcg 2 inh. 15 min avant l'effort", "salbutamol 100 mcg 2 puffs 15 min before exercise")
M_FLUT = ("fluticasone 125 mcg 2 inh. BID", "fluticasone 125 mcg 2 puffs BID")

P_VEST = ("physiothérapie vestibulaire 1x/sem.", "vestibular physio weekly")
P_AERO = ("programme d'aérobie sous-maximal à 80 % de la FC du BCTT", "sub-threshold aerobic programme at 80% of BCTT heart rate")
P_RTL = ("retour progressif à l'école avec mesures d'adaptation", "graded return to school with accommodations")
P_RTW = ("retour progressif au travail, demi-journées 2 semaines", "graded return to work, half days for 2 weeks")
P_NPSY = ("référence en neuropsychologie", "neuropsychology referral")
P_REV3 = ("revoir dans 3 semaines", "follow-up in 3 weeks")

# (dx_fr, dx_en, groups, kind, symptoms, tests, meds, plans)
SCENARIOS = [
    (("commotion cérébrale (TCC léger)", "concussion (mild TBI)"), "teen adult", "conc",
     [S_HEAD, S_PHOTO, S_DIZZY, S_SLEEP, S_NAUSEA, S_FOG], [T_SCAT_HI, T_SCAT_LO, T_VOMS, T_BCTT_POS, T_PCSS, T_CT],
     [M_ACET, M_MELA], [P_AERO, P_VEST, P_REV3]),
    (("commotion cérébrale", "concussion"), "child", "conc",
     [S_HEAD, S_CLASS, S_IRRIT, S_SLEEP, S_PHOTO], [T_CSCAT, T_VOMS, T_NPC], [M_ACET], [P_RTL, P_REV3]),
    (("commotion cérébrale, 2e épisode en 14 mois", "concussion, 2nd episode in 14 months"), "teen adult", "conc",
     [S_HEAD, S_FOG, S_PHOTO, S_CLASS], [T_SCAT_HI, T_IMPACT, T_BCTT_POS], [M_ACET, M_MELA], [P_NPSY, P_AERO]),
    (("symptômes post-commotionnels persistants", "persistent post-concussion symptoms"), "teen adult", "conc",
     [S_HEAD, S_FOG, S_SLEEP, S_VISION], [T_PCSS, T_IMPACT, T_MRI_B, T_BCTT_POS], [M_AMI, M_SERT, M_ELAVIL, M_MELA],
     [P_NPSY, P_AERO, P_RTW]),
    (("céphalée post-traumatique de type migraineux", "post-traumatic headache, migraine phenotype"), "teen adult", "conc",
     [S_HEAD, S_PHOTO, S_NAUSEA, S_SLEEP], [T_PCSS, T_MRI_B], [M_AMI, M_PROP, M_ELAVIL], [P_REV3, P_AERO]),
    (("dysfonction vestibulo-oculaire post-commotion", "post-concussion vestibulo-ocular dysfunction"), "child teen adult", "conc",
     [S_DIZZY, S_VISION, S_NAUSEA], [T_VOMS, T_NPC, T_SCAT_LO], [M_ACET], [P_VEST, P_REV3]),
    (("entorse cervicale (coup de fouet) avec céphalée cervicogénique", "whiplash with cervicogenic headache"), "teen adult senior", "conc",
     [S_NECK, S_HEAD, S_DIZZY], [("amplitude cervicale rotation G 45°, test de flexion-rotation positif", "cervical rotation L 45 deg, positive flexion-rotation test"), T_CT],
     [M_CYCLO, M_NAPRO, M_ACET], [("physiothérapie cervicale 2x/sem.", "cervical physio twice weekly"), P_REV3]),
    (("commotion avec intolérance à l'effort (BCTT positif)", "concussion with exercise intolerance (positive BCTT)"), "teen adult", "conc",
     [S_HEAD, S_NAUSEA, S_DIZZY], [T_BCTT_POS, T_SCAT_LO], [M_ACET], [P_AERO, P_REV3]),
    (("TCC léger après chute sur la glace", "mild TBI after a fall on ice"), "senior adult", "conc",
     [S_HEAD, S_DIZZY, S_FOG, S_SLEEP], [T_CT, T_SCAT_LO], [M_ACET], [("évaluation du risque de chute et physiothérapie d'équilibre", "fall-risk assessment and balance physio"), P_REV3]),
    (("hématome sous-dural chronique, suivi post-chute", "chronic subdural haematoma, follow-up after fall"), "senior", "conc",
     [S_HEAD, S_FOG, ("instabilité à la marche", "unsteady gait")],
     [("TDM cérébrale : hématome sous-dural chronique frontopariétal D de 8 mm, sans effet de masse", "CT head: 8 mm chronic right frontoparietal subdural haematoma, no mass effect")],
     [("apixaban cessé, reprise à discuter avec la neurochirurgie", "apixaban held, restart to be discussed with neurosurgery"), M_ACET],
     [("TDM de contrôle dans 4 semaines", "repeat CT in 4 weeks"), ("suivi en neurochirurgie", "neurosurgery follow-up")]),
    (("déchirure complète du LCA, genou droit", "complete right ACL tear"), "teen adult", "msk",
     [("instabilité du genou en pivot", "knee giving way on pivoting"), ("épanchement important", "large effusion")],
     [("Lachman 2B, pivot shift ++", "Lachman 2B, pivot shift ++"), ("IRM genou D : rupture complète du LCA, contusion osseuse du condyle latéral", "MRI R knee: complete ACL rupture, bone bruise lateral femoral condyle")],
     [M_NAPRO, M_ACET], [("référence en orthopédie pour reconstruction", "ortho referral for reconstruction"), ("préadaptation : extension complète et contrôle du quadriceps", "prehab: full extension and quad control")]),
    (("déchirure méniscale interne, genou gauche", "left medial meniscus tear"), "teen adult senior", "msk",
     [("blocages intermittents du genou", "intermittent knee locking"), ("douleur à l'interligne interne", "medial joint line pain")],
     [("McMurray positif en interne", "positive medial McMurray"), ("IRM genou G : déchirure en anse de seau du ménisque interne", "MRI L knee: bucket-handle tear of the medial meniscus")],
     [M_NAPRO, M_DICLO], [("consultation en orthopédie (arthroscopie)", "ortho consult (arthroscopy)"), P_REV3]),
    (("entorse de la cheville grade II (LTFA)", "grade II ankle sprain (ATFL)"), "child teen adult", "msk",
     [("œdème et ecchymose malléolaire latérale", "lateral ankle swelling and bruising"), ("douleur à la mise en charge", "pain on weight bearing")],
     [("règles d'Ottawa négatives, Rx cheville normale", "Ottawa rules negative, ankle X-ray normal"), ("tiroir antérieur légèrement positif", "mildly positive anterior drawer")],
     [M_IBU, M_ADVIL], [("orthèse Aircast et proprioception", "Aircast brace and proprioception work"), P_REV3]),
    (("luxation antérieure de l'épaule gauche, lésion de Bankart", "anterior left shoulder dislocation with Bankart lesion"), "teen adult", "msk",
     [("appréhension en abduction-rotation externe", "apprehension in abduction-external rotation")],
     [("IRM épaule G : lésion de Bankart, encoche de Hill-Sachs", "MRI L shoulder: Bankart lesion, Hill-Sachs defect")],
     [M_ACET, M_NAPRO], [("consultation en orthopédie (stabilisation)", "ortho consult (stabilisation)"), ("physiothérapie de stabilisation scapulaire", "scapular stabilisation physio")]),
    (("fracture de stress du tibia distal", "distal tibial stress fracture"), "teen adult", "msk",
     [("douleur tibiale à l'impact en course", "tibial pain with running impact")],
     [("scintigraphie osseuse : hypercaptation focale tibia distal compatible avec fracture de stress", "bone scan: focal uptake distal tibia consistent with stress fracture"),
      ("25-OH vitamine D 38 nmol/L", "25-OH vitamin D 38 nmol/L")],
     [M_VITD, M_ACET], [("arrêt de la course 6 semaines, vélo permis", "no running for 6 weeks, cycling allowed"), ("dépistage du RED-S", "RED-S screening")]),
    (("syndrome fémoro-patellaire bilatéral", "bilateral patellofemoral pain syndrome"), "teen adult", "msk",
     [("douleur antérieure du genou dans les escaliers", "anterior knee pain on stairs")],
     [("squat unipodal douloureux, valgus dynamique", "painful single-leg squat, dynamic valgus")],
     [M_DICLO, M_ACET], [("renforcement des abducteurs de hanche", "hip abductor strengthening"), P_REV3]),
    (("maladie d'Osgood-Schlatter", "Osgood-Schlatter disease"), "child teen", "msk",
     [("douleur à la tubérosité tibiale après les sauts", "tibial tubercle pain after jumping")],
     [("Rx genou : fragmentation de l'apophyse tibiale antérieure", "knee X-ray: fragmentation of the tibial tubercle apophysis")],
     [M_ACET, M_IBU], [("gestion de la charge d'entraînement", "training load management"), ("étirements des quadriceps", "quadriceps stretching")]),
    (("spondylolyse L5 bilatérale", "bilateral L5 spondylolysis"), "teen", "msk",
     [("douleur lombaire en extension", "low back pain on extension")],
     [("Rx colonne lombaire obliques : lyse isthmique L5 bilatérale", "lumbar spine obliques: bilateral L5 pars defect"), ("IRM lombaire : œdème des isthmes L5", "lumbar MRI: L5 pars oedema")],
     [M_NAPRO, M_ACET], [("arrêt des sports en extension 8 semaines", "no extension sports for 8 weeks"), ("physiothérapie de stabilisation du tronc", "core stabilisation physio")]),
    (("maladie de Sever (apophysite calcanéenne)", "Sever's disease (calcaneal apophysitis)"), "child", "msk",
     [("douleur au talon en course", "heel pain when running")], [("test de compression du calcanéum positif", "positive calcaneal squeeze test")],
     [M_ACET], [("talonnettes et réduction de la course", "heel cups and less running")]),
    (("fracture en motte de beurre du radius distal", "distal radius buckle fracture"), "child", "msk",
     [("douleur au poignet après une chute", "wrist pain after a fall")],
     [("Rx poignet : fracture en motte de beurre du radius distal, non déplacée", "wrist X-ray: non-displaced buckle fracture of the distal radius")],
     [M_ACET, M_IBU], [("attelle amovible 3 semaines", "removable splint for 3 weeks")]),
    (("tendinopathie achilléenne corporéale", "mid-portion Achilles tendinopathy"), "adult senior", "msk",
     [("raideur matinale du tendon d'Achille", "morning Achilles stiffness")],
     [("échographie : épaississement du tendon d'Achille à 9 mm, néovascularisation", "ultrasound: Achilles thickened to 9 mm with neovascularity")],
     [M_DICLO, M_NAPRO], [("programme de charge excentrique (Alfredson)", "eccentric loading programme (Alfredson)"), P_REV3]),
    (("déchirure partielle du sus-épineux", "partial-thickness supraspinatus tear"), "adult senior", "msk",
     [("douleur nocturne à l'épaule", "night pain in the shoulder")],
     [("échographie épaule : déchirure partielle côté bursal du sus-épineux", "shoulder ultrasound: bursal-side partial supraspinatus tear")],
     [M_INJ, M_CELEB], [("physiothérapie de la coiffe", "rotator cuff physio"), P_REV3]),
    (("gonarthrose médiale symptomatique", "symptomatic medial knee osteoarthritis"), "senior adult", "msk",
     [("douleur mécanique du genou, raideur matinale 15 min", "mechanical knee pain, 15 min morning stiffness")],
     [("Rx genou : pincement fémoro-tibial interne, ostéophytes", "knee X-ray: medial joint space narrowing, osteophytes")],
     [M_CELEB, M_INJ, M_DICLO], [("programme d'exercices supervisé", "supervised exercise programme"), P_REV3]),
    (("déficit énergétique relatif dans le sport (RED-S)", "relative energy deficiency in sport (RED-S)"), "teen adult", "med",
     [("fatigue marquée à l'entraînement", "marked fatigue at practice"), ("aménorrhée depuis 5 mois", "amenorrhoea for 5 months", "F")],
     [("densitométrie : score Z -1,8 à L1-L4", "DXA: Z-score -1.8 at L1-L4"), ("ferritine 11 µg/L, Hb 121 g/L", "ferritin 11 ug/L, Hb 121 g/L"), ("TSH 2,4 mUI/L, FSC normale", "TSH 2.4 mIU/L, CBC normal")],
     [M_VITD, M_IRON], [("suivi en nutrition sportive", "sports dietitian follow-up"), ("réduction du volume d'entraînement", "reduced training volume")]),
    (("carence en fer sans anémie", "iron deficiency without anaemia"), "teen adult", "med",
     [("fatigue marquée à l'entraînement", "marked fatigue at practice")],
     [("ferritine 9 µg/L, saturation 12 %", "ferritin 9 ug/L, saturation 12%"), ("ferritine 11 µg/L, Hb 121 g/L", "ferritin 11 ug/L, Hb 121 g/L")],
     [M_IRON], [("ferritine de contrôle dans 8 semaines", "repeat ferritin in 8 weeks")]),
    (("asthme d'effort", "exercise-induced bronchoconstriction"), "child teen adult", "resp",
     [("toux et sifflements après la course", "cough and wheeze after running")],
     [("test de provocation à l'effort : chute du VEMS de 14 %", "exercise challenge: 14% FEV1 drop")],
     [M_SALB, M_FLUT], [("échauffement progressif de 15 min", "15-minute graded warm-up"), P_REV3]),
]

SOCIAL = [
    ("signalement à la DPJ fait le 3 du mois par l'école", "youth protection report filed by the school on the 3rd", "young"),
    ("placé(e) en famille d'accueil depuis septembre", "in foster care since September", "young"),
    ("la mère est prestataire de l'aide sociale, ne peut payer la physio au privé", "mother on social assistance, cannot pay for private physio", "young"),
    ("victime d'initiation (hazing) dans l'équipe, parents en démarche avec la ligue", "victim of team hazing, parents taking it up with the league", "young"),
    ("parents séparés, garde partagée conflictuelle", "separated parents, high-conflict shared custody", "young"),
    ("vit seul(e) en chambre, risque de perte de logement", "lives alone in a rooming house, at risk of losing housing", "adult"),
    ("violence conjugale rapportée, intervenante du CLSC impliquée", "intimate partner violence disclosed, CLSC worker involved", "adult"),
    ("perte d'emploi récente, assurance-emploi en attente", "recent job loss, EI claim pending", "adult"),
    ("prestataire de l'aide sociale, pas de moyen de transport", "on social assistance, no means of transport", "adult"),
    ("vit seul(e), aucun proche pour la surveillance des 48 premières heures", "lives alone, nobody to supervise the first 48 hours", "senior"),
    ("proche aidant(e) épuisé(e), demande de soutien à domicile au CLSC", "exhausted family caregiver, CLSC home support requested", "senior"),
]

SPORTS = [
    ("hockey", "hockey"), ("soccer", "soccer"), ("football", "football"), ("rugby", "rugby"),
    ("ski alpin", "alpine skiing"), ("basketball", "basketball"), ("volleyball", "volleyball"),
    ("patinage artistique", "figure skating"), ("vélo de montagne", "mountain biking"),
    ("course à pied", "running"), ("cheerleading", "cheerleading"), ("judo", "judo"),
    ("ringuette", "ringette"), ("planche à neige", "snowboarding"),
]
SENIOR_SPORTS = [("curling", "curling"), ("marche nordique", "Nordic walking"), ("pickleball", "pickleball"),
                 ("golf", "golf"), ("ski de fond", "cross-country skiing"), ("aquaforme", "aquafit")]

RTP_STAGES_FR = ["étape 1 (activités de la vie quotidienne)", "étape 2 (aérobie léger)", "étape 3 (exercices spécifiques au sport)",
                 "étape 4 (entraînement sans contact)", "étape 5 (entraînement avec contact après autorisation médicale)",
                 "étape 6 (retour au jeu)"]
RTP_STAGES_EN = ["stage 1 (daily activities)", "stage 2 (light aerobic)", "stage 3 (sport-specific exercise)",
                 "stage 4 (non-contact drills)", "stage 5 (full contact practice after medical clearance)",
                 "stage 6 (return to sport)"]
RTL_FR = ["retour à l'école demi-journées, pauses aux 45 min, pas d'examen pour 2 semaines",
          "horaire allégé, pas d'écran prolongé, temps supplémentaire aux évaluations",
          "exemption d'éducation physique jusqu'à nouvel ordre"]
RTL_EN = ["half days at school, breaks every 45 min, no tests for 2 weeks",
          "reduced schedule, limit screen time, extra time on tests",
          "excused from phys. ed. until further notice"]


def L(item, lang):
    return item[0] if lang == "fr" else item[1]


IMAGING_PREFIX = ("IRM", "MRI", "TDM", "CT ", "Rx ", "X-ray", "scintigraphie", "bone scan", "échographie", "ultrasound",
                  "shoulder ultrasound", "wrist X-ray", "knee X-ray", "lumbar", "densitométrie", "DXA")


def is_imaging(item):
    return item[0].startswith(IMAGING_PREFIX) or item[1].startswith(IMAGING_PREFIX)


def choose_scenario(rng, group, kind=None):
    if kind == "img":
        pool = [s for s in SCENARIOS if group in s[1].split() and any(is_imaging(t) for t in s[4])]
        return rng.choice(pool or [s for s in SCENARIOS if any(is_imaging(t) for t in s[4])])
    pool = [s for s in SCENARIOS if group in s[1].split() and (kind is None or s[2] == kind)]
    if not pool:
        pool = [s for s in SCENARIOS if group in s[1].split()]
    return rng.choice(pool)


class Case:
    """The clinical picture of one patient within one message."""

    def __init__(self, rng, scenario, sex, group):
        self.rng, self.s, self.sex, self.group = rng, scenario, sex, group

    def dx(self, lang):
        return L(self.s[0], lang)

    @property
    def kind(self):
        return self.s[2]

    def sym(self, lang, n=1):
        pool = [x for x in self.s[3] if len(x) < 3 or x[2] == self.sex]
        if self.kind == "conc":
            extra = [S_CLASS, S_IRRIT] if self.group in ("child", "teen") else ([S_WORK] if self.group == "adult" else [])
            pool = [x for x in pool if x not in (S_CLASS, S_IRRIT)] + extra
        n = min(n, len(pool))
        return ", ".join(L(x, lang) for x in self.rng.sample(pool, n))

    def test(self, lang):
        return L(self.rng.choice(self.s[4]), lang)

    def img(self, lang):
        pool = [t for t in self.s[4] if is_imaging(t)] or list(self.s[4])
        return L(self.rng.choice(pool), lang)

    def med(self, lang):
        return L(self.rng.choice(self.s[5]), lang)

    def drug(self, lang):
        """A drug that can be renewed at a pharmacy (no injection, no held drug)."""
        pool = [x for x in self.s[5] if not any(w in x[1] for w in ("injection", "held"))] or [M_ACET]
        return L(self.rng.choice(pool), lang)

    def plan(self, lang):
        pool = list(self.s[6])
        if self.kind == "conc":
            pool.append(P_RTL if self.group in ("child", "teen") else P_RTW)
        return L(self.rng.choice(pool), lang)


def social_for(rng, group, lang):
    tag = "young" if group in ("child", "teen") else ("senior" if group == "senior" else "adult")
    pool = [s for s in SOCIAL if s[2] == tag]
    return L(rng.choice(pool), lang)


def sport_for(rng, group, lang):
    pool = SENIOR_SPORTS if group == "senior" else SPORTS
    return L(rng.choice(pool), lang)
