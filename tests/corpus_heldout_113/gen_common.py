"""Shared helpers: seeded randomness, people, organisations, identifiers.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
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
SEED = 11353


def sub_rng(*parts):
    """A deterministic RNG derived from the master seed and a label."""
    return random.Random("%d|%s" % (SEED, "|".join(str(p) for p in parts)))


# ---------------------------------------------------------------- NAM holders
class Person:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex  # 'F' or 'M'
        self.dob = dob  # datetime.date
        self.nam = nam

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    @property
    def rev(self):
        return "%s, %s" % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def initials_name(self):
        parts = self.given.replace("-", " ").split()
        ini = "-".join(p[0] + "." for p in parts)
        return "%s %s" % (ini, self.surname)

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def pron(self, lang):
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def poss(self, lang):
        if lang == "fr":
            return "sa"  # used with feminine nouns only
        return "her" if self.sex == "F" else "his"


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
            out.append(Person(giv, sur, sex, datetime.date(y, m, d), nam))
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})


def fold(s):
    """Lower-case, accent-free form used for name comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


# --------------------------------------------------------------- name pools
# Patient (outside worker) pools.  Surnames deliberately avoid the NAM holders'.
PAT_GIVEN_M = ["Julien", "Mathieu", "Steve", "Kevin", "Maxime", "Éric", "Stéphane", "Sébastien",
               "Patrick", "Yannick", "Jonathan", "Dany", "Jean-François", "Jean-Guy", "Réjean",
               "Gaétan", "Normand", "Benoît", "Hugo", "Olivier", "Samuel", "Frédéric", "Carl",
               "Tyler", "Ryan", "Brandon", "Aaron", "Wei", "Arjun", "Mamadou", "Karim", "Diego",
               "Luis", "Tomasz", "Dmitri", "Kwame"]
PAT_GIVEN_F = ["Mélanie", "Karine", "Isabelle", "Véronique", "Chantal", "Nancy", "Annie",
               "Marie-Ève", "Jessica", "Audrey", "Émilie", "Caroline", "Sonia", "Lyne", "Kimberly",
               "Ashley", "Megan", "Priya", "Fatoumata", "Amina", "Rosa", "Mei", "Olga", "Joanie"]
PAT_SURNAMES = ["Tremblay", "Côté", "Bergeron", "Dubé", "Lévesque", "Desjardins", "Lavoie",
                "Hébert", "Fréchette", "Bélisle", "Gosselin", "Vachon", "Lemieux", "Poulin",
                "Thériault", "Beaulieu", "Grenier", "Dufour", "Charbonneau", "Langlois",
                "Perreault", "Gingras", "Boudreau", "Arsenault", "Fontaine", "Jolicoeur", "Rioux",
                "Létourneau", "Lachance", "Bisson", "Drolet", "Paradis", "Cyr", "Turcotte",
                "Dionne", "O'Neill", "Kowalski", "Fernandes", "Nguyen", "Singh", "Petrov",
                "Murphy", "Harrison", "Campbell", "McKenzie", "Walsh", "Alvarez", "Diallo",
                "Haddad", "Benali", "Kaur", "Mendoza", "Okonkwo", "Zhang", "Sauvageau",
                "Ducharme", "Boisvert", "Veilleux", "Lacasse", "Chabot"]

# Staff pools (employees, clinicians, clerks).  Disjoint from patients and NAM holders.
STAFF_GIVEN = ["Valérie", "Nadia", "Hélène", "Julie", "Marie-Claude", "Sophie", "Catherine",
               "Anne-Marie", "Geneviève", "Lucie", "Mireille", "Rachel", "Kathleen", "Laura",
               "Fiona", "Aisha", "Ingrid", "Paule", "Louise", "Line",
               "François", "Alexandre", "Philippe", "Guillaume", "Vincent", "Daniel", "Simon",
               "Étienne", "Richard", "Denis", "Marco", "Thomas", "Nicholas", "Ahmed", "Raj",
               "Owen", "Gregory", "Jérôme", "Bruno", "Claude"]
STAFF_SURNAMES = ["Archambault", "Bastien", "Champagne", "Daigle", "Deschênes", "Ferland",
                  "Gravel", "Houle", "Labelle", "Lafleur", "Marcotte", "Normandin", "Provost",
                  "Quintal", "Rochon", "Sauvé", "Trudel", "Vézina", "Whitfield", "Carrington",
                  "Ashworth", "Delisle", "Jodoin", "Brassard", "Lamontagne", "Painchaud",
                  "Mercier", "Beauchemin", "Robitaille", "Séguin", "Chartrand", "Lalonde",
                  "St-Onge", "Forget", "Gendron", "Lussier", "Patenaude", "Parenteau", "Nolin",
                  "Asselin", "Hargreaves", "Pemberton", "Whitaker", "Okafor", "Lindqvist",
                  "Ahmadi", "Chen", "Patel", "Rasmussen", "Dagenais", "Bourassa", "Laberge",
                  "Desrosiers", "Vaillancourt", "Lemay", "Fiset", "Goulet", "Carrier"]

