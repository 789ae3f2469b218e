"""Shared data and helpers for the cardiology corpus generator.

Everything here is invented: people, institutions, addresses, numbers.
Only RAMQ NAMs come from ../blind_nams.txt (read relative to this file).
"""
import datetime as dt
import hashlib
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = Path(__file__).resolve().parent
NAM_FILE = HERE.parent / "blind_nams.txt"

TZ_EDT = dt.timezone(dt.timedelta(hours=-4))
TZ_EST = dt.timezone(dt.timedelta(hours=-5))

ORG_FR = "Institut de cardiologie de Val-Bruyère"
ORG_EN = "Val-Bruyère Heart Institute"
ORG_DOMAIN = "icvb.example"
ORG_ADDR = "2200, boulevard des Tilleuls, Val-Bruyère (Québec) J0V 1B0"

PARTNERS = {
    "hgl": ("Hôpital général de Lac-Vernier", "hglv.example"),
    "clsc": ("CLSC des Trois-Rives", "clsc3r.example"),
    "lake": ("Lakeshore Community Hospital", "lakeshorech.example"),
    "rideau": ("Rideau Valley General Hospital", "rvgh.example"),
    "pharm1": ("Pharmacie Beaudry-Lam", "pharmabl.example"),
    "pharm2": ("Pharmacie du Vieux-Moulin", "pharmavm.example"),
    "pharm3": ("Maple Row Pharmacy", "maplerowrx.example"),
    "ins1": ("Assurances Boréal", "boreal-assur.example"),
    "ins2": ("Northfield Life", "northfieldlife.example"),
    "transp": ("Transport adapté des Trois-Rives", "ta3r.example"),
    "namur": ("CHU de Namur-Sud", "chu-namursud.example"),
    "vienne": ("Centre hospitalier de Vienne-sur-Loire", "chvsl.example"),
    "mutu": ("Mutualité Hainaut-Condroz", "mutu-hc.example"),
    "cpam": ("Caisse primaire de Loire-Moyenne", "cpam-lm.example"),
    "dpj": ("Direction de la protection de la jeunesse — secteur Trois-Rives", "dpj3r.example"),
    "gmf": ("GMF des Quatre-Vents", "gmf4v.example"),
    "vendor1": ("Cardionyx Médical inc.", "cardionyx.example"),
    "vendor2": ("Pulsar Rhythm Systems", "pulsarrhythm.example"),
    "vendor3": ("Distributions Hémolab", "hemolab.example"),
    "assoc": ("Société d'insuffisance cardiaque du Québec-Centre", "sqic.example"),
}

FR_GIVEN_F = ["Ginette", "Lucie", "Francine", "Monique", "Hélène", "Claudette", "Réjeanne", "Nicole",
              "Colette", "Jocelyne", "Louise", "Carole", "Micheline", "Suzanne", "Pierrette", "Thérèse",
              "Yolande", "Chantal", "Isabelle", "Mélanie", "Émilie", "Karine", "Annie", "Véronique",
              "Rachel", "Murielle", "Solange", "Lise", "Noëlla", "Gisèle", "Fernande", "Maude"]
FR_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Yvon", "Gilbert", "Raymond", "Jean-Guy", "Marcel",
              "Lucien", "Roger", "Fernand", "Denis", "Serge", "Alain", "Benoît", "Sylvain", "Stéphane",
              "Mathieu", "Jérôme", "Éric", "Luc", "Rosaire", "Germain", "Clément", "Maurice", "Léo",
              "Hugo", "Olivier", "Yannick", "Jacques-Yves", "Rémi", "Ghislain"]
EN_GIVEN_F = ["Margaret", "Dorothy", "Linda", "Barbara", "Patricia", "Eileen", "Joan", "Heather",
              "Karen", "Sharon", "Deborah", "Wendy", "Megan", "Rachel", "Gwen", "Fiona", "Priya",
              "Olivia", "Hannah", "Beverly", "Judith", "Agnes", "Colleen", "Tanya"]
