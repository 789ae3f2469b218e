"""Shared data and helpers: organisation, people, patients, dates, renderings.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import random
import unicodedata

SEED = 25213

ORG_FR = "CISSS des Trois-Rivages"
ORG_EN = "Trois-Rivages Integrated Health Network"
DOMAIN = "trois-rivages.example"
SUPPLIER = "Sang Boréal"
SUPPLIER_DOMAIN = "sangboreal.example"

HOSPITALS = [
    # code, French name, English name, street, city, postal, area code, mrn style
    dict(code="HSO", fr="Hôpital Sainte-Odile", en="Sainte-Odile Hospital",
         street="1200, boulevard des Rivages", city="Rivière-aux-Saules",
         postal="G9R 0A1", area="819", mrn="HSO"),
    dict(code="HLA", fr="Hôpital du Lac-Argenté", en="Lac-Argenté Hospital",
         street="45, rue de l'Anse-Claire", city="Lac-Argenté",
         postal="G0X 3B7", area="819", mrn="HLA"),
    dict(code="CHMV", fr="Centre hospitalier de Mont-Vallier",
         en="Mont-Vallier Hospital Centre",
         street="300, chemin du Belvédère", city="Mont-Vallier",
         postal="J0T 4C2", area="450", mrn="CHMV"),
]

HOLDER_SURNAMES_HINT = "see blind_nams.txt"

# Surnames for staff (never a NAM holder surname).
STAFF_SURNAMES = [
    "Tremblay", "Côté", "Lavoie", "Bergeron", "Leclerc", "Dubé", "Beaulieu",
    "Cyr", "Hébert", "Lévesque", "Desjardins", "Champagne", "Vachon",
    "Poulin", "Drouin", "Lachance", "Ménard", "Charron", "Arsenault",
    "Turcotte", "Lemieux", "Mercier", "Dufour", "Bilodeau", "Fontaine",
    "Guay", "Lalonde", "Proulx", "Rioux", "Vaillancourt", "Nguyen",
    "Haddad", "Okafor", "Ferreira", "Chen", "Patel", "O'Brien", "Campbell",
    "Reid", "Sutherland", "Benali", "Diallo", "Pierre-Louis", "Joly",
    "Laflamme", "Gingras", "Bédard", "Labrecque", "St-Onge", "Marchand",
]
STAFF_GIVEN_F = ["Julie", "Isabelle", "Mélanie", "Karine", "Annie", "Chantal",
                 "Valérie", "Nadia", "Émilie", "Rachel", "Fatima", "Linh",
                 "Catherine", "Hélène", "Amélie", "Joanne", "Priya", "Megan"]
STAFF_GIVEN_M = ["François", "Mathieu", "Éric", "Patrick", "Sébastien",
                 "Olivier", "Karim", "Daniel", "Hugo", "Samuel", "Kevin",
                 "Antoine", "Marco", "Ian", "Stéphane", "Yannick", "Raj"]

# Surnames for invented patients without a NAM (never a NAM holder surname).
PATIENT_SURNAMES = [
    "Thériault", "Lapierre", "Bouffard", "Grenier", "Lacasse", "Dionne",
    "Carrier", "Boisvert", "Belleau", "Gosselin", "Pouliot", "Tanguay",
    "Veilleux", "Langlois", "Rancourt", "Doyon", "Paradis", "Audet",
    "Chabot", "Plourde", "Gaudreault", "Bernier", "Ricard", "Fortier",
    "Larouche", "Bisson", "Lemay", "Asselin", "Harvey", "Boudreau",
    "McKenzie", "Fraser", "Kowalski", "Mendes", "Da Silva", "Ouimet",
    "Villeneuve", "Gravel", "Sirois", "Pépin", "Beauchemin", "Corriveau",
    "Dumas", "Lefebvre", "Racine", "Quirion", "Nolet", "Jalbert",
]
PATIENT_GIVEN_F = ["Ginette", "Lucie", "Monique", "Francine", "Jocelyne",
                   "Suzanne", "Claire", "Marie-Ève", "Audrey", "Chloé",
                   "Léa", "Rose", "Margaret", "Evelyn", "Aïcha", "Thi Hoa",
                   "Solange", "Réjeanne", "Kayla", "Noémie"]
PATIENT_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Yvon", "Jean-Guy",
                   "Raymond", "Benoît", "Alexandre", "Félix", "Jérémie",
                   "William", "Gordon", "Ahmed", "Tuan", "Rosaire",
                   "Ghislain", "Dylan", "Laurent", "Marcel", "Zacharie"]

STREETS = ["rue des Ormes", "rue Principale", "chemin du Lac-Vert",
           "avenue des Pins", "rang Saint-Joseph", "rue du Quai",
           "boulevard Laurentien", "rue Notre-Dame", "rue des Érables",
           "montée des Saules", "rue Champlain", "avenue du Parc"]
CITIES = [("Rivière-aux-Saules", "G9R"), ("Lac-Argenté", "G0X"),
          ("Mont-Vallier", "J0T"), ("Sainte-Brigide-du-Nord", "G0X"),
          ("Saint-Odilon-des-Rivages", "G9T"), ("Pointe-aux-Hérons", "G0X")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def here():
    return os.path.dirname(os.path.abspath(__file__))


def load_nams(path=None):
    """Read ../blind_nams.txt relative to this file; de-duplicate by NAM."""
    if path is None:
        path = os.path.join(here(), os.pardir, "blind_nams.txt")
    out, seen = [], set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            if nam in seen:
                continue
            seen.add(nam)
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(dict(surname=sur, given=given,
                            dob=datetime.date(y, m, d), sex=sex, nam=nam))
    return out


def fold(s):
    """Lower-case, strip accents, NFKC (full-width -> ASCII), collapse spaces."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s)
                if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, sex, role_fr, role_en, title=None,
                 hospital=None, domain=DOMAIN, ext=None, dept_fr=None,
                 dept_en=None):
        self.given, self.surname, self.sex = given, surname, sex
        self.role_fr, self.role_en = role_fr, role_en
        self.title = title
        self.hospital = hospital
        self.domain = domain
        self.ext = ext
        self.dept_fr = dept_fr or "Banque de sang"
        self.dept_en = dept_en or "Blood Bank"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def email(self):
        loc = ascii_fold(f"{self.given}.{self.surname}").lower()
        loc = loc.replace(" ", "").replace("'", "")
        return f"{loc}@{self.domain}"

    def addr(self, style=0):
        if style == 1:
            return (f"{self.surname}, {self.given}", self.email)
        if style == 2:
            return ("", self.email)
        return (self.full, self.email)

    def dr(self, lang):
        if self.title == "dr":
            if lang == "fr":
                return ("Dre " if self.sex == "F" else "Dr ") + self.surname
            return "Dr. " + self.surname
        if lang == "fr":
            return ("Mme " if self.sex == "F" else "M. ") + self.surname
        return ("Ms. " if self.sex == "F" else "Mr. ") + self.surname

    def signature(self, lang, rng, short=False):
        h = self.hospital or HOSPITALS[0]
        if short:
            return f"{self.given}\n" if rng.random() < 0.5 else f"-- \n{self.full}\n"
        name = self.full
        if self.title == "dr":
            name = ("Dre " if self.sex == "F" else "Dr ") + name if lang == "fr" \
                else "Dr. " + name
        lines = ["-- ", name]
        lines.append(self.role_fr if lang == "fr" else self.role_en)
        lines.append((self.dept_fr + " — " + h["fr"]) if lang == "fr"
                     else (self.dept_en + ", " + h["en"]))
        lines.append(ORG_FR if lang == "fr" else ORG_EN)
        if rng.random() < 0.7:
            lines.append(f"{h['street']}, {h['city']} (Québec) {h['postal']}")
        ext = self.ext or rng.randint(2000, 4999)
        if lang == "fr":
            lines.append(f"Tél. : {h['area']} 555-01{rng.randint(10, 99)}, poste {ext}")
        else:
            lines.append(f"Tel: {h['area']}-555-01{rng.randint(10, 99)} ext. {ext}")
        if rng.random() < 0.4:
            lines.append(("Téléc. : " if lang == "fr" else "Fax: ") +
                         f"{h['area']} 555-01{rng.randint(10, 99)}")
        if rng.random() < 0.25:
            lines.append("Ce courriel peut contenir des renseignements confidentiels."
                         if lang == "fr" else
                         "This e-mail may contain confidential information.")
        return "\n".join(lines) + "\n"


