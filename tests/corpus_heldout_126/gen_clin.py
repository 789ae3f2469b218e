"""Bilingual clinical vocabulary for the templates (dental, oral surgery, medically complex patients)."""

# Oral / dental diagnoses: (fr, en)
ORAL_DX = [
    ("carie profonde 36 avec abcès périapical", "deep caries 36 with periapical abscess"),
    ("péricoronarite récidivante 38", "recurrent pericoronitis 38"),
    ("dents de sagesse incluses 38 et 48", "impacted third molars 38 and 48"),
    ("alvéolite sèche 46", "dry socket 46"),
    ("cellulite sous-mandibulaire droite d'origine dentaire", "right submandibular cellulitis of dental origin"),
    ("parodontite sévère généralisée, mobilité 31-41", "severe generalised periodontitis, mobility 31-41"),
    ("kyste radiculaire 12", "radicular cyst 12"),
    ("racines résiduelles 14, 15, 25", "retained roots 14, 15, 25"),
    ("abcès vestibulaire 26", "buccal abscess 26"),
    ("fracture coronaire 11 et 21", "crown fractures 11 and 21"),
    ("nécrose pulpaire 46 avec fistule", "pulp necrosis 46 with sinus tract"),
    ("ulcère traumatique lingual", "traumatic lingual ulcer"),
]
DENTURE_DX = [
    ("stomatite prothétique", "denture stomatitis"),
    ("hyperplasie fibreuse sous la prothèse inférieure", "fibrous hyperplasia under the lower denture"),
    ("prothèse complète supérieure fracturée", "fractured upper complete denture"),
    ("ulcère de pression palatin", "palatal pressure ulcer"),
    ("candidose buccale", "oral candidiasis"),
    ("perte de rétention, résorption crête inférieure", "loss of retention, lower ridge resorption"),
    ("chéilite angulaire", "angular cheilitis"),
    ("prothèse partielle perdue lors du transfert", "partial denture lost during transfer"),
]
CHILD_DX = [
    ("carie rampante sur 6 dents, abcès 84", "rampant caries on 6 teeth, abscess on 84"),
    ("carie précoce de l'enfance, douleur nocturne 74-75", "early childhood caries, night pain 74-75"),
    ("fistule 85, mobilité 84", "sinus tract 85, mobility 84"),
    ("carie profonde 36 et 46, molaires hypominéralisées (MIH)", "deep caries 36 and 46, molar-incisor hypomineralisation"),
    ("cellulite faciale gauche résolue, 75 à extraire", "resolved left facial cellulitis, 75 to be extracted"),
    ("traumatisme 11 (avulsion réimplantée)", "trauma to 11 (avulsed and replanted)"),
]
ORAL_PATH = [
    ("leucoplasie du bord latéral gauche de la langue", "leukoplakia of the left lateral tongue"),
    ("lésion érythroleucoplasique du plancher buccal", "erythroleukoplakia of the floor of mouth"),
    ("ulcère chronique de la muqueuse jugale droite", "chronic ulcer of the right buccal mucosa"),
    ("lichen plan érosif", "erosive lichen planus"),
]
BIOPSY_RESULT = [
    ("carcinome épidermoïde bien différencié, marges atteintes", "well-differentiated squamous cell carcinoma, margins involved"),
    ("dysplasie épithéliale modérée", "moderate epithelial dysplasia"),
    ("hyperkératose sans dysplasie", "hyperkeratosis without dysplasia"),
    ("carcinome épidermoïde invasif, profondeur 4 mm", "invasive squamous cell carcinoma, depth of invasion 4 mm"),
    ("lichen plan, pas de dysplasie", "lichen planus, no dysplasia"),
]

