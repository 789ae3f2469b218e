"""Shared data and helpers for the orthopaedics corpus generator (seed-driven, deterministic)."""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Hôpital Saint-Aubin — CIUSSS de la Vallée-Verte"
ORG_EN = "Saint-Aubin Hospital — Vallée-Verte Health Network"
DOM = "vallee-verte.example"
ADDR_CLINIC = "1450, boulevard des Érables, Saint-Aubin (Québec) J0X 1A0"
ADDR_CLINIC_EN = "1450 des Érables Blvd, Saint-Aubin, QC J0X 1A0"

TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


def clinic_phone(rng):
    return "450-555-01%02d" % rng.randint(10, 49)


# --- staff (never patients, never NAM holders) -------------------------------------------
# (given, surname, role_fr, role_en, title, mailbox)
STAFF = {
    "vezina": ("Anne-Marie", "Vézina", "chirurgienne orthopédiste", "orthopaedic surgeon", "Dre", "am.vezina"),
    "iyer": ("Rajesh", "Iyer", "chirurgien orthopédiste", "orthopaedic surgeon", "Dr", "rajesh.iyer"),
    "lafrance": ("Étienne", "Lafrance", "chirurgien orthopédiste", "orthopaedic surgeon", "Dr", "etienne.lafrance"),
    "boisvert": ("Catherine", "Boisvert", "chirurgienne orthopédiste", "orthopaedic surgeon", "Dre", "c.boisvert"),
    "murphy": ("Kevin", "Murphy", "chirurgien orthopédiste", "orthopaedic surgeon", "Dr", "kevin.murphy"),
    "rao": ("Sunita", "Rao", "chirurgienne orthopédiste (pédiatrie)", "paediatric orthopaedic surgeon", "Dre", "sunita.rao"),
    "houle": ("Alexandre", "Houle", "résident R3 orthopédie", "orthopaedic resident (PGY-3)", "Dr", "alexandre.houle"),
    "ouimet": ("Camille", "Ouimet", "résidente R2 orthopédie", "orthopaedic resident (PGY-2)", "Dre", "camille.ouimet"),
    "gravel": ("Isabelle", "Gravel", "infirmière clinicienne, clinique de fractures", "clinical nurse, fracture clinic", "", "isabelle.gravel"),
    "berube": ("Nancy", "Bérubé", "assistante infirmière-chef, 6e Ortho", "assistant head nurse, 6 Ortho", "", "nancy.berube"),
    "labelle": ("Patrick", "Labelle", "technicien en orthèses et plâtres", "cast technician", "", "patrick.labelle"),
    "cyr": ("Sonia", "Cyr", "technicienne en plâtre", "cast technician", "", "sonia.cyr"),
    "goulet": ("Rémi", "Goulet", "technicien en plâtre", "cast technician", "", "remi.goulet"),
    "castonguay": ("Julie", "Castonguay", "physiothérapeute", "physiotherapist", "", "julie.castonguay"),
    "clarke": ("Ethan", "Clarke", "physiothérapeute", "physiotherapist", "", "ethan.clarke"),
    "demers": ("Valérie", "Demers", "ergothérapeute", "occupational therapist", "", "valerie.demers"),
    "benali": ("Amira", "Benali", "ergothérapeute", "occupational therapist", "", "amira.benali"),
    "pare": ("Linda", "Paré", "agente administrative, clinique de fractures", "unit clerk, fracture clinic", "", "linda.pare"),
    "lalonde": ("Karine", "Lalonde", "agente administrative, bloc opératoire", "OR booking clerk", "", "karine.lalonde"),
    "ferland": ("Josiane", "Ferland", "agente administrative, 6e Ortho", "ward clerk, 6 Ortho", "", "josiane.ferland"),
    "trudel": ("Marc-André", "Trudel", "chef de service d'orthopédie", "chief of orthopaedics", "Dr", "ma.trudel"),
    "whitfield": ("Suzanne", "Whitfield", "gestionnaire, programme de chirurgie", "manager, surgical programme", "", "suzanne.whitfield"),
    "dufresne": ("Chantale", "Dufresne", "conseillère en ressources humaines", "HR advisor", "", "chantale.dufresne"),
    "brault": ("Hugo", "Brault", "pharmacien", "pharmacist", "", "hugo.brault"),
    "auclair": ("Guylaine", "Auclair", "coordonnatrice du bloc opératoire", "OR coordinator", "", "guylaine.auclair"),
    "lemay": ("Sébastien", "Lemay", "technicien informatique", "IT technician", "", "sebastien.lemay"),
    "okoye": ("Grace", "Okoye", "travailleuse sociale", "social worker", "", "grace.okoye"),
    "fontaine": ("Daniel", "Fontaine", "chef des installations matérielles", "facilities supervisor", "", "daniel.fontaine"),
    "hamel": ("Martine", "Hamel", "agente d'approvisionnement", "procurement officer", "", "martine.hamel"),
}


