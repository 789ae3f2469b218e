"""Clinical vocabulary for an anticoagulation clinic: indications, regimens, labs, procedures."""

INDICATIONS = [
    {"fr": "fibrillation auriculaire non valvulaire", "fa": "FA", "en": "non-valvular atrial fibrillation",
     "ea": "AF", "lo": 2.0, "hi": 3.0, "doac": True},
    {"fr": "fibrillation auriculaire", "fa": "FA paroxystique", "en": "paroxysmal atrial fibrillation",
     "ea": "paroxysmal AF", "lo": 2.0, "hi": 3.0, "doac": True},
    {"fr": "thrombose veineuse profonde", "fa": "TVP fémorale G", "en": "deep vein thrombosis",
     "ea": "L femoral DVT", "lo": 2.0, "hi": 3.0, "doac": True},
    {"fr": "embolie pulmonaire", "fa": "EP bilatérale", "en": "pulmonary embolism", "ea": "bilateral PE",
     "lo": 2.0, "hi": 3.0, "doac": True},
    {"fr": "valve mécanique mitrale", "fa": "valve mécanique mitrale (St. Jude)", "en": "mechanical mitral valve",
     "ea": "mechanical MVR", "lo": 2.5, "hi": 3.5, "doac": False},
    {"fr": "valve mécanique aortique", "fa": "RVA mécanique", "en": "mechanical aortic valve",
     "ea": "mechanical AVR", "lo": 2.0, "hi": 3.0, "doac": False},
    {"fr": "syndrome des antiphospholipides", "fa": "SAPL triple positif", "en": "antiphospholipid syndrome",
     "ea": "triple-positive APS", "lo": 2.0, "hi": 3.0, "doac": False},
    {"fr": "thrombus ventriculaire gauche", "fa": "thrombus VG post-IM", "en": "left ventricular thrombus",
     "ea": "LV thrombus post-MI", "lo": 2.0, "hi": 3.0, "doac": False},
]

DOACS = [
    {"gen_fr": "apixaban", "gen_en": "apixaban", "brand": "Eliquis", "full": "5 mg BID", "red": "2,5 mg BID",
     "red_en": "2.5 mg BID"},
    {"gen_fr": "rivaroxaban", "gen_en": "rivaroxaban", "brand": "Xarelto", "full": "20 mg DIE", "red": "15 mg DIE",
     "red_en": "15 mg daily"},
    {"gen_fr": "dabigatran", "gen_en": "dabigatran", "brand": "Pradaxa", "full": "150 mg BID", "red": "110 mg BID",
     "red_en": "110 mg BID"},
    {"gen_fr": "édoxaban", "gen_en": "edoxaban", "brand": "Lixiana", "full": "60 mg DIE", "red": "30 mg DIE",
     "red_en": "30 mg daily"},
]

LMWH = [
    {"fr": "énoxaparine (Lovenox) 1 mg/kg SC q12h", "en": "enoxaparin (Lovenox) 1 mg/kg SC q12h",
     "short": "Lovenox", "per_kg": 1.0, "unit": "mg", "freq_fr": "q12h", "freq_en": "q12h"},
    {"fr": "daltéparine (Fragmin) 200 UI/kg SC die", "en": "dalteparin (Fragmin) 200 IU/kg SC daily",
     "short": "Fragmin", "per_kg": 200, "unit": "UI", "freq_fr": "die", "freq_en": "daily"},
    {"fr": "tinzaparine (Innohep) 175 UI/kg SC die", "en": "tinzaparin (Innohep) 175 IU/kg SC daily",
     "short": "Innohep", "per_kg": 175, "unit": "UI", "freq_fr": "die", "freq_en": "daily"},
]

INTERACTING = [
    ("amiodarone 200 mg die", "amiodarone 200 mg daily", "up"),
    ("fluconazole 150 mg", "fluconazole 150 mg", "up"),
    ("sulfaméthoxazole-triméthoprime (Septra DS) BID x 7 j", "TMP-SMX (Septra DS) BID x 7 days", "up"),
    ("clarithromycine 500 mg BID", "clarithromycin 500 mg BID", "up"),
    ("métronidazole 500 mg TID", "metronidazole 500 mg TID", "up"),
    ("carbamazépine 200 mg BID", "carbamazepine 200 mg BID", "down"),
    ("rifampicine 600 mg die", "rifampin 600 mg daily", "down"),
]

