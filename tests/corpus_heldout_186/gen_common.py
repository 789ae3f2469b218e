"""Shared data pools, identifier helpers and text helpers for the corpus generator.

Flavour: occupational health office (Santé et sécurité au travail) of an
invented hospital.  Everything here is invented.
"""
import datetime
import os
import random
import re
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25186

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Centre hospitalier Val-des-Ormes"
ORG_EN = "Val-des-Ormes Hospital Centre"
ORG_DOMAIN = "chvo.example"
SST_FR = "Service de santé et sécurité au travail (SST)"
SST_EN = "Occupational Health and Safety Office"
ORG_ADDR = "2250, boulevard des Ormes, Sainte-Adèle-des-Monts (Québec) J0T 9Z9"
ORG_PHONE = "450 555-0142"
SST_PHONE = "450 555-0147"
SST_FAX = "450 555-0148"
SST_MAILBOX = "sante.travail@" + ORG_DOMAIN


# ---------------------------------------------------------------------------
# NAM holders (../blind_nams.txt)
# ---------------------------------------------------------------------------
def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": given, "dob": dob, "sex": sex, "nam": nam})
    return rows


def fold(s):
    """Accent-fold and lower-case."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------------------
# Name pools.  NAM-holder surnames are filtered out of every invented pool.
# ---------------------------------------------------------------------------
_PATIENT_SURNAMES_FR = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gosselin", "Bédard", "Lévesque", "Dufour",
    "Desrosiers", "Mercier", "Beaulieu", "Pépin", "Vachon", "Turcotte", "Lemieux", "Hamel",
    "Dubé", "Fréchette", "Proulx", "Langlois", "Houle", "Drouin", "Rioux", "Lachance",
    "Demers", "Boivin", "Carrier", "Giroux", "Guay", "Hébert", "Labbé", "Tanguay", "Vézina",
    "Sirois", "Bilodeau", "Poulin", "Auclair", "Couture", "Grenier", "Lacasse", "Ménard",
    "Allard", "Perreault", "Dion", "Lajoie", "Brisson", "Champagne", "Michaud", "Boisvert",
    "Thériault", "Racine", "Deschênes", "Gingras", "Caouette", "Lafrenière", "St-Onge",
]
_PATIENT_SURNAMES_EN = [
    "Henderson", "MacLeod", "Fraser", "O'Brien", "Patel", "Nguyen", "Kowalski", "Chen",
    "Singh", "Campbell", "Robertson", "Murphy", "Stewart", "Reid", "Hughes", "Ahmed",
    "Okafor", "Haddad", "Ferreira", "Rossi", "McKenna", "Doyle", "Baptiste", "Greenberg",
    "Sullivan", "Abernathy", "Kerr", "Lindqvist", "Mendes", "Walsh",
]
_PATIENT_GIVEN_F = [
    "Rolande", "Ginette", "Huguette", "Lise", "Francine", "Mireille", "Chantal", "Jocelyne",
    "Karine", "Mélanie", "Isabelle", "Thérèse", "Raymonde", "Yolande", "Audrey", "Noémie",
    "Heather", "Margaret", "Priya", "Linda", "Olivia", "Fatima", "Agnes", "Brenda",
]
_PATIENT_GIVEN_M = [
    "Réjean", "Gaétan", "Normand", "Yvon", "Richard", "Serge", "Benoît", "Mathieu",
    "Jean-Guy", "Raymond", "Rosaire", "Sylvain", "Maxime", "Étienne", "Hugo", "Laurent",
    "Kevin", "Douglas", "Tariq", "Gordon", "Ethan", "Neil", "Oscar", "Wayne",
]
_STAFF_SURNAMES = [
    "Vaillancourt", "Desjardins", "Lamarche", "Beauchemin", "Pilon", "Charbonneau",
    "Lefrançois", "Marcotte", "Gervais", "Lauzon", "Provencher", "Rochon", "Trottier",
    "Chevrier", "Sauvé", "Legault", "Cyr", "Brault", "Paiement", "Goulet", "Harvey",
    "Beaudoin", "Dagenais", "Létourneau", "Ouimet", "Lacroix", "Massicotte", "Desmarais",
    "Archambault", "Béland", "Fontaine", "Joly", "Blais", "Laberge", "Nantel",
    "Kapoor", "Osei", "Ramirez", "Whitfield", "Donnelly", "Okonkwo", "Petrenko",
    "Lindsay", "Hartley", "Nakamura", "Bakr", "Morrissey", "Quintal", "Sabourin",
    "Robitaille", "Lalonde", "Bourassa", "Desrochers", "Corriveau", "Lemay", "Painchaud", "Larivière",
    "Thivierge", "Bellerose", "Jodoin", "Leclair", "Maheu", "Veilleux", "Fiset", "Gendron", "Ricard",
    "Boudreault", "Chartrand", "Dupras", "Frenette", "Hudon", "Lessieur", "Mongeau", "Pagé", "Rancourt",
    "Séguin", "Tardif", "Vigneault", "Wong", "Ibrahim", "Castillo", "Fitzgerald", "Mahmoud", "Brennan",
]
_STAFF_GIVEN = [
    "Annie", "Julie", "Valérie", "Stéphanie", "Caroline", "Émilie", "Marie-Ève", "Sophie",
    "Catherine", "Geneviève", "Nadia", "Josianne", "Amélie", "Patricia", "Rachel", "Megan",
    "Jessica", "Aisha", "Lucie", "Hélène", "François", "Philippe", "Martin", "Sébastien",
    "Alexandre", "Nicolas", "Jonathan", "Olivier", "Simon", "Vincent", "Kwame", "Daniel",
    "Steven", "Ryan", "Rafael", "Yannick", "Éric", "Luc", "Bruno", "Dominique",
]
STAFF_GIVEN_F = {"Annie", "Julie", "Valérie", "Stéphanie", "Caroline", "Émilie", "Marie-Ève", "Sophie", "Catherine",
                 "Geneviève", "Nadia", "Josianne", "Amélie", "Patricia", "Rachel", "Megan", "Jessica", "Aisha",
                 "Lucie", "Hélène"}
_ROLE_FM = [("infirmière", "infirmier"), ("clinicienne", "clinicien"), ("conseillère", "conseiller"), ("agente", "agent"),
            ("technicienne", "technicien"), ("coordonnatrice", "coordonnateur"), ("directrice", "directeur"),
            ("acheteuse", "acheteur"), ("pharmacienne", "pharmacien"), ("travailleuse", "travailleur"), ("sociale", "social"),
            ("chercheuse", "chercheur"), ("adjointe", "adjoint"), ("administrative", "administratif"),
            ("assistante", "assistant"), ("médicale", "médical")]


def gender_role(role, sex):
    """Put a French job title in the holder's grammatical gender."""
    table = {f: m for f, m in _ROLE_FM} if sex == "M" else {m: f for f, m in _ROLE_FM}
    return re.sub(r"[^\W\d_]+", lambda m: table.get(m.group(0), m.group(0)), role)


