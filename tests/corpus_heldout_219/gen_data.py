"""Shared data, invented people and identifiers for the heart-function / cardiac-rehab corpus.

Everything here is synthetic.  RAMQ NAMs are read only from ../blind_nams.txt
(relative to this file).  Other identifiers are generated valid by checksum.
"""
import datetime as _dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

# --------------------------------------------------------------------------- organisation
ORG_FR = "CISSS de la Haute-Bérange"
ORG_EN = "Haute-Bérange Integrated Health and Social Services Centre"
DOM = "cisss-hb.example"

SITES = {
    "HRSB": {
        "fr": "Hôpital régional de Saint-Brévin", "en": "Saint-Brévin Regional Hospital",
        "addr": "1200, boulevard des Récollets, Saint-Brévin (Québec)  J0X 1A0",
        "phone": "450-555-0100", "fax": "450-555-0101",
    },
    "HLM": {
        "fr": "Hôpital de Lac-Morel", "en": "Lac-Morel Hospital",
        "addr": "45, rue Principale Nord, Lac-Morel (Québec)  J0X 2C0",
        "phone": "819-555-0130", "fax": "819-555-0131",
    },
    "WMH": {
        "fr": "Hôpital Westfield Memorial", "en": "Westfield Memorial Hospital",
        "addr": "300 Glenmore Road, Westfield, Quebec  J0X 3E0",
        "phone": "450-555-0160", "fax": "450-555-0161",
    },
}
CLINIC = {
    "hf": {"fr": "Clinique d'insuffisance cardiaque", "en": "Heart Function Clinic"},
    "rehab": {"fr": "Programme de réadaptation cardiaque", "en": "Cardiac Rehabilitation Program"},
}
REHAB_SITE = {"fr": "Pavillon Armand-Lestage, 88, rue du Parc, Saint-Brévin",
              "en": "Armand-Lestage Pavilion, 88 rue du Parc, Saint-Brévin"}

EXTERNAL = {
    "pharm_fr": ("Pharmacie Boisjoli et Lanctôt", "pharmacie-boisjoli.example", "450-555-0172"),
    "pharm_en": ("Glenmore Drug Mart", "glenmoredrugs.example", "450-555-0174"),
    "gmf_fr": ("GMF des Trois-Pins", "gmf-troispins.example", "450-555-0177"),
    "gmf_en": ("Westfield Family Medicine Group", "westfieldfmg.example", "450-555-0179"),
    "ins_fr": ("Assurance-vie Boréale", "assurvie-boreale.example", "1-800-555-0183"),
    "ins_en": ("Northfield Mutual Life", "northfieldmutual.example", "1-800-555-0185"),
    "clsc": ("CLSC des Récollets", "clsc-recollets.example", "450-555-0188"),
    "transport": ("Transport adapté Haute-Bérange", "ta-hauteberange.example", "450-555-0190"),
    "ont": ("Ottawa Valley Heart Institute", "ovhi.example", "613-555-0192"),
    "vendor": ("Médi-Équipements Laurentides", "medi-equip.example", "450-555-0194"),
    "vendor_en": ("CardioTech Supply Inc.", "cardiotech-supply.example", "905-555-0196"),
}

# --------------------------------------------------------------------------- NAM holders
def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": giv, "dob": _dt.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = {h["surname"] for h in HOLDERS}


def fold(s):
    """lower-case, accents removed"""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------- name pools
_GF_FR = ("Ginette Lise Monique Francine Huguette Carole Johanne Nicole Suzanne Louise Micheline "
          "Réjeanne Jocelyne Chantal Isabelle Mélanie Karine Véronique Claudette Thérèse Yolande "
          "Pierrette Rita Gisèle Colette Lucie Hélène Madeleine Solange Raymonde").split()
_GM_FR = ("Yvon Gaétan Réal Normand Jean-Guy Marcel Roger Raymond Guy Denis Serge Gilbert Rosaire "
          "Fernand Lucien Benoît Sylvain Stéphane Alain Luc Richard Jean-Pierre Clément Germain "
          "Ghislain Rénald Laurent Mario Maurice Rodrigue").split()
_S_FR = ("Tremblay Côté Lavoie Bergeron Leclerc Desjardins Beaulieu Gosselin Lemieux Poulin Lévesque "
         "Dufour Lachance Vaillancourt Charest Beaudoin Langlois Paradis Gingras Desrosiers Théberge "
         "Caouette Lamontagne Bédard Rioux Mercier Dion Turcotte Jolicoeur St-Pierre Boisvert Hébert "
         "Lacasse Arsenault Drouin Proulx Labrecque Ménard Cyr Asselin Bérubé Couture Lapierre "
         "Marcoux Giguère Robitaille Fecteau Audet Veilleux Doyon").split()
