"""Shared helpers: seed, people, identifiers, formatting.

Everything here is invented. Domains end in .example, phones are 555-01xx.
"""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25145
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

ORG = {
    "name_fr": "Centre de fertilité et de gynécologie de l'Outaouais",
    "name_en": "Outaouais Fertility and Gynaecology Centre",
    "short": "CFGO",
    "domain": "cfgo.example",
    "addr": "1200, rue des Outardes, bureau 300, Gatineau (Québec) J8Z 0X0",
    "addr_ascii": "1200 rue des Outardes, Suite 300, Gatineau QC J8Z 0X0",
    "tel": "819-555-0142",
    "fax": "819-555-0143",
    "embryo_tel": "819-555-0146",
    "colpo_tel": "819-555-0147",
}
HOSP = {"name": "Hôpital du Ruisseau", "domain": "hopitalruisseau.example", "tel": "819-555-0120"}
LAB = {"name": "BioLab Outaouais", "domain": "biolab-outaouais.example", "tel": "819-555-0125"}
PHARM = {"name": "Pharmacie Jolibois", "domain": "pharmajolibois.example", "tel": "819-555-0131",
         "fax": "819-555-0132"}
PHARM_ON = {"name": "Greenbank Compounding Pharmacy", "domain": "greenbankrx.example", "tel": "613-555-0133"}
FHT = {"name": "Riverside Family Health Team", "domain": "riversidefht.example", "tel": "613-555-0115"}
BE = {"name": "Centre PMA Liège-Sud", "domain": "pma-liegesud.example", "tel": "+32 4 555 01 18"}
FR = {"name": "Centre AMP Fourvière", "domain": "amp-fourviere.example", "tel": "+33 4 55 50 01 19"}
INSURER = {"name": "Assurances Boréalis", "domain": "borealis-assur.example"}
AGENCY = {"name": "Régie régionale de santé (programme public de PMA)", "domain": "regie-pma.example"}


# --------------------------------------------------------------------------- NAM list
def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": given, "dob": dt.date.fromisoformat(dob),
                         "sex": sex, "nam": nam})
    return rows


NAMS = load_nams()
NAM_SURNAMES = {r["surname"] for r in NAMS}

# --------------------------------------------------------------------------- people pools
PAT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gingras", "Desjardins", "Dufour", "Bernier", "Poulin",
    "Lemieux", "Mercier", "Champagne", "Dubé", "Vachon", "Lachance", "Giroux", "Beaulieu", "Turcotte",
    "Drouin", "Hébert", "Bolduc", "Rioux", "Picard", "Langlois", "Paradis", "Lemay", "Carrier",
    "Perreault", "Arsenault", "Leclerc", "Lavallée", "Charest", "Bisson", "Paquin", "Dionne",
    "Jolicoeur", "Harvey", "Boudreau", "Villeneuve", "Demers", "Fontaine", "Nguyen", "Haddad", "Kaur",
    "Chen", "Patel", "O'Neill", "Murphy", "Campbell", "Kowalski", "Petrova", "Singh", "Ibrahim",
    "Ferreira", "Castillo", "Mensah", "Okafor", "Dumont", "Laberge", "St-Pierre", "Marchand", "Blais",
    "Bédard", "Gosselin", "Rousseau", "Proulx", "Labbé", "Duchesne", "Lafrance", "Pilon", "Sauvé",
    "Lalonde", "Chartrand", "Brunet", "Legault", "Charron", "Lacroix", "Sabourin", "McKenna",
    "Fitzpatrick", "Doyle", "Greenberg", "Rahimi", "Van Damme", "Peeters", "Janssens", "Dubois-Renard",
    "Moreau", "Girardot", "Lefebvre", "Mercado", "Bianchi", "Oyelaran", "Aubin", "Bourque", "Cyr",
]
GIVEN_F = [
    "Julie", "Émilie", "Catherine", "Valérie", "Mélanie", "Stéphanie", "Karine", "Isabelle", "Annie",
    "Marie-Ève", "Audrey", "Véronique", "Caroline", "Jessica", "Amélie", "Noémie", "Laurence",
    "Roxanne", "Priya", "Fatima", "Aisha", "Mei", "Olga", "Hannah", "Rachel", "Megan", "Lauren",
    "Kimberly", "Nadia", "Yasmina", "Chantal", "Lise", "Francine", "Monique", "Hélène", "Johanne",
    "Carole", "Ariane", "Maude", "Andréanne", "Claudia", "Kathleen", "Jennifer", "Sabrina", "Tanya",
    "Élodie", "Camille", "Sarah-Jeanne", "Lucie", "Maryse", "Gabrielle", "Océane", "Inès", "Leïla",
]
GIVEN_M = [
    "Mathieu", "Jonathan", "Maxime", "Simon", "Kevin", "Olivier", "Patrick", "Alexandre", "Ryan",
    "Daniel", "Ahmed", "Carlos", "Sébastien", "François", "Étienne", "Frédéric", "Vincent", "Hugo",
    "Jérémie", "Nicolas", "Thomas", "Benoît", "Raphaël", "Omar", "Kwame", "Tyler", "Brandon",
]
assert not (set(PAT_SURNAMES) & NAM_SURNAMES)

