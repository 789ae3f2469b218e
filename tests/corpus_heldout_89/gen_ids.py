"""Identifiers, people and places for the corpus (all invented, except the
RAMQ NAM holders, which come from ../blind_nams.txt)."""
import datetime
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

HOSP_FR = "Centre hospitalier régional de la Haute-Rivière"
HOSP_EN = "Haute-Rivière Regional Hospital"
HOSP_SHORT = "CHRHR"
DOMAIN = "chr-hauteriviere.example"
CITY = "Val-des-Pins"

# ---------------------------------------------------------------- NAM holders
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'M' / 'F'
        self.nam = nam
        self.sin = None
        self.ohip = None
        self.niss = None
        self.nir = None
        self.mrn = None
        self.phone = None
        self.address = None
        self.email = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def rev(self):
        return f"{self.surname.upper()}, {self.given}"

    def title(self, lang):
        if lang == "fr":
            return "M." if self.sex == "M" else "Mme"
        return "Mr." if self.sex == "M" else "Ms."

    def age(self, when):
        a = when.year - self.dob.year
        if (when.month, when.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sn, gn, dob, sex, nam = line.split()
            out.append(Person(sn, gn, datetime.date.fromisoformat(dob), sex, nam))
    return out


def nam_valid(nam):
    """INSPQ-style check used only as a sanity test on the supplied NAMs."""
    return len(nam) == 12 and nam[:4].isalpha() and nam[4:].isdigit()


# ------------------------------------------------------------ invented names
STAFF_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Desjardins", "Dubé", "Gingras",
    "Lachance", "Beaulieu", "Paradis", "Vézina", "Ménard", "Drouin", "Charest",
    "Harvey", "Boivin", "Hébert", "Giroux", "Turcotte", "Lemieux", "Dufour",
    "Patel", "Nguyen", "O'Brien", "Kowalski", "Chen", "Okafor", "Henderson",
    "Fraser", "MacLeod", "Campbell", "Singh", "Haddad", "Ferreira", "Novak",
    "Murphy", "Reid", "Stewart", "Armstrong", "Lindqvist", "Mensah", "Whitfield",
]
STAFF_GIVEN_M = ["Mathieu", "François", "Étienne", "Olivier", "Simon", "Alexandre",
                 "Nicolas", "Daniel", "Kevin", "Omar", "Tomás", "Yusuf", "Benoît",
                 "Jérôme", "Ravi"]
STAFF_GIVEN_F = ["Isabelle", "Catherine", "Julie", "Valérie", "Karine", "Mélanie",
                 "Chantal", "Priya", "Rachel", "Laura", "Hannah", "Fiona", "Claire",
                 "Annie", "Lucie"]
PAT_SURNAMES_QC = [
    "Bernier", "Perreault", "Labbé", "Rioux", "Desrosiers", "Carrier", "Dionne",
    "Asselin", "Lamontagne", "Vaillancourt", "Proulx", "Beauchemin", "St-Pierre",
    "Chabot", "Fleury", "Grenier", "Lévesque", "Mercier", "Robitaille", "Sirois",
    "Trudel", "Villeneuve", "Marchand", "Boisvert", "Lefebvre", "Bolduc",
]
PAT_SURNAMES_EN = [
    "Kowalczyk", "Henderson-Hale", "Abernathy", "Fitzgerald", "Osei", "Ramirez",
    "Petrov", "McAllister", "Goldberg", "Sutherland", "Yamada", "Oduya", "Baxter",
    "Grant", "Holloway", "Kaminski",
]
PAT_SURNAMES_BE = ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters",
                   "Vandenberghe", "Lambrecht"]
PAT_SURNAMES_FRA = ["Moreau", "Garnier", "Rousseau", "Faure", "Chevalier",
                    "Lemaire", "Guillot", "Barbier"]
PAT_GIVEN_M = ["Jacob", "William", "Félix", "Samuel", "Thomas", "Noah", "Gabriel",
               "Xavier", "Raphaël", "Ethan", "Owen", "Lucas", "Hugo", "Maxime",
               "Arnaud", "Pieter", "Théo", "Bastien", "Connor", "Yannick"]
