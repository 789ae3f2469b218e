"""Shared data for the corpus: seeded randomness, people, organisations,
identifier generators and formatting helpers (allied health flavour:
clinical nutrition, speech-language pathology, dysphagia)."""

import datetime
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25197
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")


def rng_for(key):
    """Independent deterministic generator for one message / one object."""
    return random.Random("%d:%s" % (SEED, key))


# ---------------------------------------------------------------- NAM holders

def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(given, sur, sex, datetime.date(y, m, d), nam=nam))
    return out


class Person:
    def __init__(self, given, surname, sex, dob, nam=None, lang="fr"):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.lang = lang

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def age(self, when):
        a = when.year - self.dob.year
        if (when.month, when.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


# Surnames of NAM holders are never used for anyone else (staff, other
# patients), so a negative can never carry a NAM holder's name.
NAM_SURNAMES_EXTRA = ("Morin",)

# ---------------------------------------------------------------- patients (non-NAM)

_PT_FR = [
    ("Rolande", "Bérubé", "F"), ("Fernand", "Laliberté", "M"), ("Yvon", "Chassé", "M"),
    ("Thérèse", "Lacasse", "F"), ("Réjean", "Comeau", "M"), ("Huguette", "Provencher", "F"),
    ("Marcel", "Doiron", "M"), ("Lise", "Ouimet", "F"), ("Armand", "Gosselin", "M"),
    ("Jeannine", "Côté", "F"), ("Gaétan", "Therrien", "M"), ("Pierrette", "Labbé", "F"),
    ("Normand", "Boisvert", "M"), ("Colette", "Brassard", "F"), ("Raymond", "Vézina", "M"),
    ("Ginette", "Lauzon", "F"), ("Lucien", "Marcoux", "M"), ("Solange", "Dumas", "F"),
    ("Jacqueline", "Hébert", "F"), ("Henri", "Beaulieu", "M"), ("Cécile", "Arsenault", "F"),
    ("Rosaire", "Drouin", "M"), ("Yolande", "Perron", "F"), ("Adrien", "Lafrance", "M"),
    ("Monique", "St-Onge", "F"), ("Clément", "Rioux", "M"), ("Aline", "Desjardins", "F"),
    ("Bertrand", "Voyer", "M"), ("Micheline", "Carrier", "F"), ("Roger", "Dallaire", "M"),
]
_KIDS_FR = [
    ("Éloïse", "Trudel", "F"), ("Mathis", "Leclerc", "M"), ("Zoé", "Gingras", "F"),
    ("Noah", "Bilodeau", "M"), ("Florence", "Paradis", "F"), ("Jacob", "Champagne", "M"),
    ("Rosalie", "Pépin", "F"), ("Édouard", "Lachapelle", "M"),
]
_PT_EN = [
    ("Harold", "Pennington", "M"), ("Margaret", "O'Rourke", "F"), ("Dorothy", "Fraser", "F"),
    ("Wei", "Zhang", "M"), ("Amrit", "Dhillon", "M"), ("Kevin", "McAllister", "M"),
    ("Aaliyah", "Haddad", "F"), ("Stanley", "Kowalczyk", "M"), ("Eleanor", "Whitfield", "F"),
    ("Gordon", "MacLeod", "M"), ("Patricia", "Nguyen", "F"), ("Bernard", "Ashworth", "M"),
    ("Joan", "Kingsley", "F"), ("Arthur", "Delaney", "M"), ("Ruth", "Abernathy", "F"),
    ("Vincent", "Russo", "M"), ("Irene", "Castellano", "F"), ("Douglas", "Pratt", "M"),
    ("Mabel", "Oyelaran", "F"), ("Frank", "Henstridge", "M"), ("Beverly", "Coombs", "F"),
    ("Walter", "Greaves", "M"), ("Lorraine", "Hatfield", "F"), ("Desmond", "Okafor", "M"),
    ("Shirley", "Lindgren", "F"), ("Raymond", "Quill", "M"), ("Evelyn", "Marsh", "F"),
    ("Howard", "Tilley", "M"), ("Nora", "Sheehan", "F"), ("Cecil", "Farquhar", "M"),
]
_KIDS_EN = [
    ("Tyler", "Brookes", "M"), ("Olivia", "Grant", "F"), ("Ethan", "Park", "M"),
    ("Chloe", "Ferris", "F"), ("Mason", "Doherty", "M"), ("Hannah", "Yusuf", "F"),
    ("Logan", "Pritchett", "M"), ("Ava", "Kerrigan", "F"),
]
_PT_BE = [
    ("Luc", "Vandermeulen", "M"), ("Anaïs", "Dewitte", "F"), ("Jean-Pierre", "Delvaux", "M"),
    ("Martine", "Wauters", "F"), ("Françoise", "Lambotte", "F"), ("Didier", "Mertens", "M"),
]
_PT_FRANCE = [
    ("Corinne", "Marchetti", "F"), ("Yannick", "Le Goff", "M"), ("Sylviane", "Roux", "F"),
    ("Bernard", "Castagnet", "M"), ("Odile", "Ferrand", "F"), ("Thierry", "Massot", "M"),
]


def _mk_pool(rows, lang, key, y0, y1):
    out = []
    for g, s, sex in rows:
        r = rng_for("dob:" + key + g + s)
        dob = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
        out.append(Person(g, s, sex, dob, lang=lang))
    return out


PT_FR = _mk_pool(_PT_FR, "fr", "fr", 1929, 1975)
KIDS_FR = _mk_pool(_KIDS_FR, "fr", "kfr", 2014, 2021)
PT_EN = _mk_pool(_PT_EN, "en", "en", 1931, 1978)
KIDS_EN = _mk_pool(_KIDS_EN, "en", "ken", 2014, 2021)
PT_BE = _mk_pool(_PT_BE, "fr", "be", 1938, 1979)
PT_FRANCE = _mk_pool(_PT_FRANCE, "fr", "fx", 1940, 1980)


class Pool:
    """Draws people without replacement (cycling if exhausted), deterministically."""

    def __init__(self, people, key):
        self.people = list(people)
        rng_for("pool:" + key).shuffle(self.people)
        self.i = 0

    def take(self):
        p = self.people[self.i % len(self.people)]
        self.i += 1
        return p


# ---------------------------------------------------------------- staff and organisations

ORG = {
    "name_fr": "Centre hospitalier régional de Val-des-Saules",
    "name_en": "Val-des-Saules Regional Hospital Centre",
    "short": "CHRVS",
    "dom": "chrvs.example",
    "addr": "1200, boulevard des Saules, Val-des-Saules (Québec) J0X 1T0",
    "addr_en": "1200 Des Saules Blvd., Val-des-Saules, QC J0X 1T0",
}

# (given, surname, role_fr, role_en, phone ext, sex)
STAFF = {
    "diet1": ("Isabelle", "Veilleux", "Dt.P., nutritionniste", "RD", "4412", "F"),
    "diet2": ("Karine", "Dufresne", "Dt.P., nutritionniste - soins intensifs", "RD, ICU", "4415", "F"),
    "diet3": ("Simon", "Lachance", "Dt.P., nutritionniste - oncologie", "RD, oncology", "4419", "M"),
    "slp1": ("Mélanie", "Charest", "orthophoniste", "S-LP", "4431", "F"),
    "slp2": ("Olivier", "Bergeron", "orthophoniste", "S-LP", "4433", "M"),
    "slp3": ("Annie", "Rochefort", "orthophoniste - pédiatrie", "S-LP, paediatrics", "4436", "F"),
    "aud1": ("Véronique", "Lemay", "audiologiste", "audiologist", "4438", "F"),
    "ent": ("Stéphane", "Hamelin", "ORL", "otolaryngologist", "2210", "M"),
    "geri": ("Amélie", "Vachon", "gériatre", "geriatrician", "2231", "F"),
    "gastro": ("Nadia", "Belkacem", "gastro-entérologue", "gastroenterologist", "2244", "F"),
    "radio": ("François", "Guimond", "radiologiste", "radiologist", "2302", "M"),
    "gp": ("Mathieu", "Pageau", "omnipraticien", "family physician", "2118", "M"),
    "clerk1": ("Chantal", "Poitras", "agente administrative", "admin. officer", "4400", "F"),
    "clerk2": ("Nicole", "Bisson", "agente administrative, Clinique de déglutition", "unit clerk", "4401", "F"),
    "mgr": ("Julie", "Desrochers", "chef de service, Réadaptation et nutrition clinique", "manager, Rehabilitation and Clinical Nutrition", "4300", "F"),
    "tech": ("Patrick", "Lévesque", "technicien en diététique", "diet technician", "4420", "M"),
    "nurse": ("Sophie", "Grenier", "infirmière clinicienne, 4e Nord", "clinical nurse", "3140", "F"),
    "hr": ("Marie-Ève", "Tardif", "conseillère en gestion des ressources humaines", "HR advisor", "1520", "F"),
    "it": ("Benoît", "Gravel", "Centre de services TI", "IT service desk", "1900", "M"),
    "fac": ("Luc", "Forget", "Services techniques", "Facilities", "1750", "M"),
    "pharm": ("Hélène", "Marchand", "pharmacienne", "pharmacist", "2650", "F"),
    "food": ("Daniel", "Aubin", "chef de production, Service alimentaire", "food services supervisor", "4460", "M"),
    # English-speaking staff
    "rd_en": ("Priya", "Raman", "Dt.P.", "RD", "4417", "F"),
    "rd_en2": ("Rebecca", "Stanton", "Dt.P.", "RD, outpatient nutrition", "4418", "F"),
    "slp_en": ("Heather", "Lindqvist", "orthophoniste", "S-LP(C)", "4434", "F"),
    "slp_en2": ("Daniel", "O'Shea", "orthophoniste", "S-LP, voice clinic", "4435", "M"),
    "gi_en": ("Kenneth", "Oduya", "gastro-entérologue", "gastroenterologist", "2246", "M"),
    "phys_en": ("Laura", "Fitzgerald", "physiatre", "physiatrist", "2260", "F"),
    "ent_en": ("Ahmed", "Karimi", "ORL", "otolaryngologist", "2212", "M"),
    "gp_en": ("Susan", "Whitcombe", "médecin de famille", "family physician", "2120", "F"),
    "mgr_en": ("Mark", "Holloway", "gestionnaire, professionnels de la santé", "Manager, Allied Health", "4301", "M"),
    "clerk_en": ("Janet", "Kerr", "commis d'unité", "unit clerk", "3101", "F"),
    "it_en": ("Colin", "Pritchard", "TI", "IT Service Desk", "1901", "M"),
    "pay_en": ("Angela", "Moretti", "paie", "Payroll", "1540", "F"),
    "rn_en": ("Grace", "Adeyemi", "infirmière", "RN, 3 West", "3120", "F"),
    "fac_en": ("Tom", "Hennessey", "installations", "Facilities", "1751", "M"),
    "edu_en": ("Claire", "Beaudry-Hughes", "éducatrice clinique", "clinical educator", "4305", "F"),
}

PHYS_KEYS = ("ent", "geri", "gastro", "radio", "gp", "gi_en", "phys_en", "ent_en", "gp_en")


def _asciify(s):
    tr = str.maketrans("éèêëàâäîïôöûüùçÉÈÊÀÂÎÔÛÇ'", "eeeeaaaiioouuucEEEAAIOUC-")
    return s.translate(tr)


def staff_addr(key, dom=None):
    g, s = STAFF[key][0], STAFF[key][1]
    local = (_asciify(g) + "." + _asciify(s)).lower().replace(" ", "").replace("--", "-")
    return "%s@%s" % (local, dom or ORG["dom"])


def staff_name(key, title=False, lang="fr"):
    g, s, _rf, _re, _x, sex = STAFF[key]
    if title and key in PHYS_KEYS:
        if lang == "fr":
            return ("Dre " if sex == "F" else "Dr ") + g + " " + s
        return "Dr. " + g + " " + s
    return g + " " + s


def staff_role(key, lang):
    return STAFF[key][2] if lang == "fr" else STAFF[key][3]


def clinic_phone(ext=None, last=None):
    p = "819-555-01%02d" % (last if last is not None else 40)
    return p + (" poste %s" % ext if ext else "")


def signature(key, lang, rng=None, short=False):
    g, s, rf, re_, ext, sex = STAFF[key]
    name = staff_name(key, title=True, lang=lang)
    if short:
        return "%s\n%s" % (name if key in PHYS_KEYS else g, "")
    if lang == "fr":
        lines = [
            "--",
            name,
            rf,
            ORG["name_fr"],
            ORG["addr"],
            "Tél. : 819-555-0140, poste %s | Téléc. : 819-555-0199" % ext,
        ]
    else:
        lines = [
            "--",
            name + (", " + re_ if key not in PHYS_KEYS else ""),
            re_ if key in PHYS_KEYS else "Rehabilitation and Clinical Nutrition",
            ORG["name_en"],
            ORG["addr_en"],
            "T 819-555-0140 ext. %s | F 819-555-0199" % ext,
        ]
    return "\n".join(lines)


EXT_ORGS = {
    "clsc": ("CLSC des Trois-Ruisseaux", "clsc-troisruisseaux.example"),
    "readap": ("Centre de réadaptation Le Tremplin", "tremplin-readaptation.example"),
    "chsld": ("CHSLD Les Jardins-Fleuris", "jardinsfleuris.example"),
    "pharma": ("Pharmacie Dubé-Lacoste", "pharm-dubelacoste.example"),
    "pharma_en": ("Kingsmere Pharmacy", "kingsmere-rx.example"),
    "homecare": ("Riverside Home Care Services", "riverside-hc.example"),
    "glenmore": ("Glenmore District Hospital", "glenmore-hosp.example"),
    "boreal": ("Assurances Boréal inc.", "boreal-assur.example"),
    "northstar": ("Northstar Life Insurance", "northstar-life.example"),
    "saaq": ("Société d'indemnisation routière (bureau régional)", "sir-indemnisation.example"),
    "transport": ("Transport adapté Val-des-Saules", "ta-valdessaules.example"),
    "ambul": ("Coopérative ambulancière des Saules", "coopambul.example"),
    "school": ("Centre de services scolaire des Hautes-Rives", "csshr.example"),
    "school_en": ("Lakehead Valley School Board", "lvsb.example"),
    "dpj": ("Direction de la protection de la jeunesse - région des Saules", "dpj-saules.example"),
    "cas": ("Riverside Children's Aid Society", "riverside-cas.example"),
    "belg": ("Clinique Saint-Remacle, Liège", "st-remacle.example"),
    "mutu": ("Mutualité Entraide Wallonne", "mutu-entraide.example"),
    "france": ("Centre hospitalier de Montclair-sur-Loire", "ch-montclair.example"),
    "cpam": ("Caisse primaire d'assurance maladie - service international", "cpam-intl.example"),
    "supplier": ("NutriMed Distribution", "nutrimed-distribution.example"),
    "supplier2": ("Dysphagia Solutions Canada", "dysphagia-solutions.example"),
    "equip": ("Endoscopie Médicale Laurentides", "endo-laurentides.example"),
    "congres": ("Association des orthophonistes et nutritionnistes de l'Est", "aone.example"),
    "conf_en": ("Canadian Dysphagia and Nutrition Forum", "cdnf.example"),
    "univ": ("Université de Val-des-Saules, École d'orthophonie", "uvds.example"),
    "family": ("", "courriel-perso.example"),
    "family2": ("", "mailbox-home.example"),
}

STREETS_FR = [
    "rue des Érables", "rang Saint-Joseph", "avenue Principale", "rue Notre-Dame Est",
    "chemin du Lac-Noir", "rue Champlain", "montée Sainte-Anne", "rue des Pins",
    "boulevard Laurier", "rue Bellevue",
]
TOWNS_FR = [
    ("Val-des-Saules", "J0X 1T0"), ("Saint-Aimé-des-Monts", "J0X 2K0"),
    ("Lac-aux-Hérons", "J0X 3B0"), ("Sainte-Clotilde-du-Nord", "J0X 1R0"),
]
STREETS_EN = [
    "Maple Crescent", "Birchwood Drive", "Old Mill Road", "Queen Street West",
    "Lakeview Avenue", "Cedar Lane", "Riverside Drive", "Hawthorne Court",
]
TOWNS_EN = [
    ("Glenmore, ON", "K0X 1A0"), ("Pembridge, ON", "K0X 2B0"),
    ("Val-des-Saules, QC", "J0X 1T0"), ("Aylwin Falls, QC", "J0X 1P0"),
]


def home_address(rng, lang, qc=False):
    if lang == "en" and qc:
        town, pc = rng.choice([t for t in TOWNS_EN if t[0].endswith("QC")])
        return "%d %s, %s %s" % (rng.randint(12, 2980), rng.choice(STREETS_EN), town, pc)
    if lang == "fr":
        town, pc = rng.choice(TOWNS_FR)
        return "%d, %s, %s (Québec) %s" % (rng.randint(12, 2980), rng.choice(STREETS_FR), town, pc)
    town, pc = rng.choice(TOWNS_EN)
    return "%d %s, %s %s" % (rng.randint(12, 2980), rng.choice(STREETS_EN), town, pc)


def personal_phone(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(["819", "873", "613", "450"]), rng.randint(0, 99))


# ---------------------------------------------------------------- identifiers

def _luhn_complete(rng, prefix, length):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def gen_sin(rng):
    n = _luhn_complete(rng, str(rng.choice([1, 2, 3, 4, 5, 6, 7])), 9)
    assert ca_sin.is_valid(n)
    return n


def ohn_valid(digits):
    return len(digits) == 10 and digits.isdigit() and luhn.is_valid(digits)


def gen_ohn(rng):
    n = _luhn_complete(rng, str(rng.randint(1, 9)), 10)
    vc = rng.choice(["", "AB", "KT", "MR", "ZX", "HC"])
    assert ohn_valid(n)
    return n, vc


def gen_niss(rng, person):
    d = person.dob
    assert d.year < 2000
    ctr = rng.randint(1, 498) * 2 + (1 if person.sex == "M" else 0)
    if person.sex == "F" and ctr % 2:
        ctr += 1
    base = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, ctr)
    chk = 97 - (int(base) % 97)
    n = base + "%02d" % chk
    assert be_nn.is_valid(n), n
    return n


