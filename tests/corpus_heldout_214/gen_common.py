"""Shared data and helpers for the clinical-research-unit corpus.

Everything here is invented: the organisation, people, streets, phone
numbers (555-01xx) and domains (.example).  RAMQ NAMs come only from
../blind_nams.txt, read relative to this file.
"""
import datetime as _dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "CIUSSS de la Rive-Boréale"
ORG_EN = "Rive-Boréale Integrated Health and Social Services Network"
URC_FR = "Unité de recherche clinique (URC)"
URC_EN = "Clinical Research Unit (CRU)"
DOM = "rive-boreale.example"
SITES = [
    ("Hôpital Sainte-Émilie", "Trois-Lacs"),
    ("Hôpital régional du Haut-Bois", "Haut-Bois"),
    ("Pavillon Marquette", "Trois-Lacs"),
    ("Hôpital de Val-des-Pins", "Val-des-Pins"),
]

# ---------------------------------------------------------------- people
# Staff surnames deliberately avoid every surname in blind_nams.txt.
STAFF_FR = [
    ("Hélène", "Vachon", "Dre", "hématologue-oncologue, chercheuse principale"),
    ("Rémi", "Gosselin", "Dr", "pneumologue, chercheur principal"),
    ("Isabelle", "Lussier", "", "coordonnatrice de recherche clinique"),
    ("Karine", "Dion", "", "infirmière de recherche"),
    ("Mathieu", "Trudel", "", "coordonnateur de recherche"),
    ("Sophie", "Carrier", "", "infirmière de recherche"),
    ("Émilie", "Brassard", "", "pharmacienne, recherche clinique"),
    ("Julie", "St-Onge", "", "agente administrative, URC"),
    ("Nadia", "Benali", "", "infirmière clinicienne, recherche"),
    ("Olivier", "Provencher", "Dr", "cardiologue, chercheur"),
    ("Marie-Claude", "Tessier", "Dre", "endocrinologue, chercheuse principale"),
    ("Annie", "Lamontagne", "", "technicienne en pharmacie"),
    ("Catherine", "Gingras", "", "gestionnaire, URC"),
    ("Jean-François", "Bédard", "", "conseiller en éthique, CÉR"),
    ("Valérie", "Perron", "", "assistante de recherche"),
    ("Samuel", "Lacasse", "Dr", "interniste, co-chercheur"),
    ("Geneviève", "Trépanier", "", "archiviste médicale"),
    ("Luc", "Arsenault", "", "technicien informatique"),
]
STAFF_EN = [
    ("Rachel", "Goldstein", "Dr.", "medical oncologist, principal investigator"),
    ("Ian", "Whitaker", "Dr.", "respirologist, sub-investigator"),
    ("Brianna", "Coleman", "", "research assistant"),
    ("Jenna", "Walsh", "", "research nurse"),
    ("Michael", "Ferreira", "", "study coordinator"),
    ("Tariq", "Siddiqui", "Dr.", "nephrologist, principal investigator"),
    ("Amanda", "Hughes", "", "regulatory coordinator"),
    ("Stephen", "Kerr", "", "research pharmacist"),
    ("Nicole", "Baptiste", "", "research assistant"),
    ("Owen", "Prescott", "", "data manager"),
    ("Hannah", "Lindgren", "Dr.", "cardiologist, investigator"),
    ("Victor", "Achebe", "", "lab technologist, research biobank"),
    ("Grace", "Okonkwo", "", "research nurse"),
    ("Peter", "Vandermeer", "", "finance officer, research"),
]
SPONSOR_PEOPLE = [
    ("Laura", "Chambers", "northfield-cro.example", "Clinical Research Associate"),
    ("Daniel", "Kessler", "velapharm.example", "Pharmacovigilance Scientist"),
    ("Sabrina", "Mercier", "velapharm.example", "Responsable de la pharmacovigilance"),
    ("Thomas", "Huang", "aurora-centrallab.example", "Site Support Specialist"),
    ("Elena", "Ruiz", "northfield-cro.example", "Clinical Trial Manager"),
]