PAT_GIVEN_F = ["Léa", "Chloé", "Rosalie", "Camille", "Alice", "Florence", "Maëlle",
               "Olivia", "Ava", "Zoé", "Amélie", "Noémie", "Elise", "Sien",
               "Margaux", "Inès", "Brooke", "Kayla", "Audrey", "Jade"]


class Staff:
    def __init__(self, given, surname, sex, role_fr_m, role_fr_f, role_en, dept, dr=True):
        self.given, self.surname, self.sex = given, surname, sex
        self.role_fr = role_fr_f if sex == "F" else role_fr_m
        self.role_en, self.dept = role_en, dept
        self.dr = dr

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def email(self):
        import unicodedata
        s = unicodedata.normalize("NFKD", f"{self.given}.{self.surname}")
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.replace("'", "").replace(" ", "").lower()
        return f"{s}@{DOMAIN}"

    def name(self, lang):
        if self.dr:
            if lang == "fr":
                return f"Dre {self.full}" if self.sex == "F" else f"Dr {self.full}"
            return f"Dr. {self.full}"
        return self.full


ROLES = [
    # fr masculine, fr feminine, en, dept, physician
    ("chirurgien orthopédiste", "chirurgienne orthopédiste", "orthopaedic surgeon", "ortho", True),
    ("chirurgien orthopédiste", "chirurgienne orthopédiste", "orthopaedic surgeon", "ortho", True),
    ("chirurgien orthopédiste", "chirurgienne orthopédiste", "orthopaedic surgeon", "ortho", True),
    ("orthopédiste – chirurgie de l'épaule", "orthopédiste – chirurgie de l'épaule", "shoulder surgeon", "ortho", True),
    ("médecin du sport", "médecin du sport", "sports medicine physician", "sport", True),
    ("médecin d'équipe", "médecin d'équipe", "team physician", "sport", True),
    ("physiatre", "physiatre", "physiatrist", "physiatry", True),
    ("physiatre", "physiatre", "physiatrist", "physiatry", True),
    ("résident R3 orthopédie", "résidente R3 orthopédie", "PGY-3 orthopaedics resident", "ortho", True),
    ("résident R2 orthopédie", "résidente R2 orthopédie", "PGY-2 orthopaedics resident", "ortho", True),
    ("infirmier clinicien, clinique de fractures", "infirmière clinicienne, clinique de fractures", "fracture clinic nurse", "fracture", False),
    ("technicien en orthopédie (plâtre)", "technicienne en orthopédie (plâtre)", "cast technician", "fracture", False),
    ("agent administratif, bloc opératoire", "agente administrative, bloc opératoire", "OR booking clerk", "or", False),
    ("physiothérapeute", "physiothérapeute", "physiotherapist", "physio", False),
    ("physiothérapeute", "physiothérapeute", "physiotherapist", "physio", False),
    ("ergothérapeute", "ergothérapeute", "occupational therapist", "physio", False),
    ("orthésiste-prothésiste", "orthésiste-prothésiste", "orthotist-prosthetist", "op", False),
    ("technologue en imagerie médicale", "technologue en imagerie médicale", "radiology technologist", "imaging", False),
    ("radiologiste", "radiologiste", "radiologist", "imaging", True),
    ("pharmacien", "pharmacienne", "pharmacist", "pharmacy", False),
    ("chef de service, orthopédie", "cheffe de service, orthopédie", "chief of orthopaedics", "ortho", True),
    ("coordonnateur du bloc opératoire", "coordonnatrice du bloc opératoire", "OR coordinator", "or", False),
    ("gestionnaire, approvisionnement", "gestionnaire, approvisionnement", "supply manager", "supply", False),
    ("adjoint administratif, enseignement", "adjointe administrative, enseignement", "education coordinator", "teaching", False),
    ("technicien en informatique", "technicienne en informatique", "IT analyst", "it", False),
    ("conseiller RH", "conseillère RH", "HR advisor", "hr", False),
    ("travailleur social", "travailleuse sociale", "social worker", "social", False),
    ("secrétaire médical, médecine du sport", "secrétaire médicale, médecine du sport", "sports medicine clinic secretary", "sport", False),
    ("thérapeute du sport", "thérapeute du sport", "athletic therapist", "sport", False),
    ("nutritionniste", "nutritionniste", "dietitian", "physio", False),
]


