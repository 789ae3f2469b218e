"""Shared data and helpers for the allergy / clinical immunology corpus.

Everything here is invented: the hospital, its staff, the patients without a NAM,
every address, phone number and identifier.  RAMQ NAMs come only from
../blind_nams.txt (path computed from this file's location).
"""
import datetime
import random
import unicodedata
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25151
HERE = Path(__file__).resolve().parent
NAM_FILE = HERE.parent / "blind_nams.txt"

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
DOM = "hsal.example"
ORG_FR = "Hôpital Sainte-Aurélie-du-Lac"
ORG_EN = "Sainte-Aurelie-du-Lac Hospital"
CLINIC_FR = "Clinique d'allergie et d'immunologie clinique"
CLINIC_EN = "Allergy and Clinical Immunology Clinic"
ADDR_FR = "Pavillon Brassard, 3e étage, 1480, rue des Cormorans, Lac-Aurélie (Québec)  G0X 9Z9"
ADDR_EN = "Brassard Pavilion, 3rd floor, 1480 rue des Cormorans, Lac-Aurelie, QC  G0X 9Z9"
TEL = "819 555-0140"
FAX = "819 555-0141"
TEL_IVIG = "819 555-0146"
TEL_OFC = "819 555-0147"


class Person:
    def __init__(self, given, surname, sex, role_fr, role_en, email, title=True, dr=False):
        self.given, self.surname, self.sex = given, surname, sex
        self.role_fr, self.role_en, self.email, self.dr = role_fr, role_en, email, dr

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang):
        if self.dr:
            if lang == "fr":
                return ("Dre " if self.sex == "F" else "Dr ") + self.full
            return "Dr. " + self.full
        if lang == "fr":
            return ("Mme " if self.sex == "F" else "M. ") + self.full
        return ("Ms. " if self.sex == "F" else "Mr. ") + self.full

    def addr(self):
        return (self.full, self.email)


def _p(given, surname, sex, rf, re_, local, dom=DOM, dr=False):
    return Person(given, surname, sex, rf, re_, f"{local}@{dom}", dr=dr)


STAFF = {
    "vachon": _p("Hélène", "Vachon-Després", "F", "allergiste-immunologue, chef médicale",
                 "allergist-immunologist, medical lead", "helene.vachon-despres", dr=True),
    "benali": _p("Karim", "Benali", "M", "allergiste-immunologue", "allergist-immunologist",
                 "karim.benali", dr=True),
    "raman": _p("Priya", "Raman", "F", "immunologue clinique, immunodéficiences",
                "clinical immunologist, immunodeficiency program", "priya.raman", dr=True),
    "lafreniere": _p("Étienne", "Lafrenière", "M", "allergiste pédiatrique",
                     "paediatric allergist", "etienne.lafreniere", dr=True),
    "desrochers": _p("Mathieu", "Desrochers", "M", "résident R4, immunologie clinique et allergie",
                     "PGY-4 resident, clinical immunology and allergy", "mathieu.desrochers", dr=True),
    "quirion": _p("Josianne", "Quirion", "F", "infirmière clinicienne, immunothérapie",
                  "clinical nurse, immunotherapy", "josianne.quirion"),
    "stemarie": _p("Kevin", "Ste-Marie", "M", "infirmier, tests de provocation",
                   "nurse, challenge unit", "kevin.ste-marie"),
    "lariviere": _p("Maude", "Larivière", "F", "infirmière, clinique d'IgIV",
                    "nurse, IVIG clinic", "maude.lariviere"),
    "dufresne": _p("Annabelle", "Dufresne", "F", "pharmacienne", "pharmacist",
                   "annabelle.dufresne"),
    "bergevin": _p("Lucie", "Bergevin", "F", "agente administrative", "administrative officer",
                   "lucie.bergevin"),
    "audet": _p("Francine", "Audet", "F", "agente administrative, rendez-vous",
                "booking clerk", "francine.audet"),
    "trepanier": _p("Normand", "Trépanier", "M", "chef de service administratif",
                    "administrative manager", "normand.trepanier"),
    "laberge": _p("Sophie", "Laberge-Ng", "F", "coordonnatrice, hôpital de jour",
                  "day hospital coordinator", "sophie.laberge-ng"),
    "ayotte": _p("Marie-Soleil", "Ayotte", "F", "technicienne en administration, RH",
                 "HR technician", "marie-soleil.ayotte"),
    "okafor": _p("Chinedu", "Okafor", "M", "inhalothérapeute, laboratoire de fonction respiratoire",
                 "respiratory therapist, pulmonary function lab", "chinedu.okafor"),
}

