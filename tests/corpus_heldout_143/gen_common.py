"""Shared data and helpers: organisation, staff, patients, identifiers, renderings.

Everything here is invented. Domains end in .example, phone numbers use 555-01xx.
"""
import datetime
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25143

HOSP_FR = "Hôpital Saint-Aurèle-des-Battures"
HOSP_EN = "Saint-Aurèle-des-Battures Hospital"
HOSP_SHORT = "HSAB"
DOM = "hsab.example"
CISSS = "CISSS des Battures"
CISSS_DOM = "cisss-battures.example"
ADDR = "1200, boulevard des Hérons, Val-des-Battures (Québec)  J0Z 4K8"
PROG_FR = "Programme régional de dépistage du cancer colorectal (PRDCC)"
PROG_EN = "Regional Colorectal Cancer Screening Programme (PRDCC)"
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


def phone(rng, area=None):
    area = area or rng.choice(["819", "450", "873"])
    return f"{area}-555-01{rng.randint(0, 99):02d}"


UNIT_PHONE = {
    "endo": "819-555-0110", "depistage": "819-555-0112", "mii": "819-555-0114",
    "hepato": "819-555-0116", "patho": "819-555-0118", "urdm": "819-555-0120",
    "rh": "819-555-0122", "ti": "819-555-0124", "pharm": "819-555-0126",
    "appro": "819-555-0128", "sw": "819-555-0130", "fax_endo": "819-555-0111",
}


@dataclass
class Person:
    title_fr: str
    title_en: str
    given: str
    surname: str
    role_fr: str
    role_en: str
    email: str
    unit: str = "endo"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def t(self, lang):
        tt = self.title_fr if lang == "fr" else self.title_en
        return f"{tt} {self.full}".strip()

    def sig(self, lang, rng=None):
        role = self.role_fr if lang == "fr" else self.role_en
        if not self.email.endswith(("@" + DOM, "@" + CISSS_DOM)):
            tel = f"{'450' if 'outardes' in self.email else '819'}-555-01{50 + sum(map(ord, self.email)) % 40:02d}"
            return "\n".join([self.t(lang), role, ("Tél. " if lang == "fr" else "Tel. ") + tel])
        hosp = HOSP_FR if lang == "fr" else HOSP_EN
        tel = UNIT_PHONE.get(self.unit, UNIT_PHONE["endo"])
        ext = f" poste {2000 + (sum(map(ord, self.surname)) % 800)}" if lang == "fr" else \
            f" ext. {2000 + (sum(map(ord, self.surname)) % 800)}"
        lines = [f"{self.t(lang)}", role, hosp, ADDR, f"Tél. {tel}{ext}" if lang == "fr" else f"Tel. {tel}{ext}"]
        return "\n".join(lines)


def _p(tf, te, g, s, rf, re_, unit, dom=DOM):
    login = unicodedata.normalize("NFKD", f"{g}.{s}").encode("ascii", "ignore").decode().lower()
    login = login.replace(" ", "").replace("'", "")
    return Person(tf, te, g, s, rf, re_, f"{login}@{dom}", unit)


