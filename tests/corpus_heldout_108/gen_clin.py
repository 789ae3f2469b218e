"""Clinical vocabulary: conditions with matching drugs, infusions and lab
results, in French and English."""

CONDITIONS = {
    'pr': dict(
        fr=['polyarthrite rhumatoïde séropositive', 'polyarthrite rhumatoïde (FR+, anti-CCP+)', 'PR érosive',
            'polyarthrite rhumatoïde active'],
        en=['seropositive rheumatoid arthritis', 'rheumatoid arthritis (RF+, anti-CCP+)', 'erosive RA',
            'active rheumatoid arthritis'],
        meds=['méthotrexate 20 mg s.c. 1 fois/semaine', 'hydroxychloroquine 200 mg die', 'sulfasalazine 1 g bid',
              'leflunomide 20 mg die', 'prednisone 7,5 mg die'],
        meds_en=['methotrexate 20 mg SC weekly', 'hydroxychloroquine 200 mg daily', 'sulfasalazine 1 g BID',
                 'leflunomide 20 mg daily', 'prednisone 7.5 mg daily'],
        inf=[('infliximab (Inflectra)', '5 mg/kg aux 8 semaines', '5 mg/kg q8 weeks'),
             ('tocilizumab IV (Actemra)', '8 mg/kg aux 4 semaines', '8 mg/kg q4 weeks'),
             ('abatacept IV (Orencia)', '750 mg aux 4 semaines', '750 mg q4 weeks'),
             ('rituximab (Riabni)', '1000 mg J1 et J15', '1000 mg day 1 and day 15'),
             ('golimumab IV (Simponi I.V.)', '2 mg/kg aux 8 semaines', '2 mg/kg q8 weeks')],
        sc=['adalimumab (Hadlima) 40 mg s.c. aux 2 semaines', 'étanercept (Erelzi) 50 mg s.c. 1 fois/semaine',
            'upadacitinib (Rinvoq) 15 mg die', 'tofacitinib (Xeljanz) 5 mg bid', 'certolizumab (Cimzia) 200 mg aux 2 semaines'],
        labs=[('CRP', 'mg/L', 8, 65), ('VS', 'mm/h', 25, 80), ('facteur rhumatoïde', 'UI/mL', 40, 400),
              ('anti-CCP', 'U/mL', 60, 340)],
        score='DAS28-CRP',
    ),
    'lupus': dict(
        fr=['lupus érythémateux disséminé', 'LED avec atteinte rénale (néphrite lupique classe IV)',
            'lupus systémique avec atteinte cutanéo-articulaire', 'lupus érythémateux systémique'],
        en=['systemic lupus erythematosus', 'SLE with class IV lupus nephritis', 'SLE with cutaneous and joint involvement',
            'lupus (SLE)'],
        meds=['hydroxychloroquine 300 mg die', 'mycophénolate mofétil 1,5 g bid', 'prednisone 10 mg die',
              'azathioprine 100 mg die'],
        meds_en=['hydroxychloroquine 300 mg daily', 'mycophenolate mofetil 1.5 g BID', 'prednisone 10 mg daily',
                 'azathioprine 100 mg daily'],
        inf=[('belimumab IV (Benlysta)', '10 mg/kg aux 4 semaines', '10 mg/kg q4 weeks'),
             ('anifrolumab (Saphnelo)', '300 mg aux 4 semaines', '300 mg q4 weeks'),
             ('cyclophosphamide IV (protocole Euro-Lupus)', '500 mg aux 2 semaines x 6', '500 mg q2 weeks x 6'),
             ('méthylprednisolone IV (bolus)', '500 mg die x 3 jours', '500 mg daily x 3 days')],
        sc=['belimumab 200 mg s.c. 1 fois/semaine'],
        labs=[('anti-ADNdb', 'UI/mL', 60, 400), ('C3', 'g/L', 0.4, 0.8), ('C4', 'g/L', 0.04, 0.12),
              ('protéinurie', 'g/24 h', 0.6, 3.8), ('créatinine', 'µmol/L', 85, 160)],
        score='SLEDAI-2K',
    ),
    'goutte': dict(
        fr=['goutte tophacée', 'goutte polyarticulaire récidivante', 'crise de goutte (1re MTP droite)',
            'goutte chronique avec IRC stade 3'],
        en=['tophaceous gout', 'recurrent polyarticular gout', 'acute gout flare (right 1st MTP)',
            'chronic gout with CKD stage 3'],
        meds=['allopurinol 300 mg die', 'colchicine 0,6 mg die', 'fébuxostat 80 mg die', 'naproxène 500 mg bid'],
        meds_en=['allopurinol 300 mg daily', 'colchicine 0.6 mg daily', 'febuxostat 80 mg daily', 'naproxen 500 mg BID'],
        inf=[('pegloticase (Krystexxa)', '8 mg IV aux 2 semaines', '8 mg IV q2 weeks')],
        sc=['canakinumab 150 mg s.c.'],
        labs=[('acide urique', 'µmol/L', 420, 640), ('créatinine', 'µmol/L', 95, 180), ('DFGe', 'mL/min/1,73 m²', 28, 58)],
        score=None,
    ),
    'osteo': dict(
        fr=['ostéoporose post-ménopausique', 'ostéoporose avec fracture de fragilité (L1)', 'ostéoporose cortico-induite',
            'ostéoporose sévère (T-score -3,1)'],
        en=['postmenopausal osteoporosis', 'osteoporosis with L1 fragility fracture', 'glucocorticoid-induced osteoporosis',
            'severe osteoporosis (T-score -3.1)'],
        meds=['alendronate 70 mg 1 fois/semaine', 'calcium 500 mg + vitamine D 1000 UI die', 'risédronate 35 mg/semaine'],
        meds_en=['alendronate 70 mg weekly', 'calcium 500 mg + vitamin D 1000 IU daily', 'risedronate 35 mg weekly'],
        inf=[('acide zolédronique (Aclasta)', '5 mg IV 1 fois par an', '5 mg IV once yearly')],
        sc=['tériparatide 20 µg s.c. die', 'dénosumab (Prolia) 60 mg s.c. aux 6 mois', 'romosozumab (Evenity) 210 mg s.c. 1 fois/mois x 12'],
        labs=[('T-score col fémoral', '', -3.4, -2.5), ('T-score L1-L4', '', -3.6, -2.4), ('25-OH vitamine D', 'nmol/L', 28, 60),
              ('calcium corrigé', 'mmol/L', 2.08, 2.3)],
        score=None,
    ),
    'spa': dict(
        fr=['spondylarthrite ankylosante', 'spondyloarthrite axiale (HLA-B27+)', 'rhumatisme psoriasique',
            'arthrite psoriasique avec dactylite'],
        en=['ankylosing spondylitis', 'axial spondyloarthritis (HLA-B27+)', 'psoriatic arthritis',
            'psoriatic arthritis with dactylitis'],
        meds=['naproxène 500 mg bid', 'méthotrexate 15 mg s.c./semaine', 'célécoxib 200 mg die'],
        meds_en=['naproxen 500 mg BID', 'methotrexate 15 mg SC weekly', 'celecoxib 200 mg daily'],
        inf=[('infliximab (Renflexis)', '5 mg/kg aux 6 semaines', '5 mg/kg q6 weeks'),
             ('golimumab IV (Simponi I.V.)', '2 mg/kg aux 8 semaines', '2 mg/kg q8 weeks')],
        sc=['sécukinumab (Cosentyx) 150 mg s.c. 1 fois/mois', 'ixékizumab (Taltz) 80 mg aux 4 semaines',
            'adalimumab (Amgevita) 40 mg aux 2 semaines'],
        labs=[('CRP', 'mg/L', 6, 42), ('BASDAI', '/10', 4.5, 8.2)],
        score='BASDAI',
    ),
    'vasc': dict(
        fr=['artérite à cellules géantes', 'granulomatose avec polyangéite (anti-PR3+)', 'pseudopolyarthrite rhizomélique',
            'vascularite à ANCA avec atteinte rénale'],
        en=['giant cell arteritis', 'granulomatosis with polyangiitis (PR3-ANCA+)', 'polymyalgia rheumatica',
            'ANCA-associated vasculitis with renal involvement'],
        meds=['prednisone 40 mg die en diminution', 'méthotrexate 15 mg/semaine', 'triméthoprime-sulfaméthoxazole DS lun-mer-ven'],
        meds_en=['prednisone 40 mg daily, tapering', 'methotrexate 15 mg weekly', 'TMP-SMX DS Mon-Wed-Fri'],
        inf=[('tocilizumab IV (Actemra)', '8 mg/kg aux 4 semaines', '8 mg/kg q4 weeks'),
             ('rituximab (Ruxience)', '375 mg/m² 1 fois/semaine x 4', '375 mg/m² weekly x 4')],
        inf_by_idx={0: [0], 1: [1], 2: [0], 3: [1]},
        sc=['tocilizumab 162 mg s.c. 1 fois/semaine'],
        labs=[('VS', 'mm/h', 40, 105), ('CRP', 'mg/L', 20, 140), ('créatinine', 'µmol/L', 90, 210)],
        score=None,
    ),
    'other': dict(
        fr=['syndrome de Sjögren primaire', 'sclérodermie systémique limitée', 'myosite inflammatoire (dermatomyosite)',
            'arthrite juvénile idiopathique polyarticulaire'],
        en=["primary Sjögren's syndrome", 'limited systemic sclerosis', 'inflammatory myositis (dermatomyositis)',
            'polyarticular juvenile idiopathic arthritis'],
        meds=['hydroxychloroquine 200 mg die', 'pilocarpine 5 mg tid', 'méthotrexate 15 mg/semaine', 'nifédipine XL 30 mg die'],
        meds_en=['hydroxychloroquine 200 mg daily', 'pilocarpine 5 mg TID', 'methotrexate 15 mg weekly', 'nifedipine XL 30 mg daily'],
        inf=[('immunoglobulines IV (IgIV)', '2 g/kg aux 4 semaines', '2 g/kg q4 weeks'),
             ('tocilizumab IV (Actemra)', '8 mg/kg aux 4 semaines', '8 mg/kg q4 weeks'),
             ('rituximab (Truxima)', '1000 mg J1 et J15', '1000 mg day 1 and day 15')],
        inf_by_idx={0: [2], 1: [1], 2: [0], 3: [1]},
        sc=['abatacept 125 mg s.c. 1 fois/semaine'],
        labs=[('CK', 'U/L', 450, 3200), ('anti-SSA', 'U/mL', 90, 240), ('ALT', 'U/L', 45, 130)],
        score=None,
    ),
}

