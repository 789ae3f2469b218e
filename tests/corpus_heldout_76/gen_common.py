"""Shared data, identifiers and small helpers for the corpus generator.

Everything here is invented (people, places, domains, 555-01xx phone numbers),
except the RAMQ NAMs, which are read from ../blind_nams.txt and always kept
with the person they belong to.
"""
import datetime
import os
import random
import re
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


# ---------------------------------------------------------------- NAM holders
class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob              # datetime.date
        self.sex = sex              # 'F' / 'M'
        self.nam = nam

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(NamHolder(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


NAM_HOLDERS = load_nams()


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def norm_name(s):
    return strip_accents(s).lower().strip()


NAM_FULLNAMES = set()
for _h in NAM_HOLDERS:
    NAM_FULLNAMES.add((norm_name(_h.given), norm_name(_h.surname)))


def is_nam_holder_name(given, surname):
    return (norm_name(given), norm_name(surname)) in NAM_FULLNAMES


# ---------------------------------------------------------------- name pools
FR_GIVEN_F = ["Lucie", "Micheline", "Huguette", "Gisèle", "Francine", "Lise", "Jocelyne",
              "Chantal", "Karine", "Mélanie", "Isabelle", "Thérèse", "Colette", "Marie-Ève",
              "Annie", "Simone", "Zoé", "Jacinthe", "Pierrette", "Rollande", "Ginette",
              "Raymonde", "Solange", "Véronique", "Catherine", "Léa", "Noémie", "Maude",
              "Claudette", "Yolande", "Danielle", "Monique", "Suzanne", "Rachel", "Brigitte"]
FR_GIVEN_M = ["Gaston", "Réjean", "Yvon", "Normand", "Raymond", "Benoît", "Stéphane",
              "Mathieu", "Étienne", "Rosaire", "Ghislain", "Jean-Guy", "Sébastien", "Léo",
              "Fernand", "Aurèle", "Denis", "Conrad", "Rénald", "Clément", "Guy", "Roger",
              "Maurice", "Yannick", "Jérôme", "Olivier", "Félix", "Hugo", "Marcel", "Alain",
              "Serge", "Luc", "Gaétan", "Laurent", "Donald"]
FR_SURNAMES = ["Tremblay", "Bergeron", "Côté", "Rioux", "Dufour", "Gingras", "Lavoie",
               "Desjardins", "Beaulieu", "Boisvert", "Lachance", "Poulin", "Cormier",
               "Gosselin", "Vachon", "Paradis", "Lemieux", "Dubé", "Hébert", "Landry",
               "Thériault", "Charest", "Turcotte", "Bilodeau", "Lévesque", "Harvey", "Ménard",
               "Nolet", "Pépin", "Ouimet", "Laflamme", "Audet", "Théberge", "Grenier",
               "Jolicoeur", "Lacasse", "St-Pierre", "Bérubé", "Drouin", "Marchand", "Sirois",
               "Perreault", "Gauvin", "Labrecque", "Michaud", "Veilleux", "Tanguay", "Rousseau",
               "Boivin", "Champagne", "Fecteau", "Lapierre", "Dion-Lapointe", "Raymond-Côté",
               "Gagné", "Doucet", "Allard", "Jacques", "Lepage", "Provencher"]
EN_GIVEN_F = ["Margaret", "Doreen", "Sandra", "Emily", "Priya", "Olivia", "Heather", "Karen",
              "Linda", "Shirley", "Brenda", "Megan", "Tanya", "Joan", "Patricia", "Amanda",
              "Rebecca", "Judith", "Aisha", "Fatima", "Hannah", "Grace"]
EN_GIVEN_M = ["Kevin", "Trevor", "Brian", "Ahmed", "Ryan", "Derek", "Gordon", "Wayne",
              "Douglas", "Neil", "Harold", "Stuart", "Jason", "Peter", "Omar", "Rajesh",
              "Colin", "Keith", "Ian", "Raymond", "Howard", "Walter"]
EN_SURNAMES = ["O'Neill", "Walsh", "McKay", "Hughes", "Kowalski", "Fraser", "Chen", "Haddad",
               "Sharma", "Grant", "Murphy", "Campbell", "Stewart", "Patterson", "Robertson",
               "Sinclair", "Doyle", "Henderson", "Morrison", "McLean", "Nguyen", "Singh",
               "Kaur", "Baxter", "Dunn", "Fitzgerald", "Harper", "Reid", "Shaw", "Wallace",
               "Kennedy", "Bishop", "Lowe", "Greer", "Mahoney"]


class Person:
    """An invented patient (never a NAM holder)."""

    def __init__(self, given, surname, sex, dob, lang):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.lang = lang
        self.nam = None

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."


def person_from_holder(h, lang="fr"):
    p = Person(h.given, h.surname, h.sex, h.dob, lang)
    p.nam = h.nam
    return p


def rand_dob(rng, lo=1935, hi=2008):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return datetime.date(y, m, d)


def new_person(rng, lang="fr", sex=None, lo=1935, hi=2008, used=None):
    while True:
        s = sex or rng.choice("FM")
        if lang == "fr" or rng.random() < 0.15:
            given = rng.choice(FR_GIVEN_F if s == "F" else FR_GIVEN_M)
            surname = rng.choice(FR_SURNAMES)
        else:
            given = rng.choice(EN_GIVEN_F if s == "F" else EN_GIVEN_M)
            surname = rng.choice(EN_SURNAMES)
        if rng.random() < 0.12 and lang == "en":
            surname = rng.choice(FR_SURNAMES)
        if is_nam_holder_name(given, surname):
            continue
        if used is not None:
            if (given, surname) in used:
                continue
            used.add((given, surname))
        return Person(given, surname, s, rand_dob(rng, lo, hi), lang)


def pick_holder(rng, used=None):
    pool = NAM_HOLDERS
    for _ in range(200):
        h = rng.choice(pool)
        if used is None or h.nam not in used:
            if used is not None:
                used.add(h.nam)
            return h
    return rng.choice(pool)


# ---------------------------------------------------------------- staff cast
class Staff:
    def __init__(self, given, surname, role_fr, role_en, email, sex, dr=False):
        self.given = given
        self.surname = surname
        self.role_fr = role_fr
        self.role_en = role_en
        self.email = email
        self.sex = sex
        self.dr = dr

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def dr_name(self, lang="fr"):
        if not self.dr:
            return self.full
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.full
        return "Dr. " + self.full

    def role(self, lang):
        return self.role_fr if lang == "fr" else self.role_en


H = "hrsaules.example"            # hospital
CISSS = "cisss-hautelaurentie.example"

HOSP_FR = "Hôpital régional de Rivière-aux-Saules"
HOSP_EN = "Rivière-aux-Saules Regional Hospital"
CISSS_FR = "CISSS de la Haute-Laurentie"
HOSP_ADDR = "1250, boulevard des Saules, Rivière-aux-Saules (Québec)  J0X 1A0"
HOSP_PHONE = "819 555-0100"

SURGEONS = [
    Staff("Hélène", "Vézina", "chirurgienne générale", "general surgeon", "helene.vezina@" + H, "F", True),
    Staff("Karim", "Benali", "chirurgien orthopédiste", "orthopaedic surgeon", "karim.benali@" + H, "M", True),
    Staff("Julie", "Marcoux", "oto-rhino-laryngologiste", "ENT surgeon", "julie.marcoux@" + H, "F", True),
    Staff("Patrick", "O'Connor", "urologue", "urologist", "patrick.oconnor@" + H, "M", True),
    Staff("François", "Lemay", "chirurgien général", "general surgeon", "francois.lemay@" + H, "M", True),
    Staff("Amélie", "Carrier", "gynécologue-obstétricienne", "gynaecologist", "amelie.carrier@" + H, "F", True),
    Staff("David", "Rosenberg", "chirurgien vasculaire", "vascular surgeon", "david.rosenberg@" + H, "M", True),
    Staff("Sophie", "Laberge", "ophtalmologiste", "ophthalmologist", "sophie.laberge@" + H, "F", True),
]
ANESTH = [
    Staff("Anne-Sophie", "Lafrance", "anesthésiologiste", "anaesthesiologist", "as.lafrance@" + H, "F", True),
    Staff("Samuel", "Gendron", "anesthésiologiste", "anaesthesiologist", "samuel.gendron@" + H, "M", True),
    Staff("Marc-André", "Poitras", "anesthésiologiste", "anaesthesiologist", "ma.poitras@" + H, "M", True),
    Staff("Rebecca", "Stone", "anesthésiologiste", "anaesthesiologist", "rebecca.stone@" + H, "F", True),
]
NURSES = [
    Staff("Mélissa", "Turgeon", "assistante infirmière-chef, bloc opératoire", "assistant head nurse, OR", "melissa.turgeon@" + H, "F"),
    Staff("Kim", "Larouche", "infirmière, salle de réveil", "PACU nurse", "kim.larouche@" + H, "F"),
    Staff("Steve", "Bouffard", "infirmier, bloc opératoire", "OR nurse", "steve.bouffard@" + H, "M"),
    Staff("Jenny", "Tran", "infirmière clinicienne, clinique préopératoire", "nurse clinician, pre-op clinic", "jenny.tran@" + H, "F"),
    Staff("Valérie", "Aubin", "infirmière, chirurgie d'un jour", "day surgery nurse", "valerie.aubin@" + H, "F"),
    Staff("Nicolas", "Brassard", "infirmier clinicien, soins de plaies", "wound care nurse clinician", "nicolas.brassard@" + H, "M"),
    Staff("Caroline", "Mercier", "infirmière, unité de chirurgie 4e", "surgical ward nurse", "caroline.mercier@" + H, "F"),
]
SECRETARIES = [
    Staff("Linda", "Cyr", "secrétaire médicale, chirurgie générale", "medical secretary, general surgery", "linda.cyr@" + H, "F"),
    Staff("Josiane", "Fréchette", "secrétaire médicale, orthopédie", "medical secretary, orthopaedics", "josiane.frechette@" + H, "F"),
    Staff("Carole", "Beaudry", "agente administrative, réservation du bloc", "OR booking clerk", "carole.beaudry@" + H, "F"),
    Staff("Brenda", "Moffat", "medical secretary, urology", "medical secretary, urology", "brenda.moffat@" + H, "F"),
    Staff("Sylvain", "Caouette", "agent administratif, liste d'attente chirurgicale", "surgical wait-list clerk", "sylvain.caouette@" + H, "M"),
    Staff("Chantale", "Bourgault", "secrétaire médicale, ORL et ophtalmologie", "medical secretary, ENT and ophthalmology", "chantale.bourgault@" + H, "F"),
]
MANAGERS = [
    Staff("Martine", "Dion", "cheffe de service, bloc opératoire et chirurgie d'un jour", "OR and day-surgery manager", "martine.dion@" + CISSS, "F"),
    Staff("Éric", "Savoie", "coordonnateur, URDM", "MDRD coordinator", "eric.savoie@" + CISSS, "M"),
    Staff("Nathalie", "Quirion", "directrice adjointe, services chirurgicaux", "associate director, surgical services", "nathalie.quirion@" + CISSS, "F"),
    Staff("Robert", "Kingsley", "biomedical engineering technician", "biomedical engineering technician", "robert.kingsley@" + CISSS, "M"),
    Staff("Isabelle", "Nadon", "conseillère en prévention des infections", "infection prevention advisor", "isabelle.nadon@" + CISSS, "F"),
    Staff("Pascal", "Goulet", "pharmacien, bloc opératoire", "OR pharmacist", "pascal.goulet@" + CISSS, "M"),
    Staff("Geneviève", "Arsenault", "travailleuse sociale, chirurgie", "social worker, surgery", "genevieve.arsenault@" + CISSS, "F"),
]
OUTSIDE = [
    Staff("Marie-Claude", "Bédard", "médecin de famille, GMF des Érables", "family physician, GMF des Érables", "mc.bedard@gmf-erables.example", "F", True),
    Staff("Thomas", "Whitfield", "family physician, Pontiac Medical Clinic", "family physician, Pontiac Medical Clinic", "twhitfield@pontiacclinic.example", "M", True),
    Staff("Josée", "Cantin", "infirmière, soins à domicile, CLSC Saint-Aimé", "home care nurse, CLSC Saint-Aimé", "josee.cantin@clsc-staime.example", "F"),
    Staff("Jean-Philippe", "Roussel", "résident en chirurgie", "surgery resident", "jp.roussel@" + H, "M", True),
    Staff("Laura", "Fitzpatrick", "surgical resident", "surgical resident", "laura.fitzpatrick@" + H, "F", True),
]
ALL_STAFF = SURGEONS + ANESTH + NURSES + SECRETARIES + MANAGERS + OUTSIDE
for _s in ALL_STAFF:
    assert not is_nam_holder_name(_s.given, _s.surname), _s.full

PATIENT_DOMAINS = ["courriel.example", "videomail.example", "boitepostale.example",
                   "mailbox.example", "netcourrier.example", "sympatico-mail.example"]


def patient_email(rng, p):
    loc = strip_accents(p.given).lower().replace(" ", "").replace("'", "")
    sur = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
    forms = [loc + "." + sur, loc[0] + sur, sur + str(rng.randint(1, 99)), loc + "_" + sur[:4] + str(rng.randint(50, 99))]
    return rng.choice(forms) + "@" + rng.choice(PATIENT_DOMAINS)


def phone(rng, personal=True):
    area = rng.choice(["819", "450", "873", "613"] if personal else ["819"])
    fmt = rng.choice(["%s 555-01%02d", "(%s) 555-01%02d", "%s-555-01%02d", "%s.555.01%02d"])
    return fmt % (area, rng.randint(0, 99))


STREETS = ["rue des Merisiers", "chemin du Lac-Vert", "rue Principale", "rang Saint-Joseph",
           "avenue des Pins", "rue Notre-Dame", "montée Laurin", "rue de l'Église", "chemin Tessier",
           "boulevard Lafleur", "rue Maple", "rue des Bouleaux", "croissant Beaurivage"]
TOWNS = [("Saint-Aimé-du-Lac", "J0X 2B0"), ("Rivière-aux-Saules", "J0X 1A0"),
         ("Lac-des-Huards", "J0X 3C0"), ("Sainte-Perpétue-des-Monts", "J0X 2H0"),
         ("Val-Brûlé", "J0X 1R0"), ("Campbell's Bay-Nord", "J0X 1K0"), ("Notre-Dame-du-Fjord", "J0X 2N0")]


def address(rng):
    town, pc = rng.choice(TOWNS)
    return "%d, %s, %s (Québec)  %s" % (rng.randint(3, 2900), rng.choice(STREETS), town, pc)


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(n, style=0):
    if style == 0:
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if style == 1:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    return n


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice(["AB", "KT", "ZX", "HM", "RP", ""])
            return num, vc


def fmt_ohip(n, vc, style=0):
    if style == 0:
        return ("%s-%s-%s %s" % (n[:4], n[4:7], n[7:], vc)).strip()
    if style == 1:
        return ("%s %s %s%s" % (n[:4], n[4:7], n[7:], (" " + vc) if vc else "")).strip()
    return n + vc


def make_niss(rng, dob, sex):
    assert dob.year < 2000
    while True:
        yymmdd = dob.strftime("%y%m%d")
        c = rng.randint(1, 997)
        if (c % 2 == 1) != (sex == "M"):
            c += 1
        base = yymmdd + "%03d" % c
        chk = 97 - (int(base) % 97)
        num = base + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def fmt_niss(n, style=0):
    if style == 0:
        return be_nn.format(n)
    if style == 1:
        return "%s %s %s" % (n[:6], n[6:9], n[9:])
    return n


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 33, 35, 44, 59, 69, 75, 31, 67, 92])
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randint(1, 400) + "%03d" % rng.randint(1, 999)
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(n, style=0):
    if style == 0:
        return fr_nir.format(n)
    if style == 1:
        return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return n


