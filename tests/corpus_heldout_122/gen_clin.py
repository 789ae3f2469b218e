"""Clinical vocabulary used by the positive builders (all values invented)."""

# (fr, en) pairs
SYMPTOMS = [
    ("ronflements sonores et pauses respiratoires observées par la conjointe",
     "loud snoring and witnessed apnoeas reported by the spouse"),
    ("réveils avec sensation d'étouffement, nycturie x3", "choking awakenings, nocturia x3"),
    ("céphalées matinales et somnolence au volant", "morning headaches and drowsiness while driving"),
    ("fatigue importante, s'endort en réunion", "marked fatigue, falls asleep in meetings"),
    ("sommeil non réparateur, bouche sèche au réveil", "unrefreshing sleep, dry mouth on waking"),
    ("ronflement depuis 10 ans, prise de poids récente de 15 kg",
     "snoring for 10 years, recent 15 kg weight gain"),
]
COMORB = [
    ("HTA", "hypertension"), ("diabète de type 2", "type 2 diabetes"),
    ("fibrillation auriculaire", "atrial fibrillation"), ("obésité (IMC 38)", "obesity (BMI 38)"),
    ("dépression", "depression"), ("insuffisance cardiaque (FEVG 35 %)", "heart failure (LVEF 35%)"),
    ("MPOC", "COPD"), ("reflux gastro-oesophagien", "GERD"), ("hypothyroïdie", "hypothyroidism"),
]
MEDS = [
    "amlodipine 5 mg DIE", "metformine 500 mg BID", "apixaban 5 mg BID", "ramipril 10 mg DIE",
    "sertraline 100 mg DIE", "bisoprolol 2,5 mg DIE", "atorvastatine 40 mg HS",
    "lévothyroxine 88 mcg DIE", "pantoprazole 40 mg DIE", "tiotropium 18 mcg inh DIE",
    "hydromorphone 2 mg q4h PRN", "quétiapine 25 mg HS", "zopiclone 7,5 mg HS",
]
MEDS_EN = [m.replace(",", ".").replace("DIE", "daily") for m in MEDS]

OSA_SEV = [("léger", "mild", 5, 14), ("modéré", "moderate", 15, 29), ("sévère", "severe", 30, 75)]

NARCO_MEDS = [
    ("modafinil 200 mg le matin", "modafinil 200 mg every morning"),
    ("pitolisant 18 mg DIE, titration à 36 mg", "pitolisant 18 mg daily, titrating to 36 mg"),
    ("oxybate de sodium 4,5 g/nuit en 2 doses", "sodium oxybate 4.5 g/night in two doses"),
    ("solriamfétol 75 mg DIE", "solriamfetol 75 mg daily"),
    ("méthylphénidate LP 36 mg le matin", "methylphenidate ER 36 mg in the morning"),
]

MASKS = ["masque narinaire (taille M)", "masque facial complet (taille L)", "coussinets narinaires (taille S)",
         "masque nasal sous-nasal", "masque facial hybride"]
MASKS_EN = ["nasal mask (size M)", "full face mask (size L)", "nasal pillows (size S)",
            "under-the-nose nasal mask", "hybrid full face mask"]


def osa(rng):
    fr, en, lo, hi = rng.choice(OSA_SEV)
    iah = round(rng.uniform(lo, hi), 1)
    return fr, en, iah


def fr_num(x):
    return str(x).replace(".", ",")


def psg_values(rng, iah):
    nadir = max(62, min(91, int(94 - iah * 0.45 + rng.uniform(-4, 4))))
    t90 = round(max(0.2, iah * rng.uniform(0.2, 0.9)), 1)
    eff = rng.randrange(62, 93)
    odi = round(iah * rng.uniform(0.7, 1.05), 1)
    rem = rng.randrange(8, 24)
    plmi = rng.choice([0, 2, 5, 11, 18, 27])
    lat = rng.randrange(4, 45)
    tst = rng.randrange(260, 430)
    return dict(nadir=nadir, t90=t90, eff=eff, odi=odi, rem=rem, plmi=plmi, lat=lat, tst=tst,
                supine=round(iah * rng.uniform(1.1, 2.2), 1), nonsup=round(iah * rng.uniform(0.2, 0.8), 1))


def abg(rng):
    return dict(ph=round(rng.uniform(7.34, 7.43), 2), paco2=rng.randrange(41, 58), pao2=rng.randrange(48, 57),
                hco3=rng.randrange(24, 33), sat=rng.randrange(84, 90))
