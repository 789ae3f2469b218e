"""Clinical and social content pools (fr, en).  Each entry carries the finding types it adds."""

EPISODES = [
    ('hospitalisation en psychiatrie (épisode dépressif majeur avec idées suicidaires)',
     'psychiatric admission (major depressive episode with suicidal ideation)'),
    ('visite à l\'urgence pour une fracture du radius distal gauche', 'ER visit for a left distal radius fracture'),
    ('cholécystectomie par laparoscopie pour cholécystite aiguë', 'laparoscopic cholecystectomy for acute cholecystitis'),
    ('suivi en oncologie pour un carcinome canalaire infiltrant du sein droit',
     'oncology follow-up for invasive ductal carcinoma of the right breast'),
    ('césarienne d\'urgence pour prééclampsie sévère', 'emergency caesarean section for severe pre-eclampsia'),
    ('IAMEST avec pose de tuteur à l\'IVA', 'STEMI with stent to the LAD'),
    ('AVC ischémique sylvien droit', 'right MCA ischaemic stroke'),
    ('TCC léger (commotion cérébrale) après une chute à vélo', 'mild TBI (concussion) after a bicycle fall'),
    ('suivi en dépendance pour trouble lié à l\'usage des opioïdes', 'addiction follow-up for opioid use disorder'),
    ('pneumonie acquise en communauté avec hospitalisation de 6 jours', 'community-acquired pneumonia, 6-day admission'),
    ('exacerbation de MPOC', 'COPD exacerbation'),
    ('hernie discale L4-L5 et discoïdectomie', 'L4-L5 disc herniation and discectomy'),
    ('entorse cervicale (whiplash) à la suite d\'un accident de la route', 'whiplash injury following a car accident'),
    ('trouble anxieux généralisé, suivi en psychologie', 'generalised anxiety disorder, psychology follow-up'),
    ('fausse couche à 11 semaines (curetage)', 'miscarriage at 11 weeks (D&C)'),
    ('poussée de sclérose en plaques (IRM cérébrale)', 'multiple sclerosis relapse (brain MRI)'),
    ('insuffisance cardiaque décompensée', 'decompensated heart failure'),
    ('fracture de la hanche droite après une chute, arthroplastie', 'right hip fracture after a fall, hemiarthroplasty'),
    ('schizophrénie paranoïde, hospitalisation sous garde en établissement',
     'paranoid schizophrenia, admission under a confinement order'),
    ('lombalgie chronique et épuisement professionnel', 'chronic low back pain and burnout'),
    ('tentative de suicide par intoxication médicamenteuse', 'suicide attempt by medication overdose'),
    ('lymphome non hodgkinien, chimiothérapie R-CHOP', 'non-Hodgkin lymphoma, R-CHOP chemotherapy'),
    ('déchirure du ménisque interne du genou gauche', 'left knee medial meniscus tear'),
    ('appendicite perforée', 'perforated appendicitis'),
]

LABS = [
    ('Hb 94 g/L', 'Hb 94 g/L'), ('créatinine 188 µmol/L', 'creatinine 188 µmol/L'), ('INR 3,8', 'INR 3.8'),
    ('éthanolémie 41 mmol/L', 'serum ethanol 41 mmol/L'), ('troponine hs 412 ng/L', 'hs-troponin 412 ng/L'),
    ('TSH 8,2 mUI/L', 'TSH 8.2 mIU/L'), ('HbA1c 9,4 %', 'HbA1c 9.4%'), ('K+ 6,1 mmol/L', 'K 6.1 mmol/L'),
    ('dépistage urinaire positif (opiacés, benzodiazépines)', 'urine drug screen positive (opiates, benzodiazepines)'),
    ('plaquettes 38 x 10^9/L', 'platelets 38 x 10^9/L'), ('lithémie 1,6 mmol/L', 'lithium level 1.6 mmol/L'),
    ('CRP 186 mg/L', 'CRP 186 mg/L'), ('acétaminophène sérique 1 240 µmol/L', 'serum acetaminophen 1240 µmol/L'),
    ('PSA 14,7 µg/L', 'PSA 14.7 µg/L'), ('BNP 1 850 ng/L', 'BNP 1850 ng/L'),
]

