"""Shared data and helpers for the inpatient / forensic psychiatry corpus.

Everything here is invented.  Domains end in .example, phone numbers use 555-01xx,
RAMQ NAMs come only from ../blind_nams.txt (read relative to this file).
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25203
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
              "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
              "patient_contact", "social_information"]


# --------------------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            out.append(Holder(parts[0], parts[1], parts[2], parts[3], parts[4]))
    return out


HOLDERS = load_nams()
HOLDER_SURNAMES = sorted({h.surname for h in HOLDERS})


def fold(s):
    """Lower case, accents stripped, NFKC - for name comparisons."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


_HOLDER_FOLD = {fold(s) for s in HOLDER_SURNAMES}


def _clean(pool):
    return [n for n in pool if fold(n) not in _HOLDER_FOLD]


# --------------------------------------------------------------------------- name pools
PAT_SURNAMES_FR = _clean("""Lachance Turcotte Bisson Fréchette Ménard Perreault Charbonneau Lévesque
Gosselin Rioux Proulx Audet Boisvert Lacroix Dion Sirois Veilleux Labbé Jalbert Marcoux Trudel Bolduc
Grenier Mercier Plante Dufresne Brassard Giguère Laflamme Thériault Bernier Vézina Desrosiers Laliberté
Tanguay Corriveau Émond Hamelin Lafrenière Robichaud Vaillancourt Boivin Doyon Beauchemin Quirion
Leclerc Paradis Poulin Lambert Cyr Deschênes Nolet Allard Bélisle Côté-Rioux D'Amours""".split())
PAT_SURNAMES_EN = _clean("""O'Brien Kowalski Nguyen Okafor Fitzgerald Henderson McLean Sutherland
Abernathy Dawson Walsh Mensah Petrov Haddad Lindqvist Rahman Yusuf Kaminski Oyelaran Brennan Gallagher
Hughes Novak Szabo Jovanovic Mahmoud Delaney Ferreira Quinn Whitford Ashworth Pryce Rosen Ahmadi
Castillo Grewal Bakshi Tkachenko Holloway Kerr Lowry McAllister Forsythe Nakamura Osei""".split())
STAFF_SURNAMES_FR = _clean("""Beauregard Chartrand Desmarais Fontaine Gendron Houle Lemay Marchand
Normandeau Ouimet Pépin Rancourt St-Onge Tardif Valois Bergevin Lanctôt Provencher Séguin Cormier
Daigle Guérin Laroche Mailloux Nantel Richer Saucier Thivierge Brault Cadieux Dumont Labrecque Morneau
Ricard Lavallée Choquette Bastien Héroux Goulet""".split())
STAFF_SURNAMES_EN = _clean("""Ashford Bellamy Carmichael Donnelly Everett Fairbanks Galloway Harrington
Ingram Jennings Kingsley Lockhart Mercer Norwood Prescott Radcliffe Stanton Thornton Underwood Whitaker
Ellison Hargreaves Okonkwo Banerjee Iyer Zhou Moreno Pereira Sinclair Hale""".split())

GIVEN_FR_F = """Chantal Isabelle Mélanie Julie Karine Annie Véronique Lucie Nicole Francine Jocelyne
Marie-Ève Audrey Camille Léa Maude Roxanne Sophie Valérie Hélène Suzanne Martine Émilie Catherine
Patricia Monique Danielle Noémie Stéphanie""".split()
GIVEN_FR_M = """Réjean Sylvain Stéphane Mathieu Maxime Jonathan Alexandre Guillaume Yves Normand Luc
Éric Patrick François Benoît Jean-François Olivier Samuel Kevin Dominic Martin Alain Richard Serge
Gaétan Raymond Simon Jérôme Mario""".split()
GIVEN_EN_F = """Heather Megan Rebecca Kimberly Tara Chloe Olivia Priya Amina Fatima Grace Hannah
Jessica Laura Rachel Samantha Tamara Vanessa Wendy Zoe Aisha Bridget Colleen Erin Leah""".split()
GIVEN_EN_M = """Aaron Brandon Connor Derek Ethan Graham Ian Jordan Kyle Marcus Nathan Owen Ryan
Shane Tyler Victor Wesley Adebayo Dmitri Hassan Rahul Tomasz Kwame Duncan Trevor Callum""".split()

# --------------------------------------------------------------------------- organisation
ORG_FR = "Centre hospitalier régional de Valbrume"
ORG_EN = "Valbrume Regional Hospital Centre"
DOM = "chr-valbrume.example"
UNITS_FR = ["4 Nord (soins aigus)", "4 Sud (soins intensifs psychiatriques)", "unité 3C",
            "Pavillon Lavigne – psychiatrie légale", "unité de courte durée (UCD)"]
