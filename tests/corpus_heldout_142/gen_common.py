"""Shared pools, identifiers, dates and the per-message recording context.

Everything here is invented.  Only ../blind_nams.txt is read (path computed
from this file's location).
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 14251
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

# --------------------------------------------------------------------------
# RAMQ NAM holders (the only NAMs allowed)
# --------------------------------------------------------------------------


class Person:
    def __init__(self, surname, given, dob, sex, nam=None, lang="fr"):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.lang = lang

    def __repr__(self):
        return "Person(%s %s)" % (self.given, self.surname)


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


# --------------------------------------------------------------------------
# Name pools (no surname of a NAM holder appears in any of these)
# --------------------------------------------------------------------------
FR_SUR = """Tremblay Côté Lévesque Bergeron Dubé Beaulieu Lavoie Gingras Desjardins Rioux
Bédard Gosselin Hébert Villeneuve Lemieux Lachance Vachon Perreault Dufour Gendron Boivin
Plourde Labbé Drouin Bernier Charest Thériault Marcotte Turcotte Gaudreault Laflamme
Brassard Poulin Doucet Gélinas St-Pierre Rochon Asselin Laliberté Sirois Champagne Dionne
Fréchette Larouche Bolduc Grenier Proulx Bisson Duchesne Lafrenière Néron Veilleux Paradis
Audet Bouffard Trudel Ménard Legault Lacasse Jolicoeur""".split()
EN_SUR = """Murphy O'Brien Campbell Stewart Robertson Henderson Fraser McKenzie Gallagher Sullivan
Whitaker Thornton Ashworth Kowalski Novak Patel Singh Nguyen Chen Okafor Haddad Fitzgerald
Harrington Lindqvist Pereira Costa Abernethy Mercer Dunbar Kerr Lowry Sinclair""".split()
FR_GIV_F = """Ginette Huguette Lise Monique Chantal Francine Nicole Isabelle Mélanie Karine Audrey
Camille Léa Rosalie Jacinthe Solange Thérèse Yolande Maude Noémie Raymonde Lucille""".split()
FR_GIV_M = """Gaétan Réjean Normand Yvon Rosaire Jean-Guy Sylvain Martin Stéphane Éric Mathieu
Olivier Félix Gabriel Raymond Lucien Marcel Benoît Denis Alain Fernand Laurent""".split()
EN_GIV_F = "Margaret Linda Susan Karen Heather Jennifer Ashley Olivia Chloe Brenda Doreen Evelyn".split()
EN_GIV_M = "Robert William Kevin Brian Gary Trevor Dylan Ethan Harold Douglas Wayne Patrick".split()
BE_SUR = "Vandenberghe Peeters Janssens Lambert Dubois Claes Wouters Maes Mertens Willems".split()
FR_FR_SUR = "Lefèvre Garnier Mercier Rousseau Faure Chevalier Guérin Perrin Marchand Moreau".split()

STAFF_SUR_FR = """Arsenault Bélisle Chartrand Deschênes Fontaine Guay Labrecque Lacroix Lanoie
Mailloux Nolet Ouimet Pagé Quintal Racine Sauvé Tanguay Vézina Robitaille Beauchemin
Desrosiers Forget Harvey Allard Comeau Houle Lalonde Massé Pilon Beaudoin""".split()
STAFF_SUR_EN = """Whitfield Brennan Carrigan Delaney Ellison Forsythe Gordon Hastings Irving
Jameson Keating Lockhart Marsh Nolan Prescott Quinlan Radcliffe Sherwood Tennant Vickers""".split()
STAFF_GIV_F = "Ariane Catherine Émilie Geneviève Julie Marie-Ève Valérie Annie Sophie Jessica Rachel Megan".split()
STAFF_GIV_M = "Samuel Jonathan Maxime Philippe Vincent Nicolas Frédéric Simon Kevin Alexandre Ryan Owen".split()

# --------------------------------------------------------------------------
# Organisation and partner institutions
# --------------------------------------------------------------------------
ORG = {
    "fr": "Services préhospitaliers Boréal-Outaouais",
    "en": "Boréal-Outaouais Prehospital Services",
    "short": "SPBO",
    "dom": "spbo.example",
    "addr": "1450, boulevard des Érables, Val-des-Cèdres (Québec)  J0X 1A0",
    "tel": "819 555-0142",
    "fax": "819 555-0143",
}
CCS = {"fr": "Centre de communication santé Boréal", "en": "Boréal Health Communication Centre",
       "short": "CCS", "dom": "ccs-boreal.example", "tel": "819 555-0150"}
COTI = {"fr": "Centre d'optimisation des transferts interétablissements (COTI)",
        "en": "Interfacility Transfer Optimization Centre (COTI)", "dom": "coti-boreal.example",
        "tel": "819 555-0155"}

HOSP = [
    dict(key="hrvc", fr="Hôpital régional de Val-des-Cèdres", en="Val-des-Cèdres Regional Hospital",
         dom="hrvc.example", city="Val-des-Cèdres", tel="819 555-0160", prov="QC"),
    dict(key="chub", fr="CHU de Bellerive", en="Bellerive University Hospital Centre",
         dom="chu-bellerive.example", city="Bellerive", tel="819 555-0161", prov="QC"),
    dict(key="hsorn", fr="Hôpital Sainte-Odile de Rivière-Noire", en="Sainte-Odile Hospital, Rivière-Noire",
         dom="hsorn.example", city="Rivière-Noire", tel="819 555-0162", prov="QC"),
    dict(key="icma", fr="Institut de cardiologie du Mont-Aubert", en="Mont-Aubert Heart Institute",
         dom="icma.example", city="Mont-Aubert", tel="819 555-0163", prov="QC"),
    dict(key="cme", fr="Centre mère-enfant de Bellerive", en="Bellerive Mother and Child Centre",
         dom="cme-bellerive.example", city="Bellerive", tel="819 555-0164", prov="QC"),
    dict(key="hdl", fr="Hôpital du Lac-Plamondon", en="Lac-Plamondon Hospital",
         dom="hlacplamondon.example", city="Lac-Plamondon", tel="819 555-0165", prov="QC"),
    dict(key="rdgh", fr="Hôpital général du district de Riverside (Ontario)",
         en="Riverside District General Hospital", dom="rdgh.example", city="Pembridge, ON",
         tel="613 555-0170", prov="ON"),
    dict(key="cpr", fr="Centre de réadaptation Pointe-Rouge", en="Pointe-Rouge Rehabilitation Centre",
         dom="crpointerouge.example", city="Val-des-Cèdres", tel="819 555-0166", prov="QC"),
]
HOSP_BY = {h["key"]: h for h in HOSP}

STREETS = ["rue des Pins", "rue Principale", "chemin du Lac-Vert", "rang Saint-Joseph", "avenue Laurier",
           "rue Notre-Dame", "boulevard Gréber", "rue de la Montagne", "chemin de la Rivière", "rue Champlain",
           "montée Paiement", "rue des Ormes", "rue Saint-Louis", "chemin des Patriotes"]
TOWNS = [("Val-des-Cèdres", "J0X 1A0"), ("Rivière-Noire", "J0X 2B0"), ("Lac-Plamondon", "J0X 3C0"),
         ("Saint-Aubin-du-Lac", "J0X 2K0"), ("Bellerive", "J8X 4P1"), ("Mont-Aubert", "J0X 1N0"),
         ("Sainte-Perpétue-des-Monts", "J0X 3H0")]

# --------------------------------------------------------------------------
# Random helpers
# --------------------------------------------------------------------------


def rng_for(*parts):
    return random.Random("-".join(str(p) for p in (SEED,) + parts))


def phone(rng, area=None):
    area = area or rng.choice(["819", "819", "819", "613", "450"])
    return "%s %s-01%02d" % (area, "555", rng.randint(0, 99))


def phone_fmt(rng, num):
    a, rest = num.split(" ")
    style = rng.randint(0, 3)
    if style == 0:
        return "(%s) %s" % (a, rest)
    if style == 1:
        return "%s-%s" % (a, rest)
    if style == 2:
        return "%s.%s" % (a, rest.replace("-", "."))
    return num


def street_address(rng):
    town, pc = rng.choice(TOWNS)
    return "%d, %s, %s (Québec) %s" % (rng.randint(12, 4980), rng.choice(STREETS), town, pc), town


def staff(rng, lang=None, sex=None):
    lang = lang or rng.choice(["fr", "en"])
    sex = sex or rng.choice("FM")
    sur = rng.choice(STAFF_SUR_FR if lang == "fr" or rng.random() < 0.3 else STAFF_SUR_EN)
    giv = rng.choice(STAFF_GIV_F if sex == "F" else STAFF_GIV_M)
    return Person(sur, giv, None, sex, lang=lang)


def addr_of(p, dom):
    def asc(s):
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if c.isalnum() and ord(c) < 128).lower()
    return "%s.%s@%s" % (asc(p.given), asc(p.surname), dom)


def dr(p, lang):
    if lang == "fr":
        return ("Dre " if p.sex == "F" else "Dr ") + p.given + " " + p.surname
    return "Dr. " + p.given + " " + p.surname


def synth_patient(rng, lang="fr", age_range=(18, 95), when=None, sex=None, origin="qc"):
    when = when or datetime.date(2024, 9, 1)
    sex = sex or rng.choice("FM")
    if origin == "be":
        sur = rng.choice(BE_SUR)
        giv = rng.choice(FR_GIV_F if sex == "F" else FR_GIV_M)
    elif origin == "fr":
        sur = rng.choice(FR_FR_SUR)
        giv = rng.choice(FR_GIV_F if sex == "F" else FR_GIV_M)
    elif lang == "fr":
        sur = rng.choice(FR_SUR)
        giv = rng.choice(FR_GIV_F if sex == "F" else FR_GIV_M)
    else:
        sur = rng.choice(EN_SUR)
        giv = rng.choice(EN_GIV_F if sex == "F" else EN_GIV_M)
    age = rng.randint(*age_range)
    dob = when - datetime.timedelta(days=age * 365 + rng.randint(20, 340))
    return Person(sur, giv, dob, sex, lang=lang)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
FW = {ord(c): chr(0xFF10 + int(c)) for c in "0123456789"}


def fullwidth(s):
    return s.translate(FW)


def make_sin(rng):
    while True:
        body = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def ohip_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 10 and luhn.is_valid(num)


def make_ohip(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = yymmdd + "%03d" % serial
        val = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - val % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "31", "67", "35", "06", "38", "21"])
    while True:
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randint(1, 899) \
            + "%03d" % rng.randint(1, 999)
        num = body + "%02d" % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return "%07d" % rng.randint(100000, 9899999)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def styled(rng, s, sizes, allow_fw=True):
    """Render an identifier in one of several disguises."""
    choices = ["plain", "space", "space", "dash", "dot", "slash"] + (["fw", "fw_space"] if allow_fw else [])
    st = rng.choice(choices)
    if st == "plain":
        return s
    if st == "space":
        return group(s, sizes, " ")
    if st == "dash":
        return group(s, sizes, "-")
    if st == "dot":
        return group(s, sizes, ".")
    if st == "slash":
        return group(s, sizes, "/")
    if st == "fw":
        return fullwidth(s)
    return fullwidth(group(s, sizes, " "))


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_variants(d):
    return [d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
            "%d %s %d" % (d.day, MOIS[d.month - 1], d.year), "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year), d.strftime("%d.%m.%Y"),
            "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year)]


def fmt_date(d, lang, rng=None, style=None):
    if style is None:
        style = rng.randint(0, 3) if rng else 0
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if lang == "fr":
        if style == 1:
            return d.strftime("%d/%m/%Y")
        if style == 2:
            return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year)
        return d.strftime("%d.%m.%Y")
    if style == 1:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 2:
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    return d.strftime("%Y/%m/%d")


def day_phrase(d, lang):
    if lang == "fr":
        return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def msg_datetime(rng):
    start = datetime.datetime(2024, 2, 1, 6, 0)
    dt = start + datetime.timedelta(days=rng.randint(0, 480), minutes=rng.randint(0, 16 * 60))
    dst = 3 < dt.month < 11 or (dt.month == 3 and dt.day > 10) or (dt.month == 11 and dt.day < 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return dt.replace(tzinfo=tz)


# --------------------------------------------------------------------------
# Recording context: templates insert sensitive items only through it.
# --------------------------------------------------------------------------
TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


class Ctx:
    def __init__(self, rng, lang, when, positive):
        self.rng = rng
        self.lang = lang
        self.when = when            # datetime of the message
        self.today = when.date()
        self.positive = positive
        self.types = set()
        self.needles = []           # strings that must survive in decoded text
        self.ids = []               # (type, compact value)
        self.nam_people = []

    # -- generic -------------------------------------------------------
    def t(self, *types):
        assert self.positive, "sensitive insert in a negative"
        for x in types:
            assert x in TYPES, x
            self.types.add(x)

    def fr(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, seq):
        return self.rng.choice(seq)

    # -- names ---------------------------------------------------------
    def title(self, p):
        if age_at(p.dob, self.today) < 16:
            return ""
        if self.lang == "fr":
            return "Mme " if p.sex == "F" else "M. "
        return self.rng.choice(["Ms. ", "Mrs. "]) if p.sex == "F" else "Mr. "

    def name(self, p, style=None):
        self.t("patient_name")
        styles = ["full", "title_full", "title_sur", "upper_comma", "sur_given", "lower", "initial_sur",
                  "upper_full", "sur_comma"]
        style = style or self.rng.choice(styles)
        if p.nam and style in ("initial_sur", "title_sur", "given"):
            style = "upper_comma"
        g, s = p.given, p.surname
        if style == "full":
            out = "%s %s" % (g, s)
        elif style == "title_full":
            out = "%s%s %s" % (self.title(p), g, s)
        elif style == "title_sur":
            tt = self.title(p)
            out = ("%s%s" % (tt, s)) if tt else "%s %s" % (g, s)
        elif style == "upper_comma":
            out = "%s, %s" % (s.upper(), g)
        elif style == "sur_comma":
            out = "%s, %s" % (s, g)
        elif style == "sur_given":
            out = "%s %s" % (s, g)
        elif style == "lower":
            out = "%s %s" % (g.lower(), s.lower())
        elif style == "initial_sur":
            out = "%s. %s" % (g[0], s)
        elif style == "upper_full":
            out = "%s %s" % (g, s.upper())
        elif style == "given":
            out = g
        else:
            raise ValueError(style)
        self.needles.append(out)
        return out

    def dob(self, p, style=None):
        self.t("date_of_birth")
        out = fmt_date(p.dob, self.lang, self.rng, style)
        self.needles.append(out)
        return out

    def sexm(self, p):
        if self.lang == "fr":
            return "F" if p.sex == "F" else "M"
        return "F" if p.sex == "F" else "M"

    def age(self, p):
        return age_at(p.dob, self.today)

    # -- identifiers ---------------------------------------------------
    def nam(self, p, allow_fw=True):
        assert p.nam
        self.t("ramq_nam")
        if p not in self.nam_people:
            self.nam_people.append(p)
        self.ids.append(("ramq_nam", p.nam))
        st = self.rng.choice(["plain", "space", "space", "dash", "lower", "dot", "fw"] if allow_fw
                             else ["plain", "space", "dash", "lower", "dot"])
        n = p.nam
        if st == "plain":
            return n
        if st == "space":
            return "%s %s %s" % (n[:4], n[4:8], n[8:])
        if st == "dash":
            return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
        if st == "lower":
            return n.lower()
        if st == "dot":
            return "%s.%s.%s" % (n[:4], n[4:8], n[8:])
        return n[:4] + fullwidth(n[4:])

    def sin(self, allow_fw=True):
        self.t("ca_sin")
        v = make_sin(self.rng)
        self.ids.append(("ca_sin", v))
        return styled(self.rng, v, (3, 3, 3), allow_fw)

    def ohip(self, allow_fw=True):
        self.t("ca_health_number")
        v = make_ohip(self.rng)
        self.ids.append(("ca_health_number", v))
        out = styled(self.rng, v, (4, 3, 3), allow_fw)
        if self.rng.random() < 0.5:
            out += self.rng.choice([" ", "-", " "]) + self.rng.choice(["AB", "KL", "XM", "TZ", "HC"])
        return out

    def niss(self, p, allow_fw=True):
        self.t("be_niss")
        v = make_niss(self.rng, p.dob, p.sex)
        self.ids.append(("be_niss", v))
        if self.rng.random() < 0.5:
            return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
        return styled(self.rng, v, (6, 3, 2), allow_fw)

    def nir(self, p, allow_fw=True):
        self.t("fr_nir")
        v = make_nir(self.rng, p.dob, p.sex)
        self.ids.append(("fr_nir", v))
        if self.rng.random() < 0.5:
            return group(v, (1, 2, 2, 2, 3, 3, 2), " ")
        return styled(self.rng, v, (1, 2, 2, 2, 3, 3), allow_fw)

    def mrn(self, allow_fw=True, value=None):
        self.t("mrn")
        v = value or make_mrn(self.rng)
        self.ids.append(("mrn", v))
        st = self.rng.randint(0, 5)
        if st == 0:
            return v
        if st == 1:
            return "%s %s" % (v[:3], v[3:])
        if st == 2:
            return "H-" + v
        if st == 3:
            return "%s-%s" % (v[:3], v[3:])
        if st == 4 and allow_fw:
            return fullwidth(v)
        return "%s.%s" % (v[:4], v[4:])

    # -- clinical ------------------------------------------------------
    def dx(self, s):
        self.t("diagnosis")
        return s

    def med(self, s):
        self.t("medication")
        return s

    def lab(self, s):
        self.t("lab_result")
        return s

    def contact(self, s):
        self.t("patient_contact")
        self.needles.append(s)
        return s

    def social(self, s):
        self.t("social_information")
        return s

    def home(self, p):
        addr, town = street_address(self.rng)
        return self.contact(addr)

    def cell(self):
        return self.contact(phone_fmt(self.rng, phone(self.rng)))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))
