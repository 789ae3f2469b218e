"""Common helpers: deterministic randomness, people, identifiers, dates, disguises.

Part of the synthetic hospital-administration mail corpus (see README.md).
Everything here is invented; RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


def fold(s):
    """Lower-case, strip accents, collapse everything that is not a letter/digit into single spaces."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    out, prev_space = [], True
    for ch in s:
        if ch.isalnum():
            out.append(ch)
            prev_space = False
        elif not prev_space:
            out.append(" ")
            prev_space = True
    return "".join(out).strip()


# --------------------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)

    def full(self):
        return f"{self.given} {self.surname}"


def load_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            holders.append(Holder(surname, given, dob, sex, nam))
    return holders


# --------------------------------------------------------------------------- name pools
FR_GIVEN_F = ["Lucie", "Chantal", "Francine", "Isabelle", "Mélanie", "Caroline", "Johanne", "Hélène", "Véronique",
              "Annie", "Julie", "Karine", "Marie-Ève", "Louise", "Lise", "Nicole", "Solange", "Rachel", "Jocelyne",
              "Émilie", "Catherine", "Audrey", "Stéphanie", "Maude", "Rosalie", "Gabrielle", "Thérèse", "Micheline",
              "Claudette", "Pierrette", "Yolande", "Noémie", "Léa", "Camille", "Marianne", "Andrée", "Huguette"]
FR_GIVEN_M = ["Jean-Pierre", "Réjean", "Gaétan", "Normand", "Sylvain", "Martin", "Stéphane", "Éric", "Benoît",
              "Yves", "Luc", "Mathieu", "François", "Guy", "Raymond", "Serge", "Denis", "Alain", "Jean-Guy",
              "Marcel", "Rosaire", "Léo", "Félix", "Olivier", "Samuel", "Hugo", "Étienne", "Maxime", "Philippe",
              "Germain", "Laurent", "Bruno", "Richard", "Gilbert", "Clément", "Rémi", "Jacques-Yves"]
EN_GIVEN_F = ["Margaret", "Linda", "Karen", "Heather", "Jennifer", "Susan", "Patricia", "Wendy", "Kelly",
              "Rebecca", "Olivia", "Chloe", "Megan", "Brenda", "Janet", "Gail", "Fiona", "Alison", "Nora",
              "Abigail", "Hannah", "Lauren", "Rachel", "Tracy", "Joyce", "Irene", "Evelyn", "Priya", "Amira"]
EN_GIVEN_M = ["William", "Thomas", "Kevin", "Brian", "Gordon", "Douglas", "Steven", "Patrick", "Ryan",
              "Graham", "Neil", "Colin", "Trevor", "Arthur", "Harold", "Walter", "Nathan", "Owen", "Ethan",
              "Derek", "Stuart", "Ian", "Victor", "Rajesh", "Omar", "Daniel", "Gregory", "Keith", "Ross"]
FR_SURNAMES = ["Tremblay", "Bergeron", "Côté", "Desrosiers", "Lavoie", "Lemieux", "Dubé", "Pépin", "Turcotte",
               "Beaulieu", "Vachon", "Lachance", "Gingras", "Boivin", "Charest", "Laflamme", "Bélisle", "Plourde",
               "Rioux", "Lacasse", "Provencher", "Dufresne", "Carrier", "Lévesque", "Vaillancourt", "Marcoux",
               "Poulin", "Thériault", "Bédard", "St-Pierre", "Després", "Labrecque", "Hébert", "Gosselin",
               "Laliberté", "Fréchette", "Beauchemin", "Lemay", "Paradis", "Racine", "Lalonde", "Ouimet",
               "Bilodeau", "Champagne", "Daigle", "Guérin", "Jodoin", "Nolin", "Perreault", "Sauvé"]
EN_SURNAMES = ["Henderson", "McKenzie", "O'Brien", "Campbell", "Fraser", "Stewart", "Morrison", "Walsh",
               "Hughes", "Patterson", "Reid", "Kowalski", "Ferguson", "Graham", "Sinclair", "Murray", "Bennett",
               "Doyle", "Harrison", "Sullivan", "Lawson", "Chen", "Nguyen", "Singh", "Haddad", "Rossi",
               "Kaur", "Okafor", "Abbott", "Whitfield", "Carmichael", "Donnelly", "Fitzgerald", "Pearson"]