def make_mrn(rng):
    return "%07d" % rng.randint(100000, 999999)


def fmt_mrn(rng, m, lang="fr"):
    style = rng.randint(0, 6)
    if style == 0:
        return ("no de dossier %s" if lang == "fr" else "chart # %s") % m
    if style == 1:
        return ("dossier %s %s" if lang == "fr" else "MRN %s %s") % (m[:3], m[3:])
    if style == 2:
        return ("# dossier : H%s" if lang == "fr" else "MRN: H%s") % m
    if style == 3:
        return ("dossier HRS-%s" if lang == "fr" else "chart HRS-%s") % m
    if style == 4:
        return ("No dossier %s/%s" if lang == "fr" else "Chart no. %s/%s") % (m[:4], m[4:])
    if style == 5:
        return ("dos. %s" if lang == "fr" else "MRN %s") % m
    return ("numéro de dossier %s.%s" if lang == "fr" else "hospital chart %s.%s") % (m[:3], m[3:])


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fmt_nam(rng, nam, style=None):
    if style is None:
        style = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 6])
    if style == 0:
        return nam
    if style == 1:
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return nam.lower()
    if style == 3:
        return "%s.%s.%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 4:
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 5:
        return "".join(FULLWIDTH.get(c, c) for c in nam)
    return "%s %s" % (nam[:4], " ".join(nam[4:][i:i + 2] for i in range(0, 8, 2)))