LAB_EN = {'VS': 'ESR', 'facteur rhumatoïde': 'rheumatoid factor', 'anti-ADNdb': 'anti-dsDNA', 'protéinurie': 'proteinuria',
          'créatinine': 'creatinine', 'acide urique': 'serum urate', 'DFGe': 'eGFR', 'T-score col fémoral': 'femoral neck T-score',
          'T-score L1-L4': 'L1-L4 T-score', '25-OH vitamine D': '25-OH vitamin D', 'calcium corrigé': 'corrected calcium'}
UNIT_EN = {'g/24 h': 'g/24h', 'mL/min/1,73 m²': 'mL/min/1.73m²'}


NON_BIOLOGIC = ('cyclophosphamide', 'méthylprednisolone', 'immunoglobulines')


def pick_case(rng, cond=None, p=None, biologic=False, year=2025):
    """A coherent clinical picture. p (a patient) keeps it plausible for sex
    and age: post-menopausal osteoporosis only for women over 45, juvenile
    arthritis only for children; biologic=True keeps to drugs that need a
    prior authorisation."""
    age = (year - p.dob.year) if p is not None else 50
    if p is not None and age < 18:
        cond = 'other'
    cond = cond or rng.choice(list(CONDITIONS))
    c = CONDITIONS[cond]
    idx = list(range(len(c['fr'])))
    if cond == 'osteo' and not (p is not None and p.sex == 'F' and age >= 45):
        idx.remove(0)
    if cond == 'osteo' and age < 35:
        idx = [2]
    if cond == 'vasc' and age < 50:
        idx = [1, 3]
    if cond == 'other':
        idx = [3] if age < 18 else [0, 1, 2]
    i = rng.choice(idx)
    m = rng.randrange(len(c['meds']))
    pool = [c['inf'][k] for k in c['inf_by_idx'][i]] if 'inf_by_idx' in c else c['inf']
    infs = [x for x in pool if not (biologic and x[0].startswith(NON_BIOLOGIC))] or pool
    inf = rng.choice(infs)
    labs = rng.sample(c['labs'], k=min(len(c['labs']), rng.randint(1, 3)))
    lab_vals = []
    for name, unit, lo, hi in labs:
        v = rng.uniform(lo, hi)
        if isinstance(lo, float) or abs(hi) < 10:
            v = round(v, 2 if abs(hi) < 1 else 1)
        else:
            v = int(v)
        lab_vals.append((name, v, unit))
    return dict(cond=cond, dx_fr=c['fr'][i], dx_en=c['en'][i], med_fr=c['meds'][m], med_en=c['meds_en'][m],
                inf_drug=inf[0], inf_dose_fr=inf[1], inf_dose_en=inf[2], sc=rng.choice(c['sc']), labs=lab_vals,
                score=c['score'])