# Patients not taken from blind_nams.txt (surnames avoid every NAM surname).
PAT_GIVEN_FR_F = ["Ginette", "Huguette", "Lise", "Francine", "Chantal", "Mélanie", "Karine",
                  "Nicole", "Jacinthe", "Raymonde", "Élise", "Odette", "Thérèse", "Gisèle",
                  "Noémie", "Lucie", "Suzanne", "Colette", "Micheline", "Annick"]
PAT_GIVEN_FR_M = ["Réjean", "Marcel", "Gaétan", "Yvon", "Stéphane", "Jocelyn", "Normand",
                  "Sylvain", "Benoît", "Mathis", "Florent", "Rosaire", "Maxime", "Zachary",
                  "Gérald", "Raynald", "Denis", "Clément", "Jean-Guy", "Ghislain"]
PAT_SUR_FR = ["Bergeron", "Lévesque", "Côté", "Pelchat", "Desrosiers", "Thériault",
              "Labrecque", "Vaillancourt", "Dufresne", "Bérubé", "Charest", "Grenier",
              "Beaulieu", "Lachance", "Turcotte", "Gravel", "Poulin", "Ouimet", "Babin",
              "Rioux", "Plamondon", "Lemieux", "Cyr", "Drolet", "Auclair", "Marcoux",
              "Paradis", "Lafrance", "Hébert", "Séguin", "Tremblay-Fiset", "Deschênes"]
PAT_GIVEN_EN_F = ["Margaret", "Brenda", "Heather", "Lorraine", "Colleen", "Shirley", "Tanya",
                  "Agnes", "Irene", "Priya", "Mei", "Fatima", "Aleksandra", "Amara", "Rosa",
                  "Deborah", "Kathleen", "Yasmin"]
PAT_GIVEN_EN_M = ["Kevin", "Douglas", "Trevor", "Wayne", "Darren", "Gordon", "Russell",
                  "Curtis", "Neil", "Arjun", "Wei", "Omar", "Tomasz", "Kwame", "Dmitri",
                  "Bernard", "Callum", "Rajiv"]
PAT_SUR_EN = ["Kowalski", "Henderson", "McAllister", "Fitzgerald", "O'Neill", "Patel",
              "Nguyen", "Chen", "Okafor", "Haddad", "Whitfield", "Campbell", "Sutherland",
              "Robertson", "Greaves", "Delgado", "Mensah", "Ivanova", "Kaur", "Brennan",
              "Doyle", "Sinclair", "Abernathy", "Lindqvist", "Zielinski", "Oyelaran"]

STREETS_FR = ["rue des Pruches", "rue Saint-Éloi", "boul. des Hirondelles", "rang du Ruisseau",
              "avenue Laviolette-Nord", "rue du Moulin-Rouge", "chemin du Lac-Caché",
              "rue de la Fabrique", "montée des Érables", "rue Principale Est"]
STREETS_EN = ["Birchwood Crescent", "Elm Hollow Road", "Carleton Mews", "Maple Run Drive",
              "Kingsmere Street", "Orchard Lane", "Riverbend Court", "Hawthorne Avenue"]
TOWNS = [("Trois-Lacs", "G9A"), ("Haut-Bois", "J0K"), ("Val-des-Pins", "J8X"),
         ("Saint-Fulbert", "G0X"), ("Lac-Aubépine", "J0T")]
AREA = ["819", "450", "873", "579"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

FINDING_TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
                 "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
                 "patient_contact", "social_information"]

# ---------------------------------------------------------------- NAMs

def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append({"surname": sur, "given": given, "dob": _dt.date(y, m, d),
                        "sex": sex, "nam": nam})
    return out


