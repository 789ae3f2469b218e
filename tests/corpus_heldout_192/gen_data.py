"""Shared data for the vascular surgery / diabetic foot corpus: people, places,
identifiers and the formatting helpers used by the message templates.

Everything here is invented.  RAMQ NAMs are read from ../blind_nams.txt
(relative to this file); all other identifiers are generated and checked with
python-stdnum.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG_FR = "Centre hospitalier de la Rivière-aux-Saules"
ORG_EN = "Rivière-aux-Saules Hospital Centre"
ORG_DOM = "chrs.example"
ORG_ADDR_FR = "1250, boulevard des Saules, Saint-Aubin-des-Saules (Québec)  J0X 1Z0"
ORG_ADDR_EN = "1250 boulevard des Saules, Saint-Aubin-des-Saules, QC  J0X 1Z0"
CLINIC_FR = "Clinique de plaies complexes et pied diabétique"
CLINIC_EN = "Complex Wound and Diabetic Foot Clinic"
VASC_FR = "Service de chirurgie vasculaire"
VASC_EN = "Vascular Surgery Service"
PHONE_CLINIC = "819-555-0142"
FAX_CLINIC = "819-555-0143"
PHONE_VASC = "819-555-0148"
FAX_VASC = "819-555-0149"
PHONE_MAIN = "819-555-0140"

# partner organisations (all invented)
GMF = ("GMF des Trois-Érables", "gmf-troiserables.example", "819-555-0151")
CLSC = ("CLSC de la Rivière — Soutien à domicile", "clsc-riviere.example", "819-555-0153")
PHARMA = ("Pharmacie Lemire et Dion", "pharmacie-lemiredion.example", "819-555-0155")
TRANSPORT = ("Transport adapté des Saules", "ta-saules.example", "819-555-0157")
INSURER = ("Mutuelle Boréale, assurance collective", "mutuelle-boreale.example", "1-800-555-0158")
FHT = ("Pembridge Family Health Team", "pembridgefht.example", "613-555-0131")
ONT_HOSP = ("Pembridge District Hospital", "pembridgedh.example", "613-555-0133")
VENDOR = ("Médi-Plaies Distribution inc.", "mediplaies.example", "450-555-0121")
NPWT_CO = ("Vacuthera Canada", "vacuthera.example", "1-888-555-0124")
ASSOC = ("Association des cliniciens en plaies du Québec", "acpq.example", "514-555-0126")
DPJ = ("Direction de la protection de la jeunesse — Réception des signalements",
       "dpj-saules.example", "819-555-0135")

# --------------------------------------------------------------------------
# Staff (never patients; surnames disjoint from the NAM file)
# key: (given, surname, sex, title_fr, title_en, role_fr, role_en, mailbox)
# --------------------------------------------------------------------------
STAFF = {
    "vachon": ("Hélène", "Vachon", "F", "Dre", "Dr.", "Chirurgienne vasculaire", "Vascular surgeon", "h.vachon"),
    "haddad": ("Karim", "Haddad", "M", "Dr", "Dr.", "Chirurgien vasculaire", "Vascular surgeon", "k.haddad"),
    "desrosiers": ("Olivier", "Desrosiers", "M", "Dr", "Dr.", "Chirurgien vasculaire", "Vascular surgeon", "o.desrosiers"),
    "raman": ("Priya", "Raman", "F", "Dre", "Dr.", "Chirurgienne vasculaire", "Vascular surgeon", "p.raman"),
    "okafor": ("Samuel", "Okafor", "M", "Dr", "Dr.", "Endocrinologue", "Endocrinologist", "s.okafor"),
    "bisson": ("Julie", "Bisson", "F", "Dre", "Dr.", "Microbiologiste-infectiologue", "Infectious diseases", "j.bisson"),
    "lachance": ("Étienne", "Lachance", "M", "Dr", "Dr.", "Radiologiste d'intervention", "Interventional radiologist", "e.lachance"),
    "sethi": ("Vikram", "Sethi", "M", "Dr", "Dr.", "Résident R3, chirurgie vasculaire", "PGY-3, vascular surgery", "v.sethi"),
    "levesque": ("Camille", "Lévesque", "F", "Dre", "Dr.", "Résidente R2, chirurgie vasculaire", "PGY-2, vascular surgery", "c.levesque"),
    "veilleux": ("Chantal", "Veilleux", "F", "Mme", "Ms.", "Infirmière stomothérapeute, ISPC(C)", "Nurse specialist, wound, ostomy and continence", "c.veilleux"),
    "rioux": ("Mélanie", "Rioux", "F", "Mme", "Ms.", "Infirmière clinicienne — soins de plaies", "Clinical nurse, wound care", "m.rioux"),
    "walsh": ("Kevin", "Walsh", "M", "M.", "Mr.", "Infirmier, clinique de plaies", "RN, wound clinic", "k.walsh"),
    "benali": ("Nadia", "Benali", "F", "Mme", "Ms.", "Podiatre", "Podiatrist", "n.benali"),
    "poulin": ("Marc-Antoine", "Poulin", "M", "M.", "Mr.", "Orthésiste-prothésiste", "Orthotist-prosthetist", "ma.poulin"),
    "cotefiset": ("Isabelle", "Côté-Fiset", "F", "Mme", "Ms.", "Agente administrative, chirurgie vasculaire", "Administrative agent, vascular surgery", "i.cotefiset"),
    "dufour": ("Sylvain", "Dufour", "M", "M.", "Mr.", "Chef de service, chirurgie et soins de plaies", "Service manager, surgery and wound care", "s.dufour"),
    "oconnor": ("Jennifer", "O'Connor", "F", "Mme", "Ms.", "Commis d'unité, 4e Ouest", "Unit clerk, 4 West", "j.oconnor"),
    "kowalski": ("Thomas", "Kowalski", "M", "M.", "Mr.", "Pharmacien", "Pharmacist", "t.kowalski"),
    "menard": ("Lucie", "Ménard", "F", "Mme", "Ms.", "Travailleuse sociale", "Social worker", "l.menard"),
    "goldberg": ("Rachel", "Goldberg", "F", "Mme", "Ms.", "Travailleuse sociale", "Social worker", "r.goldberg"),
    "asselin": ("Francine", "Asselin", "F", "Mme", "Ms.", "Adjointe administrative", "Administrative assistant", "f.asselin"),
    "boivin": ("Yannick", "Boivin", "M", "M.", "Mr.", "Technicien en informatique, DRI", "IT technician", "y.boivin"),
    "gosselin": ("Martine", "Gosselin", "F", "Mme", "Ms.", "Conseillère en ressources humaines", "Human resources advisor", "m.gosselin"),
    "turcotte": ("Alain", "Turcotte", "M", "M.", "Mr.", "Agent d'approvisionnement", "Procurement officer", "a.turcotte"),
    "beaulieu": ("Sophie", "Beaulieu", "F", "Mme", "Ms.", "Physiothérapeute", "Physiotherapist", "s.beaulieu"),
    "mercier": ("Hugo", "Mercier", "M", "Dr", "Dr.", "Infectiologue", "Infectious diseases physician", "h.mercier"),
    "langlois": ("Nicole", "Langlois", "F", "Mme", "Ms.", "Nutritionniste", "Dietitian", "n.langlois"),
    "parent": ("Émilie", "Parent", "F", "Mme", "Ms.", "Secrétaire médicale, clinique de plaies", "Medical secretary, wound clinic", "e.parent"),
    "chabot": ("Daniel", "Chabot", "M", "M.", "Mr.", "Directeur adjoint, services chirurgicaux", "Associate director, surgical services", "d.chabot"),
    "chandran": ("Ravi", "Chandran", "M", "Dr", "Dr.", "Médecin de famille", "Family physician", "r.chandran"),
    "giroux": ("Anne-Marie", "Giroux", "F", "Dre", "Dr.", "Médecin de famille", "Family physician", "am.giroux"),
    "henderson": ("Paul", "Henderson", "M", "Dr", "Dr.", "Médecin de famille", "Family physician", "p.henderson"),
    "lalime": ("Véronique", "Lalime", "F", "Mme", "Ms.", "Infirmière de liaison", "Liaison nurse", "v.lalime"),
    "nakamura": ("Kenji", "Nakamura", "M", "M.", "Mr.", "Technologue en électrophysiologie / labo vasculaire", "Vascular lab technologist", "k.nakamura"),
    "ferland": ("Josiane", "Ferland", "F", "Mme", "Ms.", "Archiviste médicale", "Health records technician", "j.ferland"),
    "abboud": ("Rami", "Abboud", "M", "M.", "Mr.", "Coordonnateur du bloc opératoire", "OR booking coordinator", "r.abboud"),
}

# external people who appear in negatives (speakers, vendor reps, candidates)
EXTERNAL = [
    ("Dre", "Dr.", "Maude", "Archambault"), ("Dr", "Dr.", "Nikolai", "Sorensen"),
    ("Dre", "Dr.", "Aïcha", "Diallo"), ("Dr", "Dr.", "Gregory", "Whitcombe"),
    ("Dr", "Dr.", "Luc", "Bellavance"), ("Dre", "Dr.", "Farah", "Qureshi"),
    ("Mme", "Ms.", "Corinne", "Duquette"), ("M.", "Mr.", "Bruno", "Castonguay"),
    ("Mme", "Ms.", "Tanya", "Holloway"), ("M.", "Mr.", "Félix", "Aubertin"),
]

# --------------------------------------------------------------------------
# Invented patients who are not NAM holders (surnames disjoint from NAM file
# and from staff).  (given, surname, sex, lang)
# --------------------------------------------------------------------------
PATIENTS_FR = [
    ("Raymond", "Bergeron", "M"), ("Gisèle", "Lavoie", "F"), ("Jean-Guy", "Hébert", "M"),
    ("Huguette", "Dubé", "F"), ("Réjean", "Deschênes", "M"), ("Lise", "Beauchemin", "F"),
    ("Normand", "Arsenault", "M"), ("Micheline", "Lemay", "F"), ("Gaétan", "Charbonneau", "M"),
    ("Yolande", "Gingras", "F"), ("Fernand", "Lalonde", "M"), ("Colette", "Pinard", "F"),
    ("Lucien", "Doucet", "M"), ("Rolande", "Pouliot", "F"), ("Bertrand", "Paradis", "M"),
    ("Thérèse", "Vaillancourt", "F"), ("Clément", "Bolduc", "M"), ("Jocelyne", "Béland", "F"),
    ("Armand", "Rousseau", "M"), ("Pierrette", "Gervais", "F"), ("Rosaire", "Perreault", "M"),
    ("Monique", "Jodoin", "F"), ("Serge", "Robitaille", "M"), ("Carmen", "Blais", "F"),
    ("Donat", "Labrecque", "M"), ("Francine", "Morissette", "F"), ("Ghislain", "Provencher", "M"),
    ("Aline", "Thériault", "F"), ("Roger", "Cormier", "M"), ("Denyse", "Marcoux", "F"),
]
PATIENTS_EN = [
    ("Harold", "Mackenzie", "M"), ("Margaret", "O'Neill", "F"), ("Dennis", "Kaur", "M"),
    ("Beverly", "Ferreira", "F"), ("Gordon", "Nowak", "M"), ("Eleanor", "Abernathy", "F"),
    ("Wayne", "Greenwood", "M"), ("Doreen", "Fitzgerald", "F"), ("Stanley", "Sullivan", "M"),
    ("Gloria", "Hughes", "F"), ("Tyrone", "Delgado", "M"), ("Arjun", "Mehta", "M"),
    ("Fatima", "Adeyemi", "F"), ("Ivan", "Petrov", "M"), ("Ingrid", "Lindqvist", "F"),
    ("Angus", "McAllister", "M"), ("Yvette", "Baptiste", "F"), ("Clifford", "Whitfield", "M"),
    ("Rosa", "Costa", "F"), ("Leonard", "Pike", "M"), ("Shirley", "Dunbar", "F"),
    ("Earl", "Rutherford", "M"), ("Bernadette", "Quinlan", "F"), ("Howard", "Tsang", "M"),
    ("Patricia", "Lockhart", "F"), ("Vernon", "Blackwood", "M"), ("Agnes", "Mulroney", "F"),
    ("Desmond", "Achebe", "M"), ("Lorraine", "Kiely", "F"), ("Milton", "Osei", "M"),
]
PATIENTS_BE = [("Marc", "Vanderlinden", "M"), ("Annick", "Peeters", "F"), ("Luc", "Janssens", "M"),
               ("Brigitte", "Claes", "F"), ("Dirk", "Van den Broeck", "M"), ("Chantal", "Wouters", "F")]
PATIENTS_FRANCE = [("Jean-Michel", "Lefebvre", "M"), ("Odile", "Moreau", "F"), ("Patrick", "Garnier", "M"),
                   ("Sylvaine", "Chevalier", "F"), ("Hervé", "Rolland", "M"), ("Martine", "Fauvel", "F")]

STREETS_QC = ["rue des Pruches", "chemin du Rang-Sainte-Anne", "avenue Principale", "rue Champlain",
              "rang Saint-Joseph", "rue Lafontaine", "rue des Érables", "montée du Lac", "rue Notre-Dame Ouest",
              "boulevard Laurier", "rue du Couvent", "rue Saint-Louis", "chemin de la Grève"]
TOWNS_QC = [("Saint-Aubin-des-Saules", "J0X"), ("Val-des-Bouleaux", "J0Y"), ("Lac-Croche-Ouest", "J0W"),
            ("Sainte-Rose-du-Ruisseau", "J0V"), ("Notre-Dame-de-la-Pointe", "J0T")]
STREETS_ON = ["Maple Crescent", "Riverbend Road", "Elgin Street", "Concession Road 4", "Birchwood Drive",
              "Queen Street North", "Orchard Lane"]
TOWNS_ON = [("Pembridge", "K0X"), ("Alder Falls", "K0W"), ("Carrow Mills", "K0V")]

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN_MON3 = [m[:3].upper() for m in EN_MONTHS]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fold(s):
    """Lower-case, accent-free version of s (for checks)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": giv,
                         "dob": datetime.date.fromisoformat(dob), "sex": sex, "nam": nam})
    return rows


