"""Shared data, people pools, identifiers and formatting helpers.

Flavour: general surgery department of an invented Quebec regional hospital
(operating-room booking, pre-operative clinic, anaesthesia consults, surgical
wait lists, post-op follow-up calls).  Everything here is invented.
"""
import datetime as dt
import random
import unicodedata
from pathlib import Path

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir
from stdnum import luhn

SEED = 25165
HERE = Path(__file__).resolve().parent
NAM_FILE = HERE.parent / "blind_nams.txt"

ORG_FR = "Centre hospitalier des Deux-Rivières"
ORG_EN = "Deux-Rivières Hospital Centre"
ORG_SHORT = "CHDR"
DOM = "chdr.example"
SITE_MAIN = "Hôpital de Val-Brûlé"
SITE_AMB = "Centre ambulatoire Sainte-Odile"
ORG_ADDR = "1450, boulevard des Draveurs, Val-Brûlé (Québec)  J0X 2P0"
ORG_ADDR_EN = "1450 Draveurs Blvd, Val-Brûlé, QC  J0X 2P0"
AMB_ADDR = "88, rue du Moulin, Sainte-Odile (Québec)  J0X 3B1"

# ---------------------------------------------------------------- people
STAFF_SURNAMES = [
    "Vaillancourt", "Desrosiers", "Hamelin", "Beaudry", "Lachance", "Marchand",
    "Dufresne", "Prud'homme", "Charbonneau", "Lemieux", "Gosselin", "Rioux",
    "Provencher", "Dionne", "Guay", "Bilodeau", "Turcotte", "Lacasse", "Doucet",
    "Quintal", "Nkemelu", "Haddad", "Shapiro", "Kowalczyk", "Fitzpatrick",
    "Ramsay", "Hughes", "Chen", "Patel", "Mendes", "Ferreira", "Achour",
    "Belkacem", "Brassard", "Fréchette", "Séguin", "Larochelle", "Whitmore",
    "Okoye", "Lindqvist", "Marcotte", "Castonguay", "Robitaille", "Vézina",
    "Bourassa", "Lavallée", "Normandin", "Saint-Onge", "Trudel", "Gendron",
    "Dumont", "Ouimet", "Pinard", "Rochon", "Boisvert", "Cyr", "Jolicoeur",
    "Kerr", "McAllister", "Sato", "Ibrahim", "Delorme", "Valois", "Auclair",
]
STAFF_GIVEN_F = [
    "Catherine", "Julie", "Valérie", "Marie-Ève", "Stéphanie", "Geneviève",
    "Nadia", "Sophie", "Émilie", "Anne-Marie", "Rebecca", "Laura", "Kim",
    "Jennifer", "Sarah-Maude", "Noémie", "Élise", "Ingrid", "Aïcha", "Mei",
]
STAFF_GIVEN_M = [
    "François", "Jean-Philippe", "Simon", "Maxime", "Nicolas", "Philippe",
    "Éric", "Guillaume", "Samuel", "Vincent", "Andrew", "Jonathan", "Paul",
    "Mark", "Frédéric", "Sébastien", "Karim", "Tomasz", "Ravi", "Luis",
]

PAT_SURNAMES = [
    "Arsenault", "Bergeron", "Côté", "Tremblay", "Lévesque", "Dubé", "Thériault",
    "Bernier", "Fillion", "Daigle", "Gingras", "Lavoie", "Paradis", "Poulin",
    "Racine", "Desjardins", "Lalonde", "Cormier", "Landry", "Boudreau", "Comeau",
    "Gallant", "Leduc", "St-Pierre", "Audet", "Beaulieu", "Bolduc", "Carrier",
    "Chabot", "Couture", "Drouin", "Fontaine", "Labbé", "Lacroix", "Langlois",
    "Mercier", "Michaud", "Morissette", "Nolin", "Perron", "Plante", "Rousseau",
    "Sauvé", "Veilleux", "Villeneuve", "Gallagher", "O'Neill", "McKenna",
    "Prescott", "Whitfield", "Donnelly", "Harrington", "Kowalski", "Novak",
    "Ferguson", "Abbott", "Sinclair", "Okafor", "Mensah", "Rahimi", "Benali",
    "Nguyen", "Tran", "Singh", "Gill", "Rossi", "Costa", "Petrov", "Yilmaz",
    "Cohen", "Da Silva", "Jean-Baptiste", "Pierre-Louis", "Dorval",
    "Bernier-Lacroix", "Comeau-Daigle", "Hébert", "Desbiens", "Lafrenière",
]
PAT_GIVEN_F = [
    "Hélène", "Lise", "Monique", "Suzanne", "Chantal", "Isabelle", "Mélanie",
    "Karine", "Nicole", "Jocelyne", "Francine", "Annie", "Audrey", "Camille",
    "Rosalie", "Yasmina", "Fatima", "Margaret", "Linda", "Heather", "Olivia",
    "Chloe", "Grace", "Patricia", "Deborah", "Amira", "Thi Lan", "Marguerite",
    "Gisèle", "Thérèse", "Colette", "Brigitte",
]
PAT_GIVEN_M = [
    "Réjean", "Gaétan", "Normand", "Sylvain", "Yves", "Martin", "Stéphane",
    "Patrice", "Alain", "Benoît", "Mathieu", "Olivier", "Félix", "Jérémie",
    "Rachid", "Karim", "Daniel", "Kevin", "Brian", "Gordon", "Trevor", "Owen",
    "Ethan", "Raymond", "Arthur", "Hugo", "Luc", "Ghislain", "Marcel", "Denis",
]
BE_GIVEN = [("Wout", "M"), ("Lotte", "F"), ("Pieter", "M"), ("Elke", "F"),
            ("Thibaut", "M"), ("Manon", "F"), ("Arnaud", "M"), ("Sien", "F")]
