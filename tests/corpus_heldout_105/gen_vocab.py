"""Step 5 - clinical and billing vocabulary (invented fee codes and messages)."""

# key, fr, en, ICD-9 style code, medication, lab (fr, en) or None
DIAGNOSES = [
    ("dm2", "diabète de type 2", "type 2 diabetes", "250", "metformine 1000 mg BID", "HbA1c 9,1 %", "HbA1c 9.1%"),
    ("hta", "hypertension artérielle", "hypertension", "401", "ramipril 10 mg DIE", "potassium 5,8 mmol/L", "potassium 5.8 mmol/L"),
    ("copd", "MPOC", "COPD", "496", "tiotropium 18 mcg inh. DIE", "VEMS 46 % de la valeur prédite", "FEV1 46% predicted"),
    ("dep", "dépression majeure", "major depression", "296", "sertraline 100 mg DIE", None, None),
    ("tag", "trouble anxieux généralisé", "generalized anxiety disorder", "300", "escitalopram 10 mg DIE", None, None),
    ("fa", "fibrillation auriculaire", "atrial fibrillation", "427", "apixaban 5 mg BID", "INR 3,9", "INR 3.9"),
    ("ic", "insuffisance cardiaque", "heart failure", "428", "furosémide 40 mg DIE", "NT-proBNP 4 210 ng/L", "NT-proBNP 4210 ng/L"),
    ("lomb", "lombalgie chronique", "chronic low back pain", "724", "prégabaline 75 mg BID", None, None),
    ("sein", "cancer du sein", "breast cancer", "174", "létrozole 2,5 mg DIE", "CA 15-3 à 62 kU/L", "CA 15-3 at 62 kU/L"),
    ("crohn", "maladie de Crohn", "Crohn's disease", "555", "adalimumab 40 mg SC aux 2 semaines", "calprotectine fécale 870 µg/g", "fecal calprotectin 870 µg/g"),
    ("par", "polyarthrite rhumatoïde", "rheumatoid arthritis", "714", "méthotrexate 20 mg SC hebdo", "CRP 64 mg/L", "CRP 64 mg/L"),
    ("hypot", "hypothyroïdie", "hypothyroidism", "244", "lévothyroxine 100 mcg DIE", "TSH 14,2 mUI/L", "TSH 14.2 mIU/L"),
    ("asth", "asthme", "asthma", "493", "budésonide-formotérol 200/6", None, None),
    ("schizo", "schizophrénie", "schizophrenia", "295", "palipéridone injectable 150 mg/mois", None, None),
    ("bip", "trouble bipolaire", "bipolar disorder", "296", "lithium 300 mg TID", "lithémie 1,4 mmol/L", "lithium level 1.4 mmol/L"),
    ("irc", "insuffisance rénale chronique stade 4", "stage 4 chronic kidney disease", "585", "darbépoétine 40 mcg/sem.", "DFGe 22 mL/min", "eGFR 22 mL/min"),
    ("vih", "infection au VIH", "HIV infection", "042", "bictégravir/emtricitabine/ténofovir DIE", "charge virale 48 copies/mL", "viral load 48 copies/mL"),
    ("vhc", "hépatite C chronique", "chronic hepatitis C", "070", "sofosbuvir/velpatasvir x 12 sem.", "ARN VHC détectable", "HCV RNA detectable"),
    ("alz", "maladie d'Alzheimer", "Alzheimer's disease", "331", "donépézil 10 mg DIE", None, None),
    ("tdah", "TDAH", "ADHD", "314", "lisdexamfétamine 30 mg DIE", None, None),
    ("apnee", "apnée obstructive du sommeil", "obstructive sleep apnea", "327", None, "IAH 38/h à la polysomnographie", "AHI 38/h on polysomnography"),
    ("psor", "psoriasis en plaques", "plaque psoriasis", "696", "ustékinumab 45 mg SC", None, None),
    ("endo", "endométriose", "endometriosis", "617", "diénogest 2 mg DIE", None, None),
    ("opio", "trouble lié à l'usage des opioïdes", "opioid use disorder", "304", "buprénorphine-naloxone 12/3 mg", "dépistage urinaire positif au fentanyl", "urine screen positive for fentanyl"),
    ("entorse", "entorse lombaire (accident de travail)", "lumbar sprain (work injury)", "847", "cyclobenzaprine 10 mg HS", None, None),
    ("fract", "fracture du poignet droit", "right wrist fracture", "813", None, None, None),
    ("colo", "cancer colorectal", "colorectal cancer", "153", "FOLFOX (chimiothérapie)", "ACE 18 µg/L", "CEA 18 µg/L"),
    ("gros", "grossesse de 11 semaines", "11-week pregnancy", "V22", "acide folique 1 mg", "bêta-hCG 48 000 UI/L", "beta-hCG 48,000 IU/L"),
    ("sep", "sclérose en plaques", "multiple sclerosis", "340", "ocrélizumab 600 mg IV aux 6 mois", None, None),
    ("anem", "anémie ferriprive", "iron-deficiency anemia", "280", "fer saccharose IV", "ferritine 6 µg/L, Hb 84 g/L", "ferritin 6 µg/L, Hb 84 g/L"),
]

