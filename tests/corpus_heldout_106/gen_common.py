"""Shared helpers: deterministic RNG, people pools, identifiers (validated with python-stdnum).

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

# --------------------------------------------------------------------------- pools
# Staff surnames: disjoint from every NAM holder's surname and from patient pools.
STAFF_SURNAMES = [
    "Tremblay", "Côté", "Lavoie", "Bergeron", "Dubé", "Lévesque", "Beaulieu", "Gingras",
    "Desjardins", "Rioux", "Lachance", "Charest", "Vaillancourt", "Patel", "Nguyen", "Chen",
    "O'Brien", "Kowalski", "Haddad", "Mercier", "Dufour", "Boivin", "Drouin", "Lemieux",
    "Proulx", "Bolduc", "Turcotte", "Hébert", "Langlois", "Perreault", "St-Pierre", "Cormier",
    "Arsenault", "Robichaud", "Fontaine", "Després", "Lussier", "Sauvé", "Wong", "Kaur",
]
STAFF_GIVEN_F = ["Isabelle", "Julie", "Catherine", "Marie-Ève", "Annie", "Valérie", "Karine",
                 "Mélanie", "Stéphanie", "Nadia", "Priya", "Linda", "Rachel", "Amélie", "Joanne",
                 "Chantal", "Émilie", "Hélène", "Audrey", "Mei"]
STAFF_GIVEN_M = ["François", "Mathieu", "Sébastien", "Patrick", "Alexandre", "Éric", "Yannick",
                 "Martin", "Hugo", "Kevin", "Raj", "Daniel", "Olivier", "Vincent", "Simon",
                 "Benoît", "Jonathan", "Guillaume", "Tom", "Samuel"]

# Patients without a NAM: disjoint from NAM holders' surnames and from staff surnames.
PAT_SURNAMES = [
    "Dion", "Lafleur", "Marchand", "Beauchamp", "Ferland", "Gosselin", "Jolicoeur", "Audet",
    "Vézina", "Labbé", "Grenier", "Bisson", "Leclerc", "Paradis", "Doucet", "Harvey", "Fraser",
    "Campbell", "Murphy", "Kelly", "Singh", "Ahmed", "Diallo", "Ramirez", "Santos", "Lacasse",
    "Brassard", "Veilleux", "Bédard", "Plourde", "Rousseau", "Thériault", "Sirois", "Pouliot",
    "Gendron", "Laplante", "Morneau", "Castonguay", "Huard", "Nolet", "Okafor", "Reyes",
    "Kaplan", "Novak", "Bernier", "Lalonde",
]
PAT_GIVEN_F = ["Lucie", "Francine", "Monique", "Jacqueline", "Rose", "Aïcha", "Claire", "Lise",
               "Gabrielle", "Noémie", "Yvette", "Margaret", "Helen", "Fatima", "Léa", "Olivia",
               "Thérèse", "Carmen", "Jeanne", "Zoé"]
PAT_GIVEN_M = ["Gérard", "Réjean", "Normand", "Roger", "Yves", "Mamadou", "Luc", "Raymond",
               "Gaétan", "Félix", "Arthur", "Walter", "George", "Omar", "Nathan", "Édouard",
               "Bernard", "Carlos", "Jules", "Théo"]
BE_SURNAMES = ["Janssens", "Peeters", "Maes", "Claes", "Wouters", "Goossens"]
FR_SURNAMES = ["Dubois", "Lefèvre", "Moreau", "Garnier", "Chevalier", "Faure"]

TOWNS = [("Val-Fleuri", "J0X 2K0"), ("Saint-Aurèle-du-Lac", "G0Z 1Q0"), ("Pointe-aux-Érables", "J7Y 0C4"),
         ("Lac-Brumeux", "J0W 3R0"), ("Sainte-Ovide", "G0A 9V0"), ("Rivière-Tranquille", "J5Z 0B8")]
STREETS = ["rue des Mélèzes", "chemin du Rang-Double", "avenue des Pins-Gris", "rue Principale Ouest",
           "boulevard des Hirondelles", "rue du Moulin-Rouge", "montée des Sources", "rue Saint-Éloi"]
EN_TOWNS = [("Maple Hollow", "K0L 9Z0"), ("Fernbrook", "K7X 0A9"), ("Stony Harbour", "P0T 8Y0")]
EN_STREETS = ["Birchwood Crescent", "Old Mill Road", "Lakeview Drive", "Quarry Lane"]

AREA = ["514", "450", "819", "418", "438", "581", "873"]
ON_AREA = ["613", "705", "343"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def fold(s):
    """lower-case, accent-free, single-spaced."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.lower().split())


