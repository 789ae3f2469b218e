"""Shared data and helpers: people, identifiers, dates, clinical scenarios.

Everything here is invented.  RAMQ NAMs are read from ../blind_nams.txt
(relative to the folder holding this module).
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25168
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Hôpital Saint-Aubin"
ORG_EN = "Saint-Aubin Hospital"
DOM = "hsaubin.example"

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def L(lang, fr, en):
    return fr if lang == "fr" else en


def fold(s):
    """Accent-insensitive, case-insensitive form used by the checks."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s)
                if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def alnum(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s.upper() if c.isalnum())


FULLWIDTH = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fullwidth(s):
    return s.translate(FULLWIDTH)


# --------------------------------------------------------------------------
# Staff (never NAM-holder surnames; safe to use in negatives)
# --------------------------------------------------------------------------
class Staff:
    def __init__(self, given, surname, role_fr, role_en, title="", user=None,
                 dom=DOM, ext=None):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en, self.title = role_fr, role_en, title
        base = user or (fold(given)[0] + fold(surname)).replace(" ", "").replace("-", "")
        base = "".join(c for c in base if c.isalnum() or c == ".")
        self.email = f"{base}@{dom}"
        self.ext = ext

    @property
    def name(self):
        return f"{self.given} {self.surname}"

    def dname(self, lang):
        if self.title:
            t = self.title if lang == "fr" else "Dr"
            return f"{t} {self.given} {self.surname}"
        return self.name


STAFF = {
    "dufour": Staff("Hélène", "Dufour", "microbiologiste-infectiologue", "ID physician", "Dre", ext="0111"),
    "haddad": Staff("Karim", "Haddad", "microbiologiste-infectiologue", "ID physician", "Dr", ext="0112"),
    "mensah": Staff("Aïcha", "Mensah", "infectiologue, clinique VIH", "HIV physician", "Dre", ext="0113"),
    "leclerc": Staff("Thomas", "Leclerc", "microbiologiste-infectiologue", "ID physician", "Dr", ext="0114"),
    "chen": Staff("Mei-Ling", "Chen", "infectiologue", "ID physician", "Dre", ext="0115"),
    "okafor": Staff("Samuel", "Okafor", "médecin, clinique VIH", "HIV clinic physician", "Dr", ext="0116"),
    "menard": Staff("Isabelle", "Ménard", "pneumologue, clinique TB", "TB clinic respirologist", "Dre", ext="0117"),
    "kowalski": Staff("Patrick", "Kowalski", "interniste", "internist", "Dr", ext="0118"),
    "vachon": Staff("Olivier", "Vachon", "résident R4 MI", "ID fellow (R4)", "Dr", ext="0119"),
    "beaulieu": Staff("Julie", "Beaulieu", "pharmacienne, PRA", "stewardship pharmacist", ext="0121"),
    "lavoie": Staff("Marc-André", "Lavoie", "pharmacien", "pharmacist", ext="0122"),
    "patel": Staff("Priya", "Patel", "pharmacienne, clinique VIH", "HIV clinic pharmacist", ext="0123"),
    "hebert": Staff("Chantal", "Hébert", "infirmière ATIVAD", "OPAT nurse", ext="0124"),
    "dube": Staff("Kevin", "Dubé", "infirmier clinicien VIH/PrEP", "HIV/PrEP nurse", ext="0125"),
    "levesque": Staff("Sophie", "Lévesque", "conseillère en PCI", "infection control practitioner", ext="0126"),
    "bergeron": Staff("Nadia", "Bergeron", "infirmière ATIVAD", "OPAT nurse", ext="0127"),
    "benali": Staff("Rachid", "Benali", "travailleur social", "social worker", ext="0128"),
    "poulin": Staff("Lucie", "Poulin", "agente administrative", "unit clerk", ext="0131"),
    "mercier": Staff("Francine", "Mercier", "agente administrative", "clinic clerk", ext="0132"),
    "desjardins": Staff("Daniel", "Desjardins", "technicien en administration", "admin technician", ext="0133"),
    "cote": Staff("Stéphane", "Côté", "chef de service", "department head", ext="0134"),
    "tremblay": Staff("Annie", "Tremblay", "coordonnatrice clinique", "clinical coordinator", ext="0135"),
    "charbonneau": Staff("Vincent", "Charbonneau", "technologiste, microbiologie", "microbiology technologist", ext="0136"),
    "gosselin": Staff("Émilie", "Gosselin", "infirmière PCI", "IPAC nurse", ext="0137"),
    "arsenault": Staff("Félix", "Arsenault", "résident R2", "PGY-2 resident", "Dr", ext="0138"),
    "nguyen": Staff("Laura", "Nguyen", "résidente R3", "PGY-3 resident", "Dre", ext="0139"),
    "wong": Staff("Derek", "Wong", "analyste, informatique clinique", "clinical IT analyst", ext="0141"),
    "lacasse": Staff("Roxanne", "Lacasse", "conseillère RH", "HR advisor", ext="0142"),
    "dionne": Staff("Benoît", "Dionne", "acheteur, approvisionnement", "procurement buyer", ext="0143"),
    "ferland": Staff("Maryse", "Ferland", "adjointe à la direction", "executive assistant", ext="0144"),
}

