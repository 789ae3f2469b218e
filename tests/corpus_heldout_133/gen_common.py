"""Shared data and helpers: seed, people, identifiers, dates, the Rec (finding recorder).

Everything here is invented. NAMs come only from ../blind_nams.txt.
"""
import datetime as dt
import random
import unicodedata
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 13313
HERE = Path(__file__).resolve().parent
BLIND = HERE.parent / "blind_nams.txt"

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]
ID_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"]
IDENTITY_TYPES = ["patient_name"] + ID_TYPES
INFO_TYPES = ["date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact",
              "social_information"]


# ---------------------------------------------------------------- organisation
ORG_FR = "Centre mère-enfant Saint-Aurèle"
ORG_EN = "Saint-Aurèle Mother and Child Centre"
UNIT_FR = "Unité de soins intensifs néonatals (USIN)"
UNIT_EN = "Neonatal Intensive Care Unit (NICU)"
DOM = "cmesa.example"
EXT = {
    "transport": "transport-neonatal-qc.example",
    "ontario": "riverbend-general.example",
    "regional": "hopital-des-deux-rives.example",
    "northern": "csss-haute-riviere.example",
    "pharma1": "pharmacie-lefrancois.example",
    "pharma2": "pharmacie-du-carrefour.example",
    "clsc": "clsc-trois-ruisseaux.example",
    "dpj": "dpj-region-centre.example",
    "milk": "lactarium-regional.example",
    "ophtalmo": "clinique-vision-enfant.example",
    "insurer": "assurances-boreale.example",
    "o2": "oxy-domicile.example",
    "peds": "pediatrie-des-berges.example",
    "vendor1": "medisource-neonat.example",
    "vendor2": "nutripharm-distribution.example",
    "vendor3": "biomed-services.example",
    "congress": "congres-neonat.example",
    "uni": "univ-laurentie.example",
    "gmail": "courriel-perso.example",
    "belgium": "chu-meuse.example",
    "france": "chu-val-de-loire.example",
    "assoc": "preemie-parents.example",
}
ADDR_ORG = "3400, boulevard des Ormeaux, Saint-Aurèle (Québec)  G9Z 0A4"
PHONE_ORG = "418 555-0100"

# ---------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = dt.date.fromisoformat(dob)

    def __repr__(self):
        return f"Holder({self.surname} {self.given})"


def load_holders():
    out = []
    for line in BLIND.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        s, g, d, x, n = line.split()
        out.append(Holder(s, g, d, x, n))
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = sorted({h.surname for h in HOLDERS})


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- name pools
STAFF_SURNAMES = ["Tremblay", "Côté", "Bergeron", "Lévesque", "Dubé", "Vaillancourt", "Desrosiers",
                  "Beaulieu", "Charbonneau", "Lachance", "Dufresne", "Gendron", "Hébert", "Rousseau",
                  "Villeneuve", "Arsenault", "Bisson", "Chabot", "Daigle", "Drouin", "Houle",
                  "Jolicoeur", "Labelle", "Marchand", "Nguyen", "Okafor", "Patel", "Rahimi", "Sauvé",
                  "Turcotte", "Vézina", "Wong", "Kowalski", "Haddad", "Mercier", "Picard", "Lemieux",
                  "Audet", "Boisvert", "Cormier", "Fontaine", "Gervais", "Lalonde", "Moreau", "Perron"]
STAFF_GIVEN_F = ["Isabelle", "Julie", "Catherine", "Marie-Ève", "Annie", "Karine", "Mélanie", "Priya",
                 "Valérie", "Chantal", "Nadia", "Stéphanie", "Amélie", "Joanne", "Rachel", "Hélène",
                 "Audrey", "Leila", "Christine", "Sophie"]
STAFF_GIVEN_M = ["François", "Mathieu", "Alexandre", "Jean-Philippe", "Patrick", "Sébastien", "Olivier",
                 "Kevin", "Daniel", "Hugo", "Éric", "Samuel", "Ahmed", "Thomas", "Vincent", "Martin"]