def gen_nir(rng, person):
    d = person.dob
    dept = "%02d" % rng.choice([13, 31, 37, 44, 49, 69, 75])
    base = "%d%02d%02d%s%03d%03d" % (1 if person.sex == "M" else 2, d.year % 100, d.month,
                                     dept, rng.randint(1, 990), rng.randint(1, 990))
    n = base + fr_nir.calc_check_digits(base + "00")
    assert fr_nir.is_valid(n), n
    return n


def gen_mrn(rng):
    return "%d%06d" % (rng.choice([0, 1, 2]), rng.randint(10000, 999999))


FULLWIDTH = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          "".join(chr(0xFF10 + i) for i in range(10)) +
                          "".join(chr(0xFF21 + i) for i in range(26)))


def disguise(value, style, groups):
    """Render an identifier. groups = sizes of display groups, e.g. (4,4,4)."""
    parts, i = [], 0
    for g in groups:
        parts.append(value[i:i + g])
        i += g
    if i < len(value):
        parts.append(value[i:])
    parts = [p for p in parts if p]
    if style == "plain":
        return value
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "hyphen":
        return "-".join(parts)
    if style == "double":
        return "  ".join(parts)
    if style == "fullwidth":
        return value.translate(FULLWIDTH)
    if style == "fullwidth_space":
        return " ".join(parts).translate(FULLWIDTH)
    if style == "letters":
        return " ".join(value)
    raise ValueError(style)


