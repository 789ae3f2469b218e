"""Clinical vocabulary with coherent profiles (diagnosis -> labs, drugs, imaging)."""

NEO_MEDS = [
    ("citrate de caféine 5 mg/kg die", "caffeine citrate 5 mg/kg daily"),                       # 0
    ("ampicilline 100 mg/kg q8h + gentamicine 4 mg/kg q36h", "ampicillin 100 mg/kg q8h + gentamicin 4 mg/kg q36h"),  # 1
    ("vancomycine 15 mg/kg q12h", "vancomycin 15 mg/kg q12h"),                                        # 2
    ("ibuprofène IV (NeoProfen) 10-5-5 mg/kg", "IV ibuprofen (NeoProfen) 10-5-5 mg/kg"),              # 3
    ("poractant alfa (Curosurf) 200 mg/kg", "poractant alfa (Curosurf) 200 mg/kg"),                   # 4
    ("furosémide 1 mg/kg PO bid", "furosemide 1 mg/kg PO bid"),                                       # 5
    ("sildénafil 0,5 mg/kg PO q8h", "sildenafil 0.5 mg/kg PO q8h"),                                   # 6
    ("D-Vi-Sol 400 UI die", "D-Vi-Sol 400 IU daily"),                                                 # 7
    ("sulfate ferreux (Fer-In-Sol) 3 mg/kg/j", "ferrous sulfate (Fer-In-Sol) 3 mg/kg/day"),           # 8
    ("morphine 0,04 mg/kg PO q4h en sevrage", "oral morphine 0.04 mg/kg q4h, weaning"),               # 9
    ("phénobarbital 5 mg/kg/j", "phenobarbital 5 mg/kg/day"),                                         # 10
    ("dexaméthasone (protocole DART)", "dexamethasone (DART course)"),                                # 11
    ("hydrochlorothiazide + spironolactone 1 mg/kg bid", "hydrochlorothiazide + spironolactone 1 mg/kg bid"),  # 12
    ("oméprazole 1 mg/kg die", "omeprazole 1 mg/kg daily"),                                           # 13
    ("diazoxide 5 mg/kg/j en 3 doses", "diazoxide 5 mg/kg/day in 3 doses"),                           # 14
]
PED_MEDS = [
    ("lévétiracétam (Keppra) 20 mg/kg bid", "levetiracetam (Keppra) 20 mg/kg bid"),                   # 0
    ("ceftriaxone 100 mg/kg die", "ceftriaxone 100 mg/kg daily"),                                     # 1
    ("insuline régulière 0,05 U/kg/h", "regular insulin 0.05 U/kg/h"),                                # 2
    ("salbutamol en continu 0,5 mg/kg/h", "continuous salbutamol 0.5 mg/kg/h"),                       # 3
    ("sulfate de magnésium 50 mg/kg", "magnesium sulfate 50 mg/kg"),                                  # 4
    ("milrinone 0,5 mcg/kg/min", "milrinone 0.5 mcg/kg/min"),                                         # 5
    ("N-acétylcystéine protocole 21 h", "N-acetylcysteine 21-hour protocol"),                         # 6
    ("IgIV 2 g/kg", "IVIG 2 g/kg"),                                                                   # 7
    ("dexaméthasone 0,6 mg/kg", "dexamethasone 0.6 mg/kg"),                                           # 8
    ("énoxaparine 1 mg/kg q12h", "enoxaparin 1 mg/kg q12h"),                                          # 9
    ("midazolam 2 mcg/kg/min + fentanyl 1 mcg/kg/h", "midazolam 2 mcg/kg/min + fentanyl 1 mcg/kg/h"), # 10
    ("rasburicase 0,2 mg/kg", "rasburicase 0.2 mg/kg"),                                               # 11
    ("azithromycine 10 mg/kg die", "azithromycin 10 mg/kg daily"),                                    # 12
    ("acétaminophène 15 mg/kg q6h", "acetaminophen 15 mg/kg q6h"),                                    # 13
    ("pantoprazole 1 mg/kg die", "pantoprazole 1 mg/kg daily"),                                       # 14
    ("norépinéphrine 0,1 mcg/kg/min", "norepinephrine 0.1 mcg/kg/min"),                               # 15
]
# (fr, en, range a, range b)
NEO_LABS = [
    ("bili totale {a} µmol/L (seuil photothérapie {b})", "total bili {a} umol/L (phototherapy threshold {b})", (240, 340), (220, 300)),  # 0
    ("CRP {a} mg/L, hémoculture positive à {b} h", "CRP {a} mg/L, blood culture positive at {b} h", (18, 96), (14, 40)),               # 1
    ("gaz capillaire pH 7,{a} / pCO2 {b}", "cap gas pH 7.{a} / pCO2 {b}", (12, 29), (55, 78)),                                          # 2
    ("glycémie {a},{b} mmol/L", "glucose {a}.{b} mmol/L", (1, 2), (1, 9)),                                                              # 3
    ("Hb {a} g/L, réticulocytes {b} %", "Hb {a} g/L, retics {b}%", (71, 98), (1, 6)),                                                   # 4
    ("plaquettes {a} x10^9/L, Na {b} mmol/L", "platelets {a} x10^9/L, Na {b} mmol/L", (22, 79), (124, 131)),                            # 5
    ("lactate {a},{b} mmol/L", "lactate {a}.{b} mmol/L", (4, 9), (1, 9)),                                                               # 6
    ("TSH au dépistage {a} mU/L (contrôle T4L {b} pmol/L)", "newborn screen TSH {a} mU/L (free T4 {b} pmol/L)", (38, 120), (6, 11)),    # 7
]
PED_LABS = [
    ("pH 7,{a}, HCO3 {b} mmol/L", "pH 7.{a}, HCO3 {b} mmol/L", (3, 19), (4, 9)),                                        # 0
    ("PCR VRS positive, pCO2 {a}, SpO2 {b} %", "RSV PCR positive, pCO2 {a}, SpO2 {b}%", (58, 81), (84, 91)),           # 1
    ("troponine {a} ng/L, FEVG {b} %", "troponin {a} ng/L, LVEF {b}%", (450, 2900), (25, 38)),                         # 2
    ("acétaminophène {a} µmol/L à 4 h, ALT {b}", "acetaminophen {a} umol/L at 4 h, ALT {b}", (1100, 2400), (40, 900)), # 3
    ("K {a},{b} mmol/L", "K {a}.{b} mmol/L", (6, 7), (1, 8)),                                                           # 4
    ("lactate {a},{b}, procalcitonine élevée", "lactate {a}.{b}, procalcitonin raised", (3, 8), (1, 9)),               # 5
    ("glycémie {a} mmol/L, cétones {b},2", "glucose {a} mmol/L, ketones {b}.2", (22, 38), (3, 7)),                     # 6
    ("leucocytes {a} x10^9/L, lymphocytose {b} %", "WBC {a} x10^9/L, lymphocytes {b}%", (38, 92), (60, 85)),           # 7
    ("hémoculture positive à N. meningitidis, plaquettes {a}", "blood culture N. meningitidis, platelets {a}", (18, 60), (0, 1)),  # 8
]
IMAGING = [
    ("ETF de contrôle : HIV grade II bilatérale, ventricules stables", "follow-up head US: bilateral grade II IVH, stable ventricles"),  # 0
    ("radiographie pulmonaire : opacités diffuses en verre dépoli", "CXR: diffuse ground-glass opacities"),                            # 1
    ("ASP : pneumatose intestinale, pas d'air libre", "AXR: pneumatosis intestinalis, no free air"),                                    # 2
    ("IRM cérébrale : restriction de diffusion des noyaux gris centraux", "brain MRI: restricted diffusion in the basal ganglia"),       # 3
    ("échocardiographie : canal artériel de 2,8 mm, shunt G-D", "echo: 2.8 mm PDA, left-to-right shunt"),                               # 4
    ("TDM cérébrale : hématome sous-dural frontal droit 6 mm", "head CT: 6 mm right frontal subdural haematoma"),                        # 5
    ("échographie pulmonaire : épanchement cloisonné droit", "lung US: loculated right effusion"),                                      # 6
    ("radiographie pulmonaire : pas de foyer ni d'épanchement", "CXR: no consolidation or effusion"),     # 7 normal
    ("ETF : pas d'hémorragie, ventricules de taille normale", "head US: no haemorrhage, normal ventricles"),                            # 8 normal
    ("échocardiographie : FEVG 30 %, insuffisance mitrale modérée", "echo: LVEF 30%, moderate mitral regurgitation"),                   # 9
    ("ETF : leucomalacie périventriculaire kystique bilatérale", "head US: bilateral cystic periventricular leukomalacia"),             # 10
]
NORMAL_IMG = {7, 8}

