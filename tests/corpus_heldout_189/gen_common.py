"""Shared data and helpers: organisation, people, identifiers, dates, text blocks.

Everything here is invented.  Domains end in .example, phone numbers use 555-01xx.
"""
import datetime as _dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG_FR = "Centre intégré de santé Rivière-aux-Pins"
ORG_EN = "Rivière-aux-Pins Integrated Health Centre"
DOM = "cisrp.example"
HOSP = "Hôpital Saint-Aubin"
HOSP_ADDR = "4480, boulevard Saint-Aubin, Laval (Québec) H7X 0B3"
BRC_FR = "Bureau de la recherche clinique"
BRC_EN = "Clinical Research Office"
CER_FR = "Comité d'éthique de la recherche (CÉR)"
CER_EN = "Research Ethics Board (REB)"
BIOBANK_FR = "Biobanque Rivière-aux-Pins"
BIOBANK_EN = "Rivière-aux-Pins Biobank"

SITES = {
    "sponsor1": ("Norvalis Pharma", "norvalis.example"),
    "sponsor2": ("Cardiogen Bio", "cardiogen.example"),
    "cro": ("Trialbridge Research", "trialbridge.example"),
    "lab": ("Labcentra", "labcentra.example"),
    "courier": ("CryoXpress", "cryoxpress.example"),
    "on": ("Lakeshore Regional Hospital", "lakeshore-rh.example"),
    "be": ("Centre hospitalier universitaire de Namur-Sud", "chuns.example"),
    "fr": ("CHU de Villefranche-sur-Orne", "chu-vso.example"),
    "pharm": ("Pharmacie Desormeaux et Gingras", "pharm-dg.example"),
    "clinic": ("GMF des Trois-Ponts", "gmf3ponts.example"),
    "ins": ("Assurances Boréalis", "borealis-assur.example"),
}

STUDIES = [
    # code, fr title, en title, disease fr, disease en, IP
    ("CARDIO-HF 301", "insuffisance cardiaque à fraction d'éjection réduite",
     "heart failure with reduced ejection fraction", "IC-FER", "HFrEF", "NVX-214"),
    ("ONCO-BR 12", "cancer du sein HER2-positif métastatique",
     "HER2-positive metastatic breast cancer", "néo sein HER2+", "HER2+ breast ca", "CGB-880"),
    ("DIAB-REN 2", "néphropathie diabétique de stade 3",
     "stage 3 diabetic kidney disease", "IRC diabétique", "diabetic CKD", "NVX-090"),
    ("NEURO-PD 7", "maladie de Parkinson précoce",
     "early Parkinson's disease", "Parkinson", "Parkinson's", "CGB-115"),
    ("PEDI-ASTH 4", "asthme pédiatrique sévère",
     "severe paediatric asthma", "asthme sévère", "severe asthma", "NVX-377"),
    ("HEPA-C 9", "hépatite C chronique avec fibrose",
     "chronic hepatitis C with fibrosis", "VHC chronique", "chronic HCV", "CGB-402"),
]

