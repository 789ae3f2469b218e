"""Clinical vocabulary for nephrology / kidney transplant mail (French-Canadian and English)."""

# (fr, en, ckd-cause key)
CAUSES = [
    ('néphropathie diabétique', 'diabetic nephropathy'),
    ('néphropathie à IgA', 'IgA nephropathy'),
    ('polykystose rénale autosomique dominante (PKRAD)', 'autosomal dominant polycystic kidney disease (ADPKD)'),
    ('néphroangiosclérose hypertensive', 'hypertensive nephrosclerosis'),
    ('HSF (hyalinose segmentaire et focale)', 'FSGS'),
    ('néphrite lupique classe IV', 'class IV lupus nephritis'),
    ('glomérulonéphrite membraneuse (anti-PLA2R +)', 'membranous nephropathy (anti-PLA2R positive)'),
    ('syndrome d\'Alport', 'Alport syndrome'),
    ('néphropathie de reflux', 'reflux nephropathy'),
    ('vasculite à ANCA (MPO)', 'ANCA vasculitis (MPO)'),
]

TX_MEDS = [
    ('Advagraf (tacrolimus LP)', 'Advagraf (tacrolimus XR)'),
    ('Prograf (tacrolimus)', 'Prograf (tacrolimus)'),
    ('Envarsus PA', 'Envarsus PA'),
]
ANTIPROLIF = [('mycophénolate mofétil (CellCept) 750 mg BID', 'mycophenolate mofetil (CellCept) 750 mg BID'),
              ('Myfortic 540 mg BID', 'Myfortic 540 mg BID'),
              ('azathioprine 75 mg DIE', 'azathioprine 75 mg daily')]
CKD_MEDS = [
    ('ramipril 5 mg DIE', 'ramipril 5 mg daily'),
    ('périndopril 4 mg DIE', 'perindopril 4 mg daily'),
    ('dapagliflozine (Forxiga) 10 mg DIE', 'dapagliflozin (Forxiga) 10 mg daily'),
    ('empagliflozine 10 mg DIE', 'empagliflozin 10 mg daily'),
    ('furosémide 40 mg BID', 'furosemide 40 mg BID'),
    ('bicarbonate de sodium 650 mg TID', 'sodium bicarbonate 650 mg TID'),
    ('carbonate de calcium 1,25 g TID aux repas', 'calcium carbonate 1.25 g TID with meals'),
    ('Renvela (sévélamer) 800 mg TID', 'Renvela (sevelamer) 800 mg TID'),
    ('calcitriol 0,25 mcg DIE', 'calcitriol 0.25 mcg daily'),
    ('amlodipine 10 mg DIE', 'amlodipine 10 mg daily'),
    ('atorvastatine 40 mg HS', 'atorvastatin 40 mg at bedtime'),
    ('insuline glargine 22 U HS', 'insulin glargine 22 units at bedtime'),
    ('Lokelma 5 g DIE', 'Lokelma 5 g daily'),
    ('finérénone (Kerendia) 10 mg DIE', 'finerenone (Kerendia) 10 mg daily'),
    ('Aranesp 40 mcg SC q2 sem.', 'Aranesp 40 mcg SC q2 weeks'),
    ('fer sucrose (Venofer) 200 mg IV', 'iron sucrose (Venofer) 200 mg IV'),
]
PROPHYLAXIS = [('Septra SS 1 co DIE', 'Septra SS 1 tab daily'),
               ('valganciclovir (Valcyte) 450 mg DIE', 'valganciclovir (Valcyte) 450 mg daily'),
               ('nystatine 5 mL QID', 'nystatin 5 mL QID')]


def pick(rng, seq, lang):
    x = rng.choice(seq)
    return x[0] if lang == 'fr' else x[1]


def picks(rng, seq, lang, k):
    return [x[0] if lang == 'fr' else x[1] for x in rng.sample(seq, k)]


def num(v, lang, nd=1):
    s = ('%.' + str(nd) + 'f') % v
    return s.replace('.', ',') if lang == 'fr' else s


