"""Shared data and helpers: seed, organisation, people, identifiers, disguises."""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25147
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Hôpital régional de Saint-Ambroise-des-Monts"
ORG_EN = "Saint-Ambroise-des-Monts Regional Hospital"
ORG_SHORT = "HRSAM"
DOM = "hrsam.example"
CISSS = "CISSS des Monts-Sainte-Ursule"
CISSS_DOM = "cisss-msu.example"
ADDR = "2450, boulevard des Érables, Saint-Ambroise-des-Monts (Québec) J0K 9Z9"
ADDR_EN = "2450 boulevard des Érables, Saint-Ambroise-des-Monts, QC J0K 9Z9"
PAV = "Pavillon Lacasse-Dion"

CLINICS = {
    "ic": ("Clinique d'insuffisance cardiaque", "Heart Failure Clinic", "450-555-0142"),
    "rehab": ("Programme de réadaptation cardiaque", "Cardiac Rehabilitation Programme", "450-555-0147"),
    "device": ("Clinique des stimulateurs et défibrillateurs", "Pacemaker and ICD Clinic", "450-555-0151"),
    "echo": ("Laboratoire d'échocardiographie", "Echocardiography Lab", "450-555-0156"),
    "holter": ("Laboratoire Holter et ECG", "Holter and ECG Lab", "450-555-0158"),
    "unit": ("Unité de cardiologie, 4e Nord", "Cardiology Unit, 4 North", "450-555-0163"),
}

# ---------------------------------------------------------------- people
# Staff surnames never overlap NAM holders' or invented patients' surnames.
STAFF = [
    ("Isabelle", "Charbonneau", "F", "Dre", "cardiologue"),
    ("Mathieu", "Desjardins", "M", "Dr", "cardiologue"),
    ("Karine", "Villeneuve", "F", "", "infirmière praticienne spécialisée"),
    ("Olivier", "Marchand", "M", "Dr", "électrophysiologiste"),
    ("Nadia", "Beauchemin", "F", "", "infirmière clinicienne"),
    ("Priya", "Ramanathan", "F", "Dre", "cardiologue"),
    ("Étienne", "Lussier", "M", "", "kinésiologue"),
    ("Chantal", "Paradis", "F", "", "agente administrative"),
    ("Hugo", "Tessier", "M", "", "technologue en électrophysiologie"),
    ("Julie", "Rivard", "F", "", "pharmacienne"),
    ("Benoît", "Gosselin", "M", "", "chef de service"),
    ("Amélie", "Poulin", "F", "", "travailleuse sociale"),
    ("Samuel", "Bilodeau", "M", "", "technologue en échographie"),
    ("Véronique", "Houle", "F", "", "nutritionniste"),
    ("Daniel", "Okafor", "M", "Dr", "interniste"),
    ("Rachel", "Whitfield", "F", "Dr", "cardiologist"),
    ("Francis", "Delorme", "M", "", "physiothérapeute"),
    ("Sophie", "Ducharme", "F", "", "coordonnatrice"),
    ("Yannick", "Lalonde", "M", "", "technicien informatique"),
    ("Mélanie", "Auclair", "F", "", "assistante-infirmière-chef"),
    ("Jonathan", "St-Onge", "M", "Dr", "résident en cardiologie"),
    ("Laura", "Kaczmarek", "F", "", "infirmière de liaison"),
    ("Thomas", "Abernathy", "M", "Dr", "médecin de famille"),
    ("Élise", "Vaillancourt", "F", "", "archiviste médicale"),
    ("Marc-André", "Cormier", "M", "", "acheteur"),
    ("Nathan", "Schwartz", "M", "Dr", "cardiologue"),
    ("Lucie", "Bergevin", "F", "", "secrétaire médicale"),
    ("Kevin", "Ng", "M", "", "analyste"),
]

