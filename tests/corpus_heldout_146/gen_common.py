"""Shared data and helpers for the CIUSSS de la Riviere-aux-Herons IT / clinical informatics corpus.

Everything here is invented: organisation, sites, people, addresses, phone numbers (555-01xx),
domains (.example).  RAMQ NAMs come only from ../blind_nams.txt (path computed from __file__).
"""
import datetime
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

ORG_FR = "CIUSSS de la Rivière-aux-Hérons"
ORG_EN = "Rivière-aux-Hérons Integrated Health and Social Services University Network"
DOM = "ciusss-rah.example"
SITES = [
    "Hôpital de Saint-Héron", "Hôpital de Pointe-Argile", "CLSC de la Batture",
    "CHSLD des Quatre-Vents", "Centre de réadaptation Les Érables", "Hôpital de Lac-Brûlé",
]
UNITS = ["4e Nord", "3e Sud", "5e Ouest", "2e Est", "Urgence", "Soins intensifs", "Médecine de jour",
         "Hémodialyse", "Pédiatrie", "Psychiatrie 6A", "Chirurgie d'un jour", "Oncologie ambulatoire"]
UNITS_EN = ["4 North", "3 South", "5 West", "2 East", "Emergency", "ICU", "Day Medicine",
            "Dialysis", "Paediatrics", "Psych 6A", "Day Surgery", "Ambulatory Oncology"]
TOWNS = ["Saint-Héron", "Pointe-Argile", "Lac-Brûlé", "Sainte-Aurélie-des-Battures", "Val-des-Bouleaux",
         "Rivière-aux-Hérons", "Saint-Onésime-du-Cap"]
STREETS = ["rue des Hérons", "boulevard du Barrage", "rue de la Batture", "chemin du Rang-Double",
           "avenue des Érables", "rue Principale Ouest", "rue du Quai", "montée des Pins",
           "rue Sainte-Aurélie", "chemin de la Grève"]
POSTAL = ["J0X 2K4", "J8R 3N6", "J9A 1B7", "J0V 1L2", "J8P 4T9", "J9H 5C3", "J0W 3E8"]

# Staff surnames deliberately disjoint from every surname in blind_nams.txt.
STAFF_SUR = ["Archambault", "Beaudry", "Charbonneau", "Desrosiers", "Lamontagne", "Gervais", "Lacasse",
             "Marcotte", "Nolin", "Rioux", "Sauvé", "Théberge", "Vézina", "Laberge", "Fréchette",
             "Giguère", "Tessier", "Brisebois", "Courchesne", "Lafrenière", "Provencher", "Jobin",
             "Mailloux", "Ricard", "Beauchesne", "Patel", "Wong", "O'Neill", "Fitzgerald", "Harrington",
             "Ramos", "Kaur", "Chen", "Morrison", "Abernathy", "Lindqvist", "Duchesneau", "Bellavance"]
STAFF_GIV = ["Mélanie", "Karine", "Isabelle", "Stéphane", "Patrick", "Nancy", "Julie", "Mathieu",
             "Caroline", "Éric", "Valérie", "Sébastien", "Annie", "François", "Chantal", "Dominic",
             "Priya", "Kevin", "Rachel", "Owen", "Meghan", "Tariq", "Hélène", "Yannick", "Vanessa",
             "Guillaume", "Nadia", "Raphaël", "Josiane", "Alexis"]

PAT_SUR_FR = ["Tremblay", "Bergeron", "Lavoie", "Côté", "Després", "Ménard", "Quenneville", "Villeneuve",
              "Beaulieu", "Dufour", "Hébert", "Lachance", "Mercier", "Pichette", "Robitaille", "St-Onge",
              "Vachon", "Pelchat", "Turcotte", "Boisvert", "Dionne", "Lemieux", "Auclair", "Larouche",
              "Gosselin", "Bilodeau", "Drouin", "Poulin", "Racine", "Veilleux", "Lévesque", "Thériault"]
PAT_GIV_FR_F = ["Ginette", "Lise", "Francine", "Micheline", "Chloé", "Rosalie", "Jacinthe", "Suzanne",
                "Lucie", "Maude", "Noémie", "Huguette", "Carole", "Léa", "Monique"]
PAT_GIV_FR_M = ["Jean-Guy", "Réjean", "Gaétan", "Normand", "Olivier", "Félix", "Marcel", "Rosaire",
                "Yvon", "Benoît", "Laurent", "Raymond", "Zacharie", "Denis", "Serge"]
PAT_SUR_EN = ["O'Brien", "Henderson", "Whitfield", "Kowalski", "Nguyen", "Haddad", "Okafor", "Da Silva",
              "Petrov", "McAllister", "Singh", "Ferreira", "Abdi", "Kim", "Castellano", "Murphy",
              "Grant", "Sutherland", "Novak", "Rahman"]
PAT_GIV_EN_F = ["Margaret", "Heather", "Linda", "Amira", "Chidinma", "Grace", "Yuna", "Patricia",
                "Fatima", "Olga", "Brenda", "Siobhan"]