EXTERNAL = {
    "marchand": _p("Olivier", "Marchand", "M", "médecin de famille, GMF des Trois-Pins",
                   "family physician, Trois-Pins FMG", "omarchand", "gmf-troispins.example", dr=True),
    "ouimet": _p("Catherine", "Ouimet", "F", "urgentologue", "emergency physician",
                 "catherine.ouimet", dr=True),
    "pharm": _p("Guillaume", "Beaudry-Lalonde", "M", "pharmacien propriétaire",
                "pharmacist-owner", "labo", "pharmacie-beaudry.example"),
    "clsc": _p("Nadia", "Chouinard", "F", "travailleuse sociale, CLSC de la Haute-Rivière",
               "social worker, Haute-Riviere CLSC", "nadia.chouinard", "clsc-hauteriviere.example"),
    "kowal": _p("Jeffrey", "Kowal", "M", "allergist, Carleton Heights Allergy Clinic",
                "allergist, Carleton Heights Allergy Clinic", "jkowal", "carletonheights-allergy.example", dr=True),
    "assur": _p("Valérie", "Gosselin-Ham", "F", "analyste, réclamations invalidité, Assurances Boréal-Vie",
                "claims analyst, Boreal-Vie Insurance", "reclamations", "borealvie.example"),
    "transfu": _p("Rémi", "Jodoin", "M", "technologiste, banque de sang", "technologist, blood bank",
                  "banquedesang", DOM),
    "transport": _p("Sylvain", "Perron", "M", "répartiteur, Transport adapté Lac-Aurélie",
                    "dispatcher, Lac-Aurelie paratransit", "reservations", "transportadapte-lac.example"),
    "ecole": _p("Isabelle", "Nolet", "F", "infirmière scolaire, CSS des Grèves",
                "school nurse", "isabelle.nolet", "cssdesgreves.example"),
    "fr_doc": _p("Aurélien", "Castagné", "M", "médecin généraliste, Lyon", "GP, Lyon",
                 "dr.castagne", "cabinet-croixrousse.example", dr=True),
    "be_doc": _p("Liesbeth", "Vanderhaegen", "F", "allergologue, Gand", "allergist, Ghent",
                 "l.vanderhaegen", "allergo-gent.example", dr=True),
    "supplier": _p("Patrick", "Lemay", "M", "représentant, Laboratoires Allergéna inc.",
                   "sales rep, Allergena Laboratories Inc.", "patrick.lemay", "allergena.example"),
    "it": _p("Centre de services", "TI", "M", "Direction des technologies de l'information",
             "IT service desk", "servicedesk", DOM),
    "facil": _p("Services", "techniques", "M", "Services techniques", "Facilities", "services.techniques", DOM),
}

# Non-NAM patients: surnames and given names that never occur in blind_nams.txt.
PAT_SURNAMES = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Gendron", "Dubé", "Hébert", "Desjardins",
                "Beaulieu", "Leduc", "Vézina", "Pichette", "Lemieux", "Charbonneau", "Provencher",
                "Doucet", "Houle", "Lacroix", "Rioux", "Arsenault", "Nguyen", "Haddad", "Santos",
                "Kowalczyk", "O'Neill", "Patel", "Mercier", "Gingras", "Boisvert", "Jolicoeur",
                "Labrecque", "Grenier", "Veilleux", "Turcotte", "Bissonnette", "Caouette", "Lévesque",
                "Drouin", "Paré", "Francoeur", "Harvey", "Vaillancourt", "St-Onge", "Dion", "Ferland",
                "Poulin", "Desmarais", "Lachance", "Benoît", "Marcotte", "Ouattara", "Rahimi",
                "Mukendi", "Chartrand", "Tanguay", "Beausoleil", "Cyr", "Lalancette", "Demers", "Guay"]
PAT_GIVEN_F = ["Ginette", "Chloé", "Léa", "Rosalie", "Jacinthe", "Maryse", "Noémie", "Aïcha",
               "Zoé", "Lise", "Thérèse", "Ariane", "Fatima", "Mireille", "Camille", "Karine",
               "Yvette", "Océane", "Priscilla", "Huguette"]
