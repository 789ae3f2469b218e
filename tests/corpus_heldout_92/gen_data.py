"""Invented institutions, pharmacies, drugs, conditions and lab tests."""

HOSPITALS = [
    # region, lang, name, short, domain, city, area, mrn_prefix, mrn_len
    dict(region='QC', lang='fr', name='CHU de la Haute-Rivière', short='CHUHR', domain='chu-hauteriviere.example',
         city='Québec', area='418', mrn_prefix='', mrn_len=7, street='2250, boul. des Hospitalières'),
    dict(region='QC', lang='fr', name='Hôpital Sainte-Clothilde-du-Lac', short='HSCL', domain='hscl.example',
         city='Sherbrooke', area='819', mrn_prefix='S', mrn_len=6, street='140, rue du Couvent'),
    dict(region='QC', lang='fr', name='CIUSSS du Val-Boréal – Hôpital de Saint-Aimé', short='HSA',
         domain='valboreal.example', city='Trois-Rivières', area='819', mrn_prefix='', mrn_len=8,
         street='1800, rue Laviolette-Nord'),
    dict(region='QC', lang='fr', name='Centre hospitalier des Deux-Rives', short='CHDR', domain='ch2rives.example',
         city='Longueuil', area='450', mrn_prefix='DR', mrn_len=6, street='75, chemin de Chambly Est'),
    dict(region='QC', lang='en', name="St. Aidan's Hospital", short='SAH', domain='staidans.example',
         city='Montréal', area='514', mrn_prefix='', mrn_len=7, street='4100 Sherbrooke St. W.'),
    dict(region='QC', lang='en', name='Lakeshore Westview General Hospital', short='LWGH',
         domain='lwgh.example', city='Pointe-Claire', area='514', mrn_prefix='W', mrn_len=7,
         street='175 Stillview Rd'),
    dict(region='ON', lang='en', name='Northgate General Hospital', short='NGH', domain='northgate-gh.example',
         city='Sudbury', area='705', mrn_prefix='NG', mrn_len=7, street='41 Ramsey Lake Cres.'),
    dict(region='ON', lang='en', name='Rideau Bay Health Sciences Centre', short='RBHSC',
         domain='rideaubay.example', city='Ottawa', area='613', mrn_prefix='', mrn_len=8,
         street='600 Carling Crescent'),
    dict(region='ON', lang='en', name='Cataraqui Shores Hospital', short='CSH', domain='catshores.example',
         city='Kingston', area='613', mrn_prefix='K', mrn_len=7, street='88 Portsmouth Ave.'),
    dict(region='ON', lang='fr', name='Hôpital communautaire de l\'Est ontarien', short='HCEO',
         domain='hceo.example', city='Hawkesbury', area='613', mrn_prefix='E', mrn_len=6,
         street='1111, rue Principale'),
    dict(region='ON', lang='fr', name='Centre de santé Saint-Laurent-Nord', short='CSSLN',
         domain='csslnord.example', city='Cornwall', area='613', mrn_prefix='', mrn_len=7,
         street='410, avenue Pitt'),
]

PHARMACIES = [
    dict(region='QC', lang='fr', name='Pharmacie Lachance et Dubé', domain='pharm-lachancedube.example',
         city='Québec', area='418', street='1480, 1re Avenue'),
    dict(region='QC', lang='fr', name='Pharmacie Rioux-Beaulieu', domain='rioux-beaulieu-rx.example',
         city='Rimouski', area='418', street='260, rue Saint-Germain Est'),
    dict(region='QC', lang='fr', name='Pharmacie Desrosiers & Auclair', domain='desrosiers-auclair.example',
         city='Laval', area='450', street='3005, boul. de la Concorde'),
    dict(region='QC', lang='fr', name='Pharmacie du Vieux-Moulin', domain='pharmvieuxmoulin.example',
         city='Saguenay', area='418', street='22, rue Racine'),
    dict(region='QC', lang='fr', name='Pharmacie Gingras Santé', domain='gingras-sante.example',
         city='Gatineau', area='819', street='145, boul. Maloney Ouest'),
    dict(region='QC', lang='en', name='Westhaven Pharmacy', domain='westhaven-rx.example',
         city='Montréal', area='514', street='5520 Monkland Ave.'),
    dict(region='QC', lang='en', name='Beaconsfield Court Pharmacy', domain='bcourt-pharmacy.example',
         city='Beaconsfield', area='514', street='61 Beaurepaire Dr.'),
    dict(region='ON', lang='en', name='Maplecrest Pharmacy', domain='maplecrest-rx.example',
         city='Ottawa', area='613', street='1240 Bank St.'),
    dict(region='ON', lang='en', name='Kingsway Apothecary', domain='kingsway-apothecary.example',
         city='Toronto', area='416', street='3020 Bloor St. W.'),
    dict(region='ON', lang='en', name='Lakehead Family Pharmacy', domain='lakehead-family-rx.example',
         city='Hamilton', area='905', street='77 Locke St. S.'),
    dict(region='ON', lang='en', name='Ramsey Lake Pharmacy', domain='ramseylake-rx.example',
         city='Sudbury', area='705', street='300 Paris St.'),
    dict(region='ON', lang='fr', name='Pharmacie Boisvert de Hawkesbury', domain='pharmboisvert.example',
         city='Hawkesbury', area='613', street='500, rue McGill'),
    dict(region='ON', lang='fr', name='Pharmacie Champagne – Orléans', domain='champagne-orleans.example',
         city='Ottawa', area='613', street='2910, boul. Saint-Joseph'),
]

