"""Shared data and helpers for the CLSC home-care (soutien a domicile) corpus.

Everything here is invented: people, institutions, addresses, phone numbers
(555-01xx) and identifiers.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG = {
    "cisss": "CISSS de la Vallée-des-Hérons",
    "cisss_en": "Vallée-des-Hérons Integrated Health and Social Services Centre",
    "clsc": "CLSC du Haut-Ruisseau",
    "sad": "Soutien à domicile (SAD)",
    "sad_en": "Home Care Services",
    "dom": "cisss-valherons.example",
    "hosp": "Hôpital régional de Lac-aux-Hérons",
    "hosp_en": "Lac-aux-Hérons Regional Hospital",
    "hosp_dom": "hrlh.cisss-valherons.example",
    "addr": "2250, boul. des Érables",
    "city": "Lac-aux-Hérons (Québec)  J5X 0B2",
    "tel": "450 555-0100",
    "fax": "450 555-0109",
}

PARTNERS = {
    "pharm1": ("Pharmacie Desrosiers et Ng", "pharmadesrosiers.example", "450 555-0131"),
    "pharm2": ("Pharmacie du Vieux-Moulin", "pharmavieuxmoulin.example", "450 555-0137"),
    "ta": ("Transport adapté Haut-Ruisseau", "ta-hautruisseau.example", "450 555-0142"),
    "equip": ("Équipements médicaux Boréal inc.", "medboreal.example", "1 888 555-0156"),
    "popote": ("Popote roulante Les Hérons", "popoteherons.example", "450 555-0163"),
    "cab": ("Centre d'action bénévole du Ruisseau", "cabruisseau.example", "450 555-0168"),
    "gmf": ("GMF des Trois-Collines", "gmf3collines.example", "450 555-0172"),
    "assur": ("Assurances Valmont", "valmont-assur.example", "1 877 555-0175"),
    "ont": ("Riverside Home and Community Care", "riversidehc.example", "613 555-0181"),
    "mut": ("Mutualité Saint-Lambert", "mut-stlambert.example", "+32 2 555 01 86"),
    "cam": ("Caisse d'assurance maladie du Val-de-Sèvre", "cam-valdesevre.example", "+33 5 55 50 01 88"),
    "repit": ("Maison de répit Le Quai", "repitlequai.example", "450 555-0191"),
    "oxy": ("OxyDom Services respiratoires", "oxydom.example", "1 866 555-0194"),
}

# staff: key -> (given, surname, role_fr, role_en, gender)
STAFF = {
    "lachance": ("Audrey", "Lachance", "Infirmière clinicienne, SAD", "Clinical Nurse, Home Care", "F"),
    "boisvert": ("Karine", "Boisvert", "Infirmière auxiliaire, SAD", "Licensed Practical Nurse, Home Care", "F"),
    "dionne": ("Marie-Ève", "Dionne", "Travailleuse sociale", "Social Worker", "F"),
    "gendron": ("Stéphanie", "Gendron", "Ergothérapeute", "Occupational Therapist", "F"),
    "picard": ("Julie", "Picard", "Physiothérapeute", "Physiotherapist", "F"),
    "benali": ("Nadia", "Benali", "Assistante infirmière-chef, SAD", "Assistant Head Nurse, Home Care", "F"),
    "lemay": ("Patrick", "Lemay", "Chef de service, soutien à domicile", "Home Care Service Manager", "M"),
    "vezina": ("Éric", "Vézina", "Agent administratif, SAD", "Administrative Clerk, Home Care", "M"),
    "caouette": ("Sonia", "Caouette", "Auxiliaire aux services de santé et sociaux", "Home Support Worker", "F"),
    "grondin": ("Mélanie", "Grondin", "Infirmière de liaison, HRLH", "Liaison Nurse, Regional Hospital", "F"),
    "kim": ("Rachel", "Kim", "Infirmière clinicienne, SAD", "Clinical Nurse, Home Care", "F"),
    "mendes": ("Laura", "Mendes", "Ergothérapeute", "Occupational Therapist", "F"),
    "oneill": ("Kevin", "O'Neill", "Travailleur social", "Social Worker", "M"),
    "raman": ("Priya", "Raman", "IPS en soins de première ligne", "Primary Care Nurse Practitioner", "F"),
    "hughes": ("Tom", "Hughes", "Technicien en informatique", "IT Technician", "M"),
    "marcotte": ("Hugo", "Marcotte", "Conseiller en gestion des ressources humaines", "Human Resources Advisor", "M"),
    "hamelin": ("Chantal", "Hamelin", "Coordonnatrice du transport", "Transport Coordinator", "F"),
    "archambault": ("Louis-Philippe", "Archambault", "Acheteur, approvisionnement", "Buyer, Procurement", "M"),
    "brisson": ("Maude", "Brisson", "Conseillère en prévention SST", "Health and Safety Advisor", "F"),
    "okafor": ("Daniel", "Okafor", "Technicien, installations matérielles", "Facilities Technician", "M"),
    "berger": ("Nathan", "Berger", "Pharmacien, SAD", "Pharmacist, Home Care", "M"),
    "sasseville": ("Valérie", "Sasseville", "Pharmacienne propriétaire", "Community Pharmacist", "F"),
    "fontaine": ("Isabelle", "Fontaine", "Agente de planification, programmation et recherche", "Planning and Research Officer", "F"),
    "leduc": ("Sébastien", "Leduc", "Coordonnateur clinique SAD", "Home Care Clinical Coordinator", "M"),
    "rahimi": ("Leila", "Rahimi", "Infirmière clinicienne, équipe de soir", "Evening Clinical Nurse", "F"),
    "cormier": ("Josiane", "Cormier", "Nutritionniste", "Dietitian", "F"),
    "ibrahim": ("Youssef", "Ibrahim", "Inhalothérapeute", "Respiratory Therapist", "M"),
    "st_onge": ("Annie", "St-Onge", "Agente administrative, accueil", "Intake Clerk", "F"),
    "whitfield": ("Grace", "Whitfield", "Nurse educator", "Nurse Educator", "F"),
    "desautels": ("Marc-André", "Desautels", "Directeur adjoint SAPA", "Assistant Director, Seniors' Programme", "M"),
}

PHYS = {
    "kassab": ("Amir", "Kassab", "M", "médecin de famille", "family physician"),
    "sirois": ("Hélène", "Sirois", "F", "gériatre", "geriatrician"),
    "vanier": ("Paul", "Vanier", "M", "médecin en soins palliatifs", "palliative care physician"),
    "leung": ("Catherine", "Leung", "F", "pédiatre", "paediatrician"),
    "ostrowski": ("Marek", "Ostrowski", "M", "interniste", "internist"),
    "bellavance": ("Judith", "Bellavance", "F", "physiatre", "physiatrist"),
    "achour": ("Samir", "Achour", "M", "pneumologue", "respirologist"),
}

# patients who do not hold a NAM from the list; surnames disjoint from holders
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Lévesque", "Gingras",
    "Hébert", "Poulin", "Bédard", "Vachon", "Drouin", "Ménard", "Lemieux",
    "Bilodeau", "Charron", "Dufour", "Labbé", "Rioux", "Beaulieu", "Sauvé",
    "Gosselin", "Perreault", "Boivin", "Asselin", "Turcotte", "Pépin",
    "Campbell", "Murphy", "Kowalski", "Nguyen", "Haddad", "Fraser", "Walsh",
    "Doyle", "Rossi", "Santos", "Ferreira", "Lachapelle", "Desrochers",
]
GIVEN_OLD_F = ["Ginette", "Thérèse", "Huguette", "Rita", "Jeannine", "Lise", "Monique",
               "Pierrette", "Colette", "Yolande", "Margaret", "Dorothy", "Evelyn", "Joan", "Irene",
               "Gisèle", "Rolande", "Cécile"]
GIVEN_OLD_M = ["Gérard", "Marcel", "Roland", "Fernand", "Raymond", "Réjean", "Lucien", "Arthur",
               "Harold", "Walter", "Frank", "Kenneth", "Aurèle", "Conrad", "Jean-Guy", "Normand"]
GIVEN_YOUNG_F = ["Jessica", "Léa", "Zoé", "Olivia", "Chloé", "Amélie", "Megan", "Rosalie", "Maëlle"]
GIVEN_YOUNG_M = ["Alexandre", "Mathis", "Noah", "Samuel", "Félix", "Tyler", "Jérémy", "Olivier", "Ethan"]

STREETS = ["rue des Pins", "rang Saint-Joseph", "chemin du Lac-Vert", "avenue des Ormes",
           "rue Principale", "montée des Bouleaux", "rue du Moulin", "rue Notre-Dame Est",
           "chemin de la Grève", "rue des Cèdres", "avenue du Parc", "rue Sainte-Odile",
           "rang du Ruisseau", "boulevard des Hérons", "rue de la Fabrique"]
STREETS_EN = ["Maple Street", "Church Road", "Lakeview Crescent", "Mill Road", "Elm Avenue",
              "Riverside Drive", "Orchard Lane"]
CITIES = [("Lac-aux-Hérons", "J5X"), ("Saint-Firmin-des-Bois", "J0K"), ("Val-Brûlé", "J0L"),
          ("Sainte-Odile-du-Ruisseau", "J0K"), ("Hérons-Nord", "J5Y")]

# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------

def load_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            holders.append({"surname": sur, "given": given,
                            "dob": datetime.date.fromisoformat(dob),
                            "sex": sex, "nam": nam})
    return holders


def holder_surnames(holders):
    return sorted({h["surname"] for h in holders})


def fold(s):
    """lower-case, strip accents, collapse whitespace (for name matching)."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW.update({ord(c): chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}/{c}",
        "dash": f"{a}-{b}-{c}",
        "lower": f"{a.lower()} {b} {c}",
        "wide": fullwidth(f"{a} {b} {c}"),
        "odd": f"{a} {nam[4:6]} {nam[6:8]} {c}",
    }[style]