EXT_CONTACTS = {
    "drsp": ("Équipe MADO – Santé publique", "mado@drsp-mtl.example"),
    "perfuso": ("Perfuso Soins à domicile", "admissions@perfuso.example"),
    "clsc": ("CLSC des Rivières – Soins à domicile", "sad@clsc-rivieres.example"),
    "pharma": ("Pharmacie Dupré & Associés", "ordonnances@pharma-dupre.example"),
    "pharma2": ("Pharmacie du Plateau-Vert", "labo@pharmaplateau.example"),
    "assur": ("AssurVie – Invalidité", "reclamations@assurvie.example"),
    "sunwise": ("Sunwise Insurance – Disability Claims", "claims@sunwise-ins.example"),
    "rideau": ("Rideau Regional Hospital – ID Clinic", "idclinic@rideau-hosp.example"),
    "benelux": ("Assistance Benelux – Dossiers médicaux", "medical@assistance-benelux.example"),
    "mutuelle": ("Mutuelle Étudiante Horizon", "remboursements@mutuelle-horizon.example"),
    "dpj": ("DPJ – Réception et traitement des signalements", "signalement@dpj-centre.example"),
    "refuge": ("Maison d'hébergement L'Escale", "intervention@escale-heberg.example"),
    "transport": ("Centrale de transport adapté", "reservation@transport-adapte.example"),
    "gp": ("Clinique médicale des Faubourgs", "secretariat@cm-faubourgs.example"),
    "labext": ("BioDiag Laboratoires", "resultats@biodiag.example"),
}

CLINIC_SIG_FR = ("Service de microbiologie-infectiologie – Clinique VIH/ITSS\n"
                 "Hôpital Saint-Aubin, 4400, boul. des Récollets, pavillon C, 3e étage\n"
                 "Montréal (Québec)  H1X 0A4\n"
                 "Tél. : 514-555-0100 | Téléc. : 514-555-0199")
CLINIC_SIG_EN = ("Infectious Diseases & HIV/STBBI Clinic\n"
                 "Saint-Aubin Hospital, 4400 des Récollets Blvd, Pavilion C, 3rd floor\n"
                 "Montreal, QC  H1X 0A4\n"
                 "Tel. 514-555-0100 | Fax 514-555-0199")


def signature(st, lang, full=True):
    lines = [st.dname(lang), st.role_fr if lang == "fr" else st.role_en]
    if full:
        lines.append(CLINIC_SIG_FR if lang == "fr" else CLINIC_SIG_EN)
        if st.ext:
            lines.append(("Poste " if lang == "fr" else "Ext. ") + st.ext[-3:])
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, given, surname, dob, sex, nam=None):
        self.given, self.surname, self.dob, self.sex, self.nam = given, surname, dob, sex, nam
        self.mrn = None
        self.phone = None
        self.address = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age(self, ref=datetime.date(2025, 3, 1)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Patient(giv, sur, datetime.date(y, m, d), sex, nam))
    return out


