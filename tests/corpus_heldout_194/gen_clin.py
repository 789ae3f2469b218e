"""Clinical vocabulary: (French, English, code) triples, drugs and lab values."""

DX = [
    ("pneumonie communautaire", "community-acquired pneumonia", "J18.9"),
    ("infarctus aigu du myocarde (STEMI)", "acute STEMI", "I21.0"),
    ("fracture de la hanche droite", "right hip fracture", "S72.00"),
    ("cholécystite aiguë", "acute cholecystitis", "K81.0"),
    ("appendicite aiguë", "acute appendicitis", "K35.80"),
    ("MPOC en exacerbation", "COPD exacerbation", "J44.1"),
    ("insuffisance cardiaque décompensée", "decompensated heart failure", "I50.0"),
    ("AVC ischémique", "ischemic stroke", "I63.9"),
    ("diabète de type 2 décompensé", "uncontrolled type 2 diabetes", "E11.65"),
    ("pyélonéphrite aiguë", "acute pyelonephritis", "N10"),
    ("cellulite de la jambe gauche", "left leg cellulitis", "L03.116"),
    ("fibrillation auriculaire rapide", "atrial fibrillation with RVR", "I48.91"),
    ("fracture du poignet (Colles)", "Colles fracture of the wrist", "S52.53"),
    ("hernie inguinale étranglée", "strangulated inguinal hernia", "K40.3"),
    ("embolie pulmonaire", "pulmonary embolism", "I26.99"),
    ("dépression majeure", "major depressive disorder", "F32.2"),
    ("sevrage alcoolique", "alcohol withdrawal", "F10.23"),
    ("insuffisance rénale chronique stade 5 (dialyse)", "end-stage renal disease on dialysis", "N18.6"),
    ("cancer du côlon", "colon cancer", "C18.7"),
    ("cancer du sein", "breast cancer", "C50.9"),
    ("lymphome non hodgkinien", "non-Hodgkin lymphoma", "C85.90"),
    ("maladie de Crohn", "Crohn's disease", "K50.90"),
    ("traumatisme crânien léger", "mild traumatic brain injury", "S06.0"),
    ("entorse lombaire", "lumbar sprain", "S33.5"),
    ("lacération profonde de la main", "deep hand laceration", "S61.4"),
    ("cataracte de l'œil droit", "right eye cataract", "H25.9"),
    ("déchirure méniscale du genou", "meniscal tear of the knee", "S83.2"),
    ("hernie discale L4-L5", "L4-L5 disc herniation", "M51.26"),
    ("trouble psychotique", "psychotic disorder", "F29"),
    ("surdose d'opioïdes", "opioid overdose", "T40.2"),
    ("prééclampsie", "preeclampsia", "O14.9"),
    ("démence de type Alzheimer", "Alzheimer's dementia", "G30.9"),
]

# dx that suit a work accident / road accident
TRAUMA = [2, 12, 22, 23, 24, 26]
CHRONIC = [8, 17, 18, 19, 20, 21, 31]

PROC = [
    ("cholécystectomie par laparoscopie", "laparoscopic cholecystectomy"),
    ("arthroplastie totale de la hanche", "total hip arthroplasty"),
    ("coloscopie avec polypectomie", "colonoscopy with polypectomy"),
    ("IRM lombaire", "lumbar spine MRI"),
    ("coronarographie avec tuteur", "coronary angiography with stent"),
    ("séance d'hémodialyse", "hemodialysis session"),
    ("chirurgie de la cataracte avec lentille torique", "cataract surgery with toric lens"),
    ("tomodensitométrie cérébrale", "head CT scan"),
    ("réduction fermée et plâtre", "closed reduction and cast"),
    ("césarienne", "caesarean section"),
]

MEDS = [
    ("apixaban (Eliquis) 5 mg BID", "Eliquis (apixaban) 5 mg BID"),
    ("rivaroxaban 20 mg DIE", "rivaroxaban 20 mg daily"),
    ("Humira (adalimumab) 40 mg SC q2sem", "Humira (adalimumab) 40 mg SC every 2 weeks"),
    ("insuline glargine (Lantus) 22 U HS", "insulin glargine (Lantus) 22 units at bedtime"),
    ("énoxaparine 40 mg SC DIE", "enoxaparin 40 mg SC daily"),
    ("Keytruda (pembrolizumab) 200 mg IV q3sem", "pembrolizumab (Keytruda) 200 mg IV q3w"),
    ("rituximab 375 mg/m2", "rituximab 375 mg/m2"),
    ("infliximab (Remicade) 5 mg/kg", "Remicade (infliximab) 5 mg/kg"),
    ("Suboxone 8 mg/2 mg SL DIE", "Suboxone 8/2 mg SL daily"),
    ("méthadone 60 mg DIE", "methadone 60 mg once daily"),
    ("Ozempic (sémaglutide) 1 mg/sem", "Ozempic (semaglutide) 1 mg weekly"),
    ("ceftriaxone 2 g IV DIE", "ceftriaxone 2 g IV daily"),
    ("époétine alfa (Eprex) 10 000 U/sem", "epoetin alfa (Eprex) 10,000 units weekly"),
    ("quétiapine 300 mg HS", "quetiapine 300 mg at bedtime"),
    ("Dupixent (dupilumab) 300 mg", "Dupixent (dupilumab) 300 mg"),
]

