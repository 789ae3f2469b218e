"""Shared world data, people and identifier helpers for the corpus generator.

Flavour: northern and Indigenous health (invented communities and boards in
Nunavik and Eeyou Istchee, southern referral hospitals, boarding homes).
Everything here is invented; phone numbers use 555-01xx, domains *.example.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------
# NAM holders (the only RAMQ numbers allowed in the corpus)
# --------------------------------------------------------------------------
def load_nam_holders():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(giv, sur, sex, datetime.date(y, m, d), kind="nam", nam=nam))
    return out


def fold(s):
    """Lower-case, accent-free form used for name comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


# --------------------------------------------------------------------------
# Places, organisations (all invented)
# --------------------------------------------------------------------------
NUNAVIK = ["Qarmaarjuk", "Ikkattuaq", "Nuvuliaq", "Tuvaalik", "Ipiutaaq", "Siurartuq"]
EEYOU = ["Wapisikach", "Kaachiwaach", "Misaskuun", "Lac-Chiiskuu", "Pointe-Amiskw"]
INNU_ATI = ["Uashkaikan", "Opitciwan-Sud"]  # invented southern-band communities

ORGS = {
    "siq": dict(fr="Centre de santé Siqiniup", en="Siqiniup Health Centre", dom="siqiniup.example",
                coast="Hudson", mrn="SQ"),
    "ika": dict(fr="Centre de santé Ikajuqti", en="Ikajuqti Health Centre", dom="ikajuqti.example",
                coast="Ungava", mrn="IK"),
    "rr": dict(fr="Régie régionale de santé Nunavik-Nord", en="Nunavik-Nord Regional Health Board",
               dom="rrsnn.example", mrn=None),
    "ew": dict(fr="Conseil de santé Eeyou Wiichihiiwewin", en="Eeyou Wiichihiiwewin Health Council",
               dom="ewhc.example", mrn="EW"),
    "husb": dict(fr="Hôpital universitaire Sainte-Brigitte", en="Sainte-Brigitte University Hospital",
                 dom="husb.example", mrn="HUSB"),
    "mru": dict(fr="Réseau universitaire de santé Mont-Royal", en="Mount Royal University Health Network",
                dom="mruhn.example", mrn="MRU"),
    "crsh": dict(fr="Centre régional de santé Harfang (Val-des-Pins)",
                 en="Harfang Regional Health Centre (Val-des-Pins)", dom="crsh.example", mrn="CRSH"),
}
BOARDING = {
    "ila": dict(fr="Maison d'hébergement Ilagiit (Dorval)", en="Ilagiit Boarding Home (Dorval)",
                dom="ilagiit.example"),
    "kan": dict(fr="Pavillon Kaniuchiwan (Val-des-Pins)", en="Kaniuchiwan Lodge (Val-des-Pins)",
                dom="kaniuchiwan.example"),
}
AIRLINES = ["Air Siqiniq", "Taiga Aéro", "Nordair Charters"]
MEDEVAC_FR = "Service aéromédical Nord (SAN)"
MEDEVAC_EN = "Northern Medevac Service (SAN)"
TELE = "NordLien"  # invented telehealth platform

SPECIALTIES = [
    ("pneumologie", "respirology"), ("infectiologie", "infectious diseases"),
    ("cardiologie", "cardiology"), ("obstétrique", "obstetrics"), ("néphrologie", "nephrology"),
    ("oncologie", "oncology"), ("orthopédie", "orthopaedics"), ("pédiatrie", "paediatrics"),
    ("ophtalmologie", "ophthalmology"), ("psychiatrie", "psychiatry"), ("dermatologie", "dermatology"),
    ("endocrinologie", "endocrinology"), ("chirurgie générale", "general surgery"),
]


