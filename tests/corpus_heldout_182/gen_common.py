"""Shared helpers: seed, people pools, identifiers, dates, formatting.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25182
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

FINDING_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
FR_DOM = "cisss-hautesrivieres.example"
EN_DOM = "riversidehill.example"
FR_HOSP = "Hôpital de la Rivière-aux-Saules"
FR_ORG = "CISSS des Hautes-Rivières"
EN_HOSP = "Riverside Hill Health Centre"
FR_ADDR = "2250, boulevard Sainte-Agathe, Saint-Rémi-des-Saules (Québec) J0L 2K0"
EN_ADDR = "480 Cedar Crescent, Pointe-Claire-Ouest QC H9X 0A1"
FR_PHONE = "450-555-0110"
EN_PHONE = "514-555-0120"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    surname: str
    sex: str = "F"
    role: str = ""
    dom: str = FR_DOM
    title: str = ""

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def email(self):
        g = strip_accents(self.given).lower().replace(" ", "").replace("'", "")
        s = strip_accents(self.surname).lower().replace(" ", "").replace("'", "")
        return f"{g}.{s}@{self.dom}"

    def addr(self):
        return (self.full, self.email)


@dataclass
class Patient:
    given: str
    surname: str
    sex: str
    dob: datetime.date
    nam: str = ""
    mrn: str = ""
    phone: str = ""
    address: str = ""
    ids: dict = field(default_factory=dict)

    @property
    def full(self):
        return f"{self.given} {self.surname}"


# Staff surnames deliberately avoid every surname in the blind NAM list.
STAFF_SURNAMES = [
    "Marchand", "Desrosiers", "Lavigne", "Bergeron", "Côté", "Dubé", "Hébert",
    "Vachon", "Beaulieu", "Lemieux", "Gosselin", "Rioux", "Plante", "Chartrand",
    "Dufresne", "Paradis", "Lachance", "Turcotte", "Poulin", "Mercier", "Demers",
    "Grenier", "Lefebvre", "Harvey", "Sirois", "Bisson", "Ménard", "Fréchette",
    "Labrecque", "Okafor", "Nguyen", "Haddad", "Kowalski", "O'Brien", "Patel",
    "Chen", "Murphy", "Campbell", "Stewart", "Henderson", "Walsh", "Fraser",
    "Kaur", "Ahmed", "Russo", "Brisebois", "Asselin", "Drouin",
]
STAFF_GIVEN_F = ["Hélène", "Julie", "Isabelle", "Karine", "Annie", "Nadia",
                 "Chantal", "Véronique", "Catherine", "Priya", "Rachel",
                 "Laura", "Fatima", "Grace", "Mélanie", "Sophie", "Élise"]
STAFF_GIVEN_M = ["Mathieu", "François", "Sébastien", "Patrick", "Olivier",
                 "Éric", "Stéphane", "Samir", "Kevin", "Daniel", "Thomas",
                 "Owen", "Benoît", "Yannick", "Raphaël"]

# Patients who do not hold a blind NAM.
PAT_SURNAMES_FR = ["Lavoie", "Dionne", "Arsenault", "Boivin", "Cormier",
                   "Doucet", "Gingras", "Lacroix", "Leclerc", "Mailloux",
                   "Nolin", "Ouimet", "Proulx", "Quirion", "Rousseau",
                   "Séguin", "Vézina", "Yergeau", "Beauchemin", "Charbonneau"]
PAT_SURNAMES_EN = ["Zielinski", "Kaplan", "Mbeki", "Novak", "O'Neill", "Reid",
                   "Sutherland", "Tanaka", "Varga", "Whitfield", "Abboud",
                   "Kowalczyk", "Greene", "Mitchell", "Doyle", "Hargreaves"]
PAT_SURNAMES_BE = ["Janssens", "Peeters", "Maes", "Claes", "Wouters", "Goossens"]
PAT_SURNAMES_FRA = ["Lefèvre", "Moreau", "Garnier", "Rolland", "Chevalier", "Perrin"]
PAT_GIVEN_F = ["Rolande", "Gisèle", "Lucille", "Yvette", "Thérèse", "Huguette",
               "Edith", "Margaret", "Dorothy", "Agnes", "Joan", "Aisha",
               "Amara", "Colette", "Maude", "Brigitte", "Océane"]
PAT_GIVEN_M = ["Armand", "Réjean", "Fernand", "Gaétan", "Normand", "Marcel",
               "Harold", "Walter", "Frank", "Leonard", "Stanley", "Kenji",
               "Mateo", "Rémi", "Luc", "Hugo"]


def load_nams(path=NAM_FILE):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append(Patient(giv, sur, sex,
                                datetime.date.fromisoformat(dob), nam=nam))
    return rows


# --------------------------------------------------------------------------
# Identifier generators (valid by checksum)
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(
            str(rng.randrange(10)) for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(v):
            return v


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{seq:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        v = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(v):
            return v


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "44", "59", "31", "67"])
    commune = f"{rng.randrange(1, 990):03d}"
    order = f"{rng.randrange(1, 999):03d}"
    base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    v = base + f"{97 - int(base) % 97:02d}"
    assert fr_nir.is_valid(v), v
    return v


def make_mrn(rng):
    return f"{rng.randrange(1000000, 9999999)}"


def luhn_serial(rng, n=9):
    body = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def check_id(kind, value):
    v = "".join(c for c in value if c.isalnum())
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    return True


# --------------------------------------------------------------------------
# Disguises
# --------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_nam(rng, nam, style=None):
    style = style or rng.choice(["plain", "plain", "space", "dot", "hyphen",
                                 "slash", "fullwidth", "lower"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "hyphen": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}",
        "fullwidth": a + (b + c).translate(FW),
        "lower": f"{a.lower()} {b} {c}",
    }[style]


def fmt_digits(rng, v, groups, seps=None):
    seps = seps or [" ", "-", ".", "", "/"]
    sep = rng.choice(seps)
    out, i = [], 0
    for g in groups:
        out.append(v[i:i + g])
        i += g
    s = sep.join(out)
    if rng.random() < 0.12:
        s = s.translate(FW)
    return s


def fmt_sin(rng, v):
    return fmt_digits(rng, v, [3, 3, 3], [" ", "-", ".", ""])


def fmt_ohip(rng, v):
    s = fmt_digits(rng, v, [4, 3, 3], [" ", "-", ""])
    if rng.random() < 0.5:
        s += rng.choice(["-", " "]) + rng.choice(["AB", "KT", "RM", "XZ"])
    return s


def fmt_niss(rng, v):
    if rng.random() < 0.6:
        return f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:11]}"
    return fmt_digits(rng, v, [6, 3, 2], [" ", "-", ""])


def fmt_nir(rng, v):
    if rng.random() < 0.6:
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:15]}"
    return fmt_digits(rng, v, [13, 2], [" ", ""])


def fmt_mrn(rng, v, lang="fr"):
    style = rng.choice(["plain", "space", "hyphen", "prefix", "dot"])
    if style == "plain":
        return v
    if style == "space":
        return f"{v[0]} {v[1:4]} {v[4:]}"
    if style == "hyphen":
        return f"{v[:2]}-{v[2:4]}-{v[4:]}"
    if style == "dot":
        return f"{v[:3]}.{v[3:]}"
    return "H" + v


def fmt_dob(rng, d, lang, style=None):
    style = style or rng.choice(["iso", "dmy", "long", "ymd_slash"])
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if lang == "fr":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def dob_variants(d):
    return {d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
            f"{d.day} {MOIS[d.month - 1]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}"}


def fmt_sex(rng, sex, lang, style=None):
    style = style or rng.choice(["label", "word"])
    if lang == "fr":
        if style == "label":
            return f"sexe : {sex}"
        return "femme" if sex == "F" else "homme"
    if style == "label":
        return f"Sex: {sex}"
    return "female" if sex == "F" else "male"


def age_on(d, ref=datetime.date(2025, 3, 1)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def fmt_name(rng, p, lang, style=None):
    """Vary how a patient's name is written."""
    style = style or rng.choice(["full", "full", "title", "surname_first",
                                 "upper_surname", "lower", "initial"])
    if style == "full":
        return p.full
    if style == "title":
        if lang == "fr":
            return ("Mme " if p.sex == "F" else "M. ") + p.full
        return ("Mrs. " if p.sex == "F" else "Mr. ") + p.full
    if style == "surname_first":
        return f"{p.surname.upper()}, {p.given}"
    if style == "upper_surname":
        return f"{p.given} {p.surname.upper()}"
    if style == "lower":
        return p.full.lower()
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "title_surname":
        if lang == "fr":
            return ("Mme " if p.sex == "F" else "M. ") + p.surname
        return ("Mrs. " if p.sex == "F" else "Mr. ") + p.surname
    raise ValueError(style)


