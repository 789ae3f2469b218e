"""Clinical phrase banks (French-Canadian / English) for a bariatric and obesity-medicine programme."""

PROCS = [
    ("gastrectomie pariétale (sleeve) par laparoscopie", "laparoscopic sleeve gastrectomy", "sleeve"),
    ("dérivation gastrique Roux-en-Y (RYGB)", "Roux-en-Y gastric bypass (RYGB)", "RYGB"),
    ("dérivation biliopancréatique avec commutation duodénale", "biliopancreatic diversion with duodenal switch", "DS"),
    ("SADI-S", "SADI-S (single anastomosis duodeno-ileal bypass)", "SADI-S"),
    ("conversion sleeve vers RYGB pour RGO", "revisional sleeve-to-RYGB conversion for GERD", "revision"),
    ("mini-bypass (OAGB)", "one-anastomosis gastric bypass (OAGB)", "OAGB"),
]

COMORB = [
    ("diabète de type 2", "type 2 diabetes"),
    ("DT2 sous insuline", "T2DM on insulin"),
    ("HTA", "hypertension"),
    ("apnée obstructive du sommeil sous CPAP", "obstructive sleep apnea on CPAP"),
    ("SAHOS sévère (IAH 48)", "severe OSA (AHI 48)"),
    ("dyslipidémie", "dyslipidemia"),
    ("stéatohépatite non alcoolique", "NASH / MASLD"),
    ("RGO", "GERD"),
    ("gonarthrose bilatérale", "bilateral knee osteoarthritis"),
    ("SOPK", "PCOS"),
    ("infertilité", "infertility"),
    ("insuffisance veineuse avec ulcère de jambe", "venous insufficiency with leg ulcer"),
    ("asthme", "asthma"),
    ("hypothyroïdie", "hypothyroidism"),
    ("lombalgie chronique", "chronic low back pain"),
    ("fibrillation auriculaire paroxystique", "paroxysmal atrial fibrillation"),
]

PSY = [
    ("hyperphagie boulimique (accès 2-3 fois/sem.)", "binge-eating disorder (2-3 episodes/week)"),
    ("dépression majeure en rémission partielle", "major depression in partial remission"),
    ("trouble anxieux généralisé", "generalized anxiety disorder"),
    ("TSPT lié à des abus dans l'enfance", "PTSD related to childhood abuse"),
    ("TDAH", "ADHD"),
    ("consommation d'alcool à risque (12-15 consommations/sem.)", "at-risk alcohol use (12-15 drinks/week)"),
    ("grignotage nocturne", "night eating syndrome"),
]

SOCIAL = [
    ("vit seule, prestataire de l'aide sociale", "lives alone, on social assistance"),
    ("hébergée en maison d'hébergement pour victimes de violence conjugale", "staying at a shelter for women leaving domestic violence"),
    ("en attente d'un logement social (HLM), cohabite chez sa sœur", "on the social-housing waitlist, staying at her sister's"),
    ("perte d'emploi récente, n'a pas les moyens d'acheter ses suppléments", "recently lost job, cannot afford supplements"),
    ("proche aidant de sa mère atteinte d'Alzheimer", "caregiver for a parent with dementia"),
    ("sous curatelle publique", "under public guardianship"),
    ("chambreur, itinérance intermittente l'an dernier", "rooming house, intermittent homelessness last year"),
    ("en arrêt de travail, prestations d'assurance-emploi maladie", "off work, on EI sickness benefits"),
]

MEDS = [
    ("metformine 1000 mg BID", "metformin 1000 mg BID"),
    ("Ozempic (sémaglutide) 1 mg s.c. 1x/sem.", "Ozempic (semaglutide) 1 mg SC weekly"),
    ("Jardiance (empagliflozine) 25 mg DIE", "Jardiance (empagliflozin) 25 mg daily"),
    ("insuline glargine 46 U HS", "insulin glargine 46 units HS"),
    ("ramipril 10 mg DIE", "ramipril 10 mg daily"),
    ("amlodipine 5 mg DIE", "amlodipine 5 mg daily"),
    ("rosuvastatine 20 mg", "rosuvastatin 20 mg"),
    ("sertraline 150 mg DIE", "sertraline 150 mg daily"),
    ("venlafaxine XR 225 mg", "venlafaxine XR 225 mg"),
    ("lévothyroxine 100 mcg", "levothyroxine 100 mcg"),
    ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    ("Wegovy 2,4 mg s.c. hebdo", "Wegovy 2.4 mg SC weekly"),
    ("Saxenda 3 mg s.c. DIE", "Saxenda 3 mg SC daily"),
    ("naproxène PRN", "naproxen PRN"),
]

