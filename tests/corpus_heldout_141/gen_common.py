"""Shared data and helpers: organisations, people, identifiers, dates.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import datetime as dt
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TZ_WINTER = dt.timezone(dt.timedelta(hours=-5))
TZ_SUMMER = dt.timezone(dt.timedelta(hours=-4))

# --------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------
CLINIC = {
    "fr": "Centre de rhumatologie et de perfusion des Trembles",
    "en": "Des Trembles Rheumatology & Infusion Centre",
    "short": "CRPT",
    "dom": "crp-trembles.example",
    "addr_fr": "2250, boulevard des Trembles, bureau 300, Saint-Aurèle (Québec) J0X 9Z1",
    "addr_en": "2250 des Trembles Blvd, Suite 300, Saint-Aurèle, QC J0X 9Z1",
    "tel": "819 555-0142",
    "fax": "819 555-0143",
    "infusion": "819 555-0144",
}
HOSP = {"fr": "Hôpital régional de Saint-Aurèle", "en": "Saint-Aurèle Regional Hospital",
        "dom": "hrsa.example", "tel": "819 555-0150"}
LAB = {"fr": "Laboratoire de biologie médicale, HRSA", "dom": "labo.hrsa.example"}
GP_CLINICS = [
    ("GMF des Quatre-Vents", "gmf-quatrevents.example"),
    ("Clinique médicale du Ruisseau", "cm-ruisseau.example"),
    ("Riverside Family Health Team", "riversidefht.example"),
    ("GMF-U de la Colline", "gmfu-colline.example"),
]
PHARMACIES = [
    ("Pharmacie Lam et Desrosiers", "pharmalam.example", "819 555-0161"),
    ("Pharmacie du Vieux-Moulin", "pharma-vieuxmoulin.example", "819 555-0162"),
    ("BioSpéciaux Pharmacie", "biospeciaux.example", "819 555-0163"),
]
PSPS = [
    ("Programme PasserelleBio", "passerellebio.example", "1 800 555-0171"),
    ("AccessWay Patient Support", "accessway.example", "1 800 555-0172"),
    ("SoutienPlus Biologiques", "soutienplus.example", "1 800 555-0173"),
]
INSURERS = [
    ("Assurances Boréal Vie", "borealvie.example", "1 800 555-0181"),
    ("Great Northern Mutual", "gnmutual.example", "1 800 555-0182"),
    ("Mutuelle des Érables", "mutuelle-erables.example", "1 800 555-0183"),
]
PERSONAL_DOMAINS = ["courriel.example", "netmail.example", "boitemail.example", "posteweb.example"]

# --------------------------------------------------------------------------
# Staff (never patients).  Surnames are disjoint from patient and NAM lists.
# --------------------------------------------------------------------------
STAFF = {
    "vezina":   dict(given="Hélène", sur="Vézina", title_fr="Dre", title_en="Dr.", role_fr="rhumatologue", role_en="rheumatologist", login="hvezina", sex="F"),
    "benali":   dict(given="Karim", sur="Benali", title_fr="Dr", title_en="Dr.", role_fr="rhumatologue", role_en="rheumatologist", login="kbenali", sex="M"),
    "raman":    dict(given="Priya", sur="Raman", title_fr="Dre", title_en="Dr.", role_fr="rhumatologue", role_en="rheumatologist", login="praman", sex="F"),
    "lacasse":  dict(given="Étienne", sur="Lacasse", title_fr="Dr", title_en="Dr.", role_fr="rhumatologue", role_en="rheumatologist", login="elacasse", sex="M"),
    "gendron":  dict(given="Félix", sur="Gendron", title_fr="Dr", title_en="Dr.", role_fr="résident R4 en rhumatologie", role_en="R4 rheumatology resident", login="fgendron", sex="M"),
    "marchand": dict(given="Julie", sur="Marchand", title_fr="", title_en="", role_fr="infirmière pivot en rhumatologie", role_en="rheumatology nurse navigator", login="jmarchand", sex="F"),
    "drouin":   dict(given="Mélanie", sur="Drouin", title_fr="", title_en="", role_fr="infirmière clinicienne, unité de perfusion", role_en="clinical nurse, infusion unit", login="mdrouin", sex="F"),
    "ohara":    dict(given="Kevin", sur="O'Hara", title_fr="", title_en="", role_fr="infirmier, unité de perfusion", role_en="RN, infusion unit", login="kohara", sex="M"),
    "haddad":   dict(given="Nadia", sur="Haddad", title_fr="", title_en="", role_fr="assistante infirmière-chef", role_en="assistant nurse manager", login="nhaddad", sex="F"),
    "beaulieu": dict(given="Chantal", sur="Beaulieu", title_fr="", title_en="", role_fr="agente administrative", role_en="administrative officer", login="cbeaulieu", sex="F"),
    "petit":    dict(given="Samuel", sur="Petit", title_fr="", title_en="", role_fr="commis à l'accueil", role_en="reception clerk", login="spetit", sex="M"),
    "dufresne": dict(given="Marc-André", sur="Dufresne", title_fr="", title_en="", role_fr="pharmacien", role_en="pharmacist", login="madufresne", sex="M"),
    "charest":  dict(given="Louise", sur="Charest", title_fr="", title_en="", role_fr="chef de l'administration", role_en="clinic manager", login="lcharest", sex="F"),
    "kowalski": dict(given="Daniel", sur="Kowalski", title_fr="", title_en="", role_fr="technicien en informatique", role_en="IT technician", login="dkowalski", sex="M"),
    "sauve":    dict(given="Annie", sur="Sauvé", title_fr="", title_en="", role_fr="travailleuse sociale", role_en="social worker", login="asauve", sex="F"),
    "arsenault": dict(given="Patrick", sur="Arsenault", title_fr="", title_en="", role_fr="coordonnateur des achats", role_en="purchasing coordinator", login="parsenault", sex="M"),
    "lindqvist": dict(given="Erik", sur="Lindqvist", title_fr="", title_en="", role_fr="conseiller en ressources humaines", role_en="HR advisor", login="elindqvist", sex="M"),
    "quintal":  dict(given="Marie-Ève", sur="Quintal", title_fr="", title_en="", role_fr="infirmière en santé au travail", role_en="occupational health nurse", login="mequintal", sex="F"),
    "nakamura": dict(given="Ken", sur="Nakamura", title_fr="", title_en="", role_fr="archiviste médical", role_en="health records technician", login="knakamura", sex="M"),
    "fiset":    dict(given="Josiane", sur="Fiset", title_fr="", title_en="", role_fr="agente de facturation", role_en="billing agent", login="jfiset", sex="F"),
}
PHYSICIANS = ["vezina", "benali", "raman", "lacasse"]
NURSES = ["marchand", "drouin", "ohara", "haddad"]
CLERKS = ["beaulieu", "petit", "fiset"]

# External professionals (also never patients)
EXT_DOCS = [
    ("Dre", "Dr.", "Isabelle", "Ferland"), ("Dr", "Dr.", "Olivier", "Labrecque"),
    ("Dre", "Dr.", "Amina", "Obi"), ("Dr", "Dr.", "Thomas", "Whitmore"),
    ("Dre", "Dr.", "Catherine", "Delorme"), ("Dr", "Dr.", "Raphaël", "Mailloux"),
    ("Dre", "Dr.", "Leah", "Kaplan"), ("Dr", "Dr.", "Hugo", "Brassard"),
]
# Extra staff-like names for HR / negatives only
EXTRA_STAFF_NAMES = [
    ("Valérie", "Lussier"), ("Jonathan", "Aubé"), ("Émilie", "Racine"), ("Stéphane", "Gosselin"),
    ("Rachel", "Goldberg"), ("Mathieu", "Vachon"), ("Karine", "Bastien"), ("Omar", "Sahli"),
    ("Audrey", "Lemire"), ("Benoît", "Trudel"), ("Hannah", "Price"), ("Laurence", "Pagé"),
    ("Yannick", "Corbeil"), ("Sonia", "Ricard"), ("Gabriel", "Dumont"), ("Noémie", "Sirois"),
]

# --------------------------------------------------------------------------
# Patients (only ever in positives).  Surnames disjoint from staff / NAM.
# --------------------------------------------------------------------------
PAT_GIVEN_F = ["Francine", "Lise", "Monique", "Carole", "Johanne", "Nicole", "Chantale", "Annick",
               "Véronique", "Maude", "Jessica", "Kathleen", "Linda", "Marjorie", "Fatima", "Priscilla",
               "Océane", "Rosalie", "Hélèna", "Thérèse", "Yolande", "Cindy", "Brenda", "Aïcha", "Mireille",
               "Solange", "Karen", "Huguette", "Noura", "Tanya"]
PAT_GIVEN_M = ["Réjean", "Gaétan", "Serge", "Normand", "Yvon", "Mario", "Sylvain", "Raymond", "Jean-Guy",
               "Dominic", "Kevin", "Bruce", "Gordon", "Ahmed", "Luc", "Steve", "Wayne", "Rémi", "Bertrand",
               "Ibrahima", "Ghislain", "Harold", "Fernand", "Derek", "Alain"]
PAT_SUR = ["Lavoie", "Bergeron", "Côté", "Gendreau", "Leduc", "Vaillancourt", "Beaudoin", "Lachance",
           "Dubé", "Rioux", "Tanguay", "Létourneau", "Boisvert", "Desjardins", "Gingras", "Lemieux",
           "Villeneuve", "Ouimet", "Charbonneau", "Bilodeau", "Poulin", "Asselin", "Hébert", "Grenier",
           "Lévesque", "Perreault", "Dionne", "Lalonde", "Dufour", "Robitaille", "Turcotte", "Chartrand",
           "O'Brien", "Kowalczyk", "Nguyen", "Patel", "Fitzgerald", "McAllister", "Henderson", "Okafor",
           "Campbell", "Russo", "Schneider", "Da Silva", "Ferreira", "Mbemba", "Kaur", "Chen", "Petrov",
           "Andersen", "Whitfield", "Greaves", "Sarrazin", "Jodoin", "Proulx", "Cyr", "Thériault"]
BE_SUR = ["Vandenberghe", "Dewulf", "Lambotte", "Jacquemin", "Delvaux", "Peeters"]
FR_SUR = ["Lefèvre", "Marchetti", "Giraud", "Rousselot", "Bertaux", "Castagnier"]

STREETS = ["rue des Pruches", "rue Notre-Dame-des-Champs", "avenue du Verger", "chemin de la Montagne-Noire",
           "rue Saint-Onésime", "boulevard Labelle-Nord", "rue des Outardes", "rang du Petit-Brûlé",
           "rue Champêtre", "montée des Érables"]
STREETS_EN = ["Birchmount Cres.", "Old Quarry Rd", "Maple Hollow Dr.", "Kinross St", "Heron Bay Lane",
              "Carling Heights Ave", "Fallowfield Crt"]
TOWNS_QC = [("Saint-Aurèle", "J0X 9Z1"), ("Val-Rosier", "J0X 2K4"), ("Lac-aux-Hérons", "J9Y 3B2"),
            ("Sainte-Odile-du-Nord", "J0W 1T7"), ("Pointe-Grise", "J8Z 4R9")]
TOWNS_ON = [("Rideau Falls", "K0A 3M0"), ("Osgoode Corners", "K0A 2W5"), ("Bellmere", "K1Z 0A9")]

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
            rows.append(dict(sur=sur, given=given, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return rows


# --------------------------------------------------------------------------
# Random helpers
# --------------------------------------------------------------------------
class Ctx:
    """Per-run random state and pools."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.nams = load_nams()
        adults = [h for h in self.nams if h["dob"].year <= 2006]
        self.rng.shuffle(adults)
        self.nam_queue = adults
        self.nam_pos = 0
        self.kids = [h for h in self.nams if h["dob"].year > 2006]
        self.used_names = set()
        self.msg_counter = 0

    def turn(self, key):
        """Deterministic per-key counter (used to alternate variants)."""
        self.turns = getattr(self, "turns", {})
        self.turns[key] = self.turns.get(key, -1) + 1
        return self.turns[key]

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def next_nam_holder(self, kid=False):
        if kid:
            return self.rng.choice(self.kids)
        h = self.nam_queue[self.nam_pos % len(self.nam_queue)]
        self.nam_pos += 1
        return h

    def new_patient(self, sex=None, pool=None, age=(19, 86)):
        rng = self.rng
        pool = pool or PAT_SUR
        for _ in range(200):
            s = sex or rng.choice("FFM")  # rheumatology: more women
            given = rng.choice(PAT_GIVEN_F if s == "F" else PAT_GIVEN_M)
            sur = rng.choice(pool)
            if (given, sur) not in self.used_names:
                self.used_names.add((given, sur))
                break
        year = 2025 - rng.randint(*age)
        dob = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        return dict(given=given, sur=sur, sex=s, dob=dob)


