"""Shared data and helpers: people, organisations, identifiers, dates, formats.

Everything here is invented.  RAMQ NAMs are read only from ../blind_nams.txt,
located relative to this file.
"""
import datetime
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = Path(__file__).resolve().parent
NAMS_PATH = HERE.parent / "blind_nams.txt"

FINDING_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]
IDENTIFYING = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}

# --------------------------------------------------------------------------- organisations
HOSP = {
    "fr": "Hôpital régional des Deux-Rives",
    "en": "Deux-Rives Regional Hospital",
    "dom": "deuxrives.example",
    "addr_fr": "1200, boulevard de la Cité-des-Jeunes, Gatineau (Québec) J8Y 6T9",
    "addr_en": "1200 Cité-des-Jeunes Blvd., Gatineau QC J8Y 6T9",
}
SNCH = {
    "fr": "Hôpital communautaire de la Nation-Sud",
    "en": "South Nation Community Hospital",
    "dom": "southnation-hc.example",
    "addr_en": "45 Riverside Drive, Casselman ON K0A 1M0",
}
CLINIC_PHONE = "819-555-0140"
PHARM_PHONE = "819-555-0150"
PHARM_FAX = "819-555-0151"
SNCH_PHONE = "613-555-0160"
WHOLESALER = {"name": "Distribution Pharma Outaouais inc.", "dom": "dpo-distribution.example",
              "addr": "77, rue de l'Industrie, Gatineau (Québec) J8R 3M2", "phone": "819-555-0181"}
WHOLESALER2 = {"name": "Laurentian Medical Supply Ltd.", "dom": "lms-supply.example",
               "addr": "3100 Industrial Ave., Cornwall ON K6H 5R8", "phone": "613-555-0182"}
COMMUNITY_PHARMS = [
    ("Pharmacie Lalande & St-Arnaud", "lalande-starnaud.example", "Luc St-Arnaud", "819-555-0171", "fr"),
    ("Pharmacie du Vieux-Hull", "pharmavieuxhull.example", "Anne-Sophie Brault", "819-555-0172", "fr"),
    ("Rockland Main Street Pharmacy", "rocklandpharmacy.example", "Janet Whitfield", "613-555-0173", "en"),
    ("Embrun Family Pharmacy", "embrunpharmacy.example", "Ravi Menon", "613-555-0174", "en"),
]
INSURER = {"name": "Mutuelle Boréale, assurance collective", "dom": "mutuelleboreale.example",
           "phone": "1-800-555-0190"}
CLSC = {"name": "CLSC des Collines-Est", "dom": "clsc-collines.example", "phone": "819-555-0145"}


@dataclass
class Staff:
    given: str
    surname: str
    role_fr: str
    role_en: str
    dom: str = HOSP["dom"]
    title: str = ""          # Dr / Dre
    phone: str = PHARM_PHONE
    ext: str = ""

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    @property
    def addr(self):
        local = strip_accents(f"{self.given}.{self.surname}").lower().replace(" ", "").replace("'", "")
        return f"{local}@{self.dom}"

    def greet(self, lang="fr"):
        """How a colleague would address this person at the top of a message."""
        if self.title:
            return f"{self.title} {self.surname}" if lang == "fr" else f"Dr. {self.surname}"
        return self.given

    def display(self, lang="fr"):
        if self.title:
            return f"{self.title} {self.name}" if lang == "fr" else f"Dr. {self.name}"
        return self.name


