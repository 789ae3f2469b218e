"""Shared data, invented people and identifier helpers for the neurology corpus.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt
(located relative to this file).  Other identifiers are generated so that
they pass their checksums (python-stdnum).
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

SEED = 25177

ALL_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

TZ_WINTER = datetime.timezone(datetime.timedelta(hours=-5))
TZ_SUMMER = datetime.timezone(datetime.timedelta(hours=-4))

# --------------------------------------------------------------------------
# Organisation (all invented)
# --------------------------------------------------------------------------
ORG_FR = "Hôpital régional de Belmont-sur-Lac"
ORG_EN = "Belmont-sur-Lac Regional Hospital"
DEPT_FR = "Service de neurologie"
DEPT_EN = "Department of Neurology"
DOM = "hrbl.example"
ORG_ADDR_FR = "2200, boulevard du Lac, pavillon C, 4e étage, Belmont-sur-Lac (Québec) G0X 3B0"
ORG_ADDR_EN = "2200 boulevard du Lac, Pavilion C, 4th floor, Belmont-sur-Lac QC G0X 3B0"

CLINIC_PHONES = {
    "avc": "(819) 555-0110",
    "epi": "(819) 555-0111",
    "eeg": "(819) 555-0112",
    "emg": "(819) 555-0113",
    "sep": "(819) 555-0114",
    "neuro": "(819) 555-0115",
    "fax": "(819) 555-0116",
}

EXT_DOMS = {
    "permis": ("Bureau provincial des permis de conduire", "bppc.example"),
    "pharm1": ("Pharmacie Lavallée & Ouimet", "phlo.example"),
    "pharm2": ("Pharmacie du Vieux-Quai", "pvq.example"),
    "insurer": ("Assurances Boréal Vie", "borealvie.example"),
    "ontario": ("Kenmore Valley General Hospital", "kvgh.example"),
    "belgium": ("Centre hospitalier de la Sambre-Haute", "chsh.example"),
    "france": ("CHU de Montclair-sur-Loire", "chu-montclair.example"),
    "clsc": ("CLSC des Berges", "clscberges.example"),
    "dpj": ("Services de protection de l'enfance du Littoral", "spel.example"),
    "transport": ("Transport adapté Belmont", "tab.example"),
    "gmf": ("GMF de la Pointe-aux-Hérons", "gmfpah.example"),
    "vendor1": ("NeuroTek Médical inc.", "neurotek.example"),
    "vendor2": ("Perfusia Systems Ltd.", "perfusia.example"),
    "vendor3": ("Distribution Électrodes Nordiques", "den.example"),
    "conf": ("Association des neurologues du Littoral", "anl.example"),
    "infirm": ("Soins infusion à domicile Boréa", "borea-infusion.example"),
}

# Staff (appear in both positives and negatives).  key -> (title_fr, title_en, given, surname, role_fr, role_en, login)
STAFF = {
    "brassard": ("Dre", "Dr.", "Amélie", "Brassard", "neurologue, Clinique de prévention de l'AVC", "Neurologist, Stroke Prevention Clinic", "amelie.brassard"),
    "benali": ("Dr", "Dr.", "Farid", "Benali", "neurologue, Clinique d'épilepsie", "Neurologist, Epilepsy Clinic", "farid.benali"),
    "lussier": ("Dre", "Dr.", "Johanne", "Lussier", "neurologue, Clinique de sclérose en plaques", "Neurologist, MS Clinic", "johanne.lussier"),
    "ashworth": ("Dr", "Dr.", "Kenneth", "Ashworth", "neurologue, laboratoire d'EMG", "Neurologist, EMG Laboratory", "kenneth.ashworth"),
    "rao": ("Dre", "Dr.", "Sunita", "Rao", "neurophysiologiste, laboratoire d'EEG", "Clinical neurophysiologist, EEG Laboratory", "sunita.rao"),
    "castonguay": ("Dr", "Dr.", "Olivier", "Castonguay", "résident R3 en neurologie", "PGY-3 neurology resident", "olivier.castonguay"),
    "ferland": ("", "", "Nadia", "Ferland", "infirmière clinicienne, clinique de perfusion SEP", "Clinical nurse, MS infusion clinic", "nadia.ferland"),
    "aubin": ("", "", "Karine", "Aubin", "infirmière pivot, prévention de l'AVC", "Nurse navigator, stroke prevention", "karine.aubin"),
    "berube": ("", "", "Josiane", "Bérubé", "agente administrative, neurologie", "Administrative officer, neurology", "josiane.berube"),
    "giguere": ("", "", "Lorraine", "Giguère", "agente administrative, laboratoire EEG-EMG", "Booking clerk, EEG-EMG lab", "lorraine.giguere"),
    "cyr": ("", "", "Véronique", "Cyr", "technologue en électrophysiologie médicale", "EEG technologist", "veronique.cyr"),
    "lavigne": ("", "", "Tommy", "Lavigne", "technologue en électrophysiologie médicale", "EEG technologist", "tommy.lavigne"),
    "quintal": ("Dr", "Dr.", "Bernard", "Quintal", "chef du Service de neurologie", "Chief, Department of Neurology", "bernard.quintal"),
    "fontaine": ("", "", "Marie-Claude", "Fontaine", "chef de service administratif, neurosciences", "Administrative manager, neurosciences", "marie-claude.fontaine"),
    "ouimet": ("", "", "Isabelle", "Ouimet", "travailleuse sociale, neurologie", "Social worker, neurology", "isabelle.ouimet"),
    "dagenais": ("", "", "Mireille", "Dagenais", "pharmacienne, neurosciences", "Pharmacist, neurosciences", "mireille.dagenais"),
    "lowell": ("Dre", "Dr.", "Rebecca", "Lowell", "neurologue", "Neurologist", "rebecca.lowell"),
    "mehta": ("Dr", "Dr.", "Anand", "Mehta", "neurologue", "Neurologist", "anand.mehta"),
    "mcallister": ("", "", "Fiona", "McAllister", "infirmière, clinique d'épilepsie", "Nurse, epilepsy clinic", "fiona.mcallister"),
    "tanaka": ("", "", "Greg", "Tanaka", "analyste, soutien informatique clinique", "Analyst, clinical IT support", "greg.tanaka"),
    "dunn": ("", "", "Paula", "Dunn", "agente, approvisionnement", "Procurement officer", "paula.dunn"),
    "rheaume": ("", "", "Danielle", "Rhéaume", "conseillère en ressources humaines", "HR advisor", "danielle.rheaume"),
    "paradis": ("", "", "Simon", "Paradis", "technicien en paie", "Payroll technician", "simon.paradis"),
    "kerr": ("", "", "Alison", "Kerr", "coordonnatrice, enseignement", "Education coordinator", "alison.kerr"),
}

# Extra invented people used only in negatives (speakers, candidates, vendors).
NEG_PEOPLE = [
    ("Dr", "Hugo", "Marchetti"), ("Dre", "Claire", "Desrosiers"), ("Dr", "Paul", "Whitcombe"),
    ("Dre", "Aïcha", "Diallo"), ("Dr", "Ethan", "Robb"), ("Mme", "Johanne", "Talbot"),
    ("M.", "Maxime", "Lefrançois"), ("Mme", "Jessica", "Tran"), ("Dre", "Ingrid", "Solberg"),
    ("Dr", "Tomás", "Aguirre"), ("Mme", "Renée", "Labrecque"), ("M.", "Vincent", "Ostrowski"),
    ("Dre", "Mariko", "Hayashi"), ("Dr", "Lionel", "Sauvé"), ("Mme", "Cindy", "Larocque"),
    ("M.", "Kwame", "Mensah"), ("Dre", "Élodie", "Fréchette"), ("Dr", "Ian", "Calloway"),
]

# Patients not holding a NAM from the list (names disjoint from the NAM list).
FR_SUR = ["Tremblay", "Côté", "Gosselin", "Bergeron", "Lavoie", "Desjardins", "Leclerc", "Dufour",
          "Vézina", "Beaulieu", "Lemieux", "Poulin", "Dion", "Hébert", "Charbonneau", "Villeneuve",
          "Ménard", "Lachance", "Rioux", "Boivin", "Drouin", "Marchand", "Deschênes", "Lacroix",
          "Gingras", "Béland", "Robitaille", "Turcotte", "Laflamme", "Dubé", "Perron", "Bolduc",
          "Guay", "Asselin", "Picard", "Roberge", "St-Onge", "Lebrun"]
FR_GIV_F = ["Lucie", "Huguette", "Francine", "Chantal", "Lise", "Micheline", "Julie", "Annie",
            "Mélanie", "Nicole", "Hélène", "Carole", "Maude", "Océane", "Rosalie", "Solange",
            "Thérèse", "Jocelyne", "Noémie", "Gisèle", "Pierrette", "Ariane"]
FR_GIV_M = ["Réjean", "Yvon", "Gaétan", "Normand", "Raymond", "Benoît", "Mathieu", "Stéphane",
            "Éric", "Sébastien", "Patrice", "Daniel", "Yves", "Alain", "Félix", "Jérémy", "Thomas",
            "Marcel", "Rosaire", "Ghislain", "Samuel", "Clément"]
EN_SUR = ["O'Brien", "Kowalski", "Nguyen", "Patel", "Henderson", "Fitzgerald", "Campbell", "Novak",
          "Sinclair", "Reyes", "Murphy", "Kaur", "Chen", "Ferreira", "Haddad", "Okafor", "Lindqvist",
          "Duncan", "Grant", "Abernathy", "Whitfield", "Mercer", "Vance", "Doyle"]
EN_GIV_F = ["Margaret", "Priya", "Deborah", "Fatima", "Heather", "Linda", "Shauna", "Amira",
            "Wendy", "Brianna", "Colleen", "Tamara", "Yvonne", "Gail"]
EN_GIV_M = ["Kevin", "Owen", "Tyler", "Gordon", "Rajesh", "Malcolm", "Trevor", "Douglas", "Colin",
            "Hassan", "Dwayne", "Arjun", "Neil", "Bradley"]
BE_SUR = ["Vandenberghe", "Lambotte", "Dethier", "Wauters", "Goossens", "Delvaux", "Janssens", "Collignon"]
BE_GIV_F = ["Annick", "Véronique", "Marie-Noëlle", "Els", "Fabienne"]
BE_GIV_M = ["Jean-Luc", "Koen", "Didier", "Philippe", "Bart"]
FRA_SUR = ["Lemaire", "Garnier", "Rousseau", "Fabre", "Chevalier", "Mercier", "Faure", "Barbier"]

STREETS_FR = ["rue des Érables", "boulevard du Lac", "rang Saint-Joseph", "avenue Champlain",
              "rue Principale", "chemin de la Grève", "rue Notre-Dame Ouest", "rue du Moulin",
              "montée des Pionniers", "rue de la Fabrique", "croissant des Merles", "rue Dollard"]
STREETS_EN = ["Oak Street", "Maple Crescent", "Riverside Drive", "Church Road", "Hillcrest Avenue",
              "Birch Lane", "King Street East", "Cedar Court"]
TOWNS = [("Belmont-sur-Lac", "G0X 3B0"), ("Saint-Aurèle", "G0X 2K0"), ("Lac-Brûlé", "J0K 1R0"),
         ("Pointe-aux-Hérons", "G0X 1M0"), ("Val-des-Castors", "J0K 3S0"), ("Sainte-Odile-du-Lac", "G0X 2P0")]
ON_TOWNS = [("Kenmore Valley", "K0A 2B0"), ("Rideau Falls", "K0A 1T0")]

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
def load_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            holders.append({"surname": sur, "given": giv, "dob": datetime.date(y, m, d),
                            "sex": sex, "nam": nam, "holder": True})
    return holders


def fold(s):
    """Lower-case, accent-free form used for name comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


