"""Shared data and helpers for the urology-department corpus generator.

Everything here is invented: people, institutions, addresses, phone numbers
(555-01xx) and identifiers.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


SEED_DEFAULT = 25179
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")
REF_DATE = datetime.date(2025, 1, 15)

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
DOM = "hsv-sante.example"
ORG_FR = "Hôpital Sainte-Vérène"
ORG_EN = "Sainte-Vérène Hospital"
DEPT_FR = "Service d'urologie"
DEPT_EN = "Department of Urology"
ORG_ADDR_FR = "2250, boulevard des Récollets, Val-des-Ormes (Québec) J7Z 2M4"
ORG_ADDR_EN = "2250 Récollets Blvd, Val-des-Ormes, QC J7Z 2M4"
CLINIC_PHONES = {
    "uro": "450 555-0120", "fax": "450 555-0121", "litho": "450 555-0124",
    "cysto": "450 555-0126", "biopsy": "450 555-0127", "contin": "450 555-0129",
    "vasect": "450 555-0131", "bloc": "450 555-0133", "ti": "450 555-0140",
    "rh": "450 555-0142", "paie": "450 555-0143", "appro": "450 555-0145",
}

EXT = {
    "gmf": ("GMF de la Rivière-Nord", "gmf-riviere-nord.example"),
    "gmf2": ("Clinique médicale du Vieux-Moulin", "cm-vieuxmoulin.example"),
    "clsc": ("CLSC de Val-des-Ormes", "clsc-valdesormes.example"),
    "pharm": ("Pharmacie Lavoie & Gendron", "pharmacie-lavoie-gendron.example"),
    "pharm2": ("Pharmacie du Carrefour Sarrazin", "pharma-carrefour.example"),
    "assur": ("Assurances Boréale, invalidité", "assurances-boreale.example"),
    "assur2": ("Mutuelle Horizon Vie", "horizonvie.example"),
    "transport": ("Transport adapté des Basses-Terres", "ta-basses-terres.example"),
    "labo": ("Laboratoires Médicis", "labo-medicis.example"),
    "ottawa": ("Westgate Family Health Team", "westgate-fht.example"),
    "be": ("Mutualité de l'Ourthe", "mutualite-ourthe.example"),
    "fr": ("Mutuelle Armor Santé", "armor-sante.example"),
    "dpj": ("Direction de la protection de la jeunesse, secteur Basses-Terres", "dpj-bt.example"),
    "vendor": ("Uromedix Canada inc.", "uromedix.example"),
    "vendor2": ("Lithotec Services", "lithotec.example"),
    "vendor3": ("Distribution Médicale Laurier", "dml-laurier.example"),
    "conf": ("Association des urologues du Littoral", "aul-congres.example"),
}

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --------------------------------------------------------------------------
# Staff (no surname shared with any NAM holder; checked by the verifier)
# --------------------------------------------------------------------------
_STAFF = [
    # key, title_fr, title_en, given, surname, role_fr, role_en
    ("vachon", "Dr", "Dr.", "Étienne", "Vachon", "urologue", "urologist"),
    ("dansereau", "Dre", "Dr.", "Mireille", "Dansereau", "urologue", "urologist"),
    ("sethi", "Dr", "Dr.", "Rajiv", "Sethi", "urologue, endo-urologie", "urologist, endourology"),
    ("lemieux", "Dre", "Dr.", "Chloé", "Lemieux-Hart", "urologue, urologie fonctionnelle",
     "urologist, functional urology"),
    ("okafor", "Dr", "Dr.", "Samuel", "Okafor", "urologue", "urologist"),
    ("brisebois", "Dr", "Dr.", "Hugo", "Brisebois", "résident R3 en urologie", "urology resident (R3)"),
    ("lariviere", "Dre", "Dr.", "Anne-Sophie", "Larivière", "résidente R2 en urologie",
     "urology resident (R2)"),
    ("champagne", "Mme", "Ms.", "Isabelle", "Champagne", "infirmière pivot en uro-oncologie",
     "uro-oncology nurse navigator"),
    ("desrochers", "Mme", "Ms.", "Karine", "Desrochers", "infirmière clinicienne, continence",
     "continence nurse clinician"),
    ("ferland", "Mme", "Ms.", "Julie", "Ferland", "assistante infirmière-chef, lithotripsie",
     "assistant head nurse, lithotripsy unit"),
    ("theriault", "M.", "Mr.", "Marc-André", "Thériault", "infirmier clinicien, sondes et stomies",
     "nurse clinician, catheters and stomas"),
    ("nguyen", "Mme", "Ms.", "Linh", "Nguyen", "infirmière, clinique de biopsie",
     "nurse, prostate biopsy clinic"),
    ("rioux", "Mme", "Ms.", "Stéphanie", "Rioux", "infirmière, cystoscopie", "cystoscopy nurse"),
    ("haddad", "Mme", "Ms.", "Nadia", "Haddad", "agente administrative, rendez-vous",
     "booking clerk"),
    ("picard", "M.", "Mr.", "Sylvain", "Picard", "commis au bloc opératoire", "OR booking clerk"),
    ("arsenault", "Mme", "Ms.", "Lucie", "Arsenault", "secrétaire médicale", "medical secretary"),
    ("beaulieu", "Mme", "Ms.", "Caroline", "Beaulieu", "agente, liste d'attente chirurgicale",
     "surgical wait-list officer"),
    ("stonge", "Mme", "Ms.", "Véronique", "St-Onge", "cheffe de service administratif",
     "department manager"),
    ("chartrand", "M.", "Mr.", "Jean-François", "Chartrand", "coordonnateur clinico-administratif",
     "clinical-administrative coordinator"),
    ("lachance", "Mme", "Ms.", "Mélanie", "Lachance", "conseillère en ressources humaines",
     "human resources advisor"),
    ("dufresne", "M.", "Mr.", "Patrick", "Dufresne", "technicien en paie", "payroll technician"),
    ("boivin", "M.", "Mr.", "Olivier", "Boivin", "analyste, technologies de l'information",
     "IT analyst"),
    ("kowalski", "Mme", "Ms.", "Sandra", "Kowalski", "agente d'approvisionnement", "procurement officer"),
    ("menard", "M.", "Mr.", "Éric", "Ménard", "technicien, installations matérielles",
     "facilities technician"),
    ("fitzgerald", "Dr", "Dr.", "Paul", "Fitzgerald", "chef du département de chirurgie",
     "chief of surgery"),
    ("chen", "Mme", "Ms.", "Rebecca", "Chen", "coordonnatrice de recherche", "research coordinator"),
    ("rahman", "M.", "Mr.", "Amir", "Rahman", "pharmacien", "pharmacist"),
    ("lalancette", "Dre", "Dr.", "Josiane", "Lalancette", "médecin de famille", "family physician"),
    ("oneill", "Dr", "Dr.", "Kevin", "O'Neill", "médecin de famille", "family physician"),
    ("gendron", "Mme", "Ms.", "Marie-Ève", "Gendron", "pharmacienne", "pharmacist"),
    ("charbonneau_s", "Mme", "Ms.", "Sonia", "Veilleux", "travailleuse sociale", "social worker"),
    ("dubuc", "M.", "Mr.", "Alexandre", "Dubuc", "agent de liaison, transport", "transport liaison"),
    ("hamel", "Mme", "Ms.", "Audrey", "Hamel", "infirmière de liaison, CLSC", "CLSC liaison nurse"),
    ("voisine", "Mme", "Ms.", "Lise", "Voisine", "gestionnaire de dossiers", "case manager"),
    ("pilon", "M.", "Mr.", "Gabriel", "Pilon", "technicien en génie biomédical", "biomedical technician"),
    ("asselin", "Mme", "Ms.", "Francine", "Asselin", "adjointe à la direction", "executive assistant"),
]

EXT_DOMAIN = {"lalancette": EXT["gmf"][1], "oneill": EXT["ottawa"][1], "gendron": EXT["pharm"][1],
              "hamel": EXT["clsc"][1], "voisine": EXT["assur"][1], "dubuc": EXT["transport"][1]}


class Person:
    def __init__(self, key, tfr, ten, given, surname, rfr, ren):
        self.key, self.tfr, self.ten = key, tfr, ten
        self.given, self.surname, self.rfr, self.ren = given, surname, rfr, ren
        local = fold(given).replace(" ", "").replace("'", "") + "." + \
            fold(surname).replace(" ", "").replace("'", "")
        self.email = local + "@" + EXT_DOMAIN.get(key, DOM)

    def full(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang):
        t = self.tfr if lang == "fr" else self.ten
        return f"{t} {self.given} {self.surname}"

    def role(self, lang):
        return self.rfr if lang == "fr" else self.ren

    def addr(self):
        return (self.full(), self.email)


STAFF = {row[0]: Person(*row) for row in _STAFF}


def staff(key):
    return STAFF[key]


OTHER_DEPTS = {
    "lachance": ("Direction des ressources humaines", "Human Resources"), "dufresne": ("Service de la paie", "Payroll"),
    "boivin": ("Technologies de l'information", "Information Technology"), "kowalski": ("Approvisionnement", "Procurement"),
    "menard": ("Installations matérielles", "Facilities"), "rahman": ("Département de pharmacie", "Pharmacy"),
    "chen": ("Centre de recherche", "Research Centre"), "pilon": ("Génie biomédical", "Biomedical Engineering"),
    "fitzgerald": ("Département de chirurgie", "Department of Surgery"), "charbonneau_s": ("Service social", "Social Services"),
}

UROLOGISTS = ["vachon", "dansereau", "sethi", "lemieux", "okafor"]
RESIDENTS = ["brisebois", "lariviere"]


def sig(p, lang, phone_key="uro", extra=None):
    """A realistic signature block with the clinic's address and phone."""
    lines = ["--", p.titled(lang) if p.tfr in ("Dr", "Dre") else p.full(), p.role(lang)]
    if p.email.endswith(DOM):
        dfr, den = OTHER_DEPTS.get(p.key, (DEPT_FR, DEPT_EN))
        lines.append(f"{dfr if lang == 'fr' else den} | {ORG_FR if lang == 'fr' else ORG_EN}")
        lines.append(ORG_ADDR_FR if lang == "fr" else ORG_ADDR_EN)
        ph = CLINIC_PHONES.get(phone_key, CLINIC_PHONES["uro"])
        lines.append(("Tél. : " if lang == "fr" else "Tel: ") + ph +
                     (" | Téléc. : " if lang == "fr" else " | Fax: ") + CLINIC_PHONES["fax"])
    if extra:
        lines.append(extra)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------