PAT_GIV_EN_M = ["Chidi", "Walter", "Gordon", "Khalid", "Tomasz", "Dmitri", "Arjun", "Kevin",
                "Raymond", "Colin", "Hassan", "Duncan"]
PAT_SUR_BE = ["Vandenberghe", "Claes", "Peeters", "Wouters", "Janssens", "Maes", "Dewulf"]
PAT_GIV_BE = [("Lotte", "F"), ("Wout", "M"), ("Elise", "F"), ("Thibaut", "M"), ("Amélie", "F"), ("Bram", "M")]
PAT_SUR_FRANCE = ["Lefebvre", "Moreau", "Garnier", "Rousseau", "Fabre", "Chevalier", "Perrin"]
PAT_GIV_FRANCE = [("Camille", "F"), ("Hugo", "M"), ("Manon", "F"), ("Théo", "M"), ("Inès", "F"), ("Lucas", "M")]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass
class Holder:
    surname: str
    given: str
    dob: datetime.date
    sex: str
    nam: str


@dataclass
class Person:
    surname: str
    given: str
    sex: str
    dob: datetime.date
    mrn: str = ""
    phone: str = ""
    address: str = ""
    town: str = ""
    postal: str = ""
    nam: str = ""          # only for blind_nams holders
    holder: bool = False


@dataclass
class Att:
    filename: str
    ctype: str
    data: bytes
    kind: str              # pdf, docx, xlsx, csv, ics, vcf, zip, eml, txt, hl7


@dataclass
class Spec:
    lang: str
    category: str
    note: str
    types: list
    subject: str
    sender: tuple
    to: list
    text: str
    cc: list = field(default_factory=list)
    html: str = None
    atts: list = field(default_factory=list)
    ids: list = field(default_factory=list)        # (kind, value as written) for verification
    holders: list = field(default_factory=list)    # Holder objects used with their NAM
    probes: list = field(default_factory=list)     # strings that must survive decoding
    prefer_html: bool = False
    reply: bool = False


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return out


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def ohip_valid(num):
    d = ''.join(c for c in num if c.isdigit())
    return len(d) == 10 and d[0] != '0' and luhn.is_valid(d)


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert ohip_valid(num)
    return num


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == 'M' else 0)
    if serial > 997:
        serial -= 2
    first = dob.strftime('%y%m%d') + '%03d' % serial
    base = ('2' + first) if dob.year >= 2000 else first
    check = 97 - int(base) % 97
    num = first + '%02d' % check
    assert std_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(['75', '69', '13', '33', '59', '44', '35', '67'])
    first = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) \
        + '%03d' % rng.randrange(1, 999)
    num = first + std_nir.calc_check_digits(first)
    assert std_nir.is_valid(num), num
    return num


