"""Shared data and helpers: organisation, people, identifiers, formatting, message spec.

Everything here is invented.  The only external input is ../blind_nams.txt
(relative to this file), which supplies the RAMQ NAMs and their holders.
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

# --------------------------------------------------------------------------
# Organisation (fictional)
# --------------------------------------------------------------------------
ORG = {
    "network_fr": "CISSS des Monts-et-Rivières",
    "network_en": "Monts-et-Rivières Integrated Health Network",
    "clinic_fr": "Clinique de médecine du sport et des commotions cérébrales",
    "clinic_en": "Sports Medicine and Concussion Clinic",
    "clinic_short": "CMSCC",
    "hospital": "Hôpital Sainte-Émérentienne",
    "address_fr": "2150, boulevard des Érables, pavillon C, 3e étage\nTrois-Sources (Québec)  G9Z 1X4",
    "address_en": "2150 des Érables Blvd., Pavilion C, 3rd floor\nTrois-Sources, QC  G9Z 1X4",
    "phone": "819-555-0142",
    "fax": "819-555-0143",
    "phone_rehab": "819-555-0156",
    "domain": "cisssmr.example",
}
D = ORG["domain"]

EXTERNAL = {
    "gmf": ("GMF des Pins", "gmfdespins.example", "819-555-0117"),
    "physio": ("Physio Cinétik Trois-Sources", "physiocinetik.example", "819-555-0121"),
    "hockey": ("Les Harfangs de Trois-Sources (hockey junior)", "harfangs-hockey.example", "819-555-0133"),
    "cegep": ("Cégep de Rivière-Claire", "cegep-riviereclaire.example", "819-555-0138"),
    "school": ("École secondaire des Hauts-Bois", "cshautsbois.example", "819-555-0126"),
    "primary": ("École primaire du Ruisseau-Vert", "cshautsbois.example", "819-555-0127"),
    "soccer": ("Club de soccer Les Riverains", "riverains-soccer.example", "819-555-0129"),
    "ski": ("Club de ski alpin Mont-Chevreuil", "skichevreuil.example", "819-555-0131"),
    "insurer": ("Mutuelle Boréalis Assurance", "mutuelleborealis.example", "1-800-555-0177"),
    "rilt": ("Régie d'indemnisation des lésions au travail (RILT)", "rilt.example", "1-866-555-0181"),
    "fir": ("Fonds d'indemnisation routière (FIR)", "fir-indemnisation.example", "1-877-555-0184"),
    "pharmacy": ("Pharmacie Lemire & Doucet", "pharmalemire.example", "819-555-0147"),
    "pharmacy2": ("Pharmacie du Carrefour Vallée-Verte", "pharmavalleeverte.example", "819-555-0149"),
    "ottawa": ("Eastview Community Hospital (Ottawa)", "eastview-hospital.example", "613-555-0162"),
    "clsc": ("CLSC de la Vallée-Verte", D, "819-555-0151"),
    "rehab": ("Centre de réadaptation Le Tremplin", D, "819-555-0156"),
    "taxi": ("Transport adapté Trois-Sources", "ta-troissources.example", "819-555-0168"),
    "neuropsy": ("Neuropsy Laurentides inc.", "neuropsylaurentides.example", "819-555-0173"),
    "univ": ("Université de Val-Brûlé — Service des sports", "uvb-sports.example", "819-555-0136"),
    "vendor": ("Orthèses Boréal inc.", "ortheses-boreal.example", "1-888-555-0190"),
    "vendor2": ("MédiSport Distribution", "medisport-distribution.example", "1-888-555-0193"),
    "vendor3": ("Équipements Cardio-Plus", "cardioplus.example", "1-877-555-0195"),
}

# --------------------------------------------------------------------------
# Staff (invented).  No surname here belongs to a NAM holder.
# --------------------------------------------------------------------------
# key: (title_fr, given, surname, role_fr, role_en, sex)
STAFF = {
    "lacasse": ("Dre", "Amélie", "Lacasse", "médecin du sport", "sports medicine physician", "F"),
    "benali": ("Dr", "Karim", "Benali", "physiatre", "physiatrist", "M"),
    "vachon": ("Dr", "Étienne", "Vachon", "chirurgien orthopédiste", "orthopaedic surgeon", "M"),
    "raman": ("Dre", "Priya", "Raman", "neuropsychologue", "neuropsychologist", "F"),
    "mcleish": ("Dr", "Owen", "McLeish", "médecin du sport", "sports medicine physician", "M"),
    "desrosiers": ("Dre", "Hélène", "Desrosiers", "pédiatre", "paediatrician", "F"),
    "nguyen": ("Dr", "Minh", "Nguyen", "neurologue", "neurologist", "M"),
    "rioux": ("", "Maxime", "Rioux", "kinésiologue", "kinesiologist", "M"),
    "coutu": ("", "Julie", "Coutu", "physiothérapeute", "physiotherapist", "F"),
    "grondin": ("", "Raphaël", "Grondin", "thérapeute du sport", "athletic therapist", "M"),
    "ferron": ("", "Nadia", "Ferron", "infirmière clinicienne", "clinical nurse", "F"),
    "bedard": ("", "Lyne", "Bédard", "agente administrative", "administrative officer", "F"),
    "dufresne": ("", "Chantal", "Dufresne", "coordonnatrice clinique", "clinical coordinator", "F"),
    "carrier": ("", "Marie-Ève", "Carrier", "travailleuse sociale", "social worker", "F"),
    "lanctot": ("", "Patrick", "Lanctôt", "chef de service", "service manager", "M"),
    "haddad": ("", "Samira", "Haddad", "ergothérapeute", "occupational therapist", "F"),
    "stewart": ("", "Brooke", "Stewart", "physiothérapeute", "physiotherapist", "F"),
    "gosselin": ("", "Mathieu", "Gosselin", "technicien en administration", "administrative technician", "M"),
    "plante": ("", "Karine", "Plante", "agente de gestion du personnel", "HR officer", "F"),
    "drolet": ("", "Sébastien", "Drolet", "technicien informatique", "IT technician", "M"),
    "houle": ("", "Véronique", "Houle", "pharmacienne", "pharmacist", "F"),
    "reid": ("", "Trevor", "Reid", "coordonnateur de la recherche", "research coordinator", "M"),
    "vezina": ("", "Isabelle", "Vézina", "adjointe à la direction", "executive assistant", "F"),
    "proulx": ("", "Alain", "Proulx", "responsable des installations", "facilities supervisor", "M"),
    "kowalski": ("Dre", "Anna", "Kowalski", "résidente R2 en médecine familiale", "PGY-2 family medicine resident", "F"),
    "diallo": ("Dr", "Moussa", "Diallo", "médecin de famille", "family physician", "M"),
    "henderson": ("Dr", "Scott", "Henderson", "urgentologue", "emergency physician", "M"),
    "sirois": ("", "Audrey", "Sirois", "technologue en imagerie médicale", "imaging technologist", "F"),
    "lafleur": ("", "Denis", "Lafleur", "acheteur, approvisionnement", "purchasing agent", "M"),
    "oliveira": ("", "Camila", "Oliveira", "conseillère en communication", "communications advisor", "F"),
    "morneau": ("", "Guy", "Morneau", "conseiller en sécurité de l'information", "information security advisor", "M"),
    "arsenault": ("", "Rosalie", "Arsenault", "réceptionniste", "receptionist", "F"),
    "trudel": ("Dr", "Benoît", "Trudel", "radiologiste", "radiologist", "M"),
    "champagne": ("", "Noémie", "Champagne", "thérapeute du sport (Harfangs)", "athletic therapist (Harfangs)", "F"),
    "walsh": ("", "Connor", "Walsh", "athletic therapist, Université de Val-Brûlé", "athletic therapist, Université de Val-Brûlé", "M"),
    "perron": ("", "Lucie", "Perron", "technicienne en pharmacie", "pharmacy technician", "F"),
}

STAFF_DOMAIN = {
    "diallo": "gmfdespins.example", "champagne": "harfangs-hockey.example",
    "walsh": "uvb-sports.example", "henderson": D,
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(given, surname, domain=D):
    local = strip_accents(given + "." + surname).lower().replace(" ", "").replace("'", "")
    return local + "@" + domain


def staff(key):
    t, g, s, rf, re_, sex = STAFF[key]
    return {"key": key, "title": t, "given": g, "surname": s, "role_fr": rf, "role_en": re_,
            "sex": sex, "email": email_of(g, s, STAFF_DOMAIN.get(key, D))}


def staff_name(key, lang="fr", title=True):
    st = staff(key)
    t = st["title"]
    if t and title:
        if lang == "en":
            t = "Dr."
        return "%s %s %s" % (t, st["given"], st["surname"])
    return "%s %s" % (st["given"], st["surname"])


def addr(key, lang="fr"):
    st = staff(key)
    return (staff_name(key, lang, title=False), st["email"])


STAFF_ORG = {"diallo": "gmf", "champagne": "hockey", "walsh": "univ"}


def signature(key, lang, rng, with_phone=True):
    st = staff(key)
    nm = staff_name(key, lang)
    role = st["role_fr"] if lang == "fr" else st["role_en"]
    lines = ["--", nm, role[0].upper() + role[1:]]
    if key in STAFF_ORG:
        org = EXTERNAL[STAFF_ORG[key]]
        lines.append(org[0])
        if with_phone:
            lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + org[2])
        return "\n".join(lines)
    clinic = ORG["clinic_fr"] if lang == "fr" else ORG["clinic_en"]
    net = ORG["network_fr"] if lang == "fr" else ORG["network_en"]
    style = rng.randrange(4)
    if style == 0:
        lines += [clinic, ORG["hospital"] + " — " + net]
    elif style == 1:
        lines += [clinic + " (" + ORG["clinic_short"] + ")", net]
        lines += (ORG["address_fr"] if lang == "fr" else ORG["address_en"]).split("\n")
    elif style == 2:
        lines += [ORG["clinic_short"] + " | " + ORG["hospital"]]
    else:
        lines = ["", nm + " | " + role + " | " + ORG["clinic_short"]]
    if with_phone:
        ext = rng.choice(["", " poste 2231", " poste 2240", " ext. 2217", " poste 2263"])
        ext = ext.replace("poste", "ext.") if lang == "en" else ext.replace("ext.", "poste")
        lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + ORG["phone"] + ext)
        if rng.random() < 0.5:
            lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + ORG["fax"])
    if rng.random() < 0.35:
        if lang == "fr":
            lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements "
                         "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
        else:
            lines.append("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
                         "If you received it in error, please delete it and notify the sender.")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Name pools for invented patients and other people
# --------------------------------------------------------------------------
NAMES_BY_AGE = {
    ("fr", "F", "young"): ["Chloé", "Léa", "Rosalie", "Océane", "Justine", "Maude", "Noémie", "Camille", "Florence", "Zoé",
                           "Jade", "Béatrice", "Laurence", "Maëlle", "Anaïs", "Éloïse", "Mégane", "Ariane", "Gabrielle",
                           "Alexia", "Charlotte", "Mia", "Élodie"],
    ("fr", "F", "mid"): ["Valérie", "Annie", "Line", "Kim", "Nancy", "Sophie", "Marie-Claude", "Caroline", "Josiane", "Mélissa"],
    ("fr", "F", "old"): ["Francine", "Lucienne", "Monique", "Johanne", "Solange", "Colette", "Édith", "Raymonde", "Thérèse", "Huguette"],
    ("fr", "M", "young"): ["Félix", "Samuel", "William", "Thomas", "Nathan", "Gabriel", "Antoine", "Xavier", "Mathis", "Loïc",
                           "Éloi", "Zachary", "Jérémie", "Émile", "Hugo", "Théo", "Jacob", "Alexis", "Maxence", "Tristan",
                           "Anthony", "Mathéo", "Olivier", "Édouard"],
    ("fr", "M", "mid"): ["Frédéric", "Dominic", "Cédric", "Éric", "Martin", "Stéphane", "Yannick", "Steve", "Patrice"],
    ("fr", "M", "old"): ["Réjean", "Normand", "Yves", "Jean-Guy", "Gaétan", "Rosaire", "Marcel", "Fernand", "Roger"],
    ("en", "F", "young"): ["Emily", "Hannah", "Olivia", "Chloe", "Megan", "Paige", "Kayla", "Abigail", "Grace", "Ava", "Madison", "Brianna"],
    ("en", "F", "mid"): ["Rachel", "Laura", "Heather", "Melissa", "Amanda"],
    ("en", "F", "old"): ["Carol", "Judith", "Maureen", "Shirley"],
    ("en", "M", "young"): ["Ethan", "Noah", "Connor", "Ryan", "Tyler", "Dylan", "Jacob", "Gavin", "Aiden", "Cole", "Evan", "Lucas"],
    ("en", "M", "mid"): ["Kevin", "Brandon", "Derek", "Jason", "Shawn"],
    ("en", "M", "old"): ["Harold", "Kenneth", "Wayne", "Gordon"],
}


def _union(lang, sex):
    return [n for band in ("young", "mid", "old") for n in NAMES_BY_AGE[(lang, sex, band)]]


GIVEN_F_FR = _union("fr", "F")
GIVEN_M_FR = _union("fr", "M")
GIVEN_F_EN = _union("en", "F")
GIVEN_M_EN = _union("en", "M")
SURNAMES_FR = ["Tremblay", "Côté", "Lavoie", "Bergeron", "Lévesque", "Gingras", "Hébert", "Dubé",
               "Mercier", "Beaulieu", "Bernier", "Lemieux", "Lachance", "Bouffard", "Cyr", "Poulin",
               "Rousseau", "Turcotte", "Bilodeau", "Paradis", "Guay", "Nolin", "Labbé", "Asselin",
               "Blais", "Demers", "Charron", "Laroche", "Boisvert", "Dion", "Langlois", "St-Pierre",
               "Després", "Auclair", "Gendron", "Leclerc", "Veilleux", "Marchand", "Fontaine",
               "Provencher", "Larouche", "Thériault", "Robichaud", "Doiron", "Létourneau",
               "Jalbert", "Ouimet", "Desjardins", "Pageau", "Beauchemin", "Laflamme", "Brisson"]
SURNAMES_EN = ["O'Brien", "Murphy", "Kelly", "Campbell", "Fraser", "Mitchell", "Hughes", "Sullivan",
               "Ahmed", "Chen", "Patel", "Singh", "Sandhu", "Petrov", "Novak", "Rossi", "Ferreira",
               "Khalil", "Mbaye", "Lindqvist", "Doherty", "Kaur", "Okafor", "Haines", "Whitfield"]
BE_GIVEN = [("Louise", "F"), ("Arthur", "M"), ("Elise", "F"), ("Jules", "M"), ("Lotte", "F"), ("Wout", "M")]
BE_SURN = ["Vermeulen", "Peeters", "Janssens", "Dewulf", "Lambrechts", "Goossens", "Dupont-Renard"]
FR_GIVEN = [("Enzo", "M"), ("Manon-Lou", "F"), ("Baptiste", "M"), ("Inès", "F"), ("Quentin", "M"), ("Clémence", "F")]
FR_SURN = ["Garnier", "Lefebvre", "Moreau", "Chevalier", "Fabre", "Brunet", "Rolland"]

STREETS = ["rue des Cèdres", "rue Principale", "boulevard Laurier-Ouest", "rue du Moulin",
           "avenue des Pionniers", "chemin du Lac-Clair", "rue Sainte-Anne", "rang Saint-Joseph",
           "rue des Bouleaux", "avenue Bellerive", "rue Notre-Dame Est", "croissant des Merisiers"]
TOWNS = [("Trois-Sources", "G9Z"), ("Val-Brûlé", "J0T"), ("Saint-Aurèle", "G0X"),
         ("Rivière-Claire", "J8Y"), ("Lac-aux-Hérons", "J0V"), ("Sainte-Émérentienne", "G9Y")]


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            out.append({"surname": surname, "given": given, "dob": datetime.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


def gen_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and n[0] != "0" and luhn.is_valid(n)


def gen_niss(rng, dob, sex):
    for _ in range(1000):
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        num = int(("2" + base) if dob.year >= 2000 else base)
        n = base + "%02d" % (97 - num % 97)
        if be_nn.is_valid(n) and be_nn.get_birth_date(n) == dob:
            return n
    raise RuntimeError("niss")


def gen_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "33", "59", "44", "13", "31", "67"])
    body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                      rng.randrange(1, 990), rng.randrange(1, 999))
    n = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(n)
    return n


def gen_mrn(rng):
    return "%07d" % rng.randrange(100000, 9999999)


def luhn_serial(rng, length=9):
    body = "".join(str(rng.randrange(10)) for _ in range(length - 1))
    return body + luhn.calc_check_digit(body)


FW = {c: chr(0xFF10 + int(c)) for c in "0123456789"}
FW.update({c: chr(0xFF21 + ord(c) - 65) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "spaced": "%s %s %s" % (a, b, c), "dotted": "%s.%s.%s" % (a, b, c),
        "slashed": "%s/%s/%s" % (a, nam[4:10], nam[10:]), "hyphen": "%s-%s-%s" % (a, b, c),
        "fullwidth": fullwidth(nam), "fw_spaced": fullwidth("%s %s %s" % (a, b, c)).replace(" ", "\u3000"),
        "lower": "%s %s %s" % (a.lower(), b, c), "odd": "%s %s %s" % (a[:2], a[2:] + b[:2], b[2:] + c),
    }[style]


def fmt_digits(n, groups, style):
    parts, i = [], 0
    for g in groups:
        parts.append(n[i:i + g])
        i += g
    if style == "plain":
        return n
    if style == "spaced":
        return " ".join(parts)
    if style == "dotted":
        return ".".join(parts)
    if style == "hyphen":
        return "-".join(parts)
    if style == "slashed":
        return "/".join(parts)
    if style == "fullwidth":
        return fullwidth(" ".join(parts))
    raise ValueError(style)


def fmt_sin(n, style):
    return fmt_digits(n, (3, 3, 3), style)


def fmt_ohip(n, style, vc=""):
    s = fmt_digits(n, (4, 3, 3), style)
    return s + ((" " if style != "plain" else "") + vc if vc else "")


def fmt_niss(n, style):
    if style == "official":
        return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return fmt_digits(n, (6, 3, 2), style)


def fmt_nir(n, style):
    if style == "official":
        return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return fmt_digits(n, (1, 2, 2, 2, 3, 3, 2), style)


def fmt_mrn(n, style):
    return {"plain": n, "prefixed": "H" + n, "dashed": "%s-%s-%s" % (n[:1], n[1:4], n[4:]),
            "spaced": "%s %s" % (n[:3], n[3:]), "dotted": "%s.%s" % (n[:3], n[3:]),
            "fullwidth": fullwidth(n), "slashed": "HSE/%s" % n}[style]


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style="long"):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year) if lang == "fr" else "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "ymd_slash":
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "abbr":
        return "%02d-%s-%04d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    if style == "day":
        if lang == "fr":
            return "%s %d %s" % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
        return "%s, %s %d" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)
    if lang == "fr":
        return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MONTHS_FR[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def age_group(age):
    if age < 12:
        return "child"
    if age < 20:
        return "teen"
    if age < 60:
        return "adult"
    return "senior"


def T(lang, fr, en):
    return fr if lang == "fr" else en


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, given, surname, sex, dob, nam=None, holder=False):
        self.given, self.surname, self.sex, self.dob, self.nam, self.holder = given, surname, sex, dob, nam, holder
        self._ids = {}

    def ident(self, kind, rng):
        if kind not in self._ids:
            if kind == "mrn":
                v = gen_mrn(rng)
            elif kind == "sin":
                v = gen_sin(rng)
            elif kind == "ohip":
                v = gen_ohip(rng)
            elif kind == "niss":
                v = gen_niss(rng, self.dob, self.sex)
            elif kind == "nir":
                v = gen_nir(rng, self.dob, self.sex)
            elif kind == "phone":
                v = "%s-555-01%02d" % (rng.choice(["819", "819", "873", "450", "514"]), rng.randrange(0, 100))
            elif kind == "address":
                town, fsa = rng.choice(TOWNS)
                v = "%d, %s, %s (Québec)  %s %d%s%d" % (rng.randrange(12, 2400), rng.choice(STREETS), town, fsa,
                                                      rng.randrange(1, 10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"),
                                                      rng.randrange(0, 10))
            else:
                raise KeyError(kind)
            self._ids[kind] = v
        return self._ids[kind]


class PatientFactory:
    def __init__(self, rng, ref_date):
        self.rng = rng
        self.ref = ref_date
        self.holders = load_holders()
        self.order = list(range(len(self.holders)))
        rng.shuffle(self.order)
        self.pos = 0
        self.used_names = set()
        self.holder_patients = {}

    def holder(self):
        h = self.holders[self.order[self.pos % len(self.order)]]
        self.pos += 1
        key = h["nam"]
        if key not in self.holder_patients:
            self.holder_patients[key] = Patient(h["given"], h["surname"], h["sex"], h["dob"], h["nam"], True)
        return self.holder_patients[key]

    def invented(self, group=None, origin="qc", ages=None):
        rng = self.rng
        if group is None:
            group = rng.choice(["child", "teen", "teen", "teen", "adult", "adult", "adult", "senior"])
        lo, hi = ages or {"child": (6, 11), "teen": (12, 19), "adult": (20, 58), "senior": (60, 84)}[group]
        age = rng.randint(lo, hi)
        for _ in range(200):
            if origin == "be":
                given, sex = rng.choice(BE_GIVEN)
                surname = rng.choice(BE_SURN)
            elif origin == "fr":
                given, sex = rng.choice(FR_GIVEN)
                surname = rng.choice(FR_SURN)
            else:
                sex = rng.choice("FM")
                band = "young" if age < 30 else ("mid" if age < 60 else "old")
                anglo = rng.random() < 0.3
                if anglo:
                    given = rng.choice(NAMES_BY_AGE[("en", sex, band)])
                    surname = rng.choice(SURNAMES_EN + SURNAMES_FR[:10])
                else:
                    given = rng.choice(NAMES_BY_AGE[("fr", sex, band)])
                    surname = rng.choice(SURNAMES_FR)
            if (given, surname) not in self.used_names:
                break
        self.used_names.add((given, surname))
        dob = self.ref - datetime.timedelta(days=age * 365 + rng.randrange(0, 360))
        return Patient(given, surname, sex, dob)


# --------------------------------------------------------------------------
# Message specification
# --------------------------------------------------------------------------
class Att:
    def __init__(self, filename, ctype, data, text_charset=None):
        self.filename, self.ctype, self.data, self.text_charset = filename, ctype, data, text_charset


class Msg:
    """What a builder produces; rendered to MIME by gen_mime."""

    def __init__(self, rng, lang, category, note):
        self.rng, self.lang, self.category, self.note = rng, lang, category, note
        self.subject = ""
        self.sender = None
        self.to = []
        self.cc = []
        self.text = ""
        self.html = None
        self.atts = []
        self.types = set()
        self.ids = []          # (kind, raw value)
        self.holders = []      # Patient objects holding a NAM
        self.named = []        # (given, surname) of every patient named
        self.prefer = None     # None | 'plain' | 'html' | 'alt'
        self.reply_to_id = None
        self.ascii_only = False  # identifiers must stay ascii (e.g. PDF)

    def add(self, *types):
        for t in types:
            self.types.add(t)

    # -- names ------------------------------------------------------------
    def name(self, p, form=None):
        rng = self.rng
        forms = ["full", "full", "title_full", "last_first_caps", "last_first", "lower",
                 "initial_last", "last_initial", "title_last", "caps_nocomma"]
        form = form or rng.choice(forms)
        g, s = p.given, p.surname
        if self.lang == "fr":
            title = "Mme" if p.sex == "F" else "M."
        else:
            title = rng.choice(["Ms.", "Mrs."]) if p.sex == "F" else "Mr."
        out = {
            "full": "%s %s" % (g, s), "title_full": "%s %s %s" % (title, g, s),
            "last_first_caps": "%s, %s" % (s.upper(), g), "last_first": "%s, %s" % (s, g),
            "lower": ("%s %s" % (g, s)).lower(), "initial_last": "%s. %s" % (g[0], s),
            "last_initial": "%s %s." % (s, g[0]), "title_last": "%s %s" % (title, s),
            "caps_nocomma": "%s %s" % (s.upper(), g), "given": g, "surname": s,
            "lower_last_first": ("%s, %s" % (s, g)).lower(), "initials": "%s.%s." % (g[0], s[0]),
        }[form]
        self.add("patient_name")
        if (p.given, p.surname) not in self.named:
            self.named.append((p.given, p.surname))
        if p.holder and p not in self.holders:
            self.holders.append(p)
        return out

    def nam(self, p, style=None):
        assert p.nam
        styles = ["plain", "plain", "spaced", "spaced", "dotted", "slashed", "hyphen", "fullwidth",
                  "fw_spaced", "fullwidth", "lower", "odd"]
        if self.ascii_only:
            styles = ["plain", "spaced", "dotted", "hyphen", "lower", "slashed"]
        style = style or self.rng.choice(styles)
        self.add("ramq_nam")
        self.ids.append(("nam", p.nam))
        if p not in self.holders:
            self.holders.append(p)
        return fmt_nam(p.nam, style)

    def _idstyle(self):
        styles = ["plain", "spaced", "spaced", "dotted", "hyphen", "fullwidth"]
        if self.ascii_only:
            styles = styles[:-1]
        return self.rng.choice(styles)

    def sin(self, p, style=None):
        v = p.ident("sin", self.rng)
        self.add("ca_sin")
        self.ids.append(("sin", v))
        return fmt_sin(v, style or self._idstyle())

    def ohip(self, p, style=None):
        v = p.ident("ohip", self.rng)
        self.add("ca_health_number")
        self.ids.append(("ohip", v))
        vc = self.rng.choice(["", "AB", "KT", "ZH"])
        return fmt_ohip(v, style or self._idstyle(), vc)

    def niss(self, p, style=None):
        v = p.ident("niss", self.rng)
        self.add("be_niss")
        self.ids.append(("niss", v))
        return fmt_niss(v, style or self.rng.choice(["official", "official", "plain", "spaced"]))

    def nir(self, p, style=None):
        v = p.ident("nir", self.rng)
        self.add("fr_nir")
        self.ids.append(("nir", v))
        return fmt_nir(v, style or self.rng.choice(["official", "official", "plain", "dotted"]))

    def mrn(self, p, style=None):
        v = p.ident("mrn", self.rng)
        self.add("mrn")
        self.ids.append(("mrn", v))
        styles = ["plain", "prefixed", "dashed", "spaced", "dotted", "slashed", "fullwidth"]
        if self.ascii_only:
            styles = styles[:-1]
        return fmt_mrn(v, style or self.rng.choice(styles))

    def dob(self, p, style=None):
        self.add("date_of_birth")
        style = style or self.rng.choice(["iso", "iso", "long", "slash", "ymd_slash", "abbr"])
        return fmt_date(p.dob, self.lang, style)

    def phone(self, p):
        self.add("patient_contact")
        return p.ident("phone", self.rng)

    def address(self, p):
        self.add("patient_contact")
        return p.ident("address", self.rng)

    def dx(self, s):
        self.add("diagnosis")
        return s

    def med(self, s):
        self.add("medication")
        return s

    def lab(self, s):
        self.add("lab_result")
        return s

    def social(self, s):
        self.add("social_information")
        return s

    def pronoun(self, p, kind="subj"):
        f = p.sex == "F"
        if self.lang == "fr":
            return {"subj": "elle" if f else "il", "Subj": "Elle" if f else "Il", "adj_e": "e" if f else "",
                    "poss": "sa" if f else "son"}[kind]
        return {"subj": "she" if f else "he", "Subj": "She" if f else "He", "obj": "her" if f else "him",
                "poss": "her" if f else "his", "Poss": "Her" if f else "His"}[kind]