assert not set(PAT_SURNAMES) & set(NAM_SURNAMES)
assert not set(STAFF_SURNAMES) & set(NAM_SURNAMES)
assert not set(STAFF_SURNAMES) & set(PAT_SURNAMES)


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum())


class Staff:
    def __init__(self, given, surname, role_fr, role_en, org, dept, phone, doctor=False,
                 female=None):
        self.given = given
        self.surname = surname
        self.role_fr = role_fr
        self.role_en = role_en
        self.org = org
        self.dept = dept
        self.phone = phone
        self.doctor = doctor
        self.female = female

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    @property
    def email(self):
        return "%s.%s@%s" % (slug(self.given), slug(self.surname), self.org["domain"])

    def display(self, lang):
        if self.doctor:
            if lang == "fr":
                return ("Dre " if self.female else "Dr ") + self.full
            return "Dr. " + self.full
        return self.full

    def role(self, lang):
        return self.role_fr if lang == "fr" else self.role_en

    def short(self, lang):
        """Title + surname for greetings (Dre Chen, Dr. Chen), or the given name for non-physicians."""
        if self.doctor:
            if lang == "fr":
                return ("Dre " if self.female else "Dr ") + self.surname
            return "Dr. " + self.surname
        return self.given


FEMALE_STAFF = {"Valérie", "Nadia", "Hélène", "Julie", "Marie-Claude", "Sophie", "Catherine",
                "Anne-Marie", "Geneviève", "Lucie", "Mireille", "Rachel", "Kathleen", "Laura",
                "Fiona", "Aisha", "Ingrid", "Paule", "Louise", "Line"}


# ------------------------------------------------------------ organisations
NETWORK = {"name_fr": "CISSS des Trois-Rivages", "name_en": "CISSS des Trois-Rivages",
           "domain": "cisss3r.example", "short": "CISSS3R",
           "addr": "1200, boulevard des Hérons, Pointe-aux-Hérons (Québec)  G0X 1A0",
           "phone": "819-555-0100"}
HOSPITALS = [
    {"name_fr": "Hôpital de Pointe-aux-Hérons", "name_en": "Pointe-aux-Hérons Hospital",
     "domain": "cisss3r.example", "short": "HPH", "phone": "819-555-0110",
     "addr": "55, rue de l'Anse, Pointe-aux-Hérons (Québec)  G0X 1A0"},
    {"name_fr": "Hôpital Notre-Dame-des-Érables", "name_en": "Notre-Dame-des-Érables Hospital",
     "domain": "cisss3r.example", "short": "HNDE", "phone": "819-555-0120",
     "addr": "300, chemin des Érables, Saint-Aurèle (Québec)  G0X 2B0"},
]
SST = {"name_fr": "Service de santé et sécurité au travail", "name_en": "Occupational Health and Safety Service",
       "domain": "cisss3r.example", "short": "SST", "phone": "819-555-0130",
       "addr": "1200, boulevard des Hérons, bureau 210, Pointe-aux-Hérons (Québec)  G0X 1A0"}
CLINICS = [
    {"name_fr": "Clinique de médecine du travail Méridien", "name_en": "Méridien Occupational Medicine Clinic",
     "domain": "meridien-mt.example", "short": "Méridien", "phone": "819-555-0140",
     "addr": "88, rue Industrielle, local 4, Saint-Aurèle (Québec)  G0X 2B0"},
    {"name_fr": "MédTravail Outaouais-Est", "name_en": "MedTravail East Outaouais",
     "domain": "medtravail.example", "short": "MedTravail", "phone": "819-555-0150",
     "addr": "410, boulevard du Portage, suite 200, Val-Pontiac (Québec)  J0X 3C0"},
    {"name_fr": "Clinique Santé-Travail des Deux-Ponts", "name_en": "Deux-Ponts Work Health Clinic",
     "domain": "sante-travail2p.example", "short": "STDP", "phone": "418-555-0160",
     "addr": "12, avenue du Quai, Deux-Ponts (Québec)  G0Y 1K0"},
]
EMPLOYERS = [
    ("Constructions Boréal inc.", "boreal-construction.example"),
    ("Transport Rivière-Noire ltée", "tr-noire.example"),
    ("Abattoir Val-Joli", "valjoli-viandes.example"),
    ("Fonderie Saint-Hilarion", "fonderie-sh.example"),
    ("Entrepôts Nordik", "nordik-entrepots.example"),
    ("Carrière Beaulac", "carriere-beaulac.example"),
    ("Ferme maraîchère Les Trois Soleils", "troissoleils.example"),
    ("Recyclage Batteries Lauzière", "rbl-recyclage.example"),
    ("Scierie du Petit-Lac", "scierie-petitlac.example"),
    ("Nettoyage industriel Apex", "apex-nettoyage.example"),
    ("Aéro-Composites Val-Pontiac", "aerocomp.example"),
    ("Northway Logistics", "northway-logistics.example"),
]
INSURERS = [("Assurances collectives Horizon", "horizon-assur.example"),
            ("Groupe Vigie Réadaptation", "vigie-readapt.example")]