PAT_SURNAMES = ["Ayotte", "Beauchemin", "Bissonnette", "Corriveau", "Desjardins", "Fafard", "Gingras",
                "Grenier", "Guay", "Lacasse", "Laflamme", "Langevin", "Lavoie", "Lebel", "Marcoux",
                "Ménard", "Nolet", "Plourde", "Poulin", "Proulx", "Rioux", "Robitaille",
                "St-Onge", "Thériault", "Trudel", "Vachon", "Veilleux", "Bazinet", "Chiasson",
                "Da Silva", "Diallo", "Mensah", "Ibrahim", "Benali", "Kaur", "O'Neill", "McKenzie",
                "Henderson", "Fitzgerald", "Kowalczyk", "Petrov", "Santos", "Tran", "Yilmaz",
                "Achour", "Joseph", "Pierre-Louis", "Séguin", "Larouche", "Dallaire", "Fecteau",
                "Goyette", "Harvey", "Imbeault", "Jalbert", "Leclerc", "Maltais", "Normandeau",
                "Pépin", "Quirion", "Rancourt", "Sirois", "Tanguay", "Vigneault", "Whitfield",
                "Abernathy", "Okonkwo", "Lindqvist", "Mahmoud", "Dufour", "Brochu", "Gosselin", "Pouliot"]
BABY_GIVEN_F = ["Léa", "Florence", "Alice", "Olivia", "Charlotte", "Rosalie", "Zoé", "Maëlle", "Ava",
                "Juliette", "Amira", "Chloé", "Lily", "Mila", "Naomi", "Élodie", "Maya", "Clara"]
BABY_GIVEN_M = ["Noah", "Félix", "Thomas", "Arthur", "Jacob", "Édouard", "Liam", "William", "Adam",
                "Léo", "Nathan", "Zack", "Émile", "Samuel", "Hugo", "Malik", "Oscar", "Raphaël"]
PARENT_GIVEN_F = ["Audrey", "Mélissa", "Jessica", "Vanessa", "Kim", "Roxanne", "Marie-Pier", "Émilie",
                  "Sabrina", "Fatou", "Ashley", "Brittany", "Megan", "Ines", "Geneviève", "Noémie",
                  "Laurence", "Andréanne", "Kayla", "Yasmine"]
PARENT_GIVEN_M = ["Maxime", "Jonathan", "Jérémie", "Kevin", "Simon", "Guillaume", "Tyler", "Ryan",
                  "Mamadou", "Karim", "Francis", "Étienne", "Dylan", "Justin", "Carl", "Philippe"]

for _s in STAFF_SURNAMES + PAT_SURNAMES:
    assert _fold(_s) not in {_fold(h) for h in HOLDER_SURNAMES}, _s
assert not set(STAFF_SURNAMES) & set(PAT_SURNAMES)


# ---------------------------------------------------------------- rng helpers
def rng_for(*parts):
    return random.Random("-".join(str(p) for p in (SEED,) + parts))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


class Pool:
    """Draw without repetition (reshuffling when exhausted), deterministic."""

    def __init__(self, items, rng):
        self.items, self.rng, self.bag = list(items), rng, []

    def next(self):
        if not self.bag:
            self.bag = list(self.items)
            self.rng.shuffle(self.bag)
        return self.bag.pop()


# ---------------------------------------------------------------- staff
class Staff:
    def __init__(self, given, surname, role_fr, role_en, title=""):
        self.given, self.surname, self.role_fr, self.role_en, self.title = given, surname, role_fr, role_en, title

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def email(self, dom=DOM):
        return f"{_fold(self.given).replace(' ', '').replace('-', '')[:1]}{_fold(self.surname).replace(' ', '').replace('-', '').replace(chr(39), '')}@{dom}"

    @property
    def male(self):
        return self.given in STAFF_GIVEN_M

    def role(self, lang):
        if lang == "en":
            return self.role_en
        if self.male:
            return MASC.get(self.role_fr, self.role_fr)
        return FEM.get(self.role_fr, self.role_fr)

    def display(self, lang):
        t = self.title
        if t == "Dr":
            t = "Dre" if self.given in STAFF_GIVEN_F and lang == "fr" else "Dr"
        return f"{t} {self.full}".strip()


MASC = {"infirmière praticienne en néonatalogie": "infirmier praticien en néonatalogie", "infirmière-chef": "infirmier-chef",
        "conseillère en lactation": "conseiller en lactation", "travailleuse sociale": "travailleur social",
        "pharmacienne": "pharmacien", "agente administrative": "agent administratif",
        "coordonnatrice du transport": "coordonnateur du transport", "assistante infirmière-chef": "assistant infirmier-chef",
        "coordonnatrice de la banque de lait": "coordonnateur de la banque de lait",
        "coordonnatrice de recherche": "coordonnateur de recherche", "généticienne": "généticien"}