class People:
    """Hands out patients: NAM holders (from the file) and invented ones."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = load_nams()
        self.queue = list(range(len(self.holders)))
        rng.shuffle(self.queue)
        self.used_names = set()

    def holder(self, child=False, adult=False, max_age=17):
        """Next NAM holder; child=True wants age <= max_age in 2024."""
        for k, idx in enumerate(self.queue):
            h = self.holders[idx]
            age = 2024 - h["dob"].year
            if child and age > max_age:
                continue
            if adult and age < 18:
                continue
            self.queue.pop(k)
            self.queue.append(idx)  # recycle at the end
            return dict(h, kind="nam", title_fr="Mme" if h["sex"] == "F" else "M.",
                        title_en="Ms." if h["sex"] == "F" else "Mr.")
        raise RuntimeError("no holder left")

    def invented(self, lang, sex=None, min_age=25, max_age=88):
        rng = self.rng
        sex = sex or rng.choice("FM")
        for _ in range(200):
            if lang == "fr":
                given = rng.choice(PAT_GIVEN_FR_F if sex == "F" else PAT_GIVEN_FR_M)
                sur = rng.choice(PAT_SUR_FR)
            else:
                given = rng.choice(PAT_GIVEN_EN_F if sex == "F" else PAT_GIVEN_EN_M)
                sur = rng.choice(PAT_SUR_EN)
            if (given, sur) not in self.used_names:
                break
        self.used_names.add((given, sur))
        age = rng.randint(min_age, max_age)
        dob = _dt.date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
        return {"surname": sur, "given": given, "dob": dob, "sex": sex, "nam": None,
                "kind": "invented", "title_fr": "Mme" if sex == "F" else "M.",
                "title_en": "Ms." if sex == "F" else "Mr."}


def age_at(p, when=_dt.date(2024, 6, 1)):
    d = p["dob"]
    return when.year - d.year - ((when.month, when.day) < (d.month, d.day))


# ---------------------------------------------------------------- formatting

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def name_form(p, rng, lang, forms=None):
    """One way of writing a patient's name."""
    g, s = p["given"], p["surname"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    choices = forms or ["full", "title", "upper_comma", "lower", "initial", "sur_init",
                        "title_sur", "comma"]
    f = rng.choice(choices)
    if f == "full":
        return f"{g} {s}"
    if f == "title":
        return f"{title} {g} {s}"
    if f == "upper_comma":
        return f"{strip_upper(s)}, {g}"
    if f == "lower":
        return f"{g.lower()} {s.lower()}"
    if f == "initial":
        return f"{g[0]}. {s}"
    if f == "sur_init":
        return f"{s} {g[0]}."
    if f == "title_sur":
        return f"{title} {s}"
    if f == "comma":
        return f"{s}, {g}"
    if f == "upper":
        return f"{g.upper()} {s.upper()}"
    raise ValueError(f)


def strip_upper(s):
    return s.upper()


def fmt_nam(nam, rng, allow_fw=True):
    styles = ["plain", "card", "card", "dots", "slash", "hyphen", "spaced", "lower"]
    if allow_fw:
        styles.append("fw")
    st = rng.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if st == "plain":
        return nam
    if st == "card":
        return f"{a} {b} {c}"
    if st == "dots":
        return f"{a}.{b}.{c}"
    if st == "slash":
        return f"{a}/{b}/{c}"
    if st == "hyphen":
        return f"{a}-{b}-{c}"
    if st == "spaced":
        return " ".join(nam)
    if st == "lower":
        return f"{a.lower()} {b} {c}"
    return fullwidth(f"{a} {b} {c}")


def fmt_digits(num, groups, rng, allow_fw=True):
    """Format a digit string in groups with a random separator."""
    seps = [" ", " ", "-", ".", "/", ""]
    sep = rng.choice(seps)
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    if i < len(num):
        parts.append(num[i:])
    s = sep.join(parts)
    if allow_fw and rng.random() < 0.12:
        s = fullwidth(s)
    return s


def fmt_dob(d, rng, lang):
    st = rng.choice(["iso", "dmy", "long", "iso", "dmy"])
    if st == "iso":
        return d.isoformat()
    if st == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if lang == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def dob_variants(d):
    """Every way fmt_dob may write a date (used by the verifier)."""
    return [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}",
            f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"]


def fmt_date(d, lang, style=None):
    if lang == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}" if style != "short" else f"{d.day:02d}/{d.month:02d}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if style != "short" else f"{d.month:02d}/{d.day:02d}"


def sex_word(p, lang):
    if lang == "fr":
        return p["sex"]
    return p["sex"]


# ---------------------------------------------------------------- identifiers

def make_mrn(rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(7))


def fmt_mrn(mrn, rng, lang):
    st = rng.choice(["plain", "h", "split", "spaced", "dash"])
    if st == "plain":
        v = mrn
    elif st == "h":
        v = "H" + mrn
    elif st == "split":
        v = f"{mrn[:2]}-{mrn[2:]}"
    elif st == "spaced":
        v = f"{mrn[0]} {mrn[1:4]} {mrn[4:]}"
    else:
        v = f"{mrn[:3]}.{mrn[3:]}"
    if rng.random() < 0.15:
        v = fullwidth(v)
    return v


