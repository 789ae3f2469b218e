#!/usr/bin/env python3
"""Synthetic outbound laboratory-medicine e-mail corpus, labelled for confidentiality.

Flavour: clinical biochemistry, haematology, microbiology, pathology, blood bank /
transfusion service and medical genetics; English and French-Canadian.

Deterministic: the same seed always yields byte-identical files.
Usage:  python generate.py [--seed 6060] [--out DIR]
"""
import argparse
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 6060
N_POS = 120
N_NEG = 180

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]

FIXED_ZIP_DT = (2024, 1, 2, 3, 4, 6)
FIXED_ISO = "2024-01-02T03:04:06Z"
FIXED_DT = dt.datetime(2024, 1, 2, 3, 4, 6)

R = random.Random(DEFAULT_SEED)  # re-seeded in main()


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def LL(lang, en, fr):
    """Choose a whole list by language (no random pick)."""
    return en if lang == "en" else fr


def L(lang, en, fr):
    """Choose between English and French text (each may be a list -> random pick)."""
    v = en if lang == "en" else fr
    if isinstance(v, (list, tuple)):
        return pick(v)
    return v


# ---------------------------------------------------------------------------
# NAM list (only source of RAMQ numbers)
# ---------------------------------------------------------------------------

def load_nams():
    path = os.path.join(HERE, os.pardir, "blind_nams.txt")
    people = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            sur, given, dob, sex, nam = parts[0], " ".join(parts[1:-3]), parts[-3], parts[-2], parts[-1]
            y, m, d = (int(x) for x in dob.split("-"))
            people.append({"sur": sur, "given": given, "dob": dt.date(y, m, d), "sex": sex, "nam": nam})
    return people


# ---------------------------------------------------------------------------
# Identifier generators (validated with python-stdnum)
# ---------------------------------------------------------------------------

def gen_sin():
    while True:
        body = str(R.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(R.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohn():
    while True:
        body = str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num


def gen_niss(dob, sex):
    while True:
        serial = R.randrange(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        first = dob.strftime("%y%m%d") + "%03d" % serial
        base = int(("2" + first) if dob.year >= 2000 else first)
        chk = 97 - base % 97
        num = first + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def gen_nir(dob, sex):
    while True:
        dept = "%02d" % R.choice([13, 21, 33, 35, 44, 49, 59, 67, 69, 75, 76, 86])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % R.randrange(1, 990) + "%03d" % R.randrange(1, 999)
        key = 97 - int(body) % 97
        num = body + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def fmt_sin(s, style=None):
    style = style if style is not None else R.randrange(3)
    return [s, "%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:])][style]


def fmt_ohn(s, style=None):
    style = style if style is not None else R.randrange(4)
    vc = pick(["AB", "KX", "MT", "ZP", "HG"])
    return [s, "%s-%s-%s" % (s[:4], s[4:7], s[7:]), "%s %s %s %s" % (s[:4], s[4:7], s[7:], vc), "%s%s" % (s, vc)][style]


def fmt_niss(s, style=None):
    style = style if style is not None else R.randrange(3)
    return [s, "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:]), "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])][style]


def fmt_nir(s, style=None):
    style = style if style is not None else R.randrange(3)
    return [s, "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]),
            "%s %s" % (s[:13], s[13:])][style]


def fmt_nam(n, style=None):
    style = style if style is not None else R.choice([0, 0, 1, 1, 2, 3, 4])
    if style == 0:
        return n
    if style == 1:
        return "%s %s %s" % (n[:4], n[4:8], n[8:])
    if style == 2:
        return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
    if style == 3:
        return ("%s %s %s" % (n[:4], n[4:8], n[8:])).lower()
    return "%s %s" % (n[:4], n[4:])


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style=None):
    style = style if style is not None else R.randrange(6)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        if lang == "fr":
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 3:
        return d.strftime("%Y/%m/%d")
    if style == 4:
        return "%02d-%s-%d" % (d.day, MONTHS_EN[d.month - 1][:3].upper(), d.year)
    return d.strftime("%d-%m-%Y") if lang == "fr" else d.strftime("%m/%d/%Y")


def fmt_day(d, lang):
    if lang == "fr":
        return "%s %d %s" % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    return "%s, %s %d" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# People and places (all invented)
# ---------------------------------------------------------------------------

PAT_FR_M = ["Réjean", "Gaétan", "Benoît", "Sylvain", "Mathieu", "Étienne", "Yves", "Denis", "Félix", "Jacques", "Normand", "Marc-André"]
PAT_FR_F = ["Ginette", "Nathalie", "Chantal", "Josée", "Karine", "Véronique", "Lucie", "Francine", "Audrey", "Émilie", "Marie-Ève", "Solange"]
PAT_FR_S = ["Bouchard", "Gauthier", "Pelletier", "Bélanger", "Ouellet", "Lévesque", "Girard", "Fortin", "Gagné", "Bergeron",
            "Thibault", "Nadeau", "Paquette", "Rioux", "Vachon", "Caron", "Beaulieu", "Lemieux", "Simard", "Dufresne"]
PAT_EN_M = ["James", "Robert", "Kevin", "Brian", "Daniel", "Ahmed", "Raj", "Wei", "Patrick", "Owen", "Liam", "Terrence", "Gordon"]
PAT_EN_F = ["Jennifer", "Linda", "Sarah", "Priya", "Megan", "Aisha", "Rachel", "Karen", "Olivia", "Hannah", "Fatima", "Doreen"]
PAT_EN_S = ["Thompson", "MacDonald", "Campbell", "Anderson", "Patel", "Singh", "Chen", "O'Brien", "Murphy", "Walsh",
            "Kowalski", "Fraser", "Robertson", "Hughes", "Bennett", "Sullivan", "Okafor", "Haddad", "McAllister", "Whitfield"]
PAT_BE_M = ["Lucas", "Arnaud", "Thibaut", "Maxime", "Wouter"]
PAT_BE_F = ["Louise", "Elise", "Noémie", "Charlotte", "Lotte"]
PAT_BE_S = ["Janssens", "Peeters", "Dubois", "Lambert", "Maes", "Claes", "Van den Broeck", "Wauters", "Delvaux"]
PAT_FRA_M = ["Hugo", "Antoine", "Julien", "Bastien", "Théo"]
PAT_FRA_F = ["Chloé", "Manon", "Léa", "Océane", "Margaux"]
PAT_FRA_S = ["Moreau", "Lefebvre", "Garnier", "Rousseau", "Fournier", "Chevalier", "Mercier", "Perrin"]

STAFF_FR = [("Geneviève", "Laflamme", "F"), ("Mélanie", "Drouin", "F"), ("Isabelle", "Turcotte", "F"),
            ("Sophie", "Charest", "F"), ("Camille", "Brisebois", "F"), ("Annie", "Lachance", "F"),
            ("Valérie", "Montpetit", "F"), ("Julie", "Cormier", "F"), ("Luc", "Provencher", "M"),
            ("Olivier", "Bédard", "M"), ("Samuel", "Jolicoeur", "M"), ("Michel", "Sauvé", "M"),
            ("François", "Lamontagne", "M"), ("Patrice", "Desrosiers", "M"), ("Hélène", "Grenier", "F"),
            ("Maxime", "Bissonnette", "M"), ("Stéphanie", "Robitaille", "F"), ("Karim", "Benali", "M")]
STAFF_EN = [("Emily", "Hargreaves", "F"), ("Rachel", "Donnelly", "F"), ("Grace", "Albright", "F"),
            ("Megan", "Rutherford", "F"), ("Anita", "Sharma", "F"), ("Laura", "Petrovic", "F"),
            ("Susan", "McKinnon", "F"), ("Deepa", "Raman", "F"), ("Tom", "Ashworth", "M"),
            ("Mark", "Delaney", "M"), ("Colin", "Burke", "M"), ("Vikram", "Mehta", "M"),
            ("Steven", "Kowal", "M"), ("Nadia", "Farouk", "F"), ("Ian", "Pritchard", "M"),
            ("Jason", "Liu", "M"), ("Heather", "Blackwood", "F"), ("Yusuf", "Demir", "M")]

ROLES = {
    "tech": ("Medical Laboratory Technologist", "Technologiste médical(e)"),
    "charge": ("Charge Technologist", "Technologiste coordonnateur(-trice)"),
    "manager": ("Laboratory Manager", "Chef de service de laboratoire"),
    "path": ("Pathologist", "Pathologiste"),
    "haem": ("Hematologist", "Hématologue"),
    "micro": ("Medical Microbiologist", "Microbiologiste-infectiologue"),
    "biochem": ("Clinical Biochemist", "Biochimiste clinique"),
    "gc": ("Genetic Counsellor", "Conseillère en génétique"),
    "geneticist": ("Medical Geneticist", "Généticien(ne) médical(e)"),
    "clerk": ("Laboratory Clerk", "Agente administrative, laboratoire"),
    "tso": ("Transfusion Safety Officer", "Chargée de sécurité transfusionnelle"),
    "qa": ("Quality Assurance Coordinator", "Coordonnatrice qualité"),
    "bbdir": ("Medical Director, Transfusion Medicine", "Directeur médical, banque de sang"),
    "courier": ("Logistics Coordinator", "Coordonnateur, transport des échantillons"),
}

SITES = [
    {"lang": "fr", "name": "Centre hospitalier universitaire Sainte-Aurélie", "short": "CHUSA", "dom": "chusa.example",
     "lab": "Département de biologie médicale", "addr": "4200, boul. des Ormeaux, Québec (Québec) G1X 0A5",
     "phone": "418-555-0142", "mrn": "dossier"},
    {"lang": "fr", "name": "Hôpital de la Rivière-aux-Saules", "short": "HRAS", "dom": "cisss-troisruisseaux.example",
     "lab": "Laboratoire régional des Trois-Ruisseaux", "addr": "85, rue du Moulin, Saint-Léandre-des-Saules (Québec) J0K 2T0",
     "phone": "450-555-0186", "mrn": "dossier"},
    {"lang": "fr", "name": "Hôpital Notre-Dame-du-Fjord", "short": "HNDF", "dom": "hndf-sante.example",
     "lab": "Service de médecine transfusionnelle et laboratoires", "addr": "310, avenue du Quai, Baie-Trinité-Nord (Québec) G0H 9Z9",
     "phone": "418-555-0133", "mrn": "dossier"},
    {"lang": "en", "name": "Lakeshore Valley General Hospital", "short": "LVGH", "dom": "lvgh.example",
     "lab": "Department of Laboratory Medicine", "addr": "1500 Shoreline Drive, Port Alder, ON K0K 9Z1",
     "phone": "613-555-0127", "mrn": "chart"},
    {"lang": "en", "name": "Northbridge Health Sciences Centre", "short": "NHSC", "dom": "northbridge-hsc.example",
     "lab": "Laboratory Services", "addr": "77 Bridgewater Road, Northbridge, ON P0X 9Z2",
     "phone": "705-555-0198", "mrn": "MRN"},
    {"lang": "en", "name": "West Island Memorial Hospital", "short": "WIMH", "dom": "wimh.example",
     "lab": "Clinical Laboratories", "addr": "2250 Chemin Beaconsfield-Ouest, Pointe-des-Cèdres (Québec) H9Z 0Z7",
     "phone": "514-555-0171", "mrn": "MRN"},
]
REFLAB = {"name": "Laboratoire de référence Cartier", "dom": "labcartier.example", "phone": "514-555-0109"}
GENPROG = {"name_en": "Eastbrook Regional Genetics Program", "name_fr": "Programme régional de génétique de l'Estrie-Fictive",
           "dom": "eastbrook-genetics.example", "phone": "819-555-0150"}
BE_SITE = {"name": "Clinique universitaire Saint-Rombaut", "dom": "strombaut-clinique.example", "city": "Mons-sur-Haine"}
FR_SITE = {"name": "CHU de Valmont-sur-Loire", "dom": "chu-valmont.example", "city": "Valmont-sur-Loire"}

STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "avenue Laurier-Est", "rue Principale", "chemin du Lac-Vert",
              "rue de la Fabrique", "boul. Champlain", "rue des Merisiers", "montée des Pionniers", "rue Sainte-Cécile"]
CITIES_FR = [("Saint-Léandre-des-Saules", "J0K"), ("Lac-aux-Hérons", "J0T"), ("Sainte-Aurélie-de-Beauce", "G0M"),
             ("Baie-Trinité-Nord", "G0H"), ("Val-des-Bouleaux", "J9Z")]
STREETS_EN = ["Maple Crescent", "Huron Street", "Cedar Lane", "Lakeview Avenue", "Old Mill Road", "Birchwood Court",
              "Queen Street East", "Concession Road 4", "Orchard Drive"]
CITIES_EN = [("Port Alder", "ON", "K0K"), ("Northbridge", "ON", "P0X"), ("Greyhaven", "ON", "N0Z"),
             ("Pointe-des-Cèdres", "QC", "H9Z")]


def postal(prefix):
    return "%s %d%s%d" % (prefix, R.randrange(10), pick("ABCEGHJKLMNPRSTVXY"), R.randrange(10))


def phone555(area=None):
    area = area or pick(["418", "450", "514", "819", "613", "705", "438", "581"])
    return "%s-555-%04d" % (area, R.randrange(100, 9999))


