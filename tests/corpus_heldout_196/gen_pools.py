"""Data pools for the synthetic corpus: invented people, places and clinical content.

Flavour: interpreters and Indigenous patient navigation services of an invented
regional health and social services centre.  Every person, place and number here
is invented.
"""

ORG_FR = "CSSS de la Baie-Verte"
ORG_EN = "Baie-Verte Health and Social Services Centre"
SERVICE_FR = "Service d'interprétariat et de navigation pour patients autochtones (SINPA)"
SERVICE_EN = "Interpreter and Indigenous Patient Navigation Service (IIPNS)"
HOSP_FR = "Hôpital régional de Pointe-Aurore"
HOSP_EN = "Pointe-Aurore Regional Hospital"
DOM = "csss-baieverte.example"
HOSP_ADDR = "1250, boulevard des Goélands, Pointe-Aurore (Québec) G0G 9Z1"
HOSP_ADDR_EN = "1250 Goélands Boulevard, Pointe-Aurore, QC G0G 9Z1"

# Boarding homes, community clinics and partners (all invented)
HOMES = [
    ("Maison Tasialuk", "maisontasialuk.example", "44, rue du Quai, Pointe-Aurore"),
    ("Pavillon Kawapit", "pavillonkawapit.example", "310, avenue Mercier, Pointe-Aurore"),
]
COMMUNITIES = [
    # name, language, clinic name fr, clinic name en, domain, province
    ("Tasialuk", "inuktitut", "Centre de santé Tasialuk", "Tasialuk Health Centre", "tasialuk-sante.example", "QC"),
    ("Ukiivik", "inuktitut", "Dispensaire d'Ukiivik", "Ukiivik Nursing Station", "ukiivik-health.example", "QC"),
    ("Qirniq", "inuktitut", "Centre de santé Qirniq", "Qirniq Health Centre", "qirniq-sante.example", "QC"),
    ("Opiskau", "cri", "Clinique communautaire d'Opiskau", "Opiskau Community Clinic", "opiskau-clinic.example", "QC"),
    ("Wapanish Lake", "cri", "Clinique de Wapanish Lake", "Wapanish Lake Clinic", "wapanish-clinic.example", "QC"),
    ("Kanatakuan", "innu", "Centre de santé Kanatakuan", "Kanatakuan Health Centre", "kanatakuan-sante.example", "QC"),
    ("Kokotciwin", "atikamekw", "Centre de santé Kokotciwin", "Kokotciwin Health Centre", "kokotciwin.example", "QC"),
    ("Kawapit Lake", "oji-cri", "Poste de soins infirmiers de Kawapit Lake", "Kawapit Lake Nursing Station", "kawapit-ns.example", "ON"),
    ("Minisiwin Lake", "cri (moskégon)", "Poste de soins de Minisiwin Lake", "Minisiwin Lake Nursing Station", "minisiwin-ns.example", "ON"),
]
LANG_EN = {"inuktitut": "Inuktitut", "cri": "Cree (East Cree)", "innu": "Innu-aimun",
           "atikamekw": "Atikamekw", "oji-cri": "Oji-Cree", "cri (moskégon)": "Swampy Cree",
           "naskapi": "Naskapi"}
LANG_FR = {"inuktitut": "inuktitut", "cri": "cri de l'Est", "innu": "innu-aimun",
           "atikamekw": "atikamekw nehiromowin", "oji-cri": "oji-cri", "cri (moskégon)": "cri moskégon",
           "naskapi": "naskapi"}

PHARMACY = ("Pharmacie Lemieux-Drouin", "pharm-lemieuxdrouin.example", "418-555-0163")
AGENCY = ("Langues du Nord inc.", "languesdunord.example")
CARRIER = ("Air Boréal Nolisé", "airboreal.example")
ON_HOSP = ("Northshore General Hospital", "northshore-gh.example")
BE_MUT = ("Mutualité Saint-Ambroise", "mut-stambroise.example")
FR_CAISSE = ("Caisse primaire d'assurance maladie de l'Orne-Sud", "cpam-ornesud.example")
INSURER = ("Assurances Laurentides-Nord", "assur-laurentidesnord.example")
SOCIAL_OFFICE_FR = ("Bureau régional de l'aide financière de dernier recours", "aide-financiere.example")
SOCIAL_OFFICE_EN = ("Ontario Works – Northshore District Office", "ow-northshore.example")
PERSONAL_DOMAINS = ["courriel.example", "nordmail.example", "toundra.example"]

