"""Shared data and helpers: people, institutions, identifiers, formatting.

Everything here is invented. RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

# ---------------------------------------------------------------- organisation
HOSP_FR = "Centre hospitalier universitaire de Val-Boisé"
HOSP_EN = "Val-Boisé University Hospital Centre"
HOSP_SHORT = "CHUVB"
DOM = "chuvb.example"
CLINIC_ADDR = "2450, boulevard des Érables, pavillon Marcotte, 4e étage, Québec (Québec) G1X 0A9"
CLINIC_PHONE = "418 555-0142"
CLINIC_FAX = "418 555-0143"
EEG_PHONE = "418 555-0147"
EMG_PHONE = "418 555-0148"

UNITS = {
    "epi": ("Clinique d'épilepsie", "Epilepsy Clinic"),
    "sp": ("Clinique de sclérose en plaques", "Multiple Sclerosis Clinic"),
    "park": ("Clinique des troubles du mouvement", "Movement Disorders Clinic"),
    "head": ("Clinique de céphalées", "Headache Clinic"),
    "eeg": ("Laboratoire d'EEG", "EEG Laboratory"),
    "emg": ("Laboratoire d'EMG", "EMG Laboratory"),
    "rehab": ("Unité de neuroréadaptation", "Neuro-rehabilitation Unit"),
    "neuro": ("Service de neurologie", "Department of Neurology"),
}

# staff: (given, surname, sex, role_fr, role_en, unit, login)
STAFF = [
    ("Valérie", "Hébert", "F", "neurologue", "neurologist", "epi", "vhebert"),
    ("Karim", "Haddad", "M", "neurologue", "neurologist", "sp", "khaddad"),
    ("Isabelle", "Lachance", "F", "neurologue", "neurologist", "park", "ilachance"),
    ("Thomas", "Vaillancourt", "M", "neurologue", "neurologist", "head", "tvaillancourt"),
    ("Anh", "Nguyen", "F", "neurologue, électromyographiste", "neurologist, EMG", "emg", "anguyen"),
    ("Rachel", "Kowalski", "F", "neurologue, neurophysiologie", "neurologist, clinical neurophysiology", "eeg", "rkowalski"),
    ("Samuel", "Desrosiers", "M", "physiatre", "physiatrist", "rehab", "sdesrosiers"),
    ("Patrick", "O'Neill", "M", "résident R3 neurologie", "neurology resident (PGY-3)", "neuro", "poneill"),
    ("Émilie", "Charbonneau", "F", "résidente R2 neurologie", "neurology resident (PGY-2)", "neuro", "echarbonneau"),
    ("Julie", "Mercier", "F", "infirmière clinicienne SP", "MS nurse clinician", "sp", "jmercier"),
    ("Marie-Ève", "Provencher", "F", "infirmière pivot en épilepsie", "epilepsy nurse navigator", "epi", "meprovencher"),
    ("Nadia", "Benali", "F", "infirmière, troubles du mouvement", "movement disorders nurse", "park", "nbenali"),
    ("Kevin", "Dufresne", "M", "technologue en électrophysiologie médicale", "EEG technologist", "eeg", "kdufresne"),
    ("Sophie", "Bélisle", "F", "technologue en électrophysiologie médicale", "EMG technologist", "emg", "sbelisle"),
    ("Chantale", "Rousseau", "F", "agente administrative", "administrative officer", "neuro", "crousseau"),
    ("Lucie", "Chartrand", "F", "secrétaire médicale", "medical secretary", "neuro", "lchartrand"),
    ("Marco", "Ferreira", "M", "commis aux rendez-vous", "booking clerk", "neuro", "mferreira"),
    ("Hélène", "Dumais", "F", "cheffe de service administratif", "administrative manager", "neuro", "hdumais"),
    ("Daniel", "Lefebvre", "M", "coordonnateur clinico-administratif", "clinical-administrative coordinator", "neuro", "dlefebvre"),
    ("Farah", "Patel", "F", "pharmacienne", "pharmacist", "neuro", "fpatel"),
    ("Annie", "Lamarre", "F", "travailleuse sociale", "social worker", "rehab", "alamarre"),
    ("Jonathan", "Giguère", "M", "physiothérapeute", "physiotherapist", "rehab", "jgiguere"),
    ("Mélissa", "Thériault", "F", "ergothérapeute", "occupational therapist", "rehab", "mtheriault"),
    ("François", "Auclair", "M", "neuropsychologue", "neuropsychologist", "epi", "fauclair"),
    ("Richard", "Béland", "M", "analyste, Technologies de l'information", "IT analyst", "it", "rbeland"),
    ("Caroline", "Pilon", "F", "conseillère en ressources humaines", "HR advisor", "hr", "cpilon"),
    ("Geneviève", "Dorval", "F", "infirmière-chef, unité 4 Nord", "nurse manager, 4 North", "rehab", "gdorval"),
    ("Olivier", "Brassard", "M", "résident R1 neurologie", "neurology resident (PGY-1)", "neuro", "obrassard"),
]

# external clinicians / contacts (not patients)
EXTERNAL = [
    ("Catherine", "Bergevin", "F", "médecin de famille", "GMF du Plateau-Fleuri", "gmf-plateaufleuri.example"),
    ("Louis-Philippe", "Jodoin", "M", "médecin de famille", "Clinique médicale Saint-Rédempteur", "cmsr.example"),
    ("Steven", "Clarke", "M", "family physician", "Kingsbury Family Health Team", "kingsbury-fht.example"),
    ("Pierre-Luc", "Aubin", "M", "pharmacien", "Pharmacie Beausoleil", "pharm-beausoleil.example"),
    ("Ingrid", "Wauters", "F", "neurologue", "CHR de Liège-Ouest", "chr-liegeouest.example"),
    ("Hugo", "Lemarchand", "M", "neurologue", "CH de Villebrune", "ch-villebrune.example"),
    ("Naomi", "Feldman", "F", "family physician", "Clinique médicale Sillery", "cmsillery.example"),
    ("Amélie", "Fréchette", "F", "urgentologue", "Hôpital de Saint-Anselme-des-Monts", "hsadm.example"),
    ("Derek", "Whitfield", "M", "emergency physician", "Kingsbury General Hospital", "kingsbury-hosp.example"),
]

# patients WITHOUT a NAM in this corpus (never mixed with NAM holders)
PATIENTS = [
    ("Jeanne", "Tremblay", "F"), ("Réjean", "Côté", "M"), ("Lise", "Lavoie", "F"),
    ("Normand", "Gagné", "M"), ("Chantal", "Ouimet", "F"), ("Mathieu", "Desjardins", "M"),
    ("Karine", "Beaulieu", "F"), ("Stéphane", "Dubé", "M"), ("Huguette", "Lévesque", "F"),
    ("Yvon", "Bernier", "M"), ("Mélanie", "Lamontagne", "F"), ("Raymond", "Tessier", "M"),
    ("Alexandra", "Doucet", "F"), ("Fatima", "Benjelloun", "F"), ("Mohamed", "Mansour", "M"),
    ("Priya", "Raman", "F"), ("Olivier", "Leclerc", "M"), ("Camille", "Vachon", "F"),
    ("Kevin", "Grenier", "M"), ("Jessica", "Nolet", "F"), ("Wei", "Chen", "M"),
    ("Anthony", "Rossi", "M"), ("Francine", "Turcotte", "F"), ("Gaétan", "Bolduc", "M"),
    ("Maude", "Sirois", "F"), ("Éric", "Labelle", "M"), ("Sandrine", "Paradis", "F"),
    ("Benoît", "Dion", "M"), ("Nicole", "Larivière", "F"), ("Guy", "Marchand", "M"),
    ("Véronique", "Fontaine", "F"), ("Jérôme", "Robitaille", "M"), ("Louise", "Asselin", "F"),
    ("Roger", "St-Pierre", "M"), ("Audrey", "Hamel", "F"), ("Denis", "Proulx", "M"),
    ("Carole", "Morneau", "F"), ("Alain", "Pagé", "M"), ("Harpreet", "Kaur", "F"),
    ("Mamadou", "Diallo", "M"), ("Lucia", "Ramirez", "F"), ("Sean", "O'Connor", "M"),
    ("Widline", "Jean-Baptiste", "F"), ("Yves", "Lemay", "M"), ("Ghislaine", "Boily", "F"),
    ("Martin", "Gosselin", "M"), ("Julie-Anne", "Trudel", "F"), ("Hamid", "Rahimi", "M"),
    ("Suzanne", "Bissonnette", "F"), ("Luc", "Fecteau", "M"), ("Rose-Marie", "Pouliot", "F"),
    ("Bruno", "Carrier", "M"), ("Aline", "Drolet", "F"), ("Patrice", "Veilleux", "M"),
    ("Nancy", "Lacasse", "F"), ("Réal", "Cormier", "M"), ("Hoa", "Tran", "F"),
    ("Claudette", "Boivin", "F"), ("Fernand", "Larouche", "M"), ("Mireille", "Gingras", "F"),
]
CHILDREN = [("Théo", "Fleury", "M"), ("Léa", "Cyr", "F"), ("Noah", "Bédard", "M"),
            ("Zoé", "Bergeron", "F"), ("Jacob", "Lauzon", "M"), ("Florence", "Demers", "F"),
            ("William", "Ducharme", "M"), ("Rosalie", "Poitras", "F")]
ONTARIO_PATIENTS = [("Heather", "MacLeod", "F"), ("Derek", "Sinclair", "M"),
                    ("Nasrin", "Ahmadi", "F"), ("Brian", "Kovacs", "M"), ("Ashley", "Fraser", "F")]
BELGIAN_PATIENTS = [("Lotte", "Vandenberghe", "F"), ("Maxime", "Dewulf", "M"),
                    ("Elise", "Janssens", "F"), ("Arnaud", "Lambotte", "M")]
FRENCH_PATIENTS = [("Inès", "Lefort", "F"), ("Baptiste", "Garnier", "M"),
                   ("Clémence", "Roussel", "F"), ("Yanis", "Mercadier", "M")]

STREETS = ["rue des Lilas", "avenue Maguire", "rue de la Fabrique", "chemin Sainte-Foy",
           "rue des Peupliers", "boulevard Hamel", "rue Saint-Vallier Ouest", "avenue des Pins",
           "rue du Cap-Rouge", "rang Saint-Joseph", "rue Notre-Dame", "avenue Royale",
           "rue de l'Escarpement", "place des Saules", "rue Bellevue", "montée du Lac"]
TOWNS = [("Québec", "G1R"), ("Lévis", "G6V"), ("Sainte-Marie", "G6E"), ("Saint-Georges", "G5Y"),
         ("Montmagny", "G5V"), ("Thetford Mines", "G6G"), ("Portneuf", "G0A"), ("Beauport", "G1E"),
         ("Charlesbourg", "G1H"), ("Saint-Augustin-de-Desmaures", "G3A")]
AREA = ["418", "581", "418", "819", "418", "367"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given, "dob": dt.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = {h["surname"] for h in NAM_HOLDERS}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# sanity: staff, external and non-NAM patients never share a surname with a NAM holder
for _pool in (STAFF, EXTERNAL, PATIENTS, CHILDREN, ONTARIO_PATIENTS, BELGIAN_PATIENTS, FRENCH_PATIENTS):
    for _p in _pool:
        assert strip_accents(_p[1]) not in {strip_accents(s) for s in NAM_SURNAMES}, _p


# ---------------------------------------------------------------- people helpers
POOL_AGES_BY_NAME = {"PATIENTS": (19, 92), "CHILDREN": (3, 16), "ONTARIO_PATIENTS": (25, 85),
                     "BELGIAN_PATIENTS": (20, 60), "FRENCH_PATIENTS": (19, 38)}
def staff(login):
    for s in STAFF:
        if s[6] == login:
            return s
    raise KeyError(login)


def staff_addr(s):
    return (f"{s[0]} {s[1]}", f"{s[6]}@{DOM}")


def ext(surname):
    for e in EXTERNAL:
        if e[1] == surname:
            return e
    raise KeyError(surname)


def ext_addr(e):
    login = strip_accents(e[0][0] + e[1]).lower().replace("'", "").replace(" ", "")
    return (f"{e[0]} {e[1]}", f"{login}@{e[5]}")


def dr(s, lang):
    """Title for a physician from a STAFF/EXTERNAL tuple."""
    if lang == "fr":
        return ("Dre " if s[2] == "F" else "Dr ") + f"{s[0]} {s[1]}"
    return f"Dr. {s[0]} {s[1]}"


def rand_date(rng, start, end):
    span = (end - start).days
    return start + dt.timedelta(days=rng.randint(0, span))


POOL_AGES = {}  # filled below: id(pool) -> (min_age, max_age) used to fix each person's birth date


def _person(given, surname, sex, key, age_range):
    """Stable attributes for one invented person: same DOB, MRN, address and phone in every message."""
    prng = random.Random(f"person:{key}")
    year = 2025 - prng.randint(*age_range)
    dob = dt.date(year, prng.randint(1, 12), prng.randint(1, 28))
    town, fsa = prng.choice(TOWNS)
    return {
        "given": given, "surname": surname, "sex": sex, "dob": dob, "nam": None,
        "mrn": gen_mrn(prng),
        "phone": gen_phone(prng),
        "address": f"{prng.randint(12, 2980)}, {prng.choice(STREETS)}, {town} (Québec) {fsa} {prng.randint(1, 9)}{prng.choice('ABCEGHJKLMNPRSTVXY')}{prng.randint(1, 9)}",
        "email": f"{strip_accents(given).lower().replace(' ', '')}.{strip_accents(surname).lower().replace(' ', '').replace(chr(39), '')}{prng.randint(1, 99)}@{prng.choice(['courriel.example', 'maboite.example', 'videoweb.example'])}",
    }


for _n, _r in POOL_AGES_BY_NAME.items():
    POOL_AGES[id(globals()[_n])] = _r


def make_patient(rng, pool=None, age=(19, 88), used=None):
    pool = pool or PATIENTS
    rng_ages = POOL_AGES.get(id(pool), (19, 90))
    people = [_person(g, s, x, f"{g}|{s}", rng_ages) for g, s, x in pool]
    fit = [p for p in people if age[0] <= age_on(p["dob"]) <= age[1]]
    return dict(rng.choice(fit or people))


def nam_patient(rng, holder):
    p = _person(holder["given"], holder["surname"], holder["sex"], f"nam|{holder['nam']}", (19, 90))
    p.update({"dob": holder["dob"], "nam": holder["nam"]})
    return p


class NamDeck:
    """Hands out NAM holders in a shuffled order so most are used once."""

    def __init__(self, rng):
        self.rng = rng
        self.items = list(NAM_HOLDERS)
        rng.shuffle(self.items)
        self.i = 0

    def next(self, age=None):
        """Next holder in the shuffled deck whose age fits `age` (min, max)."""
        n = len(self.items)
        for k in range(n):
            j = (self.i + k) % n
            h = self.items[j]
            if age is None or age[0] <= age_on(h["dob"]) <= age[1]:
                a = self.i % n
                self.items[a], self.items[j] = self.items[j], self.items[a]
                self.i += 1
                return h
        h = self.items[self.i % n]
        self.i += 1
        return h


def title(p, lang):
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Ms." if p["sex"] == "F" else "Mr."


def pname(p, style="full", lang="fr"):
    g, s = p["given"], p["surname"]
    if style == "full":
        return f"{g} {s}"
    minor = age_on(p["dob"]) < 16
    if style == "title":
        return f"{g} {s}" if minor else f"{title(p, lang)} {g} {s}"
    if style == "title_sur":
        return f"{g} {s}" if minor else f"{title(p, lang)} {s}"
    if style == "upper_first":
        return f"{s.upper()}, {g}"
    if style == "sur_first":
        return f"{s}, {g}"
    if style == "lower":
        return f"{g.lower()} {s.lower()}"
    if style == "lower_sur_first":
        return f"{s.lower()} {g.lower()}"
    if style == "initial":
        ini = "-".join(x[0] + "." for x in g.split("-"))
        return f"{ini} {s}"
    if style == "sur_initial":
        return f"{s} {g[0]}."
    raise ValueError(style)


# ---------------------------------------------------------------- identifiers
def gen_mrn(rng):
    return str(rng.randint(100000, 9999999)).zfill(7)


def fmt_mrn(mrn, rng, lang="fr"):
    style = rng.randint(0, 5)
    if style == 0:
        return f"{'dossier' if lang == 'fr' else 'MRN'} {mrn}"
    if style == 1:
        return f"{'No de dossier' if lang == 'fr' else 'Chart #'}: {mrn}"
    if style == 2:
        return f"{'# dossier' if lang == 'fr' else 'MRN'} {mrn[:-4]} {mrn[-4:]}"
    if style == 3:
        return f"{'N° dossier CHUVB' if lang == 'fr' else 'CHUVB chart no.'} H{mrn}"
    if style == 4:
        return f"{'Dossier' if lang == 'fr' else 'MRN'}: {mrn[:2]}-{mrn[2:4]}-{mrn[4:]}"
    return f"({'doss.' if lang == 'fr' else 'MRN'} {mrn})"


FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth_digits(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == "dots":
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if style == "slash":
        return f"{nam[:4]}/{nam[4:6]}/{nam[6:8]}/{nam[8:]}"
    if style == "lower":
        return f"{nam[:4].lower()} {nam[4:]}"
    if style == "fullwidth":
        return nam[:4] + fullwidth_digits(nam[4:])
    if style == "dash":
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == "wide":
        return " ".join(nam)
    raise ValueError(style)


NAM_STYLES = ["plain", "plain", "spaced", "spaced", "dots", "slash", "lower", "fullwidth", "dash", "wide"]


def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    if style == 0:
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == 1:
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    if style == 2:
        return num
    if style == 3:
        return f"{num[:3]}.{num[3:6]}.{num[6:]}"
    return fullwidth_digits(f"{num[:3]} {num[3:6]} {num[6:]}")


def gen_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_ohip(num, style, version=""):
    if style == 0:
        return f"{num[:4]}-{num[4:7]}-{num[7:]}" + (f"-{version}" if version else "")
    if style == 1:
        return f"{num[:4]} {num[4:7]} {num[7:]}" + (f" {version}" if version else "")
    return num + version


def gen_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob:%y%m%d}{seq:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (n % 97)
        num = f"{base}{chk:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    if style == 0:
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    if style == 1:
        return f"{num[:6]} {num[6:9]} {num[9:]}"
    return num


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "33", "44", "35", "59", "13", "31"])
        body = f"{1 if sex == 'M' else 2}{dob:%y}{dob:%m}{dept}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
        key = 97 - (int(body) % 97)
        num = f"{body}{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == 0:
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    if style == 1:
        return f"{num[:13]} {num[13:]}"
    return num


def gen_phone(rng):
    return f"{rng.choice(AREA)} 555-01{rng.randint(0, 99):02d}"


def fmt_phone(ph, rng):
    area, rest = ph.split(" ")
    return rng.choice([f"({area}) {rest}", f"{area}-{rest}", f"{area} {rest}", f"{area}.{rest.replace('-', '.')}"])


# ---------------------------------------------------------------- dates
def fmt_date(d, lang, style=None, rng=None):
    if style is None:
        style = rng.randint(0, 4) if rng else 0
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2:
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 3:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if lang == "fr":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}"


def fmt_day(d, lang):
    if lang == "fr":
        return f"{DAYS_FR[d.weekday()]} {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def age_on(dob, when=dt.date(2025, 6, 1)):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def pick(rng, lang, fr, en):
    """Pick one item from the French or English alternatives."""
    return rng.choice(fr if lang == "fr" else en)


def gx(p, fem, masc):
    """French gender agreement for patient p."""
    return fem if p["sex"] == "F" else masc


def cap(s):
    return s[:1].upper() + s[1:]


def L(lang, fr, en):
    return fr if lang == "fr" else en
