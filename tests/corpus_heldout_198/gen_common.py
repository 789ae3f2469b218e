"""Shared helpers: seed, invented people, identifiers and their written forms.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25198
FLAVOUR = "infection prevention and control team: outbreaks, isolation, C. difficile"

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")


def rng_for(*parts):
    """A deterministic RNG for one named purpose (string seeds are stable)."""
    return random.Random("%d|%s" % (SEED, "|".join(str(p) for p in parts)))


# --------------------------------------------------------------------------
# organisation
# --------------------------------------------------------------------------
ORG_FR = "CISSS de la Haute-Rivière"
ORG_EN = "Haute-Riviere Integrated Health and Social Services Centre"
DOM = "cisss-hauteriviere.example"
HOSP_FR = ["Hôpital Saint-Aurèle", "Hôpital du Mont-Cerisier", "Pavillon Rivière-Clairval"]
HOSP_EN = ["Saint-Aurele Hospital", "Mont-Cerisier Hospital", "Riviere-Clairval Pavilion"]
UNITS = ["2 Nord", "3 Est", "4 Nord", "4 Sud", "5 Ouest", "6 Est", "7 Ouest", "USI", "Gériatrie 3B",
         "Médecine 5A", "Chirurgie 6C", "Hémato-onco 8"]
UNITS_EN = ["2 North", "3 East", "4 North", "4 South", "5 West", "6 East", "7 West", "ICU",
            "Geriatrics 3B", "Medicine 5A", "Surgery 6C", "Hem-Onc 8"]
CLINIC_PHONE = "450-555-0100"
PCI_PHONE_EXT = ["4410", "4412", "4415", "4418"]
PCI_ADDR_FR = "Service de prévention et contrôle des infections, 1200, boul. des Hauts-Bois, Saint-Aurèle (Québec) J0Z 3K0"
PCI_ADDR_EN = "Infection Prevention and Control, 1200 Hauts-Bois Blvd., Saint-Aurele, QC J0Z 3K0"

EXTERNAL = {
    "dsp": ("Direction de santé publique – Maladies infectieuses", "mado@dsp-hauteriviere.example"),
    "labo": ("Laboratoire régional de microbiologie", "microbio@labo-regional.example"),
    "chsld": ("CHSLD des Quatre-Vents – soins infirmiers", "soins@chsld-quatrevents.example"),
    "pharm": ("Pharmacie Lavigne-Hudon", "ordonnances@pharma-lavigne.example"),
    "ontario": ("Lakeview Regional Health Centre – IPAC", "ipac@lakeview-rhc.example"),
    "france": ("Centre hospitalier de Vallon-sur-Aure – EOH", "eoh@ch-vallon-aure.example"),
    "belgium": ("Clinique Sainte-Waudru – hygiène hospitalière", "hygiene@ste-waudru.example"),
    "insurer": ("Assurances Boréal – réclamations", "reclamations@boreal-assur.example"),
    "ambulance": ("Transport adapté Haute-Rivière", "repartition@transport-hr.example"),
    "shelter": ("Maison d'hébergement Le Phare", "intervention@lephare.example"),
    "cmsd": ("Fournitures médicales Laurentia", "ventes@laurentia-med.example"),
}


# --------------------------------------------------------------------------
# NAM holders (the only RAMQ numbers we may use)
# --------------------------------------------------------------------------
def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": given,
                         "dob": datetime.date.fromisoformat(dob), "sex": sex, "nam": nam})
    return rows


NAMS = load_nams()


def deaccent(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s):
    """Lower case, accents removed, full-width folded."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


NAM_SURNAMES = {fold(r["surname"]) for r in NAMS}
NAM_GIVENS = {fold(r["given"]) for r in NAMS}

# --------------------------------------------------------------------------
# name pools (no surname shared with a NAM holder)
# --------------------------------------------------------------------------
PAT_SUR_FR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Lévesque", "Dubé", "Després", "Ménard",
              "Charest", "Poulin", "Desjardins", "Lemieux", "Leclerc", "Rioux", "Dufour", "Paradis",
              "Hébert", "Vachon", "Beaulieu", "Drouin", "Langlois", "Marcoux", "Nolet", "Grenier",
              "Labbé", "Brassard", "Corbin", "Vaillancourt", "Turcotte", "Lachance", "Gingras",
              "Boivin", "Thériault", "Perron", "Labrecque", "Audet", "St-Pierre", "Fréchette",
              "Bilodeau", "Doucet", "Gosselin", "Jobin", "Laflamme", "Lalonde", "Plante",
              "Provencher", "Sirois", "Trudel", "Veilleux", "Arsenault", "Bédard", "Corriveau"]