# Patient names (surnames deliberately distinct from the NAM holder list)
PAT_GIVEN_F = ["Annie", "Elisapie", "Lizzie", "Maryann", "Stella", "Charlotte", "Réjeanne", "Francine",
               "Aurélie", "Destiny", "Marie-Hélène", "Rolande", "Qumaq", "Louisa", "Bertha", "Evie",
               "Maggie", "Jeannette", "Nellie", "Shirley", "Mina", "Adamie-Rose", "Céline", "Kayla"]
PAT_GIVEN_M = ["Jaaji", "Paulusi", "Lucassie", "Clifford", "Gordon", "Bertie", "Jean-Guy", "Yvon",
               "Ghislain", "Brandon", "Jayden", "Willie", "Tomasi", "Eddie", "Norman", "Réal",
               "Harry", "Elijah", "Noah", "Simeonie", "Raymond", "Dany", "Kevin", "Isaac"]
PAT_SURNAMES = ["Tulugak", "Qisiiq", "Ittukallak", "Aullaqi", "Nuvaliq", "Sanguya", "Uqaittuk", "Kanguq",
                "Mianscum", "Wapistan", "Matoush", "Bosum", "Neeposh", "Petawabano", "Tshernish", "Pien",
                "Vollant", "Awashish", "Petiquay", "Moar", "Kakkinik", "Iqaluk", "Saunders-Kitty",
                "Nakoochee", "Sutherland", "Koostachin", "Wesley", "Hunter-Loon", "St-Onge", "Jérôme",
                "Ouimet", "Lachance", "Vachon", "Rivard", "Desjarlais", "Papatie", "Mollen", "Kitchen"]

# Staff (surnames distinct from patient pool and NAM list)
STAFF = {
    "interp": [("Lucy", "Angutiguluk", "F", "inuktitut"), ("Jaanimmarik", "Okpik", "F", "inuktitut"),
               ("Sammy", "Nappatuk", "M", "inuktitut"), ("Doris", "Whiskeychan", "F", "cri"),
               ("Roderick", "Snowboy", "M", "cri"), ("Évelyne", "Manikanet", "F", "innu"),
               ("Josué", "Niquay", "M", "atikamekw"), ("Wilma", "Beardy", "F", "oji-cri"),
               ("Agnès", "Mckenzie-Uapistan", "F", "innu"), ("Gerald", "Mukash", "M", "cri")],
    "nav": [("Rosalie", "Tshakapesh", "F"), ("Kevin", "Etapp", "M"), ("Minnie", "Qalingo", "F"),
            ("Priscilla", "Georgekish", "F"), ("Daniel", "Ottereyes", "M")],
    "nurse": [("Isabelle", "Thériault", "F"), ("Karine", "Dufresne-Audet", "F"), ("Mathieu", "Lanctôt", "M"),
              ("Heather", "McLeod", "F"), ("Jonathan", "Breton", "M"), ("Sophie", "Vaillancourt", "F"),
              ("Ashley", "Kirkness", "F")],
    "md": [("Étienne", "Valois", "M", "néphrologie", "nephrology"),
           ("Mélissa", "Chartrand", "F", "obstétrique-gynécologie", "obstetrics and gynecology"),
           ("Ahmed", "Benali", "M", "pneumologie", "respirology"),
           ("Chidi", "Okafor", "M", "oncologie", "oncology"),
           ("Julie", "Hsu", "F", "pédiatrie", "paediatrics"),
           ("François", "Duquette", "M", "médecine familiale", "family medicine"),
           ("Nadia", "Rahmani", "F", "médecine interne", "internal medicine"),
           ("Simon", "Archambault", "M", "orthopédie", "orthopaedics"),
           ("Laura", "Greenberg", "F", "ophtalmologie", "ophthalmology"),
           ("Patrick", "Ng", "M", "gastro-entérologie", "gastroenterology")],
    "clerk": [("Nancy", "Lévesque", "F"), ("Chantal", "Rioux", "F"), ("Brenda", "Haley", "F"),
              ("Steve", "Cormier", "M"), ("Josiane", "Bérubé", "F")],
    "cnurse": [("Amélie", "Cossette", "F"), ("Rachel", "Oakes", "F"), ("Mikaël", "Dionne", "M"), ("Sheena", "Flett", "F"),
               ("Patrice", "Gendron", "M"), ("Laurie", "Audy", "F"), ("Colleen", "Spence", "F"), ("Yannick", "Brassard", "M")],
    "mgr": [("Sylvain", "Desrochers", "M"), ("Marie-Ève", "Pelchat", "F"), ("Catherine", "Whitford", "F")],
    "sw": [("Jessica", "Boivin", "F"), ("Alexandre", "Poitras", "M"), ("Tanya", "Linklater", "F")],
    "pharm": [("Olivier", "Lemieux", "M"), ("Hélène", "Drouin", "F")],
    "admin": [("Danielle", "Sirois", "F"), ("Richard", "Landry", "M"), ("Mélanie", "Gosselin", "F"),
              ("Trevor", "Beaton", "M"), ("Guylaine", "Arsenault", "F")],
    "it": [("Maxime", "Charest", "M"), ("Vincent", "Tremblay-Houle", "M"), ("Priya", "Natarajan", "F")],
}