NAM_GROUPS = (4, 4, 4)
SIN_GROUPS = (3, 3, 3)
OHN_GROUPS = (4, 3, 3)
NISS_GROUPS = (2, 2, 2, 3, 2)
NIR_GROUPS = (1, 2, 2, 2, 3, 3, 2)
MRN_GROUPS = (3, 4)


def fmt_niss(n, style):
    if style == "official":
        return be_nn.format(n)
    return disguise(n, style, NISS_GROUPS)


def fmt_nir(n, style):
    if style == "official":
        return disguise(n, "space", NIR_GROUPS)
    return disguise(n, style, NIR_GROUPS)


# ---------------------------------------------------------------- names and dates

def name_as(p, style, lang="fr"):
    g, s = p.given, p.surname
    if style == "full":
        return "%s %s" % (g, s)
    if style == "title":
        if lang == "fr":
            return ("Mme " if p.sex == "F" else "M. ") + s
        return ("Mrs. " if p.sex == "F" else "Mr. ") + s
    if style == "title_full":
        if lang == "fr":
            return ("Mme " if p.sex == "F" else "M. ") + g + " " + s
        return ("Ms. " if p.sex == "F" else "Mr. ") + g + " " + s
    if style == "upper_first":
        return "%s, %s" % (s.upper(), g)
    if style == "surname_first":
        return "%s, %s" % (s, g)
    if style == "upper_nocomma":
        return "%s %s" % (s.upper(), g.upper())
    if style == "lower":
        return ("%s %s" % (g, s)).lower()
    if style == "lower_rev":
        return ("%s %s" % (s, g)).lower()
    if style == "initials":
        return "%s. %s" % (g[0], s)
    if style == "initial_after":
        return "%s %s." % (s, g[0])
    if style == "given":
        return g
    raise ValueError(style)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "fr_long":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if style == "fr_slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "en_long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "en_abbr":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    raise ValueError(style)


def fr_day(d):
    return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])


def en_day(d):
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


BASE_DATE = datetime.date(2024, 9, 3)


def msg_date(rng, idx):
    """A working-day date/time for message idx; spread over Sept 2024 - Mar 2025."""
    d = BASE_DATE + datetime.timedelta(days=rng.randint(0, 200))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 17), rng.randint(0, 59),
                             rng.randint(0, 59))


def later(d, rng, lo=1, hi=20):
    x = d + datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x += datetime.timedelta(days=1)
    return x


def fnum(x, lang, nd=1):
    s = ("%." + str(nd) + "f") % x
    return s.replace(".", ",") if lang == "fr" else s