def fmt_phone(p):
    a, b, c = p.split("-")
    return pick([p, "(%s) %s-%s" % (a, b, c), "%s %s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c)])


def gen_mrn(site):
    s = site["short"]
    if s == "CHUSA":
        return "%07d" % R.randrange(1000000, 9999999)
    if s == "HRAS":
        return "H%06d" % R.randrange(0, 999999)
    if s == "HNDF":
        return "%d-%05d" % (R.randrange(10, 99), R.randrange(0, 99999))
    if s == "LVGH":
        return "LV%08d" % R.randrange(0, 99999999)
    if s == "NHSC":
        return "N%07d" % R.randrange(0, 9999999)
    return "W%08d" % R.randrange(0, 99999999)


class Person(dict):
    __getattr__ = dict.get


_NAM_POOL = []
_NAM_IDX = [0]
_NAM_CACHE = {}


def qc_patient(site=None):
    p = _NAM_POOL[_NAM_IDX[0] % len(_NAM_POOL)]
    _NAM_IDX[0] += 1
    site = site or pick([s for s in SITES if s["short"] in ("CHUSA", "HRAS", "HNDF", "WIMH")])
    city, pref = pick(CITIES_FR)
    street = "%d, %s, %s (Québec) %s" % (R.randrange(12, 2999), pick(STREETS_FR), city, postal(pref))
    ph = phone555(pick(["418", "450", "819", "514"]))
    mrn = gen_mrn(site)
    cache = _NAM_CACHE.setdefault(p["nam"], {"phone": ph, "addr": street})
    mrn = cache.setdefault(site["short"], mrn)
    return Person(given=p["given"], sur=p["sur"], sex=p["sex"], dob=p["dob"], nam=p["nam"], site=site,
                  mrn=mrn, phone=cache["phone"], addr=cache["addr"], origin="qc")


def rand_dob(lo=1932, hi=2006):
    return dt.date(R.randrange(lo, hi), R.randrange(1, 13), R.randrange(1, 29))


def on_patient(site=None, dob=None):
    sex = pick("MF")
    site = site or pick([s for s in SITES if s["short"] in ("LVGH", "NHSC")])
    city, prov, pref = pick(CITIES_EN[:3])
    return Person(given=pick(PAT_EN_M if sex == "M" else PAT_EN_F), sur=pick(PAT_EN_S), sex=sex,
                  dob=dob or rand_dob(), ohn=gen_ohn(), site=site, mrn=gen_mrn(site),
                  phone=phone555(pick(["613", "705", "343"])),
                  addr="%d %s, %s, %s %s" % (R.randrange(3, 980), pick(STREETS_EN), city, prov, postal(pref)),
                  origin="on")


def plain_patient(lang, site=None, dob=None):
    """Patient without provincial number (name / MRN / DOB only)."""
    sex = pick("MF")
    if lang == "fr":
        given = pick(PAT_FR_M if sex == "M" else PAT_FR_F)
        sur = pick(PAT_FR_S)
        site = site or pick([s for s in SITES if s["lang"] == "fr"])
        city, pref = pick(CITIES_FR)
        addr = "%d, %s, %s (Québec) %s" % (R.randrange(12, 2999), pick(STREETS_FR), city, postal(pref))
    else:
        given = pick(PAT_EN_M if sex == "M" else PAT_EN_F)
        sur = pick(PAT_EN_S)
        site = site or pick([s for s in SITES if s["lang"] == "en"])
        city, prov, pref = pick(CITIES_EN)
        addr = "%d %s, %s, %s %s" % (R.randrange(3, 980), pick(STREETS_EN), city, prov, postal(pref))
    return Person(given=given, sur=sur, sex=sex, dob=dob or rand_dob(), site=site, mrn=gen_mrn(site),
                  phone=phone555(), addr=addr, origin="plain")


def be_patient():
    sex = pick("MF")
    dob = rand_dob(1940, 2020)
    return Person(given=pick(PAT_BE_M if sex == "M" else PAT_BE_F), sur=pick(PAT_BE_S), sex=sex, dob=dob,
                  niss=gen_niss(dob, sex), origin="be", phone="+32 65 55 %02d %02d" % (R.randrange(100), R.randrange(100)),
                  addr="Rue de la Station %d, 7099 %s" % (R.randrange(1, 200), BE_SITE["city"]))


def fr_patient():
    sex = pick("MF")
    dob = rand_dob(1940, 2020)
    return Person(given=pick(PAT_FRA_M if sex == "M" else PAT_FRA_F), sur=pick(PAT_FRA_S), sex=sex, dob=dob,
                  nir=gen_nir(dob, sex), origin="fr", phone="06 55 %02d %02d %02d" % (R.randrange(100), R.randrange(100), R.randrange(100)),
                  addr="%d, allée des Tilleuls, 49999 %s" % (R.randrange(1, 90), FR_SITE["city"]))


def pname(p, lang, style=None):
    """A patient's name, written in one of the ways people really write it."""
    style = style if style is not None else R.randrange(9)
    g, s = p.given, p.sur
    title = L(lang, "Mr." if p.sex == "M" else "Ms.", "M." if p.sex == "M" else "Mme")
    if style == 0:
        return "%s %s" % (g, s)
    if style == 1:
        return "%s, %s" % (s.upper(), g)
    if style == 2:
        return "%s %s %s" % (title, g, s)
    if style == 3:
        return "%s %s" % (s, g[0] + ".")
    if style == 4:
        return "%s %s" % (title, s)
    if style == 5:
        return "%s %s" % (s.upper(), g.upper())
    if style == 6:
        return "%s, %s" % (s, g)
    if style == 7:
        return "%s. %s" % (g[0], s)
    return "%s %s" % (g, s)


def typo(word):
    """Introduce a realistic one-character typo."""
    if len(word) < 4:
        return word
    i = R.randrange(1, len(word) - 1)
    op = R.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


_STAFF_USED = {}


def staff(lang, role, site=None):
    pool = STAFF_FR if lang == "fr" else STAFF_EN
    g, s, sex = pick(pool)
    tries = 0
    while (g, s) in _STAFF_USED and tries < 30:
        g, s, sex = pick(pool)
        tries += 1
    _STAFF_USED[(g, s)] = True
    site = site or pick([x for x in SITES if x["lang"] == lang] or SITES)
    title_en, title_fr = ROLES[role]
    if sex == "M":
        title_fr = (title_fr.replace("Conseillère", "Conseiller").replace("Chargée", "Chargé").replace("Coordonnatrice", "Coordonnateur")
                    .replace("Agente administrative", "Agent administratif").replace("Technologiste médical(e)", "Technologiste médical")
                    .replace("Généticien(ne) médical(e)", "Généticien médical").replace("coordonnateur(-trice)", "coordonnateur"))
    else:
        title_fr = (title_fr.replace("Directeur médical", "Directrice médicale").replace("Coordonnateur,", "Coordonnatrice,")
                    .replace("Technologiste médical(e)", "Technologiste médicale").replace("Généticien(ne) médical(e)", "Généticienne médicale")
                    .replace("coordonnateur(-trice)", "coordonnatrice"))
    doc = role in ("path", "haem", "micro", "geneticist", "bbdir")
    addr = "%s.%s@%s" % (re.sub(r"[^a-z]", "", strip_accents(g.lower())), re.sub(r"[^a-z]", "", strip_accents(s.lower())), site["dom"])
    return Person(given=g, sur=s, sex=sex, role=role, title=L(lang, title_en, title_fr), site=site, email=addr,
                  doc=doc, ext=str(R.randrange(2000, 7999)))


def strip_accents(t):
    table = str.maketrans("àâäçéèêëîïôöùûüÿÀÂÇÉÈÊÎÔÙÛ", "aaaceeeeiioouuuyAACEEEIOUU")
    return t.translate(table)


def sname(st, lang, formal=None):
    formal = chance(0.5) if formal is None else formal
    if st.doc and formal:
        return "Dr%s %s %s" % ("e" if (lang == "fr" and st.sex == "F") else "", st.given, st.sur) if lang == "fr" else "Dr. %s %s" % (st.given, st.sur)
    return "%s %s" % (st.given, st.sur)


def signature(st, lang, style=None):
    style = style if style is not None else R.randrange(4)
    site = st.site
    ph = site["phone"]
    if style == 0:
        return "%s\n%s\n%s, %s\n%s, poste %s" % (sname(st, lang, True), st.title, site["lab"], site["name"], ph, st.ext) if lang == "fr" else \
            "%s\n%s\n%s, %s\nTel. %s ext. %s" % (sname(st, lang, True), st.title, site["lab"], site["name"], ph, st.ext)
    if style == 1:
        return "-- \n%s | %s\n%s\n%s\n%s" % (sname(st, lang, True), st.title, site["name"], site["addr"], ph)
    if style == 2:
        return "%s %s\n%s" % (st.given, st.sur[0] + ".", site["short"])
    return "%s\n%s | %s | %s" % (st.given, st.title, site["short"], L(lang, "ext. ", "poste ") + st.ext)


def greet(lang, who=None):
    if who is None:
        return L(lang, ["Hi,", "Hello,", "Hi all,", "Good morning,", "Hello team,"],
                 ["Bonjour,", "Bonjour à tous,", "Allô,", "Bon matin,", "Bonjour l'équipe,"])
    return L(lang, ["Hi %s,", "Hello %s,", "%s,", "Dear %s,", "Good morning %s,"],
             ["Bonjour %s,", "Allô %s,", "%s,", "Bonjour %s,", "Salut %s,"]) % who


def closing(lang):
    return L(lang, ["Thanks,", "Thank you,", "Regards,", "Best,", "Thanks!", "Cheers,"],
             ["Merci,", "Merci!", "Cordialement,", "Bonne journée,", "Merci beaucoup,", "Salutations,"])


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

def msg_datetime(tz="na"):
    day = dt.date(2024, 1, 8) + dt.timedelta(days=R.randrange(0, 600))
    while day.weekday() >= 5 and chance(0.85):
        day += dt.timedelta(days=1)
    t = dt.datetime(day.year, day.month, day.day, R.choice([6, 7, 8, 8, 9, 9, 10, 11, 13, 14, 15, 16, 17, 21, 23]),
                    R.randrange(60), R.randrange(60))
    if tz == "eu":
        off = dt.timedelta(hours=2 if 4 <= day.month <= 10 else 1)
    else:
        off = dt.timedelta(hours=-4 if 4 <= day.month <= 10 else -5)
    return t.replace(tzinfo=dt.timezone(off))


CUR = [dt.datetime(2024, 6, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))]


def soon(lo=1, hi=30):
    return CUR[0].date() + dt.timedelta(days=R.randrange(lo, hi + 1))


def ago(lo=1, hi=30):
    return CUR[0].date() - dt.timedelta(days=R.randrange(lo, hi + 1))


def later(d, days=(0, 3), hours=(0, 5)):
    return d + dt.timedelta(days=R.randrange(days[0], days[1] + 1), hours=R.randrange(hours[0], hours[1] + 1),
                            minutes=R.randrange(60))


# ---------------------------------------------------------------------------
# Attachments (deterministic binaries)
# ---------------------------------------------------------------------------

def zip_bytes(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def normalize_ooxml(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    entries = []
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            data = txt.encode("utf-8")
        entries.append((info.filename, data))
    return zip_bytes(entries)


def make_pdf(title, lines, author="Laboratoire"):
    """lines: str, or (style, str) where style in h, m (monospace), b (bold), s (small)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("LabReport Writer 3.2")
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 28

    def emit(font, size, text, step):
        nonlocal y
        maxc = 95 if font != "Courier" else 88
        chunks = [text[i:i + maxc] for i in range(0, max(len(text), 1), maxc)] or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont(font, size)
            c.drawString(50, y, ch)
            y -= step

    for ln in lines:
        style, text = ln if isinstance(ln, tuple) else ("p", ln)
        if style == "h":
            y -= 4
            emit("Helvetica-Bold", 11.5, text, 17)
        elif style == "m":
            emit("Courier", 9, text, 12)
        elif style == "b":
            emit("Helvetica-Bold", 10, text, 14)
        elif style == "s":
            emit("Helvetica-Oblique", 8, text, 11)
        else:
            emit("Helvetica", 10, text, 14)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, blocks, author="Laboratoire"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author="Laboratoire"):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, summary, start, minutes, description="", location="", organizer=None, attendees=()):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fictive Lab Scheduler//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20240102T030406Z",
             "DTSTART;TZID=America/Toronto:%s" % start.strftime(f),
             "DTEND;TZID=America/Toronto:%s" % end.strftime(f),
             "SUMMARY:%s" % ics_escape(summary)]
    if location:
        lines.append("LOCATION:%s" % ics_escape(location))
    if description:
        lines.append("DESCRIPTION:%s" % ics_escape(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a[0], a[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def make_vcf(given, sur, tel=None, adr=None, note=None, org=None, email=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, given), "FN:%s %s" % (given, sur)]
    if org:
        lines.append("ORG:%s" % org)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:%s" % tel)
    if email:
        lines.append("EMAIL;TYPE=WORK:%s" % email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if note:
        lines.append("NOTE:%s" % note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("REV:20240102T030406Z")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def att(data, mt, st, fn, charset=None):
    return {"data": data, "mt": mt, "st": st, "fn": fn, "charset": charset}


def att_pdf(fn, title, lines, author="Laboratoire"):
    return att(make_pdf(title, lines, author), "application", "pdf", fn)


def att_docx(fn, title, blocks, author="Laboratoire"):
    return att(make_docx(title, blocks, author), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)


def att_xlsx(fn, sheets, author="Laboratoire"):
    return att(make_xlsx(sheets, author), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)


def att_csv(fn, rows, delim=","):
    return att(make_csv(rows, delim), "text", "csv", fn, "utf-8")


def att_zip(fn, entries):
    return att(zip_bytes(entries), "application", "zip", fn)


def att_ics(fn, *a, **k):
    return att(make_ics(*a, **k), "text", "calendar", fn, "utf-8")


def att_vcf(fn, *a, **k):
    return att(make_vcf(*a, **k), "text", "vcard", fn, "utf-8")


# ---------------------------------------------------------------------------
# Message construction
# ---------------------------------------------------------------------------

LATIN1_FIX = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
              "\u0153": "oe", "\u0152": "OE", "\u2026": "...", "\u20ac": "EUR", "\u2265": ">=", "\u2264": "<=",
              "\u2192": "->", "\u2022": "*", "\u00a0": " ", "\u2191": "(haut)", "\u2193": "(bas)", "\u03b1": "alpha",
              "\u03b2": "beta", "\u03b3": "gamma", "\u2122": "(TM)"}
CP1252_FIX = {"\u2265": ">=", "\u2264": "<=", "\u2192": "->", "\u2191": "(haut)", "\u2193": "(bas)",
              "\u03b1": "alpha", "\u03b2": "beta", "\u03b3": "gamma"}


def fit_charset(text, cs):
    if cs == "iso-8859-1":
        for k, v in LATIN1_FIX.items():
            text = text.replace(k, v)
    elif cs == "windows-1252":
        for k, v in CP1252_FIX.items():
            text = text.replace(k, v)
    elif cs == "us-ascii":
        text = strip_accents(text)
        for k, v in LATIN1_FIX.items():
            text = text.replace(k, v)
    return text.encode(cs, "replace").decode(cs)


def text_to_html(text, fancy=True):
    out = []
    lines = text.split("\n")
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(x) for x in para) + "</p>")
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(lines[i][1:].lstrip(" ") if lines[i].startswith("> ") else lines[i][1:])
                i += 1
            inner = text_to_html("\n".join(block), fancy=False)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            continue
        if " | " in ln:
            flush()
            rows = []
            while i < len(lines) and " | " in lines[i]:
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
            for k, row in enumerate(rows):
                tag = "th" if k == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(c), tag) for c in row) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if ln.startswith("- ") or ln.startswith("* ") or ln.startswith("\u2022 "):
            flush()
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("* ") or lines[i].startswith("\u2022 ")):
                items.append("<li>%s</li>" % htmlmod.escape(lines[i][2:]))
                i += 1
            out.append("<ul>%s</ul>" % "".join(items))
            continue
        if not ln.strip():
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    body = "\n".join(out)
    if not fancy:
        return body
    style = pick(['font-family:Calibri,Arial,sans-serif;font-size:11pt', 'font-family:Arial;font-size:10pt',
                  'font-family:"Segoe UI",sans-serif;font-size:10.5pt;color:#1f1f1f', 'font-family:Verdana;font-size:9pt'])
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style=\'%s\'>\n%s\n</div></body></html>\n' % (style, body))


MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", "Mozilla Thunderbird 115.6", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", None, None]


def addr(name, email):
    return formataddr((name, email)) if name else email


def choose_transport(spec):
    mode = spec.get("mode") or pick(["plain"] * 9 + ["alt"] * 7 + ["html"] * 4)
    cs = spec.get("charset") or pick(["utf-8"] * 6 + ["iso-8859-1"] * 2 + ["windows-1252"] * 2)
    cte = spec.get("cte") or pick(["quoted-printable", "quoted-printable", "base64", "8bit"])
    crlf = spec.get("crlf") if spec.get("crlf") is not None else chance(0.5)
    return mode, cs, cte, crlf


def set_text(part, text, subtype, cs, cte):
    text = fit_charset(text, cs)
    if cte in ("7bit", "8bit"):
        try:
            text.encode("ascii")
            cte_use = "7bit"
        except UnicodeEncodeError:
            cte_use = "8bit"
        if max((len(x) for x in text.split("\n")), default=0) > 900:
            cte_use = "quoted-printable"
    else:
        cte_use = cte
    part.set_content(text, subtype=subtype, charset=cs, cte=cte_use)


def build_message(spec):
    mode, cs, cte, crlf = choose_transport(spec)
    msg = EmailMessage(policy=policy.default)
    msg["From"] = addr(*spec["from"])
    msg["To"] = ", ".join(addr(*t) for t in spec["to"])
    if spec.get("cc"):
        msg["Cc"] = ", ".join(addr(*t) for t in spec["cc"])
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = "<%s@%s>" % (spec["msgid"], spec["from"][1].split("@")[1])
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec["in_reply_to"]
    msg["MIME-Version"] = "1.0"
    if spec.get("mailer"):
        msg["X-Mailer"] = spec["mailer"]
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    text = spec["text"]
    html = spec.get("html")
    if mode == "plain":
        set_text(msg, text, "plain", cs, cte)
    elif mode == "html":
        set_text(msg, html or text_to_html(text), "html", cs, cte)
    else:
        set_text(msg, text, "plain", cs, cte)
        alt = EmailMessage(policy=policy.default)
        set_text(alt, html or text_to_html(text), "html", cs, cte)
        msg.make_alternative()
        msg.attach(alt)
    for a in spec.get("atts", []):
        if isinstance(a["data"], EmailMessage):
            msg.add_attachment(a["data"], subtype="rfc822", filename=a["fn"], cte="8bit")
        elif isinstance(a["data"], str):
            acs = a.get("charset") or "utf-8"
            msg.add_attachment(a["data"], subtype=a["st"], charset=acs, filename=a["fn"],
                               cte=pick(["base64", "quoted-printable"]))
        else:
            msg.add_attachment(a["data"], maintype=a["mt"], subtype=a["st"], filename=a["fn"])
    fix_boundaries(msg)
    return msg, crlf


def fix_boundaries(msg):
    """Replace the email package's random MIME boundaries with seeded ones."""
    style = R.randrange(3)
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            tok = "%016x" % R.getrandbits(64)
            if style == 0:
                b = "===============%019d==" % int(tok, 16)
            elif style == 1:
                b = "_000_%s%s_" % (tok.upper(), "LVGHEXCH")
            else:
                b = "----=_Part_%d_%s" % (R.randrange(10**6), tok)
            part.set_boundary(b)


def serialize(msg, crlf):
    pol = policy.default.clone(linesep="\r\n" if crlf else "\n")
    return msg.as_bytes(policy=pol)


def new_msgid():
    return "%08x.%04x.%s" % (R.getrandbits(32), R.getrandbits(16), "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)))


def mkspec(lang, sender, to, subject, text, date=None, cc=None, atts=None, html=None, mode=None):
    frm = (sname(sender, lang, False) if isinstance(sender, Person) and sender.given else sender[0],
           sender.email if isinstance(sender, Person) else sender[1])
    tos = [((sname(t, lang, False) if t.given else ""), t.email) if isinstance(t, Person) else t for t in to]
    ccs = [((sname(t, lang, False) if t.given else ""), t.email) if isinstance(t, Person) else t for t in (cc or [])]
    return {"lang": lang, "from": frm, "to": tos, "cc": ccs, "subject": subject, "text": text, "html": html,
            "date": date or CUR[0], "atts": atts or [], "msgid": new_msgid(), "mailer": pick(MAILERS),
            "mode": mode}


# ---------------------------------------------------------------------------
# Reply / forward wrappers
# ---------------------------------------------------------------------------

def attribution(spec, lang):
    d = spec["date"]
    name, email = spec["from"]
    style = R.randrange(3)
    if lang == "fr":
        if style == 0:
            return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (DAYS_FR[d.weekday()][:3] + ".", d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute, name, email)
        if style == 1:
            return "-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
                name, email, DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute,
                "; ".join(t[0] or t[1] for t in spec["to"]), spec["subject"])
        return "%s a écrit le %s :" % (name, d.strftime("%Y-%m-%d %H:%M"))
    if style == 0:
        return "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day, d.year,
                                                                 (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM", name, email)
    if style == 1:
        return "-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
            name, email, DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, (d.hour % 12) or 12, d.minute,
            "AM" if d.hour < 12 else "PM", "; ".join(t[0] or t[1] for t in spec["to"]), spec["subject"])
    return "%s wrote on %s:" % (name, d.strftime("%Y-%m-%d %H:%M"))


def quote(text, style):
    if style == "outlook":
        return text
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def as_reply(spec, replier, top, lang):
    attr = attribution(spec, lang)
    style = "outlook" if attr.startswith("-----") else "gt"
    new = dict(spec)
    new["from"] = (sname(replier, lang, False), replier.email) if isinstance(replier, Person) else replier
    new["to"] = [spec["from"]]
    new["cc"] = spec.get("cc", [])
    subj = spec["subject"]
    new["subject"] = (L(lang, ["RE: ", "Re: "], ["RE : ", "RE: ", "Re: "]) + subj)
    new["text"] = top + "\n\n" + attr + "\n" + quote(spec["text"], style) + "\n"
    new["html"] = None
    new["date"] = later(spec["date"], (0, 1), (0, 6))
    new["in_reply_to"] = "<%s@%s>" % (spec["msgid"], spec["from"][1].split("@")[1])
    new["msgid"] = new_msgid()
    new["atts"] = []
    new["mailer"] = pick(MAILERS)
    return new


def as_forward(spec, fwd, top, lang, to):
    d = spec["date"]
    new = dict(spec)
    new["from"] = (sname(fwd, lang, False), fwd.email) if isinstance(fwd, Person) else fwd
    new["to"] = [(sname(t, lang, False), t.email) if isinstance(t, Person) else t for t in to]
    new["cc"] = []
    new["subject"] = L(lang, ["FW: ", "Fwd: ", "FWD: "], ["TR: ", "TR : ", "Fwd: "]) + spec["subject"]
    if lang == "fr":
        hdr = "-------- Message transféré --------\nDe : %s <%s>\nDate : %s\nÀ : %s\nObjet : %s" % (
            spec["from"][0], spec["from"][1], format_datetime(d), ", ".join(t[1] for t in spec["to"]), spec["subject"])
    else:
        hdr = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nTo: %s\nSubject: %s" % (
            spec["from"][0], spec["from"][1], format_datetime(d), ", ".join(t[1] for t in spec["to"]), spec["subject"])
    new["text"] = top + "\n\n" + hdr + "\n\n" + spec["text"]
    new["html"] = None
    new["date"] = later(d, (0, 2), (0, 4))
    new["msgid"] = new_msgid()
    new["mailer"] = pick(MAILERS)
    return new


def as_attached_eml(spec, fwd, top, lang, to):
    inner, _ = build_message(spec)
    new = dict(spec)
    new["from"] = (sname(fwd, lang, False), fwd.email) if isinstance(fwd, Person) else fwd
    new["to"] = [(sname(t, lang, False), t.email) if isinstance(t, Person) else t for t in to]
    new["cc"] = []
    new["subject"] = L(lang, ["FW: ", "Fwd: "], ["TR: ", "Fwd: "]) + spec["subject"]
    new["text"] = top
    new["html"] = None
    new["date"] = later(spec["date"], (0, 2), (0, 4))
    new["msgid"] = new_msgid()
    fn = re.sub(r"[^A-Za-z0-9_.-]+", "_", strip_accents(spec["subject"]))[:50].strip("_") + ".eml"
    new["atts"] = [{"data": inner, "mt": "message", "st": "rfc822", "fn": fn}]
    new["mode"] = None
    return new


# ---------------------------------------------------------------------------
# Shared helpers for message templates
# ---------------------------------------------------------------------------

class Types(list):
    def add(self, *names):
        for n in names:
            assert n in TYPES, n
            if n not in self:
                self.append(n)
        return self

    def ordered(self):
        return [t for t in TYPES if t in self]


CLINICS_FR = [("GMF des Pins", "gmf-despins.example"), ("Clinique médicale du Quai", "cliniqueduquai.example"),
              ("GMF-U de la Vallée", "gmfu-vallee.example"), ("CLSC du Vieux-Bourg", "clsc-vieuxbourg.example")]
CLINICS_EN = [("Harbourside Family Health Team", "harbourside-fht.example"), ("Greyhaven Medical Clinic", "greyhaven-clinic.example"),
              ("Pine Ridge Community Health Centre", "pineridge-chc.example")]
DOCS_FR = [("Martine", "Leclerc", "F"), ("Pierre-Luc", "Gosselin", "M"), ("Nadia", "Haddad", "F"), ("Jean-François", "Roy", "M"),
           ("Sylvie", "Massé", "F"), ("Alain", "Boisvert", "M")]
DOCS_EN = [("Catherine", "Moore", "F"), ("Andrew", "Whitaker", "M"), ("Helen", "Tran", "F"), ("Graham", "Stewart", "M"),
           ("Ruth", "Abernathy", "F"), ("Paul", "Ferreira", "M")]


def ext_doc(lang):
    g, s, sex = pick(DOCS_FR if lang == "fr" else DOCS_EN)
    cname, dom = pick(CLINICS_FR if lang == "fr" else CLINICS_EN)
    return Person(given=g, sur=s, sex=sex, doc=True, email="%s.%s@%s" % (strip_accents(g.lower()).replace("-", ""), strip_accents(s.lower()), dom),
                  title=L(lang, "Family Physician", "Médecin de famille"), site={"name": cname, "short": cname, "phone": phone555(), "lab": cname,
                                                                                "addr": "", "dom": dom})


def drname(p, lang):
    if lang == "fr":
        e = "e" if p.sex == "F" else ""
        return pick(["Dr%s %s" % (e, p.sur), "Dr%s %s %s" % (e, p.given, p.sur), "Dr%s %s" % (e, p.sur)])
    return pick(["Dr. %s" % p.sur, "Dr %s" % p.sur, "Dr. %s %s" % (p.given, p.sur)])


def unit_name(lang):
    return L(lang, ["4 West", "5B", "ICU", "ER", "Oncology day unit", "CCU", "7 North", "Dialysis", "L&D", "NICU"],
             ["4e Ouest", "5B", "soins intensifs", "urgence", "hémato-oncologie", "unité coronarienne", "7e Nord",
              "hémodialyse", "salle d'accouchement", "néonatalogie"])


def dec(v, lang):
    return v.replace(".", ",") if (lang == "fr" and chance(0.7)) else v


def ident(p, lang, fields, layout=None):
    """Render identifying fields of a patient. Returns (text, Types)."""
    ty = Types()
    layout = layout or pick(["lines", "inline", "slash", "lines", "caps"])
    items = []
    for f in fields:
        if f == "name":
            items.append((L(lang, ["Patient", "Name", "Pt"], ["Patient(e)", "Nom", "Usager", "Patient"]), pname(p, lang), "patient_name"))
        elif f == "mrn":
            site = p.site or {}
            lab = L(lang, ["MRN", "Chart #", "Chart no.", "Hosp. #"], ["No dossier", "Dossier", "# dossier", "N° de dossier"])
            items.append((lab, p.mrn, "mrn"))
        elif f == "dob":
            items.append((L(lang, ["DOB", "D.O.B.", "Date of birth", "Born"], ["DDN", "Date de naissance", "Né(e) le", "D.N."]),
                          fmt_date(p.dob, lang), "date_of_birth"))
        elif f == "nam":
            items.append((L(lang, ["RAMQ", "Medicare #", "HIN", "NAM"], ["NAM", "RAMQ", "No RAMQ", "Carte soleil", "Assurance maladie"]),
                          fmt_nam(p.nam), "ramq_nam"))
        elif f == "ohn":
            items.append((L(lang, ["OHIP", "HCN", "Health card", "OHIP #"], ["No carte santé Ontario", "OHIP", "Carte santé (ON)"]),
                          fmt_ohn(p.ohn), "ca_health_number"))
        elif f == "niss":
            items.append((L(lang, ["NISS", "Belgian national no."], ["NISS", "N° national", "Numéro de registre national"]),
                          fmt_niss(p.niss), "be_niss"))
        elif f == "nir":
            items.append((L(lang, ["NIR", "French social security no."], ["NIR", "N° sécu", "N° de sécurité sociale"]),
                          fmt_nir(p.nir), "fr_nir"))
        elif f == "sin":
            items.append((L(lang, ["SIN", "S.I.N."], ["NAS", "No d'assurance sociale"]), fmt_sin(p.sin), "ca_sin"))
        elif f == "phone":
            items.append((L(lang, ["Phone", "Home phone", "Tel", "Cell"], ["Tél.", "Tél. domicile", "Cell", "Téléphone"]),
                          fmt_phone(p.phone), "patient_contact"))
        elif f == "addr":
            items.append((L(lang, ["Address", "Home address"], ["Adresse", "Adresse domicile"]), p.addr, "patient_contact"))
        elif f == "sex":
            items.append((L(lang, "Sex", "Sexe"), p.sex, None))
    for it in items:
        if it[2]:
            ty.add(it[2])
    if layout == "lines":
        txt = "\n".join("%s: %s" % (a, b) if lang == "en" else "%s : %s" % (a, b) for a, b, _ in items)
    elif layout == "caps":
        txt = "\n".join("%s %s" % ((a.upper() + ":").ljust(14), b) for a, b, _ in items)
    elif layout == "slash":
        txt = " / ".join(b for a, b, _ in items)
    else:
        head = items[0][1] if items[0][2] == "patient_name" else "%s %s" % (items[0][0], items[0][1])
        rest = ", ".join("%s %s" % (a, b) for a, b, _ in items[1:])
        txt = head + (" (%s)" % rest if rest else "")
    return txt, ty


def spec_out(spec, ty, note, **kw):
    spec.update(kw)
    return spec, ty, note


# Result banks ---------------------------------------------------------------

CRIT = [("Potassium", "Potassium", "6.9", "mmol/L", "K"), ("Glucose", "Glucose", "1.8", "mmol/L", "GLU"),
        ("Sodium", "Sodium", "116", "mmol/L", "NA"), ("Hemoglobin", "Hémoglobine", "52", "g/L", "HB"),
        ("Platelets", "Plaquettes", "7", "x10^9/L", "PLT"), ("INR", "RNI", "8.4", "", "INR"),
        ("Total calcium", "Calcium total", "3.71", "mmol/L", "CA"), ("hs-Troponin T", "Troponine T hs", "1874", "ng/L", "TNTHS"),
        ("Lactate", "Lactate", "7.2", "mmol/L", "LACT"), ("Neutrophils", "Neutrophiles", "0.1", "x10^9/L", "NEUT"),
        ("Fibrinogen", "Fibrinogène", "0.6", "g/L", "FIB"), ("Ammonia", "Ammoniaque", "188", "umol/L", "NH3")]
CONTEXT_DX = [("known CKD stage 4", "IRC stade 4 connue", "spironolactone", "spironolactone"),
              ("on chemo for AML", "LMA sous chimio", "cytarabine", "cytarabine"),
              ("type 1 diabetic", "diabétique type 1", "insulin glargine", "insuline glargine"),
              ("post-op day 2 CABG", "J2 post pontage", "heparin infusion", "perfusion d'héparine"),
              ("cirrhosis, Child C", "cirrhose Child C", "lactulose", "lactulose"),
              ("atrial fibrillation", "fibrillation auriculaire", "warfarin", "warfarine")]

ORGS = [("MRSA (methicillin-resistant S. aureus)", "SARM (S. aureus résistant à la méthicilline)", "Gram-positive cocci in clusters", "cocci Gram positif en amas"),
        ("Escherichia coli, ESBL producer", "Escherichia coli producteur de BLSE", "Gram-negative bacilli", "bacilles Gram négatif"),
        ("Streptococcus pneumoniae", "Streptococcus pneumoniae", "Gram-positive diplococci", "diplocoques Gram positif"),
        ("Candida auris", "Candida auris", "yeast", "levures"),
        ("Klebsiella pneumoniae, KPC (CPE)", "Klebsiella pneumoniae KPC (EPC)", "Gram-negative bacilli", "bacilles Gram négatif"),
        ("Listeria monocytogenes", "Listeria monocytogenes", "Gram-positive bacilli", "bacilles Gram positif"),
        ("Neisseria meningitidis", "Neisseria meningitidis", "Gram-negative diplococci", "diplocoques Gram négatif")]

ANTIBODIES = ["anti-K", "anti-E", "anti-Jk(a)", "anti-Fy(a)", "anti-c", "anti-S", "anti-D (RhIG)", "anti-M"]

GENE = [("BRCA1 c.68_69del (p.Glu23fs), pathogenic", "BRCA1 c.68_69del (p.Glu23fs), pathogène", "hereditary breast and ovarian cancer", "syndrome sein-ovaire héréditaire"),
        ("MLH1 c.1852_1854del, likely pathogenic", "MLH1 c.1852_1854del, probablement pathogène", "Lynch syndrome", "syndrome de Lynch"),
        ("CFTR F508del homozygous", "CFTR F508del homozygote", "cystic fibrosis", "fibrose kystique"),
        ("FMR1 premutation (87 CGG repeats)", "prémutation FMR1 (87 répétitions CGG)", "fragile X premutation carrier", "porteuse de prémutation X fragile"),
        ("HTT 42 CAG repeats (full penetrance range)", "HTT 42 répétitions CAG (pénétrance complète)", "Huntington disease", "maladie de Huntington"),
        ("HFE C282Y homozygous", "HFE C282Y homozygote", "hereditary haemochromatosis", "hémochromatose héréditaire"),
        ("22q11.2 deletion (2.5 Mb) on microarray", "délétion 22q11.2 (2,5 Mb) à la puce", "22q11.2 deletion syndrome", "syndrome de délétion 22q11.2"),
        ("TTR c.424G>A (p.Val142Ile) heterozygous", "TTR c.424G>A (p.Val142Ile) hétérozygote", "hereditary ATTR amyloidosis", "amylose héréditaire à transthyrétine")]

PATH = [("invasive ductal carcinoma, grade 2, ER+/PR+/HER2-", "carcinome canalaire infiltrant grade 2, RE+/RP+/HER2-", "breast core biopsy", "biopsie mammaire au trocart"),
        ("adenocarcinoma of the sigmoid colon, pT3 N1b", "adénocarcinome du côlon sigmoïde, pT3 N1b", "sigmoid resection", "résection sigmoïdienne"),
        ("malignant melanoma, Breslow 2.1 mm", "mélanome malin, Breslow 2,1 mm", "skin excision, left shoulder", "exérèse cutanée épaule gauche"),
        ("diffuse large B-cell lymphoma", "lymphome diffus à grandes cellules B", "cervical lymph node", "ganglion cervical"),
        ("high-grade squamous intraepithelial lesion (CIN 3)", "lésion malpighienne intraépithéliale de haut grade (CIN 3)", "cervical cone", "conisation"),
        ("prostatic adenocarcinoma, Gleason 4+3=7 (Grade Group 3)", "adénocarcinome prostatique Gleason 4+3=7 (groupe 3)", "prostate biopsies", "biopsies prostatiques"),
        ("Crohn's disease, active, no dysplasia", "maladie de Crohn active, pas de dysplasie", "ileocolic biopsies", "biopsies iléo-coliques")]


def pt_for(lang, want_nam=None, site=None):
    """Pick a patient suited to the language: Quebec patients (NAM list) or Ontario/plain."""
    if lang == "fr":
        return qc_patient(site)
    r = R.random()
    if r < 0.4:
        return qc_patient(site or pick([s for s in SITES if s["short"] == "WIMH"]))
    if r < 0.75:
        return on_patient(site)
    return plain_patient("en", site)


def female_pt(lang, min_age=18, max_age=200):
    def ok(p):
        a = age_on(p.dob, CUR[0].date())
        return p.sex == "F" and min_age <= a <= max_age
    for _ in range(12):
        p = pt_for(lang)
        if ok(p):
            return p
    p = plain_patient(lang, dob=rand_dob(1975, 2003))
    while not ok(p):
        p = plain_patient(lang, dob=rand_dob(1975, 2003))
    return p


def natural_ids(p, lang, base=("name",), extra_p=0.5):
    """Choose which identifiers to show for a patient."""
    f = list(base)
    if p.nam and chance(0.6):
        f.append("nam")
    if p.ohn and chance(0.55):
        f.append("ohn")
    if chance(0.6):
        f.append("mrn")
    if chance(extra_p):
        f.append("dob")
    return f


# ---------------------------------------------------------------------------
# POSITIVE templates (part 1)
# ---------------------------------------------------------------------------

def p_critical_value(lang):
    p = pt_for(lang)
    tech = staff(lang, "tech", p.site)
    charge = staff(lang, "charge", p.site)
    an_en, an_fr, val, unit, code = pick(CRIT)
    ids, ty = ident(p, lang, natural_ids(p, lang))
    ty.add("lab_result")
    nurse = pick(STAFF_FR if lang == "fr" else STAFF_EN)
    t = "%02d:%02d" % (R.randrange(24), R.randrange(60))
    ctx = ""
    if chance(0.5):
        c = pick(CONTEXT_DX)
        ctx = L(lang, "Note: %s, currently on %s." % (c[0], c[2]), "Note : %s, actuellement sous %s." % (c[1], c[3]))
        ty.add("diagnosis", "medication")
    if lang == "en":
        body = "%s\n\nFYI for the critical log - phoned at %s to %s (%s), read-back done.\n\n%s\n%s: %s %s  ** CRITICAL **\n%s\n\n%s\n\n%s" % (
            greet(lang, charge.given), t, "%s %s" % (nurse[0], nurse[1][0] + "."), unit_name(lang), ids, an_en, val, unit, ctx,
            pick(["Specimen re-run, no clots, HIL indices OK.", "Repeat on 2nd analyzer gave the same value.", "Sample not hemolysed.", ""]),
            signature(tech, lang))
        subj = pick(["Critical value called - %s %s" % (code, val), "CRIT %s - %s" % (code, p.sur.upper()), "critical called to %s" % unit_name(lang),
                     "Critical result documentation"])
    else:
        body = "%s\n\nPour le registre des valeurs critiques : appelé à %s à %s (%s), relecture faite.\n\n%s\n%s : %s %s  ** VALEUR CRITIQUE **\n%s\n\n%s\n\n%s" % (
            greet(lang, charge.given), t, "%s %s" % (nurse[0], nurse[1][0] + "."), unit_name(lang), ids, an_fr, dec(val, lang), unit, ctx,
            pick(["Échantillon repassé, pas de caillot, indices HIL ok.", "Confirmé sur le 2e analyseur.", "Non hémolysé.", ""]),
            signature(tech, lang))
        subj = pick(["Valeur critique appelée - %s %s" % (code, dec(val, lang)), "VC %s - %s" % (code, p.sur.upper()), "valeur critique %s" % unit_name(lang),
                     "Documentation valeur critique"])
    return mkspec(lang, tech, [charge], subj, body), ty, "critical value phoned for identified patient"


def p_transfusion_reaction(lang):
    p = pt_for(lang)
    tso = staff(lang, "tso", p.site)
    bbdir = staff(lang, "bbdir", p.site)
    f = ["name", "mrn"] + (["nam"] if p.nam and chance(0.5) else []) + (["dob"] if chance(0.6) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("lab_result", "diagnosis")
    grp = pick(["O Rh(D) neg", "A pos", "B neg", "AB pos", "O pos"])
    rx = pick([("febrile non-haemolytic reaction", "réaction fébrile non hémolytique"), ("suspected TACO", "surcharge volémique (TACO) soupçonnée"),
               ("urticarial reaction", "réaction urticarienne"), ("possible TRALI", "TRALI possible"),
               ("delayed haemolytic reaction, new anti-Jk(a)", "réaction hémolytique retardée, nouvel anti-Jk(a)")])
    unit_no = "W%04d %02d %06d" % (R.randrange(1000, 9999), R.randrange(23, 25), R.randrange(999999))
    med = chance(0.5)
    if med:
        ty.add("medication")
    if lang == "en":
        body = ("%s\n\nTransfusion reaction investigation - please review and sign.\n\n%s\nABO/Rh: %s\n\n"
                "Product: RBC unit %s, started %s, stopped after ~%d mL.\nSymptoms: T 38.%d C, rigors, BP %d/%d.\n"
                "Post-transfusion workup: DAT %s, clerical check OK, repeat ABO concordant, bilirubin %d umol/L, LDH %d U/L.\n"
                "Provisional classification: %s.\n%s\n\n%s") % (
            greet(lang, drname(bbdir, lang)), ids, grp, unit_no, "%02d:%02d" % (R.randrange(24), R.randrange(60)), R.randrange(40, 200),
            R.randrange(1, 9), R.randrange(85, 150), R.randrange(45, 90), pick(["negative", "positive (IgG 1+)", "weakly positive"]),
            R.randrange(9, 60), R.randrange(180, 600), rx[0],
            "Premedication for future transfusions: acetaminophen 650 mg + diphenhydramine 25 mg." if med else "", signature(tso, lang))
        subj = pick(["Transfusion reaction - %s" % p.sur, "TR investigation #%d-%03d" % (R.randrange(24, 26), R.randrange(999)), "Reaction report for review"])
    else:
        body = ("%s\n\nEnquête de réaction transfusionnelle, à réviser et signer svp.\n\n%s\nGroupe : %s\n\n"
                "Produit : CGR %s, débuté à %s, arrêté après ~%d mL.\nSymptômes : T 38,%d °C, frissons, TA %d/%d.\n"
                "Bilan post : TDA %s, vérif. administrative OK, groupe refait concordant, bilirubine %d µmol/L, LDH %d U/L.\n"
                "Classification provisoire : %s.\n%s\n\n%s") % (
            greet(lang, drname(bbdir, lang)), ids, grp.replace("neg", "nég."), unit_no, "%02dh%02d" % (R.randrange(24), R.randrange(60)),
            R.randrange(40, 200), R.randrange(1, 9), R.randrange(85, 150), R.randrange(45, 90), pick(["négatif", "positif (IgG 1+)", "faiblement positif"]),
            R.randrange(9, 60), R.randrange(180, 600), rx[1],
            "Prémédication pour les prochaines transfusions : acétaminophène 650 mg + diphenhydramine 25 mg." if med else "", signature(tso, lang))
        subj = pick(["Réaction transfusionnelle - %s" % p.sur, "Enquête RT %d-%03d" % (R.randrange(24, 26), R.randrange(999)), "Rapport de réaction à réviser"])
    atts = []
    if chance(0.35):
        atts.append(att_pdf(L(lang, "TR_investigation_%s.pdf", "enquete_RT_%s.pdf") % strip_accents(p.sur), L(lang, "Transfusion reaction investigation", "Enquête de réaction transfusionnelle"),
                            [("h", L(lang, "Patient", "Patient")), *ids.split("\n"), ("h", L(lang, "Classification", "Classification")), L(lang, rx[0], rx[1])]))
    return mkspec(lang, tso, [bbdir], subj, body, atts=atts), ty, "transfusion reaction workup with patient identity"


def p_antibody_workup(lang):
    p = pt_for(lang)
    tech = staff(lang, "tech", p.site)
    other = Person(given="", sur="", email="banque.sang@%s" % REFLAB["dom"]) if chance(0.5) else staff(lang, "charge", p.site)
    abs_ = sorted(R.sample(ANTIBODIES[:6], R.choice([1, 1, 2])))
    f = ["name"] + (["dob"] if chance(0.7) else []) + (["mrn"] if chance(0.6) else []) + (["nam"] if p.nam and chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout=pick(["inline", "lines"]))
    ty.add("lab_result")
    n_units = R.randrange(2, 5)
    surg = pick([("hip replacement", "PTH"), ("CABG", "pontage"), ("hysterectomy", "hystérectomie"), ("C-section", "césarienne")])
    ty.add("diagnosis")
    if lang == "en":
        body = ("%s\n\nWe have a patient with %s going for %s %s and need %d antigen-negative RBC units crossmatched.\n\n%s\n"
                "Antibody screen: POS, panel identifies %s. DAT neg. Previous history: %s.\n\n"
                "Can you confirm availability of %s-neg units? Sample drawn today, valid 72 h.\n\n%s\n%s") % (
            greet(lang), " + ".join(abs_), surg[0], pick(["tomorrow", "on Monday", "Thursday AM"]), n_units, ids, " and ".join(abs_),
            pick(["pregnancy x3", "transfused 2019 at another site", "none on file"]), "/".join(a.replace("anti-", "") for a in abs_),
            closing(lang), signature(tech, lang))
        subj = pick(["Antigen-neg units needed - %s" % " ".join(abs_), "Xmatch request %s" % p.sur, "antibody workup - urgent-ish"])
    else:
        body = ("%s\n\nNous avons un(e) patient(e) avec %s pour %s %s, besoin de %d CGR antigène-négatifs compatibilisés.\n\n%s\n"
                "RAI : POSITIF, panel identifie %s. TDA nég. Antécédents : %s.\n\n"
                "Pouvez-vous confirmer la disponibilité d'unités %s-nég ? Prélèvement fait aujourd'hui, valide 72 h.\n\n%s\n%s") % (
            greet(lang), " + ".join(abs_), surg[1], pick(["demain", "lundi", "jeudi AM"]), n_units, ids, " et ".join(abs_),
            pick(["grossesses x3", "transfusé(e) en 2019 ailleurs", "aucun au dossier"]), "/".join(a.replace("anti-", "") for a in abs_),
            closing(lang), signature(tech, lang))
        subj = pick(["Besoin d'unités Ag-nég - %s" % " ".join(abs_), "Demande compatibilité %s" % p.sur, "RAI positive - demande"])
    return mkspec(lang, tech, [other], subj, body), ty, "antibody identification and crossmatch request naming patient"


def p_blood_culture_call(lang):
    p = pt_for(lang)
    micro = staff(lang, "micro", p.site)
    tech = staff(lang, "tech", p.site)
    org = pick(ORGS)
    f = natural_ids(p, lang, extra_p=0.4)
    ids, ty = ident(p, lang, f, layout=pick(["inline", "lines", "slash"]))
    ty.add("lab_result")
    room = "%d%s-%d" % (R.randrange(2, 9), pick("ABCDE"), R.randrange(1, 30))
    hours = R.randrange(9, 40)
    abx = chance(0.5)
    if abx:
        ty.add("medication")
    if lang == "en":
        body = ("%s\n\nPositive blood culture, %d/%d bottles, TTP %d h.\n%s - room %s\nGram: %s\nRapid ID: %s\n%s\n"
                "Called to %s at %02d:%02d.\n\n%s") % (
            greet(lang, micro.given), R.randrange(1, 3), 4, hours, ids, room, org[2], org[0],
            ("Currently on %s - may need adjusting." % pick(["cefazolin", "ceftriaxone", "pip-tazo", "vancomycin"])) if abx else "",
            pick(["the resident on call", "the ward nurse", "Dr. on call for IM"]), R.randrange(24), R.randrange(60), signature(tech, lang))
        subj = pick(["Pos BC - %s" % p.sur, "Blood culture positive, rm %s" % room, "BC+ %s" % org[0].split(" ")[0]])
    else:
        body = ("%s\n\nHémoculture positive, %d/4 bouteilles, délai %d h.\n%s - ch. %s\nGram : %s\nID rapide : %s\n%s\n"
                "Appelé à %s à %02dh%02d.\n\n%s") % (
            greet(lang, micro.given), R.randrange(1, 3), hours, ids, room, org[3], org[1],
            ("Actuellement sous %s, à ajuster?" % pick(["céfazoline", "ceftriaxone", "pipéracilline-tazobactam", "vancomycine"])) if abx else "",
            pick(["résident de garde", "l'infirmière de l'unité", "l'interniste de garde"]), R.randrange(24), R.randrange(60), signature(tech, lang))
        subj = pick(["Hémoc + %s" % p.sur, "Hémoculture positive ch. %s" % room, "HC+ %s" % org[1].split(" ")[0]])
    return mkspec(lang, tech, [micro], subj, body), ty, "positive blood culture for identified inpatient"


def p_ipc_isolation_list(lang):
    site = pick([s for s in SITES if s["lang"] == lang] + [SITES[5]])
    micro = staff(lang, "micro", site)
    ipc = Person(given="", sur="", email=L(lang, "infection.control@%s", "prevention.infections@%s") % site["dom"])
    n = R.randrange(3, 7)
    pts = [pt_for(lang, site=site) for _ in range(n)]
    ty = Types().add("patient_name", "lab_result", "mrn")
    orgsel = [("MRSA", "SARM"), ("VRE", "ERV"), ("CPE (KPC)", "EPC (KPC)"), ("C. difficile toxin +", "C. difficile toxine +")]
    rows = [[L(lang, "Name", "Nom"), L(lang, "MRN", "Dossier"), L(lang, "Unit", "Unité"), L(lang, "Organism", "Micro-organisme"), L(lang, "Specimen", "Prélèvement")]]
    for q in pts:
        o = pick(orgsel)
        rows.append(["%s, %s" % (q.sur.upper(), q.given), q.mrn, unit_name(lang), L(lang, o[0], o[1]),
                     L(lang, pick(["nares swab", "rectal swab", "stool", "urine"]), pick(["écouvillon nasal", "écouvillon rectal", "selles", "urine"]))])
    if chance(0.5):
        table = "\n".join(" | ".join(r) for r in rows)
        atts = []
    else:
        table = L(lang, "See attached list.", "Voir la liste en pièce jointe.")
        atts = [pick([att_xlsx(L(lang, "new_isolations_%s.xlsx", "nouveaux_isolements_%s.xlsx") % site["short"], [("Liste", rows)]),
                      att_csv(L(lang, "isolation_list.csv", "liste_isolement.csv"), rows, pick([",", ";"]))])]
    body = L(lang, "%s\n\nNew AROs from the last 24 h for isolation follow-up:\n\n%s\n\n%s",
             "%s\n\nNouveaux BMR des dernières 24 h pour suivi des isolements :\n\n%s\n\n%s") % (greet(lang), table, signature(micro, lang))
    subj = L(lang, ["New ARO positives %s", "IPAC - isolation list %s", "ARO daily list"], ["Nouveaux BMR %s", "PCI - liste isolement %s", "Liste BMR quotidienne"])
    if "%s" in subj:
        subj = subj % site["short"]
    return mkspec(lang, micro, [ipc], subj, body, atts=atts), ty, "list of named patients with resistant organisms"


def p_genetic_referral(lang):
    p = pt_for(lang)
    doc = ext_doc(lang)
    gc = staff(lang, "gc", p.site)
    gc.email = "%s.%s@%s" % (strip_accents(gc.given.lower()), strip_accents(gc.sur.lower()), GENPROG["dom"])
    gene = pick(GENE)
    f = ["name", "dob"] + (["nam"] if p.nam and chance(0.6) else []) + (["ohn"] if p.ohn and chance(0.6) else []) + (["phone"] if chance(0.6) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("diagnosis")
    rel = L(lang, pick(["mother", "sister", "maternal aunt", "father"]), pick(["mère", "soeur", "tante maternelle", "père"]))
    social = chance(0.35)
    if social:
        ty.add("social_information")
    if lang == "en":
        body = ("%s\n\nI'd like to refer the patient below for genetic counselling and testing.\n\n%s\n\n"
                "Reason: family history of %s - %s diagnosed at %d; familial variant reported as %s.\n"
                "%s\n\nPatient is aware and agrees to be contacted.\n\n%s\n%s, MD\n%s") % (
            greet(lang, gc.given), ids, gene[2], rel, R.randrange(34, 61), gene[0],
            "Adopted - no information on paternal side; patient lives in a group home, please call the support worker first." if social else "",
            closing(lang), drname(doc, lang).replace("Dr. ", "").replace("Dr ", ""), doc.site["name"])
        subj = pick(["Genetics referral - %s" % p.sur, "Referral: %s family hx" % gene[2], "New referral (hereditary cancer clinic)"])
    else:
        body = ("%s\n\nJe vous réfère la personne suivante pour conseil génétique et test.\n\n%s\n\n"
                "Motif : histoire familiale de %s - %s atteinte à %d ans; variant familial rapporté : %s.\n"
                "%s\n\nLa patiente/le patient est au courant et accepte d'être contacté(e).\n\n%s\n%s\n%s") % (
            greet(lang, gc.given), ids, gene[3], rel, R.randrange(34, 61), gene[1],
            "Adopté(e) - aucune info côté paternel; vit en ressource intermédiaire, appeler l'intervenante d'abord." if social else "",
            closing(lang), drname(doc, lang), doc.site["name"])
        subj = pick(["Référence génétique - %s" % p.sur, "Référence : histoire familiale %s" % gene[3], "Nouvelle référence clinique de génétique"])
    return mkspec(lang, doc, [gc], subj, body), ty, "genetics referral with family history and identifiers"


def p_genetic_result_letter(lang):
    p = pt_for(lang)
    gc = staff(lang, "gc", p.site)
    gen = staff(lang, "geneticist", p.site)
    doc = ext_doc(lang)
    gene = pick(GENE)
    f = ["name", "dob"] + (["nam"] if p.nam and chance(0.7) else []) + (["ohn"] if p.ohn and chance(0.7) else []) + (["mrn"] if chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("lab_result", "diagnosis")
    title = L(lang, "Molecular Genetics Report", "Rapport de génétique moléculaire")
    lines = [("b", GENPROG["name_en"] if lang == "en" else GENPROG["name_fr"]), ""] + ids.split("\n") + [
        "", ("h", L(lang, "Result", "Résultat")), L(lang, gene[0], gene[1]),
        ("h", L(lang, "Interpretation", "Interprétation")),
        L(lang, "This result confirms a diagnosis of %s in this individual. Cascade testing of at-risk relatives is recommended." % gene[2],
          "Ce résultat confirme le diagnostic de %s chez cette personne. Le dépistage en cascade des apparentés est recommandé." % gene[3]),
        ("s", L(lang, "Electronically signed by %s, %s" % (sname(gen, lang, True), gen.title), "Signé électroniquement par %s, %s" % (sname(gen, lang, True), gen.title)))]
    fn = pick(["%s_%s_rapport.pdf" % (strip_accents(p.sur), strip_accents(p.given)), "GEN-%d-%05d.pdf" % (R.randrange(24, 26), R.randrange(99999)),
               "result_%s.pdf" % strip_accents(p.sur).lower()])
    if lang == "en":
        fn = fn.replace("rapport", "report")
    if chance(0.7):
        a = att_pdf(fn, title, lines, author=sname(gen, lang, True))
    else:
        a = att_docx(fn.replace(".pdf", ".docx"), title, [("p", x if isinstance(x, str) else x[1]) for x in lines])
    if lang == "en":
        body = "%s\n\nPlease find attached the molecular genetics report for your patient. %s\n\n%s\n%s" % (
            greet(lang, drname(doc, lang)), pick(["The results were disclosed to the patient by phone on " + fmt_date(ago(1, 10), lang, 2) + ".",
                                                  "A follow-up appointment will be scheduled.", ""]), closing(lang), signature(gc, lang))
        subj = pick(["Genetics report", "Molecular report - your patient", "Results letter (confidential)"])
    else:
        body = "%s\n\nVeuillez trouver ci-joint le rapport de génétique moléculaire de votre patient(e). %s\n\n%s\n%s" % (
            greet(lang, drname(doc, lang)), pick(["Les résultats ont été divulgués par téléphone.", "Un suivi sera planifié en clinique.", ""]),
            closing(lang), signature(gc, lang))
        subj = pick(["Rapport de génétique", "Rapport moléculaire - votre patient(e)", "Lettre de résultats (confidentiel)"])
    if fn.lower().startswith(strip_accents(p.sur).lower()[:4]) or strip_accents(p.sur).lower() in fn.lower():
        ty.add("patient_name")
    return mkspec(lang, gc, [doc], subj, body, atts=[a]), ty, "genetic result only in attachment"


def p_pathology_report(lang):
    p = pt_for(lang)
    path = staff(lang, "path", p.site)
    doc = ext_doc(lang)
    dx = pick(PATH)
    f = natural_ids(p, lang, extra_p=0.5)
    ids, ty = ident(p, lang, f, layout=pick(["lines", "caps"]))
    ty.add("diagnosis", "lab_result")
    acc = "%s%d-%05d" % (pick(["S", "P", "CH"]), R.randrange(24, 26), R.randrange(99999))
    if lang == "en":
        body = ("%s\n\nAs discussed by phone, final diagnosis for the case below (%s).\n\n%s\n\nSpecimen: %s\nDIAGNOSIS: %s\n\n"
                "Synoptic report to follow in the EMR. Tumour board on %s.\n\n%s") % (
            greet(lang, drname(doc, lang)), acc, ids, dx[2], dx[0].upper() if chance(0.5) else dx[0],
            fmt_day(soon(3, 14), lang), signature(path, lang))
        subj = pick(["Path result %s" % acc, "Final dx - %s" % p.sur, "Pathology: %s" % dx[2]])
    else:
        body = ("%s\n\nTel que discuté au téléphone, voici le diagnostic final (%s).\n\n%s\n\nSpécimen : %s\nDIAGNOSTIC : %s\n\n"
                "Le rapport synoptique suivra au DCI. Comité des tumeurs %s.\n\n%s") % (
            greet(lang, drname(doc, lang)), acc, ids, dx[3], dx[1].upper() if chance(0.5) else dx[1],
            fmt_day(soon(3, 14), lang), signature(path, lang))
        subj = pick(["Résultat patho %s" % acc, "Dx final - %s" % p.sur, "Pathologie : %s" % dx[3]])
    return mkspec(lang, path, [doc], subj, body), ty, "pathology diagnosis for named patient"


def p_amended_report(lang):
    p = pt_for(lang)
    bio = staff(lang, pick(["biochem", "haem", "path"]), p.site)
    doc = ext_doc(lang)
    f = natural_ids(p, lang, extra_p=0.6)
    ids, ty = ident(p, lang, f, layout=pick(["lines", "inline"]))
    ty.add("lab_result")
    test = pick([("TSH", "TSH", "0.02 mU/L", "4.80 mU/L"), ("Creatinine", "Créatinine", "88 umol/L", "412 umol/L"),
                 ("Ferritin", "Ferritine", "210 ug/L", "6 ug/L"), ("PSA", "APS", "1.2 ug/L", "14.6 ug/L"),
                 ("HbA1c", "HbA1c", "5.9 %", "9.8 %"), ("Vitamin B12", "Vitamine B12", "340 pmol/L", "92 pmol/L")])
    if lang == "en":
        body = ("%s\n\nPlease note a CORRECTED REPORT was issued for:\n%s\n\n%s: previously reported %s, corrected value %s.\n"
                "Cause: %s. An incident report was filed. Please disregard the original result.\n\n%s") % (
            greet(lang, drname(doc, lang)), ids, test[0], test[2], test[3],
            pick(["sample mix-up at the collection centre", "transcription error on manual entry", "calibration issue identified on analyzer 2"]),
            signature(bio, lang))
        subj = pick(["Corrected report - %s" % test[0], "AMENDED RESULT: %s" % p.sur, "Important: corrected lab result"])
    else:
        body = ("%s\n\nVeuillez noter qu'un RAPPORT CORRIGÉ a été émis pour :\n%s\n\n%s : valeur émise %s, valeur corrigée %s.\n"
                "Cause : %s. Un rapport d'incident (AH-223) a été complété. Ne pas tenir compte du résultat initial.\n\n%s") % (
            greet(lang, drname(doc, lang)), ids, test[1], dec(test[2], lang), dec(test[3], lang),
            pick(["inversion d'échantillons au centre de prélèvement", "erreur de transcription en saisie manuelle", "problème de calibration sur l'analyseur 2"]),
            signature(bio, lang))
        subj = pick(["Rapport corrigé - %s" % test[1], "RÉSULTAT MODIFIÉ : %s" % p.sur, "Important : résultat corrigé"])
    return mkspec(lang, bio, [doc], subj, body), ty, "corrected result for identified patient"


def p_specimen_recollect(lang):
    p = pt_for(lang)
    clerk = staff(lang, "clerk", p.site)
    tech = staff(lang, "tech", p.site)
    f = ["name", "phone"] + (["dob"] if chance(0.5) else []) + (["nam"] if p.nam and chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout=pick(["lines", "inline"]))
    reason = pick([("haemolysed", "hémolysé"), ("clotted EDTA tube", "tube EDTA coagulé"), ("unlabelled tube", "tube non identifié"),
                   ("insufficient volume for coag", "volume insuffisant pour coag")])
    test = pick([("INR (patient on warfarin)", "RNI (patient sous warfarine)", True), ("potassium", "potassium", False),
                 ("lithium level", "lithémie", True), ("CBC + ferritin", "FSC + ferritine", False), ("tacrolimus level (kidney transplant)", "taux de tacrolimus (greffe rénale)", True)])
    if test[2]:
        ty.add("medication")
        if "transplant" in test[0]:
            ty.add("diagnosis")
    if len(ty) < 2:
        ty.add("lab_result")
    if lang == "en":
        body = ("%s\n\nCould you call this outpatient to come back for a recollection? Specimen rejected: %s.\nTest: %s\n\n%s\n\n"
                "Patient said mornings are best.\n\n%s\n%s") % (greet(lang, clerk.given), reason[0], test[0], ids, closing(lang), signature(tech, lang))
        subj = pick(["Recollect needed", "Rejected specimen - please call pt", "recollection %s" % p.sur])
    else:
        body = ("%s\n\nPeux-tu appeler ce patient externe pour un nouveau prélèvement? Échantillon rejeté : %s.\nAnalyse : %s\n\n%s\n\n"
                "Préfère être rejoint le matin.\n\n%s\n%s") % (greet(lang, clerk.given), reason[1], test[1], ids, closing(lang), signature(tech, lang))
        subj = pick(["Reprélèvement à faire", "Échantillon rejeté - appeler le patient", "reprélèvement %s" % p.sur])
    return mkspec(lang, tech, [clerk], subj, body), ty, "recollection request with patient phone and test context"


def p_home_collection(lang):
    p = pt_for(lang)
    coord = staff(lang, "courier", p.site)
    clerk = staff(lang, "clerk", p.site)
    f = ["name", "addr", "phone"] + (["nam"] if p.nam and chance(0.5) else []) + (["ohn"] if p.ohn and chance(0.5) else []) + (["dob"] if chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("medication")
    soc = chance(0.6)
    if soc:
        ty.add("social_information")
    d = soon(1, 7)
    if lang == "en":
        body = ("%s\n\nPlease add to the home-collection route for %s:\n\n%s\nTests: INR (warfarin 5 mg, target 2-3), %s\n"
                "%s\n\n%s\n%s") % (
            greet(lang, coord.given), fmt_day(d, lang), ids, pick(["CBC", "creatinine", "none"]),
            pick(["Lives alone, hard of hearing - knock loudly; key with neighbour in apt 2.", "Wheelchair user, daughter present mornings only.",
                  "Refugee claimant, speaks Spanish only - interpreter line needed."]) if soc else "",
            closing(lang), signature(clerk, lang))
        subj = pick(["Home collection - add to route", "Home visit bloodwork %s" % fmt_day(d, lang), "Homebound pt INR"])
    else:
        body = ("%s\n\nSVP ajouter à la tournée de prélèvements à domicile du %s :\n\n%s\nAnalyses : RNI (warfarine 5 mg, cible 2-3), %s\n"
                "%s\n\n%s\n%s") % (
            greet(lang, coord.given), fmt_day(d, lang), ids, pick(["FSC", "créatinine", "rien d'autre"]),
            pick(["Vit seule, malentendante, frapper fort; clé chez la voisine au 2.", "En fauteuil roulant, sa fille est présente le matin seulement.",
                  "Demandeur d'asile, parle espagnol seulement - ligne d'interprète nécessaire."]) if soc else "",
            closing(lang), signature(clerk, lang))
        subj = pick(["Prélèvement à domicile - ajout à la tournée", "PAD %s" % fmt_day(d, lang), "Prélèvement à domicile RNI"])
    if chance(0.3):
        st = dt.datetime(d.year, d.month, d.day, R.randrange(8, 12), pick([0, 15, 30, 45]))
        return mkspec(lang, clerk, [coord], subj, body,
                      atts=[att_ics("prelevement.ics" if lang == "fr" else "home_collection.ics", "uid-%d@%s" % (R.randrange(10**6), clerk.site["dom"]),
                                    L(lang, "Home collection - %s %s", "Prélèvement domicile - %s %s") % (p.given, p.sur), st, 30,
                                    description=L(lang, "INR, warfarin. Tel %s", "RNI, warfarine. Tél %s") % p.phone, location=p.addr)]), ty, \
            "home collection booking with address, phone and anticoagulant"
    return mkspec(lang, clerk, [coord], subj, body), ty, "home collection booking with address, phone and anticoagulant"


def p_sendout_manifest(lang):
    site = pick([s for s in SITES if s["lang"] == lang] + [SITES[5]])
    clerk = staff(lang, "clerk", site)
    ref = Person(given="", sur="", email="reception@%s" % REFLAB["dom"])
    n = R.randrange(4, 9)
    tests = [("Anti-NMDA receptor Ab (CSF)", "Ac anti-récepteur NMDA (LCR)"), ("Vitamin A", "Vitamine A"), ("Anti-MOG", "Anti-MOG"),
             ("Porphyrins, urine", "Porphyrines urinaires"), ("JAK2 V617F", "JAK2 V617F"), ("Methylmalonic acid", "Acide méthylmalonique"),
             ("Tacrolimus", "Tacrolimus"), ("HLA-B*27", "HLA-B*27"), ("Anti-GAD65", "Anti-GAD65")]
    hdr = [L(lang, "Surname", "Nom"), L(lang, "Given", "Prénom"), L(lang, "DOB", "DDN"), "NAM/HIN", L(lang, "Test", "Analyse"), L(lang, "Sample ID", "No échantillon")]
    rows = [hdr]
    ty = Types().add("patient_name", "date_of_birth", "ramq_nam")
    for _ in range(n):
        q = qc_patient(site)
        t = pick(tests)
        rows.append([q.sur, q.given, q.dob.isoformat(), q.nam, L(lang, t[0], t[1]), "%s%d%06d" % (site["short"][:2], R.randrange(24, 26), R.randrange(999999))])
    if chance(0.5):
        a = att_xlsx(L(lang, "sendouts_%s.xlsx", "envois_%s.xlsx") % site["short"], [(L(lang, "Manifest", "Bordereau"), rows)], author=sname(clerk, lang, False))
    else:
        a = att_csv(L(lang, "sendout_manifest.csv", "bordereau_envoi.csv"), rows, pick([",", ";"]))
    body = L(lang, "%s\n\nToday's send-out manifest attached (%d specimens, shipped frozen on dry ice). Courier pick-up at 14:30.\n\n%s\n%s",
             "%s\n\nBordereau d'envoi du jour en pièce jointe (%d échantillons, congelés sur glace sèche). Cueillette du transporteur à 14 h 30.\n\n%s\n%s") % (
        greet(lang), n, closing(lang), signature(clerk, lang))
    subj = L(lang, ["Send-out manifest %s", "Referred tests - manifest %s"], ["Bordereau d'envoi %s", "Analyses référées - bordereau %s"]) % site["short"]
    return mkspec(lang, clerk, [ref], subj, body, atts=[a]), ty, "send-out manifest listing patients, NAM and tests"


# ---------------------------------------------------------------------------
# POSITIVE templates (part 2)
# ---------------------------------------------------------------------------

def p_ohip_billing(lang):
    site = pick([s for s in SITES if s["short"] in ("CHUSA", "HRAS", "WIMH")])
    p = on_patient(site=site, dob=rand_dob(1940, 2004))
    clerk = staff(lang, "clerk", site)
    billing = Person(given="", sur="", email=L(lang, "billing@%s", "facturation@%s") % site["dom"])
    f = ["name", "ohn", "dob"] + (["addr"] if chance(0.5) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    tests = pick([("HIV viral load, CD4 count", "charge virale VIH, décompte CD4", "diagnosis"),
                  ("CBC, ferritin, tissue transglutaminase IgA (positive 86 U/mL)", "FSC, ferritine, anti-transglutaminase IgA (positif 86 U/mL)", "lab_result"),
                  ("hCG quantitative (1,842 IU/L), Rh type", "hCG quantitative (1 842 UI/L), groupe Rh", "lab_result"),
                  ("INR x4 (dabigatran reversal work-up)", "RNI x4 (bilan réversion dabigatran)", "medication")])
    ty.add(tests[2])
    if lang == "en":
        body = ("%s\n\nOut-of-province patient seen in our ED %s; Ontario health card below. Can you process the reciprocal billing for the lab portion?\n\n"
                "%s\n\nTests: %s\n\n%s\n%s") % (greet(lang), fmt_date(ago(2, 40), lang, 2), ids, tests[0], closing(lang), signature(clerk, lang))
        subj = pick(["Out-of-province billing - lab", "OHIP reciprocal claim", "Billing query - ON health card"])
    else:
        body = ("%s\n\nPatient(e) hors province vu(e) à l'urgence le %s; carte santé de l'Ontario ci-dessous. Peux-tu faire la facturation réciproque pour la partie labo?\n\n"
                "%s\n\nAnalyses : %s\n\n%s\n%s") % (greet(lang), fmt_date(ago(2, 40), lang, 2), ids, tests[1], closing(lang), signature(clerk, lang))
        subj = pick(["Facturation hors province - labo", "Réclamation réciproque OHIP", "Question facturation - carte santé ON"])
    return mkspec(lang, clerk, [billing], subj, body), ty, "Ontario health number with tests for billing"


def p_be_genetics(lang):
    p = be_patient()
    gc = staff(lang, "gc")
    sender = Person(given=pick(["Anne-Sophie", "Bart", "Céline"]), sur=pick(["Vandamme", "Dumont", "Hermans"]), sex="F",
                    email="genetique@%s" % BE_SITE["dom"], doc=True)
    gene = pick(GENE)
    f = ["name", "niss", "dob"] + (["addr"] if chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout=pick(["lines", "caps"]))
    ty.add("diagnosis", "lab_result")
    if lang == "fr":
        body = ("Chère collègue,\n\nDans le cadre du dépistage familial, nous vous adressons l'échantillon de la personne suivante, domiciliée actuellement au Québec :\n\n%s\n\n"
                "Variant familial : %s (cas index : sa %s). Pourriez-vous effectuer la recherche ciblée ?\n\nBien confraternellement,\n\nDr %s %s\nCentre de génétique humaine, %s") % (
            ids, gene[1], pick(["soeur", "mère", "cousine"]), sender.given, sender.sur, BE_SITE["name"])
        subj = pick(["Dépistage familial - %s" % p.sur, "Envoi échantillon - test ciblé", "Demande de test ciblé %s" % gene[1].split(" ")[0]])
    else:
        body = ("Dear colleague,\n\nFor family cascade testing, please find the details of the following person, now living in Quebec:\n\n%s\n\n"
                "Familial variant: %s (index case: %s). Could you perform targeted testing?\n\nKind regards,\n\nDr %s %s\nCentre for Human Genetics, %s") % (
            ids, gene[0], pick(["sister", "mother", "cousin"]), sender.given, sender.sur, BE_SITE["name"])
        subj = pick(["Cascade testing - %s" % p.sur, "Sample referral - targeted variant", "Targeted test request"])
    s = mkspec(lang, (("Dr %s %s" % (sender.given, sender.sur)), sender.email), [gc], subj, body, date=msg_datetime("eu"))
    return s, ty, "Belgian NISS with familial variant"


def p_fr_cytogenetics(lang):
    p = fr_patient()
    tech = staff(lang, "tech")
    sender = ("Laboratoire de cytogénétique", "cytogenetique@%s" % FR_SITE["dom"])
    res = pick([("47,XY,+21", "trisomy 21", "trisomie 21"), ("46,XX,t(9;22)(q34;q11.2) [18]/46,XX[2]", "CML with Philadelphia chromosome", "LMC avec chromosome de Philadelphie"),
                ("45,X", "Turner syndrome", "syndrome de Turner"), ("46,XY,del(5)(q31q33)", "MDS with isolated del(5q)", "SMD avec del(5q) isolée")])
    f = ["name", "nir", "dob"]
    ids, ty = ident(p, lang, f, layout=pick(["lines", "slash", "caps"]))
    ty.add("lab_result", "diagnosis")
    if lang == "fr":
        body = ("Bonjour,\n\nSuite à votre demande de transfert de dossier (patient(e) ayant déménagé au Québec), voici le résultat du caryotype :\n\n%s\n\n"
                "Formule : %s\nConclusion : %s.\n\nLe compte rendu signé est joint.\n\nCordialement,\nSecrétariat de cytogénétique\n%s") % (ids, res[0], res[2], FR_SITE["name"])
        subj = pick(["Transfert de résultat - caryotype", "Compte rendu cytogénétique %s" % p.sur, "Caryotype - demande de transfert"])
    else:
        body = ("Hello,\n\nFurther to your request for records (patient moved to Quebec), please find the karyotype result below:\n\n%s\n\n"
                "Karyotype: %s\nConclusion: %s.\n\nSigned report attached.\n\nRegards,\nCytogenetics secretariat\n%s") % (ids, res[0], res[1], FR_SITE["name"])
        subj = pick(["Records transfer - karyotype", "Cytogenetics report %s" % p.sur])
    a = att_pdf("CR_cytogenetique_%s.pdf" % strip_accents(p.sur).upper(), "Compte rendu de cytogénétique",
                [L(lang, "Patient", "Patient(e)") + " : %s %s" % (p.sur.upper(), p.given), "NIR : %s" % fmt_nir(p.nir, 1),
                 L(lang, "DOB", "Né(e) le") + " : %s" % p.dob.strftime("%d/%m/%Y"), ("h", L(lang, "Result", "Résultat")), res[0], L(lang, res[1], res[2])])
    s = mkspec(lang, sender, [tech], subj, body, date=msg_datetime("eu"), atts=[a] if chance(0.6) else [])
    return s, ty, "French NIR with karyotype result"


def p_sin_form(lang):
    p = pt_for(lang)
    p["sin"] = gen_sin()
    clerk = staff(lang, "clerk", p.site)
    sw = staff(lang, "clerk", p.site)
    sw.email = "service.social@%s" % p.site["dom"]
    f = ["name", "sin", "dob"] + (["nam"] if p.nam and chance(0.5) else []) + (["addr"] if chance(0.5) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("diagnosis", "social_information")
    dx = pick([("multiple myeloma", "myélome multiple"), ("chronic lymphocytic leukemia", "leucémie lymphoïde chronique"),
               ("end-stage renal disease on dialysis", "insuffisance rénale terminale dialysée"), ("metastatic colon cancer", "cancer du côlon métastatique")])
    if lang == "en":
        body = ("%s\n\nThe patient's disability insurance form came back to the lab with the lab section filled in by mistake - "
                "it also lists the SIN. Forwarding the details so social work can redo it:\n\n%s\nDiagnosis on form: %s\n"
                "Employer: %s; off work since %s, applying for long-term disability.\n\n%s\n%s") % (
            greet(lang), ids, dx[0], pick(["Port Alder Transit", "a trucking company", "self-employed (renovations)"]),
            fmt_date(ago(20, 200), lang, 2), closing(lang), signature(clerk, lang))
        subj = pick(["Disability form - wrong dept", "LTD form for social work", "Insurance form received in lab"])
    else:
        body = ("%s\n\nLe formulaire d'assurance invalidité du patient est revenu au labo avec la section labo remplie par erreur; "
                "le NAS y figure aussi. Je vous transmets les infos pour que le service social puisse le refaire :\n\n%s\nDiagnostic inscrit : %s\n"
                "Employeur : %s; en arrêt de travail depuis le %s, demande d'invalidité longue durée.\n\n%s\n%s") % (
            greet(lang), ids, dx[1], pick(["Transport Saint-Léandre", "une compagnie de camionnage", "travailleur autonome (rénovation)"]),
            fmt_date(ago(20, 200), lang, 2), closing(lang), signature(clerk, lang))
        subj = pick(["Formulaire d'invalidité - mauvais service", "Formulaire assurance pour service social", "Formulaire assureur reçu au labo"])
    return mkspec(lang, clerk, [sw], subj, body), ty, "patient SIN with diagnosis and employment situation"


def p_mado_notification(lang):
    p = pt_for(lang)
    micro = staff(lang, "micro", p.site)
    dsp = Person(given="", sur="", email=L(lang, "reportable.diseases@publichealth-region.example", "mado@dsp-troisruisseaux.example"))
    dis = pick([("HIV-1 infection (confirmed, Western blot positive)", "infection VIH-1 (confirmée, immunobuvardage positif)"),
                ("Infectious syphilis, RPR 1:64, TPPA reactive", "syphilis infectieuse, RPR 1:64, TPPA réactif"),
                ("Acute hepatitis B, HBsAg +, anti-HBc IgM +", "hépatite B aiguë, AgHBs +, anti-HBc IgM +"),
                ("Pulmonary tuberculosis, smear AFB 2+, PCR MTB complex detected", "tuberculose pulmonaire, BAAR 2+, TAAN complexe MTB détecté"),
                ("Invasive meningococcal disease, serogroup B", "infection invasive à méningocoque, sérogroupe B")])
    f = ["name", "dob", "addr", "phone"] + (["nam"] if p.nam and chance(0.7) else []) + (["ohn"] if p.ohn and chance(0.7) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("lab_result", "diagnosis")
    soc = chance(0.4)
    if soc:
        ty.add("social_information")
    if lang == "en":
        body = ("Reportable disease notification (laboratory)\n\n%s\n\nResult: %s\nCollected: %s\nOrdering physician: %s\n%s\n\n%s") % (
            ids, dis[0], fmt_date(ago(1, 6), lang, 0), drname(ext_doc(lang), lang),
            pick(["Patient reports recent incarceration; contact tracing may be difficult.", "Patient is a sex worker per requisition notes.",
                  "Long-haul trucker, frequently out of province."]) if soc else "", signature(micro, lang))
        subj = pick(["Reportable disease - lab notification", "Notifiable result", "Public health notification (lab)"])
    else:
        body = ("Déclaration de maladie à déclaration obligatoire (MADO) - laboratoire\n\n%s\n\nRésultat : %s\nPrélevé le : %s\nMédecin prescripteur : %s\n%s\n\n%s") % (
            ids, dis[1], fmt_date(ago(1, 6), lang, 0), drname(ext_doc(lang), lang),
            pick(["Incarcération récente rapportée; recherche de contacts possiblement difficile.", "Travailleuse du sexe selon la requête.",
                  "Camionneur longue distance, souvent hors province."]) if soc else "", signature(micro, lang))
        subj = pick(["MADO - déclaration laboratoire", "Déclaration MADO", "Avis santé publique (labo)"])
    return mkspec(lang, micro, [dsp], subj, body), ty, "reportable infection with name, address and result"


def p_prenatal_screen(lang):
    p = female_pt(lang, 17, 46)
    gc = staff(lang, "gc", p.site)
    doc = ext_doc(lang)
    risk = pick(["1/45", "1/112", "1/28", "1/230"])
    cond = pick([("trisomy 21", "trisomie 21"), ("trisomy 18", "trisomie 18"), ("open neural tube defect (AFP 3.1 MoM)", "anomalie du tube neural (AFP 3,1 MoM)")])
    f = ["name"] + (["nam"] if p.nam and chance(0.5) else []) + (["phone"] if chance(0.6) else []) + (["dob"] if chance(0.5) else [])
    ids, ty = ident(p, lang, f, layout=pick(["lines", "inline"]))
    ty.add("lab_result")
    if lang == "en":
        body = ("%s\n\nScreen-positive prenatal result, %d+%d weeks:\n%s\nRisk for %s: %s (cut-off 1/300).\n"
                "I tried to reach her twice - left a message to call back. Could your office try as well? She may prefer to discuss NIPT vs amnio.\n\n%s") % (
            greet(lang, drname(doc, lang)), R.randrange(11, 20), R.randrange(7), ids, cond[0], risk, signature(gc, lang))
        subj = pick(["Screen positive - prenatal", "Prenatal screening result, please call", "High-risk PNS result"])
    else:
        body = ("%s\n\nRésultat de dépistage prénatal positif, %d+%d sem. :\n%s\nRisque de %s : %s (seuil 1/300).\n"
                "J'ai tenté de la joindre deux fois, message laissé. Votre bureau pourrait-il essayer aussi? Elle voudra sans doute discuter TGNI vs amniocentèse.\n\n%s") % (
            greet(lang, drname(doc, lang)), R.randrange(11, 20), R.randrange(7), ids, cond[1], risk, signature(gc, lang))
        subj = pick(["Dépistage prénatal positif", "Résultat dépistage prénatal - à rappeler", "DPN à risque élevé"])
    return mkspec(lang, gc, [doc], subj, body), ty, "screen-positive prenatal result for named pregnant patient"


def p_newborn_screen(lang):
    mother = female_pt(lang, 17, 46)
    biochem = staff(lang, "biochem", mother.site)
    doc = ext_doc(lang)
    baby_dob = ago(2, 6)
    baby = L(lang, "Baby boy", "Bébé garçon") if chance(0.5) else L(lang, "Baby girl", "Bébé fille")
    cond = pick([("phenylketonuria (Phe 1,240 umol/L)", "phénylcétonurie (Phe 1 240 µmol/L)"), ("congenital hypothyroidism (TSH 96 mU/L)", "hypothyroïdie congénitale (TSH 96 mU/L)"),
                 ("MCAD deficiency (C8 1.9 umol/L)", "déficit en MCAD (C8 1,9 µmol/L)"), ("sickle cell disease (FS pattern)", "drépanocytose (profil FS)")])
    ty = Types().add("patient_name", "date_of_birth", "lab_result")
    if mother.nam and chance(0.5):
        ty.add("ramq_nam")
        nam = "\n%s : %s" % (L(lang, "Mother's NAM", "NAM de la mère"), fmt_nam(mother.nam))
    else:
        nam = ""
    ph = chance(0.6)
    if ph:
        ty.add("patient_contact")
    if lang == "en":
        body = ("URGENT - newborn screening presumptive positive\n\n%s %s, born %s\nMother: %s%s%s\n\nPresumptive: %s.\n"
                "Please arrange same-day confirmatory testing and referral to the metabolic clinic.\n\n%s") % (
            baby, mother.sur, fmt_date(baby_dob, lang), pname(mother, lang, 0), nam, ("\nParent phone: %s" % fmt_phone(mother.phone)) if ph else "",
            cond[0], signature(biochem, lang))
        subj = pick(["URGENT NBS presumptive positive", "Newborn screen - action required", "NBS positive %s" % mother.sur])
    else:
        body = ("URGENT - dépistage néonatal présomptif positif\n\n%s %s, né(e) le %s\nMère : %s%s%s\n\nPrésomption : %s.\n"
                "SVP organiser les tests de confirmation aujourd'hui et la référence en clinique métabolique.\n\n%s") % (
            baby, mother.sur, fmt_date(baby_dob, lang), pname(mother, lang, 0), nam, ("\nTél. parent : %s" % fmt_phone(mother.phone)) if ph else "",
            cond[1], signature(biochem, lang))
        subj = pick(["URGENT dépistage néonatal positif", "Dépistage néonatal - action requise", "DNN positif %s" % mother.sur])
    return mkspec(lang, biochem, [doc], subj, body), ty, "newborn screening positive with family identity"


def p_drug_screen(lang):
    p = pt_for(lang)
    biochem = staff(lang, "biochem", p.site)
    doc = ext_doc(lang)
    f = ["name"] + (["dob"] if chance(0.6) else []) + (["mrn"] if chance(0.5) else []) + (["nam"] if p.nam and chance(0.3) else [])
    ids, ty = ident(p, lang, f, layout=pick(["inline", "lines"]))
    ty.add("lab_result", "medication", "social_information")
    if lang == "en":
        body = ("%s\n\nRe the confirmation you asked for (LC-MS/MS):\n%s\n\nMethadone + EDDP: present (consistent with prescribed methadone 80 mg)\n"
                "Fentanyl: DETECTED (4.2 ug/L)\nBenzoylecgonine: DETECTED\n\nGiven the OAT program and the custody review coming up, I assume you want the full report faxed rather than in the portal.\n\n%s") % (
            greet(lang, drname(doc, lang)), ids, signature(biochem, lang))
        subj = pick(["UDS confirmation", "Urine drug confirmation - your pt", "re: LC-MS/MS confirmation"])
    else:
        body = ("%s\n\nSuite à la confirmation demandée (LC-MS/MS) :\n%s\n\nMéthadone + EDDP : présents (compatible avec méthadone 80 mg prescrite)\n"
                "Fentanyl : DÉTECTÉ (4,2 µg/L)\nBenzoylecgonine : DÉTECTÉE\n\nVu le suivi TAO et l'évaluation DPJ à venir, je présume que vous voulez le rapport complet par télécopieur plutôt qu'au portail.\n\n%s") % (
            greet(lang, drname(doc, lang)), ids, signature(biochem, lang))
        subj = pick(["Confirmation dépistage urinaire", "Dépistage drogues - votre patient(e)", "re: confirmation LC-MS/MS"])
    return mkspec(lang, biochem, [doc], subj, body), ty, "urine drug confirmation with OAT and custody context"


def p_tdm_level(lang):
    p = pt_for(lang)
    tech = staff(lang, "tech", p.site)
    pharm = Person(given="", sur="", email=L(lang, "pharmacy.tdm@%s", "pharmacie.suivi@%s") % p.site["dom"])
    drug = pick([("Vancomycin trough", "Vancomycine résiduelle", "28.4 mg/L", "vancomycin 1.5 g q12h"), ("Lithium", "Lithium", "1.9 mmol/L", "lithium 900 mg die"),
                 ("Digoxin", "Digoxine", "3.1 nmol/L", "digoxin 0.25 mg"), ("Gentamicin peak", "Gentamicine pic", "14.2 mg/L", "gentamicin 5 mg/kg"),
                 ("Tacrolimus trough", "Tacrolimus résiduel", "19.6 ug/L", "tacrolimus 4 mg bid")])
    f = natural_ids(p, lang, extra_p=0.3)
    ids, ty = ident(p, lang, f, layout=pick(["inline", "slash", "lines"]))
    ty.add("lab_result", "medication")
    if lang == "en":
        body = "%s\n\n%s\n%s: %s (drawn %s, last dose %s)\nRegimen per req: %s\n\nHigh - FYI for dose adjustment.\n\n%s" % (
            greet(lang), ids, drug[0], drug[2], "%02d:%02d" % (R.randrange(24), R.randrange(60)), "%02d:%02d" % (R.randrange(24), R.randrange(60)),
            drug[3], signature(tech, lang, 2))
        subj = pick(["%s level high" % drug[0].split(" ")[0], "TDM result - %s" % p.sur, "high drug level"])
    else:
        body = "%s\n\n%s\n%s : %s (prélevé à %s, dernière dose %s)\nPosologie selon requête : %s\n\nÉlevé - pour ajustement de dose.\n\n%s" % (
            greet(lang), ids, drug[1], dec(drug[2], lang), "%02dh%02d" % (R.randrange(24), R.randrange(60)), "%02dh%02d" % (R.randrange(24), R.randrange(60)),
            drug[3], signature(tech, lang, 2))
        subj = pick(["Dosage %s élevé" % drug[1].split(" ")[0].lower(), "Résultat STP - %s" % p.sur, "taux élevé"])
    return mkspec(lang, tech, [pharm], subj, body), ty, "therapeutic drug level for identified patient"


def p_biopsy_booking_ics(lang):
    p = pt_for(lang)
    clerk = staff(lang, "clerk", p.site)
    haem = staff(lang, "haem", p.site)
    d = soon(2, 14)
    st = dt.datetime(d.year, d.month, d.day, R.randrange(8, 15), pick([0, 30]))
    ty = Types().add("patient_name", "diagnosis")
    reason = pick([("bone marrow biopsy - r/o relapse of AML", "biopsie de moelle - r/o rechute LMA"),
                   ("bone marrow aspirate - pancytopenia, ?MDS", "ponction de moelle - pancytopénie, ?SMD"),
                   ("bone marrow biopsy - myeloma restaging", "biopsie de moelle - réévaluation myélome")])
    desc = L(lang, "%s %s - %s. ", "%s %s - %s. ") % (p.given, p.sur, L(lang, reason[0], reason[1]))
    if chance(0.5):
        desc += "MRN %s. " % p.mrn
        ty.add("mrn")
    if chance(0.5):
        desc += L(lang, "Tel %s. " % p.phone, "Tél %s. " % p.phone)
        ty.add("patient_contact")
    if chance(0.4):
        desc += L(lang, "On apixaban - hold 48 h.", "Sous apixaban - cesser 48 h avant.")
        ty.add("medication")
    a = att_ics("invite.ics", "bmb-%d@%s" % (R.randrange(10**6), p.site["dom"]), L(lang, "BMB - %s", "BMO - %s") % p.sur, st, 45, description=desc,
                location=L(lang, "Haematology procedure room 2", "Salle de procédures hémato 2"), organizer=(sname(clerk, lang, False), clerk.email),
                attendees=[(sname(haem, lang, False), haem.email)])
    body = L(lang, "%s\n\nBooked as requested, invite attached.\n\n%s", "%s\n\nRéservé tel que demandé, invitation ci-jointe.\n\n%s") % (greet(lang, haem.given), signature(clerk, lang, 2))
    subj = L(lang, ["BMB booked %s", "Procedure booking %s"], ["BMO réservée %s", "Réservation procédure %s"]) % fmt_day(d, lang)
    return mkspec(lang, clerk, [haem], subj, body, atts=[a]), ty, "calendar invite naming patient with biopsy indication"


def p_vcard_contact(lang):
    p = pt_for(lang)
    gc = staff(lang, "gc", p.site)
    col = staff(lang, "gc", p.site)
    gene = pick(GENE)
    ty = Types().add("patient_name", "patient_contact", "diagnosis")
    note = L(lang, "Proband - %s. Prefers text messages." % gene[2], "Cas index - %s. Préfère les textos." % gene[3])
    a = att_vcf("%s_%s.vcf" % (strip_accents(p.given), strip_accents(p.sur)), p.given, p.sur, tel=p.phone, adr=p.addr, note=note)
    body = L(lang, "%s\n\nContact card for the proband you will be seeing while I'm on leave - see notes.\n\n%s",
             "%s\n\nFiche contact du cas index que tu verras pendant mon congé - voir les notes.\n\n%s") % (greet(lang, col.given), signature(gc, lang, 2))
    subj = L(lang, ["Contact for follow-up", "vCard - proband"], ["Coordonnées pour le suivi", "Fiche contact - cas index"])
    return mkspec(lang, gc, [col], subj, body, atts=[a]), ty, "vCard with patient contact and diagnosis"


def p_zip_audit(lang):
    site = pick([s for s in SITES if s["lang"] == lang] + [SITES[5]])
    qa = staff(lang, "qa", site)
    mgr = staff(lang, "manager", site)
    rows = [[L(lang, "Name", "Nom"), L(lang, "MRN", "Dossier"), "HbA1c (%)", L(lang, "Date", "Date"), L(lang, "Repeat within 30 d", "Reprise < 30 j")]]
    for _ in range(R.randrange(6, 12)):
        q = pt_for(lang, site=site)
        rows.append(["%s %s" % (q.given, q.sur), q.mrn, dec("%.1f" % (R.randrange(55, 130) / 10), lang),
                     ago(5, 300).isoformat(), pick(["Y", "N", "N"])])
    ty = Types().add("patient_name", "mrn", "lab_result")
    inner = [("audit_hba1c.csv", make_csv(rows, ";" if lang == "fr" else ","))]
    if chance(0.5):
        inner.append(("README.txt", L(lang, "Utilization audit - duplicate HbA1c orders. Internal use.", "Audit de pertinence - HbA1c en double. Usage interne.")))
    a = att_zip(L(lang, "hba1c_audit_%s.zip", "audit_hba1c_%s.zip") % site["short"], inner)
    body = L(lang, "%s\n\nZipped extract for the test-utilization audit attached (patient-level, as requested by the committee).\n\n%s\n%s",
             "%s\n\nExtraction zippée pour l'audit de pertinence en pièce jointe (niveau patient, à la demande du comité).\n\n%s\n%s") % (
        greet(lang, mgr.given), closing(lang), signature(qa, lang))
    subj = L(lang, ["HbA1c utilization audit extract", "Audit data (zip)"], ["Extraction audit HbA1c", "Données d'audit (zip)"])
    return mkspec(lang, qa, [mgr], subj, body, atts=[a]), ty, "patient-level audit data inside ZIP"


def p_wbit_incident(lang):
    site = pick([s for s in SITES if s["lang"] == lang] + [SITES[5]])
    a_ = pt_for(lang, site=site)
    b_ = pt_for(lang, site=site)
    tso = staff(lang, "tso", site)
    qa = staff(lang, "qa", site)
    ty = Types().add("patient_name", "lab_result")
    mrn = chance(0.6)
    if mrn:
        ty.add("mrn")
    ga, gb = pick(["O pos", "A pos", "B pos"]), pick(["A neg", "AB pos", "O neg"])
    if lang == "en":
        body = ("%s\n\nWrong-blood-in-tube caught on the second-sample rule, %s.\nTube labelled %s%s typed %s; historical group %s.\n"
                "Investigation shows the tube was drawn from %s%s (bed next to it), group %s.\nNo product issued. Phlebotomist coached; incident #%d filed.\n\n%s") % (
            greet(lang, qa.given), unit_name(lang), pname(a_, lang, 0), (" (MRN %s)" % a_.mrn) if mrn else "", gb, ga, pname(b_, lang, 0),
            (" (MRN %s)" % b_.mrn) if mrn else "", gb, R.randrange(10000, 99999), signature(tso, lang))
        subj = pick(["WBIT near miss", "Near miss - wrong blood in tube", "Incident report - sample mislabel"])
    else:
        body = ("%s\n\nErreur d'identification (WBIT) interceptée grâce au 2e échantillon, %s.\nTube identifié %s%s typé %s; groupe antérieur %s.\n"
                "L'enquête montre que le tube a été prélevé chez %s%s (lit voisin), groupe %s.\nAucun produit servi. Rencontre avec la personne préleveuse; incident AH-223 n° %d.\n\n%s") % (
            greet(lang, qa.given), unit_name(lang), pname(a_, lang, 0), (" (dossier %s)" % a_.mrn) if mrn else "", gb.replace("neg", "nég"), ga, pname(b_, lang, 0),
            (" (dossier %s)" % b_.mrn) if mrn else "", gb.replace("neg", "nég"), R.randrange(10000, 99999), signature(tso, lang))
        subj = pick(["Échappée - erreur d'identification", "Incident WBIT", "Rapport d'incident - mauvais étiquetage"])
    return mkspec(lang, tso, [qa], subj, body), ty, "mislabelling incident naming two patients with blood groups"


def p_jw_refusal(lang):
    p = pt_for(lang)
    bbdir = staff(lang, "bbdir", p.site)
    tech = staff(lang, "charge", p.site)
    f = ["name"] + (["mrn"] if chance(0.7) else []) + (["dob"] if chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout=pick(["inline", "lines"]))
    ty.add("social_information", "lab_result", "diagnosis")
    med = chance(0.6)
    if med:
        ty.add("medication")
    if lang == "en":
        body = ("%s\n\nHeads-up for the team: %s - Jehovah's Witness, signed refusal of all blood components (accepts albumin%s). "
                "Hb %d g/L this morning, admitted with GI bleed.\n%s\nPlease flag in the LIS so nothing gets crossmatched by default.\n\n%s") % (
            greet(lang), ids, ", not cell saver" if chance(0.5) else "", R.randrange(58, 85),
            "Plan: IV iron sucrose + epoetin alfa, tranexamic acid." if med else "", signature(bbdir, lang))
        subj = pick(["Blood refusal - please flag", "JW patient - no blood products", "Transfusion refusal on file"])
    else:
        body = ("%s\n\nPour l'équipe : %s - Témoin de Jéhovah, refus signé de tout produit sanguin (accepte l'albumine%s). "
                "Hb %d g/L ce matin, admis(e) pour saignement digestif.\n%s\nSVP mettre l'alerte dans le SIL pour éviter toute compatibilité par défaut.\n\n%s") % (
            greet(lang), ids, ", pas le cell saver" if chance(0.5) else "", R.randrange(58, 85),
            "Plan : fer sucrose IV + époétine alfa, acide tranexamique." if med else "", signature(bbdir, lang))
        subj = pick(["Refus de transfusion - alerte SIL", "Patient(e) TJ - aucun produit sanguin", "Refus de produits sanguins au dossier"])
    return mkspec(lang, bbdir, [tech], subj, body), ty, "religious refusal of blood with clinical details"


def p_family_result_request(lang):
    p = pt_for(lang)
    clerk = staff(lang, "clerk", p.site)
    biochem = staff(lang, pick(["biochem", "haem"]), p.site)
    rel = L(lang, pick(["daughter", "son", "husband", "neighbour"]), pick(["fille", "fils", "conjoint", "voisine"]))
    callback = phone555()
    f = ["name"] + (["dob"] if chance(0.6) else []) + (["nam"] if p.nam and chance(0.5) else [])
    ids, ty = ident(p, lang, f, layout=pick(["inline", "lines"]))
    ty.add("lab_result", "social_information")
    res = pick([("PSA 14.6", "APS 14,6"), ("creatinine 412", "créatinine 412"), ("ferritin 6", "ferritine 6"), ("HIV test", "test VIH")])
    if lang == "en":
        body = ("%s\n\nThe patient's %s called the front desk asking for the %s result for:\n%s\n"
                "They said the patient has dementia and they hold power of attorney, but nothing on file. Call-back: %s.\n"
                "I didn't give anything out - can you advise?\n\n%s") % (greet(lang, biochem.given), rel, res[0], ids, callback, signature(clerk, lang))
        subj = pick(["Family asking for results", "Result request by relative - POA?", "phone request for results"])
    else:
        body = ("%s\n\nLe/la %s de la patiente/du patient a appelé à l'accueil pour avoir le résultat (%s) de :\n%s\n"
                "Dit que la personne a une démence et qu'il/elle a une procuration, mais rien au dossier. Rappel : %s.\n"
                "Je n'ai rien donné - que dois-je faire?\n\n%s") % (greet(lang, biochem.given), rel, res[1], ids, callback, signature(clerk, lang))
        subj = pick(["Famille demande des résultats", "Demande de résultat par un proche - mandat?", "demande téléphonique de résultats"])
    ty.add("diagnosis")
    return mkspec(lang, clerk, [biochem], subj, body), ty, "relative asks for results; dementia and POA context"


def p_flow_leukemia(lang):
    p = pt_for(lang)
    haem = staff(lang, "haem", p.site)
    tech = staff(lang, "tech", p.site)
    f = natural_ids(p, lang, extra_p=0.5)
    ids, ty = ident(p, lang, f, layout=pick(["lines", "caps", "inline"]))
    ty.add("lab_result")
    wbc = R.randrange(40, 180)
    blasts = R.randrange(35, 92)
    dx = chance(0.6)
    if dx:
        ty.add("diagnosis")
    if lang == "en":
        body = ("%s\n\nSmear on the patient below reviewed - WBC %d x10^9/L, %d%% blasts, Auer rods seen. Flow: CD34+, CD117+, CD33+, MPO+.\n%s\n\n%s\n"
                "Bone marrow and cytogenetics requested. Saved slides in your tray.\n\n%s") % (
            greet(lang, haem.given), wbc, blasts, ids, "Consistent with AML; APL not excluded - PML-RARA by PCR sent STAT." if dx else "Please review today.",
            signature(tech, lang))
        subj = pick(["Blasts on smear - please review", "New leukemia? smear review", "STAT smear review %s" % p.sur])
    else:
        body = ("%s\n\nFrottis revu pour le/la patient(e) ci-dessous - GB %d x10^9/L, %d %% de blastes, bâtonnets d'Auer. Cytométrie : CD34+, CD117+, CD33+, MPO+.\n%s\n\n%s\n"
                "Moelle et cytogénétique demandées. Lames dans ton panier.\n\n%s") % (
            greet(lang, haem.given), wbc, blasts, ids, "Compatible avec une LMA; LPA non exclue - PML-RARA par PCR envoyé STAT." if dx else "À revoir aujourd'hui svp.",
            signature(tech, lang))
        subj = pick(["Blastes au frottis - à revoir", "Nouvelle leucémie? révision frottis", "Révision STAT %s" % p.sur])
    return mkspec(lang, tech, [haem], subj, body), ty, "blasts on smear for identified patient"


def p_research_tissue_list(lang):
    site = pick([s for s in SITES if s["lang"] == lang] + [SITES[5]])
    path = staff(lang, "path", site)
    res = Person(given="", sur="", email=L(lang, "biobank@research-institute.example", "biobanque@institut-recherche.example"))
    rows = [[L(lang, "Block", "Bloc"), L(lang, "Patient", "Patient(e)"), L(lang, "DOB", "DDN"), L(lang, "Diagnosis", "Diagnostic")]]
    for _ in range(R.randrange(4, 9)):
        q = pt_for(lang, site=site)
        dx = pick(PATH)
        rows.append(["%s%d-%05d A%d" % (pick("SP"), R.randrange(19, 24), R.randrange(99999), R.randrange(1, 6)), "%s, %s" % (q.sur, q.given), q.dob.isoformat(), L(lang, dx[0], dx[1])])
    ty = Types().add("patient_name", "date_of_birth", "diagnosis")
    table = "\n".join(" | ".join(r) for r in rows)
    body = L(lang, "%s\n\nBlocks pulled for the protocol %s retrospective - list below. I know these should be de-identified before they leave; sorry, no time today.\n\n%s\n\n%s",
             "%s\n\nBlocs sortis pour l'étude rétrospective %s - liste ci-dessous. Je sais qu'il faudrait dé-identifier avant l'envoi; pas eu le temps aujourd'hui.\n\n%s\n\n%s") % (
        greet(lang), "RP-%d-%03d" % (R.randrange(2022, 2025), R.randrange(999)), table, signature(path, lang))
    subj = L(lang, ["Blocks for retrospective study", "Biobank pull list"], ["Blocs pour étude rétrospective", "Liste de blocs biobanque"])
    return mkspec(lang, path, [res], subj, body, mode=pick(["html", "alt"])), ty, "identified patient list sent for research"


def p_mrn_only_result(lang):
    site = pick([s for s in SITES if s["lang"] == lang] + [SITES[5]])
    p = plain_patient(lang, site=site)
    tech = staff(lang, "tech", site)
    other = staff(lang, pick(["micro", "haem", "charge"]), site)
    ty = Types().add("mrn", "lab_result")
    r = pick([("C. diff toxin PCR positive", "C. difficile PCR positif"), ("AFB smear 3+", "BAAR 3+"), ("HIV Ag/Ab reactive, confirm pending", "VIH Ag/Ac réactif, confirmation en cours"),
              ("Hb 61 g/L, plt 14", "Hb 61 g/L, plaq 14"), ("troponin 2,310 ng/L", "troponine 2 310 ng/L"), ("CSF Gram: GN diplococci", "LCR Gram : diplocoques Gram nég.")])
    ini = chance(0.4)
    who = (" (%s.%s.)" % (p.given[0], p.sur[0])) if ini else ""
    body = L(lang, "%s\n\n%s %s%s - %s. Already called to the floor. Can you verify before it releases?\n\n%s",
             "%s\n\n%s %s%s - %s. Déjà appelé à l'unité. Peux-tu valider avant la libération?\n\n%s") % (
        greet(lang, other.given), L(lang, pick(["MRN", "chart"]), pick(["dossier", "# dossier"])), p.mrn, who, L(lang, r[0], r[1]), signature(tech, lang, 2))
    subj = L(lang, ["pls verify %s", "to verify", "quick check %s"], ["à valider %s", "validation svp", "vérif rapide %s"])
    if "%s" in subj:
        subj = subj % p.mrn
    return mkspec(lang, tech, [other], subj, body), ty, "chart number with result, no name"


def p_subject_only(lang):
    p = pt_for(lang)
    haem = staff(lang, pick(["haem", "biochem"]), p.site)
    doc = ext_doc(lang)
    r = pick([("ferritin 4 ug/L, Hb 92 - iron deficiency, ?GI loss", "ferritine 4 µg/L, Hb 92 - carence martiale, ?perte digestive", "diagnosis"),
              ("SPEP: IgG kappa M-spike 18 g/L", "EPP : pic monoclonal IgG kappa 18 g/L", "lab_result"),
              ("TSH 48, FT4 5 - overt hypothyroidism", "TSH 48, T4L 5 - hypothyroïdie franche", "diagnosis"),
              ("lupus anticoagulant positive x2 (12 weeks apart)", "anticoagulant lupique positif x2 (à 12 semaines)", "lab_result")])
    ty = Types().add("patient_name", "lab_result", r[2])
    style = pick([1, 3, 4, 5, 6])
    subj = L(lang, pick(["RE: %s - results", "%s", "re %s bloodwork", "Question about %s"]),
             pick(["RE: %s - résultats", "%s", "re %s bilan", "Question sur %s"])) % pname(p, lang, style)
    body = L(lang, "%s\n\nYes - %s. I'd suggest a referral; happy to discuss.\n\n%s",
             "%s\n\nOui - %s. Je suggérerais une référence; on peut en discuter.\n\n%s") % (greet(lang, drname(doc, lang)), L(lang, r[0], r[1]), signature(haem, lang, pick([2, 3])))
    return mkspec(lang, haem, [doc], subj, body), ty, "patient name only in Subject, result in body"


def p_autopsy(lang):
    p = pt_for(lang)
    path = staff(lang, "path", p.site)
    coroner = Person(given="", sur="", email=L(lang, "coroner.office@justice-region.example", "bureau.coroner@justice-region.example"))
    f = ["name", "dob"] + (["mrn"] if chance(0.5) else []) + (["nam"] if p.nam and chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("diagnosis", "lab_result")
    soc = chance(0.5)
    if soc:
        ty.add("social_information")
    if lang == "en":
        body = ("%s\n\nPreliminary autopsy findings:\n%s\n\nCause of death (preliminary): acute mixed drug toxicity; postmortem femoral blood fentanyl 21 ug/L.\n%s\n"
                "Final report after toxicology and histology.\n\n%s") % (greet(lang), ids, "Found at home by landlord; history of opioid use disorder." if soc else "", signature(path, lang))
        subj = pick(["Preliminary autopsy findings", "PM findings - case %d-%03d" % (R.randrange(24, 26), R.randrange(999))])
    else:
        body = ("%s\n\nConstatations préliminaires d'autopsie :\n%s\n\nCause de décès (préliminaire) : intoxication mixte aiguë; fentanyl sang fémoral 21 µg/L.\n%s\n"
                "Rapport final après toxicologie et histologie.\n\n%s") % (greet(lang), ids, "Trouvé(e) au domicile par le propriétaire; trouble lié à l'usage d'opioïdes." if soc else "", signature(path, lang))
        subj = pick(["Constatations préliminaires d'autopsie", "Autopsie - cas A%d-%03d" % (R.randrange(24, 26), R.randrange(999))])
    return mkspec(lang, path, [coroner], subj, body), ty, "autopsy findings with decedent identity"


def p_hemoglobinopathy(lang):
    p1 = pt_for(lang)
    gc = staff(lang, "gc", p1.site)
    doc = ext_doc(lang)
    partner_name = "%s %s" % (pick(PAT_FR_M + PAT_EN_M), pick(PAT_FR_S + PAT_EN_S))
    ty = Types().add("patient_name", "lab_result")
    f = ["name"] + (["dob"] if chance(0.5) else []) + (["nam"] if p1.nam and chance(0.4) else []) + (["mrn"] if chance(0.4) else [])
    ids, ty2 = ident(p1, lang, f, layout="lines")
    ty.add(*ty2)
    if lang == "en":
        body = ("%s\n\nCarrier screening results for the couple:\n\n%s\nHb electrophoresis: HbA 58%%, HbS 39%% - sickle cell trait.\n\n"
                "Partner: %s - HbA2 5.4%%, MCV 63 - consistent with beta-thalassaemia trait.\n\n"
                "Each pregnancy carries a 1 in 4 risk of HbS/beta-thal. Counselling appointment offered.\n\n%s") % (greet(lang, drname(doc, lang)), ids, partner_name, signature(gc, lang))
        subj = pick(["Couple carrier screening", "Hemoglobinopathy screening results", "Carrier results - at-risk couple"])
    else:
        body = ("%s\n\nRésultats du dépistage de porteurs pour le couple :\n\n%s\nÉlectrophorèse Hb : HbA 58 %%, HbS 39 %% - trait drépanocytaire.\n\n"
                "Conjoint(e) : %s - HbA2 5,4 %%, VGM 63 - compatible avec un trait bêta-thalassémique.\n\n"
                "Risque de 1 sur 4 pour chaque grossesse (HbS/bêta-thal). Rendez-vous de conseil offert.\n\n%s") % (greet(lang, drname(doc, lang)), ids, partner_name, signature(gc, lang))
        subj = pick(["Dépistage de porteurs - couple", "Résultats hémoglobinopathies", "Couple à risque - résultats"])
    ty.add("diagnosis")
    return mkspec(lang, gc, [doc], subj, body), ty, "carrier status of a couple"


def p_clozapine_anc(lang):
    p = pt_for(lang)
    tech = staff(lang, "tech", p.site)
    reg = Person(given="", sur="", email=L(lang, "clozapine.registry@pharma-monitoring.example", "registre.clozapine@pharma-monitoring.example"))
    anc = dec("%.1f" % (R.randrange(5, 15) / 10), lang)
    f = ["name"] + (["dob"] if chance(0.7) else []) + (["nam"] if p.nam and chance(0.4) else []) + (["ohn"] if p.ohn and chance(0.5) else [])
    ids, ty = ident(p, lang, f, layout=pick(["lines", "slash"]))
    ty.add("medication", "lab_result", "diagnosis")
    body = L(lang, "Clozapine monitoring - RED result\n\n%s\nANC: %s x10^9/L  WBC: %s\nTreating psychiatrist notified (schizophrenia program, %s).\n\n%s",
             "Suivi clozapine - résultat ROUGE\n\n%s\nNAN : %s x10^9/L  GB : %s\nPsychiatre traitant avisé (programme schizophrénie, %s).\n\n%s") % (
        ids, anc, dec("%.1f" % (R.randrange(20, 35) / 10), lang), p.site["short"], signature(tech, lang))
    subj = L(lang, ["Clozapine ANC - red", "CPMS/registry report"], ["Clozapine NAN - rouge", "Déclaration registre clozapine"])
    return mkspec(lang, tech, [reg], subj, body), ty, "clozapine neutropenia monitoring for named patient"


def p_pap_hpv(lang):
    p = female_pt(lang, 21, 70)
    path = staff(lang, "path", p.site)
    clerk = staff(lang, "clerk", p.site)
    f = ["name", "dob"] + (["addr"] if chance(0.5) else []) + (["nam"] if p.nam and chance(0.4) else [])
    ids, ty = ident(p, lang, f, layout="lines")
    ty.add("lab_result")
    if lang == "en":
        body = ("%s\n\nThe ordering clinic closed and the patient has no family doctor. Please mail the result letter to the address on file:\n\n%s\n\n"
                "Result: HPV 16 positive; cytology ASC-H. Colposcopy referral needed.\n\n%s") % (greet(lang, clerk.given), ids, signature(path, lang))
        subj = pick(["Letter to patient - no GP", "Orphan result: HPV/cyto", "mail result to patient"])
    else:
        body = ("%s\n\nLa clinique prescriptrice a fermé et la patiente n'a pas de médecin de famille. SVP poster la lettre de résultat à l'adresse au dossier :\n\n%s\n\n"
                "Résultat : VPH 16 positif; cytologie ASC-H. Référence en colposcopie nécessaire.\n\n%s") % (greet(lang, clerk.given), ids, signature(path, lang))
        subj = pick(["Lettre à la patiente - sans médecin", "Résultat orphelin : VPH/cyto", "poster résultat à la patiente"])
    return mkspec(lang, path, [clerk], subj, body), ty, "HPV/cytology result with address for unattached patient"


# ---------------------------------------------------------------------------
# NEGATIVE templates (part 1)
# ---------------------------------------------------------------------------

ANALYSERS = [("Chemix 8100", "chemistry"), ("HemaFlow XR-5", "haematology"), ("CoagStar 700", "coagulation"),
             ("ImmunoLite Q9", "immunoassay"), ("BactiScan 240", "blood culture"), ("GelMatch ID-Pro", "blood bank"),
             ("SeqRun Mini", "sequencing"), ("UroVue 3", "urinalysis")]
VENDORS = ["Norvance Diagnostics", "Biolumen Canada", "Septentrion Scientific", "Heliodyne Labs", "Castor & Pollux Reagents"]


def site_for(lang):
    if lang == "fr":
        return pick([x for x in SITES if x["lang"] == "fr"] * 3 + [SITES[5]])
    return pick([x for x in SITES if x["lang"] == "en"])


def luhn_number(n):
    while True:
        body = str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 2))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def lot_code():
    return pick(["%s%s" % (pick(["TROP", "GLUC", "HBAC", "CREA", "FERR", "TSHX", "ALBU", "PROT"]), "%08d" % R.randrange(10**8)),
                 "%d%s%03d" % (R.randrange(2400, 2599), pick("ABCDEFG"), R.randrange(1000)),
                 "L%06d" % R.randrange(10**6)])


def serial_no():
    return pick(["SN %s" % luhn_number(9), "S/N %s-%s" % (R.randrange(1000, 9999), luhn_number(6)), "%s" % luhn_number(10)])


def staff_list(lang, n):
    pool = list(STAFF_FR if lang == "fr" else STAFF_EN)
    R.shuffle(pool)
    return pool[:n]


def n_qc_report(lang):
    site = site_for(lang)
    tech = staff(lang, "tech", site)
    qa = staff(lang, "qa", site)
    an, dept = pick(ANALYSERS[:4])
    rows = [[L(lang, "Analyte", "Analyte"), L(lang, "Level", "Niveau"), L(lang, "QC lot", "Lot CQ"), L(lang, "Mean", "Moyenne"), "SD", L(lang, "Value", "Valeur"), L(lang, "Rule", "Règle")]]
    analytes = {"chemistry": [("K", 4.1, 0.06), ("Na", 140, 1.2), ("Glucose", 5.6, 0.12), ("ALT", 42, 2.1), ("Creatinine", 88, 2.5), ("Ca", 2.35, 0.03)],
                "haematology": [("Hb", 128, 2.0), ("PLT", 240, 9), ("WBC", 7.2, 0.2), ("MCV", 89, 0.9), ("RBC", 4.5, 0.05)],
                "coagulation": [("INR", 2.6, 0.08), ("PTT", 31, 0.9), ("Fibrinogen", 2.9, 0.11), ("D-dimer", 0.9, 0.05)],
                "immunoassay": [("TSH", 3.2, 0.15), ("Ferritin", 210, 8), ("hs-TnI", 48, 2.2), ("B12", 320, 14), ("PSA", 4.1, 0.16)]}[dept]
    for a, m, sd in R.sample(analytes, R.randrange(3, len(analytes) + 1)):
        lvl = pick(["1", "2", "3"])
        val = round(m + sd * pick([-3.2, -2.4, 2.1, 2.3, 3.4, 1.1]), 2)
        rows.append([a, lvl, lot_code(), str(m), str(sd), str(val), pick(["1-3s", "2-2s", "R-4s", "1-2s (warning)", "4-1s"])])
    table = "\n".join(" | ".join(r) for r in rows)
    if lang == "en":
        body = ("%s\n\nQC summary for %s (%s), %s night shift. Violations below; runs were held and patient samples re-run after recalibration.\n\n%s\n\n"
                "Corrective action: recalibrated, new reagent pack opened (lot %s). QC back in range at %02d:%02d. No results released during the hold.\n\n%s") % (
            greet(lang, qa.given), an, dept, fmt_day(ago(1, 3), lang), table, lot_code(), R.randrange(24), R.randrange(60), signature(tech, lang))
        subj = pick(["QC violations - %s" % an, "Westgard rule failures overnight", "QC summary %s" % site["short"]])
    else:
        body = ("%s\n\nSommaire CQ pour %s (%s), nuit du %s. Violations ci-dessous; séries retenues et échantillons repassés après recalibration.\n\n%s\n\n"
                "Action corrective : recalibration, nouvelle cartouche de réactif (lot %s). CQ conforme à %02dh%02d. Aucun résultat libéré pendant l'arrêt.\n\n%s") % (
            greet(lang, qa.given), an, dept, fmt_day(ago(1, 3), lang), table, lot_code(), R.randrange(24), R.randrange(60), signature(tech, lang))
        subj = pick(["Violations CQ - %s" % an, "Règles de Westgard - nuit", "Sommaire CQ %s" % site["short"]])
    atts = []
    if chance(0.35):
        atts.append(att_xlsx("QC_%s.xlsx" % an.replace(" ", "_"), [("QC", rows)]))
    return mkspec(lang, tech, [qa], subj, body, atts=atts), "QC violations with lot numbers; no patients"


def n_proficiency_testing(lang):
    site = site_for(lang)
    qa = staff(lang, "qa", site)
    mgr = staff(lang, "manager", site)
    ev = "%s-%d%s" % (pick(["CHEM", "HEM", "MIC", "TM", "GEN", "COAG"]), R.randrange(24, 26), pick("ABC"))
    rows = [[L(lang, "Sample", "Échantillon"), L(lang, "Analyte", "Analyte"), L(lang, "Our result", "Notre résultat"), L(lang, "Target", "Cible"), "SDI", L(lang, "Grade", "Évaluation")]]
    quant = [("Creatinine", 128, 4.0), ("Hb", 121, 2.5), ("Ferritin", 91, 4.5), ("PT (s)", 12.1, 0.35), ("Lithium", 1.05, 0.04), ("TSH", 2.9, 0.14)]
    qual = [("ABO/Rh", "O pos", ["O pos", "O pos", "O neg"]), ("Antibody ID", "anti-E", ["anti-E", "anti-E", "anti-E + anti-c"]),
            ("Organism ID", "L. monocytogenes", ["L. monocytogenes", "L. monocytogenes", "L. innocua"]), ("Gram stain", "GNB", ["GNB", "GNB", "GPC"])]
    items = R.sample(quant, R.randrange(2, 5)) + R.sample(qual, R.randrange(1, 3))
    for i, it in enumerate(items):
        if isinstance(it[1], str):
            ours = pick(it[2])
            ok = ours == it[1]
            sdi = "-"
        else:
            z = round(R.uniform(-3.2, 3.2), 1)
            ours = ("%.2f" % (it[1] + z * it[2])) if it[1] < 20 else str(int(round(it[1] + z * it[2])))
            ok = abs(z) < 2.5
            sdi = str(z)
        rows.append(["%s-%02d" % (ev, i + 1), it[0], ours, str(it[1]), sdi,
                     L(lang, "Acceptable" if ok else "UNACCEPTABLE", "Acceptable" if ok else "NON ACCEPTABLE")])
    table = "\n".join(" | ".join(r) for r in rows)
    body = L(lang, "%s\n\nResults for proficiency event %s are in. Summary:\n\n%s\n\nI will open a non-conformance for any unacceptable result and do the root-cause analysis with the section lead. Samples were simulated specimens from the EQA provider; no patient material.\n\n%s",
             "%s\n\nLes résultats du contrôle externe %s sont arrivés. Sommaire :\n\n%s\n\nJ'ouvrirai une non-conformité pour tout résultat non acceptable et ferai l'analyse des causes avec la responsable de secteur. Échantillons simulés du fournisseur de CEQ; aucun matériel de patient.\n\n%s") % (
        greet(lang, mgr.given), ev, table, signature(qa, lang))
    subj = L(lang, ["PT results %s", "EQA event %s - results", "Proficiency testing %s"], ["Résultats CEQ %s", "Contrôle externe %s - résultats", "Essais d'aptitude %s"]) % ev
    atts = [att_pdf("%s_report.pdf" % ev, "EQA %s" % ev, [("m", " | ".join(r)) for r in rows])] if chance(0.4) else []
    return mkspec(lang, qa, [mgr], subj, body, atts=atts), "proficiency testing results, simulated samples"


def n_analyser_downtime(lang):
    site = site_for(lang)
    charge = staff(lang, "charge", site)
    an, dept = pick(ANALYSERS)
    sn = serial_no()
    eta = "%02d:00" % R.randrange(10, 20)
    to = Person(given="", sur="", email=L(lang, "lab-all@%s", "labo-tous@%s") % site["dom"])
    unit_no = R.randrange(1, 3)
    body = L(lang, "%s\n\n%s #%d (%s) is DOWN since %02d:%02d - %s. Field service engineer booked (case %s).\n\n- Routine %s samples rerouted to analyzer #%d\n- STAT TAT may be +30 min\n- Expected back: %s\n\nPlease hold non-urgent add-ons.\n\n%s",
             "%s\n\n%s no %d (%s) est EN PANNE depuis %02dh%02d - %s. Technicien du fournisseur demandé (dossier %s).\n\n- Échantillons %s de routine redirigés vers l'appareil no %d\n- Délai STAT +30 min possible\n- Retour prévu : %s\n\nSVP retenir les ajouts non urgents.\n\n%s") % (
        greet(lang), an, unit_no, sn, R.randrange(24), R.randrange(60),
        L(lang, pick(["sample probe crash", "reagent refrigeration fault", "optics error E-4471", "pneumatic tube interface failure"]),
          pick(["collision de la sonde", "panne de réfrigération des réactifs", "erreur optique E-4471", "panne d'interface pneumatique"])),
        "%d-%06d" % (R.randrange(10, 99), R.randrange(10**6)), L(lang, dept, dept), unit_no % 2 + 1, eta, signature(charge, lang))
    subj = L(lang, ["%s down - samples rerouted", "DOWNTIME: %s", "Analyzer outage %s"], ["%s en panne - échantillons redirigés", "ARRÊT : %s", "Panne analyseur %s"]) % an
    return mkspec(lang, charge, [to], subj, body), "analyser downtime notice with serial number"


def n_reagent_recall(lang):
    site = site_for(lang)
    mgr = staff(lang, "manager", site)
    vendor = pick(VENDORS)
    lots = [lot_code() for _ in range(R.randrange(1, 4))]
    n_rev = R.randrange(40, 400)
    body = L(lang, "%s\n\n%s has issued an URGENT FIELD SAFETY NOTICE for the %s assay (cat. %s), lots:\n%s\n\nIssue: possible positive bias of 8-12%% above 30 ug/L. We used lot %s between %s and %s. Retrospective review of %d results: %d required amendment (handled individually with the ordering physicians). Remaining stock quarantined - do not use.\n\n%s",
             "%s\n\n%s a émis un AVIS DE SÉCURITÉ URGENT pour le dosage %s (réf. %s), lots :\n%s\n\nProblème : biais positif possible de 8-12 %% au-delà de 30 µg/L. Nous avons utilisé le lot %s entre le %s et le %s. Revue rétrospective de %d résultats : %d ont nécessité une correction (traitées individuellement avec les prescripteurs). Stock restant en quarantaine - ne pas utiliser.\n\n%s") % (
        greet(lang), vendor, pick(["ferritin", "troponin I", "vitamin D", "procalcitonin", "CA-125"]), "%d-%04d" % (R.randrange(100, 999), R.randrange(10**4)),
        "\n".join("- " + x for x in lots), lots[0], fmt_date(ago(200, 300), lang, 2), fmt_date(ago(5, 60), lang, 2),
        n_rev, R.randrange(0, 5), signature(mgr, lang))
    subj = L(lang, ["Reagent recall - %s", "URGENT field safety notice (%s)", "Recall: lots %s"], ["Rappel de réactif - %s", "Avis de sécurité URGENT (%s)", "Rappel : lots %s"]) % (vendor if chance(0.5) else ", ".join(lots))
    return mkspec(lang, mgr, [Person(given="", sur="", email="lab-leads@%s" % site["dom"])], subj, body), "reagent recall with lot numbers and aggregate lookback"


def n_courier_schedule(lang):
    site = site_for(lang)
    coord = staff(lang, "courier", site)
    rows = [[L(lang, "Route", "Route"), L(lang, "Pick-up site", "Site de cueillette"), L(lang, "Time", "Heure"), L(lang, "Driver", "Chauffeur"), L(lang, "Cell", "Cellulaire")]]
    places = LL(lang, ["Port Alder clinic", "Greyhaven CHC", "Pine Ridge FHT", "Northbridge dialysis", "Main lab"],
               ["CLSC du Vieux-Bourg", "GMF des Pins", "Centre de prélèvement Lac-aux-Hérons", "Clinique du Quai", "Labo central"])
    drivers = staff_list(lang, 3)
    for i, pl in enumerate(places):
        d = drivers[i % 3]
        rows.append(["R%d" % (i % 3 + 1), pl, "%02d:%02d" % (R.randrange(7, 17), pick([0, 15, 30, 45])), "%s %s" % (d[0], d[1][0] + "."), phone555()])
    table = "\n".join(" | ".join(r) for r in rows)
    body = L(lang, "%s\n\nNew courier schedule effective %s (revised routes). Ambient and refrigerated boxes separate; frozen send-outs only on R2.\n\n%s\n\nDispatch: %s\n\n%s",
             "%s\n\nNouvel horaire de transport en vigueur le %s (routes révisées). Boîtes ambiantes et réfrigérées séparées; envois congelés seulement sur R2.\n\n%s\n\nRépartition : %s\n\n%s") % (
        greet(lang), fmt_day(soon(2, 30), lang), table, site["phone"], signature(coord, lang))
    subj = L(lang, ["Courier schedule update", "New pick-up times", "Specimen transport routes"], ["Mise à jour horaire transport", "Nouvelles heures de cueillette", "Routes de transport des échantillons"])
    atts = [att_pdf(L(lang, "courier_schedule.pdf", "horaire_transport.pdf"), L(lang, "Courier schedule", "Horaire de transport"), [("m", " | ".join(r)) for r in rows])] if chance(0.4) else []
    return mkspec(lang, coord, [Person(given="", sur="", email="collection-sites@%s" % site["dom"])], subj, body, atts=atts, mode=pick([None, "html"])), "courier schedule with driver names and phones"


def n_accreditation_audit(lang):
    site = site_for(lang)
    qa = staff(lang, "qa", site)
    findings = LL(lang, [["7.3.7.2", "Measurement uncertainty not documented for 3 immunoassay analytes", "Minor"],
                        ["6.4.3", "Biosafety cabinet certification overdue (asset %s)" % luhn_number(9), "Major"],
                        ["7.4.1.7", "Critical value call-back log missing read-back for 2 entries in March", "Minor"],
                        ["6.2.4", "Competency records incomplete for 4 night-shift MLTs", "Minor"]],
                 [["7.3.7.2", "Incertitude de mesure non documentée pour 3 analytes d'immunoessai", "Mineure"],
                  ["6.4.3", "Certification de l'enceinte de biosécurité échue (actif %s)" % luhn_number(9), "Majeure"],
                  ["7.4.1.7", "Registre des valeurs critiques : relecture absente pour 2 entrées en mars", "Mineure"],
                  ["6.2.4", "Dossiers de compétence incomplets pour 4 technologistes de nuit", "Mineure"]])
    sel = R.sample(findings, R.randrange(2, 5))
    rows = [[L(lang, "Clause", "Article"), L(lang, "Finding", "Constat"), L(lang, "Grade", "Cote")]] + sel
    table = "\n".join(" | ".join(r) for r in rows)
    body = L(lang, "%s\n\nDraft findings from the ISO 15189 surveillance assessment (%s). Responses due in 30 days.\n\n%s\n\nOpening meeting went well; assessors complimented the transfusion traceability. Please draft your CAPA by section.\n\n%s",
             "%s\n\nConstats préliminaires de la visite de surveillance ISO 15189 (%s). Réponses dues dans 30 jours.\n\n%s\n\nRéunion d'ouverture positive; les évaluateurs ont souligné la traçabilité transfusionnelle. SVP rédiger vos actions correctives par secteur.\n\n%s") % (
        greet(lang), fmt_day(ago(1, 7), lang), table, signature(qa, lang))
    subj = L(lang, ["Accreditation assessment - draft findings", "ISO 15189 audit results"], ["Agrément - constats préliminaires", "Résultats de l'audit ISO 15189"])
    atts = [att_docx(L(lang, "CAPA_template.docx", "gabarit_actions_correctives.docx"), L(lang, "Corrective action plan", "Plan d'actions correctives"), [("table", rows)])] if chance(0.4) else []
    return mkspec(lang, qa, [Person(given="", sur="", email="lab-managers@%s" % site["dom"])], subj, body, atts=atts), "accreditation findings; asset number, no patients"


def n_staff_rota(lang):
    site = site_for(lang)
    mgr = staff(lang, "manager", site)
    names = staff_list(lang, R.randrange(6, 10))
    days = LL(lang, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"])
    shifts = LL(lang, ["D", "E", "N", "off", "D", "CL"], ["J", "S", "N", "congé", "J", "FO"])
    rows = [[L(lang, "Name", "Nom")] + days]
    for g, s, _ in names:
        rows.append(["%s, %s" % (s.upper(), g) if chance(0.5) else "%s %s" % (g, s)] + [pick(shifts) for _ in days])
    table = "\n".join(" | ".join(r) for r in rows)
    body = L(lang, "%s\n\nRota for the week of %s below. CL = core lab float. Swaps must be approved by me before Thursday. Reminder that Emma's maternity-leave replacement starts Monday.\n\n%s\n\n%s",
             "%s\n\nHoraire de la semaine du %s ci-dessous. FO = flottant(e) labo central. Les échanges doivent être approuvés avant jeudi. La remplaçante du congé de maternité de Julie commence lundi.\n\n%s\n\n%s") % (
        greet(lang), fmt_date(soon(2, 20), lang, 2), table, signature(mgr, lang))
    subj = L(lang, ["Rota - week of %s", "Schedule %s", "Staff schedule update"], ["Horaire - semaine du %s", "Horaire %s", "Mise à jour de l'horaire"])
    if "%s" in subj:
        subj = subj % fmt_date(soon(2, 20), lang, 0)
    atts = [att_xlsx(L(lang, "rota.xlsx", "horaire.xlsx"), [("Rota", rows)])] if chance(0.4) else []
    return mkspec(lang, mgr, [Person(given="", sur="", email="haem-staff@%s" % site["dom"])], subj, body, atts=atts, mode=pick([None, "html", "alt"])), "staff rota with names and shifts"


def n_lab_week(lang):
    site = site_for(lang)
    mgr = staff(lang, "manager", site)
    body = L(lang, "%s\n\nIt's Medical Laboratory Professionals' Week! Thank you to every MLT, MLA, clerk, pathologist and porter who keeps %d,000 tests a day moving.\n\n- Monday: breakfast in the cafeteria 7-9\n- Wednesday: microscope trivia (bring your best schistocyte)\n- Friday: awards and cake at 14:00, room B-214\n\nSpecial shout-out to the night shift and to %s for 25 years in the blood bank!\n\n%s",
             "%s\n\nC'est la Semaine des laboratoires! Merci à chaque technologiste, assistant(e), commis, pathologiste et brancardier qui fait circuler %d 000 analyses par jour.\n\n- Lundi : déjeuner à la cafétéria 7 h-9 h\n- Mercredi : quiz au microscope (apportez votre plus beau schizocyte)\n- Vendredi : prix et gâteau à 14 h, salle B-214\n\nMention spéciale à l'équipe de nuit et à %s pour ses 25 ans à la banque de sang!\n\n%s") % (
        greet(lang), R.randrange(4, 15), "%s %s" % pick(STAFF_FR if lang == "fr" else STAFF_EN)[:2], signature(mgr, lang))
    subj = L(lang, ["Happy Lab Week!", "Lab Week 2024 - schedule of events", "Lab Week celebrations"], ["Bonne Semaine des laboratoires!", "Semaine des labos - programme", "Célébrations Semaine des laboratoires"])
    return mkspec(lang, mgr, [Person(given="", sur="", email="lab-all@%s" % site["dom"])], subj, body, mode=pick(["html", "alt", None])), "lab week announcement"


def n_lis_downtime(lang):
    site = site_for(lang)
    it = Person(given="", sur="", email="servicedesk@%s" % site["dom"])
    d = soon(2, 20)
    body = L(lang, "Planned LIS downtime\n\nWhen: %s, 01:00-04:30\nSystems: LIS, middleware, label printers, results interface to the EMR\n\nDuring downtime:\n- Use paper requisitions and downtime label packs (pre-numbered accessions DT-000001 to DT-000500)\n- Critical values phoned and logged on the paper form\n- Back-entry by day shift\n\nIT change ticket CHG%07d. Questions: ext. 4357.",
             "Arrêt planifié du SIL\n\nQuand : %s, 1 h à 4 h 30\nSystèmes : SIL, intergiciel, imprimantes d'étiquettes, interface de résultats vers le DCI\n\nPendant l'arrêt :\n- Utiliser les requêtes papier et les étiquettes de contingence (numéros DT-000001 à DT-000500)\n- Valeurs critiques téléphonées et consignées sur le formulaire papier\n- Saisie rétroactive par l'équipe de jour\n\nBillet de changement CHG%07d. Questions : poste 4357.") % (
        fmt_day(d, lang), R.randrange(10**7))
    subj = L(lang, ["Planned LIS downtime %s", "LIS maintenance window"], ["Arrêt planifié du SIL %s", "Fenêtre de maintenance SIL"])
    if "%s" in subj:
        subj = subj % fmt_day(d, lang)
    return mkspec(lang, ("IT Service Desk" if lang == "en" else "Centre de services TI", it.email), [("", "lab-all@%s" % site["dom"])], subj, body), "IT downtime notice"


def n_job_posting(lang):
    site = site_for(lang)
    hr = ("Talent Acquisition" if lang == "en" else "Dotation", "careers@%s" % site["dom"])
    role = L(lang, pick(["Medical Laboratory Technologist - Transfusion Medicine (permanent, full-time)", "Genetic Counsellor (1-year contract)",
                         "Pathologists' Assistant", "Laboratory Clerk - Specimen Reception (evenings)"]),
             pick(["Technologiste médical(e) - Médecin transfusionnelle (poste permanent temps complet)", "Conseiller(ère) en génétique (contrat 1 an)",
                   "Assistant(e) en pathologie", "Agent(e) administratif(ve) - réception des échantillons (soir)"]))
    body = L(lang, "Job posting #%d\n\n%s\n%s\n\nRequirements: CSMLS certification or eligibility; experience with ISO 15189 an asset; bilingualism an asset.\nSalary: per collective agreement, $%d-$%d/h.\nApply by %s.\n\nWe are an equal-opportunity employer.",
             "Affichage no %d\n\n%s\n%s\n\nExigences : membre de l'OPTMQ ou admissible; expérience ISO 15189 un atout; bilinguisme un atout.\nSalaire : selon la convention collective, %d $ à %d $/h.\nPostuler avant le %s.\n\nNous souscrivons au principe d'équité en emploi.") % (
        R.randrange(10000, 99999), role, site["name"], R.randrange(28, 35), R.randrange(40, 52), fmt_date(soon(10, 30), lang, 2))
    subj = L(lang, ["Job posting: %s", "Now hiring - %s"], ["Affichage de poste : %s", "On recrute - %s"]) % role.split(" (")[0]
    return mkspec(lang, hr, [("", "all-staff@%s" % site["dom"])], subj, body, mode=pick(["html", "alt"])), "job posting"


def n_committee_notice(lang):
    site = site_for(lang)
    tso = staff(lang, "tso", site)
    body = L(lang, "%s\n\nTransfusion Committee - %s, 12:00, room C-310 / Teams.\n\nAgenda\n1. Minutes of last meeting\n2. Q%d indicators: RBC discard rate %.1f%%, %d reactions reported (%d febrile, %d allergic), %d WBIT near misses\n3. O-neg utilisation in non-O-neg recipients: %d%%\n4. Patient blood management: pre-op anaemia clinic update\n5. Other business\n\nLunch provided - please RSVP.\n\n%s",
             "%s\n\nComité de médecine transfusionnelle - %s, 12 h, salle C-310 / Teams.\n\nOrdre du jour\n1. Procès-verbal de la dernière rencontre\n2. Indicateurs T%d : taux de perte CGR %.1f %%, %d réactions déclarées (%d fébriles, %d allergiques), %d échappées WBIT\n3. Utilisation de O nég chez des receveurs non O nég : %d %%\n4. Gestion optimale du sang : clinique d'anémie préopératoire\n5. Varia\n\nDîner fourni - confirmez votre présence.\n\n%s") % (
        greet(lang), fmt_day(soon(3, 30), lang), R.randrange(1, 5), R.uniform(0.5, 3.5), R.randrange(5, 30), R.randrange(2, 10), R.randrange(1, 8),
        R.randrange(0, 4), R.randrange(8, 30), signature(tso, lang))
    subj = L(lang, ["Transfusion Committee - agenda", "TC meeting next week"], ["Comité transfusionnel - ordre du jour", "Rencontre du comité transfusionnel"])
    return mkspec(lang, tso, [("", "transfusion-committee@%s" % site["dom"])], subj, body), "committee agenda with aggregate indicators"


def n_newsletter(lang):
    site = site_for(lang)
    sender = (L(lang, "Lab Communications", "Communications - Laboratoires"), "lab-news@%s" % site["dom"])
    bm = pick(STAFF_FR if lang == "fr" else STAFF_EN)
    text = L(lang, "THE LAB BENCH - %s edition\n\nIn this issue\n- New hs-troponin 0/1 h algorithm live in the ED\n- Microbiology: MALDI-TOF now identifies yeasts in 30 min\n- Genetics: our hereditary cancer panel expanded to 32 genes\n- Welcome to %s %s, our new charge technologist in haematology\n- Did you know? We processed %d,%03d specimens last month.\n\nRead more on the intranet.",
             "LE PAILLASSON - édition %s\n\nDans ce numéro\n- Nouvel algorithme troponine hs 0/1 h à l'urgence\n- Microbiologie : le MALDI-TOF identifie maintenant les levures en 30 min\n- Génétique : notre panel de cancers héréditaires passe à 32 gènes\n- Bienvenue à %s %s, nouvelle coordonnatrice technique en hématologie\n- Le saviez-vous? Nous avons traité %d %03d échantillons le mois dernier.\n\nLa suite sur l'intranet.") % (
        L(lang, pick(MONTHS_EN), pick(MONTHS_FR)), bm[0], bm[1], R.randrange(80, 200), R.randrange(1000))
    return mkspec(lang, sender, [("", "lab-all@%s" % site["dom"])], L(lang, "Lab newsletter", "Infolettre des laboratoires"), text, mode=pick(["html", "alt"])), "newsletter"


def n_tat_statistics(lang):
    site = site_for(lang)
    qa = staff(lang, "qa", site)
    rows = [[L(lang, "Month", "Mois"), L(lang, "ED K+ TAT median (min)", "Délai K+ urgence médiane (min)"), "90th pct", L(lang, "Troponin within 60 min (%)", "Troponine < 60 min (%)"), L(lang, "Rejected specimens", "Échantillons rejetés")]]
    for m in R.sample(range(12), 4):
        rows.append([L(lang, MONTHS_EN[m], MONTHS_FR[m]), str(R.randrange(38, 70)), str(R.randrange(70, 120)), str(R.randrange(78, 98)), str(R.randrange(40, 300))])
    table = "\n".join(" | ".join(r) for r in rows)
    body = L(lang, "%s\n\nQuarterly TAT dashboard below. Haemolysis remains the #1 rejection reason (%d%%), mostly from ED IV-start draws.\n\n%s\n\n%s",
             "%s\n\nTableau de bord trimestriel des délais ci-dessous. L'hémolyse reste la 1re cause de rejet (%d %%), surtout les prélèvements sur cathéter à l'urgence.\n\n%s\n\n%s") % (
        greet(lang), R.randrange(40, 70), table, signature(qa, lang))
    subj = L(lang, ["TAT dashboard Q%d", "Turnaround time stats"], ["Tableau de bord délais T%d", "Statistiques de délais"])
    if "%d" in subj:
        subj = subj % R.randrange(1, 5)
    return mkspec(lang, qa, [("", "lab-managers@%s" % site["dom"])], subj, body, mode=pick([None, "alt", "html"])), "aggregate turnaround statistics"


def n_antibiogram(lang):
    site = site_for(lang)
    micro = staff(lang, "micro", site)
    orgs = ["E. coli", "K. pneumoniae", "P. aeruginosa", "S. aureus", "E. faecalis"]
    abx = ["AMP", "CFZ", "CRO", "TZP", "CIP", "SXT", "MEM"]
    rows = [[L(lang, "Organism (n)", "Micro-organisme (n)")] + abx]
    for o in orgs:
        rows.append(["%s (%d)" % (o, R.randrange(30, 900))] + [str(R.randrange(40, 100)) if chance(0.8) else "-" for _ in abx])
    body = L(lang, "%s\n\nThe %d cumulative antibiogram (first isolate per patient, CLSI M39) is attached and on the intranet. ESBL rate in E. coli blood isolates rose to %d%%.\n\n%s",
             "%s\n\nL'antibiogramme cumulatif %d (premier isolat par patient, CLSI M39) est joint et sur l'intranet. Le taux de BLSE chez E. coli en hémoculture est passé à %d %%.\n\n%s") % (
        greet(lang), R.randrange(2022, 2025), R.randrange(6, 15), signature(micro, lang))
    a = pick([att_pdf("antibiogram.pdf", L(lang, "Cumulative antibiogram (% susceptible)", "Antibiogramme cumulatif (% sensible)"), [("m", " ".join(x.ljust(9) for x in r)) for r in rows]),
              att_xlsx("antibiogramme.xlsx" if lang == "fr" else "antibiogram.xlsx", [("ABG", rows)])])
    subj = L(lang, ["Cumulative antibiogram now available", "Annual antibiogram"], ["Antibiogramme cumulatif disponible", "Antibiogramme annuel"])
    return mkspec(lang, micro, [("", "medical-staff@%s" % site["dom"])], subj, body, atts=[a]), "aggregate antibiogram"


def n_blood_inventory(lang):
    site = site_for(lang)
    tech = staff(lang, "charge", site)
    bbdir = staff(lang, "bbdir", site)
    rows = [[L(lang, "Group", "Groupe"), "RBC", L(lang, "Plasma", "Plasma"), L(lang, "Platelets", "Plaquettes"), L(lang, "Days on hand", "Jours en stock")]]
    for g in ["O neg", "O pos", "A neg", "A pos", "B pos", "AB pos"]:
        rows.append([g, str(R.randrange(0, 40)), str(R.randrange(5, 60)), str(R.randrange(0, 6)), "%.1f" % R.uniform(0.5, 6)])
    dins = ["W%04d %02d %06d" % (R.randrange(1000, 9999), R.randrange(23, 25), R.randrange(10**6)) for _ in range(R.randrange(1, 4))]
    body = L(lang, "%s\n\nInventory at 07:00:\n\n%s\n\nO neg below the amber threshold - supplier emergency order placed. Non-trauma O neg use restricted to women of child-bearing potential per policy TM-112.\nUnits transferred to the satellite site: %s.\n\n%s",
             "%s\n\nInventaire à 7 h :\n\n%s\n\nO nég sous le seuil jaune - commande urgente au fournisseur. Utilisation du O nég hors trauma limitée aux femmes en âge de procréer (politique MT-112).\nUnités transférées au site satellite : %s.\n\n%s") % (
        greet(lang, bbdir.given), "\n".join(" | ".join(r) for r in rows), ", ".join(dins), signature(tech, lang))
    subj = L(lang, ["Blood inventory - O neg amber", "Daily inventory %s" % site["short"]], ["Inventaire sanguin - O nég jaune", "Inventaire quotidien %s" % site["short"]])
    return mkspec(lang, tech, [bbdir], subj, body), "blood inventory with donation numbers"


def n_reference_range_change(lang):
    site = site_for(lang)
    bio = staff(lang, "biochem", site)
    changes = LL(lang, ["ALP adult: 40-129 U/L (was 35-120)", "Ferritin female: 15-200 ug/L (was 10-291)", "TSH: 0.40-4.00 mU/L (was 0.35-5.00)",
                       "hs-TnT 99th percentile: 14 ng/L (sex-specific cut-offs removed)", "eGFR now CKD-EPI 2021 without race coefficient"],
                 ["PAL adulte : 40-129 U/L (ancien 35-120)", "Ferritine femme : 15-200 µg/L (ancien 10-291)", "TSH : 0,40-4,00 mU/L (ancien 0,35-5,00)",
                  "Troponine T hs 99e percentile : 14 ng/L", "DFGe maintenant CKD-EPI 2021 sans coefficient racial"])
    sel = R.sample(changes, 3)
    body = L(lang, "%s\n\nEffective %s, the following reference intervals change following our verification study (n=%d healthy donors):\n\n%s\n\nReports will display a comment for 3 months. No action needed on previous results.\n\n%s",
             "%s\n\nÀ compter du %s, les intervalles de référence suivants changent à la suite de notre étude de vérification (n=%d donneurs sains) :\n\n%s\n\nUn commentaire s'affichera sur les rapports pendant 3 mois. Aucune action requise sur les résultats antérieurs.\n\n%s") % (
        greet(lang), fmt_date(soon(7, 40), lang, 2), R.randrange(120, 400), "\n".join("- " + x for x in sel), signature(bio, lang))
    subj = L(lang, ["Reference interval changes", "New reference ranges effective"], ["Changement des intervalles de référence", "Nouvelles valeurs de référence"])
    return mkspec(lang, bio, [("", "medical-staff@%s" % site["dom"])], subj, body), "reference range change, no patients"


def n_critical_policy(lang):
    site = site_for(lang)
    bio = staff(lang, "biochem", site)
    rows = [[L(lang, "Test", "Analyse"), L(lang, "Low", "Bas"), L(lang, "High", "Haut")],
            ["K+", "< 2.8 mmol/L", "> 6.2 mmol/L"], ["Na", "< 120 mmol/L", "> 160 mmol/L"], ["Glucose", "< 2.5 mmol/L", "> 25 mmol/L"],
            ["Hb", "< 60 g/L", "> 200 g/L"], [L(lang, "Platelets", "Plaquettes"), "< 20 x10^9/L", "> 1000 x10^9/L"], ["INR / RNI", "-", "> 5.0"]]
    body = L(lang, "%s\n\nUpdated critical value list (policy LAB-CV-004 v7) approved by the Medical Advisory Committee. Call within 30 minutes, document read-back and the name of the person receiving the call.\n\n%s\n\n%s",
             "%s\n\nListe des valeurs critiques mise à jour (politique LAB-VC-004 v7) approuvée par le CMDP. Appeler dans les 30 minutes, documenter la relecture et le nom de la personne qui reçoit l'appel.\n\n%s\n\n%s") % (
        greet(lang), "\n".join(" | ".join(r) for r in rows), signature(bio, lang))
    subj = L(lang, ["Critical value list v7", "Updated critical limits"], ["Liste des valeurs critiques v7", "Mise à jour des seuils critiques"])
    return mkspec(lang, bio, [("", "lab-all@%s" % site["dom"])], subj, body, mode=pick(["alt", "html", None])), "critical value policy thresholds"


def n_blank_form(lang):
    site = site_for(lang)
    clerk = staff(lang, "clerk", site)
    blocks = [("p", L(lang, "Patient name: ______________________   DOB (YYYY-MM-DD): ____________", "Nom du patient : ______________________   DDN (AAAA-MM-JJ) : ____________")),
              ("p", L(lang, "Health card no.: ______________   MRN: __________", "NAM : ______________   No dossier : __________")),
              ("p", L(lang, "Ordering physician: ____________  Licence no.: ______", "Médecin prescripteur : ____________  No permis : ______")),
              ("table", [[L(lang, "Test", "Analyse"), L(lang, "Tube", "Tube"), "☐"], ["CBC / FSC", "EDTA lavender", "☐"], ["Lytes", "PST green", "☐"],
                         ["INR", "Citrate blue", "☐"], ["Type & screen", "EDTA pink 6 mL", "☐"]]),
              ("p", L(lang, "Collector initials: ____  Date/time: ________", "Initiales préleveur : ____  Date/heure : ________"))]
    a = att_docx(L(lang, "outpatient_requisition_v12.docx", "requete_externe_v12.docx"), L(lang, "Outpatient laboratory requisition", "Requête de laboratoire - patients externes"), blocks)
    if chance(0.5):
        a = att_pdf(a["fn"].replace(".docx", ".pdf"), L(lang, "Outpatient laboratory requisition", "Requête de laboratoire - patients externes"),
                    [b[1] if b[0] == "p" else ("m", " | ".join(" / ".join(x) for x in b[1])) for b in blocks])
    body = L(lang, "%s\n\nAttached is the new blank requisition (v12) - please discard old stock. Two identifiers must be filled in; unlabelled or mismatched specimens will be rejected.\n\n%s",
             "%s\n\nVoici la nouvelle requête vierge (v12) - SVP jeter les anciennes. Deux identifiants doivent être inscrits; les échantillons non identifiés ou discordants seront rejetés.\n\n%s") % (
        greet(lang), signature(clerk, lang))
    subj = L(lang, ["New requisition form v12", "Blank req form - updated"], ["Nouvelle requête v12", "Formulaire de requête vierge - mise à jour"])
    return mkspec(lang, clerk, [("", "clinics@%s" % site["dom"])], subj, body, atts=[a]), "blank requisition form"


def n_purchase_order(lang):
    site = site_for(lang)
    mgr = staff(lang, "manager", site)
    vendor = pick(VENDORS)
    po = luhn_number(10)
    rows = [[L(lang, "Item", "Article"), L(lang, "Cat. no.", "No cat."), L(lang, "Qty", "Qté"), L(lang, "Unit price", "Prix unitaire")]]
    for it in R.sample(["Blood culture bottles, aerobic", "Troponin reagent pack", "Gel cards ABO/Rh", "Formalin 10% NBF 20 L", "Pipette tips 200 uL", "QC material level 2", "Slides, charged"], 4):
        rows.append([it, "%d-%05d" % (R.randrange(10, 99), R.randrange(10**5)), str(R.randrange(1, 40)), "%d.%02d $" % (R.randrange(9, 900), R.randrange(100))])
    body = L(lang, "%s\n\nPO %s to %s approved - details below. Please confirm delivery date and lot expiry (min. 6 months).\n\n%s\n\nInvoice to accounts payable, ref. cost centre 71-%04d.\n\n%s",
             "%s\n\nBon de commande %s à %s approuvé - détails ci-dessous. SVP confirmer la date de livraison et la péremption des lots (min. 6 mois).\n\n%s\n\nFacturer aux comptes payables, centre de coûts 71-%04d.\n\n%s") % (
        greet(lang), po, vendor, "\n".join(" | ".join(r) for r in rows), R.randrange(10**4), signature(mgr, lang))
    subj = L(lang, ["PO %s - %s", "Purchase order %s"], ["BC %s - %s", "Bon de commande %s"])
    subj = subj % ((po, vendor) if subj.count("%s") == 2 else po)
    atts = [att_pdf("PO_%s.pdf" % po, "Purchase order %s" % po, [("m", " | ".join(r)) for r in rows])] if chance(0.4) else []
    return mkspec(lang, mgr, [("Orders - %s" % vendor, "orders@%s.example" % vendor.split()[0].lower())], subj, body, atts=atts), "purchase order with Luhn-valid number"


# ---------------------------------------------------------------------------
# NEGATIVE templates (part 2)
# ---------------------------------------------------------------------------

def n_teaching_case(lang):
    site = site_for(lang)
    path = staff(lang, pick(["path", "haem", "micro"]), site)
    case = pick([("A %d-year-old man presented with fatigue and dark urine. Hb %d g/L, retics 9%%, LDH 1,450 U/L, DAT negative; flow cytometry showed CD55/CD59-deficient granulocytes (clone 62%%).",
                  "Un homme de %d ans consulte pour fatigue et urines foncées. Hb %d g/L, réticulocytes 9 %%, LDH 1 450 U/L, TDA négatif; cytométrie : granulocytes déficients en CD55/CD59 (clone 62 %%).", "PNH", "HPN"),
                 ("A %d-year-old woman with fever after a trip; smear shows ring forms, parasitaemia 3.2%%, Hb %d g/L.",
                  "Une femme de %d ans fébrile au retour de voyage; frottis avec trophozoïtes annulaires, parasitémie 3,2 %%, Hb %d g/L.", "P. falciparum malaria", "paludisme à P. falciparum"),
                 ("A %d-year-old with a mediastinal mass; Hb %d g/L; node biopsy shows Reed-Sternberg cells, CD30+ CD15+.",
                  "Patient(e) de %d ans avec masse médiastinale; Hb %d g/L; biopsie ganglionnaire : cellules de Reed-Sternberg CD30+ CD15+.", "classic Hodgkin lymphoma", "lymphome de Hodgkin classique")])
    intro = L(lang, case[0], case[1]) % (R.randrange(19, 80), R.randrange(60, 110))
    body = L(lang, "%s\n\nUnknown case for Thursday's resident teaching (fully de-identified; images from the teaching set):\n\n%s\n\nQuestions: differential? next test? Answer key (%s) will be sent after the session.\n\n%s",
             "%s\n\nCas inconnu pour l'enseignement aux résidents de jeudi (entièrement dépersonnalisé; images de la banque d'enseignement) :\n\n%s\n\nQuestions : diagnostic différentiel? prochain test? Le corrigé (%s) sera envoyé après la séance.\n\n%s") % (
        greet(lang), intro, L(lang, case[2], case[3]) if chance(0.5) else "...", signature(path, lang))
    subj = L(lang, ["Unknown case - resident teaching", "Case of the week #%d" % R.randrange(1, 40)], ["Cas inconnu - enseignement résidents", "Cas de la semaine no %d" % R.randrange(1, 40)])
    atts = []
    if chance(0.4):
        atts.append(att_pptx_like(lang, intro))
    return mkspec(lang, path, [("", "residents@%s" % site["dom"])], subj, body, atts=atts), "anonymised teaching case"


def att_pptx_like(lang, intro):
    return att_pdf(L(lang, "unknown_case.pdf", "cas_inconnu.pdf"), L(lang, "Unknown case", "Cas inconnu"), [intro, "", L(lang, "Question 1: What is the most likely diagnosis?", "Question 1 : Quel est le diagnostic le plus probable?")])


def n_new_physician(lang):
    site = site_for(lang)
    doc = staff(lang, pick(["haem", "path", "micro", "geneticist"]), site)
    chief = staff(lang, "manager", site)
    interest = {"haem": ("sickle cell disease and thalassaemia", "la drépanocytose et les thalassémies"),
                "path": ("gynaecological and breast pathology", "la pathologie gynécologique et mammaire"),
                "micro": ("tuberculosis and fungal infections", "la tuberculose et les infections fongiques"),
                "geneticist": ("hereditary cancer syndromes and Lynch syndrome", "les syndromes de cancer héréditaire et le syndrome de Lynch")}[doc.role]
    body = L(lang, "%s\n\nPlease join me in welcoming %s, who joins our department on %s. Dr. %s completed fellowship training in %s and will lead our clinic for %s. Pager via switchboard; office B-%d.\n\n%s",
             "%s\n\nVeuillez accueillir %s, qui se joint au département le %s. Dr%s %s a complété un fellowship en %s et dirigera notre clinique consacrée à %s. Téléavertisseur via le standard; bureau B-%d.\n\n%s") % (
        greet(lang), sname(doc, lang, True), fmt_date(soon(3, 40), lang, 2), *( (doc.sur,) if lang == "en" else ("e" if doc.sex == "F" else "", doc.sur)),
        L(lang, {"haem": "haematology", "path": "pathology", "micro": "infectious diseases", "geneticist": "medical genetics"}[doc.role],
          {"haem": "hématologie", "path": "pathologie", "micro": "maladies infectieuses", "geneticist": "génétique médicale"}[doc.role]),
        L(lang, interest[0], interest[1]), R.randrange(100, 400), signature(chief, lang))
    subj = L(lang, ["Welcome Dr. %s" % doc.sur, "New staff physician - %s" % doc.sur], ["Bienvenue Dr%s %s" % ("e" if doc.sex == "F" else "", doc.sur), "Nouveau médecin au département"])
    return mkspec(lang, chief, [("", "all-staff@%s" % site["dom"])], subj, body, mode=pick(["html", "alt", None])), "physician named with specialty diseases"


def n_seminar(lang):
    site = site_for(lang)
    org = staff(lang, pick(["gc", "biochem", "path"]), site)
    spk = staff(lang, pick(["geneticist", "haem", "micro", "path"]), site)
    topic = L(lang, pick(["Universal tumour screening for Lynch syndrome: five years on", "Patient blood management in cardiac surgery",
                          "Candida auris: what the lab needs to know", "Interpreting variants of uncertain significance", "Biotin interference in immunoassays"]),
              pick(["Dépistage universel du syndrome de Lynch : bilan de cinq ans", "Gestion optimale du sang en chirurgie cardiaque",
                    "Candida auris : ce que le labo doit savoir", "Interpréter les variants de signification incertaine", "Interférence de la biotine en immunoessai"]))
    d = soon(3, 30)
    st = dt.datetime(d.year, d.month, d.day, 12, 0)
    body = L(lang, "Laboratory Medicine Grand Rounds\n\n%s\nSpeaker: %s, %s\n%s, 12:00-13:00, Auditorium A and online\n\nAccredited for 1 Section 1 credit. All welcome.",
             "Grandes conférences de biologie médicale\n\n%s\nConférencier(ère) : %s, %s\n%s, 12 h à 13 h, Amphithéâtre A et en ligne\n\nActivité reconnue (1 h, section 1). Bienvenue à tous.") % (
        topic, sname(spk, lang, True), spk.title, fmt_day(d, lang))
    atts = [att_ics("rounds.ics", "rounds-%d@%s" % (R.randrange(10**6), site["dom"]), topic, st, 60, description=sname(spk, lang, True), location="Auditorium A")] if chance(0.5) else []
    return mkspec(lang, org, [("", "labmed-all@%s" % site["dom"])], L(lang, "Grand Rounds: %s", "Conférence : %s") % topic, body, atts=atts, mode=pick(["html", "alt", None])), "speaker and topic"


def n_staff_occ_health(lang):
    site = site_for(lang)
    oh = (L(lang, "Occupational Health", "Santé et sécurité au travail"), "occhealth@%s" % site["dom"])
    names = staff_list(lang, R.randrange(4, 8))
    rows = [[L(lang, "Employee", "Employé(e)"), L(lang, "Dept", "Service"), L(lang, "Due", "Échéance"), L(lang, "Item", "Élément")]]
    for g, s, _ in names:
        rows.append(["%s %s" % (g, s), L(lang, pick(["Micro", "Core lab", "Blood bank"]), pick(["Micro", "Labo central", "Banque de sang"])),
                     soon(10, 120).isoformat(), L(lang, pick(["TB skin test", "N95 fit test", "Hep B titre"]), pick(["TCT", "essai d'ajustement N95", "titrage hépatite B"]))])
    body = L(lang, "%s\n\nThe following laboratory staff are due for their annual occupational health requirements. Drop-in clinic Tue/Thu 08:00-11:00, room G-12.\n\n%s\n\n%s",
             "%s\n\nLes employé(e)s suivant(e)s du laboratoire doivent compléter leurs exigences annuelles en santé au travail. Clinique sans rendez-vous mar/jeu 8 h-11 h, local G-12.\n\n%s\n\n%s") % (
        greet(lang), "\n".join(" | ".join(r) for r in rows), L(lang, "Occupational Health & Safety", "Service de santé et sécurité au travail"))
    subj = L(lang, ["Annual staff requirements due", "TB testing / fit testing - lab staff"], ["Exigences annuelles - personnel du labo", "TCT / essais N95 - personnel"])
    return mkspec(lang, oh, [("", "lab-managers@%s" % site["dom"])], subj, body), "staff occupational health (HR)"


def n_staff_leave(lang):
    site = site_for(lang)
    tech = staff(lang, "tech", site)
    mgr = staff(lang, "manager", site)
    d1 = soon(14, 90)
    d2 = d1 + dt.timedelta(days=R.randrange(3, 15))
    reason = L(lang, pick(["vacation", "my sister's wedding in Vancouver", "moving house", "a family matter"]), pick(["vacances", "le mariage de ma soeur", "un déménagement", "une affaire familiale"]))
    top = L(lang, "%s\n\nI'd like to request leave from %s to %s for %s. %s has agreed to swap my weekend. Let me know if that works.\n\n%s\n%s",
            "%s\n\nJ'aimerais demander un congé du %s au %s pour %s. %s a accepté d'échanger ma fin de semaine. Dis-moi si ça convient.\n\n%s\n%s") % (
        greet(lang, mgr.given), fmt_date(d1, lang, 2), fmt_date(d2, lang, 2), reason, pick(STAFF_FR if lang == "fr" else STAFF_EN)[0], closing(lang), tech.given)
    return mkspec(lang, tech, [mgr], L(lang, ["Leave request", "Vacation request %s" % fmt_date(d1, lang, 0)], ["Demande de congé", "Demande de vacances"]), top), "staff leave request"


def n_equipment_service(lang):
    site = site_for(lang)
    mgr = staff(lang, "manager", site)
    eq = L(lang, pick(["Biosafety cabinet class II", "Refrigerated centrifuge", "Cryostat", "Platelet agitator/incubator", "-80 C freezer"]),
           pick(["Enceinte de biosécurité classe II", "Centrifugeuse réfrigérée", "Cryostat", "Agitateur-incubateur à plaquettes", "Congélateur -80 °C"]))
    asset = luhn_number(9)
    sn = luhn_number(10)
    body = L(lang, "%s\n\nService report for %s - asset tag %s, serial %s, location %s.\n\nWork done: annual PM, HEPA filter integrity test passed, airflow 0.42 m/s, alarms verified. Next PM due %s.\nCertificate attached for the accreditation binder.\n\n%s",
             "%s\n\nRapport de service pour %s - no d'actif %s, série %s, local %s.\n\nTravaux : entretien préventif annuel, test d'intégrité du filtre HEPA réussi, débit 0,42 m/s, alarmes vérifiées. Prochain entretien %s.\nCertificat joint pour le cartable d'agrément.\n\n%s") % (
        greet(lang, mgr.given), eq, asset, sn, "B-%d" % R.randrange(100, 400), fmt_date(soon(300, 365), lang, 0),
        "%s\n%s" % (pick(["Field Service", "Service technique"]), pick(VENDORS)))
    a = att_pdf("certificate_%s.pdf" % asset, L(lang, "Certificate of service", "Certificat de service"), ["Asset %s" % asset, "Serial %s" % sn, L(lang, "Result: PASS", "Résultat : CONFORME")])
    return mkspec(lang, ("Field Service", "service@%s.example" % pick(VENDORS).split()[0].lower()), [mgr], L(lang, "Service report %s", "Rapport de service %s") % asset, body, atts=[a] if chance(0.6) else []), \
        "equipment service with Luhn-valid asset and serial numbers"


def n_spill_biosafety(lang):
    site = site_for(lang)
    sup = staff(lang, "charge", site)
    body = L(lang, "%s\n\nIncident summary: approx. %d mL of 10%% formalin spilled in the grossing room at %02d:%02d. Area evacuated, spill kit used, fume hood on max, air monitoring %.1f ppm after 30 min (below STEL). No staff exposure reported. Safety report #%d filed.\n\nReminder: carry containers in secondary containment.\n\n%s",
             "%s\n\nRésumé : environ %d mL de formol 10 %% renversés en salle de macroscopie à %02dh%02d. Zone évacuée, trousse de déversement utilisée, hotte au maximum, mesure d'air %.1f ppm après 30 min (sous la VECD). Aucune exposition du personnel. Rapport SST no %d.\n\nRappel : transporter les contenants dans un contenant secondaire.\n\n%s") % (
        greet(lang), R.randrange(200, 2000), R.randrange(24), R.randrange(60), R.uniform(0.1, 0.9), R.randrange(1000, 9999), signature(sup, lang))
    return mkspec(lang, sup, [("", "path-staff@%s" % site["dom"])], L(lang, ["Formalin spill - grossing room", "Biosafety incident summary"], ["Déversement de formol - macroscopie", "Résumé incident biosécurité"]), body), "chemical spill, no patients"


def n_competency_training(lang):
    site = site_for(lang)
    qa = staff(lang, "qa", site)
    names = staff_list(lang, R.randrange(4, 8))
    rows = [[L(lang, "Technologist", "Technologiste"), L(lang, "Module", "Module"), L(lang, "Score", "Note"), L(lang, "Status", "Statut")]]
    for g, s, _ in names:
        sc = R.randrange(70, 101)
        rows.append(["%s %s" % (g, s), L(lang, pick(["Blood film morphology", "Antibody ID", "Gram stain reading", "Crossmatch by gel"]),
                                          pick(["Morphologie des frottis", "Identification d'anticorps", "Lecture Gram", "Épreuve de compatibilité en gel"])),
                     "%d %%" % sc, L(lang, "Pass" if sc >= 80 else "Retrain", "Réussi" if sc >= 80 else "Reprise")])
    body = L(lang, "%s\n\nCompetency assessment results for this cycle (slides from the external survey set):\n\n%s\n\nRetraining sessions to be booked with the section lead.\n\n%s",
             "%s\n\nRésultats d'évaluation des compétences pour ce cycle (lames de la série externe) :\n\n%s\n\nLes reprises seront planifiées avec la responsable de secteur.\n\n%s") % (
        greet(lang), "\n".join(" | ".join(r) for r in rows), signature(qa, lang))
    return mkspec(lang, qa, [("", "lab-leads@%s" % site["dom"])], L(lang, ["Competency results", "Annual competency - summary"], ["Résultats des compétences", "Compétences annuelles - sommaire"]), body,
                  mode=pick([None, "html"])), "staff competency scores"


def n_supply_shortage(lang):
    site = site_for(lang)
    mgr = staff(lang, "manager", site)
    item = L(lang, pick(["blood culture bottles", "light-blue citrate tubes", "SARS-CoV-2 PCR cartridges", "platelet components"]),
             pick(["flacons d'hémoculture", "tubes citratés bleu pâle", "cartouches PCR SRAS-CoV-2", "concentrés plaquettaires"]))
    body = L(lang, "%s\n\nNational supply disruption for %s - our stock covers about %d days. Effective immediately:\n- Limit to 2 sets per episode unless approved by microbiology\n- No surveillance/duplicate orders within 48 h\n- Satellite sites order through the main lab only\n\nUpdates weekly.\n\n%s",
             "%s\n\nRupture d'approvisionnement nationale pour les %s - notre stock couvre environ %d jours. Dès maintenant :\n- Limite de 2 paires par épisode sauf approbation de la microbiologie\n- Aucune demande de surveillance ou en double < 48 h\n- Les sites satellites commandent via le labo central seulement\n\nMises à jour hebdomadaires.\n\n%s") % (
        greet(lang), item, R.randrange(5, 25), signature(mgr, lang))
    return mkspec(lang, mgr, [("", "medical-staff@%s" % site["dom"])], L(lang, "Supply shortage: %s", "Pénurie : %s") % item, body, mode=pick([None, "alt"])), "supply shortage notice"


def n_outbreak_aggregate(lang):
    site = site_for(lang)
    micro = staff(lang, "micro", site)
    org = L(lang, pick(["norovirus", "C. difficile", "influenza A", "VRE"]), pick(["norovirus", "C. difficile", "influenza A", "ERV"]))
    body = L(lang, "%s\n\nOutbreak declared on %s: %d patients and %d staff with compatible symptoms over 72 h, %d lab-confirmed %s. Unit closed to admissions; enhanced cleaning in place. Please send stool/NP specimens labelled 'OUTBREAK %s-%d' for batch testing.\n\n%s",
             "%s\n\nÉclosion déclarée sur %s : %d usagers et %d employés symptomatiques en 72 h, %d confirmés %s. Unité fermée aux admissions; nettoyage renforcé. SVP identifier les prélèvements « ÉCLOSION %s-%d » pour analyse groupée.\n\n%s") % (
        greet(lang), unit_name(lang), R.randrange(3, 12), R.randrange(1, 6), R.randrange(2, 5), org, site["short"], R.randrange(1, 30), signature(micro, lang))
    return mkspec(lang, micro, [("", "ipac@%s" % site["dom"])], L(lang, ["Outbreak declared - %s", "Outbreak update"], ["Éclosion déclarée - %s", "Mise à jour éclosion"]).replace("%s", org), body), \
        "aggregate outbreak counts, no identities"


def n_labelling_reminder(lang):
    site = site_for(lang)
    tso = staff(lang, "tso", site)
    body = L(lang, "%s\n\nReminder - pre-transfusion specimens need, ON THE TUBE, at the bedside:\n- Full name (SURNAME, Given) exactly as on the wristband\n- Health card number or MRN\n- Date/time of collection and collector's ID\n\nExample: DOE, JANE / MRN 0000000 / 2024-01-01 08:00 / ID 1234 (fictitious).\nLast month we rejected %d specimens for labelling errors.\n\n%s",
             "%s\n\nRappel - les échantillons prétransfusionnels doivent porter SUR LE TUBE, au chevet :\n- Nom complet (NOM, Prénom) identique au bracelet\n- NAM ou numéro de dossier\n- Date/heure de prélèvement et code du préleveur\n\nExemple : NOM, PRÉNOM / dossier 0000000 / 2024-01-01 8 h / code 1234 (fictif).\nLe mois dernier, %d échantillons ont été rejetés pour erreur d'identification.\n\n%s") % (
        greet(lang), R.randrange(10, 60), signature(tso, lang))
    return mkspec(lang, tso, [("", "nursing-all@%s" % site["dom"])], L(lang, ["Specimen labelling reminder", "Two identifiers, every tube"], ["Rappel identification des échantillons", "Deux identifiants sur chaque tube"]), body,
                  mode=pick(["html", "alt", None])), "labelling policy with placeholder identifiers"


def n_fridge_alarm(lang):
    site = site_for(lang)
    tech = staff(lang, "tech", site)
    bbdir = staff(lang, "bbdir", site)
    dins = ["W%04d %02d %06d" % (R.randrange(1000, 9999), R.randrange(23, 25), R.randrange(10**6)) for _ in range(R.randrange(2, 6))]
    body = L(lang, "%s\n\nBlood bank fridge #%d (asset %s) alarmed at %02d:%02d - max %.1f C for 22 min (door not latched). Units quarantined pending your decision:\n%s\n\nTemperature chart attached.\n\n%s",
             "%s\n\nRéfrigérateur de la banque de sang no %d (actif %s) en alarme à %02dh%02d - max %.1f °C pendant 22 min (porte mal fermée). Unités en quarantaine en attente de ta décision :\n%s\n\nCourbe de température jointe.\n\n%s") % (
        greet(lang, bbdir.given), R.randrange(1, 5), luhn_number(9), R.randrange(24), R.randrange(60), R.uniform(6.1, 8.5), "\n".join("- " + d for d in dins), signature(tech, lang))
    rows = [["time", "temp_C"]] + [["%02d:%02d" % (3, m), "%.1f" % (4 + (m / 10 if m < 25 else 0.5))] for m in range(0, 60, 5)]
    return mkspec(lang, tech, [bbdir], L(lang, "Fridge alarm - units quarantined", "Alarme réfrigérateur - unités en quarantaine"), body,
                  atts=[att_csv("temp_log.csv", rows)] if chance(0.6) else []), "temperature excursion with donation numbers"


def n_holiday_hours(lang):
    site = site_for(lang)
    clerk = staff(lang, "clerk", site)
    body = L(lang, "%s\n\nHoliday hours for outpatient collection centres:\n- Dec 24: 07:00-12:00\n- Dec 25-26: closed (ED lab open 24/7)\n- Dec 31: 07:00-12:00\n- Jan 1-2: closed\n\nHome-collection route reduced to urgent INR only. Info line: %s.\n\n%s",
             "%s\n\nHeures des fêtes des centres de prélèvement :\n- 24 déc. : 7 h-12 h\n- 25-26 déc. : fermé (labo de l'urgence ouvert 24/7)\n- 31 déc. : 7 h-12 h\n- 1er-2 janv. : fermé\n\nTournée à domicile limitée aux RNI urgents. Ligne info : %s.\n\n%s") % (
        greet(lang), site["phone"], signature(clerk, lang))
    return mkspec(lang, clerk, [("", "clinics@%s" % site["dom"])], L(lang, "Holiday hours - collection centres", "Horaire des fêtes - centres de prélèvement"), body, mode=pick(["html", "alt"])), "holiday hours"


def n_genetics_journal_club(lang):
    site = site_for(lang)
    gc = staff(lang, "gc", site)
    body = L(lang, "%s\n\nJournal club Friday - paper: 'Reclassification of VUS in hereditary cancer genes over 10 years'.\nI'll also present a de-identified family (pedigree attached, no names): proband II-3, female, 40s, breast cancer; her mother I-2 ovarian cancer in her 50s; VUS in PALB2 later reclassified as likely pathogenic.\n\n%s",
             "%s\n\nClub de lecture vendredi - article : « Reclassification des VSI dans les gènes de cancer héréditaire sur 10 ans ».\nJe présenterai aussi une famille dépersonnalisée (arbre joint, sans noms) : proposante II-3, femme dans la quarantaine, cancer du sein; sa mère I-2 cancer de l'ovaire dans la cinquantaine; VSI PALB2 reclassé probablement pathogène.\n\n%s") % (
        greet(lang), signature(gc, lang))
    a = att_pdf(L(lang, "pedigree_deidentified.pdf", "arbre_depersonnalise.pdf"), L(lang, "Pedigree (de-identified)", "Arbre généalogique (dépersonnalisé)"),
                [("m", "I-1 (M)  ----  I-2 (F, ovarian ca, 50s)"), ("m", "        |"), ("m", "  II-1 (M)   II-3 (F, breast ca, 40s) <- proband"), ("s", L(lang, "Teaching use only", "Usage pédagogique seulement"))])
    return mkspec(lang, gc, [("", "genetics-team@%s" % GENPROG["dom"])], L(lang, "Journal club Friday", "Club de lecture vendredi"), body, atts=[a] if chance(0.6) else []), "de-identified pedigree for teaching"


def n_donor_clinic(lang):
    site = site_for(lang)
    tso = staff(lang, "tso", site)
    d = soon(5, 30)
    body = L(lang, "%s\n\nThe regional blood supplier is holding a donor clinic in our atrium on %s, 10:00-16:00. Staff donors get a 1-hour release. Book at donate.example or call 1-888-555-0123. Remember: eat, hydrate, bring ID.\n\nWe used %d RBC units last month - every donation counts!\n\n%s",
             "%s\n\nLe fournisseur régional de sang tient une collecte dans l'atrium le %s, de 10 h à 16 h. Libération d'une heure pour les employés donneurs. Réservez sur donneur.example ou au 1-888-555-0123. Mangez, hydratez-vous, apportez une pièce d'identité.\n\nNous avons utilisé %d CGR le mois dernier - chaque don compte!\n\n%s") % (
        greet(lang), fmt_day(d, lang), R.randrange(300, 1500), signature(tso, lang))
    return mkspec(lang, tso, [("", "all-staff@%s" % site["dom"])], L(lang, "Blood donor clinic on site", "Collecte de sang sur place"), body, mode=pick(["html", "alt", None])), "blood drive announcement"


def n_method_validation(lang):
    site = site_for(lang)
    bio = staff(lang, "biochem", site)
    mgr = staff(lang, "manager", site)
    an = pick(["hs-troponin I", "ferritin", "procalcitonin", "HbA1c", "D-dimer"])
    n = R.randrange(80, 200)
    rows = [[L(lang, "Parameter", "Paramètre"), L(lang, "Result", "Résultat"), L(lang, "Criterion", "Critère")],
            [L(lang, "Repeatability CV (L1)", "Répétabilité CV (N1)"), "%.1f %%" % R.uniform(1, 4), "< 5 %"],
            [L(lang, "Intermediate precision CV", "Fidélité intermédiaire CV"), "%.1f %%" % R.uniform(2, 6), "< 8 %"],
            [L(lang, "Method comparison (n=%d), slope" % n, "Comparaison (n=%d), pente" % n), "%.2f" % R.uniform(0.95, 1.05), "0.95-1.05"],
            ["Passing-Bablok intercept", "%.2f" % R.uniform(-0.5, 0.5), "-"], [L(lang, "Carry-over", "Contamination"), "0.0%", "< 1 %"]]
    body = L(lang, "%s\n\nVerification of the new %s method is complete; summary below and full report attached. Comparison used %d leftover anonymised specimens. I recommend go-live after LIS build sign-off.\n\n%s\n\n%s",
             "%s\n\nLa vérification de la nouvelle méthode %s est terminée; sommaire ci-dessous et rapport complet joint. La comparaison a utilisé %d échantillons résiduels anonymisés. Je recommande la mise en service après approbation du paramétrage SIL.\n\n%s\n\n%s") % (
        greet(lang, mgr.given), an, n, "\n".join(" | ".join(r) for r in rows), signature(bio, lang))
    data = [["sample", "old_method", "new_method"]] + [["V%03d" % i, "%.2f" % (x := R.uniform(1, 100)), "%.2f" % (x * R.uniform(0.95, 1.05))] for i in range(1, 31)]
    a = att_xlsx("validation_%s.xlsx" % an.replace(" ", "_"), [("Summary", rows), ("Comparison", data)])
    return mkspec(lang, bio, [mgr], L(lang, "Method verification - %s", "Vérification de méthode - %s") % an, body, atts=[a]), "method validation with anonymised sample codes"


def n_lis_build(lang):
    site = site_for(lang)
    bio = staff(lang, pick(["biochem", "charge"]), site)
    it = ("LIS Team", "lis-team@%s" % site["dom"])
    code = "%s%d" % (pick(["FCAL", "PCT", "AMH", "TTG", "BNP"]), R.randrange(1, 9))
    body = L(lang, "%s\n\nBuild request for new orderable %s:\n- Display name: %s\n- LOINC: %d-%d\n- Specimen: serum, gold SST\n- Units/ranges per attached validation\n- Result type: numeric, 1 decimal\n- Autoverification: yes, delta check 30%%\n- Billing code: %d\n\nTarget go-live %s. Please test in TRN before PRD.\n\n%s",
             "%s\n\nDemande de paramétrage pour la nouvelle analyse %s :\n- Nom affiché : %s\n- LOINC : %d-%d\n- Spécimen : sérum, tube SST or\n- Unités/valeurs selon la validation jointe\n- Type de résultat : numérique, 1 décimale\n- Autovalidation : oui, delta check 30 %%\n- Code de facturation : %d\n\nMise en service visée %s. SVP tester en formation avant production.\n\n%s") % (
        greet(lang), code, code, R.randrange(10000, 99999), R.randrange(10), R.randrange(10000, 99999), fmt_date(soon(14, 60), lang, 2), signature(bio, lang))
    return mkspec(lang, bio, [it], L(lang, "LIS build request - %s", "Demande de paramétrage SIL - %s") % code, body), "LIS build request with codes"


# ---------------------------------------------------------------------------
# Registry, wrapping, writing, self-check
# ---------------------------------------------------------------------------

POSITIVES = [
    ("critical_value", p_critical_value, 5), ("transfusion_reaction", p_transfusion_reaction, 4),
    ("antibody_workup", p_antibody_workup, 4), ("blood_culture_call", p_blood_culture_call, 5),
    ("ipc_isolation_list", p_ipc_isolation_list, 4), ("genetic_referral", p_genetic_referral, 4),
    ("genetic_result_letter", p_genetic_result_letter, 5), ("pathology_report", p_pathology_report, 5),
    ("amended_report", p_amended_report, 4), ("specimen_recollect", p_specimen_recollect, 4),
    ("home_collection", p_home_collection, 5), ("sendout_manifest", p_sendout_manifest, 3),
    ("ohip_billing", p_ohip_billing, 3), ("be_genetics", p_be_genetics, 3), ("fr_cytogenetics", p_fr_cytogenetics, 3),
    ("sin_form", p_sin_form, 3), ("reportable_disease", p_mado_notification, 4), ("prenatal_screen", p_prenatal_screen, 3),
    ("newborn_screen", p_newborn_screen, 3), ("drug_screen", p_drug_screen, 3), ("tdm_level", p_tdm_level, 4),
    ("biopsy_booking_ics", p_biopsy_booking_ics, 3), ("vcard_contact", p_vcard_contact, 2), ("zip_audit", p_zip_audit, 2),
    ("wbit_incident", p_wbit_incident, 3), ("blood_refusal", p_jw_refusal, 3), ("family_result_request", p_family_result_request, 3),
    ("smear_blasts", p_flow_leukemia, 4), ("research_tissue_list", p_research_tissue_list, 2), ("mrn_only_result", p_mrn_only_result, 4),
    ("subject_only", p_subject_only, 3), ("autopsy", p_autopsy, 2), ("hemoglobinopathy", p_hemoglobinopathy, 2),
    ("clozapine_anc", p_clozapine_anc, 3), ("hpv_result_letter", p_pap_hpv, 3),
]

NEGATIVES = [
    ("qc_report", n_qc_report, 8), ("proficiency_testing", n_proficiency_testing, 8), ("analyser_downtime", n_analyser_downtime, 6),
    ("reagent_recall", n_reagent_recall, 6), ("courier_schedule", n_courier_schedule, 6), ("accreditation_audit", n_accreditation_audit, 6),
    ("staff_rota", n_staff_rota, 7), ("lab_week", n_lab_week, 5), ("lis_downtime", n_lis_downtime, 5), ("job_posting", n_job_posting, 5),
    ("committee_notice", n_committee_notice, 5), ("newsletter", n_newsletter, 5), ("tat_statistics", n_tat_statistics, 5),
    ("antibiogram", n_antibiogram, 4), ("blood_inventory", n_blood_inventory, 6), ("reference_range_change", n_reference_range_change, 5),
    ("critical_value_policy", n_critical_policy, 4), ("blank_form", n_blank_form, 5), ("purchase_order", n_purchase_order, 5),
    ("teaching_case", n_teaching_case, 5), ("new_physician", n_new_physician, 4), ("seminar", n_seminar, 5),
    ("staff_occ_health", n_staff_occ_health, 4), ("staff_leave", n_staff_leave, 4), ("equipment_service", n_equipment_service, 5),
    ("spill_biosafety", n_spill_biosafety, 4), ("competency_training", n_competency_training, 5), ("supply_shortage", n_supply_shortage, 5),
    ("outbreak_aggregate", n_outbreak_aggregate, 4), ("labelling_reminder", n_labelling_reminder, 4), ("fridge_alarm", n_fridge_alarm, 4),
    ("holiday_hours", n_holiday_hours, 4), ("genetics_journal_club", n_genetics_journal_club, 4), ("donor_clinic", n_donor_clinic, 4),
    ("method_validation", n_method_validation, 5), ("lis_build", n_lis_build, 4),
]

REPLY_TOPS = {
    "en": ["Noted, thanks.", "Thanks - done.", "Got it, will take care of it this afternoon.", "Received. Adding to the log.",
           "Thanks! See my comment below.", "ok", "Perfect, thank you.", "Looping back - this is handled."],
    "fr": ["Bien reçu, merci.", "Merci - c'est fait.", "Ok je m'en occupe cet après-midi.", "Reçu. J'ajoute au registre.",
           "Merci! Voir mon commentaire plus bas.", "ok", "Parfait, merci.", "Suivi : c'est réglé."],
}
FWD_TOPS = {
    "en": ["FYI", "See below - can you handle?", "Forwarding for your records.", "Please see below and advise.", "For follow-up, thanks."],
    "fr": ["Pour info", "Voir ci-dessous - peux-tu t'en occuper?", "Je te transfère pour tes dossiers.", "Voir plus bas et me revenir svp.", "Pour suivi, merci."],
}


def site_of(email_addr):
    dom = email_addr.split("@")[-1]
    for x in SITES:
        if x["dom"] == dom:
            return x
    return None


def wrap(spec, lang, note):
    r = R.random()
    role = pick(["charge", "manager", "tech", "qa", "clerk"])
    home = site_of(spec["from"][1]) or next((site_of(t[1]) for t in spec["to"] if site_of(t[1])), None)
    taken = {spec["from"][0]} | {t[0] for t in spec["to"]}
    who = staff(lang, role, home)
    while sname(who, lang, False) in taken:
        who = staff(lang, role, home)
    taken.add(sname(who, lang, False))

    def colleague():
        c = staff(lang, pick(["charge", "manager", "qa"]), home)
        while sname(c, lang, False) in taken:
            c = staff(lang, pick(["charge", "manager", "qa"]), home)
        return c
    has_att = bool(spec.get("atts"))
    if not has_att and r < 0.20:
        replier = spec["to"][0] if spec["to"] and spec["to"][0][0] else who
        return as_reply(spec, replier, pick(REPLY_TOPS[lang]), lang), note + "; quoted in a reply"
    if r < (0.32 if not has_att else 0.14):
        to = [colleague()]
        return as_forward(spec, who, pick(FWD_TOPS[lang]), lang, to), note + "; inline forward"
    if r < (0.38 if not has_att else 0.19):
        to = [colleague()]
        return as_attached_eml(spec, who, pick(FWD_TOPS[lang]), lang, to), note + "; original attached as .eml"
    return spec, note


def schedule(registry, total):
    items = []
    for cat, fn, n in registry:
        for _ in range(n):
            items.append((cat, fn))
    assert len(items) == total, (len(items), total)
    start = R.randrange(2)
    langs = [("en", "fr")[(i + start) % 2] for i in range(total)]
    plan = list(zip(items, langs))
    R.shuffle(plan)
    return plan


def write_corpus(out, seed):
    global R
    R = random.Random(seed)
    _NAM_POOL[:] = load_nams()
    R.shuffle(_NAM_POOL)
    _NAM_IDX[0] = 0
    _NAM_CACHE.clear()
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels = {}
    for kind, registry, total in (("positive", POSITIVES, N_POS), ("negative", NEGATIVES, N_NEG)):
        plan = schedule(registry, total)
        for i, ((cat, fn), lang) in enumerate(plan, 1):
            CUR[0] = msg_datetime()
            _STAFF_USED.clear()
            if kind == "positive":
                spec, ty, note = fn(lang)
                assert len(ty) >= 1
            else:
                spec, note = fn(lang)
                ty = Types()
            spec, note = wrap(spec, lang, note)
            msg, crlf = build_message(spec)
            data = serialize(msg, crlf)
            rel = "%s/%s%03d_%s.eml" % (kind, kind[0], i, cat)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive", "types": ty.ordered(), "lang": lang, "note": note}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels


def corpus_files(out):
    files = []
    for sub in ("positive", "negative"):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith(".eml"):
                files.append("%s/%s" % (sub, f))
    return files


def digest(out):
    h = hashlib.sha256()
    for rel in corpus_files(out) + ["labels.json"]:
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def self_check(out):
    import email
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = corpus_files(out)
    assert sorted(labels) == sorted(files), "labels do not cover exactly the files"
    stats = {"positive": 0, "negative": 0, "en": 0, "fr": 0, "parts": 0, "attachments": 0, "crlf": 0}
    for rel in files:
        with open(os.path.join(out, rel), "rb") as fh:
            raw = fh.read()
        if b"\r\n" in raw:
            stats["crlf"] += 1
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"], rel
        for part in msg.walk():
            if part.is_multipart():
                continue
            content = part.get_content()
            stats["parts"] += 1
            fn = part.get_filename()
            if fn:
                stats["attachments"] += 1
            ctype = part.get_content_type()
            if ctype == "application/pdf":
                assert content.startswith(b"%PDF"), rel
            elif ctype in ("application/zip",) or ctype.startswith("application/vnd.openxmlformats"):
                zipfile.ZipFile(io.BytesIO(content)).testzip()
            elif ctype.startswith("text/"):
                assert isinstance(content, str), rel
        lab = labels[rel]
        assert lab["lang"] in ("en", "fr")
        if rel.startswith("positive/"):
            assert lab["confidential"] is True and len(lab["types"]) >= 1, rel
            stats["positive"] += 1
        else:
            assert lab["confidential"] is False and lab["types"] == [], rel
            stats["negative"] += 1
        assert all(t in TYPES for t in lab["types"]), rel
        stats[lab["lang"]] += 1
    assert stats["positive"] == N_POS and stats["negative"] == N_NEG, stats
    return stats, labels


README_TMPL = """# Held-out corpus 60 - laboratory medicine

Synthetic outbound hospital e-mail for measuring a data-loss-prevention filter.

## Flavour
Laboratory medicine: clinical biochemistry, haematology, microbiology, pathology, the blood bank /
transfusion service and medical genetics. Writers are technologists, charge technologists, lab managers,
pathologists, haematologists, microbiologists, clinical biochemists, genetic counsellors, transfusion safety
officers and clerks, in English and French-Canadian (about evenly). Harmless mail includes QC reports,
proficiency-testing results without patients, analyser downtime, reagent recalls, courier schedules,
accreditation audits, staff rotas, lab-week announcements, inventories, antibiograms, policies, blank forms,
purchase orders, anonymised teaching cases and seminars.

## Layout
- `generate.py` - the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` - {n_pos} confidential messages
- `negative/nNNN_<category>.eml` - {n_neg} non-confidential messages
- `labels.json` - `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "en"|"fr", "note": "..."}}}}`

Counts: {n_pos} positive, {n_neg} negative; English {n_en}, French {n_fr}
(positives: en {pos_en} / fr {pos_fr}; negatives: en {neg_en} / fr {neg_fr}).

## Definition used
A message is confidential when a reader could identify a patient (name, RAMQ NAM, SIN, Ontario health number,
Belgian NISS, French NIR, chart number / MRN, possibly disguised) and learn something personal, medical or
social about them, anywhere in the message: subject, body, quoted reply, inline forward, attachment
(PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or file name. Patient address/phone with the name in a
care context counts. Not confidential: staff information (rotas, leave, staff occupational health), physicians
named with the diseases they treat, speakers and topics, aggregates, newsletters, blank forms, anonymised
teaching cases, invoices/POs, serial/lot/asset/donation numbers (even Luhn-valid), clinic contact details,
IT/facilities mail, job postings, committee notices.

Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name,
diagnosis, medication, lab_result, patient_contact, social_information.

Every NAM comes from `../blind_nams.txt` and is used with that person's name, birth date and sex. SIN,
Ontario health numbers, NISS and NIR are generated and validated with python-stdnum (Luhn for the Ontario
number). All people, institutions, addresses and domains are invented (`*.example`, 555 numbers).

## Transports
Plain text, HTML-only and multipart/alternative; utf-8, iso-8859-1 and windows-1252; quoted-printable,
base64, 7bit/8bit; CRLF and LF line endings ({n_crlf} CRLF files); replies quoting earlier messages, inline
forwards, originals attached as message/rfc822; attachments: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP.
{n_att} attachment parts in total. Office/PDF/ZIP files use fixed timestamps, so output is byte-for-byte
reproducible.

## Regenerate
    python3 generate.py            # default seed {seed}, writes next to generate.py
    python3 generate.py --out DIR  # elsewhere

(The interpreter needs python-stdnum, reportlab, python-docx and openpyxl.)

The generator parses every file back with `email.message_from_bytes(..., policy=email.policy.default)`,
decodes every part, checks the labels and prints the counts and the digest.

## Digest
sha256 over every `.eml` file (sorted relative path, NUL, content, NUL) followed by `labels.json`:

    {digest}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    write_corpus(out, args.seed)
    stats, labels = self_check(out)
    dg = digest(out)
    pos_en = sum(1 for k, v in labels.items() if v["confidential"] and v["lang"] == "en")
    neg_en = sum(1 for k, v in labels.items() if not v["confidential"] and v["lang"] == "en")
    readme = README_TMPL.format(n_pos=stats["positive"], n_neg=stats["negative"], n_en=stats["en"], n_fr=stats["fr"],
                                pos_en=pos_en, pos_fr=stats["positive"] - pos_en, neg_en=neg_en, neg_fr=stats["negative"] - neg_en,
                                n_crlf=stats["crlf"], n_att=stats["attachments"], seed=args.seed, digest=dg)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)
    print("positives: %d  negatives: %d" % (stats["positive"], stats["negative"]))
    print("en: %d (pos %d, neg %d)  fr: %d (pos %d, neg %d)" % (stats["en"], pos_en, neg_en, stats["fr"], stats["positive"] - pos_en, stats["negative"] - neg_en))
    print("parts decoded: %d  attachments: %d  CRLF files: %d" % (stats["parts"], stats["attachments"], stats["crlf"]))
    print("sha256: %s" % dg)


if __name__ == "__main__":
    main()