BE_SURNAMES = ["Vermeulen", "Janssens", "Claes", "Peeters", "Dewulf",
               "Lambrechts", "Goossens", "Wouters"]
FR_GIVEN = [("Bastien", "M"), ("Clémence", "F"), ("Quentin", "M"),
            ("Maëlle", "F"), ("Corentin", "M"), ("Anaïs", "F"), ("Loïc", "M")]
FR_SURNAMES = ["Le Goff", "Moreau", "Lefebvre", "Chevallier", "Guérin",
               "Roux", "Marchal", "Besnard"]

STREETS = [
    "rue des Érables", "rang Saint-Joseph", "avenue des Pins", "rue Principale",
    "chemin du Lac-Argent", "rue Notre-Dame", "boulevard Lapierre",
    "rue des Pionniers", "montée Gravel", "rue Champlain", "rue de la Fabrique",
]
STREETS_EN = ["Birchwood Crescent", "Maple Street", "Lakeshore Road",
              "Mill Street", "Church Street", "Elm Avenue", "Pine Ridge Road"]
TOWNS = [("Val-Brûlé", "J0X 2P0"), ("Sainte-Odile", "J0X 3B1"),
         ("Lac-Argent", "J0X 2B4"), ("Saint-Isidore-des-Monts", "J0X 1K7"),
         ("Pointe-aux-Saules", "J0X 4C2"), ("Notre-Dame-du-Roc", "J0X 1H5")]
AREA = ["819", "873", "450", "438"]


