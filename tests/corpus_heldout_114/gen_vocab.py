"""Medical / medico-legal vocabulary (bilingual)."""

# key: (fr, en, manner_fr, manner_en, min_age)
CAUSES = {
    'opioid': ('intoxication mixte au fentanyl et à la méthamphétamine', 'mixed fentanyl and methamphetamine toxicity',
               'accidentelle (présumée)', 'accident (presumed)', 16),
    'hanging': ('asphyxie par pendaison', 'asphyxia due to hanging', 'suicide', 'suicide', 14),
    'mvc': ('polytraumatisme contondant — collision routière', 'multiple blunt force injuries — motor vehicle collision',
            'accidentelle', 'accident', 0),
    'drowning': ('noyade', 'drowning', 'indéterminée (en attente)', 'undetermined (pending)', 0),
    'cad': ('cardiopathie ischémique athérosclérotique', 'atherosclerotic coronary artery disease', 'naturelle',
            'natural', 35),
    'fall': ('traumatisme crânio-cérébral avec hématome sous-dural aigu — chute', 'blunt head injury with acute subdural haematoma — fall',
             'accidentelle', 'accident', 50),
    'co': ('intoxication au monoxyde de carbone', 'carbon monoxide poisoning', 'indéterminée', 'undetermined', 0),
    'hypothermia': ('hypothermie', 'hypothermia', 'accidentelle', 'accident', 20),
    'sudep': ('mort subite inattendue en épilepsie (SUDEP)', 'sudden unexpected death in epilepsy (SUDEP)',
              'naturelle', 'natural', 5),
    'stab': ('plaies pénétrantes par arme blanche au thorax', 'stab wounds of the chest', 'homicide', 'homicide', 14),
    'pe': ('embolie pulmonaire massive', 'massive pulmonary embolism', 'naturelle', 'natural', 25),
    'ethanol': ('intoxication éthylique aiguë', 'acute ethanol toxicity', 'accidentelle', 'accident', 18),
    'myocarditis': ('myocardite lymphocytaire', 'lymphocytic myocarditis', 'naturelle', 'natural', 0),
    'asthma': ('état de mal asthmatique', 'status asthmaticus', 'naturelle', 'natural', 0),
    'aaa': ('rupture d\'un anévrisme de l\'aorte abdominale', 'ruptured abdominal aortic aneurysm', 'naturelle',
            'natural', 55),
    'gsw': ('plaie par projectile d\'arme à feu à la tête', 'gunshot wound of the head', 'suicide (présumé)',
            'suicide (presumed)', 18),
    'fire': ('inhalation de fumée et brûlures — incendie résidentiel', 'smoke inhalation and burns — house fire',
             'accidentelle', 'accident', 0),
    'hcm': ('cardiomyopathie hypertrophique', 'hypertrophic cardiomyopathy', 'naturelle', 'natural', 8),
}