# English medication wording (index 7 of each diagnosis tuple)
MED_EN = {
    "dm2": "metformin 1000 mg BID", "hta": "ramipril 10 mg daily", "copd": "tiotropium 18 mcg inhaled daily",
    "dep": "sertraline 100 mg daily", "tag": "escitalopram 10 mg daily", "fa": "apixaban 5 mg BID",
    "ic": "furosemide 40 mg daily", "lomb": "pregabalin 75 mg BID", "sein": "letrozole 2.5 mg daily",
    "crohn": "adalimumab 40 mg SC every 2 weeks", "par": "methotrexate 20 mg SC weekly",
    "hypot": "levothyroxine 100 mcg daily", "asth": "budesonide-formoterol 200/6", "schizo": "paliperidone LAI 150 mg monthly",
    "bip": "lithium 300 mg TID", "irc": "darbepoetin 40 mcg weekly", "vih": "bictegravir/emtricitabine/tenofovir daily",
    "vhc": "sofosbuvir/velpatasvir x 12 weeks", "alz": "donepezil 10 mg daily", "tdah": "lisdexamfetamine 30 mg daily",
    "psor": "ustekinumab 45 mg SC", "endo": "dienogest 2 mg daily", "opio": "buprenorphine-naloxone 12/3 mg",
    "entorse": "cyclobenzaprine 10 mg at bedtime", "colo": "FOLFOX chemotherapy", "gros": "folic acid 1 mg",
    "sep": "ocrelizumab 600 mg IV every 6 months", "anem": "IV iron sucrose",
}
DIAGNOSES = [d + (MED_EN.get(d[0]),) for d in DIAGNOSES]

# plausibility: key -> (sex or None, min age, max age)
FIT = {"gros": ("F", 16, 45), "endo": ("F", 15, 52), "sein": ("F", 28, 99), "alz": (None, 60, 110),
       "colo": (None, 40, 110), "ic": (None, 45, 110), "fa": (None, 45, 110), "irc": (None, 30, 110),
       "copd": (None, 40, 110), "dm2": (None, 25, 110), "hta": (None, 25, 110), "entorse": (None, 18, 65),
       "sep": (None, 18, 65), "par": (None, 20, 110), "lomb": (None, 18, 110), "dep": (None, 14, 110),
       "tag": (None, 12, 110), "schizo": (None, 16, 110), "bip": (None, 16, 110), "vih": (None, 16, 110),
       "vhc": (None, 18, 110), "apnee": (None, 25, 110), "opio": (None, 16, 80), "tdah": (None, 5, 50),
       "crohn": (None, 10, 110), "hypot": (None, 10, 110), "fract": (None, 5, 110)}

PROC_FIT = {"biopsie de la prostate": "M", "hystéroscopie": "F", "mammographie diagnostique": "F"}


