"""Shared data, people, identifiers and small text helpers for the corpus generator.

Everything here is invented except the RAMQ NAMs, which come from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 118559


def rng_for(*parts):
    """A private, reproducible random stream for one message."""
    return random.Random("-".join(str(p) for p in (SEED,) + parts))


# --------------------------------------------------------------------------
# NAM holders (the only RAMQ numbers allowed in the corpus)
# --------------------------------------------------------------------------
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob  # datetime.date
        self.sex = sex  # 'F' or 'M'
        self.nam = nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.email = None
        self.ohip = None
        self.sin = None
        self.niss = None
        self.nir = None

    # display helpers ------------------------------------------------------
    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def rev(self):
        return f"{self.surname}, {self.given}"

    @property
    def upper_rev(self):
        return f"{self.surname.upper()}, {self.given}"

    @property
    def initials_surname(self):
        return f"{self.given[0]}. {self.surname}"

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def titled(self, lang):
        return f"{self.title(lang)} {self.full}"

    def titled_surname(self, lang):
        return f"{self.title(lang)} {self.surname}"

    def age_on(self, d):
        a = d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))
        return a


def load_nam_people():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    people = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            people.append(Person(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return people


NAM_PEOPLE = load_nam_people()
NAM_FULLNAMES = {(p.surname, p.given) for p in NAM_PEOPLE}


# --------------------------------------------------------------------------
# Invented patients (no NAM): pools chosen so that no NAM holder's name forms
# --------------------------------------------------------------------------
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Gosselin", "Nguyen", "Haddad", "Bisson",
    "Vézina", "Lacroix", "Fréchette", "Picard", "Drolet", "Rioux", "Marchand", "Bélisle",
    "Audet", "Lachance", "Provencher", "Mercier", "Trudel", "Bédard", "Gendron", "Fortier",
    "Sauvé", "Kowalski", "Ferreira", "Benoît", "Hamel", "Labbé", "Doucet", "O'Neill", "Patel",
    "Castonguay", "Lefebvre", "Ramírez", "Hébert-Cyr", "St-Onge", "Jolicoeur", "Chartrand",
    "Mailloux", "Boisvert", "Nadon", "Thériault", "Demers", "Leclerc", "Aubin", "Grenier",
]
PAT_GIVEN_F = [
    "Élodie", "Chloé", "Fatima", "Yasmine", "Rosalie", "Lucie", "Zoé", "Olivia", "Amira",
    "Camille", "Léa", "Jade", "Mélissa", "Audrey", "Stéphanie", "Karine", "Noémie", "Aïcha",
    "Maude", "Rebecca", "Hannah", "Valérie", "Annie", "Justine", "Francine", "Lise", "Monique",
    "Jocelyne", "Priscilla", "Gabrielle", "Raphaëlle", "Laurence", "Émilie", "Katia",
]
PAT_GIVEN_M = [
    "Mathieu", "Kevin", "Antoine", "Jérôme", "Noah", "Karim", "Hugo", "Benoît", "Ethan",
    "Maxime", "Félix", "Gabriel", "Simon", "Olivier", "Raymond", "Yves", "Réjean", "Daniel",
    "Alexis", "Thomas", "William", "Mohamed", "Vincent", "Luc", "Normand", "Zachary", "Jonathan",
    "Anthony", "Steve", "Éric", "Rémi", "Loïc", "Omar",
]

STREETS = [
    "rue des Érables", "boulevard Taschereau", "rue Principale", "avenue du Parc", "rue Saint-Denis",
    "chemin de la Côte-Sainte-Catherine", "rue Notre-Dame Ouest", "avenue des Pins", "rue King Est",
    "rue Wellington Sud", "boulevard des Laurentides", "rue de la Montagne", "rang Saint-Joseph",
    "rue Papineau", "avenue Bélanger", "rue du Couvent", "montée Saint-François", "rue Laviolette",
]
CITIES = [
    ("Longueuil", "QC", "J4K"), ("Laval", "QC", "H7N"), ("Montréal", "QC", "H2J"),
    ("Saint-Jérôme", "QC", "J7Z"), ("Sherbrooke", "QC", "J1H"), ("Trois-Rivières", "QC", "G9A"),
    ("Granby", "QC", "J2G"), ("Gatineau", "QC", "J8Y"), ("Drummondville", "QC", "J2B"),
    ("Joliette", "QC", "J6E"), ("Rimouski", "QC", "G5L"), ("Saint-Hyacinthe", "QC", "J2S"),
]
ON_CITIES = [("Ottawa", "ON", "K1S"), ("Cornwall", "ON", "K6H"), ("Hawkesbury", "ON", "K6A"),
             ("Kingston", "ON", "K7L"), ("Orléans", "ON", "K1C")]


def phone(r, area=None):
    area = area or r.choice(["514", "450", "438", "819", "418", "579"])
    return f"{area}-555-01{r.randint(0, 99):02d}"


def postal(r, fsa):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{fsa} {r.randint(1, 9)}{r.choice(L)}{r.randint(0, 9)}"


def address(r, ontario=False):
    city, prov, fsa = r.choice(ON_CITIES if ontario else CITIES)
    num = r.randint(12, 9870)
    apt = f", app. {r.randint(1, 24)}" if r.random() < 0.25 and not ontario else ""
    if ontario:
        street = r.choice(["Bank Street", "Rideau Street", "Elgin Street", "Montreal Road",
                           "Pitt Street", "Princess Street", "St. Laurent Blvd"])
        return f"{num} {street}, {city}, {prov} {postal(r, fsa)}"
    return f"{num}, {r.choice(STREETS)}{apt}, {city} ({'Québec'}) {postal(r, fsa)}"


def mrn_number(r):
    return f"{r.randint(0, 9)}{r.randint(0, 9999999):07d}"


def invented_patient(r, sex=None, min_year=1940, max_year=2008, dob=None):
    sex = sex or r.choice("FM")
    while True:
        sur = r.choice(PAT_SURNAMES)
        giv = r.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
        if (sur, giv) not in NAM_FULLNAMES:
            break
    if dob is None:
        dob = datetime.date(r.randint(min_year, max_year), r.randint(1, 12), r.randint(1, 28))
    p = Person(sur, giv, dob, sex)
    fill_person(r, p)
    return p


def fill_person(r, p, ontario=False):
    p.mrn = mrn_number(r)
    p.phone = phone(r, "613" if ontario else None)
    p.address = address(r, ontario)
    base = unicodedata.normalize("NFKD", f"{p.given}.{p.surname}").encode("ascii", "ignore").decode()
    base = base.lower().replace("'", "").replace(" ", "")
    p.email = f"{base}{r.randint(1, 99)}@{r.choice(['courriel', 'videotron-mail', 'maboite', 'netmail'])}.example"
    return p


def nam_patient(r, used=None, pred=None):
    """Pick a NAM holder (optionally one not used yet, optionally filtered)."""
    pool = [p for p in NAM_PEOPLE if (pred is None or pred(p))]
    if used is not None:
        fresh = [p for p in pool if p.nam not in used]
        if fresh:
            pool = fresh
    p = r.choice(pool)
    if used is not None:
        used.add(p.nam)
    q = Person(p.surname, p.given, p.dob, p.sex, p.nam)
    fill_person(r, q)
    return q


# --------------------------------------------------------------------------
# Other national identifiers (generated, validated with python-stdnum)
# --------------------------------------------------------------------------
def make_sin(r):
    while True:
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(r):
    while True:
        body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))


def make_niss(r, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        seq = r.randint(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = f"{yymmdd}{seq:03d}"
        n = int(base) if dob.year < 2000 else int("2" + base)
        num = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(r, dob, sex):
    while True:
        dept = f"{r.choice([1, 6, 13, 21, 33, 38, 42, 59, 67, 69, 75, 92, 93, 94]):02d}"
        body = f"{1 if sex == 'M' else 2}{dob.strftime('%y%m')}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def fmt_sin(n, style=0):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
            f"{n[:3]}.{n[3:6]}.{n[6:]}"][style % 4]


def fmt_ohip(n, vc, style=0):
    return [f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}",
            f"{n[:4]} {n[4:7]} {n[7:]}"][style % 4]


def fmt_niss(n, style=0):
    return [f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]} {n[6:9]} {n[9:]}"][style % 3]


def fmt_nir(n, style=0):
    return [f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n,
            f"{n[:13]} {n[13:]}"][style % 3]


FULLWIDTH = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fmt_nam(nam, style=0):
    """Several ways clerks actually type a NAM."""
    s = style % 8
    if s == 0:
        return nam
    if s == 1:
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if s == 2:
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if s == 3:
        return nam.lower()
    if s == 4:
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if s == 5:
        return nam.translate(FULLWIDTH)
    if s == 6:
        return " ".join(nam)
    return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"


def fmt_mrn(m, style=0):
    s = style % 7
    if s == 0:
        return m
    if s == 1:
        return f"{m[:2]} {m[2:5]} {m[5:]}"
    if s == 2:
        return f"H-{m}"
    if s == 3:
        return f"{m[:2]}/{m[2:5]}/{m[5:]}"
    if s == 4:
        return m.translate(FULLWIDTH)
    if s == 5:
        return f"{m[:4]}.{m[4:]}"
    return " ".join(m)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fr_date(d, weekday=False):
    s = f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {s}" if weekday else s


def en_date(d, weekday=False):
    s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{DAYS[d.weekday()]}, {s}" if weekday else s


def ldate(d, lang, weekday=False):
    return fr_date(d, weekday) if lang == "fr" else en_date(d, weekday)


def dob_str(d, r):
    return r.choice([d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
                     d.strftime("%d-%m-%Y"), d.strftime("%Y%m%d")])


def msg_datetime(r):
    """A sending date in 2025, fixed by the message's own random stream."""
    base = datetime.datetime(2025, 1, 6, 7, 0)
    d = base + datetime.timedelta(days=r.randint(0, 290), minutes=r.randint(0, 11 * 60))
    if d.weekday() >= 5:
        d -= datetime.timedelta(days=d.weekday() - 4)
    return d


