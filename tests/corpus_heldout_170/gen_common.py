"""Shared data and helpers: organisation, people pools, identifiers, formatting.

Everything here is invented. Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25170
FLAVOUR = "medical records and release-of-information office"

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

# ---------------------------------------------------------------- organisation
ORG_FR = "Centre hospitalier régional de Val-Brûlé"
ORG_EN = "Val-Brûlé Regional Hospital Centre"
DEPT_FR = "Service des archives médicales — Accès à l'information"
DEPT_EN = "Health Records — Release of Information"
DOM = "chrvb.example"
ADDR_FR = "2200, rue des Ormeaux, Val-Brûlé (Québec)  G0X 2V0"
ADDR_EN = "2200 rue des Ormeaux, Val-Brûlé, Quebec  G0X 2V0"
MAIN_PHONE = "819-555-0140"
FAX = "819-555-0149"

STAFF = {
    # key: (given, surname, title_fr, title_en, local-part, extension)
    "marcotte": ("Isabelle", "Marcotte", "Chef de service, archives médicales",
                 "Manager, Health Records", "isabelle.marcotte", "4210"),
    "belkacem": ("Nadia", "Belkacem", "Agente administrative — accès à l'information",
                 "Release of information clerk", "nadia.belkacem", "4214"),
    "grondin": ("Stéphane", "Grondin", "Technicien en gestion de l'information de santé",
                "Health information technician", "stephane.grondin", "4216"),
    "stonge": ("Mélanie", "St-Onge", "Archiviste médicale", "Health records archivist",
               "melanie.st-onge", "4212"),
    "labrecque": ("Véronique", "Labrecque", "Commis à la numérisation", "Scanning clerk",
                  "veronique.labrecque", "4221"),
    "nolet": ("Sylvain", "Nolet", "Commis aux archives", "Records clerk",
              "sylvain.nolet", "4222"),
    "theriault": ("Annie", "Thériault", "Responsable de la protection des renseignements personnels",
                  "Privacy officer", "annie.theriault", "4090"),
    "ducharme": ("Karine", "Ducharme", "Technicienne, codification", "Coding technician",
                 "karine.ducharme", "4218"),
    "vaillancourt": ("Éric", "Vaillancourt", "Conseiller juridique", "Legal counsel",
                     "eric.vaillancourt", "4011"),
    "maclellan": ("Heather", "MacLellan", "Coordonnatrice ROI, secteur anglophone",
                  "ROI coordinator, English sector", "heather.maclellan", "4215"),
    "kerrigan": ("Owen", "Kerrigan", "Responsable de la numérisation", "Scanning lead",
                 "owen.kerrigan", "4223"),
    "dunn": ("Priscilla", "Dunn", "Analyste GIS", "HIM analyst", "priscilla.dunn", "4219"),
    "wojcik": ("Tanya", "Wojcik", "Adjointe, protection des renseignements",
               "Privacy office assistant", "tanya.wojcik", "4091"),
    "esposito": ("Graham", "Esposito", "Analyste TI", "IT analyst", "graham.esposito", "4730"),
    "brassard": ("Luc", "Brassard", "Contremaître, installations", "Facilities foreman",
                 "luc.brassard", "4801"),
    "pronovost": ("Marie-Ève", "Pronovost", "Agente d'approvisionnement", "Procurement officer",
                  "marie-eve.pronovost", "4602"),
    "kwan": ("Jonathan", "Kwan", "Technicien en paie", "Payroll technician",
             "jonathan.kwan", "4510"),
}

PHYS = [
    # (given, surname, sex, specialty_fr, specialty_en, local)
    ("Hélène", "Vigneault", "F", "cardiologie", "cardiology", "helene.vigneault"),
    ("Amir", "Haddad", "M", "pneumologie", "respirology", "amir.haddad"),
    ("Ruth", "Ostrowski", "F", "hémato-oncologie", "haemato-oncology", "ruth.ostrowski"),
    ("Jean-Philippe", "Lacasse", "M", "orthopédie", "orthopaedics", "jp.lacasse"),
    ("Malika", "Bensaïd", "F", "psychiatrie", "psychiatry", "malika.bensaid"),
    ("Colin", "Ashdown", "M", "médecine interne", "internal medicine", "colin.ashdown"),
    ("Sophie", "Charest", "F", "pédiatrie", "paediatrics", "sophie.charest"),
    ("Benoît", "Laflamme", "M", "gastro-entérologie", "gastroenterology", "benoit.laflamme"),
    ("Naomi", "Feldstein", "F", "obstétrique-gynécologie", "obstetrics and gynaecology",
     "naomi.feldstein"),
    ("Olivier", "Drapeau", "M", "neurologie", "neurology", "olivier.drapeau"),
]

# ---------------------------------------------------------------- external parties
EXT = {
    "law_fr": ("Me Annick Lamarre", "alamarre@lamarrebissonnette.example",
               "Lamarre Bissonnette avocats s.e.n.c.r.l.", "514-555-0163"),
    "law_fr2": ("Me François Dumoulin", "fdumoulin@dumoulin-avocats.example",
                "Dumoulin Avocats inc.", "418-555-0171"),
    "law_en": ("Daniel Whitcombe", "dwhitcombe@whitcombehale.example",
               "Whitcombe & Hale LLP", "613-555-0182"),
    "law_en2": ("Rebecca Stroud", "rstroud@stroudlegal.example", "Stroud Legal Professional Corp.",
                "514-555-0177"),
    "ins_fr": ("Chantal Ouimet", "c.ouimet@borealisvie.example",
               "Assurance Boréalis Vie — Prestations d'invalidité", "1-800-555-0115"),
    "ins_en": ("Marcus Bell", "marcus.bell@northgatelife.example",
               "Northgate Life — Group Disability Claims", "1-888-555-0128"),
    "auto_fr": ("Julien Paradis", "jparadis@birq.example",
                "Bureau d'indemnisation routière du Québec (BIRQ)", "1-877-555-0133"),
    "work_fr": ("Sonia Lachance", "s.lachance@rit-quebec.example",
                "Régime d'indemnisation des travailleurs (RIT)", "1-866-555-0139"),
    "dpj": ("Mathilde Caouette", "mcaouette@dpj-hauteriviere.example",
            "Direction de la protection de la jeunesse — Haute-Rivière", "819-555-0155"),
    "dpj_en": ("Andrea Kolb", "akolb@ysp-hauteriviere.example",
               "Youth Protection Services — Haute-Rivière", "819-555-0156"),
    "police": ("Sgt-dét. Patrick Audet", "p.audet@spvb.example",
               "Service de police de Val-Brûlé", "819-555-0161"),
    "coroner": ("Me Lise Berthiaume", "lberthiaume@coroner-qc.example",
                "Bureau du coroner — région Mauricie-Val-Brûlé", "819-555-0167"),
    "ont": ("Karen Lindgren", "klindgren@kingsmeregh.example",
            "Kingsmere General Hospital — Health Records", "613-555-0190"),
    "be": ("Sandrine Wauters", "s.wauters@cliniquesaintremi.example",
           "Clinique Saint-Rémi (Namur) — Archives médicales", "+32 81 555 0104"),
    "fr": ("Delphine Marchetti", "d.marchetti@ch-lorval.example",
           "Centre hospitalier de Lorval — Bureau des archives", "+33 4 55 50 01 27"),
    "gmf": ("Dre Laurence Pépin", "laurence.pepin@gmf-desormeaux.example",
            "GMF des Ormeaux", "819-555-0148"),
    "social": ("Rachid Benali", "rbenali@solidarite-emploi.example",
               "Centre local d'emploi — Aide financière de dernier recours", "819-555-0158"),
}

PERSONAL_DOMAINS = ["courriel.example", "maisonnet.example", "postbox.example",
                    "sympatico-mail.example", "webmel.example"]

# ---------------------------------------------------------------- name pools
PAT_SURNAMES_FR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Gosselin", "Bédard",
                   "Vachon", "Leclerc", "Dionne", "Poulin", "Mercier", "Gingras", "Rioux",
                   "Hébert", "Desjardins", "Charron", "Lemieux", "Turcotte", "Fontaine",
                   "Beauchemin", "Arsenault", "Lafrenière", "Cormier", "Pichette", "Trudel",
                   "Boisvert", "Gaudreault", "Champagne", "Lachapelle"]
PAT_GIVEN_FR_F = ["Ginette", "Lucie", "Francine", "Chantal", "Hélène", "Amélie", "Solange",
                  "Karine", "Thérèse", "Isabelle", "Monique", "Pascale", "Raymonde", "Éloïse",
                  "Justine", "Micheline"]
PAT_GIVEN_FR_M = ["Réjean", "Yvon", "Mathieu", "Normand", "Gaétan", "Jérôme", "Benoît",
                  "Maxime", "Denis", "Raymond", "Ghislain", "Félix", "Rosaire", "Hugo",
                  "Jean-Guy", "Samuel"]
PAT_SURNAMES_EN = ["Harper", "Kowalski", "O'Neill", "Patel", "Fraser", "McKenzie", "Novak",
                   "Duncan", "Whitfield", "Okafor", "Lindqvist", "Reyes", "Chen", "Doyle",
                   "Abernathy", "Galloway", "Pruitt", "Sinclair", "Hawthorne", "Mbeki",
                   "Ferreira", "Quinlan", "Yamada", "Delacroix"]
PAT_GIVEN_EN_F = ["Margaret", "Aisha", "Beverly", "Priya", "Heather", "Olivia", "Wendy",
                  "Fiona", "Gail", "Rosalind", "Tamara", "Colleen", "Deborah", "Imogen"]
PAT_GIVEN_EN_M = ["Trevor", "Colin", "Dwayne", "Gordon", "Kenneth", "Stuart", "Rajesh",
                  "Howard", "Neil", "Desmond", "Curtis", "Ian", "Wallace", "Everett"]

CHILD_GIVEN_F = ["Léa", "Zoé", "Florence", "Rosalie", "Alice", "Maya", "Chloe", "Ava"]
CHILD_GIVEN_M = ["Mathis", "Jacob", "Thomas", "Édouard", "Nathan", "Logan", "Ethan", "Owen"]

STREETS_FR = ["rue des Pins", "rang Saint-Joseph", "boulevard Laurier", "rue Papineau",
              "chemin du Lac-Brûlé", "rue Principale", "avenue des Érables", "rue Notre-Dame Est",
              "rue de la Fabrique", "montée Saint-Rémi"]
STREETS_EN = ["Birch Crescent", "Maple Avenue", "Elm Street", "Riverside Drive",
              "Cedar Lane", "Hillcrest Road", "Church Street", "Sumac Court"]
TOWNS_QC = [("Val-Brûlé", "G0X 2V3"), ("Saint-Rémi-du-Lac", "G0X 1K0"),
            ("Lac-aux-Hérons", "G0X 3B0"), ("Notre-Dame-des-Pins", "G0X 2R0"),
            ("Haute-Rivière", "J0X 1A0")]


# 555-01xx numbers used by the organisation and outside parties are never a patient's
PATIENT_PHONE_SUFFIXES = [n for n in range(0, 100) if n not in
                          (4, 15, 19, 21, 27, 28, 33, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49,
                           55, 56, 58, 61, 63, 67, 71, 77, 82, 90)]


def _holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given, "dob": datetime.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


HOLDERS = _holders()
HOLDER_SURNAMES = sorted({h["surname"] for h in HOLDERS})


def fold(s):
    """Lower-case, accent-free form for comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