FR_STREETS = ["rue des Érables", "boulevard Labelle", "rue Saint-Georges", "chemin du Lac-Noir", "rue Principale",
              "avenue des Pins", "rue Notre-Dame Ouest", "montée Sainte-Thérèse", "rang Saint-Joseph",
              "rue de la Fabrique", "boulevard Curé-Labelle", "rue Champlain", "croissant des Outardes"]
EN_STREETS = ["Maple Crescent", "Lakeshore Road", "Elm Street", "Church Street", "Cedar Avenue",
              "Sunnyside Drive", "Victoria Street", "Beaconsfield Blvd", "Birch Lane", "Queen Street West"]
CITIES_QC = [("Saint-Aurèle", "J7Z"), ("Sainte-Adèle-des-Monts", "J8B"), ("Lac-Brûlé", "J0T"),
             ("Pointe-Claire-Ouest", "H9S"), ("Val-des-Érables", "J5R"), ("Saint-Lin-du-Ruisseau", "J5M"),
             ("Westlake", "H9W"), ("Rivière-aux-Outardes", "J0V")]
CITIES_ON = [("Hawkesbury-Est", "K6A"), ("Cornwall Heights", "K6H"), ("Ottawa", "K1N")]
AREA_QC = ["450", "514", "819", "579", "438"]


class Person:
    """A person: patient, staff, donor... Not a RAMQ holder unless `holder` is set."""

    def __init__(self, given, surname, sex, lang, dob=None, holder=None):
        self.given, self.surname, self.sex, self.lang = given, surname, sex, lang
        self.dob, self.holder = dob, holder
        self.address = self.city = self.postal = self.phone = None
        self.nam = holder.nam if holder else None

    def full(self):
        return f"{self.given} {self.surname}"

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def titled(self, lang):
        return f"{self.title(lang)} {self.full()}"

    def dr(self, lang):
        if lang == "fr":
            return "Dre" if self.sex == "F" else "Dr"
        return "Dr."

    def initials(self):
        parts = self.given.replace("-", " - ").split()
        ini = "".join("-" if p == "-" else p[0] + "." for p in parts)
        return f"{ini} {self.surname}"

    def born(self, lang):
        if lang == "fr":
            return "née" if self.sex == "F" else "né"
        return "born"

    def pron(self, lang):
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def poss(self):
        return "her" if self.sex == "F" else "his"


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.holders = load_holders()
        self.holder_keys = set()
        for h in self.holders:
            self.holder_keys.add((fold(h.given), fold(h.surname)))
        self._holder_order = list(range(len(self.holders)))
        self.rng.shuffle(self._holder_order)
        self._holder_next = 0
        self._used_names = set()
        self._phone_pool = [f"{n:04d}" for n in range(100, 200)]
        self.rng.shuffle(self._phone_pool)
        self._phone_next = 0

    # -- random helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # -- people
    def is_holder_name(self, given, surname):
        return (fold(given), fold(surname)) in self.holder_keys

    def new_person(self, lang=None, sex=None, dob_range=(1932, 2021), unique=True):
        lang = lang or self.pick(["fr", "en"])
        for _ in range(1000):
            s = sex or self.pick("FM")
            if lang == "fr" or self.chance(0.25):
                given = self.pick(FR_GIVEN_F if s == "F" else FR_GIVEN_M)
            else:
                given = self.pick(EN_GIVEN_F if s == "F" else EN_GIVEN_M)
            surname = self.pick(FR_SURNAMES if (lang == "fr" or self.chance(0.3)) else EN_SURNAMES)
            if self.is_holder_name(given, surname):
                continue
            key = (given, surname)
            if unique and key in self._used_names:
                continue
            self._used_names.add(key)
            dob = self.date_between(datetime.date(dob_range[0], 1, 1), datetime.date(dob_range[1], 12, 28))
            p = Person(given, surname, s, lang, dob=dob)
            self._fill_contact(p, lang)
            return p
        raise RuntimeError("name pool exhausted")

    def holder_person(self, lang=None):
        h = self.holders[self._holder_order[self._holder_next % len(self.holders)]]
        self._holder_next += 1
        lang = lang or "fr"
        p = Person(h.given, h.surname, h.sex, lang, dob=h.dob, holder=h)
        self._fill_contact(p, lang)
        return p

    def patient(self, lang, with_nam=False, **kw):
        return self.holder_person(lang) if with_nam else self.new_person(lang, **kw)

    def staff(self, lang=None, sex=None):
        return self.new_person(lang, sex=sex, dob_range=(1960, 1998))

    def _fill_contact(self, p, lang):
        ontario = False
        if lang == "fr" or self.chance(0.5):
            p.address = f"{self.randint(12, 2980)}, {self.pick(FR_STREETS)}"
        else:
            p.address = f"{self.randint(12, 2980)} {self.pick(EN_STREETS)}"
        city, fsa = self.pick(CITIES_ON if ontario else CITIES_QC)
        p.city = city
        p.postal = f"{fsa} {self.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{self.randint(1, 9)}"
        p.phone = self.phone()

    def phone(self, area=None):
        num = self._phone_pool[self._phone_next % len(self._phone_pool)]
        self._phone_next += 1
        area = area or self.pick(AREA_QC)
        style = self.rng.randrange(4)
        if style == 0:
            return f"({area}) 555-{num}"
        if style == 1:
            return f"{area}-555-{num}"
        if style == 2:
            return f"{area} 555-{num}"
        return f"{area}.555.{num}"

    # -- dates
    def date_between(self, a, b):
        return a + datetime.timedelta(days=self.rng.randrange((b - a).days + 1))

    def recent_date(self):
        return self.date_between(datetime.date(2024, 9, 2), datetime.date(2025, 9, 26))

    def sent_at(self, day=None):
        day = day or self.recent_date()
        t = datetime.time(self.randint(7, 18), self.randint(0, 59), self.randint(0, 59))
        tz = datetime.timezone(datetime.timedelta(hours=-4 if 4 <= day.month <= 10 else -5))
        return datetime.datetime.combine(day, t, tzinfo=tz)