def age(p, ref=None):
    import datetime
    ref = ref or datetime.date(2025, 1, 1)
    return ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))


def fits(d, p):
    if p is None:
        return True
    sex, lo, hi = FIT.get(d[0], (None, 0, 120))
    return (sex is None or sex == p.sex) and lo <= age(p) <= hi


def diag_for(rng, p, keys=None):
    pool = [d for d in DIAGNOSES if (keys is None or d[0] in keys) and fits(d, p)]
    if not pool:
        pool = [d for d in DIAGNOSES if fits(d, p)]
    return rng.choice(pool)


def proc_for(rng, p):
    pool = [x for x in PROCEDURES if p is None or PROC_FIT.get(x[0], p.sex) == p.sex]
    return rng.choice(pool)


def med(d, lang):
    return d[4] if lang == "fr" else d[7]


DIAG_BY_KEY = {d[0]: d for d in DIAGNOSES}


def diag(d, lang):
    return d[1] if lang == "fr" else d[2]


def lab(d, lang):
    return d[5] if lang == "fr" else d[6]


# invented fee codes: code, fr, en, amount
FEE_CODES = [
    ("00103", "Examen complet majeur", "Complete major examination", "68,40"),
    ("08875", "Visite de suivi en cabinet", "Office follow-up visit", "41,25"),
    ("08876", "Visite de suivi - patient vulnérable", "Follow-up visit - vulnerable patient", "52,10"),
    ("15804", "Intervention clinique, par période de 15 min", "Clinical intervention, per 15-min period", "33,80"),
    ("09165", "Visite à domicile", "Home visit", "97,55"),
    ("00512", "Consultation en clinique externe", "Outpatient consultation", "112,00"),
    ("06021", "Infiltration articulaire", "Joint injection", "37,15"),
    ("00641", "Thérapie de support, 30 min", "Supportive therapy, 30 min", "58,90"),
    ("19950", "Prise en charge - ouverture de dossier", "Patient enrolment - new file", "93,00"),
    ("07322", "Biopsie cutanée", "Skin biopsy", "44,60"),
    ("00977", "Suivi de grossesse", "Prenatal follow-up visit", "47,35"),
    ("08230", "Visite en CHSLD", "Long-term care facility visit", "39,90"),
    ("03615", "Électrocardiogramme - interprétation", "ECG interpretation", "12,55"),
    ("00790", "Tarif de garde en disponibilité", "On-call availability fee", "120,00"),
]

EXPLAN = [
    ("095", "NAM invalide ou carte expirée à la date du service", "Health insurance number invalid or card expired on date of service"),
    ("158", "Code de diagnostic requis pour ce code d'acte", "Diagnosis code required for this billing code"),
    ("213", "Acte incompatible avec le lieu de dispensation", "Service incompatible with the place of service"),
    ("301", "Service déjà payé à un autre professionnel", "Service already paid to another physician"),
    ("442", "Délai de facturation de 90 jours dépassé", "90-day billing deadline exceeded"),
    ("517", "Élément de contexte manquant", "Missing context element"),
    ("628", "Nombre maximal d'unités atteint pour la période", "Maximum units reached for the period"),
    ("734", "Personne non admissible à la date du service", "Person not eligible on date of service"),
    ("822", "Date de naissance ne concorde pas avec le NAM", "Birth date does not match the health insurance number"),
]

