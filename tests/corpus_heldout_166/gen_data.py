"""Static pools for the GMF corpus: organisation, staff, patients, drugs, labs.

Every person, place, phone number and domain here is invented.  Patient and
staff surname pools are disjoint, and neither contains a surname of a holder
listed in ../blind_nams.txt (those holders appear only as themselves, in
positives, with their NAM, birth date and sex).
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")


def load_nam_holders():
    """Return the list of NAM holders as dicts, in file order."""
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            holders.append({
                "surname": surname, "given": given,
                "dob": datetime.date(y, m, d), "sex": sex, "nam": nam,
            })
    return holders


# ---------------------------------------------------------------- organisation
ORG = {
    "fr": {
        "name": "GMF des Quatre-Vents",
        "short": "GMF Quatre-Vents",
        "domain": "gmf-quatrevents.example",
        "addr": "1840, boulevard des Hirondelles, bureau 200",
        "city": "Sainte-Adèle-des-Monts (Québec)  J0T 9Z9",
        "phone": "450-555-0100",
        "fax": "450-555-0199",
        "walkin": "450-555-0111",
    },
    "en": {
        "name": "Lakeshore Meadows Family Medicine Group (GMF)",
        "short": "Lakeshore Meadows GMF",
        "domain": "lakeshoremeadows-gmf.example",
        "addr": "315 Birchwood Avenue, Suite 4",
        "city": "Pointe-Haven, QC  H9Z 0Z9",
        "phone": "514-555-0120",
        "fax": "514-555-0189",
        "walkin": "514-555-0122",
    },
}

HOSPITALS = [
    ("Hôpital régional des Laurentides-Nord", "hrln.example"),
    ("Centre hospitalier de la Vallée-Blanche", "chvb.example"),
    ("Westbrook General Hospital", "westbrook-gh.example"),
    ("Hôpital Saint-Anselme-du-Lac", "hsal.example"),
]
CLSC = [("CLSC des Monts-Rouges", "clsc-montsrouges.example"),
        ("CLSC Riverside-Ouest", "clsc-riverside.example")]
PHARMACIES = [
    ("Pharmacie Lemay-Ricard", "pharmalemay.example", "450-555-0131"),
    ("Pharmacie du Carrefour Bellerive", "pharmabellerive.example", "450-555-0132"),
    ("Birchwood Pharmacy", "birchwoodpharmacy.example", "514-555-0133"),
    ("Pharmacie Nguyen & Ostiguy", "pharma-no.example", "514-555-0134"),
]
INSURERS = [
    ("Assurances Mutuelle Boréale", "mutuelleboreale.example"),
    ("Great Lakes Life Assurance", "greatlakeslife.example"),
    ("La Laurentienne Solidaire, assurance collective", "laurentienne-sol.example"),
    ("Northfield Benefits Inc.", "northfield-benefits.example"),
]
LABS = [("Laboratoire de biologie médicale du HRLN", "labo.hrln.example"),
        ("Westbrook Core Lab", "corelab.westbrook-gh.example")]
SUPPLIERS = [
    ("Fournitures médicales Dumoulin inc.", "dumoulin-med.example"),
    ("MediSource Distribution Ltd.", "medisource.example"),
    ("Bureautique Laval-Est", "bureautique-le.example"),
    ("Vaccinex Canada (distribution)", "vaccinex.example"),
]

# ---------------------------------------------------------------- staff
# (given, surname, sex, role_fr, role_en)
STAFF = [
    ("Isabelle", "Lafleur", "F", "médecin de famille", "family physician"),
    ("Mathieu", "Vézina", "M", "médecin de famille", "family physician"),
    ("Nadia", "Ferland", "F", "médecin de famille", "family physician"),
    ("Karim", "Benali", "M", "médecin de famille", "family physician"),
    ("Heather", "Morrison", "F", "family physician", "family physician"),
    ("Owen", "Sullivan", "M", "family physician", "family physician"),
    ("Chantal", "Giguère", "F", "IPS en soins de première ligne", "primary care nurse practitioner"),
    ("Marie-Ève", "Labrecque", "F", "IPSPL", "nurse practitioner (IPSPL)"),
    ("Priya", "Kaur", "F", "nurse practitioner", "nurse practitioner"),
    ("Jonathan", "Beauchemin", "M", "IPSPL", "nurse practitioner"),
    ("Valérie", "Houle", "F", "infirmière clinicienne", "clinical nurse"),
    ("Stéphanie", "Bissonnette", "F", "infirmière auxiliaire", "LPN"),
    ("Rachel", "Hughes", "F", "clinical nurse", "clinical nurse"),
    ("Annie", "Lapierre", "F", "agente administrative (accueil)", "front desk clerk"),
    ("Kevin", "Comeau", "M", "agent administratif (accueil)", "front desk clerk"),
    ("Sabrina", "Desrosiers", "F", "secrétaire médicale", "medical secretary"),
    ("Megan", "Walsh", "F", "medical secretary", "medical secretary"),
    ("Patrick", "Doyle", "M", "front desk", "front desk clerk"),
    ("Julie", "Grenier", "F", "coordonnatrice administrative", "office manager"),
    ("Daniel", "St-Pierre", "M", "directeur administratif", "administrative director"),
    ("Lucie", "Parent", "F", "pharmacienne du GMF", "GMF pharmacist"),
    ("Samuel", "Harvey", "M", "travailleur social", "social worker"),
    ("Émilie", "Blais", "F", "technicienne informatique", "IT technician"),
    ("Graham", "Lindsay", "M", "IT support", "IT support"),
    ("Josiane", "Nolin", "F", "responsable de la paie", "payroll officer"),
    ("Caroline", "Sauvé", "F", "inhalothérapeute", "respiratory therapist"),
    ("Fatima", "Rochon", "F", "nutritionniste", "dietitian"),
    ("Eric", "Paradis", "M", "responsable des installations", "facilities manager"),
    ("Nathan", "Reid", "M", "family medicine resident", "family medicine resident"),
    ("Léa", "Meunier", "F", "résidente en médecine familiale", "family medicine resident"),
]

# extra staff names used in HR / newsletters / committees (never patients)
STAFF_EXTRA = [
    ("Mélanie", "Dufresne", "F"), ("Guillaume", "Rousseau", "M"), ("Audrey", "Gilbert", "F"),
    ("Francis", "Lepage", "M"), ("Catherine", "Comtois", "F"), ("Hugo", "Painchaud", "M"),
    ("Karine", "Vaillancourt", "F"), ("Tanya", "Graham", "F"), ("Brandon", "Kerr", "M"),
    ("Noémie", "Archambault", "F"), ("Alexandre", "Beaudry", "M"), ("Yasmine", "Cherkaoui", "F"),
    ("Sophie", "Guimond", "F"), ("Derek", "Mulligan", "M"), ("Amélie", "Trottier", "F"),
]

# specialists named in directories, conferences, newsletters (never patients)
SPECIALISTS = [
    ("Dre", "Dr.", "Hélène", "Beaupré", "endocrinologie", "endocrinology", "diabète et thyroïde", "diabetes and thyroid disease"),
    ("Dr", "Dr.", "Alain", "Marcoux", "pneumologie", "respirology", "MPOC et asthme sévère", "COPD and severe asthma"),
    ("Dre", "Dr.", "Ingrid", "Solheim", "cardiologie", "cardiology", "insuffisance cardiaque", "heart failure"),
    ("Dr", "Dr.", "Victor", "Ouimet", "gastro-entérologie", "gastroenterology", "maladie de Crohn et colite", "Crohn's disease and colitis"),
    ("Dre", "Dr.", "Rebecca", "Ashworth", "psychiatrie", "psychiatry", "troubles anxieux et dépression", "anxiety and depressive disorders"),
    ("Dr", "Dr.", "Jean-Sébastien", "Pruneau", "rhumatologie", "rheumatology", "polyarthrite rhumatoïde", "rheumatoid arthritis"),
    ("Dre", "Dr.", "Aïcha", "Diallo", "néphrologie", "nephrology", "insuffisance rénale chronique", "chronic kidney disease"),
    ("Dr", "Dr.", "Colin", "Fairweather", "dermatologie", "dermatology", "psoriasis et eczéma", "psoriasis and eczema"),
]

# ---------------------------------------------------------------- patients
PAT_SURNAMES_FR = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gingras", "Dubé", "Lévesque", "Turcotte",
    "Vachon", "Proulx", "Hébert", "Lemieux", "Beaulieu", "Dion", "Lachance", "Bérubé",
    "Gosselin", "Poulin", "Mercier", "Leclerc", "Fontaine", "Charbonneau", "Rioux",
    "Michaud", "Boivin", "Laflamme", "Sirois", "Gendron", "Béliveau", "Marchand",
    "Perreault", "Cormier", "Arsenault", "Thériault", "Drouin", "Lacasse", "Bélisle",
    "Desbiens", "Larouche", "Champagne", "Gravel", "Asselin", "Caouette", "Labelle",
]
PAT_SURNAMES_EN = [
    "O'Brien", "Fitzgerald", "Murphy", "Kowalski", "Nguyen", "Haddad", "Pierre-Louis",
    "Campbell", "Stewart", "Henderson", "Fraser", "Patel", "Chen", "McKenna", "Sinclair",
    "Bellamy", "Okafor", "Rossi", "Papadopoulos", "Whitfield", "Donnelly", "Abernathy",
    "Castillo", "Kaminski", "Greer", "Holloway", "Yilmaz", "Bergstrom", "Osei", "Lindqvist",
]
GIVEN_F = ["Ginette", "Lise", "Francine", "Jocelyne", "Mireille", "Chloé", "Rosalie",
           "Maude", "Carole", "Huguette", "Nicole", "Linda", "Patricia", "Evelyn",
           "Margaret", "Olivia", "Hannah", "Grace", "Aaliyah", "Thi Lan", "Rania",
           "Kimberly", "Solange", "Monique", "Claudette", "Yvonne", "Brigitte", "Laurence"]
GIVEN_M = ["Réjean", "Gaétan", "Normand", "Benoît", "Yves", "Raymond", "Jérémie",
           "Félix", "Olivier", "Mathis", "Roger", "Fernand", "Kenneth", "Walter",
           "Ethan", "Tyler", "Dennis", "Gordon", "Samir", "Minh", "Hamza", "Trevor",
           "Ghislain", "Lucien", "Rosaire", "Simon", "Carl", "Bruno"]

STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "chemin du Lac-Vert", "rue Principale Nord",
              "avenue des Pins", "rue de la Fabrique", "montée Gagné-Ouest", "rue des Tilleuls",
              "boulevard Curé-Labelle-Sud", "rue du Ruisseau"]
STREETS_EN = ["Maple Crescent", "Elmridge Road", "Lakeview Drive", "Cedar Lane",
              "Harbour Street", "Willowdale Avenue", "Brookside Court", "Stanton Road"]
TOWNS_FR = [("Sainte-Adèle-des-Monts", "J0T 9Z1"), ("Val-des-Hérons", "J0T 9Z2"),
            ("Saint-Lin-du-Rocher", "J0R 9Z3"), ("Lac-Carillon", "J0T 9Z4")]
TOWNS_EN = [("Pointe-Haven", "H9Z 0Z1"), ("Beaconsfield-Ouest", "H9Z 0Z2"),
            ("Dorion Bay", "J7V 0Z3"), ("Hawkesbury Mills, ON", "K6A 0Z4")]

# ---------------------------------------------------------------- clinical
# chronic conditions: fr, en, meds fr, meds en, specialty fr/en, linked lab (or None)
def _c(fr, en, mfr, men, sfr, sen, lab, admit=False):
    return {"fr": fr, "en": en, "meds_fr": mfr, "meds_en": men, "spec_fr": sfr, "spec_en": sen,
            "lab": lab, "admit": admit}


CONDITIONS = [
    _c("hypertension artérielle", "hypertension", ["ramipril 10 mg die", "amlodipine 5 mg die"],
       ["ramipril 10 mg daily", "amlodipine 5 mg daily"], "néphrologie", "nephrology", "Créatinine"),
    _c("diabète de type 2", "type 2 diabetes", ["metformine 850 mg bid", "Jardiance 10 mg die"],
       ["metformin 850 mg bid", "Jardiance 10 mg daily"], "endocrinologie", "endocrinology", "HbA1c", True),
    _c("hypothyroïdie", "hypothyroidism", ["lévothyroxine (Synthroid) 88 mcg die"],
       ["levothyroxine (Synthroid) 88 mcg daily"], "endocrinologie", "endocrinology", "TSH"),
    _c("MPOC", "COPD", ["Trelegy Ellipta 1 inh die", "salbutamol 100 mcg 2 inh qid prn"],
       ["Trelegy Ellipta 1 puff daily", "salbutamol 100 mcg 2 puffs qid prn"], "pneumologie", "respirology", None, True),
    _c("fibrillation auriculaire", "atrial fibrillation", ["apixaban (Eliquis) 5 mg bid", "métoprolol 25 mg bid"],
       ["apixaban (Eliquis) 5 mg bid", "metoprolol 25 mg bid"], "cardiologie", "cardiology", "Hémoglobine", True),
    _c("trouble d'anxiété généralisée", "generalized anxiety disorder", ["escitalopram 10 mg die"],
       ["escitalopram 10 mg daily"], "psychiatrie", "psychiatry", None),
    _c("dépression majeure", "major depressive disorder", ["sertraline 100 mg die", "trazodone 50 mg hs prn"],
       ["sertraline 100 mg daily", "trazodone 50 mg at bedtime prn"], "psychiatrie", "psychiatry", None),
    _c("asthme", "asthma", ["Symbicort 200/6 1-2 inh bid"], ["Symbicort 200/6 1-2 puffs bid"],
       "pneumologie", "respirology", None),
    _c("dyslipidémie", "dyslipidemia", ["rosuvastatine 10 mg die"], ["rosuvastatin 10 mg daily"],
       "médecine interne", "internal medicine", "LDL-C"),
    _c("goutte", "gout", ["allopurinol 200 mg die", "colchicine 0,6 mg prn"], ["allopurinol 200 mg daily", "colchicine 0.6 mg prn"],
       "rhumatologie", "rheumatology", "Créatinine"),
    _c("TDAH", "ADHD", ["Vyvanse 40 mg le matin"], ["Vyvanse 40 mg every morning"], "psychiatrie", "psychiatry", None),
    _c("insuffisance cardiaque", "heart failure", ["furosémide 40 mg die", "Entresto 49/51 mg bid"],
       ["furosemide 40 mg daily", "Entresto 49/51 mg bid"], "cardiologie", "cardiology", "Potassium", True),
    _c("reflux gastro-œsophagien", "GERD", ["pantoprazole 40 mg die"], ["pantoprazole 40 mg daily"],
       "gastro-entérologie", "gastroenterology", "Hémoglobine"),
    _c("ostéoporose", "osteoporosis", ["alendronate 70 mg 1 fois/sem", "vitamine D 1000 UI die"],
       ["alendronate 70 mg once weekly", "vitamin D 1000 IU daily"], "rhumatologie", "rheumatology", None),
    _c("insuffisance rénale chronique stade 3", "chronic kidney disease stage 3", ["furosémide 20 mg die", "calcitriol 0,25 mcg die"],
       ["furosemide 20 mg daily", "calcitriol 0.25 mcg daily"], "néphrologie", "nephrology", "DFGe", True),
]

DISABILITY = [
    ("épisode dépressif majeur", "major depressive episode", "sertraline 100 mg die", "sertraline 100 mg daily"),
    ("trouble de l'adaptation avec humeur anxio-dépressive", "adjustment disorder with mixed anxiety and depressed mood",
     "escitalopram 10 mg die", "escitalopram 10 mg daily"),
    ("hernie discale L5-S1 avec sciatalgie gauche", "L5-S1 disc herniation with left sciatica", "prégabaline 75 mg bid", "pregabalin 75 mg bid"),
    ("capsulite rétractile de l'épaule droite", "right frozen shoulder", "naproxène 500 mg bid", "naproxen 500 mg bid"),
    ("épuisement professionnel", "occupational burnout", None, None),
]

# acute walk-in problems: fr, en, rx fr, rx en
ACUTE = [
    ("otite moyenne aiguë", "acute otitis media", "amoxicilline 500 mg tid x 10 j", "amoxicillin 500 mg tid x 10 d"),
    ("cellulite jambe G", "cellulitis L leg", "céphalexine 500 mg qid x 7 j", "cephalexin 500 mg qid x 7 d"),
    ("pharyngite à strepto (test rapide +)", "strep pharyngitis (rapid test +)", "pénicilline V 600 mg bid x 10 j", "penicillin V 600 mg bid x 10 d"),
    ("cystite simple", "uncomplicated cystitis", "nitrofurantoïne 100 mg bid x 5 j", "nitrofurantoin 100 mg bid x 5 d"),
    ("entorse cheville D", "R ankle sprain", "naproxène 500 mg bid prn", "naproxen 500 mg bid prn"),
    ("lombalgie aiguë", "acute low back pain", "cyclobenzaprine 10 mg hs x 5 j", "cyclobenzaprine 10 mg hs x 5 d"),
    ("zona thoracique", "thoracic shingles", "valacyclovir 1 g tid x 7 j", "valacyclovir 1 g tid x 7 d"),
    ("conjonctivite bactérienne", "bacterial conjunctivitis", "Tobradex gtt 1 qid x 7 j", "Tobradex 1 drop qid x 7 d"),
    ("pneumonie LID", "RLL pneumonia", "amoxicilline 1 g tid x 7 j", "amoxicillin 1 g tid x 7 d"),
    ("lacération main G, 4 points", "L hand laceration, 4 sutures", None, None),
    ("crise de goutte au gros orteil", "gout flare, big toe", "colchicine 0,6 mg bid x 3 j", "colchicine 0.6 mg bid x 3 d"),
    ("bronchite aiguë", "acute bronchitis", None, None),
    ("exacerbation d'asthme", "asthma exacerbation", "prednisone 40 mg die x 5 j", "prednisone 40 mg daily x 5 d"),
]

# reasons for admission in hospital census lists: fr, en, [(status fr, status en, drug?)]
ADMISSIONS = [
    ("pneumonie LID", "RLL pneumonia", [("sous antibio IV (ceftriaxone)", "on IV ceftriaxone", True), ("O2 sevré, congé prévu demain", "weaned off O2, discharge tomorrow", False)]),
    ("IC décompensée", "decompensated heart failure", [("furosémide IV, perte de 3 kg", "IV furosemide, down 3 kg", True), ("stable, congé prévu demain", "stable, discharge tomorrow", False)]),
    ("MPOC exacerbée", "COPD exacerbation", [("prednisone + nébulisations", "prednisone + nebs", True), ("attente réadaptation", "awaiting rehab", False)]),
    ("fracture hanche D opérée", "R hip fracture, post-op", [("mobilisation avec physio", "mobilizing with physio", False), ("attente CHSLD", "awaiting LTC bed", False)]),
    ("pyélonéphrite", "pyelonephritis", [("sous antibio IV (ceftriaxone)", "on IV ceftriaxone", True)]),
    ("delirium sur infection urinaire", "delirium due to UTI", [("attente évaluation gériatrique", "awaiting geriatrics consult", False), ("soins de confort", "comfort care", False)]),
    ("cellulite jambe G", "cellulitis L leg", [("céfazoline IV, amélioration", "IV cefazolin, improving", True)]),
]

# acute labs for sign-out lists
ACUTE_LABS = [("GB", "WBC", "x10^9/L", "4,0-11,0", ["16,2", "18,9", "14,7"]),
              ("CRP", "CRP", "mg/L", "<5", ["148", "96", "212"])]

# labs: (name_fr, name_en, unit, normal range, abnormal value generator key)
LABS_TESTS = [
    ("HbA1c", "HbA1c", "%", "4,0-6,0", ["8,9", "7,6", "9,4", "6,8"]),
    ("TSH", "TSH", "mUI/L", "0,35-5,0", ["7,8", "0,02", "12,4"]),
    ("Potassium", "Potassium", "mmol/L", "3,5-5,0", ["5,9", "3,1", "6,2"]),
    ("Créatinine", "Creatinine", "µmol/L", "50-98", ["142", "188", "121"]),
    ("DFGe", "eGFR", "mL/min/1,73m²", ">60", ["41", "28", "52"]),
    ("INR", "INR", "", "2,0-3,0", ["4,3", "1,4", "5,1"]),
    ("Hémoglobine", "Hemoglobin", "g/L", "120-160", ["94", "101", "88"]),
    ("Ferritine", "Ferritin", "µg/L", "30-300", ["6", "9", "11"]),
    ("LDL-C", "LDL-C", "mmol/L", "<2,0", ["4,1", "3,6"]),
    ("Vitamine B12", "Vitamin B12", "pmol/L", "150-650", ["98", "112"]),
    ("PSA", "PSA", "µg/L", "<4,0", ["7,2", "11,5"]),
    ("ALT", "ALT", "U/L", "<40", ["112", "86"]),
]


def en_num(s):
    """French decimal comma to English decimal point."""
    return s.replace(",", ".")