S = {
    "chef": Staff("Isabelle", "Lefebvre", "Chef du département de pharmacie", "Head, Pharmacy Department", ext="2201"),
    "ph1": Staff("Mathieu", "Bergeron", "Pharmacien, clinique d'anticoagulation", "Pharmacist, Anticoagulation Clinic", ext="2214"),
    "ph2": Staff("Karine", "Desrosiers", "Pharmacienne, clinique d'anticoagulation", "Pharmacist, Anticoagulation Clinic", ext="2215"),
    "ph3": Staff("Priya", "Patel", "Pharmacienne, soins intensifs", "Pharmacist, Critical Care", ext="2230"),
    "ph4": Staff("Jean-François", "Vachon", "Pharmacien, médecine interne", "Pharmacist, Internal Medicine", ext="2231"),
    "ph5": Staff("Amélie", "Charbonneau", "Pharmacienne, chirurgie", "Pharmacist, Surgery", ext="2232"),
    "ph6": Staff("Nadia", "Haddad", "Pharmacienne, approvisionnement et pénuries", "Pharmacist, Procurement and Shortages", ext="2240"),
    "inf1": Staff("Julie", "Tremblay", "Infirmière clinicienne, clinique d'anticoagulation", "Clinical Nurse, Anticoagulation Clinic", phone=CLINIC_PHONE, ext="3310"),
    "inf2": Staff("Chantal", "Dubé", "Infirmière, clinique d'anticoagulation", "Nurse, Anticoagulation Clinic", phone=CLINIC_PHONE, ext="3311"),
    "inf3": Staff("Marie-Ève", "Lavoie", "Infirmière de liaison", "Liaison Nurse", phone=CLINIC_PHONE, ext="3312"),
    "md1": Staff("Antoine", "Mercier", "Hématologue", "Hematologist", title="Dr", phone="819-555-0142"),
    "md2": Staff("Valérie", "Côté", "Interniste", "Internist", title="Dre", phone="819-555-0143"),
    "md3": Staff("Samuel", "Mensah", "Cardiologue", "Cardiologist", title="Dr", phone="819-555-0144"),
    "md4": Staff("Hélène", "Beaulieu", "Médecin de famille, GMF du Plateau", "Family Physician, GMF du Plateau", title="Dre",
                 dom="gmf-plateau.example", phone="819-555-0146"),
    "md5": Staff("Tomasz", "Kowalski", "Chirurgien orthopédiste", "Orthopaedic Surgeon", title="Dr", phone="819-555-0147"),
    "md6": Staff("Daniel", "Chartrand", "Gastro-entérologue", "Gastroenterologist", title="Dr", phone="819-555-0148"),
    "atp1": Staff("Sylvain", "Proulx", "Assistant technique en pharmacie (ATP) chef", "Lead Pharmacy Technician", ext="2250"),
    "atp2": Staff("Josiane", "Lachance", "Assistante technique en pharmacie", "Pharmacy Technician", ext="2251"),
    "atp3": Staff("Kevin", "Nguyen", "Assistant technique en pharmacie", "Pharmacy Technician", ext="2252"),
    "atp4": Staff("Audrey", "Sauvé", "Assistante technique en pharmacie", "Pharmacy Technician", ext="2253"),
    "atp5": Staff("Rémi", "Larocque", "Assistant technique en pharmacie", "Pharmacy Technician", ext="2254"),
    "atp6": Staff("Tina", "Ferreira", "Assistante technique en pharmacie", "Pharmacy Technician", ext="2255"),
    "adm1": Staff("Caroline", "Vaillancourt", "Agente administrative, pharmacie", "Administrative Officer, Pharmacy", ext="2200"),
    "buy": Staff("Patrick", "Dufour", "Acheteur, approvisionnement", "Buyer, Procurement", ext="4120"),
    "hr": Staff("Louise", "Hébert", "Conseillère en ressources humaines", "Human Resources Advisor", phone="819-555-0120", ext="1105"),
    "it": Staff("Steve", "Laflamme", "Technicien informatique, soutien clinique", "IT Technician, Clinical Support", phone="819-555-0125", ext="1500"),
    "fac": Staff("Nathan", "Brisebois", "Technicien, installations matérielles", "Facilities Technician", phone="819-555-0126", ext="1610"),
    "ts": Staff("Élise", "Chevrier", "Travailleuse sociale", "Social Worker", phone="819-555-0141", ext="3330"),
    "sn_rn": Staff("Kelly", "Campbell", "Infirmière, clinique INR", "RN, INR Clinic", dom=SNCH["dom"], phone=SNCH_PHONE),
    "sn_ph": Staff("Rachel", "Kim", "Pharmacienne", "Pharmacist", dom=SNCH["dom"], phone="613-555-0161"),
    "sn_md": Staff("Ian", "McKenna", "Chirurgien vasculaire", "Vascular Surgeon", title="Dr", dom=SNCH["dom"], phone="613-555-0162"),
    "sn_ws": Staff("Olivia", "Vandermeer", "Travailleuse sociale", "Social Worker", dom=SNCH["dom"], phone="613-555-0163"),
    "rep": Staff("Éric", "Lamontagne", "Représentant, service à la clientèle", "Customer Service Representative",
                 dom=WHOLESALER["dom"], phone=WHOLESALER["phone"]),
    "rep2": Staff("Greg", "Hollis", "Account Manager", "Account Manager", dom=WHOLESALER2["dom"], phone=WHOLESALER2["phone"]),
    "ins": Staff("Martine", "Lajoie", "Analyste, réclamations invalidité", "Disability Claims Analyst",
                 dom=INSURER["dom"], phone=INSURER["phone"]),
    "clsc": Staff("Josée-Anne", "Fiset", "Infirmière, soins à domicile", "Home Care Nurse", dom=CLSC["dom"], phone=CLSC["phone"]),
}
EXTRA_STAFF_FR = [("Mélanie", "Lalonde"), ("Stéphanie", "Séguin"), ("Olivier", "Lemieux"), ("Marc-André", "Gervais"),
                  ("Lucie", "Quesnel"), ("Brandon", "Leroux"), ("Annie", "Vézina"), ("François", "Dumouchel"),
                  ("Catherine", "Lamoureux"), ("Yannick", "Bastien"), ("Émilie", "Jodoin"), ("Philippe", "Champagne")]
