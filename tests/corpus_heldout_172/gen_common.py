"""Shared pools, people, identifiers and text helpers for the ophthalmology corpus.

Everything here is invented: people, institutions, addresses and numbers.
"""
import datetime as _dt
import unicodedata
from pathlib import Path

from stdnum import luhn

ALLOWED_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

SEED = 25172
REF_DATE = _dt.date(2025, 3, 1)

# ---------------------------------------------------------------- organisation
ORG = {
    "fr": "Centre hospitalier Val-des-Érables",
    "en": "Val-des-Érables Hospital Centre",
    "short": "CHVE",
    "domain": "chve.example",
    "service_fr": "Service d'ophtalmologie",
    "service_en": "Department of Ophthalmology",
    "addr_fr": "2250, boulevard des Érables, pavillon C, 3e étage\nVal-des-Érables (Québec)  J2X 4K7",
    "addr_en": "2250 boulevard des Érables, Pavilion C, 3rd floor\nVal-des-Érables, QC  J2X 4K7",
    "phone": "450 555-0100",
    "fax": "450 555-0109",
}

UNITS = {
    "retina": ("Clinique de rétine (injections)", "Retina clinic (injections)", "450 555-0114"),
    "glaucoma": ("Clinique de glaucome", "Glaucoma clinic", "450 555-0117"),
    "cataract": ("Liste d'attente chirurgicale — cataracte", "Cataract surgery wait list", "450 555-0121"),
    "imaging": ("Imagerie ophtalmique (OCT / champ visuel)", "Ophthalmic imaging (OCT / visual fields)", "450 555-0125"),
    "triage": ("Centrale des références", "Referral intake", "450 555-0103"),
    "or": ("Bloc opératoire ambulatoire", "Day-surgery OR", "450 555-0131"),
}

EXTERNAL = {
    "optom": [
        ("Clinique visuelle du Boisé", "cvboise.example", "819 555-0147"),
        ("Optométristes de la Rivière-aux-Pins", "optorap.example", "450 555-0153"),
        ("Centre visuel Beaubassin", "cvbeaubassin.example", "450 555-0158"),
        ("Lakeshore Family Eyecare", "lakeshore-eyecare.example", "514 555-0162"),
        ("Clinique d'optométrie Saint-Rémi-des-Champs", "optostremi.example", "450 555-0166"),
    ],
    "pharmacy": [
        ("Pharmacie L. Duquette et associés", "pharmaduquette.example", "450 555-0171"),
        ("Pharmacie du Vieux-Moulin", "phvieuxmoulin.example", "450 555-0174"),
        ("Maple Street Pharmacy", "maplestreetrx.example", "613 555-0177"),
    ],
    "transport": ("Transport adapté de la Vallée", "tavallee.example", "450 555-0181"),
    "clsc": ("CLSC des Érables", "clsc-erables.example", "450 555-0184"),
    "insurer": ("Assurances Boréal Vie", "borealvie.example", "1 800 555-0187"),
    "lowvision": ("Centre de réadaptation en déficience visuelle Lumière", "crdv-lumiere.example", "450 555-0189"),
    "ontario": ("Rideau Valley Eye Associates", "rideaueye.example", "613 555-0192"),
    "youth": ("Direction de la protection de la jeunesse — région des Érables", "dpj-erables.example", "450 555-0195"),
    "be_mutual": ("Mutualité Saint-Hubert", "mutsthubert.example", "+32 2 555 01 97"),
    "fr_cpam": ("Caisse d'assurance maladie du Val-de-Loire", "cam-valdeloire.example", "+33 2 55 50 01 98"),
    "vendor": [
        ("OptiMed Distribution", "optimed-distribution.example"),
        ("Lentilles Nordiques inc.", "lentillesnordiques.example"),
        ("Visiotech Services", "visiotech.example"),
        ("MedSupply Québec", "medsupplyqc.example"),
    ],
}

