"""Shared pools, identifier generators and the per-message builder object.

Everything here is invented: the hospital, its staff, the patients who do not
come from ../blind_nams.txt, the addresses and the phone numbers (555-01xx).
"""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

HOSP_FR = "Hôpital régional de Val-Bruyère"
HOSP_EN = "Val-Bruyère Regional Hospital"
CLINIC_FR = "Clinique d'endocrinologie et métabolisme"
CLINIC_EN = "Endocrinology & Metabolism Clinic"
DOM = "hrvb.example"
HOSP_ADDR = "2250, boulevard des Érables, Val-Bruyère (Québec) G0X 3A0"
CLINIC_TEL = "418 555-0100"
CLINIC_FAX = "418 555-0199"


def nam_file():
    return os.path.join(HERE, os.pardir, "blind_nams.txt")


def load_holders():
    out = []
    with open(nam_file(), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, mo, d = (int(x) for x in dob.split("-"))
            out.append(Person(given, sur, dt.date(y, mo, d), sex, nam=nam, holder=True))
    return out


# ---------------------------------------------------------------- text utils

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    """Normalise for needle search: NFKC, no accents, casefold, one space."""
    s = unicodedata.normalize("NFKC", s)
    s = strip_accents(s).casefold()
    s = s.replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split())


def compact(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s.upper() if c.isalnum())


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, given, surname, dob, sex, nam=None, holder=False):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.holder = holder
        self.mrn = None
        self.phone = None
        self.addr = None
        self.city = None

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    @property
    def key(self):
        return f"{self.surname}|{self.given}|{self.dob.isoformat()}"


PAT_SURNAMES_FR = [
    "Lavoie", "Bergeron", "Côté", "Pelchat", "Desrosiers", "Vaillancourt", "Lemieux", "Dufour",
    "Beaulieu", "Gendron", "Rioux", "Thériault", "Labrecque", "Turcotte", "Bilodeau", "Doiron",
    "Marcoux", "Lachance", "Béland", "Nolet", "Plamondon", "Dionne", "Grenier", "Veilleux", "Hébert",
    "Lévesque", "Fréchette", "Cormier", "Arsenault", "Chiasson", "Asselin", "Proulx", "Boisvert",
    "Charest", "Drolet", "Audet", "Lanctôt", "Poulin", "Rousseau", "Mercier", "Tanguay", "Gingras",
]
PAT_SURNAMES_EN = [
    "Campbell", "O'Neill", "Fraser", "Murray", "Whitfield", "Kowalski", "Nguyen", "Haddad", "Singh",
    "Okafor", "Fernandes", "Rossi", "Chen", "Petrov", "Larkin", "McAllister", "Dubinsky", "Ahmadi",
    "Greaves", "Kaplan", "Lindqvist", "Moreau-Bell", "Osei", "Patel", "Quinlan", "Reyes",
]
GIVEN_F = ["Lucie", "Colette", "Huguette", "Francine", "Véronique", "Maude", "Rosalie", "Jocelyne",
           "Karine", "Solange", "Marie-Ève", "Danielle", "Heather", "Margaret", "Aisha", "Linh",
           "Priya", "Olga", "Fatima", "Brenda", "Yvette", "Carmen", "Noémie", "Élise", "Gisèle"]
GIVEN_M = ["Réjean", "Normand", "Gaétan", "Yvon", "Mathieu", "Sébastien", "Raymond", "Denis",
           "Bernard", "Maxime", "Olivier", "Kevin", "Omar", "Trevor", "Stanley", "Wei", "Arjun",
           "Dmitri", "Gordon", "Luc", "Jean-Guy", "Rosaire", "Hugo", "Félix"]

STREETS = ["rue des Pruches", "rang Saint-Joseph", "avenue des Mélèzes", "rue Principale",
           "chemin du Lac-Vermillon", "rue de la Fabrique", "boulevard Taschereau-Nord",
           "rue des Outardes", "montée des Sources", "rue Champlain", "croissant des Saules",
           "rue du Couvent", "avenue Beauséjour", "chemin des Patriotes-Est"]