PAT_GIV_FR_F = ["Ginette", "Huguette", "Lise", "Yvette", "Thérèse", "Colette", "Jacqueline",
                "Solange", "Pierrette", "Mireille", "Rollande", "Gisèle", "Françoise", "Carole",
                "Lucienne", "Monique", "Réjeanne", "Jocelyne", "Murielle", "Élise", "Noémie", "Chloé"]
PAT_GIV_FR_M = ["Réjean", "Gaétan", "Normand", "Raymond", "Fernand", "Marcel", "Bernard",
                "Rosaire", "Clément", "Aurèle", "Jean-Guy", "Gérard", "Laurent", "Roger",
                "Yvon", "Ghislain", "Denis", "Benoît", "Sébastien", "Mathis", "Olivier", "Émile"]
PAT_SUR_EN = ["Harrington", "Oduya", "Kowalski", "Nguyen", "Patel", "Fitzgerald", "McKenna",
              "O'Brien", "Okafor", "Ramírez", "Duarte", "Haddad", "Singh", "Chen", "Abernathy",
              "Whitfield", "Castellanos", "Lindqvist", "Petrov", "Mensah", "Novak", "Hughes",
              "Sullivan", "Delgado", "Farouk", "Brennan", "Kaur", "Yilmaz", "Ashworth", "Galloway",
              "Pereira", "Dimitriou", "Osei", "Reid", "Kerrigan", "Lindsay", "Moreau-Walsh",
              "Fairbanks", "Horvath", "Quinlan"]
PAT_GIV_EN_F = ["Margaret", "Doris", "Evelyn", "Agnes", "Beatrice", "Priya", "Amara", "Nadia",
                "Eileen", "Gladys", "Maureen", "Shirley", "Rosalind", "Joan", "Hannah", "Grace",
                "Irene", "Lorraine", "Chiamaka", "Ines"]
PAT_GIV_EN_M = ["Harold", "Walter", "Frank", "Arthur", "Stanley", "Tomasz", "Kwame", "Yusuf",
                "Desmond", "Gordon", "Lionel", "Percy", "Vikram", "Mateo", "Ronald", "Clifford",
                "Dennis", "Aidan", "Bogdan", "Elias"]

STAFF_FR = [("Dre", "Nadia", "Belhumeur", "microbiologiste-infectiologue"),
            ("M.", "Étienne", "Rousseau-Blais", "conseiller en PCI"),
            ("Mme", "Karine", "Dallaire", "infirmière en PCI"),
            ("M.", "Mathieu", "Ferland", "chef de service PCI"),
            ("Mme", "Sophie", "Lachapelle", "infirmière en PCI"),
            ("M.", "Julien", "Beauchemin", "agent d'hygiène et salubrité"),
            ("Mme", "Amélie", "Tessier", "assistante infirmière-chef"),
            ("Dr", "François", "Béland", "interniste"),
            ("Mme", "Chantal", "Guimond", "coordonnatrice hygiène et salubrité"),
            ("M.", "Patrick", "Nolin", "technicien en bâtiment"),
            ("Mme", "Véronique", "Aubin", "infirmière-chef"),
            ("Mme", "Marie-Ève", "Cantin", "pharmacienne"),
            ("Mme", "Lucie", "Pratte", "agente administrative PCI"),
            ("M.", "Olivier", "Desrosiers", "technicien en microbiologie"),
            ("Mme", "Josiane", "Fontaine", "travailleuse sociale"),
            ("Dre", "Émilie", "Gravel", "médecin de santé publique"),
            ("M.", "Hugo", "Lanctôt", "gestionnaire des approvisionnements"),
            ("Mme", "Annie", "Bouffard", "conseillère en santé et sécurité du travail")]