def staff_name(key, with_title=True):
    g, s, _rf, _re, t, _m = STAFF[key]
    return ("%s %s %s" % (t, g, s)).strip() if with_title and t else "%s %s" % (g, s)


def staff_addr(key):
    g, s, _rf, _re, t, m = STAFF[key]
    return ("%s %s" % (g, s), "%s@%s" % (m, DOM))


def signature(key, lang, rng, short=False):
    g, s, rf, re_, t, _m = STAFF[key]
    name = ("%s %s %s" % (t, g, s)).strip() if t else "%s %s" % (g, s)
    if short:
        return "-- \n%s" % name
    ph = clinic_phone(rng)
    if lang == "fr":
        return "-- \n%s\n%s\nService d'orthopédie, %s\n%s\nTél. : %s, poste %d" % (
            name, rf, "Hôpital Saint-Aubin", ADDR_CLINIC, ph, rng.randint(2100, 2899))
    return "-- \n%s\n%s\nDepartment of Orthopaedics, Saint-Aubin Hospital\n%s\nTel. %s ext. %d" % (
        name, re_, ADDR_CLINIC_EN, ph, rng.randint(2100, 2899))


# --- patients (invented, disjoint from staff and NAM holders) -------------------------------
PAT_SURNAMES = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Gendron", "Poulin", "Lemieux", "Dionne",
                "Vachon", "Hébert", "Rioux", "Boivin", "Lachance", "Ménard", "Charbonneau", "Desjardins",
                "Lambert", "Gosselin", "Bédard", "Proulx", "Daigle", "Arsenault", "Lévesque", "Turcotte",
                "Laflamme", "Nguyen", "Patel", "O'Connor", "Kowalski", "Singh", "Ferreira", "Haddad",
                "Petrov", "Gallant", "Beauchemin", "Grenier", "Veilleux", "Allard", "Carrier", "Mercier",
                "Picard", "Perron", "Vaillancourt", "Drouin", "Jolicoeur", "Chartrand", "Belisle"]
PAT_GIVEN_F = ["Ginette", "Lucie", "Chantal", "Kayla", "Mélissa", "Francine", "Priya", "Aïcha", "Brianna",
               "Lina", "Mireille", "Jade", "Léa", "Rosalie", "Patricia", "Carole", "Yasmina", "Huguette",
               "Maude", "Colette"]
PAT_GIVEN_M = ["Réjean", "Normand", "Yvon", "Maxime", "Olivier", "Jocelyn", "Raymond", "Tomasz", "Kevin",
               "Gurpreet", "Steve", "Dominic", "Noah", "Thomas", "Hugo", "Benoît", "Gaétan", "Denis", "Omar",
               "Nicolas", "Ghislain", "Bruno"]
ON_SURNAMES = ["Fitzgerald", "MacLeod", "Campbell", "Henderson", "Sullivan", "Kaminski", "Gill"]
BE_SURNAMES = ["Peeters", "Janssens", "Maes", "Dubois", "Lambrechts", "Claes", "Wouters"]
BE_GIVEN = {"F": ["Elke", "Sofie", "Anaïs", "Marie-Laure"], "M": ["Pieter", "Thibaut", "Jens", "Arnaud"]}
FR_SURNAMES = ["Lefèvre", "Garnier", "Rousseau", "Bonnet", "Chevalier", "Faure", "Moreau"]
FR_GIVEN = {"F": ["Camille", "Manon", "Océane", "Élodie"], "M": ["Baptiste", "Julien", "Quentin", "Romain"]}

STREETS = ["rue des Pins", "rue Principale", "chemin du Lac-Vert", "avenue des Ormes", "rue Saint-Jacques",
           "rang Sainte-Anne", "rue de la Fabrique", "boulevard Labelle", "rue des Cèdres", "montée Gagné",
           "rue Dufferin", "avenue du Parc"]