CITIES = [("Val-Bruyère", "G0X"), ("Saint-Aubert-des-Monts", "G0Y"), ("Lac-Vermillon", "G0W"),
          ("Pointe-aux-Ormes", "G0V"), ("Sainte-Odile-du-Rocher", "G0T"), ("Beaurivage-Sud", "G0S")]
STREETS_ON = ["Maple Crescent", "Bank Street", "Riverside Drive", "Elgin Road", "Carling Court"]
CITIES_ON = [("Kemptville Falls", "K0G"), ("Orleans Ridge", "K1W"), ("Hawkesbury East", "K6A")]


def pick_phone(rng, areas=("418", "581", "819", "450")):
    return f"{rng.choice(areas)} 555-01{rng.randint(0, 99):02d}"


def fmt_phone(rng, ph):
    a, rest = ph.split(" ")
    return rng.choice([f"({a}) {rest}", f"{a}-{rest}", f"{a} {rest}", f"{a}.{rest.replace('-', '.')}", f"1-{a}-{rest}"])


def postal(rng, fsa):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


def make_address(rng, ontario=False):
    if ontario:
        city, fsa = rng.choice(CITIES_ON)
        return f"{rng.randint(12, 980)} {rng.choice(STREETS_ON)}", f"{city}, ON  {postal(rng, fsa)}"
    city, fsa = rng.choice(CITIES)
    return f"{rng.randint(12, 3980)}, {rng.choice(STREETS)}", f"{city} (Québec)  {postal(rng, fsa)}"


def make_mrn(rng):
    return f"{rng.randint(1, 3)}{rng.randint(0, 999999):06d}"


def invented_patient(rng, lang, used, sex=None, age_range=(25, 85), on=dt.date(2025, 6, 1)):
    pool = PAT_SURNAMES_FR if (lang == "fr" or rng.random() < 0.2) else PAT_SURNAMES_EN
    for _ in range(200):
        sx = sex or rng.choice("FM")
        given = rng.choice(GIVEN_F if sx == "F" else GIVEN_M)
        sur = rng.choice(pool)
        if (given, sur) not in used:
            break
    used.add((given, sur))
    age = rng.randint(*age_range)
    dob = dt.date(on.year - age, rng.randint(1, 12), rng.randint(1, 28))
    p = Person(given, sur, dob, sx)
    enrich(rng, p)
    return p


def enrich(rng, p, ontario=False):
    if p.mrn is None:
        p.mrn = make_mrn(rng)
        p.phone = pick_phone(rng, ("613", "343") if ontario else ("418", "581", "819", "450"))
        p.addr, p.city = make_address(rng, ontario)
    return p


# ---------------------------------------------------------------- staff

class Staff:
    def __init__(self, given, surname, title_fr, title_en, role_fr, role_en, sex, dom=DOM):
        self.given, self.surname = given, surname
        self.title_fr, self.title_en = title_fr, title_en
        self.role_fr, self.role_en = role_fr, role_en
        self.sex = sex
        self.email = f"{strip_accents(given).lower().replace(' ', '')}.{strip_accents(surname).lower().replace(' ', '').replace(chr(39), '')}@{dom}"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def dr(self, lang):
        t = self.title_fr if lang == "fr" else self.title_en
        return f"{t} {self.full}".strip()