def num_fr(v):
    return str(v).replace('.', ',')


def lab_str(case, lang):
    parts = []
    for name, v, unit in case['labs']:
        if lang == 'fr':
            parts.append(f'{name} {num_fr(v)} {unit}'.strip())
        else:
            parts.append(f'{LAB_EN.get(name, name)} {v} {UNIT_EN.get(unit, unit)}'.strip())
    return ', '.join(parts)


def drug_en(s):
    return (s.replace('acide zolédronique', 'zoledronic acid').replace('dénosumab', 'denosumab')
            .replace('méthylprednisolone', 'methylprednisolone').replace('immunoglobulines IV (IgIV)', 'IV immunoglobulin (IVIG)')
            .replace('protocole', 'protocol').replace('sécukinumab', 'secukinumab').replace('ixékizumab', 'ixekizumab')
            .replace('étanercept', 'etanercept').replace('tériparatide', 'teriparatide').replace(' s.c.', ' SC')
            .replace('aux 2 semaines', 'q2 weeks').replace('aux 4 semaines', 'q4 weeks').replace('aux 6 mois', 'q6 months')
            .replace('1 fois/semaine', 'weekly').replace('1 fois/mois', 'monthly').replace(' die', ' daily'))


def score_val(rng, score):
    if score == 'DAS28-CRP':
        return round(rng.uniform(3.3, 6.4), 1)
    if score == 'SLEDAI-2K':
        return rng.randint(6, 18)
    if score == 'BASDAI':
        return round(rng.uniform(4.2, 8.5), 1)
    return None
