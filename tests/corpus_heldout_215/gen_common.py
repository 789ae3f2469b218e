# -*- coding: utf-8 -*-
"""Shared data and helpers: seed, organisation, names, identifiers, dates.

Wound care, ostomy and continence (SPSC) nursing clinic of an invented Quebec
hospital network. Everything here is invented.
"""
import datetime as dt
import hashlib
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25215
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

FINDING_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

ORG_FR = "CISSS de la Vallée-des-Hérons"
ORG_EN = "CISSS de la Vallée-des-Hérons (Héron Valley health network)"
CLINIC_FR = "Clinique de soins de plaies, stomies et continence (SPSC)"
CLINIC_EN = "Wound, Ostomy and Continence Clinic (WOC)"
DOMAIN = "cisss-vdh.example"
SITES = [
    ("Hôpital Saint-Aurèle", "1450, boul. des Hérons, Saint-Aurèle (Québec) J0X 2K0"),
    ("Hôpital de Pointe-aux-Merles", "88, rue du Quai, Pointe-aux-Merles (Québec) J0Y 1R0"),
    ("CLSC des Quatre-Vents", "312, rue Principale, Lac-Brunelle (Québec) J0Z 3B0"),
    ("CHSLD Les Bouleaux", "27, chemin des Bouleaux, Saint-Aurèle (Québec) J0X 2K4"),
]
CLINIC_PHONES = ["450 555-0100", "450 555-0101", "450 555-0102", "450 555-0103"]
CLINIC_FAX = "450 555-0109"

# ---------------------------------------------------------------- names
# Surnames of the NAM holders are never reused for anyone else.
PAT_SURNAMES = [
    "Tremblay", "Côté", "Lavoie", "Bergeron", "Lévesque", "Gingras", "Desjardins",
    "Ménard", "Dufour", "Poulin", "Vachon", "Lachance", "Turcotte", "Beaulieu",
    "Boivin", "Dion", "Gosselin", "Mercier", "Rioux", "Bérubé", "Gauvin", "Hébert",
    "Deschênes", "Charbonneau", "Picard", "Lacroix", "Cyr", "Drouin", "Paradis",
    "Bédard", "Proulx", "Lalonde", "Vaillancourt", "Grenier", "Bilodeau", "Carrier",
    "Cormier", "Daigle", "Fréchette", "Guay", "Laflamme", "Ouimet", "Rancourt",
    "Thériault", "Veilleux", "Asselin", "Brassard", "Cadieux", "Doucet", "Goulet",
    "Jutras", "Lamontagne", "Naud", "Pépin", "Tanguay", "Vézina", "St-Onge",
    "Campbell", "Murphy", "O'Brien", "Fraser", "McKenzie", "Gallagher", "Kowalski",
    "Nguyen", "Haddad", "Singh", "Okafor", "Papadopoulos", "Fernandes", "Walsh",
    "Harrington", "Sullivan", "Bennett", "Ibrahim", "Mensah", "Dumont-Gauthier",
]
STAFF_SURNAMES = [
    "Lemire", "Beauchemin", "Charest", "Robichaud", "Massé", "Dupras", "Francoeur",
    "Gervais", "Hamelin", "Lapierre", "Marcotte", "Nantel", "Ouellette", "Rivest",
    "Sicotte", "Trudel", "Vallières", "Bastien", "Courchesne", "Desrosiers",
    "Fugère", "Grégoire", "Lacasse", "Morissette", "Perreault", "Quirion",
    "Raymond", "Soucy", "Thivierge", "Vigneault", "Allard", "Beaudry",
    "MacLeod", "Kaur", "Osei", "Whitfield", "Lindqvist", "Carvalho", "Abboud",
    "Lafrenière", "Brisebois", "Champagne", "Dagenais", "Filion", "Gendron", "Houle",
    "Jolicoeur", "Lanthier", "Noël", "Poitras", "Rochon", "Sarrazin", "Turgeon", "Vanier",
    "Aubin", "Bolduc", "Duquette", "Émond", "Fafard", "Guérin", "Hudon", "Imbeault", "Joly",
    "Kirouac", "Laroche", "Meloche", "Nadon", "Paiement", "Racine", "Savoie", "Trottier",
    "Ahmed", "Nakamura", "O'Connor", "Petrov", "Sharma",
]
F_GIVEN = [
    "Ginette", "Lucie", "Francine", "Réjeanne", "Monique", "Hélène", "Chantal",
    "Julie", "Isabelle", "Mélanie", "Karine", "Véronique", "Annie", "Nicole",
    "Solange", "Thérèse", "Maude", "Émilie", "Catherine", "Audrey", "Patricia",
    "Margaret", "Linda", "Susan", "Karen", "Fatima", "Amira", "Priya", "Grace",
    "Yolande", "Colette", "Jocelyne", "Marie-Ève", "Anne-Sophie",
]
M_GIVEN = [
    "Réjean", "Gaétan", "Normand", "Yvon", "Serge", "Daniel", "François",
    "Benoît", "Stéphane", "Mathieu", "Jean-Guy", "Raymond", "Guy", "Alain",
    "Richard", "Kevin", "Steve", "Patrick", "Brian", "Thomas", "Omar", "Raj",
    "Kwame", "Hugo", "Félix", "Olivier", "Marcel", "Roger", "Clément",
    "Jean-Pierre", "Luc", "Denis",
]