def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    return {"space": f"{num[:3]} {num[3:6]} {num[6:]}",
            "dash": f"{num[:3]}-{num[3:6]}-{num[6:]}",
            "plain": num,
            "dot": f"{num[:3]}.{num[3:6]}.{num[6:]}",
            "wide": fullwidth(f"{num[:3]} {num[3:6]} {num[6:]}")}[style]


def make_ohip(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num, rng.choice(["AB", "KT", "MX", "", "ZP"])


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != "0" and luhn.is_valid(num)


def fmt_ohip(num, vc, style):
    base = {"dash": f"{num[:4]}-{num[4:7]}-{num[7:]}",
            "space": f"{num[:4]} {num[4:7]} {num[7:]}",
            "plain": num}[style]
    return (base + (" " + vc if vc else "")).strip()


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        first9 = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial:03d}"
        base = int(("2" + first9) if dob.year >= 2000 else first9)
        num = first9 + f"{97 - base % 97:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    return {"std": f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
            "plain": num,
            "space": f"{num[:2]} {num[2:4]} {num[4:6]} {num[6:9]} {num[9:]}"}[style]


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "79", "86", "33", "13", "44"])
    commune = f"{rng.randrange(1, 990):03d}"
    order = f"{rng.randrange(1, 999):03d}"
    body = ("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}" + dept + commune + order
    num = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(num)
    return num


def fmt_nir(num, style):
    return {"space": f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}",
            "plain": num,
            "key": f"{num[:13]} {num[13:]}"}[style]