# --------------------------------------------------------------------------
# People (staff, investigators).  Surnames are disjoint from the NAM list.
# --------------------------------------------------------------------------
STAFF = [
    # given, surname, role_fr, role_en, sex
    ("Véronique", "Ménard", "coordonnatrice de recherche clinique", "clinical research coordinator", "F"),
    ("Philippe", "Arsenault", "coordonnateur de recherche clinique", "clinical research coordinator", "M"),
    ("Karine", "Lemieux", "infirmière de recherche", "research nurse", "F"),
    ("Jennifer", "Whitfield", "infirmière de recherche", "research nurse", "F"),
    ("Olivier", "Champagne", "gestionnaire de la biobanque", "biobank manager", "M"),
    ("Nadia", "Farouk", "technicienne de la biobanque", "biobank technician", "F"),
    ("Stéphanie", "Béland", "coordonnatrice du CÉR", "REB coordinator", "F"),
    ("Matthew", "Caldwell", "data manager", "data manager", "M"),
    ("Mélanie", "Gingras", "pharmacienne de recherche", "research pharmacist", "F"),
    ("Daniel", "Kerr", "agent administratif", "administrative officer", "M"),
    ("Annie", "Charbonneau", "agente administrative", "administrative officer", "F"),
    ("Simon", "Proulx", "chef du service de la recherche clinique", "head of clinical research", "M"),
    ("Laura", "Adeyemi", "assistante de recherche", "research assistant", "F"),
    ("Émilie", "Vézina", "assistante de recherche", "research assistant", "F"),
    ("Ryan", "Liang", "analyste en informatique", "IT analyst", "M"),
    ("Claire", "Brennan", "responsable de la qualité", "quality assurance lead", "F"),
]
DOCTORS = [
    # given, surname, specialty fr, specialty en, sex
    ("Hélène", "Marchand", "cardiologie", "cardiology", "F"),
    ("François", "Rousseau", "oncologie", "oncology", "M"),
    ("Catherine", "Lachance", "néphrologie", "nephrology", "F"),
    ("Martin", "Boivin", "neurologie", "neurology", "M"),
    ("Fiona", "Ashworth", "pneumologie pédiatrique", "paediatric respirology", "F"),
    ("Arjun", "Kaur", "hépatologie", "hepatology", "M"),
    ("Julie", "Daigle", "médecine familiale", "family medicine", "F"),
    ("Adam", "Dixon", "radiologie", "radiology", "M"),
    ("Guy", "Fontaine", "médecine interne", "internal medicine", "M"),
    ("Victoria", "Hughes", "oncologie", "oncology", "F"),
]
EXTRA_STAFF_GIVEN = ["Isabelle", "Mathieu", "Chloé", "Vincent", "Sandra", "Kevin", "Marie-Pier",
                     "Hannah", "Benoît", "Megan", "Rémi", "Audrey", "Tristan", "Fatima", "Gabriel"]
EXTRA_STAFF_SURNAME = ["Cyr", "Larivière", "Rioux", "Duchesne", "Granger", "Iverson", "Jansen",
                       "Lindqvist", "Moreau-Tessier", "Ellison", "Grant", "Dion", "Hamel", "Ouimet", "Sauvé"]

# Patients without NAM (surnames disjoint from the NAM list)
PAT_FR_SUR = ["Tremblay", "Côté", "Bergeron", "Lévesque", "Dubé", "Vachon", "Desjardins", "Beaulieu",
              "Gosselin", "Lacroix", "Brassard", "Turcotte", "Poulin", "Lavoie", "Boudreau", "Dufour",
              "Mercier", "Hébert", "Lapierre", "Gagné", "Beauchemin", "St-Pierre", "Laflamme", "Jodoin"]
PAT_FR_F = ["Lucie", "Monique", "Francine", "Huguette", "Chantal", "Jocelyne", "Suzanne", "Réjeanne",
            "Carole", "Marie-Ève", "Noémie", "Lise", "Micheline", "Gisèle", "Annick", "Solange"]
PAT_FR_M = ["Réal", "Gaétan", "Yvon", "Normand", "Jean-Guy", "Sylvain", "Denis", "Richard", "Benoît",
            "Alain", "Raymond", "Gérald", "Luc", "Jonathan", "Éric", "Rosaire"]
PAT_EN_SUR = ["Campbell", "Stewart", "Robertson", "Murray", "Kowalski", "Nguyen", "Patel", "Okafor",
              "Fitzgerald", "Harrington", "Doyle", "O'Neill", "Sinclair", "Chen", "Haddad", "Rahman",
              "Ferreira", "Morrison", "Walsh", "Bennett", "McAllister", "Yoon", "Dasgupta", "Horvath"]
PAT_EN_F = ["Margaret", "Heather", "Priya", "Olivia", "Grace", "Linda", "Karen", "Nicole", "Amina",
            "Rebecca", "Ellen", "Joan", "Tanya", "Mei", "Brenda", "Shirley"]
PAT_EN_M = ["Douglas", "Kevin", "Trevor", "Brian", "Neil", "Samuel", "Graham", "Ian", "Tomasz",
            "Omar", "Derek", "Wayne", "Harold", "Curtis", "Raj", "Stanley"]