# invented patients without NAM (surnames distinct from staff and NAM holders)
OTHER_PATIENTS = [
    ("Jean-Guy", "Lemieux", "M"), ("Roseline", "Pierre-Louis", "F"), ("Mamadou", "Diallo", "M"),
    ("Carlos", "Restrepo", "M"), ("Thi Lan", "Pham", "F"), ("Yves", "Chartrand", "M"),
    ("Dorothy", "McAllister", "F"), ("Kwame", "Asante", "M"), ("Fatima Zahra", "Bennani", "F"),
    ("Réjean", "Labrecque", "M"), ("Marie-Soleil", "Gingras", "F"), ("Ahmed", "El-Masri", "M"),
    ("Wendy", "Kowalczyk", "F"), ("Jonathan", "Aubertin", "M"), ("Gisèle", "Vaillancourt", "F"),
    ("Ricardo", "Mendes", "M"), ("Nadège", "Saint-Fleur", "F"), ("Trevor", "Blackburn", "M"),
    ("Huguette", "Lafrenière", "F"), ("Olumide", "Adeyemi", "M"), ("Sandrine", "Cadieux", "F"),
    ("Bruno", "Falardeau", "M"), ("Amélie", "Riopel", "F"), ("Dmitri", "Volkov", "M"),
    ("Keisha", "Grant", "F"), ("Lionel", "Beausoleil", "M"), ("Marguerite", "Tousignant", "F"),
    ("Ibrahim", "Touré", "M"), ("Valérie", "Corriveau", "F"), ("Hugo", "Marcoux", "M"),
    ("Stéphanie", "Lachance", "F"), ("Gaëtan", "Desrosiers", "M"), ("Yolande", "Jean-Baptiste", "F"),
    ("Patrick", "O'Sullivan", "M"), ("Mélissa", "Turcotte", "F"), ("Arnaud", "Verhoeven", "M"),
    ("Clémence", "Moreau-Petit", "F"), ("Théo", "Garnier", "M"), ("Samira", "Haddouche", "F"),
    ("Normand", "Brisebois", "M"), ("Linda", "Okonkwo", "F"), ("Raymond", "Gendreau", "M"),
    ("Pauline", "Desmarais", "F"), ("Sébastien", "Rochon", "M"), ("Aurélie", "Plamondon", "F"),
    ("Tyler", "Henderson", "M"), ("Florence", "Giguère", "F"), ("Alain", "Bastarache", "M"),
    ("Joëlle", "Beauchemin", "F"), ("Miguel", "Ortiz", "M"), ("Rolande", "Lemay", "F"),
    ("Eric", "Lindqvist", "M"), ("Cynthia", "Labelle", "F"), ("Mathieu", "Quintal", "M"),
    ("Lotte", "Janssens", "F"), ("Maxime", "Dewulf", "M"), ("Elise", "Vandenberghe", "F"),
    ("Camille", "Roussel", "F"), ("Hugo", "Lefebvre-Marin", "M"),
]

STREETS = ["rue des Pruches-Bleues", "boulevard Saint-Aubin", "rue Léo-Vermette",
           "avenue de l'Hirondelle-Grise", "rue du Cormier-Noir", "chemin des Trois-Brûlés",
           "rue Émilie-Sansregret", "avenue des Tilleuls-Argentés", "rue de la Verrerie-Vieille",
           "croissant des Mésanges", "rue Fabre-Lenoir", "montée du Moulin-Rouge-Gorge"]
CITIES = [("Montréal", "H2K 0B7"), ("Montréal", "H1W 0C3"), ("Laval", "H7N 0E2"),
          ("Longueuil", "J4H 0A9"), ("Montréal", "H3S 0D5"), ("Terrebonne", "J6W 0B1")]


