"""Clinical phrase library (bariatric surgery / obesity medicine), French and English.
Every function writes through a Doc so that the finding types are recorded."""
import datetime

from gen_common import pick, age_group, fmt_date


def num(x, lang, nd=1):
    s = f'{x:.{nd}f}'
    return s.replace('.', ',') if lang == 'fr' else s


def bmi_value(rng, grp='adult'):
    if grp == 'child':
        return rng.uniform(27, 36)
    if grp == 'teen':
        return rng.uniform(36, 48)
    return rng.uniform(35.5, 58)


def obesity_dx(d, p, style=None):
    rng, lang = d.rng, d.lang
    grp = age_group(p)
    b = bmi_value(rng, grp)
    style = style if style is not None else rng.randrange(3)
    if grp == 'child':
        t = {'fr': [f'obésité sévère à début précoce (IMC {num(b, lang)}, > 99e percentile)',
                    f'obésité sévère précoce avec hyperphagie, IMC {num(b, lang)}',
                    'obésité morbide pédiatrique, recherche de cause monogénique (MC4R, LEPR)'],
             'en': [f'severe early-onset obesity (BMI {num(b, lang)}, > 99th percentile)',
                    f'severe early-onset obesity with hyperphagia, BMI {num(b, lang)}',
                    'severe paediatric obesity, work-up for monogenic cause (MC4R, LEPR)']}
    else:
        cls = 'III' if b >= 40 else 'II'
        t = {'fr': [f'obésité classe {cls} (IMC {num(b, lang)} kg/m²)',
                    f'obésité sévère, IMC {num(b, lang)}',
                    f'IMC {num(b, lang)} — obésité classe {cls} avec comorbidités'],
             'en': [f'class {cls} obesity (BMI {num(b, lang)} kg/m2)',
                    f'severe obesity, BMI {num(b, lang)}',
                    f'BMI {num(b, lang)}, class {cls} obesity with comorbidities']}
    return d.dx(t[lang][style % 3])


COMORB = {
    'adult': [('DT2 sous hypoglycémiants oraux', 'T2DM on oral agents'),
              ('diabète de type 2', 'type 2 diabetes'),
              ('apnée obstructive du sommeil (CPAP)', 'obstructive sleep apnea on CPAP'),
              ('HTA', 'HTN'), ('hypertension artérielle', 'hypertension'),
              ('stéatose hépatique (MASLD)', 'MASLD / fatty liver'),
              ('RGO', 'GERD'), ('reflux gastro-oesophagien sévère', 'severe reflux'),
              ('SOPK', 'PCOS'), ('gonarthrose bilatérale', 'bilateral knee OA'),
              ('dyslipidémie', 'dyslipidemia'), ('trouble d\'hyperphagie boulimique', 'binge eating disorder'),
              ('dépression majeure en rémission', 'major depression, in remission'),
              ('incontinence urinaire d\'effort', 'stress urinary incontinence'),
              ('lombalgie chronique', 'chronic low back pain')],
    'teen': [('prédiabète', 'prediabetes'), ('SOPK', 'PCOS'), ('acanthosis nigricans', 'acanthosis nigricans'),
             ('apnée du sommeil légère', 'mild sleep apnea'), ('anxiété', 'anxiety'),
             ('stéatose hépatique', 'fatty liver'), ('intimidation scolaire liée au poids', 'weight-related bullying at school')],
    'child': [('acanthosis nigricans', 'acanthosis nigricans'), ('hyperphagie', 'hyperphagia'),
              ('ronflement, apnées observées', 'snoring with witnessed apneas'),
              ('retard de langage', 'speech delay'), ('hyperinsulinisme', 'hyperinsulinism')],
    'senior': [('anémie ferriprive sur bypass ancien', 'iron deficiency anemia after remote bypass'),
               ('ostéoporose', 'osteoporosis'), ('malnutrition protéino-calorique', 'protein-calorie malnutrition'),
               ('insuffisance cardiaque (FEVG 40 %)', 'heart failure (EF 40%)'),
               ('hypoglycémies post-prandiales', 'post-prandial hypoglycemia'),
               ('neuropathie périphérique (carence B12)', 'peripheral neuropathy (B12 deficiency)'),
               ('FA sous anticoagulant', 'AF on anticoagulation'), ('IRC stade 3a', 'CKD stage 3a')],
}


def comorbs(d, p, n=2):
    grp = age_group(p)
    pool = list(COMORB['senior' if grp == 'senior' else grp])
    d.rng.shuffle(pool)
    i = 0 if d.lang == 'fr' else 1
    return [d.dx(x[i]) for x in pool[:n]]