EN_GIVEN_M = ["Harold", "Kenneth", "Gordon", "Walter", "Douglas", "Ronald", "Stuart", "Neil",
              "Trevor", "Graham", "Wayne", "Brian", "Keith", "Dennis", "Arthur", "Victor", "Owen",
              "Rajesh", "Ahmed", "Tomasz", "Desmond", "Colin", "Glen", "Frank"]
FR_SURN = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Desrosiers", "Lemieux", "Beaulieu", "Dufour",
           "Béland", "Lachance", "Vaillancourt", "Ménard", "Dubé", "Charest", "Marchand", "Larouche",
           "Bissonnette", "Turcotte", "Boisvert", "Lévesque", "Hamelin", "Gosselin", "Rioux", "Poulin",
           "Francoeur", "Laflamme", "Després", "Gingras", "Trudel", "Bédard", "Labrecque", "St-Onge",
           "Audet", "Leclerc", "Drouin", "Provencher", "Veilleux", "Corriveau", "Larochelle", "Brassard"]
EN_SURN = ["Campbell", "O'Neill", "Fraser", "McKenzie", "Henderson", "Sutherland", "Harrison", "Kerr",
           "Doyle", "Whitfield", "Abernathy", "Crawford", "Lindqvist", "Patel", "Gallagher", "Morrison",
           "Kowalczyk", "Nguyen", "Haddad", "Okafor", "Rahman", "Ferreira", "Papadakis", "Chen",
           "Delaney", "Barker", "Stevenson", "Quinlan"]
OTHER_SURN = ["Benali", "Diallo", "Mendes", "Kovacs", "Zhou", "Alvarez", "Mukherjee", "Ibrahim",
              "Nakamura", "Petrov", "Oyelaran", "Castellanos", "Tran", "Haidari"]

STREETS_FR = ["rue des Érables", "rue Principale", "chemin du Lac-Vert", "avenue des Pins", "rue Sainte-Cécile",
              "boulevard Lasalle-Nord", "rang Saint-Joseph", "rue de la Fabrique", "rue du Moulin", "rue Notre-Dame Est",
              "avenue du Parc-Riverain", "croissant des Hirondelles", "rue Beaubien-Sud", "montée des Sources"]
STREETS_EN = ["Maple Crescent", "Elm Street", "Lakeview Drive", "Church Road", "Victoria Avenue", "Birch Lane",
              "Cedar Court", "Riverside Drive", "Hillcrest Road", "Queen Street North"]
CITIES = [("Val-Bruyère", "QC", "J0V"), ("Lac-Vernier", "QC", "J0L"), ("Saint-Aubin-des-Monts", "QC", "J0A"),
          ("Port-Aubert", "QC", "G0P"), ("Sainte-Odile", "QC", "J0S"), ("Trois-Rives", "QC", "G0T"),
          ("Pointe-aux-Saules", "QC", "H0P"), ("Beaconsfield-Est", "QC", "H0B")]
CITIES_ON = [("Rideau Falls", "ON", "K0R"), ("Carleton Mills", "ON", "K0C"), ("Eastview Landing", "ON", "K0E")]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

REF_DATE = dt.date(2025, 3, 1)


@dataclass
class Holder:
    surname: str
    given: str
    dob: dt.date
    sex: str
    nam: str


def load_holders():
    out = []
    for line in NAM_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sur, giv, dob, sex, nam = line.split()
        out.append(Holder(sur, giv, dt.date.fromisoformat(dob), sex, nam))
    return out