STAFF = {
    "vaillancourt": _p("Dre", "Dr.", "Élodie", "Vaillancourt", "Gastro-entérologue, chef de service (MII)", "Gastroenterologist, department head (IBD)", "mii"),
    "haddad": _p("Dr", "Dr.", "Karim", "Haddad", "Gastro-entérologue, endoscopie thérapeutique", "Gastroenterologist, therapeutic endoscopy", "endo"),
    "chen": _p("Dre", "Dr.", "Mei-Ling", "Chen", "Hépatologue", "Hepatologist", "hepato"),
    "desrochers": _p("Dr", "Dr.", "Antoine", "Desrochers", "Gastro-entérologue, responsable médical du PRDCC", "Gastroenterologist, PRDCC medical lead", "depistage"),
    "okafor": _p("Dr", "Dr.", "Samuel", "Okafor", "Gastro-entérologue, clinique des MII", "Gastroenterologist, IBD clinic", "mii"),
    "lemieux": _p("Dre", "Dr.", "Isabelle", "Lemieux-Asselin", "Hépatologue", "Hepatologist", "hepato"),
    "beaulieu": _p("Dr", "Dr.", "François", "Beaulieu", "Chirurgien colorectal", "Colorectal surgeon", "endo"),
    "benslimane": _p("Dre", "Dr.", "Nadia", "Benslimane", "Pathologiste", "Pathologist", "patho"),
    "oneill": _p("Dr", "Dr.", "Patrick", "O'Neill", "Anesthésiologiste", "Anesthesiologist", "endo"),
    "proulx": _p("Dre", "Dr.", "Laurence", "Proulx", "Résidente R4, gastro-entérologie", "R4 resident, gastroenterology", "endo"),
    "dufresne": _p("", "", "Chantal", "Dufresne", "Infirmière pivot, PRDCC", "Nurse navigator, PRDCC", "depistage"),
    "lacasse": _p("", "", "Marie-Ève", "Lacasse", "Infirmière clinicienne, clinique des MII", "Clinical nurse, IBD clinic", "mii"),
    "frechette": _p("", "", "Josiane", "Fréchette", "Assistante infirmière-chef, endoscopie", "Assistant head nurse, endoscopy", "endo"),
    "mensah": _p("", "", "Kevin", "Mensah", "Infirmier clinicien, hépatologie", "Clinical nurse, hepatology", "hepato"),
    "cote": _p("", "", "Rachel", "Côté", "Infirmière de liaison", "Liaison nurse", "endo"),
    "archambault": _p("", "", "Lucie", "Archambault", "Agente administrative, rendez-vous endoscopie", "Administrative officer, endoscopy booking", "endo"),
    "picard": _p("", "", "Sandra", "Picard", "Agente administrative, PRDCC", "Administrative officer, PRDCC", "depistage"),
    "rioux": _p("", "", "Olivier", "Rioux", "Commis, archives médicales", "Clerk, health records", "endo"),
    "marchand": _p("", "", "Hélène", "Marchand", "Chef de service, endoscopie et cliniques ambulatoires", "Manager, endoscopy and ambulatory clinics", "endo"),
    "lavigne": _p("", "", "Benoît", "Lavigne", "Coordonnateur, URDM", "Coordinator, medical device reprocessing", "urdm"),
    "gendron": _p("", "", "Julie", "Gendron", "Conseillère en gestion des ressources humaines", "Human resources advisor", "rh", CISSS_DOM),
    "boivin": _p("", "", "Stéphane", "Boivin", "Technicien en informatique", "IT technician", "ti", CISSS_DOM),
    "doucet": _p("", "", "Annie", "Doucet", "Pharmacienne", "Pharmacist", "pharm"),
    "dionne": _p("", "", "Marc-André", "Dionne", "Acheteur, approvisionnement", "Buyer, procurement", "appro", CISSS_DOM),
    "santos": _p("", "", "Claudia", "Santos", "Travailleuse sociale", "Social worker", "sw"),
    "laflamme": _p("", "", "Yannick", "Laflamme", "Nutritionniste", "Dietitian", "mii"),
    "patel": _p("", "", "Priya", "Patel", "Coordonnatrice de recherche clinique", "Clinical research coordinator", "mii"),
    "charbonneau": _p("", "", "Émilie", "Charbonneau", "Secrétaire médicale", "Medical secretary", "endo"),
    "mercier": _p("", "", "Tommy", "Mercier", "Préposé aux bénéficiaires, endoscopie", "Patient care attendant, endoscopy", "endo"),
    "hebert": _p("Dre", "Dr.", "Suzanne", "Hébert", "Gastro-entérologue", "Gastroenterologist", "endo"),
}

EXTERNAL = {
    "kowalski": Person("Dr", "Dr.", "Jonathan", "Kowalski", "Médecin de famille, GMF des Trois-Rivages", "Family physician, GMF des Trois-Rivages", "jkowalski@gmf-troisrivages.example"),
    "turcotte": Person("Dre", "Dr.", "Sophie", "Turcotte", "Médecin de famille, GMF Rivière-aux-Outardes", "Family physician, GMF Riviere-aux-Outardes", "sturcotte@gmf-outardes.example"),
    "pharmacie": Person("", "", "Pharmacie", "Bergeron et Tanguay", "Pharmacie communautaire", "Community pharmacy", "ordonnances@pharm-bergeron.example"),
    "transport": Person("", "", "Répartition", "Transport adapté des Battures", "Répartition", "Dispatch", "repartition@tab-battures.example"),
    "assureur": Person("", "", "Service des réclamations", "Assurances Boréale", "Réclamations invalidité", "Disability claims", "reclamations@boreale-assur.example"),
    "ontario": Person("Dr", "Dr.", "Megan", "Fitzgerald", "Gastroenterology, Rideau East General", "Gastroenterology, Rideau East General", "mfitzgerald@rideaueast.example"),
    "supplier": Person("", "", "Service", "MedOptik Canada", "Service à la clientèle", "Customer service", "service@medoptik.example"),
    "clsc": Person("", "", "Soins à domicile", "CLSC de la Pointe", "Soins à domicile", "Home care", "sad.clscpointe@cisss-battures.example"),
}