# circumstances sentence (fr, en); {lieu}
CIRCUMSTANCES = {
    'opioid': ('{trouve} inconscient(e) dans la salle de bain de son logement; naloxone administrée par les ambulanciers sans effet.',
               'found unresponsive in the bathroom of {his} apartment; naloxone given by paramedics without response.'),
    'hanging': ('{trouve} par un proche dans le garage du domicile.', 'found by a relative in the garage at home.'),
    'mvc': ('conducteur(trice) d\'un véhicule ayant percuté un arbre sur la route 117 vers 2 h.',
            'driver of a vehicle that struck a tree on Route 117 around 2 a.m.'),
    'drowning': ('{trouve} dans le lac à proximité du chalet familial.', 'recovered from the lake near the family cottage.'),
    'cad': ('effondrement subit au domicile, réanimation infructueuse.', 'sudden collapse at home, unsuccessful resuscitation.'),
    'fall': ('chute dans l\'escalier de la résidence pour aînés, anticoagulé(e).',
             'fall down the stairs at a seniors\' residence while on anticoagulation.'),
    'co': ('génératrice en marche dans le sous-sol lors d\'une panne de courant.',
           'generator running in the basement during a power outage.'),
    'hypothermia': ('{trouve} à l\'extérieur, sans abri, par -24 °C.', 'found outdoors, unsheltered, at -24 °C.'),
    'sudep': ('{trouve} dans son lit le matin; épilepsie connue.', 'found in bed in the morning; known epilepsy.'),
    'stab': ('blessé(e) lors d\'une altercation dans un logement; décès à l\'urgence.',
             'injured during an altercation in an apartment; died in the emergency department.'),
    'pe': ('arrêt cardiorespiratoire au jour 4 post-arthroplastie de la hanche.',
           'cardiac arrest on post-operative day 4 after hip arthroplasty.'),
    'ethanol': ('{trouve} au matin après une soirée festive.', 'found in the morning after a party.'),
    'myocarditis': ('malaise subit après un syndrome grippal, arrêt cardiaque.', 'sudden collapse after a flu-like illness, cardiac arrest.'),
    'asthma': ('crise d\'asthme sévère au domicile, arrêt avant l\'arrivée des secours.',
               'severe asthma attack at home, arrest before EMS arrival.'),
    'aaa': ('douleur abdominale et lombaire subite, décès à l\'urgence.', 'sudden abdominal and back pain, died in the ED.'),
    'gsw': ('{trouve} au chalet avec une arme longue à proximité.', 'found at the cottage with a long gun nearby.'),
    'fire': ('incendie nocturne du logement; détecteur de fumée non fonctionnel.',
             'night-time house fire; smoke alarm not working.'),
    'hcm': ('effondrement pendant une partie de hockey.', 'collapsed during a hockey game.'),
}

# toxicology: (analyte_fr, analyte_en, value, unit)
TOX = {
    'opioid': [('Fentanyl', 'Fentanyl', '14,2', 'ng/mL'), ('Norfentanyl', 'Norfentanyl', '3,1', 'ng/mL'),
               ('Méthamphétamine', 'Methamphetamine', '0,42', 'mg/L'), ('Amphétamine', 'Amphetamine', '0,05', 'mg/L')],
    'ethanol': [('Éthanol (sang fémoral)', 'Ethanol (femoral blood)', '412', 'mg/100 mL'),
                ('Éthanol (humeur vitrée)', 'Ethanol (vitreous)', '455', 'mg/100 mL')],
    'co': [('Carboxyhémoglobine', 'Carboxyhaemoglobin', '64', '%'), ('Éthanol', 'Ethanol', 'non détecté', '')],
    'hanging': [('Éthanol', 'Ethanol', '96', 'mg/100 mL'), ('Quétiapine', 'Quetiapine', '0,9', 'mg/L'),
                ('Citalopram', 'Citalopram', '0,31', 'mg/L')],
    'mvc': [('Éthanol', 'Ethanol', '168', 'mg/100 mL'), ('Delta-9-THC', 'Delta-9-THC', '4,1', 'ng/mL'),
            ('Cocaïne', 'Cocaine', '0,06', 'mg/L'), ('Benzoylecgonine', 'Benzoylecgonine', '1,2', 'mg/L')],
    'sudep': [('Lamotrigine', 'Lamotrigine', '0,8', 'mg/L (sous-thérapeutique)'),
              ('Lévétiracétam', 'Levetiracetam', 'non détecté', '')],
    'fall': [('Apixaban', 'Apixaban', '212', 'ng/mL'), ('Éthanol', 'Ethanol', 'non détecté', '')],
    'drowning': [('Éthanol', 'Ethanol', '121', 'mg/100 mL'), ('Clonazépam', 'Clonazepam', '0,04', 'mg/L')],
    'gsw': [('Éthanol', 'Ethanol', '188', 'mg/100 mL'), ('Trazodone', 'Trazodone', '0,6', 'mg/L')],
    'hypothermia': [('Éthanol', 'Ethanol', '233', 'mg/100 mL'), ('Glucose (humeur vitrée)', 'Vitreous glucose', '0,4', 'mmol/L')],
}
TOX_DEFAULT = [('Éthanol', 'Ethanol', 'non détecté', ''), ('Dépistage opioïdes (ELISA)', 'Opioid screen (ELISA)', 'négatif', '')]

