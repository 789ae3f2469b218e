"""Shared data and helpers: seed, people, organisations, identifiers, dates.

Everything here is invented. Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import random

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 13941
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
FROM_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def rng_for(*parts):
    """A private, reproducible random generator for one message."""
    return random.Random("-".join([str(SEED)] + [str(p) for p in parts]))


# ---------------------------------------------------------------- NAM holders
def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": giv,
                         "dob": datetime.date.fromisoformat(dob),
                         "sex": sex, "nam": nam})
    return rows


NAMS = load_nams()
NAM_SURNAMES = sorted({r["surname"] for r in NAMS})

# ---------------------------------------------------------------- name pools
# Patient surnames never overlap the NAM holders' surnames.
PAT_SUR_FR = ["Tremblay", "Bergeron", "Lévesque", "Côté", "Dufour", "Hébert",
              "Lemieux", "Vachon", "Beaulieu", "Ménard", "Poulin", "Desjardins",
              "Lachance", "Fontaine", "Dion", "Gingras", "Perreault", "Bilodeau",
              "Lavoie", "Boivin", "Charbonneau", "Dumont", "Leclerc", "Rioux",
              "Gosselin", "Turcotte", "Proulx", "Asselin", "Vaillancourt",
              "Mercier", "Sirois", "Paradis", "Lalonde", "Cormier", "Chartrand",
              "Beauchamp", "Ouimet", "Drouin", "Tessier", "Labbé", "Giroux",
              "Marchand", "Lamarche", "Robichaud", "Brisson", "Lacasse",
              "Bélisle", "Desrosiers", "Théberge", "Lapierre"]
PAT_SUR_EN = ["O'Neill", "Fitzgerald", "McKenna", "Whitfield", "Harrington",
              "Kowalski", "Petrov", "Nguyen", "Haddad", "Osei", "Delgado",
              "Ferreira", "Jankowski", "Sutherland", "Campbell", "Thompson",
              "Gallagher", "Henderson", "Lindqvist", "Abernathy", "Chaudhry",
              "Mwangi", "Rasmussen", "Kelleher", "Okonkwo", "Baptiste",
              "Donnelly", "Yilmaz", "Papadopoulos", "Stewart", "Barker",
              "Holloway", "Szabo", "Moreira", "Quinlan", "Ashworth"]
PAT_SUR_BE = ["Vandenberghe", "Peeters", "Janssens", "Maes", "Declercq",
              "Wouters", "Dupont", "Lambert", "Willems", "Claes"]
PAT_SUR_FRA = ["Lefebvre", "Moreau", "Garnier", "Rousseau", "Chevalier",
               "Faure", "Mathieu", "Bonnet", "Renaud", "Fabre"]
GIV_F_FR = ["Ginette", "Huguette", "Monique", "Lise", "Francine", "Réjeanne",
            "Pierrette", "Colette", "Jocelyne", "Micheline", "Suzanne",
            "Carole", "Murielle", "Thérèse", "Yolande", "Lucie", "Nicole",
            "Rolande", "Gisèle", "Denyse"]
GIV_M_FR = ["Gaétan", "Réal", "Normand", "Jean-Guy", "Rosaire", "Marcel",
            "Yvon", "Gilles", "Raymond", "Bertrand", "Fernand", "Roch",
            "Ghislain", "Clément", "Léo", "Jacques", "Serge", "Lucien",
            "Armand", "Benoît"]
GIV_F_EN = ["Margaret", "Doreen", "Patricia", "Eileen", "Barbara", "Joan",
            "Shirley", "Carol", "Beverly", "Irene", "Noreen", "Judith",
            "Agnes", "Lorraine", "Wendy", "Helen"]
GIV_M_EN = ["Harold", "Walter", "Douglas", "Kenneth", "Gordon", "Raymond",
            "Stanley", "Clifford", "Dennis", "Leonard", "Wayne", "Victor",
            "Howard", "Gerald", "Trevor", "Russell"]

# ---------------------------------------------------------------- organisation
CLINIC_FR = "Clinique des plaies complexes et de chirurgie vasculaire"
CLINIC_EN = "Complex Wound and Vascular Surgery Clinic"
HOSP = "Hôpital régional de Val-des-Cèdres"
HOSP_EN = "Val-des-Cèdres Regional Hospital"
DOM = "hrvc.example"
CLINIC_ADDR = "2150, boul. des Cèdres, pavillon B, 3e étage, Val-des-Cèdres (Québec) J0X 2K0"
CLINIC_PHONE = "819-555-0140"
CLINIC_FAX = "819-555-0141"
VASC_LAB_PHONE = "819-555-0143"

ORGS = {
    "clsc": ("CLSC des Trois-Lacs — Soutien à domicile", "clsc-troislacs.example"),
    "gmf": ("GMF du Vieux-Moulin", "gmf-vieuxmoulin.example"),
    "pharm": ("Pharmacie Lacroix et Duguay", "pharmalacroix.example"),
    "home_en": ("Riverbend Home Nursing", "riverbendnursing.example"),
    "fht": ("Glebe Park Family Health Team", "glebepark-fht.example"),
    "supplier_fr": ("Médisoins Distribution inc.", "medisoins.example"),
    "supplier_en": ("Northway Medical Supply Ltd.", "northwaymed.example"),
    "insurer_fr": ("Assurances Boréale", "boreale-assurances.example"),
    "insurer_en": ("Laurentian Life Group Benefits", "laurentianlife.example"),
    "transport": ("Transport adapté Haute-Rivière", "ta-hauteriviere.example"),
    "prosth": ("Orthèses-Prothèses Beaulac", "opbeaulac.example"),
    "cisss": ("CISSS de la Haute-Rivière", "cisss-hauteriviere.example"),
    "rehab": ("Centre de réadaptation Le Phare", "crlephare.example"),
    "be_mut": ("Mutualité Saint-Hubert (Belgique)", "mutsainthubert.example"),
    "fr_doc": ("Cabinet médical des Tilleuls (France)", "cabinet-tilleuls.example"),
    "conf": ("Association des soins de plaies du Québec", "aspq-plaies.example"),
    "pharm_en": ("Bytown Community Pharmacy", "bytownpharmacy.example"),
}


def staff(key):
    return STAFF[key]


# key: (display name, title_fr, title_en, role_fr, role_en, local part, domain)
STAFF = {
    "lafreniere": ("Hélène Lafrenière", "Dre", "Dr.", "chirurgienne vasculaire", "vascular surgeon", "helene.lafreniere", DOM),
    "archambault": ("Mathieu Archambault", "Dr", "Dr.", "chirurgien vasculaire", "vascular surgeon", "mathieu.archambault", DOM),
    "benali": ("Karim Benali", "Dr", "Dr.", "résident en chirurgie vasculaire", "vascular surgery resident", "karim.benali", DOM),
    "raman": ("Priya Raman", "Dre", "Dr.", "chirurgienne vasculaire", "vascular surgeon", "priya.raman", DOM),
    "boisvert": ("Isabelle Boisvert", "", "", "infirmière clinicienne en soins de plaies", "wound care nurse clinician", "isabelle.boisvert", DOM),
    "normandeau": ("Julie Normandeau", "", "", "infirmière stomothérapeute", "NSWOC", "julie.normandeau", DOM),
    "villeneuve": ("Chantal Villeneuve", "", "", "technologue, laboratoire vasculaire", "vascular technologist", "chantal.villeneuve", DOM),
    "laberge": ("Marie-Ève Laberge", "", "", "agente administrative", "clinic clerk", "marie-eve.laberge", DOM),
    "cyr": ("Stéphane Cyr", "", "", "chef de service, soins ambulatoires", "manager, ambulatory care", "stephane.cyr", DOM),
    "frechette": ("Annie Fréchette", "", "", "travailleuse sociale", "social worker", "annie.frechette", DOM),
    "masse": ("Olivier Massé", "", "", "pharmacien", "pharmacist", "olivier.masse", DOM),
    "provencher": ("Nadia Provencher", "", "", "infirmière, soutien à domicile", "home care nurse", "nadia.provencher", "clsc-troislacs.example"),
    "hamel": ("Sophie Hamel", "", "", "physiothérapeute", "physiotherapist", "sophie.hamel", DOM),
    "grenier": ("Luc Grenier", "", "", "technicien en informatique", "IT technician", "luc.grenier", DOM),
    "vezina": ("Josianne Vézina", "", "", "conseillère en ressources humaines", "HR advisor", "josianne.vezina", DOM),
    "lussier": ("François Lussier", "", "", "agent d'approvisionnement", "procurement officer", "francois.lussier", DOM),
    "halloran": ("Rachel Halloran", "", "", "infirmière NSWOC", "RN, NSWOC", "rachel.halloran", DOM),
    "okafor": ("Kevin Okafor", "", "", "technologue vasculaire", "vascular technologist", "kevin.okafor", DOM),
    "reid": ("Linda Reid", "", "", "commis d'unité", "unit clerk", "linda.reid", DOM),
    "mackenzie": ("Owen Mackenzie", "Dr", "Dr.", "fellow en chirurgie vasculaire", "vascular surgery fellow", "owen.mackenzie", DOM),
    "kim": ("Grace Kim", "", "", "infirmière à domicile", "home care nurse", "grace.kim", "riverbendnursing.example"),
    "patel": ("Daniel Patel", "", "", "pharmacien", "pharmacist", "daniel.patel", "bytownpharmacy.example"),
    "doucet": ("Megan Doucet", "", "", "travailleuse sociale", "social worker", "megan.doucet", DOM),
    "hudon": ("Brian Hudon", "", "", "coordonnateur des installations", "facilities coordinator", "brian.hudon", DOM),
    "bello": ("Aisha Bello", "", "", "conseillère RH", "HR advisor", "aisha.bello", DOM),
    "tanguay": ("Dre Élise Tanguay", "", "", "médecin de famille", "family physician", "elise.tanguay", "gmf-vieuxmoulin.example"),
    "morrison": ("Dr. Alan Morrison", "", "", "médecin de famille", "family physician", "alan.morrison", "glebepark-fht.example"),
    "duguay": ("Pascale Duguay", "", "", "pharmacienne", "pharmacist", "pascale.duguay", "pharmalacroix.example"),
    "st_onge": ("Véronique St-Onge", "", "", "répartitrice", "dispatcher", "repartition", "ta-hauteriviere.example"),
    "beaulac": ("Rémi Beaulac", "", "", "orthoprothésiste", "prosthetist", "remi.beaulac", "opbeaulac.example"),
    "lacombe": ("Geneviève Lacombe", "", "", "gestionnaire de dossiers, invalidité", "disability case manager", "glacombe", "boreale-assurances.example"),
    "whitaker": ("Tom Whitaker", "", "", "gestionnaire de cas", "case manager", "twhitaker", "laurentianlife.example"),
    "arseneau": ("Caroline Arseneau", "", "", "infirmière de liaison", "liaison nurse", "caroline.arseneau", DOM),
    "boily": ("Dr Jérôme Boily", "", "", "interniste", "internist", "jerome.boily", DOM),
}


def addr(key, lang="fr"):
    """(display name, address) of a staff member."""
    s = STAFF[key]
    return (s[0], "%s@%s" % (s[5], s[6]))


def sig(key, lang="fr", short=False):
    s = STAFF[key]
    name = s[0]
    if lang == "fr":
        title = (s[1] + " ") if s[1] else ""
        role = s[3]
    else:
        title = (s[2] + " ") if s[2] else ""
        role = s[4]
    if s[6] != DOM:
        org = {v[1]: v[0] for v in ORGS.values()}.get(s[6], "")
        lines = ["-- ", title + name, role, org]
        return "\n".join(l for l in lines if l)
    if short:
        return "-- \n%s%s\n%s | %s" % (title, name, role, CLINIC_PHONE)
    clinic = CLINIC_FR if lang == "fr" else CLINIC_EN
    hosp = HOSP if lang == "fr" else HOSP_EN
    tel = "Tél." if lang == "fr" else "Tel."
    return "-- \n%s%s\n%s\n%s\n%s\n%s\n%s %s  |  Fax %s" % (
        title, name, role, clinic, hosp, CLINIC_ADDR, tel, CLINIC_PHONE, CLINIC_FAX)


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

BASE_DAY = datetime.date(2024, 9, 3)


def msg_datetime(index, rng):
    """Fixed send time for message number `index` (0..299)."""
    day = BASE_DAY + datetime.timedelta(days=(index * 7) % 88)
    if day.weekday() >= 5:
        day += datetime.timedelta(days=7 - day.weekday())
    hour = 7 + rng.randrange(11)
    minute = rng.randrange(60)
    second = rng.randrange(60)
    off = -4 if day < datetime.date(2024, 11, 3) else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def fmt_date(d, lang, style):
    """Several common ways of writing a date."""
    if style == "iso":
        return d.isoformat()
    if style == "slash_dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "slash_ymd":
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "dash_dmy":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    if style == "dot_dmy":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS_ABR[d.month - 1], d.year)
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "mdy":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    raise ValueError(style)


DOB_STYLES_FR = ["iso", "slash_dmy", "long", "slash_ymd", "dash_dmy", "short"]
DOB_STYLES_EN = ["iso", "long", "short", "slash_ymd", "dot_dmy", "iso"]


def dob_variants(d):
    """Every rendering fmt_date can produce (used by the checker)."""
    out = set()
    for lang in ("fr", "en"):
        for st in ("iso", "slash_dmy", "slash_ymd", "dash_dmy", "dot_dmy", "long", "short", "mdy"):
            out.add(fmt_date(d, lang, st))
    return out


def appt_text(d, lang, hour, minute):
    if lang == "fr":
        return "%s %d %s à %d h %02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], hour, minute)
    ampm = "AM" if hour < 12 else "PM"
    h12 = hour if hour <= 12 else hour - 12
    return "%s, %s %d at %d:%02d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, h12, minute, ampm)


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
            if serial > 997:
                continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 33, 35, 44, 59, 69, 75, 92, 38, 67])
        base = "%s%02d%02d%s%03d%03d" % ("1" if sex == "M" else "2", dob.year % 100,
                                         dob.month, dept, rng.randrange(1, 990),
                                         rng.randrange(1, 999))
        num = base + "%02d" % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return "%07d" % rng.randrange(100000, 9999999)


def fmt_nam(nam, style):
    l, d = nam[:4], nam[4:]
    return {
        "plain": nam,
        "std": "%s %s %s" % (l, d[:4], d[4:]),
        "lower": ("%s %s %s" % (l, d[:4], d[4:])).lower(),
        "dash": "%s-%s-%s" % (l, d[:4], d[4:]),
        "dots": "%s.%s.%s" % (l, d[:4], d[4:]),
        "slash": "%s/%s/%s" % (l, d[:4], d[4:]),
        "spaced": " ".join(nam),
        "fullwidth": ("%s %s %s" % (l, d[:4], d[4:])).translate(FULLWIDTH),
        "pairs": "%s %s %s %s" % (l, d[:2], d[2:6], d[6:]),
    }[style]


NAM_STYLES = ["plain", "std", "std", "lower", "dash", "dots", "slash", "spaced", "fullwidth", "pairs", "fullwidth"]


def fmt_sin(num, style):
    return {
        "plain": num,
        "space": "%s %s %s" % (num[:3], num[3:6], num[6:]),
        "dash": "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
        "dots": "%s.%s.%s" % (num[:3], num[3:6], num[6:]),
        "fullwidth": ("%s %s %s" % (num[:3], num[3:6], num[6:])).translate(FULLWIDTH),
        "slash": "%s/%s/%s" % (num[:3], num[3:6], num[6:]),
    }[style]


SIN_STYLES = ["plain", "space", "dash", "dots", "fullwidth", "slash"]


def fmt_ohip(num, style, vc=""):
    base = {
        "plain": num,
        "space": "%s %s %s" % (num[:4], num[4:7], num[7:]),
        "dash": "%s-%s-%s" % (num[:4], num[4:7], num[7:]),
        "dots": "%s.%s.%s" % (num[:4], num[4:7], num[7:]),
        "fullwidth": ("%s %s %s" % (num[:4], num[4:7], num[7:])).translate(FULLWIDTH),
    }[style]
    return (base + (" " if style != "plain" else "") + vc) if vc else base


OHIP_STYLES = ["plain", "space", "dash", "dots", "fullwidth"]


def fmt_niss(num, style):
    return {
        "plain": num,
        "std": "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]),
        "space": "%s %s %s" % (num[:6], num[6:9], num[9:]),
        "dash": "%s-%s-%s" % (num[:6], num[6:9], num[9:]),
        "fullwidth": ("%s %s %s" % (num[:6], num[6:9], num[9:])).translate(FULLWIDTH),
    }[style]


NISS_STYLES = ["plain", "std", "std", "space", "dash", "fullwidth"]


def fmt_nir(num, style):
    return {
        "plain": num,
        "std": "%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]),
        "key": "%s %s" % (num[:13], num[13:]),
        "dots": "%s.%s.%s.%s.%s.%s.%s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]),
        "fullwidth": ("%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])).translate(FULLWIDTH),
    }[style]


NIR_STYLES = ["plain", "std", "std", "key", "dots", "fullwidth"]


def fmt_mrn(mrn, style, lang="fr"):
    if style == "plain":
        return mrn
    if style == "h":
        return "H" + mrn
    if style == "dash":
        return "%s-%s" % (mrn[:2], mrn[2:])
    if style == "space":
        return "%s %s" % (mrn[:3], mrn[3:])
    if style == "slash":
        return "%s/%s" % (mrn[:3], mrn[3:])
    if style == "fullwidth":
        return mrn.translate(FULLWIDTH)
    raise ValueError(style)


MRN_STYLES = ["plain", "plain", "h", "dash", "space", "slash", "fullwidth", "fullwidth"]


def compact(text):
    """Upper-case alphanumerics only, full-width digits folded (checker side)."""
    t = text.translate(FROM_FULLWIDTH).upper()
    return "".join(ch for ch in t if ch.isascii() and ch.isalnum())


# ---------------------------------------------------------------- patients
STREETS_FR = ["rue des Pins", "rang Saint-Joseph", "chemin du Lac-Vert", "rue Principale",
              "avenue des Érables", "rue Notre-Dame", "boul. Laurier", "rue de la Fabrique",
              "montée du Moulin", "rue Sainte-Cécile", "chemin des Patriotes", "rue du Couvent"]
STREETS_EN = ["Bank Street", "Maple Crescent", "Riverside Drive", "Elm Avenue",
              "Kilborn Place", "Main Street North", "Cedarview Road", "Queen Street"]
TOWNS_QC = ["Val-des-Cèdres", "Saint-Aldric", "Lac-Brûlé", "Pointe-aux-Hérons",
            "Sainte-Rosalie-du-Nord", "Rivière-aux-Outardes"]
TOWNS_ON = ["Ottawa", "Orléans", "Nepean", "Rockland", "Hawkesbury"]


def postal(rng, first):
    L = "ABCEGHJKLMNPRSTVXY"
    return "%s%d%s %d%s%d" % (first, rng.randrange(10), rng.choice(L), rng.randrange(10),
                              rng.choice(L), rng.randrange(10))


class Patient(dict):
    __getattr__ = dict.get


def _fill(rng, p, lang, region):
    p["mrn"] = make_mrn(rng)
    if region == "on":
        p["street"] = "%d %s" % (rng.randrange(12, 2400), rng.choice(STREETS_EN))
        p["town"] = rng.choice(TOWNS_ON)
        p["prov"] = "ON"
        p["postal"] = postal(rng, "K")
        area = "613"
    else:
        p["street"] = "%d, %s" % (rng.randrange(12, 2400), rng.choice(STREETS_FR))
        p["town"] = rng.choice(TOWNS_QC)
        p["prov"] = "QC"
        p["postal"] = postal(rng, "J")
        area = rng.choice(["819", "873"])
    p["phone"] = "%s-555-01%02d" % (area, rng.randrange(100))
    p["cell"] = "%s-555-01%02d" % (area, rng.randrange(100))
    return p


def nam_patient(rng, idx):
    r = NAMS[idx % len(NAMS)]
    p = Patient(surname=r["surname"], given=r["given"], dob=r["dob"], sex=r["sex"], nam=r["nam"])
    return _fill(rng, p, "fr", "qc")


def plain_patient(rng, lang, region=None, min_year=1931, max_year=1986):
    sex = rng.choice("FM")
    if region == "be":
        sur = rng.choice(PAT_SUR_BE)
    elif region == "fra":
        sur = rng.choice(PAT_SUR_FRA)
    else:
        sur = rng.choice(PAT_SUR_FR if lang == "fr" else PAT_SUR_EN)
    if lang == "fr":
        giv = rng.choice(GIV_F_FR if sex == "F" else GIV_M_FR)
    else:
        giv = rng.choice(GIV_F_EN if sex == "F" else GIV_M_EN)
    dob = datetime.date(rng.randrange(min_year, max_year), rng.randrange(1, 13), rng.randrange(1, 29))
    p = Patient(surname=sur, given=giv, dob=dob, sex=sex, nam=None)
    _fill(rng, p, lang, "on" if region == "on" else "qc")
    if region == "on":
        p["ohip"] = make_ohip(rng)
        p["vc"] = rng.choice(["", "", "AB", "KX", "ZT", "MR"])
    if region == "be":
        p["niss"] = make_niss(rng, dob, sex)
    if region == "fra":
        p["nir"] = make_nir(rng, dob, sex)
    return p


def title(p, lang):
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Mrs." if p["sex"] == "F" else "Mr."


def name_forms(p, lang):
    """Ways the same person is written; caller picks with the rng."""
    s, g = p["surname"], p["given"]
    return {
        "full": "%s %s" % (g, s),
        "titled": "%s %s %s" % (title(p, lang), g, s),
        "title_sur": "%s %s" % (title(p, lang), s),
        "upper_first": "%s, %s" % (s.upper(), g),
        "sur_comma": "%s, %s" % (s, g),
        "lower": ("%s %s" % (g, s)).lower(),
        "initial": "%s. %s" % (g[0], s),
        "sur_initial": "%s %s." % (s, g[0]),
        "upper": "%s %s" % (s.upper(), g.upper()),
    }


def pick_name(rng, p, lang, forms=None):
    f = name_forms(p, lang)
    key = rng.choice(forms or ["full", "titled", "title_sur", "upper_first", "sur_comma",
                               "lower", "initial", "sur_initial", "full", "titled"])
    return f[key]


def sex_word(p, lang):
    if lang == "fr":
        return "F" if p["sex"] == "F" else "M"
    return p["sex"]


def key_for(address):
    for k, v in STAFF.items():
        if "%s@%s" % (v[5], v[6]) == address:
            return k
    raise KeyError(address)