STAFF = {
    "vachon": Staff("Hélène", "Vachon", "Dre", "Dr", "endocrinologue", "endocrinologist", "F"),
    "benali": Staff("Karim", "Benali", "Dr", "Dr", "endocrinologue", "endocrinologist", "M"),
    "raman": Staff("Priya", "Raman", "Dre", "Dr", "endocrinologue", "endocrinologist", "F"),
    "gosselin": Staff("Étienne", "Gosselin", "Dr", "Dr", "endocrinologue, responsable ostéoporose", "endocrinologist, bone programme lead", "M"),
    "lalonde": Staff("Audrey", "Lalonde", "Dre", "Dr", "médecin nucléiste", "nuclear medicine physician", "F"),
    "okonkwo": Staff("Samuel", "Okonkwo", "Dr", "Dr", "chirurgien ORL", "head and neck surgeon", "M"),
    "pepin": Staff("Marie-Claude", "Pépin", "Dre", "Dr", "neurochirurgienne", "neurosurgeon", "F"),
    "gravel": Staff("Isabelle", "Gravel", "", "", "infirmière pivot en oncologie thyroïdienne", "thyroid cancer nurse navigator", "F"),
    "chartrand": Staff("Nadia", "Chartrand", "", "", "infirmière clinicienne, programme ostéoporose", "clinical nurse, bone health programme", "F"),
    "lussier": Staff("Kevin", "Lussier", "", "", "technologue en densitométrie", "DXA technologist", "M"),
    "ferland": Staff("Josianne", "Ferland", "", "", "agente administrative", "clinic clerk", "F"),
    "seguin": Staff("Mélanie", "Séguin", "", "", "cheffe de service, cliniques externes", "outpatient clinics manager", "F"),
    "dagenais": Staff("Patrick", "Dagenais", "", "", "coordonnateur clinico-administratif", "clinical-administrative coordinator", "M"),
    "desjardins": Staff("Sophie", "Desjardins", "", "", "pharmacienne", "pharmacist", "F"),
    "jolicoeur": Staff("Marc-André", "Jolicoeur", "", "", "technicien, soutien informatique", "IT support technician", "M"),
    "brisson": Staff("Lucie", "Brisson", "", "", "conseillère en ressources humaines", "HR advisor", "F"),
    "paradis": Staff("Annie", "Paradis", "", "", "secrétaire médicale", "medical secretary", "F"),
    "whitaker": Staff("Tom", "Whitaker", "", "", "physicien médical, radioprotection", "medical physicist, radiation safety", "M"),
    "sabri": Staff("Ahmed", "Sabri", "", "", "technologue en médecine nucléaire", "nuclear medicine technologist", "M"),
    "goldberg": Staff("Rachel", "Goldberg", "Dre", "Dr", "résidente R4 en endocrinologie", "PGY-4 endocrinology resident", "F"),
    "nakamura": Staff("Kenji", "Nakamura", "Dr", "Dr", "résident R5 en endocrinologie", "PGY-5 endocrinology resident", "M"),
    "beaudry": Staff("Chloé", "Beaudry", "", "", "travailleuse sociale", "social worker", "F"),
    "lamarre": Staff("Guylaine", "Lamarre", "", "", "acheteuse, approvisionnement", "buyer, procurement", "F"),
    "ostiguy": Staff("Vincent", "Ostiguy", "", "", "chef des installations matérielles", "facilities manager", "M"),
    "zhou": Staff("Amy", "Zhou", "Dre", "Dr", "endocrinologue pédiatrique", "paediatric endocrinologist", "F"),
    "bisson": Staff("Réal", "Bisson", "", "", "agent de paie", "payroll officer", "M"),
}

EXT = {  # outside correspondents
    "gmf": ("GMF des Tilleuls", "gmf-tilleuls.example"),
    "pharm": ("Pharmacie Lamoureux et Dion", "pharmalamoureux.example"),
    "ins": ("Assurances Boréale Vie", "borealevie.example"),
    "transp": ("Transport adapté Val-Bruyère", "ta-valbruyere.example"),
    "clsc": ("CLSC des Monts", "clsc-monts.example"),
    "chu": ("CHU de la Capitale-Nord", "chu-capnord.example"),
    "ott": ("Riverside Family Health Team", "riversidefht.example"),
    "vendor_rp": ("Radiopharma Nordique inc.", "radiopharma-nord.example"),
    "vendor_dx": ("Densitek Canada", "densitek.example"),
    "vendor_med": ("Fournitures Médicales Laurentides", "fml-medical.example"),
    "soc": ("Société québécoise d'endocrinologie (fictive)", "sqe-fictive.example"),
    "fdn": ("Bone Health Alliance (fictional)", "bonehealth-alliance.example"),
}