def make_patients(rng):
    nams = load_nams()
    others = []
    for g, s, sex in OTHER_PATIENTS:
        y = rng.randint(1944, 2006)
        d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        others.append(Patient(g, s, d, sex))
    used_phone = set()
    for p in nams + others:
        p.mrn = str(rng.randint(1000000, 3999999))
        while True:
            ph = (rng.choice(["514", "438", "450"]), rng.randint(0, 99))
            if ph not in used_phone:
                used_phone.add(ph)
                break
        p.phone = f"{ph[0]}-555-01{ph[1]:02d}"
        st = rng.choice(STREETS)
        city, pc = rng.choice(CITIES)
        apt = rng.choice(["", "", f", app. {rng.randint(2, 30)}"])
        p.address = f"{rng.randint(120, 9800)}, {st}{apt}, {city} (QC) {pc}"
    return nams, others


# --------------------------------------------------------------------------
# Name, date, identifier renderings
# --------------------------------------------------------------------------
def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


NAME_STYLES = ["full", "title", "upper", "lower", "initial", "sfirst", "title_s", "upper2"]


def name_as(p, style, lang):
    g, s = p.given, p.surname
    return {
        "full": f"{g} {s}",
        "title": f"{title(p, lang)} {g} {s}",
        "upper": f"{s.upper()}, {g}",
        "upper2": f"{s.upper()} {g}",
        "lower": f"{g.lower()} {s.lower()}",
        "initial": f"{g[0]}. {s}",
        "sfirst": f"{s}, {g}",
        "title_s": f"{title(p, lang)} {s}",
    }[style]


def sex_as(p, lang, style=0):
    if style == 1:
        return f"({p.sex})"
    return ("Sexe : " if lang == "fr" else "Sex: ") + p.sex


def date_as(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "long":
        if lang == "fr":
            return f"{d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "slash":
        if lang == "fr":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


DATE_STYLES = ["iso", "long", "slash", "mon", "dots"]

ID_STYLES = ["plain", "spaced", "dotted", "slashed", "hyphen", "fullwidth", "odd"]


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def id_as(raw, kind, style):
    sizes = {"nam": [4, 4, 4], "sin": [3, 3, 3], "ohip": [4, 3, 3], "niss": [2, 2, 2, 3, 2],
             "nir": [1, 2, 2, 2, 3, 3, 2], "mrn": [3, 2, 2]}.get(kind, [3, 3, 3, 3])
    g = groups(raw, sizes)
    if style == "plain":
        return raw
    if style == "spaced":
        return " ".join(g)
    if style == "dotted":
        return ".".join(g)
    if style == "slashed":
        return "/".join(g)
    if style == "hyphen":
        return "-".join(g)
    if style == "fullwidth":
        return fullwidth(" ".join(g) if kind in ("nir", "niss") else raw)
    if style == "odd":
        # irregular spacing
        s = raw
        cut = [1, 3, 6, 8] if len(s) > 8 else [2, 5]
        out, last = [], 0
        for c in cut:
            if c < len(s):
                out.append(s[last:c])
                last = c
        out.append(s[last:])
        return "  ".join(out[:2]) + " " + " ".join(out[2:])
    raise ValueError(style)


def mrn_as(p, rng):
    m = p.mrn
    return rng.choice([m, f"{m[:3]}-{m[3:5]}-{m[5:]}", f"H{m}", f"{m[:2]} {m[2:]}",
                       f"{m[:3]}.{m[3:]}", f"00{m}", fullwidth(m), f"{m[:3]}/{m[3:]}"])


# ---- checksum-valid identifiers -------------------------------------------
def make_sin(rng):
    while True:
        base = str(rng.randint(1, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(n):
            return n


def make_ohip(rng):
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn.calc_check_digit(base)


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) == (sex == "M"):
            break
    base = f"{yymmdd}{serial:03d}"
    num = int(("2" + base) if dob.year >= 2000 else base)
    chk = 97 - num % 97
    n = f"{base}{chk:02d}"
    assert be_nn.is_valid(n), n
    return n


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "44", "59", "35", "31"])
    commune = f"{rng.randint(1, 399):03d}"
    order = f"{rng.randint(1, 999):03d}"
    base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    n = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(n), n
    return n