def fmt_name(rng, p, lang="fr", style=None):
    """Variants: normal, title, surname-first, upper surname, lower-case, initial."""
    if style is None:
        style = rng.choice([0, 0, 1, 1, 2, 3, 4, 5])
    if style == 0:
        return p.full
    if style == 1:
        return "%s %s" % (p.title(lang), p.full)
    if style == 2:
        return "%s, %s" % (p.surname.upper(), p.given)
    if style == 3:
        return "%s %s" % (p.surname, p.given)
    if style == 4:
        return p.full.lower()
    return "%s. %s" % (p.given[0], p.surname)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang="fr", style=0):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return ("%d %s %d" % (d.day, MOIS[d.month - 1], d.year)) if lang == "fr" else \
            ("%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year))
    if style == 2:
        return d.strftime("%d/%m/%Y")
    if style == 3:
        return ("%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])) if lang == "fr" else \
            ("%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day))
    return d.strftime("%Y/%m/%d")


def dob_str(rng, d, lang="fr"):
    return fmt_date(d, lang, rng.choice([0, 1, 2, 4]))


BASE_DAY = datetime.date(2025, 1, 6)


def rand_day(rng, start_offset=0, span=300, weekday=True):
    while True:
        d = BASE_DAY + datetime.timedelta(days=start_offset + rng.randint(0, span))
        if not weekday or d.weekday() < 5:
            return d


