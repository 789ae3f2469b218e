"""Bilingual clinical vocabulary for home care, geriatrics, palliative care and pharmacy."""

# (fr, en) pairs
DX_OLD = [
    ("démence de type Alzheimer modérée", "moderate Alzheimer's dementia"),
    ("trouble neurocognitif majeur d'origine mixte", "major neurocognitive disorder, mixed type"),
    ("MPOC sévère sous oxygène à domicile", "severe COPD on home oxygen"),
    ("insuffisance cardiaque (FEVG 30 %)", "heart failure (LVEF 30%)"),
    ("diabète de type 2 insulinotraité", "insulin-treated type 2 diabetes"),
    ("fibrillation auriculaire sous anticoagulant", "atrial fibrillation on anticoagulation"),
    ("maladie de Parkinson avancée", "advanced Parkinson's disease"),
    ("ulcère veineux à la jambe gauche", "venous leg ulcer, left leg"),
    ("plaie de pression stade 3 au sacrum", "stage 3 pressure injury, sacrum"),
    ("fracture de la hanche droite opérée", "repaired right hip fracture"),
    ("insuffisance rénale chronique stade 4", "stage 4 chronic kidney disease"),
    ("séquelles d'AVC avec hémiparésie droite", "old stroke with right hemiparesis"),
    ("ostéoporose avec fractures vertébrales", "osteoporosis with vertebral fractures"),
    ("dépression majeure", "major depression"),
    ("dégénérescence maculaire avec basse vision", "macular degeneration, low vision"),
    ("incontinence urinaire mixte", "mixed urinary incontinence"),
    ("cellulite du membre inférieur droit", "right lower-limb cellulitis"),
    ("délirium hypoactif résolu", "resolved hypoactive delirium"),
]
DX_PALLI = [
    ("cancer du pancréas métastatique", "metastatic pancreatic cancer"),
    ("néoplasie pulmonaire stade IV", "stage IV lung cancer"),
    ("cancer du sein avec métastases osseuses", "breast cancer with bone metastases"),
    ("SLA (sclérose latérale amyotrophique)", "ALS (amyotrophic lateral sclerosis)"),
    ("glioblastome", "glioblastoma"),
    ("cancer colorectal avec carcinomatose", "colorectal cancer with carcinomatosis"),
    ("insuffisance cardiaque terminale", "end-stage heart failure"),
    ("MPOC terminale", "end-stage COPD"),
    ("cancer de la prostate métastatique résistant à la castration", "metastatic castration-resistant prostate cancer"),
]
DX_ADULT = [
    ("sclérose en plaques progressive", "progressive multiple sclerosis"),
    ("paraplégie post-traumatique", "post-traumatic paraplegia"),
    ("SLA (sclérose latérale amyotrophique)", "ALS (amyotrophic lateral sclerosis)"),
    ("cancer de l'ovaire récidivant", "recurrent ovarian cancer"),
    ("plaie chirurgicale déhiscente post-laparotomie", "dehisced laparotomy wound"),
    ("diabète de type 1 avec pied diabétique", "type 1 diabetes with diabetic foot ulcer"),
    ("schizophrénie stabilisée", "stabilised schizophrenia"),
    ("insuffisance rénale terminale en dialyse péritonéale", "end-stage renal disease on peritoneal dialysis"),
]
DX_PEDS = [
    ("paralysie cérébrale spastique", "spastic cerebral palsy"),
    ("amyotrophie spinale type 1", "spinal muscular atrophy type 1"),
    ("fibrose kystique", "cystic fibrosis"),
    ("encéphalopathie épileptique", "epileptic encephalopathy"),
    ("leucémie aiguë lymphoblastique en traitement", "acute lymphoblastic leukaemia on treatment"),
    ("dystrophie musculaire de Duchenne", "Duchenne muscular dystrophy"),
]