ROLE_FR = {"interp": "Interprète", "nav": "Navigateur·trice autochtone", "nurse": "Infirmière de liaison",
           "md": "Médecin", "clerk": "Agente administrative", "mgr": "Chef de service",
           "sw": "Travailleuse sociale", "pharm": "Pharmacien", "admin": "Technicienne en administration",
           "it": "Technicien, soutien informatique"}
ROLE_FR_M = {"nav": "Navigateur autochtone", "nurse": "Infirmier de liaison", "cnurse": "Infirmier",
             "clerk": "Agent administratif", "sw": "Travailleur social", "admin": "Technicien en administration"}
ROLE_FR["cnurse"] = "Infirmière en santé communautaire"
ROLE_FR["nav"] = "Navigatrice autochtone"
ROLE_EN = {"interp": "Medical interpreter", "nav": "Indigenous patient navigator", "nurse": "Liaison nurse",
           "md": "Physician", "clerk": "Administrative officer", "mgr": "Service manager",
           "sw": "Social worker", "pharm": "Pharmacist", "admin": "Administration technician",
           "it": "IT support technician", "cnurse": "Community health nurse"}

# Coherent clinical bundles, each with French and English wording.
CASES = [
    dict(key="ckd", spec=("néphrologie", "nephrology"),
         dx=("insuffisance rénale chronique stade 5", "stage 5 chronic kidney disease"),
         dx_short=("IRC st. 5", "CKD 5"),
         meds=[("furosémide (Lasix) 80 mg DIE", "furosemide (Lasix) 80 mg daily"),
               ("darbépoétine (Aranesp) 40 mcg aux 2 sem.", "darbepoetin (Aranesp) 40 mcg q2wk"),
               ("carbonate de calcium 500 mg TID aux repas", "calcium carbonate 500 mg TID with meals")],
         labs=[("créat 512 µmol/L, DFGe 8", "creat 512 umol/L, eGFR 8"),
               ("K+ 6,1 mmol/L", "K 6.1 mmol/L"), ("Hb 81 g/L", "Hb 81 g/L")],
         reason=("discussion sur le début de l'hémodialyse", "discussion about starting hemodialysis"),
         proc=("création d'une fistule artérioveineuse", "AV fistula creation")),
    dict(key="dm", spec=("médecine interne", "internal medicine"),
         dx=("diabète de type 2 mal contrôlé avec ulcère plantaire", "poorly controlled type 2 diabetes with plantar ulcer"),
         dx_short=("DB2 + ulcère pied D", "T2DM + R foot ulcer"),
         meds=[("metformine 1000 mg BID", "metformin 1000 mg BID"),
               ("insuline glargine (Lantus) 22 U HS", "insulin glargine (Lantus) 22 units qHS"),
               ("sémaglutide (Ozempic) 0,5 mg SC 1x/sem.", "semaglutide (Ozempic) 0.5 mg SC weekly")],
         labs=[("HbA1c 11,4 %", "HbA1c 11.4%"), ("glycémie à jeun 16,8 mmol/L", "fasting glucose 16.8 mmol/L"),
               ("culture de plaie : S. aureus (SARM)", "wound culture: S. aureus (MRSA)")],
         reason=("enseignement sur l'insuline et soins de plaie", "insulin teaching and wound care"),
         proc=("débridement de l'ulcère", "ulcer debridement")),
    dict(key="tb", spec=("pneumologie", "respirology"),
         dx=("tuberculose pulmonaire active", "active pulmonary tuberculosis"),
         dx_short=("TB active", "active TB"),
         meds=[("isoniazide 300 mg DIE", "isoniazid 300 mg daily"), ("rifampicine 600 mg DIE", "rifampin 600 mg daily"),
               ("pyrazinamide 1500 mg DIE", "pyrazinamide 1500 mg daily"), ("pyridoxine 25 mg DIE", "pyridoxine 25 mg daily")],
         labs=[("BAAR positifs x2 aux expectorations", "sputum AFB smear positive x2"),
               ("culture : M. tuberculosis, sensible", "culture: M. tuberculosis, pan-sensitive"),
               ("ALT 88 U/L", "ALT 88 U/L")],
         reason=("explication du traitement et de l'isolement", "explaining treatment and isolation"),
         proc=("bronchoscopie", "bronchoscopy")),
    dict(key="lung", spec=("oncologie", "oncology"),
         dx=("adénocarcinome pulmonaire stade IIIB", "stage IIIB lung adenocarcinoma"),
         dx_short=("néo poumon IIIB", "lung ca IIIB"),
         meds=[("carboplatine/pémétrexed, cycle 2", "carboplatin/pemetrexed, cycle 2"),
               ("ondansétron 8 mg BID x3 j", "ondansetron 8 mg BID x3 d"),
               ("dexaméthasone 4 mg BID", "dexamethasone 4 mg BID")],
         labs=[("neutrophiles 0,9 x10^9/L", "ANC 0.9 x10^9/L"), ("plaquettes 96", "plt 96")],
         reason=("annonce des résultats de biopsie et plan de traitement", "disclosure of biopsy results and treatment plan"),
         proc=("TEP-scan", "PET-CT")),
    dict(key="cervix", spec=("obstétrique-gynécologie", "gynecology"),
         dx=("cancer du col utérin (carcinome épidermoïde)", "cervical squamous cell carcinoma"),
         dx_short=("néo col", "cervical ca"),
         meds=[("cisplatine hebdomadaire", "weekly cisplatin"), ("morphine LA 15 mg BID", "morphine SR 15 mg BID")],
         labs=[("Pap : HSIL", "Pap: HSIL"), ("VPH 16 positif", "HPV 16 positive")],
         reason=("consentement pour la curiethérapie", "consent for brachytherapy"),
         proc=("colposcopie avec biopsies", "colposcopy with biopsies")),
    dict(key="hf", spec=("médecine interne", "internal medicine"),
         dx=("insuffisance cardiaque, FEVG 30 %", "heart failure, LVEF 30%"),
         dx_short=("IC FEVG 30", "HFrEF 30%"),
         meds=[("sacubitril/valsartan (Entresto) 49/51 mg BID", "sacubitril/valsartan (Entresto) 49/51 mg BID"),
               ("bisoprolol 5 mg DIE", "bisoprolol 5 mg daily"), ("furosémide 40 mg BID", "furosemide 40 mg BID")],
         labs=[("NT-proBNP 6 840 ng/L", "NT-proBNP 6840 ng/L"), ("Na 129 mmol/L", "Na 129 mmol/L")],
         reason=("enseignement sur la restriction hydrosodée", "fluid and salt restriction teaching"),
         proc=("échographie cardiaque", "echocardiogram")),
    dict(key="preg", spec=("obstétrique-gynécologie", "obstetrics"),
         dx=("grossesse de 36 semaines, diabète gestationnel", "36-week pregnancy with gestational diabetes"),
         dx_short=("G3P2 36 sem., DG", "G3P2 36 wk, GDM"),
         meds=[("insuline NPH 10 U HS", "NPH insulin 10 units qHS"), ("fer (FeraMAX) 150 mg DIE", "iron (FeraMAX) 150 mg daily")],
         labs=[("SGB positif", "GBS positive"), ("HGOP 2 h : 9,4 mmol/L", "2-h OGTT 9.4 mmol/L"),
               ("Hb 98 g/L", "Hb 98 g/L")],
         reason=("suivi de grossesse en attente d'accouchement", "prenatal follow-up while awaiting delivery"),
         proc=("induction du travail", "induction of labour")),
    dict(key="ent", spec=("ORL pédiatrique", "paediatric ENT"),
         dx=("otite moyenne chronique avec perforation tympanique bilatérale", "chronic otitis media with bilateral perforations"),
         dx_short=("OMC + perfo", "COM + perf"),
         meds=[("gouttes Ciprodex 4 gttes BID x7 j", "Ciprodex drops 4 gtts BID x7 d"),
               ("amoxicilline 90 mg/kg/j", "amoxicillin 90 mg/kg/day")],
         labs=[("audiogramme : surdité de conduction 40 dB", "audiogram: 40 dB conductive loss")],
         reason=("consentement parental pour tympanoplastie", "parental consent for tympanoplasty"),
         proc=("tympanoplastie", "tympanoplasty")),
    dict(key="hip", spec=("orthopédie", "orthopaedics"),
         dx=("fracture du col fémoral droit", "right femoral neck fracture"),
         dx_short=("# hanche D", "R hip #"),
         meds=[("énoxaparine (Lovenox) 40 mg SC DIE", "enoxaparin (Lovenox) 40 mg SC daily"),
               ("hydromorphone 1 mg q4h PRN", "hydromorphone 1 mg q4h PRN")],
         labs=[("Hb post-op 84 g/L", "post-op Hb 84 g/L"), ("INR 1,1", "INR 1.1")],
         reason=("consentement pour arthroplastie", "consent for hemiarthroplasty"),
         proc=("hémiarthroplastie", "hemiarthroplasty")),
    dict(key="copd", spec=("pneumologie", "respirology"),
         dx=("MPOC exacerbée, O2 à domicile", "COPD exacerbation, home oxygen"),
         dx_short=("MPOC exacerbée", "AECOPD"),
         meds=[("prednisone 40 mg DIE x5 j", "prednisone 40 mg daily x5 d"),
               ("tiotropium (Spiriva) 1 inh DIE", "tiotropium (Spiriva) 1 inh daily"),
               ("salbutamol (Ventolin) 2 inh QID PRN", "salbutamol (Ventolin) 2 puffs QID PRN")],
         labs=[("gaz : pH 7,31, pCO2 62", "ABG pH 7.31, pCO2 62"), ("VEMS 38 % de la prédite", "FEV1 38% predicted")],
         reason=("enseignement sur l'oxygène à domicile", "home oxygen teaching"),
         proc=("spirométrie", "spirometry")),
    dict(key="hcv", spec=("gastro-entérologie", "gastroenterology"),
         dx=("hépatite C chronique, fibrose F3", "chronic hepatitis C, F3 fibrosis"),
         dx_short=("VHC F3", "HCV F3"),
         meds=[("sofosbuvir/velpatasvir (Epclusa) 1 co DIE x12 sem.", "sofosbuvir/velpatasvir (Epclusa) 1 tab daily x12 wk")],
         labs=[("ARN VHC 2,1 x10^6 UI/mL", "HCV RNA 2.1 x10^6 IU/mL"), ("FibroScan 11,2 kPa", "FibroScan 11.2 kPa")],
         reason=("début du traitement antiviral", "starting antiviral treatment"),
         proc=("FibroScan", "FibroScan")),
    dict(key="stroke", spec=("neurologie", "neurology"),
         dx=("AVC ischémique sylvien gauche avec aphasie", "left MCA ischemic stroke with aphasia"),
         dx_short=("AVC G + aphasie", "L MCA stroke, aphasia"),
         meds=[("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
               ("atorvastatine 80 mg DIE", "atorvastatin 80 mg daily")],
         labs=[("FA paroxystique au Holter", "paroxysmal AF on Holter"), ("LDL 3,9 mmol/L", "LDL 3.9 mmol/L")],
         reason=("rencontre de famille sur la réadaptation", "family meeting about rehabilitation"),
         proc=("IRM cérébrale", "brain MRI")),
    dict(key="colo", spec=("gastro-entérologie", "gastroenterology"),
         dx=("anémie ferriprive, saignement digestif à investiguer", "iron-deficiency anemia, GI bleed under investigation"),
         dx_short=("anémie ferriprive", "IDA"),
         meds=[("Pico-Salax la veille", "Pico-Salax the day before"), ("pantoprazole 40 mg BID", "pantoprazole 40 mg BID")],
         labs=[("Hb 72 g/L, ferritine 4", "Hb 72 g/L, ferritin 4"), ("RSOSi positif", "FIT positive")],
         reason=("préparation pour coloscopie", "colonoscopy preparation"),
         proc=("coloscopie", "colonoscopy")),
    dict(key="mh", spec=("psychiatrie", "psychiatry"),
         dx=("trouble dépressif majeur avec idées suicidaires", "major depressive disorder with suicidal ideation"),
         dx_short=("TDM + IS", "MDD + SI"),
         meds=[("sertraline (Zoloft) 100 mg DIE", "sertraline (Zoloft) 100 mg daily"),
               ("mirtazapine 15 mg HS", "mirtazapine 15 mg qHS")],
         labs=[("TSH 2,1 (normale)", "TSH 2.1 (normal)")],
         reason=("évaluation psychiatrique et plan de sécurité", "psychiatric assessment and safety plan"),
         proc=("évaluation psychiatrique", "psychiatric assessment")),
    dict(key="epi", spec=("neurologie pédiatrique", "paediatric neurology"),
         dx=("épilepsie focale", "focal epilepsy"),
         dx_short=("épilepsie", "epilepsy"),
         meds=[("lévétiracétam (Keppra) 250 mg BID", "levetiracetam (Keppra) 250 mg BID"),
               ("midazolam intranasal PRN si crise > 5 min", "intranasal midazolam PRN for seizure > 5 min")],
         labs=[("EEG : pointes temporales droites", "EEG: right temporal spikes")],
         reason=("enseignement aux parents sur le plan de crise", "seizure plan teaching for parents"),
         proc=("EEG de sommeil", "sleep-deprived EEG")),
    dict(key="cat", spec=("ophtalmologie", "ophthalmology"),
         dx=("cataracte sénile bilatérale", "bilateral senile cataracts"),
         dx_short=("cataracte OD", "cataract OD"),
         meds=[("gouttes Maxidex QID x4 sem.", "Maxidex drops QID x4 wk"), ("Vigamox QID x1 sem.", "Vigamox QID x1 wk")],
         labs=[("AV OD 20/200, OG 20/80", "VA OD 20/200, OS 20/80")],
         reason=("chirurgie de cataracte OD", "right-eye cataract surgery"),
         proc=("phacoémulsification OD", "phacoemulsification OD")),
]

SOCIAL = [
    ("sans logement stable au retour dans la communauté (logement surpeuplé, 11 personnes)",
     "no stable housing on return to community (overcrowded home, 11 people)"),
    ("dossier ouvert à la DPJ pour ses deux enfants, actuellement chez la grand-mère",
     "open youth protection file for her two children, currently with the grandmother"),
    ("prestataire de l'aide sociale, n'a pas les moyens d'acheter ses médicaments non couverts",
     "on income assistance, cannot afford non-covered medications"),
    ("violence conjugale rapportée, le conjoint ne doit pas être informé du lieu d'hébergement",
     "reports intimate partner violence; partner must not be told where she is staying"),
    ("insécurité alimentaire importante au retour, référée au programme de paniers",
     "significant food insecurity at home, referred to the food basket program"),
    ("sous curatelle publique depuis 2021", "under public curatorship since 2021"),
    ("vient de perdre son logement social, hébergé chez un cousin", "recently lost social housing, staying with a cousin"),
    ("en libération conditionnelle, agent de probation à aviser des absences",
     "on parole, probation officer must be told of absences"),
]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SYLLABICS = ["ᐊᐃ, ᖁᐊᓇᕐᓂᒃ.", "ᐅᓪᓛᒃᑯᑦ ᐊᓐᓂᐊᕐᕕᖕᒧᑦ.", "ᓇᑦᓯᐊᕈᑎᑦ ᐃᓄᒃᑎᑐᓕᐅᖅᓯᒪᔪᑦ"]