def make_mrn(rng):
    return f"{rng.randrange(100000, 9999999):07d}"


def fmt_mrn(num, style):
    return {"plain": num,
            "space": f"{num[:2]} {num[2:5]} {num[5:]}",
            "h": f"H{num}",
            "dash": f"{num[:3]}-{num[3:]}",
            "wide": fullwidth(num),
            "slash": f"HRLH/{num}"}[style]


def luhn_serial(rng, length):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_variants(d):
    """All the renderings of a birth date that the generator may use."""
    return [
        d.isoformat(),
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.year}.{d.month:02d}.{d.day:02d}",
        f"{d.day} {MOIS[d.month - 1]} {d.year}",
        f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
    ]


def fmt_dob(d, rng, lang):
    if lang == "fr":
        i = rng.choice([0, 1, 2, 3, 5])
    else:
        i = rng.choice([0, 6, 7, 8, 2])
    return dob_variants(d)[i]


def fmt_day(d, lang):
    if lang == "fr":
        return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# Message model
# --------------------------------------------------------------------------
@dataclass
class Att:
    filename: str
    kind: str            # pdf docx xlsx csv ics vcf zip eml txt
    data: object         # bytes, str, or Msg (for eml)
    ctype: str = ""


@dataclass
class Msg:
    kind: str            # pos / neg
    category: str
    lang: str
    note: str = ""
    types: set = field(default_factory=set)
    sender: tuple = ("", "")
    to: list = field(default_factory=list)
    cc: list = field(default_factory=list)
    subject: str = ""
    date: datetime.datetime = None
    msgid: str = ""
    text: str = ""
    html: str = ""
    mode: str = ""       # '', 'text', 'html', 'alt'
    atts: list = field(default_factory=list)
    extra_headers: list = field(default_factory=list)
    ids: list = field(default_factory=list)      # (type, compact value)
    nams: list = field(default_factory=list)     # holder dicts
    names: list = field(default_factory=list)    # patient full names used


