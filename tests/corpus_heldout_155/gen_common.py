"""Shared data and helpers: organisation, people, identifiers, dates.

Everything here is invented.  RAMQ NAMs are read only from ../blind_nams.txt
(relative to this file).
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
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

# ---------------------------------------------------------------- organisation
ORG_FR = "CISSS des Trois-Rivages"
ORG_EN = "Trois-Rivages Integrated Health and Social Services Centre"
DOM = "cisss-troisrivages.example"

SERVICES = {
    'memoire': dict(
        fr="Clinique de mémoire", en="Memory Clinic",
        site="Hôpital Saint-Aubin", addr="2150, boulevard des Ormes, 3e étage",
        city="Saint-Aubin (Québec)  J7Z 0A1", tel="450-555-0142", fax="450-555-0143",
        box="memoire.hsa"),
    'hjg': dict(
        fr="Hôpital de jour gériatrique", en="Geriatric Day Hospital",
        site="Pavillon Laurier", addr="88, rue Laurier",
        city="Saint-Aubin (Québec)  J7Z 2K4", tel="450-555-0151", fax="450-555-0152",
        box="hjg.laurier"),
    'chutes': dict(
        fr="Clinique des chutes", en="Falls Clinic",
        site="CLSC du Vieux-Moulin", addr="410, rue du Moulin",
        city="Sainte-Rose-des-Prés (Québec)  J0K 3B0", tel="450-555-0163", fax="450-555-0164",
        box="chutes.clsc"),
    'mah': dict(
        fr="Mécanisme d'accès à l'hébergement (MAH)", en="Long-Term Care Access Office (MAH)",
        site="Direction SAPA", addr="1000, montée du Lac, bureau 210",
        city="Saint-Aubin (Québec)  J7Z 1C8", tel="450-555-0171", fax="450-555-0172",
        box="mah.sapa"),
    'ucdg': dict(
        fr="Unité de courte durée gériatrique (UCDG)", en="Acute Geriatric Unit (UCDG)",
        site="Hôpital Saint-Aubin", addr="2150, boulevard des Ormes, 4e Nord",
        city="Saint-Aubin (Québec)  J7Z 0A1", tel="450-555-0145", fax="450-555-0146",
        box="ucdg.hsa"),
    'sad': dict(
        fr="Soutien à domicile (SAD)", en="Home Care Services",
        site="CLSC du Vieux-Moulin", addr="410, rue du Moulin",
        city="Sainte-Rose-des-Prés (Québec)  J0K 3B0", tel="450-555-0167", fax="450-555-0168",
        box="sad.vieuxmoulin"),
    'chsld': dict(
        fr="CHSLD des Érables", en="CHSLD des Érables (long-term care)",
        site="CHSLD des Érables", addr="75, chemin des Érables",
        city="Saint-Aubin (Québec)  J7Z 3R5", tel="450-555-0181", fax="450-555-0182",
        box="chsld.erables"),
    'admin': dict(
        fr="Direction SAPA - soutien administratif", en="SAPA Directorate - administrative support",
        site="Siège social", addr="1000, montée du Lac",
        city="Saint-Aubin (Québec)  J7Z 1C8", tel="450-555-0100", fax="450-555-0101",
        box="sapa.admin"),
}

CHSLDS = ["CHSLD des Érables", "CHSLD du Boisé-Vert", "CHSLD Marguerite-Lanctôt",
          "CHSLD de la Rivière-aux-Saules", "Maison des aînés de Sainte-Rose"]

EXTERNAL = [
    ("GMF des Cèdres", "gmf-cedres.example", "450-555-0121"),
    ("Clinique médicale du Ruisseau", "cmruisseau.example", "450-555-0124"),
    ("GMF-U de la Montée", "gmfu-montee.example", "450-555-0127"),
    ("Clinique familiale Rive-Sud", "cfrivesud.example", "450-555-0129"),
]
PHARMACIES = [
    ("Pharmacie Lemay et Ouimet", "pharmalemay.example", "450-555-0131", "450-555-0132"),
    ("Pharmacie C. Dion", "pharmadion.example", "450-555-0135", "450-555-0136"),
    ("Pharmacie du Carrefour des Prés", "pharmacarrefour.example", "450-555-0138", "450-555-0139"),
]

# ---------------------------------------------------------------- people
# NAM holder surnames are never used for staff (see verify).
STAFF_RAW = [
    # given, surname, sex, role_fr, role_en, service, physician
    ("Hélène", "Tremblay", "F", "gériatre", "geriatrician", "memoire", True),
    ("François", "Lavoie", "M", "gériatre", "geriatrician", "hjg", True),
    ("Amira", "Khoury", "F", "interniste-gériatre", "internist-geriatrician", "ucdg", True),
    ("Jean-Philippe", "Desjardins", "M", "médecin de famille", "family physician", "chsld", True),
    ("Karine", "Vachon", "F", "infirmière clinicienne", "clinical nurse", "memoire", False),
    ("Mélanie", "Lefebvre", "F", "neuropsychologue", "neuropsychologist", "memoire", False),
    ("Sébastien", "Gingras", "M", "physiothérapeute", "physiotherapist", "chutes", False),
    ("Julie", "Beaulieu", "F", "ergothérapeute", "occupational therapist", "hjg", False),
    ("Nadia", "Hébert", "F", "travailleuse sociale", "social worker", "memoire", False),
    ("Olivier", "Dubé", "M", "pharmacien", "pharmacist", "hjg", False),
    ("Chantal", "Leclerc", "F", "agente administrative", "administrative officer", "memoire", False),
    ("Marc-André", "Giroux", "M", "chef de service SAPA", "SAPA service manager", "admin", False),
    ("Isabelle", "Lemieux", "F", "coordonnatrice MAH", "MAH coordinator", "mah", False),
    ("Priya", "Patel", "F", "infirmière clinicienne", "clinical nurse", "chutes", False),
    ("Wei", "Chen", "M", "kinésiologue", "kinesiologist", "chutes", False),
    ("Sophie", "Carrier", "F", "infirmière-chef", "head nurse", "hjg", False),
    ("Annie", "Proulx", "F", "agente administrative", "administrative officer", "mah", False),
    ("Daniel", "Mercier", "M", "travailleur social", "social worker", "sad", False),
    ("Catherine", "Bégin", "F", "infirmière", "nurse", "ucdg", False),
    ("Emeka", "Okafor", "M", "résident en gériatrie", "geriatrics resident", "memoire", True),
    ("Lucie", "Sauvé", "F", "agente de planification", "planning officer", "admin", False),
    ("Véronique", "Arsenault", "F", "technicienne en administration", "administrative technician", "admin", False),
    ("Ana", "Ferreira", "F", "nutritionniste", "dietitian", "hjg", False),
    ("Patrick", "Côté", "M", "conseiller en ressources humaines", "HR advisor", "admin", False),
    ("Maude", "Lachapelle", "F", "infirmière auxiliaire", "licensed practical nurse", "chsld", False),
    ("Guillaume", "Rivard", "M", "technicien informatique", "IT technician", "admin", False),
    ("Stéphanie", "Dumont", "F", "gestionnaire CHSLD", "CHSLD manager", "chsld", False),
    ("Rachid", "Benali", "M", "gériatre", "geriatrician", "chutes", True),
]


def strip_accents(s):
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')


def email_local(given, surname):
    return (strip_accents(given) + '.' + strip_accents(surname)).lower().replace(' ', '').replace("'", '')


class Staff:
    def __init__(self, row):
        (self.given, self.surname, self.sex, self.role_fr, self.role_en,
         self.service, self.md) = row
        self.email = email_local(self.given, self.surname) + '@' + DOM

    def name(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang):
        if self.md:
            if lang == 'fr':
                return ("Dre " if self.sex == 'F' else "Dr ") + self.name()
            return "Dr. " + self.name()
        return self.name()

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en


STAFF = [Staff(r) for r in STAFF_RAW]


def staff_of(service=None, md=None):
    out = [s for s in STAFF if (service is None or s.service == service) and (md is None or s.md == md)]
    return out or STAFF


# Patients not listed in blind_nams.txt (no NAM is ever attached to them).
PAT_SURNAMES = ["Bergeron", "Lévesque", "Dionne", "Pépin", "Rioux", "Drouin", "Gosselin", "Bilodeau",
                "Vézina", "Ménard", "Cormier", "Landry", "Dufour", "Laflamme", "Guay", "Poulin", "Harvey",
                "Bédard", "Fréchette", "O'Neill", "Kowalski", "Nguyen", "Rossi", "Papadopoulos", "Haddad",
                "Chénier", "Deschênes", "Boivin", "Lachance", "Beaudoin", "Charest", "Turcotte", "Marchand",
                "Paradis", "St-Pierre", "Auclair", "Villeneuve", "Brassard", "Lamontagne", "Daigle",
                "Fitzgerald", "McKenna", "Jodoin", "Provencher", "Labelle", "Racine", "Corbeil", "Hamel"]
PAT_GIVEN_F = ["Lucienne", "Thérèse", "Yvette", "Huguette", "Rita", "Laurette", "Colette", "Jeannine",
               "Pierrette", "Cécile", "Dorothy", "Margaret", "Evelyn", "Agnes", "Maria", "Eleni", "Gisèle",
               "Rollande", "Monique", "Françoise", "Irène", "Jacqueline", "Louisette", "Mildred", "Aline"]
PAT_GIVEN_M = ["Gérard", "Rolland", "Marcel", "Fernand", "Jean-Guy", "Armand", "Gaston", "Réal", "Florent",
               "Raymond", "Harold", "Walter", "Arthur", "Stanley", "Giuseppe", "Van Thanh", "Lucien",
               "Roger", "Bernard", "Clément", "Hector", "Normand", "Yvon", "Donald", "Aurèle"]

STREETS = ["rue des Pins", "rue Principale", "boulevard Sainte-Rose", "rue du Couvent", "avenue des Lilas",
           "rang Saint-Joseph", "rue Notre-Dame", "chemin du Lac-Vert", "rue Dufferin", "rue de la Fabrique",
           "avenue Champlain", "rue des Hirondelles", "montée Gagné", "rue Lafontaine"]
TOWNS = [("Saint-Aubin", "J7Z"), ("Sainte-Rose-des-Prés", "J0K"), ("Val-des-Saules", "J0L"),
         ("Lac-Brochet", "J0T"), ("Pointe-aux-Merles", "J7Y")]


def load_nams():
    rows = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append(dict(surname=sur, given=giv, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return rows


# ---------------------------------------------------------------- identifiers
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam, 'space': f"{a} {b} {c}", 'dot': f"{a}.{b}.{c}", 'dash': f"{a}-{b}-{c}",
        'slash': f"{a}/{b}/{c}", 'lower': f"{a.lower()} {b} {c}", 'odd': f"{a[:2]} {a[2:]} {b[:2]} {b[2:]} {c}",
        'fw': a + (b + c).translate(FW), 'fwspace': f"{a} {b.translate(FW)} {c.translate(FW)}",
    }[style]


def gen_sin(rng):
    while True:
        first = rng.choice('1234567') if rng.random() < 0.9 else '9'
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(n, style):
    return {'space': f"{n[:3]} {n[3:6]} {n[6:]}", 'dash': f"{n[:3]}-{n[3:6]}-{n[6:]}",
            'plain': n, 'dot': f"{n[:3]}.{n[3:6]}.{n[6:]}", 'fw': f"{n[:3]} {n[3:6]} {n[6:]}".translate(FW)}[style]


def ohip_valid(num):
    d = ''.join(ch for ch in num if ch.isdigit())
    return len(d) == 10 and d[0] != '0' and luhn.is_valid(d)


def gen_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if ohip_valid(num):
            vc = rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')
            return num, vc


def fmt_ohip(n, vc, style):
    return {'space': f"{n[:4]} {n[4:7]} {n[7:]} {vc}", 'dash': f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}",
            'plain': n, 'plainvc': n + vc, 'slash': f"{n[:4]}/{n[4:7]}/{n[7:]}"}[style]


def gen_niss(rng, dob, sex):
    base = dob.strftime('%y%m%d')
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        first9 = base + '%03d' % serial
        if dob.year >= 2000:
            chk = 97 - int('2' + first9) % 97
        else:
            chk = 97 - int(first9) % 97
        num = first9 + '%02d' % chk
        if be_nn.is_valid(num):
            return num


def fmt_niss(n, style):
    return {'dots': f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", 'plain': n,
            'space': f"{n[:6]} {n[6:9]} {n[9:]}", 'fw': f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}".translate(FW)}[style]


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '59', '33', '44', '35', '67', '06', '29'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) \
            + '%03d' % rng.randrange(1, 999)
        num = body + fr_nir.calc_check_digits(body + '00')
        if fr_nir.is_valid(num):
            return num


def fmt_nir(n, style):
    return {'space': f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            'plain': n, 'key': f"{n[:13]} {n[13:]}", 'dots': f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"}[style]


def gen_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def fmt_mrn(m, style):
    return {'plain': m, 'h': 'H' + m, 'hdash': 'H-' + m, 'space': f"{m[:3]} {m[3:]}",
            'dash': f"{m[:2]}-{m[2:4]}-{m[4:]}", 'slash': f"{m[:3]}/{m[3:]}", 'fw': m.translate(FW)}[style]


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, style='long'):
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return d.strftime('%d/%m/%Y')
    if style == 'dots':
        return d.strftime('%d.%m.%Y')
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'short':
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}" if lang == 'en' else \
            f"{d.day:02d}-{MOIS[d.month - 1][:4].rstrip('.')}-{d.year}"
    if lang == 'fr':
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def fday(d, lang):
    """Weekday + date, e.g. 'mardi 4 mars' / 'Tuesday, March 4'."""
    if lang == 'fr':
        return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def norm_text(s):
    """NFKC + accents stripped + lower: used by the verifier for name look-ups."""
    return strip_accents(unicodedata.normalize('NFKC', s)).lower()


def norm_alnum(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKC', s).upper() if ch.isalnum())


class Rand(random.Random):
    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def phone(self):
        return f"{self.pick(['450', '514', '579'])}-555-01{self.randrange(0, 100):02d}"
