"""Shared data for the dermatology / teledermatology corpus generator.

Names, institutions, addresses and numbers are all invented.  RAMQ NAMs are
read from ../blind_nams.txt (path computed from this file's location).
"""
import datetime as dt
import random
import unicodedata
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = Path(__file__).resolve().parent
NAM_FILE = HERE.parent / "blind_nams.txt"

SEED = 25162
REF_DATE = dt.date(2025, 4, 15)
TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


def fold(s):
    """Lower case, strip accents, NFKC (full-width to ASCII)."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam

    @property
    def age(self):
        return age_at(self.dob, REF_DATE)


def load_holders():
    out = []
    for line in NAM_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sur, giv, dob, sex, nam = line.split()
        out.append(Holder(sur, giv, dt.date.fromisoformat(dob), sex, nam))
    return out


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- name pools
PAT_SUR_FR = ["Tremblay", "Côté", "Lavoie", "Bergeron", "Dubé", "Leclerc", "Picard", "Lemieux",
              "Desjardins", "Vézina", "Beauchemin", "Tanguay", "Poulin", "Rioux", "Gravel", "Labbé",
              "Mercier", "Lachance", "Gosselin", "Charbonneau", "Hébert", "Turcotte", "St-Pierre",
              "Ménard", "Jolicoeur", "Arsenault", "Bouffard", "Drouin", "Cyr", "Lambert", "Boivin",
              "Lévesque", "Asselin", "Bérubé", "Grenier", "Veilleux", "Rousseau", "Laflamme",
              "Marcoux", "Trudel", "Perreault", "Bernier", "Chabot", "Plante", "Carrier", "Lemay",
              "Audet", "Déry", "Provencher", "Lampron", "Hamel", "Babin", "Chouinard",
              "Vaillancourt", "Blais", "Nolet", "Gendron", "Lafrance", "Ricard", "Houle"]
PAT_SUR_EN = ["Murphy", "Campbell", "Stewart", "Kelly", "Reid", "Patterson", "Walsh", "Fraser",
              "MacLeod", "O'Connor", "Sullivan", "Hughes", "Graham", "Bennett", "Harrison",
              "Nguyen", "Haddad", "Patel", "Singh", "Chen", "Kowalski", "Ferreira", "Diallo",
              "Okonkwo", "Petrov", "Rossi", "Novak", "Dawson", "Ellis", "Whitaker", "Goldberg",
              "Lindqvist", "Abboud", "Mensah", "Carvalho", "Ramirez", "Yilmaz", "Byrne", "Doyle",
              "Price", "Hartley", "Morrison", "Fitzgerald", "Sinclair", "Blackwood", "Ashby",
              "Quinn", "Lowe"]
PAT_SUR_BE = ["Vandenberghe", "Peeters", "Janssens", "Dubois", "Lambrechts", "Wouters", "Claes",
              "Maes", "Verhoeven", "Delvaux"]
PAT_SUR_FRANCE = ["Lefèvre", "Garnier", "Moreau", "Rousset", "Chevalier", "Fabre", "Marchand",
                  "Barbier", "Renaud", "Colin"]
GIV_F_FR = ["Ginette", "Lucie", "Rolande", "Francine", "Johanne", "Martine", "Isabelle", "Chloé",
            "Léa", "Maude", "Annie", "Karine", "Monique", "Jocelyne", "Huguette", "Véronique",
            "Audrey", "Rosalie", "Florence", "Mireille", "Suzanne", "Carole", "Lise", "Gisèle",
            "Thérèse", "Océane", "Noémie", "Camille", "Élodie", "Danielle"]
GIV_M_FR = ["Réjean", "Lucien", "Gaétan", "Rémi", "Yvon", "Normand", "Jean-Guy", "Raymond",
            "Mathieu", "Olivier", "Alexis", "Félix", "William", "Jérémie", "Benoît", "Denis",
            "Serge", "Richard", "Mario", "Steve", "Éric", "Hugo", "Jacques", "Marcel", "Gilbert",
            "Luc", "Christian", "Bruno", "Zacharie", "Maxime"]
GIV_F_EN = ["Margaret", "Heather", "Susan", "Karen", "Emily", "Olivia", "Hannah", "Janet",
            "Brenda", "Linda", "Rachel", "Fatima", "Aisha", "Mei", "Priyanka", "Ingrid", "Rosa",
            "Amina", "Chloe", "Megan", "Deborah", "Patricia", "Joan", "Kathleen", "Irene"]
GIV_M_EN = ["Ian", "Arthur", "Gordon", "Neil", "Trevor", "Ahmed", "Samir", "Wei", "Raj", "Tomasz",
            "Dmitri", "Gareth", "Colin", "Brian", "Stuart", "Owen", "Ethan", "Noah", "Derek",
            "Wayne", "Harold", "Frank", "Victor", "Malik", "Curtis"]


# --------------------------------------------------------------------------- staff
class Person:
    def __init__(self, key, given, surname, title, domain, role_fr, role_en, sex="F", login=None):
        self.key, self.given, self.surname, self.title = key, given, surname, title
        self.role_fr, self.role_en, self.sex = role_fr, role_en, sex
        login = login or (fold(given)[0] + fold(surname).replace(" ", "").replace("'", "").replace("-", ""))
        self.email = f"{login}@{domain}"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def dear(self, lang="fr"):
        """Form used in a greeting: 'Dre Vachon', 'Dr. Weiss', or the given name."""
        if self.title:
            return f"{self.title if lang == 'fr' else 'Dr.'} {self.surname}"
        return self.given

    def titled(self, lang="fr"):
        if self.title:
            t = self.title
            if lang == "en" and t in ("Dre",):
                t = "Dr."
            return f"{t} {self.full}"
        return self.full


CLINIC = {
    "name_fr": "Clinique de dermatologie des Deux-Rives",
    "name_en": "Deux-Rives Dermatology Clinic",
    "tele_fr": "Service régional de télédermatologie",
    "tele_en": "Regional Teledermatology Service",
    "addr": "455, rue Laviolette, bureau 210",
    "city": "Trois-Rivières (Québec)  G9A 1V1",
    "phone": "819-555-0100",
    "fax": "819-555-0101",
    "photo_phone": "819-555-0104",
    "tele_phone": "819-555-0106",
    "domain": "dermdeuxrives.example",
    "tele_domain": "teledermo.dermdeuxrives.example",
}
HOSP = {"name_fr": "Centre hospitalier régional des Deux-Rives", "short": "CHRDR",
        "domain": "chrdr.example", "lab_phone": "819-555-0130"}

D = CLINIC["domain"]
TD = CLINIC["tele_domain"]
HD = HOSP["domain"]

STAFF = {p.key: p for p in [
    Person("vachon", "Hélène", "Vachon", "Dre", D, "dermatologue", "dermatologist"),
    Person("benali", "Karim", "Benali", "Dr", D, "dermatologue, chirurgie de Mohs", "Mohs surgeon", "M"),
    Person("raman", "Priya", "Raman", "Dre", TD, "dermatologue, responsable télédermatologie", "teledermatology lead"),
    Person("lussier", "Frédéric", "Lussier", "Dr", D, "dermatologue", "dermatologist", "M"),
    Person("aubin", "Catherine", "Aubin", "Dre", D, "dermatologue pédiatrique", "paediatric dermatologist"),
    Person("weiss", "Jonathan", "Weiss", "Dr", D, "dermatologue", "dermatologist", "M"),
    Person("lacasse", "Étienne", "Lacasse", "Dr", HD, "résident R3 dermatologie", "PGY-3 dermatology resident", "M"),
    Person("ouimet", "Sarah-Maude", "Ouimet", "Dre", HD, "résidente R2", "PGY-2 resident"),
    Person("nakamura", "Alex", "Nakamura", "Dr", HD, "résident R4", "PGY-4 resident", "M"),
    Person("dufresne", "Chantal", "Dufresne", None, D, "infirmière, photothérapie", "phototherapy nurse"),
    Person("giroux", "Mélissa", "Giroux", None, D, "infirmière clinicienne, biologiques", "biologics nurse"),
    Person("ferland", "Nadia", "Ferland", None, TD, "infirmière, télédermatologie", "teledermatology nurse"),
    Person("morneau", "Tracy", "Morneau", None, D, "infirmière auxiliaire", "LPN"),
    Person("beaulieu", "Josiane", "Beaulieu", None, D, "agente administrative", "administrative officer"),
    Person("sauve", "Linda", "Sauvé", None, D, "secrétaire médicale", "medical secretary"),
    Person("gingras", "Patrick", "Gingras", None, D, "réception", "front desk", "M"),
    Person("whitfield", "Kim", "Whitfield", None, D, "secrétaire médicale", "medical secretary"),
    Person("proulx", "Sylvain", "Proulx", None, D, "gestionnaire", "clinic manager", "M"),
    Person("lapierre", "Marie-Ève", "Lapierre", None, D, "chef de service", "head of department"),
    Person("guay", "Roxanne", "Guay", None, TD, "coordonnatrice, télédermatologie", "teledermatology coordinator"),
    Person("dionne", "Kevin", "Dionne", None, D, "technicien informatique", "IT technician", "M"),
    Person("houde", "Bertrand", "Houde", None, D, "responsable des installations", "facilities", "M"),
    Person("champagne", "Annie", "Champagne", None, HD, "pharmacienne", "pharmacist"),
    Person("frechette", "Isabelle", "Fréchette", "Dre", HD, "pathologiste", "pathologist"),
    Person("alvarez", "Tomás", "Alvarez", "Dr", HD, "dermatopathologiste", "dermatopathologist", "M"),
    Person("cormier", "Valérie", "Cormier", None, HD, "travailleuse sociale", "social worker"),
    Person("bisson", "Caroline", "Bisson", None, D, "conseillère RH", "HR advisor"),
    Person("mireault", "Anne-Sophie", "Mireault", "Dre", HD, "hémato-oncologue", "oncologist"),
    Person("mehta", "Rahul", "Mehta", "Dr", HD, "oncologue médical", "medical oncologist", "M"),
    # family physicians and outside partners
    Person("theriault", "Olivier", "Thériault", "Dr", "gmf-vieuxmoulin.example", "médecin de famille", "family physician", "M"),
    Person("desrosiers", "Amélie", "Desrosiers", "Dre", "gmfberges.example", "médecin de famille", "family physician"),
    Person("pepin", "Marc-André", "Pépin", "Dr", "cmsaintmaurice.example", "médecin de famille", "family physician", "M"),
    Person("langevin", "Julie", "Langevin", "Dre", "gmf-vieuxmoulin.example", "médecin de famille", "family physician"),
    Person("okafor", "Samuel", "Okafor", "Dr", "gmfberges.example", "médecin de famille", "family physician", "M"),
    Person("tardif", "Maryse", "Tardif", "Dre", "cmsaintmaurice.example", "IPS-PSPL", "nurse practitioner"),
    Person("hsu", "Rebecca", "Hsu", "Dr", "riversidefht.example", "médecin de famille", "family physician"),
    Person("kowalczyk", "Daniel", "Kowalczyk", "Dr", "ovfp.example", "médecin de famille", "family physician", "M"),
    Person("albright", "Gwen", "Albright", "Dr", "riversidefht.example", "médecin de famille", "family physician"),
    Person("osei", "Paul", "Osei", "Dr", "ovfp.example", "médecin de famille", "family physician", "M"),
    Person("lockhart", "Jennifer", "Lockhart", None, "riversidefht.example", "infirmière praticienne", "nurse practitioner"),
    Person("lacroix", "Jérôme", "Lacroix", None, "pharmalacroix.example", "pharmacien", "pharmacist", "M"),
    Person("ng", "Amy", "Ng", None, "pharmalacroix.example", "pharmacienne", "pharmacist"),
    Person("delorme", "Martin", "Delorme", None, "boreal-assurances.example", "gestionnaire de dossiers", "case manager", "M"),
]}
FAMILY_FR = ["theriault", "desrosiers", "pepin", "langevin", "okafor", "tardif"]
FAMILY_EN = ["hsu", "kowalczyk", "albright", "osei", "lockhart"]
DERMS = ["vachon", "benali", "raman", "lussier", "aubin", "weiss"]
RESIDENTS = ["lacasse", "ouimet", "nakamura"]
NURSES = ["dufresne", "giroux", "ferland", "morneau"]
CLERKS = ["beaulieu", "sauve", "gingras", "whitfield"]

ORGS = {
    "gmf-vieuxmoulin.example": ("GMF du Vieux-Moulin", "1120, rue Notre-Dame Centre, Trois-Rivières", "819-555-0141"),
    "gmfberges.example": ("GMF Les Berges", "88, chemin des Patriotes, Bécancour", "819-555-0152"),
    "cmsaintmaurice.example": ("Clinique médicale Saint-Maurice", "3400, boul. Royal, Shawinigan", "819-555-0163"),
    "riversidefht.example": ("Riverside Family Health Team", "210 Main Street East, Hawkesbury ON", "613-555-0171"),
    "ovfp.example": ("Ottawa Valley Family Practice", "45 Pembroke Street West, Pembroke ON", "613-555-0182"),
}


def S(key):
    return STAFF[key]


def signature(p, lang, rng, short=False):
    """Signature block with clinic phone / address (never a patient's)."""
    if short:
        return f"-- \n{p.given}" if rng.random() < 0.5 else f"{p.given[0]}. {p.surname}"
    dom = p.email.split("@")[1]
    role = p.role_fr if lang == "fr" else p.role_en
    lines = [p.titled(lang), role]
    if dom in ORGS:
        n, a, ph = ORGS[dom]
        lines += [n, a, ("Tél. " if lang == "fr" else "Tel. ") + ph]
    elif dom == HD:
        lines += [HOSP["name_fr"], ("Tél. " if lang == "fr" else "Tel. ") + HOSP["lab_phone"]]
    elif dom == TD:
        lines += [CLINIC["tele_fr"] if lang == "fr" else CLINIC["tele_en"],
                  CLINIC["addr"] + ", " + CLINIC["city"],
                  ("Tél. " if lang == "fr" else "Tel. ") + CLINIC["tele_phone"]
                  + (" | Téléc. " if lang == "fr" else " | Fax ") + CLINIC["fax"]]
    elif dom == D:
        lines += [CLINIC["name_fr"] if lang == "fr" else CLINIC["name_en"],
                  CLINIC["addr"], CLINIC["city"],
                  ("Tél. " if lang == "fr" else "Tel. ") + CLINIC["phone"]
                  + (" poste " if lang == "fr" else " ext. ") + str(rng.randint(201, 249))]
    else:
        n = {"pharmalacroix.example": "Pharmacie J. Lacroix et A. Ng — 2200, boul. des Récollets — 819-555-0190",
             "boreal-assurances.example": "Assurances Boréal — Invalidité — 1-800-555-0199"}.get(dom, "")
        if n:
            lines.append(n)
    if rng.random() < 0.35:
        lines.append(CONF_FOOTER[lang])
    return "\n".join(lines)


CONF_FOOTER = {
    "fr": "AVIS : ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
    "en": "NOTICE: this e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.",
}


# --------------------------------------------------------------------------- identifiers
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


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
    return num


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 996)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{serial:03d}"
        n = int(base) if dob.year < 2000 else int("2" + base)
        check = 97 - (n % 97)
        num = base + f"{check:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex, dept=None):
    dept = dept or rng.choice(["75", "69", "13", "33", "59", "44", "31", "67"])
    while True:
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + f"{rng.randint(1, 989):03d}" + f"{rng.randint(1, 999):03d}"
        key = 97 - (int(body) % 97)
        num = body + f"{key:02d}"
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return str(rng.randint(100000, 9999999))


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "spaced": f"{a} {b} {c}", "dotted": f"{a}.{b}.{c}",
        "hyphen": f"{a}-{b}-{c}", "slash": f"{a}/{b}/{c}", "fw": a + fullwidth(b + c),
        "fwspaced": f"{a} {fullwidth(b)} {fullwidth(c)}", "lower": f"{a.lower()} {b} {c}",
        "odd": f"{a} {b[:2]} {b[2:]} {c}",
    }[style]