GP_NAMES = [("Dre", "Josée-Anne", "Rivard"), ("Dr", "Philippe", "Comeau"), ("Dre", "Mireille", "Gauvin"),
            ("Dr", "Alain", "Boudreault"), ("Dre", "Catherine", "Loiselle"), ("Dr", "Eric", "Halloran"),
            ("Dr", "Sandeep", "Gill"), ("Dre", "Valérie", "Morissette")]


def ext_person(rng, key):
    org, dom = EXT[key]
    t, g, s = rng.choice(GP_NAMES)
    return Staff(g, s, t, "Dr", "médecin de famille", "family physician", "F" if t == "Dre" else "M", dom=dom), org


def signature(rng, s, lang, short=False):
    if short:
        return rng.choice([s.given, s.given[0], f"{s.given} {s.surname[0]}.", s.full])
    if lang == "fr":
        lines = [f"{s.dr('fr')}", s.role_fr, CLINIC_FR, HOSP_FR, HOSP_ADDR,
                 f"Tél. : {CLINIC_TEL}, poste {rng.randint(2100, 4899)}  |  Téléc. : {CLINIC_FAX}"]
        if rng.random() < 0.4:
            lines.append("AVIS : Ce message peut contenir des renseignements confidentiels. "
                         "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
    else:
        lines = [f"{s.dr('en')}", s.role_en, CLINIC_EN, HOSP_EN, HOSP_ADDR,
                 f"T {CLINIC_TEL} ext. {rng.randint(2100, 4899)} | F {CLINIC_FAX}"]
        if rng.random() < 0.4:
            lines.append("This e-mail may contain confidential information. If you received it in error, "
                         "please delete it and notify the sender.")
    return "\n".join(l for l in lines if l)


# ---------------------------------------------------------------- identifiers

def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(v):
            return v


def gen_ohn(rng):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v, rng.choice(["AB", "KT", "MX", "ZR", "HC", "PL"])


def ohn_valid(v):
    v = compact(v)[:10]
    return len(v) == 10 and v.isdigit() and v[0] != "0" and luhn.is_valid(v)


def gen_niss(rng, dob, sex):
    serial = rng.randrange(1 if sex == "M" else 2, 997, 2)
    base = f"{dob:%y%m%d}{serial:03d}"
    n = int(("2" + base) if dob.year >= 2000 else base)
    v = base + f"{97 - n % 97:02d}"
    assert be_nn.is_valid(v), v
    return v


def gen_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "31"])
    base = f"{1 if sex == 'M' else 2}{dob:%y%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    v = base + f"{97 - int(base) % 97:02d}"
    assert fr_nir.is_valid(v), v
    return v


def luhn_serial(rng, n):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


VALIDATORS = {
    "ca_sin": ca_sin.is_valid,
    "ca_health_number": ohn_valid,
    "be_niss": be_nn.is_valid,
    "fr_nir": fr_nir.is_valid,
}

ID_STYLES = ["plain", "space", "dot", "slash", "hyphen", "full", "odd"]


def fmt_groups(groups, style):
    if style == "plain":
        return "".join(groups)
    if style == "space":
        return " ".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "slash":
        return "/".join(groups)
    if style == "hyphen":
        return "-".join(groups)
    if style == "full":
        return fullwidth(" ".join(groups))
    if style == "odd":
        return "  ".join(" ".join(g[i:i + 2] for i in range(0, len(g), 2)) for g in groups)
    raise ValueError(style)


def fmt_nam(nam, style):
    return fmt_groups([nam[:4], nam[4:8], nam[8:]], style)


