"""Shared helpers: seed, invented organisations, people, identifiers and formatting.

Everything here is invented.  RAMQ NAMs are read only from ../blind_nams.txt
(relative to this file's folder).
"""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25195
FLAVOUR = "prehospital care and ambulance service: paramedic transfers, dispatch liaison"

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")


def rng_for(tag, idx):
    """Independent deterministic generator for one message."""
    return random.Random("%d/%s/%d" % (SEED, tag, idx))


# ---------------------------------------------------------------- organisations
ORG = {
    "name_fr": "Corporation préhospitalière des Trois-Vallées",
    "name_en": "Trois-Vallées Prehospital Corporation",
    "short": "CPTV",
    "domain": "cptv.example",
    "address": "2250, boulevard des Ambulanciers, Rivière-aux-Saules (Québec) J0X 1R0",
    "phone": "819 555-0100",
}
DISPATCH = {"name_fr": "Centre de communication santé des Trois-Vallées",
            "name_en": "Trois-Vallées Health Communication Centre",
            "short": "CCS-TV", "domain": "ccs-tv.example", "phone": "819 555-0111"}
HOSPITALS = [
    {"name": "Hôpital régional de Rivière-aux-Saules", "short": "HRRS", "domain": "hrras.example",
     "phone": "819 555-0120"},
    {"name": "CHU du Mont-Clair", "short": "CHUMC", "domain": "chumc.example", "phone": "514 555-0122"},
    {"name": "Centre hospitalier de Lac-Verdure", "short": "CHLV", "domain": "chlv.example",
     "phone": "819 555-0124"},
    {"name": "Hôpital Sainte-Odile", "short": "HSO", "domain": "hsteodile.example", "phone": "450 555-0126"},
]
ONT_HOSPITAL = {"name": "Kingsmere General Hospital", "short": "KGH", "domain": "kingsmere-gh.example",
                "phone": "613 555-0128"}
CLSC = {"name": "CLSC des Saules", "domain": "cisss-tv.example", "phone": "819 555-0130"}
PHARMACIES = [
    {"name": "Pharmacie Dubé et Lachance", "domain": "pharmadl.example", "fax": "819 555-0132"},
    {"name": "Pharmacie du Carrefour Verdure", "domain": "phcv.example", "fax": "819 555-0134"},
]
TOWNS = ["Rivière-aux-Saules", "Lac-Verdure", "Val-des-Pins", "Saint-Aubin-des-Monts",
         "Sainte-Odile-du-Lac", "Port-Hélène", "Mont-Clair", "Saint-Rémi-de-la-Baie"]
STREETS = ["rue des Érables", "chemin du Rang-Sept", "avenue Principale", "rue Saint-Onésime",
           "montée des Bouleaux", "rue du Quai", "boulevard Lamontagne", "rue des Hirondelles",
           "chemin de la Grève", "rue Champêtre", "avenue des Pins-Gris", "rang Double"]
BASES = ["base Val-des-Pins", "base Lac-Verdure", "base centrale Rivière-aux-Saules",
         "base Port-Hélène", "base Saint-Aubin"]
UNITS = ["9-3-41", "9-3-42", "9-3-47", "9-4-12", "9-4-15", "9-5-03", "9-5-08", "9-6-21"]

# ---------------------------------------------------------------- people
SURNAMES = ["Tremblay", "Lavoie", "Côté", "Bergeron", "Lemieux", "Desjardins", "Béland", "Gingras",
            "Vaillancourt", "Poulin", "Dufour", "Lévesque", "Ouimet", "Charbonneau", "Bisson",
            "Lachance", "Turcotte", "Beaulieu", "Dionne", "Hébert", "Leclerc", "Gosselin",
            "Fréchette", "Rioux", "Perron", "Cyr", "Dubé", "Boivin", "Picard", "Labrecque",
            "Marchand", "Veilleux", "Duchesne", "Lafrance", "Bolduc", "Gervais", "Paradis",
            "Thériault", "Dallaire", "Sirois", "Bélisle", "Jolicoeur", "Proulx", "Lamarche",
            "Campbell", "Fletcher", "O'Neill", "Harrington", "McKenzie", "Whitfield", "Donnelly",
            "Patterson", "Kowalski", "Nguyen", "Okafor", "Haddad", "Singh", "Ferreira", "Rossi",
            "Chen", "Abernathy", "Lindqvist", "Morrissette", "Brassard", "Gallant", "Arsenault"]
GIVEN_F = ["Ginette", "Lucie", "Chantal", "Hélène", "Monique", "Julie", "Isabelle", "Karine",
           "Véronique", "Rachel", "Patricia", "Margaret", "Alice", "Fatima", "Linh", "Nadia",
           "Élodie", "Solange", "Yvette", "Colette", "Brenda", "Heather", "Amélie", "Rosalie"]