# Invented patients (not NAM holders); surnames distinct from NAM holders.
PAT_SURNAMES = ["Tremblay", "Lavoie", "Bergeron", "Côté", "Dubé", "Gingras", "Pépin", "Ouimet",
                "Desrosiers", "Vachon", "Lemieux", "Caouette", "Beaulieu", "Hébert", "Proulx",
                "Lachance", "Fontaine", "O'Brien", "Kowalski", "Nguyen", "Haddad", "Rahman",
                "Fitzgerald", "Murphy", "Giroux", "Boisvert", "Laberge", "Racine", "Leclerc",
                "Sirois", "Drouin", "Thériault", "Vézina", "McKenzie", "Arsenault",
                "Chabot", "Doucet", "Labrecque", "Nolet"]
PAT_GIVEN_F = ["Ginette", "Rolande", "Lise", "Huguette", "Margaret", "Thérèse", "Carole", "Yvette",
               "Francine", "Jocelyne", "Doris", "Patricia", "Fatima", "Linh", "Gisèle", "Claudette"]
PAT_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Roger", "Kenneth", "Yvon", "Fernand", "Raymond",
               "Gilbert", "Léo", "Bernard", "Walter", "Karim", "Minh", "Rosaire", "Conrad"]

STREETS = ["rue des Pivoines", "rang Saint-Joseph", "avenue du Lac-Noir", "rue Principale",
           "chemin de la Montagne", "rue des Cèdres", "boulevard Champlain", "rue Sainte-Cécile",
           "montée Gagné", "rue du Moulin", "Maple Street", "rue Panet"]
TOWNS = [("Saint-Ambroise-des-Monts", "J0K"), ("Lac-aux-Hérons", "J0K"), ("Sainte-Ursule", "J0L"),
         ("Val-Brûlé", "J0T"), ("Rivière-Grise", "J0L"), ("Notre-Dame-du-Roc", "J0K")]


def staff_email(person):
    given, sur = person[0], person[1]
    g = fold(given).lower().replace(" ", "")
    s = fold(sur).lower().replace(" ", "").replace("'", "")
    return f"{g[0]}{s}@{DOM}".replace("--", "-")


def staff_display(person, with_title=True):
    t = person[3]
    return (f"{t} {person[0]} {person[1]}" if (t and with_title) else f"{person[0]} {person[1]}")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- NAM holders
def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given, "dob": dt.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{serial:03d}"
        n = int(("2" if dob.year >= 2000 else "") + base)
        num = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "35"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
        num = body + f"{97 - int(body) % 97:02d}"
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return f"{rng.randrange(100000, 999999)}"


def luhn_serial(rng, ndig=9, first="2"):
    body = first + "".join(str(rng.randrange(10)) for _ in range(ndig - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- disguises
FW = {ord(c): chr(0xFF10 + int(c)) for c in "0123456789"}
FW_L = {ord(c): chr(0xFF21 + ord(c) - 65) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s, letters=False):
    s = s.translate(FW)
    return s.translate(FW_L) if letters else s


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": f"{a} {b} {c}",
        "dashed": f"{a}-{b}-{c}",
        "dotted": f"{a}.{b}.{c}",
        "lower": nam.lower(),
        "slashed": f"{a}/{b}/{c}",
        "fullwidth": a + fullwidth(b + c),
        "wide": " ".join(nam[:4]) + " " + b + " " + c,
    }[style]


def group_digits(num, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(num[i:i + n])
        i += n
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def fmt_sin(num, style):
    return {"plain": num, "spaced": group_digits(num, (3, 3, 3), " "),
            "dashed": group_digits(num, (3, 3, 3), "-"), "dotted": group_digits(num, (3, 3, 3), "."),
            "fullwidth": fullwidth(group_digits(num, (3, 3, 3), " "))}[style]


def fmt_ohip(num, style, vc="AB"):
    return {"plain": num + vc, "spaced": group_digits(num, (4, 3, 3), " ") + " " + vc,
            "dashed": group_digits(num, (4, 3, 3), "-") + "-" + vc,
            "bare": num}[style]


def fmt_niss(num, style):
    return {"plain": num, "official": f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
            "spaced": f"{num[:6]} {num[6:9]} {num[9:]}"}[style]


def fmt_nir(num, style):
    return {"plain": num,
            "spaced": f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}",
            "dotted": f"{num[0]}.{num[1:3]}.{num[3:5]}.{num[5:7]}.{num[7:10]}.{num[10:13]}.{num[13:]}"}[style]


def fmt_mrn(num, style):
    return {"plain": num, "prefixed": f"{ORG_SHORT}-{num}", "dashed": f"{num[:3]}-{num[3:]}",
            "spaced": f"{num[:3]} {num[3:]}", "slashed": f"{num[:2]}/{num[2:]}",
            "fullwidth": fullwidth(num), "dotted": f"{num[:3]}.{num[3:]}"}[style]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, style):
    return {"iso": d.isoformat(), "dmy": d.strftime("%d/%m/%Y"), "ymd_slash": d.strftime("%Y/%m/%d"),
            "dmy_dash": d.strftime("%d-%m-%Y"), "dotted": d.strftime("%Y.%m.%d"),
            "long_fr": f"{d.day} {MOIS[d.month - 1]} {d.year}",
            "long_en": f"{MONTHS[d.month - 1]} {d.day}, {d.year}"}[style]


