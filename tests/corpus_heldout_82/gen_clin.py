"""Clinical vocabulary pools (step 5 of the generator): diagnoses, drugs, lab panels."""

DX = [
    dict(fr="insuffisance cardiaque à fraction d'éjection réduite (FEVG 30 %)",
         en="heart failure with reduced ejection fraction (LVEF 30%)", spec="cardiologie",
         meds=["bisoprolol 2,5 mg 1x/j", "sacubitril/valsartan 49/51 mg 2x/j", "furosémide 40 mg le matin",
               "spironolactone 25 mg 1x/j"],
         labs=[("NT-proBNP", "4 210", "pg/ml", "< 125"), ("Créatinine", "1,42", "mg/dl", "0,6-1,2"),
               ("Potassium", "5,3", "mmol/l", "3,5-5,1")]),
    dict(fr="pneumopathie communautaire lobaire inférieure droite", en="right lower lobe community-acquired pneumonia",
         spec="pneumologie", meds=["amoxicilline-acide clavulanique 875/125 mg 3x/j pendant 7 jours",
                                   "paracétamol 1 g max 4x/j"],
         labs=[("CRP", "187", "mg/l", "< 5"), ("Leucocytes", "15,8", "10^9/l", "4-10")]),
    dict(fr="exacerbation de BPCO (GOLD 3) sur surinfection bronchique", en="COPD exacerbation (GOLD 3)",
         spec="pneumologie", meds=["prednisolone 40 mg pendant 5 jours", "tiotropium/olodatérol 2 inhalations 1x/j",
                                   "doxycycline 100 mg 1x/j"],
         labs=[("pCO2", "52", "mmHg", "35-45"), ("pH", "7,34", "", "7,35-7,45")]),
    dict(fr="diabète de type 2 déséquilibré", en="poorly controlled type 2 diabetes", spec="endocrinologie",
         meds=["metformine 1 g 2x/j", "insuline glargine 18 UI au coucher", "empagliflozine 10 mg 1x/j"],
         labs=[("HbA1c", "9,1", "%", "< 6,5"), ("Glycémie à jeun", "212", "mg/dl", "70-100")]),
    dict(fr="fibrillation auriculaire paroxystique nouvellement diagnostiquée", en="new-onset paroxysmal atrial fibrillation",
         spec="cardiologie", meds=["apixaban 5 mg 2x/j", "bisoprolol 5 mg 1x/j"],
         labs=[("TSH", "0,02", "mUI/l", "0,27-4,2"), ("T4 libre", "31", "pmol/l", "12-22")]),
    dict(fr="AVC ischémique sylvien gauche avec aphasie résiduelle", en="left MCA ischaemic stroke with residual aphasia",
         spec="neurologie", meds=["clopidogrel 75 mg 1x/j", "atorvastatine 80 mg le soir"],
         labs=[("LDL-cholestérol", "168", "mg/dl", "< 55")]),
    dict(fr="embolie pulmonaire segmentaire bilatérale", en="bilateral segmental pulmonary embolism",
         spec="pneumologie", meds=["rivaroxaban 15 mg 2x/j pendant 21 jours puis 20 mg 1x/j"],
         labs=[("D-dimères", "2 400", "µg/l", "< 500"), ("Troponine T hs", "38", "ng/l", "< 14")]),
    dict(fr="pyélonéphrite aiguë à E. coli", en="acute pyelonephritis (E. coli)", spec="urologie",
         meds=["ciprofloxacine 500 mg 2x/j pendant 7 jours"],
         labs=[("CRP", "96", "mg/l", "< 5"), ("ECBU", "E. coli > 10^5 UFC/ml", "", "")]),
    dict(fr="insuffisance rénale chronique stade 4", en="chronic kidney disease stage 4", spec="néphrologie",
         meds=["calcium carbonate 500 mg 3x/j", "darbépoétine alfa 40 µg/semaine", "furosémide 80 mg"],
         labs=[("Créatinine", "3,1", "mg/dl", "0,6-1,2"), ("DFGe (CKD-EPI)", "19", "ml/min/1,73m²", "> 60"),
               ("Hémoglobine", "9,4", "g/dl", "12-16")]),
    dict(fr="cirrhose éthylique décompensée (Child-Pugh B8) avec ascite", en="decompensated alcoholic cirrhosis with ascites",
         spec="gastro-entérologie", meds=["spironolactone 100 mg 1x/j", "propranolol 40 mg 2x/j", "lactulose 15 ml 3x/j"],
         labs=[("Albumine", "27", "g/l", "35-52"), ("Bilirubine totale", "3,2", "mg/dl", "< 1,2"), ("INR", "1,8", "", "0,9-1,2")]),
    dict(fr="épisode dépressif majeur avec tentative de suicide médicamenteuse", en="major depressive episode after an intentional overdose",
         spec="psychiatrie", meds=["sertraline 50 mg 1x/j", "mirtazapine 15 mg au coucher"],
         labs=[("Paracétamolémie à H4", "112", "mg/l", "")]),
    dict(fr="syndrome de sevrage alcoolique compliqué de crise convulsive", en="alcohol withdrawal complicated by a seizure",
         spec="médecine interne", meds=["diazépam 10 mg selon protocole CIWA", "thiamine 300 mg 1x/j"],
         labs=[("Gamma-GT", "412", "U/l", "< 55"), ("VGM", "104", "fl", "80-98")]),
    dict(fr="adénocarcinome sigmoïdien pT3N1M0", en="sigmoid adenocarcinoma pT3N1M0", spec="oncologie",
         meds=["chimiothérapie adjuvante FOLFOX (6 mois)", "ondansétron 8 mg si nausées"],
         labs=[("ACE", "11,2", "µg/l", "< 5")]),
    dict(sex="F", fr="carcinome canalaire infiltrant du sein gauche, RH+ HER2-", en="left breast invasive ductal carcinoma, HR+ HER2-",
         spec="oncologie", meds=["létrozole 2,5 mg 1x/j", "acide zolédronique 4 mg tous les 6 mois"],
         labs=[("CA 15-3", "42", "U/ml", "< 30")]),
    dict(fr="maladie de Crohn iléo-caecale en poussée", en="ileocaecal Crohn's disease flare", spec="gastro-entérologie",
         meds=["adalimumab 40 mg SC toutes les 2 semaines", "budésonide 9 mg 1x/j"],
         labs=[("Calprotectine fécale", "860", "µg/g", "< 50"), ("CRP", "54", "mg/l", "< 5")]),
    dict(minage=55, fr="fracture du col fémoral droit opérée (prothèse intermédiaire)", en="right femoral neck fracture, hemiarthroplasty",
         spec="orthopédie", meds=["énoxaparine 40 mg SC 1x/j pendant 35 jours", "paracétamol 1 g 4x/j", "cholécalciférol 25 000 UI/mois"],
         labs=[("Hémoglobine", "9,8", "g/dl", "12-16"), ("25-OH vitamine D", "9", "ng/ml", "30-100")]),
    dict(fr="hypothyroïdie périphérique (thyroïdite de Hashimoto)", en="primary hypothyroidism (Hashimoto)",
         spec="endocrinologie", meds=["lévothyroxine 75 µg à jeun"],
         labs=[("TSH", "12,4", "mUI/l", "0,27-4,2"), ("Anticorps anti-TPO", ">600", "UI/ml", "< 34")]),
    dict(sex="F", maxage=54, fr="anémie ferriprive sur ménorragies", en="iron-deficiency anaemia due to menorrhagia", spec="médecine interne",
         meds=["carboxymaltose ferrique 1 000 mg IV en une perfusion"],
         labs=[("Hémoglobine", "8,2", "g/dl", "12-16"), ("Ferritine", "6", "µg/l", "15-150")]),
    dict(minage=60, fr="maladie d'Alzheimer au stade modéré (MMSE 17/30)", en="moderate Alzheimer's disease (MMSE 17/30)",
         spec="gériatrie", meds=["donépézil 10 mg le soir", "mémantine 20 mg 1x/j"], labs=[]),
    dict(fr="infection VIH sous trithérapie, charge virale indétectable", en="HIV infection on ART, undetectable viral load",
         spec="médecine interne", meds=["bictégravir/emtricitabine/ténofovir alafénamide 1 cp/j"],
         labs=[("CD4", "512", "/µl", "500-1500"), ("Charge virale VIH", "< 20", "copies/ml", "")]),
    dict(fr="hépatite C chronique génotype 3", en="chronic hepatitis C genotype 3", spec="gastro-entérologie",
         meds=["sofosbuvir/velpatasvir 400/100 mg 1x/j pendant 12 semaines"],
         labs=[("ARN VHC", "1,2 x 10^6", "UI/ml", ""), ("ALAT", "88", "U/l", "< 35")]),
    dict(sex="F", minage=18, maxage=44, fr="diabète gestationnel à 28 SA", en="gestational diabetes at 28 weeks", spec="endocrinologie",
         meds=["insuline asparte selon schéma", "insuline détémir 6 UI le soir"],
         labs=[("HGPO 75 g à 1 h", "198", "mg/dl", "< 180")]),
    dict(fr="schizophrénie paranoïde, décompensation après arrêt du traitement", en="paranoid schizophrenia, relapse after stopping treatment",
         spec="psychiatrie", meds=["palipéridone palmitate 100 mg IM mensuel", "olanzapine 10 mg si agitation"], labs=[]),
    dict(fr="lombosciatique L5 droite sur hernie discale L4-L5", en="right L5 sciatica from an L4-L5 disc herniation",
         spec="rhumatologie", meds=["ibuprofène 400 mg 3x/j pendant 5 jours", "tramadol 50 mg si besoin"], labs=[]),
    dict(fr="gonarthrose bilatérale évoluée", en="advanced bilateral knee osteoarthritis", spec="rhumatologie",
         meds=["paracétamol 1 g 3x/j", "diclofénac gel 2x/j"], labs=[]),
    dict(fr="épilepsie temporale gauche", en="left temporal lobe epilepsy", spec="neurologie",
         meds=["lévétiracétam 750 mg 2x/j"], labs=[("Lévétiracétamémie", "18", "mg/l", "12-46")]),
    dict(fr="mélanome du dos (Breslow 1,8 mm)", en="melanoma of the back (Breslow 1.8 mm)", spec="dermatologie",
         meds=[], labs=[("LDH", "212", "U/l", "< 250")]),
    dict(sex="M", minage=45, fr="adénocarcinome prostatique Gleason 7 (3+4)", en="prostate adenocarcinoma Gleason 7 (3+4)", spec="urologie",
         meds=["bicalutamide 50 mg 1x/j"], labs=[("PSA total", "14,6", "ng/ml", "< 4")]),
]

