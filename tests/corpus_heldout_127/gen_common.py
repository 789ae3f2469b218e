"""Shared data, identifiers and formatting helpers for the imaging-department corpus.

Everything here is invented.  Randomness always comes from a random.Random
instance handed in by the caller, so output depends only on the seed.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(os.path.dirname(HERE), "blind_nams.txt")

# ---------------------------------------------------------------- organisation
ORG = {
    "fr": "Centre hospitalier régional du Val-des-Érables",
    "en": "Val-des-Érables Regional Hospital Centre",
    "short": "CHRVE",
    "dept_fr": "Département d'imagerie médicale",
    "dept_en": "Department of Medical Imaging",
    "domain": "chrve.example",
    "addr_fr": "1200, boulevard des Érables, Saint-Armand-du-Lac (Québec) J0X 2K0",
    "addr_en": "1200 des Érables Blvd, Saint-Armand-du-Lac, QC J0X 2K0",
    "phone": "450-555-0100",
    "fax": "450-555-0101",
    "site2": "Pavillon Sainte-Aurélie",
}

EXTERNAL = {
    "montval": ("Clinique radiologique Montval", "clinique-montval.example", "450-555-0134"),
    "gmf": ("GMF des Trois-Ponts", "gmf-troisponts.example", "450-555-0145"),
    "kinsford": ("Kinsford General Hospital", "kinsford-hospital.example", "613-555-0162"),
    "boreal": ("Assurances Boréal", "assurances-boreal.example", "1-800-555-0177"),
    "transport": ("Transport adapté des Érables", "ta-erables.example", "450-555-0158"),
    "imagix": ("Imagix Médical inc.", "imagix-med.example", "514-555-0119"),
    "nordpharma": ("NordPharma Distribution", "nordpharma.example", "514-555-0126"),
    "chsld": ("CHSLD des Pins", "chsld-despins.example", "450-555-0171"),
    "lakeshore": ("Lakeshore Family Health Team", "lakeshore-fht.example", "613-555-0188"),
    "refuge": ("Maison d'hébergement Le Phare", "lephare-refuge.example", "450-555-0193"),
}

# staff: (given, surname, sex, role_fr, role_en)
RADIOLOGISTS = [
    ("Nadia", "Ferland", "F", "neuroradiologie", "neuroradiology"),
    ("Étienne", "Rancourt", "M", "imagerie abdominale", "abdominal imaging"),
    ("Samuel", "Okafor", "M", "imagerie musculosquelettique", "musculoskeletal imaging"),
    ("Priya", "Kaur", "F", "imagerie du sein", "breast imaging"),
    ("Hugo", "Delorme", "M", "radiologie interventionnelle", "interventional radiology"),
    ("Claire", "Whitfield", "F", "imagerie pédiatrique", "paediatric imaging"),
    ("Marc-Antoine", "Lalonde", "M", "imagerie thoracique", "thoracic imaging"),
    ("Isabelle", "Vézina", "F", "imagerie cardiaque", "cardiac imaging"),
]
TECHS = [
    ("Julie", "Beauchemin", "F"), ("Kevin", "Labrecque", "M"), ("Annie", "Marchand", "F"),
    ("Olivier", "Dufresne", "M"), ("Megan", "Ashworth", "F"), ("Sabrina", "Cormier", "F"),
    ("Yannick", "Bastien", "M"), ("Chloé", "Papineau", "F"), ("Rachel", "Harrington", "F"),
    ("Maxime", "Thériault", "M"), ("Noémie", "Rivard", "F"), ("Derek", "Stanfield", "M"),
]
CLERKS = [
    ("Lise", "Brassard", "F"), ("Nancy", "Gendron", "F"), ("Karine", "Paradis", "F"),
    ("Tina", "Morissette", "F"), ("Donna", "Hamelin", "F"), ("Carl", "Veilleux", "M"),
]
NURSES = [
    ("Mélanie", "Bolduc", "F"), ("Patrick", "Landry", "M"), ("Sophie", "Bernier", "F"),
    ("Jessica", "Castonguay", "F"), ("Amir", "Rahimi", "M"),
]
MANAGERS = [
    ("Francine", "Lepage", "F", "Chef de service, imagerie médicale", "Imaging Services Manager"),
    ("Richard", "Pronovost", "M", "Coordonnateur technique", "Technical Coordinator"),
    ("Heather", "Kilbride", "F", "Adjointe à la direction", "Executive Assistant"),
    ("Julien", "Sarrazin", "M", "Physicien médical", "Medical Physicist"),
]
REFERRERS = [
    ("Benoît", "Sauvé", "M", "gmf"), ("Amélie", "Ménard", "F", "gmf"),
    ("Jonathan", "Reid", "M", "lakeshore"), ("Fatima", "Benali", "F", "gmf"),
    ("Alexandre", "Houle", "M", "chrve"), ("Laura", "Fitzgerald", "F", "chrve"),
    ("Vincent", "Aubin", "M", "chrve"), ("Mei", "Tanaka", "F", "kinsford"),
]
SOCIAL = [("Valérie", "Croteau", "F"), ("Daniel", "Eastwood", "M")]

# patients (never a blind-list surname, never a staff surname)
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Gingras", "Vachon", "Hébert",
    "Desjardins", "Beaulieu", "Lachance", "Poulin", "Demers", "Nguyen", "Patel",
    "Kowalski", "O'Brien", "Chen", "Haddad", "Diallo", "Lefebvre", "Mercier", "Dufour",
    "Plante", "Arsenault", "Bisson", "Charron", "Drouin", "Fontaine", "Gosselin",
    "Jolicoeur", "Labelle", "Lemieux", "Picard", "Rioux", "Sirois", "Turcotte",
    "Vaillancourt", "Grenier", "Forsyth", "Campbell", "Murphy", "Singh", "Ferreira",
    "Rossi", "Petrov", "Abboud", "Mensah", "Okonkwo", "Lindqvist", "Beaudoin",
    "Careau", "Deschênes", "Doucet", "Godin", "Lacasse", "Maltais", "Nolin",
    "Quirion", "St-Onge", "Tessier", "Veilleux-Roy",
]
PAT_GIVEN_F = [
    "Ginette", "Lucie", "Monique", "Chantal", "Aline", "Hélène", "Yvette", "Suzanne",
    "Karen", "Linda", "Brenda", "Patricia", "Amélie", "Océane", "Zoé", "Léa", "Aïcha",
    "Thérèse", "Pauline", "Jocelyne", "Carole", "Margaret", "Nicole", "Francine",
]
PAT_GIVEN_M = [
    "Gaétan", "Raymond", "Réjean", "Normand", "Yvon", "Jean-Guy", "Mario", "Sylvain",
    "Gary", "Kenneth", "Douglas", "Brian", "Karim", "Mathis", "Félix", "Nathan",
    "Rosaire", "Fernand", "Denis", "Bruno", "Stephen", "Émile", "Wilfrid", "Omar",
]
FR_FOREIGN = [("Thomas", "Moreau", "M"), ("Camille", "Dubois", "F"), ("Julien", "Lambert", "M"),
              ("Manon", "Girardot", "F"), ("Hugo", "Marchetti", "M"), ("Inès", "Benhamou", "F")]
BE_FOREIGN = [("Lotte", "Janssens", "F"), ("Pieter", "Peeters", "M"), ("Elise", "Claes", "F"),
              ("Arnaud", "Lejeune", "M"), ("Sarah", "Wouters", "F"), ("Bram", "Maes", "M")]

STREETS = [
    "rue des Lilas", "rang Saint-Joseph", "avenue Papineau", "rue Principale", "chemin du Lac-Vert",
    "rue Champlain", "boulevard Laurier", "rue de la Fabrique", "montée Gagné", "rue Notre-Dame Est",
]
STREETS_EN = ["Maple Crescent", "Elgin Street", "Riverside Drive", "Cedar Lane", "Queen Street West",
              "Pine Hill Road", "Victoria Avenue"]
TOWNS_QC = [("Saint-Armand-du-Lac", "J0X 2K0"), ("Val-des-Érables", "J0X 3B0"),
            ("Sainte-Aurélie-de-Brome", "J0X 1T0"), ("Lac-aux-Hérons", "J0X 1M0")]
TOWNS_ON = [("Kinsford", "K0A 1R0"), ("Pembridge", "K0J 2L0")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_EN3 = [m[:3] for m in MONTHS_EN]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))


# ---------------------------------------------------------------- helpers
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_alnum(s):
    """NFKC, drop accents and every non-alphanumeric character, upper case."""
    s = strip_accents(unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if c.isalnum()).upper()


def slug(s):
    return "".join(c if c.isalnum() else "_" for c in strip_accents(s)).strip("_")


def phone(rng, area=None):
    area = area or rng.choice(["450", "514", "819", "438"])
    return "%s-555-01%02d" % (area, rng.randrange(0, 100))


def mail_of(given, surname, domain):
    return "%s.%s@%s" % (slug(given).lower().replace("_", ""), slug(surname).lower().replace("_", ""), domain)


def tz_for(d):
    # DST in 2025: 9 March - 2 November
    return EDT if dt.date(2025, 3, 9) <= d.date() < dt.date(2025, 11, 2) else EST


def msg_datetime(rng):
    day = dt.datetime(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 170))
    while day.weekday() >= 5 and rng.random() < 0.85:
        day += dt.timedelta(days=1)
    t = day.replace(hour=rng.randrange(7, 18), minute=rng.randrange(0, 60), second=rng.randrange(0, 60))
    return t.replace(tzinfo=tz_for(t))


def later(rng, base, lo=1, hi=30):
    d = (base + dt.timedelta(days=rng.randrange(lo, hi))).date()
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def fdate(d, lang, style="long"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "num":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y/%m/%d")
    if style == "short":
        return "%d %s" % (d.day, MONTHS_FR[d.month - 1]) if lang == "fr" else "%s %d" % (MONTHS_EN3[d.month - 1], d.day)
    if style == "day":
        if lang == "fr":
            return "%s %d %s" % (WEEKDAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
        return "%s, %s %d" % (WEEKDAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)
    if lang == "fr":
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def dob_variants(d):
    """Every way a birth date may be written in the corpus (used by the checker)."""
    return [
        d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
        d.strftime("%d-%m-%Y"), d.strftime("%Y.%m.%d"),
        "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year),
        "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year),
        "%d %s %d" % (d.day, MONTHS_EN3[d.month - 1], d.year),
        "%02d %s %d" % (d.day, MONTHS_EN3[d.month - 1].upper(), d.year),
    ]


def fmt_dob(rng, d, lang):
    opts = dob_variants(d)
    if lang == "fr":
        pick = [opts[0], opts[1], opts[3], opts[5], opts[4]]
    else:
        pick = [opts[0], opts[2], opts[6], opts[7], opts[8]]
    return rng.choice(pick)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers
def fmt_digits(rng, digits, groups, style=None):
    style = style or rng.choice(["plain", "space", "hyphen", "dots", "slash", "fullwidth", "odd"])
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i:i + g])
        i += g
    if style == "plain":
        out = digits
    elif style == "space":
        out = " ".join(parts)
    elif style == "hyphen":
        out = "-".join(parts)
    elif style == "dots":
        out = ".".join(parts)
    elif style == "slash":
        out = "/".join(parts)
    elif style == "fullwidth":
        out = " ".join(parts).translate(FULLWIDTH)
    else:  # odd spacing
        out = " ".join(digits[j:j + 2] for j in range(0, len(digits), 2))
    return out


def new_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def new_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and n[0] != "0" and luhn.is_valid(n)


def new_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == "M" else 0)
    serial = max(1, min(997, serial))
    base = dob.strftime("%y%m%d") + "%03d" % serial
    num = int(("2" + base) if dob.year >= 2000 else base)
    n = base + "%02d" % (97 - num % 97)
    assert be_nn.is_valid(n), n
    return n


def new_nir(rng, dob, sex):
    dept = "%02d" % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 78, 92, 94])
    base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) \
        + "%03d" % rng.randrange(1, 999)
    n = base + "%02d" % (97 - int(base) % 97)
    assert fr_nir.is_valid(n), n
    return n


def new_mrn(rng):
    return "%07d" % rng.randrange(100000, 9999999)


def fmt_sin(rng, n, style=None):
    return fmt_digits(rng, n, (3, 3, 3), style)


def fmt_ohip(rng, n, style=None, version=True):
    s = fmt_digits(rng, n, (4, 3, 3), style)
    if version and rng.random() < 0.5:
        s += " " + rng.choice(["AB", "KL", "TX", "HM"])
    return s


def fmt_niss(rng, n, style=None):
    style = style or rng.choice(["official", "plain", "space", "slash", "fullwidth"])
    if style == "official":
        return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return fmt_digits(rng, n, (6, 3, 2), style)


def fmt_nir(rng, n, style=None):
    style = style or rng.choice(["official", "plain", "dots", "key", "fullwidth"])
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    if style == "official":
        return " ".join(parts)
    if style == "dots":
        return ".".join(parts)
    if style == "key":
        return " ".join(parts[:-1]) + " clé " + parts[-1]
    if style == "fullwidth":
        return " ".join(parts).translate(FULLWIDTH)
    return n


def fmt_nam(rng, nam, style=None):
    style = style or rng.choice(["plain", "space", "space", "hyphen", "dots", "slash", "lower",
                                 "fullwidth", "odd"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
        "dots": "%s.%s.%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
        "lower": ("%s %s %s" % (a, b, c)).lower(), "fullwidth": (a + b + c).translate(FULLWIDTH),
        "odd": "%s %s %s %s" % (a, b[:2], b[2:] + c[:2], c[2:]),
    }[style]


def fmt_mrn(rng, m, style=None):
    style = style or rng.choice(["plain", "H", "hyphen", "space", "dots", "slash", "fullwidth"])
    if style == "H":
        return "H" + m
    if style == "hyphen":
        return m[:3] + "-" + m[3:]
    if style == "space":
        return m[:2] + " " + m[2:4] + " " + m[4:]
    if style == "dots":
        return m[:3] + "." + m[3:5] + "." + m[5:]
    if style == "slash":
        return m[:1] + "/" + m[1:]
    if style == "fullwidth":
        return m.translate(FULLWIDTH)
    return m


# ---------------------------------------------------------------- NAM holders
def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given, "dob": dt.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


# ---------------------------------------------------------------- patients
class PatientFactory:
    """Hands out invented patients; NAM holders are used once each."""

    def __init__(self, rng):
        self.rng = rng
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        rng.shuffle(order)
        self.nam_order = order
        self.nam_used = []
        self.used_names = set()

    def _dob(self, rng, lo=1935, hi=2012):
        return dt.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))

    def nam_holder(self, sex=None, lo=None, hi=None):
        for i in self.nam_order:
            if i in self.nam_used:
                continue
            h = self.nams[i]
            if sex and h["sex"] != sex:
                continue
            if lo and not (lo <= h["dob"].year < hi):
                continue
            self.nam_used.append(i)
            h = dict(h)
            h["kind"] = "nam"
            return h
        raise RuntimeError("no NAM holder left for %s %s-%s" % (sex, lo, hi))

    def invented(self, rng, sex=None, lo=1935, hi=2012, pool=None):
        for _ in range(200):
            if pool:
                given, sur, sx = rng.choice(pool)
            else:
                sx = sex or rng.choice("FM")
                given = rng.choice(PAT_GIVEN_F if sx == "F" else PAT_GIVEN_M)
                sur = rng.choice(PAT_SURNAMES)
            if (given, sur) not in self.used_names:
                self.used_names.add((given, sur))
                break
        return {"given": given, "surname": sur, "sex": sx, "dob": self._dob(rng, lo, hi), "kind": "inv"}

    def patient(self, rng, use_nam=False, **kw):
        if use_nam:
            p = self.nam_holder(kw.get("sex"), kw.get("lo"), kw.get("hi"))
        else:
            p = self.invented(rng, **{k: v for k, v in kw.items() if k in ("sex", "lo", "hi", "pool")})
        p["mrn"] = new_mrn(rng)
        town, postal = rng.choice(TOWNS_QC)
        p["address"] = "%d, %s, %s (Québec) %s" % (rng.randrange(12, 2400), rng.choice(STREETS), town, postal)
        p["address_en"] = p["address"]
        p["phone"] = phone(rng)
        return p


def title(p, lang):
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Mrs." if p["sex"] == "F" else "Mr."


def pname(rng, p, lang, style=None):
    """A patient's name written one of the many ways staff write names."""
    g, s = p["given"], p["surname"]
    style = style or rng.choice(["full", "title", "upper_comma", "sur_first", "lower", "initial",
                                 "caps", "sur_comma"])
    if style == "full":
        return "%s %s" % (g, s)
    if style == "title":
        return "%s %s %s" % (title(p, lang), g, s)
    if style == "title_sur":
        return "%s %s" % (title(p, lang), s)
    if style == "upper_comma":
        return "%s, %s" % (s.upper(), g)
    if style == "sur_comma":
        return "%s, %s" % (s, g)
    if style == "sur_first":
        return "%s %s" % (s, g)
    if style == "lower":
        return ("%s %s" % (g, s)).lower()
    if style == "initial":
        ini = "-".join(x[0] + "." for x in g.split("-"))
        return "%s %s" % (ini, s)
    if style == "caps":
        return "%s %s" % (s.upper(), g.upper())
    raise ValueError(style)