PAT_BE_SUR = ["Vandenberghe", "Peeters", "Janssens", "Lambotte", "Claes", "Wouters", "Maes", "Delvaux"]
PAT_BE_F = ["Els", "Sophie", "Nathalie", "Griet", "Véronique", "Anneleen"]
PAT_BE_M = ["Koen", "Pieter", "Thomas", "Jean-Marc", "Wim", "Didier"]
PAT_FRA_SUR = ["Lefèvre", "Garnier", "Rousset", "Chevalier", "Faure", "Blanchard", "Perrin", "Masson"]
PAT_FRA_F = ["Sandrine", "Nadège", "Aurélie", "Christelle", "Maryse", "Delphine"]
PAT_FRA_M = ["Thierry", "Laurent", "Hervé", "Pascal", "Yannick", "Fabrice"]

STUDY_PI = {"CARDIO-HF 301": 0, "ONCO-BR 12": 1, "DIAB-REN 2": 2, "NEURO-PD 7": 3, "PEDI-ASTH 4": 4,
            "HEPA-C 9": 5}
ADULT_STUDIES = [0, 1, 2, 3, 5]

CITIES_QC = [("Laval", "H7X"), ("Laval", "H7N"), ("Terrebonne", "J6W"), ("Blainville", "J7C"),
             ("Saint-Eustache", "J7R"), ("Mirabel", "J7J"), ("Boisbriand", "J7G"), ("Rosemère", "J7A")]
STREETS_FR = ["rue des Érables", "rue Principale", "boul. des Mille-Îles", "rue Dagenais",
              "avenue des Pins", "rue de la Fabrique", "montée Gagnon", "rue Saint-Louis",
              "chemin du Coteau", "rue des Hirondelles"]
CITIES_ON = [("Kingston", "K7L"), ("Belleville", "K8N"), ("Napanee", "K7R"), ("Picton", "K0K")]
STREETS_EN = ["Elm Street", "Concession Road 4", "Lakeview Drive", "Queen Street", "Birch Crescent",
              "Maple Avenue", "Old Mill Road", "Princess Street"]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    out = []
    for c in strip_accents(s):
        out.append(c if c.isalnum() else "-")
    r = "".join(out).strip("-").lower()
    while "--" in r:
        r = r.replace("--", "-")
    return r


def email_of(given, surname, dom=DOM):
    return "%s.%s@%s" % (slug(given).replace("-", ""), slug(surname).replace("-", ""), dom)


def staff(i):
    g, s, rf, re_, sex = STAFF[i % len(STAFF)]
    return {"given": g, "surname": s, "role_fr": rf, "role_en": re_, "sex": sex,
            "name": "%s %s" % (g, s), "addr": email_of(g, s)}


def doctor(i):
    g, s, sf, se, sex = DOCTORS[i % len(DOCTORS)]
    return {"given": g, "surname": s, "spec_fr": sf, "spec_en": se, "sex": sex,
            "name": "%s %s" % (g, s), "addr": email_of(g, s),
            "dr_fr": ("Dre " if sex == "F" else "Dr ") + "%s %s" % (g, s),
            "dr_en": "Dr. %s %s" % (g, s)}


def phone(rng, area=None):
    area = area or rng.choice(["450", "514", "579"])
    return "%s-555-01%02d" % (area, rng.randrange(0, 100))


def fmt_phone(p, style):
    a, b, c = p.split("-")
    return {0: "%s-%s-%s" % (a, b, c), 1: "(%s) %s-%s" % (a, b, c), 2: "%s.%s.%s" % (a, b, c),
            3: "%s %s %s" % (a, b, c), 4: "1-%s-%s-%s" % (a, b, c)}[style % 5]


def signature(person, lang, rng, org_line=True):
    role = person.get("role_fr" if lang == "fr" else "role_en", "")
    lines = [person["name"]]
    if role:
        lines.append(role[0].upper() + role[1:])
    if org_line:
        lines.append(BRC_FR if lang == "fr" else BRC_EN)
        lines.append(ORG_FR if lang == "fr" else ORG_EN)
        lines.append(HOSP_ADDR)
    ext = rng.randrange(2000, 7999)
    lines.append(("Tél. : 450-555-01%02d, poste %d" if lang == "fr" else "Tel. 450-555-01%02d ext. %d")
                 % (rng.randrange(0, 100), ext))
    return lines


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
def fr_date(d, style=0):
    if style == 0:
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        return d.isoformat()
    if style == 3:
        return d.strftime("%d-%m-%Y")
    return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])