# Physiotherapy "pathologies E" list (Belgium) and ALD (France) examples
KINE_E = ["séquelles d'AVC avec hémiparésie", "sclérose en plaques", "polyneuropathie chronique",
          "maladie de Parkinson", "paralysie cérébrale", "amputation transfémorale"]
ALD = [("ALD 8", "diabète de type 1 et de type 2"), ("ALD 30", "tumeur maligne"), ("ALD 23", "affection psychiatrique de longue durée"),
       ("ALD 5", "insuffisance cardiaque grave"), ("ALD 19", "néphropathie chronique grave"),
       ("ALD 15", "maladie d'Alzheimer et autres démences"), ("ALD 7", "infection par le VIH")]

LAB_PANELS_FR = [
    [("Hémoglobine", "13,1", "g/dl", "12-16", ""), ("Leucocytes", "7,2", "10^9/l", "4-10", ""),
     ("Plaquettes", "98", "10^9/l", "150-400", "L"), ("CRP", "3", "mg/l", "< 5", "")],
    [("Sodium", "128", "mmol/l", "136-145", "L"), ("Potassium", "3,1", "mmol/l", "3,5-5,1", "L"),
     ("Créatinine", "1,9", "mg/dl", "0,6-1,2", "H"), ("Urée", "88", "mg/dl", "17-43", "H")],
    [("TSH", "0,05", "mUI/l", "0,27-4,2", "L"), ("T4 libre", "28", "pmol/l", "12-22", "H")],
    [("HbA1c", "8,4", "%", "< 6,5", "H"), ("Glycémie", "176", "mg/dl", "70-100", "H"),
     ("Microalbuminurie", "62", "mg/g créat.", "< 30", "H")],
    [("INR", "4,6", "", "2,0-3,0 (cible AVK)", "H"), ("TP", "14", "%", "70-120", "L")],
    [("ALAT", "312", "U/l", "< 35", "H"), ("ASAT", "265", "U/l", "< 35", "H"), ("Gamma-GT", "190", "U/l", "< 40", "H"),
     ("Bilirubine totale", "2,4", "mg/dl", "< 1,2", "H")],
    [("PSA total", "9,8", "ng/ml", "< 4", "H"), ("PSA libre/total", "9", "%", "> 25", "L")],
    [("Ferritine", "4", "µg/l", "15-150", "L"), ("Hémoglobine", "8,9", "g/dl", "12-16", "L"), ("VGM", "71", "fl", "80-98", "L")],
    [("Troponine T hs", "86", "ng/l", "< 14", "H"), ("CK", "420", "U/l", "< 170", "H")],
    [("Sérologie VIH (test combiné)", "positif, confirmé par Western blot", "", "", "H")],
    [("Beta-hCG", "1 850", "UI/l", "< 5", "H")],
    [("Lithémie", "1,6", "mmol/l", "0,6-1,0", "H"), ("Créatinine", "1,5", "mg/dl", "0,6-1,2", "H")],
]
LAB_PANELS_EN = [
    [("Haemoglobin", "8.7", "g/dL", "12-16", "L"), ("Ferritin", "5", "ug/L", "15-150", "L")],
    [("Sodium", "126", "mmol/L", "136-145", "L"), ("Creatinine", "168", "umol/L", "45-90", "H")],
    [("HbA1c", "9.3", "%", "<6.5", "H"), ("LDL-C", "4.1", "mmol/L", "<1.8", "H")],
    [("INR", "4.8", "", "2.0-3.0", "H")],
    [("TSH", "14.2", "mIU/L", "0.27-4.2", "H")],
    [("Troponin T hs", "92", "ng/L", "<14", "H"), ("NT-proBNP", "3 900", "pg/mL", "<125", "H")],
    [("ALT", "288", "U/L", "<35", "H"), ("HCV RNA", "detected, 2.1 x 10^6", "IU/mL", "", "H")],
]