def rand_time(rng):
    return "%02d:%02d" % (rng.randint(7, 15), rng.choice([0, 15, 30, 45]))


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- clinical pools
# (procedure_fr, procedure_en, diagnosis_fr, diagnosis_en, specialty index)
PROCS = [
    ("cholécystectomie laparoscopique", "laparoscopic cholecystectomy", "cholélithiase symptomatique", "symptomatic cholelithiasis", 0),
    ("cure de hernie inguinale droite avec filet", "right inguinal hernia repair with mesh", "hernie inguinale droite", "right inguinal hernia", 0),
    ("hémicolectomie droite laparoscopique", "laparoscopic right hemicolectomy", "adénocarcinome du côlon ascendant", "ascending colon adenocarcinoma", 4),
    ("arthroplastie totale du genou gauche", "left total knee arthroplasty", "gonarthrose gauche sévère", "severe left knee osteoarthritis", 1),
    ("arthroplastie totale de la hanche droite", "right total hip arthroplasty", "coxarthrose droite", "right hip osteoarthritis", 1),
    ("amygdalectomie", "tonsillectomy", "amygdalites récidivantes", "recurrent tonsillitis", 2),
    ("thyroïdectomie totale", "total thyroidectomy", "goitre multinodulaire", "multinodular goitre", 2),
    ("résection transurétrale de la prostate", "transurethral resection of the prostate", "hypertrophie bénigne de la prostate", "benign prostatic hyperplasia", 3),
    ("urétéroscopie avec lithotripsie laser", "ureteroscopy with laser lithotripsy", "calcul urétéral gauche de 8 mm", "8 mm left ureteral stone", 3),
    ("hystérectomie totale laparoscopique", "total laparoscopic hysterectomy", "léiomyomes utérins symptomatiques", "symptomatic uterine fibroids", 5),
    ("endartériectomie carotidienne gauche", "left carotid endarterectomy", "sténose carotidienne gauche à 80 %", "80% left carotid stenosis", 6),
    ("phacoémulsification avec implant, œil droit", "right eye phacoemulsification with IOL", "cataracte sénile œil droit", "right eye senile cataract", 7),
    ("réparation de la coiffe des rotateurs", "rotator cuff repair", "déchirure transfixiante du sus-épineux", "full-thickness supraspinatus tear", 1),
    ("mastectomie partielle avec ganglion sentinelle", "partial mastectomy with sentinel node biopsy", "carcinome canalaire infiltrant du sein gauche", "invasive ductal carcinoma of the left breast", 0),
    ("libération du tunnel carpien droit", "right carpal tunnel release", "syndrome du tunnel carpien droit", "right carpal tunnel syndrome", 1),
    ("appendicectomie laparoscopique", "laparoscopic appendectomy", "appendicite aiguë", "acute appendicitis", 4),
    ("cure d'éventration", "incisional hernia repair", "éventration médiane", "midline incisional hernia", 0),
    ("ostéosynthèse de la cheville droite", "ORIF right ankle", "fracture bimalléolaire de la cheville droite", "right bimalleolar ankle fracture", 1),
    ("cystoscopie avec résection de tumeur vésicale", "TURBT", "tumeur vésicale", "bladder tumour", 3),
    ("septoplastie", "septoplasty", "déviation septale obstructive", "obstructive septal deviation", 2),
]