UNITS_EN = ["4 North acute unit", "PICU 4 South", "Unit 3C", "Lavigne forensic unit",
            "short-stay unit"]
CLINIC_ADDR_FR = "1450, boulevard des Cèdres, Valbrume (Québec) J8V 0B4"
CLINIC_ADDR_EN = "1450 Cedar Boulevard, Valbrume QC J8V 0B4"

EXT = {  # other organisations, all invented
    "aide_juridique": ("Bureau d'aide juridique de Valbrume", "aidejuridique-valbrume.example"),
    "police": ("Service de police de Valbrume", "spvalbrume.example"),
    "greffe": ("Palais de justice de Valbrume – greffe criminel", "justice-valbrume.example"),
    "cetm": ("Commission d'examen – greffe", "commission-examen.example"),
    "pharmacie": ("Pharmacie du Marché", "pharmaciedumarche.example"),
    "gmf": ("GMF des Rives", "gmf-des-rives.example"),
    "assureur": ("Assurances Boréal", "assurancesboreal.example"),
    "dpj": ("DPJ – Réception des signalements", "dpj-valbrume.example"),
    "solidarite": ("Bureau de Solidarité sociale", "solidarite-sociale.example"),
    "ambulance": ("Transport adapté Rive-Nord", "transport-rivenord.example"),
    "assistance": ("Assistance Voyage Hexagone", "assistance-hexagone.example"),
    "consulat": ("Consulat (section sociale)", "consulat-be.example"),
    "lakeshore": ("Lakeshore Mental Health Centre", "lakeshoremhc.example"),
    "orb": ("Review Board Secretariat", "orb-secretariat.example"),
    "lao": ("Legal Aid Clinic – Eastlake", "legalaid-eastlake.example"),
    "court_on": ("Eastlake Courthouse – Criminal Office", "courts-eastlake.example"),
    "cas": ("Eastlake Children's Aid Society", "cas-eastlake.example"),
    "odsp": ("Disability Support Program office", "odsp-office.example"),
    "insurer_en": ("Northstar Life – Group Disability", "northstar-life.example"),
    "pharm_en": ("Riverside Pharmacy", "riverside-pharmacy.example"),
    "fp_en": ("Maple Street Family Health Team", "maplefht.example"),
    "opp": ("Eastlake Police Service", "eastlake-police.example"),
}


# --------------------------------------------------------------------------- clinical vocab
DX_FR = ["schizophrénie paranoïde", "trouble schizo-affectif, type bipolaire",
         "trouble bipolaire de type I, épisode maniaque avec caractéristiques psychotiques",
         "épisode psychotique bref", "psychose induite par les méthamphétamines",
         "trouble délirant de type persécutoire", "dépression majeure sévère avec idées suicidaires",
         "trouble de la personnalité limite, crise suicidaire", "premier épisode psychotique",
         "trouble lié à l'usage de l'alcool avec sevrage compliqué", "délirium hyperactif",
         "trouble bipolaire I, épisode mixte", "TSPT avec dissociation"]
DX_EN = ["paranoid schizophrenia", "schizoaffective disorder, bipolar type",
         "bipolar I disorder, current episode manic with psychotic features",
         "brief psychotic disorder", "methamphetamine-induced psychotic disorder",
         "delusional disorder, persecutory type", "major depressive disorder, severe, with suicidal ideation",
         "borderline personality disorder with suicidal crisis", "first-episode psychosis",
         "alcohol use disorder with complicated withdrawal", "hyperactive delirium",
         "schizophrenia, multiple episodes, currently in acute episode", "PTSD with dissociative symptoms"]
SX_FR = ["hallucinations auditives impératives", "idées délirantes de persécution envers les voisins",
         "désorganisation marquée", "propos suicidaires avec plan", "insomnie, logorrhée, dépenses excessives",
         "agitation psychomotrice", "menaces verbales envers le personnel", "refus alimentaire",
         "retrait et mutisme", "idées de grandeur"]
SX_EN = ["command auditory hallucinations", "persecutory delusions about neighbours",
         "marked disorganization", "suicidal ideation with a plan", "insomnia, pressured speech, overspending",
         "psychomotor agitation", "verbal threats toward staff", "refusing food", "withdrawn and mute",
         "grandiose delusions"]