PROCEDURES = [
    ("coloscopie avec polypectomie", "colonoscopy with polypectomy", "md6", "high"),
    ("prothèse totale de hanche (PTH)", "total hip arthroplasty", "md5", "high"),
    ("prothèse totale du genou (PTG)", "total knee arthroplasty", "md5", "high"),
    ("extractions dentaires multiples", "multiple dental extractions", None, "low"),
    ("cholécystectomie par laparoscopie", "laparoscopic cholecystectomy", None, "high"),
    ("biopsie prostatique transrectale", "transrectal prostate biopsy", None, "high"),
    ("implantation de stimulateur cardiaque", "pacemaker implantation", "md3", "mod"),
    ("gastroscopie diagnostique", "diagnostic gastroscopy", "md6", "low"),
]

DAYS_FR_ABBR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
DAYS_EN_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def num(x, lang, nd=1):
    s = f"{x:.{nd}f}"
    if nd and s.endswith("0") and nd == 1 and x >= 10:
        s = f"{x:.0f}"
    return s.replace(".", ",") if lang == "fr" else s


def mg(x, lang):
    s = f"{x:g}"
    return s.replace(".", ",") if lang == "fr" else s


def inr(rng, kind, ind=None):
    lo = ind["lo"] if ind else 2.0
    hi = ind["hi"] if ind else 3.0
    if kind == "low":
        return round(rng.uniform(1.2, lo - 0.2), 1)
    if kind == "high":
        return round(rng.uniform(hi + 0.3, hi + 1.6), 1)
    if kind == "crit":
        return round(rng.uniform(5.5, 9.4), 1)
    return round(rng.uniform(lo + 0.1, hi - 0.1), 1)


class Regimen:
    def __init__(self, base, alt, days):
        self.base, self.alt, self.days = base, alt, sorted(days)

    @property
    def weekly(self):
        return self.base * (7 - len(self.days)) + self.alt * len(self.days)

    def text(self, lang):
        if not self.days:
            return f"{mg(self.base, lang)} mg " + ("die" if lang == "fr" else "daily")
        names = DAYS_FR_ABBR if lang == "fr" else DAYS_EN_ABBR
        dd = "-".join(names[d] for d in self.days)
        if lang == "fr":
            return f"{mg(self.base, lang)} mg die sauf {mg(self.alt, lang)} mg {dd}"
        return f"{mg(self.base, lang)} mg daily except {mg(self.alt, lang)} mg {dd}"


def regimen(rng):
    base = rng.choice([2, 2.5, 3, 4, 5, 5, 6, 7.5])
    if rng.random() < 0.25:
        return Regimen(base, base, [])
    alt = rng.choice([x for x in (base - 2.5, base - 1, base + 1, base + 2.5) if x >= 1])
    days = rng.sample(range(7), rng.randint(1, 3))
    return Regimen(base, alt, days)


def adjust(rng, reg, direction):
    """Return a new regimen roughly 8-20 % up or down."""
    for _ in range(400):
        cand = regimen(rng)
        ratio = cand.weekly / reg.weekly
        if direction == "down" and 0.78 <= ratio <= 0.93:
            return cand
        if direction == "up" and 1.07 <= ratio <= 1.22:
            return cand
    base = reg.base
    return Regimen(base, max(base - 1, 0.5) if direction == "down" else base + 1, [0, 3])


def crcl(age, weight, creat, sex):
    """Cockcroft-Gault, creatinine in umol/L."""
    v = (140 - age) * weight * 1.23 / creat
    if sex == "F":
        v *= 0.85
    return round(v)


def lab_panel(rng, age, sex):
    weight = rng.randint(48, 112)
    creat = rng.randint(68, 210)
    return {
        "weight": weight,
        "creat": creat,
        "crcl": crcl(age, weight, creat, sex),
        "hb": rng.randint(84, 152),
        "plt": rng.randint(72, 390),
        "alt": rng.randint(12, 96),
    }
