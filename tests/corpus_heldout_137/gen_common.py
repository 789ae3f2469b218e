"""Shared helpers: randomness, people, organisations, identifiers, formatting.

Everything here is invented. Domains end in .example, phones use 555-01xx.
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

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

ORG_DOMAIN = "cisss-hautesrivieres.example"
ORG_FR = "Service régional d'orthophonie et d'audiologie — CISSS des Hautes-Rivières"
ORG_EN = "Regional Speech-Language Pathology and Audiology Service — CISSS des Hautes-Rivières"
SITE_ADDR = "2250, boulevard du Héron, pavillon B, Port-Aubin (Québec) J0X 2T0"
SITE_PHONE = "450 555-0100"
SITE_FAX = "450 555-0199"

FINDING_TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
                 "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
                 "patient_contact", "social_information"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------- NAM holders
@dataclass
class Person:
    given: str
    surname: str
    dob: datetime.date
    sex: str
    nam: str = ""
    lang: str = "fr"
    phone: str = ""
    address: str = ""
    mrn: str = ""

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(Person(given=given, surname=sur, dob=datetime.date.fromisoformat(dob),
                              sex=sex, nam=nam))
    return out


# --------------------------------------------------------------------------- name pools
# Patient surnames deliberately disjoint from the NAM holders' surnames and from staff.
PAT_SURNAMES_FR = ["Lemieux", "Dufour", "Champagne", "Gendron", "Robitaille", "Bilodeau",
                   "Charbonneau", "Lacasse", "Vaillancourt", "Desjardins", "Marchand", "Lalonde",
                   "Perreault", "Cyr", "Labelle", "Boisvert", "Daigle", "Paradis", "Guay",
                   "Mercier", "Thériault", "Leduc", "Desrosiers", "Carrier", "Beauchamp",
                   "Dionne", "Tessier", "Lapierre", "Ménard", "Provost", "St-Onge", "Larouche"]
PAT_SURNAMES_EN = ["Anderson", "Mitchell", "Harrison", "Reid", "Sullivan", "Kelly", "Murphy",
                   "Graham", "Stewart", "Clarke", "Bennett", "Hughes", "Dixon", "Walsh",
                   "Morrison", "Ferguson", "Hamilton", "Ahmed", "Diallo", "Mendes", "Kaur",
                   "Petrov", "Novak", "Ribeiro", "McKinnon", "Osei", "Whitfield", "Yilmaz"]
PAT_SURNAMES_BE = ["Vandenberghe", "Peeters", "Janssens", "Wauters", "Dewulf", "Claessens"]
PAT_SURNAMES_FRANCE = ["Garnier", "Lefebvre", "Rousseau", "Moreau", "Chevalier", "Barbier"]

GIVEN = {
    ("fr", "F", "child"): ["Léa", "Rosalie", "Zoé", "Florence", "Maëlle", "Camille", "Alice", "Éloïse", "Mia", "Juliette"],
    ("fr", "M", "child"): ["Félix", "Jacob", "Noah", "Éloi", "Mathis", "Samuel", "Arnaud", "Émile", "Zack", "Théo"],
    ("fr", "F", "adult"): ["Karine", "Mélanie", "Véronique", "Audrey", "Stéphanie", "Annie", "Marie-Ève", "Josiane"],
    ("fr", "M", "adult"): ["Sébastien", "Maxime", "Jonathan", "François", "Éric", "Simon", "Yannick", "Hugo"],
    ("fr", "F", "elder"): ["Lucie", "Micheline", "Jocelyne", "Rolande", "Huguette", "Thérèse", "Monique", "Gisèle"],
    ("fr", "M", "elder"): ["Gérard", "Réjean", "Fernand", "Yvon", "Raymond", "Normand", "Gaston", "Roger"],
    ("en", "F", "child"): ["Olivia", "Ava", "Chloe", "Harper", "Evelyn", "Isla", "Nora", "Hannah"],
    ("en", "M", "child"): ["Ethan", "Owen", "Lucas", "Mason", "Caleb", "Levi", "Wyatt", "Rowan"],
    ("en", "F", "adult"): ["Jennifer", "Ashley", "Rebecca", "Lauren", "Kimberly", "Tanya", "Heather", "Nicole"],
    ("en", "M", "adult"): ["Brandon", "Kyle", "Derek", "Justin", "Trevor", "Colin", "Adam", "Marcus"],
    ("en", "F", "elder"): ["Margaret", "Dorothy", "Linda", "Shirley", "Barbara", "Joan", "Evelyn", "Patricia"],
    ("en", "M", "elder"): ["Arthur", "Harold", "Gordon", "Kenneth", "Walter", "Ronald", "Douglas", "Frank"],
}

# Staff and physicians (surnames disjoint from NAM holders and patients).
STAFF = [
    # key, given, surname, title_fr, title_en, role_fr, role_en, email local part
    ("slp_dys", "Julie", "Beaulieu", "", "", "orthophoniste — clinique de dysphagie", "SLP, dysphagia clinic", "julie.beaulieu"),
    ("slp_voice", "Amélie", "Vachon", "", "", "orthophoniste — clinique de la voix", "SLP, voice clinic", "amelie.vachon"),
    ("slp_school", "Isabelle", "Tremblay", "", "", "orthophoniste — petite enfance et milieu scolaire", "SLP, early childhood and schools", "isabelle.tremblay"),
    ("aud", "Mathieu", "Côté", "", "", "audiologiste", "audiologist", "mathieu.cote"),
    ("aud2", "Priya", "Raman", "", "", "audiologiste", "audiologist", "priya.raman"),
    ("ci", "Patrick", "Lachance", "", "", "audiologiste, coordonnateur du programme d'implant cochléaire", "audiologist, cochlear implant programme coordinator", "patrick.lachance"),
    ("ent", "Nadia", "Haddad", "Dre", "Dr.", "oto-rhino-laryngologiste", "otolaryngologist", "nadia.haddad"),
    ("ent2", "Étienne", "Lévesque", "Dr", "Dr.", "oto-rhino-laryngologiste", "otolaryngologist", "etienne.levesque"),
    ("ped", "Catherine", "Asselin", "Dre", "Dr.", "pédiatre", "paediatrician", "catherine.asselin"),
    ("neuro", "Samuel", "Turcotte", "Dr", "Dr.", "neurologue", "neurologist", "samuel.turcotte"),
    ("chief", "Karine", "Bergeron", "", "", "chef de service, orthophonie et audiologie", "service manager, SLP and audiology", "karine.bergeron"),
    ("clerk", "Sophie", "Dubé", "", "", "agente administrative", "administrative officer", "sophie.dube"),
    ("clerk2", "Hélène", "Rioux", "", "", "commis à l'accueil", "reception clerk", "helene.rioux"),
    ("tech", "Olivier", "Gosselin", "", "", "technicien en électrophysiologie", "electrophysiology technician", "olivier.gosselin"),
    ("slp_en", "Rachel", "O'Neill", "", "", "orthophoniste", "speech-language pathologist", "rachel.oneill"),
    ("slp_en2", "Megan", "Fitzgerald", "", "", "orthophoniste scolaire", "school-based SLP", "megan.fitzgerald"),
    ("aud_en", "Jessica", "Campbell", "", "", "audiologiste", "audiologist", "jessica.campbell"),
    ("ent_en", "Kevin", "Okafor", "Dr", "Dr.", "oto-rhino-laryngologiste", "otolaryngologist", "kevin.okafor"),
    ("it", "Daniel", "Kowalski", "", "", "analyste, soutien informatique", "IT support analyst", "daniel.kowalski"),
    ("it2", "Thomas", "Giguère", "", "", "technicien informatique", "IT technician", "thomas.giguere"),
    ("hr", "Marc-André", "Poulin", "", "", "conseiller en ressources humaines", "HR advisor", "marc-andre.poulin"),
    ("nurse", "Nicole", "Bernier", "", "", "infirmière, unité de médecine 4e", "nurse, 4th floor medicine", "nicole.bernier"),
    ("physiatre", "Lina", "Nguyen", "Dre", "Dr.", "physiatre", "physiatrist", "lina.nguyen"),
    ("adj", "Chantal", "Hébert", "", "", "adjointe à la direction", "executive assistant", "chantal.hebert"),
    ("nurse_en", "Tanisha", "Brooks", "", "", "infirmière", "charge nurse, 3 West", "tanisha.brooks"),
    ("gm", "Alain", "Dufresne", "", "", "chef de l'approvisionnement", "procurement lead", "alain.dufresne"),
]


@dataclass
class Staff:
    key: str
    given: str
    surname: str
    title_fr: str
    title_en: str
    role_fr: str
    role_en: str
    local: str
    domain: str = ORG_DOMAIN

    @property
    def email(self):
        return f"{self.local}@{self.domain}"

    def display(self, lang):
        t = self.title_fr if lang == "fr" else self.title_en
        return (t + " " if t else "") + f"{self.given} {self.surname}"

    def addr(self, lang="fr"):
        return (f"{self.given} {self.surname}", self.email)

    def sig(self, lang, rng=None, long=True):
        role = self.role_fr if lang == "fr" else self.role_en
        lines = [self.display(lang), role[0].upper() + role[1:]]
        if long:
            org = ORG_FR if lang == "fr" else ORG_EN
            ext = 100 + (sum(map(ord, self.local)) % 800)
            lines += [org, SITE_ADDR,
                      (f"Tél. : {SITE_PHONE}, poste {ext}" if lang == "fr" else f"Tel. {SITE_PHONE} ext. {ext}"),
                      (f"Téléc. : {SITE_FAX}" if lang == "fr" else f"Fax {SITE_FAX}")]
        return "\n".join(lines)


STAFF_BY_KEY = {s[0]: Staff(*s) for s in STAFF}


def staff(key):
    return STAFF_BY_KEY[key]


EXTERNAL = {
    "school_fr": ("École primaire des Trois-Pins", "ecole-troispins.example"),
    "school_en": ("Maple Ridge Elementary School", "mapleridge-school.example"),
    "cpe": ("CPE Les Petits Hiboux", "cpe-petitshiboux.example"),
    "daycare_en": ("Little Acorns Daycare", "littleacorns.example"),
    "pharm_fr": ("Pharmacie Deschênes-Aubry", "pharmacie-deschenes.example"),
    "pharm_en": ("Riverbend Pharmacy", "riverbend-rx.example"),
    "insurer_fr": ("Assurances Boréal Vie", "boreal-vie.example"),
    "insurer_en": ("Northway Life Insurance", "northwaylife.example"),
    "hosp_on": ("Kingsmere General Hospital", "kingsmere-hospital.example"),
    "chu_fr": ("CHU de Valmont — service ORL", "chu-valmont.example"),
    "be": ("Clinique Sainte-Aldegonde, Namur", "ste-aldegonde.example"),
    "transport": ("Transport adapté Hautes-Rivières", "ta-hautesrivieres.example"),
    "chsld": ("CHSLD des Quatre-Vents", "chsld-quatrevents.example"),
    "gmf": ("GMF du Lac-aux-Cèdres", "gmf-lacauxcedres.example"),
    "vendor_aud": ("Acoustica Médical inc.", "acoustica-medical.example"),
    "vendor_ci": ("Auralis Implant Systems", "auralis-implants.example"),
    "vendor_sup": ("Fournitures Médi-Nord", "medinord.example"),
    "assoc": ("Association des audiologistes et orthophonistes du Nord", "aaon.example"),
    "univ": ("Université de Port-Aubin — École d'orthophonie et d'audiologie", "u-portaubin.example"),
    "mail": ("", "courriel.example"),
    "mail2": ("", "postebox.example"),
}


def ext(key):
    return EXTERNAL[key]


STREETS_FR = ["rue des Pruches", "rang Saint-Eusèbe", "avenue du Héron", "chemin de la Montagne-Grise",
              "rue Principale", "rue des Érables", "boulevard des Cèdres", "rue du Moulin", "montée Lacasse",
              "rue Sainte-Odile", "place des Merles", "rue de la Fabrique"]
STREETS_EN = ["Birchwood Crescent", "Maple Street", "Riverside Drive", "Orchard Lane", "Elm Court",
              "Wellington Road", "Pine Ridge Avenue", "Cedar Hollow Way"]
TOWNS_QC = [("Port-Aubin", "J0X"), ("Val-des-Saules", "J0T"), ("Saint-Aubin-des-Monts", "J0W"),
            ("Lac-aux-Cèdres", "J0V"), ("Sainte-Odile-du-Nord", "J0Z"), ("Rivière-aux-Saules", "J0Y")]
TOWNS_ON = [("Kingsmere", "K0B"), ("Alder Falls", "K0C")]

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def fold(s):
    """Lower-case, accent-free, NFKC-normalised text used for comparisons."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


