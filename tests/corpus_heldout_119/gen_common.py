"""Shared pools, people, identifiers and text helpers for the pain-clinic corpus.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt; other
identifiers (SIN, Ontario health number, Belgian NISS, French NIR) are generated
and validated with python-stdnum.
"""
import datetime as _dt
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

TZ = _dt.timezone(_dt.timedelta(hours=-5))
TZ_DST = _dt.timezone(_dt.timedelta(hours=-4))

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def strip_accents(s):
    s = s.replace("’", "'").replace("«", '"').replace("»", '"').replace("–", "-")
    s = s.replace("—", "-").replace("œ", "oe").replace("Œ", "OE").replace("…", "...")
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("°", " deg").replace("µ", "u")
    s = s.replace("≥", ">=").replace("≤", "<=").replace("×", "x").replace("€", "EUR")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_name(s):
    """lower-case, accent-free, single-spaced form used by the self-check."""
    s = strip_accents(unicodedata.normalize("NFKC", s)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else " ")
    return " ".join("".join(out).split())


def fullwidth(s):
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z":
            out.append(chr(ord(c) + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def date_fr(d, style=0):
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return d.strftime("%d-%m-%Y")


def date_en(d, style=0):
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"
    return d.strftime("%m/%d/%Y")


def day_fr(d):
    return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}"


def day_en(d):
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def phone(rng, area=None):
    area = area or rng.choice(["450", "514", "438", "579", "819"])
    return f"{area}-555-01{rng.randint(0, 99):02d}"


def phone_styled(rng, area=None):
    p = phone(rng, area)
    a, b, c = p.split("-")
    return rng.choice([p, f"({a}) {b}-{c}", f"{a} {b}-{c}", f"{a}.{b}.{c}"])


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style=0):
    if style == 0:
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == 1:
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    if style == 2:
        return num
    if style == 3:
        return f"{num[:3]}.{num[3:6]}.{num[6:]}"
    return fullwidth(f"{num[:3]} {num[3:6]} {num[6:]}")


def make_ohip(rng):
    while True:
        base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num


def fmt_ohip(num, rng, style=0):
    vc = rng.choice(["", " AB", " KT", "-XR", " MN", ""])
    if style == 0:
        return f"{num[:4]}-{num[4:7]}-{num[7:]}{vc}"
    if style == 1:
        return f"{num[:4]} {num[4:7]} {num[7:]}{vc}"
    return num + vc.strip(" -")


def make_niss(rng, dob, sex):
    counter = rng.randint(1, 498) * 2 + (1 if sex == "M" else 0)
    if counter > 997:
        counter -= 2
    first9 = dob.strftime("%y%m%d") + f"{counter:03d}"
    if dob.year >= 2000:
        chk = 97 - (int("2" + first9) % 97)
    else:
        chk = 97 - (int(first9) % 97)
    num = first9 + f"{chk:02d}"
    be_nn.validate(num)
    return num