CLINICS = [
    dict(region='QC', lang='fr', name='GMF des Trois-Sommets', domain='gmf-troissommets.example', area='819'),
    dict(region='QC', lang='fr', name='Clinique médicale de la Rivière-aux-Saules', domain='cm-rivsaules.example', area='418'),
    dict(region='QC', lang='fr', name='GMF-U du Plateau-Vert', domain='gmfu-plateauvert.example', area='514'),
    dict(region='QC', lang='en', name='Cavendish Family Medicine Group', domain='cavendish-fmg.example', area='514'),
    dict(region='ON', lang='en', name='Glebe Family Health Team', domain='glebe-fht.example', area='613'),
    dict(region='ON', lang='en', name='Westdale Community Health Centre', domain='westdale-chc.example', area='905'),
    dict(region='ON', lang='en', name='Laurentian Family Health Organization', domain='laurentian-fho.example', area='705'),
    dict(region='ON', lang='fr', name='Centre de santé communautaire de l\'Estrie ontarienne', domain='cscestrie-on.example', area='613'),
]

# drug: generic, fr name, strengths, form fr, form en, cls, usual sig fr/en
DRUGS = [
    ('metformin', 'metformine', ['500 mg', '850 mg'], 'co.', 'tab', 'antidiabetic', '1 co. BID', '1 tab BID'),
    ('apixaban', 'apixaban', ['2,5 mg', '5 mg'], 'co.', 'tab', 'anticoagulant', '1 co. BID', '1 tab BID'),
    ('warfarin', 'warfarine', ['1 mg', '2 mg', '5 mg'], 'co.', 'tab', 'anticoagulant', 'selon INR', 'as per INR'),
    ('atorvastatin', 'atorvastatine', ['20 mg', '40 mg', '80 mg'], 'co.', 'tab', 'statin', '1 co. HS', '1 tab HS'),
    ('ramipril', 'ramipril', ['2,5 mg', '5 mg', '10 mg'], 'caps.', 'cap', 'ACEi', '1 caps. DIE', '1 cap daily'),
    ('amlodipine', 'amlodipine', ['5 mg', '10 mg'], 'co.', 'tab', 'CCB', '1 co. DIE', '1 tab daily'),
    ('levothyroxine', 'lévothyroxine', ['50 mcg', '75 mcg', '100 mcg'], 'co.', 'tab', 'thyroid', '1 co. DIE à jeun', '1 tab daily on empty stomach'),
    ('sertraline', 'sertraline', ['50 mg', '100 mg'], 'caps.', 'cap', 'SSRI', '1 caps. DIE', '1 cap daily'),
    ('quetiapine', 'quétiapine', ['25 mg', '100 mg', '200 mg'], 'co.', 'tab', 'antipsychotic', '1 co. HS', '1 tab HS'),
    ('hydromorphone', 'hydromorphone', ['1 mg', '2 mg'], 'co.', 'tab', 'opioid', '1 co. q4h PRN', '1 tab q4h PRN'),
    ('methadone', 'méthadone', ['10 mg/mL'], 'sol. orale', 'oral solution', 'OAT', 'dose quotidienne observée', 'daily witnessed dose'),
    ('buprenorphine-naloxone', 'buprénorphine-naloxone', ['8 mg/2 mg', '2 mg/0,5 mg'], 'co. SL', 'SL tab', 'OAT', 'SL DIE', 'SL daily'),
    ('lithium', 'lithium', ['300 mg'], 'caps.', 'cap', 'mood stabilizer', '2 caps. BID', '2 caps BID'),
    ('insulin glargine', 'insuline glargine', ['100 U/mL'], 'stylo', 'pen', 'insulin', '22 U HS', '22 units HS'),
    ('semaglutide', 'sémaglutide', ['0,5 mg', '1 mg'], 'stylo', 'pen', 'GLP-1', '1 fois/sem.', 'once weekly'),
    ('methotrexate', 'méthotrexate', ['2,5 mg', '25 mg/mL'], 'co.', 'tab', 'DMARD', '15 mg 1 fois/sem.', '15 mg once weekly'),
    ('clarithromycin', 'clarithromycine', ['500 mg'], 'co.', 'tab', 'macrolide', '1 co. BID x 7 j', '1 tab BID x 7 d'),
    ('fluconazole', 'fluconazole', ['150 mg'], 'caps.', 'cap', 'antifungal', '1 caps. dose unique', '1 cap single dose'),
    ('vancomycin', 'vancomycine', ['1 g', '1,25 g'], 'IV', 'IV', 'glycopeptide', 'q12h', 'q12h'),
    ('gentamicin', 'gentamicine', ['80 mg'], 'IV', 'IV', 'aminoglycoside', 'q24h', 'q24h'),
    ('omeprazole', 'oméprazole', ['20 mg'], 'caps.', 'cap', 'PPI', '1 caps. DIE', '1 cap daily'),
    ('prednisone', 'prednisone', ['5 mg', '50 mg'], 'co.', 'tab', 'corticosteroid', 'selon schéma dégressif', 'taper as directed'),
    ('salbutamol', 'salbutamol', ['100 mcg'], 'aérosol', 'inhaler', 'SABA', '2 inh. QID PRN', '2 puffs QID PRN'),
    ('budesonide-formoterol', 'budésonide-formotérol', ['200/6 mcg'], 'Turbuhaler', 'Turbuhaler', 'ICS-LABA', '1 inh. BID', '1 inh BID'),
    ('methylphenidate', 'méthylphénidate', ['18 mg', '36 mg'], 'co. LP', 'ER tab', 'stimulant', '1 co. le matin', '1 tab in the morning'),
    ('lorazepam', 'lorazépam', ['0,5 mg', '1 mg'], 'co.', 'tab', 'benzodiazepine', '1 co. HS PRN', '1 tab HS PRN'),
    ('amoxicillin', 'amoxicilline', ['500 mg', '250 mg/5 mL'], 'caps.', 'cap', 'penicillin', '1 caps. TID x 10 j', '1 cap TID x 10 d'),
    ('spironolactone', 'spironolactone', ['25 mg'], 'co.', 'tab', 'MRA', '1 co. DIE', '1 tab daily'),
    ('allopurinol', 'allopurinol', ['100 mg', '300 mg'], 'co.', 'tab', 'xanthine oxidase inh.', '1 co. DIE', '1 tab daily'),
    ('tacrolimus', 'tacrolimus', ['1 mg'], 'caps.', 'cap', 'immunosuppressant', '2 caps. BID', '2 caps BID'),
    ('morphine', 'morphine', ['10 mg', '5 mg'], 'co.', 'tab', 'opioid', '1 co. q4h PRN', '1 tab q4h PRN'),
    ('lamotrigine', 'lamotrigine', ['100 mg', '150 mg'], 'co.', 'tab', 'antiepileptic', '1 co. BID', '1 tab BID'),
]