# --------------------------------------------------------------------------
# Context: rng, pools, dates, message ids
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self._nam_order = order
        self._nam_i = 0
        self._pat_used = set()
        self._msg_n = 0
        self.nam_surnames = {strip_accents(p.surname).lower() for p in self.nams}
        for s in STAFF_SURNAMES:
            assert strip_accents(s).lower() not in self.nam_surnames, s

    # ---- people
    def staff(self, dom=FR_DOM, role="", title=""):
        """role may be 'feminine form|masculine form'."""
        r = self.rng
        sex = r.choice("FM")
        if "|" in role:
            f, m = role.split("|", 1)
            role = f if sex == "F" else m
        g = r.choice(STAFF_GIVEN_F if sex == "F" else STAFF_GIVEN_M)
        return Person(g, r.choice(STAFF_SURNAMES), sex, role, dom, title)

    def nam_patient(self):
        idx = self._nam_order[self._nam_i % len(self._nam_order)]
        self._nam_i += 1
        base = self.nams[idx]
        p = Patient(base.given, base.surname, base.sex, base.dob, nam=base.nam)
        self._decorate(p)
        return p

    def other_patient(self, origin="fr", min_age=18, max_age=95):
        r = self.rng
        pool = {"fr": PAT_SURNAMES_FR, "en": PAT_SURNAMES_EN,
                "be": PAT_SURNAMES_BE, "fra": PAT_SURNAMES_FRA}[origin]
        for _ in range(200):
            sex = r.choice("FM")
            g = r.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
            s = r.choice(pool)
            if (g, s) not in self._pat_used:
                break
        self._pat_used.add((g, s))
        y = r.randrange(2025 - max_age, 2025 - min_age)
        dob = datetime.date(y, r.randrange(1, 13), r.randrange(1, 29))
        p = Patient(g, s, sex, dob)
        self._decorate(p)
        return p

    def _decorate(self, p):
        r = self.rng
        p.mrn = make_mrn(r)
        p.phone = f"{r.choice(['450', '514', '438', '579'])}-555-01{r.randrange(0, 100):02d}"
        streets = ["rue des Lilas", "rang Saint-Joseph", "avenue du Parc-Noir",
                   "chemin de la Grève", "rue Principale Ouest", "boulevard Curé-Poirier"]
        towns = [("Saint-Rémi-des-Saules", "J0L 2K0"), ("Val-Brûlé", "J0K 1B0"),
                 ("Sainte-Agathe-du-Lac", "J0L 3C0"), ("Pointe-Claire-Ouest", "H9X 0A1")]
        t, pc = r.choice(towns)
        p.address = f"{r.randrange(10, 2999)}, {r.choice(streets)}, {t} (Québec) {pc}"

    # ---- dates and ids
    def date(self, month_lo=1, month_hi=11):
        r = self.rng
        d = datetime.datetime(2025, r.randrange(month_lo, month_hi + 1), r.randrange(1, 29),
                              r.randrange(7, 19), r.randrange(60), r.randrange(60))
        off = -4 if 3 < d.month < 11 else -5
        return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

    def msgid(self, dom, when):
        self._msg_n += 1
        return "<%s.%05d.%08x@%s>" % (when.strftime("%Y%m%d%H%M%S"), self._msg_n,
                                      self.rng.getrandbits(32), dom.replace("@", ""))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


def sig_fr(p, service="Commissariat aux plaintes et à la qualité des services"):
    return (f"\n-- \n{p.full}\n{p.role}\n{service}\n{FR_ORG} – {FR_HOSP}\n{FR_ADDR}\n"
            f"Tél. : {FR_PHONE}, poste {4000 + len(p.surname) * 37}\n")


def sig_en(p, service="Patient Ombudsman Office"):
    return (f"\n--\n{p.full}\n{p.role}\n{service}\n{EN_HOSP}\n{EN_ADDR}\n"
            f"Tel. {EN_PHONE} ext. {2000 + len(p.surname) * 41}\n")
