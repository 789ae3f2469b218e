"""Shared data, identifiers and formatting helpers for the held-out corpus.

Flavour: speech-language pathology (orthophonie) and dysphagia clinic of an
invented Quebec hospital network.  Everything here is invented.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25217
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "CISSS des Trois-Rivages"
ORG_EN = "Trois-Rivages Integrated Health Network"
DOM = "trois-rivages.example"
CLINIC_FR = "Clinique d'orthophonie et de dysphagie"
CLINIC_EN = "Speech-Language and Swallowing Clinic"
SITES = [
    ("Hôpital de Val-Morency", "1200, boulevard des Ormeaux, Val-Morency (Québec)  J0X 1A0", "450 555-0110"),
    ("Hôpital Notre-Dame-des-Battures", "88, rue du Quai, Sainte-Anne-des-Battures (Québec)  G0Y 2B0", "418 555-0122"),
    ("Centre de réadaptation Le Phare", "45, chemin du Phare, Val-Morency (Québec)  J0X 1A2", "450 555-0134"),
    ("CLSC de Saint-Aubin", "310, rue Principale, Saint-Aubin (Québec)  J0Z 3C0", "819 555-0146"),
]
EXT_DOMAINS = {
    "pharmacy": ["pharmacie-jolicoeur.example", "pharmaprix-des-ormeaux.example", "uniprix-st-aubin.example"],
    "gmf": ["gmf-des-pins.example", "gmf-riviere-claire.example"],
    "ent": ["clinique-orl-du-parc.example"],
    "insurer": ["assurances-boreal.example", "mutuelle-laurentide.example"],
    "transport": ["transport-adapte-laurentin.example", "taxibus-val-morency.example"],
    "school": ["css-des-rivages.example"],
    "chsld": ["chsld-les-tilleuls.example", "residence-le-belvedere.example"],
    "ontario": ["ottawa-east-rehab.example"],
    "vendor": ["nutrimed-distribution.example", "medisource-quebec.example", "laryngo-tech.example"],
    "assoc": ["aqoa-orthophonie.example", "dysphagie-reseau.example"],
}

# Staff pool: disjoint from every NAM holder's surname and given name and
# from the patient pool.
STAFF_GIVEN_F = ["Amélie", "Béatrice", "Catherine", "Daphné", "Éloïse", "Florence", "Isabelle", "Karine",
                 "Laurence", "Noémie", "Patricia", "Rachel", "Stéphanie", "Valérie", "Megan", "Aisha",
                 "Priya", "Rebecca", "Mélodie", "Annie", "Chantal", "Joanie", "Kim", "Heather"]
STAFF_GIVEN_M = ["Frédéric", "Guillaume", "Hugo", "Julien", "Maxime", "Olivier", "Thomas", "Yannick",
                 "Kevin", "Samuel", "Mathieu", "Étienne", "Raphaël", "Ian", "Nicolas", "Patrick"]
STAFF_SURNAMES = ["Arsenault", "Beaulieu", "Charest", "Desrosiers", "Dufresne", "Gingras", "Hébert",
                  "Lachance", "Lavoie", "Mercier", "Nolin", "Ouimet", "Proulx", "Rioux", "Sauvé",
                  "Whitfield", "O'Connor", "Patel", "Nguyen", "Kowalski", "Fitzgerald", "Haddad",
                  "Chen", "Létourneau", "Boisvert", "Gendron", "Laplante", "Dion", "Vézina", "Bergeron"]
STAFF_ROLES_FR = ["orthophoniste", "orthophoniste", "orthophoniste", "nutritionniste", "inf. clinicienne",
                  "agente administrative", "chef de service", "ergothérapeute", "physiatre", "ORL",
                  "radiologiste", "coordonnatrice clinique", "technicienne en radiologie"]
STAFF_ROLES_EN = ["Speech-Language Pathologist", "S-LP", "Clinical Dietitian", "Nurse Clinician",
                  "Administrative Officer", "Program Manager", "Occupational Therapist", "Physiatrist",
                  "Otolaryngologist", "Clinical Coordinator", "Radiology Technologist"]

# Patient pool for patients WITHOUT a NAM (disjoint from staff and NAM holders).
PAT_GIVEN_F = ["Ginette", "Huguette", "Jocelyne", "Lise", "Micheline", "Rita", "Thérèse", "Yolande",
               "Margaret", "Dorothy", "Agnès", "Colette", "Lucie", "Brigitte", "Maëlle", "Léa",
               "Chloé", "Rose", "Eleanor", "Monique", "Nicole", "Pauline", "Francine", "Irène"]
PAT_GIVEN_M = ["Gaston", "Réjean", "Fernand", "Armand", "Rosaire", "Normand", "Harold", "Walter",
               "Benoît", "Jean-Guy", "Lucien", "Théo", "Noah", "Félix", "Arthur", "Edmond",
               "Raymond", "Conrad", "Gérard", "Bernard", "Victor", "Émile", "Wilfrid", "Adrien"]
PAT_SURNAMES = ["Arcand", "Beauchemin", "Champagne", "Deschênes", "Fréchette", "Goyette", "Lafleur",
                "Marchand", "Pépin", "Quintal", "Rousseau", "Séguin", "Turcotte", "Vachon",
                "Allard", "Brisebois", "Dubeau", "Henderson", "Kaczmarek", "Murphy", "O'Neill",
                "Petrakis", "Sullivan", "Walsh", "Yilmaz", "Labelle", "Desjardins", "Bolduc",
                "Grenier", "Lemieux", "Thériault", "Plourde", "Béland", "Cormier", "Gallant"]
BE_SURNAMES = ["Vandenberghe", "Janssens", "Peeters", "Dewulf", "Lambotte", "Vermeulen"]
FR_SURNAMES = ["Lemaire", "Garnier", "Chevalier", "Fabre", "Perrin", "Lebrun"]
ON_SURNAMES = ["Kowalczyk", "MacLeod", "Fraser", "Robertson", "Sinclair", "McAllister"]

STREETS = ["rue des Érables", "rue Saint-Louis", "avenue du Parc", "rang du Petit-Bois", "rue Papineau",
           "chemin de la Grève", "rue Notre-Dame Ouest", "boulevard Lacroix", "rue des Pins",
           "montée Sainte-Marie", "rue Champlain", "avenue Laurier"]
TOWNS = [("Val-Morency", "J0X"), ("Saint-Aubin", "J0Z"), ("Sainte-Anne-des-Battures", "G0Y"),
         ("Lac-aux-Sables-Nord", "G0X"), ("Pointe-Claire-Est", "H9X"), ("Gatineau-Sud", "J8Z")]

FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def load_nams():
    """Read ../blind_nams.txt relative to this file."""
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given,
                        "dob": datetime.date.fromisoformat(dob), "sex": sex, "nam": nam})
    return out


def fold(s):
    """Lower case, accents removed, full-width folded."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


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