ROLES = {
    "tm": ("Technologiste médical(e)", "Medical technologist", None),
    "tm_chef": ("Chef technologiste, banque de sang", "Blood bank charge technologist", None),
    "cst": ("Chargée de sécurité transfusionnelle", "Transfusion safety officer", None),
    "hemato": ("Hématologue", "Hematologist", "dr"),
    "anesth": ("Anesthésiologiste", "Anesthesiologist", "dr"),
    "md": ("Médecin", "Physician", "dr"),
    "obst": ("Obstétricienne-gynécologue", "Obstetrician-gynecologist", "dr"),
    "inf": ("Infirmière clinicienne", "Clinical nurse", None),
    "inf_pbm": ("Infirmière pivot, gestion du sang", "Patient blood management nurse", None),
    "commis": ("Agente administrative", "Administrative clerk", None),
    "gest": ("Chef de service, laboratoires", "Laboratory manager", None),
    "pharm": ("Pharmacien", "Pharmacist", None),
    "ts": ("Travailleuse sociale", "Social worker", None),
    "rh": ("Conseillère en ressources humaines", "HR advisor", None),
    "ti": ("Analyste, technologies de l'information", "IT analyst", None),
    "achat": ("Acheteuse, approvisionnement", "Procurement officer", None),
    "inst": ("Technicien, installations matérielles", "Facilities technician", None),
}