# fr, en, term?, labs, meds, imaging
NEO_DX = [
    ("syndrome de détresse respiratoire (maladie des membranes hyalines)", "respiratory distress syndrome (RDS)", False, [2], [4, 0], [1]),
    ("dysplasie bronchopulmonaire modérée", "moderate BPD", False, [2, 5], [5, 12, 6, 11, 0], [1]),
    ("entérocolite nécrosante stade IIA", "NEC stage IIA", False, [1, 5, 6], [1, 2], [2]),
    ("hémorragie intraventriculaire grade III à gauche", "left grade III IVH", False, [4, 5], [0, 10], [0]),
    ("canal artériel persistant hémodynamiquement significatif", "haemodynamically significant PDA", False, [4], [3, 5], [4]),
    ("rétinopathie du prématuré stade 2, zone II", "ROP stage 2 zone II", False, [4], [0, 8, 7], [8]),
    ("encéphalopathie hypoxique-ischémique modérée (Sarnat 2)", "moderate HIE (Sarnat stage 2)", True, [6, 2, 3], [10, 9], [3]),
    ("sepsis tardif à S. epidermidis", "late-onset sepsis, S. epidermidis", False, [1, 5], [2, 1], [7]),
    ("hyperbilirubinémie non conjuguée, incompatibilité ABO", "unconjugated hyperbilirubinaemia, ABO incompatibility", True, [0, 4], [7], []),
    ("syndrome de sevrage néonatal aux opioïdes", "neonatal opioid withdrawal syndrome", True, [3], [9, 10], []),
    ("hernie diaphragmatique congénitale gauche", "left congenital diaphragmatic hernia", True, [2, 6], [6, 9], [1]),
    ("laparoschisis, fermeture par silo", "gastroschisis, silo closure", True, [5, 1], [1, 13], [2]),
    ("trisomie 21 avec canal atrioventriculaire complet", "trisomy 21 with complete AVSD", True, [7], [5, 12], [9]),
    ("hypoglycémies néonatales persistantes", "persistent neonatal hypoglycaemia", True, [3], [14], []),
    ("apnées du prématuré", "apnoea of prematurity", False, [4], [0], [8]),
    ("leucomalacie périventriculaire kystique", "cystic periventricular leukomalacia", False, [4], [0], [10]),
    ("atrésie de l'œsophage type C opérée", "repaired type C oesophageal atresia", True, [1], [13, 1], [7]),
]
PRETERM_SECONDARY = [0, 1, 4, 5, 14, 8]
TERM_SECONDARY = [8, 13]
NEO_FILL_MEDS = [7, 8]

