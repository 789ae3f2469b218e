# -*- coding: utf-8 -*-
"""Common helpers: seeded RNG, people, identifiers, organisations, dates.

Everything here is invented, except the RAMQ NAMs which are read from
../blind_nams.txt (relative to this file) and always used with their holder.
"""
import datetime
import os
import random

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import ssn as std_niss
from stdnum.fr import nir as std_nir

SEED = 7070
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

REF_DATE = datetime.date(2025, 1, 15)


class Person:
    """A patient. nam is set only for holders from blind_nams.txt."""

    def __init__(self, given, surname, dob, sex, nam=None, lang="fr"):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.lang = lang

    # --- name renderings -------------------------------------------------
    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def last_first(self):
        return f"{self.surname}, {self.given}"

    @property
    def upper_last(self):
        return f"{self.surname.upper()} {self.given}"

    @property
    def initial_last(self):
        parts = self.given.replace("-", " -").split()
        ini = "".join(p[0] + "." if not p.startswith("-") else "-" + p[1] + "." for p in parts)
        return f"{ini} {self.surname}"

    @property
    def lower(self):
        return self.full.lower()

    # --- gendered words ----------------------------------------------------
    @property
    def f(self):
        return self.sex == "F"

    @property
    def title_fr(self):
        return "Mme" if self.f else "M."

    @property
    def title_en(self):
        return "Ms." if self.f else "Mr."

    @property
    def ne(self):
        return "née" if self.f else "né"

    @property
    def patient_fr(self):
        return "patiente" if self.f else "patient"

    @property
    def le_patient(self):
        return "la patiente" if self.f else "le patient"

    @property
    def il(self):
        return "elle" if self.f else "il"

    @property
    def Il(self):
        return "Elle" if self.f else "Il"

    @property
    def e(self):
        return "e" if self.f else ""

    @property
    def he(self):
        return "she" if self.f else "he"

    @property
    def He(self):
        return "She" if self.f else "He"

    @property
    def his(self):
        return "her" if self.f else "his"

    @property
    def him(self):
        return "her" if self.f else "him"

    def age(self, on=None):
        on = on or REF_DATE
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def name_variant(self, rng, styles=None):
        styles = styles or ["full", "last_first", "upper_last", "initial_last", "title", "lower"]
        s = rng.choice(styles)
        if s == "title":
            return f"{self.title_fr if self.lang == 'fr' else self.title_en} {self.surname}"
        return getattr(self, s)

    # NAM renderings
    def nam_variant(self, style):
        n = self.nam
        if style == "plain":
            return n
        if style == "card":
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        if style == "lower":
            return n.lower()
        if style == "dots":
            return f"{n[:4]}.{n[4:8]}.{n[8:]}"
        if style == "slash":
            return f"{n[:4]}/{n[4:8]}/{n[8:]}"
        if style == "dash":
            return f"{n[:4]}-{n[4:6]}-{n[6:8]}-{n[8:]}"
        if style == "odd":
            return f"{n[:2]} {n[2:4]}{n[4:7]} {n[7:10]} {n[10:]}"
        if style == "fullwidth":
            return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in f"{n[:4]} {n[4:8]} {n[8:]}")
        if style == "fwdigits":
            return n[:4] + "".join(chr(ord(c) + 0xFEE0) for c in n[4:])
        return n


def load_nam_holders():
    people = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            d = datetime.date.fromisoformat(dob)
            people.append(Person(giv, sur, d, sex, nam))
    return people


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})

