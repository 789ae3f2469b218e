"""Bilingual clinical and prehospital vocabulary (all free text is invented)."""

# (fr, en, short) — short is the terse form used on rosters and CAD notes
DX = [
    ("STEMI inférieur, ECG transmis", "inferior STEMI, ECG transmitted", "STEMI inf"),
    ("AVC ischémique probable, code AVC activé", "probable ischemic stroke, stroke code called", "code AVC"),
    ("fracture de la hanche droite après chute", "right hip fracture after a fall", "# hanche D"),
    ("MPOC exacerbée, détresse respiratoire", "COPD exacerbation, respiratory distress", "MPOC exac"),
    ("insuffisance cardiaque décompensée", "decompensated heart failure", "ICC décomp"),
    ("hypoglycémie sévère chez diabétique type 1", "severe hypoglycemia, type 1 diabetic", "hypoglyc"),
    ("sepsis d'origine urinaire", "urosepsis", "sepsis urinaire"),
    ("surdose d'opioïdes, réversée à la naloxone", "opioid overdose reversed with naloxone", "OD opioïdes"),
    ("traumatisme crânien léger sous anticoagulant", "minor head injury on anticoagulation", "TCC léger"),
    ("crise convulsive tonico-clonique, épilepsie connue", "tonic-clonic seizure, known epilepsy", "convulsions"),
    ("fibrillation auriculaire rapide", "rapid atrial fibrillation", "FA rapide"),
    ("pneumonie lobaire droite", "right lobar pneumonia", "pneumonie"),
    ("delirium sur démence d'Alzheimer", "delirium on Alzheimer dementia", "delirium"),
    ("idéations suicidaires, intoxication volontaire", "suicidal ideation, intentional ingestion", "IS / intox"),
    ("hémorragie digestive haute, méléna", "upper GI bleed, melena", "HDH"),
    ("insuffisance rénale terminale en hémodialyse", "end-stage renal disease on hemodialysis", "IRT dialyse"),
    ("grossesse 36 sem., contractions régulières", "36-week pregnancy, regular contractions", "G 36 sem"),
    ("réaction anaphylactique aux arachides", "anaphylaxis to peanuts", "anaphylaxie"),
    ("douleur thoracique, SCA sans sus-décalage", "chest pain, NSTEMI", "NSTEMI"),
    ("embolie pulmonaire confirmée au scan", "pulmonary embolism confirmed on CT", "EP"),
    ("cancer du poumon métastatique, soins palliatifs", "metastatic lung cancer, palliative care", "néo poumon pall."),
    ("schizophrénie, décompensation psychotique", "schizophrenia, psychotic decompensation", "psychose"),
    ("fracture ouverte tibia-péroné gauche", "open left tib-fib fracture", "# ouverte jambe G"),
    ("acidocétose diabétique", "diabetic ketoacidosis", "ACD"),
    ("hypothermie modérée, trouvé à l'extérieur", "moderate hypothermia, found outdoors", "hypothermie"),
    ("syncope sur bradycardie, BAV complet", "syncope with complete heart block", "BAV III"),
    ("traumatisme crânien léger, chute dans l'escalier", "minor head injury, fell down the stairs", "TCC"),
    ("bronchiolite, détresse respiratoire", "bronchiolitis, respiratory distress", "bronchiolite"),
]
CHILD_DX = [5, 9, 11, 17, 22, 23, 26, 27]
CHILD_ONLY_DX = [27]
CHILD_MEDS = [5, 8, 3, 13]

MEDS = [
    ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    ("métoprolol 25 mg BID", "metoprolol 25 mg BID"),
    ("furosémide (Lasix) 40 mg die", "furosemide (Lasix) 40 mg daily"),
    ("insuline glargine 22 U HS", "insulin glargine 22 units at bedtime"),
    ("warfarine (Coumadin) 3 mg", "warfarin (Coumadin) 3 mg"),
    ("lévétiracétam (Keppra) 500 mg BID", "levetiracetam (Keppra) 500 mg BID"),
    ("quétiapine (Seroquel) 100 mg HS", "quetiapine (Seroquel) 100 mg at bedtime"),
    ("buprénorphine-naloxone (Suboxone) 8 mg", "buprenorphine-naloxone (Suboxone) 8 mg"),
    ("salbutamol (Ventolin) 2 inh. PRN", "salbutamol (Ventolin) 2 puffs PRN"),
    ("hydromorphone (Dilaudid) 2 mg q4h PRN", "hydromorphone (Dilaudid) 2 mg q4h PRN"),
    ("atorvastatine 40 mg", "atorvastatin 40 mg"),
    ("metformine 850 mg BID", "metformin 850 mg BID"),
    ("lithium 300 mg TID", "lithium 300 mg TID"),
    ("prednisone 40 mg die x 5 j", "prednisone 40 mg daily x 5 days"),
    ("clopidogrel (Plavix) 75 mg", "clopidogrel (Plavix) 75 mg"),
]

