"""Shared data and helpers for the home-dialysis corpus generator.

Everything here is invented: people, institutions, *.example domains and
555-01xx telephone numbers.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import os
import random
import datetime
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG = {
    "fr": "Programme régional de dialyse à domicile",
    "en": "Regional Home Dialysis Program",
    "hosp_fr": "Centre hospitalier universitaire des Trois-Rivages",
    "hosp_en": "Trois-Rivages University Hospital Centre",
    "short": "CHUTR",
    "dom": "chutr.example",
    "addr": "2250, boulevard du Fleuve, pavillon C, 3e étage, Lévis-des-Rivages (Québec) G6W 0B4",
    "addr_en": "2250 Fleuve Blvd., Pavilion C, 3rd floor, Lévis-des-Rivages, QC G6W 0B4",
    "tel": "418 555-0140",
    "fax": "418 555-0141",
    "oncall": "418 555-0142",
}

OTHER_ORGS = {
    "transplant": ("Hôpital Sainte-Émérence — Programme de transplantation rénale", "hse.example"),
    "clsc": ("CLSC des Battures", "clsc-battures.example"),
    "gmf": ("GMF des Trois-Pignons", "gmf3p.example"),
    "supplier": ("NéphroLogis inc.", "nephrologis.example"),
    "water": ("AquaPur Services techniques", "aquapur.example"),
    "transport": ("Transport adapté Rive-Nord", "tarn.example"),
    "pharmacy": ("Pharmacie L. Ouimet et associés", "pharm-ouimet.example"),
    "lab": ("Laboratoire régional OptiBio", "optibio.example"),
    "ontario": ("Lakeshore Regional Health Centre — Home Dialysis", "lrhc.example"),
    "belgium": ("Clinique Saint-Remacle — Service de néphrologie", "stremacle.example"),
    "france": ("Centre de dialyse Val-de-Loire", "cdvl.example"),
}

# --------------------------------------------------------------------------
# Staff (surnames disjoint from every NAM holder and every patient)
# --------------------------------------------------------------------------
STAFF = {
    "neph": [("Hélène", "Beaulieu-Achard", "F"), ("Karim", "Benali", "M"), ("Marianne", "Quintal", "F"),
             ("Stephen", "Okafor", "M"), ("Lucie", "Vachon", "F"), ("Olivier", "Desrosiers", "M")],
    "nurse": [("Julie", "Després", "F"), ("Mélanie", "Côté-Rivard", "F"), ("Patrick", "Lemieux", "M"),
              ("Annie", "Sirois", "F"), ("Karine", "Boisvert", "F"), ("Sarah-Maude", "Labrie", "F"),
              ("Catherine", "O'Neill", "F"), ("Rachel", "Fong", "F"), ("Maxime", "Thériault", "M")],
    "manager": [("France", "Bergeron", "F"), ("Daniel", "Marcoux", "M")],
    "tech": [("Éric", "Lavallée", "M"), ("Dominic", "Hébert", "M"), ("Stéphane", "Rioux", "M")],
    "sw": [("Valérie", "Turcotte", "F"), ("Meghan", "Doyle", "F")],
    "diet": [("Isabelle", "Cormier", "F")],
    "pharm": [("Jean-François", "Lacasse", "M"), ("Amira", "Haddad", "F")],
    "clerk": [("Sonia", "Dufresne", "F"), ("Linda", "Pratt", "F"), ("Guylaine", "Cyr", "F")],
    "coord": [("Ariane", "Legault", "F"), ("Thomas", "Ferland", "M")],
    "it": [("Marc-André", "Giroux", "M"), ("Priya", "Raman", "F")],
    "hr": [("Chantal", "Duquette", "F"), ("Alexandre", "Piché", "M")],
    "rep": [("Kevin", "Marchetti", "M"), ("Joanie", "Auclair", "F")],
    "gp": [("Audrey", "Paradis", "F"), ("Hugo", "Lanctôt", "M"), ("Raymond", "Chen", "M")],
    "watertech": [("Frédéric", "Dionne", "M"), ("Yannick", "Poulin", "M")],
    "transport": [("Nancy", "Veilleux", "F")],
    "ext": [("Andrea", "Kowalski", "F"), ("Wouter", "Peeters", "M"), ("Claire", "Moreau-Vidal", "F"),
            ("Benoît", "Lamarre", "M"), ("Émilie", "Proulx", "F"), ("Jonathan", "Weiss", "M")],
}

ROLE_TITLE = {
    "neph": ("néphrologue", "nephrologist"),
    "nurse": ("infirmière clinicienne, dialyse à domicile", "home dialysis nurse"),
    "manager": ("chef de service, dialyse à domicile", "Home Dialysis Program Manager"),
    "tech": ("technicien en hémodialyse", "haemodialysis technician"),
    "sw": ("travailleuse sociale", "social worker"),
    "diet": ("nutritionniste, Dt.P.", "dietitian, RD"),
    "pharm": ("pharmacien", "pharmacist"),
    "clerk": ("agente administrative", "administrative officer"),
    "coord": ("infirmière coordonnatrice, greffe rénale", "transplant nurse coordinator"),
    "it": ("analyste, technologies de l'information", "IT analyst"),
    "hr": ("conseillère en ressources humaines", "HR advisor"),
    "rep": ("représentant service à la clientèle", "customer service representative"),
    "gp": ("médecin de famille", "family physician"),
    "watertech": ("technicien, traitement de l'eau", "water treatment technician"),
    "transport": ("répartitrice", "dispatcher"),
    "ext": ("", ""),
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, given, surname, sex, role=None, domain=None):
        self.given, self.surname, self.sex, self.role = given, surname, sex, role
        self.domain = domain or ORG["dom"]

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def email(self):
        g = strip_accents(self.given).lower().replace(" ", "").replace("'", "")
        s = strip_accents(self.surname).lower().replace(" ", "").replace("'", "")
        return f"{g}.{s}@{self.domain}"

    def doctor(self, lang):
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.full
        return "Dr. " + self.full

    def addr(self):
        return (self.full, self.email)


def staff(rng, role, domain=None):
    g, s, x = rng.choice(STAFF[role])
    return Person(g, s, x, role, domain)


def signature(rng, p, lang, style=None):
    title_fr, title_en = ROLE_TITLE.get(p.role, ("", ""))
    title = title_fr if lang == "fr" else title_en
    style = style if style is not None else rng.randint(0, 4)
    name = p.doctor(lang) if p.role in ("neph", "gp") else p.full
    org = ORG["fr"] if lang == "fr" else ORG["en"]
    if p.domain != ORG["dom"]:
        org = next((o[0] for o in OTHER_ORGS.values() if o[1] == p.domain), org)
    ext = rng.randint(4100, 4499)
    if style == 0:
        return f"\n-- \n{name}\n{title}\n{org}\n"
    if style == 1:
        tel = ORG["tel"] if p.domain == ORG["dom"] else "418 555-01%02d" % rng.randint(43, 99)
        return (f"\n{name}\n{title}\n{org} | {ORG['short']}\n"
                f"{'Tél.' if lang == 'fr' else 'Tel.'} {tel}, {'poste' if lang == 'fr' else 'ext.'} {ext}\n")
    if style == 2:
        return f"\n{p.given}\n"
    if style == 3:
        conf = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur."
                if lang == "fr" else
                "CONFIDENTIALITY NOTICE: this message may contain confidential information. If you received "
                "it in error, please delete it and notify the sender.")
        return f"\n{name}\n{title}\n{org}\n{ORG['addr'] if lang == 'fr' else ORG['addr_en']}\n\n{conf}\n"
    return f"\n{p.given[0]}. {p.surname}\n{'Envoyé de mon iPhone' if lang == 'fr' else 'Sent from my phone'}\n" \
        if rng.random() < 0.4 else f"\n{name} — {title}\n"


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
STREETS = ["rue des Érables", "rang Saint-Joseph", "avenue Bégin", "chemin du Fleuve", "rue Principale",
           "route du Président-Kennedy", "rue des Pionniers", "rue de la Fabrique", "montée Sainte-Hélène",
           "rue du Couvent", "chemin des Îles", "rue Saint-Onésime", "avenue des Bouleaux", "rang du Bras",
           "rue Champlain", "rue Dorimène-Desjardins", "chemin Lallemand", "rue des Merisiers"]
STREETS_EN = ["Maple Crescent", "Elm Street", "Birchwood Road", "Church Street", "Ridgeview Drive",
              "Mill Road", "Hillcrest Avenue", "Willow Lane"]
TOWNS = [("Saint-Anselme-des-Sables", "G0R"), ("Beaumont-sur-Rive", "G0R"), ("Lac-Etchemin-Nord", "G0R"),
         ("Sainte-Claire-de-Bellechasse", "G0R"), ("Montmagny-Est", "G5V"), ("Saint-Henri-des-Battures", "G0R"),
         ("Lévis-des-Rivages", "G6V"), ("Val-Alain-du-Lac", "G0S"), ("Pintendre-Ouest", "G6C"),
         ("Saint-Lazare-des-Monts", "G0R")]
PERSONAL_DOMAINS = ["courriel.example", "boreal.example", "netmail.example", "videoweb.example", "sympatico.example"]

INVENTED = [
    # given, surname, sex, lang
    ("Gaétan", "Tremblay", "M", "fr"), ("Lise", "Dubé", "F", "fr"), ("Yvon", "Lachance", "M", "fr"),
    ("Micheline", "Gosselin", "F", "fr"), ("Normand", "Vézina", "M", "fr"), ("Francine", "Arsenault", "F", "fr"),
    ("Jean-Guy", "Labonté", "M", "fr"), ("Thérèse", "Pouliot", "F", "fr"), ("Denis", "Charest", "M", "fr"),
    ("Huguette", "Lévesque", "F", "fr"), ("Raymond", "Bilodeau", "M", "fr"), ("Carole", "Houle", "F", "fr"),
    ("Mario", "Tanguay", "M", "fr"), ("Suzanne", "Landry", "F", "fr"), ("Rolande", "Jobin", "F", "fr"),
    ("Luc", "Bernier", "M", "fr"), ("Ghislain", "Drouin", "M", "fr"), ("Sylvain", "Mercier", "M", "fr"),
    ("Nicole", "Plante", "F", "fr"), ("Ahmed", "Belkacem", "M", "fr"), ("Fatou", "Diallo", "F", "fr"),
    ("Van Thanh", "Nguyen", "M", "fr"), ("Rosa", "Pereira", "F", "fr"), ("Mohamed", "El-Amrani", "M", "fr"),
    ("Kevin", "Lachapelle", "M", "fr"), ("Jacinthe", "Royer-Laflamme", "F", "fr"), ("Réal", "Gingras", "M", "fr"),
    ("Harold", "Fitzgerald", "M", "en"), ("Margaret", "O'Brien", "F", "en"), ("Dorothy", "Kaminski", "F", "en"),
    ("George", "Whitfield", "M", "en"), ("Patricia", "Hughes", "F", "en"), ("Samuel", "Greenberg", "M", "en"),
    ("Evelyn", "Clarke", "F", "en"), ("Brian", "McKenna", "M", "en"), ("Linda", "Szabo", "F", "en"),
    ("Raj", "Patel", "M", "en"), ("Grace", "Nakamura", "F", "en"), ("Thomas", "Kowalczyk", "M", "en"),
    ("Winston", "Achebe", "M", "en"), ("Agnes", "Lindqvist", "F", "en"),
]
BELGIANS = [("Jan", "Vermeulen", "M"), ("Marie-Claire", "Dumont", "F"), ("Luc", "Janssens", "M"), ("Anne", "Wauters", "F")]
FRENCH = [("Bernard", "Lefèvre", "M"), ("Odile", "Marchand", "F"), ("Yannick", "Le Gall", "M"), ("Sandrine", "Chevalier", "F")]
ONTARIANS = [("Douglas", "Henderson", "M"), ("Priscilla", "Oyelaran", "F"), ("Walter", "Brennan", "M"), ("Irene", "Vasquez", "F")]


def load_nam_holders():
    out = []
    with open(os.path.join(HERE, "..", "blind_nams.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(dict(surname=sur, given=giv, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({h["surname"] for h in NAM_HOLDERS})


def all_invented_surnames():
    return sorted({x[1] for x in INVENTED + BELGIANS + FRENCH + ONTARIANS})


def phone(rng, area=None):
    area = area or rng.choice(["418", "418", "581", "819", "367"])
    return f"{area} 555-01{rng.randint(0, 99):02d}"


def fmt_phone(rng, ph):
    a, rest = ph.split(" ")
    return rng.choice([f"({a}) {rest}", f"{a}-{rest}", f"{a} {rest}", f"{a}.{rest.replace('-', '.')}"])


def postal(rng, fsa):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{fsa} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


class Patient:
    """A patient: either a NAM holder (identity fixed by blind_nams.txt) or an invented person."""

    def __init__(self, rng, given, surname, sex, dob, nam=None, lang="fr"):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.lang = lang
        self.mrn = str(rng.randint(1000000, 3999999))
        if lang == "en" and rng.random() < 0.5:
            self.street = f"{rng.randint(10, 980)} {rng.choice(STREETS_EN)}"
        else:
            self.street = f"{rng.randint(10, 2990)}, {rng.choice(STREETS)}"
        town, fsa = rng.choice(TOWNS)
        self.town, self.postal = town, postal(rng, fsa)
        self.phone = phone(rng)
        self.cell = phone(rng, "581")
        d = rng.choice(PERSONAL_DOMAINS)
        g = strip_accents(given).lower().replace(" ", "").replace("-", "")
        s = strip_accents(surname).lower().replace(" ", "").replace("'", "")
        self.email = rng.choice([f"{g}.{s}@{d}", f"{g[0]}{s}{dob.year % 100:02d}@{d}", f"{s}.{g}@{d}",
                                 f"{g}{rng.randint(1, 99)}@{d}"])
        self.sin = self.ohip = self.niss = self.nir = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    # grammatical gender helpers (follow the recorded sex)
    @property
    def e(self):
        return "e" if self.sex == "F" else ""

    @property
    def il(self):
        return "elle" if self.sex == "F" else "il"

    @property
    def le(self):
        return "la" if self.sex == "F" else "le"

    @property
    def he(self):
        return "she" if self.sex == "F" else "he"

    @property
    def him(self):
        return "her" if self.sex == "F" else "him"

    @property
    def his(self):
        return "her" if self.sex == "F" else "his"

    @property
    def age_ref(self):
        return 2025 - self.dob.year

    def address(self, one_line=True):
        a = f"{self.street}, {self.town} (Québec) {self.postal}"
        return a if one_line else f"{self.street}\n{self.town} (Québec)  {self.postal}"

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."

    def name(self, rng, lang, style=None):
        styles = ["full", "title_full", "title_sur", "sur_comma", "SUR_given", "lower", "init_sur",
                  "sur_given", "given"]
        st = style or rng.choice(styles[:8])
        if st == "full":
            return self.full
        if st == "title_full":
            return f"{self.title(lang)} {self.full}"
        if st == "title_sur":
            return f"{self.title(lang)} {self.surname}"
        if st == "sur_comma":
            return f"{self.surname}, {self.given}"
        if st == "SUR_given":
            return f"{self.surname.upper()} {self.given}"
        if st == "lower":
            return self.full.lower()
        if st == "init_sur":
            return f"{self.given[0]}. {self.surname}"
        if st == "sur_given":
            return f"{self.surname} {self.given}"
        if st == "given":
            return self.given
        raise ValueError(st)


def make_nam_patient(rng, holder):
    lang = "en" if holder["surname"] in ("Wilson", "Taylor", "Smith", "Brown", "MacDonald") else "fr"
    return Patient(rng, holder["given"], holder["surname"], holder["sex"], holder["dob"], holder["nam"], lang)


def make_invented(rng, row=None, pool=INVENTED):
    g, s, x, *rest = row or rng.choice(pool)
    lang = rest[0] if rest else "fr"
    y = rng.randint(1938, 2000)
    dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return Patient(rng, g, s, x, dob, None, lang)


# --------------------------------------------------------------------------
# Identifiers (validated with python-stdnum)
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{serial:03d}"
        num = int(base) if dob.year < 2000 else int("2" + base)
        n = base + f"{97 - num % 97:02d}"
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dept = f"{rng.choice([13, 33, 35, 37, 44, 45, 49, 59, 69, 75, 86, 92]):02d}"
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + f"{rng.randint(1, 999):03d}" \
            + f"{rng.randint(1, 999):03d}"
        n = base + f"{97 - int(base) % 97:02d}"
        if fr_nir.is_valid(n):
            return n


FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def show_nam(rng, nam, disguise=None):
    d = disguise if disguise is not None else rng.choice(["plain"] * 4 + ["sp", "sp2", "dots", "dash", "lower", "fw", "fw", "slash"])
    if d == "plain":
        return nam
    if d == "sp":
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if d == "sp2":
        return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:]}"
    if d == "dots":
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if d == "dash":
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if d == "lower":
        return nam.lower()
    if d == "fw":
        return nam.translate(FW)
    if d == "slash":
        return f"{nam[:4]}/{nam[4:8]}/{nam[8:]}"
    raise ValueError(d)


def show_sin(rng, n):
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n, f"{n[:3]}.{n[3:6]}.{n[6:]}",
                       f"{n[:3]} {n[3:6]} {n[6:]}".translate(FW)])


def show_ohip(rng, n):
    vc = rng.choice(["", " AB", " KT", "-ZX", " HM"])
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}{vc}", f"{n[:4]} {n[4:7]} {n[7:]}{vc}", n + vc.strip()])


def show_niss(rng, n):
    return rng.choice([f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]} {n[6:9]} {n[9:]}"])


def show_nir(rng, n):
    return rng.choice([f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n,
                       f"{n[:13]} {n[13:]}"])


def show_mrn(rng, mrn, lang):
    num = rng.choice([mrn, f"{mrn[:3]}-{mrn[3:]}", f"{mrn[0]} {mrn[1:4]} {mrn[4:]}", f"T{mrn}"])
    lab = rng.choice(["dossier n° ", "no dossier : ", "# dossier ", "Dossier CHUTR ", "N° de dossier : "]) \
        if lang == "fr" else rng.choice(["MRN ", "Chart # ", "MRN: ", "Chart no. ", "Hospital # "])
    return lab + num


def fmt_date(d, lang, rng, style=None):
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    st = style if style is not None else rng.randint(0, 3)
    if st == 0:
        return d.isoformat()
    if st == 1:
        return f"{d.day} {mois[d.month - 1]} {d.year}" if lang == "fr" else f"{months[d.month - 1]} {d.day}, {d.year}"
    if st == 2:
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y/%m/%d")
    return f"{d.day:02d}-{d.month:02d}-{d.year}" if lang == "fr" else f"{d.day} {months[d.month - 1][:3]} {d.year}"


def msg_date(rng):
    base = datetime.datetime(2025, 1, 6, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    return base + datetime.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 11 * 60))


def L(lang, fr, en):
    return fr if lang == "fr" else en


def pick(rng, lang, fr_list, en_list):
    return rng.choice(fr_list if lang == "fr" else en_list)