def fmt_niss(num, style=0):
    if style == 0:
        return be_nn.format(num)  # 85.07.30-033.28
    if style == 1:
        return f"{num[:6]}-{num[6:9]}-{num[9:]}"
    if style == 2:
        return f"{num[:2]} {num[2:4]} {num[4:6]} {num[6:9]} {num[9:]}"
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["69", "75", "13", "33", "59", "38", "44", "31", "67", "06"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + f"{rng.randint(1, 380):03d}" + f"{rng.randint(1, 999):03d}"
    key = 97 - (int(body) % 97)
    num = body + f"{key:02d}"
    fr_nir.validate(num)
    return num


def fmt_nir(num, style=0):
    if style == 0:
        return fr_nir.format(num)  # 2 95 10 99 126 111 93
    if style == 1:
        return f"{num[:13]} {num[13:]}"
    return num


def fmt_nam(nam, style=0):
    std = f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == 0:
        return std
    if style == 1:
        return nam
    if style == 2:
        return std.lower()
    if style == 3:
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == 4:
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if style == 5:
        return f"{nam[:4]} / {nam[4:6]} {nam[6:8]} / {nam[8:]}"
    if style == 6:
        return fullwidth(std)
    if style == 7:
        return " ".join(nam[:4]) + "  " + nam[4:8] + " " + nam[8:]
    return f"{nam[:4]}  {nam[4:7]} {nam[7:10]} {nam[10:]}"


def nam_style(rng):
    return rng.choice([0, 0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8])


def make_mrn(rng, kind=None):
    kind = kind if kind is not None else rng.randint(0, 5)
    n = rng.randint(100000, 999999)
    if kind == 0:
        return f"HRMI-{rng.randint(10, 99)}{n}"
    if kind == 1:
        return f"{rng.randint(0, 9)}{n}"
    if kind == 2:
        return f"{rng.randint(10, 99)}-{str(n)[:3]}-{str(n)[3:]}"
    if kind == 3:
        return f"CDB-{rng.choice([2021, 2022, 2023, 2024])}-{rng.randint(100, 9999):04d}"
    if kind == 4:
        return f"M{rng.randint(1000000, 9999999)}"
    return f"{str(n)[:2]} {str(n)[2:4]} {str(n)[4:]}"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, given, surname, dob, sex, nam=None, invented=True):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.invented = invented
        self.extra = {}

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def title_fr(self):
        return "Mme" if self.sex == "F" else "M."

    def title_en(self):
        return "Ms." if self.sex == "F" else "Mr."

    def name_variant(self, rng, lang):
        """One of the realistic ways the name is written."""
        g, s = self.given, self.surname
        initials = "-".join(p[0] + "." for p in g.split("-"))
        opts = [
            f"{g} {s}",
            f"{g} {s}",
            f"{s.upper()}, {g}",
            f"{s}, {g}",
            f"{self.title_fr() if lang == 'fr' else self.title_en()} {g} {s}",
            f"{self.title_fr() if lang == 'fr' else self.title_en()} {s}" if lang == "en" else f"{self.title_fr()} {g} {s}",
            f"{s.upper()} {g}",
            f"{s.lower()} {g.lower()}",
            f"{initials} {s}",
        ]
        return rng.choice(opts)


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            out.append(Patient(given, surname, _dt.date.fromisoformat(dob), sex, nam, invented=False))
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({norm_name(p.surname) for p in NAM_HOLDERS})

_PAT_GIVEN_F = ["Lucie", "Francine", "Line", "Johanne", "Carole", "Guylaine", "Danielle", "Lise",
                "Nancy", "Mélissa", "Marie-Claude", "Kathleen", "Linda", "Harpreet", "Fatima",
                "Ana", "Jocelyne", "Suzanne", "Véronique", "Brigitte", "Audrey", "Roxanne",
                "Maude", "Hélène", "Colette", "Yasmina", "Stacey", "Monique"]
_PAT_GIVEN_M = ["Réjean", "Normand", "Sylvain", "Martin", "Yvon", "Richard", "Steve", "Jonathan",
                "Dominic", "Brian", "Mohamed", "Gaétan", "Benoît", "Serge", "Alain", "Denis",
                "Raymond", "Carl", "Frédéric", "Luc", "Marcel", "Wayne", "Rénald", "Jean-Guy",
                "Bruno", "Ghislain", "Tyler", "Samir"]
_PAT_SURNAMES = ["Gosselin", "Lafrance", "Ménard", "Bisson", "Bérubé", "Lauzon", "Pépin", "Labrecque",
                 "Gingras", "Drouin", "Allard", "Poulin", "Guay", "Perreault", "Racine", "Thériault",
                 "Lemay", "Goulet", "Sauvé", "Brisebois", "Desrosiers", "Robitaille", "Villeneuve",
                 "Fleury", "Doyle", "Fraser", "Henderson", "Kaur", "Benali", "Silva", "Mensah",
                 "Lacasse", "Charbonneau", "Ricard", "Dallaire", "Morissette", "Bernier", "Talbot",
                 "Duchesne", "Auclair", "Vézina", "Painchaud", "Hamelin", "McKenna", "Rahimi"]