_HS = {fold(s) for s in HOLDER_SURNAMES}
for _pool in (PAT_SURNAMES_FR, PAT_SURNAMES_EN):
    assert not ({fold(s) for s in _pool} & _HS), "patient pool overlaps NAM holders"
for _k, _v in STAFF.items():
    assert fold(_v[1]) not in _HS
for _p in PHYS:
    assert fold(_p[1]) not in _HS

# ---------------------------------------------------------------- identifiers
FULLWIDTH = {c: chr(0xFF10 + int(c)) for c in "0123456789"}


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def gen_sin(rng):
    while True:
        first = rng.choice("1234567" + "9")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, rng.choice(["AB", "KM", "XR", "HT", "PQ", "ZV", "LC"])


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        if serial > 997:
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        pre = ("2" + base) if dob.year >= 2000 else base
        chk = "%02d" % (97 - int(pre) % 97)
        num = base + chk
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 26, 38, 42, 69, 73, 74, 75, 84, 92])
        commune = "%03d" % rng.randrange(1, 990)
        order = "%03d" % rng.randrange(1, 999)
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return "%07d" % rng.randrange(100000, 2999999)


def fmt_id(num, style):
    """Render an identifier string in one of several disguises."""
    if style == "plain":
        return num
    if style == "fullwidth":
        return fullwidth(num)
    if style == "spaced1":
        return " ".join(num)
    if style == "dots":
        return ".".join(num[i:i + 3] for i in range(0, len(num), 3))
    if style == "slash":
        return "/".join(num[i:i + 3] for i in range(0, len(num), 3))
    if style == "hyphen":
        return "-".join(num[i:i + 3] for i in range(0, len(num), 3))
    if style == "space3":
        return " ".join(num[i:i + 3] for i in range(0, len(num), 3))
    raise ValueError(style)


