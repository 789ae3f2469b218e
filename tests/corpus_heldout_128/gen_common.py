"""Shared data, people pools, identifiers and formatting helpers.

Everything here is invented.  The only outside input is ../blind_nams.txt,
read through a path computed from __file__.
"""
import datetime as dt
import os
import random
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
ORG_DOMAIN = "clinique-meridienne.example"
ORG_FR = "Clinique Méridienne – santé trans et santé sexuelle"
ORG_EN = "Meridienne Clinic – Trans Health & Sexual Health"
ORG_ADDR = "4410, rue des Ormeaux-Bleus, bureau 300, Montréal (Québec) H2T 9Z9"
ORG_TEL = "514-555-0140"
ORG_FAX = "514-555-0141"

# Clinic staff (surnames deliberately disjoint from the NAM list)
STAFF = {
    "vachon": dict(given="Hélène", surname="Vachon-Ruel", title_fr="Dre", title_en="Dr.",
                   role_fr="médecin de famille, hormonothérapie", role_en="family physician, hormone therapy",
                   addr="hvachonruel@" + ORG_DOMAIN),
    "okafor": dict(given="Samuel", surname="Okafor", title_fr="Dr", title_en="Dr.",
                   role_fr="médecin, santé sexuelle et PrEP", role_en="physician, sexual health and PrEP",
                   addr="sokafor@" + ORG_DOMAIN),
    "lacasse": dict(given="Maude", surname="Lacasse-Bérubé", title_fr="", title_en="",
                    role_fr="infirmière clinicienne", role_en="clinical nurse",
                    addr="mlacasse@" + ORG_DOMAIN),
    "ferland": dict(given="Alexis", surname="Ferland-Ngo", title_fr="", title_en="",
                    role_fr="travailleur·se social·e", role_en="social worker",
                    addr="aferland@" + ORG_DOMAIN),
    "raman": dict(given="Priya", surname="Raman", title_fr="Dre", title_en="Dr.",
                  role_fr="psychologue", role_en="psychologist",
                  addr="praman@" + ORG_DOMAIN),
    "castonguay": dict(given="Noémie", surname="Castonguay", title_fr="", title_en="",
                       role_fr="agente administrative", role_en="administrative officer",
                       addr="accueil@" + ORG_DOMAIN),
    "belhadj": dict(given="Karim", surname="Belhadj", title_fr="", title_en="",
                    role_fr="coordonnateur clinico-administratif", role_en="clinical-administrative coordinator",
                    addr="kbelhadj@" + ORG_DOMAIN),
    "whitfield": dict(given="Jordan", surname="Whitfield", title_fr="", title_en="",
                      role_fr="infirmier praticien spécialisé", role_en="nurse practitioner",
                      addr="jwhitfield@" + ORG_DOMAIN),
    "quesnel": dict(given="Mireille", surname="Quesnel", title_fr="", title_en="",
                    role_fr="gestionnaire", role_en="clinic manager",
                    addr="mquesnel@" + ORG_DOMAIN),
    "abadie": dict(given="Thomas", surname="Abadie", title_fr="", title_en="",
                   role_fr="technicien en informatique", role_en="IT technician",
                   addr="soutien.ti@" + ORG_DOMAIN),
    "ostrowski": dict(given="Ewa", surname="Ostrowski", title_fr="", title_en="",
                      role_fr="technicienne en administration, paie", role_en="payroll clerk",
                      addr="paie@" + ORG_DOMAIN),
    "delisle": dict(given="Rachel", surname="Delisle", title_fr="Dre", title_en="Dr.",
                    role_fr="psychiatre consultante", role_en="consulting psychiatrist",
                    addr="rdelisle@" + ORG_DOMAIN),
}