CONDITIONS = [
    # fr, en, drug hint
    ('diabète de type 2', 'type 2 diabetes', 'metformin'),
    ('fibrillation auriculaire', 'atrial fibrillation', 'apixaban'),
    ('hypertension artérielle', 'hypertension', 'ramipril'),
    ('hypothyroïdie', 'hypothyroidism', 'levothyroxine'),
    ('dépression majeure', 'major depression', 'sertraline'),
    ('trouble bipolaire', 'bipolar disorder', 'lithium'),
    ('schizophrénie', 'schizophrenia', 'quetiapine'),
    ('trouble lié à l\'usage des opioïdes', 'opioid use disorder', 'methadone'),
    ('MPOC', 'COPD', 'budesonide-formoterol'),
    ('asthme', 'asthma', 'salbutamol'),
    ('polyarthrite rhumatoïde', 'rheumatoid arthritis', 'methotrexate'),
    ('insuffisance cardiaque', 'heart failure', 'spironolactone'),
    ('goutte', 'gout', 'allopurinol'),
    ('TDAH', 'ADHD', 'methylphenidate'),
    ('greffe rénale', 'kidney transplant', 'tacrolimus'),
    ('TVP', 'DVT', 'warfarin'),
    ('insuffisance rénale chronique stade 4', 'CKD stage 4', 'allopurinol'),
    ('VIH', 'HIV', None),
    ('cancer du sein', 'breast cancer', None),
    ('maladie de Crohn', "Crohn's disease", 'prednisone'),
    ('épilepsie', 'epilepsy', None),
    ('trouble anxieux généralisé', 'generalized anxiety disorder', 'lorazepam'),
]


def drug_by(generic):
    for d in DRUGS:
        if d[0] == generic:
            return d
    raise KeyError(generic)


def drug_line(d, lang, rng, with_sig=True):
    strength = rng.choice(d[2])
    if lang == 'fr':
        s = '%s %s' % (d[1], strength)
        return s + (' – ' + d[6] if with_sig else '')
    s = '%s %s' % (d[0], strength.replace(',', '.'))
    return s + (' - ' + d[7] if with_sig else '')


def strength(d, lang, rng):
    s = rng.choice(d[2])
    return s if lang == 'fr' else s.replace(',', '.')


def din(rng):
    return '02%06d' % rng.randrange(1000000)


SUPPLIERS = [
    dict(name='Distribution Pharmaboréal inc.', domain='pharmaboreal.example', lang='fr'),
    dict(name='McAllister Medical Supply Ltd.', domain='mcallister-med.example', lang='en'),
    dict(name='Laboratoires Vireo Canada', domain='vireo-labs.example', lang='fr'),
    dict(name='Northstar Generics Inc.', domain='northstar-generics.example', lang='en'),
    dict(name='GrossoPharm Québec', domain='grossopharm.example', lang='fr'),
    dict(name='Apex Sterile Compounding Services', domain='apex-sterile.example', lang='en'),
]