EXTRA_STAFF_EN = [("Megan", "Stewart"), ("Connor", "Walsh"), ("Hannah", "Olsen"), ("Derek", "Mulroney"),
                  ("Jasmine", "Singh"), ("Tyler", "Hutchins"), ("Nicole", "Barkley"), ("Aaron", "Feldman")]

# --------------------------------------------------------------------------- patient pools
PAT_SURNAMES_FR = ["Dionne", "Lavallée", "Beauchemin", "Arsenault", "Giroux", "Labelle", "Paradis", "Rioux",
                   "Théberge", "Courchesne", "Villeneuve", "Marchand", "Lacasse", "Boisvert", "Perreault",
                   "Doucet", "Barrette", "Landry", "Grenier", "Bisson", "Carrière", "Pilon", "Lamarche",
                   "Ménard", "Turcotte", "Robichaud", "Lafrenière", "Brunet", "Dagenais", "Sabourin",
                   "Desjardins", "Fréchette", "Gingras", "Lussier", "Beaudoin", "Plourde"]
PAT_SURNAMES_EN = ["Henderson", "McAllister", "Fraser", "Whitmore", "O'Neill", "Sinclair", "Kerr", "Doyle",
                   "Armstrong", "Mackenzie", "Hughes", "Duncan", "Pritchard", "Abernathy", "Kaur", "Ahmed",
                   "Okafor", "Novak", "Petrovic", "Gallagher", "Lindqvist", "Baptiste", "Castillo", "Reid",
                   "Fitzgerald", "Harrington", "Mbeki", "Dawson"]
GIVEN_FR_F = ["Huguette", "Raymonde", "Jocelyne", "Francine", "Micheline", "Thérèse", "Nicole", "Carole",
              "Lise", "Annie", "Mélissa", "Chloé", "Réjeanne", "Pierrette", "Solange", "Rachel"]
GIVEN_FR_M = ["Gaétan", "Réjean", "Normand", "Rosaire", "Yvon", "Marcel", "Gérard", "Raymond", "Benoît",
              "Sébastien", "Maxime", "Fernand", "Laurent", "Conrad", "Ghislain", "Jacques"]
GIVEN_EN_F = ["Margaret", "Dorothy", "Linda", "Patricia", "Heather", "Karen", "Deborah", "Brenda", "Olivia",
              "Amanda", "Gurpreet", "Aisha", "Shirley", "Joan"]
GIVEN_EN_M = ["Harold", "Gordon", "Kenneth", "Douglas", "Wayne", "Trevor", "Bruce", "Dennis", "Arthur",
              "Graham", "Rajesh", "Emeka", "Milan", "Walter"]

STREETS_FR = ["rue des Érables", "rue Saint-Louis", "chemin de la Montagne", "rue Notre-Dame", "boulevard Gréber",
              "rue Principale", "montée Paiement", "rue du Couvent", "chemin Freeman", "rue Laurier", "rue Champlain"]
STREETS_EN = ["Pine Hollow Rd", "Laurier St", "Main St W", "County Road 17", "Concession 4", "St. Joseph Blvd",
              "Riverside Dr", "Maple Crescent", "Notre-Dame St", "Bay St"]
CITIES_QC = [("Gatineau", "J8T"), ("Gatineau", "J9H"), ("Buckingham", "J8L"), ("Thurso", "J0X"),
             ("Papineauville", "J0V"), ("Val-des-Monts", "J8N"), ("Chelsea", "J9B"), ("Maniwaki", "J9E")]
