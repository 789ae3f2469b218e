"""Shared pools, identifiers and formatting helpers for the corpus generator.

Everything here is invented.  RAMQ NAMs are read from ../blind_nams.txt
(relative to this file) and are only ever handed to positive messages.
"""
import datetime as _dt
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Centre de développement de l'enfant et Clinique pédiatrique Les Marelles"
ORG_EN = "Les Marelles Child Development Centre and Paediatric Clinic"
ORG_SHORT = "CDE Les Marelles"
DOMAIN = "lesmarelles.example"
ORG_ADDR = "1450, boulevard des Érables, bureau 200, Sainte-Aurélie-des-Monts (Québec)  J0X 1Z0"
ORG_ADDR_ASCII = "1450 boul. des Erables, suite 200, Sainte-Aurelie-des-Monts QC  J0X 1Z0"
ORG_TEL = "450 555-0142"
ORG_FAX = "450 555-0143"
ORG_TEL_INTAKE = "450 555-0144"

TZ_EDT = _dt.timezone(_dt.timedelta(hours=-4))
TZ_EST = _dt.timezone(_dt.timedelta(hours=-5))


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = _dt.date.fromisoformat(dob)
        self.sex = sex
        self.nam = nam

    def __repr__(self):
        return "Holder(%s %s)" % (self.given, self.surname)


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            out.append(Holder(surname, given, dob, sex, nam))
    return out


# --------------------------------------------------------------------------
# People pools (surnames deliberately disjoint from the NAM holders' list)
# --------------------------------------------------------------------------
STAFF = {
    # key: (title_fr, title_en, given, surname, role_fr, role_en, lang)
    "vaillancourt": ("Dre", "Dr.", "Isabelle", "Vaillancourt", "pédiatre du développement", "developmental paediatrician", "fr"),
    "haddad": ("Dr", "Dr.", "Karim", "Haddad", "pédiatre", "paediatrician", "fr"),
    "lachance": ("Dre", "Dr.", "Sophie", "Lachance", "pédiatre", "paediatrician", "fr"),
    "raman": ("Dre", "Dr.", "Priya", "Raman", "pédiatre du développement", "developmental paediatrician", "en"),
    "okafor": ("Dr", "Dr.", "Daniel", "Okafor", "pédiatre", "paediatrician", "en"),
    "beliveau": ("Dr", "Dr.", "Marc-Antoine", "Béliveau", "pédopsychiatre consultant", "consulting child psychiatrist", "fr"),
    "turcotte": ("Mme", "Ms.", "Julie", "Turcotte", "orthophoniste", "speech-language pathologist", "fr"),
    "kowalski": ("Mme", "Ms.", "Anna", "Kowalski", "orthophoniste", "speech-language pathologist", "en"),
    "drouin": ("Mme", "Ms.", "Mélanie", "Drouin", "ergothérapeute", "occupational therapist", "fr"),
    "mcallister": ("Mme", "Ms.", "Fiona", "McAllister", "ergothérapeute", "occupational therapist", "en"),
    "nolet": ("Mme", "Ms.", "Catherine", "Nolet", "psychologue", "psychologist", "fr"),
    "frechette": ("Mme", "Ms.", "Amélie", "Fréchette", "infirmière clinicienne", "clinical nurse", "fr"),
    "osei": ("M.", "Mr.", "Kwame", "Osei", "infirmier clinicien", "clinical nurse", "en"),
    "gingras": ("M.", "Mr.", "Stéphane", "Gingras", "travailleur social", "social worker", "fr"),
    "rioux": ("Mme", "Ms.", "Lucie", "Rioux", "agente administrative", "administrative officer", "fr"),
    "dasilva": ("Mme", "Ms.", "Carla", "Da Silva", "agente administrative", "administrative officer", "en"),
    "mercier": ("Mme", "Ms.", "Chantal", "Mercier", "coordonnatrice clinique", "clinical coordinator", "fr"),
    "labrecque": ("Mme", "Ms.", "Hélène", "Labrecque", "directrice administrative", "administrative director", "fr"),
    "nguyen": ("M.", "Mr.", "Patrick", "Nguyen", "technicien informatique", "IT technician", "fr"),
    "benali": ("M.", "Mr.", "Rachid", "Benali", "comptabilité et approvisionnement", "accounting and purchasing", "fr"),
    "quirion": ("Mme", "Ms.", "Geneviève", "Quirion", "conseillère en ressources humaines", "HR advisor", "fr"),
    "hebert": ("Dr", "Dr.", "Olivier", "Hébert", "pédiatre, chef de service", "paediatrician, department head", "fr"),
    "sirois": ("Mme", "Ms.", "Valérie", "Sirois", "nutritionniste", "dietitian", "fr"),
    "patel": ("Mme", "Ms.", "Meera", "Patel", "audiologiste", "audiologist", "en"),
}