# --------------------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        for d in "0123456789":
            n = body + d
            if luhn.is_valid(n) and ca_sin.is_valid(n):
                return n


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def ohip_valid(n):
    d = "".join(ch for ch in n if ch.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        base = f"{dob:%y%m%d}{serial:03d}"
        num = int(("2" + base) if dob.year >= 2000 else base)
        check = 97 - (num % 97)
        n = f"{base}{check:02d}"
        if be_nn.is_valid(n):
            return n


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["69", "38", "42", "01", "75", "13", "33", "59"])
        commune = f"{rng.randrange(1, 400):03d}"
        order = f"{rng.randrange(1, 999):03d}"
        base = f"{'1' if sex == 'M' else '2'}{dob:%y%m}{dept}{commune}{order}"
        key = 97 - (int(base) % 97)
        n = f"{base}{key:02d}"
        if fr_nir.is_valid(n):
            return n


def luhn_serial(rng, length=9):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(length - 2))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def disguise(s, sizes, style):
    """Render identifier s in one of several written styles."""
    if style == "plain":
        return s
    if style == "space":
        return group(s, sizes, " ")
    if style == "dot":
        return group(s, sizes, ".")
    if style == "slash":
        return group(s, sizes, "/")
    if style == "hyphen":
        return group(s, sizes, "-")
    if style == "fullwidth":
        return s.translate(FULLWIDTH)
    if style == "fullwidth_space":
        return group(s, sizes, " ").translate(FULLWIDTH)
    if style == "wide":
        return " ".join(s)
    if style == "lower":
        return s.lower()
    raise ValueError(style)