# (fr, en)
COMORB = [
    ("diabète de type 2", "type 2 diabetes"), ("fibrillation auriculaire", "atrial fibrillation"),
    ("apnée obstructive du sommeil sous CPAP", "obstructive sleep apnoea on CPAP"),
    ("MPOC", "COPD"), ("insuffisance rénale chronique stade 3", "stage 3 chronic kidney disease"),
    ("HTA", "hypertension"), ("cardiopathie ischémique, stent en 2021", "ischaemic heart disease, stent 2021"),
    ("obésité (IMC 41)", "obesity (BMI 41)"), ("hypothyroïdie", "hypothyroidism"),
    ("maladie de Parkinson", "Parkinson's disease"), ("asthme", "asthma"),
    ("trouble anxieux", "anxiety disorder"), ("antécédent d'hyperthermie maligne familiale", "family history of malignant hyperthermia"),
]
MEDS = [
    ("apixaban 5 mg BID", "apixaban 5 mg BID", "anticoag"),
    ("rivaroxaban 20 mg DIE", "rivaroxaban 20 mg daily", "anticoag"),
    ("warfarine selon RNI", "warfarin per INR", "anticoag"),
    ("clopidogrel 75 mg DIE", "clopidogrel 75 mg daily", "antiplat"),
    ("metformine 1000 mg BID", "metformin 1000 mg BID", "dm"),
    ("empagliflozine 10 mg DIE", "empagliflozin 10 mg daily", "sglt2"),
    ("sémaglutide 1 mg s.c. hebdo", "semaglutide 1 mg SC weekly", "glp1"),
    ("bisoprolol 5 mg DIE", "bisoprolol 5 mg daily", "other"),
    ("lévothyroxine 100 mcg", "levothyroxine 100 mcg", "other"),
    ("ramipril 10 mg", "ramipril 10 mg", "other"),
    ("atorvastatine 40 mg", "atorvastatin 40 mg", "other"),
    ("prednisone 10 mg DIE", "prednisone 10 mg daily", "other"),
    ("méthotrexate 15 mg/sem", "methotrexate 15 mg weekly", "other"),
    ("insuline glargine 28 U HS", "insulin glargine 28 U at bedtime", "dm"),
]
ANALG = [
    ("hydromorphone 1 mg PO q4h PRN", "hydromorphone 1 mg PO q4h PRN"),
    ("oxycodone 5 mg PO q4-6h PRN", "oxycodone 5 mg PO q4-6h PRN"),
    ("acétaminophène 1 g QID", "acetaminophen 1 g QID"),
    ("célécoxib 200 mg BID x 5 jours", "celecoxib 200 mg BID x 5 days"),
    ("tramadol 50 mg q6h PRN", "tramadol 50 mg q6h PRN"),
    ("naproxène 500 mg BID", "naproxen 500 mg BID"),
]
ALLERGIES = [("pénicilline (urticaire)", "penicillin (hives)"), ("latex", "latex"),
             ("sulfamidés", "sulfa drugs"), ("morphine (prurit sévère)", "morphine (severe itching)"),
             ("chlorhexidine", "chlorhexidine"), ("aucune allergie connue", "no known allergies")]


