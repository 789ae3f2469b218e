"""Shared helpers: seeded randomness, invented people and places, identifiers.

Everything here is invented.  Domains end in .example, phone numbers use 555-01xx.
RAMQ NAMs are read only from ../blind_nams.txt (relative to this file).
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25176
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))

ORG_FR = "Service de médecine des dépendances — CISSS de la Rive-Est"
ORG_EN = "Addiction Medicine Service — Rive-Est Health Centre"
DOM = "dependances-riveest.example"

# ---------------------------------------------------------------- NAM holders
class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)

    def __repr__(self):
        return "NamHolder(%s)" % self.nam


def load_nams():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(NamHolder(sur, giv, dob, sex, nam))
    return out


NAM_HOLDERS = load_nams()


def fold(s):
    """lower case, accents removed"""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


HOLDER_SURNAMES = sorted({fold(h.surname) for h in NAM_HOLDERS})

# ---------------------------------------------------------------- name pools
# No surname of a NAM holder appears in these pools (checked below).
FR_GIVEN_F = ["Ginette", "Lucie", "Chantal", "Mélanie", "Karine", "Josiane", "Martine", "Isabelle",
              "Véronique", "Annie", "Nancy", "Sonia", "Julie", "Marie-Ève", "Audrey", "Carole",
              "Francine", "Hélène", "Jocelyne", "Maude", "Roxanne", "Noémie", "Laurence", "Élise"]
FR_GIVEN_M = ["Réjean", "Stéphane", "Sylvain", "Éric", "Mathieu", "Yannick", "Patrick", "Benoît",
              "Jean-François", "Luc", "Normand", "Gaétan", "Kevin", "Maxime", "Alexandre", "Dany",
              "Jonathan", "Francis", "Guy", "Serge", "Frédéric", "Olivier", "Samuel", "Mario"]
FR_SURNAMES = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Lemieux", "Desjardins", "Pouliot",
               "Vachon", "Charest", "Dufresne", "Lachance", "Beaulieu", "Gosselin", "Drouin",
               "Turcotte", "Poulin", "Bilodeau", "Lévesque", "Giroux", "Bérubé", "Lambert",
               "Vaillancourt", "Laflamme", "Boivin", "Audet", "Hébert", "Perreault", "Croteau",
               "Labrecque", "Rioux", "Dionne", "Plante", "Marcoux", "Carrier", "Bédard", "Fecteau",
               "Nolet", "Lapierre", "Trudel", "Paradis", "Champagne", "Deschênes", "Grenier",
               "Gingras", "Harvey", "Labbé", "Lacasse", "Ménard", "Thériault", "Veilleux"]
EN_GIVEN_F = ["Kayla", "Brittany", "Heather", "Tanya", "Courtney", "Amber", "Melissa", "Jessica",
              "Crystal", "Shannon", "Nicole", "Rebecca", "Dawn", "Tara", "Megan", "Holly"]
EN_GIVEN_M = ["Tyler", "Dustin", "Cody", "Shane", "Travis", "Derek", "Brandon", "Kyle", "Wayne",
              "Randy", "Curtis", "Jason", "Brent", "Trevor", "Darren", "Colin"]
EN_SURNAMES = ["Whitfield", "Harrington", "McAllister", "Crowley", "Dempsey", "Fairbanks",
               "Galloway", "Hollister", "Kilbride", "Lockhart", "Mercer", "Norcross", "Pembroke",
               "Quinlan", "Redmond", "Sheffield", "Thornton", "Underhill", "Vickers", "Wexley",
               "Ashdown", "Blackwood", "Carrington", "Donnelly", "Elsworth", "Finnegan", "Gilchrist",
               "Hargreaves", "Ingram", "Jamieson", "Kavanagh", "Lindqvist", "Muldoon", "O'Hara"]
# staff: clinicians, clerks, managers (never patients)
STAFF_FR = [("Dre", "Isabelle", "Vézina", "médecin, TAO", "md"), ("Dr", "Mathieu", "Arsenault", "médecin, unité de sevrage", "md"),
            ("Mme", "Julie", "Provencher", "infirmière clinicienne", "nurse"), ("M.", "Stéphane", "Brassard", "pharmacien", "pharm"),
            ("Mme", "Karine", "Dumont", "agente administrative", "clerk"), ("Mme", "Audrey", "Lamontagne", "travailleuse sociale", "sw"),
            ("M.", "Francis", "Beauchemin", "intervenant de proximité", "outreach"), ("Mme", "Sonia", "Lafrance", "chef de service", "mgr"),
            ("Dre", "Maude", "Carpentier", "médecin-conseil", "md"), ("M.", "Olivier", "Rochette", "pair aidant", "peer"),
            ("Mme", "Noémie", "Bellavance", "infirmière, unité de sevrage", "nurse"), ("Dr", "Luc", "Sirois", "psychiatre des toxicomanies", "md")]
STAFF_EN = [("Dr.", "Rachel", "Okafor", "addiction physician", "md"), ("Dr.", "Hamish", "Duncan", "withdrawal unit physician", "md"),
            ("Ms.", "Leah", "Kowalski", "clinic nurse", "nurse"), ("Mr.", "Arjun", "Mehta", "clinical pharmacist", "pharm"),
            ("Ms.", "Bronwyn", "Stairs", "unit clerk", "clerk"), ("Ms.", "Tamsin", "Greaves", "social worker", "sw"),
            ("Mr.", "Desmond", "Achterberg", "outreach worker", "outreach"), ("Ms.", "Priya", "Raman", "program manager", "mgr"),
            ("Dr.", "Ellen", "Sauvé", "medical director", "md"), ("Mr.", "Wade", "Fenwick", "peer support worker", "peer"),
            ("Ms.", "Corinne", "Aldous", "charge nurse, WMU", "nurse"), ("Dr.", "Nikhil", "Varma", "consult-liaison psychiatrist", "md")]

PHARMACIES = [("Pharmacie Beaulac et Nolin", "pharmaciebeaulac.example", "418-555-0161"),
              ("Pharmacie du Quai", "pharmacieduquai.example", "418-555-0163"),
              ("Harbourview Pharmacy", "harbourviewrx.example", "613-555-0167"),
              ("Pharmacie Lafleur-Ouimet", "lafleurouimet.example", "418-555-0168"),
              ("Kingsway Drug Mart", "kingswaydrug.example", "613-555-0172")]
HOSPITALS = [("Hôpital Sainte-Claire", "hsteclaire.example"), ("Centre hospitalier de Lévisville", "chlevisville.example"),
             ("Northshore General Hospital", "northshoregh.example")]
PARTNERS = [("Refuge Le Phare", "refugelephare.example"), ("Maison Osiris (hébergement)", "maisonosiris.example"),
            ("Clinique jeunesse Le Tremplin", "tremplin.example"), ("Centre de détention de la Rive-Est", "detention-re.example"),
            ("Direction de la protection de la jeunesse — Rive-Est", "dpj-riveest.example"),
            ("Laboratoire régional Rive-Est", "labo-riveest.example")]

STREETS_FR = ["rue des Érables", "boul. Laurier", "rue Saint-Joseph", "4e Avenue", "rue du Moulin", "chemin du Lac",
              "rue Notre-Dame Est", "rue Principale", "avenue des Pins", "rue de la Fabrique"]
STREETS_EN = ["Cedar Lane", "Harbour Street", "Maple Crescent", "Wellington Ave.", "King Street West",
              "Birch Road", "Dufferin St.", "Albert Street"]
CITIES = [("Lévisville", "QC", "G0X"), ("Saint-Aubin-de-la-Rive", "QC", "G0Y"), ("Port-Roussel", "QC", "G0Z"),
          ("Kingsmere", "ON", "K0X")]

CLINIC_ADDR_FR = "1450, boul. des Érables, 3e étage, Lévisville (Québec) G0X 1A0"
CLINIC_ADDR_EN = "1450 des Érables Blvd., 3rd floor, Lévisville QC G0X 1A0"
CLINIC_TEL = "418-555-0142"
CLINIC_FAX = "418-555-0143"
WMU_TEL = "418-555-0146"
OUTREACH_TEL = "418-555-0149"

for _s in FR_SURNAMES + EN_SURNAMES + [s[2] for s in STAFF_FR + STAFF_EN]:
    assert fold(_s) not in HOLDER_SURNAMES, _s


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, sex, dob, lang):
        self.given, self.surname, self.sex, self.dob, self.lang = given, surname, sex, dob, lang
        self.nam = None

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."


NEEDS = {"adult": (18, 76, "FM"), "elder_ok": (18, 95, "FM"), "elder": (65, 95, "FM"), "youth": (12, 17, "FM"),
         "kid": (2, 11, "FM"), "mother": (18, 44, "F")}


def age_in_2024(d):
    return 2024 - d.year - ((d.month, d.day) > (6, 30))


def holder_person(h):
    p = Person(h.given, h.surname, h.sex, h.dob, "fr")
    p.nam = h.nam
    return p


class Ctx:
    """Per-message context: rng plus allocators for patients and staff."""

    def __init__(self, rng, lang, holders):
        self.rng, self.lang, self._holders = rng, lang, holders
        self.types = set()
        self.ids = []          # (kind, value) inserted, checked later
        self.nam_people = []   # Person objects with NAM used in the message

    def t(self, *types):
        self.types.update(types)

    def pick(self, seq):
        return self.rng.choice(seq)

    def patient(self, with_nam=False, lang=None, age=None, need="adult"):
        """A patient. With with_nam, the first unused NAM holder whose age (and sex) suit the message."""
        lang = lang or self.lang
        lo, hi, sexes = NEEDS[need]
        if with_nam:
            for i, h in enumerate(self._holders):
                a = age_in_2024(h.dob)
                if lo <= a <= hi and h.sex in sexes:
                    self._holders.pop(i)
                    p = holder_person(h)
                    self.nam_people.append(p)
                    return p
        r = self.rng
        age = age or ((max(lo, 19), min(hi, 66)) if need in ("adult", "elder_ok") else (lo, min(hi, 90)))
        sex = r.choice(sexes)
        if lang == "fr" or r.random() < 0.3:
            given = r.choice(FR_GIVEN_F if sex == "F" else FR_GIVEN_M)
            sur = r.choice(FR_SURNAMES)
        else:
            given = r.choice(EN_GIVEN_F if sex == "F" else EN_GIVEN_M)
            sur = r.choice(EN_SURNAMES)
        year = 2024 - r.randint(*age)
        dob = datetime.date(year, r.randint(1, 12), r.randint(1, 28))
        return Person(given, sur, sex, dob, lang)

    def staff(self, lang=None, exclude=(), role=None):
        """A staff member; role: 'md', 'nurse|clerk', ... (None: anyone)."""
        lang = lang or self.lang
        pool = [s for s in (STAFF_FR if lang == "fr" else STAFF_EN) if s not in exclude
                and (role is None or s[4] in role.split("|"))]
        return self.rng.choice(pool)


def staff_addr(s):
    return "%s.%s@%s" % (fold(s[1]).replace(" ", ""), fold(s[2]).replace(" ", "").replace("'", ""), DOM)


def staff_name(s):
    return "%s %s" % (s[1], s[2])


def signature(s, lang, unit=None):
    if lang == "fr":
        unit = unit or "Clinique TAO (traitement par agonistes opioïdes)"
        return "\n-- \n%s %s\n%s\n%s\n%s\n%s\nTél. %s  |  Téléc. %s\n" % (
            s[0], staff_name(s), s[3], unit, "Service de médecine des dépendances, CISSS de la Rive-Est",
            CLINIC_ADDR_FR, CLINIC_TEL, CLINIC_FAX)
    unit = unit or "Opioid Agonist Therapy Clinic"
    return "\n--\n%s, %s\n%s, Addiction Medicine Service\nRive-Est Health Centre\n%s\nT %s  F %s\n" % (
        staff_name(s), s[3], unit, CLINIC_ADDR_EN, CLINIC_TEL, CLINIC_FAX)


# ---------------------------------------------------------------- formatting
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob_variants(d):
    """Every way a birth date may be written in this corpus (used by the checker)."""
    return [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"),
            "%d %s %d" % (d.day, MOIS[d.month - 1], d.year), "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year), d.strftime("%Y%m%d"), d.strftime("%d.%m.%Y")]


def fmt_dob(rng, d, lang):
    opts = [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d")]
    opts.append("%d %s %d" % (d.day, MOIS[d.month - 1], d.year) if lang == "fr"
                else "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year))
    return rng.choice(opts)


def fmt_date(d, lang, style=0):
    if lang == "fr":
        return ["%d %s" % (d.day, MOIS[d.month - 1]), d.isoformat(), d.strftime("%d/%m")][style % 3]
    return ["%s %d" % (MONTHS[d.month - 1][:3], d.day), d.isoformat(), d.strftime("%m/%d")][style % 3]


def name_form(rng, p, lang, forms=None):
    """A patient name in one of many shapes."""
    forms = forms or ["full", "upper_comma", "title", "lower", "initial", "sur_first", "title_full"]
    f = rng.choice(forms)
    if f == "full":
        return p.full
    if f == "upper_comma":
        return "%s, %s" % (p.surname.upper(), p.given)
    if f == "title":
        return "%s %s" % (p.title(lang), p.surname)
    if f == "title_full":
        return "%s %s" % (p.title(lang), p.full)
    if f == "lower":
        return p.full.lower()
    if f == "initial":
        return "%s. %s" % (p.given[0], p.surname)
    if f == "sur_first":
        return "%s %s" % (p.surname, p.given)
    if f == "given":
        return p.given
    raise ValueError(f)


FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def disguise(rng, value, groups, style=None):
    """Write an identifier plain, spaced, dotted, slashed, hyphenated, odd-spaced or full-width."""
    style = style or rng.choice(["plain", "space", "dot", "slash", "hyphen", "odd", "full"])
    parts, i = [], 0
    for g in groups:
        parts.append(value[i:i + g])
        i += g
    if i < len(value):
        parts.append(value[i:])
    if style == "plain":
        return value
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "slash":
        return "/".join(parts)
    if style == "hyphen":
        return "-".join(parts)
    if style == "odd":
        out, j = [], 0
        while j < len(value):
            k = rng.randint(1, 4)
            out.append(value[j:j + k])
            j += k
        return "".join(c + rng.choice([" ", "  ", " "]) for c in out[:-1]) + out[-1]
    if style == "full":
        return " ".join(parts).translate(FULLWIDTH)
    raise ValueError(style)


def nam_text(ctx, p, style=None):
    ctx.t("ramq_nam")
    ctx.ids.append(("ramq_nam", p.nam))
    if style is None and getattr(ctx, "pdf_mode", False):
        style = ctx.rng.choice(["plain", "space", "dot", "slash", "hyphen", "odd"])  # no full-width glyphs in PDF fonts
    return disguise(ctx.rng, p.nam, [4, 4, 4], style)


def norm_id(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c.isalnum()).upper()


# ---------------------------------------------------------------- other identifiers
def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(v):
            return v


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v):
            return v, rng.choice(["AB", "KT", "ML", "RX", "HJ"])


def ohip_valid(v):
    v = norm_id(v)[:10]
    return len(v) == 10 and v.isdigit() and luhn.is_valid(v)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        if serial > 997:
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        n = int(("2" + base) if dob.year >= 2000 else base)
        v = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(v):
            return v


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 31, 33, 44, 59, 67, 69, 75, 76, 92, 93])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randint(1, 990) + \
            "%03d" % rng.randint(1, 999)
        v = body + "%02d" % (97 - int(body) % 97)
        if fr_nir.is_valid(v):
            return v


def make_mrn(rng, style=None):
    n = rng.randint(100000, 999999)
    style = style or rng.choice(["a", "b", "c", "d"])
    if style == "a":
        return "%07d" % n
    if style == "b":
        return "RE-%d" % n
    if style == "c":
        return "%02d-%06d" % (rng.randint(10, 24), n)
    return "H%d" % n


def phone(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(["418", "581", "613", "367"]), rng.randint(50, 99))


def home_address(rng, lang):
    city, prov, fsa = rng.choice(CITIES)
    street = rng.choice(STREETS_FR if prov == "QC" else STREETS_EN)
    apt = rng.choice(["", "app. %d, " % rng.randint(1, 12), "%d-" % rng.randint(1, 8)])
    pc = "%s %d%s%d" % (fsa, rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))
    if apt.endswith("-"):
        return "%s%d %s, %s (%s) %s" % (apt, rng.randint(10, 990), street, city, prov, pc)
    return "%s%d, %s, %s (%s) %s" % (apt, rng.randint(10, 990), street, city, prov, pc) if lang == "fr" else \
        "%s%d %s, %s %s %s" % (apt, rng.randint(10, 990), street, city, prov, pc)


def base_date(rng):
    d = datetime.date(2024, 1, 8) + datetime.timedelta(days=rng.randint(0, 320))
    return d


def msg_datetime(rng, d):
    tz = TZ_EDT if datetime.date(2024, 3, 10) <= d < datetime.date(2024, 11, 3) else TZ_EST
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59),
                             tzinfo=tz)