def fullwidth(s, letters=False):
    out = []
    for c in s:
        if c.isdigit() or (letters and c.isascii() and c.isalpha()):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def cap1(s):
    return s[:1].upper() + s[1:]


def L(lang, fr, en):
    return fr if lang == "fr" else en


def fmt_date(d, style, lang):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {FR_MONTHS[d.month - 1]} {d.year}"
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "long_dmy_en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "abbr_en":
        return f"{EN_MONTHS[d.month - 1][:3]} {d.day} {d.year}"
    raise ValueError(style)


DOB_STYLES = ["iso", "dmy", "ymd_slash", "dmy_dash", "dmy_dot", "long", "long_dmy_en", "abbr_en"]


def dob_variants(d):
    """All renderings a DOB may take in this corpus (used by the verifier)."""
    out = []
    for st in DOB_STYLES:
        for lang in ("fr", "en"):
            v = fmt_date(d, st, lang).lower()
            if v not in out:
                out.append(v)
    return out


def day_fr(d):
    return f"{FR_DAYS[d.weekday()]} {fmt_date(d, 'long', 'fr')}"


def day_en(d):
    return f"{EN_DAYS[d.weekday()]}, {fmt_date(d, 'long', 'en')}"


def day_l(d, lang):
    return day_fr(d) if lang == "fr" else day_en(d)


