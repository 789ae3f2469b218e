"""Shared helpers: seeded choices, invented people, identifiers, formats.

Everything here is synthetic.  Identifiers (NISS, NIR, SIN, Ontario health
numbers) are generated to be checksum-valid and verified with python-stdnum;
RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime as dt
import os
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


# ---------------------------------------------------------------- NAM list
@dataclass
class NamHolder:
    surname: str
    given: str
    dob: dt.date
    sex: str
    nam: str


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(NamHolder(sur, giv, dt.date.fromisoformat(dob), sex, nam))
    return out


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


# ---------------------------------------------------------------- organisations
ORG = {
    "name": "Groupe Hospitalier Senne & Meuse",
    "short": "GHSM",
    "domain": "ghsm.example",
    "sites": [
        ("Clinique Sainte-Adèle", "Bruxelles", "avenue des Tilleuls 120, 1050 Ixelles", "+32 2 555-0110"),
        ("Site Porte de Hal", "Bruxelles", "boulevard du Midi 88, 1000 Bruxelles", "+32 2 555-0111"),
        ("Hôpital du Val de Sambre", "Charleroi", "rue de la Verrerie 15, 6000 Charleroi", "+32 71 555-0112"),
        ("Site Meuse-Citadelle", "Namur", "chaussée de Louvain 402, 5000 Namur", "+32 81 555-0113"),
        ("Centre hospitalier de Hesbaye", "Liège", "rue Saint-Lambert-Haut 9, 4000 Liège", "+32 4 555-0114"),
    ],
}

PARTNERS = {
    "chue": ("CHU de l'Estuaire", "chuestuaire.example", "Québec", "(418) 555-0121", "fr"),
    "vmgh": ("Ville-Marie General Hospital", "vmgh.example", "Montréal", "(514) 555-0122", "en"),
    "cisss": ("CISSS des Hautes-Laurentides", "cisss-hl.example", "Mont-Laurier", "(819) 555-0123", "fr"),
    "c3f": ("Clinique des Trois-Frontières", "clinique3f.example", "Lille", "+33 3 20 555-0124", "fr"),
    "stremi": ("Polyclinique Saint-Rémi", "stremi.example", "Reims", "+33 3 26 555-0125", "fr"),
    "chram": ("CHR Ardennes-Meuse", "chr-ardennes.example", "Charleville-Mézières", "+33 3 24 555-0126", "fr"),
}

MUTUALITES = [
    ("Mutualité Entraide Wallonne", "mut-entraide.example"),
    ("Mutualité Libre Horizon", "mlhorizon.example"),
    ("Union mutualiste Bruxelles-Midi", "umbm.example"),
]
INSURERS = [
    ("Euro-Assist Médical", "euroassist.example"),
    ("Concorde Santé Assurances", "concorde-sante.example"),
    ("Assistance Boréale Voyage", "boreale-assist.example"),
]

# ---------------------------------------------------------------- name pools
# Pools never use a surname of the NAM list (asserted in generate.py).
BE_GIVEN_F = ["Jeanine", "Lucie", "Chantal", "Georgette", "Yasmina", "Hélène", "Rita", "Fatoumata",
              "Agnieszka", "Nadine", "Béatrice", "Aïcha", "Léa", "Mireille", "Véronique", "Inès",
              "Marie-Claire", "Ludivine", "Jacqueline", "Samira", "Aurore", "Ilse", "Zoé"]
BE_GIVEN_M = ["Marcel", "Kevin", "Nathan", "Olivier", "Emile", "Dimitri", "Ahmed", "Jean-Luc",
              "Freddy", "Youssef", "Bruno", "Arnaud", "Mamadou", "Guy", "Raphaël", "Noah",
              "Christophe", "Jef", "Hamza", "Patrick", "Didier", "Luca", "Mehdi"]
BE_SURNAMES = ["Dubois", "Janssens", "Peeters", "Mertens", "Lejeune", "Dupuis", "Collard", "Claes",
               "Wouters", "Renard", "Delvaux", "Lambert", "Maes", "Hermans", "Diallo", "Benjelloun",
               "Haddad", "Nowak", "Papadopoulos", "Vandamme", "Leclercq", "Stassart", "Delhaize",
               "Gilson", "Piron", "Masson", "Kabongo", "Yilmaz", "Evrard", "Jacquet", "Lhoest",
               "Wathelet", "Dethier", "Bastin", "Mukendi", "Van Acker", "De Smet", "El Khattabi"]
FR_GIVEN_F = ["Colette", "Sandrine", "Monique", "Élodie", "Camille", "Françoise", "Maëlle", "Nadia",
              "Odile", "Pauline"]
FR_GIVEN_M = ["Bernard", "Julien", "Thierry", "Gérard", "Mathis", "Loïc", "Rachid", "Sébastien",
              "Yannick", "Hervé"]
FR_SURNAMES = ["Lefèvre", "Moreau", "Garnier", "Faure", "Rousseau", "Chevalier", "Lemoine",
               "Vasseur", "Delattre", "Carpentier", "Duhamel", "Bouvier", "Marchal", "Lecomte"]
QC_GIVEN_F = ["Réjeanne", "Maude", "Isabelle", "Chloé", "Lise", "Karine", "Francine", "Mélanie"]
QC_GIVEN_M = ["Réjean", "Yvon", "Mathieu", "Gaétan", "Alexis", "Félix", "Normand", "Jérôme"]
QC_SURNAMES = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Desjardins", "Lévesque", "Gosselin",
               "Dufour", "Beaulieu", "Ouimet", "Rioux", "Vachon"]
ON_GIVEN_F = ["Priya", "Megan", "Hannah", "Olivia"]
ON_GIVEN_M = ["Aidan", "Connor", "Ravi", "Owen"]
ON_SURNAMES = ["O'Connor", "Raman", "Kowalczyk", "McAllister", "Singh", "Whitfield"]

# Staff (never patients)
STAFF = [
    ("Amélie", "Verhaegen", "Dr", "médecine interne"),
    ("Karim", "Benali", "Dr", "urgences"),
    ("Sophie", "Lemaire", "Dr", "cardiologie"),
    ("Thomas", "Vandenberghe", "Dr", "néphrologie"),
    ("Nadia", "El Amrani", "Dr", "pneumologie"),
    ("Julien", "Hermanus", "Dr", "gastro-entérologie"),
    ("Isabelle", "Goossens", "", "infirmière-chef, unité 4B"),
    ("Véronique", "Delhaye", "", "secrétariat médical"),
    ("Fatima", "Ouali", "", "service social"),
    ("Bart", "Vermeulen", "", "service informatique"),
    ("Céline", "Wauters", "", "cellule qualité-accréditation"),
    ("Pierre-Yves", "Ghislain", "", "achats & logistique"),
    ("Laurence", "Deprez", "", "ressources humaines"),
    ("Grégoire", "Closset", "Dr", "oncologie"),
    ("Manuela", "Ferreira", "", "pharmacie hospitalière"),
    ("Stéphane", "Bodart", "", "coordination des transferts"),
    ("Anne-Sophie", "Lardinois", "Dr", "pédiatrie"),
    ("Marc", "Thiry", "Dr", "orthopédie"),
    ("Éric", "Dumont", "", "facturation hospitalière"),
    ("Chloé", "Maréchal", "", "médiation interculturelle"),
    ("Kathleen", "Murphy", "Dr", "internal medicine (fellow, Ville-Marie exchange)"),
    ("Laurent", "Decoster", "Dr", "anatomie pathologique"),
    ("Hugo", "Paquin", "Dr", "résident en échange (CHU de l'Estuaire)"),
]
PARTNER_STAFF = [
    ("Geneviève", "Larochelle", "Dre", "chue"), ("Jean-François", "Drouin", "Dr", "chue"),
    ("Patricia", "Hughes", "Dr", "vmgh"), ("Daniel", "Kerr", "Dr", "vmgh"),
    ("Sylvain", "Boisvert", "Dr", "cisss"), ("Marie-Ève", "Lachance", "", "cisss"),
    ("Christine", "Dewaele", "Dr", "c3f"), ("Benoît", "Lheureux", "", "c3f"),
    ("Anne", "Perrot", "Dr", "stremi"), ("Olivier", "Sauvage", "Dr", "chram"),
    ("Laure", "Bastide", "", "chram"),
]


def email_of(given, surname, domain, style=0):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(surname).lower().replace(" ", "").replace("'", "")
    if style == 1:
        return f"{g[0]}.{s}@{domain}"
    if style == 2:
        return f"{s}.{g}@{domain}"
    return f"{g}.{s}@{domain}"


# ---------------------------------------------------------------- identifiers
def make_niss(dob, sex, rng):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob:%y%m%d}{counter:03d}"
        num = int(("2" + base) if dob.year >= 2000 else base)
        num = f"{base}{97 - num % 97:02d}"
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


FR_PLACES = [("59", "350"), ("59", "178"), ("75", "114"), ("51", "454"), ("08", "105"),
             ("62", "041"), ("69", "383"), ("99", "350"), ("99", "352"), ("13", "055")]


def make_nir(dob, sex, rng):
    dept, commune = rng.choice(FR_PLACES)
    base = f"{1 if sex == 'M' else 2}{dob:%y%m}{dept}{commune}{rng.randrange(1, 999):03d}"
    num = base + fr_nir.calc_check_digits(base + "00")
    assert fr_nir.is_valid(num), num
    return num


def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    """Ontario health number: 10 digits, Luhn (mod 10) over the whole number."""
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_fake_checksum_serial11(rng):
    """An 11-digit device serial that happens to satisfy the NISS mod-97 rule."""
    while True:
        d = dt.date(rng.randrange(1950, 1999), rng.randrange(1, 13), rng.randrange(1, 28))
        s = make_niss(d, rng.choice("MF"), rng)
        return s


def fmt_niss(n, style=0):
    if style == 0:
        return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if style == 1:
        return n
    if style == 2:
        return f"{n[0:6]} {n[6:9]} {n[9:]}"
    if style == 3:
        return f"{n[0:2]}/{n[2:4]}/{n[4:6]} {n[6:9]}-{n[9:]}"
    if style == 4:
        return fullwidth(n)
    if style == 5:
        return f"{n[0:2]} {n[2:4]} {n[4:6]}  {n[6:9]} {n[9:]}"
    return f"{n[0:6]}-{n[6:9]}-{n[9:]}"


def fmt_nir(n, style=0):
    if style == 0:
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    if style == 1:
        return n
    if style == 2:
        return f"{n[:13]} {n[13:]}"
    if style == 3:
        return f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"
    return fullwidth(f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}")


def fmt_sin(n, style=0):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
            f"{n[:3]}.{n[3:6]}.{n[6:]}"][style % 4]


def fmt_ohn(n, style=0, vc="AB"):
    return [f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", n,
            f"{n[:4]}-{n[4:7]}-{n[7:]}"][style % 4]


def fmt_nam(n, style=0):
    if style == 0:
        return n
    if style == 1:
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if style == 2:
        return f"{n[:4]}-{n[4:8]}-{n[8:]}"
    if style == 3:
        return f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}"
    if style == 4:
        return n[:4] + fullwidth(n[4:])
    return f"{n[:4]}.{n[4:8]}.{n[8:]}"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fdate(d, lang="fr", style=0):
    if lang == "fr":
        return [f"{d:%d/%m/%Y}", f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}",
                f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}"][style % 5]
    return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d:%Y-%m-%d}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{d:%d/%m/%Y}"][style % 4]


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- patients
@dataclass
class Patient:
    given: str
    surname: str
    sex: str
    dob: dt.date
    origin: str                   # BE, FR, QC, ON
    niss: str = ""
    nir: str = ""
    nam: str = ""
    sin: str = ""
    ohn: str = ""
    mrn: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    extra: dict = field(default_factory=dict)

    # name renderings
    def full(self):
        return f"{self.given} {self.surname}"

    def title(self, lang="fr"):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def tfull(self, lang="fr"):
        return f"{self.title(lang)} {self.given} {self.surname}"

    def tsur(self, lang="fr"):
        return f"{self.title(lang)} {self.surname}"

    def upper_first(self):
        return f"{self.surname.upper()} {self.given}"

    def comma(self):
        return f"{self.surname}, {self.given}"

    def lower(self):
        return f"{self.given.lower()} {self.surname.lower()}"

    def initials(self):
        parts = self.given.replace("-", " -").split()
        ini = "".join(p[0] + "." if not p.startswith("-") else "-" + p[1] + "." for p in parts)
        return f"{ini} {self.surname}"

    def born(self, lang="fr"):
        if lang == "fr":
            return "née" if self.sex == "F" else "né"
        return "born"


BE_STREETS = ["rue des Alliés", "avenue Paul Janson", "rue du Bois-Sauvage", "chaussée de Mons",
              "rue de la Station", "rue Haute", "avenue de la Couronne", "rue des Fossés",
              "rue Saint-Nicolas", "rue du Pont-Neuf", "rue des Glaïeuls", "clos des Aubépines"]
BE_CITIES = ["1070 Anderlecht", "1080 Molenbeek-Saint-Jean", "1030 Schaerbeek", "6000 Charleroi",
             "6040 Jumet", "5000 Namur", "5100 Jambes", "4000 Liège", "4020 Liège", "1420 Braine-l'Alleud",
             "7000 Mons", "4300 Waremme", "1190 Forest", "6200 Châtelet"]
FR_STREETS = ["rue Nationale", "rue de Béthune", "avenue de Laon", "rue du Faubourg de Paris",
              "place Ducale", "rue Solférino"]
FR_CITIES = ["59000 Lille", "59100 Roubaix", "51100 Reims", "08000 Charleville-Mézières",
             "59200 Tourcoing", "08200 Sedan"]
QC_STREETS = ["rue Saint-Jean", "boulevard René-Lévesque", "avenue Cartier", "rue des Érables",
              "chemin Sainte-Foy", "rue Principale"]
QC_CITIES = ["Québec (Québec) G1R 2L3", "Montréal (Québec) H2X 1Y4", "Lévis (Québec) G6V 4Z2",
             "Mont-Laurier (Québec) J9L 1A9", "Gatineau (Québec) J8Y 3Z5"]
ON_CITIES = ["Ottawa, ON K1N 6N5", "Cornwall, ON K6H 1B8", "Toronto, ON M5V 2T6"]


def _phone(origin, rng, mobile=True):
    x = f"555-01{rng.randrange(0, 100):02d}"
    if origin == "BE":
        return rng.choice([f"0470 {x}", f"0486/{x}", f"+32 475 {x}", f"02 {x}", f"071 {x}"])
    if origin == "FR":
        return rng.choice([f"06 12 {x}", f"+33 6 {x}", f"03 20 {x}"])
    if origin == "QC":
        return rng.choice([f"(418) {x}", f"514-{x}", f"+1 819 {x}"])
    return rng.choice([f"(613) {x}", f"416-{x}"])


def new_patient(rng, origin, used, min_year=1930, max_year=2021, sex=None):
    pools = {
        "BE": (BE_GIVEN_F, BE_GIVEN_M, BE_SURNAMES),
        "FR": (FR_GIVEN_F, FR_GIVEN_M, FR_SURNAMES),
        "QC": (QC_GIVEN_F, QC_GIVEN_M, QC_SURNAMES),
        "ON": (ON_GIVEN_F, ON_GIVEN_M, ON_SURNAMES),
    }[origin]
    for _ in range(1000):
        sx = sex or rng.choice("FM")
        given = rng.choice(pools[0] if sx == "F" else pools[1])
        surname = rng.choice(pools[2])
        if (given, surname) not in used:
            used.add((given, surname))
            break
    if (min_year, max_year) == (1930, 2021):
        # hospital population: mostly adults and older people, some children
        lo, hi = (1930, 2004) if rng.random() < 0.88 else (2005, 2023)
    else:
        lo, hi = min_year, max_year
    dob = dt.date(rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))
    p = Patient(given, surname, sx, dob, origin)
    if origin == "BE":
        p.niss = make_niss(dob, sx, rng)
        p.mrn = f"{rng.randrange(1000000, 9999999)}"
        p.address = f"{rng.choice(BE_STREETS)} {rng.randrange(1, 220)}, {rng.choice(BE_CITIES)}"
    elif origin == "FR":
        p.nir = make_nir(dob, sx, rng)
        p.mrn = f"{rng.randrange(10000000, 99999999)}"          # IPP
        p.address = f"{rng.randrange(1, 150)} {rng.choice(FR_STREETS)}, {rng.choice(FR_CITIES)}"
    elif origin == "QC":
        p.mrn = f"{rng.randrange(100000, 999999):07d}"
        p.address = f"{rng.randrange(10, 3999)}, {rng.choice(QC_STREETS)}, {rng.choice(QC_CITIES)}"
    else:
        p.ohn = make_ohn(rng)
        p.mrn = f"{rng.randrange(1000000, 9999999)}"
        p.address = f"{rng.randrange(10, 999)} {rng.choice(['Rideau St', 'Bank St', 'Pitt St'])}, {rng.choice(ON_CITIES)}"
    p.phone = _phone(origin, rng)
    return p


def nam_patient(holder, rng):
    p = Patient(holder.given, holder.surname, holder.sex, holder.dob, "QC", nam=holder.nam)
    p.mrn = f"{rng.randrange(100000, 999999):07d}"
    p.address = f"{rng.randrange(10, 3999)}, {rng.choice(QC_STREETS)}, {rng.choice(QC_CITIES)}"
    p.phone = _phone("QC", rng)
    return p


def staff(rng, role_filter=None, avoid=None):
    if role_filter == "Dr":
        pool = [s for s in STAFF if s[2].startswith("Dr")]
    else:
        pool = [s for s in STAFF if role_filter is None or role_filter in s[3]]
    assert pool, role_filter
    if avoid is not None and len(pool) > 1:
        pool = [s for s in pool if s != avoid]
    return rng.choice(pool)


def staff_addr(s, style=0):
    return email_of(s[0], s[1], ORG["domain"], style)


def partner_staff(rng, key=None):
    pool = [s for s in PARTNER_STAFF if key is None or s[3] == key]
    return rng.choice(pool)


def pstaff_addr(s):
    return email_of(s[0], s[1], PARTNERS[s[3]][1])


def disp(s):
    """Display name for a staff tuple."""
    return f"{s[0]} {s[1]}"


def signature(s, rng, lang="fr", site=None):
    site = site or rng.choice(ORG["sites"])
    title = (s[2] + " ") if s[2] else ""
    role = s[3]
    style = rng.randrange(4)
    if style == 0:
        return f"\n-- \n{title}{s[0]} {s[1]}\n{role}\n{site[0]} - {ORG['name']}\n{site[2]}\nTél. {site[3]}\n"
    if style == 1:
        return f"\n{s[0]} {s[1]}\n{role} | {ORG['short']} {site[1]}\n{site[3]}\n"
    if style == 2:
        conf = ("Ce message et ses annexes sont destinés exclusivement à leurs destinataires."
                if lang == "fr" else "This message is intended solely for its addressees.")
        return f"\n{title}{s[0][0]}. {s[1]}\n{role}\n\n{conf}\n"
    return f"\n{s[0][0]}. {s[1]}\n"


def greeting(rng, lang="fr", name=None, kind="internal"):
    """kind: internal (colleagues), peer (physician to physician), external (offices, companies)."""
    if lang == "fr":
        opts = {"internal": ["Bonjour,", "Bonjour à tous,", "Hello,", "Bonjour {n},", "Salut {n},", "Coucou,", "Bonjour {n},"],
                "peer": ["Cher Confrère,", "Chère consœur, cher confrère,", "Bonjour,", "Bonjour Docteur,", "Chers collègues,", "Bonjour {n},"],
                "external": ["Bonjour,", "Madame, Monsieur,", "Madame, Monsieur,", "Bonjour {n},"]}[kind]
    else:
        opts = {"internal": ["Hi,", "Hello,", "Hi {n},", "Good morning,", "Hi {n},"],
                "peer": ["Dear colleague,", "Dear Dr. {n},", "Dear Dr. {n},", "Hello,"],
                "external": ["Hello,", "Dear Sir or Madam,", "Good morning,"]}[kind]
    if not name:
        opts = [o for o in opts if "{n}" not in o]
    return rng.choice(opts).replace("{n}", name or "")


def closing(rng, lang="fr", kind="internal"):
    if lang == "fr":
        return rng.choice({"internal": ["Merci d'avance.", "Bonne journée,", "Merci !", "Bien à toi,", "À demain,"],
                           "peer": ["Confraternellement,", "Bien confraternellement,", "Bien cordialement,", "Merci d'avance.",
                                    "À votre disposition pour toute question."],
                           "external": ["Bien cordialement,", "Cordialement,", "Veuillez agréer nos salutations distinguées.",
                                        "À votre disposition pour toute question."]}[kind])
    return rng.choice({"internal": ["Thanks,", "Cheers,", "Best,"], "peer": ["Kind regards,", "Best regards,", "Many thanks,"],
                       "external": ["Kind regards,", "Regards,", "Sincerely,"]}[kind])


SPEC_TO_STAFF = {"cardiologie": "Lemaire", "néphrologie": "Vandenberghe", "pneumologie": "El Amrani",
                 "gastro-entérologie": "Hermanus", "oncologie": "Closset", "hématologie": "Closset",
                 "pédiatrie": "Lardinois", "orthopédie": "Thiry", "chirurgie": "Thiry"}


def doc_for(rng, spec):
    """The staff physician matching a clinical specialty (internal medicine otherwise)."""
    sur = SPEC_TO_STAFF.get(spec)
    if sur is None:
        return rng.choice([s for s in STAFF if s[1] in ("Verhaegen", "Murphy", "Benali")])
    return [s for s in STAFF if s[1] == sur][0]
