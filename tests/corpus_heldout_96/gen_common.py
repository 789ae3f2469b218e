"""Shared data for the nephrology / dialysis / transplant corpus.

People, institutions, identifiers (SIN, Ontario health number, Belgian NISS,
French NIR, chart numbers) and small text helpers.  Everything is drawn from a
random.Random instance handed in by the caller so that the corpus is
deterministic for a given seed.
"""
import datetime as _dt
import os
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")
REF_DATE = _dt.date(2025, 6, 1)


# ---------------------------------------------------------------- NAM holders
@dataclass
class Person:
    surname: str
    given: str
    dob: _dt.date
    sex: str                      # 'F' or 'M'
    nam: str = None
    ohip: str = None
    ohip_vc: str = None
    sin: str = None
    niss: str = None
    nir: str = None
    mrn: str = None
    address: str = None
    phone: str = None
    cell: str = None
    email: str = None
    region: str = "QC"
    extra: dict = field(default_factory=dict)

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, on=REF_DATE):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(sur, given, _dt.date(y, m, d), sex, nam=nam))
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})


def _strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn").lower()


_NAM_SUR_KEYS = {_strip(s) for s in NAM_SURNAMES}


def _ok(surname):
    return _strip(surname) not in _NAM_SUR_KEYS


# ---------------------------------------------------------------- name pools
STAFF_SUR_FR = [s for s in [
    "Tremblay", "Côté", "Bergeron", "Lévesque", "Dubé", "Beaulieu", "Desjardins",
    "Gingras", "Lemieux", "Mercier", "Vachon", "Dion", "Turcotte", "Hébert",
    "Labrecque", "Charest", "Rioux", "Poulin", "Lacroix", "Béland", "Proulx",
    "Marchand", "Allard", "Drouin", "Audet", "Giroux", "Houle", "Lachance",
    "Lafleur", "Fréchette", "Brisson", "Cantin", "Dufresne", "Gélinas"] if _ok(s)]
STAFF_GIV_FR_F = ["Isabelle", "Mélanie", "Julie", "Caroline", "Véronique", "Karine", "Annie",
                  "Chantal", "Nadia", "Marie-Ève", "Émilie", "Hélène", "Lucie", "Josiane",
                  "Guylaine", "Marie-Claude"]
STAFF_GIV_FR_M = ["Stéphane", "François", "Éric", "Mathieu", "Hugo", "Patrice", "Sébastien",
                  "Jean-François", "Maxime", "Luc", "Yves", "Benoît", "Réjean", "Sylvain"]
STAFF_GIV_FR = STAFF_GIV_FR_F + STAFF_GIV_FR_M
STAFF_SUR_EN = [s for s in [
    "Patel", "Nguyen", "Chen", "O'Brien", "Kowalski", "Singh", "Campbell",
    "Murphy", "Anderson", "Thompson", "Kaur", "Ali", "Fraser", "Walsh", "Reid",
    "Hughes", "Grant", "Sullivan", "Stewart", "Robertson", "Mitchell", "Kim",
    "Lee", "Wong", "Ramirez", "Ahmed", "Okafor", "Mensah", "Dimitriou",
    "Petrov", "Johansson", "Bianchi", "Ferreira", "Hassan"] if _ok(s)]
STAFF_GIV_EN_F = ["Priya", "Rachel", "Megan", "Aisha", "Jennifer", "Olivia", "Hannah", "Laura",
                  "Kate", "Fatima", "Grace", "Nicole", "Teresa", "Lindsay", "Mei"]
STAFF_GIV_EN_M = ["Kevin", "Daniel", "Tom", "Raj", "Chris", "Omar", "Ben", "Adrian", "Sean",
                  "Amir", "Harpreet", "Wei", "Samuel"]
STAFF_GIV_EN = STAFF_GIV_EN_F + STAFF_GIV_EN_M

PAT_SUR_FR = [s for s in [
    "Bisson", "Lavoie", "Perreault", "Vaillancourt", "Boivin", "Carrier",
    "Deschênes", "Gosselin", "Jutras", "Lemay", "Michaud", "Nolet", "Ouimet",
    "Paradis", "Racine", "Séguin", "Trudel", "Vézina", "Bastien", "Cormier",
    "Duchesne", "Fillion", "Grenier", "Labelle", "Mailloux", "Néron", "Plante",
    "Rousseau", "St-Pierre", "Tessier", "Lapierre", "Dumont", "Hamelin"] if _ok(s)]