DOB_STYLES = ["iso", "dmy", "ymd_slash", "dmy_dash", "dotted"]


def dob_variants(d):
    return [fmt_date(d, s) for s in DOB_STYLES + ["long_fr", "long_en"]]


def title_for(sex, lang):
    if lang == "fr":
        return "Mme" if sex == "F" else "M."
    return "Mrs." if sex == "F" else "Mr."


def name_form(given, sur, sex, lang, style):
    """Return a rendering of a patient's name."""
    if style == "full":
        return f"{given} {sur}"
    if style == "title":
        return f"{title_for(sex, lang)} {given} {sur}"
    if style == "title_sur":
        return f"{title_for(sex, lang)} {sur}"
    if style == "upper_comma":
        return f"{sur.upper()}, {given}"
    if style == "comma":
        return f"{sur}, {given}"
    if style == "lower":
        return f"{given.lower()} {sur.lower()}"
    if style == "initial":
        return f"{given[0]}. {sur}"
    if style == "sur_first":
        return f"{sur.upper()} {given}"
    raise ValueError(style)


class Patient:
    """A patient with optional identifiers."""

    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.mrn = None
        self.addr = None
        self.phone = None

    def name(self, lang, style):
        return name_form(self.given, self.surname, self.sex, lang, style)

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def invented_patient(rng, used):
    while True:
        sex = rng.choice("FM")
        given = rng.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
        sur = rng.choice(PAT_SURNAMES)
        if (given, sur) not in used:
            used.add((given, sur))
            break
    dob = dt.date(rng.randrange(1932, 1975), rng.randrange(1, 13), rng.randrange(1, 29))
    p = Patient(given, sur, sex, dob)
    return p


def home_address(rng, lang="fr"):
    town, fsa = rng.choice(TOWNS)
    num = rng.randrange(12, 4800)
    street = rng.choice(STREETS)
    pc = f"{fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randrange(0, 9)}"
    apt = rng.choice(["", "", f", app. {rng.randrange(1, 12)}"])
    if lang == "fr":
        return f"{num}, {street}{apt}, {town} (Québec) {pc}"
    return f"{num} {street}{apt.replace('app.', 'apt')}, {town}, QC {pc}"


def personal_phone(rng):
    return f"{rng.choice(['450', '819', '514', '579'])}-555-01{rng.randrange(0, 100):02d}"


def signature(person, clinic, lang):
    fr, en, tel = CLINICS[clinic]
    if lang == "fr":
        return (f"--\n{staff_display(person)}\n{person[4].capitalize()}\n{fr}\n{ORG_FR}\n{ADDR}\n"
                f"Tél. : {tel}  |  Téléc. : {tel[:-2]}{int(tel[-2:]) + 1:02d}")
    return (f"--\n{staff_display(person)}\n{en}\n{ORG_EN}\n{ADDR_EN}\n"
            f"Phone {tel} | Fax {tel[:-2]}{int(tel[-2:]) + 1:02d}")


def new_rng(*keys):
    return random.Random(f"{SEED}:" + ":".join(str(k) for k in keys))