# Fixed roster of staff, built once.
_srng = sub_rng("staff")


def _mk_staff():
    given = STAFF_GIVEN[:]
    sur = STAFF_SURNAMES[:]
    _srng.shuffle(given)
    _srng.shuffle(sur)
    out = []
    roles = [
        ("Infirmière en santé au travail", "Occupational health nurse", SST, False),
        ("Conseillère en prévention", "Prevention advisor", SST, False),
        ("Médecin responsable, santé au travail", "Occupational physician", SST, True),
        ("Conseiller en gestion de l'invalidité", "Disability management advisor", SST, False),
        ("Agente administrative", "Administrative officer", SST, False),
        ("Chef de service, SST", "Head, OHS service", SST, False),
        ("Médecin du travail", "Occupational physician", CLINICS[0], True),
        ("Médecin du travail", "Occupational physician", CLINICS[1], True),
        ("Médecin du travail", "Occupational physician", CLINICS[2], True),
        ("Infirmière clinicienne", "Clinical nurse", CLINICS[0], False),
        ("Infirmier clinicien", "Clinical nurse", CLINICS[1], False),
        ("Secrétaire médicale", "Medical secretary", CLINICS[0], False),
        ("Réceptionniste", "Receptionist", CLINICS[1], False),
        ("Coordonnatrice clinique", "Clinical coordinator", CLINICS[2], False),
        ("Urgentologue", "Emergency physician", HOSPITALS[0], True),
        ("Orthopédiste", "Orthopaedic surgeon", HOSPITALS[0], True),
        ("Pneumologue", "Respirologist", HOSPITALS[1], True),
        ("Infectiologue", "Infectious diseases physician", HOSPITALS[0], True),
        ("Pharmacienne", "Pharmacist", HOSPITALS[0], False),
        ("Archiviste médicale", "Health records technician", HOSPITALS[0], False),
        ("Travailleuse sociale", "Social worker", HOSPITALS[1], False),
        ("Physiothérapeute", "Physiotherapist", HOSPITALS[1], False),
        ("Conseillère en ressources humaines", "HR advisor", NETWORK, False),
        ("Technicienne en administration, paie", "Payroll technician", NETWORK, False),
        ("Directrice des ressources humaines", "HR director", NETWORK, False),
        ("Analyste, soutien informatique", "IT support analyst", NETWORK, False),
        ("Chef d'unité, soins intensifs", "ICU unit manager", HOSPITALS[0], False),
        ("Chef d'unité, médecine 4B", "Nurse manager, 4B medicine", HOSPITALS[0], False),
        ("Acheteuse", "Buyer", NETWORK, False),
        ("Ergonome", "Ergonomist", SST, False),
        ("Hygiéniste du travail", "Occupational hygienist", SST, False),
        ("Agente de communication", "Communications officer", NETWORK, False),
        ("Infirmière en prévention des infections", "Infection control nurse", HOSPITALS[0], False),
        ("Microbiologiste", "Microbiologist", HOSPITALS[0], True),
        ("Technicien en audiologie", "Audiometry technician", CLINICS[0], False),
        ("Inhalothérapeute", "Respiratory therapist", SST, False),
    ]
    fem = [g for g in given if g in FEMALE_STAFF]
    mas = [g for g in given if g not in FEMALE_STAFF]
    fi = mi = 0
    masc_words = ("Infirmier ", "Conseiller ", "Technicien ", "Analyste", "Ergonome",
                  "Hygiéniste", "Inhalothérapeute")
    fem_words = ("Infirmière", "Conseillère", "Agente", "Secrétaire", "Réceptionniste",
                 "Coordonnatrice", "Pharmacienne", "Archiviste", "Travailleuse", "Technicienne",
                 "Directrice", "Acheteuse")
    for i, (rf, re_, org, doc) in enumerate(roles):
        if rf.startswith(fem_words) or (not rf.startswith(masc_words) and i % 2 == 0):
            g = fem[fi % len(fem)]
            fi += 1
        else:
            g = mas[mi % len(mas)]
            mi += 1
        s = sur[i % len(sur)]
        ph = "%s, poste %d" % (org["phone"], 2100 + i * 7)
        out.append(Staff(g, s, rf, re_, org, org["short"], ph, doc, g in FEMALE_STAFF))
    return out


