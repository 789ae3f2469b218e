"""Common pools, identifiers and helpers for the synthetic discharge-planning corpus.

Everything here is invented: people, institutions, *.example domains, 555-01xx phones.
RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7575


# ---------------------------------------------------------------- NAM holders
class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = datetime.date.fromisoformat(dob)
        self.sex = sex
        self.nam = nam

    @property
    def full(self):
        return f"{self.given} {self.surname}"


def load_nams():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(NamHolder(sur, giv, dob, sex, nam))
    return out


NAMS = load_nams()
NAM_SURNAMES = sorted({h.surname for h in NAMS})


class NamPool:
    """Hands out NAM holders in a seeded order, least-used first, within a birth-year range."""

    def __init__(self, rng):
        self.rng = rng
        self.order = list(NAMS)
        rng.shuffle(self.order)
        self.used = {h.nam: 0 for h in self.order}

    def take(self, lo=1900, hi=2100):
        cands = [h for h in self.order if lo <= h.dob.year <= hi]
        h = min(cands, key=lambda x: self.used[x.nam])
        self.used[h.nam] += 1
        return h


# ---------------------------------------------------------------- people pools
STAFF_F = ["Valérie", "Isabelle", "Mélanie", "Julie", "Karine", "Stéphanie", "Nadia", "Caroline",
           "Émilie", "Josiane", "Marie-Ève", "Annie", "Chantal", "Sophie", "Véronique", "Catherine",
           "Audrey-Anne", "Marie-Pier", "Line", "France", "Nancy", "Sonia", "Andréanne", "Kim"]
STAFF_M = ["Mathieu", "François", "Jean-Philippe", "Simon", "Martin", "Olivier", "Alexandre",
           "Étienne", "Patrick", "Éric", "Guillaume", "Sébastien", "Yannick", "Benoît", "Hugo",
           "Maxime", "Frédéric", "Jonathan"]
STAFF_EN_F = ["Rebecca", "Priya", "Laura", "Hannah", "Aisha", "Meghan", "Rachel", "Erin"]
STAFF_EN_M = ["Kevin", "Daniel", "Owen", "Ryan", "Adam", "Neil", "Trevor"]
STAFF_SUR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Desjardins", "Dubé", "Beaulieu",
             "Charbonneau", "Hébert", "Lemieux", "Ménard", "Poulin", "Vachon", "Dufour", "Lachance",
             "Vaillancourt", "Chartrand", "Doucet", "Audet", "Perreault", "Bisson", "Laflamme",
             "Gendron", "Robitaille", "Thériault", "Blais", "Mercier", "Leclerc", "Langlois", "Rioux",
             "Patel", "Nguyen", "O'Brien", "Kowalski", "Haddad", "Benali", "Ferreira", "Chen",
             "Murphy", "Grewal", "St-Pierre", "Lalonde", "Marcoux", "Brisson", "Giguère", "Proulx",
             "Turcotte", "Demers", "Fontaine", "Boisvert", "Lévesque", "Paradis", "Champagne",
             "Gosselin", "Labelle", "Villeneuve", "Sauvé", "Cousineau"]

PAT_F = ["Gisèle", "Thérèse", "Lise", "Monique", "Huguette", "Jeannine", "Raymonde", "Gilberte",
         "Cécile", "Pierrette", "Yolande", "Rita", "Georgette", "Colette", "Micheline", "Madeleine",
         "Lucille", "Jacqueline", "Francine", "Carmen", "Audrey", "Jessica", "Mélissa", "Océane",
         "Noémie", "Linda", "Johanne", "Solange"]
PAT_M = ["Réjean", "Gaétan", "Yvon", "Rolland", "Fernand", "Lucien", "Marcel", "Jean-Guy",
         "Normand", "Clément", "Armand", "Gérard", "Raynald", "Jean-Marc", "Denis", "Serge",
         "Kevin", "Maxime", "Samuel", "Jonathan", "Dylan", "Noah", "Rosaire", "Ghislain"]
PAT_EN_F = ["Margaret", "Dorothy", "Eleanor", "Joan", "Patricia", "Shirley", "Beverly", "Irene"]
PAT_EN_M = ["Harold", "Walter", "Frank", "Arthur", "Kenneth", "Stanley", "Douglas", "Gordon"]
PAT_SUR = ["Lemay", "Dion", "Bédard", "Gingras", "Cyr", "Richard", "Lefebvre", "Houle", "Boivin",
           "Labrecque", "Bolduc", "Gravel", "Poitras", "Paré", "Tessier", "Landry", "Sirois",
           "Moreau", "Duchesne", "Lauzon", "Rousseau", "Cormier", "Arsenault", "Huot", "Picard",
           "Béland", "Fleury", "Fréchette", "Lussier", "Leduc", "Guay", "Hamel", "Allard",
           "Carrier", "Plante", "Asselin", "Bernier", "Bourque", "Desrosiers", "Lapierre",
           "Normandin", "Ouimet", "Veilleux", "Trudel", "Lacasse", "Pépin"]
PAT_EN_SUR = ["Kelly", "Stewart", "Campbell", "Reid", "Fraser", "MacLean", "Singh", "Ortiz",
              "Petrov", "Yilmaz", "Diallo", "Joseph", "Pierre-Louis", "Saint-Fleur", "Hughes",
              "Kowalczyk", "Morrison", "Doyle"]

for _s in STAFF_SUR + PAT_SUR + PAT_EN_SUR:
    assert _s not in NAM_SURNAMES, _s


class Person:
    def __init__(self, given, surname, sex, dob=None, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def title_fr(self):
        return "Mme" if self.sex == "F" else "M."

    def title_en(self):
        return "Mrs." if self.sex == "F" else "Mr."

    def il(self):
        return "elle" if self.sex == "F" else "il"

    def Il(self):
        return "Elle" if self.sex == "F" else "Il"

    def e(self):
        """feminine agreement suffix"""
        return "e" if self.sex == "F" else ""

    def he(self):
        return "she" if self.sex == "F" else "he"

    def He(self):
        return "She" if self.sex == "F" else "He"

    def his(self):
        return "her" if self.sex == "F" else "his"

    def him(self):
        return "her" if self.sex == "F" else "him"

    def age(self, on=datetime.date(2025, 3, 1)):
        d = self.dob
        return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def from_nam(h):
    return Person(h.given, h.surname, h.sex, h.dob, h.nam)


def rand_dob(rng, lo=1930, hi=2005):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return datetime.date(y, m, d)


YOUNG_F = ["Audrey", "Jessica", "Mélissa", "Océane", "Noémie", "Jade", "Léa", "Camille", "Sarah-Maude",
           "Ashley", "Emily", "Chloé"]
YOUNG_M = ["Kevin", "Maxime", "Samuel", "Jonathan", "Dylan", "Noah", "William", "Thomas", "Jérémy", "Tyler",
           "Justin", "Mathis"]


def new_patient(rng, en=False, lo=1928, hi=1960):
    sex = rng.choice("FM")
    dob = rand_dob(rng, lo, hi)
    young = dob.year >= 1978
    if young:
        given = rng.choice(YOUNG_F if sex == "F" else YOUNG_M)
    elif en:
        given = rng.choice(PAT_EN_F if sex == "F" else PAT_EN_M)
    else:
        given = rng.choice([g for g in (PAT_F if sex == "F" else PAT_M) if g not in YOUNG_F + YOUNG_M])
    sur = rng.choice(PAT_EN_SUR + PAT_SUR[:10]) if en else rng.choice(PAT_SUR)
    return Person(given, sur, sex, dob)


def new_staff(rng, en=False, sex=None):
    sex = sex or rng.choice("FFM")
    if en and rng.random() < 0.7:
        given = rng.choice(STAFF_EN_F if sex == "F" else STAFF_EN_M)
    else:
        given = rng.choice(STAFF_F if sex == "F" else STAFF_M)
    return Person(given, rng.choice(STAFF_SUR), sex)


# ---------------------------------------------------------------- organisations
ORGS = [
    dict(name="CISSS des Basses-Laurentides", short="CISSS BL", dom="cisss-bl.example",
         hosp="Hôpital régional de Val-Mauve", city="Saint-Jérôme", area="450", pc="J7Z"),
    dict(name="CIUSSS du Centre-Est-de-l'Île", short="CIUSSS CEI", dom="ciusss-cei.example",
         hosp="Hôpital Saint-Aubin", city="Montréal", area="514", pc="H1V"),
    dict(name="CISSS de la Rive-Sud-Ouest", short="CISSS RSO", dom="cisss-rso.example",
         hosp="Hôpital Pierre-Lemoyne-Nord", city="Longueuil", area="450", pc="J4K"),
    dict(name="CIUSSS de la Mauricie-Ouest", short="CIUSSS MO", dom="ciusss-mo.example",
         hosp="Centre hospitalier des Forges", city="Trois-Rivières", area="819", pc="G9A"),
    dict(name="CISSS de l'Estrie-Nord", short="CISSS EN", dom="cisss-en.example",
         hosp="Hôpital de la Magog-Haute", city="Sherbrooke", area="819", pc="J1H"),
]
CLSC = ["CLSC des Moulins-Est", "CLSC Sainte-Rose-Nord", "CLSC du Vieux-Longueuil",
        "CLSC de la Pointe-aux-Trembles-Est", "CLSC des Chenaux", "CLSC Saint-Hubert-Sud",
        "CLSC Lac-Brome-Ouest", "CLSC de Rivière-des-Prairies-Nord"]
CHSLD = ["CHSLD Jeanne-Le Ber-Ouest", "CHSLD des Pins-Rouges", "CHSLD Saint-Éloi",
         "CHSLD de la Rivière-aux-Chiens", "CHSLD Marguerite-Dessaulles", "CHSLD du Boisé-Vert",
         "Maison des aînés de Sainte-Thérèse-Est", "CHSLD Champlain-Laporte"]
RPA = ["Résidence Les Jardins du Ruisseau", "Manoir Belle-Rive", "Résidence Le Sélect-Laval",
       "Les Habitations du Parc-Vert", "Résidence Soleil d'Automne"]
UNITS_FR = ["médecine interne 5e", "gériatrie active (UCDG)", "médecine 4 Nord", "orthopédie 6e",
            "chirurgie 3 Sud", "psychiatrie 2e", "soins palliatifs", "URFI", "UTRF", "médecine 7e"]
UNITS_EN = ["Internal Medicine 5W", "Geriatrics (ACE unit)", "Orthopedics 6E", "Medicine 4N",
            "Surgery 3S", "Transitional Care Unit", "Rehab (IFRU)"]

STREETS = ["rue des Érables", "boulevard Curé-Labelle", "rue Principale", "avenue des Pins",
           "rue Saint-Georges", "chemin du Lac-Noir", "rue de la Fabrique", "boul. Taschereau",
           "rue Notre-Dame Ouest", "rue des Ormeaux", "avenue Laurier Est", "rue King Ouest",
           "montée Sainte-Marianne", "rue du Couvent", "rang Saint-Joseph", "rue Wellington Sud",
           "croissant des Lilas", "rue Beaubien Est", "rue de l'Hôtel-de-Ville"]
CITIES = [("Saint-Jérôme", "J7Z", "450"), ("Laval", "H7N", "450"), ("Longueuil", "J4K", "450"),
          ("Montréal", "H1V", "514"), ("Trois-Rivières", "G9A", "819"), ("Sherbrooke", "J1H", "819"),
          ("Joliette", "J6E", "450"), ("Repentigny", "J6A", "450"), ("Granby", "J2G", "450"),
          ("Shawinigan", "G9N", "819"), ("Mirabel", "J7J", "450")]


def letter(rng):
    return rng.choice("ABCEGHJKLMNPRSTVXY")


def address(rng, city=None):
    c = city or rng.choice(CITIES)
    num = rng.randint(12, 4890)
    apt = rng.choice(["", "", "", f", app. {rng.randint(1, 12)}", f", # {rng.randint(101, 612)}"])
    pc = f"{c[1]} {rng.randint(1, 9)}{letter(rng)}{rng.randint(1, 9)}"
    return f"{num} {rng.choice(STREETS)}{apt}, {c[0]} (Québec) {pc}", c


def phone(rng, area=None, style=None):
    area = area or rng.choice(["450", "514", "819", "438", "579"])
    n = f"555-01{rng.randint(0, 99):02d}"
    style = style or rng.choice(["paren", "space", "dash", "dot"])
    if style == "paren":
        return f"({area}) {n}"
    if style == "space":
        return f"{area} {n}"
    if style == "dot":
        return f"{area}.{n.replace('-', '.')}"
    return f"{area}-{n}"


def email_of(p, dom):
    import unicodedata
    def asc(s):
        s = unicodedata.normalize("NFKD", s)
        return "".join(ch for ch in s if ord(ch) < 128 and (ch.isalnum() or ch in "-")).lower()
    return f"{asc(p.given)}.{asc(p.surname)}@{dom}"


def personal_email(rng, p):
    import unicodedata
    def asc(s):
        s = unicodedata.normalize("NFKD", s)
        return "".join(ch for ch in s if ord(ch) < 128 and ch.isalnum()).lower()
    dom = rng.choice(["courriel.example", "boitemail.example", "videonet.example", "mail.example"])
    form = rng.choice(["{g}.{s}", "{g}{s}{n}", "{gi}{s}", "{s}.{g}{n}"])
    return form.format(g=asc(p.given), s=asc(p.surname), gi=asc(p.given)[0],
                       n=rng.randint(1, 99)) + "@" + dom


# ---------------------------------------------------------------- identifiers
FULLWIDTH = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return f"{a} {b} {c}"
    if style == "dot":
        return f"{a}.{b}.{c}"
    if style == "slash":
        return f"{a}/{b}/{c}"
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "lower":
        return f"{a} {b} {c}".lower()
    if style == "fullwidth":
        return nam.translate(FULLWIDTH)
    if style == "odd":
        return f"{a}  {b[:2]} {b[2:]}{c}"
    if style == "spaced":
        return " ".join(nam)
    raise ValueError(style)


def nam_style(rng):
    return rng.choice(["plain", "plain", "space", "space", "space", "dot", "slash", "dash",
                       "lower", "fullwidth", "odd", "spaced"])


def gen_sin(rng):
    while True:
        first = rng.choice("1234567" + "9")
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {"plain": num, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fullwidth": f"{a} {b} {c}".translate(FULLWIDTH), "slash": f"{a}/{b}/{c}"}[style]


def gen_ohn(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_ohn(num, style, vc=""):
    a, b, c = num[:4], num[4:7], num[7:]
    base = {"plain": num, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}",
            "dot": f"{a}.{b}.{c}"}[style]
    return f"{base} {vc}".strip() if vc else base


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob:%y%m%d}{serial:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        check = 97 - (n % 97)
        num = f"{base}{check:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    if style == "be":
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    if style == "plain":
        return num
    return f"{num[:6]} {num[6:9]} {num[9:]}"


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "31", "67", "35", "06"])
        commune = f"{rng.randint(1, 400):03d}"
        order = f"{rng.randint(1, 999):03d}"
        base = f"{1 if sex == 'M' else 2}{dob:%y%m}{dept}{commune}{order}"
        key = 97 - (int(base) % 97)
        num = f"{base}{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == "plain":
        return num
    s = fr_nir.format(num)
    if style == "dot":
        return s.replace(" ", ".")
    return s


def gen_mrn(rng, style=None):
    style = style or rng.choice(["7", "dash", "h", "space", "long"])
    if style == "7":
        return f"{rng.randint(0, 9999999):07d}"
    if style == "dash":
        return f"{rng.randint(10, 99)}-{rng.randint(0, 999999):06d}"
    if style == "h":
        return f"H{rng.randint(0, 9999999):07d}"
    if style == "space":
        return f"{rng.randint(0, 999):03d} {rng.randint(0, 9999):04d}"
    return f"{rng.randint(1, 9)}{rng.randint(0, 99999999):08d}"


MRN_LABEL_FR = ["No dossier", "N° de dossier", "# dossier", "Dossier", "No de dossier hosp.", "No dossier CH",
                "dossier"]
MRN_LABEL_EN = ["MRN", "Chart #", "Chart no.", "Hospital no.", "MRN:"]


# ---------------------------------------------------------------- dates
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "frnum":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "ymd":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


def dob_fr(rng, d):
    return fmt_date(d, rng.choice(["iso", "fr", "frnum", "ymd", "dmy"]))


def dob_en(rng, d):
    return fmt_date(d, rng.choice(["iso", "en", "ymd"]))


def work_date(rng, start=datetime.date(2024, 9, 2), span=240):
    d = start + datetime.timedelta(days=rng.randint(0, span))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def day_fr(d):
    return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}"


def day_en(d):
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


# ---------------------------------------------------------------- roles & signatures
ROLES_FR = ["Travailleuse sociale", "Travailleur social", "Technicienne en travail social",
            "Infirmière de liaison", "Agente de planification, programmation et recherche",
            "Coordonnatrice – gestion des lits", "Chef de service – soutien à domicile",
            "Agente administrative", "Conseillère en soins infirmiers", "Ergothérapeute",
            "Archiviste médicale", "Chef d'administration de programme – SAPA",
            "Travailleuse sociale – équipe de liaison", "Intervenante sociale – itinérance"]
ROLES_EN = ["Social Worker", "Discharge Planner", "Liaison Nurse", "Patient Flow Coordinator",
            "Administrative Assistant", "Occupational Therapist", "Clinical Nurse Educator",
            "Home Care Program Manager", "Case Manager"]

DISCLAIMER_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
    "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
    "Ce message est destiné uniquement à la personne ou à l'organisme à qui il est adressé et peut "
    "contenir de l'information confidentielle. Toute diffusion non autorisée est interdite.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
DISCLAIMER_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for "
    "the addressee. If you received it in error, please notify the sender and delete it.",
    "Please consider the environment before printing this e-mail.",
]


MASC = [("Conseillère juridique", "Conseiller juridique"), ("Infirmière praticienne", "Infirmier praticien"),
        ("Conseillère clinique", "Conseiller clinique"), ("Agente administrative", "Agent administratif"), ("Travailleuse sociale", "Travailleur social"), ("Technicienne", "Technicien"),
        ("Infirmière", "Infirmier"), ("Agente", "Agent"), ("Coordonnatrice", "Coordonnateur"),
        ("Conseillère", "Conseiller"), ("Intervenante", "Intervenant"), ("Pharmacienne", "Pharmacien"),
        ("Superviseure", "Superviseur"), ("Organisatrice", "Organisateur"), ("chef adjointe", "chef adjoint"),
        ("Ergothérapeute", "Ergothérapeute")]
FEM = [("Travailleur social", "Travailleuse sociale"), ("Technicien en informatique", "Technicienne en informatique")]


def gender_role(role, sex):
    if sex == "M":
        for f, m in MASC:
            role = role.replace(f, m)
    else:
        for m, f in FEM:
            role = role.replace(m, f)
    return role


def signature(rng, p, org, lang="fr", role=None, short=False):
    role = role or rng.choice(ROLES_FR if lang == "fr" else ROLES_EN)
    if lang == "fr":
        role = gender_role(role, p.sex)
    tel = phone(rng, org["area"], "space")
    ext = rng.randint(2000, 7999)
    if short:
        return rng.choice([f"{p.given}", f"{p.given[0]}. {p.surname}", f"-- \n{p.full}",
                           f"{p.given} {p.surname[0]}."])
    lines = [rng.choice(["-- ", "", "___", "", "--"])]
    lines.append(p.full + rng.choice(["", ", T.S.", ", inf.", ", B.Sc.", ""]))
    lines.append(role)
    if rng.random() < 0.7:
        lines.append(rng.choice(["Direction SAPA", "Direction des services multidisciplinaires",
                                 "Service social hospitalier", "Direction du programme soutien à "
                                 "l'autonomie des personnes âgées", "Guichet d'accès SAD",
                                 "Mécanisme d'accès à l'hébergement (MAH)"]
                                if lang == "fr" else
                                ["Social Services", "Patient Flow", "Home Care Program",
                                 "Care Transitions Team"]))
    lines.append(rng.choice([org["hosp"], org["name"]]))
    lines.append(f"{'Tél.' if lang == 'fr' else 'Tel.'} {tel}" +
                 rng.choice([f" poste {ext}" if lang == "fr" else f" ext. {ext}", ""]))
    if rng.random() < 0.4:
        lines.append(f"{'Téléc.' if lang == 'fr' else 'Fax'} {phone(rng, org['area'], 'space')}")
    if rng.random() < 0.35:
        lines.append(rng.choice(DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN))
    return "\n".join(l for l in lines if l is not None)


def pick(rng, *options):
    return rng.choice(options)