# Staff (never patients). Surnames disjoint from NAM and patient pools.
STAFF = {
    "rei1": ("Dre", "Anne-Marie", "Vézina", "endocrinologue de la reproduction", "amvezina"),
    "rei2": ("Dr", "Samuel", "Okonkwo", "reproductive endocrinologist", "sokonkwo"),
    "rei3": ("Dre", "Laura", "Fitzgerald", "REI fellow", "lfitzgerald"),
    "colpo": ("Dre", "Hélène", "Brassard", "gynécologue, clinique de colposcopie", "hbrassard"),
    "meno": ("Dre", "Isabelle", "Séguin", "gynécologue, clinique de ménopause", "iseguin"),
    "gyn2": ("Dr", "Karim", "Benali", "gynécologue-obstétricien", "kbenali"),
    "andro": ("Dr", "Marc-Olivier", "Thériault", "urologue-andrologue", "motheriault"),
    "embryo1": ("", "Mylène", "Trudel", "embryologiste principale", "mtrudel"),
    "embryo2": ("", "Kevin", "Ashworth", "embryologist", "kashworth"),
    "embryo3": ("", "Sophie", "Lacasse", "embryologiste", "slacasse"),
    "nurse1": ("", "Nathalie", "Corriveau", "infirmière coordonnatrice FIV", "ncorriveau"),
    "nurse2": ("", "Jenny", "Lam", "IVF nurse coordinator", "jlam"),
    "nurse3": ("", "Marie-Claude", "Gendron", "infirmière clinicienne, colposcopie", "mcgendron"),
    "nurse4": ("", "Ophélie", "Desmarais", "infirmière, programme de dons", "odesmarais"),
    "clerk1": ("", "Francine", "Desrosiers", "agente administrative", "fdesrosiers"),
    "clerk2": ("", "Tanya", "Whitfield", "patient services clerk", "twhitfield"),
    "clerk3": ("", "Guylaine", "Marcoux", "agente de facturation", "gmarcoux"),
    "mgr": ("", "Luc", "Beauchemin", "chef des opérations cliniques", "lbeauchemin"),
    "labdir": ("Dr", "Pierre-Luc", "Massé", "directeur du laboratoire d'embryologie", "plmasse"),
    "sw": ("", "Rosalie", "Bouffard", "travailleuse sociale", "rbouffard"),
    "hr": ("", "Danielle", "Quintal", "conseillère en ressources humaines", "dquintal"),
    "it": ("", "Yannick", "Lepage", "technicien informatique", "ylepage"),
    "fin": ("", "Richard", "Hamelin", "contrôleur financier", "rhamelin"),
    "qa": ("", "Émilie-Rose", "Cantin", "coordonnatrice qualité", "ercantin"),
    "pharm": ("", "Alexis", "Cournoyer", "pharmacien", "acournoyer"),
    "gen": ("Dre", "Priyanka", "Raman", "généticienne", "praman"),
    "psy": ("", "Nadine", "Ferland", "psychologue", "nferland"),
}
ROLES = {  # key: (fr, en)
    "rei1": ("Endocrinologue de la reproduction", "Reproductive endocrinologist"),
    "rei2": ("Endocrinologue de la reproduction", "Reproductive endocrinologist"),
    "rei3": ("Fellow en endocrinologie de la reproduction", "REI fellow"),
    "colpo": ("Gynécologue, clinique de colposcopie", "Gynaecologist, colposcopy clinic"),
    "meno": ("Gynécologue, clinique de ménopause", "Gynaecologist, menopause clinic"),
    "gyn2": ("Gynécologue-obstétricien", "Obstetrician-gynaecologist"),
    "andro": ("Urologue-andrologue", "Urologist-andrologist"),
    "embryo1": ("Embryologiste principale", "Senior embryologist"),
    "embryo2": ("Embryologiste", "Embryologist"),
    "embryo3": ("Embryologiste", "Embryologist"),
    "nurse1": ("Infirmière coordonnatrice FIV", "IVF nurse coordinator"),
    "nurse2": ("Infirmière coordonnatrice FIV", "IVF nurse coordinator"),
    "nurse3": ("Infirmière clinicienne, colposcopie", "Clinical nurse, colposcopy"),
    "nurse4": ("Infirmière, programme de dons", "Nurse, donor programme"),
    "clerk1": ("Agente administrative", "Administrative agent"),
    "clerk2": ("Préposée aux services aux patients", "Patient services clerk"),
    "clerk3": ("Agente de facturation", "Billing agent"),
    "mgr": ("Chef des opérations cliniques", "Clinical operations manager"),
    "labdir": ("Directeur du laboratoire d'embryologie", "Embryology laboratory director"),
    "sw": ("Travailleuse sociale", "Social worker"),
    "hr": ("Conseillère en ressources humaines", "Human resources advisor"),
    "it": ("Technicien informatique", "IT technician"),
    "fin": ("Contrôleur financier", "Financial controller"),
    "qa": ("Coordonnatrice qualité", "Quality coordinator"),
    "pharm": ("Pharmacien", "Pharmacist"),
    "gen": ("Généticienne", "Geneticist"),
    "psy": ("Psychologue", "Psychologist"),
}
STAFF_SURNAMES = {v[2] for v in STAFF.values()}
assert not (STAFF_SURNAMES & NAM_SURNAMES) and not (STAFF_SURNAMES & set(PAT_SURNAMES))