STAFF = _mk_staff()


def staff_by_role(role_en_part, org_short=None):
    for s in STAFF:
        if role_en_part.lower() in s.role_en.lower() and (org_short is None or s.org["short"] == org_short):
            return s
    raise KeyError(role_en_part)


def random_employee(rng, exclude=()):
    """An invented employee of the network (for staff / HR / occupational-health mail)."""
    while True:
        g = rng.choice(STAFF_GIVEN)
        s = rng.choice(STAFF_SURNAMES)
        if (g, s) not in exclude and all((g, s) != (t.given, t.surname) for t in STAFF):
            return g, s, g in FEMALE_STAFF


def random_patient(rng, min_year=1958, max_year=2006):
    female = rng.random() < 0.4
    g = rng.choice(PAT_GIVEN_F if female else PAT_GIVEN_M)
    s = rng.choice(PAT_SURNAMES)
    y = rng.randint(min_year, max_year)
    d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return Person(g, s, "F" if female else "M", d)


def nam_holder(rng, min_year=1940, max_year=2008):
    cands = [p for p in NAM_HOLDERS if min_year <= p.dob.year <= max_year]
    return rng.choice(cands)


# ---------------------------------------------------------------- identifiers
def _luhn_complete(body):
    return body + luhn.calc_check_digit(body)


def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        n = _luhn_complete(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style=0):
    return [n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "-" + n[3:6] + "-" + n[6:], n][style % 3]


def make_ohip(rng):
    """Ontario health number: 10 digits, Luhn check digit (validated with stdnum.luhn)."""
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        n = _luhn_complete(body)
        if luhn.is_valid(n):
            return n


def fmt_ohip(n, vc=""):
    s = "%s-%s-%s" % (n[:4], n[4:7], n[7:])
    return s + ("-" + vc if vc else "")


def make_niss(rng, dob, male):
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != male:
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, seq)
        if dob.year >= 2000:
            chk = 97 - int("2" + base) % 97
        else:
            chk = 97 - int(base) % 97
        n = base + "%02d" % chk
        if be_nn.is_valid(n):
            return n


def fmt_niss(n):
    return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def make_nir(rng, dob, male):
    while True:
        dept = "%02d" % rng.choice([13, 29, 33, 35, 44, 59, 69, 75, 76, 87])
        com = "%03d" % rng.randint(1, 400)
        order = "%03d" % rng.randint(1, 999)
        base = "%d%02d%02d%s%s%s" % (1 if male else 2, dob.year % 100, dob.month, dept, com, order)
        n = base + fr_nir.calc_check_digits(base + "00")
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n):
    return fr_nir.format(n)


def disguise_nam(nam, style):
    """Different ways a NAM is typed in real mail."""
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    if style == 0:
        return nam
    if style == 1:
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 3:
        return nam.lower()
    if style == 4:
        return "%s.%s.%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 5:
        return nam[:4] + nam[4:].translate(fw)
    if style == 6:
        return " ".join(nam)
    if style == 7:
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    return "%s %s" % (nam[:4], nam[4:])


def make_mrn(rng, style=None):
    style = rng.randint(0, 3) if style is None else style
    n = rng.randint(100000, 999999)
    if style == 0:
        return "%07d" % n
    if style == 1:
        return "HPH-%06d" % n
    if style == 2:
        return "%s %s" % (str(n)[:3], str(n)[3:])
    return "NDE%07d" % n


def phone(rng, area=None):
    area = area or rng.choice(["819", "418", "450", "873", "613"])
    return "%s-555-01%02d" % (area, rng.randint(0, 99))


def street(rng):
    num = rng.randint(12, 2890)
    name = rng.choice(["rue des Pins", "rue Principale", "chemin du Rang-Sud", "avenue Lafontaine",
                       "rue Saint-Aurèle", "boulevard du Portage", "rue des Cèdres",
                       "montée du Lac", "rue Champlain", "4e Avenue"])
    town = rng.choice([("Saint-Aurèle", "G0X 2B0"), ("Pointe-aux-Hérons", "G0X 1A0"),
                       ("Val-Pontiac", "J0X 3C0"), ("Deux-Ponts", "G0Y 1K0")])
    return "%d, %s, %s (Québec)  %s" % (num, name, town[0], town[1])


# ------------------------------------------------------------------- dates
BASE_DATE = datetime.date(2025, 2, 3)
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fdate(d, lang, style=0):
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%d/%m/%Y")
    if lang == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def dob_str(p, lang, rng):
    st = rng.randint(0, 2)
    return fdate(p.dob, lang, st)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