def workday_after(d, n):
    cur = d
    while n > 0:
        cur += datetime.timedelta(days=1)
        if cur.weekday() < 5:
            n -= 1
    return cur


def dec(lang, x, nd=1):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang == "fr" else s


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            rows.append({"surname": sur, "given": given, "dob": datetime.date(y, m, d),
                         "sex": sex, "nam": nam})
    return rows


# --------------------------------------------------------------------------
# Identifiers (valid by checksum)
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    seq = rng.randrange(1, 998)
    if (seq % 2 == 1) != (sex == "M"):
        seq += 1
    first = dob.strftime("%y%m%d") + f"{seq:03d}"
    base = int(("2" if dob.year >= 2000 else "") + first)
    chk = 97 - base % 97
    num = first + f"{chk:02d}"
    assert be_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "44", "35", "29", "59", "67", "31"])
    commune = f"{rng.randrange(1, 990):03d}"
    order = f"{rng.randrange(1, 999):03d}"
    first = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    key = 97 - int(first) % 97
    num = first + f"{key:02d}"
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng):
    return str(rng.randrange(100000, 999999))


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}", "slash": f"{a}/{b}/{c}",
        "hyphen": f"{a}-{b}-{c}", "fullwidth": fullwidth(f"{a} {b} {c}"),
        "fullwidth_all": fullwidth(nam, letters=True), "lower": f"{a} {b} {c}".lower(),
        "odd": f"{a[:2]} {a[2:]} {b[:3]} {b[3:]}{c[:1]} {c[1:]}",
    }[style]