def later(r, d, lo=2, hi=40):
    x = d + datetime.timedelta(days=r.randint(lo, hi))
    if x.weekday() >= 5:
        x += datetime.timedelta(days=7 - x.weekday())
    return x


def clock(r):
    return f"{r.choice([8, 9, 10, 11, 13, 14, 15])}:{r.choice(['00', '15', '30', '45'])}"


def fr_clock(c):
    h, m = c.split(":")
    return f"{h} h {m}" if m != "00" else f"{h} h"


def deaccent(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'").replace("–", "-").replace("—", "-")
    s = s.replace("«", '"').replace("»", '"').replace("…", "...").replace("\u00a0", " ")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def fold(s):
    return deaccent(s).lower()


# --------------------------------------------------------------------------
# Organisation, staff and signatures
# --------------------------------------------------------------------------
ORG = {
    "hosp_fr": "Centre hospitalier universitaire Saint-Laurent",
    "hosp_short": "CHUSL",
    "dom": "chusl.example",
    "gen_fr": "Service de génétique médicale",
    "gen_en": "Medical Genetics Service",
    "lab_fr": "Laboratoire de diagnostic moléculaire",
    "lab_en": "Molecular Diagnostics Laboratory",
    "addr": "3850, boulevard Saint-Laurent, pavillon C, 4e étage, Montréal (Québec) H2X 0A9",
    "addr_lab": "3850, boulevard Saint-Laurent, pavillon D, local D-2.114, Montréal (Québec) H2X 0A9",
    "tel": "514-555-0142",
    "tel_lab": "514-555-0167",
    "fax": "514-555-0143",
}

# (given, surname, role_fr, role_en, email-local, extension)
STAFF = {
    "vachon": ("Hélène", "Vachon-Desrosiers", "médecin généticienne", "Medical Geneticist", "h.vachon", "4411", "Dre"),
    "okafor": ("Samuel", "Okafor", "médecin généticien", "Medical Geneticist", "samuel.okafor", "4417", "Dr"),
    "charest": ("Isabelle", "Charest", "généticienne biochimiste, clinique des maladies métaboliques",
                "Biochemical Geneticist, Metabolic Clinic", "isabelle.charest", "4425", "Dre"),
    "laroche": ("Marie-Ève", "Laroche", "conseillère en génétique", "Genetic Counsellor", "me.laroche", "4432", ""),
    "dufresne": ("Karine", "Dufresne", "conseillère en génétique, oncogénétique", "Genetic Counsellor, Cancer Genetics",
                 "karine.dufresne", "4433", ""),
    "raman": ("Priya", "Raman", "conseillère en génétique", "Genetic Counsellor (MSc, CCGC)", "priya.raman", "4436", ""),
    "beaulieu": ("Julien", "Beaulieu", "conseiller en génétique, génétique prénatale", "Genetic Counsellor, Prenatal",
                 "julien.beaulieu", "4438", ""),
    "benali": ("Nadia", "Benali", "technologiste médicale principale", "Senior Medical Technologist",
               "nadia.benali", "5521", ""),
    "lemieux": ("François", "Lemieux", "biochimiste clinique, directeur du laboratoire", "Clinical Biochemist, Laboratory Director",
                "francois.lemieux", "5501", "Dr"),
    "turcotte": ("Sophie", "Turcotte", "agente administrative, accueil de la génétique", "Administrative Officer, Genetics Reception",
                 "sophie.turcotte", "4400", ""),
    "giroux": ("Chantal", "Giroux", "adjointe à la direction", "Executive Assistant", "chantal.giroux", "4402", ""),
    "pepin": ("Mélanie", "Pépin", "infirmière clinicienne, suivi du dépistage néonatal", "Clinical Nurse, Newborn Screening Follow-up",
              "melanie.pepin", "4450", ""),
    "desjardins": ("Olivier", "Desjardins", "coordonnateur, biobanque de recherche", "Coordinator, Research Biobank",
                   "olivier.desjardins", "6610", ""),
    "rousseau": ("Amélie", "Rousseau", "coordonnatrice de recherche clinique", "Clinical Research Coordinator",
                 "amelie.rousseau", "6612", ""),
    "wright": ("Thomas", "Wright", "pathologiste moléculaire", "Molecular Pathologist", "thomas.wright", "5507", "Dr"),
    "chen": ("Laura", "Chen", "bio-informaticienne", "Bioinformatician", "laura.chen", "5530", ""),
    "fontaine": ("Éric", "Fontaine", "chef de service administratif", "Administrative Manager", "eric.fontaine", "4405", ""),
    "hebert": ("Claire", "Hébert", "travailleuse sociale", "Social Worker", "claire.hebert", "4460", ""),
    "elamrani": ("Rachida", "El Amrani", "obstétricienne-gynécologue, médecine fœto-maternelle", "Maternal-Fetal Medicine",
                 "rachida.elamrani", "3310", "Dre"),
    "morneau": ("Patrick", "Morneau", "technicien en administration, facturation", "Billing Technician",
                "patrick.morneau", "4407", ""),
    "sauriol": ("Josiane", "Sauriol", "archiviste médicale", "Health Records Technician", "josiane.sauriol", "2210", ""),
}

EXTERNAL_MD = [
    ("Dre", "Annie", "Lévesque", "GMF des Rivières", "gmf-rivieres.example", "médecin de famille"),
    ("Dr", "Marc-André", "Poulin", "Clinique d'oncologie Rive-Sud", "onco-rivesud.example", "hémato-oncologue"),
    ("Dre", "Stéphanie", "Lalonde", "CLSC du Vieux-Port", "clsc-vieuxport.example", "médecin de famille"),
    ("Dr", "Kwame", "Mensah", "Ottawa Valley Children's Hospital", "ovch.example", "pediatrician"),
    ("Dre", "Nathalie", "Bernier-Roy", "Hôpital régional de Joliette", "hrj.example", "gynécologue-obstétricienne"),
    ("Dr", "Alain", "Desrochers", "Clinique de gastroentérologie Laval", "gastro-laval.example", "gastro-entérologue"),
    ("Dre", "Jessica", "Rowe", "Eastern Ontario Cancer Clinic", "eocc.example", "medical oncologist"),
    ("Dr", "Hugo", "Vallières", "Centre de cardiologie de l'Estrie", "cardio-estrie.example", "cardiologue"),
]

PARTNER_FR = ("Laboratoire de génétique moléculaire", "CHU de Valmont", "chu-valmont.example", "Dr Bastien Morel")
PARTNER_BE = ("Centre de génétique humaine", "Cliniques universitaires de la Meuse", "cgh-meuse.example", "Dre Inès Verhaegen")


def staff(key):
    g, s, rf, re_, em, ext, t = STAFF[key]
    return {"given": g, "surname": s, "role_fr": rf, "role_en": re_, "email": f"{em}@{ORG['dom']}",
            "ext": ext, "title": t, "name": f"{g} {s}", "disp": (f"{t} {g} {s}" if t else f"{g} {s}")}


def signature(r, key, lang, style=None):
    st = staff(key)
    style = r.randint(0, 4) if style is None else style
    service = ORG["gen_fr"] if lang == "fr" else ORG["gen_en"]
    if key in ("benali", "lemieux", "wright", "chen"):
        service = ORG["lab_fr"] if lang == "fr" else ORG["lab_en"]
    role = st["role_fr"] if lang == "fr" else st["role_en"]
    tel = ORG["tel_lab"] if "Laboratoire" in service or "Laboratory" in service else ORG["tel"]
    if style == 0:
        return f"\n--\n{st['disp']}\n{role}\n{service}\n{ORG['hosp_fr']} ({ORG['hosp_short']})\nTél. : {tel}, poste {st['ext']}\n"
    if style == 1:
        return f"\n{st['given']}\n"
    if style == 2:
        conf = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur."
                if lang == "fr" else
                "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received "
                "it in error, please delete it and notify the sender.")
        return (f"\n{st['disp']} | {role}\n{service} | {ORG['hosp_short']}\n{ORG['addr']}\n"
                f"T {tel} x{st['ext']} | F {ORG['fax']}\n\n{conf}\n")
    if style == 3:
        return f"\n{'Merci' if lang == 'fr' else 'Thanks'},\n{st['name']}\n{'poste' if lang == 'fr' else 'ext.'} {st['ext']}\n"
    return f"\n{st['disp']}\n{role} — {ORG['hosp_short']}\n"


def greet(r, lang, name=None):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Salut {n},", "Bonjour à tous,", "Allo {n},", "{n},"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Dear {n},", "Good morning,", "{n} -"]
    if name:
        parts = name.split()
        if parts[0] in ("Dr", "Dre") and len(parts) > 2:
            name = f"{parts[0]} {parts[-1]}"
        opts = [o for o in opts if "{n}" in o] + [opts[0]]
    else:
        opts = [o for o in opts if "{n}" not in o]
    return r.choice(opts).format(n=name)
