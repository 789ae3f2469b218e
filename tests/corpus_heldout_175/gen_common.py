"""Shared pools, identifiers and formatting helpers for the gastroenterology corpus.

Everything here is invented. RAMQ NAMs are read only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25175
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

FLAVOUR = ("gastroenterology department — endoscopy unit (colonoscopy and gastroscopy booking, "
           "bowel preparation instructions, pathology results), inflammatory bowel disease clinic, "
           "hepatology follow-up, colorectal cancer screening program")

# --------------------------------------------------------------------------- NAM holders

class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)

    def __repr__(self):
        return "Holder(%s)" % self.nam


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            out.append(Holder(surname, given, dob, sex, nam))
    return out


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- name pools

FR_SURNAMES = ["Tremblay", "Côté", "Beaulieu", "Dufresne", "Lavoie", "Bergeron", "Pelchat",
               "Desrosiers", "Lachance", "Vaillancourt", "Giguère", "Marchand", "Charbonneau",
               "Drouin", "Thériault", "Ménard", "Bissonnette", "Arsenault", "Lemieux", "Poulin",
               "Blais", "Labrecque", "Dionne", "Gosselin", "Lévesque", "Rioux", "Cormier",
               "Perreault", "Larouche", "Hébert", "Villeneuve", "Chartrand", "Paradis",
               "Provencher", "Robichaud", "Turcotte", "St-Onge", "Beauchemin", "Fontaine", "Sauvé",
               "Dagenais", "Laflamme", "Boisvert", "Jolicoeur", "Normandin", "Aubin", "Vachon",
               "Goyette", "Lamontagne", "Brassard"]
EN_SURNAMES = ["Whitfield", "Okafor", "Henderson", "Kowalski", "Nguyen", "Patel", "Fitzgerald",
               "O'Brien", "Campbell", "Mahmoud", "Rossi", "Chen", "Haddad", "Lindqvist", "Duarte",
               "Abernathy", "Greaves", "Pemberton", "McAllister", "Sorensen", "Ashworth", "Delgado",
               "Ferreira", "Grant", "Hollis", "Ibrahim", "Jablonski", "Kerr", "Lowry", "Mensah",
               "Novak", "Osei", "Park", "Quinlan", "Reyes", "Singh", "Thornton", "Underwood",
               "Vance", "Yamamoto"]
FR_GIVEN_F = ["Ginette", "Hélène", "Josiane", "Lucie", "Micheline", "Chantal", "Nicole",
              "Francine", "Véronique", "Marie-Ève", "Julie", "Annie", "Claudette", "Rachel",
              "Solange", "Yvette", "Maude", "Camille", "Léa", "Odette"]
FR_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Yvon", "Benoît", "Stéphane", "Martin", "Sylvain",
              "Jean-Guy", "Denis", "Raymond", "Luc", "Mathieu", "Olivier", "Félix", "Alexandre",
              "Éric", "Jocelyn", "Serge", "Guy"]
EN_GIVEN_F = ["Margaret", "Linda", "Karen", "Deborah", "Priya", "Aisha", "Fiona", "Heather",
              "Olivia", "Grace", "Nora", "Joan", "Beverly", "Tamara", "Chloe"]
EN_GIVEN_M = ["Gordon", "Trevor", "Kevin", "Dwayne", "Raj", "Samuel", "Kwame", "Derek", "Harold",
              "Neil", "Ethan", "Graham", "Victor", "Hiroshi", "Malik"]

# Staff (never patients). Used freely in negatives.
STAFF_FR = [
    ("Dre", "Isabelle", "Fréchette", "gastroentérologue, clinique MII", "ifrechette"),
    ("Dr", "Karim", "Benali", "hépatologue", "kbenali"),
    ("Dre", "Mélanie", "Quintal", "gastroentérologue, directrice de l'endoscopie", "mquintal"),
    ("Dr", "Hugo", "Desjardins", "chirurgien colorectal", "hdesjardins"),
    ("Dre", "Anne-Sophie", "Lacasse", "pathologiste", "aslacasse"),
    ("Dr", "François", "Leclerc", "chef du service de gastroentérologie", "fleclerc"),
    ("", "Valérie", "Gingras", "infirmière-chef, unité d'endoscopie", "vgingras"),
    ("", "Karine", "Beaudoin", "infirmière pivot, clinique MII", "kbeaudoin"),
    ("", "Sonia", "Labelle", "infirmière clinicienne, hépatologie", "slabelle"),
    ("", "Marc-André", "Vézina", "agent administratif, prise de rendez-vous", "mavezina"),
    ("", "Lyne", "Charest", "agente administrative, endoscopie", "lcharest"),
    ("", "Patrick", "Lussier", "coordonnateur, programme de dépistage colorectal", "plussier"),
    ("", "Maryse", "Trudel", "travailleuse sociale, gastroentérologie", "mtrudel"),
    ("", "Amélie", "Rousseau", "pharmacienne, clinique MII", "arousseau"),
    ("", "Étienne", "Lafrenière", "technicien en retraitement des endoscopes", "elafreniere"),
]
STAFF_EN = [
    ("Dr.", "Owen", "Radcliffe", "hepatologist", "oradcliffe"),
    ("Dr.", "Priyanka", "Raman", "gastroenterologist, IBD clinic", "praman"),
    ("Dr.", "Thomas", "Achterberg", "medical director, endoscopy", "tachterberg"),
    ("Dr.", "Ruth", "Okonkwo", "pathologist", "rokonkwo"),
    ("Dr.", "Alan", "Whitcombe", "colorectal surgeon", "awhitcombe"),
    ("", "Janet", "Cho", "charge nurse, endoscopy unit", "jcho"),
    ("", "Megan", "Foley", "IBD nurse specialist", "mfoley"),
    ("", "Colin", "Marsh", "booking clerk, endoscopy", "cmarsh"),
    ("", "Erin", "Walsh", "coordinator, colorectal screening program", "ewalsh"),
    ("", "Daniel", "Kaminski", "IT analyst, clinical systems", "dkaminski"),
    ("", "Farah", "Siddiqui", "manager, digestive health program", "fsiddiqui"),
    ("", "Bridget", "Lyle", "hepatology nurse practitioner", "blyle"),
    ("", "Rohan", "Mehta", "pharmacist, ambulatory care", "rmehta"),
]

ORG_DOMAIN = "chrb.example"
ORG_FR = "Centre hospitalier régional de Bellerive"
ORG_EN = "Bellerive Regional Hospital Centre"
ORG_ADDR = "1200, boulevard des Récollets, Bellerive (Québec) J0X 2R0"
ORG_PHONE_ENDO = "819-555-0142"
ORG_PHONE_MII = "819-555-0147"
ORG_PHONE_HEPATO = "819-555-0151"
ORG_PHONE_DEPIST = "819-555-0158"

EXT = {  # external correspondents
    "gmf": ("GMF des Érables", "gmf-erables.example"),
    "clinic_en": ("Riverside Family Health Team", "riversidefht.example"),
    "pharm": ("Pharmacie Lavoie-Brisson", "pharm-lb.example"),
    "pharm_en": ("Carrow Falls Pharmacy", "carrowrx.example"),
    "transport": ("Transport adapté Bellerive", "tabellerive.example"),
    "clsc": ("CLSC du Vieux-Moulin", "clsc-vieuxmoulin.example"),
    "insurer_fr": ("Boréal-Vie, assurance collective", "borealvie.example"),
    "insurer_en": ("Northstar Life Group Benefits", "northstarlife.example"),
    "be": ("Clinique universitaire Sainte-Waudru", "cusw.example"),
    "fr": ("Centre hospitalier Lyon-Confluence", "chlc.example"),
    "psp": ("Programme de soutien ClariBio", "claribio-psp.example"),
    "psp_en": ("AxisCare Patient Support", "axiscare-psp.example"),
    "hosp_on": ("Lakeshore General Hospital", "lakeshoregh.example"),
    "lab": ("Laboratoires Médicis", "labmedicis.example"),
    "vendor": ("Optimed Endoscopie inc.", "optimed-endo.example"),
    "vendor_en": ("NorthBay Surgical Supply", "northbaysurgical.example"),
}
PERSONAL_DOMAINS = ["courriel.example", "mailbox.example", "netcourrier.example", "videotron-mail.example"]

FR_TOWNS = [("Bellerive", "J0X 2R0"), ("Sainte-Odile-du-Lac", "J0X 3B4"), ("Pointe-aux-Hérons", "J0X 1T7"),
            ("Lac-Brûlé", "J0X 2K9"), ("Saint-Aurèle", "J0X 3M1")]
EN_TOWNS = [("Carrow Falls, ON", "K0A 4R2"), ("Maple Bend, ON", "K0A 1N8"), ("Bellerive (Québec)", "J0X 2R0")]
FR_STREETS = ["rue des Pins", "rue Saint-Hilaire", "chemin du Rang-Double", "avenue des Ormes",
              "rue Principale", "boulevard Lamennais", "rue de la Fabrique", "montée des Sables",
              "rue Champlain-Nord", "chemin de la Baie"]
EN_STREETS = ["Elm Crescent", "Riverbend Road", "Old Mill Lane", "Hawthorn Avenue", "Queen Street East",
              "Birchwood Drive", "Cedar Court", "Lakeview Terrace"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def phone(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(["819", "613", "873"]), rng.randint(0, 99))


# --------------------------------------------------------------------------- dates

def d_fr(d, style=0):
    if style == 0:
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    if style == 1:
        return d.isoformat()
    if style == 2:
        return d.strftime("%d/%m/%Y")
    if style == 3:
        return d.strftime("%d-%m-%Y")
    return "%s %d %s" % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])


def d_en(d, style=0):
    if style == 0:
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 1:
        return d.isoformat()
    if style == 2:
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    if style == 3:
        return d.strftime("%Y/%m/%d")
    return "%s, %s %d" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def d_lang(d, lang, style=0):
    return d_fr(d, style) if lang == "fr" else d_en(d, style)


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- identifiers

FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 10
    return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        first9 = dob.strftime("%y%m%d") + "%03d" % serial
        base = int(("2" if dob.year >= 2000 else "") + first9)
        num = first9 + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex, dept=None):
    while True:
        dept = dept or rng.choice(["69", "75", "38", "42", "01"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randint(1, 899) \
            + "%03d" % rng.randint(1, 999)
        num = body + "%02d" % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return "%07d" % rng.randint(100000, 9899999)


def fmt_mrn(rng, mrn, lang):
    style = rng.randint(0, 5)
    if style == 0:
        return mrn
    if style == 1:
        return "%s %s" % (mrn[:3], mrn[3:])
    if style == 2:
        return "CHRB-" + mrn
    if style == 3:
        return "%s.%s" % (mrn[:4], mrn[4:])
    if style == 4:
        return " ".join(mrn)
    return "H" + mrn


def fmt_digits(rng, num, groups, style=None):
    """Format a numeric identifier using one of several disguises."""
    if style is None:
        style = rng.choice(["plain", "space", "space", "dot", "dash", "slash", "odd", "full"])
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    if style == "plain":
        return num
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "odd":
        return "  ".join(parts[:1]) + " " + " ".join(parts[1:]).replace(" ", "  ", 1)
    if style == "full":
        return fullwidth(" ".join(parts))
    return num


def fmt_nam(rng, nam, style=None):
    if style is None:
        style = rng.choice(["plain", "plain", "space", "space", "dash", "dot", "slash", "lower", "full"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {"plain": nam, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
            "lower": ("%s %s %s" % (a, b, c)).lower(), "full": fullwidth("%s %s %s" % (a, b, c))}[style]


def fmt_sin(rng, n, style=None):
    return fmt_digits(rng, n, (3, 3, 3), style)


def fmt_ohip(rng, n, style=None):
    v = rng.choice(["", " " + rng.choice(["AB", "KT", "ZX", "HM", "PL"])])
    return fmt_digits(rng, n, (4, 3, 3), style) + v


def fmt_niss(rng, n, style=None):
    if style is None:
        style = rng.choice(["be", "be", "plain", "space"])
    if style == "be":
        return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return fmt_digits(rng, n, (6, 3, 2), style)


def fmt_nir(rng, n, style=None):
    if style is None:
        style = rng.choice(["fr", "fr", "plain", "dot"])
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    if style == "fr":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    return n


# --------------------------------------------------------------------------- patients

class Patient:
    """An invented patient (no NAM) or a NAM holder wrapped with extra invented details."""

    def __init__(self, rng, lang, holder=None, sex=None, age_range=(25, 85)):
        self.holder = holder
        if holder:
            self.surname, self.given, self.sex, self.dob = holder.surname, holder.given, holder.sex, holder.dob
            self.nam = holder.nam
        else:
            self.sex = sex or rng.choice("FM")
            fr = lang == "fr" if rng.random() < 0.8 else lang != "fr"
            if fr:
                self.surname = rng.choice(FR_SURNAMES)
                self.given = rng.choice(FR_GIVEN_F if self.sex == "F" else FR_GIVEN_M)
            else:
                self.surname = rng.choice(EN_SURNAMES)
                self.given = rng.choice(EN_GIVEN_F if self.sex == "F" else EN_GIVEN_M)
            age = rng.randint(*age_range)
            self.dob = datetime.date(2025 - age, rng.randint(1, 12), rng.randint(1, 28))
            self.nam = None
        self.mrn = gen_mrn(rng)
        if lang == "fr" or rng.random() < 0.3:
            town, pc = rng.choice(FR_TOWNS)
            self.address = "%d, %s, %s (Québec) %s" % (rng.randint(12, 2400), rng.choice(FR_STREETS), town, pc)
        else:
            town, pc = rng.choice(EN_TOWNS)
            self.address = "%d %s, %s %s" % (rng.randint(12, 2400), rng.choice(EN_STREETS), town, pc)
        self.phone = phone(rng)
        local = strip_accents(self.given.lower().replace("-", "").replace("'", ""))[:1] + \
            strip_accents(self.surname.lower().replace("-", "").replace("'", "").replace(" ", ""))
        self.email = "%s%d@%s" % (local, rng.randint(1, 99), rng.choice(PERSONAL_DOMAINS))

    # --- naming styles
    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title":
            if lang == "fr":
                return "%s %s %s" % ("Mme" if self.sex == "F" else "M.", g, s)
            return "%s %s %s" % ("Ms." if self.sex == "F" else "Mr.", g, s)
        if style == "title_surname":
            if lang == "fr":
                return "%s %s" % ("Mme" if self.sex == "F" else "M.", s)
            return "%s %s" % ("Mrs." if self.sex == "F" else "Mr.", s)
        if style == "surname_first":
            return "%s, %s" % (s.upper(), g)
        if style == "surname_first_plain":
            return "%s %s" % (s, g)
        if style == "lower":
            return ("%s %s" % (g, s)).lower()
        if style == "initials":
            return "%s. %s" % (g[0], s)
        if style == "upper":
            return ("%s %s" % (s, g)).upper()
        if style == "given":
            return g
        return "%s %s" % (g, s)

    def title(self, lang):
        if lang == "fr":
            return "Madame" if self.sex == "F" else "Monsieur"
        return "Ms." if self.sex == "F" else "Mr."

    def il(self, lang):  # pronoun
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def obj(self, lang):
        if lang == "fr":
            return "la" if self.sex == "F" else "le"
        return "her" if self.sex == "F" else "him"

    def sex_label(self, lang):
        if lang == "fr":
            return self.sex
        return self.sex


FULL_STYLES = ["full", "title", "surname_first", "surname_first_plain", "lower", "upper"]
ANY_STYLES = FULL_STYLES + ["initials", "title_surname"]


class Ctx:
    """Per-message generation context handed to templates."""

    def __init__(self, rng, holders, lang):
        self.rng = rng
        self.lang = lang
        self._holders = holders
        self.ids = []       # (type, raw value) recorded for verification
        self.nams = []      # (nam, surname, given, dob string, sex string)

    def patient(self, lang=None, **kw):
        return Patient(self.rng, lang or self.lang, **kw)

    def nam_patient(self, lang=None, min_age=None, max_age=None):
        for i, h in enumerate(self._holders):
            a = age_at(h.dob, datetime.date(2025, 1, 1))
            if (min_age is None or a >= min_age) and (max_age is None or a <= max_age):
                self._holders.pop(i)
                return Patient(self.rng, lang or self.lang, holder=h)
        raise RuntimeError("no NAM holder left for age %s-%s" % (min_age, max_age))

    def later(self, a, b):
        d = self.date.date() + datetime.timedelta(days=self.rng.randint(a, b))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def earlier(self, a, b):
        d = self.date.date() - datetime.timedelta(days=self.rng.randint(a, b))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def hour(self):
        return self.rng.choice(["7 h 30", "8 h", "8 h 45", "9 h 15", "10 h", "11 h 30", "13 h", "13 h 45", "14 h 30"]) \
            if self.lang == "fr" else self.rng.choice(["7:30", "8:00", "8:45", "9:15", "10:00", "11:30", "13:00", "14:30"])

    def staff(self, lang=None, k=1):
        pool = STAFF_FR if (lang or self.lang) == "fr" else STAFF_EN
        picks = self.rng.sample(pool, k)
        return picks if k > 1 else picks[0]

    # identifier emitters (record what was written)
    def nam(self, p, dob_str, sex_str, style=None):
        self.nams.append((p.nam, p.surname, p.given, dob_str, sex_str))
        self.ids.append(("ramq_nam", p.nam))
        return fmt_nam(self.rng, p.nam, style)

    def sin(self, style=None):
        n = gen_sin(self.rng)
        self.ids.append(("ca_sin", n))
        return fmt_sin(self.rng, n, style)

    def ohip(self, style=None):
        n = gen_ohip(self.rng)
        self.ids.append(("ca_health_number", n))
        return fmt_ohip(self.rng, n, style)

    def niss(self, p, style=None):
        n = gen_niss(self.rng, p.dob, p.sex)
        self.ids.append(("be_niss", n))
        return fmt_niss(self.rng, n, style)

    def nir(self, p, style=None):
        n = gen_nir(self.rng, p.dob, p.sex)
        self.ids.append(("fr_nir", n))
        return fmt_nir(self.rng, n, style)

    def mrn(self, p):
        return fmt_mrn(self.rng, p.mrn, self.lang)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


EXT_MD_FR = ["Dre Chloé Bastien", "Dr Raphaël Ouimet", "Dre Nadia Bensaïd", "Dr Philippe Gariépy",
             "Dre Sophie Marcoux", "Dr Antoine Lebrun"]
EXT_MD_EN = ["Dr. Sandra Kilbride", "Dr. Marcus Obi", "Dr. Helen Vasquez-Tran", "Dr. Peter Lund",
             "Dr. Anita Sharma", "Dr. Colm Dwyer"]


def md_email(name, domain):
    parts = strip_accents(name).replace(".", "").split()
    return "%s.%s@%s" % (parts[1].lower(), parts[-1].lower(), domain)


def staff_name(s, with_title=True):
    t, g, n = s[0], s[1], s[2]
    return ("%s %s %s" % (t, g, n)).strip() if with_title and t else "%s %s" % (g, n)


def staff_addr(s):
    return ("%s %s" % (s[1], s[2]), "%s@%s" % (s[4], ORG_DOMAIN))


def signature(s, lang, phone_no=None, unit=None):
    unit = unit or ("Service de gastroentérologie" if lang == "fr" else "Digestive Health Program")
    org = ORG_FR if lang == "fr" else ORG_EN
    tel = "Tél." if lang == "fr" else "Tel."
    return "%s\n%s\n%s — %s\n%s\n%s %s" % (staff_name(s), s[3], unit, org, ORG_ADDR, tel,
                                           phone_no or ORG_PHONE_ENDO)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def new_rng(seed, *parts):
    return random.Random("%d|%s" % (seed, "|".join(str(p) for p in parts)))
