"""Shared pools, identifiers and formatting helpers for the respiratory-care corpus.

Everything here is invented: the hospital, the people, the addresses and the
numbers.  RAMQ NAMs are never invented: they come from ../blind_nams.txt.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25153
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

# --------------------------------------------------------------------------
# The invented organisation
# --------------------------------------------------------------------------
DOMAIN = "chsaintaurele.example"
HOSP_FR = "Centre hospitalier Saint-Aurèle"
HOSP_EN = "Saint-Aurèle Hospital Centre"
HOSP_SHORT = "CHSA"
HOSP_ADDR = "1450, boulevard des Érablières, Rivière-aux-Hérons (Québec) G0X 3K7"
AREA = "819"

UNITS = {
    "lfp": ("Laboratoire de fonction pulmonaire", "Pulmonary Function Laboratory", "lfp", "0121"),
    "pod": ("Programme d'oxygénothérapie à domicile", "Home Oxygen Program", "oxygene", "0134"),
    "som": ("Clinique du sommeil", "Sleep Clinic", "sommeil", "0147"),
    "cer": ("Centre d'enseignement MPOC-asthme", "COPD and Asthma Education Centre", "enseignement.respi", "0152"),
    "inh": ("Service d'inhalothérapie", "Respiratory Therapy Department", "inhalo", "0163"),
    "pneumo": ("Clinique externe de pneumologie", "Respirology Outpatient Clinic", "pneumo", "0118"),
    "adm": ("Direction des services professionnels", "Professional Services Directorate", "dsp", "0100"),
    "rh": ("Ressources humaines", "Human Resources", "rh", "0109"),
    "achats": ("Approvisionnement", "Procurement", "approvisionnement", "0170"),
    "ti": ("Technologies de l'information", "Information Technology", "soutien.ti", "0188"),
    "archives": ("Archives médicales", "Health Records", "archives", "0126"),
    "pharma": ("Pharmacie", "Pharmacy", "pharmacie", "0139"),
}

EXTERNAL = {
    "clsc": ("CLSC des Hérons", "clsc-herons.example", "0171"),
    "gmf": ("GMF du Vieux-Moulin", "gmf-vieuxmoulin.example", "0175"),
    "pharm1": ("Pharmacie Desormeaux et Lacroix", "pharmacie-desormeaux.example", "0181"),
    "pharm2": ("Pharmacie du Plateau-Fleuri", "pharmaplateau.example", "0183"),
    "oxy": ("OxyVital Soins à domicile", "oxyvital.example", "0190"),
    "cpap": ("Respiro-Soins PPC", "respirosoins.example", "0192"),
    "ins": ("Assurances Boréal", "assurancesboreal.example", "0194"),
    "transport": ("Transport adapté Rivière-aux-Hérons", "transportadapte-rah.example", "0196"),
    "hosp2": ("Hôpital régional de Pointe-aux-Saules", "hrpas.example", "0158"),
    "ont": ("Valleyview Family Health Team", "valleyviewfht.example", "0161"),
    "ecole": ("École primaire des Trois-Ruisseaux", "cstroisruisseaux.example", "0165"),
    "dpj": ("Direction de la protection de la jeunesse - Bureau des Hérons", "dpj-herons.example", "0167"),
    "fourn": ("Médi-Respir Distribution inc.", "medirespir.example", "0198"),
    "congres": ("Association des inhalothérapeutes du Nord", "ainord.example", "0199"),
}

# --------------------------------------------------------------------------
# Name pools (kept disjoint from the NAM holders' surnames, and from each other)
# --------------------------------------------------------------------------
PATIENT_SURNAMES = [
    "Tremblay", "Bergeron", "Côté", "Lavoie", "Gingras", "Desrosiers", "Thériault", "Vaillancourt",
    "Beaulieu", "Dufour", "Lemieux", "Paradis", "Hébert", "Charbonneau", "Proulx", "Leclerc", "Dion",
    "Grenier", "Poulin", "Lachance", "Fontaine", "Bédard", "Perron", "Cyr", "Boivin", "Turcotte", "Dubé",
    "Rioux", "Labbé", "Audet", "Sirois", "Lévesque", "Guay", "Plante", "Drouin", "Harvey", "Kelly",
    "O'Brien", "Patel", "Nguyen", "Haddad", "Benali", "Diallo", "Murphy", "Campbell", "Larouche",
    "Fréchette", "St-Pierre", "Tessier", "Mercier", "Carrier", "Goulet", "Jalbert", "Nolet", "Asselin",
    "Bisson", "Gravel", "Lapierre", "Moreau", "Pageau",
]
PATIENT_GIVEN_F = ["Gisèle", "Lucille", "Thérèse", "Huguette", "Pierrette", "Colette", "Jocelyne", "Francine",
                   "Monique", "Carole", "Linda", "Johanne", "Fatima", "Priya", "Brenda", "Margaret",
                   "Dorothy", "Rita", "Micheline", "Solange", "Yolande", "Aïcha", "Doris", "Lise"]
PATIENT_GIVEN_M = ["Réjean", "Raymond", "Gaétan", "Normand", "Yvon", "Marcel", "Denis", "Serge", "Alain",
                   "Richard", "Guy", "Daniel", "Ahmed", "Kevin", "Patrick", "Harold", "Wayne", "Roger",
                   "Bertrand", "Jean-Guy", "Conrad", "Omar", "Fernand", "Lionel"]
CHILD_GIVEN_F = ["Léa", "Zoé", "Chloé", "Rosalie", "Maëlle", "Emily", "Alice", "Florence"]
CHILD_GIVEN_M = ["Félix", "Mathis", "William", "Noah", "Thomas", "Édouard", "Jayden", "Olivier"]

STAFF_SURNAMES = [
    "Vachon", "Desjardins", "Lafleur", "Beauchemin", "Bellerose", "Marchand", "Lavallée", "Gosselin",
    "Champagne", "Thibodeau", "Rochon", "Lacasse", "Brunelle", "Cormier", "Doucet", "Levasseur", "Aubin",
    "Fugère", "Ménard", "Sauvageau", "Lamontagne", "Pichette", "Daigle", "Forget", "Trudel", "Ouimet",
    "Joly", "Hamelin", "Corbeil", "Brassard", "Whitfield", "Harrington", "Mackenzie", "Okafor", "Sandhu",
    "Kowalski", "Fitzgerald", "Delgado", "Ramsay", "Pryce", "Laberge", "Vézina", "Chartrand", "Gaudreault",
]
STAFF_GIVEN = ["Véronique", "Mathieu", "Isabelle", "Karine", "Stéphane", "Julie", "Annie", "Éric",
               "Marie-Ève", "Sébastien", "Caroline", "Nicolas", "Mélanie", "Jean-François", "Rachel", "Owen",
               "Megan", "Tanya", "Ravi", "Hannah", "Laura", "Maxime", "Audrey", "Vincent", "Catherine",
               "Philippe", "Émilie", "Kim", "Alexandre", "Josiane"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON_EN = [m[:3] for m in MONTHS_EN]

FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_text(s):
    """Lower case, accents removed, full-width folded: used by the checks."""
    return strip_accents(unicodedata.normalize("NFKC", s)).lower()


def compact_digits(s):
    """Remove the separators a clerk might put inside an identifier."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in " .-/\u00a0\t").upper()


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)

    def as_patient(self, rng):
        p = make_patient(rng, "adult")
        p.update(surname=self.surname, given=self.given, sex=self.sex, dob=self.dob, nam=self.nam)
        return p


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            out.append(NamHolder(sur, giv, dob, sex, nam))
    return out