def egfr_series(rng, start=None, n=4):
    start = start or rng.randrange(18, 48)
    vals = [start]
    for _ in range(n - 1):
        vals.append(max(6, vals[-1] - rng.randrange(0, 6)))
    return vals


def stage(egfr):
    if egfr >= 90:
        return 'G1'
    if egfr >= 60:
        return 'G2'
    if egfr >= 45:
        return 'G3a'
    if egfr >= 30:
        return 'G3b'
    if egfr >= 15:
        return 'G4'
    return 'G5'


def creat_for(egfr, rng):
    # crude inverse for plausible creatinine in umol/L
    return int(round(6800 / max(egfr, 5) + rng.randrange(-15, 15)))


def tac_level(rng, kind='any'):
    if kind == 'low':
        return round(rng.uniform(2.1, 4.4), 1)
    if kind == 'high':
        return round(rng.uniform(11.5, 17.8), 1)
    return round(rng.uniform(2.1, 17.8), 1)


BANFF = [
    ('rejet aigu à médiation cellulaire T, Banff IA (i2, t2, v0)',
     'acute T-cell mediated rejection, Banff IA (i2, t2, v0)'),
    ('changements limites (borderline) — i1, t1', 'borderline changes — i1, t1'),
    ('rejet humoral actif (ABMR) — g2, ptc2, C4d 2, DSA positifs',
     'active antibody-mediated rejection — g2, ptc2, C4d 2, DSA positive'),
    ('néphropathie à virus BK (classe 2 selon Banff), SV40 positif',
     'BK polyomavirus nephropathy (Banff class 2), SV40 positive'),
    ('néphrotoxicité aux anticalcineurines, fibrose interstitielle/atrophie tubulaire (IF/TA) grade I',
     'calcineurin-inhibitor toxicity, IF/TA grade I'),
    ('récidive de néphropathie à IgA sur le greffon', 'recurrent IgA nephropathy in the allograft'),
]

SYMPTOMS = [
    ('œdème aux membres inférieurs ++, gain de poids de 3 kg', 'bilateral leg oedema, 3 kg weight gain'),
    ('prurit et nausées matinales, appétit diminué', 'pruritus, morning nausea, poor appetite'),
    ('fièvre 38,4 et brûlure mictionnelle', 'fever 38.4 and dysuria'),
    ('douleur au site du greffon, diurèse diminuée', 'graft-site tenderness, reduced urine output'),
    ('essoufflement à l\'effort, orthopnée 2 oreillers', 'exertional dyspnea, 2-pillow orthopnea'),
    ('tremblements fins et céphalées', 'fine tremor and headaches'),
    ('crampes pendant les traitements, hypotension en fin de séance', 'intradialytic cramps and end-of-run hypotension'),
]


def lab_panel(rng, lang, egfr=None, tx=False):
    egfr = egfr or rng.randrange(9, 45)
    cr = creat_for(egfr, rng)
    k = round(rng.uniform(3.9, 6.3), 1)
    hb = rng.randrange(84, 132)
    bic = rng.randrange(15, 26)
    phos = round(rng.uniform(1.1, 2.4), 2)
    acr = round(rng.uniform(3, 280), 1)
    items = [
        ('créat' if lang == 'fr' else 'creat', '%d µmol/L' % cr if rng.random() < 0.6 else '%d umol/L' % cr),
        ('DFGe' if lang == 'fr' else 'eGFR', '%d mL/min/1,73 m²' % egfr if lang == 'fr' else '%d mL/min/1.73m2' % egfr),
        ('K', num(k, lang) + ' mmol/L'),
        ('Hb', '%d g/L' % hb),
        ('HCO3', '%d' % bic),
        ('PO4', num(phos, lang, 2)),
    ]
    if tx:
        items.append(('FK' if lang == 'fr' else 'tac', num(tac_level(rng), lang) + ' µg/L'))
    else:
        items.append(('RAC' if lang == 'fr' else 'ACR', num(acr, lang) + ' mg/mmol'))
    return items, {'egfr': egfr, 'cr': cr, 'k': k, 'hb': hb}


def panel_text(items, sep=', '):
    return sep.join('%s %s' % (a, b) for a, b in items)
