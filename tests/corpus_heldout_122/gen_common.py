"""Shared helpers: people, organisations, identifiers, formatting.

Everything here is invented.  Only the RAMQ NAMs come from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- NAM holders


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'F' / 'M'
        self.nam = nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.email = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def rev(self):
        return f"{self.surname.upper()}, {self.given}"

    def title_fr(self):
        return "Mme" if self.sex == "F" else "M."

    def title_en(self):
        return "Ms." if self.sex == "F" else "Mr."

    def age(self, on=datetime.date(2025, 6, 1)):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    path = os.path.join(HERE, "..", "blind_nams.txt")
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


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


_NAM_SURN_KEYS = {strip_accents(s).lower() for s in NAM_SURNAMES}

# ----------------------------------------------------------- invented people

PATIENT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Beaulieu", "Lévesque",
    "Hébert", "Desjardins", "Pépin", "Vaillancourt", "Lachance", "Gingras",
    "Lemay", "Dufour", "Charbonneau", "Proulx", "Dionne", "Rioux", "Bérubé",
    "Labelle", "Chartrand", "Turcotte", "Asselin", "Poulin", "Marchand",
    "Lacroix", "Mercier", "Brisson", "Guay", "St-Pierre", "Deschênes",
    "Thériault", "Lalonde", "Bisson", "Ménard", "Ndiaye", "Nguyen", "Haddad",
    "Khalil", "O'Brien", "Kowalski", "Fernandes", "Petrov", "Singh", "Chen",
    "Diallo", "Joseph", "Pierre-Louis", "Alvarez", "Kaur", "Murphy",
    "Campbell", "Stewart", "Patel", "Houle", "Veilleux", "Cyr", "Drouin",
    "Laliberté", "Chabot", "Beaudoin", "Langlois", "Normandeau", "Fillion",
]
GIVEN_F = [
    "Jocelyne", "Lise", "Francine", "Mélanie", "Karine", "Huguette", "Chantal",
    "Nicole", "Isabelle", "Catherine", "Julie", "Annie", "Thérèse", "Lucie",
    "Émilie", "Jessica", "Fatou", "Yasmine", "Priya", "Brenda", "Linda",
    "Tanya", "Marie-Ève", "Rachel", "Colette", "Solange", "Maude", "Aïcha",
    "Noémie", "Carole",
]
GIVEN_M = [
    "Réjean", "Gaétan", "Sylvain", "Stéphane", "Yves", "Normand", "Benoît",
    "Alain", "Mathieu", "Olivier", "Maxime", "Éric", "Raymond", "Marcel",
    "Daniel", "Kevin", "Amir", "Mamadou", "Wei", "Sean", "Gary", "Jean-Guy",
    "Pierre-Luc", "Ghislain", "Rosaire", "Dave", "Hugo", "Ahmed", "Trevor",
    "Fernand",
]

# staff (disjoint surnames from patients and NAM holders)
STAFF = {
    # key: (given, surname, title_fr, title_en, role_fr, role_en, sex)
    "vachon": ("Hélène", "Vachon", "Dre", "Dr.", "pneumologue, médecin du sommeil",
               "respirologist, sleep medicine", "F"),
    "desrosiers": ("Philippe", "Desrosiers", "Dr", "Dr.", "neurologue",
                   "neurologist", "M"),
    "okafor": ("Samuel", "Okafor", "Dr", "Dr.", "pneumologue", "respirologist", "M"),
    "rahimi": ("Nadia", "Rahimi", "Dre", "Dr.", "pédiatre, clinique du sommeil",
               "paediatrician, sleep clinic", "F"),
    "laflamme": ("Martin", "Laflamme", "Dr", "Dr.", "médecin de famille, GMF des Rivières",
                 "family physician, GMF des Rivières", "M"),
    "beauchemin": ("Annie", "Beauchemin", "Dre", "Dr.", "médecin de famille",
                   "family physician", "F"),
    "whitfield": ("Kevin", "Whitfield", "Dr", "Dr.", "médecin de famille (Ottawa)",
                  "family physician, Ottawa", "M"),
    "fontaine": ("Claire", "Fontaine", "Dre", "Dr.", "psychiatre", "psychiatrist", "F"),
    "lemieux": ("Karine", "Lemieux", "", "", "inhalothérapeute", "respiratory therapist", "F"),
    "boivin": ("Mathieu", "Boivin", "", "", "inhalothérapeute", "respiratory therapist", "M"),
    "paradis": ("Josiane", "Paradis", "", "", "inhalothérapeute, PROD",
                "respiratory therapist, home oxygen", "F"),
    "frechette": ("Émilie", "Fréchette", "", "", "inhalothérapeute", "respiratory therapist", "F"),
    "carrier": ("Steve", "Carrier", "", "", "inhalothérapeute de nuit",
                "night respiratory therapist", "M"),
    "giroux": ("Alexandre", "Giroux", "", "", "technologue en polysomnographie",
               "polysomnographic technologist", "M"),
    "lambert": ("Sandra", "Lambert", "", "", "technologue en polysomnographie",
                "polysomnographic technologist", "F"),
    "sandhu": ("Priya", "Sandhu", "", "", "technologue en électrophysiologie",
               "sleep technologist", "F"),
    "kerr": ("Jonathan", "Kerr", "", "", "technologue de nuit", "night technologist", "M"),
    "bilodeau": ("Lyne", "Bilodeau", "", "", "agente administrative, clinique du sommeil",
                 "administrative agent, sleep clinic", "F"),
    "rousseau": ("Chantale", "Rousseau", "", "", "secrétaire médicale",
                 "medical secretary", "F"),
    "doucet": ("Denis", "Doucet", "", "", "coordonnateur clinique", "clinical coordinator", "M"),
    "arsenault": ("Marie-Josée", "Arsenault", "", "", "chef de service, inhalothérapie",
                  "manager, respiratory therapy", "F"),
    "lavallee": ("Patrick", "Lavallée", "", "", "directeur adjoint, services spécialisés",
                 "assistant director, specialised services", "M"),
    "cormier": ("Sylvie", "Cormier", "", "", "conseillère en ressources humaines",
                "HR advisor", "F"),
    "goulet": ("Julien", "Goulet", "", "", "technicien en informatique", "IT technician", "M"),
    "perron": ("Richard", "Perron", "", "", "acheteur, approvisionnement",
               "buyer, procurement", "M"),
    "robitaille": ("Isabelle", "Robitaille", "", "", "pharmacienne", "pharmacist", "F"),
    "hamel": ("Guylaine", "Hamel", "", "", "travailleuse sociale", "social worker", "F"),
    "archambault": ("Luc", "Archambault", "", "", "coordonnateur, programme d'oxygénothérapie à domicile",
                    "coordinator, home oxygen programme", "M"),
    "castillo": ("Ben", "Castillo", "", "", "représentant, SomnoPlus Équipements",
                 "account manager, SomnoPlus Equipment", "M"),
    "sauve": ("Marc-André", "Sauvé", "", "", "coordonnateur du service, Oxyvie",
              "service coordinator, Oxyvie", "M"),
    "nolin": ("Éloïse", "Nolin", "", "", "infirmière clinicienne", "clinical nurse", "F"),
    "laroche": ("Geneviève", "Laroche", "", "", "pharmacienne communautaire",
                "community pharmacist", "F"),
    "kaminski": ("Teresa", "Kaminski", "", "", "agente de liaison", "liaison officer", "F"),
}

ORG = "CISSS des Deux-Rives"
HOSP = "Hôpital régional Saint-Aurèle"
HOSP_EN = "Saint-Aurèle Regional Hospital"
CLINIC = "Clinique des troubles du sommeil"
CLINIC_EN = "Sleep Disorders Clinic"
RT = "Service d'inhalothérapie"
PROD = "Programme régional d'oxygénothérapie à domicile"
DOM = "cisss-deuxrives.example"
GMF_DOM = "gmf-rivieres.example"
CLINIC_PHONE = "(450) 555-0142"
CLINIC_FAX = "(450) 555-0143"
RT_PHONE = "(450) 555-0150"
PROD_PHONE = "(450) 555-0156"
CLINIC_ADDR = "2150, boulevard des Laurentides, 3e étage, Saint-Aurèle (Québec) J7Y 0A5"

VENDORS = {
    "somnoplus": ("SomnoPlus Équipements inc.", "somnoplus.example", "(514) 555-0171"),
    "oxyvie": ("Oxyvie Soins respiratoires", "oxyvie.example", "(450) 555-0188"),
    "respidom": ("RespiDom", "respidom.example", "(819) 555-0123"),
    "medisom": ("MédiSom Distribution", "medisom.example", "(418) 555-0110"),
}


def staff_addr(key):
    g, s = STAFF[key][0], STAFF[key][1]
    if key in ("laflamme", "beauchemin"):
        dom = GMF_DOM
    elif key == "whitfield":
        dom = "ottawafamilyhealth.example"
    elif key == "castillo":
        dom = "somnoplus.example"
    elif key == "sauve":
        dom = "oxyvie.example"
    elif key == "laroche":
        dom = "pharmaciedesmoulins.example"
    else:
        dom = DOM
    local = strip_accents(g).lower().replace("-", "") + "." + strip_accents(s).lower()
    return f"{local}@{dom}"


def staff_name(key, lang="fr", title=True):
    g, s, tf, te = STAFF[key][:4]
    t = tf if lang == "fr" else te
    return (f"{t} {g} {s}" if (title and t) else f"{g} {s}")


def staff_from(key):
    return (f"{STAFF[key][0]} {STAFF[key][1]}", staff_addr(key))


OTHER_DEPTS = {
    "perron": ("Service de l'approvisionnement", "Procurement"),
    "goulet": ("Direction des ressources informationnelles", "Information Technology"),
    "cormier": ("Direction des ressources humaines", "Human Resources"),
    "robitaille": ("Département de pharmacie", "Pharmacy Department"),
    "hamel": ("Service social - santé physique", "Social Services"),
    "lavallee": ("Direction des services spécialisés", "Specialised Services Directorate"),
    "kaminski": ("Bureau des usagers hors Québec", "Out-of-province patients office"),
    "doucet": ("Clinique des troubles du sommeil et inhalothérapie", "Sleep Clinic and Respiratory Therapy"),
}


def signature(rng, key, lang="fr", dept=None):
    g, s, tf, te, rf, re_, _ = STAFF[key]
    t = tf if lang == "fr" else te
    name = f"{t} {g} {s}".strip() if t else f"{g} {s}"
    role = rf if lang == "fr" else re_
    if dept is None:
        if key in ("paradis", "archambault"):
            dept = PROD if lang == "fr" else "Regional Home Oxygen Programme"
        elif key in ("lemieux", "boivin", "frechette", "carrier", "arsenault"):
            dept = RT if lang == "fr" else "Respiratory Therapy"
        elif key in ("castillo", "sauve", "laflamme", "beauchemin", "whitfield", "laroche"):
            dept = ""
        elif key in OTHER_DEPTS:
            dept = OTHER_DEPTS[key][0 if lang == "fr" else 1]
        else:
            dept = CLINIC if lang == "fr" else CLINIC_EN
    style = rng.randrange(5)
    hosp = HOSP if lang == "fr" else HOSP_EN
    phone = {"paradis": PROD_PHONE, "archambault": PROD_PHONE}.get(key, CLINIC_PHONE)
    ext = rng.randrange(2100, 2999)
    if key in ("castillo", "sauve"):
        v = VENDORS["somnoplus" if key == "castillo" else "oxyvie"]
        return f"{name}\n{role}\n{v[0]}\n{v[2]}"
    if key in ("laflamme", "beauchemin"):
        return f"{name}\nGMF des Rivières\n(450) 555-0118 | téléc. (450) 555-0119"
    if key == "whitfield":
        return f"{name}\nOttawa Family Health Team\n(613) 555-0137"
    if key == "laroche":
        return f"{name}\nPharmacie des Moulins\n(450) 555-0164"
    if style == 0:
        return f"{name}\n{role}\n{dept}\n{hosp} | {ORG}\n{phone}, " + ("poste" if lang == "fr" else "ext.") + f" {ext}"
    if style == 1:
        if lang == "fr":
            return f"--\n{name} | {role}\n{dept} - {ORG}\nTél. {phone} #{ext}  Téléc. {CLINIC_FAX}"
        return f"--\n{name} | {role}\n{dept} - {ORG}\nTel. {phone} x{ext}  Fax {CLINIC_FAX}"
    if style == 2:
        return f"{g}\n\n{name}\n{role}"
    if style == 3:
        return (f"{name}\n{role}\n{dept}\n{CLINIC_ADDR}\n{phone} " + ("p." if lang == "fr" else "ext.") + f" {ext}\n"
                + ("Ce courriel peut contenir des renseignements confidentiels."
                   if lang == "fr" else
                   "This e-mail may contain confidential information."))
    return f"{g} {s[0]}.\n{dept}, poste {ext}" if lang == "fr" else f"{g} {s[0]}.\n{dept}, ext. {ext}"


# --------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style=0):
    if style == 0:
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == 1:
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    if style == 2:
        return num
    if style == 3:
        return f"{num[:3]}.{num[3:6]}.{num[6:]}"
    return to_fullwidth(f"{num[:3]} {num[3:6]} {num[6:]}")


def make_ohn(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ")
            return num, vc


def fmt_ohn(num, vc, style=0):
    if style == 0:
        return f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}"
    if style == 1:
        return f"{num[:4]} {num[4:7]} {num[7:]} {vc}"
    if style == 2:
        return f"{num}{vc}"
    return f"{num} ({vc})"


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 997)
        if (counter % 2 == 1) != (sex == "M"):
            counter += 1
        if counter > 997:
            continue
        first9 = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{counter:03d}"
        base = int(("2" if dob.year >= 2000 else "") + first9)
        chk = 97 - base % 97
        num = first9 + f"{chk:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style=0):
    if style == 0:
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    if style == 1:
        return f"{num[:6]} {num[6:9]} {num[9:]}"
    return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "35", "31", "67", "29"])
        com = f"{rng.randrange(1, 999):03d}"
        order = f"{rng.randrange(1, 999):03d}"
        first13 = ("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}" + dept + com + order
        key = 97 - int(first13) % 97
        num = first13 + f"{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style=0):
    if style == 0:
        return fr_nir.format(num)
    if style == 1:
        return f"{num[:13]} {num[13:]}"
    return num


def fmt_nam(nam, style=0):
    if style == 0:
        return nam
    if style == 1:
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == 2:
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == 3:
        return nam.lower()
    if style == 4:
        return to_fullwidth(nam)
    if style == 5:
        return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"
    if style == 6:
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    return f"{nam[:4]}/{nam[4:8]}/{nam[8:]}"


def make_mrn(rng):
    return f"{rng.randrange(100000, 9999999):07d}"


def fmt_mrn(mrn, style=0):
    if style == 0:
        return mrn
    if style == 1:
        return f"H-{mrn}"
    if style == 2:
        return f"{mrn[:3]} {mrn[3:]}"
    if style == 3:
        return f"SA{mrn}"
    return f"{mrn[:2]}-{mrn[2:4]}-{mrn[4:]}"


def to_fullwidth(s):
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z":
            out.append(chr(ord(c) + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


# ------------------------------------------------------------------ dates


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d_fr(d, style=0):
    if style == 0:
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%d/%m/%Y")
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"


def d_en(d, style=0):
    if style == 0:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%d-%b-%Y")
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def dob_str(d, lang, rng):
    st = rng.randrange(4)
    if lang == "fr":
        return [d_fr(d, 0), d_fr(d, 1), d_fr(d, 2), d.strftime("%Y/%m/%d")][st]
    return [d_en(d, 0), d_en(d, 1), d_en(d, 2), d.strftime("%m/%d/%Y")][st]


# ---------------------------------------------------------------- contacts

STREETS = ["rue des Érables", "rue Principale", "boulevard Labelle", "rue Saint-Georges",
           "chemin du Lac-Bleu", "rue de la Gare", "avenue du Parc", "rue Papineau",
           "montée Sainte-Thérèse", "rue des Pins", "rang Saint-Joseph", "rue Notre-Dame",
           "chemin de la Rivière", "rue Dubois", "avenue des Bouleaux", "croissant des Lilas"]
CITIES = [("Saint-Jérôme", "J7Z"), ("Mirabel", "J7J"), ("Blainville", "J7C"),
          ("Sainte-Adèle", "J8B"), ("Lachute", "J8H"), ("Gatineau", "J8Y"),
          ("Terrebonne", "J6W"), ("Joliette", "J6E"), ("Rawdon", "J0K"),
          ("Saint-Sauveur", "J0R"), ("Prévost", "J2J"), ("Mont-Laurier", "J9L"),
          ("Laval", "H7N"), ("Sainte-Agathe-des-Monts", "J8C")]


def make_address(rng):
    num = rng.randrange(12, 2999)
    street = rng.choice(STREETS)
    city, fsa = rng.choice(CITIES)
    ldu = f"{rng.randrange(10)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"
    apt = f", app. {rng.randrange(1, 24)}" if rng.random() < 0.3 else ""
    return f"{num}, {street}{apt}, {city} (Québec) {fsa} {ldu}"


def make_phone(rng, area=None):
    area = area or rng.choice(["450", "514", "819", "579", "438"])
    return f"({area}) 555-01{rng.randrange(0, 100):02d}"


def make_patient(rng, sex=None, ymin=1935, ymax=2004):
    sex = sex or rng.choice("FM")
    given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
    sur = rng.choice(PATIENT_SURNAMES)
    y = rng.randrange(ymin, ymax + 1)
    dob = datetime.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
    p = Person(sur, given, dob, sex)
    p.mrn = make_mrn(rng)
    p.phone = make_phone(rng)
    p.address = make_address(rng)
    loc = strip_accents(given).lower().replace("-", "").replace("'", "")
    p.email = f"{loc}.{strip_accents(sur).lower().replace(' ', '').replace(chr(39), '')}{rng.randrange(10, 99)}@" \
        + rng.choice(["videotron.example", "gmail.example", "hotmail.example", "sympatico.example", "outlook.example"])
    return p


def name_variant(p, lang, rng, allow=None):
    """A realistic way of writing a patient's name."""
    opts = allow or ["full", "title", "rev", "revlow", "init", "lower", "upper", "surname_given"]
    v = rng.choice(opts)
    if v == "full":
        return p.full
    if v == "title":
        return f"{p.title_fr() if lang == 'fr' else p.title_en()} {p.full}"
    if v == "rev":
        return p.rev
    if v == "revlow":
        return f"{p.surname.lower()} {p.given.lower()}"
    if v == "init":
        return f"{p.given[0]}. {p.surname}"
    if v == "lower":
        return p.full.lower()
    if v == "upper":
        return f"{p.surname.upper()} {p.given.upper()}"
    return f"{p.surname} {p.given}"