# ---------------------------------------------------------------- patients
# Patient surnames deliberately share nothing with the NAM holders' list or staff.
PT_SURNAMES = [
    "Lachance", "Beauchemin", "Desjardins", "Vézina", "Grenier", "Allard", "Poulin", "Bernier",
    "Labelle", "Sauvé", "Cormier", "Thériault", "Lévesque", "Bisson", "Paradis", "St-Onge", "Dubé",
    "Landry", "Robichaud", "Arsenault", "Chartrand", "Kennedy", "Murphy", "O'Brien", "Campbell",
    "Stewart", "Fraser", "Rossi", "Benali", "Traoré", "Diallo", "Ferland", "Lamontagne", "Brisson",
    "Ouimet", "Laberge", "Bourque", "Jacob", "Hamel", "Rousseau", "Gosselin", "Plante", "Dumont",
    "Caouette", "Pilon", "Brochu", "Chabot", "Leduc", "Vachon", "Gingras", "Beaudoin", "Tessier",
]
PT_GIVEN_F = ["Ginette", "Huguette", "Lise", "Francine", "Colette", "Carole", "Micheline", "Monique",
              "Karine", "Mélanie", "Audrey", "Jessica", "Linda", "Margaret", "Kathleen", "Heather",
              "Fatou", "Thi Lan", "Solange", "Rollande", "Marie-Claude", "Annick", "Noémie", "Yolande"]
PT_GIVEN_M = ["Raymond", "Gérard", "Réjean", "Normand", "Yvon", "Denis", "Jean-Guy", "Serge", "Luc",
              "Sylvain", "Maxime", "Kevin", "Patrick", "Brian", "Gordon", "Amir", "Ousmane", "Reza",
              "Gaétan", "Roch", "Jean-Philippe", "Benoît", "Fernand", "Conrad"]
STREETS = ["rue des Pins", "rang Saint-Joseph", "avenue Principale", "rue du Moulin", "chemin de la Grève",
           "rue Notre-Dame Ouest", "boulevard Lavoie", "rue des Érables", "montée Gagné-Ferland", "rue Champlain",
           "4e Avenue", "rue de l'Anse", "chemin du Lac-Vert", "rue Wellington"]
TOWNS = [("Val-des-Battures", "J0Z 4K1"), ("Saint-Fulgence-de-la-Pointe", "J0Z 2B7"),
         ("Lac-aux-Hérons", "J0Y 3R5"), ("Sainte-Aure", "J0Z 1M3"), ("Pointe-Verte", "J0Y 2G9"),
         ("Rivière-aux-Outardes", "J0Z 3L4")]