NAM_STYLES = ["plain", "space", "dot", "slash", "hyphen", "fullwidth", "fullwidth_all", "lower", "odd"]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"plain": n, "space": f"{a} {b} {c}", "hyphen": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fullwidth": fullwidth(f"{a} {b} {c}"), "slash": f"{a}/{b}/{c}"}[style]


def fmt_ohip(n, style, vc="AB"):
    return {"plain": n, "dash": f"{n[:4]}-{n[4:7]}-{n[7:]}", "dash_vc": f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}",
            "space_vc": f"{n[:4]} {n[4:7]} {n[7:]} {vc}", "fullwidth": fullwidth(f"{n[:4]} {n[4:7]} {n[7:]}"),
            "dot": f"{n[:4]}.{n[4:7]}.{n[7:]}"}[style]


def fmt_niss(n, style):
    return {"plain": n, "be": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "space": f"{n[:6]} {n[6:9]} {n[9:]}", "slash": f"{n[:2]}/{n[2:4]}/{n[4:6]}/{n[6:9]}/{n[9:]}",
            "fullwidth": fullwidth(f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}")}[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {"plain": n, "space": " ".join(parts), "dot": ".".join(parts),
            "key": f"{n[:13]} {n[13:]}", "fullwidth": fullwidth(" ".join(parts))}[style]


def fmt_mrn(m, style):
    return {"plain": m, "prefix": "H" + m, "zero": "00" + m, "dash": f"{m[:2]}-{m[2:4]}-{m[4:]}",
            "space": f"{m[:3]} {m[3:]}", "slash": f"{m[:3]}/{m[3:]}", "fullwidth": fullwidth(m),
            "dot": f"{m[:3]}.{m[3:]}"}[style]


MRN_STYLES = ["plain", "prefix", "zero", "dash", "space", "slash", "fullwidth", "dot"]

