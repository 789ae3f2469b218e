# -*- coding: utf-8 -*-
"""Clinical vocabulary for the ED / trauma / toxicology flavour."""

# (problem, pending/lab, plan with drug) - French sign-out items
SIGNOUT_FR = [
    ("NSTEMI", "tropo 245 → 610 ng/L", "héparine IV, cardio avisée"),
    ("Intox. quétiapine ~2,4 g", "ECG QTc 488 ms", "monitoring jusqu'à 14 h, CAP avisé"),
    ("Pyélonéphrite + IRA", "créat 212 µmol/L", "ceftriaxone 1 g IV die, recontrôle créat 10 h"),
    ("Chute, fracture col fémoral G", "INR 1,1", "ortho demain AM, hydromorphone 0,5 mg SC PRN"),
    ("Sevrage ROH", "CIWA 18, éthanol 38 mmol/L", "diazépam selon protocole, thiamine 500 mg IV"),
    ("EP segmentaire D", "D-dimères 2,9", "apixaban 10 mg BID débuté"),
    ("Délirium ? hyponatrémie", "Na 118 mmol/L", "NS lent, natrémie q4h, éviter correction > 8"),
    ("DRS atypique", "1re tropo 9 ng/L", "2e tropo à 9 h puis congé si nég."),
    ("MPOC exacerbée", "gaz: pH 7,29 / pCO2 68", "BiPAP, prednisone 50 mg, salbutamol"),
    ("Cellulite jambe D", "GB 14,2", "céfazoline 2 g IV q8h, marquer rougeur"),
    ("Hémorragie digestive haute", "Hb 71 g/L", "pantoprazole IV, 2 CG, gastro pour gastroscopie"),
    ("Acidocétose diabétique", "glucose 31, TA gap 24", "insuline IV protocole, K+ 3,6 à recontrôler"),
    ("Idées suicidaires, intox benzo", "dépistage urinaire en cours", "garde préventive, psy à 8 h"),
    ("TCC léger post-chute (sous apixaban)", "CT tête nég.", "surveillance neuro q2h, reprise anticoag?"),
    ("Colique néphrétique G", "calcul 6 mm au CT", "kétorolac, tamsulosine, uro si fièvre"),
    ("Décompensation cardiaque", "BNP 2450", "furosémide 40 mg IV BID, bilan I/E"),
]

SIGNOUT_EN = [
    ("NSTEMI", "trop 180 → 455 ng/L", "heparin drip, cards aware"),
    ("Acetaminophen OD (~15 g)", "4 h level 1320 µmol/L", "NAC 2-bag started 03:10"),
    ("Hip fracture R", "Hb 112", "ortho AM, hydromorphone PRN"),
    ("ETOH withdrawal", "CIWA 20", "diazepam load, thiamine"),
    ("Sepsis ? biliary", "lactate 3.8", "pip-tazo, surgery consult pending"),
    ("Asthma exacerbation", "peak flow 180", "salbutamol/ipratropium, dex 16 mg"),
    ("Syncope", "ECG QTc 512", "tele, Mg/K replace"),
]

# toxicology cases: (toxin, amount, lab, recommendation, diagnosis label)
TOX_FR = [
    ("acétaminophène", "environ 18 g il y a 5 h", "acétaminophène à 4 h : 1 450 µmol/L, AST 38",
     "débuter la N-acétylcystéine (protocole 2 sacs) et répéter le dosage et les AST à la fin du 2e sac",
     "intoxication volontaire à l'acétaminophène"),
    ("lithium", "prise chronique, dose augmentée il y a 10 jours", "lithémie 3,2 mmol/L, créatinine 188 µmol/L",
     "hémodialyse recommandée; néphro à aviser; cesser le lithium", "intoxication chronique au lithium"),
    ("monoxyde de carbone", "génératrice dans le garage", "carboxyhémoglobine 27 %, troponine 64 ng/L",
     "O2 100 % au masque, discuter oxygénothérapie hyperbare vu la perte de conscience", "intoxication au CO"),
    ("méthanol", "lave-glace ingéré, quantité inconnue", "trou osmolaire 38, pH 7,18, bicarbonate 9",
     "fomépizole 15 mg/kg IV dès maintenant, hémodialyse, acide folique", "intoxication au méthanol"),
    ("amlodipine", "30 comprimés de 10 mg", "TA 78/40, glucose 14,8, lactate 5,1",
     "insuline à haute dose 1 U/kg/h avec dextrose, calcium IV, vasopresseurs au besoin",
     "intoxication aux bloqueurs calciques"),
    ("colchicine", "environ 40 comprimés de 0,6 mg", "GB 19,4, CK 890, plaquettes 142",
     "surveillance prolongée aux soins intensifs, pas d'antidote, charbon si < 1 h", "intoxication à la colchicine"),
    ("fentanyl (poudre inhalée)", "consommation de rue, xylazine suspectée",
     "dépistage urinaire : fentanyl positif, CK 1 210", "naloxone en perfusion 0,4 mg/h, soins de plaies",
     "surdose d'opioïdes"),
]

