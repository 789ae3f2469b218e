"""Shared data and helpers for the corpus generator (seed-driven, deterministic)."""
import os
import random
import datetime as dt
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


# ---------------------------------------------------------------- NAM holders
def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({"surname": sur, "given": given,
                        "dob": dt.date.fromisoformat(dob), "sex": sex,
                        "nam": nam})
    return out


NAMS = load_nams()
NAM_SURNAMES = sorted({p["surname"] for p in NAMS})


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


# ---------------------------------------------------------------- name pools
_FR_SUR = """Tremblay Côté Lavoie Bergeron Dubé Lévesque Hébert Desjardins Lachance
Boivin Poulin Dufour Vachon Rousseau Mercier Lemieux Dion Beaulieu Chabot Thériault
Gingras Lacroix Paradis Drouin Bouffard Carrier Demers Labbé Langlois Veilleux
Turcotte Proulx Charbonneau Arsenault Perreault Laflamme Brassard Guay Audet Bisson
Breton Cyr Dupuis Fontaine Grenier Leclerc Marcoux Nolin Ouimet Rioux St-Pierre
Vaillancourt Asselin Béliveau Duchesne Gosselin Houle Jolicoeur Lamontagne
Michaud Pépin Quirion Renaud Sirois Tanguay Vézina Desrosiers Lafrenière Boisvert
Champagne Lalonde Ménard Provencher Robitaille Trudel Larouche Fréchette""".split()
_OTHER_SUR = """Kaur Nguyen Patel O'Brien MacLeod Campbell Murphy Chen Haddad Diallo
Mensah Okafor Rahimi Kovacs Santos Ferreira Ibrahim Singh Ahmadi Cohen Friedman
Walsh Kennedy Stewart Fraser Reid Hughes Lopez Moreau Dumas Benali Haidari Joseph
Pierre-Louis Jean-Baptiste Saint-Fleur Mukendi Kabongo Tshibanda Ortiz Rossi Greco
Yilmaz Ng Tran Akhtar Petrovic Novak Bianchi Delgado Osei""".split()
FR_F = """Julie Marie-Ève Catherine Isabelle Valérie Mélanie Karine Stéphanie Audrey
Camille Léa Chloé Rosalie Florence Noémie Laurence Annie Véronique Émilie Gabrielle
Maude Jessica Sabrina Amélie Kim Joanie Marilou Élodie Océane Sophie Claudia
Andréanne Myriam Vanessa Roxanne Ariane Geneviève Josiane Mélissa Justine""".split()
EN_F = """Rachel Hannah Olivia Megan Ashley Lauren Jennifer Kathleen Fiona Zoe Priya
Aisha Fatima Yasmine Mariam Nadia Lin Ana Claire Erin Holly Tara Grace Naomi
Leila Amira Chantal Samira Mei Rosa Ines Bianca""".split()
FR_M = """Mathieu Jean-François Simon Olivier Vincent Maxime Alexandre Guillaume
Étienne Patrick Kevin Samuel Antoine Nicolas Philippe Jérôme Sébastien Félix""".split()
EN_M = """Karim Youssef Daniel Ryan Ethan James Thomas Adam Omar Rohan Kwame Luca
Owen Nathan""".split()

for _s in _FR_SUR + _OTHER_SUR:
    assert _s not in NAM_SURNAMES, _s


