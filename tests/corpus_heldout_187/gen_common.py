"""Shared helpers: randomness, people, identifiers and their many spellings.

Everything here is invented. Phone numbers use 555-01xx, domains end in .example.
"""
import datetime as _dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, os.pardir, "blind_nams.txt")

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- NAM holders
class Person:
    """A patient (or a NAM holder)."""

    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'M' or 'F'
        self.nam = nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.ids = {}             # kind -> raw value

    @property
    def f(self):
        return self.sex == "F"

    def age(self, when):
        d = when.date() if isinstance(when, _dt.datetime) else when
        a = d.year - self.dob.year
        if (d.month, d.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    out = []
    with open(NAMS_PATH, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(sur, giv, _dt.date(y, m, d), sex, nam))
    return out


NAM_HOLDERS = load_nam_holders()
HOLDER_SURNAMES = {p.surname.lower() for p in NAM_HOLDERS}
HOLDER_GIVEN = {p.given.lower() for p in NAM_HOLDERS}

# ---------------------------------------------------------------- name pools
_FR_SUR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Ouimet", "Turcotte", "Beaulieu",
           "Desjardins", "Lemieux", "Gosselin", "Vachon", "Charbonneau", "Rioux", "Dufour",
           "Marchand", "Lefebvre", "Proulx", "Boisvert", "Hébert", "Lachance", "Bédard",
           "Champagne", "Plante", "Deschênes", "Labrecque", "Thériault", "Vaillancourt", "Poulin",
           "Grenier", "Asselin", "Laflamme", "Jobin", "Corriveau", "Beauchemin", "Dionne", "Allard",
           "Brassard", "Gingras", "Trudel", "Huot", "Larouche", "St-Pierre", "Lévesque", "Ménard",
           "Nolin", "Paradis", "Rochon", "Sirois", "Veilleux", "Bolduc", "Carrier", "Fréchette",
           "Giguère", "Laberge", "Maltais", "Néron", "Perreault", "Rousseau", "Tanguay"]
_EN_SUR = ["Harper", "O'Neill", "Fraser", "Whitfield", "Kowalski", "Mitchell", "Greer", "Donnelly",
           "Patel", "Nguyen", "Chen", "Okafor", "Reyes", "Sullivan", "Abernathy", "Lindqvist",
           "Hart", "Kerr", "Baptiste", "Haddad", "Novak", "Pereira", "Doyle", "Walsh", "Bishop",
           "Sinclair", "Dempsey", "Farrow", "Gallagher", "Hollis", "Iverson", "Jennings", "Keogh",
           "Lyall", "McAllister", "Osei", "Pryce", "Quinlan", "Rutherford", "Stroud"]
_FR_GIV_F = ["Lise", "Chantal", "Mélanie", "Huguette", "Isabelle", "Francine", "Karine",
             "Jocelyne", "Véronique", "Roxanne", "Nicole", "Maude", "Carole", "Annie", "Solange",
             "Pascale", "Rachel", "Marie-Ève", "Lucie", "Hélène"]
_FR_GIV_M = ["Réjean", "Normand", "Sylvain", "Stéphane", "Gaétan", "Yves", "Benoît", "Luc",
             "Mathieu", "Éric", "Serge", "Alexandre", "Raymond", "Jean-Guy", "Patrice", "Guy",
             "Martin", "François", "Jérôme", "Olivier"]
_EN_GIV_F = ["Margaret", "Brenda", "Aisha", "Priya", "Heather", "Tanya", "Leah", "Nadia",
             "Joanne", "Fiona", "Caroline", "Deborah", "Megan", "Rosalind", "Yvonne", "Tessa"]
_EN_GIV_M = ["Kevin", "Trevor", "Colin", "Derek", "Omar", "Graham", "Wesley", "Howard", "Raj",
             "Dwayne", "Curtis", "Nigel", "Stuart", "Brendan", "Felix", "Gordon"]


def _clean(pool, exclude):
    return [x for x in pool if x.lower() not in exclude]