NAM_STYLES = ["plain", "plain", "spaced", "spaced", "dotted", "hyphen", "slash", "fw", "fwspaced",
              "lower", "odd"]


def fmt_sin(s, style):
    return {"plain": s, "spaced": f"{s[:3]} {s[3:6]} {s[6:]}", "hyphen": f"{s[:3]}-{s[3:6]}-{s[6:]}",
            "dotted": f"{s[:3]}.{s[3:6]}.{s[6:]}", "slash": f"{s[:3]}/{s[3:6]}/{s[6:]}",
            "fw": fullwidth(f"{s[:3]} {s[3:6]} {s[6:]}")}[style]


def fmt_ohip(s, style, vc=""):
    core = {"plain": s, "spaced": f"{s[:4]} {s[4:7]} {s[7:]}", "hyphen": f"{s[:4]}-{s[4:7]}-{s[7:]}",
            "dotted": f"{s[:4]}.{s[4:7]}.{s[7:]}", "fw": fullwidth(f"{s[:4]} {s[4:7]} {s[7:]}")}[style]
    return core + ((" " if style != "plain" else "") + vc if vc else "")


def fmt_niss(s, style):
    return {"plain": s, "official": f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}",
            "spaced": f"{s[:6]} {s[6:9]} {s[9:]}", "hyphen": f"{s[:6]}-{s[6:9]}-{s[9:]}",
            "fw": fullwidth(f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}")}[style]