# fr, en, (age min, age max in years), labs, meds, imaging
PED_DX = [
    ("bronchiolite à VRS avec insuffisance respiratoire", "RSV bronchiolitis with respiratory failure", (0.1, 1.5), [1], [10], [1]),
    ("état de mal épileptique", "status epilepticus", (0.5, 16), [5, 4], [0, 10], [3]),
    ("acidocétose diabétique inaugurale", "new-onset diabetic ketoacidosis", (3, 17), [6, 0, 4], [2], []),
    ("choc septique à méningocoque", "meningococcal septic shock", (0.5, 17), [8, 5], [1, 15], []),
    ("traumatisme craniocérébral sévère (chute de VTT)", "severe traumatic brain injury (ATV fall)", (7, 17), [5], [10, 15], [5]),
    ("myocardite aiguë", "acute myocarditis", (1, 17), [2], [5, 7], [9]),
    ("pneumonie compliquée d'empyème", "pneumonia with empyema", (1, 12), [5], [1, 13], [6, 1]),
    ("asthme aigu sévère", "status asthmaticus", (3, 17), [0], [3, 4, 8], [7]),
    ("intoxication volontaire à l'acétaminophène", "intentional acetaminophen overdose", (12, 17.5), [3], [6], []),
    ("syndrome inflammatoire multisystémique pédiatrique", "MIS-C", (2, 15), [2, 5], [7, 9], [9]),
    ("post-opératoire de Fontan", "post-Fontan completion", (2, 6), [5], [5, 9], [6]),
    ("laryngotrachéite sévère", "severe croup", (0.5, 5), [0], [8], [7]),
    ("quasi-noyade", "near-drowning", (1, 12), [0, 5], [10], [1]),
    ("coqueluche maligne", "malignant pertussis", (0.1, 0.5), [7], [12], [1]),
    ("leucémie aiguë lymphoblastique, syndrome de lyse", "ALL with tumour lysis syndrome", (2, 17), [4], [11], []),
]
PED_SECONDARY = [
    ("insuffisance rénale aiguë", "acute kidney injury"),
    ("syndrome de détresse respiratoire aiguë", "ARDS"),
    ("délirium", "delirium"),
    ("pneumonie acquise sous ventilation", "ventilator-associated pneumonia"),
    ("dysfonction hépatique", "liver dysfunction"),
]
PED_FILL_MEDS = [13, 14]

APPTS = [
    ("examen du fond d'œil (dépistage RP)", "ROP eye exam"),
    ("IRM cérébrale sous sédation", "brain MRI under sedation"),
    ("clinique de suivi néonatal (CSN)", "neonatal follow-up clinic"),
    ("potentiels évoqués auditifs (PEATC)", "ABR hearing test"),
    ("échocardiographie de contrôle", "follow-up echocardiogram"),
    ("consultation en chirurgie pédiatrique", "paediatric surgery consult"),
    ("évaluation en neurologie", "neurology assessment"),
    ("clinique de bronchodysplasie", "BPD clinic"),
]
SOCIAL = [
    ("mère monoparentale, prestataire de l'aide sociale", "single mother on social assistance"),
    ("famille sans logement stable depuis l'automne", "family without stable housing since the fall"),
    ("suivi DPJ actif (négligence), visites supervisées", "open youth protection file (neglect), supervised visits"),
    ("contexte de violence conjugale, père non autorisé au chevet", "intimate partner violence, father not allowed at bedside"),
    ("parents demandeurs d'asile, sans couverture provinciale pour l'instant", "parents are asylum claimants, no provincial coverage yet"),
    ("mère en hébergement en centre de réadaptation (dépendances)", "mother living in an addiction rehab centre"),
    ("père incarcéré, mère seule avec trois enfants à la maison", "father incarcerated, mother alone with three children at home"),
]