# --------------------------------------------------------------------------
# Name pools. Surnames of NAM holders are deliberately absent from all pools.
# --------------------------------------------------------------------------
PATIENT_POOLS = {
    "inuit": dict(
        F=["Elisapi", "Alacie", "Maata", "Siasi", "Akinisie", "Nellie", "Lizzie", "Mina", "Susie",
           "Jeannie", "Ulaayu", "Minnie", "Aani", "Saali", "Qiallak", "Louisa", "Annie"],
        M=["Lucassie", "Tamusi", "Jaaji", "Mattiusi", "Putulik", "Paulusie", "Tivi", "Juanasi",
           "Adamie", "Qalingo", "Aisa", "Markusi", "Simionie", "Eli", "Johnny", "Sammy"],
        S=["Qinuajuak", "Tukalak", "Nappaaluk", "Kauki", "Angutinguak", "Qumaluk", "Iyaituk",
           "Sivuarapik", "Annahatak", "Novalinga", "Kasudluak", "Elijassiapik", "Ittukallak", "Okpik",
           "Tullaugak", "Weetaluktuk", "Koneak", "Alaku", "Nassak", "Etok", "Ningiuruvik", "Kritik",
           "Uqaituk", "Kulula", "Pootoolik", "Qisiiq", "Amamatuak"]),
    "cree": dict(
        F=["Emily", "Daisy", "Charlotte", "Bella", "Agnes", "Juliet", "Clara", "Kathleen", "Matilda",
           "Nancy", "Greta", "Winnie"],
        M=["George", "Abel", "Sinclair", "Bertie", "Losty", "Clarence", "Willie", "Roderick",
           "Gordon", "Stanley", "Isaac", "Kenny"],
        S=["Bearskin", "Mianscum", "Matoush", "Wapachee", "Cheezo", "Shecapio", "Otter", "Gull",
           "Petawabano", "Blacksmith", "Iserhoff", "Neeposh", "Jolly", "Weistche", "Tapiatic",
           "Sheshamush", "Coonishish", "Pepabano", "Etapp", "Georgekish", "Rabbitskin", "Snowboy",
           "Loon", "Swallow"]),
    "innu": dict(
        F=["Uapukun", "Manikanet", "Nishapet", "Marie-Hélène", "Évelyne", "Kathy"],
        M=["Tshiueten", "Pien", "Shimun", "Jean-Charles", "Réal", "Gaétan"],
        S=["Vollant", "Ashini", "Bellefleur", "Mestokosho", "Jourdain", "Grégoire", "Pinette",
           "Kaltush", "Napish", "Régis"]),
    "atikamekw": dict(
        F=["Mélanie", "Jocelyne", "Nicole", "Wapan", "Cindy", "Karine"],
        M=["Régis", "Jean-Roch", "Christian", "Sipi", "Réginald", "Dany"],
        S=["Ottawa", "Flamand", "Petiquay", "Niquay", "Awashish", "Chilton", "Coocoo", "Quitich",
           "Echaquan", "Mattawa", "Newashish", "Néashish"]),
    "mohawk": dict(
        F=["Kahentinetha", "Karonhiio", "Konwatsitsawi", "Ohnwentsowa", "Kawennote", "Brenda",
           "Cheryl", "Tammy"],
        M=["Tehoronhiathe", "Kanatiio", "Ratsenhaienton", "Tekaronhiake", "Darryl", "Travis", "Kyle"],
        S=["Jacobs", "Diabo", "Deer", "Horn", "McComber", "Montour", "Delisle", "Stacey", "Goodleaf",
           "Kirby", "Norton", "Two-Axe", "Lazare", "Leclaire", "Lazore", "Tarbell", "Oakes", "Swamp"]),
    "fr": dict(
        F=["Chantal", "Isabelle", "Véronique", "Lucie", "Mélissa", "Guylaine", "Édith", "Josiane"],
        M=["Réjean", "Sylvain", "Yves", "Mathieu", "Étienne", "Benoît", "Gaétan", "Stéphane"],
        S=["Tremblay", "Côté", "Lavoie", "Bergeron", "Desrosiers", "Gaudreault", "Lemieux",
           "Dufresne", "Champagne", "Beaulieu", "Villeneuve", "Turcotte", "Labrecque", "Rioux",
           "Vachon", "Thériault"]),
    "en": dict(
        F=["Heather", "Linda", "Karen", "Megan", "Rachel", "Shauna"],
        M=["Brian", "Kevin", "Scott", "Derek", "Colin", "Trevor"],
        S=["Henderson", "Murray", "Campbell", "Fraser", "Watt", "Stewart", "Harris", "Palmer",
           "Whitmore", "Crane"]),
}