INSTR_FR = ["Contrôle biologique dans 1 semaine chez le médecin traitant.",
            "Revoir en consultation dans 6 semaines avec les résultats.",
            "Consultation de contrôle dans notre service dans un mois.",
            "Merci de réévaluer le traitement lors de votre prochaine visite.",
            "Arrêt de travail jusqu'à la fin du mois, à réévaluer par le médecin traitant.",
            "Un rendez-vous de suivi lui sera communiqué par courrier.",
            ]


def pick_dx(rng, p=None, need_meds=False, ref_year=2024):
    ok = []
    for d in DX:
        if need_meds and not d["meds"]:
            continue
        if p is not None:
            age = ref_year - p["dob"].year
            if d.get("sex") and d["sex"] != p["sex"]:
                continue
            if age < d.get("minage", 16) or age > d.get("maxage", 120):
                continue
        ok.append(d)
    return rng.choice(ok)


SYMPT = {"cardiologie": ["une dyspnée d'effort progressive depuis trois semaines", "des palpitations nocturnes", "des œdèmes des membres inférieurs"],
         "pneumologie": ["une toux persistante", "une dyspnée d'aggravation récente", "une douleur thoracique pleurale"],
         "endocrinologie": ["un déséquilibre glycémique malgré le traitement", "une asthénie et une prise de poids"],
         "neurologie": ["des céphalées inhabituelles", "des épisodes de perte de connaissance brève", "un trouble de la parole transitoire"],
         "urologie": ["des brûlures mictionnelles avec fièvre", "une élévation du PSA"],
         "néphrologie": ["une dégradation de la fonction rénale", "des œdèmes et une hypertension difficile à contrôler"],
         "gastro-entérologie": ["des rectorragies intermittentes", "des douleurs abdominales et une diarrhée chronique", "une perturbation du bilan hépatique"],
         "psychiatrie": ["une aggravation de l'humeur avec idées noires", "des troubles du sommeil et une anxiété majeure"],
         "médecine interne": ["une asthénie marquée", "une perte de poids de 6 kg en deux mois"],
         "oncologie": ["une masse découverte à l'examen", "une perte de poids inexpliquée"],
         "orthopédie": ["une douleur de hanche après une chute"],
         "rhumatologie": ["des douleurs lombaires irradiant dans la jambe", "des douleurs articulaires mécaniques"],
         "gériatrie": ["des troubles de la mémoire d'aggravation progressive"],
         "dermatologie": ["une lésion pigmentée qui se modifie"]}


def short_med(x):
    import re as _re
    return _re.split(r"\s\d|\s\(", x)[0]


def en_med(x):
    for a, b in [("1x/j", "once daily"), ("2x/j", "twice daily"), ("3x/j", "three times daily"), ("4x/j", "four times daily"),
                 (" pendant ", " for "), (" jours", " days"), (" semaines", " weeks"), ("le soir", "at night"),
                 ("le matin", "in the morning"), ("au coucher", "at bedtime"), (" puis ", " then "), ("si besoin", "as needed"),
                 ("chimiothérapie adjuvante", "adjuvant chemotherapy"), (" mois", " months"), ("selon protocole", "per protocol"),
                 ("si nausées", "if nauseated"), ("à jeun", "fasting"), ("tous les", "every"), ("toutes les", "every"),
                 ("selon schéma", "per sliding scale"), ("en une perfusion", "single infusion"), ("/semaine", "/week"),
                 ("mensuel", "monthly"), ("si agitation", "if agitated"), ("max", "max"), ("UI", "IU")]:
        x = x.replace(a, b)
    import re as _re
    return _re.sub(r"(\d),(\d)", r"\1.\2", x)
