# -*- coding: utf-8 -*-
"""Shared pools, identifiers and formatting helpers for the corpus generator.

Everything here is invented. Randomness always flows through a random.Random
instance created from the fixed seed, and sets are never iterated unsorted,
so output is byte-identical between runs.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25221
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_PATH = os.path.join(HERE, os.pardir, "blind_nams.txt")

DOMAIN = "valtilleuls.example"
NETWORK_FR = "CISSS du Val-des-Tilleuls"
NETWORK_EN = "Val-des-Tilleuls Health Network"

SITES = [
    # code, name fr, name en, address, main phone
    ("HSA", "Hôpital Saint-Aurèle", "Saint-Aurèle Hospital",
     "2200, boulevard des Tilleuls, Val-des-Tilleuls (Québec) J0T 4R2", "819-555-0100"),
    ("HPG", "Hôpital de Pointe-aux-Grives", "Pointe-aux-Grives Hospital",
     "85, rue du Quai, Pointe-aux-Grives (Québec) J0T 2M5", "819-555-0110"),
    ("CHLM", "Centre hospitalier de Lac-Mirabeau", "Lac-Mirabeau Hospital Centre",
     "1, chemin de l'Hôpital, Lac-Mirabeau (Québec) J0V 1K8", "819-555-0120"),
]
CLSC = ("CLSC des Érables", "1045, rue Principale, Saint-Ouen-des-Érables (Québec) J0T 3B1", "819-555-0130")

COMMUNITY_PHARMACIES = [
    ("Pharmacie Nolet-Dufresne", "pharm-noletdufresne.example", "819-555-0141"),
    ("Pharmacie du Carré Lafleur", "carrelafleur-pharma.example", "819-555-0142"),
    ("Pharmacie A. Vaillancourt et Bissonnette", "vb-pharmacie.example", "819-555-0143"),
    ("Riverside Pharmacy (Pointe-aux-Grives)", "riverside-rx.example", "819-555-0144"),
    ("Pharmacie Familiprix fictive Lac-Mirabeau", "pharmalm.example", "819-555-0145"),
]
GMFS = [
    ("GMF des Quatre-Vents", "gmf-quatrevents.example", "819-555-0151"),
    ("GMF-U de Pointe-aux-Grives", "gmfu-pag.example", "819-555-0152"),
    ("Clinique médicale du Ruisseau", "clinique-ruisseau.example", "819-555-0153"),
]

# ---------------------------------------------------------------- people
# NAM holder surnames (read from the file) are never used for anyone else.
PATIENT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gingras", "Desjardins", "Lemieux", "Dubé",
    "Mercier", "Beaulieu", "Hébert", "Lachance", "Vachon", "Théberge", "Arsenault",
    "Lafrenière", "Rioux", "Dion", "Turcotte", "Parenteau", "Laflamme", "Boisvert",
    "Chartrand", "Beauchemin", "Brisson", "Perreault", "Marcoux", "Ménard", "Poulin",
    "Vézina", "Gosselin", "Huard", "Racine", "Lamontagne", "Labrecque", "Sirois",
    "Doucet", "Desrosiers", "Cormier", "Patterson", "O'Neill", "McKenzie", "Hughes",
    "Kowalski", "Nguyen", "Haddad", "Petrovic", "Okafor", "Duarte", "Romano",
    "Villeneuve", "Lachapelle", "St-Amour", "Plamondon", "Robitaille",
]
PATIENT_GIVEN_F = ["Yvette", "Huguette", "Colette", "Francine", "Lise", "Raymonde", "Jeannine",
                   "Carole", "Margaret", "Dorothy", "Agnès", "Thérèse", "Linda", "Nicole",
                   "Pierrette", "Rachel", "Chantal", "Ève", "Maude", "Amira"]
PATIENT_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Roger", "Fernand", "Yvon", "Marcel",
                   "Raymond", "Harold", "Walter", "Ghislain", "Benoît", "Léo", "Kevin",
                   "Donald", "Rosaire", "Jean-Guy", "Stéphane", "Omar", "Mathis"]
STAFF_SURNAMES = [
    "Gervais", "Lanctôt", "Beaupré", "Charbonneau", "Drouin", "Fréchette", "Giguère",
    "Jodoin", "Lacasse", "Maheux", "Nantel", "Paradis", "Quirion", "Rancourt", "Sauvé",
    "Trudel", "Vaillancourt", "Whitfield", "Archambault", "Bissonnette", "Choquette",
    "Dufresne", "Forget", "Grenier", "Harvey", "Imbeault", "Jolicoeur", "Kerouac",
    "Lussier", "Montpetit", "Normandeau", "Ouimet", "Pruneau", "Riopel", "Sénécal",
    "Tétreault", "Ashworth", "Callahan", "Delaney", "Engström",
]
STAFF_GIVEN = ["Isabelle", "Véronique", "Julie", "Mélanie", "Karine", "Annie", "Catherine",
               "Marie-Ève", "Stéphanie", "Audrey", "Émilie", "Sébastien", "Mathieu", "Patrick",
               "François", "Alexandre", "Maxime", "Olivier", "Jonathan", "Rachel", "Heather",
               "Megan", "Trevor", "Kyle", "Priya", "Hélène", "Dominique", "Frédéric", "Simon",
               "Vincent"]

STAFF_MALE = {"Sébastien", "Mathieu", "Patrick", "François", "Alexandre", "Maxime", "Olivier", "Jonathan",
              "Trevor", "Kyle", "Frédéric", "Simon", "Vincent", "Dominique"}

STREETS = ["rue des Pruches", "rang Saint-Joachim", "rue Dollard", "avenue des Cèdres",
           "chemin du Lac-Vert", "rue Notre-Dame Ouest", "montée Gravel", "rue Papineau",
           "Maple Street", "rue de la Fabrique", "boulevard Wilfrid-Hamel", "rue Champlain"]
TOWNS = [("Val-des-Tilleuls", "J0T 4R7"), ("Pointe-aux-Grives", "J0T 2M9"),
         ("Lac-Mirabeau", "J0V 1K3"), ("Saint-Ouen-des-Érables", "J0T 3B6"),
         ("Sainte-Clothilde-du-Nord", "J0V 2P4")]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def load_nams():
    out = []
    with open(NAM_PATH, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given,
                        "dob": datetime.date.fromisoformat(dob), "sex": sex, "nam": nam})
    return out


# ---------------------------------------------------------------- identifiers
FW = {ord(c): chr(ord(c) - 0x21 + 0xFF01) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return s.translate(FW)


def disguise(value, groups, style):
    """Group characters of value (e.g. [4,4,4]) and join them by style."""
    parts, i = [], 0
    for g in groups:
        parts.append(value[i:i + g])
        i += g
    if i < len(value):
        parts.append(value[i:])
    if style == "plain":
        return value
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "wide":
        return fullwidth(value)
    if style == "widespace":
        return " ".join(fullwidth(p) for p in parts)
    if style == "lower":
        return " ".join(parts).lower()
    if style == "double":
        return "  ".join(parts)
    raise ValueError(style)


def fmt_nam(nam, style):
    return disguise(nam, [4, 4, 4], style)


def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        full = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(full):
            return full


def fmt_sin(v, style):
    return disguise(v, [3, 3, 3], style)


def make_ohn(rng):
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        full = body + luhn.calc_check_digit(body)
        if luhn.is_valid(full):
            return full


def ohn_valid(v):
    return len(v) == 10 and v.isdigit() and v[0] != "0" and luhn.is_valid(v)


def fmt_ohn(v, style, version=""):
    s = disguise(v, [4, 3, 3], style)
    return (s + ("-" if style == "dash" else " ") + version) if version else s


def make_nir(rng, dob, sex):
    sexd = "1" if sex == "M" else "2"
    dept = rng.choice(["69", "33", "44", "75", "13", "59", "35", "67"])
    body = sexd + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) + "%03d" % rng.randrange(1, 999)
    full = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(full), full
    return full


def fmt_nir(v, style):
    return disguise(v, [1, 2, 2, 2, 3, 3, 2], style)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        num = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - num % 97
        full = base + "%02d" % chk
        if be_nn.is_valid(full):
            return full


def fmt_niss(v, style):
    if style == "be":
        return "%s.%s.%s-%s.%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:11])
    return disguise(v, [6, 3, 2], style)


def make_mrn(rng, site):
    return "%s%07d" % ("", rng.randrange(100000, 2999999))


def fmt_mrn(site, v, style):
    if style == "plain":
        return v
    if style == "site":
        return "%s-%s" % (site, v)
    if style == "space":
        return "%s %s %s" % (v[:3], v[3:5], v[5:])
    if style == "dot":
        return "%s.%s" % (v[:3], v[3:])
    if style == "slash":
        return "%s/%s" % (site, v)
    if style == "wide":
        return fullwidth(v)
    return v


# ---------------------------------------------------------------- dates
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style="iso"):
    if style == "iso":
        return d.isoformat()
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        if lang == "fr":
            return "%d %s" % (d.day, MONTHS_FR[d.month - 1])
        return "%s %d" % (MONTHS_EN[d.month - 1][:3], d.day)
    if style == "day":
        if lang == "fr":
            return "%s %d %s" % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
        return "%s, %s %d" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)
    raise ValueError(style)


def fmt_dob(d, lang, rng):
    style = rng.choice(["iso", "iso", "long", "slash", "dmy"])
    s = fmt_date(d, lang, style)
    if style == "dmy":
        s += " (jj/mm/aaaa)" if lang == "fr" else " (dd/mm/yyyy)"
    return s


def sex_label(sex, lang, rng):
    choice = rng.randrange(3)
    if choice == 0:
        return sex
    if lang == "fr":
        return {"F": "féminin", "M": "masculin"}[sex] if choice == 1 else {"F": "F", "M": "M"}[sex]
    return {"F": "female", "M": "male"}[sex] if choice == 1 else sex


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def phone(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(["819", "819", "450", "873"]), rng.randrange(0, 100))


# ---------------------------------------------------------------- clinical vocabulary
ANTICOAG = [
    # key, fr, en, typical sig fr, sig en
    ("warfarin", "warfarine (Coumadin)", "warfarin (Coumadin)"),
    ("apixaban", "apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    ("apixaban25", "apixaban 2,5 mg BID", "apixaban 2.5 mg BID"),
    ("rivaroxaban", "rivaroxaban (Xarelto) 20 mg DIE au souper", "rivaroxaban (Xarelto) 20 mg daily with supper"),
    ("dabigatran", "dabigatran (Pradaxa) 150 mg BID", "dabigatran (Pradaxa) 150 mg BID"),
    ("edoxaban", "édoxaban (Lixiana) 60 mg DIE", "edoxaban (Lixiana) 60 mg daily"),
    ("enoxaparin", "énoxaparine (Lovenox) 1 mg/kg SC q12h", "enoxaparin (Lovenox) 1 mg/kg SC q12h"),
    ("dalteparin", "daltéparine (Fragmin) 200 UI/kg SC DIE", "dalteparin (Fragmin) 200 IU/kg SC daily"),
    ("tinzaparin", "tinzaparine (Innohep) 175 UI/kg SC DIE", "tinzaparin (Innohep) 175 IU/kg SC daily"),
]
OTHER_MEDS = [
    ("metoprolol", "métoprolol 25 mg BID", "metoprolol 25 mg BID"),
    ("amiodarone", "amiodarone 200 mg DIE", "amiodarone 200 mg daily"),
    ("atorva", "atorvastatine 40 mg HS", "atorvastatin 40 mg at bedtime"),
    ("ramipril", "ramipril 5 mg DIE", "ramipril 5 mg daily"),
    ("furosemide", "furosémide (Lasix) 40 mg DIE", "furosemide (Lasix) 40 mg daily"),
    ("metformin", "metformine 500 mg BID", "metformin 500 mg BID"),
    ("pantoprazole", "pantoprazole 40 mg DIE", "pantoprazole 40 mg daily"),
    ("asa", "AAS 80 mg DIE", "ASA 81 mg daily"),
    ("clopidogrel", "clopidogrel (Plavix) 75 mg DIE", "clopidogrel (Plavix) 75 mg daily"),
    ("levothyroxine", "lévothyroxine 75 mcg DIE", "levothyroxine 75 mcg daily"),
    ("tmpsmx", "TMP-SMX DS 1 co BID x 7 j", "TMP-SMX DS 1 tab BID x 7 days"),
    ("fluconazole", "fluconazole 150 mg x 1 dose", "fluconazole 150 mg single dose"),
    ("naproxen", "naproxène 500 mg BID PRN", "naproxen 500 mg BID PRN"),
    ("digoxin", "digoxine 0,0625 mg DIE", "digoxin 0.0625 mg daily"),
    ("empagliflozin", "empagliflozine (Jardiance) 10 mg DIE", "empagliflozin (Jardiance) 10 mg daily"),
    ("acetaminophen", "acétaminophène 500 mg 2 co QID PRN", "acetaminophen 500 mg 2 tabs QID PRN"),
    ("sertraline", "sertraline 50 mg DIE", "sertraline 50 mg daily"),
    ("carbamazepine", "carbamazépine 200 mg BID", "carbamazepine 200 mg BID"),
]
INDICATIONS = [
    ("fa", "FA non valvulaire (CHA2DS2-VASc 4)", "non-valvular AF (CHA2DS2-VASc 4)"),
    ("tvp", "TVP fémorale gauche", "left femoral DVT"),
    ("ep", "EP segmentaire bilatérale", "bilateral segmental PE"),
    ("valve", "valve mécanique mitrale (cible RNI 2,5-3,5)", "mechanical mitral valve (INR target 2.5-3.5)"),
    ("sapl", "syndrome des antiphospholipides", "antiphospholipid syndrome"),
    ("thrombusvg", "thrombus apical VG post-IM", "LV apical thrombus post-MI"),
    ("flutter", "flutter auriculaire", "atrial flutter"),
    ("tvpcancer", "TVP associée au cancer (adénocarcinome du pancréas)", "cancer-associated DVT (pancreatic adenocarcinoma)"),
]
COMORBID = [
    ("irc", "IRC stade 3b", "CKD stage 3b"),
    ("db2", "diabète type 2", "type 2 diabetes"),
    ("hta", "HTA", "hypertension"),
    ("ic", "insuffisance cardiaque FEVG 35 %", "heart failure, LVEF 35%"),
    ("cirrhose", "cirrhose Child-Pugh A", "Child-Pugh A cirrhosis"),
    ("hgi", "ATCD d'hémorragie digestive haute (2021)", "history of upper GI bleed (2021)"),
    ("demence", "trouble neurocognitif léger", "mild cognitive impairment"),
    ("mpoc", "MPOC", "COPD"),
    ("chutes", "chutes à répétition", "recurrent falls"),
    ("epilepsie", "épilepsie", "epilepsy"),
]
SOCIAL = [
    ("vit seul{e} depuis le décès de {spouse_fr}, aucun proche aidant sur place",
     "lives alone since {his} {spouse_en} passed, no caregiver nearby"),
    ("hébergé{e} temporairement en maison d'hébergement (violence conjugale), ne pas laisser de message au domicile",
     "currently staying at a shelter (intimate partner violence) - do not leave messages at home"),
    ("sans domicile fixe depuis octobre, dort au refuge de la rue Champlain",
     "no fixed address since October, sleeping at the Champlain Street shelter"),
    ("prestataire de l'aide sociale, n'arrive pas à payer la portion non couverte",
     "on social assistance, cannot afford the uncovered portion of the meds"),
    ("signalement DPJ en cours pour sa petite-fille qu'{il} héberge",
     "youth protection (DPJ) report open for the granddaughter {he} is raising"),
    ("sous curatelle, le curateur doit autoriser les changements",
     "under public curatorship, curator must approve changes"),
    ("{spouse_fr2} est épuisé{e2} comme proche aidant{e2}, demande de répit en cours au CLSC",
     "{his} {spouse_en} is burnt out as caregiver, respite request pending with the CLSC"),
    ("vient de perdre son logement, hébergé{e} chez sa sœur à Lac-Mirabeau",
     "just lost {his} apartment, staying with {his} sister in Lac-Mirabeau"),
]


def social(p, lang, idx):
    f = p.sex == "F"
    fr, en = SOCIAL[idx % len(SOCIAL)]
    if lang == "fr":
        return fr.format(e="e" if f else "", spouse_fr="son conjoint" if f else "sa conjointe", il="elle" if f else "il",
                         spouse_fr2="son conjoint" if f else "sa conjointe", e2="" if f else "e")
    return en.format(his="her" if f else "his", spouse_en="husband" if f else "wife", he="she" if f else "he")


PEDIATRIC_YEAR = 2009


class Person:
    def __init__(self, surname, given, sex, email=None, role=None, site=None, title=None, ext=None):
        self.surname, self.given, self.sex = surname, given, sex
        self.email, self.role, self.site, self.title, self.ext = email, role, site, title, ext

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def addr(self):
        return (self.full, self.email)


class Patient:
    def __init__(self, surname, given, sex, dob, nam=None):
        self.surname, self.given, self.sex, self.dob, self.nam = surname, given, sex, dob, nam
        self.mrn = None
        self.site = None
        self.phone = None
        self.address = None
        self.town = None

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."


class Context:
    """Holds the seeded RNG, the staff roster and the patient factory."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        self.nam_surnames = sorted({n["surname"] for n in self.nams})
        bad = {strip_accents(s).lower() for s in self.nam_surnames}
        for pool in (PATIENT_SURNAMES, STAFF_SURNAMES):
            for s in pool:
                assert strip_accents(s).lower() not in bad, s
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self.nam_order = order
        self.nam_next = 0
        self.nam_use = [0] * len(self.nams)
        self._patient_names = set()
        self.staff = self._make_staff()
        self.msg_counter = 0

    # staff -----------------------------------------------------------
    def _make_staff(self):
        rng = self.rng
        roles = ([("pharm", "pharmacien(ne)", "pharmacist")] * 10 + [("nurse", "infirmière clinicienne", "nurse clinician")] * 6
                 + [("md", "médecin", "physician")] * 8 + [("clerk", "agente administrative", "unit clerk")] * 5
                 + [("mgr", "chef de service", "manager")] * 3 + [("tech", "assistante technique en pharmacie", "pharmacy technician")] * 4
                 + [("sw", "travailleuse sociale", "social worker")] * 2)
        surnames = STAFF_SURNAMES[:]
        rng.shuffle(surnames)
        staff = []
        for i, (key, rfr, ren) in enumerate(roles):
            sur = surnames[i % len(surnames)]
            given = rng.choice(STAFF_GIVEN)
            email = "%s.%s@%s" % (strip_accents(given).lower().replace(" ", ""),
                                  strip_accents(sur).lower().replace(" ", ""), DOMAIN)
            site = rng.choice(SITES)[0]
            p = Person(sur, given, "M" if given in STAFF_MALE else "F", email=email, role=key, site=site, ext=str(rng.randrange(2100, 7999)))
            if p.sex == "M":
                rfr = {"pharmacien(ne)": "pharmacien", "infirmière clinicienne": "infirmier clinicien",
                       "agente administrative": "agent administratif", "assistante technique en pharmacie": "assistant technique en pharmacie",
                       "travailleuse sociale": "travailleur social"}.get(rfr, rfr)
            else:
                rfr = {"pharmacien(ne)": "pharmacienne", "chef de service": "cheffe de service"}.get(rfr, rfr)
            p.role_fr, p.role_en = rfr, ren
            staff.append(p)
        return staff

    def pick_staff(self, role, exclude=()):
        cands = [s for s in self.staff if s.role == role and s not in exclude]
        return self.rng.choice(cands)

    # patients --------------------------------------------------------
    def nam_patient(self):
        """Next adult NAM holder in the shuffled rotation (children go to pediatric templates)."""
        while True:
            idx = self.nam_order[self.nam_next % len(self.nam_order)]
            self.nam_next += 1
            if self.nams[idx]["dob"].year < PEDIATRIC_YEAR:
                break
        self.nam_use[idx] += 1
        n = self.nams[idx]
        p = Patient(n["surname"], n["given"], n["sex"], n["dob"], nam=n["nam"])
        self._fill(p)
        return p

    def nam_patient_where(self, pred):
        """A NAM holder matching pred, preferring the least used one."""
        cands = [i for i in self.nam_order if pred(self.nams[i])]
        idx = min(cands, key=lambda i: (self.nam_use[i], self.nam_order.index(i)))
        self.nam_use[idx] += 1
        n = self.nams[idx]
        p = Patient(n["surname"], n["given"], n["sex"], n["dob"], nam=n["nam"])
        self._fill(p)
        return p

    def kid_patient(self):
        return self.nam_patient_where(lambda n: n["dob"].year >= PEDIATRIC_YEAR)

    def plain_patient(self, sex=None, min_age=25, max_age=95):
        rng = self.rng
        while True:
            sex = sex or rng.choice("FM")
            sur = rng.choice(PATIENT_SURNAMES)
            given = rng.choice(PATIENT_GIVEN_F if sex == "F" else PATIENT_GIVEN_M)
            if (sur, given) not in self._patient_names:
                self._patient_names.add((sur, given))
                break
        year = 2025 - rng.randrange(min_age, max_age)
        dob = datetime.date(year, rng.randrange(1, 13), rng.randrange(1, 29))
        p = Patient(sur, given, sex, dob)
        self._fill(p)
        return p

    def patient(self, nam=True, **kw):
        return self.nam_patient() if nam else self.plain_patient(**kw)

    def _fill(self, p):
        rng = self.rng
        site = rng.choice(SITES)[0]
        p.site = site
        p.mrn = make_mrn(rng, site)
        p.phone = phone(rng)
        town, pc = rng.choice(TOWNS)
        p.address = "%d, %s, %s (Québec) %s" % (rng.randrange(12, 3900), rng.choice(STREETS), town, pc)
        p.town = town

    # misc ------------------------------------------------------------
    def msgid(self, tag):
        self.msg_counter += 1
        token = "%08x" % self.rng.getrandbits(32)
        return "<%s.%04d.%s@mail.%s>" % (token, self.msg_counter, tag, DOMAIN)

    def when(self):
        """A fixed pseudo-random datetime (aware) between Sept 2024 and April 2025."""
        rng = self.rng
        base = datetime.datetime(2024, 9, 3, 7, 0)
        d = base + datetime.timedelta(days=rng.randrange(0, 235), minutes=rng.randrange(0, 11 * 60))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        summer = (3 < d.month < 11) or (d.month == 11 and d.day < 3) or (d.month == 3 and d.day >= 9)
        off = -4 if summer else -5
        return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