STAFF_GIVEN = {
    "F": ["Anne", "Marie-Ève", "Julie", "Caroline", "Geneviève", "Karine", "Sophie", "Amélie", "Rebecca",
          "Laura", "Jessica", "Hannah", "Priya", "Mei", "Sarah", "Eva", "Annie", "Rita", "Lisa", "Nathalie",
          "Émilie", "Maggie", "Lucy"],
    "M": ["Jean-François", "Philippe", "Martin", "Simon", "Olivier", "Patrick", "Hugo", "Tom", "Daniel",
          "Ryan", "Neil", "Kwame", "Jimmy", "Paul", "Noah", "Mathieu", "Charlie", "Frédéric"],
}
STAFF_SUR = ["Desjardins", "Paradis", "Lachance", "Bérubé", "Charest", "Poulin", "Lévesque",
             "Gingras", "Houle", "Ménard", "Drouin", "Rousseau", "Dion", "Hébert", "Gosselin",
             "Leduc", "Boisvert", "Brisson", "O'Connor", "Fitzgerald", "Reid", "Sutherland",
             "Kowalski", "Nguyen", "Patel", "Osei", "Hughes", "Whitfield", "Aloupa", "Tukai",
             "Munick", "Snowball", "Kudluk", "Nowra", "Arngak", "Spencer", "Whiskeychan",
             "Bosum", "Trapper", "Happyjack", "Marcil", "Labelle", "Carrier", "St-Onge"]

ROLES = {  # (fr feminine, fr masculine, en)
    "nurse": ("infirmière", "infirmier", "Nurse"),
    "ipsp": ("IPS en soins de première ligne", "IPS en soins de première ligne", "Nurse practitioner"),
    "md": ("médecin", "médecin", "Physician"),
    "clerk": ("agente administrative", "agent administratif", "Administrative clerk"),
    "coord_travel": ("coordonnatrice des déplacements médicaux", "coordonnateur des déplacements médicaux",
                     "Medical travel coordinator"),
    "interp": ("interprète", "interprète", "Interpreter"),
    "chr": ("représentante en santé communautaire", "représentant en santé communautaire",
            "Community health representative"),
    "sw": ("travailleuse sociale", "travailleur social", "Social worker"),
    "pharm": ("pharmacienne", "pharmacien", "Pharmacist"),
    "mgr": ("chef de service", "chef de service", "Department head"),
    "tb": ("infirmière, programme tuberculose", "infirmier, programme tuberculose", "TB program nurse"),
    "midwife": ("sage-femme", "sage-femme", "Midwife"),
    "hr": ("conseillère en ressources humaines", "conseiller en ressources humaines", "HR advisor"),
    "it": ("technicienne informatique", "technicien informatique", "IT technician"),
    "logi": ("agente de logistique", "agent de logistique", "Logistics officer"),
    "coord": ("coordonnatrice", "coordonnateur", "Coordinator"),
    "dir": ("directrice des soins infirmiers", "directeur des soins infirmiers", "Director of Nursing"),
    "comm": ("conseillère en communication", "conseiller en communication", "Communications advisor"),
    "buyer": ("acheteuse", "acheteur", "Procurement officer"),
    "epi": ("agente de planification, surveillance", "agent de planification, surveillance",
            "Surveillance planning officer"),
    "house": ("responsable de la maison d'hébergement", "responsable de la maison d'hébergement",
              "Boarding home manager"),
}


class Person:
    def __init__(self, given, surname, sex, dob, kind="", nam=None):
        self.given, self.surname, self.sex, self.dob, self.kind, self.nam = given, surname, sex, dob, kind, nam
        self.community = None
        self.phone = None
        self.address = None
        self.mrn = {}

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, on):
        a = on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))
        return a

    # gendered helpers (always follow the listed sex)
    def p(self, lang, fr_m, fr_f, en_m, en_f):
        if lang == "fr":
            return fr_f if self.sex == "F" else fr_m
        return en_f if self.sex == "F" else en_m

    def he(self, lang):
        return self.p(lang, "il", "elle", "he", "she")

    def his(self, lang):
        return self.p(lang, "son", "sa", "his", "her")

    def title(self, lang):
        return self.p(lang, "M.", "Mme", "Mr.", "Ms.")

    def e(self):
        """French feminine agreement suffix."""
        return "e" if self.sex == "F" else ""