# ---------------------------------------------------------------- name pools
GIVEN_F = ["Hélène", "Karine", "Julie", "Isabelle", "Valérie", "Nadia", "Chantal", "Mélanie",
           "Amélie", "Priya", "Rachel", "Fatima", "Mei", "Laura", "Inès", "Audrey", "Maude",
           "Véronique", "Caroline", "Stéphanie", "Josiane", "Noémie", "Sophie", "Annie",
           "Lucie", "Marie-Ève", "Kim", "Alexandra", "Francine", "Jocelyne", "Linda",
           "Pauline", "Yolande", "Thérèse", "Colette", "Rita", "Huguette", "Margaret",
           "Evelyn", "Beatrice", "Rosalie", "Léa", "Chloé", "Zoé", "Aïcha"]
GIVEN_M = ["Mathieu", "Stéphane", "François", "Patrick", "Éric", "Olivier", "Sébastien",
           "Yannick", "Daniel", "Kevin", "Omar", "Thanh", "Samuel", "Ahmed", "Jean-François",
           "Benoît", "Guillaume", "Alexandre", "Martin", "Hugo", "Raymond", "Gérard",
           "Réjean", "Normand", "Gaétan", "Fernand", "Yvon", "Roger", "Maurice", "Arthur",
           "Walter", "Harold", "Kenneth", "Ibrahim", "Jacques-Yves", "Félix", "Nathan",
           "Émile", "Théo", "Victor", "Rémi", "Lucien", "Denis", "Pierre-Luc"]
STAFF_SURNAMES = ["Tremblay", "Côté", "Lavoie", "Bergeron", "Lévesque", "Girouard", "Beaulieu",
                  "Poulin", "Desjardins", "Hébert", "Landry", "Bélisle", "Charbonneau",
                  "Mercier", "Dufour", "Vachon", "Ménard", "Labelle", "Nguyen", "Haddad",
                  "Benali", "Chen", "Patel", "O'Neill", "Fraser", "Campbell", "Kowalski",
                  "Singh", "Lefebvre", "Boisvert", "Rioux", "Tessier", "Vézina", "Perron"]