_BE_SURNAMES = ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Dewulf", "Vandamme"]
_BE_GIVEN = ["Liesbeth", "Koen", "Annelies", "Pieter", "Sien", "Joris", "Mathilde", "Wim"]
_FR_SURNAMES = ["Moreau", "Lefèvre", "Garnier", "Chevalier", "Rousseau", "Faure", "Blanchard", "Perrin"]
_FR_GIVEN = ["Aurélien", "Camille", "Solène", "Thibaut", "Maëlle", "Quentin", "Hélène", "Bastien"]


def _clean_pools():
    bad = {fold(r["surname"]) for r in load_nams()}
    out = {}
    for key, pool in (("pat_fr", _PATIENT_SURNAMES_FR), ("pat_en", _PATIENT_SURNAMES_EN),
                      ("staff", _STAFF_SURNAMES), ("be", _BE_SURNAMES), ("fr", _FR_SURNAMES)):
        out[key] = [s for s in pool if fold(s) not in bad]
    return out


POOLS = _clean_pools()
NAM_SURNAMES = sorted({r["surname"] for r in load_nams()})


class People:
    """Hands out unique invented names so that nobody is reused by accident."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _pick(self, surnames, givens):
        for _ in range(500):
            s = self.rng.choice(surnames)
            g = self.rng.choice(givens)
            if (g, s) not in self.used:
                self.used.add((g, s))
                return g, s
        raise RuntimeError("name pool exhausted")

    def patient(self, lang=None, sex=None):
        sex = sex or self.rng.choice("FM")
        givens = _PATIENT_GIVEN_F if sex == "F" else _PATIENT_GIVEN_M
        pool = POOLS["pat_en"] if lang == "en" and self.rng.random() < 0.6 else POOLS["pat_fr"]
        g, s = self._pick(pool, givens)
        return {"given": g, "surname": s, "sex": sex}

    def staff(self, sex=None):
        givens = _STAFF_GIVEN
        if sex == "F":
            givens = [g for g in _STAFF_GIVEN if g in STAFF_GIVEN_F]
        elif sex == "M":
            givens = [g for g in _STAFF_GIVEN if g not in STAFF_GIVEN_F]
        g, s = self._pick(POOLS["staff"], givens)
        return {"given": g, "surname": s, "sex": "F" if g in STAFF_GIVEN_F else "M"}

    def belgian(self):
        g, s = self._pick(POOLS["be"], _BE_GIVEN)
        return {"given": g, "surname": s, "sex": self.rng.choice("FM")}

    def french(self):
        g, s = self._pick(POOLS["fr"], _FR_GIVEN)
        return {"given": g, "surname": s, "sex": self.rng.choice("FM")}


def email_of(person, domain=ORG_DOMAIN):
    base = fold(person["given"] + "." + person["surname"])
    base = "".join(c for c in base if c.isalnum() or c in ".-")
    return base + "@" + domain


def full(p):
    return p["given"] + " " + p["surname"]


def name_variant(rng, p, lang, styles=None):
    """Render a patient's name in one of many ways."""
    styles = styles or ["plain", "upper_first", "title", "initial", "lower", "comma"]
    st = rng.choice(styles)
    g, s = p["given"], p["surname"]
    sex = p.get("sex", "F")
    if st == "plain":
        return g + " " + s
    if st == "upper_first":
        return s.upper() + ", " + g
    if st == "comma":
        return s + ", " + g
    if st == "title":
        if lang == "fr":
            t = "Mme" if sex == "F" else "M."
        else:
            t = "Ms." if sex == "F" else "Mr."
        return t + " " + g + " " + s
    if st == "initial":
        return g[0] + ". " + s
    if st == "lower":
        return (g + " " + s).lower()
    return g + " " + s


