"""Shared data and helpers: organisation, people, identifiers, dates, obfuscation.

Everything here is invented.  Only the standard library and python-stdnum are used.
"""
import datetime
import os
import random

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25201
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

# --------------------------------------------------------------------------- organisation
ORG_FR = "CHSLD des Quatre-Vents"
ORG_EN = "Quatre-Vents Long-Term Care Centre"
CISSS = "CISSS de la Vallée-du-Sud"
DOM = "quatrevents.example"          # CHSLD staff
DOM_CISSS = "cisss-valleesud.example"
DOM_HOSP = "hopital-sud.example"     # referring hospital
DOM_PHARM = "pharmacie-belair.example"
DOM_FAMILY = ["videotron-mail.example", "courriel-perso.example", "mailbox.example",
              "famille.example", "netcourrier.example"]
DOM_VENDOR = ["medifournitures.example", "santeplus-distribution.example",
              "alimentsdunord.example", "techsoins.example", "ascenseurs-rive.example"]
ADDR_CHSLD = "2280, boulevard des Quatre-Vents, Saint-Aurèle (Québec) J0K 9Z9"
AREA = ["450", "819", "514"]

UNITS_FR = ["1er Est", "1er Ouest", "2e Est", "2e Ouest", "3e Nord", "Unité prothétique (UP)"]
UNITS_EN = ["1 East", "1 West", "2 East", "2 West", "3 North", "Secure dementia unit"]

# --------------------------------------------------------------------------- people
# Pools are kept disjoint from the surnames of the NAM holders (checked at run time).
STAFF_SUR = ["Tremblay", "Bergeron", "Lévesque", "Côté", "Gendron", "Dufour", "Poulin", "Vachon",
             "Bédard", "Mercier", "Dubé", "Beaulieu", "Rioux", "Lemieux", "Hébert", "Desrosiers",
             "Asselin", "Charbonneau", "Arsenault", "Proulx", "Cormier", "Leduc", "Turcotte",
             "Vézina", "Labrecque", "Nguyen", "Haddad", "Okafor", "Kowalski", "Murphy", "Campbell",
             "Stewart", "Chen", "Patel", "Rodriguez", "Joseph", "Saint-Louis", "Dorval", "Bilodeau",
             "Ferland", "Boudreau", "Massicotte", "Ouimet", "Pinard", "Auclair", "Daigle"]
STAFF_GIV_F = ["Chantal", "Isabelle", "Mélanie", "Julie", "Karine", "Valérie", "Annie", "Caroline",
               "Nadia", "Marie-Ève", "Stéphanie", "Amélie", "Fatima", "Linh", "Rachel", "Kelly",
               "Jennifer", "Heather", "Priya", "Ngozi", "Lucie", "Hélène", "France", "Sonia"]
STAFF_GIV_M = ["Patrick", "Sébastien", "Mathieu", "Éric", "Jean-François", "Alexandre", "Karim",
               "Kevin", "Brian", "Daniel", "Steve", "Yannick", "Olivier", "Samuel", "Ahmed", "Tomasz"]

PAT_SUR_FR = ["Lachance", "Grenier", "Bissonnette", "Paradis", "Dionne", "Boisvert", "Fontaine",
              "Gingras", "Laberge", "Marchand", "Rousseau", "Caouette", "Gervais", "Béland",
              "Lamontagne", "Champagne", "Sauvé", "Tessier", "Thériault", "Robichaud", "Dumont",
              "Langlois", "Perron", "Lavoie", "Desjardins", "Ménard", "Brassard", "Deschênes",
              "Lafrance", "Provencher", "Veilleux", "Gosselin", "Poitras", "Bolduc", "Drouin"]
PAT_SUR_EN = ["Henderson", "McLean", "Fraser", "O'Neill", "Harrison", "Kerr", "Doyle", "Whitfield",
              "Abernathy", "Sullivan", "Grant", "Reid", "Keller", "Kowalczyk", "Rossi", "Goldberg",
              "Papadopoulos", "Da Silva", "Mackenzie", "Fitzgerald", "Barrett", "Holloway", "Quinn",
              "Sinclair", "Novak", "Lindqvist", "Costa", "Wheeler", "Pearson", "Carmichael"]
