"""Clinical vocabulary for the telehealth flavour (used on both sides: positives attach it to a
patient, negatives use it without any patient)."""

CONDITIONS = [
    {"key": "ic", "fr": "insuffisance cardiaque", "en": "heart failure",
     "short_fr": "IC", "short_en": "CHF",
     "med": ["furosémide 40 mg die", "sacubitril-valsartan 49/51 mg BID", "bisoprolol 5 mg die",
             "spironolactone 25 mg die"],
     "lab": ["poids +2,3 kg en 48 h", "NT-proBNP 2 840 ng/L", "TA 98/58, FC 112", "poids 84,6 kg (+1,9 kg)"],
     "lab_en": ["weight +2.3 kg in 48 h", "NT-proBNP 2840 ng/L", "BP 98/58, HR 112", "weight 84.6 kg (+1.9 kg)"],
     "spec_fr": "cardiologie", "spec_en": "cardiology", "kit": "balance + tensiomètre", "kit_en": "scale + BP cuff"},
    {"key": "mpoc", "fr": "MPOC", "en": "COPD", "short_fr": "MPOC", "short_en": "COPD",
     "med": ["tiotropium 18 mcg die", "prednisone 40 mg x 5 jours", "salbutamol 100 mcg PRN",
             "budésonide-formotérol 200/6 BID"],
     "lab": ["SpO2 86 % au repos", "SpO2 88 %, FR 26", "SpO2 84 % à l'effort", "gaz : pCO2 58 mmHg"],
     "lab_en": ["SpO2 86% at rest", "SpO2 88%, RR 26", "SpO2 84% on exertion", "VBG pCO2 58 mmHg"],
     "spec_fr": "pneumologie", "spec_en": "respirology", "kit": "saturomètre", "kit_en": "oximeter"},
    {"key": "db2", "fr": "diabète de type 2", "en": "type 2 diabetes", "short_fr": "DB2", "short_en": "T2DM",
     "med": ["insuline glargine 22 unités HS", "metformine 850 mg BID", "empagliflozine 10 mg die",
             "gliclazide MR 60 mg die"],
     "lab": ["glycémie 18,4 mmol/L", "HbA1c 9,1 %", "glycémie 2,9 mmol/L à 3 h", "HbA1c 8,4 %"],
     "lab_en": ["glucose 18.4 mmol/L", "HbA1c 9.1%", "glucose 2.9 mmol/L at 3 a.m.", "HbA1c 8.4%"],
     "spec_fr": "endocrinologie", "spec_en": "endocrinology", "kit": "glucomètre connecté", "kit_en": "connected glucometer"},
    {"key": "hta", "fr": "hypertension artérielle", "en": "hypertension", "short_fr": "HTA", "short_en": "HTN",
     "med": ["amlodipine 10 mg die", "périndopril 8 mg die", "hydrochlorothiazide 25 mg die"],
     "lab": ["TA 182/104", "TA moyenne 168/96 sur 7 jours", "TA 176/101, céphalée"],
     "lab_en": ["BP 182/104", "7-day average BP 168/96", "BP 176/101 with headache"],
     "spec_fr": "médecine interne", "spec_en": "internal medicine", "kit": "tensiomètre Bluetooth", "kit_en": "Bluetooth BP cuff"},
    {"key": "dep", "fr": "dépression majeure", "en": "major depression", "short_fr": "TDM", "short_en": "MDD",
     "med": ["sertraline 100 mg die", "venlafaxine XR 150 mg die", "quétiapine 25 mg HS"],
     "lab": ["PHQ-9 = 19", "PHQ-9 à 22 (item 9 positif)", "GAD-7 = 16"],
     "lab_en": ["PHQ-9 = 19", "PHQ-9 of 22 (item 9 positive)", "GAD-7 = 16"],
     "spec_fr": "psychiatrie", "spec_en": "psychiatry", "kit": None},
    {"key": "mel", "fr": "lésion pigmentée suspecte (mélanome à exclure)", "en": "suspicious pigmented lesion (rule out melanoma)",
     "short_fr": "naevus atypique", "short_en": "atypical naevus",
     "med": ["aucun traitement", "hydrocortisone 1 % BID"], "lab": ["lésion 9 mm, asymétrique, 3 couleurs"],
     "lab_en": ["9 mm lesion, asymmetric, three colours"],
     "spec_fr": "dermatologie", "spec_en": "dermatology", "kit": None},
    {"key": "pso", "fr": "psoriasis en plaques", "en": "plaque psoriasis", "short_fr": "psoriasis", "short_en": "psoriasis",
     "med": ["clobétasol 0,05 % onguent", "méthotrexate 15 mg/sem", "calcipotriol-bétaméthasone gel"],
     "lab": ["PASI 14", "ALT 92 U/L sous méthotrexate"], "lab_en": ["PASI 14", "ALT 92 U/L on methotrexate"],
     "spec_fr": "dermatologie", "spec_en": "dermatology", "kit": None},
    {"key": "bcc", "fr": "carcinome basocellulaire", "en": "basal cell carcinoma", "short_fr": "CBC", "short_en": "BCC",
     "med": ["imiquimod 5 % crème"], "lab": ["biopsie : CBC nodulaire, marges atteintes"],
     "lab_en": ["biopsy: nodular BCC, margins involved"],
     "spec_fr": "dermatologie", "spec_en": "dermatology", "kit": None},
    {"key": "acv", "fr": "anticoagulation (FA)", "en": "atrial fibrillation on anticoagulation",
     "short_fr": "FA", "short_en": "AFib",
     "med": ["warfarine 5 mg die", "apixaban 5 mg BID"], "lab": ["RNI 4,2", "RNI 1,4"],
     "lab_en": ["INR 4.2", "INR 1.4"], "spec_fr": "hématologie", "spec_en": "hematology", "kit": "coagulomètre", "kit_en": "INR meter"},
    {"key": "irc", "fr": "insuffisance rénale chronique stade 4", "en": "CKD stage 4", "short_fr": "IRC", "short_en": "CKD",
     "med": ["furosémide 80 mg BID", "darbépoétine 40 mcg/sem"], "lab": ["créatinine 212 µmol/L, DFGe 24", "K+ 5,9 mmol/L"],
     "lab_en": ["creatinine 212 µmol/L, eGFR 24", "K+ 5.9 mmol/L"],
     "spec_fr": "néphrologie", "spec_en": "nephrology", "kit": "tensiomètre", "kit_en": "BP cuff"},
    {"key": "plaie", "fr": "plaie post-opératoire (PTG droite)", "en": "post-op wound (right TKA)",
     "short_fr": "plaie PTG", "short_en": "TKA wound",
     "med": ["céphalexine 500 mg QID", "hydromorphone 1 mg PRN"], "lab": ["écoulement purulent, T° 38,4"],
     "lab_en": ["purulent drainage, T 38.4"], "spec_fr": "orthopédie", "spec_en": "orthopedics", "kit": None},
    {"key": "gdm", "fr": "diabète gestationnel (31 sem.)", "en": "gestational diabetes (31 weeks)",
     "short_fr": "DG", "short_en": "GDM",
     "med": ["insuline NPH 8 unités HS"], "lab": ["glycémie à jeun 6,1 mmol/L", "glycémie 1 h post-repas 9,4"],
     "lab_en": ["fasting glucose 6.1 mmol/L", "1-h post-meal glucose 9.4"],
     "spec_fr": "obstétrique", "spec_en": "obstetrics", "kit": "glucomètre connecté", "kit_en": "connected glucometer"},
]