def title_of(p, lang):
    if lang == "fr":
        return "Mme" if p.get("sex") == "F" else "M."
    return "Ms." if p.get("sex") == "F" else "Mr."


# ---------------------------------------------------------------------------
# Identifiers (valid by checksum where one exists)
# ---------------------------------------------------------------------------
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def to_fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(rng.choice("0123456789") for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def make_ohn(rng):
    """Ontario health number: 10 digits, Luhn check digit."""
    body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ohn_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def make_niss(rng, dob, sex):
    y, m, d = dob.split("-")
    assert y.startswith("19")
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        first9 = y[2:] + m + d + "%03d" % serial
        chk = 97 - (int(first9) % 97)
        n = first9 + "%02d" % chk
        if be_nn.is_valid(n):
            return n


def make_nir(rng, dob, sex):
    y, m, _ = dob.split("-")
    dept = rng.choice(["69", "13", "75", "33", "44", "59", "31", "35"])
    first13 = ("1" if sex == "M" else "2") + y[2:] + m + dept + "%03d" % rng.randint(1, 899) + "%03d" % rng.randint(1, 999)
    n = first13 + "%02d" % (97 - int(first13) % 97)
    assert fr_nir.is_valid(n)
    return n


def make_mrn(rng):
    return "%07d" % rng.randint(100000, 9899999)


def fmt_sin(rng, n, allow_fw=False):
    st = rng.choice(["dash", "space", "plain", "dot"] + (["fw"] if allow_fw else []))
    if st == "dash":
        return n[:3] + "-" + n[3:6] + "-" + n[6:]
    if st == "space":
        return n[:3] + " " + n[3:6] + " " + n[6:]
    if st == "dot":
        return n[:3] + "." + n[3:6] + "." + n[6:]
    if st == "fw":
        return to_fullwidth(n[:3] + " " + n[3:6] + " " + n[6:])
    return n


def fmt_ohn(rng, n, vc=True):
    code = rng.choice(["AB", "KT", "MR", "XJ", "PL"]) if vc and rng.random() < 0.7 else ""
    st = rng.choice(["dash", "space", "plain"])
    if st == "dash":
        s = n[:4] + "-" + n[4:7] + "-" + n[7:]
    elif st == "space":
        s = n[:4] + " " + n[4:7] + " " + n[7:]
    else:
        s = n
    return s + ((" " if st != "plain" else "") + code if code else "")


def fmt_niss(rng, n):
    st = rng.choice(["be", "plain", "space"])
    if st == "be":
        return n[:2] + "." + n[2:4] + "." + n[4:6] + "-" + n[6:9] + "." + n[9:]
    if st == "space":
        return n[:6] + " " + n[6:9] + " " + n[9:]
    return n


def fmt_nir(rng, n):
    st = rng.choice(["space", "plain"])
    if st == "space":
        return " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])
    return n


def fmt_nam(rng, nam, allow_fw=False):
    st = rng.choice(["plain", "space", "space2", "dash", "dot", "lower"] + (["fw"] if allow_fw else []))
    if st == "plain":
        return nam
    if st == "space":
        return nam[:4] + " " + nam[4:8] + " " + nam[8:]
    if st == "space2":
        return " ".join([nam[:4], nam[4:6], nam[6:8], nam[8:]])
    if st == "dash":
        return nam[:4] + "-" + nam[4:8] + "-" + nam[8:]
    if st == "dot":
        return nam[:4] + "." + nam[4:8] + "." + nam[8:]
    if st == "lower":
        return nam[:4].lower() + " " + nam[4:8] + " " + nam[8:]
    return nam[:4] + " " + to_fullwidth(nam[4:8]) + " " + to_fullwidth(nam[8:])


def fmt_mrn(rng, n, allow_fw=False):
    st = rng.choice(["plain", "plain", "dash", "space", "slash", "prefix", "dot"] + (["fw"] if allow_fw else []))
    if st == "plain":
        return n
    if st == "dash":
        return n[:3] + "-" + n[3:]
    if st == "space":
        return n[:1] + " " + n[1:4] + " " + n[4:]
    if st == "slash":
        return n[:2] + "/" + n[2:5] + "/" + n[5:]
    if st == "dot":
        return n[:3] + "." + n[3:5] + "." + n[5:]
    if st == "prefix":
        return "H" + n
    return to_fullwidth(n)


def fmt_date(rng, iso, lang, styles=None):
    y, m, d = (int(x) for x in iso.split("-"))
    months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"]
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]
    styles = styles or ["iso", "dmy", "long", "slash_ymd"]
    st = rng.choice(styles)
    if st == "iso":
        return iso
    if st == "dmy":
        return "%02d/%02d/%04d" % (d, m, y)
    if st == "slash_ymd":
        return "%04d/%02d/%02d" % (y, m, d)
    if st == "long":
        if lang == "fr":
            return "%d %s %d" % (d, months_fr[m - 1], y)
        return "%s %d, %d" % (months_en[m - 1], d, y)
    return iso