def make_staff(rng):
    gm, gf = STAFF_GIVEN_M[:], STAFF_GIVEN_F[:]
    sur = STAFF_SURNAMES[:]
    rng.shuffle(gm)
    rng.shuffle(gf)
    rng.shuffle(sur)
    out = []
    for i, (rfm, rff, re_, d, dr) in enumerate(ROLES):
        sex = rng.choice("MF")
        if sex == "M" and gm:
            given = gm.pop()
        elif gf:
            given, sex = gf.pop(), "F"
        else:
            given, sex = gm.pop(), "M"
        out.append(Staff(given, sur[i], sex, rfm, rff, re_, d, dr))
    return out


# ---------------------------------------------------------------- numbers
def luhn_complete(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def gen_sin(rng):
    while True:
        n = luhn_complete(rng, str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    while True:
        n = luhn_complete(rng, str(rng.randrange(1, 10)), 10)
        if luhn.is_valid(n):
            vc = rng.choice(["AB", "KT", "ZX", "PL", "MR", "HN", ""])
            return n, vc


def gen_niss(rng, dob, sex):
    yy, mm, dd = dob.strftime("%y"), dob.strftime("%m"), dob.strftime("%d")
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = f"{yy}{mm}{dd}{seq:03d}"
        num = int(("2" + base) if dob.year >= 2000 else base)
        n = base + f"{97 - num % 97:02d}"
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "31", "38", "74"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
        n = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(n):
            return n


def gen_mrn(rng):
    return f"{rng.randrange(100000, 999999):06d}"


def phone(rng, area=None):
    area = area or rng.choice(["819", "418", "450", "514", "873"])
    return f"({area}) 555-01{rng.randrange(0, 100):02d}"


STREETS_FR = ["rue des Érables", "boulevard Saint-Joseph", "rang du Petit-Lac",
              "rue Principale", "avenue des Pins", "chemin de la Rivière",
              "rue Notre-Dame", "rue du Moulin", "montée des Bouleaux"]
STREETS_EN = ["Maple Street", "Riverside Drive", "Queen Street", "Elm Crescent",
              "Hillcrest Road"]
TOWNS = [("Val-des-Pins", "J0X 1A0"), ("Saint-Éloi-de-la-Rivière", "J0X 2B0"),
         ("Lac-Grenat", "J0X 1C0"), ("Haute-Rivière", "J8Y 3K5"),
         ("Sainte-Agathe-du-Nord", "J0X 3E0")]


def address(rng, lang="fr"):
    num = rng.randrange(12, 2400)
    if lang == "fr":
        st = rng.choice(STREETS_FR)
    else:
        st = rng.choice(STREETS_EN + STREETS_FR[:3])
    town, pc = rng.choice(TOWNS)
    apt = f", app. {rng.randrange(1, 12)}" if rng.random() < 0.25 else ""
    return f"{num}, {st}{apt}, {town} (Québec) {pc}" if lang == "fr" else \
        f"{num} {st}{apt.replace('app.', 'apt')}, {town}, QC {pc}"


def rand_dob(rng, lo=1935, hi=2012):
    y = rng.randrange(lo, hi + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return datetime.date(y, m, d)


class Registry:
    """Deterministic pools of patients: NAM holders and invented patients."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = load_nam_holders()
        for h in self.holders:
            assert nam_valid(h.nam), h.nam
            h.mrn = gen_mrn(rng)
            h.phone = phone(rng)
            h.address = address(rng, "fr")
        self.order = list(range(len(self.holders)))
        rng.shuffle(self.order)
        self._next = 0
        self.used_names = set()

    def holder(self):
        h = self.holders[self.order[self._next % len(self.order)]]
        self._next += 1
        return h

    def invented(self, kind="qc", sex=None, lo=1935, hi=2012):
        rng = self.rng
        sex = sex or rng.choice("MF")
        pool = {"qc": PAT_SURNAMES_QC, "en": PAT_SURNAMES_EN,
                "be": PAT_SURNAMES_BE, "fra": PAT_SURNAMES_FRA}[kind]
        for _ in range(200):
            sn = rng.choice(pool)
            gn = rng.choice(PAT_GIVEN_M if sex == "M" else PAT_GIVEN_F)
            if (sn, gn) not in self.used_names:
                break
        self.used_names.add((sn, gn))
        p = Person(sn, gn, rand_dob(rng, lo, hi), sex)
        p.mrn = gen_mrn(rng)
        p.phone = phone(rng, "613" if kind == "en" and rng.random() < 0.5 else None)
        p.address = address(rng, "en" if kind == "en" else "fr")
        if kind == "be":
            p.niss = gen_niss(rng, p.dob, sex)
            p.phone = f"+32 4{rng.randrange(70, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
            p.address = f"rue de la Station {rng.randrange(2, 140)}, {rng.choice(['4000 Liège', '5000 Namur', '1348 Louvain-la-Neuve', '6000 Charleroi'])}, Belgique"
        elif kind == "fra":
            p.nir = gen_nir(rng, p.dob, sex)
            p.phone = f"+33 6 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
            p.address = f"{rng.randrange(2, 90)} rue {rng.choice(['Victor-Hugo', 'des Lilas', 'Pasteur', 'de la République'])}, {rng.choice(['69003 Lyon', '38000 Grenoble', '74000 Annecy', '31000 Toulouse'])}, France"
        elif kind == "en":
            p.ohip = gen_ohip(rng)
            p.address = f"{rng.randrange(10, 990)} {rng.choice(['Bank Street', 'Carling Avenue', 'Somerset Street W', 'Main Street'])}, {rng.choice(['Ottawa', 'Hawkesbury', 'Cornwall', 'Pembroke'])}, ON K{rng.randrange(1, 9)}{rng.choice('ABCGHJ')} {rng.randrange(1, 9)}{rng.choice('ABCGHJ')}{rng.randrange(1, 9)}"
        p.sin = gen_sin(rng)
        return p


# -------------------------------------------------------------- formatting
def fmt_sin(n, style=0):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
            f"{n[:3]}.{n[3:6]}.{n[6:]}"][style % 4]


def fmt_ohip(n, vc, style=0):
    base = [f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:7]} {n[7:]}", n][style % 3]
    return f"{base} {vc}".strip() if style % 2 == 0 else f"{base}{('-' + vc) if vc else ''}"


def fmt_niss(n, style=0):
    return [be_nn.format(n), n, f"{n[:6]} {n[6:9]} {n[9:]}"][style % 3]


def fmt_nir(n, style=0):
    return [fr_nir.format(n), n, f"{n[:13]} {n[13:]}"][style % 3]


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fmt_nam(nam, style=0):
    s = style % 8
    if s == 0:
        return nam
    if s == 1:
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if s == 2:
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if s == 3:
        return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:]}"
    if s == 4:
        return "".join(FULLWIDTH.get(c, c) for c in nam)
    if s == 5:
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if s == 6:
        return " ".join(nam)
    return f"{nam[:4]}/{nam[4:8]}/{nam[8:]}"


def fmt_mrn(m, style=0):
    s = style % 6
    return [m, f"{m[:3]} {m[3:]}", f"H-{m}", f"{HOSP_SHORT}-{m}",
            f"0{m}", f"{m[:2]}-{m[2:4]}-{m[4:]}"][s]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(d, lang, style=0):
    s = style % 4
    if s == 0:
        return d.isoformat()
    if s == 1:
        return (f"{d.day} {MOIS[d.month - 1]} {d.year}" if lang == "fr"
                else f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
    if s == 2:
        return d.strftime("%d/%m/%Y")
    return (f"{d.day:02d}-{MOIS[d.month - 1][:4].rstrip('.')}-{d.year}" if lang == "fr"
            else f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}")
