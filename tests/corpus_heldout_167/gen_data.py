"""Static vocabulary for the oncology day-centre corpus (all invented)."""

ORG_FR = "Centre de jour d'oncologie, Hôpital régional de Val-Brûlé"
ORG_EN = "Oncology Day Centre, Val-Brûlé Regional Hospital"
ORG_SHORT = "HRVB"
DOMAIN = "hrvb.example"
CLINIC_ADDR = "2150, boul. des Laurentides, Val-Brûlé (Québec)  J0X 1A0"
CLINIC_ADDR_EN = "2150 Laurentides Blvd, Val-Brûlé, QC  J0X 1A0"
RADONC_FR = "Service de radio-oncologie, Pavillon Lamarre"
RADONC_EN = "Radiation Oncology, Lamarre Pavilion"

# Clinic and switchboard lines (never a patient's number).
CLINIC_PHONES = {
    "centre": "819-555-0120",
    "pharmacie": "819-555-0121",
    "radonc": "819-555-0122",
    "ligne_symptomes": "819-555-0123",
    "fax": "819-555-0124",
    "ipo": "819-555-0125",
    "rdv": "819-555-0126",
}

PARTNERS = {
    "gmf": ("GMF des Érables", "Érables Family Medicine Group", "gmf-erables.example"),
    "surgery": ("Hôpital Saint-Colomban, chirurgie générale", "Saint-Colomban Hospital, General Surgery", "hstcolomban.example"),
    "clsc": ("CLSC des Trois-Lacs", "Trois-Lacs CLSC", "clsc-troislacs.example"),
    "pharm1": ("Pharmacie Brassard et Lemay", "Brassard & Lemay Pharmacy", "pharmabl.example"),
    "pharm2": ("Pharmacie du Vieux-Moulin", "Vieux-Moulin Pharmacy", "vieuxmoulin-rx.example"),
    "ontario": ("Ottawa River Regional Hospital", "Ottawa River Regional Hospital", "orrh.example"),
    "insurer1": ("Boréal Vie, assurance collective", "Boreal Life Group Insurance", "borealvie.example"),
    "insurer2": ("Sun Meridian Life", "Sun Meridian Life", "sunmeridian.example"),
    "transport": ("Transport adapté Trois-Lacs", "Trois-Lacs Paratransit", "ta3lacs.example"),
    "belgium": ("Clinique universitaire Saint-Rémy (Liège)", "Saint-Rémy University Clinic (Liège)", "stremy-liege.example"),
    "france": ("Centre hospitalier de Valmont-sur-Loire", "Valmont-sur-Loire Hospital Centre", "ch-valmont.example"),
    "foundation": ("Fondation Lueur d'espoir", "Glimmer of Hope Foundation", "lueur.example"),
    "palliative": ("Maison de soins palliatifs L'Éclaircie", "L'Éclaircie Palliative Care Home", "eclaircie.example"),
    "lab": ("Laboratoire régional de pathologie", "Regional Pathology Laboratory", "labpatho-3lacs.example"),
    "cisss": ("CISSS des Trois-Lacs", "Trois-Lacs Integrated Health Centre", "cisss3lacs.example"),
    "supplier1": ("MedInfuse Canada inc.", "MedInfuse Canada Inc.", "medinfuse.example"),
    "supplier2": ("PharmaDistrib Québec", "PharmaDistrib Québec", "pharmadistrib.example"),
    "supplier3": ("Laboratoires Norvalis", "Norvalis Laboratories", "norvalis.example"),
    "conf": ("Colloque d'oncologie du Nord", "Northern Oncology Symposium", "colloque-onconord.example"),
    "univ": ("Faculté de médecine, Université de Val-Brûlé", "Faculty of Medicine, Université de Val-Brûlé", "uvb.example"),
}

# Surnames of the people holding the blind NAMs: kept out of every invented name.
NAM_SURNAMES = {
    "Wilson", "Taylor", "Lapointe", "Lessard", "Caron", "Bouchard", "Leblanc", "Gagnon",
    "Fortin", "Poirier", "Fournier", "Smith", "Simard", "Savard", "Gauthier", "Nadeau",
    "Cloutier", "Morin", "Boucher", "Girard", "Ouellet", "Brown", "Roy", "MacDonald",
    "Bélanger", "Pelletier", "Martel", "Paquette", "Thibault",
}

