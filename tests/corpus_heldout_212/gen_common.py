"""Shared data pools, people, identifiers and formatting helpers.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG = "Réseau de santé de la Haute-Chaudière"
ORG_EN = "Haute-Chaudière Health Network"
DOM = "rshc.example"
HOSP = ["Hôpital Saint-Aurèle", "Hôpital de Val-Rocher", "Centre hospitalier Mont-Bruyère"]
CLINIC_FR = "Clinique de rhumatologie et Centre de perfusion des biologiques (CPB)"
CLINIC_EN = "Rheumatology Clinic and Biologic Infusion Centre"
CLINIC_ADDR = "2200, boul. des Ormeaux, Sainte-Aurèle (Québec) G0X 2B0"
CLINIC_TEL = "418 555-0142"
CLINIC_FAX = "418 555-0143"

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# Patient surnames deliberately disjoint from the NAM holders' surnames.
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gravel", "Dufour", "Desjardins", "Beaulieu",
    "Bérubé", "Vézina", "Lachance", "Rioux", "Dionne", "Hébert", "Vaillancourt", "Pouliot",
    "Lemieux", "Charron", "Turcotte", "Grenier", "Brassard", "Harvey", "Lévesque", "Labrecque",
    "Champagne", "Nguyen", "Haddad", "Kowalski", "O'Brien", "Patel", "Campbell", "Murphy",
    "St-Pierre", "Thériault", "Duchesne", "Bisson", "Leclerc", "Chartrand", "Audet",
    "Jean-Baptiste", "Fontaine", "Gingras", "Proulx", "Laflamme", "Paradis", "Ménard", "Renaud",
    "Doucet", "Landry", "Arsenault", "McKenzie", "Sirois", "Poulin", "Couture", "Garneau",
]
PAT_GIVEN_F = ["Huguette", "Chantal", "Mélanie", "Karine", "Julie", "Francine", "Lise",
               "Marie-Ève", "Annie", "Nicole", "Amélie", "Jessica", "Priya", "Fatima",
               "Thi Lan", "Margaret", "Heather", "Linda", "Rose-Marie", "Pierrette",
               "Solange", "Maude", "Carole", "Noémie", "Claudette", "Kathleen"]
PAT_GIVEN_M = ["Réjean", "Yvon", "Steve", "Éric", "Normand", "Jean-François", "Sylvain",
               "Raymond", "Olivier", "Kevin", "Ahmed", "Mohamed", "Patrick", "Brian",
               "Gaétan", "Denis", "Richard", "Luc", "Ghislain", "Samuel", "Trevor", "Hugo"]

STREETS = ["rue des Érables", "rang Saint-Joseph", "avenue du Parc", "rue Principale",
           "chemin du Lac-Vert", "rue Notre-Dame", "boulevard Laurier", "rue des Pins",
           "montée des Sources", "rue Champlain", "rue de la Fabrique", "avenue Royale-Est"]
TOWNS = [("Sainte-Aurèle", "G0X 2B1"), ("Val-Rocher", "G0X 3C4"), ("Mont-Bruyère", "G0Y 1H7"),
         ("Saint-Isidore-des-Prés", "G0Z 4K2"), ("Lac-aux-Hérons", "J0Z 8P3"),
         ("Beauséjour", "G0W 6T9")]
EN_STREETS = ["Maple Crescent", "Riverside Drive", "Elm Street", "Church Road",
              "Cedar Lane", "Queen Street", "Birch Avenue"]

# Staff (surnames disjoint from NAM holders and from patients).
STAFF = [
    # key, given, surname, title_fr, title_en, role_fr, role_en
    ("vachon", "Hélène", "Vachon", "Dre", "Dr.", "rhumatologue", "rheumatologist"),
    ("lachapelle", "Marc-André", "Lachapelle", "Dr", "Dr.", "rhumatologue", "rheumatologist"),
    ("okafor", "Chidi", "Okafor", "Dr", "Dr.", "rhumatologue", "rheumatologist"),
    ("ahmadi", "Nadia", "Ahmadi", "Dre", "Dr.", "rhumatologue", "rheumatologist"),
    ("bellavance", "Stéphanie", "Bellavance", "", "", "infirmière clinicienne, CPB",
     "clinical nurse, infusion centre"),
    ("ferland", "Mathieu", "Ferland", "", "", "infirmier, CPB", "RN, infusion centre"),
    ("trudel", "Caroline", "Trudel", "", "", "infirmière pivot en rhumatologie",
     "rheumatology nurse navigator"),
    ("nolet", "Véronique", "Nolet", "", "", "pharmacienne, oncologie et biologiques",
     "pharmacist, biologics"),
    ("asselin", "Sylvain", "Asselin", "", "", "agent administratif, prise de rendez-vous",
     "booking clerk"),
    ("desrosiers", "Émilie", "Desrosiers", "", "", "travailleuse sociale", "social worker"),
    ("quirion", "Jonathan", "Quirion", "", "", "chef de service, médecine spécialisée",
     "manager, specialised medicine"),
    ("bolduc", "Alexandre", "Bolduc", "", "", "technicien, Direction des ressources informationnelles",
     "IT technician"),
    ("kim", "Grace", "Kim", "Dre", "Dr.", "résidente R4 rhumatologie", "rheumatology fellow"),
    ("lindqvist", "Erik", "Lindqvist", "Dr", "Dr.", "médecin de famille, GMF des Plaines",
     "family physician"),
    ("ferreira", "Ana", "Ferreira", "", "", "physiothérapeute", "physiotherapist"),
    ("tanguay", "Isabelle", "Tanguay", "", "", "assistante infirmière-chef", "assistant head nurse"),
    ("robitaille", "Vincent", "Robitaille", "", "", "acheteur, approvisionnement", "buyer, procurement"),
    ("soucy", "Catherine", "Soucy", "", "", "conseillère en ressources humaines", "HR advisor"),
    ("guay", "Sébastien", "Guay", "", "", "technicien en administration, paie", "payroll technician"),
    ("moreau", "Jeanne", "Moreau", "Dre", "Dr.", "microbiologiste-infectiologue",
     "infectious diseases physician"),
    ("hamel", "Patrice", "Hamel", "Dr", "Dr.", "radiologiste", "radiologist"),
    ("pichette", "Laurence", "Pichette", "", "", "archiviste médicale", "health records"),
    ("delisle", "Olivier", "Delisle", "", "", "coordonnateur, recherche clinique",
     "clinical research coordinator"),
    ("zhang", "Wei", "Zhang", "Dr", "Dr.", "rhumatologue", "rheumatologist"),
    ("carrier", "Mylène", "Carrier", "", "", "secrétaire médicale", "medical secretary"),
]
STAFF_BY_KEY = {s[0]: s for s in STAFF}
STAFF_FEMALE = {"vachon", "ahmadi", "bellavance", "trudel", "nolet", "desrosiers", "kim", "ferreira", "tanguay",
                "soucy", "moreau", "pichette", "carrier"}

EXT_DOMAINS = {
    "gmf": "gmf-desplaines.example",
    "pharm1": "pharmacie-lemay-giroux.example",
    "pharm2": "proxipharm-valrocher.example",
    "insurer": "assurances-boreale.example",
    "support": "biolien-soutien.example",
    "clsc": "clsc-valrocher.example",
    "transport": "transport-adapte-chaudiere.example",
    "ottawa": "eastvalley-hospital.example",
    "lab": "labo-rshc.example",
    "vendor1": "medinfusion-supply.example",
    "vendor2": "pompes-alto.example",
    "personal": ["courriel.example", "boitemail.example", "webpost.example"],
}

NAM_SURNAMES = None  # filled by load_holders()


def fold(s):
    """Lower case, without accents, for comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


