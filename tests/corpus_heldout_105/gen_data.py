"""Step 1 - people, organisations and identifiers for the billing corpus.

Everything here is invented except the RAMQ NAM holders, which are read from
../blind_nams.txt (relative to this folder) and always used with their own
name, birth date and sex.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


# ---------------------------------------------------------------- NAM holders
class Holder:
    """A RAMQ card holder from blind_nams.txt."""

    kind = "holder"

    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam

    @property
    def fem(self):
        return self.sex == "F"


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(Holder(sur, given, dt.date.fromisoformat(dob), sex, nam))
    return out


HOLDERS = load_holders()


class Patient:
    """An invented patient (never a NAM holder)."""

    kind = "patient"

    def __init__(self, surname, given, dob, sex):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = None

    @property
    def fem(self):
        return self.sex == "F"


# ------------------------------------------------------------------ name pools
# Invented patients: no surname shared with a NAM holder or with staff.
PAT_SURNAMES_QC = [
    "Beauchemin", "Lefebvre", "Gingras", "Cormier", "Robichaud", "Doucet",
    "Comeau", "Arsenault", "Leclerc", "Vézina", "Brassard", "Bolduc",
    "Paradis", "Jolicoeur", "Thériault", "Lévesque", "Gosselin", "Drolet",
    "Landry", "Séguin", "Rochon", "Duquette", "Labrecque", "Bisson",
]
PAT_SURNAMES_EN = [
    "MacKenzie", "Henderson", "Whitfield", "Kaur", "Mendes", "Sullivan",
    "Hughes", "Donnelly", "Abernathy", "Pereira", "Novak", "Greenwood",
]
PAT_SURNAMES_FR = ["Dubois", "Moreau", "Fontaine", "Garnier", "Rousseau", "Chevalier", "Perrin", "Barbier"]
PAT_SURNAMES_BE = ["Peeters", "Janssens", "Claes", "Wouters", "Maes", "Dewulf", "Lemaire", "Willems"]
PAT_GIVEN_F = ["Huguette", "Lise", "Colette", "Francine", "Gisèle", "Jacqueline", "Léa", "Zoé",
               "Charlotte", "Alice", "Maëlle", "Chloé", "Margaret", "Doris", "Brenda", "Aisha",
               "Camille", "Jeanne", "Yvette", "Rosalie", "Noémie", "Eileen"]
PAT_GIVEN_M = ["Raymond", "Gaétan", "Réjean", "Yvon", "Noah", "Félix", "Olivier", "Thomas",
               "Hugo", "Ethan", "Harold", "Wayne", "Mohamed", "Lucas", "Bernard", "Laurent",
               "Gérard", "Dylan", "Armand", "Trevor"]

# Staff: no surname or given name shared with a NAM holder or a patient pool.
STAFF_SURNAMES = [
    "Desrosiers", "Lavallée", "Bergeron", "Côté", "Tremblay", "Dufour", "Lemieux",
    "Beaulieu", "Hébert", "Vachon", "Turcotte", "Charbonneau", "Deschamps",
    "Mercier", "Poulin", "Giroux", "Laberge", "Marchand", "Rioux", "Dion",
    "Langlois", "Perron", "Boivin", "Harvey", "Lachance", "Bilodeau", "Asselin",
    "Grenier", "Patel", "Nguyen", "Okafor", "Haddad", "Kowalski", "Chen",
    "O'Brien", "Fraser", "Campbell", "MacLeod", "Ferreira", "Rahman", "Benali",
    "Ouimet", "St-Pierre", "Villeneuve",
]
STAFF_GIVEN_F = ["Julie", "Karine", "Isabelle", "Mélanie", "Stéphanie", "Véronique", "Chantal",
                 "Marie-Ève", "Audrey", "Annie", "Catherine", "Sophie", "Valérie", "Martine",
                 "Nancy", "Lucie", "Priya", "Fatima", "Rachel", "Heather", "Jennifer",
                 "Melissa", "Laura", "Olivia", "Nadia", "Kim"]
STAFF_GIVEN_M = ["François", "Éric", "Patrick", "Sébastien", "Mathieu", "Alexandre", "Simon",
                 "Jean-François", "Benoît", "Yannick", "Kevin", "Minh", "Omar", "Ryan",
                 "Daniel", "Amir", "Steve", "Martin", "Nicolas", "Guillaume"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Staff:
    def __init__(self, given, surname, fem, role, org, md=False):
        self.given = given
        self.surname = surname
        self.fem = fem
        self.role = role
        self.org = org
        self.md = md

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    @property
    def addr(self):
        local = strip_accents(self.given.lower()).replace(" ", "").replace("'", "")
        sur = strip_accents(self.surname.lower()).replace(" ", "").replace("'", "")
        return self._fmt.format(g=local, s=sur, i=local[0]) + "@" + self.org.domain

    def title(self, lang):
        if not self.md:
            return self.name
        if lang == "fr":
            return ("Dre " if self.fem else "Dr ") + self.name
        return "Dr. " + self.name


class Org:
    def __init__(self, name, domain, phone, address, kind):
        self.name = name
        self.domain = domain
        self.phone = phone
        self.address = address
        self.kind = kind


def phone(rng, areas=("418", "514", "450", "819", "581", "438")):
    return f"({rng.choice(areas)}) 555-01{rng.randint(0, 99):02d}"


CLINICS = [
    ("Clinique médicale des Écluses", "cliniqueecluses.example", "1240, rue des Écluses, Lévis (Québec) G6V 0A1"),
    ("GMF du Vieux-Moulin", "gmfvieuxmoulin.example", "88, chemin du Vieux-Moulin, Sherbrooke (Québec) J1H 0B2"),
    ("Centre médical Rivière-aux-Pins", "cmriviereauxpins.example", "455, boul. de la Rivière, Terrebonne (Québec) J6W 0C3"),
    ("Polyclinique Saint-Arsène", "polysaintarsene.example", "2100, av. Saint-Arsène, Montréal (Québec) H2K 0D4"),
    ("Clinique familiale des Trois-Érables", "troiserables.example", "17, rue des Érables, Gatineau (Québec) J8Y 0E5"),
    ("GMF-U Côte-des-Saules", "gmfucotedessaules.example", "600, côte des Saules, Québec (Québec) G1N 0F6"),
]
HOSPITALS = [
    ("Centre hospitalier de la Baie-Verte", "chbaieverte.example", "3000, boul. de la Baie, Rimouski (Québec) G5L 0G7"),
    ("Hôpital Sainte-Clothilde-du-Lac", "hscl.example", "1, rue de l'Hôpital, Saint-Jérôme (Québec) J7Z 0H8"),
    ("CISSS des Hautes-Rives", "cissshautesrives.example", "250, rue Principale, Joliette (Québec) J6E 0J9"),
]
AGENCIES = [
    ("Facturation médicale Boréal inc.", "facturationboreal.example", "900, boul. Laurier, bureau 410, Québec (Québec) G1V 0K1"),
    ("MedFact Services", "medfactservices.example", "1555, rue Peel, bureau 700, Montréal (Québec) H3A 0L2"),
    ("Agence Factura-Santé", "facturasante.example", "45, rue King Ouest, Sherbrooke (Québec) J1H 0M3"),
]
INSURERS = [
    ("Assurances Laurentide Vie", "laurentidevie.example"),
    ("Fleuve Assurance collective", "fleuveassurance.example"),
    ("Pinecrest Benefits", "pinecrestbenefits.example"),
    ("Mutuelle Boréale", "mutuelleboreale.example"),
    ("Cap-Rouge Assurances", "caprougeassur.example"),
]
FOREIGN_INSURERS = {
    "fr": [("Mutuelle Santé Atlantique", "msatlantique.example"), ("Complémentaire Horizon", "horizon-sante.example")],
    "be": [("Mutualité Saint-Hubert", "mutsainthubert.example"), ("Union des Mutualités du Brabant", "umbrabant.example")],
}
SOFTWARE = ["MédiFact Pro", "FacturExpert", "ClaimPilot", "Omnifacture", "RAMQLink Desktop"]
SOFTWARE_VENDOR = {"MédiFact Pro": "medifactpro.example", "FacturExpert": "facturexpert.example",
                   "ClaimPilot": "claimpilot.example", "Omnifacture": "omnifacture.example",
                   "RAMQLink Desktop": "ramqlink.example"}
PERSONAL_DOMAINS = ["courriel.example", "mailbox.example", "postenet.example", "monmail.example", "inbox.example"]


def make_orgs(rng):
    orgs = {}
    orgs["clinics"] = [Org(n, d, phone(rng), a, "clinic") for n, d, a in CLINICS]
    orgs["hospitals"] = [Org(n, d, phone(rng), a, "hospital") for n, d, a in HOSPITALS]
    orgs["agencies"] = [Org(n, d, phone(rng), a, "agency") for n, d, a in AGENCIES]
    orgs["insurers"] = [Org(n, d, "1 800 555-01%02d" % rng.randint(0, 99), "", "insurer") for n, d in INSURERS]
    return orgs


EMAIL_FORMATS = ["{g}.{s}", "{i}{s}", "{g}{s}", "{s}.{g}", "{i}.{s}"]


def make_staff(rng, org, role, md=False, fem=None, used=None):
    used = used if used is not None else set()
    for _ in range(200):
        f = rng.random() < 0.6 if fem is None else fem
        g = rng.choice(STAFF_GIVEN_F if f else STAFF_GIVEN_M)
        s = rng.choice(STAFF_SURNAMES)
        if (g, s) not in used:
            used.add((g, s))
            break
    st = Staff(g, s, f, role, org, md)
    st._fmt = rng.choice(EMAIL_FORMATS)
    return st


def make_patient(rng, origin="qc", fem=None, age=(18, 90), ref=dt.date(2025, 1, 1)):
    f = rng.random() < 0.55 if fem is None else fem
    pool = {"qc": PAT_SURNAMES_QC, "en": PAT_SURNAMES_EN, "fr": PAT_SURNAMES_FR, "be": PAT_SURNAMES_BE}[origin]
    s = rng.choice(pool)
    g = rng.choice(PAT_GIVEN_F if f else PAT_GIVEN_M)
    years = rng.randint(*age)
    dob = ref - dt.timedelta(days=years * 365 + rng.randint(0, 364))
    return Patient(s, g, dob, "F" if f else "M")


# ------------------------------------------------------------------ addresses
STREETS = ["rue des Pins", "avenue Cartier", "rue Saint-Louis", "boul. Champlain", "rue de la Montagne",
           "rang Sainte-Anne", "rue Wellington", "chemin du Lac-Noir", "rue des Ormes", "avenue du Parc"]
CITIES = [("Québec", "G1R"), ("Lévis", "G6V"), ("Sherbrooke", "J1H"), ("Montréal", "H2X"),
          ("Gatineau", "J8X"), ("Terrebonne", "J6W"), ("Rimouski", "G5L"), ("Joliette", "J6E")]
ON_CITIES = [("Ottawa", "K1N"), ("Cornwall", "K6H"), ("Hawkesbury", "K6A"), ("Toronto", "M4C")]
ON_STREETS = ["Elgin Street", "Bank Street", "Pitt Street", "Main Street East", "Danforth Avenue"]


def home_address(rng, province="QC"):
    n = rng.randint(12, 4890)
    apt = rng.choice(["", "", "", f", app. {rng.randint(1, 12)}", f" #{rng.randint(101, 412)}"])
    if province == "ON":
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 12)}", f", Unit {rng.randint(101, 412)}"])
        city, fsa = rng.choice(ON_CITIES)
        return f"{n} {rng.choice(ON_STREETS)}{apt}, {city} (Ontario) {fsa} {rng.randint(1,9)}{rng.choice('ABCEGHJ')}{rng.randint(1,9)}"
    city, fsa = rng.choice(CITIES)
    return f"{n}, {rng.choice(STREETS)}{apt}, {city} (Québec) {fsa} {rng.randint(1,9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1,9)}"


def personal_email(rng, p):
    g = strip_accents(p.given.lower())
    s = strip_accents(p.surname.lower())
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}{rng.randint(50, 99)}", f"{s}.{g}{rng.randint(1, 9)}", f"{g}{s[:3]}"])
    return local + "@" + rng.choice(PERSONAL_DOMAINS)


# ---------------------------------------------------------------- identifiers
def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + _digits(rng, 7)
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(rng, num):
    style = rng.choice(["sp", "sp", "dash", "plain", "dot"])
    if style == "sp":
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == "dash":
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    if style == "dot":
        return f"{num[:3]}.{num[3:6]}.{num[6:]}"
    return num


def make_ohip(rng):
    while True:
        base = str(rng.randint(1, 9)) + _digits(rng, 8)
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num


def fmt_ohip(rng, num):
    vc = rng.choice(["", "", " " + rng.choice(["AB", "KL", "TZ", "MN"]), "-" + rng.choice(["HK", "CP"])])
    style = rng.choice(["dash", "sp", "plain"])
    if style == "dash":
        return f"{num[:4]}-{num[4:7]}-{num[7:]}{vc}"
    if style == "sp":
        return f"{num[:4]} {num[4:7]} {num[7:]}{vc}"
    return num + vc.replace("-", " ")


def make_niss(rng, dob, fem):
    while True:
        seq = rng.randint(1, 996)
        if (seq % 2 == 1) == fem:  # odd = male, even = female
            continue
        body = dob.strftime("%y%m%d") + f"{seq:03d}"
        base = int(("2" + body) if dob.year >= 2000 else body)
        num = body + f"{97 - base % 97:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(rng, num):
    style = rng.choice(["std", "std", "plain", "sp"])
    if style == "std":
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    if style == "sp":
        return f"{num[:6]} {num[6:9]} {num[9:]}"
    return num


def make_nir(rng, dob, fem):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "44", "59", "35", "31", "67", "06"])
        body = ("2" if fem else "1") + dob.strftime("%y%m") + dept + f"{rng.randint(1, 990):03d}" + f"{rng.randint(1, 999):03d}"
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(rng, num):
    style = rng.choice(["sp", "sp", "plain", "key"])
    if style == "sp":
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    if style == "key":
        return f"{num[:13]} {num[13:]}"
    return num


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fmt_nam(rng, nam, allow_fullwidth=True, style=None):
    styles = ["std"] * 6 + ["plain"] * 3 + ["lower", "dash", "dot", "slash", "odd", "groups3"]
    if allow_fullwidth:
        styles += ["fw", "fwdigits"]
    style = style or rng.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "std":
        return f"{a} {b} {c}"
    if style == "plain":
        return nam
    if style == "lower":
        return f"{a.lower()} {b} {c}"
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "dot":
        return f"{a}.{b}.{c}"
    if style == "slash":
        return f"{a}/{b}/{c}"
    if style == "odd":
        return f"{a}  {b[:2]} {b[2:]}{c[:1]} {c[1:]}"
    if style == "groups3":
        return f"{a} {nam[4:7]} {nam[7:10]} {nam[10:]}"
    if style == "fw":
        return "".join(FULLWIDTH.get(ch, ch) for ch in f"{a} {b} {c}")
    if style == "fwdigits":
        return a + " " + "".join(FULLWIDTH[ch] for ch in b + c)
    raise ValueError(style)


def make_mrn(rng):
    style = rng.choice(["h7", "mrn", "dossier", "dash", "chart"])
    n = _digits(rng, 7)
    if style == "h7":
        return f"H-{n}"
    if style == "mrn":
        return f"{rng.randint(10, 99)}{n[:6]}"
    if style == "dossier":
        return f"{n[:2]}-{n[2:4]}-{n[4:]}"
    if style == "dash":
        return f"{rng.choice('ABCKMR')}{n[:6]}"
    return f"0{n}"


def luhn_number(rng, length, first=None):
    """Serial / lot / asset numbers that happen to pass a Luhn check."""
    base = (str(first) if first else str(rng.randint(1, 9))) + _digits(rng, length - 2)
    return base + luhn.calc_check_digit(base)


# ---------------------------------------------------------------- display
def title(p, lang):
    if lang == "fr":
        return "Mme" if p.fem else "M."
    return "Mrs." if p.fem and p.dob.year < 1960 else ("Ms." if p.fem else "Mr.")


def display_name(rng, p, lang, style=None):
    style = style or rng.choice(["gs", "gs", "sg_comma", "title", "upper_sur", "initial", "lower", "title"])
    if style == "gs":
        return f"{p.given} {p.surname}"
    if style == "sg_comma":
        return f"{p.surname}, {p.given}"
    if style == "title":
        return f"{title(p, lang)} {p.given} {p.surname}"
    if style == "title_sur":
        return f"{title(p, lang)} {p.surname}"
    if style == "upper_sur":
        return f"{p.surname.upper()} {p.given}"
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "lower":
        return f"{p.given.lower()} {p.surname.lower()}"
    raise ValueError(style)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def fmt_date(rng, d, lang, style=None):
    style = style or rng.choice(["iso", "iso", "long", "slash"])
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%m/%d/%Y")
    if lang == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