STAFF_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Desjardins", "Vaillancourt", "Poulin",
    "Lemieux", "Beaulieu", "Dufour", "Giroux", "Lachance", "Charbonneau", "Mercier",
    "Perreault", "Rioux", "Hébert", "Dubé", "Nguyen", "Haddad", "Okafor", "Kowalski",
    "Singh", "Chen", "Ferreira", "O'Brien", "Lindqvist", "Moreau", "Béliveau", "Champagne",
    "Dionne", "Gosselin", "Lévesque", "Proulx", "Rousseau", "Veilleux", "Bisson", "Cyr",
    "Demers", "Fontaine", "Laflamme", "Massé", "Patel", "Russo", "Schultz", "Zhang",
    "Abboud", "Kaplan", "Whitfield", "Greenberg", "Doucet", "Aubin", "Lambert", "Pagé",
    "Bourque", "Létourneau", "Harvey", "Sénécal",
]
STAFF_GIVEN_F = [
    "Nathalie", "Julie", "Mélanie", "Véronique", "Marie-Ève", "Catherine", "Stéphanie",
    "Josianne", "Amélie", "Audrey", "Émilie", "Sophie", "Valérie", "Caroline", "Kim",
    "Jennifer", "Rachel", "Megan", "Laura", "Amira", "Ana", "Karine", "Annie", "Lucie",
    "Marie-Pier", "Chloé", "Hélène",
]
STAFF_GIVEN_M = [
    "Marc-André", "François", "Jean-Philippe", "Olivier", "Mathieu", "Alexandre", "Simon",
    "Éric", "Philippe", "Daniel", "Andrew", "Jason", "Farid", "Wei", "Tomasz", "Rajesh",
    "Sébastien", "Vincent", "Maxime", "Guillaume", "Kevin", "Étienne",
]

PATIENT_SURNAMES = [
    "Arsenault", "Beauchemin", "Caouette", "Drolet", "Fiset", "Grenier", "Houle",
    "Jolicoeur", "Lafrenière", "Marcoux", "Nolet", "Paradis", "Quirion", "Rancourt",
    "Sirois", "Turcotte", "Vézina", "Whitlock", "Abernathy", "Kozak", "Mendes", "Benali",
    "Tran", "Kaur", "MacKinnon", "Fitzgerald", "Labrecque", "Gingras", "Lapierre", "Bédard",
    "Chartrand", "Desrosiers", "Émond", "Fréchette", "Guay", "Hamel", "Jutras", "Laberge",
    "Mailloux", "Normandin", "Ouimet", "Plamondon", "Racine", "Sauvé", "Tardif", "Vachon",
    "Yelle", "Zaccardelli", "O'Neill", "Hartley", "Dempsey", "Kowalczyk", "Papadopoulos",
    "Ramirez", "Ahmadi", "Diallo", "St-Onge", "Boisvert", "Corriveau", "Dallaire",
]
PATIENT_GIVEN_F = [
    "Ginette", "Lise", "Huguette", "Francine", "Micheline", "Carole", "Louise", "Suzanne",
    "Monique", "Nicole", "Pauline", "Thérèse", "Jocelyne", "Chantal", "Isabelle",
    "Annie", "Melissa", "Margaret", "Dorothy", "Linda", "Patricia", "Barbara", "Heather",
    "Fatima", "Priya", "Rosa", "Yolande", "Rita", "Colette", "Aline", "Gisèle", "Brenda",
]
PATIENT_GIVEN_M = [
    "Réjean", "Gaétan", "Jean-Guy", "Normand", "Yvon", "Denis", "Raymond", "Bernard",
    "Gérald", "Roger", "Marcel", "Benoît", "Patrick", "Stéphane", "Mathieu", "Brian",
    "Harold", "Gary", "Kenneth", "Doug", "Wayne", "Mohamed", "Giovanni", "Rénald",
    "Clément", "Ghislain", "Fernand", "Terrence", "Lucien", "Armand",
]
BELGIAN_PATIENTS = [("Van Damme", "Hilde", "F"), ("Peeters", "Luc", "M"), ("Dupuis", "Régine", "F"),
                    ("Claes", "Wim", "M"), ("Lambotte", "Anne-Sophie", "F"), ("Wouters", "Koen", "M")]