GIVEN_M = ["Réjean", "Gaétan", "Normand", "Sylvain", "Mathieu", "Olivier", "François", "Yves",
           "Raymond", "Bernard", "Kevin", "Patrick", "Ahmed", "Tuan", "Hugo", "Jérôme", "Alain",
           "Denis", "Gordon", "Trevor", "Félix", "Armand", "Léo", "Maxime"]


def load_nams():
    """Rows of ../blind_nams.txt: dicts surname, given, dob (date), sex, nam."""
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": given, "sex": sex, "nam": nam,
                         "dob": dt.date.fromisoformat(dob)})
    return rows


NAM_ROWS = load_nams()
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


NAM_SURNAMES = {fold(r["surname"]) for r in NAM_ROWS}
SURNAMES = [s for s in SURNAMES if fold(s) not in NAM_SURNAMES]


class People:
    """Draws distinct invented names (never a NAM holder's surname)."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def person(self, sex=None):
        rng = self.rng
        for _ in range(200):
            sx = sex or rng.choice("FM")
            given = rng.choice(GIVEN_F if sx == "F" else GIVEN_M)
            sur = rng.choice(SURNAMES)
            if (given, sur) not in self.used:
                self.used.add((given, sur))
                return {"given": given, "surname": sur, "sex": sx}
        raise RuntimeError("name pool exhausted")


def email_local(p):
    return (fold(p["given"])[0] + fold(p["surname"])).replace("'", "").replace(" ", "")


def staff_addr(p, domain):
    return "%s.%s@%s" % (fold(p["given"]).replace(" ", ""), fold(p["surname"]).replace("'", ""), domain)


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567 9".replace(" ", ""))
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != "0" and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        n = int(("2" if dob.year >= 2000 else "") + base)
        num = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 33, 35, 37, 44, 49, 59, 69, 75, 86, 92])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            "%03d" % rng.randrange(1, 990) + "%03d" % rng.randrange(1, 999)
        num = body + "%02d" % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return rng.choice(["H", "", "", "RS", ""]) + "".join(rng.choice("0123456789") for _ in range(7))


# ---------------------------------------------------------------- formatting
FW = {ord(c): chr(ord(c) - 0x30 + 0xFF10) for c in "0123456789"}


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {"plain": nam, "space": "%s %s %s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "dash": "%s-%s-%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
            "fw": a + fullwidth(b + c), "lower": nam.lower(), "space2": "%s %s" % (a, nam[4:])}[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"plain": n, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "fw": fullwidth("%s %s %s" % (a, b, c))}[style]


def fmt_ohip(n, style, vc="AB"):
    return {"plain": n, "dash": "%s-%s-%s" % (n[:4], n[4:7], n[7:]),
            "space": "%s %s %s" % (n[:4], n[4:7], n[7:]), "vc": "%s-%s-%s-%s" % (n[:4], n[4:7], n[7:], vc),
            "fw": fullwidth(n)}[style]


def fmt_niss(n, style):
    return {"plain": n, "dot": "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            "space": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])}[style]


def fmt_nir(n, style):
    parts = (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return {"plain": n, "space": " ".join(parts), "dot": ".".join(parts[:-1]) + "-" + parts[-1]}[style]


def fmt_mrn(m, style):
    d = m.lstrip("HRS")
    pre = m[: len(m) - len(d)]
    return {"plain": m, "space": pre + " ".join([d[:2], d[2:4], d[4:]]),
            "dash": pre + ("-" if pre else "") + d[:3] + "-" + d[3:], "dot": pre + d[:3] + "." + d[3:],
            "slash": pre + d[:2] + "/" + d[2:], "fw": pre + fullwidth(d)}[style]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "slash_iso":
        return d.strftime("%Y/%m/%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    raise ValueError(style)


def nam_dob(d, rng, lang="fr"):
    """Birth-date renderings for NAM holders: same date, a few unambiguous forms."""
    return fmt_date(d, rng.choice(["iso", "iso", "iso", "slash_iso", "long"]), lang)


def phone(rng, area=None):
    return "%s 555-01%02d" % (area or rng.choice(["819", "450", "514", "438", "873"]), rng.randrange(0, 100))


def home_address(rng):
    return "%d, %s%s, %s (Québec)" % (rng.randrange(12, 4800), rng.choice(STREETS),
                                      rng.choice(["", "", ", app. %d" % rng.randrange(1, 12)]),
                                      rng.choice(TOWNS))


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def when_for(rng):
    """A fixed timestamp in 2024 (local, -04:00 or -05:00)."""
    day = dt.date(2024, 2, 1) + dt.timedelta(days=rng.randrange(0, 280))
    tz = dt.timezone(dt.timedelta(hours=-4 if 3 <= day.month <= 10 else -5))
    return dt.datetime(day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(0, 60),
                       rng.randrange(0, 60), tzinfo=tz)
