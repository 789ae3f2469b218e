"""Clinical vocabulary for an oncology pharmacy / chemotherapy day unit (invented doses are textbook ones)."""
import math

# code, dx_fr, dx_en, cycle length (days), drugs: (fr, en, dose, unit, route/day)
REGIMENS = [
    ('FOLFOX6m', 'adénocarcinome du côlon stade III', 'stage III colon adenocarcinoma', 14,
     [('oxaliplatine', 'oxaliplatin', 85, 'mg/m²', 'IV J1'), ('leucovorin', 'leucovorin', 400, 'mg/m²', 'IV J1'),
      ('fluorouracile', 'fluorouracil', 400, 'mg/m²', 'IV bolus J1'),
      ('fluorouracile', 'fluorouracil', 2400, 'mg/m²', 'perf. 46 h (pompe)')]),
    ('FOLFIRINOX', 'adénocarcinome du pancréas localement avancé', 'locally advanced pancreatic adenocarcinoma', 14,
     [('oxaliplatine', 'oxaliplatin', 85, 'mg/m²', 'IV J1'), ('irinotécan', 'irinotecan', 180, 'mg/m²', 'IV J1'),
      ('leucovorin', 'leucovorin', 400, 'mg/m²', 'IV J1'), ('fluorouracile', 'fluorouracil', 2400, 'mg/m²', 'perf. 46 h')]),
    ('AC dose-dense', 'carcinome canalaire infiltrant du sein, RH+ HER2-', 'ER-positive HER2-negative invasive ductal carcinoma', 14,
     [('doxorubicine', 'doxorubicin', 60, 'mg/m²', 'IV J1'), ('cyclophosphamide', 'cyclophosphamide', 600, 'mg/m²', 'IV J1')]),
    ('Paclitaxel hebdo', 'carcinome du sein triple négatif', 'triple-negative breast cancer', 7,
     [('paclitaxel', 'paclitaxel', 80, 'mg/m²', 'IV J1')]),
    ('R-CHOP', 'lymphome diffus à grandes cellules B', 'diffuse large B-cell lymphoma', 21,
     [('rituximab', 'rituximab', 375, 'mg/m²', 'IV J1'), ('cyclophosphamide', 'cyclophosphamide', 750, 'mg/m²', 'IV J1'),
      ('doxorubicine', 'doxorubicin', 50, 'mg/m²', 'IV J1'), ('vincristine', 'vincristine', 1.4, 'mg/m² (max 2 mg)', 'IV J1')]),
    ('Carboplatine-paclitaxel', 'carcinome séreux de haut grade de l’ovaire', 'high-grade serous ovarian carcinoma', 21,
     [('carboplatine', 'carboplatin', 5, 'AUC', 'IV J1'), ('paclitaxel', 'paclitaxel', 175, 'mg/m²', 'IV J1')]),
    ('Cisplatine-étoposide', 'carcinome pulmonaire à petites cellules', 'small-cell lung cancer', 21,
     [('cisplatine', 'cisplatin', 75, 'mg/m²', 'IV J1'), ('étoposide', 'etoposide', 100, 'mg/m²', 'IV J1-3')]),
    ('Pembrolizumab', 'adénocarcinome pulmonaire métastatique, PD-L1 ≥ 50 %', 'metastatic lung adenocarcinoma, PD-L1 ≥ 50%', 21,
     [('pembrolizumab (Keytruda)', 'pembrolizumab (Keytruda)', 200, 'mg', 'IV J1')]),
    ('Gemcitabine–nab-paclitaxel', 'adénocarcinome du pancréas métastatique', 'metastatic pancreatic adenocarcinoma', 28,
     [('gemcitabine', 'gemcitabine', 1000, 'mg/m²', 'IV J1, J8, J15'),
      ('nab-paclitaxel (Abraxane)', 'nab-paclitaxel (Abraxane)', 125, 'mg/m²', 'IV J1, J8, J15')]),
    ('ABVD', 'lymphome de Hodgkin classique stade II', 'classical Hodgkin lymphoma, stage II', 28,
     [('doxorubicine', 'doxorubicin', 25, 'mg/m²', 'IV J1, J15'), ('bléomycine', 'bleomycin', 10, 'unités/m²', 'IV J1, J15'),
      ('vinblastine', 'vinblastine', 6, 'mg/m²', 'IV J1, J15'), ('dacarbazine', 'dacarbazine', 375, 'mg/m²', 'IV J1, J15')]),
    ('VRd', 'myélome multiple', 'multiple myeloma', 21,
     [('bortézomib', 'bortezomib', 1.3, 'mg/m²', 'SC J1, 4, 8, 11'), ('lénalidomide (Revlimid)', 'lenalidomide (Revlimid)', 25, 'mg', 'PO J1-14'),
      ('dexaméthasone', 'dexamethasone', 20, 'mg', 'PO J1, 2, 4, 5, 8, 9, 11, 12')]),
    ('Azacitidine', 'syndrome myélodysplasique à haut risque', 'higher-risk myelodysplastic syndrome', 28,
     [('azacitidine (Vidaza)', 'azacitidine (Vidaza)', 75, 'mg/m²', 'SC J1-7')]),
    ('Docétaxel', 'adénocarcinome de la prostate résistant à la castration', 'metastatic castration-resistant prostate cancer', 21,
     [('docétaxel', 'docetaxel', 75, 'mg/m²', 'IV J1'), ('prednisone', 'prednisone', 5, 'mg', 'PO BID')]),
    ('FOLFIRI-bévacizumab', 'cancer colorectal métastatique (foie)', 'metastatic colorectal cancer (liver)', 14,
     [('irinotécan', 'irinotecan', 180, 'mg/m²', 'IV J1'), ('bévacizumab', 'bevacizumab', 5, 'mg/kg', 'IV J1'),
      ('leucovorin', 'leucovorin', 400, 'mg/m²', 'IV J1'), ('fluorouracile', 'fluorouracil', 2400, 'mg/m²', 'perf. 46 h')]),
    ('Nivolumab', 'mélanome stade IV', 'stage IV melanoma', 28,
     [('nivolumab (Opdivo)', 'nivolumab (Opdivo)', 480, 'mg', 'IV J1')]),
    ('Trastuzumab SC', 'carcinome du sein HER2+', 'HER2-positive breast cancer', 21,
     [('trastuzumab (Herceptin SC)', 'trastuzumab (Herceptin SC)', 600, 'mg', 'SC J1')]),
]