POSTOP_RX = [
    ("pantoprazole 40 mg DIE x 3 mois", "pantoprazole 40 mg daily x 3 months"),
    ("Lovenox (énoxaparine) 40 mg s.c. BID x 28 jours", "enoxaparin (Lovenox) 40 mg SC BID x 28 days"),
    ("ursodiol 500 mg DIE x 6 mois", "ursodiol 500 mg daily x 6 months"),
    ("multivitamine à croquer 2 co DIE", "chewable multivitamin 2 tabs daily"),
    ("citrate de calcium 500 mg TID", "calcium citrate 500 mg TID"),
    ("vitamine D3 2000 UI DIE", "vitamin D3 2000 IU daily"),
    ("cyanocobalamine 1000 mcg IM q 1 mois", "cyanocobalamin 1000 mcg IM monthly"),
    ("thiamine 100 mg PO DIE", "thiamine 100 mg PO daily"),
    ("acétaminophène liquide 650 mg q6h PRN", "acetaminophen liquid 650 mg q6h PRN"),
    ("ondansétron 4 mg ODT q8h PRN", "ondansetron 4 mg ODT q8h PRN"),
    ("sucralfate 1 g QID", "sucralfate 1 g QID"),
]

DEFICIENCY = [
    ("ferritine {v} µg/L", "ferritin {v} ug/L", (3, 11)),
    ("B12 {v} pmol/L", "B12 {v} pmol/L", (85, 140)),
    ("25-OH vitamine D {v} nmol/L", "25-OH vitamin D {v} nmol/L", (18, 44)),
    ("Hb {v} g/L", "Hb {v} g/L", (82, 108)),
    ("thiamine (B1) {v} nmol/L", "thiamine (B1) {v} nmol/L", (38, 65)),
    ("albumine {v} g/L", "albumin {v} g/L", (24, 31)),
    ("zinc {v} µmol/L", "zinc {v} umol/L", (6, 9)),
    ("cuivre {v} µmol/L", "copper {v} umol/L", (7, 10)),
    ("PTH {v} pmol/L", "PTH {v} pmol/L", (8, 14)),
    ("folates {v} nmol/L", "folate {v} nmol/L", (5, 9)),
]

PREOP_LABS = [
    ("HbA1c {v} %", "HbA1c {v}%", (68, 96)),
    ("ALT {v} U/L", "ALT {v} U/L", (38, 92)),
    ("TSH {v} mUI/L", "TSH {v} mIU/L", (12, 48)),
    ("créatinine {v} µmol/L", "creatinine {v} umol/L", (58, 104)),
    ("ferritine {v} µg/L", "ferritin {v} ug/L", (14, 190)),
]

COMPLIC = [
    ("vomissements incoercibles, intolérance aux liquides", "persistent vomiting, unable to keep fluids down"),
    ("sténose de l'anastomose gastro-jéjunale", "gastrojejunal anastomotic stricture"),
    ("ulcère marginal", "marginal ulcer"),
    ("syndrome de dumping tardif avec hypoglycémies", "late dumping with post-prandial hypoglycemia"),
    ("douleurs abdominales, r/o hernie interne", "abdominal pain, rule out internal hernia"),
    ("fuite de la ligne d'agrafes", "staple-line leak"),
    ("déshydratation, IRA prérénale", "dehydration with prerenal AKI"),
    ("cholécystite", "cholecystitis"),
    ("RGO de novo post-sleeve", "de novo GERD after sleeve"),
]


def lab_value(rng, entry, lang):
    fr, en, (lo, hi) = entry
    v = rng.randrange(lo, hi + 1)
    if "HbA1c" in fr or "TSH" in fr:
        v = v / 10.0
        vs = ("%.1f" % v).replace(".", ",") if lang == "fr" else "%.1f" % v
    else:
        vs = str(v)
    return (fr if lang == "fr" else en).format(v=vs)


def pick(rng, bank, lang, k=1):
    items = rng.sample(bank, k)
    idx = 0 if lang == "fr" else 1
    return [it[idx] for it in items]


def proc(rng, lang, kinds=None):
    pool = [p for p in PROCS if kinds is None or p[2] in kinds]
    p = rng.choice(pool)
    return (p[0] if lang == "fr" else p[1]), p[2]


def bmi(rng, lo=36, hi=62):
    return rng.randrange(lo * 10, hi * 10) / 10.0


def fbmi(v, lang):
    return ("%.1f" % v).replace(".", ",") if lang == "fr" else "%.1f" % v


COMPLIC_BY_PROC = {
    "sleeve": [0, 5, 6, 7, 8], "RYGB": [0, 1, 2, 3, 4, 5, 6, 7], "OAGB": [0, 2, 3, 5, 6, 7],
    "DS": [0, 3, 5, 6, 7], "SADI-S": [0, 3, 5, 6, 7], "revision": [0, 1, 2, 4, 5, 6],
}


def complic(rng, lang, code=None):
    idx = rng.choice(COMPLIC_BY_PROC.get(code, [0, 5, 6, 7]))
    return COMPLIC[idx][0 if lang == "fr" else 1]


def comorb(rng, lang, sex, k=1):
    pool = [c for c in COMORB if sex == "F" or c[1] != "PCOS"]
    return pick(rng, pool, lang, k)