def mrn_label(rng, lang):
    if lang == "fr":
        return rng.choice(["no dossier", "N° de dossier", "dossier", "# dossier", "No dos.", "dossier HSE"])
    return rng.choice(["MRN", "chart #", "chart no.", "Hosp. chart", "MRN#"])


def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohn_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 10 and num[0] != "0" and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - n % 97
        num = f"{base}{chk:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, rng):
    st = rng.choice(["dots", "plain", "spaced"])
    if st == "dots":
        return f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    if st == "spaced":
        return f"{num[:6]} {num[6:9]} {num[9:]}"
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "44", "35", "59", "67", "31"])
    while True:
        commune = f"{rng.randint(1, 399):03d}"
        order = f"{rng.randint(1, 999):03d}"
        base = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order}"
        key = 97 - int(base) % 97
        num = f"{base}{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, rng):
    st = rng.choice(["std", "plain", "std"])
    if st == "std":
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    return num


def fmt_ohn(num, rng):
    vc = rng.choice(["", " AB", "-KT", " HM", ""])
    st = rng.choice(["dash", "space", "plain"])
    if st == "dash":
        return f"{num[:4]}-{num[4:7]}-{num[7:]}{vc}"
    if st == "space":
        return f"{num[:4]} {num[4:7]} {num[7:]}{vc}"
    return num + vc.strip()


def fmt_sin(num, rng):
    return fmt_digits(num, [3, 3, 3], rng)


# ---------------------------------------------------------------- contact

def home_address(rng, lang):
    town, fsa = rng.choice(TOWNS)
    num = rng.randint(12, 4890)
    if lang == "en" and rng.random() < 0.5:
        street = rng.choice(STREETS_EN)
        return f"{num} {street}, {town}, QC {fsa} {rng.randint(1,9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0,9)}"
    street = rng.choice(STREETS_FR)
    app = f", app. {rng.randint(1, 12)}" if rng.random() < 0.3 else ""
    return (f"{num}, {street}{app}, {town} (Québec) {fsa} "
            f"{rng.randint(1,9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0,9)}")


def phone(rng, area=None):
    area = area or rng.choice(AREA)
    return f"{area} 555-01{rng.randint(0, 99):02d}"


def phone_fmt(rng, area=None):
    area = area or rng.choice(AREA)
    n = f"{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) 555-01{n}", f"{area}-555-01{n}", f"{area} 555-01{n}",
                       f"{area}.555.01{n}"])


# ---------------------------------------------------------------- staff

def addr_of(given, sur, dom=DOM):
    def clean(x):
        x = unicodedata.normalize("NFKD", x)
        x = "".join(c for c in x if not unicodedata.combining(c))
        return x.lower().replace(" ", "").replace("'", "")
    return f"{clean(given)}.{clean(sur)}@{dom}"


def staff(rng, lang, role=None):
    pool = STAFF_FR if lang == "fr" else STAFF_EN
    if role:
        cand = [s for s in pool if role in s[3]]
        if cand:
            pool = cand
    g, s, t, r = rng.choice(pool)
    return {"given": g, "surname": s, "title": t, "role": r,
            "display": f"{g} {s}", "addr": addr_of(g, s)}


CLINICAL_ROLES = ("infirmi", "coordonna", "pharm", "chercheu", "nurse", "coordinator", "investigator",
                  "assistant", "oncolog", "logist", "interniste", "endocrin")


def clinical_staff(rng, lang):
    pool = [s for s in (STAFF_FR if lang == "fr" else STAFF_EN) if any(k in s[3] for k in CLINICAL_ROLES)]
    g, s, t, r = rng.choice(pool)
    return {"given": g, "surname": s, "title": t, "role": r, "display": f"{g} {s}", "addr": addr_of(g, s)}


def two_staff(rng, lang):
    a = clinical_staff(rng, lang)
    for _ in range(20):
        b = clinical_staff(rng, lang)
        if b["addr"] != a["addr"]:
            return a, b
    return a, staff(rng, "en" if lang == "fr" else "fr")