PAT_GIVEN_M = ["Gaétan", "Raymond", "Loïc", "Félix", "Jean-Guy", "Mathis", "Yannick", "Omar",
               "Benoît", "Réjean", "Samuel", "Hugo", "Antoine", "Ludovic", "Kwame", "Normand",
               "Thomas", "Émile", "Dany", "Bertrand"]
FR_GIVEN = [("Margaux", "F"), ("Baptiste", "M"), ("Clémence", "F"), ("Quentin", "M"), ("Solène", "F")]
FR_SURN = ["Delmas", "Rouquette", "Peyrac", "Vidalenc", "Marty-Coste"]
BE_GIVEN = [("Wouter", "M"), ("Elke", "F"), ("Maxime", "M"), ("Anneleen", "F"), ("Thibaut", "M")]
BE_SURN = ["Verstraete", "De Smedt", "Peeters-Lambrecht", "Goossens", "Vandamme"]

STREETS = ["rue des Hirondelles", "chemin du Rang-Sept", "avenue Papineau-Nord", "rue Saint-Firmin",
           "boulevard des Pionniers", "rue de la Chapelle", "montée Ste-Véronique", "rue Desautels",
           "rang du Petit-Brûlé", "rue des Trembles"]
TOWNS = [("Lac-Aurélie", "G0X"), ("Saint-Ours-des-Grèves", "G0X"), ("Val-Cormier", "J0K"),
         ("Sainte-Brigitte-de-Maska", "J0H"), ("Pointe-aux-Saules", "G0X")]