_GF_EN = ("Margaret Dorothy Patricia Linda Barbara Susan Karen Nancy Joan Helen Shirley Carol Judith "
          "Evelyn Ruth Gail Heather Brenda Wendy Irene Maureen Eleanor").split()
_GM_EN = ("Robert William Kenneth Ronald Donald Gary Douglas Brian Keith Gordon Wayne Stanley Harold "
          "Earl Dennis Terrence Murray Neil Graham Trevor Clifford Arthur").split()
_S_EN = ("Campbell Stewart Murphy O'Brien Kelly Fraser Robertson Henderson Grant McKenna Sullivan "
         "Whitfield Hollis Pritchard Ashworth Kerr Dunlop Baird Sinclair Gallagher McLeod Doyle "
         "Fitzgerald Ritchie Walsh Mercer Lowry Thornton Beckett Harrington Lockhart Mowat").split()

# Staff: invented, surnames disjoint from the patient pools and from every NAM holder.
STAFF = [
    # given, surname, sex, role key, lang
    ("Nadia", "Benali", "F", "cardio", "fr"), ("Karim", "Haddad", "M", "cardio", "fr"),
    ("Sophie", "Marchand", "F", "inf", "fr"), ("Julie", "Gravel", "F", "inf", "fr"),
    ("Mathieu", "Ouimet", "M", "kin", "fr"), ("Catherine", "Dallaire", "F", "ips", "fr"),
    ("Olivier", "Brassard", "M", "pharm", "fr"), ("Émilie", "Lafrance", "F", "nutr", "fr"),
    ("Marie-Ève", "Gendron", "F", "ts", "fr"), ("Vincent", "Tessier", "M", "cardio", "fr"),
    ("Annie", "Roberge", "F", "admin", "fr"), ("Jessica", "Morneau", "F", "admin", "fr"),
    ("Frédéric", "Aubin", "M", "chef", "fr"), ("Hugo", "Lemay", "M", "physio", "fr"),
    ("Mireille", "Daoust", "F", "coord", "fr"), ("Amélie", "Fréchette", "F", "inf", "fr"),
    ("Étienne", "Vachon", "M", "interne", "fr"), ("Gabrielle", "Pinard", "F", "kin", "fr"),
    ("Priya", "Raman", "F", "cardio", "en"), ("Daniel", "Kowalski", "M", "inf", "en"),
    ("Laura", "Chen", "F", "pharm", "en"), ("Samuel", "Okafor", "M", "cardio", "en"),
    ("Rachel", "Goldberg", "F", "ts", "en"), ("Kevin", "Byrne", "M", "kin", "en"),
    ("Farah", "Mansour", "F", "ips", "en"), ("Patrick", "Doucet", "M", "admin", "en"),
    ("Megan", "Stroud", "F", "inf", "en"), ("Alistair", "Penrose", "M", "chef", "en"),
    ("Hannah", "Vos", "F", "nutr", "en"), ("Tomás", "Ibarra", "M", "interne", "en"),
    ("Colleen", "Yardley", "F", "coord", "en"), ("Ravi", "Sethi", "M", "physio", "en"),
]
ROLES = {
    "cardio": ("cardiologue", "Cardiologist"),
    "inf": ("infirmière clinicienne, clinique d'IC", "Clinical nurse, Heart Function Clinic"),
    "kin": ("kinésiologue, réadaptation cardiaque", "Kinesiologist, Cardiac Rehab"),
    "ips": ("IPS en soins aux adultes", "Nurse practitioner (adult care)"),
    "pharm": ("pharmacien(ne) d'établissement", "Hospital pharmacist"),
    "nutr": ("nutritionniste", "Registered dietitian"),
    "ts": ("travailleuse sociale", "Social worker"),
    "admin": ("agente administrative", "Administrative officer"),
    "chef": ("chef de service, cardiologie", "Department head, Cardiology"),
    "physio": ("physiothérapeute", "Physiotherapist"),
    "coord": ("coordonnatrice clinico-administrative", "Clinical-administrative coordinator"),
    "interne": ("résident(e) R3 médecine interne", "PGY-3 internal medicine resident"),
}

for _g, _s, *_ in STAFF:
    assert _s not in HOLDER_SURNAMES


class Staff:
    def __init__(self, given, surname, sex, role, lang):
        self.given, self.surname, self.sex, self.role, self.lang = given, surname, sex, role, lang
        self.full = f"{given} {surname}"
        self.email = f"{fold(given).replace(' ', '')}.{fold(surname).replace(' ', '')}@{DOM}"

    def title(self, lang):
        if self.role in ("cardio", "chef"):
            return ("Dre" if self.sex == "F" else "Dr") if lang == "fr" else "Dr."
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def role_txt(self, lang):
        return ROLES[self.role][0 if lang == "fr" else 1]


