"""Shared data pools, identifier helpers and small utilities for the corpus generator.

Everything here is invented: people, institutions, streets, numbers.  Domains end in
.example and telephone numbers use the 555-01xx range.
"""
import datetime as dt
import os
import random
import unicodedata

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

SEED = 25158

ORG_FR = "Direction de santé publique du CISSS de la Haute-Rivière"
ORG_EN = "Haute-Rivière Regional Public Health Department"
DSP_DOMAIN = "dsp.cisss-hauteriviere.example"
CISSS_DOMAIN = "cisss-hauteriviere.example"

# ---------------------------------------------------------------------------
# NAM holders (read only from ../blind_nams.txt)
# ---------------------------------------------------------------------------

def load_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            holders.append({"surname": surname, "given": given,
                            "dob": dt.date(y, m, d), "sex": sex, "nam": nam})
    return holders


HOLDERS = load_holders()
HOLDER_SURNAMES = sorted({h["surname"] for h in HOLDERS})


class HolderPool:
    """Hands out NAM holders by age band, each at most once while possible."""

    REF = dt.date(2025, 10, 1)

    def __init__(self, rng):
        self.rng = rng
        self.used = []

    @classmethod
    def age(cls, h):
        d = h["dob"]
        return cls.REF.year - d.year - ((cls.REF.month, cls.REF.day) < (d.month, d.day))

    def take(self, band="any", strict=False):
        lo, hi = {"child": (0, 17), "teen": (12, 17), "young": (0, 25), "adult": (18, 74),
                  "elder": (70, 120), "any": (0, 120)}[band]
        fresh = [h for h in HOLDERS if lo <= self.age(h) <= hi and h["nam"] not in self.used]
        if not fresh and strict:
            return None
        if not fresh:
            fresh = [h for h in HOLDERS if h["nam"] not in self.used]
        if not fresh:
            fresh = list(HOLDERS)
        h = self.rng.choice(fresh)
        self.used.append(h["nam"])
        return h


# ---------------------------------------------------------------------------
# Name pools (holder surnames are excluded everywhere)
# ---------------------------------------------------------------------------

SURNAMES_FR = """Tremblay Côté Bergeron Lavoie Gingras Lévesque Dubé Hébert Desjardins Ménard
Vachon Lemieux Beaulieu Mercier Dufour Perron Proulx Rioux Turcotte Tessier Grenier Bilodeau
Lachance Poulin Charbonneau Dion Harvey Labbé Comeau Audet Bérubé Brassard Vaillancourt
Desrosiers Larouche Boivin Lacroix Marchand Chabot Paradis Deschênes Gaudreault Plourde Asselin
Lefebvre Michaud Carrier Lalonde Champagne Cyr Daigle Fontaine Gosselin Jolicoeur Lussier Nolet
Ouimet Pépin Quirion Robitaille Sirois Trottier Veilleux Bissonnette Lapierre Dumont Gravel""".split()
SURNAMES_EN = """O'Brien Kowalski Fraser Henderson Murphy Patel Nguyen Chen Singh Okafor Haddad
Ramirez Campbell Stewart Reid Sullivan Walsh Kim Gordon Bennett Doyle Ferguson McKenzie Hughes
Lindqvist Novak Abbott Greer Whitfield Drummond""".split()
SURNAMES_OTHER = """Pierre-Louis Saint-Fleur Benali Bouzid Ouedraogo Diallo Mendoza Rahman Tshibangu
Alvarez Joseph Dorval Haddad Mukendi Petrescu Castillo Ahmadi Nakamura""".split()