# --------------------------------------------------------------------------
# Identifier generators (valid by checksum) and disguises
# --------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def gen_sin(rng):
    while True:
        first = rng.choice("12345679")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohn(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        if serial > 997:
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (n % 97)
        num = base + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 33, 35, 44, 59, 69, 75, 92, 93, 94, 31, 67])
        commune = "%03d" % rng.randint(1, 399)
        order = "%03d" % rng.randint(1, 899)
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
        key = 97 - (int(base) % 97)
        num = base + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return "%07d" % rng.randint(200000, 2999999)


def fmt_sin(num, style):
    if style == "space":
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == "dash":
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    if style == "dot":
        return f"{num[:3]}.{num[3:6]}.{num[6:]}"
    if style == "fw":
        return fullwidth(f"{num[:3]} {num[3:6]} {num[6:]}")
    return num


def fmt_ohn(num, style, vc=""):
    if style == "dash":
        s = f"{num[:4]}-{num[4:7]}-{num[7:]}"
    elif style == "space":
        s = f"{num[:4]} {num[4:7]} {num[7:]}"
    elif style == "fw":
        s = fullwidth(num)
    else:
        s = num
    return (s + (("-" if style == "dash" else " ") + vc if vc else "")).strip()


def fmt_niss(num, style):
    if style == "std":
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    if style == "space":
        return f"{num[:6]} {num[6:9]} {num[9:]}"
    if style == "slash":
        return f"{num[:2]}/{num[2:4]}/{num[4:6]}/{num[6:9]}/{num[9:]}"
    return num


