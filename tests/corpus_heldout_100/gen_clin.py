"""Clinical value generators (audiograms, sleep studies, labs) for ENT / audiology mail."""
FREQS = [250, 500, 1000, 2000, 4000, 8000]


def audiogram(rng, kind):
    """Return dict(right=[..], left=[..], pta_r, pta_l, wrs_r, wrs_l, tymp_r, tymp_l)."""
    def ear(base, slope, noise=5):
        out = []
        for i in range(6):
            v = base + slope * max(0, i - 1) + rng.choice([-5, 0, 0, 5]) * (noise // 5)
            out.append(max(-5, min(120, int(round(v / 5.0)) * 5)))
        return out
    if kind == 'presby':
        r, l = ear(20, 12), ear(25, 12)
    elif kind == 'profound':
        r, l = ear(85, 6), ear(90, 5)
    elif kind == 'sshl':
        r, l = ear(10, 2), ear(65, 5)
        if rng.random() < 0.5:
            r, l = l, r
    elif kind == 'conductive':
        r, l = ear(35, -2), ear(15, 1)
    elif kind == 'noise':
        r = [15, 15, 20, 35, 60, 40]
        l = [15, 20, 20, 40, 65, 45]
    elif kind == 'child_ome':
        r, l = ear(30, -1), ear(25, 0)
    else:
        r, l = ear(40, 4), ear(45, 4)
    pta = lambda e: round(sum(e[1:4]) / 3.0)
    wrs = lambda p: max(8, min(100, int(104 - p * rng.uniform(0.5, 0.9)) // 4 * 4))
    d = dict(right=r, left=l, pta_r=pta(r), pta_l=pta(l))
    d['wrs_r'], d['wrs_l'] = wrs(d['pta_r']), wrs(d['pta_l'])
    if kind in ('conductive', 'child_ome'):
        d['tymp_r'], d['tymp_l'] = 'B', rng.choice(['B', 'C', 'A'])
    else:
        d['tymp_r'], d['tymp_l'] = rng.choice(['A', 'A', 'As']), 'A'
    return d


def audiogram_lines(a, lang):
    hz = ' '.join(f'{f if f < 1000 else str(f // 1000) + "k":>5}' for f in FREQS)
    od = ' '.join(f'{v:>5}' for v in a['right'])
    og = ' '.join(f'{v:>5}' for v in a['left'])
    if lang == 'fr':
        return [f'Hz      {hz}', f'OD (dB) {od}', f'OG (dB) {og}',
                f"MSP : OD {a['pta_r']} dB HL / OG {a['pta_l']} dB HL",
                f"Discrimination : OD {a['wrs_r']} % / OG {a['wrs_l']} %",
                f"Tympanométrie : OD type {a['tymp_r']}, OG type {a['tymp_l']}"]
    return [f'Hz      {hz}', f'RE (dB) {od}', f'LE (dB) {og}',
            f"PTA: RE {a['pta_r']} dB HL / LE {a['pta_l']} dB HL",
            f"WRS: RE {a['wrs_r']}% / LE {a['wrs_l']}%",
            f"Tympanometry: RE type {a['tymp_r']}, LE type {a['tymp_l']}"]


def psg(rng, severe=None):
    sev = rng.choice(['légère', 'modérée', 'sévère']) if severe is None else severe
    ahi = {'légère': rng.randint(6, 14), 'modérée': rng.randint(16, 29), 'sévère': rng.randint(31, 78)}[sev]
    return dict(sev=sev, sev_en={'légère': 'mild', 'modérée': 'moderate', 'sévère': 'severe'}[sev],
                ahi=ahi, rdi=ahi + rng.randint(1, 9), nadir=rng.randint(71, 88) if ahi > 15 else rng.randint(84, 91),
                t90=round(rng.uniform(0.5, 28.0), 1), odi=max(3, ahi - rng.randint(0, 6)),
                epworth=rng.randint(6, 21), bmi=round(rng.uniform(24.0, 43.0), 1),
                eff=rng.randint(62, 93), supine=rng.choice(['oui', 'non']))


def pick_meds(rng, kind, lang='fr'):
    M = {
        'sshl': ['prednisone 60 mg die x 7 jours puis sevrage', 'prednisone 1 mg/kg/jour (max 60 mg) x 10 jours',
                 'dexaméthasone intratympanique 10 mg/mL, 3 injections'],
        'otic': ['ciprofloxacine/dexaméthasone (Ciprodex) 4 gttes BID x 7 jours', 'ofloxacine 0,3 % 10 gttes die x 10 jours'],
        'vert': ['bétahistine (Serc) 24 mg BID', 'dimenhydrinate 50 mg q6h PRN', 'méclizine 25 mg PRN'],
        'sinus': ['irrigations salines + budésonide 0,5 mg BID', 'mométasone en vaporisateur 2 jets BID',
                  'amoxicilline-clavulanate 875 mg BID x 10 jours'],
        'post_tonsil': ['acétaminophène 15 mg/kg q6h', 'ibuprofène 10 mg/kg q8h', 'amoxicilline 500 mg TID'],
        'reflux': ['pantoprazole 40 mg BID', 'oméprazole 20 mg BID x 3 mois', 'alginate (Gaviscon) au coucher'],
        'abscess': ['clindamycine 300 mg PO QID x 10 jours', 'pénicilline V 600 mg QID'],
        'anticoag': ['apixaban 5 mg BID', 'warfarine (RNI cible 2-3)', 'rivaroxaban 20 mg die'],
    }
    return rng.choice(M[kind])


MEDS_EN = {
    'prednisone 60 mg die x 7 jours puis sevrage': 'prednisone 60 mg daily x 7 days then taper',
}
