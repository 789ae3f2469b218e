"""Common data, pools, identifiers and formatting helpers for the corpus generator.

Flavour: organ donation and transplant coordination of an (invented) health network.
Everything here is fictitious.  Only the standard library and python-stdnum are used.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25208
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

# ---------------------------------------------------------------- organisation
ORG_FR = "Réseau de santé Boréal-Laurentides"
ORG_EN = "Boréal-Laurentides Health Network"
PROG_FR = "Programme régional de don et de transplantation"
PROG_EN = "Regional Donation and Transplant Program"
DOM = "rsbl.example"
SITES = [
    ("Hôpital du Mont-Vallon", "Mont-Vallon Hospital", "HMV",
     "2200, boulevard des Cèdres, Mont-Vallon (Québec) J0V 2K0", "819-555-0100"),
    ("Centre hospitalier Saint-Armand", "Saint-Armand Hospital Centre", "CHSA",
     "415, rue Principale Est, Saint-Armand (Québec) J0S 1T0", "450-555-0110"),
    ("Hôpital régional de Val-Corbeil", "Val-Corbeil Regional Hospital", "HRVC",
     "90, avenue du Lac, Val-Corbeil (Québec) J0X 3C0", "873-555-0120"),
]
DIALYSIS_UNITS = ["Unité d'hémodialyse de Lac-Brûlé", "Centre de dialyse Sainte-Rose-des-Monts",
                  "Unité satellite de Pointe-aux-Saules"]
AGENCY = ("Alliance Greffe Nord", "alliancegreffe.example", "1-888-555-0155")
HLA_LAB_FR = "Laboratoire d'immunologie de transplantation"
HLA_LAB_EN = "Transplant Immunology Laboratory"
PHARMACIES = [
    ("Pharmacie Lemay-Tousignant", "pharmalemay.example", "819-555-0131"),
    ("Pharmacie du Vieux-Moulin", "vieuxmoulin-rx.example", "450-555-0132"),
    ("Rideau Falls Pharmacy", "rideaufalls-rx.example", "613-555-0133"),
    ("Pharmacie Carrefour des Pins", "carrefourpins.example", "873-555-0134"),
]
ONT_HOSP = ("Rideau Valley General Hospital", "rvgh.example", "613-555-0140")
BE_HOSP = ("Clinique universitaire Sainte-Gudule", "cusg.example", "+32 4 555 01 41")
FR_HOSP = ("CHU de Montclair-sur-Loue", "chu-montclair.example", "+33 3 555 01 42")
INSURER = ("Mutuelle Solidaire Assurances", "solidaire-assur.example", "1-800-555-0150")
VENDORS = [
    ("PerfuTech Médical inc.", "perfutech.example", "1-877-555-0160"),
    ("Biodiag Réactifs ltée", "biodiag.example", "1-866-555-0161"),
    ("Nordlab Supplies Ltd.", "nordlab.example", "1-855-555-0162"),
]

# ---------------------------------------------------------------- people pools
# Staff (never patients).  (given, surname, sex, title_fr, title_en, role_fr, role_en)
STAFF = [
    ("Hélène", "Vaillancourt", "F", "Dre", "Dr.", "néphrologue, greffe rénale", "transplant nephrologist"),
    ("Karim", "Benali", "M", "Dr", "Dr.", "hépatologue", "hepatologist"),
    ("Isabelle", "Charbonneau", "F", "Mme", "Ms.", "infirmière coordonnatrice de greffe", "transplant nurse coordinator"),
    ("Mathieu", "Ducharme", "M", "M.", "Mr.", "coordonnateur en don d'organes", "organ donation coordinator"),
    ("Priya", "Raman", "F", "Mme", "Ms.", "pharmacienne, greffe", "transplant pharmacist"),
    ("Olivier", "Lacasse", "M", "Dr", "Dr.", "intensiviste", "intensivist"),
    ("Chantal", "Robitaille", "F", "Mme", "Ms.", "agente administrative", "administrative officer"),
    ("Stéphane", "Marcoux", "M", "M.", "Mr.", "travailleur social", "social worker"),
    ("Anne-Marie", "Bisson", "F", "Mme", "Ms.", "technologiste HLA", "HLA technologist"),
    ("Kevin", "O'Brien", "M", "M.", "Mr.", "coordonnateur clinique", "clinical coordinator"),
    ("Rachel", "Goldberg", "F", "Dre", "Dr.", "chirurgienne de greffe", "transplant surgeon"),
    ("Julien", "Arsenault", "M", "Dr", "Dr.", "urologue", "urologist"),
    ("Nadia", "Bensaïd", "F", "Dre", "Dr.", "microbiologiste-infectiologue", "transplant infectious diseases"),
    ("Véronique", "Paradis", "F", "Mme", "Ms.", "chef de service, coordination", "coordination manager"),
    ("Samuel", "Fortier", "M", "M.", "Mr.", "technicien en approvisionnement", "procurement technician"),
    ("Laura", "McKenzie", "F", "Mme", "Ms.", "conseillère en ressources humaines", "HR advisor"),
    ("Daniel", "Whitfield", "M", "Dr", "Dr.", "néphrologue", "nephrologist"),
    ("Marie-Ève", "Lachance", "F", "Mme", "Ms.", "infirmière en dialyse", "dialysis nurse"),
    ("François", "Guay", "M", "M.", "Mr.", "analyste informatique", "IT analyst"),
    ("Sophie", "Turcotte", "F", "Mme", "Ms.", "adjointe à la direction", "executive assistant"),
    ("Yannick", "Beauchemin", "M", "Dr", "Dr.", "cardiologue, insuffisance cardiaque", "heart failure cardiologist"),
    ("Émilie", "Rousseau", "F", "Mme", "Ms.", "psychologue", "psychologist"),
    ("Thomas", "Kerr", "M", "M.", "Mr.", "gestionnaire des installations", "facilities manager"),
    ("Amina", "Diallo", "F", "Dre", "Dr.", "pneumologue, greffe pulmonaire", "lung transplant respirologist"),
    ("Luc", "Normandin", "M", "M.", "Mr.", "commis à la paie", "payroll clerk"),
    ("Geneviève", "Larivière", "F", "Mme", "Ms.", "nutritionniste", "dietitian"),
    ("Patrice", "Doucet", "M", "Dr", "Dr.", "pathologiste", "pathologist"),
    ("Caroline", "Vigneault", "F", "Mme", "Ms.", "infirmière coordonnatrice, donneurs vivants", "living donor coordinator"),
    ("Marc-André", "Veilleux", "M", "Dr", "Dr.", "intensiviste", "intensivist"),
    ("Fatou", "Ndiaye", "F", "Dre", "Dr.", "intensiviste", "intensivist"),
    ("Jean-Philippe", "Lalonde", "M", "M.", "Mr.", "pharmacien, greffe", "transplant pharmacist"),
    ("Ariane", "Thériault", "F", "Mme", "Ms.", "travailleuse sociale", "social worker"),
]

ROLES = {
    "icu": ["Lacasse", "Veilleux", "Ndiaye"],
    "coord": ["Charbonneau", "Ducharme", "O'Brien", "Vigneault", "Paradis"],
    "md": ["Vaillancourt", "Benali", "Goldberg", "Arsenault", "Bensaïd", "Whitfield", "Beauchemin", "Diallo"],
    "neph": ["Vaillancourt", "Whitfield"],
    "pharm": ["Raman", "Lalonde"],
    "sec": ["Robitaille", "Turcotte"],
    "sw": ["Marcoux", "Thériault"],
    "hla": ["Bisson"],
    "id": ["Bensaïd"],
    "nurse": ["Lachance", "Charbonneau", "Vigneault"],
    "dialysis": ["Lachance"],
    "ldcoord": ["Vigneault"],
    "mgr": ["Paradis"],
    "clinical": ["Charbonneau", "Ducharme", "O'Brien", "Vigneault", "Raman", "Lalonde", "Lachance", "Vaillancourt",
                 "Whitfield", "Benali", "Goldberg", "Diallo", "Beauchemin"],
    "team": ["Charbonneau", "Ducharme", "O'Brien", "Vigneault", "Paradis", "Lachance", "Robitaille"],
}

# Patients that do not hold a NAM (disjoint from staff and NAM holders' surnames).
PAT_SUR_FR = ["Tremblay", "Côté", "Bergeron", "Lévesque", "Gingras", "Dufour", "Poulin", "Béland",
              "Vachon", "Desjardins", "Lemieux", "Hébert", "Beaulieu", "Langlois", "St-Pierre",
              "Dion", "Leclerc", "Bilodeau", "Marchand", "Carrier", "Fillion", "Tessier", "Landry",
              "Moreau", "Boudreau", "Lambert", "Mercier", "Giroux", "Picard", "Bolduc", "Vézina",
              "Laroche", "Drolet", "Lavoie", "Bernier", "Gosselin", "Labbé", "Huard", "Lepage",
              "Cyr", "Grenier", "Audet", "Rioux", "Asselin", "Beaudry", "Chiasson"]
PAT_GIV_FR_F = ["Ginette", "Lise", "Suzanne", "Jocelyne", "Mélanie", "Karine", "Chloé", "Nicole",
                "Francine", "Maryse", "Annie", "Johanne", "Lucie", "Monique", "Rosalie", "Carole"]
PAT_GIV_FR_M = ["Réjean", "Normand", "Gaétan", "Yvon", "Sylvain", "Éric", "Benoît", "Mario",
                "Alain", "Jean-Guy", "Denis", "Raymond", "Maxime", "Patrick", "Guy", "Jacques-Yves"]
PAT_SUR_EN = ["Patel", "Nguyen", "Kowalski", "Okafor", "Haddad", "Ferreira", "Rossi", "Chen",
              "Ahmed", "Campbell", "Fraser", "Murphy", "Kelly", "Stewart", "Robertson", "Singh",
              "Walsh", "Hughes", "Grant", "Sullivan", "Kaur", "Novak", "Petrov", "Mendes",
              "Yilmaz", "Lindqvist", "Abernathy", "Quinlan", "Osei", "Henderson"]
PAT_GIV_EN_F = ["Margaret", "Linda", "Karen", "Jennifer", "Olivia", "Priyanka", "Grace", "Hannah",
                "Deborah", "Fatima", "Ruth", "Amanda", "Beverly", "Tanya"]
PAT_GIV_EN_M = ["Robert", "Kevin", "Daniel", "Raj", "Tom", "George", "Samuel", "Omar", "Peter",
                "Brian", "Gary", "Wei", "Ivan", "Craig"]
PAT_SUR_BE = ["Janssens", "Peeters", "Maes", "Dumont", "Lejeune", "Wouters", "Claes", "Goossens"]
PAT_GIV_BE_F = ["Marie-Claire", "Nathalie", "Els", "Véronique"]
PAT_GIV_BE_M = ["Luc", "Pieter", "Jean-Marc", "Koen"]
PAT_SUR_FRA = ["Lefèvre", "Garnier", "Rousselot", "Marchetti", "Chevallier", "Perrin", "Fabre"]
PAT_GIV_FRA_F = ["Sandrine", "Élodie", "Camille", "Agnès"]
PAT_GIV_FRA_M = ["Thierry", "Laurent", "Bruno", "Sébastien"]

STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "chemin du Lac-Vert", "avenue des Pins",
              "rue Notre-Dame Ouest", "montée du Coteau", "rue de la Gare", "boulevard Industriel",
              "rue des Hirondelles", "chemin de la Rivière-aux-Sables"]
TOWNS_FR = [("Mont-Vallon", "J0V 2K4"), ("Saint-Armand", "J0S 1T6"), ("Val-Corbeil", "J0X 3C8"),
            ("Lac-Brûlé", "J0T 1P2"), ("Sainte-Rose-des-Monts", "J0W 1R5"), ("Pointe-aux-Saules", "J0Y 2N9")]
STREETS_EN = ["Maple Crescent", "Riverside Drive", "Cedar Lane", "Wellington Street", "Birch Road",
              "Concession Road 4", "Hillcrest Avenue"]
TOWNS_EN = [("Rideau Falls", "ON", "K0A 2B0"), ("Pembury", "ON", "K0J 1X3"), ("Mont-Vallon", "QC", "J0V 2K4"),
            ("Greenfield Corners", "ON", "K0C 1L7")]

AREA_CODES = ["819", "450", "873", "514", "418", "613"]


def fold(s):
    """Accent-fold and casefold (for searching)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def load_nams():
    recs = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            recs.append({"surname": sur, "given": giv, "dob": datetime.date.fromisoformat(dob),
                         "sex": sex, "nam": nam})
    return recs