MEDS_OLD = [
    ("apixaban 2,5 mg BID", "apixaban 2.5 mg BID"),
    ("warfarine 3 mg DIE (selon INR)", "warfarin 3 mg daily (per INR)"),
    ("furosémide 40 mg DIE", "furosemide 40 mg daily"),
    ("metformine 500 mg BID", "metformin 500 mg BID"),
    ("donépézil 10 mg HS", "donepezil 10 mg at bedtime"),
    ("insuline glargine 18 unités HS", "insulin glargine 18 units at bedtime"),
    ("quétiapine 12,5 mg HS", "quetiapine 12.5 mg at bedtime"),
    ("bisoprolol 2,5 mg DIE", "bisoprolol 2.5 mg daily"),
    ("lévodopa/carbidopa 100/25 QID", "levodopa/carbidopa 100/25 QID"),
    ("tiotropium 18 mcg inh DIE", "tiotropium 18 mcg inhaled daily"),
    ("mirtazapine 15 mg HS", "mirtazapine 15 mg at bedtime"),
    ("alendronate 70 mg 1 fois/sem.", "alendronate 70 mg weekly"),
    ("gabapentine 100 mg TID", "gabapentin 100 mg TID"),
    ("prednisone 5 mg DIE", "prednisone 5 mg daily"),
    ("atorvastatine 20 mg DIE", "atorvastatin 20 mg daily"),
    ("rivastigmine timbre 9,5 mg/24 h", "rivastigmine patch 9.5 mg/24 h"),
    ("citalopram 10 mg DIE", "citalopram 10 mg daily"),
    ("hydrochlorothiazide 12,5 mg DIE", "hydrochlorothiazide 12.5 mg daily"),
]
MEDS_PALLI = [
    ("hydromorphone 1 mg SC q4h PRN", "hydromorphone 1 mg SC q4h PRN"),
    ("morphine LA 30 mg BID", "morphine SR 30 mg BID"),
    ("midazolam 2,5 mg SC PRN", "midazolam 2.5 mg SC PRN"),
    ("halopéridol 0,5 mg SC q8h PRN", "haloperidol 0.5 mg SC q8h PRN"),
    ("glycopyrrolate 0,4 mg SC q4h PRN", "glycopyrrolate 0.4 mg SC q4h PRN"),
    ("dexaméthasone 4 mg DIE", "dexamethasone 4 mg daily"),
    ("fentanyl timbre 25 mcg/h q72h", "fentanyl patch 25 mcg/h q72h"),
    ("méthotriméprazine 6,25 mg SC HS", "methotrimeprazine 6.25 mg SC at bedtime"),
    ("sennosides 8,6 mg 2 co HS", "sennosides 8.6 mg 2 tabs at bedtime"),
    ("lorazépam 0,5 mg SL PRN", "lorazepam 0.5 mg SL PRN"),
]
MEDS_PEDS = [
    ("baclofène 5 mg TID", "baclofen 5 mg TID"),
    ("lévétiracétam 250 mg BID", "levetiracetam 250 mg BID"),
    ("enzymes pancréatiques avec repas", "pancreatic enzymes with meals"),
    ("oméprazole 10 mg DIE par gastrostomie", "omeprazole 10 mg daily via G-tube"),
    ("salbutamol 100 mcg 2 inh PRN", "salbutamol 100 mcg 2 puffs PRN"),
]

LABS = [
    ("INR 3,8", "INR 3.8"), ("INR 1,4", "INR 1.4"), ("Hb 92 g/L", "Hb 92 g/L"),
    ("créatinine 148 µmol/L", "creatinine 148 µmol/L"), ("K+ 5,6 mmol/L", "K+ 5.6 mmol/L"),
    ("glycémie capillaire 19,2 mmol/L", "capillary glucose 19.2 mmol/L"),
    ("HbA1c 8,9 %", "HbA1c 8.9%"), ("albumine 27 g/L", "albumin 27 g/L"),
    ("Na 128 mmol/L", "Na 128 mmol/L"), ("culture de plaie positive à SARM", "wound swab positive for MRSA"),
    ("DFGe 24 mL/min", "eGFR 24 mL/min"), ("BNP 1 240 ng/L", "BNP 1,240 ng/L"),
    ("saturation 86 % à l'air ambiant", "SpO2 86% on room air"), ("CRP 96 mg/L", "CRP 96 mg/L"),
    ("vitamine B12 118 pmol/L", "vitamin B12 118 pmol/L"),
]

