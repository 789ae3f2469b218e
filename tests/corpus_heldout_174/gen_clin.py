"""Clinical vocabulary for respiratory medicine, in French and English, with seeded values."""

COND = {
    'copd': {
        'fr': ['MPOC GOLD 3 (groupe E)', 'MPOC modérée à sévère', 'MPOC avec emphysème centrolobulaire',
               'MPOC, exacerbations fréquentes'],
        'en': ['COPD GOLD 3 (group E)', 'moderate-to-severe COPD', 'COPD with centrilobular emphysema',
               'COPD, frequent exacerbator'],
        'meds_fr': ['Trelegy Ellipta 100/62,5/25 mcg 1 inh. die', 'Ventolin HFA 100 mcg 2 inh. q4h PRN',
                    'Spiriva Respimat 2,5 mcg 2 inh. die', 'Ultibro Breezhaler 1 caps. die',
                    'azithromycine 250 mg lun-mer-ven', 'Breztri Aerosphere 2 inh. bid'],
        'meds_en': ['Trelegy Ellipta 100/62.5/25 mcg one inhalation daily', 'salbutamol (Ventolin HFA) 2 puffs q4h PRN',
                    'tiotropium (Spiriva Respimat) 2.5 mcg 2 puffs daily', 'Anoro Ellipta 1 inhalation daily',
                    'azithromycin 250 mg Mon/Wed/Fri', 'Breztri Aerosphere 2 puffs BID'],
    },
    'asthma': {
        'fr': ['asthme sévère éosinophilique', 'asthme non maîtrisé', 'asthme professionnel probable',
               'asthme avec polypose nasale'],
        'en': ['severe eosinophilic asthma', 'uncontrolled asthma', 'probable occupational asthma',
               'asthma with nasal polyposis'],
        'meds_fr': ['Symbicort Turbuhaler 200/6 2 inh. bid', 'montélukast 10 mg HS', 'Flovent HFA 250 mcg 2 inh. bid',
                    'Nucala (mépolizumab) 100 mg SC q4 sem.', 'prednisone 40 mg x 5 jours',
                    'Enerzair Breezhaler 1 caps. die'],
        'meds_en': ['Symbicort 200/6 2 inhalations BID', 'montelukast 10 mg at bedtime', 'fluticasone (Flovent HFA) 250 mcg 2 puffs BID',
                    'Dupixent (dupilumab) 300 mg SC q2 weeks', 'prednisone 40 mg x 5 days',
                    'Zenhale 200/5 2 puffs BID'],
    },
    'ipf': {
        'fr': ['fibrose pulmonaire idiopathique', 'pneumopathie interstitielle fibrosante', 'PID probable (PIC)'],
        'en': ['idiopathic pulmonary fibrosis', 'fibrotic interstitial lung disease', 'probable UIP pattern ILD'],
        'meds_fr': ['Ofev (nintédanib) 150 mg bid', 'Esbriet (pirfénidone) 801 mg tid', 'pantoprazole 40 mg die'],
        'meds_en': ['nintedanib (Ofev) 150 mg BID', 'pirfenidone 801 mg TID', 'pantoprazole 40 mg daily'],
    },
    'osa': {
        'fr': ['apnée obstructive du sommeil sévère', 'SAHOS modéré', 'apnée du sommeil positionnelle',
               "syndrome d'apnées-hypopnées obstructives du sommeil"],
        'en': ['severe obstructive sleep apnea', 'moderate OSA', 'positional obstructive sleep apnea',
               'obstructive sleep apnea syndrome'],
        'meds_fr': ['zopiclone 7,5 mg HS', 'trazodone 50 mg HS'],
        'meds_en': ['zopiclone 7.5 mg at bedtime', 'trazodone 50 mg at bedtime'],
    },
    'bronchiectasis': {
        'fr': ['bronchiectasies diffuses', 'bronchiectasies avec colonisation à Pseudomonas'],
        'en': ['non-CF bronchiectasis', 'bronchiectasis colonized with Pseudomonas'],
        'meds_fr': ['azithromycine 250 mg 3x/sem.', 'salin hypertonique 7 % nébul. bid', 'ciprofloxacine 750 mg bid x 14 j'],
        'meds_en': ['azithromycin 250 mg three times weekly', 'hypertonic saline 7% nebulized BID',
                    'ciprofloxacin 750 mg BID x 14 days'],
    },
    'sarcoid': {
        'fr': ['sarcoïdose stade II', 'sarcoïdose pulmonaire'],
        'en': ['stage II sarcoidosis', 'pulmonary sarcoidosis'],
        'meds_fr': ['prednisone 20 mg die', 'méthotrexate 15 mg 1x/sem.'],
        'meds_en': ['prednisone 20 mg daily', 'methotrexate 15 mg weekly'],
    },
    'ohs': {
        'fr': ['syndrome obésité-hypoventilation', 'hypoventilation alvéolaire avec hypercapnie'],
        'en': ['obesity hypoventilation syndrome', 'chronic hypercapnic respiratory failure'],
        'meds_fr': ['furosémide 40 mg die', 'acétazolamide 250 mg bid'],
        'meds_en': ['furosemide 40 mg daily', 'acetazolamide 250 mg BID'],
    },
}