def fmt_nir(s, style):
    parts = [s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]
    return {"plain": s, "spaced": " ".join(parts), "dotted": ".".join(parts[:-1]) + " " + parts[-1],
            "compact_key": s[:13] + " " + s[13:], "fw": fullwidth(" ".join(parts))}[style]


def fmt_mrn(m, style, lang="fr"):
    if style == "plain":
        return m
    if style == "hyphen":
        return m[:-3] + "-" + m[-3:]
    if style == "spaced":
        return " ".join([m[:-6], m[-6:-3], m[-3:]]).strip() if len(m) > 6 else m[:3] + " " + m[3:]
    if style == "prefixed":
        return "H" + m.zfill(7)
    if style == "slash":
        return m[:2] + "/" + m[2:]
    if style == "fw":
        return fullwidth(m)
    return m


def mrn_variants(m):
    return {m, "H" + m.zfill(7)}


# --------------------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "ymd_dot":
        return d.strftime("%Y.%m.%d")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "long":
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    if style == "fw":
        return fullwidth(d.isoformat())
    raise ValueError(style)


DOB_STYLES = ["iso", "iso", "dmy", "ymd_slash", "dmy_dash", "long", "dmon", "ymd_dot", "fw"]


def dob_variants(d):
    out = set()
    for st in ["iso", "dmy", "ymd_slash", "dmy_dash", "dmy_dot", "ymd_dot", "mdy", "dmon"]:
        out.add(fmt_date(d, st))
    out.add(fmt_date(d, "long", "fr"))
    out.add(fmt_date(d, "long", "en"))
    out.add(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
    out.add(f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}")
    return {fold(x) for x in out}


def day_fr(d):
    return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"


def day_en(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def next_weekday(d, n=1):
    while True:
        d = d + dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
            if n == 0:
                return d


# --------------------------------------------------------------------------- patients
STREETS_FR = ["rue des Érables", "rue Saint-Paul", "avenue des Pins", "rang Saint-Joseph",
              "rue Bellefeuille", "boul. du Carmel", "rue de la Fabrique", "chemin du Lac-Long",
              "rue Papineau", "rue des Ormes", "rue Sainte-Julie", "avenue Ducharme"]
CITIES_FR = [("Trois-Rivières", "G8Y"), ("Shawinigan", "G9N"), ("Bécancour", "G9H"),
             ("Nicolet", "J3T"), ("Louiseville", "J5V"), ("Sainte-Anne-de-la-Pérade", "G0X"),
             ("Saint-Boniface", "G0X"), ("La Tuque", "G9X")]
STREETS_EN = ["Maple Crescent", "King Street", "Laurier Avenue", "Cedar Lane", "Bridge Road",
              "Willow Drive", "Hillcrest Avenue", "Queen Street"]
CITIES_EN = [("Hawkesbury ON", "K6A"), ("Pembroke ON", "K8A"), ("L'Orignal ON", "K0B"),
             ("Casselman ON", "K0A"), ("Trois-Rivières QC", "G8T"), ("Shawinigan QC", "G9P")]


class Patient:
    def __init__(self, given, surname, sex, dob, holder=None):
        self.given, self.surname, self.sex, self.dob, self.holder = given, surname, sex, dob, holder
        self.nam = holder.nam if holder else None
        self.mrn = self.sin = self.ohip = self.ohip_vc = self.niss = self.nir = None
        self.phone = self.address = None

    @property
    def age(self):
        return age_at(self.dob, REF_DATE)

    def name(self, form, lang="fr"):
        g, s = self.given, self.surname
        f = self.sex == "F"
        if form == "full":
            return f"{g} {s}"
        if form == "last_first":
            return f"{s.upper()}, {g}"
        if form == "last_first_plain":
            return f"{s} {g}"
        if form == "last_comma":
            return f"{s}, {g}"
        if form == "lower":
            return f"{g} {s}".lower()
        if form == "lower_last_first":
            return f"{s} {g}".lower()
        if form == "initials":
            gi = "-".join(x[0] + "." for x in g.split("-"))
            return f"{gi} {s}"
        if form == "title":
            if lang == "fr":
                return ("Mme " if f else "M. ") + f"{g} {s}"
            return ("Ms. " if f else "Mr. ") + f"{g} {s}"
        if form == "title_last":
            if lang == "fr":
                return ("Mme " if f else "M. ") + s
            return ("Mrs. " if f else "Mr. ") + s
        if form == "given":
            return g
        raise ValueError(form)


def random_address(rng, lang):
    """Returns (one-line address, (street line, city, region, postal code))."""
    num = rng.randint(12, 4890)
    if lang == "fr":
        city, pc = rng.choice(CITIES_FR)
        street = rng.choice(STREETS_FR)
        apt = f", app. {rng.randint(1, 12)}" if rng.random() < 0.3 else ""
        pc = f"{pc} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
        return f"{num}, {street}{apt}, {city} (Québec) {pc}", (f"{num}, {street}{apt}", city, "QC", pc)
    city, pc = rng.choice(CITIES_EN)
    street = rng.choice(STREETS_EN)
    pc = f"{pc} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
    town, region = city.rsplit(" ", 1)
    return f"{num} {street}, {city} {pc}", (f"{num} {street}", town, region, pc)


def random_phone(rng, area=None):
    area = area or rng.choice(["819", "873", "514", "438", "613", "343"])
    return f"{area}-555-01{rng.randint(10, 99):02d}"


class Context:
    """Global generation state shared by every template (deterministic)."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(f"{seed}:context")
        self.holders = load_holders()
        order = list(self.holders)
        self.rng.shuffle(order)
        self.free_holders = order
        self.used_names = set()
        self.used_holders = []

    def take_holder(self, rng, min_age=0, max_age=120):
        cands = [h for h in self.free_holders if min_age <= h.age <= max_age]
        if not cands:
            return None
        h = cands[0]
        self.free_holders.remove(h)
        self.used_holders.append(h)
        p = Patient(h.given, h.surname, h.sex, h.dob, holder=h)
        self.used_names.add((h.surname, h.given))
        return p

    def new_patient(self, rng, pool="fr", min_age=18, max_age=85, sex=None):
        sex = sex or rng.choice("FM")
        sur_pool = {"fr": PAT_SUR_FR, "en": PAT_SUR_EN, "be": PAT_SUR_BE, "france": PAT_SUR_FRANCE}[pool]
        if pool == "en":
            giv_pool = GIV_F_EN if sex == "F" else GIV_M_EN
        else:
            giv_pool = GIV_F_FR if sex == "F" else GIV_M_FR
        used_sur = {fold(u[0]) for u in self.used_names}
        s = g = None
        for attempt in range(400):
            s, g = rng.choice(sur_pool), rng.choice(giv_pool)
            if (s, g) in self.used_names:
                continue
            if attempt < 150 and fold(s) in used_sur:
                continue
            break
        self.used_names.add((s, g))
        age = rng.randint(min_age, max_age)
        dob = REF_DATE - dt.timedelta(days=age * 365 + rng.randint(0, 360))
        return Patient(g, s, sex, dob)