class World:
    """All random choices go through self.r (a seeded random.Random)."""

    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self._used_names = set()
        self._serial = 0
        self.staff = self._make_staff()

    # ------------------------------------------------------------ basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def serial(self):
        self._serial += 1
        return self._serial

    # ------------------------------------------------------------ people
    def person(self, sex="F", lang="fr", dob_range=(1982, 2006)):
        """An invented person (never a NAM holder surname)."""
        for _ in range(200):
            if lang == "fr":
                given = self.pick(FR_F if sex == "F" else FR_M)
                sur = self.pick(_FR_SUR if self.chance(0.8) else _OTHER_SUR)
            else:
                given = self.pick(EN_F if sex == "F" else EN_M)
                sur = self.pick(_OTHER_SUR if self.chance(0.75) else _FR_SUR)
            if self.chance(0.12):
                sur = sur + "-" + self.pick(_FR_SUR + _OTHER_SUR)
            if (given, sur) not in self._used_names:
                break
        self._used_names.add((given, sur))
        y = self.r.randint(*dob_range)
        dob = dt.date(y, self.r.randint(1, 12), self.r.randint(1, 28))
        return {"given": given, "surname": sur, "sex": sex, "dob": dob,
                "nam": None, "lang": lang}

    def nam_holder(self, pred=None):
        cands = [p for p in NAMS if pred is None or pred(p)]
        p = dict(self.pick(cands))
        p["lang"] = "fr"
        return p

    def _make_staff(self):
        roles = [
            ("sf", "sage-femme", "midwife", 12),
            ("inf", "infirmière en périnatalité", "perinatal nurse", 8),
            ("ibclc", "consultante en lactation IBCLC", "lactation consultant (IBCLC)", 4),
            ("ob", "obstétricien-gynécologue", "obstetrician-gynecologist", 6),
            ("adm", "agente administrative", "administrative officer", 6),
            ("chef", "chef de service périnatalité", "perinatal services manager", 2),
            ("ts", "travailleuse sociale", "social worker", 3),
            ("pharm", "pharmacienne", "pharmacist", 2),
            ("tech", "technicienne en administration", "administrative technician", 3),
            ("rh", "conseillère en ressources humaines", "HR advisor", 2),
            ("ti", "analyste, Direction des ressources informationnelles", "IT analyst", 2),
            ("ped", "pédiatre", "paediatrician", 3),
            ("coord", "coordonnatrice clinique", "clinical coordinator", 2),
        ]
        staff = {}
        for key, fr, en, n in roles:
            lst = []
            for _ in range(n):
                sex = "F" if key not in ("ob", "ped", "ti", "pharm") or self.chance(0.55) else "M"
                lang = "fr" if self.chance(0.75) else "en"
                p = self.person(sex, lang, (1960, 1997))
                p["role_fr"], p["role_en"], p["key"] = (fr if sex == "F" else ROLE_FR_M.get(fr, fr)), en, key
                if key == "ob" and sex == "F":
                    p["role_fr"] = "obstétricienne-gynécologue"
                p["org"] = self._org_for(key)
                p["email"] = self.email_for(p, p["org"]["domain"])
                p["ext"] = self.r.randint(2100, 7999)
                lst.append(p)
            staff[key] = lst
        return staff

    def _org_for(self, key):
        if key in ("sf", "coord"):
            return self.pick([ORGS["mdn"], ORGS["mdn"], ORGS["mdn2"]])
        if key in ("inf", "ts"):
            return self.pick([ORGS["clsc"], ORGS["clsc2"]])
        if key in ("ob", "ped", "pharm"):
            return self.pick([ORGS["hosp"], ORGS["hosp"], ORGS["hosp_en"]])
        if key == "ibclc":
            return self.pick([ORGS["lact"], ORGS["clsc"]])
        return ORGS["cisss"]

    def email_for(self, p, domain):
        g = strip_accents(p["given"]).lower().replace("'", "")
        s = strip_accents(p["surname"]).lower().replace("'", "").replace(" ", "")
        style = self.r.randrange(4)
        if style == 0:
            local = f"{g}.{s}"
        elif style == 1:
            local = f"{g[0]}{s}"
        elif style == 2:
            local = f"{g}.{s}.hs"
        else:
            local = f"{s}.{g}"
        return f"{local}@{domain}"

    def staff_pick(self, key):
        return self.pick(self.staff[key])

    # ------------------------------------------------------------ contact
    def phone(self, area=None):
        area = area or self.pick(["819", "450", "514", "418", "873", "438"])
        return f"{area} 555-01{self.r.randint(0, 99):02d}" if self.chance(0.3) else \
            f"({area}) 555-01{self.r.randint(0, 99):02d}" if self.chance(0.5) else \
            f"{area}-555-01{self.r.randint(0, 99):02d}"

    def address(self, lang="fr"):
        n = self.r.randint(12, 4890)
        if lang == "fr":
            st = self.pick(["rue des Érables", "rue Principale", "boul. des Hauts-Bois",
                            "rue Saint-Laurent", "chemin du Lac-Vert", "rue des Pins",
                            "avenue du Parc", "rue de la Fabrique", "rang Sainte-Anne",
                            "rue Champlain", "montée des Saules", "rue du Couvent"])
            app = f", app. {self.r.randint(1, 12)}" if self.chance(0.35) else ""
            city, pc = self.pick(CITIES_FR)
            return f"{n}, {st}{app}, {city} (Québec) {pc}"
        st = self.pick(["Maple Street", "Lakeshore Road", "Elm Avenue", "Church Street",
                        "Riverside Drive", "King Street West", "Birch Crescent"])
        app = f", Apt {self.r.randint(1, 30)}" if self.chance(0.35) else ""
        city, prov, pc = self.pick(CITIES_EN)
        return f"{n} {st}{app}, {city}, {prov} {pc}"

    def mrn(self, style=None):
        style = self.r.randrange(6) if style is None else style
        d = lambda k: "".join(str(self.r.randint(0, 9)) for _ in range(k))
        return [
            lambda: f"{self.r.randint(1, 9)}{d(6)}",
            lambda: f"{d(4)}-{d(3)}",
            lambda: f"H{d(7)}",
            lambda: f"MDN-2025-{d(4)}",
            lambda: f"{d(2)} {d(2)} {d(3)}",
            lambda: f"CHR{d(6)}",
        ][style]()

    # ------------------------------------------------------------ national numbers
    def sin(self):
        while True:
            base = str(self.r.choice("1234567")) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
            num = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(num):
                return num

    def ohip(self):
        while True:
            base = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            num = base + luhn.calc_check_digit(base)
            if luhn.is_valid(num):
                return num

    def niss(self, dob, sex):
        while True:
            cnt = self.r.randint(1, 997)
            if (cnt % 2 == 1) != (sex == "M"):
                continue
            first = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{cnt:03d}"
            base = int(("2" if dob.year >= 2000 else "") + first)
            num = first + f"{97 - base % 97:02d}"
            if be_nn.is_valid(num):
                return num

    def nir(self, dob, sex, born_abroad=False):
        while True:
            dept = "99" if born_abroad else self.pick(["75", "69", "13", "33", "44", "59", "31", "35", "67", "92", "93"])
            commune = f"{self.r.randint(1, 350):03d}"
            order = f"{self.r.randint(1, 999):03d}"
            body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order}"
            num = body + f"{97 - int(body) % 97:02d}"
            if fr_nir.is_valid(num):
                return num