# --------------------------------------------------------------------------- NAM file
def load_nams():
    people = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append({"surname": sur, "given": given,
                           "dob": datetime.date.fromisoformat(dob), "sex": sex, "nam": nam,
                           "has_nam": True})
    return people


# --------------------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567" + "9")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    if style == 0:
        return "%s %s %s" % (num[:3], num[3:6], num[6:])
    if style == 1:
        return "%s-%s-%s" % (num[:3], num[3:6], num[6:])
    return num


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_ohip(num, vc, style):
    if style == 0:
        return "%s-%s-%s %s" % (num[:4], num[4:7], num[7:], vc)
    if style == 1:
        return "%s %s %s" % (num[:4], num[4:7], num[7:])
    return num + vc


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, counter)
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if std_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    if style == 0:
        return "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == 1:
        return "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["69", "75", "13", "33", "59", "44", "31", "67"])
        commune = "%03d" % rng.randrange(1, 400)
        order = "%03d" % rng.randrange(1, 999)
        base = ("1" if sex == "M" else "2") + "%02d%02d" % (dob.year % 100, dob.month) + dept + commune + order
        num = base + "%02d" % (97 - int(base) % 97)
        if std_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == 0:
        return "%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    return num


def luhn_serial(rng, n):
    """asset / serial numbers that happen to pass Luhn (hard negatives)."""
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def disguise_nam(nam, style):
    """Ways a RAMQ number is typed in real mail."""
    if style == "card":
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == "plain":
        return nam
    if style == "lower":
        return nam.lower()
    if style == "dots":
        return "%s.%s.%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "slash":
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "dash":
        return "%s-%s-%s-%s" % (nam[:4], nam[4:6], nam[6:8], nam[8:])
    if style == "spaced":
        return " ".join(nam)
    if style == "fullwidth":
        return "".join(FW.get(c, c) for c in nam)
    if style == "mixed":
        return nam[:4] + " " + "".join(FW.get(c, c) for c in nam[4:8]) + " " + nam[8:]
    raise ValueError(style)


NAM_STYLES = ["card", "card", "plain", "plain", "lower", "dots", "slash", "dash", "spaced",
              "fullwidth", "mixed", "card"]