# ---------------------------------------------------------------------------
# invented people pools (no NAM-holder surname)
PAT_SURNAMES_FR = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Poulin", "Lemieux", "Charbonneau",
    "Vaillancourt", "Beaulieu", "Thériault", "Lachance", "Dufour", "Lefebvre", "Mercier",
    "Giguère", "Ouimet", "Labelle", "Champagne", "Paradis", "Brunet", "Turcotte", "Hamel",
    "Gosselin", "Rioux", "Daigle", "Landry", "Proulx", "Arsenault", "Desjardins", "Lussier",
    "Michaud", "Bisson", "Carrier", "Gendron", "Jolicoeur", "Fontaine", "Ménard", "Tanguay",
    "Auclair", "Bernier", "Laflamme", "Chartrand", "Vachon", "Boivin", "Leclerc", "Dumont",
    "Nguyen", "Haddad", "Joseph", "Pham", "Diallo", "Santos", "Saint-Fleur", "Kowalski",
]
PAT_SURNAMES_EN = ["Campbell", "Stewart", "MacLeod", "Wright", "Kelly", "Murphy", "Anderson",
                   "Clarke", "Evans", "O'Brien", "Singh", "Patel", "Hughes", "Fraser", "Reid"]
PAT_SURNAMES_BE = ["Peeters", "Janssens", "Dubois", "Lambert", "Wouters", "Claes", "Dupont", "Maes", "Goossens", "Willems",
                   "Lemaire", "Renard", "Jacobs", "Mertens"]
PAT_SURNAMES_FRANCE = ["Moreau", "Garnier", "Faure", "Chevalier", "Lefèvre", "Perrin", "Bonnet", "Marchand"]

GIVEN_F_FR = ["Jocelyne", "Marie", "Chantale", "Lucie", "Nicole", "Francine", "Mélissa", "Karine",
              "Émilie", "Audrey", "Camille", "Léa", "Rosalie", "Maude", "Yolande", "Thérèse",
              "Gisèle", "Fatima", "Yasmine", "Noémie", "Raymonde", "Kim", "Jessica", "Océane"]
GIVEN_M_FR = ["Jean-Pierre", "Réjean", "Gaétan", "Sylvain", "Stéphane", "Maxime", "Alexandre",
              "Kevin", "Samuel", "William", "Nathan", "Raymond", "Gérard", "Mohamed", "Jean-Claude",
              "Normand", "Benoît", "Félix", "Zachary", "Jérémie", "Mikaël", "Rosaire", "Jonathan"]
GIVEN_F_EN = ["Heather", "Karen", "Megan", "Brittany", "Linda", "Joanne", "Tara", "Olivia", "Grace"]
GIVEN_M_EN = ["Kyle", "Brian", "Dylan", "Gordon", "Trevor", "Ryan", "Ethan", "Harold", "Connor"]
GIVEN_F_BE = ["Lotte", "Elise", "Sarah", "Nathalie", "Marie", "Julie"]
GIVEN_M_BE = ["Thomas", "Jonas", "Arnaud", "Wim", "Pieter", "Laurent"]
GIVEN_F_FRANCE = ["Clémence", "Manon", "Chloé", "Inès", "Pauline", "Margaux"]
GIVEN_M_FRANCE = ["Hugo", "Théo", "Lucas", "Baptiste", "Antoine", "Quentin"]