# --------------------------------------------------------------------------
# Invented patients (non-NAM) and contact data
# --------------------------------------------------------------------------
PAT_SURNAMES = ["Laflamme", "Ouimet", "Bergeron", "Després", "Lalonde", "Gingras", "Poulin",
                "Hébert", "Lavigne", "Marchand", "Dionne", "Couture", "Vézina", "Proulx", "Boisvert",
                "Leclerc", "Bolduc", "Landry", "Gervais", "Caouette", "Plourde", "Turcotte", "Audet",
                "Langlois", "Robitaille", "Okonkwo", "Petrov", "Moreau", "Dubois", "Janssens",
                "Peeters", "Lambert", "Wouters", "Fontaine", "Rousseau", "Kaplan", "MacLeod",
                "O'Brien", "Sullivan", "Nowak", "Ferreira", "Santos", "Tran", "Kim", "Desmarais",
                "Bélisle", "Lacasse", "Riopel", "Joly", "Mailloux", "Grenier", "Cyr", "Paradis",
                "Lapierre", "Charest", "Blais", "Vallières", "Guay", "Hudon", "Breton"]
PAT_GIVEN_M = ["Réjean", "Normand", "Gaétan", "Yvon", "Luc", "Benoît", "Raymond", "Daniel", "Kevin",
               "Mathieu", "Ahmed", "Serge", "Gerald", "Donald", "Wayne", "Frank", "Thierry", "Koen",
               "Alain", "Bernard", "Ivan", "Patrice", "Jocelyn", "Rémi", "Maxime", "Simon", "Yannick",
               "Tony", "Victor", "Conrad"]
PAT_GIVEN_F = ["Ginette", "Francine", "Huguette", "Lorraine", "Carole", "Patricia", "Brenda",
               "Nicole", "Micheline", "Joanne", "Fatima", "Els", "Véronique", "Sandrine", "Yolande",
               "Thérèse", "Colette", "Jocelyne", "Raymonde", "Linda", "Olga", "Rita", "Aline",
               "Maude", "Chantal", "Karen", "Heather", "Murielle", "Agathe", "Odette"]

STREETS_QC = ["rue des Érables", "rang Saint-Fidèle", "chemin du Lac-Brûlé", "rue Principale",
              "avenue des Pins", "rue Sarrazin", "boulevard Labelle-Nord", "rue de la Fabrique",
              "montée Gagné-Lepage", "rue des Ormes", "croissant des Bouleaux", "rue Notre-Dame-Ouest"]
CITIES_QC = [("Val-des-Ormes", "J7Z"), ("Sainte-Aurélie-du-Lac", "J0T"), ("Pointe-Sarrazin", "J7A"),
             ("Lac-Brûlé", "J0R"), ("Saint-Fidèle-des-Monts", "J8B"), ("Rivière-aux-Outardes-Sud", "J0V")]
STREETS_ON = ["Elmridge Cres", "Baxter Lane", "Ferncliffe Ave", "Quarry Rd"]
CITIES_ON = [("Westgate", "K2R"), ("Mapleton Falls", "K0A")]
STREETS_BE = ["rue du Pont-Levis", "avenue des Tilleuls", "rue de l'Ourthe"]
CITIES_BE = [("4920 Aywaille-sur-Ourthe", ""), ("6900 Marche-la-Vieille", "")]
STREETS_FR = ["rue des Remparts", "allée des Mouettes", "impasse du Moulin"]
CITIES_FR = [("29200 Kerlouan-sur-Mer", ""), ("35400 Saint-Malo-de-Guer", "")]


def make_phone(rng, area=None):
    area = area or rng.choice(["450", "514", "819", "579"])
    return f"{area} 555-01{rng.randrange(50, 100):02d}"