@dataclass
class Patient:
    given: str
    surname: str
    sex: str
    dob: datetime.date
    mrn: str
    phone: str
    street: str
    town: str
    postal: str
    nam: str = None
    ids: dict = field(default_factory=dict)

    # ---- names
    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        tit = {"fr": {"F": "Mme", "M": "M."}, "en": {"F": "Ms.", "M": "Mr."}}[lang][self.sex]
        if style == "full":
            return f"{g} {s}"
        if style == "title":
            return f"{tit} {g} {s}"
        if style == "title_sur":
            return f"{tit} {s}"
        if style == "upper_comma":
            return f"{s.upper()}, {g}"
        if style == "upper":
            return f"{s.upper()} {g}"
        if style == "lower":
            return f"{g} {s}".lower()
        if style == "lower_rev":
            return f"{s} {g}".lower()
        if style == "sur_first":
            return f"{s} {g}"
        if style == "sur_comma":
            return f"{s}, {g}"
        if style == "initial":
            ini = "-".join(p[0] + "." for p in g.replace(" ", "-").split("-"))
            return f"{ini} {s}"
        if style == "given":
            return g
        raise ValueError(style)

    @property
    def addr(self):
        return f"{self.street}, {self.town} (Québec)  {self.postal}"

    def age(self, ref=datetime.date(2024, 11, 15)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


FULL_STYLES = ["full", "title", "upper_comma", "upper", "lower", "lower_rev", "sur_first", "sur_comma"]


def load_nam_holders(base_dir):
    path = os.path.join(base_dir, os.pardir, "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(dict(surname=sur, given=giv, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return out


def mrn(rng):
    return f"{rng.randint(0, 2)}{rng.randint(100000, 999999)}"


def sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def niss(rng, dob, sex):
    while True:
        ctr = rng.randint(1, 997)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob:%y%m%d}{ctr:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(num):
            return num


def nir(rng, dob, sex):
    while True:
        dep = f"{rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 75, 92, 93, 94]):02d}"
        body = f"{1 if sex == 'M' else 2}{dob:%y%m}{dep}{rng.randint(1, 399):03d}{rng.randint(1, 999):03d}"
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def make_patient(rng, used, min_age=20, max_age=90, sex=None):
    while True:
        sx = sex or rng.choice("FM")
        g = rng.choice(PT_GIVEN_F if sx == "F" else PT_GIVEN_M)
        s = rng.choice(PT_SURNAMES)
        if (g, s) not in used:
            used.add((g, s))
            break
    age = rng.randint(min_age, max_age)
    dob = datetime.date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
    town, postal = rng.choice(TOWNS)
    street = f"{rng.randint(12, 2890)}, {rng.choice(STREETS)}"
    return Patient(g, s, sx, dob, mrn(rng), phone(rng), street, town, postal)


def holder_patient(rng, h):
    town, postal = rng.choice(TOWNS)
    street = f"{rng.randint(12, 2890)}, {rng.choice(STREETS)}"
    return Patient(h["given"], h["surname"], h["sex"], h["dob"], mrn(rng), phone(rng), street, town,
                   postal, nam=h["nam"])


# ---------------------------------------------------------------- renderings
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def r_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}/{c}", "lower": f"{a} {b} {c}".lower(), "fw": fullwidth(nam),
        "space2": f"{a} {nam[4:6]} {nam[6:8]} {c}",
    }[style]


def r_digits(num, groups, style):
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    if style == "plain":
        return num
    if style == "fw":
        return fullwidth(" ".join(parts))
    sep = {"space": " ", "dash": "-", "dot": ".", "slash": "/"}[style]
    return sep.join(parts)


def r_sin(num, style):
    return r_digits(num, [3, 3, 3], style)


def r_ohip(num, style, vc=""):
    s = r_digits(num, [4, 3, 3], style)
    return f"{s} {vc}".strip() if vc else s


def r_niss(num, style):
    if style == "official":
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    return r_digits(num, [6, 3, 2], style)


def r_nir(num, style):
    if style == "official":
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    return r_digits(num, [1, 2, 2, 2, 3, 3, 2], style)


def r_mrn(num, style):
    return r_digits(num, [3, 4], style) if style != "pairs" else f"{num[:3]}-{num[3:5]}-{num[5:]}"


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def r_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "long_en":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "short_en":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    raise ValueError(style)


def dstyle(rng, lang):
    if lang == "fr":
        return rng.choice(["iso", "dmy", "long_fr", "ymd_slash", "dmy_dot", "iso"])
    return rng.choice(["iso", "long_en", "short_en", "mdy", "iso", "dmy_dash"])


def appt_fr(d, hour, minute=0):
    return f"{JOURS[d.weekday()]} {r_date(d, 'long_fr')} à {hour} h {minute:02d}"


def appt_en(d, hour, minute=0):
    h12 = hour if hour <= 12 else hour - 12
    ap = "a.m." if hour < 12 else "p.m."
    return f"{DAYS[d.weekday()]}, {r_date(d, 'long_en')} at {h12}:{minute:02d} {ap}"


def next_weekday(d, add):
    d = d + datetime.timedelta(days=add)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def fold(s):
    """Accent-fold and casefold (used by checks)."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def rng_for(tag, i):
    return random.Random(f"{SEED}:{tag}:{i}")