# Medically complex profiles: condition, medication, lab (or None), management remark.
PROFILES = [
    dict(cond=("fibrillation auriculaire", "atrial fibrillation"),
         med=("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
         lab=("créatinine 118 µmol/L", "creatinine 118 umol/L"),
         plan=("suspendre l'apixaban 24 h avant, reprise le lendemain", "hold apixaban 24 h before, resume next day")),
    dict(cond=("valve mitrale mécanique", "mechanical mitral valve"),
         med=("warfarine (Coumadin) 5 mg die", "warfarin (Coumadin) 5 mg daily"),
         lab=("INR 3,4", "INR 3.4"),
         plan=("INR cible < 3,0 le matin de la chirurgie", "target INR < 3.0 on the morning of surgery")),
    dict(cond=("insuffisance rénale terminale, dialyse lun-mer-ven", "end-stage renal disease, dialysis Mon-Wed-Fri"),
         med=("héparine en dialyse, carbonate de calcium", "heparin on dialysis, calcium carbonate"),
         lab=("créatinine 612 µmol/L, K 5,4", "creatinine 612 umol/L, K 5.4"),
         plan=("chirurgie le mardi ou le jeudi seulement", "surgery on Tuesday or Thursday only")),
    dict(cond=("greffe rénale (2019)", "kidney transplant (2019)"),
         med=("tacrolimus 3 mg BID, mycophénolate 500 mg BID", "tacrolimus 3 mg BID, mycophenolate 500 mg BID"),
         lab=("tacrolimus résiduel 7,2 µg/L", "tacrolimus trough 7.2 ug/L"),
         plan=("antibioprophylaxie selon néphrologie", "antibiotic prophylaxis as per nephrology")),
    dict(cond=("hémophilie A modérée", "moderate haemophilia A"),
         med=("facteur VIII (Advate) avant l'intervention, acide tranexamique 1 g TID", "factor VIII (Advate) before the procedure, tranexamic acid 1 g TID"),
         lab=("facteur VIII 4 %", "factor VIII level 4%"),
         plan=("coordonner avec le centre d'hémophilie", "coordinate with the haemophilia centre")),
    dict(cond=("myélome multiple", "multiple myeloma"),
         med=("acide zolédronique (Zometa) 4 mg IV q4 sem", "zoledronic acid (Zometa) 4 mg IV q4 weeks"),
         lab=("plaquettes 62 x 10^9/L", "platelets 62 x 10^9/L"),
         plan=("risque d'ostéonécrose, éviter extractions si possible", "osteonecrosis risk, avoid extractions where possible")),
    dict(cond=("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
         med=("metformine 1000 mg BID, insuline glargine 24 u HS", "metformin 1000 mg BID, insulin glargine 24 u HS"),
         lab=("HbA1c 9,1 %", "HbA1c 9.1%"),
         plan=("RV en début de matinée, glycémie capillaire à l'arrivée", "early morning slot, capillary glucose on arrival")),
    dict(cond=("cancer de l'oropharynx, radiothérapie prévue", "oropharyngeal cancer, radiotherapy planned"),
         med=("cisplatine (prévu), fluorure de sodium 1,1 % en gouttières", "cisplatin (planned), 1.1% sodium fluoride in trays"),
         lab=("neutrophiles 1,9 x 10^9/L", "neutrophils 1.9 x 10^9/L"),
         plan=("extractions au moins 14 jours avant la radiothérapie", "extractions at least 14 days before radiotherapy")),
    dict(cond=("cancer du sein avec métastases osseuses", "breast cancer with bone metastases"),
         med=("dénosumab (Xgeva) 120 mg SC q4 sem", "denosumab (Xgeva) 120 mg SC q4 weeks"),
         lab=("calcium corrigé 2,18 mmol/L", "corrected calcium 2.18 mmol/L"),
         plan=("fenêtre thérapeutique à discuter avec l'oncologue", "drug holiday to be discussed with oncology")),
    dict(cond=("épilepsie réfractaire et paralysie cérébrale", "refractory epilepsy and cerebral palsy"),
         med=("lévétiracétam (Keppra) 750 mg BID, clobazam 10 mg HS", "levetiracetam (Keppra) 750 mg BID, clobazam 10 mg HS"),
         lab=None,
         plan=("soins sous anesthésie générale, salle avec lève-personne", "care under general anaesthesia, room with patient lift")),
    dict(cond=("trouble du spectre de l'autisme, non verbal", "autism spectrum disorder, non-verbal"),
         med=("rispéridone 0,5 mg BID", "risperidone 0.5 mg BID"),
         lab=None,
         plan=("prémédication midazolam, premier cas de la journée", "midazolam premedication, first case of the day")),
    dict(cond=("cirrhose hépatique (Child B)", "liver cirrhosis (Child B)"),
         med=("propranolol 20 mg BID, lactulose", "propranolol 20 mg BID, lactulose"),
         lab=("plaquettes 71 x 10^9/L, INR 1,6", "platelets 71 x 10^9/L, INR 1.6"),
         plan=("hémostase locale, colle de fibrine disponible", "local haemostasis, fibrin glue available")),
    dict(cond=("maladie coronarienne, tuteur pharmacoactif (2024)", "coronary artery disease, drug-eluting stent (2024)"),
         med=("clopidogrel 75 mg die, AAS 80 mg die", "clopidogrel 75 mg daily, ASA 81 mg daily"),
         lab=("Hb 104 g/L", "Hb 104 g/L"),
         plan=("ne pas cesser la double antiplaquettaire", "do not stop dual antiplatelet therapy")),
]

ELDER_COND = [
    ("maladie d'Alzheimer stade modéré", "moderate Alzheimer's disease"),
    ("MPOC sous O2 2 L/min", "COPD on home O2 2 L/min"),
    ("séquelles d'AVC, hémiparésie droite", "post-stroke right hemiparesis"),
    ("maladie de Parkinson", "Parkinson's disease"),
    ("dysphagie, diète purée", "dysphagia, pureed diet"),
    ("insuffisance cardiaque", "heart failure"),
]

POSTOP_RX = [
    ("amoxicilline 500 mg, 1 co TID x 7 jours", "amoxicillin 500 mg, 1 cap TID x 7 days"),
    ("clindamycine 300 mg, 1 caps QID x 7 jours (allergie pénicilline)", "clindamycin 300 mg, 1 cap QID x 7 days (penicillin allergy)"),
    ("ibuprofène 400 mg, 1 co q6h PRN x 5 jours", "ibuprofen 400 mg, 1 tab q6h PRN x 5 days"),
    ("acétaminophène 500 mg, 2 co QID PRN", "acetaminophen 500 mg, 2 tabs QID PRN"),
    ("chlorhexidine 0,12 % rince-bouche, 15 mL BID x 10 jours", "chlorhexidine 0.12% rinse, 15 mL BID x 10 days"),
    ("hydromorphone 1 mg, 1 co q4h PRN, 12 co", "hydromorphone 1 mg, 1 tab q4h PRN, 12 tabs"),
    ("nystatine 100 000 U/mL, 5 mL QID x 14 jours", "nystatin 100,000 U/mL, 5 mL QID x 14 days"),
    ("métronidazole 500 mg, 1 co BID x 7 jours", "metronidazole 500 mg, 1 tab BID x 7 days"),
]

SOCIAL = [
    ("victime de violence conjugale, hébergée en maison d'aide depuis la fracture",
     "victim of intimate partner violence, staying at a women's shelter since the fracture"),
    ("en situation d'itinérance, hébergé au refuge Le Phare", "currently homeless, staying at the Le Phare shelter"),
    ("prestataire de l'aide financière de dernier recours", "on last-resort income support"),
    ("dossier suivi par la DPJ, placé en famille d'accueil", "youth protection file open, in foster care"),
    ("vit seule, aucun proche, CLSC impliqué pour soins à domicile", "lives alone, no family, home-care services involved"),
    ("curatelle publique, consentement par le curateur", "under public curatorship, consent via the curator"),
]

TEETH_EXTRACT = ["36, 37", "18, 28, 38, 48", "14, 15, 25", "46", "31, 32, 41, 42", "24, 26, 27", "47, 48", "11, 21 (racines)"]
