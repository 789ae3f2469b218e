"""Shared material for the haematology / BMT corpus: seed, people, identifiers, formats.

Everything here is invented.  Domains end in .example, phone numbers use 555-01xx.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 13629
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")


# --------------------------------------------------------------------------- NAM holders
def load_holders(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given,
                        "dob": datetime.date.fromisoformat(dob),
                        "sex": sex, "nam": nam})
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = sorted({h["surname"] for h in HOLDERS})

# --------------------------------------------------------------------------- name pools
FR_F = ["Chantal", "Lucie", "Hélène", "Isabelle", "Francine", "Johanne", "Marie-Ève",
        "Catherine", "Mélanie", "Véronique", "Annie", "Karine", "Solange", "Monique",
        "Réjeanne", "Thérèse", "Micheline", "Claudette", "Gabrielle", "Léa", "Rosalie",
        "Maude", "Élise", "Noémie", "Pascale", "Danielle", "Suzanne", "Yolande", "Lise",
        "Jocelyne", "Ariane", "Audrey"]
FR_M = ["Réjean", "Gaétan", "Normand", "Yves", "Luc", "Benoît", "Sylvain", "Stéphane",
        "Mathieu", "Olivier", "Félix", "Jérôme", "Rénald", "Ghislain", "Denis", "Alain",
        "Raymond", "Marcel", "Laurent", "Hugo", "Étienne", "Simon", "Maxime", "Bruno",
        "Guy", "Roger", "Fernand", "Léo", "Antoine", "Éric", "Samuel", "Thomas"]
FR_SUR = ["Tremblay", "Bergeron", "Côté", "Lavoie", "Desrosiers", "Gingras", "Beaulieu",
          "Dufresne", "Lemire", "Tessier", "Vézina", "Bélisle", "Charbonneau", "Lachance",
          "Rioux", "Mercier", "Plamondon", "Turcotte", "Labrecque", "Brassard", "Grenier",
          "Marcoux", "Lévesque", "Dionne", "Hébert", "Cyr", "Poulin", "Arsenault",
          "Gosselin", "Boivin", "Jolicoeur", "Veilleux", "Lacasse", "Provencher", "Gendron",
          "Perreault", "Laflamme", "St-Onge", "Létourneau", "Bédard", "Thériault",
          "Fréchette", "Daigle", "Bolduc", "Allard", "Sauvé", "Nolet", "Champagne",
          "Paradis", "Robitaille", "Drouin", "Vaillancourt", "Larochelle", "Ménard",
          "Audet", "Desbiens", "Houle", "Lalonde", "Chouinard", "Beauchemin", "Ouimet",
          "Laplante", "Massé", "Guérin", "Pouliot", "Trudel", "Demers", "Rochette"]
EN_F = ["Margaret", "Heather", "Karen", "Jennifer", "Linda", "Susan", "Deborah", "Rachel",
        "Megan", "Olivia", "Hannah", "Chloe", "Abigail", "Fiona", "Brenda", "Gwen", "Tara",
        "Leah", "Priya", "Aisha", "Mei", "Ingrid", "Nadia", "Rosa", "Joan", "Wendy"]
EN_M = ["Douglas", "Graham", "Kevin", "Trevor", "Wayne", "Neil", "Colin", "Bryan", "Derek",
        "Ian", "Owen", "Ethan", "Noah", "Caleb", "Rajesh", "Tomás", "Kwame", "Hassan",
        "Arjun", "Stuart", "Victor", "Dennis", "Gordon", "Alan", "Walter", "Harold"]
EN_SUR = ["Henderson", "Whitfield", "McAllister", "Okafor", "Kowalski", "Fairbanks",
          "Thornton", "Patel", "Nguyen", "Haddad", "Lindqvist", "Abernathy", "O'Rourke",
          "Sinclair", "Pemberton", "Ramsay", "Dempsey", "Kaur", "Delgado", "Osei",
          "Bramwell", "Fitzgerald", "Hollis", "Cheung", "Ferreira", "Novak", "Sutherland",
          "Galbraith", "Mahoney", "Underhill", "Kirkland", "Yarrow", "Easton", "Winslow",
          "Achebe", "Romanov", "Bianchi", "Lindsay", "Forsyth", "Quigley", "Harrington",
          "Mwangi", "Petrenko", "Sandoval", "Tanaka", "Oyelaran", "Blackwood", "Moretti"]
BE_SUR = ["Vandenberghe", "Peeters", "Claes", "Wouters", "Goossens", "Lemaire", "Dewulf",
          "Verhaegen", "Maes", "Jacobs", "Hermans", "Vermeulen"]
BE_F = ["Els", "Griet", "Sofie", "Annelies", "Martine", "Véronique", "Lies"]
BE_M = ["Pieter", "Koen", "Jan", "Wim", "Luc", "Dirk", "Bart"]
FRA_SUR = ["Lefebvre", "Garnier", "Rousseau", "Faure", "Chevalier", "Blanchard",
           "Marchand", "Barbier", "Masson", "Renaud", "Picard", "Leclerc"]
FRA_F = ["Sandrine", "Aurélie", "Céline", "Sabine", "Delphine", "Camille", "Virginie"]
FRA_M = ["Thierry", "Loïc", "Fabrice", "Cédric", "Pascal", "Arnaud", "Jérémie"]

for _pool in (FR_SUR, EN_SUR, BE_SUR, FRA_SUR):
    for _s in _pool:
        assert _s not in HOLDER_SURNAMES, _s


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower()
    return "".join(c for c in s if c.isalnum() or c in "-.")


# --------------------------------------------------------------------------- organisation
ORG = {
    "fr_name": "CHU Val-des-Cèdres",
    "en_name": "Val-des-Cèdres University Hospital",
    "dom": "chuvdc.example",
    "addr": "3100, boulevard des Cèdres, Montréal (Québec)  H2X 0A1",
    "addr_en": "3100 Cèdres Boulevard, Montréal, QC  H2X 0A1",
    "tel": "514-555-0100", "tel_bmt": "514-555-0142", "tel_bank": "514-555-0157",
    "tel_hla": "514-555-0163", "fax_bmt": "514-555-0199", "tel_pharm": "514-555-0171",
    "fr_prog": "Programme de greffe de cellules souches hématopoïétiques",
    "en_prog": "Haematopoietic Stem Cell Transplant Program",
    "unit": "7e Nord (unité de greffe)", "unit_en": "7 North (transplant unit)",
}

EXT = {
    "hrvb": ("Hôpital régional de Val-Brûlé", "hrvb.example", "418-555-0121"),
    "cisss": ("CISSS des Hautes-Rivières", "cissshr.example", "819-555-0134"),
    "lrhc": ("Lakeshore Regional Health Centre", "lrhc.example", "613-555-0118"),
    "rvgh": ("Rideau Valley General Hospital", "rvgh.example", "613-555-0176"),
    "reg": ("Registre Boréal des donneurs de cellules souches", "registreboreal.example", "514-555-0187"),
    "hexa": ("Registre Hexagone Moelle", "hexmoelle.example", "555-0192"),
    "chub": ("Centre hospitalier universitaire du Brabant wallon", "chubw.example", "555-0131"),
    "cord": ("Banque de sang de cordon Laurentia", "laurentia-cord.example", "450-555-0148"),
    "sang": ("Réseau Sang-Nord", "sangnord.example", "514-555-0115"),
    "ins": ("Mutuelle Horizon Assurances", "mutuellehorizon.example", "1-800-555-0166"),
    "trans": ("Transport adapté Rive-Est", "tare.example", "450-555-0109"),
    "clsc": ("CLSC des Trois-Ponts", "clsc3ponts.example", "450-555-0127"),
    "dpj": ("Direction de la protection de la jeunesse — Territoire Nord", "dpjnord.example", "514-555-0138"),
    "pharm1": ("Pharmacie Beaulac et Ferron", "pharmabeaulac.example", "450-555-0152"),
    "pharm2": ("Rexford Pharmacy", "rexfordrx.example", "613-555-0183"),
    "home": ("Maison d'hébergement Les Tilleuls", "lestilleuls.example", "514-555-0174"),
    "supplier": ("CryoLogix Canada", "cryologix.example", "1-888-555-0105"),
    "medsup": ("Hémadis Fournitures médicales", "hemadis.example", "1-877-555-0193"),
}

TOWNS_QC = ["Val-Brûlé", "Saint-Aurèle-des-Monts", "Lac-aux-Sarcelles", "Sainte-Odile-du-Fleuve",
            "Pointe-aux-Hérons", "Montréal", "Laval-des-Rapides", "Rivière-Blanche"]
STREETS_QC = ["rue des Épinettes", "rang Saint-Joseph", "avenue des Pruches", "rue Principale",
              "boulevard du Lac", "rue de la Fabrique", "chemin des Outardes", "rue Papineau-Est"]
TOWNS_ON = ["Lakeshore", "Rideau Falls", "Port Alder", "Kingsmere", "Ashbury"]
STREETS_ON = ["Birchmount Road", "Cedar Lane", "Wellington Street", "Fernhill Crescent",
              "Old Mill Drive", "Queen Anne Avenue"]

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


# --------------------------------------------------------------------------- formats
def dob_formats(d):
    """All the ways a birth date is written in this corpus (verifier uses the same list)."""
    return [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
            d.strftime("%d-%m-%Y"), d.strftime("%Y%m%d"),
            "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year),
            "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year),
            "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year),
            d.strftime("%Y-%m-%d").replace("-", ".")]


def fmt_dob(rng, d, lang):
    style = rng.choice(["iso", "dmy", "long", "ymd"] if lang == "fr" else ["iso", "dmy", "long", "long2"])
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)


def fr_date(d):
    return "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)


def en_date(d):
    return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)


def ldate(d, lang):
    return fr_date(d) if lang == "fr" else en_date(d)


def disguise(s, rng, groups, allow_full=True):
    """Write identifier s with a random separator style.  groups: list of chunk sizes."""
    parts, i = [], 0
    for g in groups:
        parts.append(s[i:i + g])
        i += g
    if i < len(s):
        parts.append(s[i:])
    style = rng.choice(["plain", "space", "space", "dot", "dash", "slash", "full", "lower"]
                       if allow_full else ["plain", "space", "dot", "dash", "slash"])
    if style == "plain":
        return s
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "full":
        return " ".join(parts).translate(FULLWIDTH)
    return " ".join(parts).lower() if any(c.isalpha() for c in s) else " ".join(parts)


def fmt_nam(rng, nam, allow_full=True):
    return disguise(nam, rng, [4, 4, 4], allow_full)


def fmt_sin(rng, s, allow_full=True):
    return disguise(s, rng, [3, 3, 3], allow_full)


def fmt_ohn(rng, s, vc, allow_full=True):
    base = disguise(s, rng, [4, 3, 3], allow_full)
    return base + (" " + vc if vc and rng.random() < 0.7 else ("-" + vc if vc else ""))


def fmt_niss(rng, s):
    if rng.random() < 0.6:
        return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:11])
    return disguise(s, rng, [6, 3, 2], False)


def fmt_nir(rng, s):
    if rng.random() < 0.6:
        return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:15])
    return disguise(s, rng, [1, 2, 2, 2, 3, 3, 2], False)


# --------------------------------------------------------------------------- identifier makers
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def ohn_valid(s):
    return len(s) == 10 and s.isdigit() and luhn.is_valid(s)


def gen_ohn(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    s = body + luhn.calc_check_digit(body)
    assert ohn_valid(s)
    vc = rng.choice(["AB", "KL", "MT", "RX", "HC", "", "ZP"])
    return s, vc


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        n = int(("2" + base) if dob.year >= 2000 else base)
        s = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(s):
            return s


def gen_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
        base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month,
                                          dept, rng.randrange(1, 990), rng.randrange(1, 999))
        s = base + "%02d" % (97 - int(base) % 97)
        if fr_nir.is_valid(s):
            return s


def gen_mrn(rng, style=None):
    n = "%07d" % rng.randrange(100000, 9999999)
    style = style or rng.choice(["plain", "H", "spaced", "dash", "zero"])
    if style == "H":
        return "H-" + n[1:], n[1:]
    if style == "spaced":
        return "%s %s %s" % (n[0], n[1:4], n[4:]), n
    if style == "dash":
        return "%s-%s" % (n[:2], n[2:]), n
    if style == "zero":
        return "00" + n, n
    return n, n


def luhn_serial(rng, prefix, length):
    """Checksum-valid serial / lot numbers for hard negatives."""
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, sex, dob=None, kind="patient"):
        self.given, self.surname, self.sex, self.dob, self.kind = given, surname, sex, dob, kind
        self.nam = None

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def email(self, dom):
        return "%s.%s@%s" % (slug(self.given), slug(self.surname).replace("'", ""), dom)

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def holder_person(h):
    p = Person(h["given"], h["surname"], h["sex"], h["dob"])
    p.nam = h["nam"]
    return p


def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


def name_form(rng, p, lang, style=None):
    styles = ["full", "title", "upper_comma", "lower", "initial", "title_sur", "sur_first",
              "caps", "full"]
    style = style or rng.choice(styles)
    if style == "full":
        return p.full
    if style == "title":
        return "%s %s" % (title(p, lang), p.full)
    if style == "upper_comma":
        return "%s, %s" % (p.surname.upper(), p.given)
    if style == "lower":
        return p.full.lower()
    if style == "initial":
        return "%s. %s" % (p.given[0], p.surname)
    if style == "title_sur":
        return "%s %s" % (title(p, lang), p.surname)
    if style == "sur_first":
        return "%s %s" % (p.surname, p.given)
    if style == "caps":
        return p.full.upper()
    if style == "sur_init":
        return "%s %s." % (p.surname, p.given[0])
    raise ValueError(style)


def sex_word(p, lang, rng):
    if lang == "fr":
        return rng.choice([p.sex, "féminin" if p.sex == "F" else "masculin"])
    return rng.choice([p.sex, "female" if p.sex == "F" else "male"])


# --------------------------------------------------------------------------- dates
def tzoff(d):
    # fixed Montréal offsets for 2024 (DST 10 March to 3 November)
    dst = datetime.date(2024, 3, 10) <= d <= datetime.date(2024, 11, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


class Ctx:
    """Random source + registries shared by the templates."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.used_names = set()
        holders = list(HOLDERS)
        self.rng.shuffle(holders)
        self.holders = holders
        self.hpos = 0
        self.holder_next = False
        self.last_holder = None
        self.staff = self._make_staff()

    # -- staff
    def _make_staff(self):
        r = self.rng
        roles = {
            "hemato": 9, "coord": 6, "nurse": 6, "pharm": 4, "bank": 4, "hla": 3, "sw": 3,
            "clerk": 6, "hr": 3, "it": 3, "mgr": 4, "fac": 2, "research": 3, "nutri": 2,
        }
        staff = {}
        for role, n in roles.items():
            lst = []
            for i in range(n):
                while True:
                    en = r.random() < 0.3
                    sex = r.choice("FM")
                    given = r.choice((EN_F if sex == "F" else EN_M) if en else (FR_F if sex == "F" else FR_M))
                    sur = r.choice(EN_SUR if en else FR_SUR)
                    if (given, sur) not in self.used_names and sur not in {x.surname for l in staff.values() for x in l}:
                        break
                self.used_names.add((given, sur))
                p = Person(given, sur, sex, kind=role)
                p.ext = "%d" % r.randrange(2100, 7999)
                lst.append(p)
            staff[role] = lst
        return staff

    def pick(self, role):
        return self.rng.choice(self.staff[role])

    def staff_surnames(self):
        return {p.surname for l in self.staff.values() for p in l}

    # -- patients
    def patient(self, origin="qc", sex=None, age=None, lang="fr"):
        r = self.rng
        if self.holder_next and origin in ("qc", "en") and age is None and sex is None:
            self.holder_next = False
            return self.holder()
        sex = sex or r.choice("FM")
        pools = {
            "qc": (FR_F, FR_M, FR_SUR), "en": (EN_F, EN_M, EN_SUR),
            "be": (BE_F, BE_M, BE_SUR), "fra": (FRA_F, FRA_M, FRA_SUR),
        }
        if origin == "qc" and lang == "en" and r.random() < 0.5:
            origin = "en"
        f, m, s = pools[origin]
        staff_s = self.staff_surnames()
        while True:
            given = r.choice(f if sex == "F" else m)
            sur = r.choice(s)
            if (given, sur) not in self.used_names and sur not in staff_s:
                break
        self.used_names.add((given, sur))
        if age is None:
            age = r.randint(19, 71)
        y = 2024 - age
        dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        return Person(given, sur, sex, dob)

    def holder(self):
        h = self.holders[self.hpos % len(self.holders)]
        self.hpos += 1
        self.last_holder = holder_person(h)
        return self.last_holder

    def date(self, month=None):
        r = self.rng
        month = month or r.randint(3, 11)
        d = datetime.date(2024, month, r.randint(1, 28))
        while d.weekday() >= 5 and r.random() < 0.85:
            d += datetime.timedelta(days=1)
        t = datetime.datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59),
                              r.randint(0, 59), tzinfo=tzoff(d))
        return t

    def phone(self, area=None):
        return "%s-555-01%02d" % (area or self.rng.choice(["514", "450", "438", "418", "819"]),
                                  self.rng.randrange(0, 100))

    def address_qc(self):
        r = self.rng
        return "%d, %s, %s (Québec)  J%d%s %d%s%d" % (
            r.randint(10, 4999), r.choice(STREETS_QC), r.choice(TOWNS_QC), r.randint(0, 9),
            r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9), r.choice("ABCEGHJKLMNPRSTVXY"),
            r.randint(0, 9))

    def address_on(self):
        r = self.rng
        return "%d %s, %s, ON  K%d%s %d%s%d" % (
            r.randint(10, 999), r.choice(STREETS_ON), r.choice(TOWNS_ON), r.randint(0, 9),
            r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9), r.choice("ABCEGHJKLMNPRSTVXY"),
            r.randint(0, 9))