PAT_GIV_FR_F = ["Gisèle", "Lise", "Micheline", "Francine", "Huguette", "Pierrette",
                "Colette", "Yolande", "Claudette", "Jocelyne", "Audrey", "Mélissa",
                "Léa", "Rachelle", "Thérèse", "Murielle", "Carole", "Lorraine"]
PAT_GIV_FR_M = ["Raymond", "Gaétan", "Normand", "Rosaire", "Jean-Guy", "Marcel",
                "Denis", "Roger", "Fernand", "Alain", "Jonathan", "Samuel", "Noah",
                "Réal", "Gilbert", "Bertrand", "Ghislain", "Lucien"]
PAT_SUR_EN = [s for s in [
    "Abernathy", "Baxter", "Castellano", "Delaney", "Elliott", "Forsythe",
    "Gallagher", "Hartley", "Ingram", "Jablonski", "Kavanagh", "Lindqvist",
    "Novak", "Okonkwo", "Pereira", "Quinlan", "Rasmussen", "Sato", "Tran",
    "Underwood", "Vasquez", "Whitfield", "Yilmaz", "Zhang", "Desai", "Haddad",
    "Mahmoud", "Sandhu", "Gill", "Osei", "Kovac", "Brennan"] if _ok(s)]
PAT_GIV_EN_F = ["Doreen", "Beverly", "Lorraine", "Marjorie", "Wanda", "Theresa",
                "Agnes", "Patricia", "Rosa", "Ioana", "Ashley", "Gurpreet",
                "Shirley", "Norma", "Eileen", "Hye-jin", "Amina", "Carol"]
PAT_GIV_EN_M = ["Harold", "Walter", "Stanley", "Dennis", "Ravi", "Ming", "Clifford",
                "Leonard", "Tariq", "Kwame", "Brandon", "Tyler", "Gordon", "Vincent",
                "Desmond", "Arthur", "Jaspreet", "Howard"]
BE_SUR = ["Vandenberghe", "Peeters", "Janssens", "Maes", "Dubois", "Lambert",
          "Dupont", "Claes", "Wouters", "Goossens"]
FR_SUR = ["Lefèvre", "Moreau", "Garnier", "Chevalier", "Faure", "Rousset",
          "Mercadier", "Barthélemy", "Leroux", "Vidal"]


# ---------------------------------------------------------------- places
QC_CITIES = [("Montréal", "H"), ("Laval", "H"), ("Longueuil", "J"),
             ("Sherbrooke", "J"), ("Trois-Rivières", "G"), ("Québec", "G"),
             ("Saint-Jérôme", "J"), ("Rimouski", "G"), ("Gatineau", "J"),
             ("Joliette", "J"), ("Drummondville", "J"), ("Saguenay", "G")]
ON_CITIES = [("Toronto", "M"), ("Ottawa", "K"), ("Mississauga", "L"),
             ("Hamilton", "L"), ("Sudbury", "P"), ("Kingston", "K"),
             ("London", "N"), ("Oshawa", "L"), ("Cornwall", "K"),
             ("Hawkesbury", "K"), ("Peterborough", "K"), ("Barrie", "L")]
AREA = {"Montréal": "514", "Laval": "450", "Longueuil": "450", "Sherbrooke": "819",
        "Trois-Rivières": "819", "Québec": "418", "Saint-Jérôme": "450",
        "Rimouski": "418", "Gatineau": "819", "Joliette": "450",
        "Drummondville": "819", "Saguenay": "418", "Toronto": "416",
        "Ottawa": "613", "Mississauga": "905", "Hamilton": "905", "Sudbury": "705",
        "Kingston": "613", "London": "519", "Oshawa": "905", "Cornwall": "613",
        "Hawkesbury": "613", "Peterborough": "705", "Barrie": "705"}
STREETS_FR = ["rue des Érables", "boulevard Labelle", "rue Principale", "avenue des Pins",
              "rue Notre-Dame", "chemin du Lac", "rue Saint-Georges", "rang Saint-Joseph",
              "rue de la Fabrique", "avenue du Parc", "rue Champlain", "montée Gagné"]
