"""Bilingual clinical vocabulary for a pain clinic and a pre-operative assessment clinic."""

PAIN_DX = [
    ("lombosciatalgie L5 droite sur hernie discale L4-L5", "right L5 radiculopathy from an L4-L5 disc herniation"),
    ("SDRC type 1 du membre supérieur gauche post-fracture du radius", "CRPS type 1, left upper limb, after a distal radius fracture"),
    ("fibromyalgie avec trouble du sommeil", "fibromyalgia with non-restorative sleep"),
    ("névralgie post-herpétique T6 gauche", "post-herpetic neuralgia, left T6"),
    ("névralgie du trijumeau V2 droite", "right V2 trigeminal neuralgia"),
    ("syndrome facettaire lombaire L4-L5 / L5-S1", "lumbar facet arthropathy L4-L5 / L5-S1"),
    ("syndrome douloureux post-laminectomie", "failed back surgery syndrome"),
    ("neuropathie diabétique douloureuse des membres inférieurs", "painful diabetic peripheral neuropathy"),
    ("céphalée cervicogénique", "cervicogenic headache"),
    ("douleur pelvienne chronique sur endométriose", "chronic pelvic pain, endometriosis"),
    ("douleur du membre fantôme post-amputation transtibiale", "phantom limb pain after below-knee amputation"),
    ("gonarthrose droite sévère, non candidat à la PTG", "severe right knee OA, not a TKA candidate"),
    ("douleur chronique post-thoracotomie", "chronic post-thoracotomy pain"),
    ("dysfonction sacro-iliaque gauche", "left sacroiliac joint dysfunction"),
    ("migraine chronique réfractaire", "refractory chronic migraine"),
]

PAIN_PROC = [
    ("bloc des branches médianes L4-L5 et L5-S1", "medial branch block L4-L5 and L5-S1"),
    ("dénervation par radiofréquence lombaire", "lumbar radiofrequency ablation"),
    ("épidurale transforaminale L5 droite", "right L5 transforaminal epidural steroid injection"),
    ("bloc du ganglion stellaire gauche", "left stellate ganglion block"),
    ("perfusion de kétamine (5 jours)", "ketamine infusion (5 days)"),
    ("essai de neurostimulation médullaire", "spinal cord stimulator trial"),
    ("bloc des nerfs géniculés sous échographie", "ultrasound-guided genicular nerve block"),
    ("infiltration sacro-iliaque gauche sous fluoroscopie", "fluoroscopic left SI joint injection"),
    ("bloc du grand nerf occipital", "greater occipital nerve block"),
    ("perfusion de lidocaïne IV", "IV lidocaine infusion"),
]

PREOP_SURG = [
    ("cholécystectomie par laparoscopie", "laparoscopic cholecystectomy"),
    ("prothèse totale de hanche droite", "right total hip arthroplasty"),
    ("prothèse totale du genou gauche", "left total knee arthroplasty"),
    ("hystérectomie totale par laparoscopie", "total laparoscopic hysterectomy"),
    ("résection transurétrale de la prostate", "transurethral resection of the prostate"),
    ("gastrectomie pariétale (sleeve)", "sleeve gastrectomy"),
    ("thyroïdectomie totale", "total thyroidectomy"),
    ("cure de hernie inguinale bilatérale", "bilateral inguinal hernia repair"),
    ("hémicolectomie droite", "right hemicolectomy"),
    ("arthrodèse lombaire L4-S1", "L4-S1 lumbar fusion"),
    ("réparation de la coiffe des rotateurs droite", "right rotator cuff repair"),
    ("néphrectomie partielle gauche", "left partial nephrectomy"),
]

