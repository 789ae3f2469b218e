"""Shared data and helpers: seed, organisation, people, identifiers, dates, formatting.

Every person, institution, address and number here is invented.  Domains end in
.example and phone numbers use the 555-01xx range.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 126247
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

DOMAIN = "cishr.example"
ORG_FR = "Centre intégré de santé de la Haute-Rivière"
ORG_EN = "Haute-Rivière Integrated Health Centre"
HOSP_FR = "Hôpital de la Haute-Rivière"
HOSP_EN = "Haute-Rivière Hospital"
SERVICE_FR = "Service de médecine dentaire et de chirurgie buccale et maxillo-faciale"
SERVICE_EN = "Department of Hospital Dentistry and Oral & Maxillofacial Surgery"
ADDR_FR = "2150, boul. des Érables, Val-des-Chutes (Québec) J0X 1A0"
ADDR_EN = "2150 des Érables Blvd, Val-des-Chutes, QC J0X 1A0"
TEL = "819-555-0142"
FAX = "819-555-0143"

# ---------------------------------------------------------------- NAM holders


class Person:
    """A patient (NAM holder or invented)."""

    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.mrn = None
        self.sin = None
        self.ohn = None
        self.ohn_vc = None
        self.niss = None
        self.nir = None
        self.street = None
        self.city = None
        self.postal = None
        self.phone = None

    def age(self, on=datetime.date(2025, 4, 1)):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            holders.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return holders


# ---------------------------------------------------------------- name pools
# Disjoint from the NAM holders' surnames (checked at start-up).

STAFF_SURNAMES_OK = True

PATIENT_SURNAMES_FR = [
    "Tremblay", "Côté", "Lavoie", "Dubé", "Hébert", "Beaulieu", "Gingras", "Bédard",
    "Lacasse", "Lachance", "Fréchette", "Lemay", "Rousseau", "Deschênes", "Boivin",
    "Beaudoin", "Carrier", "Champagne", "Guay", "Landry", "Leclerc", "Mercier", "Pépin",
    "Poulin", "Racine", "Sauvé", "Thériault", "Vaillancourt", "Auclair", "Brassard",
    "Cormier", "Doucet", "Émond", "Fontaine", "Harvey", "Jolicoeur", "Laflamme", "Nolin",
    "Ouimet", "Plante", "Renaud", "Séguin", "Trudel", "St-Onge", "Gervais", "Lapierre",
    "Bouffard", "Robichaud", "Tessier", "Larocque",
]
PATIENT_SURNAMES_EN = [
    "Stewart", "Reid", "Kennedy", "Hughes", "Sinclair", "Nguyen", "Chen", "O'Brien",
    "Doyle", "Kowalski", "Novak", "Harrington", "Whitfield", "Ashworth", "Pearson",
    "Dalton", "Mercer", "Hale", "Lindqvist", "Rahman", "Santos", "Ferreira", "Kaur",
    "Singh", "Ibrahim", "McKenna", "Gallagher", "Ferguson", "Abernethy", "Baptiste",
]
PATIENT_SURNAMES_BE = ["Janssens", "Peeters", "Maes", "Claes", "Wouters", "Dubois", "Lambert", "Vermeulen"]
PATIENT_SURNAMES_FRANCE = ["Lefèvre", "Moreau", "Garnier", "Rolland", "Chevalier", "Marchetti", "Perrin", "Guérin"]

GIVEN_FR_F = ["Lise", "Huguette", "Monique", "Francine", "Jocelyne", "Thérèse", "Mélissa", "Jessica",
              "Camille", "Léa", "Zoé", "Maëlle", "Olivia", "Éloïse", "Rosalie", "Yolande", "Gisèle",
              "Rita", "Carole", "Nicole", "Suzanne", "Annie", "Audrey", "Florence", "Jeanne"]
GIVEN_FR_M = ["Réjean", "Gaétan", "Yvon", "Normand", "Raymond", "Benoît", "Kevin", "Alexandre",
              "Noah", "Félix", "Thomas", "Jérémie", "Mathis", "Fernand", "Lucien", "Denis",
              "Alain", "Serge", "Yannick", "Maxime", "Émile", "Hugo", "William", "Gérard"]
YOUNG_FR_F = ["Léa", "Zoé", "Maëlle", "Olivia", "Éloïse", "Rosalie", "Camille", "Florence", "Alice", "Charlie", "Juliette"]
YOUNG_FR_M = ["Noah", "Félix", "Thomas", "Mathis", "Jérémie", "Hugo", "William", "Émile", "Léo", "Arnaud", "Nathan"]
YOUNG_EN_F = ["Chloe", "Brianna", "Hannah", "Ava", "Grace", "Megan", "Aisha", "Linh"]
YOUNG_EN_M = ["Ethan", "Owen", "Tyler", "Lucas", "Dylan", "Omar", "Mateus", "Declan"]
GIVEN_EN_F = ["Margaret", "Dorothy", "Chloe", "Brianna", "Hannah", "Linh", "Aisha", "Fatima",
              "Agnieszka", "Rosa", "Harpreet", "Eileen", "Kathleen", "Megan", "Ava", "Grace"]
GIVEN_EN_M = ["Harold", "Ethan", "Owen", "Tyler", "Wei", "Omar", "Kwame", "Tomasz", "Mateus",
              "Gurpreet", "Patrick", "Declan", "Sean", "Arthur", "Lucas", "Dylan"]

# staff: (title_fr, title_en, given, surname, role_fr, role_en, email-local)
STAFF = {
    "vachon": ("Dre", "Dr.", "Hélène", "Vachon", "Chirurgienne buccale et maxillo-faciale, cheffe de service",
               "Oral and maxillofacial surgeon, Head of department"),
    "bergeron": ("Dr", "Dr.", "Mathieu", "Bergeron", "Chirurgien buccal et maxillo-facial",
                 "Oral and maxillofacial surgeon"),
    "levesque": ("Dre", "Dr.", "Karine", "Lévesque", "Dentiste, dentisterie hospitalière",
                 "Dentist, hospital dentistry"),
    "desjardins": ("Dr", "Dr.", "Olivier", "Desjardins", "Dentiste, patients médicalement complexes",
                   "Dentist, medically complex patients"),
    "haddad": ("Dr", "Dr.", "Farid", "Haddad", "Anesthésiologiste", "Anaesthesiologist"),
    "lemieux": ("Dre", "Dr.", "Anne-Marie", "Lemieux", "Dentiste-conseil, santé dentaire publique",
                "Dental consultant, dental public health"),
    "dufour": ("Mme", "Ms.", "Chantal", "Dufour", "Hygiéniste dentaire, programme scolaire",
               "Dental hygienist, school programme"),
    "turcotte": ("Mme", "Ms.", "Julie", "Turcotte", "Hygiéniste dentaire", "Dental hygienist"),
    "labelle": ("M.", "Mr.", "Patrick", "Labelle", "Denturologiste, clinique des CHSLD",
                "Denturist, long-term care clinic"),
    "proulx": ("Mme", "Ms.", "Nancy", "Proulx", "Agente administrative, rendez-vous",
               "Administrative officer, bookings"),
    "charbonneau": ("Mme", "Ms.", "Isabelle", "Charbonneau", "Coordonnatrice clinique, bloc opératoire",
                    "Clinical coordinator, operating room"),
    "rioux": ("M.", "Mr.", "Sébastien", "Rioux", "Chef d'administration de programme",
              "Program administration manager"),
    "perreault": ("Mme", "Ms.", "Lucie", "Perreault", "Assistante dentaire", "Dental assistant"),
    "drouin": ("Mme", "Ms.", "Valérie", "Drouin", "Infirmière, clinique préopératoire",
               "Nurse, pre-operative clinic"),
    "paradis": ("Mme", "Ms.", "Stéphanie", "Paradis", "Technicienne administrative, assurances et pré-autorisations",
                "Administrative technician, insurance and pre-authorisations"),
    "campbell": ("Mme", "Ms.", "Rachel", "Campbell", "Hygiéniste dentaire", "Dental hygienist"),
    "fraser": ("Dr", "Dr.", "Ian", "Fraser", "Chirurgien buccal et maxillo-facial", "Oral and maxillofacial surgeon"),
    "patel": ("Mme", "Ms.", "Priya", "Patel", "Pharmacienne", "Pharmacist"),
    "walsh": ("M.", "Mr.", "Kevin", "Walsh", "Analyste, technologies de l'information", "IT analyst"),
    "veilleux": ("M.", "Mr.", "Marc-André", "Veilleux", "Services techniques", "Facilities"),
    "giguere": ("Mme", "Ms.", "Josianne", "Giguère", "Conseillère en ressources humaines", "HR advisor"),
    "marchand": ("Mme", "Ms.", "Linda", "Marchand", "Technicienne en paie", "Payroll technician"),
    "bissonnette": ("Dr", "Dr.", "Étienne", "Bissonnette", "Médecin de famille, GMF des Chutes",
                    "Family physician, GMF des Chutes"),
    "arsenault": ("Dre", "Dr.", "Caroline", "Arsenault", "Médecin de famille, GMF du Lac-Vert",
                  "Family physician, GMF du Lac-Vert"),
    "okafor": ("Dr", "Dr.", "Samuel", "Okafor", "Médecin de famille, Riverside Family Health Team",
               "Family physician, Riverside Family Health Team"),
    "villeneuve": ("Dr", "Dr.", "Nicolas", "Villeneuve", "Hématologue", "Haematologist"),
    "dionne": ("Dre", "Dr.", "Mélanie", "Dionne", "Radio-oncologue", "Radiation oncologist"),
    "gallant": ("Mme", "Ms.", "Sophie", "Gallant", "Infirmière, CHSLD Les Pins", "Nurse, CHSLD Les Pins"),
    "nolet": ("M.", "Mr.", "Jean-François", "Nolet", "Acheteur, approvisionnement", "Buyer, procurement"),
    "bernier": ("Mme", "Ms.", "Catherine", "Bernier", "Agente de planification, santé publique",
                "Planning officer, public health"),
    "stpierre": ("Mme", "Ms.", "Andrée", "St-Pierre", "Travailleuse sociale", "Social worker"),
    "kaplan": ("Dr", "Dr.", "Eli", "Kaplan", "Médecin de famille, Ottawa", "Family physician, Ottawa"),
    "mcneil": ("Ms.", "Ms.", "Fiona", "McNeil", "Claims analyst, Northshore Life", "Claims analyst, Northshore Life"),
    "gosselin": ("M.", "Mr.", "Rémi", "Gosselin", "Analyste, Assurances Boréales", "Analyst, Assurances Boréales"),
}
EXT_DOMAINS = {
    "bissonnette": "gmf-deschutes.example", "arsenault": "gmf-lacvert.example",
    "okafor": "riversidefht.example", "kaplan": "glebeclinic.example", "gallant": "chsld-lespins.example",
    "mcneil": "northshore-life.example", "gosselin": "assurances-boreales.example",
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def staff(key, lang="fr"):
    t_fr, t_en, giv, sur, r_fr, r_en = STAFF[key]
    dom = EXT_DOMAINS.get(key, DOMAIN)
    local = ascii_fold(giv + "." + sur).lower().replace(" ", "").replace("'", "")
    return {
        "key": key, "given": giv, "surname": sur, "title": t_fr if lang == "fr" else t_en,
        "role": r_fr if lang == "fr" else r_en, "email": f"{local}@{dom}",
        "name": f"{giv} {sur}", "full": f"{t_fr if lang == 'fr' else t_en} {giv} {sur}",
    }


def signature(key, lang, rng, short=False):
    s = staff(key, lang)
    if short or rng.random() < 0.25:
        return f"{s['given']}" if rng.random() < 0.5 else f"{s['given']} {s['surname'][0]}."
    ext = EXT_DOMAINS.get(key)
    lines = ["--", f"{s['full'] if s['title'].startswith('Dr') else s['name']}", s["role"]]
    if ext is None:
        lines.append(HOSP_FR if lang == "fr" else HOSP_EN)
        lines.append(ADDR_FR if lang == "fr" else ADDR_EN)
        ext_no = 4400 + rng.randrange(10, 99)
        if lang == "fr":
            lines.append(f"Tél. : {TEL}, poste {ext_no} | Téléc. : {FAX}")
        else:
            lines.append(f"Tel: {TEL} ext. {ext_no} | Fax: {FAX}")
    else:
        lines.append(f"Tél. 819-555-01{rng.randrange(50, 99)}" if lang == "fr"
                     else f"Phone 613-555-01{rng.randrange(50, 99)}")
    if rng.random() < 0.45:
        lines.append("")
        lines.append(DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
    return "\n".join(lines)


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des "
                 "renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser "
                 "l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
                 "information. If you received it in error, please notify the sender and delete it.")

# ---------------------------------------------------------------- places

STREETS = ["rue des Mélèzes", "chemin du Lac-Vert", "avenue Principale", "rue Saint-Onésime",
           "rang du Petit-Brûlé", "rue des Pionniers", "montée Gravel", "rue Lafontaine-Sud",
           "boul. Riverain", "rue de la Fabrique", "chemin des Hérons", "rue Notre-Dame-Ouest"]
STREETS_EN = ["Elm Street", "Maple Crescent", "Bank Street", "Riverside Drive", "Cedar Lane",
              "Orchard Road", "Kent Avenue", "Birch Court"]
TOWNS = [("Val-des-Chutes", "J0X 1A0"), ("Sainte-Aurélie-du-Lac", "J0X 2K0"), ("Mont-Carillon", "J0X 3B0"),
         ("Lac-aux-Hérons", "J0X 1T0"), ("Saint-Basile-des-Monts", "J0X 2P0"), ("Gatineau", "J8Y 0A9")]
TOWNS_ON = [("Ottawa", "K1S 0Z9"), ("Pembroke", "K8A 0Z9"), ("Hawkesbury", "K6A 0Z9")]


# ---------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{serial:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["69", "75", "13", "33", "59", "44", "31", "67"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
        num = body + f"{97 - int(body) % 97:02d}"
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return f"{rng.randrange(100000, 999999):06d}" if rng.random() < 0.3 else f"{rng.randrange(1000000, 9999999):07d}"


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}", "dash": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}", "fw": a + fullwidth(b + c), "lower": f"{a.lower()} {b} {c}",
        "odd": f"{a[:2]} {a[2:]} {b[:2]} {b[2:]} {c}",
    }[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"plain": n, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fw": fullwidth(f"{a} {b} {c}"), "slash": f"{a}/{b}/{c}"}[style]


def fmt_ohn(n, vc, style):
    a, b, c = n[:4], n[4:7], n[7:]
    v = vc or ""
    return {"plain": n + v, "dash": f"{a}-{b}-{c}" + (f"-{v}" if v else ""),
            "space": f"{a} {b} {c}" + (f" {v}" if v else ""), "dot": f"{a}.{b}.{c}",
            "fw": fullwidth(f"{a} {b} {c}") + (f" {v}" if v else "")}[style]


def fmt_niss(n, style):
    return {"plain": n, "std": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "space": f"{n[:6]} {n[6:9]} {n[9:]}", "fw": fullwidth(f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"),
            "slash": f"{n[:6]}/{n[6:9]}/{n[9:]}"}[style]


def fmt_nir(n, style):
    sp = f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    return {"plain": n, "space": sp, "dot": sp.replace(" ", "."), "fw": fullwidth(sp),
            "key": f"{n[:13]} {n[13:]}"}[style]


def fmt_mrn(m, style):
    return {"plain": m, "prefix": f"HHR-{m}", "space": " ".join([m[:2], m[2:4], m[4:]]),
            "slash": f"{m[:3]}/{m[3:]}", "dot": f"{m[:3]}.{m[3:]}", "fw": fullwidth(m),
            "hash": f"#{m}"}[style]


# ---------------------------------------------------------------- dates

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style, lang):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "fw":
        return fullwidth(d.isoformat())
    raise ValueError(style)


def dob_variants(d):
    """All renderings fmt_date can produce (for the verifier)."""
    out = {d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), d.strftime("%d.%m.%Y"),
           d.strftime("%Y/%m/%d"), f"{d.day} {MOIS[d.month - 1]} {d.year}",
           f"1er {MOIS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"}
    return out


def day_fr(d):
    return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"


def day_en(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def tz_for(d):
    # EDT from 2025-03-09 to 2025-11-02
    if datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))


def msg_datetime(rng, start=datetime.date(2025, 1, 13), days=160):
    while True:
        d = start + datetime.timedelta(days=rng.randrange(days))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    h = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 19, 21])
    return datetime.datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60), tzinfo=tz_for(d))


def before(d, rng, lo=1, hi=6):
    """A business-hours datetime some days before date `d` (for a message announcing `d`)."""
    x = d - datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x -= datetime.timedelta(days=1)
    h = rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16])
    return datetime.datetime(x.year, x.month, x.day, h, rng.randrange(60), rng.randrange(60), tzinfo=tz_for(x))


def after(d, rng, lo=0, hi=3):
    x = d + datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x += datetime.timedelta(days=1)
    h = rng.choice([12, 13, 15, 16, 17, 18])
    return datetime.datetime(x.year, x.month, x.day, h, rng.randrange(60), rng.randrange(60), tzinfo=tz_for(x))


def next_weekday(d, rng, lo=1, hi=21):
    x = d + datetime.timedelta(days=rng.randrange(lo, hi))
    while x.weekday() >= 5:
        x += datetime.timedelta(days=1)
    return x


def fr_num(x):
    """Decimal comma for French values."""
    return str(x).replace(".", ",")


def phone(rng, area=None):
    area = area or rng.choice(["819", "819", "873", "450"])
    return f"{area}-555-01{rng.randrange(0, 100):02d}"


def check_pools(holders):
    hs = {ascii_fold(h.surname).lower() for h in holders}
    pools = PATIENT_SURNAMES_FR + PATIENT_SURNAMES_EN + PATIENT_SURNAMES_BE + PATIENT_SURNAMES_FRANCE + \
        [v[3] for v in STAFF.values()]
    bad = [s for s in pools if ascii_fold(s).lower() in hs]
    if bad:
        raise SystemExit(f"name pools overlap NAM holders: {bad}")