STREETS_EN = ["Maple Ave", "Queen St W", "Elm Street", "Brock Rd", "Lakeshore Blvd",
              "Dundas St E", "Victoria Ave", "Concession Rd 4", "Birch Cres",
              "King St", "Wellington St", "Pine Ridge Dr"]

# institutions: key -> dict
INST = {
    "hse": dict(name="Hôpital Sainte-Émérence", short="HSE", dom="hse.example",
                city="Montréal", prov="QC", lang="fr",
                unit="Service de néphrologie et d'hémodialyse",
                addr="4100, boulevard Sainte-Émérence, Montréal (Québec) H2X 0A9",
                mrn=lambda r: f"{r.randint(100000, 999999)}"),
    "chtr": dict(name="Centre hospitalier des Trois-Rives", short="CHTR",
                 dom="chtr.example", city="Trois-Rivières", prov="QC", lang="fr",
                 unit="Unité d'hémodialyse – pavillon B",
                 addr="1250, rue du Fleuve, Trois-Rivières (Québec) G9A 0B2",
                 mrn=lambda r: f"TR-{r.randint(10, 99)}-{r.randint(1000, 9999)}"),
    "cisssbf": dict(name="CISSS du Bas-Fleuve – Hôpital régional de Rimouski-Est",
                    short="HRRE", dom="cisssbf.example", city="Rimouski", prov="QC",
                    lang="fr", unit="Centre de dialyse régional",
                    addr="80, avenue de la Mer, Rimouski (Québec) G5L 0C1",
                    mrn=lambda r: f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    "chues": dict(name="CHU de l'Estrie-Sud", short="CHUES", dom="chues.example",
                  city="Sherbrooke", prov="QC", lang="fr",
                  unit="Programme de greffe rénale",
                  addr="3001, 12e Avenue Nord, Sherbrooke (Québec) J1H 0D4",
                  mrn=lambda r: f"S{r.randint(1000000, 9999999)}"),
    "cdle": dict(name="Centre de dialyse satellite Laval-Est", short="CDLE",
                 dom="cdle.example", city="Laval", prov="QC", lang="fr",
                 unit="Dialyse satellite",
                 addr="2200, boulevard de la Concorde Est, Laval (Québec) H7E 0A1",
                 mrn=lambda r: f"L{r.randint(100000, 999999)}"),
    "wlh": dict(name="Westmount Lakeshore Hospital", short="WLH", dom="wlh.example",
                city="Montréal", prov="QC", lang="en",
                unit="Division of Nephrology – Hemodialysis",
                addr="3755 Sherbrooke St W, Montréal QC H3Z 0E5",
                mrn=lambda r: f"{r.randint(1000000, 9999999)}"),
    "nbgh": dict(name="Northbrook General Hospital", short="NBGH", dom="nbgh.example",
                 city="Toronto", prov="ON", lang="en",
                 unit="Regional Kidney Care Program",
                 addr="1800 Northbrook Ave, Toronto ON M3A 0B7",
                 mrn=lambda r: f"N{r.randint(1000000, 9999999)}"),
    "rvrkc": dict(name="Rideau Valley Regional Kidney Centre", short="RVRKC",
                  dom="rvrkc.example", city="Ottawa", prov="ON", lang="en",
                  unit="Hemodialysis & Home Dialysis",
                  addr="455 Riverside Dr, Ottawa ON K1H 0C3",
                  mrn=lambda r: f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"),
    "slhs": dict(name="Sudbury Lakes Health Sciences", short="SLHS", dom="slhs.example",
                 city="Sudbury", prov="ON", lang="en",
                 unit="Northern Renal Program",
                 addr="41 Ramsey Lake Rd, Sudbury ON P3E 0A6",
                 mrn=lambda r: f"SL{r.randint(100000, 999999)}"),
    "hceo": dict(name="Hôpital communautaire de l'Est ontarien", short="HCEO",
                 dom="hceo.example", city="Hawkesbury", prov="ON", lang="fr",
                 unit="Unité satellite d'hémodialyse",
                 addr="1111, rue Principale Est, Hawkesbury (Ontario) K6A 0B5",
                 mrn=lambda r: f"E{r.randint(100000, 999999)}"),
    "stb": dict(name="St. Brendan's Hospital", short="SBH", dom="stbrendan.example",
                city="Toronto", prov="ON", lang="en",
                unit="Multi-Organ Transplant Program – Kidney",
                addr="30 Bond Crescent, Toronto ON M5B 0A2",
                mrn=lambda r: f"{r.randint(10000000, 99999999)}"),
    "thsd": dict(name="Trent Hills Satellite Dialysis", short="THSD", dom="thsd.example",
                 city="Peterborough", prov="ON", lang="en",
                 unit="Satellite Hemodialysis",
                 addr="77 Lansdowne St E, Peterborough ON K9J 0A3",
                 mrn=lambda r: f"TH{r.randint(10000, 99999)}"),
}
QC_INST_FR = ["hse", "chtr", "cisssbf", "chues", "cdle"]
ON_INST_FR = ["hceo"]
QC_INST_EN = ["wlh"]
ON_INST_EN = ["nbgh", "rvrkc", "slhs", "stb", "thsd"]


def pick_inst(rng, lang, prov=None):
    """Pick an institution for the language; prov forces QC/ON."""
    if lang == "fr":
        pool = QC_INST_FR * 4 + ON_INST_FR
    else:
        pool = ON_INST_EN * 2 + QC_INST_EN * 2
    if prov:
        pool = [k for k in pool if INST[k]["prov"] == prov] or \
               [k for k in INST if INST[k]["prov"] == prov]
    return rng.choice(pool)


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567" "9")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if _sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != "0" and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        cnt = rng.randint(1, 997)
        if (cnt % 2 == 1) != (sex == "M"):
            cnt += 1
        base = dob.strftime("%y%m%d") + f"{cnt:03d}"
        key_src = ("2" + base) if dob.year >= 2000 else base
        chk = 97 - (int(key_src) % 97)
        num = base + f"{chk:02d}"
        if _nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = f"{rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 76, 92, 93]):02d}"
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            f"{rng.randint(1, 999):03d}" + f"{rng.randint(1, 999):03d}"
        chk = 97 - (int(base) % 97)
        num = base + f"{chk:02d}"
        if _nir.is_valid(num):
            return num


def fmt_sin(n, style=0):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
            f"{n[:3]}.{n[3:6]}.{n[6:]}", f"{n[:3]}/{n[3:6]}/{n[6:]}",
            to_fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}")][style]


def fmt_ohip(n, vc=None, style=0):
    v = f" {vc}" if vc else ""
    return [f"{n[:4]}-{n[4:7]}-{n[7:]}{('-' + vc) if vc else ''}",
            f"{n[:4]} {n[4:7]} {n[7:]}{v}", f"{n}{vc or ''}",
            f"{n[:4]}.{n[4:7]}.{n[7:]}{v}", f"{n[:4]} / {n[4:7]} / {n[7:]}{v}",
            to_fullwidth(n) + v][style]


def fmt_niss(n, style=0):
    return [f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n,
            f"{n[:6]} {n[6:9]} {n[9:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}"][style]


def fmt_nir(n, style=0):
    return [f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n,
            f"{n[:13]} {n[13:]}", f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"][style]


def fmt_nam(nam, style=0):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [f"{a} {b} {c}", nam, f"{a}-{b}-{c}", f"{a}{b} {c}", nam.lower(),
            f"{a} {b} {c}".lower(), f"{a}.{b}.{c}", a + " " + to_fullwidth(b + c),
            f"{a[:2]} {a[2:]} {b} {c}"][style]


def to_fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


# ---------------------------------------------------------------- people
def phone(rng, city, sep=None):
    ac = AREA.get(city, "514")
    n = f"555-01{rng.randint(0, 99):02d}"
    sep = sep if sep is not None else rng.choice(["-", " ", "."])
    st = rng.random()
    if st < 0.33:
        return f"({ac}) {n}"
    if st < 0.66:
        return f"{ac}{sep}{n.replace('-', sep)}"
    return f"{ac}-{n}"


def postal(rng, letter):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{letter}{rng.randint(0, 9)}{rng.choice(L)} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


def address(rng, prov, lang):
    if prov == "QC":
        city, l = rng.choice(QC_CITIES)
        st = rng.choice(STREETS_FR)
        apt = rng.choice(["", "", f", app. {rng.randint(1, 12)}", f", logement {rng.randint(1, 6)}"])
        return city, f"{rng.randint(10, 9999)}, {st}{apt}, {city} (Québec) {postal(rng, l)}"
    city, l = rng.choice(ON_CITIES)
    if lang == "fr":
        st = rng.choice(STREETS_FR)
        return city, f"{rng.randint(10, 9999)}, {st}, {city} (Ontario) {postal(rng, l)}"
    st = rng.choice(STREETS_EN)
    apt = rng.choice(["", "", f", Unit {rng.randint(1, 40)}", f" Apt {rng.randint(101, 1208)}"])
    return city, f"{rng.randint(10, 9999)} {st}{apt}, {city} ON {postal(rng, l)}"


def _rand_dob(rng, amin, amax):
    y = REF_DATE.year - rng.randint(amin, amax)
    return _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


def _email_for(rng, given, surname):
    g = _strip(given).replace(" ", "").replace("-", "")
    s = _strip(surname).replace(" ", "").replace("'", "").replace("-", "")
    dom = rng.choice(["courriel.example", "videotron-mail.example", "mailbox.example",
                      "sympatico-mail.example", "webmail.example"])
    return rng.choice([f"{g}.{s}{rng.randint(1, 99)}", f"{g[0]}{s}", f"{s}.{g}",
                       f"{g}{rng.randint(50, 99)}"]) + "@" + dom


def enrich(rng, p, prov, lang, inst=None):
    """Fill contact details and identifiers that a region would show."""
    city, addr = address(rng, prov, lang)
    p.region = prov
    p.address = p.address or addr
    p.phone = p.phone or phone(rng, city)
    p.cell = p.cell or phone(rng, city)
    p.email = p.email or _email_for(rng, p.given, p.surname)
    if inst:
        p.mrn = p.mrn or INST[inst]["mrn"](rng)
    if prov == "ON" and not p.ohip:
        p.ohip = make_ohip(rng)
        p.ohip_vc = rng.choice(["", "AB", "KM", "ZX", "RT", "HG", "PL"]) or None
    return p


def nam_patient(rng, amin=18, amax=100, prov="QC", lang="fr", inst=None):
    cands = [h for h in NAM_HOLDERS if amin <= h.age() <= amax]
    h = rng.choice(cands)
    p = Person(h.surname, h.given, h.dob, h.sex, nam=h.nam)
    return enrich(rng, p, prov, lang, inst)


def new_patient(rng, lang="fr", prov="QC", amin=25, amax=88, inst=None, sex=None):
    sex = sex or rng.choice("FM")
    if lang == "fr":
        sur = rng.choice(PAT_SUR_FR)
        giv = rng.choice(PAT_GIV_FR_F if sex == "F" else PAT_GIV_FR_M)
    else:
        sur = rng.choice(PAT_SUR_EN)
        giv = rng.choice(PAT_GIV_EN_F if sex == "F" else PAT_GIV_EN_M)
    p = Person(sur, giv, _rand_dob(rng, amin, amax), sex)
    return enrich(rng, p, prov, lang, inst)


def foreign_patient(rng, country):
    sex = rng.choice("FM")
    giv = rng.choice(["Luc", "Marc", "Pascal", "Thierry", "Olivier", "Bernard"] if sex == "M"
                     else ["Nathalie", "Sabine", "Véronique", "Anne-Sophie", "Brigitte", "Céline"])
    if country == "BE":
        p = Person(rng.choice(BE_SUR), giv, _rand_dob(rng, 35, 80), sex)
        p.niss = make_niss(rng, p.dob, sex)
    else:
        p = Person(rng.choice(FR_SUR), giv, _rand_dob(rng, 35, 80), sex)
        p.nir = make_nir(rng, p.dob, sex)
    p.region = country
    return p


@dataclass
class Staff:
    given: str
    surname: str
    role: str
    inst: str
    dr: bool = False
    sex: str = "F"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def email(self):
        g = _strip(self.given).replace(" ", "").replace("-", "")
        s = _strip(self.surname).replace("'", "").replace(" ", "")
        return f"{g}.{s}@{INST[self.inst]['dom']}"

    def display(self, lang):
        if self.dr:
            t = ("Dre" if self.sex == "F" else "Dr") if lang == "fr" else "Dr."
            return f"{t} {self.full}"
        return self.full


ROLES = {
    "fr": {"rn": "Infirmière clinicienne, hémodialyse", "neph": "Néphrologue",
           "diet": "Nutritionniste, néphrologie", "sw": "Travailleuse sociale, programme rénal",
           "clerk": "Agente administrative, dialyse", "tx": "Infirmière coordonnatrice, greffe rénale",
           "access": "Infirmière en accès vasculaire", "pharm": "Pharmacienne, néphrologie",
           "chef": "Chef d'unité, hémodialyse", "pd": "Infirmière, dialyse péritonéale",
           "surg": "Chirurgien vasculaire", "res": "Résident(e) en néphrologie",
           "mgr": "Cheffe de service, néphrologie", "hr": "Conseillère en ressources humaines",
           "it": "Technicien, soutien informatique", "biomed": "Technicien en génie biomédical",
           "donor": "Coordonnatrice, donneurs vivants", "transport": "Répartitrice, transport"},
    "en": {"rn": "RN, Hemodialysis Unit", "neph": "Nephrologist", "diet": "Renal Dietitian",
           "sw": "Social Worker, Kidney Care", "clerk": "Unit Clerk, Dialysis",
           "tx": "Transplant Coordinator (Kidney)", "access": "Vascular Access Nurse",
           "pharm": "Clinical Pharmacist, Renal", "chef": "Charge Nurse, Hemodialysis",
           "pd": "RN, Peritoneal Dialysis", "surg": "Vascular Surgeon",
           "res": "Nephrology Resident", "mgr": "Manager, Renal Program",
           "hr": "Human Resources Advisor", "it": "IT Service Desk Analyst",
           "biomed": "Biomedical Engineering Technologist",
           "donor": "Living Donor Coordinator", "transport": "Transportation Dispatcher"},
}
DR_ROLES = {"neph", "surg", "res"}


def staff(rng, lang, role, inst):
    sex = rng.choice("FM")
    if lang == "fr":
        giv = rng.choice(STAFF_GIV_FR_F if sex == "F" else STAFF_GIV_FR_M)
        sur = rng.choice(STAFF_SUR_FR)
    else:
        giv = rng.choice(STAFF_GIV_EN_F if sex == "F" else STAFF_GIV_EN_M)
        sur = rng.choice(STAFF_SUR_EN)
    r = ROLES[lang][role]
    if lang == "fr":
        r = gz(r, sex)
        if sex == "M":
            r = (r.replace("Infirmière", "Infirmier").replace("Pharmacienne", "Pharmacien")
                  .replace("Travailleuse sociale", "Travailleur social").replace("Agente", "Agent")
                  .replace("Coordonnatrice", "Coordonnateur").replace("Cheffe", "Chef")
                  .replace("Conseillère", "Conseiller").replace("Répartitrice", "Répartiteur"))
        elif r.startswith("Chirurgien"):
            r = r.replace("Chirurgien", "Chirurgienne")
        elif r.startswith("Technicien"):
            r = r.replace("Technicien", "Technicienne")
    return Staff(giv, sur, r, inst, dr=role in DR_ROLES, sex=sex)


_GZ = [("un(e) greffé(e)", "un greffé", "une greffée"), ("donneur(se) potentiel(le)", "donneur potentiel", "donneuse potentielle"),
       ("Résident(e)", "Résident", "Résidente"), ("résident(e)", "résident", "résidente"),
       ("Patient(e)", "Patient", "Patiente"), ("patient(e)", "patient", "patiente"),
       ("Né(e)", "Né", "Née"), ("né(e)", "né", "née"), ("vu(e)", "vu", "vue"),
       ("suivi(e)", "suivi", "suivie"), ("présenté(e)", "présenté", "présentée"),
       ("intéressé(e)", "intéressé", "intéressée"), ("seul(e)", "seul", "seule"),
       ("hébergé(e)", "hébergé", "hébergée"), ("référé(e)", "référé", "référée"),
       ("malentendant(e)", "malentendant", "malentendante"), ("greffé(e)", "greffé", "greffée"),
       ("Le/la ", "Le ", "La "), ("le/la ", "le ", "la "),
       ("il/elle", "il", "elle"), ("Elle/il", "Il", "Elle"), ("Il/elle", "Il", "Elle")]


def gz(text, sex):
    """Resolve French inclusive forms (né(e), le/la...) for one person's sex."""
    if not text:
        return text
    for k, m, f in _GZ:
        text = text.replace(k, f if sex == "F" else m)
    return text


def signature(rng, s, lang, style=None):
    inst = INST[s.inst]
    style = rng.randint(0, 4) if style is None else style
    tel = f"{phone(rng, inst['city'])}"
    ext = f"{'poste' if lang == 'fr' else 'ext.'} {rng.randint(2000, 7999)}"
    if style == 0:
        return f"{s.display(lang)}\n{s.role}\n{inst['name']}\n{tel}, {ext}"
    if style == 1:
        return f"-- \n{s.full}\n{s.role} | {inst['unit']}\n{inst['name']}\n{inst['addr']}\nT {tel} {ext}"
    if style == 2:
        return f"{s.given}"
    if style == 3:
        conf = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements "
                "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire."
                if lang == "fr" else
                "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. "
                "If you received it in error, please delete it and notify the sender.")
        return f"{s.display(lang)}, {s.role}\n{inst['short']} – {inst['unit']}\n{tel} {ext}\n\n{conf}"
    return f"{s.given[0]}. {s.surname}\n{inst['short']}"


def greet(rng, lang, name=None):
    if name in ("all", "à tous", "tous"):
        return rng.choice(["Bonjour à tous,", "Salut tout le monde,", "Bonjour à toutes et à tous,"] if lang == "fr"
                          else ["Hi all,", "Hello all,", "Hi everyone,"])
    if lang == "fr":
        opts = ["Bonjour", "Bonjour à tous", "Salut", "Allo", "Bonjour,", "Bon matin"]
        if name:
            opts += [f"Bonjour {name}", f"Salut {name}", f"Bonjour {name},"]
    else:
        opts = ["Hi", "Hello", "Hi all", "Good morning", "Hi team", "Hello everyone"]
        if name:
            opts += [f"Hi {name}", f"Hello {name}", f"Dear {name}", f"{name} -"]
    g = rng.choice(opts)
    return g if g.endswith((",", "-")) else g + rng.choice([",", "", ","])


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée", "Cordialement,",
                           "Merci et bonne fin de journée", "Au plaisir,", "Merci de votre aide."])
    return rng.choice(["Thanks!", "Thank you,", "Best,", "Regards,", "Cheers,",
                       "Thanks so much", "Many thanks,", "Kind regards,"])