# Extra invented staff/outside names for negatives (HR, newsletters, speakers...).
OTHER_NAMES = [
    ("Dre", "Judith", "Archambault"), ("Dr", "Hugo", "Lambert-Ross"), ("Dre", "Caroline", "Massicotte"),
    ("Dr", "Ethan", "Kowalczyk"), ("Dre", "Farah", "Mansour"), ("Dr", "Gilbert", "Ouimet"),
    ("Mme", "Sonia", "Boisvert"), ("M.", "Réjean", "Plamondon"), ("Ms.", "Heather", "Caldwell"),
    ("Dr", "Arjun", "Mehta"), ("Dre", "Solène", "Berthiaume"), ("Mme", "Ginette", "Rochon"),
    ("Dr", "Thomas", "Wexler"), ("Dre", "Mireille", "Gauvreau"), ("Ms.", "Nicole", "Ashby"),
    ("M.", "Denis", "Larocque"), ("Dre", "Valérie", "Hotte"), ("Dr", "Jean-Sébastien", "Roussel"),
]
assert not ({n[2] for n in OTHER_NAMES} & NAM_SURNAMES)


def staff(key):
    t, g, s, role, login = STAFF[key]
    full = f"{t} {g} {s}".strip()
    return {"title": t, "given": g, "surname": s, "role": role, "full": full,
            "plain": f"{g} {s}", "email": f"{login}@{ORG['domain']}"}


