"""Clinical phrase pools, each entry tagged with the finding types it carries."""

D = ('diagnosis',)
M = ('medication',)
LR = ('lab_result',)
LD = ('lab_result', 'diagnosis')
S = ('social_information',)
N = ()

POOLS = {
    'fr': {
        'dx_oral': [
            ('carie profonde 46 avec atteinte pulpaire', D),
            ('parodontite généralisée stade III grade B', D),
            ('péricoronarite récidivante sur 38 semi-incluse', D),
            ('abcès dentoalvéolaire aigu 36', D),
            ('lésion périapicale chronique 11 et 21', D),
            ('racines résiduelles 15, 25 et 26, non restaurables', D),
            ('mobilité de classe III sur 31-41, parodonte très réduit', D),
            ('candidose pseudomembraneuse', D),
            ('mucosite buccale grade 2', D),
            ('kyste radiculaire 12', D),
            ('polycaries actives, hygiène précaire', D),
        ],
        'dx_omfs': [
            ('fracture parasymphysaire droite de la mandibule', D),
            ("fracture bilatérale de l'angle mandibulaire", D),
            ('fracture du condyle gauche, non déplacée', D),
            ('fracture du complexe zygomatico-malaire gauche', D),
            ('leucoplasie du bord latéral gauche de la langue', D),
            ('kératokyste odontogène de la branche montante droite', D),
            ('améloblastome multikystique mandibulaire', D),
            ('ostéonécrose des maxillaires liée aux bisphosphonates, stade 2', D),
            ('ostéoradionécrose de la mandibule postérieure gauche', D),
            ('lichen plan érosif des muqueuses jugales', D),
            ('sialolithiase sous-mandibulaire droite', D),
            ("cellulite cervico-faciale d'origine dentaire", D),
            ('dysharmonie dento-squelettique de classe III', D),
            ('béance antérieure squelettique avec excès vertical', D),
            ('luxation discale réductible ATM droite', D),
            ('dent 13 incluse en position palatine', D),
        ],
        'dx_context': [
            ('insuffisance rénale terminale, en dialyse, en attente de greffe rénale', D),
            ('cirrhose éthylique, bilan pré-greffe hépatique en cours', D),
            ('leucémie myéloïde aiguë, allogreffe de moelle prévue', D),
            ("carcinome épidermoïde de l'amygdale droite, p16+", D),
            ('carcinome du plancher buccal T2N1', D),
            ('myélome multiple sous zolédronate', D),
            ('cancer du sein métastatique osseux, dénosumab à débuter', D),
            ('cardiopathie avec valve mécanique mitrale', D),
            ('diabète de type 2 mal contrôlé', D),
            ('insuffisance cardiaque, FEVG 30 %', D),
            ('déficience intellectuelle sévère, non collaborant aux soins', D),
            ('épilepsie réfractaire', D),
        ],
        'meds': [
            ('Coumadin 5 mg DIE', M),
            ('apixaban (Eliquis) 5 mg BID', M),
            ('amoxicilline 500 mg TID x 7 jours', M),
            ('clindamycine 300 mg QID', M),
            ('rince-bouche chlorhexidine 0,12 % BID', M),
            ('acide zolédronique 4 mg IV q 4 sem.', M),
            ('dénosumab (Xgeva) 120 mg SC mensuel', M),
            ('tacrolimus 2 mg BID', M),
            ('ibuprofène 600 mg q6h PRN', M),
            ('hydromorphone 1 mg q4h PRN', M),
            ('metformine 1000 mg BID', M),
            ('alendronate 70 mg 1 fois/sem. depuis 2017', M),
            ('prednisone 20 mg DIE', M),
            ('gel fluoré NaF 1,1 % en gouttière HS', M),
            ('clopidogrel (Plavix) 75 mg', M),
            ('Dilantin 300 mg HS', M),
        ],
        'labs': [
            ('INR 2,8 ce matin', LR),
            ('plaquettes 42 x 10^9/L', LR),
            ('Hb 98 g/L', LR),
            ('créatinine 412 µmol/L', LR),
            ('HbA1c 9,1 %', LR),
            ('neutrophiles 0,6 x 10^9/L', LR),
            ('CTX sérique 95 pg/mL', LR),
            ('INR 3,4 hier, à recontrôler', LR),
            ('glycémie capillaire 14,2 mmol/L à l\'arrivée', LR),
            ('GB 17,8, CRP 142', LR),
        ],
        'imaging': [
            ('panoramique : radioclarté multiloculaire 4 cm branche montante droite', LR),
            ('TDM faciale : trait de fracture déplacé de 4 mm, région 43-44', LR),
            ('CBCT : contact intime 48 / canal mandibulaire', LR),
            ('panoramique : lésions périapicales 36, 46 et restes radiculaires 17', LR),
            ('TDM : collection sous-mandibulaire 2,5 cm, pas d\'atteinte des voies aériennes', LR),
        ],
        'path': [
            ('pathologie : carcinome épidermoïde bien différencié, marges à 2 mm', LD),
            ('pathologie : dysplasie épithéliale modérée, marges non évaluables', LD),
            ('pathologie : kératokyste odontogène, aucune atypie', LD),
            ('pathologie : fibrome d\'irritation, bénin', LD),
            ('pathologie : améloblastome conventionnel, marges libres', LD),
            ('pathologie : lichen plan avec dysplasie légère focale', LD),
        ],
        'social': [
            ("prestataire de l'aide sociale (carnet de réclamation valide jusqu'en juin)", S),
            ('vit seul(e), sans voiture, dépend du transport adapté', S),
            ('suivi par la DPJ, en famille d\'accueil depuis l\'automne', S),
            ('dossier IVAC ouvert suite à l\'agression', S),
            ('contexte de violence conjugale rapporté à l\'urgence', S),
            ('en situation d\'itinérance, hébergé(e) au refuge Le Phare', S),
            ('sous curatelle publique, consentement par la curatrice', S),
            ('sans assurance privée, sans emploi depuis janvier', S),
        ],
    },
    'en': {
        'dx_oral': [
            ('deep caries on 46 with pulpal involvement', D),
            ('generalized stage III grade B periodontitis', D),
            ('recurrent pericoronitis on partially erupted 38', D),
            ('acute dentoalveolar abscess 36', D),
            ('chronic periapical lesions on 11 and 21', D),
            ('non-restorable root tips 15, 25, 26', D),
            ('class III mobility 31-41, severely reduced periodontium', D),
            ('oral candidiasis', D),
            ('grade 2 oral mucositis', D),
            ('radicular cyst 12', D),
            ('rampant caries, poor oral hygiene', D),
        ],
        'dx_omfs': [
            ('right parasymphyseal mandible fracture', D),
            ('bilateral mandibular angle fractures', D),
            ('undisplaced left condylar fracture', D),
            ('left zygomaticomaxillary complex fracture', D),
            ('leukoplakia of the left lateral tongue', D),
            ('odontogenic keratocyst, right ramus', D),
            ('multicystic ameloblastoma of the mandible', D),
            ('stage 2 medication-related osteonecrosis of the jaw', D),
            ('osteoradionecrosis of the left posterior mandible', D),
            ('erosive oral lichen planus', D),
            ('right submandibular sialolithiasis', D),
            ('odontogenic cervicofacial cellulitis', D),
            ('class III skeletal malocclusion', D),
            ('skeletal anterior open bite with vertical maxillary excess', D),
            ('right TMJ disc displacement with reduction', D),
            ('palatally impacted 13', D),
        ],
        'dx_context': [
            ('ESRD on haemodialysis, listed for kidney transplant', D),
            ('alcohol-related cirrhosis, liver transplant work-up', D),
            ('AML, allogeneic stem cell transplant planned', D),
            ('right tonsil SCC, p16 positive', D),
            ('floor of mouth SCC T2N1', D),
            ('multiple myeloma on zoledronic acid', D),
            ('metastatic breast cancer to bone, starting denosumab', D),
            ('mechanical mitral valve', D),
            ('poorly controlled type 2 diabetes', D),
            ('heart failure, EF 30%', D),
            ('severe intellectual disability, unable to cooperate with care', D),
            ('refractory epilepsy', D),
        ],
        'meds': [
            ('warfarin 5 mg daily', M),
            ('apixaban (Eliquis) 5 mg BID', M),
            ('amoxicillin 500 mg TID x 7 days', M),
            ('clindamycin 300 mg QID', M),
            ('chlorhexidine 0.12% rinse BID', M),
            ('zoledronic acid 4 mg IV q4 weeks', M),
            ('denosumab (Xgeva) 120 mg SC monthly', M),
            ('tacrolimus 2 mg BID', M),
            ('ibuprofen 600 mg q6h PRN', M),
            ('hydromorphone 1 mg q4h PRN', M),
            ('metformin 1000 mg BID', M),
            ('alendronate 70 mg weekly since 2017', M),
            ('prednisone 20 mg daily', M),
            ('NaF 1.1% gel in trays at bedtime', M),
            ('Plavix 75 mg daily', M),
            ('phenytoin 300 mg at bedtime', M),
        ],
        'labs': [
            ('INR 2.8 this morning', LR),
            ('platelets 42 x 10^9/L', LR),
            ('Hb 98 g/L', LR),
            ('creatinine 412 umol/L', LR),
            ('HbA1c 9.1%', LR),
            ('ANC 0.6', LR),
            ('serum CTX 95 pg/mL', LR),
            ('INR 3.4 yesterday, to be repeated', LR),
            ('cap glucose 14.2 on arrival', LR),
            ('WBC 17.8, CRP 142', LR),
        ],
        'imaging': [
            ('pano: 4 cm multilocular radiolucency right ramus', LR),
            ('facial CT: fracture line displaced 4 mm at 43-44', LR),
            ('CBCT: 48 roots in close contact with the IAN canal', LR),
            ('pano: periapical lesions 36, 46 and retained root 17', LR),
            ('CT: 2.5 cm submandibular collection, airway patent', LR),
        ],
        'path': [
            ('path: well-differentiated SCC, margins 2 mm', LD),
            ('path: moderate epithelial dysplasia, margins not assessable', LD),
            ('path: odontogenic keratocyst, no atypia', LD),
            ('path: irritation fibroma, benign', LD),
            ('path: conventional ameloblastoma, clear margins', LD),
            ('path: lichen planus with focal mild dysplasia', LD),
        ],
        'social': [
            ('on social assistance (income support), no dental coverage', S),
            ('lives alone, no car, relies on paratransit', S),
            ('under youth protection, in foster care since the fall', S),
            ('crime victims compensation file opened after the assault', S),
            ('intimate partner violence disclosed in the ED', S),
            ('currently homeless, staying at the Harbour Light shelter', S),
            ('under public curatorship, consent through the curator', S),
            ('no private insurance, unemployed since January', S),
        ],
    },
}