# drugs given by paramedics on scene
FIELD_MEDS = [
    ("AAS 160 mg croqué + nitro SL 0,4 mg x2", "ASA 160 mg chewed + SL nitro 0.4 mg x2"),
    ("naloxone 0,4 mg IM puis 0,4 mg IN", "naloxone 0.4 mg IM then 0.4 mg IN"),
    ("salbutamol 5 mg + ipratropium en nébulisation", "salbutamol 5 mg + ipratropium nebulized"),
    ("épinéphrine 0,5 mg IM", "epinephrine 0.5 mg IM"),
    ("glucagon 1 mg IM", "glucagon 1 mg IM"),
    ("fentanyl 50 mcg IN", "fentanyl 50 mcg IN"),
    ("midazolam 5 mg IM", "midazolam 5 mg IM"),
    ("dextrose 10 % 250 mL IV", "D10W 250 mL IV"),
]

RESULTS = [
    ("glycémie capillaire 1,8 mmol/L", "capillary glucose 1.8 mmol/L"),
    ("glycémie 27,4 mmol/L", "glucose 27.4 mmol/L"),
    ("SpO2 84 % à l'air ambiant", "SpO2 84% on room air"),
    ("ECG 12D : sus-décalage ST en DII, DIII, aVF", "12-lead: ST elevation II, III, aVF"),
    ("troponine hs 1 240 ng/L", "hs-troponin 1240 ng/L"),
    ("INR 4,6", "INR 4.6"),
    ("lactate 4,1 mmol/L", "lactate 4.1 mmol/L"),
    ("Hb 68 g/L", "Hb 68 g/L"),
    ("EtCO2 62 mmHg", "EtCO2 62 mmHg"),
    ("TA 78/44, FC 132", "BP 78/44, HR 132"),
    ("culture d'urine positive à E. coli BLSE", "urine culture positive for ESBL E. coli"),
    ("TDM cérébral : hématome sous-dural 8 mm", "head CT: 8 mm subdural hematoma"),
    ("K+ 6,7 mmol/L", "K+ 6.7 mmol/L"),
    ("alcoolémie 38 mmol/L", "blood alcohol 38 mmol/L"),
]

SOCIAL = [
    ("vit seul(e), logement insalubre signalé", "lives alone, unsanitary housing reported"),
    ("en situation d'itinérance, hébergé(e) au refuge", "homeless, staying at the shelter"),
    ("conjoint violent au domicile, police sur place", "violent partner at home, police on scene"),
    ("prestataire d'aide sociale, sans téléphone fixe", "on income support, no landline"),
    ("sous curatelle publique", "under public curatorship"),
    ("proche aidant(e) épuisé(e), demande d'hébergement en cours", "caregiver burnout, placement request pending"),
    ("dossier actif à la DPJ", "open youth protection (DPJ) file"),
    ("expulsion du logement prévue fin du mois", "eviction scheduled at the end of the month"),
]

DESTS = ["urgence du CHU du Mont-Clair", "hémodynamie du CHU du Mont-Clair",
         "unité coronarienne de l'Hôpital régional de Rivière-aux-Saules",
         "centre de dialyse de Lac-Verdure", "Hôpital Sainte-Odile, 4e Nord", "CHSLD des Pins-Gris",
         "salle de déchocage du CHU du Mont-Clair", "unité de soins palliatifs de la Maison Le Phare"]
DESTS_EN = ["CHU du Mont-Clair emergency", "CHU du Mont-Clair cath lab",
            "coronary care unit, Rivière-aux-Saules Regional", "Lac-Verdure dialysis centre",
            "Hôpital Sainte-Odile, 4 North", "Pins-Gris long-term care", "CHU du Mont-Clair trauma bay",
            "Maison Le Phare palliative unit"]

SIGN_FR = ["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Salutations,", "Merci de votre collaboration,"]
SIGN_EN = ["Thanks,", "Thank you,", "Best,", "Regards,", "Cheers,", "Many thanks,"]

ROLES_FR = ["paramédic en soins primaires", "paramédic en soins avancés", "superviseur(e) des opérations",
            "répartiteur(trice) médical(e) d'urgence", "coordonnateur(trice) clinique",
            "agente de liaison hospitalière", "chef d'équipe, répartition"]
ROLES_EN = ["primary care paramedic", "advanced care paramedic", "operations supervisor",
            "emergency medical dispatcher", "clinical coordinator", "hospital liaison officer",
            "dispatch team lead"]