SURG = [('gastrectomie longitudinale (sleeve)', 'sleeve gastrectomy'),
        ('dérivation gastrique Roux-en-Y (DGRY)', 'Roux-en-Y gastric bypass (RYGB)'),
        ('SADI-S', 'SADI-S'),
        ('dérivation biliopancréatique avec commutation duodénale', 'biliopancreatic diversion with duodenal switch'),
        ('anneau gastrique ajustable', 'adjustable gastric band'),
        ('conversion sleeve vers DGRY', 'sleeve-to-RYGB conversion')]


def surgery(d, p, which=None, year=None):
    rng = d.rng
    i = which if which is not None else rng.randrange(len(SURG))
    grp = age_group(p)
    if grp == 'senior':
        i = pick(rng, [1, 3, 4])
        year = year or rng.randint(1992, 2008)
    year = year or rng.randint(2016, 2024)
    s = SURG[i][0 if d.lang == 'fr' else 1]
    return d.dx(f'{s} ({year})' if rng.random() < 0.5 else (f'{s} en {year}' if d.lang == 'fr' else f'{s} in {year}'))


def planned_surgery(d, which=None):
    i = which if which is not None else pick(d.rng, [0, 0, 1, 1, 2, 5])
    return d.dx(SURG[i][0 if d.lang == 'fr' else 1])


COMPLICATIONS = [('fuite de la ligne d\'agrafes', 'staple-line leak'),
                 ('ulcère marginal', 'marginal ulcer'),
                 ('sténose de l\'anastomose gastro-jéjunale', 'gastrojejunal anastomotic stricture'),
                 ('syndrome de chasse précoce', 'early dumping syndrome'),
                 ('hernie interne (espace de Petersen)', 'internal hernia (Petersen space)'),
                 ('cholécystite aiguë lithiasique', 'acute calculous cholecystitis'),
                 ('déshydratation et intolérance alimentaire', 'dehydration and food intolerance'),
                 ('reprise de poids (+18 kg)', 'weight regain (+18 kg)'),
                 ('RGO de novo post-sleeve', 'de novo GERD after sleeve'),
                 ('hypoglycémie post-bypass', 'post-bypass hypoglycemia')]


def complication(d, i=None):
    i = i if i is not None else d.rng.randrange(len(COMPLICATIONS))
    return d.dx(COMPLICATIONS[i][0 if d.lang == 'fr' else 1])


MEDS = {
    'glp1': [('sémaglutide (Wegovy) 2,4 mg s.c. q 1 sem.', 'semaglutide (Wegovy) 2.4 mg SC weekly'),
             ('Wegovy 1,7 mg s.c. hebdo', 'Wegovy 1.7 mg SC once weekly'),
             ('tirzépatide (Mounjaro) 7,5 mg s.c. q sem.', 'tirzepatide (Mounjaro) 7.5 mg SC weekly'),
             ('Zepbound 5 mg s.c. hebdomadaire', 'Zepbound 5 mg SC weekly'),
             ('liraglutide (Saxenda) 3 mg s.c. die', 'liraglutide (Saxenda) 3 mg SC daily'),
             ('Ozempic 1 mg s.c. q sem.', 'Ozempic 1 mg SC weekly'),
             ('naltrexone-bupropion (Contrave) 2 co. bid', 'naltrexone-bupropion (Contrave) 2 tabs BID'),
             ('orlistat 120 mg tid aux repas', 'orlistat 120 mg TID with meals')],
    'dm': [('metformine 850 mg bid', 'metformin 850 mg BID'), ('Jardiance 25 mg die', 'empagliflozin 25 mg daily'),
           ('insuline glargine 38 u HS', 'insulin glargine 38 units qHS'), ('gliclazide MR 60 mg die', 'gliclazide MR 60 mg daily'),
           ('Janumet 50/1000 bid', 'Janumet 50/1000 BID')],
    'postop': [('pantoprazole 40 mg die x 3 mois', 'pantoprazole 40 mg daily x 3 months'),
               ('ursodiol 250 mg bid x 6 mois', 'ursodiol 250 mg BID x 6 months'),
               ('énoxaparine 40 mg s.c. bid x 14 jours', 'enoxaparin 40 mg SC BID x 14 days'),
               ('acétaminophène liquide 650 mg q 6 h PRN', 'liquid acetaminophen 650 mg q6h PRN'),
               ('ondansétron 4 mg SL q 8 h PRN', 'ondansetron 4 mg ODT q8h PRN'),
               ('sucralfate 1 g qid (suspension)', 'sucralfate 1 g QID (suspension)')],
    'supp': [('multivitamine à croquer 2 co. die', 'chewable multivitamin 2 tabs daily'),
             ('citrate de calcium 500 mg tid', 'calcium citrate 500 mg TID'),
             ('vitamine D3 2000 UI die', 'vitamin D3 2000 IU daily'),
             ('cyanocobalamine 1000 mcg IM q mois', 'cyanocobalamin 1000 mcg IM monthly'),
             ('fumarate ferreux 300 mg die', 'ferrous fumarate 300 mg daily'),
             ('thiamine 100 mg die', 'thiamine 100 mg daily')],
    'other': [('sertraline 100 mg die', 'sertraline 100 mg daily'), ('ramipril 10 mg die', 'ramipril 10 mg daily'),
              ('apixaban 5 mg bid', 'apixaban 5 mg BID'), ('rosuvastatine 10 mg die', 'rosuvastatin 10 mg daily'),
              ('lévothyroxine 88 mcg die', 'levothyroxine 88 mcg daily'), ('acarbose 50 mg tid', 'acarbose 50 mg TID')],
}


