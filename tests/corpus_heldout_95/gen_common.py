"""Shared data pools, identifiers and formatting helpers (ophthalmology flavour).

Everything here is invented: people, institutions, *.example domains and
555-01xx phone numbers.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob          # datetime.date
        self.sex = sex          # 'F' / 'M'
        self.nam = nam

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def age(self, on=dt.date(2025, 3, 1)):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split("-"))
            out.append(Person(sur, giv, dt.date(y, m, d), sex, nam))
    return out


# --------------------------------------------------------------------------
# Pools of invented people (patients without NAM, and staff)
# --------------------------------------------------------------------------

PATIENT_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gagné", "Morissette", "Dubé",
    "Lachance", "Hébert", "Poulin", "Bélisle", "Dufour", "Vézina", "Nguyen",
    "Haddad", "Singh", "O'Brien", "Kowalski", "Da Silva", "Joseph",
    "Desrosiers", "St-Pierre", "Labelle", "Beaulieu", "Arsenault", "Lemieux",
    "Turcotte", "Cyr", "Fontaine", "Grenier", "Chiasson", "Kelly", "Murphy",
    "Campbell", "Patel", "Rossi", "Lalonde", "Paradis", "Jean-Baptiste",
    "Boudreau", "Laflamme", "Mercier", "Plourde", "Thériault-Roy", "Bouffard",
    "Ménard", "Lévesque", "Carrier", "Bisson", "Fiset", "Ahmed", "Ferreira",
]
PATIENT_GIVEN_F = [
    "Jeanne", "Thérèse", "Lucie", "Monique", "Francine", "Huguette", "Rita",
    "Micheline", "Carole", "Suzanne", "Amélie", "Chloé", "Léa", "Fatima",
    "Margaret", "Patricia", "Linda", "Noémie", "Rose-Aimée", "Yolande",
    "Aïcha", "Maria", "Colette", "Pierrette", "Ruth", "Jocelyne",
]
PATIENT_GIVEN_M = [
    "Réjean", "Gaétan", "Marcel", "Roger", "Normand", "Yvon", "Benoît",
    "Raymond", "Lucien", "Gérard", "Alexis", "Thomas", "Mohamed", "Arthur",
    "William", "Kevin", "Donald", "Jean-Guy", "Rosaire", "Hamid", "Luc",
    "Denis", "Éric", "Antoine", "Frank", "Paul",
]

# Staff: never use a NAM holder surname here.
STAFF = [
    # key, title_fr, title_en, given, surname, role_fr, role_en, domain-key
    ("vachon", "Dre", "Dr.", "Hélène", "Vachon", "ophtalmologiste, rétine médicale", "ophthalmologist, medical retina", "hsl"),
    ("benali", "Dr", "Dr.", "Karim", "Benali", "ophtalmologiste, glaucome", "ophthalmologist, glaucoma", "hsl"),
    ("lortie", "Dr", "Dr.", "Mathieu", "Lortie", "ophtalmologiste, cornée et cataracte", "ophthalmologist, cornea and cataract", "hsl"),
    ("frechette", "Dre", "Dr.", "Annie", "Fréchette", "ophtalmologiste pédiatrique", "paediatric ophthalmologist", "hsl"),
    ("okafor", "Dr", "Dr.", "Samuel", "Okafor", "chirurgien vitréo-rétinien", "vitreoretinal surgeon", "hsl"),
    ("beauchemin", "Dre", "Dr.", "Julie", "Beauchemin", "neuro-ophtalmologiste", "neuro-ophthalmologist", "hsl"),
    ("whitfield", "Dr", "Dr.", "Jason", "Whitfield", "ophtalmologiste", "ophthalmologist", "outa"),
    ("ouimet", "", "", "Mélanie", "Ouimet", "optométriste", "optometrist", "boreal"),
    ("drolet", "", "", "Patrick", "Drolet", "optométriste", "optometrist", "plateau"),
    ("lapierre", "", "", "Sarah-Ève", "Lapierre", "optométriste", "optometrist", "rivenord"),
    ("dionne", "", "", "Caroline", "Dionne", "infirmière clinicienne", "clinical nurse", "hsl"),
    ("ferland", "", "", "Nadia", "Ferland", "infirmière auxiliaire", "nursing assistant", "hsl"),
    ("marchand", "", "", "Kevin", "Marchand", "infirmier, bloc opératoire", "OR nurse", "hsl"),
    ("gosselin", "", "", "Lyne", "Gosselin", "agente administrative", "administrative clerk", "hsl"),
    ("rioux", "", "", "Isabelle", "Rioux", "secrétaire médicale", "medical secretary", "rivenord"),
    ("morneau", "", "", "Tina", "Morneau", "réceptionniste", "receptionist", "outa"),
    ("bilodeau", "", "", "Stéphane", "Bilodeau", "chef de service, ophtalmologie", "department head, ophthalmology", "hsl"),
    ("charest", "", "", "Marie-Josée", "Charest", "coordonnatrice clinique", "clinical coordinator", "hsl"),
    ("lacasse", "", "", "Vincent", "Lacasse", "pharmacien", "pharmacist", "pharma"),
    ("theriault", "", "", "Émilie", "Thériault", "pharmacienne", "pharmacist", "hslpharm"),
    ("bastien", "", "", "Audrey", "Bastien", "spécialiste en réadaptation en déficience visuelle", "low-vision rehabilitation specialist", "lumen"),
    ("kim", "", "", "Rachel", "Kim", "orthoptiste", "orthoptist", "hsl"),
    ("hamelin", "Dr", "Dr.", "Félix", "Hamelin", "résident R3, ophtalmologie", "PGY-3 ophthalmology resident", "hsl"),
    ("raman", "Dre", "Dr.", "Priya", "Raman", "résidente R2, ophtalmologie", "PGY-2 ophthalmology resident", "hsl"),
    ("pepin", "", "", "Jonathan", "Pépin", "analyste, technologies de l'information", "IT analyst", "hsl"),
    ("berube", "Dr", "Dr.", "Luc", "Bérubé", "médecin de famille, GMF des Moulins", "family physician, GMF des Moulins", "gmf"),
    ("goulet", "Dre", "Dr.", "Nancy", "Goulet", "médecin de famille", "family physician", "gmf"),
    ("lheureux", "", "", "Chantal", "L'Heureux", "travailleuse sociale", "social worker", "hsl"),
    ("nadon", "", "", "Éric", "Nadon", "technicien en ophtalmologie", "ophthalmic technician", "hsl"),
    ("sauve", "", "", "Josiane", "Sauvé", "conseillère en ressources humaines", "HR advisor", "hsl"),
    ("aubin", "", "", "Mireille", "Aubin", "acheteuse, approvisionnement", "buyer, procurement", "hsl"),
    ("prevost", "", "", "Daniel", "Prévost", "technicien en génie biomédical", "biomedical engineering technician", "hsl"),
]

ORGS = {
    "hsl": ("Hôpital Sainte-Lucie — Service d'ophtalmologie", "Sainte-Lucie Hospital — Ophthalmology", "hsl-sante.example",
            "3200, boulevard des Prairies, Laval (Québec) H7N 0A1", "450-555-0110", "450-555-0111"),
    "hslpharm": ("Hôpital Sainte-Lucie — Pharmacie", "Sainte-Lucie Hospital — Pharmacy", "hsl-sante.example",
                 "3200, boulevard des Prairies, Laval (Québec) H7N 0A1", "450-555-0114", "450-555-0115"),
    "rivenord": ("Clinique d'ophtalmologie Rive-Nord", "Rive-Nord Eye Clinic", "ophtarivenord.example",
                 "455, rue Labelle, bureau 210, Saint-Jérôme (Québec) J7Z 5L4", "450-555-0120", "450-555-0121"),
    "boreal": ("Optométrie Boréal", "Boréal Optometry", "optoboreal.example",
               "88, rue Principale, Sainte-Agathe-des-Monts (Québec) J8C 1J5", "819-555-0130", "819-555-0131"),
    "plateau": ("Clinique visuelle du Plateau", "Plateau Vision Clinic", "visionplateau.example",
                "4120, rue Saint-Denis, Montréal (Québec) H2W 2M5", "514-555-0140", "514-555-0141"),
    "outa": ("Clinique ophtalmologique de l'Outaouais", "Outaouais Eye Clinic", "ophtaoutaouais.example",
             "190, boulevard Saint-Joseph, Gatineau (Québec) J8Y 3X3", "819-555-0150", "819-555-0151"),
    "lumen": ("Institut de réadaptation Lumen", "Lumen Rehabilitation Institute", "lumen-readaptation.example",
              "7000, rue Sherbrooke Est, Montréal (Québec) H1N 1E3", "514-555-0160", "514-555-0161"),
    "pharma": ("Pharmacie Lacasse", "Lacasse Pharmacy", "pharmalacasse.example",
               "12, place du Marché, Terrebonne (Québec) J6W 1S7", "450-555-0170", "450-555-0171"),
    "gmf": ("GMF des Moulins", "GMF des Moulins", "gmfdesmoulins.example",
            "1505, chemin Gascon, Terrebonne (Québec) J6X 3A2", "450-555-0180", "450-555-0181"),
}

PATIENT_MAIL_DOMAINS = ["courriel.example", "videotron.example", "monmail.example", "bellnet.example", "mail.example"]

STREETS = [
    ("rue des Érables", "Saint-Jérôme", "J7Z 2K8"), ("boulevard Curé-Labelle", "Laval", "H7L 3W1"),
    ("rue Notre-Dame", "Repentigny", "J6A 2T3"), ("avenue du Parc", "Montréal", "H2V 4E7"),
    ("chemin du Lac", "Sainte-Adèle", "J8B 1M4"), ("rue Principale", "Mirabel", "J7J 1H6"),
    ("rue King Ouest", "Sherbrooke", "J1H 1P8"), ("rue Champlain", "Gatineau", "J8X 3R5"),
    ("montée Masson", "Mascouche", "J7K 2L9"), ("rue Saint-Georges", "Terrebonne", "J6W 3B2"),
    ("rue Wellington", "Montréal", "H3C 1T4"), ("rue de la Gare", "Blainville", "J7C 1L3"),
]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --------------------------------------------------------------------------
# Helper object carrying the RNG
# --------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = holders
        self.holder_names = set((h.given, h.surname) for h in holders)
        self._used_holders = []
        self.staff = {s[0]: s for s in STAFF}
        self.msg_counter = 0

    # random helpers -------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # people ---------------------------------------------------------------
    def holder(self, min_age=None, max_age=None):
        cands = [h for h in self.holders
                 if (min_age is None or h.age() >= min_age) and (max_age is None or h.age() <= max_age)]
        # prefer holders not yet used, for spread
        fresh = [h for h in cands if h not in self._used_holders]
        h = self.pick(fresh or cands)
        self._used_holders.append(h)
        return h

    def patient(self, min_age=20, max_age=92, sex=None):
        while True:
            sex_ = sex or self.pick("FM")
            given = self.pick(PATIENT_GIVEN_F if sex_ == "F" else PATIENT_GIVEN_M)
            sur = self.pick(PATIENT_SURNAMES)
            if (given, sur) in self.holder_names:
                continue
            age = self.randint(min_age, max_age)
            dob = dt.date(2025 - age - 1, self.randint(1, 12), self.randint(1, 28))
            return Person(sur, given, dob, sex_)

    def st(self, key):
        return Staff(self.staff[key])

    def staff_by_role(self, keys):
        return self.st(self.pick(keys))

    # contact bits ---------------------------------------------------------
    def phone(self, area=None):
        area = area or self.pick(["514", "450", "438", "819", "418", "579"])
        last = "01%02d" % self.randint(0, 99)
        st = self.randint(0, 3)
        if st == 0:
            return "(%s) 555-%s" % (area, last)
        if st == 1:
            return "%s-555-%s" % (area, last)
        if st == 2:
            return "%s 555-%s" % (area, last)
        return "%s.555.%s" % (area, last)

    def address(self):
        street, city, pc = self.pick(STREETS)
        no = self.randint(12, 9980)
        apt = self.pick(["", "", "", ", app. %d" % self.randint(1, 40), ", unité %d" % self.randint(100, 420)])
        return "%d, %s%s, %s (Québec) %s" % (no, street, apt, city, pc)

    def patient_email(self, p):
        base = strip_accents(p.given).lower().replace(" ", "").replace("'", "")
        sur = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
        style = self.pick(["%s.%s", "%s%s", "%s_%s%d"])
        if "%d" in style:
            local = style % (base[0], sur, self.randint(10, 99))
        else:
            local = style % (base, sur)
        return "%s@%s" % (local, self.pick(PATIENT_MAIL_DOMAINS))

    def mrn(self):
        n = self.randint(100000, 2999999)
        style = self.pick(["H%07d", "%07d", "%03d %04d", "%02d-%03d-%03d", "MRN%07d"])
        if style == "%03d %04d":
            s = "%07d" % n
            return "%s %s" % (s[:3], s[3:])
        if style == "%02d-%03d-%03d":
            s = "%08d" % n
            return "%s-%s-%s" % (s[:2], s[2:5], s[5:])
        return style % n

    def date_between(self, start, end):
        span = (end - start).days
        return start + dt.timedelta(days=self.randint(0, span))


class Staff:
    def __init__(self, row):
        (self.key, self.title_fr, self.title_en, self.given, self.surname, self.role_fr, self.role_en,
         org) = row
        self.org = org
        self.org_fr, self.org_en, self.domain, self.addr, self.tel, self.fax = ORGS[org]

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def name(self, lang):
        t = self.title_fr if lang == "fr" else self.title_en
        return ("%s %s" % (t, self.full)).strip()

    @property
    def email(self):
        return "%s.%s@%s" % (strip_accents(self.given).lower().replace(" ", ""),
                             strip_accents(self.surname).lower().replace("'", ""), self.domain)

    def addr_hdr(self):
        return (self.full, self.email)

    def signature(self, ctx, lang, style=None):
        style = style if style is not None else ctx.randint(0, 4)
        role = self.role_fr if lang == "fr" else self.role_en
        org = self.org_fr if lang == "fr" else self.org_en
        if style == 0:
            return "%s\n%s" % (self.full, role)
        if style == 1:
            return "%s\n%s\n%s\nTél. %s | Téléc. %s" % (self.name(lang), role, org, self.tel, self.fax) if lang == "fr" else \
                "%s\n%s\n%s\nTel. %s | Fax %s" % (self.name(lang), role, org, self.tel, self.fax)
        if style == 2:
            return "-- \n%s, %s\n%s\n%s\n%s" % (self.full, role, org, self.addr, self.tel)
        if style == 3:
            return self.given
        conf = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
                "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur."
                if lang == "fr" else
                "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received "
                "it in error, please delete it and notify the sender.")
        return "%s\n%s | %s\n%s\n\n%s" % (self.name(lang), role, org, self.tel, conf)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------


def d_fr(d, style=0):
    if style == 0:
        return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%d-%m-%Y")


def d_en(d, style=0):
    if style == 0:
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 1:
        return d.strftime("%Y-%m-%d")
    if style == 2:
        return d.strftime("%d/%m/%Y")
    return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)


def d_lang(d, lang, style=0):
    return d_fr(d, style) if lang == "fr" else d_en(d, style)


WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wd(d, lang):
    return (WEEKDAYS_FR if lang == "fr" else WEEKDAYS_EN)[d.weekday()]


# --------------------------------------------------------------------------
# Name renderings (all identify the patient)
# --------------------------------------------------------------------------


def title(p, lang):
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Mrs." if p.sex == "F" else "Mr."


def name_variant(ctx, p, lang, allow=("full", "title", "lastfirst", "upper", "lower", "initial")):
    kind = ctx.pick(list(allow))
    if kind == "full":
        return p.full
    if kind == "title":
        return "%s %s" % (title(p, lang), p.full if ctx.chance(0.6) else p.surname)
    if kind == "lastfirst":
        return "%s, %s" % (p.surname.upper() if ctx.chance(0.5) else p.surname, p.given)
    if kind == "upper":
        return "%s %s" % (p.surname.upper(), p.given)
    if kind == "lower":
        return ctx.pick(["%s %s" % (p.given.lower(), p.surname.lower()),
                         "%s %s" % (p.surname.lower(), p.given.lower())])
    # initial + surname
    return ctx.pick(["%s. %s" % (p.given[0], p.surname), "%s %s." % (p.surname, p.given[0])])


def dob_str(ctx, p, lang):
    st = ctx.randint(0, 3)
    return d_lang(p.dob, lang, st)


# --------------------------------------------------------------------------
# NAM disguises
# --------------------------------------------------------------------------

FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def nam_disguise(ctx, nam, level=None):
    level = level if level is not None else ctx.pick([0, 0, 0, 1, 1, 2, 3, 4, 5, 6])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if level == 0:
        return nam
    if level == 1:
        return "%s %s %s" % (a, b, c)
    if level == 2:
        return "%s-%s-%s" % (a, b, c)
    if level == 3:
        return "%s.%s.%s" % (a, b, c)
    if level == 4:
        return nam.lower()
    if level == 5:
        return "%s/%s/%s" % (a, b, c)
    # full-width digits, odd spacing
    return "%s %s" % (a, "".join(FULLWIDTH[x] for x in b + c))


# --------------------------------------------------------------------------
# Other national identifiers (validated with python-stdnum)
# --------------------------------------------------------------------------


def gen_sin(ctx):
    while True:
        body = str(ctx.randint(1, 7)) + "".join(str(ctx.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(ctx, num):
    st = ctx.pick([0, 1, 1, 2, 3])
    if st == 0:
        return num
    if st == 1:
        return "%s %s %s" % (num[:3], num[3:6], num[6:])
    if st == 2:
        return "%s-%s-%s" % (num[:3], num[3:6], num[6:])
    return "%s.%s.%s" % (num[:3], num[3:6], num[6:])


def gen_ohn(ctx):
    while True:
        body = str(ctx.randint(1, 9)) + "".join(str(ctx.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = ctx.pick(["AB", "KT", "MC", "XY", "HP", "ZN"])
            return num, vc


def fmt_ohn(ctx, num, vc):
    st = ctx.pick([0, 1, 2, 3])
    if st == 0:
        return "%s-%s-%s-%s" % (num[:4], num[4:7], num[7:], vc)
    if st == 1:
        return "%s %s %s %s" % (num[:4], num[4:7], num[7:], vc)
    if st == 2:
        return "%s%s" % (num, vc)
    return num


def gen_niss(ctx, p):
    yy = p.dob.year % 100
    base = "%02d%02d%02d" % (yy, p.dob.month, p.dob.day)
    while True:
        ser = ctx.randint(1, 997)
        if (ser % 2 == 1) != (p.sex == "M"):
            continue
        core = base + "%03d" % ser
        n = int(("2" + core) if p.dob.year >= 2000 else core)
        chk = 97 - (n % 97)
        num = core + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def fmt_niss(ctx, num):
    st = ctx.pick([0, 1, 2])
    if st == 0:
        return be_nn.format(num)
    if st == 1:
        return num
    return "%s %s %s" % (num[:6], num[6:9], num[9:])


def gen_nir(ctx, p):
    while True:
        sex = "2" if p.sex == "F" else "1"
        dep = ctx.pick(["75", "69", "13", "33", "59", "2A", "35", "44", "67"])
        commune = "%03d" % ctx.randint(1, 400)
        order = "%03d" % ctx.randint(1, 999)
        body = "%s%02d%02d%s%s%s" % (sex, p.dob.year % 100, p.dob.month, dep, commune, order)
        num = body + fr_nir.calc_check_digits(body + "00")
        if fr_nir.is_valid(num):
            return num


def fmt_nir(ctx, num):
    return fr_nir.format(num) if ctx.chance(0.7) else num


# --------------------------------------------------------------------------
# Clinical vocabulary
# --------------------------------------------------------------------------

EYE_FR = {"OD": "œil droit", "OG": "œil gauche", "ODG": "deux yeux"}
EYE_EN = {"OD": "right eye", "OS": "left eye", "OU": "both eyes"}


def eye(ctx, lang):
    if lang == "fr":
        return ctx.pick(["OD", "OG", "OD", "OG", "ODG"])
    return ctx.pick(["OD", "OS", "OD", "OS", "OU"])


RETINA_DX_FR = ["DMLA néovasculaire", "DMLA exsudative", "œdème maculaire diabétique",
                "occlusion de branche veineuse rétinienne avec œdème maculaire",
                "occlusion de la veine centrale de la rétine", "néovascularisation choroïdienne myopique"]
RETINA_DX_EN = ["neovascular AMD", "wet AMD", "diabetic macular edema", "branch retinal vein occlusion with CME",
                "central retinal vein occlusion", "myopic CNV"]
ANTIVEGF = ["aflibercept 2 mg", "aflibercept 8 mg", "ranibizumab 0,5 mg", "faricimab 6 mg", "bévacizumab 1,25 mg"]
ANTIVEGF_EN = ["aflibercept 2 mg", "aflibercept 8 mg", "ranibizumab 0.5 mg", "faricimab 6 mg", "bevacizumab 1.25 mg"]
GLAUCOMA_DX_FR = ["glaucome primaire à angle ouvert", "glaucome pseudo-exfoliatif", "glaucome à angle fermé",
                  "hypertension oculaire", "glaucome pigmentaire", "glaucome à pression normale"]
GLAUCOMA_DX_EN = ["primary open-angle glaucoma", "pseudoexfoliation glaucoma", "angle-closure glaucoma",
                  "ocular hypertension", "pigmentary glaucoma", "normal-tension glaucoma"]
GLAUCOMA_RX_FR = ["latanoprost 0,005 % HS", "timolol 0,5 % BID", "dorzolamide-timolol BID", "brimonidine 0,2 % BID",
                  "bimatoprost 0,01 % HS", "travoprost 0,004 % HS", "brinzolamide 1 % TID", "netarsudil 0,02 % HS"]
GLAUCOMA_RX_EN = ["latanoprost 0.005% qhs", "timolol 0.5% bid", "dorzolamide-timolol bid", "brimonidine 0.2% bid",
                  "bimatoprost 0.01% qhs", "travoprost 0.004% qhs", "brinzolamide 1% tid", "netarsudil 0.02% qhs"]
DR_GRADES_FR = ["absence de rétinopathie", "RD non proliférante légère", "RD non proliférante modérée",
                "RD non proliférante sévère", "RD proliférante", "œdème maculaire cliniquement significatif"]
DR_GRADES_EN = ["no retinopathy", "mild NPDR", "moderate NPDR", "severe NPDR", "proliferative DR", "CSME"]
PEDS_DX_FR = ["amblyopie anisométropique", "ésotropie accommodative", "exotropie intermittente",
              "suivi de rétinopathie du prématuré", "strabisme convergent", "amblyopie de réfraction"]
PEDS_DX_EN = ["anisometropic amblyopia", "accommodative esotropia", "intermittent exotropia",
              "retinopathy of prematurity follow-up", "infantile esotropia", "refractive amblyopia"]
LOWVISION_DX_FR = ["DMLA atrophique avancée", "rétinite pigmentaire", "glaucome terminal",
                   "neuropathie optique ischémique", "maculopathie diabétique", "maladie de Stargardt"]
LOWVISION_DX_EN = ["advanced geographic atrophy", "retinitis pigmentosa", "end-stage glaucoma",
                   "ischaemic optic neuropathy", "diabetic maculopathy", "Stargardt disease"]


def va(ctx):
    return ctx.pick(["20/20", "20/25", "20/30", "20/40", "20/50", "20/60", "20/70", "20/80", "20/100",
                     "20/200", "20/400", "CD 1 m", "6/12", "6/18", "6/9"])


def iop(ctx):
    return ctx.randint(9, 38)


def dx_for(ctx, p, lang):
    """Age-appropriate ophthalmic diagnosis for a person."""
    a = p.age()
    if a < 14:
        return ctx.pick(PEDS_DX_FR if lang == "fr" else PEDS_DX_EN)
    if a < 45:
        return ctx.pick((["kératocône", "uvéite antérieure", "décollement de rétine rhegmatogène",
                          "rétinopathie diabétique non proliférante modérée", "choriorétinopathie séreuse centrale"])
                        if lang == "fr" else
                        ["keratoconus", "anterior uveitis", "rhegmatogenous retinal detachment",
                         "moderate non-proliferative diabetic retinopathy", "central serous chorioretinopathy"])
    pool = (RETINA_DX_FR + GLAUCOMA_DX_FR + ["cataracte corticonucléaire", "cataracte sous-capsulaire postérieure"]) \
        if lang == "fr" else (RETINA_DX_EN + GLAUCOMA_DX_EN + ["nuclear sclerotic cataract", "posterior subcapsular cataract"])
    return ctx.pick(pool)


def gx(p, text):
    """Resolve gender markers for person p: {e} {elle} {Elle} {la} {ne}."""
    f = p.sex == "F"
    return (text.replace("{e}", "e" if f else "").replace("{elle}", "elle" if f else "il")
            .replace("{Elle}", "Elle" if f else "Il").replace("{la}", "la" if f else "le")
            .replace("{patient}", "patiente" if f else "patient"))