FRENCH_PATIENTS = [("Lefèvre", "Brigitte", "F"), ("Garnier", "Thierry", "M"), ("Rolland", "Nadine", "F"),
                   ("Chevalier", "Pascal", "M"), ("Marchand", "Sylviane", "F"), ("Berthier", "Alain", "M")]

CITIES_QC = [("Val-Brûlé", "J0X"), ("Saint-Aurèle", "J0T"), ("Lac-des-Huards", "J0W"),
             ("Sainte-Odile-du-Lac", "J0V"), ("Montferrand", "J8Z"), ("Rivière-aux-Saules", "J9A"),
             ("Notre-Dame-de-Bellerive", "J0X"), ("Granby-Nord", "J2J")]
CITIES_ON = [("Hawkesbury-Est", "K6A"), ("Pembrook Falls", "K8A"), ("L'Orignal-Sud", "K0B")]
STREETS_FR = ["rue des Pins", "rang Saint-Joseph", "chemin du Lac-Vert", "rue Principale",
              "avenue des Érables", "rue Notre-Dame", "montée Laurin", "rue du Moulin",
              "boul. Saint-Raymond", "rue des Cèdres", "chemin de la Grève", "rue Champlain"]
STREETS_EN = ["Maple Street", "Riverside Drive", "Hillcrest Road", "Mill Road", "Cedar Lane",
              "Main Street", "Birch Avenue", "Lakeshore Road"]

# (key, fr, en, site, regimen keys)
DIAGNOSES = [
    ("breast_her2neg", "carcinome canalaire infiltrant du sein gauche, RH+ HER2-",
     "left breast invasive ductal carcinoma, ER+/PR+ HER2-", "sein", ["ACT", "TC"]),
    ("breast_her2pos", "néoplasie du sein droit HER2+, T2N1", "right breast cancer HER2+, T2N1",
     "sein", ["TCHP", "TRAST"]),
    ("colon", "adénocarcinome du côlon sigmoïde pT3N1M0", "sigmoid colon adenocarcinoma pT3N1M0",
     "digestif", ["FOLFOX", "CAPOX"]),
    ("rectum", "adénocarcinome du rectum moyen cT3N1", "mid-rectal adenocarcinoma cT3N1",
     "digestif", ["CAPE_RT"]),
    ("pancreas", "adénocarcinome du pancréas localement avancé", "locally advanced pancreatic adenocarcinoma",
     "digestif", ["FOLFIRINOX", "GEMNAB"]),
    ("nsclc", "adénocarcinome pulmonaire LSD stade IIIA", "right upper lobe lung adenocarcinoma, stage IIIA",
     "poumon", ["CARBOPEM", "DURVA"]),
    ("sclc", "carcinome pulmonaire à petites cellules, maladie étendue", "extensive-stage small cell lung cancer",
     "poumon", ["CARBOETO"]),
    ("dlbcl", "lymphome diffus à grandes cellules B, stade III", "diffuse large B-cell lymphoma, stage III",
     "hémato", ["RCHOP"]),
    ("hodgkin", "lymphome de Hodgkin classique, stade IIA", "classical Hodgkin lymphoma, stage IIA",
     "hémato", ["ABVD"]),
    ("myeloma", "myélome multiple IgG kappa", "IgG kappa multiple myeloma", "hémato", ["DARA", "VRD"]),
    ("hn", "carcinome épidermoïde de l'oropharynx p16+", "p16-positive oropharyngeal squamous cell carcinoma",
     "ORL", ["CISRT"]),
    ("prostate", "adénocarcinome de la prostate, Gleason 4+3", "prostate adenocarcinoma, Gleason 4+3",
     "uro", ["PROSTRT"]),
    ("ovary", "carcinome séreux de haut grade de l'ovaire, FIGO IIIC", "high-grade serous ovarian carcinoma, FIGO IIIC",
     "gynéco", ["CARBOPACLI"]),
    ("bladder", "carcinome urothélial de la vessie infiltrant le muscle", "muscle-invasive urothelial bladder carcinoma",
     "uro", ["GEMCIS"]),
    ("gastric", "adénocarcinome gastrique, jonction œsogastrique", "gastro-oesophageal junction adenocarcinoma",
     "digestif", ["FLOT"]),
    ("melanoma", "mélanome métastatique BRAF non muté", "metastatic melanoma, BRAF wild-type", "peau", ["NIVOIPI"]),
    ("gbm", "glioblastome frontal droit, IDH non muté", "right frontal glioblastoma, IDH wild-type",
     "SNC", ["TMZRT"]),
]

