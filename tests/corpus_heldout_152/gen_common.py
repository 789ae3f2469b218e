"""Shared data and helpers: organisation, people, identifiers, dates, formatting.

Everything here is invented.  Only the RAMQ NAMs come from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25152

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG_FR = "CIUSSS du Val-des-Outardes"
ORG_EN = "CIUSSS du Val-des-Outardes"
DOM = "ciusss-vdo.example"
HOSP = "Hôpital de Saint-Aurèle"
HOSP_EN = "Saint-Aurèle Hospital"
CSM = "Centre de santé mentale Fleury"
DAYHOSP_FR = "Hôpital de jour de psychiatrie (pavillon Fleury)"
DAYHOSP_EN = "Psychiatric Day Hospital (Fleury Pavilion)"
EMIC_FR = "Équipe mobile d'intervention de crise (EMIC)"
EMIC_EN = "Mobile Crisis Team (EMIC)"
CLSC = "CLSC des Trois-Ponts"
ADDR_HOSP = "2250, boulevard des Outardes, Val-des-Outardes (Québec) J0X 2B0"
ADDR_CSM = "118, rue Fleury Est, Val-des-Outardes (Québec) J0X 2B4"
ADDR_CLSC = "45, chemin des Trois-Ponts, Saint-Urbain-des-Monts (Québec) J0X 1T0"

EXT_DOMAINS = {
    "gmf": "gmf-riverside.example",
    "gmf2": "gmf-des-pins.example",
    "pharm": "pharmacie-lacasse-dion.example",
    "pharm2": "pharmacie-st-aurele.example",
    "police": "spvdo.example",
    "court": "justice-vdo.example",
    "insurer": "assurances-boreal.example",
    "insurer2": "laurentia-vie.example",
    "cle": "cle-vdo.example",
    "omh": "omh-vdo.example",
    "crisis": "eclaircie.example",
    "family": "pharefamilles.example",
    "ontario": "orchc.example",
    "belgium": "saint-rombaut.example",
    "france": "ch-tilleuls.example",
    "school": "csslaurier.example",
    "vendor": "medifourniture.example",
    "vendor2": "pharmadistrib.example",
    "conf": "aqpsy-congres.example",
    "taxi": "taxi-outardes.example",
    "lab": "biolab-nord.example",
    "univ": "univ-boreale.example",
    "curateur": "protection-vdo.example",
}

AREA = ["819", "450", "873", "514", "418"]

# --------------------------------------------------------------------------
# NAM holders (blind list)
# --------------------------------------------------------------------------

def here():
    return os.path.dirname(os.path.abspath(__file__))


def load_nams():
    path = os.path.join(here(), "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": giv,
                        "dob": datetime.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


# --------------------------------------------------------------------------
# Name pools (disjoint from the NAM holders' surnames)
# --------------------------------------------------------------------------
PAT_SURNAMES = [
    "Beaulieu", "Bergeron", "Desrosiers", "Chartrand", "Laliberté", "Fréchette",
    "Poulin", "Grondin", "Lavoie", "Desjardins", "Lemieux", "Côté", "Dufresne",
    "Hébert", "Proulx", "Plante", "Dion", "Turcotte", "Boisvert", "Gingras",
    "Leclerc", "Rioux", "St-Pierre", "Demers", "Marchand", "Labbé", "Couture",
    "Charbonneau", "Parent", "Gosselin", "O'Neill", "Kowalski", "Nguyen",
    "Haddad", "Fernandes", "Campbell", "Murphy", "Mercier", "Tessier", "Vézina",
    "Giroux", "Asselin", "Lachance", "Brisson", "Thériault", "Ménard", "Bolduc",
    "Legault", "Bourassa", "Cyr", "Jolicoeur", "Sauvé", "Auclair", "Brassard",
    "Duval", "Harvey", "Kelly", "Patel", "Ahmed", "Joseph", "Pierre-Louis",
    "Diallo", "Rahimi", "Lapierre", "Beausoleil", "Morissette", "Doucet",
]
PAT_GIVEN_F = [
    "Ginette", "Jocelyne", "Audrey", "Jessica", "Chantal", "Francine", "Mélanie",
    "Stéphanie", "Karine", "Léa", "Noémie", "Rosalie", "Marie-Ève", "Guylaine",
    "Lise", "Cindy", "Megan", "Olivia", "Aïcha", "Fatima", "Thi Lan", "Amira",
    "Kayla", "Brittany", "Maude", "Josiane", "Roxanne", "Émilie", "Colette",
]
PAT_GIVEN_M = [
    "Réjean", "Mathieu", "Kevin", "Maxime", "Yannick", "Gaétan", "Sébastien",
    "Jonathan", "Samuel", "Zachary", "Marc-André", "Jean-François", "Normand",
    "Raymond", "Denis", "Steve", "Patrick", "Brandon", "Ethan", "Mamadou",
    "Karim", "Minh", "Ryan", "Tyler", "Dany", "Frédéric", "Alexis", "Vincent",
]

STAFF_SURNAMES = [
    "Vaillancourt", "Lacasse", "Bisaillon", "Archambault", "Beauchemin", "Tardif",
    "Trudel", "Leduc", "Rousseau", "Lamarre", "Desmarais", "Clément", "Fiset",
    "Lussier", "Paradis", "Veilleux", "Boily", "Caouette", "Drouin", "Fontaine",
    "Gendron", "Hamel", "Jutras", "Labrecque", "Massicotte", "Nolet", "Pagé",
    "Quirion", "Rochette", "Sirois", "Talbot", "Vachon", "Wong", "Zhang",
    "Okafor", "Ferreira", "Kaur", "Stewart", "MacLean", "Gallagher", "Hughes",
    "Bennett", "Rossi", "Dagenais", "Lefrançois", "Provencher",
]
STAFF_GIVEN_F = [
    "Hélène", "Isabelle", "Julie", "Nancy", "Valérie", "Caroline", "Annie", "Sophie",
    "Catherine", "Priya", "Rachel", "Marie-Claude", "Pascale", "Chloé", "Jennifer", "Laura",
]
STAFF_GIVEN_M = [
    "Martin", "François", "Éric", "Alain", "Luc", "Simon", "Andrew", "Daniel", "Nicolas",
    "Benoît", "Olivier", "Mark", "Philippe", "Mathieu",
]
STAFF_GIVEN = STAFF_GIVEN_F + STAFF_GIVEN_M + ["Dominique", "Kim"]

# Core team (people who write many of the messages)
TEAM = {
    "psy1": ("Hélène", "Vaillancourt", "Dre", "psychiatre", "Psychiatrist"),
    "psy2": ("François", "Bisaillon", "Dr", "psychiatre", "Psychiatrist"),
    "psy3": ("Priya", "Kaur", "Dre", "psychiatre", "Psychiatrist"),
    "psy4": ("Andrew", "Stewart", "Dr", "psychiatre", "Psychiatrist"),
    "res": ("Olivier", "Provencher", "Dr", "résident en psychiatrie (R3)", "Psychiatry resident (PGY-3)"),
    "inf1": ("Julie", "Lamarre", "", "infirmière clinicienne, clinique d'injection", "Nurse clinician, injection clinic"),
    "inf2": ("Éric", "Tardif", "", "infirmier, EMIC", "Nurse, Mobile Crisis Team"),
    "inf3": ("Nancy", "Beauchemin", "", "infirmière praticienne spécialisée en santé mentale", "Mental health nurse practitioner"),
    "ts1": ("Isabelle", "Trudel", "", "travailleuse sociale, EMIC", "Social worker, Mobile Crisis Team"),
    "ts2": ("Caroline", "Leduc", "", "travailleuse sociale, hôpital de jour", "Social worker, Day Hospital"),
    "fam": ("Catherine", "Boily", "", "intervenante de liaison famille", "Family liaison worker"),
    "ergo": ("Chloé", "Dagenais", "", "ergothérapeute, hôpital de jour", "Occupational therapist, Day Hospital"),
    "clerk": ("Annie", "Rousseau", "", "agente administrative, santé mentale adulte", "Administrative officer, adult mental health"),
    "clerk2": ("Pascale", "Nolet", "", "agente administrative, guichet d'accès (GASMA)", "Administrative officer, access desk"),
    "mgr": ("Sophie", "Desmarais", "", "chef de service, santé mentale adulte", "Service manager, adult mental health"),
    "coord": ("Alain", "Fiset", "", "coordonnateur clinique, EMIC", "Clinical coordinator, Mobile Crisis Team"),
    "pharm": ("Simon", "Lussier", "", "pharmacien, département de pharmacie", "Pharmacist, pharmacy department"),
    "hr": ("Valérie", "Paradis", "", "conseillère en gestion des ressources humaines", "Human resources advisor"),
    "pay": ("Luc", "Veilleux", "", "technicien en administration, paie", "Payroll technician"),
    "it": ("Benoît", "Caouette", "", "Centre de services TI", "IT service desk"),
    "fac": ("Daniel", "Gendron", "", "Service des installations matérielles", "Facilities department"),
    "proc": ("Marie-Claude", "Labrecque", "", "approvisionnement", "Procurement"),
    "comm": ("Rachel", "Wong", "", "conseillère en communication", "Communications advisor"),
    "qual": ("Nicolas", "Lefrançois", "", "conseiller qualité et performance", "Quality and performance advisor"),
    "gp1": ("Ryan", "Gallagher", "Dr", "médecin de famille, GMF Riverside", "Family physician, Riverside FMG"),
    "gp2": ("Laura", "Zhang", "Dre", "médecin de famille, GMF des Pins", "Family physician, GMF des Pins"),
    "extpharm": ("Dominique", "Hamel", "", "pharmacienne propriétaire", "Pharmacist-owner"),
    "police": ("Mark", "Hughes", "", "agent de liaison, SPVDO", "Liaison officer, SPVDO"),
}

TEAM_DOMAIN = {"gp1": EXT_DOMAINS["gmf"], "gp2": EXT_DOMAINS["gmf2"],
               "extpharm": EXT_DOMAINS["pharm"], "police": EXT_DOMAINS["police"]}


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


def email_local(given, surname):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(surname).lower().replace(" ", "").replace("'", "")
    return f"{g}.{s}"


class Person:
    def __init__(self, given, surname, title="", role_fr="", role_en="", domain=DOM):
        self.given = given
        self.surname = surname
        self.title = title
        self.role_fr = role_fr
        self.role_en = role_en
        self.domain = domain

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    @property
    def addr(self):
        return f"{email_local(self.given, self.surname)}@{self.domain}"

    @property
    def female(self):
        if self.given in STAFF_GIVEN_F or self.given in PAT_GIVEN_F:
            return True
        if self.given in STAFF_GIVEN_M or self.given in PAT_GIVEN_M:
            return False
        return self.title == "Dre"

    def tword(self, lang="fr"):
        if self.title in ("Dr", "Dre"):
            if lang == "en":
                return "Dr."
            return "Dre" if self.female else "Dr"
        return self.title

    def titled(self, lang="fr"):
        return f"{self.tword(lang)} {self.name}".strip()


def team(key):
    g, s, t, rf, re_ = TEAM[key]
    return Person(g, s, t, rf, re_, TEAM_DOMAIN.get(key, DOM))


def random_staff(rng, title="", role_fr="", role_en="", domain=DOM):
    if title == "Dre":
        given = rng.choice(STAFF_GIVEN_F)
    elif title == "Dr":
        given = rng.choice(STAFF_GIVEN_F + STAFF_GIVEN_M)
    else:
        given = rng.choice(STAFF_GIVEN)
    return Person(given, rng.choice(STAFF_SURNAMES), title, role_fr, role_en, domain)


def mailbox(local, name, domain=DOM):
    return Person("", "", "", "", "", domain), f"{local}@{domain}", name


def phone(rng, area=None):
    a = area or rng.choice(AREA)
    n = rng.randint(0, 99)
    style = rng.choice(["({a}) 555-01{n:02d}", "{a}-555-01{n:02d}", "{a} 555-01{n:02d}",
                        "{a}.555.01{n:02d}"])
    return style.format(a=a, n=n)


def signature(p, lang, rng, ext=True):
    role = p.role_fr if lang == "fr" else p.role_en
    lines = [p.titled(lang) if p.title else p.name]
    if role:
        lines.append(role[0].upper() + role[1:])
    if p.domain == DOM:
        site = rng.choice([
            (CSM, ADDR_CSM), (HOSP, ADDR_HOSP), (CLSC, ADDR_CLSC)])
        lines.append(ORG_FR)
        lines.append(site[0])
        lines.append(site[1])
    tel = "819-555-01%02d" % rng.randint(0, 99)
    if ext and rng.random() < 0.7:
        tel += (" poste " if lang == "fr" else " ext. ") + str(rng.randint(2000, 7999))
    lines.append(("Tél. : " if lang == "fr" else "Tel: ") + tel)
    if rng.random() < 0.4:
        lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + "819-555-01%02d" % rng.randint(0, 99))
    return lines


CONF_FOOTER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements "
                  "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en "
                  "aviser l'expéditeur.")
CONF_FOOTER_EN = ("CONFIDENTIALITY NOTICE: This message may contain confidential information. "
                  "If you received it in error, please delete it and notify the sender.")


# --------------------------------------------------------------------------
# Patients (not NAM holders)
# --------------------------------------------------------------------------
STREETS = [
    "rue des Pluviers", "rue Principale", "avenue des Érables", "rue Saint-Jean",
    "chemin du Lac-Noir", "rue Fleury Ouest", "boulevard des Outardes", "rue Notre-Dame",
    "rue des Tilleuls", "rang Saint-Joseph", "rue Champlain", "avenue du Parc",
    "rue de la Gare", "montée des Pins", "rue Laurier", "rue Maple",
]
TOWNS = [
    ("Val-des-Outardes", "J0X 2B1"), ("Saint-Urbain-des-Monts", "J0X 1T2"),
    ("Lac-aux-Hérons", "J0X 3C5"), ("Sainte-Blandine-du-Nord", "J0X 1K8"),
    ("Pointe-aux-Outardes-Ouest", "J0X 2E3"),
]


def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


class Patient:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.mrn = None
        self.address = None
        self.phone = None
        self.sin = None
        self.ohn = None
        self.niss = None
        self.nir = None

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def pool_patient(rng, used, sex=None, y0=1950, y1=2006):
    for _ in range(500):
        sx = sex or rng.choice("FM")
        g = rng.choice(PAT_GIVEN_F if sx == "F" else PAT_GIVEN_M)
        s = rng.choice(PAT_SURNAMES)
        if (g, s) not in used:
            used.add((g, s))
            return Patient(g, s, sx, rand_date(rng, y0, y1))
    raise RuntimeError("name pool exhausted")


def nam_patient(rec):
    return Patient(rec["given"], rec["surname"], rec["sex"], rec["dob"], rec["nam"])


def fill_patient(rng, p):
    p.mrn = str(rng.randint(100000, 999999)) if rng.random() < 0.5 else "%07d" % rng.randint(1000000, 2999999)
    town, pc = rng.choice(TOWNS)
    apt = f"app. {rng.randint(1, 12)}, " if rng.random() < 0.35 else ""
    p.address = f"{rng.randint(10, 2999)}, {rng.choice(STREETS)}, {apt}{town} (Québec) {pc}"
    p.phone = phone(rng)
    return p


# --------------------------------------------------------------------------
# Identifiers (checksum valid)
# --------------------------------------------------------------------------

def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def make_ohn(rng):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def ohn_valid(n):
    d = "".join(ch for ch in n if ch.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        ser = rng.randint(1, 997)
        if (ser % 2 == 1) != (sex == "M"):
            continue
        base = yymmdd + "%03d" % ser
        num = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - num % 97
        n = base + "%02d" % chk
        if be_nn.is_valid(n):
            return n


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "31"])
        first13 = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            "%03d" % rng.randint(1, 999) + "%03d" % rng.randint(1, 999)
        key = 97 - int(first13) % 97
        n = first13 + "%02d" % key
        if fr_nir.is_valid(n):
            return n


def make_luhn_serial(rng, length):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


_VIN_VAL = {**{str(d): d for d in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(rng):
    """A vehicle identification number with a valid check digit (position 9)."""
    head = rng.choice(["2T3", "JTM", "1FM", "5YJ"]) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    tail = rng.choice("RST") + rng.choice("CHW") + "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = head + "0" + tail
    s = sum(_VIN_VAL[ch] * w for ch, w in zip(v, _VIN_W)) % 11
    return head + ("X" if s == 10 else str(s)) + tail


# --------------------------------------------------------------------------
# Formatting of identifiers and dates
# --------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": f"{a} {b} {c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}/{c}",
        "lower": f"{a.lower()} {b} {c}",
        "fw": a + " " + fullwidth(b) + " " + fullwidth(c),
        "odd": f"{a} {b[:2]} {b[2:]} {c}",
    }[style]


def fmt_sin(n, style):
    return {"plain": n, "space": f"{n[:3]} {n[3:6]} {n[6:]}",
            "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}", "dot": f"{n[:3]}.{n[3:6]}.{n[6:]}",
            "fw": fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}")}[style]


def fmt_ohn(n, style, vc="AB"):
    return {"plain": n, "dash": f"{n[:4]}-{n[4:7]}-{n[7:]}",
            "space": f"{n[:4]} {n[4:7]} {n[7:]}", "vc": f"{n[:4]} {n[4:7]} {n[7:]} {vc}",
            "slash": f"{n[:4]}/{n[4:7]}/{n[7:]}"}[style]


def fmt_niss(n, style):
    return {"plain": n, "be": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "space": f"{n[:6]} {n[6:9]} {n[9:]}"}[style]


def fmt_nir(n, style):
    return {"plain": n, "space": f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            "dot": f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"}[style]


def fmt_mrn(m, style):
    if style == "plain":
        return m
    if style == "space":
        return " ".join(m[i:i + 3] for i in range(0, len(m), 3))
    if style == "dash":
        return m[:2] + "-" + m[2:]
    if style == "prefix":
        return "HSA-" + m
    if style == "fw":
        return fullwidth(m)
    if style == "spread":
        return " ".join(m)
    raise ValueError(style)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_styles(d):
    """All renderings the generator may use for a birth date (used by the checker)."""
    return [
        d.isoformat(), d.strftime("%Y/%m/%d"), d.strftime("%d/%m/%Y"),
        d.strftime("%d-%m-%Y"), d.strftime("%Y.%m.%d"), d.strftime("%d.%m.%Y"),
        f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.strftime("%Y%m%d"),
        fullwidth(d.isoformat()),
    ]


def fmt_dob(d, lang, rng):
    if lang == "fr":
        st = rng.choice([0, 0, 1, 2, 3, 6])
    else:
        st = rng.choice([0, 0, 1, 2, 7, 8])
    return dob_styles(d)[st]


def fmt_date(d, lang, long=False):
    if lang == "fr":
        if long:
            return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
        return f"{d.day} {MOIS[d.month - 1]}"
    if long:
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
    return f"{MONTHS[d.month - 1]} {d.day}"


def fmt_time(rng, lang):
    h = rng.choice([8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 16])
    m = rng.choice([0, 0, 15, 30, 30, 45])
    if lang == "fr":
        return f"{h} h {m:02d}" if m else f"{h} h"
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def sex_word(sex, lang, rng):
    if lang == "fr":
        return rng.choice([f"Sexe : {sex}", f"sexe {sex}", "Femme" if sex == "F" else "Homme"])
    return rng.choice([f"Sex: {sex}", f"sex {sex}", "Female" if sex == "F" else "Male"])


def base_date(rng):
    """A message date between 2024-09-03 and 2025-06-27 (weekday)."""
    a = datetime.date(2024, 9, 3).toordinal()
    b = datetime.date(2025, 6, 27).toordinal()
    while True:
        d = datetime.date.fromordinal(rng.randint(a, b))
        if d.weekday() < 5 and not (d.month == 12 and d.day >= 24) and not (d.month == 1 and d.day <= 2):
            return d


def msg_datetime(rng, d):
    h = rng.randint(7, 18)
    m = rng.randint(0, 59)
    s = rng.randint(0, 59)
    # Eastern time: EDT from 2nd Sunday of March to 1st Sunday of November (approx.)
    edt = (datetime.date(d.year, 3, 9) <= d < datetime.date(d.year, 11, 2))
    tz = datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))
    return datetime.datetime(d.year, d.month, d.day, h, m, s, tzinfo=tz)


def next_weekday(d, n):
    out = d
    k = 0
    while k < n:
        out += datetime.timedelta(days=1)
        if out.weekday() < 5:
            k += 1
    return out


def sub_rng(kind, i):
    return random.Random(f"{SEED}-{kind}-{i}")