PATIENT_SURNAMES = ["Marcoux", "Grenier", "Guay", "Cormier", "Deschênes", "Lacasse", "Boudreau",
                    "Larochelle", "Turcotte", "Lachance", "Gosselin", "Dion", "Drouin",
                    "Lemieux", "Paradis", "Asselin", "Lapierre", "Bilodeau", "Carrier",
                    "Doucet", "Fillion", "Gingras", "Huard", "Jolicoeur", "Langlois",
                    "Massicotte", "Noël", "Ouimet", "Pépin", "Quirion", "Rancourt", "Sirois",
                    "Trudel", "Vaillancourt", "Bisson", "Chabot", "Dupuis", "Fleury",
                    "Gendron", "Hamelin", "Joly", "Lalonde", "McKenzie", "O'Brien",
                    "Stewart", "Robertson", "Kaur", "Diallo", "Mbeki", "Rossi", "Fernandes",
                    "Zhang", "Bouchareb", "Petrov", "Lindqvist", "Achterberg", "Dubois",
                    "Wouters", "Lambert", "Janssens", "Mertens", "Faure", "Garnier", "Rousseau"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- NAM holders
def load_nams():
    """Read ../blind_nams.txt relative to this module (never an absolute path)."""
    path = Path(__file__).resolve().parent.parent / "blind_nams.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sur, given, dob, sex, nam = line.split()
        y, m, d = (int(x) for x in dob.split("-"))
        out.append({"surname": sur, "given": given, "dob": _dt.date(y, m, d), "sex": sex,
                    "nam": nam, "is_nam": True})
    return out


def check_pools(nams):
    bad = {strip_accents(n["surname"]).lower() for n in nams}
    for s in STAFF_SURNAMES + PATIENT_SURNAMES:
        assert strip_accents(s).lower() not in bad, s
    assert not set(STAFF_SURNAMES) & set(PATIENT_SURNAMES)


def age(dob, at=REF_DATE):
    return at.year - dob.year - ((at.month, at.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng, nams):
        self.rng = rng
        self.nams = nams
        self.nam_queue = []
        self.patients = []      # every patient (dict) used in a positive
        self.used_names = set()
        self.staff = build_staff(rng)

    # ---- NAM holders
    def take_nam(self, min_age=None, max_age=None, sex=None):
        rng = self.rng
        for _ in range(3):
            if not self.nam_queue:
                self.nam_queue = list(self.nams)
                rng.shuffle(self.nam_queue)
            for i, h in enumerate(self.nam_queue):
                a = age(h["dob"])
                if (min_age is None or a >= min_age) and (max_age is None or a <= max_age) and (sex is None or h["sex"] == sex):
                    return dict(self.nam_queue.pop(i))
            # nothing left that fits: refill and retry
            self.nam_queue = []
        return dict(rng.choice(self.nams))

    # ---- invented patients
    def new_patient(self, sex=None, min_age=40, max_age=92):
        rng = self.rng
        for _ in range(200):
            sx = sex or rng.choice("FM")
            given = rng.choice(GIVEN_F if sx == "F" else GIVEN_M)
            sur = rng.choice(PATIENT_SURNAMES)
            if (given, sur) in self.used_names:
                continue
            self.used_names.add((given, sur))
            break
        a = rng.randint(min_age, max_age)
        dob = _dt.date(REF_DATE.year - a, rng.randint(1, 12), rng.randint(1, 28))
        return {"surname": sur, "given": given, "dob": dob, "sex": sx, "nam": None,
                "is_nam": False}

    def patient(self, use_nam, min_age=40, max_age=92, sex=None):
        p = self.take_nam(min_age, max_age, sex) if use_nam else self.new_patient(sex, min_age, max_age)
        p["mrn"] = make_mrn(self.rng)
        self.patients.append(p)
        return p

    def person(self, role, exclude=()):
        cands = [s for s in self.staff if s["role"] == role and all(s is not x for x in exclude)]
        return self.rng.choice(cands)


STAFF_ROLES = [
    ("ophtalmo", 9), ("resident", 4), ("nurse", 5), ("tech", 5), ("clerk", 5),
    ("orthoptist", 2), ("manager", 2), ("pharmacist", 2), ("social", 2), ("optom", 5),
    ("hr", 2), ("it", 2), ("buyer", 2),
]

SUBSPECIALTY = [
    ("rétine médicale", "medical retina"), ("rétine chirurgicale", "vitreoretinal surgery"),
    ("glaucome", "glaucoma"), ("cornée et segment antérieur", "cornea and anterior segment"),
    ("neuro-ophtalmologie", "neuro-ophthalmology"), ("ophtalmologie pédiatrique et strabisme", "paediatric ophthalmology and strabismus"),
    ("oculoplastie", "oculoplastics"), ("uvéite", "uveitis"), ("cataracte", "cataract"),
]


def build_staff(rng):
    staff = []
    used = set()
    k = 0
    for role, n in STAFF_ROLES:
        for _ in range(n):
            while True:
                sex = rng.choice("FM")
                given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
                sur = rng.choice(STAFF_SURNAMES)
                if (given, sur) not in used and sur not in {s["surname"] for s in staff[-3:]}:
                    used.add((given, sur))
                    break
            local = strip_accents(given).lower().replace("'", "").replace(" ", "")
            slocal = strip_accents(sur).lower().replace("'", "").replace(" ", "")
            dom = ORG["domain"]
            if role == "optom":
                org = EXTERNAL["optom"][k % len(EXTERNAL["optom"])]
                dom = org[1]
                k += 1
            else:
                org = None
            s = {"given": given, "surname": sur, "sex": sex, "role": role,
                 "email": f"{local}.{slocal}@{dom}", "org": org}
            if role == "ophtalmo":
                s["sub"] = SUBSPECIALTY[len([x for x in staff if x["role"] == "ophtalmo"]) % len(SUBSPECIALTY)]
            staff.append(s)
    return staff


ROLE_LABEL = {  # (fr feminine, fr masculine, en)
    "ophtalmo": ("ophtalmologiste", "ophtalmologiste", "ophthalmologist"),
    "resident": ("résidente en ophtalmologie", "résident en ophtalmologie", "ophthalmology resident"),
    "nurse": ("infirmière clinicienne, clinique d'injections", "infirmier clinicien, clinique d'injections", "clinical nurse, injection clinic"),
    "tech": ("technicienne en ophtalmologie", "technicien en ophtalmologie", "ophthalmic technician"),
    "clerk": ("agente administrative", "agent administratif", "administrative agent"),
    "orthoptist": ("orthoptiste", "orthoptiste", "orthoptist"),
    "manager": ("chef de service administratif", "chef de service administratif", "clinical operations manager"),
    "pharmacist": ("pharmacienne", "pharmacien", "pharmacist"),
    "social": ("travailleuse sociale", "travailleur social", "social worker"),
    "optom": ("optométriste", "optométriste", "optometrist"),
    "hr": ("conseillère en ressources humaines", "conseiller en ressources humaines", "HR advisor"),
    "it": ("analyste, soutien informatique", "analyste, soutien informatique", "IT support analyst"),
    "buyer": ("acheteuse, approvisionnement", "acheteur, approvisionnement", "procurement officer"),
}


def role_label(s, lang):
    t = ROLE_LABEL[s["role"]]
    if lang == "en":
        return t[2]
    return t[0] if s["sex"] == "F" else t[1]


def staff_name(s, lang, title=True):
    if not title:
        return f"{s['given']} {s['surname']}"
    if s["role"] in ("ophtalmo", "resident"):
        t = ("Dre" if s["sex"] == "F" else "Dr") if lang == "fr" else "Dr."
    elif s["role"] == "optom":
        t = ("Dre" if s["sex"] == "F" else "Dr") if lang == "fr" else "Dr."
    else:
        return f"{s['given']} {s['surname']}"
    return f"{t} {s['given']} {s['surname']}"


def signature(s, lang, rng, unit=None):
    """Signature with clinic address and phone (never a patient's)."""
    lines = [staff_name(s, lang)]
    lines.append(role_label(s, lang))
    if s.get("org"):
        org = s["org"]
        lines.append(org[0])
        lines.append(("Tél. : " if lang == "fr" else "Tel: ") + org[2])
        return "\n".join(lines)
    if unit:
        u = UNITS[unit]
        lines.append(u[0] if lang == "fr" else u[1])
    lines.append(ORG["service_fr"] if lang == "fr" else ORG["service_en"])
    lines.append(ORG["fr"] if lang == "fr" else ORG["en"])
    if rng.random() < 0.6:
        lines.append(ORG["addr_fr"] if lang == "fr" else ORG["addr_en"])
    ph = UNITS[unit][2] if unit else ORG["phone"]
    if lang == "fr":
        lines.append(f"Tél. : {ph}  |  Téléc. : {ORG['fax']}")
    else:
        lines.append(f"Tel {ph} | Fax {ORG['fax']}")
    if lang == "en" and rng.random() < 0.35:
        lines = [strip_accents(x) for x in lines]
    if rng.random() < 0.3:
        lines.append("AVIS DE CONFIDENTIALITÉ : ce message est destiné uniquement à son destinataire."
                     if lang == "fr" else
                     "This e-mail may contain privileged information intended only for the addressee.")
    return "\n".join(lines)


# ---------------------------------------------------------------- patient name forms
TITLE = {("fr", "F"): "Mme", ("fr", "M"): "M.", ("en", "F"): "Ms.", ("en", "M"): "Mr."}


def pname(rng, p, lang, style=None, full=None):
    """A patient name in one of many realistic written forms.

    NAM holders (and full=True) always get their full given name and surname."""
    full = p.get("is_nam") if full is None else full
    styles = ["given_sur", "SUR_given", "title_given_sur", "lower", "SUR_GIVEN", "sur_given_comma"]
    if not full:
        styles += ["init_sur", "title_sur", "sur_init", "title_init_sur"]
    st = style or rng.choice(styles)
    g, s = p["given"], p["surname"]
    t = TITLE[(lang, p["sex"])]
    return {
        "given_sur": f"{g} {s}",
        "SUR_given": f"{s.upper()}, {g}",
        "SUR_GIVEN": f"{s.upper()} {g.upper()}",
        "sur_given_comma": f"{s}, {g}",
        "title_given_sur": f"{t} {g} {s}",
        "lower": f"{g.lower()} {s.lower()}" if rng.random() < 0.5 else f"{s.lower()} {g.lower()}",
        "init_sur": f"{g[0]}. {s}",
        "title_sur": f"{t} {s}",
        "sur_init": f"{s} {g[0]}.",
        "title_init_sur": f"{t} {g[0]}. {s}",
    }[st]


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_variants(d):
    """All the written forms of a birth date used by the generator (also used by the checker)."""
    return [
        d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.year}.{d.month:02d}.{d.day:02d}",
        f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.year}{d.month:02d}{d.day:02d}",
    ]