class NamPool:
    """Hands out NAM holders without replacement, optionally filtered by age."""

    def __init__(self, rng, holders):
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self.used = []

    def take(self, min_year=None, max_year=None):
        for h in self.holders:
            if h in self.used:
                continue
            if min_year and h.dob.year < min_year:
                continue
            if max_year and h.dob.year > max_year:
                continue
            self.used.append(h)
            return h
        raise RuntimeError("NAM pool exhausted")


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
def phone(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(["819", "819", "873", "450"]), rng.randint(0, 99))


STREETS = ["rang Saint-Éphrem", "rue des Pruches", "chemin du Lac-Brûlé", "avenue des Tisserands",
           "rue Sainte-Odile", "montée des Bouleaux", "rue du Héron-Bleu", "boulevard Laviolette-Nord",
           "rue des Forgerons", "chemin de la Grève", "Maple Crescent", "rue Principale Ouest",
           "rue des Outardes", "croissant des Mésanges"]
TOWNS = [("Rivière-aux-Hérons", "G0X 3K7"), ("Saint-Aurèle", "G0X 2B4"), ("Lac-des-Pruches", "G0X 1N8"),
         ("Sainte-Odile-du-Nord", "G0X 4C2"), ("Pointe-aux-Saules", "G0X 5H1"), ("Val-Tisserand", "G0X 6J9")]


def make_patient(rng, kind="adult", sex=None):
    sex = sex or rng.choice("FM")
    if kind == "child":
        given = rng.choice(CHILD_GIVEN_F if sex == "F" else CHILD_GIVEN_M)
        year = rng.randint(2012, 2020)
    else:
        given = rng.choice(PATIENT_GIVEN_F if sex == "F" else PATIENT_GIVEN_M)
        year = rng.randint(1932, 1975) if kind == "senior" else rng.randint(1945, 1995)
    dob = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    town, postal = rng.choice(TOWNS)
    return {
        "given": given, "surname": rng.choice(PATIENT_SURNAMES), "sex": sex, "dob": dob,
        "mrn": "%07d" % rng.randint(100000, 2999999), "phone": phone(rng),
        "street": "%d, %s" % (rng.randint(12, 2990), rng.choice(STREETS)), "town": town, "postal": postal,
        "nam": None,
    }