# --------------------------------------------------------------------------
# Formatting helpers
# --------------------------------------------------------------------------
FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fullwidth_digits(s):
    return s.translate(FW)


def fmt_date(d, lang, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {FR_MONTHS[d.month - 1]} {d.year}"
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dotted":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def day_label(d, lang):
    if lang == "fr":
        return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]}"
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}"


def age_at(dob, when):
    a = when.year - dob.year
    if (when.month, when.day) < (dob.month, dob.day):
        a -= 1
    return a


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == "hyphen":
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == "dotted":
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if style == "slashed":
        return f"{nam[:4]}/{nam[4:8]}/{nam[8:]}"
    if style == "lower":
        return nam.lower()
    if style == "fullwidth":
        return nam[:4] + fullwidth_digits(nam[4:])
    if style == "odd":
        return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"
    raise ValueError(style)


def group_digits(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def fmt_sin(v, style):
    return {"plain": v, "spaced": group_digits(v, (3, 3, 3), " "),
            "hyphen": group_digits(v, (3, 3, 3), "-"), "dotted": group_digits(v, (3, 3, 3), "."),
            "fullwidth": fullwidth_digits(group_digits(v, (3, 3, 3), " "))}[style]


def fmt_ohip(v, vc, style):
    return {"plain": v + vc, "spaced": group_digits(v, (4, 3, 3), " ") + " " + vc,
            "hyphen": group_digits(v, (4, 3, 3), "-") + "-" + vc,
            "dotted": group_digits(v, (4, 3, 3), "."),
            "fullwidth": fullwidth_digits(group_digits(v, (4, 3, 3), " ")) + " " + vc}[style]


def fmt_niss(v, style):
    if style == "official":
        return f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:11]}"
    return {"plain": v, "spaced": group_digits(v, (6, 3, 2), " "),
            "slashed": group_digits(v, (6, 3, 2), "/"),
            "fullwidth": fullwidth_digits(group_digits(v, (6, 3, 2), " "))}[style]