def en_date(d, style=0):
    if style == 0:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 1:
        return d.isoformat()
    if style == 2:
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 3:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def ldate(lang, d, style=0):
    return fr_date(d, style) if lang == "fr" else en_date(d, style)


def msg_datetime(rng, month=None, day=None):
    month = month or rng.randrange(1, 12)
    day = day or rng.randrange(1, 28)
    d = _dt.date(2024, month, day)
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    hh = rng.randrange(7, 18)
    mm = rng.randrange(0, 60)
    ss = rng.randrange(0, 60)
    edt = _dt.date(2024, 3, 10) <= d < _dt.date(2024, 11, 3)
    tz = _dt.timezone(_dt.timedelta(hours=-4 if edt else -5))
    return _dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=tz)


def days_after(dt, n):
    d = dt.date() + _dt.timedelta(days=n)
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    return d


# --------------------------------------------------------------------------
# Identifier disguises
# --------------------------------------------------------------------------
FW = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW.update({c: chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_nam(nam, style):
    st = style % 7
    if st == 0:
        return nam
    if st == 1:
        return group(nam, (4, 4, 4), " ")
    if st == 2:
        return group(nam, (4, 4, 4), "-")
    if st == 3:
        return nam.lower()
    if st == 4:
        return group(nam, (4, 4, 4), ".")
    if st == 5:
        return fullwidth(group(nam, (4, 4, 4), " "))
    return group(nam, (4, 2, 2, 4), " ")


def fmt_sin(s, style):
    st = style % 6
    return [s, group(s, (3, 3, 3), " "), group(s, (3, 3, 3), "-"), group(s, (3, 3, 3), "."),
            fullwidth(group(s, (3, 3, 3), " ")), group(s, (3, 3, 3), "/")][st]


def fmt_ohn(s, vc, style):
    st = style % 5
    base = [group(s, (4, 3, 3), "-"), group(s, (4, 3, 3), " "), s, group(s, (4, 3, 3), "."),
            fullwidth(group(s, (4, 3, 3), " "))][st]
    return base + ("" if not vc else (" " if st != 0 else "-") + vc)


def fmt_niss(s, style):
    st = style % 4
    return ["%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:11]), s,
            group(s, (6, 3, 2), " "), group(s, (2, 2, 2, 3, 2), "/")][st]


def fmt_nir(s, style):
    st = style % 4
    return [group(s, (1, 2, 2, 2, 3, 3, 2), " "), s, group(s, (13, 2), " "),
            fullwidth(group(s, (1, 2, 2, 2, 3, 3, 2), " "))][st]


def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if _sin.is_valid(n) and n != "046454286":
            return n


def make_ohn(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n, rng.choice(["", "AB", "KX", "TM", "HG", "RP"])


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, seq)
        num = int(("2" if dob.year >= 2000 else "") + base)
        n = base + "%02d" % (97 - num % 97)
        if _nn.is_valid(n):
            return n


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["61", "14", "72", "35", "75", "69"])
        base = "%s%02d%02d%s%03d%03d" % ("1" if sex == "M" else "2", dob.year % 100, dob.month, dept,
                                         rng.randrange(1, 990), rng.randrange(1, 999))
        n = base + "%02d" % (97 - int(base) % 97)
        if _nir.is_valid(n):
            return n


def make_mrn(rng):
    return "%07d" % rng.randrange(1000000, 9999999)


def fmt_mrn(m, style, lang="fr"):
    st = style % 6
    return [m, "H-" + m, group(m, (3, 4), " "), "SA" + m, fullwidth(m), group(m, (2, 2, 3), ".")][st]


def valid_id(kind, value):
    if kind == "ca_sin":
        return _sin.is_valid(value)
    if kind == "ca_health_number":
        return len(value) == 10 and value.isdigit() and luhn.is_valid(value)
    if kind == "be_niss":
        return _nn.is_valid(value)
    if kind == "fr_nir":
        return _nir.is_valid(value)
    return True


# --------------------------------------------------------------------------
# NAM holders and other patients
# --------------------------------------------------------------------------
def load_nams():
    out, seen = [], set()
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            if nam in seen:
                continue
            seen.add(nam)
            out.append({"surname": sur, "given": giv, "dob": _dt.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


class People:
    """Deals out NAM holders (each at most once while possible) and invented patients."""

    def __init__(self, seed):
        self.rng = random.Random("%s-people" % seed)
        self.holders = load_nams()
        self.order = list(range(len(self.holders)))
        self.rng.shuffle(self.order)
        self.used_holders = set()
        self.used_names = set()

    def holder(self, rng, age="any"):
        """Next unused NAM holder; age is 'adult' (born before 2006), 'child' (born 2006 or later) or 'any'."""
        def ok(hh):
            return age == "any" or (hh["dob"].year < 2006) == (age == "adult")
        cand = [i for i in self.order if i not in self.used_holders and ok(self.holders[i])]
        if not cand:
            cand = [i for i in self.order if ok(self.holders[i])]
        i = cand[0]
        self.used_holders.add(i)
        self.order.remove(i)
        self.order.append(i)
        h = dict(self.holders[i])
        h["mrn"] = make_mrn(rng)
        h["phone"] = phone(rng)
        h["address"] = qc_address(rng)
        h["name"] = "%s %s" % (h["given"], h["surname"])
        h["kind"] = "qc"
        return h

    def patient(self, rng, kind="qc", child=False):
        pools = {"qc": (PAT_FR_SUR, PAT_FR_F, PAT_FR_M), "on": (PAT_EN_SUR, PAT_EN_F, PAT_EN_M),
                 "be": (PAT_BE_SUR, PAT_BE_F, PAT_BE_M), "fr": (PAT_FRA_SUR, PAT_FRA_F, PAT_FRA_M)}
        sur_pool, fp, mp = pools[kind]
        for _ in range(200):
            sex = rng.choice("FM")
            given = rng.choice(fp if sex == "F" else mp)
            sur = rng.choice(sur_pool)
            if (given, sur) not in self.used_names:
                break
        self.used_names.add((given, sur))
        y = rng.randrange(2008, 2019) if child else rng.randrange(1938, 2004)
        dob = _dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        p = {"surname": sur, "given": given, "sex": sex, "dob": dob, "mrn": make_mrn(rng),
             "name": "%s %s" % (given, sur), "kind": kind, "nam": None}
        if kind == "on":
            p["phone"] = phone(rng, rng.choice(["613", "343"]))
            p["address"] = on_address(rng)
        elif kind == "qc":
            p["phone"] = phone(rng)
            p["address"] = qc_address(rng)
        else:
            p["phone"] = phone(rng, "514")
            p["address"] = qc_address(rng)
        return p


def qc_address(rng):
    city, fsa = rng.choice(CITIES_QC)
    return "%d, %s, %s (Québec) %s %d%s%d" % (rng.randrange(12, 9800), rng.choice(STREETS_FR), city, fsa,
                                              rng.randrange(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"),
                                              rng.randrange(0, 9))


def on_address(rng):
    city, fsa = rng.choice(CITIES_ON)
    return "%d %s, %s, ON %s %d%s%d" % (rng.randrange(12, 2400), rng.choice(STREETS_EN), city, fsa,
                                        rng.randrange(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"),
                                        rng.randrange(0, 9))


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def name_form(p, style, lang="fr"):
    """Return a written form of a patient's name."""
    g, s, sex = p["given"], p["surname"], p["sex"]
    st = style % 9
    if st == 0:
        return "%s %s" % (g, s)
    if st == 1:
        return "%s, %s" % (s.upper(), g)
    if st == 2:
        if lang == "fr":
            return ("Mme " if sex == "F" else "M. ") + "%s %s" % (g, s)
        return ("Ms. " if sex == "F" else "Mr. ") + "%s %s" % (g, s)
    if st == 3:
        return "%s %s" % (g.lower(), s.lower())
    if st == 4:
        return "%s. %s" % (g[0], s)
    if st == 5:
        return "%s %s" % (s.upper(), g)
    if st == 6:
        if lang == "fr":
            return ("Mme " if sex == "F" else "M. ") + s
        return ("Mrs. " if sex == "F" else "Mr. ") + s
    if st == 7:
        return "%s, %s" % (s, g)
    return "%s %s" % (s.lower(), g.lower())


def full_name_ok(style):
    """Styles that keep both given name (or initial) and surname."""
    return style % 9 not in (6,)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