FEM = {"résident en pédiatrie": "résidente en pédiatrie", "chef de service": "cheffe de service"}

ROLES = [("néonatologiste", "neonatologist", "Dr"), ("infirmière praticienne en néonatalogie", "neonatal nurse practitioner", ""),
         ("infirmière-chef", "nurse manager", ""), ("conseillère en lactation", "lactation consultant", ""),
         ("nutritionniste", "dietitian", ""), ("travailleuse sociale", "social worker", ""),
         ("pharmacienne", "pharmacist", ""), ("agente administrative", "unit clerk", ""),
         ("coordonnatrice du transport", "transport coordinator", ""), ("ophtalmologiste", "ophthalmologist", "Dr"),
         ("pédiatre du suivi", "follow-up paediatrician", "Dr"), ("physiothérapeute", "physiotherapist", ""),
         ("résident en pédiatrie", "paediatric resident", "Dr"), ("assistante infirmière-chef", "assistant nurse manager", ""),
         ("coordonnatrice de la banque de lait", "milk bank coordinator", ""), ("audiologiste", "audiologist", ""),
         ("inhalothérapeute", "respiratory therapist", ""), ("chef de service", "division head", "Dr")]


def make_staff(rng):
    out = []
    sp = Pool(STAFF_SURNAMES, rng)
    for i, (rf, re_, t) in enumerate(ROLES * 2):
        given = pick(rng, STAFF_GIVEN_F if rng.random() < 0.7 else STAFF_GIVEN_M)
        out.append(Staff(given, sp.next(), rf, re_, t))
    return out


STAFF = make_staff(rng_for("staff"))


def staff(rng, role_en=None):
    cands = [s for s in STAFF if role_en is None or s.role_en == role_en]
    return pick(rng, cands)


def signature(s, lang, rng, full=True):
    role = s.role(lang)
    org = ORG_FR if lang == "fr" else ORG_EN
    unit = UNIT_FR if lang == "fr" else UNIT_EN
    lines = [s.display(lang), role[:1].upper() + role[1:]]
    if full:
        lines += [unit, org, ADDR_ORG, f"Tél. {PHONE_ORG}, poste {rng.randint(2100, 2899)}" if lang == "fr"
                  else f"Tel. {PHONE_ORG} ext. {rng.randint(2100, 2899)}"]
    return "\n".join(lines)


# ---------------------------------------------------------------- dates
BASE = dt.datetime(2025, 1, 6, 7, 0)


def msg_date(rng):
    d = BASE + dt.timedelta(days=rng.randrange(0, 320), minutes=rng.randrange(0, 14 * 60))
    if d.weekday() >= 5 and rng.random() < 0.7:
        d -= dt.timedelta(days=d.weekday() - 4)
    dst = dt.datetime(2025, 3, 9, 2) <= d < dt.datetime(2025, 11, 2, 2)
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-4 if dst else -5)))


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fdate(d, lang, style=None, rng=None):
    if style is None:
        style = rng.randrange(5) if rng else 0
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2:
        return f"{d.day} {MOIS[d.month-1]} {d.year}" if lang == "fr" else f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == 3:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{d.day:02d}-{MONTHS[d.month-1][:3].lower() if lang == 'en' else MOIS[d.month-1][:4].rstrip('.')}-{d.year}"


def dob_forms(d):
    """All spellings a birth date may take in the corpus (used by the checks)."""
    return {fdate(d, l, s) for l in ("fr", "en") for s in range(5)} | {d.strftime("%Y%m%d"), d.strftime("%d.%m.%Y")}


# ---------------------------------------------------------------- identifier formatting
FW = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return s.translate(FW)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_nam(nam, style):
    return {"plain": nam, "space": group(nam, [4, 4, 4], " "), "dot": group(nam, [4, 4, 4], "."),
            "dash": group(nam, [4, 4, 4], "-"), "slash": group(nam, [4, 4, 4], "/"),
            "fw": fullwidth(nam), "fwspace": fullwidth(group(nam, [4, 4, 4], " "))}[style]


NAM_STYLES = ["plain", "space", "dot", "dash", "slash", "fw", "fwspace", "plain", "space"]


def new_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style):
    return {"plain": n, "space": group(n, [3, 3, 3], " "), "dash": group(n, [3, 3, 3], "-"),
            "dot": group(n, [3, 3, 3], "."), "fw": fullwidth(group(n, [3, 3, 3], " "))}[style]