def fmt_nir(num, style):
    if style == "space":
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    if style == "key":
        return f"{num[:13]} {num[13:]}"
    if style == "dot":
        return f"{num[0]}.{num[1:3]}.{num[3:5]}.{num[5:7]}.{num[7:10]}.{num[10:13]}.{num[13:]}"
    return num


def fmt_nam(nam, style):
    if style == "space":
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == "dash":
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == "dot":
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if style == "slash":
        return f"{nam[:4]}/{nam[4:8]}/{nam[8:]}"
    if style == "lower":
        return f"{nam[:4].lower()} {nam[4:8]} {nam[8:]}"
    if style == "fw":
        return nam[:4] + fullwidth(nam[4:])
    if style == "fwspace":
        return nam[:4] + " " + fullwidth(nam[4:8]) + " " + fullwidth(nam[8:])
    return nam


def fmt_mrn(num, style):
    if style == "H":
        return "H-" + num
    if style == "space":
        return f"{num[:1]} {num[1:4]} {num[4:]}"
    if style == "dash":
        return f"{num[:1]}-{num[1:4]}-{num[4:]}"
    if style == "slash":
        return f"D/{num}"
    if style == "fw":
        return fullwidth(num)
    return num


# --------------------------------------------------------------------------
# Names and dates in text
# --------------------------------------------------------------------------
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dfr(d, day=False):
    s = f"{d.day if d.day != 1 else '1er'} {MONTHS_FR[d.month - 1]} {d.year}"
    return (DAYS_FR[d.weekday()] + " " + s) if day else s