# regimen key -> (display, drugs(generic fr, generic en), cycle days)
REGIMENS = {
    "ACT": ("AC-T (doxorubicine-cyclophosphamide puis paclitaxel)", "AC-T (doxorubicin-cyclophosphamide then paclitaxel)",
            ["doxorubicine", "cyclophosphamide", "paclitaxel"], ["doxorubicin", "cyclophosphamide", "paclitaxel"], 14),
    "TC": ("TC (docétaxel-cyclophosphamide)", "TC (docetaxel-cyclophosphamide)",
           ["docétaxel", "cyclophosphamide"], ["docetaxel", "cyclophosphamide"], 21),
    "TCHP": ("TCHP", "TCHP", ["docétaxel", "carboplatine", "trastuzumab", "pertuzumab"],
             ["docetaxel", "carboplatin", "trastuzumab", "pertuzumab"], 21),
    "TRAST": ("trastuzumab SC aux 3 sem.", "trastuzumab SC q3w", ["trastuzumab"], ["trastuzumab"], 21),
    "FOLFOX": ("FOLFOX-6m", "mFOLFOX6", ["oxaliplatine", "leucovorine", "5-FU"], ["oxaliplatin", "leucovorin", "5-FU"], 14),
    "CAPOX": ("CAPOX", "CAPOX", ["capécitabine", "oxaliplatine"], ["capecitabine", "oxaliplatin"], 21),
    "CAPE_RT": ("capécitabine concomitante à la RT", "capecitabine with concurrent RT", ["capécitabine"], ["capecitabine"], 7),
    "FOLFIRINOX": ("FOLFIRINOX modifié", "modified FOLFIRINOX", ["oxaliplatine", "irinotécan", "leucovorine", "5-FU"],
                   ["oxaliplatin", "irinotecan", "leucovorin", "5-FU"], 14),
    "GEMNAB": ("gemcitabine + nab-paclitaxel", "gemcitabine + nab-paclitaxel", ["gemcitabine", "nab-paclitaxel"],
               ["gemcitabine", "nab-paclitaxel"], 28),
    "CARBOPEM": ("carboplatine-pémétrexed-pembrolizumab", "carboplatin-pemetrexed-pembrolizumab",
                 ["carboplatine", "pémétrexed", "pembrolizumab"], ["carboplatin", "pemetrexed", "pembrolizumab"], 21),
    "DURVA": ("durvalumab de consolidation", "consolidation durvalumab", ["durvalumab"], ["durvalumab"], 28),
    "CARBOETO": ("carboplatine-étoposide-atézolizumab", "carboplatin-etoposide-atezolizumab",
                 ["carboplatine", "étoposide", "atézolizumab"], ["carboplatin", "etoposide", "atezolizumab"], 21),
    "RCHOP": ("R-CHOP-21", "R-CHOP-21", ["rituximab", "cyclophosphamide", "doxorubicine", "vincristine", "prednisone"],
              ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"], 21),
    "ABVD": ("ABVD", "ABVD", ["doxorubicine", "bléomycine", "vinblastine", "dacarbazine"],
             ["doxorubicin", "bleomycin", "vinblastine", "dacarbazine"], 14),
    "DARA": ("daratumumab SC", "daratumumab SC", ["daratumumab", "dexaméthasone"], ["daratumumab", "dexamethasone"], 28),
    "VRD": ("VRd (bortézomib-lénalidomide-dexaméthasone)", "VRd (bortezomib-lenalidomide-dexamethasone)",
            ["bortézomib", "lénalidomide", "dexaméthasone"], ["bortezomib", "lenalidomide", "dexamethasone"], 21),
    "CISRT": ("cisplatine hebdo concomitant", "weekly cisplatin with RT", ["cisplatine"], ["cisplatin"], 7),
    "PROSTRT": ("hormonothérapie + RT", "ADT + RT", ["leuprolide"], ["leuprolide"], 90),
    "CARBOPACLI": ("carboplatine-paclitaxel", "carboplatin-paclitaxel", ["carboplatine", "paclitaxel"],
                   ["carboplatin", "paclitaxel"], 21),
    "GEMCIS": ("gemcitabine-cisplatine", "gemcitabine-cisplatin", ["gemcitabine", "cisplatine"], ["gemcitabine", "cisplatin"], 21),
    "FLOT": ("FLOT", "FLOT", ["docétaxel", "oxaliplatine", "leucovorine", "5-FU"], ["docetaxel", "oxaliplatin", "leucovorin", "5-FU"], 14),
    "NIVOIPI": ("nivolumab-ipilimumab", "nivolumab-ipilimumab", ["nivolumab", "ipilimumab"], ["nivolumab", "ipilimumab"], 21),
    "TMZRT": ("témozolomide concomitant (Stupp)", "concurrent temozolomide (Stupp)", ["témozolomide"], ["temozolomide"], 42),
}

# radiotherapy prescriptions by diagnosis key
RT_PLANS = {
    "rectum": ("50,4 Gy en 28 fractions", "50.4 Gy in 28 fractions", "bassin"),
    "hn": ("70 Gy en 35 fractions", "70 Gy in 35 fractions", "oropharynx + cou bilatéral"),
    "prostate": ("60 Gy en 20 fractions", "60 Gy in 20 fractions", "prostate + VS"),
    "nsclc": ("60 Gy en 30 fractions", "60 Gy in 30 fractions", "LSD + médiastin"),
    "gbm": ("60 Gy en 30 fractions", "60 Gy in 30 fractions", "lit opératoire frontal D"),
    "breast_her2neg": ("42,5 Gy en 16 fractions", "42.5 Gy in 16 fractions", "sein G"),
    "breast_her2pos": ("40 Gy en 15 fractions", "40 Gy in 15 fractions", "sein D + aires ganglionnaires"),
    "sclc": ("30 Gy en 10 fractions", "30 Gy in 10 fractions", "ICP (irradiation crânienne)"),
}

# supportive medications: (generic_fr, generic_en, brand, typical sig fr, sig en)
SUPPORTIVE = [
    ("ondansétron", "ondansetron", "Zofran", "8 mg PO q8h PRN nausées", "8 mg PO q8h PRN nausea"),
    ("dexaméthasone", "dexamethasone", "Decadron", "4 mg PO BID x 3 jours post-chimio", "4 mg PO BID x 3 days after chemo"),
    ("olanzapine", "olanzapine", "Zyprexa", "5 mg PO HS x 4 jours", "5 mg PO HS x 4 days"),
    ("aprépitant", "aprepitant", "Emend", "125 mg J1 puis 80 mg J2-J3", "125 mg D1 then 80 mg D2-D3"),
    ("prochlorpérazine", "prochlorperazine", "Stemetil", "10 mg PO q6h PRN", "10 mg PO q6h PRN"),
    ("métoclopramide", "metoclopramide", "Maxeran", "10 mg PO TID AC PRN", "10 mg PO TID AC PRN"),
    ("lopéramide", "loperamide", "Imodium", "4 mg puis 2 mg après chaque selle liquide (max 16 mg/j)",
     "4 mg then 2 mg after each loose stool (max 16 mg/day)"),
    ("pegfilgrastim", "pegfilgrastim", "Lapelga", "6 mg SC J2", "6 mg SC on day 2"),
    ("filgrastim", "filgrastim", "Grastofil", "300 mcg SC DIE x 5 jours", "300 mcg SC daily x 5 days"),
    ("énoxaparine", "enoxaparin", "Lovenox", "1 mg/kg SC BID", "1 mg/kg SC BID"),
    ("apixaban", "apixaban", "Eliquis", "5 mg PO BID", "5 mg PO BID"),
    ("hydromorphone", "hydromorphone", "Dilaudid", "1 mg PO q4h PRN douleur", "1 mg PO q4h PRN pain"),
    ("lorazépam", "lorazepam", "Ativan", "0,5 mg SL q6h PRN", "0.5 mg SL q6h PRN"),
    ("allopurinol", "allopurinol", "Zyloprim", "300 mg PO DIE", "300 mg PO daily"),
    ("ciprofloxacine", "ciprofloxacin", "Cipro", "500 mg PO BID x 7 jours", "500 mg PO BID x 7 days"),
    ("amoxicilline-clavulanate", "amoxicillin-clavulanate", "Clavulin", "875 mg PO BID", "875 mg PO BID"),
    ("pantoprazole", "pantoprazole", "Pantoloc", "40 mg PO DIE", "40 mg PO daily"),
    ("rince-bouche magique", "magic mouthwash", "", "15 mL gargariser QID", "15 mL swish QID"),
]

# symptoms (fr, en, ctcae-ish grade text)
SYMPTOMS = [
    ("fièvre à 38,6 °C depuis ce matin", "fever 38.6 C since this morning"),
    ("diarrhée grade 2, 5-6 selles/jour", "grade 2 diarrhea, 5-6 stools/day"),
    ("mucosite grade 2, s'alimente peu", "grade 2 mucositis, eating poorly"),
    ("nausées et vomissements x 4 depuis hier", "nausea and vomiting x4 since yesterday"),
    ("neuropathie aux doigts, difficulté à boutonner", "tingling in fingers, trouble with buttons"),
    ("essoufflement à l'effort nouveau", "new shortness of breath on exertion"),
    ("douleur lombaire 7/10 malgré hydromorphone", "back pain 7/10 despite hydromorphone"),
    ("éruption acnéiforme au visage", "acneiform rash on the face"),
    ("syndrome main-pied grade 2", "grade 2 hand-foot syndrome"),
    ("frissons et fatigue importante", "rigors and marked fatigue"),
    ("mollet droit enflé et douloureux", "swollen painful right calf"),
    ("constipation depuis 5 jours", "no bowel movement for 5 days"),
]

SOCIAL_FR = [
    "vit seule dans un 3e étage sans ascenseur, fille à Montréal",
    "a perdu son emploi, demande d'aide financière de dernier recours en cours",
    "risque de perte de logement (avis d'éviction reçu), hébergé temporairement chez un ami",
    "conjoint violent selon la patiente, plan de sécurité discuté, ne pas laisser de message au domicile",
    "proche aidant épuisé, conjoint atteint de démence",
    "pas de voiture ni de réseau, n'a pas les moyens de payer le stationnement",
    "dossier DPJ ouvert pour ses deux enfants, garde partagée difficile pendant les traitements",
    "consommation d'alcool importante rapportée par la famille",
]
SOCIAL_EN = [
    "lives alone on a third floor walk-up, daughter in Montreal",
    "lost his job, applying for last-resort financial assistance",
    "at risk of losing housing (eviction notice), staying with a friend for now",
    "reports a violent partner, safety plan discussed, do not leave messages at home",
    "exhausted caregiver, spouse has dementia",
    "no car and no support network, cannot afford parking",
    "youth protection (DPJ) file open for her two kids, custody arrangements hard during treatment",
    "family reports heavy alcohol use",
]

HOSPITAL_FOOTER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné exclusivement au destinataire. "
                      "S'il vous est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur.")
HOSPITAL_FOOTER_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. "
                      "If you received it in error, please delete it and notify the sender.")

SITE_EN = {"sein": "breast", "digestif": "GI", "poumon": "lung", "hémato": "heme", "ORL": "H&N", "uro": "GU",
           "gynéco": "gyne", "peau": "skin", "SNC": "CNS"}