# staff: surnames disjoint from NAM holders and patients
STAFF_FR = [
    ("Isabelle", "Hébert", "Dre", "Urgentologue"),
    ("Karim", "Benali", "Dr", "Urgentologue"),
    ("Annie", "Lalonde", "Dre", "Médecin d'urgence"),
    ("Mathieu", "Grenier", "", "Paramédic en soins avancés"),
    ("Stéphanie", "Drouin", "", "Travailleuse sociale, urgence"),
    ("Nadia", "Khoury", "", "Pharmacienne, urgence"),
    ("Julie", "Asselin", "", "Infirmière-chef, urgence"),
    ("Patrick", "Séguin", "", "Archiviste médical"),
    ("François", "Bellemare", "Dr", "Toxicologue médical"),
    ("Marie-Ève", "Charest", "Dre", "Chirurgienne, traumatologie"),
    ("Chantal", "Primeau", "", "Conseillère en soins infirmiers"),
    ("Olivier", "St-Onge", "", "Coordonnateur, services préhospitaliers"),
    ("Valérie", "Duchesne", "", "Agente administrative, urgence"),
    ("Luc", "Archambault", "", "Chef de service, urgence"),
    ("Mélanie", "Racine", "", "Infirmière clinicienne"),
    ("Guillaume", "Plante", "Dr", "Résident R3, médecine d'urgence"),
    ("Catherine", "Robitaille", "", "Infirmière praticienne spécialisée"),
    ("Jean-François", "Gingras", "", "Technicien en informatique"),
    ("Amélie", "Trudel", "", "Conseillère en ressources humaines"),
    ("Yannick", "Provencher", "", "Coordonnateur de la sécurité"),
    ("Sophie", "Larocque", "", "Infirmière de liaison"),
    ("Simon", "Beauchamp", "Dr", "Chef du département d'urgence"),
    ("Geneviève", "Lanctôt", "", "Travailleuse sociale"),
    ("Hugo", "Desmarais", "", "Paramédic"),
    ("Nathalie", "Cyr", "", "Infirmière en toxicologie, Centre antipoison"),
    ("Isabelle", "Fréchette", "", "Agente de gestion du personnel"),
    ("Martine", "Loiselle", "", "Biochimiste clinique, laboratoire de toxicologie"),
]
STAFF_EN = [
    ("Owen", "Whitfield", "Dr.", "Emergency Physician"),
    ("Priya", "Raman", "Dr.", "Trauma Team Leader"),
    ("Megan", "Doyle", "", "Charge Nurse, Emergency"),
    ("Daniel", "Kerr", "", "Paramedic Supervisor"),
    ("Aisha", "Mensah", "", "Social Worker, Emergency"),
    ("Rachel", "Goldberg", "Dr.", "Clinical Toxicologist"),
    ("Thomas", "Ashworth", "", "Health Records Officer"),
    ("Laura", "Finnegan", "", "Patient Flow Coordinator"),
    ("Martin", "Kovacs", "", "IT Service Desk"),
    ("Erin", "Whitlock", "", "Pharmacist"),
    ("Helen", "Marsh", "Dr.", "Clinical Biochemist, Toxicology Laboratory"),
]

# organisations (invented, *.example)
ORG = {
    "hop": ("Hôpital Saint-Aubin", "hsaubin.example", "450-555-0100"),
    "trauma": ("Centre hospitalier universitaire des Érables – Centre de traumatologie", "chu-erables.example", "514-555-0110"),
    "cap": ("Centre antipoison régional", "antipoison-region.example", "1-800-555-0120"),
    "amb": ("Services préhospitaliers Métro-Sud", "spms.example", "514-555-0130"),
    "coroner": ("Bureau du coroner – Région Centre", "coroner-centre.example", "418-555-0140"),
    "police": ("Service de police de Val-des-Érables", "spvde.example", "450-555-0150"),
    "dpj": ("Direction de la protection de la jeunesse", "dpj-erables.example", "450-555-0160"),
    "clsc": ("CLSC des Rivières", "clsc-rivieres.example", "450-555-0170"),
    "gmf": ("GMF du Boisé", "gmf-boise.example", "450-555-0180"),
    "pharm": ("Pharmacie Gervais et associés", "pharm-gervais.example", "450-555-0190"),
    "on": ("Riverside Valley General Hospital", "rvgh.example", "613-555-0111"),
    "be": ("Mutualité Entraide Wallonie – service assistance", "mutualite-entraide.example", "+32 4 555 01 12"),
    "fr": ("Assistance Horizon Voyage", "horizon-assistance.example", "+33 1 55 50 01 13"),
    "chsld": ("CHSLD des Tilleuls", "chsld-tilleuls.example", "450-555-0114"),
    "ivac": ("Direction de l'indemnisation des victimes – dossier externe", "indemnisation.example", "418-555-0115"),
    "labo": ("Laboratoire de toxicologie clinique", "labtox.example", "514-555-0116"),
    "don": ("Don de vie Québec (coordination)", "donvie.example", "514-555-0117"),
    "supplier": ("Médi-Fournitures Boréal inc.", "medi-boreal.example", "1-888-555-0118"),
    "refuge": ("Refuge Le Phare", "refuge-phare.example", "514-555-0119"),
}

