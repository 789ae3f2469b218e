"""Shared data, people, identifiers and formatting for the mental-health corpus.

Everything here is invented.  RAMQ NAMs are read from ../blind_nams.txt
(relative to this file); other identifiers are generated valid by checksum.
"""
import datetime as _dt
import hashlib
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

SEED = 25164
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

FINDING_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
DOM = "csmvallon.example"            # outpatient clinic + crisis team
DOM_CRISE = "crise-vallon.example"   # crisis team mailboxes
DOM_HOSP = "hopital-saint-ambroise.example"
DOM_GMF = "gmf-des-erables.example"
DOM_PHARM = ["pharmacie-lachance.example", "pharmaplus-riviere.example", "rx-boisjoli.example"]
DOM_INS = "assurances-boreal.example"
DOM_DPJ = "dpj-vallon.example"
DOM_SOL = "solidarite-sociale.example"
DOM_SHELTER = "maison-laurentine.example"
DOM_ON = "hawkesbury-riverside.example"
DOM_FR = "cmp-croix-rousse.example"
DOM_BE = "clinique-meuse.example"
DOM_VENDOR = ["fournitures-boreales.example", "mobilier-quartz.example", "medisource-distribution.example",
              "groupe-techno-vallon.example", "nordic-office-supply.example"]

CLINIC_FR = "Clinique externe de santé mentale du Vallon"
CLINIC_EN = "Vallon Outpatient Mental Health Clinic"
CRISIS_FR = "Équipe d'intervention de crise Vallon-Nord"
CRISIS_EN = "Vallon-Nord Crisis Team"
ADDR_FR = "1450, boul. des Érables, bureau 200, Vallon (Québec)  J0X 1X0"
ADDR_EN = "1450 Erables Blvd, Suite 200, Vallon, QC  J0X 1X0"
ADDR_CRISE = "88, rue Principale Nord, Vallon (Québec)  J0X 1X2"
ADDR_CRISE_EN = "88 Principale North St, Vallon, QC  J0X 1X2"

# --------------------------------------------------------------------------
# Names.  Patient and staff surname pools are disjoint from each other and
# from the NAM holders' surnames.
# --------------------------------------------------------------------------
PAT_SUR_FR = ["Tremblay", "Côté", "Lavoie", "Bergeron", "Desrosiers", "Lemieux", "Vaillancourt",
              "Charbonneau", "Beaulieu", "Dufresne", "Rioux", "Harvey", "Dubé", "Lacasse", "Poulin",
              "Sirois", "Bérubé", "Champagne", "Labrecque", "Ouimet", "Gendron", "Tardif",
              "Provencher", "Lévesque", "Chabot", "Landry", "Arsenault", "Drouin", "Turcotte", "Ménard"]
PAT_GIV_FR_F = ["Chantal", "Émilie", "Mélanie", "Karine", "Nicole", "Francine", "Audrey", "Lucie",
                "Isabelle", "Annie", "Solange", "Marie-Ève", "Noémie", "Thérèse", "Véronique", "Maude"]
PAT_GIV_FR_M = ["Réjean", "Maxime", "Jocelyn", "Yannick", "Sébastien", "Raymond", "Olivier", "Steve",
                "Martin", "Guy", "Frédéric", "Kevin", "Jean-François", "Benoît", "Éric", "Mathieu"]
PAT_SUR_EN = ["Harper", "O'Neill", "Kowalski", "Murphy", "Patel", "Nguyen", "Henderson", "Fraser",
              "McKenzie", "Walsh", "Campbell", "Sinclair", "Doyle", "Reid", "Chen", "Okafor", "Byrne",
              "Sutherland", "Kelly", "Hughes", "Lindsay", "Morrison"]
PAT_GIV_EN_F = ["Megan", "Ashley", "Heather", "Kayla", "Shannon", "Brittany", "Lorraine", "Crystal",
                "Tanya", "Nadia", "Courtney", "Amber"]
PAT_GIV_EN_M = ["Tyler", "Brandon", "Colin", "Derek", "Trevor", "Jordan", "Wayne", "Dylan", "Graham",
                "Ian", "Cody", "Shane"]

STAFF_SUR_FR = ["Rancourt", "Béliveau", "Laflamme", "Desjardins", "Ferland", "Marchand", "Thériault",
                "Goulet", "Lamontagne", "Boisvert", "Bilodeau", "Paradis", "Vézina", "Lachance", "Demers",
                "Brassard", "Hébert", "Marcotte", "Nolin", "Fontaine", "Giguère", "Robitaille"]