def fmt_sin(num, style):
    if style in ("plain", "fullwidth", "spaced1"):
        return fmt_id(num, style)
    sep = {"dots": ".", "slash": "/", "hyphen": "-", "space3": " "}[style]
    return sep.join([num[:3], num[3:6], num[6:]])


def fmt_ohip(num, vc, style):
    if style == "plain":
        return num + vc
    if style == "fullwidth":
        return fullwidth(num) + " " + vc
    sep = {"dots": ".", "slash": "/", "hyphen": "-", "space3": " ", "spaced1": " "}[style]
    return sep.join([num[:4], num[4:7], num[7:]]) + " " + vc


def fmt_niss(num, style):
    if style == "plain":
        return num
    if style == "official":
        return be_nn.format(num)
    if style == "fullwidth":
        return fullwidth(be_nn.format(num))
    if style == "space3":
        return " ".join([num[:2], num[2:4], num[4:6], num[6:9], num[9:]])
    if style == "slash":
        return "/".join([num[:6], num[6:9], num[9:]])
    return num


def fmt_nir(num, style):
    if style == "plain":
        return num
    if style == "official":
        return fr_nir.format(num)
    if style == "dots":
        return fr_nir.format(num, ".")
    if style == "fullwidth":
        return fullwidth(fr_nir.format(num))
    return num


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "space4":
        return " ".join([nam[:4], nam[4:8], nam[8:]])
    if style == "hyphen":
        return "-".join([nam[:4], nam[4:8], nam[8:]])
    if style == "lower":
        return nam.lower()
    if style == "dots":
        return ".".join([nam[:4], nam[4:8], nam[8:]])
    if style == "fullwidth":
        return nam[:4] + " " + fullwidth(nam[4:])
    return nam