TOWNS = [("Saint-Aubin", "J0X"), ("Val-des-Monts", "J8N"), ("Lac-Brûlé", "J0T"), ("Sainte-Rose-du-Nord", "J0V"),
         ("Mont-Héron", "J8E"), ("Saint-Placide-Est", "J0V")]


class Patient:
    def __init__(self, surname, given, dob, sex, nam=None, origin="qc"):
        self.surname, self.given, self.dob, self.sex, self.nam, self.origin = surname, given, dob, sex, nam, origin
        self.mrn = None
        self.phone = None
        self.address = None
        self.extra = {}

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def age(self, at=datetime.date(2024, 11, 1)):
        return at.year - self.dob.year - ((at.month, at.day) < (self.dob.month, self.dob.day))


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Patient(sur, giv, datetime.date.fromisoformat(dob), sex, nam=nam, origin="qc"))
    return out


def fold(s):
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


FULLWIDTH = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fullwidth_digits(s):
    return s.translate(FULLWIDTH)


# --- identifiers -------------------------------------------------------------------------------
def make_sin(rng):
    while True:
        base = str(rng.randint(1, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        v = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(v):
            return v


def make_ohip(rng):
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    v = base + luhn.calc_check_digit(base)
    assert luhn.is_valid(v)
    return v


def ohip_valid(v):
    d = "".join(c for c in unicodedata.normalize("NFKC", v) if c.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    while True:
        cnt = rng.randrange(1, 997)
        if (cnt % 2 == 1) != (sex == "M"):
            cnt += 1
        core = dob.strftime("%y%m%d") + "%03d" % cnt
        base = int(("2" + core) if dob.year >= 2000 else core)
        v = core + "%02d" % (97 - base % 97)
        if be_nn.is_valid(v):
            return v


NIR_DEPTS = ["75", "69", "13", "33", "44", "59", "67", "31", "35", "06"]


def make_nir(rng, dob, sex):
    while True:
        core = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + rng.choice(NIR_DEPTS) + \
            "%03d" % rng.randint(1, 400) + "%03d" % rng.randint(1, 999)
        v = core + "%02d" % (97 - int(core) % 97)
        if fr_nir.is_valid(v):
            return v


def make_mrn(rng):
    return "%07d" % rng.randint(1000000, 3999999)


def fmt_digits(rng, digits, groups, style=None):
    """Render a digit string with groups and a separator style (plain/space/dot/dash/slash/fullwidth)."""
    style = style or rng.choice(["plain", "space", "space", "dash", "dot", "slash", "wide"])
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i:i + g])
        i += g
    if style == "plain":
        return digits
    if style == "wide":
        return fullwidth_digits(" ".join(parts))
    sep = {"space": " ", "dash": "-", "dot": ".", "slash": "/", "double": "  "}[style]
    return sep.join(parts)


def fmt_nam(rng, nam, style=None):
    style = style or rng.choice(["plain", "plain", "space", "space", "dash", "dot", "wide", "lower"])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {"plain": nam, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "wide": a + fullwidth_digits(b + c),
            "lower": nam.lower(), "slash": "%s/%s/%s" % (a, b, c)}[style]


def fmt_sin(rng, v, style=None):
    return fmt_digits(rng, v, (3, 3, 3), style)


def fmt_ohip(rng, v, vc=None, style=None):
    s = fmt_digits(rng, v, (4, 3, 3), style or rng.choice(["space", "dash", "plain", "dash"]))
    return s + ((" " if " " in s else "-") + vc if vc else "")


def fmt_niss(rng, v, style=None):
    style = style or rng.choice(["be", "be", "plain", "space"])
    if style == "be":
        return "%s.%s.%s-%s.%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:11])
    return fmt_digits(rng, v, (2, 2, 2, 3, 2), style)


def fmt_nir(rng, v, style=None):
    style = style or rng.choice(["space", "space", "plain", "dot"])
    return fmt_digits(rng, v, (1, 2, 2, 2, 3, 3, 2), style)


def fmt_mrn(rng, v, style=None):
    style = style or rng.choice(["plain", "plain", "space", "dash", "H", "slash"])
    if style == "H":
        return "H" + v
    if style == "space":
        return "%s %s" % (v[:3], v[3:])
    if style == "dash":
        return "%s-%s" % (v[:2], v[2:])
    if style == "slash":
        return "%s/%s" % (v[:3], v[3:])
    return v


# --- dates ---------------------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dob_formats(d):
    """Every way a birth date may be written in this corpus (used by the checker)."""
    day_fr = "1er" if d.day == 1 else str(d.day)
    return [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"),
            d.strftime("%Y.%m.%d"), "%s %s %d" % (day_fr, MOIS[d.month - 1], d.year),
            "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)]


def fmt_dob(rng, d, lang):
    f = dob_formats(d)
    if lang == "fr":
        return rng.choice([f[0], f[1], f[1], f[2], f[5], f[3]])
    return rng.choice([f[0], f[0], f[6], f[7], f[4], f[2]])


def fmt_date(d, lang, weekday=False):
    if lang == "fr":
        s = "%s %s" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1])
        return ("%s %s" % (JOURS[d.weekday()], s)) if weekday else s
    s = "%s %d" % (MONTHS[d.month - 1], d.day)
    return ("%s, %s" % (DAYS[d.weekday()], s)) if weekday else s