def ohip_valid(num):
    digits = "".join(c for c in unicodedata.normalize("NFKC", num) if c.isdigit())
    return len(digits) == 10 and luhn.is_valid(digits)


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == "M"):
            continue
        first9 = dob.strftime("%y%m%d") + "%03d" % counter
        base = int(("2" if dob.year >= 2000 else "") + first9)
        num = first9 + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            "%03d" % rng.randrange(1, 990) + "%03d" % rng.randrange(1, 999)
        num = body + "%02d" % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return "%d%06d" % (rng.randrange(1, 9), rng.randrange(1000000))


def valid_id(kind, value):
    """Checksum check of an identifier as written (separators and full-width allowed)."""
    v = unicodedata.normalize("NFKC", value)
    digits = "".join(c for c in v if c.isdigit())
    if kind == "ca_sin":
        return ca_sin.is_valid(digits)
    if kind == "ca_health_number":
        return ohip_valid(digits)
    if kind == "be_niss":
        return be_nn.is_valid(digits)
    if kind == "fr_nir":
        return fr_nir.is_valid(digits)
    return True


# ---------------------------------------------------------------- formatting

def fw(s):
    return s.translate(FULLWIDTH)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return group(nam, [4, 4, 4], " ")
    if style == "dashed":
        return group(nam, [4, 4, 4], "-")
    if style == "dotted":
        return group(nam, [4, 2, 2, 4], ".")
    if style == "fullwidth":
        return nam[:4] + " " + fw(nam[4:])
    if style == "lower":
        return nam.lower()
    return nam


def fmt_sin(num, style):
    return {"plain": num, "spaced": group(num, [3, 3, 3], " "), "dashed": group(num, [3, 3, 3], "-"),
            "dotted": group(num, [3, 3, 3], "."), "fullwidth": fw(group(num, [3, 3, 3], " ")),
            "slashed": group(num, [3, 3, 3], "/")}.get(style, num)


def fmt_ohip(num, version, style):
    core = {"plain": num, "spaced": group(num, [4, 3, 3], " "), "dashed": group(num, [4, 3, 3], "-"),
            "dotted": group(num, [4, 3, 3], "."), "fullwidth": fw(group(num, [4, 3, 3], " "))}.get(style, num)
    if not version:
        return core
    return core + ("-" if style == "dashed" else " ") + version


def fmt_niss(num, style):
    if style == "official":
        return "%s.%s.%s-%s.%s" % (num[0:2], num[2:4], num[4:6], num[6:9], num[9:11])
    return {"plain": num, "spaced": group(num, [6, 3, 2], " "), "dashed": group(num, [6, 3, 2], "-"),
            "fullwidth": fw(num)}.get(style, num)


def fmt_nir(num, style):
    if style == "spaced":
        return group(num, [1, 2, 2, 2, 3, 3, 2], " ")
    if style == "dotted":
        return group(num, [1, 2, 2, 2, 3, 3, 2], ".")
    if style == "key":
        return num[:13] + " clé " + num[13:]
    if style == "fullwidth":
        return fw(group(num, [1, 2, 2, 2, 3, 3, 2], " "))
    return num