ROLE_FR_M = {
    "infirmière en périnatalité": "infirmier en périnatalité",
    "consultante en lactation IBCLC": "consultant en lactation IBCLC",
    "agente administrative": "agent administratif",
    "travailleuse sociale": "travailleur social",
    "pharmacienne": "pharmacien",
    "technicienne en administration": "technicien en administration",
    "conseillère en ressources humaines": "conseiller en ressources humaines",
    "coordonnatrice clinique": "coordonnateur clinique",
}

# ---------------------------------------------------------------- organisations
ORGS = {
    "mdn": {"fr": "Maison de naissance de la Rivière-aux-Saules", "en": "Rivière-aux-Saules Birthing Centre",
            "domain": "mdn-rivieresaules.example", "phone": "(819) 555-0142",
            "addr": "1180, rue des Pionniers, Saint-Aubin-des-Saules (Québec) J0X 2K0"},
    "mdn2": {"fr": "Maison de naissance du Littoral", "en": "Littoral Birthing Centre",
             "domain": "mdn-littoral.example", "phone": "(418) 555-0177",
             "addr": "45, route du Fleuve, Sainte-Rose-du-Littoral (Québec) G0L 3T0"},
    "clsc": {"fr": "CLSC des Trois-Ponts", "en": "Trois-Ponts CLSC",
             "domain": "cisss-hautessaules.example", "phone": "(819) 555-0110",
             "addr": "300, boul. du Centenaire, Trois-Ponts (Québec) J0X 1P0"},
    "clsc2": {"fr": "CLSC de la Vallée-Verte", "en": "Vallée-Verte CLSC",
              "domain": "cisss-hautessaules.example", "phone": "(819) 555-0131",
              "addr": "72, rue de l'Église, Vallée-Verte (Québec) J0X 3B0"},
    "hosp": {"fr": "Hôpital régional de Saint-Aubin", "en": "Saint-Aubin Regional Hospital",
             "domain": "hrsa.example", "phone": "(819) 555-0100",
             "addr": "900, boul. Hôpital, Saint-Aubin-des-Saules (Québec) J0X 2K1"},
    "hosp_en": {"fr": "Hôpital général Lakeview", "en": "Lakeview General Hospital",
                "domain": "lakeviewgh.example", "phone": "(613) 555-0188",
                "addr": "2200 Lakeview Drive, Pembrook, ON K0J 9Z9"},
    "lact": {"fr": "Clinique d'allaitement Petit Lait", "en": "Petit Lait Breastfeeding Clinic",
             "domain": "petitlait.example", "phone": "(819) 555-0163",
             "addr": "14, rue Notre-Dame, Trois-Ponts (Québec) J0X 1P2"},
    "cisss": {"fr": "CISSS des Hautes-Saules", "en": "CISSS des Hautes-Saules",
              "domain": "cisss-hautessaules.example", "phone": "(819) 555-0199",
              "addr": "500, boul. de la Santé, Saint-Aubin-des-Saules (Québec) J0X 2K3"},
}