PAT_GIV_F_FR = ["Rolande", "Thérèse", "Gisèle", "Jeannine", "Pierrette", "Lucille", "Monique",
                "Yvette", "Colette", "Huguette", "Réjeanne", "Madeleine", "Fernande", "Cécile",
                "Rita", "Georgette", "Suzanne", "Micheline", "Claudette", "Laurette"]
PAT_GIV_M_FR = ["Gérard", "Roland", "Marcel", "Lucien", "Fernand", "Raymond", "Gaston", "Réal",
                "Normand", "Jean-Guy", "Rosaire", "Armand", "Léo", "Yvon", "Conrad", "Germain",
                "Clément", "Aurèle", "Henri", "Maurice"]
PAT_GIV_F_EN = ["Dorothy", "Margaret", "Evelyn", "Shirley", "Beatrice", "Joan", "Muriel", "Irene",
                "Gladys", "Phyllis", "Audrey", "Eileen", "Norma", "Agnes", "Vera", "Constance"]
PAT_GIV_M_EN = ["Harold", "Walter", "Stanley", "Kenneth", "Douglas", "Clifford", "Arthur",
                "Leonard", "Gordon", "Ernest", "Herbert", "Wallace", "Frederick", "Vincent",
                "Bernard", "Desmond"]

PHYS = [("Dre", "Dr.", "Sylvie", "Hébert", "F"), ("Dr", "Dr.", "Karim", "Haddad", "M"),
        ("Dre", "Dr.", "Marie-Ève", "Proulx", "F"), ("Dr", "Dr.", "Olivier", "Massicotte", "M"),
        ("Dre", "Dr.", "Linh", "Nguyen", "F"), ("Dr", "Dr.", "Brian", "Campbell", "M")]