# --------------------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1245679")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def make_ohn(rng):
    body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    vc = rng.choice(["", "AB", "KL", "MT", "XY", "HG", "PN"])
    return num, vc


def ohn_valid(num):
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        ctr = rng.randint(1, 997)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        first9 = f"{yy:02d}{mm:02d}{dd:02d}{ctr:03d}"
        base = int(("2" if dob.year >= 2000 else "") + first9)
        chk = 97 - base % 97
        num = first9 + f"{chk:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style=0):
    if style == 0:
        return f"{num[0:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:11]}"
    if style == 1:
        return num
    return f"{num[0:6]} {num[6:9]} {num[9:11]}"


def make_nir(rng, dob, sex):
    while True:
        s = "1" if sex == "M" else "2"
        dep = rng.choice(["69", "75", "13", "33", "38", "59", "01", "42", "67"])
        com = f"{rng.randint(1, 390):03d}"
        ser = f"{rng.randint(1, 999):03d}"
        body = f"{s}{dob.year % 100:02d}{dob.month:02d}{dep}{com}{ser}"
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style=0):
    if style == 0:
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:15]}"
    return num


def fmt_sin(num, style=0):
    return [f"{num[0:3]} {num[3:6]} {num[6:9]}", f"{num[0:3]}-{num[3:6]}-{num[6:9]}", num,
            f"{num[0:3]}.{num[3:6]}.{num[6:9]}"][style % 4]


def fmt_ohn(num, vc, style=0):
    core = [f"{num[0:4]}-{num[4:7]}-{num[7:10]}", f"{num[0:4]} {num[4:7]} {num[7:10]}", num][style % 3]
    return (core + ("-" if style % 3 == 0 else " ") + vc) if vc else core


def make_mrn(rng, style=None):
    style = rng.randint(0, 4) if style is None else style
    n = rng.randint(100000, 999999)
    return [f"{n:07d}", f"H-{n}", f"{str(n)[:3]}-{str(n)[3:]}", f"CF{n}", f"0{n}"][style]


FW = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}


def fullwidth(s):
    return s.translate(FW)


def disguise(s, style):
    """Write an identifier oddly. style: plain, spaced, dotted, slashed, hyphen, fullwidth, wide."""
    if style == "plain":
        return s
    if style == "spaced":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "dotted":
        return ".".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "slashed":
        return "/".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "hyphen":
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "fullwidth":
        return fullwidth(s)
    if style == "wide":
        return " ".join(s)
    raise ValueError(style)


def norm_ident_text(text):
    """NFKC, uppercase, drop separators: used by the checker to find identifiers."""
    t = unicodedata.normalize("NFKC", text).upper()
    return "".join(ch for ch in t if ch.isalnum())


# --------------------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, style=0):
    if lang == "fr":
        return [f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                d.isoformat(), f"{d.day:02d}-{d.month:02d}-{d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}"][style % 5]
    return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d.isoformat(),
            f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}"][style % 5]


def dob_variants(d):
    out = {d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
           f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {MOIS[d.month - 1]} {d.year}",
           f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}",
           f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
           f"{d.year}{d.month:02d}{d.day:02d}"}
    return out


def fday(d, lang):
    if lang == "fr":
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- patients
class Person:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.phone = None
        self.addr = None
        self.mrn = None

    def title(self, lang):
        if self.sex == "F":
            return "Mme" if lang == "fr" else "Ms."
        return "M." if lang == "fr" else "Mr."

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        return {
            "full": f"{g} {s}",
            "title": f"{self.title(lang)} {g} {s}",
            "title_sur": f"{self.title(lang)} {s}",
            "upper_comma": f"{s.upper()}, {g}",
            "sur_comma": f"{s}, {g}",
            "upper_sur": f"{g} {s.upper()}",
            "lower": f"{g.lower()} {s.lower()}",
            "lower_rev": f"{s.lower()} {g.lower()}",
            "initial": f"{g[0]}. {s}",
            "initial_rev": f"{s} {g[0]}.",
            "given": g,
            "sur_first": f"{s.upper()} {g}",
        }[style]

    def sex_word(self, lang):
        if lang == "fr":
            return "F" if self.sex == "F" else "M"
        return "F" if self.sex == "F" else "M"