class World:
    """Random source plus pools of people and the NAM holders."""

    def __init__(self, seed, nams):
        self.rng = random.Random(seed)
        self.nams = list(nams)
        self.rng.shuffle(self.nams)
        self.nam_used = []
        self._staff_names = set()
        self._patient_names = set()
        holders = {(n["surname"].lower(), n["given"].lower()) for n in nams}
        self.holder_names = holders
        self.holder_surnames = {n["surname"].lower() for n in nams}
        self.msg_counter = 0
        self.supplier = "Sang Boréal"
        self.hospitals = HOSPITALS
        self.today = datetime.date(2025, 3, 3)

    # -- staff
    def staff(self, role, hospital=None, sex=None):
        rng = self.rng
        fr, en, title = ROLES[role]
        for _ in range(200):
            s = sex or rng.choice("FM")
            g = rng.choice(STAFF_GIVEN_F if s == "F" else STAFF_GIVEN_M)
            sur = rng.choice(STAFF_SURNAMES)
            if (g, sur) not in self._staff_names or _ > 150:
                break
        self._staff_names.add((g, sur))
        if role == "inst" and s == "F":
            fr = "Technicienne, installations matérielles"
        if role in ("cst", "inf", "inf_pbm", "commis", "ts", "rh", "achat", "obst") and s == "M":
            fr = {"cst": "Chargé de sécurité transfusionnelle",
                  "inf": "Infirmier clinicien", "inf_pbm": "Infirmier pivot, gestion du sang",
                  "commis": "Agent administratif", "ts": "Travailleur social",
                  "rh": "Conseiller en ressources humaines",
                  "achat": "Acheteur, approvisionnement",
                  "obst": "Obstétricien-gynécologue"}[role]
        if role == "pharm" and s == "F":
            fr = "Pharmacienne"
        h = hospital or rng.choice(HOSPITALS)
        dept_fr, dept_en = {
            "hemato": ("Service d'hématologie", "Hematology"),
            "anesth": ("Anesthésiologie", "Anesthesiology"),
            "md": ("Département de médecine", "Department of Medicine"),
            "obst": ("Obstétrique", "Obstetrics"),
            "inf": ("Unité de soins", "Inpatient unit"),
            "inf_pbm": ("Programme de gestion du sang", "Patient Blood Management Program"),
            "pharm": ("Pharmacie", "Pharmacy"),
            "ts": ("Service social", "Social Work"),
            "rh": ("Direction des ressources humaines", "Human Resources"),
            "ti": ("Direction des ressources informationnelles", "Information Technology"),
            "achat": ("Approvisionnement", "Procurement"),
            "inst": ("Services techniques", "Facilities"),
            "gest": ("OPTILAB Trois-Rivages", "Laboratory Services"),
        }.get(role, ("Banque de sang", "Blood Bank"))
        return Person(g, sur, s, fr, en, title, h, ext=rng.randint(2000, 4999),
                      dept_fr=dept_fr, dept_en=dept_en)

    # -- patients
    def nam_patient(self, age_min=None, age_max=None, sex=None):
        """Pop an unused NAM holder matching the age range and sex."""
        for i, n in enumerate(self.nams):
            a = age(n["dob"])
            if (age_min is None or a >= age_min) and (age_max is None or a <= age_max) \
                    and (sex is None or n["sex"] == sex):
                self.nams.pop(i)
                self.nam_used.append(n)
                return self._patient(n["given"], n["surname"], n["sex"], n["dob"],
                                     nam=n["nam"])
        raise RuntimeError("NAM pool exhausted")

    def patient(self, sex=None, age_lo=18, age_hi=90):
        rng = self.rng
        for _ in range(500):
            s = sex or rng.choice("FM")
            g = rng.choice(PATIENT_GIVEN_F if s == "F" else PATIENT_GIVEN_M)
            sur = rng.choice(PATIENT_SURNAMES)
            if (g, sur) not in self._patient_names:
                break
        self._patient_names.add((g, sur))
        a = rng.randint(age_lo, age_hi)
        dob = datetime.date(2025 - a, rng.randint(1, 12), rng.randint(1, 28))
        return self._patient(g, sur, s, dob)

    def _patient(self, given, surname, sex, dob, nam=None):
        rng = self.rng
        h = rng.choice(HOSPITALS)
        city, fsa = rng.choice(CITIES)
        p = dict(given=given, surname=surname, sex=sex, dob=dob, nam=nam,
                 hosp=h, mrn=mrn_for(h, rng),
                 street=f"{rng.randint(12, 2890)}, {rng.choice(STREETS)}",
                 city=city,
                 postal=f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}",
                 phone=f"{rng.choice(['819', '450', '873'])} 555-01{rng.randint(10, 99)}",
                 abo=rng.choice(["O+", "O+", "A+", "A+", "B+", "AB+", "O-", "A-", "B-"]))
        p["age"] = age(dob)
        return p