STAFF_EN = [("Dr.", "Raj", "Venkataraman", "infectious diseases physician"),
            ("Dr.", "Helen", "Kirkwood", "medical microbiologist"),
            ("Ms.", "Andrea", "Koenig", "IPAC nurse"),
            ("Mr.", "Samuel", "Okonkwo", "infection control practitioner"),
            ("Ms.", "Laura", "McInnis", "IPAC coordinator"),
            ("Mr.", "Kevin", "Tran", "environmental services supervisor"),
            ("Dr.", "Farah", "Haidari", "hospitalist"),
            ("Ms.", "Deborah", "Ellsworth", "nurse manager"),
            ("Mr.", "Liam", "Prescott", "antimicrobial stewardship pharmacist"),
            ("Ms.", "Tanya", "Barkley", "unit clerk"),
            ("Mr.", "Owen", "Stratford", "biomedical engineering technologist"),
            ("Ms.", "Rachel", "Abbott", "occupational health nurse"),
            ("Ms.", "Wendy", "Carrington", "social worker"),
            ("Mr.", "Ian", "Whitcombe", "procurement officer"),
            ("Dr.", "Marcus", "Feldman", "gastroenterologist")]

STREETS_FR = ["rue des Érables", "avenue du Parc-Laurier", "chemin du Rang-Double", "rue Principale",
              "rue des Ormeaux", "boulevard des Hauts-Bois", "rue Saint-Isidore", "montée des Pins",
              "rue de la Fabrique", "rang Sainte-Odile"]
STREETS_EN = ["Maple Crescent", "Birchwood Ave.", "Lakeshore Rd.", "Elm Street", "Hillcrest Drive",
              "Mill Road", "Orchard Lane", "Westmount Ave."]
CITIES = ["Saint-Aurèle", "Sainte-Odile-du-Lac", "Pointe-aux-Hérons", "Rivière-Clairval",
          "Lac-des-Aulnes", "Mont-Cerisier"]
for _s in (PAT_SUR_FR + PAT_SUR_EN + [s[2] for s in STAFF_FR + STAFF_EN]):
    assert fold(_s) not in NAM_SURNAMES, _s


# --------------------------------------------------------------------------
# identifiers (valid by their checksums)
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != "0" and luhn.is_valid(num)


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert ohip_valid(num)
    return num


def make_niss(rng, dob, sex):
    while True:
        ser = rng.randrange(1, 998)
        if (ser % 2 == 1) != (sex == "M"):
            continue
        first = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, ser)
        base = int(first) + (2000000000 if dob.year >= 2000 else 0)
        num = first + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([1, 13, 31, 33, 38, 44, 59, 67, 69, 74, 75, 92])
        body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month,
                                         dept, rng.randrange(1, 990), rng.randrange(1, 999))
        num = body + "%02d" % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return "%d" % rng.randrange(1000000, 9999999)