class Ctx:
    """Per-message generation context: its own RNG and helpers."""

    def __init__(self, seed, key, holders, lang, state):
        self.rng = random.Random(f"{seed}:{key}")
        self.holders = holders
        self.lang = lang
        self.state = state      # shared across messages: holder rotation
        self.key = key

    # random helpers -------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # people --------------------------------------------------------------
    def staff(self, key=None):
        key = key or self.pick(sorted(STAFF))
        given, sur, rfr, ren, g = STAFF[key]
        email = f"{fold(given).replace(' ', '-')}.{fold(sur).replace(' ', '').replace(chr(39), '')}@{ORG['dom']}"
        return {"key": key, "given": given, "surname": sur, "name": f"{given} {sur}",
                "role": rfr if self.lang == "fr" else ren, "email": email, "g": g}

    def phys(self, key=None):
        key = key or self.pick(sorted(PHYS))
        given, sur, g, sfr, sen = PHYS[key]
        title = ("Dre" if g == "F" else "Dr") if self.lang == "fr" else "Dr."
        return {"given": given, "surname": sur, "name": f"{given} {sur}",
                "title": title, "full": f"{title} {given} {sur}",
                "spec": sfr if self.lang == "fr" else sen,
                "email": f"{fold(given)[0]}{fold(sur)}@{PARTNERS['gmf'][1]}"}

    def address(self):
        city, fsa = self.pick(CITIES)
        street = self.pick(STREETS if self.lang == "fr" or self.chance(0.6) else STREETS_EN)
        num = self.rng.randrange(12, 3999)
        apt = f"app. {self.rng.randrange(1, 12)}, " if self.chance(0.25) else ""
        pc = f"{fsa} {self.rng.randrange(1, 9)}{self.pick('ABCEGHJKLMNPRSTVXY')}{self.rng.randrange(0, 9)}"
        if self.lang == "fr":
            line = f"{apt}{num}, {street}"
        else:
            line = f"{num} {street}" + (f", apt {apt[5:-2]}" if apt else "")
        return {"line": line, "city": city, "pc": pc, "full": f"{line}, {city} (Québec) {pc}"}

    def phone(self, area=None):
        area = area or self.pick(["450", "450", "819", "579"])
        return f"{area} 555-01{self.rng.randrange(0, 100):02d}"

    def patient(self, group="senior", nam=False, when=None):
        when = when or datetime.date(2025, 6, 1)
        if nam:
            pool = [h for h in self.holders if _group(h["dob"], when) == group]
            if not pool:
                pool = self.holders
            rot = self.state.setdefault("rot", {})
            i = rot.get(group, 0)
            # deterministic rotation per group, order shuffled once by key
            order = self.state.setdefault(("order", group), None)
            if order is None:
                r = random.Random(f"holders:{group}:{self.state['seed']}")
                order = list(range(len(pool)))
                r.shuffle(order)
                self.state[("order", group)] = order
            h = pool[order[i % len(pool)]]
            rot[group] = i + 1
            p = dict(h)
        else:
            sex = self.pick("FM")
            if group == "senior":
                given = self.pick(GIVEN_OLD_F if sex == "F" else GIVEN_OLD_M)
                year = self.rng.randrange(1928, 1958)
            elif group == "adult":
                given = self.pick(GIVEN_YOUNG_F + ["Nancy", "Sandra"] if sex == "F" else GIVEN_YOUNG_M + ["Steve", "Martin"])
                year = self.rng.randrange(1962, 2004)
            else:
                given = self.pick(GIVEN_YOUNG_F if sex == "F" else GIVEN_YOUNG_M)
                year = self.rng.randrange(2009, 2022)
            p = {"surname": self.pick(PAT_SURNAMES), "given": given, "sex": sex, "nam": None,
                 "dob": datetime.date(year, self.rng.randrange(1, 13), self.rng.randrange(1, 29))}
        p["age"] = age_on(p["dob"], when)
        p["addr"] = self.address()
        p["phone"] = self.phone()
        p["mrn"] = make_mrn(self.rng)
        p["full"] = f"{p['given']} {p['surname']}"
        if self.lang == "fr":
            p["title"] = "Mme" if p["sex"] == "F" else "M."
        else:
            p["title"] = "Mrs." if p["sex"] == "F" else "Mr."
        if p["age"] < 18:
            p["title"] = ""
        return p


