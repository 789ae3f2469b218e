"""Shared pools, people and identifier helpers for the heldout_78 corpus.

Everything here is invented, except the RAMQ NAMs, which come from
../blind_nams.txt (relative to this file) and are always used with their holder.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
REF_DATE = datetime.date(2025, 6, 30)

# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------


def load_nam_holders(path=None):
    path = path or os.path.join(HERE, "..", "blind_nams.txt")
    people = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append(Person(given, sur, datetime.date.fromisoformat(dob), sex, nam=nam))
    return people


class Person:
    def __init__(self, given, surname, dob, sex, nam=None):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.address = None
        self.phone = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def age(self):
        d = self.dob
        r = REF_DATE
        return r.year - d.year - ((r.month, r.day) < (d.month, d.day))

    def title(self, lang):
        if lang == "fr":
            return "M." if self.sex == "M" else "Mme"
        return "Mr." if self.sex == "M" else "Mrs."

    def pron(self, lang, kind="subj"):
        m = self.sex == "M"
        if lang == "fr":
            return {"subj": "il" if m else "elle", "Subj": "Il" if m else "Elle",
                    "obj": "le" if m else "la", "adj_e": "" if m else "e",
                    "poss": "son", "lui": "lui" if m else "elle"}[kind]
        return {"subj": "he" if m else "she", "Subj": "He" if m else "She",
                "obj": "him" if m else "her", "poss": "his" if m else "her",
                "Poss": "His" if m else "Her"}[kind]


# --------------------------------------------------------------------------
# Invented name pools (no surname shared with a NAM holder; asserted in generate.py)
# --------------------------------------------------------------------------
FR_SURN = ["Tremblay", "Bergeron", "Côté", "Lavoie", "Gosselin", "Beaulieu", "Dubé", "Leclerc",
           "Desjardins", "Hébert", "Vachon", "Lemieux", "Gingras", "Poulin", "Brisson", "Lachance",
           "Dufour", "Mercier", "Boivin", "Ménard", "Paradis", "Turcotte", "Giguère", "Charest",
           "Lévesque", "Cyr", "Rioux", "Drolet", "Laflamme", "Demers", "Bilodeau", "Fréchette",
           "Marcoux", "Rousseau", "Grenier", "Vézina", "Carrier", "Houle", "Bisson", "Landry",
           "Proulx", "Thériault", "Dion", "Beauchemin", "Lafrenière", "Desrosiers", "Allard",
           "Champagne", "Robitaille", "St-Onge", "Labrecque", "Gervais", "Vaillancourt", "Perron",
           "Asselin", "Bédard", "Chouinard", "Breton", "Lamontagne", "Sirois", "Goulet", "Lapierre"]
EN_SURN = ["Murphy", "O'Neill", "Campbell", "Fraser", "Stewart", "Henderson", "Kowalski", "Patel",
           "Nguyen", "Chen", "Haddad", "Singh", "Russo", "Walsh", "Morrison", "Doyle", "Grant",
           "Pereira", "McKenna", "Sullivan", "Harper", "Novak", "Rossi", "Khoury", "Ferreira",
           "Baker", "Ellis", "Hughes", "Kennedy", "Reid", "Abbott", "Lindqvist"]
FR_F_OLD = ["Yvette", "Thérèse", "Lise", "Pierrette", "Jeannine", "Rita", "Gisèle", "Monique",
            "Huguette", "Lucille", "Colette", "Francine", "Solange", "Micheline", "Rolande", "Cécile",
            "Laurette", "Georgette"]
FR_M_OLD = ["Gérard", "Roger", "Fernand", "Marcel", "Réal", "Gaston", "Normand", "Maurice",
            "Lucien", "Rosaire", "Yvon", "Raymond", "Jean-Guy", "Clément", "Armand", "Léo"]
FR_F = ["Julie", "Isabelle", "Catherine", "Marie-Ève", "Véronique", "Mélanie", "Annie", "Chantal",
        "Karine", "Nancy", "Stéphanie", "Audrey", "Émilie", "Josiane", "Marie-Claude", "Caroline",
        "Valérie", "Sophie", "Nadia", "Amélie"]
FR_M = ["Éric", "Stéphane", "Patrick", "Sébastien", "Mathieu", "François", "Jean-François",
        "Martin", "Alexandre", "Simon", "Dominic", "Frédéric", "Benoît", "Guillaume", "Yannick"]
EN_F_OLD = ["Margaret", "Dorothy", "Evelyn", "Joan", "Shirley", "Patricia", "Barbara", "Muriel",
            "Agnes", "Irene"]
EN_M_OLD = ["Harold", "Walter", "Arthur", "Kenneth", "Donald", "Frank", "George", "Stanley",
            "Norman", "Clifford"]
EN_F = ["Jennifer", "Karen", "Lisa", "Rachel", "Megan", "Heather", "Colleen", "Tanya", "Priya",
        "Hannah", "Leah", "Maureen"]
EN_M = ["Kevin", "Brian", "Jason", "Ryan", "Neil", "Trevor", "Owen", "Derek", "Ravi", "Sean",
        "Adam", "Colin"]

ALL_INVENTED_SURN = FR_SURN + EN_SURN


def pick_surname(rng, lang):
    if lang == "fr":
        return rng.choice(FR_SURN) if rng.random() < 0.9 else rng.choice(EN_SURN)
    return rng.choice(EN_SURN) if rng.random() < 0.75 else rng.choice(FR_SURN)


def invent_patient(rng, lang, old=True, min_age=68, max_age=98):
    sex = rng.choice("MF")
    if lang == "fr":
        given = rng.choice(FR_M_OLD if sex == "M" else FR_F_OLD) if old else rng.choice(FR_M if sex == "M" else FR_F)
    else:
        given = rng.choice(EN_M_OLD if sex == "M" else EN_F_OLD) if old else rng.choice(EN_M if sex == "M" else EN_F)
    if not old:
        min_age, max_age = 32, 66
    age = rng.randint(min_age, max_age)
    year = REF_DATE.year - age - 1
    dob = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    return Person(given, pick_surname(rng, lang), dob, sex)


def invent_staff(rng, lang, sex=None):
    sex = sex or rng.choice("FFFM")
    if lang == "fr":
        given = rng.choice(FR_M if sex == "M" else FR_F)
    else:
        given = rng.choice(EN_M if sex == "M" else EN_F) if rng.random() < 0.7 else rng.choice(FR_M if sex == "M" else FR_F)
    p = Person(given, pick_surname(rng, lang), datetime.date(1980, 1, 1), sex)
    return p


def relative_of(rng, patient, lang):
    """A family member sharing (often) the surname."""
    sex = rng.choice("MF")
    if lang == "fr":
        given = rng.choice(FR_M if sex == "M" else FR_F)
    else:
        given = rng.choice(EN_M if sex == "M" else EN_F)
    surname = patient.surname if rng.random() < 0.6 else pick_surname(rng, lang)
    rel = Person(given, surname, datetime.date(1970, 1, 1), sex)
    if lang == "fr":
        rel.link = ("fils" if sex == "M" else "fille") if rng.random() < 0.75 else ("neveu" if sex == "M" else "nièce")
    else:
        rel.link = ("son" if sex == "M" else "daughter") if rng.random() < 0.75 else ("nephew" if sex == "M" else "niece")
    return rel


# --------------------------------------------------------------------------
# Organisations, places, phones
# --------------------------------------------------------------------------
ORG = {
    "ciusss": ("CIUSSS de la Rivière-aux-Saules", "ciusss-rivsaules.example"),
    "clsc_vb": ("CLSC du Val-Boisé", "clsc-valboise.example"),
    "clsc_tp": ("CLSC des Trois-Ponts", "clsc-troisponts.example"),
    "clsc_sa": ("CLSC de Sainte-Aurélie", "clsc-steaurelie.example"),
    "hosp": ("Hôpital Sainte-Clotilde-du-Lac", "hscl.example"),
    "hosp_en": ("St. Brendan's General Hospital", "stbrendans.example"),
    "ph1": ("Pharmacie Beausoleil", "pharma-beausoleil.example"),
    "ph2": ("Pharmacie Lemire et Drolet", "lemire-drolet.example"),
    "ph3": ("Greenfield Pharmacy", "greenfieldrx.example"),
    "palli": ("Maison de soins palliatifs Le Phare-Doux", "pharedoux.example"),
    "popote": ("Popote roulante Les Bons Voisins", "bonsvoisins.example"),
    "transport": ("Transport adapté des Trois-Ponts", "ta-troisponts.example"),
    "cab": ("Centre d'action bénévole du Vieux-Moulin", "cab-vieuxmoulin.example"),
    "aidants": ("Regroupement des proches aidants de la Rivière", "aidants-riviere.example"),
    "lakeshore": ("Lakeshore Home Care Program", "lakeshorecare.example"),
    "eastcounties": ("Eastern Counties Home and Community Care", "ecommunitycare.example"),
    "equip": ("Service régional de prêt d'équipement", "pretequip.example"),
    "gmf": ("GMF des Trois-Ponts", "gmf-troisponts.example"),
    "gmf2": ("GMF-U du Val-Boisé", "gmfu-valboise.example"),
    "fleet": ("Service de la gestion du parc automobile", "ciusss-rivsaules.example"),
}
CLSCS = ["clsc_vb", "clsc_tp", "clsc_sa"]
PERSONAL_DOMAINS = ["courrielplus.example", "boitemail.example", "netmail.example", "reseauhome.example",
                    "videomail.example", "posteweb.example"]
TOWNS = ["Val-Boisé", "Sainte-Aurélie", "Trois-Ponts", "Saint-Ambroise-du-Lac", "Lac-aux-Hérons",
         "Saint-Firmin-des-Prés", "Pointe-aux-Merles"]
STREETS_FR = ["rue des Érables", "avenue du Parc-Fleuri", "chemin de la Grève", "rang Saint-Joseph",
              "boulevard des Hirondelles", "rue Principale", "rue du Couvent", "montée Lavigne",
              "rue des Pins", "avenue Champlain-Nord", "rue Sainte-Anne", "chemin du Lac-Vert"]
STREETS_EN = ["Maple Crescent", "Lakeshore Road", "Birch Street", "Elm Avenue", "Church Street",
              "Riverside Drive", "Cedar Lane", "Hillcrest Road"]
AREA = ["450", "514", "819", "438", "579", "873"]


def phone(rng, area=None):
    return f"{area or rng.choice(AREA)} 555-01{rng.randint(0, 99):02d}"


def phone_fmt(rng, area=None):
    a = area or rng.choice(AREA)
    n = f"01{rng.randint(0, 99):02d}"
    return rng.choice([f"{a} 555-{n}", f"({a}) 555-{n}", f"{a}-555-{n}", f"{a}.555.{n}"])


def postal(rng):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"J{rng.randint(0, 9)}{rng.choice(L)} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


def address(rng, lang):
    if lang == "fr" or rng.random() < 0.3:
        st = rng.choice(STREETS_FR)
    else:
        st = rng.choice(STREETS_EN)
    apt = rng.random() < 0.35
    num = rng.randint(12, 2980)
    a = f"{num}, {st}" if lang == "fr" else f"{num} {st}"
    if apt:
        a = (f"{a}, app. {rng.randint(1, 412)}" if lang == "fr" else f"{a}, apt {rng.randint(1, 412)}")
    return f"{a}, {rng.choice(TOWNS)} (Québec) {postal(rng)}"


def email_of(person, domain, style=0):
    def fold(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        return s.lower().replace(" ", "").replace("'", "")
    g, s = fold(person.given), fold(person.surname)
    if style == 0:
        return f"{g}.{s}@{domain}"
    if style == 1:
        return f"{g[0]}{s}@{domain}"
    return f"{g}{s}{len(g) + len(s)}@{domain}"


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, style=None, rng=None):
    if style is None:
        style = rng.choice(["long", "iso", "num"]) if rng else "long"
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if lang == "fr" else f"{d.year}/{d.month:02d}/{d.day:02d}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def fday(d, lang):
    if lang == "fr":
        return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def dob_str(p, lang, rng):
    return fdate(p.dob, lang, rng.choice(["long", "iso", "num", "iso"]))


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def nam_fmt(nam, rng, style=None):
    style = style or rng.choice(["card", "card", "plain", "plain", "dash", "dots", "lower", "slash",
                                 "fullwidth", "spaced"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "card":
        return f"{a} {b} {c}"
    if style == "plain":
        return nam
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "lower":
        return rng.choice([nam.lower(), f"{a.lower()} {b} {c}"])
    if style == "slash":
        return f"{a}/{b}/{c}"
    if style == "fullwidth":
        return a + "".join(FULLWIDTH[ch] for ch in b + c)
    if style == "spaced":
        return " ".join(nam)
    return nam


def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
        chk = luhn.calc_check_digit(body)
        n = body + chk
        if ca_sin.is_valid(n):
            return n


def sin_fmt(n, rng):
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
                       f"{n[:3]}.{n[3:6]}.{n[6:]}"])


def gen_ohn(rng):
    """Ontario health number: 10 digits, Luhn check digit (checked with stdnum.luhn)."""
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def ohn_fmt(n, rng):
    vc = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n} {vc}",
                       f"{n[:4]}-{n[4:7]}-{n[7:]}"])


def gen_niss(rng, dob, sex):
    while True:
        yy, mm, dd = dob.year % 100, dob.month, dob.day
        cnt = rng.randint(1, 997)
        if (cnt % 2 == 1) != (sex == "M"):
            cnt += 1
        base = f"{yy:02d}{mm:02d}{dd:02d}{cnt:03d}"
        num = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (num % 97)
        n = f"{base}{chk:02d}"
        if be_nn.is_valid(n):
            return n


def niss_fmt(n, rng):
    return rng.choice([be_nn.format(n), f"{n[:6]}-{n[6:9]}-{n[9:]}", n, f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"])


def gen_nir(rng, dob, sex):
    while True:
        dep = rng.choice(["75", "69", "13", "33", "59", "35", "44", "67"])
        commune = f"{rng.randint(1, 399):03d}"
        order = f"{rng.randint(1, 999):03d}"
        body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dep}{commune}{order}"
        n = body + fr_nir.calc_check_digits(body + "00")
        if fr_nir.is_valid(n):
            return n


def nir_fmt(n, rng):
    return rng.choice([fr_nir.format(n), n, fr_nir.format(n, separator="."), f"{n[:13]} {n[13:]}"])


def gen_mrn(rng, style=None):
    style = style if style is not None else rng.randint(0, 5)
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return [f"{d}", f"H-{d}", f"00{d}", f"{d[:3]} {d[3:]}", f"SC{d[1:]}", f"RV-{d}"][style]


def mrn_label(rng, lang):
    if lang == "fr":
        return rng.choice(["No dossier", "N° de dossier", "Dossier HSCL", "# dossier", "Dossier hôpital", "No d'usager"])
    return rng.choice(["MRN", "Chart #", "Hospital chart", "Chart no.", "File #"])


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()
