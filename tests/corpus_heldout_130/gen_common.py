"""Shared data and helpers: invented people, organisation, identifiers, formatting.

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
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]
IDENT_TYPES = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


# --------------------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            s, g, d, x, n = line.split()
            out.append(Holder(s, g, d, x, n))
    return out


# --------------------------------------------------------------------------- organisation
ORG = {
    "hosp_fr": "Centre hospitalier régional de Val-Brûlé",
    "hosp_en": "Val-Brûlé Regional Hospital",
    "short": "CHRVB",
    "dom": "chrvb.example",
    "clinic_fr": "Clinique d'anticoagulation",
    "clinic_en": "Anticoagulation Clinic",
    "pharm_fr": "Département de pharmacie",
    "pharm_en": "Pharmacy Department",
    "addr": "1200, boul. des Érables, Val-Brûlé (Québec)  J0X 1X0",
    "addr_ascii": "1200 boul. des Erables, Val-Brule QC  J0X 1X0",
    "tel_clinic": "819 555-0142",
    "fax_clinic": "819 555-0143",
    "tel_pharm": "819 555-0150",
    "fax_pharm": "819 555-0151",
}

COMMUNITY = [
    ("Pharmacie Lamarre & Giguère", "pharmacie-lamarre.example", "819 555-0161", "819 555-0162"),
    ("Pharmacie du Boisé", "pharmaboise.example", "819 555-0163", "819 555-0164"),
    ("Riverside Community Pharmacy", "riversiderx.example", "613 555-0165", "613 555-0166"),
    ("Pharmacie Vallières-Ngo", "vallieres-ngo.example", "819 555-0167", "819 555-0168"),
    ("Pharmacie des Trois-Rives", "pharm3rives.example", "819 555-0169", "819 555-0170"),
]
OTHER_DOMS = {
    "clsc": "clsc-troisrives.example",
    "gmf": "gmf-plateau-vb.example",
    "lab": "labo-regional.example",
    "insurer": "boreal-assurances.example",
    "supplier": "medipro.example",
    "wholesale": "distripharm.example",
    "dental": "clinique-dentaire-rive.example",
    "endo": "endoscopie-vb.example",
    "assoc": "apes-regionale.example",
    "it": "ti.chrvb.example",
    "mail": "courriel.example",
    "mail2": "postebox.example",
}

# Staff pool.  Surnames are checked at run time to be disjoint from NAM holders' surnames.
STAFF = [
    ("Isabelle", "Lavoie", "pharmacienne", "pharmacist", "F"),
    ("Mathieu", "Tremblay", "pharmacien", "pharmacist", "M"),
    ("Karine", "Bergeron", "infirmière clinicienne", "clinical nurse", "F"),
    ("Éric", "Côté", "pharmacien", "pharmacist", "M"),
    ("Véronique", "Dubé", "infirmière", "nurse", "F"),
    ("Priya", "Raman", "pharmacist", "pharmacist", "F"),
    ("Owen", "Fitzgerald", "hematologist", "hematologist", "M"),
    ("Stéphanie", "Ouimet", "agente administrative", "administrative officer", "F"),
    ("Sébastien", "Lachance", "chef du département de pharmacie", "head of pharmacy", "M"),
    ("Hélène", "Desjardins", "hématologue", "hematologist", "F"),
    ("Patrick", "Beaulieu", "technicien en pharmacie", "pharmacy technician", "M"),
    ("Marie-Ève", "Paradis", "assistante technique en pharmacie", "pharmacy assistant", "F"),
    ("Rachel", "Okafor", "nurse practitioner", "nurse practitioner", "F"),
    ("Jean-François", "Vachon", "médecin de famille", "family physician", "M"),
    ("Annie", "Lemieux", "pharmacienne", "pharmacist", "F"),
    ("Kevin", "Nguyen", "pharmacy resident", "pharmacy resident", "M"),
    ("Julie", "Drouin", "coordonnatrice", "coordinator", "F"),
    ("François", "Gosselin", "cardiologue", "cardiologist", "M"),
    ("Caroline", "Rousseau", "infirmière de liaison", "liaison nurse", "F"),
    ("Fatima", "Haddou", "pharmacienne communautaire", "community pharmacist", "F"),
    ("Martin", "Mercier", "technicien informatique", "IT technician", "M"),
    ("Mélanie", "Bolduc", "agente de gestion du personnel", "HR officer", "F"),
    ("Daniel", "Kowalski", "procurement officer", "procurement officer", "M"),
    ("Lise", "Turcotte", "secrétaire médicale", "medical secretary", "F"),
    ("Nadia", "Arsenault", "travailleuse sociale", "social worker", "F"),
    ("Gabriel", "Sauvé", "résident en médecine interne", "internal medicine resident", "M"),
    ("Chantal", "Bissonnette", "gestionnaire", "manager", "F"),
    ("Alexandre", "Chartrand", "dentiste", "dentist", "M"),
    ("Wei", "Chen", "gastroenterologist", "gastroenterologist", "M"),
    ("Sonia", "Laplante", "conseillère en prévention des infections", "infection control advisor", "F"),
    ("Philippe", "Perreault", "anesthésiologiste", "anesthesiologist", "M"),
    ("Emily", "Harrington", "clinical pharmacist", "clinical pharmacist", "F"),
]

# Patients who are not NAM holders (used in positives only).  Disjoint from staff surnames.
PAT_SURNAMES = ["Bérubé", "Lévesque", "Pelchat", "Thériault", "Gingras", "Boisvert", "Beauchamp",
                "Lemay", "Charbonneau", "Vaillancourt", "Desrosiers", "Rioux", "Plourde", "Bouffard",
                "Couture", "Giroux", "Dufour", "Poulin", "Labbé", "Jalbert", "Proulx", "Villeneuve",
                "Houle", "Bégin", "Nolet", "Fréchette", "Audet", "Carrier", "Gervais", "Lacasse",
                "Henderson", "McAllister", "Whitfield", "Kaplan", "Duarte", "Sullivan",
                "Przybylski", "Ferreira", "Haddad", "Murray", "Baptiste", "Ostrowski"]
PAT_GIVEN_F = ["Lucille", "Thérèse", "Huguette", "Pierrette", "Jocelyne", "Micheline", "Colette",
               "Rolande", "Doris", "Edna", "Margaret", "Beverly", "Phyllis", "Gisèle", "Françoise"]
PAT_GIVEN_M = ["Réjean", "Yvon", "Gaston", "Normand", "Raymond", "Bernard", "Fernand", "Marcel",
               "Harold", "Walter", "Frank", "Leonard", "Stanley", "Gérald", "Rosaire"]
STREETS = ["rue des Pins", "rang Saint-Joseph", "avenue Laurier", "rue Principale", "chemin du Lac-Vert",
           "rue Notre-Dame", "boul. Saint-Luc", "rue des Ormes", "montée Gagné", "avenue des Cèdres"]
TOWNS = [("Val-Brûlé", "J0X 1X0"), ("Sainte-Rose-du-Nord", "J0X 2B0"), ("Lac-aux-Sables-Ouest", "J0X 3C0"),
         ("Saint-Isidore-de-Ligny", "J0X 4D0"), ("Pointe-aux-Hérons", "J0X 5E0")]


class Patient:
    """An invented patient, optionally a NAM holder."""

    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."


def holder_patient(h):
    return Patient(h.given, h.surname, h.sex, h.dob, h.nam)


def random_patient(rng, min_age=35, max_age=92, ref=datetime.date(2025, 6, 1)):
    sex = rng.choice("FM")
    given = rng.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
    surname = rng.choice(PAT_SURNAMES)
    age = rng.randint(min_age, max_age)
    dob = datetime.date(ref.year - age, rng.randint(1, 12), rng.randint(1, 28))
    return Patient(given, surname, sex, dob)


# --------------------------------------------------------------------------- identifiers
def make_sin(rng, temporary=False):
    while True:
        first = "9" if temporary else rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def ohip_is_valid(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if ohip_is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        val = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - val % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex, dept="75"):
    while True:
        base = "%s%02d%02d%s%03d%03d" % ("1" if sex == "M" else "2", dob.year % 100, dob.month,
                                          dept, rng.randint(1, 120), rng.randint(1, 999))
        num = base + "%02d" % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return "%d%06d" % (rng.choice([2, 3, 4]), rng.randint(0, 999999))


FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_ident(kind, value, style):
    """Render an identifier in one of several disguises."""
    sizes = {"nam": [4, 4, 4], "sin": [3, 3, 3], "ohip": [4, 3, 3], "niss": [2, 2, 2, 3, 2],
             "nir": [1, 2, 2, 2, 3, 3, 2], "mrn": [2, 2, 3]}[kind]
    if kind == "mrn" and style in ("spaced", "dotted", "slashed", "hyphen"):
        sizes = [len(value) - 4, 4]
    if style == "plain":
        return value
    if style == "spaced":
        return group(value, sizes, " ")
    if style == "dotted":
        return group(value, sizes, ".")
    if style == "slashed":
        return group(value, sizes, "/")
    if style == "hyphen":
        return group(value, sizes, "-")
    if style == "fullwidth":
        return value.translate(FULLWIDTH)
    if style == "fullwidth_spaced":
        return group(value, sizes, " ").translate(FULLWIDTH)
    if style == "lower":
        return value.lower()
    if style == "niss_std" and kind == "niss":
        v = value
        return "%s.%s.%s-%s.%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:11])
    if style == "loose":
        return " ".join(value)
    raise ValueError(style)


# --------------------------------------------------------------------------- names & dates
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "slash_dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dot_dmy":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def dob_variants(d):
    """All the spellings a birth date may take in this corpus (used by the checks)."""
    out = {fmt_date(d, s) for s in ("iso", "slash_dmy", "dot_dmy", "ymd_slash", "compact")}
    out.add(fmt_date(d, "long", "fr"))
    out.add(fmt_date(d, "long", "en"))
    return out


def day_name(d, lang):
    return (DAYS_FR if lang == "fr" else DAYS_EN)[d.weekday()]


def name_form(p, style, lang="fr"):
    """Many ways of writing a patient's name."""
    g, s = p.given, p.surname
    if style == "full":
        return "%s %s" % (g, s)
    if style == "title":
        return "%s %s" % (p.title(lang), s)
    if style == "title_full":
        return "%s %s %s" % (p.title(lang), g, s)
    if style == "upper_comma":
        return "%s, %s" % (s.upper(), g)
    if style == "comma":
        return "%s, %s" % (s, g)
    if style == "lower":
        return "%s %s" % (g.lower(), s.lower())
    if style == "initial":
        return "%s. %s" % (g[0], s)
    if style == "initial_upper":
        return "%s %s." % (s.upper(), g[0])
    if style == "surname_first":
        return "%s %s" % (s.upper(), g)
    raise ValueError(style)


