"""Shared pools, identifiers and helpers for the CLSC youth & family corpus.

Everything here is invented. Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25193
TZ_E = datetime.timezone(datetime.timedelta(hours=-5))
TZ_D = datetime.timezone(datetime.timedelta(hours=-4))

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
         "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]

ORG = "CLSC de Saint-Aurèle"
ORG_EN = "Saint-Aurèle CLSC"
CISSS = "CISSS de la Rivière-aux-Saules"
DOM = "cisss-rivsaules.example"
ORG_ADDR = "125, rue Principale, Saint-Aurèle (Québec) J0K 2X0"
ORG_ADDR2 = "40, boul. des Érables, Sainte-Flore (Québec) J0K 3B0"
HOSP = "Hôpital régional de Saint-Aurèle"
HOSP_EN = "Saint-Aurèle Regional Hospital"


# ---------------------------------------------------------------- NAM list
def nam_path():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "blind_nams.txt")


def load_nams():
    recs = []
    with open(nam_path(), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            recs.append({"surname": sur, "given": given, "dob": datetime.date(y, m, d),
                         "dob_s": dob, "sex": sex, "nam": nam})
    return recs


def nam_roles(recs):
    """Split NAM holders by the role they can plausibly play in youth/family mail."""
    child, mother, father, elder = [], [], [], []
    for r in recs:
        y = r["dob"].year
        if y >= 2005:
            child.append(r)
        elif 1980 <= y <= 2004 and r["sex"] == "F":
            mother.append(r)
        elif 1970 <= y <= 2004 and r["sex"] == "M":
            father.append(r)
        elif 1970 <= y < 1980 and r["sex"] == "F":
            father.append(r)  # parent of a school-age child; wording stays neutral
        else:
            elder.append(r)
    return {"child": child, "mother": mother, "parent": father, "elder": elder}


# ---------------------------------------------------------------- names
# Surnames that are NOT used by any NAM holder (checked again at verify time).
PAT_SUR = ["Tremblay", "Côté", "Lavoie", "Gendron", "Bergeron", "Dufour", "Rioux", "Lemieux",
           "Vachon", "Desjardins", "Pronovost", "Beaulieu", "Labrecque", "Vézina", "Dion",
           "Hébert", "Lachance", "Paradis", "Charbonneau", "Boivin", "Dumont", "Langlois",
           "Giroux", "Jolicoeur", "Audet", "Brassard", "Champagne", "Cyr", "Drouin",
           "Gosselin", "Lambert", "Mercier", "Ménard", "Nolet", "Picard", "Rousseau",
           "Sirois", "Turcotte", "Veilleux", "Allard", "Bisson", "Chouinard", "Dubé",
           "Fecteau", "Guimond", "Lajoie", "Marcoux", "Perron", "Quirion", "Sasseville",
           "O'Brien", "Nguyen", "Kowalski", "Fitzgerald", "Harrison", "McKenna", "Okafor",
           "Haddad", "Mendes", "Diallo", "Singh", "Ahmadi", "Petrovic", "Da Silva", "Joseph",
           "St-Pierre", "Laroche", "Bérubé", "Ouimet", "Beauchemin"]
PAT_GIVEN_F = ["Léa", "Chloé", "Maëlle", "Rosalie", "Florence", "Alice", "Charlotte", "Zoé",
               "Juliette", "Laurie", "Océane", "Ève", "Jade", "Noémie", "Sarah-Jade", "Mia",
               "Ava", "Olivia", "Hannah", "Grace", "Chelsea", "Amira", "Fatou", "Kiara",
               "Mélodie", "Anaïs", "Kim", "Audrey", "Valérie", "Jessica", "Stéphanie",
               "Caroline", "Émilie", "Karine", "Amélie", "Vanessa", "Samantha", "Ashley"]
PAT_GIVEN_M = ["Félix", "Jacob", "Thomas", "Nathan", "Samuel", "Zack", "Loïc", "Édouard",
               "William", "Raphaël", "Olivier", "Émile", "Noah", "Logan", "Ethan", "Owen",
               "Dylan", "Kevin", "Jérémy", "Maxime", "Alexis", "Mathis", "Yanis", "Ibrahim",
               "Mamadou", "Jayden", "Tyler", "Mason"]

STAFF_SUR = ["Desrosiers", "Lamontagne", "Bellavance", "Gingras", "Laflamme", "Provencher",
             "Trudel", "Rivard", "Lévesque", "Beaudoin", "Pépin", "Fréchette", "Normandin",
             "Sauvé", "Hamel", "Archambault", "Dussault", "Corriveau", "Grenier", "Blais",
             "Lemay", "Jutras", "Vaillancourt", "Bédard", "Asselin", "Morrissette",
             "Campbell", "Kerr", "Lindqvist", "Ferreira", "Abboud", "Sørensen", "Murray",
             "Whitfield", "Hughes", "Bernier", "Gravel", "Poulin", "Richer", "Auclair"]
STAFF_GIVEN_F = ["Julie", "Isabelle", "Nancy", "Sophie", "Marie-Ève", "Annie", "Mélanie",
                 "Geneviève", "Catherine", "Josianne", "Patricia", "Lucie", "Hélène", "Francine",
                 "Karen", "Rachel", "Heather", "Megan", "Linda", "Anne", "Nadia", "Yasmine",
                 "Chantal", "Guylaine"]
STAFF_GIVEN_M = ["Martin", "Éric", "François", "Stéphane", "Luc", "Daniel", "Patrick", "Sylvain",
                 "Brian", "Kevin", "Simon", "Mathieu"]
STAFF_GIVEN = STAFF_GIVEN_F + STAFF_GIVEN_M

_MASC = [("Infirmière clinicienne", "Infirmier clinicien"), ("Infirmière", "Infirmier"),
         ("Travailleuse sociale", "Travailleur social"), ("Agente", "Agent"),
         ("Conseillère", "Conseiller"), ("Technicienne", "Technicien"),
         ("Coordonnatrice", "Coordonnateur"), ("Acheteuse", "Acheteur"),
         ("Pharmacienne", "Pharmacien"), ("Intervenante", "Intervenant")]
_FEM = [("Magasinier", "Magasinière"), ("Technicien,", "Technicienne,")]


def gender_title(title, sex):
    pairs = _MASC if sex == "M" else _FEM
    for a, b in pairs:
        if a in title:
            return title.replace(a, b)
    return title


def de_(place):
    if place.startswith("Polyvalente"):
        return "de la " + place
    if place[0] in "AEÉIOUaeéiou":
        return "de l'" + place
    return "de " + place


def a_(place):
    if place.startswith("Polyvalente"):
        return "à la " + place
    if place[0] in "AEÉIOUaeéiou":
        return "à l'" + place
    return "à " + place

STREETS = ["rue des Pins", "rue Saint-Jean", "rang du Moulin", "avenue des Ormes",
           "rue Dollard", "chemin de la Rivière", "rue Champlain", "rue Laurier",
           "boul. Industriel", "rue des Lilas", "rue Notre-Dame", "montée Gagné"]
STREETS_EN = ["Maple Street", "Church Road", "Elm Avenue", "Mill Road", "Cedar Crescent",
              "Victoria Street", "Lakeshore Drive", "Birch Lane"]
TOWNS = [("Saint-Aurèle", "J0K 2X0"), ("Sainte-Flore", "J0K 3B0"), ("Lac-aux-Hérons", "J0K 1R0"),
         ("Val-Brûlé", "J0K 4C0"), ("Saint-Ours-des-Prés", "J0K 2L0")]
AREA = ["450", "819", "579"]

SCHOOLS = ["École primaire des Trois-Pins", "École Sainte-Flore", "École secondaire du Boisé",
           "École Jean-Paul-Riopelle", "École Le Tournesol", "Polyvalente de la Rivière"]
SCHOOLS_EN = ["Riverside Elementary", "Maplewood Elementary", "Laurentian Valley High School",
              "St. Columba Elementary"]
SCHOOL_DOM = "cssriviere.example"
SCHOOL_DOM_EN = "lvsb.example"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(given, sur, dom=DOM):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(sur).lower().replace(" ", "").replace("'", "").replace("ø", "o")
    return f"{g}.{s}@{dom}"


class Gen:
    """Per-message random helper."""

    def __init__(self, key):
        self.r = random.Random(f"{SEED}:{key}")

    def choice(self, seq):
        return self.r.choice(list(seq))

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def uniform(self, a, b):
        return self.r.uniform(a, b)

    # --- people
    def patient(self, sex=None, sur=None):
        sex = sex or self.choice("FM")
        given = self.choice(PAT_GIVEN_F if sex == "F" else PAT_GIVEN_M)
        return {"given": given, "surname": sur or self.choice(PAT_SUR), "sex": sex}

    def staff(self, role=None, dom=DOM, sex=None):
        sex = sex or ("F" if self.chance(0.8) else "M")
        g = self.choice(STAFF_GIVEN_F if sex == "F" else STAFF_GIVEN_M)
        s = self.choice(STAFF_SUR)
        return {"given": g, "surname": s, "name": f"{g} {s}", "email": email_of(g, s, dom),
                "role": role or "", "sex": sex, "dr_fr": "Dre" if sex == "F" else "Dr",
                "civ_fr": "Mme" if sex == "F" else "M.", "civ_en": "Ms." if sex == "F" else "Mr."}

    def phone(self, area=None):
        return f"{area or self.choice(AREA)}-555-01{self.randint(0, 99):02d}"

    def address(self, lang="fr"):
        town, pc = self.choice(TOWNS)
        if lang == "en" and self.chance(0.5):
            return f"{self.randint(12, 980)} {self.choice(STREETS_EN)}, {town} QC {pc}"
        return f"{self.randint(12, 980)}, {self.choice(STREETS)}, {town} (Québec) {pc}"

    def dob_child(self, lo=2008, hi=2019):
        y = self.randint(lo, hi)
        return datetime.date(y, self.randint(1, 12), self.randint(1, 28))

    def dob_adult(self, lo=1984, hi=2003):
        y = self.randint(lo, hi)
        return datetime.date(y, self.randint(1, 12), self.randint(1, 28))

    def date(self, y=2025, m_lo=1, m_hi=6):
        return datetime.date(y, self.randint(m_lo, m_hi), self.randint(1, 28))

    def mrn(self):
        style = self.choice(["H", "CH", "plain", "dash", "U"])
        n = self.randint(100000, 9999999)
        if style == "H":
            return f"H{n:07d}"
        if style == "CH":
            return f"CHR-{n % 1000000:06d}"
        if style == "dash":
            s = f"{n:07d}"
            return f"{s[:2]}-{s[2:5]}-{s[5:]}"
        if style == "U":
            return f"U{n % 1000000:06d}"
        return f"{n:07d}"

    # --- valid identifiers
    def sin(self):
        while True:
            base = str(self.choice("1234567")) + "".join(str(self.randint(0, 9)) for _ in range(7))
            v = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(v):
                return v

    def ohip(self):
        base = str(self.randint(1, 9)) + "".join(str(self.randint(0, 9)) for _ in range(8))
        v = base + luhn.calc_check_digit(base)
        assert luhn.is_valid(v)
        return v

    def niss(self, dob, sex):
        yy = dob.strftime("%y%m%d")
        while True:
            ser = self.randint(1, 997)
            if (ser % 2 == 1) != (sex == "M"):
                continue
            body = f"{yy}{ser:03d}"
            num = int(("2" + body) if dob.year >= 2000 else body)
            chk = 97 - num % 97
            v = f"{body}{chk:02d}"
            if be_nn.is_valid(v):
                return v

    def nir(self, dob, sex):
        while True:
            dept = self.choice(["75", "69", "13", "33", "59", "44", "35", "67", "31", "92"])
            com = f"{self.randint(1, 399):03d}"
            order = f"{self.randint(1, 999):03d}"
            body = f"{1 if sex == 'M' else 2}{dob.strftime('%y%m')}{dept}{com}{order}"
            key = 97 - int(body) % 97
            v = f"{body}{key:02d}"
            if fr_nir.is_valid(v):
                return v


# ---------------------------------------------------------------- formatting
FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fullwidth(s):
    return s.translate(FW)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {"plain": nam, "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}", "dash": f"{a}-{b}-{c}",
            "slash": f"{a}/{b}/{c}", "lower": nam.lower(), "fw": a + fullwidth(b + c),
            "space_fw": f"{a} {fullwidth(b)} {fullwidth(c)}", "wide": " ".join(nam)}[style]


def fmt_sin(v, style):
    a, b, c = v[:3], v[3:6], v[6:]
    return {"plain": v, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fw": fullwidth(f"{a} {b} {c}")}[style]


def fmt_ohip(v, style, vc=""):
    a, b, c = v[:4], v[4:7], v[7:]
    s = {"plain": v, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
         "fw": fullwidth(f"{a}-{b}-{c}")}[style]
    return s + ((" " if style != "plain" else "") + vc if vc else "")


def fmt_niss(v, style):
    return {"plain": v, "std": f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}",
            "space": f"{v[:6]} {v[6:9]} {v[9:]}", "slash": f"{v[:6]}/{v[6:9]}/{v[9:]}",
            "fw": fullwidth(f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}")}[style]


def fmt_nir(v, style):
    parts = [v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]]
    return {"plain": v, "space": " ".join(parts), "dot": ".".join(parts[:-1]) + " " + parts[-1],
            "fw": fullwidth(" ".join(parts))}[style]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "fr_long":
        return f"{d.day}{'er' if d.day == 1 else ''} {MOIS[d.month - 1]} {d.year}"
    if style == "en_long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "en_short":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    raise ValueError(style)


def date_forms(d):
    """All the renderings the verifier accepts for a birth date."""
    return [fmt_date(d, s) for s in ("iso", "dmy", "ymd_slash", "dmy_dash", "fr_long",
                                     "en_long", "en_short")]


def fr_day(d):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    return f"{jours[d.weekday()]} {d.day}{'er' if d.day == 1 else ''} {MOIS[d.month - 1]}"


def en_day(d):
    return d.strftime("%A") + f", {MONTHS[d.month - 1]} {d.day}"


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- signatures
def signature(g, person, title, lang, service=None, short=False):
    """Clinic signature: clinic address and phone, never a patient's."""
    title = gender_title(title, person.get("sex"))
    ext = g.randint(2100, 2899)
    ph = g.phone("450")
    if short:
        return f"-- \n{person['name']}\n{title}"
    if lang == "fr":
        svc = service or "Services jeunesse et famille"
        lines = [f"{person['name']}", title, f"{svc} | {ORG}", CISSS, ORG_ADDR,
                 f"Tél. : {ph}, poste {ext}"]
        if g.chance(0.5):
            lines.append(f"Téléc. : 450-555-01{g.randint(0, 99):02d}")
        if g.chance(0.4):
            lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements "
                         "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire.")
    else:
        svc = service or "Youth and Family Services"
        lines = [f"{person['name']}", title, f"{svc} | {ORG_EN}", CISSS, ORG_ADDR,
                 f"Tel. {ph} ext. {ext}"]
        if g.chance(0.4):
            lines.append("This e-mail may contain confidential information. If you received it "
                         "in error, please delete it and notify the sender.")
    return "-- \n" + "\n".join(lines)


def dt_for(g, month_lo=1, month_hi=11, year=2025):
    d = datetime.date(year, g.randint(month_lo, month_hi), g.randint(1, 28))
    tz = TZ_D if 3 < d.month < 11 else TZ_E
    return datetime.datetime(d.year, d.month, d.day, g.randint(7, 18), g.randint(0, 59),
                             g.randint(0, 59), tzinfo=tz)


def table_text(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    parts = []
    for para in text.split("\n\n"):
        lines = [html_escape(x) for x in para.split("\n")]
        parts.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,"
            "Arial,sans-serif;font-size:11pt\">\n" + "\n".join(parts) + "\n</body></html>")


def html_table(rows):
    head = "".join(f"<th>{html_escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html_escape(str(c))}</td>" for c in r) + "</tr>\n"
                   for r in rows[1:])
    return f"<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr>{head}</tr>\n{body}</table>"