def fmt_mrn(mrn, style):
    if style == "plain":
        return mrn
    if style == "H":
        return "H" + mrn
    if style == "space":
        return mrn[:1] + " " + mrn[1:4] + " " + mrn[4:]
    if style == "dash":
        return mrn[:3] + "-" + mrn[3:]
    if style == "fullwidth":
        return fullwidth(mrn)
    if style == "dots":
        return mrn[:1] + "." + mrn[1:4] + "." + mrn[4:]
    return mrn


def normalize_for_search(s):
    """NFKC, strip everything but letters and digits, upper-case."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch.isalnum()).upper()


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_variants(d):
    return [
        d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"),
        d.strftime("%m/%d/%Y"), d.strftime("%d.%m.%Y"), d.strftime("%Y.%m.%d"),
        "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
        "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year),
        "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        "%s %d %d" % (MONTHS[d.month - 1][:3], d.day, d.year),
        "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year),
    ]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%m/%d/%Y")
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        if lang == "fr":
            return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "abbr":
        return "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    raise ValueError(style)


def long_day(d, lang):
    if lang == "fr":
        return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


# ---------------------------------------------------------------- context
class Ctx:
    """Per-message generation context: random source, used-NAM pool, id registry."""

    def __init__(self, rng, holder_pool):
        self.rng = rng
        self.holder_pool = holder_pool
        self.ids = []          # (kind, value) inserted in the current message
        self.patients = []     # patients named in the current message
        self.date = None       # date of the message (datetime)

    def reset(self, date):
        self.ids = []
        self.patients = []
        self.date = date

    # ---- people
    def patient(self, lang, sex=None, age=(18, 92), nam=False, want=()):
        r = self.rng
        if nam:
            ref_year = 2025
            idx = next((i for i, h in enumerate(self.holder_pool)
                        if age[0] <= ref_year - h["dob"].year <= age[1]), 0)
            h = self.holder_pool.pop(idx)
            p = dict(h)
            p["holder"] = True
        else:
            sex = sex or r.choice("FM")
            if lang == "fr" or r.random() < 0.2:
                sur = r.choice(PAT_SURNAMES_FR)
                giv = r.choice(PAT_GIVEN_FR_F if sex == "F" else PAT_GIVEN_FR_M)
            else:
                sur = r.choice(PAT_SURNAMES_EN)
                giv = r.choice(PAT_GIVEN_EN_F if sex == "F" else PAT_GIVEN_EN_M)
            if age[1] < 18:
                giv = r.choice(CHILD_GIVEN_F if sex == "F" else CHILD_GIVEN_M)
            ref = datetime.date(2025, 1, 15)
            years = r.randint(age[0], age[1])
            dob = ref - datetime.timedelta(days=years * 365 + r.randint(0, 364))
            p = {"surname": sur, "given": giv, "dob": dob, "sex": sex, "holder": False}
        p["mrn"] = gen_mrn(r)
        town, pc = r.choice(TOWNS_QC)
        p["town"], p["pc"] = town, pc
        if lang == "fr":
            p["street"] = "%d, %s" % (r.randint(12, 2890), r.choice(STREETS_FR))
            p["address"] = "%s, %s (Québec)  %s" % (p["street"], town, pc)
        else:
            p["street"] = "%d %s" % (r.randint(12, 2890), r.choice(STREETS_EN))
            p["address"] = "%s, %s, QC  %s" % (p["street"], town, pc)
        p["phone"] = "%s-555-01%02d" % (r.choice(["873", "450", "819"]),
                                         r.choice(PATIENT_PHONE_SUFFIXES))
        p["email"] = "%s.%s%d@%s" % (fold(p["given"]).replace(" ", "").replace("'", ""),
                                     fold(p["surname"]).replace(" ", "").replace("'", ""),
                                     r.randint(1, 99), r.choice(PERSONAL_DOMAINS))
        if "sin" in want:
            p["sin"] = gen_sin(r)
        if "ohip" in want:
            p["ohip"], p["ohip_vc"] = gen_ohip(r)
        if "niss" in want:
            p["niss"] = gen_niss(r, p["dob"], p["sex"])
        if "nir" in want:
            p["nir"] = gen_nir(r, p["dob"], p["sex"])
        self.patients.append(p)
        return p

    def age(self, p):
        d = self.date.date()
        b = p["dob"]
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))

    # ---- identifier rendering with registration
    def nam(self, p, style=None):
        style = style or self.rng.choice(["plain", "space4", "space4", "hyphen", "dots",
                                          "lower", "fullwidth", "plain"])
        self.ids.append(("nam", p["nam"]))
        return fmt_nam(p["nam"], style)

    def sin(self, p, style=None):
        style = style or self.rng.choice(["space3", "hyphen", "plain", "dots", "fullwidth"])
        self.ids.append(("sin", p["sin"]))
        return fmt_sin(p["sin"], style)

    def ohip(self, p, style=None):
        style = style or self.rng.choice(["hyphen", "space3", "plain", "dots"])
        self.ids.append(("ohip", p["ohip"]))
        return fmt_ohip(p["ohip"], p["ohip_vc"], style)

    def niss(self, p, style=None):
        style = style or self.rng.choice(["official", "plain", "space3", "slash"])
        self.ids.append(("niss", p["niss"]))
        return fmt_niss(p["niss"], style)

    def nir(self, p, style=None):
        style = style or self.rng.choice(["official", "plain", "dots"])
        self.ids.append(("nir", p["nir"]))
        return fmt_nir(p["nir"], style)

    def mrn(self, p, style=None):
        style = style or self.rng.choice(["plain", "H", "space", "dash", "plain", "dots",
                                          "fullwidth"])
        self.ids.append(("mrn", p["mrn"]))
        return fmt_mrn(p["mrn"], style)

    # ---- names
    def name(self, p, style=None, lang="fr"):
        style = style or self.rng.choice(["full", "title", "caps", "full", "caps_comma"])
        g, s = p["given"], p["surname"]
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title":
            if lang == "fr":
                return "%s %s %s" % ("Mme" if p["sex"] == "F" else "M.", g, s)
            return "%s %s %s" % ("Ms." if p["sex"] == "F" else "Mr.", g, s)
        if style == "title_sur":
            if lang == "fr":
                return "%s %s" % ("Mme" if p["sex"] == "F" else "M.", s)
            return "%s %s" % ("Ms." if p["sex"] == "F" else "Mr.", s)
        if style == "caps_comma":
            return "%s, %s" % (s.upper(), g)
        if style == "caps":
            return "%s %s" % (s.upper(), g)
        if style == "lower":
            return ("%s %s" % (g, s)).lower()
        if style == "initial":
            return "%s. %s" % (g[0], s)
        if style == "sur_first":
            return "%s %s" % (s, g)
        if style == "given":
            return g
        raise ValueError(style)

    def dob(self, p, lang, style=None):
        style = style or self.rng.choice(["iso", "num", "long", "iso", "dots", "abbr"])
        return fmt_date(p["dob"], lang, style)

    def sexword(self, p, lang):
        if lang == "fr":
            return "Sexe : %s" % p["sex"]
        return "Sex: %s" % p["sex"]


# ---------------------------------------------------------------- signatures & mail helpers
def staff_addr(key):
    g, s, tf, te, local, ext = STAFF[key]
    return ("%s %s" % (g, s), "%s@%s" % (local, DOM))


def phys_addr(i):
    g, s, sex, sf, se, local = PHYS[i]
    return ("%s %s" % (g, s), "%s@%s" % (local, DOM))


def phys_title(i, lang):
    g, s, sex, sf, se, local = PHYS[i]
    if lang == "fr":
        return "%s %s %s" % ("Dre" if sex == "F" else "Dr", g, s)
    return "Dr. %s %s" % (g, s)


STAFF_DEPT = {
    "esposito": ("Direction des ressources informationnelles", "Information Technology"),
    "brassard": ("Services techniques et installations", "Facilities and Technical Services"),
    "pronovost": ("Approvisionnement", "Procurement"),
    "kwan": ("Ressources humaines — paie", "Human Resources - Payroll"),
    "theriault": ("Bureau de la protection des renseignements personnels", "Privacy Office"),
    "wojcik": ("Bureau de la protection des renseignements personnels", "Privacy Office"),
    "vaillancourt": ("Affaires juridiques", "Legal Affairs"),
}


def signature(key, lang, short=False):
    g, s, tf, te, local, ext = STAFF[key]
    dfr, den = STAFF_DEPT.get(key, (DEPT_FR, DEPT_EN))
    if short:
        return "%s\n%s, poste %s" % (g, MAIN_PHONE, ext) if lang == "fr" else \
            "%s\n%s ext. %s" % (g, MAIN_PHONE, ext)
    if lang == "fr":
        return ("%s %s\n%s\n%s\n%s\n%s\nTél. : %s, poste %s | Téléc. : %s"
                % (g, s, tf, dfr, ORG_FR, ADDR_FR, MAIN_PHONE, ext, FAX))
    return ("%s %s\n%s\n%s\n%s\n%s\nTel: %s ext. %s | Fax: %s"
            % (g, s, te, den, ORG_EN, ADDR_EN, MAIN_PHONE, ext, FAX))


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This message may contain confidential information. If you "
           "received it in error, please notify the sender and delete it.")


def fmt_header_date(d, lang):
    """A date as quoted in reply lines / forward blocks."""
    if lang == "fr":
        return "%s %d %s %d à %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
                                           d.hour, d.minute)
    return "%s, %s %d, %d at %d:%02d %s" % (DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day,
                                            d.year, (d.hour - 1) % 12 + 1, d.minute,
                                            "AM" if d.hour < 12 else "PM")


def quote(text, lang, who, when):
    lines = ["> " + ln if ln else ">" for ln in text.split("\n")]
    if lang == "fr":
        head = "Le %s, %s a écrit :" % (fmt_header_date(when, "fr"), who)
    else:
        head = "On %s, %s wrote:" % (fmt_header_date(when, "en"), who)
    return head + "\n" + "\n".join(lines)


def forward_block(text, lang, frm, to, subject, when):
    if lang == "fr":
        return ("-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (frm, fmt_header_date(when, "fr"), to, subject, text))
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, fmt_header_date(when, "en"), to, subject, text))


def new_rng(*parts):
    return random.Random("%d:%s" % (SEED, ":".join(str(p) for p in parts)))


# ---------------------------------------------------------------- spec helper
def mk(cat, note, types, from_, to, subject, text, html=None, attachments=None, cc=None,
       reply=False, force=None, extra_headers=None):
    return {"cat": cat, "note": note, "types": sorted(set(types)), "from_": from_, "to": to,
            "cc": cc or [], "subject": subject, "text": text, "html": html,
            "attachments": attachments or [], "reply": reply, "force": force or {},
            "extra_headers": extra_headers or []}


def days_before(c, lo, hi):
    return (c.date - datetime.timedelta(days=c.rng.randint(lo, hi))).date()


def days_after(c, lo, hi):
    d = (c.date + datetime.timedelta(days=c.rng.randint(lo, hi))).date()
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def ext_box(key):
    n, a, org, tel = EXT[key]
    return (n, a)