def den(d, day=False):
    s = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return (DAYS_EN[d.weekday()] + ", " + s) if day else s


def dob_fmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_dot":
        return d.strftime("%Y.%m.%d")
    if style == "long_fr":
        return dfr(d)
    if style == "long_en":
        return den(d)
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    return d.isoformat()


def dob_variants(d):
    """All spellings a generator might use (for the verifier)."""
    return {dob_fmt(d, s) for s in ("iso", "dmy", "ymd_dot", "long_fr", "long_en", "dmy_dash")} | {
        dfr(d).replace("1er", "1")}


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def name_style(p, style):
    g, s = p["given"], p["sur"]
    if style == "full":
        return f"{g} {s}"
    if style == "upper_comma":
        return f"{s.upper()}, {g}"
    if style == "comma":
        return f"{s}, {g}"
    if style == "lower":
        return f"{g.lower()} {s.lower()}"
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "title_fr":
        return ("Mme " if p["sex"] == "F" else "M. ") + f"{g} {s}"
    if style == "title_en":
        return ("Ms. " if p["sex"] == "F" else "Mr. ") + f"{g} {s}"
    if style == "title_sur_fr":
        return ("Mme " if p["sex"] == "F" else "M. ") + s
    if style == "title_sur_en":
        return ("Mrs. " if p["sex"] == "F" else "Mr. ") + s
    if style == "sur_given":
        return f"{s.upper()} {g}"
    return f"{g} {s}"