def _group(dob, when):
    a = age_on(dob, when)
    if a < 18:
        return "peds"
    if a < 65:
        return "adult"
    return "senior"


# --------------------------------------------------------------------------
# Name renderings
# --------------------------------------------------------------------------

def name_style(ctx, p, style=None):
    style = style or ctx.pick(["title", "full", "upper_comma", "lower", "initial", "title_sur", "sur_given"])
    t = p["title"] or ""
    return {
        "title": f"{t} {p['full']}".strip(),
        "full": p["full"],
        "upper_comma": f"{p['surname'].upper()}, {p['given']}",
        "lower": p["full"].lower(),
        "initial": f"{p['given'][0]}. {p['surname']}",
        "title_sur": f"{t} {p['surname']}".strip() if t else p["full"],
        "sur_given": f"{p['surname']} {p['given']}",
    }[style]


def signature(ctx, s, lang=None):
    lang = lang or ctx.lang
    lines = ["-- ", s["name"], s["role"]]
    if lang == "fr":
        lines += [f"{ORG['sad']}{ctx.pick([' — ', ' - ', ', '])}{ORG['clsc']}", ORG["cisss"],
                  f"{ORG['addr']}, {ORG['city']}",
                  f"Tél. : {ORG['tel']}, poste {ctx.rng.randrange(2100, 2899)}  |  Téléc. : {ORG['fax']}"]
        if ctx.chance(0.4):
            lines.append("Ce courriel peut contenir des renseignements confidentiels. S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.")
    else:
        lines += [f"{ORG['sad_en']}{ctx.pick([' — ', ' - ', ', '])}{ORG['clsc']}", ORG["cisss_en"],
                  f"{ORG['addr']}, {ORG['city']}",
                  f"Tel. {ORG['tel']} ext. {ctx.rng.randrange(2100, 2899)}  |  Fax {ORG['fax']}"]
        if ctx.chance(0.4):
            lines.append("This e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.")
    return "\n".join(lines)


def greet(ctx, person_given=None):
    if ctx.lang == "fr":
        g = ctx.pick(["Bonjour", "Bonjour", "Salut", "Allô"])
    else:
        g = ctx.pick(["Hi", "Hello", "Good morning", "Hi there"])
    return f"{g} {person_given}," if person_given else f"{g},"
