"""Shared pools, identifiers and formatting helpers for the corpus generator.

Everything here is invented: people, institutions, addresses, numbers.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25211
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG_FR = "CIUSSS de la Haute-Bellerive"
ORG_EN = "Haute-Bellerive Integrated Health and Social Services Network"
DOM = "ciusss-hautebellerive.example"
SITES = [
    # code, French name, English name, address, main phone
    ("HSC", "Hôpital Sainte-Clotilde", "Sainte-Clotilde Hospital",
     "1250, boulevard des Hérons, Bellerive (Québec)  J0Z 9X1", "819 555-0100"),
    ("HVA", "Hôpital régional de Val-Argenteuil", "Val-Argenteuil Regional Hospital",
     "40, rue du Pont-Couvert, Val-Argenteuil (Québec)  J0Z 8W4", "819 555-0110"),
    ("AGH", "Hôpital Mont-Argyle", "Argyle General Hospital",
     "3300, chemin Argyle, Pointe-Brûlée (Québec)  H0Y 7V2", "514 555-0120"),
    ("RDS", "CHSLD Rosaire-Desrochers", "Rosaire-Desrochers Long-Term Care Centre",
     "85, rue des Tilleuls, Bellerive (Québec)  J0Z 9X3", "819 555-0130"),
    ("TRI", "Centre de réadaptation Les Trilles", "Les Trilles Rehabilitation Centre",
     "712, montée du Moulin, Saint-Fulgence-des-Prés (Québec)  J0Z 6T8", "450 555-0140"),
]
SERVICES_FR = {
    "ssp": "Service de soins spirituels",
    "eth": "Bureau de l'éthique clinique",
    "cpq": "Commissariat aux plaintes et à la qualité des services",
    "pal": "Unité de soins palliatifs",
    "ts": "Service social hospitalier",
}
SERVICES_EN = {
    "ssp": "Spiritual Care Services",
    "eth": "Clinical Ethics Office",
    "cpq": "Office of the Service Quality and Complaints Commissioner",
    "pal": "Palliative Care Unit",
    "ts": "Social Work Department",
}

# --------------------------------------------------------------------------
# Name pools (the surnames of the NAM holders are deliberately absent)
# --------------------------------------------------------------------------
STAFF_GIVEN_FR = ["Hélène", "Mathieu", "Isabelle", "Étienne", "Chantal", "François", "Karine",
                  "Jean-Philippe", "Mélanie", "Benoît", "Sophie", "Patrice", "Valérie", "Luc",
                  "Annie", "Stéphane", "Nancy", "Olivier", "Julie", "Frédéric", "Marie-Ève",
                  "Yannick", "Caroline", "Sébastien", "Lucie", "Raphaël", "Josiane", "Alain"]
STAFF_SUR_FR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Gingras", "Desjardins", "Beaulieu",
                "Dufour", "Lemieux", "Vézina", "Rousseau", "Charbonneau", "Lachance", "Proulx",
                "Bérubé", "Marchand", "Trudel", "Audet", "Dionne", "Fréchette", "Labelle",
                "Brisson", "Lalonde", "Mercier", "Perreault", "Rioux", "Turcotte",
                "Vaillancourt", "Hamel", "Jodoin", "Plante", "Boisvert", "Cyr", "Dubé"]
STAFF_GIVEN_EN = ["Margaret", "Kevin", "Rachel", "Thomas", "Priya", "Daniel", "Hannah", "Samuel",
                  "Fiona", "Adrian", "Naomi", "Gregory", "Leah", "Patrick", "Erin", "Victor",
                  "Alison", "Ian", "Meredith", "Owen", "Rebecca", "Colin"]
STAFF_SUR_EN = ["Fitzgerald", "O'Neill", "Campbell", "Harper", "Whitmore", "Kowalski", "Nguyen",
                "Patel", "Haddad", "Rosenberg", "Osei", "Delgado", "Sinclair", "Chen",
                "Abernathy", "McKenna", "Sullivan", "Donnelly", "Greenberg", "Okafor", "Ramsay",
                "Ellis"]

PAT_GIVEN_FR_F = ["Ginette", "Thérèse", "Yvette", "Huguette", "Monique", "Lise", "Colette",
                  "Francine", "Pierrette", "Rolande", "Jessica", "Noémie", "Océane", "Rosalie",
                  "Micheline", "Jocelyne", "Réjeanne", "Gisèle"]
PAT_GIVEN_FR_M = ["Réjean", "Gaétan", "Normand", "Raymond", "Fernand", "Jean-Guy", "Marcel",
                  "Roger", "Laurent", "Maxime", "Zacharie", "Émile", "Rosaire", "Ghislain",
                  "Yvon", "Bertrand", "Lucien", "Jérémie"]
PAT_SUR_FR = ["Lévesque", "Bolduc", "Drouin", "Pépin", "Vachon", "Labrecque", "Gélinas", "Sauvé",
              "Laflamme", "Poulin", "Beaudoin", "Chabot", "Demers", "Fillion", "Giroux", "Hébert",
              "Landry", "Maheu", "Néron", "Ouimet", "Pichette", "Racine", "St-Pierre",
              "Thériault", "Veilleux", "Boily", "Carrier", "Dallaire", "Émond", "Tanguay",
              "Bissonnette", "Corriveau", "Lemay", "Robitaille"]
PAT_GIVEN_EN_F = ["Agnes", "Doris", "Beverly", "Eleanor", "Irene", "Gloria", "Evelyn", "Joyce",
                  "Chloe", "Amira", "Mei", "Rosemary", "Kathleen", "Shirley"]
PAT_GIVEN_EN_M = ["Harold", "Walter", "Stanley", "Frank", "Leonard", "Arthur", "Dennis", "Tyler",
                  "Omar", "Lucas", "Ethan", "Clifford", "Howard", "Vincent"]
PAT_SUR_EN = ["Jenkins", "Morrison", "Fraser", "Kaplan", "Lindqvist", "Doyle", "Gallagher",
              "Hughes", "Abrams", "Petrov", "Rahman", "Santos", "Baxter", "Whelan", "Quinn",
              "Novak", "Mahmoud", "Singh", "Costa", "Byrne", "Hartley", "Dunne", "Ferreira",
              "Kerrigan", "Lowe", "Pruitt"]
PAT_SUR_BE = ["Vandenberghe", "Claes", "Peeters", "Dewulf", "Janssens", "Wauters", "Lambotte"]
PAT_SUR_FRANCE = ["Lefèvre", "Garnier", "Rousselet", "Chevalier", "Marchetti", "Delacroix"]

STREETS = ["rue des Érables", "avenue du Parc-Riverain", "rue Saint-Onésime", "chemin du Lac-Noir",
           "rue de la Fabrique", "boulevard Laurier-Ouest", "rang du Petit-Brûlé",
           "rue Notre-Dame-des-Champs", "avenue des Pins-Gris", "rue Champêtre"]
STREETS_EN = ["Maple Crescent", "Elmwood Avenue", "Birchmount Road", "Victoria Street",
              "Lakeview Drive", "Orchard Lane", "Cedar Hill Road", "Wellington Street"]
TOWNS = [("Bellerive", "J0Z 9X2"), ("Val-Argenteuil", "J0Z 8W5"), ("Pointe-Brûlée", "H0Y 7V3"),
         ("Saint-Fulgence-des-Prés", "J0Z 6T9"), ("Lac-aux-Outardes", "J0Z 4R7")]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(given, sur, dom=DOM):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(sur).lower().replace(" ", "").replace("'", "")
    return "%s.%s@%s" % (g, s, dom)


def phone(rng, area=None):
    area = area or rng.choice(["819", "450", "514", "873"])
    return "%s 555-01%02d" % (area, rng.randrange(0, 100))


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
class Holder:
    def __init__(self, sur, given, dob, sex, nam):
        self.sur, self.given, self.sex, self.nam = sur, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)

    def __repr__(self):
        return "Holder(%s)" % self.nam


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(Holder(sur, given, dob, sex, nam))
    return out


def nam_is_wellformed(h):
    n = h.nam
    if len(n) != 12 or not n[:4].isalpha() or not n[4:].isdigit():
        return False
    yy, mm, dd = int(n[4:6]), int(n[6:8]), int(n[8:10])
    if h.sex == "F":
        mm -= 50
    return (yy == h.dob.year % 100 and mm == h.dob.month and dd == h.dob.day
            and n[:3] == strip_accents(h.sur).upper()[:3]
            and n[3] == strip_accents(h.given).upper()[0])


FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return "%s %s %s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "slash":
        return "%s/%s/%s" % (a, b, c)
    if style == "lower":
        return ("%s %s %s" % (a, b, c)).lower()
    if style == "fullwidth":
        return a + (b + c).translate(FW)
    if style == "odd":
        return "%s %s %s %s" % (a, nam[4:6], nam[6:10], c[2:])
    raise ValueError(style)


NAM_STYLES = ["plain", "space", "space", "dot", "dash", "slash", "lower", "fullwidth", "odd"]


# --------------------------------------------------------------------------
# Other identifiers (always checksum-valid)
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    if style == "space":
        return "%s %s %s" % (num[:3], num[3:6], num[6:])
    if style == "dash":
        return "%s-%s-%s" % (num[:3], num[3:6], num[6:])
    if style == "dot":
        return "%s.%s.%s" % (num[:3], num[3:6], num[6:])
    if style == "fullwidth":
        return ("%s %s %s" % (num[:3], num[3:6], num[6:])).translate(FW)
    return num


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    vc = rng.choice(["AB", "KT", "MW", "XP", "HC", "JL"])
    return num, vc


def ohip_is_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def fmt_ohip(num, vc, style):
    if style == "dash":
        return "%s-%s-%s-%s" % (num[:4], num[4:7], num[7:], vc)
    if style == "space":
        return "%s %s %s %s" % (num[:4], num[4:7], num[7:], vc)
    if style == "slash":
        return "%s/%s/%s" % (num[:4], num[4:7], num[7:])
    return num + vc


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    if style == "official":
        return "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "space":
        return "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    return num


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 21, 33, 35, 44, 59, 67, 69, 75, 76, 92, 94])
        base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                         rng.randrange(1, 990), rng.randrange(1, 999))
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == "space":
        return fr_nir.format(num)
    if style == "dot":
        return fr_nir.format(num, ".")
    return num


def make_luhn_serial(rng, length=9):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def make_mrn(rng, site=None):
    site = site or rng.choice(SITES)[0]
    n = rng.randrange(100000, 999999)
    style = rng.randrange(6)
    if style == 0:
        return "%s-%06d" % (site, n)
    if style == 1:
        return "%07d" % n
    if style == 2:
        return "%s %03d %03d" % (site, n // 1000, n % 1000)
    if style == 3:
        return "%02d.%02d.%02d" % (n // 10000, (n // 100) % 100, n % 100)
    if style == 4:
        return "%s/%06d" % (site, n)
    return ("%07d" % n).translate(FW)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "ymd_slash":
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "long":
        if lang == "fr":
            return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS_ABR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    raise ValueError(style)


DOB_STYLES = ["iso", "dmy", "ymd_slash", "long", "dot", "short"]


def dob_renderings(d):
    out = set()
    for st in DOB_STYLES:
        for lang in ("fr", "en"):
            out.add(fmt_date(d, st, lang))
    return sorted(out)


def weekday_fr(d):
    return JOURS[d.weekday()]


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
