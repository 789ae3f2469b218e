"""Shared data and helpers for the Trois-Pignons diabetes centre corpus.

Everything here is invented: people, institutions, addresses, phone numbers
(555-01xx) and identifiers.  RAMQ NAMs are read from ../blind_nams.txt only.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 129083
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
              "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
              "patient_contact", "social_information"]

DOMAIN = "cdetp.example"
ORG_FR = "Centre de diabète et d'endocrinologie des Trois-Pignons"
ORG_EN = "Trois-Pignons Diabetes & Endocrinology Centre"
ORG_ADDR_FR = "2250, boulevard des Pignons, bureau 300, Val-Brûlé (Québec)  J0X 4P2"
ORG_ADDR_EN = "2250 boulevard des Pignons, Suite 300, Val-Brule, QC  J0X 4P2"
ORG_TEL = "819-555-0140"
ORG_FAX = "819-555-0141"
HOSP_FR = "Hôpital régional de Val-Brûlé"
HOSP_EN = "Val-Brule Regional Hospital"
HOSP_DOM = "hrvb.example"


class Person:
    def __init__(self, given, surname, title="", role_fr="", role_en="", dom=DOMAIN, sex="F",
                 ext=None, email=None):
        self.given, self.surname, self.title = given, surname, title
        self.role_fr, self.role_en, self.dom, self.sex = role_fr, role_en or role_fr, dom, sex
        self.ext = ext
        self.email = email or (strip_accents(given.split("-")[0][0] + "." + surname)
                               .lower().replace(" ", "").replace("'", "") + "@" + dom)

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang="fr"):
        if self.title:
            t = self.title
            if lang == "en" and t == "Dre":
                t = "Dr."
            return f"{t} {self.name}"
        return self.name

    def addr(self):
        return (self.name, self.email)


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


S = {
    "vachon": Person("Hélène", "Vachon", "Dre", "endocrinologue", "endocrinologist", ext="2214"),
    "benslimane": Person("Karim", "Benslimane", "Dr", "endocrinologue", "endocrinologist", sex="M", ext="2217"),
    "raghunathan": Person("Priya", "Raghunathan", "Dre", "endocrinologue pédiatrique",
                          "paediatric endocrinologist", ext="2230"),
    "gallagher": Person("Owen", "Gallagher", "Dr", "endocrinologue", "endocrinologist", sex="M", ext="2219"),
    "dallaire": Person("Marie-Ève", "Dallaire", "Dre", "interniste", "internist", ext="2221"),
    "quenneville": Person("Isabelle", "Quenneville", "", "infirmière clinicienne, éducatrice agréée en diabète",
                          "nurse clinician, certified diabetes educator", ext="2240"),
    "aubut": Person("Chantal", "Aubut", "", "infirmière éducatrice en diabète", "diabetes nurse educator",
                    ext="2241"),
    "saintonge": Person("Mélanie", "Saint-Onge", "", "IPS en soins de première ligne",
                        "nurse practitioner", ext="2243"),
    "whitmore": Person("Rachel", "Whitmore", "", "infirmière, éducatrice agréée en diabète", "RN, CDE",
                       ext="2244"),
    "kowalczyk": Person("Jenna", "Kowalczyk", "", "infirmière éducatrice (pédiatrie)",
                        "paediatric diabetes nurse educator", ext="2245"),
    "lacasse": Person("Annie", "Lacasse", "", "nutritionniste, Dt.P.", "dietitian", ext="2250"),
    "mccreary": Person("Fiona", "McCreary", "", "nutritionniste", "RD, CDE", ext="2251"),
    "drolet": Person("Sophie", "Drolet", "", "travailleuse sociale", "social worker", ext="2260"),
    "harbec": Person("Vincent", "Harbec", "", "pharmacien", "clinical pharmacist", sex="M", ext="2262"),
    "lamontagne": Person("Nancy", "Lamontagne", "", "agente administrative", "administrative officer",
                         ext="2200"),
    "vezina": Person("Karine", "Vézina", "", "agente administrative, rendez-vous", "booking clerk", ext="2201"),
    "ohara": Person("Linda", "O'Hara", "", "commis aux rendez-vous", "booking clerk", ext="2202"),
    "prefontaine": Person("Josiane", "Préfontaine", "", "chef de service", "service manager", ext="2205"),
    "ellery": Person("Mark", "Ellery", "", "gestionnaire des opérations", "operations manager", sex="M",
                     ext="2206"),
    "brisebois": Person("Catherine", "Brisebois", "", "conseillère en ressources humaines",
                        "human resources advisor", ext="2270"),
    "dionne": Person("Patrick", "Dionne", "", "technicien en informatique", "IT technician", sex="M",
                     ext="2280"),
    "caouette": Person("Réjean", "Caouette", "", "responsable des installations", "facilities lead", sex="M",
                       ext="2281"),
    "kaur": Person("Simran", "Kaur", "", "commis à la paie", "payroll clerk", ext="2272"),
}

X = {
    "sauve": Person("Camille", "Sauvé", "Dre", "ophtalmologiste", "ophthalmologist", dom=HOSP_DOM),
    "menon": Person("Rajiv", "Menon", "Dr", "optométriste", "optometrist", dom="kellertoneye.example", sex="M"),
    "bergeron": Person("Étienne", "Bergeron", "", "podiatre", "podiatrist", dom="podovieuxmoulin.example", sex="M"),
    "cyr": Person("Laurence", "Cyr", "Dre", "obstétricienne-gynécologue", "obstetrician", dom=HOSP_DOM),
    "osei": Person("Benjamin", "Osei", "Dr", "obstétricien", "obstetrician", dom="kgh.example", sex="M"),
    "lemay": Person("Antoine", "Lemay", "Dr", "médecin de famille", "family physician",
                    dom="gmfdeuxrives.example", sex="M"),
    "pinkerton": Person("Sarah", "Pinkerton", "Dr", "médecin de famille", "family physician",
                        dom="larchmontfht.example"),
    "beaudry": Person("Lise", "Beaudry", "", "infirmière scolaire", "school nurse", dom="csspignons.example"),
    "whitfield": Person("Dana", "Whitfield", "", "enseignante", "teacher", dom="kdsb.example"),
    "lanthier": Person("Jérôme", "Lanthier", "", "pharmacien", "pharmacist", dom="pharmalanthier.example",
                       sex="M"),
    "riverside": Person("Ava", "Kostopoulos", "", "pharmacienne", "pharmacist", dom="riversiderx.example"),
    "ng": Person("Winston", "Ng", "Dr", "néphrologue", "nephrologist", dom=HOSP_DOM, sex="M"),
    "rheault": Person("Maude", "Rheault", "", "travailleuse sociale", "social worker", dom="clscpignons.example"),
}

FR_GIVEN_F = ["Ginette", "Huguette", "Lucie", "Francine", "Jacinthe", "Micheline", "Chloé", "Mégane",
              "Rose-Marie", "Thérèse", "Carole", "Nicole", "Maryse", "Audrey", "Véronique", "Gisèle",
              "Rachelle", "Noémie", "Annabelle", "Murielle", "Solange", "Karine", "Élodie", "Pierrette"]
FR_GIVEN_M = ["Réal", "Yvon", "Normand", "Maxime", "Émile", "Denis", "Raymond", "Sylvain", "Nathan",
              "Alexis", "Olivier", "Gaétan", "Rosaire", "Benoît", "Jean-Guy", "Mathieu", "Félix",
              "Laurent", "Ghislain", "Clément", "Serge", "Hugo", "Jocelyn", "Léo"]
FR_SURNAMES = ["Lavoie", "Tousignant", "Desrosiers", "Charbonneau", "Gingras", "Trudel", "Beaulieu",
               "Vaillancourt", "Arseneault", "Provencher", "Lachance", "Ouimet", "Plourde", "Dubé",
               "Marchand", "Bélisle", "Robitaille", "Poulin", "Lafrenière", "Gosselin", "Boisvert",
               "Bérubé", "Fréchette", "Labrecque", "Turcotte", "Grenier", "Lévesque", "Jodoin",
               "Massicotte", "Hébert", "Désilets", "Champagne", "Rioux", "Bisson", "Corriveau",
               "Lapierre", "Després", "Brassard", "St-Amand", "Veilleux"]
EN_GIVEN_F = ["Margaret", "Priscilla", "Aaliyah", "Nora", "Evelyn", "Hannah", "Zoe", "Rita", "Imani",
              "Brenda", "Colleen", "Deepa", "Tamara", "Heather", "Leah", "Maya", "Olivia", "Joanne",
              "Shirley", "Grace"]
EN_GIVEN_M = ["Derek", "Tom", "Bryce", "Gurpreet", "Samuel", "Kevin", "Dylan", "Mohammed", "Walter",
              "Ethan", "Gordon", "Trevor", "Noah", "Raymond", "Arjun", "Curtis", "Malcolm", "Isaac",
              "Wesley", "Jordan"]
EN_SURNAMES = ["Hollis", "Amundsen", "Oduya", "Kerrigan", "Rahman", "Castellano", "Fitzgerald",
               "Sandhu", "Marchetti", "Okafor", "Lindqvist", "Tran", "Papadakis", "Forsythe", "Szabo",
               "Haddad", "Clarke", "Pruitt", "Donnelly", "Abernathy", "McKinnon", "Delaney", "Varga",
               "Nakamura", "Petrovic", "Ashworth", "Kowal", "Brennan", "Oyelaran", "Whitcombe",
               "Halvorsen", "Chaudhry", "Esposito", "Kingsley", "Rutherford", "Mbeki", "Sorensen",
               "Greaves"]

FR_STREETS = ["rue des Érables", "rue Principale", "chemin du Lac-Vert", "avenue des Pins", "rue Notre-Dame",
              "rue de la Fabrique", "boulevard Riel", "rue des Saules", "montée Saint-Aubin", "rue Papineau",
              "rue du Moulin", "rang Sainte-Cécile", "rue des Pionniers", "croissant des Merisiers"]
FR_TOWNS = [("Val-Brûlé", "J0X 2K0"), ("Saint-Aubin-des-Pignons", "J0X 3M1"), ("Pointe-aux-Saules", "J0X 1B4"),
            ("Lac-des-Hirondelles", "J0X 2T7"), ("Sainte-Cécile-de-Masham-Nord", "J0X 3C9")]
EN_STREETS = ["Larchmont Crescent", "Maple Street", "Birchwood Drive", "Riverside Road", "Elgin Avenue",
              "Fenwick Lane", "Concession Road 4", "Wellington Street", "Orchard Court", "Queen Street"]
EN_TOWNS = [("Kellerton, ON", "K0A 3T0"), ("Val-Brule, QC", "J0X 4P5"), ("Harrow Mills, ON", "K0A 2W1"),
            ("Pointe-aux-Saules, QC", "J0X 1B4")]

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Surnames that belong to NAM holders: never reused for anybody else.
NAM_SURNAMES = set()


class Patient:
    def __init__(self, given, surname, dob, sex, nam=None):
        self.given, self.surname, self.dob, self.sex, self.nam = given, surname, dob, sex, nam
        self.mrn = None
        self.phone = None
        self.address = None

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    def age(self, at):
        a = at.year - self.dob.year
        if (at.month, at.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = map(int, dob.split("-"))
            out.append(Patient(giv, sur, datetime.date(y, m, d), sex, nam))
    for p in out:
        NAM_SURNAMES.add(p.surname)
    return out


NAM_HOLDERS = load_nams()


class NamPool:
    """Hands out NAM holders by age / sex constraints, cycling through unused ones first."""

    def __init__(self, rng):
        self.rng = rng
        self.order = list(NAM_HOLDERS)
        rng.shuffle(self.order)
        self.uses = {p.nam: 0 for p in self.order}

    def take(self, at, min_age=0, max_age=120, sex=None, exclude=()):
        cands = [p for p in self.order if min_age <= p.age(at) <= max_age
                 and (sex is None or p.sex == sex) and p.nam not in exclude]
        if not cands:
            cands = [p for p in self.order if p.nam not in exclude]
        low = min(self.uses[p.nam] for p in cands)
        cands = [p for p in cands if self.uses[p.nam] == low]
        p = cands[0]
        self.uses[p.nam] += 1
        self.order.remove(p)
        self.order.append(p)
        return p


# ----------------------------------------------------------------- invented patients
class NamePool:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def person(self, lang, sex, dob):
        rng = self.rng
        for _ in range(500):
            if lang == "fr":
                g = rng.choice(FR_GIVEN_F if sex == "F" else FR_GIVEN_M)
                s = rng.choice(FR_SURNAMES)
            else:
                g = rng.choice(EN_GIVEN_F if sex == "F" else EN_GIVEN_M)
                s = rng.choice(EN_SURNAMES)
            if (g, s) not in self.used and s not in NAM_SURNAMES:
                self.used.add((g, s))
                return Patient(g, s, dob, sex)
        raise RuntimeError("name pool exhausted")


def rand_dob(rng, at, min_age, max_age):
    age = rng.randint(min_age, max_age)
    y = at.year - age - 1
    start = datetime.date(y, at.month, 1) + datetime.timedelta(days=rng.randint(20, 340))
    return start


def mrn_value(rng):
    return "%07d" % rng.randint(180000, 2999999)


def phone(rng, area=None):
    area = area or rng.choice(["819", "819", "613", "873"])
    return f"{area}-555-01{rng.randint(0, 99):02d}"


def address(rng, lang):
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        num = rng.randint(12, 4890)
        apt = rng.choice(["", "", f", app. {rng.randint(1, 12)}", f", log. {rng.randint(1, 8)}"])
        return f"{num}, {rng.choice(FR_STREETS)}{apt}, {town} (Québec)  {pc}"
    town, pc = rng.choice(EN_TOWNS)
    num = rng.randint(3, 980)
    apt = rng.choice(["", "", f"Unit {rng.randint(1, 20)}, ", f"Apt. {rng.randint(101, 412)}, "])
    return f"{apt}{num} {rng.choice(EN_STREETS)}, {town}  {pc}"


# ----------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(v):
            return v


def make_ohip(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    ser = rng.randint(1, 498) * 2 + (1 if sex == "M" else 0)  # odd for men, even for women
    if sex == "F" and ser % 2:
        ser += 1
    ser = max(1, min(ser, 997))
    first9 = f"{yy:02d}{mm:02d}{dd:02d}{ser:03d}"
    base = int(("2" if dob.year >= 2000 else "") + first9)
    chk = 97 - base % 97
    v = f"{first9}{chk:02d}"
    assert be_nn.is_valid(v), v
    return v


def make_nir(rng, dob, sex):
    s = "1" if sex == "M" else "2"
    dept = rng.choice(["69", "75", "13", "33", "59", "31", "44", "67"])
    body = f"{s}{dob.year % 100:02d}{dob.month:02d}{dept}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    v = f"{body}{key:02d}"
    assert fr_nir.is_valid(v), v
    return v


FW = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW.update({c: chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
FW.update({c: chr(0xFF41 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def _groups(v, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(v[i:i + n])
        i += n
    if i < len(v):
        out.append(v[i:])
    return sep.join(x for x in out if x)


def fmt_id(kind, v, style):
    """Render an identifier in one of several written forms."""
    if kind == "ramq_nam":
        sizes = [4, 4, 4]
    elif kind == "ca_sin":
        sizes = [3, 3, 3]
    elif kind == "ca_health_number":
        sizes = [4, 3, 3]
    elif kind == "be_niss":
        if style == "official":
            return f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:11]}"
        sizes = [6, 3, 2]
    elif kind == "fr_nir":
        if style in ("spaced", "official"):
            return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:15]])
        sizes = [1, 2, 2, 2, 3, 3, 2]
    else:  # mrn
        sizes = [3, 4] if len(v) == 7 else [4, 4]
    if style == "plain":
        return v
    if style == "official":
        style = "spaced" if kind != "ca_health_number" else "hyphen"
    if style == "spaced":
        return _groups(v, sizes, " ")
    if style == "dotted":
        return _groups(v, sizes, ".")
    if style == "hyphen":
        return _groups(v, sizes, "-")
    if style == "slashed":
        return _groups(v, sizes, "/")
    if style == "wide":
        return fullwidth(_groups(v, sizes, " "))
    if style == "wideplain":
        return fullwidth(v)
    if style == "lower":
        return _groups(v, sizes, " ").lower()
    if style == "oddspace":
        return " ".join(v[i:i + 2] for i in range(0, len(v), 2))
    raise ValueError(style)


ID_STYLES = ["plain", "official", "official", "spaced", "dotted", "hyphen", "slashed", "wide",
             "wideplain", "oddspace", "lower"]


def id_style(rng):
    return rng.choice(ID_STYLES)


# ----------------------------------------------------------------- names and dates
def name_as(p, style, lang="fr"):
    g, s = p.given, p.surname
    if lang == "fr":
        t = "Mme" if p.sex == "F" else "M."
    else:
        t = "Ms." if p.sex == "F" else "Mr."
    if style == "full":
        return f"{g} {s}"
    if style == "title":
        return f"{t} {g} {s}"
    if style == "title_sur":
        return f"{t} {s}"
    if style == "upper_comma":
        return f"{s.upper()}, {g}"
    if style == "comma":
        return f"{s}, {g}"
    if style == "upper_first":
        return f"{s.upper()} {g}"
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "lower_rev":
        return f"{s}, {g}".lower()
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "initial_upper":
        return f"{g[0]}. {s.upper()}"
    if style == "given":
        return g
    raise ValueError(style)


FULL_STYLES = ["full", "title", "upper_comma", "comma", "upper_first", "lower", "lower_rev"]
ANY_STYLES = FULL_STYLES + ["title_sur", "initial", "initial_upper"]


def dob_as(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        if lang == "fr":
            return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


DOB_STYLES = ["iso", "iso", "dmy", "ymd_slash", "dmy_dash", "dmy_dot", "long"]


def all_dob_forms(d):
    forms = {dob_as(d, s, "fr") for s in DOB_STYLES} | {dob_as(d, s, "en") for s in DOB_STYLES}
    forms.add(dob_as(d, "mdy"))
    return forms


def day_fr(d, with_year=False):
    s = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]}"
    return s + (f" {d.year}" if with_year else "")


def day_en(d, with_year=False):
    s = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}"
    return s + (f", {d.year}" if with_year else "")


def hhmm_fr(h, m):
    return f"{h} h {m:02d}" if m else f"{h} h"


def hhmm_en(h, m):
    suf = "AM" if h < 12 else "PM"
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d} {suf}"


def workday_after(d, rng, lo=2, hi=30):
    x = d + datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x += datetime.timedelta(days=1)
    return x


def msg_datetime(rng, idx):
    """Fixed, reproducible send time between 2024-09-03 and 2025-06-20 (weekdays, office hours)."""
    start = datetime.date(2024, 9, 3)
    d = start + datetime.timedelta(days=rng.randint(0, 289))
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    hour = rng.randint(7, 17)
    minute = rng.randint(0, 59)
    sec = rng.randint(0, 59)
    dst = datetime.date(2024, 11, 3) > d or d >= datetime.date(2025, 3, 9)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(d.year, d.month, d.day, hour, minute, sec, tzinfo=tz)


def sig(p, lang, short=False):
    """Signature lines with the clinic's own address and phone (never patient data)."""
    role = p.role_fr if lang == "fr" else p.role_en
    lines = [p.titled(lang), role]
    if short:
        return lines
    if p.dom == DOMAIN:
        lines.append(ORG_FR if lang == "fr" else ORG_EN)
        lines.append(ORG_ADDR_FR if lang == "fr" else ORG_ADDR_EN)
        tel = f"Tél. : {ORG_TEL}" if lang == "fr" else f"Tel. {ORG_TEL}"
        if p.ext:
            tel += f", poste {p.ext}" if lang == "fr" else f" ext. {p.ext}"
        lines.append(tel)
        lines.append(("Téléc. : " if lang == "fr" else "Fax ") + ORG_FAX)
    return lines


CONF_FOOTER_FR = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                  "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.")
CONF_FOOTER_EN = ("CONFIDENTIALITY NOTICE: this message may contain confidential information. If you "
                  "received it in error, please delete it and notify the sender.")