def fold(s):
    """Accent-fold and lower-case, for the checks."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def staff(i):
    return STAFF[i % len(STAFF)]


def staff_addr(st):
    g, s = st[0], st[1]
    loc = fold(g).replace(" ", "").replace("-", "") + "." + fold(s).replace(" ", "").replace("'", "")
    return "%s@%s" % (loc, ORG["dom"])


def signature(st, lang, kind="clinic", ascii_only=False):
    g, s, tfr, ten, _ = st
    title = tfr if lang == "fr" else ten
    if kind == "clinic":
        unit = ORG["clinic_fr"] if lang == "fr" else ORG["clinic_en"]
        tel, fax = ORG["tel_clinic"], ORG["fax_clinic"]
    else:
        unit = ORG["pharm_fr"] if lang == "fr" else ORG["pharm_en"]
        tel, fax = ORG["tel_pharm"], ORG["fax_pharm"]
    hosp = ORG["hosp_fr"] if lang == "fr" else ORG["hosp_en"]
    addr = ORG["addr_ascii"] if ascii_only else ORG["addr"]
    lines = ["--", "%s %s, %s" % (g, s, title), unit, hosp, addr,
             ("Tél. %s, poste %d | Téléc. %s" if lang == "fr" else "Tel. %s ext. %d | Fax %s")
             % (tel, 2200 + (sum(map(ord, s)) % 300), fax)]
    text = "\n".join(lines)
    if ascii_only:
        text = fold_keep_case(text)
    return text


ASCII_MAP = {"\u2014": "-", "\u2013": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
             "\u00ab": '"', "\u00bb": '"', "\u00b0": "o", "\u2192": "->", "\u2265": ">=", "\u2264": "<=",
             "\u00a0": " ", "\u202f": " ", "\u2022": "*", "\u00e6": "ae", "\u0153": "oe", "\u00d7": "x",
             "\u00b5": "u", "\u2026": "...", "\u20ac": "EUR"}


def fold_keep_case(s):
    """Best-effort ASCII transliteration (for us-ascii parts)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    return "".join(c if ord(c) < 128 else "?" for c in s)
