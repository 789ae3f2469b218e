"""Clinical vocabulary pools (fr, en)."""

PTSD_DX = [
    ("trouble de stress post-traumatique (TSPT) chronique", "chronic post-traumatic stress disorder (PTSD)"),
    ("TSPT avec trouble dépressif majeur récurrent", "PTSD with recurrent major depressive disorder"),
    ("TSPT et trouble lié à l'usage de l'alcool, modéré", "PTSD and moderate alcohol use disorder"),
    ("trouble d'adaptation avec humeur anxieuse et dépressive", "adjustment disorder with mixed anxiety and depressed mood"),
    ("TSPT, avec insomnie et cauchemars récurrents", "PTSD with insomnia and recurrent nightmares"),
    ("trouble panique et TSPT partiel", "panic disorder and subthreshold PTSD"),
]
PTSD_MEDS = [
    ("sertraline 150 mg DIE", "sertraline 150 mg daily"),
    ("prazosine 3 mg HS", "prazosin 3 mg at bedtime"),
    ("venlafaxine XR 225 mg DIE", "venlafaxine XR 225 mg daily"),
    ("mirtazapine 30 mg HS", "mirtazapine 30 mg at bedtime"),
    ("quétiapine 25 mg HS PRN", "quetiapine 25 mg at bedtime as needed"),
    ("trazodone 50 mg HS", "trazodone 50 mg at bedtime"),
    ("nabilone 0,5 mg HS", "nabilone 0.5 mg at bedtime"),
    ("naltrexone 50 mg DIE", "naltrexone 50 mg daily"),
    ("paroxétine 40 mg DIE", "paroxetine 40 mg daily"),
    ("clonazépam 0,5 mg BID PRN", "clonazepam 0.5 mg twice daily as needed"),
]
HEAR_DX = [
    ("surdité neurosensorielle bilatérale, modérée à sévère en hautes fréquences, avec encoche à 4 kHz",
     "bilateral sensorineural hearing loss, moderate to severe in the high frequencies, with a 4 kHz notch"),
    ("perte auditive neurosensorielle bilatérale et acouphènes constants bilatéraux",
     "bilateral sensorineural hearing loss with constant bilateral tinnitus"),
    ("acouphènes chroniques de l'oreille gauche et hyperacousie",
     "chronic left-sided tinnitus with hyperacusis"),
    ("perte auditive asymétrique, pire à droite (exposition au bruit — artillerie)",
     "asymmetric hearing loss, worse on the right (noise exposure — artillery)"),
]
MSK_DX = [
    ("lombalgie chronique avec radiculopathie L5 gauche", "chronic low back pain with left L5 radiculopathy"),
    ("gonarthrose bilatérale, pire à droite", "bilateral knee osteoarthritis, right worse than left"),
    ("déchirure partielle de la coiffe des rotateurs, épaule droite", "partial-thickness rotator cuff tear, right shoulder"),
    ("séquelles de traumatisme craniocérébral léger (commotion, 2011)", "post-concussion syndrome after mild TBI (2011)"),
    ("entorse chronique de la cheville gauche avec instabilité", "chronic left ankle sprain with instability"),
    ("rupture du LCA du genou droit", "right knee ACL tear"),
]
LTC_DX = [
    ("démence de type Alzheimer, stade modéré", "Alzheimer-type dementia, moderate stage"),
    ("MPOC sévère sous oxygène à domicile 2 L/min", "severe COPD on home oxygen 2 L/min"),
    ("insuffisance cardiaque (FEVG 30 %)", "heart failure (LVEF 30%)"),
    ("AVC ancien avec hémiparésie droite et dysphagie", "old stroke with right hemiparesis and dysphagia"),
    ("maladie de Parkinson avec chutes répétées", "Parkinson's disease with recurrent falls"),
    ("démence vasculaire et TSPT de longue date (Corée)", "vascular dementia and long-standing PTSD (Korea)"),
    ("diabète de type 2 et insuffisance rénale chronique stade 4", "type 2 diabetes and stage 4 chronic kidney disease"),
    ("plaie de pression sacrée stade 3", "stage 3 sacral pressure injury"),
    ("fracture de la hanche gauche opérée", "repaired left hip fracture"),
]
LTC_MEDS = [
    ("furosémide 40 mg DIE", "furosemide 40 mg daily"), ("donépézil 10 mg HS", "donepezil 10 mg at bedtime"),
    ("warfarine selon RNI", "warfarin per INR"), ("apixaban 2,5 mg BID", "apixaban 2.5 mg twice daily"),
    ("lévodopa-carbidopa 100/25 TID", "levodopa-carbidopa 100/25 three times daily"),
    ("insuline glargine 18 unités HS", "insulin glargine 18 units at bedtime"),
    ("rispéridone 0,25 mg BID", "risperidone 0.25 mg twice daily"),
    ("tiotropium 18 mcg DIE", "tiotropium 18 mcg daily"), ("métoprolol 25 mg BID", "metoprolol 25 mg twice daily"),
    ("hydromorphone 1 mg q4h PRN", "hydromorphone 1 mg q4h PRN"),
]
LABS = [
    ("RNI 4,6 (cible 2-3)", "INR 4.6 (target 2-3)", "warfarine", "warfarin"),
    ("lithémie 1,3 mmol/L", "lithium level 1.3 mmol/L", "lithium 900 mg", "lithium 900 mg"),
    ("HbA1c 9,4 %", "HbA1c 9.4%", "metformine 1000 mg BID", "metformin 1000 mg BID"),
    ("potassium 5,9 mmol/L", "potassium 5.9 mmol/L", "spironolactone 25 mg", "spironolactone 25 mg"),
    ("créatinine 212 µmol/L (DFGe 24)", "creatinine 212 µmol/L (eGFR 24)", "metformine", "metformin"),
    ("sodium 126 mmol/L", "sodium 126 mmol/L", "sertraline", "sertraline"),
    ("TSH 11,2 mUI/L", "TSH 11.2 mU/L", "lévothyroxine 75 mcg", "levothyroxine 75 mcg"),
    ("hémoglobine 78 g/L", "hemoglobin 78 g/L", "apixaban", "apixaban"),
]
RANKS_FR = ["cpl", "cplc", "sgt", "adj", "adjum", "matelot de 1re classe", "capt", "ltv", "bdr", "sdt"]
RANKS_EN = ["Cpl", "MCpl", "Sgt", "WO", "MWO", "S1", "Capt", "Lt(N)", "Bdr", "Pte"]
MISSIONS = ["Afghanistan (Kandahar, 2008)", "Bosnie (1994)", "Bosnia (1994)", "Rwanda (1994)",
            "Afghanistan (2010-2011)", "Chypre (1974)", "Cyprus (1974)", "Somalie (1993)", "Somalia (1993)",
            "Lettonie (2019)", "Latvia (2019)", "Haïti (2004)", "Haiti (2004)", "Croatie (1993)"]