def new_ohip(rng):
    while True:
        base = str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(8))
        n = base + luhn.calc_check_digit(base)
        if luhn.is_valid(n):
            return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def fmt_ohip(n, style, vc=""):
    s = {"plain": n, "space": group(n, [4, 3, 3], " "), "dash": group(n, [4, 3, 3], "-"),
         "fw": fullwidth(group(n, [4, 3, 3], " ")), "dot": group(n, [4, 3, 3], ".")}[style]
    return f"{s} {vc}".strip() if vc else s


def new_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == "M" else 0)
    base = f"{dob:%y%m%d}{serial:03d}"
    num = int(("2" if dob.year >= 2000 else "") + base)
    n = base + f"{97 - num % 97:02d}"
    assert be_nn.is_valid(n), n
    return n


def fmt_niss(n, style):
    return {"plain": n, "std": be_nn.format(n), "space": group(n, [2, 2, 2, 3, 2], " "),
            "dash": group(n, [6, 3, 2], "-"), "fw": fullwidth(n)}[style]


def new_nir(rng, dob, sex):
    while True:
        dept = f"{rng.choice([37, 41, 45, 18, 36, 28, 75, 69, 59]):02d}"
        base = f"{1 if sex == 'M' else 2}{dob:%y%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        n = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style):
    return {"plain": n, "space": group(n, [1, 2, 2, 2, 3, 3, 2], " "), "dot": group(n, [1, 2, 2, 2, 3, 3, 2], "."),
            "fw": fullwidth(group(n, [1, 2, 2, 2, 3, 3, 2], " ")), "key": n[:13] + " / " + n[13:]}[style]


def new_mrn(rng):
    return f"{rng.randint(1, 9)}{rng.randrange(10**6):06d}"


def fmt_mrn(m, style):
    return {"plain": m, "space": group(m, [1, 3, 3], " "), "dash": group(m, [1, 3, 3], "-"),
            "H": "H" + m, "dot": group(m, [1, 3, 3], "."), "slash": m[:3] + "/" + m[3:],
            "fw": fullwidth(m), "zero": "00" + m}[style]


MRN_STYLES = ["plain", "space", "dash", "H", "dot", "slash", "fw", "zero", "plain", "H"]


def norm_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isalnum())


# ---------------------------------------------------------------- people
class Infant:
    def __init__(self, rng, surname=None, sex=None, named=None, dob=None, ga_w=None, ref=None):
        self.surname = surname or pick(rng, PAT_SURNAMES)
        self.sex = sex or pick(rng, "MF")
        named = rng.random() < 0.75 if named is None else named
        self.given = pick(rng, BABY_GIVEN_M if self.sex == "M" else BABY_GIVEN_F) if named else None
        self.ga_w = ga_w or rng.choice([23, 24, 25, 26, 26, 27, 28, 28, 29, 30, 31, 32, 33, 34, 35, 36, 38, 39])
        if dob is None:
            ref = ref or dt.date(2025, 10, 1)
            stay = max(3, (37 - self.ga_w) * 7)
            dob = ref - dt.timedelta(days=rng.randint(1, stay))
        self.dob = dob
        self.ga_d = rng.randrange(7)
        self.bw = int(max(480, min(3900, (self.ga_w - 20) * 160 + rng.randint(-200, 250))))
        self.mrn = new_mrn(rng)
        self.mrn_style = pick(rng, MRN_STYLES)
        self.twin = rng.choice([None, None, None, None, "A", "B"])
        self.room = f"{rng.choice(['A', 'B', 'C'])}-{rng.randint(1, 24):02d}"
        self.mother_given = pick(rng, PARENT_GIVEN_F)
        self.father_given = pick(rng, PARENT_GIVEN_M)

    def ga(self, lang="fr"):
        return f"{self.ga_w} {self.ga_d}/7 sem" if lang == "fr" else f"{self.ga_w}+{self.ga_d} wk"

    def label(self, lang, style):
        """A name as written by staff."""
        s, g = self.surname, self.given
        twin_fr = f" jumeau {self.twin}" if self.twin else ""
        twin_en = f" twin {self.twin}" if self.twin else ""
        if g is None:
            if lang == "fr":
                return {0: f"Bébé {'garçon' if self.sex == 'M' else 'fille'} {s}{twin_fr}",
                        1: f"{s.upper()}, bébé {'garçon' if self.sex == 'M' else 'fille'}{twin_fr}",
                        2: f"BB {s}{twin_fr}", 3: f"bb {s.lower()}{twin_fr}"}[style % 4]
            return {0: f"Baby {'boy' if self.sex == 'M' else 'girl'} {s}{twin_en}",
                    1: f"{s.upper()}, Baby {'Boy' if self.sex == 'M' else 'Girl'}{twin_en}",
                    2: f"BB {s}{twin_en}", 3: f"baby {s.lower()}{twin_en}"}[style % 4]
        return {0: f"{g} {s}", 1: f"{s.upper()}, {g}", 2: f"{s}, {g}", 3: f"{g.lower()} {s.lower()}",
                4: f"{g[0]}. {s}", 5: f"{s.upper()} {g}", 6: f"{g} {s.upper()}"}[style % 7]

    def mrn_str(self):
        return fmt_mrn(self.mrn, self.mrn_style)