def fmt_dob(rng, d, lang):
    if lang == "fr":
        i = rng.choice([0, 1, 2, 3, 4, 5, 0, 1])
    else:
        i = rng.choice([0, 1, 6, 7, 2, 0])
    return dob_variants(d)[i]


def fmt_day(d, lang, with_weekday=True):
    if lang == "fr":
        s = f"{d.day} {MOIS[d.month - 1]}"
        return f"{JOURS[d.weekday()]} {s}" if with_weekday else s
    s = f"{MONTHS[d.month - 1]} {d.day}"
    return f"{DAYS[d.weekday()]}, {s}" if with_weekday else s


def sex_word(rng, sex, lang):
    if lang == "fr":
        return rng.choice([sex, "femme" if sex == "F" else "homme", f"sexe {sex}"])
    return rng.choice([sex, "female" if sex == "F" else "male", f"sex {sex}"])


# ---------------------------------------------------------------- identifiers
FW_OFFSET = 0xFF10 - 0x30


def fullwidth(s):
    out = []
    for c in s:
        if "0" <= c <= "9":
            out.append(chr(ord(c) + FW_OFFSET))
        elif "A" <= c <= "Z":
            out.append(chr(ord(c) - 0x41 + 0xFF21))
        else:
            out.append(c)
    return "".join(out)