class Staff:
    def __init__(self, given, surname, role, org, lang, sex="F"):
        self.given, self.surname, self.role, self.org, self.sex = given, surname, role, org, sex
        self.lang = lang
        self.addr = f"{fold(given).replace(' ', '').replace('-', '')[:1]}{fold(surname).replace(' ', '').replace(chr(39), '').replace('-', '')}@{ORGS.get(org, BOARDING.get(org, {'dom': org})).get('dom')}"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def role_name(self, lang):
        r = ROLES[self.role]
        return r[2] if lang == "en" else (r[0] if self.sex == "F" else r[1])

    @property
    def dr(self):
        return f"Dr {self.surname}" if self.role == "md" else self.given


# --------------------------------------------------------------------------
# Random world helpers
# --------------------------------------------------------------------------
class World:
    def __init__(self, rng):
        self.rng = rng

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def phone(self, area=None):
        area = area or self.rng.choice(["819", "514", "418", "438"])
        return f"{area}-555-01{self.rng.randint(0, 99):02d}"

    def date_between(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 28).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, end))

    def patient(self, kind=None, sex=None, age_range=(1, 88), on=datetime.date(2025, 6, 1)):
        rng = self.rng
        kind = kind or rng.choice(["inuit", "inuit", "inuit", "cree", "cree", "innu", "atikamekw",
                                   "mohawk", "fr", "en"])
        pool = PATIENT_POOLS[kind]
        sex = sex or rng.choice("FM")
        given = rng.choice(pool[sex])
        sur = rng.choice(pool["S"])
        age = rng.randint(*age_range)
        dob = datetime.date(on.year - age, rng.randint(1, 12), rng.randint(1, 28))
        p = Person(given, sur, sex, dob, kind=kind)
        self.place(p)
        return p

    def place(self, p):
        rng = self.rng
        if p.kind in ("inuit",) or (p.kind == "nam" and rng.random() < 0.5):
            p.community = rng.choice(NUNAVIK)
            p.home_org = rng.choice(["siq", "ika"])
        elif p.kind == "cree" or p.kind == "nam":
            p.community = rng.choice(EEYOU)
            p.home_org = "ew"
        elif p.kind in ("innu", "atikamekw"):
            p.community = rng.choice(INNU_ATI)
            p.home_org = "crsh"
        elif rng.random() < 0.7:  # southerners living and working up North
            p.community = rng.choice(NUNAVIK + EEYOU)
            p.home_org = "ew" if p.community in EEYOU else rng.choice(["siq", "ika"])
        else:
            p.community = rng.choice(["Montréal", "Dorval", "Châteauguay", "Val-des-Pins"])
            p.home_org = rng.choice(["husb", "mru"])
        p.phone = self.phone("819" if p.community in NUNAVIK + EEYOU else None)
        house = rng.randint(100, 980)
        if p.community in NUNAVIK:
            p.address = f"Maison {house}, {p.community} (Québec) J0M {rng.randint(1,9)}X{rng.randint(0,9)}"
        elif p.community in EEYOU:
            p.address = f"{house} Wiinipaakw Street, {p.community} (Québec) J0Y {rng.randint(1,9)}W{rng.randint(0,9)}"
        else:
            streets = ["rue des Érables", "avenue du Lac", "rue Principale", "chemin du Portage", "rue Saint-Aubin"]
            p.address = f"{house}, {rng.choice(streets)}, {p.community} (Québec)"
        # chart numbers
        p.mrn = {
            "local": f"{ORGS[p.home_org]['mrn']}-{rng.randint(100000, 999999)}",
            "husb": f"{rng.randint(1, 9)}{rng.randint(100, 999)}{rng.randint(100, 999)}",
            "mru": f"{rng.randint(10000000, 99999999)}",
            "crsh": f"H{rng.randint(1000000, 9999999)}",
        }
        return p

    def staff(self, role, org, lang=None):
        rng = self.rng
        sex = rng.choice("FFM")
        g = rng.choice(STAFF_GIVEN[sex])
        s = rng.choice(STAFF_SUR)
        return Staff(g, s, role, org, lang or rng.choice(["fr", "en"]), sex)

    # ---------------------------------------------------------------- ids
    def sin(self):
        while True:
            body = str(self.rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(self.rng.randint(0, 9)) for _ in range(7))
            n = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(n):
                return n

    def ohip(self):
        while True:
            body = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            n = body + luhn.calc_check_digit(body)
            if luhn.is_valid(n):
                return n, self.rng.choice(["AB", "KT", "MX", "ZE", "HJ", "PL"])

    def niss(self, dob, sex):
        while True:
            cnt = self.rng.randint(1, 997)
            if (cnt % 2 == 1) != (sex == "M"):  # odd = male
                continue
            base = f"{dob:%y%m%d}{cnt:03d}"
            num = int(("2" + base) if dob.year >= 2000 else base)
            n = base + f"{97 - num % 97:02d}"
            if be_nn.is_valid(n):
                return n

    def nir(self, dob, sex):
        while True:
            dept = self.rng.choice(["69", "75", "35", "13", "59", "33", "44", "67"])
            commune = f"{self.rng.randint(1, 400):03d}"
            order = f"{self.rng.randint(1, 999):03d}"
            body = f"{1 if sex == 'M' else 2}{dob:%y%m}{dept}{commune}{order}"
            n = body + f"{97 - int(body) % 97:02d}"
            if fr_nir.is_valid(n):
                return n