NAMS = load_nams()
NAM_SURNAMES = {fold(r["surname"]) for r in NAMS}

_all_pat = (PAT_SUR_FR + PAT_SUR_EN + PAT_SUR_BE + PAT_SUR_FRA)
assert not NAM_SURNAMES & {fold(s) for s in _all_pat}, "patient pool overlaps NAM surnames"
assert not NAM_SURNAMES & {fold(s[1]) for s in STAFF}, "staff pool overlaps NAM surnames"
assert not {fold(s[1]) for s in STAFF} & {fold(s) for s in _all_pat}, "staff/patient overlap"


# ---------------------------------------------------------------- identifiers
def gen_sin(rng):
    first = rng.choice("1234567")
    body = first + "".join(rng.choice("0123456789") for _ in range(7))
    num = body + luhn.calc_check_digit(body)
    assert ca_sin.is_valid(num)
    return num


def ohn_is_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 10 and num[0] != "0" and luhn.is_valid(num)


def gen_ohn(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert ohn_is_valid(num)
    vc = rng.choice(["AB", "KX", "TR", "MZ", "PH", "CG"])
    return num, vc


def gen_niss(rng, dob, sex):
    ymd = dob.strftime("%y%m%d")
    serial = rng.randrange(1, 997)
    if (serial % 2 == 1) != (sex == "M"):
        serial += 1
    base = ymd + "%03d" % serial
    pre = ("2" + base) if dob.year >= 2000 else base
    check = 97 - (int(pre) % 97)
    num = base + "%02d" % check
    assert be_nn.is_valid(num), num
    return num


def gen_nir(rng, dob, sex):
    dept = rng.choice(["25", "39", "70", "21", "75", "69"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) \
        + "%03d" % rng.randrange(1, 999)
    key = 97 - (int(body) % 97)
    num = body + "%02d" % key
    assert fr_nir.is_valid(num), num
    return num


def gen_mrn(rng, site=None):
    site = site or rng.choice(SITES)[2]
    n = rng.randrange(100000, 9999999)
    return site, "%07d" % n


def id_valid(kind, value):
    v = "".join(c for c in unicodedata.normalize("NFKC", value) if c.isalnum())
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return ohn_is_valid(v[:10])
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    return True


FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def fullwidth(s):
    return s.translate(FULLWIDTH)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_id(kind, value, style, extra=None):
    """Render an identifier in one of several disguises."""
    sizes = {"ca_sin": [3, 3, 3], "ca_health_number": [4, 3, 3], "be_niss": [2, 2, 2, 3, 2],
             "fr_nir": [1, 2, 2, 2, 3, 3, 2], "ramq_nam": [4, 4, 4], "mrn": [3, 4]}[kind]
    if style == "plain":
        if kind == "be_niss":
            s = "%s.%s.%s-%s.%s" % (value[0:2], value[2:4], value[4:6], value[6:9], value[9:11])
        elif kind == "ca_sin":
            s = group(value, sizes, " ")
        elif kind == "ca_health_number":
            s = group(value, sizes, "-")
        elif kind == "fr_nir":
            s = group(value, sizes, " ")
        else:
            s = value
    elif style == "compact":
        s = value
    elif style == "spaced":
        s = group(value, sizes, " ")
    elif style == "wide":
        s = group(value, sizes, "  ")
    elif style == "dotted":
        s = group(value, sizes, ".")
    elif style == "slashed":
        s = group(value, sizes, "/")
    elif style == "hyphen":
        s = group(value, sizes, "-")
    elif style == "fullwidth":
        s = fullwidth(group(value, sizes, " "))
    elif style == "lower":
        s = group(value, sizes, " ").lower()
    else:
        raise ValueError(style)
    if kind == "ca_health_number" and extra:
        s = s + ("-" if style in ("plain", "hyphen") else " ") + extra
    return s


def fmt_mrn(site, num, style):
    if style == "plain":
        return "%s-%s" % (site, num)
    if style == "spaced":
        return "%s %s %s" % (site, num[:3], num[3:])
    if style == "dotted":
        return "%s.%s.%s" % (site, num[:3], num[3:])
    if style == "slashed":
        return "%s/%s" % (site, num)
    if style == "bare":
        return num
    if style == "fullwidth":
        return site + " " + fullwidth(num)
    raise ValueError(style)


# ---------------------------------------------------------------- dates and text
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y/%m/%d")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        if lang == "fr":
            return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS_ABR[d.month - 1], d.year)
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    raise ValueError(style)


def fmt_day(d, lang):
    """Appointment-style date: 'mardi 12 mars' / 'Tuesday, March 12'."""
    if lang == "fr":
        return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


RESERVED_LINES = {0, 10, 11, 12, 14, 20, 31, 32, 33, 34, 40, 41, 42, 50, 55, 60, 61, 62, 66, 77, 99}
FREE_LINES = [n for n in range(100) if n not in RESERVED_LINES]


def phone(rng, area=None):
    """A personal number in the 555-01xx range, never one of the organisation's own lines."""
    return "%s-555-01%02d" % (area or rng.choice(AREA_CODES), rng.choice(FREE_LINES))


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


class Person:
    """A patient (or living donor) in a care context."""

    def __init__(self, given, surname, sex, dob, nam=None, origin="qc"):
        self.given, self.surname, self.sex, self.dob, self.nam, self.origin = given, surname, sex, dob, nam, origin

    def full(self):
        return "%s %s" % (self.given, self.surname)

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        tf = "Mme" if self.sex == "F" else "M."
        te = "Ms." if self.sex == "F" else "Mr."
        t = tf if lang == "fr" else te
        initials = "".join(p[0] + "." for p in g.split("-")) if "-" in g else g[0] + "."
        return {
            "full": "%s %s" % (g, s),
            "title": "%s %s %s" % (t, g, s),
            "title_sur": "%s %s" % (t, s),
            "sur_first": "%s, %s" % (s.upper(), g),
            "sur_first_mixed": "%s, %s" % (s, g),
            "sur_first_nocomma": "%s %s" % (s.upper(), g),
            "lower": "%s %s" % (g.lower(), s.lower()),
            "lower_title": "%s %s" % (t.lower(), s.lower()),
            "initial": "%s %s" % (initials, s),
            "upper": "%s %s" % (g.upper(), s.upper()),
            "given": g,
        }[style]


class Registry:
    """Hands out fresh patients, NAM holders and staff deterministically."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.nams = list(NAMS)
        rng.shuffle(self.nams)
        self.nam_i = 0
        self.patients = []  # every Person put in a positive

    def nam_person(self):
        r = self.nams[self.nam_i]
        self.nam_i += 1
        p = Person(r["given"], r["surname"], r["sex"], r["dob"], nam=r["nam"], origin="qc")
        self.patients.append(p)
        return p

    def person(self, origin="qc", lang="fr", sex=None, age=None, ref=None):
        rng = self.rng
        sex = sex or rng.choice("FM")
        if origin == "be":
            pools = (PAT_SUR_BE, PAT_GIV_BE_F, PAT_GIV_BE_M)
        elif origin == "fra":
            pools = (PAT_SUR_FRA, PAT_GIV_FRA_F, PAT_GIV_FRA_M)
        elif lang == "en":
            pools = (PAT_SUR_EN, PAT_GIV_EN_F, PAT_GIV_EN_M)
        else:
            pools = (PAT_SUR_FR, PAT_GIV_FR_F, PAT_GIV_FR_M)
        for _ in range(1000):
            s = rng.choice(pools[0])
            g = rng.choice(pools[1] if sex == "F" else pools[2])
            if (g, s) not in self.used and s not in {x[1] for x in self.used}:
                break
        else:
            for _ in range(1000):
                s = rng.choice(pools[0])
                g = rng.choice(pools[1] if sex == "F" else pools[2])
                if (g, s) not in self.used:
                    break
        self.used.add((g, s))
        ref = ref or datetime.date(2024, 6, 1)
        if age is None:
            age = rng.randrange(24, 74)
        dob = datetime.date(ref.year - age, rng.randrange(1, 13), rng.randrange(1, 29))
        p = Person(g, s, sex, dob, origin=origin)
        self.patients.append(p)
        return p

    def staff(self, k=1, exclude=(), role=None):
        pool = [s for s in STAFF if s[1] not in exclude and (role is None or s[1] in ROLES[role])]
        picks = self.rng.sample(pool, k)
        return picks if k > 1 else picks[0]


def staff_name(st, lang, titled=True):
    g, s, _sex, tf, te = st[0], st[1], st[2], st[3], st[4]
    if not titled:
        return "%s %s" % (g, s)
    return "%s %s %s" % (tf if lang == "fr" else te, g, s)


def staff_email(st):
    base = fold(st[0]).replace(" ", "") + "." + fold(st[1]).replace("'", "").replace(" ", "")
    base = base.replace("-", "")
    return "%s@%s" % (base, DOM)


def staff_role(st, lang):
    return st[5] if lang == "fr" else st[6]


def signature(st, lang, rng, site=None):
    site = site or rng.choice(SITES)
    lines = [staff_name(st, lang, titled=st[3] in ("Dr", "Dre")), staff_role(st, lang).capitalize()]
    lines.append(PROG_FR if lang == "fr" else PROG_EN)
    lines.append(site[0] if lang == "fr" else site[1])
    lines.append(site[3])
    lines.append(("Tél. : %s, poste %d" if lang == "fr" else "Tel. %s ext. %d") % (site[4], rng.randrange(2000, 7999)))
    return lines
