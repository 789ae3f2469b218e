"""Shared pieces: organisation, people, identifiers, the message record.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
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

ORG_FR = "CHU de Bellerive-sur-Rivière"
ORG_EN = "Bellerive-sur-Rivière University Hospital"
DOM = "chubsr.example"
DEPT_FR = "Service de chirurgie plastique et reconstructive"
DEPT_EN = "Plastic and Reconstructive Surgery"
BURN_FR = "Centre des grands brûlés, 7e Nord"
BURN_EN = "Burn Unit, 7 North"
HAND_FR = "Clinique de la main et réadaptation"
HAND_EN = "Hand Clinic and Hand Therapy"
ORG_ADDR = "2250, boulevard des Tilleuls, Bellerive-sur-Rivière (Québec) G7Z 0K8"
ORG_PHONE = "418-555-0100"

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


# --------------------------------------------------------------------------- NAMs
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, dob, sex, nam))
    return out


# ------------------------------------------------------------------ name pools
# None of these surnames is a surname of a NAM holder (checked in generate.py).
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lévesque", "Gingras", "Desjardins", "Fontaine",
    "Dufour", "Poulin", "Charbonneau", "Mercier", "Dubé", "Hébert", "Bédard", "Cormier",
    "Therrien", "Lemay", "Langlois", "Picard", "Boisvert", "Lavoie", "Paradis", "Drouin",
    "Plante", "Carrier", "Demers", "Labbé", "Marcoux", "Tessier", "Audet", "Grenier",
    "Lussier", "Breton", "Jodoin", "Harper", "Donnelly", "Fraser", "Morrison", "Patel",
    "Kowalski", "Ferreira", "Petrov", "Ouimet", "Quintal", "Bissonnette", "Larochelle",
    "St-Onge", "Béliveau", "Kaur", "Ramirez", "Doucet", "Vézina", "Sauvé", "Lamarre",
    "McKenna", "O'Brien", "Yilmaz", "Castonguay", "Robitaille", "Desbiens",
]
PAT_GIVEN_F = ["Ginette", "Lise", "Chantal", "Karine", "Mélanie", "Amélie", "Jocelyne",
               "Rachel", "Heather", "Megan", "Priya", "Anaïs", "Océane", "Zoé", "Rose",
               "Francine", "Huguette", "Émilie", "Valérie", "Noémie", "Aisha", "Claire"]
PAT_GIVEN_M = ["Réjean", "Gaétan", "Yvon", "Steve", "Kevin", "Jonathan", "Mathieu",
               "Raymond", "Derek", "Owen", "Tyler", "Rajesh", "Hugo", "Thomas", "Noah",
               "Benoît", "Sylvain", "Étienne", "Jérémie", "Omar", "Patrick", "Gérald"]

# Staff: surnames disjoint from holders' and from patients'.
STAFF = [
    # title_fr, title_en, given, surname, role_fr, role_en, user
    ("Dre", "Dr.", "Nathalie", "Giroux", "chirurgienne plasticienne", "plastic surgeon", "ngiroux"),
    ("Dr", "Dr.", "Samuel", "Okafor", "chirurgien plasticien", "plastic surgeon", "sokafor"),
    ("Dre", "Dr.", "Hélène", "Vachon", "chirurgienne de la main", "hand surgeon", "hvachon"),
    ("Dr", "Dr.", "Karim", "Haddad", "intensiviste, grands brûlés", "burn intensivist", "khaddad"),
    ("Dr", "Dr.", "Peter", "Whitfield", "résident R4 plastie", "PGY-4 plastics resident", "pwhitfield"),
    ("Dre", "Dr.", "Minh", "Nguyen", "résidente R2 plastie", "PGY-2 plastics resident", "mnguyen"),
    ("Mme", "Ms.", "Isabelle", "Rioux", "infirmière clinicienne en soins de plaies", "wound care nurse clinician", "irioux"),
    ("M.", "Mr.", "Alexandre", "Lachance", "infirmier, 7e Nord", "RN, 7 North", "alachance"),
    ("Mme", "Ms.", "Fiona", "Kerr", "ergothérapeute, thérapie de la main", "occupational therapist, hand therapy", "fkerr"),
    ("Mme", "Ms.", "Sophie", "Arsenault", "physiothérapeute", "physiotherapist", "sarsenault"),
    ("Mme", "Ms.", "Maude", "Desrosiers", "agente administrative, clinique de plastie", "clinic clerk, plastics", "mdesrosiers"),
    ("M.", "Mr.", "Liam", "Mercure-Reyes", "travailleur social", "social worker", "lmercurereyes"),
    ("Mme", "Ms.", "Catherine", "Lemieux-Ross", "pharmacienne, grands brûlés", "burn unit pharmacist", "clemieuxross"),
    ("Mme", "Ms.", "Julie", "Provencher", "orthésiste, vêtements compressifs", "orthotist, pressure garments", "jprovencher"),
    ("M.", "Mr.", "Éric", "Villemure", "chef de service administratif", "administrative manager", "evillemure"),
    ("Mme", "Ms.", "Annie", "Beauregard", "infirmière-chef, 7e Nord", "nurse manager, 7 North", "abeauregard"),
    ("Dre", "Dr.", "Rebecca", "Asante", "chirurgienne plasticienne, reconstruction mammaire", "plastic surgeon, breast reconstruction", "rasante"),
    ("M.", "Mr.", "Daniel", "Turcotte", "technicien en administration, bloc opératoire", "OR booking clerk", "dturcotte"),
    ("Mme", "Ms.", "Patricia", "Lindqvist", "conseillère en ressources humaines", "HR advisor", "plindqvist"),
    ("M.", "Mr.", "Yannick", "Comeau", "analyste, soutien informatique", "IT support analyst", "ycomeau"),
    ("Mme", "Ms.", "Geneviève", "Albert", "nutritionniste", "dietitian", "galbert"),
    ("Dr", "Dr.", "Félix", "Brassard", "anesthésiologiste", "anaesthesiologist", "fbrassard"),
]

CITIES = [("Bellerive-sur-Rivière", "QC", "G7Z"), ("Val-des-Aulnes", "QC", "G0X"),
          ("Pointe-aux-Hérons", "QC", "G5R"), ("Sainte-Odile-du-Lac", "QC", "G0L"),
          ("Lac-Brunelle", "QC", "J0T"), ("Saint-Aubert-des-Monts", "QC", "G0R"),
          ("Rivière-Claire", "QC", "G8N"), ("Hawkesford", "ON", "K0B")]
STREETS = ["rue des Ormeaux", "rue Principale Est", "chemin du Rang-Double", "avenue des Pins",
           "rue Saint-Onésime", "boulevard Champfleuri", "rue de la Fabrique", "rang Sainte-Anne",
           "rue des Épinettes", "avenue Beaudry-Nord", "Maple Crescent", "Riverside Drive"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def staff(i):
    t = STAFF[i]
    return {"tfr": t[0], "ten": t[1], "given": t[2], "sur": t[3], "rfr": t[4], "ren": t[5],
            "email": t[6] + "@" + DOM}


def staff_name(i, lang, title=True):
    s = staff(i)
    if not title:
        return s["given"] + " " + s["sur"]
    return (s["tfr"] if lang == "fr" else s["ten"]) + " " + s["given"] + " " + s["sur"]


def signature(i, lang, unit=None):
    s = staff(i)
    role = s["rfr"] if lang == "fr" else s["ren"]
    org = ORG_FR if lang == "fr" else ORG_EN
    unit = unit or (DEPT_FR if lang == "fr" else DEPT_EN)
    ext = 4100 + 7 * i
    tel = "Tél." if lang == "fr" else "Tel."
    return "\n".join(["-- ", s["given"] + " " + s["sur"] + ", " + role, unit, org,
                      ORG_ADDR, "%s 418-555-01%02d, poste %d" % (tel, (i * 3) % 100, ext)
                      if lang == "fr" else "%s 418-555-01%02d ext. %d" % (tel, (i * 3) % 100, ext)])


# --------------------------------------------------------------- identifiers
def luhn_complete(prefix):
    return prefix + luhn.calc_check_digit(prefix)


def make_sin(rng):
    while True:
        p = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        s = luhn_complete(p)
        if ca_sin.is_valid(s):
            return s


def make_ohip(rng):
    while True:
        p = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        s = luhn_complete(p)
        if luhn.is_valid(s):
            return s


def ohip_valid(s):
    return len(s) == 10 and s.isdigit() and luhn.is_valid(s)


def make_niss(rng, dob, sex):
    ctr = rng.randrange(1, 499) * 2 + (1 if sex == "M" else 0)
    if ctr % 2 != (1 if sex == "M" else 0):
        ctr += 1
    base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, ctr)
    num = int(("2" if dob.year >= 2000 else "") + base)
    s = base + "%02d" % (97 - num % 97)
    assert be_nn.is_valid(s), s
    return s


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "31", "67"])
    base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                    rng.randrange(1, 990), rng.randrange(1, 999))
    s = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(s), s
    return s


FULLWIDTH = {ord(c): chr(0xFF10 + int(c)) for c in "0123456789"}


def fw(s):
    return s.translate(FULLWIDTH)


def fmt_nam(n, style):
    a, b, c = n[:4], n[4:8], n[8:]
    return {"plain": n, "space": "%s %s %s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "dash": "%s-%s-%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
            "fw": a + fw(b + c), "lower": n.lower(), "space2": "%s %s" % (a, n[4:])}[style]


NAM_STYLES = ["plain", "plain", "space", "space", "dot", "dash", "slash", "fw", "lower", "space2"]


def fmt_digits(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def fmt_sin(s, style):
    if style == "fw":
        return fw(fmt_digits(s, (3, 3, 3), " "))
    return {"plain": s, "space": fmt_digits(s, (3, 3, 3), " "), "dash": fmt_digits(s, (3, 3, 3), "-"),
            "dot": fmt_digits(s, (3, 3, 3), ".")}[style]


def fmt_ohip(s, style, vc="KT"):
    return {"plain": s, "space": fmt_digits(s, (4, 3, 3), " ") + " " + vc,
            "dash": fmt_digits(s, (4, 3, 3), "-") + "-" + vc, "vc": s + vc}[style]


def fmt_niss(s, style):
    return {"plain": s, "std": "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:]),
            "space": "%s %s %s" % (s[:6], s[6:9], s[9:]),
            "dash": "%s-%s-%s" % (s[:6], s[6:9], s[9:])}[style]


def fmt_nir(s, style):
    if style == "space":
        return fmt_digits(s, (1, 2, 2, 2, 3, 3, 2), " ")
    if style == "key":
        return s[:13] + " " + s[13:]
    if style == "fw":
        return fw(fmt_digits(s, (1, 2, 2, 2, 3, 3), " ")) + " " + s[13:]
    return s


def fmt_mrn(d, style):
    return {"plain": d, "pref": "BSR-" + d, "space": "%s %s %s" % (d[:3], d[3:5], d[5:]),
            "dot": "%s.%s.%s" % (d[:3], d[3:5], d[5:]), "slash": "%s/%s" % (d[:3], d[3:]),
            "fw": fw(d), "hash": "#" + d, "pref2": "BSR " + d[:3] + "-" + d[3:]}[style]


MRN_STYLES = ["plain", "pref", "pref", "space", "dot", "slash", "fw", "hash", "pref2"]


# --------------------------------------------------------------- patients
class Patient:
    pass


def make_patient(rng, holder=None, sex=None, age=None, ontario=False):
    p = Patient()
    if holder is not None:
        p.surname, p.given, p.sex, p.dob, p.nam = holder.surname, holder.given, holder.sex, holder.dob, holder.nam
    else:
        p.sex = sex or rng.choice("MF")
        p.surname = rng.choice(PAT_SURNAMES)
        p.given = rng.choice(PAT_GIVEN_M if p.sex == "M" else PAT_GIVEN_F)
        if age is None:
            age = rng.randrange(4, 90)
        y = 2024 - age
        p.dob = datetime.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        p.nam = None
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (6, 1) else 0)
    p.mrn = "%07d" % rng.randrange(300000, 2999999)
    city = CITIES[-1] if ontario else rng.choice(CITIES[:-1])
    p.city, p.prov, fsa = city
    p.postal = "%s %d%s%d" % (fsa, rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(10))
    p.street = "%d, %s" % (rng.randrange(12, 4800), rng.choice(STREETS))
    area = "613" if ontario else rng.choice(["418", "819", "581", "450", "367"])
    p.phone = "%s-555-01%02d" % (area, rng.randrange(100))
    p.sin = make_sin(rng)
    p.ohip = make_ohip(rng)
    p.niss = make_niss(rng, p.dob, p.sex)
    p.nir = make_nir(rng, p.dob, p.sex)
    return p


def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Mrs." if p.sex == "F" else "Mr."


NAME_STYLES = ["full", "title", "upper_comma", "lower", "init", "surname_init", "title_sur", "upper"]


def render_name(p, style, lang):
    if style == "full":
        return "%s %s" % (p.given, p.surname)
    if style == "title":
        return "%s %s %s" % (title(p, lang), p.given, p.surname)
    if style == "title_sur":
        return "%s %s" % (title(p, lang), p.surname)
    if style == "upper_comma":
        return "%s, %s" % (p.surname.upper(), p.given)
    if style == "upper":
        return "%s %s" % (p.surname.upper(), p.given)
    if style == "lower":
        return "%s %s" % (p.given.lower(), p.surname.lower())
    if style == "init":
        return "%s. %s" % (p.given[0], p.surname)
    if style == "surname_init":
        return "%s %s." % (p.surname, p.given[0])
    if style == "given":
        return p.given
    raise ValueError(style)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%m/%d/%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    raise ValueError(style)


DATE_STYLES = ["iso", "num", "long", "dash", "dot", "iso"]


# --------------------------------------------------------------- message record
class Msg:
    """One e-mail being written.  Helpers both render a piece of text and record
    the finding type it carries, so the label is derived from what is written."""

    def __init__(self, kind, lang, positive, root=None):
        self.kind, self.lang, self.positive = kind, lang, positive
        self.root = root or self
        self.subject = ""
        self.sender = None
        self.to = []
        self.cc = []
        self.text = None
        self.html = None
        self.mode = None
        self.attachments = []
        self.extra_headers = []
        self.note = ""
        if root is None:
            self.types = set()
            self.evidence = []
            self.idents = []
            self.nams = []
            self.content_features = set()

    # ---- generic recorders
    def ev(self, t, s):
        assert t in TYPES, t
        r = self.root
        r.types.add(t)
        r.evidence.append((t, s))
        return s

    def ident(self, t, canonical, shown):
        r = self.root
        r.types.add(t)
        r.idents.append((t, canonical))
        return shown

    def feat(self, f):
        self.root.content_features.add(f)

    def child(self):
        return Msg(self.kind, self.lang, self.positive, root=self.root)

    # ---- patient helpers
    def name(self, p, style="full"):
        if p.nam:  # a NAM holder is always written with the full name as listed
            style = {"init": "full", "surname_init": "upper", "title_sur": "title", "given": "full"}.get(style, style)
        return self.ev("patient_name", render_name(p, style, self.lang))

    def dob(self, p, style="iso"):
        return self.ev("date_of_birth", fmt_date(p.dob, self.lang, style))

    def nam(self, p, style="plain"):
        assert p.nam
        self.root.nams.append(p.nam)
        return self.ident("ramq_nam", p.nam, fmt_nam(p.nam, style))

    def mrn(self, p, style="plain"):
        return self.ident("mrn", p.mrn, fmt_mrn(p.mrn, style))

    def sin(self, p, style="space"):
        return self.ident("ca_sin", p.sin, fmt_sin(p.sin, style))

    def ohip(self, p, style="space"):
        return self.ident("ca_health_number", p.ohip, fmt_ohip(p.ohip, style))

    def niss(self, p, style="std"):
        return self.ident("be_niss", p.niss, fmt_niss(p.niss, style))

    def nir(self, p, style="space"):
        return self.ident("fr_nir", p.nir, fmt_nir(p.nir, style))

    def addr(self, p, oneline=True):
        s = "%s, %s (%s) %s" % (p.street, p.city, p.prov, p.postal)
        self.ev("patient_contact", p.street)
        return s

    def phone(self, p):
        return self.ev("patient_contact", p.phone)

    def dx(self, s):
        return self.ev("diagnosis", s)

    def med(self, s):
        return self.ev("medication", s)

    def lab(self, s):
        return self.ev("lab_result", s)

    def soc(self, s):
        return self.ev("social_information", s)


def plain_name(n):
    """'Surname, Given' or 'Dre Given Surname' -> 'Given Surname' (for sign-offs)."""
    if "," in n:
        sur, given = [x.strip() for x in n.split(",", 1)]
        n = given + " " + sur
    for t in ("Dre ", "Dr ", "Dr. ", "Mme ", "M. ", "Ms. ", "Mr. "):
        if n.startswith(t):
            n = n[len(t):]
    return n


def norm_text(s):
    s = unicodedata.normalize("NFKC", s)
    s = strip_accents(s).casefold()
    return " ".join(s.split())


def norm_ident(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isalnum())