GIVEN_FR_F = """Mélanie Karine Isabelle Chantal Nadia Julie Annie Catherine Valérie Sophie Lucie
Hélène Maude Léa Zoé Florence Alice Rosalie Gabrielle Thérèse Germaine Lise Huguette Yvette Rita
Noémie Jeanne Camille Ariane Édith""".split()
GIVEN_FR_M = """Stéphane Jean-François Martin Luc Sébastien Éric François Mathieu Patrick Yves
Benoît Olivier Félix Noah Jacob Théo Édouard Raymond Réjean Fernand Gaston Rémi Alexis Samuel
Jérôme Hugo Antoine""".split()
GIVEN_EN_F = """Jennifer Ashley Laura Megan Emily Olivia Chloe Hannah Nicole Dorothy Margaret
Evelyn Priya Amara Fatima Rosa Aicha Kayla Brianna Grace""".split()
GIVEN_EN_M = """Michael Kevin Daniel Ryan Tyler Ethan Aiden Brandon Harold Walter Arthur Wei Omar
Yusuf Carlos Mamadou Trevor Dylan Connor Owen""".split()

STAFF = [
    # (given, surname, title_fr, title_en, sex)
    ("Karine", "Lemieux", "infirmière clinicienne, maladies infectieuses", "clinical nurse, infectious diseases", "F"),
    ("Stéphane", "Ouimet", "médecin-conseil", "public health physician", "M"),
    ("Nadia", "Benali", "agente de planification, programmation et recherche", "planning and research officer", "F"),
    ("Jérôme", "Gaudreault", "coordonnateur, vigie et protection", "surveillance and protection coordinator", "M"),
    ("Isabelle", "Quirion", "infirmière, ITSS", "STBBI nurse", "F"),
    ("Mathieu", "Desrosiers", "épidémiologiste", "epidemiologist", "M"),
    ("Chantal", "Robitaille", "adjointe administrative", "administrative assistant", "F"),
    ("Owen", "Whitfield", "infirmier, tuberculose", "TB nurse", "M"),
    ("Priya", "Rahman", "médecin-conseil, santé environnementale", "medical officer, environmental health", "F"),
    ("Hélène", "Bissonnette", "chef de service, maladies infectieuses", "manager, infectious diseases", "F"),
    ("Félix", "Larouche", "technicien en administration", "administrative technician", "M"),
    ("Maude", "Vaillancourt", "infirmière, vaccination", "immunization nurse", "F"),
    ("Grace", "Drummond", "agente de liaison, milieux scolaires", "school liaison officer", "F"),
    ("Rémi", "Tessier", "conseiller en prévention des infections", "infection prevention advisor", "M"),
    ("Lucie", "Charbonneau", "infirmière, enquête épidémiologique", "outbreak investigation nurse", "F"),
    ("Antoine", "Petrescu", "pharmacien", "pharmacist", "M"),
    ("Camille", "Nolet", "archiviste médicale", "health records technician", "F"),
    ("Trevor", "McKenzie", "analyste en informatique", "IT analyst", "M"),
]

PHYSICIANS = [
    ("Dre", "Amara", "Okafor", "infectiologue", "infectious diseases"),
    ("Dr", "Benoît", "Lachance", "pneumologue", "respirology"),
    ("Dre", "Valérie", "Sirois", "pédiatre", "paediatrics"),
    ("Dr", "Wei", "Chen", "microbiologiste-infectiologue", "medical microbiology"),
    ("Dre", "Rosalie", "Deschênes", "médecin de famille", "family medicine"),
    ("Dr", "Hugo", "Castillo", "urgentologue", "emergency medicine"),
    ("Dre", "Jeanne", "Pépin", "gériatre", "geriatrics"),
    ("Dr", "Samuel", "Dorval", "dermatologue", "dermatology"),
]

TOWNS = ["Val-Bernier", "Saint-Clément-de-Rivière", "Rivière-aux-Saules", "Sainte-Odile-du-Lac",
         "Port-Étienne", "Lac-Verdier", "Saint-Anselme-des-Monts", "Notre-Dame-de-la-Baie"]
STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "avenue du Parc", "rue Principale",
              "chemin du Lac-Verdier", "boulevard Laurier-Est", "rue de la Fabrique", "montée des Pins",
              "rue Champlain", "avenue des Bouleaux", "rue du Moulin", "chemin de la Grève"]