def fmt_nir(v, style):
    if style == "official":
        return group_digits(v, (1, 2, 2, 2, 3, 3, 2), " ")
    return {"plain": v, "dotted": group_digits(v, (1, 2, 2, 2, 3, 3, 2), "."),
            "hyphen": group_digits(v, (13, 2), "-"),
            "fullwidth": fullwidth_digits(group_digits(v, (1, 2, 2, 2, 3, 3, 2), " "))}[style]


def fmt_mrn(v, style):
    return {"plain": v, "H": "H" + v, "hyphen": f"{v[:3]}-{v[3:]}",
            "spaced": f"{v[:1]} {v[1:4]} {v[4:]}", "slashed": f"{v[:3]}/{v[3:]}",
            "dotted": f"{v[:3]}.{v[3:]}", "fullwidth": fullwidth_digits(v)}[style]


def frn(x, nd=1):
    """Decimal number with a French decimal comma."""
    return f"{x:.{nd}f}".replace(".", ",")


def fmt_phone(last2, area="819"):
    return f"({area}) 555-01{last2:02d}" if isinstance(last2, int) else last2


# --------------------------------------------------------------------------
# Identifier generators (valid by checksum)
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(v):
            return v


def make_ohip(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    vc = rng.choice(["AB", "KT", "MN", "XR", "HG", "JL"])
    return v, vc


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + f"{serial:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        check = 97 - (n % 97)
        v = base + f"{check:02d}"
        if std_nn.is_valid(v):
            return v


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "44", "33", "59", "31", "67"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            f"{rng.randint(1, 989):03d}" + f"{rng.randint(1, 999):03d}"
        key = 97 - (int(body) % 97)
        v = body + f"{key:02d}"
        if std_nir.is_valid(v):
            return v


def make_mrn(rng):
    return f"{rng.randint(0, 9)}{rng.randint(100000, 999999)}"


def valid_id(kind, value):
    if kind == "ca_sin":
        return std_sin.is_valid(value)
    if kind == "ca_health_number":
        return len(value) == 10 and value.isdigit() and luhn.is_valid(value)
    if kind == "be_niss":
        return std_nn.is_valid(value)
    if kind == "fr_nir":
        return std_nir.is_valid(value)
    return True


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
class PatientFactory:
    """Hands out NAM holders (in a shuffled order) and invented patients."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = load_holders()
        self.order = list(range(len(self.holders)))
        rng.shuffle(self.order)
        self.used = set()
        self.used_names = set()

    def holder(self, pred=None):
        for i in self.order:
            h = self.holders[i]
            if i not in self.used and (pred is None or pred(h)):
                self.used.add(i)
                return self._complete(dict(h))
        cands = [self.holders[i] for i in self.order if pred is None or pred(self.holders[i])]
        return self._complete(dict(self.rng.choice(cands)))

    def _complete(self, p):
        rng = self.rng
        p.setdefault("mrn", make_mrn(rng))
        town, pc = rng.choice(TOWNS)
        p.setdefault("address", f"{rng.randint(12, 2890)}, {rng.choice(STREETS_FR)}, {town} (Québec) {pc}")
        p.setdefault("address_en", p["address"])
        p.setdefault("phone", fmt_phone(rng.randint(20, 99), rng.choice(["819", "418", "450"])))
        p.setdefault("cell", fmt_phone(rng.randint(20, 99), rng.choice(["819", "873", "367"])))
        return p

    def invented(self, origin="qc", min_age=18, max_age=88, when=None, sex=None):
        rng = self.rng
        when = when or datetime.date(2025, 1, 15)
        for _ in range(200):
            s = sex or rng.choice("FM")
            if origin == "en" or (origin == "qc" and rng.random() < 0.3) or origin == "on":
                sur = rng.choice(EN_SUR)
                giv = rng.choice(EN_GIV_F if s == "F" else EN_GIV_M)
            elif origin == "be":
                sur = rng.choice(BE_SUR)
                giv = rng.choice(BE_GIV_F if s == "F" else BE_GIV_M)
            elif origin == "fra":
                sur = rng.choice(FRA_SUR)
                giv = rng.choice(FR_GIV_F if s == "F" else FR_GIV_M)
            else:
                sur = rng.choice(FR_SUR)
                giv = rng.choice(FR_GIV_F if s == "F" else FR_GIV_M)
            if (sur, giv) not in self.used_names:
                break
        self.used_names.add((sur, giv))
        age = rng.randint(min_age, max_age)
        dob = datetime.date(when.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
        p = {"surname": sur, "given": giv, "sex": s, "dob": dob, "holder": False, "nam": None}
        if origin == "on":
            town, pc = rng.choice(ON_TOWNS)
            p["address"] = f"{rng.randint(10, 990)} {rng.choice(STREETS_EN)}, {town} ON {pc}"
            p["phone"] = fmt_phone(rng.randint(20, 99), "613")
            p["ohip"], p["ohip_vc"] = make_ohip(rng)
        if origin == "be":
            p["niss"] = make_niss(rng, dob, s)
        if origin == "fra":
            p["nir"] = make_nir(rng, dob, s)
        return self._complete(p)


def staff_name(key, lang, with_title=True):
    tf, te, g, s = STAFF[key][:4]
    t = tf if lang == "fr" else te
    return f"{t} {g} {s}".strip() if with_title else f"{g} {s}"


def staff_addr(key):
    return f"{STAFF[key][6]}@{DOM}"


def staff_role(key, lang):
    return STAFF[key][4] if lang == "fr" else STAFF[key][5]


def signature(key, lang, clinic="neuro", rng=None, short=False):
    name = staff_name(key, lang)
    if short:
        return f"-- \n{name}\n{CLINIC_PHONES[clinic]}"
    org = ORG_FR if lang == "fr" else ORG_EN
    dept = DEPT_FR if lang == "fr" else DEPT_EN
    addr = ORG_ADDR_FR if lang == "fr" else ORG_ADDR_EN
    tel = "Tél." if lang == "fr" else "Tel."
    return (f"-- \n{name}\n{staff_role(key, lang)}\n{dept} | {org}\n{addr}\n"
            f"{tel} {CLINIC_PHONES[clinic]} | Fax {CLINIC_PHONES['fax']}")


CONF_FOOTER_FR = ("AVIS DE CONFIDENTIALITÉ : ce message est destiné uniquement au destinataire. "
                  "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.")
CONF_FOOTER_EN = ("CONFIDENTIALITY NOTICE: this message is intended only for the addressee. "
                  "If you received it in error, please delete it and notify the sender.")
