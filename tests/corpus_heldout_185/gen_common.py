"""Shared data and helpers: people, organisations, identifiers, formatting.

Everything here is invented.  Surnames used for staff and for patients who are
not NAM holders are chosen so that they never coincide with a surname of the
blind NAM list (see load_nams / NAM_SURNAMES check in gen_verify).
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum.iso7064 import mod_37_2

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

SEED = 25185

# ---------------------------------------------------------------- NAM holders

class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob          # datetime.date
        self.sex = sex          # 'F' or 'M'
        self.nam = nam

    def __repr__(self):
        return "NamHolder(%s)" % self.nam


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(NamHolder(surname, given, datetime.date(y, m, d), sex, nam))
    return out


# ---------------------------------------------------------------- name pools
# (given, surname, sex) -- none of these surnames is in the NAM list.

STAFF_FR = [
    ("Nadia", "Lemieux", "F", "hemato"), ("Guillaume", "Vachon", "M", "hemato"),
    ("Véronique", "Desjardins", "F", "hemato"), ("Stéphane", "Beaulieu", "M", "hemato"),
    ("Karine", "Dion", "F", "hemato"), ("Marc-André", "Côté", "M", "hemato"),
    ("Caroline", "Lachance", "F", "hemato"), ("Mathieu", "Fontaine", "M", "hemato"),
    ("Annie", "Villeneuve", "F", "hemato"), ("Éric", "Poulin", "M", "chief"),
    ("Julien", "Bergeron", "M", "resident"), ("Laurence", "Brisson", "F", "resident"),
    ("Simon", "Aubé", "M", "resident"), ("Isabelle", "Lavoie", "F", "nurse"),
    ("Audrey", "Bélisle", "F", "nurse"), ("Chantal", "Dubé", "F", "tech"),
    ("Sophie", "Rioux", "F", "tech"), ("Benoît", "Lévesque", "M", "tech"),
    ("Hélène", "Tremblay", "F", "clerk"), ("Maryse", "Lortie", "F", "clerk"),
    ("Josiane", "Perreault", "F", "pharm"), ("Alexandre", "Leclerc", "M", "hv"),
    ("Patrick", "Hébert", "M", "sw"), ("Mélanie", "Charest", "F", "anticoag"),
    ("Sébastien", "Boivin", "M", "manager"), ("François", "Gosselin", "M", "hr"),
    ("Dominic", "Drouin", "M", "it"), ("Marie-Ève", "Gingras", "F", "apher"),
]
STAFF_EN = [
    ("Grace", "Okafor", "F", "hemato"), ("Kevin", "Lindqvist", "M", "hemato"),
    ("Amira", "Haddad", "F", "hemato"), ("Neil", "Fraser", "M", "hemato"),
    ("Priya", "Raman", "F", "hemato"), ("Owen", "Baptiste", "M", "hemato"),
    ("Ravi", "Sundaram", "M", "chief"), ("Daniel", "O'Connell", "M", "resident"),
    ("Samuel", "Adeyemi", "M", "resident"), ("Laura", "McKenna", "F", "nurse"),
    ("Fiona", "Dalgleish", "F", "nurse"), ("Megan", "Albright", "F", "tech"),
    ("Ian", "Strachan", "M", "tech"), ("Tom", "Kowalski", "M", "tech"),
    ("Jordan", "Reyes", "M", "tech"), ("Alisha", "Gupta", "F", "tech"),
    ("Victor", "Ferreira", "M", "clerk"), ("Wendy", "Chu", "F", "pharm"),
    ("Rachel", "Henderson", "F", "hv"), ("Hannah", "Whitcombe", "F", "hv"),
    ("Beth", "Connolly", "F", "sw"), ("Janet", "Morrow", "F", "anticoag"),
    ("Colin", "Hargreaves", "M", "manager"), ("Sandra", "Pike", "F", "hr"),
    ("Arjun", "Mehta", "M", "it"), ("Tessa", "Quinlan", "F", "apher"),
]

PATIENT_GIVEN_F = ["Ginette", "Réjeanne", "Lise", "Micheline", "Carole", "Yolande", "Francine",
                   "Agathe", "Louise", "Marjolaine", "Noémie", "Rosalie", "Brenda", "Colleen",
                   "Doreen", "Heather", "Tanya", "Aaliyah", "Fatoumata", "Mireille", "Thérèse",
                   "Jocelyne", "Paulette", "Aïcha", "Kimberly", "Maude"]
PATIENT_GIVEN_M = ["Réjean", "Gaétan", "Yvon", "Normand", "Raymond", "Lucien", "Armand",
                   "Ghislain", "Rosaire", "Donald", "Gerald", "Wayne", "Trevor", "Kwame",
                   "Mamadou", "Léo", "Jérémie", "Olivier", "Gordon", "Clifford", "Bertrand",
                   "Jean-Guy", "Fernand", "Samir"]
PATIENT_SURNAMES = ["Bilodeau", "Laflamme", "Proulx", "Arsenault", "Dufour", "Lafrance",
                    "Trudel", "Paradis", "Corriveau", "Labrie", "Brassard", "Turcotte",
                    "Ménard", "Caouette", "Marchand", "St-Pierre", "Rivard", "Lacasse",
                    "Beauchemin", "Doucet", "Guay", "Jobin", "Lessieur", "Vaillancourt",
                    "Quirion", "Sirois", "Thériault", "Audet", "Boisvert", "Cyr",
                    "Kowalczyk", "Mensah", "Diallo", "Osei", "Pham", "Nakamura", "Haldane",
                    "Pritchard", "Greaves", "Dunleavy", "Ellison", "McAllister", "Rafferty",
                    "Coutinho", "Abernathy", "Okonkwo", "Varga", "Sørensen", "Hamdi",
                    "Tessier", "Veilleux", "Bourque", "Goulet", "Plamondon", "Lajoie",
                    "Dostie", "Moisan", "Lefebvre-Roux", "Champagne", "Bisson"]

# fictitious organisations
ORG_FR = {
    "name": "Centre hospitalier régional de Val-des-Ormes",
    "short": "CHRVO",
    "dept": "Service d'hématologie et de médecine transfusionnelle",
    "bank": "Banque de sang",
    "domain": "chrvo.example",
    "addr": "2200, boulevard des Ormes, Val-des-Ormes (Québec) J0X 1A0",
}
ORG_EN = {
    "name": "Val-des-Ormes Regional Hospital",
    "short": "VORH",
    "dept": "Division of Haematology and Transfusion Medicine",
    "bank": "Blood Bank",
    "domain": "chrvo.example",
    "addr": "2200 Ormes Boulevard, Val-des-Ormes QC J0X 1A0",
}
DOMAINS_EXT = {
    "hemovig": "hemovigilance-regionale.example",
    "supplier": "sangnord.example",
    "pharmacy": "pharmacie-boivin-dion.example",
    "pharmacy_en": "lakeshore-pharmacy.example",
    "clinic": "gmf-riviere-noire.example",
    "clinic_en": "maplefield-fht.example",
    "insurer": "assurances-boreal.example",
    "insurer_en": "northstar-life.example",
    "ontario": "ottawa-valley-general.example",
    "belgium": "chu-sart-moulins.example",
    "france": "hopital-brevannes.example",
    "transport": "transport-adapte-ormes.example",
    "cisss_social": "services-sociaux-ormes.example",
    "dpj": "protection-jeunesse-ormes.example",
    "vendor": "bioreactifs-nord.example",
    "vendor_en": "medsupply-canada.example",
    "congress": "congres-hemato.example",
    "university": "universite-des-ormes.example",
}
AREA = ["819", "450", "418", "514", "613", "873"]
STREETS_FR = ["rue des Érables", "rue Principale", "chemin du Lac-Noir", "avenue des Pins",
              "rue Saint-Georges", "rang Sainte-Anne", "rue du Moulin", "boulevard Laurier-Nord",
              "rue de la Fabrique", "montée des Bouleaux"]
STREETS_EN = ["Maple Street", "Birch Crescent", "Lakeview Road", "Pine Avenue",
              "Station Street", "Cedar Lane", "Victoria Road", "Mill Street"]
TOWNS_QC = [("Val-des-Ormes", "J0X 1B2"), ("Sainte-Brigitte-du-Lac", "J0X 2C4"),
            ("Pointe-aux-Cèdres", "J0X 3E1"), ("Saint-Onésime-des-Monts", "J0X 4G7"),
            ("Lac-Clairval", "J0X 5H3")]
TOWNS_ON = [("Glenmorrow", "K0A 1X2"), ("Pembridge", "K0A 2M5")]


def clinic_phone(rng, ext=True):
    p = "%s 555-01%02d" % (rng.choice(AREA), rng.randint(0, 99))
    if ext and rng.random() < 0.5:
        p += " poste %d" % rng.randint(2000, 7999)
    return p


def personal_phone(rng):
    a = rng.choice(AREA)
    n = rng.randint(0, 99)
    return rng.choice(["(%s) 555-01%02d", "%s-555-01%02d", "%s 555 01%02d", "%s.555.01%02d"]) % (a, n)


def home_address(rng, fr=True, ontario=False):
    num = rng.randint(12, 3980)
    if ontario:
        t, pc = rng.choice(TOWNS_ON)
        return "%d %s, %s ON %s" % (num, rng.choice(STREETS_EN), t, pc)
    t, pc = rng.choice(TOWNS_QC)
    if fr:
        apt = (", app. %d" % rng.randint(1, 12)) if rng.random() < 0.3 else ""
        return "%d, %s%s, %s (Québec) %s" % (num, rng.choice(STREETS_FR), apt, t, pc)
    return "%d %s, %s QC %s" % (num, rng.choice(STREETS_EN), t, pc)


# ---------------------------------------------------------------- patients

class Patient:
    """A patient; may be a NAM holder (nam set) or an invented person."""
    def __init__(self, given, surname, sex, dob, nam=None, mrn=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.mrn = mrn

    @property
    def age(self):
        ref = datetime.date(2024, 9, 1)
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


class PatientFactory:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self.used_names = []

    def nam_patient(self):
        h = self.holders.pop(0)
        return Patient(h.given, h.surname, h.sex, h.dob, nam=h.nam, mrn=mrn(self.rng))

    def nam_left(self):
        return len(self.holders)

    def invented(self, sex=None, min_age=18, max_age=90):
        rng = self.rng
        for _ in range(1000):
            s = sex or rng.choice("FM")
            given = rng.choice(PATIENT_GIVEN_F if s == "F" else PATIENT_GIVEN_M)
            surname = rng.choice(PATIENT_SURNAMES)
            if (given, surname) not in self.used_names:
                break
        self.used_names.append((given, surname))
        age = rng.randint(min_age, max_age)
        dob = datetime.date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
        return Patient(given, surname, s, dob, mrn=mrn(rng))


# ---------------------------------------------------------------- identifiers

def mrn(rng):
    return "%07d" % rng.randint(100000, 9899999)


def fmt_mrn(rng, m):
    style = rng.randrange(6)
    if style == 0:
        return m
    if style == 1:
        return "H" + m
    if style == 2:
        return "%s %s" % (m[:3], m[3:])
    if style == 3:
        return "%s-%s" % (m[:3], m[3:])
    if style == 4:
        return "00" + m
    return fullwidth(m) if rng.random() < 0.5 else "/".join([m[:2], m[2:5], m[5:]])


def new_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "%07d" % rng.randint(0, 9999999)
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def new_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "%08d" % rng.randint(0, 99999999)
        num = body + luhn.calc_check_digit(body)
        if ohip_valid(num):
            return num


def ohip_valid(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def new_niss(rng, dob, sex):
    if dob.year >= 2000:
        raise ValueError("only 19xx births used for NISS")
    seq = rng.randrange(1, 997)
    if (seq % 2 == 1) != (sex == "M"):
        seq += 1
    base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, seq)
    chk = 97 - (int(base) % 97)
    num = base + "%02d" % chk
    assert be_nn.is_valid(num), num
    return num


def new_nir(rng, dob, sex):
    dept = rng.choice(["69", "75", "13", "33", "59", "38", "44", "67"])
    base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                     rng.randint(1, 990), rng.randint(1, 999))
    num = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(num), num
    return num


def new_din(rng, facility=None):
    """ISBT 128 donation identification number with ISO 7064 mod 37-2 check."""
    fac = facility or ("W%04d" % rng.randint(1000, 9999))
    core = "%s%02d%06d" % (fac, rng.choice([23, 24]), rng.randint(0, 999999))
    return core, mod_37_2.calc_check_digit(core)


def fmt_din(core, chk):
    return "%s %s %s %s" % (core[:5], core[5:7], core[7:], chk)


def luhn_serial(rng, n):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


FW = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(rng, nam, allow_fw=True):
    style = rng.randrange(8 if allow_fw else 7)
    if style == 0:
        return nam
    if style == 1:
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 3:
        return nam.lower()
    if style == 4:
        return "%s.%s.%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 5:
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 6:
        return " ".join([nam[:4], nam[4:6], nam[6:8], nam[8:10], nam[10:]])
    return fullwidth(nam)


def fmt_sin(rng, s, allow_fw=True):
    style = rng.randrange(5 if allow_fw else 4)
    if style == 0:
        return "%s %s %s" % (s[:3], s[3:6], s[6:])
    if style == 1:
        return "%s-%s-%s" % (s[:3], s[3:6], s[6:])
    if style == 2:
        return s
    if style == 3:
        return "%s.%s.%s" % (s[:3], s[3:6], s[6:])
    return fullwidth("%s %s %s" % (s[:3], s[3:6], s[6:]))


def fmt_ohip(rng, h):
    vc = rng.choice(["", " AB", "-KT", " XH", "-MZ", ""])
    style = rng.randrange(4)
    if style == 0:
        return "%s-%s-%s%s" % (h[:4], h[4:7], h[7:], vc)
    if style == 1:
        return "%s %s %s%s" % (h[:4], h[4:7], h[7:], vc)
    if style == 2:
        return h + vc.replace("-", " ")
    return "%s.%s.%s" % (h[:4], h[4:7], h[7:])


def fmt_niss(rng, n):
    style = rng.randrange(4)
    if style == 0:
        return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if style == 1:
        return n
    if style == 2:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return "%s-%s-%s" % (n[:6], n[6:9], n[9:])


def fmt_nir(rng, n):
    style = rng.randrange(3)
    if style == 0:
        return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    if style == 1:
        return n
    return "%s %s" % (n[:13], n[13:])


# ---------------------------------------------------------------- names & dates

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob_forms(d):
    """All textual forms the generator may use for a birth date (used by the verifier)."""
    return [
        d.isoformat(),
        "%02d/%02d/%04d" % (d.day, d.month, d.year),
        "%02d-%02d-%04d" % (d.day, d.month, d.year),
        "%04d/%02d/%02d" % (d.year, d.month, d.day),
        "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
        "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        "%02d-%s-%04d" % (d.day, MON3[d.month - 1], d.year),
        "%04d%02d%02d" % (d.year, d.month, d.day),
    ]


def fmt_dob(rng, d, lang):
    forms = dob_forms(d)
    if lang == "fr":
        return forms[rng.choice([0, 1, 4, 4, 3, 2])]
    return forms[rng.choice([0, 5, 5, 6, 3, 1])]


def fmt_date(d, lang, short=False):
    if lang == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year) if not short else "%02d/%02d" % (d.day, d.month)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year) if not short else "%s %d" % (MON3[d.month - 1], d.day)


def sex_label(rng, sex, lang):
    if lang == "fr":
        return rng.choice(["Sexe : %s" % sex, "Sexe: %s" % sex,
                           "Sexe : %s" % ("féminin" if sex == "F" else "masculin")])
    return rng.choice(["Sex: %s" % sex, "Sex: %s" % ("female" if sex == "F" else "male"),
                       "Sex %s" % sex])


def name_form(rng, p, lang, style=None):
    """Varied written forms of a patient's name; always contains the surname."""
    forms = [
        "%s %s" % (p.given, p.surname),
        "%s, %s" % (p.surname.upper(), p.given),
        "%s %s" % (p.surname.upper(), p.given),
        "%s %s" % (p.given.lower(), p.surname.lower()),
        "%s. %s" % (p.given[0], p.surname),
        ("Mme %s %s" if p.sex == "F" else "M. %s %s") % (p.given, p.surname) if lang == "fr"
        else ("Ms. %s %s" if p.sex == "F" else "Mr. %s %s") % (p.given, p.surname),
        ("Mme %s" if p.sex == "F" else "M. %s") % p.surname if lang == "fr"
        else ("Mrs %s" if p.sex == "F" else "Mr %s") % p.surname,
        "%s, %s" % (p.surname, p.given),
    ]
    if style is not None:
        return forms[style]
    return forms[rng.randrange(len(forms))]


def full_name_form(rng, p, lang):
    """Forms that contain both given name and surname (needed beside a NAM)."""
    return name_form(rng, p, lang, rng.choice([0, 1, 2, 3, 5, 7]))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    s = strip_accents(s)
    return "".join(c if c.isalnum() else "_" for c in s).strip("_")


def staff(rng, lang, role=None):
    pool = STAFF_FR if lang == "fr" else STAFF_EN
    cand = [x for x in pool if x[3] == role] or pool
    g, s, sex, _ = rng.choice(cand)
    return g, s, sex


def staff_names(lang, role):
    return [x[:3] for x in (STAFF_FR if lang == "fr" else STAFF_EN) if x[3] == role]


def email_of(given, surname, domain):
    return "%s.%s@%s" % (slug(given).lower().replace("_", "-"), slug(surname).lower().replace("_", ""), domain)


def dr(lang, given, surname, sex, rng=None):
    if lang == "fr":
        t = "Dre" if sex == "F" else "Dr"
    else:
        t = "Dr." if (rng is None or rng.random() < 0.6) else "Dr"
    return "%s %s %s" % (t, given, surname)


def new_rng(seed=SEED):
    return random.Random(seed)