def labs(rng, lang="fr"):
    hb = rng.randint(82, 158)
    plt = rng.randint(95, 420)
    cr = rng.randint(58, 210)
    inr = round(rng.uniform(0.9, 2.8), 1)
    k = round(rng.uniform(3.1, 5.6), 1)
    a1c = round(rng.uniform(5.4, 10.2), 1)
    if lang == "fr":
        return {"Hb": "%d g/L" % hb, "Plaquettes": "%d x10^9/L" % plt, "Créatinine": "%d µmol/L" % cr,
                "RNI": ("%.1f" % inr).replace(".", ","), "K+": ("%.1f mmol/L" % k).replace(".", ","),
                "HbA1c": ("%.1f %%" % a1c).replace(".", ",")}
    return {"Hb": "%d g/L" % hb, "Platelets": "%d x10^9/L" % plt, "Creatinine": "%d umol/L" % cr,
            "INR": "%.1f" % inr, "K+": "%.1f mmol/L" % k, "HbA1c": "%.1f%%" % a1c}


SPEC_FR = ["chirurgie générale", "orthopédie", "ORL", "urologie", "chirurgie générale", "gynécologie",
           "chirurgie vasculaire", "ophtalmologie"]
SPEC_EN = ["general surgery", "orthopaedics", "ENT", "urology", "general surgery", "gynaecology",
           "vascular surgery", "ophthalmology"]