def cond(c, key):
    return c.pick(COND[key][c.lang])


def meds(c, key, n=2):
    pool = list(COND[key]['meds_' + c.lang])
    c.rng.shuffle(pool)
    return pool[:n]


def spiro(c, severity='mod'):
    """Return dict of spirometry values and a one-line summary."""
    pred = c.fl(2.4, 3.6, 2)
    pct = {'mild': c.num(70, 85), 'mod': c.num(50, 69), 'sev': c.num(30, 49), 'rest': c.num(55, 75)}[severity]
    fev1 = round(pred * pct / 100.0, 2)
    if severity == 'rest':
        ratio = c.num(78, 90) / 100.0
    else:
        ratio = c.num(38, 66) / 100.0
    fvc = round(fev1 / ratio, 2)
    fvc_pct = min(120, int(pct / ratio * 0.7)) if severity != 'rest' else c.num(50, 72)
    dlco = c.num(35, 78)
    bd = c.num(2, 16)
    d = {'fev1': fev1, 'fev1p': pct, 'fvc': fvc, 'fvcp': fvc_pct, 'ratio': ratio, 'dlco': dlco, 'bd': bd}
    if c.lang == 'fr':
        d['line'] = 'VEMS %s L (%d %%), CVF %s L (%d %%), VEMS/CVF %s, DLCO %d %% préd.' % (
            c.dec(fev1, 2), pct, c.dec(fvc, 2), fvc_pct, c.dec(ratio, 2), dlco)
    else:
        d['line'] = 'FEV1 %.2f L (%d%%), FVC %.2f L (%d%%), FEV1/FVC %.2f, DLCO %d%% pred.' % (
            fev1, pct, fvc, fvc_pct, ratio, dlco)
    return d


def abg(c, hyper=False):
    ph = c.fl(7.33, 7.39, 2) if hyper else c.fl(7.38, 7.45, 2)
    pco2 = c.num(50, 62) if hyper else c.num(34, 45)
    po2 = c.num(46, 56)
    hco3 = c.num(28, 34) if hyper else c.num(22, 27)
    sat = c.num(82, 88)
    if c.lang == 'fr':
        return 'GAR à l\'air ambiant : pH %s / PaCO2 %d / PaO2 %d mmHg / HCO3 %d, SaO2 %d %%' % (
            c.dec(ph, 2), pco2, po2, hco3, sat), po2, sat
    return 'ABG on room air: pH %.2f / PaCO2 %d / PaO2 %d mmHg / HCO3 %d, SaO2 %d%%' % (ph, pco2, po2, hco3, sat), po2, sat


def psg(c, severe=True):
    ahi = c.num(31, 68) if severe else c.num(15, 29)
    nadir = c.num(72, 84)
    t90 = c.num(8, 31)
    ess = c.num(11, 19)
    return {'ahi': ahi, 'nadir': nadir, 't90': t90, 'ess': ess}


def nodule(c):
    size = c.num(5, 14)
    lobe_fr, lobe_en = c.pick([('LSD', 'RUL'), ('LSG', 'LUL'), ('LID', 'RLL'), ('LM', 'RML'), ('LIG', 'LLL')])
    kind_fr, kind_en = c.pick([('solide', 'solid'), ('en verre dépoli', 'ground-glass'),
                               ('partiellement solide', 'part-solid')])
    rads = '3' if size < 8 else c.pick(['4A', '4B'])
    return {'size': size, 'lobe': lobe_fr if c.lang == 'fr' else lobe_en,
            'kind': kind_fr if c.lang == 'fr' else kind_en, 'rads': rads}


# (MDI that needs a spacer, maintenance inhaler often forgotten) per condition and language
DEVICES = {
    'copd': {'fr': [('Ventolin HFA', 'Spiriva Respimat'), ('Atrovent HFA', 'Trelegy'), ('Ventolin HFA', 'Ultibro')],
             'en': [('Ventolin HFA', 'Spiriva Respimat'), ('Atrovent HFA', 'Trelegy'), ('salbutamol MDI', 'Anoro')]},
    'asthma': {'fr': [('Flovent HFA', 'montélukast'), ('Ventolin HFA', 'Symbicort'), ('Zenhale', 'Flovent')],
               'en': [('Flovent HFA', 'montelukast'), ('Ventolin HFA', 'Symbicort'), ('Zenhale', 'Flovent')]},
}


def devices(c, key):
    return c.pick(DEVICES[key][c.lang])