CITIES_ON = [("Hawkesbury", "K6A"), ("Rockland", "K4K"), ("Casselman", "K0A"), ("Embrun", "K0A"),
             ("Alexandria", "K0C"), ("Cornwall", "K6H"), ("Plantagenet", "K0B"), ("Orléans", "K1C")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------- text helpers
def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def fold_key(s):
    """Comparison key: NFKC, no accents, lower case."""
    return strip_accents(unicodedata.normalize("NFKC", s)).lower()


FW_TABLE = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return s.translate(FW_TABLE)


# --------------------------------------------------------------------------- NAM holders
@dataclass
class Person:
    given: str
    surname: str
    sex: str              # "F" or "M"
    dob: datetime.date
    nam: str = ""
    lang: str = "fr"
    extra: dict = field(default_factory=dict)

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def load_nams():
    people = []
    for line in NAMS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sur, giv, dob, sex, nam = line.split()
        people.append(Person(giv, sur, sex, datetime.date.fromisoformat(dob), nam))
    return people


# --------------------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        first = rng.choice("1234569")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice(["", "AB", "KT", "MX", "HG", "PL", "RS"])
            return num, vc


def ohip_valid(num):
    d = "".join(ch for ch in num if ch.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def gen_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        ctr = rng.randint(1, 997)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        base = f"{yymmdd}{ctr:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (n % 97)
        num = f"{base}{chk:02d}"
        if std_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "35", "67", "31", "06"])
        commune = f"{rng.randint(1, 399):03d}"
        order = f"{rng.randint(1, 999):03d}"
        base = f"{'1' if sex == 'M' else '2'}{dob.strftime('%y%m')}{dept}{commune}{order}"
        key = 97 - (int(base) % 97)
        num = f"{base}{key:02d}"
        if std_nir.is_valid(num):
            return num


def gen_mrn(rng, site="HRDR"):
    if site == "SNCH":
        return "SN" + "".join(rng.choice("0123456789") for _ in range(6))
    return rng.choice("0123456789") + "".join(rng.choice("0123456789") for _ in range(6))


def luhn_serial(rng, n):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------- identifier formats
def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return f"{a} {b} {c}"
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "dot":
        return f"{a}.{b}.{c}"
    if style == "slash":
        return f"{a}/{b}/{c}"
    if style == "lower":
        return f"{a.lower()} {b} {c}"
    if style == "fw":
        return fullwidth(f"{a} {b} {c}")
    if style == "odd":
        return f"{a} {b[:2]} {b[2:]} {c}"
    raise ValueError(style)


def fmt_sin(s, style):
    if style == "plain":
        return s
    if style == "space":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if style == "dash":
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if style == "dot":
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    if style == "fw":
        return fullwidth(f"{s[:3]} {s[3:6]} {s[6:]}")
    raise ValueError(style)


def fmt_ohip(num, vc, style):
    if style == "plain":
        return num + vc
    if style == "dash":
        return f"{num[:4]}-{num[4:7]}-{num[7:]}" + (f"-{vc}" if vc else "")
    if style == "space":
        return f"{num[:4]} {num[4:7]} {num[7:]}" + (f" {vc}" if vc else "")
    if style == "fw":
        return fullwidth(f"{num[:4]} {num[4:7]} {num[7:]}") + (f" {vc}" if vc else "")
    raise ValueError(style)


def fmt_niss(n, style):
    if style == "plain":
        return n
    if style == "be":
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if style == "space":
        return f"{n[:6]} {n[6:9]} {n[9:]}"
    raise ValueError(style)


def fmt_nir(n, style):
    if style == "plain":
        return n
    if style == "space":
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    if style == "key":
        return f"{n[:13]} {n[13:]}"
    raise ValueError(style)


def fmt_mrn(m, style):
    if m.startswith("SN"):
        return {"plain": m, "space": f"SN {m[2:5]} {m[5:]}", "dash": f"SN-{m[2:]}"}.get(style, m)
    if style == "plain":
        return m
    if style == "space":
        return f"{m[:2]} {m[2:5]} {m[5:]}"
    if style == "dash":
        return f"{m[:3]}-{m[3:5]}-{m[5:]}"
    if style == "prefix":
        return f"HRDR-{m}"
    if style == "slash":
        return f"{m[:3]}/{m[3:]}"
    if style == "fw":
        return fullwidth(m)
    raise ValueError(style)


# --------------------------------------------------------------------------- dates
def fr_date(d, day=False):
    s = f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if d.day == 1:
        s = f"1er {MONTHS_FR[d.month - 1]} {d.year}"
    return (DAYS_FR[d.weekday()] + " " + s) if day else s