# --------------------------------------------------------------------------- dates
def fmt_date(d, lang, style):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        if lang == "fr":
            return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 3:
        return d.strftime("%d-%m-%Y")
    return d.strftime("%Y/%m/%d")


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.nam_people = load_nams()
        order = list(range(len(self.nam_people)))
        self.rng.shuffle(order)
        self._nam_order = order
        self._nam_i = 0
        self._pat_used = set()
        self._staff_used = 0
        self.msg_counter = 0
        self.base = datetime.datetime(2024, 9, 2, 8, 0, 0)

    # ---- people
    def nam_person(self):
        p = self.nam_people[self._nam_order[self._nam_i % len(self._nam_order)]]
        self._nam_i += 1
        return dict(p)

    def patient(self, kind="qc"):
        rng = self.rng
        sex = rng.choice("MF")
        if kind == "be":
            sur = rng.choice(BE_SURNAMES)
        elif kind == "fr":
            sur = rng.choice(FR_SURNAMES)
        else:
            sur = rng.choice(PAT_SURNAMES)
        for _ in range(50):
            given = rng.choice(PAT_GIVEN_M if sex == "M" else PAT_GIVEN_F)
            if (sur, given) not in self._pat_used:
                break
            sur = rng.choice(PAT_SURNAMES)
        self._pat_used.add((sur, given))
        dob = datetime.date(rng.randrange(1932, 2021), rng.randrange(1, 13), rng.randrange(1, 29))
        return {"surname": sur, "given": given, "dob": dob, "sex": sex, "has_nam": False}

    def staff(self, sex=None):
        rng = self.rng
        sex = sex or rng.choice("MF")
        given = rng.choice(STAFF_GIVEN_M if sex == "M" else STAFF_GIVEN_F)
        return {"given": given, "surname": rng.choice(STAFF_SURNAMES), "sex": sex}

    # ---- misc values
    def phone(self, area=None):
        return "%s 555-01%02d" % (area or self.rng.choice(AREA), self.rng.randrange(0, 100))

    def phone_fmt(self, area=None):
        a = area or self.rng.choice(AREA)
        n = "%02d" % self.rng.randrange(0, 100)
        return self.rng.choice(["(%s) 555-01%s" % (a, n), "%s-555-01%s" % (a, n),
                                "%s.555.01%s" % (a, n), "%s 555-01%s" % (a, n)])

    def address(self, en=False):
        rng = self.rng
        if en:
            t, pc = rng.choice(EN_TOWNS)
            return "%d %s, %s ON  %s" % (rng.randrange(10, 990), rng.choice(EN_STREETS), t, pc)
        t, pc = rng.choice(TOWNS)
        return "%d, %s, %s (Québec) %s" % (rng.randrange(10, 3990), rng.choice(STREETS), t, pc)

    def mrn(self, style=None):
        rng = self.rng
        d = "".join(rng.choice("0123456789") for _ in range(7))
        style = rng.randrange(7) if style is None else style
        return [
            "MRN %s" % d,
            "No dossier : %s" % d,
            "dossier H-%s" % d,
            "# dossier HSA %s %s %s" % (d[0], d[1:4], d[4:]),
            "chart # %s" % d,
            "N° de dossier (CVB) : %s-%s" % (d[:3], d[3:]),
            "MRN: 00%s" % d,
        ][style]

    def when(self, day_span=200):
        d = self.base + datetime.timedelta(days=self.rng.randrange(0, day_span),
                                           minutes=self.rng.randrange(0, 600))
        return d

    def future_date(self, after, days=(1, 40)):
        return (after + datetime.timedelta(days=self.rng.randrange(*days))).date()

    def video_link(self):
        rng = self.rng
        tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        return rng.choice([
            "https://visio.telesante-boreale.example/j/%s" % tok,
            "https://meet.medlink-connect.example/room/%s?pwd=%s" % (rng.randrange(10**8, 10**9), tok[:6]),
            "https://rdv.cvb-virtuel.example/salle/%s" % tok,
            "https://lakeshore-vc.example/visit/%s" % tok,
        ])


def de_fr(s):
    """'de Luc Dion' / "d'Omar Faure"."""
    return ("d'" + s) if s[:1] in "AEIOUYÉÈHaeiouyéè" else ("de " + s)


def title_for(p, lang):
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Ms." if p["sex"] == "F" else "Mr."


def name_variant(p, lang, style):
    """How patient names are written in real mail."""
    g, s = p["given"], p["surname"]
    return [
        "%s %s" % (g, s),
        "%s %s" % (s.upper(), g),
        "%s, %s" % (s, g),
        "%s %s %s" % (title_for(p, lang), g, s),
        "%s %s" % (title_for(p, lang), s),
        "%s %s" % (g.lower(), s.lower()),
        "%s. %s" % (g[0], s),
        "%s %s" % (s, g),
    ][style]
