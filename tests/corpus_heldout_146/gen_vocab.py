"""Clinical vocabulary (French-Canadian and English) used by the positive templates."""

DX_FR = ["AVC ischémique sylvien gauche", "pneumonie communautaire lobaire inférieure droite",
         "insuffisance cardiaque décompensée", "MPOC exacerbée", "fracture de la hanche droite",
         "pyélonéphrite aiguë", "délirium sur infection urinaire", "cellulite du membre inférieur gauche",
         "embolie pulmonaire segmentaire", "diabète de type 2 décompensé", "FA rapide", "pancréatite aiguë",
         "hémorragie digestive haute", "néo du côlon sigmoïde", "sclérose en plaques (poussée)",
         "trouble bipolaire, épisode maniaque", "insuffisance rénale chronique stade 4", "cirrhose alcoolique"]
DX_EN = ["left MCA ischemic stroke", "community-acquired pneumonia (RLL)", "decompensated heart failure",
         "COPD exacerbation", "right hip fracture", "acute pyelonephritis", "delirium secondary to UTI",
         "left leg cellulitis", "segmental pulmonary embolism", "uncontrolled type 2 diabetes",
         "AF with rapid ventricular response", "acute pancreatitis", "upper GI bleed", "sigmoid colon cancer",
         "multiple sclerosis relapse", "bipolar I disorder, manic episode", "CKD stage 4",
         "alcohol-related cirrhosis"]
MED_FR = ["apixaban (Eliquis) 5 mg BID", "metformine 500 mg BID", "furosémide 40 mg DIE",
          "hydromorphone 1 mg SC q4h PRN", "warfarine selon RNI", "quétiapine 50 mg HS",
          "insuline glargine 18 U HS", "pantoprazole 40 mg DIE", "lévothyroxine 75 mcg DIE",
          "méthadone 60 mg DIE", "pipéracilline-tazobactam 4,5 g IV q8h", "prednisone 40 mg x 5 jours",
          "atorvastatine 40 mg HS", "lithium 300 mg TID"]
MED_EN = ["apixaban 5 mg PO BID", "metformin 500 mg BID", "furosemide 40 mg daily", "hydromorphone 1 mg SC q4h PRN",
          "warfarin per INR", "quetiapine 50 mg qHS", "insulin glargine 18 units qHS", "pantoprazole 40 mg daily",
          "levothyroxine 75 mcg daily", "methadone 60 mg daily", "pip-tazo 4.5 g IV q8h", "prednisone 40 mg x 5 d",
          "Lipitor 40 mg qHS", "lithium carbonate 300 mg TID", "Xarelto 20 mg daily", "Ozempic 0.5 mg weekly"]
LAB_FR = ["K+ 6,2 mmol/L", "Hb 78 g/L", "créatinine 312 µmol/L", "RNI 4,1", "troponine hs 842 ng/L",
          "HbA1c 9,8 %", "glycémie 23,4 mmol/L", "Na+ 121 mmol/L", "plaquettes 38 x 10^9/L", "TSH 0,02 mU/L",
          "lactate 5,1 mmol/L", "CRP 214 mg/L", "lithémie 1,9 mmol/L", "DFGe 18 mL/min"]
LAB_EN = ["K 6.2 mmol/L", "Hgb 78 g/L", "creatinine 312 umol/L", "INR 4.1", "hs-troponin 842 ng/L",
          "HbA1c 9.8%", "glucose 23.4 mmol/L", "Na 121", "platelets 38", "TSH 0.02", "lactate 5.1",
          "CRP 214", "lithium level 1.9 mmol/L", "eGFR 18"]