def disguise(groups, style):
    """Join identifier groups in a given style."""
    if style == "plain":
        return "".join(groups)
    if style == "space":
        return " ".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "slash":
        return "/".join(groups)
    if style == "hyphen":
        return "-".join(groups)
    if style == "odd":
        return "  ".join(" ".join(g) if i == 0 else g for i, g in enumerate(groups))
    if style == "fullwidth":
        return fullwidth(" ".join(groups))
    raise ValueError(style)


ID_STYLES = ["plain", "space", "dot", "slash", "hyphen", "odd", "fullwidth"]


def id_style(rng, allow_fw=True):
    st = rng.choice(ID_STYLES + ["plain", "space", "hyphen"])
    if st == "fullwidth" and not allow_fw:
        st = "space"
    return st


def fmt_nam(rng, nam, allow_fw=True, style=None):
    st = style or id_style(rng, allow_fw)
    if st == "plain" and rng.random() < 0.3:
        return nam.lower() if rng.random() < 0.5 else nam
    return disguise([nam[:4], nam[4:8], nam[8:]], st)


def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        from stdnum.ca import sin
        if sin.is_valid(n):
            return n


def fmt_sin(rng, n, allow_fw=True):
    return disguise([n[:3], n[3:6], n[6:]], id_style(rng, allow_fw))


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def fmt_ohip(rng, n, allow_fw=True):
    vc = rng.choice(["", "AB", "KT", "XM", "ZZ"])
    s = disguise([n[:4], n[4:7], n[7:]], id_style(rng, allow_fw))
    return (s + (" " if rng.random() < 0.5 else "-") + vc) if vc else s


def make_niss(rng, dob, sex):
    from stdnum.be import nn
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        if serial > 997:
            continue
        base = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial:03d}"
        num = int(("2" if dob.year >= 2000 else "") + base)
        chk = 97 - (num % 97)
        n = base + f"{chk:02d}"
        if nn.is_valid(n):
            return n