PAT_SURNAMES = [s for s in _PAT_SURNAMES if norm_name(s) not in NAM_SURNAMES]


def invent_patient(rng, min_age=19, max_age=84, ref_year=2024, sex=None):
    sex = sex or rng.choice("FM")
    given = rng.choice(_PAT_GIVEN_F if sex == "F" else _PAT_GIVEN_M)
    surname = rng.choice(PAT_SURNAMES)
    age = rng.randint(min_age, max_age)
    dob = _dt.date(ref_year - age, rng.randint(1, 12), rng.randint(1, 28))
    return Patient(given, surname, dob, sex)


def pick_holder(rng, adult=None):
    pool = NAM_HOLDERS
    if adult is True:
        pool = [p for p in NAM_HOLDERS if p.dob.year <= 2005]
    elif adult is False:
        pool = [p for p in NAM_HOLDERS if p.dob.year > 2005]
    return rng.choice(pool)


class Staff:
    def __init__(self, given, surname, role_fr, role_en, title, email, sex):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en = role_fr, role_en
        self.title = title  # "Dre", "Dr", "" ...
        self.email = email
        self.sex = sex

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def dr(self, lang="fr"):
        if self.title in ("Dr", "Dre"):
            return (self.title if lang == "fr" else "Dr.") + " " + self.surname
        return self.full


CLINIC_DOMAIN = "douleur-boreal.example"
CLINIC_FR = "Centre de gestion de la douleur Boréal"
CLINIC_EN = "Boréal Pain Management Centre"
CLINIC_ADDR = "2250, boulevard des Hirondelles, bureau 300, Laval (Québec)  H7X 0A5"
CLINIC_TEL = "450-555-0100"
CLINIC_FAX = "450-555-0101"


def _st(given, surname, rf, re_, title, sex, local=None):
    local = local or (strip_accents(given).lower().replace(" ", "") + "." + strip_accents(surname).lower().replace(" ", ""))
    return Staff(given, surname, rf, re_, title, f"{local}@{CLINIC_DOMAIN}", sex)


STAFF = {
    "lavoie": _st("Isabelle", "Lavoie", "anesthésiologiste, directrice médicale", "anesthesiologist, medical director", "Dre", "F"),
    "bergeron": _st("Mathieu", "Bergeron", "physiatre", "physiatrist", "Dr", "M"),
    "haddad": _st("Omar", "Haddad", "anesthésiologiste", "anesthesiologist", "Dr", "M"),
    "patel": _st("Priya", "Patel", "médecin de famille, médecine de la douleur", "family physician, pain medicine", "Dre", "F"),
    "dube": _st("Karine", "Dubé", "infirmière clinicienne", "clinical nurse", "", "F"),
    "vachon": _st("Hugo", "Vachon", "pharmacien", "pharmacist", "", "M"),
    "lemieux": _st("Nadia", "Lemieux", "psychologue", "psychologist", "", "F"),
    "kowalski": _st("Tom", "Kowalski", "physiothérapeute", "physiotherapist", "", "M"),
    "plante": _st("Émilie", "Plante", "physiothérapeute", "physiotherapist", "", "F"),
    "giroux": _st("Chantal", "Giroux", "agente administrative", "administrative officer", "", "F"),
    "turcotte": _st("Valérie", "Turcotte", "coordonnatrice clinique", "clinical coordinator", "", "F"),
    "demers": _st("Stéphane", "Demers", "chef de service", "department manager", "", "M"),
    "paradis": _st("Olivier", "Paradis", "kinésiologue", "kinesiologist", "", "M"),
    "bilodeau": _st("Annie", "Bilodeau", "travailleuse sociale", "social worker", "", "F"),
    "lachance": _st("Sébastien", "Lachance", "infirmier, salle d'intervention", "procedure room nurse", "", "M"),
    "chen": _st("Rachel", "Chen", "résidente R4 en anesthésiologie", "PGY-4 anesthesiology resident", "Dre", "F"),
    "rioux": _st("Jean-François", "Rioux", "technicien en informatique", "IT technician", "", "M"),
    "beaulieu": _st("Mélanie", "Beaulieu", "adjointe à la direction", "executive assistant", "", "F"),
}
STAFF_KEYS = list(STAFF.keys())