SOCIAL = [
    ("itin", "est en situation d'itinérance et n'a aucune adresse postale; ne pas envoyer d'état de compte",
     "is currently homeless with no mailing address; do not mail any statement"),
    ("aide", "est prestataire de l'aide financière de dernier recours (carnet de réclamation fourni)",
     "receives last-resort social assistance (claim booklet provided)"),
    ("dpj", "est hébergé(e) en famille d'accueil sous la protection de la jeunesse; les factures vont à l'intervenante",
     "is in foster care under youth protection; invoices go to the caseworker"),
    ("vc", "est hébergée en maison pour victimes de violence conjugale — adresse confidentielle, rien au domicile",
     "is staying in a domestic-violence shelter — confidential address, nothing to the home address"),
    ("cur", "est sous curatelle; toute facture doit être adressée au curateur",
     "is under guardianship; any invoice must be addressed to the guardian"),
    ("asile", "est demandeur(-euse) d'asile, couvert(e) par le programme fédéral temporaire, pas par la RAMQ",
     "is an asylum claimant covered by the interim federal program, not by RAMQ"),
    ("det", "sort de détention et sa carte n'a pas été renouvelée",
     "was recently released from detention and the card was not renewed"),
    ("emploi", "a perdu son emploi et ne peut pas payer les frais du formulaire d'assurance",
     "lost their job and cannot pay the insurance form fee"),
]


def social(key, lang, fem):
    s = next(x for x in SOCIAL if x[0] == key)
    txt = s[1] if lang == "fr" else s[2]
    if lang == "fr":
        txt = txt.replace("hébergé(e)", "hébergée" if fem else "hébergé").replace(
            "demandeur(-euse)", "demandeuse" if fem else "demandeur").replace("couvert(e)", "couverte" if fem else "couvert")
    return txt


PROCEDURES = [
    ("coloscopie", "colonoscopy"), ("IRM du genou", "knee MRI"), ("infiltration épidurale", "epidural injection"),
    ("échographie cardiaque", "echocardiogram"), ("biopsie de la prostate", "prostate biopsy"),
    ("cholécystectomie", "cholecystectomy"), ("polysomnographie", "sleep study"),
    ("chirurgie de la cataracte", "cataract surgery"), ("arthroscopie de l'épaule", "shoulder arthroscopy"),
    ("hystéroscopie", "hysteroscopy"), ("mammographie diagnostique", "diagnostic mammogram"),
    ("séance d'hémodialyse", "hemodialysis session"),
]

PRIVATE_SERVICES = [
    ("rapport médical pour l'assureur invalidité", "medical report for the disability insurer", "150,00"),
    ("formulaire d'attestation d'invalidité", "disability certificate form", "85,00"),
    ("note médicale pour l'employeur", "medical note for employer", "40,00"),
    ("copie du dossier médical", "copy of medical record", "35,00"),
    ("formulaire de retour progressif au travail", "graduated return-to-work form", "60,00"),
    ("rapport d'évaluation médicale (assurance automobile)", "medical evaluation report (auto insurance)", "250,00"),
]


# procedure or visit that goes with a diagnosis (fr, en)
DX_PROC = {
    "colo": ("colectomie partielle", "partial colectomy"), "crohn": ("coloscopie", "colonoscopy"),
    "anem": ("coloscopie", "colonoscopy"), "irc": ("séance d'hémodialyse", "hemodialysis session"),
    "sein": ("tumorectomie", "lumpectomy"), "apnee": ("polysomnographie", "sleep study"),
    "fract": ("réduction ouverte et fixation interne", "open reduction and internal fixation"),
    "ic": ("échographie cardiaque", "echocardiogram"), "fa": ("cardioversion électrique", "electrical cardioversion"),
    "gros": ("échographie obstétricale", "obstetric ultrasound"), "endo": ("laparoscopie diagnostique", "diagnostic laparoscopy"),
    "lomb": ("infiltration épidurale", "epidural injection"), "entorse": ("IRM lombaire", "lumbar MRI"),
    "copd": ("bronchoscopie", "bronchoscopy"), "sep": ("IRM cérébrale", "brain MRI"),
    "par": ("infiltration articulaire", "joint injection"), "psor": ("photothérapie", "phototherapy"),
    "vhc": ("élastographie hépatique", "liver elastography"), "alz": ("évaluation cognitive", "cognitive assessment"),
}
GENERIC_PROC = [("consultation en spécialité", "specialist consultation"),
                ("hospitalisation en médecine interne", "internal medicine admission"),
                ("rendez-vous de suivi", "follow-up appointment")]


def proc_for_dx(rng, d):
    return DX_PROC.get(d[0]) or rng.choice(GENERIC_PROC)