def fmt_sin(v, style):
    return fmt_groups([v[:3], v[3:6], v[6:]], style)


def fmt_ohn(v, vc, style):
    s = fmt_groups([v[:4], v[4:7], v[7:]], style)
    return s + ("" if style == "full" else " ") + (fullwidth(vc) if style == "full" else vc)


def fmt_niss(v, style):
    if style == "plain":
        return v
    if style in ("dot", "hyphen"):
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    return fmt_groups([v[:6], v[6:9], v[9:]], style)


def fmt_nir(v, style):
    return fmt_groups([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]], "space" if style == "odd" else style)


def fmt_mrn(v, style):
    if style == "plain":
        return v
    if style == "full":
        return fullwidth(v)
    if style == "hyphen":
        return f"{v[:2]}-{v[2:]}"
    if style == "dot":
        return f"{v[:1]}.{v[1:4]}.{v[4:]}"
    if style == "slash":
        return f"{v[:3]}/{v[3:]}"
    return f"{v[:1]} {v[1:4]} {v[4:]}"


# ---------------------------------------------------------------- dates

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_formats(d):
    """Every form in which a birth date may be written (used by the checker too)."""
    return [
        d.isoformat(), f"{d:%d/%m/%Y}", f"{d:%Y/%m/%d}", f"{d:%d-%m-%Y}", f"{d:%Y.%m.%d}",
        f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}", f"{d:%Y%m%d}",
    ]


def fmt_dob(rng, d, lang):
    if lang == "fr":
        i = rng.choice([0, 1, 1, 2, 3, 5, 6])
    else:
        i = rng.choice([0, 0, 1, 7, 8, 9, 4])
    return dob_formats(d)[i]


def fr_date(d, weekday=False):
    s = f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {s}" if weekday else s


def en_date(d, weekday=False):
    s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{DAYS[d.weekday()]}, {s}" if weekday else s


def ldate(d, lang, weekday=False):
    return fr_date(d, weekday) if lang == "fr" else en_date(d, weekday)


