"""Shared helpers: seeded randomness, invented people, identifiers, formatting.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG = {
    "fr": "Clinique de médecine de l'obésité et de chirurgie bariatrique",
    "en": "Obesity Medicine and Bariatric Surgery Program",
    "hosp": "Hôpital Saint-Aurèle",
    "dom": "hsaurele.example",
    "addr": "2250, boulevard des Récollets, aile C, 4e étage",
    "city": "Trois-Lacs (Québec)  G8Z 0A7",
    "tel": "819 555-0100",
    "fax": "819 555-0101",
}

# ---------------------------------------------------------------- the team
# (given, surname, sex, role_fr, role_en, local-part)
STAFF = [
    ("Jean-Philippe", "Vachon", "M", "chirurgien bariatrique", "bariatric surgeon", "jp.vachon"),
    ("Amira", "Haddad", "F", "chirurgienne générale et bariatrique", "general and bariatric surgeon", "amira.haddad"),
    ("Colin", "Fraser", "M", "chirurgien bariatrique", "bariatric surgeon", "colin.fraser"),
    ("Hélène", "Lemieux", "F", "interniste, médecine de l'obésité", "internist, obesity medicine", "helene.lemieux"),
    ("Raj", "Kapoor", "M", "endocrinologue", "endocrinologist", "raj.kapoor"),
    ("Annie-Claude", "Tanguay", "F", "nutritionniste, Dt.P.", "dietitian, RD", "ac.tanguay"),
    ("Megan", "O'Brien", "F", "nutritionniste", "registered dietitian", "megan.obrien"),
    ("Marc-André", "Provencher", "M", "psychologue", "psychologist", "ma.provencher"),
    ("Leah", "Sinclair", "F", "psychologue", "psychologist, C.Psych.", "leah.sinclair"),
    ("Sophie", "Gingras", "F", "infirmière clinicienne", "clinical nurse", "sophie.gingras"),
    ("Tanya", "Walsh", "F", "infirmière pivot", "nurse navigator", "tanya.walsh"),
    ("Lise", "Drouin", "F", "agente administrative", "administrative officer", "lise.drouin"),
    ("Kim", "Bennett", "F", "commis aux rendez-vous", "booking clerk", "kim.bennett"),
    ("Valérie", "Rioux", "F", "travailleuse sociale", "social worker", "valerie.rioux"),
    ("Pierre-Luc", "Ménard", "M", "chef de service", "program manager", "pl.menard"),
    ("Chidi", "Okafor", "M", "résident R3 chirurgie", "surgery resident PGY-3", "chidi.okafor"),
    ("Nadia", "Ferreira", "F", "pharmacienne", "pharmacist", "nadia.ferreira"),
    ("Guillaume", "Beaulieu", "M", "kinésiologue", "kinesiologist", "g.beaulieu"),
    ("Isabelle", "Charbonneau", "F", "coordonnatrice du bloc opératoire", "OR coordinator", "i.charbonneau"),
    ("Wen", "Chen", "F", "technicienne en administration", "finance clerk", "wen.chen"),
]

# outside people (family physicians, pharmacists, insurer agents ...)
EXT_GIVEN = ["Mireille", "Bruno", "Olivier", "Danielle", "Samuel", "Josiane", "Rachel", "Thomas",
             "Hugo", "Élise", "Grace", "Victor", "Nora", "Félix", "Ariane", "Patrice"]
EXT_SUR = ["Desjardins", "Hébert", "Lachance", "Turcotte", "Gosselin", "Dion", "Lavallée",
           "Brassard", "Champagne", "Picard", "Robitaille", "Vaillancourt", "Bolduc", "Fréchette",
           "Marcoux", "Paradis", "Séguin", "Trudel", "Veilleux", "Kowalski", "Campbell", "Hughes",
           "Stewart", "Mensah", "Patel", "Nguyen"]

# patients that do not hold a NAM of the list (no NAM surname is used here)
PAT_SUR_FR = ["Lavoie", "Tremblay", "Bélisle", "Grondin", "Dubé", "Bisson", "Caouette", "Lachapelle",
              "Pouliot", "Leclerc", "Vézina", "Sirois", "Allard", "Audet", "Blais", "Boivin", "Labbé",
              "Desrosiers", "Gaudreault", "Laflamme", "Moreau", "Nolin", "Parent", "Poulin",
              "Rousseau", "Sauvé", "Thériault", "Verreault", "Bédard", "Cormier", "Daigle", "Guay",
              "Lambert", "Mercier", "Ouimet", "Perron", "Racine", "Savoie", "Turgeon", "Côté"]
PAT_SUR_EN = ["Henderson", "Kowalczyk", "Doyle", "Whitfield", "Gallagher", "Fitzgerald", "Hartley",
              "Lindqvist", "Okonkwo", "Petrakis", "Duarte", "Sokolov", "Abernathy", "Reyes",
              "Morrison", "Delgado", "Harrington", "Baxter", "Nakamura", "Ashworth", "Pereira",
              "Novak", "Quinlan", "Sutherland", "McKinnon", "Oyelaran"]
GIVEN = {
    ("fr", "F"): ["Chantal", "Isabelle", "Martine", "Lucie", "Véronique", "Karine", "Mélanie", "Julie",
                  "Stéphanie", "Annie", "Josianne", "Francine", "Carole", "Nicole", "Marie-Ève",
                  "Audrey", "Catherine", "Sonia", "Linda", "Johanne", "Maryse", "Nancy"],
    ("fr", "M"): ["Mathieu", "Sylvain", "Daniel", "Stéphane", "Éric", "Patrick", "Alain", "Yves",
                  "Jean-François", "Martin", "Sébastien", "Guy", "Réjean", "Normand", "Simon",
                  "Maxime", "François", "Luc", "Benoît", "Denis", "Steve", "Gaétan"],
    ("en", "F"): ["Jennifer", "Amanda", "Rebecca", "Karen", "Melissa", "Priya", "Tamara", "Heather",
                  "Colleen", "Dana", "Jessica", "Natalie", "Lauren", "Brenda", "Tiffany", "Shannon"],
    ("en", "M"): ["Kevin", "Brian", "Darren", "Marcus", "Trevor", "Aaron", "Jason", "Derek", "Omar",
                  "Nathan", "Scott", "Wayne", "Curtis", "Dwayne", "Ryan", "Tyler"],
}

STREETS_QC = ["rue des Outardes", "chemin du Lac-Vert", "rue Principale", "rang Sainte-Claire",
              "avenue des Ormes", "rue du Coteau", "boulevard des Hirondelles", "rue Saint-Aurèle",
              "montée du Moulin", "rue des Pins-Gris", "croissant Boisclair", "rue de la Fabrique"]
CITIES_QC = [("Trois-Lacs", "G8Z"), ("Saint-Ildefonse-des-Prés", "J0K"), ("Lac-Ombre", "G0X"),
             ("Pointe-aux-Hérons", "G0S"), ("Mont-Brûlé", "J0T"), ("Val-des-Bouleaux", "J9P")]
STREETS_EN = ["Birchwood Cres.", "Mill Road", "Kestrel Avenue", "Lakeview Drive", "Station Street",
              "Orchard Lane", "Hollis Court", "Gatineau Street"]
CITIES_ON = [("Kenmore Falls", "K0A"), ("Port Ellery", "K0L"), ("Ashcombe", "K7N"), ("North Carrow", "P0M")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

REF_YEAR = 2025
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ---------------------------------------------------------------- NAM list
def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append({"surname": sur, "given": given, "dob": datetime.date(y, m, d),
                        "sex": sex, "nam": nam})
    return out


NAM_SURNAMES = sorted({n["surname"] for n in load_nams()})


def age(dob, on=datetime.date(REF_YEAR, 6, 30)):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        body = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def ohn_valid(num):
    num = "".join(ch for ch in num if ch.isdigit())
    return len(num) == 10 and num[0] != "0" and luhn.is_valid(num)


def gen_ohn(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def gen_niss(rng, dob, sex):
    while True:
        cnt = rng.randrange(1, 998)
        if (cnt % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, cnt)
        n = ("2" + base) if dob.year >= 2000 else base
        num = base + "%02d" % (97 - int(n) % 97)
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def gen_nir(rng, dob, sex, dept=None):
    dept = dept or rng.choice(["26", "38", "69", "13", "75", "59", "35", "44"])
    body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                     rng.randrange(1, 990), rng.randrange(1, 999))
    num = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(num)
    return num


def gen_mrn(rng):
    style = rng.randrange(4)
    if style == 0:
        return "H" + "".join(rng.choice("0123456789") for _ in range(7))
    if style == 1:
        return "%07d" % rng.randrange(100000, 9999999)
    if style == 2:
        return "SA-%06d" % rng.randrange(1, 999999)
    return "%02d-%05d" % (rng.randrange(10, 99), rng.randrange(1, 99999))


def luhn_serial(rng, n):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_lot(rng):
    """15-digit lot number whose last two digits are a mod-97 key (NIR-shaped)."""
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(12))
    return body + "%02d" % (97 - int(body) % 97)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def disguise(rng, kind, value, style=None):
    """Render an identifier plainly or disguised (spaces, dots, slashes, dashes, full-width)."""
    styles = ["plain", "space", "dot", "slash", "dash", "fullwidth", "fw_space", "lower"]
    style = style or rng.choice(styles)
    sizes = {"nam": [4, 4, 4], "sin": [3, 3, 3], "ohn": [4, 3, 3], "niss": [2, 2, 2, 3, 2],
             "nir": [1, 2, 2, 2, 3, 3, 2], "mrn": [3, 4]}.get(kind, [3, 3, 3])
    if kind == "mrn" and not value.isdigit():
        style = rng.choice(["plain", "fullwidth", "lower"])
    if style == "plain":
        r = value
    elif style == "space":
        r = group(value, sizes, " ")
    elif style == "dot":
        r = group(value, sizes, ".")
    elif style == "slash":
        r = group(value, sizes, "/")
    elif style == "dash":
        r = group(value, sizes, "-")
    elif style == "fullwidth":
        r = value.translate(FULLWIDTH)
    elif style == "fw_space":
        r = group(value, sizes, " ").translate(FULLWIDTH)
    else:  # lower (only letters change)
        r = value.lower() if kind in ("nam", "mrn") else group(value, sizes, " ")
    return r


# ---------------------------------------------------------------- dates
def fdate(d, lang, style=None, rng=None):
    if style is None:
        style = rng.choice(["iso", "num", "long"]) if rng else "iso"
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year) if lang == "fr" else "%04d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "dash":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    if lang == "fr":
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def dob_renderings(d):
    """Every way fdate can print a birth date (used by the checker)."""
    return {fdate(d, lang, st) for lang in ("fr", "en") for st in ("iso", "num", "dash", "long")}


def fday(d, lang):
    if lang == "fr":
        return "%s %d %s" % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    return "%s, %s %d" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, sex, dob, lang):
        self.given, self.surname, self.sex, self.dob, self.lang = given, surname, sex, dob, lang
        self.nam = None
        self.mrn = None
        self.address = None
        self.phone = None
        self.province = "QC"

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def name(self, rng, lang, full_only=False):
        """A varied rendering of the name (always with the surname)."""
        forms = [
            "%s %s" % (self.title(lang), self.full),
            "%s, %s" % (self.surname.upper(), self.given),
            self.full,
            "%s %s" % (self.surname.upper(), self.given),
            "%s %s" % (self.surname, self.given),
            self.full.lower(),
        ]
        if not full_only:
            forms += ["%s. %s" % (self.given[0], self.surname),
                      "%s %s" % (self.title(lang), self.surname),
                      "%s%s. %s" % (self.given[0], "." if "-" not in self.given else "-" + self.given.split("-")[1][0] + ".", self.surname)]
        return rng.choice(forms)


def phone(rng, area=None):
    area = area or rng.choice(["819", "450", "418", "514", "873"])
    sep = rng.choice(["-", " ", "."])
    core = "555%s01%02d" % (sep, rng.randrange(10, 100))
    return rng.choice(["%s-%s" % (area, core), "(%s) %s" % (area, core), "%s %s" % (area, core)])


def address(rng, province="QC"):
    if province == "ON":
        city, fsa = rng.choice(CITIES_ON)
        return "%d %s, %s, ON  %s %d%s%d" % (rng.randrange(12, 990), rng.choice(STREETS_EN), city, fsa,
                                             rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(10))
    if province == "FR":
        return "%d, %s, %05d %s" % (rng.randrange(1, 60), rng.choice(["rue des Tanneurs", "impasse des Lilas", "allée du Vieux-Pressoir"]),
                                     rng.choice([26140, 38590, 69420]), rng.choice(["Montclar-les-Vignes", "Saint-Obrède", "Bourg-Ravel"]))
    if province == "BE":
        return "%s %d, %d %s" % (rng.choice(["Rue du Moulin-Bas", "Chaussée de Vireux", "Rue des Fagnes"]), rng.randrange(1, 90),
                                 rng.choice([4890, 5590, 6830]), rng.choice(["Ferrières-la-Haute", "Onhaye-le-Val", "Bouillon-Sart"]))
    city, fsa = rng.choice(CITIES_QC)
    return "%d, %s, %s (Québec)  %s %d%s%d" % (rng.randrange(12, 3990), rng.choice(STREETS_QC), city, fsa,
                                                rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(10))


def staff(rng, role=None, n=None):
    pool = STAFF if role is None else [s for s in STAFF if role in s[4] or role in s[3]]
    return rng.choice(pool)


def staff_addr(s):
    return "%s %s" % (s[0], s[1]), "%s@%s" % (s[5], ORG["dom"])


def signature(s, lang, rng, short=False):
    name = "%s %s" % (s[0], s[1])
    dr = s[4].endswith("surgeon") or s[4] in ("internist, obesity medicine", "endocrinologist") or "resident" in s[4]
    if dr:
        name = ("Dr " if s[2] == "M" or lang == "en" else "Dre ") + name
    if short:
        return "%s\n%s" % (name if rng.random() < 0.6 else s[0], s[3] if lang == "fr" else s[4])
    role = s[3] if lang == "fr" else s[4]
    lines = ["--", name, role[0].upper() + role[1:], ORG["fr"] if lang == "fr" else ORG["en"], ORG["hosp"],
             ORG["addr"], ORG["city"], ("Tél. " if lang == "fr" else "Tel. ") + ORG["tel"] + " poste %d" % rng.randrange(2200, 2299)]
    if rng.random() < 0.5:
        lines.append(("Téléc. " if lang == "fr" else "Fax ") + ORG["fax"])
    if rng.random() < 0.4:
        lines.append(CONF_NOTE[lang])
    return "\n".join(lines)


CONF_NOTE = {
    "fr": "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
          "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
    "en": "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received "
          "it in error, please delete it and notify the sender.",
}


def ext_person(rng):
    return rng.choice(EXT_GIVEN), rng.choice(EXT_SUR)


def slug(s):
    return "".join(ch for ch in strip_accents(s).lower() if ch.isalnum() or ch in ".-")