def make_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def luhn_serial(rng, prefix, n):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(n - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- formatting

def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'plain':
        return nam
    if style == 'spaced':
        return f"{a} {b} {c}"
    if style == 'dashed':
        return f"{a}-{b}-{c}"
    if style == 'dotted':
        return f"{a}.{b}.{c}"
    if style == 'slashed':
        return f"{a}/{b}/{c}"
    if style == 'full':
        return f"{a} {b} {c}".translate(FULLWIDTH)
    if style == 'lower':
        return f"{a} {b} {c}".lower()
    if style == 'odd':
        return f"{a} {b[:2]} {b[2:]} {c}"
    raise ValueError(style)


def fmt_sin(num, style):
    if style == 'spaced':
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == 'dashed':
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    if style == 'dotted':
        return f"{num[:3]}.{num[3:6]}.{num[6:]}"
    if style == 'full':
        return f"{num[:3]} {num[3:6]} {num[6:]}".translate(FULLWIDTH)
    return num


def fmt_ohip(num, style, vc=''):
    if style == 'dashed':
        s = f"{num[:4]}-{num[4:7]}-{num[7:]}"
    elif style == 'spaced':
        s = f"{num[:4]} {num[4:7]} {num[7:]}"
    else:
        s = num
    return s + (('-' if style == 'dashed' else ' ') + vc if vc else '')


def fmt_niss(num, style):
    if style == 'official':
        return std_nn.format(num)
    if style == 'spaced':
        return f"{num[:6]} {num[6:9]} {num[9:]}"
    return num


def fmt_nir(num, style):
    if style == 'spaced':
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    if style == 'dotted':
        return f"{num[0]}.{num[1:3]}.{num[3:5]}.{num[5:7]}.{num[7:10]}.{num[10:13]}.{num[13:]}"
    return num


def fmt_mrn(mrn, style):
    if style == 'H':
        return 'H' + mrn
    if style == 'spaced':
        return f"{mrn[:1]} {mrn[1:4]} {mrn[4:]}"
    if style == 'dashed':
        return f"{mrn[:3]}-{mrn[3:]}"
    if style == 'full':
        return mrn.translate(FULLWIDTH)
    if style == 'slashed':
        return f"{mrn[:2]}/{mrn[2:]}"
    return mrn


def fmt_date(d, lang, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'long':
        if lang == 'fr':
            return f"{d.day}{'er' if d.day == 1 else ''} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 'mon':
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    if style == 'hl7':
        return d.strftime('%Y%m%d')
    if style == 'dotted':
        return d.strftime('%d.%m.%Y')
    raise ValueError(style)


def all_date_forms(d):
    forms = set()
    for lang in ('fr', 'en'):
        for st in ('iso', 'dmy', 'ymd_slash', 'long', 'mon', 'hl7', 'dotted'):
            forms.add(fmt_date(d, lang, st).lower())
    return forms


def phone(rng, area=None):
    area = area or rng.choice(['819', '873', '450'])
    return f"{area}-555-01{rng.randrange(0, 100):02d}"


def title(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Ms.' if p.sex == 'F' else 'Mr.'


def sexword(p, lang):
    if lang == 'fr':
        return 'F' if p.sex == 'F' else 'M'
    return 'F' if p.sex == 'F' else 'M'


def age_on(dob, ref=datetime.date(2024, 6, 1)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- registry of people

class Registry:
    """Hands out invented patients, blind_nams holders and staff in a seeded, repeatable order."""

    def __init__(self, seed):
        self.rng = random.Random(f"{seed}-registry")
        self.holders = load_holders()
        self.rng.shuffle(self.holders)
        self.used_holders = []
        self.pat_fr = [(s, g, 'F') for s in PAT_SUR_FR for g in PAT_GIV_FR_F] + \
                      [(s, g, 'M') for s in PAT_SUR_FR for g in PAT_GIV_FR_M]
        self.pat_en = [(s, g, 'F') for s in PAT_SUR_EN for g in PAT_GIV_EN_F] + \
                      [(s, g, 'M') for s in PAT_SUR_EN for g in PAT_GIV_EN_M]
        self.rng.shuffle(self.pat_fr)
        self.rng.shuffle(self.pat_en)
        self.used_sur = set()
        self.staff = [(g, s) for s in STAFF_SUR for g in STAFF_GIV]
        self.rng.shuffle(self.staff)
        self.si = 0

    def _address(self, rng):
        return (f"{rng.randrange(12, 2980)}, {rng.choice(STREETS)}", rng.choice(TOWNS), rng.choice(POSTAL))

    def holder(self, rng, pred=None):
        pool = [h for h in self.holders if h not in self.used_holders and (pred is None or pred(h))]
        if not pool:
            pool = [h for h in self.holders if pred is None or pred(h)]
        h = pool[0]
        self.used_holders.append(h)
        addr, town, pc = self._address(rng)
        return Person(h.surname, h.given, h.sex, h.dob, make_mrn(rng), phone(rng), addr, town, pc,
                      nam=h.nam, holder=True)

    def patient(self, rng, lang='fr', min_age=18, max_age=95, origin=None):
        if origin == 'be':
            s = rng.choice(PAT_SUR_BE)
            g, sex = rng.choice(PAT_GIV_BE)
        elif origin == 'france':
            s = rng.choice(PAT_SUR_FRANCE)
            g, sex = rng.choice(PAT_GIV_FRANCE)
        else:
            pool = self.pat_fr if lang == 'fr' else self.pat_en
            for i, (s, g, sex) in enumerate(pool):
                if s not in self.used_sur:
                    break
            else:
                i = 0
                s, g, sex = pool[0]
            pool.pop(i)
            self.used_sur.add(s)
        age = rng.randrange(min_age, max_age + 1)
        dob = datetime.date(2024 - age, rng.randrange(1, 13), rng.randrange(1, 29))
        addr, town, pc = self._address(rng)
        area = '613' if origin == 'on' else None
        return Person(s, g, sex, dob, make_mrn(rng), phone(rng, area), addr, town, pc)

    def person(self):
        g, s = self.staff[self.si % len(self.staff)]
        self.si += 1
        return g, s


def email_of(given, surname, dom=DOM):
    g = strip_accents(given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(surname).lower().replace(' ', '').replace("'", '')
    return f"{g}.{s}@{dom}"


FEM_GIV = {"Mélanie", "Karine", "Isabelle", "Nancy", "Julie", "Caroline", "Valérie", "Annie", "Chantal", "Priya",
           "Rachel", "Meghan", "Hélène", "Vanessa", "Nadia", "Josiane"}


def staff(reg, role=None, dom=DOM, sex=None):
    while True:
        g, s = reg.person()
        if sex is None or (sex == 'F') == (g in FEM_GIV):
            break
    return {'given': g, 'sur': s, 'surname': s, 'name': f"{g} {s}", 'email': email_of(g, s, dom), 'role': role or ''}


def addr(st):
    return (st['name'], st['email'])


def ext(rng):
    return f"poste {rng.randrange(20000, 29999)}"


def ticket(rng, kind='INC'):
    return f"{kind}{rng.randrange(100000, 999999):07d}"