def fold(s):
    """lower-case, accent-free, NFKC (full-width to ASCII)."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    dob: dt.date = None
    lang: str = "fr"
    nam: str = None
    mrn: str = None
    phone: str = None
    cell: str = None
    street: str = None
    city: str = None
    prov: str = "QC"
    postal: str = None
    title: str = ""      # staff titles (Dr, Dre, inf., ...)
    role: str = ""
    email: str = ""
    ext: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, on=REF_DATE):
        d = self.dob
        return on.year - d.year - ((on.month, on.day) < (d.month, d.day))

    def addr_lines(self, lang="fr"):
        return [self.street, f"{self.city} ({'Québec' if self.prov == 'QC' else 'Ontario'})  {self.postal}"
                if lang == "fr" else f"{self.city}, {self.prov}  {self.postal}"]

    def addr_one(self, lang="fr"):
        return ", ".join(self.addr_lines(lang))


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s if c.isalnum() or c in "-_")


# ---------------------------------------------------------------- identifiers
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def gen_sin(rng):
    while True:
        first = rng.choice("1234567" "9")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 10 and num[0] != "0" and luhn.is_valid(num)


def gen_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{yy:02d}{mm:02d}{dd:02d}{serial:03d}"
        n = int(base) if dob.year < 2000 else int("2" + base)
        check = 97 - (n % 97)
        num = f"{base}{check:02d}"
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = f"{rng.choice([13, 21, 33, 37, 42, 44, 45, 49, 59, 63, 69, 72, 75, 86, 92]):02d}"
        commune = f"{rng.randrange(1, 990):03d}"
        order = f"{rng.randrange(1, 999):03d}"
        body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order}"
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "hyphen": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}",
        "lower": f"{a.lower()} {b} {c}",
        "fullwidth": f"{a} {fullwidth(b)} {fullwidth(c)}",
        "odd": f"{a}  {b[:2]} {b[2:]} {c[:2]} {c[2:]}",
    }[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"plain": n, "space": f"{a} {b} {c}", "hyphen": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fullwidth": fullwidth(f"{a} {b} {c}"), "slash": f"{a}/{b}/{c}"}[style]


def fmt_ohip(n, vc, style):
    return {"plain": f"{n}{vc}", "hyphen": f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", "space": f"{n[:4]} {n[4:7]} {n[7:]} {vc}",
            "dot": f"{n[:4]}.{n[4:7]}.{n[7:]}", "nocode": n}[style]


def fmt_niss(n, style):
    return {"plain": n, "std": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "space": f"{n[:6]} {n[6:9]} {n[9:]}", "slash": f"{n[:2]}/{n[2:4]}/{n[4:6]}/{n[6:9]}/{n[9:]}"}[style]


def fmt_nir(n, style):
    return {"plain": n, "space": f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            "dot": f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}",
            "key": f"{n[:13]} clé {n[13:]}"}[style]


def digits_only(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s) if c.isalnum()).upper()


# ---------------------------------------------------------------- dates
def d_fr(d, style=0):
    if style == 0:
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2:
        return d.isoformat()
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def d_en(d, style=0):
    if style == 0:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return d.isoformat()
    if style == 2:
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def dob_renderings(d):
    """All the ways a birth date may be written in this corpus (for the checker)."""
    out = {d_fr(d, i) for i in range(4)} | {d_en(d, i) for i in range(4)}
    out.add(f"{d.day:02d}-{d.month:02d}-{d.year}")
    out.add(f"{d.year}{d.month:02d}{d.day:02d}")
    out.add(f"{d.day:02d}.{d.month:02d}.{d.year}")
    return out


def d_short_fr(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"


def d_short_en(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def stable_hex(*parts, n=16):
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()
    return h[:n]


# ---------------------------------------------------------------- world
class World:
    """Random but reproducible people and numbers for one corpus."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.holders = load_holders()
        self.holder_surnames = {fold(h.surname) for h in self.holders}
        self.holder_full = {(fold(h.given), fold(h.surname)) for h in self.holders}
        order = list(range(len(self.holders)))
        self.rng.shuffle(order)
        self._holder_queue = [self.holders[i] for i in order]
        self.used_names = set()
        self.used_numbers = set()
        self.staff = self._make_staff()

    # -- numbers
    def phone(self, area=None):
        area = area or self.rng.choice(["514", "450", "819", "438", "579", "873"])
        return f"{area}-555-01{self.rng.randrange(0, 100):02d}"

    def postal(self, fsa):
        r = self.rng
        return f"{fsa} {r.randrange(1, 10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(0, 10)}"

    def mrn(self, style=None):
        r = self.rng
        n = r.randrange(100000, 9999999)
        style = style if style is not None else r.randrange(6)
        if style == 0:
            return f"{n:07d}"
        if style == 1:
            return f"ICVB-{n:07d}"
        if style == 2:
            s = f"{n:07d}"
            return f"{s[:3]} {s[3:]}"
        if style == 3:
            return f"H{n:07d}"
        if style == 4:
            s = f"{n:08d}"
            return f"{s[:2]}-{s[2:5]}-{s[5:]}"
        return f"{n:07d}".replace("", " ").strip() if r.random() < 0.3 else f"0{n:07d}"

    # -- names
    def _name_ok(self, given, surname):
        key = (fold(given), fold(surname))
        return key not in self.holder_full and key not in self.used_names

    def _pick_name(self, lang, sex, staff=False):
        r = self.rng
        for _ in range(500):
            if lang == "fr":
                given = r.choice(FR_GIVEN_F if sex == "F" else FR_GIVEN_M)
                surname = r.choice(FR_SURN + OTHER_SURN[:6])
            else:
                given = r.choice(EN_GIVEN_F if sex == "F" else EN_GIVEN_M)
                surname = r.choice(EN_SURN + OTHER_SURN[6:])
            if staff and fold(surname) in self.holder_surnames:
                continue
            if self._name_ok(given, surname):
                self.used_names.add((fold(given), fold(surname)))
                return given, surname
        raise RuntimeError("name pool exhausted")

    def _make_staff(self):
        r = self.rng
        roles = [
            ("cardio", 14), ("nurse", 10), ("clerk", 8), ("echo", 5), ("device", 5), ("kin", 4),
            ("pharm", 2), ("sw", 2), ("manager", 4), ("it", 3), ("facil", 2), ("hr", 3), ("pay", 2),
            ("research", 3), ("comm", 2), ("purch", 2),
        ]
        staff = {}
        for role, n in roles:
            lst = []
            for _ in range(n):
                sex = r.choice("FM")
                lang = "fr" if r.random() < 0.65 else "en"
                g, s = self._pick_name(lang, sex, staff=True)
                p = Person(g, s, sex, lang=lang, role=role)
                p.email = f"{ascii_slug(g).lower()}.{ascii_slug(s).lower()}@{ORG_DOMAIN}"
                p.ext = str(r.randrange(2000, 7999))
                p.title = {"cardio": "Dre" if sex == "F" else "Dr"}.get(role, "")
                lst.append(p)
            staff[role] = lst
        return staff

    def pick_staff(self, role):
        return self.rng.choice(self.staff[role])

    def _fill_patient(self, p, lang, ontario=False):
        r = self.rng
        if ontario:
            city, prov, fsa = r.choice(CITIES_ON)
        else:
            city, prov, fsa = r.choice(CITIES)
        num = r.randrange(12, 9800)
        street = r.choice(STREETS_FR if lang == "fr" or prov == "QC" and r.random() < 0.6 else STREETS_EN)
        if street in STREETS_FR:
            p.street = f"{num}, {street}" + (f", app. {r.randrange(1, 30)}" if r.random() < 0.3 else "")
        else:
            p.street = (f"Apt {r.randrange(1, 30)}, " if r.random() < 0.3 else "") + f"{num} {street}"
        p.city, p.prov, p.postal = city, prov, self.postal(fsa)
        p.phone = self.phone("613" if ontario else None)
        p.cell = self.phone("613" if ontario else None)
        p.mrn = self.mrn()
        return p

    def patient(self, lang="fr", nam=False, sex=None, age=(45, 92), ontario=False):
        r = self.rng
        if nam:
            for i in range(len(self._holder_queue) - 1, -1, -1):
                h = self._holder_queue[i]
                hp = Person(h.given, h.surname, h.sex, h.dob, lang=lang, nam=h.nam)
                if age[0] <= hp.age() <= age[1]:
                    del self._holder_queue[i]
                    return self._fill_patient(hp, lang, ontario)
        sex = sex or r.choice("FM")
        g, s = self._pick_name(lang if r.random() < 0.85 else ("en" if lang == "fr" else "fr"), sex)
        a = r.randint(*age)
        dob = dt.date(REF_DATE.year - a, r.randint(1, 12), r.randint(1, 28))
        p = Person(g, s, sex, dob, lang=lang)
        return self._fill_patient(p, lang, ontario)

    def holders_left(self):
        return len(self._holder_queue)

    def date_between(self, start, end):
        days = (end - start).days
        return start + dt.timedelta(days=self.rng.randrange(days + 1))

    def future(self, base, lo=2, hi=40):
        d = base + dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d