def make_address(rng, origin):
    num = rng.randrange(12, 4899)
    if origin == "on":
        st, (city, fsa) = rng.choice(STREETS_ON), rng.choice(CITIES_ON)
        return f"{num} {st}, {city}, ON {fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXY')}{rng.randrange(1, 9)}"
    if origin == "be":
        st, (city, _) = rng.choice(STREETS_BE), rng.choice(CITIES_BE)
        return f"{st} {rng.randrange(2, 140)}, {city}, Belgique"
    if origin == "fr":
        st, (city, _) = rng.choice(STREETS_FR), rng.choice(CITIES_FR)
        return f"{rng.randrange(2, 90)} {st}, {city}, France"
    st, (city, fsa) = rng.choice(STREETS_QC), rng.choice(CITIES_QC)
    pc = f"{fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXY')}{rng.randrange(1, 9)}"
    return f"{num}, {st}, {city} (Québec) {pc}"


class Patient:
    def __init__(self, given, surname, dob, sex, origin="qc", nam=None):
        self.given, self.surname, self.dob, self.sex = given, surname, dob, sex
        self.origin, self.nam = origin, nam
        self.mrn = self.address = self.phone = None
        self.sin = self.ohip = self.niss = self.nir = None
        self.ohip_vc = "AB"

    def age(self, ref=REF_DATE):
        a = ref.year - self.dob.year
        if (ref.month, ref.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        tfr = "M." if self.sex == "M" else "Mme"
        ten = "Mr." if self.sex == "M" else "Ms."
        t = tfr if lang == "fr" else ten
        initials = "".join(x[0] + "." for x in g.replace("-", " -").split() if x[0] != "-")
        if "-" in g:
            initials = "-".join(x[0] + "." for x in g.split("-"))
        return {
            "full": f"{g} {s}", "title_full": f"{t} {g} {s}", "title_sur": f"{t} {s}",
            "upper_comma": f"{s.upper()}, {g}", "comma": f"{s}, {g}", "lower": f"{g} {s}".lower(),
            "initial": f"{initials} {s}", "upper_given": f"{s.upper()} {g}",
            "given": g, "sur_upper_only": s.upper(), "upper_full": f"{g} {s}".upper(),
            "lower_comma": f"{s}, {g}".lower(),
        }[style]

    def title(self, lang):
        return ("M." if self.sex == "M" else "Mme") if lang == "fr" else ("Mr." if self.sex == "M" else "Ms.")

    def sex_label(self, lang):
        if lang == "fr":
            return "M" if self.sex == "M" else "F"
        return "M" if self.sex == "M" else "F"


STRONG_NAME_STYLES = ["full", "title_full", "upper_comma", "comma", "lower", "initial", "upper_given",
                      "upper_full", "lower_comma"]


class PatientPool:
    """Hands out NAM holders (each at most once) and invented patients."""

    def __init__(self, rng, nam_rows):
        self.rng = rng
        self.nam_rows = list(nam_rows)
        rng.shuffle(self.nam_rows)
        self.used_nam = set()
        self.nam_surnames = sorted({fold(r["surname"]) for r in nam_rows})
        self.used_names = set()

    def _finish(self, p):
        rng = self.rng
        p.mrn = make_mrn(rng)
        p.address = make_address(rng, p.origin)
        area = {"on": "613", "be": None, "fr": None}.get(p.origin, None)
        if p.origin == "be":
            p.phone = f"+32 4 555-01{rng.randrange(10, 99)}"
        elif p.origin == "fr":
            p.phone = f"+33 2 555-01{rng.randrange(10, 99)}"
        else:
            p.phone = make_phone(rng, area)
        return p

    def nam_patient(self, sex=None, min_age=0, max_age=200):
        for r in self.nam_rows:
            if r["nam"] in self.used_nam:
                continue
            p = Patient(r["given"], r["surname"], r["dob"], r["sex"], "qc", r["nam"])
            if sex and p.sex != sex:
                continue
            if not (min_age <= p.age() <= max_age):
                continue
            self.used_nam.add(r["nam"])
            return self._finish(p)
        return None

    def invented(self, sex=None, min_age=18, max_age=90, origin="qc"):
        rng = self.rng
        sex = sex or rng.choice("MF")
        while True:
            g = rng.choice(PAT_GIVEN_M if sex == "M" else PAT_GIVEN_F)
            s = rng.choice(PAT_SURNAMES)
            if (g, s) not in self.used_names:
                break
        self.used_names.add((g, s))
        age = rng.randrange(min_age, max_age + 1)
        dob = datetime.date(REF_DATE.year - age - 1, rng.randrange(1, 13), rng.randrange(1, 29))
        p = Patient(g, s, dob, sex, origin)
        self._finish(p)
        if origin == "on":
            p.ohip = make_ohip(rng)
            p.ohip_vc = rng.choice(["AB", "KT", "ZX", "MH"])
        elif origin == "be":
            p.niss = make_niss(rng, dob, sex)
        elif origin == "fr":
            p.nir = make_nir(rng, dob, sex)
        return p

    def any_patient(self, sex=None, min_age=18, max_age=90, prefer_nam=True):
        if prefer_nam:
            p = self.nam_patient(sex, min_age, max_age)
            if p:
                return p
        return self.invented(sex, max(min_age, 18) if min_age < 18 else min_age, max_age)


# --------------------------------------------------------------------------
# Tracker: records every finding type actually written into a positive
# --------------------------------------------------------------------------
class Tracker:
    def __init__(self, lang):
        self.lang = lang
        self.types = []
        self.nams = []      # (nam) written
        self.ids = []       # (type, compact value)
        self.names = []     # (given, surname) of patients named
        self.sex_shown = set()
        self.dob_shown = set()

    def add(self, t):
        assert t in TYPES, t
        if t not in self.types:
            self.types.append(t)

    def name(self, p, style):
        self.add("patient_name")
        if (p.given, p.surname) not in self.names:
            self.names.append((p.given, p.surname))
        return p.name(style, self.lang)

    def dob(self, p, style="iso"):
        self.add("date_of_birth")
        self.dob_shown.add(p.nam or p.surname)
        return fmt_date(p.dob, style, self.lang)

    def sex(self, p):
        self.sex_shown.add(p.nam or p.surname)
        return p.sex_label(self.lang)

    def nam(self, p, style="space"):
        assert p.nam
        self.add("ramq_nam")
        if p.nam not in self.nams:
            self.nams.append(p.nam)
        if (p.given, p.surname) not in self.names:
            self.names.append((p.given, p.surname))
        return fmt_nam(p.nam, style)

    def sin(self, p, style="space"):
        self.add("ca_sin")
        self.ids.append(("ca_sin", p.sin))
        return fmt_sin(p.sin, style)

    def ohip(self, p, style="dash_vc"):
        self.add("ca_health_number")
        self.ids.append(("ca_health_number", p.ohip))
        return fmt_ohip(p.ohip, style, p.ohip_vc)

    def niss(self, p, style="be"):
        self.add("be_niss")
        self.ids.append(("be_niss", p.niss))
        return fmt_niss(p.niss, style)

    def nir(self, p, style="space"):
        self.add("fr_nir")
        self.ids.append(("fr_nir", p.nir))
        return fmt_nir(p.nir, style)

    def mrn(self, p, style="plain"):
        self.add("mrn")
        self.ids.append(("mrn", p.mrn))
        return fmt_mrn(p.mrn, style)

    def addr(self, p):
        self.add("patient_contact")
        return p.address

    def phone(self, p):
        self.add("patient_contact")
        return p.phone

    def dx(self, s):
        self.add("diagnosis")
        return s

    def med(self, s):
        self.add("medication")
        return s

    def lab(self, s):
        self.add("lab_result")
        return s

    def soc(self, s):
        self.add("social_information")
        return s

    def check_nam_context(self):
        for n in self.nams:
            assert n in self.dob_shown, "NAM without DOB " + n
            assert n in self.sex_shown, "NAM without sex " + n