MISSIONS_FR = [m for m in MISSIONS if not any(e in m for e in ("Bosnia", "Cyprus", "Somalia", "Latvia", "Haiti ("))]
MISSIONS_EN = [m for m in MISSIONS if not any(f in m for f in ("Bosnie", "Chypre", "Somalie", "Lettonie", "Haïti", "Croatie"))]

MISSION_YEARS = [("Chypre (1974)", "Cyprus (1974)", 1974), ("Croatie (1993)", "Croatia (1993)", 1993),
                 ("Bosnie (1994)", "Bosnia (1994)", 1994), ("Rwanda (1994)", "Rwanda (1994)", 1994),
                 ("Somalie (1993)", "Somalia (1993)", 1993), ("Kosovo (1999)", "Kosovo (1999)", 1999),
                 ("Haïti (2004)", "Haiti (2004)", 2004), ("Afghanistan (Kandahar, 2008)", "Afghanistan (Kandahar, 2008)", 2008),
                 ("Afghanistan (2010-2011)", "Afghanistan (2010-2011)", 2010), ("Irak (2017)", "Iraq (2017)", 2017),
                 ("Lettonie (2019)", "Latvia (2019)", 2019), ("Mali (2018)", "Mali (2018)", 2018),
                 ("Lettonie (2023)", "Latvia (2023)", 2023)]


def mission(c, lang, birth_year):
    ok = [m for m in MISSION_YEARS if 19 <= m[2] - birth_year <= 50]
    if not ok:
        return "opérations domestiques (inondations 2019)" if lang == "fr" else "domestic operations (2019 floods)"
    m = c.ch(ok)
    return m[0] if lang == "fr" else m[1]