SOCIAL = [
    ("vit seule, sans réseau proche", "lives alone with no nearby family"),
    ("proche aidante (conjointe) en épuisement", "spouse caregiver is burning out"),
    ("maltraitance financière soupçonnée par un neveu", "suspected financial abuse by a nephew"),
    ("logement insalubre, propriétaire avisé", "unsanitary housing, landlord notified"),
    ("en attente d'une place en CHSLD", "waiting for a long-term care (CHSLD) bed"),
    ("revenu : pension de vieillesse et SRG seulement", "income: OAS and GIS only"),
    ("régime de protection (curatelle) en cours", "guardianship (protective supervision) application in progress"),
    ("refuse les services d'hygiène depuis deux semaines", "has refused personal-care visits for two weeks"),
    ("conjoint violent, plan de sécurité discuté", "violent partner, safety plan discussed"),
    ("risque d'éviction pour loyers impayés", "at risk of eviction for unpaid rent"),
    ("aide sociale (solidarité sociale)", "on social assistance"),
]

WOUND_FR = ["talon droit", "talon gauche", "sacrum", "malléole interne gauche", "jambe droite (face antérieure)",
            "orteil 2 du pied gauche", "ischion droit", "coude gauche (déchirure cutanée)"]
WOUND_EN = ["right heel", "left heel", "sacrum", "left medial malleolus", "right shin",
            "second toe, left foot", "right ischium", "left elbow (skin tear)"]
DRESS_FR = ["Mepilex Border 10x10", "alginate d'argent + pansement secondaire", "hydrogel et gaze",
            "Aquacel Ag+ Extra", "mousse siliconée, changement q3 jours", "bandage compressif multicouche"]
DRESS_EN = ["Mepilex Border 10x10", "silver alginate with secondary dressing", "hydrogel and gauze",
            "Aquacel Ag+ Extra", "silicone foam, changed every 3 days", "multilayer compression wrap"]

EQUIP = [
    ("lit électrique à hauteur variable", "hospital bed (electric, height-adjustable)"),
    ("matelas thérapeutique à air alterné", "alternating-pressure air mattress"),
    ("lève-personne sur rail", "ceiling lift"),
    ("fauteuil roulant léger 18 po", "18-inch lightweight wheelchair"),
    ("chaise d'aisance", "bedside commode"),
    ("banc de transfert pour baignoire", "tub transfer bench"),
    ("marchette à quatre roues", "four-wheel rollator"),
    ("concentrateur d'oxygène", "oxygen concentrator"),
    ("barres d'appui (2)", "grab bars (2)"),
    ("pompe à perfusion sous-cutanée", "subcutaneous infusion pump"),
]


def pick(rng, pool, lang, k=1):
    items = rng.sample(pool, k)
    idx = 0 if lang == "fr" else 1
    if k == 1:
        return items[0][idx]
    return [i[idx] for i in items]


def dx_for(rng, person, lang, palliative=False):
    if person.age < 18:
        return pick(rng, DX_PEDS, lang)
    if palliative:
        return pick(rng, DX_PALLI, lang)
    if person.age < 65:
        return pick(rng, DX_ADULT, lang)
    return pick(rng, DX_OLD, lang)


def meds_for(rng, person, lang, k=2, palliative=False):
    if person.age < 18:
        pool = MEDS_PEDS
    elif palliative:
        pool = MEDS_PALLI
    else:
        pool = MEDS_OLD
    return pick(rng, pool, lang, k) if k > 1 else [pick(rng, pool, lang)]