class Person:
    def __init__(self, given, surname, dob, sex, nam=None):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.address = None
        self.phone = None
        self.mrn = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def load_holders():
    global NAM_SURNAMES
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(given, sur, datetime.date(y, m, d), sex, nam))
    NAM_SURNAMES = sorted({p.surname for p in out})
    return out


# ---------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def make_ohip(rng):
    body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + f"{97 - n % 97:02d}"
        if std_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "31", "67"])
        first = "1" if sex == "M" else "2"
        body = (f"{first}{dob.year % 100:02d}{dob.month:02d}{dept}"
                f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}")
        num = body + std_nir.calc_check_digits(body + "00")
        if std_nir.is_valid(num):
            return num


def make_mrn(rng):
    return f"{rng.randint(1, 9)}{rng.randint(0, 999999):06d}"


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": f"{a} {b} {c}",
        "dotted": f"{a}.{b}.{c}",
        "slashed": f"{a}/{b}/{c}",
        "hyphen": f"{a}-{b}-{c}",
        "lower": nam.lower(),
        "fullwidth": a + fullwidth(b + c),
        "odd": f"{a} {nam[4:6]} {nam[6:10]} {nam[10:]}",
    }[style]


def fmt_sin(n, style):
    return {
        "plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}", "hyphen": f"{n[:3]}-{n[3:6]}-{n[6:]}",
        "dotted": f"{n[:3]}.{n[3:6]}.{n[6:]}", "fullwidth": fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}"),
        "slashed": f"{n[:3]}/{n[3:6]}/{n[6:]}",
    }[style]