# (generic fr, generic en, brand, typical doses)
MEDS = [
    ("olanzapine", "olanzapine", "Zyprexa", ["10 mg PO HS", "15 mg PO die", "10 mg IM PRN agitation"]),
    ("rispéridone", "risperidone", "Risperdal", ["2 mg PO BID", "3 mg PO HS", "1 mg PO PRN"]),
    ("halopéridol", "haloperidol", "Haldol", ["5 mg IM PRN", "2 mg PO q4h PRN", "5 mg IM stat"]),
    ("loxapine", "loxapine", "Loxapac", ["25 mg IM PRN", "10 mg PO q6h PRN"]),
    ("quétiapine", "quetiapine", "Seroquel", ["300 mg PO HS", "25 mg PO PRN"]),
    ("palipéridone (palmitate)", "paliperidone palmitate", "Invega Sustenna", ["150 mg IM q4 sem", "100 mg IM q4 weeks"]),
    ("aripiprazole", "aripiprazole", "Abilify Maintena", ["400 mg IM q4 sem", "15 mg PO die"]),
    ("clozapine", "clozapine", "Clozaril", ["200 mg PO BID", "350 mg PO HS"]),
    ("lithium (carbonate)", "lithium carbonate", "Carbolith", ["600 mg PO BID", "900 mg PO HS"]),
    ("divalproex", "divalproex", "Epival", ["750 mg PO BID", "500 mg PO BID"]),
    ("lorazépam", "lorazepam", "Ativan", ["2 mg IM PRN", "1 mg SL q4h PRN", "2 mg PO PRN"]),
    ("clonazépam", "clonazepam", "Rivotril", ["0,5 mg PO BID", "1 mg PO HS"]),
    ("sertraline", "sertraline", "Zoloft", ["100 mg PO die", "50 mg PO die"]),
    ("benztropine", "benztropine", "Cogentin", ["1 mg PO BID", "2 mg IM PRN"]),
    ("zuclopenthixol (acétate)", "zuclopenthixol acetate", "Clopixol-Acuphase", ["100 mg IM x1"]),
]
AGITATION_FR = ["halopéridol 5 mg IM + lorazépam 2 mg IM", "olanzapine 10 mg IM",
                "loxapine 25 mg IM", "Haldol 5 mg / Ativan 2 mg IM", "Zyprexa Zydis 10 mg SL"]
AGITATION_EN = ["haloperidol 5 mg IM + lorazepam 2 mg IM", "olanzapine 10 mg IM",
                "loxapine 25 mg IM", "Haldol 5 mg / Ativan 2 mg IM", "Zyprexa Zydis 10 mg SL"]


# --------------------------------------------------------------------------- persons
class Person:
    def __init__(self, given, surname, sex, lang, dob=None, nam=None, holder=False):
        self.given, self.surname, self.sex, self.lang = given, surname, sex, lang
        self.dob, self.nam, self.holder = dob, nam, holder
        self.mrn = None
        self.address = None
        self.phone = None


