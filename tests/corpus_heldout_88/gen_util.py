"""Shared helpers: deterministic randomness, invented people, identifiers.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt and
are always used with the person they belong to.  SIN, Ontario health numbers,
Belgian NISS and French NIR are generated and verified with python-stdnum.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.be import ssn as be_ssn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
REF_DATE = datetime.date(2025, 6, 1)


# ---------------------------------------------------------------- NAM holders
def load_nam_holders(path=None):
    path = path or os.path.join(HERE, "..", "blind_nams.txt")
    holders = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            holders.append({
                "surname": surname, "given": given,
                "dob": datetime.date.fromisoformat(dob), "sex": sex,
                "nam": nam, "holder": True,
            })
    return holders


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- name pools
# Patients (invented).  Deliberately disjoint from the staff pool below.
PAT_SURNAMES_FR = [
    "Tremblay", "Lavoie", "Bergeron", "Côté", "Desjardins", "Lévesque",
    "Gingras", "Dufour", "Poulin", "Fontaine", "Beaulieu", "Vaillancourt",
    "Mercier", "Dubé", "Charbonneau", "Lemieux", "Rousseau", "Plante",
    "Demers", "Bérubé", "Hébert", "Arsenault", "Turcotte", "Marcoux",
    "Boivin", "Laflamme", "Giguère", "Champagne", "Dion", "Deschênes",
    "Paradis", "Lachance", "Perreault", "Bisson", "Gosselin", "Lacroix",
    "Chabot", "Robitaille", "Villeneuve", "Audet", "St-Pierre", "Lapierre",
    "Després", "Labrecque", "Thériault-Roy", "Beauchemin", "Ménard",
]
PAT_SURNAMES_EN = [
    "O'Brien", "Campbell", "Patel", "Nguyen", "Kowalski", "Singh", "Murphy",
    "Fraser", "Stewart", "Chen", "Henderson", "Reid", "McKenzie", "Okafor",
    "Haddad", "Sullivan", "Doucette", "Grant", "Ferreira", "Novak",
]
PAT_GIVEN_FR = {
    "M": ["Jean-Guy", "Lucien", "Gaétan", "Rosaire", "Normand", "Bernard",
          "Raymond", "Fernand", "Réal", "Marcel", "Yvon", "Denis", "Mathis",
          "Noah", "Olivier", "William", "Jacob", "Félix", "Gilbert", "Benoît"],
    "F": ["Réjeanne", "Yvette", "Huguette", "Thérèse", "Pierrette", "Monique",
          "Lise", "Jacqueline", "Céline", "Léa", "Zoé", "Florence", "Éloïse",
          "Chloé", "Rosalie", "Francine", "Ghislaine", "Lucie", "Micheline"],
}
PAT_GIVEN_EN = {
    "M": ["Harold", "Kevin", "Aiden", "Wei", "Gordon", "Arthur", "Raj",
          "Brian", "Dennis", "Owen", "Ethan", "Walter"],
    "F": ["Margaret", "Dorothy", "Brenda", "Priya", "Fatima", "Eileen",
          "Shirley", "Amanda", "Grace", "Joan", "Maya", "Linda"],
}

# Staff, clinicians, vendor reps (invented).
STAFF = [
    ("Karine", "Dussault", "F", "inhalothérapeute"),
    ("Stéphane", "Ricard", "M", "inhalothérapeute"),
    ("Mélanie", "Brochu", "F", "inhalothérapeute"),
    ("Isabelle", "Fréchette", "F", "chef de service"),
    ("Patrick", "Hamel", "M", "coordonnateur"),
    ("Nancy", "Lalonde", "F", "agente administrative"),
    ("Éric", "Thériault", "M", "technologue en PSG"),
    ("Valérie", "Carrier", "F", "inhalothérapeute"),
    ("Julie", "Desrosiers", "F", "infirmière clinicienne"),
    ("Annie", "Sirois", "F", "kinésiologue"),
    ("Martin", "Lebrun", "M", "physiothérapeute"),
    ("Chantal", "Provencher", "F", "pharmacienne"),
    ("Sébastien", "Doyon", "M", "technicien biomédical"),
    ("Josiane", "Veilleux", "F", "inhalothérapeute"),
    ("Marc-André", "Lussier", "M", "inhalothérapeute"),
]
STAFF_EN = [
    ("Jennifer", "Walsh", "F", "RRT"),
    ("Tom", "Brennan", "M", "RRT"),
    ("Ashley", "Rowe", "F", "clinic coordinator"),
    ("Daniel", "Kerr", "M", "sleep technologist"),
    ("Samantha", "Holt", "F", "respiratory educator"),
    ("Michael", "Darby", "M", "biomedical technician"),
]
DOCTORS = [
    ("Alain", "Bergevin", "M", "pneumologue"),
    ("Sophie", "Laliberté", "F", "pneumologue"),
    ("Kenneth", "Marsh", "M", "respirologist"),
    ("Nadia", "Benali", "F", "médecin du sommeil"),
    ("Hugo", "Castonguay", "M", "pneumologue"),
    ("Ruth", "Abernathy", "F", "pediatric respirologist"),
    ("François", "Morissette", "M", "médecin de famille"),
    ("Lina", "Kaddour", "F", "pédiatre"),
]
VENDOR_REPS = [
    ("Guillaume", "Patry", "M", "OxyDomicile inc.", "oxydomicile.example"),
    ("Émilie", "Rancourt", "F", "Respira Plus Médical", "respiraplus.example"),
    ("Brad", "Kowal", "M", "VentiCare Solutions", "venticare.example"),
    ("Sonia", "Ferland", "F", "SommeilTech", "sommeiltech.example"),
    ("Kevin", "Moreau-Tran", "M", "AirLibre Santé", "airlibre.example"),
]

ORGS = {
    "cisss": ("CISSS des Basses-Terres", "cisss-bt.example"),
    "hsa": ("Hôpital Saint-Aubin", "hsa.example"),
    "sleep": ("Clinique du sommeil Val-des-Pins", "sommeil-vdp.example"),
    "pft": ("Laboratoire de fonction pulmonaire, Hôpital Saint-Aubin", "hsa.example"),
    "rehab": ("Centre de réadaptation pulmonaire Les Érables", "cr-erables.example"),
    "cea": ("Centre d'enseignement sur l'asthme et la MPOC de Rivière-aux-Saules", "cea-ras.example"),
    "pnavd": ("Service régional de ventilation à domicile", "ventdom.example"),
    "ottawa": ("Riverside Regional Health Centre", "rrhc.example"),
}

CITIES_QC = [
    ("Saint-Aubin", "J7X"), ("Val-des-Pins", "J0K"), ("Rivière-aux-Saules", "G0R"),
    ("Sainte-Odile-du-Lac", "J0T"), ("Beaumarais", "J6E"), ("Lac-Brûlé", "J8L"),
    ("Saint-Clet-des-Prés", "J0P"),
]
STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "boulevard Curé-Labelle",
              "rue Principale", "avenue des Pins", "chemin du Lac", "rue Notre-Dame",
              "rue du Couvent", "montée Paiement", "rue des Hirondelles"]
STREETS_EN = ["Maple Crescent", "Ridge Road", "Elm Street", "Lakeshore Drive",
              "Victoria Avenue", "Birch Lane"]
AREA_QC = ["514", "450", "819", "418", "438", "579"]


class Ctx:
    """Per-run context: one seeded RNG for global choices plus helpers."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.holders = load_nam_holders()
        self.holder_use = {h["nam"]: 0 for h in self.holders}
        self.used_patients = set()
        self.holder_keys = {(strip_accents(h["given"]).lower(), strip_accents(h["surname"]).lower())
                            for h in self.holders}

    # -------------------------------------------------------------- people
    def nam_holder(self, rng, min_age=0, max_age=200):
        def age(h):
            return (REF_DATE - h["dob"]).days // 365
        pool = [h for h in self.holders if min_age <= age(h) <= max_age]
        low = min(self.holder_use[h["nam"]] for h in pool)
        pool = [h for h in pool if self.holder_use[h["nam"]] == low]
        h = rng.choice(pool)
        self.holder_use[h["nam"]] += 1
        p = dict(h)
        self._decorate(rng, p, "fr")
        return p

    def patient(self, rng, lang="fr", min_age=18, max_age=90, sex=None):
        for _ in range(200):
            sx = sex or rng.choice("MF")
            if lang == "fr" or rng.random() < 0.25:
                sur = rng.choice(PAT_SURNAMES_FR)
                giv = rng.choice(PAT_GIVEN_FR[sx])
            else:
                sur = rng.choice(PAT_SURNAMES_EN)
                giv = rng.choice(PAT_GIVEN_EN[sx])
            key = (strip_accents(giv).lower(), strip_accents(sur).lower())
            if key in self.holder_keys or key in self.used_patients:
                continue
            self.used_patients.add(key)
            break
        age = rng.randint(min_age, max_age)
        dob = REF_DATE - datetime.timedelta(days=age * 365 + rng.randint(0, 364))
        p = {"surname": sur, "given": giv, "sex": sx, "dob": dob, "holder": False}
        self._decorate(rng, p, lang)
        return p

    def _decorate(self, rng, p, lang):
        if lang == "en" and rng.random() < 0.3:
            p["street"] = "%d %s" % (rng.randint(12, 2900), rng.choice(STREETS_EN))
        else:
            p["street"] = "%d, %s" % (rng.randint(12, 2900), rng.choice(STREETS_FR))
        city, fsa = rng.choice(CITIES_QC)
        p["city"] = city
        p["postal"] = "%s %d%s%d" % (fsa, rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))
        p["phone"] = "%s-555-01%02d" % (rng.choice(AREA_QC), rng.randint(0, 99))
        p["mrn"] = self.mrn(rng)

    def mrn(self, rng):
        n = rng.randint(100000, 9999999)
        style = rng.randrange(6)
        if style == 0:
            return "%07d" % n
        if style == 1:
            return "H%07d" % n
        if style == 2:
            s = "%07d" % n
            return "%s %s %s" % (s[0], s[1:4], s[4:])
        if style == 3:
            return "SAH-%07d" % n
        if style == 4:
            return "%03d-%04d" % (n // 10000 % 1000, n % 10000)
        return "00%06d" % (n % 1000000)

    # -------------------------------------------------------------- identifiers
    def sin(self, rng):
        while True:
            body = str(rng.choice("1234567")) + "".join(str(rng.randint(0, 9)) for _ in range(7))
            num = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(num):
                return num

    def ohn(self, rng):
        while True:
            body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
            num = body + luhn.calc_check_digit(body)
            if luhn.is_valid(num):
                return num

    def niss(self, rng, dob, sex):
        while True:
            counter = rng.randint(1, 997)
            if (counter % 2 == 1) != (sex == "M"):
                counter += 1
            if counter > 997:
                continue
            base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, counter)
            pre = ("2" + base) if dob.year >= 2000 else base
            chk = 97 - (int(pre) % 97)
            num = base + "%02d" % chk
            if be_nn.is_valid(num) and be_ssn.is_valid(num):
                return num

    def nir(self, rng, dob, sex):
        while True:
            dept = "%02d" % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 76, 92, 93, 94])
            body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100,
                                           dob.month, dept, rng.randint(1, 990),
                                           rng.randint(1, 999))
            num = body + fr_nir.calc_check_digits(body + "00")
            if fr_nir.is_valid(num):
                return num

    # -------------------------------------------------------------- staff
    def staff(self, rng, lang="fr", kind=None):
        pool = STAFF if lang == "fr" else STAFF_EN + STAFF[:4]
        if kind == "rt":
            pool = [x for x in pool if x[3] in ("inhalothérapeute", "RRT", "respiratory educator")]
        elif kind == "tech":
            pool = [x for x in STAFF + STAFF_EN if x[3] in ("technologue en PSG", "sleep technologist")]
        elif kind == "admin":
            pool = [x for x in STAFF + STAFF_EN if x[3] in ("agente administrative", "clinic coordinator",
                                                          "coordonnateur", "chef de service")]
        g, s, sx, role = rng.choice(pool)
        return {"given": g, "surname": s, "sex": sx, "role": role}

    def doctor(self, rng):
        g, s, sx, role = rng.choice(DOCTORS)
        return {"given": g, "surname": s, "sex": sx, "role": role}

    def vendor(self, rng):
        g, s, sx, company, dom = rng.choice(VENDOR_REPS)
        return {"given": g, "surname": s, "sex": sx, "company": company, "domain": dom}