def fmt_ohip(n, style, vc=""):
    base = {
        "plain": n, "spaced": f"{n[:4]} {n[4:7]} {n[7:]}", "hyphen": f"{n[:4]}-{n[4:7]}-{n[7:]}",
        "dotted": f"{n[:4]}.{n[4:7]}.{n[7:]}", "fullwidth": fullwidth(n),
        "slashed": f"{n[:4]}/{n[4:7]}/{n[7:]}",
    }[style]
    return base + ((("-" if style == "hyphen" else " ") + vc) if vc else "")


def fmt_niss(n, style):
    return {
        "plain": n, "official": std_nn.format(n), "spaced": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        "fullwidth": fullwidth(std_nn.format(n)),
    }[style]


def fmt_nir(n, style):
    sp = f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    return {"plain": n, "spaced": sp, "dotted": sp.replace(" ", "."), "fullwidth": fullwidth(sp)}[style]


def fmt_mrn(m, style, prefix=""):
    s = {
        "plain": m, "spaced": f"{m[:3]} {m[3:]}", "hyphen": f"{m[:2]}-{m[2:4]}-{m[4:]}",
        "dotted": f"{m[:3]}.{m[3:]}", "slashed": f"{m[:1]}/{m[1:]}", "fullwidth": fullwidth(m),
    }[style]
    return prefix + s


# ---------------------------------------------------------------- dates