def staff_name(key, lang, title=True):
    s = STAFF[key]
    t = s["title_fr"] if lang == "fr" else s["title_en"]
    base = f"{s['given']} {s['sur']}"
    return f"{t} {base}" if (title and t) else base


def staff_formal(key, lang):
    s = STAFF[key]
    t = s["title_fr"] if lang == "fr" else s["title_en"]
    return f"{t} {s['sur']}" if t else s["given"]


def staff_addr(key):
    return f"{STAFF[key]['login']}@{CLINIC['dom']}"


def signature(key, lang, rng=None, short=False):
    s = STAFF[key]
    role = s["role_fr"] if lang == "fr" else s["role_en"]
    name = staff_name(key, lang)
    if short:
        return f"{name}\n{role}"
    if lang == "fr":
        return (f"{name}\n{role}\n{CLINIC['fr']}\n{CLINIC['addr_fr']}\n"
                f"Tél. : {CLINIC['tel']}  |  Téléc. : {CLINIC['fax']}")
    return (f"{name}\n{role}\n{CLINIC['en']}\n{CLINIC['addr_en']}\n"
            f"Tel: {CLINIC['tel']} | Fax: {CLINIC['fax']}")


CONF_FOOTER_FR = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                  "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
CONF_FOOTER_EN = ("CONFIDENTIALITY NOTICE: this e-mail may contain privileged information. If you received "
                  "it in error, please delete it and notify the sender.")


def patient_phone(rng):
    area = rng.choice(["819", "873", "613", "450"])
    return f"{area} 555-01{rng.randint(0, 99):02d}"


def patient_address(rng, lang="fr", province="QC"):
    num = rng.randint(12, 4890)
    if province == "ON":
        town, pc = rng.choice(TOWNS_ON)
        return f"{num} {rng.choice(STREETS_EN)}, {town}, ON {pc}"
    town, pc = rng.choice(TOWNS_QC)
    if lang == "en" and rng.random() < 0.5:
        return f"{num} {rng.choice(STREETS)}, {town}, QC {pc}"
    apt = f", app. {rng.randint(1, 12)}" if rng.random() < 0.3 else ""
    return f"{num}, {rng.choice(STREETS)}{apt}, {town} (Québec) {pc}"
