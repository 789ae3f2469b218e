"""Identifiers and people for the allergy / clinical-immunology corpus.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt;
SIN, Ontario health numbers, Belgian NISS and French NIR are generated and
validated with python-stdnum.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


class Person:
    """A patient.  `nam` is set only for holders read from blind_nams.txt."""

    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob  # datetime.date
        self.sex = sex  # 'F' / 'M'
        self.nam = nam

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def rev(self):
        return f"{self.surname}, {self.given}"

    @property
    def upper_rev(self):
        return f"{self.surname.upper()}, {self.given}"

    @property
    def initials_surname(self):
        parts = self.given.replace("-", " ").split()
        ini = "-".join(p[0] + "." for p in parts)
        return f"{ini} {self.surname}"

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(sur, given, datetime.date(y, m, d), sex, nam))
    return out


# --------------------------------------------------------------------------
# Name pools.  Invented patients and staff never reuse a NAM holder's
# full name; invented patients use surnames absent from the NAM list.
# --------------------------------------------------------------------------
PATIENT_SURNAMES_FR = [
    "Arsenault", "Boisvert", "Champagne", "Dion", "Forget", "Giroux", "Houle",
    "Labbé", "Mercier", "Nolin", "Pichette", "Rioux", "Sauvé", "Turcotte",
    "Vézina", "Dubé", "Ménard", "Perreault", "Thériault", "Veilleux",
    "Lachance", "Lemay", "Bissonnette", "Charbonneau", "Desrosiers", "Fréchette",
    "Guérin", "Jolicoeur", "Lafrenière", "Ouimet", "Paradis", "Quirion",
    "St-Pierre", "Trépanier", "Villeneuve", "Gosselin", "Audet", "Bolduc",
]
PATIENT_SURNAMES_EN = [
    "Campbell", "Murphy", "Ahmed", "Silva", "Rossi", "Whitfield", "Kaur",
    "O'Connell", "Hughes", "Delaney", "Novak", "Abdi", "Petrov", "Santos",
    "Mukherjee", "Fitzgerald", "Grant", "Ibrahim", "Osei", "Kowalczyk",
]
CHILD_GIVEN = [
    "Léa", "Zoé", "Noah", "Félix", "Olivier", "Chloé", "Jade", "Éloïse",
    "Mathis", "Ethan", "Ava", "Logan", "Maya", "Aïcha", "Yasmine", "Gabriel",
    "Raphaël", "Rose", "Alice", "Hugo", "William", "Charlotte", "Lucas",
    "Nora", "Florence", "Thomas", "Elliot", "Mia", "Adam", "Juliette",
]
ADULT_GIVEN_F = [
    "Francine", "Lise", "Nicole", "Martine", "Karen", "Patricia", "Johanne",
    "Carole", "Line", "Annie", "Mélanie", "Stéphanie", "Amina", "Olga",
    "Fatima", "Lucie", "Hélène-Rose", "Brenda", "Julie-Anne", "Rachida",
]
ADULT_GIVEN_M = [
    "Réjean", "Gaétan", "Stéphane", "Brian", "Normand", "Yves", "Alain",
    "Mario", "Sylvain", "Kevin", "Omar", "Dmitri", "Bernard", "Raymond",
    "Jean-Guy", "Luc", "Patrick", "Samir", "Éric", "Denis",
]

# Staff (physicians, nurses, pharmacists, clerks, managers).
STAFF = [
    # (given, surname, role_fr, role_en, sex)
    ("Hélène", "Marchand", "allergologue", "allergist", "F"),
    ("Amir", "Haddad", "immunologue clinique", "clinical immunologist", "M"),
    ("Priya", "Raman", "allergologue pédiatrique", "paediatric allergist", "F"),
    ("Étienne", "Desjardins", "résident R4 en immunologie", "immunology resident (R4)", "M"),
    ("Marie-Ève", "Chartrand", "infirmière clinicienne", "clinical nurse", "F"),
    ("Jean-François", "Lefebvre", "pharmacien", "pharmacist", "M"),
    ("Valérie", "Dufresne", "agente administrative", "unit clerk", "F"),
    ("Sébastien", "Beaulieu", "chef de service", "department head", "M"),
    ("Karine", "Hébert", "infirmière auxiliaire", "LPN", "F"),
    ("Olivia", "Kowalski", "infirmière en immunothérapie", "immunotherapy nurse", "F"),
    ("Thomas", "Nguyen", "fellow en allergie", "allergy fellow", "M"),
    ("Nadia", "Okafor", "nutritionniste", "dietitian", "F"),
    ("Benoît", "Lemieux", "coordonnateur clinique", "clinical coordinator", "M"),
    ("Chantal", "Vachon", "archiviste médicale", "health records technician", "F"),
    ("Rachel", "Friedman", "pharmacienne", "pharmacist", "F"),
    ("Wei", "Chen", "technologiste de laboratoire", "lab technologist", "M"),
    ("Farah", "Rahman", "travailleuse sociale", "social worker", "F"),
    ("Mathieu", "Poulin", "médecin de famille", "family physician", "M"),
    ("Isabelle", "Deschênes", "pédiatre", "paediatrician", "F"),
    ("Kevin", "O'Brien", "analyste TI", "IT analyst", "M"),
    ("Julie", "Bergeron", "infirmière", "nurse", "F"),
    ("Daniel", "Castillo", "gestionnaire", "manager", "M"),
    ("Chantal", "Gagnon", "allergologue", "allergist", "F"),
    ("Isabelle", "Roy", "infirmière scolaire", "school nurse", "F"),
    ("Pascal", "Larocque", "acheteur", "buyer", "M"),
    ("Ana", "Ferreira", "infirmière-chef", "nurse manager", "F"),
    ("Harpreet", "Singh", "immunologue", "immunologist", "M"),
    ("Geneviève", "Bélisle", "coordonnatrice de recherche", "research coordinator", "F"),
    ("Louis-Philippe", "Gendron", "résident R2 en pédiatrie", "paediatrics resident (R2)", "M"),
    ("Sophie", "Tremblay", "conseillère en ressources humaines", "HR advisor", "F"),
]

INSTITUTIONS = [
    # (name_fr, name_en, domain, city, phone prefix)
    ("CHU des Laurentides", "Laurentides University Hospital", "chu-laurentides.example", "Saint-Jérôme", "450"),
    ("Hôpital de la Rivière-Noire", "Rivière-Noire Hospital", "hopital-riviere-noire.example", "Sherbrooke", "819"),
    ("Centre hospitalier du Mont-Royal", "Mont-Royal Hospital Centre", "ch-montroyal.example", "Montréal", "514"),
    ("CIUSSS de la Capitale-Sud", "Capitale-Sud Health Network", "ciusss-capsud.example", "Québec", "418"),
    ("Hôpital pédiatrique Sainte-Justine-des-Prés", "Sainte-Justine-des-Prés Children's Hospital", "hsjp.example", "Laval", "450"),
]


def staff_email(given, surname, domain):
    def clean(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        return s.lower().replace("'", "").replace(" ", "")
    return f"{clean(given)}.{clean(surname)}@{domain}"


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def phone(rng, area=None):
    area = area or rng.choice(["514", "450", "418", "819", "438", "581"])
    return f"{area}-555-01{rng.randint(0, 99):02d}"


# --------------------------------------------------------------------------
# Invented patients
# --------------------------------------------------------------------------
class PatientFactory:
    def __init__(self, rng, holders):
        self.rng = rng
        self.used = set()
        self.holder_names = {(ascii_fold(h.surname).lower(), ascii_fold(h.given).lower()) for h in holders}

    def make(self, kind="any", lang="fr"):
        rng = self.rng
        for _ in range(1000):
            if kind == "any":
                k = rng.choice(["child", "adult", "adult", "senior"])
            else:
                k = kind
            sur = rng.choice(PATIENT_SURNAMES_FR if (lang == "fr" or rng.random() < 0.4) else PATIENT_SURNAMES_EN)
            if k == "child":
                given = rng.choice(CHILD_GIVEN)
                year = rng.randint(2010, 2021)
                sex = "F" if given in ("Léa", "Zoé", "Chloé", "Jade", "Éloïse", "Ava", "Maya", "Aïcha",
                                       "Yasmine", "Rose", "Alice", "Charlotte", "Nora", "Florence",
                                       "Mia", "Juliette") else "M"
            else:
                sex = rng.choice("FM")
                given = rng.choice(ADULT_GIVEN_F if sex == "F" else ADULT_GIVEN_M)
                year = rng.randint(1985, 2003) if k == "adult" else rng.randint(1936, 1960)
            key = (sur, given)
            if key in self.used or (ascii_fold(sur).lower(), ascii_fold(given).lower()) in self.holder_names:
                continue
            self.used.add(key)
            dob = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
            return Person(sur, given, dob, sex)
        raise RuntimeError("name pool exhausted")


# --------------------------------------------------------------------------
# Identifier generators (validated with python-stdnum)
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    """Ontario health number: 10 digits, Luhn check digit on the first nine."""
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{yy:02d}{mm:02d}{dd:02d}{serial:03d}"
        n = int(("2" if dob.year >= 2000 else "") + base)
        check = 97 - (n % 97)
        num = f"{base}{check:02d}"
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "67", "31", "44", "06", "35"])
        commune = f"{rng.randint(1, 400):03d}"
        order = f"{rng.randint(1, 999):03d}"
        body = ("2" if sex == "F" else "1") + f"{dob.year % 100:02d}{dob.month:02d}" + dept + commune + order
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng, style=None):
    style = style or rng.choice(["plain7", "h7", "dash", "eight", "spaced"])
    d = "".join(rng.choice("0123456789") for _ in range(8))
    if style == "plain7":
        return d[:7]
    if style == "h7":
        return "H" + d[:7]
    if style == "dash":
        return f"{d[:3]}-{d[3:5]}-{d[5:7]}"
    if style == "eight":
        return "00" + d[:6]
    return f"{d[:2]} {d[2:5]} {d[5:8]}"


def gen_luhn_serial(rng, length=9):
    body = "".join(rng.choice("0123456789") for _ in range(length - 1))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------
# Disguises
# --------------------------------------------------------------------------
FULLWIDTH = {c: chr(ord(c) - 0x21 + 0xFF01) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "space":
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == "dots":
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if style == "slash":
        return f"{nam[:4]}/{nam[4:8]}/{nam[8:]}"
    if style == "lower":
        return nam.lower()
    if style == "fullwidth":
        return fullwidth(nam)
    if style == "dash":
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == "wide":
        return " ".join(nam)
    raise ValueError(style)


def fmt_sin(n, style):
    return {"plain": n, "space": f"{n[:3]} {n[3:6]} {n[6:]}", "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}",
            "dots": f"{n[:3]}.{n[3:6]}.{n[6:]}", "fullwidth": fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}")}[style]


def fmt_ohip(n, style, version=""):
    v = (" " + version) if version and style != "plain" else version
    return {"plain": n + version, "space": f"{n[:4]} {n[4:7]} {n[7:]}{v}",
            "dash": f"{n[:4]}-{n[4:7]}-{n[7:]}" + (("-" + version) if version else ""),
            "fullwidth": fullwidth(f"{n[:4]} {n[4:7]} {n[7:]}") + v}[style]


def fmt_niss(n, style):
    return {"plain": n, "official": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "space": f"{n[:6]} {n[6:9]} {n[9:]}", "fullwidth": fullwidth(n)}[style]


def fmt_nir(n, style):
    return {"plain": n, "space": f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            "key": f"{n[:13]} {n[13:]}", "dots": f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"}[style]
