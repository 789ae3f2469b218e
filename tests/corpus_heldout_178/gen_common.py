"""Shared data, identifiers and formatting helpers for the rheumatology corpus.

Everything here is invented.  RAMQ NAMs are read only from ../blind_nams.txt
(relative to this file).  Other identifiers are generated to be valid by their
checksums (checked with python-stdnum).
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


# ---------------------------------------------------------------- NAM holders
class Holder:
    """A NAM holder exactly as listed in blind_nams.txt."""

    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Holder(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


# ---------------------------------------------------------------- organisation
ORG_DOMAIN = "cisss-troisrivages.example"
ORG_FR = "CISSS des Trois-Rivages"
HOSP_FR = "Hôpital Sainte-Aurélie"
HOSP_EN = "Sainte-Aurélie Hospital"
SERVICE_FR = "Service de rhumatologie"
SERVICE_EN = "Rheumatology Service"
CLINIC_FR = "Clinique de perfusion des agents biologiques"
CLINIC_EN = "Biologics Infusion Clinic"
ORG_ADDR = "1450, boulevard des Érables, Sainte-Aurélie (Québec)  J2X 0A4"
ORG_ADDR_EN = "1450 des Érables Blvd., Sainte-Aurélie, QC  J2X 0A4"
CLINIC_PHONES = ["450 555-0110", "450 555-0111", "450 555-0112", "450 555-0119"]
CLINIC_FAX = "450 555-0118"

STAFF = [
    # key, given, surname, role_fr, role_en, title_fr, title_en
    ("vezina", "Isabelle", "Vézina", "rhumatologue", "rheumatologist", "Dre", "Dr."),
    ("haddad", "Karim", "Haddad", "rhumatologue", "rheumatologist", "Dr", "Dr."),
    ("beaulieu", "Anne-Marie", "Beaulieu", "rhumatologue", "rheumatologist", "Dre", "Dr."),
    ("desrosiers", "Olivier", "Desrosiers", "rhumatologue", "rheumatologist", "Dr", "Dr."),
    ("raman", "Priya", "Raman", "rhumatologue", "rheumatologist", "Dre", "Dr."),
    ("whitfield", "Thomas", "Whitfield", "rhumatologue", "rheumatologist", "Dr", "Dr."),
    ("arsenault", "Julie", "Arsenault", "infirmière clinicienne", "clinical nurse", "", ""),
    ("dube", "Mélanie", "Dubé", "infirmière, clinique de perfusion", "infusion nurse", "", ""),
    ("obrien", "Kevin", "O'Brien", "infirmier", "infusion nurse", "", ""),
    ("kowalski", "Sandra", "Kowalski", "infirmière pivot", "nurse navigator", "", ""),
    ("lavoie", "Chantal", "Lavoie", "agente administrative", "unit clerk", "", ""),
    ("cote", "Josiane", "Côté", "secrétaire médicale", "medical secretary", "", ""),
    ("murphy", "Linda", "Murphy", "agente administrative", "booking clerk", "", ""),
    ("villeneuve", "Marc-André", "Villeneuve", "pharmacien", "pharmacist", "", ""),
    ("nguyen", "Thi-Lan", "Nguyen", "pharmacienne", "pharmacist", "", ""),
    ("bergeron", "Nathalie", "Bergeron", "cheffe de service", "service manager", "", ""),
    ("daigle", "Sébastien", "Daigle", "travailleur social", "social worker", "", ""),
    ("okafor", "Grace", "Okafor", "travailleuse sociale", "social worker", "", ""),
    ("charest", "Véronique", "Charest", "technicienne en administration", "administrative technician", "", ""),
    ("lefebvre", "Hugo", "Lefebvre", "conseiller en ressources humaines", "HR advisor", "", ""),
    ("benkirane", "Nadia", "Benkirane", "résidente en rhumatologie", "rheumatology resident", "Dre", "Dr."),
    ("stewart", "Ian", "Stewart", "résident R4", "PGY-4 resident", "Dr", "Dr."),
]
STAFF_BY_KEY = {s[0]: s for s in STAFF}
PHYS = [s[0] for s in STAFF if s[3] == "rhumatologue"]
NURSES = ["arsenault", "dube", "obrien", "kowalski"]
CLERKS = ["lavoie", "cote", "murphy", "charest"]
PHARMS = ["villeneuve", "nguyen"]
SOCIAL = ["daigle", "okafor"]
RESIDENTS = ["benkirane", "stewart"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def staff_addr(key):
    s = STAFF_BY_KEY[key]
    local = ascii_fold(s[1]).lower().replace(" ", "") + "." + ascii_fold(s[2]).lower().replace("'", "")
    return local + "@" + ORG_DOMAIN


def staff_name(key, lang="fr", title=True):
    s = STAFF_BY_KEY[key]
    t = s[5] if lang == "fr" else s[6]
    n = s[1] + " " + s[2]
    return (t + " " + n) if (title and t) else n


def staff_role(key, lang="fr"):
    s = STAFF_BY_KEY[key]
    return s[3] if lang == "fr" else s[4]


def signature(r, key, lang="fr"):
    """A signature block with clinic address and phone (not patient data)."""
    s = STAFF_BY_KEY[key]
    name = staff_name(key, lang)
    role = staff_role(key, lang)
    ph = r.choice(CLINIC_PHONES)
    ext = r.randint(2100, 2499)
    if lang == "fr":
        unit = r.choice([SERVICE_FR, CLINIC_FR])
        lines = [name, role[0].upper() + role[1:], unit + " — " + HOSP_FR, ORG_ADDR,
                 "Tél. : %s, poste %d | Téléc. : %s" % (ph, ext, CLINIC_FAX)]
        if r.random() < 0.4:
            lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements "
                         "confidentiels. S'il vous a été transmis par erreur, veuillez le détruire.")
    else:
        unit = r.choice([SERVICE_EN, CLINIC_EN])
        lines = [name, role[0].upper() + role[1:], unit + ", " + HOSP_EN, ORG_ADDR_EN,
                 "T %s ext. %d  F %s" % (ph, ext, CLINIC_FAX)]
        if r.random() < 0.4:
            lines.append("This e-mail may contain confidential information intended only for "
                         "the addressee. If received in error, please notify the sender.")
    if r.random() < 0.3:
        return "-- \n" + "\n".join(lines)
    return "\n".join(lines)


# external correspondents (all invented)
EXT = {
    "gmf": ("GMF du Val-des-Aulnes", "gmf-valdesaulnes.example"),
    "gmf2": ("Clinique médicale Pointe-Rivard", "cm-pointerivard.example"),
    "pharm": ("Pharmacie Lacasse & Rioux", "pharmacie-lacasse.example"),
    "pharm2": ("Pharmacie du Carrefour Aulnes", "pharmaaulnes.example"),
    "ins": ("Assurances Boréal inc.", "assurances-boreal.example"),
    "ins2": ("Northbridge Life Assurance", "northbridge-life.example"),
    "ins3": ("Mutuelle Horizon Santé", "horizon-sante.example"),
    "psp": ("Programme de soutien AccèsBio", "accesbio-psp.example"),
    "psp_en": ("BioBridge Patient Support", "biobridge-psp.example"),
    "sap": ("Programme d'accès spécial — médicaments", "acces-special.example"),
    "eap": ("Exceptional Access Program", "eap-review.example"),
    "lab": ("BioLab Trois-Rivages", "biolab-tr.example"),
    "transport": ("Transport adapté Trois-Rivages", "ta-troisrivages.example"),
    "ont": ("Kelbrook Family Health Team", "kelbrookfht.example"),
    "nephro": ("Néphrologie — Hôpital Saint-Clair", "hsc-nephro.example"),
    "ophtalmo": ("Clinique d'ophtalmologie Belvédère", "ophtalmo-belvedere.example"),
    "supplier": ("Distributions MédiPlus ltée", "mediplus.example"),
    "supplier2": ("Northway Medical Supply", "northway-med.example"),
    "congress": ("Association des rhumatologues du Québec (ARQ-fictive)", "arq-congres.example"),
    "pharmaco": ("Laboratoires Novalis Canada", "novalis-ca.example"),
}


# ---------------------------------------------------------------- patient pools (non-NAM)
PAT_FR_F = ["Lucie", "Carole", "Hélène", "Monique", "Francine", "Julie", "Karine", "Suzanne",
            "Louise", "Chantale", "Annie", "Maryse", "Jocelyne", "Rachel", "Élise", "Noémie",
            "Nicole", "Pierrette", "Audrey", "Mylène", "Solange", "Johanne", "Valérie", "Gisèle"]
PAT_FR_M = ["Réjean", "Gaétan", "Yves", "Normand", "Alain", "Luc", "Mathieu", "Serge",
            "Benoît", "Jean-Guy", "Denis", "François", "Éric", "Raymond", "Marcel", "Guy",
            "Sylvain", "Jocelyn", "Frédéric", "Maxime", "Germain", "Roch"]
PAT_FR_SUR = ["Asselin", "Bisson", "Corriveau", "Drouin", "Fréchette", "Goulet", "Jolicoeur",
              "Lachance", "Marchand", "Nolet", "Pépin", "Rioux", "Sirois", "Turcotte", "Vachon",
              "Bélisle", "Chartrand", "Dionne", "Laflamme", "Ménard", "Parent", "Quirion",
              "Audet", "Beauchemin", "Cyr", "Demers", "Fillion", "Guay", "Hamel", "Jobin", "Labrecque",
              "Mailhot", "Ouimette", "Plante", "Rancourt", "Savoie", "Thivierge", "Vaillancourt"]
PAT_EN_F = ["Heather", "Karen", "Jennifer", "Olivia", "Margaret", "Fatima", "Priscilla", "Dana",
            "Leah", "Ruth", "Amanda", "Yasmin", "Colleen", "Irene", "Gwen", "Shirley", "Nadia",
            "Beverley", "Tamara", "Lorraine"]
PAT_EN_M = ["Brian", "Kevin", "Gordon", "Raj", "Trevor", "Dennis", "Harold", "Owen", "Samuel",
            "Aaron", "Wesley", "Victor", "Clifford", "Darnell", "Graham", "Hector", "Stuart", "Neil"]
PAT_EN_SUR = ["Abernathy", "Baker", "Costa", "Dunn", "Ellison", "Fraser", "Grant", "Hughes",
              "Ivanova", "Jensen", "Kaur", "Lindqvist", "Novak", "O'Neill", "Price", "Quinn",
              "Reid", "Singh", "Tanaka", "Underwood", "Vance", "Walsh", "Zielinski",
              "Abbott", "Barrett", "Chowdhury", "Doyle", "Fitzpatrick", "Gallagher", "Henderson",
              "Kowal", "Lam", "McCormack", "Nakamura", "Petrov", "Robertson", "Sandhu", "Whitaker"]
PAT_BE_F = ["Els", "Annelies", "Véronique", "Sofie"]
PAT_BE_M = ["Pieter", "Luc", "Dirk", "Wouter"]
PAT_BE_SUR = ["Vermeulen", "Janssens", "Peeters", "De Smet", "Claes", "Wuyts"]
PAT_FRA_F = ["Aurélie", "Sandrine", "Camille", "Mireille"]
PAT_FRA_M = ["Thierry", "Laurent", "Bruno", "Cédric"]
PAT_FRA_SUR = ["Garnier", "Rousseau", "Chevalier", "Faure", "Mercier", "Lemaire"]

STREETS_FR = ["rue des Pins", "rue Champlain", "avenue du Parc", "rang Saint-Joseph", "rue Principale",
              "chemin du Lac-Brûlé", "rue de la Fabrique", "boulevard Taché", "rue des Ormes",
              "montée Rivard", "rue Dollard", "avenue des Cèdres"]
TOWNS_FR = [("Sainte-Aurélie", "J2X"), ("Val-des-Aulnes", "J0L"), ("Pointe-Rivard", "J2W"),
            ("Saint-Crépin-des-Monts", "J0J"), ("Lac-Brûlé", "J0E")]
STREETS_EN = ["Maple Street", "Concession Road 4", "Birchwood Crescent", "King Street East",
              "Orchard Lane", "Victoria Avenue", "Riverside Drive", "Elm Court"]
TOWNS_EN = [("Kelbrook", "ON", "K0C"), ("Port Dunmore", "ON", "K6H"), ("Ashcombe", "ON", "K0A"),
            ("Sainte-Aurélie", "QC", "J2X"), ("Hollis Bay", "QC", "J0S")]


# ---------------------------------------------------------------- identifiers
def _digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def make_sin(r):
    while True:
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + _digits(r, 7)
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(r):
    while True:
        body = str(r.randint(1, 9)) + _digits(r, 8)
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_niss(r, dob, sex):
    while True:
        seq = r.randint(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % seq
        pre = ("2" + base) if dob.year >= 2000 else base
        cc = 97 - (int(pre) % 97)
        num = base + "%02d" % cc
        if be_nn.is_valid(num):
            return num


def make_nir(r, dob, sex):
    while True:
        dept = r.choice(["69", "33", "59", "75", "13", "44", "31", "67"])
        head = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % r.randint(1, 350) \
            + "%03d" % r.randint(1, 600)
        key = 97 - (int(head) % 97)
        num = head + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def make_mrn(r):
    return str(r.randint(1, 4)) + _digits(r, 6)


def luhn_serial(r, n=9):
    """A checksum-valid serial number (used only in negatives: assets, lots)."""
    body = str(r.randint(1, 9)) + _digits(r, n - 2)
    return body + luhn.calc_check_digit(body)


def id_valid(kind, value):
    v = "".join(c for c in unicodedata.normalize("NFKC", value) if c.isalnum())
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    return True


# ---------------------------------------------------------------- formatting
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": "%s %s %s" % (a, b, c),
        "hyphen": "%s-%s-%s" % (a, b, c),
        "dotted": "%s.%s.%s" % (a, b, c),
        "slashed": "%s/%s/%s" % (a, b, c),
        "lower": ("%s %s %s" % (a, b, c)).lower(),
        "odd": "%s %s %s %s" % (a, nam[4:6], nam[6:10], nam[10:]),
        "fullwidth": a + " " + fullwidth(b + c),
    }[style]


NAM_STYLES = ["plain", "plain", "spaced", "spaced", "hyphen", "dotted", "slashed", "lower", "odd", "fullwidth"]


def fmt_sin(v, style):
    a, b, c = v[:3], v[3:6], v[6:]
    return {"plain": v, "spaced": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
            "dotted": "%s.%s.%s" % (a, b, c), "fullwidth": fullwidth("%s %s %s" % (a, b, c))}[style]


def fmt_ohip(v, style, vc=""):
    a, b, c = v[:4], v[4:7], v[7:]
    s = {"plain": v, "spaced": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
         "dotted": "%s.%s.%s" % (a, b, c), "fullwidth": fullwidth("%s-%s-%s" % (a, b, c))}[style]
    return (s + (" " if style != "hyphen" else "-") + vc) if vc else s


def fmt_niss(v, style):
    return {"plain": v, "official": "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
            "spaced": "%s %s %s" % (v[:6], v[6:9], v[9:]),
            "slashed": "%s/%s-%s" % (v[:6], v[6:9], v[9:]),
            "fullwidth": fullwidth("%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]))}[style]


def fmt_nir(v, style):
    parts = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
    return {"plain": v, "spaced": " ".join(parts),
            "hyphen": "-".join(parts[:6]) + " " + parts[6],
            "dotted": ".".join(parts),
            "fullwidth": fullwidth(" ".join(parts))}[style]


def fmt_mrn(v, style):
    return {"plain": v, "H": "H" + v, "dash": v[:3] + "-" + v[3:], "spaced": v[:1] + " " + v[1:4] + " " + v[4:],
            "zero": "00" + v, "slashed": v[:2] + "/" + v[2:], "fullwidth": fullwidth(v)}[style]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "dmy": d.strftime("%d/%m/%Y"),
        "dmy-": d.strftime("%d-%m-%Y"),
        "dmy.": d.strftime("%d.%m.%Y"),
        "ymd/": d.strftime("%Y/%m/%d"),
        "fr_long": "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
        "en_long": "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        "en_abbr": "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year),
        "en_dmy": "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year),
        "compact": d.strftime("%Y%m%d"),
        "fullwidth": fullwidth(d.strftime("%Y-%m-%d")),
    }[style]


DOB_FR = ["iso", "dmy", "dmy", "fr_long", "dmy-", "ymd/", "dmy."]
DOB_EN = ["iso", "en_long", "en_abbr", "en_dmy", "ymd/", "dmy"]


def dob_renderings(d):
    """Every rendering fmt_date can produce, normalised for the checker."""
    keys = ["iso", "dmy", "dmy-", "dmy.", "ymd/", "fr_long", "en_long", "en_abbr", "en_dmy", "compact", "fullwidth"]
    return sorted(set(norm_text(fmt_date(d, k)) for k in keys))


def norm_text(s):
    s = unicodedata.normalize("NFKC", s)
    return ascii_fold(s).lower()


def short_date_fr(d):
    return "%d %s" % (d.day, MOIS[d.month - 1])


def short_date_en(d):
    return "%s %d" % (MONTHS[d.month - 1][:3], d.day)


def long_date_fr(d):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    return "%s %d %s %d" % (jours[d.weekday()], d.day, MOIS[d.month - 1], d.year)


def long_date_en(d):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return "%s, %s %d, %d" % (days[d.weekday()], MONTHS[d.month - 1], d.day, d.year)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