STAFF_SUR_EN = ["Ashworth", "Delaney", "Whitfield", "Mercer", "Brennan", "Lindqvist", "Okonkwo",
                "Prescott", "Halloran", "Yeung", "Ramsay", "Farrell", "Coughlin", "Abernathy", "Kaur",
                "Donnelly"]
STAFF_GIV_F = ["Sylvie", "Diane", "Josiane", "Catherine", "Valérie", "Julie", "Hélène", "Marie-Claude",
               "Stéphanie", "Geneviève", "Caroline", "Rachel", "Fiona", "Laura", "Priya", "Nathalie"]
STAFF_GIV_M = ["Marc", "Alain", "François", "Patrick", "Étienne", "Simon", "Hugo", "Daniel", "Owen",
               "Malcolm", "Ravi", "Philippe", "Claude", "Louis"]

ROLES = {
    "psychiatre": ("Psychiatre", "Psychiatrist", True),
    "psychologue": ("Psychologue", "Psychologist", False),
    "ts": ("Travailleur social", "Social worker", False),
    "inf": ("Infirmier clinicien", "Clinical nurse", False),
    "crise": ("Intervenant de crise", "Crisis worker", False),
    "ergo": ("Ergothérapeute", "Occupational therapist", False),
    "chef": ("Chef de service", "Program manager", False),
    "adjointe": ("Agent administratif", "Administrative officer", False),
    "md": ("Médecin de famille", "Family physician", True),
    "pharm": ("Pharmacien", "Pharmacist", False),
    "rh": ("Conseiller en ressources humaines", "Human resources advisor", False),
    "ti": ("Technicien en informatique", "IT technician", False),
    "pair": ("Pair aidant", "Peer support worker", False),
}
ROLE_FEM_FR = {"Travailleur social": "Travailleuse sociale", "Infirmier clinicien": "Infirmière clinicienne",
               "Intervenant de crise": "Intervenante de crise", "Agent administratif": "Agente administrative",
               "Conseiller en ressources humaines": "Conseillère en ressources humaines",
               "Technicien en informatique": "Technicienne en informatique", "Pair aidant": "Paire aidante",
               "Chef de service": "Cheffe de service", "Pharmacien": "Pharmacienne"}

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

STREETS = ["rue des Pruches", "rue Saint-Onésime", "avenue du Parc-Bellevue", "rue Ducharme", "chemin du Rang-Double",
           "rue Principale Sud", "rue des Cèdres", "boul. Lafrenière", "rue Champlain", "rue de la Fabrique",
           "montée des Pins", "rue Hubert-Aquin"]
STREETS_EN = ["Maple Crescent", "Birch Street", "Riverside Drive", "Elm Avenue", "Church Street",
              "Mill Road", "Cedar Lane", "Victoria Street", "King Street East", "Laurier Road"]