# --------------------------------------------------------------------------- dates as text
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def d_long(d, lang):
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_num(ctx, d, lang):
    style = ctx.rng.randrange(4)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if lang == "fr" else f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 2:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return d_long(d, lang)


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- identifiers
FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def fullwidth(s):
    return s.translate(FULLWIDTH)


def gen_sin(ctx):
    while True:
        body = str(ctx.pick("1234567")) + "".join(str(ctx.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(ctx, n, allow_fw=True, style=None):
    style = ctx.rng.randrange(6 if allow_fw else 5) if style is None else style
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n, f"{n[:3]}.{n[3:6]}.{n[6:]}",
            f"{n[:3]}  {n[3:6]}  {n[6:]}", fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}")][style]


def gen_ohn(ctx):
    while True:
        body = str(ctx.randint(1, 9)) + "".join(str(ctx.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n, ctx.pick(["AB", "HK", "XT", "MN", "RJ", ""])


def fmt_ohn(ctx, n, vc):
    style = ctx.rng.randrange(4)
    core = [f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:7]} {n[7:]}", n, f"{n[:4]}/{n[4:7]}/{n[7:]}"][style]
    return f"{core} {vc}".strip() if ctx.chance(0.5) else (f"{core}-{vc}" if vc else core)


def gen_niss(ctx, dob, sex):
    while True:
        serial = ctx.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial:03d}"
        num = int(("2" + base) if dob.year >= 2000 else base)
        n = base + f"{97 - num % 97:02d}"
        if be_nn.is_valid(n):
            return n


def fmt_niss(ctx, n):
    style = ctx.rng.randrange(4)
    return [be_nn.format(n), f"{n[:6]}-{n[6:9]}-{n[9:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}"][style]


def gen_nir(ctx, dob, sex):
    dept = ctx.pick(["75", "69", "13", "33", "59", "67", "44", "35", "06", "31", "38", "974"])
    if len(dept) == 3:
        place = dept + f"{ctx.randint(1, 24):02d}"
    else:
        place = dept + f"{ctx.randint(1, 350):03d}"
    base = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{place}{ctx.randint(1, 999):03d}"
    n = base + f"{97 - int(base) % 97:02d}"
    assert fr_nir.is_valid(n), n
    return n


def fmt_nir(ctx, n):
    style = ctx.rng.randrange(3)
    if style == 0:
        return fr_nir.format(n)
    if style == 1:
        return n
    return f"{n[:13]} {n[13:]}"


def fmt_nam(ctx, nam, allow_fw=True, style=None):
    style = ctx.rng.randrange(8 if allow_fw else 7) if style is None else style
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [f"{a} {b} {c}", nam, f"{a}{b}{c}".lower(), f"{a}-{b}-{c}", f"{a} {b[:2]} {b[2:]} {c}",
            f"{a}.{b}.{c}", f"{a}/{b}/{c}", f"{a} {fullwidth(b)} {fullwidth(c)}"][style]


def gen_mrn(ctx):
    return f"{ctx.randint(0, 2)}{ctx.randint(100000, 999999)}"


def fmt_mrn(ctx, m, site="HSA", style=None):
    style = ctx.rng.randrange(7) if style is None else style
    return [m, f"{site}-{m}", f"{m[:2]} {m[2:4]} {m[4:]}", f"{site} {m}", f"{m[:3]}-{m[3:]}",
            f"{m[:1]}.{m[1:4]}.{m[4:]}", f"{site}/{m}"][style]


# --------------------------------------------------------------------------- organisation
ORG = {
    "fr_name": "CISSS de la Vallée-des-Érables",
    "en_name": "Vallée-des-Érables Integrated Health and Social Services Centre",
    "dom": "cisssve.example",
    "hosp_fr": ["Hôpital de Saint-Aurèle", "Hôpital régional de Lac-Brûlé", "Hôpital Westlake"],
    "hosp_en": ["Westlake Hospital", "Saint-Aurèle Hospital", "Lac-Brûlé Regional Hospital"],
    "found_dom": "fondation-hsa.example",
    "main_phone": "450 555-0100",
}

SERVICES = {
    "dg": ("Bureau de la présidente-directrice générale", "Office of the President and CEO", "bureau.pdg"),
    "jur": ("Direction des affaires juridiques et institutionnelles", "Legal and Institutional Affairs",
            "affaires.juridiques"),
    "cpqs": ("Commissariat aux plaintes et à la qualité des services", "Service Quality and Complaints Commissioner",
             "commissaire.plaintes"),
    "ass": ("Service des assurances et des réclamations", "Insurance and Claims Office", "assurances"),
    "fond": ("Fondation de l'Hôpital de Saint-Aurèle", "Saint-Aurèle Hospital Foundation", "fondation"),
    "comm": ("Direction des communications et des relations médias", "Communications and Media Relations",
             "communications"),
    "qual": ("Direction de la qualité, de l'évaluation, de la performance et de l'éthique",
             "Quality, Evaluation, Performance and Ethics", "qualite"),
    "arch": ("Service des archives médicales", "Health Records Department", "archives"),
    "risq": ("Gestion intégrée des risques", "Integrated Risk Management", "gestion.risques"),
    "rh": ("Direction des ressources humaines", "Human Resources", "rh"),
    "sst": ("Santé et sécurité du travail", "Occupational Health and Safety", "sst"),
    "fin": ("Direction des ressources financières", "Financial Resources", "finances"),
    "ti": ("Direction des ressources informationnelles", "Information Technology", "ti"),
}


def addr_of(person, dom=None):
    dom = dom or ORG["dom"]
    local = fold(person.given).replace(" ", "-") + "." + fold(person.surname).replace(" ", "")
    return f"{local}@{dom}"


def svc_name(key, lang):
    fr, en, _ = SERVICES[key]
    return fr if lang == "fr" else en


def svc_addr(key):
    return f"{SERVICES[key][2]}@{ORG['dom']}"


def gen_bn(ctx):
    """A Canada Revenue Agency business number root (9 digits, Luhn-valid) — a business, never a person."""
    body = str(ctx.randint(1, 9)) + "".join(str(ctx.randint(0, 9)) for _ in range(7))
    return body + luhn.calc_check_digit(body)


def gen_luhn_serial(ctx, n=10):
    body = str(ctx.randint(1, 9)) + "".join(str(ctx.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)