def med(d, group, i=None):
    pool = MEDS[group]
    i = i if i is not None else d.rng.randrange(len(pool))
    return d.med(pool[i][0 if d.lang == 'fr' else 1])


MED_CHOICES = {
    'child': [('other', 4)],
    'teen': [('glp1', 0), ('glp1', 4), ('glp1', 7), ('dm', 0), ('other', 0), ('other', 4), ('supp', 2)],
    'adult': [(g, i) for g in ('glp1', 'dm', 'postop', 'supp', 'other') for i in range(len(MEDS[g]))],
    'senior': [('supp', i) for i in range(6)] + [('other', i) for i in (1, 2, 3, 4, 5)],
}


def med_list(d, p, n=3):
    grp = age_group(p)
    pool = list(MED_CHOICES[grp])
    d.rng.shuffle(pool)
    if grp == 'child':
        txt = ('metformine 500 mg bid (hors indication)', 'metformin 500 mg BID (off-label)')
        return [d.med(txt[0 if d.lang == 'fr' else 1])]
    out, seen = [], set()
    for g, i in pool:
        if len(out) >= n:
            break
        if g in ('glp1', 'postop') and g in seen:
            continue
        seen.add(g)
        out.append(med(d, g, i))
    return out


LABS = [  # (fr label, en label, unit, lo, hi, nd, flag_low)
    ('HbA1c', 'HbA1c', '%', 5.4, 10.2, 1),
    ('Ferritine', 'Ferritin', 'µg/L', 4, 160, 0),
    ('Vitamine B12', 'B12', 'pmol/L', 95, 420, 0),
    ('25-OH vitamine D', '25-OH vit D', 'nmol/L', 22, 95, 0),
    ('PTH', 'PTH', 'pmol/L', 3.2, 14.5, 1),
    ('Albumine', 'Albumin', 'g/L', 26, 42, 0),
    ('Hb', 'Hgb', 'g/L', 88, 141, 0),
    ('ALT', 'ALT', 'U/L', 14, 96, 0),
    ('Glycémie à jeun', 'Fasting glucose', 'mmol/L', 4.6, 11.8, 1),
    ('LDL', 'LDL-C', 'mmol/L', 1.6, 4.4, 1),
    ('TSH', 'TSH', 'mUI/L', 0.6, 5.9, 2),
    ('Folates', 'Folate', 'nmol/L', 6, 40, 0),
    ('Zinc', 'Zinc', 'µmol/L', 7, 16, 1),
    ('Thiamine', 'Thiamine', 'nmol/L', 52, 180, 0),
    ('Créatinine', 'Creatinine', 'µmol/L', 54, 128, 0),
]


def lab_values(d, n=4, which=None):
    rng, lang = d.rng, d.lang
    idx = which or rng.sample(range(len(LABS)), n)
    out = []
    for i in idx:
        fr, en, unit, lo, hi, nd = LABS[i]
        v = rng.uniform(lo, hi)
        if lang == 'en' and unit == 'µg/L' and rng.random() < 0.5:
            unit = 'ug/L'
        if lang == 'en' and unit == 'mUI/L':
            unit = 'mIU/L'
        out.append(d.lab(f'{fr if lang == "fr" else en} {num(v, lang, nd)} {unit}'))
    return out


def lab_rows(d, n=5):
    """(label, value, unit) tuples for tables."""
    rng, lang = d.rng, d.lang
    out = []
    for i in rng.sample(range(len(LABS)), n):
        fr, en, unit, lo, hi, nd = LABS[i]
        out.append((fr if lang == 'fr' else en, num(rng.uniform(lo, hi), lang, nd), unit))
    d.lab('')
    return out