# --------------------------------------------------------------------------
# Identifiers (valid by checksum)
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != "0" and luhn.is_valid(num)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        n = int(("2" + base) if dob.year >= 2000 else base)
        check = 97 - (n % 97)
        num = base + "%02d" % check
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "33", "44", "59", "31", "13", "67", "35", "29"])
    while True:
        commune = "%03d" % rng.randrange(1, 400)
        order = "%03d" % rng.randrange(1, 999)
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
        key = 97 - (int(base) % 97)
        num = base + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return "%07d" % rng.randrange(100000, 3999999)


FW = {str(d): chr(0xFF10 + d) for d in range(10)}


def fullwidth_digits(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": "%s %s %s" % (a, b, c),
        "space2": "%s %s" % (a, nam[4:]),
        "hyphen": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "slash": "%s/%s/%s" % (a, b, c),
        "lower": ("%s %s %s" % (a, b, c)).lower(),
        "fullwidth": a + " " + fullwidth_digits(b + " " + c),
        "wide": " ".join(nam),
    }[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"plain": n, "space": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
            "fullwidth": fullwidth_digits("%s %s %s" % (a, b, c))}[style]


def fmt_ohip(n, style, vc=""):
    a, b, c = n[:4], n[4:7], n[7:]
    s = {"plain": n, "space": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
         "dot": "%s.%s.%s" % (a, b, c), "fullwidth": fullwidth_digits("%s %s %s" % (a, b, c))}[style]
    if vc:
        s += ("-" if style == "hyphen" else " ") + vc
    return s