def fmt_niss(rng, n, allow_fw=True):
    st = rng.choice(["official", "official", "plain", "space", "fw"])
    if st == "fw" and not allow_fw:
        st = "official"
    if st == "official":
        return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if st == "plain":
        return n
    if st == "space":
        return f"{n[0:6]} {n[6:9]} {n[9:]}"
    return fullwidth(f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}")


def make_nir(rng, dob, sex):
    from stdnum.fr import nir
    while True:
        dept = rng.choice([f"{x:02d}" for x in range(1, 96) if x != 20])
        base = ("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}" + dept + \
            f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        key = 97 - (int(base) % 97)
        n = base + f"{key:02d}"
        if nir.is_valid(n):
            return n


def fmt_nir(rng, n, allow_fw=True):
    st = rng.choice(["official", "official", "plain", "fw"])
    if st == "fw" and not allow_fw:
        st = "official"
    off = f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    return {"official": off, "plain": n, "fw": fullwidth(off)}[st]


def make_mrn(rng):
    return f"{rng.randint(100000, 999999):06d}" if rng.random() < 0.5 else f"{rng.randint(1000000, 4999999):07d}"


def fmt_mrn(rng, m, lang, allow_fw=True):
    st = rng.choice(["a", "b", "c", "d", "e", "f"])
    if st == "f" and not allow_fw:
        st = "a"
    if st == "a":
        return ("dossier " if lang == "fr" else "MRN ") + m
    if st == "b":
        return ("no dossier : " if lang == "fr" else "chart # ") + " ".join([m[:3], m[3:]])
    if st == "c":
        return f"{ORG['short']}-{m}"
    if st == "d":
        return ("# dos. " if lang == "fr" else "MRN: ") + "-".join([m[:2], m[2:]])
    if st == "e":
        return ("dossier " if lang == "fr" else "chart ") + ".".join([m[:3], m[3:]])
    return ("dossier " if lang == "fr" else "MRN ") + fullwidth(m)


# ---------------------------------------------------------------- contact details
STREETS = ["rue des Pruches", "rang Saint-Joseph", "avenue des Cèdres", "rue Principale",
           "chemin du Lac-Vert", "rue Notre-Dame", "boulevard Lafontaine", "rue des Hirondelles",
           "Maple Crescent", "Riverside Drive", "rue du Moulin", "montée Paré-Sud"]
TOWNS = [("Val-des-Érables", "J2X"), ("Saint-Rémi-des-Champs", "J0L"), ("Beaubassin", "J3N"),
         ("Lac-aux-Hérons", "J0E"), ("Rivière-aux-Pins", "J6T"), ("Sainte-Clotilde-du-Boisé", "J0K")]


def patient_address(rng, lang):
    num = rng.randint(12, 4890)
    st = rng.choice(STREETS)
    town, fsa = rng.choice(TOWNS)
    pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
    apt = rng.choice(["", "", "", f", app. {rng.randint(1, 12)}" if lang == "fr" else f", apt {rng.randint(1, 12)}"])
    if lang == "fr":
        return f"{num}, {st}{apt}, {town} (Québec) {pc}"
    return f"{num} {st}{apt}, {town}, QC {pc}"


def personal_phone(rng):
    area = rng.choice(["450", "819", "514", "438", "579"])
    sep = rng.choice(["-", " ", "."])
    num = f"555{sep}01{rng.randint(0, 99):02d}"
    return rng.choice([f"{area} {num}", f"({area}) {num}", f"{area}-{num}"])


# ---------------------------------------------------------------- small text helpers
def greet(rng, lang, name=None, group=False):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Salut {n},", "Bonjour à toutes et à tous,", "Bon matin,", "Allo {n},"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Good morning,", "Hi all,", "{n} -"]
    if name or not group:
        opts = [o for o in opts if "tous" not in o and "all" not in o]
    if not name:
        opts = [o for o in opts if "{n}" not in o]
    return rng.choice(opts).format(n=name)


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée", "Au plaisir,"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks", "Cheers,"])


def pick(rng, seq, k):
    seq = list(seq)
    rng.shuffle(seq)
    return seq[:k]