def load_nams():
    """Return the list of NAM holders (dicts) read from ../blind_nams.txt."""
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append({"sur": sur, "giv": giv, "dob": datetime.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


class Ctx:
    """Per-run state: RNG, NAM allocation, unique counters."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        holder_sur = {h["sur"].lower() for h in self.nams}
        for pool in (STAFF_SUR, PAT_SUR_FR, PAT_SUR_EN):
            clash = holder_sur.intersection(s.lower() for s in pool)
            assert not clash, clash
        # adults only (CHSLD residents); younger holders are never used
        self.nam_pool = [h for h in self.nams if h["dob"].year <= 1995]
        self.rng.shuffle(self.nam_pool)
        self.nam_i = 0
        self.used_patients = set()
        self.msg_i = 0

    # -- random helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def num(self, a, b):
        return self.rng.randint(a, b)

    # -- people
    def nam_holder(self):
        h = self.nam_pool[self.nam_i % len(self.nam_pool)]
        self.nam_i += 1
        return Person(h["giv"], h["sur"], h["sex"], h["dob"], nam=h["nam"])

    def patient(self, lang, age=(72, 98), sex=None):
        rng = self.rng
        for _ in range(200):
            sx = sex or rng.choice("FM")
            if lang == "fr" or rng.random() < 0.15:
                sur = rng.choice(PAT_SUR_FR)
                giv = rng.choice(PAT_GIV_F_FR if sx == "F" else PAT_GIV_M_FR)
            else:
                sur = rng.choice(PAT_SUR_EN)
                giv = rng.choice(PAT_GIV_F_EN if sx == "F" else PAT_GIV_M_EN)
            if (giv, sur) not in self.used_patients:
                break
        self.used_patients.add((giv, sur))
        y = 2025 - rng.randint(*age)
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        return Person(giv, sur, sx, dob)

    def staff(self, sex=None):
        sx = sex or self.rng.choice("FFFM")
        giv = self.rng.choice(STAFF_GIV_F if sx == "F" else STAFF_GIV_M)
        return Person(giv, self.rng.choice(STAFF_SUR), sx, None)

    def physician(self):
        t_fr, t_en, giv, sur, sx = self.rng.choice(PHYS)
        p = Person(giv, sur, sx, None)
        p.t_fr, p.t_en = t_fr, t_en
        return p

    def phone(self, area=None):
        return "%s-555-01%02d" % (area or self.rng.choice(AREA), self.rng.randint(0, 99))

    def room(self):
        return "%d%02d" % (self.rng.randint(1, 3), self.rng.randint(1, 32))

    def mrn(self, style=None):
        r = self.rng
        style = style or r.choice(["H", "plain", "dash", "chsld", "year"])
        if style == "H":
            return "H%07d" % r.randint(100000, 9999999)
        if style == "plain":
            return "%08d" % r.randint(10000000, 99999999)
        if style == "dash":
            return "%03d-%03d-%02d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 99))
        if style == "chsld":
            return "QV-%05d" % r.randint(10000, 99999)
        return "%d-%06d" % (r.choice([2019, 2021, 2023, 2024]), r.randint(1000, 999999))

    def msgid(self, dom=DOM):
        self.msg_i += 1
        return "<%08x.%04x.%d@%s>" % (self.rng.getrandbits(32), self.rng.getrandbits(16), self.msg_i, dom)

    def date(self, start=datetime.datetime(2024, 9, 2), span_days=420):
        r = self.rng
        d = start + datetime.timedelta(days=r.randint(0, span_days), hours=r.randint(6, 21),
                                       minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        # Eastern time: EDT between mid-March and early November
        off = -4 if (3, 10) <= (d.month, d.day) <= (11, 2) else -5
        return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


class Person:
    def __init__(self, giv, sur, sex, dob, nam=None):
        self.giv, self.sur, self.sex, self.dob, self.nam = giv, sur, sex, dob, nam

    @property
    def full(self):
        return "%s %s" % (self.giv, self.sur)

    def t_fr(self):
        return "Mme" if self.sex == "F" else "M."

    def t_en(self):
        return "Ms." if self.sex == "F" else "Mr."

    def email(self, dom=DOM):
        import unicodedata
        s = "%s.%s" % (self.giv, self.sur)
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return s.replace("'", "").replace(" ", "") + "@" + dom

    def age(self, on=datetime.date(2025, 1, 1)):
        d = self.dob
        return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def name_variant(ctx, p, lang, style=None):
    """A patient's name written in one of many ways."""
    styles = ["title", "full", "SUR, Giv", "SUR Giv", "lower", "init", "Sur, Giv", "title_sur"]
    style = style or ctx.pick(styles)
    t = p.t_fr() if lang == "fr" else p.t_en()
    if style == "title":
        return "%s %s" % (t, p.full)
    if style == "full":
        return p.full
    if style == "SUR, Giv":
        return "%s, %s" % (p.sur.upper(), p.giv)
    if style == "SUR Giv":
        return "%s %s" % (p.sur.upper(), p.giv)
    if style == "lower":
        return p.full.lower()
    if style == "init":
        return "%s. %s" % (p.giv[0], p.sur)
    if style == "Sur, Giv":
        return "%s, %s" % (p.sur, p.giv)
    return "%s %s" % (t, p.sur)


# --------------------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def fmt_date(ctx, d, lang, style=None):
    styles = ["iso", "dmy", "long", "slash_ymd", "dmy_dash"] + (["mdy_long", "dmon"] if lang == "en" else [])
    style = style or ctx.pick(styles)
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "dmy_dash":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    if style == "slash_ymd":
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "mdy_long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    return "%02d-%s-%d" % (d.day, MON3[d.month - 1], d.year)


def short_day(d, lang):
    if lang == "fr":
        return "%d %s" % (d.day, MOIS[d.month - 1])
    return "%s %d" % (MON3[d.month - 1], d.day)


# --------------------------------------------------------------------------- identifier styles
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def disguise(ctx, s, groups, style=None):
    """Write an identifier with spacing / dots / slashes / hyphens / full-width digits."""
    style = style or ctx.pick(["plain", "space", "dot", "dash", "slash", "fw", "plain", "space"])
    if style == "plain":
        return s
    parts, i = [], 0
    for g in groups:
        parts.append(s[i:i + g])
        i += g
    if i < len(s):
        parts.append(s[i:])
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "fw":
        return " ".join(parts).translate(FW)
    return s


def nam_str(ctx, nam, style=None):
    return disguise(ctx, nam, [4, 4, 4], style)


def make_sin(ctx):
    while True:
        body = str(ctx.rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "%07d" % ctx.rng.randint(0, 9999999)
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def make_ohn(ctx):
    while True:
        body = str(ctx.rng.randint(1, 9)) + "%08d" % ctx.rng.randint(0, 99999999)
        s = body + luhn.calc_check_digit(body)
        if luhn.is_valid(s):
            return s


def ohn_valid(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(ctx, dob, sex):
    for _ in range(1000):
        ser = ctx.rng.randint(1, 997)
        if (ser % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, ser)
        n = int(base) if dob.year < 2000 else int("2" + base)
        s = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(s):
            return s
    raise ValueError("niss")


def make_nir(ctx, dob, sex):
    for _ in range(1000):
        dep = "%02d" % ctx.rng.choice([13, 21, 29, 31, 33, 35, 44, 59, 62, 67, 69, 75, 76, 87])
        base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dep,
                                         ctx.rng.randint(1, 990), ctx.rng.randint(1, 999))
        s = base + "%02d" % (97 - int(base) % 97)
        if fr_nir.is_valid(s):
            return s
    raise ValueError("nir")


def fmt_sin(ctx, s, style=None):
    return disguise(ctx, s, [3, 3, 3], style)


def fmt_ohn(ctx, s, style=None):
    return disguise(ctx, s, [4, 3, 3], style)


def fmt_niss(ctx, s):
    st = ctx.pick(["be", "plain", "space"])
    if st == "be":
        return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:11])
    return disguise(ctx, s, [6, 3, 2], st)


def fmt_nir(ctx, s):
    st = ctx.pick(["fr", "plain", "fr"])
    if st == "fr":
        return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:15])
    return s