STREETS = ["rue Papineau", "boulevard Saint-Joseph", "rue Laurier", "chemin de la Montagne",
           "rue Notre-Dame", "rue des Érables", "avenue du Golf", "rue Wellington", "chemin Vanier",
           "rue Jacques-Cartier", "rue de Cannes", "montée Paiement"]
CITIES = ["Gatineau (Québec) J8T 0A1", "Gatineau (Québec) J9A 0B2", "Chelsea (Québec) J9B 0C3",
          "Cantley (Québec) J8V 0D4", "Val-des-Monts (Québec) J8N 0E5", "Gatineau (Québec) J8Y 0F6"]
ON_STREETS = ["Bank Street", "Riverside Drive", "Carling Avenue", "Baseline Road", "Bronson Avenue",
              "Innes Road", "Greenbank Road"]
ON_CITIES = ["Ottawa, ON K1S 0A1", "Ottawa, ON K2C 0B2", "Nepean, ON K2G 0C3", "Orléans, ON K1C 0D4",
             "Kanata, ON K2M 0E5"]


def patient_phone(rng, region="qc"):
    area = {"qc": rng.choice(["819", "873"]), "on": rng.choice(["613", "343"])}.get(region, "819")
    return f"{area}-555-01{rng.randint(50, 99):02d}"


def patient_addr(rng, region="qc"):
    if region == "on":
        return f"{rng.randint(10, 2999)} {rng.choice(ON_STREETS)}, {rng.choice(ON_CITIES)}"
    apt = rng.choice(["", f", app. {rng.randint(1, 24)}"])
    return f"{rng.randint(10, 2999)}, {rng.choice(STREETS)}{apt}, {rng.choice(CITIES)}"


class PatientFactory:
    """Hands out invented patients (never reused) and NAM holders (each used at most twice)."""

    def __init__(self, seed):
        self.rng = random.Random(seed * 7 + 1)
        self.used = set()
        self.nam_order = list(range(len(NAMS)))
        self.rng.shuffle(self.nam_order)
        self.nam_pos = 0
        self.nam_used = []

    def new(self, sex="F", age=(28, 42), ref=dt.date(2024, 6, 1), region="qc"):
        rng = self.rng
        while True:
            g = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
            s = rng.choice(PAT_SURNAMES)
            if (g, s) not in self.used:
                self.used.add((g, s))
                break
        yrs = rng.randint(age[0], age[1])
        dob = ref - dt.timedelta(days=int(yrs * 365.25) + rng.randint(0, 360))
        p = Person(g, s, sex, dob)
        p.phone = patient_phone(rng, region)
        p.addr = patient_addr(rng, region)
        p.mrn = make_mrn(rng)
        return p

    def nam_holder(self, pred=None):
        """Next NAM holder (optionally satisfying pred on the row)."""
        for k in range(len(self.nam_order)):
            idx = self.nam_order[(self.nam_pos + k) % len(self.nam_order)]
            row = NAMS[idx]
            if pred is None or pred(row):
                self.nam_order.remove(idx)
                self.nam_order.append(idx)
                self.nam_used.append(idx)
                p = Person(row["given"], row["surname"], row["sex"], row["dob"], nam=row["nam"])
                p.phone = patient_phone(self.rng)
                p.addr = patient_addr(self.rng)
                p.mrn = make_mrn(self.rng)
                return p
        raise LookupError("no NAM holder fits")


def nam_disp(p, style):
    return disguise(p.nam, style)