# ---------------------------------------------------------------- formatting
def email_of(person, domain):
    local = strip_accents(person["given"]).lower().replace(" ", "") + "." + \
        strip_accents(person["surname"]).lower().replace(" ", "").replace("'", "")
    return "%s@%s" % (local, domain)


def title(p, lang):
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Ms." if p["sex"] == "F" else "Mr."


def dr(d, lang):
    if lang == "fr":
        return ("Dre " if d["sex"] == "F" else "Dr ") + d["given"] + " " + d["surname"]
    return "Dr. " + d["given"] + " " + d["surname"]


def pname(rng, p, lang, style=None):
    """A patient's name written the many ways people write it."""
    styles = ["full", "title", "last_first", "upper_last", "lower", "initial",
              "title_last", "full"]
    st = style or rng.choice(styles)
    g, s = p["given"], p["surname"]
    if st == "full":
        return "%s %s" % (g, s)
    if st == "title":
        return "%s %s %s" % (title(p, lang), g, s)
    if st == "last_first":
        return "%s, %s" % (s, g)
    if st == "upper_last":
        return "%s %s" % (s.upper(), g)
    if st == "lower":
        return ("%s %s" % (g, s)).lower()
    if st == "initial":
        return "%s. %s" % (g[0], s)
    if st == "title_last":
        return "%s %s %s" % (title(p, lang), g, s) if rng.random() < 0.5 else "%s %s, %s" % (title(p, lang), s, g)
    return "%s %s" % (g, s)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def fdate(rng, d, lang, style=None):
    st = style if style is not None else rng.randrange(5)
    if st == 0:
        return d.isoformat()
    if st == 1:
        return "%02d/%02d/%04d" % (d.day, d.month, d.year) if lang == "fr" else \
            "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if st == 2:
        return ("%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)) if lang == "fr" else \
            ("%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year))
    if st == 3:
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    return "%02d-%02d-%04d" % (d.day, d.month, d.year)


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def disguise_nam(rng, nam, style=None):
    st = style if style is not None else rng.randrange(9)
    if st == 0:
        return nam
    if st == 1:
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if st == 2:
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if st == 3:
        return nam.lower()
    if st == 4:
        return ".".join(nam[i:i + 4] for i in range(0, 12, 4))
    if st == 5:
        return "".join(FULLWIDTH.get(c, c) for c in nam)
    if st == 6:
        return " ".join(nam)
    if st == 7:
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    return "%s %s" % (nam[:4], nam[4:])


def disguise_digits(rng, num, groups, style=None):
    """Format a digit string in groups with a chosen separator, or disguise."""
    st = style if style is not None else rng.randrange(7)
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    if i < len(num):
        parts.append(num[i:])
    if st == 0:
        return num
    if st == 1:
        return " ".join(parts)
    if st == 2:
        return "-".join(parts)
    if st == 3:
        return ".".join(parts)
    if st == 4:
        return "".join(FULLWIDTH.get(c, c) for c in " ".join(parts))
    if st == 5:
        return "/".join(parts)
    return "  ".join(parts)


def age_of(p):
    return (REF_DATE - p["dob"]).days // 365


def phone_clinic(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(AREA_QC), rng.randint(0, 99))