def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


def name_variant(rng, p, lang, allow=None):
    """A realistic way of writing the patient's name."""
    forms = [
        f"{title(p, lang)} {p.given} {p.surname}",
        f"{p.surname.upper()}, {p.given}",
        f"{p.given} {p.surname}",
        f"{title(p, lang)} {p.surname}",
        f"{p.surname}, {p.given}",
        f"{p.given[0]}. {p.surname}",
        f"{p.surname.lower()} {p.given.lower()}",
        f"{p.given.lower()} {p.surname.lower()}",
        f"{p.surname} {p.given}",
    ]
    idx = allow if allow is not None else list(range(len(forms)))
    return forms[rng.choice(idx)]


def fmt_date(d, lang, style=None, rng=None):
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    if style is None:
        style = rng.randint(0, 3) if rng else 0
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{d.day} {mois[d.month - 1]} {d.year}" if lang == "fr" \
            else f"{months[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%Y/%m/%d") if lang == "fr" else f"{d.day}-{months[d.month - 1][:3]}-{d.year}"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHIFTS = {"fr": ["LMV AM (7 h 00)", "LMV midi (11 h 30)", "LMV soir (16 h 30)",
                 "MJS AM (7 h 00)", "MJS midi (11 h 30)", "MJS soir (16 h 30)"],
          "en": ["MWF AM (0700)", "MWF mid (1130)", "MWF PM (1630)",
                 "TTS AM (0700)", "TTS mid (1130)", "TTS PM (1630)"]}