CITIES_FR = [("Saint-Aubin-des-Saules", "J0X 2K4"), ("Trois-Ponts", "J0X 1P5"),
             ("Vallée-Verte", "J0X 3B2"), ("Sainte-Rose-du-Littoral", "G0L 3T2"),
             ("Lac-aux-Hérons", "J0X 4C1"), ("Saint-Clément-des-Monts", "J0X 5A3"),
             ("Gatineau", "J8Y 5Z1"), ("Sherbrooke", "J1H 9Z9")]
CITIES_EN = [("Pembrook", "ON", "K0J 9Z8"), ("Ottawa", "ON", "K1Z 9Z9"),
             ("Shawville", "QC", "J0X 2Y0"), ("Hudson", "QC", "J0P 1H0")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, style=None, r=None):
    """Format a date in one of several realistic ways."""
    if style is None:
        style = r.randrange(5) if r else 0
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}" if lang == "fr" else \
            f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 3:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{d.day:02d}-{MONTHS_FR[d.month - 1][:3] if lang == 'fr' else MONTHS_EN[d.month - 1][:3]}-{d.year}"


def fday(d, lang):
    """'mardi 14 mars' / 'Tuesday, March 14'"""
    if lang == "fr":
        return f"{WD_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}"
    return f"{WD_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- formatting of identifiers
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def fmt_nam(nam, r, style=None):
    style = r.randrange(9) if style is None else style
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [
        lambda: nam,
        lambda: f"{a} {b} {c}",
        lambda: f"{a}-{b}-{c}",
        lambda: f"{a} {b}{c}",
        lambda: nam.lower(),
        lambda: f"{a}.{b}.{c}",
        lambda: f"{a}/{b}/{c}",
        lambda: a + "".join(FULLWIDTH[ch] for ch in b + c),
        lambda: f"{a}  {b} {c}",
    ][style]()


def fmt_sin(n, r, style=None):
    style = r.randrange(5) if style is None else style
    if style == 4:
        return "".join(FULLWIDTH[c] for c in f"{n[:3]} {n[3:6]} {n[6:]}" if c != " ") if r.random() < 0.5 else \
            " ".join("".join(FULLWIDTH[c] for c in g) for g in (n[:3], n[3:6], n[6:]))
    return [n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"][style]


def fmt_mrn(m, r):
    """Occasionally disguise a chart number (odd spacing, dots, slashes, full-width digits)."""
    k = r.randrange(6)
    if k == 0:
        return " ".join(m.replace(" ", "").replace("-", ""))
    if k == 1:
        return m.replace("-", ".").replace(" ", ".")
    if k == 2:
        return m.replace("-", "/").replace(" ", "/")
    if k == 3:
        return "".join(FULLWIDTH.get(c, c) for c in m)
    return m


def fmt_ohip(n, r, style=None, vc=True):
    style = r.randrange(3) if style is None else style
    v = ""
    if vc:
        v = " " + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return [f"{n[:4]}-{n[4:7]}-{n[7:]}{v}", f"{n[:4]} {n[4:7]} {n[7:]}{v}", n + v.strip()][style]


def fmt_niss(n, r, style=None):
    style = r.randrange(3) if style is None else style
    return [f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", f"{n[:6]} {n[6:9]} {n[9:]}", n][style]


def fmt_nir(n, r, style=None):
    style = r.randrange(3) if style is None else style
    return [fr_nir.format(n), n, f"{n[:13]} {n[13:]}"][style]


def name_forms(p, r, lang="fr", allow_title=True):
    """Pick one way of writing a person's name."""
    g, s = p["given"], p["surname"]
    title = ""
    if allow_title:
        if p["sex"] == "F":
            title = "Mme " if lang == "fr" else r.choice(["Ms. ", "Mrs. ", "Ms "])
        else:
            title = "M. " if lang == "fr" else "Mr. "
    style = r.randrange(8)
    return [
        f"{title}{g} {s}",
        f"{g} {s}",
        f"{s.upper()}, {g}",
        f"{s}, {g}",
        f"{title}{s}",
        f"{g[0]}. {s}",
        f"{g.lower()} {s.lower()}",
        f"{s.upper()} {g}",
    ][style]


def full(p):
    return f"{p['given']} {p['surname']}"