# external senders / recipients (all invented)
FAMDOCS = [
    ("Dre", "Catherine", "Desjardins", "GMF des Quatre-Vents", "gmf-quatrevents.example", "F"),
    ("Dr", "Patrick", "Lévesque", "Clinique médicale Saint-Onésime", "cm-stonesime.example", "M"),
    ("Dre", "Julie", "Fontaine", "GMF-U de la Rive-Nord", "gmfu-rivenord.example", "F"),
    ("Dr", "Éric", "Arsenault", "Clinique familiale des Tilleuls", "tilleuls-sante.example", "M"),
    ("Dr", "Daniel", "Murray", "Westmount Family Practice", "westmountfp.example", "M"),
    ("Dre", "Aisha", "Khan", "GMF Boisbriand-Centre", "gmf-boisbriand.example", "F"),
    ("Dre", "Valérie", "Chartrand", "GMF des Mille-Îles", "gmf-milleiles.example", "F"),
]
HOSPITAL_FR = "Hôpital régional des Mille-Îles"
HOSPITAL_DOMAIN = "hrmi.example"
PHARMACIES = [
    ("Pharmacie J. Hébert et associés", "pharm-hebert.example", "450-555-0132"),
    ("Pharmacie Mercier-Dion", "mercierdion-pharma.example", "450-555-0147"),
    ("Pharmacie du Carrefour Fabreville", "pharmafabreville.example", "450-555-0158"),
]
INSURERS = [
    ("Assurances Cap-Rouge Vie", "caprouge-vie.example", "fr"),
    ("Harbourline Life – Group Disability", "harbourline.example", "en"),
    ("Mutuelle des Deux-Rives", "deuxrives-mutuelle.example", "fr"),
]


def famdoc(rng):
    t, g, s, clinic, dom, sex = rng.choice(FAMDOCS)
    local = strip_accents(g).lower()[0] + strip_accents(s).lower()
    return {"title": t, "given": g, "surname": s, "clinic": clinic, "email": f"{local}@{dom}",
            "sex": sex, "full": f"{g} {s}", "fax": phone(rng, "450")}