TOX_EN = [
    ("acetaminophen", "about 20 g 6 h ago", "4 h level 1 610 µmol/L, ALT 41",
     "start NAC 2-bag regimen, repeat level and ALT at end of bag 2", "intentional acetaminophen overdose"),
    ("lithium", "chronic use, recent diarrhea", "Li 2.9 mmol/L, creatinine 176",
     "hemodialysis recommended, stop lithium", "chronic lithium toxicity"),
    ("carbon monoxide", "furnace malfunction", "COHb 31 %, troponin 52 ng/L",
     "100 % O2, hyperbaric referral given syncope", "carbon monoxide poisoning"),
]

DX_FR = ["pneumonie lobaire droite", "fracture de la hanche gauche", "sepsis urinaire", "AVC ischémique",
         "embolie pulmonaire", "appendicite aiguë", "fracture du poignet droit", "syncope vasovagale",
         "crise d'asthme sévère", "hémorragie digestive haute", "entorse grave de la cheville",
         "TCC léger", "pancréatite aiguë", "pyélonéphrite", "colique néphrétique"]
MEDS_FR = ["apixaban 5 mg BID", "metformine 500 mg BID", "salbutamol 100 µg PRN", "ramipril 5 mg DIE",
           "atorvastatine 40 mg HS", "lévothyroxine 0,1 mg", "sertraline 100 mg", "quétiapine 50 mg HS",
           "hydromorphone 1 mg q4h PRN", "amoxicilline-clavulanate 875 mg BID x 7 jours",
           "céphalexine 500 mg QID x 10 jours", "naproxène 500 mg BID x 5 jours"]

TRAUMA_FR = [
    ("collision auto-moto à 80 km/h", "fracture ouverte du tibia G, pneumothorax D drainé, FAST positif (Morison)",
     "Hb 78 g/L, lactate 4,6 mmol/L", "2 culots globulaires, acide tranexamique 1 g IV"),
    ("chute d'un toit (~6 m)", "fracture instable du bassin, fracture D12, contusion pulmonaire",
     "Hb 92 g/L, lactate 3,1", "acide tranexamique 1 g, ceinture pelvienne, fentanyl 50 µg"),
    ("plaie par arme blanche thoraco-abdominale", "plaie épigastrique, hémothorax G",
     "Hb 84 g/L, INR 1,3", "drain thoracique 28 Fr, 1 CG, céfazoline 2 g"),
    ("piéton heurté par un camion", "TCC sévère (GCS 7), fracture fémur D, rate ? lacération grade III",
     "Hb 96, glucose 11,2, alcoolémie 41 mmol/L", "intubé, propofol/fentanyl, TXA 1 g"),
]
TRAUMA_EN = [
    ("rollover MVC, unrestrained", "R femur fracture, splenic laceration grade IV, R rib fractures 4-8",
     "Hb 81 g/L, lactate 5.2", "2 units PRBC, TXA 1 g, intubated"),
    ("fall from scaffolding (~5 m)", "unstable pelvic fracture, L1 burst fracture",
     "Hb 95, lactate 3.3", "pelvic binder, TXA 1 g, fentanyl"),
]