ORAL = [
    ('capécitabine (Xeloda)', 'capecitabine (Xeloda)', '1500 mg PO BID J1 à J14, q21 jours', '1500 mg PO BID days 1-14 q21d',
     'cancer du rectum', 'rectal cancer'),
    ('ibrutinib (Imbruvica)', 'ibrutinib (Imbruvica)', '420 mg PO die', '420 mg PO daily',
     'leucémie lymphoïde chronique', 'chronic lymphocytic leukemia'),
    ('abiratérone (Zytiga)', 'abiraterone (Zytiga)', '1000 mg PO die à jeun + prednisone 5 mg BID',
     '1000 mg PO daily fasting + prednisone 5 mg BID', 'cancer de la prostate métastatique', 'metastatic prostate cancer'),
    ('létrozole (Femara)', 'letrozole (Femara)', '2,5 mg PO die', '2.5 mg PO daily',
     'cancer du sein RH+', 'hormone-receptor-positive breast cancer'),
    ('imatinib (Gleevec)', 'imatinib (Gleevec)', '400 mg PO die', '400 mg PO daily',
     'leucémie myéloïde chronique', 'chronic myeloid leukemia'),
    ('témozolomide (Temodal)', 'temozolomide (Temodal)', '150 mg/m² PO J1-5 q28 jours', '150 mg/m2 PO days 1-5 q28d',
     'glioblastome', 'glioblastoma'),
    ('olaparib (Lynparza)', 'olaparib (Lynparza)', '300 mg PO BID', '300 mg PO BID',
     'cancer de l’ovaire BRCA muté', 'BRCA-mutated ovarian cancer'),
    ('palbociclib (Ibrance)', 'palbociclib (Ibrance)', '125 mg PO die J1-21 q28 jours', '125 mg PO daily days 1-21 q28d',
     'cancer du sein métastatique RH+', 'metastatic HR-positive breast cancer'),
]

SUPPORT_FR = ['ondansétron 8 mg PO BID x 3 jours', 'dexaméthasone 8 mg PO die J2-J3', 'aprépitant 125/80/80 mg',
              'olanzapine 5 mg HS x 4 jours', 'métoclopramide 10 mg PO QID PRN', 'lopéramide 4 mg puis 2 mg après chaque selle',
              'filgrastim 300 mcg SC J3 à J7', 'pegfilgrastim 6 mg SC J2', 'prochlorpérazine 10 mg PO q6h PRN']
SUPPORT_EN = ['ondansetron 8 mg PO BID x 3 days', 'dexamethasone 8 mg PO daily days 2-3', 'aprepitant 125/80/80 mg',
              'olanzapine 5 mg at bedtime x 4 days', 'metoclopramide 10 mg PO QID PRN',
              'loperamide 4 mg then 2 mg after each loose stool', 'filgrastim 300 mcg SC days 3-7',
              'pegfilgrastim 6 mg SC day 2', 'prochlorperazine 10 mg PO q6h PRN']

TOX_FR = [('neuropathie périphérique grade 2 (paresthésies persistantes, gêne à boutonner)', 'oxaliplatine'),
          ('syndrome main-pied grade 2', 'capécitabine'), ('diarrhée grade 3 (8 selles/j)', 'irinotécan'),
          ('mucosite grade 2', 'fluorouracile'), ('neutropénie fébrile (T 38,6 °C)', None),
          ('réaction à la perfusion grade 2 (frissons, rash, désaturation à 91 %)', 'paclitaxel'),
          ('colite immuno-induite grade 2', 'pembrolizumab'), ('hypothyroïdie immuno-induite', 'nivolumab'),
          ('nausées grade 2 malgré aprépitant', None), ('fatigue grade 2', None)]