def fold(s):
    """Accent-fold and lower-case."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def load_nams():
    rows = []
    for line in NAM_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sur, giv, dob, sex, nam = line.split()
        rows.append(dict(surname=sur, given=giv,
                         dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return rows


class Person:
    def __init__(self, given, surname, sex, dob=None, **kw):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = kw.get("nam")
        self.mrn = kw.get("mrn")
        self.phone = kw.get("phone")
        self.cell = kw.get("cell")
        self.addr = kw.get("addr")
        self.email = kw.get("email")
        self.sin = kw.get("sin")
        self.ohip = kw.get("ohip")
        self.niss = kw.get("niss")
        self.nir = kw.get("nir")
        self.holder = kw.get("holder", False)

    def age(self, on=dt.date(2025, 3, 1)):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    @property
    def full(self):
        return f"{self.given} {self.surname}"


class Staff:
    def __init__(self, given, surname, sex, role, dr=False):
        self.given, self.surname, self.sex, self.role, self.dr = \
            given, surname, sex, role, dr
        self.addr = (fold(given).replace(" ", "").replace("'", "") + "." +
                     fold(surname).replace(" ", "").replace("'", "")
                     ) + "@" + DOM

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang):
        if self.dr:
            if lang == "fr":
                return ("Dre " if self.sex == "F" else "Dr ") + self.full
            return "Dr. " + self.full
        return self.full


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(
            str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(
        str(rng.randrange(10)) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == "M" else 0)
    base = dob.strftime("%y%m%d") + f"{serial:03d}"
    pre = "2" if dob.year >= 2000 else ""
    check = 97 - int(pre + base) % 97
    num = base + f"{check:02d}"
    assert be_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "35", "29", "44", "13", "74"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
        f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
    num = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng):
    return f"{rng.randrange(100000, 999999):07d}"


def luhn_serial(rng, n=9):
    body = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(ch, ch) for ch in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "spaced": f"{a} {b} {c}", "dotted": f"{a}.{b}.{c}",
        "slashed": f"{a}/{b}/{c}", "hyphen": f"{a}-{b}-{c}",
        "fullwidth": a + " " + fullwidth(b + c), "lower": nam.lower(),
        "wide": " ".join(nam),
    }[style]


def fmt_sin(s, style):
    a, b, c = s[:3], s[3:6], s[6:]
    return {"plain": s, "spaced": f"{a} {b} {c}", "hyphen": f"{a}-{b}-{c}",
            "dotted": f"{a}.{b}.{c}", "fullwidth": fullwidth(f"{a} {b} {c}")
            }[style]


def fmt_ohip(s, style, vc="AB"):
    a, b, c = s[:4], s[4:7], s[7:]
    return {"plain": s, "hyphen": f"{a}-{b}-{c}-{vc}",
            "spaced": f"{a} {b} {c} {vc}", "dotted": f"{a}.{b}.{c}",
            "slashed": f"{a}/{b}/{c}"}[style]


def fmt_niss(s, style):
    return {"plain": s,
            "std": f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}",
            "spaced": f"{s[:6]} {s[6:9]} {s[9:]}",
            "slashed": f"{s[:6]}/{s[6:9]}/{s[9:]}"}[style]


def fmt_nir(s, style):
    sp = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
    return {"plain": s, "spaced": sp, "dotted": sp.replace(" ", "."),
            "key": f"{s[:13]} {s[13:]}", "fullwidth": fullwidth(sp)}[style]


def fmt_mrn(m, style):
    m7 = m.zfill(7)
    return {"plain": m7, "spaced": f"{m7[:1]} {m7[1:4]} {m7[4:]}",
            "dotted": f"{m7[:1]}.{m7[1:4]}.{m7[4:]}",
            "hyphen": f"{m7[1:3]}-{m7[3:5]}-{m7[5:]}" if m7[0] == "0"
            else f"{m7[:3]}-{m7[3:]}",
            "prefixed": "H" + m7, "slashed": f"{m7[:3]}/{m7[3:]}",
            "fullwidth": fullwidth(m7)}[style]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
         "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dotted":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        if lang == "fr":
            return f"{d.day if d.day > 1 else '1er'} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    raise KeyError(style)


def dob_variants(d):
    """All spellings a verifier accepts for a birth date."""
    out = [fmt_date(d, s) for s in ("iso", "dmy", "ymd_slash", "dotted", "mon")]
    out += [fmt_date(d, "long", "fr"), fmt_date(d, "long", "en")]
    out.append(f"{d.day} {MOIS[d.month - 1]} {d.year}")
    return out


def day_fr(d):
    return f"{JOURS[d.weekday()]} {d.day if d.day > 1 else '1er'} {MOIS[d.month - 1]}"


def day_en(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def day(d, lang):
    return day_fr(d) if lang == "fr" else day_en(d)


def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


def name(p, style, lang="fr"):
    g, s = p.given, p.surname
    if style == "title":
        return f"{title(p, lang)} {g} {s}"
    if style == "title_sur":
        return f"{title(p, lang)} {s}"
    if style == "full":
        return f"{g} {s}"
    if style == "upper_comma":
        return f"{s.upper()}, {g}"
    if style == "upper_first":
        return f"{s.upper()} {g}"
    if style == "sur_first":
        return f"{s} {g}"
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "lower_sur_first":
        return f"{s}, {g}".lower()
    if style == "init_sur":
        return f"{g[0]}. {s}"
    if style == "sur_init":
        return f"{s} {g[0]}."
    if style == "sur_comma_init":
        return f"{s.upper()}, {g[0]}."
    raise KeyError(style)


FULL_STYLES = ["title", "full", "upper_comma", "upper_first", "sur_first",
               "lower", "lower_sur_first"]
ALL_STYLES = FULL_STYLES + ["init_sur", "sur_init", "sur_comma_init",
                            "title_sur"]


def sex_label(p, lang, rng):
    if lang == "fr":
        return rng.choice([f"Sexe : {p.sex}", f"Sexe: {p.sex}", f"sexe {p.sex}"])
    return rng.choice([f"Sex: {p.sex}", f"Sex {p.sex}", f"Gender: {p.sex}"])


def phone(rng, area=None):
    return f"{area or rng.choice(AREA)}-555-01{rng.randrange(0, 100):02d}"


def phone_fmt(num, rng):
    a, _, c = num.split("-")
    return rng.choice([num, f"({a}) 555-{c}", f"{a} 555-{c}", f"{a}.555.{c}"])


# ---------------------------------------------------------------- factory
class Factory:
    """Allocates invented patients, NAM holders and staff deterministically."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = load_nams()
        bad_sur = {fold(h["surname"]) for h in self.holders}
        self.holder_names = [(h["given"], h["surname"]) for h in self.holders]
        pats = []
        for s in PAT_SURNAMES:
            if fold(s) in bad_sur:
                continue
            for g in PAT_GIVEN_F:
                pats.append((g, s, "F"))
            for g in PAT_GIVEN_M:
                pats.append((g, s, "M"))
        rng.shuffle(pats)
        self._pats = pats
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self._hold_order = order
        self._hold_i = 0
        self._holder_people = {}
        staff = []
        for s in STAFF_SURNAMES:
            if fold(s) in bad_sur:
                continue
            staff.append(s)
        rng.shuffle(staff)
        self._staff_sur = staff
        self._staff_i = 0
        self.used_surnames = set()

    # ---------- patients
    def _fill(self, p, rng):
        p.mrn = make_mrn(rng)
        p.phone = phone(rng)
        p.cell = phone(rng)
        num = rng.randrange(12, 2990)
        town, pc = rng.choice(TOWNS)
        p.addr = f"{num}, {rng.choice(STREETS)}, {town} (Québec)  {pc}"
        p.addr_en = f"{num} {rng.choice(STREETS_EN)}, {town}, QC  {pc}"
        p.sin = make_sin(rng)
        p.ohip = make_ohip(rng)
        return p

    def patient(self, min_age=19, max_age=88):
        rng = self.rng
        while True:
            g, s, sex = self._pats.pop()
            if fold(s) in self.used_surnames and rng.random() < 0.8:
                continue
            break
        self.used_surnames.add(fold(s))
        age = rng.randrange(min_age, max_age + 1)
        dob = dt.date(2025 - age - 1, rng.randrange(1, 13), rng.randrange(1, 29))
        p = Person(g, s, sex, dob)
        return self._fill(p, rng)

    def holder(self, max_age=None, min_age=None):
        """Next NAM holder (cycled); same person object each time."""
        for _ in range(len(self.holders) * 2):
            idx = self._hold_order[self._hold_i % len(self._hold_order)]
            self._hold_i += 1
            h = self.holders[idx]
            p = self._holder_people.get(idx)
            if p is None:
                p = Person(h["given"], h["surname"], h["sex"], h["dob"],
                           nam=h["nam"], holder=True)
                self._fill(p, self.rng)
                self._holder_people[idx] = p
            a = p.age()
            if max_age is not None and a > max_age:
                continue
            if min_age is not None and a < min_age:
                continue
            return p
        raise RuntimeError("no holder fits")

    def foreign(self, kind):
        rng = self.rng
        if kind == "be":
            g, sex = rng.choice(BE_GIVEN)
            s = rng.choice(BE_SURNAMES)
        else:
            g, sex = rng.choice(FR_GIVEN)
            s = rng.choice(FR_SURNAMES)
        age = rng.randrange(19, 75)
        dob = dt.date(2025 - age - 1, rng.randrange(1, 13), rng.randrange(1, 29))
        p = self._fill(Person(g, s, sex, dob), rng)
        if kind == "be":
            p.niss = make_niss(rng, dob, sex)
        else:
            p.nir = make_nir(rng, dob, sex)
        return p

    # ---------- staff
    ROLES = [("surgeon", 7, True), ("anesth", 5, True), ("preop_nurse", 4, False),
             ("booking", 3, False), ("secretary", 4, False), ("manager", 3, False),
             ("resident", 5, True), ("social", 2, False), ("followup_nurse", 3, False),
             ("pharmacist", 2, False), ("hr", 2, False), ("it", 2, False),
             ("or_nurse", 6, False), ("buyer", 2, False), ("gp", 6, True),
             ("vendor", 4, False), ("stoma_nurse", 2, False)]

    def _build_roster(self):
        rng = self.rng
        self.roster = {}
        i = 0
        used = set()
        for role, n, dr in self.ROLES:
            lst = []
            for _ in range(n):
                s = self._staff_sur[i % len(self._staff_sur)]
                i += 1
                sex = rng.choice("FM")
                while True:
                    g = rng.choice(STAFF_GIVEN_F if sex == "F" else STAFF_GIVEN_M)
                    if (g, s) not in used:
                        break
                used.add((g, s))
                st = Staff(g, s, sex, role, dr)
                if role in ("gp", "vendor"):
                    st.addr = st.addr.replace("@" + DOM, "@" + rng.choice(
                        ["gmf-riviere.example", "cliniquedulac.example",
                         "gmf-sainte-odile.example"] if role == "gp" else
                        ["medisurg-supply.example", "northline-med.example",
                         "laborex-chirurgie.example"]))
                lst.append(st)
            self.roster[role] = lst

    def staff(self, role):
        if not hasattr(self, "roster"):
            self._build_roster()
        return self.rng.choice(self.roster[role])

    def staff_list(self, role, k):
        if not hasattr(self, "roster"):
            self._build_roster()
        lst = list(self.roster[role])
        self.rng.shuffle(lst)
        return lst[:k]