# --------------------------------------------------------------------------
# clinical vocabulary
# --------------------------------------------------------------------------
DX = [  # (fr, en)
    ("lombalgie chronique avec radiculopathie L5 gauche", "chronic low back pain with left L5 radiculopathy"),
    ("fibromyalgie", "fibromyalgia"),
    ("syndrome douloureux régional complexe (SDRC) type 1 du membre supérieur droit", "complex regional pain syndrome (CRPS) type 1, right upper limb"),
    ("névralgie post-zostérienne T6 droite", "post-herpetic neuralgia, right T6"),
    ("arthrose facettaire lombaire L4-L5 / L5-S1", "lumbar facet arthropathy L4-L5 / L5-S1"),
    ("céphalée cervicogénique et névralgie occipitale", "cervicogenic headache with occipital neuralgia"),
    ("neuropathie diabétique douloureuse des pieds", "painful diabetic peripheral neuropathy"),
    ("syndrome post-laminectomie (lombalgie persistante post-chirurgicale)", "failed back surgery syndrome"),
    ("gonarthrose droite sévère, non candidat à l'arthroplastie", "severe right knee osteoarthritis, not a surgical candidate"),
    ("dysfonction sacro-iliaque gauche", "left sacroiliac joint dysfunction"),
    ("syndrome myofascial cervico-scapulaire", "cervicoscapular myofascial pain syndrome"),
    ("hernie discale L4-L5 avec sciatalgie droite", "L4-L5 disc herniation with right sciatica"),
    ("sténose spinale lombaire avec claudication neurogène", "lumbar spinal stenosis with neurogenic claudication"),
    ("névralgie du trijumeau V2 gauche", "left V2 trigeminal neuralgia"),
    ("douleur chronique à l'épaule post-traumatique (accident de travail)", "chronic post-traumatic shoulder pain (workplace injury)"),
]
DX_WORK = [
    ("entorse lombaire avec douleur chronique résiduelle", "lumbar sprain with residual chronic pain"),
    ("hernie discale L5-S1 post-traumatique", "post-traumatic L5-S1 disc herniation"),
    ("tendinopathie de la coiffe des rotateurs droite avec douleur chronique", "right rotator cuff tendinopathy with chronic pain"),
    ("SDRC du poignet gauche suite à fracture (lésion professionnelle)", "CRPS of the left wrist after a work-related fracture"),
]
MEDS = [  # (fr, en)
    ("hydromorphone 4 mg q4h PRN", "hydromorphone 4 mg q4h PRN"),
    ("hydromorphone LA (Hydromorph Contin) 12 mg BID", "Hydromorph Contin 12 mg BID"),
    ("oxycodone LA (OxyNEO) 20 mg BID", "OxyNEO 20 mg BID"),
    ("morphine LA (M-Eslon) 30 mg BID", "M-Eslon 30 mg BID"),
    ("tapentadol LA (Nucynta CR) 100 mg BID", "Nucynta CR 100 mg BID"),
    ("tramadol/acétaminophène 37,5/325 mg 2 co QID", "tramadol/acetaminophen 37.5/325 mg 2 tabs QID"),
    ("fentanyl timbre 25 mcg/h q72h", "fentanyl patch 25 mcg/h q72h"),
    ("buprénorphine-naloxone (Suboxone) 8/2 mg DIE", "buprenorphine-naloxone 8/2 mg daily"),
    ("méthadone 45 mg DIE (dose analgésique)", "methadone 45 mg daily (analgesic)"),
]
ADJ = [
    ("prégabaline (Lyrica) 75 mg BID", "pregabalin 75 mg BID"),
    ("gabapentine 300 mg TID", "gabapentin 300 mg TID"),
    ("duloxétine (Cymbalta) 60 mg DIE", "duloxetine 60 mg daily"),
    ("amitriptyline 10 mg HS", "amitriptyline 10 mg at bedtime"),
    ("nortriptyline 25 mg HS", "nortriptyline 25 mg qhs"),
    ("nabilone 0,5 mg HS", "nabilone 0.5 mg qhs"),
    ("cyclobenzaprine 10 mg HS", "cyclobenzaprine 10 mg qhs"),
    ("naproxène 500 mg BID", "naproxen 500 mg BID"),
    ("célécoxib 200 mg DIE", "celecoxib 200 mg daily"),
    ("carbamazépine 200 mg BID", "carbamazepine 200 mg BID"),
]
ANTICOAG = [("apixaban (Eliquis) 5 mg BID", "apixaban 5 mg BID", 3),
            ("rivaroxaban (Xarelto) 20 mg DIE", "rivaroxaban 20 mg daily", 3),
            ("warfarine (Coumadin) 5 mg DIE", "warfarin 5 mg daily", 5),
            ("clopidogrel (Plavix) 75 mg DIE", "clopidogrel 75 mg daily", 7)]