def fmt_niss(n, style):
    return {"plain": n, "std": "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            "space": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            "hyphen": "%s-%s-%s" % (n[:6], n[6:9], n[9:])}[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {"plain": n, "space": " ".join(parts), "key": n[:13] + " " + n[13:],
            "dot": ".".join(parts)}[style]


def fmt_mrn(m, style):
    return {"plain": m, "h": "H" + m, "dash": "%s-%s-%s" % (m[:2], m[2:4], m[4:]),
            "space": "%s %s" % (m[:3], m[3:]), "slash": "%s/%s" % (m[:3], m[3:]),
            "fullwidth": fullwidth_digits(m)}[style]


def norm_for_search(s):
    """NFKC, upper-case, separators removed: used to find identifiers."""
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if not (c.isspace() or c in ".-/_"))


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
def fmt_date(d, style):
    return {
        "iso": d.isoformat(),
        "dmy": d.strftime("%d/%m/%Y"),
        "ymd_slash": d.strftime("%Y/%m/%d"),
        "fr_long": "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year),
        "en_long": "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year),
        "en_mon3": "%02d-%s-%d" % (d.day, EN_MON3[d.month - 1], d.year),
        "mdy": d.strftime("%m/%d/%Y"),
    }[style]


def fr_day(d):
    return "%s %d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1])