IMAGING = [
    ('TOGD (transit baryté) : passage libre du contraste, pas de fuite', 'UGI series: free passage of contrast, no leak'),
    ('TDM abdo : collection de 4,2 cm adjacente à la ligne d\'agrafes, compatible avec fuite',
     'CT abdomen: 4.2 cm collection adjacent to staple line, consistent with leak'),
    ('Écho abdo : lithiase vésiculaire multiple, pas de dilatation des voies biliaires',
     'Abdominal US: multiple gallstones, no biliary dilatation'),
    ('Gastroscopie : ulcère marginal de 8 mm à l\'anastomose, Helicobacter négatif',
     'Gastroscopy: 8 mm marginal ulcer at the anastomosis, H. pylori negative'),
    ('Gastroscopie : hernie hiatale de 3 cm, oesophagite LA grade B', 'EGD: 3 cm hiatal hernia, LA grade B esophagitis'),
    ('Polysomnographie : IAH 38/h, désaturation min. 79 %', 'Polysomnography: AHI 38/h, nadir SpO2 79%'),
    ('TDM : signe du tourbillon mésentérique, suspicion de hernie interne',
     'CT: mesenteric swirl sign, suspected internal hernia'),
    ('Élastographie (FibroScan) : 9,8 kPa, CAP 342 dB/m', 'FibroScan: 9.8 kPa, CAP 342 dB/m'),
    ('Ostéodensitométrie : T-score colonne -2,7', 'DXA: lumbar spine T-score -2.7'),
    ('Dilatation endoscopique au ballon 15 mm, bonne tolérance', 'Endoscopic balloon dilatation to 15 mm, well tolerated'),
]


IMAGING_WITH_DX = {1, 2, 3, 4, 6}


def imaging(d, i=None):
    i = i if i is not None else d.rng.randrange(len(IMAGING))
    if i in IMAGING_WITH_DX:  # the report names a diagnosis as well as a test result
        d.dx('')
    return d.lab(IMAGING[i][0 if d.lang == 'fr' else 1])


SOCIAL = [
    ('vit seule, sans réseau de soutien, pas de voiture', 'lives alone, no support network, no car'),
    ('prestataire de l\'aide sociale depuis 2022', 'on income support (social assistance) since 2022'),
    ('situation de violence conjugale déclarée, suivi en maison d\'hébergement',
     'disclosed intimate partner violence, followed by a women\'s shelter'),
    ('logement insalubre (moisissures), demande de HLM en cours', 'unsafe housing (mould), social housing application pending'),
    ('insécurité alimentaire, utilise la banque alimentaire', 'food insecurity, uses the food bank'),
    ('perte d\'emploi récente, en attente d\'assurance-emploi', 'recent job loss, waiting for EI benefits'),
    ('proche aidante de sa mère, épuisement', 'caregiver for her mother, burnt out'),
    ('dossier actif à la DPJ (négligence)', 'open youth protection (DPJ) file (neglect)'),
    ('en hébergement temporaire depuis l\'expulsion du logement', 'in temporary shelter since eviction'),
    ('curatelle publique, ne gère pas ses finances', 'under public curatorship, does not manage own finances'),
]


def social(d, i=None):
    i = i if i is not None else d.rng.randrange(len(SOCIAL))
    return d.social(SOCIAL[i][0 if d.lang == 'fr' else 1])


SYMPTOMS = [('vomissements post-prandiaux depuis 5 jours', 'post-prandial vomiting for 5 days'),
            ('douleur épigastrique intense', 'severe epigastric pain'),
            ('dysphagie aux solides', 'dysphagia to solids'),
            ('tachycardie à 118 et fièvre 38,6', 'HR 118 and temp 38.6'),
            ('malaises 90 min après les repas (glycémie 2,6)', 'spells 90 min after meals (glucose 2.6)'),
            ('perte de cheveux et fatigue', 'hair loss and fatigue'),
            ('paresthésies aux pieds', 'tingling in both feet'),
            ('méléna x 2', 'melena x 2')]


def symptom(d, i=None):
    i = i if i is not None else d.rng.randrange(len(SYMPTOMS))
    return d.dx(SYMPTOMS[i][0 if d.lang == 'fr' else 1])


def appt(rng, when, lang, style=None):
    h = pick(rng, ['8 h 00', '8 h 30', '9 h 15', '10 h 00', '10 h 45', '13 h 00', '13 h 30', '14 h 15', '15 h 00'])
    if lang == 'en':
        h = h.replace(' h ', ':').replace('13:', '1:').replace('14:', '2:').replace('15:', '3:')
        h = h + (' am' if h.startswith(('8', '9', '10')) else ' pm')
    return f'{fmt_date(when, lang, style if style is not None else 0)}, {h}'