ID_SIZES = {"nam": [4, 4, 4], "sin": [3, 3, 3], "ohip": [4, 3, 3], "niss": [2, 2, 2, 3, 2],
            "nir": [1, 2, 2, 2, 3, 3, 2], "mrn": [3, 4]}


def fmt_niss(n, style):
    if style == "official":
        return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:11]}"
    return disguise(n, ID_SIZES["niss"], style)


# --------------------------------------------------------------------------- dates
def fr_date(d, style="long"):
    if style == "long":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "day":
        return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}"
    raise ValueError(style)


def en_date(d, style="long"):
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"
    if style == "day":
        return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"
    raise ValueError(style)


def ldate(lang, d, style="long"):
    return fr_date(d, style) if lang == "fr" else en_date(d, style)


def dob_candidates(d):
    """All the ways the generator may write a birth date (for verification)."""
    c = {d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
         f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}",
         f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
         f"{d.year}{d.month:02d}{d.day:02d}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"}
    return {fold(x) for x in c}


# --------------------------------------------------------------------------- message spec
@dataclass
class Att:
    filename: str
    ctype: str
    data: bytes
    kind: str  # pdf docx xlsx csv ics vcf zip eml txt


@dataclass
class Msg:
    lang: str
    category: str
    note: str
    types: set
    subject: str
    body: str
    frm: tuple
    to: list
    cc: list = field(default_factory=list)
    html: str = None
    atts: list = field(default_factory=list)
    fmt: str = None          # force plain / html / alt
    reply_to_id: str = None  # adds In-Reply-To / References
    ids: list = field(default_factory=list)   # (kind, value) identifiers placed in the message
    holders: list = field(default_factory=list)  # NAM holders (Person) placed in the message
    utf8_only: bool = False


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.holders = load_nams()
        self.now = datetime.datetime(2024, 10, 1, 9, 0)
        self._pools = {}
        self.mrn_counter = 0

    # bracket by age at 2025-01-01
    @staticmethod
    def bracket_of(p):
        a = p.age(datetime.date(2025, 1, 1))
        if a < 13:
            return "child"
        if a < 25:
            return "youth"
        if a < 65:
            return "adult"
        return "elder"

    def holder(self, brackets):
        """Next NAM holder from the given age brackets (round robin, shuffled once)."""
        key = tuple(sorted(brackets))
        if key not in self._pools or not self._pools[key]:
            pool = [h for h in self.holders if self.bracket_of(h) in brackets]
            self.r.shuffle(pool)
            self._pools[key] = pool
        h = self._pools[key].pop()
        lang = "fr"
        return Person(given=h.given, surname=h.surname, dob=h.dob, sex=h.sex, nam=h.nam, lang=lang,
                      phone=self.phone(), address=self.address("fr"), mrn=self.mrn())

    def patient(self, lang, bracket, origin=None, sex=None):
        r = self.r
        sex = sex or r.choice("FM")
        glang = "fr" if lang == "fr" or origin in ("be", "france") else "en"
        gb = "child" if bracket in ("child",) else ("elder" if bracket == "elder" else "adult")
        if bracket == "youth":
            gb = "child"
        given = r.choice(GIVEN[(glang, sex, gb)])
        if origin == "be":
            surname = r.choice(PAT_SURNAMES_BE)
        elif origin == "france":
            surname = r.choice(PAT_SURNAMES_FRANCE)
        else:
            surname = r.choice(PAT_SURNAMES_FR if lang == "fr" else PAT_SURNAMES_EN)
        ref = datetime.date(2025, 1, 1)
        lo, hi = {"baby": (0, 0), "child": (2, 11), "youth": (13, 22), "adult": (26, 63),
                  "elder": (66, 94)}[bracket]
        years = r.randint(lo, hi)
        dob = ref - datetime.timedelta(days=years * 365 + r.randint(20, 340))
        if bracket == "baby":
            dob = self.now.date() - datetime.timedelta(days=r.randint(3, 60))
        prov = "on" if origin == "on" else "qc"
        return Person(given=given, surname=surname, dob=dob, sex=sex, lang=lang,
                      phone=self.phone("613" if prov == "on" else None),
                      address=self.address("on" if prov == "on" else "fr"), mrn=self.mrn())

    def phone(self, area=None):
        area = area or self.r.choice(["450", "819", "514", "438", "579", "873"])
        sep = self.r.choice([" ", "-", ") "])
        n = f"555-01{self.r.randint(10, 99):02d}"
        if sep == ") ":
            return f"({area}) {n}"
        return f"{area}{sep}{n}"

    def address(self, kind):
        r = self.r
        num = r.randint(12, 3980)
        if kind == "on":
            town, fsa = r.choice(TOWNS_ON)
            return f"{num} {r.choice(STREETS_EN)}, {town}, ON {fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
        town, fsa = r.choice(TOWNS_QC)
        apt = r.choice(["", "", f", app. {r.randint(1, 12)}"])
        return f"{num}, {r.choice(STREETS_FR)}{apt}, {town} (Québec) {fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"

    def mrn(self):
        return f"{self.r.randint(100000, 999999):d}"

    def sin(self):
        return make_sin(self.r)

    def ohip(self):
        return make_ohip(self.r)

    def pick(self, seq):
        return self.r.choice(seq)

    def days(self, lo, hi):
        return self.now.date() + datetime.timedelta(days=self.r.randint(lo, hi))

    def workday(self, lo, hi):
        d = self.days(lo, hi)
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def ago(self, lo, hi):
        return self.now.date() - datetime.timedelta(days=self.r.randint(lo, hi))