def luhn_number(rng, n, first=None):
    """An n-digit number that passes the Luhn check (used for serial / lot / asset numbers)."""
    body = str(first if first is not None else rng.randrange(1, 10)) + "".join(
        str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_ref(rng):
    """Belgian structured payment reference +++ddd/dddd/ddddd+++ (mod 97)."""
    base = rng.randrange(10 ** 9, 10 ** 10)
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


FW = {str(d): chr(0xFF10 + d) for d in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_sin(v, style):
    return {"plain": v, "space": group(v, [3, 3, 3], " "), "dash": group(v, [3, 3, 3], "-"),
            "dot": group(v, [3, 3, 3], "."), "fw": fullwidth(group(v, [3, 3, 3], " "))}[style]


def fmt_ohip(v, style, vc=""):
    base = {"plain": v, "space": group(v, [4, 3, 3], " "), "dash": group(v, [4, 3, 3], "-"),
            "dot": group(v, [4, 3, 3], "."), "fw": fullwidth(group(v, [4, 3, 3], "-"))}[style]
    return base + ((" " if style != "dash" else "-") + vc if vc else "")


def fmt_niss(v, style):
    return {"plain": v, "dot": "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
            "space": group(v, [6, 3, 2], " "), "dash": group(v, [6, 3, 2], "-"),
            "fw": fullwidth("%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]))}[style]


def fmt_nir(v, style):
    return {"plain": v, "space": group(v, [1, 2, 2, 2, 3, 3, 2], " "),
            "dot": group(v, [1, 2, 2, 2, 3, 3, 2], "."), "dash": group(v, [13], "-"),
            "fw": fullwidth(group(v, [1, 2, 2, 2, 3, 3, 2], " "))}[style]


def fmt_nam(v, style):
    return {"plain": v, "space": group(v, [4, 4, 4], " "), "dash": group(v, [4, 4, 4], "-"),
            "dot": group(v, [4, 4, 4], "."), "slash": group(v, [4, 4, 4], "/"),
            "lower": v.lower(), "fw": v[:4] + fullwidth(group(v[4:], [4, 4], " "))}[style]


def fmt_mrn(v, style):
    return {"plain": v, "space": group(v, [1, 3, 3], " "), "dash": group(v, [3, 4], "-"),
            "dot": group(v, [1, 3, 3], "."), "slash": group(v, [3, 4], "/"),
            "pad": "00" + v, "fw": fullwidth(v)}[style]


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob_forms(d):
    """Every written form of a birth date this corpus uses (the verifier accepts these)."""
    return {
        "iso": d.isoformat(),
        "dmy": "%02d/%02d/%d" % (d.day, d.month, d.year),
        "ymd_slash": "%d/%02d/%02d" % (d.year, d.month, d.day),
        "dmy_dash": "%02d-%02d-%d" % (d.day, d.month, d.year),
        "ymd_dot": "%d.%02d.%02d" % (d.year, d.month, d.day),
        "fr_long": "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
        "en_long": "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        "en_short": "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year),
    }


def fr_date(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


def en_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def short_fr(d):
    return "%02d/%02d" % (d.day, d.month)


def short_en(d):
    return "%s %d" % (MONTHS[d.month - 1][:3], d.day)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Staff:
    def __init__(self, title, given, surname, role, lang):
        self.title, self.given, self.surname, self.role, self.lang = title, given, surname, role, lang
        base = fold(given).replace(" ", "") + "." + fold(surname).replace(" ", "")
        self.email = "".join(c for c in base if c.isalnum() or c in ".-") + "@" + DOM

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def addr(self):
        return (self.full, self.email)

    def signature(self, rng):
        ext = rng.choice(PCI_PHONE_EXT)
        if self.lang == "fr":
            return "%s\n%s\n%s\n%s, poste %s" % (self.full, self.role, ORG_FR, CLINIC_PHONE, ext)
        return "%s\n%s\n%s\nTel. %s ext. %s" % (self.full, self.role, ORG_EN, CLINIC_PHONE, ext)


def all_staff(lang):
    src = STAFF_FR if lang == "fr" else STAFF_EN
    return [Staff(t, g, s, r, lang) for (t, g, s, r) in src]


class Patient:
    """An invented patient.  Every method that writes something about them
    records what was written, so the verifier can check the label."""

    def __init__(self, ctx, given, surname, dob, sex, nam=None):
        self.ctx, self.given, self.surname, self.dob, self.sex, self.nam = ctx, given, surname, dob, sex, nam
        r = ctx.rng
        self._mrn = None
        self._addr = None
        self._phone = None

    # names -------------------------------------------------------------
    def name(self, style="full"):
        g, s = self.given, self.surname
        fr = self.ctx.lang == "fr"
        t = ("Mme" if self.sex == "F" else "M.") if fr else ("Ms." if self.sex == "F" else "Mr.")
        out = {
            "full": "%s %s" % (g, s),
            "title_full": "%s %s %s" % (t, g, s),
            "title_sur": "%s %s" % (t, s),
            "upper_first": "%s, %s" % (s.upper(), g),
            "sur_first": "%s %s" % (s, g),
            "sur_comma": "%s, %s" % (s, g),
            "lower": ("%s %s" % (g, s)).lower(),
            "lower_sur_first": ("%s %s" % (s, g)).lower(),
            "initial_sur": "%s. %s" % (g[0], s),
            "sur_initial": "%s %s." % (s.upper(), g[0]),
            "given": g,
            "file": "%s_%s" % (deaccent(s).replace(" ", "").replace("'", ""), deaccent(g).replace(" ", "")),
        }[style]
        self.ctx.record("patient_name", s if style != "given" else g)
        return out

    def sur(self, upper=False):
        self.ctx.record("patient_name", self.surname)
        return self.surname.upper() if upper else self.surname

    def giv(self):
        self.ctx.record("patient_name", self.given)
        return self.given

    def title(self):
        fr = self.ctx.lang == "fr"
        return ("Mme" if self.sex == "F" else "M.") if fr else ("Ms." if self.sex == "F" else "Mr.")

    # birth date / sex --------------------------------------------------
    def dob_str(self, form="iso"):
        v = dob_forms(self.dob)[form]
        self.ctx.record("date_of_birth", v)
        return v

    def age(self):
        return age_at(self.dob, self.ctx.date)

    def sex_str(self):
        return self.sex

    # identifiers -------------------------------------------------------
    def mrn(self, style="plain"):
        if self._mrn is None:
            self._mrn = make_mrn(self.ctx.rng)
        self.ctx.record("mrn", self._mrn, ident=True)
        return fmt_mrn(self._mrn, style)

    def nam_str(self, style="plain"):
        assert self.nam
        self.ctx.record("ramq_nam", self.nam, ident=True)
        self.ctx.nam_used.append(self)
        return fmt_nam(self.nam, style)

    def sin(self, style="plain"):
        v = make_sin(self.ctx.rng)
        self.ctx.record("ca_sin", v, ident=True)
        return fmt_sin(v, style)

    def ohip(self, style="plain", vc=""):
        v = make_ohip(self.ctx.rng)
        self.ctx.record("ca_health_number", v, ident=True)
        return fmt_ohip(v, style, vc)

    def niss(self, style="plain"):
        v = make_niss(self.ctx.rng, self.dob, self.sex)
        self.ctx.record("be_niss", v, ident=True)
        return fmt_niss(v, style)

    def nir(self, style="plain"):
        v = make_nir(self.ctx.rng, self.dob, self.sex)
        self.ctx.record("fr_nir", v, ident=True)
        return fmt_nir(v, style)

    # contact -------------------------------------------------------------
    def _mk_addr(self):
        r = self.ctx.rng
        if self._addr is None:
            pc = "J%d%s %d%s%d" % (r.randrange(10), r.choice("ABCEGHJKLMNPRSTVXY"), r.randrange(10),
                                   r.choice("ABCEGHJKLMNPRSTVXY"), r.randrange(10))
            if self.ctx.lang == "fr":
                street = "%d, %s" % (r.randrange(12, 2900), r.choice(STREETS_FR))
            else:
                street = "%d %s" % (r.randrange(12, 2900), r.choice(STREETS_EN))
            self._addr = (street, r.choice(CITIES), pc)
        return self._addr

    def address(self, oneline=True):
        street, city, pc = self._mk_addr()
        self.ctx.record("patient_contact", street)
        if self.ctx.lang == "fr":
            line2 = "%s (Québec) %s" % (city, pc)
        else:
            line2 = "%s, QC %s" % (city, pc)
        return (street + ", " + line2) if oneline else (street + "\n" + line2)

    def address_parts(self):
        street, city, pc = self._mk_addr()
        self.ctx.record("patient_contact", street)
        return street, city, pc

    def phone(self):
        if self._phone is None:
            r = self.ctx.rng
            self._phone = "%s-555-01%02d" % (r.choice(["450", "819", "514", "438", "579"]), r.randrange(100))
        self.ctx.record("patient_contact", self._phone)
        return self._phone


def new_patient(ctx, pool, lang=None, sex=None, child=False, born=None):
    lang = lang or ctx.lang
    r = ctx.rng
    sex = sex or r.choice("FM")
    if lang == "fr":
        sur = pool.pick(PAT_SUR_FR, r)
        giv = r.choice(PAT_GIV_FR_F if sex == "F" else PAT_GIV_FR_M)
    else:
        sur = pool.pick(PAT_SUR_EN, r)
        giv = r.choice(PAT_GIV_EN_F if sex == "F" else PAT_GIV_EN_M)
    y = r.choice([r.randrange(1928, 1960), r.randrange(1928, 1960), r.randrange(1960, 2005),
                  r.randrange(2008, 2022)])
    if child:
        y = ctx.date.year - r.randrange(4, 13)
        giv = r.choice(["Chloé", "Zoé", "Florence", "Rosalie"] if sex == "F" else ["Noah", "Léo", "Mathis", "Jacob"])
    if born:
        y = r.randrange(born[0], born[1])
    dob = datetime.date(y, r.randrange(1, 13), r.randrange(1, 29))
    return Patient(ctx, giv, sur, dob, sex)


class Pool:
    """Spreads surnames and NAM holders across the corpus."""

    def __init__(self):
        self.count = {}
        self.nams = list(NAMS)
        rng_for("nams").shuffle(self.nams)
        self.nam_i = 0

    def pick(self, names, rng):
        low = min(self.count.get(n, 0) for n in names)
        cands = [n for n in names if self.count.get(n, 0) == low]
        n = rng.choice(cands)
        self.count[n] = self.count.get(n, 0) + 1
        return n

    def next_nam(self):
        row = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        return row


def nam_patient(ctx, pool):
    row = pool.next_nam()
    return Patient(ctx, row["given"], row["surname"], row["dob"], row["sex"], nam=row["nam"])