PROCS = {
    'fr': ['extraction 38 et 48 sous anesthésie locale', 'extractions multiples (5 dents) sous sédation IV',
           'réduction ouverte et fixation interne (ROFI) de la mandibule', 'biopsie incisionnelle de la langue',
           'ostéotomie de Le Fort I et ostéotomie sagittale bilatérale', 'énucléation du kyste et curetage',
           'mise en place de 2 implants 36-37', 'séquestrectomie et débridement',
           'détartrage, surfaçage et extractions pré-greffe', 'réhabilitation buccale complète sous AG'],
    'en': ['removal of 38 and 48 under local', 'multiple extractions (5 teeth) under IV sedation',
           'ORIF of the mandible', 'incisional biopsy of the tongue',
           'Le Fort I osteotomy and bilateral sagittal split osteotomy', 'enucleation and curettage of the cyst',
           'two implants at 36-37', 'sequestrectomy and debridement',
           'scaling and pre-transplant extractions', 'full-mouth dental rehabilitation under GA'],
}


def pool(ctx, name):
    return POOLS[ctx.lang][name]


def take(ctx, name):
    return ctx.take(POOLS[ctx.lang][name])


def proc(ctx):
    return ctx.rng.choice(PROCS[ctx.lang])


def text(ctx, name):
    """A phrase from a pool without marking anything (for negatives: teaching, statistics)."""
    return ctx.rng.choice(POOLS[ctx.lang][name])[0]
