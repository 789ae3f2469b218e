"""Shared helpers: seed, NAM holders, invented people, identifiers and their formats."""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25188
HERE = os.path.dirname(os.path.abspath(__file__))
FLAVOUR = ("physical rehabilitation centre: spinal cord injury, amputee and stroke "
           "rehabilitation programmes")

ORG_FR = "Centre de réadaptation physique des Berges-du-Saint-Laurent"
ORG_EN = "Berges-du-Saint-Laurent Physical Rehabilitation Centre"
ORG_SHORT = "CRP Berges"
DOM = "crp-berges.example"
ORG_ADDR_FR = "4120, rue des Tilleuls, Laval (Québec)  H7X 0A0"
ORG_ADDR_EN = "4120 rue des Tilleuls, Laval QC  H7X 0A0"
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))


def nam_file():
    return os.path.join(HERE, "..", "blind_nams.txt")


class Holder:
    """A RAMQ NAM holder, exactly as listed."""

    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)


def load_holders(path=None):
    out = []
    with open(path or nam_file(), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            s, g, d, x, n = line.split()
            out.append(Holder(s, g, d, x, n))
    return out


# ---------------------------------------------------------------- people pools
# Patient surnames (non NAM holders) and staff surnames are disjoint from each
# other and from every surname in blind_nams.txt.
PAT_FR_GIVEN_M = ["Réjean", "Yvon", "Mathieu", "Stéphane", "Benoît", "Alexandre", "Normand",
                  "Raymond", "Maxime", "Gaétan", "Sébastien", "Jean-Guy", "Luc", "Hugo",
                  "Serge", "Olivier", "Denis", "Rosaire"]
PAT_FR_GIVEN_F = ["Ghislaine", "Francine", "Karine", "Lucie", "Jocelyne", "Huguette", "Annie",
                  "Carole", "Line", "Mélanie", "Suzanne", "Thérèse", "Valérie", "Pierrette",
                  "Noémie", "Rachel", "Monique", "Claudette"]
PAT_FR_SUR = ["Villeneuve", "Poulin", "Gosselin", "Lévesque", "Drouin", "Fontaine", "Bernier",
              "Robichaud", "Hamel", "Dufour", "Lambert", "Cyr", "Leclerc", "Tanguay", "Demers",
              "Chartrand", "Allard", "Thériault", "Ménard", "Paradis", "Fréchette", "Labrecque",
              "Marcoux", "Nolin", "Bélisle", "Gendron", "Quirion", "Veilleux", "Lacasse",
              "Dumont", "Brassard", "Provencher"]
PAT_EN_GIVEN_M = ["Gordon", "Trevor", "Kyle", "Derek", "Wayne", "Ravi", "Kwame", "Ian", "Neil",
                  "Brent", "Curtis", "Arjun", "Malcolm", "Stuart"]
PAT_EN_GIVEN_F = ["Heather", "Brenda", "Shannon", "Colleen", "Patricia", "Amrit", "Olena",
                  "Moira", "Tanya", "Judith", "Fiona", "Leanne", "Noreen", "Priscilla"]
PAT_EN_SUR = ["Harrison", "Fletcher", "Kaur", "Singh", "Mensah", "Novak", "Reid", "Campbell",
              "O'Connor", "Walsh", "Duncan", "McLeod", "Stewart", "Hughes", "Baxter",
              "Kovalenko", "Pritchard", "Whitfield", "Sutherland", "Ashworth", "Delaney",
              "Gallagher", "Mahoney", "Ferguson"]
PAT_BE = [("Vandenberghe", "Luc", "M"), ("Peeters", "An", "F"), ("Janssens", "Koen", "M"),
          ("Claes", "Sofie", "F"), ("Wouters", "Dirk", "M"), ("Lambotte", "Isabelle", "F")]
PAT_FRA = [("Garnier", "Thierry", "M"), ("Rousseau", "Céline", "F"), ("Mallet", "Franck", "M"),
           ("Perrin", "Sandrine", "F"), ("Barbier", "Jérôme", "M"), ("Collin", "Aurélie", "F")]

# staff: (given, surname, title_fr, title_en, role_fr, role_en, sex)
STAFF = [
    ("Hélène", "Charest", "Dre", "Dr.", "physiatre", "physiatrist", "F"),
    ("Karim", "Benali", "Dr", "Dr.", "physiatre", "physiatrist", "M"),
    ("Priya", "Patel", "Dre", "Dr.", "physiatre", "physiatrist", "F"),
    ("Owen", "Harper", "Dr", "Dr.", "médecin de famille", "family physician", "M"),
    ("Julie", "Bergeron", "", "", "ergothérapeute", "occupational therapist", "F"),
    ("Marc-André", "Lavoie", "", "", "physiothérapeute", "physiotherapist", "M"),
    ("Nadia", "Côté", "", "", "travailleuse sociale", "social worker", "F"),
    ("Simon", "Gingras", "", "", "orthésiste-prothésiste", "prosthetist-orthotist", "M"),
    ("Isabelle", "Desjardins", "", "", "infirmière coordonnatrice", "nurse coordinator", "F"),
    ("Paul", "Hébert", "Dr", "Dr.", "neuropsychologue", "neuropsychologist", "M"),
    ("Chantal", "Vachon", "", "", "infirmière-chef, unité BM", "nurse manager, SCI unit", "F"),
    ("Kevin", "Arsenault", "", "", "agent administratif", "admin clerk", "M"),
    ("Anne", "Lemieux", "", "", "pharmacienne", "pharmacist", "F"),
    ("Émilie", "Doucet", "", "", "orthophoniste", "speech-language pathologist", "F"),
    ("Lise", "Beaulieu", "", "", "archiviste médicale", "health records technician", "F"),
    ("Rachel", "O'Brien", "", "", "ergothérapeute", "occupational therapist", "F"),
    ("Tom", "Kowalski", "", "", "physiothérapeute", "physiotherapist", "M"),
    ("Grace", "Okafor", "", "", "infirmière", "registered nurse", "F"),
    ("Linh", "Nguyen", "", "", "orthophoniste", "speech-language pathologist", "F"),
    ("Daniel", "Mercier", "", "", "chef de programme AVC", "stroke program manager", "M"),
    ("Martine", "Rioux", "", "", "chef de programme BM", "SCI program manager", "F"),
    ("François", "Dionne", "", "", "chef de programme amputés", "amputee program manager", "M"),
    ("Sophie", "Sirois", "", "", "kinésiologue", "kinesiologist", "F"),
    ("Éric", "Giguère", "", "", "technicien en informatique", "IT technician", "M"),
    ("Nathan", "Turcotte", "", "", "acheteur", "buyer", "M"),
    ("Valérie", "Bissonnette", "", "", "conseillère RH", "HR advisor", "F"),
    ("Jacinthe", "Lachance", "", "", "adjointe à la direction", "executive assistant", "F"),
    ("Alain", "Boisvert", "", "", "chef des installations", "facilities manager", "M"),
    ("Marie-Ève", "Chiasson", "", "", "inhalothérapeute", "respiratory therapist", "F"),
    ("Bruno", "Lemay", "Dr", "Dr.", "urologue", "urologist", "M"),
    ("Farah", "Haddad", "Dre", "Dr.", "neurologue", "neurologist", "F"),
    ("Ian", "Wexford", "Dr", "Dr.", "chirurgien vasculaire", "vascular surgeon", "M"),
]

EXT_ORGS = {
    "hsa": ("Hôpital Saint-Aubin", "hsaubin.example"),
    "hgr": ("Hôpital général de Rivière-Claire", "hgrc.example"),
    "chul": ("CHU Laurentien", "chu-laurentien.example"),
    "orgh": ("Ottawa River General Hospital", "orgh.example"),
    "gmf": ("GMF des Cèdres", "gmf-cedres.example"),
    "clsc": ("CLSC du Ruisseau", "clsc-ruisseau.example"),
    "ph1": ("Pharmacie Lacasse-Morin", "pharm-lacasse.example"),
    "ph2": ("Pharmacie du Carrefour Fabreville", "pharmcarrefour.example"),
    "ins": ("Assurances Boréalis", "borealis-assur.example"),
    "nst": ("Northstar Mutual Life", "northstar-life.example"),
    "prot": ("Ortho-Prothèses Laval inc.", "orthoprolaval.example"),
    "whl": ("Mobilité Plus Médical", "mobiliteplus.example"),
    "tra": ("Transport adapté Laval-Nord", "ta-lavalnord.example"),
    "mut": ("Mutualité chrétienne de Liège", "mut-liege.example"),
    "cpam": ("Caisse primaire d'assurance maladie de Lyon", "cpam-lyon.example"),
}

STREETS_FR = ["rue des Érables", "boulevard Lévesque Est", "rue Principale", "avenue du Parc",
              "rue Saint-Martin", "chemin du Souvenir", "rue de la Fabrique", "montée Masson",
              "rue des Pins", "boulevard Curé-Labelle", "rue Notre-Dame", "rang Saint-François"]
STREETS_EN = ["Maple Street", "Elm Crescent", "Riverside Drive", "King Street West",
              "Bank Street", "Carling Avenue", "Birch Road", "Queen Street"]
CITIES_QC = [("Laval", "H7N"), ("Terrebonne", "J6W"), ("Saint-Eustache", "J7R"),
             ("Blainville", "J7C"), ("Mirabel", "J7J"), ("Rosemère", "J7A"),
             ("Montréal", "H1M"), ("Repentigny", "J6A")]
CITIES_ON = [("Ottawa", "K1Z"), ("Orléans", "K1C"), ("Hawkesbury", "K6A"), ("Cornwall", "K6H")]


def staff(i):
    return STAFF[i]


def staff_addr(s):
    g = unicodedata.normalize("NFKD", s[0]).encode("ascii", "ignore").decode().lower()
    n = unicodedata.normalize("NFKD", s[1]).encode("ascii", "ignore").decode().lower()
    return "%s.%s@%s" % (g.replace(" ", "-"), n.replace("'", "").replace(" ", ""), DOM)


def staff_name(s, lang, title=True):
    t = s[2] if lang == "fr" else s[3]
    return ("%s %s %s" % (t, s[0], s[1])).strip() if title and t else "%s %s" % (s[0], s[1])


def phone(rng, area=None):
    a = area or rng.choice(["450", "514", "579", "438"])
    return "%s-555-01%02d" % (a, rng.randrange(0, 100))


def clinic_phone(ext=None):
    return "450-555-0100" + ("" if ext is None else (" poste %d" % ext))


# ---------------------------------------------------------------- identifiers
FW_DIG = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW_ALPHA = {ord(c): chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def fullwidth(s):
    return s.translate(FW_DIG).translate(FW_ALPHA)


def norm_id(s):
    """Canonical form used for checks: NFKC, alphanumerics only, upper case."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch.isalnum()).upper()


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": "%s %s %s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "slash": "%s/%s/%s" % (a, nam[4:10], nam[10:]),
        "fw": fullwidth(nam),
        "fwspace": fullwidth("%s %s %s" % (a, b, c)),
        "lower": ("%s %s %s" % (a, b, c)).lower(),
        "odd": "%s  %s %s %s" % (a, nam[4:6], nam[6:10], c),
    }[style]


NAM_STYLES = ["plain", "space", "dot", "dash", "slash", "fw", "fwspace", "lower", "odd", "space",
              "plain"]


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(
            str(rng.randrange(10)) for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def fmt_sin(s, style):
    a, b, c = s[:3], s[3:6], s[6:]
    return {"plain": s, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "fw": fullwidth("%s %s %s" % (a, b, c)),
            "slash": "%s/%s/%s" % (a, b, c)}[style]


def gen_ohn(rng):
    """Ontario health number: 10 digits, Luhn check on the last one, plus a version code."""
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    vc = rng.choice(["AB", "KT", "MX", "RP", "ZC", "HN"])
    return n, vc


def ohn_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def fmt_ohn(n, vc, style):
    a, b, c = n[:4], n[4:7], n[7:]
    return {"plain": n, "dash": "%s-%s-%s-%s" % (a, b, c, vc), "space": "%s %s %s %s" % (a, b, c, vc),
            "fw": fullwidth("%s %s %s" % (a, b, c)), "dot": "%s.%s.%s" % (a, b, c),
            "vc": "%s%s" % (n, vc)}[style]


def gen_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        first = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, seq)
        base = int(("2" + first) if dob.year >= 2000 else first)
        chk = 97 - base % 97
        n = first + "%02d" % chk
        if be_nn.is_valid(n):
            return n


def fmt_niss(n, style):
    return {"plain": n, "std": "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            "space": "%s %s %s" % (n[:6], n[6:9], n[9:]),
            "dash": "%s-%s-%s" % (n[:6], n[6:9], n[9:]),
            "fw": fullwidth("%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]))}[style]


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["69", "75", "13", "33", "59", "38", "44", "31"])
        first = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                          rng.randrange(1, 990), rng.randrange(1, 999))
        key = 97 - int(first) % 97
        n = first + "%02d" % key
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style):
    sp = "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return {"plain": n, "space": sp, "dot": sp.replace(" ", "."),
            "key": "%s %s" % (n[:13], n[13:]), "fw": fullwidth(sp)}[style]


def gen_mrn(rng):
    return "%07d" % rng.randrange(100000, 1000000)


def fmt_mrn(m, style):
    return {"plain": m, "cr": "CR-" + m, "space": "%s %s %s" % (m[0], m[1:4], m[4:]),
            "dash": "%s-%s" % (m[:4], m[4:]), "dot": "%s.%s" % (m[:4], m[4:]),
            "fw": fullwidth(m), "slash": "%s/%s" % (m[:2], m[2:])}[style]


MRN_STYLES = ["plain", "cr", "space", "dash", "dot", "fw", "slash"]


def luhn_serial(rng, n=9):
    """Checksum-valid serial / asset numbers (for hard negatives)."""
    body = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "ymd_slash":
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "long":
        if lang == "fr":
            return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1][:4].rstrip(".") + ".", d.year)
        return "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "mdy":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    raise ValueError(style)


DOB_STYLES_FR = ["iso", "dmy", "long", "iso", "ymd_slash", "short"]
DOB_STYLES_EN = ["iso", "long", "short", "iso", "ymd_slash", "dmy"]


def day_fr(d):
    return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])


def day_en(d):
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def tz_for(dt):
    # Eastern time: daylight saving roughly from the 2nd Sunday of March to the 1st of November.
    md = (dt.month, dt.day)
    return TZ_EDT if (3, 10) <= md < (11, 2) else TZ_EST


def make_rng(*parts):
    return random.Random("%d:%s" % (SEED, ":".join(str(p) for p in parts)))


def ascii_local(s):
    """E-mail local part from a person's name: accents folded, spaces to dots."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s.replace(" ", ".") if ch.isalnum() or ch in ".-")
