"""Shared helpers: seeded randomness, invented people, identifiers and formats.

Flavour: pain clinic and anaesthesia pre-operative assessment.
Everything here is invented. RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

REF_DAY = datetime.date(2024, 6, 1)

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


# ---------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, dob, sex, nam))
    return out


# ---------------------------------------------------------------- name pools
# Patient and staff pools are disjoint; any surname borne by a NAM holder is
# filtered out at run time so that those names only ever appear with a NAM.
PAT_SUR_FR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Lévesque", "Gingras",
              "Beaulieu", "Champagne", "Vachon", "Leclerc", "Hébert", "Rioux", "Bédard",
              "Turcotte", "Marchand", "Dufour", "Plamondon", "Brassard", "Lemieux",
              "Proulx", "Fréchette", "Villeneuve", "Beauchemin", "Carrier", "Labbé",
              "Jolicoeur", "Perreault", "Cyr", "Rousseau", "Giguère", "Laflamme",
              "Doucet", "Robitaille", "Arsenault", "Sirois", "Blais", "Grenier",
              "Bissonnette", "Lachance", "Auger", "Poulin", "Drouin", "Thériault",
              "Comeau", "Fillion", "Gosselin", "Lacasse", "Massé", "Desrochers",
              "Lalonde", "Boudreault", "St-Pierre", "Pelchat", "Veilleux", "Ménard"]
PAT_SUR_EN = ["Harrington", "O'Brien", "MacLeod", "Whitfield", "Kowalski", "Nguyen",
              "Chen", "Patel", "Okafor", "Fitzgerald", "Sinclair", "McCallum",
              "Donnelly", "Abernathy", "Hargreaves", "Lindqvist", "Ramsay", "Delaney",
              "Pritchard", "Gallagher", "Stewart", "Murphy", "Campbell", "Reid",
              "Sutherland", "Baxter", "Kaur", "Singh", "Haddad", "Mensah", "Rossi",
              "Costa", "Ferreira", "Novak", "Kim", "Park", "Doyle", "Hughes",
              "Fraser", "Kerr", "Bianchi", "Adeyemi"]
GIV_FR_F = ["Ginette", "Huguette", "Francine", "Lise", "Chantal", "Johanne", "Nicole",
            "Josée", "Mélanie", "Isabelle", "Geneviève", "Annie", "Karine", "Véronique",
            "Micheline", "Denise", "Lucie", "Claudette", "Maude", "Noémie", "Rosalie",
            "Jacinthe", "Solange", "Thérèse", "Pierrette", "Marie-Claude"]
GIV_FR_M = ["Réjean", "Gaétan", "Normand", "Sylvain", "Luc", "Yves", "Denis",
            "Stéphane", "Éric", "Mathieu", "Olivier", "Félix", "Jacques", "Rénald",
            "Marcel", "Roger", "Benoît", "Alain", "Guy", "Maxime", "Samuel", "Jérôme",
            "Jean-Guy", "Raymond", "Ghislain"]
GIV_EN_F = ["Margaret", "Deborah", "Linda", "Heather", "Kimberly", "Olivia", "Chloe",
            "Amanda", "Patricia", "Brenda", "Joanne", "Priya", "Aisha", "Grace", "Fiona",
            "Megan", "Theresa", "Beverly", "Nadia", "Ruth"]
GIV_EN_M = ["Robert", "Kevin", "Douglas", "Trevor", "Brian", "Gary", "Ian", "Nathan",
            "Owen", "Raj", "Ahmed", "Kwame", "Patrick", "Sean", "Colin", "Wei", "Tomasz",
            "Harold", "Dennis", "Marcus"]

TOWNS_QC = [("Saint-Aurèle", "G0S"), ("Val-des-Aulnes", "G0R"), ("Lac-Doré", "G0T"),
            ("Sainte-Brigitte-des-Monts", "G0W"), ("Pointe-aux-Genêts", "G0V"),
            ("Saint-Ours-du-Rocher", "G0X")]
TOWNS_ON = [("Kellerton", "K0L"), ("Brindle Falls", "K0J"), ("Marlow Creek", "K0H")]
STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "chemin du Lac-Noir", "rue Principale",
              "avenue des Pionniers", "rue de la Fabrique", "boulevard du Moulin",
              "rue des Cèdres", "montée Gravel-Ouest", "rue Notre-Dame-des-Champs"]
STREETS_EN = ["Juniper Street", "Old Mill Road", "Lakeview Crescent", "Hawthorn Avenue",
              "Concession Road 7", "Birchwood Drive", "Station Street", "Orchard Lane"]


class Person:
    """An invented patient (or a NAM holder from the blind list)."""

    def __init__(self, surname, given, sex, dob, lang, nam=None):
        self.surname, self.given, self.sex, self.dob = surname, given, sex, dob
        self.lang, self.nam = lang, nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.email = None

    def age(self, on=REF_DAY):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def title(self, lang=None):
        lang = lang or self.lang
        if self.age() < 18:
            return ""
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."

    def name(self, style="full", lang=None):
        s, g = self.surname, self.given
        t = self.title(lang)
        forms = {
            "full": f"{g} {s}",
            "title_full": f"{t} {g} {s}".strip(),
            "upper_comma": f"{s.upper()}, {g}",
            "upper_both": f"{s.upper()} {g.upper()}",
            "comma": f"{s}, {g}",
            "lower": f"{g.lower()} {s.lower()}",
            "lower_sf": f"{s.lower()} {g.lower()}",
            "initial": f"{g[0]}. {s}",
            "sur_initial": f"{s} {g[0]}.",
            "surname_first": f"{s} {g}",
            "title_sur": f"{t} {s}".strip(),
            "given": g,
            "upper_sur": s.upper(),
        }
        return forms[style]

    def sex_word(self, lang):
        if lang == "fr":
            return "féminin" if self.sex == "F" else "masculin"
        return "female" if self.sex == "F" else "male"


def dob_forms(d, lang=None):
    """Every rendering of a date that the generator may use."""
    out = [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"),
           d.strftime("%d-%m-%Y"), d.strftime("%Y.%m.%d"),
           f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{d.day:02d} {MOIS[d.month - 1]} {d.year}",
           f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
           d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d")]
    return out


def fmt_date(d, style, lang):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "dotted":
        return d.strftime("%Y.%m.%d")
    if style == "long":
        if lang == "fr":
            return f"{d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def day_fr(d, year=False):
    s = f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
    return s + (f" {d.year}" if year else "")


def day_en(d, year=False):
    s = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
    return s + (f", {d.year}" if year else "")


# ---------------------------------------------------------------- identifier disguises
FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW.update({ord(c): chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def fullwidth(s):
    return s.translate(FW)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def disguise(s, style, sizes):
    """Render an identifier: plain, spaced, dotted, slashed, hyphen, fullwidth, spaced_chars."""
    if style == "plain":
        return s
    if style == "spaced":
        return group(s, sizes, " ")
    if style == "dotted":
        return group(s, sizes, ".")
    if style == "slashed":
        return group(s, sizes, "/")
    if style == "hyphen":
        return group(s, sizes, "-")
    if style == "fullwidth":
        return fullwidth(group(s, sizes, " "))
    if style == "spaced_chars":
        return " ".join(s)
    if style == "lower":
        return s.lower()
    raise ValueError(style)


def compact_id(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch.isalnum()).upper()


# ---------------------------------------------------------------- the context
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.holders = load_holders()
        hs = {strip_accents(h.surname).lower() for h in self.holders}
        self.blocked_surnames = hs
        keep = lambda lst: [x for x in lst if strip_accents(x).lower() not in hs]
        self.sur_fr, self.sur_en = keep(PAT_SUR_FR), keep(PAT_SUR_EN)
        if len(self.sur_fr) < 40 or len(self.sur_en) < 30:
            raise SystemExit("patient surname pools too small after filtering")
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self.holder_order = order
        self.holder_next = 0
        self.used_names = set()
        self.used_phones = set()
        self.mrn_seen = set()
        self.cur_lang = "fr"

    # basic draws
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # people
    def holder(self, max_age=None, min_age=None):
        """Next unused NAM holder (optionally within an age band), as a Person."""
        for k in range(self.holder_next, len(self.holder_order)):
            h = self.holders[self.holder_order[k]]
            p = Person(h.surname, h.given, h.sex, h.dob, self.cur_lang, nam=h.nam)
            a = p.age()
            if (max_age is None or a <= max_age) and (min_age is None or a >= min_age):
                # swap into place so each holder is used at most once
                o = self.holder_order
                o[self.holder_next], o[k] = o[k], o[self.holder_next]
                self.holder_next += 1
                self.used_names.add((h.surname, h.given))
                return p
        raise SystemExit("ran out of NAM holders for the requested age band")

    def patient(self, lang, sex=None, age=(22, 88)):
        while True:
            sx = sex or self.pick("FM")
            if lang == "fr" or (lang == "mix" and self.chance(0.5)):
                sur = self.pick(self.sur_fr)
                giv = self.pick(GIV_FR_F if sx == "F" else GIV_FR_M)
            else:
                sur = self.pick(self.sur_en)
                giv = self.pick(GIV_EN_F if sx == "F" else GIV_EN_M)
            if (sur, giv) not in self.used_names:
                break
        self.used_names.add((sur, giv))
        y = REF_DAY.year - self.randint(age[0], age[1])
        dob = datetime.date(y, self.randint(1, 12), self.randint(1, 28))
        return Person(sur, giv, sx, dob, self.cur_lang)

    def child(self, lang, age=(3, 15)):
        return self.patient(lang, age=age)

    def phone(self, area=None):
        # 555-0100 .. 555-0129 are reserved for the organisation's own lines
        while True:
            n = self.randint(130, 199)
            if n not in self.used_phones or len(self.used_phones) > 66:
                break
        self.used_phones.add(n)
        area = area or self.pick(["418", "819", "581", "450"])
        return f"{area}-555-01{n - 100:02d}"

    def phone_fmt(self, area=None):
        p = self.phone(area)
        a, b, c = p.split("-")
        return self.pick([p, f"({a}) {b}-{c}", f"{a} {b}-{c}", f"{a}.{b}.{c}"])

    def address(self, lang):
        if lang == "on":
            town, fsa = self.pick(TOWNS_ON)
            return (f"{self.randint(12, 980)} {self.pick(STREETS_EN)}",
                    f"{town}, ON {fsa} {self.randint(1, 9)}{self.pick('ABCEGHJKLM')}{self.randint(0, 9)}")
        town, fsa = self.pick(TOWNS_QC)
        num = self.randint(12, 2400)
        st = self.pick(STREETS_FR)
        apt = f"app. {self.randint(1, 12)}, " if self.chance(0.3) else ""
        return (f"{apt}{num}, {st}",
                f"{town} (Québec) {fsa} {self.randint(1, 9)}{self.pick('ABCEGHJKLM')}{self.randint(0, 9)}")

    # identifiers
    def mrn(self):
        while True:
            n = f"{self.randint(100000, 999999):06d}"
            if n not in self.mrn_seen:
                self.mrn_seen.add(n)
                return "0" + n if self.chance(0.5) else "H" + n

    def sin(self):
        while True:
            body = str(self.pick("1234567")) + "".join(str(self.randint(0, 9)) for _ in range(7))
            n = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(n):
                return n

    def ohip(self):
        while True:
            body = str(self.randint(1, 9)) + "".join(str(self.randint(0, 9)) for _ in range(8))
            n = body + luhn.calc_check_digit(body)
            if luhn.is_valid(n):
                return n, self.pick(["AB", "KT", "XR", "MN", "PL", "HC"])

    def niss(self, person):
        d = person.dob
        while True:
            serial = self.randint(1, 997)
            if (serial % 2 == 1) != (person.sex == "M"):
                continue
            first9 = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{serial:03d}"
            base = int(("2" if d.year >= 2000 else "") + first9)
            n = first9 + f"{97 - base % 97:02d}"
            if be_nn.is_valid(n):
                return n

    def nir(self, person, dept=None):
        d = person.dob
        dept = dept or self.pick(["75", "69", "33", "44", "13", "59", "35"])
        while True:
            body = (("2" if person.sex == "F" else "1") + f"{d.year % 100:02d}{d.month:02d}" + dept
                    + f"{self.randint(1, 399):03d}" + f"{self.randint(1, 999):03d}")
            n = body + f"{97 - int(body) % 97:02d}"
            if fr_nir.is_valid(n):
                return n

    # checksum-valid numbers for hard negatives (serials, lots, assets)
    def luhn_serial(self, n_digits=9):
        body = str(self.randint(1, 9)) + "".join(str(self.randint(0, 9)) for _ in range(n_digits - 2))
        return body + luhn.calc_check_digit(body)

    def mod97_serial(self, n_digits=11):
        body = "".join(str(self.randint(0, 9)) for _ in range(n_digits - 2))
        return body + f"{97 - int(body) % 97:02d}"


# ---------------------------------------------------------------- ID renderers
def nam_render(nam, style):
    sizes = [4, 4, 4]
    return disguise(nam, style, sizes)


def sin_render(n, style):
    return disguise(n, style, [3, 3, 3])


def ohip_render(n, vc, style):
    body = disguise(n, style, [4, 3, 3])
    return body + ("" if vc is None else ("-" if style == "hyphen" else " ") + vc)


def niss_render(n, style):
    if style == "official":
        return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:11]}"
    return disguise(n, style, [6, 3, 2])


def nir_render(n, style):
    if style == "official":
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:15]}"
    return disguise(n, style, [1, 2, 2, 2, 3, 3, 2])


def mrn_render(m, style):
    return disguise(m, style, [len(m) - 6, 3, 3] if m[0] == "H" else [3, 4])