FR_SUR = _clean(_FR_SUR, HOLDER_SURNAMES)
EN_SUR = _clean(_EN_SUR, HOLDER_SURNAMES)
FR_GIV = {"F": _clean(_FR_GIV_F, HOLDER_GIVEN), "M": _clean(_FR_GIV_M, HOLDER_GIVEN)}
EN_GIV = {"F": _clean(_EN_GIV_F, HOLDER_GIVEN), "M": _clean(_EN_GIV_M, HOLDER_GIVEN)}

# ---------------------------------------------------------------- places
STREETS_FR = ["rue des Ormeaux", "boul. Champlain-Nord", "chemin du Rang-Sept", "avenue des Pins-Gris",
              "rue du Coteau-Vert", "rue Sainte-Aurélie", "montée des Érables-Rouges",
              "rue de la Fabrique-Vieille", "rang Saint-Ovide", "rue des Hirondelles"]
STREETS_EN = ["Birchmount Crescent", "Alder Lane", "Quarry Road", "Wexford Street", "Millrace Drive",
              "Tamarack Court", "Lower Fenwick Road", "Heron Bay Avenue"]
CITIES_QC = [("Val-Brûlé", "J0X"), ("Saint-Aurèle", "J7Z"), ("Pointe-aux-Ormes", "G0W"),
             ("Saint-Éloi-des-Monts", "G0Y"), ("Rivière-aux-Saules", "J0W"), ("Port-Ambroise", "G5Z")]
CITIES_ON = [("Kinross Falls", "K0Q"), ("Port Aldwyn", "K9Z")]