def staff_addr(key):
    t = STAFF[key]
    local = (strip_accents(t[2]) + "." + strip_accents(t[3])).lower().replace(" ", "").replace("'", "")
    return "%s@%s" % (local, DOMAIN)


def staff_name(key, title=False, lang="fr"):
    t = STAFF[key]
    if title:
        return "%s %s %s" % (t[0] if lang == "fr" else t[1], t[2], t[3])
    return "%s %s" % (t[2], t[3])


def staff_role(key, lang="fr"):
    return STAFF[key][4] if lang == "fr" else STAFF[key][5]


def signature(key, lang="fr", short=False):
    t = STAFF[key]
    name = staff_name(key)
    if t[0] in ("Dr", "Dre"):
        name = ("%s %s" % (t[0], name)) if lang == "fr" else ("Dr. %s" % name)
    if short:
        return "%s\n%s" % (name, staff_role(key, lang))
    if lang == "fr":
        return "%s\n%s\n%s\n%s\nTél. : %s | Téléc. : %s" % (
            name, staff_role(key, lang), ORG_FR, ORG_ADDR, ORG_TEL, ORG_FAX)
    return "%s\n%s\n%s\n%s\nTel: %s | Fax: %s" % (
        name, staff_role(key, lang), ORG_EN, ORG_ADDR_ASCII, ORG_TEL, ORG_FAX)


# external contacts: (name, role_fr, role_en, org, email)
EXTERNAL = {
    "ecole_bouleaux": ("Martine Desrochers", "directrice", "principal", "École primaire des Bouleaux", "martine.desrochers@csrc.example"),
    "ecole_sec": ("Jean-François Lemay", "directeur adjoint", "vice-principal", "École secondaire du Plateau-Vert", "jf.lemay@csrc.example"),
    "ecole_en": ("Heather Collins", "directrice", "principal", "Maple Ridge Elementary School", "hcollins@laurentianschools.example"),
    "tes": ("Karine Boivin", "technicienne en éducation spécialisée", "special education technician", "École primaire des Bouleaux", "karine.boivin@csrc.example"),
    "cpe_pinsons": ("Sonia Charbonneau", "directrice", "director", "CPE Les Petits Pinsons", "direction@cpe-pinsons.example"),
    "cpe_lucioles": ("Amanda Reid", "directrice", "director", "Garderie Les Lucioles / Firefly Daycare", "amanda@lucioles-daycare.example"),
    "clsc": ("Annie Bergeron", "travailleuse sociale, Enfance-Famille", "social worker, Child and Family", "CLSC des Monts-Boisés (CISSS des Laurentides-Nord)", "annie.bergeron@cisss-ln.example"),
    "dpj": ("Sébastien Cormier", "intervenant à l'évaluation-orientation", "intake worker", "Direction de la protection de la jeunesse, CISSS des Laurentides-Nord", "sebastien.cormier@dpj.cisss-ln.example"),
    "crdi": ("Isabelle Lapierre", "éducatrice spécialisée", "specialized educator", "Centre de réadaptation en déficience intellectuelle et TSA des Monts", "isabelle.lapierre@crditsa.example"),
    "pharma": ("Vincent Gosselin", "pharmacien", "pharmacist", "Pharmacie Gosselin et Arsenault", "labo@pharmagosselin.example"),
    "pharma2": ("Nadia Haroun", "pharmacienne", "pharmacist", "Pharmacie du Vieux-Moulin", "rx@pharmavieuxmoulin.example"),
    "hosp_ped": ("Dr Alexandre Poulin", "pédiatre hospitalier", "hospital paediatrician", "Hôpital régional de Sainte-Aurélie", "alexandre.poulin@hrsa.example"),
    "hosp_neuro": ("Dre Émilie Côté-Marchand", "neurologue pédiatrique", "paediatric neurologist", "CHU pédiatrique de la Capitale", "emilie.cote-marchand@chup-capitale.example"),
    "genetics": ("Dr Samuel Achterberg", "généticien", "clinical geneticist", "CHU pédiatrique de la Capitale", "s.achterberg@chup-capitale.example"),
    "ottawa": ("Dr. Rebecca Langford", "pédiatre du développement", "developmental paediatrician", "Ottawa Valley Children's Health Centre", "rlangford@ovchc.example"),
    "liege": ("Dr Pierre-Yves Dambrain", "neuropédiatre", "paediatric neurologist", "Clinique universitaire Saint-Lambert, Liège", "py.dambrain@cusl-liege.example"),
    "france": ("Dre Claire Vautrin", "pédiatre", "paediatrician", "Centre hospitalier de Montbrison-les-Bains", "c.vautrin@ch-montbrison.example"),
    "insurer": ("Service des réclamations santé", "", "", "Assurances Bellerive", "reclamations@bellerive-assurances.example"),
    "prestations": ("Bureau des prestations pour enfants", "", "", "Bureau des prestations familiales pour enfants handicapés", "dossiers@prestations-famille.example"),
    "transport": ("Répartition transport adapté", "", "", "Transport adapté des Monts", "reservation@tadm.example"),
    "audiology": ("Gabrielle Fontaine", "audiologiste", "audiologist", "Clinique d'audiologie Fontaine", "g.fontaine@audiofontaine.example"),
    "radiology": ("Imagerie médicale", "", "", "Hôpital régional de Sainte-Aurélie", "imagerie@hrsa.example"),
    "interp": ("Banque d'interprètes", "", "", "Banque régionale d'interprètes", "demandes@interpretes-regionaux.example"),
}

