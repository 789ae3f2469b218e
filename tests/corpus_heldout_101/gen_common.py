"""Shared data and helpers: people, institutions, identifiers, disguises, dates.

Everything here is invented except the RAMQ NAM holders, which are read from
../blind_nams.txt (relative to this folder) and always used with their own
name, birth date and sex.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, "..", "blind_nams.txt")

TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
FIXED_ZIP_TIME = (2025, 3, 3, 9, 0, 0)


def rng_for(seed, kind, index):
    """Independent, stable random stream for one message."""
    return random.Random("%s:%s:%d" % (seed, kind, index))


# --------------------------------------------------------------------------
# NAM holders (the only RAMQ numbers allowed)
# --------------------------------------------------------------------------
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'F' or 'M'
        self.nam = nam

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_holders():
    holders = []
    with open(NAMS_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            holders.append(Person(surname, given, datetime.date(y, m, d), sex, nam))
    return holders


# --------------------------------------------------------------------------
# Name pools (disjoint from the NAM holders' surnames)
# --------------------------------------------------------------------------
PATIENT_SURNAMES = [
    "Tremblay", "Côté", "Lavoie", "Bergeron", "Lévesque", "Dubé", "Gingras",
    "Desjardins", "Turcotte", "Hébert", "Poulin", "Vachon", "Dion", "Lachance",
    "Harvey", "Beaulieu", "Grenier", "Labbé", "Rioux", "Dufour", "Boivin",
    "Arsenault", "Mercier", "Charbonneau", "Perreault", "Nguyen", "Diallo",
    "Traoré", "Haddad", "Benali", "Kowalski", "Rossi", "Singh", "Patel",
    "Okafor", "Mensah", "Chen", "Wong", "Fernandez", "Murphy", "O'Brien",
    "Kaur", "Joseph", "Pierre-Louis", "Saint-Fleur", "Mukendi", "Castillo",
    "Ramirez", "Ahmadi", "Rahman", "Doucet", "Bolduc", "Gosselin", "Pichette",
    "Landry", "Thériault", "Bissonnette", "Laroche", "Caouette", "Sauvé",
]
PATIENT_GIVEN_F = [
    "Julie", "Isabelle", "Chantal", "Mélanie", "Amina", "Fatoumata", "Mei",
    "Priya", "Rosalie", "Léa", "Chloé", "Camille", "Jessica", "Karine",
    "Nadia", "Yasmine", "Guerline", "Maria", "Anh", "Olivia", "Florence",
    "Lucie", "Renée", "Aïcha", "Stéphanie", "Valérie", "Hannah", "Grace",
]
PATIENT_GIVEN_M = [
    "Marc-Antoine", "Jean-François", "Mathieu", "Olivier", "Kevin", "Mamadou",
    "Ibrahim", "Wei", "Rajesh", "Thanh", "Étienne", "Félix", "Samuel",
    "Yannick", "Jonathan", "Réjean", "Gaétan", "Carlos", "Daniel", "Omar",
    "Kwame", "Ricardo", "Hugo", "Benoît", "Francis", "Alexandre", "Tyler",
]

STAFF_SURNAMES = [
    "Vézina", "Lemieux", "Brassard", "Tessier", "Ouimet", "Lacasse",
    "Provencher", "St-Onge", "Marchand", "Gendron", "Bernier", "Dupuis",
    "Paradis", "Lambert", "Rousseau", "Fontaine", "Hamel", "Ménard", "Cormier",
    "Lefebvre", "Desrosiers", "Archambault", "Bisson", "Champagne", "Laflamme",
    "Whitfield", "Harrington", "Okonkwo", "Sandhu", "Delgado", "Novak",
    "Fitzgerald", "Park", "Ibrahimovic", "Kaplan", "Asselin", "Beauchemin",
    "Jodoin", "Leduc", "Théberge", "Quintal", "Vallières",
]
STAFF_GIVEN = [
    "Hélène", "François", "Annie", "Patrick", "Sophie", "Martin", "Caroline",
    "Luc", "Nathan", "Émilie", "Vincent", "Audrey", "Sébastien", "Marie-Ève",
    "Guillaume", "Catherine", "Philippe", "Jasmine", "Eric", "Laura", "Kenji",
    "Rachel", "Andrew", "Fiona", "Samir", "Valentina", "Maxime", "Nadine",
]

# Institutions: (short, full name fr, full name en, domain, city, area code)
INSTITUTIONS = [
    ("CHUB", "CHU Boréal", "Boreal University Hospital", "chuboreal.example", "Trois-Rives", "819"),
    ("HMV", "Hôpital du Mont-Vallier", "Mont-Vallier Hospital", "montvallier.example", "Saint-Aurèle", "450"),
    ("CISSS-BT", "CISSS des Basses-Terres", "Basses-Terres Integrated Health Centre", "cisss-bt.example", "Lac-Argent", "450"),
    ("RGH", "Hôpital Riverside", "Riverside General Hospital", "riversidegh.example", "Pointe-Lorne", "514"),
    ("CSVH", "Clinique santé-voyage Horizon", "Horizon Travel Health Clinic", "horizon-voyage.example", "Montréal", "514"),
]
DSP = ("DSPBT", "Direction de santé publique des Basses-Terres",
       "Basses-Terres Public Health Directorate", "dsp-bt.example", "Lac-Argent", "450")
CLINICS = [
    ("GMF du Quartier Lafleur", "gmf-lafleur.example", "514"),
    ("Clinique médicale des Érables", "cm-erables.example", "819"),
    ("Lakeshore Family Medicine", "lakeshorefm.example", "514"),
    ("CLSC de la Pointe", "clsc-pointe.example", "418"),
    ("Clinique Santé Sexuelle L'Escale", "escale-ss.example", "514"),
]
PHARMACIES = [
    ("Pharmacie Brunelle & Associés", "pharmabrunelle.example", "450"),
    ("Pharmacie Lavallée-Roch", "pharmalr.example", "819"),
    ("Westmount Square Pharmacy", "wsqpharm.example", "514"),
]
PERSONAL_DOMAINS = ["courriel.example", "mail.example", "videotron-perso.example",
                    "post.example", "webmail.example"]
STREETS = ["rue des Pins", "boulevard Laurier", "rue Principale", "avenue du Parc",
           "rue Saint-Denis", "chemin du Lac", "rue Champlain", "rue Notre-Dame",
           "Maple Street", "rue de la Gare", "avenue Querbes", "rang Saint-Joseph"]
CITIES = [("Montréal", "H2T"), ("Laval", "H7N"), ("Longueuil", "J4K"),
          ("Gatineau", "J8Y"), ("Sherbrooke", "J1H"), ("Trois-Rivières", "G9A"),
          ("Saint-Jérôme", "J7Z"), ("Québec", "G1R"), ("Terrebonne", "J6W")]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def slug(s):
    out = strip_accents(s).lower().replace("'", "").replace(" ", "").replace("-", "")
    return out


def phone(rng, area=None):
    area = area or rng.choice(["514", "438", "450", "819", "418", "613", "579"])
    return "%s-555-01%02d" % (area, rng.randint(0, 99))


def phone_fmt(rng, area=None):
    p = phone(rng, area)
    a, b, c = p.split("-")
    style = rng.randint(0, 3)
    if style == 0:
        return p
    if style == 1:
        return "(%s) %s-%s" % (a, b, c)
    if style == 2:
        return "%s %s-%s" % (a, b, c)
    return "%s.%s.%s" % (a, b, c)


def address(rng):
    city, fsa = rng.choice(CITIES)
    num = rng.randint(12, 9870)
    apt = rng.choice(["", "", "", "app. %d, " % rng.randint(1, 24)])
    pc = "%s %d%s%d" % (fsa, rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVXY"), rng.randint(0, 9))
    return "%s%d, %s" % (apt, num, rng.choice(STREETS)), "%s (Québec) %s" % (city, pc)


# --------------------------------------------------------------------------
# People factories
# --------------------------------------------------------------------------
class Staff:
    def __init__(self, given, surname, role_fr, role_en, inst, physician):
        self.given = given
        self.surname = surname
        self.role_fr = role_fr
        self.role_en = role_en
        self.inst = inst
        self.physician = physician

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    @property
    def email(self):
        return "%s.%s@%s" % (slug(self.given), slug(self.surname), self.inst[3])

    def title_fr(self):
        if not self.physician:
            return self.full
        fem = self.given in FEMALE_STAFF_GIVEN
        return ("Dre " if fem else "Dr ") + self.full

    def title_en(self):
        return ("Dr. " + self.full) if self.physician else self.full


FEMALE_STAFF_GIVEN = {"Hélène", "Annie", "Sophie", "Caroline", "Émilie", "Audrey",
                      "Marie-Ève", "Catherine", "Jasmine", "Laura", "Rachel",
                      "Fiona", "Valentina", "Nadine"}

ROLES = [
    ("infectiologue", "infectious diseases physician", True),
    ("microbiologiste-infectiologue", "medical microbiologist", True),
    ("médecin, clinique santé-voyage", "travel medicine physician", True),
    ("résident(e) R3 médecine interne", "internal medicine resident (R3)", True),
    ("infirmière clinicienne, clinique VIH", "HIV clinic nurse", False),
    ("infirmier en santé-voyage", "travel health nurse", False),
    ("pharmacienne, antibiogouvernance", "antimicrobial stewardship pharmacist", False),
    ("agente administrative", "medical office assistant", False),
    ("infirmière en maladies infectieuses, santé publique", "public health communicable disease nurse", False),
    ("travailleuse sociale", "social worker", False),
    ("coordonnatrice PCI", "infection prevention and control coordinator", False),
    ("chef de service, maladies infectieuses", "chief, infectious diseases", True),
    ("technologiste médicale, microbiologie", "medical laboratory technologist, microbiology", False),
]


def make_staff(rng, role_idx=None, inst=None, physician=None):
    if role_idx is None:
        cands = [i for i, r in enumerate(ROLES) if physician is None or r[2] == physician]
        role_idx = rng.choice(cands)
    rf, re_, ph = ROLES[role_idx]
    given = rng.choice(STAFF_GIVEN)
    fem = given in FEMALE_STAFF_GIVEN
    for f, m in GENDERED:
        rf = rf.replace(m, f) if fem else rf.replace(f, m)
    rf = rf.replace("résident(e)", "résidente" if fem else "résident")
    return Staff(given, rng.choice(STAFF_SURNAMES), rf, re_,
                 inst or rng.choice(INSTITUTIONS), ph)


GENDERED = [("infirmière clinicienne", "infirmier clinicien"), ("infirmière en", "infirmier en"),
            ("pharmacienne", "pharmacien"), ("agente administrative", "agent administratif"),
            ("travailleuse sociale", "travailleur social"), ("coordonnatrice", "coordonnateur"),
            ("technologiste", "technologiste"), ("cheffe de service", "chef de service")]


def make_patient(rng, sex=None, min_year=1935, max_year=2022):
    sex = sex or rng.choice("FM")
    given = rng.choice(PATIENT_GIVEN_F if sex == "F" else PATIENT_GIVEN_M)
    dob = datetime.date(rng.randint(min_year, max_year), rng.randint(1, 12), rng.randint(1, 28))
    return Person(rng.choice(PATIENT_SURNAMES), given, dob, sex)


# --------------------------------------------------------------------------
# Name renderings (all count as patient_name)
# --------------------------------------------------------------------------
def name_form(rng, p, lang="fr", style=None):
    styles = ["full", "title", "surname_first", "upper_first", "lower",
              "initials", "comma"]
    style = style or rng.choice(styles)
    if style == "full":
        return p.full
    if style == "title":
        if lang == "fr":
            return ("Mme " if p.sex == "F" else "M. ") + p.full
        return ("Ms. " if p.sex == "F" else "Mr. ") + p.full
    if style == "surname_first":
        return "%s %s" % (p.surname, p.given)
    if style == "upper_first":
        return "%s, %s" % (p.surname.upper(), p.given)
    if style == "lower":
        return p.full.lower()
    if style == "initials":
        if "-" in p.given:
            a, b = p.given.split("-", 1)
            ini = "%s.-%s." % (a[0], b[0])
        else:
            ini = p.given[0] + "."
        return "%s %s" % (ini, p.surname)
    if style == "comma":
        return "%s, %s" % (p.surname, p.given)
    raise ValueError(style)


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohn(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n) and len(n) == 10:
            return n


def valid_ohn(n):
    n = "".join(c for c in n if c.isdigit())
    return len(n) == 10 and n[0] != "0" and luhn.is_valid(n)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1 if serial < 997 else -1
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        pref = "2" if dob.year >= 2000 else ""
        chk = 97 - (int(pref + base) % 97)
        n = base + "%02d" % chk
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex, dept=None):
    dept = dept or rng.choice(["75", "69", "13", "33", "59", "44", "31", "67", "99"])
    commune = "%03d" % (rng.choice([109, 350, 216, 134, 352]) if dept == "99" else rng.randint(1, 400))
    order = "%03d" % rng.randint(1, 999)
    base = "%d%02d%02d%s%s%s" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept, commune, order)
    key = 97 - (int(base) % 97)
    n = base + "%02d" % key
    assert fr_nir.is_valid(n), n
    return n


def gen_mrn(rng):
    kind = rng.randint(0, 4)
    if kind == 0:
        return "%07d" % rng.randint(100000, 9999999)
    if kind == 1:
        return "H%07d" % rng.randint(100000, 9999999)
    if kind == 2:
        return "%02d-%02d-%03d" % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 999))
    if kind == 3:
        return "M%06d" % rng.randint(0, 999999)
    return "%08d" % rng.randint(10000000, 99999999)


FULLWIDTH = {c: chr(0xFF10 + int(c)) for c in "0123456789"}


def fullwidth_digits(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def disguise_nam(rng, nam, allow_fw=True, style=None):
    styles = ["plain", "plain", "space4", "space_all", "dots", "slash", "lower", "dash"]
    if allow_fw:
        styles.append("fullwidth")
    style = style or rng.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space4": "%s %s %s" % (a, b, c),
        "space_all": " ".join(nam),
        "dots": "%s.%s.%s" % (a, b, c),
        "slash": "%s/%s/%s" % (a, b, c),
        "lower": nam.lower(),
        "dash": "%s-%s-%s" % (a, b, c),
        "fullwidth": a + fullwidth_digits(b + c),
    }[style]


def disguise_digits(rng, n, groups, allow_fw=True, style=None):
    styles = ["plain", "grouped", "grouped", "dots", "dash", "slash", "spaced"]
    if allow_fw:
        styles.append("fullwidth")
    style = style or rng.choice(styles)
    parts, i = [], 0
    for g in groups:
        parts.append(n[i:i + g])
        i += g
    if style == "plain":
        return n
    if style == "grouped":
        return " ".join(parts)
    if style == "dots":
        return ".".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "spaced":
        return " ".join(n)
    return fullwidth_digits(" ".join(parts))


def fmt_sin(rng, n, allow_fw=True):
    return disguise_digits(rng, n, [3, 3, 3], allow_fw)


def fmt_ohn(rng, n, allow_fw=True):
    s = disguise_digits(rng, n, [4, 3, 3], allow_fw)
    if rng.random() < 0.4:
        s += rng.choice([" ", "-", " "]) + rng.choice(["AB", "KT", "XZ", "MJ", "HG"])
    return s


def fmt_niss(rng, n, allow_fw=True):
    r = rng.randint(0, 3)
    if r == 0:
        return "%s.%s.%s-%s.%s" % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:11])
    if r == 1:
        return "%s%s%s %s %s" % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:11])
    if r == 2:
        return n
    return disguise_digits(rng, n, [2, 2, 2, 3, 2], allow_fw)


def fmt_nir(rng, n, allow_fw=True):
    r = rng.randint(0, 2)
    if r == 0:
        return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:15])
    if r == 1:
        return n
    return disguise_digits(rng, n, [1, 2, 2, 2, 3, 3, 2], allow_fw)


def fmt_mrn(rng, mrn, lang):
    if lang == "fr":
        lab = rng.choice(["No dossier", "N° de dossier", "Dossier", "# dossier", "No DME", "dossier"])
    else:
        lab = rng.choice(["MRN", "Chart #", "MRN:", "Hospital no.", "chart"])
    if lab.endswith(":"):
        sep = " "
    elif lab.endswith("#"):
        sep = rng.choice([" ", ""])
    else:
        sep = rng.choice([": ", " ", " : ", " #"])
    return "%s%s%s" % (lab, sep, mrn)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def msg_datetime(rng):
    base = datetime.datetime(2025, 1, 6, 7, 0)
    d = base + datetime.timedelta(days=rng.randint(0, 300),
                                  minutes=rng.randint(0, 11 * 60))
    if d.weekday() >= 5 and rng.random() < 0.85:
        d += datetime.timedelta(days=7 - d.weekday())
    tz = TZ_EDT if 3 <= d.month <= 10 else TZ_EST
    return d.replace(tzinfo=tz)


def fmt_date(rng, d, lang, style=None):
    style = style if style is not None else rng.randint(0, 4)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return ("%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)) if lang == "fr" \
            else ("%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year))
    if style == 2:
        return "%02d/%02d/%d" % (d.day, d.month, d.year) if lang == "fr" else "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == 3:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    return "%02d.%02d.%d" % (d.day, d.month, d.year) if lang == "fr" else "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)


def dob_phrase(rng, p, lang):
    d = fmt_date(rng, p.dob, lang)
    if lang == "fr":
        return rng.choice(["né%s le %s" % ("e" if p.sex == "F" else "", d), "DDN : %s" % d,
                           "date de naissance %s" % d, "(DDN %s)" % d])
    return rng.choice(["DOB %s" % d, "born %s" % d, "date of birth: %s" % d, "(DOB: %s)" % d])


def future_date(rng, now, lo=2, hi=40):
    d = now.date() + datetime.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


# --------------------------------------------------------------------------
# Greetings & signatures
# --------------------------------------------------------------------------
def greeting(rng, lang, name=None):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour %s," % (name or ""), "Salut,", "Bonjour à tous,",
                "Allo %s," % (name or ""), "Chère collègue,", "Cher collègue,", ""]
    else:
        opts = ["Hi,", "Hi %s," % (name or ""), "Hello,", "Dear colleague,",
                "Good morning,", "Hi all,", "%s -" % (name or "Hi"), ""]
    g = rng.choice(opts)
    return g.replace(" ,", ",")


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,",
                           "Au plaisir,", "Merci de votre collaboration,", "Bien à vous,", "—"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Cheers,",
                       "Many thanks,", "Kind regards,", "—"])


def signature(rng, st, lang):
    inst = st.inst
    name = st.title_fr() if lang == "fr" else st.title_en()
    role = st.role_fr if lang == "fr" else st.role_en
    org = inst[1] if lang == "fr" else inst[2]
    tel = "%s-555-01%02d" % (inst[5], rng.randint(0, 99))
    style = rng.randint(0, 5)
    if style == 0:
        return "%s\n%s\n%s\nTél. : %s, poste %d" % (name, role, org, tel, rng.randint(2000, 7999)) if lang == "fr" \
            else "%s\n%s\n%s\nTel: %s ext. %d" % (name, role, org, tel, rng.randint(2000, 7999))
    if style == 1:
        return "%s | %s | %s" % (name, role, org)
    if style == 2:
        return "-- \n%s\n%s — %s\n%s" % (name, role, org, st.email)
    if style == 3:
        return st.given
    if style == 4:
        conf = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements "
                "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire.") if lang == "fr" else \
            ("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
             "If you received it in error, please delete it.")
        return "%s\n%s\n%s\n\n%s" % (name, role, org, conf)
    return "%s\n%s" % (st.given[0] + ". " + st.surname, tel)