def fmt_mrn(num, style):
    return {"plain": num, "spaced": group(num, [3, 4], " "), "dashed": group(num, [1, 3, 3], "-"),
            "dotted": group(num, [3, 2, 2], "."), "slashed": group(num, [2, 5], "/"),
            "fullwidth": fw(num), "prefixed": "H" + num, "zeros": "00" + num}.get(style, num)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "us":
        return "%s %d, %d" % (MONTHS_EN[d.month - 1][:3], d.day, d.year)
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    return d.isoformat()


def fmt_name(p, style, lang="fr"):
    g, s = p["given"], p["surname"]
    title_fr = "Mme" if p["sex"] == "F" else "M."
    title_en = "Mrs." if p["sex"] == "F" else "Mr."
    if style == "full":
        return "%s %s" % (g, s)
    if style == "title":
        return "%s %s %s" % (title_fr if lang == "fr" else title_en, g, s)
    if style == "title_sur":
        return "%s %s" % (title_fr if lang == "fr" else title_en, s)
    if style == "upper_comma":
        return "%s, %s" % (s.upper(), g)
    if style == "comma":
        return "%s, %s" % (s, g)
    if style == "lower":
        return ("%s %s" % (g, s)).lower()
    if style == "initial":
        return "%s. %s" % (g[0], s)
    if style == "sur_initial":
        return "%s %s." % (s, g[0])
    if style == "upper":
        return "%s %s" % (s.upper(), g.upper())
    return "%s %s" % (g, s)


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


class Ctx:
    """Random source plus patient / staff factories for one corpus run."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self._nam_order = order
        self._nam_used = set()
        self._pat_used = set()
        self.base = datetime.datetime(2025, 1, 6, 8, 0)

    # -- people
    def staff(self, sex=None, lang="fr"):
        r = self.rng
        sex = sex or r.choice("FFFM")
        given = r.choice(STAFF_GIVEN_F if sex == "F" else STAFF_GIVEN_M)
        sur = r.choice(STAFF_SURNAMES)
        role = r.choice(STAFF_ROLES_FR if lang == "fr" else STAFF_ROLES_EN)
        local = strip_accents("%s.%s" % (given, sur)).lower().replace("'", "").replace(" ", "")
        return {"given": given, "surname": sur, "sex": sex, "role": role,
                "name": "%s %s" % (given, sur), "email": "%s@%s" % (local, DOM)}

    def clerk(self, lang="fr"):
        s = self.staff(lang=lang)
        s["role"] = self.rng.choice(["agente administrative", "technicienne en administration", "secrétaire médicale"]
                                    if lang == "fr" else ["Administrative Officer", "Unit Clerk", "Medical Secretary"])
        return s

    def nam_patient(self, kind="any"):
        """Next NAM holder (in a seeded order) fitting the age band; reuse only
        once every fitting holder has been used."""
        def fits(rec):
            age = age_on(rec["dob"], datetime.date(2025, 6, 1))
            return kind == "any" or (kind == "child" and age < 18) or (kind == "adult" and age >= 18) \
                or (kind == "senior" and age >= 60)
        cands = [i for i in self._nam_order if fits(self.nams[i])]
        fresh = [i for i in cands if i not in self._nam_used]
        i = (fresh or cands)[0]
        self._nam_used.add(i)
        if not fresh:
            self._nam_order.remove(i)
            self._nam_order.append(i)
        p = dict(self.nams[i])
        p["has_nam"] = True
        return p

    def patient(self, pool=None, min_age=2, max_age=96, sex=None):
        r = self.rng
        while True:
            sex_ = sex or r.choice("FM")
            given = r.choice(PAT_GIVEN_F if sex_ == "F" else PAT_GIVEN_M)
            sur = r.choice(pool or PAT_SURNAMES)
            if (given, sur) not in self._pat_used:
                self._pat_used.add((given, sur))
                break
        age = r.randint(min_age, max_age)
        dob = datetime.date(2025 - age, r.randint(1, 12), r.randint(1, 28))
        return {"given": given, "surname": sur, "sex": sex_, "dob": dob, "has_nam": False}

    def address(self):
        r = self.rng
        town, fsa = r.choice(TOWNS)
        return "%d, %s, %s (Québec)  %s %d%s%d" % (
            r.randint(12, 4800), r.choice(STREETS), town, fsa, r.randint(1, 9),
            r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))

    def phone(self, area=None):
        r = self.rng
        return "%s 555-01%02d" % (area or r.choice(["450", "819", "418", "514", "579"]), r.randint(0, 99))

    def when(self, day_span=300):
        r = self.rng
        d = self.base + datetime.timedelta(days=r.randrange(day_span), minutes=r.randrange(0, 600))
        return d

    def appt(self, after, days=(2, 40)):
        r = self.rng
        d = after.date() + datetime.timedelta(days=r.randint(*days))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return datetime.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13, 14, 15]),
                                 r.choice([0, 15, 30, 45]))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p