def age_at(dob, when=datetime.date(2025, 1, 15)):
    y, m, d = (int(x) for x in dob.split("-"))
    a = when.year - y - ((when.month, when.day) < (m, d))
    return a


def rand_dob(rng, lo=1935, hi=1999):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


def phone(rng):
    area = rng.choice(["450", "514", "819", "579"])
    return "%s 555-01%02d" % (area, rng.randint(0, 99))


STREETS = ["rue des Érables", "chemin du Lac-Brûlé", "rue Principale", "montée Sainte-Julie",
           "rue Saint-Vallier", "avenue des Pins", "rang du Petit-Bois", "rue de la Gare",
           "Maple Street", "Cedar Crescent", "rue Laviolette", "boulevard des Hirondelles"]
TOWNS = [("Sainte-Adèle-des-Monts", "J0T 9A1"), ("Lac-aux-Hérons", "J0T 9B4"),
         ("Saint-Firmin-du-Nord", "J8C 9K2"), ("Val-Brûlé", "J0R 9P7"), ("Mont-Gravel", "J8B 9S3")]


def address(rng):
    town, pc = rng.choice(TOWNS)
    return "%d, %s, %s (Québec) %s" % (rng.randint(12, 2890), rng.choice(STREETS), town, pc)


# ---------------------------------------------------------------------------
# Clinical vocabulary
# ---------------------------------------------------------------------------
UNITS_FR = ["3e Nord - médecine", "4e Sud - chirurgie", "urgence", "soins intensifs", "CHSLD Pavillon B",
            "5e Est - psychiatrie", "pédiatrie", "hémodialyse", "bloc opératoire", "2e Ouest - gériatrie"]
