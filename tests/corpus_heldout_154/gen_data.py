"""Shared data for the CHUSV clinical-research-office corpus: people, places,
trials, identifiers and the formatting helpers used by the templates.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime as dt
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG = {
    "name_fr": "Centre hospitalier universitaire Sainte-Vérène",
    "name_en": "Sainte-Vérène University Hospital Centre",
    "short": "CHUSV",
    "office_fr": "Bureau de la recherche clinique (BRC)",
    "office_en": "Clinical Research Office (CRO)",
    "cer_fr": "Comité d'éthique de la recherche (CÉR) du CHUSV",
    "cer_en": "CHUSV Research Ethics Board (REB)",
    "street": "2250, boulevard des Hospitalières",
    "city": "Québec (Québec)  G1X 9Z9",
    "dom": "chusv.example",
    "phone": "418 555-0142",
    "fax": "418 555-0143",
}

SPONSORS = [
    {"name": "Norvalis Pharma Canada", "dom": "norvalis.example"},
    {"name": "Tellikon Bio", "dom": "tellikon.example"},
    {"name": "Clinexa Research (CRO)", "dom": "clinexa.example"},
    {"name": "Aurelian Therapeutics", "dom": "aurelian.example"},
]

TRIALS = [
    {"code": "ÉRABLE-HF", "proto": "NVR-218-301", "drug": "NVX-218 (zenfliptide)",
     "dx_fr": "insuffisance cardiaque à fraction d'éjection réduite",
     "dx_en": "heart failure with reduced ejection fraction", "abbr": "IC-FEr",
     "sponsor": 0, "cer": "MP-21-2024-3417", "pi": 0, "area": "cardio"},
    {"code": "BORÉAL-ONC", "proto": "TLK5520-202", "drug": "TLK-5520",
     "dx_fr": "cancer du poumon non à petites cellules métastatique",
     "dx_en": "metastatic non-small-cell lung cancer", "abbr": "CPNPC",
     "sponsor": 1, "cer": "MP-21-2023-2980", "pi": 1, "area": "onco"},
    {"code": "PETIT-PAS", "proto": "CHUSV-PED-2023-014", "drug": "AZR-77 en inhalation", "drug_en": "inhaled AZR-77",
     "dx_fr": "asthme pédiatrique modéré à sévère",
     "dx_en": "moderate-to-severe paediatric asthma", "abbr": "asthme",
     "sponsor": None, "cer": "MP-21-2023-3102", "pi": 2, "area": "peds"},
    {"code": "MÉMOIRE-65", "proto": "AUR-ABZ-03", "drug": "ambrezumab IV", "drug_en": "IV ambrezumab",
     "dx_fr": "maladie d'Alzheimer légère", "dx_en": "mild Alzheimer's disease",
     "abbr": "MA", "sponsor": 3, "cer": "MP-21-2024-3550", "pi": 3, "area": "neuro"},
    {"code": "GLYCO-QC", "proto": "CHUSV-END-2024-007", "drug": "sémaglutide vs tirzépatide", "drug_en": "semaglutide vs tirzepatide",
     "dx_fr": "diabète de type 2", "dx_en": "type 2 diabetes", "abbr": "DT2",
     "sponsor": None, "cer": "MP-21-2024-3611", "pi": 4, "area": "endo"},
    {"code": "RÉNO-PROTECT", "proto": "NVR-440-205", "drug": "NVX-440",
     "dx_fr": "maladie rénale chronique stade 3b-4", "dx_en": "stage 3b-4 chronic kidney disease",
     "abbr": "IRC", "sponsor": 0, "cer": "MP-21-2024-3702", "pi": 5, "area": "nephro"},
]

# Staff: surnames deliberately disjoint from the NAM list.
STAFF = [
    # (given, surname, sex, role_fr, role_en, login)
    ("Isabelle", "Arsenault", "F", "infirmière de recherche", "research nurse", "iarsenault"),
    ("Mathieu", "Desrosiers", "M", "coordonnateur de recherche", "research coordinator", "mdesrosiers"),
    ("Karine", "Lachance", "F", "coordonnatrice de recherche", "research coordinator", "klachance"),
    ("Olivier", "Vachon", "M", "pharmacien de recherche", "research pharmacist", "ovachon"),
    ("Chantal", "Villeneuve", "F", "adjointe administrative", "administrative assistant", "cvilleneuve"),
    ("Priya", "Raman", "F", "gestionnaire de données", "data manager", "praman"),
    ("Hugo", "Gosselin", "M", "agent de recherche", "research associate", "hgosselin"),
    ("Véronique", "Hébert", "F", "conseillère en éthique", "ethics officer", "vhebert"),
    ("Amira", "Benali", "F", "infirmière de recherche", "research nurse", "abenali"),
    ("Jean-François", "Dufresne", "M", "directeur du BRC", "director, clinical research office", "jfdufresne"),
    ("Mélanie", "Comeau", "F", "technicienne en administration", "finance technician", "mcomeau"),
    ("Kevin", "Nguyen", "M", "analyste TI", "IT analyst", "knguyen"),
    ("Farah", "Haddad", "F", "coordonnatrice réglementaire", "regulatory coordinator", "fhaddad"),
    ("Stéphane", "Laroche", "M", "technicien de laboratoire", "lab technician", "slaroche"),
    ("Annie", "St-Onge", "F", "infirmière de recherche", "research nurse", "astonge"),
    ("Rachel", "Okafor", "F", "coordonnatrice de recherche", "research coordinator", "rokafor"),
]

# Investigators (physicians) -- named near diseases in negatives on purpose.
DOCTORS = [
    ("Hélène", "Marchand", "F", "cardiologie", "cardiology"),
    ("Anil", "Kapoor", "M", "oncologie médicale", "medical oncology"),
    ("Sophie", "Lemieux", "F", "pneumologie pédiatrique", "paediatric respirology"),
    ("Benoît", "Vigneault", "M", "neurologie", "neurology"),
    ("Nadia", "Ferreira", "F", "endocrinologie", "endocrinology"),
    ("Tristan", "Beaulieu", "M", "néphrologie", "nephrology"),
    ("Catherine", "Dion", "F", "médecine interne", "internal medicine"),
    ("Yves", "Picard", "M", "médecine familiale", "family medicine"),
    ("Laura", "Kowalski", "F", "radiologie", "radiology"),
    ("Éric", "Mercier", "M", "hématologie", "haematology"),
]

EXTERNAL = [
    ("Julia", "Ashworth", "F", "Clinexa Research", "clinexa.example", "Clinical Research Associate"),
    ("Marco", "Bellini", "M", "Norvalis Pharma Canada", "norvalis.example", "Clinical Trial Manager"),
    ("Aurélie", "Vandamme", "F", "Tellikon Bio", "tellikon.example", "Pharmacovigilance Specialist"),
    ("Derek", "Ostrowski", "M", "Aurelian Therapeutics", "aurelian.example", "Site Monitor"),
    ("Claire", "Desjardins", "F", "Clinexa Research", "clinexa.example", "Attachée de recherche clinique"),
    ("Samuel", "Ibarra", "M", "Centrale Labs Global", "centralabs.example", "Project Manager"),
]

# Non-NAM patients: surnames disjoint from both NAM and staff lists.
PAT_SURNAMES = ["Côté", "Lévesque", "Dubé", "Gingras", "Poulin", "Drouin", "Tanguay",
                "Beaudoin", "Turcotte", "Charest", "Fillion", "Doucet", "Rioux", "Paradis",
                "Asselin", "Boivin", "Lacroix", "Daigle", "Bédard", "Jodoin", "Ménard",
                "Thériault", "Sirois", "Mailloux", "O'Neill", "Campbell", "Kaur", "Murphy",
                "Walsh", "Diallo", "Traoré", "Pham", "Rossi", "Labrecque", "Vézina", "Grenier"]
PAT_GIVEN_F = ["Ghislaine", "Lucie", "Francine", "Monique", "Johanne", "Kathleen", "Aïcha",
               "Linh", "Patricia", "Rosalie", "Yvette", "Brenda", "Madeleine", "Hélène-Marie"]
PAT_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Raymond", "Bruno", "Kwame", "Thanh",
               "Gerald", "Serge", "Rosaire", "Colin", "Fabrice", "Jean-Guy", "Mamadou"]
CHILD_GIVEN_F = ["Léa", "Florence", "Maëlle", "Zoé", "Alice"]
CHILD_GIVEN_M = ["Noah", "Félix", "Elliot", "Théo", "Jacob"]

STREETS = ["rue des Pimbinas", "avenue du Cap-Rouge", "rue Saint-Vallier Ouest", "chemin du Lac-Clair",
           "rue de la Montagnaise", "boulevard Wilfrid-Hamel", "rue des Érables-Rouges",
           "avenue Maguire", "rue du Bocage", "rang Saint-Isidore", "rue Champfleury", "rue de l'Anse"]
CITIES = [("Québec (Québec)", "G1M"), ("Lévis (Québec)", "G6W"), ("Saint-Augustin-de-Desmaures (Québec)", "G3A"),
          ("L'Ancienne-Lorette (Québec)", "G2E"), ("Beaupré (Québec)", "G0A"), ("Montmagny (Québec)", "G5V")]
ON_STREETS = ["Bank Street", "Riverside Drive", "Innes Road", "Bronson Avenue", "Tenth Line Road"]
ON_CITIES = [("Ottawa (Ontario)", "K1S"), ("Orléans (Ontario)", "K4A")]

NAM_SURNAMES = set()  # filled by load_nams

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class Person:
    def __init__(self, given, surname, sex, dob=None, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.mrn = None
        self.street = self.city = self.postal = self.phone = None
        self.sin = self.ohip = self.niss = self.nir = None

    def full(self):
        return f"{self.given} {self.surname}"

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def age(self, on=dt.date(2025, 3, 1)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def address_lines(self):
        return [self.street, f"{self.city}  {self.postal}"]


def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            rows.append(Person(given, surname, sex, dt.date.fromisoformat(dob), nam))
            NAM_SURNAMES.add(surname)
    return rows


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    base = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    num = base + luhn.calc_check_digit(base)
    assert luhn.is_valid(num)
    return num


def ohip_valid(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.strftime("%y"), dob.strftime("%m"), dob.strftime("%d")
    while True:
        ctr = rng.randrange(1, 998)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        body = f"{yy}{mm}{dd}{ctr:03d}"
        pre = ("2" + body) if dob.year >= 2000 else body
        chk = 97 - (int(pre) % 97)
        num = f"{body}{chk:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        s = "2" if sex == "F" else "1"
        dep = rng.choice(["75", "69", "13", "33", "59", "44", "35", "31"])
        body = f"{s}{dob.strftime('%y%m')}{dep}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
        key = 97 - (int(body) % 97)
        num = f"{body}{key:02d}"
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return "".join(str(rng.randrange(10)) for _ in range(7))


def fmt_mrn(mrn, style):
    s = {
        0: mrn,
        1: f"S{mrn}",
        2: f"{mrn[:3]}-{mrn[3:]}",
        3: f"{mrn[0]} {mrn[1:4]} {mrn[4:]}",
        4: f"S-{mrn[:3]} {mrn[3:]}",
        5: mrn.translate(FULLWIDTH),
        6: f"{mrn[:3]}.{mrn[3:]}",
    }[style % 7]
    return s


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        0: nam,
        1: f"{a} {b} {c}",
        2: f"{a}-{b}-{c}",
        3: f"{a}.{b}.{c}",
        4: f"{a}/{b}/{c}",
        5: f"{a.lower()} {b} {c}",
        6: a + (b + c).translate(FULLWIDTH),
        7: f"{a} {b}{c}",
        8: f"{a}  {b}  {c}",
    }[style % 9]


def fmt_sin(num, style):
    return {0: f"{num[:3]} {num[3:6]} {num[6:]}", 1: f"{num[:3]}-{num[3:6]}-{num[6:]}",
            2: num, 3: f"{num[:3]}.{num[3:6]}.{num[6:]}",
            4: f"{num[:3]} {num[3:6]} {num[6:]}".translate(FULLWIDTH)}[style % 5]


def fmt_ohip(num, style, vc="AB"):
    return {0: f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}", 1: f"{num[:4]} {num[4:7]} {num[7:]} {vc}",
            2: num + vc, 3: f"{num[:4]} {num[4:7]} {num[7:]}"}[style % 4]


def fmt_niss(num, style):
    return {0: f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
            1: num, 2: f"{num[:6]} {num[6:9]} {num[9:]}"}[style % 3]


def fmt_nir(num, style):
    return {0: f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}",
            1: num, 2: f"{num[:13]} {num[13:]}"}[style % 3]


def fmt_date(d, lang, style):
    style %= 6
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        if lang == "fr":
            return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 3:
        return d.strftime("%Y/%m/%d")
    if style == 4:
        return d.strftime("%d-%m-%Y")
    if lang == "fr":
        return f"{d.day:02d} {FR_MONTHS[d.month - 1][:3]}. {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"


def all_date_renderings(d):
    out = set()
    for lang in ("fr", "en"):
        for st in range(6):
            out.add(fmt_date(d, lang, st))
    out.add(d.strftime("%Y%m%d"))
    return out


def fmt_phone(rng, area=None):
    area = area or rng.choice(["418", "581", "367"])
    n = rng.randrange(100, 200)
    sty = rng.randrange(3)
    tail = f"01{n % 100:02d}"
    if sty == 0:
        return f"{area} 555-{tail}"
    if sty == 1:
        return f"({area}) 555-{tail}"
    return f"{area}-555-{tail}"


# ---------------------------------------------------------------- patient bank
class PatientBank:
    """Hands out patients so that the same person is rarely reused."""

    def __init__(self, seed):
        rng = random.Random(seed * 7 + 1)
        self.rng = rng
        self.nam = load_nams()
        for p in self.nam:
            self._decorate(p, rng)
        rng.shuffle(self.nam)
        self.others = []
        used = set()
        for i in range(70):
            child = i % 7 == 0
            sex = rng.choice("FM")
            if child:
                given = rng.choice(CHILD_GIVEN_F if sex == "F" else CHILD_GIVEN_M)
                dob = dt.date(rng.randrange(2012, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
            else:
                given = rng.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
                dob = dt.date(rng.randrange(1936, 2001), rng.randrange(1, 13), rng.randrange(1, 29))
            sur = rng.choice(PAT_SURNAMES)
            if (given, sur) in used:
                continue
            used.add((given, sur))
            p = Person(given, sur, sex, dob)
            self._decorate(p, rng)
            self.others.append(p)
        self.i_nam = 0
        self.i_oth = 0

    @staticmethod
    def _decorate(p, rng):
        p.mrn = make_mrn(rng)
        p.street = f"{rng.randrange(12, 4800)}, {rng.choice(STREETS)}"
        if rng.random() < 0.3:
            p.street = f"{rng.randrange(1, 12)}-" + p.street
        city, fsa = rng.choice(CITIES)
        p.city = city
        p.postal = f"{fsa} {rng.randrange(1, 10)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(1, 10)}"
        p.phone = fmt_phone(rng)

    def is_child(self, p):
        return p.dob.year >= 2007

    def take_nam(self, child=False):
        for _ in range(len(self.nam) * 2):
            p = self.nam[self.i_nam % len(self.nam)]
            self.i_nam += 1
            if self.is_child(p) == child:
                return p
        raise RuntimeError("no NAM holder")

    def take_other(self, child=False):
        for _ in range(len(self.others) * 2):
            p = self.others[self.i_oth % len(self.others)]
            self.i_oth += 1
            if self.is_child(p) == child:
                return p
        raise RuntimeError("no patient")


def staff(rng, k=1):
    return rng.sample(STAFF, k) if k > 1 else rng.choice(STAFF)


def staff_addr(s):
    return f"{s[0]} {s[1]}", f"{s[5]}@{ORG['dom']}"


def doc_addr(d):
    login = (d[0][0] + d[1]).lower()
    login = login.replace("é", "e").replace("è", "e").replace("ô", "o").replace("'", "").replace(" ", "")
    return f"Dr {d[0]} {d[1]}" if False else f"{d[0]} {d[1]}", f"{login}@{ORG['dom']}"


def ext_addr(e):
    login = (e[0][0] + "." + e[1]).lower().replace("é", "e")
    return f"{e[0]} {e[1]}", f"{login}@{e[4]}"


def signature(s, lang, rng, phone_ext=True):
    role = s[3] if lang == "fr" else s[4]
    office = ORG["office_fr"] if lang == "fr" else ORG["office_en"]
    org = ORG["name_fr"] if lang == "fr" else ORG["name_en"]
    lines = ["--", f"{s[0]} {s[1]}", role[0].upper() + role[1:], office, org,
             ORG["street"] + ", " + ORG["city"]]
    ext = f" poste {rng.randrange(2100, 2999)}" if lang == "fr" else f" ext. {rng.randrange(2100, 2999)}"
    lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + ORG["phone"] + (ext if phone_ext else ""))
    if rng.random() < 0.5:
        lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + ORG["fax"])
    return "\n".join(lines)


def doc_signature(d, lang):
    spec = d[3] if lang == "fr" else d[4]
    return "\n".join(["--", f"Dr {d[0]} {d[1]}", spec[0].upper() + spec[1:],
                      ORG["name_fr"] if lang == "fr" else ORG["name_en"],
                      ("Tél. " if lang == "fr" else "Tel. ") + ORG["phone"]])


def sponsor_contact(t):
    """Sponsor-side contact matching the trial's sponsor (CRO monitor for academic trials)."""
    return {0: EXTERNAL[1], 1: EXTERNAL[2], 3: EXTERNAL[3]}.get(t["sponsor"], EXTERNAL[0])