def make_staff(rng, title=None, unit="inh", surnames=None):
    given = rng.choice(STAFF_GIVEN)
    sur = rng.choice(surnames or STAFF_SURNAMES)
    local = strip_accents("%s.%s" % (given, sur)).lower().replace(" ", "").replace("'", "")
    return {"given": given, "surname": sur, "title": title or "", "unit": unit,
            "email": "%s@%s" % (local, DOMAIN), "full": "%s %s" % (given, sur),
            "ext": "%s-555-%s" % (AREA, UNITS[unit][3] if unit in UNITS else "0100")}


def staff_sig(s, lang):
    u = UNITS.get(s["unit"], UNITS["inh"])
    unit = u[0] if lang == "fr" else u[1]
    hosp = HOSP_FR if lang == "fr" else HOSP_EN
    lines = ["%s%s" % (s["title"] + " " if s["title"] else "", s["full"]), unit, hosp, HOSP_ADDR,
             ("Tél. : " if lang == "fr" else "Tel.: ") + s["ext"]]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Names in many shapes
# --------------------------------------------------------------------------
def name_form(p, style, lang="fr"):
    g, s = p["given"], p["surname"]
    title = {"fr": {"F": "Mme", "M": "M."}, "en": {"F": "Ms.", "M": "Mr."}}[lang][p["sex"]]
    return {
        "full": "%s %s" % (g, s),
        "upper_first": "%s, %s" % (s.upper(), g),
        "upper_nocomma": "%s %s" % (s.upper(), g),
        "title_sur": "%s %s" % (title, s),
        "title_full": "%s %s %s" % (title, g, s),
        "lower": ("%s %s" % (g, s)).lower(),
        "lower_sur_first": ("%s, %s" % (s, g)).lower(),
        "initial": "%s. %s" % (g[0], s),
        "sur_initial": "%s %s." % (s, g[0]),
        "sur_comma": "%s, %s" % (s, g),
        "given": g,
        "noaccent": strip_accents("%s %s" % (g, s)),
    }[style]


FULL_STYLES = ["full", "upper_first", "upper_nocomma", "title_full", "lower", "lower_sur_first", "sur_comma",
               "noaccent"]


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
def fmt_date(d, lang, style=None):
    style = style or ("long" if lang == "fr" else "long")
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON_EN[d.month - 1].upper(), d.year)
    if lang == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else d.day, MONTHS_FR[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


DOB_STYLES = ["iso", "dmy", "ymd_slash", "dmy_dash", "long", "dmon", "compact"]


def dob_renderings(d):
    out = [fmt_date(d, "fr", s) for s in DOB_STYLES] + [fmt_date(d, "en", "long")]
    out.append("%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year))
    return [norm_text(x) for x in out]


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn.calc_check_digit(base)


def ohip_valid(num):
    num = compact_digits(num)[:10]
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        body = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        pre = ("2" + body) if dob.year >= 2000 else body
        num = body + "%02d" % (97 - int(pre) % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        body = "%d%02d%02d%02d%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month,
                                           rng.choice([75, 69, 13, 33, 59, 44, 35]), rng.randint(1, 990),
                                           rng.randint(1, 990))
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def id_valid(kind, value):
    v = compact_digits(value)
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return ohip_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    return True


def disguise(value, style):
    """Write an identifier the way people actually type it."""
    v = value
    if style == "plain":
        return v
    if style == "fullwidth":
        return v.translate(FULLWIDTH)
    groups = {
        9: (3, 3, 3), 10: (4, 3, 3), 11: (2, 2, 2, 3, 2), 12: (4, 4, 4), 15: (1, 2, 2, 2, 3, 3, 2), 7: (3, 4),
    }.get(len(v), (len(v),))
    parts, i = [], 0
    for g in groups:
        parts.append(v[i:i + g])
        i += g
    sep = {"spaced": " ", "dotted": ".", "slashed": "/", "hyphen": "-", "double": "  "}[style]
    return sep.join(parts)


def nam_form(nam, style):
    if style == "lower":
        return nam.lower()
    if style == "fullwidth":
        return nam[:4] + nam[4:].translate(FULLWIDTH)
    if style == "plain":
        return nam
    sep = {"spaced": " ", "dotted": ".", "hyphen": "-", "slashed": "/"}[style]
    return sep.join([nam[:4], nam[4:8], nam[8:]])


def mrn_form(mrn, style):
    if style == "plain":
        return mrn
    if style == "prefix":
        return "SA-" + mrn
    if style == "fullwidth":
        return mrn.translate(FULLWIDTH)
    if style == "spaced":
        return "%s %s %s" % (mrn[:2], mrn[2:4], mrn[4:])
    if style == "hyphen":
        return "%s-%s" % (mrn[:3], mrn[3:])
    if style == "dotted":
        return "%s.%s" % (mrn[:3], mrn[3:])
    return mrn


def niss_std(v):
    return be_nn.format(v)


def nir_std(v):
    return fr_nir.format(v)


def ohip_std(v, vc=""):
    s = "%s-%s-%s" % (v[:4], v[4:7], v[7:])
    return s + ("-" + vc if vc else "")