class Pools:
    """Deterministic allocation of NAM holders and invented patients."""

    def __init__(self, rng):
        self.rng = rng
        self.nam_queue = list(NAM_HOLDERS)
        rng.shuffle(self.nam_queue)
        self.nam_i = 0
        self.used_names = set()

    def nam_patient(self, want_child=None):
        # pick next NAM holder (cycling); optionally prefer child/adult
        n = len(self.nam_queue)
        for k in range(n):
            p = self.nam_queue[(self.nam_i + k) % n]
            is_child = p.dob.year >= 2007
            if want_child is None or want_child == is_child:
                self.nam_i = (self.nam_i + k + 1) % n
                if p.mrn is None:
                    p.mrn = make_mrn(self.rng)
                    p.phone = make_phone(self.rng)
                    p.address = make_address(self.rng)
                    loc = strip_accents(p.given).lower()
                    p.email = f"{loc}.{strip_accents(p.surname).lower()}{self.rng.randrange(10, 99)}@videotron.example"
                return p
        raise RuntimeError

    def patient(self, sex=None, ymin=1935, ymax=2004):
        for _ in range(200):
            p = make_patient(self.rng, sex, ymin, ymax)
            key = (p.surname, p.given)
            if key in self.used_names:
                continue
            self.used_names.add(key)
            return p
        return p