def workday_after(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# ---------------------------------------------------------------- message builder

class Msg:
    """Collects what a template writes plus what it reveals (types, needles, ids)."""

    def __init__(self, seed, kind, idx, lang, when):
        self.rng = random.Random(f"{seed}/{kind}/{idx}")
        self.kind, self.idx, self.lang = kind, idx, lang
        self.when = when  # datetime with tzinfo
        self.today = when.date()
        self.types = set()
        self.needles = []  # (type, text)
        self.ids = []  # (type, value)
        self.holders = {}  # nam -> set(fields)
        self.category = "misc"
        self.note = ""
        self.sender = None  # (display, addr)
        self.to = []
        self.cc = []
        self.subject = ""
        self.text = ""
        self.html = None
        self.attachments = []  # dicts: kind, filename, data, ctype, text
        self.extra_headers = []
        self.prefer = {}  # transport hints

    # -- revealing helpers: each returns the rendered string and records it
    def t(self, *types):
        self.types.update(types)

    def _need(self, typ, s):
        self.needles.append((typ, s))
        return s

    def _hold(self, p, field):
        if p.holder:
            self.holders.setdefault(p.nam, set()).add(field)

    def name(self, p, style=None, lang=None):
        lang = lang or self.lang
        r = self.rng
        style = style or r.choice(["full", "full", "title", "upper_first", "sur_first", "lower", "initial", "title_sur"])
        g, s = p.given, p.surname
        if style == "full":
            out = f"{g} {s}"
        elif style == "title":
            out = f"{self.title(p, lang)} {g} {s}"
        elif style == "title_sur":
            out = f"{self.title(p, lang)} {s}"
        elif style == "upper_first":
            out = f"{s.upper()}, {g}"
        elif style == "sur_first":
            out = f"{s} {g}"
        elif style == "sur_comma":
            out = f"{s}, {g}"
        elif style == "lower":
            out = f"{g.lower()} {s.lower()}"
        elif style == "initial":
            out = f"{g[0]}. {s}"
        elif style == "upper":
            out = f"{g.upper()} {s.upper()}"
        elif style == "given":
            out = g
        else:
            raise ValueError(style)
        self.t("patient_name")
        if style != "given":
            self._hold(p, "name")
        return self._need("patient_name", out)

    def title(self, p, lang=None):
        lang = lang or self.lang
        if lang == "fr":
            return "Mme" if p.sex == "F" else "M."
        return self.rng.choice(["Ms.", "Mrs."]) if p.sex == "F" else "Mr."

    def dob(self, p, fmt=None):
        s = fmt_dob(self.rng, p.dob, self.lang) if fmt is None else dob_formats(p.dob)[fmt]
        self.t("date_of_birth")
        self._hold(p, "dob")
        return self._need("date_of_birth", s)

    def sex(self, p, style=None):
        r = self.rng
        if self.lang == "fr":
            opts = [f"Sexe : {p.sex}", f"sexe {p.sex}", f"({p.sex})", "féminin" if p.sex == "F" else "masculin", f"Sexe: {p.sex}"]
        else:
            opts = [f"Sex: {p.sex}", f"({p.sex})", "female" if p.sex == "F" else "male", f"Sex {p.sex}"]
        if style == "bare":
            s = p.sex
        else:
            s = opts[style] if style is not None else r.choice(opts)
        self._hold(p, "sex")
        return self._need("sex", s)

    def nam(self, p, style=None):
        assert p.holder and p.nam
        style = style or self.rng.choice(["plain", "plain", "space", "space", "dot", "hyphen", "slash", "full", "odd", "lower"])
        if style == "lower":
            s = fmt_nam(p.nam, "space").lower()
        else:
            s = fmt_nam(p.nam, style)
        self.t("ramq_nam")
        self._hold(p, "nam")
        self.ids.append(("ramq_nam", p.nam))
        return self._need("ramq_nam", s)

    def mrn(self, p, style=None):
        style = style or self.rng.choice(["plain", "plain", "space", "dot", "hyphen", "slash", "full"])
        s = fmt_mrn(p.mrn, style)
        self.t("mrn")
        self.ids.append(("mrn", p.mrn))
        return self._need("mrn", s)

    def phone(self, p):
        s = fmt_phone(self.rng, p.phone)
        self.t("patient_contact")
        return self._need("patient_contact", s)

    def address(self, p, oneline=True):
        s = f"{p.addr}, {p.city}" if oneline else f"{p.addr}\n{p.city}"
        self.t("patient_contact")
        self._need("patient_contact", p.addr)
        return s

    def sin(self, v, style=None):
        style = style or self.rng.choice(["space", "space", "plain", "hyphen", "dot", "full"])
        self.t("ca_sin")
        self.ids.append(("ca_sin", v))
        return self._need("ca_sin", fmt_sin(v, style))

    def ohn(self, v, vc, style=None):
        style = style or self.rng.choice(["hyphen", "space", "plain", "dot", "full"])
        self.t("ca_health_number")
        self.ids.append(("ca_health_number", v))
        return self._need("ca_health_number", fmt_ohn(v, vc, style))

    def niss(self, v, style=None):
        style = style or self.rng.choice(["dot", "plain", "space", "hyphen"])
        self.t("be_niss")
        self.ids.append(("be_niss", v))
        return self._need("be_niss", fmt_niss(v, style))

    def nir(self, v, style=None):
        style = style or self.rng.choice(["space", "plain", "dot", "full"])
        self.t("fr_nir")
        self.ids.append(("fr_nir", v))
        return self._need("fr_nir", fmt_nir(v, style))

    def attach(self, kind, filename, data, ctype, **kw):
        d = {"kind": kind, "filename": filename, "data": data, "ctype": ctype}
        d.update(kw)
        self.attachments.append(d)
        return d