# --------------------------------------------------------------------------- identifiers
def luhn_digits(rng, n, first=None):
    body = str(first if first is not None else rng.randint(1, 9))
    body += "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def make_sin(rng):
    while True:
        s = luhn_digits(rng, 9, first=rng.choice([1, 2, 3, 4, 5, 6, 7, 9]))
        if ca_sin.is_valid(s):
            return s


def make_ohip(rng):
    s = luhn_digits(rng, 10)
    assert luhn.is_valid(s)
    return s


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{serial:03d}"
        n = int(("2" if dob.year >= 2000 else "") + base)
        s = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(s):
            return s


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "31"])
        core = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
        s = core + f"{97 - int(core) % 97:02d}"
        if fr_nir.is_valid(s):
            return s


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": f"{a} {b} {c}", "dots": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}/{c}", "hyphen": f"{a}-{b}-{c}", "lower": f"{a.lower()} {b} {c}",
        "fw": a + " " + fullwidth(b + c), "wide": " ".join(nam[:4]) + "  " + " ".join(nam[4:]),
        "tight": f"{a} {nam[4:]}",
    }[style]


def fmt_sin(s, style):
    return {"plain": s, "space": f"{s[:3]} {s[3:6]} {s[6:]}", "hyphen": f"{s[:3]}-{s[3:6]}-{s[6:]}",
            "dots": f"{s[:3]}.{s[3:6]}.{s[6:]}", "fw": fullwidth(f"{s[:3]} {s[3:6]} {s[6:]}")}[style]


def fmt_ohip(s, style, vc):
    return {"plain": s + vc, "space": f"{s[:4]} {s[4:7]} {s[7:]} {vc}",
            "hyphen": f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", "dots": f"{s[:4]}.{s[4:7]}.{s[7:]} {vc}",
            "fw": fullwidth(f"{s[:4]} {s[4:7]} {s[7:]}") + f" {vc}"}[style]


def fmt_niss(s, style):
    return {"plain": s, "be": f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}",
            "space": f"{s[:6]} {s[6:9]} {s[9:]}", "slash": f"{s[:6]}/{s[6:9]}-{s[9:]}",
            "fw": fullwidth(f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}")}[style]


def fmt_nir(s, style):
    sp = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
    return {"plain": s, "space": sp, "dots": sp.replace(" ", "."), "key": f"{s[:13]} {s[13:]}",
            "fw": fullwidth(sp)}[style]


# --------------------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd":
        return d.strftime("%Y/%m/%d")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    raise ValueError(style)


DOB_STYLES = ["iso", "dmy", "ymd", "dmy-", "long"]


def all_date_renders(d):
    out = {fmt_date(d, s, l) for s in DOB_STYLES + ["mdy"] for l in ("fr", "en")}
    out.add(f"{d.day} {MOIS[d.month - 1]} {d.year}")
    return out


def day_fr(d):
    return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"


def day_en(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def tz_for(d):
    # Eastern time; DST roughly mid-March to early November
    dst = (d.month, d.day) >= (3, 10) and (d.month, d.day) < (11, 3)
    return _dt.timezone(_dt.timedelta(hours=-4 if dst else -5))


# --------------------------------------------------------------------------- patients
STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "rue Notre-Dame", "chemin du Lac-Morel",
              "avenue des Pins", "rue de la Fabrique", "montée Sainte-Anne", "rue Dorion",
              "boulevard Laurier", "rue du Ruisseau"]
STREETS_EN = ["Maple Crescent", "Glenmore Road", "Church Street", "Lakeview Drive", "Elm Avenue",
              "Bridge Street", "Cedar Lane", "Mill Road"]
TOWNS = [("Saint-Brévin", "J0X 1B4"), ("Lac-Morel", "J0X 2C7"), ("Sainte-Aurore", "J0X 1K2"),
         ("Westfield", "J0X 3E5"), ("Val-Béranger", "J0X 2T9")]
AREA = ["450", "819", "579"]


class Patient:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def full(self):
        return f"{self.given} {self.surname}"


class NamPool:
    """Hands out NAM holders in a fixed shuffled order, adults and children apart."""

    def __init__(self, seed):
        r = random.Random(f"{seed}:nampool")
        hs = list(HOLDERS)
        r.shuffle(hs)
        self.adults = [h for h in hs if h["dob"].year <= 1999]
        self.young = [h for h in hs if h["dob"].year > 1999]
        self.ia = self.iy = 0

    def take(self, young=False):
        if young:
            h = self.young[self.iy % len(self.young)]
            self.iy += 1
        else:
            h = self.adults[self.ia % len(self.adults)]
            self.ia += 1
        return h


def _holder_fullnames():
    return {(h["given"], h["surname"]) for h in HOLDERS}


HOLDER_FULL = _holder_fullnames()