# Outside contacts
EXT = {
    "marchetti": dict(given="Elliot", surname="Marchetti", title_fr="Dr", title_en="Dr.",
                      org="Hôpital Saint-Aurèle, endocrinologie", addr="elliot.marchetti@hsa-sante.example"),
    "desjardins": dict(given="Ariane", surname="Desjardins-Lemay", title_fr="Dre", title_en="Dr.",
                       org="Centre de chirurgie Belvédère", addr="adl@belvedere-chirurgie.example"),
    "belvedere": dict(given="", surname="", title_fr="", title_en="",
                      org="Centre de chirurgie Belvédère – admissions", addr="admissions@belvedere-chirurgie.example"),
    "kerrigan": dict(given="Fiona", surname="Kerrigan", title_fr="", title_en="Ms.",
                     org="Assurances Boréalis, gestion des réclamations", addr="f.kerrigan@borealis-assur.example"),
    "tran": dict(given="Philippe", surname="Tran", title_fr="", title_en="",
                 org="Pharmacie Lavoie-Tran", addr="labo@pharmacie-lavoie-tran.example"),
    "gendreau": dict(given="Rosalie", surname="Gendreau", title_fr="", title_en="",
                     org="Direction régionale de santé publique (fictive), vigie ITSS", addr="rgendreau@dsp-region.example"),
    "labo": dict(given="", surname="", title_fr="", title_en="",
                 org="Laboratoire Biomédic Nord", addr="resultats@biomedic-nord.example"),
    "okonkwo": dict(given="Chidi", surname="Okonkwo", title_fr="Dr", title_en="Dr.",
                    org="Toronto Bayview Health Centre (fictional)", addr="c.okonkwo@bayview-hc.example"),
    "lindqvist": dict(given="Annika", surname="Lindqvist", title_fr="", title_en="",
                      org="Pharmacie du Parc-Lafrance", addr="ordonnances@pharm-parclafrance.example"),
    "hurtubise": dict(given="Benoît", surname="Hurtubise", title_fr="Me", title_en="",
                      org="Clinique juridique Trans-Droits (fictive)", addr="bhurtubise@transdroits.example"),
    "sanderson": dict(given="Grace", surname="Sanderson", title_fr="", title_en="Ms.",
                      org="Northgate Benefits, Disability Claims", addr="claims.gsanderson@northgate-benefits.example"),
    "morais": dict(given="Luc", surname="Morais", title_fr="", title_en="",
                   org="Transport adapté Rive-Sud (fictif)", addr="reservations@ta-rivesud.example"),
}

# Invented patients (surnames disjoint from NAM list and from staff)
PAT_GIVEN = [
    ("Alex", "n"), ("Charlie", "n"), ("Éloïse", "f"), ("Maxime", "m"), ("Sasha", "n"), ("Noah", "m"),
    ("Zoé", "f"), ("Kai", "n"), ("Jade", "f"), ("Rémi", "m"), ("Léa", "f"), ("Ezra", "m"),
    ("Florence", "f"), ("Théo", "m"), ("Mika", "n"), ("Robin", "n"), ("Dominique", "n"), ("Camille", "n"),
    ("Olivia", "f"), ("Ethan", "m"), ("Ava", "f"), ("Jasper", "m"), ("Nadia", "f"), ("Yasmine", "f"),
    ("Omar", "m"), ("Tomás", "m"), ("Aiyana", "f"), ("Wen", "n"), ("Hugo", "m"), ("Félix", "m"),
    ("Rosemarie", "f"), ("Gabriel", "m"), ("Ludivine", "f"), ("Eliott", "m"), ("Morgane", "f"),
    ("Quinn", "n"), ("Rowan", "n"), ("Stéphanie", "f"), ("Jonah", "m"), ("Inès", "f"), ("Anaïs", "f"),
    ("Lou", "n"), ("Marius", "m"), ("Béatrice", "f"), ("Xavier", "m"), ("Kim", "n"),
]
PAT_SURNAME_QC = [
    "Dubé", "Lévesque", "Côté", "Tremblay", "Bergeron", "Gingras", "Dion", "Labbé", "Mercier",
    "Vaillancourt", "Hébert", "Beaulieu", "Charest", "Dufour", "Lacroix", "Rioux", "Boivin", "Proulx",
    "Turcotte", "Gosselin", "Lemieux", "Arsenault", "Chiasson", "Nguyen", "Haddad", "Kowalski",
    "O'Brien", "Patel", "Mendes", "Achour", "St-Pierre", "Duval", "Fontaine", "Rousseau", "Brassard",
    "Corriveau", "Gaudreault", "Lachance", "Laflamme", "Marcoux", "Ménard", "Paradis", "Perreault",
    "Racine", "Robitaille", "Sauvé", "Thériault", "Vézina", "Bisson", "Jolicoeur", "Asselin", "Bédard",
    "Champagne", "Dagenais", "Émond", "Frenette", "Guérin", "Houle", "Jutras", "Kaur", "Lamontagne", "Moreau",
    "Nadon", "Ouimet", "Plourde", "Quintal", "Rivest", "Soucy", "Tessier", "Villeneuve", "Yelle", "Zhang",
]
PAT_SURNAME_ON = ["Singh", "MacLeod", "Campbell", "Reid", "Harper", "Kowalczyk", "Osei", "Fitzgerald"]
PAT_SURNAME_BE = ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Van Damme", "Goossens"]
PAT_SURNAME_FR = ["Lefèvre", "Garnier", "Rolland", "Chevalier", "Marchand", "Giraud", "Perrin"]

