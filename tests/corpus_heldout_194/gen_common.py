"""Shared data and helpers: people, identifiers, dates, name and number formats.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
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

ORG_FR = "Centre hospitalier régional du Val-des-Cèdres"
ORG_EN = "Val-des-Cedres Regional Hospital Centre"
DOM = "chrvc.example"


class Person:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.addr = None
        self.phone = None

    def __repr__(self):
        return "Person(%s %s)" % (self.given, self.surname)


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(giv, sur, sex, datetime.date(y, m, d), nam))
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})
NAM_GIVEN = sorted({p.given for p in NAM_HOLDERS})

# ---------------------------------------------------------------- name pools
FR_SUR = """Tremblay Gingras Lavoie Bergeron Côté Dufour Béland Dubé Hébert Lemieux
Desjardins Vachon Arsenault Lachance Turcotte Poulin Beaulieu Champagne Plourde Rioux
Gosselin Lévesque Bélisle Charest Ménard Dionne Picard Cormier Proulx Laroche Mercier
Lefebvre Aubin Bissonnette Vézina Drouin Théberge Nolin Rancourt Cyr Labbé St-Onge
Deschênes Marcoux Brassard Fréchette Gervais Guimond Houle Jolicoeur Lamoureux Lussier
Ouimet Parent Quirion Robitaille Sauvé Talbot Vaillancourt Veilleux Boisvert Carrier
Demers Duchesne Grenier Jobin Laflamme Massé Normandin Pépin Richer Sirois""".split()
EN_SUR = """Whitfield Harrington McAllister Donovan Kowalski Patel Nguyen O'Brien Fitzgerald
Campbell Henderson Mitchell Sutherland Pryce Baxter Chen Okafor Haddad Ramirez Lindqvist
Novak Abernathy Greenwood Hollis Kerr Mercer Osei Petrov Quinlan Rowe Sinclair Tanaka
Underwood Vance Walsh Yates Zimmer Delgado Farrow Gallagher Ashworth Brennan Coleman
Dempsey Ellison Forsythe Garrick Hume Ingram Jarvis Keane Lowry Moffat Nash""".split()
FR_F = """Julie Isabelle Chantal Louise Mélanie Karine Francine Lucie Véronique Annie Hélène
Nicole Monique Stéphanie Valérie Audrey Camille Éloïse Rosalie Madeleine Suzanne Thérèse
Jacinthe Solange Marie-Ève Catherine Brigitte Lise Raymonde Yolande""".split()
FR_M = """Jean-François Stéphane Mathieu Sébastien Éric Alain Réjean Normand Benoît Patrice
François Yves Guy Martin Simon Olivier Philippe Raymond Gaétan Luc Maxime Jérôme Félix
Marcel Rosaire Germain Hugo Antoine Vincent Dominic""".split()
EN_F = """Karen Heather Jennifer Laura Megan Rachel Olivia Hannah Priya Grace Fiona Abigail
Naomi Rebecca Tanya Wendy Linda Margaret Joan Alice Brenda Colleen Deborah Evelyn""".split()
EN_M = """Kevin Brian Daniel Thomas Ryan Ethan Owen Samuel Raj Victor Neil Gordon Arthur
Edward Frank George Henry Ian Patrick Trevor Wallace Curtis Derek Graham""".split()

for _n in FR_SUR + EN_SUR:
    assert _n not in NAM_SURNAMES, _n
for _n in FR_F + FR_M + EN_F + EN_M:
    assert _n not in NAM_GIVEN, _n

FR_STREETS = ["rue des Érables", "boulevard du Lac", "rue Principale", "chemin du Rang-Sud",
              "avenue des Pins", "rue Saint-Cyrille", "rue de la Fabrique", "montée Larose",
              "rue des Peupliers", "avenue Champlain", "rue Notre-Dame Ouest", "rang Sainte-Anne"]
EN_STREETS = ["Maple Crescent", "Birchwood Avenue", "Lakeshore Road", "Orchard Lane",
              "Kingsley Street", "Harbour View Drive", "Elm Street", "Cedar Ridge Court",
              "Victoria Avenue", "Mill Road"]
FR_CITIES = [("Val-des-Cèdres", "J0X 2K0"), ("Saint-Aubin-du-Lac", "J0X 1H0"),
             ("Lac-Brûlé", "J0X 3B0"), ("Sainte-Rose-des-Monts", "J0Y 1C0"),
             ("Pointe-aux-Outardes-Nord", "J0Y 2E0"), ("Rivière-Dorée", "J0X 4A0")]
ON_CITIES = [("Pembridge", "K0J 2B0"), ("Elmvale Falls", "K0H 1T0"), ("North Carrick", "K0L 3C0")]
BE_CITIES = [("4000 Liège", "BE"), ("1050 Ixelles", "BE"), ("5000 Namur", "BE")]
FR_FR_CITIES = [("69003 Lyon", "FR"), ("33000 Bordeaux", "FR"), ("44000 Nantes", "FR"),
                ("35000 Rennes", "FR")]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]

FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_text(s):
    """NFKC, no accents, lower case, collapsed whitespace (used by the checks)."""
    s = unicodedata.normalize("NFKC", s)
    s = strip_accents(s).lower()
    return " ".join(s.split())


def alnum(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c.isalnum()).upper()


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


# ---------------------------------------------------------------- dates
def fr_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


def en_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def dob_variants(d):
    return [d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
            d.strftime("%d-%m-%Y"), d.strftime("%d.%m.%Y"), fr_date(d), en_date(d),
            "%d %s %d" % (d.day, MON3[d.month - 1], d.year),
            "%02d-%s-%d" % (d.day, MON3[d.month - 1].upper(), d.year),
            d.strftime("%Y%m%d")]


# ---------------------------------------------------------------- identifiers
def _luhn_complete(rng, prefix_digits, length):
    while True:
        body = "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix_digits)))
        base = prefix_digits + body
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num


def gen_sin(rng):
    while True:
        first = rng.choice("1234579")
        num = _luhn_complete(rng, first, 9)
        if ca_sin.is_valid(num):
            return num


def valid_ohip(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def gen_ohip(rng):
    while True:
        num = _luhn_complete(rng, rng.choice("123456789"), 10)
        if valid_ohip(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        cnt = rng.randrange(1, 998)
        if (cnt % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % cnt
        n = int(base) if dob.year < 2000 else int("2" + base)
        num = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "33", "44", "35", "59", "13", "31", "67"])
    while True:
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            "%03d" % rng.randrange(1, 990) + "%03d" % rng.randrange(1, 999)
        num = base + "%02d" % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num


def valid_nam_shape(nam):
    return len(nam) == 12 and nam[:4].isalpha() and nam[4:].isdigit()


def fmt_sin(num, style):
    g = (num[:3], num[3:6], num[6:])
    return {"plain": num, "space": " ".join(g), "dash": "-".join(g), "dot": ".".join(g),
            "slash": "/".join(g), "wide": fullwidth(" ".join(g)),
            "odd": num[:2] + " " + num[2:5] + " " + num[5:7] + " " + num[7:]}[style]


def fmt_ohip(num, style, vc=""):
    g = (num[:4], num[4:7], num[7:])
    s = {"plain": num, "space": " ".join(g), "dash": "-".join(g), "dot": ".".join(g),
         "slash": "/".join(g), "wide": fullwidth(" ".join(g)), "odd": " ".join(num)}[style]
    return s + ((" " if style != "dash" else "-") + vc if vc else "")


def fmt_niss(num, style):
    if style == "be":
        return "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "space":
        return "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "dash":
        return "%s-%s-%s" % (num[:6], num[6:9], num[9:])
    if style == "wide":
        return fullwidth("%s%s%s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]))
    return num


def fmt_nir(num, style):
    parts = (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "key":
        return num[:13] + " clé " + num[13:]
    if style == "wide":
        return fullwidth(" ".join(parts))
    return num


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {"plain": nam, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "lower": nam.lower(), "dot": "%s.%s.%s" % (a, b, c),
            "slash": "%s/%s/%s" % (a, b, c), "wide": a + " " + fullwidth(b + " " + c),
            "odd": "%s %s %s %s" % (a, nam[4:6], nam[6:10], nam[10:])}[style]


class Ctx:
    """Random choices for one corpus; one instance, one seed, fixed call order."""

    def __init__(self, rng):
        self.rng = rng
        holders = list(NAM_HOLDERS)
        rng.shuffle(holders)
        self._holders = holders
        self._hi = 0
        self._used_names = set()

    # -- people
    def holder(self):
        p = self._holders[self._hi % len(self._holders)]
        self._hi += 1
        return p

    def holder_where(self, pred):
        hs = self._holders
        n = len(hs)
        for k in range(n):
            j = (self._hi + k) % n
            if pred(hs[j]):
                i = self._hi % n
                hs[i], hs[j] = hs[j], hs[i]
                return self.holder()
        return self.holder()

    def _fresh(self, givens, surnames):
        for _ in range(200):
            g = self.rng.choice(givens)
            s = self.rng.choice(surnames)
            if (g, s) not in self._used_names:
                self._used_names.add((g, s))
                return g, s
        return g, s

    def person(self, lang, sex=None, age=(18, 90), year_ref=2025, staff=False):
        sex = sex or self.rng.choice("FM")
        k = 0 if staff else 1
        if lang == "fr":
            givens = FR_F if sex == "F" else FR_M
            surs = FR_SUR[k::2] if self.rng.random() < 0.85 else EN_SUR[k::2]
        else:
            givens = EN_F if sex == "F" else EN_M
            surs = EN_SUR[k::2] if self.rng.random() < 0.8 else FR_SUR[k::2]
        g, s = self._fresh(givens, surs)
        y = year_ref - self.rng.randint(*age)
        dob = datetime.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return Person(g, s, sex, dob)

    def staff(self, lang, sex=None):
        return self.person(lang, sex, age=(25, 64), staff=True)

    # -- email addresses
    def email(self, p, dom=DOM):
        g = strip_accents(p.given).lower().replace(" ", "").replace("'", "")
        s = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
        style = getattr(p, "estyle", None)
        if style is None:
            style = p.estyle = self.rng.randrange(3)
        local = ["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s.%s" % (g[0], s)][style]
        return local + "@" + dom

    # -- bits
    def phone(self, area=None):
        area = area or self.rng.choice(["819", "450", "873", "613", "514"])
        return "%s-555-01%02d" % (area, self.rng.randrange(100))

    def phone_fmt(self, area=None):
        p = self.phone(area)
        a, b, c = p.split("-")
        return self.rng.choice(["%s-%s-%s" % (a, b, c), "(%s) %s-%s" % (a, b, c),
                                "%s %s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c)])

    def address(self, lang="fr", region="qc"):
        r = self.rng
        if region == "on":
            city, pc = r.choice(ON_CITIES)
            return "%d %s, %s, ON %s" % (r.randint(12, 980), r.choice(EN_STREETS), city, pc)
        if region == "be":
            city, _ = r.choice(BE_CITIES)
            return "Rue des Tanneurs %d, %s, Belgique" % (r.randint(2, 140), city)
        if region == "fr":
            city, _ = r.choice(FR_FR_CITIES)
            return "%d rue de la Paix, %s, France" % (r.randint(2, 90), city)
        city, pc = r.choice(FR_CITIES)
        if lang == "fr":
            return "%d, %s, %s (Québec) %s" % (r.randint(12, 2980), r.choice(FR_STREETS), city, pc)
        return "%d %s, %s, QC %s" % (r.randint(12, 2980), r.choice(EN_STREETS + FR_STREETS), city, pc)

    def mrn(self, style=None):
        r = self.rng
        n = "%07d" % r.randrange(100000, 9999999)
        style = style or r.choice(["plain", "h", "space", "dash", "slash", "wide", "dot"])
        return n, {"plain": n, "h": "H" + n, "space": "%s %s" % (n[:3], n[3:]),
                   "dash": "%s-%s" % (n[:2], n[2:]), "slash": "%s/%s" % (n[:3], n[3:]),
                   "wide": fullwidth(n), "dot": "%s.%s.%s" % (n[:1], n[1:4], n[4:])}[style]

    def amount(self, lo=40, hi=9000):
        return self.rng.randint(lo * 100, hi * 100) / 100.0

    def date(self, y0=2024, m0=9, span=420):
        base = datetime.date(y0, m0, 1)
        return base + datetime.timedelta(days=self.rng.randrange(span))

    def choice(self, seq):
        return self.rng.choice(seq)

    # -- name forms
    def name(self, p, lang, style=None):
        r = self.rng
        styles = ["full", "title", "caps_first", "lower", "initial", "sur_first", "title_sur",
                  "caps_comma"]
        style = style or r.choice(styles)
        f = p.sex == "F"
        if lang == "fr":
            t = "Mme" if f else "M."
        else:
            t = r.choice(["Ms.", "Mrs."]) if f else r.choice(["Mr.", "Mr"])
        g, s = p.given, p.surname
        return {"full": "%s %s" % (g, s), "title": "%s %s %s" % (t, g, s),
                "caps_first": "%s, %s" % (s.upper(), g), "lower": ("%s %s" % (g, s)).lower(),
                "initial": "%s. %s" % (g[0], s), "sur_first": "%s %s" % (s, g),
                "title_sur": "%s %s" % (t, s), "caps_comma": "%s %s" % (s.upper(), g.upper()),
                "given": g, "surname": s, "caps_sur": "%s %s" % (s.upper(), g)}[style]

    def dob(self, p, lang):
        d = p.dob
        r = self.rng
        if lang == "fr":
            return r.choice([d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%Y"), fr_date(d),
                             d.strftime("%Y/%m/%d"), d.strftime("%d.%m.%Y")])
        return r.choice([d.strftime("%Y-%m-%d"), en_date(d), d.strftime("%d/%m/%Y"),
                         "%d %s %d" % (d.day, MON3[d.month - 1], d.year),
                         "%02d-%s-%d" % (d.day, MON3[d.month - 1].upper(), d.year)])

    def sex(self, p, lang):
        r = self.rng
        if lang == "fr":
            return r.choice([p.sex, "sexe : %s" % p.sex, "féminin" if p.sex == "F" else "masculin"])
        return r.choice([p.sex, "sex: %s" % p.sex, "female" if p.sex == "F" else "male"])

    def nam(self, p, style=None):
        style = style or self.rng.choice(["plain", "plain", "space", "dash", "lower", "dot",
                                          "slash", "wide", "odd"])
        return fmt_nam(p.nam, style)

    def sin(self, style=None):
        num = gen_sin(self.rng)
        style = style or self.rng.choice(["plain", "space", "dash", "dot", "slash", "wide", "odd"])
        return num, fmt_sin(num, style)

    def ohip(self, style=None):
        num = gen_ohip(self.rng)
        style = style or self.rng.choice(["plain", "space", "dash", "dot", "slash", "wide", "odd"])
        vc = self.rng.choice(["", "", "AB", "KT", "MX"])
        return num, fmt_ohip(num, style, vc)

    def niss(self, p, style=None):
        num = gen_niss(self.rng, p.dob, p.sex)
        style = style or self.rng.choice(["be", "be", "space", "dash", "plain", "wide"])
        return num, fmt_niss(num, style)

    def nir(self, p, style=None):
        num = gen_nir(self.rng, p.dob, p.sex)
        style = style or self.rng.choice(["space", "space", "dot", "plain", "wide"])
        return num, fmt_nir(num, style)

    # -- hard-negative numbers that pass checksums
    def luhn_serial(self, length=9):
        return _luhn_complete(self.rng, self.rng.choice("123456789"), length)

    def mod97_ref(self):
        base = "%010d" % self.rng.randrange(10 ** 9, 10 ** 10)
        chk = int(base) % 97 or 97
        d = base + "%02d" % chk
        return "+++%s/%s/%s+++" % (d[:3], d[3:7], d[7:])


def money(x, lang):
    if lang == "fr":
        s = "{:,.2f}".format(x).replace(",", " ").replace(".", ",")
        return s + " $"
    return "${:,.2f}".format(x)