TOX_EN = [('grade 2 peripheral neuropathy (persistent tingling, trouble with buttons)', 'oxaliplatin'),
          ('grade 2 hand-foot syndrome', 'capecitabine'), ('grade 3 diarrhea (8 stools/day)', 'irinotecan'),
          ('grade 2 mucositis', 'fluorouracil'), ('febrile neutropenia (T 38.6 C)', None),
          ('grade 2 infusion reaction (rigors, rash, SpO2 91%)', 'paclitaxel'),
          ('grade 2 immune-related colitis', 'pembrolizumab'), ('immune-related hypothyroidism', 'nivolumab'),
          ('grade 2 nausea despite aprepitant', None), ('grade 2 fatigue', None)]


def bsa(h_cm, w_kg):
    return round(math.sqrt(h_cm * w_kg / 3600.0), 2)


def crcl(age, w_kg, scr_umol, sex):
    v = (140 - age) * w_kg * (0.85 if sex == 'F' else 1.0) / (0.815 * scr_umol)
    return round(v)


def anthropo(rng, sex):
    h = rng.randrange(152, 172) if sex == 'F' else rng.randrange(163, 188)
    w = round(rng.uniform(48, 92) if sex == 'F' else rng.uniform(58, 110), 1)
    return h, w, bsa(h, w)


def dose_lines(reg, lang, bsa_v, w_kg, crcl_v=None, pct=100):
    out = []
    for fr, en, dose, unit, route in reg[4]:
        name = fr if lang == 'fr' else en
        if unit == 'AUC':
            d = dose * (min(crcl_v or 90, 125) + 25)
            label = 'AUC %d' % dose
        elif unit.startswith('mg/m²') or unit.startswith('unités/m²'):
            d = dose * bsa_v
            if 'max 2 mg' in unit:
                d = min(d, 2.0)
            label = '%s %s' % (fmt_num(dose, lang), unit)
        elif unit == 'mg/kg':
            d = dose * w_kg
            label = '%s mg/kg' % fmt_num(dose, lang)
        else:
            d = dose
            label = '%s %s' % (fmt_num(dose, lang), unit)
        d = d * pct / 100.0
        if d >= 100:
            d = round(d / 5.0) * 5
        elif d >= 10:
            d = round(d)
        else:
            d = round(d, 1)
        u = 'unités' if 'unités' in unit else 'mg'
        if lang == 'en':
            u = 'units' if u == 'unités' else 'mg'
            route = route.replace('J', 'D').replace('perf.', 'infusion').replace('(pompe)', '(pump)')
        out.append('%s %s %s → %s %s %s' % (name, label, '' if pct == 100 else '(%d %%)' % pct,
                                            fmt_num(d, lang), u, route))
    return [' '.join(l.split()) for l in out]


def fmt_num(v, lang):
    if isinstance(v, float) and not v.is_integer():
        s = ('%.2f' % v).rstrip('0').rstrip('.')
    else:
        s = '%d' % v
    return s.replace('.', ',') if lang == 'fr' else s


def cbc(rng, lang, low=False):
    anc = round(rng.uniform(0.4, 1.1) if low else rng.uniform(1.6, 5.8), 1)
    plt = rng.randrange(62, 95) if low and rng.random() < .5 else rng.randrange(140, 390)
    hb = rng.randrange(88, 142)
    wbc = round(anc + rng.uniform(1.0, 3.0), 1)
    if lang == 'fr':
        return ('Hb %d g/L, GB %s, neutro %s x10^9/L, plaq %d' % (hb, fmt_num(wbc, 'fr'), fmt_num(anc, 'fr'), plt),
                anc, plt)
    return ('Hb %d, WBC %s, ANC %s, plt %d' % (hb, wbc, anc, plt), anc, plt)


def chem(rng, lang, renal=False, hep=False):
    cr = rng.randrange(118, 165) if renal else rng.randrange(55, 98)
    bili = rng.randrange(28, 52) if hep else rng.randrange(5, 19)
    alt = rng.randrange(95, 180) if hep else rng.randrange(12, 40)
    if lang == 'fr':
        return 'créat %d µmol/L, bili %d µmol/L, ALT %d U/L' % (cr, bili, alt), cr
    return 'creat %d umol/L, bili %d umol/L, ALT %d U/L' % (cr, bili, alt), cr


SHORT_DRUGS = [
    ('carboplatine 450 mg/45 mL', 'carboplatin 450 mg/45 mL', '02239021'),
    ('cisplatine 100 mg/100 mL', 'cisplatin 100 mg/100 mL', '02126613'),
    ('fluorouracile 5 g/100 mL', 'fluorouracil 5 g/100 mL', '02242478'),
    ('leucovorin calcique 500 mg', 'leucovorin calcium 500 mg', '02170485'),
    ('vincristine 2 mg/2 mL', 'vincristine 2 mg/2 mL', '02143305'),
    ('méthotrexate 1 g/40 mL', 'methotrexate 1 g/40 mL', '02182750'),
    ('dacarbazine 200 mg', 'dacarbazine 200 mg', '02237912'),
    ('bléomycine 15 unités', 'bleomycin 15 units', '02219492'),
]