def sex_label(rng, sex, lang):
    if lang == "fr":
        return rng.choice(["Sexe : %s" % sex, "sexe %s" % sex,
                           "Sexe : %s" % ("féminin" if sex == "F" else "masculin")])
    return rng.choice(["Sex: %s" % sex, "sex %s" % sex, "Sex: %s" % ("female" if sex == "F" else "male")])


def title_for(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms." if p.sex == "F" else "Mr."


FULL_STYLES = ["full", "upper_comma", "comma", "title_full", "lower", "upper_first"]


def name_full(rng, p, lang):
    return name_variant(rng, p, lang, rng.choice(FULL_STYLES))


def name_variant(rng, p, lang, style=None):
    style = style or rng.choice(["full", "full", "upper_comma", "comma", "title_full", "title_sur",
                                 "lower", "initial", "upper_first"])
    return {
        "full": p.full,
        "upper_comma": "%s, %s" % (p.surname.upper(), p.given),
        "comma": "%s, %s" % (p.surname, p.given),
        "title_full": "%s %s" % (title_for(p, lang), p.full),
        "title_sur": "%s %s" % (title_for(p, lang), p.surname),
        "lower": p.full.lower(),
        "initial": "%s. %s" % (p.given[0], p.surname),
        "upper_first": "%s %s" % (p.surname.upper(), p.given),
    }[style]


# --- clinical scenarios -----------------------------------------------------------------------------
# key: (dx_fr, dx_en, procedure_fr, procedure_en, immobilisation_fr, immobilisation_en, region)
SCEN = {
    "radius": ("fracture du radius distal droit, déplacée", "displaced right distal radius fracture",
               "réduction fermée sous bloc hématome", "closed reduction under haematoma block",
               "plâtre antébrachial", "short arm cast", "poignet"),
    "cheville": ("fracture bimalléolaire de la cheville gauche", "left bimalleolar ankle fracture",
                 "RAFI (réduction ouverte et fixation interne)", "ORIF", "botte plâtrée sans appui",
                 "non-weight-bearing below-knee cast", "cheville"),
    "col": ("fracture sous-capitale du col fémoral droit (Garden IV)", "right subcapital femoral neck fracture (Garden IV)",
            "hémiarthroplastie cimentée", "cemented hemiarthroplasty", "mise en charge selon tolérance",
            "weight-bearing as tolerated", "hanche"),
    "intertroch": ("fracture intertrochantérienne gauche", "left intertrochanteric hip fracture",
                   "enclouage céphalomédullaire (PFNA)", "cephalomedullary nailing (PFNA)",
                   "mise en charge selon tolérance", "weight-bearing as tolerated", "hanche"),
    "scaphoide": ("fracture du pôle proximal du scaphoïde gauche", "left proximal pole scaphoid fracture",
                  "vissage percutané", "percutaneous screw fixation", "plâtre avec spica du pouce",
                  "thumb spica cast", "poignet"),
    "tibia": ("fracture diaphysaire du tibia droit", "right tibial shaft fracture", "enclouage centromédullaire",
              "intramedullary nailing", "attelle postérieure", "posterior splint", "jambe"),
    "humerus": ("fracture de l'humérus proximal droit, 3 fragments", "three-part right proximal humerus fracture",
                "traitement conservateur", "non-operative management", "écharpe", "sling", "épaule"),
    "supracond": ("fracture supracondylienne de l'humérus (Gartland III)", "supracondylar humerus fracture (Gartland III)",
                  "réduction fermée et embrochage percutané", "closed reduction and percutaneous pinning",
                  "plâtre brachio-antébrachial", "long arm cast", "coude"),
    "achille": ("rupture du tendon d'Achille droit", "right Achilles tendon rupture", "traitement fonctionnel",
                "functional (non-operative) treatment", "botte de marche avec talonnettes",
                "walking boot with heel wedges", "cheville"),
    "coiffe": ("déchirure transfixiante du sus-épineux", "full-thickness supraspinatus tear",
               "réparation arthroscopique de la coiffe", "arthroscopic rotator cuff repair", "orthèse d'abduction",
               "abduction brace", "épaule"),
    "genou": ("gonarthrose tricompartimentale sévère", "severe tricompartmental knee osteoarthritis",
              "prothèse totale du genou (PTG)", "total knee arthroplasty (TKA)", "marchette", "walker", "genou"),
    "hanche": ("coxarthrose droite avancée", "advanced right hip osteoarthritis", "prothèse totale de hanche (PTH)",
               "total hip arthroplasty (THA)", "béquilles", "crutches", "hanche"),
    "jones": ("fracture de Jones (base du 5e métatarsien)", "Jones fracture (base of 5th metatarsal)",
              "vissage intramédullaire", "intramedullary screw fixation", "botte sans appui",
              "non-weight-bearing boot", "pied"),
    "clavicule": ("fracture du tiers moyen de la clavicule gauche", "left midshaft clavicle fracture",
                  "traitement conservateur", "non-operative management", "écharpe", "sling", "épaule"),
    "lombaire": ("entorse lombaire avec radiculalgie L5 droite", "lumbar sprain with right L5 radicular pain",
                 "traitement conservateur et physiothérapie", "conservative care and physiotherapy", "aucune",
                 "none", "dos"),
    "canal": ("syndrome du canal carpien bilatéral, prédominance droite", "bilateral carpal tunnel syndrome, right worse",
              "libération du canal carpien droit", "right carpal tunnel release", "attelle de repos",
              "resting splint", "main"),
    "plateau": ("fracture du plateau tibial latéral (Schatzker II)", "lateral tibial plateau fracture (Schatzker II)",
                "RAFI avec greffe osseuse", "ORIF with bone graft", "orthèse articulée verrouillée",
                "locked hinged knee brace", "genou"),
    "epaule": ("luxation antérieure récidivante de l'épaule gauche", "recurrent anterior left shoulder dislocation",
               "stabilisation de Latarjet", "Latarjet stabilisation", "écharpe", "sling", "épaule"),
    "infection": ("infection profonde du site opératoire après PTG droite", "deep surgical site infection after right TKA",
                  "lavage-débridement et changement de polyéthylène (DAIR)", "DAIR (debridement, antibiotics, implant retention)",
                  "aucune", "none", "genou"),
    "vertebre": ("fracture-tassement ostéoporotique de L1", "osteoporotic L1 compression fracture",
                 "corset et analgésie", "brace and analgesia", "corset thoraco-lombaire", "TLSO brace", "dos"),
}

REGION_EN = {"poignet": "wrist", "cheville": "ankle", "hanche": "hip", "jambe": "leg", "épaule": "shoulder", "coude": "elbow",
             "genou": "knee", "pied": "foot", "dos": "back", "main": "hand"}

# medication classes: each class holds (fr, en) variants; one message never lists two drugs of one class
MEDS = {
    "acet": [("acétaminophène 1 g PO QID", "acetaminophen 1 g PO QID"), ("Tylenol 500 mg, 2 co QID", "Tylenol 500 mg 2 tabs QID")],
    "opioid": [("hydromorphone 1 mg PO q4h PRN", "hydromorphone 1 mg PO q4h PRN"), ("Dilaudid 2 mg PO q4h PRN", "Dilaudid 2 mg PO q4h PRN"),
               ("oxycodone 5 mg PO q6h PRN", "oxycodone 5 mg PO q6h PRN"), ("Tylenol #3, 1-2 co q6h PRN", "Tylenol #3 1-2 tabs q6h PRN")],
    "nsaid": [("naproxène 500 mg PO BID avec repas", "naproxen 500 mg PO BID with food"), ("celecoxib (Celebrex) 200 mg die", "celecoxib (Celebrex) 200 mg daily"),
              ("ibuprofène 400 mg PO TID x 7 j", "ibuprofen 400 mg PO TID x 7 d")],
    "neuro": [("gabapentine 300 mg HS", "gabapentin 300 mg HS"), ("prégabaline (Lyrica) 75 mg BID", "pregabalin (Lyrica) 75 mg BID")],
    "anticoag": [("énoxaparine 40 mg SC die x 28 jours", "enoxaparin 40 mg SC daily x 28 days"), ("Lovenox 40 mg s.c. DIE", "Lovenox 40 mg subcut daily"),
                 ("rivaroxaban (Xarelto) 10 mg PO die x 14 j", "rivaroxaban (Xarelto) 10 mg PO daily x 14 d"),
                 ("daltéparine (Fragmin) 5000 U SC die", "dalteparin (Fragmin) 5000 U SC daily"), ("apixaban 2,5 mg BID x 35 jours", "apixaban 2.5 mg BID x 35 days")],
    "abx": [("céfazoline 2 g IV q8h", "cefazolin 2 g IV q8h"), ("céphalexine 500 mg PO QID x 10 j", "cephalexin 500 mg PO QID x 10 d"),
            ("vancomycine IV selon pharmacocinétique", "vancomycin IV per pharmacy dosing")],
    "bone": [("alendronate 70 mg PO 1x/sem", "alendronate 70 mg PO weekly"), ("risédronate (Actonel) 35 mg 1x/sem", "risedronate (Actonel) 35 mg weekly"),
             ("dénosumab (Prolia) 60 mg SC q6 mois", "denosumab (Prolia) 60 mg SC q6 months")],
    "vitd": [("vitamine D 1000 UI die", "vitamin D 1000 IU daily"), ("calcium 500 mg + vitamine D 400 UI BID", "calcium 500 mg + vitamin D 400 IU BID")],
    "ppi": [("pantoprazole 40 mg die", "pantoprazole 40 mg daily")],
}
CAST_SCEN = {"radius", "scaphoide", "cheville", "jones", "supracond", "achille"}
COMPARTMENT_SCEN = {"tibia", "plateau", "radius", "supracond"}
NONOP_SCEN = {"humerus", "clavicule", "lombaire", "vertebre", "achille"}
ELECTIVE_SCEN = {"genou", "hanche", "coiffe", "epaule", "canal"}


def labs_line(rng, lang):
    hb = rng.randint(86, 139)
    inr = rng.choice(["1,0", "1,1", "1,2", "1,4", "2,7"])
    cr = rng.randint(58, 161)
    crp = rng.randint(4, 180)
    k = rng.choice(["3,6", "4,1", "4,8", "5,3"])
    if lang == "en":
        inr, k = inr.replace(",", "."), k.replace(",", ".")
        return rng.choice(["Hb %d g/L, INR %s, creat %d umol/L" % (hb, inr, cr),
                           "Hgb %d, INR %s, Cr %d, K %s" % (hb, inr, cr, k),
                           "CRP %d mg/L, WBC %.1f, Hb %d" % (crp, rng.uniform(5, 16), hb)])
    return rng.choice(["Hb %d g/L, INR %s, créat %d µmol/L" % (hb, inr, cr),
                       "Hb %d ; INR %s ; créatinine %d ; K+ %s" % (hb, inr, cr, k),
                       "CRP %d mg/L, GB %s, Hb %d" % (crp, ("%.1f" % rng.uniform(5, 16)).replace(".", ","), hb)])


SOCIAL_FR = ["vit seule au 3e étage sans ascenseur, aucun proche disponible",
             "actuellement hébergé au refuge Le Tremplin, sans domicile fixe depuis l'été",
             "prestataire de l'aide sociale, n'a pas les moyens de payer l'orthèse",
             "signalement à la DPJ fait par l'urgence (mécanisme de la blessure incohérent)",
             "contexte de violence conjugale rapporté à la travailleuse sociale, ne pas laisser de message au domicile",
             "proche aidante de son conjoint atteint d'Alzheimer, répit à organiser",
             "a perdu son emploi, en attente de prestations d'assurance-emploi"]
SOCIAL_EN = ["lives alone on a third floor walk-up, no family nearby",
             "currently staying at a shelter, no fixed address since the summer",
             "on social assistance, cannot afford the brace",
             "youth protection (DPJ) report filed by the ED, mechanism inconsistent with injury",
             "disclosed intimate partner violence to social work, do not leave messages at home",
             "primary caregiver for spouse with dementia, respite needed",
             "recently lost job, waiting on EI benefits"]