def fmt_date(d, lang, style):
    if lang == "fr":
        return {
            "iso": d.isoformat(),
            "long": f"{d.day}{'er' if d.day == 1 else ''} {FR_MONTHS[d.month - 1]} {d.year}",
            "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        }[style]
    return {
        "iso": d.isoformat(),
        "long": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dash": f"{d.day:02d}-{EN_MONTHS[d.month - 1][:3]}-{d.year}",
    }[style]


def dob_variants(d):
    out = set()
    for lang in ("fr", "en"):
        for st in ("iso", "long", "slash", "dash"):
            out.add(fold(fmt_date(d, lang, st)))
    out.add(f"{d.year}/{d.month:02d}/{d.day:02d}")
    return out


def fmt_sex(sex, lang, style):
    if style == "paren":
        return f"({sex})"
    return f"Sexe : {sex}" if lang == "fr" else f"Sex: {sex}"


# ---------------------------------------------------------------- names

def name_as(p, style, lang="fr"):
    g, s = p.given, p.surname
    title = ("Mme" if p.sex == "F" else "M.") if lang == "fr" else ("Ms." if p.sex == "F" else "Mr.")
    return {
        "full": f"{g} {s}",
        "title_full": f"{title} {g} {s}",
        "title_sur": f"{title} {s}",
        "upper_comma": f"{s.upper()}, {g}",
        "comma": f"{s}, {g}",
        "sur_first": f"{s} {g}",
        "upper_sur_first": f"{s.upper()} {g}",
        "lower": f"{g} {s}".lower(),
        "initial": f"{g[0]}. {s}",
        "given": g,
    }[style]


FULL_STYLES = ["full", "title_full", "upper_comma", "comma", "sur_first", "upper_sur_first", "lower"]


class Pools:
    """Draws invented patients without repetition; hands out NAM holders in order."""

    def __init__(self, seed):
        self.rng = random.Random(f"{seed}-pools")
        self.holders = load_holders()
        order = list(range(len(self.holders)))
        self.rng.shuffle(order)
        self.holder_order = order
        self.hpos = 0
        self.used_names = set()

    def holder(self, rng):
        p = self.holders[self.holder_order[self.hpos % len(self.holders)]]
        self.hpos += 1
        q = Person(p.given, p.surname, p.dob, p.sex, p.nam)
        self.decorate(q, rng)
        return q

    def patient(self, rng, min_year=1938, max_year=2004):
        while True:
            sex = rng.choice("FM")
            given = rng.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
            sur = rng.choice(PAT_SURNAMES)
            if (given, sur) not in self.used_names:
                self.used_names.add((given, sur))
                break
        y = rng.randint(min_year, max_year)
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p = Person(given, sur, dob, sex)
        self.decorate(p, rng)
        return p

    def decorate(self, p, rng):
        town, pc = rng.choice(TOWNS)
        p.address = f"{rng.randint(12, 4890)}, {rng.choice(STREETS)}, {town} (Québec) {pc}"
        p.phone = f"{rng.choice(['418', '581', '819', '450'])} 555-01{rng.randint(0, 99):02d}"
        p.mrn = make_mrn(rng)
        p.email = (f"{fold(p.given)[:1]}{fold(p.surname).replace(' ', '').replace(chr(39), '')}"
                   f"{rng.randint(1, 99)}@{rng.choice(EXT_DOMAINS['personal'])}")


def staff(key):
    return STAFF_BY_KEY[key]


def staff_addr(key):
    s = STAFF_BY_KEY[key]
    return (f"{s[1]} {s[2]}", f"{fold(s[1]).replace(' ', '')}.{fold(s[2])}@{DOM}")


def staff_name(key, lang="fr", title=True):
    s = STAFF_BY_KEY[key]
    t = (s[3] if lang == "fr" else s[4]) if title else ""
    return (t + " " if t else "") + f"{s[1]} {s[2]}"


def signature(key, lang, rng, hospital=None):
    s = STAFF_BY_KEY[key]
    hosp = hospital or HOSP[0]
    role = s[5] if lang == "fr" else s[6]
    name = staff_name(key, lang)
    style = rng.randint(0, 2)
    if style == 0:
        return ["--", name, role, CLINIC_FR if lang == "fr" else CLINIC_EN, hosp,
                CLINIC_ADDR, (f"Tél. : {CLINIC_TEL} | Téléc. : {CLINIC_FAX}" if lang == "fr"
                              else f"Tel: {CLINIC_TEL} | Fax: {CLINIC_FAX}")]
    if style == 1:
        return ["", name, f"{role} | {hosp}", f"{CLINIC_TEL} poste {rng.randint(2100, 2199)}"]
    return ["", s[1], ("CPB" if lang == "fr" else "Infusion Centre") + f" - {hosp}"]


def msg_date(rng, start=datetime.date(2024, 3, 1), span=420):
    d = start + datetime.timedelta(days=rng.randint(0, span))
    while d.weekday() >= 5 and rng.random() < 0.8:
        d += datetime.timedelta(days=1)
    t = datetime.time(rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
    dst = datetime.date(d.year, 3, 10) <= d < datetime.date(d.year, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime.combine(d, t, tz)


def future(dt, rng, lo=2, hi=40):
    d = dt.date() + datetime.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def weekday_fr(d):
    return ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][d.weekday()]


def weekday_en(d):
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()]
