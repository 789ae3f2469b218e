"""Shared pools, identifiers and formatting helpers for the NICU / PICU corpus.

Everything here is invented.  Nothing is read except ../blind_nams.txt (path
computed from this file's location).
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25190
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Centre hospitalier mère-enfant du Val-des-Hérons"
ORG_EN = "Val-des-Hérons Mother and Child Hospital Centre"
ORG_SHORT = "CHME-VDH"
DOM = "chme-vdh.example"
ORG_ADDR = "2250, boulevard des Hérons, Val-des-Hérons (Québec)  J7Q 0B4"
ORG_ADDR_EN = "2250 des Hérons Blvd, Val-des-Hérons, QC  J7Q 0B4"
ORG_PHONE = "450-555-0100"

UNITS_FR = {
    "usin": "USIN (soins intensifs néonatals)",
    "sip": "SIP (soins intensifs pédiatriques)",
    "neo": "Néonatalogie",
}
UNITS_EN = {
    "usin": "NICU",
    "sip": "PICU",
    "neo": "Neonatology",
}


# ---------------------------------------------------------------- NAM list
def load_nams():
    """Return the list of NAM holders from ../blind_nams.txt."""
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append({"surname": sur, "given": given,
                        "dob": datetime.date(y, m, d), "sex": sex, "nam": nam})
    return out


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


# ---------------------------------------------------------------- name pools
# Patient / family surnames: deliberately disjoint from the NAM list surnames
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lévesque", "Beaulieu", "Dubé", "Lemieux",
    "Desrosiers", "Vaillancourt", "Charbonneau", "Lachance", "Perreault",
    "Bisson", "Guay", "Lacroix", "Thériault", "Proulx", "Dufour", "Hébert",
    "Grenier", "Arsenault", "Rioux", "Nguyen", "Haddad", "Diallo", "Petrov",
    "Kowalski", "O'Brien", "Fitzgerald", "Mercier", "Paradis", "Laflamme",
    "Carrier", "Houle", "Brassard", "Vézina", "Beauchemin", "Tardif",
    "Goulet", "Mailloux", "St-Amour", "Champagne", "Bernier", "Larouche",
    "Plante", "Marchand", "Ayotte", "Ouimet", "Fréchette", "Trudel",
    "Bélair", "Cyr", "Jolicoeur", "Rancourt", "Sirois", "Abenaki-Dumont",
    "Nasser", "Mbala", "Ramirez", "Okonkwo", "MacNeil", "Harrington",
]
KID_GIVEN = [
    ("Léa", "F"), ("Noah", "M"), ("Jacob", "M"), ("Emma-Rose", "F"),
    ("Zoé", "F"), ("Félix", "M"), ("Mia", "F"), ("Arnaud", "M"),
    ("Éloïse", "F"), ("Logan", "M"), ("Charlie", "F"), ("Thomas", "M"),
    ("Maëlle", "F"), ("William", "M"), ("Alice", "F"), ("Nathan", "M"),
    ("Chloé", "F"), ("Olivier", "M"), ("Rosalie", "F"), ("Samuel", "M"),
    ("Ayden", "M"), ("Florence", "F"), ("Raphaël", "M"), ("Béatrice", "F"),
    ("Elliot", "M"), ("Amira", "F"), ("Hugo", "M"), ("Jade", "F"),
    ("Mathis", "M"), ("Clara", "F"), ("Laurent", "M"), ("Maya", "F"),
    ("Édouard", "M"), ("Juliette", "F"), ("Ethan", "M"), ("Océane", "F"),
]
PARENT_GIVEN = [
    ("Karine", "F"), ("Mélanie", "F"), ("Stéphanie", "F"), ("Julie", "F"),
    ("Valérie", "F"), ("Isabeau", "F"), ("Jessica", "F"), ("Audrey", "F"),
    ("Maxime", "M"), ("Kevin", "M"), ("Jonathan", "M"), ("Patrick", "M"),
    ("Sébastien", "M"), ("Vanessa", "F"), ("Émilie", "F"), ("Fatou", "F"),
    ("Nadia", "F"), ("Priya", "F"), ("Yannick", "M"), ("Roxanne", "F"),
    ("Frédéric", "M"), ("Marie-Pier", "F"), ("Ahmed", "M"), ("Kim", "F"),
]
# Staff surnames: disjoint from both the NAM list and the patient pool
STAFF_SURNAMES = [
    "Vachon", "Lamoureux", "Desjardins", "Bélisle", "Turcotte", "Ménard",
    "Poulin", "Gingras", "Beaudoin", "Leclerc", "Duchesne", "Fontaine",
    "Robitaille", "Sauvé", "Lafleur", "Kaplan", "Osei", "Rahman",
    "Lindqvist", "Ferreira", "Okafor", "Chen", "Dionne", "Lalonde", "Blais",
    "Courchesne", "Rochette", "Villeneuve", "Patenaude", "Jobin", "Aubin",
    "Forget", "Gendron", "Hamelin", "Lussier", "Nolet", "Quintal", "Ruel",
    "Sénécal", "Veilleux", "Whitfield", "Yeung", "Zielinski", "Bastien",
]
STAFF_GIVEN = [
    ("Isabelle", "F"), ("Marie-Ève", "F"), ("Annie", "F"), ("Catherine", "F"),
    ("Jean-François", "M"), ("Mathieu", "M"), ("Hélène", "F"),
    ("Étienne", "M"), ("Chantal", "F"), ("Vincent", "M"), ("Lucie", "F"),
    ("Benoît", "M"), ("Sophie", "F"), ("Alexandre", "M"), ("Rachel", "F"),
    ("Daniel", "M"), ("Nancy", "F"), ("Guillaume", "M"), ("Martine", "F"),
    ("Hugues", "M"), ("Amélie", "F"), ("Simon", "M"), ("Joanne", "F"),
    ("Patrice", "M"), ("Kathleen", "F"), ("Oumar", "M"), ("Linh", "F"),
]

NICU_ROLES_FR = ["néonatalogiste", "infirmière praticienne spécialisée en néonatalogie",
                 "inf. clinicienne, USIN", "pharmacienne, USIN", "travailleuse sociale, USIN",
                 "inhalothérapeute", "commis, USIN", "assistante infirmière-chef, USIN",
                 "fellow en néonatalogie", "nutritionniste, USIN"]
NICU_ROLES_EN = ["Neonatologist", "Neonatal Nurse Practitioner", "Clinical Nurse, NICU",
                 "NICU Pharmacist", "Social Worker, NICU", "Respiratory Therapist",
                 "Unit Clerk, NICU", "Assistant Head Nurse, NICU", "Neonatology Fellow",
                 "Clinical Dietitian, NICU"]
PICU_ROLES_FR = ["intensiviste pédiatrique", "inf. clinicienne, SIP", "pharmacien, SIP",
                 "travailleur social, SIP", "commis, SIP", "résidente R4 pédiatrie",
                 "coordonnatrice, transport pédiatrique"]
PICU_ROLES_EN = ["Paediatric Intensivist", "Clinical Nurse, PICU", "PICU Pharmacist",
                 "Social Worker, PICU", "Unit Clerk, PICU", "PGY-4 Paediatrics",
                 "Paediatric Transport Coordinator"]


class Person:
    def __init__(self, given, surname, sex, title=None, role=None, email=None):
        self.given, self.surname, self.sex = given, surname, sex
        self.title, self.role, self.email = title, role, email

    @property
    def full(self):
        return f"{self.given} {self.surname}"


def _slug(s):
    s = strip_accents(s).lower()
    return "".join(c for c in s if c.isalnum() or c in "-.")


class Pools:
    """Random draws from the pools, bound to one random.Random."""

    def __init__(self, rng):
        self.rng = rng
        self._staff_used = []

    def staff(self, lang="fr", unit="usin", doctor=None):
        r = self.rng
        given, sex = r.choice(STAFF_GIVEN)
        sur = r.choice(STAFF_SURNAMES)
        if doctor is None:
            doctor = r.random() < 0.35
        if unit == "usin":
            roles = NICU_ROLES_FR if lang == "fr" else NICU_ROLES_EN
        else:
            roles = PICU_ROLES_FR if lang == "fr" else PICU_ROLES_EN
        role = roles[0] if doctor else r.choice(roles[1:])
        if doctor:
            title = ("Dre" if sex == "F" else "Dr") if lang == "fr" else "Dr"
        else:
            title = None
        email = f"{_slug(given)}.{_slug(sur)}@{DOM}"
        if r.random() < 0.25:
            email = f"{_slug(given)[0]}{_slug(sur)}@{DOM}"
        return Person(given, sur, sex, title, role, email)

    def kid_given(self, sex=None):
        while True:
            g, s = self.rng.choice(KID_GIVEN)
            if sex is None or s == sex:
                return g, s

    def parent_given(self, sex=None):
        while True:
            g, s = self.rng.choice(PARENT_GIVEN)
            if sex is None or s == sex:
                return g, s

    def surname(self):
        return self.rng.choice(PAT_SURNAMES)

    def phone(self, area=None):
        r = self.rng
        area = area or r.choice(["450", "514", "438", "579", "819"])
        return f"{area}-555-01{r.randint(0, 99):02d}"

    def ext(self):
        return f"{self.rng.randint(2, 7)}{self.rng.randint(100, 999)}"

    def address(self):
        r = self.rng
        num = r.randint(12, 4980)
        street = r.choice([
            "rue des Érables", "rue Principale", "boulevard Curé-Labelle",
            "rue de la Fabrique", "chemin du Lac-Noir", "avenue des Pins",
            "rue Saint-Viateur", "montée Gagnier", "rue du Boisé",
            "rang Sainte-Anne", "croissant des Merles", "rue Belvédère"])
        apt = f", app. {r.randint(1, 12)}" if r.random() < 0.35 else ""
        city = r.choice(["Val-des-Hérons", "Sainte-Adélie-du-Lac", "Pointe-aux-Saules",
                         "Saint-Rémi-des-Monts", "Lac-Brûlé", "Rivière-Noire"])
        pc = (r.choice("GHJ") + str(r.randint(0, 9)) + r.choice("ABCEGHJKLMNPRSTVXY")
              + " " + str(r.randint(0, 9)) + r.choice("ABCEGHJKLMNPRSTVXY") + str(r.randint(0, 9)))
        return f"{num}, {street}{apt}", f"{city} (Québec)  {pc}"

    def mrn(self):
        r = self.rng
        digits = f"{r.randint(0, 9999999):07d}"
        style = r.choice(["plain", "dash", "U", "spaced", "dot", "slash"])
        if style == "plain":
            return digits, digits
        if style == "dash":
            return digits, f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
        if style == "U":
            return digits, f"U{digits}"
        if style == "spaced":
            return digits, " ".join(digits)
        if style == "dot":
            return digits, f"{digits[:3]}.{digits[3:]}"
        return digits, f"{digits[:2]}/{digits[2:]}"


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567 9".replace(" ", ""))
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    """Ontario health number: 10 digits, Luhn over the 10 digits, + version code."""
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice("ABCDEGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEGHJKLMNPRSTVWXYZ")
            return num, vc


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randint(1, 997)
        if (counter % 2 == 1) != (sex == "M"):
            counter += 1
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{counter:03d}"
        base = ("2" + body) if dob.year >= 2000 else body
        chk = 97 - (int(base) % 97)
        num = body + f"{chk:02d}"
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "44", "59", "31", "35", "67", "21"])
        body = (("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}"
                + dept + f"{rng.randint(1, 899):03d}" + f"{rng.randint(1, 999):03d}")
        key = 97 - (int(body) % 97)
        num = body + f"{key:02d}"
        if fr_nir.is_valid(num):
            return num


FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fullwidth(s):
    return s.translate(FW)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def disguise(compact, sizes, style):
    """Write an identifier in one of several disguises."""
    if style == "plain":
        return compact
    if style == "space":
        return group(compact, sizes, " ")
    if style == "dot":
        return group(compact, sizes, ".")
    if style == "slash":
        return group(compact, sizes, "/")
    if style == "hyphen":
        return group(compact, sizes, "-")
    if style == "fullwidth":
        return fullwidth(compact)
    if style == "fullwidth_space":
        return fullwidth(group(compact, sizes, " "))
    if style == "lower":
        return compact.lower()
    if style == "wide":
        return " ".join(compact)
    raise ValueError(style)


ID_STYLES = ["plain", "space", "dot", "slash", "hyphen", "fullwidth", "space", "plain",
             "hyphen", "wide", "fullwidth_space"]


def fmt_nam(rng, nam, allow_fw=True):
    styles = ["plain", "space", "space", "dot", "slash", "hyphen", "lower", "wide"]
    if allow_fw:
        styles += ["fullwidth", "fullwidth_space"]
    return disguise(nam, [4, 4, 4], rng.choice(styles))


def fmt_sin(rng, sin, allow_fw=True):
    styles = ["plain", "space", "hyphen", "dot", "wide"] + (["fullwidth"] if allow_fw else [])
    return disguise(sin, [3, 3, 3], rng.choice(styles))


def fmt_ohip(rng, num, vc, allow_fw=True):
    styles = ["plain", "space", "hyphen", "dot"] + (["fullwidth"] if allow_fw else [])
    st = rng.choice(styles)
    core = disguise(num, [4, 3, 3], st)
    sep = {"plain": "", "space": " ", "hyphen": "-", "dot": " ", "fullwidth": " "}[st]
    return core + sep + vc


def fmt_niss(rng, num, allow_fw=True):
    st = rng.choice(["official", "plain", "space", "dot"] + (["fullwidth"] if allow_fw else []))
    if st == "official":
        return be_nn.format(num)
    return disguise(num, [2, 2, 2, 3, 2], st)


def fmt_nir(rng, num, allow_fw=True):
    st = rng.choice(["space", "plain", "space", "dot"] + (["fullwidth_space"] if allow_fw else []))
    return disguise(num, [1, 2, 2, 2, 3, 3, 2], st)


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dob_variants(d):
    """All the ways the generator may write a birth date (used by the checks too)."""
    return {
        d.isoformat(),
        d.strftime("%d/%m/%Y"),
        d.strftime("%Y/%m/%d"),
        d.strftime("%d-%m-%Y"),
        d.strftime("%Y%m%d"),
        f"{d.day} {MOIS[d.month - 1]} {d.year}",
        f"{d.day} {MOIS_ABR[d.month - 1]} {d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    }


def fmt_date(rng, d, lang, long_ok=True):
    opts = [d.isoformat(), d.strftime("%d/%m/%Y")]
    if long_ok:
        if lang == "fr":
            opts += [f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{d.day} {MOIS_ABR[d.month - 1]} {d.year}"]
        else:
            opts += [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
                     f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"]
    return rng.choice(opts)


def short_day(d, lang):
    if lang == "fr":
        jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        return f"{jours[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return f"{days[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


BASE_DATE = datetime.date(2024, 9, 2)


def signature(person, lang, unit="usin", with_phone=True, rng=None):
    lines = ["-- "]
    name = person.full
    if person.title:
        name = f"{person.title} {name}"
    lines.append(name)
    if person.role:
        lines.append(person.role)
    plain = lang == "en" and rng is not None and rng.random() < 0.5
    lines.append(ORG_FR if lang == "fr" else (strip_accents(ORG_EN) if plain else ORG_EN))
    if with_phone and rng is not None:
        if lang == "fr":
            lines.append(f"Tél. : {ORG_PHONE}, poste {rng.randint(2000, 7999)}")
        else:
            lines.append(f"Tel: {ORG_PHONE} ext. {rng.randint(2000, 7999)}")
        if rng.random() < 0.5:
            lines.append(ORG_ADDR if lang == "fr" else (strip_accents(ORG_ADDR_EN) if plain else ORG_ADDR_EN))
    if plain:
        lines = [strip_accents(x) for x in lines]
    return "\n".join(lines)


def L(lang, fr, en):
    return fr if lang == "fr" else en