class Ctx:
    """Per-message random helper."""

    def __init__(self, key):
        self.r = random.Random("%d|%s" % (SEED, key))
        self.key = key

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def randint(self, a, b):
        return self.r.randint(a, b)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    # dates -------------------------------------------------------------
    def msg_date(self):
        start = datetime.date(2025, 1, 6)
        d = start + datetime.timedelta(days=self.r.randint(0, 320))
        t = datetime.time(self.r.randint(7, 21), self.r.randint(0, 59), self.r.randint(0, 59))
        return datetime.datetime.combine(d, t)

    def dob(self, age_min=19, age_max=72):
        y = 2025 - self.r.randint(age_min, age_max)
        return datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))

    def phone(self, area=None):
        area = area or self.pick(["819", "873", "514", "438", "450"])
        return "%s-555-01%02d" % (area, self.r.randint(0, 99))

    def phone_fmt(self, area=None):
        p = self.phone(area)
        a, b, c = p.split("-")
        return self.pick(["(%s) %s-%s" % (a, b, c), "%s %s-%s" % (a, b, c), p, "%s.%s.%s" % (a, b, c)])

    # persons -----------------------------------------------------------
    def staff(self, lang, title=None):
        sur = self.pick(STAFF_SURNAMES_FR if lang == "fr" else STAFF_SURNAMES_EN)
        sex = self.pick("FM")
        if lang == "fr":
            giv = self.pick(GIVEN_FR_F if sex == "F" else GIVEN_FR_M)
        else:
            giv = self.pick(GIVEN_EN_F if sex == "F" else GIVEN_EN_M)
        p = Person(giv, sur, sex, lang)
        p.title = title
        return p

    def patient(self, lang, age_min=19, age_max=70, sex=None):
        pool = PAT_SURNAMES_FR if lang == "fr" else PAT_SURNAMES_EN
        if self.chance(0.15):
            pool = PAT_SURNAMES_EN if lang == "fr" else PAT_SURNAMES_FR
        sur = self.pick(pool)
        sex = sex or self.pick("FM")
        if lang == "fr":
            giv = self.pick(GIVEN_FR_F if sex == "F" else GIVEN_FR_M)
        else:
            giv = self.pick(GIVEN_EN_F if sex == "F" else GIVEN_EN_M)
        p = Person(giv, sur, sex, lang, dob=self.dob(age_min, age_max))
        p.mrn = self.mrn_value()
        return p

    def mrn_value(self):
        return "%07d" % self.r.randint(120000, 2999999)

    def address(self, lang, qc=False):
        n = self.r.randint(12, 2980)
        if lang == "fr" or (qc and self.chance(0.5)):
            st = self.pick(["rue des Érables", "rue Principale", "avenue du Lac", "rue Saint-Jacques",
                            "boulevard Lamarche", "rue de la Fabrique", "chemin du Moulin", "rue Notre-Dame"])
            city = self.pick(["Valbrume", "Saint-Aurèle", "Lac-Brisé", "Pointe-aux-Ormes"])
            app = self.pick(["", ", app. %d" % self.r.randint(1, 12), " #%d" % self.r.randint(2, 8)])
            return "%d, %s%s, %s (Québec) J8%s %d%s%d" % (n, st, app, city, self.pick("VWXYZ"),
                                                           self.r.randint(1, 9), self.pick("ABCEGHJ"),
                                                           self.r.randint(1, 9))
        st = self.pick(["Birch Street", "Lakeview Road", "Queen Street East", "Mill Lane",
                        "Harbour Avenue", "Elm Crescent", "Victoria Street"])
        city = "Valbrume QC" if qc else self.pick(["Eastlake ON", "Valbrume QC", "Port Ashby ON"])
        app = self.pick(["", ", Apt %d" % self.r.randint(1, 30), ", Unit %d" % self.r.randint(1, 9)])
        return "%d %s%s, %s K%d%s %d%s%d" % (n, st, app, city, self.r.randint(1, 9), self.pick("ABCEGHJ"),
                                             self.r.randint(1, 9), self.pick("LMNPR"), self.r.randint(1, 9))

    def msgid(self, domain):
        return "<%08x.%04x.%s@%s>" % (self.r.getrandbits(32), self.r.getrandbits(16),
                                      self.pick(["ex", "mail", "owa", "smtp"]), domain)


# --------------------------------------------------------------------------- identifiers
def make_sin(ctx):
    while True:
        body = "%d%07d" % (ctx.pick([1, 2, 3, 4, 5, 6, 7, 9]), ctx.r.randint(0, 9999999))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(ctx):
    body = "%d%08d" % (ctx.r.randint(1, 9), ctx.r.randint(0, 99999999))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 10
    return num


def ohn_version(ctx):
    return ctx.pick(["AB", "KL", "XR", "MT", "ZC", "HP"])


def make_niss(ctx, dob, sex):
    serial = ctx.r.randint(1, 498) * 2 + (1 if sex == "M" else 0)
    base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
    n = int(("2" + base) if dob.year >= 2000 else base)
    num = base + "%02d" % (97 - n % 97)
    assert be_nn.is_valid(num), num
    return num


def make_nir(ctx, dob, sex):
    dept = ctx.pick(["75", "69", "13", "33", "59", "44", "67", "35"])
    base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                     ctx.r.randint(1, 990), ctx.r.randint(1, 999))
    num = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(num), num
    return num


FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def fullwidth(s):
    return s.translate(FULLWIDTH)