TOWNS = ["Vallon", "Saint-Anselme-du-Lac", "Rivière-aux-Saules", "Pointe-Baril", "Sainte-Édith"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    """Normalise for evidence search: NFKC, no accents, lower case, alphanumerics only."""
    s = strip_accents(unicodedata.normalize("NFKC", s)).lower()
    return "".join(c for c in s if c.isalnum())


def phone(rng, area=None):
    return f"{area or rng.choice(['819', '450', '873'])}-555-01{rng.randint(0, 99):02d}"


# --------------------------------------------------------------------------
# NAM list
# --------------------------------------------------------------------------
@dataclass
class NamHolder:
    surname: str
    given: str
    dob: _dt.date
    sex: str
    nam: str


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(NamHolder(sur, giv, _dt.date.fromisoformat(dob), sex, nam))
    return out


# --------------------------------------------------------------------------
# Identifiers (valid by checksum)
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if _sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        first9 = dob.strftime("%y%m%d") + f"{serial:03d}"
        base = int(("2" if dob.year >= 2000 else "") + first9)
        num = first9 + f"{97 - base % 97:02d}"
        if _nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = f"{rng.choice([1, 13, 31, 33, 38, 42, 59, 69, 75, 92]):02d}"
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + f"{rng.randint(1, 400):03d}" + \
            f"{rng.randint(1, 999):03d}"
        num = body + f"{97 - int(body) % 97:02d}"
        if _nir.is_valid(num):
            return num


def make_mrn(rng):
    return str(rng.randint(100000, 9999999)).zfill(7)


def luhn_serial(rng, n=9):
    """Checksum-valid serial / lot numbers for hard negatives."""
    body = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_digits(num, groups, style):
    """Split `num` into `groups` and join according to `style`."""
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    if i < len(num):
        parts.append(num[i:])
    if style == "plain":
        return "".join(parts)
    if style == "spaced":
        return " ".join(parts)
    if style == "dotted":
        return ".".join(parts)
    if style == "slashed":
        return "/".join(parts)
    if style == "hyphen":
        return "-".join(parts)
    if style == "wide":
        return " ".join(parts)
    if style == "fullwidth":
        return "".join(parts).translate(FW)
    raise ValueError(style)


def fmt_nam(nam, style):
    return fmt_digits(nam, [4, 4, 4], style)


def fmt_sin(n, style):
    return fmt_digits(n, [3, 3, 3], style)


def fmt_ohip(n, style, vc=""):
    s = fmt_digits(n, [4, 3, 3], style)
    return s + ((" " + vc) if vc else "")


def fmt_niss(n, style):
    if style == "official":
        return _nn.format(n)
    return fmt_digits(n, [6, 3, 2], style)


def fmt_nir(n, style):
    if style == "official":
        return _nir.format(n)
    return fmt_digits(n, [1, 2, 2, 2, 3, 3, 2], style)


def fmt_mrn(m, style):
    if style == "plain":
        return m
    if style == "dash":
        return f"{m[0]}-{m[1:4]}-{m[4:]}"
    if style == "prefix":
        return "H" + m
    if style == "spaced":
        return f"{m[:3]} {m[3:]}"
    if style == "dotted":
        return f"{m[:3]}.{m[3:]}"
    if style == "fullwidth":
        return m.translate(FW)
    raise ValueError(style)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "slash_dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dash_dmy":
        return d.strftime("%d-%m-%Y")
    if style == "slash_ymd":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            return f"{d.day}{'er' if d.day == 1 else ''} {MONTHS_FR[d.month - 1]} {d.year}"
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"
    raise ValueError(style)


def day_text(d, lang):
    if lang == "fr":
        return f"{DAYS_FR[d.weekday()]} {d.day}{'er' if d.day == 1 else ''} {MONTHS_FR[d.month - 1]}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def hm(h, m, lang):
    return f"{h} h {m:02d}" if lang == "fr" else f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
@dataclass
class Patient:
    surname: str
    given: str
    dob: _dt.date
    sex: str
    nam: str = None
    lang: str = "fr"
    phone: str = ""
    address: str = ""
    mrn: str = ""

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def name(self, style, lang="fr"):
        s, g = self.surname, self.given
        if style == "full":
            return f"{g} {s}"
        if style == "title":
            return f"{self.title(lang)} {g} {s}"
        if style == "title_sur":
            return f"{self.title(lang)} {s}"
        if style == "caps":
            return f"{s.upper()}, {g}"
        if style == "last_first":
            return f"{s}, {g}"
        if style == "lower":
            return f"{g} {s}".lower()
        if style == "init":
            return f"{g[0]}. {s}"
        if style == "sur_init":
            return f"{s} {g[0]}."
        if style == "given":
            return g
        raise ValueError(style)

    def sex_text(self, lang, style):
        if style == "letter":
            return self.sex
        if lang == "fr":
            return {"F": "femme", "M": "homme"}[self.sex] if style == "word" else f"Sexe : {self.sex}"
        return {"F": "female", "M": "male"}[self.sex] if style == "word" else f"Sex: {self.sex}"


@dataclass
class Staff:
    given: str
    surname: str
    sex: str
    role: str
    email: str
    lang: str

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def title(self, lang):
        if ROLES[self.role][2]:
            if lang == "fr":
                return ("Dre " if self.sex == "F" else "Dr ") + self.full
            return "Dr. " + self.full
        return self.full

    def role_text(self, lang):
        fr, en, _ = ROLES[self.role]
        if lang == "fr":
            return ROLE_FEM_FR.get(fr, fr) if self.sex == "F" else fr
        return en


@dataclass
class Mail:
    category: str
    lang: str
    subject: str = ""
    sender: tuple = ("", "")
    to: list = field(default_factory=list)
    cc: list = field(default_factory=list)
    blocks: list = field(default_factory=list)
    attachments: list = field(default_factory=list)
    types: set = field(default_factory=set)
    note: str = ""
    evidence: list = field(default_factory=list)
    ids: list = field(default_factory=list)
    nams: list = field(default_factory=list)
    force: dict = field(default_factory=dict)
    headers: list = field(default_factory=list)
    date: object = None
    confidential: bool = False


@dataclass
class Att:
    filename: str
    ctype: str
    data: object            # bytes, or a Mail for message/rfc822
    text: bool = False      # text/* attachment (may use QP / 7bit)


class Ctx:
    """Per-message context handing out people, identifiers and formats."""

    def __init__(self, rng, lang, nam_queue, date):
        self.rng = rng
        self.lang = lang
        self._nams = nam_queue
        self.date = date

    # ---- people
    def patient(self, nam=False, lang=None, child=False, adult=True):
        rng, lang = self.rng, lang or self.lang
        h = self._take_nam(child=child) if nam else None
        if h:
            p = Patient(h.surname, h.given, h.dob, h.sex, h.nam, lang)
        else:
            sex = rng.choice("FM")
            if lang == "fr":
                sur = rng.choice(PAT_SUR_FR)
                giv = rng.choice(PAT_GIV_FR_F if sex == "F" else PAT_GIV_FR_M)
            else:
                sur = rng.choice(PAT_SUR_EN)
                giv = rng.choice(PAT_GIV_EN_F if sex == "F" else PAT_GIV_EN_M)
            if child:
                y = rng.randint(2008, 2016)
            else:
                y = rng.randint(1950, 2004)
            dob = _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
            p = Patient(sur, giv, dob, sex, None, lang)
        p.phone = phone(rng)
        if lang == "fr" or rng.random() < 0.5:
            p.address = f"{rng.randint(12, 2999)}, {rng.choice(STREETS)}, app. {rng.randint(1, 12)}, {rng.choice(TOWNS)}"
        else:
            p.address = f"{rng.randint(12, 2999)} {rng.choice(STREETS_EN)}, Apt {rng.randint(1, 12)}, {rng.choice(TOWNS)}"
        p.mrn = make_mrn(rng)
        return p

    def _take_nam(self, child=False):
        for i, h in enumerate(self._nams):
            if child == (h.dob.year >= 2007):
                return self._nams.pop(i)
        return None

    def staff(self, role, lang=None, dom=DOM):
        rng, lang = self.rng, lang or self.lang
        sex = rng.choice("FM")
        giv = rng.choice(STAFF_GIV_F if sex == "F" else STAFF_GIV_M)
        sur = rng.choice(STAFF_SUR_FR if (lang == "fr" or rng.random() < 0.35) else STAFF_SUR_EN)
        email = f"{strip_accents(giv).lower().replace(' ', '')}.{strip_accents(sur).lower()}@{dom}"
        return Staff(giv, sur, sex, role, email, lang)

    def pick(self, seq):
        return self.rng.choice(seq)

    def later(self, lo=1, hi=14):
        d = self.date.date() + _dt.timedelta(days=self.rng.randint(lo, hi))
        if (d.month, d.day) >= (12, 23) or (d.month, d.day) <= (1, 3):
            d = _dt.date(d.year + (1 if d.month == 12 else 0), 1, 6)
        while d.weekday() >= 5:
            d += _dt.timedelta(days=1)
        return d

    def earlier(self, lo=1, hi=14):
        return self.date.date() - _dt.timedelta(days=self.rng.randint(lo, hi))

    def sig(self, s, crisis=False, lang=None):
        lang = lang or self.lang
        ext = self.rng.randint(2100, 2399)
        if lang == "fr":
            org = CRISIS_FR if crisis else CLINIC_FR
            adr = ADDR_CRISE if crisis else ADDR_FR
            return (f"{s.title('fr')}\n{s.role_text('fr')} — {org}\n{adr}\n"
                    f"Tél. : 819-555-01{self.rng.randint(40, 59)} poste {ext} | Téléc. : 819-555-0160")
        org = CRISIS_EN if crisis else CLINIC_EN
        adr = ADDR_CRISE_EN if crisis else ADDR_EN
        return (f"{s.title('en')}\n{s.role_text('en')}, {org}\n{adr}\n"
                f"Tel. 819-555-01{self.rng.randint(40, 59)} ext. {ext} | Fax 819-555-0160")


def msg_rng(kind, idx):
    return random.Random(f"{SEED}:{kind}:{idx}")


def msg_date(rng):
    base = _dt.datetime(2024, 9, 3)
    d = base + _dt.timedelta(days=rng.randint(0, 175), hours=rng.randint(7, 18), minutes=rng.randint(0, 59),
                             seconds=rng.randint(0, 59))
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    off = -4 if d < _dt.datetime(2024, 11, 3) else -5
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def message_id(kind, idx, dom=DOM):
    h = hashlib.sha256(f"{SEED}/{kind}/{idx}".encode()).hexdigest()
    return f"<{h[:20]}.{h[20:28]}@{dom}>"