# ---------------------------------------------------------------- name styles
def title_of(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


def name_as(p, style, lang="fr"):
    g, s = p.given, p.surname
    return {
        "full": f"{g} {s}",
        "title": f"{title_of(p, lang)} {g} {s}",
        "title_sur": f"{title_of(p, lang)} {s}",
        "sf_caps": f"{s.upper()}, {g}",
        "sf": f"{s}, {g}",
        "sf_plain": f"{s} {g}",
        "lower": f"{g.lower()} {s.lower()}",
        "lower_sur": f"{s.lower()}",
        "initial": f"{g[0]}. {s}",
        "initials2": f"{g[0]}.{s[0]}. {s}",
        "given": g,
        "caps": f"{g.upper()} {s.upper()}",
    }[style]


def sex_word(p, lang, style=0):
    if lang == "fr":
        return [p.sex, f"sexe : {p.sex}", "féminin" if p.sex == "F" else "masculin"][style]
    return [p.sex, f"sex: {p.sex}", "female" if p.sex == "F" else "male"][style]


def signature(s, lang, org=True, short=False):
    lines = []
    nm = f"{s.title} {s.full}".strip()
    role = ROLE_TITLES[s.role][0 if lang == "fr" else 1]
    if s.sex == "M" and lang == "fr":
        for fem, masc in MASC.items():
            role = role.replace(fem, masc)
    lines.append(nm)
    if short:
        return "\n".join(lines + [f"poste {s.ext}" if lang == "fr" else f"ext. {s.ext}"])
    lines.append(role)
    if org:
        lines.append(ORG_FR if lang == "fr" else ORG_EN)
        lines.append(ORG_ADDR)
        lines.append(("Tél. : 819-555-0100, poste " if lang == "fr" else "Tel. 819-555-0100 ext. ") + s.ext)
    return "\n".join(lines)


MASC = {"Agente administrative": "Agent administratif", "Infirmière clinicienne": "Infirmier clinicien",
        "Technicienne": "Technicien", "Travailleuse sociale": "Travailleur social", "Conseillère": "Conseiller",
        "Coordonnatrice": "Coordonnateur", "Pharmacienne": "Pharmacien"}

ROLE_TITLES = {
    "cardio": ("Cardiologue", "Cardiologist"),
    "nurse": ("Infirmière clinicienne, clinique d'insuffisance cardiaque", "Clinical nurse, heart failure clinic"),
    "clerk": ("Agente administrative", "Administrative officer"),
    "echo": ("Technologue en échographie cardiaque", "Cardiac sonographer"),
    "device": ("Technicienne en électrophysiologie, clinique de stimulateurs", "Device clinic technologist"),
    "kin": ("Kinésiologue, réadaptation cardiaque", "Kinesiologist, cardiac rehabilitation"),
    "pharm": ("Pharmacienne", "Pharmacist"),
    "sw": ("Travailleuse sociale", "Social worker"),
    "manager": ("Chef de service", "Service manager"),
    "it": ("Technicienne, soutien informatique", "IT support technician"),
    "facil": ("Services techniques", "Facilities"),
    "hr": ("Conseillère en ressources humaines", "Human resources advisor"),
    "pay": ("Service de la paie", "Payroll"),
    "research": ("Coordonnatrice de recherche", "Research coordinator"),
    "comm": ("Communications", "Communications"),
    "purch": ("Approvisionnement", "Procurement"),
}


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.splitlines())