UNITS_EN = ["3 North - medicine", "4 South - surgery", "Emergency", "ICU", "LTC Pavilion B",
            "5 East - psychiatry", "Paediatrics", "Haemodialysis", "OR", "2 West - geriatrics"]

SOURCE_DX_FR = ["hépatite C chronique", "VIH sous traitement", "hépatite B chronique (AgHBs+)",
                "cirrhose alcoolique, statut VHC inconnu", "UDI actif, VHC+ connu", "insuffisance rénale terminale"]
SOURCE_DX_EN = ["chronic hepatitis C", "HIV on ART", "chronic hepatitis B (HBsAg+)",
                "alcoholic cirrhosis, HCV status unknown", "active IVDU, known HCV+", "end-stage renal disease"]

STAFF_MEDS = ["Engerix-B", "Recombivax HB", "Boostrix", "Fluzone High-Dose", "Shingrix", "Priorix", "Varivax"]

DRUGS_PSY = ["halopéridol 5 mg IM", "olanzapine 10 mg", "lorazépam 2 mg SL", "quétiapine 100 mg HS",
             "loxapine 25 mg IM", "rispéridone 2 mg"]
DRUGS_PSY_EN = ["haloperidol 5 mg IM", "olanzapine (Zyprexa) 10 mg", "lorazepam 2 mg SL",
                "quetiapine 100 mg qhs", "loxapine 25 mg IM", "Risperdal 2 mg"]
ARV = ["Biktarvy", "Triumeq", "Genvoya", "Descovy + dolutégravir"]


def dt_for(index, rng):
    """Fixed Date for message index; EST/EDT chosen from calendar."""
    base = datetime.datetime(2024, 10, 1, 7, 30)
    delta = datetime.timedelta(days=(index * 37) % 205, minutes=rng.randint(0, 11 * 60))
    when = base + delta
    # EDT until 2024-11-03 and from 2025-03-09
    if when < datetime.datetime(2024, 11, 3, 2) or when >= datetime.datetime(2025, 3, 9, 2):
        tz = datetime.timezone(datetime.timedelta(hours=-4))
    else:
        tz = datetime.timezone(datetime.timedelta(hours=-5))
    return when.replace(tzinfo=tz)


def sub_rng(tag, index):
    return random.Random("%d:%s:%d" % (SEED, tag, index))


def sig_fr(p, role, ext=True):
    lines = ["-- ", full(p), role, SST_FR, ORG_FR, ORG_ADDR]
    lines.append("Tél. : " + SST_PHONE + (" poste %d" % (4100 + len(p["surname"]) * 7) if ext else ""))
    lines.append("Téléc. : " + SST_FAX)
    return "\n".join(lines)


def sig_en(p, role):
    return "\n".join(["--", full(p), role, SST_EN, ORG_EN, ORG_ADDR,
                      "Tel. " + SST_PHONE + "  |  Fax " + SST_FAX])


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
CONF_EN = ("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
           "If you received it in error, please delete it and notify the sender.")