LABS = [
    ("Hb 84 g/L", "Hb 84 g/L"),
    ("créat 312 µmol/L", "creatinine 312 umol/L"),
    ("HbA1c 9,1 %", "HbA1c 9.1%"),
    ("troponine hs 1 240 ng/L", "hs-troponin 1240 ng/L"),
    ("INR 3,8", "INR 3.8"),
    ("K+ 6,1 mmol/L", "K 6.1 mmol/L"),
    ("CRP 187 mg/L", "CRP 187 mg/L"),
    ("TSH 12,4 mUI/L", "TSH 12.4 mU/L"),
    ("alcoolémie 46 mmol/L", "blood alcohol 46 mmol/L"),
    ("lactate 4,2 mmol/L", "lactate 4.2 mmol/L"),
    ("plaquettes 41 x 10^9/L", "platelets 41 x 10^9/L"),
    ("FIT positif (312 ng/mL)", "positive FIT (312 ng/mL)"),
]


def dx(rng, lang, pool=None):
    i = rng.choice(pool) if pool else rng.randrange(len(DX))
    d = DX[i]
    return (d[0] if lang == "fr" else d[1]), d[2]


def proc(rng, lang):
    p = rng.choice(PROC)
    return p[0] if lang == "fr" else p[1]


def med(rng, lang):
    m = rng.choice(MEDS)
    return m[0] if lang == "fr" else m[1]


def lab(rng, lang):
    x = rng.choice(LABS)
    return x[0] if lang == "fr" else x[1]

# coherent (diagnosis, drug) bundles: fr dx, en dx, fr drug, en drug
BUNDLES = [
    ("fibrillation auriculaire", "atrial fibrillation", "apixaban (Eliquis) 5 mg BID", "Eliquis (apixaban) 5 mg BID"),
    ("embolie pulmonaire", "pulmonary embolism", "rivaroxaban (Xarelto) 15 mg BID x 21 j", "Xarelto (rivaroxaban) 15 mg BID x 21 days"),
    ("maladie de Crohn", "Crohn's disease", "Humira (adalimumab) 40 mg SC q2sem", "Humira (adalimumab) 40 mg SC every 2 weeks"),
    ("colite ulcéreuse", "ulcerative colitis", "infliximab (Remicade) 5 mg/kg IV", "Remicade (infliximab) 5 mg/kg IV"),
    ("diabète de type 2", "type 2 diabetes", "Ozempic (sémaglutide) 1 mg/sem", "Ozempic (semaglutide) 1 mg weekly"),
    ("diabète de type 1", "type 1 diabetes", "insuline glargine (Lantus) 22 U HS", "insulin glargine (Lantus) 22 units at bedtime"),
    ("cancer du poumon non à petites cellules", "non-small cell lung cancer", "Keytruda (pembrolizumab) 200 mg IV q3sem", "pembrolizumab (Keytruda) 200 mg IV q3w"),
    ("lymphome non hodgkinien", "non-Hodgkin lymphoma", "rituximab 375 mg/m2", "rituximab 375 mg/m2"),
    ("trouble lié à l'usage des opioïdes", "opioid use disorder", "Suboxone 8 mg/2 mg SL DIE", "Suboxone 8/2 mg SL daily"),
    ("insuffisance rénale chronique sous dialyse", "ESRD on hemodialysis", "époétine alfa (Eprex) 10 000 U/sem", "epoetin alfa (Eprex) 10,000 units weekly"),
    ("schizophrénie", "schizophrenia", "palipéridone (Invega Sustenna) 150 mg IM/mois", "Invega Sustenna (paliperidone) 150 mg IM monthly"),
    ("dermatite atopique sévère", "severe atopic dermatitis", "Dupixent (dupilumab) 300 mg q2sem", "Dupixent (dupilumab) 300 mg every 2 weeks"),
    ("ostéomyélite du pied diabétique", "diabetic foot osteomyelitis", "ceftriaxone 2 g IV DIE x 6 sem", "ceftriaxone 2 g IV daily x 6 weeks"),
]


def bundle(rng, lang):
    b = rng.choice(BUNDLES)
    return (b[0], b[2]) if lang == "fr" else (b[1], b[3])