# our organisation and its correspondents (all invented)
ORG = {
    "fr_hosp": "Hôpital Saint-Aurèle",
    "fr_cisss": "CISSS du Val-Brûlé",
    "fr_dom": "cisss-valbrule.example",
    "en_hosp": "Riverbend General Hospital",
    "en_dom": "riverbend-gh.example",
    "trauma": "CHU de Mont-Vallier",
    "trauma_en": "Mont-Vallier University Health Centre",
    "trauma_dom": "chumv.example",
    "on_hosp": "Kinross Valley Hospital",
    "on_dom": "kinross-vh.example",
    "peds": "Centre pédiatrique Sainte-Justine-des-Monts",
    "peds_dom": "cpsjm.example",
}
AREA = ["450", "819", "418", "514"]


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self._holders = list(NAM_HOLDERS)
        self.rng.shuffle(self._holders)
        self._hidx = 0
        self._used_names = set()
        self._msgn = 0

    # -- choices
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # -- phones / addresses
    def phone(self, area=None, style=None):
        area = area or self.pick(AREA)
        n = "555-01%02d" % self.randint(0, 99)
        style = style or self.pick(["paren", "dash", "dot", "space"])
        if style == "paren":
            return "(%s) %s" % (area, n)
        if style == "dash":
            return "%s-%s" % (area, n)
        if style == "dot":
            return "%s.%s" % (area, n.replace("-", "."))
        return "%s %s" % (area, n.replace("-", " "))

    def address(self, lang="fr", province="QC"):
        num = self.randint(12, 4890)
        if province == "ON":
            city, fsa = self.pick(CITIES_ON)
            street = self.pick(STREETS_EN)
            pc = "%s %d%s%d" % (fsa, self.randint(1, 9), self.pick("ABCEGHJKLMNPRSTVWXYZ"), self.randint(0, 9))
            return "%d %s, %s, ON %s" % (num, street, city, pc)
        city, fsa = self.pick(CITIES_QC)
        pc = "%s %d%s%d" % (fsa, self.randint(1, 9), self.pick("ABCEGHJKLMNPRSTVWXYZ"), self.randint(0, 9))
        if lang == "en" and self.chance(0.5):
            return "%d %s, %s, QC %s" % (num, self.pick(STREETS_EN), city, pc)
        apt = ("app. %d, " % self.randint(1, 12)) if self.chance(0.3) else ""
        return "%d, %s, %s%s (Québec) %s" % (num, self.pick(STREETS_FR), apt, city, pc)

    # -- people
    def _fresh_name(self, lang, sex):
        sur_pool = FR_SUR if lang == "fr" else EN_SUR
        giv_pool = (FR_GIV if lang == "fr" else EN_GIV)[sex]
        for _ in range(200):
            s, g = self.pick(sur_pool), self.pick(giv_pool)
            if (s, g) not in self._used_names:
                self._used_names.add((s, g))
                return s, g
        return s, g

    def staff(self, lang=None, sex=None):
        lang = lang or self.pick(["fr", "en"])
        sex = sex or self.pick(["F", "M"])
        s, g = self._fresh_name(lang if self.chance(0.85) else ("en" if lang == "fr" else "fr"), sex)
        return Staff(s, g, sex)

    def patient(self, lang="fr", nam=False, min_age=18, max_age=95, when=None):
        """nam=True draws the next blind NAM holder (respecting the age window)."""
        when = when or _dt.date(2025, 3, 1)
        if nam:
            for _ in range(len(self._holders)):
                p = self._holders[self._hidx % len(self._holders)]
                self._hidx += 1
                if min_age <= p.age(when) <= max_age:
                    return self._equip(p, lang)
            raise RuntimeError("no NAM holder in age window")
        sex = self.pick(["F", "M"])
        s, g = self._fresh_name(lang, sex)
        age = self.randint(min_age, max_age)
        dob = _dt.date(when.year - age - 1, self.randint(1, 12), self.randint(1, 28))
        return self._equip(Person(s, g, dob, sex), lang)

    def _equip(self, p, lang):
        if p.mrn is None:
            p.mrn = "%07d" % self.randint(1000000, 9899999)
            p.phone = self.phone()
            p.address = self.address(lang)
        return p

    # -- message ids and dates
    def when(self, month=None):
        m = month or self.randint(1, 6)
        d = self.randint(1, 28)
        h = self.pick([0, 1, 2, 3, 6, 7, 7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 21, 22, 23])
        off = -5 if (m < 3 or (m == 3 and d < 9)) else -4
        tz = _dt.timezone(_dt.timedelta(hours=off))
        return _dt.datetime(2025, m, d, h, self.randint(0, 59), self.randint(0, 59), tzinfo=tz)

    def msgid(self, domain):
        self._msgn += 1
        tok = "%08x.%04x%06x" % (self.rng.getrandbits(32), self._msgn, self.rng.getrandbits(24))
        return "<%s@%s>" % (tok, domain)

    # -- other identifiers (valid by checksum)
    def sin(self):
        while True:
            base = str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(self.randint(0, 9)) for _ in range(7))
            v = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(v):
                return v

    def ohip(self):
        while True:
            base = str(self.randint(1, 9)) + "".join(str(self.randint(0, 9)) for _ in range(8))
            v = base + luhn.calc_check_digit(base)
            if luhn.is_valid(v):
                return v

    def niss(self, p):
        while True:
            yy = p.dob.strftime("%y%m%d")
            ser = "%03d" % (self.randint(1, 997) | 1 if not p.f else (self.randint(1, 997) // 2) * 2 + 2)
            first = yy + ser
            num = int(("2" + first) if p.dob.year >= 2000 else first)
            chk = 97 - num % 97
            v = first + "%02d" % chk
            if be_nn.is_valid(v):
                return v

    def nir(self, p):
        while True:
            sx = "2" if p.f else "1"
            dep = self.pick(["75", "69", "13", "33", "44", "59", "67", "35", "31"])
            first = "%s%s%02d%s%03d%03d" % (sx, p.dob.strftime("%y"), p.dob.month, dep,
                                              self.randint(1, 990), self.randint(1, 999))
            key = 97 - int(first) % 97
            v = first + "%02d" % key
            if fr_nir.is_valid(v):
                return v


class Staff:
    def __init__(self, surname, given, sex):
        self.surname, self.given, self.sex = surname, given, sex

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def dr(self, lang="fr"):
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.full
        return "Dr. " + self.full

    def email(self, domain):
        def asc(s):
            return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() or c == "-").lower()
        return "%s.%s@%s" % (asc(self.given), asc(self.surname).replace("'", ""), domain)


# ---------------------------------------------------------------- spellings
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def name_as(p, style, lang="fr"):
    """Many ways to write a person's name."""
    s, g = p.surname, p.given
    if style == "full":
        return "%s %s" % (g, s)
    if style == "last_first":
        return "%s, %s" % (s.upper(), g)
    if style == "last_first_mixed":
        return "%s, %s" % (s, g)
    if style == "title":
        if lang == "fr":
            return ("Mme " if p.f else "M. ") + s
        return ("Ms. " if p.f else "Mr. ") + s
    if style == "title_full":
        if lang == "fr":
            return ("Mme " if p.f else "M. ") + g + " " + s
        return ("Mrs. " if p.f else "Mr. ") + g + " " + s
    if style == "initial":
        return "%s. %s" % (g[0], s)
    if style == "short":
        return "%s %s." % (s, g[0])
    if style == "lower":
        return ("%s %s" % (g, s)).lower()
    if style == "upper":
        return ("%s %s" % (s, g)).upper()
    if style == "given":
        return g
    raise ValueError(style)


def dob_as(d, style, lang="fr"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    if style == "abbr":
        return "%02d %s %d" % (d.day, EN_MONTHS[d.month - 1][:3], d.year)
    raise ValueError(style)


def dob_variants(d):
    out = set()
    for st in ("iso", "dmy", "ymd_slash", "dmy_dash", "dot", "abbr"):
        out.add(dob_as(d, st))
    out.add(dob_as(d, "long", "fr"))
    out.add(dob_as(d, "long", "en"))
    if d.day == 1:
        out.add("1er %s %d" % (FR_MONTHS[d.month - 1], d.year))
    return out


def nam_as(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return "%s %s %s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "lower":
        return ("%s %s %s" % (a, b, c)).lower()
    if style == "fullwidth":
        return "%s %s %s" % (a, fullwidth(b), fullwidth(c))
    if style == "odd":
        return "%s %s%s %s" % (a, b[:2], " " + b[2:], c)
    raise ValueError(style)


def sin_as(v, style):
    if style == "space":
        return "%s %s %s" % (v[:3], v[3:6], v[6:])
    if style == "dash":
        return "%s-%s-%s" % (v[:3], v[3:6], v[6:])
    if style == "fullwidth":
        return fullwidth("%s %s %s" % (v[:3], v[3:6], v[6:]))
    return v


def ohip_as(v, style, vc=""):
    if style == "dash":
        s = "%s-%s-%s" % (v[:4], v[4:7], v[7:])
    elif style == "space":
        s = "%s %s %s" % (v[:4], v[4:7], v[7:])
    else:
        s = v
    return (s + ("-" if style == "dash" else " ") + vc) if vc else s


def niss_as(v, style):
    if style == "dots":
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if style == "space":
        return "%s %s %s" % (v[:6], v[6:9], v[9:])
    return v


def nir_as(v, style):
    if style == "space":
        return "%s %s %s %s %s %s %s" % (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
    if style == "key":
        return "%s %s" % (v[:13], v[13:])
    return v


def mrn_as(v, style):
    if style == "dash":
        return "%s-%s" % (v[:3], v[3:])
    if style == "space":
        return "%s %s %s" % (v[:3], v[3:5], v[5:])
    if style == "slash":
        return "%s/%s" % (v[:2], v[2:])
    if style == "dot":
        return "%s.%s" % (v[:4], v[4:])
    if style == "fullwidth":
        return fullwidth(v)
    return v


def normalize_digits(s):
    return unicodedata.normalize("NFKC", s)


def strip_sep(s):
    return "".join(ch for ch in normalize_digits(s) if ch.isalnum()).upper()