def digits(s):
    return "".join(c for c in s if c.isdigit())


# --------------------------------------------------------------------------- clinical vocab
DX_FR = ["trouble neurocognitif majeur type Alzheimer", "démence vasculaire", "MPOC", "insuffisance cardiaque",
         "FA sous anticoagulation", "diabète type 2 insulinotraité", "maladie de Parkinson",
         "AVC ancien avec hémiparésie gauche", "IRC stade 4", "ostéoporose sévère", "sclérose en plaques",
         "néo du côlon métastatique", "dépression majeure", "HTA", "fracture de hanche opérée (ORIF)"]
DX_EN = ["Alzheimer's dementia", "vascular dementia", "COPD", "CHF", "atrial fibrillation on apixaban",
         "type 2 diabetes on insulin", "Parkinson's disease", "old stroke with right hemiparesis",
         "CKD stage 4", "severe osteoporosis", "multiple sclerosis", "metastatic colon cancer",
         "major depression", "hypertension", "hip fracture s/p hemiarthroplasty"]
MEDS = ["Eliquis 2,5 mg BID", "warfarine selon INR", "Seroquel 12,5 mg HS", "Aricept 10 mg DIE",
        "furosémide 40 mg DIE", "metformine 500 mg BID", "Sinemet 100/25 TID", "Lasix 20 mg",
        "Tylenol 650 mg QID PRN", "hydromorphone 0,5 mg SC q4h PRN", "Ativan 0,5 mg SL PRN",
        "citalopram 10 mg DIE", "Lantus 14 U HS", "Symbicort 200 2 inh BID", "Dilaudid 1 mg PO q4h PRN",
        "pantoprazole 40 mg DIE", "vitamine D 10 000 UI/sem.", "ramipril 5 mg DIE"]
MEDS_EN = [m.replace("DIE", "daily").replace("warfarine selon INR", "warfarin per INR")
           .replace("furosémide", "furosemide").replace("metformine", "metformin")
           .replace("vitamine", "vitamin").replace("/sem.", "/wk").replace(",", ".") for m in MEDS]
