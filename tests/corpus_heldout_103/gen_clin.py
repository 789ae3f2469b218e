"""Urology vocabulary: PSA trends, stones, bladder, continence, drugs."""
import datetime as dt

from gen_common import dfmt


def num(x, lang, nd=1):
    s = ('%.' + str(nd) + 'f') % x
    return s.replace('.', ',') if lang == 'fr' else s


def psa_series(W, lang, n=None, rising=True, start=None):
    r = W.rng
    n = n or r.randrange(3, 6)
    v = start or round(r.uniform(2.5, 6.5), 1)
    d = dt.date(2022, r.randrange(1, 13), r.randrange(1, 28))
    out = []
    for _ in range(n):
        out.append((d, v))
        d = d + dt.timedelta(days=r.randrange(120, 240))
        if d > dt.date(2025, 5, 1):
            break
        v = round(v * (r.uniform(1.08, 1.45) if rising else r.uniform(0.6, 1.1)), 1)
    return out


def psa_text(series, lang):
    sty = series[0][0].day % 3
    parts = []
    for d, v in series:
        if sty == 0:
            parts.append('%s : %s' % (dfmt(d, lang, 0), num(v, lang)) if lang == 'fr' else '%s: %s' % (dfmt(d, lang, 0), num(v, lang)))
        elif sty == 1:
            parts.append('%s (%s)' % (num(v, lang), d.strftime('%m/%y')))
        else:
            parts.append('%s %d – %s' % (['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][d.month - 1]
                                         if lang == 'fr' else d.strftime('%b'), d.year, num(v, lang)))
    return ', '.join(parts) if sty != 1 else ' → '.join(parts)


GLEASON = [('3+3=6', 1), ('3+4=7', 2), ('4+3=7', 3), ('4+4=8', 4), ('4+5=9', 5)]


def prostate_dx(W, lang, biopsy=False):
    r = W.rng
    g, isup = r.choice(GLEASON)
    cores = r.randrange(1, 7)
    if biopsy:
        if lang == 'fr':
            return r.choice(['adénocarcinome acinaire de la prostate, Gleason %s (ISUP %d), %d/12 carottes positives' % (g, isup, cores),
                             'adénocarcinome prostatique Gleason %s dans la cible PI-RADS %d, %d carottes sur 4' % (g, r.randrange(4, 6), r.randrange(1, 5)),
                             'biopsies bénignes, prostatite chronique focale, HGPIN multifocale'])
        return r.choice(['acinar adenocarcinoma of the prostate, Gleason %s (Grade Group %d), %d/12 cores positive' % (g, isup, cores),
                         'Gleason %s adenocarcinoma in the PI-RADS %d target, %d of 4 cores' % (g, r.randrange(4, 6), r.randrange(1, 5)),
                         'benign biopsies with focal chronic prostatitis and multifocal HGPIN'])
    if lang == 'fr':
        return r.choice([
            'adénocarcinome acinaire de la prostate, Gleason %s (ISUP %d), %d/12 carottes positives' % (g, isup, cores),
            'cancer de la prostate Gleason %s, surveillance active' % g,
            'HBP symptomatique (IPSS %d, QoL %d), volume prostatique %d cc' % (r.randrange(12, 30), r.randrange(3, 6), r.randrange(45, 140)),
            'récidive biochimique post-prostatectomie radicale (pT%sN0, Gleason %s)' % (r.choice(['2', '3a', '3b']), g),
            'lésion PI-RADS %d zone périphérique %s à l\'IRM' % (r.randrange(3, 6), r.choice(['gauche', 'droite'])),
            'prostatite chronique / syndrome de douleur pelvienne chronique'])
    return r.choice([
        'acinar adenocarcinoma of the prostate, Gleason %s (Grade Group %d), %d/12 cores positive' % (g, isup, cores),
        'prostate cancer Gleason %s on active surveillance' % g,
        'symptomatic BPH (IPSS %d), prostate volume %d cc' % (r.randrange(12, 30), r.randrange(45, 140)),
        'biochemical recurrence after radical prostatectomy (pT%sN0, Gleason %s)' % (r.choice(['2', '3a', '3b']), g),
        'PI-RADS %d lesion, %s peripheral zone on MRI' % (r.randrange(3, 6), r.choice(['left', 'right'])),
        'chronic prostatitis / chronic pelvic pain syndrome'])


def stone(W, lang):
    r = W.rng
    size = r.choice([4, 5, 6, 7, 8, 9, 11, 12, 14, 18, 22])
    side = r.choice(['gauche', 'droit']) if lang == 'fr' else r.choice(['left', 'right'])
    if lang == 'fr':
        loc = r.choice(['pyélique', 'caliciel inférieur', 'urétéral proximal', 'urétéral distal',
                        'à la jonction urétéro-vésicale', 'caliciel moyen'])
        hn = r.choice(['sans hydronéphrose', 'avec hydronéphrose légère', 'avec hydronéphrose modérée'])
        txt = 'calcul %s %s de %d mm (%d UH) %s' % (loc, side, size, r.randrange(450, 1400), hn)
    else:
        loc = r.choice(['renal pelvis', 'lower pole', 'proximal ureter', 'distal ureter', 'UVJ', 'mid-pole calyx'])
        hn = r.choice(['no hydronephrosis', 'mild hydronephrosis', 'moderate hydronephrosis'])
        txt = '%d mm %s %s stone (%d HU), %s' % (size, side, loc, r.randrange(450, 1400), hn)
    return {'size': size, 'side': side, 'txt': txt}


ANTICOAG = [('apixaban', '5 mg BID'), ('rivaroxaban', '20 mg DIE'), ('warfarine', 'selon RNI'),
            ('clopidogrel', '75 mg DIE'), ('dabigatran', '150 mg BID'), ('AAS', '80 mg DIE')]
ANTICOAG_EN = [('apixaban', '5 mg BID'), ('rivaroxaban', '20 mg daily'), ('warfarin', 'per INR'),
               ('clopidogrel', '75 mg daily'), ('dabigatran', '150 mg BID'), ('ASA', '81 mg daily')]

LUTS_MEDS = ['tamsulosine 0,4 mg DIE', 'silodosine 8 mg DIE', 'alfuzosine 10 mg DIE', 'finastéride 5 mg DIE',
             'dutastéride 0,5 mg DIE', 'tadalafil 5 mg DIE', 'Jalyn (dutastéride/tamsulosine) 1 co DIE']
LUTS_MEDS_EN = ['tamsulosin 0.4 mg daily', 'silodosin 8 mg daily', 'alfuzosin 10 mg daily', 'finasteride 5 mg daily',
                'dutasteride 0.5 mg daily', 'tadalafil 5 mg daily']
OAB_MEDS = ['oxybutynine 5 mg BID', 'mirabégron 50 mg DIE', 'solifénacine 5 mg DIE', 'fésotérodine 4 mg DIE',
            'trospium 20 mg BID', 'vibégron 75 mg DIE', 'mirabégron 25 mg DIE']
OAB_MEDS_EN = ['oxybutynin 5 mg BID', 'mirabegron 50 mg daily', 'solifenacin 5 mg daily', 'fesoterodine 4 mg daily',
               'trospium 20 mg BID', 'vibegron 75 mg daily']
ADT = ['leuprolide (Eligard) 22,5 mg SC q3 mois', 'dégarélix 80 mg SC q28 j', 'bicalutamide 50 mg DIE',
       'enzalutamide 160 mg DIE', 'apalutamide 240 mg DIE', 'goséréline (Zoladex) 10,8 mg q12 sem']
ADT_EN = ['leuprolide (Eligard) 22.5 mg SC q3 months', 'degarelix 80 mg SC q28 days', 'bicalutamide 50 mg daily',
          'enzalutamide 160 mg daily', 'apalutamide 240 mg daily']
STONE_MEDS = ['citrate de potassium 15 mEq BID', 'hydrochlorothiazide 25 mg DIE', 'allopurinol 300 mg DIE',
              'tamsulosine 0,4 mg DIE x 4 semaines (thérapie expulsive)', 'kétorolac 10 mg q6h PRN', 'hydromorphone 1 mg q4h PRN']
STONE_MEDS_EN = ['potassium citrate 15 mEq BID', 'hydrochlorothiazide 25 mg daily', 'allopurinol 300 mg daily',
                 'tamsulosin 0.4 mg daily x 4 weeks (MET)', 'ketorolac 10 mg q6h PRN', 'hydromorphone 1 mg q4h PRN']
ABX = ['nitrofurantoïne 100 mg BID x 5 j', 'ciprofloxacine 500 mg BID x 7 j', 'céfixime 400 mg DIE x 7 j',
       'TMP-SMX DS 1 co BID x 3 j', 'fosfomycine 3 g dose unique', 'amoxicilline-clavulanate 875 mg BID x 7 j']
ABX_EN = ['nitrofurantoin 100 mg BID x 5 days', 'ciprofloxacin 500 mg BID x 7 days', 'cefixime 400 mg daily x 7 days',
          'TMP-SMX DS 1 tab BID x 3 days', 'fosfomycin 3 g single dose']

BUGS = ['Escherichia coli', 'Klebsiella pneumoniae', 'Enterococcus faecalis', 'Proteus mirabilis',
        'Pseudomonas aeruginosa', 'E. coli BLSE']

INCONT_DX = ['incontinence urinaire d\'effort', 'incontinence mixte à prédominance d\'urgence',
             'vessie hyperactive réfractaire', 'incontinence post-prostatectomie', 'prolapsus génital stade II avec IUE',
             'vessie neurogène (sclérose en plaques)', 'rétention urinaire chronique avec regorgement']
INCONT_DX_EN = ['stress urinary incontinence', 'mixed urinary incontinence, urge-predominant',
                'refractory overactive bladder', 'post-prostatectomy incontinence',
                'neurogenic bladder (multiple sclerosis)', 'chronic urinary retention with overflow']

BLADDER_DX = ['carcinome urothélial papillaire de bas grade pTa', 'carcinome urothélial de haut grade pT1, musculeuse présente et non envahie',
              'carcinome in situ (CIS) vésical', 'carcinome urothélial haut grade pTa avec CIS associé']
BLADDER_DX_EN = ['low-grade papillary urothelial carcinoma pTa', 'high-grade urothelial carcinoma pT1, muscularis propria present and uninvolved',
                 'urothelial carcinoma in situ', 'high-grade pTa urothelial carcinoma with associated CIS']

PEDS_DX = ['cryptorchidie droite', 'reflux vésico-urétéral grade III bilatéral', 'hypospadias distal',
           'énurésie nocturne primaire', 'phimosis serré avec balanites à répétition', 'hydronéphrose anténatale (SFU 3)']

MALE_WORDS = ('rtup', 'turp', 'prostat', 'vasect', 'orchid', 'spermo', 'semen', 'érectile', 'erectile', 'tadalafil',
              'aps ', 'psa', 'post-pr', 'scrot', 'testic', 'cryptorch', 'hypospad', 'phimosis', ' pr,', 'hbp', 'bph')
FEMALE_WORDS = ('prolapsus', 'prolapse', 'bandelette', 'sling', 'grossesse', 'pregnan')


def fits(option, sex):
    """True when an option (string or tuple of strings) is plausible for this sex."""
    s = (' '.join(option) if isinstance(option, (tuple, list)) else option).lower() + ' '
    if sex == 'F':
        return not any(w in s for w in MALE_WORDS)
    return not any(w in s for w in FEMALE_WORDS)


def pick(r, options, sex):
    ok = [o for o in options if fits(o, sex)]
    return r.choice(ok or options)


class SexAware:
    """Wraps the corpus RNG so that choice() skips options implausible for the patient's sex."""

    def __init__(self, rng, sex):
        self._rng, self._sex = rng, sex

    def choice(self, seq):
        ok = [o for o in seq if not isinstance(o, (str, tuple)) or fits(tuple(str(x) for x in o) if isinstance(o, tuple) else o, self._sex)]
        return self._rng.choice(ok or list(seq))

    def __getattr__(self, name):
        return getattr(self._rng, name)