COMORB = [
    ("SAHS modéré sous CPAP", "moderate OSA on CPAP"),
    ("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
    ("FA permanente anticoagulée", "permanent AF on anticoagulation"),
    ("HTA", "hypertension"),
    ("MPOC GOLD 3", "COPD GOLD 3"),
    ("insuffisance cardiaque, FEVG 35 %", "heart failure, LVEF 35%"),
    ("IRC stade 3b", "CKD stage 3b"),
    ("anémie ferriprive", "iron-deficiency anaemia"),
    ("tuteur coronarien (DES) il y a 4 mois", "drug-eluting coronary stent 4 months ago"),
    ("antécédent d'intubation difficile (Cormack 4)", "history of difficult intubation (Cormack-Lehane 4)"),
    ("hyperthermie maligne chez un frère", "malignant hyperthermia in a brother"),
    ("obésité classe III, IMC 44", "class III obesity, BMI 44"),
    ("cirrhose Child-Pugh A", "Child-Pugh A cirrhosis"),
    ("maladie de Parkinson", "Parkinson's disease"),
    ("allergie au latex (anaphylaxie)", "latex allergy (anaphylaxis)"),
]

MEDS = [
    ("prégabaline (Lyrica) 75 mg BID", "pregabalin (Lyrica) 75 mg BID"),
    ("gabapentine 300 mg TID", "gabapentin 300 mg TID"),
    ("duloxétine (Cymbalta) 60 mg DIE", "duloxetine (Cymbalta) 60 mg daily"),
    ("amitriptyline 10 mg HS", "amitriptyline 10 mg qHS"),
    ("hydromorphone (Dilaudid) 2 mg q4h PRN", "hydromorphone (Dilaudid) 2 mg q4h PRN"),
    ("OxyNEO 20 mg q12h", "OxyNEO 20 mg q12h"),
    ("buprénorphine-naloxone (Suboxone) 8 mg/2 mg SL DIE", "buprenorphine-naloxone (Suboxone) 8/2 mg SL daily"),
    ("méthadone 10 mg TID (analgésie)", "methadone 10 mg TID for analgesia"),
    ("tapentadol LP (Nucynta CR) 100 mg BID", "tapentadol ER (Nucynta CR) 100 mg BID"),
    ("nabilone 0,5 mg HS", "nabilone 0.5 mg qHS"),
    ("timbre de lidocaïne 5 %, 12 h/24", "lidocaine 5% patch, 12 h on / 12 h off"),
    ("célécoxib 200 mg DIE", "celecoxib 200 mg daily"),
    ("acétaminophène 1 g QID", "acetaminophen 1 g QID"),
    ("morphine LA (M-Eslon) 30 mg BID", "morphine SR (M-Eslon) 30 mg BID"),
    ("fentanyl timbre 25 mcg/h q72h", "fentanyl patch 25 mcg/h q72h"),
]

PREOP_MEDS = [
    ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    ("rivaroxaban (Xarelto) 20 mg DIE", "rivaroxaban (Xarelto) 20 mg daily"),
    ("warfarine (Coumadin) 4 mg DIE", "warfarin (Coumadin) 4 mg daily"),
    ("clopidogrel (Plavix) 75 mg DIE", "clopidogrel (Plavix) 75 mg daily"),
    ("metformine 1000 mg BID", "metformin 1000 mg BID"),
    ("empagliflozine (Jardiance) 25 mg DIE", "empagliflozin (Jardiance) 25 mg daily"),
    ("insuline glargine 38 U HS", "insulin glargine 38 units qHS"),
    ("sémaglutide (Ozempic) 1 mg SC q semaine", "semaglutide (Ozempic) 1 mg SC weekly"),
    ("ramipril 10 mg DIE", "ramipril 10 mg daily"),
    ("bisoprolol 5 mg DIE", "bisoprolol 5 mg daily"),
    ("lévothyroxine 100 mcg DIE", "levothyroxine 100 mcg daily"),
    ("prednisone 10 mg DIE", "prednisone 10 mg daily"),
]

# hold instructions keyed by the first word of PREOP_MEDS
HOLDS = {
    "apixaban": ("cesser 48 h avant (dernière dose J-3 au matin)", "hold 48 h before (last dose day -3 a.m.)"),
    "rivaroxaban": ("cesser 72 h avant", "hold 72 h before"),
    "warfarine": ("cesser 5 jours avant, INR la veille", "hold 5 days before, INR the day before"),
    "clopidogrel": ("NE PAS CESSER sans avis du cardiologue", "DO NOT HOLD without cardiology input"),
    "metformine": ("ne pas prendre le matin de la chirurgie", "hold the morning of surgery"),
    "empagliflozine": ("cesser 3 jours avant (risque d'acidocétose)", "hold 3 days before (euglycaemic DKA risk)"),
    "insuline": ("80 % de la dose la veille au soir", "give 80% of the dose the evening before"),
    "sémaglutide": ("cesser 1 semaine avant", "hold 1 week before"),
    "ramipril": ("ne pas prendre le matin de la chirurgie", "hold the morning of surgery"),
    "bisoprolol": ("prendre le matin avec une gorgée d'eau", "take the morning of surgery with a sip of water"),
    "lévothyroxine": ("prendre comme d'habitude", "take as usual"),
    "prednisone": ("prendre le matin; dose de stress à évaluer", "take the morning of; consider stress dose"),
}


def lab_values(rng, lang):
    """A list of (short lab string) results, abnormal ones included."""
    dec = (lambda x: str(x).replace(".", ",")) if lang == "fr" else str
    pool = [
        f"Hb {rng.choice([88, 94, 98, 103, 109, 121, 134])} g/L",
        f"plaq. {rng.choice([92, 118, 142, 213, 256])} x10^9/L" if lang == "fr" else f"plt {rng.choice([92, 118, 142, 213, 256])}",
        f"INR {dec(rng.choice([1.0, 1.1, 1.4, 2.3, 2.9]))}",
        f"créat. {rng.choice([68, 97, 142, 188, 231])} µmol/L" if lang == "fr" else f"creat {rng.choice([68, 97, 142, 188, 231])} umol/L",
        f"DFGe {rng.choice([28, 41, 57, 74, 90])}" if lang == "fr" else f"eGFR {rng.choice([28, 41, 57, 74, 90])}",
        f"K+ {dec(rng.choice([3.1, 3.9, 4.4, 5.2, 5.8]))} mmol/L",
        f"HbA1c {dec(rng.choice([6.4, 7.1, 8.4, 9.6, 10.8]))} %",
        f"glycémie {dec(rng.choice([5.8, 8.9, 11.2, 14.6]))} mmol/L" if lang == "fr" else f"glucose {rng.choice([5.8, 8.9, 11.2, 14.6])} mmol/L",
        f"NT-proBNP {rng.choice([240, 860, 1850, 3420])} ng/L",
        f"ferritine {rng.choice([6, 11, 24, 180])} µg/L" if lang == "fr" else f"ferritin {rng.choice([6, 11, 24, 180])} ug/L",
        f"TSH {dec(rng.choice([0.08, 2.1, 7.9]))} mUI/L",
        f"Na {rng.choice([128, 131, 138, 141])} mmol/L",
    ]
    rng.shuffle(pool)
    return pool[:rng.randrange(3, 6)]


def tox_screen(rng, lang):
    pos = rng.choice([("fentanyl", "fentanyl"), ("cocaïne", "cocaine"), ("THC", "THC"),
                      ("oxycodone non prescrite", "non-prescribed oxycodone"), ("benzodiazépines", "benzodiazepines")])
    neg = ("buprénorphine", "buprenorphine")
    if lang == "fr":
        return f"dépistage urinaire : positif {pos[0]}, négatif {neg[0]}"
    return f"urine drug screen: positive for {pos[1]}, negative for {neg[1]}"


SOCIAL = [
    ("vit seule, sans réseau; proche aidante épuisée", "lives alone, no support network; caregiver burnout"),
    ("en situation d'itinérance, hébergé au refuge", "currently homeless, staying at the shelter"),
    ("prestataire de l'aide sociale, pas de véhicule", "on social assistance, no car"),
    ("suivi actif par la DPJ (signalement retenu en mars)", "open youth-protection (DPJ) file since March"),
    ("victime de violence conjugale, maison d'hébergement", "intimate-partner violence, currently in a shelter"),
    ("en arrêt de travail, indemnités de remplacement du revenu", "off work, receiving income-replacement benefits"),
    ("perte de logement imminente (avis d'éviction)", "facing eviction next month"),
    ("consommation active d'opioïdes de rue; suivi au CRD", "active street-opioid use; followed at the addiction centre"),
]

SYMPTOMS = [
    ("douleur 8/10 au repos, irradiant au mollet, paresthésies du gros orteil",
     "pain 8/10 at rest radiating to the calf, paraesthesia of the big toe"),
    ("allodynie, œdème et changement de coloration de la main", "allodynia, swelling and colour change of the hand"),
    ("chocs électriques faciaux déclenchés par le brossage des dents", "electric-shock facial pain triggered by tooth brushing"),
    ("brûlures et engourdissements des pieds la nuit", "burning and numbness in both feet at night"),
    ("somnolence diurne importante depuis l'augmentation de dose", "marked daytime drowsiness since the dose increase"),
    ("nausées, constipation sévère, chute à domicile", "nausea, severe constipation, a fall at home"),
    ("dyspnée à l'effort (2 étages), orthopnée", "dyspnoea climbing 2 flights, orthopnoea"),
    ("douleur thoracique atypique la semaine dernière", "atypical chest pain last week"),
]

ASA = ["ASA II", "ASA III", "ASA III", "ASA IV"]