def sex_word(p, lang, rng):
    if lang == "fr":
        return rng.choice(["Sexe : %s" % p["sex"], "sexe %s" % p["sex"],
                           "femme" if p["sex"] == "F" else "homme"])
    return rng.choice(["Sex: %s" % p["sex"], "sex %s" % p["sex"],
                       "female" if p["sex"] == "F" else "male"])


def staff_sig(person, role, lang, rng, org=True):
    g, s = person[0], person[1]
    lines = ["%s %s" % (g, s), role]
    if org:
        lines.append(ORG["dept_fr"] if lang == "fr" else ORG["dept_en"])
        lines.append(ORG["fr"] if lang == "fr" else ORG["en"])
        if rng.random() < 0.6:
            lines.append(ORG["addr_fr"] if lang == "fr" else ORG["addr_en"])
        ext = rng.randrange(2100, 2999)
        lines.append(("Tél. : %s, poste %d" if lang == "fr" else "Tel. %s ext. %d") % (ORG["phone"], ext))
        if rng.random() < 0.4:
            lines.append(("Téléc. : %s" if lang == "fr" else "Fax %s") % ORG["fax"])
    return "\n".join(lines)


def dr(person, lang):
    g, s, sx = person[0], person[1], person[2]
    if lang == "fr":
        return ("Dre" if sx == "F" else "Dr") + " %s %s" % (g, s)
    return "Dr. %s %s" % (g, s)


def addr(person, domain=None):
    return mail_of(person[0], person[1], domain or ORG["domain"])


# ---------------------------------------------------------------- look-alike numbers for negatives
def luhn_number(rng, n, first=None):
    """An n-digit number that passes the Luhn check (serials, asset tags, PO numbers)."""
    body = str(first if first is not None else rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_number(rng, n):
    """An n-digit number whose last two digits are 97 - (rest mod 97) (lot / tracking numbers)."""
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 3))
    return body + "%02d" % (97 - int(body) % 97)