STREETS = [
    "rue des Cerisiers-Noirs", "avenue Beauséjour-Ouest", "rue du Pré-Vermeil", "boulevard des Hirondelles",
    "rue Saint-Ambroisine", "avenue des Quatre-Vents", "rue de la Grève-Douce", "rue Péloquin-Nord",
    "chemin du Lac-Argenté", "rue des Tisserandes", "avenue Papineau-Est-Fictive", "rue Wolfred-Lessange",
]
TOWNS = [("Montréal", "H2K"), ("Montréal", "H1Y"), ("Laval", "H7N"), ("Longueuil", "J4K"),
         ("Gatineau", "J8Y"), ("Sherbrooke", "J1H"), ("Saint-Jérôme", "J7Z"), ("Terrebonne", "J6W")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_EN3 = [m[:3] for m in MONTHS_EN]

FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def fold(s):
    """Accent-fold and casefold; full-width digits become ASCII."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


def fullwidth(s):
    return "".join(FULLWIDTH.get(ch, ch) for ch in s)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return "%s %s %d" % (day, MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1][:4].rstrip("."), d.year)
        return "%02d-%s-%d" % (d.day, MONTHS_EN3[d.month - 1], d.year)
    raise ValueError(style)


def dob_renderings(d):
    """Every way the generator may print a birth date (used by the checker)."""
    out = {fmt_date(d, s) for s in ("iso", "dmy", "ymd_slash", "dmy_dash", "dmy_dot")}
    out.add(fmt_date(d, "long", "fr"))
    out.add(fmt_date(d, "long", "en"))
    out.add(fmt_date(d, "short", "fr"))
    out.add(fmt_date(d, "short", "en"))
    out.add("%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year))
    return {fold(x) for x in out}


DOB_STYLES = ["iso", "dmy", "ymd_slash", "long", "dmy_dash", "short", "dmy_dot"]


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    digits = "".join(ch for ch in num if ch.isdigit())
    return len(digits) == 10 and luhn.is_valid(digits)


def gen_niss(rng, dob, male):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != male:
            continue
        first9 = dob.strftime("%y%m%d") + "%03d" % counter
        base = int(("2" + first9) if dob.year >= 2000 else first9)
        check = 97 - base % 97
        num = first9 + "%02d" % check
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, male):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "31", "67", "35", "06"])
        n13 = ("1" if male else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) + \
            "%03d" % rng.randrange(1, 999)
        key = 97 - int(n13) % 97
        num = n13 + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng, prefix=None):
    n = "".join(rng.choice("0123456789") for _ in range(7))
    return (prefix + n) if prefix else n


# -- rendering / disguise ----------------------------------------------------
def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "space":
        return "%s %s %s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "slash":
        return "%s/%s/%s" % (a, b, c)
    if style == "odd":
        d = nam[4:]
        return "%s  %s %s %s" % (a, d[:2], d[2:5], d[5:])
    if style == "lower":
        return "%s %s %s" % (a.lower(), b, c)
    if style == "fullwidth":
        return "%s %s %s" % (a, fullwidth(b), fullwidth(c))
    raise ValueError(style)


NAM_STYLES = ["plain", "space", "space", "dot", "dash", "slash", "odd", "lower", "fullwidth"]


def fmt_sin(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {"plain": num, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "fullwidth": fullwidth("%s %s %s" % (a, b, c)),
            "odd": "%s%s %s%s" % (a, b[:1], b[1:], c)}[style]


def fmt_ohip(num, style, version=""):
    a, b, c = num[:4], num[4:7], num[7:]
    v = (" " + version) if version else ""
    return {"plain": num + version, "dash": "%s-%s-%s%s" % (a, b, c, ("-" + version) if version else ""),
            "space": "%s %s %s%s" % (a, b, c, v), "fullwidth": fullwidth("%s %s %s" % (a, b, c)) + v}[style]


def fmt_niss(num, style):
    if style == "dotted":
        return "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "space":
        return "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "slash":
        return "%s/%s-%s" % (num[:6], num[6:9], num[9:])
    return num


def fmt_nir(num, style):
    if style == "space":
        return "%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    if style == "key":
        return "%s %s" % (num[:13], num[13:])
    return num


def fmt_mrn(mrn, style):
    if style == "spaced":
        return " ".join(mrn[i:i + 2] for i in range(0, len(mrn), 2))
    if style == "dash":
        return mrn[:3] + "-" + mrn[3:]
    if style == "fullwidth":
        return fullwidth(mrn)
    return mrn


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
class Person:
    def __init__(self, given, surname, dob, sex, gender, nam=None, origin="qc"):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex          # as listed (F/M)
        self.gender = gender    # f / m / n  (used for pronouns and titles)
        self.nam = nam
        self.origin = origin
        self.chosen = None      # chosen name, when different
        self.phone = None
        self.address = None
        self.mrn = None

    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title_fr(self):
        return {"f": "Mme", "m": "M.", "n": "Mx"}[self.gender]

    def title_en(self):
        return {"f": "Ms.", "m": "Mr.", "n": "Mx."}[self.gender]

    def pron_fr(self):
        return {"f": "elle", "m": "il", "n": "iel"}[self.gender]

    def pron_en(self):
        return {"f": "she", "m": "he", "n": "they"}[self.gender]

    def poss_en(self):
        return {"f": "her", "m": "his", "n": "their"}[self.gender]

    def obj_en(self):
        return {"f": "her", "m": "him", "n": "them"}[self.gender]

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title":
            return "%s %s %s" % (self.title_fr() if lang == "fr" else self.title_en(), g, s)
        if style == "title_sur":
            return "%s %s" % (self.title_fr() if lang == "fr" else self.title_en(), s)
        if style == "last_first":
            return "%s, %s" % (s.upper(), g)
        if style == "last_first_plain":
            return "%s, %s" % (s, g)
        if style == "caps_first":
            return "%s %s" % (s.upper(), g)
        if style == "lower":
            return "%s %s" % (g.lower(), s.lower())
        if style == "initial":
            return "%s. %s" % (g[0], s)
        if style == "initials_caps":
            return "%s.%s" % (g[0], s.upper())
        if style == "given":
            return g
        raise ValueError(style)


FULL_STYLES = ["full", "title", "last_first", "caps_first", "lower", "last_first_plain"]


def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            rows.append(dict(surname=sur, given=given, dob=dt.date(y, m, d), sex=sex, nam=nam))
    return rows


def phone(rng, area=None):
    return "%s-555-01%02d" % (area or rng.choice(["514", "438", "450", "819", "514"]), rng.randrange(0, 100))


def address(rng):
    town, fsa = rng.choice(TOWNS)
    num = rng.randrange(12, 9800)
    apt = rng.choice(["", "", "app. %d, " % rng.randrange(1, 40), "", "%d-" % rng.randrange(1, 12)])
    street = rng.choice(STREETS)
    pc = "%s %d%s%d" % (fsa, rng.randrange(1, 10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(0, 10))
    if apt.endswith("-"):
        return "%s%d, %s, %s (Québec) %s" % (apt, num, street, town, pc)
    return "%d, %s%s, %s (Québec) %s" % (num, apt, street, town, pc)


class Ctx:
    """Holds the random generator and the people pools for one corpus."""

    TODAY = dt.date(2025, 3, 14)

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nam_rows = load_nams()
        adults = [r for r in self.nam_rows if r["dob"].year <= 2007]
        self.rng.shuffle(adults)
        self._nam_pool = adults
        pairs = [(g, s) for g in PAT_GIVEN for s in PAT_SURNAME_QC]
        self.rng.shuffle(pairs)
        self._pairs = pairs
        self._used_surnames = set()
        self._foreign = {"on": list(PAT_SURNAME_ON), "be": list(PAT_SURNAME_BE), "fr": list(PAT_SURNAME_FR)}
        for v in self._foreign.values():
            self.rng.shuffle(v)
        self.used_nams = []

    # -- helpers -----------------------------------------------------------
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def day(self, start=None, span=120):
        start = start or dt.date(2024, 11, 4)
        return start + dt.timedelta(days=self.rng.randrange(span))

    def future(self, base, lo=3, hi=60):
        return base + dt.timedelta(days=self.rng.randrange(lo, hi))

    # -- people ------------------------------------------------------------
    def _finish(self, p):
        rng = self.rng
        p.phone = phone(rng, "613" if p.origin == "on" else None)
        p.address = address(rng)
        p.mrn = gen_mrn(rng)
        return p

    def nam_holder(self):
        r = self._nam_pool.pop(0)
        # presented gender: keep some listed/name mismatch, as in a gender clinic
        g = self.rng.choice(["f", "m", "n"])
        p = Person(r["given"], r["surname"], r["dob"], r["sex"], g, nam=r["nam"], origin="qc")
        self.used_nams.append(r["nam"])
        return self._finish(p)

    def fit_gender(self, p, masc):
        """Presented gender consistent with the hormone regimen."""
        p.gender = self.rng.choice(["m", "m", "n"] if masc else ["f", "f", "n"])
        return p

    def patient(self, origin="qc", min_age=17, max_age=68):
        rng = self.rng
        if origin == "qc":
            (g, gen), s = self._pairs.pop()
        else:
            g, gen = rng.choice(PAT_GIVEN)
            s = self._foreign[origin].pop()
        age = rng.randint(min_age, max_age)
        dob = dt.date(self.TODAY.year - age, rng.randint(1, 12), rng.randint(1, 28))
        sex = rng.choice("FM")
        return self._finish(Person(g, s, dob, sex, gen, origin=origin))