# patient pools: surnames disjoint from staff and from the NAM holders
KID_GIVEN_F = ["Léa", "Zoé", "Florence", "Rosalie", "Alice", "Charlotte", "Éloïse", "Maëlle", "Anaïs",
               "Aya", "Mia", "Chloé", "Jade", "Juliette", "Livia", "Inès", "Clara", "Olivia", "Romane",
               "Ophélie", "Maya", "Nour", "Ella", "Abigail", "Hannah", "Lily", "Amira", "Béatrice"]
KID_GIVEN_M = ["Olivier", "Mathis", "Noah", "Jacob", "Thomas", "Félix", "Loïc", "William", "Arnaud",
               "Samuel", "Nathan", "Youssef", "Amir", "Ethan", "Benjamin", "Victor", "Raphaël", "Émile",
               "Hugo", "Adam", "Sami", "Owen", "Lucas", "Xavier", "Édouard", "Zachary", "Malik", "Tristan"]
PARENT_GIVEN_F = ["Julie", "Mélissa", "Audrey", "Stéphanie", "Véronique", "Karine", "Marie-Ève", "Jessica",
                  "Émilie", "Fatima", "Laura", "Sarah-Jane", "Annie", "Kim", "Rachel", "Joanie"]
PARENT_GIVEN_M = ["Maxime", "Jonathan", "Mathieu", "Sébastien", "Alexandre", "Kevin", "Patrick", "Hamza",
                  "Guillaume", "Eric", "Michael", "Frédéric", "Dominic", "Steve", "Yannick", "Carlos"]
KID_SURNAMES = ["Tremblay", "Bergeron", "Lavoie", "Côté", "Dubé", "Lemieux", "Desjardins", "Charest",
                "Fontenot", "Lefebvre", "Paradis", "Rousseau", "Beaulieu", "Bilodeau", "Gosselin",
                "Jolicoeur", "Perron", "Thériault", "Vézina", "Daigle", "St-Onge", "Villeneuve",
                "Boisvert", "Ménard", "Lapierre-Dion", "Marcoux", "Doucet", "Hamel", "Belzile",
                "Chouinard", "Auclair", "Provencher", "Larochelle", "Benoît", "Gravel", "Demers",
                "O'Brien", "Kaur", "Al-Masri", "Mendoza", "Ferreira", "Kouassi", "Zhang", "Ivanova",
                "Dumont-Larose", "Bourque", "Caouette", "Rivest", "Lemelin", "Fiset"]