def en_day(d):
    return "%s, %s %d" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# People helpers
# --------------------------------------------------------------------------
class Person:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.mrn = None
        self.address = None
        self.phone = None

    def name(self, form, lang="fr"):
        g, s = self.given, self.surname
        t_fr = "Mme" if self.sex == "F" else "M."
        t_en = "Mrs." if self.sex == "F" else "Mr."
        return {
            "full": "%s %s" % (g, s),
            "last_first": "%s, %s" % (s.upper(), g),
            "last_first_mixed": "%s, %s" % (s, g),
            "lower": ("%s %s" % (g, s)).lower(),
            "lower_last": s.lower(),
            "initial": "%s. %s" % (g[0], s),
            "initial_caps": "%s. %s" % (g[0], s.upper()),
            "title": "%s %s" % (t_fr if lang == "fr" else t_en, s),
            "title_full": "%s %s %s" % (t_fr if lang == "fr" else t_en, g, s),
            "caps": "%s %s" % (g.upper(), s.upper()),
            "given": g,
            "surname": s,
        }[form]

    def sex_word(self, lang):
        if lang == "fr":
            return "F" if self.sex == "F" else "M"
        return "F" if self.sex == "F" else "M"


def staff(key):
    return STAFF[key]


def staff_name(key, lang="fr", title=True):
    g, s, sex, tfr, ten, rfr, ren, mb = STAFF[key]
    if not title:
        return "%s %s" % (g, s)
    return "%s %s %s" % (tfr if lang == "fr" else ten, g, s)


