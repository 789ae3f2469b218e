# -*- coding: utf-8 -*-
"""Shared helpers: seeded choices, people pools, identifiers, dates.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import os
import datetime as dt
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

ORG_FR = "Centre mère-enfant des Deux-Rives"
ORG_EN = "Deux-Rives Mother and Child Centre"
DOM = "cme-deuxrives.example"
DOMAINS_EXT = [
    "clsc-riviere-noire.example", "pharmacie-brault.example", "maisonnaissance-lessaules.example",
    "hgo-ottawa-est.example", "labo-biomedic.example", "assurvie-canada.example",
    "rqap-services.example", "cisss-deuxrives.example", "pediatres-associes.example",
    "dpj-region16.example", "refuge-aurore.example", "medeco-fournitures.example",
    "congres-perinat.example", "orderpoint-medical.example", "imagerie-champlain.example",
    "gmf-du-parc.example", "mail.example", "courriel.example",
]
CLINIC_PHONE = ["450-555-0100", "450-555-0112", "450-555-0123", "514-555-0134",
                "819-555-0145", "613-555-0156", "450-555-0167", "438-555-0178"]
ADDR_CLINIC = [
    "1200, boul. des Deux-Rivières, Saint-Aurèle (Québec)  J0L 9Z9",
    "85, rue de la Fonderie, pavillon B, Saint-Aurèle (Québec)  J0L 9Z8",
    "400 Riverside Drive, Suite 210, Ottawa-Est (Ontario)  K0A 9Z9",
]

# ---------------------------------------------------------------- people
# Staff pool deliberately avoids every surname listed in blind_nams.txt.
STAFF = [
    # (given, surname, sex, role_fr, role_en)
    ("Anaïs", "Brissette", "F", "obstétricienne-gynécologue", "obstetrician-gynaecologist"),
    ("Kwame", "Mensah", "M", "obstétricien", "obstetrician"),
    ("Hélène", "Desrosiers", "F", "sage-femme", "midwife"),
    ("Marie-Ève", "Lavallée", "F", "consultante en lactation IBCLC", "IBCLC lactation consultant"),
    ("Julien", "Chartrand", "M", "pédiatre", "paediatrician"),
    ("Priya", "Raman-Kwan", "F", "médecin de famille", "family physician"),
    ("Sophie", "Villeneuve", "F", "infirmière clinicienne", "clinical nurse"),
    ("Nadia", "Haddad", "F", "travailleuse sociale", "social worker"),
    ("Étienne", "Provencher", "M", "chef de service", "unit manager"),
    ("Laurence", "Dufresne", "F", "agente administrative", "administrative clerk"),
    ("Chidi", "Okafor", "M", "anesthésiologiste", "anaesthesiologist"),
    ("Caroline", "Beaulieu", "F", "infirmière auxiliaire", "LPN"),
    ("Mathieu", "Gendron", "M", "pharmacien", "pharmacist"),
    ("Isabelle", "Rivard", "F", "sage-femme", "midwife"),
    ("Olivia", "Fitzgerald", "F", "sage-femme", "registered midwife"),
    ("Daniel", "Harrington", "M", "gestionnaire, approvisionnement", "procurement manager"),
    ("Véronique", "Castonguay", "F", "conseillère en soins", "clinical nurse specialist"),
    ("Samuel", "Laflamme", "M", "technicien informatique", "IT technician"),
    ("Annie", "Bergeron", "F", "infirmière, unité des naissances", "birthing unit nurse"),
    ("Louis-Philippe", "Côté", "M", "résident R3", "PGY-3 resident"),
    ("Fanny", "Dubé", "F", "nutritionniste", "dietitian"),
    ("Rachel", "Khoury", "F", "périnatalogiste", "maternal-fetal medicine specialist"),
    ("Émilie", "Hébert", "F", "infirmière, suivi postnatal", "postnatal nurse"),
    ("Grace", "Campbell", "F", "consultante en lactation", "lactation consultant"),
    ("Patrick", "Murphy", "M", "finance officer", "finance officer"),
    ("Thérèse", "Lachance", "F", "coordonnatrice, formation", "education coordinator"),
    ("Youssef", "Marchand", "M", "résident R1", "PGY-1 resident"),
    ("Josiane", "Perreault", "F", "agente de liaison", "liaison officer"),
    ("Benoît", "Vézina", "M", "directeur, services techniques", "facilities director"),
    ("Ingrid", "Andersen", "F", "infirmière praticienne en pédiatrie", "paediatric nurse practitioner"),
    ("Carmen", "Delgado", "F", "échographiste", "sonographer"),
    ("Marc-André", "Dionne", "M", "chef de l'unité", "unit head"),
    ("Gabrielle", "Labrecque", "F", "RH, conseillère", "HR advisor"),
    ("Ahmed", "Thériault", "M", "paie", "payroll officer"),
    ("Valérie", "Boisvert", "F", "infirmière-chef", "head nurse"),
    ("Kevin", "O'Neill", "M", "acheteur", "buyer"),
    ("Mélanie", "Charbonneau", "F", "secrétaire médicale", "medical secretary"),
    ("Nathan", "Jodoin", "M", "pharmacien", "pharmacist"),
    ("Élise", "St-Pierre", "F", "sage-femme responsable", "lead midwife"),
    ("Hannah", "Stewart", "F", "obstétricienne", "obstetrician"),
    ("Martine", "Leclerc", "F", "infirmière, santé au travail", "occupational health nurse"),
    ("Yannick", "Bérubé", "M", "technicien, génie biomédical", "biomedical engineering technician"),
    ("Isabeau", "Lalonde", "F", "conseillère en communication", "communications advisor"),
]

ROLES = {
    "ob": ["Brissette", "Mensah", "Khoury", "Stewart"],
    "fam": ["Raman-Kwan"],
    "res": ["Côté", "Marchand"],
    "mw": ["Desrosiers", "Rivard", "Fitzgerald", "St-Pierre"],
    "rn": ["Villeneuve", "Beaulieu", "Bergeron", "Hébert", "Boisvert", "Castonguay"],
    "ped": ["Chartrand", "Andersen"],
    "ibclc": ["Lavallée", "Campbell"],
    "clerk": ["Dufresne", "Charbonneau", "Perreault"],
    "sw": ["Haddad", "Perreault"],
    "pharm": ["Gendron", "Jodoin"],
    "mgr": ["Provencher", "Dionne", "Boisvert"],
    "edu": ["Lachance", "Castonguay"],
    "sst": ["Leclerc"],
    "bio": ["Bérubé"],
    "com": ["Lalonde"],
    "buy": ["Harrington", "O'Neill"],
}


def by_role(*kinds):
    names = [n for k in kinds for n in ROLES[k]]
    return [s for s in STAFF if s[1] in names]


# Patients who carry no RAMQ NAM here (never a surname from blind_nams.txt).
PATIENTS_F = [
    ("Amélie", "Drouin"), ("Kassandra", "Pépin"), ("Noémie", "Turcotte"), ("Fatima", "Benali"),
    ("Yasmine", "El-Amrani"), ("Jessica", "Comeau"), ("Chloé", "Bisson"), ("Rosalie", "Gingras"),
    ("Mélodie", "Arsenault"), ("Aïcha", "Diallo"), ("Olena", "Kovalenko"), ("Maria", "Fernandes"),
    ("Samantha", "Greene"), ("Ashley", "Kowalski"), ("Brittany", "McLaughlin"), ("Jasmine", "Osei"),
    ("Laurie", "Vaillancourt"), ("Océane", "Trudel"), ("Stéphanie", "Lemay"), ("Valentina", "Ruiz"),
    ("Hye-jin", "Park"), ("Émilie", "Racine"), ("Karine", "Sirois"), ("Megan", "Doyle"),
    ("Jennifer", "Van Dyke"), ("Claudia", "Mercier"), ("Audrey", "Paradis"), ("Naomi", "Baptiste"),
    ("Sabrina", "Lacasse"), ("Catherine", "Dumont"), ("Léa", "Rochon"), ("Farah", "Saleh"),
    ("Camille", "Morissette"), ("Tamara", "Hughes"), ("Inès", "Belkacem"), ("Justine", "Harvey"),
]
PARTNERS_M = [("Kevin", "Drouin"), ("Maxime", "Pépin"), ("Omar", "Benali"), ("Ryan", "Greene"),
              ("Dmytro", "Kovalenko"), ("Jonathan", "Comeau"), ("Alexis", "Trudel")]
BABY_FR = ["Bébé garçon", "Bébé fille", "Bb", "Nné", "Jumeau A", "Jumelle B"]
BABY_EN = ["Baby boy", "Baby girl", "BB", "Infant", "Twin A", "Twin B"]
NB_GIVEN = ["Léo", "Florence", "Noah", "Alice", "Jacob", "Olivia", "Arthur", "Zoé", "Adam",
            "Rose", "Ethan", "Maya", "Liam-Olivier", "Charlie"]

STREETS = ["rue des Érables", "rang Saint-Joseph", "av. Champlain", "rue Principale", "ch. du Lac-Vert",
           "Maple Crescent", "rue Notre-Dame O.", "boul. Taschereau", "Elm Street", "rue de la Gare"]
TOWNS = [("Saint-Aurèle", "QC", "J0L"), ("Rivière-Noire", "QC", "J0M"), ("Sainte-Odile-du-Lac", "QC", "J0K"),
         ("Gatineau-Nord", "QC", "J9Z"), ("Ottawa-Est", "ON", "K0A"), ("Pointe-aux-Saules", "QC", "J0N")]


def load_nams():
    """Return list of dicts from ../blind_nams.txt (relative to this file)."""
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, bd, sex, nam = line.split()
            out.append({"surname": sur, "given": giv, "dob": dt.date.fromisoformat(bd),
                        "sex": sex, "nam": nam})
    return out


def nam_role(h, ref=dt.date(2025, 6, 1)):
    age = (ref - h["dob"]).days // 365
    if h["sex"] == "F" and 16 <= age <= 45:
        return "mother"
    if h["sex"] == "M" and 18 <= age <= 55:
        return "partner"
    if age < 18:
        return "child"
    if h["sex"] == "F" and age <= 67:
        return "gyn"
    return "senior" if h["sex"] == "F" else "senior_m"


# ---------------------------------------------------------------- text utils
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold(s):
    """Lower-case, accent-free, NFKC (full-width -> ASCII) text."""
    return strip_accents(unicodedata.normalize("NFKC", s)).lower()


def alnum(s):
    return "".join(c for c in fold(s) if c.isalnum()).upper()


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def disguise(raw, groups, style):
    """Write an identifier with the given grouping and separator style."""
    parts, i = [], 0
    for g in groups:
        parts.append(raw[i:i + g])
        i += g
    if i < len(raw):
        parts.append(raw[i:])
    if style == "plain":
        return raw
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "hyphen":
        return "-".join(parts)
    if style == "wide":
        return "  ".join(parts)
    if style == "fullwidth":
        return fullwidth(" ".join(parts))
    if style == "lower":
        return raw.lower()
    raise ValueError(style)


ID_STYLES = ["plain", "space", "plain", "dot", "slash", "hyphen", "wide", "fullwidth", "lower", "space"]


def fmt_nam(nam, style):
    return disguise(nam, [4, 4, 4], style)


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if _sin.is_valid(n):
            return n


def fmt_sin(n, style):
    return disguise(n, [3, 3, 3], style)


def make_ohn(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def ohn_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def fmt_ohn(n, style, vc=""):
    s = disguise(n, [4, 3, 3], style)
    if vc:
        s += (" " if style != "plain" else "") + vc
    return s


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == "M" else 0)
    base = dob.strftime("%y%m%d") + "%03d" % serial
    num = int(("2" if dob.year >= 2000 else "") + base)
    chk = 97 - num % 97
    n = base + "%02d" % chk
    assert _nn.is_valid(n), n
    return n


def fmt_niss(n, style):
    if style == "canon":
        return "%s.%s.%s-%s.%s" % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:11])
    return disguise(n, [2, 2, 2, 3, 2], style)


def make_nir(rng, dob, sex):
    dep = rng.choice(["75", "69", "13", "33", "44", "59", "31", "67", "35", "92"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dep + "%03d" % rng.randrange(1, 990) \
        + "%03d" % rng.randrange(1, 999)
    n = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(n), n
    return n


def fmt_nir(n, style):
    if style == "canon":
        return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:15])
    return disguise(n, [1, 2, 2, 2, 3, 3, 2], style)


def make_mrn(rng):
    return "%07d" % rng.randrange(1000000, 9999999)


def fmt_mrn(m, rng):
    st = rng.choice(["H", "plain", "sp", "dash", "fw", "dot"])
    if st == "H":
        return "H" + m
    if st == "sp":
        return m[:3] + " " + m[3:]
    if st == "dash":
        return m[:2] + "-" + m[2:5] + "-" + m[5:]
    if st == "fw":
        return fullwidth(m)
    if st == "dot":
        return m[:3] + "." + m[3:]
    return m


def luhn_serial(rng, n):
    body = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_formats(d):
    """Every way the corpus writes a date (used for NAM holder checks)."""
    return [
        d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"),
        "%d %s %d" % (d.day, MOIS[d.month - 1], d.year), "%s %d, %d" % (MON[d.month - 1], d.day, d.year),
        "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year), "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year),
        "%d %s %d" % (d.day, MON[d.month - 1], d.year), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"),
        d.strftime("%Y.%m.%d"), d.strftime("%d.%m.%Y"),
    ]


def fmt_date(d, lang, rng):
    if lang == "fr":
        k = rng.randrange(5)
        return [d.isoformat(), d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
                d.strftime("%Y/%m/%d"), d.strftime("%d.%m.%Y")][k]
    k = rng.randrange(5)
    return [d.isoformat(), "%s %d, %d" % (MON[d.month - 1], d.day, d.year),
            "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year),
            "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year), d.strftime("%Y/%m/%d")][k]


def day_fr(d):
    return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])


def day_en(d):
    return "%s, %s %d" % (DAYS[d.weekday()], MONTH[d.month - 1], d.day)


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- names
def name_forms(given, surname, sex, lang, rng, kind=None):
    """Return (rendered name, kind) in one of many styles."""
    kinds = ["full", "title", "surfirst", "lower", "initials", "upper", "title_sur", "full"]
    kind = kind or rng.choice(kinds)
    if lang == "fr":
        title = {"F": "Mme", "M": "M."}[sex]
    else:
        title = {"F": rng.choice(["Ms.", "Mrs.", "Ms"]), "M": "Mr."}[sex]
    if kind == "full":
        s = "%s %s" % (given, surname)
    elif kind == "title":
        s = "%s %s %s" % (title, given, surname)
    elif kind == "title_sur":
        s = "%s %s" % (title, surname)
    elif kind == "surfirst":
        s = "%s, %s" % (surname.upper(), given)
    elif kind == "lower":
        s = "%s %s" % (given.lower(), surname.lower())
    elif kind == "initials":
        ini = "".join(p[0] + "." for p in given.replace("-", " ").split())
        s = "%s %s" % (ini, surname)
    elif kind == "upper":
        s = "%s %s" % (surname.upper(), given.upper())
    else:
        raise ValueError(kind)
    return s, kind


def staff(rng, k=1, exclude=()):
    pool = [s for s in STAFF if s[1] not in exclude]
    return rng.sample(pool, k) if k > 1 else rng.choice(pool)


def email_of(given, surname, dom=DOM):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(surname).lower().replace(" ", "").replace("'", "")
    return "%s.%s@%s" % (g, s, dom)


def dr(st, lang):
    given, sur, sex, rfr, ren = st
    docs = ("obst", "pédiatre", "médecin", "anesth", "périnat", "résident", "obstetric", "paediatric",
            "physician", "maternal")
    role = rfr if lang == "fr" else ren
    if any(k in role for k in docs) and "nurse" not in role:
        if lang == "fr":
            return ("Dre " if sex == "F" else "Dr ") + given + " " + sur
        return "Dr. " + given + " " + sur
    return given + " " + sur


def signature(st, lang, rng, org=True):
    given, sur, sex, rfr, ren = st
    role = rfr if lang == "fr" else ren
    lines = ["-- ", dr(st, lang), role[0].upper() + role[1:]]
    if org:
        lines.append(ORG_FR if lang == "fr" else ORG_EN)
        lines.append(rng.choice(ADDR_CLINIC))
        lines.append(("Tél. : " if lang == "fr" else "Tel: ") + rng.choice(CLINIC_PHONE)
                     + (" poste %d" % rng.randrange(2000, 4999) if rng.random() < .6 else ""))
    return "\n".join(lines)


def personal_phone(rng):
    return "%s-555-01%02d" % (rng.choice(["450", "514", "438", "819", "613", "579"]), rng.randrange(0, 100))


def home_address(rng, ontario=False):
    town, prov, fsa = rng.choice([t for t in TOWNS if (t[1] == "ON") == ontario])
    num = rng.randrange(12, 2999)
    pc = "%s %d%s%d" % (fsa, rng.randrange(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(0, 9))
    apt = ("app. %d, " % rng.randrange(1, 30)) if rng.random() < .3 else ""
    return "%s%d %s, %s (%s) %s" % (apt, num, rng.choice(STREETS), town, prov, pc)
