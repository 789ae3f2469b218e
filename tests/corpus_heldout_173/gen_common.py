"""Shared pools, people, identifiers and formatting helpers.

Everything here is invented. Names of patients and of staff come from two
disjoint pools, and neither pool contains a surname of the RAMQ NAM list
(read from ../blind_nams.txt, relative to this file).
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

# --------------------------------------------------------------------------
# NAM list


class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam


def load_nams(path=NAM_FILE):
    seen = set()
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            surname, given, dob, sex, nam = parts[0], parts[1], parts[2], parts[3], parts[4]
            if nam in seen:
                continue
            seen.add(nam)
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(NamHolder(surname, given, dt.date(y, m, d), sex, nam))
    return out


# --------------------------------------------------------------------------
# text helpers


def fold(s):
    """lower case, accents removed"""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth_digits(s):
    return "".join(FW.get(ch, ch) for ch in s)


# --------------------------------------------------------------------------
# pools (patients and staff are disjoint; none uses a NAM-list surname)

PAT_SUR_FR = [
    "Bérubé", "Dufresne", "Lévesque", "Gingras", "Desrosiers", "Beaulieu", "Vaillancourt",
    "Charbonneau", "Lachance", "Turcotte", "Fréchette", "Plamondon", "Boisvert", "Lemieux",
    "Rioux", "Ouimet", "Bissonnette", "Asselin", "Marcoux", "Thériault", "Labrecque", "Dionne",
    "Gosselin", "Houle", "Veilleux", "Brassard", "Laflamme", "Croteau", "Provencher",
    "Jolicoeur", "Sirois", "Lacasse", "Drouin", "Poulin", "Laroche", "Duchesne", "Théberge",
    "Goulet", "Rochon", "St-Onge", "Auclair", "Blais", "Pépin", "Morissette", "Chabot",
]
PAT_SUR_EN = [
    "Whitfield", "Harrington", "McAllister", "Donnelly", "Fairbairn", "Kowalski", "O'Shea",
    "Pemberton", "Galbraith", "Lindqvist", "Hargreaves", "Ashworth", "Sutherland", "Bellamy",
    "Crawford", "Fitzgerald", "Thornton", "Okafor", "Nakamura", "Rasmussen", "Delaney",
    "Mercer", "Prescott", "Quigley", "Abernathy", "Holloway", "Kershaw", "Doyle", "Brennan",
    "Calloway", "Petrakis", "Henderson", "Lockhart", "Ferreira", "Dubrovsky",
]
PAT_GIV_FR_F = [
    "Ginette", "Huguette", "Jacqueline", "Thérèse", "Lise", "Monique", "Réjeanne", "Pierrette",
    "Colette", "Micheline", "Francine", "Gisèle", "Yolande", "Carmen", "Louise", "Lucie",
    "Hélène", "Suzanne", "Rita", "Jeannine", "Madeleine", "Cécile",
]
PAT_GIV_FR_M = [
    "Réjean", "Gaston", "Marcel", "Roger", "Normand", "Yvon", "Raymond", "Fernand", "Lucien",
    "Jean-Guy", "Rosaire", "Denis", "Gérald", "Léo", "Bernard", "Laurent", "Conrad", "Serge",
    "Clément", "Aurèle", "Rolland",
]
PAT_GIV_EN_F = [
    "Margaret", "Dorothy", "Eileen", "Joan", "Patricia", "Beverly", "Shirley", "Gwendolyn",
    "Irene", "Maureen", "Judith", "Evelyn", "Nancy", "Barbara", "Heather",
]
PAT_GIV_EN_M = [
    "Harold", "Kenneth", "Douglas", "Walter", "Gordon", "Arthur", "Raymond", "Stanley",
    "Leonard", "Frank", "Howard", "Gerald", "Neil", "Russell", "Clifford",
]
# family members (next of kin), also invented, never NAM surnames
KIN_GIV_F = ["Chantal", "Nathalie", "Sophie", "Caroline", "Johanne", "Linda", "Karen", "Susan", "Diane", "Lynn"]
KIN_GIV_M = ["Martin", "Stéphane", "Luc", "Sylvain", "François", "Brian", "Steven", "Mark", "Paul", "Robert"]

STAFF_SUR_FR = [
    "Tremblay", "Côté", "Lavoie", "Bergeron", "Gendron", "Lambert", "Dumont", "Vézina",
    "Arsenault", "Ménard", "Mercier", "Painchaud", "Léger", "Grenier", "Hébert", "Ducharme",
    "Proulx", "Bilodeau", "Guay", "Lalonde", "Robitaille", "Normandin", "Cyr", "Trudel",
    "Fontaine", "Champagne", "Paradis", "Beauchamp", "Vachon", "Lafrenière",
]
STAFF_SUR_EN = [
    "Patel", "Nguyen", "Campbell", "Stewart", "Murray", "Reid", "Hughes", "Foster", "Chen",
    "Singh", "Bennett", "Greene", "Wallace", "Marshall", "Kaur", "Ross", "Fraser", "Hayes",
    "Olsen", "Walsh",
]
STAFF_GIV_F = [
    "Isabelle", "Julie", "Mélanie", "Catherine", "Stéphanie", "Valérie", "Karine", "Nadia",
    "Marie-Ève", "Audrey", "Annie", "Véronique", "Rachel", "Megan", "Priya", "Hannah", "Laura",
    "Grace", "Jennifer", "Émilie",
]
STAFF_GIV_M = [
    "Jean-François", "Mathieu", "Simon", "Philippe", "Alexandre", "Éric", "Patrick", "Olivier",
    "Kevin", "Daniel", "Ryan", "Amir", "Thomas", "Sébastien", "Hugo",
]

ORG = "CISSS des Hautes-Rivières"
ORG_EN = "Hautes-Rivières Integrated Health and Social Services Centre"
DOM = "cisss-hautesrivieres.example"
CLSCS = [
    ("CLSC du Vieux-Moulin", "1200, boulevard du Vieux-Moulin, Val-des-Bouleaux (Québec) J0K 2T0", "819"),
    ("CLSC de Pointe-aux-Hérons", "45, rue de la Fabrique, Pointe-aux-Hérons (Québec) G0X 1R0", "418"),
    ("CLSC des Bouleaux", "310, chemin du Lac-Morency, Lac-Morency (Québec) J0T 1M0", "450"),
]
HOSP = "Hôpital régional des Hautes-Rivières"
HOSP_DOM = "hopital-hautesrivieres.example"
HOSPICE = "Maison de soins palliatifs La Traversée"
HOSPICE_DOM = "latraversee.example"
PHARMAS = [
    ("Pharmacie Beaulac et Vachon", "pharmabeaulac.example"),
    ("Pharmacie du Carrefour Morency", "pharmacarrefour.example"),
    ("Pharmacie Lacroix-Sauvé", "lacroixsauve.example"),
]
VENDOR = ("Médi-Équipement Boréal inc.", "mediequip-boreal.example")
VENDOR2 = ("Soins Mobilité Nordique", "mobilitenordique.example")
VOL_ORG = ("Bénévoles d'accompagnement Le Phare", "benevoles-lephare.example")
GMF = ("GMF du Lac-Morency", "gmf-morency.example")

CITIES = [
    ("Val-des-Bouleaux", "J0K"), ("Pointe-aux-Hérons", "G0X"), ("Lac-Morency", "J0T"),
    ("Saint-Aubin-des-Monts", "G0W"), ("Beaumont-sur-Rivière", "J0L"),
    ("Sainte-Irène-des-Érables", "G0S"),
]
STREETS = [
    "rue des Érables", "rang Saint-Onésime", "chemin du Lac-Morency", "avenue des Pins",
    "rue Principale", "rue de la Fabrique", "montée des Bouleaux", "rue Champlain",
    "boulevard Laurier-Ouest", "rue des Hirondelles", "chemin de la Grève", "rue Saint-Patrice",
    "croissant des Lilas", "route 343",
]

# --------------------------------------------------------------------------
# clinical pools: (fr, en)

DX_OLD = [
    ("néoplasie pulmonaire métastatique (os, surrénales)", "metastatic lung cancer (bone, adrenal)"),
    ("adénocarcinome du pancréas stade IV", "stage IV pancreatic adenocarcinoma"),
    ("SLA (sclérose latérale amyotrophique)", "ALS (amyotrophic lateral sclerosis)"),
    ("MPOC stade terminal, O2 à domicile", "end-stage COPD on home O2"),
    ("insuffisance cardiaque NYHA IV", "NYHA class IV heart failure"),
    ("démence de type Alzheimer stade avancé", "advanced Alzheimer dementia"),
    ("néo colorectal avec carcinomatose péritonéale", "colorectal cancer with peritoneal carcinomatosis"),
    ("glioblastome multiforme récidivant", "recurrent glioblastoma"),
    ("cancer du sein avec métastases osseuses et hépatiques", "breast cancer with bone and liver metastases"),
    ("insuffisance rénale terminale, refus de dialyse", "end-stage renal disease, declined dialysis"),
    ("myélome multiple réfractaire", "refractory multiple myeloma"),
    ("cancer de la prostate métastatique résistant à la castration", "metastatic castration-resistant prostate cancer"),
    ("mésothéliome pleural", "pleural mesothelioma"),
    ("cirrhose décompensée avec ascite réfractaire", "decompensated cirrhosis with refractory ascites"),
    ("maladie de Parkinson avancée", "advanced Parkinson disease"),
    ("cancer de l'ovaire avec occlusion intestinale", "ovarian cancer with bowel obstruction"),
    ("néo ORL (base de langue), gastrostomie", "head and neck cancer (base of tongue), G-tube"),
]
DX_YOUNG = [
    ("sarcome d'Ewing métastatique", "metastatic Ewing sarcoma"),
    ("leucémie myéloïde aiguë réfractaire", "refractory acute myeloid leukemia"),
    ("fibrose kystique, attente de greffe retirée", "cystic fibrosis, removed from transplant list"),
    ("cancer du col utérin métastatique", "metastatic cervical cancer"),
    ("dystrophie musculaire de Duchenne, ventilation à domicile", "Duchenne muscular dystrophy on home ventilation"),
    ("glioblastome", "glioblastoma"),
]
DX_CHILD = [
    ("gliome infiltrant du tronc cérébral (DIPG)", "diffuse intrinsic pontine glioma (DIPG)"),
    ("neuroblastome récidivant", "relapsed neuroblastoma"),
    ("amyotrophie spinale type 1", "spinal muscular atrophy type 1"),
    ("encéphalopathie épileptique sévère", "severe epileptic encephalopathy"),
    ("leucémie lymphoblastique en rechute réfractaire", "refractory relapsed lymphoblastic leukemia"),
    ("rhabdomyosarcome métastatique", "metastatic rhabdomyosarcoma"),
]
SYMPTOMS = [
    ("douleur mal contrôlée (7/10)", "poorly controlled pain (7/10)"),
    ("dyspnée au moindre effort", "dyspnea on minimal exertion"),
    ("nausées et vomissements", "nausea and vomiting"),
    ("délirium hypoactif", "hypoactive delirium"),
    ("agitation nocturne", "nighttime agitation"),
    ("râles terminaux", "terminal secretions"),
    ("constipation depuis 5 jours", "no BM x 5 days"),
    ("plaie de pression sacrée stade 3", "stage 3 sacral pressure injury"),
    ("anorexie, perte de 8 kg", "anorexia, 8 kg weight loss"),
    ("hoquet persistant", "persistent hiccups"),
    ("prurit généralisé", "generalized pruritus"),
    ("myoclonies", "myoclonus"),
]
MEDS = [
    ("hydromorphone 1 mg SC q1h PRN", "hydromorphone 1 mg SC q1h PRN"),
    ("Hydromorph Contin 6 mg PO BID", "Hydromorph Contin 6 mg PO BID"),
    ("morphine LA 30 mg BID", "morphine SR 30 mg BID"),
    ("fentanyl timbre 25 mcg/h q72h", "fentanyl patch 25 mcg/h q72h"),
    ("midazolam 2,5 mg SC q30 min PRN", "midazolam 2.5 mg SC q30min PRN"),
    ("halopéridol 0,5 mg SC q4h PRN", "haloperidol 0.5 mg SC q4h PRN"),
    ("méthotriméprazine (Nozinan) 6,25 mg SC HS", "methotrimeprazine (Nozinan) 6.25 mg SC qHS"),
    ("glycopyrrolate 0,4 mg SC q4h PRN", "glycopyrrolate 0.4 mg SC q4h PRN"),
    ("dexaméthasone 4 mg PO die", "dexamethasone 4 mg PO daily"),
    ("métoclopramide 10 mg SC q6h", "metoclopramide 10 mg SC q6h"),
    ("sennosides 2 co HS", "sennosides 2 tabs qHS"),
    ("PEG 3350 (Lax-A-Day) 17 g die", "PEG 3350 (Lax-A-Day) 17 g daily"),
    ("lorazépam 0,5 mg SL q4h PRN", "lorazepam (Ativan) 0.5 mg SL q4h PRN"),
    ("furosémide 40 mg SC die", "furosemide 40 mg SC daily"),
    ("méthadone 2 mg PO q8h", "methadone 2 mg PO q8h"),
    ("oxycodone (Supeudol) 5 mg q4h PRN", "oxycodone 5 mg q4h PRN"),
    ("gabapentine 300 mg TID", "gabapentin 300 mg TID"),
    ("ondansétron 4 mg SL q8h PRN", "ondansetron 4 mg SL q8h PRN"),
]
SOCIAL = [
    ("vit seul(e) au 3e étage sans ascenseur", "lives alone on a third floor walk-up"),
    ("proche aidant (conjoint) épuisé, demande de répit", "spouse and caregiver exhausted, respite requested"),
    ("prestataire de l'aide sociale, difficulté à payer les médicaments", "on social assistance, struggling to pay for medications"),
    ("logement insalubre signalé à la municipalité", "unsanitary housing reported to the municipality"),
    ("contexte de violence conjugale, fils a une ordonnance de non-contact", "history of intimate partner violence, son under a no-contact order"),
    ("fille en arrêt de travail, demande de prestations de compassion", "daughter off work, applying for compassionate care benefits"),
    ("curatelle publique en cours", "public curatorship in progress"),
    ("inscrit(e) sur la liste d'attente CHSLD", "on the long-term care waiting list"),
    ("menacé(e) d'éviction, loyer impayé depuis 2 mois", "facing eviction, rent unpaid for 2 months"),
]
SOCIAL_CHILD = [
    ("dossier actif à la DPJ, placement chez la grand-mère", "open youth protection (DPJ) file, placed with grandmother"),
    ("parents séparés, garde partagée conflictuelle", "separated parents, contested shared custody"),
    ("mère monoparentale, perte d'emploi récente", "single mother, recently lost her job"),
]
PPS = ["30 %", "40 %", "20 %", "50 %", "10 %"]


FEMALE_ONLY = ("ovaire", "col utérin", "sein")
MALE_ONLY = ("prostate",)


def dx_for(age, rng, sex=None):
    pool = DX_CHILD if age < 18 else DX_YOUNG if age < 45 else DX_OLD
    if sex == "M":
        pool = [d for d in pool if not any(w in d[0] for w in FEMALE_ONLY)]
    elif sex == "F":
        pool = [d for d in pool if not any(w in d[0] for w in MALE_ONLY)]
    return rng.choice(pool)


def gender_fr(text, sex):
    """resolve the inclusive '(e)' forms for a person of the given sex"""
    return text.replace("(e)", "e" if sex == "F" else "")


KIN_REL = {
    "F": [("fille", "daughter"), ("conjointe", "wife"), ("soeur", "sister"), ("nièce", "niece")],
    "M": [("fils", "son"), ("conjoint", "husband"), ("frère", "brother"), ("neveu", "nephew")],
}


def lab_values(rng, lang):
    """list of terse lab strings"""
    fr = lang == "fr"
    pool = [
        ("Hb", f"{rng.randint(68, 98)} g/L"),
        ("plaq" if fr else "plt", f"{rng.randint(22, 95)}"),
        ("créat" if fr else "creat", f"{rng.randint(140, 390)} µmol/L"),
        ("Ca corr.", (f"{rng.randint(29, 34) / 10:.2f}".replace(".", ",") if fr else f"{rng.randint(29, 34) / 10:.2f}") + " mmol/L"),
        ("Na", f"{rng.randint(121, 131)}"),
        ("K", (f"{rng.randint(52, 64) / 10:.1f}".replace(".", ",") if fr else f"{rng.randint(52, 64) / 10:.1f}")),
        ("albumine" if fr else "albumin", f"{rng.randint(19, 28)} g/L"),
        ("INR", (f"{rng.randint(18, 41) / 10:.1f}".replace(".", ",") if fr else f"{rng.randint(18, 41) / 10:.1f}")),
        ("bili tot.", f"{rng.randint(40, 160)} µmol/L"),
        ("SpO2", f"{rng.randint(82, 90)} % AA" if fr else f"{rng.randint(82, 90)}% RA"),
    ]
    rng.shuffle(pool)
    return [f"{k} {v}" for k, v in pool[: rng.randint(2, 4)]]


# --------------------------------------------------------------------------
# identifiers (non-NAM)


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + _digits(rng, 7)
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    base = str(rng.randint(1, 9)) + _digits(rng, 8)
    return base + luhn.calc_check_digit(base)


def ohn_valid(num):
    num = "".join(ch for ch in num if ch.isdigit())
    return len(num) == 10 and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    serial = rng.randint(1, 498) * 2 + (1 if sex == "M" else 0)  # odd = male
    if serial > 997:
        serial = 997
    body = dob.strftime("%y%m%d") + f"{serial:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    check = 97 - base % 97
    num = body + f"{check:02d}"
    assert be_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "35", "67"])
    commune = f"{rng.randint(1, 399):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    num = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng):
    return _digits(rng, 7)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": f"{a} {b} {c}",
        "dotted": f"{a}.{b}.{c}",
        "slashed": f"{a}/{b}/{c}",
        "hyphen": f"{a}-{b}-{c}",
        "fullwidth": f"{a} {fullwidth_digits(b)} {fullwidth_digits(c)}",
        "lower": f"{a.lower()} {b} {c}",
        "odd": f"{a} {b[:2]} {b[2:]}{c[:1]} {c[1:]}",
    }[style]


NAM_STYLES = ["plain", "spaced", "dotted", "slashed", "hyphen", "fullwidth", "lower", "odd", "spaced", "plain"]


def fmt_sin(n, style):
    return {"plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}", "hyphen": f"{n[:3]}-{n[3:6]}-{n[6:]}",
            "dotted": f"{n[:3]}.{n[3:6]}.{n[6:]}", "fullwidth": fullwidth_digits(f"{n[:3]} {n[3:6]} {n[6:]}")}[style]


def fmt_ohn(n, style, vc="AB"):
    return {"plain": n, "spaced": f"{n[:4]} {n[4:7]} {n[7:]} {vc}", "hyphen": f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}",
            "dotted": f"{n[:4]}.{n[4:7]}.{n[7:]}", "fullwidth": fullwidth_digits(f"{n[:4]} {n[4:7]} {n[7:]}")}[style]


def fmt_niss(n, style):
    return {"plain": n, "dotted": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "spaced": f"{n[:6]} {n[6:9]} {n[9:]}", "slashed": f"{n[:6]}/{n[6:9]}/{n[9:]}"}[style]


def fmt_nir(n, style):
    return {"plain": n, "spaced": f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            "dotted": f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"}[style]


def fmt_mrn(n, style):
    return {"plain": n, "hyphen": f"{n[:2]}-{n[2:4]}-{n[4:]}", "spaced": f"{n[:3]} {n[3:]}",
            "prefixed": f"H{n}", "slashed": f"{n[:2]}/{n[2:]}", "fullwidth": fullwidth_digits(n)}[style]


# --------------------------------------------------------------------------
# dates

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_renderings(d):
    """every rendering of a birth date the generator may use (the checker looks for any)"""
    return [
        d.strftime("%Y-%m-%d"), d.strftime("%Y/%m/%d"), d.strftime("%d/%m/%Y"),
        d.strftime("%Y.%m.%d"), d.strftime("%d-%m-%Y"),
        f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.strftime("%Y%m%d"),
    ]


def fmt_dob(d, rng, lang):
    if lang == "fr":
        i = rng.choice([0, 0, 1, 2, 3, 5])
    else:
        i = rng.choice([0, 0, 1, 2, 6, 7, 4])
    return dob_renderings(d)[i]


def fmt_day(d, lang, style=0):
    if lang == "fr":
        if style == 0:
            return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
        return d.strftime("%Y-%m-%d")
    if style == 0:
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
    return d.strftime("%Y-%m-%d")


def age_at(dob, when):
    a = when.year - dob.year
    if (when.month, when.day) < (dob.month, dob.day):
        a -= 1
    return a


def sex_token(sex, lang, rng):
    if lang == "fr":
        return rng.choice([f"sexe : {sex}", f"Sexe {sex}", f"({sex})", f"sexe: {sex}"])
    return rng.choice([f"sex: {sex}", f"Sex {sex}", f"({sex})", f"sex {sex}"])


SEX_PATTERNS = [r"sexe\s*:?\s*{s}\b", r"sex\s*:?\s*{s}\b", r"\({s}\)", r"\b{s}\s*/\s*\d"]