def staff_addr(key):
    g, s, sex, tfr, ten, rfr, ren, mb = STAFF[key]
    return "%s@%s" % (mb, ORG_DOM)


def staff_role(key, lang):
    return STAFF[key][5] if lang == "fr" else STAFF[key][6]


def signature(key, lang, unit=None, short=False, phone=None, ext=None):
    g, s, sex, tfr, ten, rfr, ren, mb = STAFF[key]
    name = "%s %s" % (g, s)
    if tfr in ("Dr", "Dre"):
        name = ("%s %s" % (tfr, name)) if lang == "fr" else ("Dr. %s" % name)
    if short:
        return "-- \n%s\n%s" % (name, rfr if lang == "fr" else ren)
    if unit is None:
        unit = (CLINIC_FR if lang == "fr" else CLINIC_EN)
    org = ORG_FR if lang == "fr" else ORG_EN
    addr = ORG_ADDR_FR if lang == "fr" else ORG_ADDR_EN
    phone = phone or PHONE_CLINIC
    tel = ("Tél. : %s" if lang == "fr" else "Tel: %s") % phone
    if ext:
        tel += (" poste %s" if lang == "fr" else " ext. %s") % ext
    fax = ("Téléc. : %s" if lang == "fr" else "Fax: %s") % (FAX_VASC if phone == PHONE_VASC else FAX_CLINIC)
    return "\n".join(["-- ", name, rfr if lang == "fr" else ren, unit, org, addr, tel + " | " + fax])


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you "
           "received it in error, please notify the sender and delete it.")