def pick_proc(rng):
    return rng.choice(PROCS)


def proc_sex(proc):
    if "prostate" in proc[0] or "prostate" in proc[2]:
        return "M"
    if "hystérectomie" in proc[0] or "mastectomie" in proc[0]:
        return "F"
    return None


def genderize(text, sex):
    """Resolve inclusive French forms for a patient of the given sex."""
    if not text or sex not in ("F", "M"):
        return text
    f = sex == "F"
    text = re.sub(r"(\w)\(e\)", lambda m: m.group(1) + ("e" if f else ""), text)
    for a, b in (("le/la", ("la", "le")), ("Le/la", ("La", "Le")), ("il/elle", ("elle", "il")),
                 ("Il/elle", ("Elle", "Il")), ("lui/elle", ("elle", "lui"))):
        text = text.replace(a, b[0] if f else b[1])
    return text


def secretary_for(proc):
    return SECRETARIES[{0: 0, 1: 1, 2: 5, 3: 3, 4: 0, 5: 0, 6: 0, 7: 5}[proc[4]]]


def cap(s):
    return s[:1].upper() + s[1:]


def surgeon_for(proc):
    return SURGEONS[proc[4]]


# ---------------------------------------------------------------- signatures
def signature(rng, st, lang="fr"):
    style = rng.randint(0, 4)
    name = st.dr_name(lang) if st.dr else st.full
    hosp = HOSP_FR if lang == "fr" else HOSP_EN
    ext = "poste %d" % rng.randint(2000, 6999) if lang == "fr" else "ext. %d" % rng.randint(2000, 6999)
    if style == 0:
        return "\n-- \n%s\n%s\n%s\n%s, %s\n" % (name, st.role(lang), hosp, HOSP_PHONE, ext)
    if style == 1:
        return "\n%s\n%s | %s\nTél. %s %s | Téléc. 819 555-0199\n" % (name, st.role(lang), CISSS_FR, HOSP_PHONE, ext) if lang == "fr" \
            else "\n%s\n%s | %s\nTel. %s %s | Fax 819 555-0199\n" % (name, st.role(lang), CISSS_FR, HOSP_PHONE, ext)
    if style == 2:
        return "\n%s\n" % st.given
    if style == 3:
        conf = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.") if lang == "fr" else \
            ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, "
             "please delete it and notify the sender.")
        return "\n%s\n%s\n%s\n%s\n\n%s\n" % (name, st.role(lang), hosp, HOSP_ADDR, conf)
    return "\n%s – %s\n%s\n" % (name, st.role(lang), HOSP_PHONE + " " + ext)


def greeting(rng, lang, who=None):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Bonjour à tous,", "Salut", "Allô", "Bonjour Dre", "Bonsoir"])
        if g in ("Bonjour", "Salut", "Allô", "Bonsoir") and who:
            return "%s %s," % (g, who)
        if g == "Bonjour Dre":
            return "Bonjour,"
        return g if g.endswith(",") else g + ","
    g = rng.choice(["Hi", "Hello", "Good morning", "Hi all,", "Dear colleague,"])
    if g in ("Hi", "Hello", "Good morning") and who:
        return "%s %s," % (g, who)
    return g if g.endswith(",") else g + ","


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci,", "Merci beaucoup!", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée.", "Au plaisir,", ""])
    return rng.choice(["Thanks,", "Thank you!", "Best regards,", "Regards,", "Cheers,", ""])