def phone(rng):
    return f"{rng.choice(['418', '581', '819', '367', '450'])} 555-01{rng.randrange(100):02d}"


def phone_fmt(rng, p):
    a, b = p.split(" ")
    return rng.choice([f"({a}) {b}", f"{a}-{b}", f"{a}.{b.replace('-', '.')}", f"{a} {b}", f"1-{a}-{b}"])


STREETS = ["rue des Érables-Rouges", "rang Saint-Joachim", "avenue du Petit-Bois", "rue de la Corniche",
           "chemin des Trois-Lacs", "boulevard Laurentide-Nord", "rue Principale Ouest", "rue des Outardes",
           "montée du Moulin-Vieux", "rue Champfleury"]
TOWNS = [("Saint-Aurèle", "G9Z"), ("Lac-aux-Hérons", "G0X"), ("Val-des-Sources-Nord", "J0B"),
         ("Sainte-Véronne", "G0S"), ("Port-Clément", "G5Y"), ("Beaurivage-Est", "G6B")]


def address(rng):
    t, p = pick(rng, TOWNS)
    apt = f", app. {rng.randint(1, 12)}" if rng.random() < 0.4 else ""
    return f"{rng.randint(12, 4890)}, {pick(rng, STREETS)}{apt}, {t} (Québec)  {p} {rng.randint(1, 9)}{pick(rng, 'ABCEHJKLMNPRT')}{rng.randint(1, 9)}"


# ---------------------------------------------------------------- finding recorder
class Rec:
    """Collects the finding types and identifiers actually written into a positive."""

    def __init__(self):
        self.types = set()
        self.ids = []        # (kind, compact value)
        self.holders = []    # Holder objects whose NAM is written
        self.names = []      # surnames written

    def t(self, *types):
        for x in types:
            assert x in TYPES, x
            self.types.add(x)
        return self

    def name(self, surname):
        self.types.add("patient_name")
        self.names.append(surname)

    def nam(self, h, style=None, rng=None):
        style = style or (pick(rng, NAM_STYLES) if rng else "plain")
        self.types.update(["ramq_nam", "patient_name", "date_of_birth"])
        self.holders.append(h)
        self.names.append(h.surname)
        self.ids.append(("ramq_nam", h.nam))
        return fmt_nam(h.nam, style)

    def mrn(self, inf_or_value, style=None):
        v = inf_or_value.mrn if isinstance(inf_or_value, Infant) else inf_or_value
        st = style or (inf_or_value.mrn_style if isinstance(inf_or_value, Infant) else "plain")
        self.types.add("mrn")
        self.ids.append(("mrn", v))
        return fmt_mrn(v, st)

    def ident(self, kind, value, shown):
        self.types.add(kind)
        self.ids.append((kind, value))
        return shown

    def sorted_types(self):
        return [x for x in TYPES if x in self.types]


class HolderPicker:
    """Assigns NAM holders to plausible roles in a neonatal unit."""

    def __init__(self, rng):
        def pool(f):
            return Pool([h for h in HOLDERS if f(h)], rng)
        self.mother = pool(lambda h: h.sex == "F" and 1976 <= h.dob.year <= 2007)
        self.father = pool(lambda h: h.sex == "M" and 1972 <= h.dob.year <= 2006)
        self.child = pool(lambda h: 2015 <= h.dob.year <= 2019)
        self.grand = pool(lambda h: 1956 <= h.dob.year <= 1968)

    def get(self, role):
        return getattr(self, role).next()


def holder_sex(h, lang):
    if lang == "fr":
        return {"F": "F", "M": "M"}[h.sex]
    return h.sex


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