def load_nam_holders():
    """Read ../blind_nams.txt (relative to this module)."""
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({
                "surname": sur, "given": given, "sex": sex, "nam": nam,
                "dob": dt.date.fromisoformat(dob),
            })
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = {h["surname"] for h in NAM_HOLDERS}
assert not NAM_SURNAMES & set(PAT_SURNAMES), NAM_SURNAMES & set(PAT_SURNAMES)
assert not NAM_SURNAMES & set(STAFF_SURNAMES)


def rng_for(tag):
    return random.Random("%d/%s" % (SEED, tag))


def fold(s):
    """Lower case, accents removed, NFKC (full-width -> ASCII)."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, sex, dob=None, nam=None):
        self.given, self.surname, self.sex = given, surname, sex
        self.dob, self.nam = dob, nam

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def form(self, style, lang="fr"):
        g, s = self.given, self.surname
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title":
            return "%s %s" % (self.title(lang), s)
        if style == "title_full":
            return "%s %s %s" % (self.title(lang), g, s)
        if style == "upper_comma":
            return "%s, %s" % (s.upper(), g)
        if style == "comma":
            return "%s, %s" % (s, g)
        if style == "lower":
            return ("%s %s" % (g, s)).lower()
        if style == "initials":
            return "%s. %s" % (g[0], s)
        if style == "surname_upper":
            return "%s %s" % (s.upper(), g)
        if style == "given":
            return g
        raise ValueError(style)


class People:
    """Hands out invented patients and staff without repeats."""

    def __init__(self):
        r = rng_for("people")
        self.pat_sur = PAT_SURNAMES[:]
        r.shuffle(self.pat_sur)
        self.staff_sur = STAFF_SURNAMES[:]
        r.shuffle(self.staff_sur)
        self.nams = NAM_HOLDERS[:]
        r.shuffle(self.nams)
        self.i_pat = self.i_staff = self.i_nam = 0
        self.used_nams = set()
        self.r = r

    def patient(self, r, age_lo=25, age_hi=92):
        sur = self.pat_sur[self.i_pat % len(self.pat_sur)]
        self.i_pat += 1
        sex = r.choice("FM")
        given = r.choice(F_GIVEN if sex == "F" else M_GIVEN)
        year = 2025 - r.randint(age_lo, age_hi)
        dob = dt.date(year, r.randint(1, 12), r.randint(1, 28))
        return Person(given, sur, sex, dob)

    def nam_patient(self, lo=None, hi=None):
        """Next unused NAM holder whose age (on 2025-01-01) is within [lo, hi]."""
        ref = dt.date(2025, 1, 1)
        ok = [h for h in self.nams
              if (lo is None or age_on(h["dob"], ref) >= lo) and (hi is None or age_on(h["dob"], ref) <= hi)]
        fresh = [h for h in ok if h["nam"] not in self.used_nams]
        h = (fresh or ok)[0] if fresh else ok[self.i_nam % len(ok)]
        self.i_nam += 1
        self.used_nams.add(h["nam"])
        return Person(h["given"], h["surname"], h["sex"], h["dob"], h["nam"])

    def staff(self, r, sex=None):
        sur = self.staff_sur[self.i_staff % len(self.staff_sur)]
        self.i_staff += 1
        sex = sex or r.choice("FM")
        given = r.choice(F_GIVEN if sex == "F" else M_GIVEN)
        return Person(given, sur, sex)


def staff_email(p, domain=DOMAIN):
    local = fold(p.given + "." + p.surname)
    local = "".join(c for c in local if c.isalnum() or c in ".-")
    return "%s@%s" % (local, domain)


def dr_short(p, lang):
    if lang == "fr":
        return ("Dre " if p.sex == "F" else "Dr ") + p.surname
    return "Dr. " + p.surname


def gx(p, fem, masc):
    return fem if p.sex == "F" else masc


def dr(p, lang):
    if lang == "fr":
        return ("Dre " if p.sex == "F" else "Dr ") + p.full
    return "Dr. " + p.full


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "fr_long":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if style == "en_long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def dob_forms(d):
    return [fmt_date(d, s) for s in ("iso", "dmy", "mdy", "fr_long", "en_long", "dots", "compact")]


def msg_datetime(r, lo=dt.date(2024, 9, 3), days=260):
    d = lo + dt.timedelta(days=r.randint(0, days))
    while d.weekday() >= 5 and r.random() < 0.85:
        d += dt.timedelta(days=1)
    t = dt.time(r.randint(7, 17), r.randint(0, 59), r.randint(0, 59))
    # EST/EDT, roughly
    off = -4 if (3 <= d.month <= 10) else -5
    return dt.datetime.combine(d, t, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers
FW = {c: chr(0xFF10 + int(c)) for c in "0123456789"}


def fullwidth(s):
    return "".join(FW.get(c, chr(ord(c) + 0xFEE0) if "A" <= c <= "Z" else c) for c in s)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return group(nam, (4, 4, 4), " ")
    if style == "dotted":
        return group(nam, (4, 4, 4), ".")
    if style == "hyphen":
        return group(nam, (4, 4, 4), "-")
    if style == "slash":
        return group(nam, (4, 2, 2, 2, 2), "/")
    if style == "lower":
        return group(nam, (4, 4, 4), " ").lower()
    if style == "fullwidth":
        return nam[:4] + " " + fullwidth(nam[4:8]) + " " + fullwidth(nam[8:])
    if style == "split6":
        return group(nam, (4, 6, 2), " ")
    raise ValueError(style)


NAM_STYLES = ["plain", "spaced", "dotted", "hyphen", "slash", "lower", "fullwidth", "split6"]


def make_sin(r):
    while True:
        first = r.choice("1234567")
        body = first + "".join(r.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(s, style):
    return {"plain": s, "spaced": group(s, (3, 3, 3), " "), "hyphen": group(s, (3, 3, 3), "-"),
            "dotted": group(s, (3, 3, 3), "."), "fullwidth": fullwidth(group(s, (3, 3, 3), " "))}[style]


def make_ohip(r):
    body = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def fmt_ohip(s, style, version=""):
    base = {"plain": s, "hyphen": group(s, (4, 3, 3), "-"), "spaced": group(s, (4, 3, 3), " "),
            "slash": group(s, (4, 3, 3), "/")}[style]
    return base + ((" " if style != "plain" else "") + version if version else "")


def make_niss(r, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        c = r.randint(1, 997)
        if (c % 2 == 1) != (sex == "M"):
            continue
        first9 = yymmdd + "%03d" % c
        base = int(("2" + first9) if dob.year >= 2000 else first9)
        num = first9 + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def fmt_niss(s, style):
    if style == "plain":
        return s
    if style == "be":
        return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:11])
    if style == "spaced":
        return group(s, (6, 3, 2), " ")
    raise ValueError(style)


def make_nir(r, dob, sex):
    while True:
        dept = r.choice(["75", "69", "13", "33", "59", "44", "35", "67", "31", "06"])
        s = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % r.randint(1, 400) + "%03d" % r.randint(1, 999)
        num = s + "%02d" % (97 - int(s) % 97)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(s, style):
    if style == "plain":
        return s
    if style == "spaced":
        return group(s, (1, 2, 2, 2, 3, 3, 2), " ")
    if style == "dotted":
        return group(s, (1, 2, 2, 2, 3, 3, 2), ".")
    raise ValueError(style)


def make_mrn(r):
    return "%07d" % r.randint(100000, 9999999)


def fmt_mrn(m, style):
    if style == "plain":
        return m
    if style == "H":
        return "H-" + m
    if style == "spaced":
        return group(m, (1, 3, 3), " ")
    if style == "dotted":
        return group(m, (3, 4), ".")
    if style == "slash":
        return "SA/" + m
    if style == "fullwidth":
        return fullwidth(m)
    raise ValueError(style)


MRN_STYLES = ["plain", "H", "spaced", "dotted", "slash", "fullwidth"]


def luhn_serial(r, n=10):
    body = "".join(r.choice("0123456789") for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


# 555-0100..0109 clinic, 0130-0139 GMF, 0150-0189 organisations and vendors:
# personal numbers come from the rest.
PERSONAL_LINES = list(range(10, 30)) + list(range(40, 50)) + list(range(90, 100))


def phone(r):
    area = r.choice(["450", "514", "819", "579"])
    n = "%s 555-01%02d" % (area, r.choice(PERSONAL_LINES))
    return r.choice([n, n, "(%s) %s" % (n[:3], n[4:]), n.replace(" ", "-")])


STREETS = ["rue des Érables", "rue Saint-Jude", "chemin du Rang-Double", "avenue des Pins",
           "rue Cartier", "boul. Lafontaine", "rue du Moulin", "rang Sainte-Julie",
           "rue Victoria", "Maple Street", "rue de la Gare", "montée Robitaille"]
TOWNS = [("Saint-Aurèle", "J0X 2K1"), ("Pointe-aux-Merles", "J0Y 1R3"),
         ("Lac-Brunelle", "J0Z 3B5"), ("Sainte-Odile-des-Monts", "J0T 4C2"),
         ("Val-Héron", "J0V 1H8")]


def home_address(r):
    town, pc = r.choice(TOWNS)
    return "%d, %s, %s (Québec) %s" % (r.randint(12, 2890), r.choice(STREETS), town, pc)


def msgid(tag, domain=DOMAIN):
    h = hashlib.sha256(("%d:%s" % (SEED, tag)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def boundary(tag, n):
    h = hashlib.sha256(("b%d:%s:%d" % (SEED, tag, n)).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:12], h[12:20])