def groups(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_nam(ctx, nam, style=None):
    style = style or ctx.pick(["plain", "space", "space", "dash", "dot", "fw", "lower", "slash"])
    if style == "plain":
        return nam
    if style == "space":
        return groups(nam, [4, 4, 4], " ")
    if style == "dash":
        return groups(nam, [4, 4, 4], "-")
    if style == "dot":
        return groups(nam, [4, 2, 2, 4], ".")
    if style == "slash":
        return groups(nam, [4, 4, 4], "/")
    if style == "lower":
        return groups(nam.lower(), [4, 4, 4], " ")
    return nam[:4] + " " + fullwidth(nam[4:])


def fmt_sin(ctx, num, style=None):
    style = style or ctx.pick(["plain", "space", "dash", "dot", "fw"])
    return {"plain": num, "space": groups(num, [3, 3, 3], " "), "dash": groups(num, [3, 3, 3], "-"),
            "dot": groups(num, [3, 3, 3], "."), "fw": fullwidth(groups(num, [3, 3, 3], " "))}[style]


def fmt_ohn(ctx, num, ver=None, style=None):
    style = style or ctx.pick(["plain", "dash", "space", "fw"])
    v = (" " + ver) if ver else ""
    if style == "plain":
        return num + (ver or "")
    if style == "dash":
        return groups(num, [4, 3, 3], "-") + ("-" + ver if ver else "")
    if style == "space":
        return groups(num, [4, 3, 3], " ") + v
    return fullwidth(groups(num, [4, 3, 3], " ")) + v


def fmt_niss(ctx, num, style=None):
    style = style or ctx.pick(["std", "plain", "space", "fw"])
    if style == "std":
        return be_nn.format(num)
    if style == "plain":
        return num
    if style == "space":
        return groups(num, [2, 2, 2, 3, 2], " ")
    return fullwidth(be_nn.format(num))


def fmt_nir(ctx, num, style=None):
    style = style or ctx.pick(["std", "plain", "dot", "fw"])
    if style == "std":
        return groups(num, [1, 2, 2, 2, 3, 3, 2], " ")
    if style == "plain":
        return num
    if style == "dot":
        return groups(num, [1, 2, 2, 2, 3, 3, 2], ".")
    return fullwidth(groups(num, [1, 2, 2, 2, 3, 3, 2], " "))


def fmt_mrn(ctx, mrn, lang="fr", style=None):
    style = style or ctx.pick(["plain", "dash", "space", "prefix", "slash", "fw"])
    if style == "plain":
        v = mrn
    elif style == "dash":
        v = groups(mrn, [1, 3, 3], "-")
    elif style == "space":
        v = groups(mrn, [1, 3, 3], " ")
    elif style == "prefix":
        v = "H" + mrn
    elif style == "slash":
        v = groups(mrn, [3, 4], "/")
    else:
        v = fullwidth(mrn)
    return v


# --------------------------------------------------------------------------- names & dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def d_fr(d, style=None, ctx=None):
    style = style or (ctx.pick(["iso", "long", "slash"]) if ctx else "long")
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


def d_en(d, style=None, ctx=None):
    style = style or (ctx.pick(["iso", "long", "short"]) if ctx else "long")
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def day_fr(d):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    return "%s %d %s" % (jours[d.weekday()], d.day, MOIS[d.month - 1])


def day_en(d):
    return "%s, %s %d" % (d.strftime("%A"), MONTHS[d.month - 1], d.day)


def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


def name(p, style, lang=None):
    lang = lang or p.lang
    g, s = p.given, p.surname
    if style == "full":
        return "%s %s" % (g, s)
    if style == "last_first":
        return "%s, %s" % (s.upper(), g)
    if style == "last_first_plain":
        return "%s %s" % (s, g)
    if style == "title_last":
        return "%s %s" % (title(p, lang), s)
    if style == "title_full":
        return "%s %s %s" % (title(p, lang), g, s)
    if style == "lower":
        return ("%s %s" % (g, s)).lower()
    if style == "lower_last_first":
        return ("%s %s" % (s, g)).lower()
    if style == "init_last":
        return "%s. %s" % (g[0], s)
    if style == "last_init":
        return "%s %s." % (s, g[0])
    if style == "upper":
        return ("%s %s" % (g, s)).upper()
    if style == "given":
        return g
    raise ValueError(style)


NAME_STYLES = ["full", "last_first", "last_first_plain", "title_last", "title_full", "lower",
               "init_last", "last_init", "upper", "lower_last_first"]


def staff_name(p, lang, with_title=True):
    t = ""
    if with_title and getattr(p, "title", None):
        t = p.title + " "
    return "%s%s %s" % (t, p.given, p.surname)


def email_of(p, domain=DOM, style=0):
    def a(s):
        s = fold(s).replace(" ", "").replace("'", "")
        return s
    if style == 0:
        return "%s.%s@%s" % (a(p.given), a(p.surname), domain)
    if style == 1:
        return "%s%s@%s" % (a(p.given)[0], a(p.surname), domain)
    return "%s_%s@%s" % (a(p.given), a(p.surname), domain)


def sex_label(p, lang):
    if lang == "fr":
        return p.sex
    return {"F": "F", "M": "M"}[p.sex]


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))