HISTORY = [  # (fr, en)
    ('diabète de type 2', 'type 2 diabetes'), ('MPOC', 'COPD'), ('trouble bipolaire de type I', 'bipolar I disorder'),
    ('épilepsie généralisée', 'generalised epilepsy'), ('schizophrénie', 'schizophrenia'),
    ('trouble lié à l\'usage des opioïdes', 'opioid use disorder'), ('insuffisance cardiaque (FEVG 30 %)', 'heart failure (LVEF 30%)'),
    ('dépression majeure avec idéations suicidaires', 'major depression with suicidal ideation'),
    ('fibrillation auriculaire', 'atrial fibrillation'), ('cirrhose alcoolique', 'alcohol-related cirrhosis'),
    ('hypertension artérielle', 'hypertension'), ('asthme sévère', 'severe asthma'), ('VIH sous traitement', 'HIV on treatment'),
    ('trouble de stress post-traumatique', 'post-traumatic stress disorder'), ('démence de type Alzheimer', 'Alzheimer dementia'),
]

MEDS = [  # (name, dose fr, dose en)
    ('quétiapine', '300 mg HS', '300 mg at bedtime'), ('méthadone', '85 mg DIE', '85 mg daily'),
    ('hydromorphone', '2 mg q4h PRN', '2 mg q4h PRN'), ('clonazépam', '0,5 mg BID', '0.5 mg BID'),
    ('apixaban', '5 mg BID', '5 mg BID'), ('metformine', '1000 mg BID', '1000 mg BID'),
    ('lithium', '900 mg DIE', '900 mg daily'), ('lamotrigine', '150 mg BID', '150 mg BID'),
    ('citalopram', '20 mg DIE', '20 mg daily'), ('buprénorphine-naloxone', '16 mg/4 mg DIE', '16 mg/4 mg daily'),
    ('oxycodone', '10 mg q6h', '10 mg q6h'), ('furosémide', '40 mg DIE', '40 mg daily'),
    ('salbutamol', '2 inh. PRN', '2 puffs PRN'), ('warfarine', '5 mg DIE', '5 mg daily'),
    ('trazodone', '50 mg HS', '50 mg at bedtime'), ('olanzapine', '10 mg HS', '10 mg at bedtime'),
]


def med_en(name):
    return {'quétiapine': 'quetiapine', 'méthadone': 'methadone', 'clonazépam': 'clonazepam',
            'metformine': 'metformin', 'buprénorphine-naloxone': 'buprenorphine-naloxone',
            'furosémide': 'furosemide', 'warfarine': 'warfarin'}.get(name, name)


SOCIAL = [  # (fr, en)
    ('en situation d\'itinérance depuis 2022, hébergé(e) de façon intermittente au refuge', 'homeless since 2022, intermittently staying at the shelter'),
    ('prestataire de l\'aide sociale, vit seul(e) en chambre', 'on social assistance, living alone in a rooming house'),
    ('antécédents de violence conjugale (plainte en 2023)', 'history of intimate partner violence (complaint filed in 2023)'),
    ('enfants suivis par la DPJ', 'children followed by youth protection'),
    ('sortie de détention provinciale il y a 10 jours', 'released from provincial detention 10 days ago'),
    ('perte d\'emploi récente et difficultés financières importantes', 'recent job loss and major financial difficulties'),
]

DONOR_DX = [('anoxie cérébrale post-arrêt cardiaque', 'anoxic brain injury after cardiac arrest'),
            ('hémorragie sous-arachnoïdienne massive (Fisher 4)', 'massive subarachnoid haemorrhage (Fisher 4)'),
            ('traumatisme crânien sévère', 'severe traumatic brain injury'),
            ('AVC hémorragique avec engagement', 'haemorrhagic stroke with herniation')]