POSTAL = ["J0X 1A0", "J9V 2K4", "G0K 1B0", "J8P 3M7", "G5T 2N1", "J0W 1H0", "G0L 4C2", "J9X 6R3"]
ON_TOWNS = [("Pembroke Falls", "K8A 2T5"), ("Cornwall Bay", "K6H 1R2"), ("Hawkesford", "K6A 3B8")]
ON_STREETS = ["Maple Crescent", "Oak Street", "Riverside Drive", "Queen Street West", "Birch Lane"]

SCHOOLS = ["École primaire des Bouleaux", "École Sainte-Odile", "École secondaire du Versant",
           "Centre de la petite enfance Les Petits Hiboux", "École primaire du Ruisseau",
           "Polyvalente de Port-Étienne"]
LTC_HOMES = ["CHSLD Saint-Joachim", "CHSLD des Trembles", "Résidence Les Jardins du Moulin",
             "CHSLD de Lac-Verdier", "Manoir Bellevue (RPA)"]
CLSCS = ["CLSC de Val-Bernier", "CLSC du Lac-Verdier", "CLSC de Port-Étienne"]
HOSPITAL = ("Hôpital régional de Val-Bernier", "HRVB")
LAB = "Laboratoire régional de biologie médicale"


def phone(rng, area=None):
    area = area or rng.choice(["819", "450", "418", "873"])
    return f"{area}-555-01{rng.randint(0, 99):02d}"


def phone_fmt(rng, area=None):
    p = phone(rng, area)
    a, b, c = p.split("-")
    style = rng.randrange(4)
    if style == 0:
        return p
    if style == 1:
        return f"({a}) {b}-{c}"
    if style == 2:
        return f"{a} {b}-{c}"
    return f"{a}.{b}.{c}"


def address_fr(rng):
    return (f"{rng.randint(12, 2980)}, {rng.choice(STREETS_FR)}, "
            f"{rng.choice(TOWNS)} (Québec) {rng.choice(POSTAL)}")


def address_on(rng):
    t, pc = rng.choice(ON_TOWNS)
    return f"{rng.randint(10, 990)} {rng.choice(ON_STREETS)}, {t}, ON {pc}"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_local(given, surname):
    return (strip_accents(given).lower().replace(" ", "").replace("'", "") + "." +
            strip_accents(surname).lower().replace(" ", "").replace("'", "").replace("-", ""))


def staff(rng, k=None):
    if k is None:
        return rng.choice(STAFF)
    return rng.sample(STAFF, k)


def staff_addr(s, domain=DSP_DOMAIN):
    return (f"{s[0]} {s[1]}", f"{email_local(s[0], s[1])}@{domain}")


GIVEN_KID = {"fr": {"F": "Léa Zoé Florence Alice Rosalie Charlotte Éloïse Maëlle Juliette Jade Mia Béatrice Clara".split(),
                    "M": "Noah Jacob Théo Félix Édouard William Thomas Arthur Nathan Léo Raphaël Loïc Zachary".split()},
             "en": {"F": "Olivia Chloe Hannah Lily Ava Amelia Grace Layla Nora Aaliyah".split(),
                    "M": "Aiden Ethan Owen Mason Logan Lucas Caleb Elijah Hudson Omar".split()}}
GIVEN_OLD = {"fr": {"F": "Thérèse Germaine Rita Yvette Huguette Lise Jeannine Pierrette Gisèle Fernande".split(),
                    "M": "Raymond Réjean Fernand Gaston Lucien Roger Marcel Normand Aurèle".split()},
             "en": {"F": "Dorothy Margaret Evelyn Shirley Doris Gladys Muriel".split(),
                    "M": "Harold Walter Arthur Kenneth Stanley Gordon Howard".split()}}