def luhn_serial(rng, n=9):
    base = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return base + luhn.calc_check_digit(base)


def validate_id(kind, raw):
    if kind == "ca_sin":
        return ca_sin.is_valid(raw)
    if kind == "ca_health_number":
        return ohip_valid(raw)
    if kind == "be_niss":
        return be_nn.is_valid(raw)
    if kind == "fr_nir":
        return fr_nir.is_valid(raw)
    return True


# --------------------------------------------------------------------------
# Clinical scenarios (fr / en)
# --------------------------------------------------------------------------
SCEN = [
    dict(k="mrsa", dx=("bactériémie à SARM", "MRSA bacteremia"),
         cx=("Hémocultures 2/2 positives : S. aureus résistant à la méthicilline (SARM), vanco CMI 1",
             "Blood cultures 2/2: methicillin-resistant S. aureus (MRSA), vanc MIC 1"),
         rx=("daptomycine 8 mg/kg IV q24h", "daptomycin 8 mg/kg IV q24h"),
         labs=("CK 142, créat 91, GB 7,8", "CK 142, creat 91, WBC 7.8"), opat=True, wk=6),
    dict(k="mssa", dx=("endocardite à SASM valve native", "MSSA native-valve endocarditis"),
         cx=("Hémocs 4/4 : S. aureus sensible à la cloxacilline", "BC 4/4: MSSA (oxacillin-susceptible)"),
         rx=("céfazoline 2 g IV q8h", "cefazolin 2 g IV q8h"),
         labs=("FSC normale, créat 74, ETO : végétation mitrale 9 mm",
               "CBC normal, creat 74, TEE: 9 mm mitral vegetation"), opat=True, wk=6),
    dict(k="esbl", dx=("pyélonéphrite à E. coli BLSE", "ESBL E. coli pyelonephritis"),
         cx=("Uroculture > 10^8 UFC/L E. coli producteur de BLSE, R cipro, S ertapénème",
             "Urine culture >10^8 CFU/L ESBL-producing E. coli, R cipro, S ertapenem"),
         rx=("ertapénème 1 g IV die", "ertapenem 1 g IV daily"),
         labs=("créat 102, GB 11,2 → 8,4", "creat 102, WBC 11.2 -> 8.4"), opat=True, wk=2),
    dict(k="osteo", dx=("ostéomyélite du pied diabétique (1er métatarse)", "diabetic foot osteomyelitis (1st MT)"),
         cx=("Biopsie osseuse : Pseudomonas aeruginosa S pip-tazo, S céftazidime",
             "Bone biopsy: Pseudomonas aeruginosa S pip-tazo, S ceftazidime"),
         rx=("pipéracilline-tazobactam 18 g/24 h en perfusion continue (élastomère)",
             "piperacillin-tazobactam 18 g/24 h continuous infusion (elastomeric pump)"),
         labs=("CRP 88 → 41, VS 72", "CRP 88 -> 41, ESR 72"), opat=True, wk=6),
    dict(k="pji", dx=("infection de prothèse totale du genou droit", "right total knee prosthetic joint infection"),
         cx=("Liquide articulaire + 3/5 biopsies : S. epidermidis R oxa",
             "Synovial fluid + 3/5 tissue samples: S. epidermidis, oxacillin-R"),
         rx=("vancomycine IV, creux visé 15-20, + rifampicine 300 mg PO bid",
             "vancomycin IV, target trough 15-20, + rifampin 300 mg PO bid"),
         labs=("creux vanco 17,4, créat 96", "vanc trough 17.4, creat 96"), opat=True, wk=6),
    dict(k="cdi", dx=("colite à C. difficile récidivante (2e épisode)", "recurrent C. difficile infection (2nd episode)"),
         cx=("Recherche toxine C. difficile : PCR positive, toxine A/B positive",
             "C. difficile: PCR positive, toxin A/B positive"),
         rx=("fidaxomicine 200 mg PO bid x 10 j", "fidaxomicin 200 mg PO bid x 10 d"),
         labs=("GB 14,9, créat 130, albumine 28", "WBC 14.9, creat 130, albumin 28"), opat=False, wk=0),
    dict(k="syph", dx=("syphilis secondaire", "secondary syphilis"),
         cx=("TPPA réactif, RPR 1:64", "TPPA reactive, RPR 1:64"),
         rx=("pénicilline G benzathine (Bicillin L-A) 2,4 M UI IM x 1", "benzathine penicillin G (Bicillin L-A) 2.4 MU IM x1"),
         labs=("VIH nég., RPR de contrôle à 3 mois", "HIV neg., repeat RPR at 3 months"), opat=False, wk=0),
    dict(k="neurosyph", dx=("neurosyphilis (atteinte oculaire)", "neurosyphilis (ocular involvement)"),
         cx=("LCR : VDRL réactif, GB 38, protéines 0,82", "CSF: VDRL reactive, WBC 38, protein 0.82"),
         rx=("pénicilline G 24 M UI/24 h en perfusion continue x 14 j", "penicillin G 24 MU/24 h continuous infusion x 14 d"),
         labs=("RPR sérique 1:128", "serum RPR 1:128"), opat=True, wk=2),
    dict(k="hivnew", dx=("infection VIH nouvellement diagnostiquée", "newly diagnosed HIV infection"),
         cx=("Anti-VIH-1/2 + Ag p24 réactif, confirmé par LSPQ ; charge virale 184 000 copies/mL",
             "HIV-1/2 Ab/p24 Ag reactive, confirmed; viral load 184,000 copies/mL"),
         rx=("bictégravir/emtricitabine/ténofovir alafénamide (Biktarvy) 1 co die",
             "bictegravir/emtricitabine/tenofovir alafenamide (Biktarvy) 1 tab daily"),
         labs=("CD4 212 (14 %), HLA-B*5701 nég., VHB nég.", "CD4 212 (14%), HLA-B*5701 neg, HBV neg"), opat=False, wk=0),
    dict(k="hivfu", dx=("VIH sous traitement, bien contrôlé", "HIV on ART, well controlled"),
         cx=("Charge virale < 40 copies/mL (indétectable), CD4 618", "Viral load <40 copies/mL (undetectable), CD4 618"),
         rx=("dolutégravir/lamivudine (Dovato) 1 co die", "dolutegravir/lamivudine (Dovato) 1 tab daily"),
         labs=("créat 81, ALT 22, lipides stables", "creat 81, ALT 22, lipids stable"), opat=False, wk=0),
    dict(k="tb", dx=("tuberculose pulmonaire bacillifère", "smear-positive pulmonary tuberculosis"),
         cx=("Expectorations : BAAR 2+, TAAN M. tuberculosis complexe positif, rifampicine S",
             "Sputum: AFB smear 2+, NAAT M. tuberculosis complex positive, rifampin S"),
         rx=("RIPE : rifampicine, isoniazide, pyrazinamide, éthambutol (TOD)", "RIPE: rifampin, isoniazid, pyrazinamide, ethambutol (DOT)"),
         labs=("ALT 34, acide urique 512", "ALT 34, uric acid 512"), opat=False, wk=0),
    dict(k="malaria", dx=("paludisme à P. falciparum", "P. falciparum malaria"),
         cx=("Frottis : P. falciparum, parasitémie 2,3 %", "Blood smear: P. falciparum, 2.3% parasitemia"),
         rx=("artésunate IV 2,4 mg/kg puis relais atovaquone-proguanil (Malarone)",
             "IV artesunate 2.4 mg/kg then atovaquone-proguanil (Malarone)"),
         labs=("plaquettes 64, bilirubine 38, créat 110", "platelets 64, bilirubin 38, creat 110"), opat=False, wk=0),
    dict(k="hcv", dx=("hépatite C chronique génotype 3", "chronic hepatitis C genotype 3"),
         cx=("ARN VHC 2,1 x 10^6 UI/mL, FibroScan 9,8 kPa (F3)", "HCV RNA 2.1 x 10^6 IU/mL, FibroScan 9.8 kPa (F3)"),
         rx=("sofosbuvir/velpatasvir (Epclusa) x 12 sem.", "sofosbuvir/velpatasvir (Epclusa) x 12 wk"),
         labs=("ALT 96, plaquettes 141", "ALT 96, platelets 141"), opat=False, wk=0),
    dict(k="lyme", dx=("neuroborréliose de Lyme (paralysie faciale)", "Lyme neuroborreliosis (facial palsy)"),
         cx=("Sérologie Lyme : ELISA + / immunobuvardage IgG positif", "Lyme serology: ELISA + / IgG immunoblot positive"),
         rx=("ceftriaxone 2 g IV die x 14 j", "ceftriaxone 2 g IV daily x 14 d"),
         labs=("LCR GB 62 (lymphos)", "CSF WBC 62 (lymphocytes)"), opat=True, wk=2),
    dict(k="strep", dx=("endocardite à S. gallolyticus", "S. gallolyticus endocarditis"),
         cx=("Hémocs 3/3 : Streptococcus gallolyticus, péni CMI 0,06", "BC 3/3: Streptococcus gallolyticus, pen MIC 0.06"),
         rx=("ceftriaxone 2 g IV q24h", "ceftriaxone 2 g IV q24h"),
         labs=("coloscopie demandée, créat 70", "colonoscopy requested, creat 70"), opat=True, wk=4),
    dict(k="cauris", dx=("candidémie à Candida auris", "Candida auris candidemia"),
         cx=("Hémoc 1/2 : Candida auris, R fluconazole", "BC 1/2: Candida auris, fluconazole-R"),
         rx=("caspofongine 50 mg IV die", "caspofungin 50 mg IV daily"),
         labs=("examen du fond d'œil normal, ETT sans végétation", "fundoscopy normal, TTE no vegetation"), opat=False, wk=2),
    dict(k="pjp", dx=("pneumonie à Pneumocystis (PJP), VIH avancé", "Pneumocystis pneumonia (PJP), advanced HIV"),
         cx=("LBA : PCR P. jirovecii positive ; CD4 38", "BAL: P. jirovecii PCR positive; CD4 38"),
         rx=("TMP-SMX 15 mg/kg/j IV + prednisone", "TMP-SMX 15 mg/kg/d IV + prednisone"),
         labs=("LDH 412, PaO2 62", "LDH 412, PaO2 62"), opat=False, wk=0),
    dict(k="gono", dx=("gonorrhée pharyngée et rectale, chlamydia rectale", "pharyngeal and rectal gonorrhea, rectal chlamydia"),
         cx=("TAAN : N. gonorrhoeae + (gorge, rectum), C. trachomatis + (rectum)",
             "NAAT: N. gonorrhoeae + (throat, rectum), C. trachomatis + (rectum)"),
         rx=("ceftriaxone 500 mg IM x 1 + doxycycline 100 mg PO bid x 7 j",
             "ceftriaxone 500 mg IM x1 + doxycycline 100 mg PO bid x 7 d"),
         labs=("culture gono en cours pour antibiogramme", "gono culture pending for susceptibility"), opat=False, wk=0),
]
OPAT_SCEN = [s for s in SCEN if s["opat"]]
BACT = ["mrsa", "mssa", "esbl", "strep", "cauris"]
ACUTE = BACT + ["osteo", "pji", "cdi", "neurosyph", "malaria", "lyme", "pjp"]
INPATIENT = ACUTE + ["hivnew", "tb"]


def short(s, n):
    """Cut s at a word boundary so that it fits in n characters."""
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0].rstrip(",;:(")
    return cut + "…"


def sc(s, field, lang):
    v = s[field]
    return v[0] if lang == "fr" else v[1]
