"""Shared helpers: seed, NAM holders, name pools, identifiers, formatting, Spec.

Flavour: homeless health outreach (itinérance) and community mental health
crisis team of an invented Quebec health network.  Everything is invented.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25218
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]

ORG_FR = "CIUSSS de la Rivière-aux-Saules"
ORG_EN = "Rivière-aux-Saules Health Network (CIUSSS)"
DOM = "rivsaules.example"

TEAMS_FR = [
    ("Équipe mobile de crise (EMC)", "2250, rue des Tanneurs-Fictifs, bureau 310", "H2X 0A1", "0142"),
    ("Clinique de proximité en itinérance (CPI)", "1187, rue Saint-Gédéon-Ouest", "H2L 0B4", "0157"),
    ("SIV itinérance – Santé mentale adulte", "640, avenue des Ormeaux-Gris, 2e étage", "H1W 0C2", "0163"),
    ("Équipe SIM (suivi intensif dans le milieu)", "3315, boulevard de la Tourelle-Verte", "H1V 0D8", "0171"),
    ("Liaison urgence psychiatrique – Hôpital Saint-Mathurin", "5000, rue du Pré-Lussier, pavillon B", "H1T 0E3", "0118"),
]
TEAMS_EN = [
    ("Mobile Crisis Team", "2250 Tanneurs-Fictifs Street, Suite 310", "H2X 0A1", "0142"),
    ("Street Health Outreach", "1187 Saint-Gédéon West", "H2L 0B4", "0157"),
    ("Assertive Community Treatment (ACT) Team", "3315 Tourelle-Verte Blvd", "H1V 0D8", "0171"),
    ("Psychiatric Emergency Liaison – St. Mathurin Hospital", "5000 Pré-Lussier Street, Pavilion B", "H1T 0E3", "0118"),
    ("Intensive Case Management – Housing First", "640 Ormeaux-Gris Avenue, 2nd floor", "H1W 0C2", "0163"),
]

SHELTERS = ["Refuge La Lanterne", "Mission Boréale", "Maison du Quai-Sud", "Halte-chaleur Saint-Gédéon",
            "Centre de jour L'Escale-Nord", "Abri des Tisserands", "Lanternlight Drop-in",
            "Riverside Night Shelter", "Maison Aube-Claire (femmes)"]
OUTDOOR = ["au parc des Tanneurs", "sous le viaduc Pré-Lussier", "au square Ormeaux-Gris",
           "dans la ruelle derrière l'Escale", "au campement près de la voie ferrée",
           "à l'entrée de la station Tisserands"]
OUTDOOR_SITES = ["parc des Tanneurs", "viaduc Pré-Lussier", "square Ormeaux-Gris", "campement voie ferrée"]
OUTDOOR_EN = ["Tanneurs Park", "under the Pré-Lussier overpass", "Ormeaux-Gris Square",
              "the encampment by the rail line", "the alley behind the Escale drop-in"]
ARTICLE = {"Refuge La Lanterne": "le", "Mission Boréale": "la", "Maison du Quai-Sud": "la",
           "Halte-chaleur Saint-Gédéon": "la", "Centre de jour L'Escale-Nord": "le", "Abri des Tisserands": "l'",
           "Lanternlight Drop-in": "le", "Riverside Night Shelter": "le", "Maison Aube-Claire (femmes)": "la"}
OVERNIGHT = ["Refuge La Lanterne", "Mission Boréale", "Maison du Quai-Sud", "Abri des Tisserands"]
SHELTER_DOM = {"Refuge La Lanterne": "refuge-lalanterne", "Mission Boréale": "mission-boreale",
               "Maison du Quai-Sud": "quai-sud", "Abri des Tisserands": "abri-tisserands"}


def fr_at(place):
    """'au Refuge ...', 'à la Mission ...', "à l'Abri ..."."""
    art = ARTICLE.get(place, "le")
    return {"le": "au ", "la": "à la ", "l'": "à l'"}[art] + place


def fr_of(place):
    art = ARTICLE.get(place, "le")
    return {"le": "du ", "la": "de la ", "l'": "de l'"}[art] + place


def fr_the(place):
    art = ARTICLE.get(place, "le")
    return {"le": "le ", "la": "la ", "l'": "l'"}[art] + place


STREETS = ["rue de la Tourelle-Verte", "avenue des Ormeaux-Gris", "rue du Pré-Lussier", "rue des Cormiers-Fictifs",
           "rue Sainte-Adélaïde-Nord", "boulevard des Tisserands", "rue du Héron-Cendré", "rue Aubépine-Sud"]

# Patients (never staff) -- no NAM holder surname appears here.
PAT_SUR = ["Larouche", "Bilodeau", "Gingras", "Ménard", "Provencher", "Auclair", "Blais", "Sirois", "Mercier",
           "Turcotte", "Deschênes", "Lachance", "Therrien", "Poulin", "Boisvert", "Charest", "Lapierre", "Beaudoin",
           "Grenier", "Champagne", "Riendeau", "Vaillancourt", "Audet", "Labelle", "Rochon", "Paré", "Cyr",
           "Guay", "St-Onge", "Gendron", "Brassard", "Rivard", "O'Neill", "Campbell", "Fraser", "Kowalski",
           "Diallo", "Rahimi", "Castillo", "Petrovic", "Ouimet", "Nault", "Laflamme", "Desjardins-Roux",
           "Levesque-Hardy", "McKenna", "Okonkwo", "Barrette"]
PAT_GIV_F = ["Chantale", "Mélanie", "Isabelle", "Karine", "Julie", "Annie", "Lise", "Jessica", "Kimberly", "Marie-Ève",
             "Tanya", "Brenda", "Amina", "Rosalie", "Nancy", "Cindy", "Jocelyne", "Fatou", "Carole", "Kayla"]
PAT_GIV_M = ["Sylvain", "Mario", "Stéphane", "Patrick", "Steve", "Martin", "Jean-Guy", "Kevin", "Dany", "Éric",
             "Réjean", "Yvon", "Ahmed", "Moussa", "Kyle", "Brandon", "Francis", "Luc", "Normand", "Trevor"]

# Staff -- disjoint from patients and from NAM holders.
STAFF_SUR = ["Tremblay", "Côté", "Lavoie", "Bergeron", "Dubé", "Beaulieu", "Hébert", "Lemieux", "Vachon", "Demers",
             "Arsenault", "Boivin", "Chiasson", "Desrosiers", "Dufresne", "Kovac", "Nguyen", "Okafor", "Haddad",
             "Raymond", "Joly", "Fontaine", "Doucet", "Lacasse", "Bernier", "Marchand", "Vézina", "Lalonde", "Picard",
             "Gosselin", "Labrecque", "Sauvé", "Kaur", "Mensah", "Ferreira", "Park", "Hamel", "Ross", "Sinclair",
             "Duval", "Landry", "Chouinard"]
STAFF_GIV_F = ["Véronique", "Catherine", "Émilie", "Audrey", "Mireille", "Priya", "Hélène", "Valérie", "Laura",
               "Sophie", "Andréanne", "Chloé", "Megan", "Odile", "Yasmine", "Roxanne"]
STAFF_GIV_M = ["Samir", "Mathieu", "Olivier", "Félix", "Guillaume", "Benoît", "Daniel", "Hugo", "Raphaël", "Vincent",
               "Kwame", "Antoine", "Simon", "Nicolas", "Thomas", "Maxime"]

ROLES_FR = {"inf": ("infirmière clinicienne", "infirmier clinicien"), "ts": ("travailleuse sociale", "travailleur social"),
            "psy": ("psychiatre", "psychiatre"), "md": ("médecin de famille", "médecin de famille"),
            "pair": ("paire aidante", "pair aidant"), "chef": ("cheffe de service", "chef de service"),
            "agent": ("agente administrative", "agent administratif"), "pharm": ("pharmacienne", "pharmacien"),
            "ips": ("IPS en soins de première ligne", "IPS en soins de première ligne"),
            "crise": ("intervenante de crise", "intervenant de crise")}
ROLES_EN = {"inf": "clinical nurse", "ts": "social worker", "psy": "psychiatrist", "md": "family physician",
            "pair": "peer support worker", "chef": "program manager", "agent": "administrative officer",
            "pharm": "pharmacist", "ips": "nurse practitioner", "crise": "crisis worker"}

FW = str.maketrans("0123456789", "０１２３４５６７８９")
REF = datetime.date(2024, 6, 1)


def cap(s):
    """Upper-case the first character only (str.capitalize would lower-case the rest)."""
    return s[:1].upper() + s[1:]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def alnum(s):
    """NFKC, fold, keep only letters and digits, upper-case (for identifier search)."""
    s = fold(unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if c.isalnum()).upper()


def ascii_slug(s):
    return "".join(c for c in fold(s) if c.isalnum() or c in "-_.").strip(".")


class Person:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam

    @property
    def age(self):
        a = REF.year - self.dob.year
        if (REF.month, REF.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."


class Staff:
    def __init__(self, given, surname, sex, role):
        self.given, self.surname, self.sex, self.role = given, surname, sex, role
        self.email = "%s.%s@%s" % (ascii_slug(given), ascii_slug(surname), DOM)

    def full(self):
        return "%s %s" % (self.given, self.surname)

    def doc(self, lang):
        if self.role not in ("psy", "md"):
            return self.full()
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.full()
        return "Dr. " + self.full()

    def role_txt(self, lang):
        if lang == "fr":
            f, m = ROLES_FR[self.role]
            return f if self.sex == "F" else m
        return ROLES_EN[self.role]


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Person(giv, sur, sex, datetime.date.fromisoformat(dob), nam))
    return out


class World:
    """Global allocator (holders, staff, unique patient names)."""

    def __init__(self, seed):
        self.seed = seed
        self.holders = load_holders()
        r = random.Random("%s:holders" % seed)
        self.order = list(range(len(self.holders)))
        r.shuffle(self.order)
        self.use = {i: 0 for i in self.order}
        self.pat_used = set()
        self.holder_sur = {fold(h.surname) for h in self.holders}

    def holder(self, kind="adult"):
        def fits(p):
            a = p.age
            return {"child": a < 18, "adult": 18 <= a < 75, "senior": a >= 60, "any": True}[kind]
        cands = [i for i in self.order if fits(self.holders[i])] or list(self.order)
        best = min(cands, key=lambda i: (self.use[i], self.order.index(i)))
        self.use[best] += 1
        return self.holders[best]

    def patient(self, r, sex=None, amin=19, amax=68):
        sex = sex or r.choice("FM")
        for _ in range(200):
            g = r.choice(PAT_GIV_F if sex == "F" else PAT_GIV_M)
            s = r.choice(PAT_SUR)
            if (g, s) not in self.pat_used:
                break
        self.pat_used.add((g, s))
        age = r.randint(amin, amax)
        dob = datetime.date(REF.year - age, r.randint(1, 12), r.randint(1, 28))
        return Person(g, s, sex, dob)


def staff(r, role=None, sex=None):
    role = role or r.choice(["inf", "ts", "crise", "pair", "inf", "ts"])
    sex = sex or r.choice("FM")
    g = r.choice(STAFF_GIV_F if sex == "F" else STAFF_GIV_M)
    return Staff(g, r.choice(STAFF_SUR), sex, role)


# ---------------------------------------------------------------- formatting
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fdate(d, lang, style=None, r=None):
    if style is None:
        style = r.choice(["iso", "dmy", "long", "dots", "slash_iso"])
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dots":
        return d.strftime("%Y.%m.%d")
    if style == "slash_iso":
        return d.strftime("%Y/%m/%d")
    if style == "mdy" and lang == "en":
        return d.strftime("%m/%d/%Y")
    if lang == "fr":
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def name_form(p, lang, style):
    g, s = p.given, p.surname
    return {
        "full": "%s %s" % (g, s),
        "upper_comma": "%s, %s" % (s.upper(), g),
        "comma": "%s, %s" % (s, g),
        "surname_first": "%s %s" % (s, g),
        "upper_first": "%s %s" % (s.upper(), g),
        "lower": ("%s %s" % (g, s)).lower(),
        "initial": "%s. %s" % (g[0], s),
        "initial_upper": "%s. %s" % (g[0], s.upper()),
        "title": "%s %s" % (p.title(lang), s),
        "title_full": "%s %s %s" % (p.title(lang), g, s),
        "given": g,
    }[style]


NAME_STYLES = ["full", "upper_comma", "comma", "surname_first", "upper_first", "lower", "initial", "initial_upper",
               "title", "title_full"]


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "spaced": "%s %s %s" % (a, b, c), "dotted": "%s.%s.%s" % (a, b, c),
        "hyphen": "%s-%s-%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
        "fullwidth": a + " " + (b + c).translate(FW), "lower": ("%s %s %s" % (a, b, c)).lower(),
        "odd": "%s %s %s %s %s" % (a, b[:2], b[2:], c[:2], c[2:]),
    }[style]


NAM_STYLES = ["plain", "spaced", "dotted", "hyphen", "slash", "fullwidth", "lower", "odd", "spaced", "plain"]


def gen_sin(r):
    while True:
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(d, style):
    return {"plain": d, "spaced": "%s %s %s" % (d[:3], d[3:6], d[6:]), "hyphen": "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
            "dotted": "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "fullwidth": d.translate(FW),
            "slash": "%s/%s/%s" % (d[:3], d[3:6], d[6:])}[style]


def gen_ohip(r):
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def fmt_ohip(d, style, vc="AB"):
    return {"plain": d + vc, "spaced": "%s %s %s %s" % (d[:4], d[4:7], d[7:], vc),
            "hyphen": "%s-%s-%s-%s" % (d[:4], d[4:7], d[7:], vc), "dotted": "%s.%s.%s" % (d[:4], d[4:7], d[7:]),
            "fullwidth": d.translate(FW) + " " + vc, "slash": "%s/%s/%s" % (d[:4], d[4:7], d[7:])}[style]


def gen_niss(r, dob, sex):
    ymd = dob.strftime("%y%m%d")
    while True:
        ctr = r.randint(1, 997)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        nine = ymd + "%03d" % ctr
        base = int(("2" + nine) if dob.year >= 2000 else nine)
        num = nine + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def fmt_niss(d, style):
    return {"plain": d, "dotted": "%s.%s.%s-%s.%s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:]),
            "spaced": "%s %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:]),
            "hyphen": "%s-%s-%s" % (d[:6], d[6:9], d[9:]), "fullwidth": d.translate(FW),
            "slash": "%s/%s/%s" % (d[:6], d[6:9], d[9:])}[style]


def gen_nir(r, dob, sex):
    dept = r.choice(["75", "69", "13", "33", "59", "44", "35", "67", "31", "06"])
    s13 = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % r.randint(1, 990) + \
        "%03d" % r.randint(1, 999)
    num = s13 + "%02d" % (97 - int(s13) % 97)
    assert fr_nir.is_valid(num)
    return num


def fmt_nir(d, style):
    sp = "%s %s %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:10], d[10:13], d[13:])
    return {"plain": d, "spaced": sp, "dotted": sp.replace(" ", "."), "hyphen": sp.replace(" ", "-"),
            "fullwidth": sp.translate(FW), "slash": "%s/%s" % (d[:13], d[13:])}[style]


ID_STYLES = ["plain", "spaced", "hyphen", "dotted", "fullwidth", "slash"]


def gen_mrn(r):
    n = r.randint(100000, 9999999)
    style = r.choice(["H", "dossier", "plain", "dash", "spaced"])
    if style == "H":
        return "H%07d" % n
    if style == "dossier":
        return "%02d-%06d" % (r.randint(0, 9), n % 1000000)
    if style == "dash":
        s = "%07d" % n
        return "%s-%s-%s" % (s[0], s[1:4], s[4:])
    if style == "spaced":
        s = "%07d" % n
        return "%s %s" % (s[:3], s[3:])
    return "%08d" % n


def phone(r, area=None, style=None):
    area = area or r.choice(["514", "438", "450", "263"])
    last = "01%02d" % r.randint(0, 99)
    style = style or r.choice(["dash", "paren", "space", "dot"])
    return {"dash": "%s-555-%s" % (area, last), "paren": "(%s) 555-%s" % (area, last),
            "space": "%s 555-%s" % (area, last), "dot": "%s.555.%s" % (area, last)}[style]


def address(r, lang):
    st = r.choice(STREETS)
    n = r.randint(120, 9980)
    apt = r.choice(["", ", app. %d" % r.randint(1, 24), ", log. %d" % r.randint(1, 9)])
    if lang == "en":
        apt = apt.replace("app.", "apt.").replace("log.", "unit")
        return "%d %s%s, Montréal, QC" % (n, st, apt)
    return "%d, %s%s, Montréal (Québec)" % (n, st, apt)


def msg_date(r, month=None):
    while True:
        d = datetime.date(2024, month or r.randint(1, 11), r.randint(1, 28))
        if d.weekday() < 5 or r.random() < 0.15:
            break
    dst = datetime.date(2024, 3, 10) <= d < datetime.date(2024, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(d.year, d.month, d.day, r.randint(7, 21), r.randint(0, 59), r.randint(0, 59), tzinfo=tz)


def signature(st, lang, r, team=None):
    teams = TEAMS_FR if lang == "fr" else TEAMS_EN
    t = team or r.choice(teams)
    name, street, pc, ext = t
    lines = ["-- ", st.doc(lang), cap(st.role_txt(lang)) if lang == "fr" else st.role_txt(lang).title(),
             name, ORG_FR if lang == "fr" else ORG_EN,
             "%s, Montréal (Québec) %s" % (street, pc) if lang == "fr" else "%s, Montréal, QC %s" % (street, pc),
             ("Tél. : 514-555-%s" if lang == "fr" else "Tel: 514-555-%s") % ext]
    if r.random() < 0.4:
        lines.append(("Téléc. : 514-555-01%02d" if lang == "fr" else "Fax: 514-555-01%02d") % r.randint(0, 99))
    if r.random() < 0.35:
        lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels."
                     if lang == "fr" else
                     "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information intended only for "
                     "the addressee.")
    return "\n".join(lines)


class Att:
    def __init__(self, filename, ctype, data, charset=None, cte=None):
        self.filename, self.ctype, self.data, self.charset, self.cte = filename, ctype, data, charset, cte


class Spec:
    """One message before MIME assembly; helper methods record finding types."""

    def __init__(self, lang, category, note, positive):
        self.lang, self.category, self.note, self.positive = lang, category, note, positive
        self.subject = ""
        self.body = ""
        self.html = None
        self.atts = []
        self.types = set()
        self.ids = []      # (type, digits) that must be valid and present
        self.nams = []     # (Person, [strings that must be present])
        self.sender = None
        self.to = []
        self.cc = []
        self.date = None
        self.reply = False
        self.structure = None  # optional hint: plain/html/alt
        self.extra_headers = []

    # recording helpers ---------------------------------------------------
    def t(self, *types):
        for ty in types:
            assert ty in TYPES, ty
            self.types.add(ty)
        return self

    def nm(self, p, style):
        self.t("patient_name")
        return name_form(p, self.lang, style)

    def dob(self, p, style=None, r=None):
        self.t("date_of_birth")
        return fdate(p.dob, self.lang, style, r)

    def nam(self, p, style, dob_txt, sex_txt):
        """Return formatted NAM; records the holder + strings that must co-occur."""
        self.t("ramq_nam", "patient_name", "date_of_birth")
        self.nams.append((p, [dob_txt, sex_txt]))
        return fmt_nam(p.nam, style)

    def sin(self, r, style=None):
        d = gen_sin(r)
        self.t("ca_sin")
        self.ids.append(("ca_sin", d))
        return fmt_sin(d, style or r.choice(ID_STYLES))

    def ohip(self, r, style=None):
        d = gen_ohip(r)
        self.t("ca_health_number")
        self.ids.append(("ca_health_number", d))
        return fmt_ohip(d, style or r.choice(ID_STYLES), r.choice(["AB", "KT", "XR", "MN"]))

    def niss(self, r, p, style=None):
        d = gen_niss(r, p.dob, p.sex)
        self.t("be_niss")
        self.ids.append(("be_niss", d))
        return fmt_niss(d, style or r.choice(ID_STYLES))

    def nir(self, r, p, style=None):
        d = gen_nir(r, p.dob, p.sex)
        self.t("fr_nir")
        self.ids.append(("fr_nir", d))
        return fmt_nir(d, style or r.choice(ID_STYLES))

    def mrn(self, r):
        self.t("mrn")
        return gen_mrn(r)

    def dx(self, txt):
        self.t("diagnosis")
        return txt

    def med(self, txt):
        self.t("medication")
        return txt

    def lab(self, txt):
        self.t("lab_result")
        return txt

    def soc(self, txt):
        self.t("social_information")
        return txt

    def contact(self, txt):
        self.t("patient_contact")
        return txt


def sex_txt(p, lang, r):
    if lang == "fr":
        return r.choice(["Sexe : %s" % p.sex, "sexe %s" % p.sex, "Sexe: %s" % ("Féminin" if p.sex == "F" else "Masculin")])
    return r.choice(["Sex: %s" % p.sex, "sex %s" % p.sex, "Sex: %s" % ("Female" if p.sex == "F" else "Male")])


def pick(r, seq, k=1):
    return r.sample(list(seq), k) if k > 1 else r.choice(list(seq))