_STAFF_SURNAMES = {s[1] for s in STAFF} | {d[2] for d in PHYSICIANS}
_PAT_SURNAMES = {k: [s for s in v if s not in _STAFF_SURNAMES]
                 for k, v in (("fr", SURNAMES_FR), ("en", SURNAMES_EN), ("other", SURNAMES_OTHER))}


def person(rng, lang=None, sex=None, band="adult"):
    """An invented (non-holder) patient or contact: dict with given, surname, sex, dob.
    Surnames of staff and physicians are never used for patients."""
    sex = sex or rng.choice("FM")
    x = rng.random()
    if lang == "en":
        pool_s = _PAT_SURNAMES["en"] if x < 0.45 else (_PAT_SURNAMES["fr"] if x < 0.8 else _PAT_SURNAMES["other"])
    else:
        pool_s = _PAT_SURNAMES["fr"] if x < 0.75 else (_PAT_SURNAMES["other"] if x < 0.92 else _PAT_SURNAMES["en"])
    glang = "en" if (lang == "en" and rng.random() < 0.7) or (lang != "en" and rng.random() < 0.12) else "fr"
    lo, hi = {"child": (2, 16), "toddler": (1, 5), "pupil": (6, 12), "teen": (12, 17),
              "young": (15, 29), "adult": (20, 68), "elder": (72, 97), "any": (1, 90)}[band]
    age = rng.randint(lo, hi)
    if age < 18:
        pool_g = GIVEN_KID[glang][sex]
    elif age >= 72:
        pool_g = GIVEN_OLD[glang][sex]
    elif glang == "en":
        pool_g = GIVEN_EN_F if sex == "F" else GIVEN_EN_M
    else:
        pool_g = GIVEN_FR_F if sex == "F" else GIVEN_FR_M
    dob = dt.date(2025 - age, rng.randint(1, 12), rng.randint(1, 28))
    return {"given": rng.choice(pool_g), "surname": rng.choice(pool_s), "sex": sex, "dob": dob}


def from_holder(h):
    return {"given": h["given"], "surname": h["surname"], "sex": h["sex"], "dob": h["dob"],
            "nam": h["nam"]}


# ---------------------------------------------------------------------------
# Name and date forms
# ---------------------------------------------------------------------------

def name_form(rng, p, allowed=("full", "upper_comma", "comma", "lower", "title", "initial")):
    form = rng.choice(list(allowed))
    g, s = p["given"], p["surname"]
    if form == "full":
        return f"{g} {s}"
    if form == "upper_comma":
        return f"{s.upper()}, {g}"
    if form == "comma":
        return f"{s}, {g}"
    if form == "lower":
        return f"{g.lower()} {s.lower()}"
    if form == "title":
        t = rng.choice(["Mme", "M."] if p["sex"] == "F" else ["M."])
        if p["sex"] == "F":
            t = rng.choice(["Mme", "Madame"])
        return f"{t} {g} {s}"
    if form == "initial":
        return f"{g[0]}. {s}"
    return f"{g} {s}"


def title_en(p):
    return "Ms." if p["sex"] == "F" else "Mr."


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob_variants(d):
    return [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d.year}{d.month:02d}{d.day:02d}"]


DATE_STYLES = {"fr": [0, 1, 2, 3, 6], "en": [0, 4, 2, 7, 5]}


def fmt_date(rng, d, lang, style=None):
    v = dob_variants(d)
    if style is None:
        style = rng.choice(DATE_STYLES[lang])
    return v[style]


def day_fr(d):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    return f"{jours[d.weekday()]} {d.day} {MOIS[d.month - 1]}"


def day_en(d):
    return f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}"


def sex_word(sex, lang, rng):
    if lang == "fr":
        return rng.choice([sex, {"F": "féminin", "M": "masculin"}[sex]])
    return rng.choice([sex, {"F": "female", "M": "male"}[sex]])


# ---------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------

FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def to_fullwidth_digits(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(rng, nam, style=None):
    style = style or rng.choice(["plain", "plain", "space", "space2", "dot", "hyphen", "lower",
                                 "full", "slash", "odd"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return f"{a} {b} {c}"
    if style == "space2":
        return f"{a} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"
    if style == "dot":
        return f"{a}.{b}.{c}"
    if style == "hyphen":
        return f"{a}-{b}-{c}"
    if style == "lower":
        return f"{a.lower()} {b} {c}"
    if style == "full":
        return a + to_fullwidth_digits(b + c)
    if style == "slash":
        return f"{a}/{b}/{c}"
    if style == "odd":
        return f"{a}  {b}{c[:2]} {c[2:]}"
    return nam


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def make_sin(rng):
    while True:
        s = luhn_complete(str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(
            str(rng.randrange(10)) for _ in range(7)))
        if ca_sin.is_valid(s):
            return s


def fmt_sin(rng, s):
    st = rng.randrange(5)
    if st == 0:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if st == 1:
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if st == 2:
        return s
    if st == 3:
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    return to_fullwidth_digits(f"{s[:3]} {s[3:6]} {s[6:]}")


def make_ohip(rng):
    return luhn_complete(str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(8)))


def ohip_valid(s):
    return len(s) == 10 and s.isdigit() and luhn_ok(s)


def fmt_ohip(rng, s, vc=None):
    vc = vc if vc is not None else rng.choice(["", " AB", "-KT", " XL", ""])
    st = rng.randrange(4)
    if st == 0:
        return f"{s[:4]}-{s[4:7]}-{s[7:]}{vc}"
    if st == 1:
        return f"{s[:4]} {s[4:7]} {s[7:]}{vc}"
    if st == 2:
        return s + vc
    return f"{s[:4]}.{s[4:7]}.{s[7:]}{vc}"


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial:03d}"
        base = int(("2" if dob.year >= 2000 else "") + body)
        chk = 97 - base % 97
        n = body + f"{chk:02d}"
        if be_nn.is_valid(n):
            return n


def fmt_niss(rng, n):
    st = rng.randrange(3)
    if st == 0:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if st == 1:
        return n
    return f"{n[:6]} {n[6:9]} {n[9:]}"


def make_nir(rng, dob, sex):
    while True:
        body = (("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}"
                + rng.choice(["21", "25", "39", "58", "69", "75", "71"])
                + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}")
        key = 97 - int(body) % 97
        n = body + f"{key:02d}"
        if fr_nir.is_valid(n):
            return n


def fmt_nir(rng, n):
    st = rng.randrange(3)
    if st == 0:
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    if st == 1:
        return n
    return f"{n[:13]} {n[13:]}"


def make_mrn(rng):
    return f"{rng.randint(100000, 999999)}"


def fmt_mrn(rng, m, lang):
    st = rng.randrange(5)
    if st == 0:
        return f"HRVB-0{m}"
    if st == 1:
        return f"{m[:3]} {m[3:]}"
    if st == 2:
        return f"0{m}"
    if st == 3:
        return f"{m[:2]}-{m[2:4]}-{m[4:]}"
    return to_fullwidth_digits(m)


def mrn_label(rng, lang):
    if lang == "fr":
        return rng.choice(["No dossier", "Dossier", "N° de dossier HRVB", "# dossier", "Dossier hosp."])
    return rng.choice(["MRN", "Chart #", "Chart no.", "Hospital chart", "MRN (HRVB)"])


def serial_luhn(rng, n):
    """Checksum-valid serial/asset number (harmless), n digits."""
    return luhn_complete(str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 2)))


def lot_number(rng):
    letters = "ABCDEFGHJKLMNPRSTUVWXY"
    return rng.choice(letters) + str(rng.randint(1000, 9999)) + rng.choice(letters) + rng.choice(letters)


def sub_rng(tag):
    return random.Random(f"{SEED}:{tag}")