PROCS = [  # (fr, en, short slug)
    ("bloc des branches médiales L3-L4-L5 bilatéral", "bilateral L3-L4-L5 medial branch block", "MBB"),
    ("radiofréquence (dénervation) des branches médiales L4-L5 / L5-S1 droite", "right L4-L5 / L5-S1 medial branch radiofrequency ablation", "RFA"),
    ("épidurale transforaminale L5-S1 gauche sous fluoroscopie", "left L5-S1 transforaminal epidural steroid injection", "TFESI"),
    ("infiltration sacro-iliaque gauche", "left sacroiliac joint injection", "SIJ"),
    ("bloc du grand nerf occipital bilatéral", "bilateral greater occipital nerve block", "GONB"),
    ("bloc du ganglion stellaire droit", "right stellate ganglion block", "SGB"),
    ("bloc des nerfs géniculés droits (diagnostique)", "right genicular nerve block (diagnostic)", "GNB"),
    ("perfusion IV de lidocaïne 5 mg/kg", "IV lidocaine infusion 5 mg/kg", "LIDO"),
    ("perfusion IV de kétamine", "IV ketamine infusion", "KET"),
    ("bloc du nerf suprascapulaire droit", "right suprascapular nerve block", "SSNB"),
    ("injection de points gâchettes trapèzes", "trapezius trigger point injections", "TPI"),
]
LABS_UDS = [
    ("Dépistage urinaire (immunoessai) : opiacés POSITIF, oxycodone POSITIF, fentanyl POSITIF, benzodiazépines NÉGATIF, cannabinoïdes POSITIF",
     "Urine drug screen (immunoassay): opiates POSITIVE, oxycodone POSITIVE, fentanyl POSITIVE, benzodiazepines NEGATIVE, THC POSITIVE"),
    ("Dépistage urinaire : hydromorphone NÉGATIF (attendu positif), cocaïne POSITIF, créatinine urinaire 1,2 mmol/L (échantillon dilué)",
     "Urine drug screen: hydromorphone NEGATIVE (expected positive), cocaine POSITIVE, urine creatinine 1.2 mmol/L (dilute sample)"),
    ("Dépistage urinaire : oxycodone POSITIF (attendu), aucune autre substance détectée",
     "Urine drug screen: oxycodone POSITIVE (expected), no other substance detected"),
]
LABS_MISC = [
    ("INR 1,1 ; plaquettes 212 x10^9/L", "INR 1.1; platelets 212 x10^9/L"),
    ("HbA1c 8,9 % ; créatinine 104 µmol/L ; DFGe 58 mL/min", "HbA1c 8.9%; creatinine 104 umol/L; eGFR 58 mL/min"),
    ("vitamine D 25-OH 31 nmol/L (carence) ; CRP 4", "25-OH vitamin D 31 nmol/L (deficient); CRP 4"),
    ("TSH 6,8 mUI/L ; ferritine 9 µg/L", "TSH 6.8 mIU/L; ferritin 9 ug/L"),
    ("testostérone totale 5,1 nmol/L (basse, sous opioïdes)", "total testosterone 5.1 nmol/L (low, on opioids)"),
    ("ECG : QTc 486 ms sous méthadone", "ECG: QTc 486 ms on methadone"),
]
STREETS = ["rue des Érables", "avenue du Parc-Boisé", "rue Saint-Hubert", "boulevard Curé-Labelle",
           "rue de la Fabrique", "montée Masson", "rue des Pins", "chemin du Souvenir", "rue Principale",
           "rue Dupuis", "avenue des Perron", "rue Lamarche"]
CITIES = [("Laval", "H7"), ("Terrebonne", "J6"), ("Saint-Eustache", "J7"), ("Boisbriand", "J7"),
          ("Blainville", "J7"), ("Mirabel", "J7"), ("Montréal", "H4"), ("Repentigny", "J5")]