CITIES = ["Sainte-Aurélie-des-Monts", "Val-des-Épinettes", "Saint-Isidore-du-Lac", "Lac-Bouleau",
          "Saint-Firmin-des-Prés", "Mont-Rocheleau"]
STREETS = ["rue des Pins", "rue Principale", "chemin du Lac-Vert", "rue Saint-Georges", "avenue des Chênes",
           "rue de la Gare", "montée Lavallée", "rue des Mésanges", "boulevard Labelle-Nord", "rue Papineau"]
POSTAL = ["J0X 2B4", "J0X 1K7", "J0X 3P0", "J0X 2N9", "J0X 1A3", "J0X 3C6"]


class Patient:
    """A child (or young adult) seen at the clinic."""

    def __init__(self, given, surname, sex, dob, nam=None, holder=False):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.holder = holder
        self.mrn = None
        self.hosp_mrn = None
        self.mother = None
        self.father = None
        self.phone = None
        self.address = None
        self.parent_email = None

    def full(self):
        return "%s %s" % (self.given, self.surname)

    def age_at(self, day):
        y = day.year - self.dob.year - ((day.month, day.day) < (self.dob.month, self.dob.day))
        return y

    def age_months(self, day):
        m = (day.year - self.dob.year) * 12 + day.month - self.dob.month
        if day.day < self.dob.day:
            m -= 1
        return m


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def make_patient(rng, used, holder=None, min_year=2012, max_year=2023):
    if holder is not None:
        p = Patient(holder.given, holder.surname, holder.sex, holder.dob, holder.nam, True)
    else:
        while True:
            sex = rng.choice("FM")
            given = rng.choice(KID_GIVEN_F if sex == "F" else KID_GIVEN_M)
            surname = rng.choice(KID_SURNAMES)
            if (given, surname) not in used:
                break
        y = rng.randint(min_year, max_year)
        d = _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p = Patient(given, surname, sex, d)
    used.add((p.given, p.surname))
    p.mrn = "LM-%06d" % rng.randint(100000, 399999)
    p.hosp_mrn = "%07d" % rng.randint(1000000, 9899999)
    p.mother = "%s %s" % (rng.choice(PARENT_GIVEN_F), rng.choice(KID_SURNAMES) if rng.random() < 0.5 else p.surname)
    p.father = "%s %s" % (rng.choice(PARENT_GIVEN_M), p.surname)
    p.phone = "%s 555-01%02d" % (rng.choice(["450", "819", "579"]), rng.choice([n for n in range(100) if n not in (42, 43, 44)]))
    p.address = "%d, %s, %s (Québec) %s" % (rng.randint(12, 2890), rng.choice(STREETS), rng.choice(CITIES), rng.choice(POSTAL))
    mloc = strip_accents(p.mother.split()[0]).lower().replace("-", "")
    p.parent_email = "%s.%s%d@%s" % (mloc, strip_accents(p.surname).lower().replace("'", "").replace(" ", ""),
                                     rng.randint(1, 99), rng.choice(["courrielplus.example", "boitemail.example", "webmail-qc.example", "famillenet.example"]))
    return p


