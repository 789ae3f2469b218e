"""Shared material for the ICU / organ-donation corpus: people, places, identifiers, dates.

Everything here is invented. RAMQ NAMs come only from ../blind_nams.txt (path computed from
__file__ by the caller).
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25183

# --------------------------------------------------------------------------------------------
# Organisations (all invented, all under .example)
# --------------------------------------------------------------------------------------------
ORGS = {
    "chu": {
        "fr": "CHU des Deux-Rives", "en": "Deux-Rives University Hospital",
        "domain": "chu-deuxrives.example",
        "addr_fr": "2250, boulevard des Capucins, Québec (Québec) G1X 0Z9",
        "addr_en": "2250 Capucins Blvd, Québec City, QC G1X 0Z9",
        "phone": "418 555-0110",
    },
    "don": {
        "fr": "Réseau Boréal de don d'organes", "en": "Boreal Organ Donation Network",
        "domain": "reseau-boreal-don.example",
        "addr_fr": "600, rue Saint-Vallier Ouest, bureau 410, Québec (Québec) G1K 0Z8",
        "addr_en": "600 Saint-Vallier St W, Suite 410, Québec City, QC G1K 0Z8",
        "phone": "1 855 555-0123",
    },
    "hrsa": {
        "fr": "Hôpital régional de Saint-Aurèle", "en": "Saint-Aurèle Regional Hospital",
        "domain": "hr-saintaurele.example",
        "addr_fr": "75, rue de l'Hôpital, Saint-Aurèle (Québec) G0X 9Z1",
        "addr_en": "75 rue de l'Hôpital, Saint-Aurèle, QC G0X 9Z1",
        "phone": "819 555-0134",
    },
    "hmc": {
        "fr": "Centre hospitalier de Mont-Cassien", "en": "Mont-Cassien Hospital Centre",
        "domain": "ch-montcassien.example",
        "addr_fr": "1010, avenue du Parc, Mont-Cassien (Québec) J0Z 9X8",
        "addr_en": "1010 avenue du Parc, Mont-Cassien, QC J0Z 9X8",
        "phone": "450 555-0147",
    },
    "ovh": {
        "fr": "Hôpital général de la vallée Outaouais-Est", "en": "East Ottawa Valley General Hospital",
        "domain": "eovgh-on.example",
        "addr_fr": "44 Mill Street, Pembroke Falls (Ontario) K0J 9Z2",
        "addr_en": "44 Mill Street, Pembroke Falls, ON K0J 9Z2",
        "phone": "613 555-0158",
    },
    "pharm": {
        "fr": "Pharmacie Lemay & Nolin", "en": "Lemay & Nolin Pharmacy",
        "domain": "pharmacie-lemaynolin.example",
        "addr_fr": "318, 3e Avenue, Québec (Québec) G1L 9Y7",
        "addr_en": "318 3e Avenue, Québec City, QC G1L 9Y7",
        "phone": "418 555-0171",
    },
    "assist": {
        "fr": "Europ'Aide Assistance (fictif)", "en": "Europ'Aide Assistance",
        "domain": "europaide-assist.example",
        "addr_fr": "12, rue Lafayette, 75009 Paris", "addr_en": "12 rue Lafayette, 75009 Paris",
        "phone": "+33 1 55 50 01 62",
    },
    "assur": {
        "fr": "Assurances Mutuelle Laurentienne", "en": "Laurentian Mutual Insurance",
        "domain": "mutuelle-laurentienne.example",
        "addr_fr": "900, Grande Allée Est, Québec (Québec) G1R 9W4",
        "addr_en": "900 Grande Allée E, Québec City, QC G1R 9W4",
        "phone": "1 800 555-0189",
    },
    "coroner": {
        "fr": "Bureau du coroner en chef (fictif)", "en": "Office of the Chief Coroner",
        "domain": "coroner-qc.example",
        "addr_fr": "1200, route de l'Église, Québec (Québec) G1V 9X1",
        "addr_en": "1200 route de l'Église, Québec City, QC G1V 9X1",
        "phone": "418 555-0193",
    },
    "dpj": {
        "fr": "Direction de la protection de la jeunesse - Capitale (fictive)",
        "en": "Youth Protection Directorate - Capitale",
        "domain": "dpj-capitale.example",
        "addr_fr": "525, boulevard Wilfrid-Hamel, Québec (Québec) G1M 9S8",
        "addr_en": "525 Wilfrid-Hamel Blvd, Québec City, QC G1M 9S8",
        "phone": "418 555-0165",
    },
    "vendor": {
        "fr": "MédiVentil Canada inc.", "en": "MediVentil Canada Inc.",
        "domain": "mediventil.example",
        "addr_fr": "4400, rue Garand, Laval (Québec) H7L 9Z3",
        "addr_en": "4400 rue Garand, Laval, QC H7L 9Z3",
        "phone": "1 888 555-0177",
    },
    "vendor2": {
        "fr": "Perfusio Systèmes", "en": "Perfusio Systems",
        "domain": "perfusio.example",
        "addr_fr": "81, chemin du Golf, Boucherville (Québec) J4B 9K2",
        "addr_en": "81 chemin du Golf, Boucherville, QC J4B 9K2",
        "phone": "450 555-0186",
    },
    "soc": {
        "fr": "Société québécoise de soins critiques (fictive)", "en": "Critical Care Society of Quebec",
        "domain": "sqsc.example",
        "addr_fr": "C.P. 2231, succursale Centre-Ville, Montréal (Québec) H3C 9J7",
        "addr_en": "PO Box 2231, Station Centre-Ville, Montréal, QC H3C 9J7",
        "phone": "514 555-0104",
    },
}

# --------------------------------------------------------------------------------------------
# People. Staff and non-NAM patients never use a surname from the NAM list.
# --------------------------------------------------------------------------------------------
STAFF_FR = [
    ("Valérie", "Ducharme", "F"), ("Mathieu", "Lafrenière", "M"), ("Isabelle", "Bastien", "F"),
    ("Karine", "Lalonde", "F"), ("Étienne", "Thériault", "M"), ("Sébastien", "Cyr", "M"),
    ("Julie", "Paradis", "F"), ("Marie-Ève", "Labbé", "F"), ("Annie", "Nolet", "F"),
    ("Patrick", "Pouliot", "M"), ("François", "Rivard", "M"), ("Nadia", "Giroux", "F"),
    ("Hugo", "Laroche", "M"), ("Émilie", "Bérubé", "F"), ("Caroline", "Cormier", "F"),
    ("Maxime", "Boivin", "M"), ("Stéphanie", "Légaré", "F"), ("Olivier", "Vézina", "M"),
    ("Josiane", "Fontaine", "F"), ("Benoît", "Jobin", "M"), ("Sophie", "Demers", "F"),
    ("Alexandre", "Laplante", "M"), ("Mélissa", "Fiset", "F"), ("Jean-Philippe", "Grenier", "M"),
    ("Catherine", "Roberge", "F"), ("Guillaume", "Sauvé", "M"), ("Anne-Marie", "Bouffard", "F"),
]
STAFF_EN = [
    ("Alicia", "Brennan", "F"), ("Raj", "Mehta", "M"), ("Oluwaseun", "Adeyemi", "M"),
    ("Hannah", "Kerr", "F"), ("Daniel", "Osei", "M"), ("Priyanka", "Raman", "F"),
    ("Megan", "Holt", "F"), ("Tomasz", "Nowak", "M"), ("Kevin", "Doucet", "M"),
    ("Laura", "Finch", "F"), ("Samuel", "Achebe", "M"), ("Emily", "Rourke", "F"),
    ("Jonah", "Feldman", "M"), ("Claire", "Ashdown", "F"), ("Marcus", "Lindgren", "M"),
]
PAT_SUR_FR = [
    "Tremblay", "Lavoie", "Côté", "Bergeron", "Leclerc", "Desrosiers", "Beaulieu", "Dufour",
    "Vachon", "Lemieux", "Charbonneau", "Turcotte", "Bédard", "Proulx", "Gendron", "Landry",
    "Béland", "Rioux", "Dionne", "Lachance", "Bilodeau", "Poulin", "Fréchette", "Séguin",
    "Ménard", "Hébert", "Lévesque", "Gosselin", "Desjardins", "Marchand", "Carrier", "Arsenault",
    "Veilleux", "Auclair", "Drouin", "Perron", "Plourde", "Boisvert", "Dubé", "Laflamme",
    "Gingras", "Larouche", "Tardif", "Pilon", "Lapierre", "Beauchemin",
]
PAT_GIV_FR = {
    "M": ["Réjean", "Gaétan", "Normand", "Yvon", "Denis", "Serge", "Mario", "Raymond", "Jean-Guy",
          "Steve", "Kevin", "Jonathan", "Thomas", "Nathan", "Luc", "Richard", "Alain", "Félix"],
    "F": ["Lise", "Huguette", "Francine", "Carole", "Lucie", "Johanne", "Chantal", "Monique",
          "Micheline", "Mélanie", "Audrey", "Vanessa", "Rosalie", "Léa", "Ginette", "Solange",
          "Pierrette", "Maude"],
}
PAT_SUR_EN = [
    "Harrington", "Kowalski", "O'Brien", "Fitzgerald", "Nguyen", "Patel", "Okafor", "Lindqvist",
    "McKenzie", "Chen", "Robertson", "Delgado", "Sullivan", "Gallagher", "Whitfield", "Mensah",
    "Ivanova", "Sato", "Kaur", "Haddad", "Crawford", "Donnelly",
]
PAT_GIV_EN = {
    "M": ["Thomas", "Daniel", "Owen", "Harold", "Wei", "Sean", "Connor", "Victor", "Gordon",
          "Malik", "Bradley", "Ethan"],
    "F": ["Margaret", "Priya", "Grace", "Fatima", "Beverly", "Aisha", "Elaine", "Rebecca",
          "Noreen", "Chloe", "Yasmin", "Deborah"],
}
PAT_BE = [("Koen", "Vandenberghe", "M"), ("Els", "Peeters", "F"), ("Luc", "Janssens", "M"),
          ("Marijke", "Claes", "F"), ("Thierry", "Dubois", "M"), ("Sophie", "Lambert", "F"),
          ("Wim", "Goossens", "M"), ("Nathalie", "Mertens", "F")]
PAT_FRA = [("Hélène", "Rousseau", "F"), ("Bruno", "Lefèvre", "M"), ("Aurélie", "Garnier", "F"),
           ("Yannick", "Chevalier", "M"), ("Odile", "Mercier", "F"), ("Laurent", "Faure", "M"),
           ("Sandrine", "Perrin", "F"), ("Grégoire", "Masson", "M")]

STREETS_FR = ["rue des Érables", "avenue Royale", "rue Saint-Olivier", "chemin du Lac-Bleu",
              "rue de la Fabrique", "boulevard Pie-XII", "rue des Pins", "rang Saint-Joseph",
              "rue Champlain", "avenue des Ormes", "rue du Coteau", "chemin Sainte-Foy"]
STREETS_EN = ["Maple Crescent", "Elgin Street", "Birchwood Drive", "Lakeshore Road",
              "Victoria Avenue", "Cedar Lane", "Argyle Street", "Pine Ridge Road"]
TOWNS_QC = [("Québec", "G1", "418"), ("Lévis", "G6", "418"), ("Saint-Aurèle", "G0X", "819"),
            ("Mont-Cassien", "J0Z", "450"), ("Beauport", "G1E", "418"), ("Trois-Lacs", "G0A", "418")]
TOWNS_ON = [("Pembroke Falls", "K0J", "613"), ("Arnprior Mills", "K7S", "613"),
            ("Renfrew Crossing", "K7V", "613")]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def load_nams(base_dir):
    """Read ../blind_nams.txt relative to the folder holding the generator."""
    path = os.path.join(base_dir, os.pardir, "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append({"surname": sur, "given": giv, "dob": dt.date(y, m, d), "sex": sex,
                        "nam": nam})
    return out


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DATE_STYLES = ["iso", "dmy_slash", "dmy_dot", "long", "ymd_slash", "dmy_dash", "short_mon"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy_slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "dmy_dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "ymd_slash":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "dmy_dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "short_mon":
        mon = (MOIS if lang == "fr" else MONTHS)[d.month - 1][:3]
        return "%d-%s-%d" % (d.day, mon.capitalize(), d.year)
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    raise ValueError(style)


def dob_variants(d):
    """Every textual form fmt_date can give, accent-stripped and lower-cased (for the checker)."""
    out = []
    for st in DATE_STYLES:
        for lang in ("fr", "en"):
            out.append(strip_accents(fmt_date(d, st, lang)).lower())
    return sorted(set(out))


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------------------------
# Identifier formatting and disguises
# --------------------------------------------------------------------------------------------
FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FULLWIDTH.update({ord(c): chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def group(s, sizes, sep):
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return group(nam, [4, 4, 4], " ")
    if style == "dotted":
        return group(nam, [4, 4, 4], ".")
    if style == "slashed":
        return group(nam, [4, 4, 4], "/")
    if style == "hyphen":
        return group(nam, [4, 4, 4], "-")
    if style == "lower":
        return group(nam.lower(), [4, 4, 4], " ")
    if style == "odd":
        return group(nam, [3, 3, 2, 4], " ")
    if style == "fullwidth":
        return nam.translate(FULLWIDTH)
    raise ValueError(style)


NAM_STYLES = ["plain", "spaced", "spaced", "dotted", "slashed", "hyphen", "lower", "odd", "fullwidth"]


def fmt_digits(num, sizes, style):
    if style == "plain":
        return num
    if style == "spaced":
        return group(num, sizes, " ")
    if style == "dotted":
        return group(num, sizes, ".")
    if style == "slashed":
        return group(num, sizes, "/")
    if style == "hyphen":
        return group(num, sizes, "-")
    if style == "fullwidth":
        return group(num, sizes, " ").translate(FULLWIDTH)
    if style == "odd":
        return " ".join(num[i:i + 2] for i in range(0, len(num), 2))
    raise ValueError(style)


ID_STYLES = ["plain", "spaced", "hyphen", "dotted", "slashed", "fullwidth", "odd"]


def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    """Ontario health number: 10 digits, last one a Luhn check digit; plus a 2-letter version code."""
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice(["", "AB", "KT", "MN", "HX", "CJ"])
            return num, vc


def fmt_ohip(num, vc, style):
    s = fmt_digits(num, [4, 3, 3], style)
    if vc:
        s = s + (" " if style != "plain" else "") + vc
    return s


def make_niss(rng, dob, sex):
    while True:
        ctr = rng.randrange(1, 997)
        if (ctr % 2 == 1) != (sex == "M"):
            ctr += 1
        if ctr > 997:
            continue
        first9 = dob.strftime("%y%m%d") + "%03d" % ctr
        base = int(("2" + first9) if dob.year >= 2000 else first9)
        check = 97 - base % 97
        num = first9 + "%02d" % check
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    if style == "plain":
        return num
    if style == "official":
        return "%s.%s.%s-%s.%s" % (num[0:2], num[2:4], num[4:6], num[6:9], num[9:11])
    return fmt_digits(num, [6, 3, 2], style)


def make_nir(rng, dob, sex):
    while True:
        dep = rng.choice(["75", "69", "13", "33", "44", "59", "35", "67"])
        commune = "%03d" % rng.randrange(1, 990)
        order = "%03d" % rng.randrange(1, 999)
        first13 = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dep + commune + order
        key = 97 - int(first13) % 97
        num = first13 + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == "official":
        return " ".join([num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:15]])
    return fmt_digits(num, [1, 2, 2, 2, 3, 3, 2], style)


def make_mrn(rng):
    """Chart number of the CHU (7 digits) rendered in one of the house styles."""
    return "%07d" % rng.randrange(100000, 9999999)


def fmt_mrn(num, style, lang="fr"):
    if style == "plain":
        return num
    if style == "prefixed":
        return "H" + num
    if style == "dash":
        return num[:3] + "-" + num[3:]
    if style == "spaced":
        return num[:1] + " " + num[1:4] + " " + num[4:]
    if style == "slashed":
        return num[:2] + "/" + num[2:]
    if style == "fullwidth":
        return num.translate(FULLWIDTH)
    raise ValueError(style)


MRN_STYLES = ["plain", "prefixed", "dash", "spaced", "slashed", "fullwidth"]


def luhn_serial(rng, n=9):
    """Checksum-valid serial/lot/asset numbers (Luhn) used on the negative side."""
    body = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    if body[0] == "0":
        body = "4" + body[1:]
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------------------------
# Patient factory
# --------------------------------------------------------------------------------------------
class Ctx:
    """Holds the RNG and the pools that get consumed while writing the corpus."""

    def __init__(self, rng, nams):
        self.rng = rng
        self.nams = list(nams)
        rng.shuffle(self.nams)
        self.nam_i = 0
        self.nam_uses = {}
        self.recent_staff = []
        self.mrn_used = set()
        self.msg_n = 0

    # -- picks ---------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def staff(self, lang=None):
        pool = STAFF_FR if lang == "fr" else STAFF_EN if lang == "en" else STAFF_FR + STAFF_EN
        while True:
            g, s, x = self.rng.choice(pool)
            if s not in self.recent_staff:
                break
        self.recent_staff = (self.recent_staff + [s])[-3:]
        return {"given": g, "surname": s, "sex": x}

    def staff_many(self, k, lang=None):
        pool = STAFF_FR if lang == "fr" else STAFF_EN if lang == "en" else STAFF_FR + STAFF_EN
        return [{"given": g, "surname": s, "sex": x} for g, s, x in self.rng.sample(pool, k)]

    def mrn(self):
        while True:
            m = make_mrn(self.rng)
            if m not in self.mrn_used:
                self.mrn_used.add(m)
                return m

    def phone(self, area=None):
        area = area or self.rng.choice(["418", "581", "819", "450"])
        return "%s 555-01%02d" % (area, self.rng.randrange(0, 100))

    def address(self, lang="fr", ontario=False):
        n = self.rng.randrange(12, 3990)
        if ontario:
            town, pc, area = self.rng.choice(TOWNS_ON)
            return ("%d %s, %s, ON %s %d%s%d" % (n, self.rng.choice(STREETS_EN), town, pc,
                                                  self.rng.randrange(10), self.rng.choice("ABCEGHJKLMNPRSTVWXYZ"),
                                                  self.rng.randrange(10)), area)
        town, pc, area = self.rng.choice(TOWNS_QC)
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        if len(pc) == 2:
            pc = pc + self.rng.choice(letters)
        pc = "%s %d%s%d" % (pc, self.rng.randrange(10), self.rng.choice(letters), self.rng.randrange(10))
        street = self.rng.choice(STREETS_FR)
        if lang == "fr":
            return ("%d, %s, %s (Québec) %s" % (n, street, town, pc), area)
        return ("%d %s, %s, QC %s" % (n, street, town, pc), area)

    def dob(self, lo=1938, hi=2004):
        y = self.rng.randrange(lo, hi + 1)
        return dt.date(y, self.rng.randrange(1, 13), self.rng.randrange(1, 29))

    def patient(self, lang="fr", kind=None, nam=False, lo=1938, hi=2004):
        """kind: None (local), 'be', 'fra', 'on'. nam=True takes the next NAM holder."""
        if nam:
            p = dict(self.nam_holder(lo, hi))
        elif kind == "be":
            g, s, x = self.rng.choice(PAT_BE)
            p = {"given": g, "surname": s, "sex": x, "dob": self.dob(lo, hi)}
        elif kind == "fra":
            g, s, x = self.rng.choice(PAT_FRA)
            p = {"given": g, "surname": s, "sex": x, "dob": self.dob(lo, hi)}
        else:
            x = self.rng.choice("MF")
            if lang == "en" or kind == "on":
                p = {"given": self.rng.choice(PAT_GIV_EN[x]), "surname": self.rng.choice(PAT_SUR_EN),
                     "sex": x, "dob": self.dob(lo, hi)}
            else:
                p = {"given": self.rng.choice(PAT_GIV_FR[x]), "surname": self.rng.choice(PAT_SUR_FR),
                     "sex": x, "dob": self.dob(lo, hi)}
        p["mrn"] = self.mrn()
        p.setdefault("nam", None)
        return p

    def nam_holder(self, lo=1900, hi=2100):
        """Least-used NAM holder born between lo and hi (inclusive), in shuffled order."""
        cands = [r for r in self.nams if lo <= r["dob"].year <= hi]
        if not cands:
            cands = self.nams
        best = min(cands, key=lambda r: self.nam_uses.get(r["nam"], 0))
        self.nam_uses[best["nam"]] = self.nam_uses.get(best["nam"], 0) + 1
        self.nam_i += 1
        return best

    def nam_left(self):
        return len(self.nams) - self.nam_i


# --------------------------------------------------------------------------------------------
# Name forms
# --------------------------------------------------------------------------------------------
NAME_STYLES = ["full", "upper_comma", "sur_first", "lower", "initial", "title", "title_full",
               "sur_initial", "upper_sur"]


def name_form(p, style, lang="fr"):
    g, s = p["given"], p["surname"]
    ini = "-".join(x[0] + "." for x in g.split("-"))
    if style == "full":
        return "%s %s" % (g, s)
    if style == "upper_comma":
        return "%s, %s" % (s.upper(), g)
    if style == "sur_first":
        return "%s %s" % (s, g)
    if style == "lower":
        return "%s %s" % (g.lower(), s.lower())
    if style == "initial":
        return "%s %s" % (ini, s)
    if style == "sur_initial":
        return "%s %s" % (s.upper(), ini)
    if style == "upper_sur":
        return "%s %s" % (s.upper(), g)
    if style in ("title", "title_full"):
        if lang == "fr":
            t = "Mme" if p["sex"] == "F" else "M."
        else:
            t = "Ms." if p["sex"] == "F" else "Mr."
        return "%s %s" % (t, s) if style == "title" else "%s %s %s" % (t, g, s)
    if style == "given":
        return g
    raise ValueError(style)


def person_addr(person, domain):
    local = strip_accents(person["given"].split("-")[0][0] + "." + person["surname"]).lower()
    local = local.replace("'", "").replace(" ", "")
    return local + "@" + domain


def display(person):
    return "%s %s" % (person["given"], person["surname"])


ROLES_FR = {
    "int": "Intensiviste", "inf": "Infirmière clinicienne, soins intensifs",
    "coord": "Conseillère en don d'organes", "coordm": "Conseiller en don d'organes",
    "res": "Résident(e) en soins intensifs", "ts": "Travailleuse sociale, soins critiques",
    "pharm": "Pharmacien, soins intensifs", "chef": "Chef de service, soins intensifs",
    "adm": "Agente administrative, USI", "cadre": "Cadre-conseil, direction des soins infirmiers",
    "hla": "Technologiste, laboratoire d'histocompatibilité", "rh": "Conseillère en ressources humaines",
    "achat": "Acheteur, approvisionnement", "ti": "Analyste, technologies de l'information",
}
ROLES_EN = {
    "int": "Intensivist", "inf": "Clinical Nurse, ICU", "coord": "Organ Donation Coordinator",
    "coordm": "Organ Donation Coordinator", "res": "Critical Care Resident",
    "ts": "Social Worker, Critical Care", "pharm": "ICU Pharmacist", "chef": "Head, Critical Care",
    "adm": "Unit Clerk, ICU", "cadre": "Nursing Practice Advisor", "hla": "Technologist, HLA Laboratory",
    "rh": "Human Resources Advisor", "achat": "Buyer, Procurement", "ti": "IT Analyst",
}


ROLES_FR_M = {
    "inf": "Infirmier clinicien, soins intensifs", "coord": "Conseiller en don d'organes",
    "res": "Résident en soins intensifs", "ts": "Travailleur social, soins critiques",
    "adm": "Agent administratif, USI", "cadre": "Cadre-conseil, direction des soins infirmiers",
    "rh": "Conseiller en ressources humaines", "chef": "Chef de service, soins intensifs",
}
ROLES_FR_F = {
    "coordm": "Conseillère en don d'organes", "res": "Résidente en soins intensifs",
    "pharm": "Pharmacienne, soins intensifs", "chef": "Cheffe de service, soins intensifs",
    "achat": "Acheteuse, approvisionnement",
}


def role_text(person, role, lang):
    if lang != "fr":
        return ROLES_EN[role]
    if person.get("sex") == "M" and role in ROLES_FR_M:
        return ROLES_FR_M[role]
    if person.get("sex") == "F" and role in ROLES_FR_F:
        return ROLES_FR_F[role]
    return ROLES_FR[role]


def signature(ctx, person, org_key, role, lang, style=None):
    org = ORGS[org_key]
    rng = ctx.rng
    style = style if style is not None else rng.randrange(4)
    title = ("Dre " if person["sex"] == "F" else "Dr ") if role in ("int", "chef") and lang == "fr" else \
            ("Dr. " if role in ("int", "chef") else "")
    rl = role_text(person, role, lang)
    ext = "%04d" % rng.randrange(1000, 9999)
    tel = org["phone"] + (" poste " if lang == "fr" else " ext. ") + ext
    name = title + display(person)
    if style == 0:
        return "\n--\n%s\n%s\n%s\n%s\n%s" % (name, rl, org[lang], org["addr_" + lang], tel)
    if style == 1:
        return "\n\n%s | %s\n%s\nT. %s" % (name, rl, org[lang], tel)
    if style == 2:
        return "\n\n%s\n%s - %s" % (person["given"], rl, org[lang])
    return "\n\n-- \n%s\n%s, %s\n%s\n%s\n%s" % (
        name, rl, org[lang], org["addr_" + lang], tel,
        "Ce message peut contenir des renseignements confidentiels." if lang == "fr"
        else "This message may contain confidential information.")