def address(rng):
    city, pre = rng.choice(CITIES)
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    pc = f"{pre}{rng.choice(letters)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.randint(1, 9)}"
    apt = rng.choice(["", "", f", app. {rng.randint(1, 12)}", f", logement {rng.randint(101, 412)}"])
    return f"{rng.randint(12, 4890)}, {rng.choice(STREETS)}{apt}", f"{city} (Québec)  {pc}"


def personal_email(rng, p):
    base = strip_accents(p.given).lower().replace("-", "").replace(" ", "")
    sur = strip_accents(p.surname).lower().replace(" ", "")
    dom = rng.choice(["courriel.example", "videotron-mail.example", "mail.example", "boitepostale.example"])
    return rng.choice([f"{base}.{sur}@{dom}", f"{base[0]}{sur}{rng.randint(1, 99)}@{dom}", f"{base}{p.dob.year % 100:02d}@{dom}"])


def msg_date(rng, month=None):
    month = month or rng.randint(1, 11)
    d = _dt.datetime(2024, month, rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
    tz = TZ_DST if 3 < month < 11 else TZ
    return d.replace(tzinfo=tz)


def future_day(rng, base, lo=3, hi=40):
    d = (base + _dt.timedelta(days=rng.randint(lo, hi))).date() if isinstance(base, _dt.datetime) else base + _dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    return d


def sig(rng, st, lang, short=False):
    """Signature block of a clinic staff member (clinic phone only)."""
    if short:
        return rng.choice([f"-- \n{st.given}", f"{st.given[0]}.{st.surname[0]}.", f"{st.full}"])
    name = (f"{st.title} {st.full}" if st.title else st.full) if lang == "fr" else ((("Dr. " if st.title else "") + st.full))
    role = st.role_fr if lang == "fr" else st.role_en
    clinic = CLINIC_FR if lang == "fr" else CLINIC_EN
    ext = rng.randint(200, 260)
    lines = [name, role, clinic]
    if rng.random() < 0.6:
        lines.append(CLINIC_ADDR)
    lines.append(f"Tél. : {CLINIC_TEL}, poste {ext}" if lang == "fr" else f"Tel: {CLINIC_TEL} ext. {ext}")
    if rng.random() < 0.5:
        lines.append(f"Téléc. : {CLINIC_FAX}" if lang == "fr" else f"Fax: {CLINIC_FAX}")
    if rng.random() < 0.35:
        lines.append("")
        lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. S'il vous "
                     "est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur." if lang == "fr" else
                     "CONFIDENTIALITY NOTICE: this message may contain confidential information. If you received it "
                     "in error, please delete it and notify the sender.")
    return ("-- \n" if rng.random() < 0.4 else "") + "\n".join(lines)


def greet(rng, lang, name=None):
    if lang == "fr":
        if name:
            return rng.choice([f"Bonjour {name},", f"Bonjour {name}", f"Allo {name},", f"{name},", f"Cher {name}," if False else f"Bonjour {name},"])
        return rng.choice(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,", "Allo,", "Bonjour"])
    if name:
        return rng.choice([f"Hi {name},", f"Hello {name},", f"Dear {name},", f"{name},", f"Good morning {name},"])
    return rng.choice(["Hi all,", "Hello,", "Good morning,", "Hi team,", "Hi everyone,"])


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée,", "Salutations,", "Au plaisir,"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Kind regards,", "Many thanks,", "Cheers,"])


# which indications go with which procedure (indices into DX)
PROC_DX = {"MBB": [4, 7], "RFA": [4, 7], "TFESI": [0, 11, 12, 7], "SIJ": [9], "GONB": [5], "SGB": [2],
           "GNB": [8], "LIDO": [1, 6, 3, 2], "KET": [2, 1, 7], "SSNB": [14], "TPI": [10, 1]}


def proc_dx(rng, procs=None):
    """(proc tuple, dx tuple) with a clinically coherent indication."""
    proc = rng.choice(procs or PROCS)
    return proc, DX[rng.choice(PROC_DX[proc[2]])]