def name_form(p, style, lang="fr"):
    """Ways a patient's name gets written."""
    t_fr = "Mme" if p.sex == "F" else "M."
    t_en = "Mrs." if p.sex == "F" else "Mr."
    t = t_fr if lang == "fr" else t_en
    if style == "full":
        return f"{p.given} {p.surname}"
    if style == "title":
        return f"{t} {p.surname}"
    if style == "title_full":
        return f"{t} {p.given} {p.surname}"
    if style == "upper_comma":
        return f"{p.surname.upper()}, {p.given}"
    if style == "comma":
        return f"{p.surname}, {p.given}"
    if style == "surname_first":
        return f"{p.surname} {p.given}"
    if style == "lower":
        return f"{p.given} {p.surname}".lower()
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "given":
        return p.given
    if style == "upper":
        return f"{p.given} {p.surname.upper()}"
    raise ValueError(style)


def sex_label(p, lang):
    if lang == "fr":
        return p.sex
    return p.sex


def pron(p, lang, kind="subj"):
    f = p.sex == "F"
    if lang == "fr":
        return {"subj": "elle" if f else "il", "Subj": "Elle" if f else "Il", "poss": "sa" if f else "son",
                "e": "e" if f else "", "obj": "la" if f else "le"}[kind]
    return {"subj": "she" if f else "he", "Subj": "She" if f else "He", "poss": "her" if f else "his",
            "obj": "her" if f else "him", "Poss": "Her" if f else "His"}[kind]


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower().replace(" ", ".").replace("'", "")