ON_TOWNS = [("Ottawa", "K1V"), ("Orleans", "K4A"), ("Cornwall", "K6H"), ("Kanata", "K2M")]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c)
                   for c in s)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dfmt(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "long2":  # "4 March 1958"
        return f"{d.day} {(MONTHS_FR if lang == 'fr' else MONTHS_EN)[d.month - 1]} {d.year}"
    raise ValueError(style)


def day_phrase(d, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{DAYS_FR[d.weekday()]} {day} {MONTHS_FR[d.month - 1]}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def dob_variants(d):
    """Every written form of a birth date that the generator may use."""
    out = {dfmt(d, s) for s in ("iso", "dmy", "ymd/", "dmy.", "dmy-")}
    for lang in ("fr", "en"):
        out.add(dfmt(d, "long", lang))
        out.add(dfmt(d, "long2", lang))
    out.add(f"{d.year}-{d.month:02d}-{d.day:02d} 00:00:00")
    return sorted(out)


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def load_nams():
    rows = []
    for line in NAM_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sur, given, dob, sex, nam = line.split()
        rows.append(dict(surname=sur, given=given, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return rows


def make_sin(rng):
    while True:
        body = str(rng.randint(1, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    vc = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXYZ") for _ in range(2))
    return num, vc


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["69", "13", "33", "31", "44", "75", "38", "59", "67", "35"])
        base = (("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}" + dept
                + f"{rng.randint(1, 999):03d}" + f"{rng.randint(1, 999):03d}")
        num = base + f"{97 - int(base) % 97:02d}"
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return f"{rng.randint(100000, 999999):06d}" if rng.random() < 0.3 else f"0{rng.randint(100000, 999999)}"


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}", "dash": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}", "lower": f"{a} {b} {c}".lower(), "fw": fullwidth(nam),
        "fwspace": fullwidth(f"{a} {b} {c}"), "tight": f"{a} {b}{c}",
    }[style]


def fmt_sin(s, style):
    return {"plain": s, "space": f"{s[:3]} {s[3:6]} {s[6:]}", "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}",
            "dot": f"{s[:3]}.{s[3:6]}.{s[6:]}", "fw": fullwidth(f"{s[:3]} {s[3:6]} {s[6:]}")}[style]


def fmt_ohip(num, vc, style):
    return {"plain": f"{num}{vc}", "dash": f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}",
            "space": f"{num[:4]} {num[4:7]} {num[7:]} {vc}", "slash": f"{num[:4]}/{num[4:7]}/{num[7:]} {vc}"}[style]


def fmt_niss(n, style):
    return {"plain": n, "dot": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "space": f"{n[:6]} {n[6:9]} {n[9:]}"}[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {"plain": n, "space": " ".join(parts), "dot": ".".join(parts[:-1]) + " " + parts[-1]}[style]


def fmt_mrn(m, style):
    return {"plain": m, "space": f"{m[:3]} {m[3:]}", "dot": ".".join([m[:2], m[2:4], m[4:]]),
            "slash": f"{m[:3]}/{m[3:]}", "dash": f"{m[:3]}-{m[3:]}", "fw": fullwidth(m),
            "prefix": f"HSAL-{m}"}[style]


def phone(rng, area=None):
    area = area or rng.choice(["819", "450", "873", "579"])
    return f"{area} 555-01{rng.randint(50, 99):02d}"


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, given, surname, sex, dob, nam=None, rng=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        rng = rng or random.Random(f"{given}{surname}{dob}")
        self.mrn = make_mrn(rng)
        self.phone = phone(rng)
        self.cell = phone(rng, "819" if rng.random() < 0.5 else "873")
        town, fsa = rng.choice(TOWNS)
        self.address = f"{rng.randint(12, 2990)}, {rng.choice(STREETS)}, {town} (Québec)  {fsa} {rng.randint(1,9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1,9)}"
        self.address_en = self.address.replace(" (Québec) ", ", QC")
        self.sin = None
        self.ohip = None
        self.niss = None
        self.nir = None
        pg = rng.choice(PAT_GIVEN_F) if rng.random() < 0.6 else rng.choice(PAT_GIVEN_M)
        self.parent = (pg, surname if rng.random() < 0.6 else rng.choice(PAT_SURNAMES))
        self.weight = None

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        return {
            "full": f"{g} {s}", "titled": f"{self.title(lang)} {g} {s}", "upper_first": f"{s.upper()}, {g}",
            "sur_first": f"{s}, {g}", "sur_first_nc": f"{s} {g}", "lower": f"{g} {s}".lower(),
            "lower_sur": f"{s.lower()}, {g.lower()}", "initial": f"{g[0]}. {s}",
            "title_sur": f"{self.title(lang)} {s}", "upper": f"{g} {s.upper()}",
        }[style]

    def sex_word(self, lang):
        return ("Sexe : " if lang == "fr" else "Sex: ") + self.sex


FULL_STYLES = ["full", "titled", "upper_first", "sur_first", "sur_first_nc", "lower", "lower_sur", "upper"]


def random_dob(rng, lo, hi):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


class PatientFactory:
    def __init__(self, seed):
        self.rng = random.Random(f"{seed}-patients")
        self.used = set()

    def new(self, kind="adult", origin="qc"):
        rng = self.rng
        while True:
            if origin == "fr":
                g, sex = rng.choice(FR_GIVEN)
                s = rng.choice(FR_SURN)
            elif origin == "be":
                g, sex = rng.choice(BE_GIVEN)
                s = rng.choice(BE_SURN)
            else:
                sex = rng.choice("FM")
                g = rng.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
                s = rng.choice(PAT_SURNAMES)
            if (g, s) not in self.used:
                self.used.add((g, s))
                break
        if kind == "any":
            kind = rng.choice(["child", "adult", "adult", "elder"])
        lo, hi = {"child": (2010, 2021), "adult": (1955, 2000), "elder": (1934, 1954),
                  "young": (1996, 2006)}[kind]
        p = Patient(g, s, sex, random_dob(rng, lo, hi), None, random.Random(f"{g}|{s}|{rng.random()}"))
        if origin == "on":
            p.ohip = make_ohip(rng)
            town, fsa = rng.choice(ON_TOWNS)
            p.address_en = f"{rng.randint(10, 899)} {rng.choice(['Cahill Drive', 'Tenth Line Road', 'Pitt Street', 'Hazeldean Road'])}, {town}, ON  {fsa} {rng.randint(1,9)}R{rng.randint(1,9)}"
            p.address = p.address_en
            p.phone = f"613 555-01{rng.randint(50, 99)}"
        if origin == "fr":
            p.nir = make_nir(rng, p.dob, p.sex)
        if origin == "be":
            p.niss = make_niss(rng, p.dob, p.sex)
        return p


def nam_patients(seed):
    out = []
    for r in load_nams():
        p = Patient(r["given"], r["surname"], r["sex"], r["dob"], r["nam"],
                    random.Random(f"{seed}-{r['nam']}"))
        out.append(p)
    return out


def msg_date(rng, lo=datetime.date(2024, 9, 3), hi=datetime.date(2025, 10, 24)):
    while True:
        d = datetime.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    h = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17, 19, 21])
    return datetime.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59))


def next_workday(d, n=1, rng=None):
    out = d
    while n > 0:
        out += datetime.timedelta(days=1)
        if out.weekday() < 5:
            n -= 1
    return out