RPM_KEYS = ["ic", "mpoc", "db2", "hta", "acv", "irc", "gdm"]
DERM_KEYS = ["mel", "pso", "bcc"]


def cond(rng, keys=None):
    pool = [c for c in CONDITIONS if keys is None or c["key"] in keys]
    return rng.choice(pool)


def lab(rng, c, lang):
    return rng.choice(c["lab"] if lang == "fr" else c["lab_en"])


def med(rng, c, lang):
    m = rng.choice(c["med"])
    if lang == "en":
        m = (m.replace(" die", " daily").replace(" BID", " twice daily").replace(" HS", " at bedtime")
             .replace("unités", "units").replace("jours", "days").replace("mg/sem", "mg weekly")
             .replace("mcg/sem", "mcg weekly").replace(",", ".").replace("onguent", "ointment")
             .replace("crème", "cream").replace("aucun traitement", "no treatment"))
        for a, b in EN_DRUGS:
            m = m.replace(a, b)
    return m


EN_DRUGS = [("furosémide", "furosemide"), ("quétiapine", "quetiapine"), ("darbépoétine", "darbepoetin"),
            ("clobétasol", "clobetasol"), ("méthotrexate", "methotrexate"), ("céphalexine", "cephalexin"),
            ("budésonide", "budesonide"), ("formotérol", "formoterol"), ("bétaméthasone", "betamethasone"),
            ("warfarine", "warfarin"), ("metformine", "metformin"), ("insuline", "insulin"),
            ("périndopril", "perindopril"), ("empagliflozine", "empagliflozin")]


GENDER_FR = {"ic": "f", "mpoc": "f", "db2": "m", "hta": "f", "dep": "f", "mel": "f", "pso": "m", "bcc": "m",
             "acv": "f", "irc": "f", "plaie": "f", "gdm": "m"}
VOWELS = "aeiouyhéèêàâîôûAEIOUYHÉ"


def poss_fr(c):
    """'mon diabète', 'ma MPOC', 'mon insuffisance cardiaque'."""
    w = c["fr"]
    if w[0] in VOWELS:
        return "mon " + w
    return ("ma " if GENDER_FR[c["key"]] == "f" else "mon ") + w


def le_fr(word):
    return ("l'" + word) if word[0] in VOWELS else ("le " + word)