# --------------------------------------------------------------------------
# Identifier formatting / disguise
# --------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(rng, nam, style=None):
    style = style or rng.choice(["plain", "space", "space", "space3", "dash", "lower", "dots", "fw",
                                 "spread"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return f"{a} {b} {c}"
    if style == "space3":
        return f"{a} {nam[4:7]} {nam[7:10]} {nam[10:]}"
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "lower":
        return f"{a.lower()} {b} {c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "fw":
        return fullwidth(f"{a} {b} {c}")
    if style == "spread":
        return " ".join(nam[:4]) + " " + b + " " + c
    return nam


def fmt_sin(rng, n):
    st = rng.choice(["space", "dash", "plain", "slash"])
    if st == "space":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if st == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if st == "slash":
        return f"{n[:3]}/{n[3:6]}/{n[6:]}"
    return n


def fmt_ohip(rng, n, vc):
    st = rng.choice(["dash", "space", "plain"])
    if st == "dash":
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}"
    if st == "space":
        return f"{n[:4]} {n[4:7]} {n[7:]} {vc}"
    return f"{n}{vc}" if rng.random() < 0.5 else n


def fmt_niss(rng, n):
    st = rng.choice(["dots", "plain", "space"])
    if st == "dots":
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if st == "space":
        return f"{n[:6]} {n[6:9]} {n[9:]}"
    return n


def fmt_nir(rng, n):
    st = rng.choice(["space", "plain", "space_key"])
    if st == "space":
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    if st == "space_key":
        return f"{n[:13]} {n[13:]}"
    return n


def fmt_mrn(rng, p, which):
    v = p.mrn[which]
    st = rng.choice(["plain", "plain", "spaced", "dots", "fw", "slash"])
    if which == "local":
        pre, num = v.split("-")
        if st == "spaced":
            return f"{pre} {num[:3]} {num[3:]}"
        if st == "dots":
            return f"{pre}.{num[:3]}.{num[3:]}"
        if st == "fw":
            return fullwidth(v)
        if st == "slash":
            return f"{pre}/{num}"
        return v
    if st == "spaced":
        return " ".join(v[i:i + 3] for i in range(0, len(v), 3))
    if st == "dots":
        return ".".join(v[i:i + 3] for i in range(0, len(v), 3))
    if st == "fw":
        return fullwidth(v)
    if st == "slash":
        return v[:3] + "/" + v[3:]
    return v


def fmt_name(rng, p, style=None, lang=None):
    """Patient name in one of the many ways clinicians write it."""
    style = style or rng.choice(["full", "full", "full", "sur_first", "upper_sur", "lower", "initial",
                                 "title"])
    if style == "full":
        return p.full
    if style == "sur_first":
        return f"{p.surname}, {p.given}"
    if style == "upper_sur":
        return f"{p.surname.upper()} {p.given}"
    if style == "lower":
        return p.full.lower()
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "title":
        return f"{p.title(lang or 'fr')} {p.surname}"
    return p.full


def fmt_date(d, lang, style=None, rng=None):
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    if style is None and rng is not None:
        style = rng.choice(["iso", "long", "num"])
    style = style or "iso"
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return f"{d:%d/%m/%Y}" if lang == "fr" else f"{d:%d-%b-%Y}"
    if lang == "fr":
        return f"{d.day} {mois[d.month - 1]} {d.year}"
    return f"{months[d.month - 1]} {d.day}, {d.year}"


def T(lang, fr, en):
    return fr if lang == "fr" else en