MEDS = [
    ('sertraline 100 mg DIE', 'sertraline 100 mg daily'), ('quétiapine (Seroquel) 50 mg HS', 'quetiapine (Seroquel) 50 mg qhs'),
    ('méthadone 60 mg DIE', 'methadone 60 mg daily'), ('apixaban (Eliquis) 5 mg BID', 'apixaban (Eliquis) 5 mg BID'),
    ('metformine 1000 mg BID', 'metformin 1000 mg BID'), ('hydromorphone 2 mg q4h PRN', 'hydromorphone 2 mg q4h PRN'),
    ('lorazépam (Ativan) 1 mg HS', 'lorazepam (Ativan) 1 mg qhs'), ('insuline glargine 24 U HS', 'insulin glargine 24 units qhs'),
    ('lithium 900 mg die', 'lithium 900 mg daily'), ('buprénorphine-naloxone (Suboxone) 8 mg/2 mg', 'buprenorphine-naloxone (Suboxone) 8/2 mg'),
    ('warfarine (Coumadin) 5 mg', 'warfarin (Coumadin) 5 mg'), ('Risperdal Consta 37,5 mg IM q2 sem.', 'Risperdal Consta 37.5 mg IM q2wk'),
    ('prégabaline (Lyrica) 150 mg BID', 'pregabalin (Lyrica) 150 mg BID'), ('furosémide (Lasix) 40 mg BID', 'furosemide (Lasix) 40 mg BID'),
]

SOCIAL = [
    ('vit seul, sans domicile fixe depuis l\'été', 'lives alone, no fixed address since the summer'),
    ('dossier actif à la DPJ (négligence)', 'open youth protection (DPJ) file for neglect'),
    ('prestataire de l\'aide sociale', 'on social assistance'),
    ('victime de violence conjugale, hébergée en maison d\'hébergement', 'victim of intimate partner violence, staying at a shelter'),
    ('sous curatelle publique', 'under public curatorship'),
    ('en attente d\'un logement social (HLM)', 'waiting for social housing'),
    ('placée en famille d\'accueil', 'placed in a foster family'),
    ('perte d\'emploi récente, difficultés financières importantes', 'recent job loss, significant financial difficulty'),
]


# (sex or None, min age, max age) for each entry of EPISODES, same order
EP_ELIG = [(None, 14, 99), (None, 3, 99), (None, 18, 99), ('F', 30, 99), ('F', 18, 45), (None, 35, 99), (None, 40, 99),
           (None, 5, 99), (None, 18, 75), (None, 2, 99), (None, 45, 99), (None, 20, 80), (None, 16, 99), (None, 12, 99),
           ('F', 18, 45), (None, 20, 60), (None, 50, 99), (None, 60, 99), (None, 16, 80), (None, 20, 65), (None, 13, 90),
           (None, 18, 99), (None, 14, 70), (None, 3, 99)]
assert len(EP_ELIG) == len(EPISODES)


def age_of(p, year):
    return year - p.dob.year


def episode(rng, lang, p=None, year=2025):
    idx = list(range(len(EPISODES)))
    if p is not None:
        a = age_of(p, year)
        idx = [i for i in idx if EP_ELIG[i][1] <= a <= EP_ELIG[i][2] and EP_ELIG[i][0] in (None, p.sex)] or [1, 7, 9]
    e = EPISODES[rng.choice(idx)]
    return e[0] if lang == 'fr' else e[1]


def lab(rng, lang, p=None):
    pool = [x for x in LABS if not (p is not None and p.sex == 'F' and x[0].startswith('PSA'))]
    return pick(rng, pool, lang)


CHILD_MEDS = [('amoxicilline 250 mg/5 mL TID', 'amoxicillin 250 mg/5 mL TID'), ('salbutamol (Ventolin) 100 mcg 2 inh. PRN', 'salbutamol (Ventolin) 100 mcg 2 puffs PRN'),
              ('méthylphénidate (Concerta) 18 mg DIE', 'methylphenidate (Concerta) 18 mg daily'), ('ibuprofène 10 mg/kg q6h PRN', 'ibuprofen 10 mg/kg q6h PRN')]


def med(rng, lang, p=None, year=2025):
    if p is not None and age_of(p, year) < 16:
        return pick(rng, CHILD_MEDS, lang)
    return pick(rng, MEDS, lang)


def pick(rng, pool, lang):
    e = rng.choice(pool)
    return e[0] if lang == 'fr' else e[1]


def picks(rng, pool, lang, k):
    es = rng.sample(pool, k)
    return [e[0] if lang == 'fr' else e[1] for e in es]