def age(dob, ref=datetime.date(2025, 6, 1)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def mrn_for(h, rng):
    n = rng.randint(100000, 999999)
    if h["mrn"] == "HSO":
        return f"{n:06d}"
    if h["mrn"] == "HLA":
        return f"{rng.randint(1, 9)}{n:06d}"
    return f"M{n:06d}"


# ---------------------------------------------------------------- rendering
FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FULLWIDTH.update({c: chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def grouped(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def disguise(s, style, groups):
    """Render an identifier plain, spaced, dotted, slashed, hyphenated or full-width."""
    if style == "plain":
        return s
    if style == "space":
        return grouped(s, groups, " ")
    if style == "dot":
        return grouped(s, groups, ".")
    if style == "slash":
        return grouped(s, groups, "/")
    if style == "hyphen":
        return grouped(s, groups, "-")
    if style == "wide":
        return fullwidth(s)
    if style == "widespace":
        return grouped(fullwidth(s), groups, " ")
    if style == "lower":
        return s.lower()
    if style == "odd":  # irregular spacing
        return " ".join(s[i:i + 2] for i in range(0, len(s), 2))
    raise ValueError(style)


def nam_str(p, style):
    return disguise(p["nam"], style, (4, 4, 4))


def mrn_str(p, style="plain"):
    m = p["mrn"]
    if style == "plain":
        return m
    if style == "space":
        return " ".join(m[i:i + 3] for i in range(0, len(m), 3))
    if style == "hyphen":
        return m[:-3] + "-" + m[-3:]
    if style == "dot":
        return ".".join(m[i:i + 2] for i in range(0, len(m), 2))
    if style == "wide":
        return fullwidth(m)
    if style == "slash":
        return m[:2] + "/" + m[2:]
    raise ValueError(style)


def name_as(p, style):
    g, s = p["given"], p["surname"]
    if style == "full":
        return f"{g} {s}"
    if style == "upper_first":
        return f"{s.upper()}, {g}"
    if style == "sur_first":
        return f"{s}, {g}"
    if style == "sur_given":
        return f"{s} {g}"
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "lower_sur":
        return f"{s} {g}".lower()
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "title_fr":
        return ("Mme " if p["sex"] == "F" else "M. ") + s
    if style == "title_en":
        return ("Ms. " if p["sex"] == "F" else "Mr. ") + s
    if style == "title_full_fr":
        return ("Mme " if p["sex"] == "F" else "M. ") + f"{g} {s}"
    if style == "title_full_en":
        return ("Mrs. " if p["sex"] == "F" else "Mr. ") + f"{g} {s}"
    if style == "given":
        return g
    if style == "upper":
        return f"{g} {s}".upper()
    raise ValueError(style)


FULL_NAME_STYLES = ["full", "upper_first", "sur_first", "sur_given", "lower",
                    "lower_sur", "title_full_fr", "upper"]


def date_fr(d, style=0):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == 3:
        return d.strftime("%Y/%m/%d")
    return d.strftime("%d-%m-%Y")


def date_en(d, style=0):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"
    if style == 3:
        return d.strftime("%Y/%m/%d")
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def dob_renderings(d):
    """Every form in which a birth date is written by the templates (folded)."""
    out = {fold(date_fr(d, i)) for i in range(5)}
    out |= {fold(date_en(d, i)) for i in range(5)}
    return out


def sex_fr(p):
    return "F" if p["sex"] == "F" else "M"


def shift(d, days):
    return d + datetime.timedelta(days=days)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