def en_date(d, day=False):
    s = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return (DAYS_EN[d.weekday()] + ", " + s) if day else s


def short_date(d, lang):
    if lang == "fr":
        return f"{d.day:02d}/{d.month:02d}"
    return f"{MONTHS_EN_ABBR[d.month - 1]} {d.day}"


DOB_STYLES = ["iso", "dmy", "long", "dmy_dash", "ymd_slash", "compact"]


def dob_str(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "long":
        return fr_date(d) if lang == "fr" else en_date(d)
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "compact":
        if lang == "en":
            return f"{d.day:02d}-{MONTHS_EN_ABBR[d.month - 1].upper()}-{d.year}"
        return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"
    raise ValueError(style)


def dob_variants(d):
    out = set()
    for lang in ("fr", "en"):
        for st in DOB_STYLES:
            out.add(fold_key(dob_str(d, lang, st)))
    out.add(fold_key(fr_date(d).replace("1er", "1")))
    return out


def next_weekday(d, n=0):
    d = d + datetime.timedelta(days=n)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


# --------------------------------------------------------------------------- phones / addresses
def phone(rng, region="qc", style=None):
    area = rng.choice(["819", "873"]) if region == "qc" else rng.choice(["613", "343"])
    last = f"01{rng.randint(0, 99):02d}"
    style = style or rng.choice(["dash", "paren", "dot", "space"])
    if style == "dash":
        return f"{area}-555-{last}"
    if style == "paren":
        return f"({area}) 555-{last}"
    if style == "dot":
        return f"{area}.555.{last}"
    return f"{area} 555 {last}"


def postal(rng, fsa):
    return f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}"


def address(rng, region="qc", lang="fr"):
    if region == "qc":
        city, fsa = rng.choice(CITIES_QC)
        street = rng.choice(STREETS_FR)
        no = rng.randint(12, 2480)
        apt = rng.choice(["", "", "", f", app. {rng.randint(1, 12)}"])
        return f"{no}, {street}{apt}, {city} (Québec) {postal(rng, fsa)}"
    city, fsa = rng.choice(CITIES_ON)
    street = rng.choice(STREETS_EN)
    no = rng.randint(12, 2480)
    apt = rng.choice(["", "", f"Unit {rng.randint(1, 12)}, "])
    return f"{apt}{no} {street}, {city} ON {postal(rng, fsa)}"


# --------------------------------------------------------------------------- patients
def make_patient(rng, lang="fr", min_age=30, max_age=95, ref=None, used=None):
    ref = ref or datetime.date(2024, 6, 1)
    used = used if used is not None else set()
    while True:
        sex = rng.choice("FM")
        if lang == "fr":
            given = rng.choice(GIVEN_FR_F if sex == "F" else GIVEN_FR_M)
            sur = rng.choice(PAT_SURNAMES_FR)
        else:
            given = rng.choice(GIVEN_EN_F if sex == "F" else GIVEN_EN_M)
            sur = rng.choice(PAT_SURNAMES_EN)
        if (given, sur) not in used:
            used.add((given, sur))
            break
    age = rng.randint(min_age, max_age)
    dob = datetime.date(ref.year - age, rng.randint(1, 12), rng.randint(1, 28))
    return Person(given, sur, sex, dob, lang=lang)


def name_as(p, style, lang="fr"):
    """Render a patient's name in one of many styles."""
    g, s = p.given, p.surname
    if style == "full":
        return f"{g} {s}"
    if style == "title":
        if lang == "fr":
            return f"{'Mme' if p.sex == 'F' else 'M.'} {g} {s}"
        return f"{'Ms.' if p.sex == 'F' else 'Mr.'} {g} {s}"
    if style == "title_sur":
        if lang == "fr":
            return f"{'Mme' if p.sex == 'F' else 'M.'} {s}"
        return f"{'Mrs.' if p.sex == 'F' else 'Mr.'} {s}"
    if style == "upper_first":
        return f"{s.upper()}, {g}"
    if style == "sur_first":
        return f"{s}, {g}"
    if style == "lower":
        return f"{g.lower()} {s.lower()}"
    if style == "init":
        return f"{g[0]}. {s}"
    if style == "sur_init":
        return f"{s} {g[0]}."
    if style == "upper":
        return f"{s.upper()} {g.upper()}"
    raise ValueError(style)


NAME_STYLES = ["full", "title", "title_sur", "upper_first", "sur_first", "lower", "init", "sur_init", "upper"]