# --------------------------------------------------------------------------
# Identifiers (checksum-valid) and their disguises
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        body = str(rng.randint(1, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohn(rng):
    """Ontario health number: 10 digits, Luhn (mod 10) check on the last digit."""
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, rng.choice(["AB", "KT", "MX", "JP", "RC", "ZD"])


def ohn_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        if serial > 997:
            continue
        first9 = dob.strftime("%y%m%d") + "%03d" % serial
        base = int(("2" if dob.year >= 2000 else "") + first9)
        chk = 97 - base % 97
        num = first9 + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex, dept=None):
    while True:
        dep = dept or rng.choice(["75", "69", "13", "33", "44", "59", "67", "31", "06", "35"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dep + "%03d" % rng.randint(1, 990) + "%03d" % rng.randint(1, 999)
        key = 97 - int(body) % 97
        num = body + "%02d" % key
        if fr_nir.is_valid(num):
            return num


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": "%s %s %s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "slash": "%s/%s/%s" % (a, b, c),
        "hyph": "%s-%s-%s" % (a, b, c),
        "lower": "%s %s %s" % (a.lower(), b, c),
        "fw": a + fullwidth(b + c),
        "wide": " ".join(nam),
    }[style]


def fmt_sin(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {"plain": num, "space": "%s %s %s" % (a, b, c), "hyph": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "fw": fullwidth("%s %s %s" % (a, b, c))}[style]


def fmt_ohn(num, vc, style):
    a, b, c = num[:4], num[4:7], num[7:]
    return {"plain": num + vc, "space": "%s %s %s %s" % (a, b, c, vc), "hyph": "%s-%s-%s-%s" % (a, b, c, vc),
            "dot": "%s.%s.%s" % (a, b, c)}[style]


def fmt_niss(num, style):
    return {"std": "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]),
            "plain": num, "space": "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])}[style]


def fmt_nir(num, style):
    parts = (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    return {"space": " ".join(parts), "plain": num, "dot": ".".join(parts[:-1]) + " " + parts[-1],
            "key": num[:13] + " / " + num[13:]}[style]


def fmt_mrn(mrn, style):
    digits = mrn[3:] if mrn.startswith("LM-") else mrn
    pre = "LM-" if mrn.startswith("LM-") else ""
    return {"plain": mrn, "space": pre + digits[:3] + " " + digits[3:], "dot": pre + digits[:3] + "." + digits[3:],
            "nopre": digits, "fw": pre + fullwidth(digits), "slash": pre + digits[:3] + "/" + digits[3:]}[style]


def norm_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isalnum())


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "abbr":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS_ABR[d.month - 1], d.year)
        return "%02d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    raise ValueError(style)


def fday(d, lang="fr", year=False):
    if lang == "fr":
        s = "%s %s %s" % (JOURS[d.weekday()], "1er" if d.day == 1 else str(d.day), MOIS[d.month - 1])
    else:
        s = "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)
    if year:
        s += " %d" % d.year if lang == "fr" else ", %d" % d.year
    return s


def tz_for(d):
    # EDT until the first Sunday of November 2025 (Nov 2), EST after.
    return TZ_EDT if d < _dt.date(2025, 11, 2) else TZ_EST


def sex_word(sex, lang="fr", kind="child"):
    if lang == "fr":
        return {"child": "garçon" if sex == "M" else "fille", "code": sex, "il": "il" if sex == "M" else "elle",
                "le": "le" if sex == "M" else "la", "son": "son", "ne": "" if sex == "M" else "e",
                "fils": "fils" if sex == "M" else "fille"}[kind]
    return {"child": "boy" if sex == "M" else "girl", "code": sex, "he": "he" if sex == "M" else "she",
            "his": "his" if sex == "M" else "her", "him": "him" if sex == "M" else "her",
            "He": "He" if sex == "M" else "She", "His": "His" if sex == "M" else "Her",
            "son": "son" if sex == "M" else "daughter"}[kind]


def age_str(p, day, lang="fr"):
    m = p.age_months(day)
    if m < 36:
        return ("%d mois" % m) if lang == "fr" else ("%d months" % m)
    y = p.age_at(day)
    if lang == "fr":
        return "%d ans" % y if m % 12 < 3 or y >= 6 else "%d ans %d mois" % (y, m % 12)
    return "%d years" % y if m % 12 < 3 or y >= 6 else "%d y %d m" % (y, m % 12)


def art(key, prep="", cap=False):
    """French name with title and the right article: 'la Dre X', 'du Dr X', 'par le Dr X', 'Mme X'."""
    t = STAFF[key]
    name = "%s %s %s" % (t[0], t[2], t[3])
    if t[0] == "Dre":
        s = prep + "la " + name
    elif t[0] == "Dr":
        s = {"de ": "du ", "à ": "au "}.get(prep, prep + "le ") + name
    else:
        s = prep + name
    return s[0].upper() + s[1:] if cap else s