def signature(st, lang, rng, site=None):
    site = site or rng.choice(SITES)
    poste = rng.randint(2000, 7999)
    area = rng.choice(AREA)
    t = (st["title"] + " ") if st["title"] else ""
    if lang == "fr":
        lines = [f"{t}{st['display']}", st["role"][:1].upper() + st["role"][1:],
                 f"{URC_FR} – {site[0]}", ORG_FR,
                 f"Tél. : {area} 555-0100, poste {poste}"]
        if rng.random() < 0.5:
            lines.append(f"{rng.randint(100, 3999)}, boul. des Forges, {site[1]} (Québec)")
        if rng.random() < 0.4:
            lines.append("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements "
                         "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire.")
    else:
        lines = [f"{t}{st['display']}", st["role"][:1].upper() + st["role"][1:],
                 f"{URC_EN}, {site[0]}", ORG_EN,
                 f"Tel. {area}-555-0100 ext. {poste}"]
        if rng.random() < 0.4:
            lines.append("This e-mail may contain confidential information intended only for "
                         "the addressee. If received in error, please delete it.")
    return "\n".join(lines)


# ---------------------------------------------------------------- dates / ids

def msg_date(rng, start=_dt.date(2024, 1, 8), span=560):
    d = start + _dt.timedelta(days=rng.randint(0, span))
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += _dt.timedelta(days=1)
    hh, mm, ss = rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)
    return _dt.datetime(d.year, d.month, d.day, hh, mm, ss)


def tz_for(dt):
    y = dt.year
    # second Sunday of March, first Sunday of November
    m = _dt.date(y, 3, 8)
    start = m + _dt.timedelta(days=(6 - m.weekday()) % 7)
    n = _dt.date(y, 11, 1)
    end = n + _dt.timedelta(days=(6 - n.weekday()) % 7)
    return "-0400" if start <= dt.date() < end else "-0500"


def rfc_date(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (f"{days[dt.weekday()]}, {dt.day:02d} {mons[dt.month - 1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {tz_for(dt)}")


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def message_id(rng, dom=DOM):
    st = rng.choice(["outlook", "gmail", "plain"])
    if st == "outlook":
        return f"<YQBPR01MB{hexid(rng, 4).upper()}{hexid(rng, 12).upper()}@YQBPR01MB{hexid(rng,4).upper()}.mail.{dom}>"
    if st == "gmail":
        return f"<CA+{hexid(rng, 24)}{hexid(rng, 8).upper()}@mail.{dom}>"
    return f"<{hexid(rng, 8)}.{hexid(rng, 6)}.{rng.randint(1000, 99999)}@{dom}>"


def new_rng(seed, *salt):
    return random.Random(f"{seed}:" + ":".join(str(s) for s in salt))


PROTOCOLS = [
    ("VLP-2207", "dapagliflozine vs placebo dans l'IC à FE préservée",
     "dapagliflozin vs placebo in HFpEF", "insuffisance cardiaque à fraction d'éjection préservée",
     "heart failure with preserved ejection fraction", "cardio"),
    ("NFC-0341", "inhalateur triple association dans la MPOC modérée à sévère",
     "triple inhaled therapy in moderate-to-severe COPD", "MPOC", "COPD", "pneumo"),
    ("ARX-118", "inhibiteur de KRAS G12C en 2e ligne du CPNPC",
     "KRAS G12C inhibitor, second-line NSCLC", "cancer du poumon non à petites cellules",
     "non-small cell lung cancer", "onco"),
    ("TLM-505", "semaglutide oral chez l'adulte avec diabète de type 2 et IRC",
     "oral semaglutide in type 2 diabetes with CKD", "diabète de type 2 avec IRC stade 3",
     "type 2 diabetes with stage 3 CKD", "endo"),
    ("PED-RSV-12", "anticorps monoclonal anti-VRS chez l'enfant",
     "anti-RSV monoclonal antibody in children", "bronchiolite à VRS récidivante",
     "recurrent RSV bronchiolitis", "ped"),
    ("HEM-760", "anticoagulant anti-facteur XI après PTG",
     "factor XI inhibitor after knee replacement", "thromboprophylaxie post-arthroplastie",
     "post-arthroplasty thromboprophylaxis", "hem"),
]