STREETS = ["rue des Érables", "boul. Saint-Joseph", "rue Principale", "rue Notre-Dame", "av. des Pins",
           "rue Sherbrooke", "chemin du Lac", "rue Labelle", "boul. Curé-Labelle", "rue de la Gare",
           "rang Saint-Isidore", "rue Wellington", "av. Bélair", "rue Papineau"]
CITIES = [("Laval", "H7N"), ("Longueuil", "J4K"), ("Montréal", "H2J"), ("Saint-Jérôme", "J7Z"),
          ("Terrebonne", "J6W"), ("Blainville", "J7C"), ("Montréal", "H1W"), ("Repentigny", "J6A")]


class Gen:
    """Seeded generator for people, numbers, dates."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        nam = list(NAM_HOLDERS)
        self.rng.shuffle(nam)
        self.nam_queue = nam
        self.used_nams = []
        self.used_names = set()
        self.msgid_n = 0

    # choice helpers
    def choice(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # --- patients ------------------------------------------------------
    def nam_person(self, min_age=0, max_age=120):
        """Take the next unused NAM holder whose age fits; reuse if all used."""
        for i, p in enumerate(self.nam_queue):
            if min_age <= p.age() <= max_age:
                self.nam_queue.pop(i)
                self.used_nams.append(p)
                return p
        cands = [p for p in self.used_nams if min_age <= p.age() <= max_age]
        if not cands:
            cands = [p for p in NAM_HOLDERS if min_age <= p.age() <= max_age]
        return self.rng.choice(cands)

    def person(self, min_age=18, max_age=90, sex=None, origin="fr"):
        sex = sex or self.rng.choice("FM")
        pools = {
            "fr": (PAT_SURNAMES_FR, GIVEN_F_FR, GIVEN_M_FR),
            "en": (PAT_SURNAMES_EN, GIVEN_F_EN, GIVEN_M_EN),
            "be": (PAT_SURNAMES_BE, GIVEN_F_BE, GIVEN_M_BE),
            "france": (PAT_SURNAMES_FRANCE, GIVEN_F_FRANCE, GIVEN_M_FRANCE),
        }[origin]
        for _ in range(200):
            sur = self.rng.choice(pools[0])
            giv = self.rng.choice(pools[1] if sex == "F" else pools[2])
            if (giv, sur) not in self.used_names:
                break
        self.used_names.add((giv, sur))
        age = self.rng.randint(min_age, max_age)
        year = REF_DATE.year - age - 1
        dob = datetime.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        if (dob.month, dob.day) < (REF_DATE.month, REF_DATE.day):
            dob = dob.replace(year=year + 1)
        return Person(giv, sur, dob, sex, lang="en" if origin == "en" else "fr")

    # --- identifiers ---------------------------------------------------
    def sin(self):
        while True:
            body = str(self.rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(self.rng.randint(0, 9)) for _ in range(7))
            num = body + luhn.calc_check_digit(body)
            if std_sin.is_valid(num):
                return num

    def ohip(self):
        while True:
            body = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            num = body + luhn.calc_check_digit(body)
            if luhn.is_valid(num):
                return num, self.rng.choice(["AB", "KT", "ZX", "MN", "HG", ""])

    def niss(self, p):
        for _ in range(1000):
            cnt = self.rng.randint(1, 997)
            if (cnt % 2 == 1) != (p.sex == "M"):
                cnt += 1
            base = f"{p.dob:%y%m%d}{cnt:03d}"
            val = int(("2" + base) if p.dob.year >= 2000 else base)
            chk = 97 - val % 97
            num = f"{base}{chk:02d}"
            if std_niss.is_valid(num) and std_niss.get_birth_date(num) == p.dob:
                return num
        raise RuntimeError("niss")

    def nir(self, p):
        for _ in range(1000):
            dept = self.rng.choice(["75", "69", "13", "33", "59", "44", "31", "67", "35", "38"])
            base = f"{1 if p.sex == 'M' else 2}{p.dob:%y%m}{dept}{self.rng.randint(1, 899):03d}{self.rng.randint(1, 999):03d}"
            key = 97 - int(base) % 97
            num = f"{base}{key:02d}"
            if std_nir.is_valid(num):
                return num
        raise RuntimeError("nir")

    def mrn(self):
        return str(self.rng.randint(1000000, 9999999))

    def phone(self, area=None):
        area = area or self.rng.choice(["450", "514", "438", "579", "819"])
        return f"{area}-555-01{self.rng.randint(0, 99):02d}"

    def address(self):
        city, fsa = self.rng.choice(CITIES)
        apt = f", app. {self.rng.randint(1, 12)}" if self.chance(0.4) else ""
        pc = f"{fsa} {self.rng.randint(1, 9)}{self.rng.choice('ABCEGHJKLMNPRSTVXY')}{self.rng.randint(1, 9)}"
        return f"{self.rng.randint(10, 9999)}, {self.rng.choice(STREETS)}{apt}, {city} (Québec) {pc}"

    def event_no(self, prefix=""):
        return f"{prefix}{self.rng.randint(24, 25)}-{self.rng.randint(100000, 999999)}"

    # --- dates ----------------------------------------------------------
    def msg_datetime(self):
        start = datetime.datetime(2024, 9, 2, 0, 0)
        minutes = self.rng.randint(0, 300 * 24 * 60)
        dt = start + datetime.timedelta(minutes=minutes)
        # simple DST rule for America/Montreal in 2024-2025
        dst = (datetime.datetime(2024, 3, 10, 2) <= dt < datetime.datetime(2024, 11, 3, 2)) or \
              (datetime.datetime(2025, 3, 9, 2) <= dt < datetime.datetime(2025, 11, 2, 2))
        tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
        return dt.replace(tzinfo=tz)

    def msgid(self, domain):
        self.msgid_n += 1
        h = "%08x%04x" % (self.rng.getrandbits(32), self.msgid_n)
        return f"<{h}.{self.rng.getrandbits(24):06x}@{domain}>"

    # --- staff ----------------------------------------------------------
    def staff(self, lang="fr", role_contains=None):
        pool = STAFF_FR if lang == "fr" else STAFF_EN
        if role_contains == "MD":
            c = [s for s in pool if s[2] and ("urgen" in s[3].lower() or "emergency" in s[3].lower())]
            pool = c
        elif role_contains == "RN":
            pool = [s for s in pool if "infirmi" in s[3].lower() and "antipoison" not in s[3].lower()]
        elif role_contains == "TOX":
            c = [s for s in pool if any(k in s[3].lower() for k in ("toxicologue", "toxicologist", "antipoison"))]
            pool = c
        elif role_contains:
            c = [s for s in pool if role_contains.lower() in s[3].lower()]
            if c:
                pool = c
        prev = getattr(self, "_last_staff", None)
        cands = [s for s in pool if s != prev] or pool
        pick = self.rng.choice(cands)
        self._last_staff = pick
        return Staff(*pick)


class Staff:
    def __init__(self, given, surname, title, role):
        self.given, self.surname, self.title, self.role = given, surname, title, role

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def display(self):
        return f"{self.title} {self.full}".strip()

    def email(self, org="hop"):
        dom = ORG[org][1]
        g = strip_accents(self.given).lower().replace(" ", "")
        s = strip_accents(self.surname).lower().replace(" ", "").replace("'", "")
        return f"{g}.{s}@{dom}"


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def date_fr(d):
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def date_en(d):
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def dob_fmt(d, rng):
    return rng.choice([d.isoformat(), f"{d:%d/%m/%Y}", f"{d:%Y/%m/%d}", date_fr(d), f"{d:%d-%m-%Y}"])
