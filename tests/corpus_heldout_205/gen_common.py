"""Shared helpers: seed, people, identifiers, dates and formatting.

Everything here is invented.  RAMQ NAMs are read only from ../blind_nams.txt
(relative to this file's folder).
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25205
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

HOSP = "Centre hospitalier de la Rivière-aux-Saules"
HOSP_EN = "Rivière-aux-Saules Hospital Centre"
DOM = "chrs.example"
VENDOR = "Télévigie Santé inc."
VENDOR_DOM = "televigie.example"
DEVICE_VENDOR = "Brightcuff Medical"
DEVICE_DOM = "brightcuff.example"
COURIER_DOM = "colisexpress.example"
PHARMA_DOM = "pharmabl.example"
CLSC_DOM = "clsc3p.example"
ON_DOM = "ovhealth.example"
INSURER_DOM = "assurboreal.example"


def tel(rng, area=None):
    area = area or rng.choice(["514", "450", "819", "438", "613"])
    return "%s-555-01%02d" % (area, rng.randint(0, 99))


# ---------------------------------------------------------------- NAM holders
class Person:
    def __init__(self, surname, given, dob, sex, nam=None, lang="fr"):
        self.surname = surname
        self.given = given
        self.dob = dob  # datetime.date
        self.sex = sex  # 'F' or 'M'
        self.nam = nam
        self.lang = lang
        self.ids = []  # (kind, value) used in a message
        self.address = None
        self.phone = None

    # naming forms -------------------------------------------------------
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def last_first(self):
        return "%s, %s" % (self.surname.upper(), self.given)

    def lower(self):
        return self.full().lower()

    def initial_surname(self):
        return "%s. %s" % (self.given[0], self.surname)

    def surname_initial(self):
        return "%s %s." % (self.surname, self.given[0])

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."

    def titled(self, lang):
        return "%s %s" % (self.title(lang), self.surname)

    def titled_full(self, lang):
        return "%s %s" % (self.title(lang), self.full())

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def sex_word(self, lang):
        if lang == "fr":
            return "féminin" if self.sex == "F" else "masculin"
        return "female" if self.sex == "F" else "male"


def load_nam_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            holders.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return holders


# ---------------------------------------------------------------- other people
# Patients without a NAM (their surnames never coincide with a NAM holder's).
FR_PATIENTS = [
    ("Dufresne", "Réjean", "M"), ("Charbonneau", "Lise", "F"), ("Gosselin", "Gaétan", "M"),
    ("Hébert", "Colette", "F"), ("Desjardins", "Yvon", "M"), ("Paré", "Micheline", "F"),
    ("Labelle", "Normand", "M"), ("Proulx", "Huguette", "F"), ("Arsenault", "Rosaire", "M"),
    ("Vaillancourt", "Thérèse", "F"), ("Lemieux", "Fernand", "M"), ("Marchand", "Jocelyne", "F"),
    ("Rioux", "Denis", "M"), ("Turcotte", "Carole", "F"), ("Lacroix", "Guy", "M"),
    ("Plamondon", "Louise", "F"), ("Bisson", "Raymonde", "F"), ("Cormier", "Ghislain", "M"),
    ("Lafrenière", "Solange", "F"), ("Beauchesne", "Aurèle", "M"), ("St-Onge", "Francine", "F"),
    ("Jobin", "Léopold", "M"), ("Nolet", "Murielle", "F"), ("Boisvert", "Jean-Guy", "M"),
]
EN_PATIENTS = [
    ("Whitfield", "Harold", "M"), ("Kerr", "Margaret", "F"), ("Mackenzie", "Douglas", "M"),
    ("Doyle", "Eileen", "F"), ("Fraser", "Walter", "M"), ("Barnes", "Joan", "F"),
    ("Hughes", "Stanley", "M"), ("Sinclair", "Patricia", "F"), ("Cole", "Raymond", "M"),
    ("Pike", "Dorothy", "F"), ("Ashworth", "Gordon", "M"), ("Connolly", "Bridget", "F"),
    ("Prescott", "Leonard", "M"), ("Hollis", "Vivian", "F"), ("Carmody", "Dennis", "M"),
    ("Abernathy", "Ruth", "F"), ("Yates", "Clifford", "M"), ("Drummond", "Irene", "F"),
    ("Kowalczyk", "Stefan", "M"), ("Varga", "Ilona", "F"), ("Osei", "Kwame", "M"),
    ("Rahimi", "Shirin", "F"), ("Lindqvist", "Erik", "M"), ("Ferreira", "Lucia", "F"),
]
BE_PATIENTS = [("Janssens", "Luc", "M"), ("Peeters", "Martine", "F"), ("Dewulf", "Jean-Pierre", "M"),
               ("Claes", "Annelies", "F")]
FR_FR_PATIENTS = [("Moreau", "Sylvain", "M"), ("Garnier", "Brigitte", "F"), ("Rousseau", "Hervé", "M"),
                  ("Chevalier", "Agnès", "F")]

# Staff (surnames never coincide with a NAM holder's).
STAFF_FR = [
    ("Isabelle", "Thériault", "infirmière coordonnatrice, Unité virtuelle de soins"),
    ("Mathieu", "Bergeron", "médecin interniste, responsable médical de l'unité virtuelle"),
    ("Hélène", "Vachon", "cardiologue"),
    ("Karine", "Lévesque", "infirmière clinicienne, télésurveillance"),
    ("Nadia", "Beaulieu", "agente administrative, Centre de coordination de télésanté"),
    ("Patrick", "Ménard", "technicien en génie biomédical"),
    ("Sophie", "Desrosiers", "travailleuse sociale"),
    ("Julie", "Ouimet", "pharmacienne"),
    ("Éric", "Lachance", "chef de service, soins à domicile et unité virtuelle"),
    ("Mélanie", "Poulin", "infirmière auxiliaire"),
    ("François", "Cyr", "pneumologue"),
    ("Annie", "Laberge", "endocrinologue"),
    ("Véronique", "Gingras", "nutritionniste"),
    ("Alexandre", "Bédard", "analyste, Direction des ressources informationnelles"),
    ("Chantal", "Fréchette", "conseillère en gestion des ressources humaines"),
    ("Marc-Antoine", "Dion", "acheteur, Service de l'approvisionnement"),
    ("Geneviève", "Lalonde", "infirmière clinicienne, télésurveillance"),
    ("Stéphane", "Corbeil", "conseiller en prévention des infections"),
]
STAFF_EN = [
    ("Priya", "Raman", "RN, Remote Patient Monitoring"),
    ("Owen", "Whitaker", "Hospitalist, Virtual Ward medical lead"),
    ("Grace", "Okafor", "Cardiologist"),
    ("Kevin", "Marsh", "IT Service Desk"),
    ("Laura", "Kowalski", "Unit clerk, Virtual Ward"),
    ("Ahmed", "Haddad", "Biomedical engineering technologist"),
    ("Rachel", "Kim", "Clinical pharmacist"),
    ("Tom", "Fitzgerald", "Manager, Virtual Care Programs"),
    ("Nina", "Sorensen", "Respirologist"),
    ("Jasmine", "Clarke", "Social worker"),
    ("Ben", "Adeyemi", "Data analyst, Performance & Quality"),
    ("Fiona", "Lister", "HR business partner"),
    ("Sam", "Whitlock", "Technical Support, Télévigie"),
    ("Derek", "Huang", "Account Manager, Brightcuff Medical"),
    ("Hannah", "Becker", "RN, Remote Patient Monitoring"),
    ("Victor", "Mendes", "Nurse practitioner, Virtual Ward"),
]


def staff_addr(given, surname, dom=DOM):
    def strip(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        return s.lower().replace(" ", "").replace("'", "")
    return "%s.%s@%s" % (strip(given), strip(surname), dom)


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- addresses
STREETS_FR = ["rue des Érables", "boulevard du Lac", "rue Principale", "avenue des Pins", "rang Saint-Joseph",
              "rue Papineau", "chemin de la Rivière", "rue Notre-Dame Est", "rue des Merisiers",
              "montée Sainte-Marie", "rue du Couvent", "avenue Laurier"]
STREETS_EN = ["Maple Crescent", "Elm Street", "Victoria Avenue", "Cedar Lane", "Sherbrooke Road",
              "Brock Street", "Lakeshore Drive", "Queen Street West", "Birch Court"]
TOWNS = [("Saint-Hilaire-des-Saules", "QC", "J3X"), ("Rivière-aux-Saules", "QC", "J3Y"),
         ("Lac-Beauport-Nord", "QC", "G0A"), ("Sainte-Brigitte-du-Val", "QC", "J0L"),
         ("Gatineau", "QC", "J8Y"), ("Ottawa", "ON", "K1Z"), ("Cornwall", "ON", "K6H")]


def home_address(rng, lang="fr", province=None):
    towns = [t for t in TOWNS if province is None or t[1] == province]
    town, prov, fsa = rng.choice(towns)
    num = rng.randint(12, 2980)
    street = rng.choice(STREETS_FR if lang == "fr" else STREETS_EN)
    postal = "%s %d%s%d" % (fsa, rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))
    apt = rng.choice(["", "", "", "app. %d, " % rng.randint(1, 12) if lang == "fr" else "Apt %d, " % rng.randint(1, 12)])
    return "%s%d %s, %s (%s) %s" % (apt, num, street, town, prov, postal)


# ---------------------------------------------------------------- identifiers
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": "%s %s %s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "slash": "%s/%s/%s" % (a, b, c),
        "lower": ("%s %s %s" % (a, b, c)).lower(),
        "fw": "%s %s" % (a, fullwidth(b + c)),
        "tight": "%s %s" % (a, b + c),
    }[style]


def make_sin(rng):
    while True:
        first = rng.choice("12345679")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    return {"plain": num, "space": "%s %s %s" % (num[:3], num[3:6], num[6:]),
            "dash": "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
            "fw": fullwidth("%s %s %s" % (num[:3], num[3:6], num[6:]))}[style]


def make_ohip(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    vc = rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ")
    return num, vc


def ohip_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 10 and luhn.is_valid(num)


def fmt_ohip(num, vc, style):
    return {"dash": "%s-%s-%s-%s" % (num[:4], num[4:7], num[7:], vc),
            "space": "%s %s %s %s" % (num[:4], num[4:7], num[7:], vc),
            "plain": num + vc, "novc": "%s %s %s" % (num[:4], num[4:7], num[7:])}[style]


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (yy, mm, dd, serial)
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (n % 97)
        num = base + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    return {"std": "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]),
            "plain": num, "space": "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])}[style]


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92])
        base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                          rng.randint(1, 400), rng.randint(1, 800))
        key = 97 - (int(base) % 97)
        num = base + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    parts = (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    return {"space": " ".join(parts), "plain": num, "dot": ".".join(parts)}[style]


def make_mrn(rng):
    return "%07d" % rng.randint(100000, 9899999)


def fmt_mrn(mrn, style):
    return {"plain": mrn, "prefix": "H" + mrn, "space": "%s %s %s" % (mrn[0], mrn[1:4], mrn[4:]),
            "dot": "%s.%s.%s" % (mrn[0], mrn[1:4], mrn[4:]), "slash": "%s/%s" % (mrn[:3], mrn[3:]),
            "fw": fullwidth(mrn), "dash": "%s-%s" % (mrn[:3], mrn[3:])}[style]


def luhn_serial(rng, prefix, ndigits):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(ndigits - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "dmy": d.strftime("%d/%m/%Y"),
        "ymd_slash": d.strftime("%Y/%m/%d"),
        "fr_long": "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
        "en_long": "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        "en_dmy": "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year),
    }[style]


def dob_patterns(d):
    """Every textual form of a birth date the generator may write (for checks)."""
    return {fmt_date(d, s) for s in ("iso", "dmy", "ymd_slash", "fr_long", "en_long", "en_dmy")}


def short_day(d, lang):
    if lang == "fr":
        return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


def msg_datetime(rng):
    """A fixed-by-seed date between Sept 2024 and March 2025, office-ish hours."""
    start = datetime.date(2024, 9, 3)
    day = start + datetime.timedelta(days=rng.randint(0, 200))
    if day.weekday() >= 5 and rng.random() < 0.7:
        day -= datetime.timedelta(days=day.weekday() - 4)
    hh = rng.choice([6, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16, 17, 19, 22])
    tz = TZ_EDT if (day < datetime.date(2024, 11, 3) or day >= datetime.date(2025, 3, 9)) else TZ_EST
    return datetime.datetime(day.year, day.month, day.day, hh, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def nfkc_fold(s):
    """Normalise for searching: NFKC, strip accents, lower case."""
    return strip_accents(unicodedata.normalize("NFKC", s)).lower()
